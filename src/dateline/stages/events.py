"""events: event mentions -> one Event per place, with type, actors, date, size, fatalities, evidence.

A sentence with an event cue yields one event per place where it happened ("In the cities of A,
B and C ..." gives three). A sentence without a place continues the event of the sentence before
it in the same paragraph. Country-wide summary sentences give no event when the article codes
the same country more precisely elsewhere.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter
from datetime import date, timedelta

from ..dates import MONTH_NAMES, find_dates
from ..eventtype import CUES, classify
from ..model import Document, Event, Evidence, Mention, Place, Provenance, Rejection, Span, sentence_tokens
from . import event_actors, event_parts as parts
from . import event_locating as loc
from .event_consolidate import COUNTER, consolidate
from .. import actors as actor_lib
from ..actors import UNNAMED_REBELS, with_period
from ..geo import km
from ..eventlocation import DIRECTION_END, DIRECTION_OF, DISTANCE, contains, district_seat, event_location_spans, mention_root, near_qualifier
from ..namelookup import contained_lookups, qualifier_lookups, route_end_lookup
from ..numbers import ATTACKER_WORDS, NUMBER, Count, attackers_count, crowd_sizes, fatalities, parse_number
from ..resources import gazetteer_for
from ..sports import is_play, is_sports_report

__all__ = ["NAME", "VERSION", "REQUIRES", "ASSIGNS", "run", "event_location_spans"]

NAME = "events"
VERSION = 245
REQUIRES = ("text", "sentences", "tokens", "mentions", "places")
ASSIGNS = ("events", "rejections")


def _heading_date(doc: Document):
    """The full date a bulletin's heading ends with ("Conflict Watch weekly, 4 May 2026"), for a
    report with no publication date and no dated dateline."""
    for first in (doc.title, doc.text.split("\n", 1)[0]):
        first = first.strip().rstrip(" .:-)")  # ("... North Darfur (2 October 2026)")
        if first and len(first) <= 120:
            hit = next((h for h in find_dates(first, None) if (h.precision == 1 or h.through) and h.end == len(first)), None)
            if hit is not None:
                return hit.last  # ("Cabo Ligado Update: 19-26 October 2026": written after its last day)
    return None


def run(doc: Document, ctx) -> Document:
    ref = doc.publication_date or (doc.anchor.date if doc.anchor else None) or _heading_date(doc)
    current_date = parts.default_date(doc, ref)
    by_sentence: dict[int, list[Place]] = {}
    all_places, containers = _with_qualifier_names(doc, ctx)
    for place in all_places:
        by_sentence.setdefault(place.mention.sent, []).append(place)
    events: list[Event] = []
    rejections: list[Rejection] = []
    previous: list[Event] = []  # events of the last event sentence, for continuation
    unplaced: tuple | None = None  # (i, tokens, typing) of the last strike told with no place of its own
    at_border: int | None = None  # the last event sentence set aside as told at a border or at sea
    main_type: parts.Typing | None = None
    guesses = classify([s.text for s in doc.sentences], settings=ctx.settings) if doc.sentences else []
    dateline_end = _dateline_end(doc)
    lead = next((k for k, s in enumerate(doc.sentences) if s.end > dateline_end), 0)  # the sentence the dateline opens
    sports = is_sports_report(f"{doc.title}\n{doc.text}")
    restore = None  # the date to go back to after a sentence dated only in a clause on its place
    summary_groups: list[str] = []  # the groups a summary sentence names ("Al-Shabaab ... carried out a string of attacks")
    stale_at = -2  # the last sentence dated too far back
    for i, sent in enumerate(doc.sentences):
        tokens = sentence_tokens(doc, i)
        if restore is not None:
            current_date, restore = restore, None
        # "... claimed responsibility for the attacks" after a paragraph with no event: the story's unclaimed attacks
        # ("The attack was claimed by JNIM" after the army's counter-offensive: the attack, not the reply)
        unclaimed = [e for e in events if e.actor1.startswith("Unidentified Armed Group")]
        told = previous if previous and (all(e.actor1.startswith(("Unidentified Armed Group", *UNNAMED_REBELS))
                                             for e in previous) or not unclaimed) \
            else unclaimed[0 if _PLURAL_CLAIM.search(sent.text) else -1:]
        if told and told == previous and _PLURAL_CLAIM.search(sent.text) and all(e in unclaimed for e in told):
            # "The killings are blamed on ISWAP" after two paragraphs' attacks: all of the story's unclaimed
            # ones of those days
            told = [e for e in unclaimed if e.event_date and told[0].event_date
                    and abs((e.event_date - told[0].event_date).days) <= 7] or told
        claimed = _claimed(doc, i, told) if told else None
        if claimed is not None:
            # "The Pakistani Taliban claimed responsibility for the bombing": ACLED codes the claimant
            # ("The attack on Thursday was claimed by ...": and its day)
            day = next((h for h in find_dates(sent.text, ref, offset=sent.start) if h.kind != "year"
                        and not _in_dateline(doc, h.start)), None) if _REFERS_BACK.match(sent.text) else None
            if day is not None:
                claimed = [_redated(e, parts.DateChoice(day.date, day.precision, Span(day.start, day.end, day.text)))
                           for e in claimed]
            bomber = _SUICIDE_BOMBER.search(sent.text)
            if bomber is not None:
                # ("claimed responsibility ..., saying a suicide bomber had detonated an explosive vest inside the
                # mosque": the means the claim tells)
                claimed = [dataclasses.replace(e, sub_event_type="Suicide bomb", evidence=tuple(
                    x for x in e.evidence if x.field != "event_type") + (Evidence(
                        "event_type", sent.start + bomber.start(), sent.start + bomber.end(), bomber.group(0)),))
                    if e.sub_event_type == "Remote explosive/landmine/IED" else e for e in claimed]
                claimed = [dataclasses.replace(e, notes=parts.notes_for(e, None)) for e in claimed]
            events = [claimed[told.index(e)] if e in told else e for e in events]
            previous = claimed
            continue
        hit = _their_men_hit(doc, i, previous or events[-1:])
        if hit is not None:
            # "... Islamic Jihad said the three were members of its armed wing", "The Israeli military said
            # it had struck a Hezbollah commander": the act just told, against that group
            events = [hit if e is (previous or events[-1:])[0] else e for e in events]
            previous = [hit]
            continue
        typing = parts.type_sentence(doc, i, tokens, ref, guesses[i])
        # "men who had taken part in last week's funeral": a date of the background is not the event's
        # (but not the report's own day, which a pluperfect clause does not tell of: "a ranch they
        # had occupied for two weeks near Marabá on Wednesday" parsed with the day in the clause)
        hits = [h for h in find_dates(sent.text, ref, offset=sent.start) if h.kind != "year"
                and not _in_dateline(doc, h.start) and (h.date == ref or not parts.in_past_relative(tokens, h.start, h.end))
                and (not parts.recalled(sent, h.start) or h.kind in ("weekday", "relday"))
                # (nor the day of a relative clause about people just told: "The marchers, who set off from
                # Peshawar on Monday, pelted police with stones": when they set off, not the clash's day)
                # (but "The protests, which began on Dec. 2 in Sulaimani city, have spread": the aside's own place and day)
                and not (previous and h.kind in ("weekday", "relday") and _in_aside(sent, h.start, by_sentence.get(i, []), doc.text))
                # (not when a period began: "... detained across the country since the protests began on Wednesday")
                and not _PERIOD_BEGAN.search(doc.text, max(sent.start, h.start - 60), h.start)
                # (nor the day of a measure the sentence names in passing, in a clause before the act's: "A
                # night-time curfew imposed on Thursday remained in force, and shops were looted in ...")
                and not (typing is not None and h.end < typing.trigger.start
                         and _MEASURE_DATED.search(doc.text, max(sent.start, h.start - 30), h.start)
                         and ", and " in doc.text[h.end:typing.trigger.start])]
        # ("protesters marking the anniversary of last year's demonstrations in Nairobi on Wednesday":
        # what an anniversary recalls is dated by its year; a weekday is the day of the news)
        # "..., security sources told AFP on Tuesday": the day of the telling, the event's only when
        # the sentence gives no other (ACLED: "As reported on 2 May 2020")
        if len(hits) > 1:
            # ("rescued 40 farmers kidnapped late last month ... after a gunfight ... on Sunday": when the people
            # were taken, told of them in passing, not the day of the act)
            hits = [h for h in hits if not _PEOPLE_TAKEN_BEFORE.search(doc.text, max(sent.start, h.start - 40), h.start)] or hits
        told_on = [h for h in hits if parts.reporting_date(tokens, h.start, h.end)
                   or _SAID_JUST_BEFORE.search(doc.text, max(sent.start, h.start - 40), h.start)]
        own = [h for h in hits if h not in told_on]
        if told_on and own and all(h.kind == "relday" for h in own):
            # "kidnapped 25 villagers in an overnight raid ..., police said on Monday": overnight
            # before that Monday, not before the publication
            own = _read_again(sent, own, told_on[0].date, {h.start for h in own})
        full = [h for h in own if h.kind in ("mdy", "dmy", "iso", "numeric")]
        if full and any(h.kind == "relday" and h.start > full[0].start and h.date != full[0].date for h in own):
            # "On 30 April 2020, the Lebanese army deployed in Tripoli after rioters set fire to several banks
            # overnight": the night of the day the sentence dates, not of the publication
            own = _read_again(sent, own, full[0].date, {h.start for h in own if h.kind == "relday" and h.start > full[0].start})
        hits = own or hits
        # the day a sentence naming the event again gives it (not "The sit-in had been under way since
        # Friday": when it began, not the day just told)
        own_day = bool(own) and not _SINCE_BEFORE.search(doc.text, max(sent.start, own[0].start - 12), own[0].start)
        # "Around 3 May 2020 (between 1 - 3 May)": the bracket glosses the date before it
        # (the date glossed may be the dateline's: "Around 3 May 2020" opening an ACLED note)
        if any("(" in doc.text[max(sent.start, h.start - 10):h.start] for h in hits):
            ends = [g.end for g in find_dates(sent.text, ref, offset=sent.start)]
            hits = [h for h in hits if not any(e < h.start and _GLOSS.fullmatch(doc.text, e, h.start) for e in ends)]
        if typing is not None and len({h.date for h in hits}) > 1:
            # "called for an inquiry on Thursday into the killing of a reporter, who was shot dead on
            # Wednesday": the day told in the cue's own clause
            hits = parts.dates_of_cue(tokens, typing.trigger, hits)
        long_ago = _cue_years_ago(tokens, typing, sent) or _dated_cue(typing, sent, ref)
        # (not a lead that dates its event in full: "(Nairobi, April 9, 2025) - Ethiopian federal soldiers
        # summarily executed at least 12 civilians ... on March 2, Human Rights Watch said today": a rights
        # group's finding, weeks later, is the news)
        dated_lead = i == lead and doc.anchor is not None and bool(hits) and hits[0].kind in ("mdy", "dmy", "iso", "md", "dm") \
            and ref is not None and (ref - hits[0].date).days <= _DATED_LEAD_DAYS
        # (also, after the story's events, what it recalls of last month: "The rebels seized Bukavu ... last month")
        recalled_month = bool(events) and i != lead and len(hits) == 1 and hits[0].kind == "relperiod" \
            and hits[0].precision == 3 and hits[0].text.lower().startswith("last")
        if hits and ref and (ref - hits[0].date).days >= ctx.settings.max_event_age_days and not dated_lead or long_ago \
                or recalled_month \
                or hits and hits[0].date.year < ctx.settings.earliest_event_year:
            # ("The town was the main centre of street protests ... that ignited the conflict seven years
            # ago": the cue's own clause is years back, whatever the report's date)
            told = long_ago.group(0) if long_ago else hits[0].text
            rejections.append(Rejection(NAME, "STALE", f"sentence {i} dated {told!r}", "candidate"))
            previous = []  # what the paragraph goes on to say is background too ("The conflict has killed 6,000")
            stale_at = i
            continue  # background: an earlier event recalled, not reported
        retold = _PERSON_AGAIN.match(sent.text) if stale_at == i - 1 and not hits else None
        if retold is not None and re.search(rf"\b{re.escape(retold.group(1))}\b", doc.sentences[i - 1].text, re.I):
            # "... sentenced 10 men to death for the lynching of a Sri Lankan factory manager in Sialkot in December
            # 2021 ... The manager was beaten to death ... by a mob": the person of that old event, told again
            rejections.append(Rejection(NAME, "STALE", f"sentence {i} tells again of sentence {i - 1}'s past event", "candidate"))
            stale_at = i
            continue
        if hits:
            # ("In Yangon's Hlaing Tharyar township, where dozens were killed on Sunday, residents erected
            # barricades": that day is the clause's, not the day the next sentences go on telling)
            # (nor the start of a period counted: "22 people had been killed ... since Thursday", before "shops
            # were looted in the northern town of Antsiranana" on the story's day)
            restore = current_date if _WHERE_CLAUSE.search(doc.text, sent.start, hits[0].start) or (
                len(hits) == 1 and _SINCE_BEFORE.search(doc.text, max(sent.start, hits[0].start - 12), hits[0].start)) else None
            current_date = parts.DateChoice(hits[0].date, hits[0].precision, Span(hits[0].start, hits[0].end, hits[0].text))
            # "As reported on 9 May 2020, gunmen kidnapped a local official ... the previous night"; "Iran
            # condemned on Tuesday an Israeli air strike that destroyed its consulate in Damascus a day
            # earlier": that many days before the day the sentence gives
            before = _PREVIOUS_DAY.search(sent.text) if told_on and not own else None
            if before is None and typing is not None and hits[0].end <= typing.trigger.start:
                before = _DAYS_EARLIER.search(sent.text, typing.trigger.end - sent.start)
                if before is not None and _FOLLOWING.search(sent.text, typing.trigger.end - sent.start, before.start()):
                    before = None  # ("took control ... following an attack launched a day earlier": that attack's day)
            if before is not None and hits[0].date and (hits[0].precision == 1 or (told_on and not own)):
                days = _DAYS.get((before.group("n") or "a").lower()) or int(before.group("n"))
                current_date = parts.DateChoice(hits[0].date - timedelta(days=days), 1, Span(
                    sent.start + before.start(), sent.start + before.end(), before.group(0)))
        elif (clock := _CLOCK_OPENING.match(sent.text)) and ref is not None:
            # "At 14:20 the enemy struck ..." in a bulletin of 30 November: a time of the report's own day
            current_date = parts.DateChoice(ref, 1, Span(sent.start, sent.start + clock.end(), clock.group(0)))
        elif (step := _DAY_STEP.match(sent.text) or (typing and _DAY_STEP_AFTER.search(sent.text))) \
                and current_date.date is not None and current_date.precision == 1:
            # "A day earlier, Pahari students had blocked roads": a day before the day just told
            way = next(g for k, g in step.groupdict().items() if k.startswith("way") and g)
            n = step.group("n") if "n" in step.re.groupindex else None
            days = (_DAYS.get(n.lower()) or int(n)) if n else 1
            # ("... attacked a Chadian army base ... late on Tuesday ... The President visited the base on Wednesday ...
            # 96 militants were killed in a counter-offensive launched the next morning": the day after the event's)
            base = events[-1].event_date if not _DAY_STEP.match(sent.text) and events and events[-1].time_precision == 1 \
                and events[-1].event_date is not None else current_date.date
            when = base + timedelta(days=-days if way.lower() in ("earlier", "before", "previous") else days)
            current_date = parts.DateChoice(when, 1, Span(sent.start + step.start(), sent.start + step.end(), step.group(0)))
        if i < lead and doc.anchor is not None:
            # "Strike on UN school sheltering displaced in Gaza kills at least 6 - UNRWA", then "GAZA, Oct
            # 17, 2023 (Reuters) - An Israeli air strike hit ...": a headline above the dateline tells
            # the story's event again, less precisely (its date, "Iran News in Brief - January 5, 2022",
            # still dates what follows)
            rejections.append(Rejection(NAME, "HEADLINE", f"sentence {i}: {sent.text[:80]}", "candidate"))
            continue
        if event_actors.CLOCK_PREFIX.match(sent.text) and _own_paragraph(doc, i) and i + 1 < len(doc.sentences) \
                and not sent.text.rstrip().endswith((".", '."', ".”")):  # (an entry told in full is no heading)
            # "12:05 GMT – Russian drone strike on Sumy kills two" over a live blog's entry: the entry's
            # headline (the entry tells it, with its own day: "on Monday evening")
            rejections.append(Rejection(NAME, "HEADLINE", f"sentence {i}: {sent.text[:80]}", "candidate"))
            continue
        if typing is not None and sports and is_play(sent.text):
            rejections.append(Rejection(NAME, "SPORTS", f"sentence {i}: {sent.text[:80]}", "candidate"))
            continue  # "Arsenal's attack tore Chelsea apart": play told in the words of violence
        # the dateline's place is where the report was filed, not where its first sentence happened
        # (not a place of what time is counted from: "a week after 20 soldiers were killed near Tera")
        sent_places = _capitals([loc.city_of_quarter(doc, p) or p for p in by_sentence.get(i, [])
                                 if p.mention.start >= dateline_end and not parts.recalled(sent, p.mention.start)],
                                doc.text, ctx)
        if typing is None and sent_places and main_type and (parts.says_similar(sent.text) or (
                main_type.event_type == "Protests" and _STRIKES_REPORTED.match(sent.text))):
            # ("Strikes were reported in Tabriz, Isfahan and Shiraz" in a story of striking drivers: the
            # stoppage, in each town)
            typing = dataclasses.replace(main_type, inherited=True)
        elif typing is not None and typing.sub_event_type == "Attack" and sent_places and main_type \
                and main_type.event_type == "Explosions/Remote violence" and _ATTACKS_REPORTED.match(sent.text):
            # "Attacks were also reported in Kharkiv, where two people were wounded", in a story of missile
            # strikes: more of them, not an attack of its own (its cue only the toll)
            typing = dataclasses.replace(main_type, inherited=True)
        # (not "The strike came as rescuers were still searching for survivors of Friday's earthquake in
        # nearby Mandalay": what was going on at the time, its day and place another story's)
        named_again = _REFERS_BACK.match(sent.text) if not _CAME_AS.match(sent.text) else None
        if typing is not None and named_again and not events and not hits and i > 0 \
                and parts.historic_year(doc.sentences[i - 1], ref):
            # "A new film about the 2008 Mumbai attacks opened ... The attackers killed 166 people over
            # four days": a past event named again, told of as the news's background
            rejections.append(Rejection(NAME, "STALE", f"sentence {i} names again the past event before it", "candidate"))
            continue
        # (not "The attack came two days after a car bomb exploded ... in Cucuta": an earlier event's place)
        # ("The workers were seized at a quarry near the border town of El Wak": its victims named again)
        named = named_again or (_VICTIMS_AGAIN.match(sent.text) if _victims_again(sent, previous) else None)
        if typing is None and sent_places and len(previous) == 1 and main_type and named \
                and not parts.CAME_AFTER.match(sent.text.lower()):
            # "The bombing targeted a gathering ... in the town of Khar in Bajaur district": where the
            # event just told happened, though "bombing" alone is no cue (not "fighters who had
            # attacked an army camp in Bourem last month")
            trigger = Span(sent.start + named.start(), sent.start + named.end(), named.group(0))
            if not any(loc.in_relative_clause(tokens, p, trigger) for p in sent_places):
                sub = previous[0].sub_event_type
                if sub in parts.ESCALATION and not _same_places(previous[0], sent_places):
                    # "Security forces arrested six striking drivers in Shiraz. The strike began in Ahvaz
                    # and Kermanshah": the strike named again elsewhere, not what met it in Shiraz
                    sub = "Peaceful protest"
                typing = dataclasses.replace(main_type, event_type=parts.event_type_of(sub),
                                             sub_event_type=sub, trigger=trigger, inherited=True)
        bare = _BARE_STRIKE.search(sent.text) if (typing is None and sent_places or typing is not None
                                                  and typing.sub_event_type == "Attack") \
            and main_type is not None and main_type.event_type == "Explosions/Remote violence" else None
        if bare is not None:
            # "a strike on a tent encampment killed nine people" in a story of air strikes: one of them
            word = 1 if bare.group(1) else 2
            typing = dataclasses.replace(main_type, trigger=Span(sent.start + bare.start(word), sent.start + bare.end(word),
                                                                 bare.group(word)), inherited=True)
        site = _facility_placed(doc, previous, sent_places)
        refined = _refined(doc, tokens, previous, [site], sent) if site is not None else None
        if refined is not None:
            # "... previous attacks on the field, in Sulaymaniyah province": where the site just told lies
            events = [refined if e is previous[0] else e for e in events]
            previous = [refined]
            continue
        if typing is None:
            # "The gunmen arrived ... around 11 p.m. on Monday": the day of the event just told
            # ("The journalists, who work for a local broadcaster, were taken from their homes on Monday night"
            # after their detention "this week": the day, of the people the event was done to)
            # ("U.S. Africa Command said the strike took place on Saturday", after a strike "over the weekend")
            again = named_again or _SAID_REFERS_BACK.match(sent.text) or _victims_again(sent, previous) \
                or _WHICH_TOOK_PLACE.search(sent.text)
            events, previous = _without_cue(doc, i, events, previous, current_date if again and own_day else None)
            continue
        opening_year = _YEAR_OPENING.match(sent.text)
        # (with no date to compare, "In 2009, similar protests ..." still tells the past)
        if (_HABITUAL.search(sent.text) and not hits) or (opening_year and (
                int(opening_year.group(1)) < ref.year if ref else _SIMILAR_PAST.search(sent.text))) \
                or _REPORT_TELLS.match(sent.text) or _tally(sent, ref, dateline_end) or ((_PAST_PATTERN.search(sent.text)
                                                       or _TREND.match(sent.text, typing.trigger.end - sent.start)) and not hits):
            # "The Tillaberi region ... is a hotbed of attacks by groups linked to al Qaeda": what
            # happens there, not what happened; "In 2019, a similar protest turned violent": the past;
            # "The report documents cases in which police shot unarmed protesters": a report's cases
            rejections.append(Rejection(NAME, "BACKGROUND", f"sentence {i}: {sent.text[:80]}", "candidate"))
            previous = []
            continue
        if events and not sent_places and _CLAIM_OF_TOLD.search(sent.text):
            # "No group has claimed the attack, but the Al-Qaeda-linked JNIM is active in the area": who
            # did (or did not) claim the event told, no event of its own
            continue
        if _UNVERIFIED.search(sent.text) and not by_sentence.get(i):
            # "The TLP said dozens of its supporters had been killed, a claim that could not be
            # verified": a side's unverified count (ACLED keeps the conservative figure), which
            # neither adds an event nor ends the one being told
            rejections.append(Rejection(NAME, "UNVERIFIED_CLAIM", f"sentence {i}: {sent.text[:80]}", "candidate"))
            continue
        typing = event_actors.force_on_crowd(doc, i, typing)
        typing = event_actors.armed_doers(doc, i, tokens, event_actors.crowd_clash(doc, i, tokens, typing))
        typing = event_actors.protest_deaths(doc, i, tokens, event_actors.story_clashes(doc, i, typing, main_type), main_type)
        typing = event_actors.story_arrests(doc, i, typing, main_type)
        main_type = main_type or typing
        # (or a paragraph opening with the crowd again: "Protesters carried away furniture ...")
        continuing = bool(previous) and (_same_paragraph(doc, i - 1, i) or _crowd_again(sent, previous)
                                         or _victims_again(sent, previous))
        # "Harim and Sarmada towns in Idleb" with Harim found inside Idlib: Idlib only situates it
        situating = {p.geonameid for p in sent_places
                     if any(q.mention.start == containers.get(p.mention.start) for q in sent_places)}
        sent_places = [p for p in sent_places if p.geonameid not in situating and not _situates(doc.text, p, sent_places)]
        # ("Supporters of Red Star and Partizan fought each other ...": clubs, parties, movements, no places)
        sent_places = [p for p in sent_places if not _FOLLOWERS_OF.search(doc.text, max(sent.start, p.mention.start - 60),
                                                                           p.mention.start)]
        locations, strays = loc.locations(doc, tokens, typing, sent_places, sent, continuing=continuing,
                                          told_again=bool(previous and _REFERS_BACK.match(sent.text)),
                                          told_before=bool(previous or events))
        rejections.extend(strays)
        if locations and all(p.feature == "country" for p in locations) and _STRING_OF.search(sent.text) \
                and _summary_of(sent, typing):
            # "Al-Shabaab militants carried out a string of attacks in southern and central Somalia": the
            # events the paragraphs below tell one by one, no event of its own to add their details to
            rejections.append(Rejection(NAME, "SUMMARY", f"sentence {i}: {sent.text[:80]}", "candidate"))
            # (its named doer is who "the militants" of those paragraphs are)
            summary_groups = [o.name for o in actor_lib.organisations(sent, doc.mentions, doc.text, country=locations[0].country,
                                                                      on=current_date.date)
                              if o.known and not o.partisan and o.end <= typing.trigger.start]
            previous = []
            continue
        in_capital = _IN_THE_CAPITAL.search(sent.text) if len(locations) == 1 and locations[0].feature == "country" else None
        if in_capital is not None:
            # "Security forces in Guinea shot dead three men during protests in the capital's Hamdallaye
            # neighbourhood": the country's capital, not anywhere in it
            capital = _capital_of(locations[0].country_code, sent.start + in_capital.start(1),
                                  sent.start + in_capital.end(1), doc.text, i, ctx)
            near = in_capital.group(0).startswith(("near", "outside"))
            locations = [dataclasses.replace(capital, geo_precision=2) if near else capital] if capital is not None else locations
        seat = _STATE_SEAT.match(doc.text, locations[0].mention.end) \
            if len(locations) == 1 and locations[0].feature == "country" else None
        if seat is not None:
            # "Thousands of protesters gathered outside Georgia's parliament": the state's seat, in its capital
            capital = _capital_of(locations[0].country_code, locations[0].mention.start, locations[0].mention.end,
                                  doc.text, i, ctx)
            locations = [capital] if capital is not None else locations
        if locations and all(p.feature == "country" and _SHIPS_FLAG.match(doc.text, p.mention.end) for p in locations) \
                and _AT_SEA.search(sent.text):
            locations = []  # (the headline's country off whose coast, or no place: the gazetteer holds no seas)
        if len(locations) == 1 and locations[0].feature == "admin1":
            # "abducted 20 passengers travelling on the Gusau-Funtua highway in Zamfara state": near the
            # road's first town in that state, not anywhere in it
            road = route_end_lookup(doc.text, sent.start, sent.end, gazetteer_for(ctx.settings),
                                    country=locations[0].country_code, sent=i)
            locations = [road] if road is not None and road.admin1 == locations[0].admin1 else locations
        if i == lead and len(locations) == 1 and locations[0].feature == "country" \
                and any(not p.resolved and not _DIVISION_WORD.match(doc.text, p.mention.end) for p in sent_places):
            # "COX'S BAZAR, Bangladesh - ... in a refugee camp in Bangladesh's Ukhia area", Ukhia unknown:
            # near the dateline's town in that country rather than anywhere in it
            # (not a capital the wire files from: "OUAGADOUGOU - ... in Mansila, in northeastern Burkina Faso";
            # nor a division the gazetteer lacks: "JAYAPURA - ... in Intan Jaya regency", 400 km off)
            filed = _anchor_place(doc)
            if filed is not None and filed.feature == "city" and filed.feature_code != "PPLC" \
                    and filed.country_code == locations[0].country_code \
                    and not DIRECTION_END.search(doc.text, max(0, locations[0].mention.start - 25), locations[0].mention.start):
                locations = [dataclasses.replace(filed, geo_precision=2)]
        last = (previous or events)[-1:]
        city = last[0].place if last and last[0].place and last[0].place.feature == "city" \
            and last[0].place.population >= _QUARTERED_CITY and _OF_THE_CITY.search(sent.text) else None
        if city is not None:
            # "Thousands of women rallied peacefully in the Kadikoy district on the Asian side of the city", after
            # arrests in Istanbul, Kadikoy read as a village far off: a quarter of the story's city
            locations = [dataclasses.replace(city, mention=p.mention, geo_precision=2)
                         if p.feature == "city" and p.population < _VILLAGE_SIZE and p.country_code == city.country_code
                         and _DISTRICT_NAMED.match(doc.text, p.mention.start) and p.latitude is not None
                         and km(p.latitude, p.longitude, city.latitude, city.longitude) > _QUARTER_KM else p for p in locations]
        # (the city's own districts, named in a clause about the crowd: "... protesters who burned tyres
        # in the Crater and Al-Mansoura districts" of Aden, where the event just told was)
        quarters = bool(previous) and _quarters_of([p for p in sent_places if p.resolved] or locations, previous[0].place)
        # (a region astray still leaves the sentence its event: "near the town of Sidakan in the Kurdistan
        # Region" filed from Erbil, read as Iran's Kurdistan province, is near the dateline's town)
        regions = [p for p in sent_places if p.feature == "admin1" and loc.stray_namesake(doc, p)] if strays else []
        filed = _anchor_place(doc) if strays and not locations and not events and i == lead and not regions else None
        if filed is not None and filed.feature == "city" and all(r.code == "STRAY_NAMESAKE" for r in strays):
            # "LA PAZ, Bolivia - Hundreds of residents of the city of El Alto stormed the municipal building",
            # El Alto read only as a Peruvian village: a town the gazetteer lacks, near the dateline's
            # (ACLED: the nearest known place)
            locations = [dataclasses.replace(filed, geo_precision=max(2, filed.geo_precision))]
        if strays and not locations and len(regions) < len(strays) \
                and not (continuing and all(r.code == "STRAY_NAMESAKE" for r in strays)) \
                and not (events and _NEARBY.search(sent.text)) and not quarters:
            # (a sentence naming only a namesake astray may still go on about the paragraph's event, or
            # tell of one in a "neighbouring Singu township" the gazetteer lacks: near the story's last place)
            continue
        rise = _TOLL_RISE.search(sent.text)
        if rise is not None and rise.start() <= typing.trigger.start - sent.start < rise.end() \
                and not any(rise.start() <= h.start - sent.start < rise.end() for h in own):
            # "The death toll from communal riots in northeast Delhi rose to 46 on Sunday": the count of
            # earlier days' violence grown, no event of this day (but "The death toll from Monday's suicide
            # bombing ... rose to 101" is Monday's bombing, with its toll)
            rejections.append(Rejection(NAME, "TOLL_UPDATE", f"sentence {i}: {sent.text[:80]}", "candidate"))
            continue
        last = previous or events[-1:]
        if last and last[0].event_type in event_actors.VIOLENT_TYPES and not locations and _BODIES_OF_THE.match(sent.text):
            # "The bodies of the last missing personnel were recovered on Sunday", after the ambush that
            # killed them: its dead found, no killing of its own
            continue
        tolled = _toll_of(doc, i, tokens, typing, last, locations) if last and locations else []
        if tolled:
            # "A hospital official in Bahir Dar said ... three had died": the dead of the fighting there
            updated = [_continue(e, typing, sent, doc.text, counts=not _later_day(e, tolled)) if e in tolled else e for e in last]
            events = [updated[last.index(e)] if e in last else e for e in events]
            previous = updated
            continue
        if last and last[0].event_type in ("Protests", "Riots") and not locations and _HURT_TOLL.match(sent.text):
            # "At least 60 people were injured across the city, the Hospital Authority said", after the
            # riot: its wounded, no attack of its own
            continue
        if last and typing.sub_event_type == "Disrupted weapons use" and last[0].sub_event_type == "Arrests" \
                and _FOUND_IN_RAID.search(typing.trigger.text) and not hits:
            # "arrested 14 men ... Explosives and two rifles were recovered from a house": what the
            # arrests found (ACLED codes the raid once)
            continue
        # ("The workers were seized at a quarry near the border town of El Wak": the people the event was
        # done to, named again where it happened)
        # ("... said five pro-Iranian fighters were killed in the strikes, which hit positions in the
        # Al-Kiswah area": the strikes just told, their dead and where they hit)
        killed_in = bool(previous) and _killed_in_it(sent.text, previous[0])
        refers_back = _REFERS_BACK.match(sent.text) or _SAID_REFERS_BACK.match(sent.text) or killed_in or _crowd_again(sent, previous) \
            or _crowd_met(sent, previous) or _victims_again(sent, previous) \
            or _sides_again(sent, previous) or _doers_again(sent, previous) or _details_lead(doc, events, previous, typing, sent, current_date if hits else None)
        if refers_back and previous and typing.event_type == "Battles" and previous[0].event_type == "Violence against civilians" \
                and _FOUGHT_THE_ATTACKERS.search(sent.text):
            # ("officers exchanged fire with the kidnappers and rescued five of the passengers": the
            # victims named again, in a fight with their captors that is an event of its own)
            refers_back = False
        if refers_back and len(previous) == 1 and previous[0].place and locations \
                and all(contains(p, previous[0].place) for p in locations):
            # ("The Sudan Doctors Network said the shells struck a market in the camp, where people who fled
            # fighting in North Darfur have sheltered": the province the event was in, no event of its own)
            locations = []
        # ("The bomb was detonated ... along a road in Rueso district": the district's seat, as for any event)
        seats = [district_seat(p, gazetteer_for(ctx.settings), doc.text[p.mention.end:p.mention.end + 60],
                               doc.text[max(0, p.mention.start - 60):p.mention.start]) or p
                 for p in locations] if refers_back else locations
        if named_again and previous and typing.sub_event_type == "Looting/property destruction" \
                and previous[0].event_type in ("Explosions/Remote violence", "Battles") \
                and (not locations or any(p.geonameid == e.place.geonameid for p in seats for e in previous if e.place)):
            # "The raids destroyed two houses and a water tank in Razih": the damage the strikes just told
            # did there, no destruction of its own (ACLED codes the strike once)
            continue
        if refers_back and len(seats) == 2 and all(p.feature == "city" and p.resolved for p in seats) \
                and _VILLAGE_IN_TOWN.fullmatch(doc.text, seats[0].mention.end, seats[1].mention.start) \
                and loc.VILLAGE_OF.search(doc.text, max(sent.start, seats[0].mention.start - 25), seats[0].mention.start):
            # ("The clash in the village of Trinidad in Guihulngan City": a village of the town, a namesake elsewhere)
            seats = [dataclasses.replace(seats[1], geo_precision=max(2, seats[1].geo_precision))]
        refined = _refined(doc, tokens, previous, seats, sent, current_date if hits else None) if refers_back else None
        if refined is not None:
            # "A military airstrike on a village in Sagaing region ... The attack hit Pazigyi
            # village in Kanbalu township": the same event, now placed more precisely
            refined = _named_doer(doc, i, tokens, typing, refined)
            refined = _count_deaths(refined, sent, doc.text) if killed_in else refined
            if parts.escalate(refined.sub_event_type, typing.sub_event_type):
                # ("... during three days of protests ... Protesters ... set fire to a police station in the Ubungo
                # area of Dar es Salaam on Thursday": placed, and violent)
                refined = _continue(refined, typing, sent, doc.text)
            events = [refined if e is previous[0] else e for e in events]
            previous = [refined]
            continue
        # ("... detained four journalists as they were covering a protest ... The protest, attended by about
        # 200 people, was dispersed by security forces": the protest named again is no more of the arrests)
        protest_again = bool(named_again and previous) and previous[0].event_type not in ("Protests", "Riots") \
            and _PROTEST_NOUN.search(named_again.group(0)) is not None
        if not locations and previous and (not named_again or protest_again) and not by_sentence.get(i) \
                and _another_event_there(sent, typing, previous[0], own):
            # "MINUSCA peacekeepers deployed to the area on Monday and exchanged fire with the rebels"
            # after Sunday's attack; "Soldiers later raided the Ntarinkon neighbourhood, arresting 12"
            # after the separatists' attack: another event there, not more of the first (in a sentence
            # that names no place: "Mali: ... raided a market in Nampala" is not at the last place)
            # ("... air strikes on RSF positions east of the city": near it)
            near = _OF_THE_PLACE.search(sent.text) or _ROAD_TO.search(sent.text)
            locations = [dataclasses.replace(previous[0].place, geo_precision=max(2, previous[0].place.geo_precision))
                         if near else previous[0].place]
        if locations and quarters:
            # "Hundreds took to the streets in Aden ... Security forces fired into the air to disperse
            # protesters ... in the Crater and Al-Mansoura districts": the city's own districts, the same event
            locations = []
        elsewhere = [p for p in by_sentence.get(i, []) if not p.resolved
                     and _AT_UNKNOWN.search(doc.text, max(sent.start, p.mention.start - 40), p.mention.start)]
        # (also "Riot police fired tear gas to disperse a smaller protest in the village of Diraz", Diraz
        # unknown, after a march in Sitra: another village's protest)
        # (not "Clashes broke out near the town of Parotani when police tried to clear a blockade": the
        # blockades just told)
        village = bool(previous) and typing.event_type in ("Protests", "Riots") \
            and previous[0].event_type in ("Protests", "Riots") and _ANOTHER_ONE.search(sent.text) is not None \
            and any(loc.VILLAGE_OF.search(doc.text, max(sent.start, p.mention.start - 20), p.mention.start) for p in elsewhere)
        if not locations and (len({e.place.geonameid for e in previous if e.place}) > 1 or village) and elsewhere \
                and typing.event_type in ("Protests", "Riots", "Strategic developments"):
            # "protesters blocked roads in Sidon, Nabatieh and Jiyeh ... Army forces reopened the road in Jiyeh",
            # Jiyeh unknown: what happened there is no more of the events in the other towns
            rejections.append(Rejection(NAME, "NO_PLACE", f"sentence {i}: {sent.text[:80]}", "candidate"))
            previous = []
            continue
        if not locations and previous and previous[0].place and (_SEPARATELY.match(sent.text) or (
                COUNTER.search(sent.text) and not COUNTER.search(previous[0].evidence_for("sentence").text))) \
                and typing.event_type in ("Protests", "Riots") and previous[0].event_type in ("Protests", "Riots"):
            # (also "A smaller group of Kurds held a counter-rally nearby": the other crowd's demonstration)
            # "Separately, a smaller group of depositors held a sit-in outside the central bank" after a
            # bank stormed in Beirut: another demonstration in that city, not more of the first
            locations = [previous[0].place]
        # (not "In a separate incident on the same day, a kolbar from Piranshahr was shot dead ... near the
        # city": a place of its own)
        if not locations and previous and previous[0].place and _SEPARATELY.match(sent.text) and not by_sentence.get(i) \
                and typing.event_type in event_actors.VIOLENT_TYPES and typing.sub_event_type != previous[0].sub_event_type:
            # "Houthi forces shelled the Hays district centre ... Separately, Joint Forces and Houthi forces
            # exchanged fire south of the district": another event about the place just told
            near = _OF_THE_PLACE.search(sent.text) or _ROAD_TO.search(sent.text)
            locations = [dataclasses.replace(previous[0].place, geo_precision=max(2, previous[0].place.geo_precision))
                         if near else previous[0].place]
        took_place = _TOOK_PLACE.match(sent.text) if len(locations) == 1 and len(previous) == 1 and previous[0].place else None
        if took_place is not None and locations[0].resolved and locations[0].country_code == previous[0].place.country_code \
                and (locations[0].geo_precision, locations[0].feature != "city") < (previous[0].place.geo_precision, previous[0].place.feature != "city"):
            # "Gunmen opened fire on a convoy ... in the Kurram district ... The attack took place near the town
            # of Parachinar": where the event just told was, more precisely (no second event)
            moved = dataclasses.replace(previous[0], place=locations[0], evidence=tuple(
                e for e in previous[0].evidence if e.field != "location") + (Evidence(
                    "location", locations[0].mention.start, locations[0].mention.end, locations[0].mention.text),))
            events = [moved if e is previous[0] else e for e in events]
            previous = [moved]
            continue
        if not locations:
            # ("At least six people were killed, including two civilians, the health ministry said",
            # opening the next paragraph: the toll of the fighting just told)
            # ("A smaller group of youths hurled petrol bombs at riot police near the parliament building",
            # a paragraph after the march: the same demonstration, on no other day)
            # (not a sentence dated another day in full: "For several days beginning on July 9, 2015, more
            # than 200 ... lawyers were detained", after a march this week)
            # (a day inside the week an event was told by is its day: "The students were seized on Feb. 24", after
            # an abduction "last week")
            other_day = any(h.kind in ("mdy", "dmy", "iso") and h.date != previous[0].event_date and not (
                previous[0].time_precision == 2 and previous[0].event_date and abs((h.date - previous[0].event_date).days) <= 7)
                for h in hits) if previous else False
            # (nor a sentence opening with another day: "On Sunday, Rwandan troops ... killed four of them
            # near the village of Mbau", after Saturday's beheading)
            other_day = other_day or bool(previous and own and own[0].start - sent.start <= 3 and own[0].kind == "weekday"
                                          and own[0].date != previous[0].event_date and not named_again
                                          and previous[0].time_precision == 1)
            # (nor one that names another day's event by its day: "A 30-year-old man died on Thursday of
            # wounds sustained during Wednesday's clashes", after Saturday night's riot)
            other_day = other_day or bool(previous and previous[0].time_precision == 1 and any(
                h.precision == 1 and h.date != previous[0].event_date and _DAYS_EVENT.match(doc.text, h.end) for h in own))
            # (nor one that steps to another day from the day just told: "The army said 96 militants were killed in a
            # counter-offensive launched the next morning", after Tuesday night's attack on the base)
            other_day = other_day or bool(previous and previous[0].time_precision == 1 and current_date.date
                                          and current_date.span is not None and sent.start <= current_date.span.start < sent.end
                                          and current_date.date != previous[0].event_date
                                          and (_DAY_STEP.match(sent.text) or _DAY_STEP_AFTER.search(sent.text)))
            # (not "Israeli artillery then shelled ... the Lebanese village of Aitaroun", Aitaroun unknown, after
            # rockets on an Israeli town: a village of another country)
            owner = loc.unknown_village_owner(doc.text, by_sentence.get(i, []))
            village_country = _demonym_country(doc.text, owner, i, ctx) if owner else None
            abroad = village_country is not None and bool(previous) and previous[0].place is not None \
                and previous[0].place.country_code != village_country.country_code
            # (not "In the nearby township of Boitekong, residents also stoned police vehicles": another place, near it)
            # (not "More than 450 people were arrested nationwide": the country's count, no city's)
            # (a country-wide count in a clause of its own is no wider area of the act: "Riot police fired pepper
            # spray at protesters ..., and the interior ministry said 1,133 people had been detained across the country")
            acts = _TELLER_CLAUSE.split(sent.text, 1)[0]
            # (not a demonstration after a strike: "Angry supporters of the group gathered at the site of the strike")
            # (nor a crowd's answer to it: "Anti-India protests broke out in the village after the gunfight, and
            # government forces fired tear gas")
            other_kind = bool(previous) and previous[0].event_type in event_actors.VIOLENT_TYPES and (
                typing.sub_event_type == "Peaceful protest"
                or typing.event_type in ("Protests", "Riots") and _CROWD_ANSWER.search(sent.text) is not None)
            if previous and not other_day and not abroad and not other_kind and not _NEARBY.search(sent.text) \
                    and not parts.WIDER_AREA.search(acts) and (
                    _same_paragraph(doc, i - 1, i) or _TOLD_AGAIN.search(sent.text) or _site_again(previous, sent)
                    or _victims_again(sent, previous) or _doers_again(sent, previous) or _sides_again(sent, previous)
                    or _crowd_again(sent, previous) or _force_on_the_crowd(sent, previous) or (
                    _TOLL_OPENING.match(sent.text) and (previous[0].event_type in event_actors.VIOLENT_TYPES or (
                        previous[0].event_type == "Riots" and _IN_THE_UNREST.search(sent.text)))) or (
                    not hits and (typing.event_type in ("Protests", "Riots")
                                  or typing.sub_event_type == "Looting/property destruction")  # "Several shops were looted"
                    and previous[0].sub_event_type in parts.ESCALATION and not COUNTER.search(sent.text)) or (
                    _arrested_crowd(previous, typing, sent) is not None)):
                # the sentence goes on about the event just coded: it may escalate it or count its dead
                # ("The attack took place on Sunday": its day, too)
                # ("The fighting erupted on Monday night after the Special Deterrence Force detained a
                # commander": the battle's first day, whatever set it off)
                # ("Protesters ... hurled stones at an army post ... on Wednesday night", a paragraph after
                # "a night of clashes": the crowd named again, and its day)
                # ("The students were seized on Feb. 24 while travelling ...": their abduction's own day)
                again = named_again or _SAID_REFERS_BACK.match(sent.text) or (
                    _CROWD_AGAIN.match(sent.text) if _crowd_again(sent, previous) else None) or (
                    _VICTIMS_AGAIN.match(sent.text) if _victims_again(sent, previous) or _doers_again(sent, previous) else None)
                # ("The gunmen, who arrived on motorcycles late on Sunday, also killed three men": the raid's own day)
                dated = current_date if again and own_day and (
                    typing.event_type == previous[0].event_type
                    or typing.trigger.start - sent.start > again.end()) else None
                if dated is None and _CLOCK_OPENING.match(sent.text) and current_date.span is not None \
                        and current_date.span.start == sent.start:
                    # ("Follow our live coverage of the protests", dated by the page to the week, then "22:15 -
                    # Riot police used water cannon": a time of the page's own day)
                    dated = current_date
                # ("Women marched in Mexico City, Guadalajara, Monterrey ... In the capital, a group of hooded
                # protesters tore down metal barriers": only the capital's march)
                capital = [e for e in previous if e.place and e.place.feature_code == "PPLC"] \
                    if len(previous) > 1 and _CAPITAL_OPENING.match(sent.text) else []
                # ("Tens of thousands gathered in Istanbul ..., and smaller crowds marched in Ankara and Izmir. Riot
                # police used pepper spray ... in Istanbul's Besiktas district": only Istanbul's)
                quartered = [e for e in previous if _quarters_of([p for p in sent_places if p.resolved], e.place)] \
                    if len(previous) > 1 and quarters else []
                told = capital or quartered or previous
                stopped = _intercepted_it(doc, i, tokens, typing, previous)
                if stopped is not None:
                    events = [stopped if e is previous[0] else e for e in events]
                    previous = [stopped]
                    continue
                crowd = _arrested_crowd(previous, typing, sent)
                if crowd is not None:
                    # "British police arrested more than 40 people in Parliament Square ... Demonstrators sat
                    # quietly holding cardboard signs": those arrested were demonstrating (ACLED: a protest
                    # met by the force)
                    told = [_protest_met(previous[0], Evidence("actor1", sent.start + crowd.start(1),
                                                               sent.start + crowd.end(1), crowd.group(1)))]
                    events = [told[0] if e is previous[0] else e for e in events]
                    previous = told
                    continue
                updated = [event_actors.attributed_again(doc, i, event_actors.named_sides(doc, i, event_actors.with_participants(
                    doc, i, _continue(_redated(e, dated, doc.text, named_again=named_again is not None and len({h.date for h in hits}) == 1), typing, sent,
                                      doc.text, counts=not _later_day(e, told))))) for e in told]
                events = [updated[told.index(e)] if e in told else e for e in events]
                previous = updated
                continue
            if events and _SAME_PLACE.search(sent.text) and (_RETOLD.search(sent.text) or (
                    typing.sub_event_type == "Non-violent transfer of territory" and events[-1].event_type == "Battles"
                    and events[-1].sub_event_type in parts.TERRITORY_SUBS)):
                # "M23 rebels seized the town of Rubaya ... The army withdrew from the town": how it was
                # taken; "... said the RSF attacked the village twice ... 35 children were among the dead",
                # "The RSF ... denied targeting civilians": the same event told again
                previous = [events[-1]]
                continue
            # the dateline's place stands in only for the story's first event (a wire lead)
            # (the lead only: "A ceasefire agreed in 2015 collapsed ..." deep in a news brief is not in Madrid)
            # (or the first event of a story that has named no other place, told with its day: "LONDON -
            # Organisers of a march in London said they expected ... Last week's march passed off largely
            # peacefully, though police arrested 126 people")
            # (nor for what the paragraph goes on to tell of an event at the border: "... exchanged heavy
            # fire at the Torkham border crossing ... One Pakistani soldier and two Afghan guards were wounded")
            anchor_place = None if (events or _summary_of(sent, typing) or _ELSEWHERE.search(sent.text)
                                    or at_border is not None and _same_paragraph(doc, at_border, i)) else _anchor_place(doc)
            if anchor_place is not None and not (i == lead or _same_paragraph(doc, lead, i)) \
                    and not (own and _dateline_story(anchor_place, [p for k in range(lead, i) for p in by_sentence.get(k, [])
                                                                if p.mention.start >= dateline_end])):
                anchor_place = None
            story = _story_country(all_places) if anchor_place is not None else None
            if story and anchor_place.country_code != story:
                # "DUBAI - A Kurdish woman died in hospital in Tehran ... she had been beaten in custody": the
                # story's last place, not the regional bureau's town
                told = [p for k in range(lead, i) for p in by_sentence.get(k, [])
                        if p.resolved and p.mention.start >= dateline_end and p.country_code == story]
                anchor_place = next((p for p in reversed(told) if p.feature != "country"), told[-1] if told else None)
            operation = _operation_place(doc, i, typing, events, by_sentence, dateline_end)
            if operation is not None:
                # "security forces conducted an intelligence based operation in Mir Ali, North Waziristan
                # District ... During the conduct of the operation, own troops effectively engaged the
                # khwarij": where the operation the sentence goes on about was, not the press office's town
                anchor_place = operation
            if anchor_place is not None and anchor_place.feature_code == "PPLC" and _AT_BORDER.search(sent.text):
                anchor_place = None  # "ISLAMABAD - Afghan forces attacked several Pakistani border posts": not in the capital
            if anchor_place is not None and (any(not p.resolved and _AT_UNKNOWN.search(doc.text, sent.start, p.mention.start)
                                                 for p in by_sentence.get(i, []))
                                             or loc.unknown_named_place(doc.text, sent, by_sentence.get(i, []),
                                                                        gazetteer_for(ctx.settings)) is not None):
                # "COCHABAMBA - ... a highway blockade ... near the town of Parotani", Parotani unknown:
                # somewhere about the town the report was filed from, not in it
                division = next((p for p in by_sentence.get(i, []) if not p.resolved
                                 and _DIVISION_WORD.match(doc.text, p.mention.end)), None)
                anchor_place = dataclasses.replace(anchor_place, geo_precision=max(2, anchor_place.geo_precision))
                if division is not None and anchor_place.feature == "city":
                    # ("JAYAPURA - ... shot dead a driver in Intan Jaya regency": a division the gazetteer lacks,
                    # as likely far off as near; somewhere in the dateline town's province)
                    anchor_place = _province_of(anchor_place, Span(division.mention.start, division.mention.end,
                                                                   division.mention.text), i, ctx) or anchor_place
                country = next((p for p in by_sentence.get(i, []) if p.feature == "country"
                                and p.country_code == anchor_place.country_code), None)
                if anchor_place.feature_code == "PPLC" and not _IN_CAPITAL_HEADLINE.search(doc.title or ""):
                    # (not under "Drone strike kills 8 children in Haitian capital": about the capital, as the
                    # headline says)
                    # "MOGADISHU - ... air strikes ... in the Cal Miskaad mountains of Somalia's Puntland
                    # region": somewhere in the country, not about its capital the wire files from
                    # ("BAMAKO - Militants attacked an army base in Boulkessi": the country's news)
                    # ("DHAKA - ... workers who blocked the Dhaka-Tangail highway at Ashulia": near the road's first town)
                    anchor_place = route_end_lookup(doc.text, sent.start, sent.end, gazetteer_for(ctx.settings),
                                                    country=anchor_place.country_code, sent=i) \
                        or country or _headline_region(doc, i, gazetteer_for(ctx.settings), anchor_place.country_code) \
                        or _country_of(anchor_place, ctx) or anchor_place
            same = _SAME_PLACE.search(sent.text)
            named = [p for p in by_sentence.get(i, []) if p.resolved and p.feature == "city"
                     and p.mention.end <= sent.start + same.start()] if same and anchor_place is None else []
            if named and _TOWN_WORD.search(same.group(0)):
                # "a kolbar from Piranshahr was shot dead ... in the border area near the city": the town
                # the sentence named (in passing), about it
                near = _NEAR_BEFORE.search(doc.text, max(sent.start, sent.start + same.start() - 12), sent.start + same.start())
                anchor_place = dataclasses.replace(named[-1], geo_precision=max(2 if near else 1, named[-1].geo_precision))
            if anchor_place is None and events and same:
                # "repelled an RSF attack on the city's southeastern edge": the place the story is about
                anchor_place = events[-1].place
            filed = _anchor_place(doc) if anchor_place is None and not events and same and _FACILITY.match(same.group(0)) else None
            if filed is not None and filed.feature == "city":
                # "LAHORE - A court in Pakistan sentenced six men ... Outside the court, about 50 supporters of
                # the TLP chanted slogans": the court the story is about, in the town it is filed from
                anchor_place = filed
            if anchor_place is None and other_day and events[-1:] and events[-1].place \
                    and events[-1].place.feature == "city" and _dateline_story(events[-1].place, all_places) \
                    and all(e.place and e.place.geonameid == events[-1].place.geonameid for e in events):
                # "Drones struck fuel depots ... in Port Sudan on Tuesday ... On Monday, drones targeted a fuel
                # depot and a power station": a story of one town's days, each day's event there
                anchor_place = events[-1].place
            if anchor_place is None and other_day and previous and previous[0].place \
                    and previous[0].event_type == typing.event_type == "Battles":
                # "Boko Haram fighters attacked a Chadian army base on an island ... The army said 96 militants were
                # killed in a counter-offensive launched the next morning": the fight's next day, where it was fought
                anchor_place = previous[0].place
            if anchor_place is None and events and events[-1].place and _NEARBY.search(sent.text):
                # "bombed a village in nearby Yinmabin township" with the township unknown: near the last place
                anchor_place = dataclasses.replace(events[-1].place, geo_precision=max(2, events[-1].place.geo_precision))
            if anchor_place is None and village_country is not None and not (
                    events and events[-1].place and events[-1].place.country_code == village_country.country_code):
                # "Israeli artillery shelled the areas around the Lebanese village of Aitaroun", Aitaroun
                # unknown, after rockets on an Israeli town: somewhere in the country the text names
                anchor_place = village_country
            if anchor_place is None and events and events[-1].place and loc.unknown_village(doc.text, by_sentence.get(i, [])):
                # "soldiers killed two rebels in the village of Titigi", a village the gazetteer lacks:
                # near the story's last place (ACLED codes it to the nearest known place, precision 2 or 3)
                anchor_place = dataclasses.replace(events[-1].place, geo_precision=max(2, events[-1].place.geo_precision))
            unknown = loc.unknown_named_place(doc.text, sent, by_sentence.get(i, []), gazetteer_for(ctx.settings)) \
                if anchor_place is None and events and events[-1].place and events[-1].place.feature != "country" else None
            if unknown is not None:
                # "RSF fighters looted the market in Abu Hujar", Abu Hujar unknown, in a story from Sennar
                # state: somewhere in the province of the story's last place
                anchor_place = _province_of(events[-1].place, unknown, i, ctx)
            if anchor_place is None and events:
                # "... captured the town of Kunlong in northern Shan state ... Junta aircraft bombed a village near
                # Kunlong": a place the gazetteer lacks, already placed for an earlier event (about it, at most)
                placed = _placed_before(doc, by_sentence.get(i, []), events)
                anchor_place = dataclasses.replace(placed, geo_precision=max(2, placed.geo_precision)) if placed else None
            if anchor_place is None:  # "blocked the Dhaka-Mymensingh highway at Uttara", Uttara unknown
                anchor_place = route_end_lookup(doc.text, sent.start, sent.end, gazetteer_for(ctx.settings),
                                                country=_story_country(all_places), sent=i)
            capital = _THE_CAPITAL.search(sent.text)
            if anchor_place is None and capital:  # "clashes continued in the capital"
                country = events[-1].place.country_code if events and events[-1].place else _story_country(all_places)
                anchor_place = _capital_of(country, sent.start + capital.start(), sent.start + capital.end(),
                                           doc.text, i, ctx) if country else None
            if anchor_place is None and _AT_SEA.search(sent.text):
                # "fired missiles at a cargo ship in the Gulf of Aden ... The crew abandoned the vessel about 35
                # nautical miles south of the port of Mokha": near the coast the next sentence measures from
                anchor_place = _offshore_of(doc, i, by_sentence) or _coast_country(doc, i)
            # (one event told on two days is still one: "fought ... on Sunday and Monday")
            if anchor_place is None and events and all(_later_day(e, events) for e in events[1:]) and not events[0].fatalities \
                    and events[0].event_type in parts.VIOLENT_TYPES and _BARE_TOLL.match(sent.text) \
                    and not find_dates(sent.text, ref):
                # "Gang members stormed the town of Mirebalais ... The Viv Ansanm coalition has been expanding
                # ... At least five people were killed, including two police officers": in a report of one
                # event, a toll naming no place, day nor doer is that event's
                events = [_count_deaths(events[0], sent, doc.text), *events[1:]]
                previous = list(events)
                continue
            stopped = _intercepted_it(doc, i, tokens, typing, previous) if anchor_place is None else None
            if stopped is not None:
                events = [stopped if e is previous[0] else e for e in events]
                previous = [stopped]
                continue
            raised = _toll_raised(doc, i, events) if anchor_place is None else None
            if raised is not None:
                previous = [e for e in raised if e not in events]
                events = raised
                continue
            named = _named_doer(doc, i, tokens, typing, previous[0]) \
                if anchor_place is None and len(previous) == 1 and previous[0].event_type == typing.event_type \
                and not hits and not _ANOTHER.search(sent.text) else None
            if named is not None and named is not previous[0]:
                # "rival gangs fought ... inside the prison in Guayaquil. Members of Los Choneros and Los
                # Lobos clashed in two wings of the Litoral Penitentiary": who fought, named at an unknown spot
                events = [named if e is previous[0] else e for e in events]
                previous = [named]
                continue
            if anchor_place is None:
                rejections.append(Rejection(NAME, "NO_PLACE", f"sentence {i}: {sent.text[:80]}", "candidate"))
                previous = []  # a new paragraph about something else: its next sentence does not go on about the last event
                at_border = i if _ELSEWHERE.search(sent.text) else at_border
                if typing.event_type == "Explosions/Remote violence":
                    unplaced = (i, tokens, typing)
                continue
            locations = [anchor_place]
        village = _village_clause(doc, sent, locations, by_sentence.get(i, []), typing, i, ctx)
        if village is not None:
            # "One strike hit a house in the village of Aitaroun, killing three people, while a drone struck a
            # motorcycle near Bint Jbeil, killing two": the unknown village's strike, in the province of the other
            locations = sorted([*locations, village], key=lambda p: p.mention.start)
        new = _share_fatalities(_joint_size([_build_event(doc, ctx, i, sent, tokens, typing, place, current_date)
                                             for place in locations]), doc.text)
        new = [_blamed_here(doc, i, _the_group(_story_actor(_riot_damage(e, main_type), events, doc.text[:sent.start]),
                                               events, summary_groups)) for e in new]
        new = _each_day([_clause_day(sent, e, ref) for e in new] if len(new) > 1 else new, sent, doc.text, ref)
        if unplaced is not None and i - unplaced[0] <= 3:
            new = [_toll_of_strikes(doc, unplaced, e) for e in new]
        events.extend(new)
        previous = new
    events = [_placed_by_distance(doc, e, ctx) for e in events]
    headlines = [e for e in events if _headline_retold(doc, e, events)]
    rejections.extend(Rejection(NAME, "HEADLINE", e.event_id, "candidate") for e in headlines)
    events = [e for e in events if e not in headlines]
    events, dropped = consolidate(doc, events, stage=NAME)
    rejections.extend(dropped)
    if _NO_GATHERING.search(doc.text):
        # "Truck drivers across France went on strike ... No demonstrations were reported.": a stoppage
        # with no one in the streets, which ACLED does not code as a demonstration
        idle = [e for e in events if e.event_type == "Protests" and e.trigger and _STRIKE_WORD.search(e.trigger.text)]
        rejections.extend(Rejection(NAME, "STRIKE_ONLY", e.event_id, "candidate") for e in idle)
        events = [e for e in events if e not in idle]
    if _PERSONAL_MOTIVE.search(doc.text):
        # "Police said the shooting followed an argument over a woman and was not linked to terrorism":
        # interpersonal violence, which ACLED does not code
        personal = [e for e in events if e.sub_event_type == "Attack" and e.actor1.startswith("Unidentified Armed Group")]
        rejections.extend(Rejection(NAME, "PERSONAL_MOTIVE", e.event_id, "candidate") for e in personal)
        events = [e for e in events if e not in personal]
    if _NOT_AN_ATTACK.search(doc.text):
        # "A huge explosion tore through the Shahid Rajaee port ... Officials said the blast was caused by
        # a fire in a container depot ... and was not an attack": an accident, which ACLED does not code
        blasts = [e for e in events if e.event_type == "Explosions/Remote violence" and e.actor1.startswith("Unidentified Armed Group")]
        rejections.extend(Rejection(NAME, "ACCIDENT", e.event_id, "candidate") for e in blasts)
        events = [e for e in events if e not in blasts]
    events = _spread_toll(doc.text, events)
    # an air strike by aircraft nobody is named for, once the story's attributions are made: ACLED's
    # "Unidentified Military Forces" (warplanes being a state's; not drones, which militias fly too)
    events = [_prison_guards(_unknown_other_side(_unknown_air_force(e))) for e in events]
    # whether the source is a party, asked again of the final sides (a later sentence may name them:
    # "The Defence and Security Forces repelled the attack", told by the government)
    events = [dataclasses.replace(e, source_is_party=True) if not e.source_is_party and _party_to(doc, e) else e
              for e in events]
    kept = [e for e in events if e.confidence >= ctx.settings.event_min_confidence]
    rejections.extend(Rejection(NAME, "LOW_CONFIDENCE", e.event_id, "candidate") for e in events if e not in kept)
    return dataclasses.replace(doc, events=tuple(kept), rejections=doc.rejections + tuple(rejections))


def _with_qualifier_names(doc: Document, ctx) -> tuple[list[Place], dict[int, int]]:
    """The document's places and the names detection left out in qualifiers ("(Habban, Shabwah)")
    and before the place containing them ("Daret Azza town in Aleppo"); and for each containing
    place's mention start, the start of the place found inside it."""
    if not doc.sentences:
        return list(doc.places), {}

    def sentence_of(position: int) -> int:
        return next((n for n, s in enumerate(doc.sentences) if s.start <= position < s.end), -1)

    gaz = gazetteer_for(ctx.settings)
    extra = qualifier_lookups(doc.text, doc.places, gaz, sentence_of=sentence_of)
    containers: dict[int, int] = {}
    for inner, outer in contained_lookups(doc.text, doc.places, gaz, sentence_of=sentence_of):
        if not any(inner.mention.start < q.mention.end and q.mention.start < inner.mention.end for q in extra):
            extra.append(inner)
            containers[outer.mention.start] = inner.mention.start
    kept = [p for p in doc.places if not any(p.mention.start < q.mention.end and q.mention.start < p.mention.end
                                             for q in extra)]
    return sorted(kept + extra, key=lambda p: p.mention.start), containers


# "in several cities", "across the country": a summary, not an event at the dateline's place
_STRING_OF = re.compile(r"\ba (?:string|series|wave|spate|number) of\b")
_SUMMARY = re.compile(r"\b(?:several|many|dozens of|various|other|across the|nationwide|across|around the|all over the|"
                      r"throughout the)\b[^.]{0,30}"
                      r"\b(?:cities|towns|provinces|regions|countries|parts|country|nation|states|districts|counties|"
                      r"governorates|municipalities|locations)\b|\bnationwide\b|"
                      # ("blocked roads in at least 12 of Peru's 25 regions")
                      r"\b(?:\d+|[a-z]+) of (?:the )?(?:[\w'’-]+ )?(?:(?:\d+|[a-z]+) )?(?:cities|towns|provinces|regions|states|"
                      r"districts|counties|governorates|departments)\b|"
                      # ("Al-Shabaab militants carried out a string of attacks in southern and central Somalia")
                      rf"{_STRING_OF.pattern} (?:[\w-]+\s+)?(?:attacks|raids|strikes|bombings|assaults|"
                      r"ambushes|protests|demonstrations)\b|"
                      # ("blocked streets and burned rubbish in at least six states")
                      r"\bin (?:at least |more than |over |some )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|"
                      r"dozens of) (?:cities|towns|provinces|regions|states|districts|counties|governorates|departments|"
                      r"municipalities)\b", re.I)
_CAPITAL_OPENING = re.compile(r"^(?:In|At|Inside) the (?:country's |nation's )?capital\b")
_LATER_CLAUSE = re.compile(r",\s+(?:while|as|and|but|whereas)\s|;\s")


def _summary_of(sent: Span, typing: "parts.Typing") -> bool:
    """The sentence sums up events in many places ("Protests took place in several cities"), not in a
    later clause only ("... remained in their encampment, while similar encampments spread to campuses
    across the country")."""
    m = _SUMMARY.search(sent.text)
    if m is None:
        return False
    if not sent.start <= typing.trigger.start < sent.end:
        return True  # (a typing inherited from the story: no clause of this sentence to tell apart)
    cue = typing.trigger.start - sent.start
    return not (cue < m.start() and _LATER_CLAUSE.search(sent.text, cue, m.start()))


_DIVISION_NOUNS = (r"districts?|county|counties|raions?|rayons?|townships?|tehsils?|talukas?|municipality|regency|"
                   r"municipalities|department|territory|agency|prefecture|local government areas?|LGAs?")
_DIVISION_WORD = re.compile(rf"\s(?:{_DIVISION_NOUNS})\b(?!\s+(?:capital|headquarters|town|city|seat|secretariat|offices?|"
                            r"court|hospital|collectorate)\b)",
                            re.I)
# (not "Tehran's Narmak district", a quarter of the city: ACLED codes it at the city)
_OWNED_DIVISION = re.compile(r"['’]s\s+(?:[A-Z][\w'’-]+\s+){1,3}(?i:upazila|sub-?district|county|raion|township|"
                             r"tehsil|taluka|territory|local government area|LGA)\b")
_DIVISION_OF = re.compile(r"\bthe\s+(?:(?:north|south|east|west|central|remote|rural|neighbou?ring|border|mountainous)[\w-]*\s+)?"
                          rf"(?:{_DIVISION_NOUNS})(?<!s)\s+of\s+$", re.I)  # (not "the northern districts of Marseille")
_AREA_AFTER = re.compile(r"^\s+(?:countryside|outskirts|suburbs?|environs|area|vicinity|surroundings)\b", re.I)


# "Celaya in Mexico's central Guanajuato state", "Bannu, in Khyber Pakhtunkhwa province"
_POSSESSIVE_OF = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?")
_IN_CONTAINER = re.compile(r"^(?:\s+(?:town|city|village|municipality))?,?\s+(?:in|of)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s?\s+)?(?:[a-z-]+\s+){0,2}$|^,\s+$")


def _situates(text: str, place: Place, places: list[Place]) -> bool:
    """A division named right after a town inside it only says where the town is; a place whose
    possessive names a district of its own ("in Kandahar's Arghandab district") likewise."""
    if _POSSESSIVE_OF.match(text, place.mention.end) and any(
            q is not place and q.resolved and q.country_code == place.country_code
            and (place.feature == "country" or q.admin1 == place.admin1)
            # (not a city's own quarter: "Dhaka's Motijheel area" is in Dhaka, where ACLED codes it)
            and (q.feature in ("admin1", "admin2") or place.feature in ("country", "admin1"))
            and _POSSESSIVE_OF.fullmatch(text, place.mention.end, q.mention.start) for q in places):
        return True
    if place.feature not in ("admin1", "admin2"):
        return False
    return any(q.feature == "city" and q.admin1 == place.admin1 and q.country_code == place.country_code
               and q.mention.end <= place.mention.start
               and _IN_CONTAINER.match(text[q.mention.end:place.mention.start]) for q in places)


# "in Haiti's capital", "the capital": the country's capital city (not "the capital of X", which names it)
_POSSESSIVE_CAPITAL = re.compile(r"['’]s\s+capital\b(?!\s+(?:of|city of)\b)")
_IN_THE_CAPITAL = re.compile(r"\b(?:in|across|around|near|outside|on the streets of) (the (?:country's |nation's )?capital)\b"
                             r"(?!\s+(?:of|city of)\b|,)")
_THE_CAPITAL = re.compile(r"\bthe (?:country's |nation's )?capital\b(?!\s+(?:of|city of)\b|,)")
# "outside Georgia's parliament": a building of the state's, in its capital
_STATE_SEAT = re.compile(r"['’]s\s+(?:parliament|national assembly|presidential palace|presidency|supreme court|"
                         r"constitutional court|central bank|prime minister['’]s office)\b", re.I)


def _story_country(places: list[Place]) -> str | None:
    """The country most of the story's places lie in, when most do ("the capital" before any event)."""
    codes = Counter(p.country_code for p in places if p.resolved and p.country_code)
    if not codes:
        return None
    code, n = codes.most_common(1)[0]
    return code if 2 * n > sum(codes.values()) else None


def _capital_of(country_code: str, start: int, end: int, text: str, sent: int, ctx) -> Place | None:
    from ..georank import to_place

    gaz = gazetteer_for(ctx.settings)
    capital = gaz.national_capital(country_code) if country_code else None
    if capital is None:
        return None
    mention = Mention(start, end, text[start:end], "PLACE", "pattern", sent)
    return to_place(mention, capital, gaz, confidence=0.8, reason="the country's capital")


def _demonym_country(text: str, span: tuple[int, int], sent: int, ctx) -> Place | None:
    """The country a demonym names ("Lebanese"), as a place mentioned by those words (precision 3)."""
    from ..georank import to_place

    gaz = gazetteer_for(ctx.settings)
    entry = gaz.demonym(text[span[0]:span[1]])
    if entry is None or entry.feature != "country":
        return None
    mention = Mention(span[0], span[1], text[span[0]:span[1]], "PLACE", "pattern", sent)
    return to_place(mention, entry, gaz, confidence=0.8, reason="the country a demonym names")


def _placed_by_distance(doc: Document, event: Event, ctx) -> Event:
    """"recaptured the town of Bulla Haji", Bulla Haji unknown and so the country ... "The militants had seized
    the town, about 90 km northwest of Kismayo, in July": near the town it is measured from (within 50 km),
    else in that town's province."""
    told = event.evidence_for("sentence")
    if event.place is None or event.place.feature != "country" or told is None:
        return event
    if not any(not p.resolved and told.start <= p.mention.start < told.end for p in doc.places):
        return event
    for m in _TOWN_MEASURED.finditer(doc.text, told.start):
        point = next((p for p in doc.places if p.mention.start == m.end() and p.resolved and p.feature == "city"
                      and p.country_code == event.place.country_code), None)
        if point is None:
            continue
        amount = m.group("n").replace(",", "")
        km_away = float(amount) * (1.609 if m.group("unit").startswith("mile") else 1.0) if amount[0].isdigit() else 10.0
        place = dataclasses.replace(point, geo_precision=2) if km_away <= 50 else \
            _province_of(point, Span(point.mention.start, point.mention.end, point.mention.text), point.mention.sent, ctx)
        if place is None:
            return event
        moved = dataclasses.replace(event, place=place, evidence=tuple(e for e in event.evidence if e.field != "location")
                                    + (Evidence("location", point.mention.start, point.mention.end, point.mention.text),))
        return dataclasses.replace(moved, notes=parts.notes_for(moved, None))
    return event


_TOWN_MEASURED = re.compile(rf"\b(?:[Tt]he|[Tt]hat) (?:town|village|city|locality|settlement),?\s+(?:which lies\s+|located\s+)?"
                            rf"(?:about |some |around |roughly |nearly |approximately )?{DISTANCE}\s+{DIRECTION_OF}", re.I)


def _headline_region(doc: Document, sent: int, gaz, country_code: str) -> Place | None:
    """The province of the country that the headline names ("Gunmen abduct bus passengers in Ethiopia's
    Oromia region" over "ADDIS ABABA - ... near the town of Gerba Guracha", Gerba Guracha unknown)."""
    from ..georank import to_place

    m = _HEADLINE_REGION.search(doc.title or "")
    entry = next((c.entry for c in gaz.search(m.group(1), country_code) if c.entry.feature == "admin1"), None) if m else None
    if entry is None:
        return None
    # (the headline is no part of the text: the place is told by the sentence's unknown one, which it holds)
    told = next((p.mention for p in doc.places if p.mention.sent == sent and not p.resolved), None)
    if told is None:
        return None
    mention = Mention(told.start, told.end, told.text, "PLACE", "pattern", sent)
    return dataclasses.replace(to_place(mention, entry, gaz, confidence=0.6, reason=f"headline: {m.group(0)}"),
                               geo_precision=3)


_HEADLINE_REGION = re.compile(r"\b([A-Z][\w-]+(?: [A-Z][\w-]+)?) (?:region|province|state|governorate)\b")


def _village_clause(doc: Document, sent: Span, locations: list[Place], places: list[Place], typing, i: int, ctx) -> Place | None:
    """A village the gazetteer lacks, struck in a clause of its own with its own toll beside a clause about
    the sentence's one known place: that village's event, somewhere in the known place's province."""
    if len(locations) != 1 or not locations[0].resolved or locations[0].feature != "city" \
            or typing.event_type not in event_actors.VIOLENT_TYPES:
        return None
    known = locations[0]
    for p in places:
        if p.resolved or not loc.VILLAGE_OF.search(doc.text, max(sent.start, p.mention.start - 25), p.mention.start):
            continue
        lo, hi = sorted((p.mention.end, known.mention.start) if p.mention.start < known.mention.start
                        else (known.mention.end, p.mention.start))
        between = doc.text[lo:hi]
        if not _CLAUSE_TURN.search(between):
            continue
        own = doc.text[p.mention.end:hi] if p.mention.start < known.mention.start else doc.text[p.mention.end:sent.end]
        if fatalities(_CLAUSE_TURN.split(own, 1)[0]) is None:
            continue
        return _province_of(known, Span(p.mention.start, p.mention.end, p.mention.text), i, ctx)
    return None


_VILLAGE_IN_TOWN = re.compile(r"\s+in\s+(?:the\s+)?(?:town\s+of\s+|city\s+of\s+)?")
_CLAUSE_TURN = re.compile(r",\s+(?:while|whereas|and\s+another|as)\s|;\s")


def _province_of(place: Place, span: Span, sent: int, ctx) -> Place | None:
    """The first-level division a place lies in, as a place mentioned by `span` (precision 3)."""
    from ..georank import to_place

    gaz = gazetteer_for(ctx.settings)
    entry = gaz.get(place.geonameid) if place.geonameid else None
    province = entry if entry is not None and entry.feature == "admin1" else gaz.admin1_of(entry) if entry is not None else None
    if province is None:
        return None
    mention = Mention(span.start, span.end, span.text, "PLACE", "pattern", sent)
    return dataclasses.replace(to_place(mention, province, gaz, confidence=0.5, reason=f"unknown place in {province.name}"),
                               geo_precision=3)


def _country_of(place: Place, ctx) -> Place | None:
    """The country a place lies in, told where the place was (precision 3)."""
    gaz = gazetteer_for(ctx.settings)
    return _read_as(place, gaz.country(place.country_code) if place.country_code else None, ctx,
                    "the country of the dateline's capital")


def _seat_of(province: Place, ctx) -> Place | None:
    """The seat of a province, told where the province was."""
    gaz = gazetteer_for(ctx.settings)
    entry = gaz.get(province.geonameid) if province.geonameid else None
    return _read_as(province, gaz.capital_of(entry) if entry is not None else None, ctx, f"seat of {province.name}")


def _read_as(place: Place, entry, ctx, reason: str) -> Place | None:
    """Another gazetteer entry for the words of a place mention."""
    from ..georank import to_place

    return None if entry is None else to_place(place.mention, entry, gazetteer_for(ctx.settings),
                                               confidence=place.confidence, reason=reason)


def _capitals(places: list[Place], text: str, ctx) -> list[Place]:
    """A country named as the owner of its capital ("attacked police stations in Haiti's capital")
    stands for the capital city."""
    out = []
    for p in places:
        m = _POSSESSIVE_CAPITAL.match(text, p.mention.end) if p.feature == "country" else None
        capital = m and _capital_of(p.country_code, p.mention.start, m.end(), text, p.mention.sent, ctx)
        out.append(capital or p)
    return out


_NEARBY = re.compile(r"\b(?:nearby|neighbou?ring|adjacent)\s+(?:[A-Z][\w'’-]+\s+)?(?:township|village|district|town|hamlet|area)\b|"
                     # ("In nearby Motherwell, about 200 residents marched", Motherwell read abroad)
                     r"\b(?:[Ii]n|[Aa]t) nearby [A-Z]|"
                     r"\b(?:an?|the)\s+nearby\s+(?:village|town|hamlet|area|settlement|camp)\b")
_YEAR_OPENING = re.compile(r"^(?:In|Back in|During|Earlier in)\s+(?:early |late |mid-?)?((?:19|20)\d\d)\b")
# "Washington has previously blamed Iran-backed militias ... for similar attacks": what is told
# of earlier events like it
_SIMILAR_PAST = re.compile(r"\b(?:similar|earlier|previous)\b")
_PAST_PATTERN = re.compile(r"\b(?:has|have|had) (?:previously|repeatedly|often|long|in the past) (?:blamed|accused|attributed|"
                           r"claimed|carried out)\b|\b(?:similar|previous|past|earlier) (?:attacks|strikes|incidents|bombings|"
                           r"raids)\b|"
                           # ("JNIM ... has stepped up attacks in Burkina Faso this year": a trend, no event)
                           r"\b(?:has|have) (?:stepped up|intensified|escalated|increased|expanded) (?:its |their )?"
                           r"(?:[\w-]+ )?(?:attacks|raids|strikes|operations|offensives?|kidnappings|abductions)\b[^.;]*?"
                           r"\b(?:this year|in recent (?:days|weeks|months|years)|since)\b")
_SUICIDE_BOMBER = re.compile(r"\bsuicide\s+(?:bomber|bombing|attacker|car bomb|vest)\b", re.I)
_PERSON_AGAIN = re.compile(r"^(?:The|His|Her|Their)\s+(?:[\w-]+\s+)?([a-z][\w-]{2,})\s+(?:was|were|had|has|who)\b")


def _tally(sent: Span, ref: date | None, dateline_end: int = 0) -> bool:
    """"At least 281 aid workers were killed around the world in 2024, making it the deadliest year on
    record": a count over a year and the world, and its breakdown ("Most of the deaths were in Gaza"),
    no event; nor "Police detained more than 1,100 people over five nights of protests, the minister said
    on Monday": a count over days, dated only by its telling."""
    if _BREAKDOWN.match(sent.text):
        return True
    # (not the dateline's own date: "ISTANBUL, March 24, 2025 - ...")
    hits = [h for h in find_dates(sent.text, ref) if sent.start + h.start >= dateline_end]
    if _OVER_DAYS.search(sent.text) and all(_SAID_JUST_BEFORE.search(sent.text, max(0, h.start - 40), h.start) for h in hits):
        return True
    if _WAR_TOLL.search(sent.text):
        return True  # "Sudan's war ... has killed tens of thousands of people ... since it began in April 2023"
    return _WORLDWIDE.search(sent.text) is not None and any(h.kind == "year" for h in hits)


_WAR_TOLL = re.compile(r"\b(?:war|conflict|insurgency|civil war|violence|crisis|fighting)\b[^.;]{0,80}?\b(?:has|have|had)\s+"
                       r"(?:now\s+|so far\s+)?(?:killed|left|claimed)\b[^.;]{0,120}?\bsince\b", re.I)


_OVER_DAYS = re.compile(r"\b(?:over|during|in|across) (?:the (?:past|last) )?(?:two|three|four|five|six|seven|eight|nine|ten|"
                        r"several|\d+) (?:days|nights|weeks) of (?:[\w-]+ )?(?:protests?|demonstrations?|unrest|rallies|riots)\b", re.I)


_WORLDWIDE = re.compile(r"\b(?:around|across|throughout) the (?:world|globe)\b|\bworldwide\b|\bdeadliest year\b", re.I)
_BREAKDOWN = re.compile(r"^(?:Most|Many|More than half|Nearly half|About half) of (?:the|those|these) (?:deaths|dead|killings|"
                        r"victims|fatalities|casualties)\b")
_REPORT_TELLS = re.compile(r"^(?:The|Its|This|That|A) (?:new |latest |annual |[\w-]+-page )?(?:report|study|investigation|survey|"
                           r"documentary|book|findings|dossier)\s+(?:also\s+)?(?:documents|details|describes|lists|cites|"
                           r"records|recounts|chronicles|catalogues|examines|reviews)\b")
# "Fighting has intensified around Marib since the rebels launched an offensive on the province
# earlier this year": the cue's own trend over months
_TREND = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:has|have)\s+(?:intensified|escalated|increased|surged|spiked|grown|mounted|"
                    r"worsened)\s+(?:[\w-]+\s+){0,4}?since\b[^.;]*?\b(?:(?:earlier|early|late|last|this) year|months|years|"
                    rf"(?:{MONTH_NAMES})|(?:19|20)\d\d)\b")
# "is a hotbed of attacks", "has long been plagued by": what usually happens in a place
_HABITUAL = re.compile(r"\b(?:is|are|has been|have been|remains?|has become)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:hotbed|hotspot|hot spot|epicent(?:re|er)|flashpoint|theat(?:re|er))\s+(?:of|for)\b|"
                       r"\b(?:has|have) (?:long |repeatedly |frequently )?been (?:plagued|wracked|racked|beset) by\b|"
                       r"\b(?:is|are) (?:a )?(?:frequent|regular|recurrent|repeated) (?:targets?|scenes?) of\b|"
                       # "insurgents have for decades fought the state": a long war, not one fight
                       r"\b(?:has|have) (?:for|over) (?:decades|years|many years|more than a decade|two decades)\b|"
                       r"\b(?:has|have) (?:been )?(?:fought|waged|battled|fighting|waging|battling) (?:[\w-]+ ){0,4}?"
                       r"(?:for|since|over) (?:decades|years|many years|more than a decade|two decades|\d{4})\b|"
                       # "Unity State has seen repeated clashes between armed youth groups this year"
                       r"\b(?:has|have) (?:also )?(?:seen|witnessed|experienced) (?:repeated|frequent|regular|recurrent|recurring|"
                       r"numerous|several|many|dozens of|a (?:series|wave|spate|surge|string) of|an? (?:rise|increase|upsurge) in)\b|"
                       # "have killed tens of thousands of people over the past decade"
                       # ("Several activists have been killed or abducted in the capital in recent months")
                       r"\b(?:has|have)\s+(?:[\w-]+\s+){1,8}?(?:(?:over|in|during) the (?:past|last) (?:decade|\d+ years|few years|"
                       r"several years|years|(?:few |several |\d+ )?months)|in recent (?:weeks|months|years))\b", re.I)
# "border guards exchanged fire at several points along their disputed border": not where the report was filed
# the seas a ship may be struck in ("in the Red Sea", "in the southern Caribbean")
_SEAS = r"(?:(?:[A-Z][\w-]+ )?(?:Sea|Gulf|Strait|Straits|Ocean|Bay|Channel)\b|(?:(?:south|north|east|west)(?:ern)? )?" \
    r"(?:Caribbean|Mediterranean|Atlantic|Pacific)\b)"
_ELSEWHERE = re.compile(r"(?i:\b(?:along|on|at|across|over)\s+(?:the|their|its|a|both sides of the)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:border|frontier|front ?lines?|boundary)\b|\bat sea\b)|"
                        rf"\b(?:in|off|into|across|through) the {_SEAS}")
_DRONE = re.compile(r"\bdrones?\b|\bUAVs?\b", re.I)
_FOUND_IN_RAID = re.compile(r"\b(?:were|was|have been|had been) (?:found|discovered|seized|recovered|confiscated)\b")
_GLOSS = re.compile(r"\s*\((?:between|from)?\s*")
# ("Two days earlier, insurgents had attacked ...": that many days before the day just told)
_STEP_DAYS = r"(?:(?P<n>a|one|two|three|four|five|\d)\s+days?|the\s+day)"
_DAY_STEP = re.compile(rf"^{_STEP_DAYS}\s+(?P<way>earlier|before|later|after)\b|^The\s+(?P<way2>previous|next|following)\s+(?:day|morning|afternoon|evening|night)\b", re.I)
# ("... said its fighters had shot down a junta drone near Monywa the previous day.": closing the clause
# of an event, not "a day after President Noboa declared ...", which counts from something else)
_DAY_STEP_AFTER = re.compile(rf"\b(?:{_STEP_DAYS}\s+(?P<way>earlier|later)|the\s+(?P<way2>previous|next|following)\s+(?:day|morning|afternoon|evening|night)|"
                             r"the\s+day\s+(?P<way3>before))(?=\s*(?:[.,;]|$))", re.I)
_AT_BORDER = re.compile(r"\bborder (?:posts?|outposts?|positions?|checkpoints?|areas?|regions?|villages?|towns?|districts?|"
                        r"communit(?:y|ies))\b", re.I)
# ("The Israeli military said it had killed a Hezbollah commander ... in the area": the strike's own account)
_RETOLD = re.compile(r"\bamong the (?:dead|victims|killed|wounded)\b|\bdenied\b|\bsaid (?:it|they) had (?:killed|targeted|struck|hit)\b|"
                     r"\bden(?:y|ies|ying) (?:any |the )?"
                     r"(?:involvement|responsibility|targeting)\b", re.I)
# "the city's edge", "in the village": the place just told, named again by its kind (not "the city of X")
_AT_THE = r"(?:outside|at|inside|in front of|near) the "
_FACILITY = re.compile(_AT_THE, re.I)
_TOWN_WORD = re.compile(r"\b(?:city|town|village)\b")
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|around|close to)\s+$")
# (the same, told by a sentence the parser did not read: "near the border town of El Wak")
_NEAR_TOWN_OF = re.compile(r"\b(?:near|outside|around|close to)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:(?:town|city|village)\s+of\s+)?$")
_SAME_PLACE = re.compile(r"\bthe (?:site|scene) of the (?:strike|attack|blast|explosion|bombing|shooting|raid)\b|"
                         r"\b(?:the|this|that)\s+(?:same\s+)?(?:city|town|village|camp|area)\b(?!\s+of\b)(?!\s+(?:council|hall|centre|center))|"
                         # "About 200 demonstrators had gathered outside the facility"
                         rf"\b{_AT_THE}(?:facility|building|hotel|compound|premises|venue|prison|jail|"
                         r"court|courthouse|hospital|morgue)\b|"
                         # "A counter-protest ... was held about 200 metres away"
                         r"\b(?:\d[\d,]*|a few|several|a hundred|hundreds of)\s+(?:metres|meters|yards|feet|streets|blocks)\s+away\b", re.I)


def _dateline_end(doc: Document) -> int:
    return doc.anchor.end if doc.anchor else 0


def _in_dateline(doc: Document, start: int) -> bool:
    return bool(doc.anchor and doc.anchor.date_span and doc.anchor.date_span.start <= start < doc.anchor.date_span.end)


def _same_paragraph(doc: Document, a: int, b: int) -> bool:
    if a < 0 or b >= len(doc.sentences):
        return False
    return "\n\n" not in doc.text[doc.sentences[a].end:doc.sentences[b].start]


def _dateline_story(anchor: Place, named: list[Place]) -> bool:
    """The story named the dateline's town again and no other town or region but the one holding it
    (countries may be named in passing: "the US embassy")."""
    resolved = [p for p in named if p.resolved]
    return any(p.geonameid == anchor.geonameid for p in resolved) and all(
        p.geonameid == anchor.geonameid or p.feature == "country"
        or p.feature == "admin1" and (p.country_code, p.admin1) == (anchor.country_code, anchor.admin1) for p in resolved)


# a ship or waters named as where it happened
_VESSELS = r"(?:ships?|vessels?|tankers?|freighters?|dhows?|boats?|warships?|(?:aircraft )?carriers?|destroyers?|frigates?)"
_AT_SEA = re.compile(rf"\b{_VESSELS}\b(?:[^.;]|\b[A-Z]\.){{0,80}}?\b(?:in|off|near) the {_SEAS}|\boff the coast\b")
# "the U.S. aircraft carrier Harry S. Truman in the Red Sea": whose ship, not where it was
_SHIPS_FLAG = re.compile(rf"\s+(?:[a-z-]+\s+)?{_VESSELS}\b")
# "about 35 nautical miles south of the port of Mokha", "off the coast of Eyl"
_OFFSHORE_OF = re.compile(r"(?:\b(?:nautical )?(?:miles|km|kilometres|kilometers)\s+(?:[\w-]+\s+)?(?:north|south|east|west|"
                          r"northwest|northeast|southwest|southeast)(?:-\w+)?\s+of|\boff(?: the coast of)?)\s+"
                          r"(?:the\s+(?:port|town|city|island)\s+of\s+)?$")


def _coast_country(doc: Document, i: int) -> Place | None:
    """The country a ship struck at sea was off or sailing from, in its sentence or the headline
    ("strikes alleged drug boat off Venezuela"): somewhere off that country, precision 3."""
    headline_end = doc.anchor.place.start if doc.anchor and doc.anchor.place else 0
    return next((p for p in doc.places if p.resolved and p.feature == "country" and (
        p.mention.sent == i or p.mention.end <= headline_end)
        and _OFF_COUNTRY.search(doc.text, max(0, p.mention.start - 12), p.mention.start)), None)


_OFF_COUNTRY = re.compile(r"\b(?:off|from)\s+(?:the\s+coast\s+of\s+)?$")


def _offshore_of(doc: Document, i: int, by_sentence: dict) -> Place | None:
    """The coastal place this sentence or the next one of its paragraph measures the ship's position
    from, at precision 2 (the gazetteer holds no seas)."""
    for k in (i, i + 1):
        if k >= len(doc.sentences) or (k > i and not _same_paragraph(doc, i, k)):
            break
        for p in by_sentence.get(k, []):
            if p.resolved and p.feature == "city" and _OFFSHORE_OF.search(doc.text, max(0, p.mention.start - 60), p.mention.start):
                return dataclasses.replace(p, geo_precision=2)
    return None


_NO_GATHERING = re.compile(r"\b[Nn]o (?:street )?(?:demonstrations?|protests?|rallies|marches|gatherings?|pickets?)\s+"
                           r"(?:were|was|have been|had been)\s+(?:reported|held|staged|seen|planned)\b")
_STRIKE_WORD = re.compile(r"\bstrik(?:e|es|ing|ers?)\b|\bwalk(?:ed)? ?out\b|\bstoppages?\b", re.I)


def _placed_before(doc: Document, places: list[Place], events: list[Event]) -> Place | None:
    """The place of the last event told in a sentence naming the same unknown place as this one."""
    names = {p.mention.text for p in places if not p.resolved}
    for event in reversed(events):
        told = event.evidence_for("sentence")
        if event.place is not None and told is not None and any(
                not p.resolved and p.mention.text in names and told.start <= p.mention.start < told.end for p in doc.places):
            return event.place
    return None


def _anchor_place(doc: Document) -> Place | None:
    """The dateline's place, when it resolved to something finer than a country."""
    if not doc.anchor or not doc.anchor.place:
        return None
    span = doc.anchor.place
    for place in doc.places:
        if place.resolved and place.feature != "country" and span.start <= place.mention.start < span.end:
            return place
    return None


_BLAMED_FOR = re.compile(r"\b(?:blamed|blames|blaming|accused|accuses|accusing)\s+(?P<who>[^,;]{2,90}?)\s+(?:for|of)\s+"
                         r"(?:carrying out\s+)?(?:the|this|that|Tuesday's|Monday's|Wednesday's|Thursday's|Friday's|"
                         r"Saturday's|Sunday's)\s+(?:[\w-]+\s+)?(?:attack|bombing|blast|ambush|assault|raid|killing|"
                         r"massacre|explosion|shooting|strike)s?\b")
_ACROSS_AREA = re.compile(r"\b(?:across|throughout|around|in several parts of)\s+(?:the\s+)?[A-Z]")
# (also "including a family of seven in a house in Jabalia": seven)
_INCLUDING = re.compile(rf"\bincluding\s+(?:at least\s+)?(?:(?:a|an entire|one)\s+family\s+of\s+)?(?P<n>{NUMBER})\s+[^.;]{{0,60}}?\s(?:in|at)\s+(?:[\w-]+\s+){{0,4}}$")
# "..., regional police commander Ali Nuno said, blaming Al Shabaab militants who cross from Somalia"
_RIVALRY = re.compile(r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:war|feud|rivalry|dispute|conflict|fighting|battle)\s+between\b", re.I)
_SAID_BLAMING = re.compile(r"\b(?:said|says)(?:\s+on\s+[A-Z]\w+|\s+in\s+a\s+statement)?,\s+blaming\s+(?P<who>[^,;.]{2,80})")
# ("Regrettably, two gallant soldiers paid the supreme price while three others were wounded")
# ("The Interior Ministry said 17 Taliban were killed when Afghan forces counter-attacked")
# ("At least eight people were killed in the unrest", after crowds looted and burned: the riot's dead)
_IN_THE_UNREST = re.compile(r"\b(?:in|during)\s+the\s+(?:[\w-]+\s+)?(?:unrest|riots?|rioting|violence|looting|disturbances|chaos)\b")
_TOLL_OPENING = re.compile(r"^(?:(?:Regrettably|Unfortunately|Sadly),\s+|(?:The|An?|[A-Z][\w-]+['’]s)\s+(?:[\w'’-]+\s+){1,3}?said\s+(?:that\s+)?)?"
                           r"(?:(?i:at least|some|about|around|more than|nearly|over)\s+)?"
                           r"[\w,]+\s+(?:[\w-]+\s+)?(?:people|persons?|"
                           r"civilians?|fighters|soldiers?|troops|others|police ?(?:officers?|men|man)|officers?|militants|"
                           r"attackers|assailants|guards?|Taliban|(?:[A-Z][\w-]+\s+)?(?:fighters|militants|members)|"
                           # ("One man who tried to resist was shot dead, a resident said.")
                           r"man|woman|men|women|villagers?|residents?)\b[^.;]{0,30}?\b(?:(?:was|were|has been|have been|had been)\s+"
                           r"(?:killed|wounded|injured|shot dead)|paid the (?:supreme|ultimate) (?:price|sacrifice))\b")
_TOLL_RISE = re.compile(r"\b(?:death )?toll (?:from|in|of) [^.;]{3,90}?\s(?:rose|has risen|had risen|climbed|has climbed|"
                        r"increased|jumped|reached|has reached) to\b", re.I)
_TOLL_RAISED = re.compile(rf"\b(?:raised|revised|put)\s+the\s+(?:death\s+)?toll\s+(?:up\s+)?to\s+(?P<n>{NUMBER})\b|"
                          rf"\b(?:death )?toll\s+(?:has\s+|had\s+)?(?:rose|risen|climbed|increased|reached)\s+to\s+(?P<m>{NUMBER})\b",
                          re.I)
_BODIES_OF_THE = re.compile(r"^The bodies of (?:the|all the|all|the remaining|the last)\s")
_HURT_TOLL = re.compile(r"^(?:(?i:at least|some|about|around|more than|nearly|over|dozens of|scores of)\s+)?(?:[\w,]+\s+)?"
                        r"(?:people|persons|protesters|demonstrators|police ?(?:officers|men)|officers|others)\b[^.;]{0,30}?"
                        r"\b(?:were|have been|had been)\s+(?:injured|wounded|hurt)\b"
                        # (the whole sentence: not "... were injured when activists attacked the demonstrators")
                        r"(?:\s+(?:across|in|at|during|on|overall|in total)\b[^.;,]*)?(?:,\s+[^.;,]*\b(?:said|says|according to)\b[^.;]*)?\.?$")
# ("Residents of Nabatieh and Baalbek said strikes hit houses", in a story of air strikes: more of them)
# ("In Maarat Misrin, five people died when a strike flattened a house"; "A strike on a vegetable market ...")
_BARE_STRIKE = re.compile(r"\b(?:(?:[Aa]|[Aa]n|[Aa]nother|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+)?(strikes?)\s+(?:on|hit|that|in|near|killed|"
                          r"flattened|destroyed|levell?ed|struck)|"
                          # ("Strikes also hit energy facilities in Lviv, Ternopil and Zhytomyr")
                          r"(?<![Tt]he )([Ss]trikes)\s+(?:also\s+)?(?:hit|struck|targeted|destroyed|(?:were|was)\s+(?:also\s+)?"
                          # ("Strikes were also reported on the outskirts of Khiam and Kfar Kila")
                          r"(?:reported|carried out|launched)\s+(?:on|in|near|against|around)))\b")
_BLAMED_ON_GROUPS = re.compile(r"\b(?:blamed|blames|blaming)\s+(?:the\s+)?(?:violence|attacks?|clashes|fighting|killings?|"
                               r"bombings?|ambush|shooting|gunfight)\s+on\s+(?P<who>[^.;]{2,160})")
# who a source blames, in a group named "who": "blamed the ELN for the attack", "blamed the violence on
# ARSA and the RSO", "..., said, blaming Al Shabaab militants"
# "Police blamed the Jaime Martinez front, a faction of FARC dissidents": a sentence that only blames a group
_BLAMED_GROUP = re.compile(r"^(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}\s+)?(?:blamed|blames)\s+(?P<who>(?:the\s+)?[A-Z][^.;]{2,120})")
# "The killings are blamed on Islamic State West Africa Province (ISWAP)" (not "are often blamed on",
# what usually happens)
_BLAMED_PASSIVE = re.compile(r"\b(?:attacks?|killings?|violence|bombings?|ambush|shootings?|abductions?|kidnappings?|raids?)\s+"
                             r"(?:is|are|was|were|has been|have been|had been)\s+blamed\s+on\s+(?P<who>[^.;]{2,160})")
_BLAMES = (_BLAMED_FOR, _BLAMED_ON_GROUPS, _SAID_BLAMING, _BLAMED_GROUP, _BLAMED_PASSIVE)
_WHICH_CLAUSE = re.compile(r",\s+(?:which|who|whose)\b")
_PLURAL_CLAIM = re.compile(r"\b(?:attacks|bombings|killings|strikes|assaults|raids|ambushes)\b")
# (also told by someone: "Petro said the Cali bombing was carried out by dissidents of the former FARC")
_CARRIED_OUT_BY = re.compile(r"^(?:[A-Z][^,;.]{0,60}?\s(?:said|says|added)\s+(?:that\s+)?)?(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|ambush|assault|raid|killing|massacre|"
                             r"shooting|strike)s?\s+(?:(?:on|in|at|near)\s+[\w-]+\s+)?(?:was|were|had been|has been)\s+"
                             r"(?:carried out|perpetrated|committed|"
                             r"staged|claimed)\s+by\b")
# "Police said the attackers belonged to the Pakistani Taliban (TTP)"
_BELONGED_TO = re.compile(r"^(?:[A-Z][^,;.]{0,60}?\s(?:said|says|added)\s+(?:that\s+)?)?(?:[Tt]he|[Tt]hose)\s+(?:attackers|assailants|"
                          r"gunmen|militants|fighters|bombers?|kidnappers|raiders)\s+(?:(?:belonged|belong|were affiliated|were linked)"
                          r"\s+(?:to|with)|were\s+(?:members|fighters)\s+of)\b|"
                          # ("The military described the militants as members of 'Fitna al-Khawarij'")
                          r"^[A-Z][^,;.]{0,60}?\s(?:described|identified|named)\s+(?:the|those)\s+(?:attackers|assailants|"
                          r"gunmen|militants|fighters|bombers?|kidnappers|raiders)\s+as\s+(?:members|fighters|militants)\s+of\b")
_CLAIM = re.compile(r"\b(?:claimed|claiming|claims|took|takes|has taken)\s+(?:the\s+)?(?:responsibility|credit)\b|"
                    r"\bsaid (?:its|their) (?:fighters|members|militants|men) (?:had )?(?:carried out|launched|staged) "
                    r"(?:the|this|that) (?:attack|assault|raid|ambush|bombing)\b|"
                    # "Al Shabaab said in a statement on its Andalus radio that it had targeted the bases"
                    # ("The Houthis said they had targeted 'vital sites' in Eilat")
                    r"\bsaid (?:in a statement )?(?:(?:on|in|via) (?:its|their) [^.,;]{1,40}? )?(?:that )?(?:it|they) "
                    r"(?:had )?(?:targeted|attacked|shelled|struck|carried out|seized|hijacked|ambushed|stormed|kidnapped|abducted)\b|"
                    r"\bclaimed\s+(?:the|an|its|their)\s+(?:attack|bombing|strike|killing|ambush|assault|raid)|"
                    # ("The Myanmar National Democratic Alliance Army (MNDAA), which led the offensive, said ...")
                    r"\b(?:which|who) led the (?:offensive|attack|assault|operation|raid)\b", re.I)


def _patron_coded(text: str, event: Event) -> bool:
    """The event's doer was coded by its patron ("Militants linked to al Qaeda killed ..."): a group
    that claims it is the doer."""
    doer = event.evidence_for("actor1")
    return doer is not None and actor_lib.named_as_patron(text, doer.start, doer.end)


def _weapon_coded(event: Event) -> bool:
    """The event's doer was read from its weapon alone ("Drones struck a fuel depot", coded as the
    country's army): a group a later sentence blames or says claimed it is the doer."""
    doer = event.evidence_for("actor1")
    # (not "Israeli drones": a state named by its weapon)
    return doer is not None and _WEAPON_DOER.match(doer.text) is not None and not actor_lib.demonym_country(doer.text)

_PATRON_OF = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:affiliate|branch|wing|franchise|offshoot|ally|arm|proxy)\b", re.I)


def _their_men_hit(doc: Document, i: int, previous: list[Event]) -> Event | None:
    """The one state act just told whose dead or target a sentence ties to a named group: "Israeli forces
    killed three Palestinians in a raid ... Islamic Jihad said the three were members of its armed wing"
    (those killed fought for it: a clash with it); "An Israeli drone strike on a car ... The Israeli
    military said it had struck a Hezbollah commander" (the strike's target). ACLED codes the group as
    the other side."""
    if len(previous) != 1 or not previous[0].actor1.startswith(("Military Forces of", "Police Forces of")):
        return None
    event, sent = previous[0], doc.sentences[i]
    # (also a battle with men no one named: "killed three Palestinian gunmen during a raid")
    members = _OWN_MEMBERS.search(sent.text) if event.fatalities and (event.sub_event_type == "Attack" or (
        event.sub_event_type == "Armed clash" and event.actor2.startswith("Unidentified Armed Group"))) else None
    struck = (_STRUCK_MEMBER.search(sent.text) or _DEAD_WERE_MEMBERS.search(sent.text)) \
        if event.event_type == "Explosions/Remote violence" and (not event.actor2 or event.actor2.startswith("Civilians")) else (
            # ("Police said the slain militants belonged to the Jaish-e-Mohammed group", after a gunfight with
            # suspected militants: the side they fought on)
            _DEAD_WERE_MEMBERS.search(sent.text) or _DEAD_BELONGED.search(sent.text)) \
        if event.sub_event_type == "Armed clash" and (not event.actor2 or event.actor2.startswith("Unidentified Armed Group")) else None
    if members is None and struck is None:
        return None
    country = event.place.country if event.place else ""
    groups = [o for o in actor_lib.organisations(sent, doc.mentions, doc.text, country=country, on=event.event_date)
              if o.known and not o.partisan and o.name != event.actor1]
    if members is not None:  # the group that speaks of its members, named before it does
        group = next((o for o in reversed(groups) if o.end <= sent.start + members.start()), None)
    else:  # the group whose man was struck
        group = next((o for o in groups if sent.start + struck.start("who") <= o.start < sent.start + struck.end("who")), None)
    if group is None:
        return None
    if members is not None:
        event = dataclasses.replace(event, event_type=parts.event_type_of("Armed clash"), sub_event_type="Armed clash")
    evidence = tuple(e for e in event.evidence if e.field not in ("actor2", "assoc_actor_2"))
    event = dataclasses.replace(event, actor2=group.name, assoc_actor_2="",
                                evidence=evidence + (Evidence("actor2", group.start, group.end, group.text),))
    return dataclasses.replace(event, notes=parts.notes_for(event, None))


# "The Israeli military said it had struck a Hezbollah commander who was responsible for attacks"
# (also 'said it had struck "a Hezbollah terrorist"')
_STRUCK_MEMBER = re.compile(r"\bsaid (?:that )?(?:it|they) (?:had )?(?:struck|killed|targeted|hit|eliminated)\s+[\"“]?"
                            r"(?P<who>(?:an?|the|two|three|several)\s+(?:senior\s+)?(?:[\w'’-]+\s+){1,3}?)"
                            r"(?:commanders?|members?|operatives?|militants?|fighters?|officials?|terrorists?)\b")


# ("... said the three were members of the Kurdistan Workers' Party (PKK)": whose men the strike killed)
_DEAD_WERE_MEMBERS = re.compile(r"\bsaid (?:that )?(?:the|all|both|those)\s+(?:[\w-]+\s+){0,2}?(?:were|was)\s+"
                                r"(?:senior\s+)?(?:members?|fighters?|militants?|commanders?|operatives?) of\s+"
                                r"(?P<who>(?:the\s+)?[^.;,]{2,80})")
_DEAD_BELONGED = re.compile(r"\bsaid (?:that )?the\s+(?:slain|killed|dead)\s+(?:[\w-]+\s+)?(?:militants|fighters|rebels|insurgents|"
                            r"gunmen|attackers|assailants|men)\s+(?:belonged to|were (?:members|fighters) of|were from)\s+"
                            r"(?P<who>(?:the\s+)?[^.;,]{2,80})")
# "Islamic Jihad said the three were members of its armed wing"
# (also "The Islamic Jihad's Jenin Brigade said two of the dead were its fighters")
_OWN_MEMBERS = re.compile(r"\bsaid (?:that )?(?:(?:\d+|[a-z]+) of )?(?:the|all|both|those)\s+(?:[\w-]+\s+){0,2}?(?:were|was)\s+"
                          r"(?:its|their)\s+(?:own\s+)?(?:members|fighters|militants|combatants)\b|"
                          r"\bsaid (?:that )?(?:(?:\d+|[a-z]+) of )?(?:the|all|both|those)\s+(?:[\w-]+\s+){0,2}?(?:were|was)\s+"
                          r"(?:members|fighters) of (?:its|their)\b")


_ARMED_GROUP_NAME = re.compile(r"\b((?!(?:The|A|An|This|That|Its|Their)\b)[A-Z][\w'’]*(?:[\s-]+(?:al|el|ad|an|ar|as|at|of|the|for|[A-Z][\w'’]*)){0,5}[\s-]+"
                               r"(?:Brigades?|Front|Army|Battalions?|Movement))\b")

_GROUP_CALLED = re.compile(r"\b(?:group|outfit|faction|organi[sz]ation)(?:,| calling itself| called| known as)\s+(?:the\s+)?"
                           r"((?!(?:The|A|An|This|That|Its|Their|Which|Who)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})(?=,|\s+(?:has\s+|had\s+)?claimed\b)")


def _claimed(doc: Document, i: int, previous: list[Event]) -> list[Event] | None:
    """The events just told, their unidentified perpetrator replaced by the known group a sentence
    says claimed them ("The TTP claimed responsibility for the bombing"); None when it says none."""
    sent = doc.sentences[i]
    claim = _CLAIM.search(sent.text)
    blamed = next((m for pattern in _BLAMES if (m := pattern.search(sent.text))), None) if claim is None else None
    # "The attack was carried out by the Jaime Martinez front of the ... (EMC), according to the police"
    by = (_CARRIED_OUT_BY.match(sent.text) or _BELONGED_TO.match(sent.text)) if claim is None else None
    if claim is None and by is None and blamed is None:
        return None
    # ("The Israeli military said it had intercepted a ballistic missile fired from Yemen ... The Houthis said
    # they had targeted an Israeli military base": whose weapon was stopped)
    stopped = claim is not None and all(e.sub_event_type == "Disrupted weapons use" and not e.actor2 for e in previous)
    if (claim or blamed) is not None and not stopped and not all(
            e.actor1.startswith(("Unidentified Armed Group", *UNNAMED_REBELS))
            or _patron_coded(doc.text, e) or _weapon_coded(e) for e in previous):
        return None
    country = previous[0].place.country if previous[0].place else ""
    found = actor_lib.organisations(sent, doc.mentions, doc.text, country=country, on=previous[0].event_date)
    if by is not None:  # the group named after "by": the last one named is the larger ("front of the EMC")
        groups = [o for o in found if o.known and o.start >= sent.start + by.end()][-1:]
    elif blamed is not None:  # "The minister blamed the National Liberation Army (ELN) for the attack"
        # (not a group the blamed one is said to fight: "blamed the Ethiopian military, which has been fighting
        # the Fano militia")
        cut = _WHICH_CLAUSE.search(blamed.group("who"))
        hi = sent.start + (blamed.start("who") + cut.start() if cut else blamed.end("who"))
        groups = [o for o in found if o.known and sent.start + blamed.start("who") <= o.start < hi]
    else:
        groups = [o for o in found if o.known and o.end <= sent.start + claim.start()]
        # ("A little-known group calling itself the Ansar Brigade claimed responsibility": a group the
        # dictionary lacks, by the name it goes by)
        # ("A little-known militant group, the Kashmir Resistance, claimed responsibility": the name after "group")
        named = list(_ARMED_GROUP_NAME.finditer(sent.text, 0, claim.start()))[-1:] \
            or list(_GROUP_CALLED.finditer(sent.text, 0, claim.start()))[-1:]
        groups = groups or [actor_lib.ActorMention(m.group(1), sent.start + m.start(1), sent.start + m.end(1), m.group(1), False)
                            for m in named]
    if not groups:
        return None
    # "The Al-Qaeda-linked JNIM claimed the attack", "Al Qaeda's affiliate JNIM claimed ...": the
    # claimant, not its patron
    group = next((g for g in groups if not g.partisan and not _PATRON_OF.match(doc.text, g.end)), groups[0])
    belonged = by is not None and _BELONGED_TO.match(sent.text) is not None
    if stopped:
        fired = [dataclasses.replace(e, actor2=group.name, evidence=e.evidence + (
            Evidence("actor2", group.start, group.end, group.text),)) for e in previous]
        return [dataclasses.replace(e, notes=parts.notes_for(e, None)) for e in fired]
    if belonged and all(e.actor2.startswith("Unidentified Armed Group") and not e.actor1.startswith("Unidentified Armed Group")
                        for e in previous):
        # "Counter-terrorism police killed four militants ... The militants belonged to the banned TTP": the
        # side the police fought
        sides = [dataclasses.replace(e, actor2=group.name, evidence=tuple(x for x in e.evidence if x.field != "actor2")
                                     + (Evidence("actor2", group.start, group.end, group.text),)) for e in previous]
        return [dataclasses.replace(e, notes=parts.notes_for(e, None)) for e in sides]
    span = Evidence("actor1", group.start, group.end, group.text)
    told = [dataclasses.replace(e, actor1=group.name, evidence=tuple(x for x in e.evidence if x.field != "actor1")
                                + (span,)) for e in previous]
    rival = next((g for g in groups if g.name != group.name), None)
    if blamed is not None and rival is not None:
        # "Police blamed the violence on ARSA and a rival group, the RSO": the two sides of the gunfight
        told = [dataclasses.replace(e, actor2=rival.name, evidence=tuple(x for x in e.evidence if x.field != "actor2")
                                    + (Evidence("actor2", rival.start, rival.end, rival.text),))
                if e.event_type == "Battles" and e.actor2.startswith("Unidentified Armed Group") else e for e in told]
    return [dataclasses.replace(e, notes=parts.notes_for(e, None)) for e in told]


def _intercepted_it(doc: Document, i: int, tokens, typing: "parts.Typing", previous: list[Event]) -> Event | None:
    """"Houthi forces launched a drone toward Khamis Mushait ... Saudi air defences intercepted the drone": the
    weapon just told was stopped, by the force that stopped it (ACLED: disrupted weapons use, no strike)."""
    # (only a weapon told as launched, not one that struck: "Russian drones struck the city ... the air force said it
    # shot down 75 of the 171 drones")
    if typing.sub_event_type != "Disrupted weapons use" or len(previous) != 1 or previous[0].fatalities \
            or previous[0].event_type != "Explosions/Remote violence" or not previous[0].place \
            or not previous[0].trigger or not _LAUNCHED.match(previous[0].trigger.text) \
            or not _INTERCEPTED.search(typing.trigger.text) or not _OTHER_WEAPONS.search(doc.sentences[i].text):
        return None
    launched = previous[0]
    found = event_actors.actors_for(doc, i, tokens, typing, launched.place, launched.event_date)
    if not found.actor1.startswith(("Military Forces of", "Operation")) or found.actor1 == launched.actor1:
        return None
    spans = tuple(Evidence("actor1", s.start, s.end, s.text) for f, s in found.spans if f == "actor1")
    stopped = dataclasses.replace(launched, event_type=parts.event_type_of("Disrupted weapons use"),
                                  sub_event_type="Disrupted weapons use", actor1=found.actor1, assoc_actor_1=found.assoc_actor_1,
                                  actor2=launched.actor1, assoc_actor_2=launched.assoc_actor_1,
                                  evidence=tuple(e for e in launched.evidence if e.field not in ("actor1", "actor2", "event_type"))
                                  + spans + tuple(Evidence("actor2", e.start, e.end, e.text) for e in launched.evidence if e.field == "actor1")
                                  + (Evidence("event_type", typing.trigger.start, typing.trigger.end, typing.trigger.text),))
    return dataclasses.replace(stopped, notes=parts.notes_for(stopped, None))


_LAUNCHED = re.compile(r"(?:launched|fired|sent|flew)\b", re.I)
_INTERCEPTED = re.compile(r"intercept|shot down|downed|destroyed", re.I)


def _toll_raised(doc: Document, i: int, events: list[Event]) -> list[Event] | None:
    """"A bomb exploded at the gate of a police station in Karachi ..., killing two policemen ... UPDATE: Police
    later raised the death toll to four": the one attack's dead, counted again (the events, or None)."""
    raised = _TOLL_RAISED.search(doc.sentences[i].text)
    violent = [e for e in events if e.event_type in parts.VIOLENT_TYPES]
    if raised is None or len(violent) != 1 or any(p.mention.sent == i and p.resolved for p in doc.places):
        return None
    number = raised.group("n") or raised.group("m")
    count = parse_number(number)
    if count is None or count[0] <= violent[0].fatalities:
        return None
    start = doc.sentences[i].start + raised.start("n" if raised.group("n") else "m")
    told = dataclasses.replace(violent[0], fatalities=count[0], evidence=tuple(
        e for e in violent[0].evidence if e.field != "fatalities") + (Evidence("fatalities", start, start + len(number), number),))
    return [told if e is violent[0] else e for e in events]


def _without_cue(doc: Document, i: int, events: list[Event], previous: list[Event],
                 dated: "parts.DateChoice | None" = None) -> tuple[list[Event], list[Event]]:
    """A sentence with no event cue ends the paragraph's event, or tells more about it: its toll
    ("HPG confirmed 4 PKK fatalities"), its participants ("KESK and DISK also participated"), its day."""
    text = doc.sentences[i].text
    raised = _toll_raised(doc, i, events)
    if raised is not None:
        return raised, [e for e in raised if e not in events]
    # ("Tens of thousands had gathered peacefully on Freedom Square earlier in the day": the crowd of
    # the demonstration just told)
    crowd = bool(previous) and previous[0].event_type in ("Protests", "Riots") and _GATHERED.search(text) is not None
    # ("Unfortunately, 14 VDP and 9 civilians lost their lives.": a short paragraph's toll, in a
    # report of one event)
    toll = len(events) == 1 and previous == events and len(text.split()) <= 20 and _BARE_TOLL.search(text) is not None
    if not _same_paragraph(doc, i - 1, i) and not (previous and (_TOLD_AGAIN.search(text) or crowd or toll)):
        return events, []  # a new paragraph goes on about the event only when it names it again
    if len(previous) != 1:
        return events, previous
    told = event_actors.attributed_again(doc, i, event_actors.with_participants(
        doc, i, _count_deaths(_redated(previous[0], dated, doc.text), doc.sentences[i], doc.text)))
    # (not a crowd counted elsewhere or in all: "50,000 people took part in Quezon City", "about 5,000
    # people took part nationwide")
    elsewhere = any(p.mention.sent == i and p.resolved and p.geonameid != (told.place.geonameid if told.place else None)
                    for p in doc.places) or parts.WIDER_AREA.search(text)
    size = parts.size_for(doc.sentences[i], _typing_of(told), told.place) \
        if crowd and not elsewhere and told.size is None and told.place else None
    if crowd and not elsewhere and told.size is not None and not any(c.isdigit() for c in told.evidence_for("size").text):
        # "Thousands of people protested ... Organisers said about 15,000 people had taken part; police put
        # the number at 12,000": the figures told after the vague word, the lower of them
        figures = [c for c in crowd_sizes(doc.sentences[i].text, offset=doc.sentences[i].start) if any(ch.isdigit() for ch in c.text)]
        size = min(figures, key=lambda c: c.value) if figures else None
    if size is not None:
        told = dataclasses.replace(told, size=size.value, evidence=tuple(e for e in told.evidence if e.field != "size")
                                   + (Evidence("size", size.start, size.end, size.text),))
    return [told if e is previous[0] else e for e in events], [told]


_AIRCRAFT = re.compile(CUES["air"], re.I)  # the classifier's air-strike cue: the same words
# "a strike on a tent encampment", "a shell", "the missiles": a weapon as the subject, no doer named
_WEAPON_SUBJECT = re.compile(r"^(?:a|an|the|another|one)\s+(?:[\w-]+\s+)?(?:strikes?|shells?|missiles?|rockets?|bombs?)\b", re.I)


def _riot_damage(event: Event, story: "parts.Typing | None") -> Event:
    """Damage with no one named as doing it, in a story of riots or protests, is the rioters' (ACLED:
    a violent demonstration, not a strategic development: "Looters broke into shops in Kikuyu")."""
    # ("young men erected barricades and looted a petrol station": people, not a named doer)
    if event.sub_event_type != "Looting/property destruction" or (event.actor1 and not event.actor1.startswith("Civilians")) \
            or story is None \
            or story.event_type not in ("Riots", "Protests") or not event.place:
        return event
    sub = story.sub_event_type if story.event_type == "Riots" else "Violent demonstration"
    told = event.evidence_for("sentence")
    # ("about 40 Hindu homes were set on fire", in a story of mobs: the people whose homes they were)
    victims = f"Civilians ({event.place.country})" if sub == "Mob violence" and not event.actor2 and told is not None \
        and event_actors.MOB_SET_ON.search(told.text) else event.actor2
    rioters = dataclasses.replace(event, sub_event_type=sub, event_type=parts.event_type_of(sub),
                                  actor1=f"Rioters ({event.place.country})", actor2=victims)
    return dataclasses.replace(rioters, notes=parts.notes_for(rioters, None))


def _toll_of_strikes(doc: Document, unplaced: tuple, event: Event) -> Event:
    """"Russia struck ... power stations across the country overnight with more than 60 drones and 90
    missiles ... In Zaporizhzhia, at least one person was killed": a toll whose sentence names no
    doer and no weapon, told after strikes placed nowhere in particular, is theirs (their type, their
    attacker) in the country they struck."""
    i, tokens, typing = unplaced
    if event.sub_event_type != "Attack" or not _TOLL_WORD.fullmatch(event.evidence_for("event_type").text) \
            or not event.actor1.startswith("Unidentified Armed Group") or event.evidence_for("actor1") is not None \
            or not event.place:
        return event
    sides = event_actors.actors_for(doc, i, tokens, typing, event.place, event.event_date)
    if not sides.actor1 or sides.actor1.startswith("Unidentified") or actor_lib.home_state(sides.actor1) == event.place.country:
        return event  # (a state does not strike itself: "Ukraine's largest dam" names the target's country)
    told = tuple(Evidence(f, s.start, s.end, s.text) for f, s in sides.spans if f in ("actor1", "assoc_actor_1"))
    event = dataclasses.replace(event, event_type=typing.event_type, sub_event_type=typing.sub_event_type,
                                actor1=sides.actor1, assoc_actor_1=sides.assoc_actor_1,
                                evidence=tuple(e for e in event.evidence if e.field not in ("actor1", "assoc_actor_1")) + told)
    return dataclasses.replace(event, notes=parts.notes_for(event, None))


def _story_actor(event: Event, earlier: list[Event], told: str = "") -> Event:
    """"Russia fired a barrage of missiles ... In Zolochiv, a missile struck a residential area":
    a later attack of the same kind in the same country, its perpetrator unnamed, is the one the
    story named; an attacker the sentence itself calls unidentified ("gunmen") stays so."""
    if event.event_type == "Battles" and not event.actor1 and (not event.actor2 or event.actor2.startswith("Civilians")):
        # "clashes continued in the countryside of Jableh": the sides of the story's last battle there
        # ("at least 26 people were killed in fighting between the two sides": the dead are no side)
        fought = next((b for b in reversed(earlier) if b.event_type == "Battles" and b.actor1 and b.place
                       and event.place and b.place.country_code == event.place.country_code), None)
        if fought is None and event.place:
            # "the Sudanese army and the Rapid Support Forces signed an agreement in Jeddah ... Fighting
            # continued in Omdurman": the parties of the story's agreement, one of them the state's forces
            fought = next((b for b in reversed(earlier) if b.sub_event_type == "Agreement" and b.actor1
                           and b.actor2 and event.place.country in (
                               actor_lib.home_state(b.actor1), actor_lib.home_state(b.actor2))), None)
        if fought is not None:
            event = dataclasses.replace(event, actor1=fought.actor1, assoc_actor_1=fought.assoc_actor_1,
                                        actor2=fought.actor2, assoc_actor_2=fought.assoc_actor_2)
            return dataclasses.replace(event, notes=parts.notes_for(event, None))
    if event.event_type == "Battles" and event.actor1 and event.actor2.startswith(_UNNAMED) and event.place \
            and not any(e.field == "actor2" for e in event.evidence):
        # "Boko Haram fighters attacked a Chadian army base ... The army said 96 militants were killed in a
        # counter-offensive": the force's enemy in the story's last battle
        fought = next((b for b in reversed(earlier) if b.event_type == "Battles" and b.place
                       and b.place.country_code == event.place.country_code and event.actor1 in (b.actor1, b.actor2)), None)
        enemy = (fought.actor2 if fought.actor1 == event.actor1 else fought.actor1) if fought else ""
        if enemy and not enemy.startswith(_NO_GROUP) and enemy != event.actor1:
            event = dataclasses.replace(event, actor2=enemy, assoc_actor_2="")
            return dataclasses.replace(event, notes=parts.notes_for(event, None))
    if event.sub_event_type == "Disrupted weapons use" and event.actor1 and not event.actor2 and event.place:
        # "A drone strike by the RSF hit a mosque ... The army said its air defences shot down four
        # other drones": whose weapons were stopped, the story's attacker with weapons of that kind
        struck = next((b for b in reversed(earlier) if b.event_type == "Explosions/Remote violence" and b.actor1
                       and b.actor1 != event.actor1 and b.place and b.place.country_code == event.place.country_code),
                      None)
        if struck is not None and _OTHER_WEAPONS.search(event.evidence_for("sentence").text):
            event = dataclasses.replace(event, actor2=struck.actor1)
            return dataclasses.replace(event, notes=parts.notes_for(event, None))
    spans = [e for e in event.evidence if e.field == "actor1"]
    unnamed = event.actor1.startswith("Unidentified Armed Group") and not spans
    # "Another drone attack on the city of Kharkiv": aircraft of no nationality are not the place's own
    aircraft = bool(spans) and all((_AIRCRAFT.search(e.text) or _WEAPON_SUBJECT.match(e.text))
                                   and not actor_lib.demonym_country(e.text) for e in spans)
    # ("Attacks were also reported in Kharkiv, ..., the regional governor said": who told it, not who struck)
    sentence = event.evidence_for("sentence")
    teller = bool(spans) and sentence is not None and event.event_type == "Explosions/Remote violence" and all(
        _TELLS.match(sentence.text, e.end - sentence.start) for e in spans)
    if not (unnamed or aircraft or teller):
        return event
    # (or, for aircraft, the story's foreign force that struck the country with other weapons: "the enemy
    # attacked Ukraine with 84 drones and three missiles launched from ... the Russian Federation ... In
    # Odesa, a drone struck a residential building")
    foreign = [b for b in earlier if aircraft and b.event_type == event.event_type and b.place
               and b.place.country_code == event.place.country_code and b.actor1.startswith("Military Forces of")
               and actor_lib.home_state(b.actor1) not in (None, event.place.country)]
    # ("Islamic State-linked insurgents attacked the town of Macomia ... before troops drove them out. At
    # least three civilians were beheaded in the nearby village of Chai": the group the story told raiding)
    raiders = [b for b in earlier if unnamed and event.event_type == "Violence against civilians" and b.place
               and (b.event_type == "Violence against civilians" or b.event_type == "Battles" and b.trigger is not None
                    and parts.RAIDED.match(b.trigger.text.lower())) and b.actor1
               and not b.actor1.startswith((*_NO_GROUP, *event_actors.STATE_PREFIXES))
               and any(e.field == "actor1" for e in b.evidence)]
    for before in [b for b in reversed(earlier) if b.sub_event_type == event.sub_event_type] or foreign[::-1] or raiders[-1:]:
        if before.place.country_code == event.place.country_code:
            spans = [e for e in before.evidence if e.field == "actor1"]
            if before.actor1.startswith("Unidentified Armed Group") or not spans:
                return event
            event = dataclasses.replace(event, actor1=before.actor1, assoc_actor_1=before.assoc_actor_1,
                                        evidence=tuple(e for e in event.evidence if e.field != "actor1") + tuple(spans))
            return dataclasses.replace(event, notes=parts.notes_for(event, None))
    if event.event_type == "Explosions/Remote violence" and event.place and (
            m := _FORCES_STRUCK.search(told) or _COUNTRY_STRUCK.search(told)):
        # "Over the past day, Russian troops carried out 412 strikes on 14 settlements", then "Orikhiv:
        # drones attacked the town": the force the bulletin named, not the place's own (also "Russia
        # launched a wave of drones and missiles at Ukraine overnight ... In Zaporizhzhia, ... a drone hit")
        country = actor_lib.demonym_country(m.group(1)) or actor_lib.country_named(m.group(1))
        if country and country != event.place.country:
            force = actor_lib.with_period(f"Military Forces of {country}", country, event.event_date)
            event = dataclasses.replace(event, actor1=force, evidence=tuple(e for e in event.evidence if e.field != "actor1")
                                        + (Evidence("actor1", m.start(), m.end(), m.group(0)),))
            return dataclasses.replace(event, notes=parts.notes_for(event, None))
    return event


_COUNTRY_STRUCK = re.compile(r"\b([A-Z][a-z]+)\s+(?:launched|fired|sent)\s+(?:an?\s+(?:wave|barrage|salvo|swarm|series)\s+of\s+|"
                             r"dozens of\s+|hundreds of\s+|\d+\s+)?(?:[\w-]+\s+)?(?:drones|missiles|rockets)\b")
_TELLS = re.compile(r"\s+(?:said|says|told|added|reported)\b")
_FORCES_STRUCK = re.compile(r"\b([A-Z][a-z]+)\s+(?:troops|forces|army|military|occupiers|warplanes|aircraft)\s+"
                            r"(?:carried out|launched|fired|struck|shelled|attacked|hit|targeted|bombed)\b")


# "the army said on Monday it had recaptured ...", whatever the parse hung the day on
_SAID_JUST_BEFORE = re.compile(r"\b(?:said|says|told (?:[\w-]+ ){1,3}?|reported|announced|confirmed|added)\s+$")
_OTHER_WEAPONS = re.compile(r"\b(?:other|more|further|another|the|its|their)\s+(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?|"
                            r"shells?|projectiles?|bombs?|devices?)\b", re.I)
_THE_GROUP = re.compile(r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:militant\s+|armed\s+|jihadist\s+|extremist\s+|insurgent\s+|"
                        r"paramilitary\s+|rebel\s+)?(?:group|gangs?)(?:['’]s)?\b|"
                        r"\bgang members\b|\bthe (?:gunmen|attackers|assailants|militants|rebels|fighters|insurgents|jihadists)\b|\b[Tt]he militia\b|"
                        # "Security forces launched a rescue operation ..., killing 16 militants"
                        r"\b(?:killing|killed)\s+(?:at least\s+)?\d+\s+(?:militants|attackers|assailants|hijackers)\b")
_UNNAMED = "Unidentified Armed Group"
_NO_GROUP = (_UNNAMED, "Military Forces", "Police Forces", "Civilians", "Protesters", "Rioters", *UNNAMED_REBELS,
             "Militia", "Government", "Prisoners")


def _the_group(event: Event, earlier: list[Event], summed: list[str] = ()) -> Event:
    """"Islamic State-Khorasan Province claimed the bombing ... Taliban forces raided a hideout of
    the group in Jalalabad", "Police ... exchanged fire with gang members" after the Gran Grif
    gang's attack: the one armed group the story named before."""
    said = _THE_GROUP.search(event.provenance.sentence.text)
    # ("Police ... fought the gangs": a battle's unnamed other side, too)
    # ("The paramilitary group also attacked the village ..., where fighters looted livestock": whose
    # looting, when its own clause names no one)
    # (also a generic militia: "The militia shelled residential neighbourhoods" after the RSF's attack)
    sides = [f for f in ("actor1", "actor2") if getattr(event, f).startswith((_UNNAMED, "Militia ("))
             or (not getattr(event, f) and event.event_type == "Battles")
             or (f == "actor1" and not event.actor1 and event.event_type not in ("Protests", "Riots"))]
    if said is None or len(sides) != 1:
        return event
    # (a group: not the state's forces or a peace mission the story also named)
    named = {a for e in earlier if e.place.country_code == event.place.country_code
             for a in (e.actor1, e.actor2) if a and not a.startswith(_NO_GROUP)
             and actor_lib.inter_code(a, event.place.country) != 1 and not actor_lib.peace_mission(a)} or set(summed)
    if len(named) != 1 or named == {getattr(event, "actor2" if sides[0] == "actor1" else "actor1")}:
        return event
    start = event.provenance.sentence.start + said.start()
    mention = Evidence(sides[0], start, start + len(said.group(0)), said.group(0))
    return dataclasses.replace(event, **{sides[0]: named.pop()},
                               evidence=tuple(e for e in event.evidence if e.field != sides[0]) + (mention,))


def _party_to(doc: Document, event: Event) -> bool:
    told = event.evidence_for("sentence")
    sentence = doc.text[max(told.start, _dateline_end(doc)):told.end] if told else ""
    actors = parts.Actors(event.actor1, event.assoc_actor_1, event.actor2, event.assoc_actor_2)
    return parts.source_is_party(doc.source, actors, sentence, doc.text)


def _blamed_here(doc: Document, i: int, event: Event) -> Event:
    """"Drones struck the main fuel depot in Port Sudan ..., the Sudanese military said, blaming the
    paramilitary Rapid Support Forces": the group the teller blames flew the drones, whatever the
    weapon's usual owner."""
    sent = doc.sentences[i]
    blamed = _SAID_BLAMING.search(sent.text)
    doer = event.evidence_for("actor1")
    if blamed is None or event.event_type in ("Protests", "Riots") or not (
            event.actor1.startswith(_UNNAMED) or (doer is not None and _WEAPON_DOER.match(doer.text))):
        return event
    country = event.place.country if event.place else ""
    lo, hi = sent.start + blamed.start("who"), sent.start + blamed.end("who")
    groups = [o for o in actor_lib.organisations(sent, doc.mentions, doc.text, country=country, on=event.event_date)
              if o.known and lo <= o.start < hi]
    if not groups or groups[0].name == event.actor1 or _RIVALRY.match(blamed.group("who")):
        # (not "blaming a turf war between the Los Lobos and Los Choneros gangs": either may have fired)
        return event
    group = groups[0]
    cleared = ("actor1", "actor2") if event.actor2 == group.name else ("actor1",)  # (not also its target)
    target = "" if "actor2" in cleared else event.actor2
    cue = event.evidence_for("event_type")
    if not target and cue is not None:
        # "Explosives dropped from a drone wounded three soldiers at an army base ..., blaming the ELN":
        # the group was read as the target; whom the cue's clause names is
        hit = actor_lib.generic_actor(event_actors.TELLING.sub(" ", doc.text[cue.end:lo]), country, event.event_date)
        target = hit[0] if hit and hit[0] != group.name else ""
    event = dataclasses.replace(event, actor1=group.name, actor2=target,
                                evidence=tuple(e for e in event.evidence if e.field not in cleared)
                                + (Evidence("actor1", group.start, group.end, group.text),))
    return dataclasses.replace(event, notes=parts.notes_for(event, None))


_WEAPON_DOER = re.compile(r"^(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:drones?|warplanes?|aircraft|jets|missiles?|rockets?|shells?)"
                          r"(?:\s+(?:strikes?|attacks?|raids?))?$", re.I)  # ("A drone strike hit the ... market")


def _own_dead(toll: str, actor1: str, event_type: str) -> bool:
    """A one-sided strike's toll of the striker's own forces counts another event's dead."""
    if event_type not in ("Explosions/Remote violence", "Violence against civilians") or not _FORCE_NOUN.search(toll):
        return False
    country = actor_lib.demonym_country(toll)
    return bool(country) and actor1.startswith((f"Military Forces of {country}", f"Police Forces of {country}"))


_FORCE_NOUN = re.compile(r"\b(?:soldiers|troops|servicemen|policemen|police officers|personnel)\b")


def _build_event(doc: Document, ctx, i: int, sent: Span, tokens, typing: "parts.Typing", place: Place,
                 when: "parts.DateChoice") -> Event:
    root = mention_root(tokens, place.mention.start, place.mention.end)
    after = doc.text[place.mention.end:place.mention.end + 30]  # (" local government area of Plateau")
    place = district_seat(place, gazetteer_for(ctx.settings), doc.text[place.mention.end:place.mention.end + 60],
                          doc.text[max(0, place.mention.start - 60):place.mention.start], near=True) or place
    if place.feature == "admin1" and _SEAT_BUILDING.search(doc.text, place.mention.start, place.mention.end + 30):
        # "demonstrated outside the Duhok governorate building": the province's seat, where its offices are
        place = _seat_of(place, ctx) or place
    if place.geo_precision == 1 and loc.unknown_inside(doc, tokens, place):
        # "shelled Menbij in Aleppo" with Menbij not in the gazetteer: somewhere in Aleppo's area
        place = dataclasses.replace(place, geo_precision=2)
    elif place.geo_precision == 1 and not _STATE_SEAT.match(doc.text, place.mention.end) and (near_qualifier(tokens, root) or (
            not (place.feature == "city" and loc.read_as_its_city(doc, place))
            and (_AREA_AFTER.match(after) or _DIVISION_WORD.search(place.mention.text) or _DIVISION_WORD.match(after)
                 or _OWNED_DIVISION.match(doc.text, place.mention.end)
                 or _DIVISION_OF.search(doc.text, max(0, place.mention.start - 40), place.mention.start)))):
        # "near Marabá", "the Polohy district" read as its town, "Chattogram's Rangunia upazila", "in the
        # municipality of Arauquita" (a division the gazetteer lacks): somewhere in or around it (not "the Hamra district of
        # Beirut": the city, whose quarter it is)
        place = dataclasses.replace(place, geo_precision=2)
    elif place.feature == "admin2" and (_DIVISION_WORD.search(place.mention.text) or _DIVISION_WORD.match(after)):
        # "in Lower Kurram district", "in Masisi territory": ACLED codes a district-level event at
        # precision 2 (47 of 62 dev notes that name a district; a Philippine province, GeoNames'
        # second level, stays 3)
        place = dataclasses.replace(place, geo_precision=2)
    typing = parts.clause_typing(doc, i, tokens, doc.publication_date or when.date, typing, place, ctx.settings)
    actors = parts.answered_fire(typing, event_actors.actors_for(doc, i, tokens, typing, place, when.date))
    later = doc.text[sent.end:doc.sentences[min(i + 2, len(doc.sentences) - 1)].end]
    typing = event_actors.recode_by_sides(typing, actors, sent.text, later, place.country)
    if typing.event_type == "Riots" and actors.actor2.startswith("Rioters") and actors.actor1.startswith(event_actors.STATE_PREFIXES):
        actors = parts.swapped(actors)  # "Police came under attack from youths": the rioters first (ACLED)
    if typing.sub_event_type == "Disrupted weapons use" and actors.actor2.startswith("Civilians") \
            and not any(role == "actor2" for role, _ in actors.spans):
        # "Police defused an explosive device found near a market": a weapon stopped, no one it was used on
        actors = dataclasses.replace(actors, actor2="", assoc_actor_2="")
    if typing.sub_event_type == "Non-violent transfer of territory" and actors.actor2 \
            and _WITHDREW.search(typing.trigger.text) and _MOVED_IN.search(sent.text, typing.trigger.end - sent.start):
        # "Al Shabaab militants withdrew from the town ..., and government troops moved in hours later": who
        # took the town over is actor1 (ACLED), who left it actor2
        actors = parts.swapped(actors)
    if typing.sub_event_type == "Agreement" and actors.assoc_actor_1 and not actors.actor2:
        # "Representatives of the Sudanese army and the Rapid Support Forces signed an agreement": the
        # two parties, not one side and its associate
        actors = dataclasses.replace(actors, actor2=actors.assoc_actor_1, assoc_actor_1="", spans=tuple(
            ("actor2" if f == "assoc_actor_1" else f, span) for f, span in actors.spans))
    # ("a 17-year-old Syrian refugee was stabbed to death by a group of Lebanese youths": Syria's civilians)
    foreign = event_actors.FOREIGN_VICTIM.search(sent.text)
    victims = f"Civilians ({actor_lib.demonym_country(foreign.group(1)) or place.country if foreign else place.country})"
    if typing.sub_event_type == "Mob violence" and not actors.actor2 and place.country and event_actors.MOB_SET_ON.search(sent.text):
        # whom the mob set on, when the sentence names no side ("attacked anti-government protesters": them)
        set_on = event_actors.SET_ON_PROTESTERS.search(sent.text)
        actors = dataclasses.replace(actors, actor2=f"Protesters ({place.country})" if set_on else victims)
    if typing.event_type == "Violence against civilians" and not actors.actor2 and place.country and actors.actor1 != victims:
        # "shot and killed a former opposition commander": whom no role noun names is a civilian (ACLED
        # codes every such event against civilians)
        actors = dataclasses.replace(actors, actor2=victims)
    size = parts.size_for(sent, typing, place)
    # the sentence's toll, counted by any place whose typing counts the dead (shared out afterwards)
    deaths = parts.fatalities_for(sent, typing, doc.anchor.end if doc.anchor else 0)
    part = _INCLUDING.search(doc.text, deaths.end, place.mention.start) if deaths is not None \
        and deaths.end <= place.mention.start and _ACROSS_AREA.search(doc.text, deaths.end, place.mention.start) else None
    if part is not None and (n := parse_number(part.group("n"))) is not None:
        # "killed at least 31 Palestinians across the Gaza Strip ..., including 12 members of one
        # family in a house in Khan Younis": the place's own share
        deaths = Count(n[0], part.start("n"), part.end(), part.group(0), n[1])
    if deaths is not None and _own_dead(deaths.text, actors.actor1, typing.event_type):
        deaths = None  # "retaliation for Pakistani airstrikes ... 58 Pakistani soldiers had been killed": not the strikes' dead
    if deaths is not None and _toll_elsewhere(doc, deaths, place):
        deaths = None
    lo, hi = _clause_of(sent, place.mention.start)
    if deaths is not None and (lo, hi) != (sent.start, sent.end) and not lo <= deaths.start < hi:
        # "A strike on a vegetable market in Saraqib killed four, and three more were killed in Ariha":
        # the count of the place's own clause
        deaths = fatalities(doc.text[lo:hi], offset=lo) or deaths
    if typing.event_type == "Explosions/Remote violence" and not actors.actor2 and deaths is not None and deaths.value \
            and place.country and not _ARMED_DEAD.search(doc.text, deaths.start, min(sent.end, deaths.end + 40)):
        # "In Maarat Misrin, five people died when a strike flattened a house": no side was hit, so
        # civilians were (ACLED)
        actors = dataclasses.replace(actors, actor2=victims)
    evidence = [Evidence("sentence", sent.start, sent.end, sent.text),
                Evidence("location", place.mention.start, place.mention.end, place.mention.text),
                Evidence("event_type", typing.trigger.start, typing.trigger.end, typing.trigger.text)]
    if when.span is not None:
        evidence.append(Evidence("date", when.span.start, when.span.end, when.span.text))
    evidence.extend(Evidence(f, s.start, s.end, s.text) for f, s in actors.spans)
    if size is not None:
        evidence.append(Evidence("size", size.start, size.end, size.text))
    if deaths is not None:
        evidence.append(Evidence("fatalities", deaths.start, deaths.end, deaths.text))
    confidence = typing.confidence * max(place.confidence, 0.3) * (0.85 if typing.inherited else 1.0)
    key = f"{doc.content_hash}|{place.geonameid}|{place.mention.start}|{typing.sub_event_type}"
    event = Event(
        event_id=hashlib.sha256(key.encode()).hexdigest()[:16],
        doc_id=doc.doc_id,
        event_date=when.date,
        time_precision=when.precision,
        event_type=typing.event_type,
        sub_event_type=typing.sub_event_type,
        actor1=actors.actor1,
        assoc_actor_1=actors.assoc_actor_1,
        actor2=actors.actor2,
        assoc_actor_2=actors.assoc_actor_2,
        place=place,
        fatalities=deaths.value if deaths else 0,
        size=size.value if size else None,
        source=doc.source or "",
        source_is_party=parts.source_is_party(doc.source, actors, doc.text[max(sent.start, _dateline_end(doc)):sent.end],
                                              doc.text),
        confidence=confidence,
        trigger=typing.trigger,
        evidence=tuple(evidence),
        provenance=Provenance(
            doc_id=doc.doc_id,
            sentence=Span(sent.start, sent.end, sent.text),
            place_mention=Span(place.mention.start, place.mention.end, place.mention.text),
            geonameid=place.geonameid,
            geo_precision=place.geo_precision,
            stages=doc.stages + (f"{NAME}@{VERSION}",),
            confidence=confidence,
        ),
    )
    return dataclasses.replace(event, notes=parts.notes_for(event, actors))


# "Police ... said officers fired rubber bullets to disperse the crowd": the next paragraph, with
# no place of its own, goes on about the event just told when it names it or its doers again
_ANOTHER_ONE = re.compile(r"\b(?:smaller|separate|another|also|second|other)\b")
_AT_UNKNOWN = re.compile(r"\b(?:in|near|at|outside|around|(?:town|village|island|area) of)\s+(?:the\s+)?$|"
                         r"\b(?:in|near|of)\s+(?:the\s+)?[A-Z][\w-]*['’]s\s+$", re.I)
_TOLD_AGAIN = re.compile(r"^(?:heavy\s+)?(?:fighting|clashes) (?:erupted|broke out|began|started)\b|"
                         # ("In the ensuing exchange of fire, six militants were killed")
                         r"\b(?:ensuing|subsequent|resulting)\s+(?:[\w-]+\s+){0,2}?(?:exchange of fire|gunfight|fighting|clashes|"
                         r"firefight|battle|shoot-?out|gun battle|encounter)\b|"
                         r"\b(?:arrested|detained)\s+(?:[\w-]+\s+){0,3}?(?:activists|protesters|demonstrators|marchers)\b|\bthe (?:crowds?|protesters|demonstrators|rioters|marchers|attackers|gunmen|assailants|rebels|militants|insurgents|terrorists|jihadists|bandits|settlers|mob|gangs|gang members|"
                         r"attack|protests?|demonstrations?|rally|clash(?:es)?|raid|blast|explosion|assault|ambush|bombing|"
                         r"strikes?|air ?strikes?|drone strikes?|"
                         r"shelling|fighting|blockade|sit-in|march|gunfight|gun battle|firefight|encounter|operation|exchange of fire|"
                         r"counter-?attack|counter-?offensive)\b|\b(?:attacked|fought|shot at|clashed with) each other\b", re.I)
# "Fighting erupted on Monday night ...", "The fighting began on Tuesday when ...": the event just
# told, from its start
_RETELLING = re.compile(r"^(?:the\s+)?(?:heavy\s+)?(?:fighting|clashes|violence|unrest|protests?|demonstrations?)\b", re.I)
# a sentence that opens by naming the event just told ("The attack", "The strike", "The protest")
# ("The attackers stormed Kadawa village"): its doers named as such refer back too
_NAMED_EVENT = (r"\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|air ?strike|drone strike|raid|bombing|"
                r"blast|explosion|shelling|assault|ambush|massacre|protest|demonstration|rally|march|sit-in|blockade|roadblock|picket|vigil|"
                r"attacker|assailant|gunman|gunmen|raider|bomber|fighting|clash(?:e)?|battle|gunfight|firefight|"
                r"killing|murder|assassination|shooting|stabbing|kidnapping|abduction|bomb|car bomb|roadside bomb|"
                r"shell|rocket|missile|mortar|drone)s?\b"
                rf"(?!\s+(?:{parts.EVENT_WORD_PEOPLE})\b)")
_OF_THE_PLACE = re.compile(r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:outskirts\s+)?of|outskirts of|near)\s+"
                           r"the\s+(?:district|town|city|village|area|province|governorate)\b")
_FOLLOWERS_OF = re.compile(r"\b(?i:supporters|fans|followers|loyalists|partisans|ultras|players) of (?:the )?"
                           r"(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} (?:and|or|,) )?$")
# ("an explosive device went off ... on the road to Al-Suwar", a village the gazetteer lacks: near the place)
_ROAD_TO = re.compile(r"\bon the (?:road|highway) (?:to|from|between|linking)\b")
_SEPARATELY = re.compile(r"^(?:Separately|In a separate (?:protest|demonstration|rally|incident|development)|"
                         r"In (?:another|a second|a further) (?:attack|incident)|(?:Later|Earlier) (?:the same|that) day)\b")
_STRIKES_REPORTED = re.compile(r"^(?:Similar\s+)?(?:[Ss]trikes|[Ss]toppages|[Ww]alkouts)\s+(?:were|have been|had been)\s+(?:also\s+)?"
                               r"(?:reported|observed|held|staged)\s+(?:in|at)\b")
_ATTACKS_REPORTED = re.compile(r"^(?:Similar\s+|Further\s+|More\s+)?(?:[Aa]ttacks|[Ss]trikes|[Ee]xplosions|[Bb]lasts|[Ii]mpacts)\s+"
                               r"(?:were|have been|had been)\s+(?:also\s+)?(?:reported|recorded|heard)\s+(?:in|at|on)\b")
_CAME_AS = re.compile(r"^(?:The|This|That)\b[^,;.]{0,40}?\b(?:came|comes)\s+(?:as|amid|while|at a time when)\s")
_CROWD_ANSWER = re.compile(r"\b(?:protests?|demonstrations?|rall(?:y|ies)|clashes|riots?)\s+(?:broke out|erupted|flared)\b"
                           r"[^.;]{0,60}?\b(?:after|following|over|against)\s+the\s+(?:[\w-]+\s+)?(?:gunfight|encounter|"
                           r"killings?|attack|raid|operation|strike|shooting|deaths?)\b")
_IN_CAPITAL_HEADLINE = re.compile(r"\b(?:in|near|outside|across)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?capital\b")
_SEVERAL_PLACES = re.compile(r"\bin\s+(?:several|many|multiple|dozens of|a number of|other|\d+|two|three|four|five|ten)\s+"
                             r"(?:other\s+)?(?:cities|towns|provinces|regions|districts|states|countries)\b|"
                             r"\b(?:across|around|throughout)\s+the\s+(?:country|nation)\b|\bnationwide\b")
_DATED_LEAD_DAYS = 365
_REFERS_BACK = re.compile(rf"^(?:The|This|That){_NAMED_EVENT}")
_CLAIM_OF_TOLD = re.compile(rf"\b(?:claimed|claim)\s+(?:(?:responsibility|credit)\s+for\s+)?(?:the|this|that|these|those){_NAMED_EVENT}")
# ("Government spokesman Lionel Bilgo said the assailants attacked residents ... on Wednesday": the
# event named again behind its teller, and its day)
_SAID_REFERS_BACK = re.compile(rf"^[A-Z][\w'’.-]*\s+(?:[\w'’.-]+\s+){{0,5}}?(?:(?:said|says|added)\s+|told (?:[\w-]+\s+){{1,3}}?)"
                               rf"(?:that\s+)?(?:the|this|that){_NAMED_EVENT}")

# "The farmers, who have been holding sit-ins for 12 days, were joined by residents of Isfahan": the
# crowd just coded, named again by its kind
_CROWD_AGAIN = re.compile(r"^The\s+(?:same\s+)?(protesters|demonstrators|marchers|strikers|rioters|crowd|[a-z]+s)\b|"
                          r"^(Protesters|Demonstrators|Marchers|Rioters)\b")


def _crowd_again(sent: Span, previous: list[Event]) -> bool:
    """The sentence opens with the crowd of the one demonstration just told: its protesters, or the
    group it was coded with ("The farmers" after farmers rallied)."""
    m = _CROWD_AGAIN.match(sent.text)
    if m is None or len(previous) != 1 or previous[0].event_type not in ("Protests", "Riots") \
            or previous[0].place is None or previous[0].place.feature == "country":
        return False  # (not a country's summary: "39 people were killed in Bangladesh ... Protesters set fire ... in Dhaka")
    word = (m.group(1) or m.group(2)).lower()
    groups = {g.split(" (")[0].lower() for g in previous[0].assoc_actor_1.split("; ") if g}
    return word in ("protesters", "demonstrators", "marchers", "strikers", "rioters", "crowd") or word in groups


def _crowd_met(sent: Span, previous: list[Event]) -> bool:
    """The force the one demonstration just told met, told against "the crowd" ("Police fired tear gas to
    disperse the crowd at the Lekki toll gate" after police arrested protesters in Lagos)."""
    return len(previous) == 1 and previous[0].event_type in ("Protests", "Riots") and previous[0].place is not None \
        and previous[0].place.feature != "country" and _AT_THE_CROWD.search(sent.text) is not None


_AT_THE_CROWD = re.compile(r"\b(?:disperse|dispersed|dispersing|break up|broke up|scatter|scattered|at|on|against)\s+the\s+"
                           r"(?:crowds?|protesters|demonstrators|marchers|rally|demonstration|protest|gathering)\b")


def _doers_again(sent: Span, previous: list[Event]) -> bool:
    """The sentence opens with the doers of the one event just told: the word it named them by ("The
    insurgents" after insurgents beheaded four men), or any word for armed men when unnamed men attacked
    civilians ("The fighters, linked to Islamic State, raided the village of Mitambo")."""
    m = _VICTIMS_AGAIN.match(sent.text)
    told = previous[0].evidence_for("actor1") if len(previous) == 1 else None
    if m is None or told is None or previous[0].event_type not in event_actors.VIOLENT_TYPES:
        return False
    word = m.group(1).lower()
    return word == told.text.lower().split()[-1] or (
        word in _DOER_WORDS and previous[0].actor1.startswith("Unidentified Armed Group")
        and previous[0].actor2.startswith("Civilians"))


_DOER_WORDS = frozenset({"attackers", "assailants", "gunmen", "militants", "insurgents", "fighters", "jihadists",
                         "raiders", "bandits", "rebels", "extremists"})


def _in_aside(sent: Span, at: int, places: list[Place], text: str) -> bool:
    """The position lies in a relative clause set off by commas (", who set off from Peshawar on Monday,")
    that names no place but where people came from."""
    rel = at - sent.start
    opened = max(sent.text.rfind(", who ", 0, rel), sent.text.rfind(", which ", 0, rel))
    closed = sent.text.find(",", rel)
    if opened < 0 or "," in sent.text[opened + 2:rel] or closed < 0:
        return False
    if _ARRIVED_ASIDE.match(sent.text, opened):
        return False  # ("The gunmen, who arrived on motorcycles late on Sunday, also killed three men": the raid's day)
    lo, hi = sent.start + opened, sent.start + closed
    return not any(lo < p.mention.start < hi and not _FROM_BEFORE.search(text, max(lo, p.mention.start - 6), p.mention.start)
                   for p in places)


_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_ARRIVED_ASIDE = re.compile(r",\s+(?:who|which)\s+(?:had\s+)?(?:arrived|struck|stormed|raided|attacked|came)\b")


def _sides_again(sent: Span, previous: list[Event]) -> bool:
    """The sentence opens with both sides of the one two-sided event just told ("The two groups fought
    with sticks ... in Shibganj sub-district" after supporters of two parties clashed): that event."""
    return len(previous) == 1 and bool(previous[0].actor2) and _SIDES_AGAIN.match(sent.text) is not None


_SIDES_AGAIN = re.compile(r"^(?:The\s+(?:two|rival)\s+(?:groups|sides|factions|camps|parties|gangs|clans|communities)|"
                          r"Both\s+(?:sides|groups|factions|camps|parties|gangs|clans|communities))\b")


def _force_on_the_crowd(sent: Span, previous: list[Event]) -> bool:
    """The sentence opens with the force acting on protesters, after the one demonstration just told
    ("Riot police fired pepper spray and rubber bullets at protesters who threw stones", a paragraph
    after the rally): the force it met."""
    return len(previous) == 1 and previous[0].event_type in ("Protests", "Riots") and previous[0].place is not None \
        and previous[0].place.feature != "country" and _FORCE_OPENING.match(sent.text) is not None


_FORCE_OPENING = re.compile(r"(?:Riot\s+)?(?:[Pp]olice|[Ss]ecurity forces|[Oo]fficers|[Tt]roops|[Ss]oldiers)\b[^.;]{0,80}?"
                            r"\b(?:at|on|against|to disperse|to break up)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                            r"(?:protesters|demonstrators|crowds?|marchers|rioters)\b")


def _victims_again(sent: Span, previous: list[Event]) -> bool:
    """The sentence opens with the people the one event just told was done to ("The journalists"
    after journalists were detained)."""
    one = _ONE_VICTIM_AGAIN.match(sent.text)
    if one is not None and len(previous) == 1 and previous[0].fatalities == 1 \
            and previous[0].event_type == "Violence against civilians" and _DONE_TO_HIM.match(sent.text, one.end()):
        # "... shot dead a motorcycle taxi driver ... The man, a migrant from Sulawesi, was killed in the
        # village of Sugapa Lama": the one victim just told
        return True
    m = _VICTIMS_AGAIN.match(sent.text)
    if m is None or len(previous) != 1:
        return False
    told = [g for g in (previous[0].assoc_actor_2 or "").split("; ") if g]
    country = previous[0].place.country if previous[0].place else ""
    # ("The workers" after "three quarry workers" were abducted: ACLED's Labour Group)
    return m.group(1).lower() in {g.split(" (")[0].lower() for g in told} \
        or any(g in told for g in actor_lib.identity_groups(m.group(1), country))


_ONE_VICTIM_AGAIN = re.compile(r"^The\s+(?:[\w-]+\s+)?(?:man|woman|boy|girl|victim|teenager|driver|journalist|activist|"
                               r"leader|student|teacher|farmer|trader)\b")
_DONE_TO_HIM = re.compile(r"(?:,[^,]{1,60},)?\s+(?:was|had been)\s+(?:killed|shot|stabbed|beheaded|abducted|kidnapped)\b")
_VICTIMS_AGAIN = re.compile(r"^The\s+(?:same\s+|two\s+|three\s+|four\s+|five\s+)?([a-z]+s)\b")
_LATER = re.compile(r"\b(?:later|afterwards|subsequently)\b|"
                    # ("In the evening, army units ... exchanged fire with RSF fighters", after the day's shelling)
                    r"^(?:In|By|During|Later in) the (?:evening|afternoon|night)\b|^(?:That|The same) (?:evening|night|afternoon)\b")
# ("After the demolition, young men gathered and threw stones at the soldiers": a crowd's answer to the
# event just told; not "Following the battle, the army seized a huge arsenal", what the battle left)
_AFTER_THE_EVENT = re.compile(r"^(?:After|Following|(?:Soon|Shortly|Right|Just) after) the (?:[\w-]+\s+){0,2}?[\w-]+,")
_LATER_THAT = re.compile(r"\blater (?:on|that|in the|the same)\b")


def _operation_place(doc: Document, i: int, typing: "parts.Typing", events: list[Event],
                     by_sentence: dict[int, list[Place]], dateline_end: int) -> Place | None:
    """The place of an operation, raid or search told in the sentence before, which gave no event
    of its own, when this sentence tells what happened during it."""
    if i == 0 or not _THE_OPERATION.search(doc.sentences[i].text):
        return None
    before = doc.sentences[i - 1]
    prior = [p for p in by_sentence.get(i - 1, []) if p.resolved and p.mention.start >= dateline_end]
    if not prior or any((e.evidence_for("sentence") or Span(-1, -1, "")).start == before.start for e in events):
        return None
    told, _ = loc.locations(doc, sentence_tokens(doc, i - 1), typing, prior, before)
    return told[0] if told else None


_THE_OPERATION = re.compile(r"\b(?:the|this) (?:[\w-]+ )?(?:operation|raid|search|offensive|sweep|crackdown)\b", re.I)


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are|got)\s+(?:[\w-]+\s+){0,2}$", re.I)


_AGAINST_IT = re.compile(r"\bto (?:denounce|condemn|protest(?: against)?|decry|demand justice for) (?:the|this|that) "
                         r"(?:[\w-]+ )?(?:attack|killing|killings|arson|assault|raid|bombing|shooting|arrests?|detentions?|"
                         r"abduction|kidnapping|murder)\b")


def _another_event_there(sent: Span, typing: "parts.Typing", last: Event, own: list) -> bool:
    """A sentence with no place of its own tells another event at the last event's place: another
    day's, or one told as later, of another kind (not "The bodies of the men were found ... on
    Tuesday": the same killing; nor "A rioter succumbed to his wounds on Tuesday": its toll; nor
    "Police later arrested the driver")."""
    if last.event_type == "Violence against civilians" and typing.event_type in ("Battles", "Violence against civilians") \
            and _FOUGHT_THE_ATTACKERS.search(sent.text):
        # "Gangs stormed Kenscoff, killing six residents ... Police fought the gangs for several
        # hours": the attack, then the battle with those who came to stop it ("Vigilantes who tried
        # to pursue the attackers were ambushed ..., and four of them were killed": typed by its
        # toll, a clash by its sides)
        return True
    if last.sub_event_type == "Abduction/forced disappearance" and typing.event_type in ("Battles", "Violence against civilians") \
            and _RESCUED_IN.search(sent.text):
        # "The army said on Monday it had freed six of the students in an operation in which two separatist
        # fighters were killed", after their abduction: the rescue, a fight with the abductors there
        return True
    if typing.sub_event_type == "Air/drone strike" and last.sub_event_type != typing.sub_event_type \
            and _RESPONDED.search(sent.text, 0, max(0, typing.trigger.start - sent.start)):
        # "The army responded with air strikes on RSF positions east of the city", after the RSF shelled
        # El Fasher: the other side's strikes, no part of the shelling
        return True
    if typing.event_type == "Protests" and last.event_type not in ("Protests", "Riots") and _AGAINST_IT.search(sent.text):
        # "Unknown men set fire to tents of protesters ... Dozens of demonstrators gathered in the square on
        # Monday morning to denounce the attack": a demonstration against the event just told, there
        return True
    told = last.evidence_for("sentence")
    if typing.event_type in ("Protests", "Riots") and typing.sub_event_type != "Peaceful protest" \
            and last.event_type not in ("Protests", "Riots") and told is not None and _PROTEST_NOUN.search(told.text):
        # "Supporters of the ruling party attacked journalists covering an opposition protest in
        # Kampala ... Police fired tear gas to disperse the protesters": the protest, met by force there
        # too (not the crowd a strike hit, told again: "Around 100 people had gathered ...")
        return True
    # ("Soldiers later killed at least 45 civilians in house-to-house searches": a doer's killing, no toll)
    toll = _TOLL_WORD.search(typing.trigger.text) and not (
        typing.trigger.text.lower().startswith("kill")
        and not _PASSIVE_BEFORE.search(sent.text, 0, typing.trigger.start - sent.start))
    if typing.event_type not in event_actors.VIOLENT_TYPES | {"Protests", "Riots"} and typing.sub_event_type != "Arrests" \
            or typing.sub_event_type in parts.TERRITORY_SUBS or _RETELLING.match(sent.text) or toll:
        return False
    other_kind = typing.sub_event_type != last.sub_event_type
    if own and own[0].precision == 1 and last.time_precision == 1 and own[0].date != last.event_date:
        return other_kind or bool(_ANOTHER.search(sent.text))
    # (not "was shot and later detained": later than the shot, not than the event told)
    later = _LATER.search(sent.text, 0, typing.trigger.start - sent.start) or _LATER_THAT.search(sent.text) \
        or (_AFTER_THE_EVENT.match(sent.text) if typing.event_type in ("Protests", "Riots") else None)
    same_day = not own or own[0].date == last.event_date  # ("A Turkish drone struck ... later on Monday")
    return same_day and other_kind and later is not None and not _ARRESTED_OTHER.search(sent.text)


_DAYS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_N_DAYS = r"(?P<n>a|one|two|three|four|five|\d) days?"
_DAYS_EARLIER = re.compile(rf"\b{_N_DAYS} earlier\b", re.I)
_PREVIOUS_DAY = re.compile(r"\b(?:the previous (?:night|day|evening)|the (?:night|day|evening) before|"
                           rf"{_N_DAYS} (?:earlier|before)(?! (?:the|a|an|that|this|it|its|his|her|their)\b))\b", re.I)
_FOLLOWING = re.compile(r"\b(?:following|after|since)\b", re.I)
_TELLER_CLAUSE = re.compile(r",\s+and\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:said|says|reported)\b")
_MEASURE_DATED = re.compile(r"\b(?:imposed|declared|announced|introduced|issued|ordered|decreed|extended)\s+(?:on\s+)?$")
_TOOK_PLACE = re.compile(r"^(?:The|This|That)\s+(?:[\w-]+\s+)?(?:attack|ambush|strike|bombing|blast|explosion|raid|shooting|"
                         r"killings?|massacre|clash(?:es)?|fighting)\s+(?:took place|happened|occurred|was carried out)\s+"
                         r"(?:in|near|at|outside|close to)\b")
_PERIOD_BEGAN = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:began|started|erupted|broke out)\s+(?:on\s+)?$", re.I)
_PEOPLE_TAKEN_BEFORE = re.compile(r"\b[a-z]+s\s+(?:who\s+(?:were|had been)\s+)?(?:kidnapped|abducted|seized|taken hostage|arrested|"
                                  r"detained|displaced)\s+(?:late\s+|early\s+|earlier\s+)?$")
_SINCE_BEFORE = re.compile(r"\b(?:since|from)\s+(?:last\s+)?$", re.I)
_PROTEST_NOUN = re.compile(r"\b(?:protest|demonstration|rally|march|sit-in)s?\b")
_RESCUED_IN = re.compile(r"\b(?:freed|rescued|liberated)\b[^.;]{0,80}?\b(?:operation|raid|clash(?:es)?|gunfight|fighting|"
                         r"shoot-?out|exchange of fire)\b", re.I)
_FOUGHT_THE_ATTACKERS = re.compile(r"\b(?:fought|clashed with|exchanged fire with|battled|engaged|pursued|pursue|pursuing|"
                                   r"chased|chasing|went after|tracked|"
                                   # ("regained control of the hospital on Monday after a gunfight with the gang members")
                                   r"(?:an?\s+)?(?:gunfight|gun battle|firefight|shoot-?out|exchange of fire)\s+with)\s+(?:the\s+)?"
                                   rf"(?:gangs?|gang members|gangsters|kidnappers|abductors|{ATTACKER_WORDS})\b", re.I)


_SEAT_BUILDING = re.compile(r"\s+(?:governorate|provincial|province|regional|state)\s+(?:building|headquarters|council building|"
                            r"government building|offices?|hall)\b|\s+governor['’]s\s+(?:office|palace|residence)\b", re.I)


_ARMY_TELLS = re.compile(r"\b[Tt]he\s+(?:army|military|armed forces|air force)\s+(?:said|says|announced|reported)\s+"
                         r"(?:that\s+)?(?:an?|its|the)\s+(?:[\w-]+\s+)?(?:air ?strikes?|air raids?)\b")


def _unknown_air_force(event: Event) -> Event:
    if event.sub_event_type != "Air/drone strike" or not event.actor1.startswith("Unidentified Armed Group"):
        return event
    cue = event.evidence_for("event_type")
    if cue is None or not _AIRCRAFT.search(cue.text) or _DRONE.search(cue.text):
        return event
    told = event.evidence_for("sentence")
    if told is not None and event.place and event.place.country and _ARMY_TELLS.search(told.text):
        # ("In a statement read on state television, the army said an air strike on Saturday destroyed a
        # terrorist base near Djibo": the strike the country's army tells of as its own operation)
        event = dataclasses.replace(event, actor1=with_period(f"Military Forces of {event.place.country}",
                                                              event.place.country, event.event_date))
        return dataclasses.replace(event, notes=parts.notes_for(event, None))
    event = dataclasses.replace(event, actor1=event_actors.UNKNOWN_AIR_FORCE)
    return dataclasses.replace(event, notes=parts.notes_for(event, None))


def _prison_guards(event: Event) -> Event:
    """"A man ... died under torture in one of the regime's prisons": harm done inside a prison is its
    guards' (ACLED writes the state force with the branch 'Prison Guards')."""
    told = event.evidence_for("sentence")
    if event.event_type != "Violence against civilians" or told is None or not _HARMED_IN_PRISON.search(told.text):
        return event
    force = event.actor1
    if force.startswith("Unidentified Armed Group") and _TORTURE.search(told.text) and event.place and event.place.country:
        # ("a prisoner died after being tortured in Urmia prison": torture in a state's prison is its guards')
        force = with_period(f"Police Forces of {event.place.country}", event.place.country, event.event_date)
    if not _PLAIN_FORCE.fullmatch(force):
        return event
    event = dataclasses.replace(event, actor1=f"{force} Prison Guards")
    return dataclasses.replace(event, notes=parts.notes_for(event, None))


_TORTURE = re.compile(r"\btortur", re.I)
_PLAIN_FORCE = re.compile(r"(?:Military|Police) Forces of [^()]+ \(\d{4}-(?:\d{4})?\)")
_HARMED_IN_PRISON = re.compile(r"\b(?:died|death|killed|tortured|torture|beaten|beat|abused|executed|shot)\b[^.;]{0,60}?"
                               r"\b(?:in|inside|at)\s+(?:one of\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:prisons?|jails?|"
                               r"detention (?:centres?|centers?|facilit(?:y|ies)))\b", re.I)


def _unknown_other_side(event: Event) -> Event:
    """"Egyptian police shot dead a smuggler ... after an exchange of fire": a state's forces fought
    someone at home the story does not name; ACLED codes that side an unidentified armed group (not
    the unnamed foes of a foreign force or of a group, who may well be the state's)."""
    if event.sub_event_type != "Armed clash" or event.actor2 or not event.place \
            or actor_lib.home_state(event.actor1) != event.place.country:
        return event
    event = dataclasses.replace(event, actor2=f"{_UNNAMED} ({event.place.country})")
    return dataclasses.replace(event, notes=parts.notes_for(event, None))


def _arrested_crowd(previous: list[Event], typing: "parts.Typing", sent: Span) -> "re.Match[str] | None":
    """The crowd a sentence opens with, after arrests by a state's force just told."""
    if len(previous) != 1 or previous[0].sub_event_type != "Arrests" or typing.event_type != "Protests" \
            or not previous[0].actor1.startswith(event_actors.STATE_PREFIXES) or not previous[0].place:
        return None
    return _CROWD_OPENS.match(sent.text)


def _protest_met(arrests: Event, crowd: Evidence) -> Event:
    """Arrests told before the crowd they were made in: the crowd's protest, the force that met it."""
    force = tuple(dataclasses.replace(e, field=e.field.replace("actor1", "actor2").replace("actor_1", "actor_2"))
                  for e in arrests.evidence if e.field in ("actor1", "assoc_actor_1"))
    met = dataclasses.replace(arrests, event_type="Protests", sub_event_type="Protest with intervention",
                              actor1=f"Protesters ({arrests.place.country})", assoc_actor_1="",
                              actor2=arrests.actor1, assoc_actor_2=arrests.assoc_actor_1,
                              evidence=tuple(e for e in arrests.evidence if e.field not in (
                                  "actor1", "assoc_actor_1", "actor2", "assoc_actor_2")) + force + (crowd,))
    return dataclasses.replace(met, notes=parts.notes_for(met, None))


_BODIES_FOUND_AFTER = re.compile(r"\bbodies\b[^.;]{0,60}?\b(?:were|had been|have been)\s+(?:found|recovered|discovered)\b"
                                 r"[^.;]{0,60}?\bafter\b")
_CROWD_OPENS = re.compile(r"^((?:[Tt]he\s+)?(?:[Dd]emonstrators|[Pp]rotesters|[Mm]archers|[Pp]articipants))\b")


# ("did not say which group carried out the attack, which took place on Wednesday": the event just told, named again)
_WHICH_TOOK_PLACE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?:attack|raid|strike|assault|ambush|bombing|shelling|killings?|"
                               r"massacre|incident|clashes|fighting|protest|march|rally|demonstration)s?,?\s+which\s+"
                               r"(?:took place|happened|occurred)\b")
_DURING_CONFRONTATIONS = re.compile(r"\b(?:during|in)\s+(?:the\s+)?(?:ensuing\s+)?(?:confrontations|clashes|skirmishes)\b")
# ("Israeli forces arrested 5 Palestinians during a raid in Beit Fajjar. Clashes erupted and Israeli forces fired tear
# gas canisters at stone-throwing youths": the raid met a riot)
# (not "Clashes broke out in Tuqu', where ...": one of the raided places, an event of its own)
_CLASHES_ENSUED = re.compile(r"^(?:Clashes|Confrontations|Scuffles)\s+(?:then\s+|later\s+)?(?:erupted|broke out|ensued)\b"
                             r"(?!\s+(?:in|at|near)\s+[A-Z])")
_DURING_THE_RAID = re.compile(r"\bduring the (?:[\w-]+\s+)?(?:raid|arrests?|arrest raid|incursion|operation)\b")
_TOOK_PLACE_BEFORE = re.compile(r"\b(?:took place|happened|occurred|was carried out)\s+(?:late\s+|early\s+)?$")


def _read_again(sent: Span, hits: list, ref: date, starts: set[int]) -> list:
    """The date hits at `starts` read against another reference day than the publication's."""
    again = {h.start: h for h in find_dates(sent.text, ref, offset=sent.start) if h.start in starts}
    return [again.get(h.start, h) for h in hits]


def _redated(event: Event, when: "parts.DateChoice | None", text: str = "", *, named_again: bool = False) -> Event:
    """"The attack took place on Sunday": the day of the event just told (a day up to a week before
    the one it was given; a later day is the aftermath's: "The attackers were arrested on Tuesday")."""
    if when is None or when.span is None or when.date is None or event.event_date is None:
        return event
    days = (event.event_date - when.date).days
    # (an event told by its week, "last week", takes the calendar day inside it: "The students were seized on
    # Feb. 24"; not "struck on Saturday and again on Sunday", two days of a weekend's attacks)
    # ("... during an attack ... last week. The UN mission did not say which group carried out the attack, which
    # took place on Wednesday": the day the attack is said to have taken place)
    # ("... an air strike on a village in western Rakhine state last week ... The strike hit Kyauk Ni Maw village on
    # Ramree Island on Wednesday": the event named again, with its one day)
    inside = event.time_precision == 2 and when.precision == 1 and abs(days) <= 7 and (
        any(c.isdigit() for c in when.span.text) or named_again or bool(text) and _TOOK_PLACE_BEFORE.search(
            text, max(0, when.span.start - 40), when.span.start) is not None)
    if not (0 < days <= 7 or inside):
        return event
    told = event.evidence_for("date")
    if event.time_precision == 1 and when.precision > 1 and told is not None and text \
            and not _SAID_JUST_BEFORE.search(text, max(0, told.start - 40), told.start):
        # ("attacked worshippers at a church ... on Christmas Eve ... the attackers also burned more than 20 houses
        # ... over the weekend": the event's own day stands, not a vaguer one of what else they did)
        return event
    return dataclasses.replace(event, event_date=when.date, time_precision=when.precision,
                               evidence=tuple(e for e in event.evidence if e.field != "date")
                               + (Evidence("date", when.span.start, when.span.end, when.span.text),))


def _named_doer(doc: Document, i: int, tokens, typing: "parts.Typing", event: Event) -> Event:
    """The refining sentence names who acted where the first telling did not ("Two guerrillas and a
    soldier were killed ... troops came under fire from New People's Army rebels")."""
    if event.actor1 and not event.actor1.startswith("Unidentified"):
        return event
    found = event_actors.actors_for(doc, i, tokens, typing, event.place, event.event_date)
    if not found.actor1 or found.actor1 == event.actor2 or found.actor1.startswith("Unidentified"):
        return event
    fields = ("actor1", "assoc_actor_1")
    other = {}
    if (not event.actor2 or event.actor2.startswith("Unidentified")) and found.actor2 and found.actor2 != found.actor1 \
            and not found.actor2.startswith(("Unidentified", "Civilians")):
        # ("tribal fighting in Enga ... Fighting between the Sau and Yakan clans erupted near Wabag": both sides)
        fields += ("actor2",)
        other = {"actor2": found.actor2, "assoc_actor_2": found.assoc_actor_2}
    spans = tuple(Evidence(f, s.start, s.end, s.text) for f, s in found.spans if f in fields)
    named = dataclasses.replace(event, actor1=found.actor1, assoc_actor_1=found.assoc_actor_1, **other,
                                evidence=tuple(e for e in event.evidence if e.field not in fields) + spans)
    return dataclasses.replace(named, notes=parts.notes_for(named, None))


_ANOTHER = re.compile(r"\b(?:another|a second|a third|a separate|separately|elsewhere|meanwhile|in a separate|"
                      r"earlier|later|the (?:next|following|previous) (?:day|night|week))\b", re.I)


def _told_on(doc: Document, event: Event) -> bool:
    """The event is dated by the day its source told of it ("sources told AFP on Tuesday")."""
    day = event.evidence_for("date")
    n = next((k for k, s in enumerate(doc.sentences) if day is not None and s.start <= day.start < s.end), None)
    return n is not None and parts.reporting_date(sentence_tokens(doc, n), day.start, day.end)


def _facility_placed(doc: Document, previous: list[Event], places: list[Place]) -> Place | None:
    """"A drone attack on the Khor Mor gas field ... (ERBIL dateline) ... previous attacks on the
    field, in Sulaymaniyah province": a later sentence places the site the event hit."""
    told = previous[0].evidence_for("sentence") if len(previous) == 1 else None
    for place in places if told is not None else ():
        m = _FACILITY_PLACED.search(doc.text, max(0, place.mention.start - 60), place.mention.start)
        if place.resolved and m is not None and re.search(rf"\b{m.group(1)}\b", told.text, re.I):
            return place
    return None


def _site_again(previous: list[Event], sent: Span) -> bool:
    """"Fighting ... inside the Machala prison ... Soldiers and police entered the prison": the
    site of the event just told, named again."""
    told = previous[0].evidence_for("sentence") if len(previous) == 1 else None
    return told is not None and any(re.search(rf"\b{m.group(1)}\b", told.text, re.I)
                                    for m in _SITE.finditer(sent.text))


# the sites an event is told at and named again by their noun ("the prison", "the field")
_SITE_NOUNS = (r"prison|jail|camp|base|air ?base|field|plant|facility|hospital|school|market|mosque|church|compound|"
               r"depot|complex|refinery|airport|mine|dam|port")
_SITE = re.compile(rf"\bthe ({_SITE_NOUNS})\b", re.I)
_FACILITY_PLACED = re.compile(rf"\bthe ({_SITE_NOUNS})\b,?\s+(?:which (?:is|lies) |located |situated )?"
                              r"(?:in|near)\s+(?:the\s+)?$", re.I)


def _details_lead(doc: Document, events: list[Event], previous: list[Event], typing: "parts.Typing", sent: Span,
                  when: "parts.DateChoice | None") -> bool:
    """"Jihadists killed at least 40 soldiers in an attack in northern Burkina Faso ... Hundreds of
    gunmen stormed the base at Barsalogho": a wire lead placed only in a country or a province, told
    again by the next violent sentence in detail (which counts no dead of its own), is that
    sentence's event."""
    if len(events) != 1 or previous != events or events[0].place.geo_precision != 3:
        return False
    lead = events[0]
    if lead.event_type not in parts.VIOLENT_TYPES or typing.event_type in ("Protests", "Riots"):
        return False
    if _ANOTHER.search(sent.text):
        return False  # "Another explosion hit a crowded street in Shiraz": a second event
    if lead.sub_event_type in parts.TERRITORY_SUBS and typing.sub_event_type not in parts.TERRITORY_SUBS:
        return False  # "Russian forces have captured Zhelanne ... troops had repelled 52 assaults near Pokrovsk"
    if lead.event_type == "Explosions/Remote violence" and typing.event_type == "Battles":
        # "federal forces carried out a drone strike on a minibus in the Amhara region ... Fano militiamen briefly
        # seized the town of Debre Berhan's outskirts": a fight on the ground is no detail of a strike
        return False
    if lead.event_type == typing.event_type == "Explosions/Remote violence" and lead.sub_event_type != typing.sub_event_type \
            and not typing.inherited:
        return False  # "warplanes launched five raids on Sahar district ... artillery also shelled villages": another weapon
    if sum(e.field == "sentence" for e in lead.evidence) > 1:
        return False  # already told in detail: a later sentence tells of something else
    if when is not None and when.precision == 1 and lead.time_precision == 1 and when.date != lead.event_date \
            and not _told_on(doc, lead):
        return False  # "On Saturday, troops clashed ..." after Sunday night's attack
    return parts.fatalities_for(sent, dataclasses.replace(typing, event_type=lead.event_type)) is None


_ABOUT_KM = 30
_REGION_KM = 250
_STRIKE_NOUN = re.compile(r"strike|shelling|bomb|blast|explosion|missile|drone", re.I)


def _killed_in_it(text: str, event: Event) -> bool:
    """The sentence counts the dead of the event just told, named by its kind ("were killed in the
    strikes" after missile strikes; not "in the clashes in Afrin since Saturday" after shelling)."""
    m = _KILLED_IN_THE.search(text)
    if m is None:
        return False
    noun = m.group(0)
    if event_actors.FIGHT_WORD.search(noun):
        return event.event_type == "Battles"
    if _STRIKE_NOUN.search(noun):
        return event.event_type == "Explosions/Remote violence"
    return True
_KILLED_IN_THE = re.compile(rf"\b(?:killed|wounded|injured|died)\s+(?:in|during|by)\s+(?:the|these|those){_NAMED_EVENT}")


def _refined(doc: Document, tokens, previous: list[Event], locations: list[Place], sent: Span,
             when: "parts.DateChoice | None" = None) -> Event | None:
    """The one previous event moved to the single, more precise place a sentence referring back
    to it names inside the event's province (or country, for a country-wide event), and to the
    day it gives ("police said on Wednesday ... The attackers stormed Kadawa late on Tuesday")."""
    if len(previous) != 1 or len(locations) != 1:
        return None
    event, place = previous[0], locations[0]
    if parts.recalled(sent, place.mention.start):
        return None  # "The attack came a week after 20 soldiers were killed in an ambush near Tera": that ambush's place
    coarse = event.place
    smaller = place.geo_precision < coarse.geo_precision or (
        coarse.feature in ("country", "admin1") and place.feature not in ("country", "admin1")) or (
        coarse.feature == "country" and place.feature == "admin1")
    # ("N'DJAMENA - ... attacked a military base on an island in Lake Chad. The attackers ... stormed
    # the base on Barkaram island in the Lac province": the dateline's town stood in for it)
    filed_from = doc.anchor is not None and coarse.mention.start < doc.anchor.end
    # ("targets south of Damascus", then "positions in the Al-Kiswah area": a place near the one the
    # event was put about, across the city's own province line)
    # (or, "police arrested protesters in Lagos ... to disperse the crowd at the Lekki toll gate": a part of the
    # city the demonstration was put in, a smaller place close by)
    part = event.event_type in ("Protests", "Riots") and _AT_THE_CROWD.search(sent.text) is not None \
        and place.feature == "city" and place.population < coarse.population
    about = coarse.feature == "city" and (coarse.geo_precision == 2 or part) and place.resolved \
        and place.latitude is not None and coarse.latitude is not None and place.feature not in ("country", "admin1") \
        and km(coarse.latitude, coarse.longitude, place.latitude, place.longitude) <= _ABOUT_KM
    if not place.resolved or place.country_code != coarse.country_code or not (smaller or filed_from or about):
        return None
    # ("two soldiers in an ambush in the highlands of Papua ... The soldiers were attacked ... near the town of
    # Sugapa in Intan Jaya regency", now in Central Papua: a region named as the news names it, the town close by)
    regional = coarse.feature == "admin1" and place.feature == "city" and coarse.feature_latitude is not None \
        and place.latitude is not None and km(coarse.feature_latitude, coarse.feature_longitude,
                                              place.latitude, place.longitude) <= _REGION_KM
    if coarse.feature != "country" and place.admin1 != coarse.admin1 and not (filed_from or about or regional):
        return None
    if place.geo_precision == 1 and (loc.unknown_inside(doc, tokens, place)
                                     or near_qualifier(tokens, mention_root(tokens, place.mention.start, place.mention.end))
                                     or _NEAR_TOWN_OF.search(doc.text, max(sent.start, place.mention.start - 40), place.mention.start)
                                     or _AREA_AFTER.match(doc.text[place.mention.end:place.mention.end + 30])
                                     or _ON_ROUTE.search(doc.text, max(sent.start, place.mention.start - 40), place.mention.start)):
        # "stormed Kadawa village in Gusau", "near the border town of El Wak", "in the Al-Kiswah area"
        place = dataclasses.replace(place, geo_precision=2)
    evidence = tuple(ev for ev in event.evidence if ev.field != "location") + (
        Evidence("sentence", sent.start, sent.end, sent.text),
        Evidence("location", place.mention.start, place.mention.end, place.mention.text))
    provenance = event.provenance and dataclasses.replace(
        event.provenance, place_mention=Span(place.mention.start, place.mention.end, place.mention.text),
        geonameid=place.geonameid, geo_precision=place.geo_precision)
    moved = dataclasses.replace(event, place=place, evidence=evidence, provenance=provenance)
    if when is not None and when.date is not None and when.span is not None:
        moved = dataclasses.replace(moved, event_date=when.date, time_precision=when.precision, evidence=tuple(
            ev for ev in moved.evidence if ev.field != "date") + (Evidence("date", when.span.start, when.span.end, when.span.text),))
    return dataclasses.replace(moved, notes=parts.notes_for(moved, None))


# ("The blockade on the road linking Cochabamba with the western highlands": somewhere along it, near the town)
_ON_ROUTE = re.compile(r"\b(?:road|highway|route|motorway)s?\s+(?:linking|connecting|between|from|to)\s+(?:[\w-]+\s+){0,2}?$")


def _headline_retold(doc: Document, event: Event, events: list[Event]) -> bool:
    """"Nigeria: Bandits kill 12 villagers in Zamfara attack" heading a page with no dateline, its story told
    below: the headline's event is the story's, told less precisely (with a dateline, the sentences above
    it are dropped as headlines already)."""
    told = event.evidence_for("sentence")
    if doc.anchor is not None or told is None or told.text.rstrip().endswith((".", "!", "?", '"', "”")) \
            or not _own_paragraph(doc, parts._sentence_index(doc, told)):
        return False
    body = next((s.start for s in doc.sentences if s.text.rstrip().endswith(".")), len(doc.text))
    return told.start < body and any(
        o is not event and o.event_type == event.event_type and o.place and event.place
        and o.place.country_code == event.place.country_code and o.evidence_for("sentence")
        and o.evidence_for("sentence").start > told.start for o in events)


def _clause_day(sent: Span, event: Event, ref) -> Event:
    """One of a sentence's events told in a clause of its own with its own day ("an air strike on Saturday
    destroyed a base near Djibo, while ground troops repelled an attack ... in Arbinda on Sunday"): that day."""
    cue, told = event.evidence_for("event_type"), event.evidence_for("date")
    if cue is None or told is None or not sent.start <= cue.start < sent.end:
        return event
    bounds = [0] + [m.end() for m in parts.CLAUSE_BREAK.finditer(sent.text)] + [len(sent.text)]
    clause = next(((a, b) for a, b in zip(bounds, bounds[1:]) if a <= cue.start - sent.start < b), None)
    if clause is None or clause[0] <= told.start - sent.start < clause[1]:
        return event
    days = [h for h in find_dates(sent.text, ref) if clause[0] <= h.start < clause[1] and h.precision == 1
            and h.kind in ("weekday", "relday", "md", "dm", "mdy", "dmy")]
    if len(days) != 1 or days[0].date == event.event_date:
        return event
    day = days[0]
    moved = dataclasses.replace(event, event_date=day.date, time_precision=1, evidence=tuple(
        e for e in event.evidence if e.field != "date") + (Evidence("date", sent.start + day.start, sent.start + day.end, day.text),))
    return dataclasses.replace(moved, notes=parts.notes_for(moved, None))


def _each_day(events: list[Event], sent: Span, text: str, ref) -> list[Event]:
    """"Tens of thousands of people marched in Belgrade on Saturday and again on Monday": a demonstration
    on each day told (ACLED codes one event per place and day); so a battle "on Tuesday and Wednesday", its
    dead counted once, on the first day (no day's own toll is told)."""
    out = []
    for event in events:
        told = event.evidence_for("date")
        span = _DAY_RANGE.search(sent.text) if told is not None and event.event_type in _DAILY_TYPES else None
        days = [h for h in find_dates(sent.text, ref) if span.start() <= h.start < span.end() and h.kind == "weekday"] \
            if span is not None and sent.start + span.start() <= told.start < sent.start + span.end() else []
        if len(days) == 2 and 0 < (days[1].date - days[0].date).days <= 6:
            # "Hundreds of young people had taken to the streets of the capital from Wednesday to Friday": a
            # demonstration on each of those days (the toll, if any, counted on the first)
            for n in range((days[1].date - days[0].date).days + 1):
                day = days[0].date + timedelta(days=n)
                said = days[0] if n == 0 else days[1] if day == days[1].date else None
                told = Evidence("date", sent.start + span.start(), sent.start + span.end(), span.group(0)) if said is None \
                    else Evidence("date", sent.start + said.start, sent.start + said.end, said.text)
                out.append(_on_day(event, day, told, first=n == 0))
            continue
        out.append(event)
        again = _AND_DAY.match(text, told.end) if told is not None and event.event_type in _DAILY_TYPES \
            and event.time_precision == 1 and told.end <= sent.end else None
        if again is None:
            continue
        day = next((h for h in find_dates(sent.text, ref) if sent.start + h.start == again.end() and h.precision == 1), None)
        if day is None or day.date == event.event_date:
            continue
        out.append(_on_day(event, day.date, Evidence("date", sent.start + day.start, sent.start + day.end, day.text), first=False))
    return out


def _on_day(event: Event, day: date, told: Evidence, *, first: bool) -> Event:
    """The event on one of the days it is told on, dated by `told`; a later day is an event of its own
    (its own id) and carries no toll (the dead are counted once, on the first day)."""
    moved = dataclasses.replace(
        event, event_id=event.event_id if first else hashlib.sha256(f"{event.event_id}|{day}".encode()).hexdigest()[:16],
        event_date=day, time_precision=1, fatalities=event.fatalities if first else 0,
        evidence=tuple(e for e in event.evidence if e.field != "date" and (first or e.field != "fatalities")) + (told,))
    return dataclasses.replace(moved, notes=parts.notes_for(moved, None))


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY_RANGE = re.compile(rf"\bfrom\s+{_WEEKDAY}\s+(?:to|until|till|through)\s+{_WEEKDAY}\b")
_DAILY_TYPES = ("Protests", "Riots", "Battles", "Explosions/Remote violence")
_AND_DAY = re.compile(r"\s+and\s+(?:again\s+)?(?=(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")


def _joint_size(events: list[Event]) -> list[Event]:
    """A crowd counted once for several places ("Tens of thousands marched in Bogota, Medellin and
    Cali") is no place's size: each event's is unknown, not the whole crowd."""
    spans = {(size.start, size.end) if (size := e.evidence_for("size")) else None for e in events}
    if len(events) < 2 or len(spans) != 1 or None in spans:
        return events
    return [dataclasses.replace(e, size=None, evidence=tuple(ev for ev in e.evidence if ev.field != "size"))
            for e in events]


def _toll_elsewhere(doc: Document, deaths: Count, place: Place) -> bool:
    """"Russian warplanes struck the outskirts of Jisr al-Shughur ..., while government forces shelled
    villages ..., killing a woman and her son in Balyun": a toll told in a later clause of the sentence
    for another place (known or not) is that clause's, not the event's."""
    if deaths.start < place.mention.end or not parts.CLAUSE_BREAK.search(doc.text, place.mention.end, deaths.start):
        return False
    if any(s.start <= deaths.start < s.end and place.mention.start < s.start for s in doc.sentences):
        return False  # (a place standing in from an earlier sentence for a village the gazetteer lacks)
    return any(m.label == "PLACE" and deaths.end <= m.start <= deaths.end + 40 and m.text != place.mention.text
               and _TOLL_PLACE_GAP.fullmatch(doc.text, deaths.end, m.start) for m in doc.mentions)


_WITHDREW = re.compile(r"withdr[ae]w|pull(?:ed|ing)? out|retreat(?:ed|ing)?|abandon(?:ed|ing)?|left", re.I)
_MOVED_IN = re.compile(r"\b(?:moved in(?:to)?|took over|entered|took control|assumed control|seized|occupied)\b")
_TOLL_PLACE_GAP = re.compile(r"[\w\s'’-]{0,30}?\bin\s+(?:the\s+)?(?:(?:village|town|city|district)\s+of\s+)?")


_DAYS_EVENT = re.compile(rf"['’]s{_NAMED_EVENT}")
_WHERE_CLAUSE = re.compile(r",\s+where\s+[^,;.]*$")
_WHERE_TOLL = re.compile(r",?\s+where\s+")


def _spread_toll(text: str, events: list[Event]) -> list[Event]:
    """"Unknown reported fatalities coded as 10 and spread across two locations": a coder's toll shared
    among the places the note names, even those the pipeline could not code (each event takes its share,
    the remainder to the first, as ACLED does)."""
    spread = _SPREAD_TOLL.search(text)
    if spread is None:
        return events
    total, places = (_count_of(spread.group(g)) for g in ("n", "k"))
    tolled = [e for e in events if e.fatalities == total]
    if not total or not places or not tolled or len(tolled) >= places or len(events) >= places:
        return events
    share, extra = divmod(total, places)
    out, first = [], True
    for event in events:
        if event in tolled:
            event = dataclasses.replace(event, fatalities=share + (extra if first else 0))
            first = False
        out.append(event)
    return out


def _count_of(words: str) -> int:
    return (parse_number(words) or (0, False))[0]


_SPREAD_TOLL = re.compile(rf"\bcoded as (?P<n>{NUMBER})\b[^.;]{{0,40}}?\bspread (?:across|between|over|among) "
                          rf"(?P<k>{NUMBER}) (?:locations|places|areas|events|fronts)\b", re.I)


def _share_fatalities(events: list[Event], text: str) -> list[Event]:
    """A death toll reported for several places at once is divided among their events, the
    remainder to the first (ACLED: 10 split between 3 locations is 4, 3, 3); a toll given "in"
    one of them ("killing six people in the Lviv region, and hitting Kharkiv") is that place's."""
    # the toll is the sentence's, whichever place's typing counted it ("police fired tear gas at
    # protesters in Lagos and Abuja, and at least four people were killed in Maiduguri and Suleja")
    counted = max(events, key=lambda e: e.fatalities) if events else None
    total = counted.fatalities if counted else 0
    if len(events) < 2 or total == 0:
        return events
    count = counted.evidence_for("fatalities")
    # (a later act's own toll stays its own: "..., while Israeli troops shot dead three people in Rafah")
    cue = counted.evidence_for("event_type")
    sent = counted.evidence_for("sentence")
    own_toll = [e for e in events if e is not counted and (c := e.evidence_for("fatalities")) is not None
                and count is not None and (c.start, c.end) != (count.start, count.end)
                and (t := e.evidence_for("event_type")) is not None and cue is not None
                and (t.start != cue.start or sent is not None and _clause_of(sent, c.start) != _clause_of(sent, count.start))]
    if own_toll:
        shared = _share_fatalities([e for e in events if e not in own_toll], text)
        return [e if e in own_toll else shared.pop(0) for e in events]
    others = [e for e in events if cue is not None and (t := e.evidence_for("event_type")) is not None
              and t.start != cue.start and e.evidence_for("fatalities") is None]
    if others and counted.event_type in event_actors.VIOLENT_TYPES and len(others) < len(events):
        # ("militants in Gaza fired rockets towards Jerusalem ..., and Israel responded with air strikes on
        # the Gaza Strip that ... killed 20 people": the other act's places have no part in this toll)
        shared = _share_fatalities([e for e in events if e not in others], text)
        return [e if e in others else shared.pop(0) for e in events]
    # "struck ... Natanz and killed the commander of the Revolutionary Guards ... in air strikes on Tehran":
    # the toll of the strikes on the place it names
    struck = _TOLL_STRUCK_AT.match(text, count.end) if count is not None else None
    hit = [e for e in events if struck is not None and e.place.mention.start == struck.end()]
    if len(hit) == 1:
        return [_with_toll(e, total if e is hit[0] else 0, count) for e in events]
    # "killed at least 25 ..., including 12 in Khan Younis, eight in Deir al-Balah and five in Gaza
    # City": each place's own count
    own = [_count_in(text, e.place.mention, sent) for e in events]
    # (not the wounded: "killing four people in Kharkiv and wounding 11 in Dnipro")
    own = [None if m and _HURT_BEFORE.search(text, max(0, m.start("n") - 20), m.start("n")) else m for m in own]
    counts = [parse_number(m.group("n")) if m else None for m in own]
    # ("killed at least 12 people in Khan Younis and eight in Deir al-Balah": the toll is the first place's)
    itself = count is not None and any(m is not None and count.start <= m.start("n") < count.end for m in own)
    if all(counts) and (sum(n[0] for n in counts) <= total or itself) \
            and len({e.place.mention.start for e in events}) == len(events):
        return [_with_toll(e, n[0], Evidence("fatalities", m.start("n"), m.end("n"), m.group("n")))
                for e, n, m in zip(events, counts, own)]
    if sum(1 for n in counts if n) >= 2 and itself and len({e.place.mention.start for e in events}) == len(events):
        # ("Five were killed in Yangon, three in Dawei and the rest in Mandalay, Myingyan and Bago": the
        # places told a count keep it; the rest, told none, count none here)
        return [_with_toll(e, n[0], Evidence("fatalities", m.start("n"), m.end("n"), m.group("n"))) if n
                else dataclasses.replace(e, fatalities=0, evidence=tuple(x for x in e.evidence if x.field != "fatalities"))
                for e, n, m in zip(events, counts, own)]
    # (a place listed first and named again with the toll: "marched in Bogota, Medellin and Cali ..., and
    # three people were killed in Cali")
    at = {id(e): _named_again(text, e.place.mention, count.end, sent.end)
          if count is not None and sent is not None and e.place.mention.start < count.end else e.place.mention.start
          for e in events}
    there: list[Event] = []  # the places the toll is told for ("killed in Maiduguri and Suleja")
    for e in sorted(events, key=lambda e: at[id(e)]):
        if count is None or at[id(e)] < count.end:
            continue
        previous = there[-1] if there else None
        between = text[(at[id(previous)] + len(previous.place.mention.text) if previous else count.end):at[id(e)]]
        if (_LISTED.fullmatch(between) if there else _TOLL_IN.fullmatch(between)):
            there.append(e)
        elif there:
            break
    # ("..., and clashed with security forces in Said Sadiq, where two protesters were shot dead")
    there = [e for e in events if count is not None and _WHERE_TOLL.fullmatch(text, e.place.mention.end, count.start)] or there
    if not there and count is not None and sent is not None:
        # "a drone strike hit a market in El Geneina, killing five people, while in neighbouring Chad a
        # separate drone struck near Adre, wounding two": the toll of its own clause's places
        bounds = [sent.start] + [sent.start + m.end() for m in parts.CLAUSE_BREAK.finditer(sent.text)] + [sent.end]
        lo, hi = next(((a, b) for a, b in zip(bounds, bounds[1:]) if a <= count.start < b), (sent.start, sent.end))
        there = [e for e in events if lo <= e.place.mention.start < hi] if len(bounds) > 2 else []
    sharing = there or events
    share, extra = divmod(total, len(sharing))
    tolls = [share + (1 if sharing.index(e) < extra else 0) if e in sharing else 0 for e in events]
    if count is None:
        return [dataclasses.replace(e, fatalities=n) for e, n in zip(events, tolls)]
    return [_with_toll(e, n, count) for e, n in zip(events, tolls)]


# (the armed targets' words, and the other armed people a toll may count: "12 militants", "two officers")
_ARMED_DEAD = re.compile(rf"{event_actors.ARMED_TARGET.pattern}|\b(?:{ATTACKER_WORDS}|police(?:m[ae]n)?|military|"
                         r"militias?|officers?|personnel|members|commanders?|combatants?|commandos|guards?|conscripts?|recruits?|"
                         r"paramilitar(?:y|ies))\b", re.I)


def _count_in(text: str, mention: Span, sent: Span | None) -> re.Match | None:
    """The count told for a place just before its name ("eight in Deir al-Balah"), or before its name
    again ("in the Kurdish cities of Mahabad and Bukan ..., killing two people in Mahabad and one in Bukan")."""
    found = _COUNT_IN.search(text, max(0, mention.start - 45), mention.start) \
        or _COUNT_IN_SITE.search(text, max(0, mention.start - 80), mention.start)
    again = _named_again(text, mention, mention.end, sent.end) if found is None and sent is not None else -1
    return _COUNT_IN.search(text, max(0, again - 45), again) if again >= 0 else found


def _clause_of(sent: Span, position: int) -> tuple[int, int]:
    """The bounds of the clause of a sentence (parts.CLAUSE_BREAK) that holds a position."""
    bounds = [sent.start] + [sent.start + m.end() for m in parts.CLAUSE_BREAK.finditer(sent.text)] + [sent.end]
    return next(((a, b) for a, b in zip(bounds, bounds[1:]) if a <= position < b), (sent.start, sent.end))


def _named_again(text: str, mention: Span, start: int, end: int) -> int:
    """Where the place is named again between start and end (-1 when it is not)."""
    m = re.compile(rf"\b{re.escape(mention.text)}\b").search(text, start, end)
    return m.start() if m else -1


# (also "Five were killed in Yangon, three in Dawei", "two protesters were killed in Mahabad and one in Bukan")
_COUNT_IN = re.compile(rf"(?:^|[\s,(])(?P<n>{NUMBER})\s+(?:(?:people|persons|civilians|Palestinians|others|protesters|"
                       rf"demonstrators)\s+)?(?:(?:were|was|had been|have been)\s+(?:killed|shot dead)\s+)?in\s+"
                       r"(?:the\s+)?(?:(?:[a-z-]+\s+)?(?:city|town|village) of\s+)?$", re.I)
# ("including 11 in a strike on a house in Deir al-Balah and six in a school sheltering displaced families in Gaza City")
_COUNT_IN_SITE = re.compile(rf"(?:^|[\s,(])(?P<n>{NUMBER})\s+(?:(?:people|persons|civilians|Palestinians|others)\s+)?in\s+"
                            r"(?-i:(?:an?|the)\s+(?:(?!and\b|or\b)[a-z][\w'’-]*\s+){1,6}?)(?:in|at)\s+(?:the\s+)?"
                            r"(?:(?:[a-z-]+\s+)?(?:city|town|village|camp) of\s+)?$", re.I)
_HURT_BEFORE = re.compile(r"\b(?:wounding|injuring|hurting|wounded|injured|hurt)\s+(?:at least\s+|another\s+|some\s+)?$", re.I)
_LISTED = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:in\s+)?(?:the\s+)?")
# "killing at least six people in the Lviv region": what lies between the toll and its place
_TOLL_IN = re.compile(r"(?:\s+[\w'’-]+){0,3}?,?\s+(?:in|at|near|outside)\s+(?:the\s+)?"
                      r"(?:(?:city|town|village|province|region|district) of\s+)?", re.I)


def _quarters_of(locations: list[Place], city: Place | None) -> bool:
    """Every place is a district (GeoNames' second level) of the big city the last event was coded at
    (not a rural district next to the last one's town)."""
    return bool(locations) and city is not None and city.feature == "city" and city.latitude is not None \
        and city.population >= _QUARTERED_CITY and all(
        p.feature == "admin2" and p.country_code == city.country_code and p.admin1 == city.admin1
        and p.latitude is not None and km(p.latitude, p.longitude, city.latitude, city.longitude) <= _QUARTER_KM
        for p in locations)


_QUARTER_KM = 15.0
_VILLAGE_SIZE = 10_000  # a place smaller than this named as a big city's district is a namesake of the district
_OF_THE_CITY = re.compile(r"\b(?:of|in) the city\b|\bthe city['’]s\b")
_DISTRICT_NAMED = re.compile(r"[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:district|neighbou?rhood|quarter)\b", re.I)
_QUARTERED_CITY = 100_000  # a city GeoNames divides into districts of its own


def _toll_of(doc: Document, i: int, tokens, typing: "parts.Typing", previous: list[Event],
             locations: list[Place]) -> list[Event]:
    """The events whose toll the sentence gives: it only counts the dead or wounded, with no one
    named as acting, in the place of a violent event or riot just told ("... while in Kisumu youths
    engaged police in running battles. ... at least two people were shot dead in Kisumu")."""
    if typing.sub_event_type != "Attack" or not (_TOLL_WORD.fullmatch(typing.trigger.text)
                                                 or typing.trigger.text.lower() == "shot dead"):
        return []
    places = {p.geonameid for p in locations}
    here = [e for e in previous if e.place and e.place.geonameid in places]
    # ("police fired tear gas and live rounds at thousands of protesters in Nairobi and Mombasa ... Two
    # people were shot dead in Nairobi": the dead of the force used there)
    crowd = [e for e in here if e.event_type == "Riots" or e.sub_event_type == "Excessive force against protesters"]
    if any(e.event_type not in parts.VIOLENT_TYPES and e not in crowd for e in here):
        return []
    if not here or places != {e.place.geonameid for e in here} or (len(here) < len(previous) and len(crowd) < len(here)):
        return []  # (a toll for one of several places only after a riot or force against a crowd there)
    if actor_lib.passive_agent(tokens, i, typing.trigger) is not None:
        return []
    sent = doc.sentences[i]
    subject = actor_lib.subject_span(tokens, i, typing.trigger)
    doer = actor_lib.generic_actor(doc.text[subject[0]:subject[1]], "") if subject else None
    named = [o for o in actor_lib.organisations(sent, doc.mentions, doc.text, [(p.mention.start, p.mention.end) for p in locations])
             if not actor_lib.tells(doc.text, o.start, o.end)]  # (not "The Kenya National Commission on Human Rights said")
    return here if not named and (doer is None or doer[1] == "civilians") else []



_TOLL_WORD = re.compile(r"died|dead|killed|wounded|injured|succumbed", re.I)


_TOLL_STRUCK_AT = re.compile(r"[^.;]{0,80}?\bin\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:air ?strikes?|strikes?|attacks?|"
                             r"raids?|shelling|bombings?)\s+(?:on|in|at)\s+(?:the\s+)?")


def _with_toll(event: Event, deaths: int, count: Evidence) -> Event:
    evidence = tuple(ev for ev in event.evidence if ev.field != "fatalities")
    return dataclasses.replace(event, fatalities=deaths, evidence=evidence + ((count,) if deaths else ()))


_MOB_DOERS = re.compile(r"^(?:Mobs?|A mob|The mob|Rioters|Crowds?|A crowd|The crowd|Groups? of (?:youths|men)|Youths)\b")


def _doer_now_other_side(event: Event) -> Event:
    """The event's evidence with its doer's words moved to the other side's (actor2, assoc_actor_2),
    the other side's dropped: the doer told first turned out to be the side acted against."""
    return dataclasses.replace(event, evidence=tuple(
        dataclasses.replace(e, field=e.field.replace("actor_1", "actor_2").replace("actor1", "actor2"))
        if e.field in ("actor1", "assoc_actor_1") else e for e in event.evidence if e.field not in ("actor2", "assoc_actor_2")))


def _later_day(event: Event, told: list[Event]) -> bool:
    """The event is a later day of another just told from the same sentence ("clashed ... on Tuesday and
    Wednesday"): a toll told after them is counted once, on the first day."""
    lead = event.evidence_for("sentence")
    return any(o is not event and o.event_date and event.event_date and o.event_date < event.event_date
               and o.sub_event_type == event.sub_event_type and o.place == event.place
               and o.evidence_for("sentence") == lead for o in told)


def _continue(event: Event, typing: "parts.Typing", sent: Span, text: str, counts: bool = True) -> Event:
    """Fold a follow-up sentence into an event: a protest that met force or turned violent is
    recoded, and a death toll given afterwards is kept (unless the event is not to count it)."""
    changes: dict = {}
    new_sub = parts.escalate(event.sub_event_type, typing.sub_event_type)
    if event.sub_event_type == "Remote explosive/landmine/IED" and typing.sub_event_type == "Suicide bomb":
        new_sub = "Suicide bomb"  # "An explosion ripped through a mosque ... saying a suicide bomber had detonated an explosive vest"
    if event.sub_event_type == "Looting/property destruction" and typing.event_type in parts.VIOLENT_TYPES \
            and _HARM_CUE.search(typing.trigger.text):
        new_sub = typing.sub_event_type  # "setting fire to homes ... The gunmen also killed at least 10 people"
    # ("gang members attacked the town of Mirebalais, storming its prison ... The gangs ... clashed with
    # police officers for hours": the attack was fought, a battle with them)
    fought = (_FORCE_DEAD.search(sent.text) if event.sub_event_type == "Looting/property destruction"
              else _FOUGHT_FORCE.search(sent.text) if event.sub_event_type == "Attack" and typing.sub_event_type == "Armed clash"
              else None) if typing.event_type == "Battles" and event.place \
        and not event.actor1.startswith(("Rioters", "Protesters", "Civilians")) \
        and not event.actor1.startswith(event_actors.STATE_PREFIXES) else None
    force = actor_lib.generic_actor(fought.group(1), event.place.country, event.event_date) if fought else None
    rivals = _RIVALS_FOUGHT.search(sent.text) if event.sub_event_type == "Attack" and typing.sub_event_type == "Armed clash" \
        and event.place and event.actor1.startswith("Unidentified Armed Group") else None
    if rivals is not None:
        # "At least 15 inmates were killed ... in a riot at the Litoral Penitentiary ... Rival gangs fought
        # with guns and explosives inside one of the prison's cellblocks": a battle between the gangs
        new_sub = "Armed clash"
        changes.update(actor2=event.actor1, assoc_actor_2="")
    if force and force[1] == "state":
        # "Islamist insurgents attacked the district headquarters of Macomia, burning government buildings
        # ... At least eight soldiers were killed in the fighting": the attack was fought, a battle with them
        new_sub = "Armed clash"
        changes.update(actor2=force[0], assoc_actor_2="")
    if event.event_type == "Protests" and typing.sub_event_type == "Attack" and _FORCE_BEAT.search(sent.text):
        new_sub = parts.escalate(event.sub_event_type, "Protest with intervention")  # "Security forces attacked the farmers"
    if typing.sub_event_type == "Arrests" and _ARRESTED_OTHER.search(sent.text):
        new_sub = None  # "The driver was arrested": who attacked the crowd, no intervention on it
    told = event.evidence_for("sentence")
    confronted = event.sub_event_type == "Attack" and not event.fatalities and told is not None \
        and _DURING_CONFRONTATIONS.search(told.text) is not None
    if event.sub_event_type in ("Arrests", "Attack") and typing.event_type == "Riots" and event.place \
            and event.actor1.startswith(event_actors.STATE_PREFIXES) and (
                _DURING_THE_RAID.search(sent.text) or _CLASHES_ENSUED.match(sent.text) if event.sub_event_type == "Arrests"
                else confronted):
        # (also "Israeli soldiers shot and injured a Palestinian youth during confrontations ... Youths threw
        # stones at the soldiers": the confrontation was a riot the soldiers met)
        # "Israeli forces arrested 3 Palestinians during a raid on Beit Ummar town ... Clashes broke out between
        # Palestinian youth and the Israeli forces during the raid; the youth threw stones": the raid met a
        # riot (ACLED: rioters against the force, the arrests in its notes)
        new_sub = "Violent demonstration" if parts.DEMONSTRATION_WORD.search(sent.text.lower()) else "Mob violence"
        event = _doer_now_other_side(event)
        changes.update(actor1=f"Rioters ({event.place.country})", assoc_actor_1="", actor2=event.actor1,
                       assoc_actor_2=event.assoc_actor_1)
    if event.event_type == "Explosions/Remote violence" and typing.sub_event_type == "Disrupted weapons use" \
            and _WEAPON_STOPPED.match(sent.text) and not event.fatalities:
        # "Houthi forces fired a ballistic missile towards Jazan city ... The missile was intercepted by
        # Saudi air defences": the weapon never struck (ACLED: disrupted weapons use, by who stopped it)
        country = event.place.country if event.place else ""
        named = actor_lib.named_force(sent.text[_WEAPON_STOPPED.match(sent.text).end():], country, event.event_date)
        stopper = (named, "state") if named else actor_lib.generic_actor(sent.text, country, event.event_date)
        new_sub = "Disrupted weapons use"
        if stopper and stopper[1] == "state" and stopper[0] != event.actor1:
            changes.update(actor1=stopper[0], assoc_actor_1="", actor2=event.actor1, assoc_actor_2=event.assoc_actor_1)
            event = _doer_now_other_side(event)  # (who fired is now the other side)
    mob = _MOB_DOERS.match(sent.text) if event.sub_event_type == "Attack" and typing.event_type == "Riots" \
        and event.actor1.startswith("Unidentified Armed Group") and event.place else None
    if mob is not None:
        # "a religious procession came under attack ... Mobs hurled stones at the procession": the
        # attackers were a mob (ACLED: mob violence, rioters against the people they set on)
        new_sub = "Mob violence"
        event = dataclasses.replace(event, evidence=tuple(e for e in event.evidence if e.field != "actor1")
                                    + (Evidence("actor1", sent.start, sent.start + mob.end(), mob.group(0)),))
        changes.update(actor1=f"Rioters ({event.place.country})", assoc_actor_1="")
    repellers = _repellers(event, typing, sent, text)
    if repellers:
        # "armed terrorist groups attacked the locality of Djibo ... The Defence and Security Forces
        # repelled the attack": the attack was fought, a battle with the force that repelled it
        new_sub = "Armed clash"
        changes.update(actor2=repellers, assoc_actor_2="")  # (not the civilians' group the attack had)
    if new_sub and parts.event_type_of(new_sub) == "Violence against civilians" and not event.actor2 and event.place \
            and event.place.country and not event.actor1.startswith("Civilians"):
        # "RSF fighters looted the market ... At least seven civilians were killed": the raid's victims
        changes["actor2"] = f"Civilians ({event.place.country})"
    if new_sub:
        changes.update(sub_event_type=new_sub, event_type=parts.event_type_of(new_sub), trigger=typing.trigger,
                       evidence=tuple(e for e in event.evidence if e.field != "event_type")
                       + (Evidence("event_type", typing.trigger.start, typing.trigger.end, typing.trigger.text),))
        if changes["event_type"] == "Riots" and event.actor1.startswith("Protesters"):
            changes["actor1"] = event.actor1.replace("Protesters", "Rioters", 1)
    forced = new_sub or (typing.sub_event_type if event.event_type == "Riots" else None)
    # ("Mobs torched vehicles and pelted stones at police": the force the riot met, told after it)
    if (forced in ("Protest with intervention", "Excessive force against protesters") or (
            changes.get("event_type", event.event_type) == "Riots" and _POLICE_MET.search(sent.text))) and not event.actor2:
        # "... and police fired tear gas and live rounds to repel them": the force the crowd met (the
        # army when the sentence says so: "The Lebanese army fired rubber bullets to disperse them")
        country = event.place.country if event.place else ""
        met = _POLICE_MET.search(sent.text)
        force = actor_lib.generic_actor(sent.text[met.start():] if met else sent.text, country, event.event_date, earliest=True)
        # ("HTS members fired in the air to disperse them": the group named as the force)
        named = [o for o in actor_lib.organisations(sent, (), text, country=country, on=event.event_date)
                 if o.known and o.start < typing.trigger.start]
        changes["actor2"] = named[0].name if named else force[0] if force and force[1] == "state" else \
            with_period(f"Police Forces of {country}", country, event.event_date)
    event_type = changes.get("event_type", event.event_type)
    sub = changes.get("sub_event_type", event.sub_event_type)
    probe = dataclasses.replace(typing, event_type=event_type, sub_event_type=sub)
    # (not a count for several places: "The protests ... drew tens of thousands of people in several cities")
    size = parts.size_for(sent, probe, event.place) if event.size is None and not _SEVERAL_PLACES.search(sent.text) else None
    if size is not None:  # "to disperse the crowd of about 300 people"
        changes.update(size=size.value, evidence=changes.get("evidence", event.evidence)
                       + (Evidence("size", size.start, size.end, size.text),))
    deaths = parts.fatalities_for(sent, probe) if counts and not _BODIES_FOUND_AFTER.search(sent.text) else None
    lead = event.evidence_for("sentence")
    if deaths is None and new_sub and not event.fatalities and lead is not None and lead.start < sent.start:
        # "Four Rangers were killed ... as thousands marched", then "... threw stones": a march that
        # turned violent counts the dead its own sentence told
        deaths = parts.fatalities_for(Span(lead.start, lead.end, lead.text), probe)
    deaths = _on_top(event, deaths, sent, text)
    counted = event.evidence_for("fatalities")
    # ("The BLA said in a statement it had attacked a camp ..., killing 10 soldiers. The military said two
    # soldiers were killed": a party's claim, then another teller's lower count)
    claimed = counted is not None and lead is not None and lead.start <= counted.start < lead.end \
        and _CLAIM.search(lead.text) is not None and _SAID.search(sent.text) is not None
    if deaths is not None and 0 < deaths.value < event.fatalities and (_LOWER_TOLL.search(sent.text) or claimed):
        # "Police ... confirmed the attack but gave a lower toll of nine dead": ACLED codes the most
        # conservative of the figures reported
        changes.update(fatalities=deaths.value, evidence=tuple(e for e in changes.get("evidence", event.evidence)
                                                               if e.field != "fatalities")
                       + (Evidence("fatalities", deaths.start, deaths.end, deaths.text),))
    elif deaths is not None and deaths.value > event.fatalities:
        changes.update(fatalities=deaths.value, evidence=changes.get("evidence", event.evidence)
                       + (Evidence("fatalities", deaths.start, deaths.end, deaths.text),))
    if not changes:
        return event
    event = dataclasses.replace(event, **changes)
    return dataclasses.replace(event, notes=parts.notes_for(event, None))


_WEAPON_STOPPED = re.compile(r"^(?:The|Both|All)\s+(?:[\w-]+\s+)?(?:missiles?|rockets?|drones?|projectiles?)\s+(?:was|were)\s+"
                             r"(?:later\s+|successfully\s+)?(?:intercepted|shot down|downed|destroyed in (?:the )?air)\b")
_POLICE_MET = re.compile(r"\b(?:riot police|police|security forces|forces|army|troops|soldiers|officers|gendarmes|gendarmerie|"
                         r"carabineros|carabinieri)\b[^.;]{0,40}\b(?:responded|fired|used|dispersed|intervened|to disperse)\b|"
                         r"\b(?:at|with) (?:riot )?police\b|"
                         # ("Two people were shot dead by police during the unrest")
                         r"\b(?:shot dead|shot|killed|wounded|injured) by (?:the )?(?:riot )?police\b", re.I)
_FORCE_BEAT = re.compile(r"\b(?:police(?:men)?|security forces|riot police|troops|soldiers|agents|officers)\b[^.;]{0,30}"
                         r"\b(?:attacked|beat|beaten|assaulted|clubbed|charged)\b", re.I)
_FORCE_DEAD = re.compile(r"\b(soldiers|troops|police(?:men| officers)?|security forces|guards|gendarmes)\b[^.;]{0,30}?"
                         r"\b(?:were|have been|had been)\s+killed\b")
_RIVALS_FOUGHT = re.compile(r"\brival (?:gangs|factions|groups|militias|clans|cartels)\b[^.;]{0,40}?\b(?:fought|clashed|battled)\b", re.I)
_FOUGHT_FORCE = re.compile(r"\b(?:clashed|fought|exchanged fire|battled)\s+with\s+(?:the\s+)?(?:[\w-]+\s+)?(soldiers|troops|"
                           r"police(?:men| officers)?|security forces|guards|gendarmes)\b")
_HARM_CUE = re.compile(r"kill|shot|shoot|wound|injur|stabb|beat|opened fire|dead", re.I)  # not "The attack caused damage"
_NOT_AN_ATTACK = re.compile(r"\b(?:blast|explosion|fire|it)\s+(?:was|had been)\s+(?:caused by|the result of|due to)\s+"
                            r"(?:an?\s+)?(?:[\w-]+\s+)?(?:fire|accident|gas leak|leak|short circuit|negligence|mishandling)\b|"
                            r"\b(?:was|were)\s+not\s+(?:an?\s+)?(?:attack|act of sabotage|sabotage|terrorist attack)\b", re.I)
_PERSONAL_MOTIVE = re.compile(r"\b(?:followed|stemmed from|sparked by|over|after|during) (?:an? )?(?:argument|quarrel|"
                              r"personal dispute|domestic dispute|family dispute|love affair|robbery)\b|"
                              # ("a man was stabbed to death in a street fight outside a nightclub")
                              r"\b(?:in|during|after) a (?:street|bar|pub|drunken) (?:fight|brawl)\b|"
                              r"\bnot (?:linked|related|connected) to terrorism\b|\bnot politically motivated\b", re.I)
_UNVERIFIED = re.compile(r"\b(?:could not|cannot|could not be|has not been|have not been|was not) (?:be )?(?:independently )?"
                         r"(?:verified|confirmed)\b|\bunverified\b|\bwithout (?:providing|giving|offering) (?:any )?evidence\b", re.I)
_SAID = re.compile(r"^(?:[\w'’.-]+\s+){1,5}?(?:said|says|put|gave|reported|confirmed)\b")
_LOWER_TOLL = re.compile(r"\blower (?:death )?(?:toll|figure|number)\b|\b(?:lower|smaller) number of (?:dead|deaths|people killed)\b|"
                         # ("... Police Command ... confirmed the attack but said 12 people were killed")
                         r"\bconfirmed (?:the|this|that) (?:[\w-]+ ){0,2}?(?:attacks?|incident|killings?|raid|clash(?:es)?)\b[^.;]{0,20}?"
                         r"\bbut (?:said|put|gave)\b", re.I)
_ALSO_KILLED = re.compile(r"\b(?:were|was|have been|had been) also (?:killed|shot dead)\b|\balso (?:died|lost their lives)\b")
_ARRESTED_OTHER = re.compile(r"\b(?:the|a) (?:driver|attacker|assailant|suspect|gunman|shooter|perpetrator|motorist|"
                             r"counter-protester|(?:police )?officer|policeman|soldier)s? (?:was|were|has been|have been|had been) (?:later |also |quickly )?"
                             r"(?:arrested|detained)", re.I)


_YEARS_AGO = re.compile(r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a|several|few)\s+(?:years|decades?)\s+ago\b", re.I)
_YEARS_LATER = re.compile(r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
                          r"several|many)\s+(?:years|decades)\s+(?:later|on)\b", re.I)


# the cue itself qualified as last year's (or an earlier year's)
_LAST_YEARS = re.compile(r"\b(?:last|previous|the previous|the past)\s+year['’]s\s+(?:[\w-]+\s+){0,2}$", re.I)


# "for their role in the November 2018 suicide bombing of a wedding hall": the cue named with its year
_DATED_CUE = re.compile(rf"\b(?:the|a|its|their)\s+(?:(?:{MONTH_NAMES})\s+)?((?:19|20)\d\d)\s+(?:[\w-]+\s+){{0,2}}$")


def _dated_cue(typing: "parts.Typing | None", sent: Span, ref):
    """The year written before the cue as its own ("the 2018 bombing"), when it is a past year."""
    found = _DATED_CUE.search(sent.text, 0, typing.trigger.start - sent.start) if typing is not None and ref else None
    return found if found is not None and int(found.group(1)) < ref.year else None


def _cue_years_ago(tokens, typing: "parts.Typing | None", sent: Span):
    """"... years ago" told of the cue itself (its verb, or a clause on the cue's noun), not of
    someone in it ("carrying photos of those killed two years ago")."""
    found = _YEARS_AGO.search(sent.text) if typing is not None else None
    last = _LAST_YEARS.search(sent.text, 0, typing.trigger.start - sent.start) if typing is not None else None
    if found is None and last is not None:
        return last  # "Rights groups say police killed more than 60 people during last year's protests"
    if found is None:
        # ("The murder of a young father still haunts his family 15 years later": the cue before the
        # years since it; not "Fifteen years later, rebels attacked the town again")
        later = _YEARS_LATER.search(sent.text) if typing is not None else None
        return later if later and later.start() > typing.trigger.end - sent.start else None
    if found.start() <= 3 and found.start() < typing.trigger.start - sent.start:
        return found  # "Ten years ago, a gunman entered his church ... and killed seven people"
    ago = next((t for t in tokens if t.text.lower() == "ago" and t.start < sent.start + found.end() <= t.end + 1), None)
    cue = {t.i for t in tokens if typing.trigger.start <= t.start < typing.trigger.end}
    if ago is None or not cue:
        return None
    verb = tokens[ago.head]
    if verb.i in cue:
        return found
    if verb.dep not in ("relcl", "acl"):
        return None
    # (the clause may hang on the noun phrase that holds the cue, or on a word of the cue's own phrase:
    # "the main centre of street protests ... that ignited the conflict seven years ago", "protests
    # against the government that ignited the conflict ...")
    for start in [*cue, verb.head]:
        node = tokens[start]
        for _ in range(4):
            if (node.i == verb.head and start in cue) or (start == verb.head and node.i in cue):
                return found
            if node.head == node.i:
                break
            node = tokens[node.head]
    return None


def _own_paragraph(doc: Document, i: int) -> bool:
    """The sentence is a paragraph of its own (a heading line)."""
    sent = doc.sentences[i]
    return doc.text[max(0, sent.start - 2):sent.start] in ("", "\n\n") and doc.text[sent.end:sent.end + 2] in ("", "\n\n")


_CLOCK_OPENING = re.compile(r"^(?:[Aa]t\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|local time))?(?=[\s,:–—-])")
_BARE_TOLL = re.compile(r"^(?:[A-Z]\w+,\s+)?(?:at least\s+)?\w+\s+(?:[\w-]+\s+){0,5}?(?:lost their lives|were killed|died)\b")
_GATHERED = re.compile(r"\b(?:had |have )?(?:gathered|rallied|assembled|took part|taken part|turned out)\b|"
                       r"\b(?:put|estimated|placed) (?:the|their) (?:crowd|turnout|number)\b")


def _same_places(event: Event, places: list[Place]) -> bool:
    return bool(event.place) and any(p.geonameid == event.place.geonameid for p in places)


def _typing_of(event: Event) -> "parts.Typing":
    return parts.Typing(event.event_type, event.sub_event_type, event.confidence, event.trigger)


def _repellers(event: Event, typing: "parts.Typing", sent: Span, text: str) -> str:
    """The state force a follow-up sentence says repelled an attack on a place or fired back at its
    attackers or at the shelling, or the group it names answering the shelling ("QSD responded with
    mortar fire") (ACLED: a clash)."""
    if event.sub_event_type not in ("Attack", "Shelling/artillery/missile attack") or not event.place:
        return ""
    answer = _RESPONDED.search(sent.text, 0, typing.trigger.start - sent.start)
    if not _REPELLED.match(typing.trigger.text) and not (answer and event.sub_event_type != "Attack"):
        return ""
    doers = typing.trigger.start if answer is None else sent.start + answer.start()
    named = [o for o in actor_lib.organisations(sent, (), text, country=event.place.country, on=event.event_date)
             if o.known and o.end <= doers and o.name not in (event.actor1, event.assoc_actor_1)]
    if answer is not None and named:
        return named[0].name
    if named and _FORCE_NOUN_AFTER.match(text, named[-1].end, doers):
        # ("MINUSCA troops repelled the attack": the mission named with its troops, not the country's army)
        return named[-1].name
    force = actor_lib.generic_actor(text[sent.start:doers], event.place.country, event.event_date)
    return force[0] if force and force[1] == "state" and force[0] != event.actor1 else ""


_FORCE_NOUN_AFTER = re.compile(r"\s+(?:troops|forces|soldiers|peacekeepers|fighters|units?)\s*$")
_REPELLED = re.compile(rf"(?:repel(?:led|s)?|repuls(?:ed|es)|fought off|{parts.FIRE_RETURNED_WORDS})\b", re.I)
_RESPONDED = re.compile(rf"\b(?:{parts.RETALIATION_WORDS}|{parts.FIRE_RETURNED_WORDS})\b", re.I)


def _on_top(event: Event, deaths: Count | None, sent: Span, text: str) -> Count | None:
    """A later toll of the event with its dead counted so far added when it counts others: "Two
    attackers were also killed"; "killing 17 Chadian soldiers", then "35 assailants were killed"
    (ACLED counts an event's dead on all sides)."""
    told = event.evidence_for("fatalities")
    if deaths is None or not event.fatalities or told is None or (deaths.value == event.fatalities and deaths.exact):
        # ("Israeli forces killed three Palestinians ... the military said they had killed three
        # gunmen": the same dead, told by the other side)
        return deaths
    # ("killing eight policemen", then "17 Taliban were killed when Afghan forces counter-attacked": the doers' dead)
    doer = event.actor1.split(":")[0].split(" (")[0]
    doers_dead = len(doer) > 2 and re.search(rf"\b{re.escape(doer)}\b", deaths.text) is not None \
        and re.search(rf"\b{re.escape(doer)}\b", told.text) is None
    if _ALSO_KILLED.search(sent.text) or doers_dead or attackers_count(text, deaths.start, deaths.end) != attackers_count(
            text, told.start, told.end):
        return dataclasses.replace(deaths, value=event.fatalities + deaths.value)
    return deaths


def _count_deaths(event: Event, sent: Span, text: str) -> Event:
    if parts.natural_toll(sent.text.lower()) or _BODIES_FOUND_AFTER.search(sent.text):
        return event  # ("Seven bodies were found in a lagoon in the city after the protests": dead found later)
    deaths = _on_top(event, parts.fatalities_for(sent, _typing_of(event)), sent, text)
    if deaths is None or deaths.value <= event.fatalities:
        return event
    if any(a <= deaths.start - sent.start < b for a, b in parts.tally_spans(sent.text.lower())):
        return event  # ("at least 11 people had been killed since the protests began on Oct. 21": a period's dead)
    return dataclasses.replace(event, fatalities=deaths.value, evidence=event.evidence + (
        Evidence("fatalities", deaths.start, deaths.end, deaths.text),))
