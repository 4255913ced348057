"""Exports read back by DuckDB and pyarrow, GeoJSON checked against a schema; the Parquet document
layout round trip through `dateline load`."""
from __future__ import annotations

import datetime as dt
import json
import re

import duckdb
import jsonschema
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dateline.cli import main
from dateline.errors import StoreError
from dateline.export import (ACLED_COLUMNS, DOCUMENT_SCHEMA, EXTRA_COLUMNS, acled_row, export_events, read_parts,
                             source_key, write_parts)
from dateline.ingest import load
from dateline.merge import merge
from dateline.store import Filter, Store
from store_fixtures import protest_doc, rejected_doc, rows, snapshot

# RFC 7946 as QGIS reads it: a FeatureCollection of Point features, [longitude, latitude] in WGS84
POSITION = {"type": "array", "minItems": 2, "maxItems": 3,
            "prefixItems": [{"type": "number", "minimum": -180, "maximum": 180},
                            {"type": "number", "minimum": -90, "maximum": 90}]}
GEOJSON_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["type", "features"],
    "not": {"required": ["crs"]},
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {"type": "array", "items": {
            "type": "object",
            "required": ["type", "geometry", "properties", "id"],
            "properties": {
                "type": {"const": "Feature"},
                "id": {"type": "string"},
                "geometry": {"type": "object", "required": ["type", "coordinates"],
                             "properties": {"type": {"const": "Point"}, "coordinates": POSITION}},
                "properties": {"type": "object",
                               "required": ["event_id_cnty", "event_date", "event_type", "country"],
                               "additionalProperties": {"type": ["string", "number", "boolean", "null"]}},
            },
        }},
    },
}


@pytest.fixture
def store_path(tmp_path, settings):
    path = tmp_path / "events.duckdb"
    docs = [protest_doc("a1", source="Daily Ledger"),
            protest_doc("a2", source="Metro Herald", crowd="Hundreds of teachers", city="Kibera"),
            protest_doc("b1", source="Coastal Times", city="Lagos", day=dt.date(2024, 5, 2),
                        actor1="Protesters (Nigeria)", crowd="Traders, said \"enough\", and"),
            rejected_doc("x1")]
    with Store(path) as store:
        store.write_rows(rows(*docs))
        merge(store, settings)
    return path


def _export(store_path, fmt, out, where=()):
    with Store(store_path, read_only=True) as store:
        return export_events(store, fmt, out, where=Filter.parse(where))


def test_csv_has_acled_columns_in_order_and_reads_back(store_path, tmp_path):
    out = tmp_path / "events.csv"
    assert _export(store_path, "csv", out) == 3
    con = duckdb.connect()
    rel = con.sql(f"SELECT * FROM read_csv('{out}', header=true)")
    assert rel.columns == ACLED_COLUMNS + EXTRA_COLUMNS
    assert rel.columns[:8] == ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
                               "event_type", "sub_event_type", "actor1"]
    got = {r[0]: r for r in con.sql(
        f"SELECT location, iso, disorder_type, inter1, interaction, tags, latitude, corroboration, "
        f"evidence_sentence FROM read_csv('{out}', header=true)").fetchall()}
    lagos = got["Lagos"]
    assert lagos[1:6] == (566, "Demonstrations", 6, 60, "crowd size=around 2000")
    assert lagos[6] == pytest.approx(6.45407)
    assert got["Nairobi"][7] == 2  # Nairobi and Kibera (5 km) reports merged, two sources
    assert '"enough"' in lagos[8]  # quotes and commas survive
    plover = dict(con.sql(f"SELECT location, plover_event || '/' || plover_mode FROM read_csv('{out}', header=true)").fetchall())
    assert plover["Lagos"] == "PROTEST/demonstrate"  # PLOVER's event and mode, from taxonomy.json


def test_parquet_has_proper_types(store_path, tmp_path):
    out = tmp_path / "events.parquet"
    assert _export(store_path, "parquet", out) == 3
    table = pq.read_table(out)
    schema = table.schema
    assert schema.names == ACLED_COLUMNS + EXTRA_COLUMNS
    assert schema.field("event_date").type == pa.date32()
    assert schema.field("latitude").type == pa.float64()
    assert schema.field("fatalities").type == pa.int32()
    assert schema.field("source_is_party").type == pa.bool_()
    assert schema.field("corroboration").type == pa.int32()
    assert sorted(table.column("event_date").to_pylist()) == [dt.date(2024, 3, 14)] * 2 + [dt.date(2024, 5, 2)]
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}') WHERE country = 'Kenya'").fetchall() == [(2,)]


def test_geojson_is_valid_for_qgis(store_path, tmp_path):
    out = tmp_path / "events.geojson"
    assert _export(store_path, "geojson", out) == 3
    data = json.loads(out.read_text("utf-8"))
    jsonschema.validate(data, GEOJSON_SCHEMA)
    by_place = {f["properties"]["location"]: f["geometry"]["coordinates"] for f in data["features"]}
    assert by_place["Lagos"] == pytest.approx([3.39467, 6.45407])  # longitude first
    assert len({f["id"] for f in data["features"]}) == 3


def test_geojson_schema_rejects_swapped_or_broken_features():
    bad_point = {"type": "FeatureCollection", "features": [{
        "type": "Feature", "id": "x", "geometry": {"type": "Point", "coordinates": [6.4, 183.0]},
        "properties": {"event_id_cnty": "x", "event_date": "2024-01-01", "event_type": "Riots", "country": "X"}}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad_point, GEOJSON_SCHEMA)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"type": "FeatureCollection"}, GEOJSON_SCHEMA)


def test_jsonl_reads_back_with_evidence(store_path, tmp_path):
    out = tmp_path / "events.jsonl"
    assert _export(store_path, "jsonl", out) == 3
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    for rec in lines:
        fields = {e["field"] for e in rec["evidence"]}
        assert {"sentence", "location", "event_type"} <= fields
    count = duckdb.sql(f"SELECT count(*) FROM read_json('{out}', format='newline_delimited')").fetchall()
    assert count == [(3,)]


def test_empty_exports_are_still_valid(store_path, tmp_path):
    out = tmp_path / "none.geojson"
    assert _export(store_path, "geojson", out, ["country=Chile"]) == 0
    jsonschema.validate(json.loads(out.read_text("utf-8")), GEOJSON_SCHEMA)
    csv_out = tmp_path / "none.csv"
    assert _export(store_path, "csv", csv_out, ["country=Chile"]) == 0
    assert csv_out.read_text("utf-8").strip().split(",") == ACLED_COLUMNS + EXTRA_COLUMNS


def test_cli_export_where(store_path, tmp_path, capsys):
    out = tmp_path / "ng.csv"
    code = main(["export", "--db", str(store_path), "--format", "csv", "--where", "country=Nigeria",
                 "--where", "event_date>=2024-05", "-o", str(out)])
    assert code == 0
    assert duckdb.sql(f"SELECT location FROM read_csv('{out}')").fetchall() == [("Lagos",)]
    assert main(["export", "--db", str(store_path), "--format", "csv", "--where", "1=1; DROP TABLE events"]) == 2
    assert "DL521" in capsys.readouterr().err
    assert main(["export", "--db", str(store_path), "--format", "parquet"]) == 2  # needs -o


def test_source_keys_group_names_and_hosts():
    assert source_key("The Guardian", None)[0] == source_key(None, "https://www.guardian.co.uk/x")[0]
    assert source_key("Reported by Reuters", None)[:2] == ("reuters", "Reuters")
    assert source_key(None, None) == ("unknown", "unknown", "unknown")
    assert source_key("Daily Ledger", None)[0] != source_key("Metro Herald", None)[0]


def test_document_parts_load_into_the_same_store(tmp_path, settings):
    docs = [protest_doc("a1", source="Daily Ledger"), protest_doc("a2", source="Metro Herald"),
            rejected_doc("x1")]
    parts = tmp_path / "parts"
    parts.mkdir()
    assert write_parts(rows(*docs[:2]), parts / "part-0.parquet") == 2
    assert write_parts(rows(docs[2]), parts / "part-1.parquet") == 1
    assert pq.read_schema(parts / "part-0.parquet").equals(DOCUMENT_SCHEMA)
    assert [r["doc_id"] for batch in read_parts([parts]) for r in batch] == ["a1", "a2", "x1"]

    direct, loaded = tmp_path / "direct.duckdb", tmp_path / "loaded.duckdb"
    with Store(direct) as store:
        store.write_rows(rows(*docs))
        merge(store, settings)
    report = load([str(parts)], loaded, settings=settings)
    assert (report.processed, report.events, report.rejected) == (3, 2, 1)
    assert main(["load", str(parts), "--db", str(loaded), "--no-progress"]) == 0  # again: adds nothing
    with Store(direct, read_only=True) as a, Store(loaded, read_only=True) as b:
        assert snapshot(a) == snapshot(b)


def test_parts_of_another_layout_are_refused(tmp_path):
    bad = tmp_path / "other.parquet"
    pq.write_table(pa.table({"x": [1]}), bad)
    with pytest.raises(StoreError, match="DL512"):
        list(read_parts([bad]))


def test_cli_stats(store_path, capsys):
    assert main(["stats", "--db", str(store_path)]) == 0
    out = capsys.readouterr().out
    assert "documents: 4 (3 ok, 1 rejected)" in out and "events: 3  merged events: 2" in out
    assert re.search(r"Kenya\s+2", out) and re.search(r"2024-03\s+2", out) and "clean/NOT_ENGLISH" in out
    assert main(["stats", "--db", str(store_path), "--json", "--where", "country=NGA"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["events"] == 1 and data["by_country"] == [["Nigeria", 1]]


def test_acled_rows_carry_the_inter_codes_of_named_groups_and_foreign_forces():
    rec = {"event_id": "x1", "event_date": dt.date(2020, 5, 6), "event_type": "Battles", "sub_event_type": "Armed clash",
           "actor1": "Military Forces of Turkey (2016-)", "actor2": "QSD: Syrian Democratic Forces", "country": "Syria",
           "iso3": "SYR", "size": None, "ingested_epoch": 0}
    row = acled_row(rec)
    assert (row["inter1"], row["inter2"], row["interaction"]) == (8, 2, 28)  # ACLED: external force vs rebels
