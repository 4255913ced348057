"""The candidate readings of one toponym, before ranking (see georank).

Exact folded names and alternate names from the gazetteer; expanded abbreviations ("Mt. Pleasant",
"Loudon Co."); the bare name of "X district", "X city" and of names listed before "counties";
the place a part lies in ("Port of Los Angeles", "Hamilton Township"); a demonym's place; and,
when nothing matches, rapidfuzz variants ("Masjid Soleiman").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gazetteer import DERIVED, PRIMARY, Candidate
from .eventlocation import LANDMARK_WORDS
from .gazetteer_build import fold
from .model import Mention
from .settings import Settings

DIVISION_WORDS = ("province", "state", "region", "governorate", "county", "oblast", "district",
                  "prefecture", "parish", "territory", "department", "emirate", "lga", "local government area")
# (not "the Nkwen neighbourhood of Bamenda": a quarter of the city is coded at it, as ACLED does)
# (not "attacked the suburb of Gressier": the suburb itself; but "the suburbs of Paris", "a suburb of Chicago")
NEAR = re.compile(r"\b(?:near|outskirts of|outside|outside of|suburbs of|an? suburb of|edge of|close to|off the (?:coast|shores?) of|"
                  r"vicinity of|west of|east of|north of|south of|rural areas? of|"
                  # ("about 20 km from the regional capital Bamenda": a point near which it was)
                  r"(?:km|kilomet(?:er|re)s|miles)\s+(?:away\s+)?from(?:\s+the\s+(?:[a-z]+\s+)?(?:capital|city|town))?)"
                  r"\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?$", re.I)
_NAMED_SUBURB = re.compile(r"\b[A-Z][\w'’-]+\s+suburb\s+of\s+$")
# ("outside Istanbul's city hall": a building in the town)
_LANDMARK_AFTER = re.compile(rf"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:{LANDMARK_WORDS})\b")
_SAINT = re.compile(r"^(?:St\.?|Saint|San|Santa|São)\s")
_SAINTS_LANDMARK = re.compile(rf"['’]s?\s+(?:{LANDMARK_WORDS})\b", re.I)
PART_OF = re.compile(r"(?:(?:Town|City|Village|Port|Borough) of|(?:South|North|East|West|Downtown|Central))\s+(.+)$"
                     r"|(.+?)\s+(?:Township|Station|Valley|metro|metro area|area)$")
SETTLEMENT_WORD = re.compile(r"\s(?:city|town|village)$")
CITY_SUFFIX = re.compile(r"\s(?:City|Town)$")
SETTLEMENT_AFTER = re.compile(r"\s+(?:city|town)\b(?!\s+of\b)")  # "in As-Sweida city (As-Sweida)": the city
# "Sagaing region's Kanbalu township", "Borno state": the kind said after the name
# (lower case: "Columbia State", "Wayne State College" are colleges)
DIVISION_AFTER = re.compile(r"\s+(?:province|state|region|governorate|oblast|prefecture)\b(?!\s+(?:capital|of)\b)")
# "the central province of Marib", "the southern city of Juliaca": the kind said before the name
DIVISION_BEFORE = re.compile(r"\b(?:province|governorate|region|state|oblast|department|prefecture) of\s+(?:the\s+)?$")
SETTLEMENT_BEFORE = re.compile(r"\b(?:city|town|village) of\s+(?:the\s+)?$")
THE = re.compile(r"the\s", re.I)
THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
SMALL_TOWN = 10_000
HEAD_END = re.compile(r"\s*(?:$|[.,;:!?)\]\"'’—–]|(?:on|in|at|and|or|of|to|for|from|with|by|as|is|are|was|were|has|"
                      r"have|had|will|would|could|can|but|since|after|before|where|which|that|who|over|into|"
                      r"during|while|when)\b)")
WATER = re.compile(r"\s(?:Sea|Ocean|Gulf|River|Lake|Bay|Strait|Straits|Canal|Creek)$")
# "across the Dnipro river": the name of the water, written with a lowercase head the model leaves out
WATER_AFTER = re.compile(r"\s(?:river|lake|canal|creek|estuary|reservoir)\b")


@dataclass(slots=True)
class Item:
    mention: Mention
    name: str
    division: bool  # "X Province"
    near: bool  # "near X"
    cands: list[Candidate]
    water: bool = False  # "Red Sea", "Neches River": no water bodies in the gazetteer
    qualifier: int | None = None  # index of the mention qualifying this one ("X, Y")
    qualifies: list[int] = field(default_factory=list)  # mentions this one qualifies
    qualifier_in: bool = False  # "X in Y" rather than "X, Y"
    outside: bool = False  # "X in Y" but no reading of X lies in Y
    outside_of: int | None = None  # ... and the index of Y, when a bracket put X in it ("X (Y)")
    listed_holder: bool = False  # Y ends a bracketed list "(X, Y)" whose X lies outside it
    foreign: bool = False  # "Iraq's Kurdistan region" and no reading of Kurdistan lies in Iraq
    settlement: bool = False  # "X city", "X town"
    scores: list[float] = field(default_factory=list)
    best: int = -1
    key: str = ""  # folded name: mentions of one name do not vouch for each other
    nested: set[int] = field(default_factory=set)  # candidates inside/containing another mention's
    close: dict[int, int] = field(default_factory=dict)  # candidate -> other names with a reading nearby
    state_share: dict[int, float] = field(default_factory=dict)  # candidate -> share of other names with a reading in its state



_OWNED = re.compile(r"([A-Z][a-z]+) ([A-Z][a-z]+)$")  # "Indian Kashmir", "Pakistani Kashmir"
_ADMINISTERED = re.compile(r"\b([A-Z][a-z]+)-administered\s+$")


def candidates(text: str, mention: Mention, gaz, settings: Settings) -> Item:
    name = mention.text.strip()
    # "across the Middle East on Friday": a noun with "the" that heads its phrase (not "the Mason
    # County sheriff") is a region or a sea, which the gazetteer lacks, not a small town
    article = bool((THE.match(name) or THE_BEFORE.search(text[max(0, mention.start - 4):mention.start]))
                   and HEAD_END.match(text, mention.end))
    name = re.sub(r"^(?:the|The)\s+", "", name)
    name = re.sub(r"['’]s$", "", name)
    expanded = _expand_abbreviations(name)  # "Mt. Pleasant", "Loudon Co.", "W. Columbia"
    before = text[max(0, mention.start - 30):mention.start]
    named_division = any(expanded.lower().endswith(" " + w) for w in DIVISION_WORDS) or bool(DIVISION_BEFORE.search(before))
    division = named_division or bool(DIVISION_AFTER.match(text, mention.end))
    cands = gaz.search(name) if name not in INITIALISMS else []
    if expanded != name:
        seen = {c.entry.geonameid for c in cands}
        cands += [c for c in gaz.search(expanded) if c.entry.geonameid not in seen]
    # "Hays district", "Hays city": also plain "Hays", unless the full name is a known division
    # ("Columbia County" is not the District of Columbia)
    if (named_division and not any(c.entry.feature in ("admin1", "admin2") for c in cands)) \
            or SETTLEMENT_WORD.search(name):
        bare = name.rsplit(" ", 1)[0]
        seen = {c.entry.geonameid for c in cands}
        cands += [c for c in gaz.search(bare) if c.entry.geonameid not in seen]
    cands += _spaced(name.rsplit(" ", 1)[0] if named_division else name, gaz, {c.entry.geonameid for c in cands})
    if cands and not division and all(c.entry.feature == "admin1" for c in cands):
        cands += _capital_respelt(name, cands, gaz)
    if not cands and CITY_SUFFIX.search(name):
        # "Masaka City", a name GeoNames writes without its "City" (not "Kansas City", which it knows)
        cands = [c for c in gaz.search(name.rsplit(" ", 1)[0]) if c.entry.feature == "city"]
    article = article and not division and not SETTLEMENT_WORD.search(name)  # "the Marjayoun District"
    if article:
        cands = [c for c in cands if not _not_with_the(c)]
    demonym = gaz.demonym(name) if hasattr(gaz, "demonym") else None
    if not cands and demonym is None and (m := PART_OF.match(expanded)):
        # "Town of Groton", "Port of Los Angeles", "South Los Angeles": the place it is part of
        cands = [Candidate(c.entry, DERIVED) for c in gaz.search(m.group(1) or m.group(2))
                 if c.entry.feature in ("city", "admin2") and c.match == PRIMARY]
    owner = _OWNED.match(name) if not cands and demonym is None and hasattr(gaz, "admin1s") else None
    ruler = gaz.demonym(owner.group(1)) if owner else None
    if ruler is not None and ruler.feature == "country":
        # "the Poonch district of Indian Kashmir": the part of the region the named state holds
        cands = [Candidate(e, DERIVED) for e in gaz.admin1s(ruler.country_code) if fold(owner.group(2)) in fold(e.name)]
    if not cands and demonym is None and not article:  # no guessing at a region's spelling
        cands = gaz.fuzzy(name, min_score=settings.fuzzy_min_score)
        best: dict[int, Candidate] = {}
        for c in cands:
            if c.entry.geonameid not in best or c.score > best[c.entry.geonameid].score:
                best[c.entry.geonameid] = c
        cands = list(best.values())
    if demonym is not None and all(c.entry.geonameid != demonym.geonameid for c in cands):
        cands.append(Candidate(demonym, DERIVED))
    administered = _ADMINISTERED.search(before)
    ruler = (gaz.demonym(administered.group(1)) or next((c.entry for c in gaz.search(administered.group(1))
                                                         if c.entry.feature == "country"), None)) if administered else None
    if ruler is not None and hasattr(gaz, "admin1s"):
        # "Pakistan-administered Kashmir", "Indian-administered Kashmir": the part the named state runs
        # (Azad Kashmir, Jammu and Kashmir), not the other side's
        ruled = [c for c in cands if c.entry.country_code == ruler.country_code]
        cands = ruled or [Candidate(e, DERIVED) for e in gaz.admin1s(ruler.country_code) if fold(name) in fold(e.name)]
    if ACRONYM.fullmatch(name):
        # "EU", "UK", "UN" are initialisms, not the towns spelt that way in mixed case (Eu, France)
        cands = [c for c in cands if not (c.entry.feature == "city" and c.match == PRIMARY
                                          and c.entry.name != name)]
    # (not "outside the Turbat press club": a building in the town)
    # (nor "the Lyon suburb of Venissieux": the suburb itself, a town of its own)
    near = bool(NEAR.search(text[max(0, mention.start - 40):mention.start])) \
        and not _LANDMARK_AFTER.match(text, mention.end) \
        and not _NAMED_SUBURB.search(text[max(0, mention.start - 40):mention.start])
    water = WATER.search(name) is not None and not division
    if WATER_AFTER.match(text, mention.end) and not division:
        cands, water = [], True  # the bare name of the water: no town or province meant
    if _SAINT.match(name) and _SAINTS_LANDMARK.match(text, mention.end):
        cands = []  # "St. Peter's Basilica", "St Mark's Square": a landmark named for its saint, no town
    return Item(mention, name, division, near, cands, water, key=fold(name),
                 settlement=SETTLEMENT_WORD.search(name) is not None or CITY_SUFFIX.search(name) is not None
                 or bool(SETTLEMENT_BEFORE.search(before)) or bool(SETTLEMENT_AFTER.match(text, mention.end)))


_ARTICLE_START = re.compile(r"^(?:a[lnrstdz]|ash|adh|ath|el|es|ed|er|en|et|ez)[ -]")


def _capital_respelt(name: str, cands: list[Candidate], gaz) -> list[Candidate]:
    """"SULAIMANI, Iraq": a name known only as a province's, spelt nearly as that province's capital
    is ("As Sulaymaniyah"): also the capital, which a dateline or "the streets of" mean (not
    "Oklahoma", whose capital adds a word to its name)."""
    from rapidfuzz import fuzz

    key = fold(name)
    out = []
    for c in cands:
        cap = gaz.capital_of(c.entry) if hasattr(gaz, "capital_of") else None
        if cap is None or any(d.entry.geonameid == cap.geonameid for d in cands):
            continue
        bare = _ARTICLE_START.sub("", fold(cap.name))
        if bare[:3] == key[:3] and " " not in bare and fuzz.ratio(key, bare) >= 75:
            out.append(Candidate(cap, DERIVED))
    return out


def _spaced(word: str, gaz, seen: set[int]) -> list[Candidate]:
    """The places a one-word name is written as two words ("Musakhel district" for GeoNames'
    "Musa Khel District" in Pakistan, beside an Afghan district whose alternate name is "Musakhel")."""
    if " " in word or len(word) < 7 or not word.isalpha():
        return []
    found = []
    for k in range(3, len(word) - 2):
        for c in gaz.search(f"{word[:k]} {word[k:]}", respell=False):
            if c.entry.geonameid not in seen:
                seen.add(c.entry.geonameid)
                found.append(Candidate(c.entry, DERIVED))
    return found


def _not_with_the(c: Candidate) -> bool:
    """A reading "the X" cannot have: a small town, or a town or county under a shortened name
    ("the Atlantic" is neither Atlantic County nor Atlantic City); "the Hague", "the Bronx",
    "The Dalles" are places."""
    e = c.entry
    if e.feature not in ("city", "admin2") or e.name.lower().startswith("the "):
        return False
    return e.population < SMALL_TOWN or c.match == DERIVED or (e.feature == "admin2" and c.match != PRIMARY)


ABBREVIATIONS = {"Mt.": "Mount", "Mt": "Mount", "St.": "Saint", "Ste.": "Sainte", "Ft.": "Fort", "Pt.": "Point",
                 "Co.": "County", "Twp.": "Township", "W.": "West", "E.": "East", "N.": "North", "S.": "South"}


ACRONYM = re.compile(r"[A-Z]{2,3}")

# initialisms whose folded form is another name ("L.A." folds like "La.", Louisiana)
INITIALISMS = {"L.A.": "Los Angeles", "N.L.": "Newfoundland and Labrador", "B.C.": "British Columbia",
               "N.Y.C.": "New York City", "P.E.I.": "Prince Edward Island"}


def _expand_abbreviations(name: str) -> str:
    if name in INITIALISMS:
        return INITIALISMS[name]
    words = name.split()
    if len(words) < 2:
        return name
    return " ".join(ABBREVIATIONS.get(w, w) for w in words)


LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|to\s+)")
DIVISION_LIST = re.compile(r"\s+(counties|parishes|provinces|governorates|states|districts|regions|prefectures)\b")
DIVISION_LIST_BEFORE = re.compile(r"\b(counties|parishes|provinces|governorates|states|districts|regions|prefectures)\s+of\s+"
                                  r"(?:the\s+)?$")
SINGULAR = {"counties": "County", "parishes": "Parish", "provinces": "Province", "governorates": "Governorate",
            "states": "State", "districts": "District", "regions": "Region", "prefectures": "Prefecture"}


def link_division_lists(text: str, items: list[Item], gaz) -> None:
    """"Jackson and Barrow counties", "Idlib and Hama provinces": every name of the list is a
    division (Jackson County, Georgia; not the city of Jackson, Mississippi)."""
    by_start = {it.mention.start: k for k, it in enumerate(items)}
    for k, it in enumerate(items):
        run, end = [k], it.mention.end
        while (m := LIST_JOIN.match(text, end)) and m.end() in by_start:
            run.append(by_start[m.end()])
            end = items[run[-1]].mention.end
        # ("Idlib and Hama provinces"; "the provinces of Buenos Aires, Cordoba and Santa Fe")
        kind = DIVISION_LIST.match(text, end) or DIVISION_LIST_BEFORE.search(text, max(0, it.mention.start - 30), it.mention.start)
        if len(run) < 2 or not kind:
            continue  # "Indiana counties" are Indiana's
        for j in run:
            item = items[j]
            if item.division or item.water:
                continue
            item.division = True
            seen = {c.entry.geonameid for c in item.cands}
            full = f"{item.name} {SINGULAR[kind.group(1)]}"
            item.cands += [c for c in gaz.search(full) if c.entry.geonameid not in seen]
            if kind.group(1) in ("provinces", "governorates", "states", "regions") \
                    and not any(c.entry.feature == "admin1" for c in item.cands):
                # "Hodeidah and Saada provinces" with no "Hodeidah Province" known: the province whose
                # seat the name reads as, under the province's own name ("Al Hudaydah")
                item.cands += [Candidate(a, c.match, c.score) for c in list(item.cands) if c.entry.feature == "city"
                               and (a := gaz.admin1_of(c.entry)) is not None and a.geonameid not in seen
                               and fold(a.name) == fold(c.entry.name)]

