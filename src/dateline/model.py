"""Frozen, typed records that flow between pipeline stages.

Every character offset (`start`, `end`) indexes into `Document.text`, the cleaned article text.
Collections are tuples so that records are hashable, immutable and pickle cleanly (Dask,
multiprocessing). Stages return new records with `dataclasses.replace`.
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token:
    """A parsed token (only for the sentences the nlp stage parsed)."""

    i: int  # index in Document.tokens
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int  # index in Document.tokens
    ent_type: str
    sent: int  # index in Document.sentences


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text with a label: an entity, a toponym, a date, an actor, a number."""

    start: int
    end: int
    text: str
    label: str  # spaCy labels (GPE, LOC, ORG, PERSON, NORP, DATE, CARDINAL...) or PLACE, ACTOR
    source: str = "ner"  # ner | gazetteer | pattern | road (an end of "the A-B road") | dateline
    sent: int = -1  # index in Document.sentences, -1 if outside any


@dataclass(frozen=True, slots=True)
class Place:
    """A toponym and what it resolved to. `geonameid is None` is an explicit no-match."""

    mention: Mention
    geonameid: int | None = None
    name: str = ""  # gazetteer name, ACLED `location`
    feature: str = ""  # country | admin1 | admin2 | city | continent | region
    feature_code: str = ""  # GeoNames-style: PCLI, ADM1, PPLC, PPLA, PPL, CONT ...
    country: str = ""
    country_code: str = ""  # ISO 3166-1 alpha-2
    iso3: str = ""
    admin1: str = ""
    admin2: str = ""
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0
    geo_precision: int = 0  # ACLED: 1 town, 2 near/part of, 3 region/province
    confidence: float = 0.0
    reason: str = ""  # why this candidate (or why no match)
    # the gazetteer feature's own point (a province's, not its capital's; for geoparsing scores)
    feature_latitude: float | None = None
    feature_longitude: float | None = None

    @property
    def resolved(self) -> bool:
        return self.geonameid is not None


@dataclass(frozen=True, slots=True)
class Anchor:
    """The dateline ("Iran, Aug. 10, 2019 -"): place and date the article speaks from."""

    place: Span | None = None
    date: date | None = None
    date_span: Span | None = None
    end: int = 0  # where the dateline ends (its dash or colon included)
    agency: str = ""  # "(Reuters)": the wire the report came from


@dataclass(frozen=True, slots=True)
class Evidence:
    field: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Provenance:
    doc_id: str
    sentence: Span
    place_mention: Span | None
    geonameid: int | None
    geo_precision: int
    stages: tuple[str, ...]  # "name@version" of every stage applied
    confidence: float


@dataclass(frozen=True, slots=True)
class Event:
    """One event at one place, coded with ACLED's field names."""

    event_id: str
    doc_id: str
    event_date: date | None
    time_precision: int
    event_type: str
    sub_event_type: str
    actor1: str = ""
    assoc_actor_1: str = ""
    actor2: str = ""
    assoc_actor_2: str = ""
    place: Place | None = None
    fatalities: int = 0
    size: int | None = None
    source: str = ""
    source_is_party: bool = False
    notes: str = ""
    confidence: float = 0.0
    trigger: Span | None = None
    evidence: tuple[Evidence, ...] = ()
    provenance: Provenance | None = None

    def evidence_for(self, field: str) -> Evidence | None:
        """The first evidence given for a field ("sentence", "location", "fatalities" ...)."""
        return next((e for e in self.evidence if e.field == field), None)

    def to_record(self) -> dict[str, Any]:
        """The flat, JSON-ready record (stable field names, ACLED's where they exist)."""
        p = self.place or Place(Mention(0, 0, "", "PLACE"))
        return {
            "doc_id": self.doc_id,
            "event_id": self.event_id,
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "time_precision": self.time_precision,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "actor1": self.actor1,
            "assoc_actor_1": self.assoc_actor_1,
            "actor2": self.actor2,
            "assoc_actor_2": self.assoc_actor_2,
            "country": p.country,
            "iso3": p.iso3,
            "admin1": p.admin1,
            "admin2": p.admin2,
            "location": p.name,
            "latitude": p.latitude,
            "longitude": p.longitude,
            "geo_precision": p.geo_precision,
            "geonameid": p.geonameid,
            "source": self.source,
            "source_is_party": self.source_is_party,
            "fatalities": self.fatalities,
            "size": self.size,
            "notes": self.notes,
            "confidence": round(self.confidence, 3),
            "evidence": [dataclasses.asdict(e) for e in self.evidence],
            "provenance": _provenance_record(self.provenance),
        }


def _provenance_record(prov: Provenance | None) -> dict[str, Any] | None:
    if prov is None:
        return None
    rec = dataclasses.asdict(prov)
    rec["stages"] = list(prov.stages)
    return rec


@dataclass(frozen=True, slots=True)
class Rejection:
    """A document or candidate dropped by a stage: data, not an exception."""

    stage: str
    code: str
    detail: str
    scope: str = "document"  # document: the whole article is dropped | candidate: one mention or event


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    raw: str = ""  # the input as given (plain text or HTML)
    raw_format: str = "text"  # text | html
    content_hash: str = ""
    url: str | None = None
    source: str | None = None  # publisher or "Reported by X"
    publication_date: date | None = None
    title: str = ""
    text: str = ""  # cleaned article text; all spans index into it
    language: str = ""
    anchor: Anchor | None = None
    # (country, admin1 code, share): where the source's other documents report from, set by a
    # corpus run (source_focus.py); the geocode stage weighs readings there
    focus: tuple[tuple[str, str, float], ...] = ()
    regions: tuple[tuple[str, str], ...] = ()  # states of the confident places, read without focus
    sentences: tuple[Span, ...] = ()
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    places: tuple[Place, ...] = ()  # every toponym, resolved or explicit no-match
    events: tuple[Event, ...] = ()
    rejections: tuple[Rejection, ...] = ()
    stages: tuple[str, ...] = ()

    @property
    def rejected(self) -> bool:
        """True when a stage dropped the whole document (later stages are then skipped)."""
        return any(r.scope == "document" for r in self.rejections)


def content_hash(raw: str | bytes) -> str:
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
    return hashlib.sha256(data).hexdigest()


def new_document(
    raw: str,
    *,
    doc_id: str | None = None,
    raw_format: str = "text",
    url: str | None = None,
    source: str | None = None,
    publication_date: date | None = None,
) -> Document:
    """A Document before any stage ran. The id defaults to the content hash (stable)."""
    digest = content_hash(raw)
    return Document(
        doc_id=doc_id or digest[:16],
        raw=raw,
        raw_format=raw_format,
        content_hash=digest,
        url=url,
        source=source,
        publication_date=publication_date,
    )


class SentenceTokens(tuple):
    """The tokens of one sentence, indexable by their global `Token.i` (heads point there)."""

    __slots__ = ()

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice) or not self:
            return tuple.__getitem__(self, i)
        return tuple.__getitem__(self, i - tuple.__getitem__(self, 0).i)


def sentence_tokens(doc: Document, sent: int) -> SentenceTokens:
    return SentenceTokens(t for t in doc.tokens if t.sent == sent)
