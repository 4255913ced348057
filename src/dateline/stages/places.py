"""Toponym detection: every place mention in the text becomes a PLACE Mention.

NER alone misses places (the small English model tags Shiraz or Tabriz as PERSON, Isfahan as
ORG), so three signals are combined:
- a case-sensitive gazetteer matcher over runs of capitalised words (longest match, "X Province"
  kept whole, possessive "'s" dropped);
- spaCy GPE/LOC entities (FAC only when the gazetteer knows the name);
- syntax: "in/at/near X", "the cities of A, B and C", comma lists that contain a place,
  "X, <place>" qualifiers, "X province".
Gazetteer-only hits must earn their place: a name that is also a lower-case English word
("Mark", "Police"), a month or weekday, or a tiny place with no supporting pattern is dropped.
A place name inside an organisation or person name ("People's Mojahedin Organization of Iran")
is not a toponym: it names an actor, and the event did not happen "in Iran" because of it.
Direction words ("southwest Iran") are qualifiers, not part of the toponym.
"""
from __future__ import annotations

import bisect
import dataclasses
import re

from ..dates import CALENDAR
from ..model import Document, Mention, Span
from ..resources import gazetteer_for

NAME = "places"
VERSION = 4
REQUIRES = ("text", "sentences", "mentions")
ASSIGNS = ("mentions",)

WORD = re.compile(r"[^\W\d_][\w]*(?:[-'’.][\w]+)*\.?|\d+")
CONNECTORS = {"of", "de", "del", "la", "le", "du", "da", "al", "el", "upon", "on", "am", "an",
              "der", "den", "di", "y", "and"}
DIVISION = {"province", "state", "region", "governorate", "county", "oblast", "district",
            "prefecture", "parish", "territory", "department", "emirate"}
DIRECTIONS = r"(?:north|south|east|west|central|northern|southern|eastern|western|northeast|" \
             r"northwest|southeast|southwest|north-east|north-west|south-east|south-west|" \
             r"northeastern|northwestern|southeastern|southwestern|north-eastern|north-western|" \
             r"south-eastern|south-western|mid|upper|lower)"
LEADING_DIRECTION = re.compile(rf"^(?:the\s+)?{DIRECTIONS}\s+", re.I)
PLACE_PREPOSITIONS = re.compile(  # "In Wad Madani, ...": a sentence may open with the preposition
    r"(?:\b(?:in|at|near|from|to|into|outside|across|around|throughout|towards?|via|of|In|At|Near|Outside)\s+(?:the\s+)?"
    rf"(?:{DIRECTIONS}\s+)?(?:(?:city|town|village|province|region|state|county|district|capital|port)\s+of\s+)?)$")
# a lower-case Arabic article opens a name ("in el Hermel", "in al-Bukamal"); the English words
# "as", "at", "an" only with a hyphen
LOWER_ARTICLE = re.compile(r"(?:al|el|ar|ash|ech|esh|az|ad|ed|ez)(?=\s[A-Z])|(?:al|el|ar|as|ash|at|an|az|ad|ed|es|ez|en|et)-(?=[A-Z])")
LIST_CUE = re.compile(r"\b(?:cities|towns|villages|provinces|regions|states|countries|areas|"
                      r"places|locations|capitals)\b")
NER_PLACE = {"GPE", "LOC"}
NER_BLOCK = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"}
MIN_POPULATION = 5000  # gazetteer-only hits below this need a pattern
EMBEDDED = -2  # support of a place name inside an organisation name


@dataclasses.dataclass(slots=True)
class _Hit:
    start: int
    end: int
    source: str
    support: int = 0  # 0 none, 1 weak (big place), 2 pattern or NER


def run(doc: Document, ctx) -> Document:
    gaz = gazetteer_for(ctx.settings)
    streets = street_spans(doc.text)
    # "Clinton Street" is a street, not Clinton
    every = [h for h in _detect_all(doc, gaz) if not any(a < h.end and h.start < b for a, b in streets)]
    found = [h for h in every if h.support >= 1]
    starts = [s.start for s in doc.sentences]
    new = [
        Mention(h.start, h.end, doc.text[h.start:h.end], "PLACE", h.source, _sentence(starts, doc.sentences, h.start))
        for h in found
    ]
    # adjectival toponyms ("Russian troops") are kept apart: they locate nothing for an event,
    # but geoparsing corpora count them and `dateline geoparse` resolves them to their country
    new += [Mention(s, e, doc.text[s:e], "DEMONYM", "gazetteer", _sentence(starts, doc.sentences, s))
            for s, e in demonyms(doc, gaz, found)]
    # likewise places inside organisation names ("the Texas Department of Health"): not where
    # anything happened, but geoparsing corpora annotate them (GeoWebNews' Embedded_*)
    new += [Mention(h.start, h.end, doc.text[h.start:h.end], "EMBEDDED", "gazetteer",
                    _sentence(starts, doc.sentences, h.start)) for h in every if h.support == EMBEDDED]
    # streets and roads: below the gazetteer's resolution, never event locations, but toponyms
    new += [Mention(a, b, doc.text[a:b], "STREET", "pattern", _sentence(starts, doc.sentences, a))
            for a, b in streets]
    new.sort(key=lambda m: (m.start, m.end))
    return dataclasses.replace(doc, mentions=doc.mentions + tuple(new))


STREET = re.compile(
    r"\b(?:(?:North|South|East|West|Old|New)\s)?(?:(?:[A-Z][\w'’-]*|\d+(?:st|nd|rd|th))\s){1,3}"
    r"(?:Street|St\.(?!\s[A-Z])|Avenue|Ave\.|Road|Rd\.|Drive|Boulevard|Blvd\.|Parkway|Lane|Pike|Trail)"
    r"(?:\s(?:North|South|East|West))?(?![\w-])")


def street_spans(text: str) -> list[tuple[int, int]]:
    """Named streets ("Darby Street", "40th Avenue South"; not numbered highways, which corpora
    annotate about as often as not); a leading sentence word ("The", "On") is not part of the name."""
    out = []
    for m in STREET.finditer(text):
        a, b = m.span()
        lead = re.match(r"(?:The|On|In|At|Along|From|To|Near|And|Off)\s|.*['’]s\s", text[a:b])
        if lead:
            a += lead.end()  # "Rock Hill's Main Street": Rock Hill stays a place
        county = text.find("County Road", a, b)
        if county > a:  # "Otter Tail County Road 80": the county stays a place
            a = county + len("County ")
            num = re.match(r"\s?\d+[A-Z]?\b", text[b:])
            b += num.end() if num else 0
        if text[b - 1] == "." and text[b - 3:b] not in ("St.", "Rd.", "ve.", "vd."):
            b -= 1
        if b - a > 3:
            out.append((a, b))
    return out


def demonyms(doc: Document, gaz, found: list[_Hit]) -> list[tuple[int, int]]:
    """Capitalised words the gazetteer knows as demonyms, outside the place mentions."""
    taken = [(h.start, h.end) for h in found]
    out: list[tuple[int, int]] = []
    text = doc.text
    for m in re.finditer(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b", text):
        s, e = m.span()
        if out and s < out[-1][1]:
            continue  # second word of "Sri Lankan"
        pair = re.match(r" [A-Z][a-z]+\b", text[e:])
        for end in ((e + pair.end(), e) if pair else (e,)):
            if _is_demonym(text[s:end], gaz) and not any(a < end and s < b for a, b in taken):
                out.append((s, end))
                break
    return out


def _is_demonym(word: str, gaz) -> bool:
    """Adjectives ("Russian troops", "Sri Lankan") and plurals of a country's or a province's
    people ("Palestinians", "Czechs", "Ohioans"; corpora annotate both), not a continent's."""
    if gaz.has_name(word):
        return False
    plural = word.endswith("s") and word[:-1].endswith(("an", "i", "ch", "ek"))
    if len(word) < 5 or not (plural or word.endswith(("an", "ese", "ish", "i", "ch", "ek"))):
        return False
    place = gaz.demonym(word)
    return place is not None and not gaz.is_common_word(word) \
        and (not plural or place.feature in ("country", "admin1"))


def _sentence(starts: list[int], sentences: tuple[Span, ...], offset: int) -> int:
    i = bisect.bisect_right(starts, offset) - 1
    return i if i >= 0 and offset < sentences[i].end else -1


def detect(doc: Document, gaz) -> list[_Hit]:
    """Place spans in `doc.text`, in text order, without overlaps."""
    return [h for h in _detect_all(doc, gaz) if h.support >= 1]


def _detect_all(doc: Document, gaz) -> list[_Hit]:
    """Every candidate span with its support (EMBEDDED: a place inside an organisation name)."""
    text = doc.text
    ner = [m for m in doc.mentions if m.source == "ner" and m.label != "PLACE"]
    hits = _gazetteer_hits(text, gaz) + _ner_hits(text, ner, gaz)
    hits = _road_ends(text, _merge(hits + _qualified_runs(text, hits, gaz)), gaz)
    _support(text, hits, ner, gaz)
    _qualifier_groups(text, hits, gaz)
    hits += _affiliations(text, hits, gaz)
    return sorted(_datelines(text, hits, gaz), key=lambda h: h.start)


# "Headline. CORSICANA — A man...", "MOUNT GILEAD (AP) --": a capitalised dateline opens the story
DATELINE = re.compile(
    r"(?:^|[.!?]\s+|\n\s*)((?:[A-Z][A-Z.'’-]+)(?:\s(?:[A-Z][A-Z.'’-]+|OF|of)){0,3})"
    r"(?:,\s[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?\s*(?:\([A-Za-z ]{2,12}\)\s*)?(?:[-–—\x97]{1,2}|:)\s")


def _datelines(text: str, hits: list[_Hit], gaz) -> list[_Hit]:
    """Upper-case datelines are places when the gazetteer knows the name (a sentence-initial capital
    says nothing, but the dateline position does); `hits` with any such span added or supported."""
    for m in DATELINE.finditer(text):
        s, e = m.span(1)
        name = text[s:e].rstrip(".") if not re.search(r"\.\w", text[s:e]) else text[s:e]
        e = s + len(name)
        if len(name) < 3 or not gaz.has_name(name) or gaz.is_common_word(name):
            continue
        same = [h for h in hits if (h.start, h.end) == (s, e)]
        if same:
            same[0].support = max(same[0].support, 2)
        elif not any(h.start < e and s < h.end for h in hits):
            hits.append(_Hit(s, e, "pattern", 2))
    return hits


QUALIFIER_GROUP = re.compile(r"(?<=[\w.] )\(([^()]{3,80})\)")


def _qualifier_groups(text: str, hits: list[_Hit], gaz) -> None:
    """"... checkpoint (As Sawadiyah, Al Bayda)": a bracketed district and province (or country)
    after a name are places, whatever the model made of the group (here an organisation)."""
    at = {(h.start, h.end): h for h in hits}
    for m in QUALIFIER_GROUP.finditer(text):
        parts = [(m.start(1) + p.start(), m.start(1) + p.end()) for p in re.finditer(r"[^,]+", m.group(1))]
        parts = [(s + len(text[s:e]) - len(text[s:e].lstrip()), e - (len(text[s:e]) - len(text[s:e].rstrip())))
                 for s, e in parts]
        if not 2 <= len(parts) <= 3 or not _is_region(text[slice(*parts[-1])], gaz):
            continue
        found = [at.get(span) for span in parts]
        if all(h is not None and (h.support >= 0 or h.support == EMBEDDED) for h in found):
            for h in found:
                h.support = max(h.support, 2)


def _affiliations(text: str, hits: list[_Hit], gaz) -> list[_Hit]:
    """"James Clyburn, D-S.C.", "Rep. Gilliard, D-Charleston": a legislator's party and place."""
    out = []
    for m in AFFILIATION_RUN.finditer(text):
        s, e = m.span(1)
        if text[e - 1] == "." and not gaz.has_name(text[s:e]):
            e -= 1
        if gaz.has_name(text[s:e]) and not any(h.start < e and s < h.end for h in hits):
            out.append(_Hit(s, e, "pattern", 2))
    return out


def _gazetteer_hits(text: str, gaz) -> list[_Hit]:
    words = [(m.start(), m.end()) for m in WORD.finditer(text)]
    hits: list[_Hit] = []
    i = 0
    while i < len(words):
        s, e = words[i]
        article = LOWER_ARTICLE.match(text, s) is not None
        if not text[s].isupper() and not article:
            i += 1
            continue
        best = None
        j = i
        while j < len(words) and j - i < 6:
            ws, we = words[j]
            token = text[ws:we]
            if j > i and (ws - words[j - 1][1] > 1 or text[words[j - 1][1]:ws] not in (" ", "-")):
                break
            if j > i and SENTENCE_END.fullmatch(text, *words[j - 1]):
                break  # "in Rasht. Hamilton's report": a full stop after a word ends the name
            if not token[0].isupper() and token not in CONNECTORS and not (j == i and article):
                break
            span = _strip_possessive(text, s, we)
            if span and (token[0].isupper() or (j == i and "-" in token)) and gaz.has_name(text[span[0]:span[1]]):
                best = (span, j)
            j += 1
        if best is None:
            i += 1
            continue
        if best[1] == i and text[s:e] in LEADING_WORDS:
            i += 1  # "In Wad Madani, ...": a sentence's first word heads no name ("In" is a town)
            continue
        if _partial(text, words, best, j, gaz):
            i = best[1] + 1  # skip the rest of that name, not the words listed after it
            while i < j and text[words[i][0]].isupper():
                i += 1
            continue
        (bs, be), bj = best
        bs, be, bj = _extend_division(text, words, bs, be, bj, gaz)
        hits.append(_Hit(bs, be, "gazetteer"))
        i = bj + 1
    return hits


# capitalised at a sentence start, these words open no place name even where a town bears them
LEADING_WORDS = {"In", "At", "On", "The", "From", "To", "By", "For", "Of", "And", "But", "Near", "Into",
                 "With", "After", "Before", "During", "Outside", "Across", "Around", "Inside", "Since",
                 "Until", "While", "When", "Then", "Later", "Also", "Meanwhile"}
# a word of five letters or more with a full stop ends a sentence; "Sens.", "Gov.", "Tenn." do not
SENTENCE_END = re.compile(r"(?!Calif\.|Mich\.|Penn\.)[A-Za-z][a-z]{4,}\.")


def _partial(text: str, words, best, run_end: int, gaz) -> bool:
    """A short name at the head of a longer capitalised name ("As" of "As Sirrah", "Bar" of
    "Bar Elias", "Bilad" of "Bilad al Yubi") is not that place; countries and provinces are
    ("US Embassy", "Aleppo Governorate")."""
    (bs, be), bj = best
    if run_end - 1 <= bj or len(text[bs:be]) > 5 or "." in text[bs:be] or _is_region(text[bs:be], gaz):
        return False
    rest = [text[ws:we] for ws, we in words[bj + 1:run_end]]
    if rest[0].lower() in DIVISION or rest[0].lower() in ("city", "town") or rest[0] in ORG_HEADS:
        return False  # "Homs Governorate", "Hays City", "Paris High School"
    if rest[0] in CONNECTORS and rest[0] not in ("and", "on"):
        rest = rest[1:]  # "Bilad al Yubi"
    return bool(rest) and rest[0][0].isupper()


def _strip_possessive(text: str, start: int, end: int) -> tuple[int, int] | None:
    if text[end - 2:end] in ("'s", "’s"):
        end -= 2
    if text[end - 1:end] == "." and not re.search(r"\.\w", text[start:end]):
        end -= 1  # sentence-final full stop, but keep "U.S."
    return (start, end) if end > start else None


# "the Ohio Department of Transportation", "Ohio State University": the division word starts an
# organisation name, and the place inside it stays "Ohio"
ORG_TAIL = re.compile(r" (?:of|for)\b| [A-Z]")


def _extend_division(text, words, start, end, j, gaz):
    """"Khuzestan" + " Province" -> one mention."""
    if j + 1 < len(words):
        ns, ne = words[j + 1]
        word = text[ns:ne].rstrip(".")
        if ns - end == 1 and text[end] == " " and word.lower() in DIVISION \
                and not ORG_TAIL.match(text, ns + len(word)):
            return start, ns + len(word), j + 1
    return start, end, j


def _ner_hits(text: str, ner: list[Mention], gaz) -> list[_Hit]:
    hits = []
    for m in ner:
        if m.label not in NER_PLACE and not (m.label == "FAC" and gaz.has_name(m.text)):
            continue
        start, end = m.start, m.end
        lead = LEADING_DIRECTION.match(text[start:end])
        if lead:
            start += lead.end()
        span = _strip_possessive(text, start, end)
        if span and text[span[0]].isupper():
            hits.append(_Hit(span[0], span[1], "ner", 2))
    return hits


QUALIFIED_RUN = re.compile(
    rf"\b(?:(?:In|At|From|Near|The|And)\s+)?((?:[A-Z][\w'’-]+)(?:\s[A-Z][\w'’-]+){{0,3}}),\s+"
    rf"(?:(?i:{DIRECTIONS})\s+)?(?=[A-Z])")


def _qualified_runs(text: str, hits: list[_Hit], gaz) -> list[_Hit]:
    """Names the gazetteer lacks (spelling variants) in "X, southwest Iran" / "X, Texas"."""
    starts = {h.start: h for h in hits}
    out = []
    for m in QUALIFIED_RUN.finditer(text):
        run_start, run_end = m.span(1)
        if not text[run_start].isupper() or any(h.start < run_end and run_start < h.end
                                                 and h.end - h.start >= run_end - run_start for h in hits):
            continue
        nxt = starts.get(m.end())
        if nxt is None or not _is_region(text[nxt.start:nxt.end], gaz):
            continue
        words = text[run_start:run_end].split()
        if any(w.lower() in CALENDAR or w.lower() in CONNECTORS for w in words):
            continue
        if _sentence_initial(text, run_start) and len(words) == 1 and gaz.is_common_word(words[0]):
            continue
        out.append(_Hit(run_start, run_end, "pattern", 2))
    return out


TITLE = re.compile(r"\b(?:[Cc]oach|President|Presidents|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Chief|Sgt|Judge|Officer|"
                   r"Detective|Deputy|Pastor|Rev|Sheriff)\.?\s+([A-Z][\w'’-]+)\b")


SPEAKER_AFTER = re.compile(r"(?:['’]s?)?\s+(?:said|says|told|added|explained|noted|wrote|asked|stated|"
                           r"recalled)\b")


def _surnames(text: str, ner: list[Mention]) -> set[str]:
    """Names the article uses for people: last words of full person names, words after titles."""
    out = {m.text.split()[-1].rstrip(".,") for m in ner if m.label == "PERSON" and len(m.text.split()) > 1}
    out |= {m.group(1) for m in TITLE.finditer(text)}
    return {re.sub(r"['’]s?$", "", w) for w in out}


def _is_country(name: str, gaz) -> bool:
    """"Canada" is also a lower-case word (a balsam); a country's name still names the country."""
    return any(c.entry.feature == "country" and c.match == 0 for c in gaz.search(name))


ACRONYM = re.compile(r"[A-Z]{2,4}")


def _abbreviates_region(name: str, gaz) -> bool:
    return any(c.entry.feature in ("country", "admin1", "continent") and c.match <= 1 for c in gaz.search(name))


def _major_region(name: str, gaz) -> bool:
    """A country, or a first-level division big enough that a surname does not hide it (not the
    Isle of Man's Douglas or Bermuda's Hamilton parish)."""
    return any(c.match == 0 and (c.entry.feature in ("country", "continent")
                                 or c.entry.feature == "admin1" and c.entry.population >= 500_000)
               for c in gaz.search(name))


def _is_region(name: str, gaz) -> bool:
    return any(c.entry.feature in ("country", "admin1") and c.match == 0 for c in gaz.search(name))


# "the Halba-Qoubaiyat road", "the Sidon-Tyr highway": a road named after the towns at its ends
ROAD_ENDS = re.compile(r"\b([A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?)\s?[-–]\s?([A-Z][\w'’]+(?:\s[a-z]{2}\s[A-Z][\w'’]+)?)"
                       r"(?=\s+(?:road|highway|motorway|expressway|freeway|route|railway|corridor)\b)")


def _road_ends(text: str, hits: list[_Hit], gaz) -> list[_Hit]:
    """Each end of a road the gazetteer knows is a place (the road's own name is not)."""
    for m in ROAD_ENDS.finditer(text):
        ends = [m.span(g) for g in (1, 2) if gaz.has_name(m.group(g)) and (
            not gaz.is_common_word(m.group(g)) or _big_place(m.group(g), gaz, 20 * MIN_POPULATION))]  # "Tripoli"
        if not ends:
            continue
        hits = [h for h in hits if not (h.start < m.end() and m.start() < h.end)]
        hits += [_Hit(s, e, "road", 2) for s, e in ends]
    return sorted(hits, key=lambda h: h.start)


def _merge(hits: list[_Hit]) -> list[_Hit]:
    """Overlaps: keep the longer span; NER support carries over to the kept span."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[_Hit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            prev = out[-1]
            if h.source == "ner" or prev.source == "ner":
                if (h.end - h.start) > (prev.end - prev.start):
                    out[-1] = _Hit(h.start, h.end, "ner", 2)
                else:
                    out[-1] = _Hit(prev.start, prev.end, "ner", 2)
            continue
        out.append(h)
    return out


def _support(text: str, hits: list[_Hit], ner: list[Mention], gaz) -> None:
    """Decide how well each gazetteer-only hit is supported (NER hits already are)."""
    people = _surnames(text, ner)
    for h in hits:
        name = text[h.start:h.end]
        if re.fullmatch(DIRECTIONS, name, re.I) or re.match(r"I['’]", name):
            h.support = -1  # "North" alone, "I've"
            continue
        if h.source == "gazetteer" and ACRONYM.fullmatch(name) and not _abbreviates_region(name, gaz):
            h.support = -1  # "SWAT", "PA", "II": an acronym is a place only as a country's or a state's
            continue
        if name in people and h.source not in ("pattern", "road") and not _major_region(name, gaz):
            h.support = 0  # "Farrin, 43, was arrested" after "Chief Henry Farrin"
            continue
        if (SPEAKER_AFTER.match(text, h.end) or text[h.end:h.end + 3].strip().startswith("&")) \
                and not PLACE_PREPOSITIONS.search(text[max(0, h.start - 40):h.start]) \
                and not _big_place(name, gaz, 20 * MIN_POPULATION):
            h.support = 0  # '"...," Douglas said.', "Stevens & Wilkinson" (but "Tehran said" is a place)
            continue
        if SEAT_AFTER.match(text, h.end) and _big_place(name, gaz, 0):
            h.support = 2  # "Hakkari Governor's Office banned all protests": the authority of that place
            continue
        if _blocked(h, ner, text, gaz) or name.lower() in CALENDAR or CURRENCY.match(text, h.end) \
                or THING_AFTER.match(text, h.end):
            h.support = -1
            if _in_organisation(h, ner, text) and name.lower() not in CALENDAR \
                    and (name.isupper() or _is_country(name, gaz) or not gaz.is_common_word(name)) \
                    and not name.startswith("The ") \
                    and _big_place(name, gaz, MIN_POPULATION):
                h.support = EMBEDDED  # "Center", "Police" or a surname inside a name are not places
            continue
        if h.source == "ner" and " " not in name and not gaz.has_name(name) and not _pattern(text, h, hits) \
                and not re.search(rf"\b{DIRECTIONS}\s$", text[max(0, h.start - 16):h.start], re.I):
            h.support = 0  # one word the model calls a place and the gazetteer does not know ("Yogananda")
            continue
        if h.source in ("ner", "pattern", "road"):
            continue
        if _pattern(text, h, hits):
            # "in God", "But residents": a lower-case word needs a big place behind the pattern
            common = not name.isupper() and gaz.is_common_word(name)
            h.support = 2 if not common or _big_place(name, gaz, 20 * MIN_POPULATION) else 0
            continue
        region = _is_region(name, gaz)
        if TARGET_VERB.search(text[max(0, h.start - 40):h.start]) and _big_place(name, gaz, MIN_POPULATION):
            h.support = 2  # "forces bombed Sinjar": the object of an attack or capture is a place
            continue
        if not region and not PLACE_SHAPED.search(name) \
                and any(m.label in ("PERSON", "ORG") and (m.start, m.end) == (h.start, h.end) for m in ner):
            h.support = 0  # "Modi", "Chen": a person or organisation unless a pattern says place
            continue
        if not name.isupper() and gaz.is_common_word(name):  # "US" is not "us"
            h.support = 0
            continue
        # a capital letter at a sentence start says nothing: ask for a bigger place there
        floor = MIN_POPULATION * 20 if _sentence_initial(text, h.start) else MIN_POPULATION
        h.support = 1 if _big_place(name, gaz, floor) else 0
    # comma/and lists: a supported place lends its support to gazetteer names listed with it
    for _ in range(2):
        for a, b in zip(hits, hits[1:]):
            gap = text[a.end:b.start]
            if re.fullmatch(r",? (?:and |or )?|, ", gap) and max(a.support, b.support) >= 2:
                for h in (a, b):
                    word = text[h.start:h.end]
                    if h.support >= 0 and (word.isupper() or not gaz.is_common_word(word)):
                        h.support = max(h.support, 2)


# words that start an organisation after a place name ("Paris High School", "Tehran Police")
ORG_HEADS = {"High", "Public", "Police", "Department", "University", "College", "School", "Library",
             "Hospital", "Fire", "Council", "Church", "Regional", "Community", "Memorial", "Board",
             "Chamber", "Airport", "Municipal", "Court", "Times", "Herald", "Journal", "News", "Post"}
# names only places have ("Gainesville" tagged PERSON by the small model; not "Clinton")
PLACE_SHAPED = re.compile(r"\w{3}(?:ville|burgh?|boro|borough|polis|mouth|haven)$")


# "the US dollar", "Hong Kong dollars": a currency, not a place
CURRENCY = re.compile(r"\s+(?:dollars?|pounds?|dinars?|riyals?|rials?|lira|liras|euros?|rupees?|pesos?|"
                      r"francs?|shekels?|yuan|yen|rubles?|roubles?|krona|krone)\b")


# a place's own authority named after it ("Van Governor's Office", "Maden governorship")
SEAT_AFTER = re.compile(r"\s+(?:(?:District|Provincial)\s+)?(?:[Gg]overnor(?:['’]s)?\s+[Oo]ffice|[Gg]overnorship|"
                        r"[Mm]unicipality|[Gg]overnorate\s+(?:building|council|office))\b")


# "Molotov cocktails" (Molotov is an old name of Perm)
THING_AFTER = re.compile(r"\s+cocktails?\b")


TARGET_VERB = re.compile(
    r"\b(?:bombed|bombarded|shelled|struck|raided|stormed|captured|recaptured|retook|seized|overran|besieged|"
    r"shelling|bombing|airstrikes? on|strikes? on|attacks? on|offensive on|march(?:ed)? on|siege of|"
    r"entered|reached|arrived in|withdrew from|deployed (?:to|in)|advanced on|moved into|pushed into)\s+"
    r"(?:the\s+(?:town|city|village|district|province)\s+of\s+)?$")


ORG_OF = re.compile(
    r"\b(?:Organi[sz]ation|Party|Front|Movement|Council|Ministry|University|Bank|Association|Union|"
    r"Army|Company|Corporation|Church|Society|Institute|Agency|Committee|Federation|League|Court|"
    r"Foundation|College|School|Hospital|Museum|Airlines?|Times|Post|Press|News)\s+(?:of|for)\s+(?:the\s+)?$")


def _blocked(h: _Hit, ner: list[Mention], text: str, gaz) -> bool:
    """Inside a longer person/organisation name, or exactly a demonym/nationality."""
    if ORG_OF.search(text[max(0, h.start - 40):h.start]):
        return True
    for m in ner:
        if m.label in NER_BLOCK and m.start <= h.start and h.end <= m.end:
            if m.label == "ORG" and (_LOCATIVE_INSIDE.search(m.text) or _only_places(m.text, gaz)):
                continue  # "Bara in Idleb", "Kharkiv and Odesa" tagged ORG: places, not an organisation
            if m.label == "NORP" and (m.start, m.end) == (h.start, h.end) and (
                    not _DEMONYM_FORM.search(m.text) or _city_not_people(m.text, gaz)):
                continue  # the small model tags some city names ("Aleppo", "Omdurman") as NORP
            if m.label == "NORP" or (m.end - m.start) > (h.end - h.start):
                return True
    return False


def _in_organisation(h: _Hit, ner: list[Mention], text: str) -> bool:
    if ORG_OF.search(text[max(0, h.start - 40):h.start]):
        return True
    inside = [m for m in ner if m.start <= h.start and h.end <= m.end and (m.end - m.start) > (h.end - h.start)]
    return bool(inside) and all(m.label in ("ORG", "FAC") for m in inside)


def _only_places(name: str, gaz) -> bool:
    """"Kharkiv and Odesa": two or more gazetteer names and nothing else."""
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", name)
    return len(parts) > 1 and all(gaz.has_name(p) and not gaz.is_common_word(p) for p in parts)


def _city_not_people(name: str, gaz) -> bool:
    """A NORP word shaped like a nationality ("Omdurman") that names a big city and no people:
    the gazetteer knows no demonym of that spelling (the Jewish Autonomous Oblast is no city)."""
    return gaz.demonym(name) is None and any(
        c.match == 0 and c.entry.feature == "city" and c.entry.population >= 200_000 for c in gaz.search(name))


_LOCATIVE_INSIDE = re.compile(r"\s(?:in|near|outside)\s+[A-Z]")
# nationality words end like this ("Iranian", "Turkish", "Lebanese", "Iraqi", "Kurds")
_DEMONYM_FORM = re.compile(r"(?:an|ans|ian|ians|ish|ese|i|is|ic|ics|s)$")


# "a Lancaster mother", "Torrington firefighters", "Woodstock Mayor Michael Harding"
RESIDENT_NOUN = re.compile(
    r"(?:['’]s)?\s+(?:residents?|natives?|woman|women|man|men|mother|father|couple|family|families|"
    r"teens?|taxpayers|voters|homeowners|businesses|firefighters|police|officials|[Mm]ayor|"
    r"City (?:Council|Manager|Hall)|city council|school district|area)\b")
# "Rep. Wendell Gilliard, D-Charleston", "James Clyburn, D-S.C."
AFFILIATION = re.compile(r"\b[DRI]-$")
AFFILIATION_RUN = re.compile(r",\s[DRI]-([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)")


def _pattern(text: str, h: _Hit, hits: list[_Hit]) -> bool:
    before = text[max(0, h.start - 40):h.start]
    if PLACE_PREPOSITIONS.search(before):
        return True
    after = text[h.end:h.end + 40]
    if RESIDENT_NOUN.match(after) or AFFILIATION.search(before):
        return True
    if re.match(rf",\s+(?:{DIRECTIONS}\s+)?[A-Z]", after, re.I) and re.match(r",\s+\S", after):
        nxt = h.end + len(re.match(rf",\s+(?:{DIRECTIONS}\s+)?", after, re.I).group(0))
        if any(o.start == nxt and o.support >= 1 for o in hits):
            return True
    if re.match(r"\s+(?:[Pp]rovinces?|[Cc]ount(?:y|ies)|[Gg]overnorates?|[Rr]egions?)\b", after):
        return True
    sent_start = max(text.rfind(". ", 0, h.start), text.rfind("\n", 0, h.start))
    clause = text[sent_start + 1:h.start]
    return bool(LIST_CUE.search(clause) and re.search(r"(?:,|\band)\s*$", before.rstrip() + " ")) \
        or bool(LIST_CUE.search(text[h.end:h.end + 60]) and "," in text[h.end:h.end + 3])


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start]
    return start == 0 or bool(re.search(r"(?:[.!?]\s+|\n\s*|^\s*)$", before))


def _big_place(name: str, gaz, floor: int) -> bool:
    head, _, last = name.rpartition(" ")
    cands = gaz.search(name)
    if not cands and head and last.lower() in DIVISION and not gaz.is_common_word(head) \
            and not re.fullmatch(DIRECTIONS, head, re.I):
        cands = gaz.search(head)  # "the Baalbek Governorate building": the name before the word
    for cand in cands:
        e = cand.entry
        if e.feature in ("country", "admin1", "continent") and cand.match == 0:
            return True
        if e.population >= floor and cand.match <= 1:
            return True
    return False
