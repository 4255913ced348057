"""Which of a sentence's places are where its event happened.

A sentence like "In the cities of A, B and C, supporters held ceremonies" has three event
locations; "Isfahan, central Iran" has one (Iran only situates Isfahan); "rebels from Idlib
attacked Hama" has one (Hama). The decision uses the parse around each place mention.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Sequence

from .geo import km
from .model import Place, Token

HOLDER_CONFIDENCE = 0.8  # a bracketed holder this sure of its reading rules out readings abroad (not fitted)
HOLDER_NEAR_KM = 25.0  # ... unless the reading abroad lies this close to the holder town (not fitted)

LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "across", "around", "inside", "into", "on",
                            "throughout", "within", "across", "along", "to", "off",
                            "between", "north", "south", "east", "west", "over", "by", "through"})
ORIGIN_PREPS = frozenset({"from", "of", "for", "with", "against", "about", "like", "towards", "toward"})
# nouns whose "of" complement is a place that the sentence situates something in
PLACE_NOUNS = frozenset({"city", "cities", "town", "towns", "village", "villages", "province", "provinces",
                         "district", "districts", "region", "regions", "area", "areas", "capital", "county",
                         "state", "governorate", "suburb", "suburbs", "outskirts", "neighbourhood",
                         "neighborhood", "countryside", "municipality", "centre", "center", "streets",
                         "port", "camp", "part", "parts", "north", "south", "east", "west", "corners"})
NEAR_WORDS = frozenset({"near", "outside", "outskirts", "around", "close", "nearby", "vicinity", "km", "kilometres",
                        "entrance", "entrances", "between",
                        "countryside", "environs", "suburbs", "surroundings", "desert", "badia",
                        "kilometers", "miles", "north", "south", "east", "west", "northeast", "northwest",
                        "southeast", "southwest"})


def mention_root(tokens: Sequence[Token], start: int, end: int) -> Token | None:
    """The token of [start, end) whose head lies outside the span (the syntactic head)."""
    inside = [t for t in tokens if t.start >= start and t.end <= end]
    for t in inside:
        head = tokens[t.head]
        if not (head.start >= start and head.end <= end) or head.i == t.i:
            return t
    return inside[-1] if inside else None


def locative_score(tokens: Sequence[Token], root: Token | None, depth: int = 0) -> int:
    """+1 locative (in/at/near X, cities of X), -1 origin/attribute (from X, X's army), 0 unknown."""
    if root is None or depth > 6:
        return 0
    head = tokens[root.head]
    if root.dep in ("conj", "appos") and head.i != root.i:
        return locative_score(tokens, head, depth + 1)
    if root.dep == "poss" or (root.dep == "case" and root.text in ("'s", "’s")):
        return -1
    if root.dep == "pobj":
        prep = head.text.lower()
        if prep == "of":
            noun = tokens[head.head]
            return 1 if noun.text.lower() in PLACE_NOUNS else -1
        if prep in LOCATIVE_PREPS:
            return 1
        if prep in ORIGIN_PREPS:
            return -1
    if root.dep in ("nsubj", "nsubjpass", "dobj"):
        return 0
    return 0


_OTHER_PLACES = (r"(?:other|several|many|dozens of|a number of|smaller)\s+(?:[A-Z][\w-]+\s+)?"
                 r"(?:cities|towns|villages|provinces|regions|states)\s*,?\s*(?:including|such as|like|among them)\s+")
# (also "in Lagos and the capital Abuja", "in Maputo and the neighbouring city of Matola")
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and|or)?|and|or|&)\s*(?:(?:the|its|neighbouring|nearby)\s+(?:[a-z-]+\s+){0,2}?"
                       r"(?:capital|city|town|port|village|province|region|state|governorate|district)(?:\s+of)?\s+)?$|"
                       # "in Paris and other French cities including Lyon, Marseille and Toulouse"
                       rf"^\s*,?\s*(?:and|as well as)\s+(?:in\s+)?{_OTHER_PLACES}$")
_LIST_END = re.compile(r"^\s*,?\s*(?:and|or)\s+$")
_BEFORE_LOCATIVE = re.compile(
    r"(?:^|\b)(?:in|at|near|outside|across|around|inside|throughout|within|on the outskirts of|entrances? to|"
    r"(?:spread|spreads|spreading|extended|extending) to|"  # "The protests spread to Mahajanga"
    rf"(?:in|across)\s+{_OTHER_PLACES}|"  # "in several cities including Lyon"
    r"(?:road|highway|area|areas|route|border|crossing)\s+between|"
    r"(?:the\s+)?(?:city|cities|town|towns|village|villages|province|provinces|district|districts|"
    r"region|regions|areas?|county|governorate|capital|suburbs?|outskirts|countryside|vicinity|environs|"
    r"neighbou?rhoods?|quarters?|district|surroundings|streets?|markets?|parts?|corners?|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?)"
    r"\s*(?:\([^()]{1,40}\)\s*)?of)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# "about 25 kilometers (15 miles) west of": a distance and a direction from a reference point
DISTANCE = r"(?P<n>\d[\d,.]*|a few|few|several|two|three|four|five|ten)\s*(?:nautical\s+)?(?P<unit>km|kilomet(?:er|re)s|miles)"
DIRECTION_OF = r"(?:\([^()]{1,20}\)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?"
_RELATIVE_GAP = re.compile(
    rf"^\s*(?:(?:refugee\s+)?camp|village|town|city|area|checkpoint|crossing|junction|bridge|base|airport)?\s*,?\s*(?:about |some |around |roughly |nearly |approximately )?(?:{DISTANCE}\s+)?"
    rf"{DIRECTION_OF}$", re.I)  # (also "Nabi Saleh village, northwest of Ramallah", "the Qalandiya checkpoint north of Jerusalem")
_ROUTE_NEAR_GAP = re.compile(r"^\s*,?\s*(?:near|close to|outside)\s+(?:the\s+)?(?:(?:city|town|village) of\s+)?$", re.I)
_NEAR_GAP = re.compile(r"^\s*,\s*(?:near|close to|not far from)\s+(?:the\s+)?(?:(?:city|town|capital) of\s+)?$", re.I)
_APPOSITION_GAP = re.compile(r"^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:suburb|district|neighbou?rhood|quarter|town|"
                             r"village|city|area|part|municipality)\s+(?:of|in|near|outside)\s+(?:the\s+)?$", re.I)
_MODIFIER_AFTER = re.compile(
    # ("the US-Saudi aggression launched airstrikes": two countries named as one side)
    r"^-[A-Z][a-z]+(?:-led)?\s+(?:aggression|coalition|alliance|forces|troops|strikes?|airstrikes?|raids?|talks|deal|"
    r"agreement|relations|war|offensive)\b|"
    r"^(?:-|\s+)(?:dollars?|pounds?|lira|rials?|dinars?|currency|exchange rate|embassy|consulate|"
    r"government|regime|officials?|authorities|forces|troops|army|military|navy|police|envoy|ambassador|"
    r"servicem[ae]n|servicemembers?|soldiers?|diplomats?|citizens?|nationals?|leaders?|states|countries|nations|"
    r"backed|led|based|allied|aligned|sponsored|talks|deal|sanctions|cocktails?|streets?|avenues?|"
    # ("violating the Stockholm agreement", "the Oslo Accords": an agreement's name)
    r"agreements?|accords?|treat(?:y|ies)|protocols?|declaration|memorandum|"
    r"border(?!\s+(?:district|area|town|region|village|city|crossing|point|governorate|province|strip)))\b", re.I)
# "..., and in Hakkari police detained 24 people": where the police acted, not "Hakkari police"
_IN_BEFORE = re.compile(r"\b(?:in|In|at|At)\s+$")
_STREETS_AFTER = re.compile(r"\s+streets\b")  # "Rubbish piled up in Paris streets": the city's streets, in it
_FORCE_ACTED_AFTER = re.compile(r"\s+(?:police|forces|troops|army|military|authorities|officials)\s+"
                                r"(?:[a-z]+ed|fired|shot|beat|held|took|broke|began|fought|threw)\b")
_BETWEEN = re.compile(r"\b(?:road|highway|area|areas|route|border|crossing)\s+between\s+(?:the\s+)?"
                      r"(?:(?:towns?|villages?|cities) of\s+)?$", re.I)
_ORIGIN = r"from|for|against|with|to|towards?|by|between|and|among"
# (not "clashes between", "fighting between": the sides follow)
_BARE_BETWEEN = re.compile(r"\b(?<!clashes )(?<!clash )(?<!fighting )(?<!battles )(?<!war )(?<!conflict )(?<!talks )"
                           r"(?<!tensions )(?<!ceasefire )(?<!truce )(?<!agreement )(?<!deal )(?<!relations )between\s+(?:the\s+)?(?:(?:towns?|villages?|cities) of\s+)?$", re.I)
_AND_NAME = re.compile(r"\s+and\s+[A-Z][\w'’-]+")
_PEOPLE_OF = re.compile(r"\b(?:residents|inhabitants|villagers|natives|locals|people|families|tribesmen|youths?|"
                        r"farmers|merchants|traders|shopkeepers|fishermen)\s+of\s+(?:the\s+)?(?:(?:town|city|village|camp) of\s+)?$",
                        re.I)
_BEFORE_ORIGIN = re.compile(rf"\b(?:{_ORIGIN}|of)\s+(?:the\s+)?$", re.IGNORECASE)


def _after_unknown(text: str, ordered: Sequence[Place], place: Place) -> bool:
    """A province or district right after an unknown name and a comma ("Matuguinao, Samar")."""
    n = next((k for k, q in enumerate(ordered) if q is place), 0)
    # (or the province it is said to lie in: "the town of Paletwa in the western state of Chin")
    return n > 0 and place.feature in ("admin1", "admin2") and not ordered[n - 1].resolved \
        and (text[ordered[n - 1].mention.end:place.mention.start].strip() == ","
             or _CONTAINER_GAP.match(text[ordered[n - 1].mention.end:place.mention.start]) is not None)


_OFF_COAST = re.compile(r"\b(?:off|along|near)\s+(?:the\s+)?(?:coast|shores?|coastline|beach)\s+of\s+$")


def text_scores(text: str, sentence_start: int, places: Sequence[Place]) -> list[int]:
    """+1/-1/0 per place from the words before it; places listed together ("A, B and C") share
    the cue of the first of the list, which the parse of long lists often gets wrong."""
    scores: list[int] = []
    for n, place in enumerate(places):
        if _in_parentheses(text, sentence_start, place.mention.start):
            scores.append(-1)  # "Hays (Al Hudaydah)": a qualifier of the place before it
            continue
        if _OFF_COAST.search(text, max(sentence_start, place.mention.start - 30), place.mention.start):
            scores.append(1)  # "fired at Palestinian fishermen off the coast of Beit Lahia": the waters by the town
            continue
        gap = text[places[n - 1].mention.end:place.mention.start] if n else ""
        if n and (_RELATIVE_GAP.match(gap) or _APPOSITION_GAP.match(gap)
                  or (places[n - 1].resolved and _NEAR_GAP.match(gap))):
            # "Ariha, south of Idlib city", "Broadview, a suburb of Chicago", "in Lqliaa, near Agadir" (a
            # known town): a reference point for the place before
            scores.append(-1)
            continue
        # (not a list's item: "in raids on Beit Ummar, Hebron and Nablus")
        goes_on = gap.strip() == "," and n + 1 < len(places) and places[n + 1].feature == place.feature \
            and _LIST_END.match(text[place.mention.end:places[n + 1].mention.start])
        if n and _CONTAINER_GAP.match(gap) and encloses(place, places[n - 1]) and not goes_on:
            scores.append(-1)  # "Maltepe, Istanbul", "Sahara in Aleppo": the town it lies in
            continue
        after = text[place.mention.end:place.mention.end + 16]
        if n and places[n - 1].resolved and _CONTAINER_GAP.match(gap) and (
                DIRECTION_END.search(gap) or _PROVINCE_AFTER.match(after)):
            # "Al Bab city in Aleppo countryside", "in northern Aleppo": the province around a known town
            # (around an unknown one it is the nearest known place of the event)
            scores.append(-1)
            continue
        if n and places[n - 1].resolved and place.resolved and _OF_CONTAINER_GAP.match(gap) and \
                _consistent(places[n - 1], [place]):
            scores.append(-1)  # "Mahmutbey neighborhood of Bagcilar": the district the neighbourhood lies in
            continue
        if n and places[n - 1].resolved and gap.strip() == "," and _DIVISION_END.search(places[n - 1].mention.text):
            scores.append(-1)  # "Kagizman district, Kars": the province the district lies in
            continue
        if n and gap == "-" and _ROAD_AFTER.match(after):
            scores.append(-1)  # "the Tripoli-Beirut highway at ...": the road leads to B, it is near A
            continue
        if n and _LIST_GAP.match(gap):
            # (also "struck a roadside bomb between Djibo and Bourzanga": near the first town)
            lead = text[max(sentence_start, places[n - 1].mention.start - 30):places[n - 1].mention.start]
            between = _BETWEEN.search(lead) or _BARE_BETWEEN.search(lead)
            # "the road between A and B": near A, B only situates it (unless A is unknown)
            scores.append(-1 if between and gap.strip() == "and" and places[n - 1].resolved else scores[-1])
            continue
        if n + 1 < len(places) and places[n + 1].resolved and _LANDMARK_IN.fullmatch(
                text, place.mention.end, places[n + 1].mention.start):
            scores.append(-1)  # "in Konak square in Izmir": a landmark's name, in the town after it
            continue
        before = text[max(sentence_start, place.mention.start - 60):place.mention.start]
        if place.feature == "country" and heading_at(text, place.mention.start, place.mention.end):
            scores.append(1)  # "- Mali: Wagner Group ... raided a market in Nampala": the bulletin's country
            continue
        if place.resolved and DASH_ITEM.match(text, place.mention.end) and LINE_START.search(
                text, max(0, place.mention.start - 4), place.mention.start):
            scores.append(1)  # "Tehran – Security forces dispersed a gathering ...": the list item's place
            continue
        if _MODIFIER_AFTER.match(text[place.mention.end:place.mention.end + 30]) and not (
                _IN_BEFORE.search(before) and (_FORCE_ACTED_AFTER.match(text, place.mention.end)
                                               or _STREETS_AFTER.match(text, place.mention.end))):
            scores.append(-1)  # "the US dollar", "Iranian-backed", "Syria talks": an attribute, not a location
            continue
        if FIRED_TOWARDS.search(before):
            scores.append(1)  # "fired a ballistic missile towards Jizan city": where the weapon was aimed
            continue
        if _TOLD_FROM.search(text[sentence_start:place.mention.start]):
            scores.append(-1)  # "according to reports from the PMOI/MEK network inside Iran": where the teller is
        elif _GRIEVANCE_IN.search(text, max(sentence_start, place.mention.start - 90), place.mention.start):
            # "stormed the Swedish embassy in Baghdad ..., protesting against the planned burning of a Koran in
            # Stockholm": where what the crowd protests happened, not where it protested
            scores.append(-1)
        elif _DESTINATION.search(before) or _FLED_TO.search(before):
            # "traveled toward the town of Kale", "fled back into Sudan's West Darfur region": where they were
            # going, not where it happened
            scores.append(-1)
        elif _AGREED_IN.search(before):
            scores.append(-1)  # "violating a ceasefire signed in Doha": where an agreement was made
        elif _BEFORE_LOCATIVE.search(before):
            scores.append(1)
        elif _BARE_BETWEEN.search(before) and (n + 1 < len(places) and text[
                place.mention.end:places[n + 1].mention.start].strip() == "and" or place.feature == "city" and _AND_NAME.match(text, place.mention.end)):
            # "ambushed a convoy between Niono and Diabaly": near the first town (also when the
            # gazetteer lacks the second: "between Kayes and Diboli")
            scores.append(1)
        elif _LANDS_OF.search(before):
            scores.append(1)  # "olive trees on land belonging to residents of Turmus Ayya": the village's land
        elif _PEOPLE_OF.search(before):
            scores.append(0)  # "residents of Khan Shaykhun protested ...": where they live, unless told elsewhere
        elif _BEFORE_ORIGIN.search(before):
            scores.append(-1)
        else:
            scores.append(0)
    for n in range(2, len(places)):
        if scores[n] == 1 and scores[n - 1] == -1 and scores[n - 2] == 1 and _ROUTE_NEAR_GAP.match(
                text[places[n - 1].mention.end:places[n].mention.start]) \
                and text[places[n - 2].mention.end:places[n - 1].mention.start].strip() == "and":
            scores[n - 2] = -1  # "on the highway between Kayes and Bamako near the town of Diema": near the town named
    return scores


FIRED_TOWARDS = re.compile(r"\b(?:fired|launched|lobbed)\s+(?:[\w-]+\s+){0,5}?(?:towards?|at|into)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                            r"(?:(?:city|town|port|village|area) of\s+)?$", re.I)
_TOLD_FROM = re.compile(r"\baccording to (?:reports?|videos?|images?|footage|sources|information|accounts?|messages?)\b"
                        r"[^,;.]{0,60}\b(?:from|by|of|sent to|received by|in|inside)\s+(?:the\s+)?[^,;.]*$|"
                        # ("..., according to Nasser Hospital in Khan Younis": where the teller is)
                        r"\baccording to (?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:[Hh]ospital|[Mm]edical [Cc]omplex|[Mm]orgue|"
                        r"[Cc]ivil [Dd]efen[cs]e|[Hh]ealth [Mm]inistry|[Mm]inistry(?: of [A-Z]\w+)?)\s+(?:in|of)\s+(?:the\s+)?$")
# the nouns that make a place's name a landmark's ("the Palma bridge", "Konak square")
LANDMARK_WORDS = (r"bridges?|squares?|roundabouts?|intersections?|junctions?|crossroads|triangles?|streets?|"
                  r"avenues?|boulevards?|banks?|buildings?|hotels?|towers?|mosques?|churches|church|"
                  r"hospitals?|schools?|markets?|malls?|parks?|prisons?|penitentiar(?:y|ies)|jails?|stadiums?|universit(?:y|ies)|"
                  r"embass(?:y|ies)|consulates?|airlines|airways|red crescent|company|clubs?|colleges?|institutes?|cent(?:re|er)s?|"
                  r"foundations?|basilicas?|cathedrals?|chapels?|shrines?|abbeys?|monaster(?:y|ies)|synagogues?|temples?|halls?")
_LANDMARK_IN = re.compile(rf"\s+(?:{LANDMARK_WORDS})\s+(?:in|of)\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?", re.I)
_LANDS_OF = re.compile(r"\b(?:lands?|farmland|fields|orchards|groves|olive trees|crops)\s+(?:(?:belonging to|owned by)\s+)?"
                       r"(?:(?:the\s+)?(?:residents|villagers|farmers|people|families)\s+of\s+)?(?:the\s+)?$", re.I)
_AGREED_IN = re.compile(r"\b(?:signed|agreed|brokered|mediated|negotiated|reached|sealed)\s+(?:last\s+\w+\s+)?in\s+(?:the\s+)?$", re.I)
_GRIEVANCE_IN = re.compile(r"\b(?:protest(?:ing|ed)?|demonstrat(?:ing|ed)|rall(?:ying|ied)|in protest)\s+(?:against|over|at)\s+"
                           r"(?:[\w'’-]+\s+){0,4}?(?:killings?|deaths?|burnings?|shootings?|arrests?|detentions?|attacks?|bombings?|"
                           r"executions?|murders?|rapes?|massacres?|war|demolitions?|evictions?)\s+"
                           r"(?:of\s+(?:[\w'’-]+\s+){1,4}?)?in\s+(?:the\s+)?$", re.I)
# (also where someone was trying to go: "shot ... in Al Ram as he tried to cross into Jerusalem")
_FLED_TO = re.compile(r"\b(?:fled|escaped|retreated|withdrew|returned|headed|crossed|(?:tried|trying|attempted|attempting)\s+to\s+"
                      r"(?:cross|enter|reach|sneak|flee))\s+(?:back\s+)?(?:in)?to(?:wards?)?\s+"
                      r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$", re.I)
_DESTINATION = re.compile(r"\b(?:to|toward|towards|from)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:town|city|village|"
                          r"capital|port city|province|district|region|township)\s+of\s+(?:the\s+)?$", re.I)
# the words of a road named by its ends ("the Quetta-Karachi highway", "the road linking A to B")
ROAD_WORDS = r"(?:road|highway|motorway|expressway|freeway|route|railway|rail line|pipeline|corridor)"
_ROAD_AFTER = re.compile(rf"^\s+{ROAD_WORDS}\b", re.I)
# ("the Ney border area of Baneh")
_OF_CONTAINER_GAP = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?(?:border\s+|rural\s+|mountain\s+)?"
                               r"(?:neighbou?rhood|quarter|sub-?district|suburb|village|area)"
                               r"\s+of\s+(?:the\s+)?$", re.I)
# ("in Hays and Al Tuhayta districts": the word may close a list of names)
_DIVISION_WORD_START = re.compile(r"[^,.;()]{0,40}?\b(?:districts?|count(?:y|ies)|municipalit(?:y|ies)|sub-?districts?|nahiyas?|"
                                  r"qadaas?|qadas?|townships?|upazilas?|tehsils?|talukas?|local government areas?|LGAs?|"
                                  r"area councils?|territor(?:y|ies))\b", re.I)
_DIVISION_WORD_BEFORE = re.compile(r"\b(?:districts?|count(?:y|ies)|municipalit(?:y|ies)|sub-?districts?)\s+of\s+"
                                   r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s*|\s+and\s+))*$")
_DIVISION_END = re.compile(r"\b(?:district|county|municipality|sub-?district|nahiya|ilcesi|qadaa|qada|township|upazila|"
                           r"tehsil|taluka|territory)$", re.I)
_CONTAINER_GAP = re.compile(
    r"^\s*(?:(?:refugee\s+)?(?:city|town|village|area|district|desert|camp|neighbou?rhood|quarter)\s*)?"
    r"(?:,|in|of|near|outside)\s+(?:the\s+)?(?:(?:rural|central|(?:north|south)?\s*-?\s*(?:east|west)?(?:ern)?)\s+)?"
    r"(?:(?:city|town|capital|province|governorate|district|region|countryside|"
    r"county|state|municipality) of\s+)?$|^\s*,\s*$", re.I)
DIRECTION_END = re.compile(r"\b(?:rural|central|(?:north|south|east|west)(?:\s*-\s*|-)?(?:east|west)?ern)\s+$", re.I)
_PROVINCE_AFTER = re.compile(r"^\s+(?:countryside|province|governorate|region|state)\b", re.I)


def encloses(outer: Place, inner: Place) -> bool:
    """A bigger town (or a division) right after a place ("Cankaya, Ankara") that contains it or
    lies a few km away is its container, not a second event location."""
    if not (outer.resolved and inner.resolved) or outer.country_code != inner.country_code:
        return False
    if contains(outer, inner):
        return True
    if outer.feature != "city" or inner.feature not in ("city", "admin2"):
        return False
    if outer.admin1 and inner.admin1 == outer.admin1 and _same_word(outer.name, outer.admin1):
        return True  # "Menbij in Aleppo": the city's name also names its province, which holds Menbij
    if None in (outer.latitude, outer.longitude, inner.latitude, inner.longitude):
        return False
    return outer.population > 2 * max(inner.population, 1) and km(outer.latitude, outer.longitude, inner.latitude, inner.longitude) <= 40.0


def _same_word(a: str, b: str) -> bool:
    fold = lambda t: re.sub(r"[^a-z]", "", t.lower())  # noqa: E731
    return fold(a) == fold(b)


def _in_parentheses(text: str, sentence_start: int, position: int) -> bool:
    before = text[sentence_start:position]
    return before.rfind("(") > before.rfind(")")


_SETTLEMENT_NOUNS = ("town", "city", "village", "towns", "cities", "villages")


def near_qualifier(tokens: Sequence[Token], root: Token | None) -> bool:
    """"near X", "outskirts of X", "20 km north of X": ACLED geo_precision 2."""
    if root is not None and root.dep == "poss" and tokens[root.head].text.lower() in (
            "outskirts", "vicinity", "environs", "edge", "countryside"):
        return True  # "El Obeid's northern outskirts"
    if root is not None and root.dep == "compound" and tokens[root.head].text.lower() in ("city", "town", "village"):
        root = tokens[root.head]  # "northwest of Marib city": the phrase's head is "city"
    for _ in range(5):  # "around the towns of Khiam and Tyre": the list's first name carries the preposition
        if root is None or root.dep != "conj" or root.head == root.i:
            break
        root = tokens[root.head]
    if root is None or root.dep != "pobj":
        return False
    prep = tokens[root.head]
    if prep.text.lower() in ("near", "outside", "around", "between"):
        return True
    noun = tokens[prep.head] if prep.head != prep.i else prep
    if prep.text.lower() == "of" and noun.text.lower() in _SETTLEMENT_NOUNS and noun.dep == "pobj" \
            and tokens[noun.head].text.lower() in ("near", "outside", "around"):
        return True  # "near the northern town of Bourem"
    if prep.text.lower() == "of" and noun.text.lower() in ("town", "city", "village") and noun.dep == "pobj" \
            and tokens[tokens[noun.head].head].text.lower() in NEAR_WORDS:
        return True  # "60 nautical miles west of Yemen's port city of Hodeidah"
    return noun.text.lower() in NEAR_WORDS or prep.text.lower() == "of" and noun.text.lower() in (
        "outskirts", "vicinity", "hinterland", "hinterlands", "environs")


def contains(outer: Place, inner: Place, *, districts: bool = False) -> bool:
    """Does `outer` (a country or first-level division; with `districts`, a second-level one too)
    contain `inner`?"""
    if outer.geonameid == inner.geonameid or not outer.resolved or not inner.resolved:
        return False
    if outer.feature == "country":
        return inner.feature != "country" and inner.country_code == outer.country_code
    if outer.feature == "admin1":
        return inner.feature in ("city", "admin2") and inner.country_code == outer.country_code and (
            inner.admin1 == outer.admin1 or inner.admin1 == outer.name)
    if outer.feature == "admin2" and districts:  # "at Nambol ... in Manipur's Bishnupur district"
        return inner.feature == "city" and inner.country_code == outer.country_code and inner.admin2 == outer.name \
            and inner.admin1 == outer.admin1
    return False


_CIVIC_AFTER = re.compile(r"['’]?s?\s+(?:town hall|city hall|prefecture|courthouse|(?:train |railway |bus |police )?station|"
                          r"airport|city council|municipality building|mayor['’]s office)\b", re.I)


def event_places(places: Sequence[Place], tokens: Sequence[Token], text: str = "",
                 sentence_start: int = 0) -> list[Place]:
    """The places of one sentence where its event happened, in text order."""
    ordered = sorted(places, key=lambda p: p.mention.start)
    cues = text_scores(text, sentence_start, ordered) if text else [0] * len(ordered)
    cue_of = {id(p): c for p, c in zip(ordered, cues)}
    stand_ins, confirmed = qualified_places(text, sentence_start, ordered, with_confirmed=True) if text else ([], [])
    stand_ins = stand_ins + (contained_namesakes(text, ordered) if text else [])
    if stand_ins or not all(c < 0 for c in cue_of.values()):
        # "Sirwah (Sirwah, Marib) and Nihm (Nihm, Sanaa) frontlines": listed alike; "on the Nihm
        # front (Nihm, Sanaa), in ... Hajjah": a place its own qualifier repeats is where it happened
        for item in confirmed:
            listed = _LISTED_BEFORE.search(text[max(sentence_start, item.mention.start - 12):item.mention.start])
            if cue_of[id(item)] == 0 or listed:
                cue_of[id(item)] = 1
    else:
        for item in confirmed:  # a place its qualifier situates precisely is at least a candidate
            cue_of[id(item)] = max(cue_of[id(item)], 0)
    standing_in = [q for _, q in stand_ins]
    if stand_ins:
        # "Qaniyah (Mahliyah, Marib)" with Qaniyah unknown or resolved elsewhere: the event is
        # somewhere in Mahliyah (ACLED's geo_precision 2), coded where the unknown name stood
        wrong = {id(item) for item, _ in stand_ins if item is not None}
        standing = {s.mention.start for _, s in stand_ins}
        ordered = [p for p in ordered if id(p) not in wrong and p.mention.start not in standing]
        for _, stand_in in stand_ins:
            cue_of[id(stand_in)] = 1
        ordered = sorted(ordered + [s for _, s in stand_ins], key=lambda p: p.mention.start)
    resolved = [p for p in ordered if p.resolved and p.feature != "continent"]  # ACLED codes no continent
    # containers situate other places ("Isfahan, central Iran"): drop them
    finest = [p for p in resolved if not any(contains(p, q) for q in resolved)]
    scored, acting = [], set()
    for p in finest:
        cue = cue_of[id(p)]
        listed = scored and text and _LIST_GAP.match(text[scored[-1][0].mention.end:p.mention.start])
        if cue == 0 and listed and cue_of[id(scored[-1][0])] == 0 and scored[-1][1] > 0:
            # "in raids on Beit Ummar, Hebron and Nablus": the list shares its first name's reading
            # (the parse attaches only that one to the preposition)
            cue = scored[-1][1]
        elif cue == 0 and tokens:
            root = mention_root(tokens, p.mention.start, p.mention.end)
            cue = locative_score(tokens, root)
            first = root
            for _ in range(5):  # ("on the outskirts of Khiam and Kfar Kila", Khiam unknown: the list's first name's reading)
                if first is None or first.dep != "conj" or first.head == first.i:
                    break
                first = tokens[first.head]
            if cue <= 0 and first is not root:
                cue = max(cue, locative_score(tokens, first))
            if cue < 0 and text and _PEOPLE_OF.search(text, max(sentence_start, p.mention.start - 60), p.mention.start):
                cue = 0  # (the parse reads "of" as an origin)
            if (p.feature == "country" or p.feature_code == "PPLC") and root is not None and root.dep == "nsubj":
                # "Russia launched 87 drones", "since Washington began its campaign": a state (or its
                # capital for it) as the subject acts, it is not where
                cue = -1
                acting.add(id(p))
        if cue <= 0 and id(p) not in acting and p.feature == "city" and text and _CIVIC_AFTER.match(text, p.mention.end):
            cue = 1  # "set fire to the entrance of Bordeaux town hall": the town's own building is in the town
        scored.append((p, cue))
    for n in range(len(scored) - 2, -1, -1):
        (p, cue), (q, after) = scored[n], scored[n + 1]
        if cue == 0 and after > 0 and text and _LIST_GAP.match(text[p.mention.end:q.mention.start]):
            # "U.S. air strikes hit the Yemeni capital Sanaa and the northern province of Saada": the list
            # shares its last name's reading (the parse attaches only that one to a preposition)
            scored[n] = (p, after)
    # the town a stand-in was found in is its container, not a second event ("..., Istanbul")
    scored = [(p, s) for p, s in scored if not any(q is not p and encloses(p, q) for q in standing_in)]
    positive = [p for p, s in scored if s > 0]
    # ("seized the town of Paletwa in the western state of Chin ..., a border area near Bangladesh and
    # India": neighbours named as reference points, not where it happened)
    inland = [p for p in resolved if p.feature != "country"]
    positive = [p for p in positive if not (p.feature == "country" and inland
                                            and all(q.country_code != p.country_code for q in inland))]
    if positive:
        return _near_roads(_finest(positive))
    neutral = [p for p, s in scored if s == 0]
    if neutral:
        return _near_roads(_finest(neutral))
    # the event's own place did not resolve ("the village of Flifel (Ariha, Idleb)"): its
    # qualifier locates it approximately, which ACLED codes as geo_precision 2
    # (also "in the hinterlands of Matuguinao, Samar", Matuguinao unknown: somewhere in Samar)
    qualifiers = [p for p in finest if _in_parentheses(text, sentence_start, p.mention.start)
                  or _after_unknown(text, ordered, p)] if text else []
    if qualifiers:
        return [dataclasses.replace(p, geo_precision=max(2, p.geo_precision)) for p in qualifiers[:1]]
    # (nor where the doers went: "fled back into Sudan's West Darfur region")
    gone = {id(p) for p in ordered if text and _FLED_TO.search(text, max(sentence_start, p.mention.start - 60), p.mention.start)}
    return _attribute_place(text, sentence_start, ordered, [p for p, _ in scored if id(p) not in acting | gone])


def _finest(places: list[Place]) -> list[Place]:
    """Of the places an event is told at, not the district another lies in ("at Nambol Sabal Leikai
    in Manipur's Bishnupur district"): a town the sentence names only in passing keeps its district."""
    return [p for p in places if not any(contains(p, q, districts=True) for q in places)]


def _near_roads(places: list[Place]) -> list[Place]:
    """"blocked the Halba-Qoubaiyat road": on a road out of the town, near it (ACLED's geo_precision 2)."""
    return [dataclasses.replace(p, geo_precision=max(2, p.geo_precision))
            if p.mention.source == "road" and p.feature == "city" else p for p in places]


# words before a place that make it where someone came from or went to, not where things happened
_ORIGIN_WORDS = re.compile(rf"\b(?:{_ORIGIN})\s+(?:the\s+)?$", re.I)  # "of" qualifies, it places nothing


def _attribute_place(text: str, sentence_start: int, ordered: Sequence[Place],
                     candidates: Sequence[Place]) -> list[Place]:
    """No place of the sentence reads as the event's: the first one that only qualifies its actor
    or object ("the governor of Lahij governorate instituted a ban", "closed all of Afrin's
    entrances"), which is where ACLED codes it; never a country, a place someone came from or went
    to or an agreement was signed in, or the province around a place the gazetteer did not know
    ("Abu Rasin area in al-Hasakeh")."""
    for p in candidates:
        if p.feature == "country" or not text:
            continue
        before = text[max(sentence_start, p.mention.start - 30):p.mention.start]
        if _ORIGIN_WORDS.search(before) or _METONYM_AFTER.match(text, p.mention.end) or _METONYM_BEFORE.search(before) \
                or (_TELLER_IN.search(before) and _SAID_AFTER.match(text, p.mention.end)) or _AGREED_IN.search(before) \
                or _AGREEMENT_AFTER.match(text, p.mention.end) \
                or _SPEAKER_TITLE.search(text[max(sentence_start, p.mention.start - 90):p.mention.start]):
            # ("an attack by the coalition of the Kinshasa regime", "blamed the attack on agents of
            # Kinshasa": the state, not a place)
            continue
        earlier = [q for q in ordered if q.mention.end <= p.mention.start]
        if earlier and _CONTAINER_GAP.match(text[earlier[-1].mention.end:p.mention.start]):
            continue
        return [p]
    return []


# "..., said Donat Kibwana, the administrator of Beni territory": the teller's office, not where it happened
_SPEAKER_TITLE = re.compile(r"\b(?:said|says|told\s+[A-Z][\w.]*)\s+(?:[A-Z][\w'’.-]*\s+){1,4}?[A-Z][\w'’.-]*,\s+(?:the\s+|a\s+)?"
                            r"(?:[\w-]+\s+){0,3}?of\s+(?:the\s+)?$")


# "violating the Stockholm agreement": the agreement's name, not a place of the event
_AGREEMENT_AFTER = re.compile(r"\s+(?:peace\s+|ceasefire\s+|truce\s+)?(?:agreements?|accords?|treat(?:y|ies)|protocols?|"
                              r"declaration|memorandum|talks|deal|process|format)\b", re.I)
_HEADING_AFTER = re.compile(r":\s")
DASH_ITEM = re.compile(r"[ \t]+[–—][ \t]+[A-Z]")  # "Tehran – Security forces ...": a list item after its head
LINE_START = re.compile(r"(?:^|\n)\s*(?:[-–•*]\s*)?$")  # where a line (or a list item) begins


def heading_at(text: str, start: int, end: int) -> bool:
    """"- Mali: Wagner Group ...": the name opens a line and a colon follows (a bulletin's heading)."""
    return bool(_HEADING_AFTER.match(text, end) and LINE_START.search(text, max(0, start - 4), start))


_TELLER_IN = re.compile(r"\b(?:official|officials|spokes(?:man|woman|person)|sources?|residents?|witness(?:es)?|doctors?|"
                        r"journalists?|activists?|correspondents?)\s+(?:based\s+)?in\s+(?:the\s+)?$", re.I)
_SAID_AFTER = re.compile(r"\s*,?\s*(?:said|says|told|reported)\b")
_METONYM_BEFORE = re.compile(r"\b(?:agents?|regime|government|authorities|spies|proxies|mercenaries|allies|enemies) of\s+(?:the\s+)?$", re.I)
_METONYM_AFTER = re.compile(r"\s+(?:regime|government|junta)\b")
_UNIT_NOUNS = r"(?:neighbou?rhood|quarter|district|sub-?district|region|area|suburb|province|governorate)"
_LISTED_BEFORE = re.compile(r"\)\s*(?:,|and|,\s*and)\s+(?:the\s+)?$")
_GROUP = re.compile(r"\(([^()]{2,80})\)")
_NAME_BEFORE = re.compile(
    r"\b[A-Z][\w'’-]+(?:\s+(?:al|el|as|ar|ad|ash|at|an|az|[A-Z][\w'’-]+))*"
    r"(?:(?:\s+[a-z]+){0,2}\s+(?:area|areas|front|frontline|village|city|town|district|region|mountain|valley|camp|"
    r"checkpoint|neighbou?rhood|site|road|station|airport|base|post|prison|hospital|school|bridge|square|"
    r"roundabout|crossing|intersection|port|market|street|highway))?\s*$")
_RANK = {"city": 0, "admin2": 1, "admin1": 2}


def qualified_places(text: str, sentence_start: int, places: Sequence[Place], *, with_confirmed: bool = False):
    """Parenthetical qualifiers "(District, Province)" that stand in for the place they follow.

    The group qualifies the nearest name before it. When that name is not a known place, or is
    resolved somewhere outside the group's places (a namesake), or is coarser than the group
    ("Socotra (Hidaybu, Suqutra)"), the group's finest place is where the event is known to be,
    with geo_precision 2. Returns (the replaced place or None, the stand-in) pairs, and with
    `with_confirmed` also the named places their qualifier confirms ("Hays (Al Hudaydah)")."""
    sentence_end = max((p.mention.end for p in places), default=sentence_start)
    out: list[tuple[Place | None, Place]] = []
    confirmed: list[Place] = []
    prev_end = sentence_start
    for m in _GROUP.finditer(text, sentence_start):
        start, end = m.start(), m.end()
        if start >= sentence_end:
            break
        inside = [p for p in places if start < p.mention.start and p.mention.end < end
                  and p.resolved and p.feature in _RANK]
        if not inside:
            prev_end = end
            continue
        # "(District, Governorate)": the first named is the finest, unless only a province is
        finer = [p for p in inside if p.feature != "admin1"]
        finest = (finer or inside)[0]
        item, named = _qualified_item(text, max(sentence_start, prev_end), start, places)
        prev_end = end
        if not named:
            continue  # "(Kurdish name)", or nothing named before the group
        if item is not None and item.resolved and _consistent(item, inside):
            confirmed.append(item)
            continue
        if item is not None and item.resolved and all(p.country_code != item.country_code for p in inside) \
                and finest.confidence < HOLDER_CONFIDENCE:
            # ("Sitra (Central)" with Uganda's Central region one of 37 readings: a doubtful reading abroad
            # is no evidence that the town, read in Bahrain, is a namesake)
            continue
        precision = 3 if finest.feature == "admin1" else 2
        out.append((item, dataclasses.replace(finest, geo_precision=max(precision, finest.geo_precision))))
    return (out, confirmed) if with_confirmed else out


_IN_GAP = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:city|town|village|area|district|camp)\s+)?in\s+(?:the\s+)?$|"
                     r"^\s*(?:\([^()]{0,40}\)\s*)?" + _UNIT_NOUNS + r"\s+of\s+(?:the\s+)?$", re.I)


def contained_namesakes(text: str, places: Sequence[Place]) -> list[tuple[Place, Place]]:
    """'Sahara in Aleppo' with Sahara resolved to a namesake in Yemen: the town said to contain
    it is where the event is known to be (geo_precision 2). Only for 'X in Y': 'X, Y' is as often
    a list ('Tabriz, Mashhad, Gilan') as a container."""
    out: list[tuple[Place, Place]] = []
    for n, (prev, place) in enumerate(zip(places, places[1:])):
        if not (prev.resolved and place.resolved) or place.feature not in _RANK or prev.feature not in _RANK:
            continue
        gap = text[prev.mention.end:place.mention.start]
        if not _IN_GAP.match(gap) or encloses(place, prev) or _consistent(prev, [place]):
            continue
        third = places[n + 2] if n + 2 < len(places) else None
        if third is not None and third.resolved and text[place.mention.end:third.mention.start].strip() == "," \
                and _consistent(prev, [third]) and not _consistent(place, [third]):
            out.append((place, prev))  # "Mahmutbey neighborhood of Bagcilar, Istanbul": Bagcilar is the namesake
            continue
        precision = 3 if place.feature == "admin1" else 2
        out.append((prev, dataclasses.replace(place, geo_precision=max(precision, place.geo_precision))))
    return out


def _qualified_item(text: str, lo: int, start: int, places: Sequence[Place]) -> tuple[Place | None, bool]:
    """The name a parenthetical group at `start` qualifies: (its place or None when no place
    was found for it, whether a name is there at all). A country between them ("Al Jabaliyah
    area in western Yemen (At Tuhayat, Al Hudaydah)") is skipped."""
    window = max(lo, start - 60)
    m = _NAME_BEFORE.search(text, window, start)
    if m is None:
        return None, False
    at = [p for p in places if p.mention.start < m.end() and m.start() < p.mention.end]
    if not at:
        return None, True
    if at[-1].feature not in ("country", "continent", "region"):
        return at[-1], True
    earlier = [p for p in places if lo <= p.mention.start and p.mention.end <= at[-1].mention.start
               and p.feature not in ("country", "continent", "region")]
    if earlier and at[-1].mention.start - earlier[-1].mention.end <= 45:
        return earlier[-1], True
    return None, False


def _consistent(item: Place, group: Sequence[Place]) -> bool:
    """Does a resolved place lie inside the places of its parenthetical qualifier?"""
    if any(q.country_code != item.country_code and not (
            q.feature == "city" and item.feature == "city" and None not in (q.latitude, item.latitude)
            and km(q.latitude, q.longitude, item.latitude, item.longitude) <= HOLDER_NEAR_KM) for q in group):
        return False  # (but "Al Ram (Jerusalem)": a town by its holder, across a line)
    if item.feature == "admin1" and any(q.feature in ("admin2", "city") for q in group):
        return False  # the group names a finer place inside it
    for q in group:
        if q.feature == "admin1" and not (contains(q, item) or q.geonameid == item.geonameid):
            return False
        if q.feature == "admin2" and (q.admin1 != item.admin1 or (item.admin2 and not _same_word(item.admin2, q.name))):
            return False  # "northeast of Sanaa (Nihm, Sanaa)": Sanaa city is not in Nihm district
        if q.feature == "city" and q.admin1 != item.admin1 and None not in (q.latitude, item.latitude) \
                and km(q.latitude, q.longitude, item.latitude, item.longitude) > 60.0:
            return False  # a town of the same province may stand for the province ("Hays (Al Hudaydah)")
    return True


def _clause_verb(tokens: Sequence[Token], token: Token | None) -> Token | None:
    """The nearest verb above a token (the clause it belongs to)."""
    for _ in range(12):
        if token is None:
            return None
        head = tokens[token.head]
        if head.i == token.i:
            return token if token.pos in ("VERB", "AUX") else None
        if head.pos in ("VERB", "AUX"):
            return head
        token = head
    return None


def event_location_spans(text: str, verb_span: tuple[int, int], *, settings=None) -> list[tuple[int, int]]:
    """Which place mentions of `text` locate the event whose verb is at `verb_span` (the
    event-location task of Halterman 2019): detection and resolution run for real."""
    import dataclasses

    from .model import new_document, sentence_tokens
    from .pipeline import Context
    from .settings import load_settings
    from .stages import anchor, geocode, nlp, places

    settings = dataclasses.replace(settings or load_settings(), nlp_scope="all")
    ctx = Context(settings)
    doc = dataclasses.replace(new_document(text), text=text)
    for stage in (anchor, nlp, places, geocode):
        doc = stage.run(doc, ctx)
    sent = next((i for i, s in enumerate(doc.sentences) if s.start <= verb_span[0] < s.end), None)
    if sent is None:
        return []
    tokens = sentence_tokens(doc, sent)
    verb = next((t for t in tokens if t.start <= verb_span[0] < t.end), None)
    here = [p for p in doc.places if p.mention.sent == sent]
    cues = text_scores(text, doc.sentences[sent].start, sorted(here, key=lambda p: p.mention.start))
    attached, elsewhere = [], []
    for place, cue in zip(sorted(here, key=lambda p: p.mention.start), cues):
        root = mention_root(tokens, place.mention.start, place.mention.end)
        score = cue if cue else locative_score(tokens, root)
        if score < 0:
            continue
        clause = _clause_verb(tokens, root)
        near_verb = verb is not None and clause is not None and (
            clause.i == verb.i
            or (clause.head == verb.i and clause.dep in ("xcomp", "conj", "advcl"))
            or (verb.head == clause.i and verb.dep in ("xcomp", "conj")))
        (attached if near_verb else elsewhere).append((place, score))
    pool = attached or [(p, s) for p, s in elsewhere if s > 0]
    chosen = [p for p, s in pool if s > 0] or [p for p, _ in pool]
    finest = [p for p in chosen if not any(contains(p, q) for q in chosen)]
    return [(p.mention.start, p.mention.end) for p in finest]


_TOWN_WORD_AFTER = re.compile(r"\s+(?:town|city)\b")
_TOWN_WORD_BEFORE = re.compile(r"\b(?:town|city) of\s+$")


def district_seat(place: Place, gaz, after: str = " district", before: str = "", *, near: bool = False) -> Place | None:
    """The town a district is named after and governed from ('Sirwah' district -> Suq Sirwah):
    ACLED's location is a populated place, so an event known only to lie in a district is coded
    at its seat. None when the gazetteer has no town of that name inside the district (with `near`,
    and the text calling the place a town or a district or giving it as a qualifier, none spelt nearly so
    either)."""
    from .georank import to_place

    if not place.resolved or place.feature != "admin2":
        return None
    seats = []
    # ("Lice district" read as GeoNames' "Lice Ilcesi": the town of Lice governs it)
    bare = _DIVISION_END.sub("", place.mention.text).rstrip()
    for name in dict.fromkeys((place.name, place.mention.text, bare)):
        for c in gaz.search(name, country=place.country_code):
            district = gaz.admin2_of(c.entry) if c.entry.feature == "city" else None
            if district is not None and district.geonameid == place.geonameid:
                seats.append(c.entry)
    # (ACLED codes an event known to the district at its seat with precision 2: "in Cukurca district of Hakkari";
    # a name told with no division word, "from a mosque in Zurmi, Zamfara state", is the town itself)
    # ("on the districts of Razih and Shada": the word may also open the list)
    told_as_district = bare != place.mention.text or _DIVISION_WORD_START.match(after) \
        or _DIVISION_WORD_BEFORE.search(before)
    if not seats and near and (told_as_district or _TOWN_WORD_AFTER.match(after) or _TOWN_WORD_BEFORE.search(before)
                               or before.rstrip().endswith("(")):
        # ("Al-Hawija town (Kirkuk)", GeoNames' town spelt "Al Hawijah", or a note's "(At Tuhayat, Al Hudaydah)":
        # a near spelling inside the district; not a name in a title, "Dantewada Superintendent of Police")
        from .namelookup import near_spellings
        seats = [e for e in near_spellings(gaz, bare, [place])
                 if (district := gaz.admin2_of(e)) is not None and district.geonameid == place.geonameid]
    if not seats:
        return None
    seat = max(seats, key=lambda e: e.population)
    found = to_place(place.mention, seat, gaz, confidence=place.confidence, reason=f"seat of {place.name} district")
    return dataclasses.replace(found, geo_precision=2 if told_as_district else found.geo_precision)
