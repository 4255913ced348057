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
from ..eventlocation import LANDMARK_WORDS
from ..gazetteer import ALTERNATE, PRIMARY
from ..model import Document, Mention, Span
from ..resources import gazetteer_for
from .place_support import (KIND_BEFORE, NAMED_PLACE_OF, PLACE_APPOSITION, PLACE_LIST_BEFORE, RANKED_CITY_BEFORE,
                            big_place, is_region, sentence_initial, support)
from .place_words import (CONNECTORS, DIRECTIONS, DIVISION, EMBEDDED, LEADING_DIRECTION, LOWER_ARTICLE,
                          MIN_POPULATION, NER_PLACE, WORD, Hit)

NAME = "places"
VERSION = 67
REQUIRES = ("text", "anchor", "sentences", "mentions")
ASSIGNS = ("mentions",)


def run(doc: Document, ctx) -> Document:
    gaz = gazetteer_for(ctx.settings)
    streets = street_spans(doc.text)
    # "Clinton Street" is a street, not Clinton; "No Kings" protests are named by a slogan, not a place
    titled = [m.span(1) for m in _SLOGAN_NAMED.finditer(doc.text)]
    every = [h for h in _detect_all(doc, gaz) if not any(a < h.end and h.start < b for a, b in streets + titled)]
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


_SLOGAN_NAMED = re.compile(r"[\"“]((?:[A-Z][\w'’-]*\s){0,4}[A-Z][\w'’-]*)[\"”]\s+(?:protests?|rall(?:y|ies)|marches|march|"
                           r"movement|campaign|demonstrations?|day)\b")
STREET = re.compile(
    r"\b(?:(?:North|South|East|West|Old|New)\s)?(?:(?:[A-Z][\w'’-]*|\d+(?:st|nd|rd|th))\s){1,3}"
    r"(?:Street|St\.(?!\s[A-Z])|Avenue|Ave\.|Road|Rd\.|Drive|Boulevard|Blvd\.|Parkway|Lane|Pike|Trail|Gate)"
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


def demonyms(doc: Document, gaz, found: list[Hit]) -> list[tuple[int, int]]:
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


def detect(doc: Document, gaz) -> list[Hit]:
    """Place spans in `doc.text`, in text order, without overlaps."""
    return [h for h in _detect_all(doc, gaz) if h.support >= 1]


def _detect_all(doc: Document, gaz) -> list[Hit]:
    """Every candidate span with its support (EMBEDDED: a place inside an organisation name)."""
    text = doc.text
    # (not a span the model ran across a list item's colon: "Shushtar, Rasht and Isfahan: Retirees"
    # tagged ORG hides no places)
    ner = [m for m in doc.mentions if m.source == "ner" and m.label != "PLACE" and ": " not in m.text]
    hits = _gazetteer_hits(text, gaz) + _ner_hits(text, ner, gaz)
    hits = _road_ends(text, _merge(hits + _qualified_runs(text, hits, gaz)), gaz)
    support(text, hits, ner, gaz)
    _qualifier_groups(text, hits, gaz)
    _named_before(text, hits)
    _inside_bracketed_province(text, hits, gaz)
    hits += _affiliations(text, hits, gaz) + _bracketed_province(text, hits, gaz) + _called_places(text, hits)
    hits += _listed_divisions(text, hits)
    hits = _datelines(text, hits, gaz)
    # (a real dateline, with its date or wire: not "UN: 70% of Palestinian youth ...")
    anchor = doc.anchor.place if doc.anchor is not None and (doc.anchor.date or doc.anchor.agency) else None
    city = anchor.text.split(",")[0] if anchor is not None else ""
    agency = doc.anchor.agency if doc.anchor is not None and doc.anchor.agency else ""
    at = doc.text.find(agency, 0, doc.anchor.end) if agency else -1
    for h in hits:
        if city and (h.start, h.end) == (anchor.start, anchor.start + len(city)) and gaz.has_name(city):
            h.support = max(h.support, 2)  # "JUBA, March 10, 2024 (Radio Tamazuj) -": a dateline's city, not an acronym
        if at >= 0 and at <= h.start and h.end <= at + len(agency):
            h.support = -1  # "BELFAST, July 18, 2026 (PA) -": the agency, not Pennsylvania
    return sorted(hits, key=lambda h: h.start)


def _named_before(text: str, hits: list[Hit]) -> None:
    """A name the article has called a place ("the town of Sake") is that place when it comes
    again without the words that said so ("positions in the hills above Sake")."""
    known = {text[h.start:h.end] for h in hits if h.support >= 2 and NAMED_PLACE_OF.search(text, max(0, h.start - 25), h.start)}
    for h in hits:
        if h.support == 0 and text[h.start:h.end] in known and not sentence_initial(text, h.start):
            h.support = 2


# "Headline. CORSICANA — A man...", "MOUNT GILEAD (AP) --": a capitalised dateline opens the story
DATELINE = re.compile(
    r"(?:^|[.!?]\s+|\n\s*)((?:[A-Z][A-Z.'’-]+)(?:\s(?:[A-Z][A-Z.'’-]+|OF|of)){0,3})"
    r"(?:,\s([A-Z][\w.]+(?:\s[A-Z][\w.]+)?))?"
    # ("PORTLAND, Ore., Nov. 14, 2026 (AP) -": the page's date between the state and the dash)
    r"(?:,\s(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s\d{4}|\d{1,2}\s[A-Z][a-z]{2,8}\.?,?\s\d{4}))?"
    r"\s*(?:\([A-Za-z ]{2,12}\)\s*)?(?:[-–—\x97]{1,2}|:)\s")


def _datelines(text: str, hits: list[Hit], gaz) -> list[Hit]:
    """Upper-case datelines are places when the gazetteer knows the name (a sentence-initial capital
    says nothing, but the dateline position does); `hits` with any such span added or supported."""
    for m in DATELINE.finditer(text):
        # the city, and the state or country after it ("CAMP MURRAY, Wash. -", "CELAYA, Guanajuato -"),
        # which the parse never sees (the dateline is left out of the first sentence's grammar)
        for group in (1, 2):
            if m.start(group) < 0:
                continue
            s, e = m.span(group)
            name = text[s:e].rstrip(".") if not re.search(r"\.\w", text[s:e]) else text[s:e]
            e = s + len(name)
            # (a common word is a place in the state's slot: "Wash.", "Miss.")
            if len(name) < 3 or not gaz.has_name(name) or (group == 1 and gaz.is_common_word(name)):
                continue
            same = [h for h in hits if (h.start, h.end) == (s, e)]
            if same:
                same[0].support = max(same[0].support, 2)
            elif not any(h.start < e and s < h.end for h in hits):
                hits.append(Hit(s, e, "pattern", 2))
    return hits


QUALIFIER_GROUP = re.compile(r"(?<=[\w.] )\(([^()]{3,80})\)")


def _qualifier_groups(text: str, hits: list[Hit], gaz) -> None:
    """"... checkpoint (As Sawadiyah, Al Bayda)": a bracketed district and province (or country)
    after a name are places, whatever the model made of the group (here an organisation)."""
    at = {(h.start, h.end): h for h in hits}
    for m in QUALIFIER_GROUP.finditer(text):
        parts = [(m.start(1) + p.start(), m.start(1) + p.end()) for p in re.finditer(r"[^,]+", m.group(1))]
        parts = [(s + len(text[s:e]) - len(text[s:e].lstrip()), e - (len(text[s:e]) - len(text[s:e].rstrip())))
                 for s, e in parts]
        last = text[slice(*parts[-1])]
        if not 2 <= len(parts) <= 3 or not (is_region(last, gaz) or is_region(last, gaz, any_name=True)):
            continue
        found = [at.get(span) for span in parts]
        if all(h is not None and (h.support >= 0 or h.support == EMBEDDED) for h in found):
            for h in found:
                h.support = max(h.support, 2)
        elif found[-1] is not None and found[-1].support >= 0 and all(
                h is None or h.support >= 0 or h.support == EMBEDDED for h in found):
            # ("Kafr Aweid and Sufuhen (Jabal Az-Zawiya, Idleb)", the district unknown and every name tagged a
            # person: the province still closes the group)
            found[-1].support = max(found[-1].support, 2)


# a place's name: capitalised words, with an Arabic article or a particle inside ("Maroun al-Ras")
_NAME = r"[A-Z][\w'’-]+(?:[ -](?:(?:al|el|ad|an|ar|as|at|ash|az|ed|en|es|et|um|de|del|la|le|du)[ -])?[A-Z][\w'’-]+){0,2}"
CALLED_PLACES = re.compile(rf"\b(?:villages|towns)\s+of\s+({_NAME})(?:,\s+({_NAME}))?,?\s+and\s+({_NAME})")


# "in Lin Ta Lu village in Sagaing Region": a name the text calls a village, tagged or not
_NAMED_VILLAGE = re.compile(r"\b(?:in|near|at|from|outside|on|into|of)\s+([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3})\s+village\b")


# "near the village of At-Tuwani", "in the hamlet of Khirbet al-Markaz": a name the text calls a
# village, tagged or not (an Arabic article inside the name goes with it)
_VILLAGE_NAMED = re.compile(r"\b(?:village|hamlet|settlement|town|(?:border|farming|frontier) community)\s+of\s+([A-Z][\w'’-]+(?:[ -](?:(?:al|el|ad|an|ar|as|at|"
                            r"ash|az|ed|en|es|et|um|de|del|la|le|du)[ -])?[A-Z][\w'’-]+){0,3})")


def _called_places(text: str, hits: list[Hit]) -> list[Hit]:
    """"shelled the villages of Tal Rifaat and Um Hosh", both tagged PERSON and spelt otherwise in the
    gazetteer: names the text lists as villages or towns are places."""
    out, cut = [], []
    for m in _VILLAGE_NAMED.finditer(text):
        # ("the settlement of Ma'ale Adumim" with "Ma'ale" found alone: the whole name the text gives)
        inside = [h for h in hits if m.start(1) == h.start and h.end < m.end(1)]
        if inside and not any(h.start < m.end(1) and m.start(1) < h.end for h in hits if h not in inside):
            for h in inside:
                h.support = 0
            cut += inside
    for m in [*CALLED_PLACES.finditer(text), *_NAMED_VILLAGE.finditer(text), *_VILLAGE_NAMED.finditer(text)]:
        for g in range(1, len(m.groups()) + 1):
            if m.start(g) >= 0 and not any(h.start < m.end(g) and m.start(g) < h.end for h in hits + out if h not in cut):
                out.append(Hit(m.start(g), m.end(g), "pattern", 2))
    return out


_DIVISIONS_AFTER = re.compile(r"\s+(?:counties|districts|provinces|governorates|prefectures|parishes|townships)\b")
_LISTED_NAME = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")
_LIST_GAP = re.compile(r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")


def _listed_divisions(text: str, hits: list[Hit]) -> list[Hit]:
    """"in Lubbock, Lynn and Terry counties": every name of a list the text calls divisions is a
    place, also one the model tagged as a person or did not tag."""
    out: list[Hit] = []
    for m in _DIVISIONS_AFTER.finditer(text):
        names, end = [], m.start()
        while True:
            name = next((n for n in _LISTED_NAME.finditer(text, max(0, end - 40), end) if n.end() == end), None)
            if name is None:
                break
            names.append(name)
            gap = _LIST_GAP.search(text, max(0, name.start() - 8), name.start())
            if gap is None:
                break
            end = gap.start()
        if len(names) < 2:
            continue  # "Indiana counties" are Indiana's
        for name in names:
            same = [h for h in hits if (h.start, h.end) == name.span()]
            for h in same:
                h.support = max(h.support, 2)  # ("Terry", a gazetteer name the model tagged as a person)
            if not same and not any(h.start < name.end() and name.start() < h.end for h in hits + out):
                out.append(Hit(name.start(), name.end(), "pattern", 2))
    return out


# ("(Salah al-Din)": an Arabic article joined to the word after it goes on the name; "Yathrib
# subdistrict (Salah al-Din)": after the place's division word)
BRACKETED_NAME = re.compile(r"(?:\s+(?:sub-?district|district|governorate|province|area|town|village|city|camp|countryside|front))?"
                            r"\s\(([A-Z][\w'’-]+(?: (?:[a-z]{1,3}-)?[A-Z][\w'’-]+){0,2})\)")
BRACKET_FUZZY = 92.0  # a near spelling of a province's name, one letter or so off


def _bracketed_province(text: str, hits: list[Hit], gaz) -> list[Hit]:
    """"in Baraawe (Lower Shabelle)": a bracketed name after a place that the gazetteer knows as a
    province under a near spelling ("Lower Shebelle") or under a common word ("Saida (South)"),
    which no other signal finds; after a name that is no place, a province under one of its own
    names ("Diraz (Northern)", "Atmeh camp (Idleb)")."""
    out = []
    ends = {h.end for h in hits if h.support >= 1}
    # ("dispersed a protest in Diraz (Northern)", Diraz unknown and tagged an organisation: a province
    # known by its very name, after any name)
    named = {m.end() for m in _CAPITALISED.finditer(text)} - ends
    for h_end in sorted(ends | named):
        m = BRACKETED_NAME.match(text, h_end)
        if m is None:
            continue
        same = [h for h in hits if (h.start, h.end) == m.span(1) and h.support < 2 and h.support != EMBEDDED]
        name = m.group(1)
        # (the very name, not an acronym: "the Azawad Liberation Front (FLA)"; then a near spelling)
        exact = [c for c in gaz.search(name) if c.match in (PRIMARY, ALTERNATE)] if not name.isupper() else []
        near = lambda: [c for c in gaz.fuzzy(name, min_score=BRACKET_FUZZY) if c.entry.feature == "admin1"]  # noqa: E731
        if h_end in ends:
            # (the very name too, which the near spellings leave out when it is short: "near Paletwa (Chin)")
            provinces = [c for c in exact if c.entry.feature == "admin1"] or near()
        else:  # after any other name, the province's own name
            # (or a town that names its governorate: "Khirbet Humsa (Tubas)", GeoNames holding Tubas as a town only)
            provinces = [c for c in exact if c.entry.feature == "admin1" or c.entry.feature == "city" and c.match == PRIMARY
                         and c.entry.population >= BRACKET_TOWN and not gaz.is_common_word(name)]
            # (or its near spelling, "Eldhere (Galgaduud)" with the town unknown and the province tagged a person)
            provinces = provinces or (near() if not name.isupper() and not gaz.is_common_word(name) else [])
        if (same or not any(h.start < m.end(1) and m.start(1) < h.end for h in hits)) and provinces:
            # (also a common word the gazetteer's province has as its name: "in Saida (South)")
            for h in same:
                h.support = 2
            if not same:
                out.append(Hit(m.start(1), m.end(1), "pattern", 2))
    return out


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")
BRACKET_TOWN = 10_000  # a bracketed town big enough to stand for its governorate


def _inside_bracketed_province(text: str, hits: list[Hit], gaz) -> None:
    """"including Tabriz (East Azerbaijan)" with Tabriz tagged a person: a name with a reading
    inside the province bracketed after it is that place."""
    for h in hits:
        m = BRACKETED_NAME.match(text, h.end) if h.support < 2 and h.support != EMBEDDED else None
        if m is None:
            continue
        regions = {c.entry.geonameid for c in gaz.search(m.group(1)) if c.entry.feature == "admin1"}
        if regions and any((a1 := gaz.admin1_of(c.entry)) is not None and a1.geonameid in regions
                           for c in gaz.search(text[h.start:h.end]) if c.entry.feature == "city"):
            h.support = 2


def _affiliations(text: str, hits: list[Hit], gaz) -> list[Hit]:
    """"James Clyburn, D-S.C.", "Rep. Gilliard, D-Charleston": a legislator's party and place."""
    out = []
    for m in AFFILIATION_RUN.finditer(text):
        s, e = m.span(1)
        if text[e - 1] == "." and not gaz.has_name(text[s:e]):
            e -= 1
        if gaz.has_name(text[s:e]) and not any(h.start < e and s < h.end for h in hits):
            out.append(Hit(s, e, "pattern", 2))
    return out


def _gazetteer_hits(text: str, gaz) -> list[Hit]:
    words = [(m.start(), m.end()) for m in WORD.finditer(text)]
    hits: list[Hit] = []
    i = 0
    while i < len(words):
        s, e = words[i]
        article = LOWER_ARTICLE.match(text, s) is not None
        if not text[s].isupper() and not article:
            i += 1
            continue
        if article and i and text[words[i - 1][0]].isupper() and text[words[i - 1][1]:s] == " ":
            i += 1  # "the Jabal al-Zawiya area": the end of a longer name, no town "Az Zawiyah" of its own
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
            # ("Jisr al-Shughur": an article joined to the next word goes on the name)
            inner_article = j > i and LOWER_ARTICLE.match(text, ws) is not None and "-" in token
            if not token[0].isupper() and token not in CONNECTORS and not (j == i and article) and not inner_article:
                break
            span = _strip_possessive(text, s, we)
            if span and (token[0].isupper() or (j == i and "-" in token) or inner_article) \
                    and gaz.has_name(text[span[0]:span[1]]):
                best = (span, j)
            j += 1
        if best is None:
            i += 1
            continue
        if best[1] == i and text[s:e] in LEADING_WORDS:
            i += 1  # "In Wad Madani, ...": a sentence's first word heads no name ("In" is a town)
            continue
        if best[1] == i and _FACILITY_NOUN.fullmatch(text, s, e) and i and text[words[i - 1][1]:s] == " " \
                and text[words[i - 1][0]].isupper():
            i += 1  # "the No. 2 Detention Centre": the head noun of a building's name (no region "Centre")
            continue
        if _partial(text, words, best, j, gaz):
            i = best[1] + 1  # skip the rest of that name, not the words listed after it
            while i < j and text[words[i][0]].isupper():
                i += 1
            continue
        (bs, be), bj = best
        bs, be, bj = _extend_division(text, words, bs, be, bj, gaz)
        hits.append(Hit(bs, be, "gazetteer"))
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
    if run_end - 1 <= bj or len(text[bs:be]) > 5 or "." in text[bs:be] or is_region(text[bs:be], gaz):
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


_REGION_HEAD = re.compile(r"\b(?:Region|Peninsula|Delta|East|Valley|River|Mountains|Hills|Gulf|Sea|Ocean|Republic|Union|"
                          r"Strip|Bank|Coast|Desert|Basin|Islands|Plateau|Highlands|Plains|Horn|Territories|Emirates|"
                          r"Corridor|Lakes|Sahel|Balkans|Caucasus|Levant)$")
_DIVISION_NEXT = re.compile(r"\s+(?:region|province|state|district|governorate|county|department|territory)\b")


_NAME_RUN = re.compile(r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}")


def _ner_hits(text: str, ner: list[Mention], gaz) -> list[Hit]:
    hits = []
    for m in ner:
        # ("near the town of Parotani" tagged PERSON, a town the gazetteer lacks: the text calls it a place)
        # ("an attack on Madjoari, a town in eastern Burkina Faso" tagged ORG: the apposition calls it one)
        # ("the South Sudanese capital Juba" tagged PERSON: a known name the text calls a city)
        called = m.label in ("PERSON", "ORG", "NORP") and _NAME_RUN.fullmatch(m.text) is not None \
            and (NAMED_PLACE_OF.search(text, max(0, m.start - 30), m.start) is not None
                 or PLACE_APPOSITION.match(text, m.end) is not None
                 or (KIND_BEFORE.search(text, max(0, m.start - 12), m.start) is not None
                     or RANKED_CITY_BEFORE.search(text, max(0, m.start - 30), m.start) is not None) and gaz.has_name(m.text)
                 # ("raids in Beit Fajjar, Husan and Al Khader" with the last tagged PERSON: a list's last name)
                 or m.label != "NORP" and not m.text.isupper() and bool(gaz.search(m.text))
                 and PLACE_LIST_BEFORE.search(text, max(0, m.start - 80), m.start) is not None)
        if m.label not in NER_PLACE and not (m.label == "FAC" and gaz.has_name(m.text)) and not called:
            continue
        start, end = m.start, m.end
        lead = LEADING_DIRECTION.match(text[start:end])
        # (not "Lower Shabelle", whose rest the gazetteer does not know alone: a region's whole name,
        # spelt near "Lower Shebelle", as "Upper Nile" and "Middle Juba" are)
        if lead and not (_REGION_PART.match(text, start) and not gaz.has_name(_POSSESSIVE_END.sub("", text[start + lead.end():end]))):
            start += lead.end()
        if text.startswith("the ", start) and text[start + 4:start + 5].isupper():
            # "in the Middle Shabelle region", "the Korean Peninsula": the name after the article,
            # when it is a known name or a region's shape (not "the Big Bang", "the Webb Center")
            name = text[start + 4:end]
            if not (gaz.has_name(name) or _REGION_HEAD.search(name) or _DIVISION_NEXT.match(text, end)):
                continue
            start += 4
        bracket = text.find(" (", start, end)
        if bracket > start:
            end = bracket  # "Port-au-Prince (Ouest" tagged as one place: the town; its bracket is read on its own
        span = _strip_possessive(text, start, end)
        parts = _comma_parts(text, span, gaz) if span else []
        if parts:
            # ("near Katari (Kachia, Kaduna)" tagged as one place: a town and its province)
            hits.extend(Hit(a, b, "ner", 2) for a, b in parts)
        elif span and text[span[0]].isupper():
            hits.append(Hit(span[0], _name_goes_on(text, span[0], span[1], gaz), "ner", 2))
    return hits


def _comma_parts(text: str, span: tuple[int, int], gaz) -> list[tuple[int, int]]:
    """The names of "Kachia, Kaduna" tagged as one place, when the whole is no gazetteer name and
    each part is one."""
    name = text[span[0]:span[1]]
    if ", " not in name or gaz.has_name(name):
        return []
    parts = [(span[0] + m.start(), span[0] + m.end()) for m in re.finditer(r"[^,\s][^,]*[^,\s]", name)]
    ok = len(parts) > 1 and all(text[a].isupper() and gaz.has_name(text[a:b]) and not gaz.is_common_word(text[a:b])
                                for a, b in parts)
    return parts if ok else []


_REGION_PART = re.compile(r"(?:Lower|Upper|Middle)\s")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_NEXT_WORD = re.compile(r" [A-Z][a-z'’-]+\b")


def _name_goes_on(text: str, start: int, end: int, gaz) -> int:
    """Where a name the model cut short ends: "in Joubb Janine" tagged "Joubb", with the gazetteer's
    "Joubb Jannine" a near spelling of the whole and nothing of the part."""
    more = _NEXT_WORD.match(text, end)
    if more is None or gaz.has_name(text[start:end]):
        return end
    longer = text[start:more.end()]
    if gaz.has_name(longer) or any(c.entry.feature == "city" for c in gaz.fuzzy(longer, min_score=NAME_GOES_ON_FUZZY)):
        return more.end()
    return end


NAME_GOES_ON_FUZZY = 90.0


QUALIFIED_RUN = re.compile(
    rf"\b(?:(?:In|At|From|Near|The|And)\s+)?((?:[A-Z][\w'’-]+)(?:\s[A-Z][\w'’-]+){{0,3}}),\s+"
    rf"(?:(?i:{DIRECTIONS})\s+)?(?=[A-Z])")


def _qualified_runs(text: str, hits: list[Hit], gaz) -> list[Hit]:
    """Names the gazetteer lacks (spelling variants) in "X, southwest Iran" / "X, Texas"."""
    starts = {h.start: h for h in hits}
    out = []
    for m in QUALIFIED_RUN.finditer(text):
        run_start, run_end = m.span(1)
        if not text[run_start].isupper() or any(h.start < run_end and run_start < h.end
                                                 and h.end - h.start >= run_end - run_start for h in hits):
            continue
        nxt = starts.get(m.end())
        if nxt is None or not is_region(text[nxt.start:nxt.end], gaz):
            continue
        words = text[run_start:run_end].split()
        if any(w.lower() in CALENDAR or w.lower() in CONNECTORS for w in words):
            continue
        if sentence_initial(text, run_start) and len(words) == 1 and gaz.is_common_word(words[0]):
            continue
        out.append(Hit(run_start, run_end, "pattern", 2))
    return out


# "the Halba-Qoubaiyat road", "the Sidon-Tyr highway": a road named after the towns at its ends
ROAD_ENDS = re.compile(r"\b([A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?)\s?[-–]\s?([A-Z][\w'’]+(?:\s[a-z]{2}\s[A-Z][\w'’]+)?)"
                       r"(?=\s+(?:road|highway|motorway|expressway|freeway|route|railway|corridor)\b)")


ROAD_BETWEEN = re.compile(r"\b(?:road|highway|motorway|expressway|route|railway)\s+(?:linking|connecting|between|from)\s+"
                          r"([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+(?:and|to|with)\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)")


def _road_ends(text: str, hits: list[Hit], gaz) -> list[Hit]:
    """Each end of a road the gazetteer knows is a place (the road's own name is not)."""
    for m in ROAD_ENDS.finditer(text):
        ends = [m.span(g) for g in (1, 2) if gaz.has_name(m.group(g)) and (
            not gaz.is_common_word(m.group(g)) or big_place(m.group(g), gaz, 20 * MIN_POPULATION))]  # "Tripoli"
        if not ends:
            continue
        hits = [h for h in hits if not (h.start < m.end() and m.start() < h.end)]
        hits += [Hit(s, e, "road", 2) for s, e in ends]
    for m in ROAD_BETWEEN.finditer(text):
        # "on the road between Tal Tamr and Hasakah", both tagged as persons: the road's ends are places
        ends = {m.span(g) for g in (1, 2) if gaz.has_name(m.group(g)) and not gaz.is_common_word(m.group(g))}
        hits = [Hit(h.start, h.end, "road", 2) if (h.start, h.end) in ends else h for h in hits]
    return sorted(hits, key=lambda h: h.start)


def _merge(hits: list[Hit]) -> list[Hit]:
    """Overlaps: keep the longer span; NER support carries over to the kept span."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[Hit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            prev = out[-1]
            if h.source == "ner" or prev.source == "ner":
                if (h.end - h.start) > (prev.end - prev.start):
                    out[-1] = Hit(h.start, h.end, "ner", 2)
                else:
                    out[-1] = Hit(prev.start, prev.end, "ner", 2)
            continue
        out.append(h)
    return out


_FACILITY_NOUN = re.compile(rf"(?:{LANDMARK_WORDS})", re.I)
# words that start an organisation after a place name ("Paris High School", "Tehran Police")
ORG_HEADS = {"High", "Public", "Police", "Department", "University", "College", "School", "Library",
             "Hospital", "Fire", "Council", "Church", "Regional", "Community", "Memorial", "Board",
             "Chamber", "Airport", "Municipal", "Court", "Times", "Herald", "Journal", "News", "Post"}


# "Rep. Wendell Gilliard, D-Charleston", "James Clyburn, D-S.C."
AFFILIATION_RUN = re.compile(r",\s[DRI]-([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)")
