"""The DuckDB store on a real file: schema and migrations, atomic idempotent writes, reads, filters."""
from __future__ import annotations

import dataclasses
import datetime as dt

import duckdb
import pytest

from dateline.errors import StoreError
from dateline.merge import merge
from dateline.store import SCHEMA_VERSION, Filter, Store, migrations
from store_fixtures import protest_doc, rejected_doc, rows, snapshot


@pytest.fixture
def db(tmp_path):
    return tmp_path / "events.duckdb"


def _corpus():
    return [
        protest_doc("a1", source="Daily Ledger"),
        protest_doc("a2", source="The Metro Herald", crowd="Hundreds of teachers"),
        protest_doc("a3", source="Kenya Teachers Union", crowd="Union members", party=True),
        protest_doc("b1", source="Daily Ledger", city="Lagos", day=dt.date(2024, 5, 2),
                    actor1="Protesters (Nigeria)", crowd="Traders"),
        rejected_doc("x1"),
    ]


def test_new_store_has_every_migration(db):
    with Store(db) as store:
        assert store.version() == SCHEMA_VERSION == max(v for v, _, _ in migrations())
        tables = {r[0] for r in store.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"documents", "events", "evidence", "rejections", "sources", "merged_events",
            "merged_members", "merge_settings", "schema_version"} <= tables


def test_old_store_is_migrated_and_keeps_its_rows(db):
    version, description, sql = migrations()[0]
    con = duckdb.connect(str(db))
    con.execute(sql)
    con.execute("INSERT INTO schema_version (version, description) VALUES (?, ?)", [version, description])
    con.close()
    with Store(db) as store:  # version 1 has no merge tables: writing needs them
        store.write_rows(rows(protest_doc("a1", source="Daily Ledger")))
    con = duckdb.connect(str(db))
    con.execute("DELETE FROM schema_version WHERE version > 1")
    con.execute("DROP TABLE merged_members; DROP TABLE merged_events; DROP TABLE merge_settings")
    con.execute("ALTER TABLE documents DROP COLUMN regions; ALTER TABLE documents DROP COLUMN focus")
    con.close()
    with pytest.raises(StoreError, match="DL503"):
        Store(db, read_only=True)
    with Store(db) as store:
        assert store.version() == SCHEMA_VERSION
        assert store.count_events() == 1
        assert store.table_rows("merged_events") == []
        assert store.con.execute("SELECT regions, focus FROM documents").fetchall() == [("", "")]


def test_newer_store_is_refused(db):
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO schema_version (version, description) VALUES (?, 'future')", [SCHEMA_VERSION + 1])
    con.close()
    with pytest.raises(StoreError, match="DL504"):
        Store(db)


def test_write_is_idempotent_and_complete(db):
    with Store(db) as store:
        assert store.write_rows(rows(*_corpus())) == 5
        first = snapshot(store)
        store.write_rows(rows(*_corpus()))
        assert snapshot(store) == first
        assert len(first["documents"]) == 5
        assert len(first["events"]) == 4
        assert len(first["evidence"]) == 12
        assert len(first["rejections"]) == 5  # 4 candidate rejections + 1 document rejection
        docs = {r["doc_id"]: r for r in (store.document(h) for h, *_ in first["documents"])}
        assert docs["x1"]["status"] == "rejected" and docs["x1"]["n_events"] == 0
        assert docs["a1"]["status"] == "ok" and docs["a1"]["publication_date"] == dt.date(2024, 3, 14)
        keys = dict((k, n) for k, n, _ in store.table_rows("sources"))
        assert keys["metroherald"] == "The Metro Herald" and keys["unknown"] == "unknown"


def test_same_content_twice_in_a_batch_is_stored_once(db):
    doc = protest_doc("a1", source="Daily Ledger")
    twin = dataclasses.replace(doc, doc_id="copy-of-a1")
    with Store(db) as store:
        assert store.write_rows(rows(doc, twin)) == 1
        assert [r[1] for r in store.table_rows("documents")] == ["a1"]


def test_reprocessed_document_replaces_its_events(db):
    doc = protest_doc("a1", source="Daily Ledger")
    with Store(db) as store:
        store.write_rows(rows(doc))
        store.write_rows(rows(dataclasses.replace(doc, events=(), rejections=())))
        assert store.count_events() == 0
        assert store.table_rows("evidence") == [] and store.table_rows("rejections") == []
        assert len(store.table_rows("documents")) == 1


def test_failed_batch_leaves_the_store_unchanged(db):
    with Store(db) as store:
        store.write_rows(rows(protest_doc("a1", source="Daily Ledger")))
        before = snapshot(store)
        bad = rows(protest_doc("a2", source="Metro Herald"))
        bad[0]["events"][0]["event_type"] = None  # NOT NULL column: the insert fails mid-transaction
        with pytest.raises(duckdb.Error):
            store.write_rows(bad)
        assert snapshot(store) == before
        store.write_rows(rows(protest_doc("a2", source="Metro Herald")))  # the connection still works
        assert store.count_events() == 2


def test_read_only_store_refuses_writes_and_missing_files(db, tmp_path):
    with pytest.raises(StoreError, match="DL501"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    Store(db).close()
    with Store(db, read_only=True) as store:
        with pytest.raises(StoreError, match="DL505"):
            store.write_rows(rows(protest_doc("a1", source="Daily Ledger")))


def test_event_filters_and_paging(db, settings):
    with Store(db) as store:
        store.write_rows(rows(*_corpus()))
        merge(store, settings)
    with Store(db, read_only=True) as store:
        assert store.count_events() == 4
        assert store.count_events(Filter.of(country="KEN")) == 3
        assert store.count_events(Filter.of(country="nigeria")) == 1
        assert store.count_events(Filter.of(date_from="2024-04-01")) == 1
        assert store.count_events(Filter.of(date_from=dt.date(2024, 3, 14), date_to="2024-03-14")) == 3
        assert store.count_events(Filter.of(actor="(nigeria")) == 1
        assert store.count_events(Filter.of(source="ledger")) == 2
        assert store.count_events(Filter.of(event_type="Riots")) == 0
        # 3 reports of the Nairobi protest: 2 independent sources, the union is a party
        assert store.count_events(Filter.of(min_corroboration=2)) == 3
        assert store.count_events(Filter.parse(["corroboration>=2", "source_is_party=true"])) == 1
        page1 = store.events(limit=2, offset=0, order="event_date", descending=False)
        page2 = store.events(limit=2, offset=2, order="event_date", descending=False)
        ids = [e["event_id"] for e in page1 + page2]
        assert len(set(ids)) == 4
        assert page1[0]["event_date"] <= page2[-1]["event_date"]
        assert {"title", "url", "merged_id", "corroboration", "n_reports"} <= set(page1[0])


def test_one_event_with_evidence_document_and_merged_reports(db, settings):
    with Store(db) as store:
        store.write_rows(rows(*_corpus()))
        merge(store, settings)
        event_id = store.events(Filter.of(doc_id="a1"))[0]["event_id"]
        event = store.event(event_id)
    assert event["document"]["text"].startswith("NAIROBI, March 14, 2024 -")
    sentence = next(e for e in event["evidence"] if e["field"] == "sentence")
    assert event["document"]["text"][sentence["span_start"]:sentence["span_end"]] == sentence["text"]
    merged = event["merged"]
    assert merged["n_reports"] == 3 and merged["corroboration"] == 2
    assert {r["event_id"] for r in merged["reports"]} >= {event_id}
    assert all(r["reason"] for r in merged["reports"])
    with Store(db, read_only=True) as store:
        assert store.event("no-such-event") is None


@pytest.mark.parametrize("hostile", [
    "country=Kenya' OR '1'='1",
    "actor~'); DROP TABLE events; --",
    "source=x\" OR 1=1 --",
])
def test_filter_values_are_parameters(db, hostile):
    with Store(db) as store:
        store.write_rows(rows(*_corpus()))
        assert store.count_events(Filter.parse([hostile])) == 0
        assert store.count_events() == 4


@pytest.mark.parametrize("bad, code", [
    ("1=1", "DL521"), ("event_date;DROP TABLE events=1", "DL520"), ("country", "DL520"),
    ("fatalities~3", "DL522"), ("event_date>=yesterday", "DL523"), ("fatalities>=many", "DL523"),
])
def test_bad_filters_are_refused(bad, code):
    with pytest.raises(StoreError, match=code):
        Filter.parse([bad])


def test_sort_and_paging_are_checked(db):
    with Store(db) as store:
        with pytest.raises(StoreError, match="DL524"):
            store.events(order="event_date; DROP TABLE events")
        with pytest.raises(StoreError, match="DL525"):
            store.events(limit=10**6)


def test_stats(db, settings):
    with Store(db) as store:
        store.write_rows(rows(*_corpus()))
        merge(store, settings)
        stats = store.stats()
    assert stats["documents"] == 5 and stats["documents_rejected"] == 1
    assert stats["events"] == 4 and stats["merged_events"] == 2
    assert dict(stats["by_country"]) == {"Kenya": 3, "Nigeria": 1}
    assert dict(stats["by_month"]) == {"2024-03": 3, "2024-05": 1}
    assert dict(stats["per_day"]) == {dt.date(2024, 3, 14): 3, dt.date(2024, 5, 2): 1}
    assert dict(stats["rejections"]) == {"clean/NOT_ENGLISH": 1, "events/STALE": 4}


def test_store_in_use_by_another_process_is_a_clear_error(db):
    import subprocess
    import sys

    Store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); "
                               "print('open', flush=True); time.sleep(30)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match="DL506"):
            Store(db, read_only=True)
    finally:
        holder.kill()
        holder.wait()
    with Store(db, read_only=True) as store:  # free again once the writer is gone
        assert store.version() == SCHEMA_VERSION
