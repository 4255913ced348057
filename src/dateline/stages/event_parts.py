"""The parts of an event the events stage assembles: type, date, actors, size, fatalities, notes."""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Sequence

from ..actors import affiliates_of, generic_actor, is_media, named_groups, tells
from ..dates import MONTH_NAMES, find_dates
from ..model import Document, Event, Place, Span, Token, sentence_tokens
from ..numbers import Count, crowd_sizes, fatalities, is_estimate
from ..resources import data_json
from ..eventtype import CUES, TypeGuess, classify

MODALS = frozenset({"can", "could", "may", "might", "would", "should", "will", "must", "shall"})
NONFACTUAL_HEADS = frozenset({"plan", "plot", "conspire", "threaten", "call", "vow", "urge", "warn", "intend", "fear", "ban",
                              "prohibit", "demand", "seek", "aim", "want", "prepare", "schedule", "deny", "expect"})
GENERIC_SUBJECTS = frozenset({"anyone", "anybody", "whoever", "everyone", "everybody", "those"})
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
TERRITORY_SUBS = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
PROTEST_SUBS = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")


@dataclass(frozen=True, slots=True)
class Typing:
    event_type: str
    sub_event_type: str
    confidence: float
    trigger: Span
    inherited: bool = False


@dataclass(frozen=True, slots=True)
class DateChoice:
    date: date | None
    precision: int
    span: Span | None


@dataclass(frozen=True, slots=True)
class Actors:
    actor1: str = ""
    assoc_actor_1: str = ""
    actor2: str = ""
    assoc_actor_2: str = ""
    spans: tuple[tuple[str, Span], ...] = field(default=())


def answered_fire(typing: Typing, actors: Actors) -> Actors:
    """"Houthi forces shelled government positions, and government troops fired back": the sides
    were read from the clause of the answer; the side that opened fire comes first (ACLED's actor1)."""
    if not _FIRE_RETURNED.match(typing.trigger.text) or not actors.actor2:
        return actors
    return swapped(actors)


def swapped(actors: Actors) -> Actors:
    """The two sides exchanged, with the words that name them."""
    swap = {"actor1": "actor2", "actor2": "actor1", "assoc_actor_1": "assoc_actor_2", "assoc_actor_2": "assoc_actor_1"}
    return Actors(actors.actor2, actors.assoc_actor_2, actors.actor1, actors.assoc_actor_1,
                  tuple((swap.get(role, role), span) for role, span in actors.spans))


@functools.lru_cache(maxsize=1)
def _cues() -> tuple[tuple[re.Pattern[str], str, float], ...]:
    return tuple((re.compile(c[0]), c[1], float(c[2])) for c in data_json("triggers.json")["cues"])


@functools.lru_cache(maxsize=1)
def _event_type_of() -> dict[str, str]:
    types = data_json("taxonomy.json")["event_types"]
    return {sub: etype for etype, subs in types.items() for sub in subs}


def default_date(doc: Document, ref: date | None) -> DateChoice:
    """No date in the text: the report's date, known to the week (ACLED time_precision 2)."""
    span = doc.anchor.date_span if doc.anchor and doc.anchor.date_span else None
    return DateChoice(ref, 2, span)


def type_sentence(doc: Document, i: int, tokens: Sequence[Token], ref: date | None,
                  guess: "TypeGuess | None" = None) -> Typing | None:
    """The event type a sentence reports, or None (no cue, or only hypothetical/historic ones).

    Lexicon cues find the trigger words and filter out hypothetical, planned and historical
    mentions; the trained classifier (`guess`) decides the sub-type when it is confident, and
    alone reports an event only when it is very sure and its cue word is factual."""
    sent = doc.sentences[i]
    lower = sent.text.lower()
    hits = _cue_hits(sent, lower, tokens, ref)
    hits += _captured_places(doc, sent, lower, tokens) if not any(h[0] in TERRITORY_SUBS for h in hits) else []
    typing = _cue_typing(doc, sent, lower, hits, tokens, ref, guess)
    if typing is not None and _ordinary_crime(doc, sent, lower, typing.sub_event_type):
        return None
    if typing is not None and typing.sub_event_type == "Excessive force against protesters" and _CROWD_STORMED.search(lower):
        # "police opened fire on protesters trying to storm a police station": a crowd's violence the force
        # met, a violent demonstration (ACLED: excessive force is force against a peaceful crowd)
        typing = dataclasses.replace(typing, event_type="Riots", sub_event_type="Violent demonstration")
    heading = _heading(sent.text)
    if heading is None:
        return typing
    # "Security measures: On 29 April, Turkish forces closed ...": the report names the kind itself;
    # the cue word, where there is one, stays the trigger (actors are read from its clause)
    sub, length = heading
    if typing is not None:
        return dataclasses.replace(typing, event_type=_event_type_of()[sub], sub_event_type=sub, confidence=1.0)
    return Typing(_event_type_of()[sub], sub, 1.0, Span(sent.start, sent.start + length, sent.text[:length]))


_KILLED_WORD = re.compile(r"\bkill|\bshot dead\b|\bdied\b|\bdeath\b|\bmurder")
_CROWD_BEATEN = re.compile(r"(?:\s+up)?\s+(?:a\s+group\s+of\s+|dozens\s+of\s+|several\s+|some\s+|the\s+|\d+\s+)?(?:[\w-]+\s+)?"
                           r"(?:protesters?|demonstrators?|marchers|sit-in participants)\b")
_CROWD_STORMED = re.compile(r"\b(?:protesters|demonstrators|crowds?|rioters|youths|mobs?)\s+(?:who\s+(?:were\s+|had\s+)?)?"
                            r"(?:trying|tried|attempting|attempted|seeking|sought)\s+to\s+(?:storm|attack|seize|torch|burn|set fire|"
                            r"break into|overrun|loot)\b")


def _captured_places(doc: Document, sent: Span, lower: str, tokens: Sequence[Token]) -> list[tuple[str, float, int, int]]:
    """"M23 rebels said they had captured Goma": a town taken, named by its name alone (the lexicon, read
    in lower case, cannot tell "captured Goma" from "captured two soldiers")."""
    hits = []
    for m in [*_CAPTURED_NAMED.finditer(sent.text), *_REBELS_ENTERED.finditer(sent.text)]:
        at = sent.start + m.start("name")
        if any(x.label == "PLACE" and x.start == at for x in doc.mentions) \
                and _factual_at(lower, m.start(), tokens, sent.start + m.start(), sent.start + m.end(1), violent=True):
            hits.append(("Non-state actor overtakes territory", 0.8, sent.start + m.start(), sent.start + m.end(1)))
    return hits


_CAPTURED_NAMED = re.compile(r"\b(captured|seized|overran|taken|took)\s+(?P<name>[A-Z][\w'’-]+)")
# ("Syrian rebels entered Damascus on Sunday and declared the end of Bashar Assad's rule": armed men who are no
# state's, come into a town and holding it)
_REBELS_ENTERED = re.compile(r"\b(?:rebels|insurgents|jihadists|militants|fighters|militiamen)\s+(entered|swept into|marched into|"
                             r"rolled into)\s+(?:the\s+(?:city|town|capital)\s+of\s+)?(?P<name>[A-Z][\w'’-]+)"
                             r"(?=[^.;]{0,80}\b(?:declared|took control|seized|captured|without (?:a fight|resistance)|"
                             r"unopposed|after (?:government|army) (?:forces|troops) (?:withdrew|fled)))")


def _sentence_index(doc: Document, sent: Span) -> int:
    return next((k for k, s in enumerate(doc.sentences) if s.start == sent.start), 0)


def _ordinary_crime(doc: Document, sent: Span, lower: str, sub: str) -> bool:
    """An arrest for an ordinary crime ("arrested ... on federal charges that he had traded on inside
    information", "two people suspected of stealing meat"), a sexual offence or an abduction told as
    a criminal case ("charged with three counts of second degree rape"), an attack in a story a
    local court, sheriff or coroner tells: no political violence, which is all ACLED codes of these
    (an arrest of protesters, rape by soldiers, a kidnapping by armed men are)."""
    if sub not in ("Arrests", "Sexual violence", "Abduction/forced disappearance", "Attack"):
        return False
    lead = doc.sentences[0].text.lower() if doc.sentences else ""  # (the story's lead names the crime)
    if sub == "Arrests":
        crime = bool(_ORDINARY_CRIME.search(lower) or _ORDINARY_CRIME.search(lead))
    elif sub == "Attack":
        # ("A Charleston man admitted in Kanawha Circuit Court ... that he gunned down his longtime
        # girlfriend", "Charleston police and the coroner"): a criminal case told by a local court or sheriff
        story = doc.text[:1500].lower()
        crime = bool(_LOCAL_CRIME.search(story)) and not _ARMED_OR_STATE.search(story)
    else:
        # (not kidnappers the police fought: "traced the kidnappers to a forest ..., where they engaged them in
        # a gun duel": armed men, whatever the release calls the case)
        crime = bool(_CRIMINAL_CASE.search(lower) or _CRIMINAL_CASE.search(lead)) \
            and not (sub == "Sexual violence" and _ARMED_OR_STATE.search(lower)) \
            and not (sub == "Abduction/forced disappearance" and _FOUGHT_WITH_ARMS.search(doc.text[:2000]))
    # (never when a political or armed actor is named)
    return crime and not _POLITICAL.search(lower) and not _POLITICAL.search(lead) and not named_groups(sent.text)


_LOCAL_CRIME = re.compile(r"\b(?:sheriff(?:'s|’s)?|deputies|state trooper|troopers?|coroner|medical examiner|pleaded|pleads|"
                          r"appeared in court|appear in court|court hearings?|charged with|charges? of|remanded|bail|"
                          r"arraigned|indicted|grand jury|homicide|circuit court|county jail|prosecutors? said|district attorney)\b")


_CRIMINAL_CASE = re.compile(r"\b(?:charged with|counts? of|court|prosecutors?|pleaded|trial|sentenced|offen[cs]es?|"
                            r"accus(?:ing|ed|ation)|falsely|fined|restitution|"
                            r"suspects?|accused of|jury|indicted|arraigned|case of|opened a case|arrested|investigators|"
                            r"detectives|police (?:say|said)|sheriff|lawsuit|suit)\b")
_FOUGHT_WITH_ARMS = re.compile(r"\b(?:gun ?duel|gun ?battle|gunfight|firefight|exchange of fire|exchanged fire|shoot-?out|"
                               r"AK-?47s?|assault rifles?|armed (?:men|gang|bandits|kidnappers)|gunmen|bandits)\b", re.I)
_ARMED_OR_STATE = re.compile(r"\b(?:soldiers?|troops|army|militar\w+|militia\w*|fighters?|rebels?|gunm[ae]n|armed (?:men|groups?|forces|gangs?)|"
                             r"security forces|guards?|detention|custody|prison\w*|camps?|"
                             # ("the scene of a war between rival factions of the Sinaloa Cartel": organised armed violence)
                             r"cartels?|gang war|war between)\b")


def sentence_typings(doc: Document, settings) -> list[Typing | None]:
    """Each sentence's typing as the events stage makes it (cues, classifier, factuality), before
    places: the stage's filter of what reports an event, for the evaluations."""
    guesses = classify([s.text for s in doc.sentences], settings=settings) if doc.sentences else []
    ref = doc.publication_date or (doc.anchor.date if doc.anchor else None)
    return [type_sentence(doc, i, sentence_tokens(doc, i), ref, guess) for i, guess in enumerate(guesses)]


# "protesters blocked highways in Cusco, and in Arequipa, several hundred people marched peacefully":
# a clause of its own for each place
# ("..., while protesters set fire to the entrance of Bordeaux town hall": another clause, whatever follows "while")
# ("marched in Bogota, Medellin and Cali ..., and three people were killed in Cali when ...": the
# toll's clause, with its place)
CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|but)\s+(?=(?:in|at|near|outside)\s)|,\s+(?:while|whereas)\s+|"
                          r",\s+and\s+(?=(?:at least\s+)?(?:[\w-]+\s+){1,3}?(?:were|was|had been|have been)\s+"
                          r"(?:killed|shot dead|wounded|injured|hurt)\s+(?:in|at)\s)|"
                          # (", and smaller crowds marched in Ankara and Izmir": another crowd's clause)
                          r",\s+and\s+(?=(?:[\w-]+\s+){0,2}?(?:crowds|protesters|demonstrators|marchers|thousands|hundreds)\s+"
                          r"(?:also\s+)?(?:marched|rallied|gathered|protested|demonstrated|took to the streets)\b)")


_WHERE_CLAUSE = re.compile(r",\s+where\s+[^,;]+")


def clause_typing(doc: Document, i: int, tokens: Sequence[Token], ref: date | None, typing: Typing,
                  place: Place, settings) -> Typing:
    """A demonstration told in a clause of its own about one of the sentence's places is typed by
    the event-type model on that clause, when it is sure (the sentence's typing otherwise)."""
    sent = doc.sentences[i]
    if typing.event_type in VIOLENT_TYPES:
        return _violent_clause(doc, sent, tokens, ref, typing, place)
    if typing.event_type not in ("Protests", "Riots"):
        return typing
    where = _WHERE_CLAUSE.search(sent.text)
    between = [p for p in doc.places if p.mention.sent == i and where is not None
               and place.mention.end <= p.mention.start < sent.start + where.start()]
    # (not a list the clause follows: "in Mombasa, Kisumu and Nakuru, where demonstrators lit bonfires", "were held in
    # Rabat and Casablanca on Thursday evening, where police made dozens of arrests": no act between)
    acted = where is not None and any(t.tag in ("VBD", "VBZ", "VBP") and place.mention.end <= t.start < sent.start + where.start()
                                      for t in tokens)
    if where is not None and sent.start + where.start() <= typing.trigger.start < sent.start + where.end() \
            and place.mention.end <= sent.start + where.start() and between and acted:
        # "Police detained more than 80 people in Lahore and used tear gas in Faisalabad, where protesters threw
        # stones": the where-clause tells of the place right before it; another place is typed by the rest
        own = [h for h in _cue_hits(sent, sent.text.lower(), tokens, ref)
               if not sent.start + where.start() <= h[2] < sent.start + where.end() and _event_type_of()[h[0]] in ("Protests", "Riots")]
        sub, _, start, end = _choose(own) if own else ("Peaceful protest", 0.0, typing.trigger.start, typing.trigger.end)
        return Typing(_event_type_of()[sub], sub, typing.confidence, Span(start, end, doc.text[start:end]))
    bounds = [sent.start] + [sent.start + m.end() for m in CLAUSE_BREAK.finditer(sent.text)] + [sent.end]
    if len(bounds) < 3:
        return typing
    lo, hi = next((a, b) for a, b in zip(bounds, bounds[1:]) if a <= place.mention.start < b or b == sent.end)
    told = next(((a, b) for a, b in zip(bounds, bounds[1:]) if a <= typing.trigger.start < b), (lo, hi))
    if told != (lo, hi) and any(told[0] <= p.mention.start < told[1] and p.geonameid == place.geonameid
                                for p in doc.places if p.mention.sent == i):
        return typing  # (the place named again where the trigger is told: "..., and three were killed in Cali")
    if told != (lo, hi) and not any(told[0] <= p.mention.start < told[1] for p in doc.places if p.mention.sent == i):
        # "Traders ... staged a sit-in outside the Karachi Press Club, while police baton-charged a separate
        # group of protesters": a clause naming no place of its own tells of the same place
        return typing
    guess = _clause_guess(doc.text[lo:hi], settings)
    hits = _cue_hits(sent, sent.text.lower(), tokens, ref)
    own = [h for h in hits if lo <= h[2] and h[3] <= hi]
    if guess.confidence < CLASSIFIER_MIN_CONFIDENCE or guess.sub_event_type not in ESCALATION \
            or guess.sub_event_type == typing.sub_event_type:
        clause = doc.text[lo:hi].lower()
        elsewhere = not lo <= typing.trigger.start < hi and any(
            (h[2], h[3]) == (typing.trigger.start, typing.trigger.end) and h[0] != "Peaceful protest" for h in hits)
        mine = _choose(own) if own and elsewhere and max(h[1] for h in own) >= 0.8 else None
        if mine is not None and _event_type_of()[mine[0]] in ("Protests", "Riots"):
            # "In Batman and Mardin, crowds held sit-ins ..., and in Hakkari police detained 24
            # people": the detentions were another clause's; this one's own words type it
            return Typing(_event_type_of()[mine[0]], mine[0], typing.confidence, Span(mine[2], mine[3], doc.text[mine[2]:mine[3]]))
        if typing.sub_event_type == "Peaceful protest" or lo <= typing.trigger.start < hi or own \
                or any(pattern.search(clause) for pattern, sub, _ in _cues() if sub != "Peaceful protest"):
            return typing  # (a clause with words of its own: "and at least four were killed in Maiduguri")
        # "farmers set fire to hay bales around Toulouse, while in Lyon 200 tractors slowed traffic":
        # the fire was another clause's, and this one tells of no force or damage
        return Typing(_event_type_of()["Peaceful protest"], "Peaceful protest", typing.confidence,
                      Span(lo, hi, doc.text[lo:hi]))
    mine = _choose(own) if own else None
    if mine is not None and _escalated_protest(mine[0], guess.sub_event_type):
        # "In Mombasa, protesters lit bonfires and blocked the Moi Avenue, while in Kisumu ...": the
        # clause's own words of violence over the model's plain protest
        return Typing(_event_type_of()[mine[0]], mine[0], typing.confidence, Span(mine[2], mine[3], doc.text[mine[2]:mine[3]]))
    same = [h for h in own if h[0] == guess.sub_event_type] or own
    start, end = (same[0][2], same[0][3]) if same else (lo, hi)
    sub = guess.sub_event_type
    return Typing(_event_type_of()[sub], sub, guess.confidence, Span(start, end, doc.text[start:end]))


# "Druze gunmen then seized several Bedouin men in the city of Sweida, and tribal fighters attacked
# the village of al-Mazraa": two acts, each at its own place
# ("struck dozens of Hamas targets across Gaza after two of its soldiers were killed by militants in
# Rafah": the strikes, and the killing that came before them)
_ACT_BREAK = re.compile(r";\s+|,\s+(?:and|while|whereas|but)\s+(?:that\s+)?(?=(?:then\s+)?(?:[\w-]+\s+){0,3}?"
                        r"(?:[a-z]+ed|shot|struck|hit|fought|threw|blew|beat|broke|overran|stole|burnt|swept|stabbed)\b)|"
                        # (", while Israeli troops shot dead three people near an aid site in Rafah")
                        # ("..., and an Israeli strike on a building in central Beirut killed six people")
                        r",\s+(?:and|while)\s+(?=(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:strikes?|air ?strikes?|drone strikes?|"
                        r"attacks?|bombings?|explosions?|blasts?|raids?|shelling|missiles?|rockets?|shells?|drones?)\b)|"
                        r"\s+after\s+(?=(?:[\w-]+\s+){1,5}?(?:was|were|had been|have been)\s+(?:killed|shot dead|wounded|"
                        r"ambushed|abducted|kidnapped)\s+by\b)|"
                        # (", and in Kalat six people ... were killed when gunmen attacked a checkpoint": a place's clause)
                        r",\s+(?:and|while)\s+(?=(?:in|at|near|outside)\s+(?:the\s+)?[A-Z])|"
                        # ("killed a farmer in Kauru (Kaduna) and abducted 5 travellers ... near Katari (Kaduna)")
                        r"\)\s+and\s+(?=(?:abducted|kidnapped|killed|shot|attacked|burned|looted|stormed|ambushed)\s)")


def act_end(sent: Span, typing: Typing) -> int:
    """Where the act of a violent trigger ends: at the next clause that tells another act ("Druze
    gunmen seized several Bedouin men in Sweida, and tribal fighters attacked ..."), else the sentence end."""
    if typing.event_type not in VIOLENT_TYPES:
        return sent.end
    return next((sent.start + m.start() for m in _ACT_BREAK.finditer(sent.text)
                 if sent.start + m.start() >= typing.trigger.end), sent.end)


def later_acts(doc: Document, sent: Span, tokens: Sequence[Token], typing: Typing) -> list[tuple[int, int]]:
    """The clauses after the act a violent sentence is typed by that tell a violent act of their own
    ("militants in Gaza fired rockets towards Jerusalem ..., and Israel responded with air strikes on
    the Gaza Strip"): their places are that act's, chosen apart from the first act's."""
    if typing.event_type not in VIOLENT_TYPES:
        return []
    ref = doc.publication_date or (doc.anchor.date if doc.anchor else None)
    bounds = [sent.start + m.end() for m in _ACT_BREAK.finditer(sent.text)
              if sent.start + m.start() >= typing.trigger.end] + [sent.end]
    if len(bounds) < 2:
        return []
    hits = _cue_hits(sent, sent.text.lower(), tokens, ref)
    return [(lo, hi) for lo, hi in zip(bounds, bounds[1:])
            if any(lo <= h[2] < hi and _event_type_of()[h[0]] in VIOLENT_TYPES for h in hits)]


def _violent_clause(doc: Document, sent: Span, tokens: Sequence[Token], ref: date | None, typing: Typing,
                    place: Place) -> Typing:
    """A place told in a clause of its own, with a cue of its own, is typed by that clause's cue."""
    bounds = [sent.start] + [sent.start + m.end() for m in _ACT_BREAK.finditer(sent.text)] + [sent.end]
    if len(bounds) < 3 or not sent.start <= place.mention.start < sent.end:
        # (a place from an earlier sentence names no clause of this one: "officers exchanged fire with the
        # kidnappers ..., but one officer was shot dead", at the abduction's place)
        return typing
    lo, hi = next((a, b) for a, b in zip(bounds, bounds[1:]) if a <= place.mention.start < b or b == sent.end)
    if lo <= typing.trigger.start < hi or _FIRE_RETURNED.match(typing.trigger.text):
        # ("shelled government positions outside Taiz, and government troops fired back": one fight)
        return typing
    own = [h for h in _cue_hits(sent, sent.text.lower(), tokens, ref) if lo <= h[2] and h[3] <= hi]
    if not own or _MORE_DEAD.match(doc.text, lo):
        # ("A strike on a market in Saraqib killed four, and three more were killed in Ariha": more of the same)
        return typing
    if typing.event_type == "Explosions/Remote violence" and all(h[0] == "Attack" for h in own) \
            and _WEAPON_OPENS.match(doc.text, lo, hi):
        # ("One strike hit a house in the village of Aitaroun, killing three people, while a drone struck a motorcycle":
        # one of the strikes, its toll no attack of another kind)
        return typing
    sub, weight, start, end = _choose(own)
    return Typing(_event_type_of()[sub], sub, min(1.0, 0.5 + weight / 2), Span(start, end, doc.text[start:end]))


def _lethal_only_before(lower: str) -> bool:
    """Words of killing or wounding, all in the clauses that recall what came before."""
    past = _recalled_spans(lower)
    found = [any(a <= m.start() < b for a, b in past) for m in _LETHAL.finditer(lower)]
    return bool(found) and all(found)


_WEAPON_OPENS = re.compile(r"\W*(?:(?:one|another|a|an|the|a second|the other)\s+)?(?:[\w-]+\s+)?(?:strikes?|air ?strikes?|"
                           r"airstrikes?|shells?|missiles?|rockets?|bombs?|drones?)\b", re.I)
_MORE_DEAD = re.compile(r"(?:at least\s+)?[\w-]+\s+(?:more|others?)\s+(?:people\s+|civilians\s+)?(?:were|was|had been|have been)\s+"
                        r"(?:killed|wounded|injured|hurt)\b")


@functools.lru_cache(maxsize=256)
def _clause_guess(text: str, settings) -> "TypeGuess":
    """The model's guess for one clause, once for all the places it names."""
    return classify([text], settings=settings)[0]


_ARRESTED_BEFORE = re.compile(r"\b(?:arrested|detained|rounded up|dispersed)\b")
_NO_DEAL = re.compile(r"\b(?:failed|fail|failing|unable|refused|refusing)\s+to\s+(?:produce|reach|secure|agree(?:\s+on)?|yield|"
                      r"deliver|broker|achieve|sign|clinch|seal)\b[^.;]*$|\bwithout\s+(?:reaching|producing|securing|agreeing)\b[^.;]*$")
_AS_THEY = re.compile(r"\b(?:as|when|while)\s+(?:they|the\s+[\w-]+|protesters|demonstrators)\s+(?:were\s+)?$")
_TRIED_TO = re.compile(r"(?:tried|attempted|trying|attempting|sought)\b")
_WHO_HAD = re.compile(r"\bwho (?:had |were )?$")
_GATHERED_WHO = re.compile(r"\bwho (?:had )?(?:gathered|assembled) (?:[\w-]+ ){0,2}?(?:for|at|to attend|to hold) "
                           r"(?:an? |the |their )?(?:[\w-]+ )?$|"
                           # ("detained dozens of teachers who tried to hold a sit-in": stopped as it began)
                           r"\bwho (?:had )?(?:tried|attempted|sought|wanted|planned) to (?:hold|stage|start|join|organi[sz]e) "
                           r"(?:an? |the |their )?(?:[\w-]+ )?$")


_WARNING_AFTER = re.compile(r"[\s-]+(?:sirens?|alerts?|alarms?|warnings?|shelters?)\b")


def _cue_hits(sent: Span, lower: str, tokens: Sequence[Token], ref: date | None) -> list[tuple[str, float, int, int]]:
    """The lexicon's factual cues in a sentence: (sub-event type, weight, start, end)."""
    hits: list[tuple[str, float, int, int]] = []
    for pattern, sub, weight in _cues():
        for m in pattern.finditer(lower):
            start, end = sent.start + m.start(), sent.start + m.end()
            # (violence told in reported speech; not "the army said its forces had regained control": an
            # aftermath; but "The Arakan Army said on Tuesday it had captured the town": the capture itself)
            # ("the army said on Monday it had recaptured the town last week": the recapture itself)
            # ("its fighters had shot down a junta drone": a weapon stopped, told as the fighting is)
            reported = (_event_type_of()[sub] in VIOLENT_TYPES or sub == "Disrupted weapons use") and not (
                sub == "Government regains territory" and m.group(0).startswith("regained"))
            if m.group(0) in _SURNAME_CUES and sent.text[m.start()].isupper() and m.start() > 0:
                continue  # "said Dick Lynch, executive director of ...": a name
            if _WARNING_AFTER.match(lower, m.end()):
                continue  # "after air raid sirens sounded in Tel Aviv": a warning, no raid
            # ("police detained 15 members ... who had gathered at the Unity Fountain": the crowd the arrests met,
            # gathered then, whatever the pluperfect)
            # ("Turkish police detained more than 400 people ... as they tried to defy a ban and march to Taksim
            # Square": stopped as they marched)
            met_there = sub in PROTEST_SUBS and (_WHO_HAD.search(lower, max(0, m.start() - 12), m.start()) is not None
                                                 or _TRIED_TO.match(m.group(0)) is not None
                                                 and _AS_THEY.search(lower, max(0, m.start() - 30), m.start()) is not None) \
                and _ARRESTED_BEFORE.search(lower, 0, m.start()) is not None
            if (met_there or _factual_at(lower, m.start(), tokens, start, end, violent=reported)) and (
                    sub in PROTEST_SUBS or _LADEN.search(m.group(0)) or not _noun_modifier(tokens, start, end)) and not (
                    reported and (_natural_cause(tokens, start, end) or accident(lower))) and not (
                    sub == "Abduction/forced disappearance" and _FREED_BEFORE.search(lower, max(0, m.start() - 40), m.start())):
                hits.append((sub, weight, start, end))
    # "... a man who died of an injury he obtained during riots": a relative clause tells the background
    # ("arrested about 30 supporters ... who were marching to the Parliament": the march going on
    # when they were arrested is the event, met by the arrests)
    # ("fired a ballistic missile towards Jizan city, which was intercepted by the Saudi air defences":
    # what became of the weapon the sentence tells of)
    # ("arrested four opposition MPs and dozens of their supporters who had gathered for a rally": where
    # those the arrests met were at the time)
    met = min((h[2] for h in hits if h[0] in ("Arrests", "Protest with intervention")), default=sent.end)
    # (also "detained 15 members of the Take It Back movement who had gathered at the Unity Fountain")
    gathered = [h for h in hits if h[0] in PROTEST_SUBS and h[2] > met
                and (_GATHERED_WHO.search(lower, max(0, h[2] - sent.start - 40), h[2] - sent.start)
                     or lower.startswith(("gathered", "assembled"), h[2] - sent.start)
                     and _WHO_HAD.search(lower, max(0, h[2] - sent.start - 12), h[2] - sent.start))]
    hits = [h for h in hits if not _in_relative_clause(tokens, h[2], h[3],
                                                       locative=h[0] in ("Looting/property destruction", "Arrests"))
            or h[0] in PROTEST_SUBS and _ongoing_relative(tokens, h[2], h[3]) or h in gathered
            or h[0] == "Disrupted weapons use" and which_was(lower, h[2] - sent.start)
            # ("fired tear gas at opposition supporters who threw stones": what the crowd met did at the time)
            or h[0] == "Violent demonstration" and _CROWD_WHO.search(lower, max(0, h[2] - sent.start - 40), h[2] - sent.start)] \
        or [h for h in hits if not _background_relative(tokens, h[2], h[3])]
    # "four young men who had taken part in last week's funeral ceremonies": what they had done before
    hits = [h for h in hits if not in_past_relative(tokens, h[2], h[3]) or h in gathered]
    # "Five years after a massive explosion killed 220 people, families marched": what the time
    # since is counted from is background (a cue only there reports nothing new)
    # ("agreed to an immediate ceasefire ..., ending five days of fighting along their border that
    # killed at least 35": what the agreement ends)
    recalled = _recalled_spans(lower) + (_recalled_spans(lower, _ENDING) if any(h[0] == "Agreement" for h in hits) else []) \
        + _recalled_spans(lower, _FLED_FROM)
    hits = [h for h in hits if not any(a <= h[2] - sent.start < b for a, b in recalled + tally_spans(lower))]
    # "hours after a gunman killed two brothers nearby": the recent cause is background when the
    # sentence tells something else, and the event it tells when it tells nothing else
    recent = _recalled_spans(lower, _RECENTLY)
    if CAME_AFTER.match(lower):
        # "The attack came two days after a car bomb exploded inside a military base in Cucuta": the
        # event just told, dated by an earlier one; neither is a new event of this day
        return []
    hits = [h for h in hits if not any(a <= h[2] - sent.start < b for a, b in recent)] or hits
    if any(h[0] in PROTEST_SUBS for h in hits):
        # "a demonstration against the detention of 3 protesters", "protesting the kidnapping of a
        # doctor": the arrest or the violence is what they protest, not what happened at the protest
        hits = [h for h in hits if h[0] in PROTEST_SUBS or not _GRIEVANCE.search(lower[max(0, h[2] - sent.start - 40):h[2] - sent.start])]
    # "a funeral procession for a protester killed by security forces": the death mourned came before
    hits = [h for h in hits if h[0] in ("Peaceful protest", "Protest with intervention")
            or not _MOURNED.search(lower, max(0, h[2] - sent.start - 60), h[2] - sent.start)]
    # "Fighters ... stormed a church during an overnight prayer vigil, killing 38": the gathering armed
    # men attacked is where and when, not a protest (the police firing during one is force on it)
    if not _STATE_ACTOR.search(lower):
        hits = [h for h in hits if h[0] != "Peaceful protest" or not _SETTING.search(lower, 0, h[2] - sent.start)
                or not any(g[0] == "Attack" and g[2] < h[2] for g in hits)
                or not _ARMED_ACTOR.search(lower, 0, h[2] - sent.start)]
    # "detained 14 people for taking part in the 2020 protests": a past protest, the reason for the
    # arrest; "sentenced 12 students ... for taking part in protests": the reason for a sentence;
    # "lawmakers walked out of the chamber in protest": a walkout from a sitting, no demonstration
    # ("the detention of 6 people involved in riots": the riots they took part in before)
    hits = [h for h in hits if h[0] not in PROTEST_SUBS + ("Violent demonstration",)
            or not _no_protest_before(lower, h[2] - sent.start)]
    # ("... the southern province of Sweida, where government forces have been fighting Druze militias since
    # Sunday": what has gone on there, the reason told for another act)
    ongoing = [(m.start("act"), m.end("act")) for m in _ONGOING_WHERE.finditer(lower)]
    hits = [h for h in hits if not any(a <= h[2] - sent.start < b for a, b in ongoing)]
    # ("the highest number of homicides of any Mexican state, driven by fighting between ... cartels": a cause
    # of a state of things, no event)
    hits = [h for h in hits if not _DRIVEN_BY.search(lower, max(0, h[2] - sent.start - 20), h[2] - sent.start)]
    # "A curfew remained in force across the country": a measure already told of, still in place
    hits = [h for h in hits if h[0] != "Change to group/activity" or not _STILL_IN_FORCE.match(lower, h[3] - sent.start)]
    # ("as a ceasefire between India and Pakistan held for a second day": the truce agreed before, holding)
    hits = [h for h in hits if h[0] != "Agreement" or not _TRUCE_HELD.match(lower, h[3] - sent.start)]
    # ("Several rounds of talks ... have failed to produce a lasting ceasefire": no deal made)
    hits = [h for h in hits if h[0] != "Agreement" or not _NO_DEAL.search(lower, max(0, h[2] - sent.start - 60), h[2] - sent.start)]
    if any(h[0] == "Change to group/activity" for h in hits):
        # "extended the ban on all forms of marches, protests, press conferences": what is banned
        # did not happen (ACLED: a strategic development by the authority)
        hits = [h for h in hits if h[0] not in PROTEST_SUBS
                or not _BANNED.search(lower[max(0, h[2] - sent.start - 80):h[2] - sent.start])]
    if any(h[0] == "Attack" and lower.startswith("fired", h[2] - sent.start) for h in hits) \
            and not _CROWD_WORD.search(lower) and not any(h[0] in ("Peaceful protest", "Excessive force against protesters")
                                                          for h in hits):
        # "fired rubber bullets at Palestinian fishermen in their boats": crowd-control weapons turned
        # on people at work, with no crowd told (ACLED: an attack)
        hits = [h for h in hits if h[0] != "Protest with intervention"]
    began = _BEGAN_AFTER.match(lower)
    if began:  # "The fighting began after a Druze vegetable seller was abducted": the cause, told after the fighting
        hits = [h for h in hits if h[2] - sent.start >= began.end()]
    # "The opposition launched a fierce attack on the government's budget": words, no violence
    # ("Critics said the measure attacked free speech": its object, no target)
    hits = [h for h in hits if _event_type_of()[h[0]] not in VIOLENT_TYPES or not (
        _ABSTRACT_TARGET.match(lower, h[3] - sent.start)
        or lower.startswith("attack", h[2] - sent.start) and _ABSTRACT_OBJECT.match(lower, h[3] - sent.start))]
    # "Millions of Hindu pilgrims gathered in Prayagraj for the Kumbh Mela festival": a feast, no protest
    if _FESTIVE.search(lower) and not PROTEST_WORD.search(lower):
        hits = [h for h in hits if h[0] != "Peaceful protest"]
    if past_war(sent.text):
        hits = []
    if historic_year(sent, ref) or _DRILL.search(lower):
        # ("fired artillery ... in live-fire drills simulating an attack": an exercise, no violence;
        # "killed at least 120 people during protests ... in 2025": last year's deaths)
        kept = [h for h in hits if _event_type_of()[h[0]] not in VIOLENT_TYPES and h[0] != "Excessive force against protesters"]
        if len(kept) < len(hits):  # ("during protests": when the past deaths happened, no protest of its own)
            kept = [h for h in kept if not _DURING.search(lower, 0, h[2] - sent.start)]
        # ("security forces killed at least 300 protesters during last year's unrest", "sentenced three
        # protesters to death over their role in the 2022 demonstrations": the protesters of the past)
        kept = [h for h in kept if h[0] not in PROTEST_SUBS
                or not _DONE_TO.search(lower, max(0, h[2] - sent.start - 40), h[2] - sent.start)]
        hits = kept
    # "Iran hanged two men convicted of killing a member of the Basij militia during protests in Karaj":
    # the protests of the crime they were tried for, no protest of the day
    hits = [h for h in hits if h[0] not in PROTEST_SUBS or not _DURING.search(lower, 0, h[2] - sent.start)
            or not _TRIED_FOR.search(lower, max(0, h[2] - sent.start - 100), h[2] - sent.start)]
    # "A Pakistani anti-terrorism court ... sentenced 10 men to death for their role in the lynching of a Sri Lankan
    # factory manager in Sialkot in December 2021": the crime tried, no event of the day
    hits = [h for h in hits if not _TRIED_FOR_ACT.search(lower, max(0, h[2] - sent.start - 120), h[2] - sent.start)]
    # "Jihadists attacked an army post in Djibo on Sunday and fighting continued into Monday": the attack
    # told, and how long it went on (not another act, nor the one that types it)
    return [h for h in hits if not (_WENT_ON_AFTER.match(lower, h[3] - sent.start) and any(
        g[2] < h[2] and _event_type_of()[g[0]] in VIOLENT_TYPES for g in hits))]


_SETTING = re.compile(r"\b(?:during|at) (?:a|an|the) (?:[\w-]+ ){0,2}$")
# armed men a report does not name, one vocabulary for the stages' rules
ARMED_MEN = (r"(?:fighters|gunmen|militants|rebels|insurgents|separatists|jihadists|terrorists|attackers|assailants|"
             r"bandits|militiamen)")
_ARMED_ACTOR = re.compile(rf"\b(?:{ARMED_MEN}|armed men|gang members)\b")
STATE_FORCE_WORDS = r"police(?:men)?|soldiers|troops|army|military|security forces|gendarmes"  # a state's force named
_STATE_ACTOR = re.compile(rf"\b(?:{STATE_FORCE_WORDS})\b")


_WENT_ON_AFTER = re.compile(r"\s+(?:continued|raged|went on|lasted|persisted|dragged on|carried on)\b")


_ONGOING_WHERE = re.compile(r",\s+(?:where|which|who)\s+[^.;]{0,80}?\b(?:has|have|had)\s+been\s+"
                            r"(?P<act>fighting|clashing|battling|shelling)\b[^.;]{0,80}?\bsince\b")
_DRIVEN_BY = re.compile(r"\b(?:driven|fuell?ed|fueled|caused)\s+(?:largely\s+|mainly\s+|mostly\s+)?by\s+$")
_TRUCE_HELD = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:held|holds|was holding|is holding|largely held|remained in place|"
                         r"appeared to hold|was largely holding)\b")
_STILL_IN_FORCE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:remained|remains|was still|is still|stayed|stays)\s+"
                             r"(?:in force|in place|in effect)\b")
_TRIED_FOR_ACT = re.compile(r"\b(?:convicted|accused|charged|sentenced|hanged|tried|jailed|indicted|prosecuted|acquitted|executed)\b"
                            r"[^.;]*?\b(?:of|for|over)\s+(?:(?:their|his|her|its)\s+)?(?:(?:role|part|involvement|participation)\s+in\s+)?"
                            r"(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?$")
_TRIED_FOR = re.compile(r"\b(?:convicted|accused|charged|sentenced|hanged|tried|jailed|indicted|prosecuted|acquitted)\b"
                        r"[^.;]*?\b(?:of|for|with|over)\b")


# "troops rescued 15 kidnapped students": those taken before, freed now (no abduction told)
# ("Hamas handed three Israeli hostages to the Red Cross": a release, no abduction)
_FREED_BEFORE = re.compile(r"\b(?:rescued|freed|released|liberated|reunited|located|found|handed(?: over)?|returned|swapped)\s+"
                           r"(?:the\s+|all\s+|at least\s+)?"
                           r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|a|an)?\s*(?:[a-z][\w-]+\s+)?$")
_ABSTRACT_TARGET = re.compile(r"\s+(?:on|against)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?"
                              r"(?:budget|policy|policies|plans?|bills?|laws?|reforms?|record|decisions?|proposals?|strategy|"
                              r"remarks|comments|speech|handling|rhetoric|leadership|credibility|reputation|economy|"
                              r"press freedom|democracy|constitution|judiciary|independence|freedoms|inflation|corruption|"
                              r"poverty|prices|taxes|ideas|values|agenda|manifesto|rivals?['’]? (?:plans?|record))\b")
_ABSTRACT_OBJECT = re.compile(r"\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?"
                              r"(?:free speech|freedom of (?:speech|expression|the press|assembly)|press freedom|democracy|"
                              r"constitution|judiciary|rule of law|measure|bill|law|policy|policies|plan|proposal|decision|"
                              r"ruling|verdict|budget|reforms?|deal|agreement|report|record|remarks|comments|idea)\b")
_FESTIVE = re.compile(r"\b(?:ceremony|parade)\b[^.;]{0,80}?\b(?:celebrations?|festivities|festival|holiday)\b|"
                      r"\b(?:pilgrims|worshippers|devotees|faithful|fans|spectators|tourists|revellers|shoppers)\b[^.;]{0,80}?"
                      r"\bfor\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:festival|pilgrimage|prayers?|mass|celebrations?|"
                      r"ceremony|concert|match|game|final|parade|holiday|feast|carnival)\b")
_CLASHED = re.compile(r"clashed|fought|battled|exchanged fire|engaged")
_UNPARSED_NONFACTUAL = re.compile(r"\b(?:den(?:y|ies|ied|ying)|not|never|no|without|would|could|may|might|will|"
                                  r"plans?|planned|threat(?:en|ens|ened)|calls? for|called for|urged?|aims? to|seek(?:s|ing)? to|"
                                  r"hopes? to|wants? to|refused? to)\b[^,;.]{0,40}$")
_WEAPON_NOUN = re.compile(r"artillery|mortars?|rockets?|missiles?|atgms?|grad|drones?|warplanes?|jets?|helicopters?|tanks?|"
                          r"(?:rocket-propelled )?grenades?")
_WEAPON_USED = re.compile(r"\b(?:fir(?:e|ed|es|ing)|shell\w*|struck|strikes?|hit|hits|pound\w*|launch\w*|target\w*|"
                          r"bombard\w*|bomb\w*|land(?:ed|ing|s)|fell|falls?|kill\w*|wound\w*|injur\w*|damag\w*|attack\w*|"
                          r"rain(?:ed|ing)|destroy\w*|raid\w*|blast\w*|explo\w*|impact|shot|intercept\w*|"
                          r"downed|dropped|dropping|barrage|salvos?|volleys?|casualt\w*|dead|died|threw|thrown|throwing|"
                          r"hurl\w*|lobb\w*|toss\w*|planted|detonat\w*|went off|set off|targeting|aimed)\b")
_DISEASE = re.compile(r"\b(?:virus|viral|h5n1|h1n1|bird flu|avian|flu|influenza|ebola|cholera|outbreaks?|diseases?|infect\w*|"
                      r"epidemics?|pandemics?|strain|illness|malaria|measles|covid(?:-19)?|coronavirus|anthrax|tuberculosis|"
                      r"plague|dengue|hiv|aids|quarantined?)\b")
_ARMED_DOER = re.compile(r"\b(?:gunm[ae]n|militants?|attackers?|assailants?|soldiers?|troops|police|rebels?|armed|militias?|"
                         r"fighters?|bandits?|mobs?|protesters|rioters|shot|shooting|bomb\w*|stormed|torched|set fire)\b")
_DISASTER = re.compile(r"\b(?:earthquakes?|quakes?|tremors?|aftershocks?|tsunamis?|floods?|flooding|flooded|flash floods|floodwaters?|"
                       r"monsoon|(?:heavy|torrential|monsoon|seasonal) rains|rainfall|downpours?|inundat\w*|storm surges?|"
                       r"landslides?|mudslides?|avalanches?|cyclones?|hurricanes?|typhoons?|tornado(?:e?s)?|storms?|"
                       r"blizzards?|snowstorms?|heat ?waves?|droughts?|volcan\w+|eruptions?|swept away|drown\w*|"
                       r"carbon monoxide|gas leaks?|gas poisoning|food poisoning|(?:bootleg|toxic|tainted|poisoned|illicit) "
                       r"(?:liquor|alcohol|brew)|methanol|(?:tragic|traffic|road|car|bus|train|mining|industrial) accidents?|"
                       r"accidental(?:ly)?)\b")
# violence a disaster story may also tell ("looters ransacked shops in the flooded city")
_VIOLENCE_WORD = re.compile(r"\b(?:attack\w*|air ?strikes?|shell\w*|clash\w*|fighting|loot\w*|ransack\w*|riot\w*|"
                            r"murder\w*|stabb\w*|ambush\w*|kidnap\w*|abduct\w*|killers?|arson\w*|rockets?|missiles?|drones?|"
                            r"artillery|mortars?|grenades?|gunfire|gunshots?|snipers?|ieds?|explosives?)\b")
# a toll told without a doer: "More than 300 were killed in ...", "180 are now dead"
_NO_DOER_TOLL = re.compile(r"\b(?:destroyed|damaged|washed away|swept away)\b|\b(?:were|have been|had been) killed\b(?!\s+by)|"
                           r"\b(?:are|were) (?:now )?dead\b|\bdied\b|\bdeath (?:toll|count)\b")
_MEETING = re.compile(r"\b(?:ministers|officials|leaders|delegates|delegations|diplomats|dignitaries|executives|envoys|lawmakers|"
                      r"heads of state|representatives)\b[^.;]{0,60}?\bgathered\b|\bgathered\b[^.;]{0,60}?\bto (?:discuss|attend|"
                      r"negotiate|sign|watch|worship)\b")
_WENT_HOME = re.compile(r"\s*(?:[,.;]|$|(?:late|early|after|at|on|in|quietly|peacefully|when|before|without|and|as|"
                        r"shortly|soon|later|afterwards|by)\b)")
_DISPERSED_BY = re.compile(r"\b(?:was|were|been|being|had|have|has)\s+$")
_FORCE_WORD = re.compile(r"\b(?:police(?:m[ae]n)?|officers|troops|soldiers|security forces|army|gendarmes?|guards|authorities|"
                         r"forces|tear[- ]?gas|water cannons?|rubber bullets|batons?)\b")
_SURNAME_CUES = frozenset({"lynch"})  # cue words that are also common surnames
_MARKETS = re.compile(r"\b(?:shares|stocks|equities|bonds|stock markets?|index|indices|currenc(?:y|ies)|dollar|euro|yen|"
                      r"rupee|rouble|ruble|lira|(?:oil|gold|crude|commodity) prices|futures|investors|nasdaq|dow|ftse|"
                      r"nikkei|sensex|s&p)\b")
_RELIEF_WORK = re.compile(r"\bto (?:help |assist )?(?:(?:with|in) )?(?:evacuat\w+|rescue\w*|search for (?:survivors|the missing)|"
                          r"distribut\w+ (?:aid|food|relief)|deliver (?:aid|relief)|clear (?:debris|rubble|roads)|"
                          r"fight (?:the )?(?:fires?|blazes?|wildfires?)|relief (?:efforts|operations|work)|flood relief|"
                          r"rebuild\w*)\b")
_LETHAL = re.compile(r"kill|shot|shoot|gunned|murder|massacr|behead|execut|hacked|dead|death|wound|injur|stabb", re.I)
# the people (or things) an event's word names when it modifies a noun: "protest leaders", "the protest movement"
EVENT_WORD_PEOPLE = r"leaders?|organi[sz]ers?|movements?|groups?|committees?|coalitions?|spokes(?:man|woman|person)"
_OF_PROTEST_PEOPLE = re.compile(rf"\s+(?:{EVENT_WORD_PEOPLE}|figures?|songs?|letters?|petitions?|notes?|votes?|calls?|plans?)\b")
_ANY_BEFORE = re.compile(r"\b(?:any|every|no)\s+(?:further\s+|future\s+|such\s+|planned\s+)?$")
_MANY_PEOPLE = re.compile(r"\b(?:hundreds|thousands|dozens|scores|crowds?|people)\b")
_NON_STATE_DOER = re.compile(r"\b(?:gunm[ae]n|militants?|attackers?|assailants?|rebels?|militias?|militiamen|bandits?|"
                             r"unknown|unidentified|mobs?)\b")
_AS_BEFORE = re.compile(r"(?:^|,)\s*as\s+(?:the\s+)?$")
_WENT_ON = re.compile(r"(?:\s+(?!(?:as|and|but|when|while)\b)[\w'’-]+){0,8}?\s+(?:entered|continued|raged|dragged on|"
                      r"intensified|went on|wore on|spread|stretched|escalated)\b")
_DIPLOMATIC = re.compile(r"\b(?:ambassadors?|envoys?|diplomats?|embassy|(?:cut|severed|suspended|froze) (?:\w+ )?(?:ties|relations)|"
                         r"resign(?:ed|s|ing|ation)|quit|stepped down)\b")
_CEREMONY_CAUSE = re.compile(r"\b(?:commemorat\w*|memor(?:y|ies|ial\w*)|honou?r\w*|anniversar(?:y|ies)|martyr\w*|victims?|"
                             r"massacre\w*|killed|killings?|slain|dead|deaths?|tribute|remembrance|mourn\w*|funerals?|"
                             r"protest\w*|demonstrat\w*|rall(?:y|ies)|vigils?)\b")
_MOURNING = re.compile(r"mourn(?:ed|ing|ers)|pa(?:y|id) (?:their |his |her )?(?:respects|tribute)|wreaths?|placed flowers")
_MORTAL_CAUSE = re.compile(r"\b(?:(?:house|home|trailer|apartment|building|bus|factory|forest|bush) fires?|blaze|illness|cancer|"
                           r"heart attack|natural causes|died of|crash|accident|overdose|drowned|stroke)\b")
_CAUSE_MOURNED = re.compile(r"\b(?:killed|killings?|slain|massacre\w*|martyr\w*|executed|executions?|anniversary|victims? of|"
                            r"commemorat\w*|regime|dictatorship|independence|genocide|occupation)\b")
_CHARITY = re.compile(r"\b(?:sponsor(?:ed|s)? by|fundrais\w+|charity|charitable|benefit (?:concert|walk|run)|raise (?:money|funds)|"
                      r"5k|walkathon|awareness (?:walk|run|month)|biker rally|motorcycle rally|pep rally)\b")
_ANIMAL = re.compile(r"\b(?:horses?|dogs?|cats?|cows?|cattle|sheep|goats?|livestock|animals?|bears?|deer|bees?|sharks?|"
                     r"ducks?|swans?|geese|chickens?|hens|poultry|pigs?|fowl|fish|"
                     r"snakes?|wolves|wolf|lions?|tigers?|elephants?|crocodiles?|pets?|puppies|birds?)\b")
_HUMAN = re.compile(r"\b(?:people|persons?|m[ae]n|wom[ae]n|child(?:ren)?|boys?|girls?|civilians?|residents?|villagers?|farmers?|"
                    r"herders?|shepherds?|soldiers?|police(?:m[ae]n)?|officers?|fighters|gunm[ae]n|militants|troops|"
                    r"protesters|students|workers|family|families|passengers|drivers?|villages?|homes?|houses?)\b")
_DEVELOPMENT = re.compile(r"\b(?:to make way for|developers?|redevelopment|construction project|renovation)\b")
_ARMS_TRADE = re.compile(r"\b(?:sell|sells|sold|selling|sales? of|purchas(?:e|es|ed|ing)(?: of)?|buy|buys|buying|bought|"
                         r"deliver(?:y|ies) of|delivered|suppl(?:ied|ying)|supply of|export(?:s|ed|ing)?(?: of)?|"
                         r"import(?:s|ed|ing)?(?: of)?|procur\w+|contract (?:to|for)|deal (?:to|for)|order(?:ed)? for|"
                         r"acquir\w+|arms (?:deal|sales?|package))\b(?:(?!\b(?:hit|struck|fired|killed|landed)\b)[^;]){0,60}$")
_BUSINESS_DEAL = re.compile(r"\b(?:trade|economic|commercial|investment|energy|mining|oil|gas|business|free-trade|"
                            r"supply|purchase|loan|debt|tax|fishing|aviation|climate|cooperation)\s+(?:deals?|agreements?|accords?|pacts?)\b|"
                            r"\b(?:agreement|deal|accord|contract)s?\b[^.;]{0,60}\bto\s+(?:create|build|set up|mine|develop|invest|acquire|"
                            r"demolish|redevelop|purchase|"
                            r"supply|buy|sell|export|import|produce|finance|fund)\b|\bjoint ventures?\b|"
                            r"\bplea (?:deals?|bargains?|agreements?)\b|\bout-of-court settlements?\b|"
                            r"\bagreements?\s+(?:on|for)\b[^.;]{0,60}\b(?:investments?|trade|taxation|visas?|tourism|energy|"
                            r"education|health|culture)\b")
_ORDINARY_CRIME = re.compile(r"\b(?:burglar(?:y|ies)|burglars?|theft|thie(?:f|ves)|steal(?:ing)?|stole|robber(?:y|ies)|"
                            r"murder(?:s|ed|ing)?|homicide|manslaughter|drugs?|narcotics?|meth|cocaine|heroin|fraud|"
                            r"insider (?:trading|information)|inside information|pornography|child abuse|sexual abuse|rape|embezzl\w+|brib\w+|"
                            r"shoplift\w*|drunk|dui|speeding|carjacking|arson(?:ists?)?|starting (?:the |a )?(?:[\w-]+ )?fires?|stalking|domestic|negligen\w+|pension payments|"
                            r"firearms? offen[cs]es|weapons? charges|gun charges|money laundering|tax evasion|forgery|"
                            r"warrants|weapons? counts?|booked into|rapists?|child porn|possession|stolen|underage|beer|alcohol|liquor|"
                            r"sheriff|deputies|traffic stop|without incident|probation|parole|guilty|plea|indicted|convicted)\b")
_POLITICAL = re.compile(r"\b(?:protest\w*|demonstrat\w+|rall(?:y|ies)|activists?|opposition|journalists?|reporters?|"
                        r"militants?|terror\w*|insurgen\w+|rebels?|party|dissidents?|political|sedition|subversion|treason|"
                        r"espionage|spying|blasphemy|extremis\w+|jihad\w*|separatis\w+|coup|regime|critics?|human rights|"
                        r"lawyers?|students?|strikers?|union|islamist\w*|gunmen|armed group|militias?|gangs?|cartels?|"
                        r"smuggl\w+|trafficking|refugees|migrants|explosives|prosecutor's office|federal prosecutor|"
                        r"armed (?:men|groups?|gangs?|assailants)|kidnappers|abductors|hitmen|sicarios|bandits)\b")
_CLASH_WORD = re.compile(r"clash(?:es|ed)?|melee|scuffles?|brawls?")
# the sides a battle or a brawl is fought by, named generically
_SIDES_WORD = re.compile(r"\b(?:forces|troops|soldiers?|army|military|police(?:m[ae]n)?|militants?|fighters?|gunm[ae]n|rebels?|"
                         r"insurgents?|militias?|militiamen|jihadists?|tribesm[ae]n|tribes?|clans?|famil(?:y|ies)|protesters|demonstrators|"
                         r"rioters|supporters|youths?|villagers|residents|gangs?|factions?|guerrillas?|armed|security (?:forces|personnel|services|agents|officers)|"
                         r"herders|farmers|communities|settlers|students|workers|fans|crowds?|mobs?|groups?|members|"
                         r"activists|inmates|prisoners|guards?|officers?|agents?|gendarmes?|combatants?|separatists?|terrorists?|"
                         r"bandits?|assailants?|attackers?|paramilitar(?:y|ies)|rangers|commandos|marines|units?|positions?|"
                         r"frontlines?|fronts?|sides?|clashes between|"
                         # ("Heavy clashes broke out on Thursday night between ...", not "The clash reflects the tension between")
                         r"clash(?:es)? (?:broke out|erupted|took place|occurred|flared(?: up)?)(?: [\w-]+){0,4}? between)\b")
PROTEST_WORD = re.compile(r"\bprotest|\bdemonstrat|\brall(?:y|ied|ies)\b|\bchant|\bslogans?\b|\bdemand")
_DONE_TO = re.compile(r"\b(?:killed|killing|shot|shooting|stabbing|beating|wounded|injured|detained|arrested|tortured|sentenced|executed|jailed|"
                      r"convicted|hanged)\s+(?:(?!(?:as|when|while|after|and|with|by)\b)[\w-]+\s+){0,4}$")
_CROWD_WHO = re.compile(r"\b(?:protesters|demonstrators|supporters|youths|students|crowds?|rioters|mobs?|marchers|"
                        r"worshippers|mourners|farmers|workers|miners|strikers|activists|villagers|residents|fans)\s+(?:who|that)\s+"
                        r"(?:(?:had\s+)?(?:blocked|barricaded|closed)\s+(?:[\w-]+\s+){0,3}?(?:with|using)\s+)?$|"
                        # ("Police said they detained 33 people after a group of masked protesters smashed shop windows")
                        r"\b(?:protesters|demonstrators|rioters|marchers|youths|crowds?|mobs?)\s+(?:also\s+|then\s+|later\s+)?$")
_AFTERMATH_BODIES = re.compile(r"\b(?:carried|carrying|buried|burying|laid out|lined up|paraded|handed over|returned|"
                               r"repatriated|mourned|identified|transported)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                               r"(?:bodies|body|corpses?|coffins?|remains)\b")
_BEGAN_AFTER = re.compile(r"^(?:the\s+)?(?:heavy\s+)?(?:fighting|clashes|violence|unrest) (?:began|erupted|started|broke out|"
                          r"(?:was|were) (?:triggered|sparked))\s+(?:[\w-]+\s+){0,3}?(?:after|when|by)\b")
_DURING = re.compile(r"\b(?:during|amid|in)\s+(?:the\s+)?(?:[\w-]+\s+)?$")
# (also a weapon's test: "North Korea fired a ballistic missile into the sea off its east coast")
_DRILL = re.compile(r"\b(?:drills?|military exercises?|war ?games|simulat(?:ing|ed|ion)|mock|practi[sc]ed|"
                    r"rehears(?:al|ed|ing)|manoeuvres|maneuvers|test[- ]fir(?:ed|ing|es)|(?:missile|weapons?) tests?|"
                    r"into the sea)\b")


def _out_of_scope(doc: Document, sent: Span, lower: str, hits: list, model_sub: str | None) -> tuple[list, str | None]:
    """The cues (and the classifier's guess) of what the sentence tells but ACLED does not code: a
    quarrel, weapons sold or idle, a charity walk, animals, building work, trade deals."""
    def rel(h):
        return h[2] - sent.start, h[3] - sent.start
    dropped = [h for h in hits if h[0] == "Armed clash" and _CLASH_WORD.fullmatch(lower, *rel(h))]
    if dropped:
        # (the sides may be the story's: "clashes continued in the countryside of Jableh" after gunmen
        # ambushed security forces)
        told = doc.text[doc.sentences[max(0, _sentence_index(doc, sent) - 2)].start:sent.end]
        if _SIDES_WORD.search(told.lower()) or named_groups(told):
            dropped = []  # (else "Kelly also has clashed with Trump's son-in-law": a quarrel)
    if not _WEAPON_USED.search(lower):
        # "the artillery would help the Saudis modernize their military": a weapon named, none used
        dropped += [h for h in hits if _WEAPON_NOUN.fullmatch(lower, *rel(h))]
    # "approved a contract to sell Saudi Arabia 180 self-propelled artillery systems": weapons sold, none fired
    dropped += [h for h in hits if _event_type_of()[h[0]] == "Explosions/Remote violence"
                and _ARMS_TRADE.search(lower, max(0, rel(h)[0] - 70), rel(h)[0])]
    subs: set[str] = set()
    if _CHARITY.search(lower):  # "The March for Babies of DeKalb County is sponsored by ...": a charity walk
        subs |= set(PROTEST_SUBS)
    if _ANIMAL.search(lower) and not _HUMAN.search(lower):
        # "a horse in Pahrump was killed after being attacked", "a killer bee attack": no one ACLED counts
        subs |= {sub for sub, etype in _event_type_of().items() if etype in VIOLENT_TYPES}
    if hits and _DISEASE.search(lower) and not _ARMED_DOER.search(lower) and not named_groups(sent.text):
        # "H5N1 has killed two other Egyptian women already this week", "thousands of birds have been
        # killed in an attempt to contain the outbreak": a disease and its culls, no one's violence
        subs |= {sub for sub, etype in _event_type_of().items() if etype in VIOLENT_TYPES}
    if _MEETING.search(lower) and not PROTEST_WORD.search(lower):
        # "Agriculture ministers from the 28 member states gathered in Brussels on Monday to discuss ...": a meeting
        dropped += [h for h in hits if h[0] == "Peaceful protest" and lower.startswith("gathered", rel(h)[0])]
    # "A group of Numsa supporters waiting outside Cosatu House dispersed late on Friday": the crowd went
    # home (not "police dispersed them", "the crowd was dispersed")
    dropped += [h for h in hits if h[0] == "Protest with intervention" and lower.startswith("dispersed", rel(h)[0])
                and _WENT_HOME.match(lower, rel(h)[1]) and not _DISPERSED_BY.search(lower, max(0, rel(h)[0] - 12), rel(h)[0])
                and not _FORCE_WORD.search(lower)]
    if _RELIEF_WORK.search(lower):
        # "Soldiers were deployed to help evacuate residents in Cagayan province" after a typhoon: relief, no
        # move of forces against anyone
        subs.add("Change to group/activity")
    if _MARKETS.search(lower) and not _CROWD_WORD.search(lower) and not _MANY_PEOPLE.search(lower):
        # "Shares in defence firms rallied on Friday": a market's rally, no crowd's (nor, by the model's
        # guess, a development: "after the government announced a rise in military spending")
        dropped += [h for h in hits if h[0] == "Peaceful protest" and lower.startswith("ral", rel(h)[0])]
        subs |= {"Change to group/activity", "Other"}
    ongoing = [h for h in hits if _AS_BEFORE.search(lower, max(0, rel(h)[0] - 30), rel(h)[0])
               and _WENT_ON.match(lower, rel(h)[1])]
    added = []
    if ongoing and any(h not in ongoing and _event_type_of()[h[0]] in VIOLENT_TYPES for h in hits):
        # "Gunmen killed five men ..., as fighting between rival factions of the cartel entered its
        # second week": the killing is the event, the fighting its background
        dropped += ongoing
        killings = [h for h in hits if h not in ongoing and _event_type_of()[h[0]] in VIOLENT_TYPES]
        told = lower[:min(rel(h)[0] for h in ongoing)]
        if all(h[0] in PROTEST_SUBS for h in ongoing) and all(h[0] == "Attack" for h in killings) \
                and _FORCE_WORD.search(told) and not _NON_STATE_DOER.search(told):
            # "A young man was shot dead by security forces in the town of Shadegan, as protests over water
            # shortages entered a fourth day": the state's force against the protests (ACLED)
            dropped += killings
            added = [("Excessive force against protesters",) + h[1:] for h in killings]
    # "The protest leaders said they would march on Islamabad on Friday": the word names who leads, no protest
    dropped += [h for h in hits if h[0] == "Peaceful protest" and _OF_PROTEST_PEOPLE.match(lower, rel(h)[1])]
    # "Police said that any protest in the business district would be illegal": no protest in particular
    dropped += [h for h in hits if h[0] in PROTEST_SUBS and _ANY_BEFORE.search(lower, max(0, rel(h)[0] - 12), rel(h)[0])]
    stance = [h for h in hits if h[0] == "Peaceful protest" and rel(h)[0] >= 3
              and lower.startswith("in protest", rel(h)[0] - 3)
              and _DIPLOMATIC.search(lower, max(0, rel(h)[0] - 80), rel(h)[0])]
    if stance and len(stance) == sum(h[0] in PROTEST_SUBS for h in hits) and not _CROWD_WORD.search(lower):
        # "Kuwait recalled its ambassador in protest at the storming of the embassy", "resigned in
        # protest": a government's or an official's stance, no crowd's demonstration
        dropped += stance
    ceremonies = [h for h in hits if h[0] == "Peaceful protest" and lower.startswith("ceremon", rel(h)[0])]
    if ceremonies and not _CEREMONY_CAUSE.search(f"{doc.title or ''} {doc.text}".lower()):
        # "At the ceremony, Turkey's prime minister said ...": a mosque's reopening, no commemoration (ACLED
        # codes those who gather to honour the dead or a cause, which the story names somewhere)
        dropped += ceremonies
    lead = f"{doc.title or ''} {doc.sentences[0].text if doc.sentences else ''} {lower}".lower()
    mourning = [h for h in hits if h[0] == "Peaceful protest" and _MOURNING.fullmatch(lower, *rel(h))]
    if mourning and len(mourning) == sum(h[0] in PROTEST_SUBS for h in hits):
        # "Hundreds of mourners paid their last respects to four children who died in a house fire": a
        # funeral, no demonstration, unless the dead were killed or the grief is a cause's
        if (_MORTAL_CAUSE.search(lead) or _DISASTER.search(lead)) and not (
                _POLITICAL.search(lead) or _ARMED_DOER.search(lead) or _VIOLENCE_WORD.search(lead) or _CAUSE_MOURNED.search(lead)):
            dropped += mourning
    if _disaster_told(doc, lower):
        # "the weekend's earthquake has killed more than 25,000 people", "swept away by flash floods",
        # "found dead of carbon monoxide poisoning": a disaster or an accident, no one's violence
        subs |= {sub for sub, etype in _event_type_of().items() if etype in VIOLENT_TYPES}
        subs.add("Looting/property destruction")
    if _DEVELOPMENT.search(lower):  # "to acquire and demolish ... to make way for a natural gas drilling site"
        subs.add("Looting/property destruction")
    if _BUSINESS_DEAL.search(lower):  # "an agreement with South Africa to create a joint venture to mine diamonds"
        subs.add("Agreement")
    kept = [h for h in hits if h not in dropped and h[0] not in subs] + added
    gone = subs | {h[0] for h in dropped if h[0] not in {k[0] for k in kept}}
    return kept, None if model_sub in gone else model_sub


def natural_toll(lower: str) -> bool:
    """A sentence whose dead are a disease's, a disaster's or an accident's ("The swine flu outbreak,
    which caused 102 deaths, ..."): no toll of the violence told before it."""
    return bool(_DISEASE.search(lower) or _DISASTER.search(lower)) \
        and not (_ARMED_DOER.search(lower) or _VIOLENCE_WORD.search(lower))


_GOT_THROUGH = re.compile(r"\b(?:soldiers|people|civilians|troops|personnel|fighters)\s+(?:were|had been)\s+(?:wounded|injured|killed)\b")


def _disaster_told(doc: Document, lower: str) -> bool:
    """The sentence's dead or damage are a disaster's or an accident's: it names one and no doer, or
    (a toll with no cause: "More than 1,300 were killed in Indian-administered Kashmir") the story's
    lead is about one and names no violence."""
    if _ARMED_DOER.search(lower) or _VIOLENCE_WORD.search(lower):
        return False
    if _DISASTER.search(lower):
        return True
    lead = doc.sentences[0].text.lower() if doc.sentences else ""
    return bool(_NO_DOER_TOLL.search(lower)) and bool(_DISASTER.search(lead)) \
        and not (_ARMED_DOER.search(lead) or _VIOLENCE_WORD.search(lead))


def _cue_typing(doc: Document, sent: Span, lower: str, hits: list, tokens: Sequence[Token], ref: date | None,
                guess: "TypeGuess | None") -> Typing | None:
    """The lexicon's cues and the classifier's guess together (see type_sentence)."""
    model_sub = None
    if guess is not None and guess.confidence >= CLASSIFIER_MIN_CONFIDENCE and guess.is_event >= 0.5:
        model_sub = guess.sub_event_type
    hits, model_sub = _out_of_scope(doc, sent, lower, hits, model_sub)
    caused = [h for h in hits if recent_cause(sent, h[2])]
    if caused and len(caused) < len(hits):
        hits = [h for h in hits if h not in caused]  # (the cues of what set the event off are not its own)
    if not hits:
        if model_sub is None or guess.is_event < CLASSIFIER_ALONE or guess.confidence < CLASSIFIER_ALONE_CONFIDENCE:
            return None
        if guess.cue is None:
            return None
        start, end = sent.start + guess.cue[0], sent.start + guess.cue[1]
        if not tokens and _UNPARSED_NONFACTUAL.search(lower, max(0, guess.cue[0] - 50), guess.cue[0]):
            # an unparsed sentence (no lexicon cue): "The rebels there deny they are negotiating an
            # evacuation deal": the words before the model's cue deny or put off what it names
            return None
        if not _factual_at(lower, guess.cue[0], tokens, start, end) or historic_year(sent, ref) or recalled(sent, start) \
                or (_event_type_of()[model_sub] in VIOLENT_TYPES and _DRILL.search(lower)):
            return None
        if model_sub in PROTEST_SUBS and _no_protest_before(lower, guess.cue[0]):
            return None  # "sentenced 12 students ... for taking part in protests": the reason, no event
        if _background_relative(tokens, start, end):
            return None  # "Twelve soldiers who were wounded in Afghanistan are being tested ...": who they are
        if any(a <= guess.cue[0] < b for a, b in tally_spans(lower)):
            return None  # "At least twelve aid workers have been killed ... this year": a period's dead
        if _AFTERMATH_BODIES.search(lower):
            return None  # "Residents carried dozens of bodies to a square": the dead of an event told before
        if _event_type_of()[model_sub] in VIOLENT_TYPES and accident(lower):
            return None  # "killed when a truck lost control and ploughed into vehicles": an accident
        if CAME_AFTER.match(lower):
            return None  # "The attack came two days after a car bomb exploded ...": an earlier event
        if model_sub == "Change to group/activity" and _STILL_IN_FORCE.search(lower):
            return None  # "A curfew remained in force across the country": a measure in place, nothing new
        return Typing(_event_type_of()[model_sub], model_sub, guess.confidence, Span(start, end, doc.text[start:end]))
    fought = [h[2] for h in hits if h[0] == "Armed clash"
              or h[0] == "Attack" and _ARMED_SITE_AFTER.match(lower, h[3] - sent.start)]
    if fought and any(h[0] == "Looting/property destruction" and h[2] > min(fought) for h in hits):
        # "Gang members attacked the police station ..., setting it ablaze": a fight with the force
        # there, the burning part of it (not "attacked the village ..., where fighters looted livestock")
        hits = [h for h in hits if h[0] != "Looting/property destruction"]
    if any(h[0] == "Disrupted weapons use" for h in hits) and _GOT_THROUGH.search(lower) and any(
            h[0] in ("Shelling/artillery/missile attack", "Air/drone strike") for h in hits):
        # "Syrian air defences intercepted Israeli missiles ..., adding that seven soldiers were wounded":
        # some got through, the strike is the event (not an interception with no harm done)
        hits = [h for h in hits if h[0] != "Disrupted weapons use"]
    repelled = [h for h in hits if h[0] == "Armed clash" and DROVE_THEM.search(lower, h[2] - sent.start, h[3] - sent.start)]
    if repelled and not _CROWD_WORD.search(lower) and not DEMONSTRATION_WORD.search(lower):
        # "the Houthi forces pushed them back" (the Saudi-led forces): armed men repelled, no crowd
        hits = [h for h in hits if not (h[0] in PROTEST_SUBS and any(r[2] <= h[2] < r[3] for r in repelled))]
    sub, weight, start, end = _choose(hits)
    seized = [h for h in hits if h[0] in TERRITORY_SUBS]
    if sub == "Armed clash" and seized and DROVE_THEM.search(lower, start - sent.start, end - sent.start):
        # "Fano militiamen briefly seized the town of Debre Markos ... before federal troops pushed them out":
        # the seizure told, its end a detail of it
        sub, weight, start, end = seized[0]
    raid = [h for h in hits if h[0] == "Attack" and h[2] < start and RAIDED.match(lower, h[2] - sent.start)]
    if sub == "Shelling/artillery/missile attack" and raid and _ARMS_MIXED.search(lower):
        # "Al Shabaab militants attacked a SNA base ... with mortars and gunfire": a ground assault with
        # the heavy weapons in support, a battle (ACLED)
        sub, weight, start, end = "Armed clash", weight, raid[0][2], raid[0][3]
    if sub == "Armed clash" and raid and DROVE_THEM.search(lower, start - sent.start, end - sent.start):
        # "insurgents attacked the town of Macomia ..., looting shops before Rwandan and Mozambican troops
        # drove them out": the raiders' battle, told from their side (ACLED's first actor attacked)
        start, end = raid[0][2], raid[0][3]
    taken_away = [h for h in hits if h[0] == "Abduction/forced disappearance"]
    if sub == "Attack" and taken_away and not any(
            h[0] == "Attack" and _LETHAL.search(doc.text, h[2], h[3]) for h in hits):
        # "beat and abducted two opposition activists": no one killed, so the abduction is coded
        sub, weight, start, end = taken_away[0]
    arson = [h for h in hits if h[0] == "Looting/property destruction" and h[2] == start]
    if sub == "Violent demonstration" and arson and not _CROWD_WORD.search(lower) \
            and all(h[0] not in PROTEST_SUBS or h[2] == start for h in hits):
        # "settlers set fire to agricultural land": the arson is all there is, no crowd's riot
        sub, weight, start, end = arson[0]
    bomb = [h for h in hits if h[0] == "Remote explosive/landmine/IED" and _WITH_A.search(lower, 0, h[2] - sent.start)]
    if sub == "Armed clash" and bomb and _AMBUSH.fullmatch(lower, start - sent.start, end - sent.start) \
            and not _GUNFIRE.search(lower):
        # "ambushed a convoy of Kenya Defence Forces with an IED": the means is the event, no fight told (ACLED)
        sub, weight, start, end = bomb[0]
    battle = [h for h in hits if h[0] == "Armed clash" and _CLASHED.fullmatch(lower, h[2] - sent.start, h[3] - sent.start)]
    if sub == "Shelling/artillery/missile attack" and battle:
        # "fired anti-tank missiles at Israeli tanks ... and clashed with Israeli soldiers there": fire
        # that is part of a battle is coded as the battle (ACLED); not "in the worst fighting since 2020"
        sub, weight, start, end = battle[0]
    fight = _CROWDS_FOUGHT.search(lower)
    fight = fight if (sub in ("Armed clash", "Protest with intervention") or sub in ("Violent demonstration", "Attack")
                      and not DEMONSTRATION_WORD.search(lower)) and not any(h[0] == "Peaceful protest" for h in hits) else None
    if fight:
        # "Supporters of Red Star and Partizan fought each other with flares and stones": crowds, no
        # armed groups and no demonstration (ACLED: mob violence, whatever force separated them)
        sub, weight = "Mob violence", 1.0
        start, end = sent.start + fight.start(), sent.start + fight.end()
    looters = _CROWD_LOOTED.search(lower) if sub in ("Looting/property destruction", "Violent demonstration") else None
    if looters is not None and sub == "Violent demonstration" and not looters.group(0).startswith("mob"):
        looters = None  # (a riot's cue stands, unless a mob did it: "mobs set fire to the houses of three legislators")
    if looters is not None and not _ARMED_DOERS.search(lower):
        # "Crowds looted shops and set fire to several buildings in Port Moresby": a crowd's violence, a riot
        # (ACLED: a violent demonstration when they demonstrate, else mob violence)
        sub = "Violent demonstration" if DEMONSTRATION_WORD.search(lower) else "Mob violence"
    mob = [h for h in hits if h[0] == "Mob violence" and h[2] < start]
    if sub in ("Violent demonstration", "Attack") and mob and not any(h[0] == "Peaceful protest" for h in hits):
        # "A mob set fire to at least 15 houses": a mob's violence, no demonstration's ("A mob beat a man
        # to death": no armed group's attack)
        sub, weight = "Mob violence", mob[0][1]
    taken = [h for h in hits if h[0] in TERRITORY_SUBS]
    yielded = [h for h in hits if h[0] == "Non-violent transfer of territory"]
    if not yielded and (left := _AFTER_WITHDRAWAL.search(lower)):
        # "took control of the town of Debre Markos on Tuesday after government troops withdrew"
        yielded = [("Non-violent transfer of territory", 0.6, sent.start + left.start(), sent.start + left.end())]
    unopposed = sub == "Non-state actor overtakes territory" and bool(yielded) and not _AFTER_FIGHTING.search(lower) \
        and not any(_event_type_of()[h[0]] in VIOLENT_TYPES and h[0] not in TERRITORY_SUBS for h in hits)
    if unopposed:
        # "militants took control of the town after the army withdrew from its base there": no battle
        # for it (ACLED: a non-violent transfer, whatever the model guesses)
        sub, weight = yielded[0][0], max(weight, yielded[0][1])
    if sub == "Armed clash" and taken and _AFTER_FIGHTING.search(lower):
        # "Fano militiamen seized the town of Debre Tabor after heavy fighting with federal troops":
        # the fighting was how the town was taken (ACLED codes the capture)
        sub, weight, start, end = taken[0]
    confidence = min(1.0, 0.5 + weight / 2)
    if sub in PROTEST_SUBS and model_sub == "Arrests" and any(h[0] == "Arrests" and h[2] > start for h in hits):
        # "A similar protest was staged at Hamburg airport, where six activists were detained": the
        # protest told first, then the arrests at it (ACLED: its intervention)
        model_sub = escalate(sub, "Arrests") or sub
    beaten = [h for h in hits if h[0] == "Attack" and lower.startswith(("beat", "attack", "assault"), h[2] - sent.start)
              and _CROWD_BEATEN.match(lower, h[3] - sent.start)]
    if sub in ("Peaceful protest", "Protest with intervention") and beaten:
        # "Hezbollah members beat up a group of protesters ... who were chanting against the political class", "Riot
        # police officers beat an anti-government protester during a protest": force used on the crowd (ACLED:
        # excessive force when it kills or beats them, which does them grave harm; else an intervention)
        lethal = _KILLED_WORD.search(lower) is not None or lower.startswith("beat", beaten[0][2] - sent.start)
        sub, weight, start, end = ("Excessive force against protesters" if lethal else "Protest with intervention",) + beaten[0][1:]
    damage = [h for h in hits if h[0] == "Looting/property destruction"]
    if sub == "Peaceful protest" and damage:
        # "Protests also took place in Matola and Beira, where shops were looted": a riot (ACLED)
        sub, start, end = "Violent demonstration", damage[0][2], damage[0][3]
    reciprocal = bool(_RECIPROCAL_CUE.search(lower))
    if model_sub is not None and model_sub != sub and not _escalated_protest(sub, model_sub, reciprocal) \
            and not _cue_kept(sub, model_sub, lower[start - sent.start:end - sent.start], lower) \
            and not _cue_stands(sub, model_sub, hits, lower, lower[start - sent.start:end - sent.start], start,
                                bool(fight), unopposed, base=sent.start):
        same = [h for h in hits if h[0] == model_sub]
        # (not force the sentence tells only of what came before: "fired tear gas at thousands of protesters
        # ..., a day after a protester was shot dead in Omdurman")
        if not (model_sub == "Excessive force against protesters" and _lethal_only_before(lower)):
            sub, confidence = model_sub, guess.confidence
            if same:
                start, end = same[0][2], same[0][3]
    thrown = [h for h in hits if h[0] == "Violent demonstration"
              and _CROWD_WHO.search(lower, max(0, h[2] - sent.start - 40), h[2] - sent.start)]
    if sub in ("Peaceful protest", "Protest with intervention") and thrown:
        # "Riot police fired pepper spray and rubber bullets at protesters who threw stones and fireworks":
        # the crowd's own violence makes it a riot, whatever force it met
        sub, _, start, end = thrown[0]
    attacks = [h for h in hits if h[0] == "Attack"]
    # ("Dozens of settlers attacked the village, setting fire to five cars ... and wounding three
    # residents": no crowd of demonstrators, an attack)
    raided = [h for h in attacks if RAIDED.match(lower, h[2] - sent.start)]
    crowd = any(h[0] in PROTEST_SUBS for h in hits) or _CROWD_WORD.search(lower)
    armed_raid = [h for h in raided if _ARMED_DOERS.search(lower, max(0, h[2] - sent.start - 80), h[2] - sent.start)]
    if sub == "Violent demonstration" and armed_raid and not crowd:
        # "Members of the Viv Ansanm gang coalition attacked the town of Mirebalais, setting fire to homes":
        # armed men, no rioters (the dead are told after)
        sub, _, start, end = armed_raid[0]
    elif sub == "Violent demonstration" and not crowd and lower.startswith(_BURNED, start - sent.start) \
            and (_ARMED_DOERS.search(lower, max(0, start - sent.start - 60), start - sent.start)
                 or _FORCE_RAIDED.search(lower, 0, start - sent.start)):
        # "The separatists also set fire to a government school": armed men's arson, no rioters ("the
        # Myanmar military raided Kyauk Yit village ... and set fire to more than 100 houses": a force's)
        sub = "Looting/property destruction"
    elif sub in ("Attack", "Peaceful protest") and (crowd_raids := [
            (h, raiders) for h in raided if lower.startswith(("attacked", "stormed"), h[2] - sent.start)
            and (raiders := _CROWD_RAIDED.search(lower, max(0, h[2] - sent.start - 40), h[2] - sent.start))
            and _PROPERTY_RAIDED.match(lower, h[3] - sent.start)]) and not _PEOPLE_HARMED.search(lower):
        # "angry crowds attacked the homes of several lawmakers", "Demonstrators also attacked government
        # offices": a riot against property, no attack on people ("Mobs attacked Hindu homes": a mob's
        # violence, no demonstration)
        (_, _, start, end), raiders = crowd_raids[0]
        sub = "Mob violence" if raiders.group(0).startswith("mob") else "Violent demonstration"
    elif sub == "Violent demonstration" and not crowd and _CLASHED.match(lower, start - sent.start) \
            and _ARMED_CLASHED.search(lower, max(0, start - sent.start - 100), start - sent.start):
        # "The gangs, part of the Viv Ansanm coalition, clashed with police officers": armed men fought them
        sub = "Armed clash"
    elif (sub == "Looting/property destruction" or sub == "Violent demonstration" and not crowd and (
            raided or _ARMED_NAMED.search(lower, 0, start - sent.start))) \
            and attacks and (_PEOPLE_HARMED.search(lower) or any(_people_attacked(doc.text, h[3]) for h in raided)
                             or sub == "Looting/property destruction" and any(_LETHAL.search(doc.text, h[2], h[3]) for h in attacks)):
        # "settlers attacked the village, setting fire to houses and wounding four Palestinians":
        # people were harmed, so an attack (ACLED codes the most violent act; "Islamist insurgents beheaded
        # three villagers ... and set fire to several homes": the killing)
        sub, _, start, end = attacks[0]
    elif sub == "Armed clash" and lower.startswith("ambush", start - sent.start) \
            and any(_people_attacked(doc.text, h[3]) for h in attacks):
        # "Gunmen killed six aid workers in an ambush on the road": civilians ambushed, no battle
        sub, _, start, end = next(h for h in attacks if _people_attacked(doc.text, h[3]))
    return Typing(_event_type_of()[sub], sub, confidence, Span(start, end, doc.text[start:end]))


def _people_attacked(text: str, end: int) -> bool:
    """Whether the attack verb ending at `end` has people as its object ("settlers attacked
    Palestinian farmers with stones": an attack on civilians, wounded or not; "attacked the house
    of a farmer" is property)."""
    obj = _ATTACK_OBJECT.match(text, end)
    found = generic_actor(obj.group(1), "") if obj else None
    return found is not None and found[1] == "civilians"


# (not a clause after it: "three wounded when New People's Army rebels ambushed a patrol")
_ATTACK_OBJECT = re.compile(r"\s+((?:(?!(?:of|with|in|near|on|at|and|while|as|from|when|after|before|during|because|"
                            r"since|until|by)\b)[\w'-]+\s*){1,3})")
_CROWDS_FOUGHT = re.compile(r"\b(?:supporters|fans|followers|activists) of (?:two )?rival (?:candidates|parties|factions|"
                            r"teams|clubs|groups|politicians)\b[^.;]{0,30}?\b(?:fought|clashed|brawled|scuffled)\b|"
                            r"\b(?:supporters|fans|hooligans|ultras|youths|villagers|residents|students|mobs|groups|"
                            r"members|worshippers|families|clans)\b[^.;]{0,80}?\b(?:fought|clashed|brawled|scuffled)\s+"
                            r"(?:with\s+)?(?:each other|one another|rival\b)|"
                            # ("Fans of Boca Juniors and River Plate fought with sticks and bottles")
                            r"\b(?:fans|supporters|hooligans|ultras) of (?:[\w'’-]+ ){1,4}?and (?!(?:the )?(?:police|security|riot|"
                            r"army|troops|soldiers|officers|counter)\b)(?:[\w'’-]+ ){1,4}?(?:fought|clashed|brawled|scuffled)\b|"
                            # ("rival fans clashed outside the stadium")
                            r"\brival (?:fans|supporters|hooligans|ultras|groups of fans)\b[^.;]{0,50}?\b(?:fought|clashed|brawled|scuffled)\b|"
                            # ("Ruling party activists and opposition supporters clashed in Feni")
                            r"\b(?:activists|supporters|followers|cadres|loyalists)\s+and\s+(?:[\w-]+\s+){0,3}?(?:activists|supporters|"
                            r"followers|cadres|loyalists)\s+(?:[\w-]+\s+){0,2}?(?:fought|clashed|brawled|scuffled)\b|"
                            # ("Hindu and Muslim groups hurled stones at each other and set vehicles on fire")
                            r"\b(?:groups|communities|mobs|villagers|residents|youths|clans|tribesmen)\b[^.;]{0,40}?\b(?:hurled|threw|"
                            r"pelted|attacked|hurling|throwing|pelting|attacking)\s+(?:[\w-]+\s+){0,2}?(?:at\s+)?(?:each other|one another)\b")
_CROWD_LOOTED = re.compile(r"\b(?:crowds|mobs?|looters|rioters|youths|angry residents)\s+(?:[\w-]+\s+){0,2}?(?:looted|ransacked|"
                           r"pillaged|plundered|torched|set fire to|burned|burnt)\b")
# (not the month: "On 9 March 2024", "March 9")
DEMONSTRATION_WORD = re.compile(r"\b(?:protest\w*|demonstrat\w*|(?<!\d )march\w*(?!\s+\d)|rall(?:y|ies|ied)|sit-ins?)\b")
_ARMED_SHOT = re.compile(r"\b(?:shot dead|shot and killed|killed|killing|neutrali[sz]ed)\s+(?:[\w-]+\s+){0,3}?(?:armed robbers|"
                         r"robbers|gunmen|militants|bandits|kidnappers|insurgents|rebels|terrorists|fighters|gang members)\b")
# (also "after government troops and allied clan militia withdrew": the state's side and its allies)
_AFTER_WITHDRAWAL = re.compile(r"\bafter\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:troops|forces|army|soldiers|police|militia|fighters|"
                               r"militants|rebels|insurgents|jihadists)\s+(?:and\s+(?:[\w-]+\s+){0,3}?(?:troops|forces|"
                               r"militias?|militiamen|fighters)\s+)?"
                               r"(?:had\s+)?(?:withdrew|withdrawn|pulled out|retreated|left|abandoned)\b")
_RIOT_FORCE = re.compile(r"\b(?:anti-)?riot (?:police|policemen|squads?|control|gear|shields?|units?|officers?|troops|forces)\b")
_CROWD_WORD = re.compile(r"\b(?:protesters|demonstrators|rioters|marchers|crowds?|mobs?|youths|supporters|activists|"
                         r"picketers|strikers|students|workers)\b")
_ARMED_DOERS = re.compile(r"\b(?:gangs?|gang members|gang coalition|gunmen|militants|fighters|bandits|militiamen|rebels|"
                          r"insurgents|jihadists|separatists|armed men)\b[^.;]{0,30}$")
# (anywhere before the cue: "Members of the Gran Grif gang stormed the town ..., killing ... and setting fire to homes")
_ARMED_NAMED = re.compile(rf"\b(?:{ARMED_MEN}|armed men|gangs?|gang members)\b")
_HEAVY_ARMS = r"(?:mortars?|mortar fire|artillery|rockets?|rpgs?|rocket-propelled grenades|heavy weapons)"
_LIGHT_ARMS = r"(?:gunfire|small[- ]arms(?: fire)?|machine ?guns?|machine-gun fire|rifles?|light weapons|automatic weapons)"
_ARMS_MIXED = re.compile(rf"\bwith\s+(?:[\w-]+\s+){{0,2}}?(?:{_HEAVY_ARMS}\s*,?\s+(?:and|as well as)\s+(?:[\w-]+\s+)?{_LIGHT_ARMS}|"
                         rf"{_LIGHT_ARMS}\s*,?\s+(?:and|as well as)\s+(?:[\w-]+\s+)?{_HEAVY_ARMS})\b")
_AIRCRAFT_WORD = re.compile(rf"(?!air force base){CUES['air']}", re.I)
_EXCHANGED = re.compile(r"\bexchang\w*\b|\bswap\w*\b")
_FORCE_RAIDED = re.compile(r"\b(?:military|army|troops|soldiers|junta|security forces|regime forces|government forces)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:raided|stormed|entered|attacked|torched|burned|burnt|set fire|razed)\b")
DROVE_THEM = re.compile(r"\b(?:drove|driven|chased|pushed|forced) them (?:out|back)\b", re.I)
_BURNED = ("set fire", "torched", "burned", "burnt", "set ablaze", "razed")
RAIDED = re.compile(r"attacked|raided|stormed|assaulted")
_CROWD_RAIDED = re.compile(r"\b(?:crowds?|mobs?|protesters|demonstrators|rioters|youths)\s+(?:[\w-]+\s+)?$")
_PROPERTY_RAIDED = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:homes?|houses?|residences?|offices?|shops?|"
                              r"buildings?|headquarters|vehicles?|cars?|stations?)\b")
_ARMED_CLASHED = re.compile(r"\b(?:gangs?|gang members|gunmen|militants|fighters|bandits|militiamen|rebels|insurgents|jihadists|"
                            r"armed men)(?:,[^,.;]{1,60},)?\s+(?:had\s+|then\s+|later\s+|also\s+)?$")
_AFTER_FIGHTING = re.compile(r"\b(?:after|following)\s+(?:[\w-]+\s+){0,6}?(?:fighting|clashes|battles?)\b")
_PEOPLE_HARMED = re.compile(r"\b(?:wound(?:ed|ing)|injur(?:ed|ing)|kill(?:ed|ing)|hurt|beat(?:en|ing)?|stabb(?:ed|ing)|"
                            r"shot(?! down)|shooting)\b")
# "set fire to a banner of Khamenei": a symbol burnt is a protest's act, not a riot's destruction
_SYMBOLIC = re.compile(r"\b(?:set fire to|burn\w*|torched)\b.*\b(?:banners?|posters?|pictures?|images?|portraits?|effig(?:y|ies)|flags?|photos?)\b")
_SAID_PEACEFUL = re.compile(r"\b(?:was|were|remained|passed|ended|went off|stayed)\s+(?:largely\s+|mostly\s+|entirely\s+)?"
                            r"peaceful(?:ly)?\b|\bwithout (?:any\s+)?incidents?\b")
_HEADING = re.compile(r"^\s*([A-Z][A-Za-z/ -]{2,40}):\s")


def _heading(text: str) -> tuple[str, int] | None:
    """(sub-event type, heading length) when the sentence opens with a heading naming one."""
    m = _HEADING.match(text)
    if m is None:
        return None
    sub = data_json("taxonomy.json").get("headings", {}).get(m.group(1).strip())
    return (sub, m.end(1)) if sub else None


def _only_recalled(model_sub: str, lower: str, hits: list) -> bool:
    """The model's kind is told only in a clause recalling what came before ("U.S. forces struck
    Houthi sites, hours after the group fired missiles at a ship"): the sentence's cues decide."""
    if any(h[0] == model_sub for h in hits):
        return False
    recent = _recalled_spans(lower, _RECENTLY)
    return any(sub == model_sub and any(a <= m.start() < b for a, b in recent for m in pattern.finditer(lower))
               for pattern, sub, _ in _cues())


def _cue_kept(cue_sub: str, model_sub: str, cue: str, sentence: str = "") -> bool:
    """A factual cue of fighting, explosions, violence against civilians, a riot or a protest is not
    recoded as a strategic development (ACLED codes what happened violently under the violent
    type, and a crowd in the streets as a protest); an arrest guess may still recode a protest,
    and a road block may be an armed group's (ACLED: Other)."""
    types = _event_type_of()
    if cue_sub == "Protest with intervention" and model_sub == "Excessive force against protesters" \
            and not _LETHAL.search(sentence) and not _LIVE_FIRE.search(sentence):
        # "fired tear gas and rubber bullets at thousands of young protesters": force no one is told to
        # have died or been hurt by (ACLED's excessive force is lethal or severe)
        return True
    if cue_sub == "Armed clash" and model_sub in TERRITORY_SUBS and _FOUGHT_FOR_CONTROL.search(sentence):
        # "Congolese troops ... fought M23 rebels for control of the town of Walikale": a contest, no
        # side told to have taken it
        return True
    if cue_sub == "Armed clash" and model_sub in TERRITORY_SUBS and DROVE_THEM.search(cue) and cue.endswith("back"):
        # "The Saudi-led forces intended to take control of Haylan Mountain ..., but the Yemeni forces pushed them
        # back": an assault repelled, no ground changing hands
        return True
    if cue_sub == "Armed clash" and model_sub == "Government regains territory" and _CONTROL_BACK_AFTER.search(sentence):
        # "Rival gangs fought inside the prison's cellblocks for hours before soldiers and police regained
        # control": how the fight ended, no territory taken back
        return True
    if cue_sub == "Non-violent transfer of territory" and model_sub == "Change to group/activity" and _AFTER_LEFT.search(cue):
        # "The Lebanese army deployed troops in the villages ... after Israeli forces withdrew": ground
        # handed on, not a mere deployment
        return True
    if cue_sub in ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade") and model_sub == "Air/drone strike" \
            and not _AIRCRAFT_WORD.search(sentence):
        # "A truck packed with explosives blew up near an air force base": a bomb on the ground, no aircraft told
        return True
    if cue_sub == "Agreement" and model_sub == "Change to group/activity" and _EXCHANGED.search(cue):
        # "the Houthis and government forces exchanged prisoners in Marib under UN mediation": a deal kept
        # by both sides (ACLED: an agreement), not a change in one's activity
        return True
    if types[model_sub] != "Strategic developments":
        return False
    if types[cue_sub] in VIOLENT_TYPES:
        return True
    if types[cue_sub] == "Riots" and model_sub != "Arrests" and _CROWD_WORD.search(sentence):
        # "A mob ... stormed the office of the superintendent ... after a head constable was suspended"
        # (not "separatist fighters set fire to a school": no crowd, property destroyed)
        return True
    # an arrest made at the protest ("arrested 108 people as they cleared a protest encampment") is
    # already its intervention
    # (not when no word of the sentence arrests anyone: "raising pictures of detained opposition leaders")
    arrested = any(sub == "Arrests" and pattern.search(sentence) for pattern, sub, _ in _cues())
    return cue_sub in PROTEST_SUBS and (model_sub != "Arrests" or cue_sub == "Protest with intervention" or not arrested) \
        and (not _BLOCKADE.search(cue) or bool(_DEMANDING.search(sentence)))


_BLOCKADE = re.compile(r"\bblock|\broadblock")
_AFTER_LEFT = re.compile(r"\bafter\b.*\b(?:withdrew|had withdrawn|pulled out|retreated|had retreated)$")
_ORDERS_TO_FIRE = re.compile(r"\b(?:orders?|ordered|refus\w*|disobey\w*)\s+(?:[\w-]+\s+){0,2}?to\s+(?:shoot|fire|open fire)\b")
_LIVE_FIRE = re.compile(r"\blive (?:ammunition|rounds|fire|bullets)\b|\bopened fire\b|\bgunfire\b")
_FOUGHT_FOR_CONTROL = re.compile(r"\b(?:fought|fighting|battled|battling|clashed|clashing)\b[^.;]{0,60}?\bfor (?:the )?control of\b")
_CONTROL_BACK_AFTER = re.compile(r"\b(?:before|until)\s+(?:[\w-]+\s+){1,4}?(?:regained|restored|retook|took back)\s+control\b")
# "garment workers blocked the Dhaka-Tangail highway ..., demanding three months of unpaid wages"
_DEMANDING = re.compile(r"\b(?:demand(?:ing|ed)?|to protest|in protest|protesting|calling for|over unpaid|against the)\b")
# a protest word inside the list of what is banned, with no turn of the clause ("but", "despite") between
_BANNED = re.compile(r"\b(?:ban(?:ned|s)?|banning|prohibit\w*|forbid\w*|forbade)\b"
                     r"(?:(?!\b(?:but|yet|however|despite|defi\w+|although|though)\b)[^.;]){0,80}$")


_ENDING = re.compile(r"\b(?:ending|to end|halting|to halt|putting an end to|an end to)\s+")
_WHICH_WAS = re.compile(r",\s+(?:which|that)\s+(?:was|were)\s+(?:later\s+|quickly\s+|successfully\s+)?$")


def which_was(text: str, at: int) -> bool:
    """The cue at `at` opens a relative clause on the weapon just named (", which was intercepted")."""
    return _WHICH_WAS.search(text, 0, at) is not None
CAME_AFTER = re.compile(r"^(?:the|this|that|it)\b[^,;.]{0,40}?\b(?:came|comes|followed|follows|happened|occurred|took place)\s+"
                         r"(?:just\s+|only\s+|barely\s+)?(?:\w+\s+)?(?:days?|weeks?)\s+(?:after|since)\s|"  # (hours after: the same day's)
                         # ("It was the latest in a series of drone attacks on security forces in Cauca this year")
                         r"^(?:the|this|that|it)\b[^,;.]{0,40}?\b(?:was|is)\s+(?:the\s+)?(?:latest|third|fourth|fifth|second)\s+"
                         r"(?:[\w-]+\s+)?in\s+an?\s+(?:[\w-]+\s+)?(?:series|string|wave|spate|spree)\s+of\b")
# ("a second night of unrest after police shot dead a 17-year-old": what the unrest is about)
# ("stormed the army's headquarters ... after Khan was arrested in a corruption case": what set it off;
# but "struck Hamas targets after two of its soldiers were killed by militants in Rafah" tells both)
_RECENTLY = re.compile(r"\b(?:hours?|days?)\s+(?:after|since)\s|"
                       # ("mobs set fire to the houses of three legislators following the discovery of six bodies")
                       r"\b(?:after|following|over)\s+the\s+(?:discovery|recovery)\s+of\s|"
                       # ("Heavy fighting erupted in the Libyan capital on Monday night after the head of an armed
                       # group was killed": what set it off)
                       r"\b(?:fighting|clashes|violence|unrest|riots?|protests?)\s+(?:erupted|broke out|flared)\b[^,;.]{0,60}?\s"
                       r"(?:after|following)\s|\b(?:unrest|riots?|rioting|protests?|violence|clashes|anger|"
                       r"outrage|demonstrations)\s+(?:that\s+(?:erupted|began|broke out)\s+)?(?:after|following|sparked by|"
                       r"triggered by)\s|\bafter\s+(?=(?:[\w'’.-]+\s+){1,5}?(?:was|were|had been)\s+(?:arrested|detained|"
                       r"sentenced|convicted|jailed|disqualified|ousted|removed)\b)|"
                       # ("lawyers staged a protest ... after police stormed the bar association's headquarters and
                       # arrested a prominent lawyer": the force's act they protest over, an event of its own)
                       r"\b(?:protests?|protested|rall(?:y|ied)|demonstrat\w*|marched|sit-in|strike)\b[^.;]{0,80}?\bafter\s+"
                       r"(?=(?:the\s+)?(?:police|security forces|authorities|troops|soldiers|agents|officers|gendarmes)\s+"
                       r"(?:[\w-]+\s+){0,2}?(?:stormed|raided|arrested|detained|seized|shut|closed|banned)\b)|"
                       # ("marched ... after a court jailed three opposition leaders": the ruling they march over)
                       r"\bafter\s+(?=(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:court|judge|tribunal|prosecutors?)\s+(?:had\s+)?"
                       r"(?:jailed|sentenced|convicted|detained|disqualified|banned)\b)|"
                       # ("Rioters torched cars ..., after a teenager died in a police chase": the death they riot over)
                       r"(?:,\s+|\s(?=after\s+(?:an?|the)\s+(?:[\w'’.-]+\s+){0,3}?died\s+in\s+(?:police\s+)?(?:custody|detention)))after\s+(?=(?:an?|the|two|three)\s+(?:[\w'’.-]+\s+){0,3}?(?:died|was killed|was shot dead|"
                       r"was shot|were killed)\b)")
# "6,000 people have fled villages around Gwoza because of Boko Haram attacks": why they fled, the
# attacks of months told as a cause, no event of the day
_FLED_FROM = re.compile(r"\b(?:fled|flee|fleeing|displaced|uprooted|driven from their homes)\b[^.;]{0,120}?"
                        r"\b(?:because of|due to|to escape)\s+(?=(?:[\w'’-]+\s+){0,3}?(?:attacks|raids|violence|"
                        r"insecurity|bombardments|air ?strikes|shelling)\b)"
                        # ("about 150 people who fled fighting nearby": what drove them there, earlier)
                        r"|\b(?:fled|flee|fleeing)\s+(?=(?:the\s+|recent\s+|heavy\s+|renewed\s+|intense\s+)?"
                        r"(?:fighting|clashes|violence|attacks|raids|bombardments?|air ?strikes|shelling|war)\b(?!-))")
# (not "its worst violence in weeks after protesters clashed with police": the clash is the news)
# ("repelled an attack on El Obeid, a day after RSF drones struck a fuel depot in Kosti": an earlier event)
# ("arrested 20 people earlier this week after protests turned violent": this week, no time counted)
_SINCE = re.compile(r"\b(?<!\bin )(?<!\bthis )(?:years?|months?|weeks?|decades?)\s+(?:after|since)\s|"
                    r"\banniversary of\s|"
                    r"(?:^|,\s)(?:a|one|two|three|four|five|six|\d+)\s+days?\s+after\s|"
                    # (", days after rare protests in the capital against plans to scrap them")
                    r",\s(?:several\s+|a\s+few\s+)?days\s+after\s|"
                    r"\b(?:since|after)\s+(?:the\s+)?(?:\d{4}|last year's|(?:19|20)\d\d)\s|"
                    # ("contaminated by mines since fighting began there in 2015": the fighting that began, too)
                    r"\bsince\s+(?=(?:the\s+)?(?:[\w-]+\s+)?(?:fighting|war|conflict|violence|clashes|protests?|unrest|"
                    r"uprising|insurgency|hostilities)\s+(?:began|started|erupted|broke out)\b)|"
                    r"\bsince\s+(?:[\w'’.-]+\s+){1,4}?(?:began|started|launched|erupted|broke out|took power|"
                    r"came to power|took office)\b|"
                    # ("the fifth night of unrest since police shot dead a 17-year-old in the Paris suburb of Nanterre")
                    r"\b(?:nights?|days?|weeks?|months?)\s+of\s+(?:[\w-]+\s+)?(?:unrest|protests?|rioting|riots|violence|"
                    r"clashes|demonstrations|fighting)\s+since\s|"
                    # ("Seven bodies have been recovered ... after three days of anti-government protests this week": the
                    # days the story tells one by one below)
                    # (not "captured three bases ... after two days of heavy fighting": the fighting that took them)
                    r"\bafter\s+(?:two|three|four|five|six|seven|several|a few|\d+)\s+(?:days|nights|weeks)\s+of\s+"
                    r"(?=(?:[\w-]+\s+)?(?:protests|demonstrations|rallies|unrest|riots|rioting|marches|strikes)\b)|"
                    # ("to demand justice for the victims of the June 2019 crackdown on the sit-in ..., in which
                    # more than 100 protesters were killed": a past event named with its year)
                    # (also "groups it blamed for last month's attack in Pahalgam")
                    rf"\b(?:the\s+(?:(?:{MONTH_NAMES.lower()})\s+)?(?:19|20)\d\d|last\s+(?:week|month|year)['’]s)\s+(?P<dated>(?=(?:[\w-]+\s+){{0,2}}?(?:crackdown|massacre|attacks?|bombings?|"
                    r"protests?|uprising|revolution|war|coup|killings?|clashes|riots?|unrest|sit-in|raids?)\b))|"
                    # ("... since four federal agents died 15 years ago during a raid on the Branch Davidian cult in Waco")
                    r"\bsince\s+(?=[^.;,]{0,60}?\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+"
                    r"(?:years|decades)\s+ago\b)")


def recent_cause(sent: Span, position: int) -> bool:
    """The position lies in a clause telling the recent event this one followed ("struck a rocket-launching
    site in Khan Younis, hours after a rocket ... was intercepted over the city of Sderot")."""
    return any(a <= position - sent.start < b for a, b in _recalled_spans(sent.text.lower(), _RECENTLY))


def recalled(sent: Span, position: int) -> bool:
    """The position lies in a clause recalling what time is counted from ("On the anniversary of
    the November 2019 uprising")."""
    return any(a <= position - sent.start < b for a, b in _recalled_spans(sent.text.lower()))


def _recalled_spans(lower: str, pattern: re.Pattern[str] = _SINCE) -> list[tuple[int, int]]:
    """Clauses that recall what time is counted from ("two years after the war began", "on the
    anniversary of the massacre"), to the end of the clause."""
    spans = []
    for m in pattern.finditer(lower):
        end = m.end()
        while (stop := re.search(r"[;.]|,(?!\d{3})", lower[end:])) is not None \
                and (_RECALLED_GOES_ON.match(lower, end + stop.end()) or _LAST_QUALIFIER.match(lower, end + stop.end())):
            end += stop.end()  # ("the anniversary of the 2024 storming of parliament, in which 60 were killed")
        end = end + stop.start() if stop else len(lower)  # (not the comma of "1,700")
        if m.groupdict().get("dated") is not None:
            # (the dated event's own phrase: not "mark the 1988 massacre of political prisoners in Iran by
            # hanging pictures of martyrs", which is how they marked it)
            cut = _ADJUNCT.search(lower, m.end(), end)
            end = cut.start() if cut else end
        spans.append((m.end(), end))
    return spans


_ADJUNCT = re.compile(r"\s(?:by|to|with|for|while|and then)\s")
# ("... during a raid on the Branch Davidian cult in Waco, Texas.": the recalled place's qualifier, ending the sentence)
_LAST_QUALIFIER = re.compile(r"\s*[a-z][\w'’-]*\s*(?=[.;]|$)")
# (", killing 42 people" after "two days after gunmen ambushed a convoy": the recalled attack's toll)
# (also an appositive: "after the head of a powerful armed group, the Stability Support Apparatus, was killed")
_RECALLED_GOES_ON = re.compile(r"\s*(?:(?:in|during|at|after) which|when|where|killing|wounding|injuring|leaving)\b|"
                               r"\s*(?:the|an?)\s+[\w'’ -]{2,60}?,\s+(?:was|were|had been|has been)\b|"
                               r"\s*(?:was|were|had been|has been)\s+[a-z]+ed\b")


_MOURNED = re.compile(r"\b(?:funerals?|burials?|mourning|memorials?|vigils?|wakes?)(?:\s+(?:procession|ceremony|ceremonies|"
                      r"service|march|rally|prayers?)s?)?\s+(?:for|of)\s+(?:[\w-]+\s+){0,3}$")
_GRIEVANCE = re.compile(r"\b(?:against|over|protest(?:ing|ed)?|denounc\w*|condemn\w*|release of|demand(?:ing|ed)?|"
                        r"angry at|in response to|following)\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}$")
_PAST_PROTEST = re.compile(r"\b(?:for|over) (?:(?:their|his|her|alleged) ){0,2}(?:taking part|participating|participation|"
                           r"involvement|role|joining|organi[sz]ing|attending)\b[^.;]{0,30}$|\b(?:19|20)\d\d\s+(?:[a-z][a-z-]*\s+)?$|"
                           r"\b(?:involved|implicated) in\b[^.;]{0,20}$")
_WALKOUT = re.compile(r"\b(?:walked|walk|walking|stormed|staged a walk-?out|walk-?outs?)(?: out)?(?: of| from)? (?:the |a )?"
                      r"(?:[\w-]+ )?(?:chamber|parliament|session|sitting|assembly|meeting|talks|hall|house|senate|debate|"
                      r"vote|ceremony|conference|hearing|council)\b[^.;]{0,30}$|\bwalk-?out\b[^.;]{0,20}$")


def _no_protest_before(lower: str, at: int) -> bool:
    before = lower[max(0, at - 80):at]
    return bool(_PAST_PROTEST.search(before[-50:]) or _WALKOUT.search(before) or _COVERING.search(before[-40:])
                or HELD_BEFORE.search(before[-60:]))


# "three activists who had been arrested after a protest in Tripoli were subjected to ...": the protest
# (and the town) their detention followed, told as who they are
HELD_BEFORE = re.compile(r"\bwho (?:had|have) been (?:arrested|detained|held|jailed)\b[^,;.]*$")


# "attacked journalists covering an opposition protest": the protest is where the reporters were
_COVERING = re.compile(r"\b(?:covering|filming|photographing|reporting on|reporting from)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$")


FIRE_RETURNED_WORDS = r"(?:fired|shot) back|returned (?:the )?fire"  # the other side answered: a fight
_FIRE_RETURNED = re.compile(rf"(?:{FIRE_RETURNED_WORDS})\b", re.I)
_RECIPROCAL_CUE = re.compile(r"\bexchang(?:ed|ing|es?)\b(?: of)? (?:[\w-]+ ){0,2}?(?:fire|gunfire|shelling|shells)\b|"
                             r"\b(?:fire|shelling|gunfire) exchanges?\b|\bresponded to (?:[\w-]+ ){0,3}(?:fire|shelling)\b|"
                             rf"\b(?:{FIRE_RETURNED_WORDS})\b")
CLASSIFIER_MIN_CONFIDENCE = 0.6  # the classifier overrides the lexicon's sub-type from here
CLASSIFIER_ALONE = 0.9  # is_event needed to code an event with no lexicon cue
CLASSIFIER_ALONE_CONFIDENCE = 0.8


def _cue_stands(sub: str, model_sub: str | None, hits: list, lower: str, cue: str, start: int,
                fight: bool, unopposed: bool, base: int = 0) -> bool:
    """The reasons the classifier may not recode the lexicon's type: the sentence itself rules its guess out."""
    if model_sub is None:
        return False
    model_type = _event_type_of()[model_sub]
    if sub == "Peaceful protest" and (_SYMBOLIC.search(cue) or _SAID_PEACEFUL.search(lower)):
        return True  # "The demonstration was peaceful, witnesses said": the sentence says so itself
    if sub in PROTEST_SUBS and model_type in VIOLENT_TYPES and not any(_event_type_of()[h[0]] == model_type for h in hits):
        # "Students blocked the highway, demanding justice for a classmate killed in a road accident":
        # no word of the model's violence
        return True
    if sub in PROTEST_SUBS and model_type == "Explosions/Remote violence" and not any(h[0] == model_sub for h in hits):
        return True  # "fired tear gas and stun grenades at the procession": crowd control, no grenade attack
    if _only_recalled(model_sub, lower, hits) or unopposed:
        return True
    if sub == "Peaceful protest" and model_sub == "Excessive force against protesters" \
            and not _LETHAL.search(told := _ORDERS_TO_FIRE.sub(" ", lower)) and not _LIVE_FIRE.search(told):
        # "Soldiers ... joined thousands of protesters, calling on security forces to disobey orders to
        # shoot": no one fired, no force the crowd met
        return True
    if sub == "Peaceful protest" and model_sub in ("Excessive force against protesters", "Protest with intervention"):
        # "protesters marched ... after a police officer fatally shot a man during a traffic stop": the
        # force the crowd protests against, told after the march, is no force used on it
        cause = _PROTEST_CAUSE.search(lower, start - base)
        force = [h for h in hits if h[0] not in PROTEST_SUBS]
        if cause is not None and force and all(h[2] - base >= cause.end() for h in force):
            return True
    if fight and model_type in ("Riots", "Battles", "Protests", "Strategic developments"):
        # crowds that fought each other are no demonstration or battle, nor the arrests that ended it
        # ("rival fans clashed outside the stadium ..., and police detained 15")
        return True
    if sub in TERRITORY_SUBS and model_sub == "Armed clash" and _AFTER_FIGHTING.search(lower):
        return True  # "had captured a military camp near Paletwa after days of fighting": the capture is coded
    if sub == "Armed clash" and model_sub == "Attack" and (_ARMED_SHOT.search(lower) or _TWO_SIDED.search(cue)
                                                           or _BETWEEN_SIDES.match(lower, start - base + len(cue))):
        # "Police shot dead three suspected armed robbers in a shootout": armed men fought ("killed in an
        # encounter with the Special Task Force", "clashes broke out ... between the SSA and the Radaa
        # force, killing ... two civilians": the cue itself says both sides fought)
        return True
    if sub in PROTEST_SUBS and model_sub == "Violent demonstration" and _RIOT_FORCE.search(lower) \
            and all(h[0] in PROTEST_SUBS for h in hits):
        return True  # "Videos showed riot police dragging protesters into buses": the police's name, no riot
    if sub == "Air/drone strike" and model_sub == "Armed clash" and _WITH_DRONES.search(cue):
        return True  # "attacked an army base ... with explosive-laden drones": ACLED codes the means
    if sub == "Mob violence" and model_sub == "Attack" and any(h[0] == "Attack" and h[2] > start for h in hits):
        return True  # "A mob beat a man to death": the mob did it, no armed group's attack
    # "A mob torched three houses": no word of a demonstration, so no violent one
    return sub == "Mob violence" and model_sub == "Violent demonstration" and not PROTEST_WORD.search(lower)


_WITH_A = re.compile(r"\bwith (?:an?|two|three|several|multiple) (?:[\w-]+ ){0,2}?$")
_AMBUSH = re.compile(r"ambush(?:ed|es)?")
_GUNFIRE = re.compile(r"\b(?:gun(?:fire|men|fight|shots?)|fire[ds]?|firing|shot|shooting|clash\w*|fight\w*|exchang\w*|"
                      r"rifles?|small arms|rpgs?|rocket-propelled)\b")
_WITH_DRONES = re.compile(r"\bwith (?:[\w-]+ ){0,2}?drones?$")
_BETWEEN_SIDES = re.compile(r"(?:\s+(?!between\b)[\w-]+){0,5}?\s+between\s")
_TWO_SIDED = re.compile(r"encounter with|gun ?battle|gunfight|firefight|shoot-?out|exchang")
# what a protest is about, told after it ("after", "over", "to denounce ...")
_PROTEST_CAUSE = re.compile(r"\b(?:after|following|over|against|to protest|in protest (?:at|over|against)|to denounce|"
                            r"to condemn|demanding justice for|in response to|sparked by|triggered by)\s")


def _escalated_protest(lexicon_sub: str, model_sub: str, reciprocal: bool = False) -> bool:
    """Keep the lexicon's escalation ("tear gas" -> intervention) over a plain protest guess, and
    its weapon ("a remote explosive attack") over a plain attack guess: ACLED codes the means."""
    if model_sub == "Attack" and _event_type_of()[lexicon_sub] == "Explosions/Remote violence":
        return True
    if model_sub == "Armed clash" and lexicon_sub in ("Remote explosive/landmine/IED", "Suicide bomb") and not reciprocal:
        return True  # "attacked a military base ... with a truck bomb": ACLED codes the bomb
    if lexicon_sub == "Armed clash" and model_sub == "Shelling/artillery/missile attack" and reciprocal:
        return True  # "exchanged artillery fire", "responded to shelling": both sides fought (ACLED: armed clash)
    if lexicon_sub == "Excessive force against protesters" and model_sub == "Attack":
        return True  # "killed when police fired live rounds to disperse a crowd": lethal force on a crowd
    if lexicon_sub == "Violent demonstration" and model_sub == "Excessive force against protesters":
        return True  # "Protesters stormed parliament ..., while police opened fire on the crowd": a riot met by force
    return model_sub == "Peaceful protest" and lexicon_sub in ESCALATION


def _factual_at(lower: str, rel_start: int, tokens: Sequence[Token], start: int, end: int, *, violent: bool = False) -> bool:
    before = lower[max(0, rel_start - 40):rel_start]
    after = lower[rel_start + end - start:rel_start + end - start + 40]
    return not _PLANNED.search(before) and not _DENIED.search(before) and not _CONDITIONAL.search(before) \
        and not _ACCUSED.search(lower[max(0, rel_start - 70):rel_start]) \
        and not _HEARSAY.search(lower, max(0, rel_start - 80), rel_start) \
        and not _SPECULATED.match(after) and _factual(tokens, start, end, violent=violent,
                                                      flashback=bool(_DATED_OPENING.match(lower)))


# "a rumor ... that a gang initiation is supposedly going to take place involving the killing of three
# women": what is said may happen
_HEARSAY = re.compile(r"\b(?:supposedly|(?:is|are|was|were) going to|hoax)\b|"
                      # "carries out frequent attacks in Somalia": what a group does, no event
                      r"\b(?:carries out|carry out|conducts|launches|stages|mounts)\s+(?:frequent|regular|repeated|occasional|"
                      r"periodic|sporadic)\s+$")
# "On Monday, workers of another factory had blocked the highway": a dated flashback, an event of its own
_DATED_OPENING = re.compile(r"^(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|a day (?:earlier|before)|"
                            r"the (?:day|night) before|the previous (?:day|night))\b")


_PLANNED = re.compile(r"\b(?:ahead of|in anticipation of|planned|planning|upcoming|proposed|scheduled|possible|threatened|threatening|"
                      r"decided to|voted to|agreed to|to host|will host|"
                      r"prevent|prevents|preventing|avert|averting|deter|deterring|"
                      # ("a portable wall system that's used to protect soldiers ... from bullets and grenades")
                      r"protect(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,8}?from|shield(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,8}?from|"
                      # ("a Walk for Victims of Sexual Violence": the category the walk is for)
                      r"(?:victims|survivors) of|"
                      # ("Killer asks Ohio court to delay execution", "the site of the country's last mass-lynching")
                      r"delay(?:ed|ing)?|postpone[sd]?|postponing|stay of|"
                      r"calls? for|called for|plans? to|plans? for|intend(?:s|ed)? to|vowed to|would)\s+(?:[\w-]+\s+){0,2}$")
# "clashes were possible", "violence could erupt", "a march planned for Saturday": what may happen;
# "if police used force": a condition
_SPECULATED = re.compile(r"^(?:\s+[\w-]+)?\s+(?:(?:were|was|are|is|remain(?:ed|s)?|seem(?:ed|s)?|looked|looks)\s+"
                         r"(?:still\s+|quite\s+|very\s+|also\s+|highly\s+)?(?:possible|likely|unlikely|feared|expected|"
                         r"imminent|probable|heard)|(?:could|may|might|would)\s+(?:\w+\s+)?(?:erupt|break out|follow|occur|happen|"
                         r"spread|escalate|resume|ensue)|(?:(?:that|which)\s+(?:is|was|are|were|had been|has been)\s+)?"
                         r"(?:planned|scheduled|set|due|called)\s+(?:(?:in|at|outside)\s+[\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?(?:for|to|on)\s|"
                         # ("tear gas was not used": crowd control denied)
                         r"(?:was|were|had been|has been)\s+(?:not|never)\s+(?:used|fired|deployed)\b)")
# "a rebel group has been accused of raping women": a charge, told of no event of its own
_ACCUSED = re.compile(r"\b(?:accused|suspected|convicted|acquitted|guilty|on charges)(?:\s+(?:him|her|them|us|me))? of\s+(?:[\w-]+\s+){0,4}$|"
                      # ("Britain accused Russia of responsibility for the nerve agent attack")
                      r"\b(?:accused|accuses|accusing|blamed|blames|blaming)\s+(?:[\w-]+\s+){1,3}?(?:of|for)\s+(?:[\w-]+\s+){0,4}$|"
                      r"\bcharged with\s+(?:[\w-]+\s+){0,4}$|"
                      # ("Two men wanted for the murder of a lawyer were killed": the crime they were sought for)
                      r"\bwanted\s+(?:by\s+(?:the\s+)?police\s+)?(?:for|in connection with)\s+(?:[\w-]+\s+){0,4}$")
_CONDITIONAL = re.compile(r"\b(?:if|unless|should|whether)\s+(?:[\w-]+\s+){0,4}$|"
                          # "a book by Nina Anyianuka about sexual abuse and harassment": a work's subject
                          r"\b(?:book|film|movie|documentary|study|survey|law|bill|conference|seminar|"
                          r"workshop|exhibition|lecture|novel|podcast)\b[^.;]{0,40}?"
                          r"\b(?:about|on|against|regarding|into|tackling|addressing)\s+(?:[\w-]+\s+){0,2}$|"
                          # ("the site of the country's last mass-lynching": where it once happened)
                          r"\b(?:site|scene|anniversary|memory|memorial) of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}[\w-]*$")
# "No arrests or clashes were reported", "without clashes": what did not happen
# ("a weekend free of any major anti-Japanese protests": none either)
_DENIED = re.compile(r"(?:^|\b)(?:no|neither|nor|without|free of(?:\s+any)?)\s+(?:(?:major|large|large-scale|significant|big|"
                     r"serious|further|new|fresh|immediate|reported|visible|mass|violent|anti-[\w-]+|pro-[\w-]+)\s+){0,2}"
                     r"(?:[\w-]+\s+(?:or|and|nor)\s+)?$|"
                     r"\bwithout\s+(?:firing\s+)?(?:a\s+)?(?:single\s+)?$|"  # "entered the town without firing a shot"
                     # ("There were no reports of clashes.")
                     r"\bno\s+(?:immediate\s+)?(?:reports?|signs?|word|news|indications?|evidence)\s+of\s+(?:any\s+)?$|"
                     r"\b(?:no[ -]one|nobody|none)\s+(?:(?:was|were|has been|had been|have been|got)\s+)?(?:[\w-]+\s+)?$|"
                     # ("No residents were injured.")
                     r"(?:^|\b)no\s+(?:[\w-]+\s+){1,2}(?:was|were|has been|have been|had been|got)\s+(?:[\w-]+\s+)?$")
ESCALATION = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration")


def escalate(previous: str, new: str) -> str | None:
    """The sub-type a protest becomes when a following sentence says it met force or turned
    violent ("Police fired tear gas ...", "youths threw stones ..."); None if no escalation."""
    if previous not in ESCALATION:
        return None
    new = {"Arrests": "Protest with intervention", "Looting/property destruction": "Violent demonstration",
           "Mob violence": "Violent demonstration"}.get(new, new)
    if new in ESCALATION and ESCALATION.index(new) > ESCALATION.index(previous):
        return new
    return None


def event_type_of(sub: str) -> str:
    return _event_type_of()[sub]


_ARMED_SITE_AFTER = re.compile(r"\s+(?:the\s+|a\s+|an\s+|two\s+|several\s+)?(?:[\w'’-]+\s+){0,2}?"
                               r"(?:police (?:stations?|posts?|headquarters)|"
                               r"(?:military|army) (?:bases?|posts?|camps?|barracks|positions?)|checkpoints?|barracks|"
                               r"outposts?|garrisons?)\b")


def _choose(hits: list[tuple[str, float, int, int]]) -> tuple[str, float, int, int]:
    totals: dict[str, float] = {}
    for sub, weight, _, _ in hits:
        totals[sub] = totals.get(sub, 0.0) + weight
    protest = any(sub in PROTEST_SUBS for sub, *_ in hits)
    if protest:
        # a protest that met force or intervention is coded by what happened to it; a crowd that was
        # violent itself is a riot whatever force met it (ACLED: excessive force is against peaceful crowds)
        # ("Protesters stormed parliament ... and set part of it on fire, while police opened fire on the crowd")
        for escalation in ("Violent demonstration", "Excessive force against protesters", "Protest with intervention"):
            if escalation != "Violent demonstration" and "Looting/property destruction" in totals:
                # "protesters looted the home of a lawmaker ..., and police fired tear gas": a riot (ACLED)
                return ("Violent demonstration",) + next(h for h in hits if h[0] == "Looting/property destruction")[1:]
            if escalation in totals:
                return next(h for h in hits if h[0] == escalation)
        if "Arrests" in totals:
            first = next(h for h in hits if h[0] == "Arrests")
            return ("Protest with intervention",) + first[1:]
        if "Attack" in totals and "Armed clash" not in totals:
            # "protesters attacked/killed" without arms: not an armed attack on civilians
            totals.pop("Attack")
    if not protest and "Arrests" in totals and any(_event_type_of()[sub] in VIOLENT_TYPES for sub in totals):
        totals.pop("Arrests")  # "executed ... after a period of detention": the violence is the event
    if "Disrupted weapons use" in totals:
        # "seized 8 hand-grenades", "an IED ... destroyed in a controlled explosion": the weapons were not used
        for used in ("Grenade", "Remote explosive/landmine/IED", "Shelling/artillery/missile attack"):
            if len(totals) > 1:
                totals.pop(used, None)
    if "Attack" in totals and "Abduction/forced disappearance" in totals and not any(
            sub not in ("Attack", "Abduction/forced disappearance") and _event_type_of()[sub] in VIOLENT_TYPES for sub in totals):
        # "Bandits killed at least 15 people and abducted several others": ACLED codes the raid by
        # its killings, the abductions part of it
        totals.pop("Abduction/forced disappearance")
    if any(sub != "Attack" and _event_type_of()[sub] in VIOLENT_TYPES for sub in totals):
        totals.pop("Attack", None)  # "killed" goes with a more specific violent cue when there is one
    best = max(totals, key=lambda s: (totals[s], -min(h[2] for h in hits if h[0] == s)))
    return next(h for h in hits if h[0] == best)


def _factual(tokens: Sequence[Token], start: int, end: int, *, violent: bool = False, flashback: bool = False) -> bool:
    """False for hypothetical, negated or planned events ("can be arrested", "plan to protest").
    Violence told in reported speech may be in the past perfect ("said 49 soldiers had been killed")."""
    cue = next((t for t in tokens if t.start >= start and t.end <= end), None)
    if cue is None:
        return True
    by_head: dict[int, list[Token]] = {}
    for t in tokens:
        by_head.setdefault(t.head, []).append(t)
    if cue.dep == "nsubjpass" and any(c.dep in ("aux", "auxpass") and c.text.lower() in MODALS
                                      for c in by_head.get(cue.head, [])):
        return False  # "protests over the cost of living would be held next week": what is to come
    node, steps = cue, 0
    while steps < 3:
        for child in by_head.get(node.i, []):
            if child.i == node.i:
                continue
            if child.dep == "neg" or (child.dep in ("aux", "auxpass") and child.text.lower() in MODALS):
                return False
            if node.i == cue.i and child.dep == "aux" and child.text.lower() in ("had", "'d") and not flashback and not (
                    violent and cue.dep == "ccomp" and tokens[cue.head].lemma.lower() in REPORTING_VERBS) \
                    and not (violent and _dated_reason(tokens, by_head, cue)):
                # "the victim had been arrested": the background of the event reported (but "Armenia
                # said 49 soldiers had been killed" is the report itself, in reported speech)
                return False
        if node.lemma.lower() in NONFACTUAL_HEADS and node.i != cue.i and not _wanted_by_law(tokens, node):
            return False
        if tokens[node.head].text.lower() in GENERIC_SUBJECTS:
            return False
        # (also the subject of a judgement: "Police have warned that the protests are illegal")
        judged = node.dep == "nsubj" and tokens[node.head].lemma.lower() == "be"
        if node.head == node.i or node.dep not in ("xcomp", "ccomp", "conj", "pobj", "prep", "dobj", "pcomp", "acl", "advcl") \
                and not judged:
            break
        lo, hi = sorted((node.i, node.head))
        if any(t.text == ";" and lo < t.i < hi for t in tokens):
            break  # "... repelled an RSF attack on Kadugli; casualty figures were not available": another clause's "not"
        node, steps = tokens[node.head], steps + 1
    return node.lemma.lower() not in NONFACTUAL_HEADS or node.i == cue.i or _wanted_by_law(tokens, node)


_WEEKDAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _dated_reason(tokens: Sequence[Token], by_head: dict[int, list[Token]], cue: Token) -> bool:
    """"the military had targeted the village because its fighters had attacked a police station ... on
    Sunday": the cause told with its own day, an event of its own (not the background of a victim)."""
    if cue.dep != "advcl" or not any(c.dep == "mark" and c.text.lower() == "because" for c in by_head.get(cue.i, [])):
        return False
    stack, seen = [cue.i], set()
    while stack:
        node = stack.pop()
        seen.add(node)
        stack.extend(c.i for c in by_head.get(node, []) if c.i not in seen and c.i != node)
    return any(tokens[k].text.lower() in _WEEKDAY_WORDS for k in seen)


def _wanted_by_law(tokens: Sequence[Token], node: Token) -> bool:
    """"Two men wanted for the murder of a lawyer were killed": sought by the police, no wish (the
    small model may parse the participle as the sentence's verb)."""
    nxt = tokens[node.i + 1] if node.i + 1 < len(tokens) else None
    return node.text.lower() == "wanted" and nxt is not None and nxt.text.lower() in ("for", "by", "in", "over")


REPORTING_VERBS = frozenset({"say", "announce", "report", "claim", "state", "confirm", "add", "tell"})


def _relative_clause_of(tokens: Sequence[Token], start: int, end: int) -> Token | None:
    """The verb of the relative clause the words lie in, if they lie in one."""
    node = next((t for t in tokens if t.start >= start and t.end <= end), None)
    for _ in range(30):
        if node is None or node.head == node.i:
            return None
        if node.dep == "relcl":
            return node
        node = tokens[node.head]
    return None


def _in_relative_clause(tokens: Sequence[Token], start: int, end: int, *, locative: bool = False) -> bool:
    node = _relative_clause_of(tokens, start, end)
    # (with `locative`, not "Protests took place in Matola, where shops were looted": what happened there)
    return node is not None and not (locative and any(t.head == node.i and t.dep == "advmod" and t.text.lower() == "where"
                                                      for t in tokens))


def _background_relative(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The words lie in a past relative clause about someone the sentence tells something present or
    to come of ("Twelve soldiers who were wounded in Afghanistan are being tested", "The envoy, who
    negotiated the peace accord, will receive no salary"): who they are, no event of the news."""
    node = _relative_clause_of(tokens, start, end)
    if node is None or node.tag not in ("VBD", "VBN"):
        return False
    noun = tokens[node.head]
    verb = tokens[noun.head]
    if noun.dep not in ("nsubj", "nsubjpass") or not verb.tag.startswith("VB"):
        return False
    aux = [t for t in tokens if t.head == verb.i and t.dep in ("aux", "auxpass")]
    if any(t.text.lower() in ("has", "have") for t in aux):
        return False  # ("A fourth officer who was shot by a parolee has been taken off life support": news)
    return verb.tag in ("VBZ", "VBP") and not aux or any(
        t.tag in ("VBZ", "VBP") or t.text.lower() in ("will", "would", "can") for t in aux)


def _ongoing_relative(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The words are the verb of a progressive relative clause ("who were marching"), or what it
    tried to do ("who tried to block roads")."""
    node = next((t for t in tokens if t.start >= start and t.end <= end), None)
    # "arrested 30 activists who tried to block roads": the attempt met by the arrests (the cue may be the
    # attempt itself: "detained 45 people who tried to march to Taksim Square")
    tried = node if node is not None and node.dep == "relcl" else tokens[node.head] if node is not None \
        and node.dep == "xcomp" else None
    if tried is not None and tried.dep == "relcl" and tried.lemma.lower() in ("try", "attempt", "seek"):
        return True
    return node is not None and node.dep == "relcl" and node.tag == "VBG" and any(
        t.head == node.i and t.dep == "aux" and t.text.lower() in ("were", "was") for t in tokens)


def in_past_relative(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The words lie in a past-perfect relative clause ("who had taken part in ..."): the background
    of someone in the event, told before it."""
    node = _relative_clause_of(tokens, start, end)
    return node is not None and any(t.head == node.i and t.dep == "aux" and t.text.lower() in ("had", "'d") for t in tokens)


def dates_of_cue(tokens: Sequence[Token], trigger: Span, hits: list) -> list:
    """Dates ordered by how closely the verb each is told with governs the cue: "called on
    Thursday for an inquiry into the killing of a reporter, who was shot dead on Wednesday" (the
    day of the shooting first); dates of other clauses keep their order after them."""
    cue = next((t for t in tokens if t.start >= trigger.start and t.end <= trigger.end), None)
    if cue is not None and cue.dep in ("advcl", "xcomp") and cue.lemma.lower() in _PURPOSE_VERBS \
            and any(t.head == cue.i and t.dep == "aux" and t.text.lower() == "to" for t in tokens):
        # "blocked the Liberty Bridge ... on Sunday to protest the deaths ... in the collapse of a
        # canopy last month": a purpose is dated by the act it is the purpose of
        cue = tokens[cue.head]
    steps: dict[int, int] = {}
    node, n = cue, 0
    while node is not None and node.i not in steps and n < 30:
        steps[node.i] = n
        node, n = (None if node.head == node.i else tokens[node.head]), n + 1
    near = {id(h): steps.get(_verb_of(tokens, h.start, h.end), 99) for h in hits}
    return sorted(hits, key=lambda h: near[id(h)])


_PURPOSE_VERBS = frozenset({"protest", "demand", "denounce", "condemn", "mark", "commemorate", "oppose", "express", "voice"})


def _verb_of(tokens: Sequence[Token], start: int, end: int) -> int | None:
    node = next((t for t in tokens if t.start >= start and t.end <= end), None)
    for _ in range(12):
        if node is None:
            return None
        if node.pos == "VERB" or node.head == node.i:
            return node.i
        node = tokens[node.head]
    return None


SPEECH_VERBS = frozenset({"say", "tell", "report", "announce", "confirm", "add", "state", "claim"})


def reporting_date(tokens: Sequence[Token], start: int, end: int) -> bool:
    """'security sources told AFP on Tuesday', 'police said on Monday': the day of the telling."""
    first = node = next((t for t in tokens if t.start >= start and t.end <= end), None)
    for _ in range(4):
        if node is None or node.head == node.i:
            return False
        node = tokens[node.head]
        if node.pos in ("VERB", "AUX"):
            # after the verb only: "On 30 April, the ministry said that ..." dates what it said
            return node.lemma.lower() in SPEECH_VERBS and node.i < first.i
    return False


# "when a truck lost control and ploughed into vehicles", "after their boat capsized": an accident's dead
# ("A gas cylinder exploded in a crowded restaurant": no attack, unless it was a bomb)
_ACCIDENT = re.compile(r"\b(?:lost control|overturned|capsized|derailed|collided|(?:road|traffic|car|bus|boat|plane|train) "
                       r"(?:accident|crash|collision)s?|(?:bus|truck|lorry|car|boat|plane|train) crash(?:ed)?|"
                       # ("Driver injured in Nokomis crash", "A fire destroyed the roof ..., injuring some firefighters")
                       # (not gunfire: "were killed in the return fire")
                       r"(?:injured|hurt|killed|died) in (?:a |an |the )?(?:[\w-]+ ){0,2}(?:crash|collision|accident|"
                       r"fire(?<!return fire)(?<!retaliatory fire)(?<!cross fire)(?<!exchange of fire)(?<!police fire)|blaze)|"
                       r"(?:two|multi)-vehicle|a (?:house |building |apartment )?fire (?:destroyed|broke out|gutted|damaged)|"
                       r"firefighters|accidentally|backing up|motorcyclist|(?:went|ran|veered|skidded) off the road|"
                       r"(?:gas|cooking gas|oxygen) (?:cylinder|canister|tank|leak)s?(?![^.;]{0,40}\b(?:bombs?|explosives|packed|rigged|laden)\b)|"
                       r"short[- ]circuit|electrical fault|(?:caused|triggered|sparked) by (?:a |an )?(?:gas )?leak)\b")
# "A passenger plane with 72 people on board crashed near Pokhara" (not one a missile hit first)
_CRASHED = re.compile(r"\b(?:bus|truck|lorry|boat|plane|aircraft|airliner|helicopter|train|ferry)\b[^.;]{0,50}?\bcrash(?:ed|es)?\b")
_BROUGHT_DOWN = re.compile(r"\b(?:shot down|downed|missiles?|rockets?|hit by|struck by|attack(?:ed)?|drones?)\b")


def accident(lower: str) -> bool:
    """The sentence tells a road, rail, sea or air accident."""
    return bool(_ACCIDENT.search(lower) or _CRASHED.search(lower) and not _BROUGHT_DOWN.search(lower))
_FIRING = frozenset({"sniper", "army", "police", "tank", "artillery", "gun", "machine", "machine-gun", "enemy", "rebel",
                     "militant", "military", "troop", "soldier", "naval", "mortar", "rocket", "helicopter"})
_NATURAL_CAUSES = frozenset({
    "flood", "rain", "storm", "cyclone", "hurricane", "typhoon", "landslide", "mudslide", "earthquake", "quake",
    "tremor", "avalanche", "tsunami", "wildfire", "blaze", "fire", "heatwave", "heat", "drought", "lightning",
    "disease", "outbreak", "cholera", "epidemic", "virus", "accident", "crash", "collision", "collapse", "stampede"})


def _natural_cause(tokens: Sequence[Token], start: int, end: int) -> bool:
    """'Flash floods have killed at least 23 people': what a flood, a quake or a crash does is no
    political violence (ACLED codes none)."""
    cue = next((t for t in tokens if t.start >= start and t.end <= end), None)
    if cue is None:
        return False
    subjects = [t for t in tokens if t.head == cue.i and t.dep == "nsubj"]
    # ("Israeli fire killed at least five Palestinians", "sniper fire": a side's gunfire, no blaze)
    subjects = [t for t in subjects if not (t.lemma.lower() == "fire" and any(
        c.head == t.i and c.dep in ("amod", "compound") and (c.ent_type in ("NORP", "GPE", "ORG") or c.lemma.lower() in _FIRING)
        for c in tokens))]
    # ("Cyclone Remal killed at least 12 people": the storm's name after its kind)
    return any(t.lemma.lower() in _NATURAL_CAUSES or any(
        c.head == t.i and c.dep == "compound" and c.lemma.lower() in _NATURAL_CAUSES for c in tokens) for t in subjects)


# "drove a truck packed with explosives into a military base": the words describe the weapon used
_LADEN = re.compile(r"\bwith explosives$")


def _noun_modifier(tokens: Sequence[Token], start: int, end: int) -> bool:
    """'colleagues arrested last year', 'the wounded man': a participle describing a noun tells
    what happened before, not the event the sentence reports."""
    cue = next((t for t in tokens if t.start >= start and t.end <= end), None)
    if cue is not None and any(t.head == cue.i and t.dep in ("nsubj", "nsubjpass") for t in tokens):
        return False  # a verb with its own subject is a clause ("Security measures: the governorship halted ...")
    if cue is not None and any(t.head == cue.i and t.dep == "dobj" for t in tokens):
        return False  # "agents arrested nine citizens ..., Hengaw reported": a passive participle takes no object
    if cue is not None and tokens[cue.head].dep == "ROOT" and not any(
            t.pos in ("VERB", "AUX") and t.i != cue.i for t in tokens):
        return False  # a verbless parse ("[armed youths] ROOT clashed acl"): the participle is the predicate
    if cue is not None and cue.dep == "acl" and cue.text.islower() and not any(
            t.sent == cue.sent and t.i != cue.i and t.pos in ("VERB", "AUX") and t.tag not in ("VBG", "VBN")
            and t.lemma.lower() not in REPORTING_VERBS for t in tokens):
        # "Inmates from rival gangs fought with guns ..., leaving 17 dead, the agency said" parsed with
        # "fought" as the gangs' participle: no other finite verb tells the event, so it is the predicate
        # (not a headline's "Three Activists Arrested in Mahabad", told again below)
        return False
    # only participles: "a remote explosive attack" names the means of the event itself
    # "A wounded soldier was airlifted": the adjective describes someone hurt before
    participle = cue is not None and (cue.tag in ("VBN", "VBG", "VBD") or cue.text.lower() in ("wounded", "injured"))
    if participle and cue.tag in ("VBD", "VBN") and cue.i > 1 and tokens[cue.i - 1].text.lower() == "and" \
            and tokens[cue.i - 2].pos == "NOUN" and tokens[tokens[cue.i - 2].head].pos == "VERB":
        return False  # "demonstrators lit bonfires and looted shops": a second verb, parsed as an adjective
    # (not a weapon's name whose noun the cue holds: "a guided aerial bomb")
    return participle and cue.dep in ("acl", "amod") and tokens[cue.head].pos in ("NOUN", "PROPN", "PRON") \
        and not start <= tokens[cue.head].start < end


def historic_year(sent: Span, ref: date | None) -> bool:
    if ref is None:
        return False
    # "the worst fighting since 2020", "more than in 2019": a year compared with is no event's
    # (nor the year of what an anniversary recalls: "during demonstrations marking the anniversary of
    # the Saba Saba pro-democracy protests of 1990")
    recalled_at = _recalled_spans(sent.text.lower())
    years = [h for h in find_dates(sent.text, ref) if h.kind == "year" and not h.text.lower().startswith("since")
             and not _COMPARED_YEAR.search(sent.text, 0, h.start) and not any(a <= h.start < b for a, b in recalled_at)]
    if past_war(sent.text):
        return True
    # (a bare "in 2025" in a report of February 2026 is last year's, as is "last year")
    return any(h.date.year < ref.year - 1 or (h.date.year < ref.year and ref.month > 1)
               or h.text.lower().endswith(("last year", "previous year", "past year")) for h in years)


def past_war(text: str) -> bool:
    """"Some 76,000 Jews were arrested in France during World War Two": a past war's events (not
    "the worst fighting since World War Two")."""
    return any(not _COMPARED_YEAR.search(text, 0, m.start()) for m in _PAST_WAR.finditer(text))


_PAST_WAR = re.compile(r"\b(?:World War (?:One|Two|I{1,2}|1|2)|(?:First|Second) World War|the Holocaust|"
                       r"Nazi (?:Germany|occupation|era))\b", re.I)
_COMPARED_YEAR = re.compile(r"\b(?:since|than(?: in)?|compared (?:with|to)(?: in)?)\s+(?:early |late |mid-?)?$", re.I)
# (not "similar signs of his close ties", "declined to take similar measures", "the same level")
_SIMILAR_EVENTS = (r"protests?|rall(?:y|ies)|demonstrations?|marches|gatherings?|sit-ins?|strikes?|vigils?|ceremon(?:y|ies)|"
                   r"commemorations?|attacks?|raids?|incidents?|clashes|events?|actions?|scenes?|blasts?|explosions?|"
                   r"shelling|bombardments?|airstrikes?|air strikes?|killings?|arrests|abductions?|kidnappings?")
_SIMILAR = re.compile(rf"\b(?:similar|the same)\s+(?:[\w-]+\s+){{0,2}}?(?:{_SIMILAR_EVENTS})\b|"
                      r"\b(?:likewise|also (?:took place|held|reported)|as well)\b|"
                      r"^(?:Another|A second|A third|A further) (?:strike|attack|raid|blast|explosion)\b", re.I)


def says_similar(text: str) -> bool:
    return bool(_SIMILAR.search(text))


def size_for(sent: Span, typing: Typing, place: Place) -> Count | None:
    """The crowd count nearest to the event's place in its sentence (protests and riots only)."""
    if typing.event_type not in ("Protests", "Riots"):
        return None
    counts = crowd_sizes(sent.text, offset=sent.start)
    estimates = [c for c in counts if c.exact and is_estimate(c.text)]
    # "Protesters blocked the highway near Chala ..., and in Cusco some 2,000 people marched": a
    # count told in another place's clause of its own is that place's crowd
    bounds = [sent.start] + [sent.start + m.end() for m in CLAUSE_BREAK.finditer(sent.text)] + [sent.end]
    if len(bounds) > 2:
        lo, hi = next((a, b) for a, b in zip(bounds, bounds[1:]) if a <= place.mention.start < b or b == sent.end)
        counts = [c for c in counts if lo <= c.start < hi]
    # "Thousands of miners blocked highways in southern Peru ..., and clashes in Chala": the region's crowd
    counts = [c for c in counts if not (c.end <= place.mention.start and WIDER_AREA.search(
        sent.text, c.end - sent.start, place.mention.start - sent.start))]
    if not counts:
        return None
    nearest = min(counts, key=lambda c: min(abs(c.start - place.mention.end), abs(place.mention.start - c.end)))
    if not nearest.exact and estimates:
        # "Tens of thousands of people marched ..., organisers said, while police put the number at 22,000": the
        # figure told for the vague word (the lower of two)
        return min(estimates, key=lambda c: c.value)
    return nearest


WIDER_AREA = re.compile(r"\b(?:in|across|around|throughout)\s+(?:the\s+)?(?:south|north|east|west|central|"
                         r"(?:north|south)-?(?:east|west))(?:ern)?\s+[A-Z](?![\w-]*\s+(?:city|town|village|port|capital)\b)|"
                         r"\bnationwide\b|\b(?:across|around|throughout) "
                         r"the (?:country|nation)\b")


# the doers named by where they are ("militants in Gaza", "Houthi forces from Saada")
DOERS_FROM = re.compile(r"\b(?:militants|fighters|forces|gunmen|groups?|rebels|insurgents|militias?|factions)\s+"
                        r"(?:based\s+)?(?:in|from)\s+(?:the\s+)?$", re.I)
RETALIATION_WORDS = r"responded|retaliated|hit back"  # the other side's answer to an act
_RETALIATION = re.compile(rf",\s+(?:and|while|but)\s+(?:the\s+)?(?:[\w'’-]+\s+){{1,3}}?(?:{RETALIATION_WORDS})\b")


def fatalities_for(sent: Span, typing: Typing, skip_to: int = 0) -> Count | None:
    if typing.event_type == "Protests" and typing.sub_event_type != "Excessive force against protesters":
        return None
    if typing.event_type == "Strategic developments":
        return None
    start = max(sent.start, skip_to)  # never count in the dateline ("May 2, 2020 - Four ...")
    text = sent.text
    cue = typing.trigger.start - sent.start
    acts = [m.end() for m in _ACT_BREAK.finditer(text) if m.end() <= cue] if typing.event_type in VIOLENT_TYPES else []
    if acts:
        # "Israeli air strikes killed at least 11 ..., while Israeli troops shot dead three people near an
        # aid site in Rafah": a later act's own toll, in its own clause
        end = act_end(sent, typing) - sent.start
        text = " " * acts[-1] + text[acts[-1]:end] + " " * (len(text) - end)
    elif typing.event_type in VIOLENT_TYPES:
        end = act_end(sent, typing) - sent.start
        if end < len(text) and _RETALIATION.match(text, end):
            # "militants in Gaza fired rockets towards Jerusalem ..., and Israel responded with air strikes
            # ... that killed 20 people": the other side's answer and its toll (not "; the army said it
            # repelled the assault and killed 12 militants", the same fight told by the other side)
            text = text[:end] + " " * (len(text) - end)
    for a, b in _recalled_spans(text.lower()) + _recalled_spans(text.lower(), _RECENTLY) \
            + _recalled_spans(text.lower(), _DENIED_REPORT) + _recalled_spans(text.lower(), _CUMULATIVE) \
            + _recalled_spans(text.lower(), _MOURNED_DEAD):
        if not a <= cue < b:  # "hours after a gunman killed two brothers": not this event's toll
            text = text[:a] + " " * (b - a) + text[b:]
    for a, b in tally_spans(text.lower()):
        text = text[:a] + " " * (b - a) + text[b:]
    if _CLAIM_DENIED.search(text):
        return None  # "its fighters had killed seven Turkish soldiers ..., a claim Turkey's defence ministry denied"
    return fatalities(text[start - sent.start:], offset=start)


# ("clashed with riot police ... after a funeral for a political prisoner who died in custody": the
# dead they mourned, not the clash's)
_MOURNED_DEAD = re.compile(r"\b(?:funerals?|burials?|mourning|memorials?|vigils?|wakes?)\s+(?:(?:procession|ceremony|service)\s+)?"
                           r"(?:for|of)\s+")


def tally_spans(lower: str) -> list[tuple[int, int]]:
    """Clauses that count the dead of a period, not of one event: "At least twelve aid workers have
    been killed in South Sudan this year", "violence has resulted in 2,900 deaths in the first five
    months of this year", "and 79 since the war began"."""
    spans = []
    for m in _TALLY_PERIOD.finditer(lower):
        start = max((b.end() for b in _CLAUSE_STOP.finditer(lower, 0, m.start())), default=0)
        clause = lower[start:m.start()]
        if _PERFECT.search(clause) or re.search(r"\d\s*$|\b(?:more|others?)\s*$", clause):
            spans.append((start, m.end()))
    return spans


_CLAUSE_STOP = re.compile(r"[;.](?!\d)|,(?!\d{3})")  # (not the comma of "2,900")
# (not "since Monday": one event's days)
_TALLY_PERIOD = re.compile(r"\b(?:so far )?this (?:year|month|week)\b|\b(?:in|over) the (?:first|past|last) (?:[\w-]+ )?(?:months|years|weeks|days)\b|"
                           r"\bsince (?:the (?:start|beginning) of|(?:the )?(?:war|conflict|insurgency|uprising|fighting|protests|"
                           r"demonstrations|unrest|violence|clashes|crackdown|rebellion|revolt|strikes|air ?strikes|attacks|"
                           r"bombing|bombardment|offensive|operation|campaign) "
                           r"(?:began|started|erupted|broke out)|last (?:week|month|year)|(?:early |late )?(?:january|february|march|april|may|june|july|"
                           r"august|september|october|november|december|(?:19|20)\d\d)\b)")
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|so far\s+|already\s+)?(?:been\s+killed|died|killed|left|claimed|"
                      r"resulted in|caused|cost|been (?:conducting|carrying out|launching|waging|staging|fighting))\b")


# a toll the other side denies: ACLED codes the most conservative figure reported, none
_CLAIM_DENIED = re.compile(r",\s+(?:a|the)\s+claims?\s+(?:[\w'’.-]+\s+){1,5}?(?:denied|rejected|dismissed|disputed)\b")
# "a year-long war between two factions ..., which has left more than 1,700 people dead": the war's
# toll so far, not the event's
_CUMULATIVE = re.compile(r"\b(?:(?:which|that)|(?:war|conflict|violence|fighting|insurgency|feud|crisis))\s+(?:has|have)\s+"
                         r"(?:so far\s+|now\s+|already\s+)?(?:left|killed|claimed|cost)\b")
# "..., denying local media reports that five soldiers had been killed": a toll said to be false
_DENIED_REPORT = re.compile(r"\b(?:deny|denies|denied|denying|dismissed|rejected)\s+(?:[\w-]+\s+){0,3}?(?:reports?|claims?)\s+(?:that\s+)?")


def source_is_party(source: str | None, actors: Actors, sentence: str = "", text: str = "") -> bool:
    """The source names itself among the event's actors or in the sentence reporting the event
    (a group reporting its own or its members' actions), or the story names an actor as the
    source's own ("the MEK Resistance Units", "Resistance Units, a network associated with the MEK")."""
    if not source or is_media(source):
        return False  # a news organisation reports; "two security sources told Reuters" makes it no side
    names = " ".join((actors.actor1, actors.assoc_actor_1, actors.actor2, actors.assoc_actor_2)).lower()
    if _state_source_party(source, names):
        return True  # "Communiqué of the Government of Burkina Faso" on its forces' battle
    parts = [p.strip() for p in re.split(r"[/,;:()]|\s+-\s+", source.lower()) if len(p.strip()) >= 2]
    if any(re.search(rf"(?<![\w]){re.escape(p)}(?![\w])", names) for p in parts):
        return True
    own = [name for group in (actors.assoc_actor_1, actors.assoc_actor_2) for name in group.split("; ") if name]
    affiliates = affiliates_of(source)
    if affiliates and any(name.startswith(affiliates) for name in own):
        return True  # "members of Resistance Unit 214 ...", reported by the PMOI/MEK
    if text and any(_affiliate_of(text, name, parts) for name in own if ":" not in name):
        return True
    # named in the sentence as a doer, not as who tells of it ("..., Hengaw reported")
    return any(not tells(sentence, m.start(), m.end()) for p in parts
               for m in re.finditer(rf"(?<![\w]){re.escape(p)}(?![\w])", sentence, re.I))


def _state_source_party(source: str | None, names: str) -> bool:
    """A government, one of its ministries or its army reporting its own forces' event."""
    state = _STATE_SOURCE.match(source.strip()) if source else None
    country = state.group("country").lower() if state else ""
    return bool(state) and (f"forces of {country}" in names.lower() or f"government of {country}" in names.lower())


# a government, its ministries or its army as a source: a party to its forces' events
_STATE_SOURCE = re.compile(r"^(?:the\s+)?(?:government|ministry\s+of\s+[\w ]+?|presidency|armed\s+forces|army|"
                           r"general\s+staff)\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w' -]+)$", re.I)


def _affiliate_of(text: str, name: str, parts: list[str]) -> bool:
    """The text calls the group `name` the source's: "MEK Resistance Units", or "Resistance Units,
    a network associated directly to ... (PMOI/MEK)"."""
    source = "|".join(re.escape(p) for p in parts)
    group = re.escape(name)
    return bool(re.search(rf"(?<![\w])(?:{source})\s+{group}\b|\b{group}\W{{0,3}}\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?"
                          rf"(?:associated|affiliated|linked|allied|loyal)\s+(?:directly\s+|closely\s+)?(?:to|with)\b"
                          rf"[^.]{{0,120}}?(?<![\w])(?:{source})(?![\w])", text, re.I))


def notes_for(event: Event, actors: Actors | None = None) -> str:
    """One generated sentence summarising the event, ACLED-notes style."""
    place = event.place
    where = place.name if place else "an unknown place"
    if place and place.admin1 and place.admin1 != place.name:
        where += f" ({place.admin1}, {place.country})"
    elif place and place.country and place.country != place.name:
        where += f" ({place.country})"
    if event.event_date is None:
        when = "On an unknown date"
    elif event.time_precision == 1:
        when = f"On {event.event_date.day} {event.event_date:%B %Y}"
    elif event.time_precision == 2:
        when = f"In the week before {event.event_date.day} {event.event_date:%B %Y}"
    else:
        when = f"In {event.event_date:%B %Y}"
    who = event.assoc_actor_1 or event.actor1 or "unidentified actors"
    text = f"{when}, {who}: {event.sub_event_type.lower()} in {where}"
    if event.size:
        text += f" (about {event.size} people)"
    if event.fatalities:
        text += f", {event.fatalities} reported fatalities"
    return text + f" [{event.trigger.text if event.trigger else ''}]."
