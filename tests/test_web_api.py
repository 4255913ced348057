"""The JSON API of `dateline serve`, against a real server process on a real DuckDB store built
by the real pipeline (`dateline ingest`)."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import urllib.parse

import pytest

from web_fixtures import HOSTILE_SCRIPT, build_store, file_digest, start_server, stop_server
from conftest import REPO

pytestmark = pytest.mark.slow

SAMPLE_COUNTRIES = {"Chile", "Nigeria", "Syria", "Kenya", "India"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("web-api"))
    digest = file_digest(db)
    srv = start_server(db)
    srv.digest = digest
    yield srv
    stop_server(srv)


def all_events(server, **params):
    status, _, body = server.get("/api/events", {"limit": 500, **params})
    assert status == 200, body
    assert body["total"] == len(body["events"])
    return body["events"]


def mombasa(server, view="merged"):
    return [e for e in all_events(server, view=view) if e["location"] == "Mombasa"]


def test_events_cover_the_sample_and_merge_the_two_mombasa_reports(server):
    merged = all_events(server)
    reports = all_events(server, view="reports")
    assert {e["country"] for e in merged} >= SAMPLE_COUNTRIES
    assert sum(e["n_reports"] for e in merged) == len(reports) > len(merged)
    (event,) = mombasa(server)
    assert event["n_reports"] == 2 and event["corroboration"] == 2
    assert len(mombasa(server, view="reports")) == 2
    for e in merged:
        assert set(e) >= {"event_id", "event_date", "event_type", "location", "latitude", "longitude",
                          "corroboration", "n_reports"}


def test_paging_covers_every_event_once_in_order(server):
    total = len(all_events(server))
    seen, offset = [], 0
    while True:
        status, _, page = server.get("/api/events", {"limit": 3, "offset": offset})
        assert status == 200 and page["total"] == total and page["limit"] == 3
        if not page["events"]:
            break
        assert len(page["events"]) <= 3
        seen += page["events"]
        offset += 3
    assert len(seen) == total and len({e["event_id"] for e in seen}) == total
    dates = [e["event_date"] for e in seen]
    assert dates == sorted(dates, reverse=True)
    _, _, asc = server.get("/api/events", {"limit": 500, "sort": "event_date"})
    assert [e["event_date"] for e in asc["events"]] == sorted(dates)


@pytest.mark.parametrize("params, check", [
    ({"country": "Chile"}, lambda e: e["country"] == "Chile"),
    ({"country": "chl"}, lambda e: e["iso3"] == "CHL"),
    ({"event_type": "protests"}, lambda e: e["event_type"] == "Protests"),
    ({"actor": "police"}, lambda e: "police" in (e["actor1"] + e["actor2"] + e["assoc_actor_1"]
                                                 + e["assoc_actor_2"]).lower()),
    ({"date_from": "2023-01-01", "date_to": "2023-12-31"}, lambda e: e["event_date"].startswith("2023")),
    ({"min_corroboration": 2}, lambda e: e["corroboration"] >= 2),
])
def test_filters_return_exactly_the_matching_events(server, params, check):
    everything = all_events(server)
    matching = all_events(server, **params)
    assert matching, params
    assert all(check(e) for e in matching)
    assert {e["event_id"] for e in matching} == {e["event_id"] for e in everything if check(e)}


def test_source_filter_finds_a_merged_event_by_any_of_its_sources(server):
    for name in ("Harbour Daily", "coast observer"):
        found = all_events(server, source=name)
        assert [e["location"] for e in found] == ["Mombasa"], name
    assert all_events(server, source="No Such Paper") == []


def test_one_event_has_every_field_evidence_document_and_merged_reports(server):
    (event,) = mombasa(server)
    status, _, detail = server.get(f"/api/events/{event['event_id']}")
    assert status == 200
    text = detail["document"]["text"]
    fields = {span["field"] for span in detail["evidence"]}
    assert {"sentence", "location", "event_type", "date"} <= fields
    for span in detail["evidence"]:
        assert text[span["start"]:span["end"]] == span["text"]
    assert detail["merged"]["corroboration"] == 2 and detail["merged"]["n_reports"] == 2
    assert len(detail["reports"]) == 2 and detail["reports_total"] == 2
    assert {r["source"] for r in detail["reports"]} == {"Coast Observer", "Harbour Daily"}
    for report in detail["reports"]:
        doc_text = report["document"]["text"]
        assert report["evidence"] and all(doc_text[s["start"]:s["end"]] == s["text"] for s in report["evidence"])
    assert detail["map_id"] == detail["merged"]["representative_id"]
    for key in ("event_type", "sub_event_type", "actor1", "country", "admin1", "latitude", "geo_precision",
                "fatalities", "source", "notes", "confidence", "sentence_start", "trigger_start"):
        assert key in detail["event"], key


def test_article_text_comes_back_verbatim_as_json_data(server):
    reports = mombasa(server, view="reports")
    texts = [server.get(f"/api/events/{r['event_id']}")[2]["document"]["text"] for r in reports]
    assert any(HOSTILE_SCRIPT in t for t in texts)


def test_geojson_is_a_point_feature_collection_of_the_filtered_events(server):
    status, headers, geo = server.get("/api/geojson", {"country": "Kenya"})
    assert status == 200 and headers["content-type"].startswith("application/json")
    assert geo["type"] == "FeatureCollection" and geo["truncated"] is False
    kenya = all_events(server, country="Kenya")
    assert {f["id"] for f in geo["features"]} == {e["event_id"] for e in kenya}
    for feature in geo["features"]:
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert 33 < lon < 42 and -5 < lat < 5  # Kenya
        assert feature["properties"]["country"] == "Kenya"
    _, _, one = server.get("/api/geojson", {"limit": 1})
    assert len(one["features"]) == 1 and one["truncated"] is True


def test_stats_count_by_country_type_and_day(server):
    status, _, stats = server.get("/api/stats")
    assert status == 200
    total = len(all_events(server))
    assert stats["events"] == total
    assert sum(r["n"] for r in stats["by_country"]) == total
    assert sum(r["n"] for r in stats["by_type"]) == total
    assert sum(r["n"] for r in stats["per_day"] if r["key"]) == sum(1 for e in all_events(server) if e["event_date"])
    assert stats["date_min"] <= stats["date_max"]
    by_day: dict[str, int] = {}
    for row in stats["per_day_type"]:
        by_day[row["date"]] = by_day.get(row["date"], 0) + row["n"]
    assert by_day == {r["key"]: r["n"] for r in stats["per_day"] if r["key"]}
    assert {r["event_type"] for r in stats["per_day_type"]} <= {r["key"] for r in stats["by_type"]}
    _, _, chile = server.get("/api/stats", {"country": "Chile"})
    assert [r["key"] for r in chile["by_country"]] == ["Chile"]


def test_openapi_documents_every_endpoint_and_parameter(server):
    status, _, spec = server.get("/api/openapi.json")
    assert status == 200 and spec["openapi"].startswith("3.")
    assert set(spec["paths"]) >= {"/api/events", "/api/events/{event_id}", "/api/geojson", "/api/stats"}
    names = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert names >= {"date_from", "date_to", "country", "event_type", "actor", "source", "min_corroboration",
                     "limit", "offset", "sort"}
    status, headers, page = server.get("/api/docs")
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert "GET /api/events/{event_id}" in page and "min_corroboration" in page


@pytest.mark.parametrize("params, parameter", [
    ({"limit": "abc"}, "limit"),
    ({"limit": 0}, "limit"),
    ({"limit": 100000}, "limit"),
    ({"offset": -1}, "offset"),
    ({"date_from": "2024-13-01"}, "date_from"),
    ({"date_to": "yesterday"}, "date_to"),
    ({"date_from": "2024-02-01", "date_to": "2024-01-01"}, "date_from"),
    ({"min_corroboration": "-1"}, "min_corroboration"),
    ({"min_corroboration": "1.5"}, "min_corroboration"),
    ({"sort": "event_date; DROP TABLE events"}, "sort"),
    ({"view": "all"}, "view"),
    ({"colour": "red"}, "colour"),
    ([("country", "Chile"), ("country", "Kenya")], "country"),
    ({"actor": "x" * 500}, "actor"),
])
def test_bad_parameters_get_400_with_a_message(server, params, parameter):
    status, headers, body = server.get("/api/events", params)
    assert status == 400, (params, body)
    assert headers["content-type"].startswith("application/json")
    assert body["error"]["parameter"] == parameter and body["error"]["message"]


@pytest.mark.parametrize("path, params, parameter", [
    ("/api/geojson", {"date_from": "2024-1-1"}, "date_from"),
    ("/api/geojson", {"limit": 10001}, "limit"),
    ("/api/geojson", {"offset": 5}, "offset"),
    ("/api/stats", {"min_corroboration": "many"}, "min_corroboration"),
    ("/api/stats", {"limit": 5}, "limit"),
    ("/api/events/abc", {"limit": 5}, "limit"),
])
def test_every_endpoint_checks_its_parameters(server, path, params, parameter):
    status, _, body = server.get(path, params)
    assert status == 400 and body["error"]["parameter"] == parameter, body


def test_unknown_event_and_unknown_route_get_json_404(server):
    status, _, body = server.get("/api/events/0000000000000000")
    assert status == 404 and "no event" in body["error"]["message"]
    status, _, body = server.get("/api/nothing-here")
    assert status == 404 and body["error"]["status"] == 404


@pytest.mark.parametrize("params", [
    {"country": "Chile' OR '1'='1"},
    {"actor": "'; DROP TABLE events; --"},
    {"event_type": "Protests\" OR 1=1 --"},
    {"source": "x') UNION SELECT * FROM documents --"},
])
def test_sql_injection_attempts_match_nothing_and_change_nothing(server, params):
    status, _, body = server.get("/api/events", params)
    assert status == 200 and body["total"] == 0 and body["events"] == []
    status, _, body = server.get("/api/events/" + urllib.parse.quote("x' OR '1'='1", safe=""))
    assert status == 404
    assert len(all_events(server)) > 10  # the tables are all still there


def test_page_is_served_with_a_strict_content_security_policy(server):
    status, headers, page = server.get("/")
    assert status == 200 and '<div id="map"' in page
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp
    assert headers["x-content-type-options"] == "nosniff"
    for asset in ("/static/app.js", "/static/vendor/leaflet/leaflet.js",
                  "/static/vendor/world/countries-110m.json"):
        assert server.get(asset)[0] == 200, asset


def test_images_may_come_only_from_the_configured_tile_host():
    from dateline.web.app import content_security_policy

    assert "img-src 'self' data:;" in content_security_policy("")
    csp = content_security_policy("https://{s}.tiles.example.org/{z}/{x}/{y}.png")
    assert "img-src 'self' data: https://*.tiles.example.org;" in csp
    assert "javascript" not in content_security_policy("javascript:alert(1)")


def test_vendored_files_match_their_recorded_checksums_and_the_page_uses_them():
    import hashlib

    vendor = REPO / "src" / "dateline" / "web" / "static" / "vendor"
    listed = {}
    for line in (vendor / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split(maxsplit=1)
        listed[name.removeprefix("./")] = digest
    assert {"leaflet/leaflet.js", "markercluster/leaflet.markercluster.js", "world/countries-110m.json"} <= set(listed)
    for name, digest in listed.items():
        assert hashlib.sha256((vendor / name).read_bytes()).hexdigest() == digest, name
    page = (vendor.parent / "index.html").read_text(encoding="utf-8")
    for ref in re.findall(r'(?:src|href)="(static/[^"]+)"', page):
        assert (vendor.parent / ref.removeprefix("static/")).is_file(), ref


def test_no_cdn_anywhere_in_the_page_or_our_scripts():
    static = REPO / "src" / "dateline" / "web" / "static"
    for path in [static / "index.html", *static.glob("*.js"), static / "app.css"]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", text), path
        assert not re.search(r"fetch\([\"']https?:", text), path


def test_the_server_never_writes_the_store(server):
    for path, params in [("/api/events", {"limit": 5}), ("/api/geojson", None), ("/api/stats", None),
                         ("/api/events", {"actor": "'; DELETE FROM events; --"})]:
        assert server.get(path, params)[0] == 200
    assert file_digest(server.db) == server.digest
    assert not server.db.with_name(server.db.name + ".wal").exists()


def test_a_store_locked_by_a_writer_gets_503_until_it_is_released(server, tmp_path):
    import duckdb

    copy = tmp_path / "copy.duckdb"
    shutil.copyfile(server.db, copy)
    other = start_server(copy)
    try:
        assert other.get("/api/stats")[0] == 200
        writer = duckdb.connect(str(copy))  # what `dateline ingest` holds while it runs
        try:
            status, _, body = other.get("/api/events")
            assert status == 503 and "busy" in body["error"]["message"]
        finally:
            writer.close()
        assert other.get("/api/events")[0] == 200
    finally:
        stop_server(other)


def test_serve_refuses_a_missing_store(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "dateline.cli", "serve", "--db", str(tmp_path / "none.duckdb"),
                           "--port", "0"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "no store" in proc.stderr
    assert not (tmp_path / "none.duckdb").exists()
