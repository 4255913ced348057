"""Actors: named organisations (assoc actors) and ACLED-style generic actors ("Protesters (Iran)").

Organisations come from the actor dictionary (data/actors.json), spaCy ORG entities (extended
with a trailing unit number: "Resistance Unit 822") and slash acronyms ("PMOI/MEK"). The actor
of an event is looked for in the subject of the sentence first, then before the trigger.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from typing import Sequence

from .eventlocation import ROAD_WORDS
from .model import Mention, Span, Token
from .resources import data_json


@dataclass(frozen=True, slots=True)
class ActorMention:
    name: str  # ACLED-style name written into the record
    start: int
    end: int
    text: str
    known: bool  # from the actor dictionary
    partisan: bool = False  # named as a side's patron: "pro-STC forces", "Islah-affiliated military forces"


@functools.lru_cache(maxsize=1)
def _dictionary() -> tuple[re.Pattern[str], dict[str, dict]]:
    data = data_json("actors.json")
    canonical: dict[str, dict] = {}
    for org in data["organisations"]:
        for alias in org["aliases"] + [org["name"]]:
            canonical.setdefault(alias, org)
    aliases = sorted(canonical, key=len, reverse=True)
    # "anti-Houthi forces" and "pro-Houthi forces" name the side they are against or for, not the group
    pattern = re.compile(r"(?:(?<![\w/-])|(?<=\bpro-))(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![\w/])")
    return pattern, canonical


@functools.lru_cache(maxsize=1)
def _home_acronyms() -> dict[str, tuple[dict, ...]]:
    """Home country code -> the groups whose acronym is theirs only there."""
    found: dict[str, tuple[dict, ...]] = {}
    for org in data_json("actors.json")["organisations"]:
        if org.get("home_acronym"):
            found[org["home"]] = found.get(org["home"], ()) + (org,)
    return found


@functools.lru_cache(maxsize=1)
def _affiliates() -> re.Pattern[str]:
    names = sorted({a for org in data_json("actors.json")["organisations"] for a in org.get("affiliates", ())},
                   key=len, reverse=True)
    return re.compile(r"(?<![\w/-])(?:" + "|".join(re.escape(a) for a in names) + r")(?![\w/])")


def org_name(org: dict, country: str = "", on: date | None = None) -> str:
    """The ACLED name of a dictionary organisation: '{country}' filled in ('Islamic State (Syria)'),
    a state force or unit written with its government period ('Military Forces of Yemen (2012-)
    Security Belt Forces'); a state branch whose period has not begun keeps the plain name."""
    state = org.get("state")
    local = org.get("in_country", {}).get(country)
    if isinstance(local, dict):  # "SNA" in Somalia: the Somali National Army, not the Syrian one
        return org_name({"name": org["name"], "state": local}, country, on)
    if local:
        return local  # "Al Qaeda-linked fighters" in Burkina Faso: JNIM
    if not state:
        return org["name"].format(country=country or "International")
    home = state["country"]
    if state.get("only_in") and country and country != home:
        return with_period(f"{state['force']} Forces of {country}", country, on)  # 'border guards' elsewhere
    if state.get("governs") and country and country != home:
        return org["name"]  # "Taliban" in a Pakistani report: not Afghanistan's forces
    branch = state.get("branch", "")
    periods = state.get("period_country") or (f"{home} ({branch})" if branch else home)
    actor = with_period(f"{state['force']} Forces of {home}", periods, on)
    if actor.endswith("Forces of " + home):  # no period in force on that day
        return org["name"] if branch and not state.get("period_country") or state.get("governs") else actor
    return f"{actor} {branch}".strip()


@functools.lru_cache(maxsize=1)
def _generic() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    rows = data_json("actors.json")["generic"]
    # ("anti-junta resistance forces", "anti-government protesters": not the junta or the government)
    return tuple((re.compile(rf"(?<!anti-)\b(?:{pat})\b", re.I), name, kind) for pat, name, kind in rows)


@functools.lru_cache(maxsize=1)
def _demonyms() -> tuple[re.Pattern[str], dict[str, str]]:
    table = data_json("actors.json")["demonyms"]
    # (not a patron: "the Iran-aligned group", "Iran-backed militias"; nor a cause: "pro-Palestinian
    # protesters", "anti-Israeli slogans")
    pattern = re.compile(r"(?<![Pp]ro-)(?<![Aa]nti-)\b(" + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)) + r")(?:s?\b|(?<=\.))"
                         r"(?!-(?:aligned|backed|allied|linked|supported|affiliated|sponsored|funded|based|held|run)\b)")
    return pattern, table


@functools.lru_cache(maxsize=1)
def _media() -> re.Pattern[str]:
    media = data_json("actors.json")["media"]
    names = "|".join(re.escape(n) for n in sorted(media["names"], key=len, reverse=True))
    return re.compile(rf"^(?:the\s+)?(?:{names}|.*\b(?:{media['endings']}))$")


@functools.lru_cache(maxsize=1)
def _media_in_text() -> re.Pattern[str]:
    media = data_json("actors.json")["media"]
    names = "|".join(re.escape(n) for n in sorted(media["names"], key=len, reverse=True) if " " in n)
    return re.compile(rf"\b(?:{names})\b|\b(?:[A-Z][\w'’-]+\s+){{1,3}}(?:{media['endings']})\b")


def inside_media_name(text: str, start: int, end: int) -> bool:
    """text[start:end] lies inside a longer name of a news outlet ("residents told Myanmar Now",
    "the Kathmandu Post reported"): where the outlet is named after, not where anything happened."""
    return any(m.start() <= start and end <= m.end() and m.end() - m.start() > end - start
               for m in _media_in_text().finditer(text, max(0, start - 40), min(len(text), end + 40)))


def is_known_organisation(name: str) -> bool:
    """The name is one of the actor dictionary's aliases ("NCRI", "Hengaw")."""
    return name in _dictionary()[1]


def inside_group_name(text: str, start: int, end: int) -> bool:
    """text[start:end] lies inside a longer alias of a dictionary organisation ("Palestine Action",
    "Sinjar Resistance Units")."""
    pattern = _dictionary()[0]
    return any(m.start() <= start and end <= m.end() and m.end() - m.start() > end - start
               for m in pattern.finditer(text, max(0, start - 60), min(len(text), end + 60)))


@functools.lru_cache(maxsize=1)
def _communities() -> frozenset[str]:
    return frozenset(data_json("actors.json")["ethnic_militias"])


@functools.lru_cache(maxsize=1)
def _ethnic_militia() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(_communities()))
    # ("Gunmen suspected to be Fulani herdsmen": herders said to be the attackers, not herders attacked)
    # (also "Armed youths from the Murle community": the community's armed men)
    return re.compile(rf"\b(?P<name>{names})\s+(?:militia|militias|militiamen|militia fighters|fighters|gunmen|armed men|armed youths?)\b|"
                      rf"\b(?:suspected(?: to be)?|armed)\s+(?P<herders>{names})\s+(?:herdsmen|herders)\b|"
                      # ("a group of Fulani herders attacked Kwatas village": the herders did it)
                      rf"\b(?P<doers>{names})\s+(?:herdsmen|herders)(?=\s+(?:(?:also|reportedly|allegedly)\s+)?"
                      rf"(?:attacked|raided|stormed|invaded|killed|shot|opened fire|ambushed|burned|torched)\b)|"
                      rf"\b(?:[Aa]rmed (?:youths?|men)|[Gg]unmen|[Ff]ighters|[Mm]ilitiamen) (?:from|of) the (?P<community>{names}) "
                      rf"(?:community|tribe|clan|ethnic group)\b")


def named_groups(text: str) -> set[str]:
    """The dictionary names of the organisations a text mentions by any alias ("the BYC said")."""
    pattern, canonical = _dictionary()
    return {canonical[m.group(0)]["name"] for m in pattern.finditer(text)}


def named_force(text: str, country: str, on: date | None = None) -> str | None:
    """The first state force or external mission the dictionary names in a text ("intercepted by
    Saudi-led coalition air defences": Operation Restoring Hope), written the ACLED way."""
    pattern, canonical = _dictionary()
    return next((org_name(org, country, on) for m in pattern.finditer(text)
                 if (org := canonical[m.group(0)]).get("state") or org.get("kind") == "external"), None)


def named_as_patron(text: str, start: int, end: int) -> bool:
    """The group is named as another's patron ("Islamic State-linked insurgents", "militants linked
    to al Qaeda"), not as the doer itself."""
    return bool(_PATRON_AFTER.match(text, end, end + 12) or _PATRON_BEFORE.search(text, max(0, start - 30), start))


def affiliates_of(source: str) -> tuple[str, ...]:
    """Groups the dictionary knows as the source organisation's own ("Resistance Units" of the
    PMOI/MEK): what they do, the organisation reports as a party."""
    org = _dictionary()[1].get(source.strip())
    return tuple(org.get("affiliates", ())) if org else ()


def is_media(name: str) -> bool:
    """A news organisation ('Reuters', 'the National News Agency'): a report's source, no actor."""
    return bool(_media().match(name.strip(" ,.'’")))


# "PMOI/MEK", and a bare acronym in front of the people it names ("MEK supporters", "SDF fighters")
_MEMBERS = (r"supporters|members|fighters|militants|militiamen|activists|forces|loyalists|troops|rebels|gunmen|"
            r"officials|leaders|sympathi[sz]ers")
_ACRONYM = re.compile(rf"(?<![\w/-])[A-Z]{{2,6}}(?:/[A-Z]{{2,6}})+(?![\w/])|(?<![\w/-])[A-Z]{{2,6}}(?=\s+(?:{_MEMBERS})\b)")
_TRIBE_NAME = r"(?:(?:Al|Bani|Beni|Bin|Abu|Aal|Bu|Albu|Ibn)[ -]){0,2}[A-Z][\w'’-]+"
_TRIBE = re.compile(rf"\b(?P<name>{_TRIBE_NAME})\s+(?:tribesmen|tribal (?:militia|militiamen|"
                    r"fighters|gunmen)|tribe|clan)\b")
# "members of the Al Bu Mohammed and Al Garamsha tribes": two tribes, one militia each
# ("clashes erupted between Al Muaili and Al Mahtam tribesmen": the plural people word likewise)
_TRIBES_LISTED = re.compile(rf"\b(?P<name>{_TRIBE_NAME})\s+and\s+(?:the\s+)?(?P<other>{_TRIBE_NAME})\s+"
                            r"(?:tribes|clans|tribesmen|clansmen)\b")
_NAMED_MILITIA = re.compile(r"\b(?P<name>[A-Z][\w'’-]+)\s+(?:militia|militiamen|militias|militia fighters|(?P<fighters>fighters))\b")
# "the Gran Grif gang", "the Village de Dieu gang": a gang named by its leader or its turf
# ("the 5 Segond gang", "of 400 Mawozo gang": a number that is part of the name; not "killed 3 MS-13 gang members")
_NAMED_GANG = re.compile(r"\b(?P<name>(?:(?<=\bthe )\d+ |(?<=\bof )\d+ )?[A-Z][\w'’-]+(?: (?:de |du |la |des )?[A-Z][\w'’-]+){0,2})\s+(?:gang|gangs|criminal gang|(?P<cartel>cartel))\b")
_SECTS = frozenset({"shia", "shiite", "sunni", "christian", "muslim", "islamist", "jihadist", "ethnic", "local",
                    "government", "state", "opposition", "rebel", "tribal", "clan", "community", "village", "youth"})
_NOT_TRIBES = frozenset({"unidentified", "unknown", "armed", "local", "rival", "several", "two", "three", "some", "the",
                         "a", "other", "pro-hadi", "pro-houthi", "pro-government", "arab", "kurdish", "sunni", "shia",
                         "shiite", "shia'a", "suspected", "alleged", "powerful", "notorious", "drug", "criminal"})
_PATRON_AFTER = re.compile(r"-(?:affiliated|backed|aligned|allied|linked|loyal)\b", re.I)
# ("Militants linked to al Qaeda killed ...": the patron, not who did it)
_PATRON_BEFORE = re.compile(r"\b(?:linked|tied|allied|affiliated|aligned|loyal)\s+(?:to|with)\s+(?:the\s+)?$", re.I)
_UNIT_NUMBER = re.compile(r"^\s+(?:No\.\s*)?\d{1,5}\b")
_UNIT_NAME = re.compile(r"\b(?:Division|Brigade|Battalion|Regiment|Corps|Command)$")
_ARMYS_BEFORE = re.compile(r"\b(?:army|military|armed forces)['’]s?\s+(?:own\s+)?$", re.I)
_COMMAND = re.compile(r"\bOperations? Command$")
_STATE_FORCE = re.compile(r"\b(?:army|military|armed forces|police|security forces|forces|troops|navy|air force|"
                          r"gendarmerie|coast guard|defen[cs]e force|police (?:force|service))$", re.I)
_CAMPUS = re.compile(r"\b(?:University|College|Institute|Polytechnic|Academy)\b")
# a building or site's name: where it happened (its people, if hit, are told as people)
_BUILDING = re.compile(r"\b(?:Hospital|Clinic|Medical Cent(?:er|re)|School|Cathedral|Church|Mosque|Synagogue|Temple|"
                       r"Stadium|Market|Airport|Museum|Library|Hotel|Prison|Penitentiary|Jail|Detention Cent(?:er|re))\b(?: of [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)?$")
_AUTHORITY = re.compile(r"\b(?:Governor(?:['’]s)?(?:\s+Office)?|Governorship|Governorate|Municipality|Ministry|"
                        r"Ministry of [A-Z]\w+|Presidency|Cabinet|Council of Ministers)$")
# "regional governor Volodymyr Artyukh" tagged ORG: a title makes the name a person's, who speaks
_TITLE_BEFORE = re.compile(r"\b(?:governor|mayor|spokes(?:man|woman|person)|minister|president|chief|commander|leader|"
                           r"director|secretary|ambassador|envoy|general|colonel|gen\.|col\.|lt\.|maj\.|capt\.|sgt\.)\s+$", re.I)
_DIVISION_NAME = re.compile(r"\bLocal Government Areas?\b|\bLGA\b|^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? "
                            r"(?:District|Province|Governorate|County|Prefecture)$|"
                            r"\b(?:National Park|Park|Forest|Game Reserve|Nature Reserve|Mountains|Hills|Valley|Desert)$|"
                            rf"\b(?i:{ROAD_WORDS})$")  # "the Pan-American Highway"
_ACRONYM_AFTER = re.compile(r"\s*\(\s*")
_DIVISION_AFTER = re.compile(r"\s+(?:districts?|provinces?|regions?|states?|regenc(?:y|ies)|oblasts?|prefectures?|towns?|cit(?:y|ies)|"
                             r"municipalit(?:y|ies)|"
                             r"territor(?:y|ies)|townships?|villages?|neighbou?rhoods?|suburbs?|quarters?|governorates?|county|counties|"
                             r"favelas?|slums?|shanty ?towns?|"
                             r"sub-?districts?|municipalities|camps? for (?:displaced|refugees|internally)|refugee camps?|"
                             r"displacement camps?|IDP camps?|local government areas?|LGAs?)\b")
# "the BER airport", "the Kober bridge": the name of a place, not of an organisation
# ("the disputed Ta Muen Thom temple": the model's ORG may stop a word short of the site's noun)
_FACILITY_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]+)?\s+(?:(?:international|military|regional) )?(?:airport|airbase|air base|base|camp|compound|barracks|port|harbou?r|"
                             r"station|bridge|square|stadium|refinery|dam|crossing|temple|shrine|pagoda|monastery|mosque|"
                             r"gas ?field|oil ?field|power plant|power station|mine|(?:military |central )?(?:prison|jail)|"  # "the Khor Mor gas field"
                             r"front|frontline|front line|axis|"  # ("on the Kabani front (Latakia)")
                             r"forests?|(?:game |forest )?reserve|hills|mountains|valley|swamps?|"  # ("in the Kuduru forest")
                             rf"(?i:{ROAD_WORDS}))\b")  # ("the Gusau-Funtua road")
_NAME_IN_PLACE = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:in|near) (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")
_AREA_OF_PLACE = re.compile(r"(?i:badia|desert|countryside|outskirts|vicinity|suburbs|environs|surroundings|area|region|"
                            r"mountains?|hills?|plains?|valley|rural areas?)\s+of\s+[A-Z]")
_LOCATIVE_BEFORE = re.compile(r"\b(?:at|in|near|outside|inside|off|(?:vicinity|outskirts|surroundings|countryside|environs) of)\s+$")
_VILLAGES_AROUND = re.compile(r"\b(?:villages?|towns?|areas?|districts?|localities)\s+(?:around|near|outside|of)\s+"
                              r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s+|\s+and\s+))?$")
_ROUTE_BEFORE = re.compile(r"\b(?:road|route|highway|way|journey|drove|driving|travell?ing|heading|convoy)\b[^.;]{0,30}?"
                           r"\b(?:to|towards|toward|from)\s+$")
_PEOPLE_FROM = re.compile(r"\b(?:youths?|men|residents|villagers|people|herders|herdsmen|tribesmen|farmers|migrants|"
                          r"refugees)\s+from\s+$")
_ORG_WORD = re.compile(r"\b(?:Party|Bank|Company|Corporation|Group|Council|Ministry|University|Hospital|School|Church|"
                       r"Mosque|Union|Association|Front|Movement|Army|Brigades?|Forces|Committee|Agency|Office|Court)\b")


def _unknown_place(text: str, start: int, name: str) -> bool:
    """'opened fire on villagers at Khamenlok in Imphal East' with Khamenlok tagged ORG, 'shells on
    Kafr Nabl', 'the road between Qamishli and Amuda': villages the gazetteer lacks, where the
    event happened, not a side of it."""
    if _ORG_WORD.search(name):
        return False
    before = text[max(0, start - 16):start]
    if _NAME_IN_PLACE.fullmatch(name):
        return True  # "regime forces shelled Qoqfin in Idleb" tagged ORG whole: a village and its province
    if len(name.split()) <= 2 and (_LOCATIVE_BEFORE.search(before) or _PEOPLE_FROM.search(text[max(0, start - 30):start])
                                   or _ROUTE_BEFORE.search(text, max(0, start - 50), start)):
        return True  # (also "armed youths from Pibor": where they came from; "the road from Juba to Pibor")
    if len(name.split()) <= 3 and _NAMED_PLACE_BEFORE.search(text[max(0, start - 30):start]):
        return True  # "attacked a military base in the town of Bulo Burte"
    at = text.find(name, start)
    if len(name.split()) <= 2 and at >= 0 and (_LISTED_PLACES_AFTER.match(text, at + len(name)) or (
            _LISTED_BEFORE.search(text, max(0, at - 6), at) and _PLACES_NOUN_AFTER.match(text, at + len(name)))):
        # "in the Alemao and Penha favela complexes", "between Harim and Sarmada towns": places listed
        return True
    if len(name.split()) <= 2 and at >= 0 and (_AREA_AFTER.match(text, at + len(name)) or (
            _STRUCK_BEFORE.search(text, max(0, at - 50), at) and _IN_PLACE_AFTER.match(text, at + len(name)))):
        # "an air raid on Al Mahashimah area", "regime forces shelled Kansafra in Idleb countryside"
        return True
    if len(name.split()) <= 3 and at >= 0 and (before.endswith("(") and _BRACKET_GOES_ON.match(text, at + len(name))
                                               or _PLACE_BRACKET_AFTER.match(text, at + len(name))):
        # "in Wadi Daiqah area (Al Mahad, Abyan)", "in Al Waziyah Junction (Al Mukha, Taizz)": a note's place
        # bracket, or the place it locates
        return True
    if _BETWEEN_BEFORE.search(before) and re.fullmatch(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? and [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?", name):
        return True
    return bool(_PLACE_PREFIX.match(name)) and len(name.split()) <= 3


_NAME_JOINT = re.compile(r"(?:\s+(?:wa|w|al|el|ash|as|ad|an|ar|at|az|bin|ibn|abu|umm|de|del|la))+\s+")
_AREA_AFTER = re.compile(r"\s+(?:area|village|town|countryside|neighbou?rhood|outskirts|mountains?|hills?|valley|junction|"
                         r"crossing|district|frontline|island|islands|coast|peninsula|lake|river)\b")
_BRACKET_GOES_ON = re.compile(r",\s+[A-Z][\w'’ -]{1,40}\)")
_PLACE_BRACKET_AFTER = re.compile(r"\s+\([A-Z][\w'’ -]{1,40},\s+[A-Z][\w'’ -]{1,40}\)")
_LISTED_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_STRUCK_BEFORE = re.compile(rf"\b(?:shelled|bombed|bombarded|struck|targeted|raided|stormed|hit|on)\s+(?:the\s+)?"
                            rf"(?:{_LISTED_NAME}(?:,\s+|,?\s+and\s+))?$")
# ("shelled Kansafra, Fulayfil and Al Bara in Jabal al-Zawiya": the first of a list)
_IN_PLACE_AFTER = re.compile(rf"(?:(?:,\s+{_LISTED_NAME}){{0,4}},?\s+and\s+{_LISTED_NAME})?\s+(?:in|near)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]")
# ("exchanged fire on the frontlines of Kabani"): a front named by its village
_NAMED_PLACE_BEFORE = re.compile(r"\b(?:town|village|city|district|township|hamlet|camp|suburb|neighbou?rhood|island|"
                                 r"front|fronts|frontlines?|front lines?|outskirts|countryside)\s+of\s+$", re.I)
_DEPICTED_BEFORE = re.compile(r"\b(?:pictures?|portraits?|images?|banners?|posters?|photos?|photographs?|effig(?:y|ies))\s+"
                              r"of\s+(?:the\s+)?$", re.I)
_OCCASION_OF = re.compile(r"\b(?:Day|Days|Festival|Feast|Week|Night|Eve) of (?:the )?$")
# ("organised by the opposition Progressive Slovakia party")
_ORGANISER_WORDS = (r"\b(?:(?:organi[sz]ed|called|convened|staged) by|(?:a |the )?call (?:by|from)) (?:the )?(?:(?:opposition|ruling|main|local|civic|"
                    r"student|youth|banned|outlawed|far-right|far-left|left-wing|right-wing|nationalist|Islamist) )?")
ORGANISER_BEFORE = re.compile(rf"{_ORGANISER_WORDS}$")
ORGANISED_BY = re.compile(rf"{_ORGANISER_WORDS}(?P<name>[A-Z][\w'’-]*"
                           r"(?:(?: (?:[Tt]o|of|for|the))* [A-Z][\w'’-]*){0,5})(?: (?P<kind>movement|group|collective|"
                           r"coalition|alliance|campaign))?(?=[\s,.;]|$)")
# "activists of the Jatiya Chhatra Shakti": a group the small model did not tag
_MEMBERS_OF_NAME = re.compile(r"\b(?:activists|cadres|members|leaders) of (?:the )?(?P<name>[A-Z][\w'’-]*"
                              r"(?:(?: (?:of|for|the|and))* [A-Z][\w'’-]*){0,5})(?=[\s,.;]|$)"
                              r"(?!\s+(?:faith|community|religion|minority|sect|family|families|tribe|clan|ethnic)\b)")
_PLURAL_PLACES = (r"(?:favelas?|favela complex(?:es)?|complex(?:es)?|neighbou?rhoods|districts|areas|camps|villages|towns|"
                  r"quarters|slums)")
_LISTED_PLACES_AFTER = re.compile(rf"\s+and\s+[A-Z][\w'’-]+\s+{_PLURAL_PLACES}\b")
_PLACES_NOUN_AFTER = re.compile(rf"\s+{_PLURAL_PLACES}\b")
_LISTED_BEFORE = re.compile(r"(?:\band|,)\s+$")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$")
# Arabic, Hebrew and Persian words that begin place names ("Kafr Nabl", "Deir Hafer", "Tal Abyad")
_PLACE_PREFIX = re.compile(r"(?:Kafr|Kfar|Kafar|Tal|Tell|Tel|Ain|Ayn|Deir|Dayr|Beit|Bayt|Khirbet|Khirbat|Jabal|Jebel|"
                           r"Wadi|Ras|Bir|Qasr|Maarat|Marat|Kafer|Mazraat|Arab|Hayy|Sheikh|Shaykh)[ -][A-Z]")


_WEAK_ORG = re.compile(r"^(?:the\s+)?(?:Supreme|Government|Ministry|Parliament|Court|Council|Army|Police|Regime|Air Force|Navy|Intelligence|"
                       r"RPGs?|S?V?IEDs?|ATGMs?|MANPADS|UAVs?|TOW|Katyushas?|Grad|Hartal|Bandh|Chakka Jam|"
                       r"[AMNDEI]-?\d{1,3})$", re.I)  # weapons, roads ("the A6 motorway") and strikes are no actors


_EMPLOYER_BEFORE = re.compile(r"\b(?:retirees|pensioners|workers|employees|staff|retired workers)\s+of\s+(?:the\s+)?"
                              r"(?:[\w-]+\s+){0,3}?(?:and\s+(?:the\s+)?)?$", re.I)
_HOLDER_AFTER = re.compile(r"-(?:held|controlled|run|occupied|besieged)\b")


_PLACE_GOES_ON = re.compile(r"(?:\s+(?:in|near|of|outside)|,)\s+[A-Z]")


def _named_parties(text: str) -> frozenset[str]:
    """Names the text itself calls a party or movement ("the opposition Vente Venezuela party")."""
    return frozenset(m.group("name") for m in _PARTY_CALLED.finditer(text))


_PARTY_CALLED = re.compile(r"\bthe\s+(?:(?:opposition|ruling|governing|far-right|far-left|left-wing|right-wing|nationalist|"
                           r"Islamist|separatist|banned|main)\s+)?(?P<name>(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s+"
                           r"(?:party|movement|Party|Movement)\b")


def organisations(sentence: Span, mentions: Sequence[Mention], text: str,
                  place_spans: Sequence[tuple[int, int]] = (), *, country: str = "",
                  on: date | None = None, country_code: str = "") -> list[ActorMention]:
    """Organisations named in a sentence, in text order, without duplicates or places; `country`
    and `on` (the event's) complete ACLED names that depend on them; `country_code` (the event's)
    admits the acronyms a group shares with another body in its home country."""
    pattern, canonical = _dictionary()
    found: list[ActorMention] = []

    def overlaps(start: int, end: int) -> bool:
        return any(a.start < end and start < a.end for a in found) or any(
            s <= start and end <= e for s, e in place_spans)

    for m in pattern.finditer(sentence.text):
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if _HOLDER_AFTER.match(sentence.text, m.end()):
            continue  # "the RSF-held city of Nyala": who holds the place, no side of what happened there
        if not overlaps(start, end):
            partisan = sentence.text[max(0, m.start() - 4):m.start()].lower() == "pro-" or named_as_patron(text, start, end)
            org = canonical[m.group(0)]
            # "Afghan Taliban forces" attacking Pakistani posts (and "Taliban fighters" after them in the
            # story): the governing group of its own country
            home = (org.get("state") or {}).get("governs") and org["state"]["country"]
            own = home if home and any(demonym_country(text[max(0, x.start() - 12):x.start()]) == home
                                       for x in re.finditer(re.escape(m.group(0)), text)) else country
            if (org.get("state") or {}).get("only_in"):
                # "Saudi border guards shot and killed 3 Yemeni migrants in ... Sadah": the force of the state
                # its demonym names, not of the country it acted in
                own = demonym_country(sentence.text[max(0, m.start() - 14):m.start()]) or own
            found.append(ActorMention(org_name(org, own, on), start, end, m.group(0), True, partisan))
    for org in _home_acronyms().get(country_code, ()):
        # "PTI supporters", "Imran Khan's PTI party" in Pakistan: the party (elsewhere PTI is the Press Trust of India)
        for m in re.finditer(rf"(?<![\w/(-]){re.escape(org['home_acronym'])}(?=\s+(?:{_MEMBERS}|workers|cadres|party)\b)", sentence.text):
            start, end = sentence.start + m.start(), sentence.start + m.end()
            if not overlaps(start, end):
                found.append(ActorMention(org_name(org, country, on), start, end, m.group(0), True))
    for m in _affiliates().finditer(sentence.text):
        # "Resistance Unit 512 in Rasht distributed leaflets": a dictionary group's own unit, by its number
        start, end = sentence.start + m.start(), sentence.start + m.end()
        tail = _UNIT_NUMBER.match(text[end:end + 12])
        end += tail.end() if tail else 0
        if not overlaps(start, end):
            found.append(ActorMention(text[start:end].strip(), start, end, text[start:end], True))
    for m in _TRIBES_LISTED.finditer(sentence.text):
        for g in ("name", "other"):
            start, end = sentence.start + m.start(g), sentence.start + m.end(g)
            if not overlaps(start, end) and m.group(g).split()[-1].lower() not in _NOT_TRIBES:
                found.append(ActorMention(f"{m.group(g)} Tribal Militia ({country or 'International'})", start, end, m.group(g), True))
    for m in _TRIBE.finditer(sentence.text):  # "Al Muaili tribesmen" -> Al Muaili Tribal Militia (Yemen)
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if not overlaps(start, end) and m.group("name").split()[-1].lower() not in _NOT_TRIBES:
            name = f"{m.group('name')} Tribal Militia ({country or 'International'})"
            found.append(ActorMention(name, start, end, m.group(0), True))
    for m in _ethnic_militia().finditer(sentence.text):  # "Druze fighters" -> Druze Ethnic Militia (Syria)
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if not overlaps(start, end):
            community = m.group("name") or m.group("herders") or m.group("doers") or m.group("community")
            found.append(ActorMention(f"{community} Ethnic Militia ({country or 'International'})",
                                      start, end, m.group(0), True))
    for m in _NAMED_MILITIA.finditer(sentence.text):  # "the Fano militia" -> Fano Militia
        start, end = sentence.start + m.start(), sentence.start + m.end()
        word = m.group("name")
        if m.group("fighters") and not re.search(rf"\b{re.escape(word)}\s+(?:militia|militiamen|militias)\b", text):
            continue  # "Fano fighters" is the Fano militia once the story has called it one
        if not overlaps(start, end) and word.lower() not in _NOT_TRIBES and word.lower() not in _SECTS \
                and not demonym_country(word) and not _PATRON_AFTER.search(word):  # ("Iranian-backed militias")
            found.append(ActorMention(f"{word} Militia", start, end, m.group(0), True))
    for m in _NAMED_GANG.finditer(sentence.text):
        start, end = sentence.start + m.start(), sentence.start + m.end()
        name = re.sub(r"^(?:The|A|An|Members of the|Rival)\s+", "", m.group("name"))
        if not overlaps(start, end) and name.split()[0].lower() not in _NOT_TRIBES and not demonym_country(name):
            # ("the Santa Rosa de Lima cartel": ACLED's 'Santa Rosa de Lima Cartel')
            found.append(ActorMention(f"{name} {'Cartel' if m.group('cartel') else 'Gang'}", start, end, m.group(0), True))
    for m in _ACRONYM.finditer(sentence.text):
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if not overlaps(start, end) and not is_media(m.group(0)):
            found.append(ActorMention(m.group(0), start, end, m.group(0), False))
    parties = _named_parties(text)
    for men in mentions:
        # ("activists of Vente Venezuela" tagged PERSON, in a story that calls it "the opposition Vente
        # Venezuela party": the party)
        if (men.label != "ORG" and not (men.label == "PERSON" and men.text in parties)) \
                or not (sentence.start <= men.start and men.end <= sentence.end):
            continue
        start, end = men.start, men.end
        tail = _UNIT_NUMBER.match(text[end:end + 12])
        if tail:
            end += tail.end()
        name = text[start:end]
        name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I).strip(" ,.")
        if name.count("(") > name.count(")"):
            name = name[:name.rfind("(")].rstrip()  # "Association of Lawyers for Freedom (ÖHD" cut by the model
            at = text.rfind(name, start, end)
            end = at + len(name) if at >= 0 else end  # (its span too: "Dik (Salfit" ends a place's name)
        if re.search(r"\s[–—]\s", name) or re.match(r"\d{1,2}[:.]\d{2}\b", name):
            # "Kermanshah – Nurses of Taleghani" tagged ORG: a list item's place and its subject ("18:30 - Students":
            # a live blog's time and its subject)
            continue
        if any(p.label == "PLACE" and (p.start <= start and end <= p.end
                                       or text[p.end:start] == " (" and text[end:end + 1] in ("),")
                                       or end < p.start and _NAME_JOINT.fullmatch(text, end, p.start)) for p in mentions):
            # "(Khabb wa ash Shaaf, Al Jawf)" with "Khabb" tagged ORG: the start of a place's name; "Al-Khader
            # (Bethlehem)" with "Bethlehem" tagged ORG: the bracket after a place names where it lies
            continue
        if any(p.label == "PLACE" and p.start == start and p.end < end and _PLACE_GOES_ON.match(text, p.end, end)
               for p in mentions):
            continue  # "shelled ... Armanaz in Idleb" tagged ORG whole: a place and where it lies
        if text[end:end + 2] in ("'s", "’s") and any(p.label == "PLACE" and p.text.casefold() == name.casefold()
                                                      for p in mentions):
            continue  # "a market on Quetta's Jinnah Road" with "Quetta" tagged ORG, in a story filed from QUETTA
        if _EMPLOYER_BEFORE.search(text, max(0, start - 60), start):
            continue  # "Retirees of the steel industry and the Social Security Organization": their employer
        if _WEAK_ORG.match(name) or len(name) < 2 or overlaps(start, end) or name == name.lower() or is_media(name) \
                or _TITLE_BEFORE.search(text[max(0, start - 30):start]) or _unknown_place(text, start, name):
            continue  # the small model tags some common nouns ("warplanes") as ORG
        if _DEPICTED_BEFORE.search(text, max(0, start - 30), start):
            continue  # "installed posters of the Iranian Resistance's leaders": who is pictured, no one acting
        if _AREA_OF_PLACE.match(name):
            continue  # "in the Badia of Al Mayadin" tagged ORG: a stretch of land, named by the town it lies by
        if _HELD_MODIFIER.match(text, end):
            continue  # "the Houthi-held port of Hodeidah" with "Houthi" tagged ORG: who holds the place, no side named
        if any(pattern.fullmatch(name) for pattern, _, kind in _generic() if kind == "civilians"):
            continue  # "Kolbars were shot at by Iranian border guards" with "Kolbars" tagged ORG: a role noun
        if _OCCASION_OF.search(text, max(0, start - 20), start):
            continue  # "a Day of the Dead celebration" with "Dead" tagged ORG: a feast, no organisation
        if name in _communities():
            continue  # "a Druze vegetable seller" with "Druze" tagged ORG: a community, no organisation
        if " " not in name and not name.isupper() and _ARTICLE_BEFORE.search(text, max(0, start - 4), start) and _NOUN_AFTER.match(text, end):
            continue  # "an Indigenous community leader" with "Indigenous" tagged ORG: what the person is
        if _TROOPS_AFTER.match(text, end) and (force := generic_actor(f"{name} troops", country, on)) and force[1] == "state" \
                and force != generic_actor("troops", country, on):
            continue  # "a convoy of African Union troops": a force generic_actor names by that name (the mission there)
        if _STATE_FORCE.search(name) and demonym_country(name) or _COMMAND.search(name):
            continue  # "Turkish Military", "the Anbar Operations Command": a state force, named the ACLED way by generic_actor
        if _UNIT_NAME.search(name) and _ARMYS_BEFORE.search(text, max(0, start - 30), start):
            continue  # "the army's 16th Infantry Division headquarters": the army's own unit, which ACLED codes as the army
        if _DIVISION_NAME.search(name) or _DIVISION_AFTER.match(text, end) or _FACILITY_AFTER.match(text, end):
            continue  # "Udenu Local Government Area of Enugu State", "the W National Park" tagged ORG: where it happened
        if name in _demonyms()[1] or name.rstrip("s") in _demonyms()[1]:
            continue  # "two Emirati nationals" with "Emirati" tagged ORG: a nationality, no organisation
        if " " not in name and any(p.fullmatch(name) for p, _ in _identity()):
            continue  # "Farmers also dumped manure ..." with "Farmers" tagged ORG: a group of people, no organisation
        if len(name.split()) == 2 and demonym_country(name.split()[0]) and generic_actor(name, country, on):
            continue  # "Israeli Settlers uprooted olive trees" tagged ORG: people generic_actor names (Settlers (Israel))
        if _BUILDING.search(name):
            continue  # "the State University Hospital of Haiti" looted: a building, whoever runs it
        if _CAMPUS.search(name) and _LOCATIVE_BEFORE.search(text, max(0, start - 10), start):
            continue  # "student protesters at Columbia University": where they are, no organisation of theirs
        if _VILLAGES_AROUND.search(text, max(0, start - 60), start):
            continue  # "villages around Al-Kadaris and Al-Khelwat" tagged ORG: places the gazetteer lacks
        if _AUTHORITY.search(name):
            # "Hakkari Governor's Office", "the Education Ministry": an organ of the state, which the
            # subject's generic name codes as the government when it acts (a building otherwise)
            continue
        if _only_places(text, start, end, mentions) or _place_with_direction(text, start, end, place_spans):
            continue  # "Kharkiv and Odesa", "eastern Arauca" tagged ORG: the places where it happened
        found.append(ActorMention(name, start, end, text[start:end], False, named_as_patron(text, start, end)))
    for m in [*ORGANISED_BY.finditer(sentence.text), *_MEMBERS_OF_NAME.finditer(sentence.text)]:
        # "A counter-protest organised by Stand Up To Racism", "called by the M66 movement": a group
        # the small model did not tag
        start, end = sentence.start + m.start("name"), sentence.start + m.end("name")
        # (a person or place is no organiser, though a body may bear a town's name: "the Leh Apex Body")
        if overlaps(start, end) or any(men.label in ("PERSON", "GPE", "NORP") and men.start < end and start < men.end
                                       and men.end - men.start >= end - start - 1 for men in mentions) \
                or is_media(m.group("name")):
            continue
        # ("called by the Leh Apex Body's youth wing": the body)
        kind = m.groupdict().get("kind")
        name = re.sub(r"['’]s$", "", m.group("name")) + (f" {kind.capitalize()}" if kind else "")
        found.append(ActorMention(name, start, sentence.start + m.end(), m.group(0), False))
    ordered: list[ActorMention] = []
    for org in sorted(found, key=lambda a: a.start):
        if ordered and text[org.end:org.end + 1] == ")" and (_ACRONYM_AFTER.fullmatch(text, ordered[-1].end, org.start) or (
                text[ordered[-1].end - 1:ordered[-1].end] == "(" and not text[ordered[-1].end:org.start].strip())):
            continue  # "the Green Left Party (YSP)": one group, its acronym in brackets
        ordered.append(org)
    return ordered


_TROOPS_AFTER = re.compile(r"\s+(?:troops|soldiers|forces|peacekeepers)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z]")


@functools.lru_cache(maxsize=1)
def _homes() -> tuple[re.Pattern[str], dict[str, str]]:
    home = {a: org["home"] for org in data_json("actors.json")["organisations"] if org.get("home")
            for a in org["aliases"]}
    alias = "|".join(re.escape(a) for a in sorted(home, key=len, reverse=True))
    return re.compile(rf"(?<![\w/])(?:anti-|pro-)?({alias})(?![\w/])"), home


def home_countries(text: str) -> dict[str, int]:
    """ISO country code -> how many different single-country groups the text names ("anti-Houthi
    forces", "the SDF": evidence of where its places lie, whichever side a group is on)."""
    pattern, home = _homes()
    groups: dict[str, set[str]] = {}
    for m in pattern.finditer(text):
        groups.setdefault(home[m.group(1)], set()).add(m.group(1))
    return {cc: len(names) for cc, names in groups.items()}


_DIRECTION_WORDS = re.compile(r"(?:\s|,|the|and|(?:north|south)?(?:east|west)?(?:ern)?|north|south|northern|southern|"
                              r"central|upper|lower|greater)*", re.I)


def _place_with_direction(text: str, start: int, end: int, place_spans: Sequence[tuple[int, int]]) -> bool:
    """An ORG mention that is a place of the sentence with a direction word ("eastern Arauca")."""
    chars = list(text[start:end])
    hit = False
    for s, e in place_spans:
        if s < end and start < e:
            hit = True
            for k in range(max(s, start), min(e, end)):
                chars[k - start] = " "
    return hit and _DIRECTION_WORDS.fullmatch("".join(chars)) is not None


def _only_places(text: str, start: int, end: int, mentions) -> bool:
    rest, pos = [], start
    # ("in northern Burkina Faso's Bam province" with "Burkina Faso's" tagged ORG: the country's)
    for m in sorted((m for m in mentions if (m.label == "PLACE" or m.label == "EMBEDDED" and _POSSESSIVE.fullmatch(
                        text, m.end, end)) and start <= m.start and m.end <= end),
                    key=lambda m: m.start):
        rest.append(text[pos:m.start])
        pos = m.end
    if pos == start:
        return False
    rest.append(text[pos:end])
    return re.fullmatch(r"(?:[\s,]|\band\b|\bthe\b|['’]s$)*", "".join(rest), re.I) is not None


_POSSESSIVE = re.compile(r"['’]s")


def subject_span(tokens: Sequence[Token], sent: int, trigger: Span | None) -> tuple[int, int] | None:
    """Character span of the subject of the trigger's clause: climb from the trigger through
    participles and coordinated or embedded clauses ("..., killing 11") to the first verb with a
    subject; fall back to the sentence's main verb."""
    sent_tokens = [t for t in tokens if t.sent == sent]
    if not sent_tokens:
        return None
    children: dict[int, list[Token]] = {}
    for t in sent_tokens:
        children.setdefault(t.head, []).append(t)
    colons = {t.i for t in sent_tokens if t.text == ":"}

    def subject_of(verb: Token) -> Token | None:
        # not a dateline's city parsed as one ("OUAGADOUGOU, June 12 (AFP) - Jihadists killed")
        subjects = [c for c in children.get(verb.i, []) if c.dep in ("nsubj", "nsubjpass") and c.i != verb.i]
        # (nor a bulletin's heading: "South Kordofan: SAF and SPLM-N forces repelled ...")
        subjects = [c for c in subjects if c.i + 1 not in colons] or subjects
        named = [c for c in subjects if not (c.text.isupper() and len(c.text) > 3)]
        if subjects and not named:
            # "MANILA, April 8, 2025 - Soldiers killed ..." parsed with the soldiers as the city's apposition
            named = [c for s in subjects for c in children.get(s.i, []) if c.dep == "appos" and c.i > s.i]
        return (named or subjects or [None])[0]

    node = None
    if trigger is not None:
        inside = [t for t in sent_tokens if t.start >= trigger.start and t.end <= trigger.end]
        node = inside[0] if inside else None

    def extent(noun: Token) -> tuple[int, int]:
        lo, hi = _subtree(sent_tokens, noun)
        verb = next((c for c in children.get(noun.i, []) if c.dep == "acl" and c.i > noun.i
                     and any(g.dep == "dobj" for g in children.get(c.i, []))), None)
        if verb is not None and not any(c.dep in ("conj", "appos") and c.i > verb.i for c in children.get(noun.i, [])):
            # "agents arrested nine citizens ..., Hengaw reported" parsed as a noun with a participle:
            # a participle with an object is the noun's own verb, and the noun up to it the subject
            hi = max(t.end for t in sent_tokens if t.i < verb.i and t.start >= lo)
        return lo, hi

    first = node
    for _ in range(8):
        if node is None:
            break
        if node is not first and node.lemma.lower() in _SAYING and first.i < node.i \
                and (lead := _bare_lead(sent_tokens, first)) is not None:
            # "Police baton-charged hundreds of PTI supporters ..., officials said" misparsed up to the
            # teller: the nouns right before the cue are its doers, not who tells of it
            return lead
        # ("Regime forces meanwhile advanced on the town": a verb tagged as an adjective, with its subject)
        verbal = node.pos in ("VERB", "AUX") or node.pos == "ADJ" and node.dep in ("ROOT", "ccomp", "conj", "advcl")
        if verbal and (subj := subject_of(node)) is not None:
            doers = _doers_of_the_harm(node, subj, children, subject_of)
            if doers is not None:
                # "At least four people were killed as supporters of the Awami League attacked a
                # rally": the dead are no subject of the act; the clause that tells it names the doers
                return extent(doers)
            teller = _teller_above(tokens, node, subject_of) if subj.pos == "PRON" else None
            # "The Malian army said it had neutralized 30 terrorists": 'it' is the army
            if teller is None and subj.pos == "PRON" and subj.text.lower() == "they" and node.dep == "relcl":
                # "a joint team of police ... traced the kidnappers to a forest ..., where they engaged them in
                # a gun duel": 'they' of the place's clause are the subject of the clause that holds it
                teller = _clause_subject_above(tokens, tokens[node.head], subject_of)
            lo, hi = extent(teller or subj)
            if teller is None and subj.i < node.i:
                # a subject ends before its verb ("Jihadists killed ..., the VDP" with the VDP parsed
                # as the subject's apposition)
                hi = min(hi, max((t.end for t in sent_tokens if lo <= t.start and t.i < node.i), default=hi))
            return lo, hi
        if node.dep == "acl" and any(c.dep == "dobj" for c in children.get(node.i, [])):
            helper = _helped_noun(tokens, tokens[node.head])
            if helper is not None:
                # "Haitian police and a specialized unit backed by drones killed ..." parsed with
                # "drones killed" as a participle: the noun the help was for, from its first conjunct
                noun, participle = helper
                return extent(noun)[0], max(t.end for t in sent_tokens if t.i < participle.i)
            lo, hi = extent(tokens[node.head])
            if tokens[node.head].i < node.i:  # the noun up to its verb, not what the verb did to whom
                hi = min(hi, max((t.end for t in sent_tokens if lo <= t.start and t.i < node.i), default=hi))
            before = [t for t in sent_tokens if t.end <= lo]
            while before and before[-1].text[:1].isupper() and before[-1].text.isalpha():
                lo = before.pop().start  # "HBDH militants carried out" with 'HBDH' parsed as a verb
            return lo, hi
        if node.dep == "acl" and node.pos == "VERB" and not any(
                t.i != node.i and t.pos in ("VERB", "AUX") and t.tag not in ("VBG", "VBN")
                and t.lemma.lower() not in _SAYING for t in sent_tokens):
            # "Inmates from rival gangs fought with guns ..., the agency said" parsed with "fought" as
            # the gangs' participle: the only act told, its noun phrase the subject (not the teller)
            noun = tokens[node.head]
            while noun.dep == "pobj" and tokens[noun.head].dep == "prep" and tokens[noun.head].head != noun.head:
                noun = tokens[tokens[noun.head].head]
            lo, hi = extent(noun)
            return lo, min(hi, max((t.end for t in sent_tokens if lo <= t.start and t.i < node.i), default=hi))
        if node.head == node.i:
            break
        node = tokens[node.head]
    root = next((t for t in sent_tokens if t.dep == "ROOT"), None)
    if root is not None and (subj := subject_of(root)) is not None:
        return extent(subj)
    return None


def _bare_lead(sent_tokens: Sequence[Token], cue: Token) -> tuple[int, int] | None:
    """The nouns opening the cue's clause right before it (after a dateline's dash or a comma)."""
    before = [t for t in sent_tokens if t.i < cue.i]
    lead: list[Token] = []
    while before and before[-1].pos in ("NOUN", "PROPN", "ADJ", "DET"):
        lead.insert(0, before.pop())
    if lead and before and before[-1].tag in ("VBG", "VBN") and (len(before) == 1 or before[-2].text in ("-", "–", "—", ",")):
        lead.insert(0, before.pop())  # "Retreating Congolese soldiers looted shops", the participle parsed as a verb
    opens = not before or before[-1].text in ("-", "–", "—", ",")
    if opens and lead and any(t.pos in ("NOUN", "PROPN") for t in lead):
        return lead[0].start, lead[-1].end
    return None


_HARM_LEMMAS = frozenset({"kill", "injure", "wound", "hurt"})
_WHILE_WORDS = frozenset({"as", "when", "after", "while"})


def _doers_of_the_harm(verb: Token, subj: Token, children: dict[int, list[Token]], subject_of) -> Token | None:
    """The subject of an "as/when" clause under a passive toll ("... were killed as X attacked Y")."""
    if subj.dep != "nsubjpass" or verb.lemma.lower() not in _HARM_LEMMAS:
        return None
    clauses = [c for c in children.get(verb.i, []) if c.dep == "advcl" and c.i > verb.i]
    for clause in clauses:
        if any(c.dep == "mark" and c.text.lower() in _WHILE_WORDS for c in children.get(clause.i, [])):
            doer = subject_of(clause)
            if doer is not None and doer.dep == "nsubj":
                return doer
    for word in children.get(verb.i, []):
        # (parsed with "as" a preposition: "as supporters ... attacked", the clause's verb subjectless)
        if word.dep == "prep" and word.text.lower() in _WHILE_WORDS and any(c.i > word.i for c in clauses):
            doer = next((c for c in children.get(word.i, []) if c.dep == "pobj"), None)
            if doer is not None and doer.pos in ("NOUN", "PROPN"):
                return doer
    return None


_SAYING = frozenset({"say", "announce", "report", "claim", "state", "confirm", "add"})


_HELPING = frozenset({"back", "support", "aid", "assist", "accompany"})


def _helped_noun(tokens: Sequence[Token], noun: Token) -> tuple[Token, Token] | None:
    """For the object of "backed by" ("a unit backed by drones"): the noun backed (its first
    conjunct) and the participle."""
    if noun.dep != "pobj" or tokens[noun.head].text.lower() != "by":
        return None
    participle = tokens[tokens[noun.head].head]
    if participle.dep != "acl" or participle.lemma.lower() not in ("back", "support", "aid", "assist", "accompany"):
        return None
    head = tokens[participle.head]
    while head.dep == "conj" and head.head != head.i:
        head = tokens[head.head]
    return head, participle


def outer_subjects(tokens: Sequence[Token], sent: int, trigger: Span) -> list[tuple[int, int]]:
    """Active subjects of the verbs above the trigger's own clause, nearest first, not those of
    saying ("Israeli forces raided the camp, where a gunfight ... left two dead": the forces)."""
    sent_tokens = [t for t in tokens if t.sent == sent]
    node = next((t for t in sent_tokens if t.start >= trigger.start and t.end <= trigger.end), None)
    out: list[tuple[int, int]] = []
    seen_verb = False
    for _ in range(10):
        if node is None or node.head == node.i:
            break
        node = tokens[node.head]
        if node.pos not in ("VERB", "AUX"):
            continue
        if not seen_verb:
            seen_verb = True  # the trigger's own clause
            continue
        if node.lemma.lower() in _SAYING:
            continue
        out += [_subtree(sent_tokens, c) for c in sent_tokens if c.head == node.i and c.dep == "nsubj" and c.i != node.i]
    return out


def _clause_subject_above(tokens: Sequence[Token], noun: Token, subject_of) -> Token | None:
    """The first subject, not a pronoun, of a verb above a noun (the clause a relative clause hangs from)."""
    node = noun
    for _ in range(6):
        if node.pos in ("VERB", "AUX") and (subj := subject_of(node)) is not None and subj.pos != "PRON":
            return subj
        if node.head == node.i:
            return None
        node = tokens[node.head]
    return None


def _teller_above(tokens: Sequence[Token], verb: Token, subject_of) -> Token | None:
    """The subject (not a pronoun) of the verb of saying whose report holds `verb`, if any."""
    node = verb
    for _ in range(3):
        if node.head == node.i or node.dep not in ("ccomp", "conj", "advcl"):
            return None
        node = tokens[node.head]
        if node.lemma.lower() in _SAYING:
            if node.i > verb.i:
                return None  # "..., they came under fire, said a spokesman": no antecedent told first
            subj = subject_of(node)
            return subj if subj is not None and subj.pos != "PRON" else None
    return None


def passive_agent(tokens: Sequence[Token], sent: int, trigger: Span | None) -> tuple[int, int] | None:
    """The 'by' phrase of the trigger's passive clause ("a woman was stabbed by a Palestinian",
    "operations carried out by the Gendarmerie forces"): who acted, when the subject is the victim."""
    sent_tokens = [t for t in tokens if t.sent == sent]
    if trigger is None or not sent_tokens:
        return None
    children: dict[int, list[Token]] = {}
    for t in sent_tokens:
        children.setdefault(t.head, []).append(t)
    node = next((t for t in sent_tokens if t.start >= trigger.start and t.end <= trigger.end), None)
    found, active = _agent_above(tokens, node, children, sent_tokens)
    if found is not None or active:
        return found
    # "a man's body was found ..., killed by an unknown armed group": the killing's agent
    for t in sent_tokens:
        if t.dep == "agent" and tokens[t.head].lemma.lower() in _HARM_VERBS | _OPERATION_VERBS:
            objects = [c for c in children.get(t.i, []) if c.dep == "pobj"]
            if objects:
                return _agent_phrase(sent_tokens, objects[0])
    return None


def _agent_phrase(sent_tokens: Sequence[Token], root: Token) -> tuple[int, int]:
    """The agent without where it acted ("the Gendarmerie forces [in Cemce area of Kagizman]")."""
    place_preps = [t for t in sent_tokens if t.head == root.i and t.dep == "prep" and t.i != root.i
                   and t.text.lower() in ("in", "at", "near", "on", "outside", "inside", "around")]
    lo, hi = _subtree(sent_tokens, root)
    cut = min((_subtree(sent_tokens, p)[0] for p in place_preps if p.start > root.start), default=hi)
    return lo, max(t.end for t in sent_tokens if lo <= t.start and t.end <= cut)


# "militants were killed during operations carried out by the Gendarmerie": who ran the operation acted
_OPERATION_VERBS = frozenset({"carry", "conduct", "launch", "mount", "stage", "lead", "perform", "execute"})
_HARM_VERBS = frozenset({"kill", "shoot", "execute", "murder", "stab", "torture", "abduct", "kidnap", "assassinate",
                         "attack", "target", "wound", "injure", "beat", "plant", "detonate"})


def _agent_above(tokens: Sequence[Token], node: Token | None, children: dict,
                 sent_tokens) -> tuple[tuple[int, int] | None, bool]:
    """The agent of the nearest clause above `node`, and whether an active clause came first."""
    for _ in range(8):
        if node is None:
            return None, False
        kids = [c for c in children.get(node.i, []) if c.i != node.i]
        if any(c.dep == "nsubj" for c in kids):
            return None, True  # an active clause: its subject acted
        # "was stabbed by a Palestinian", and for an event noun "a joint patrol by Turkish forces"
        agent = next((c for c in kids if c.dep == "agent" or (
            c.dep == "prep" and c.text.lower() == "by" and node.pos == "NOUN")), None)
        if agent is not None and node.lemma.lower() in _HELPING:
            agent = None  # "a unit backed by drones": who helped, not who acted
        objects = [c for c in children.get(agent.i, []) if c.dep == "pobj"] if agent is not None else []
        if objects:
            return _agent_phrase(sent_tokens, objects[0]), False
        if node.head == node.i:
            return None, False
        node = tokens[node.head]
    return None, False


def clause_agent(tokens: Sequence[Token], sent: int, trigger: Span | None) -> tuple[int, int] | None:
    """The subject of a 'when' or 'as' clause under a passive trigger ("two fighters were killed
    when a Turkish drone struck their car"): who acted, when the passive names only the victims."""
    sent_tokens = [t for t in tokens if t.sent == sent]
    node = next((t for t in sent_tokens if trigger and t.start >= trigger.start and t.end <= trigger.end), None)
    if node is None:
        return None
    # (under the trigger, or right after it when the parse hangs the clause elsewhere: "At least 11
    # soldiers were killed when suspected jihadists attacked their position, the junta said")
    for verb in sorted(sent_tokens, key=lambda t: (t.head != node.i, t.i)):
        if verb.dep != "advcl" or verb.i <= node.i or verb.lemma.lower() not in _HARM_VERBS | _STRIKE_VERBS:
            continue
        if verb.head != node.i and any(t.pos == "VERB" and node.i < t.i < verb.i and t.dep not in ("amod", "conj")
                                       for t in sent_tokens):
            continue
        marks = [c for c in sent_tokens if c.head == verb.i and c.dep in ("advmod", "mark") and c.i < verb.i]
        subjects = [c for c in sent_tokens if c.head == verb.i and c.dep == "nsubj" and c.pos != "PRON"]
        if subjects and any(m.text.lower() in ("when", "as") for m in marks):
            return _subtree(sent_tokens, subjects[0])
    return None


_STRIKE_VERBS = {"strike", "hit", "bomb", "shell", "target", "fire", "open", "ram", "ambush", "attack", "storm", "raid"}


def passive_subjects(tokens: Sequence[Token], sent: int) -> list[tuple[int, int]]:
    """Spans of the passive subjects of a sentence ("Four civilians ... were killed")."""
    sent_tokens = [t for t in tokens if t.sent == sent]
    return [_subtree(sent_tokens, t) for t in sent_tokens if t.dep == "nsubjpass"]


def relative_patients(tokens: Sequence[Token], sent: int) -> list[tuple[int, int]]:
    """The nouns a passive relative clause tells of ("reporter Luis Ramírez, who was shot dead":
    the reporter), up to the relative pronoun."""
    sent_tokens = [t for t in tokens if t.sent == sent]
    by_index = {t.i: t for t in sent_tokens}
    out = []
    for t in sent_tokens:
        verb = by_index.get(t.head)
        noun = by_index.get(verb.head) if verb is not None and verb.dep == "relcl" else None
        if t.dep == "nsubjpass" and t.text.lower() in ("who", "which", "that") and noun is not None:
            start = _subtree(sent_tokens, noun)[0]
            out.append((start, max(x.end for x in sent_tokens if start <= x.start < t.start and x.pos != "PUNCT")))
    return out


def _subtree(sent_tokens: Sequence[Token], root: Token) -> tuple[int, int]:
    members = {root.i}
    changed = True
    while changed:
        changed = False
        for t in sent_tokens:
            if t.i not in members and t.head in members and t.head != t.i:
                members.add(t.i)
                changed = True
    chosen = [t for t in sent_tokens if t.i in members]
    return min(t.start for t in chosen), max(t.end for t in chosen)


# "..., the Hengaw Organization for Human Rights reported", "according to a relative who spoke to Hengaw"
# ("the UN humanitarian office OCHA said")
# ("the Houthi-run health ministry said": who runs the teller)
_TELLS_AFTER = re.compile(r"\)?(?:-(?:run|led|controlled|backed|affiliated|owned|aligned))?(?:\s+(?:[A-Z][\w-]*|for|of|and|the|(?:[a-z-]+\s+){0,2}?"
                          r"(?:mission|agency|office|force|spokes(?:man|woman|person)|"
                          r"chief|head|commander|envoy|representative)(?:\s+in(?:\s+the)?)?(?=\s+[A-Z])))*(?:\s*\([^)]{1,20}\))?(?:\s+[a-z-]+){0,3}\s*(?:\([^)]{1,20}\)\s*)?,?\s*(?:said|says|reported|reports|"
                          r"told|stated|announced|confirmed|added|noted|documented|wrote|quoted|learned|learnt)\b")
_TOLD_BEFORE = re.compile(r"\b(?:according to|told|spoke to|speaking to|talked to|quoted by|cited by|"
                          r"(?:said|reported|stated) (?:in a statement )?(?:to|by)|"
                          r"(?:reports?|information|accounts?|videos?|images?|footage) (?:received|obtained|verified|seen) by)"
                          r"\s+(?:the\s+)?$", re.I)


def tells(text: str, start: int, end: int, floor: int = 0) -> bool:
    """The name at text[start:end] is who tells of the event (a speaker or a recipient of the
    account), not one of its sides ("the United Nations mission MINUSCA said")."""
    return bool(_TELLS_AFTER.match(text, end) or _TOLD_BEFORE.search(text[max(floor, start - 40):start]))


# "M23 rebels", "ELN guerrillas": the story says which group its "rebels" are
_REBEL_NOUN = re.compile(r"\s+(?:rebels?|rebel fighters|insurgents|guerrillas?)\b")


def named_rebels(text: str, upto: int, country: str = "", on: date | None = None) -> str | None:
    """The one dictionary group the text before `upto` calls rebels ("M23 rebels"), or None."""
    pattern, canonical = _dictionary()
    names = {org_name(canonical[m.group(0)], country, on) for m in pattern.finditer(text, 0, upto)
             if _REBEL_NOUN.match(text, m.end())}
    return names.pop() if len(names) == 1 else None


def home_rebels(text: str, country_code: str, country: str = "", on: date | None = None) -> ActorMention | None:
    """The one dictionary rebel group of this country (its 'home') that the text names, at its first
    mention ("a spokesman for the ... (CSP-DPA)" in Mali), or None when it names none or several."""
    pattern, canonical = _dictionary()
    found = [m for m in pattern.finditer(text) if canonical[m.group(0)].get("home") == country_code
             and canonical[m.group(0)].get("kind") == "rebel"]
    if not found or len({canonical[m.group(0)]["name"] for m in found}) > 1:
        return None
    m = found[0]
    return ActorMention(org_name(canonical[m.group(0)], country, on), m.start(), m.end(), m.group(0), True)


def generic_actor(phrase: str, country: str, on: date | None = None, *, earliest: bool = False,
                  other_than: str = "") -> tuple[str, str] | None:
    """'PMOI/MEK supporters' -> ('Protesters (Iran)', 'protesters'); None if no role noun.
    State forces carry ACLED's government period: 'Military Forces of Syria (2000-)'.
    The table's order decides between role nouns, or with `earliest` the first one written;
    `other_than` skips one actor (the doer, when the target is sought)."""
    rows = _generic()
    if earliest:
        found = [(m.start(), n) for n, (pattern, _, _) in enumerate(rows) if (m := pattern.search(phrase))]
        rows = tuple(rows[n] for _, n in sorted(found))
    for pattern, name, kind in rows:
        if pattern.search(phrase):
            if kind == "settlers" and country not in ("Israel", "Palestine") and not _ISRAELI.search(phrase):
                continue  # "Bengali settlers" in Bangladesh's hill tracts are no Israeli settlers
            if kind == "enemy":  # a Ukrainian administration's "the enemy": Russia's forces
                adversary = data_json("actors.json")["adversaries"].get(country)
                if adversary is None:
                    continue
                return with_period(f"Military Forces of {adversary}", adversary, on), "state"
            if kind == "peacekeepers":  # "a Zambian peacekeeper" in the Central African Republic: MINUSCA
                missions = [m for since, m in data_json("actors.json")["peacekeeping"].get(country, [])
                            if on is None or since <= on.isoformat()]
                if not missions or not missions[-1]:
                    continue
                return missions[-1], "state"
            if kind == "coalition":  # "coalition warplanes" in Iraq: the multinational operation there
                operations = [op["name"] for op in data_json("actors.json")["operations"] if op["country"] == country
                              and (on is None or op["since"] <= on.isoformat())]
                if not operations:
                    continue
                return operations[-1], "state"
            if kind == "separatists":  # "separatist fighters" in Cameroon: ACLED's name for them there, if it has one
                named = generic_name(name.format(country=country))
                if named == name.format(country=country):
                    continue
                return named, "armed"
            forces_of = country
            if kind == "state" and name.startswith("Military Forces of"):
                # "the army" in the West Bank: ACLED has no Palestinian military, the army there is Israel's
                forces_of = data_json("actors.json")["occupied"].get(country, country)
            actor = generic_name(name.format(country=forces_of or "International"))
            if kind == "state":
                actor = with_period(actor, forces_of, on)
            if actor == other_than:
                continue
            return actor, kind
    return None


_HELD_MODIFIER = re.compile(r"-(?:held|controlled|run|occupied|besieged)\b")
_ISRAELI = re.compile(r"\b(?:Israeli|Jewish)\b")


def national_actor(phrase: str, country: str, on: date | None = None) -> tuple[str, str] | None:
    """generic_actor for the country the phrase's demonym names, else the given one ("Azerbaijani
    forces" in a report from Armenia: Azerbaijan's military)."""
    return generic_actor(phrase, demonym_country(phrase) or country, on)


@functools.lru_cache(maxsize=1)
def _possessive() -> re.Pattern[str]:
    countries = sorted(set(data_json("actors.json")["demonyms"].values()), key=len, reverse=True)
    # (also a force named by its country: "Kenya Defence Forces", "Sudan Armed Forces", "Zambia Police Service")
    return re.compile(r"\b(" + "|".join(re.escape(c) for c in countries) + r")(?:['’]s?\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:army|military|armed forces|police|security forces|forces|troops|soldiers|navy|air force|"
                      r"gendarmerie|coast guard|defen[cs]e ministry|ministry of defen[cs]e|general staff)\b|"
                      r"\s+(?:National\s+)?(?:Defen[cs]e Forces?|Armed Forces|Army|Police(?: Force| Service)?)\b)")


def generic_name(actor: str) -> str:
    """ACLED's own name for a generic actor in one country ('Rebel Group (Syria)' -> 'Opposition Rebels (Syria)')."""
    return data_json("actors.json")["generic_names"].get(actor, actor)


# generic armed groups no source names ("Rebel Group (Mali)", Syria's "Opposition Rebels (Syria)")
UNNAMED_REBELS = ("Rebel Group (", "Opposition Rebels (")


def with_period(actor: str, country: str, on: date | None) -> str:
    actor = _THE_COUNTRY.sub(r"of the \1", actor)  # ACLED: 'Military Forces of the United States'
    starts = [s for s in data_json("state_periods.json")["periods"].get(country, []) if on is None or s <= on.isoformat()]
    return f"{actor} ({starts[-1][:4]}-)" if starts else actor


# country names ACLED writes with "the" after "Forces of"
_THE_COUNTRY = re.compile(r"\bof (United States|United Arab Emirates|United Kingdom|Netherlands|Philippines|"
                          r"Democratic Republic of Congo|Central African Republic|Gambia|Bahamas|Comoros|Maldives)$")


@functools.lru_cache(maxsize=1)
def _identity() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(rf"\b(?:{pat})\b", re.I), name) for pat, name in data_json("actors.json")["identity"])


def identity_groups(phrase: str, country: str) -> list[str]:
    """ACLED's identity groups named in a phrase ('cleaners working for ...' -> 'Labour Group (Iraq)')."""
    found = []
    # (not whom the crowd speaks for: "relatives of detainees" are no prisoners, "families of the victims" no victims)
    phrase = _KIN_OF.sub(" ", phrase)
    for pattern, name in _identity():  # more specific groups first; each word counts once
        if pattern.search(phrase):
            found.append(name.format(country=country or "International"))
            phrase = pattern.sub(" ", phrase)
    return found


def implied_groups(names: list[str], country: str) -> list[str]:
    """The identity groups ACLED adds for the organisations among a crowd's associates: a trade union's
    workers ('DISK: Confederation of Progressive Trade Unions of Turkey' -> 'Labour Group (Turkey)'), a
    medical association's health workers ('TTB: Turkish Medical Association' -> 'Health Workers (Turkey)')."""
    found = []
    for pattern, group in _IMPLIED:
        if any(pattern.search(n) for n in names):
            found.append(f"{group} ({country or 'International'})")
    return found


_IMPLIED = ((re.compile(r"\b(?:Trade|Labou?r|Workers['’]?) Unions?\b|\bConfederation of [\w' ]*Unions\b|\bGeneral Union of Workers\b"),
             "Labour Group"),
            (re.compile(r"\bMedical (?:Association|Union|Syndicate|Chamber)\b|\b(?:Doctors|Physicians|Nurses)['’]? (?:Association|Union|"
                        r"Syndicate)\b"), "Health Workers"))


_KIN_OF = re.compile(r"\b(?:relatives|families|family members|mothers|fathers|parents|wives|widows)\s+"
                     r"of\s+(?:the\s+|jailed\s+|detained\s+|missing\s+|slain\s+)?(?:[\w-]+\s+){0,2}?[\w-]+", re.I)
# ("killing three workers, the governor said": the victims' words end at the clause)
_VICTIM_CLAUSE = re.compile(r"[,;:]|\b(?:said|says|according)\b")
# a place's name ("the Bureij refugee camp") or an employer's staff ("employees of UN agencies") is no group of victims
_NOT_VICTIM_GROUP = re.compile(r"\brefugee camps?\b|\b(?:employees|staff)\b(?:\s+of\b)?", re.I)


def victim_groups(phrase: str, country: str, *, women: bool = False) -> list[str]:
    """The identity groups ACLED associates with civilian victims ("killing two gold miners": Labour
    Group; "shot dead reporter Luis Ramírez": Journalists); women only when `women` (sexual
    violence), not when a toll names them in passing."""
    words = _NOT_VICTIM_GROUP.sub(" ", _VICTIM_CLAUSE.split(phrase, 1)[0])
    return [g for g in identity_groups(words, country) if women or not g.startswith("Women")]


def side_groups(phrase: str) -> list[str]:
    """Groups ACLED associates with a side: 'pro-Hadi and affiliated forces' -> Militia (Pro-Government)."""
    return [name for pat, name in data_json("actors.json")["side_groups"] if re.search(pat, phrase, re.I)]


def under_operation(actor: str, country: str, on: date | None) -> str | None:
    """The multinational operation a state force acts under in `country` on that day ('Military
    Forces of Saudi Arabia (2015-)' in Yemen -> 'Operation Restoring Hope'), or None."""
    for op in data_json("actors.json")["operations"]:
        if op["country"] != country or (on is not None and on.isoformat() < op["since"]):
            continue
        if any(actor.startswith((f"Military Forces of {member}", f"Military Forces of the {member}"))
               for member in op["members"]):
            return op["name"]
    return None


def demonyms() -> tuple[re.Pattern[str], dict[str, str]]:
    """The demonym pattern (group 1: the demonym) and its table demonym -> country name."""
    return _demonyms()


@functools.lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(_demonyms()[1].values())


def country_named(word: str) -> str | None:
    """The country a word names by its own name ("Russia launched ..."), as the demonym table writes it."""
    return word if word in _country_names() else None


def demonym_country(phrase: str) -> str | None:
    """'Syrian army' -> 'Syria'; a country's own force too ("Sudan's army" signing in Jeddah)."""
    pattern, table = _demonyms()
    m = pattern.search(phrase)
    if m:
        return table[m.group(1)]
    owner = _possessive().search(phrase)
    return owner.group(1) if owner else None


# ACLED's actor types (inter codes) for the generic names dateline writes
_INTER_PREFIXES = (("Government of", 1), ("Unidentified Military Forces", 8), ("Unidentified Armed Group", 3),
                   ("Unidentified Tribal Militia", 4), ("Unidentified Communal Militia", 4), ("Militia (", 3),
                   *((prefix, 2) for prefix in UNNAMED_REBELS), ("Settlers (", 4), ("Rioters (", 5),
                   ("Protesters (", 6), ("Civilians (", 7), ("Prisoners (", 7))
_INTER_SUFFIX = re.compile(r" (?:Ethnic|Tribal|Clan|Communal) Militia(?: \(|$)")
_STATE_ACTOR = re.compile(r"^(?:Military|Police) Forces of (?P<country>.+?)(?: \(\d{4}-\d{0,4}\)|$)")
INTER_OF_KIND = {"rebel": 2, "militia": 3, "party": 3, "external": 8}


@functools.lru_cache(maxsize=1)
def _org_kinds() -> tuple[dict[str, dict], tuple[tuple[str, dict], ...]]:
    """Dictionary organisations by ACLED name, and by the prefix of a name written per country."""
    orgs = data_json("actors.json")["organisations"]
    by_name = {o["name"]: o for o in orgs if "{country}" not in o["name"]}
    templates = tuple((o["name"].split("{country}")[0], o) for o in orgs if "{country}" in o["name"])
    return by_name, templates


def _organisation(actor: str) -> dict | None:
    by_name, templates = _org_kinds()
    return by_name.get(actor) or next((o for prefix, o in templates if actor.startswith(prefix)), None)


def state_country(actor: str) -> str | None:
    """The country of a state force's name ("Military Forces of Yemen (2012-) Security Belt Forces" -> Yemen)."""
    m = _STATE_ACTOR.match(actor)
    return m.group("country") if m else None


def home_state(actor: str) -> str | None:
    """The country of a state force as the gazetteer names it ("Military Forces of the United States
    (2021-)" -> United States), to compare with a place's country."""
    country = state_country(actor)
    return country[4:] if country and country.startswith("the ") else country


def is_party(actor: str) -> bool:
    org = _organisation(actor)
    return bool(org) and org.get("kind") == "party"


def inter_code(actor: str, country: str = "") -> int | None:
    """ACLED's inter code of an actor name: 1 state forces (8 outside their own country, as ACLED
    codes Turkey's army in Syria), 2 rebels, 3 political militias, 4 identity militias, 5 rioters,
    6 protesters, 7 civilians, 8 external forces; None when the name is no actor type ACLED codes."""
    if not actor:
        return None
    state = home_state(actor)
    if state:
        return 8 if country and state != country else 1
    code = next((code for prefix, code in _INTER_PREFIXES if actor.startswith(prefix)), None)
    if code is not None:
        return code
    if _INTER_SUFFIX.search(actor):
        return 4
    org = _organisation(actor)
    if org is None:
        return None
    if "state" in org:  # a state branch written by its own name (its period not begun)
        return 8 if country and org["state"]["country"] != country else 1
    return INTER_OF_KIND.get(org.get("kind", ""))


def peace_mission(actor: str) -> bool:
    """The actor is a peace operation ACLED names for a country ("AMISOM: African Union Mission in Somalia")."""
    return any(actor == name for missions in data_json("actors.json")["peacekeeping"].values() for _, name in missions)


def armed_organisation(actor: str) -> bool:
    """A dictionary organisation that fights: a rebel group, a militia or gang, an external force."""
    org = _organisation(actor)
    return org is not None and org.get("kind") in ("rebel", "militia", "external")


@functools.cache
def ethnic_communities() -> frozenset[str]:
    """The communities whose armed men ACLED codes as ethnic militias ("Dinka", "Fulani")."""
    return frozenset(data_json("actors.json")["ethnic_militias"])
