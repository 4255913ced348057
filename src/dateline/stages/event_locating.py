"""Where a sentence's event happened among the places it names: namesakes astray, reference
points ("110 km northwest of Mandalay"), the ends of a road, seas, a thing's origin, a place in a
movement's name, background told in relative clauses, and villages the gazetteer lacks (part of
the events stage)."""
from __future__ import annotations

import dataclasses
import re

from .. import actors as actor_lib
from ..dates import CALENDAR
from ..geo import km
from ..eventlocation import (DIRECTION_END, DIRECTION_OF, DISTANCE, FIRED_TOWARDS, HOLDER_CONFIDENCE, LANDMARK_WORDS,
                             ROAD_WORDS, event_places, mention_root)
from ..model import Document, Place, Rejection, Span
from . import event_parts as parts
from .place_support import DEPICTED

STAGE = "events"

_UNKNOWN_INSIDE = re.compile(r"(?<![.!?]\s)(?<!\n)(?<!^)\b[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3}"
                             r"(?:\s+(?:village|town|hamlet|settlement|camp|locality))?,?\s+(?:in|near)\s+(?:the\s+)?$|"
                             r"\b(?:[Bb]arangay|[Vv]illage of|[Hh]amlet of)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+$")
# an unknown village, then the area it lies in, maybe after that area's province ("Sagaing Region's")
_VILLAGE_IN_AREA = re.compile(r"\s+(?:village|hamlet)\s+(?:in|near|of)\s+(?:the\s+)?(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}['’]s\s+)?")
_SETTLEMENT_WORD = re.compile(r"\b(?:village|town|hamlet|settlement|camp|neighbou?rhood|locality|[Bb]arangay)\b")
_CALLED_VILLAGE = re.compile(r"\b(?:village|hamlet|settlement)\s+of\s+$", re.I)
_NAME_OF = re.compile(r"\b[A-Z][\w'’-]+\s+of\s+(?:the\s+)?$")
# ("regime forces shelled Sfuhen in Idleb" with Sfuhen tagged a person: a village is what is shelled)
_SHELLED_BEFORE = re.compile(r"\b(?:shelled|bombed|bombarded|struck|raided|stormed|overran|captured|shelling|bombing)\s+$")
_INSTITUTION = re.compile(r"\b(?:[A-Z]{2,}|Bank|Authority|Council|Ministry|Office|University|Hospital|School|"
                          r"Mosque|Church|Court|Prison|Directorate|Company|Factory|Municipality|Building|Headquarters|Serail|Saray|"
                          r"Square|Street|Road|Highway|Bridge|Market|Airport|Embassy|Consulate|Party|Union|Group|"
                          r"Association|Chamber|Station|Center|Centre|Department|Administration|Palace|Parliament|Assembly|Congress|Senate|"
                          r"Cathedral|Temple|Stadium|Barracks|Residence|Fountain|Monument|Memorial|Park|Roundabout|Junction|Gate|Plaza|"
                          r"Hall|House|Museum|Library|Campus|College|Hotel|Mall|Terminal|Avenue|Boulevard|Lane|Secretariat|"
                          r"Television|Radio|Channel|Studios?|Newspaper|Broadcasting|Network)\s+(?:in|near)\s",)


# an after-clause with its own doer and act, to the next comma ("after gunmen loyal to ... attacked a checkpoint in Jableh")
_AFTER_CLAUSE = re.compile(r"\bafter\s+(?!(?:[\w-]+\s+){0,2}?(?:hours|days|weeks|months|years|dark|midnight|dawn|noon)\b)"
                           r"(?:[\w'’-]+\s+){1,6}?(?:attacked|stormed|ambushed|raided|killed|shot|opened fire|fired|"
                           r"detonated|struck|shelled|bombed)\b[^,;.]*")
_ENDS_WAR = re.compile(r"\b(?:ending|to end|end to|halting|to halt)\s+(?:[\w-]+\s+){0,4}?(?:conflict|war|fighting|"
                       r"hostilities|insurgency|rebellion|violence|clashes)\b[^.;]*$"
                       # ("signed an agreement in Jeddah ... for a seven-day truce around the besieged city of
                       # El Fasher": the truce's ground, not where it was signed)
                       r"|\b(?:truce|ceasefire|cease-fire|pause|corridor)\s+(?:in|around|across|for|covering|over)\s+"
                       r"(?:[\w-]+\s+){0,4}?$")



def locations(doc: Document, tokens, typing: "parts.Typing", sent_places: list[Place],
               sent: Span, *, continuing: bool = False, told_again: bool = False,
               told_before: bool = False) -> tuple[list[Place], list[Rejection]]:
    """The sentence's event places, without namesakes astray and background places."""
    # a namesake astray is set aside before choosing, so that the sentence's other places compete
    strays = [p for p in sent_places if stray_namesake(doc, p)]
    rejected = [Rejection(STAGE, "STRAY_NAMESAKE", f"{p.mention.text!r} -> {p.name} ({p.country})", "candidate")
                for p in strays]
    # "in Let Yet Kone village in Tabayin township, about 110 kilometers northwest of Mandalay": a
    # reference point for where it was, never where it was
    # ("36-year-old Master Sgt Johnathan J. Dunbar of Austin, Texas, died alongside him": his home town)
    # (also "a 61-year-old Macon County man", "a Columbia County woman": where they live)
    homes = [p for p in sent_places if _HOMETOWN_BEFORE.search(doc.text, max(sent.start, p.mention.start - 80), p.mention.start)
             or _RESIDENT_AFTER.match(doc.text, p.mention.end)]
    homes += [q for q in sent_places if any(doc.text[h.mention.end:q.mention.start] == ", " for h in homes)]  # "..., Texas"
    # ("...; no protest was held in Mombasa, where traders kept their shops open": where nothing happened)
    candidates = [p for p in sent_places if p not in strays and p not in homes and not _far_reference(doc.text, sent, p)
                  and not _names_something_else(doc.text, p, sent_places)
                  and not _NOTHING_AT.search(doc.text, max(sent.start, p.mention.start - 60), p.mention.start)]
    # "air strikes across the Gaza Strip killed 50 people, health officials in Gaza said": where the
    # tellers sit, when the sentence names another place
    # (also "..., the Gaza health ministry said": the teller's name, when the sentence names another place)
    # (and the seat of a teller's title, "Dantewada Superintendent of Police ... said", or of its words, "said in Geneva")
    titled = [p for p in candidates if _TELLER_TITLE.match(doc.text, p.mention.end)]
    spoken = [p for p in candidates if _SAID_IN.search(doc.text, max(sent.start, p.mention.start - 40), p.mention.start)]
    # (also a teller opening the sentence, "Haryana police said protesters threw stones")
    named = [p for p in candidates if (doc.text.endswith("the ", sent.start, p.mention.start) or p.mention.start == sent.start)
             and _TELLER_NAMED.match(doc.text, p.mention.end)]
    # (and the place in the teller's body: "The spokesperson of the Zamfara State Police Command ... confirmed")
    tellers = [p for p in candidates if _TELLER_IN.search(doc.text, max(sent.start, p.mention.start - 50), p.mention.start)
               and _SAID_AFTER.match(doc.text, p.mention.end) or p in named or p in titled or p in spoken
               or _TELLER_OF.search(doc.text, max(sent.start, p.mention.start - 40), p.mention.start)]
    # ("An army spokesman in Ituri, Lieutenant Jules Ngongo, confirmed the attack": the teller's seat,
    # and the event is the one told before)
    # (nor, after the act, "..., a spokesperson said in Geneva", or in a sentence going on with the event just
    # told, "..., Dantewada Superintendent of Police Abhishek Pallava said", "The attackers fled ..., the
    # Guanajuato state attorney general's office said": the teller's seat, no new place)
    # (nor, after an event told, "Haryana police said protesters threw stones": more of what was told)
    if tellers and (len(tellers) < len(candidates) or _CONFIRMED_IT.search(doc.text, sent.start, typing.trigger.start)
                    or all(p.mention.start > typing.trigger.end and ((continuing or told_again) and p in titled + named or p in spoken)
                           or told_before and p.mention.start == sent.start and p in named for p in tellers)):
        candidates = [p for p in candidates if p not in tellers]
    # "... killing two people, witnesses said, as the military declared martial law in more districts
    # of Yangon": what went on meanwhile, elsewhere, after the cue
    context = [p for p in candidates if typing.trigger.end <= p.mention.start
               and _AS_CONTEXT.search(doc.text, max(typing.trigger.end, p.mention.start - 120), p.mention.start)]
    if context and len(context) < len(candidates):
        candidates = [p for p in candidates if p not in context]
    # "near Kalat, ... on the highway linking Quetta to Karachi": the road's ends situate it
    # (named before the road; "on the road between Qamishli and Amuda in the countryside of Al-Hasakah"
    # keeps the road's towns)
    ends = [p for p in candidates if _route_end(doc.text, sent, p)]
    if ends and any(p not in ends and p.mention.start < ends[0].mention.start for p in candidates):
        candidates = [p for p in candidates if p not in ends]
    # ("on the road between Tarmiyah and Mushahada (Baghdad)", Mushahada unknown: the province of the other
    # end, which the known end already places)
    glosses = [p for p in candidates if _ROUTE_END_GLOSS.search(doc.text, max(sent.start, p.mention.start - 120), p.mention.start)]
    if glosses and any(p in ends and p not in glosses for p in candidates):
        candidates = [p for p in candidates if p not in glosses]
    if typing.sub_event_type == "Agreement":
        # "signed a peace agreement in ... Juba on Wednesday, ending nine years of conflict in South Kordofan
        # and Blue Nile states": where it was signed, not where the war it ends was fought
        ended = [p for p in candidates if _ENDS_WAR.search(doc.text, max(sent.start, p.mention.start - 80), p.mention.start)]
        if ended and len(ended) < len(candidates):
            candidates = [p for p in candidates if p not in ended]
    if typing.event_type in ("Protests", "Riots"):
        # "as anger over the police killing of a teenager in the Paris suburb of Nanterre spread":
        # where the grievance happened, not the demonstration
        candidates = [p for p in candidates if not _GRIEVANCE_PLACE.search(doc.text, sent.start, p.mention.start)
                      and not _PROTESTED_PLACE.search(doc.text, sent.start, p.mention.start)]
    # "in the Paris suburb of Sevran", Sevran a town of its own: the suburb, not the city it lies by
    suburbs = [q for q in candidates if q.resolved and q.feature == "city"
               and _SUBURB_OF.search(doc.text, max(sent.start, q.mention.start - 40), q.mention.start)]
    candidates = [p for p in candidates if not any(
        p.mention.end <= q.mention.start and _SUBURB_OF.fullmatch(doc.text, p.mention.end, q.mention.start) for q in suburbs)]
    # "in Dhaka's Naya Paltan": a part of the city, coded as the city (one event, not two)
    # (also "paralysed Dhaka ..., and set fire to two buses in the city's Motijheel area")
    parts_of = [q for q in candidates if q.resolved and q.feature == "city" and any(
        p is not q and p.resolved and p.feature == "city" and p.country_code == q.country_code
        and (_OWNER_GAP.fullmatch(doc.text, p.mention.end, q.mention.start)
             or p.mention.end < q.mention.start and _THE_CITYS.search(doc.text, p.mention.end, q.mention.start))
        for p in candidates)]
    candidates = [p for p in candidates if p not in parts_of]
    caused = [p for p in candidates if parts.recent_cause(sent, p.mention.start) and not parts.recent_cause(sent, typing.trigger.start)]
    after = next((m for m in _AFTER_CLAUSE.finditer(doc.text, sent.start, sent.end)
                  if m.start() < typing.trigger.start < m.end()), None)
    inside = [p for p in candidates if after is not None and after.start() < p.mention.start < after.end()]
    if inside and len(inside) < len(candidates) and all(p.mention.start < after.start() for p in candidates if p not in inside):
        # "security forces arrested at least 40 people in the countryside of Latakia on Monday after gunmen
        # ... attacked a checkpoint in the town of Jableh": the act told is the after-clause's, at its place
        candidates = inside
    if caused and len(caused) < len(candidates):
        # ("its aircraft struck a Hamas rocket-launching site in Khan Younis, hours after a rocket ... was
        # intercepted over the city of Sderot": the place of what came before, not of the strike)
        candidates = [p for p in candidates if p not in caused]
    aimed = any(FIRED_TOWARDS.search(doc.text, max(sent.start, p.mention.start - 60), p.mention.start) for p in candidates)
    origin = [p for p in candidates if aimed and p.mention.end <= typing.trigger.start
              and parts.DOERS_FROM.search(doc.text, max(sent.start, p.mention.start - 40), p.mention.start)]
    if origin and len(origin) < len(candidates):
        # "militants in Gaza fired rockets towards Jerusalem": where the fire came from; the event is where it was aimed
        candidates = [p for p in candidates if p not in origin]
    # ("The students were seized on Feb. 24 while travelling to a conference in Enugu", after their abduction
    # in Benue: where they were going; with no other town in its sentence, a destination is the best guess:
    # "arrested ... on his way to the coalition camp in Hat district")
    bound = [p for p in candidates if p.mention.start > typing.trigger.end
             and _BOUND_FOR.search(doc.text, max(typing.trigger.end, p.mention.start - 60), p.mention.start)]
    if bound and (continuing or any(p not in bound and p.feature not in ("admin1", "country") for p in candidates)):
        candidates = [p for p in candidates if p not in bound]
    later = parts.later_acts(doc, sent, tokens, typing)
    apart = [p for p in candidates if any(lo <= p.mention.start < hi for lo, hi in later)]
    # (the later act's places chosen apart: "the Gaza Strip" it struck is not a container of the first act's "Gaza")
    locations = event_places([p for p in candidates if p not in apart], tokens, doc.text, sent.start) \
        + (event_places(apart, tokens, doc.text, sent.start) if apart else [])
    if continuing and locations and _background(doc, tokens, locations, sent):
        # "They lit candles to honour a man who died during riots in Tripoli", "In Tripoli and Sidon
        # combined, 23 soldiers were injured": what the paragraph's event recalls or sums up
        return [], rejected + [Rejection(STAGE, "BACKGROUND", f"{p.mention.text!r}: {sent.text[:60]}", "candidate")
                               for p in locations]
    if len(locations) > 1:
        # "... against the death of a man who was shot during a demonstration in Tripoli": background
        # ("three activists who had been arrested after a protest in Tripoli were subjected to beatings ...
        # in Beirut", misparsed: where they had been held is who they are)
        main = [p for p in locations if not in_relative_clause(tokens, p, typing.trigger)
                and not parts.HELD_BEFORE.search(doc.text, max(sent.start, p.mention.start - 80), p.mention.start)]
        locations = main or locations
    if typing.sub_event_type in ("Abduction/forced disappearance", "Arrests") and all(
            q.feature != "city" or q.geo_precision >= 2 for q in locations):
        # "Turkish-backed factions abducted a civilian from Afrin city (Aleppo)": where they took him from (not
        # where he comes from), before the bracket's province
        taken = [p for p in candidates if p.resolved and p.feature == "city" and p.mention.start > typing.trigger.end
                 and _TAKEN_FROM.search(doc.text[max(typing.trigger.end, p.mention.start - 40):p.mention.start])]
        locations = taken[:1] or locations
    # two mentions of one place ("west of Taizz ... (Al Mudhaffar, Taizz)") are one event and share no toll
    locations = [p for n, p in enumerate(locations)
                 if not p.resolved or all(q.geonameid != p.geonameid for q in locations[:n])]
    return locations, rejected


_TAKEN_FROM = re.compile(r"^[^,;.]*\bfrom\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:(?:home|house)\s+in\s+)?"
                         r"(?:(?:town|city|village|camp|neighbou?rhood)\s+of\s+)?$")
_AS_CONTEXT = re.compile(r",\s+(?:as|while|amid)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:declared|imposed|announced|extended|"
                         r"ordered|lifted|suspended|urged|warned|pledged|vowed|prepared|met|held talks)\b[^,;.]*$")


_BOUND_FOR = re.compile(r"\b(?:travell?ing|heading|driving|returning|on (?:their|his|her|its) way|en route|bound)\s+"
                        r"(?:back\s+)?to\s+(?:[\w'’-]+\s+){0,4}?(?:in\s+)?$")


def _far_reference(text: str, sent: Span, place: Place) -> bool:
    """The place is named as a point more than 50 km from where it happened ("about 110 kilometers
    northwest of Mandalay"); nearer, it may stand for the unknown village (ACLED: near it)."""
    m = _DISTANCE_BEFORE.search(text, max(sent.start, place.mention.start - 60), place.mention.start)
    if m is None:
        return False
    if not m.group("n")[0].isdigit():
        return False  # "a few kilometers north of": near it
    km_away = float(m.group("n").replace(",", "")) * (1.609 if m.group("unit").startswith("mile") else 1.0)
    return km_away > 50


_DISTANCE_BEFORE = re.compile(rf"\b{DISTANCE}\s+{DIRECTION_OF}(?:[a-z-]+\s+){{0,3}}(?:city\s+of\s+)?$", re.I)


def _route_end(text: str, sent: Span, place: Place) -> bool:
    """The place is an end of a road named by its ends ("the highway linking Quetta to Karachi",
    "the Dhaka-Mymensingh highway")."""
    start, end = place.mention.start, place.mention.end
    return bool(_ROUTE_FROM.search(text, max(sent.start, start - 40), start)
                or _ROUTE_TO.search(text, max(sent.start, start - 80), start)
                or _ROUTE_NAMED.match(text, end) or _ROUTE_NAMED_END.search(text, max(sent.start, start - 30), start))


_ROUTE = ROAD_WORDS + "s?"
_ROUTE_FROM = re.compile(rf"\b{_ROUTE}\s+(?:linking|connecting|between|from)\s+(?:the\s+)?(?:cit(?:y|ies)\s+of\s+)?$", re.I)
_ROUTE_TO = re.compile(rf"\b{_ROUTE}\s+(?:linking|connecting|between|from)\s+[^,;.()]{{2,40}}?\s+(?:to|and|with)\s+(?:the\s+)?$", re.I)
_ROUTE_END_GLOSS = re.compile(rf"\b{_ROUTE}\s+(?:linking|connecting|between|from)\s+[^,;.()]{{2,40}}?\s+(?:to|and|with)\s+"
                             r"[^,;.()]{2,40}?\s*\($", re.I)
_ROUTE_NAMED = re.compile(rf"[-–][A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?\s+{_ROUTE}\b")
_ROUTE_NAMED_END = re.compile(r"\b[A-Z][\w'’]+[-–]$")
_GRIEVANCE_PLACE = re.compile(r"\b(?:anger|outrage|fury|grief|indignation|unrest)\s+"
                              r"(?:over|at|against|about|after|following|sparked by)\s+(?:the\s+)?[^,;.]{0,60}?\b(?:killing|death|"
                              r"shooting|murder|arrest|detention|execution|rape|beating)\b[^,;.]{0,50}$|"
                              # "the largest protest yet over the collapse of a railway station canopy in Novi Sad"
                              # ("demanding accountability for the collapse of a railway station canopy in Novi Sad")
                              r"(?:\b(?:protests?|rall(?:y|ies)|marches|demonstrations?)\s+(?:yet\s+|so far\s+)?(?:over|against|about)|"
                              r"\bdemand(?:ing|ed|s)?\s+(?:justice|accountability|answers|an?\s+(?:independent\s+)?(?:investigation|inquiry))"
                              r"\s+(?:for|over|into))\s+"
                              r"(?:the\s+)?[^,;.]{0,60}?\b(?:collapse|disaster|fire|crash|explosion|killing|death|shooting|murder|"
                              r"accident|stampede|flood(?:ing)?)\b[^,;.]{0,50}$", re.I)
# "gathered outside the facility to protest against the administration's immigration crackdown in the
# Chicago area": where what they protest happens
_PROTESTED_PLACE = re.compile(r"\b(?:to protest|protesting|in protest|to condemn|condemning|to denounce|denouncing|against)\s+"
                              r"(?:against\s+|at\s+|over\s+)?(?:the\s+)?[^,;.]{0,80}?"
                              r"\b(?:crackdown|polic(?:y|ies)|war|offensive|deportations?|raids?|killing|death|arrest|"
                              r"detention|execution|bombing|occupation|siege|blockade)\s+(?:in|on|across|against)\s+"
                              r"(?:the\s+|northern\s+|southern\s+|eastern\s+|western\s+)?$|"
                              # "marched ... to call for a ceasefire in Gaza": where the peace they ask for should be
                              r"\b(?:call(?:s|ed|ing)?|press(?:ed|ing)?|appeal(?:ed|ing)?|demand(?:s|ed|ing)?|urg(?:e|ed|ing))?"
                              r"\s*for\s+(?:an?\s+|the\s+)?(?:immediate\s+|permanent\s+|lasting\s+|humanitarian\s+)?(?:ceasefire|"
                              r"cease-fire|truce|peace|end\s+to\s+(?:the\s+)?(?:war|fighting|violence|killings?|bombing|"
                              r"occupation|siege|genocide))\s+(?:in|on)\s+(?:the\s+)?$|"
                              # "demonstrated ... against the government's planned annexation of parts of the West Bank"
                              r"\b(?:against|over|protesting)\s+(?:the\s+)?[^,;.]{0,60}?\b(?:annexation|occupation|invasion|"
                              r"bombing|blockade|siege|partition)\s+of\s+(?:parts\s+of\s+)?(?:the\s+)?$|"
                              # "marched through the centre of Rabat ... in solidarity with Palestinians in Gaza": whom they stood by
                              r"\bin\s+(?:solidarity\s+with|support\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:in|of)\s+(?:the\s+)?$", re.I)
_TOTALS_AFTER = re.compile(r"^\s*(?:combined|together|altogether|in total)\b", re.I)


def _background(doc: Document, tokens, locations: list[Place], sent: Span) -> bool:
    """After an event of the same paragraph: places named only inside relative clauses (a person
    or thing described by what happened to it there), or a toll summed over places."""
    last = max(locations, key=lambda p: p.mention.end)
    if _TOTALS_AFTER.match(doc.text[last.mention.end:sent.end]):
        return True
    roots = [mention_root(tokens, p.mention.start, p.mention.end) for p in locations]
    return all(r is not None and any(t.dep == "relcl" for t in _ancestors(tokens, r)) and not _crowds_own_act(tokens, r)
               for r in roots)


# "Police used water cannon to disperse farmers who tried to march towards the state assembly in
# Chandigarh": the relative clause tells where the crowd was going, which is where it was met
_CROWD_VERBS = frozenset({"march", "rally", "protest", "demonstrate", "gather", "assemble", "converge", "block"})


def _crowds_own_act(tokens, root) -> bool:
    """The place lies in a relative clause telling what a crowd was doing at the time."""
    for t in _ancestors(tokens, root):
        if t.lemma in _CROWD_VERBS:
            return not any(c.head == t.i and c.lemma == "have" and c.dep == "aux" for c in tokens)
        if t.dep == "relcl":
            return False
    return False


def _ancestors(tokens, token) -> list:
    out = []
    while token is not None and token.head != token.i and len(out) < 30:
        token = tokens[token.head]
        out.append(token)
    return out


def in_relative_clause(tokens, place: Place, trigger: Span) -> bool:
    """The place lies in a relative clause that does not hold the event's cue."""
    root = mention_root(tokens, place.mention.start, place.mention.end)
    cue = next((t for t in tokens if t.start >= trigger.start and t.end <= trigger.end), None)
    if root is None or cue is None:
        return False
    above_cue = {t.i for t in _ancestors(tokens, cue)} | {cue.i}
    return any(t.dep == "relcl" and t.i not in above_cue for t in _ancestors(tokens, root))


_FAR_KM = 150


def stray_namesake(doc: Document, place: Place) -> bool:
    """A small town resolved to a country nothing else in the report lies in, while the report's
    other places agree on another ('the Ilya intersection in Sidon' -> Ilja, Belarus): a namesake
    of some local place, not where the event happened."""
    if not place.resolved:
        return False
    if _outside_its_container(doc, place):
        return True
    if place.feature == "country" and _said_to_be_town(doc.text, place):
        return True  # "in Maan town": a town's name read as a country's
    # the sentence's own places of the same country (not the dateline's town)
    beside = [p for p in doc.places if p.resolved and p.mention.sent == place.mention.sent and p.country_code == place.country_code
              and p.feature in ("city", "admin1") and p.latitude is not None and p.geonameid != place.geonameid
              and (doc.anchor is None or p.mention.start >= doc.anchor.end)] if place.reason.startswith("fuzzy") else []
    if place.feature == "city" and beside and all(p.admin1 != place.admin1 for p in beside) \
            and any(km(p.latitude, p.longitude, place.latitude, place.longitude) > _FAR_KM for p in beside):
        # "on the outskirts of Ain Issa in northern Raqqa countryside, after the factions tried to
        # advance on the village of Mushayrifa", spelt near a town of Daraa 400 km away: no reading
        return True
    misused = _part_of_a_name(doc.text, place)
    # (a big city abroad read under another of its names is no better evidence: "the village of Tiba near
    # the town of Djibo" is not Chiba, "Tiba" in GeoNames' alternate names)
    by_its_name = not re.match(r"(?:alternate name|short name|fuzzy)\b", place.reason) or not (
        _CALLED_VILLAGE.search(doc.text, max(0, place.mention.start - 20), place.mention.start)
        or _VILLAGE_AFTER.match(doc.text, place.mention.end))
    # ("near the town of Sidakan in the Kurdistan Region" filed from Erbil, Iraq: Iran's Kurdistan province
    # is the only reading of the name, and nothing else in the report lies in Iran)
    # (only a region named with a division word the reading lacks: "Catalonia" alone in an American story
    # is still Catalonia)
    region = place.feature == "admin1" and "division word" in place.reason
    if not misused and (place.feature not in ("city", "admin2") and not region
                        or place.feature != "admin1" and place.population >= STRAY_MAX_POPULATION and by_its_name):
        return False
    # another mention of the same reading is no independent evidence for it
    # (nor is a doubtful reading of its own bracket: "Sitra (Central)", Central read as Uganda's among 37)
    # (nor is a word of a longer name: "The Nelson Mandela Bay municipality" read as Nelson, England)
    others = [p for p in doc.places if p.resolved and p.country_code and p.feature != "continent"
              and p.mention.start != place.mention.start and p.geonameid != place.geonameid
              and not (p.confidence < HOLDER_CONFIDENCE and p.country_code != place.country_code
                       and doc.text[place.mention.end:p.mention.start].strip() == "(")]
    glued = _glued(doc)
    others = [p for p in others if p.mention.start not in glued] or others
    if not others or any(p.country_code == place.country_code for p in others):
        return False
    pattern, table = actor_lib.demonyms()
    if any(table[m.group(1)] == place.country for m in pattern.finditer(doc.text) if m.start(1) != place.mention.start):
        return False  # "Lebanese protesters in X": the report names the town's country after all
    if misused:
        return True  # "the Palma bridge", 'Bar' of "Bar Elias": the reading of a part names no place here
    if any(p.feature == "city" and km(p.latitude, p.longitude, place.latitude, place.longitude) < _NEIGHBOUR_KM
           for p in others if p.latitude is not None and place.latitude is not None):
        return False  # "Khan Younis" in a story that also tells of Tel Aviv: across a border, not astray
    per_country: dict[str, int] = {}
    for p in others:
        per_country[p.country_code] = per_country.get(p.country_code, 0) + 1
    bigger = any(p.feature != "country" and p.population >= 5 * max(place.population, 1000) for p in others)
    return max(per_country.values()) >= 2 or (bigger and place.feature != "admin1")  # (a region needs two)


def _glued(doc: Document) -> set[int]:
    """Where the places start whose names stand right beside another's, one space between: words of one
    longer name."""
    starts, ends = {p.mention.start for p in doc.places}, {p.mention.end for p in doc.places}
    return {p.mention.start for p in doc.places if p.mention.start - 1 in ends and doc.text[p.mention.start - 1] == " "
            or p.mention.end + 1 in starts and doc.text[p.mention.end] == " "}


def _outside_its_container(doc: Document, place: Place) -> bool:
    """"in Let Pan village of Kanbalu township" with Let Pan read as a village of another province:
    the text puts it inside a place whose province is not its reading's (a namesake of a village the
    gazetteer lacks; "Sabon Gari, in Borno state's Damboa area" with Sabon Gari read as a district of
    Kaduna)."""
    if place.feature not in ("city", "admin2"):
        return False
    m = _INSIDE_AFTER.match(doc.text, place.mention.end)
    if m is None:
        return False
    container = next((p for p in doc.places if p.mention.start == m.end() and p.resolved), None)
    if container is None or container.feature not in ("city", "admin2", "admin1"):
        return False
    filed = next((p for p in doc.places if doc.anchor is not None and doc.anchor.place is not None and p.resolved
                  and doc.anchor.place.start <= p.mention.start < doc.anchor.place.end), None)
    if container.country_code != place.country_code and filed is not None and filed.country_code == container.country_code:
        # "in the town of Mansura in the western countryside of Raqqa", filed from Raqqa, read as Egypt's
        # Mansoura (the Syrian town spelt otherwise): a namesake abroad, however big
        return True
    return (place.feature == "admin2" or place.population < STRAY_MAX_POPULATION) \
        and container.country_code == place.country_code and container.admin1 != place.admin1


_INSIDE_AFTER = re.compile(r"\s+(?:village|hamlet|town|township|settlement|district|area)\s+(?:of|in)\s+(?:the\s+)?|"
                           r",\s+in\s+(?:the\s+)?|"
                           r"\s+in\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?countryside\s+of\s+(?:the\s+)?")
_NEIGHBOUR_KM = 100.0
STRAY_MAX_POPULATION = 200_000  # a well-known city abroad named alone may well be where the event was
# a name that names a landmark ("the Palma bridge") or is cut from a longer name ("Bar Elias",
# "Ain er Roummaneh"): its own reading says little about where the event was
_LANDMARK_AFTER = re.compile(rf"^\s+(?:{LANDMARK_WORDS})\b", re.I)
_NAME_GOES_ON = re.compile(
    r"^(?:[ -](?:al|el|er|ar|as|ash|ad|ed|es|an|en|az|ez|at|et|ibn|bin|abu|umm?|de|del|di|la|le)[ -]| )"
    r"(?!(?:City|Town|Province|Governorate|District|County|Region|Port|Airport|Camp|Valley|Mountains?|"
    r"Desert|Plain|Countryside|Municipality|Center|Centre|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)[A-Z][a-z]")
_TOWN_AFTER = re.compile(r"^\s+(?:town|village)\b", re.I)
_TOWN_BEFORE = re.compile(r"\b(?:town|village) of\s+(?:the\s+)?$", re.I)


def _names_something_else(text: str, place: Place, places: list[Place]) -> bool:
    """The mention names no place of the event: part of a sea's name, a thing's origin, a
    district of another place read as a namesake, or part of a movement's name."""
    start, end = place.mention.start, place.mention.end
    if place.feature == "country" and _LANDMARK_AFTER.match(text[end:end + 40]):
        return True  # "treated 60 wounded at the Saudi Hospital": a building's name, not Saudi Arabia
    return bool(_WATER_OF.match(text, start) or _WATER_BEFORE.search(text, max(0, start - 25), start)
                or _MODIFIER_AFTER.match(text, end)) or _namesake_inside(text, place, places) \
        or _in_quoted_name(text, place)


def unknown_named_place(text: str, sent: Span, places: list[Place], gaz) -> Span | None:
    """A capitalised name the sentence puts its event in ("looted the market in Abu Hujar") that no
    place mention covers and the gazetteer does not hold: a place too small to be known."""
    for m in _IN_NAME.finditer(text, sent.start, sent.end):
        name = m.group(1)
        words = name.split()
        if words[0].lower() in CALENDAR or words[0] in _NOT_PLACE_WORDS or gaz.has_name(name) or gaz.demonym(name) \
                or _NAME_CUT.match(text, m.end(1)) or _LANDMARK_AFTER_NAME.match(text, m.end(1)) \
                or any(p.mention.start < m.end(1) and m.start(1) < p.mention.end for p in places) \
                or _NAMED_THING_AFTER.match(text, m.end(1)) or _ORGANISATION_END.search(name) \
                or _LANDMARK_END.search(name) or (m.group(0).lower().split()[1] == "the" and not _TOWN_OF.search(m.group(0))):
            continue  # (nor a landmark: "outside the Lahore High Court", "near the Cenotaph", "at Liberty Chowk")
        return Span(m.start(1), m.end(1), name)
    return None


_NAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*"
# the small words place names carry between their capitalised words ("Petite-Riviere de l'Artibonite",
# "Jabal al-Zawiya", "Wad bin Naqa")
_PARTICLES = r"al|el|ad|ash|as|at|ar|an|az|de|del|da|di|du|la|le|les|des|dos|do|van|von|bin|ibn"
_IN_NAME = re.compile(r"(?:(?<![\w'’-])(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:town|village|city|area|market|camp|district)\s+of\s+)?|"
                      r"\bthe\s+(?:town|village|city|hamlet|locality|island)\s+of\s+)"
                      rf"({_NAME_WORD}(?:\s(?:(?:{_PARTICLES})\s|de\sl['’]|d['’]|(?:{_PARTICLES})-)?{_NAME_WORD}){{0,3}})")
# (not an organisation or a building: "at Goldman Sachs", "in Parliament Square", "in Al Jazeera's")
# (nor a word that qualifies a plural noun: "in the Anglophone regions")
_NAMED_THING_AFTER = re.compile(r"(?:['’]s\b|\s+(?:[A-Z][\w-]*|Square|Street|Road|Avenue|University|Hospital|Prison|Party|"
                                r"Army|Forces|Council|Ministry|Company|Group|Bank|Airport|Stadium)\b|\s+[a-z]+s\b(?<!\bwas)(?<!\bhas))")
# sites named after a place or a person, which are no place of their own (a camp is one)
_SITE_WORDS = (rf"{LANDMARK_WORDS}|courts?|gates?|chowk|press club|cenotaph|memorials?|monuments?|palaces?|plazas?|stations?|"
               r"ports?|harbou?rs?|airports?|air ?bases?|bases?")
_LANDMARK_END = re.compile(rf"\b(?:{_SITE_WORDS})$", re.I)
# (not a name cut short, "Jabal al-Zawiya", "Petion-Ville", "Place de l'Opera"; nor a teller or a site:
# "Analysts at Goldman Sachs said", "at Mitiga airport")
_NAME_CUT = re.compile(rf"-|\s+(?:{_PARTICLES})\b|['’]|\s+(?:said|says|told|reported|announced|added)\b")
_LANDMARK_AFTER_NAME = re.compile(rf"\s+(?:{_SITE_WORDS})\b", re.I)
_TOWN_OF = re.compile(r"\b(?:town|village|city|hamlet|locality)\s+of\s+$")
_ORGANISATION_END = re.compile(r"\b(?:Forces|Army|Party|Front|Movement|Council|Brigades?|Group|Committee|Union|Organi[sz]ation|"
                               r"Ministry|Police|Guard|Militia|Network|Agency|Company|Corporation|Association)$")
_NOT_PLACE_WORDS = frozenset({"The", "This", "That", "These", "Those", "A", "An", "His", "Her", "Their", "Its", "Our",
                              "Parliament", "Congress", "Court", "English", "Arabic", "French", "Christmas", "Ramadan",
                              "Easter", "Eid", "Mass", "Prison", "Police", "Government", "Islam", "God", "Allah",
                              "Brief", "Place"})
_SUBURB_OF = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?suburbs?\s+of\s+$")
_TELLER_IN = re.compile(r"\b(?:officials?|authorities|sources|ministry|spokes(?:man|woman|person)|medics|doctors|"
                        r"witnesses|journalists?|correspondents?|monitors?|reporters?)\s+(?:based\s+)?in\s+$")
_TELLER_NAMED = re.compile(r"(?!\s+(?:that|which|who|where|when|as|and|but)\b)(?:\s+[a-z'’-]+){0,2}?\s+(?:[Mm]inistry|authorities|officials|governor|administration|"
                           r"department|agency|office|police)(?:\s+[a-z]+)?\s+(?:said|says|told|reported|confirmed)\b")
_TELLER_OF = re.compile(r"\b(?:spokes(?:man|woman|person)|officials?|head|commander|chief|director)\s+(?:of|for|at)\s+(?:the\s+)?$", re.I)
_SAID_IN = re.compile(r"\b(?:said|says|told (?:reporters|journalists|a news conference)|speaking|announced)\s+in\s+$")
_TELLER_TITLE = re.compile(r"\s+(?:(?:Senior|Deputy|Additional|Assistant)\s+)?(?:Superintendent|Inspector[- ]General|"
                           r"[Pp]olice (?:chief|commissioner|spokes(?:man|woman|person))|Police Commissioner|Commissioner|"
                           r"District Collector|Deputy Commissioner|Governor|governor|Mayor|mayor)\b[^.;]{0,60}?"
                           r"\b(?:said|says|told|confirmed)\b")
_SAID_AFTER = re.compile(r"(?:,\s+(?:[A-Z][\w.'’-]*\s+){1,4}?[A-Z][\w'’-]+,)?\s+(?:said|say|says|told|reported|confirmed)\b")
_CONFIRMED_IT = re.compile(r"\b(?:confirmed|condemned|denied|described)\s+(?:the|this|that)\s+$")
_NOTHING_AT = re.compile(r"\b(?:no|there (?:were|was) no)\s+(?:[\w-]+\s+)?(?:protests?|demonstrations?|rall(?:y|ies)|marches|"
                         r"gatherings?|violence|clashes|incidents?|attacks?|unrest)\s+(?:(?:was|were|had been|has been)\s+)?"
                         r"(?:(?:held|reported|staged|recorded|seen|observed)\s+)?(?:in|at)\s+$")


def unknown_village(text: str, places: list[Place]) -> bool:
    """The sentence names a village (town, hamlet) the gazetteer does not hold."""
    return any(not p.resolved and (VILLAGE_OF.search(text[max(0, p.mention.start - 25):p.mention.start])
                                   or _VILLAGE_AFTER.match(text, p.mention.end)) for p in places)


def unknown_village_owner(text: str, places: list[Place]) -> tuple[int, int] | None:
    """The demonym that says whose village an unknown village is ("the Lebanese village of
    Aitaroun"): its span."""
    for p in places:
        m = None if p.resolved else _OWNED_VILLAGE.search(text, max(0, p.mention.start - 45), p.mention.start)
        if m is not None:
            return m.span(1)
    return None


_OWNED_VILLAGE = re.compile(r"\b([A-Z][a-z]+)\s+(?:border\s+)?(?:village|hamlet|town|settlement|locality)\s+of\s+$")
VILLAGE_OF = re.compile(r"\b(?:village|hamlet|town|settlement|locality) of\s+$", re.I)
_VILLAGE_AFTER = re.compile(r"\s+(?:village|hamlet|settlement|locality)\b")


def _said_to_be_town(text: str, place: Place) -> bool:
    return bool(_TOWN_AFTER.match(text[place.mention.end:place.mention.end + 20])
                or _TOWN_BEFORE.search(text[max(0, place.mention.start - 20):place.mention.start]))


# "in the Gulf of Aden", "the Bay of Bengal": a sea the gazetteer lacks, not the province named "Gulf"
_WATER_OF = re.compile(r"(?:Gulf|Bay|Sea|Strait|Straits|Lake|Cape)\s+of\s+(?:the\s+)?[A-Z]")
_WATER_BEFORE = re.compile(r"\b(?:Gulf|Bay|Sea|Strait|Straits|Lake|Cape)\s+of\s+(?:the\s+)?$")


# "the Belize-flagged cargo ship", "Iran-backed militias": the place qualifies a thing, it is not where
_MODIFIER_AFTER = re.compile(r"-(?:flagged|registered|owned|operated|based|bound|made|backed|led|linked|allied)\b|"
                             # ("against a decision to allow the Kurdistan flag to be raised": the flag's)
                             r"\s+(?:flags?|banners?|anthem|emblem)\b")


def _namesake_inside(text: str, place: Place, places: list[Place]) -> bool:
    """'In Beirut's Ramlet al-Bayda district': a part of the place named with 's, read as a
    namesake in another country (Al Bayda, Yemen)."""
    before = text[max(0, place.mention.start - 40):place.mention.start]
    m = _POSSESSED.search(before)
    if m is None:
        return False
    owner_end = place.mention.start - len(before) + m.start()
    # (a city's part only: "Congo's North Kivu" may be a misread Congo)
    return any(o.mention.end == owner_end and o.resolved and o.feature == "city" and o.country_code != place.country_code
               for o in places)


_OWNER_GAP = re.compile(r"['’]s\s+(?:[A-Z][\w'’-]*\s+){0,2}")
# a person named (by an age or by first and last name) and "of" the place: where they come from
_HOMETOWN_BEFORE = re.compile(r"(?:\b\d{1,3}-year-old\b[^,;.()]{0,50}?|,\s*\d{1,3},|"
                              r"\b(?:Mr|Mrs|Ms|Dr|Sgt|Sergeant|Cpl|Corporal|Pvt|Private|Lt|Lieutenant|Capt|Captain|Maj|Major|"
                              r"Officer|Deputy|Trooper|Reverend|Rev)\.?\s+(?:[A-Z][\w.'’-]*\s+){1,4}?[A-Z][\w'’-]+)\s+of\s+(?:the\s+)?$")
_RESIDENT_AFTER = re.compile(r"(?:,\s*[A-Z][a-z]{1,4}\.)?\s+(?:man|woman|men|women|resident|residents|native|natives|boy|girl|"
                             r"teen|teenager|couple|family|mother|father|husband|wife)\b")
_POSSESSED = re.compile(r"['’]s\s+(?:[A-Z][\w'’-]*[\s-]+){0,2}$")


def _in_quoted_name(text: str, place: Place) -> bool:
    """'the leader of the "Tavush for the Homeland" movement': a place in an organisation's name."""
    before = text[max(0, place.mention.start - 40):place.mention.start]
    opened = max(before.rfind('"'), before.rfind("“"))
    if opened < 0 or before.count('"') % 2 == 0 and "“" not in before[opened:]:
        return False
    return bool(_QUOTED_NAME_END.match(text, place.mention.end))


_QUOTED_NAME_END = re.compile(r"[^\"”\n]{0,40}[\"”]\s+(?:movement|party|campaign|coalition|alliance|front|group|initiative|"
                              r"organi[sz]ation|association|foundation|bloc|list|committee|union)\b", re.I)


def _part_of_a_name(text: str, place: Place) -> bool:
    after = text[place.mention.end:place.mention.end + 40]
    return bool(_LANDMARK_AFTER.match(after) or _NAME_GOES_ON.match(after))


_A_VILLAGE_IN = re.compile(r"\b(?:in|at|on|near)\s+(?:a|one)\s+(?:[\w-]+\s+)?(?:village|hamlet|settlement)\s+(?:in|of)\s+(?:the\s+)?"
                           r"(?:(?:town|municipality|district|province|region|county|township|area)\s+of\s+)?$", re.I)


def unknown_inside(doc: Document, tokens, place: Place) -> bool:
    """'shelled Menbij in Aleppo' with Menbij not a known place: the event is somewhere in Aleppo's area."""
    before = doc.text[max(0, place.mention.start - 40):place.mention.start]
    if any((not p.resolved or _outside_its_container(doc, p)) and p.mention.sent == place.mention.sent
           and _VILLAGE_IN_AREA.fullmatch(doc.text, p.mention.end, place.mention.start) for p in doc.places):
        return True  # "in Lin Ta Lu village in Sagaing Region's Sagaing Township" (or "of", a namesake read elsewhere)
    if _A_VILLAGE_IN.search(before):
        return True  # "in a village in the town of Las Navas": an unnamed village somewhere in its area
    m = _UNKNOWN_INSIDE.search(before)
    if m is None or _INSTITUTION.search(m.group(0)):
        return False  # "outside the Central Bank in Sidon": a building in the town, not a village near it
    if m.group(0).split()[0].lower() in CALENDAR:
        return False  # "on Thursday in Khartoum": a day, not a place
    if DEPICTED.search(before[:m.start()]):
        return False  # "a banner of Khamenei in Karaj": a person pictured, not a village
    if re.search(r"\bthe\s+$", before[:m.start()], re.I):
        return False  # "in the Green Zone in Baghdad": a named part of the town, not a village near it
    name = m.group(0).rsplit(" in", 1)[0].rsplit(" near", 1)[0]
    if actor_lib.generic_actor(name, "") or actor_lib.identity_groups(name, "") or actor_lib.demonym_country(name):
        return False  # "Nurses in Tehran", "Gunmen in Kaduna", "five Syrians in Tripoli": people, not a village
    at = place.mention.start - len(before) + m.start()
    if actor_lib.is_known_organisation(name) or actor_lib.inside_group_name(doc.text, at, at + len(name)):
        return False  # "clashed with Ahrar al Sharqiyah in Jarabulus": a group, not a village
    if _NAME_OF.search(before, 0, m.start()):
        return False  # "the Ministry of Rural Rehabilitation in Kabul": the end of a body's name
    if not _SETTLEMENT_WORD.search(m.group(0)) and not _SHELLED_BEFORE.search(before[:m.start()]) and any(
            men.label == "PERSON" and men.start < at + len(name) and at < men.end for men in doc.mentions):
        return False  # "the official residence of Prime Minister Sheikh Hasina in Dhaka": a person, not a village
    words = before[:m.start()].split()
    if words and words[-1][:1].isupper() and words[-1] not in ("In", "At", "On", "Near", "The", "A", "An"):
        return False  # "Resistance Units in Mashhad": the end of a longer name, a group, not a village
    return not any(
        p.resolved and p.mention.end <= place.mention.start and place.mention.start - p.mention.end < 6
        for p in doc.places)


_THE_CITYS = re.compile(r"\bthe (?:city|town|capital)['’]s\s+(?:[a-z-]+\s+)?$", re.I)
_PART_AFTER = re.compile(r"\s+(?:district|borough|area|quarter|neighbou?rhood|suburb|sector)\b", re.I)
_DIVISION_AFTER = re.compile(r"\s+(?:province|governorate|state|region|county|department|district)\b", re.I)
_QUARTER_OF = re.compile(r"\s+(?:district|neighbou?rhood|quarter|suburb|area)\s+of\s+(?:the\s+)?(?:(?:city|capital)\s+of\s+)?")
_QUARTER_AFTER = re.compile(r"\s+(?:neighbou?rhood|quarter|barrio|colonia|favelas?|favela complex(?:es)?|slum)\b", re.I)


def quartered_city(doc: Document, place: Place) -> Place | None:
    """The city a place is named a quarter of ("the Hamra district of Beirut") when the place was
    read outside it: unknown, or in another country or province (not "the Ikorodu area of Lagos",
    a town of Lagos state; nor "the Port-au-Prince neighbourhood of Pont-Rouge", the city first)."""
    of = _QUARTER_OF.match(doc.text, place.mention.end)
    city = next((p for p in doc.places if of and p.mention.start == of.end() and p.resolved and p.feature == "city"
                 and not _DIVISION_AFTER.match(doc.text, p.mention.end)), None)
    if city is None or place.resolved and (place.population >= city.population or (
            place.country_code, place.admin1) == (city.country_code, city.admin1)):
        return None
    return city


def read_as_its_city(doc: Document, place: Place) -> bool:
    """The place is a quarter's mention read as the city it is named a quarter of."""
    of = _QUARTER_OF.match(doc.text, place.mention.end)
    return of is not None and any(p.mention.start == of.end() and p.geonameid == place.geonameid for p in doc.places)


def city_of_quarter(doc: Document, place: Place) -> Place | None:
    """'gunmen attacked a car wash in the Tierra Blanca neighbourhood' in a Culiacan story, the name
    read as a town 900 km away or not at all: a quarter of the city the story named before it
    (ACLED codes a city's neighbourhood at the city)."""
    city = quartered_city(doc, place)
    if city is not None:
        # "in the Hamra district of Beirut", Hamra read as a town in the Emirates: the city's own quarter
        return dataclasses.replace(city, mention=place.mention, geo_precision=1)
    if not _QUARTER_AFTER.match(doc.text, place.mention.end) and not (
            _THE_CITYS.search(doc.text, max(0, place.mention.start - 20), place.mention.start)
            and (_PART_AFTER.match(doc.text, place.mention.end) or _PART_AFTER.search(place.mention.text))):
        # ("The missile hit a residential building in the city's Kyivskyi district": a part of the city)
        # "Residents of Penha ..." after "the Alemao and Penha favela complexes": the quarter told before
        told = [p for p in doc.places if p.mention.text == place.mention.text and p.mention.end < place.mention.start
                and _QUARTER_AFTER.match(doc.text, p.mention.end)]
        city = city_of_quarter(doc, told[0]) if told else None
        return dataclasses.replace(city, mention=place.mention) if city else None
    cities = [p for p in doc.places if p.resolved and p.feature == "city" and p.mention.start < place.mention.start
              and p.geonameid != place.geonameid]
    if not cities:
        return None
    city = cities[-1]
    if place.resolved and km(place.latitude, place.longitude, city.latitude, city.longitude) <= 50:
        return None
    return dataclasses.replace(city, mention=place.mention, geo_precision=1)
