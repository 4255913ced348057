"""How well a gazetteer-only toponym hit is supported: the rules that keep "Mark", "Police", a
surname or a place inside an organisation's name from becoming a place (see places.py)."""
from __future__ import annotations

import re

from ..actors import inside_group_name, inside_media_name, is_known_organisation
from ..dates import CALENDAR
from ..eventlocation import DASH_ITEM, LINE_START, heading_at
from ..gazetteer import ALTERNATE, ARABIC_NAME_COUNTRIES, PRIMARY
from ..georank_names import THE_BEFORE
from ..model import Mention
from .place_words import DIRECTIONS, DIVISION, EMBEDDED, LIST_CUE, MIN_POPULATION, NER_BLOCK, PLACE_PREPOSITIONS, Hit


_IN_PLACE = re.compile(r"\b(?:in|at|near|outside|into|around)\s+(?:the\s+)?$", re.I)


# the government house of a Levantine or Turkish town ("the Serail", "the Saray"), as news calls it
GOVERNMENT_HOUSES = frozenset({"Saray", "Serail", "Sarail", "Sarayi", "Serai"})


_NAME_WORD_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b(?:International|National|Central|Municipal|Regional|Military|Air|General)\s+$")


def support(text: str, hits: list[Hit], ner: list[Mention], gaz) -> None:
    """Decide how well each gazetteer-only hit is supported (NER hits already are)."""
    people = _surnames(text, ner)
    for h in hits:
        name = text[h.start:h.end]
        if re.fullmatch(DIRECTIONS, name, re.I) or re.match(r"I['’]", name):
            h.support = -1  # "North" alone, "I've"
            continue
        if h.source == "gazetteer" and " " not in name and gaz.is_common_word(name) \
                and _NAME_WORD_BEFORE.search(text, max(0, h.start - 25), h.start):
            h.support = -1  # "near Baghdad International Airport": the last word of a name, not Airport, Hawaii
            continue
        if h.source == "gazetteer" and ACRONYM.fullmatch(name) and not _abbreviates_region(name, gaz):
            h.support = -1  # "SWAT", "PA", "II": an acronym is a place only as a country's or a state's
            continue
        if ARMED_AFTER.match(text, h.end) and not is_region(name, gaz) and not PLACE_PREPOSITIONS.search(
                text[max(0, h.start - 40):h.start]):
            h.support = -1  # "Fano militiamen", "In Gondar, Fano fighters": a force named so, not where it fought
            continue
        if name in GOVERNMENT_HOUSES and THE_BEFORE.search(text, max(0, h.start - 5), h.start):
            h.support = -1  # "gathered outside the Saray": a town's government house, not the Azeri town
            continue
        if _GANG_AFTER.match(text, h.end) and THE_BEFORE.search(text, max(0, h.start - 5), h.start):
            h.support = -1  # "members of the Brooklyn gang against those of the Boston gang": a gang's name
            continue
        if is_known_organisation(name) and not _IN_PLACE.search(text, max(0, h.start - 12), h.start):
            h.support = -1  # "Members of Los Lobos and Los Choneros": a group the actor dictionary knows
            continue
        if inside_group_name(text, h.start, h.end):
            # "in support of the banned group Palestine Action": a group's name
            h.support = EMBEDDED if name.isupper() or not gaz.is_common_word(name) else -1
            continue
        if inside_media_name(text, h.start, h.end):
            # "residents told Myanmar Now", "the Kathmandu Post": a news outlet's name (a toponym
            # geoparsing corpora annotate, no event place)
            h.support = EMBEDDED if not gaz.is_common_word(name) else -1
            continue
        if DEPICTED.search(text, max(0, h.start - 40), h.start) and not gaz.has_name(name):
            h.support = 0  # "a large banner of Khamenei": whom a picture shows, not a place
            continue
        if name in people and h.source not in ("pattern", "road") and not _major_region(name, gaz):
            h.support = 0  # "Farrin, 43, was arrested" after "Chief Henry Farrin"
            continue
        if (SPEAKER_AFTER.match(text, h.end) or text[h.end:h.end + 3].strip().startswith("&")) \
                and not PLACE_PREPOSITIONS.search(text[max(0, h.start - 40):h.start]) \
                and not big_place(name, gaz, 20 * MIN_POPULATION):
            h.support = 0  # '"...," Douglas said.', "Stevens & Wilkinson" (but "Tehran said" is a place)
            continue
        if _AFTER_NAME_COMMA.search(text, max(0, h.start - 30), h.start) and _CLAUSE_GOES_ON.match(text, h.end) \
                and _division(name, gaz) and not gaz.is_common_word(name):
            h.support = 2  # "in Datu Saudi Ampatuan, Maguindanao del Sur, on Sunday": the province of a place
            continue
        if LINE_START.search(text, max(0, h.start - 6), h.start) and (_ITEM_AFTER.match(text, h.end) or (
                _ITEM_CAPITAL_AFTER.match(text, h.end) and big_place(name, gaz, MIN_POPULATION))) \
                and (not gaz.is_common_word(name) or big_place(name, gaz, 10 * MIN_POPULATION)) and name not in people:
            # "- Huliaipole: an artillery strike damaged a house", a bulletin's item (its bullet
            # cleaned away) headed by its place (not "Trump: We will ...", a speaker)
            h.support = 2
            continue
        if _LGA_AFTER.match(text, h.end) and gaz.has_name(name) and not gaz.is_common_word(name):
            h.support = 2  # "in Bungudu Local Government Area of Zamfara State" tagged ORG: the division named
            continue
        if SEAT_AFTER.match(text, h.end) and big_place(name, gaz, 0):
            h.support = 2  # "Hakkari Governor's Office banned all protests": the authority of that place
            continue
        if _HELD_SITE_AFTER.match(text, h.end) and big_place(name, gaz, 0) and not gaz.is_common_word(name):
            h.support = 2  # "in the regime's Saydnaya military prison" tagged ORG: the prison's town
            continue
        if MEDIA_AFTER.match(text, h.end) and not PLACE_PREPOSITIONS.search(text[max(0, h.start - 40):h.start]):
            # "the independent Myanmar Now news outlet", "Syria TV": a place inside a medium's name
            h.support = EMBEDDED if name.isupper() or not gaz.is_common_word(name) else -1
            continue
        if _blocked(h, ner, text, gaz) or name.lower() in CALENDAR or CURRENCY.match(text, h.end) \
                or THING_AFTER.match(text, h.end):
            h.support = -1
            if _in_organisation(h, ner, text) and name.lower() not in CALENDAR \
                    and (name.isupper() or _is_country(name, gaz) or not gaz.is_common_word(name)) \
                    and not name.startswith("The ") \
                    and big_place(name, gaz, MIN_POPULATION):
                h.support = EMBEDDED  # "Center", "Police" or a surname inside a name are not places
            continue
        if h.source == "ner" and " " not in name and not gaz.has_name(name) and not _pattern(text, h, hits) \
                and not re.search(rf"\b{DIRECTIONS}\s$", text[max(0, h.start - 16):h.start], re.I):
            h.support = 0  # one word the model calls a place and the gazetteer does not know ("Yogananda")
            continue
        if h.source in ("ner", "pattern", "road"):
            continue
        if _POSSESSOR.search(text, max(0, h.start - 40), h.start) and _AREA_AFTER.match(text, h.end):
            h.support = 2  # "in Zamfara state's Maru area": a place's own area, named by its town
            continue
        if _division_of_owner(text, h, gaz):
            h.support = 2  # "in Cameroon's Northwest region": the country's division, though also a common word
            continue
        if _pattern(text, h, hits):
            # "in God", "But residents": a lower-case word needs a big place behind the pattern,
            # unless the text calls it a place ("the southern city of Agen", "in Bor town")
            common = not name.isupper() and gaz.is_common_word(name) \
                and not NAMED_PLACE_OF.search(text[max(0, h.start - 20):h.start]) and not _KIND_AFTER.match(text, h.end)
            h.support = 2 if not common or big_place(name, gaz, 20 * MIN_POPULATION) else 0
            continue
        region = is_region(name, gaz)
        if _BRACKET_LIST_BEFORE.search(text, max(0, h.start - 50), h.start) and text.startswith(")", h.end) \
                and any(m.label == "ORG" and (m.start, m.end) == (h.start, h.end) for m in ner) \
                and big_place(name, gaz, MIN_POPULATION):
            h.support = 2  # "(Ain Issa, Ar-Raqqa)" with Ar-Raqqa tagged ORG: a note's bracket ends with the province
            continue
        if TARGET_VERB.search(text[max(0, h.start - 40):h.start]) and big_place(name, gaz, MIN_POPULATION):
            h.support = 2  # "forces bombed Sinjar": the object of an attack or capture is a place
            continue
        if not region and not PLACE_SHAPED.search(name) and not _after_country(text, h.start, gaz) \
                and not KIND_BEFORE.search(text, max(0, h.start - 20), h.start) and not _KIND_AFTER.match(text, h.end) \
                and any(m.label in ("PERSON", "ORG") and (m.start, m.end) == (h.start, h.end) for m in ner):
            h.support = 0  # "Modi", "Chen": a person or organisation unless a pattern says place
            continue
        if NAMED_PLACE_OF.search(text[max(0, h.start - 30):h.start]):
            h.support = 2  # "in the neighbouring municipality of Tame": the text calls it a place
            continue
        if heading_at(text, h.start, h.end) and _is_country(name, gaz):
            h.support = 2  # "- Mali: Wagner Group and Malian soldiers raided ...": a bulletin's country heading
            continue
        if not name.isupper() and gaz.is_common_word(name):  # "US" is not "us"
            h.support = 0
            continue
        if (_KIND_AFTER.match(text, h.end) or _KIND_ENDS.search(name)) and not sentence_initial(text, h.start):
            # "an attack on Kebbe local government area", a division GeoNames gives no population
            # ("in Manipur's Chandel district": the division word read into the name)
            h.support = 2
            continue
        # a capital letter at a sentence start says nothing: ask for a bigger place there
        floor = MIN_POPULATION * 20 if sentence_initial(text, h.start) else MIN_POPULATION
        h.support = 1 if big_place(name, gaz, floor) else 0
    # comma/and lists: a supported place lends its support to gazetteer names listed with it
    for _ in range(2):
        for a, b in zip(hits, hits[1:]):
            gap = text[a.end:b.start]
            # ("between Idlib city and Saraqib": a place listed after one the text calls a city)
            if re.fullmatch(r",? (?:and |or )?|, | (?:city|town) (?:and|or) ", gap) and max(a.support, b.support) >= 2:
                for h in (a, b):
                    word = text[h.start:h.end]
                    if h.support >= 0 and (word.isupper() or not gaz.is_common_word(word) or (
                            h is b and len(word) > 3 and _IN_LIST.fullmatch(gap) and a.support >= 2 and not _NAME_GOES_ON.match(text, b.end)
                            and PLACE_PREPOSITIONS.search(text[max(0, a.start - 40):a.start])
                            and big_place(word, gaz, 4 * MIN_POPULATION)) or (
                            h is a and len(word) > 3 and gap == " and " and b.support >= 2
                            and PLACE_PREPOSITIONS.search(text[max(0, a.start - 40):a.start])
                            and big_place(word, gaz, 4 * MIN_POPULATION))):
                        # ("rallied in Ahvaz and Shush": a dictionary word listed after a place the
                        # sentence is in is a town, if a big one; "in Agen and Toulouse": before one too)
                        h.support = max(h.support, 2)
    _long_lists(text, hits, gaz)
    _item_heads(text, hits, gaz)
    _other_cities(text, hits, gaz)


_IN_LIST = re.compile(r",? and |, ")
_NAME_GOES_ON = re.compile(r"\s+[A-Z\d]")
# "in Ahvaz, Shush and several other cities of Khuzestan": the text calls the list's names cities
_OTHER_PLACES_AFTER = re.compile(r",?\s+(?:and|as well as)\s+(?:in\s+)?(?:several|many|some|a few|a number of|\d+|two|three|"
                                 r"four|five|dozens of)?\s*other\s+(?:cities|towns|villages|provinces|districts|places)\b")


def _other_cities(text: str, hits: list[Hit], gaz) -> None:
    chain: list[Hit] = []
    for h in hits:
        chain = chain + [h] if chain and _LIST_GAP.fullmatch(text[chain[-1].end:h.start]) else [h]
        if _OTHER_PLACES_AFTER.match(text, h.end):
            for c in chain:
                if c.support == 0 and not sentence_initial(text, c.start) and big_place(text[c.start:c.end], gaz, MIN_POPULATION):
                    c.support = 2


_LIST_GAP = re.compile(r",? (?:and |or )?|, ")


def _long_lists(text: str, hits: list[Hit], gaz) -> None:
    """In a list of three or more names with a place among them ("in Tehran, Ahvaz and Shush"), a
    dictionary word is a place too when it names a town that is not small."""
    chain: list[Hit] = []
    for h in hits + [None]:
        if h is not None and chain and _LIST_GAP.fullmatch(text[chain[-1].end:h.start]):
            chain.append(h)
            continue
        if len(chain) >= 3 and any(c.support >= 2 for c in chain):
            for c in chain:
                if c.support == 0 and not sentence_initial(text, c.start) and big_place(text[c.start:c.end], gaz, 4 * MIN_POPULATION):
                    c.support = 2
        chain = [h] if h is not None else []


def _item_heads(text: str, hits: list[Hit], gaz) -> None:
    """Lines headed by places ("Ahvaz – Retirees ...", "Kermanshah – Nurses ..."): a dictionary word
    heading another such line is a place too when it names a town that is not small ("Shush – Workers")."""
    heads = [h for h in hits if LINE_START.search(text, max(0, h.start - 6), h.start) and DASH_ITEM.match(text, h.end)]
    if sum(h.support >= 2 for h in heads) < 2:
        return
    for h in heads:
        if h.support == 0 and big_place(text[h.start:h.end], gaz, 4 * MIN_POPULATION):
            h.support = 2

# names only places have ("Gainesville" tagged PERSON by the small model; not "Clinton")
PLACE_SHAPED = re.compile(r"\w{3}(?:ville|burgh?|boro|borough|polis|mouth|haven)$")


# "the US dollar", "Hong Kong dollars": a currency, not a place
CURRENCY = re.compile(r"\s+(?:dollars?|pounds?|dinars?|riyals?|rials?|lira|liras|euros?|rupees?|pesos?|"
                      r"francs?|shekels?|yuan|yen|rubles?|roubles?|krona|krone)\b")


# a place's own authority named after it ("Van Governor's Office", "Maden governorship")
_LGA_AFTER = re.compile(r"\s+(?:Local Government (?:Area|Council)|LGA)\b")
SEAT_AFTER = re.compile(r"\s+(?:(?:District|Provincial)\s+)?(?:[Gg]overnor(?:['’]s)?\s+[Oo]ffice|[Gg]overnorship|"
                        r"[Mm]unicipality|[Gg]overnorate\s+(?:building|council|office))\b")


_HELD_SITE_AFTER = re.compile(r"\s+(?:(?:military|central|main|federal)\s+)?(?:prison|jail|detention (?:centre|center|facility))\b", re.I)


# "Molotov cocktails" (Molotov is an old name of Perm)
NAMED_PLACE_OF = re.compile(r"\b(?:city|town|village|capital|port city|province|region|district|municipality|villages|towns|"
                            r"commune|township|governorate|department|hamlet|locality|"
                            # ("in the rural area of Tame" tagged PERSON)
                            r"area|rural area|outskirts|suburbs?|countryside|vicinity|environs)\s+of\s+$")
THING_AFTER = re.compile(r"\s+cocktails?\b")
MEDIA_AFTER = re.compile(r"(?:\s+[A-Z][\w-]*){0,2}\s+(?:news outlet|news agency|newspaper|news site|news website|"
                         r"TV|Television|Radio|daily)\b")
_GANG_AFTER = re.compile(r"\s+(?:gangs?|gang members|cartel)\b")
ARMED_AFTER = re.compile(r"\s+(?:militia|militias|militiamen|militia fighters|fighters|rebels|insurgents|gunmen)\b")


TARGET_VERB = re.compile(
    r"\b(?:bombed|bombarded|shelled|struck|raided|stormed|captured|recaptured|retook|seized|overran|besieged|"
    r"shelling|bombing|airstrikes? on|strikes? on|attacks? on|offensive on|march(?:ed)? on|siege of|"
    r"entered|reached|arrived in|withdrew from|deployed (?:to|in)|advanced on|moved into|pushed into)\s+"
    r"(?:the\s+(?:town|city|village|district|province)\s+of\s+)?$")


ORG_OF = re.compile(
    r"\b(?:Organi[sz]ation|Party|Front|Movement|Council|Ministry|University|Bank|Association|Union|"
    r"Army|Company|Corporation|Church|Society|Institute|Agency|Committee|Federation|League|Court|"
    r"Foundation|College|School|Hospital|Museum|Airlines?|Times|Post|Press|News)\s+(?:of|for)\s+(?:the\s+)?$")


def _blocked(h: Hit, ner: list[Mention], text: str, gaz) -> bool:
    """Inside a longer person/organisation name, or exactly a demonym/nationality."""
    if ORG_OF.search(text[max(0, h.start - 40):h.start]):
        return True
    for m in ner:
        if m.label in NER_BLOCK and m.start <= h.start and h.end <= m.end:
            opened = m.text.rfind("(")
            if opened > 0 and ")" not in m.text[opened:] and h.start >= m.start + opened:
                continue  # "near Arab Saeed (Idleb" tagged ORG, the bracket cut: the province after it is no part of a name
            if m.label == "ORG" and (m.start, m.end) == (h.start, h.end) and (
                    KIND_BEFORE.search(text, max(0, m.start - 20), m.start) or _KIND_AFTER.match(text, m.end)
                    or (_AFTER_NAME_COMMA.search(text, max(0, m.start - 30), m.start) and _division(m.text, gaz))):
                # "Burundi's economic capital Bujumbura", "an attack on Kebbe local government area" tagged
                # ORG: the text calls it a place
                continue
            division = _DIVISION_ENDS.search(text, h.start, h.end)
            if m.label == "ORG" and division and m.end == h.end and text[m.start:h.start] in ("", "the ", "The ") \
                    and is_region(text[h.start:division.start()], gaz):
                continue  # "in the Artibonite department" tagged ORG: a first-level division the text calls so
            if m.start == h.start and h.end < m.end and (DASH_ITEM.match(text, h.end) or text.startswith(", ", h.end)):
                # "Shush – Workers of the Haft Tappeh", "In Tehran, Karaj and Qazvin, Resistance Units installed"
                # tagged ORG: a place, then what the line or clause goes on with
                continue
            if m.label in ("ORG", "PERSON") and _LOCATIVE_INSIDE.search(m.text) or m.label == "ORG" and _only_places(m.text, gaz):
                # "Bara in Idleb", "Kharkiv and Odesa" tagged ORG, "Jamaat-e-Islami in Chattogram's" tagged
                # PERSON: places, not an organisation, and no one's name
                continue
            if m.label == "NORP" and (m.start, m.end) == (h.start, h.end) and (
                    not _DEMONYM_FORM.search(m.text) or _city_not_people(m.text, gaz) or _KIND_AFTER.match(text, m.end)
                    or NAMED_PLACE_OF.search(text, max(0, m.start - 30), m.start)  # "the eastern city of Itahari"
                    or (_DIVISION_AFTER.match(text, m.end) and is_region(m.text, gaz)
                        and not m.text.endswith(("ish", "ese", "ian", "ans")))):  # not "the Jewish state"
                continue  # the small model tags some city names ("Aleppo", "Omdurman", "Las Navas town") as NORP
            if m.label in ("PERSON", "ORG") and (m.start, m.end) == (h.start, h.end) and not m.text.isupper() \
                    and PLACE_LIST_BEFORE.search(text, max(0, m.start - 80), m.start):
                # "raids in Beit Fajjar, Husan and Al Khader" with "Al Khader" tagged PERSON: the last name of a
                # list of places
                continue
            if m.label == "PERSON" and (m.start, m.end) == (h.start, h.end) and _THROUGH.search(
                    text, max(0, m.start - 12), m.start) and big_place(m.text, gaz, 100_000):
                continue  # "marched through Novi Sad" tagged PERSON: a city of 100,000 or more, gone through
            if m.label == "ORG" and m.start == h.start and text[h.end:m.end] in ("'s", "’s") \
                    and _PLACE_PART_AFTER.match(text, m.end) and big_place(text[h.start:h.end], gaz, MIN_POPULATION):
                continue  # "an RSF attack on El Obeid's northern outskirts" with "El Obeid's" tagged ORG: the town's
            if m.label == "NORP" or (m.end - m.start) > (h.end - h.start):
                return True
    return False


_BRACKET_LIST_BEFORE = re.compile(r"\([^()]{2,45},\s*$")
_PLACE_PART_AFTER = re.compile(r"\s+(?:(?:northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"
                               r"south-?western|central)\s+)?(?:outskirts|suburbs?|outskirt|districts?|neighbou?rhoods?|"
                               r"countryside|centre|center|entrance|edge|airport|market|university|port|old city)\b")


def _in_organisation(h: Hit, ner: list[Mention], text: str) -> bool:
    if ORG_OF.search(text[max(0, h.start - 40):h.start]):
        return True
    inside = [m for m in ner if m.start <= h.start and h.end <= m.end and (m.end - m.start) > (h.end - h.start)]
    return bool(inside) and all(m.label in ("ORG", "FAC") for m in inside)


def _only_places(name: str, gaz) -> bool:
    """"Kharkiv and Odesa", "Kafr Nabl (Idleb", "Arequipa, Puno and Ayacucho regions": two or more
    gazetteer names and nothing else (but the division word of them all)."""
    name = re.sub(r"\s+(?:regions|provinces|states|districts|governorates|departments)$", "", name.strip())
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*\(\s*", name.rstrip(")"))
    return len(parts) > 1 and all(gaz.has_name(p) and not gaz.is_common_word(p) for p in parts)


def _city_not_people(name: str, gaz) -> bool:
    """A NORP word shaped like a nationality ("Omdurman") that names a big city and no people:
    the gazetteer knows no demonym of that spelling (the Jewish Autonomous Oblast is no city)."""
    return gaz.demonym(name) is None and any(
        c.match == 0 and c.entry.feature == "city" and c.entry.population >= 200_000 for c in gaz.search(name))


# "Jonglei state's Duk county" (Jonglei tagged NORP): a division of that name
_DIVISION_AFTER = re.compile(r"\s+(?:state|county|region|governorate|oblast|prefecture|department)\b")
_DIVISION_ENDS = re.compile(r"\s+(?:state|county|region|governorate|oblast|prefecture|department|province)$")
# "Madjoari, a town in eastern Burkina Faso": an apposition that calls the name before it a place
# (also "Stepanakert, the main city of Nagorno-Karabakh")
PLACE_APPOSITION = re.compile(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|hamlet|locality|commune|suburb|"
                              r"neighbou?rhood|district|capital)\s+(?:(?:in|near|of|on|outside|just|about|some)\b|\d)")
KIND_BEFORE = re.compile(r"\b(?:capital|city|town|port|village)\s+$")
# ("its second city, Ganja" tagged PERSON)
RANKED_CITY_BEFORE = re.compile(r"\b(?:second|third|largest|biggest|main|commercial|economic|holy)\s+(?:city|town|port),\s+$")
_KIND_ENDS = re.compile(r"\s(?:district|province|municipality|local government area|LGA)$")
_KIND_AFTER = re.compile(r"\s+(?:town|city|village|municipality|district|province|local government area|LGA)\b")
_LOCATIVE_INSIDE = re.compile(r"\s(?:in|near|outside)\s+[A-Z]")
# nationality words end like this ("Iranian", "Turkish", "Lebanese", "Iraqi", "Kurds")
_DEMONYM_FORM = re.compile(r"(?:an|ans|ian|ians|ish|ese|i|is|ic|ics|s)$")


# "a Lancaster mother", "Torrington firefighters", "Woodstock Mayor Michael Harding"
RESIDENT_NOUN = re.compile(
    r"(?:['’]s)?\s+(?:residents?|natives?|woman|women|man|men|mother|father|couple|family|families|"
    r"teens?|taxpayers|voters|homeowners|businesses|firefighters|police|officials|[Mm]ayor|"
    r"City (?:Council|Manager|Hall)|city council|school district|area)\b")
# "Rep. Wendell Gilliard, D-Charleston"
AFFILIATION = re.compile(r"\b[DRI]-$")


# "in Agen and Toulouse" with both tagged PERSON: the second name of a pair after a place preposition
PLACE_LIST_BEFORE = re.compile(r"\b(?:in|at|near)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}"
                                r"(?:,\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})+,?\s+and\s+$")
_LISTED_AFTER_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}\s+(?:and|or)\s+$")


def _pattern(text: str, h: Hit, hits: list[Hit]) -> bool:
    before = text[max(0, h.start - 40):h.start]
    if PLACE_PREPOSITIONS.search(before) or _LISTED_AFTER_PLACE.search(before):
        return True
    after = text[h.end:h.end + 40]
    if RESIDENT_NOUN.match(after) or AFFILIATION.search(before) or PLACE_APPOSITION.match(text, h.end):
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


def sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start]
    return start == 0 or bool(re.search(r"(?:[.!?]\s+|\n\s*|^\s*)$", before))


_INNER_ARTICLE = re.compile(r"\s(?:al|el)-[A-Z]")


def big_place(name: str, gaz, floor: int) -> bool:
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
        if cand.match == 2 and e.country_code in ARABIC_NAME_COUNTRIES and (
                e.population >= 10 * max(floor, 1) or (_INNER_ARTICLE.search(name) and e.population >= floor)):
            # a big town under a derived spelling ("Qamishli" for "Al Qamishli"); a name with its own
            # article inside ("Jisr al-Shughur" for "Jisr ash Shughur") is Arabic-shaped already
            return True
    return False


# "Capt. Jefferson Mariano": the one or two names after a title are a person's
TITLE = re.compile(r"\b(?:[Cc]oach|President|Presidents|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Chief|Sgt|Judge|Officer|"
                   r"Detective|Deputy|Pastor|Rev|Sheriff|Capt|Col|Lt|Maj|Brig|Gen|Cpl|Pvt|Lt\. Col|Brig\. Gen|"
                   r"Maj\. Gen|Lt\. Gen)\.?\s+([A-Z][\w'’-]+)(?:\s+([A-Z][\w'’-]+))?\b")


DEPICTED = re.compile(r"\b(?:pictures?|portraits?|images?|banners?|posters?|photos?|photographs?|effig(?:y|ies)|statues?|"
                      r"murals?|busts?)\s+of\s+(?:the\s+)?(?:late\s+)?$", re.I)


_THROUGH = re.compile(r"\b(?:through|across|in|into|throughout|around)\s+(?:central\s+|downtown\s+)?$")
# "in Datu Saudi Ampatuan, Maguindanao del Sur": a province after a place name and a comma
_AFTER_NAME_COMMA = re.compile(r"[A-Z][\w'’-]+,\s+$")
_CLAUSE_GOES_ON = re.compile(r"\s*(?:[,.;)]|\s(?:on|in|at|during|late|early)\b)")
# ("– Shush: Retirees of the Haft Tappeh sugarcane company joined", its dash cleaned away: a list
# item's place heading, a town of some size)
_ITEM_CAPITAL_AFTER = re.compile(r":[ \t]+[A-Z]")
_ITEM_AFTER = re.compile(r":[ \t]+[a-z]|[ \t]+[–—][ \t]+[A-Z]")  # (also "Ahvaz – Retirees of the steel industry ...")
SPEAKER_AFTER = re.compile(r"(?:['’]s?)?\s+(?:said|says|told|added|explained|noted|wrote|asked|stated|"
                           r"recalled)\b")


def _surnames(text: str, ner: list[Mention]) -> set[str]:
    """Names the article uses for people: last words of full person names, words after titles."""
    # (a headline's "Border Guards Near Baneh" tagged PERSON names no one)
    out = {m.text.split()[-1].rstrip(".,") for m in ner if m.label == "PERSON" and len(m.text.split()) > 1
           and not _HEADLINE_WORDS.search(m.text)}
    out |= {name for m in TITLE.finditer(text) for name in m.groups() if name}
    return {re.sub(r"['’]s?$", "", w) for w in out}


_HEADLINE_WORDS = re.compile(r"\b(?:Near|In|At|On|From|To|By|For|Of|And|With|Against|After|Over|Killed|Arrested|Attack|"
                             r"Attacks|Protest|Protests|Clashes)\b")


_AREA_AFTER = re.compile(r"\s+(?:area|areas|environs|countryside)\b")
# ("in Myanmar's Rakhine State", "in Zamfara state's Maru area")
_POSSESSOR = re.compile(r"\b([A-Z][\w-]+(?: [A-Z][\w-]+){0,2})(?:\s+(?:state|province|region|district|county|governorate))?"
                        r"['’]s\s+$")


def _after_country(text: str, start: int, gaz) -> bool:
    """"in Myanmar's Rakhine State": a name owned by a country is one of its places, whatever the
    model tagged it."""
    m = _POSSESSOR.search(text[max(0, start - 40):start])
    return m is not None and _is_country(m.group(1), gaz)


def _division_of_owner(text: str, h: Hit, gaz) -> bool:
    """"Cameroon's Northwest region": a first-level division of the country that owns it, whatever
    common word it also is."""
    m = _POSSESSOR.search(text[max(0, h.start - 40):h.start])
    if m is None:
        return False
    countries = {c.entry.country_code for c in gaz.search(m.group(1)) if c.entry.feature == "country" and c.match == 0}
    name = _DIVISION_ENDS.sub("", text[h.start:h.end].lower())
    return bool(countries) and any(c.entry.feature == "admin1" and c.entry.country_code in countries and c.match == 0
                                   for c in gaz.search(name))


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


def _division(name: str, gaz) -> bool:
    """A first- or second-level division under exactly that name ("Maguindanao del Sur")."""
    return any(c.entry.feature in ("admin1", "admin2") and c.match == 0 for c in gaz.search(name))


def is_region(name: str, gaz, *, any_name: bool = False) -> bool:
    """A country or first-level division by its main name (or, with `any_name`, by any of its names,
    not a common word: "Idleb", ACLED's spelling of Idlib)."""
    if any_name and gaz.is_common_word(name):
        return False
    return any(c.entry.feature in ("country", "admin1") and (c.match == PRIMARY or any_name and c.match == ALTERNATE)
               for c in gaz.search(name))
