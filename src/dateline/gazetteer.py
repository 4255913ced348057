"""The gazetteer: GeoNames places, first-level divisions, countries and continents.

`Gazetteer` implements the protocol of DESIGN.md (`search(name, country=None)`, `get(id)`,
`parents(id)`) plus what toponym detection needs (`has_name`, `is_common_word`). The real index
is built once from PyPI package data (gazetteer_build.py) into a pickle at
`Settings.gazetteer_file` and loaded once per process (resources.gazetteer_for). Unit tests build
a small one in memory with `Gazetteer.from_entries`.
"""
from __future__ import annotations

import logging
import pickle
import re
import time
from array import array
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Iterable, Protocol

from .errors import ResourceError
from .gazetteer_build import fold

GAZETTEER_VERSION = 18
log = logging.getLogger(__name__)

PRIMARY, ALTERNATE, DERIVED, FUZZY = 0, 1, 2, 3  # how a candidate matched the name
# The Arabic article assimilated to the name's first letter ("Ar-Raqqa", "As-Sweida", "Ad Diwaniyah"):
# GeoNames may spell it "Al-" or drop it. "As", "At", "An" are English words, so those need the hyphen.
_AL = re.compile(r"(?:Al|El)[- ](?=[A-Z])")
_SUN_LETTERS = (("Th", "Ath"), ("Dh", "Adh"), ("Sh", "Ash"), ("T", "At"), ("D", "Ad"), ("R", "Ar"), ("Z", "Az"),
                ("S", "As"), ("N", "An"))


def _sun_article(rest: str) -> str:
    """The article "al" as it is said (and often spelt) before a sun letter: "As" before "Sukhnah"."""
    return next((article for letters, article in _SUN_LETTERS if rest.startswith(letters)), "")


ARABIC_ARTICLE = re.compile(r"(?:(?:Ar|Ash|Adh|Ath|Az|Ad|Er|Esh|Ed|Ez|Et)[- ]|(?:As|At|An|Es|En)-)(?=[A-Z])")
# where such a spelling is read: Arab League states, and neighbours that keep Arabic names
ARABIC_NAME_COUNTRIES = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH IL TD".split())
# Words of Arabic place names that English news and GeoNames transliterate differently
# ("Ras al Ain" / "Ra's al Ayn", "Tell Abyad" / "Tall Abyad", "Deir Hafer" / "Dayr Hafir")
ARABIC_SPELLINGS = {
    "ain": ("ayn", "ein"), "ayn": ("ain", "ein"), "ein": ("ain", "ayn"), "al": ("el",), "el": ("al",),
    "tell": ("tall", "tal"), "tall": ("tell", "tal"), "tal": ("tall", "tell"), "deir": ("dayr", "dair"),
    "dayr": ("deir", "dair"), "dair": ("deir", "dayr"), "kafr": ("kfar", "kafar"), "kfar": ("kafr",),
    "jabal": ("jebel",), "jebel": ("jabal",), "beit": ("bayt", "bait"), "bayt": ("beit", "bait"),
    "abu": ("abou",), "abou": ("abu",), "umm": ("um", "oum"), "um": ("umm",), "oum": ("umm",),
    "sheikh": ("shaykh", "shaikh"), "shaykh": ("sheikh",), "shaikh": ("sheikh", "shaykh"),
    "maarat": ("maarrat",), "maaret": ("maarrat",), "maarrat": ("maarat",),
}
MAX_SPELLINGS = 24
_FEMININE_END = re.compile(r"[A-Za-z]{3}ah?$")
_NEAR_SPELLING = 0.85


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place."""

    geonameid: int
    name: str
    feature: str  # city | admin1 | country | continent
    feature_code: str  # PPL, PPLA, PPLC, ADM1, PCLI, CONT
    country_code: str = ""
    admin1_code: str = ""
    latitude: float = 0.0
    longitude: float = 0.0
    population: int = 0
    names: tuple[str, ...] = ()  # only used by from_entries


@dataclass(frozen=True, slots=True)
class Candidate:
    entry: Entry
    match: int  # PRIMARY | ALTERNATE | DERIVED name, or 3 for fuzzy
    score: float = 100.0  # string similarity 0..100


class GazetteerProtocol(Protocol):
    def search(self, name: str, country: str | None = None, *, respell: bool = True) -> list[Candidate]: ...
    def get(self, geonameid: int) -> Entry | None: ...
    def parents(self, geonameid: int) -> list[Entry]: ...


class Gazetteer:
    """Column store of places plus a folded-name index."""

    def __init__(self, payload: dict[str, Any]):
        self._cols = payload["cols"]
        self._keys: dict[str, Any] = payload["keys"]
        self._common: set[str] = payload["common"]
        self._countries: dict[str, tuple[int, str]] = payload["countries"]
        self._capitals: dict[int, int] = payload["capitals"]
        self._demonyms: dict[str, int] = payload.get("demonyms", {})
        self._admin2_of: dict[int, int] = payload.get("admin2_of", {})
        self._by_id = {gid: i for i, gid in enumerate(self._cols["id"])}
        self._admin1: dict[tuple[str, str], int] = {}
        for i, feature in enumerate(self._cols["feature"]):
            if feature == "admin1":
                self._admin1[(self._cols["cc"][i], self._cols["a1"][i])] = i
        self._fuzzy_blocks: dict[str, list[str]] | None = None
        self._members: dict[tuple[str, str], list[int]] | None = None
        self._national_capitals: dict[str, int] | None = None
        self._entries: dict[int, Entry] = {}

    # -- construction -------------------------------------------------------------------
    @classmethod
    def from_entries(cls, entries: Iterable[Entry], *, common_words: Iterable[str] = (),
                     iso3: dict[str, str] | None = None,
                     counties: dict[int, int] | None = None,
                     demonyms: dict[str, int] | None = None) -> "Gazetteer":
        """A small in-memory gazetteer (unit tests); admin1 capitals are the PPLA entries,
        `counties` maps a place's id to its admin2's id, `demonyms` a word to a place's id."""
        cols: dict[str, Any] = {"id": array("q"), "name": [], "feature": [], "fcode": [], "cc": [],
                                "a1": [], "lat": array("d"), "lon": array("d"), "pop": array("q")}
        keys: dict[str, dict[int, int]] = defaultdict(dict)
        countries: dict[str, tuple[int, str]] = {}
        entries = list(entries)
        for i, e in enumerate(entries):
            for col, value in zip(("id", "name", "feature", "fcode", "cc", "a1", "lat", "lon", "pop"),
                                  (e.geonameid, e.name, e.feature, e.feature_code, e.country_code,
                                   e.admin1_code, e.latitude, e.longitude, e.population)):
                cols[col].append(value)
            for j, n in enumerate((e.name,) + e.names):
                keys[fold(n)].setdefault(i, PRIMARY if j == 0 else ALTERNATE)
            if e.feature == "country":
                countries[e.country_code] = (i, (iso3 or {}).get(e.country_code, ""))
        capitals = {}
        for i, e in enumerate(entries):
            if e.feature == "admin1":
                caps = [j for j, c in enumerate(entries) if c.feature_code == "PPLA"
                        and c.country_code == e.country_code and c.admin1_code == e.admin1_code]
                if caps:
                    capitals[i] = caps[0]
        packed = {k: tuple(i * 4 + m for i, m in sorted(v.items())) for k, v in keys.items()}
        index = {e.geonameid: i for i, e in enumerate(entries)}
        admin2_of = {index[a]: index[b] for a, b in (counties or {}).items()}
        return cls({"cols": cols, "keys": packed, "common": {fold(w) for w in common_words},
                    "countries": countries, "capitals": capitals, "admin2_of": admin2_of,
                    "demonyms": {fold(w): index[g] for w, g in (demonyms or {}).items()}})

    # -- protocol -----------------------------------------------------------------------
    def entry(self, i: int) -> Entry:
        e = self._entries.get(i)
        if e is None:
            c = self._cols
            e = Entry(c["id"][i], c["name"][i], c["feature"][i], c["fcode"][i], c["cc"][i],
                      c["a1"][i], c["lat"][i], c["lon"][i], c["pop"][i])
            if len(self._entries) < 200_000:
                self._entries[i] = e
        return e

    def get(self, geonameid: int) -> Entry | None:
        i = self._by_id.get(geonameid)
        return None if i is None else self.entry(i)

    def search(self, name: str, country: str | None = None, *, ending: bool = True,
               respell: bool = True) -> list[Candidate]:
        """Exact (folded) matches of a name, best match kind first; optionally in one country;
        with `respell`, the name's Arabic article and ending variants when it has no match."""
        out = []
        for code in self._lookup(fold(name)):
            e = self.entry(code >> 2)
            if country and e.country_code != country:
                continue
            out.append(Candidate(e, code & 3))
        if not respell:
            return out
        if not out and (m := ARABIC_ARTICLE.match(name)):
            out = self._article_variants(name[m.end():], country)
        if not out and (m := _AL.match(name)) and (sun := _sun_article(name[m.end():])):
            # "Al-Sukhnah" for GeoNames' "As Sukhnah": the article as said before a sun letter
            out = self._article_variants(name[m.end():], country, article=sun)
        if out and all(c.entry.feature_code in ("ADM2", "ADM1") for c in out) and (m := _AL.match(name)):
            # "Al-Zubair" the name of its district alone: the town, GeoNames' "Az Zubayr" ("Zubair"), too (and
            # "Al-Raqqa" the name of its province alone: the city, GeoNames' "Ar Raqqah")
            rest, sun = name[m.end():], _sun_article(name[m.end():])
            for c in self._article_variants(rest, country) + (self._article_variants(rest, country, article=sun) if sun else []):
                if all(c.entry.geonameid != o.entry.geonameid for o in out):
                    out.append(c)
        if not out and _respellable(name):
            out = self._arabic_spellings(name, country)
        if not out and (article := self._article_of(fold(name))):
            # "Qamishli" for GeoNames' "Al Qamishli", "Diwaniyah" for "Ad Diwaniyah"
            out = [Candidate(c.entry, max(c.match, DERIVED)) for c in self.search(f"{article} {name}", country)
                   if c.entry.country_code in ARABIC_NAME_COUNTRIES]
        if not out and ending and _FEMININE_END.search(name):
            # "Al-Sukhna" for GeoNames' "As Sukhnah": the Arabic feminine ending written with or without its h
            # (the place's own name so spelt: not Batsra, Israel, for "Basira", an alternate name of it)
            other = name[:-1] if name.endswith("ah") else f"{name}h"
            core = fold(other).split()[-1]
            # (or a name spelt nearly as the place's own: "Sulaimaniyah", through its alternate "Sulaimaniya", for
            # "Sulaymaniyah")
            out = [Candidate(c.entry, max(c.match, DERIVED)) for c in self.search(other, country, ending=False)
                   if c.entry.country_code in ARABIC_NAME_COUNTRIES and (core in fold(c.entry.name) or _near_spelling(
                       core, fold(c.entry.name).split()[-1]))]
        return out

    def _article_of(self, key: str) -> str | None:
        """The Arabic article a bare one-word name is listed under in the gazetteer, if any."""
        if not _bare_word(key) or key in self._common:
            return None
        return next((a for a in BARE_ARTICLES if f"{a} {key}" in self._keys), None)

    def _arabic_spellings(self, name: str, country: str | None) -> list[Candidate]:
        """"Ras al Ain" read as "Ras al Ayn", one word respelt or several, only in Arabic-speaking
        countries; always a derived match."""
        words = fold(name).split()
        variants = [""]
        for k, w in enumerate(words):
            options = (w,) + ARABIC_SPELLINGS.get(w, ())
            if w in ("al", "el") and k + 1 < len(words) and (sun := _sun_article(words[k + 1].capitalize())):
                options += (sun.lower(),)  # "Jisr al-Shughur" for GeoNames' "Jisr ash Shughur"
            variants = [f"{v} {o}".strip() for v in variants for o in options]
            variants = variants[:MAX_SPELLINGS]
        out: dict[int, Candidate] = {}
        for variant in variants[1:]:
            for code in self._lookup(variant):
                e = self.entry(code >> 2)
                if e.country_code in ARABIC_NAME_COUNTRIES and (not country or e.country_code == country):
                    out.setdefault(e.geonameid, Candidate(e, DERIVED))
        return list(out.values())

    def _article_variants(self, rest: str, country: str | None, article: str = "") -> list[Candidate]:
        """"Ar-Raqqa" read as "Al Raqqa" or "Raqqa" (or "Al-Sukhnah" as "As Sukhnah"), only in
        Arabic-speaking countries."""
        out: dict[int, Candidate] = {}
        for variant in ((f"{article} {rest}",) if article else ("al " + rest, rest)):
            for code in self._lookup(fold(variant)):
                e = self.entry(code >> 2)
                if e.country_code in ARABIC_NAME_COUNTRIES and (not country or e.country_code == country):
                    out.setdefault(e.geonameid, Candidate(e, max(code & 3, DERIVED)))
        return list(out.values())

    def fuzzy(self, name: str, *, min_score: float, limit: int = 8) -> list[Candidate]:
        """Names within `min_score` (rapidfuzz ratio) of `name`, compared within a prefix block."""
        from rapidfuzz import fuzz, process

        key = fold(name)
        if len(key) < 5:
            return []
        block = self._blocks().get(key[:2], [])
        hits = process.extract(key, block, scorer=fuzz.ratio, score_cutoff=min_score, limit=limit)
        out = []
        for other, score, _ in hits:
            for code in self._lookup(other):
                out.append(Candidate(self.entry(code >> 2), FUZZY, float(score)))
        return out

    def demonym(self, name: str) -> Entry | None:
        """The country (or continent) a demonym refers to: "Iranian", "Palestinians", "French"."""
        key = fold(name)
        i = self._demonyms.get(key)
        if i is None and key.endswith("s"):
            i = self._demonyms.get(key[:-1])
        return None if i is None else self.entry(i)

    def admin2_of(self, entry: Entry) -> Entry | None:
        i = self._by_id.get(entry.geonameid)
        j = self._admin2_of.get(i) if i is not None else None
        return None if j is None else self.entry(j)

    def parents(self, geonameid: int) -> list[Entry]:
        """The admin2, admin1 and country containing a place (nearest first)."""
        i = self._by_id.get(geonameid)
        if i is None:
            return []
        e = self.entry(i)
        out = []
        if e.feature == "city" and i in self._admin2_of:
            out.append(self.entry(self._admin2_of[i]))
        if e.feature in ("city", "admin2"):
            a1 = self._admin1.get((e.country_code, e.admin1_code))
            if a1 is not None:
                out.append(self.entry(a1))
        if e.feature in ("city", "admin2", "admin1") and e.country_code in self._countries:
            out.append(self.entry(self._countries[e.country_code][0]))
        return out

    # -- helpers used by detection and ranking ---------------------------------------------
    def has_name(self, name: str) -> bool:
        key = fold(name)
        if key in self._keys:
            return True
        # ("near Darat Izza" for GeoNames' "Darat Izzah": a name of two words with the feminine ending)
        return (ARABIC_ARTICLE.match(name) is not None or _AL.match(name) is not None or _respellable_key(key) or (
            self._article_of(key) is not None) or (" " in key and _FEMININE_END.search(name) is not None)) \
            and bool(self.search(name))

    def is_common_word(self, name: str) -> bool:
        """True when the name is also a lower-case English word ("Mark", "Police", "Bath")."""
        return fold(name) in self._common

    def admin1_of(self, entry: Entry) -> Entry | None:
        i = self._admin1.get((entry.country_code, entry.admin1_code))
        return None if i is None else self.entry(i)

    def admin1s(self, country_code: str) -> list[Entry]:
        """The first-level divisions of one country."""
        return [self.entry(i) for (cc, _), i in self._admin1.items() if cc == country_code]

    def in_admin1(self, country_code: str, admin1_code: str) -> list[Entry]:
        """The places of one first-level division (index built on first use)."""
        if self._members is None:
            members: dict[tuple[str, str], list[int]] = defaultdict(list)
            for i, (cc, a1) in enumerate(zip(self._cols["cc"], self._cols["a1"])):
                members[(cc, a1)].append(i)
            self._members = dict(members)
        return [self.entry(i) for i in self._members.get((country_code, admin1_code), ())]

    def capital_of(self, admin1: Entry) -> Entry | None:
        i = self._by_id.get(admin1.geonameid)
        cap = self._capitals.get(i) if i is not None else None
        return None if cap is None else self.entry(cap)

    def national_capital(self, country_code: str) -> Entry | None:
        """The country's capital city (PPLC), for "the capital" and "Haiti's capital"."""
        if self._national_capitals is None:
            self._national_capitals = {cc: i for i, (cc, code) in enumerate(zip(self._cols["cc"], self._cols["fcode"]))
                                       if code == "PPLC"}
        i = self._national_capitals.get(country_code)
        return None if i is None else self.entry(i)

    def country(self, country_code: str) -> Entry | None:
        item = self._countries.get(country_code)
        return None if item is None else self.entry(item[0])

    def iso3(self, country_code: str) -> str:
        item = self._countries.get(country_code)
        return item[1] if item else ""

    def __len__(self) -> int:
        return len(self._cols["name"])

    def _lookup(self, key: str) -> tuple[int, ...]:
        hit = self._keys.get(key)
        if hit is None:
            return ()
        return (hit,) if isinstance(hit, int) else hit

    def _blocks(self) -> dict[str, list[str]]:
        if self._fuzzy_blocks is None:
            blocks: dict[str, list[str]] = defaultdict(list)
            for key in self._keys:
                if len(key) >= 4:
                    blocks[key[:2]].append(key)
            self._fuzzy_blocks = dict(blocks)
        return self._fuzzy_blocks


BARE_ARTICLES = ("al", "el", "ad", "ar", "as", "an", "at", "az", "ash", "adh", "ath")


def _bare_word(key: str) -> bool:
    """One word of some length, which an Arabic name may carry without its article."""
    return len(key) >= 5 and " " not in key


def _near_spelling(a: str, b: str) -> bool:
    """Two spellings of one word, a letter or two apart ("sulaimaniya", "sulaymaniyah")."""
    return a[:1] == b[:1] and abs(len(a) - len(b)) <= 2 and SequenceMatcher(None, a, b).ratio() >= _NEAR_SPELLING


def _respellable(name: str) -> bool:
    return _respellable_key(fold(name))


def _respellable_key(key: str) -> bool:
    """Two words or more, one of them spelt more than one way in Arabic names."""
    words = key.split()
    return len(words) > 1 and any(w in ARABIC_SPELLINGS for w in words)


def build_gazetteer(path: str | Path) -> Path:
    """Build the index at `path` from the installed package data."""
    from .gazetteer_build import build

    try:
        build(path)
    except (ImportError, OSError, KeyError, ValueError) as exc:
        raise ResourceError(f"cannot build the gazetteer at {path}: {exc}", code="DL410") from exc
    return Path(path)


def load_gazetteer(path: str | Path) -> Gazetteer:
    """Load the index, building it first when the file is missing or of another version."""
    path = Path(path)
    payload = _read(path) if path.exists() else None
    if payload is None or payload.get("version") != GAZETTEER_VERSION:
        log.warning("building the gazetteer index at %s (once)", path)
        build_gazetteer(path)
        payload = _read(path)
        if payload is None:
            raise ResourceError(f"gazetteer at {path} is unreadable after building", code="DL411")
    return Gazetteer(payload)


def _read(path: Path) -> dict[str, Any] | None:
    start = time.perf_counter()
    try:
        with open(path, "rb") as fh:
            payload = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as exc:
        log.warning("cannot read gazetteer %s: %s", path, exc)
        return None
    log.info("gazetteer loaded in %.2f s", time.perf_counter() - start)
    return payload if isinstance(payload, dict) else None
