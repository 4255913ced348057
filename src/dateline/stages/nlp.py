"""nlp: sentences, parsed tokens and entity mentions. The spaCy Doc never leaves this stage.

Sentences come from the rule-based segmenter; spaCy (tagger, parser, NER) then runs only on the
sentences that can carry an event (an event cue, or the lead sentence) unless nlp_scope is
"all". Offsets are mapped back to Document.text.
"""
from __future__ import annotations

import dataclasses
import functools
import re

from ..model import Document, Mention, Span, Token
from ..resources import data_json, nlp_for
from ..segment import split_sentences

NAME = "nlp"
VERSION = 6
REQUIRES = ("text", "anchor")
ASSIGNS = ("sentences", "tokens", "mentions")

# spaCy labels worth keeping as mentions (others, e.g. ORDINAL/PERCENT, do not feed any field)
_NO_NAME_TAGS = frozenset({"JJ", "JJR", "JJS", "RB", "RBR", "RBS", "VBD", "VBN", "VBG", "VBZ", "VBP"})
KEEP_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP", "DATE", "TIME", "CARDINAL", "EVENT"})


# words no cue types alone that the events stage reads by the story's kind ("Strikes were also reported on the
# outskirts of Khiam and Kfar Kila" in a story of air strikes): parsed too
_STORY_WORD = re.compile(r"\b[Ss]trikes?\b")


@functools.lru_cache(maxsize=1)
def cue_pattern() -> re.Pattern[str]:
    cues = data_json("triggers.json")["cues"]
    return re.compile("|".join(f"(?:{c[0]})" for c in cues))


def run(doc: Document, ctx) -> Document:
    sentences = split_sentences(doc.text)
    if ctx.settings.nlp_scope == "all":
        chosen = list(range(len(sentences)))
    else:
        cue = cue_pattern()
        chosen = [i for i, s in enumerate(sentences) if i == 0 or cue.search(s.text.lower()) or _STORY_WORD.search(s.text)]
    # the dateline ("BEIRUT, May 2 (Reuters) -") is not part of the first sentence's grammar
    skip = doc.anchor.end if doc.anchor else 0
    parse_spans = tuple(
        Span(max(s.start, skip), s.end, doc.text[max(s.start, skip):s.end]) if s.start < skip < s.end else s
        for s in sentences
    )
    tokens, mentions = parse_sentences(parse_spans, chosen, nlp_for(ctx.settings))
    return dataclasses.replace(doc, sentences=sentences, tokens=tokens, mentions=doc.mentions + mentions)


def parse_sentences(sentences: tuple[Span, ...], chosen: list[int], nlp) -> tuple[tuple[Token, ...], tuple[Mention, ...]]:
    tokens: list[Token] = []
    mentions: list[Mention] = []
    texts = [sentences[i].text for i in chosen]
    for sent_index, sdoc in zip(chosen, nlp.pipe(texts, batch_size=64)):
        base = sentences[sent_index].start
        first = len(tokens)
        for t in sdoc:
            tokens.append(Token(
                i=first + t.i, start=base + t.idx, end=base + t.idx + len(t.text), text=t.text,
                lemma=t.lemma_, pos=t.pos_, tag=t.tag_, dep=t.dep_, head=first + t.head.i,
                ent_type=t.ent_type_, sent=sent_index,
            ))
        for ent in sdoc.ents:
            if ent.label_ == "ORG" and len(ent) == 1 and ent.start == 0 and ent[0].tag_ in _NO_NAME_TAGS:
                continue  # "Fierce clashes erupted ..." with "Fierce" tagged ORG: a capitalised adjective
            if ent.label_ in KEEP_LABELS:
                mentions.append(Mention(base + ent.start_char, base + ent.end_char, ent.text,
                                        ent.label_, "ner", sent_index))
    return tuple(tokens), tuple(mentions)
