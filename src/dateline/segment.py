"""Fast rule-based sentence segmentation with character offsets.

Our own splitter, so that spaCy only parses the sentences that can carry an event (see the nlp
stage); spaCy's parser-based splitting would need the whole text parsed first.
"""
from __future__ import annotations

import re

from .model import Span

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm brig cmdr gov sen rep rev fr st mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc inc ltd co corp dept univ approx
    est jr sr al""".split()
)
# end punctuation, optional closing quotes/brackets, whitespace, then an opening of a new sentence
_BOUNDARY = re.compile(r"""([.!?]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[A-Z0-9])""")
_PARAGRAPH = re.compile(r"\n\s*\n")


def split_sentences(text: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    pos = 0
    for para in _PARAGRAPH.split(text):
        start = text.find(para, pos)
        pos = start + len(para)
        spans.extend(_split_paragraph(para, start))
    return tuple(s for s in spans if s.text.strip())


def _split_paragraph(para: str, offset: int) -> list[Span]:
    out: list[Span] = []
    begin = 0
    for m in _BOUNDARY.finditer(para):
        end = m.end(2)
        if m.group(1) == "." and _is_abbreviation(para, m.start(1)):
            continue
        out.append(_span(para, begin, end, offset))
        begin = m.end(3)
    if begin < len(para):
        out.append(_span(para, begin, len(para), offset))
    return out


def _is_abbreviation(para: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and (para[word_start - 1].isalpha() or para[word_start - 1] == "."):
        word_start -= 1
    word = para[word_start:dot]
    if not word:
        return False
    if "." in word or (len(word) == 1 and word.isupper()):
        return True  # U.S. / J. Smith
    return word.lower() in _ABBREVIATIONS


def _span(para: str, start: int, end: int, offset: int) -> Span:
    while start < end and para[start].isspace():
        start += 1
    while end > start and para[end - 1].isspace():
        end -= 1
    return Span(offset + start, offset + end, para[start:end])
