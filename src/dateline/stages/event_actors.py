"""Who did what to whom: ACLED actor names for an event, and the sub-types that depend on them.

actor1 comes from the subject of the trigger's clause (or the 'by' phrase of a passive one):
a named group from the actor dictionary, a generic role ("gunmen" -> Unidentified Armed Group),
or the states named as subject; demonstrators are "Protesters (country)" with their
organisations and identity groups associated; actor2 is the other side named, or the target.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from datetime import date
from typing import Sequence

from .. import actors as actor_lib
from ..eventlocation import heading_at
from ..model import Document, Evidence, Place, Span, Token
from ..numbers import fatalities
from .event_parts import ARMED_MEN, DEMONSTRATION_WORD, DOERS_FROM, DROVE_THEM, PROTEST_WORD, STATE_FORCE_WORDS, TERRITORY_SUBS, VIOLENT_TYPES, Actors, \
    Typing, act_end, event_type_of, notes_for, recalled, which_was


def actors_for(doc: Document, i: int, tokens: Sequence[Token], typing: Typing, place: Place,
               on: date | None = None) -> Actors:
    sent = doc.sentences[i]
    place_spans = [(p.mention.start, p.mention.end) for p in doc.places if p.mention.sent == i]
    # (and the event's own, when looked up inside its qualifier: "Kafr ad Dik (Salfit)" with "Dik (Salfit" tagged ORG)
    place_spans.append((place.mention.start, place.mention.end))
    country = place.country or "International"
    orgs = actor_lib.organisations(sent, doc.mentions, doc.text, place_spans, country=country, on=on,
                                   country_code=place.country_code or "")
    if doc.anchor:  # bylines and agencies of the dateline are not actors
        orgs = [o for o in orgs if o.start >= doc.anchor.end]
    # "..., the Hengaw Organization for Human Rights reported", "according to a relative who spoke
    # to Hengaw": who tells of the event after its cue is no side of it
    # "Druze gunmen seized several Bedouin men in Sweida, and tribal fighters attacked ...": the next
    # act's doers are no side of this one
    orgs = [o for o in orgs if o.start < act_end(sent, typing)]
    if typing.sub_event_type == "Looting/property destruction":
        # ("Retreating Congolese soldiers looted shops ... as M23 rebels advanced towards the city": what went on
        # meanwhile, not whose shops)
        orgs = [o for o in orgs if o.start < typing.trigger.end or not _MEANWHILE.search(doc.text, typing.trigger.end, o.start)]
    # "UN peacekeepers from MONUSCO": the mission, not the UN beside it
    orgs = [o for o in orgs if not (_UN.fullmatch(o.name) and any("United Nations" in q.name for q in orgs if q is not o))]
    told = [o for o in orgs if o.start >= typing.trigger.end and actor_lib.tells(doc.text, o.start, o.end, sent.start)
            or o.end <= typing.trigger.start and _TALLIED.match(doc.text, o.end, typing.trigger.start)]
    orgs = [o for o in orgs if o not in told]
    # a passive clause names who acted in its 'by' phrase ("was stabbed by a Palestinian")
    agent = actor_lib.passive_agent(tokens, i, typing.trigger)
    if agent is not None and (_DETERMINERS.sub("", doc.text[agent[0]:agent[1]]) == typing.trigger.text or (
            agent[0] <= typing.trigger.start < agent[1] and _WEAPON_AGENT.match(doc.text, agent[0], agent[1])
            and not _BY_SOMEONE.search(doc.text, agent[0], agent[1]))):
        # "a counter-offensive backed by air strikes": the cue itself, no agent ("was killed by an explosion of an IED
        # targeting his vehicle": the weapon, no one who used it; not "by the explosion of a landmine left by Houthi forces")
        agent = None
    alleged = _ALLEGEDLY_BY.search(doc.text, typing.trigger.end, sent.end) if agent is None else None
    if alleged is not None:
        # "dozens of bodies of civilians ... killed in and around the town of Solenzo, allegedly by soldiers
        # and members of the ... VDP": the doers the 'by' names, however hedged
        agent = (alleged.start("who"), alleged.end("who"))
    subj = agent or actor_lib.subject_span(tokens, i, typing.trigger)
    fled = _FLED_BEFORE.search(doc.text, max(sent.start, subj[0] - 80), subj[0]) if subj is not None and agent is None else None
    if fled is not None:
        # "Congolese soldiers fleeing the advance of M23 rebels raped ...", parsed with "M23 rebels" as the
        # subject: the head that fled did it (whom it fled is no side)
        orgs = [o for o in orgs if not fled.end("head") <= o.start < subj[1]]
        subj = (fled.start("head"), fled.end("head"))
    after = _AFTER_DOER.search(doc.text, sent.start, typing.trigger.start) \
        if agent is None and _PAST_VERB.fullmatch(typing.trigger.text) else None
    if after is not None and (subj is None or subj[1] <= after.start()) \
            and after.group("who").split()[-1].lower() not in _AUXILIARIES:
        # "security forces arrested at least 40 people ... after gunmen loyal to the former government attacked a
        # checkpoint", parsed with the forces as the attackers: the after-clause's own doer
        subj = (after.start("who"), after.end("who"))
    if agent is None and _FOUND_BODY.search(doc.text, min(subj[1], typing.trigger.start) if subj else typing.trigger.start,
                                            typing.trigger.end):
        # "Peruvian police found the bodies of 13 security guards": who found them did not kill them
        # ("Police in Karachi recovered on Friday the body of a journalist ... with signs of torture")
        subj = (typing.trigger.start, typing.trigger.start)
    if agent is None and subj is not None and _TOLL_SUBJECT.match(doc.text, subj[0], subj[1]):
        # "The death toll from Monday's suicide bombing at a mosque inside a police compound ... rose to
        # 101": a count, no one who acted (the police compound was the target)
        subj = (typing.trigger.start, typing.trigger.start)
    if agent is None and typing.event_type in VIOLENT_TYPES and _LOOKED_INTO.search(
            doc.text, max(sent.start, typing.trigger.start - 60), typing.trigger.start):
        # "Police are investigating the gang rapes and murder of two girls": who looks into it did not do it
        subj = (typing.trigger.start, typing.trigger.start)
    if agent is None and subj is not None and subj in actor_lib.passive_subjects(tokens, i):
        # "Two SDF fighters were killed when a Turkish drone struck their car": the drone's side acted
        agent = actor_lib.clause_agent(tokens, i, typing.trigger)
        subj = agent or subj
    if subj is not None and ":" in doc.text[subj[1]:typing.trigger.start]:
        subj = None  # a report heading ("Movement of forces: On 30 April, HTS brought ...") parsed as the subject
    clock = CLOCK_PREFIX.match(doc.text, subj[0], subj[1]) if subj is not None else None
    if clock is not None and clock.end() < subj[1]:
        subj = (clock.end(), subj[1])  # "21:40 - Police in Novi Sad fired tear gas": a live blog's time, no one
    dash = _ITEM_DASH.match(doc.text, subj[1]) if subj is not None else None
    if dash is not None and dash.end() < typing.trigger.start:
        # "Tehran – Security forces dispersed a gathering of teachers": the list item's place parsed as
        # the subject; who acted follows the dash
        subj = (dash.end(), len(doc.text[:typing.trigger.start].rstrip()))
    glossed = next((o for o in orgs if subj is not None and o.end < subj[0]
                    and _GLOSSED_CONJUNCT.fullmatch(doc.text, o.end, subj[0])), None)
    if glossed is not None:
        # "Security Belt forces (coded as STC-affiliated) and local tribesmen thwarted ...", parsed with the
        # tribesmen alone as the subject: the group glossed in brackets is the first conjunct
        subj = (glossed.start, subj[1])
    if subj is not None:
        lo, hi = subj
        side = [o for o in orgs if o.start < hi and lo < o.end]  # "pro-Hadi" parses as "pro-" + "Hadi"
        if not side:
            # "Supporters of the opposition Bangladesh Nationalist Party (BNP) clashed": the parse
            # ends the subject before the group it belongs to, which stands right after it
            # ("Artillery shells fired by the paramilitary [Rapid Support Forces]" likewise cuts the agent)
            # ("A drone strike by the paramilitary [Rapid Support Forces]": the agent phrase alone)
            cut_agent = _CUT_AGENT.search(doc.text, max(sent.start, lo - 20), hi) is not None
            side = [o for o in orgs if (o.end <= typing.trigger.start or cut_agent) and (
                hi <= o.start <= hi + 1 or _OF_GROUP.fullmatch(doc.text, hi, o.start + 1))][:1]
        verb_first = _VERB_FIRST.match(doc.text, lo)
        before = [o for o in orgs if lo - 2 <= o.end <= lo]
        if not side and before and before[0].known and not doc.text[before[0].end:lo].strip() \
                and _ONE_OR_MORE_FIGHTERS.match(doc.text, lo):
            # "IS militants attacked ..." with "IS" parsed as a verb: the group the fighters belong to
            side, subj = before[:1], (before[0].start, hi)
            lo = before[0].start
        elif not side and verb_first and before:
            # "Resistance Unit 214 distributed leaflets ..." parsed with "distributed leaflets" as the
            # subject: the group named right before that verb is who acted
            side, subj = before, (before[0].start, before[0].end)
    else:  # no parse of the subject: the organisations named before the trigger
        # (not the owner of a thwarted cue: "joint southern forces (coded as ...) thwarted a Houthi incursion")
        side = [o for o in orgs if o.end <= typing.trigger.start
                and not (doc.text[o.end:typing.trigger.start] == " " and _REPELLED_BEFORE.search(doc.text, sent.start, o.start)
                         and any(q.end <= o.start for q in orgs))]
    # "Two guerrillas and a soldier were killed in a firefight": the passive subject suffered it
    # ("troops were deployed to the area": who moved, not who suffered)
    # (also "A member of the National Defence Forces was found shot dead": whoever killed him is not named)
    patient = agent is None and subj is not None and (subj in actor_lib.passive_subjects(tokens, i)
                                                      or _FOUND_DEAD.fullmatch(doc.text, subj[1], typing.trigger.start)) \
        and typing.sub_event_type != "Change to group/activity"
    scene = _Scene(doc, i, tokens, typing, country, on, subj, orgs, side, tuple(o for o in told if o.known), patient,
                   place.country_code or "")
    # ("Israeli settlers attacked Palestinian farmers ..., injuring six": settlers who hurt people attack them;
    # not "settlers rampaged through the town, setting fire to homes", a mob's violence)
    settlers = typing.event_type == "Riots" and subj is not None and _PEOPLE_HURT.search(sent.text) is not None \
        and (actor_lib.generic_actor(scene.subject_text, country, on) or ("", ""))[1] == "settlers"
    if typing.event_type in ("Protests", "Riots") and not settlers:
        return _demonstrators(scene)
    if typing.sub_event_type == "Armed clash" and subj is not None and not patient and not side \
            and _CLASHED_WITH_FORCE.match(doc.text, typing.trigger.start, sent.end) \
            and any(not g.startswith(_NOT_A_CROWD) for g in actor_lib.identity_groups(scene.subject_text, country)) \
            and not _OUTLAW_CROWD.search(scene.subject_text) \
            and (actor_lib.generic_actor(scene.subject_text, country) or ("", "civilians"))[1] == "civilians":
        # "Thousands of garment workers blocked a highway ... and clashed with police": a crowd with no
        # arms that fought the police rioted (ACLED: a violent demonstration)
        riot = dataclasses.replace(typing, event_type="Riots", sub_event_type="Violent demonstration")
        return _demonstrators(dataclasses.replace(scene, typing=riot))
    if typing.sub_event_type == "Disrupted weapons use" and patient and _SHOT_DOWN.search(typing.trigger.text) \
            and place.country and not any(o.known for o in orgs):
        # "An explosive-laden drone was shot down near Erbil International Airport": the state's air
        # defences against a drone nobody is named as flying (not the drone as a side)
        military = actor_lib.with_period(f"Military Forces of {place.country}", place.country, on)
        return Actors(military, "", f"Unidentified Armed Group ({place.country})", "", ())
    if typing.sub_event_type == "Looting/property destruction" and patient:
        return Actors("", "", "", "", ())  # "a police vehicle was rammed into a looted supermarket": what was damaged
    return _joined_by(scene, _joint_forces(scene, _state_beside(scene, _answered_by(scene, _launched_from(scene, _allied_state(
        scene, _armed_not_civilians(scene, _named_attackers(scene, _named_separatists(scene, _named_rebels(
            scene, _driven_back(scene, _armed_sides(scene))))))))))))


def _joined_by(sc: "_Scene", actors: Actors) -> Actors:
    """"Iraqi federal police arrested a suspected ISIS member ... in a joint operation with the PMF": the force
    that acted beside the first side is its associate, not the other side's."""
    joined = [o.name for o in sc.orgs if _JOINT_WITH.search(sc.doc.text, max(sc.sent.start, o.start - 50), o.start)]
    moved = [g for g in actors.assoc_actor_2.split("; ") if g and g in joined]
    if not moved or not actors.actor1:
        return actors
    assoc1 = _unique([g for g in actors.assoc_actor_1.split("; ") if g] + moved)
    assoc2 = [g for g in actors.assoc_actor_2.split("; ") if g and g not in moved]
    return dataclasses.replace(actors, assoc_actor_1="; ".join(assoc1), assoc_actor_2="; ".join(assoc2))


_JOINT_WITH = re.compile(r"\b(?:(?:in\s+)?(?:a\s+)?joint\s+(?:[\w-]+\s+)?(?:operation|raid|patrol|campaign|offensive|attack)\s+with|"
                         r"together\s+with|alongside|in\s+coordination\s+with|with\s+the\s+support\s+of|backed\s+by|"
                         r"supported\s+by)\s+(?:the\s+)?$", re.I)


def _driven_back(sc: "_Scene", actors: Actors) -> Actors:
    """"The Saudi-led forces intended to take control of Haylan Mountain ..., but the Yemeni forces pushed them
    back": those driven back are the force the sentence opened with."""
    if sc.typing.event_type != "Battles" or not DROVE_THEM.search(sc.typing.trigger.text) \
            or (actors.actor2 and not actors.actor2.startswith("Unidentified Armed Group")):
        return actors
    before = sc.doc.text[sc.sent.start:sc.typing.trigger.start]
    opened = _CLAUSE_BREAK.split(before, maxsplit=1)[0]
    named = [o for o in sc.orgs if o.known and o.end <= sc.sent.start + len(opened) and o.name != actors.actor1]
    force = (named[0].name, "armed") if named else actor_lib.national_actor(opened, sc.country, sc.on)
    if not force or force[0] == actors.actor1 or force[1] not in ("state", "armed"):
        return actors
    return dataclasses.replace(actors, actor2=force[0], assoc_actor_2="")


_CLAUSE_BREAK = re.compile(r",?\s+(?:but|before|until|when|as|and)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:troops|soldiers|army|forces|militiamen)\b")


def _joint_forces(sc: "_Scene", actors: Actors) -> Actors:
    """"a joint patrol by Turkish and Russian forces": the first state's forces act, the second's are
    associated (in a battle each is a side, see _armed_sides; "... before Rwandan and Mozambican troops
    drove them out": the second side's pair, the one named its side and the other its associate)."""
    forces = _two_armies(sc.sent.text, sc.on) or []
    if sc.typing.event_type == "Battles":
        if len(forces) == 2 and actors.actor2 in forces and not actors.assoc_actor_2 and actors.actor1 not in forces:
            return dataclasses.replace(actors, assoc_actor_2=next(f for f in forces if f != actors.actor2))
        return actors
    if actors.assoc_actor_1 or not actors.actor1.startswith("Military Forces of"):
        return actors
    if len(forces) != 2 or forces[0] != actors.actor1 or forces[1] == actors.actor2:
        return actors
    return dataclasses.replace(actors, assoc_actor_1=forces[1])


def _state_beside(sc: "_Scene", actors: Actors) -> Actors:
    """"Malian soldiers and Russian fighters from the Africa Corps killed at least 20 civilians": the state's
    force first, the group fighting beside it its associate (ACLED)."""
    if sc.subj is None or not actors.actor1 or actors.actor1.startswith(STATE_PREFIXES) or actors.assoc_actor_1 \
            or sc.typing.event_type not in VIOLENT_TYPES:
        return actors
    group = next((o for o in sc.orgs if o.name == actors.actor1 and sc.subj[0] <= o.start < sc.subj[1]), None)
    if group is None:
        return actors
    first = _STATE_AND.match(sc.doc.text, sc.subj[0], group.start)
    force = actor_lib.national_actor(first.group("who"), sc.country, sc.on) if first else None
    if not force or force[1] != "state" or force[0] == actors.actor2:
        return actors
    spans = tuple(("assoc_actor_1" if role == "actor1" else role, span) for role, span in actors.spans) \
        + (("actor1", Span(first.start("who"), first.end("who"), first.group("who"))),)
    return dataclasses.replace(actors, actor1=force[0], assoc_actor_1=actors.actor1, spans=spans)


_STATE_AND = re.compile(r"(?P<who>(?:the\s+)?(?:[A-Z][\w-]+\s+)?(?:soldiers|troops|army|forces|military|police))\s+and\s+"
                        r"(?:[\w'’-]+\s+){0,4}?$")


def _answered_by(sc: "_Scene", actors: Actors) -> Actors:
    """"Turkish forces shelled the vicinity of Tal Tamer ..., and the SDF responded by targeting Turkish
    positions": the side that answered the fire was its target."""
    if sc.typing.event_type != "Explosions/Remote violence" or actors.actor2 or not actors.actor1:
        return actors
    answer = _ANSWERED.search(sc.doc.text, sc.typing.trigger.end, sc.sent.end)
    if answer is None:
        return actors
    lo, hi = answer.start("who"), answer.end("who")
    # (the answer is the next act, whose doers the scene left out)
    named = actor_lib.organisations(sc.sent, sc.doc.mentions, sc.doc.text, country=sc.country, on=sc.on)
    group = next((o for o in named if o.known and lo <= o.start < hi and o.name != actors.actor1), None)
    if group is None:
        return actors
    return dataclasses.replace(actors, actor2=group.name, spans=actors.spans + (("actor2", Span(group.start, group.end, group.text)),))


_ANSWERED = re.compile(r",\s+(?:and|while)\s+(?P<who>(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)(?:responded|retaliated|returned fire|hit back)\b")


def _launched_from(sc: "_Scene", actors: Actors) -> Actors:
    """"A drone launched from Yemen struck a hotel area in ... Eilat": whoever fired it was in that
    country, not the target's own forces (an armed group there, until a claim names it)."""
    m = _LAUNCHED_FROM.search(sc.doc.text, sc.subj[0], sc.subj[1]) \
        if sc.typing.event_type == "Explosions/Remote violence" and sc.subj is not None else None
    origin = next((p for p in sc.doc.places if m is not None and p.mention.start == m.end() and p.feature == "country"), None)
    if origin is None or actor_lib.home_state(actors.actor1) == origin.country \
            or actors.actor1 and not actor_lib.home_state(actors.actor1):
        return actors
    return dataclasses.replace(actors, actor1=f"Unidentified Armed Group ({origin.country})",
                               actor2="" if actors.actor2 == actors.actor1 else actors.actor2)


_LAUNCHED_FROM = re.compile(r"\b(?:launched|fired|flown|sent)\s+from\s+(?:the\s+)?")


def _allied_state(sc: "_Scene", actors: Actors) -> Actors:
    """"US and British warplanes carried out strikes": the second state's forces are the first's
    associate (ACLED: 'Military Forces of the United Kingdom' with the United States)."""
    pair = _TWO_NATION_ARMS.search(sc.subject_text) if sc.typing.event_type in VIOLENT_TYPES else None
    if pair is None or actors.assoc_actor_1 or not actors.actor1.startswith("Military Forces of"):
        return actors
    countries = [actor_lib.demonym_country(w) for w in pair.group(1, 2)]
    if None in countries or countries[0] == countries[1] or actor_lib.home_state(actors.actor1) != countries[0]:
        return actors
    ally = actor_lib.with_period(f"Military Forces of {countries[1]}", countries[1], sc.on)
    if actor_lib.home_state(actors.actor2) == countries[1]:
        return actors  # "Thai and Cambodian troops exchanged fire": the two sides, no allies
    lo = sc.subj[0] if sc.subj else sc.sent.start
    told = Span(lo + pair.start(2), lo + pair.end(2), pair.group(2))
    return dataclasses.replace(actors, assoc_actor_1=ally, spans=actors.spans + (("assoc_actor_1", told),))


# "US and British warplanes", "Saudi and Emirati jets": two states' arms in one subject
_TWO_NATION_ARMS = re.compile(r"\b([A-Z][A-Za-z.]+) and ([A-Z][a-z]+) (?:warplanes|jets|aircraft|fighter jets|drones|"
                              r"forces|troops|soldiers|navies|warships)\b")


def _armed_not_civilians(sc: _Scene, actors: Actors) -> Actors:
    """'Illegal miners clashed with police, leaving two officers dead': whoever fights a battle is
    armed (ACLED has no civilians as a side of one), a group the report does not name."""
    if sc.typing.event_type != "Battles" or not actors.actor1.startswith("Civilians (") or not sc.country:
        return actors
    return dataclasses.replace(actors, actor1=f"Unidentified Armed Group ({sc.country})", assoc_actor_1="")


def _named_attackers(sc: _Scene, actors: Actors) -> Actors:
    """'Al Shabaab fighters stormed a hotel ..., and security forces were still fighting the
    attackers': the unnamed side is the armed group the sentence named doing it, and it comes first
    when it is named first (ACLED's actor1 is who attacked)."""
    unnamed = "Unidentified Armed Group"
    if sc.typing.event_type != "Battles" or not actors.actor2.startswith(unnamed) or actors.actor1.startswith(unnamed):
        return actors
    named = [o for o in sc.orgs if o.known and not o.partisan and actor_lib.armed_organisation(o.name)
             and o.name not in (actors.actor1, actors.assoc_actor_1)]
    if not named:
        return actors
    group = named[0]
    first = next((span for role, span in actors.spans if role == "actor1"), None)
    kept = tuple((role, span) for role, span in actors.spans if role not in ("actor2", "assoc_actor_2"))
    evidence = Span(group.start, group.end, group.text)
    if first is not None and group.start < first.start:
        return Actors(group.name, "", actors.actor1, actors.assoc_actor_1, tuple(
            ("actor2" if role == "actor1" else "assoc_actor_2" if role == "assoc_actor_1" else role, span)
            for role, span in kept) + (("actor1", evidence),))
    return Actors(actors.actor1, actors.assoc_actor_1, group.name, "", kept + (("actor2", evidence),))


_FOUND_BODY = re.compile(r"\b(?:found|discovered|recovered|retrieved|exhumed)\b(?:\s+[\w-]+){0,3}?\s+(?:the\s+|a\s+)?"
                         r"(?:bod(?:y|ies)|remains|corpses?)\b", re.I)
_TOLL_SUBJECT = re.compile(r"(?:the\s+)?(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|casualties|victims)|"
                           r"casualt(?:y|ies)\s+(?:figure|count|toll))\b", re.I)
_LOOKED_INTO = re.compile(r"\b(?:investigat(?:e|es|ed|ing)|prob(?:e|es|ed|ing)|look(?:ed|ing|s)? into|inquir(?:y|ies) into|"
                          r"condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing))\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_SHOT_DOWN = re.compile(r"\b(?:shot down|intercepted|downed)\b", re.I)
_DETERMINERS = re.compile(r"^(?:the|a|an|its|their)\s+", re.I)


def _named_rebels(sc: _Scene, actors: Actors) -> Actors:
    """'rebel positions' after 'M23 rebels' earlier in the story: the group it named."""
    generic = actor_lib.generic_name(f"Rebel Group ({sc.country})")
    if generic not in (actors.actor1, actors.actor2):
        return actors
    named = actor_lib.named_rebels(sc.doc.text, sc.sent.end, sc.country, sc.on)
    if named is None or named in (actors.actor1, actors.actor2):
        return actors
    swap = (lambda a: named if a == generic else a)  # noqa: E731
    return dataclasses.replace(actors, actor1=swap(actors.actor1), actor2=swap(actors.actor2))


def _named_separatists(sc: "_Scene", actors: Actors) -> Actors:
    """"Tuareg-led separatist fighters took control of the town of Ber", the story naming the coalition
    later: ACLED has no generic separatists in Mali, so they are the one rebel group of that country
    the story names."""
    if actors.actor1 or sc.patient or not _SEPARATISTS.search(sc.subject_text):
        return actors
    group = actor_lib.home_rebels(sc.doc.text, sc.country_code, sc.country, sc.on)
    if group is None or group.name == actors.actor2:
        return actors
    return dataclasses.replace(actors, actor1=group.name,
                               spans=actors.spans + (("actor1", Span(group.start, group.end, group.text)),))


_SEPARATISTS = re.compile(r"\b(?:separatists?|secessionists?)\b", re.I)
_MEANWHILE = re.compile(r"\s(?:as|while|when)\s")
_WEAPON_AGENT = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+)?(?:explosions?|blasts?|IEDs?|bombs?|roadside bombs?|landmines?|mines?|"
                           r"explosive devices?|shells?|rockets?|missiles?|drones?|air ?strikes?|grenades?)\b", re.I)
_BY_SOMEONE = re.compile(r"\bby\b")  # ("a landmine left by Houthi forces": who used it)
_ITEM_DASH = re.compile(r"[ \t]+[–—][ \t]+")


@dataclass(frozen=True)
class _Scene:
    """What the actor rules look at: the sentence, its subject and the organisations named."""
    doc: Document
    i: int
    tokens: Sequence[Token]
    typing: Typing
    country: str
    on: date | None
    subj: tuple[int, int] | None
    orgs: list
    side: list
    tellers: tuple = ()  # known groups that tell of the event ("..., a local PDF group said")
    patient: bool = False  # the subject is a passive one, with no agent named: who suffered the event
    country_code: str = ""

    @property
    def sent(self) -> Span:
        return self.doc.sentences[self.i]

    @property
    def subject_text(self) -> str:
        lo, hi = self.subj if self.subj else (self.sent.start, self.typing.trigger.start)
        return self.doc.text[lo:hi]

    def subject_span(self) -> Span:
        return Span(self.subj[0], self.subj[1], self.doc.text[self.subj[0]:self.subj[1]])


# identity groups whose men may be armed (ethnic and religious communities, settlers, prisoners)
_NOT_A_CROWD = ("Kurdish", "Arab", "Turkmen", "Christian", "Muslim", "Hindu", "Sikh", "Bahai", "Baloch", "Hazara",
                "Pashtun", "Settlers", "Prisoners")
_OUTLAW_CROWD = re.compile(r"\b(?:illegal|armed|gangs?|criminal|smugglers)\b", re.I)  # ("Illegal miners clashed with police")
_CLASHED_WITH_FORCE = re.compile(r"clash(?:ed|es)?\s+with\s+(?:the\s+)?(?:riot\s+)?(?:police|security forces|troops|soldiers)\b")
_PAST_VERB = re.compile(r"[a-z]+ed|shot|struck|fought|hit|opened fire", re.I)  # (not "after heavy fighting")
_AFTER_DOER = re.compile(r"\bafter\s+(?P<who>(?:[\w'’-]+\s+){0,6}?[\w'’-]+)\s+$")
_AUXILIARIES = frozenset({"had", "have", "has", "was", "were", "is", "are", "been", "being", "it", "they", "he", "she", "and"})


def _demonstrators(sc: _Scene) -> Actors:
    """Protesters or rioters of the country; their organisations and ACLED identity groups
    ("Labour Group (Iran)") associated; the police against them when the protest met force."""
    doc, typing = sc.doc, sc.typing
    # ACLED names demonstrators by their nationality when the report gives it ("Palestinians from
    # the Ein al Hilweh camp in Sidon" -> Protesters (Palestine))
    head = _CLAUSE_AFTER_HEAD.split(sc.subject_text, maxsplit=1)[0]  # not "protesters against the Turkish ..."
    if sc.subj is not None:  # (not a word of a group's name: "members of the Serbian List held a protest in Zvecan")
        nationality = actor_lib.demonym_country(_without_groups(head, sc.subj[0], sc.orgs))
    else:  # no parsed subject: only a demonym naming people ("Afghan refugees"), not "Ukrainian flight PS752"
        people = _NATIONALS.search(head)
        nationality = actor_lib.demonym_country(people.group(0)) if people else None
    if nationality and nationality != sc.country and sc.country \
            and any("Ethnic Group" in g for g in actor_lib.identity_groups(head, sc.country)):
        # "Hundreds of Turkmen and Arab residents demonstrated in front of the Kirkuk provincial council":
        # Iraq's Turkmen, an ethnic group of the country, not Turkmenistan's nationals
        nationality = None
    armed = [o for o in sc.side if o.known and not o.partisan] if sc.subj is not None and _ARMED_SUBJECT.search(sc.subject_text) \
        and typing.sub_event_type in ("Protest with intervention", "Excessive force against protesters") else []
    if armed:
        # "Fighters of the Rapid Support Forces opened fire on hundreds of people protesting", "Taliban
        # fighters dispersed them": the named armed group met the crowd, it is none of its associates
        # ("Turkish forces and HTS fighters jointly dispersed a demonstration by residents": the state
        # force first, the group its associate; the subject's nationality is not the crowd's)
        crowd = "Protesters" if typing.event_type == "Protests" else "Rioters"
        before = sc.subject_text[:armed[0].start - sc.subj[0]]
        state = actor_lib.national_actor(before, sc.country, sc.on)
        if state and state[1] == "state":
            return Actors(f"{crowd} ({sc.country})", "", state[0], armed[0].name,
                          (("actor2", sc.subject_span()), ("assoc_actor_2", Span(armed[0].start, armed[0].end, armed[0].text))))
        return Actors(f"{crowd} ({nationality or sc.country})", "", armed[0].name, "",
                      (("actor2", Span(armed[0].start, armed[0].end, armed[0].text)),))
    force = actor_lib.generic_actor(sc.subject_text, nationality or sc.country, sc.on) if sc.subj is not None else None
    # "Israeli forces fired tear gas at Palestinians": the force's nationality is not the crowd's
    country = (nationality if not (force and force[1] == "state") else None) or sc.country
    actor1 = ("Protesters" if typing.event_type == "Protests" else "Rioters") + f" ({country})"
    spans: list[tuple[str, Span]] = [("actor1", sc.subject_span())] if sc.subj is not None else []
    met = ""
    lead = actor_lib.subject_span(sc.tokens, sc.i, None)  # the sentence's own subject
    if force and force[1] == "state":
        # "police fired tear gas at protesters": the subject is the force against them (actor2);
        # the demonstrators' own words are actor1's evidence
        spans = [("actor2", sc.subject_span())]
        if m := _DEMONSTRATOR_NOUN.search(sc.sent.text):
            spans.append(("actor1", Span(sc.sent.start + m.start(), sc.sent.start + m.end(), m.group())))
        # "police fired rubber bullets to disperse BNP activists": the group of those they met
        # ("arrested about 30 supporters of the opposition National Unity Platform": likewise)
        # ("about 50 supporters of the TLP chanted slogans ... before police dispersed them": the group of
        # the crowd the sentence opened with)
        opened = (lead[0], lead[1]) if lead is not None and lead[1] <= sc.subj[0] else (0, 0)
        # (a movement the dictionary lacks, too: "detained 15 members of the Take It Back movement")
        sc = dataclasses.replace(sc, side=[o for o in sc.orgs if (o.start >= sc.subj[1] or opened[0] <= o.start < opened[1]) and (
            o.known and _MEMBERS_AFTER.match(doc.text, o.end) or _MEMBERS_OF.search(doc.text, max(0, o.start - 50), o.start))][:1])
        # ("police fired tear gas at thousands of transport workers who marched": who they met)
        # (not a word of a group's name: "families of the Landless Workers' Movement")
        lo, hi = typing.trigger.end, act_end(sc.sent, typing)
        after = _without_groups(doc.text[lo:max(lo, hi)], lo, sc.orgs)
        # ("used tear gas and water cannon to disperse thousands of university students marching"
        after = _TO_DISPERSE.sub("", after)
        # (also "fired tear gas on Wednesday at thousands of teachers")
        after = _WHEN_LEAD.sub("", after)
        met = _DEMONSTRATOR_CLAUSE.split(re.sub(r"^\s*(?:at|on|upon|against|into)\s+", "", after), maxsplit=1)[0]
        held_by = _PROTEST_BY.search(sc.sent.text)
        if held_by is not None and not actor_lib.identity_groups(met, country):
            # ("police ... broke up a protest by about 200 teachers demanding higher pay, arresting 12 of them")
            met = f"{met} {held_by.group('who')}"
        if lead is not None and lead[1] <= sc.subj[0] and not actor_lib.identity_groups(met, country):
            # "Hundreds of farmers drove tractors into Paris ..., and police detained 15 people": the
            # crowd the sentence opened with
            met = doc.text[lead[0]:lead[1]]
        foreign = _NATIONALS.search(met)
        if foreign is not None and (nation := actor_lib.demonym_country(foreign.group(0))) and nation != country:
            # "the Kuwaiti police arrested 6 Egyptian workers ... after they protested": the crowd's nationality
            country = nation
            actor1 = ("Protesters" if typing.event_type == "Protests" else "Rioters") + f" ({country})"
    # "workers of the Rural Water Authority": the employer is not among the demonstrators
    side = [o for o in sc.side if not _EMPLOYER_BEFORE.search(doc.text[max(sc.sent.start, o.start - 40):o.start])
            or o.known and actor_lib.is_party(o.name)]
    # ("rival fans of Boca Juniors and River Plate fought": clubs, no actors)
    side = [o for o in side if o.known or not _FANS.search(sc.subject_text)]
    # "A counter-protest organised by Stand Up To Racism was held": its organiser
    side += [o for o in sc.orgs if o not in side and actor_lib.ORGANISER_BEFORE.search(doc.text, max(sc.sent.start, o.start - 30), o.start)]
    lo = sc.subj[0] if sc.subj else sc.sent.start
    bare = _without_groups(sc.subject_text, lo, side)
    if not actor_lib.identity_groups(bare, country) and not _DEMONSTRATOR_NOUN.search(bare) and lead is not None \
            and lead != sc.subj and lead[1] <= (sc.subj[0] if sc.subj else sc.typing.trigger.start):
        # "retired steel workers gathered ... for the third week in a row to protest": the cue's parsed
        # subject ("a row") names no one, the sentence's does
        bare = f"{bare} {_without_groups(doc.text[lead[0]:lead[1]], lead[0], side)}"
    pronoun = sc.subj is not None and sc.subject_text.strip().lower() in ("who", "that")
    if pronoun:
        # ("fired tear gas at hundreds of farmers who threw eggs and bottles": those the pronoun stands for)
        bare = f"{bare} {doc.text[max(sc.sent.start, sc.subj[0] - 30):sc.subj[0]]}"
    # ("Thousands of Houthi supporters rallied": the movement, not its armed forces)
    assoc = _unique([_movement(o) for o in side] + actor_lib.identity_groups(bare, country)
                    + actor_lib.identity_groups(met, country))
    assoc = _unique(assoc + actor_lib.implied_groups(assoc, country))
    spans.extend(("assoc_actor_1", Span(o.start, o.end, o.text)) for o in side)
    actor2 = ""
    opening = _FORCE_OPENING.match(doc.text, sc.sent.start, sc.subj[0]) if pronoun else None
    force_first = actor_lib.national_actor(opening.group("who"), sc.country, sc.on) if opening else None
    if force_first and force_first[1] == "state":
        # "21:40 - Police in Novi Sad fired tear gas at protesters who threw flares": the force the rioters met
        actor2 = force_first[0]
        spans.append(("actor2", Span(opening.start("who"), opening.end("who"), opening.group("who"))))
    # ("Two more protesters were killed in clashes with police")
    clashed = _CLASHED_WITH.search(sc.sent.text) or _CLASHES_WITH.search(sc.sent.text)
    factions = _RIVAL_FACTIONS.search(sc.sent.text) if typing.event_type == "Riots" else None
    party = [o for o in sc.orgs if o.known and factions and 0 <= o.start - (sc.sent.start + factions.end()) <= 12]
    if party:
        # "Supporters of rival factions of the Bangladesh Nationalist Party clashed": the party's crowd on both sides
        # (also "two factions of the ruling Awami League")
        return Actors(actor1, party[0].name, actor1, party[0].name, tuple(spans))
    if typing.sub_event_type == "Mob violence" and _RIVAL_CROWDS.search(sc.sent.text) and not clashed:
        # "supporters of rival candidates fought with machetes and stones outside a polling station": a crowd on
        # each side
        return Actors(actor1, "; ".join(assoc), actor1, "", tuple(spans))
    if typing.event_type == "Riots" and clashed:
        # "clashed with police and ruling party activists": the force they fought
        # (up to where or when: not "police while trying to reach the capital's D-Chowk")
        phrase = re.split(r",|\b(?:and|while|as|when|after|before|in|at|near|outside|on)\b",
                          sc.sent.text[clashed.end():clashed.end() + 60])[0]
        other = actor_lib.national_actor(phrase, sc.country, sc.on)
        named = [o for o in sc.orgs if sc.sent.start + clashed.end() <= o.start < sc.sent.start + clashed.end() + len(phrase)]
        # "fought running battles with activists of the Chhatra League": the group they fought
        actor2 = named[0].name if named else other[0] if other and other[1] == "state" else ""
        forces = _FORCE_BEFORE.search(sc.sent.text, max(0, clashed.start() - 40), clashed.start()) if not actor2 else None
        if forces is not None:
            # "..., and police clashed with protesters who threw bottles and flares": the force is the subject
            state = actor_lib.national_actor(forces.group(0), sc.country, sc.on)
            actor2 = state[0] if state and state[1] == "state" else ""
    elif typing.event_type == "Riots" and (force := next((m for m in _FORCE_AGAINST.finditer(sc.sent.text)
                                                         if not recalled(sc.sent, sc.sent.start + m.start())), None)):
        # "clashes between protesters and security forces", "police fired tear gas": the force they met
        # (not the force of what the day is counted from: "a day after police shot dead 19 people")
        group = next(g for g in ("force", "acting", "target", "struck", "first", "agent") if force.group(g))
        words = force.group(group)
        before = sc.sent.text[max(0, force.start(group) - 12):force.start(group)] + " " + words  # "Israeli police"
        other = actor_lib.generic_actor(words, actor_lib.demonym_country(before) or sc.country, sc.on)
        actor2 = other[0] if other and other[1] == "state" else ""
    elif typing.event_type == "Riots" and (partisans := _PARTISANS_CLASH.search(sc.sent.text)):
        # "a clash between supporters of BNP and Jamaat-e-Islami": each party's crowd a side
        lo, hi = sc.sent.start + partisans.start(), sc.sent.start + partisans.end() + 80
        parties = _unique(o.name for o in sc.orgs if o.known and lo <= o.start < hi)
        if len(parties) < 2:  # ("the ruling Sierra Leone People's Party ... the opposition All People's Congress")
            parties = _unique(o.name for o in sc.orgs if lo <= o.start < hi and not o.partisan)
        if len(parties) >= 2:
            return Actors(actor1, parties[0], actor1, parties[1], tuple(spans))
    elif typing.sub_event_type in ("Protest with intervention", "Excessive force against protesters"):
        police = actor_lib.with_period(f"Police Forces of {sc.country}", sc.country, sc.on)
        if force and force[1] == "state":
            # "as security forces dispersed a protest ... against the military junta": the subject
            # that dispersed it, not what it was against
            actor2 = force[0]
        else:
            actor2 = _victim(doc, sc.i, sc.tokens, typing, sc.country, default=police, on=sc.on)
        acting = next((m for m in _FORCE_AGAINST.finditer(sc.sent.text) if m.group("acting")), None) \
            if actor2 == police else None
        named = actor_lib.generic_actor(acting.group("acting"), sc.country, sc.on) if acting else None
        if named and named[1] == "state":
            actor2 = named[0]  # ("A protester was killed ... when soldiers dispersed a road blockade": the soldiers)
        if actor2.startswith(("Protesters", "Civilians", "Rioters")):
            actor2 = police
    arrested = _ARRESTED_AFTER_CLASHES.search(sc.sent.text) if typing.event_type == "Riots" and not actor2 else None
    if arrested is not None:
        # "Police in Pakistan's Punjab province arrested 45 supporters ... after clashes": who arrested
        # them is whom they fought
        verb = Span(sc.sent.start + arrested.start(), sc.sent.start + arrested.start() + len(arrested.group(0).split()[0]),
                    arrested.group(0).split()[0])
        who = actor_lib.subject_span(sc.tokens, sc.i, verb)
        phrase = doc.text[who[0]:who[1]] if who else ""
        opponent = actor_lib.national_actor(phrase, sc.country, sc.on) if phrase else None
        if opponent and opponent[1] == "state":
            actor2 = opponent[0]
            spans.append(("actor2", Span(who[0], who[1], phrase)))
    rivals = _RIVAL_SUPPORTERS.search(sc.sent.text) if typing.sub_event_type == "Mob violence" and not actor2 else None
    if rivals is not None:
        # "Supporters of President Felix Tshisekedi's UDPS party and the opposition Ensemble pour la Republique
        # clashed": rioters on each side, each side's party its associate
        sides = []
        for g in ("a", "b"):
            start = sc.sent.start + rivals.start(g)
            known = next((o for o in sc.orgs if o.known and start <= o.start < sc.sent.start + rivals.end(g)), None)
            sides.append((known.name if known else _PARTY_WORD.sub("", rivals.group(g)).strip(),
                          Span(start, sc.sent.start + rivals.end(g), rivals.group(g))))
        if sides[0][0] and sides[1][0] and sides[0][0] != sides[1][0]:
            spans = [x for x in spans if x[0] != "assoc_actor_1"]
            return Actors(actor1, sides[0][0], actor1, sides[1][0], tuple(spans) + (
                ("assoc_actor_1", sides[0][1]), ("actor2", sides[1][1]), ("assoc_actor_2", sides[1][1])))
    kinds = _TWO_KINDS.search(sc.sent.text) if typing.sub_event_type == "Mob violence" and not actor2 else None
    if kinds is not None:
        # "Hindu and Muslim groups hurled stones at each other": rioters on both sides, each its group
        sides = [actor_lib.identity_groups(f"{kinds.group(n)}s", sc.country) for n in (1, 2)]
        if all(len(side) == 1 for side in sides) and sides[0] != sides[1]:
            return Actors(actor1, sides[0][0], actor1, sides[1][0], tuple(spans) + tuple(
                (role, Span(sc.sent.start + kinds.start(n), sc.sent.start + kinds.end(n), kinds.group(n)))
                for role, n in (("assoc_actor_1", 1), ("assoc_actor_2", 2))))
        return Actors(actor1, "; ".join(assoc), actor1, "", tuple(spans))
    if not actor2 and typing.sub_event_type == "Mob violence" and MOB_SET_ON.search(sc.sent.text):
        # "A mob beat a man to death": the people it set on
        victim = _victim(doc, sc.i, sc.tokens, typing, sc.country, on=sc.on, actor1=actor1)
        actor2 = victim if victim.startswith("Civilians") else ""
        set_on = SET_ON_PROTESTERS.search(sc.sent.text)
        if set_on is not None and sc.country:
            # ("Supporters of the ruling party attacked students who were blocking a road": the demonstrators
            # and who they were)
            actor2 = f"Protesters ({sc.country})"
            assoc2 = actor_lib.identity_groups(sc.sent.text[set_on.end(1):set_on.end()], sc.country)
            lo = sc.sent.start + set_on.end(1) + 1
            told = Span(lo, sc.sent.start + set_on.end(), doc.text[lo:sc.sent.start + set_on.end()])
            return Actors(actor1, "; ".join(assoc), actor2, "; ".join(assoc2), tuple(spans) + (("actor2", told),))
    return Actors(actor1, "; ".join(assoc), actor2, "", tuple(spans))


# supporters of two parties who fought each other ("Supporters of the UDPS and the opposition Ensemble pour la
# Republique clashed"): each party, without the leader it belongs to or the words around its name
_RIVAL_SUPPORTERS = re.compile(r"\b(?i:supporters|members|activists|followers|militants|cadres)\s+of\s+(?:the\s+)?"
                               r"(?:(?:[A-Z][\w.-]*\s+){1,4}?[\w.-]+['’]s\s+)?(?P<a>[A-Z][^,;()]{1,50}?)\s+and\s+(?:(?:those|supporters|members)\s+of\s+)?"
                               r"(?:the\s+)?(?:(?:opposition|ruling|rival|governing)\s+)?(?P<b>[A-Z][^,;()]{1,50}?)\s+"
                               r"(?:clashed|fought|exchanged|attacked each other|traded)\b")
_PARTY_WORD = re.compile(r"\s+(?:party|movement|coalition|alliance)$", re.I)
# two kinds of people set on each other ("Hindu and Muslim groups hurled stones at each other")
_TWO_KINDS = re.compile(r"\b([A-Z][\w-]+)\s+and\s+([A-Z][\w-]+)\s+(?:groups|communities|mobs|youths|residents|villagers|"
                        r"men|crowds)\b[^.;]{0,60}?\b(?:each other|one another)\b")


# a mob's act on people ("lynched a man", "attacked a group of students"; not "rivals clashed, leaving ten injured")
# (also people's homes burnt: "about 40 Hindu homes were set on fire", "torched dozens of shops")
MOB_SET_ON = re.compile(r"\b(?:beat|beaten|beating|lynched|lynching|attacked|stabbed|killed|killing|hacked|stoned|stoning|"
                        r"assaulted|burned|burnt|(?:threw|hurled) stones at|pelted)\b(?!\s+(?:each other|one another)\b)|"
                        r"\b(?:homes|houses|shops|businesses)\s+(?:were|had been|have been)\s+(?:set on fire|torched|ransacked|"
                        r"vandali[sz]ed)\b|\b(?:set fire to|torched|ransacked)\s+(?:[\w-]+\s+){0,3}?(?:homes|houses|shops|cars|vehicles)\b")
# the words after the force's act that name the crowd, up to what it did or the teller
_TO_DISPERSE = re.compile(r"^\s*(?:and\s+(?:[\w-]+\s+){0,4}?)?(?:to|in order to)\s+(?:disperse|break up|scatter|push back|clear|remove)\s+")
_WHEN_LEAD = re.compile(r"^\s*(?:(?:late|early)\s+)?on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                        r"[A-Z][a-z]+\s+\d{1,2})(?:\s+(?:night|morning|evening|afternoon))?\b", re.I)
_PEOPLE_HURT = re.compile(r"\b(?:injur(?:ed|ing)|wound(?:ed|ing)|beat(?:ing|en)?|stabb(?:ed|ing)|assault(?:ed|ing))\b")
# a live blog's time opening an entry ("21:40 - Police in Novi Sad fired tear gas ...")
CLOCK_PREFIX = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|CET|EST|local time))?\s*[–—-]\s+")
_FORCE_OPENING = re.compile(rf"(?:{CLOCK_PREFIX.pattern})?(?P<who>[^,;]{{2,60}}?)\s+"
                            r"(?:fired|used|dispersed|charged|beat|attacked|arrested|detained)\b")
_FANS = re.compile(r"\b(?:fans|ultras|hooligans)\b", re.I)
_PROTEST_BY = re.compile(r"\b(?:protest|demonstration|march|rally|sit-in|strike|gathering)\s+by\s+(?P<who>[^,;.]{2,60}?)"
                         r"(?=\s+(?:demanding|calling|against|over|outside|in|at|near|on)\b|[,;.]|$)")
_DEMONSTRATOR_CLAUSE = re.compile(r"\b(?:who|which|that|to|in|on|at|after|and|as)\b|[,;]")


def _without_groups(text: str, offset: int, groups) -> str:
    """The text (at `offset` in the document) with the groups' names blanked, same length: what is
    left names people, not organisations ("Workers" of the Landless Workers' Movement); a party's
    "workers" are its members, no labour group ("PTI workers")."""
    spans = [(o.start - (len(w.group(0)) if o.known and o.start > offset and actor_lib.is_party(o.name)
                         and (w := _WORKERS_OF.search(text, 0, o.start - offset)) else 0),
              o.end + (m.end() if o.known and o.end >= offset and (m := _PARTY_WORKERS.match(text, o.end - offset))
                       and actor_lib.is_party(o.name) else 0)) for o in groups]
    return "".join(" " if any(lo <= offset + n < hi for lo, hi in spans) else ch for n, ch in enumerate(text))


_PARTY_WORKERS = re.compile(r"\s+(?:party\s+)?(?:workers|cadres)\b")
_WORKERS_OF = re.compile(r"\b(?:workers|cadres)\s+of\s+(?:the\s+)?$", re.I)  # ("workers of the Bharatiya Janata Party")


def _movement(org) -> str:
    """A group that is also a state force ("Houthi", "Taliban") named as the movement its crowd supports."""
    if org.known and org.name.startswith(STATE_PREFIXES):
        return next(iter(actor_lib.named_groups(org.text)), org.name)
    return org.name


def _doers_country(sc: _Scene) -> str | None:
    """"militants in Gaza fired rockets towards Jerusalem": the country the doers are said to be in."""
    if sc.subj is None:
        return None
    return next((p.country for p in sc.doc.places if p.resolved and p.country and sc.subj[0] <= p.mention.start < sc.subj[1]
                 and DOERS_FROM.search(sc.doc.text, max(0, p.mention.start - 40), p.mention.start)), None)


_SAID_IT_HAD = re.compile(r"^(?P<teller>(?:The\s+)?(?:[\w'’.-]+\s+){0,3}?(?:army|military|police|troops|forces|soldiers))\s+"
                          r"(?:said|says|announced|reported)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:(?:it|they)\s+(?:had|have)\s|"
                          # ("The army said 96 militants were killed in a counter-offensive": the enemy it counts)
                          rf"(?:at\s+least\s+|some\s+|more\s+than\s+)?[\w,]+\s+{ARMED_MEN}\s+(?:were|had\s+been|have\s+been)\s+"
                          r"(?:killed|neutrali[sz]ed|eliminated)\b)")
_FORMER = r"(?:former|ex|retired|defected)"  # a group its man has left ("a former SDF commander")
_OFF_DUTY_WORDS = r"off[- ]duty"  # a man of a force not on duty ("an off-duty police officer")
_FORMER_BEFORE = re.compile(rf"\b(?:{_FORMER}|{_OFF_DUTY_WORDS})(?:\s+|-)$", re.I)
_OFF_DUTY_BEFORE = re.compile(rf"\b{_OFF_DUTY_WORDS}\s+$", re.I)
_FORMER_FORCE = re.compile(rf"(?:an?\s+|the\s+|two\s+|three\s+)?{_FORMER}(?:\s+|-)(?:[\w-]+\s+)?(?:army|military|police|security|regime|"
                           r"government)?\s*(?:officers?|soldiers?|officials?|commanders?|generals?|colonels?|policem[ae]n|"
                           r"servicem[ae]n|conscripts?)\b", re.I)
_OFF_DUTY = re.compile(r"(?:(?:the\s+)?(?:house|home|car|vehicle|shop|farm)\s+of\s+)?(?:an?\s+|the\s+|two\s+|three\s+)?"
                       rf"{_OFF_DUTY_WORDS}\s+(?:[\w-]+\s+){{0,2}}?(?:officers?|soldiers?|police(?:m[ae]n)?|servicem[ae]n|guards?|"
                       r"conscripts?|members?)\b", re.I)
_CODED_AS = r"\(\s*(?:both\s+|all\s+)?coded as\s+"  # a coder's gloss on the side before it
_GLOSSED_CONJUNCT = re.compile(rf"(?:\s+(?:forces|fighters|troops|militiamen))?\s*{_CODED_AS}[^()]{{1,50}}\)\s+and\s+")
_CODED_AS_BEFORE = re.compile(rf"{_CODED_AS}(?:[^()]*?\s+)?$")
_REPELLED_BEFORE = re.compile(r"\b(?:thwarted|repelled|repulsed|foiled|fended off|pushed back|halted)\s+(?:an?|the)\s+$")
_AND_FORCE = re.compile(r"^(?:\s+(?:forces|fighters|troops|mercenaries|militiamen|members))?\s+and\s+((?:the\s+)?[^,;]+)$")


def _first_side(sc: _Scene, known: list, spans: list) -> tuple[str, list[str]]:
    """actor1 and its associates from the subject: a named group (a state unit before the party
    it is aligned with), a generic force, or the states named as subject."""
    state = [o for o in known if o.name.startswith(STATE_PREFIXES)]
    backed = _BACKED_BY.search(sc.subject_text) if sc.subj is not None else None
    if known and backed and not state and all(o.start >= sc.subj[0] + backed.end() for o in known):
        # "The army, backed by militias known as Wazalendo, shelled ...": the head acts, its allies are associated
        head = sc.subject_text[:backed.start()]
        named = [o for o in sc.orgs if not o.known and sc.subj[0] <= o.start and o.end <= sc.subj[0] + backed.start()]
        if named:  # "National Police Forces, supported by factions of the JWS, clashed ...": the head's own name
            spans.append(("actor1", Span(named[0].start, named[0].end, named[0].text)))
            return named[0].name, _unique(o.name for o in sc.side if o.name != named[0].name)
        generic = actor_lib.national_actor(head, sc.country, sc.on)
        if generic and generic[1] in ("state", "armed"):
            spans.append(("actor1", Span(sc.subj[0], sc.subj[0] + len(head.rstrip(" ,")), head.rstrip(" ,"))))
            return generic[0], _unique(o.name for o in sc.side)
    head = sc.doc.text[sc.subj[0]:min(o.start for o in known)] if known and sc.subj is not None and not state else ""
    if head and _AND_END.search(head):
        # "the Turkish army and the Syrian National Army shelled ...": a state's forces named first, with
        # the group fighting beside them associated
        force = actor_lib.national_actor(head, sc.country, sc.on)
        if force and force[1] == "state":
            spans.append(("actor1", Span(sc.subj[0], sc.subj[0] + len(_AND_END.sub("", head)), _AND_END.sub("", head))))
            return force[0], [o.name for o in known]
    tail = sc.doc.text[max(o.end for o in known):sc.subj[1]] if known and sc.subj is not None and not state else ""
    # (not two sides that fought each other: "HTS fighters and regime forces exchanged fire")
    joined = _AND_FORCE.match(tail) if tail and not _RECIPROCAL.search(sc.sent.text) else None
    force = actor_lib.national_actor(joined.group(1), sc.country, sc.on) if joined else None
    if force and force[1] == "state":
        # "Wagner Group forces and the Malian army arrested ...": the state's forces, the group beside them
        # associated, however they are ordered
        start = sc.subj[1] - len(joined.group(1))
        spans.append(("actor1", Span(start, sc.subj[1], joined.group(1))))
        return force[0], [o.name for o in known]
    if known and all(o.partisan and o not in state for o in known):
        # "Islah-affiliated military forces", "pro-STC forces": the force acts, its patron is associated
        generic = actor_lib.national_actor(sc.subject_text, sc.country, sc.on)
        if generic and generic[1] == "state":
            if sc.subj is not None:
                spans.append(("actor1", sc.subject_span()))
            return generic[0], [o.name for o in sc.side]
    if known:
        # ("Jihadists of the al-Qaeda-linked JNIM": the group, not its patron)
        first = (state or [o for o in known if not o.partisan] or known)[0]
        spans.append(("actor1", Span(first.start, first.end, first.text)))
        # "Allied Democratic Forces (ADF) rebels": one group named twice is no associate of itself
        # (nor is a patron named with "-linked" before a group of its own: "the al-Qaeda-linked JNIM"; a
        # state unit keeps its party, "pro-STC Security Belt Forces")
        own_group = not first.partisan and not first.name.startswith(STATE_PREFIXES)
        return first.name, _unique(o.name for o in sc.side if o.name != first.name and not (o.partisan and own_group))
    attributed = _attributed(sc)
    if attributed is not None:  # "suspected IS militants", "gunmen believed to belong to IS"
        spans.append(("actor1", Span(attributed.start, attributed.end, attributed.text)))
        return attributed.name, []
    trigger = sc.typing.trigger
    weapon_of = actor_lib.demonym_country(sc.doc.text[max(sc.sent.start, trigger.start - 25):trigger.start])
    if not (weapon_of and _STATE_WEAPON.fullmatch(trigger.text)):
        # ("killed in the Israeli strikes, which hit ...": the cue itself names the state)
        words = trigger.text.split()
        weapon_of = actor_lib.demonym_country(words[0]) if len(words) > 1 and _STATE_WEAPON.search(trigger.text) else None
    if weapon_of:
        # "Israeli airstrikes killed ...": a state's weapon, whatever the parse took for the subject
        spans.append(("actor1", Span(trigger.start, trigger.end, trigger.text)))
        return actor_lib.with_period(f"Military Forces of {weapon_of}", weapon_of, sc.on), []
    owner = _possessive_teller(sc)
    if owner is not None:
        # "The Israeli military said on Tuesday its aircraft had struck a Hezbollah depot": whose aircraft
        spans.append(("actor1", owner[1]))
        return owner[0], []
    nationality = actor_lib.demonym_country(sc.subject_text) or _doers_country(sc) or sc.country
    by = _LAUNCHED_BY.search(sc.subject_text)
    # ('A drone launched by "terrorist groups"': who launched it, not the drone's own reading)
    generic = (by and actor_lib.generic_actor(by.group(1), nationality, sc.on)) or (
        actor_lib.generic_actor(sc.subject_text, nationality, sc.on, earliest=True) if not sc.patient else None)
    if generic:
        if sc.subj is not None:
            spans.append(("actor1", sc.subject_span()))
        # ("Somali government forces backed by local clan militias recaptured the town": the militias associated)
        ally = actor_lib.generic_actor(sc.subject_text[backed.end():], nationality, sc.on) if backed and not known else None
        return generic[0], [ally[0]] if ally and ally[1] == "armed" and ally[0] != generic[0] else []
    national = actor_lib.demonym_country(sc.subject_text)
    if national and _STATE_WEAPON.search(sc.subject_text):
        # "Saudi rocket and artillery shelling": a state's weapons name its armed forces (also
        # "Israeli strikes on three villages in south Lebanon": not Lebanon's, which the subject names)
        if sc.subj is not None:
            spans.append(("actor1", sc.subject_span()))
        return actor_lib.with_period(f"Military Forces of {national}", national, sc.on), []
    states = _states_in(sc.doc, sc.i, sc.subj, sc.on)
    if states:  # "Turkey and Russia conducted a joint patrol": their state forces
        spans.extend(("actor1" if n == 0 else "assoc_actor_1", span) for n, (_, span) in enumerate(states))
        return states[0][0], [name for name, _ in states[1:]]
    return "", []


def _possessive_teller(sc: _Scene) -> tuple[str, Span] | None:
    """The teller a subject's "its"/"their" refers to ("Hezbollah said its fighters ..."), when it is a
    named group or a state force."""
    if sc.subj is None or not _POSSESSIVE.match(sc.subject_text):
        return None
    start = max(sc.sent.start, sc.doc.anchor.end if sc.doc.anchor else 0)
    told = _TELLER_BEFORE.search(sc.doc.text[start:sc.subj[0]]) if start < sc.subj[0] else None
    if told is None:
        return None
    lo, hi = start + told.start("teller"), start + told.end("teller")
    named = [o for o in sc.orgs if o.known and lo <= o.start and o.end <= hi]
    if named:
        return named[0].name, Span(named[0].start, named[0].end, named[0].text)
    phrase = told.group("teller")
    force = actor_lib.national_actor(phrase, sc.country, sc.on)
    return (force[0], Span(lo, hi, phrase)) if force and force[1] == "state" else None


_POSSESSIVE = re.compile(r"(?:its|their)\s", re.I)
_TELLER_BEFORE = re.compile(r"(?:^|[-–—,]\s+)(?P<teller>(?:[Tt]he\s+)?(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+"
                            r"(?:said|says|announced|claimed|stated|reported)\b(?:\s+(?:on|late|early|in a statement|that)\b"
                            r"[^,.;]*?)?\s*$")


# the source names the group it believes acted (ACLED codes that group, not an unidentified one)
_LAUNCHED_BY = re.compile(r"\b(?:launched|fired|operated|flown|sent|planted|dropped)\s+by\s+(.+)$", re.I)
# the words that attribute men to a group ("believed to be from", "thought to belong to")
_BELIEVED_OF = r"(?:believed|thought|said|reported|suspected)\s+to\s+(?:be\s+from|be\s+members\s+of|belong\s+to|be)"
_ATTRIBUTION = re.compile(rf"\b(?:suspected|alleged|presumed|{_BELIEVED_OF}|"
                          r"suspected of (?:being|belonging to)|linked to|affiliated (?:with|to))\s+(?:the\s+|an?\s+)?$", re.I)


def _attributed(sc: _Scene):
    """A known group the words before the trigger attribute the act to, or None."""
    lo = sc.subj[0] if sc.subj else sc.sent.start
    # ("Soldiers killed three suspected New People's Army rebels in a firefight": whom the state's
    # force killed, after it)
    force = actor_lib.generic_actor(sc.subject_text, sc.country, sc.on) if sc.subj is not None else None
    hi = sc.subj[1] if force and force[1] == "state" else sc.typing.trigger.start
    for o in sc.orgs:
        # (a group the dictionary lacks, named as one: "armed men believed to be members of the Fatemiyoun Brigade")
        if (o.known or _ARMED_UNIT_WORD.search(o.name)) and max(lo - 25, sc.sent.start) <= o.start \
                and o.end <= min(hi, sc.typing.trigger.start) \
                and _ATTRIBUTION.search(sc.doc.text[max(sc.sent.start, o.start - 40):o.start]):
            return o
    return None


_ARMED_UNIT_WORD = re.compile(r"\b(?:Brigades?|Battalions?|Militia|Army|Front|Division|Regiment|Legion)$")  # an armed group's name ends so


# (also "The U.S. military")
_NATIONAL_FORCES = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?|U\.S\.|U\.K\.|US|UK) "
                              r"(?:armed forces|forces|troops|army|military|soldiers|warplanes|jets|"
                              r"glide bombs|drones|missiles|rockets|artillery|shelling|airstrikes|air strikes)\b")
_ARMED_MEN = ARMED_MEN  # armed men a report does not name, one vocabulary for the rules below
# (also "blamed on members of an armed Rohingya group")
_BLAMED_ON = re.compile(rf"\bblamed (?:it )?on (?:(?:members|fighters|supporters|men) of )?(?:an? |the )?(?:[\w-]+ ){{0,3}}?"
                        rf"(?:group|gang|militia|{_ARMED_MEN})\b", re.I)
# (also "an attack on Sunday by Rapid Support Forces fighters": the day between the cue and its 'by')
_CUE_BY = re.compile(r"(?:\s+(?:on|late on|early on)\s+[A-Z]\w+day)?\s+(?:carried out\s+|launched\s+)?by\s+(?:the\s+)?"
                     r"(?:[a-z-]+\s+){0,2}")
_FORCE_DEPLOYED = re.compile(r"\b((?:[\d,]+\s+)?(?:police(?:men)?|officers|troops|soldiers|gendarmes|security forces))\s+"
                             r"(?:had been|have been|were|was|being)\s+(?:re)?deployed\b", re.I)
_STATE_MEASURE = re.compile(r"\b(?:curfews?|states? of emergency|lockdowns?|internet (?:shutdown|blackout)|martial law)\b", re.I)
_ALLEGEDLY_BY = re.compile(r",\s+(?:allegedly|reportedly|apparently|purportedly|presumably)\s+by\s+(?:the\s+)?(?P<who>[^,;.]{3,120}?)"
                           r"(?=\s*(?:,|;|\.|$|\s+(?:rights groups|witnesses|residents|officials|sources)\s+said))")
_BLAMED_ON_NAMED = re.compile(r"\bblamed (?:it |them )?on (?:the |an? )?(?:[\w-]+ ){0,3}?$", re.I)
_WITH_FIGHTERS = re.compile(r"\b(?:gunfight|gun battle|clash(?:es)?|fighting|battle|encounter|firefight|exchange of fire)\s+"
                            rf"with\s+(?:suspected\s+|unidentified\s+|armed\s+)?{_ARMED_MEN}\b", re.I)
_WITH_FIGHTERS_ANY = re.compile(r"\b(?i:gunfight|gun battle|clash(?:es|ed)?|fighting|fought|battle|encounter|firefight|"
                                rf"exchange of fire)\s+with\s+(?:suspected\s+|unidentified\s+|armed\s+)?"
                                rf"(?P<who>(?:[A-Z][a-z]+\s+)?){_ARMED_MEN}\b")
_UNNAMED_FIGHTERS = re.compile(rf"\b{_ARMED_MEN}\b", re.I)
_ONE_OR_MORE_FIGHTERS = re.compile(r"\b(?:fighters?|gunm[ae]n|militants?|rebels?|insurgents?|separatists?|jihadists?|"
                                   r"terrorists?|attackers?|assailants?|bandits?|militiam[ae]n)\b", re.I)
_STATE_WEAPON = re.compile(r"\b(?:shelling|artillery|rockets?|missiles?|air ?strikes?|strikes?|air raids?|drones?|drone (?:strikes?|attacks?)|"
                           r"(?:guided |aerial |glide )+bombs?|"
                           r"missile strikes?|warplanes?|tanks|gunships?|helicopters?|"
                           r"jets|bombardment|navy|naval|(?:gun|sniper|tank|army|troops['’]?) ?fire|fire)\b", re.I)


_EARLIER_ACT = re.compile(r"\b(?:after|since|following)\s+(?:(?!(?:with|against|by)\b)[\w'’-]+\s+){0,3}$")
_ACTED = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+[a-z]+ed\b")  # (the group is the subject of what it did then)
_BLAMING_BEFORE = re.compile(r"\b(?:blaming|blamed|blames|accusing|accused|accuses)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")


def _armed_sides(sc: _Scene) -> Actors:
    doc, typing, sent = sc.doc, sc.typing, sc.sent
    spans: list[tuple[str, Span]] = []
    known = [o for o in sc.side if o.known] or sc.side
    # "six fighters of the Giants Brigades were killed in the explosion of an IED", "A member of the National
    # Defence Forces was found shot dead": the group was hit
    hit = sc.patient and (typing.event_type in ("Explosions/Remote violence", "Violence against civilians")
                          or typing.event_type == "Battles" and not FIGHT_WORD.search(typing.trigger.text)) \
        and _HIT_PASSIVE.match(doc.text, sc.subj[1]) is not None
    if hit:
        known = []
    actor1, assoc1 = _first_side(sc, known, spans)
    by = _ATTACK_BY.search(sent.text) if not actor1 and sc.patient else None
    named = [o for o in sc.orgs if o.known and sent.start + by.end() <= o.start <= sent.start + by.end() + 30] if by else []
    if named:
        # "a Turkish soldier was killed as a result of an attack by PKK militants": who attacked
        actor1 = named[0].name
        spans.append(("actor1", Span(named[0].start, named[0].end, named[0].text)))
    fought = _FIGHT_WITH.search(sent.text) if not actor1 and sc.patient and typing.event_type == "Battles" else None
    if fought is not None:
        # "Two communist rebels were killed in a clash with government troops": who they fought
        start = sent.start + fought.end()
        named = [o for o in sc.orgs if o.known and start <= o.start <= start + 30]
        phrase = _WITH_PHRASE_END.split(sent.text[fought.end():], maxsplit=1)[0]
        force = None if named else actor_lib.national_actor(phrase, sc.country, sc.on)
        if named:
            actor1 = named[0].name
            spans.append(("actor1", Span(named[0].start, named[0].end, named[0].text)))
        elif force is not None and force[1] in ("state", "armed"):
            actor1 = force[0]
            spans.append(("actor1", Span(start, start + len(phrase), phrase)))
    by_agent = _BY_AGENT.match(doc.text, typing.trigger.end) if not actor1 and sc.patient else None
    force = actor_lib.national_actor(by_agent.group("who"), sc.country, sc.on) if by_agent else None
    if force is not None and force[1] in ("state", "armed"):
        # "Two Palestinians were killed and eight wounded by Israeli army fire": the force the 'by' names
        actor1 = force[0]
        spans.append(("actor1", Span(by_agent.start("who"), by_agent.end("who"), by_agent.group("who"))))
    unnamed = not actor1 or (actor1.startswith((*actor_lib.UNNAMED_REBELS, "Unidentified Armed Group"))
                             and not sc.tellers[0].name.startswith(STATE_PREFIXES) if sc.tellers else False)
    if unnamed and sc.tellers and sc.subj is not None and _OWN_FIGHTERS.search(sc.subject_text):
        # "Resistance fighters ambushed a convoy ..., a local People's Defense Force group said": an
        # armed group telling of fighters it does not name otherwise tells of its own
        actor1 = sc.tellers[0].name
        spans.append(("actor1", sc.subject_span()))
    if not actor1 and sc.country and sc.subj is not None and _BARE_OFFICERS.fullmatch(sc.subject_text.strip()) \
            and _POLICE_TELL.search(sent.text):
        # "Police spokesman Mansir Hassan said officers exchanged fire with the kidnappers": the police's own
        actor1 = actor_lib.with_period(f"Police Forces of {sc.country}", sc.country, sc.on)
        spans.append(("actor1", sc.subject_span()))
    said_it = _SAID_IT_HAD.match(sent.text) if typing.event_type == "Battles" and sc.patient \
        and (not actor1 or actor1.startswith("Unidentified Armed Group")) else None
    force = actor_lib.national_actor(said_it.group("teller"), sc.country, sc.on) if said_it else None
    if force and force[1] == "state" and force[0] != actor1:
        # "The army said on Monday it had freed six of the students in an operation in which two separatist
        # fighters were killed": the force that says it acted
        actor1 = force[0]
        spans.append(("actor1", Span(sent.start + said_it.start("teller"), sent.start + said_it.end("teller"),
                                     said_it.group("teller"))))
    # (also "A drone struck a car near ... Sulaymaniyah ..., Kurdish security officials said, blaming Turkey": a
    # weapon no one is named as flying is the blamed state's, not the country's own)
    weapon_only = sc.subj is not None and _WEAPON_ONLY.fullmatch(sc.subject_text.strip()) is not None
    if not actor1 or actor1.startswith("Unidentified Armed Group") or weapon_only:
        blamed = _blamed_state(sc)
        if blamed is not None:  # "..., Kurdish officials said, blaming Turkey for the attack"
            actor1, span = blamed
            spans.append(("actor1", span))
    arrested = _arrested_without_agent(sc)
    if arrested is not None:  # "at least 14 people were arrested": ACLED's arrester is the police
        return arrested
    if not actor1 and typing.sub_event_type == "Disrupted weapons use" and sc.patient and sc.country:
        # "Two hand grenades ... were discovered in a storm drain, police said": the force that found
        # them, the state force telling of it or else the country's police
        teller = next((t.name for t in sc.tellers if t.name.startswith(STATE_PREFIXES)), "")
        actor1 = teller or actor_lib.with_period(f"Police Forces of {sc.country}", sc.country, sc.on)
    # "clashes took place between unidentified gunmen and regime forces", "Fighting between
    # Ethiopia's military and Fano militiamen spread to ...": the two sides
    between = _between_sides(sc) if not actor1 or _BETWEEN_SIDES.search(sc.subject_text) else None
    if between and actor1 and actor1 not in between:
        between = None
    named_pair = _between_sides(sc) if typing.event_type == "Battles" and actor1.startswith("Unidentified Armed Group") \
        and not between else None
    if named_pair and named_pair[0] != named_pair[1] and not any(n.startswith("Unidentified") for n in named_pair) \
            and all(any(o.name == n for o in sc.orgs) for n in named_pair):
        # "Armed groups clashed in Tripoli's Abu Salim district ..., after a dispute between the Stability
        # Support Apparatus and the 444th Brigade": the two groups the sentence names
        between = named_pair
    if between:
        actor1 = between[0]
    if not actor1 and typing.event_type in VIOLENT_TYPES | {"Strategic developments"}:
        # no subject found ("Amajid Brigade and Resistance forces (coded as ...) took control",
        # "clashes erupted between two factions of pro-Houthi forces"): the first group named before the cue
        before = [o for o in sc.orgs if o.known and o.end <= typing.trigger.start and o not in sc.side]
        state = [o for o in before if o.name.startswith(STATE_PREFIXES)]
        if before:
            first = (state or before)[0]
            actor1 = first.name
            spans.append(("actor1", Span(first.start, first.end, first.text)))
    cue_by = _CUE_BY.match(doc.text, typing.trigger.end) if typing.event_type in VIOLENT_TYPES else None
    doer = next((o for o in sc.orgs if o.known and cue_by is not None and o.start == cue_by.end()), None)
    if doer is not None and (not actor1 or actor1.startswith(("Unidentified Armed Group", "Civilians"))):
        # "Shelling by the paramilitary Rapid Support Forces on the Abu Shouk displacement camp": the
        # group the cue's own 'by' names
        actor1, assoc1 = doer.name, []
        spans[:] = [x for x in spans if x[0] != "actor1"] + [("actor1", Span(doer.start, doer.end, doer.text))]
        sc = dataclasses.replace(sc, orgs=[o for o in sc.orgs if o is not doer])
    blamed = [o for o in sc.orgs if o.known and _BLAMED_ON_NAMED.search(doc.text, max(sent.start, o.start - 40), o.start)]
    if blamed and typing.event_type in VIOLENT_TYPES and blamed[0].name != actor1:
        # "Drones struck a fuel depot ..., in attacks the army blamed on the paramilitary Rapid Support
        # Forces": the group blamed, not the teller
        actor1, assoc1 = blamed[0].name, []
        spans[:] = [x for x in spans if x[0] != "actor1"] + [("actor1", Span(blamed[0].start, blamed[0].end, blamed[0].text))]
        sc = dataclasses.replace(sc, orgs=[o for o in sc.orgs if o is not blamed[0]])
    blamed_on = _BLAMED_ON.search(sent.text)
    if blamed_on and not actor1:
        # "A fire that officials blamed on an armed Rohingya group swept through a camp": the group
        named = [o for o in sc.orgs if o.known and sent.start + blamed_on.start() <= o.start < sent.start + blamed_on.end()]
        actor1 = named[0].name if named else f"Unidentified Armed Group ({sc.country})" if sc.country else ""
        sc = dataclasses.replace(sc, orgs=[o for o in sc.orgs if not (
            sent.start + blamed_on.start() <= o.start < sent.start + blamed_on.end())])
    operated = _FORCE_OPERATION.search(sent.text)
    if operated and (not actor1 or actor1.startswith("Civilians")) and typing.event_type in VIOLENT_TYPES:
        # "were killed in a massive police operation against the Comando Vermelho": the force that ran it
        force = actor_lib.generic_actor(operated.group(1), sc.country, sc.on)
        if force and force[1] == "state":
            actor1 = force[0]
            spans.append(("actor1", Span(sent.start + operated.start(1), sent.start + operated.end(1), operated.group(1))))
    custody = _IN_CUSTODY.search(sent.text) if typing.event_type in VIOLENT_TYPES else None
    if custody and (not actor1 or actor1.startswith(("Civilians", "Unidentified Armed Group"))):
        # "a detainee was tortured to death in a Military Intelligence branch": who held him
        holder = custody.group("holder") or custody.group("holder2")
        # ("died under torture in one of regime prisons": the regime's forces)
        force = actor_lib.generic_actor(holder, sc.country, sc.on) or actor_lib.generic_actor(f"{holder} forces", sc.country, sc.on)
        if force and force[1] == "state":
            actor1, assoc1 = force[0], []
            spans.append(("actor1", Span(sent.start + custody.start(), sent.start + custody.end(), custody.group(0))))
    if typing.event_type in ("Violence against civilians", "Explosions/Remote violence") and (
            not actor1 or actor1.startswith("Civilians")):
        # "a man's body was found": ACLED codes an unknown perpetrator as an unidentified armed group
        # (the nation of a force that was hit is not the attackers': "a Russian military police patrol was targeted")
        nationality = (None if sc.patient else actor_lib.demonym_country(sc.subject_text)) or sc.country
        actor1, assoc1 = f"Unidentified Armed Group ({nationality})", []
        # (not "Six Burkinabe soldiers were killed when their vehicle hit an IED": the force hit)
        # (nor "A roadside bomb struck a vehicle carrying Iraqi army officers": the force it hit)
        forces = {actor_lib.demonym_country(m.group(1)): m for m in _NATIONAL_FORCES.finditer(sent.text)
                  if not _FORCE_HIT_AFTER.match(sent.text, m.end())
                  and not _FORCE_HIT_BEFORE.search(sent.text, max(0, m.start() - 50), m.start())
                  # (nor the teller: "At least eight rockets were fired at the U.S. Embassy ..., the Iraqi military said")
                  and not actor_lib.tells(doc.text, sent.start + m.start(), sent.start + m.end(), sent.start)}
        forces.pop(None, None)
        if len(forces) == 1:
            # "24 people had been killed ..., where Tajik forces shelled the town": the one state force named
            (country, m), = forces.items()
            actor1 = actor_lib.with_period(f"Military Forces of {country}", country, sc.on)
            spans.append(("actor1", Span(sent.start + m.start(), sent.start + m.end(), m.group(0))))
    elif not actor1 and typing.event_type == "Battles" and (
            _UNNAMED_FIGHTERS.search(sc.subject_text) or _WITH_FIGHTERS.search(sent.text)):
        # "Suspected separatist fighters killed three soldiers in an ambush", "soldiers were killed in a
        # gunfight with militants": a group the report does not name
        actor1 = f"Unidentified Armed Group ({actor_lib.demonym_country(sc.subject_text) or sc.country})"
    if typing.event_type == "Battles" and actor1.startswith("Unidentified Armed Group") and not between:
        main = next(iter(actor_lib.outer_subjects(sc.tokens, sc.i, typing.trigger)), None)
        head = doc.text[main[0]:main[1]] if main else ""
        force = actor_lib.national_actor(head, sc.country, sc.on) if head else None
        if force and force[1] == "state":
            # "Israeli forces raided the Jenin camp, where a gunfight with militants left two dead": the
            # raiding force against the unnamed group
            between = (force[0], actor1)
            actor1 = force[0]
            spans.append(("actor1", Span(main[0], main[1], head)))
    clashed = _CLASHED_WITH.search(sent.text, typing.trigger.end - sent.start) if not actor1 and typing.event_type == "Battles" else None
    if clashed is not None:
        # "Fighting continued in Walikale, where M23 fighters clashed with Wazalendo militiamen": the
        # sides of the clause that tells the fighting
        before = [o for o in sc.orgs if o.known and typing.trigger.end <= o.start and o.end <= sent.start + clashed.start()]
        after = [o for o in sc.orgs if o.known and o.start >= sent.start + clashed.end()]
        if before and after:
            actor1, between = before[-1].name, (before[-1].name, after[0].name)
            spans.append(("actor1", Span(before[-1].start, before[-1].end, before[-1].text)))
    reciprocal = between[1] if between else None
    if typing.event_type in VIOLENT_TYPES and _RECIPROCAL.search(doc.text[max(sent.start, typing.trigger.start - 40):sent.end]):
        # "Houthi and pro-Hadi forces exchanged fire": the subject holds both sides
        sides = _unique(o.name for o in known)
        pair = _two_armies(sc.subject_text, sc.on)
        if len(sides) < 2 and pair is not None and typing.event_type == "Battles":
            # "Thai and Cambodian troops exchanged fire", "Border guards of Kyrgyzstan and Tajikistan exchanged
            # fire": each country's armed forces a side
            sides = pair
            if len(sides) == 2 and not actor1.startswith(sides[0]):
                actor1 = sides[0]
        # (up to the verb: "Forces of the STC and troops loyal to President ... Hadi clashed" may parse
        # with the subject ending at "and")
        upto = sc.doc.text[sc.subj[0]:typing.trigger.start] if sc.subj and sc.subj[0] < typing.trigger.start \
            and sc.subject_text.rstrip().endswith(" and") else sc.subject_text
        other = _OTHER_CONJUNCT.search(upto) if len(sides) == 1 else None
        phrase = upto[other.start(1):].strip() if other else ""
        force = (actor_lib.national_actor(phrase, sc.country, sc.on)
                 or actor_lib.national_actor(other.group(1), sc.country, sc.on)) \
            if other else None
        if force and force[1] == "state" and force[0] != sides[0]:
            # "HTS fighters and regime forces exchanged heavy machine-gun fire": the group and the state force
            sides.append(force[0])
        first = _CONJUNCT_FIRST.match(sc.subject_text) if len(sides) == 1 and other is None else None
        force = actor_lib.national_actor(first.group(1), sc.country, sc.on) \
            if first else None
        if force and force[1] == "state" and force[0] != sides[0]:
            # "Congolese soldiers and allied Wazalendo militiamen clashed": the state force, then the group
            sides.insert(0, force[0])
            actor1 = force[0]
            lo = sc.subj[0] if sc.subj else sc.sent.start
            spans = [(r, x) for r, x in spans if r != "actor1"] + [
                ("actor1", Span(lo + first.start(1), lo + first.end(1), first.group(1)))]
        if len(sides) >= 2:
            # ("M23 rebels and FARDC clashed", the state force taken first: the other conjunct is its other side)
            reciprocal = sides[1] if sides[1] != actor1 else sides[0]
            assoc1 = [a for a in assoc1 if a not in sides and a != reciprocal]
    if actor1 and reciprocal is None:
        # up to the verb: "pro-Hadi and affiliated forces" may parse with the subject 'pro-' alone
        lead = sc.doc.text[sc.subj[0]:typing.trigger.start] if sc.subj and sc.subj[0] < typing.trigger.start else ""
        assoc1 += actor_lib.side_groups(sc.subject_text + " " + lead)
    operation = actor_lib.under_operation(actor1, sc.country, sc.on) if actor1 else None
    if operation:  # "Saudi forces" in Yemen act under the coalition's operation
        actor1, assoc1 = operation, [actor1] + assoc1
    # the other side: named after the subject ("pro-Hadi forces thwarted a Houthi attack")
    after = sc.subj[1] if sc.subj is not None and sc.subj[1] <= typing.trigger.start else typing.trigger.end
    # ("a rally of a pro-Taliban Islamist party": the party's patron is no side)
    other = [o for o in sc.orgs if o.start >= after and o not in sc.side and o.name != actor1 and not o.partisan
             # (not a group its victim left: "assassinated a former FSA commander who had reconciled with the regime")
             # (nor, whatever the model read, the force of a man off duty: "attacked the home of an off duty border
             # police officer")
             and not ((typing.event_type == "Violence against civilians" and _FORMER_BEFORE.search(
                 doc.text, max(sent.start, o.start - 12), o.start))
                      or _OFF_DUTY_BEFORE.search(doc.text, max(sent.start, o.start - 12), o.start))
             # (not the coder's gloss on the acting side: "the Tihama Resistance (coded as pro-Hadi) repulsed")
             and not (o.end <= typing.trigger.start and _CODED_AS_BEFORE.search(doc.text, max(sent.start, o.start - 40), o.start))
             and (o.known or not _SITE_BEFORE.search(doc.text, max(sent.start, o.start - 40), o.start))
             and not _WAR_AROUND.search(doc.text, sent.start, o.start)
             and not _ALLEGED_LINK.search(doc.text, max(sent.start, o.start - 60), o.start)
             # (nor what the arrested refused or dodged: "arrested 3 people ... for refusing conscription into the SDF")
             and not (typing.sub_event_type in ("Arrests", "Abduction/forced disappearance")
                      and _REASON_OF_ARREST.search(doc.text, max(sent.start, o.start - 60), o.start))
             and not _HELD_BY.search(doc.text, max(sent.start, o.start - 30), o.start)
             # (not who is blamed: "..., police said, blaming al Shabaab militants")
             and not _BLAMING_BEFORE.search(doc.text, max(sent.start, o.start - 30), o.start)
             # (nor the doers of what came before: "..., after Hamas gunmen killed hundreds of people in
             # southern Israel on Saturday")
             and not (o.start > typing.trigger.end and _EARLIER_ACT.search(doc.text, typing.trigger.end, o.start)
                      and _ACTED.match(doc.text, o.end))
             # (nor a side of what the clause after tells came before: "looted shops ..., a day after the
             # army recaptured the area from the Rapid Support Forces")
             and not (o.start > typing.trigger.end and _EARLIER_AFTER.search(doc.text, typing.trigger.end, o.start))]
    if reciprocal is not None:  # (not the other side again, nor a patron: "both nominally aligned with the GNU")
        actor2, assoc2 = reciprocal, [o.name for o in other if o.name != reciprocal and not o.partisan
                                      and not _ALIGNED_BEFORE.search(doc.text, max(sent.start, o.start - 30), o.start)]
    elif typing.sub_event_type == "Change to group/activity":
        # "300 National Guard troops were deployed to the city": no one is its target; "The government
        # deployed Rangers in the Red Zone": the force deployed is who acts
        actor2, assoc2 = "", []
        deployed = [o for o in other if o.known or not _OCCASION.search(o.name)]
        if not actor1 and deployed:
            actor1 = deployed[0].name
            spans.append(("actor1", Span(deployed[0].start, deployed[0].end, deployed[0].text)))
        # ("Ecuador's president declared a 60-day state of emergency": the state's government, not its army)
        named_state = actor1.startswith(STATE_PREFIXES) and all(
            actor_lib.country_named(x.text) for role, x in spans if role == "actor1")
        if (not actor1 or named_state) and sc.subj is not None and (
                _THE_GOVERNMENT.fullmatch(sc.subject_text.strip()) or _STATE_OFFICIALS.fullmatch(sc.subject_text.strip())):
            # "The government imposed a 22-hour curfew": the state's government
            actor1 = actor_lib.with_period(f"Government of {sc.country}", sc.country, sc.on)
            spans = [x for x in spans if x[0] != "actor1"]
            spans.append(("actor1", sc.subject_span()))
        deployed = _FORCE_DEPLOYED.search(sent.text) if not actor1 else None
        # (bare "officers" deployed are police officers)
        force = actor_lib.national_actor(re.sub(r"\bofficers$", "police officers", deployed.group(1)), sc.country, sc.on) \
            if deployed else None
        if force is not None and force[1] == "state":
            # "police said 15,000 officers had been deployed": the force deployed
            actor1 = force[0]
            spans.append(("actor1", Span(sent.start + deployed.start(1), sent.start + deployed.end(1), deployed.group(1))))
        measure = _STATE_MEASURE.search(typing.trigger.text) if not actor1 and sc.country else None
        if measure is not None:
            # "A curfew was imposed in Dar es Salaam": no one named, the state's government imposes it
            actor1 = actor_lib.with_period(f"Government of {sc.country}", sc.country, sc.on)
    elif other:
        actor2, assoc2 = other[0].name, [o.name for o in other[1:] if o.name != other[0].name]
        spans.append(("actor2", Span(other[0].start, other[0].end, other[0].text)))
        fought = _FOUGHT_WITH.search(sent.text)
        if fought and sent.start + fought.end() < other[0].start:
            # "after heavy fighting with the army and allied Wazalendo militias": the army, its allies associated
            state = actor_lib.generic_actor(doc.text[sent.start + fought.end():other[0].start], sc.country, sc.on)
            if state and state[1] == "state" and state[0] != actor1:
                actor2, assoc2 = state[0], [o.name for o in other]
                spans[-1] = ("assoc_actor_2", spans[-1][1])
        if typing.event_type in ("Violence against civilians", "Explosions/Remote violence") and not other[0].known \
                and _CIVIL_BODY.search(other[0].name) and sc.country:
            # "blew himself up near a rally of the Balochistan National Party": its people are civilians
            # (ACLED: 'Civilians (Pakistan)' with the party associated)
            actor2, assoc2 = f"Civilians ({sc.country})", [o.name for o in other]
            spans[-1] = ("assoc_actor_2", spans[-1][1])
        allied = _FORCE_AND_ALLIES.search(doc.text, max(sent.start, other[0].start - 60), other[0].start)
        if allied and not (fought and sent.start + fought.end() < other[0].start):
            # "after government troops and allied Wazalendo militias withdrew": the state's forces, their allies associated
            state = actor_lib.generic_actor(allied.group(1), sc.country, sc.on)
            if state and state[1] == "state" and state[0] != actor1:
                actor2, assoc2 = state[0], [o.name for o in other]
                spans[-1] = ("assoc_actor_2", spans[-1][1])
                spans.append(("actor2", Span(allied.start(1), allied.end(1), allied.group(1))))
    else:
        # the target is named after the trigger and after the actor ("shells fired by the RSF hit ...")
        # ("fired rubber bullets at Palestinian fishermen": the cue itself names whom it was fired at)
        fired_at = _FIRED_AT.match(typing.trigger.text)
        cue_end = typing.trigger.start + fired_at.end() if fired_at else typing.trigger.end
        # (an actor named well after the target, "... wounded three soldiers at an army base ..., blaming
        # the ELN", does not hide the target)
        # (not a subject parsed to run over the cue: "A Myanmar military air strike killed at least 20 people
        # ..., a local resistance group and residents said", the teller's clause taken for the doer's)
        named_end = max([s.end for role, s in spans if role == "actor1" and s.start <= cue_end + 40
                         and not s.start <= typing.trigger.start < s.end] + [cue_end])
        # "fighters attacked a military base ..., sparking a gun battle": the target told before the cue
        lead = doc.text[sc.subj[1]:typing.trigger.start] if sc.subj and sc.subj[1] < typing.trigger.start else ""
        actor2, named = _target(doc, sc.i, sc.tokens, typing, sc.country, on=sc.on, actor1=actor1, orgs=sc.orgs,
                                after=named_end, lead=lead)
        # "killed three farmers", "shot dead reporter Luis Ramírez": ACLED associates the civilians' group
        # (not a word of a group's name: "over alleged links to the Kurdistan Workers' Party")
        victims = functools.reduce(lambda words, o: words.replace(o.text, " "), sc.orgs, named)
        # ("arrested 12 Indian fishermen ... off Delft island": the group of the victims' own country)
        assoc2 = actor_lib.victim_groups(victims, actor2[len("Civilians ("):-1] or sc.country,
                                         women=typing.sub_event_type == "Sexual violence") \
            if actor2.startswith("Civilians (") and sc.country else []
        operation = _FORCE_OPERATION.search(sc.subject_text) if actor2.startswith("Civilians") and sc.subj else None
        against = _WHOM.match(sc.subject_text, operation.end()) if operation else None
        force = actor_lib.national_actor(against.group("who"), sc.country, sc.on) if against else None
        if force is not None and force[1] in ("armed", "state") and force[0] != actor1:
            # "A police raid against drug traffickers in the Vila Cruzeiro favela ... left at least 22 people
            # dead": whom the raid was against (its dead are the fight's toll)
            actor2, assoc2 = force[0], []
        fought_men = _WITH_FIGHTERS_ANY.search(sent.text) if typing.event_type == "Battles" else None
        if fought_men and actor2.startswith("Civilians") and actor1 and not actor1.startswith("Unidentified Armed Group"):
            # "raided the Balata refugee camp ..., sparking clashes with Palestinian gunmen; a 17-year-old boy
            # was killed": the battle's other side is the gunmen (the boy is its toll)
            actor2 = f"Unidentified Armed Group ({actor_lib.demonym_country(fought_men.group('who')) or sc.country})"
            assoc2 = []
        if not actor2 and typing.sub_event_type == "Arrests" and actor1.startswith(STATE_PREFIXES) and sc.country:
            actor2 = f"Civilians ({sc.country})"  # "security forces arrested 21 members of the Baha'i faith"
        fought = _FOUGHT_WITH.search(sent.text)
        if not actor2 and fought:  # "took control of Lalibela ... after heavy fighting with federal troops"
            other_side = actor_lib.generic_actor(re.split(r",|\band\b", sent.text[fought.end():fought.end() + 60])[0],
                                                 sc.country, sc.on)
            actor2 = other_side[0] if other_side and other_side[0] != actor1 else ""
    if typing.event_type == "Battles" and actor1 and not actor2:
        # "Al Shabaab militants attacked an army base ..., though the army said its troops had repelled
        # the assault": a battle's other side, named anywhere in the sentence
        # (not a group fighting beside the state's forces: "Hezbollah fighters and the Syrian army attacked ...")
        rest = [o for o in sc.orgs if o.known and o.name != actor1 and not o.partisan
                and not (o.name in assoc1 and actor1.startswith(STATE_PREFIXES))]
        if rest:
            actor2 = rest[0].name
            spans.append(("actor2", Span(rest[0].start, rest[0].end, rest[0].text)))
    if typing.event_type == "Battles" and (not actor1 or actor1.startswith("Unidentified Armed Group")) and (
            not actor2 or actor2.startswith(("Civilians", "Prisoners", "Unidentified Armed Group"))) \
            and _ARMED_GROUPS.search(sent.text):
        # "Clashes between two powerful armed groups ... killed at least 55 people": the dead are no side
        actor1 = actor2 = f"Unidentified Armed Group ({sc.country})" if sc.country else ""
    factions = _RIVAL_FACTIONS.search(sent.text) if typing.event_type == "Battles" else None
    split = [o for o in sc.orgs if o.known and factions and 0 <= o.start - (sent.start + factions.end()) <= 4]
    if split and (not actor2 or actor2 == split[0].name or actor2.startswith(("Civilians", "Unidentified Armed Group"))):
        # "Gunmen from rival factions of the Sinaloa Cartel fought a gun battle ..., leaving seven people
        # dead": the group on both sides (the dead are no side)
        actor1 = actor2 = split[0].name
    tribal = _TRIBAL_FIGHT.search(sent.text) if typing.event_type == "Battles" and sc.country else None
    if tribal and (not actor1 or actor1 == actor2 or actor1.startswith(("Unidentified Armed", "Militia ("))) \
            and (not actor2 or actor2.startswith(("Civilians", "Unidentified Armed"))):
        # "killed ... in tribal clashes that erupted over a land dispute": unnamed tribes' militias on both
        # sides ("Gunmen from rival families clashed in Tripoli": families' are clan militias)
        kind = "Clan" if re.search(r"clan|famil", tribal.group(0), re.I) else "Tribal"
        actor1 = actor2 = f"Unidentified {kind} Militia ({sc.country})"
    elif typing.event_type in ("Battles", "Violence against civilians") and sc.country \
            and (named := _NAMED_COMMUNITIES.search(sent.text)) is not None and (
                named.group("kind").lower() not in _ETHNIC_ONLY_KINDS
                or all(named.group(g) in actor_lib.ethnic_communities() for g in ("a", "b"))):
        # "Clashes between the Kusasi and Mamprusi communities in Bawku": each community's militia a side
        kind = {"tribes": "Tribal", "clans": "Clan"}.get(named.group("kind").lower(), "Ethnic")
        actor1, actor2 = (f"{named.group(g)} {kind} Militia ({sc.country})" for g in ("a", "b"))
        spans = [(r, x) for r, x in spans if r not in ("actor1", "actor2")] + [
            (r, Span(sent.start + named.start(g), sent.start + named.end(g), named.group(g))) for r, g in (("actor1", "a"), ("actor2", "b"))]
    elif typing.event_type in ("Battles", "Violence against civilians") and sc.country and _COMMUNAL_FIGHT.search(sent.text) \
            and (not actor1 or actor1.startswith(("Civilians", "Unidentified Armed"))) \
            and (not actor2 or actor2.startswith(("Civilians", "Unidentified Armed"))):
        # "Clashes between herders and farmers over grazing land killed at least 20": communities' militias
        actor1 = actor2 = f"Unidentified Communal Militia ({sc.country})"
    official = _OFFICIAL_HIT.match(doc.text, typing.trigger.end) or (
        sc.patient and _OFFICIAL_HIT.match(sc.subject_text))
    if typing.event_type == "Violence against civilians" and official and sc.country and (
            not actor2 or actor2.startswith("Civilians")):
        # "Gunmen shot dead the mayor of a town in Guerrero": a civilian, the government associated (ACLED)
        actor2 = f"Civilians ({sc.country})"
        assoc2 = [actor_lib.with_period(f"Government of {sc.country}", sc.country, sc.on)]
    if typing.sub_event_type in TERRITORY_SUBS and (actor2.startswith("Civilians") or (
            not actor2 and typing.sub_event_type == "Non-state actor overtakes territory")):
        # "captured the town of Pauk ... after days of fighting": a town is taken from a side, not from its
        # people ("The Arakan Army ... said it had seized the town of Paletwa": from the state's forces)
        state = actor_lib.with_period(f"Military Forces of {sc.country}", sc.country, sc.on) if sc.country else ""
        actor2 = state if state and not actor1.startswith(STATE_PREFIXES) else ""
    own = actor_lib.state_country(actor1)
    named = [s.text for role, s in spans if role == "actor1"]
    forces_hit = _OWN_FORCES_HIT.search(sent.text) if typing.event_type == "Explosions/Remote violence" and not actor2 else None
    if typing.event_type == "Explosions/Remote violence" and own and named and all(
            _UNMANNED.search(t) and not actor_lib.demonym_country(t) and not _STATE_WORD.search(t)
            for t in named + [sc.subject_text]) and (
            actor2.startswith(tuple(f"{force} Forces of {own}" for force in ("Military", "Police")))
            or _NO_CLAIM.search(doc.text) or forces_hit):
        # "a drone attacked a police helicopter": no state strikes its own forces; "A drone struck the
        # Khor Mor gas field ... No group claimed responsibility": armed groups fly drones too
        # ("an explosive-laden drone struck a military base ..., killing two soldiers": the forces hit)
        if forces_hit:
            police = re.search(r"police|gendarmes", forces_hit.group(0), re.I)
            actor2 = actor_lib.with_period(f"{'Police' if police else 'Military'} Forces of {own}", own, sc.on)
        actor1 = f"Unidentified Armed Group ({own})"
    if typing.sub_event_type == "Headquarters or base established" and actor2.startswith(STATE_PREFIXES) \
            and not actor1.startswith(STATE_PREFIXES):
        actor2, assoc2 = "", []  # "Hezbollah established a new military position": its own post, taken from no one
    if typing.sub_event_type == "Agreement":
        # "Thailand and Cambodia agreed to an immediate ... ceasefire": the two states' governments
        # (nobody is an agreement's target)
        states = [c for a in [actor1] + assoc1 if (c := actor_lib.state_country(a)) and a.startswith("Military")]
        if len(states) >= 2 and sc.subj is not None and _states_in(doc, sc.i, sc.subj, sc.on):
            actor1, assoc1 = actor_lib.with_period(f"Government of {states[0]}", states[0], sc.on), []
            actor2, assoc2 = actor_lib.with_period(f"Government of {states[1]}", states[1], sc.on), []
        elif actor2.startswith(("Civilians", "Prisoners")):
            actor2 = ""  # ("an agreement to exchange detainees": what was agreed on, no party)
        mediator = next((o for o in sc.orgs if o.name == actor2 and _MEDIATED.search(
            doc.text, max(sent.start, o.start - 40), min(sent.end, o.end + 20))), None) if actor2 else None
        if mediator is not None:
            # ("exchanged prisoners in Marib under UN mediation": the go-between is no party)
            actor2, assoc2 = "", []
            spans = [(role, span) for role, span in spans if role != "actor2"]
        if actor1 and not actor2 and not assoc1 and sc.subj is not None and (
                not actor1.startswith(STATE_PREFIXES) or mediator is not None):
            # "Representatives of Sudan's army and the paramilitary Rapid Support Forces signed": the
            # state's force beside the named group is the other party
            rest = _without_groups(sc.subject_text, sc.subj[0], [o for o in sc.orgs if sc.subj[0] <= o.start < sc.subj[1]])
            force = actor_lib.national_actor(rest, sc.country, sc.on)
            if force and force[1] == "state" and force[0] != actor1:
                actor1, actor2 = force[0], actor1
                spans = [("actor2" if role == "actor1" else role, span) for role, span in spans] + [("actor1", sc.subject_span())]
    if typing.sub_event_type == "Agreement" and sc.subj is not None and _GOVERNMENT_OF.search(sc.subject_text):
        # "The government of the Democratic Republic of Congo and the M23 rebel group signed": the
        # government and the group it signed with (ACLED codes an agreement where it was signed)
        states = [p.country for p in doc.places if p.mention.sent == sc.i and p.feature == "country"
                  and sc.subj[0] <= p.mention.start < sc.subj[1]]
        # ("The Sudanese government and the SPLM-North faction ... signed": the state its demonym names, and
        # the group beside it, known to the dictionary or not)
        owner = _DEMONYM_GOVERNMENT.search(sc.subject_text)
        states = states or [c for c in [actor_lib.demonym_country(owner.group(1)) if owner else None] if c]
        other = actor1 or next((o.name for o in sc.orgs if sc.subj[0] <= o.start < sc.subj[1]), "")
        if states and other and not other.startswith("Government of"):
            gov = actor_lib.with_period(f"Government of {states[0]}", states[0], sc.on)
            actor1, actor2, assoc1 = gov, other, []
            spans = [("actor2" if role == "actor1" else role, span) for role, span in spans]
    if typing.event_type == "Battles" and not actor1 and sc.patient and actor2.startswith(STATE_PREFIXES) \
            and _ONE_OR_MORE_FIGHTERS.search(sc.subject_text):
        # "A militant was killed in an encounter with security forces": the forces fought the militant's group
        actor1, actor2 = actor2, f"Unidentified Armed Group ({sc.country})"
        spans = [("actor1" if role == "actor2" else "actor2" if role == "actor1" else role, span) for role, span in spans]
    elif hit and typing.event_type == "Battles" and not actor1 and actor2 and sc.country:
        # "A member of the National Defence Forces was found shot dead": by men no one names
        actor1 = f"Unidentified Armed Group ({sc.country})"
    owner = next((o for o in sc.orgs if o.known and o.name != actor1 and _OWNED_WEAPON.match(doc.text, o.end)), None) \
        if typing.sub_event_type == "Disrupted weapons use" and not actor2 else None
    if owner is not None:
        # "a Hezbollah drone crossed into Israeli airspace and was shot down by the IDF": whose weapon was stopped
        actor2 = owner.name
        spans.append(("actor2", Span(owner.start, owner.end, owner.text)))
    if typing.sub_event_type == "Disrupted weapons use" and not actor2 and which_was(sent.text, typing.trigger.start - sent.start):
        # "Houthi forces fired a ballistic missile towards Jizan city, which was intercepted by the Saudi
        # air defences": whose weapon was stopped, the main clause's doer
        fired = [o for o in sc.orgs if o.known and o.end <= typing.trigger.start and o.name != actor1]
        if fired:
            actor2 = fired[0].name
            spans.append(("actor2", Span(fired[0].start, fired[0].end, fired[0].text)))
    member = next((o for o in sc.orgs if o.name == actor2 and not o.known
                   and _PERSON_OF.search(doc.text, max(sent.start, o.start - 40), o.start)), None) \
        if typing.event_type == "Violence against civilians" and sc.country else None
    if member is not None:
        # "A mayoral candidate of the Liberal Party was shot dead": a civilian, the party associated
        actor2, assoc2 = f"Civilians ({sc.country})", [member.name, *assoc2]
        spans = [("assoc_actor_2" if role == "actor2" else role, span) for role, span in spans]
    # ("between members of the X and Y tribes": Y is the other side, no ally of X)
    assoc1 = [a for a in assoc1 if a != actor2]
    return Actors(actor1, "; ".join(_unique(assoc1)), actor2, "; ".join(_unique(assoc2)), tuple(spans))


# a person named by a role in an organisation that is no armed group ("a mayoral candidate of the")
_PERSON_OF = re.compile(r"\b(?:candidate|member|leader|activist|official|supporter|councillor|councilor|mayor|lawmaker|"
                        r"politician|organi[sz]er|secretary|chairman|chairwoman|president|spokes(?:man|woman|person)|"
                        r"campaigner|worker|volunteer|journalist|reporter|employee|founder)s?\s+(?:of|for|from)\s+(?:the\s+)?$")


# (not "a Saudi-led coalition air raid was reported": the subject is the strike itself)
_HIT_PASSIVE = re.compile(r"\s+(?:were|was|had been|have been)\s+(?:reported(?:ly)?\s+|found\s+)?(?:killed|wounded|injured|hurt|"
                          r"shot dead|shot|ambushed|targeted|hit|struck|attacked)\b")
# (also "soldiers and members of the government-backed Volunteers ...": the force, then its auxiliaries)
_AND_END = re.compile(r"\s+and\s+(?:(?:members|fighters|militiamen|elements)\s+of\s+)?(?:the\s+)?(?:[\w-]+-backed\s+)?$")
_FIGHT_WITH = re.compile(r"\b(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:clash|clashes|gunfight|firefight|gun ?battle|"
                         r"shoot-?out|exchange of fire|encounter|battle|fighting)\s+with\s+")
_BY_AGENT = re.compile(r"(?:\s+(?!by\b)[\w-]+){0,5}?\s+by\s+(?:the\s+)?(?P<who>[^,;.]{1,40}?)(?=\s+(?:on|in|near|at|during|while|as|when|after)\b|[,;.]|$)")
_WITH_PHRASE_END = re.compile(r"\s+(?:in|near|on|at|outside|during|after|when)\b|,")
_ATTACK_BY = re.compile(r"\b(?:as a result of|in|during|following|after)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:attack|assault|ambush|"
                        r"raid|bombing|shelling|strike)\s+(?:carried out\s+|launched\s+)?by\s+(?:the\s+)?")
_OFFICIAL_HIT = re.compile(r"\s*(?:the |a |an )?(?:[\w-]+ ){0,2}?(?:mayor|deputy mayor|mayoral candidate|councillor|councilor|"
                           r"governor|lawmaker|legislator|MP|senator|judge|prosecutor|local official|district chief|"
                           r"village chief|village head)s?\b", re.I)
_FORCE_HIT_BEFORE = re.compile(r"\b(?:carrying|transporting|targeting|targeted|struck|hit|against|killing|wounding|hosts|hosting|houses|housing)\s+"
                               r"(?:[\w-]+\s+){0,4}?$")
_FORCE_HIT_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:were|was|had been|have been)\s+(?:killed|wounded|injured|hurt|ambushed|targeted|hit)\b")
_GOVERNMENT_OF = re.compile(r"\bgovernment of\b|['’]s\s+(?:[\w-]+\s+)?government\b|\b[A-Z][a-z]+\s+government\b", re.I)
_DEMONYM_GOVERNMENT = re.compile(r"\b([A-Z][a-z]+)\s+(?:transitional\s+)?government\b")
_UNMANNED = re.compile(r"\bdrones?\b", re.I)
_NO_CLAIM = re.compile(r"\b[Nn]o (?:group|one) (?:has |had )?(?:immediately )?claimed\b|"
                       # ("..., the counter-terrorism service said, blaming Iran-backed militias")
                       r"\bblam(?:ed|ing|es)\s+(?:[\w-]+\s+){0,3}?(?:militias|militiamen|armed groups|militants|rebels|insurgents)\b")
# the state's own men or posts hit (whom an unclaimed drone struck)
_OWN_MEN = r"(?:soldiers|troops|servicemen|policemen|police officers|gendarmes)"
_OWN_FORCES_HIT = re.compile(rf"\b{_OWN_MEN}\s+(?:were|was)\s+(?:killed|wounded|injured)\b|"
                             rf"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+(?:at least\s+)?(?:[\w-]+\s+){{0,2}}?{_OWN_MEN}\b|"
                             r"\b(?:struck|hit|targeted|attacked)\s+(?:an?\s+|the\s+)?(?:military|army|police)\s+"
                             r"(?:base|post|barracks|outpost|checkpoint|convoy|patrol)\b", re.I)
_STATE_WORD = re.compile(r"\b(?:military|army|junta|air force|government|regime|navy|police)\b", re.I)
# "blew himself up near the entrance of the Ministry of Rural Rehabilitation": the building is
# where it happened; who was hit is told by the toll
# ("an aid distribution site run by the U.S.-backed Gaza Humanitarian Foundation": who runs the site)
_SITE_BEFORE = re.compile(r"\b(?:near|outside|in front of|opposite|(?:entrance|gates?|doors?|walls?) of)\s+(?:the\s+)?$|"
                          r"\b(?:site|centre|center|camp|facility|point|hub|clinic|hospital|school|shelter)\s+"
                          r"(?:run|operated|managed) by\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}$")
# "..., as a war between two factions of the Sinaloa Cartel entered its 19th month": the conflict
# around the event, not its target
_WAR_AROUND = re.compile(r",\s+(?:as|amid|while)\s+(?:(?:a|the|an)\s+)?(?:[\w-]+\s+){0,2}?(?:war|conflict|feud|dispute|"
                         r"power struggle|rivalry|fighting)\b[^.;]*$|"
                         # ("..., police said, blaming a turf war between the Los Lobos and Los Choneros gangs")
                         r"\bblaming\s+(?:(?:a|the|an)\s+)?(?:[\w-]+\s+){0,2}?(?:war|conflict|feud|dispute|rivalry|fighting)\s+"
                         r"between\b[^.;]*$")
# "arresting 12 young men suspected of links to the separatist ADF": those held, not the group (also
# "attacked communities ..., accusing residents of supporting the dissident 33rd Front")
# "a crowded market in Nyala, the capital of South Darfur state held by the Rapid Support Forces": who
# holds the place, not whom the strike hit
_HELD_BY = re.compile(r"\b(?:held|controlled|run|besieged|occupied) by\s+(?:the\s+)?$|"
                      # "the U.S.-led coalition fighting the Islamic State group withdrew from the base": whom
                      # the coalition is there to fight, told to name it
                      r"\b(?:coalition|alliance|mission|task force)\s+(?:tasked with |charged with |set up to )?"
                      r"(?:fighting|battling|combating|combatting|against)\s+(?:the\s+)?$")
_OWNED_WEAPON = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?|uavs?|aircraft|projectiles?|shells?)\b", re.I)
_REASON_OF_ARREST = re.compile(r"\bfor\s+(?:allegedly\s+)?(?:refusing|evading|dodging|avoiding|defying|deserting|criticising|"
                               r"criticizing|insulting|opposing|protesting|refusal|evasion)\b[^.;]{0,50}$")
_ALLEGED_LINK = re.compile(r"\b(?:(?:suspected|accused|on (?:charges|accusations|suspicion)|accusing(?: [\w-]+){1,3}?) of|charged with|alleged) (?:links|ties|belonging|"
                           r"supporting|collaborating|collaboration|spying|working|being)\b[^.;]{0,30}$|"
                           # "members of the group who were planning attacks on Shi'ite pilgrims": whom they meant to hit
                           r"\b(?:planning|plotting|preparing|planned|plotted|to carry out|to launch)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:attacks?|bombings?|assaults?|strikes)\s+(?:on|against|targeting)\s+(?:the\s+)?$")
# a state force named as one side of a conjunction ("HTS fighters and regime forces", "Congolese soldiers and ...")
_FORCE_CONJUNCT = r"((?:the\s+)?(?:[\w-]+\s+){0,2}?(?:forces|troops|army|soldiers|police|policemen|gendarmes))"
_OTHER_CONJUNCT = re.compile(rf"\band\s+{_FORCE_CONJUNCT}\b", re.I)
_FORCE_BEFORE = re.compile(r"\b(?:[A-Z][a-z]+\s+)?(?:riot\s+)?(?:police(?:men)?|security forces|troops|soldiers|gendarmes)\s+$")
_CONJUNCT_FIRST = re.compile(rf"^\s*{_FORCE_CONJUNCT}\s+and\b", re.I)
_NATIONS_FORCES = r"(?:troops|forces|soldiers|armies|militaries|border guards)"
_TWO_NATIONS = re.compile(rf"\b([A-Z][a-z]+) and ([A-Z][a-z]+) (?:border |security |government )?{_NATIONS_FORCES}\b")
def _two_armies(text: str, on: date | None) -> list[str] | None:
    """The armed forces of the countries a phrase names as a pair of forces ("Thai and Cambodian troops",
    "border guards of Kyrgyzstan and Tajikistan"), in order (those of its words that are countries); None
    when it names no such pair."""
    pair = _TWO_NATIONS.search(text) or _FORCES_OF_TWO.search(text)
    if pair is None:
        return None
    countries = [actor_lib.demonym_country(w) or actor_lib.country_named(w) for w in pair.group(1, 2)]
    return _unique(actor_lib.with_period(f"Military Forces of {c}", c, on) for c in countries if c)


_MEDIATED = re.compile(r"\b(?:under|with|through|after)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:mediation|auspices)\b|"
                       r"\b(?:mediated|brokered|facilitated|overseen|supervised)\s+by\b|\bmediation\s+(?:of|by)\b")
_FORCES_OF_TWO = re.compile(rf"\b(?i:{_NATIONS_FORCES}) of (?:the )?([A-Z][a-z]+) and (?:the )?([A-Z][a-z]+)\b")
_FORCE_OPERATION = re.compile(r"\b(police|military|army|security forces|troops)\s+(?:[\w-]+\s+)?(?:operation|raid|offensive|"
                              r"crackdown|assault|sweep)s?\s+(?:against|on|targeting)\s+", re.I)
# (the kinds that name an ethnic community's side only when its name is one: "between Dinka and Nuer youths",
# not "between Christian and Muslim youths")
_ETHNIC_ONLY_KINDS = frozenset({"youths", "youth", "herders", "herdsmen", "gunmen", "militiamen", "villagers"})
_NAMED_COMMUNITIES = re.compile(r"\b(?i:clash(?:es)?|fighting|violence|feud) between (?:the )?(?P<a>[A-Z][\w-]+) and (?:the )?"
                                rf"(?P<b>[A-Z][\w-]+) (?P<kind>communities|ethnic groups|tribes|clans|armed groups|militias|fighters|"
                                rf"{'|'.join(sorted(_ETHNIC_ONLY_KINDS, reverse=True))})\b")
_COMMUNITIES = r"(?:herders|herdsmen|pastoralists|farmers|communities|villagers|ethnic groups)"
_COMMUNAL_FIGHT = re.compile(rf"\b(?:clash(?:es)?|fighting|violence) between (?:[\w-]+ ){{0,2}}?{_COMMUNITIES}\b"
                             rf"(?: and (?:[\w-]+ ){{0,2}}?{_COMMUNITIES}\b)?|\binter-?communal (?:clashes|violence|fighting)\b",
                             re.I)
_TRIBAL_FIGHT = re.compile(r"\b(?:inter-?)?(?:tribal|clan) (?:clashes|clash|fighting|feud|violence|battles?)\b|"
                           r"\b(?:clash(?:es)?|fighting|feud)(?: (?:erupted|broke out))? between (?:(?:members|gunmen|fighters) (?:of|from) )?"
                           r"(?:two )?(?:rival )?(?:tribes|clans|families)\b|"
                           r"\b(?:warring|rival|feuding) (?:tribes|clans|families)\b|\bclan feud\b|\brido\b|"
                           # ("Clan militias exchanged fire over a land dispute": no clan named)
                           r"\b(?:rival |two )?(?:clan|tribal) (?:militias|militiamen|fighters|gunmen)\s+(?:clashed|fought|exchanged fire)\b", re.I)
_ARMED_GROUPS = re.compile(r"\bbetween (?:two |rival |several )?(?:[\w-]+ ){0,2}?(?:armed groups|militias|factions|gangs|"
                           r"armed men|gunmen|militants)\b|"
                           # ("rival armed groups exchanged fire")
                           r"\b(?:rival|warring|opposing) (?:[\w-]+ )?(?:armed groups|militias|factions|gangs)\b", re.I)


def _blamed_state(sc: _Scene) -> tuple[str, Span] | None:
    """The state a source blames for the attack ("blaming Turkey for the attack"): its armed forces."""
    for p in sc.doc.places:
        if p.mention.sent == sc.i and p.feature == "country" and _BLAMING.search(
                sc.doc.text, max(sc.sent.start, p.mention.start - 30), p.mention.start) \
                and not _PATRON_WORD.match(sc.doc.text, p.mention.end):  # (not "blaming Iran-backed militias")
            span = Span(p.mention.start, p.mention.end, p.mention.text)
            return actor_lib.with_period(f"Military Forces of {p.country}", p.country, sc.on), span
    return None


_PATRON_WORD = re.compile(r"-(?:backed|linked|aligned|allied|affiliated|supported|sponsored)\b")
_BLAMING = re.compile(r"\b(?:blam(?:ing|ed|es)|accus(?:ing|ed|es)|held)\s+$")


_COUNTED_PEOPLE = re.compile(r"\b(?:\d[\d,]*|dozens|hundreds|scores|several|some)\s+(?:of\s+)?(?:people|persons|men|women|"
                             r"protesters|demonstrators|students|activists|suspects|others)$", re.I)


def _arrested_without_agent(sc: _Scene) -> Actors | None:
    """Arrests told in the passive with no one named as the arrester: the country's police
    arrested the subject (ACLED: 'Police Forces of Iran (1989-)' vs 'Civilians (Iran)')."""
    if sc.typing.sub_event_type != "Arrests":
        return None
    # ("254 cases had been registered and more than 900 people arrested": the auxiliary left out)
    elliptic = sc.subj is not None and not sc.doc.text[sc.subj[1]:sc.typing.trigger.start].strip() \
        and _COUNTED_PEOPLE.search(sc.subject_text) is not None
    if not sc.patient and not elliptic:
        return None
    named = [o for o in sc.side if o.known]
    if named and named[0].name.startswith(STATE_PREFIXES):
        return None
    generic = actor_lib.generic_actor(sc.subject_text, sc.country, sc.on)
    arrested = named[0].name if named else generic[0] if generic and generic[1] != "state" else f"Civilians ({sc.country})"
    police = actor_lib.with_period(f"Police Forces of {sc.country}", sc.country, sc.on)
    return Actors(police, "", arrested, "", (("actor2", sc.subject_span()),))


_FORCE = r"(?:riot |the )?police(?:men)?|security forces|(?:military|army|government|regime) forces|troops|soldiers|the army|gendarmes"
# the crowds that clash with a state force ("clashes between villagers and police")
_CROWD_NOUNS = r"protesters|demonstrators|rioters|marchers|students|supporters|activists|villagers|residents|youths|locals|farmers|workers|crowds"
_FORCE_AGAINST = re.compile(rf"\bbetween (?:[\w-]+ ){{0,3}}?(?:{_CROWD_NOUNS})(?: [\w-]+){{0,3}}? "
                            rf"and (?P<force>{_FORCE})\b|\b(?P<acting>{_FORCE})(?: [\w-]+){{0,2}} "
                            rf"(?:fired|used|shot|charged|beat|dispersed|clashed|declared a riot|arrested|detained|opened fire)\b|\b(?:threw|hurled|pelted|lobbed|throwing|hurling|thrown)\b"
                            # ("threw stones at Israeli forces": a nation's forces)
                            rf"[^.;]{{0,60}}?\bat (?:the )?(?:[\w-]+ )?(?P<target>{_FORCE}|(?<=[a-z] )forces)\b|"
                            # ("torched a police van and pelted officers with stones": the police's)
                            rf"\b(?:pelted|stoned|attacked|assaulted|torched|set fire to|burned|burnt|vandali[sz]ed)\s+(?:an?\s+)?"
                            rf"(?P<struck>{_FORCE})\b|"
                            rf"\bbetween (?P<first>{_FORCE}) and (?:[\w-]+ ){{0,2}}?(?:{_CROWD_NOUNS})\b|"
                            # ("Two people were shot dead by gendarmes ... when protesters tried to storm a post")
                            rf"\b(?:shot dead|shot|killed|wounded|injured|beaten|arrested|detained)\s+by\s+(?P<agent>{_FORCE})\b", re.I)
_CIVIL_BODY = re.compile(r"\b(?:Party|Union|Association|Federation|Syndicate|Chamber|Congress|League)\b")
_FORCE_AND_ALLIES = re.compile(r"\b((?:government|[A-Z][a-z]+|state|national|federal)\s+(?:troops|forces|soldiers|army))\s+"
                               r"and\s+(?:their\s+|its\s+)?(?:allied\s+|pro-government\s+)?(?:the\s+)?$")
_FOUGHT_WITH = re.compile(r"\b(?:fighting|clash(?:es|ed)?|battles?|battling|fought|skirmish(?:es)?|encounters?|gunfights?|"
                          r"gun ?battles?|firefights?|shoot-?outs?)\s+(?:with|against)\s+", re.I)


_CLAUSE_AFTER_HEAD = re.compile(r"\b(?:against|who|that|which|demonstrating|protesting|over|angry|denouncing|"
                                r"calling|condemning|demanding|opposed|opposing|in support|supporting)\b", re.I)
STATE_PREFIXES = ("Military Forces of", "Police Forces of")
_UN = re.compile(r"UN|U\.N\.|United Nations")
_WITH_STATE_FORCES = re.compile(r"\b(?:and|with|alongside)\s+(?:the\s+)?(?:[A-Z][\w-]+\s+)?(?:army|soldiers|troops|"
                                r"police|military|gendarmes|security forces)\b")
_NOT_ARMED = ("Government of", "Protesters", "Rioters", "Civilians", "Operation ", "Global Coalition", "UN", "MINUS",
              "MONUSCO", "UNIFIL", "AMISOM", "ATMIS")
# ("HTS and National Liberation Front fighters clashed with regime forces": the subject is one side)
_RECIPROCAL = re.compile(r"\b(?:exchang(?:ed|ing) (?:[\w-]+ ){0,3}?fire|clashed|fought|skirmished|(?:clashes|fighting) between)\b"
                         r"(?!\s+(?:with|against)\s+(?!each other|one another))", re.I)
_NATIONALS = re.compile(r"\b[A-Z][a-z]+s?\s+(?:[a-z-]+\s+)?(?:refugees|protesters|demonstrators|workers|students|nationals|"
                        r"citizens|residents|women|men|activists|youths|migrants|supporters|teachers|farmers|families|"
                        r"mourners|villagers|people|expatriates|exiles|community)\b")
_MEMBERS_AFTER = re.compile(r"\s+(?:activists|supporters|members|protesters|demonstrators|followers|loyalists|workers)\b")
_MEMBERS_OF = re.compile(r"\b(?:activists|supporters|members|followers|loyalists|workers|cadres|families)\s+of\s+(?:the\s+)?(?:opposition\s+|ruling\s+)?$")
_DEMONSTRATOR_NOUN = re.compile(r"\b(?:protesters|demonstrators|rioters|marchers|youths|crowds?|mob)\b", re.I)
_EMPLOYER_BEFORE = re.compile(r"\b(?:workers|employees|staff|cleaners|investors|customers|clients|contractors|"
                              r"students|teachers|doctors|nurses|retirees)\s+(?:of|at|in|from|for|working for|defrauded by|"
                              r"employed by)\s+(?:the\s+)?$|\bby\s+(?:the\s+)?$", re.I)


_ARMED = ("Military Forces of", "Police Forces of", "Unidentified Armed Group", *actor_lib.UNNAMED_REBELS, "Militia",
          "Operation ", "Islamic State")
ARMED_TARGET = re.compile(r"\b(?:checkpoints?|patrols?|convoys?|military (?:posts?|vehicles?|positions?|sites?|bases?)|"
                           # ("attacked the VDP post ... and the gendarmerie post")
                           r"(?:(?-i:[A-Z]{2,6})|army|gendarmerie|police|militia|border) (?:posts?|bases?|camps?)|"
                           r"positions|outposts?|barracks|forces|troops|soldiers|fighters|militants|militiamen|"
                           r"rebels|insurgents|separatists|jihadists|guerrillas|"
                           r"policemen|gendarmes|army|vigilantes)\b", re.I)
# (not an attempt: "The Saudi-led forces intended to take control of Haylan Mountain ..., but ... pushed them back")
_TERRITORY = re.compile(r"(?<!tried to )(?<!trying to )(?<!attempted to )(?<!attempting to )(?<!attempt to )(?<!intended to )"
                        r"(?<!failed to )(?<!sought to )(?<!seeking to )(?<!bid to )(?<!effort to )(?<!aiming to )"
                        r"\b(?:took|taken|take|takes|gained|gain|regained|seized|seize|assumed) (?:full |complete )?"
                        r"control\b|\b(?:recaptured|retook|overran)\b", re.I)


_CIVILIAN_TARGET = re.compile(r"\b(?:a|an|the|two|three|\d+)?\s*(?:[\w-]+\s+)?(?:man|men|woman|women|child|children|boy|girl|"
                              r"civilians?|activists?|journalists?|farmers?|shepherds?|residents?|villagers?|"
                              r"drivers?|pharmacists?|merchants?|sellers?|vendors?|family|families|passers?-?by|"
                              r"worshippers|students?|teachers?|doctors?|houses?|homes?)\b", re.I)


def _armed_victims_before(typing: Typing, text: str) -> bool:
    """'5 PKK militants were killed': the passive subject is armed, so the fight is a clash."""
    at = text.find(typing.trigger.text)
    # ("Vigilantes who tried to pursue the attackers were ambushed ..., and four of them were killed")
    return at > 0 and bool(_ARMED_PASSIVE.search(text[max(0, at - 60):at]) or _ARMED_SUBJECT_HIT.match(text[:at]))


# "A member of the National Defence Forces was found shot dead": a fighter of the group the event's target is
_MEMBER_HIT = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d+)\s+(?:members?|fighters?|commanders?)\s+of\s+(?:the\s+)?"
                         r"[A-Z][^.;,]{0,60}?\s+(?:were|was|have been|had been)\s+(?:found\s+)?$")
_ARMED_NOUNS = r"(?:soldiers|fighters|militants|militiamen|policemen|gendarmes|troops|vigilantes|members of the (?:security )?forces|" \
    r"terrorists|insurgents|rebels|jihadists|gunmen|attackers|assailants)"
_ARMED_PASSIVE = re.compile(rf"\b{_ARMED_NOUNS}(?:\s+[\w-]+){{0,2}}?\s+(?:were|was|have been|had been)\s+$", re.I)
_ARMED_SUBJECT_HIT = re.compile(rf"^(?:the\s+)?(?:[\w-]+\s+)?{_ARMED_NOUNS}\b[^.;]{{0,80}}?\s(?:were|was|have been|had been)\s+"
                                r"(?:ambushed|attacked|targeted)\b", re.I)


# "killed a member of the SDF", "two HTS fighters" (not "a former SDF commander", "an individual ...
# over charges of belonging to the YPG": no fighter when attacked)
_GROUP_MEMBER = re.compile(rf"^(?:(?!\b(?:{_FORMER}|charges?|accused|suspected)\b)[^.;])*?"
                           r"\b(?:members?|fighters?|militants?|militiam[ae]n|commanders?|operatives?|elements?)\b")


def _target_phrase(typing: Typing, text: str) -> str:
    """The words after the trigger, where ACLED's target is named ('opened fire at a checkpoint')."""
    at = text.find(typing.trigger.text)
    return text[at + len(typing.trigger.text):][:70] if at >= 0 else ""


_BETWEEN_SIDES = re.compile(r"\bbetween\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)(?=[,.;(]|\s+(?:in|on|at|near|over|after|as|"
                            r"when|during|west|east|north|south|with|who|which|that)\b|$)")

# "The fighting pitted the Radaa Special Deterrence Force against the 444th Brigade"
_PITTED = re.compile(r"\bpitted\s+(?P<a>.+?)\s+against\s+(?P<b>.+?)(?=[,.;(]|\s+(?:in|on|at|near|over|after|as|when|during|"
                     r"who|which|that)\b|$)")


def _between_sides(sc: _Scene) -> tuple[str, str] | None:
    """The two sides of 'clashes between A and B' when the sentence has no acting subject."""
    text = sc.doc.text[sc.sent.start:sc.sent.end]
    m = _BETWEEN_SIDES.search(text)
    factions = _FACTIONS_OF.search(text)
    if factions is not None and (m is None or m.start() >= factions.start()):
        # "clashes erupted between two factions of pro-Houthi forces": ACLED names the group on both sides
        lo, hi = sc.sent.start + factions.start("a"), sc.sent.start + factions.end("a")
        named = [o.name for o in sc.orgs if lo <= o.start and o.end <= hi]
        generic = None if named else actor_lib.generic_actor(factions.group("a"), sc.country, sc.on)
        side = named[0] if named else generic[0] if generic else ""
        return (side, side) if side else None
    if m is None:
        return None
    sides = []
    for group in ("a", "b"):
        lo, hi = sc.sent.start + m.start(group), sc.sent.start + m.end(group)
        named = [o for o in sc.orgs if lo <= o.start and o.end <= hi]
        if named:
            sides.append(named[0].name)
            continue
        phrase = m.group(group)
        generic = actor_lib.national_actor(phrase, sc.country, sc.on)
        if generic is None:
            return None
        sides.append(generic[0])
    # ("between suspected Kuki militants and Meitei armed groups": two groups the report does not name)
    return (sides[0], sides[1]) if sides[0] != sides[1] or sides[0].startswith("Unidentified Armed Group") else None


_FACTIONS_OF = re.compile(r"\b(?:clash(?:es|ed)?|fighting|fought|gunfights?|battles?)\s+(?:[\w-]+\s+){0,3}?"
                          r"between\s+(?:two|rival|the|several)\s+(?:rival\s+)?(?:factions|wings|units|groups|members)\s+"
                          r"(?:of|within)\s+(?:the\s+)?(?P<a>[^,;.()]+?)(?=[,.;(]|\s+(?:in|on|at|near|over|after|as|when|"
                          r"during|killing|leaving)\b|$)")
_EACH_OTHER = re.compile(r"\b(?:attacked|fought|shot at|clashed with) each other\b")


_ONE_ON_ANOTHER = re.compile(r"\b(?:attacked|ambushed|fought|clashed with|opened fire on)\b")


def _crowds_named(doc: Document, i: int, event):
    """'Ruling party activists and opposition supporters clashed ... activists of the Awami League's
    youth wing attacked a procession of the BNP': the two parties whose crowds fought, each side's
    associate (ACLED: rioters on both sides)."""
    sent = doc.sentences[i]
    country = event.place.country if event.place else ""
    orgs = [o for o in actor_lib.organisations(sent, doc.mentions, doc.text, country=country, on=event.event_date)
            if o.known and not o.partisan]
    names = list(dict.fromkeys(o.name for o in orgs))
    if len(names) != 2 or not _TWO_CROWDS.search(sent.text):
        return event
    spans = [next(o for o in orgs if o.name == n) for n in names]
    evidence = event.evidence + tuple(Evidence(role, o.start, o.end, o.text)
                                      for role, o in zip(("assoc_actor_1", "assoc_actor_2"), spans))
    event = dataclasses.replace(event, assoc_actor_1=names[0], actor2=event.actor1, assoc_actor_2=names[1], evidence=evidence)
    return dataclasses.replace(event, notes=notes_for(event, None))


_TWO_CROWDS = re.compile(r"\b(?:activists|supporters|members|cadres|followers|workers)\s+of\b[^.;]{0,80}?\b(?:attacked|clashed|"
                         r"fought|assaulted|stormed)\b", re.I)


def _later_orgs(doc: Document, i: int, event) -> list:
    """The organisations of sentence i, read for an event an earlier sentence told."""
    place_spans = [(p.mention.start, p.mention.end) for p in doc.places if p.mention.sent == i]
    return actor_lib.organisations(doc.sentences[i], doc.mentions, doc.text, place_spans,
                                   country=event.place.country if event.place else "", on=event.event_date)


def named_sides(doc: Document, i: int, event):
    """'Clashes between two powerful armed groups ... Fighting erupted between the 444th Brigade and
    the Special Deterrence Force': a later sentence names the sides a battle's lead left unnamed."""
    unnamed = ("", "Unidentified Armed Group")
    if event.sub_event_type == "Mob violence" and event.actor1.startswith("Rioters (") and not event.assoc_actor_1 \
            and not event.actor2:
        return _crowds_named(doc, i, event)
    if event.event_type != "Battles" or not (event.actor1.startswith(unnamed) and event.actor2.startswith(unnamed)):
        return event
    sent = doc.sentences[i]
    m = _BETWEEN_SIDES.search(sent.text) or _PITTED.search(sent.text)
    mutual = _EACH_OTHER.search(sent.text)
    one_on_other = _ONE_ON_ANOTHER.search(sent.text)
    if m is None and mutual is None and one_on_other is None:
        return event
    orgs = _later_orgs(doc, i, event)
    sides = []
    if m is None and mutual is None:
        # "inmates from the Los Lobos gang attacked members of Los Choneros": the doers, then their target
        verb = sent.start + one_on_other.start()
        before = [o for o in orgs if o.known and o.end <= verb]
        after = [o for o in orgs if o.known and o.start >= sent.start + one_on_other.end()][:1]
        if before and after:
            sides = before[-1:] + after
        elif len(before) >= 2 and re.fullmatch(r"\s+and\s+(?:the\s+)?", doc.text[before[-2].end:before[-1].start]):
            sides = before[-2:]  # "Members of Los Choneros and Los Lobos fought with firearms": the two named
        else:
            return event
    elif m is None:  # "Members of Los Lobos and Los Choneros attacked each other": the two named before
        sides = [o for o in orgs if o.known and o.end <= sent.start + mutual.start()][:2]
        if len(sides) < 2:
            return event
    for group in ("a", "b") if m is not None else ():
        lo, hi = sent.start + m.start(group), sent.start + m.end(group)
        named = [o for o in orgs if lo <= o.start and o.end <= hi]
        if not named:
            return event
        sides.append(named[0])
    if sides[0].name == sides[1].name:
        return event
    evidence = tuple(e for e in event.evidence if e.field not in ("actor1", "actor2")) + tuple(
        Evidence(role, o.start, o.end, o.text) for role, o in zip(("actor1", "actor2"), sides))
    event = dataclasses.replace(event, actor1=sides[0].name, actor2=sides[1].name, evidence=evidence)
    return dataclasses.replace(event, notes=notes_for(event, None))


# "The attackers, believed to be from the Islamic State West Africa Province, tied ...": the doers just told, attributed
_DOERS_ATTRIBUTED = re.compile(rf"^(?:The|Those)\s+(?:[\w-]+\s+)?(?:attackers|assailants|gunmen|{_ARMED_MEN}),\s+"
                               rf"(?:who\s+(?:are|were)\s+)?(?:{_BELIEVED_OF}|linked\s+to|affiliated\s+(?:with|to)|loyal\s+to)\s+(?:the\s+)?")


_GROUP_SUSPECTED = re.compile(r"^((?:The\s+)?)[A-Z][^.;,]{1,60}?\s+(?:are|were|is|was)\s+(?:(?:widely\s+|strongly\s+)?suspected|"
                              r"(?:widely\s+)?(?:believed|thought)\s+to\s+(?:be|have\s+been)\s+(?:responsible|behind))\b")
# ("... killing 3 civilians. The landmine was reportedly planted by Houthi forces": who laid the weapon)
_WEAPON_ATTRIBUTED = re.compile(r"^(?:The|That)\s+(?:[\w-]+\s+)?(?:landmine|mine|IED|bomb|explosive device|device|explosives)\s+"
                                r"(?:was|had been|were|is)\s+(?:reportedly\s+|allegedly\s+|believed to have been\s+)?"
                                r"(?:planted|laid|placed|left)\s+by\s+(?:the\s+)?")


def attributed_again(doc: Document, i: int, event):
    """The unidentified doers of the event just told, attributed to a known group by the next sentence."""
    sent = doc.sentences[i]
    m = _DOERS_ATTRIBUTED.match(sent.text) or (
        _WEAPON_ATTRIBUTED.match(sent.text) if event.event_type == "Explosions/Remote violence" else None)
    # ("... killing 14 worshippers. ADF militants are suspected.": the group suspected, named first)
    suspected = _GROUP_SUSPECTED.match(sent.text) if m is None else None
    if m is None and suspected is None or not event.actor1.startswith("Unidentified Armed Group"):
        return event
    at = sent.start + (m.end() if m is not None else suspected.end(1))
    group = next((o for o in _later_orgs(doc, i, event) if o.known and o.start == at), None)
    if group is None or group.name in (event.actor2, event.assoc_actor_2) \
            or group.name.startswith(STATE_PREFIXES) and m.re is _DOERS_ATTRIBUTED:
        return event
    evidence = tuple(e for e in event.evidence if e.field != "actor1") + (Evidence("actor1", group.start, group.end, group.text),)
    event = dataclasses.replace(event, actor1=group.name, evidence=evidence)
    return dataclasses.replace(event, notes=notes_for(event, None))


def with_participants(doc: Document, i: int, event):
    """'Representatives of KESK, DISK and TTB also participated in the event': organisations a
    later sentence names among a demonstration's participants or organisers are its associated actors."""
    sent = doc.sentences[i]
    organised = _ORGANISED_THE.search(sent.text)
    apposed = _CROWD_OF_SUPPORTERS.search(sent.text)  # "The protesters, supporters of the RPP, had gathered ..."
    if event.event_type not in ("Protests", "Riots") or not (
            _PARTICIPATED.search(sent.text) or actor_lib.ORGANISED_BY.search(sent.text) or organised or apposed):
        return event
    orgs = _later_orgs(doc, i, event)
    # ("The protest had been called by the Leh Apex Body": its organiser, known or not)
    # ("The ABVV and ACV unions organised the action": the subject's groups)
    known = [o.name for o in orgs if o.known or actor_lib.ORGANISER_BEFORE.search(doc.text, max(sent.start, o.start - 30), o.start)
             or organised and o.end <= sent.start + organised.start()
             or apposed and sent.start + apposed.end() - 4 <= o.start <= sent.start + apposed.end() + 6]
    country = event.place.country if event.place else ""
    if country and _OFFICIALS.search(sent.text):
        # ACLED: elected officials who join or back a demonstration associate their government
        known.append(actor_lib.with_period(f"Government of {country}", country, event.event_date))
    nationals = _NATIONALS_TOOK_PART.match(sent.text)
    crowd = event.actor1.split(" (")[0] if event.actor1.startswith(("Protesters", "Rioters")) else ""
    if nationals is not None and crowd:
        # "Palestinians and Syrians also took part in the demonstration": ACLED associates the crowd of each
        # other nationality ('Rioters (Palestine); Rioters (Syria)')
        known += [f"{crowd} ({c})" for c in map(actor_lib.demonym_country, re.split(r",\s*|\s+and\s+", nationals.group(1)))
                  if c and c != country]
    assoc = _unique([a for a in event.assoc_actor_1.split("; ") if a] + known)
    assoc = _unique(assoc + actor_lib.implied_groups(known, country))
    if not known or "; ".join(assoc) == event.assoc_actor_1:
        return event
    return dataclasses.replace(event, assoc_actor_1="; ".join(assoc))


_PEOPLE_NAMED = r"(?:[A-Z][a-z]+s|Lebanese|Sudanese|Chinese|Congolese|Burmese)"  # "Syrians", "Lebanese"
_NATIONALS_TOOK_PART = re.compile(rf"^({_PEOPLE_NAMED}(?:(?:,\s*|,?\s+and\s+){_PEOPLE_NAMED})*)\s+(?:also\s+)?"
                                  r"(?:took part|participated|joined)\b")
_CROWD_OF_SUPPORTERS = re.compile(r"\b[Tt]he (?:protesters|demonstrators|marchers|crowd|rioters),? (?:mostly |mainly |largely |all )?"
                                  r"(?:supporters|members|activists|followers) of (?:the )?")
_ORGANISED_THE = re.compile(r"\b(?:organi[sz]ed|called|led|staged) (?:the|these|those|this|that) (?:[\w-]+ )?(?:action|protests?|strikes?|"
                            r"march(?:es)?|rall(?:y|ies)|demonstrations?|sit-ins?|blockades?)\b")
_PARTICIPATED = re.compile(r"\b(?:participated|took part|attended|(?:joined|supported) (?:the )?(?:protest|demonstration|"
                           r"rally|march|event|gathering)|participants (?:included|were)|among the participants)\b", re.I)
_OFFICIALS = re.compile(r"\b(?:MPs|mayors?|co-mayors?|deputies|parliamentarians|lawmakers|ministers?)\b")


def armed_doers(doc: Document, i: int, tokens: Sequence[Token], typing: Typing) -> Typing:
    """'Hundreds of gunmen on motorbikes stormed the base ... and set fire to several vehicles': armed
    men who burn or smash are no rioters (ACLED: a riot is by unarmed people); what they destroy
    is property destruction, and what else they do an attack."""
    if typing.event_type not in ("Protests", "Riots"):
        return typing
    subj = actor_lib.subject_span(tokens, i, typing.trigger)
    if subj is None or subj[0] >= typing.trigger.start:
        return typing
    phrase = _CLAUSE_AFTER_HEAD.split(doc.text[subj[0]:subj[1]], maxsplit=1)[0]
    generic = actor_lib.generic_actor(phrase, "", None)
    # ("Fighters of the Islamic State Sahel Province set fire to six trucks": a named armed group's men)
    named = [o for o in actor_lib.organisations(doc.sentences[i], doc.mentions, doc.text)
             if o.known and not o.partisan and subj[0] <= o.start < subj[0] + len(phrase) and not _CIVIL_BODY.search(o.name)]
    # ("Maoists set fire to seven vehicles ...": a rebel group by its own name, the whole subject)
    own_name = any(o.known and actor_lib.armed_organisation(o.name) and o.start - subj[0] <= 4
                   and len(phrase.rstrip()) <= o.end - subj[0] for o in actor_lib.organisations(
                       doc.sentences[i], doc.mentions, doc.text))
    if (generic is None or generic[1] != "armed") and not (
            (named and _FIGHTERS_OF.match(phrase) or own_name) and typing.event_type == "Riots"):
        return typing
    # ("attacked the town ..., setting fire to the police station": the attack, of which the fire was part)
    burnt = _DESTROYED.search(typing.trigger.text) and not _ASSAULTED.search(doc.sentences[i].text)
    sub = "Looting/property destruction" if burnt else "Attack"
    return dataclasses.replace(typing, sub_event_type=sub, event_type=event_type_of(sub))


_FIGHTERS_OF = re.compile(r"^(?:[\w-]+\s+)?(?:fighters|militants|gunmen|insurgents|jihadists|combatants)\s+of\b", re.I)
_DESTROYED = re.compile(r"fire|torch|burn|vandal|loot|smash|ablaze", re.I)
# (also "Islamist insurgents beheaded three villagers ... and set fire to several homes": the killing)
_ASSAULTED = re.compile(r"\b(?:attacked|stormed|raided|assaulted|overran|killed|beheaded|shot dead|hacked|massacred|"
                        r"murdered|executed)\b", re.I)


def protest_deaths(doc: Document, i: int, tokens: Sequence[Token], typing: Typing, story: Typing | None) -> Typing:
    """'Two students were killed in Dhaka and one in Rangpur' in a story of deadly protests: deaths
    of demonstrators told without a killer belong to the demonstration (its kind, its toll)."""
    if story is None or story.event_type not in ("Protests", "Riots") or typing.sub_event_type != "Attack":
        return typing
    sent = doc.sentences[i]
    victims = _KILLED_DEMONSTRATORS.search(sent.text)
    # ("Two people were shot dead in the town of Matuu": how they died, no armed men of its own)
    if victims is None or actor_lib.passive_agent(tokens, i, typing.trigger) is not None \
            or _armed(sent.text[:victims.start()] + " " + sent.text[victims.end():]):
        return typing
    sub = story.sub_event_type if story.event_type == "Riots" else "Excessive force against protesters"
    return dataclasses.replace(typing, sub_event_type=sub, event_type=event_type_of(sub))


# ("A human rights group said three people were killed in Nampula", in a story of protests: its people)
_KILLED_DEMONSTRATORS = re.compile(r"\b(?:protesters|demonstrators|students|marchers|rioters|people|persons)\s+(?:were|was|have been)\s+"
                                   r"(?:shot\s+)?(?:killed|shot dead)\b", re.I)


def force_on_crowd(doc: Document, i: int, typing: Typing) -> Typing:
    """'In Isfahan, security forces attacked the gathering and arrested four teachers': force used
    on a gathering is the protest's intervention (ACLED), not an attack on civilians."""
    sent = doc.sentences[i]
    if typing.sub_event_type in ("Protest with intervention", "Excessive force against protesters") \
            and (armed := _ARMED_ON_CROWD.match(doc.text, max(sent.start, doc.anchor.end if doc.anchor else 0), sent.end)) \
            is not None and not _STATE_FORCE_WORD.search(armed.group(0)):
        # "Armed pro-government groups on motorcycles fired at protesters": no state force intervened,
        # armed men attacked the crowd (ACLED: an attack, on protesters)
        start = armed.start("act")
        return dataclasses.replace(typing, sub_event_type="Attack", event_type=event_type_of("Attack"),
                                   trigger=Span(start, start + len(armed.group("act")), armed.group("act")))
    if typing.sub_event_type in ("Protest with intervention", "Excessive force against protesters") \
            and _AID_CROWD.search(sent.text) and not PROTEST_WORD.search(sent.text.lower()):
        # "Israeli troops opened fire on crowds heading to an aid distribution site": people seeking food,
        # no demonstration (ACLED: an attack on civilians)
        return dataclasses.replace(typing, sub_event_type="Attack", event_type=event_type_of("Attack"))
    if typing.sub_event_type == "Protest with intervention":
        # "police fired tear gas at thousands of transport workers ..., and a 32-year-old protester
        # died after being hit by a tear gas canister": the intervention killed, excessive force
        sent = doc.sentences[i]
        died = fatalities(sent.text, offset=sent.start)
        # (not "..., a day after a protester was shot dead in Omdurman": a death before the day told)
        if died is not None and _DEMONSTRATOR_DEAD.search(died.text) and not recalled(sent, died.start):
            return dataclasses.replace(typing, sub_event_type="Excessive force against protesters",
                                       event_type=event_type_of("Excessive force against protesters"))
        return typing
    if typing.sub_event_type != "Attack":
        return typing
    m = _FORCE_ON_CROWD.search(doc.sentences[i].text)
    if m is None:
        return typing
    start = doc.sentences[i].start + m.start(1)
    sub = "Protest with intervention"
    return dataclasses.replace(typing, sub_event_type=sub, event_type=event_type_of(sub),
                               trigger=Span(start, start + len(m.group(1)), m.group(1)))


_ARMED_ON_CROWD = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:gunmen|(?i:armed)\s+(?:[\w-]+\s+)?(?:men|groups?|civilians)|militiamen|"
                             r"colectivos|thugs|assailants|attackers|masked men)\b[^.;]{0,50}?"
                             r"\b(?P<act>fired (?:at|on)|opened fire on|attacked|shot at)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                             r"(?:protesters|demonstrators|marchers|crowds?)\b")
_STATE_FORCE_WORD = re.compile(rf"\b(?:{STATE_FORCE_WORDS})\b", re.I)
_AID_CROWD = re.compile(r"\b(?:crowds?|people|Palestinians|civilians)\b[^.;]{0,40}?\b(?:aid|food|flour|relief)\s+"
                        r"(?:distribution|delivery|convoy|trucks?|site|centre|center|point|hub)s?\b", re.I)
_DEMONSTRATOR_DEAD = re.compile(r"\b(?:protesters?|demonstrators?|marchers?|strikers?)\b", re.I)
_FORCE_ON_CROWD = re.compile(r"\b(?:police(?:men)?|security forces|security agents|riot police|troops|soldiers|officers)\b"
                             r"[^.;]{0,30}?\b(attacked|beat|assaulted|clubbed|charged|raided|stormed)\s+(?:the\s+|a\s+)?"
                             r"(?:[\w-]+\s+)?(?:gathering|rally|protest|protesters|demonstrators|demonstration|crowd|"
                             r"sit-in|march|marchers|vigil)\b", re.I)


def story_clashes(doc: Document, i: int, typing: Typing, story: Typing | None) -> Typing:
    """'In Chittagong, at least seven people died in clashes near the university', in a story of
    protesters clashing with police: the same kind of clashes, a riot, unless arms are named."""
    if story is None or story.event_type not in ("Protests", "Riots") or typing.event_type in ("Protests", "Riots"):
        return typing
    if not re.fullmatch(r"clash(?:es|ed)?", typing.trigger.text, re.I) or _armed(doc.sentences[i].text):
        return typing
    sub = "Violent demonstration"
    return dataclasses.replace(typing, sub_event_type=sub, event_type=event_type_of(sub))


def story_arrests(doc: Document, i: int, typing: Typing, story: Typing | None) -> Typing:
    """'In Paris, a convoy of 80 tractors reached the Place de la Concorde before police stopped
    it, and 12 farmers were detained', in a story of farmers protesting: the protest there, met by
    force (ACLED: protest with intervention), not arrests of their own."""
    if story is None or story.event_type != "Protests" or typing.sub_event_type != "Arrests":
        return typing
    sent = doc.sentences[i].text
    if not _PROTESTERS_HELD.search(sent) or _armed(sent):
        return typing
    sub = "Protest with intervention"
    return dataclasses.replace(typing, sub_event_type=sub, event_type=event_type_of(sub))


_PROTESTERS_HELD = re.compile(r"\b(?:protesters|demonstrators|marchers|activists|farmers|workers|students|strikers|"
                              r"teachers|truckers|drivers|retirees|pensioners)\s+(?:were|had been|have been)\s+"
                              r"(?:arrested|detained|held|taken into custody)\b|\b(?:arrested|detained)\s+(?:at least\s+)?"
                              r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several)\s+(?:of the\s+)?"
                              r"(?:protesters|demonstrators|marchers|activists|farmers|workers|students|strikers)\b", re.I)


_ARRESTED_AFTER_CLASHES = re.compile(r"\b(?:arrested|detained)\s+(?:[\w-]+\s+){0,3}?(?:supporters|protesters|demonstrators|"
                                     r"activists|students|youths|workers)\b[^.;]{0,80}?\b(?:after|following|during)\s+"
                                     r"(?:the\s+)?(clash(?:es)?)\b", re.I)


SET_ON_PROTESTERS = re.compile(r"\b(attacked|assaulted|set upon|stormed)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:protesters|"
                                r"demonstrators|marchers|sit-in|protest camp|protest tents|"
                                # ("attacked students who were blocking a road": people demonstrating)
                                r"(?:students|activists|farmers|workers|residents|people)\s+who\s+(?:were|had been)\s+"
                                r"(?:blocking|protesting|demonstrating|marching|rallying|staging))\b")


def crowd_clash(doc: Document, i: int, tokens: Sequence[Token], typing: Typing) -> Typing:
    """'dozens of Palestinian youths clashed with Israeli forces (during an arrest raid)': an
    unarmed crowd fighting security forces is a riot (ACLED: mob violence), whatever else the
    sentence tells, unless arms are used."""
    sent = doc.sentences[i]
    set_on = SET_ON_PROTESTERS.search(sent.text) if typing.event_type in ("Riots", "Protests") else None
    if set_on is not None and not (typing.event_type == "Protests" and set_on.group(1) == "stormed") and not _armed(sent.text):
        # "Dozens of supporters of Hezbollah and Amal on motorbikes attacked anti-government protesters":
        # a crowd that sets on demonstrators is a mob, whatever it burns (also one typed as the protest it
        # attacked: "Supporters of the ruling party attacked students who were blocking a road")
        cue = Span(sent.start + set_on.start(1), sent.start + set_on.end(1), set_on.group(1))
        subj = actor_lib.subject_span(tokens, i, cue)
        if subj is not None and subj[0] < cue.start and _CROWD.search(doc.text[subj[0]:cue.start]):
            return dataclasses.replace(typing, sub_event_type="Mob violence", event_type=event_type_of("Mob violence"), trigger=cue)
    if typing.event_type == "Protests":
        return _protesters_clashed(doc, i, tokens, typing)
    if typing.event_type == "Riots":
        return typing
    between = _CLASHES_BETWEEN.search(sent.text)
    if between is not None and not _armed(sent.text):
        # "Clashes between protesters and security forces in Juliaca left 17 dead": a riot ("between
        # villagers and police": a mob's, unless they were demonstrating or blocking a road)
        word = between.group(1) or between.group(3)
        cue = Span(sent.start + between.start(), sent.start + between.start() + len(word), word)
        sub = "Violent demonstration" if (between.group("crowd") or between.group("crowd2")).lower() in _DEMONSTRATORS \
            or _DEMONSTRATING.search(sent.text) or _STRIKING.search(sent.text) else "Mob violence"
        return dataclasses.replace(typing, sub_event_type=sub, event_type=event_type_of(sub), trigger=cue)
    partisans = _PARTISANS_CLASH.search(sent.text)
    if partisans is not None and not _armed(sent.text):
        # "a clash between supporters of BNP and Jamaat-e-Islami": party crowds fighting, mob violence
        g = 1 if partisans.group(1) else 2
        cue = Span(sent.start + partisans.start(g), sent.start + partisans.end(g), partisans.group(g))
        return dataclasses.replace(typing, sub_event_type="Mob violence", event_type=event_type_of("Mob violence"), trigger=cue)
    factions = _RIVAL_FACTIONS.search(sent.text) if typing.event_type == "Battles" and not _armed(sent.text) else None
    party = [o for o in actor_lib.organisations(sent, doc.mentions, doc.text) if factions and o.known
             and 0 <= o.start - (sent.start + factions.end()) <= 12 and actor_lib.is_party(o.name)]
    if party:
        # "two factions of the ruling Awami League clashed over control of a local market": a party's crowds
        # fighting each other, mob violence (no armed groups' battle)
        return dataclasses.replace(typing, sub_event_type="Mob violence", event_type=event_type_of("Mob violence"))
    arrested = _ARRESTED_AFTER_CLASHES.search(sent.text)
    if arrested is not None and not _armed(sent.text):
        # "Police ... arrested 45 supporters of jailed former prime minister Imran Khan after clashes in
        # Lahore": the crowd they arrested fought them, a violent demonstration
        cue = Span(sent.start + arrested.start(1), sent.start + arrested.end(1), arrested.group(1))
        return dataclasses.replace(typing, sub_event_type="Violent demonstration",
                                   event_type=event_type_of("Violent demonstration"), trigger=cue)
    police = _CLASHES_WITH_POLICE.search(sent.text)
    if police is not None and (_DEMONSTRATING.search(sent.text) or _STRIKING.search(sent.text)) \
            and not _armed(sent.text):
        # "miners blocked highways on the second day of a strike, and clashes with police in Chala
        # left 12 injured": the strikers' clashes, a violent demonstration
        cue = Span(sent.start + police.start(1), sent.start + police.end(1), police.group(1))
        return dataclasses.replace(typing, sub_event_type="Violent demonstration",
                                   event_type=event_type_of("Violent demonstration"), trigger=cue)
    if typing.event_type == "Battles" and _FORCE_MET_CROWD.search(sent.text) and not _armed(sent.text):
        # "police fired tear gas ... at thousands of supporters of jailed former Prime Minister Imran Khan ...,
        # and several police officers were injured in clashes": the crowd they met fought them
        return dataclasses.replace(typing, sub_event_type="Violent demonstration", event_type=event_type_of("Violent demonstration"))
    m = _CLASHED_WITH.search(sent.text)
    if m is None or _armed(sent.text):
        return typing
    cue = Span(sent.start + m.start(1), sent.start + m.end(1), m.group(1))
    subj = actor_lib.subject_span(tokens, i, cue)
    # up to the verb: the parse may leave the head noun out ("dozens of Hasidim (Haredi) [men]")
    if subj is None or subj[0] >= cue.start or not _CROWD.search(doc.text[subj[0]:cue.start].strip()):
        return typing
    # a crowd of demonstrators, or one at a rally, fighting the police is a violent demonstration
    # ("supporters of opposition leader Ousmane Sonko clashed with police ... Protesters threw stones")
    told = " ".join(s.text for s in doc.sentences[i:i + 3])
    # (a party's or a leader's supporters fighting the police are a political crowd: "where his supporters
    # fought running battles with police")
    partisan = re.search(r"\b(?:supporters|activists|followers|loyalists)\b", doc.text[subj[0]:cue.start], re.I)
    sub = "Violent demonstration" if partisan or _DEMONSTRATING.search(f"{doc.title}\n{told}") else "Mob violence"
    return dataclasses.replace(typing, sub_event_type=sub, event_type=event_type_of(sub), trigger=cue)


def _protesters_clashed(doc: Document, i: int, tokens: Sequence[Token], typing: Typing) -> Typing:
    """'students protesting against a quota rule clashed with activists of the ruling party's
    student wing': demonstrators who fought, unarmed, are a violent demonstration."""
    sent = doc.sentences[i]
    m = _CLASHED_WITH.search(sent.text)
    if m is None or _armed(sent.text):
        return typing
    cue = Span(sent.start + m.start(1), sent.start + m.end(1), m.group(1))
    subj = actor_lib.subject_span(tokens, i, cue)
    if subj is None or subj[0] >= cue.start:
        return typing
    head = _CLAUSE_AFTER_HEAD.split(doc.text[subj[0]:cue.start].strip(), maxsplit=1)[0].strip()
    # ("Hundreds of students protesting against job quotas clashed", parsed with "protesting ..." the
    # subject: the crowd the participle qualifies)
    crowd = _CROWD_PROTESTING.search(doc.text, max(sent.start, subj[0] - 60), subj[0]) \
        if _PROTESTING.match(doc.text, subj[0]) else None
    if not (_CROWD.search(head) or _DEMONSTRATOR_NOUN.search(head) or crowd):
        return typing
    return dataclasses.replace(typing, sub_event_type="Violent demonstration",
                               event_type=event_type_of("Violent demonstration"), trigger=cue)


_PROTESTING = re.compile(r"(?:protesting|demonstrating|marching|rallying)\b")
_CROWD_PROTESTING = re.compile(r"\b(?:students|workers|youths|residents|people|men|women|supporters|activists|farmers|teachers)\s+$")
_DEMONSTRATORS = ("protesters", "demonstrators", "rioters", "marchers", "students", "supporters", "activists")
_CLASHES_BETWEEN = re.compile(rf"\b(clash(?:es|ed)?) (?:broke out |erupted )?between (?:[\w-]+ ){{0,2}}?(?P<crowd>{_CROWD_NOUNS}) and "
                              r"(?:[\w-]+ )?(?:police|security forces|troops|soldiers|the army|riot police)\b|"
                              # ("Heavy clashes broke out between police and Palestinian protesters")
                              r"\b(clash(?:es|ed)?) (?:broke out |erupted )?between (?:the )?(?:riot )?(?:police|security forces|troops|soldiers) and "
                              rf"(?:[\w-]+ ){{0,2}}?(?P<crowd2>{_CROWD_NOUNS})\b", re.I)
_RIVAL_CROWDS = re.compile(r"\b(?:supporters|activists|followers|partisans|youths) of (?:the )?(?:two )?rival (?:candidates|parties|"
                           r"camps|politicians|clans|villages)\b|\brival (?:supporters|partisans|activists)\b")
_RIVAL_FACTIONS = re.compile(r"\b(?:rival|two|opposing) (?:factions|wings|groups) (?:with)?in (?:the )?|"
                             r"\b(?:rival|two|opposing) (?:factions|wings|groups) of (?:the )?")
_PARTISANS_CLASH = re.compile(r"\b(clash(?:es|ed)?|fighting) between (?:(?:[\w-]+ ){0,3}?(?:supporters|activists|followers|"
                              r"cadres|loyalists) of\b|(?:rival )?(?:[\w-]+ ){0,4}?(?:supporters|activists|followers|cadres|"
                              r"loyalists)\b)|"
                              # "supporters of the ruling SLPP and the opposition APC clashed"
                              # (not "supporters of Imran Khan who were marching ..., and several police officers were
                              # injured in clashes": the police the other side)
                              r"\b(?:supporters|activists|followers|cadres|loyalists) of [^.;]{2,100}?\band\b"
                              r"(?!\s+(?:(?:several|some|two|three|four|five|many|dozens of|\d+)\s+)?(?:riot\s+)?(?:police|security|"
                              r"officers|soldiers|troops|gendarmes))[^.;]{2,80}?\b"
                              r"(clash(?:ed|es)?|fought|fighting)\b", re.I)
_FORCE_MET_CROWD = re.compile(r"\b(?:police|policemen|security forces|troops|soldiers|gendarmes)\b[^.;]{0,40}?\b(?:fired|used|lobbed)\s+"
                              r"(?:tear ?gas|water cannons?|rubber bullets|pepper spray|stun grenades)\b[^.;]{0,60}?\b(?:at|on|against)\s+"
                              r"(?:[\w-]+\s+){0,3}?(?:protesters|demonstrators|supporters|marchers|crowds?|students|youths|workers)\b",
                              re.I)
_CLASHES_WITH_POLICE = re.compile(r"\b(clashes) with (?:the )?(?:riot )?(?:police|security forces|riot police|gendarmes|"
                                  r"troops|soldiers)\b", re.I)
_STRIKING = re.compile(r"\b(?:on strike|strikers?|strike against|general strike|blocked|blockades?)\b", re.I)
# (not what they fought with: "clashed with stones and machetes")
_CLASHED_WITH = re.compile(r"\b(clash(?:ed)?|fought(?: running)? battles|fought|battled)\s+with\b"
                           r"(?!\s+(?:stones|rocks|sticks|clubs|machetes|knives|iron bars|bricks|batons|bottles|"
                           r"petrol bombs|slingshots|catapults|axes|spears|bows|arrows)\b)", re.I)
_CLASHES_WITH = re.compile(r"\b(clashes)\s+with\b", re.I)
_CROWD = re.compile(r"^(?:(?:dozens|hundreds|scores|groups?|a group|crowds?|a crowd|a number|thousands) of\s+)?(?:[\w()-]+\s+){0,3}?"
                    r"(?:youths?|young men|men|residents|villagers|worshippers|protesters|demonstrators|rioters|"
                    r"students|locals|inhabitants|mob|crowds?|supporters|activists|followers|loyalists)$|"
                    r"^(?:[\w-]+\s+){0,2}(?:supporters|activists|followers|members|sympathi[sz]ers) of\b(?!.*\b(?:armed|militia|brigade|army|forces)\b)", re.I)
_BARE_OFFICERS = re.compile(r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?officers", re.I)
_POLICE_TELL = re.compile(r"\b[Pp]olice\s+(?:spokes(?:man|woman|person)|officials?|chief|commissioner|said|say)\b")
_OWN_FIGHTERS = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+)?(?:fighters|guerrillas|combatants|members|militants|rebels)$|"
                           r"^(?:the\s+)?(?:[\w-]+\s+)?resistance (?:forces|fighters)$", re.I)
_BACKED_BY = re.compile(r",?\s+(?:backed|supported|aided|assisted|joined|accompanied|helped) by\b|,?\s+(?:alongside|together with|"
                        r"along with|with the (?:help|support|backing) of)\b")
_VERB_FIRST = re.compile(r"[a-z]+ed\s+(?:the\s+|a\s+|an\s+)?[a-z]")
_CUT_AGENT = re.compile(r"\b(?:fired|launched|carried out|planted|led|strikes?|attacks?) by(?:\s+the)?(?:\s+[a-z-]+)?\s*$")
_OF_GROUP = re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}[A-Z]")
_DEMONSTRATING = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|marche[sd]?|marching|sit-in)\b", re.I)
_ARMS = re.compile(r"\b(?:gun|guns|gunfire|gunmen|armed|weapons?|rifles?|shot|shooting|opened fire|exchanged fire|"
                   r"grenades?|rpgs?|mortars?|militants?|fighters?|militias?|militiamen|tribesmen)\b", re.I)


def _armed(text: str) -> bool:
    """Words of arms or armed men, not inside a name ("the Economic Freedom Fighters")."""
    return any(not (m.group(0)[0].isupper() and re.search(r"[A-Z][\w'’-]*\s+$", text[max(0, m.start() - 30):m.start()]))
               for m in _ARMS.finditer(text))


UNKNOWN_AIR_FORCE = "Unidentified Military Forces"
_HELD_HARM = re.compile(r"\btortur|\bill[ -]treat", re.I)
_ARMED_WORDS = re.compile(r"\b(?:gangs?|cartels?|militants?|rebels?|insurgents?|militias?|gunmen|armed groups?|jihadists?|"
                          r"(?:drug )?traffickers|gangsters|bandits)\b", re.I)
_ARMED_KILLED = re.compile(r"\b(?:neutrali[sz]ed|killed|killing)[\"”’']?\s+(?:about |some |at least |over |more than )?"
                           r"(?:\d+|dozens of|scores of|[a-z]+)\s+(?:[\w-]+\s+)?(?:assailants|attackers|terrorists|jihadists|"
                           r"militants|insurgents|rebels|gunmen|fighters|gang members|gangsters|bandits)\b", re.I)


_NO_OBJECT_FIRE = re.compile(r"\s*(?:when|as|after|upon|on being|once|,|\.|$)", re.I)
_FORCES_SEARCHED = re.compile(r"\b(?:search|cordon|combing|cordon-and-search|security|counter-?insurgency|counter-?terrorism|"
                              r"military|police|joint) operations?\b|\bcordoned off\b|\bsurrounded\b|\bencircled\b", re.I)


def recode_by_sides(typing: Typing, actors: Actors, text: str, later: str = "", country: str = "") -> Typing:
    """ACLED codes some sub-types by who is involved: an attack on armed forces is an armed clash
    (an 'Attack' targets civilians), and territory taken in battle is 'Government regains
    territory' when a state's forces (or their units) take it in their own country, else 'Non-state
    actor overtakes territory' (ACLED: also a foreign state's forces)."""
    sub = typing.sub_event_type
    if sub == "Attack" and actors.actor1 and not actors.actor1.startswith("Civilians") and not _HELD_HARM.search(typing.trigger.text):
        # (not torture: "died under torture in one of regime prisons ... after his arrest on a checkpoint")
        target = _target_phrase(typing, text)
        civilian = _CIVILIAN_TARGET.search(target)
        armed = ARMED_TARGET.search(target)
        if armed and re.search(r"\bby\s+(?:an?\s+|the\s+)?(?:[\w()-]+\s+){0,4}$", target[:armed.start()]):
            armed = None  # "killed by unknown militants": the doers, not the target
        if armed and _FORMER_BEFORE.search(target, max(0, armed.start() - 12), armed.start()):
            armed = None  # "a former army officer": no longer of the force
        if civilian and armed and 0 <= armed.start() - civilian.end() <= 12 and not re.search(
                r"\b(?:at|in|on|near|of|from|by|to|and|with)\b", target[civilian.end():armed.start()]):
            civilian = None  # "a civilian police patrol": the word describes an armed target
        if (armed and (not civilian or armed.start() < civilian.start())) or (
                not civilian and (actors.actor2.startswith(_ARMED) or actor_lib.armed_organisation(actors.actor2)
                                  and _GROUP_MEMBER.search(target))) \
                or _armed_victims_before(typing, text) \
                or (actor_lib.armed_organisation(actors.actor2)
                    and _MEMBER_HIT.search(text, 0, max(0, text.find(typing.trigger.text)))) \
                or (actors.actor1.startswith(STATE_PREFIXES) and _ARMED_KILLED.search(text)) \
                or (actors.actor1.startswith(STATE_PREFIXES) and actors.actor2 and _FORCE_OPERATION.search(text)
                    and _ARMED_WORDS.search(text)) \
                or (not civilian and not actors.actor1.startswith(STATE_PREFIXES) and _NO_OBJECT_FIRE.match(target)
                    and typing.trigger.text.lower() == "opened fire" and _FORCES_SEARCHED.search(text)):
            # ("Troops and police launched a search operation ... militants, who opened fire when surrounded":
            # they fired on the forces that came for them)
            # ("a police operation against the Comando Vermelho drug gang": a fight with an armed group)
            # ("gunmen shot and killed a member of the SDF": ACLED codes the killing of a fighter a clash)
            # ("the army 'neutralised' about 20 assailants in the counter-attack": a fight with armed men)
            sub = "Armed clash"
    if sub == "Armed clash" and actors.actor2.startswith("Civilians") and actors.actor1 \
            and not actors.actor1.startswith(("Civilians", "Protesters", "Rioters")) and (
                not actors.actor1.startswith("Unidentified Armed Group") or not FIGHT_WORD.search(typing.trigger.text)):
        # "TPNPB members shot dead two gold miners", "unknown gunmen opened fire on their car", typed a
        # clash by the model: armed men against civilians attack them (an unidentified group's told
        # "clash" with civilians is left as told)
        sub = "Attack"
    if sub == "Attack" and actors.actor1.startswith("Unidentified Communal Militia"):
        sub = "Armed clash"  # "Clashes between herders and farmers ... killed at least 20": communities fought
    if sub == "Arrests" and actors.actor1 and not actors.actor1.startswith(STATE_PREFIXES + _NOT_ARMED) \
            and not _WITH_STATE_FORCES.search(text[:max(0, text.find(typing.trigger.text))]):
        # "HTS security forces arrested the head of a camp": ACLED codes detention by an armed group
        # that is no state force as an abduction (not "Wagner Group and Malian soldiers detained")
        sub = "Abduction/forced disappearance"
    if sub == "Armed clash" and (actors.actor1.startswith("Rioters") or actors.actor2.startswith("Rioters")) \
            and (actors.actor1.startswith(STATE_PREFIXES) or actors.actor2.startswith(STATE_PREFIXES)):
        # "Police came under attack from youths throwing petrol bombs": a riot met by the police, no battle
        sub = "Violent demonstration"
    if sub == "Looting/property destruction" and actors.actor1.startswith("Rioters"):
        sub = "Violent demonstration"  # ACLED: destruction by rioters is a riot, not a strategic development
    if typing.event_type == "Riots" and actors.actor1.startswith("Settlers") and actors.actor2.startswith("Civilians"):
        sub = "Attack"  # "Israeli settlers attacked Palestinian farmers ... with clubs and stones": settlers' violence on civilians
    elif sub == "Violent demonstration" and actors.assoc_actor_1.startswith("Settlers") and not DEMONSTRATION_WORD.search(text.lower()):
        sub = "Mob violence"  # "settlers threw stones at Palestinian vehicles": a mob's violence, no demonstration
    if sub == "Attack" and actors.actor1.startswith("Rioters"):
        sub = "Mob violence"  # "a Syrian refugee was stabbed to death by a group of Lebanese youths": a mob's violence
    if _HELD_NOT.search(f"{text} {later}"):
        # "overran a military base ... The militants seized weapons and vehicles before withdrawing": a
        # raid, not territory taken (ACLED: an armed clash), whether the cue or the sides said taken
        sub = "Armed clash" if sub == "Non-state actor overtakes territory" else sub
    elif typing.event_type == "Battles" and _TERRITORY.search(text):
        state = actor_lib.home_state(actors.actor1) if actors.actor1.startswith(STATE_PREFIXES) else None
        sub = "Government regains territory" if state and (not country or state == country) \
            else "Non-state actor overtakes territory"
    elif sub == "Non-state actor overtakes territory" and country \
            and actor_lib.home_state(actors.actor1) == country and actors.actor1.startswith(STATE_PREFIXES):
        # "government forces captured two rebel-held villages": the state's own forces at home regain it
        sub = "Government regains territory"
    if sub == typing.sub_event_type:
        return typing
    return dataclasses.replace(typing, sub_event_type=sub, event_type=event_type_of(sub))


# ("60 nautical miles west of Yemen's port city of Hodeidah": a place of the country, not its forces)
_PLACE_OF_COUNTRY = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:city|port|capital|province|region|state|district|town|"
                               r"village|coast|border|waters|north|south|east|west)\b", re.I)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|across|throughout|inside|within)\s+(?:the\s+)?(?:(?:north|south|east|west|central|"
                              r"northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"
                              r"south-?western)\s+)?$", re.I)


def _states_in(doc: Document, i: int, subj: tuple[int, int] | None, on: date | None) -> list[tuple[str, Span]]:
    """Countries that are the subject of an event ("Turkey and Russia conducted ..."), as ACLED's
    state forces of each."""
    if subj is None:
        return []
    out = []
    for p in doc.places:
        if p.mention.sent == i and p.feature == "country" and subj[0] <= p.mention.start and p.mention.end <= subj[1] \
                and not heading_at(doc.text, p.mention.start, p.mention.end) \
                and not _LOCATIVE_BEFORE.search(doc.text, max(0, p.mention.start - 30), p.mention.start) \
                and not _PLACE_OF_COUNTRY.match(doc.text, p.mention.end):
            # (not a bulletin's "- Somalia: On 3 May, ...", nor where: "Fighting ... inside the prison in southern Ecuador")
            name = actor_lib.with_period(f"Military Forces of {p.country}", p.country, on)
            out.append((name, Span(p.mention.start, p.mention.end, p.mention.text)))
    return out


_PROPERTY = (r"(?:houses?|homes?|residential (?:structures?|buildings?)|(?:agricultural |residential )?structures?|shops?|"
             r"stores?|tents?|shelters?|farms?|farmland|lands?|olive trees|trees|crops|wells?|water tanks?|barns?|sheds?|"
             r"livestock|cars|vehicles)")
_PEOPLES_PROPERTY = re.compile(rf"^\s*(?:[\w'’-]+\s+){{0,3}}?{_PROPERTY}\b", re.I)
_PROPERTY_IN_CUE = re.compile(rf"\b{_PROPERTY}$", re.I)  # "set fire to agricultural land": the cue names it
_STATE_PROPERTY = re.compile(r"\b(?:military|army|police|government|regime|state|public|municipal)\b", re.I)


# ("stormed the town of Mirebalais, freeing more than 500 inmates from the prison": those set free were
# no target)
_FREED = re.compile(r"\b(?:freeing|freed|releasing|released|liberating|liberated|setting free|set free)\s+"
                    r"(?:more than |at least |about |around |some |nearly |over |all )?(?:[\w,-]+\s+){0,2}?"
                    r"(?:inmates|prisoners|detainees)\b", re.I)


def _victim(doc: Document, i: int, tokens: Sequence[Token], typing: Typing, country: str, default: str = "",
            on: date | None = None, actor1: str = "", orgs: Sequence = (), after: int | None = None,
            lead: str = "") -> str:
    return _target(doc, i, tokens, typing, country, default, on, actor1, orgs, after, lead)[0]


def _target(doc: Document, i: int, tokens: Sequence[Token], typing: Typing, country: str, default: str = "",
            on: date | None = None, actor1: str = "", orgs: Sequence = (), after: int | None = None,
            lead: str = "") -> tuple[str, str]:
    """The target and the words that named it: a passive subject ("four civilians were killed",
    "5 PKK militants were killed": the group it names), else what follows the trigger."""
    sent = doc.sentences[i]
    for a, b in actor_lib.passive_subjects(tokens, i):
        named = [o for o in orgs if a <= o.start and o.end <= b and o.name != actor1]
        if named:
            return named[0].name, doc.text[a:b]
    phrases = [doc.text[a:b] for a, b in [*actor_lib.passive_subjects(tokens, i), *actor_lib.relative_patients(tokens, i)]]
    # (not the weapon: "A drone was used to drop explosives on houses")
    phrases = [p for p in phrases if not _WEAPON_ONLY.fullmatch(p.strip())]
    # "documented the death of four members of government forces ... in an ambush": whose death it was
    phrases += [m.group(1) for m in _DEATH_OF.finditer(sent.text, 0, typing.trigger.start - sent.start)]
    # "its fighters had killed seven Turkish soldiers in clashes": whom the fighting killed, told before it
    killed_in = _KILLED_IN.search(sent.text, 0, typing.trigger.start - sent.start) if typing.event_type == "Battles" else None
    phrases += [killed_in.group(1)] if killed_in else []
    if typing.event_type == "Battles" and _ALSO_KILLED_IN.search(sent.text, 0, typing.trigger.start - sent.start):
        # "Militants attacked a military post, killing four soldiers, the army said, adding that three
        # attackers were also killed in the exchange of fire": the fight's other dead, told before
        phrases += [m.group(1) for m in _KILLING_THEM.finditer(sent.text, 0, typing.trigger.start - sent.start)]
    # (not who tells of it: "..., police said, with some of the shells landing in ...")
    # (nor the force that came later: "... threatening staff before police arrived and arrested 13 of them")
    # (nor the doers of the sentence's next act: "..., and tribal fighters attacked the village")
    # (within this sentence: a cue inherited from the story's first sentence is no start here)
    begin = max(sent.start, typing.trigger.end if after is None else after)
    if any(o.end == begin for o in orgs) and (rest := _GROUP_NOUN.match(doc.text, begin)):
        begin = rest.end()  # "a landmine planted by Houthi| forces exploded": the group's noun, not a target
    # (nor the teller named after "said": "..., said Babakura Kolo, a leader of the anti-jihadist militia")
    # (nor what came before it: "..., a day after a farmer was found dead there")
    told = _EARLIER_AFTER.split(_TELLER_AFTER.split(doc.text[begin:act_end(sent, typing)], 1)[0], 1)[0]
    # (not the escort of the people's convoy hit: "a convoy of passenger vehicles travelling under police
    # escort"; but "a fuel convoy escorted by the army" is the army's)
    target = _FREED.sub(" ", _RESPONDERS.split(TELLING.sub(" ", told), 1)[0][:200])
    phrases.append(_ESCORTED.sub(" ", target) if _PASSENGERS.search(target) else target)
    # ("fired mortars at Armenian positions near Jermuk": the forces of the nation whose positions they are)
    forces = (_NATIONS_ASSAULTS.match(phrases[-1]) if typing.event_type == "Battles" else None) or (
        _NATIONS_SITES.match(phrases[-1]) if typing.event_type in ("Battles", "Explosions/Remote violence") else None)
    nation = forces and actor_lib.demonym_country(forces.group(1))
    if nation and not actor1.startswith(f"Military Forces of {nation}"):
        # "repelled 14 Russian assaults near Kupiansk": the forces of the nation that assaulted
        return actor_lib.with_period(f"Military Forces of {nation}", nation, on), phrases[-1]
    people = _PEOPLE_COUNTED.search(phrases[-1]) or _PEOPLE_FIRED_ON.match(phrases[-1]) or _FOREIGN_NATIONALS.match(phrases[-1])
    nation = people and actor_lib.demonym_country(people.group(1))
    if nation and actor1 != f"Civilians ({nation})":
        # "killed at least 25 Palestinians", "strikes on Rafah killed at least 67 Palestinians": a
        # people counted as victims are its civilians
        return f"Civilians ({nation})", phrases[-1]
    owned = _PEOPLES_PROPERTY.match(phrases[-1]) or _PROPERTY_IN_CUE.search(typing.trigger.text) \
        if typing.sub_event_type == "Looting/property destruction" else None
    if owned and actor1 and not _STATE_PROPERTY.search(owned.group(0)) and not actor1.startswith(("Rioters", "Protesters")):
        # "demolished two residential structures in Masafer Yatta": people's homes and land, its civilians
        owner = actor_lib.demonym_country(owned.group(0)) or country
        if actor1 != f"Civilians ({owner})":
            return f"Civilians ({owner})", phrases[-1]
    hosted = _HOSTS_FORCES.search(phrases[-1])
    force = actor_lib.national_actor(hosted.group("who"), country, on) if hosted else None
    if force is not None and force[1] == "state" and force[0] != actor1:
        # "Two rockets struck the Ain al-Asad air base ..., which hosts U.S. troops": the forces it hosts
        return force[0], hosted.group("who")
    if _ATTACKED.match(lead) and _WITH_MEANS.search(doc.text, max(sent.start, typing.trigger.start - 20), typing.trigger.start):
        # "attacked an African Union base in Bulo Marer ... with car bombs and gunfire, killing at least six
        # soldiers": what was attacked with the weapon the event is typed by (a foreign force's by its
        # nationality: "attacked a Turkish military base in Batifa area (Zakho, Duhok) with rockets")
        generic = actor_lib.generic_actor(lead, _actor_nationality(lead) or country, on, earliest=True)
        if generic and generic[0] != actor1 and generic[1] == "state":
            return generic[0], lead
    for n, phrase in enumerate(phrases):
        # after the trigger, the target comes first ("shelled rebel positions ..., a military spokesman said")
        # (the nationality before where: not "police reservists in Kenya's Mandera county near the Somali border")
        # (in the target's own clause: not "a convoy of African Union troops ..., wounding two Djiboutian soldiers")
        nationality = _actor_nationality(phrase.split(",")[0])
        at = sent.text.find(phrase)
        if nationality is None and at > 0 and _ITS_FORCES.search(phrase):
            # "The Israeli military said ... after two of its soldiers were killed by militants": the
            # speaker's soldiers
            nationality = actor_lib.demonym_country(sent.text[:at])
        # ("pounded Kyiv with missiles and drones overnight, killing at least 12 people": the weapons are no target)
        probe = _WEAPONS_USED.sub(" ", phrase)
        for o in orgs:  # ("a shepherd who had been abducted by IS militants": the doer's men are no target)
            if o.name == actor1 and o.text in probe:
                probe = re.sub(re.escape(o.text) + _GROUP_NOUN.pattern, " ", probe, flags=re.I)
        if _FORMER_FORCE.match(probe.strip()) and typing.event_type != "Battles" or _OFF_DUTY.match(probe.strip()):
            # "shot dead a former army officer": a man who has left the force is a civilian (ACLED); so one
            # off duty ("attacked the house of an off duty border police officer")
            return f"Civilians ({nationality or country})", phrase
        # ("air strikes on the town after its troops withdrew, killing at least eight civilians": the civilians)
        # (in a battle the other side is armed: a civilian hit by the way is no side)
        generic = actor_lib.generic_actor(probe, nationality or country, on, earliest=n == len(phrases) - 1,
                                          other_than=actor1 if typing.event_type != "Battles" else "")
        if generic and generic[0].startswith("Protesters") and _MOURNERS.search(phrase):
            generic = (f"Civilians ({nationality or country})", "civilians")  # "attacked mourners at a funeral"
        if generic and generic[0] != actor1:
            return generic[0], phrase
    # "forced nine men off and shot them dead": the pronoun's people, named before the cue
    pronoun = _PRONOUN_TARGET.match(doc.text, typing.trigger.end, sent.end) is not None
    generic = actor_lib.generic_actor(lead, _actor_nationality(lead) or country, on, earliest=True) \
        if _ATTACKED.match(lead) or pronoun else None
    if generic and generic[0] != actor1:
        return generic[0], lead
    if typing.event_type == "Violence against civilians" and (not default or default.startswith("Civilians")) and country \
            and phrases and actor_lib.victim_groups(phrases[-1], country):
        # "Gunmen killed three refugees": no generic actor named, but a group of civilians
        return default or f"Civilians ({country})", phrases[-1]
    return default, ""


# "the UN mission in Hodeidah (UNMHA) reported 22 ceasefire violations ..., including artillery shelling":
# who counted the acts, not who did them
_TALLIED = re.compile(r"[^.;]{0,40}?\b(?:reported|recorded|documented|registered|counted|monitored)\s+(?:at least\s+)?\d+\s+")
_IN_CUSTODY = re.compile(r"\b(?:in|inside)\s+(?:a|an|the|one of(?: the)?)\s+(?P<holder>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
                         r"(?:branch|branches|prisons?|jails?|detention (?:centres?|centers?|facilit(?:y|ies))|custody)\b|"
                         r"\bin\s+(?P<holder2>police|army|military|regime|government|state)\s+custody\b", re.I)
_GROUP_NOUN = re.compile(rf"\s+(?:forces|troops|members|{_ARMED_MEN})\b", re.I)
_NATIONS_SITES = re.compile(r"^\s*(?:at|on|against|targeting)\s+(?:the\s+)?([A-Z][a-z]+)\s+(?:military\s+|army\s+|border\s+)?"
                            r"(?:positions|posts|outposts|trenches|fortifications)\b")
_NATIONS_ASSAULTS = re.compile(r"^\s*(?:at least |more than |about |some |several |dozens of |\d+ |[a-z]+ )?(?:of )?(?:the )?"
                               r"([A-Z][a-z]+)\s+(?:[\w-]+\s+)?(?:assaults|attacks|offensives?|attempts|advances|raids|"
                               r"incursions|counter-?attacks)\b")
_FIRED_AT = re.compile(r"fired\s+(?:[\w-]+\s+){0,5}?(?=(?:at|on|towards)\s)", re.I)
_ALSO_KILLED_IN = re.compile(r"\b(?:were|was)\s+also\s+(?:killed|wounded|injured)\s+(?:in|during)\s+the\s+(?:ensuing\s+)?$")
_KILLING_THEM = re.compile(r"\b(?:killing|wounding)\s+((?:at least\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=,)")
_KILLED_IN = re.compile(r"\b(?:killed|killing|wounded|wounding)\s+((?:[\w'’-]+\s+){1,4}?)(?:in|during)\s+(?:the\s+|a\s+)?$")
_DEATH_OF = re.compile(r"\b(?:death|deaths|killing|killings|murder) of ([^,;]{3,80}?)(?=,|;| in\b| on\b| by\b|$)")
_MOURNERS = re.compile(r"\bmourners\b", re.I)
_WEAPON_ONLY = re.compile(r"(?:an?|the|another|one|two|three|several|\d+)?\s*(?:[\w-]+\s+){0,2}?(?:drones?|missiles?|rockets?|"
                          r"shells?|bombs?|grenades?|mortars?|explosives?|mines?|projectiles?)", re.I)
_ITS_FORCES = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:soldiers|troops|forces|officers|personnel|servicemen|policemen)\b")
_ALIGNED_BEFORE = re.compile(r"\b(?:aligned|allied|affiliated|loyal) (?:with|to)\s+(?:the\s+)?$")
_STATE_OFFICIALS = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w-]+['’]s\s+|[A-Z][a-z]+\s+)?(?:interim\s+|military\s+|federal\s+|"
                              r"transitional\s+)?(?:president|prime minister|premier|cabinet|interior minister|"
                              r"interior ministry|authorities|council of ministers)(?:\s+[A-Z][\w-]+){0,3}")
_THE_GOVERNMENT = re.compile(r"(?:[Tt]he\s+)?(?:interim\s+|military\s+|federal\s+|central\s+|national\s+|transitional\s+)?government", re.I)
_OCCASION = re.compile(r"\b(?:Day|Week|Festival|Conference|Summit|Election|Games|Cup)\b")


def _actor_nationality(phrase: str) -> str | None:
    """The nationality of the people or force a phrase names: the demonym right before them
    ("at Israeli troops east of Rafah"), not one of a place further on ("police reservists in
    Kenya's Mandera county near the Somali border")."""
    pattern, table = actor_lib.demonyms()
    for m in pattern.finditer(phrase):
        if actor_lib.generic_actor(phrase[m.end():m.end() + 30].split(",")[0], ""):
            return table[m.group(1)]
    return None
_PRONOUN_TARGET = re.compile(r"\s+(?:(?:\d+|[a-z]+)\s+of\s+)?(?:them|him|her)\b")  # ("killed four of them")
_RESPONDERS = re.compile(r"\b(?:before|until|after|when)\s+(?:the\s+)?(?:police|security forces|troops|soldiers|the army|"
                         r"firefighters|rescuers)\b", re.I)
_EARLIER_AFTER = re.compile(r",\s+(?:(?:a|one|two|three|four|five|several)\s+(?:days?|hours?|weeks?)\s+)?(?:after|since)\b")
_ESCORTED = re.compile(r"\b(?:(?:travell?ing|moving|driving)\s+)?(?:under\s+(?:an?\s+)?(?:[\w-]+\s+)?escort|"
                       r"escorted\s+by\s+(?:the\s+)?[\w-]+(?:\s+(?:forces|officers|troops|personnel))?)\b", re.I)
_PASSENGERS = re.compile(r"\b(?:passengers?|passenger vehicles|buses|civilians|travell?ers|pilgrims|commuters|families)\b", re.I)
# (also who blames: "..., in attacks the army blamed on the paramilitary Rapid Support Forces")
_TELLER_AFTER = re.compile(r",\s+(?:said|says|according to|reported|added|told)\b|"
                           r",\s+(?:in\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:that|which\s+)?(?:the\s+)?(?:[\w-]+\s+)?"
                           r"(?:army|military|government|police|authorities|officials|ministry)\s+(?:blamed|blames)\b")
TELLING = re.compile(r",\s+(?:[\w'’-]+\s+){0,6}(?:said|says|told [\w-]+|reported|added)\b,?")
_PEOPLE_COUNTED = re.compile(r"(?:^\s*|\b(?:killed|killing|kills|wounded|wounding|injured|injuring)\s+)(?:at least |more than |"
                             r"about |some |nearly |over )?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
                             r"dozens of|scores of|hundreds of)\s+([A-Z][a-z]+s)\b")
# "kidnapped two Emirati nationals and an Iranian": foreigners, by their nationality
# ("The militants withdrew hours later after seizing weapons and vehicles": likewise)
_HELD_NOT = re.compile(r"\b(?:before|then|later|and) (?:withdrawing|withdrew|retreating|retreated|pulling out|pulled out|"
                       r"leaving the (?:base|town|village|area))\b|"
                       r"\b(?:militants|fighters|rebels|attackers|insurgents|gunmen|they) (?:later )?(?:withdrew|retreated|pulled out)"
                       r"\b[^.;]{0,40}?\bafter (?:seizing|looting|taking|stealing|burning|destroying)\b", re.I)
FIGHT_WORD = re.compile(r"clash|fight|battle|exchange", re.I)
_ARMED_SUBJECT = re.compile(r"\b(?:fighters|forces|troops|soldiers|militiamen|militia|gunmen|members|police|guards)\b", re.I)
# people named by their nation ("two Emirati nationals", "a 17-year-old Syrian refugee")
_NATIONALS_NOUN = (r"(?:[\d]+-year-old\s+)?([A-Z][a-z]+)\s+(?:nationals?|citizens?|tourists?|engineers?|workers?|aid workers|"
                   r"journalists|pilgrims|migrants?|refugees?|asylum seekers|labou?rers?|students?)\b")
# ("shot and killed 2 Ethiopian migrants attempting to cross the border": migrants of their nation)
_FOREIGN_NATIONALS = re.compile(r"^\s*(?:and\s+(?:killed|killing|wounded|wounding|injured|injuring)\s+)?"
                                r"(?:at least |more than |about |some )?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|"
                                rf"ten|an?|several|dozens of)\s+{_NATIONALS_NOUN}")
# one of them anywhere in a sentence, for victims no role noun names
FOREIGN_VICTIM = re.compile(rf"\b(?:an?|one|the)\s+{_NATIONALS_NOUN}")
# "opened fire on Palestinians heading to an aid site": a people fired on
_PEOPLE_FIRED_ON = re.compile(r"^\s*(?:on|at|upon)\s+(?:(?:a\s+)?crowds?\s+of\s+)?([A-Z][a-z]+s)\b")
# whom an operation was against, after _FORCE_OPERATION ("... raid against| drug traffickers in the ... favela")
_WHOM = re.compile(r"(?:the\s+)?(?P<who>[^,;.]{3,60}?)(?=\s+(?:in|on|at|near|during|outside)\b|[,;.]|$)")
_HOSTS_FORCES = re.compile(r"\b(?:which|that)\s+(?:hosts|houses|hosted|housed)\s+(?P<who>(?:[\w.-]+\s+){0,2}?"
                           r"(?:troops|forces|soldiers|personnel|military personnel))\b")
_WEAPON_WORDS = r"(?:missiles|drones|rockets|shells|bombs|artillery|warplanes|jets|helicopters|tanks)"
# (also the cue's own weapons' tail: "missiles| and drones overnight")
_WEAPONS_USED = re.compile(rf"(?:\b(?:with|using)|^\s*(?:and|or))\s+(?:[\w-]+\s+){{0,2}}?{_WEAPON_WORDS}(?:,?\s+(?:and|or)\s+(?:[\w-]+\s+){{0,2}}?{_WEAPON_WORDS})?\b",
                           re.I)
_FOUND_DEAD = re.compile(r"\s+(?:was|were|had been|has been)\s+found\s+")
_FLED_BEFORE = re.compile(r"(?P<head>(?:[A-Z][a-z]+\s+)?(?:soldiers|troops|police(?:men)?|officers|fighters|militiamen|rebels|"
                          r"gunmen|militants|forces))\s+(?:fleeing|escaping|retreating from|pursuing|chasing)\s+"
                          r"(?:the\s+)?(?:[\w-]+\s+(?:of|by)\s+)?$")
_WITH_MEANS = re.compile(r"\b(?:with|using)\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w-]+\s+)?$")
_ATTACKED = re.compile(r"^\s*(?:\w+\s+)?(?:attacked|raided|stormed|ambushed|targeted|assaulted|overran|killed|shot dead|"
                       r"wounded)\s", re.I)


def _unique(names) -> list[str]:
    seen: list[str] = []
    for name in names:
        if name not in seen:
            seen.append(name)
    return seen
