"""Geoparsing without the event stages: text -> place mentions -> Places.

- `geoparse_text(text)` detects and resolves toponyms in exactly the given text (no cleaning, so
  offsets index that text: this is what the evaluation needs).
- `resolve_spans(text, spans)` resolves given spans only (no detection): geoparsers are compared
  on gold toponyms this way.
- `resolve_with_focus(...)` resolves a corpus twice, the second time with each source's usual
  states (source_focus.py): a local paper's "Dublin" is the town it covers.
- `geoparse_paths(paths)` reads the same inputs as `extract`; a JSONL line may carry
  `"spans": [[start, end], ...]`, which are then resolved as given against its text.
"""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Mapping, Sequence

from .errors import InputError
from .actors import home_countries
from .georank import resolve_mentions
from .model import Document, Mention, Place, Span, new_document
from .pipeline import Context, get_pipeline
from .resources import gazetteer_for
from .settings import Settings
from .source_focus import Region, SourceFocus, as_document_focus, document_regions
from .sources import JSONL_SUFFIXES, ReadOptions, expand, iter_documents, parse_date, source_key
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


@dataclass(frozen=True, slots=True)
class Detected:
    """The toponym mentions of one text, before resolution (resolution can then run twice)."""
    text: str
    mentions: tuple[Mention, ...]  # places, demonyms and embedded places, in text order
    streets: tuple[Mention, ...] = ()
    anchor: Span | None = None
    given_order: bool = False  # gold spans: places come back in the order the spans were given


def detect_toponyms(text: str, *, settings: Settings, doc_id: str | None = None) -> Detected:
    """Run the detection stages on exactly `text` (offsets index `text` itself)."""
    settings = geo_settings(settings)
    ctx = Context(settings)
    doc = dataclasses.replace(new_document(text, doc_id=doc_id), text=text)
    for name in GEO_STAGES[:-1]:
        doc = get_stage(name).run(doc, ctx)
    return Detected(text, tuple(m for m in doc.mentions if m.label in ("PLACE", "DEMONYM", "EMBEDDED")),
                    tuple(m for m in doc.mentions if m.label == "STREET"),
                    doc.anchor.place if doc.anchor is not None else None)


def gold_toponyms(text: str, spans: Iterable[tuple[int, int]]) -> Detected:
    """Given character spans (gold toponyms) as mentions, in the given order."""
    mentions = []
    for start, end in spans:
        start, end = int(start), int(end)
        if not 0 <= start < end <= len(text):
            raise InputError(f"span [{start}, {end}] is outside the text ({len(text)} chars)", code="BAD_SPAN")
        mentions.append(Mention(start, end, text[start:end], "PLACE", "gold"))
    return Detected(text, tuple(mentions), given_order=True)


def resolve_detected(found: Detected, *, settings: Settings,
                     focus: Mapping[Region, float] | None = None) -> tuple[Place, ...]:
    """One Place per mention; streets are reported as finer than the gazetteer, never guessed."""
    places = resolve_mentions(found.text, list(found.mentions), gazetteer_for(settings), settings=settings,
                              anchor=found.anchor, focus=focus, groups=home_countries(found.text))
    if found.given_order:
        return tuple(places)
    places += [Place(m, reason="street or road: finer than the gazetteer") for m in found.streets]
    return tuple(sorted(places, key=lambda p: (p.mention.start, p.mention.end)))


def geoparse_text(text: str, *, settings: Settings, doc_id: str | None = None,
                  focus: Mapping[Region, float] | None = None) -> tuple[Place, ...]:
    """Detect and resolve the toponyms of `text` (offsets index `text` itself)."""
    return resolve_detected(detect_toponyms(text, settings=settings, doc_id=doc_id), settings=settings, focus=focus)


def resolve_spans(text: str, spans: Iterable[tuple[int, int]], *, settings: Settings,
                  focus: Mapping[Region, float] | None = None) -> tuple[Place, ...]:
    """Resolve exactly these character spans of `text` (gold toponyms), in the given order."""
    return resolve_detected(gold_toponyms(text, spans), settings=settings, focus=focus)


def resolve_with_focus(found: Sequence[tuple[str, str | None, Detected]], *,
                       settings: Settings) -> list[tuple[Place, ...]]:
    """Resolve (doc_id, source, detected) twice: once alone, then with the focus its source's
    other documents show (source_focus.py). Without a focus the first result stays."""
    gaz = gazetteer_for(settings)
    first = [resolve_detected(d, settings=settings) for _, _, d in found]
    sources = SourceFocus()
    for (doc_id, source, _), places in zip(found, first):
        sources.add(source, doc_id, document_regions(places, gaz))
    out = []
    for (doc_id, source, d), places in zip(found, first):
        focus = sources.focus(source, exclude=doc_id)
        out.append(resolve_detected(d, settings=settings, focus=focus) if focus else places)
    return out


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


def geoparse_paths(paths: Iterable[str], *, settings: Settings, opts: ReadOptions | None = None,
                   source_focus: bool = False) -> Iterator[tuple[Document, str, tuple[Place, ...]]]:
    """(document, doc_id, places) for every input; JSONL lines with spans skip detection.
    `source_focus` holds every result until the end, then has the geocode stage read each
    document again with its source's usual states (source_focus.py)."""
    opts = opts or ReadOptions(max_bytes=settings.max_input_bytes)
    results = _geoparse_paths(paths, settings=settings, opts=opts)
    yield from _refocused(list(results), settings=settings) if source_focus else results


def _geoparse_paths(paths: Iterable[str], *, settings: Settings, opts: ReadOptions):
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


def _refocused(results: list[tuple[Document, str, tuple[Place, ...]]], *, settings: Settings):
    """The same results, each document's places read again with the focus of its source
    (rejected documents have no places: they stay)."""
    sources = SourceFocus()
    for doc, doc_id, _ in results:
        if not doc.rejected:
            sources.add(source_key(doc.source, doc.url)[0], doc_id, frozenset(doc.regions))
    ctx = Context(geo_settings(settings))
    for doc, doc_id, places in results:
        focus = sources.focus(source_key(doc.source, doc.url)[0], exclude=doc_id)
        if focus and not doc.rejected:
            if doc.stages:  # detected by the pipeline: its geocode stage reads again
                doc = get_stage("geocode").run(dataclasses.replace(doc, focus=as_document_focus(focus)), ctx)
                places = doc.places
            else:  # a line of gold spans: the same spans, in their order
                places = resolve_detected(Detected(doc.text, doc.mentions, given_order=True), settings=settings,
                                          focus=focus)
        yield doc, doc_id, places


def _gold_span_document(body: str, record: dict, doc_id: str, *, settings: Settings):
    """A JSONL line with "spans": exactly those spans resolved, kept with its source for the focus."""
    found = gold_toponyms(body, record["spans"])
    places = resolve_detected(found, settings=settings)
    doc = dataclasses.replace(new_document(body, doc_id=doc_id, source=record.get("source"), url=record.get("url")),
                              text=body, mentions=found.mentions, places=places,
                              regions=tuple(sorted(document_regions(places, gazetteer_for(settings)))))
    return doc, doc_id, places


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
                yield _gold_span_document(body, record, doc_id, settings=settings)
                continue
            doc = new_document(body, doc_id=doc_id, raw_format="html" if "html" in record and "text" not in record else "text",
                               publication_date=parse_date(record.get("date")), source=record.get("source"),
                               url=record.get("url"))
            doc = pipeline(doc)
            yield doc, doc_id, doc.places
