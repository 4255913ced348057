"""Names toponym detection left out, looked up in the gazetteer inside the place said to hold
them: the "(District, Governorate)" qualifier after a name ("Al Khabr (Habban, Shabwah)") and the
place after "X town in" ("Daret Azza town in Aleppo countryside"). Inside one province a near
transliteration is safe where a gazetteer-wide one is not ("Tall Refaat" -> Tall Rifat)."""
from __future__ import annotations

import functools
import re
from typing import Sequence

from .eventlocation import ROAD_WORDS, _GROUP, _same_word
from .gazetteer_build import fold, without_article
from .geo import km
from .model import Place

# (from a word's start: not the "al" of "the central Mexican city of Irapuato")
_QUALIFIER_NAME = re.compile(r"\b(?:[A-Z][\w'’-]+|(?:al|el|as|ash|ar|ad|an|at|az|wa|bani|bin|ibn)\b)"
                             r"(?:\s+(?:[A-Z][\w'’-]+|al|el|as|ash|ar|ad|an|at|az|wa|bani|bin|ibn)\b){0,3}")
# ACLED's `location` is a populated place: a district's seat of the same name before the district
_QUALIFIER_RANK = {"city": 0, "admin2": 1, "admin1": 2}


def qualifier_lookups(text: str, places: Sequence[Place], gaz, *, sentence_of) -> list[Place]:
    """Names of "(District, Governorate)" qualifiers that toponym detection left out ("Al Khabr
    (Habban, Shabwah)" with only Shabwah found), looked up inside the qualifier's own places: a
    district of that governorate, so a name abroad or elsewhere in the country never comes in."""
    from .georank import to_place
    from .model import Mention

    found: list[Place] = []
    for m in _GROUP.finditer(text):
        parts = [(m.start(1) + p.start(), m.start(1) + p.end()) for p in re.finditer(r"[^,]+", m.group(1))]
        anchors = [p for p in places if m.start() < p.mention.start < m.end() and p.resolved
                   and p.feature in ("admin1", "city", "admin2")]
        if not anchors or len(parts) > 3:
            continue
        for start, end in parts:
            raw = text[start:end]
            start, end = start + len(raw) - len(raw.lstrip()), end - (len(raw) - len(raw.rstrip()))
            name = text[start:end]
            if not _QUALIFIER_NAME.fullmatch(name) or name.isupper() or any(
                    p.mention.start < end and start < p.mention.end and p.resolved for p in places):
                continue
            entry = _inside_anchor(gaz, name, anchors)
            if entry is not None:
                mention = Mention(start, end, name, "PLACE", "pattern", sentence_of(start))
                found.append(to_place(mention, entry, gaz, confidence=0.8, reason="qualifier name inside its group"))
    return found


def _inside_anchor(gaz, name: str, anchors: Sequence[Place]):
    """The gazetteer's district, town or province of this name in an anchor's first-level division."""
    wanted = {(a.country_code, a.name if a.feature == "admin1" else a.admin1) for a in anchors}
    # a town whose province the gazetteer does not know: within a province's reach of it
    around = [a for a in anchors if a.feature != "admin1" and not a.admin1 and a.latitude is not None]
    hits = []
    # "Karama town in Ar-Raqqa": GeoNames writes "Al Karamah"; inside one province a near spelling is safe
    exact = [c.entry for variant in (name, "Al " + name) for c in gaz.search(variant)]
    anchor_ids = {a.geonameid for a in anchors}
    # "Mansura in Ar-Raqqa": the exact "Mansura" towns lie in Egypt; inside Raqqa it is Al Mansurah
    for lookup in (lambda: exact, lambda: near_spellings(gaz, name, anchors)):  # the second only if needed
        for e in lookup():
            if e.feature not in _QUALIFIER_RANK or e.geonameid in anchor_ids:
                continue
            admin1 = e if e.feature == "admin1" else gaz.admin1_of(e)
            if admin1 is not None and (e.country_code, admin1.name) in wanted or any(
                    a.country_code == e.country_code and km(a.latitude, a.longitude, e.latitude, e.longitude) <= 100.0
                    for a in around):
                hits.append(e)
        if hits:
            break
    hits.sort(key=lambda e: (_QUALIFIER_RANK[e.feature], -e.population))
    return hits[0] if hits else None


NEAR_SPELLING = 85.0  # rapidfuzz ratio, article dropped: "Tall Refaat"/"Tall Rifat"
NEAR_SOUND = 90.0  # the same on `_sound` keys: "Thiban"/"Dhiban", not "As Sirrah"/"Sirar"


def near_spellings(gaz, name: str, anchors: Sequence[Place]) -> list:
    """Towns of the anchors' provinces spelt nearly like `name` (transliterations vary)."""
    from rapidfuzz import fuzz

    key = _bare(name)
    if len(key) < 5 or not hasattr(gaz, "in_admin1"):
        return []
    provinces = {(e.country_code, e.admin1_code) for a in anchors if a.geonameid is not None
                 and (e := gaz.get(a.geonameid)) is not None and e.admin1_code}
    sound = _sound(key)
    return [e for country_code, admin1_code in provinces for e in gaz.in_admin1(country_code, admin1_code)
            if e.feature == "city" and (fuzz.ratio(key, other := _bare(e.name)) >= NEAR_SPELLING
                                        or fuzz.ratio(sound, _sound(other)) >= NEAR_SOUND)]


@functools.lru_cache(maxsize=1 << 15)
def _bare(name: str) -> str:
    return without_article(fold(name))


# letters that English transliterations of one Arabic sound differ in ("Thiban"/"Dhiban",
# "Ein Issa"/"Ayn Isa", "Mansura"/"Mansurah", "Qoubaiyat"/"Qubayyat")
_SOUNDS = ((re.compile(r"dh"), "th"), (re.compile(r"ei"), "ai"), (re.compile(r"ou|oo"), "u"), (re.compile(r"ee"), "i"), (re.compile(r"y"), "i"),
           (re.compile(r"q"), "k"), (re.compile(r"h\b"), ""), (re.compile(r"(\w)\1"), r"\1"))


@functools.lru_cache(maxsize=1 << 15)
def _sound(key: str) -> str:
    for pattern, repl in _SOUNDS:
        key = pattern.sub(repl, key)
    return key


_TITLE_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Maj|Capt|Lt|Sgt|Gov|Rep|Sen|Sheikh|Shaykh|President|Governor|Minister|Mayor|"
    r"General|Colonel|Commander|Prince|King|Emir|Imam|Senator|Judge|Bishop|Pope|MP|commander|leader|chief|"
    r"spokes(?:man|woman|person)|director|official|minister|governor|mayor|named|called)\.?\s+$")
_DIRECTION = r"(?:(?:rural|central|(?:north|south)?-?\s*(?:east|west)?(?:ern)?)\s+)?"
_NAMED_INSIDE = re.compile(
    r"(?:(?P<first>" + _QUALIFIER_NAME.pattern + r")\s+and\s+)?"
    r"(?P<name>" + _QUALIFIER_NAME.pattern + r")(?:\s*\((?P<alt>" + _QUALIFIER_NAME.pattern + r")\))?"
    r"(?:\s+and\s+(?:its|the)\s+(?:vicinity|surroundings|outskirts|environs))?"  # "Tall Refaat and its vicinity in Aleppo"
    r"\s+(?:(?:town|towns|village|villages|city|area|areas|district|region|front|frontline|neighbou?rhood|"
    r"quarter|camp|suburb|countryside)\s+)?(?:(?:in|of|near)\s+(?:the\s+)?" + _DIRECTION +
    r"|(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?"  # "Sirwah district west of Marib"
    r"|(?:(?:in|of)\s+(?:the\s+)?" + _DIRECTION + r"(?P<country>[A-Z][a-z]+)\s*)?\("  # "... in Yemen (Sadah)"
    r"|(?:in|of)\s+(?P<owner>[A-Z][a-z]+)['’]s\s+" + _DIRECTION + r")$")  # "Kyaukphyu in Myanmar's Rakhine State"


def contained_lookups(text: str, places: Sequence[Place], gaz, *, sentence_of) -> list[tuple[Place, Place]]:
    """'Daret Azza town in Aleppo countryside', 'Zap (Amadiya) region of Dahuk' with the first name
    not found by toponym detection (or not resolved): the name is looked up inside the province of
    the place said to contain it, and only there. Returns (found place, its container) pairs."""
    from .georank import to_place
    from .model import Mention

    found: list[tuple[Place, Place]] = []
    for outer in places:
        if not outer.resolved or outer.feature not in ("admin1", "city", "admin2"):
            continue
        m = _NAMED_INSIDE.search(text, max(0, outer.mention.start - 80), outer.mention.start)
        if m is None or m.end() != outer.mention.start:
            continue
        owner = "country" if m.group("country") else "owner" if m.group("owner") else None
        if owner and not any(p.feature == "country" and p.mention.start == m.start(owner) for p in places):
            continue  # only a country may stand between a name and its qualifier
        for group in ("alt", "name", "first"):
            start, end = m.span(group)
            if start < 0 or text[start:end].isupper() or any(
                    p.resolved and p.mention.start < end and start < p.mention.end and not _abroad(p, outer)
                    for p in places):
                continue  # a name already read inside the container
            if _same_word(text[start:end], outer.mention.text):
                continue  # "Sirwah (Sirwah, Marib)": the district named after its town, no second place
            if _TITLE_BEFORE.search(text[max(0, start - 25):start]):
                continue  # "Governor Jackson of Mississippi": a person, even where a town has the name
            if gaz.demonym(text[start:end]) is not None:
                continue  # "the Mexican city of Celaya": the city's nation, no town Mexicanos inside it
            entry = _inside_anchor(gaz, text[start:end], [outer])
            if entry is not None and entry.feature != "admin1":
                mention = Mention(start, end, text[start:end], "PLACE", "pattern", sentence_of(start))
                found.append((to_place(mention, entry, gaz, confidence=0.8, reason="name inside the place after it"),
                              outer))
                if group == "alt":
                    break  # "Zap (Amadiya)": one place under two names
    return found


def _abroad(place: Place, outer: Place) -> bool:
    """"Karama town in Ar-Raqqa" read as the Australian Karama: outside the place said to hold it."""
    if place.feature not in ("city", "admin2"):
        return False
    province = outer.name if outer.feature == "admin1" else outer.admin1
    return place.country_code != outer.country_code or bool(province and place.admin1 and place.admin1 != province)


# "blocked the Dhaka-Mymensingh highway at Uttara", "on the road linking Quetta to Karachi"
_ROUTE_PAIR = re.compile(rf"\b(?P<a>[A-Z][\w'’]+(?: [A-Z][\w'’]+)?)[-–][A-Z][\w'’]+(?: [A-Z][\w'’]+)?\s+{ROAD_WORDS}\b|"
                         rf"\b{ROAD_WORDS}\s+(?:linking|connecting|between|from)\s+(?P<b>[A-Z][\w'’]+(?: [A-Z][\w'’]+)?)"
                         r"\s+(?:to|and|with)\s+[A-Z]")


def route_end_lookup(text: str, start: int, end: int, gaz, *, country: str | None, sent: int) -> Place | None:
    """The first named end of a road the sentence places its event on, when it names no other
    place: near that town (ACLED: precision 2), inside the story's country when it has one."""
    from .georank import to_place
    from .model import Mention

    m = _ROUTE_PAIR.search(text, start, end)
    if m is None:
        return None
    group = "a" if m.group("a") else "b"
    name = m.group(group)
    towns = [c.entry for c in gaz.search(name) if c.entry.feature == "city"
             and (country is None or c.entry.country_code == country)]
    if not towns:
        return None
    town = max(towns, key=lambda e: e.population)
    mention = Mention(m.start(group), m.end(group), name, "PLACE", "pattern", sent)
    return to_place(mention, town, gaz, confidence=0.6, near=True, reason="an end of the road it happened on")
