"""Geoparsing without the event stages: text -> place mentions -> Places.

- `geoparse_text(text)` detects and resolves toponyms in exactly the given text (no cleaning, so
  offsets index that text: this is what the evaluation needs).
- `resolve_spans(text, spans)` resolves given spans only (no detection): geoparsers are compared
  on gold toponyms this way.
- `geoparse_paths(paths)` reads the same inputs as `extract`; a JSONL line may carry
  `"spans": [[start, end], ...]`, which are then resolved as given against its text.
"""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any, Iterable, Iterator

from .errors import InputError
from .georank import resolve_mentions
from .model import Document, Mention, Place, new_document
from .pipeline import Context, get_pipeline
from .resources import gazetteer_for
from .settings import Settings
from .sources import JSONL_SUFFIXES, ReadOptions, expand, iter_documents, parse_date
from .stages import get_stage

GEO_STAGES = ("anchor", "nlp", "places", "geocode")


def geo_settings(settings: Settings) -> Settings:
    """The settings with the pipeline cut after geocode and every sentence parsed."""
    names = list(settings.pipeline)
    cut = names[: names.index("geocode") + 1] if "geocode" in names else list(GEO_STAGES)
    changes: dict[str, Any] = {"pipeline": tuple(cut)}
    if hasattr(settings, "nlp_scope"):
        changes["nlp_scope"] = "all"
    return dataclasses.replace(settings, **changes)


def geoparse_text(text: str, *, settings: Settings, doc_id: str | None = None) -> tuple[Place, ...]:
    """Detect and resolve the toponyms of `text` (offsets index `text` itself)."""
    settings = geo_settings(settings)
    ctx = Context(settings)
    doc = dataclasses.replace(new_document(text, doc_id=doc_id), text=text)
    for name in GEO_STAGES[:-1]:
        doc = get_stage(name).run(doc, ctx)
    mentions = [m for m in doc.mentions if m.label in ("PLACE", "DEMONYM", "EMBEDDED")]
    anchor = doc.anchor.place if doc.anchor is not None else None
    places = resolve_mentions(text, mentions, gazetteer_for(settings), settings=settings, anchor=anchor)
    # streets are toponyms finer than the gazetteer: reported, never guessed
    places += [Place(m, reason="street or road: finer than the gazetteer") for m in doc.mentions if m.label == "STREET"]
    return tuple(sorted(places, key=lambda p: (p.mention.start, p.mention.end)))


def resolve_spans(text: str, spans: Iterable[tuple[int, int]], *, settings: Settings) -> tuple[Place, ...]:
    """Resolve exactly these character spans of `text` (gold toponyms), in the given order."""
    mentions = []
    for start, end in spans:
        start, end = int(start), int(end)
        if not 0 <= start < end <= len(text):
            raise InputError(f"span [{start}, {end}] is outside the text ({len(text)} chars)", code="BAD_SPAN")
        mentions.append(Mention(start, end, text[start:end], "PLACE", "gold"))
    gaz = gazetteer_for(settings)
    return tuple(resolve_mentions(text, mentions, gaz, settings=settings))


def place_record(doc_id: str, place: Place) -> dict[str, Any]:
    """One output line of `dateline geoparse`."""
    m = place.mention
    return {
        "doc_id": doc_id, "start": m.start, "end": m.end, "text": m.text, "name": place.name,
        "geonameid": place.geonameid, "latitude": place.latitude, "longitude": place.longitude,
        "country_code": place.country_code, "iso3": place.iso3, "admin1": place.admin1,
        "feature_code": place.feature_code, "geo_precision": place.geo_precision,
        "confidence": place.confidence, "source": m.source, "reason": place.reason,
    }


def geoparse_paths(paths: Iterable[str], *, settings: Settings,
                   opts: ReadOptions | None = None) -> Iterator[tuple[Document | None, str, tuple[Place, ...]]]:
    """(document or None, doc_id, places) for every input; JSONL lines with spans skip detection."""
    opts = opts or ReadOptions(max_bytes=settings.max_input_bytes)
    plain: list[str] = []
    for item in expand(paths):
        if item != "-" and Path(item).suffix.lower() in JSONL_SUFFIXES:
            yield from _jsonl(Path(item), settings=settings, opts=opts)
        else:
            plain.append(str(item))
    if plain:
        pipeline = get_pipeline(geo_settings(settings))
        for doc in iter_documents(plain, opts):
            doc = doc if doc.rejected else pipeline(doc)
            yield doc, doc.doc_id, doc.places


def _jsonl(path: Path, *, settings: Settings, opts: ReadOptions):
    pipeline = get_pipeline(geo_settings(settings))
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            doc_id = f"{path.name}:{lineno}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{doc_id}: not JSON ({exc})", code="BAD_JSONL") from exc
            doc_id = str(record.get("id") or doc_id)
            body = record.get("text") if record.get("text") is not None else record.get("html")
            if not isinstance(body, str):
                raise InputError(f"{doc_id}: no 'text' or 'html' string", code="BAD_JSONL")
            if record.get("spans") is not None:
                yield None, doc_id, resolve_spans(body, record["spans"], settings=settings)
                continue
            doc = new_document(body, doc_id=doc_id, raw_format="html" if "html" in record and "text" not in record else "text",
                               publication_date=parse_date(record.get("date")), source=record.get("source"))
            doc = pipeline(doc)
            yield doc, doc_id, doc.places
