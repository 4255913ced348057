"""Rank gazetteer candidates for the toponyms of one document; return Places or explicit no-matches.

Candidates come from exact folded names, alternate names, derived names ("Mahshahr" for
"Bandar-e Mahshahr") and, when nothing matches, rapidfuzz variants ("Masjid Soleiman").
Each candidate gets a score from features that matter in news:
- population (log) and feature class (a country name almost always means the country);
- how it matched (primary name > alternate > derived > fuzzy);
- containment in the countries and provinces the article names, with its dateline country;
- the "X, Y" qualifier ("Paris, Texas", "Masjid Soleiman, southwest Iran"), nearly binding;
- "X Province" (wants a first-level division) and a city sharing a province's name (the city);
- distance to the other places of the document (second pass).
The best candidate becomes the Place; a missing or weak one becomes an explicit no-match.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping

from .geo import km as _km
from .gazetteer_build import fold, without_article
from .gazetteer import ALTERNATE, DERIVED, FUZZY, PRIMARY, Candidate, Entry
from .model import Mention, Place, Span
from .settings import Settings
from .eventlocation import HOLDER_CONFIDENCE, HOLDER_NEAR_KM
from .georank_names import Item, candidates, link_division_lists

QUALIFIER = re.compile(
    r"(?:\s*(?:,|\(|\bin)|\s+(?:local government area|LGA|district|county|municipality)\s+(?:of|in)|"
    # ("the Salah al-Din area of southern Tripoli": a part of the city)
    r"\s+(?:area|neighbou?rhood|quarter|suburb)\s+of|"
    r"\s+(?:sub-?district|district|governorate|province|area)\s*\()"
    r"\s*(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|"
    r"western|north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?)\s+)?(?:rural\s+)?",
    re.I)
_UNKNOWN_LISTED = re.compile(r"\s+and\s+[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}(?=\s+in\s)")
OWNER_GAP = re.compile(r"['’]s\s+(?:(?:(?:north|south)?-?(?:east|west)?(?:ern)?|central|far|semi-autonomous|autonomous|"
                       r"restive|remote|coastal|border|mountainous|oil-rich|southern|northern|eastern|western)\s+){0,2}"
                       r"(?:(?:province|region|state|governorate|district|county|city|town|village) of\s+)?$")
THE_COUNTRYS = re.compile(r"\bthe country['’]s\s+(?:(?:(?:north|south)?-?(?:east|west)?(?:ern)?|central|far)\s+)?$", re.I)
# Weights set by hand on LGL (local US news); GeoWebNews and GeoVirus are reported as unseen.
W_COUNTRY = 5.0  # times the share of the document's country evidence
W_NATIONAL_CAPITAL = 1.0  # news names capitals more than their homonyms (fitted on LGL: 73.9 -> 74.3)
W_ADMIN1 = 3.0  # a city or county inside a province/state the article names
W_ADMIN1_MINOR = 2.0  # ... less for a state named less than the most named one (fitted among 0-3)
W_PICKED_ADMIN1 = 1.0  # ... or inside the state of another confidently resolved place
PICKED_CAP = 2  # ... per other name picked there, at most this many (fitted on LGL among 1-3)
_FAR_DEGREES = 10.0  # of latitude: over 1,100 km, the last proximity band's limit is 1,000 km
W_PROXIMITY = ((50.0, 3.0), (150.0, 2.0), (400.0, 1.0), (1000.0, 0.5))  # km to nearest other place
W_NESTED = 2.0  # a town whose county the article names, and that county
W_CLOSE = 1.5  # per other name (at most two) with a reading within CLOSE_KM of this one
CLOSE_KM = 50.0
W_SHORT_DIVISION = 2.0  # a division under another name ("Columbia") that a big city bears (fitted among 0-4)
W_STATE_SHARE = 1.0  # times the share of the other names with a reading in this reading's state
STATE_SHARE = 0.75  # ... when at least this share (fitted on LGL: 0.5-1.0, weight 1-3)
PICK_MARGIN = 1.0  # a pick this far ahead of its runner-up lends its state and point (fitted among 0-2)
W_GROUP = 1.0  # a country vote per single-country group named (actors.json "home"; not fitted)
W_FOCUS = 4.0  # times the share of the source's other documents with places in this reading's state
W_FOCUS_HOME = 4.0  # times the share of the source's other documents in its home country (when no
# state is its beat; as W_FOCUS: 3 did not move a Lebanese outlet's "Tripoli" on ACLED's train split)
W_FOCUS_COUNTRY = 1.0  # ... and in its country (source_focus.py; fitted on LGL, checked on half its sources)
CELL = 1.0  # degrees: the grid that finds close readings
W_OUTSIDE = 5.0  # "X in Y" where no reading of X lies in Y
W_NEAR_COUNTRY = 1.5  # times the share of a named country whose point is within NEAR_KM
NEAR_KM = 300.0
W_WATER = 5.0  # a name ending in Sea/River/Lake... read as a town or province
CITY_OVER_PROVINCE = 50_000  # an alternate-name city this big beats the province named like it
NAMESAKE_SHARE = 10  # a namesake a tenth of a province's size keeps it from seeding the context
SMALL_ABROAD = 10_000  # a town this small, matched by another spelling ...
MINOR_SHARE = 0.25  # ... in a country with less than this share of the report's other evidence (not fitted)
MATCH_PENALTY = {PRIMARY: 0.0, ALTERNATE: 1.0, DERIVED: 1.5, 3: 2.0}
FEATURE_BONUS = {"country": 4.0, "continent": 3.0, "admin1": 0.5, "admin2": 0.0, "city": 0.0}  # admin1 fitted on LGL among 0-1.5


@dataclass(slots=True)
class _Context:
    countries: Counter = field(default_factory=Counter)
    admin1: Counter = field(default_factory=Counter)
    own: dict[str, Counter] = field(default_factory=dict)  # name key -> its votes in `countries`
    views: dict[str, tuple] = field(default_factory=dict)  # name key -> others' votes, total, points
    demonyms: set[str] = field(default_factory=set)  # demonyms that have voted
    maybe_admin1: Counter = field(default_factory=Counter)  # "Georgia": the state, if the article is in the US
    # (country, admin1) -> mentions whose confident pick lies there (rebuilt every pass)
    picked_admin1: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    points: list[tuple[str, float, float]] = field(default_factory=list)  # (name key, lat, lon)
    # (lat, lon) -> [(item, km)] to every point: candidates recur across mentions of one name
    distances: dict[tuple[float, float], list[tuple[int, float]]] = field(default_factory=dict)
    focus: Mapping[tuple[str, str], float] = field(default_factory=dict)  # the source's usual states
    focus_countries: Counter = field(default_factory=Counter)
    home_country: tuple[str, float] = ("", 0.0)  # the source's country, with the share of its documents there


def resolve_mentions(text: str, mentions: list[Mention], gaz, *, settings: Settings,
                     anchor: Span | None = None,
                     focus: Mapping[tuple[str, str], float] | None = None,
                     groups: Mapping[str, int] | None = None) -> list[Place]:
    """One Place per mention, in the given order. `focus`: the states (country, admin1 code)
    where the source's other documents report from, with their share (source_focus.py).
    `groups`: country code -> single-country armed or political groups the text names."""
    items = [candidates(text, m, gaz, settings) for m in mentions]
    link_division_lists(text, items, gaz)
    _link_qualifiers(text, items, gaz)
    _link_counties(items, gaz)
    _link_neighbours(items)
    _link_states(items)
    ctx = _Context()
    _set_focus(ctx, focus or {})
    if anchor is not None and anchor.text:
        # ("Gopalganj, Oct 29 - supporters of the Awami League ...": Bangladesh's Gopalganj, not India's)
        votes = groups or {}
        for cand in sorted(_anchorcandidates(anchor.text, gaz), key=lambda c: -votes.get(c.entry.country_code, 0))[:1]:
            ctx.countries[cand.entry.country_code] += 2.0
        # ("LA PAZ, Bolivia, Jan. 6 -": the country the dateline names after its town)
        named = [c for c in gaz.search(anchor.text.rsplit(",", 1)[1].strip()) if c.entry.feature == "country"] \
            if "," in anchor.text else []
        for cand in named[:1]:
            ctx.countries[cand.entry.country_code] += 2.0
    for country, n in (groups or {}).items():
        ctx.countries[country] += W_GROUP * min(n, 2)  # "pro-Houthi forces ... (Khabb, Al Jawf)": Yemen's Al Jawf
    for item in items:
        _seed_context(item, ctx)
    home = ctx.countries.most_common(1)[0][0] if ctx.countries else None
    for item in items:
        if home and THE_COUNTRYS.search(text, max(0, item.mention.start - 40), item.mention.start):
            # "near Diapaga in the country's East region" in a story from Burkina Faso: its East, or
            # no reading at all (not Cameroon's East)
            item.cands = [c for c in item.cands if c.entry.country_code == home]
    if ctx.maybe_admin1 and ctx.countries:
        top = ctx.countries.most_common(1)[0][0]
        for key, n in ctx.maybe_admin1.items():
            if key[0] == top:
                ctx.admin1[key] += n
    for _ in range(2):
        for k, item in enumerate(items):
            _score(k, item, items, ctx, gaz)
        if anchor is not None:
            _as_dateline(items, anchor)
        ctx = _picked_context(items, ctx)
    return [_place(item, items, gaz, settings, ctx) for item in items]


def _as_dateline(items: list[Item], anchor: Span) -> None:
    """"BUENOS AIRES - Farmers blocked roads ... in Buenos Aires, Cordoba and Santa Fe": the dateline's
    name told again is the dateline's place (not a Mexican village near a Mexican Cordoba), unless
    the text makes it a division."""
    filed = next((it for it in items if anchor.start <= it.mention.start < anchor.end and it.best >= 0), None)
    if filed is None or filed.cands[filed.best].entry.feature != "city":
        return  # (a dateline read as a province says less: "VAN" then "the eastern city of Van")
    place = filed.cands[filed.best].entry
    for item in items:
        if item is filed or item.key != filed.key or item.division or item.best < 0:
            continue
        same = next((n for n, c in enumerate(item.cands) if c.entry.geonameid == place.geonameid), None)
        if same is not None and same != item.best:
            item.scores[same] = item.scores[item.best] + 1.0
            item.best = same


def _set_focus(ctx: _Context, focus: Mapping[tuple[str, str], float]) -> None:
    ctx.focus = focus
    for (country, admin1), share in focus.items():
        if admin1:
            ctx.focus_countries[country] = max(ctx.focus_countries[country], share)
        else:
            ctx.home_country = (country, share)


def _anchorcandidates(name: str, gaz) -> list[Candidate]:
    # a dateline names a country or a town: a province of the name ranks as a town does ("SANTIAGO"
    # is Chile's capital before the Dominican province of Santiago)
    def rank(c: Candidate) -> tuple:
        bonus = FEATURE_BONUS[c.entry.feature] if c.entry.feature in ("country", "continent") else 0.0
        return -bonus, c.match, -c.entry.population
    return sorted(gaz.search(name), key=rank)


def _link_qualifiers(text: str, items: list[Item], gaz) -> None:
    """"Paris, Texas": the second mention qualifies the first when it directly follows it."""
    by_start = {it.mention.start: k for k, it in enumerate(items)}
    for k, it in enumerate(items):
        m = QUALIFIER.match(text, it.mention.end)
        listed = _UNKNOWN_LISTED.match(text, it.mention.end) if not (m and m.end() in by_start) else None
        if listed and listed.end() not in by_start:
            # "Kafr Nabl and Hass in southern Idleb", Hass unknown: the province holds the list
            m = QUALIFIER.match(text, listed.end())
        if m and m.end() > it.mention.end and m.end() in by_start and by_start[m.end()] != k:
            j = by_start[m.end()]
            # a list ("Mahshahr, Tehran, Shiraz") is not a qualifier: require containment
            # ("Yathrib subdistrict (Salah al-Din)": a bracket holds what it follows, as "in" does)
            words = m.group(0).lower().split()
            part_of = any(w in words for w in ("area", "neighborhood", "neighbourhood", "quarter", "suburb"))
            # ("(Al Qahirah, Taizz)": a bracket's list names a district, then the province holding it)
            bracketed = text[max(0, it.mention.start - 1):it.mention.start] == "(" and m.group(0).strip() == ","
            inside = "in" in words or "(" in m.group(0) or part_of or bracketed
            outer = _regions(items[j], gaz, inside)
            last = _bracket_last(text, items, j, by_start) if "(" in m.group(0) else None
            if last is not None and not any(_contains(o, c.entry) for o in outer for c in it.cands) \
                    and any(_contains(o, c.entry) for o in _regions(items[last], gaz, True) for c in it.cands):
                # "Taiz city (Al Qahirah, Taizz)", Al Qahirah read as Cairo: the bracket's province holds it
                j = last
                outer = _regions(items[j], gaz, True)
            if any(_contains(o, c.entry) for o in outer for c in it.cands):
                it.qualifier = j
                it.qualifier_in = inside
                items[j].qualifies.append(k)
            elif (inside or (it.cands and all(c.match == FUZZY for c in it.cands))) and outer and not items[j].water \
                    and not (part_of and _unsure(items[j])):
                # (a part of a place read only by a near spelling, or of a "region" read as a town, says
                # nothing of where the part lies)
                # "Bara in Idleb" and no Bara in Idlib: not the Sudanese one; "Matuguinao, Samar", only a
                # near spelling known and none of it in Samar: not Central Luzon's Maguinao
                it.outside = True
                it.outside_of = j if "(" in m.group(0) or bracketed else None  # a bracket states where it lies
                items[j].listed_holder = items[j].listed_holder or bracketed
    by_end = {it.mention.end: k for k, it in enumerate(items)}
    for k, it in enumerate(items):
        # "Iraq's Kurdistan region", "Syria's southern province of Sweida": the country that owns the place
        m = OWNER_GAP.search(text, max(0, it.mention.start - 60), it.mention.start)
        j = by_end.get(m.start()) if m else None
        if j is None or j == k or it.qualifier is not None:
            continue
        owners = [c.entry for c in items[j].cands if c.entry.feature == "country" and c.match == PRIMARY]
        if not owners or any(c.entry.feature == "country" for c in it.cands):
            continue
        if any(_contains(o, c.entry) for o in owners for c in it.cands):
            it.qualifier, it.qualifier_in = j, True
            items[j].qualifies.append(k)
        else:
            it.outside = it.foreign = True
    foreign = {c.entry.geonameid for it in items if it.foreign for c in it.cands}
    astray = {c.entry.geonameid for it in items if it.outside for c in it.cands}
    for it in items:  # ("The Kurdistan region's interior ministry" later: the same place, read the same way;
        # "near Boni in Mali's Mopti region", then "between Boni and Hombori": not Bonn either)
        if astray and it.cands and it.qualifier is None and all(c.entry.geonameid in astray for c in it.cands):
            it.outside = True
            it.foreign = it.foreign or all(c.entry.geonameid in foreign for c in it.cands)


def _bracket_last(text: str, items: list[Item], j: int, by_start: dict[int, int]) -> int | None:
    """The last place of a bracketed list whose first place is items[j] ("(Al Qahirah, Taizz)": Taizz)."""
    k = j
    while (sep := _LIST_COMMA.match(text, items[k].mention.end)) and sep.end() in by_start:
        k = by_start[sep.end()]
    return k if k != j and text.startswith(")", items[k].mention.end) else None


_LIST_COMMA = re.compile(r",\s*")


def _unsure(item: Item) -> bool:
    return all(c.match == FUZZY for c in item.cands) or (
        item.division and not any(c.entry.feature in ("country", "admin1", "admin2") for c in item.cands))


def _regions(item: Item, gaz, inside: bool) -> list[Entry]:
    """Country and province readings of a qualifier; after "in" also the province of a city
    reading ("Bara in Idleb": Idleb may be only a city in the gazetteer)."""
    out = [c.entry for c in item.cands if c.entry.feature in ("country", "admin1")]
    if hasattr(gaz, "admin1_of"):  # a province GeoNames holds as a second-level division ("Samar"): its region
        seen = {e.geonameid for e in out}
        for a1 in (gaz.admin1_of(c.entry) for c in item.cands if c.entry.feature == "admin2" and c.match != FUZZY):
            if a1 is not None and a1.geonameid not in seen:
                seen.add(a1.geonameid)
                out.append(a1)
    if inside and hasattr(gaz, "admin1_of"):
        seen = {e.geonameid for e in out}
        for c in item.cands:
            a1 = gaz.admin1_of(c.entry) if c.entry.feature == "city" else None
            if a1 is not None and a1.geonameid not in seen:
                seen.add(a1.geonameid)
                out.append(a1)
    return out


def _link_counties(items: list[Item], gaz) -> None:
    """"Paris ... Henry County": a town and its county named in one article mark each other
    (Paris, Tennessee lies in Henry County, Tennessee; Paris, Texas in no Henry County)."""
    if not hasattr(gaz, "admin2_of") or len(items) < 2:
        return
    counties: dict[int, list[tuple[int, int]]] = {}
    for k, item in enumerate(items):
        for n, c in enumerate(item.cands):
            if c.entry.feature == "admin2" and c.match <= ALTERNATE:
                counties.setdefault(c.entry.geonameid, []).append((k, n))
    if not counties:
        return
    for k, item in enumerate(items):
        # "Youngstown" is an old alternate name of Mount Gilead, in the Morrow County the article
        # names: an alternate reading does not nest where a primary reading lies in its state
        primary = {(c.entry.country_code, c.entry.admin1_code) for c in item.cands if c.match == PRIMARY}
        for n, c in enumerate(item.cands):
            if c.entry.feature != "city" or c.match > ALTERNATE:
                continue
            if c.match == ALTERNATE and (c.entry.country_code, c.entry.admin1_code) in primary:
                continue
            county = gaz.admin2_of(c.entry)
            for j, m in counties.get(county.geonameid, ()) if county is not None else ():
                if fold(items[j].name) != fold(item.name):
                    item.nested.add(n)
                    items[j].nested.add(m)


def _link_neighbours(items: list[Item]) -> None:
    """"New London ... Mt. Pleasant ... Winfield": small towns named together usually lie together;
    each reading counts the other names of the article with a reading within CLOSE_KM."""
    keys = [fold(it.name) for it in items]
    if len(set(keys)) < 2:
        return
    cells: dict[tuple[int, int], list[tuple[str, float, float]]] = {}
    seen = set()
    for key, item in zip(keys, items):
        for c in item.cands:
            e = c.entry
            if e.feature in ("city", "admin2") and c.match == PRIMARY and (key, e.geonameid) not in seen:
                seen.add((key, e.geonameid))
                cells.setdefault((int(e.latitude // CELL), int(e.longitude // CELL)), []).append(
                    (key, e.latitude, e.longitude))
    for key, item in zip(keys, items):
        for n, c in enumerate(item.cands):
            e = c.entry
            if e.feature not in ("city", "admin2") or c.match != PRIMARY:
                continue  # "Jerusalem" is an old alternate name of Funkstown, Maryland
            y, x = int(e.latitude // CELL), int(e.longitude // CELL)
            names = {other for dy in (-1, 0, 1) for dx in (-1, 0, 1) for other, lat, lon in cells.get((y + dy, x + dx), ())
                     if other != key and _km(e.latitude, e.longitude, lat, lon) < CLOSE_KM}
            if names:
                item.close[n] = len(names)


def _link_states(items: list[Item]) -> None:
    """"Columbus ... Hagerstown ... New Castle": the state that holds a reading of most of the
    article's other names (Indiana holds all three) is likely the article's state."""
    keys = [it.key for it in items]
    distinct = set(keys)
    if len(distinct) < 3:
        return
    holders: dict[tuple[str, str], set[str]] = {}
    for key, item in zip(keys, items):
        for c in item.cands:
            e = c.entry
            if e.feature in ("city", "admin2", "admin1") and c.match == PRIMARY and e.admin1_code:
                holders.setdefault((e.country_code, e.admin1_code), set()).add(key)
    for key, item in zip(keys, items):
        if any(c.entry.feature == "admin1" and c.match == PRIMARY for c in item.cands):
            continue  # "Kansas" is the state, not the town in Illinois
        others = len(distinct) - 1
        for n, c in enumerate(item.cands):
            e = c.entry
            if e.feature in ("city", "admin2"):
                share = len(holders.get((e.country_code, e.admin1_code), set()) - {key}) / others
                if share >= STATE_SHARE:
                    item.state_share[n] = share


def _vote(ctx: _Context, item: Item, country: str, weight: float) -> None:
    ctx.countries[country] += weight
    ctx.own.setdefault(item.key, Counter())[country] += weight


def _seed_context(item: Item, ctx: _Context) -> None:
    """Countries and provinces the article names unambiguously."""
    if item.water:
        return  # "Red Sea" says nothing about Sudan
    if item.settlement:
        return  # "Amara city": not the Amhara region, and maybe a city the gazetteer spells otherwise
    if item.mention.label == "DEMONYM" and item.key in ctx.demonyms:
        return  # "a Palestinian ... the Palestinian": people, counted once, say little about where
    if item.mention.label == "DEMONYM":
        ctx.demonyms.add(item.key)
    primary = [c for c in item.cands if c.match == PRIMARY]
    abbreviated = [c for c in item.cands if c.entry.feature == "admin1" and c.match == ALTERNATE]
    if item.name.endswith(".") and len(abbreviated) == 1:
        # "Calif.", "Ind.", "Mont.": a state abbreviation names the state like its full name
        e = abbreviated[0].entry
        ctx.admin1[(e.country_code, e.admin1_code)] += 1.0
        _vote(ctx, item, e.country_code, 0.5)
        return
    codes = {c.entry.country_code for c in item.cands}
    if len(codes) == 1 and "" not in codes:
        # every reading of the name lies in one country: a vote for all of them alike, so the
        # name keeps it ("Sehitkamil")
        ctx.countries[codes.pop()] += 0.5
    countries = [c for c in primary if c.entry.feature == "country"]
    admin1 = [c for c in primary if c.entry.feature == "admin1"]
    if countries:
        # "Georgia" is also a US state: such a name does not vote for its country, and names
        # the state only in an article whose other places lie in the state's country
        if not admin1:
            _vote(ctx, item, countries[0].entry.country_code, 1.0)
        elif len(admin1) == 1 and admin1[0].entry.country_code != countries[0].entry.country_code:
            e = admin1[0].entry  # not "Mexico" the state in a Mexican story
            ctx.maybe_admin1[(e.country_code, e.admin1_code)] += 1.0
        return
    # "Tehran" names the city far more often than the province: a province seeds the context
    # unless a same-named city lies inside it or a namesake elsewhere is a tenth of its size
    # ("Gaza", "Hanover"; "Virginia" seeds: its namesakes are small towns)
    free = [a.entry for a in admin1 if not any(_shadows(c, a.entry) for c in item.cands)]
    if len(admin1) == 1 and free:
        e = free[0]
        ctx.admin1[(e.country_code, e.admin1_code)] += 1.0
        _vote(ctx, item, e.country_code, 0.5)
    elif len(admin1) > 1:
        for e in free:  # "Montana" is also a Bulgarian province: the state in an American story
            ctx.maybe_admin1[(e.country_code, e.admin1_code)] += 1.0


SHORT_NAME_SHARE = 0.25  # a city called "X City" stands for "X" only when it is much of the state X (cities500 sums)


def _shadows(c: Candidate, admin1: Entry) -> bool:
    e = c.entry
    if e.feature == "city" and c.match == PRIMARY and _contains(admin1, e):
        return True
    return e.feature in ("city", "admin2") and c.match <= ALTERNATE and not _contains(admin1, e) \
        and e.population * NAMESAKE_SHARE >= admin1.population


SEAT_KM = 30.0  # a district named after its town has its point this near it


def _score(k: int, item: Item, items: list[Item], ctx: _Context, gaz) -> None:
    # "Jordan" (the country or a Minnesota town) must not vote for its own country reading
    view = ctx.views.get(item.key)
    if view is None:
        others = ctx.countries - ctx.own[item.key] if item.key in ctx.own else ctx.countries
        total = sum(others.values()) or 1.0
        points = [(w / total, c.latitude, c.longitude) for cc, w in others.items()
                  if w > 0 and (c := gaz.country(cc)) is not None]
        view = ctx.views[item.key] = (others, total, points)
    countries, total, country_points = view
    # "Hays district (Al Hudaydah)": any region reading of the qualifier may contain the place
    outer = _regions(items[item.qualifier], gaz, item.qualifier_in) if item.qualifier is not None else []
    inner = [c.entry for j in item.qualifies for c in items[j].cands]
    # ("Kyauk Yit village (Pale, Sagaing)", Pale known only abroad: the bracket still ends in the province)
    held = not inner and item.listed_holder
    # "Basra": a city (also under an alternate spelling, "Basrah") named like its province
    # (not "Oklahoma", a short name of Oklahoma City, a fifth of its state's summed population: the
    # state is named; but "New York", over a quarter of it, is the city)
    state_pop = {(c.entry.country_code, c.entry.admin1_code): c.entry.population for c in item.cands
                 if c.entry.feature == "admin1"}
    city_admin1 = {(c.entry.country_code, c.entry.admin1_code) for c in item.cands
                   if c.entry.feature == "city" and (c.match == PRIMARY or (
                       # ("Diwaniyah" bare: GeoNames' "Al Diwaniyah", the capital of the province also called
                       # so; not "the countryside of Ar-Raqqa", written with its article as the province is)
                       (c.match == ALTERNATE or c.match == DERIVED and c.entry.feature_code in ("PPLA", "PPLC")
                        and " " not in item.name and "-" not in item.name)
                       and c.entry.population >= CITY_OVER_PROVINCE
                       and not (c.entry.name.lower().startswith(item.name.lower() + " city") and c.entry.population
                                < SHORT_NAME_SHARE * state_pop.get((c.entry.country_code, c.entry.admin1_code), 0))))}
    water = item.water
    # "Kansas" in a paper from Illinois is still the state, not the Illinois town
    focus = not any(c.match == PRIMARY and c.entry.feature == "admin1" and c.entry.country_code in ctx.focus_countries
                    for c in item.cands)
    # "Columbia" is a short name of the District of Columbia, but the city in South Carolina
    big_city = {c.entry.country_code for c in item.cands
                if c.entry.feature == "city" and c.match == PRIMARY and c.entry.population >= CITY_OVER_PROVINCE}
    # "the Marjayoun District" with no division of that name known: the town it is named after
    # (one reading only, by its own name: not "the eastern Shaab district" of Baghdad read as an Israeli town)
    seat_only = item.division and len(item.cands) == 1 and item.cands[0].match == PRIMARY \
        and item.cands[0].entry.feature == "city"
    towns = [c.entry for c in item.cands if c.entry.feature == "city"]
    scores = []
    for i, c in enumerate(item.cands):
        e = c.entry
        s = math.log10(e.population + 1) + FEATURE_BONUS[e.feature] - MATCH_PENALTY[c.match]
        if c.match == 3:
            s -= (100.0 - c.score) / 5.0
        if e.feature_code in ("PPLA", "PPLC"):
            s += 0.5
        if e.feature_code == "PPLC":
            s += W_NATIONAL_CAPITAL
        s += W_COUNTRY * countries.get(e.country_code, 0.0) / total
        if e.feature in ("city", "admin2", "admin1"):
            s += _admin1_bonus(item.key, (e.country_code, e.admin1_code), ctx)
            s += W_FOCUS * ctx.focus.get((e.country_code, e.admin1_code), 0.0) if focus else 0.0
        if e.feature != "country" and focus:
            s += W_FOCUS_COUNTRY * ctx.focus_countries.get(e.country_code, 0.0)
            s += W_FOCUS_HOME * ctx.home_country[1] if e.country_code == ctx.home_country[0] else 0.0
        if outer:
            s += 6.0 if any(_contains(o, e) for o in outer) else -3.0
        elif item.outside and e.feature != "country":
            s -= W_OUTSIDE
        if inner and e.feature in ("country", "admin1") and any(_contains(e, i) for i in inner) or held and e.feature == "admin1":
            s += 2.0  # the qualifier of "Hays district (Al Hudaydah)" is the province
        if water and e.feature != "continent":
            # no seas or rivers in the gazetteer: "Red Sea" is not the Sudanese state unless
            # the article is about Sudan ("Fall River" is a town in a Massachusetts story)
            s -= W_WATER if countries.get(e.country_code) else 2 * W_WATER
        s += _near_countries(e, countries, country_points)
        if item.division and not seat_only:
            s += 5.0 if e.feature in ("admin1", "admin2") else -3.0
        elif item.settlement and e.feature in ("admin1", "admin2"):
            # "Amara city" is not the Amhara region; "the town of Maarat al-Numan" is the town, not
            # the more populous district named after it
            s -= 9.0 if towns else 3.0
        elif e.feature == "admin2" and c.match == DERIVED and any(
                t.country_code == e.country_code and t.admin1_code == e.admin1_code
                and _km(t.latitude, t.longitude, e.latitude, e.longitude) < SEAT_KM for t in towns):
            s -= 6.0  # "Maarat al-Numan": the town (even with no population given), not the district named after it
        elif e.feature in ("admin1", "admin2") and (e.country_code, e.admin1_code) in city_admin1 \
                and not any(_contains(e, i) for i in inner) and not held:
            # "Isfahan": the city, not the province of the same name; but in "Rochester, New York"
            # or "Kashan, Isfahan" the qualifier is the division that holds the place
            s -= 4.0
        elif e.feature == "admin1" and c.match in (ALTERNATE, DERIVED) and e.country_code in big_city:
            s -= W_SHORT_DIVISION
        s += _proximity(item.key, e, ctx)
        if i in item.nested:
            s += W_NESTED
        s += W_CLOSE * min(2, item.close.get(i, 0))
        s += W_STATE_SHARE * item.state_share.get(i, 0.0)
        scores.append(s)
    item.scores = scores
    item.best = max(range(len(scores)), key=scores.__getitem__) if scores else -1


def _admin1_bonus(name: str, key: tuple[str, str], ctx: _Context) -> float:
    """A state the article names (less for a state named less often: "Indiana" five times and
    "Kentucky" once put Boone County in Indiana), else the state of other confident picks."""
    named = ctx.admin1.get(key, 0.0)
    if named:
        top = max(ctx.admin1.values())
        return W_ADMIN1 - W_ADMIN1_MINOR * (1.0 - named / top)
    picked = len(ctx.picked_admin1.get(key, set()) - {name})
    return W_PICKED_ADMIN1 * min(PICKED_CAP, picked)


def _near_countries(e: Entry, countries: Counter, points: list[tuple[float, float, float]]) -> float:
    """A place of an unnamed country next to a named one ("Gaza" in an article about Israel)."""
    if e.feature == "country" or not e.country_code or countries.get(e.country_code):
        return 0.0
    best = 0.0
    for share, lat, lon in points:
        # 3 degrees of latitude exceed NEAR_KM: skip the haversine for most pairs
        if share > best and abs(e.latitude - lat) < 3.0 and _km(e.latitude, e.longitude, lat, lon) < NEAR_KM:
            best = share
    return W_NEAR_COUNTRY * best


def _contains(outer: Entry, inner: Entry) -> bool:
    if outer.feature == "country":
        return inner.country_code == outer.country_code and inner.feature != "country"
    if outer.feature == "admin1":
        return (inner.country_code, inner.admin1_code) == (outer.country_code, outer.admin1_code) \
            and inner.feature in ("city", "admin2")
    return False


def _proximity(name_key: str, e: Entry, ctx: _Context) -> float:
    """Closeness to the other names' confident picks (a second mention of the same name is no other)."""
    if e.feature not in ("city", "admin2", "admin1") or not ctx.points:
        return 0.0
    key = (e.latitude, e.longitude)
    dists = ctx.distances.get(key)
    if dists is None:
        # (a degree of latitude is 111 km: points 10 degrees apart are beyond every proximity band)
        dists = ctx.distances[key] = [(j, _km(e.latitude, e.longitude, lat, lon) if abs(e.latitude - lat) < _FAR_DEGREES
                                       else 1e9) for j, lat, lon in ctx.points]
    best = min((km for other, km in dists if other != name_key), default=1e9)
    for limit, bonus in W_PROXIMITY:
        if best < limit:
            return bonus
    return 0.0


def _picked_context(items: list[Item], old: _Context) -> _Context:
    ctx = _Context(Counter(old.countries), Counter(old.admin1), {k: Counter(v) for k, v in old.own.items()},
                   focus=old.focus, focus_countries=old.focus_countries, home_country=old.home_country)
    for k, item in enumerate(items):
        if item.best < 0 or item.water:
            continue
        e = item.cands[item.best].entry
        # ("the Maden district of Elazig": the province and its capital, close in score, are one
        # state and nearly one point whichever is meant)
        if e.feature in ("city", "admin2", "admin1") and (_margin(item) > PICK_MARGIN or (
                _margin(item, elsewhere=True) > PICK_MARGIN)):
            ctx.picked_admin1.setdefault((e.country_code, e.admin1_code), set()).add(item.key)
            _vote(ctx, item, e.country_code, 0.5)
            ctx.points.append((item.key, e.latitude, e.longitude))
    return ctx


def _margin(item: Item, elsewhere: bool = False) -> float:
    """How far the pick leads its runner-up (with `elsewhere`, the best reading in another state)."""
    if elsewhere:
        best = item.cands[item.best].entry
        state = (best.country_code, best.admin1_code)
        others = [s for c, s in zip(item.cands, item.scores) if (c.entry.country_code, c.entry.admin1_code) != state]
        return item.scores[item.best] - max(others) if others else 10.0
    ranked = sorted(item.scores, reverse=True)
    return ranked[0] - ranked[1] if len(ranked) > 1 else 10.0


def _confidence(item: Item) -> float:
    """Margin over the runner-up (sigmoid) x match quality x plausibility of the winner itself."""
    ranked = sorted(item.scores, reverse=True)
    margin = ranked[0] - ranked[1] if len(ranked) > 1 else 6.0
    share = 1.0 / (1.0 + math.exp(-margin)) * min(1.0, max(0.0, ranked[0]) / 6.0)
    c = item.cands[item.best]
    quality = {PRIMARY: 1.0, ALTERNATE: 0.9, DERIVED: 0.8, 3: c.score / 100.0 * 0.8}[c.match]
    return round(share * quality, 3)


def _place(item: Item, items: list[Item], gaz, settings: Settings, ctx: _Context) -> Place:
    ground = _NATIONAL_GROUND.fullmatch(item.mention.text)
    country = gaz.demonym(ground.group(1)) if ground is not None and hasattr(gaz, "demonym") else None
    if country is not None and country.feature == "country":
        # "fired rockets into Thai territory": the country's own ground (not Alor Setar, known also as "Thai")
        return to_place(item.mention, country, gaz, confidence=0.9, reason="the ground of the country its people name")
    if item.best < 0:
        return Place(item.mention, reason="no gazetteer entry for this name")
    c = item.cands[item.best]
    others = ctx.countries - ctx.own[item.key] if item.key in ctx.own else ctx.countries
    # (a name whose readings all lie in one country gave that country half a vote itself)
    itself = 0.5 if len({x.entry.country_code for x in item.cands}) == 1 else 0.0
    elsewhere = sum(v for cc, v in others.items() if cc != c.entry.country_code)
    if c.match == 3 and elsewhere >= 1.0 and others.get(c.entry.country_code, 0.0) <= itself:
        # "Al Jadair area ... (Khabb wa ash Shaaf, Al Jawf)" is not Algiers: a guessed spelling
        # abroad, while the report's other evidence lies in other countries
        return Place(item.mention, reason=f"near spelling {c.entry.name} ({c.entry.country_code}) outside "
                                          "the report's countries")
    e = c.entry
    holder = items[item.outside_of] if item.outside_of is not None else None
    held_by = holder.cands[holder.best].entry if holder is not None and holder.best >= 0 else None
    # (not a town a few kilometres across a line from its holder: "Al Ram (Jerusalem)", Ar Ram in the West Bank)
    if holder is not None and holder.best >= 0 and holder.cands[holder.best].match != FUZZY and e.feature != "country" \
            and _confidence(holder) >= HOLDER_CONFIDENCE and held_by.country_code != e.country_code \
            and not (held_by.feature == "city" and _km(held_by.latitude, held_by.longitude, e.latitude, e.longitude) <= HOLDER_NEAR_KM):
        # "Yathrib subdistrict (Salah al-Din)": the text puts it in Iraq, and its only reading (Medina)
        # lies in another country: a namesake of a place the gazetteer lacks (a guessed spelling of
        # the holder, "West Gojjam zone" read as Argentina's Goya, holds nothing; nor does an ambiguous
        # one, "Sitra (Central)" with Uganda's Central region among 37 readings)
        return Place(item.mention, reason=f"{e.name} ({e.country_code}) lies outside the region the text puts it in")
    if item.foreign:
        return Place(item.mention, reason=f"{e.name} ({e.country_code}) lies outside the country its owner names")
    share = others.get(e.country_code, 0.0) / (sum(others.values()) or 1.0)
    if c.match != PRIMARY and e.feature == "city" and e.population < SMALL_ABROAD and elsewhere >= 2.0 \
            and share < MINOR_SHARE:
        # "the village of al-Mazraa" in a report from Syria's Sweida is not the Israeli village of that
        # name (the gazetteer lacks the Syrian one): a small namesake by another spelling, in a country
        # the report names only in passing
        return Place(item.mention, reason=f"small namesake {e.name} ({e.country_code}) outside the report's main country")
    conf = _confidence(item)
    if conf < settings.geo_min_confidence:
        return Place(item.mention, confidence=conf,
                     reason=f"ambiguous: best {c.entry.name} ({c.entry.country_code}) too weak")
    entry = c.entry
    if item.division and entry.feature_code in ("PPLA", "PPLC") and _PROVINCE_WORD.search(item.mention.text) \
            and hasattr(gaz, "admin1_of") and (province := gaz.admin1_of(entry)) is not None \
            and _bare_name(province.name) == _bare_name(entry.name):
        # "Hodeidah province", the province known only by another spelling ("Al Hudaydah") and the name read as its
        # capital: the province the capital governs
        entry = province
    return to_place(item.mention, entry, gaz, confidence=conf, near=item.near,
                    reason=_reason(item, items, c))


_NATIONAL_GROUND = re.compile(r"([A-Z][a-z]+) (?:territory|soil|airspace|waters|side of the border)")


def _bare_name(name: str) -> str:
    return without_article(fold(_PROVINCE_WORD.sub("", name).strip()))


_PROVINCE_WORD = re.compile(r"\b(?:[Pp]rovince|[Gg]overnorate|[Oo]blast|[Pp]refecture|[Rr]egion|[Ss]tate)$")


def _reason(item: Item, items: list[Item], c: Candidate) -> str:
    how = {PRIMARY: "name", ALTERNATE: "alternate name", DERIVED: "short name",
           3: f"fuzzy {c.score:.0f}"}[c.match]
    parts = [how, f"{len(item.cands)} candidates"]
    if item.qualifier is not None:
        parts.append(f"qualified by {items[item.qualifier].mention.text!r}")
    if item.division:
        parts.append("division word")
    return "; ".join(parts)


def to_place(mention: Mention, e: Entry, gaz, *, confidence: float, near: bool = False,
             reason: str = "") -> Place:
    """Map a gazetteer entry onto an ACLED-style Place (provinces at their capital, precision 3)."""
    country = gaz.country(e.country_code) if e.country_code else None
    admin1 = e if e.feature == "admin1" else gaz.admin1_of(e) if e.feature in ("city", "admin2") else None
    admin2 = e if e.feature == "admin2" else gaz.admin2_of(e) if e.feature == "city" else None
    lat, lon = e.latitude, e.longitude
    if e.feature == "admin1":
        capital = gaz.capital_of(e)
        if capital is not None:
            lat, lon = capital.latitude, capital.longitude
        precision = 3
    elif e.feature == "city":
        precision = 2 if near else 1
    else:
        precision = 3
    return Place(
        mention=mention, geonameid=e.geonameid, name=e.name.strip("'’‘ʿ"), feature=e.feature,
        feature_code=e.feature_code, country=country.name if country else "",
        country_code=e.country_code, iso3=gaz.iso3(e.country_code) if e.country_code else "",
        admin1=admin1.name if admin1 else "", admin2=admin2.name if admin2 else "", latitude=lat, longitude=lon,
        population=e.population, geo_precision=precision, confidence=confidence, reason=reason,
        feature_latitude=e.latitude, feature_longitude=e.longitude,
    )
