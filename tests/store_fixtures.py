"""Processed Documents built in code (realistic values) for the store, merge and export tests."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

from dateline.export import document_row
from dateline.model import (Anchor, Document, Event, Evidence, Mention, Place, Provenance, Rejection, Span,
                            new_document)

PIPELINE = "clean@1,anchor@1,nlp@1,places@1,geocode@1,events@1"
SETTINGS_HASH = "test0000settings"

CITIES = {
    "Nairobi": ("Kenya", "KE", "KEN", "Nairobi Area", -1.28333, 36.81667, 184745),
    "Kibera": ("Kenya", "KE", "KEN", "Nairobi Area", -1.31333, 36.78833, 7668905),  # ~5 km from Nairobi
    "Mombasa": ("Kenya", "KE", "KEN", "Mombasa", -4.05466, 39.66359, 186301),
    "Lagos": ("Nigeria", "NG", "NGA", "Lagos", 6.45407, 3.39467, 2332459),
}


def make_event(doc_text: str, doc_id: str, chash: str, *, city: str, sentence: str, trigger: str,
               event_type: str, sub_event_type: str, day: dt.date, actor1: str, actor2: str = "",
               source: str = "", source_is_party: bool = False, fatalities: int = 0,
               size: int | None = None) -> Event:
    country, cc, iso3, admin1, lat, lon, gid = CITIES[city]
    s0 = doc_text.index(sentence)
    sent = Span(s0, s0 + len(sentence), sentence)
    p0 = doc_text.index(city, s0)
    t0 = doc_text.index(trigger, s0)
    mention = Mention(p0, p0 + len(city), city, "PLACE", "gazetteer", 0)
    place = Place(mention, gid, city, "city", "PPLA", country, cc, iso3, admin1, "", lat, lon, 100000, 1, 0.9, "test")
    evidence = (Evidence("sentence", sent.start, sent.end, sentence),
                Evidence("location", mention.start, mention.end, city),
                Evidence("event_type", t0, t0 + len(trigger), trigger))
    key = f"{chash}|{gid}|{p0}|{sub_event_type}"
    return Event(
        event_id=hashlib.sha256(key.encode()).hexdigest()[:16], doc_id=doc_id, event_date=day,
        time_precision=1, event_type=event_type, sub_event_type=sub_event_type, actor1=actor1,
        actor2=actor2, place=place, fatalities=fatalities, size=size, source=source,
        source_is_party=source_is_party, notes=f"On {day}, {actor1}: {sub_event_type.lower()} in {city}.",
        confidence=0.8, trigger=Span(t0, t0 + len(trigger), trigger), evidence=evidence,
        provenance=Provenance(doc_id, sent, Span(mention.start, mention.end, city), gid, 1, tuple(PIPELINE.split(",")), 0.8),
    )


def protest_doc(doc_id: str, *, source: str, city: str = "Nairobi", day: dt.date = dt.date(2024, 3, 14),
                crowd: str = "Thousands of teachers", party: bool = False, event_type: str = "Protests",
                sub_event_type: str = "Peaceful protest", actor1: str = "Protesters (Kenya)",
                url: str | None = None) -> Document:
    """A processed report of one protest, as the pipeline would return it."""
    sentence = f"{crowd} marched through central {city} on Thursday to demand higher pay."
    text = f"{city.upper()}, {day:%B} {day.day}, {day.year} - {sentence} Police watched from a distance."
    doc = new_document(text + f"\n<!-- {doc_id} {source} -->", doc_id=doc_id, source=source, url=url,
                       publication_date=day)
    event = make_event(text, doc_id, doc.content_hash, city=city, sentence=sentence, trigger="marched",
                       event_type=event_type, sub_event_type=sub_event_type, day=day, actor1=actor1,
                       source=source, source_is_party=party, size=2000)
    return dataclasses.replace(
        doc, text=text, title=f"Teachers march in {city}", language="en",
        anchor=Anchor(place=Span(0, len(city), city.upper()), date=day),
        sentences=(Span(0, len(text), text),), events=(event,),
        rejections=(Rejection("events", "STALE", "background sentence", "candidate"),),
        stages=tuple(PIPELINE.split(",")),
    )


def rejected_doc(doc_id: str, code: str = "NOT_ENGLISH") -> Document:
    doc = new_document(f"Miles de personas marcharon ({doc_id}).", doc_id=doc_id)
    return dataclasses.replace(doc, rejections=(Rejection("clean", code, "share of English words 0.02"),))


def rows(*docs: Document) -> list[dict]:
    return [document_row(d, pipeline=PIPELINE, settings_hash=SETTINGS_HASH) for d in docs]


def snapshot(store) -> dict[str, list[tuple]]:
    """Every table of a store, wall-clock columns (documents.ingested_at) left out."""
    from dateline.store import TABLES

    out = {}
    for name in TABLES:
        table = store.table_rows(name)
        if name == "documents":
            cur = store.con.execute("SELECT * FROM documents LIMIT 0")
            cols = [d[0] for d in cur.description]
            cur.fetchall()
            i = cols.index("ingested_at")
            table = [row[:i] + row[i + 1:] for row in table]
        out[name] = table
    return out
