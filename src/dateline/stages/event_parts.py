"""The parts of an event the events stage assembles: type, date, actors, size, fatalities, notes."""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Sequence

from .. import actors as actor_lib
from ..dates import find_dates
from ..model import Document, Event, Place, Span, Token
from ..numbers import Count, crowd_sizes, fatalities
from ..resources import data_json
from ..eventtype import TypeGuess

MODALS = frozenset({"can", "could", "may", "might", "would", "should", "will", "must", "shall"})
NONFACTUAL_HEADS = frozenset({"plan", "threaten", "call", "vow", "urge", "warn", "intend", "fear", "ban",
                              "prohibit", "demand", "seek", "aim", "want", "prepare", "schedule", "deny"})
GENERIC_SUBJECTS = frozenset({"anyone", "anybody", "whoever", "everyone", "everybody", "those"})
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
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
    hits: list[tuple[str, float, int, int]] = []
    for pattern, sub, weight in _cues():
        for m in pattern.finditer(lower):
            start, end = sent.start + m.start(), sent.start + m.end()
            if _factual_at(lower, m.start(), tokens, start, end) and (
                    sub in PROTEST_SUBS or not _noun_modifier(tokens, start, end)):
                hits.append((sub, weight, start, end))
    if _historic_year(sent, ref):
        hits = [h for h in hits if _event_type_of()[h[0]] not in VIOLENT_TYPES]
    model_sub = None
    if guess is not None and guess.confidence >= CLASSIFIER_MIN_CONFIDENCE and guess.is_event >= 0.5:
        model_sub = guess.sub_event_type
    if not hits:
        if model_sub is None or guess.is_event < CLASSIFIER_ALONE or guess.confidence < CLASSIFIER_ALONE_CONFIDENCE:
            return None
        if guess.cue is None:
            return None
        start, end = sent.start + guess.cue[0], sent.start + guess.cue[1]
        if not _factual_at(lower, guess.cue[0], tokens, start, end) or _historic_year(sent, ref):
            return None
        return Typing(_event_type_of()[model_sub], model_sub, guess.confidence, Span(start, end, doc.text[start:end]))
    sub, weight, start, end = _choose(hits)
    confidence = min(1.0, 0.5 + weight / 2)
    if model_sub is not None and model_sub != sub and not _escalated_protest(sub, model_sub):
        same = [h for h in hits if h[0] == model_sub]
        sub, confidence = model_sub, guess.confidence
        if same:
            start, end = same[0][2], same[0][3]
    return Typing(_event_type_of()[sub], sub, confidence, Span(start, end, doc.text[start:end]))


CLASSIFIER_MIN_CONFIDENCE = 0.6  # the classifier overrides the lexicon's sub-type from here
CLASSIFIER_ALONE = 0.9  # is_event needed to code an event with no lexicon cue
CLASSIFIER_ALONE_CONFIDENCE = 0.8


def _escalated_protest(lexicon_sub: str, model_sub: str) -> bool:
    """Keep the lexicon's escalation ("tear gas" -> intervention) over a plain protest guess, and
    its weapon ("a remote explosive attack") over a plain attack guess: ACLED codes the means."""
    if model_sub == "Attack" and _event_type_of()[lexicon_sub] == "Explosions/Remote violence":
        return True
    return model_sub == "Peaceful protest" and lexicon_sub in ESCALATION


def _factual_at(lower: str, rel_start: int, tokens: Sequence[Token], start: int, end: int) -> bool:
    return not _PLANNED.search(lower[max(0, rel_start - 40):rel_start]) and _factual(tokens, start, end)


_PLANNED = re.compile(r"\b(?:ahead of|planned|planning|upcoming|proposed|scheduled|possible|threatened|threatening|"
                      r"calls? for|called for|plans? to|plans? for|intend(?:s|ed)? to|vowed to|would)\s+(?:[\w-]+\s+){0,2}$")
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


def _choose(hits: list[tuple[str, float, int, int]]) -> tuple[str, float, int, int]:
    totals: dict[str, float] = {}
    for sub, weight, _, _ in hits:
        totals[sub] = totals.get(sub, 0.0) + weight
    protest = any(sub in PROTEST_SUBS for sub, *_ in hits)
    if protest:
        # a protest that met force or intervention is coded by what happened to it
        for escalation in ("Excessive force against protesters", "Violent demonstration", "Protest with intervention"):
            if escalation in totals:
                return next(h for h in hits if h[0] == escalation)
        if "Arrests" in totals:
            first = next(h for h in hits if h[0] == "Arrests")
            return ("Protest with intervention",) + first[1:]
        if "Attack" in totals and "Armed clash" not in totals:
            # "protesters attacked/killed" without arms: not an armed attack on civilians
            totals.pop("Attack")
    if len(totals) > 1:
        totals.pop("Attack", None)  # "killed" goes with a more specific violent cue when there is one
    best = max(totals, key=lambda s: (totals[s], -min(h[2] for h in hits if h[0] == s)))
    return next(h for h in hits if h[0] == best)


def _factual(tokens: Sequence[Token], start: int, end: int) -> bool:
    """False for hypothetical, negated or planned events ("can be arrested", "plan to protest")."""
    cue = next((t for t in tokens if t.start >= start and t.end <= end), None)
    if cue is None:
        return True
    by_head: dict[int, list[Token]] = {}
    for t in tokens:
        by_head.setdefault(t.head, []).append(t)
    node, steps = cue, 0
    while steps < 3:
        for child in by_head.get(node.i, []):
            if child.i == node.i:
                continue
            if child.dep == "neg" or (child.dep in ("aux", "auxpass") and child.text.lower() in MODALS):
                return False
        if node.lemma.lower() in NONFACTUAL_HEADS and node.i != cue.i:
            return False
        if tokens[node.head].text.lower() in GENERIC_SUBJECTS:
            return False
        if node.head == node.i or node.dep not in ("xcomp", "ccomp", "conj", "pobj", "prep", "dobj", "pcomp", "acl", "advcl"):
            break
        node, steps = tokens[node.head], steps + 1
    return node.lemma.lower() not in NONFACTUAL_HEADS or node.i == cue.i


def _noun_modifier(tokens: Sequence[Token], start: int, end: int) -> bool:
    """'colleagues arrested last year', 'the wounded man': a participle describing a noun tells
    what happened before, not the event the sentence reports."""
    cue = next((t for t in tokens if t.start >= start and t.end <= end), None)
    # only participles: "a remote explosive attack" names the means of the event itself
    return cue is not None and cue.dep in ("acl", "amod") and cue.tag in ("VBN", "VBG", "VBD") and \
        tokens[cue.head].pos in ("NOUN", "PROPN", "PRON")


def _historic_year(sent: Span, ref: date | None) -> bool:
    if ref is None:
        return False
    years = [h for h in find_dates(sent.text, ref) if h.kind == "year"]
    return any(h.date.year < ref.year - 1 or h.text.lower().endswith(("last year", "previous year", "past year"))
               for h in years)


_SIMILAR = re.compile(r"\b(?:similar|same|likewise|also (?:took place|held|reported)|as well)\b", re.I)


def says_similar(text: str) -> bool:
    return bool(_SIMILAR.search(text))


def actors_for(doc: Document, i: int, tokens: Sequence[Token], typing: Typing, place: Place,
               on: date | None = None) -> Actors:
    sent = doc.sentences[i]
    place_spans = [(p.mention.start, p.mention.end) for p in doc.places if p.mention.sent == i]
    country = place.country or "International"
    orgs = actor_lib.organisations(sent, doc.mentions, doc.text, place_spans, country=country, on=on)
    if doc.anchor:  # bylines and agencies of the dateline are not actors
        orgs = [o for o in orgs if o.start >= doc.anchor.end]
    # a passive clause names who acted in its 'by' phrase ("was stabbed by a Palestinian")
    subj = actor_lib.passive_agent(tokens, i, typing.trigger) or actor_lib.subject_span(tokens, i, typing.trigger)
    if subj is not None:
        lo, hi = subj
        side = [o for o in orgs if o.start < hi and lo < o.end]  # "pro-Hadi" parses as "pro-" + "Hadi"
    else:  # no parse of the subject: the organisations named before the trigger
        side = [o for o in orgs if o.end <= typing.trigger.start]
    scene = _Scene(doc, i, tokens, typing, country, on, subj, orgs, side)
    if typing.event_type in ("Protests", "Riots"):
        return _demonstrators(scene)
    return _armed_sides(scene)


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

    @property
    def sent(self) -> Span:
        return self.doc.sentences[self.i]

    @property
    def subject_text(self) -> str:
        lo, hi = self.subj if self.subj else (self.sent.start, self.typing.trigger.start)
        return self.doc.text[lo:hi]

    def subject_span(self) -> Span:
        return Span(self.subj[0], self.subj[1], self.doc.text[self.subj[0]:self.subj[1]])


def _demonstrators(sc: _Scene) -> Actors:
    """Protesters or rioters of the country; their organisations and ACLED identity groups
    ("Labour Group (Iran)") associated; the police against them when the protest met force."""
    doc, typing = sc.doc, sc.typing
    # ACLED names demonstrators by their nationality when the report gives it ("Palestinians from
    # the Ein al Hilweh camp in Sidon" -> Protesters (Palestine))
    head = _CLAUSE_AFTER_HEAD.split(sc.subject_text, maxsplit=1)[0]  # not "protesters against the Turkish ..."
    country = actor_lib.demonym_country(head) or sc.country
    actor1 = ("Protesters" if typing.event_type == "Protests" else "Rioters") + f" ({country})"
    spans: list[tuple[str, Span]] = [("actor1", sc.subject_span())] if sc.subj is not None else []
    # "workers of the Rural Water Authority": the employer is not among the demonstrators
    side = [o for o in sc.side if not _EMPLOYER_BEFORE.search(doc.text[max(sc.sent.start, o.start - 40):o.start])]
    lo = sc.subj[0] if sc.subj else sc.sent.start
    bare = "".join(" " if any(o.start <= lo + n < o.end for o in side) else ch for n, ch in enumerate(sc.subject_text))
    assoc = _unique([o.name for o in side] + actor_lib.identity_groups(bare, country))
    spans.extend(("assoc_actor_1", Span(o.start, o.end, o.text)) for o in side)
    actor2 = ""
    if typing.sub_event_type in ("Protest with intervention", "Excessive force against protesters"):
        police = actor_lib.with_period(f"Police Forces of {sc.country}", sc.country, sc.on)
        actor2 = _victim(doc, sc.i, sc.tokens, typing, sc.country, default=police, on=sc.on)
        if actor2.startswith(("Protesters", "Civilians", "Rioters")):
            actor2 = police
    return Actors(actor1, "; ".join(assoc), actor2, "", tuple(spans))


def _first_side(sc: _Scene, known: list, spans: list) -> tuple[str, list[str]]:
    """actor1 and its associates from the subject: a named group (a state unit before the party
    it is aligned with), a generic force, or the states named as subject."""
    state = [o for o in known if o.name.startswith(_STATE_PREFIXES)]
    if known and all(o.partisan and o not in state for o in known):
        # "Islah-affiliated military forces", "pro-STC forces": the force acts, its patron is associated
        generic = actor_lib.generic_actor(sc.subject_text, actor_lib.demonym_country(sc.subject_text) or sc.country, sc.on)
        if generic and generic[1] == "state":
            if sc.subj is not None:
                spans.append(("actor1", sc.subject_span()))
            return generic[0], [o.name for o in sc.side]
    if known:
        first = (state or known)[0]
        spans.append(("actor1", Span(first.start, first.end, first.text)))
        return first.name, [o.name for o in sc.side if o is not first]
    nationality = actor_lib.demonym_country(sc.subject_text) or sc.country
    generic = actor_lib.generic_actor(sc.subject_text, nationality, sc.on)
    if generic:
        if sc.subj is not None:
            spans.append(("actor1", sc.subject_span()))
        return generic[0], []
    states = _states_in(sc.doc, sc.i, sc.subj, sc.on)
    if states:  # "Turkey and Russia conducted a joint patrol": their state forces
        spans.extend(("actor1" if n == 0 else "assoc_actor_1", span) for n, (_, span) in enumerate(states))
        return states[0][0], [name for name, _ in states[1:]]
    return "", []


def _armed_sides(sc: _Scene) -> Actors:
    doc, typing, sent = sc.doc, sc.typing, sc.sent
    spans: list[tuple[str, Span]] = []
    known = [o for o in sc.side if o.known] or sc.side
    actor1, assoc1 = _first_side(sc, known, spans)
    reciprocal = None
    if typing.event_type in VIOLENT_TYPES and _RECIPROCAL.search(doc.text[max(sent.start, typing.trigger.start - 40):sent.end]):
        # "Houthi and pro-Hadi forces exchanged fire": the subject holds both sides
        sides = _unique(o.name for o in known)
        if len(sides) >= 2:
            reciprocal = sides[1]
            assoc1 = [a for a in assoc1 if a not in sides[1:]]
    if actor1 and reciprocal is None:
        assoc1 += actor_lib.side_groups(sc.subject_text)
    operation = actor_lib.under_operation(actor1, sc.country, sc.on) if actor1 else None
    if operation:  # "Saudi forces" in Yemen act under the coalition's operation
        actor1, assoc1 = operation, [actor1] + assoc1
    # the other side: named after the subject ("pro-Hadi forces thwarted a Houthi attack")
    after = sc.subj[1] if sc.subj is not None and sc.subj[1] <= typing.trigger.start else typing.trigger.end
    other = [o for o in sc.orgs if o.start >= after and o not in sc.side]
    if reciprocal is not None:
        actor2, assoc2 = reciprocal, [o.name for o in other]
    elif other:
        actor2, assoc2 = other[0].name, [o.name for o in other[1:]]
        spans.append(("actor2", Span(other[0].start, other[0].end, other[0].text)))
    else:
        actor2, assoc2 = _victim(doc, sc.i, sc.tokens, typing, sc.country, on=sc.on, actor1=actor1), []
    return Actors(actor1, "; ".join(_unique(assoc1)), actor2, "; ".join(_unique(assoc2)), tuple(spans))


_CLAUSE_AFTER_HEAD = re.compile(r"\b(?:against|who|that|which|demonstrating|protesting|over|angry|denouncing|"
                                r"calling|condemning|demanding|opposed|opposing|in support|supporting)\b", re.I)
_STATE_PREFIXES = ("Military Forces of", "Police Forces of")
_RECIPROCAL = re.compile(r"\b(?:exchang(?:ed|ing) (?:\w+ ){0,3}?fire|clashed|fought|skirmished)\b", re.I)
_EMPLOYER_BEFORE = re.compile(r"\b(?:workers|employees|staff|cleaners|investors|customers|clients|contractors|"
                              r"students|teachers|doctors|nurses|retirees)\s+(?:of|at|from|for|working for|defrauded by|"
                              r"employed by)\s+(?:the\s+)?$|\bby\s+(?:the\s+)?$", re.I)


_ARMED = ("Military Forces of", "Police Forces of", "Unidentified Armed Group", "Rebel Group", "Militia",
          "Operation ", "Islamic State")
_ARMED_TARGET = re.compile(r"\b(?:checkpoints?|patrols?|convoys?|military (?:posts?|vehicles?|positions?|sites?|bases?)|"
                           r"positions|outposts?|barracks|forces|troops|soldiers|fighters|militants|militiamen|"
                           r"policemen|gendarmes|army)\b", re.I)
_TERRITORY = re.compile(r"\b(?:took|taken|take|takes|gained|gain|regained|seized|seize|assumed) (?:full |complete )?"
                        r"control\b|\b(?:recaptured|retook|overran)\b", re.I)


_CIVILIAN_TARGET = re.compile(r"\b(?:a|an|the|two|three|\d+)?\s*(?:[\w-]+\s+)?(?:man|men|woman|women|child|children|boy|girl|"
                              r"civilians?|activists?|journalists?|farmers?|shepherds?|residents?|villagers?|"
                              r"drivers?|pharmacists?|merchants?|sellers?|vendors?|family|families|passers?-?by|"
                              r"worshippers|students?|teachers?|doctors?|houses?|homes?)\b", re.I)


def _target_phrase(typing: Typing, text: str) -> str:
    """The words after the trigger, where ACLED's target is named ('opened fire at a checkpoint')."""
    at = text.find(typing.trigger.text)
    return text[at + len(typing.trigger.text):][:70] if at >= 0 else ""


def recode_by_sides(typing: Typing, actors: Actors, text: str) -> Typing:
    """ACLED codes some sub-types by who is involved: an attack on armed forces is an armed clash
    (an 'Attack' targets civilians), and territory taken in battle is 'Government regains
    territory' when state forces (or their units) take it, else 'Non-state actor overtakes territory'."""
    sub = typing.sub_event_type
    if sub == "Attack" and actors.actor1 and not actors.actor1.startswith("Civilians"):
        target = _target_phrase(typing, text)
        civilian = _CIVILIAN_TARGET.search(target)
        armed = _ARMED_TARGET.search(target)
        if (armed and (not civilian or armed.start() < civilian.start())) or (
                not civilian and actors.actor2.startswith(_ARMED)):
            sub = "Armed clash"
    if typing.event_type == "Battles" and _TERRITORY.search(text):
        sub = "Government regains territory" if actors.actor1.startswith(_STATE_PREFIXES) \
            else "Non-state actor overtakes territory"
    if sub == typing.sub_event_type:
        return typing
    return dataclasses.replace(typing, sub_event_type=sub, event_type=event_type_of(sub))


def _states_in(doc: Document, i: int, subj: tuple[int, int] | None, on: date | None) -> list[tuple[str, Span]]:
    """Countries that are the subject of an event ("Turkey and Russia conducted ..."), as ACLED's
    state forces of each."""
    if subj is None:
        return []
    out = []
    for p in doc.places:
        if p.mention.sent == i and p.feature == "country" and subj[0] <= p.mention.start and p.mention.end <= subj[1]:
            name = actor_lib.with_period(f"Military Forces of {p.country}", p.country, on)
            out.append((name, Span(p.mention.start, p.mention.end, p.mention.text)))
    return out


def _victim(doc: Document, i: int, tokens: Sequence[Token], typing: Typing, country: str, default: str = "",
            on: date | None = None, actor1: str = "") -> str:
    """The target: a passive subject ("four civilians were killed"), else what follows the trigger."""
    sent = doc.sentences[i]
    phrases = [doc.text[a:b] for a, b in actor_lib.passive_subjects(tokens, i)]
    phrases.append(doc.text[typing.trigger.end:sent.end][:80])
    for phrase in phrases:
        generic = actor_lib.generic_actor(phrase, actor_lib.demonym_country(phrase) or country, on)
        if generic and generic[0] != actor1:
            return generic[0]
    return default


def _unique(names) -> list[str]:
    seen: list[str] = []
    for name in names:
        if name not in seen:
            seen.append(name)
    return seen


def size_for(sent: Span, typing: Typing, place: Place) -> Count | None:
    """The crowd count nearest to the event's place in its sentence (protests and riots only)."""
    if typing.event_type not in ("Protests", "Riots"):
        return None
    counts = crowd_sizes(sent.text, offset=sent.start)
    if not counts:
        return None
    return min(counts, key=lambda c: min(abs(c.start - place.mention.end), abs(place.mention.start - c.end)))


def fatalities_for(sent: Span, typing: Typing, skip_to: int = 0) -> Count | None:
    if typing.event_type == "Protests" and typing.sub_event_type != "Excessive force against protesters":
        return None
    if typing.event_type == "Strategic developments":
        return None
    start = max(sent.start, skip_to)  # never count in the dateline ("May 2, 2020 - Four ...")
    return fatalities(sent.text[start - sent.start:], offset=start)


def source_is_party(source: str | None, actors: Actors, sentence: str = "") -> bool:
    """The source names itself among the event's actors or in the sentence reporting the event
    (a group reporting its own or its members' actions)."""
    if not source:
        return False
    names = " ".join((actors.actor1, actors.assoc_actor_1, actors.actor2, actors.assoc_actor_2, sentence)).lower()
    parts = [p for p in re.split(r"[/,;:()]|\s+-\s+", source.lower()) if len(p.strip()) >= 2]
    return any(re.search(rf"(?<![\w]){re.escape(p.strip())}(?![\w])", names) for p in parts)


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
