"""The events of one article made one per place and kind: a demonstration coded twice at one
place keeps its most severe coding, and country- or province-wide summaries yield to the precise
events they sum up (the events stage's last step)."""
from __future__ import annotations

import dataclasses
import re

from ..actors import named_groups
from ..gazetteer_build import fold
from ..model import Document, Event, Rejection
from ..numbers import attackers_count
from . import event_parts as parts
from .place_support import NAMED_PLACE_OF


_ACROSS = re.compile(r"\b(?:across|throughout|all over|around)\s+(?:the\s+)?(?:[\w-]+\s+)?$|"
                     # "in eight cities of Iran's Kurdistan, West Azerbaijan and Kermanshah provinces"
                     r"\b(?:cities|towns|villages|districts|areas|parts)\s+(?:of|in)\s+(?:[\w'’-]+,?\s+(?:and\s+)?){0,6}$", re.I)


def _across(event: Event) -> bool:
    """The event's place is named as the area a summary spreads over ("across Punjab"), or as one of the
    regions a bulletin of violence lists ("Hits were recorded in the Kharkiv, Sumy and Odesa regions")."""
    sent, where = event.evidence_for("sentence"), event.evidence_for("location")
    return bool(sent and where and (_ACROSS.search(sent.text[max(0, where.start - sent.start - 80):where.start - sent.start])
                                    or event.event_type in _VIOLENT and _REGIONS_LISTED.match(sent.text, where.end - sent.start)))


_REGIONS_LISTED = re.compile(r"(?:(?:,|,?\s+and)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*\s+(?:regions|provinces|oblasts|governorates|states)\b")


# "in two attacks", "in a series of raids": a sentence that counts the events it sums up
_COUNTED = re.compile(r"\bin (?:two|three|four|five|six|several|multiple|separate|a series of|a string of|a spate of|a wave of|\d+)"
                      r"\s+(?:separate\s+|coordinated\s+|different\s+)?(?:attacks|raids|assaults|ambushes|incidents|strikes|"
                      r"air ?strikes|bombings|clashes)\b", re.I)


def _counted(event: Event) -> bool:
    sent = event.evidence_for("sentence")
    return bool(sent and _COUNTED.search(sent.text))


def _family(event: Event) -> str:
    if event.event_type == "Strategic developments":
        return event.sub_event_type  # a deployment is no part of the looting before it
    return "demonstration" if event.event_type in ("Protests", "Riots") else event.event_type


_VIOLENT = ("Battles", "Violence against civilians", "Explosions/Remote violence")


def _unknown_town(doc: Document, event: Event) -> bool:
    """The country stands for a town its sentence names that the gazetteer lacks ("in the southern
    Lebanese town of Kfar Roummane"): an event of its own, no summary of the others."""
    sent = event.evidence_for("sentence")
    return sent is not None and any(
        not p.resolved and sent.start <= p.mention.start < sent.end
        and NAMED_PLACE_OF.search(doc.text, max(sent.start, p.mention.start - 20), p.mention.start) for p in doc.places)




def _battle_there(seen: dict, fire: Event) -> tuple | None:
    """The key of the battle at the same place and day that shelling by no named side, against no
    named target, was part of."""
    if fire.sub_event_type != "Shelling/artillery/missile attack" or fire.actor2 \
            or not (not fire.actor1 or fire.actor1.startswith("Unidentified Armed Group")):
        return None
    return next((k for k, e in seen.items() if e.event_type == "Battles" and e.place.geonameid == fire.place.geonameid
                 and e.event_date == fire.event_date), None)


def _told_as_clash(seen: dict, attack: Event) -> tuple | None:
    """The key of the clash at the same place and day, by the same state force and with the same dead,
    that an attack on civilians tells from the other side ("Israeli troops killed three Palestinians during a
    raid ... The Israeli military said its forces had exchanged fire with gunmen and killed 'three terrorists'")."""
    if attack.sub_event_type != "Attack" or not attack.fatalities or not attack.actor1.startswith(("Military Forces", "Police Forces")):
        return None
    return next((k for k, e in seen.items() if e.sub_event_type == "Armed clash"
                 and e.place.geonameid == attack.place.geonameid and e.event_date == attack.event_date
                 and e.actor1 == attack.actor1 and e.fatalities == attack.fatalities), None)


def _told_as_weapon(seen: dict, attack: Event) -> tuple | None:
    """The key of the strike or shelling at the same place and day, by the same side and with the
    same dead, that an attack (typed by its toll alone) tells again."""
    if attack.sub_event_type != "Attack" or not attack.fatalities or not attack.actor1:
        return None
    return next((k for k, e in seen.items() if e.event_type == "Explosions/Remote violence"
                 and e.place.geonameid == attack.place.geonameid and e.event_date == attack.event_date
                 and e.actor1 == attack.actor1 and e.fatalities == attack.fatalities), None)


def _raid_key(seen: dict, looting: Event) -> tuple | None:
    """The key of the violent event that houses burnt or shops looted at its place and day were
    part of ("beheaded four civilians in a raid on ..., burned at least 30 houses"): ACLED codes
    the raid once, as its most violent act."""
    if looting.sub_event_type != "Looting/property destruction" or _ELSEWHERE_NEARBY.search(_sentence_of(looting)):
        return None  # (not "also set fire to a government school in the nearby village of Bamessing": another site)
    return next((k for k, e in seen.items() if e.event_type in _VIOLENT
                 and e.place.geonameid == looting.place.geonameid and e.event_date == looting.event_date
                 and (e.actor1 == looting.actor1 or not looting.actor1 or looting.actor1.startswith("Unidentified"))), None)


def _other_crowd(doc: Document, first: Event, event: Event) -> bool:
    """Two demonstrations at one place told in different paragraphs by different groups (no
    associated actor in common) are two events, not one told twice."""
    if _family(first) == "demonstration" and COUNTER.search(_sentence_of(event)) \
            and not COUNTER.search(_sentence_of(first)):
        return True  # "A counter-protest organised by Stand Up To Racism was held about 200 metres away"
    if _family(first) != "demonstration" or not first.assoc_actor_1 or not event.assoc_actor_1:
        return False
    if set(first.assoc_actor_1.split("; ")) & set(event.assoc_actor_1.split("; ")):
        return False
    if set(first.assoc_actor_1.split("; ")) & named_groups(_sentence_of(event)):
        return False  # "In Quetta, police baton-charged protesters ..., the BYC said": the BYC's sit-in
    a, b = first.evidence_for("sentence"), event.evidence_for("sentence")
    return a is not None and b is not None and "\n\n" in doc.text[min(a.start, b.start):max(a.start, b.start)]


COUNTER = re.compile(r"\bcounter-?(?:protests?|protesters|demonstrations?|demonstrators|rally|rallies|march(?:es)?)\b", re.I)
# a sentence that tells another event of the same kind at the same place, and arrests made apart
_SEPARATE = re.compile(r"^(?:(?:Hours|Minutes|Shortly|Moments) (?:later|after)|Later(?: that| on)?\b|Separately\b|In (?:a|another) "
                       r"separate\b|In another (?:attack|strike|incident|raid)|(?:A|The) second (?:attack|strike|"
                       r"explosion|blast|raid)|Another (?:attack|strike|explosion|blast|raid|air ?strike|drone strike))", re.I)
_ELSEWHERE_NEARBY = re.compile(r"\b(?:in|at)\s+(?:the\s+|a\s+)?(?:nearby|neighbou?ring|another|a second)\s+(?:village|town|locality|"
                               r"hamlet|settlement|community)\b|"
                               # ("In nearby Motherwell, about 200 residents marched")
                               r"\b(?:in|at)\s+nearby\s+(?-i:[A-Z])", re.I)
_ALSO_DID = re.compile(r"\balso (?:carried out|launched|fired|struck|shelled|bombed|attacked|hit)\b")
_AFTERWARDS = re.compile(r"\b(?:after|following|since) the (?:march|protest|rally|demonstration|strike|gathering|sit-in)s?\b|"
                         r"\blater\b|\bafterwards\b|\bthe (?:next|following) day\b", re.I)


_AGAINST_IT = re.compile(r"\b(?:protest|protesting|denounce|denouncing|condemn|condemning|against)\s+(?:the|their|his|her)\s+"
                         r"(?:[\w-]+\s+)?(?:killings?|deaths?|shootings?|murders?)\b", re.I)


def _demonstration_key(seen: dict, arrests: Event) -> tuple | None:
    """The key of the demonstration held where and when the arrests were made (or the force used:
    "Security forces attacked the farmers in Isfahan and arrested five of them"), if any."""
    force = arrests.sub_event_type == "Attack" and arrests.actor1.startswith(("Police Forces", "Military Forces")) \
        and arrests.actor2.startswith(("Civilians", "Protesters"))
    if not (arrests.sub_event_type == "Arrests" or force) or arrests.place is None \
            or _AFTERWARDS.search(_sentence_of(arrests)):
        return None  # ("at least 14 people were arrested in Zahedan after the march": arrests of their own)
    # (not a demonstration against the force itself: "Police ... shot dead two young men ... Residents
    # later gathered on the main road to protest the killings")
    return next((k for k, e in seen.items() if _family(e) == "demonstration" and e.place is not None
                 and e.place.geonameid == arrests.place.geonameid and e.event_date == arrests.event_date
                 and not (force and _AGAINST_IT.search(_sentence_of(e)))), None)


def _occupation_ended(seen: dict, arrests: Event) -> Event | None:
    """"Riot police removed the students in the early hours of Tuesday and detained 32 of them": the
    occupation told the day before went on until the force ended it (ACLED: that day's protest with
    intervention, the crowd's, not arrests of civilians)."""
    if arrests.sub_event_type != "Arrests" or arrests.place is None or not arrests.actor1.startswith(("Police", "Military")) \
            or not _CROWD_REMOVED.search(_sentence_of(arrests)):
        return None
    demo = next((e for e in seen.values() if _family(e) == "demonstration" and e.place is not None
                 and e.place.geonameid == arrests.place.geonameid and e.event_date and arrests.event_date
                 and (arrests.event_date - e.event_date).days == 1), None)
    if demo is None:
        return None
    swap = {"actor1": "actor2", "assoc_actor_1": "assoc_actor_2", "actor2": "actor1", "assoc_actor_2": "assoc_actor_1"}
    met = dataclasses.replace(arrests, event_type="Protests", sub_event_type="Protest with intervention",
                              actor1=demo.actor1, assoc_actor_1=demo.assoc_actor_1, actor2=arrests.actor1,
                              assoc_actor_2=arrests.assoc_actor_1, evidence=tuple(
                                  dataclasses.replace(e, field=swap.get(e.field, e.field)) for e in arrests.evidence))
    return dataclasses.replace(met, notes=parts.notes_for(met, None))


_CROWD_REMOVED = re.compile(r"\b(?:removed|evicted|cleared|dragged|carried)\s+(?:out\s+)?(?:the\s+)?(?:students|protesters|"
                            r"demonstrators|activists|occupiers|them|encampment|sit-in|camp)\b")


def _with_arrests(demo: Event, arrests: Event) -> Event:
    met = "Arrests" if arrests.sub_event_type == "Arrests" else \
        "Excessive force against protesters" if arrests.fatalities else "Protest with intervention"
    sub = parts.escalate(demo.sub_event_type, met) or demo.sub_event_type
    changed = sub != demo.sub_event_type
    fields = ("sentence", "event_type") if changed else ("sentence",)
    evidence = tuple(e for e in demo.evidence if not (changed and e.field == "event_type")) + tuple(
        e for e in arrests.evidence if e.field in fields)
    merged = dataclasses.replace(demo, sub_event_type=sub, event_type=parts.event_type_of(sub),
                                 actor2=demo.actor2 or arrests.actor1, evidence=evidence)
    return dataclasses.replace(merged, notes=parts.notes_for(merged, None))


def _attackers_dead(doc: Document, event: Event) -> bool:
    count = event.evidence_for("fatalities")
    return count is not None and attackers_count(doc.text, count.start, count.end)



def _sentence_of(event: Event) -> str:
    sent = event.evidence_for("sentence")
    return sent.text if sent else ""


def _other_side_fired(first: Event, event: Event) -> bool:
    """Two strikes or shellings at one place and day, each by a side the other hit (ACLED codes each
    side's remote violence apart)."""
    return first.event_type == event.event_type == "Explosions/Remote violence" \
        and bool(first.actor1) and event.actor2 == first.actor1 and event.actor1 not in ("", first.actor1)


def consolidate(doc: Document, events: list[Event], *, stage: str) -> tuple[list[Event], list[Rejection]]:
    """One event per place, day and kind; a demonstration coded twice at one place keeps its most
    severe coding, and arrests made at it are its intervention; country-wide events yield to
    precise ones in that country."""
    seen: dict[tuple, Event] = {}
    for event in events:
        # ACLED: one event per place, day and kind
        key = (event.place.geonameid, _family(event), event.event_date)
        if key in seen and _other_crowd(doc, seen[key], event):
            key += (event.assoc_actor_1,)  # retirees rallied in Shush; sugar workers there went on strike
        elif key in seen and (_SEPARATE.match(_sentence_of(event)) or (
                event.sub_event_type != seen[key].sub_event_type and _ALSO_DID.search(_sentence_of(event)))):
            # "Hours later, Israeli strikes on a building in Nabatieh killed ..."; "the RSF also carried out a
            # drone strike on a mosque", after its shelling of a camp there: another act
            key += (event.event_id,)
        elif key in seen and _ELSEWHERE_NEARBY.search(_sentence_of(event)) and not _ELSEWHERE_NEARBY.search(_sentence_of(seen[key])):
            key += (event.event_id,)  # "In nearby Motherwell, residents marched peacefully": another town's
        elif key in seen and _other_side_fired(seen[key], event):
            key += (event.actor1,)  # the RSF shelled El Fasher; the army's air strikes answered, east of the city
        if key not in seen:
            seen[key] = event
            continue
        first = seen[key]
        changes: dict = {}
        if parts.escalate(first.sub_event_type, event.sub_event_type):
            changes.update(event_type=event.event_type, sub_event_type=event.sub_event_type,
                           actor1=event.actor1, actor2=event.actor2 or first.actor2, trigger=event.trigger)
        if event.fatalities and first.fatalities and event.fatalities != first.fatalities \
                and _attackers_dead(doc, event) != _attackers_dead(doc, first):
            # "At least 11 Nigerien soldiers were killed ... the army 'neutralised' about 20 assailants in
            # the counter-attack": both sides' dead (ACLED counts all of an event's dead)
            changes["fatalities"] = first.fatalities + event.fatalities
        elif event.fatalities > first.fatalities:
            changes["fatalities"] = event.fatalities
        if event.size and (first.size or 0) < event.size:
            changes["size"] = event.size
        if not first.actor2 and event.actor2 and "actor2" not in changes:
            changes["actor2"] = event.actor2  # "Security forces fired tear gas to disperse the mob in ...": whom they met
        elif first.actor2.startswith("Unidentified Armed Group") and event.actor2 and "actor2" not in changes \
                and not event.actor2.startswith(("Unidentified Armed Group", "Civilians")) and event.actor1 == first.actor1:
            # "Indian troops killed three suspected militants ... Police said the slain militants belonged to the
            # Jaish-e-Mohammed group": the telling that names whom they fought
            changes["actor2"] = event.actor2
        fields = ("event_type", "fatalities", "size", "sentence", "actor2")
        if event.time_precision < first.time_precision:
            # "Follow our live coverage of the protests ...", dated by the page, then "22:15 - Riot police used
            # water cannon": the telling that gives the day itself
            changes["time_precision"] = event.time_precision
            fields += ("date",)
        if first.actor1.startswith("Unidentified Armed Group") and event.actor1 and "actor1" not in changes \
                and not event.actor1.startswith(("Unidentified Armed Group", "Civilians")) \
                and event.actor1 not in (first.actor2, first.assoc_actor_2):  # (not the other side's counter-attack)
            # "11:15 GMT - Two killed near Rafah" over "Israeli troops opened fire on people ... east of
            # Rafah, killing two": the telling that names who did it
            changes["actor1"] = event.actor1
            fields += ("actor1",)
        if event.place.geo_precision < first.place.geo_precision:
            # "in Churachandpur and Bishnupur districts", then "the mob in Churachandpur town": the town
            changes["place"] = event.place
            changes["provenance"] = first.provenance and dataclasses.replace(
                first.provenance, place_mention=event.provenance.place_mention if event.provenance else None,
                geonameid=event.place.geonameid, geo_precision=event.place.geo_precision)
            fields += ("location",)
        if changes:
            kept = tuple(e for e in first.evidence if not (e.field == "location" and "place" in changes)
                         and not (e.field == "date" and "time_precision" in changes))
            merged = dataclasses.replace(first, **changes, evidence=kept + tuple(
                e for e in event.evidence if e.field in fields))
            seen[key] = dataclasses.replace(merged, notes=parts.notes_for(merged, None))
    kept, dropped, summaries = [], [], []
    for key, event in list(seen.items()):
        # the event is told as part of another at its place and day, which keeps its sentence:
        # - "RSF attacked army positions outside Singa ... 'We heard heavy shelling from the early morning,'
        #   said one resident of Singa": fire that is part of a battle is coded as the battle (ACLED);
        # - "14:32 GMT - Israeli strike kills five in Khan Younis", then "An Israeli air strike on a tent
        #   ... west of Khan Younis killed five people": one strike, its headline typed by its toll (its
        #   place as the fuller telling puts it);
        # - houses burnt or shops looted in a raid that also killed: the raid
        part_of = next(((found, code) for finder, code in ((_battle_there, "PART_OF_BATTLE"), (_told_as_weapon, "TOLD_TWICE"),
                                                          (_told_as_clash, "TOLD_TWICE"), (_raid_key, "PART_OF_RAID"))
                        if (found := finder(seen, event)) is not None), None)
        if part_of is not None:
            whole = seen[part_of[0]]
            seen[part_of[0]] = dataclasses.replace(whole, evidence=whole.evidence + tuple(
                e for e in event.evidence if e.field == "sentence"))
            del seen[key]
            dropped.append(Rejection(stage, part_of[1], f"{event.place.name}: {event.sub_event_type}", "candidate"))
            continue
        demo = _demonstration_key(seen, event)
        if demo is not None:
            # "In Mahabad, security forces forced shops to reopen and detained two shopkeepers" on a
            # strike day there: arrests at a demonstration are its intervention (ACLED), not a second event
            seen[demo] = _with_arrests(seen[demo], event)
            del seen[key]
            dropped.append(Rejection(stage, "ARRESTS_AT_PROTEST", f"{event.place.name}: {event.sub_event_type}", "candidate"))
        elif (ended := _occupation_ended(seen, event)) is not None:
            seen[key] = ended
    for event in seen.values():
        place = event.place
        if place.feature == "country" and not _unknown_town(doc, event) and any(
            e.place.country_code == place.country_code and e.place.feature != "country" for e in seen.values()
        ):
            dropped.append(Rejection(stage, "COUNTRY_SUMMARY", f"{place.name}: {event.sub_event_type}", "candidate"))
            summaries.append(event)
            continue
        if _dateline_summary(doc, event, list(seen.values())):
            # "BISSAU - Two people were killed and several polling stations were attacked on Sunday as Guinea-Bissau
            # held a presidential election ... In the town of Gabu, ... shot dead a party agent ... In Bafata, ...
            # leaving one man dead": a lead placed only by its dateline, its toll the sum of the towns' told after
            dropped.append(Rejection(stage, "DATELINE_SUMMARY", f"{place.name}: {event.sub_event_type}", "candidate"))
            continue
        counted = _counted(event)
        across = _across(event)
        unknown = _unknown_spot(event) and not across  # (a listed region's own name: "Odesa" of Odeska)
        if place.feature == "admin1" and (across or counted or unknown) and any(
                e.place.country_code == place.country_code and e.place.admin1 == place.admin1
                and e.place.feature not in ("country", "admin1") and _family(e) == _family(event)
                and (not unknown or (e.actor1, e.actor2, e.sub_event_type) == (event.actor1, event.actor2, event.sub_event_type)
                     and not _tolls_apart(e, event))
                and (e.event_date == event.event_date or counted and e.event_date and event.event_date
                     and abs((e.event_date - event.event_date).days) <= 7) for e in seen.values()):
            # (also "Troops ... were responding to reports ... in Barangay Camansi when they were fired upon,
            # prompting a firefight", the village unknown and so the region: the encounter the lead placed in
            # Kabankalan, the same sides on the same day)
            # "blocked railway tracks at more than 20 places across Punjab", then Rajpura, Bathinda ...
            # (not "air strikes on two villages in Kani township in the Sagaing region", Kani unknown, and
            # a drone shot down near Monywa the day before: no detail of the strikes)
            # ("killed at least nine farmers in two attacks in Borno State over the weekend", then the
            # attack near Mafa on Saturday and the one outside Dikwa on Sunday)
            dropped.append(Rejection(stage, "PROVINCE_SUMMARY", f"{place.name}: {event.sub_event_type}", "candidate"))
            continue
        kept.append(event)
    return [_as_summarised(e, summaries) for e in kept], dropped


def _dateline_summary(doc: Document, event: Event, events: list[Event]) -> bool:
    """The event stands at the dateline's town only because its sentence names no place, and the towns
    the story goes on to tell of that day count its dead between them."""
    told = event.evidence_for("location")
    if doc.anchor is None or told is None or told.start >= doc.anchor.end or not event.fatalities:
        return False
    later = [e for e in events if e is not event and e.place and event.place and e.event_date == event.event_date
             and e.place.country_code == event.place.country_code and e.place.geonameid != event.place.geonameid
             and (s := e.evidence_for("sentence")) is not None and event.evidence_for("sentence") is not None
             and s.start > event.evidence_for("sentence").start]
    return len(later) >= 2 and sum(e.fatalities for e in later) == event.fatalities


def _tolls_apart(a: Event, b: Event) -> bool:
    """Two events of one sentence, each with a toll of its own ("One strike hit a house in the village of
    Aitaroun, killing three people, while a drone struck a motorcycle near Bint Jbeil, killing two")."""
    told, counts = a.evidence_for("sentence"), (a.evidence_for("fatalities"), b.evidence_for("fatalities"))
    return told is not None and told == b.evidence_for("sentence") and all(counts) \
        and (counts[0].start, counts[0].end) != (counts[1].start, counts[1].end)


def _unknown_spot(event: Event) -> bool:
    """The event stands at its region only because the place its sentence names is unknown."""
    told = event.evidence_for("location")
    name = fold(event.place.name)
    return told is not None and name not in fold(told.text) \
        and not any(fold(part) in name for part in told.text.split() if len(part) > 3)


_BARE_TOLL = re.compile(r"^(?:(?:At least|Some|About|Around|More than|Nearly)\s+)?[\w-]+\s+(?:people\s+|others\s+)?"
                        r"(?:were|was|had been|have been)\s+(?:killed|shot dead|wounded|injured)\b")


def _as_summarised(event: Event, summaries: list[Event]) -> Event:
    """"Police opened fire on protesters in several parts of Myanmar on Sunday, killing at least 18
    people ... Five were killed in Yangon, three in Dawei and the rest in Mandalay": a town's share of
    the country-wide event the sentence before told, coded as that event was (its kind and sides),
    not as a killing by no one."""
    told = event.evidence_for("sentence")
    summary = next((s for s in summaries if s.place.country_code == event.place.country_code
                    and (s.evidence_for("sentence") or told).end <= (told.start if told else 0)
                    and s.event_date == event.event_date), None)
    if summary is None or told is None or not _BARE_TOLL.match(told.text) or event.sub_event_type != "Attack" \
            or not event.actor1.startswith("Unidentified Armed Group") or summary.sub_event_type == "Attack":
        return event
    recoded = dataclasses.replace(event, event_type=summary.event_type, sub_event_type=summary.sub_event_type,
                                  actor1=summary.actor1, assoc_actor_1=summary.assoc_actor_1,
                                  actor2=summary.actor2, assoc_actor_2=summary.assoc_actor_2,
                                  evidence=tuple(e for e in event.evidence if e.field not in (
                                      "event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2"))
                                  + tuple(e for e in summary.evidence if e.field in (
                                      "event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2")))
    return dataclasses.replace(recoded, notes=parts.notes_for(recoded, None))

