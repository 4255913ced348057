"""The processed-document record layout, and event exports (CSV, Parquet, GeoJSON, JSONL).

Document record layout (also the Parquet layout of `dateline load` partitions)
------------------------------------------------------------------------------
One row per processed input document, rejected ones included, with its events and rejections
nested, so that a row is a document's whole result and is written atomically. `document_row(doc,
pipeline=..., settings_hash=...)` builds the row from a processed Document; `DOCUMENT_SCHEMA` is
its pyarrow schema; `write_parts(rows, path)` writes a partition and `read_parts(paths)` reads
them back (a runner on Dask writes one file per partition; `dateline load` brings them in).

    content_hash      string   sha256 of the input (the store's key; see `document_key`)
    doc_id            string   input id (path, JSONL id, WARC record id)
    url, source       string   (nullable)
    source_key        string   normalised source the corroboration count compares
    title, language, raw_format, text (cleaned), status ("ok" | "rejected"),
    pipeline          string   "clean@1,anchor@1,..." (stage versions that produced the row)
    settings_hash     string   fingerprint of the settings that change results
    publication_date, anchor_date  date32 (nullable)      anchor_place string (nullable)
    n_events          int32
    events            list<struct>: event_id, seq, event_date (date32), time_precision (int8),
                      event_type, sub_event_type, actor1, assoc_actor_1, actor2, assoc_actor_2,
                      country, iso3, admin1, admin2, location, latitude, longitude (float64),
                      geo_precision (int8), geonameid (int64), source, source_key,
                      source_is_party (bool), fatalities (int32), size (int32), notes,
                      confidence (float64), trigger_start/_end, sentence_start/_end,
                      place_start/_end (int32), stages list<string>,
                      evidence list<struct<seq int32, field, span_start int32, span_end int32, text>>
    rejections        list<struct<seq int32, stage, code, detail, scope>>

Event exports
-------------
CSV and Parquet carry ACLED's columns in ACLED's order (`ACLED_COLUMNS`), then ours
(`EXTRA_COLUMNS`). ACLED columns we cannot fill from a news report (inter codes for actors we do
not type, region, admin3, source_scale) are present and empty. GeoJSON is a FeatureCollection of
Point features (RFC 7946, longitude first, WGS84) with the same properties; events without
coordinates are left out of it. JSONL has one flat event per line with its evidence spans.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from .actors import inter_code
from .errors import StoreError
from .model import Document, content_hash
from .source_focus import encode_focus, encode_regions
from .taxonomy import plover
from .sources import source_key  # noqa: F401  (part of this module's record layout API)

FORMATS = ("csv", "parquet", "geojson", "jsonl")
EMPTY_HASH = content_hash(b"")

_EVIDENCE = pa.struct([("seq", pa.int32()), ("field", pa.string()), ("span_start", pa.int32()),
                       ("span_end", pa.int32()), ("text", pa.string())])
_EVENT_FIELDS = [
    ("event_id", pa.string()), ("seq", pa.int32()), ("event_date", pa.date32()),
    ("time_precision", pa.int8()), ("event_type", pa.string()), ("sub_event_type", pa.string()),
    ("actor1", pa.string()), ("assoc_actor_1", pa.string()), ("actor2", pa.string()),
    ("assoc_actor_2", pa.string()), ("country", pa.string()), ("iso3", pa.string()),
    ("admin1", pa.string()), ("admin2", pa.string()), ("location", pa.string()),
    ("latitude", pa.float64()), ("longitude", pa.float64()), ("geo_precision", pa.int8()),
    ("geonameid", pa.int64()), ("source", pa.string()), ("source_key", pa.string()),
    ("source_is_party", pa.bool_()), ("fatalities", pa.int32()), ("size", pa.int32()),
    ("notes", pa.string()), ("confidence", pa.float64()), ("trigger_start", pa.int32()),
    ("trigger_end", pa.int32()), ("sentence_start", pa.int32()), ("sentence_end", pa.int32()),
    ("place_start", pa.int32()), ("place_end", pa.int32()), ("stages", pa.list_(pa.string())),
]
_REJECTION = pa.struct([("seq", pa.int32()), ("stage", pa.string()), ("code", pa.string()),
                        ("detail", pa.string()), ("scope", pa.string())])
DOCUMENT_FIELDS = [
    ("content_hash", pa.string()), ("doc_id", pa.string()), ("url", pa.string()),
    ("source", pa.string()), ("source_key", pa.string()), ("title", pa.string()),
    ("publication_date", pa.date32()), ("language", pa.string()), ("raw_format", pa.string()),
    ("text", pa.string()), ("status", pa.string()), ("n_events", pa.int32()),
    ("pipeline", pa.string()), ("settings_hash", pa.string()), ("anchor_date", pa.date32()),
    ("anchor_place", pa.string()), ("regions", pa.string()), ("focus", pa.string()),
]
# added after the first release: a partition written before them reads as "" (no focus learnt)
_LATER_FIELDS = {"regions", "focus"}
EVENT_COLUMNS = [name for name, _ in _EVENT_FIELDS]
DOCUMENT_COLUMNS = [name for name, _ in DOCUMENT_FIELDS]
DOCUMENT_SCHEMA = pa.schema(DOCUMENT_FIELDS + [
    ("events", pa.list_(pa.struct(_EVENT_FIELDS + [("evidence", pa.list_(_EVIDENCE))]))),
    ("rejections", pa.list_(_REJECTION)),
])


def document_key(doc: Document) -> str:
    """The store key: the content hash, or (for inputs with no content, e.g. an unreadable or
    empty file) a hash of the input id, so that distinct empty inputs stay distinct."""
    if doc.content_hash and doc.content_hash != EMPTY_HASH:
        return doc.content_hash
    return content_hash(f"input:{doc.doc_id}")


def document_row(doc: Document, *, pipeline: str, settings_hash: str) -> dict[str, Any]:
    """A processed Document as one record of the layout above."""
    key, _, _ = source_key(doc.source, doc.url)
    anchor = doc.anchor
    return {
        "content_hash": document_key(doc),
        "doc_id": doc.doc_id,
        "url": doc.url,
        "source": doc.source,
        "source_key": key,
        "title": doc.title or "",
        "publication_date": doc.publication_date,
        "language": doc.language or "",
        "raw_format": doc.raw_format,
        "text": doc.text,
        "status": "rejected" if doc.rejected else "ok",
        "n_events": len(doc.events),
        "pipeline": pipeline,
        "settings_hash": settings_hash,
        "anchor_date": anchor.date if anchor else None,
        "anchor_place": anchor.place.text if anchor and anchor.place else None,
        "regions": encode_regions(doc.regions),
        "focus": encode_focus({(c, a): share for c, a, share in doc.focus}),
        "events": _event_rows(doc, key),
        "rejections": [{"seq": i, "stage": r.stage, "code": r.code, "detail": r.detail, "scope": r.scope}
                       for i, r in enumerate(doc.rejections)],
    }


def _event_rows(doc: Document, key: str) -> list[dict[str, Any]]:
    rows, seen = [], set()
    for seq, event in enumerate(doc.events):
        if event.event_id in seen:  # ids hash (content, place, mention, type): keep the first
            continue
        seen.add(event.event_id)
        rec = event.to_record()
        prov = event.provenance
        row = {name: rec.get(name) for name in EVENT_COLUMNS if name in rec}
        row.update(
            seq=seq,
            event_date=event.event_date,
            source_key=key,
            trigger_start=event.trigger.start if event.trigger else None,
            trigger_end=event.trigger.end if event.trigger else None,
            sentence_start=prov.sentence.start if prov else None,
            sentence_end=prov.sentence.end if prov else None,
            place_start=prov.place_mention.start if prov and prov.place_mention else None,
            place_end=prov.place_mention.end if prov and prov.place_mention else None,
            stages=list(prov.stages) if prov else [],
            evidence=[{"seq": i, "field": e.field, "span_start": e.start, "span_end": e.end, "text": e.text}
                      for i, e in enumerate(event.evidence)],
        )
        rows.append(row)
    return rows


def write_parts(rows: Iterable[dict[str, Any]], path: str | Path) -> int:
    """Write document rows as one Parquet partition; returns the number of rows."""
    table = pa.Table.from_pylist(list(rows), schema=DOCUMENT_SCHEMA)
    pq.write_table(table, path, compression="zstd")
    return table.num_rows


def read_parts(paths: Iterable[str | Path], *, batch_rows: int = 256) -> Iterator[list[dict[str, Any]]]:
    """Document rows of Parquet partitions (files or folders of *.parquet), in batches, in a
    stable order (sorted file names). A file of another layout is a StoreError."""
    files: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            files.extend(sorted(path.rglob("*.parquet")))
        elif path.exists():
            files.append(path)
        else:
            raise StoreError(f"no such partition: {item}", code="DL510")
    for path in files:
        try:
            parquet = pq.ParquetFile(path)
        except (pa.ArrowInvalid, OSError) as exc:
            raise StoreError(f"{path}: not a Parquet file ({exc})", code="DL511") from exc
        present = set(parquet.schema_arrow.names)
        missing = set(DOCUMENT_SCHEMA.names) - present
        if missing - _LATER_FIELDS:
            raise StoreError(f"{path}: not a dateline partition (missing {sorted(missing)})", code="DL512")
        for batch in parquet.iter_batches(batch_size=batch_rows, columns=[n for n in DOCUMENT_SCHEMA.names if n in present]):
            table = pa.Table.from_batches([batch])
            for name in sorted(missing):
                table = table.append_column(name, pa.array([""] * table.num_rows, pa.string()))
            yield table.select(DOCUMENT_SCHEMA.names).cast(DOCUMENT_SCHEMA).to_pylist()


# --- event exports ----------------------------------------------------------------------------

ACLED_FIELDS = [
    ("event_id_cnty", pa.string()), ("event_date", pa.date32()), ("year", pa.int16()),
    ("time_precision", pa.int8()), ("disorder_type", pa.string()), ("event_type", pa.string()),
    ("sub_event_type", pa.string()), ("actor1", pa.string()), ("assoc_actor_1", pa.string()),
    ("inter1", pa.int8()), ("actor2", pa.string()), ("assoc_actor_2", pa.string()),
    ("inter2", pa.int8()), ("interaction", pa.int16()), ("civilian_targeting", pa.string()),
    ("iso", pa.int16()), ("region", pa.string()), ("country", pa.string()), ("admin1", pa.string()),
    ("admin2", pa.string()), ("admin3", pa.string()), ("location", pa.string()),
    ("latitude", pa.float64()), ("longitude", pa.float64()), ("geo_precision", pa.int8()),
    ("source", pa.string()), ("source_scale", pa.string()), ("notes", pa.string()),
    ("fatalities", pa.int32()), ("tags", pa.string()), ("timestamp", pa.int64()),
]
EXTRA_FIELDS = [
    ("iso3", pa.string()), ("geonameid", pa.int64()), ("size", pa.int32()),
    ("confidence", pa.float64()), ("source_is_party", pa.bool_()), ("merged_id", pa.string()),
    ("corroboration", pa.int32()), ("n_reports", pa.int32()), ("doc_id", pa.string()),
    ("url", pa.string()), ("title", pa.string()), ("publication_date", pa.date32()),
    ("evidence_sentence", pa.string()), ("stages", pa.string()), ("plover_event", pa.string()),
    ("plover_mode", pa.string()),
]
ACLED_COLUMNS = [name for name, _ in ACLED_FIELDS]
EXTRA_COLUMNS = [name for name, _ in EXTRA_FIELDS]
EXPORT_SCHEMA = pa.schema(ACLED_FIELDS + EXTRA_FIELDS)

_DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
             "Violence against civilians": "Political violence", "Protests": "Demonstrations",
             "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}
# ACLED's actor-type codes for the generic actor names dateline writes
def _iso_numeric(iso3: str) -> int | None:
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3) if iso3 else None
    return int(country.numeric) if country else None


def acled_row(rec: dict[str, Any]) -> dict[str, Any]:
    """A stored event (store.export_batches columns) as an export row: ACLED columns, then ours."""
    inter1, inter2 = inter_code(rec["actor1"], rec["country"]), inter_code(rec["actor2"], rec["country"])
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    interaction = codes[0] * 10 + (codes[1] if len(codes) > 1 else 0) if codes else None
    disorder = _DISORDER.get(rec["event_type"], "")
    if rec["sub_event_type"] == "Excessive force against protesters":
        disorder = "Political violence; Demonstrations"
    targeted = rec["event_type"] == "Violence against civilians" or rec["actor2"].startswith("Civilians")
    row = {
        "event_id_cnty": rec["event_id"], "year": rec["event_date"].year if rec["event_date"] else None,
        "disorder_type": disorder, "inter1": inter1, "inter2": inter2, "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if targeted else "", "iso": _iso_numeric(rec["iso3"]),
        "region": "", "admin3": "", "source_scale": "",
        "tags": f"crowd size=around {rec['size']}" if rec.get("size") else "",
        "timestamp": rec["ingested_epoch"], **plover(rec["sub_event_type"]),
    }
    for name in ACLED_COLUMNS + EXTRA_COLUMNS:
        if name not in row:
            row[name] = rec.get(name)
    return row


def export_tables(store, where=None, *, batch_rows: int = 10_000) -> Iterator[pa.Table]:
    """The export rows of `store` matching `where` (a store.Filter), as typed Arrow tables."""
    from .store import Filter

    reader = store.export_batches(where or Filter(), batch_rows=batch_rows)
    for batch in reader:
        rows = [acled_row(rec) for rec in batch.to_pylist()]
        yield pa.Table.from_pylist(rows, schema=EXPORT_SCHEMA)


def feature(row: dict[str, Any]) -> dict[str, Any] | None:
    """A GeoJSON Point Feature (RFC 7946) of an export row; None without coordinates."""
    if row.get("latitude") is None or row.get("longitude") is None:
        return None
    props = {k: (v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v) for k, v in row.items()
             if k not in ("latitude", "longitude")}
    return {"type": "Feature", "id": row["event_id_cnty"],
            "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
            "properties": props}


def export_events(store, fmt: str, out: IO[bytes] | str | Path, *, where=None) -> int:
    """Write the matching events of `store` to `out` (a path, or a binary stream for csv,
    geojson and jsonl) in `fmt`; returns the number of events written."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}", code="DL530")
    tables = export_tables(store, where)
    if fmt == "parquet":
        if not isinstance(out, (str, Path)):
            raise StoreError("Parquet needs an output file (-o FILE)", code="DL531")
        return _write_parquet(tables, out)
    stream = open(out, "wb") if isinstance(out, (str, Path)) else out
    try:
        writer = {"csv": _write_csv, "geojson": _write_geojson, "jsonl": _write_jsonl}[fmt]
        return writer(tables, stream, store)
    finally:
        if stream is not out:
            stream.close()


def _write_parquet(tables: Iterator[pa.Table], path: str | Path) -> int:
    n = 0
    with pq.ParquetWriter(path, EXPORT_SCHEMA, compression="zstd") as writer:
        for table in tables:
            writer.write_table(table)
            n += table.num_rows
    return n


def _write_csv(tables: Iterator[pa.Table], stream: IO[bytes], store) -> int:
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text)
    writer.writerow(EXPORT_SCHEMA.names)
    n = 0
    for table in tables:
        for row in table.to_pylist():
            writer.writerow(["" if v is None else _csv_value(v) for v in row.values()])
            n += 1
    text.flush()
    text.detach()
    return n


def _csv_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _write_geojson(tables: Iterator[pa.Table], stream: IO[bytes], store) -> int:
    stream.write(b'{"type": "FeatureCollection", "features": [\n')
    n = 0
    for table in tables:
        for row in table.to_pylist():
            feat = feature(row)
            if feat is None:
                continue
            stream.write((b",\n" if n else b"") + json.dumps(feat, ensure_ascii=False).encode("utf-8"))
            n += 1
    stream.write(b"\n]}\n")
    return n


def _write_jsonl(tables: Iterator[pa.Table], stream: IO[bytes], store) -> int:
    n = 0
    for table in tables:
        rows = table.to_pylist()
        evidence = store.evidence_for([r["event_id_cnty"] for r in rows])
        for row in rows:
            rec = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in row.items()}
            rec["evidence"] = evidence.get(row["event_id_cnty"], [])
            stream.write(json.dumps(rec, ensure_ascii=False).encode("utf-8") + b"\n")
            n += 1
    return n
