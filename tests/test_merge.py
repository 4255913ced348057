"""Merging reports of the same event: rules, corroboration, explanations, re-runs with other thresholds."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dateline.cli import main
from dateline.geo import km as haversine_km
from dateline.merge import actors_agree, compare, merge
from dateline.store import Filter, Store
from store_fixtures import protest_doc, rows

DAY = dt.date(2024, 3, 14)


def _event(**kw):
    base = {"event_id": "e1", "content_hash": "h1", "event_date": DAY, "event_type": "Protests",
            "sub_event_type": "Peaceful protest", "actor1": "Protesters (Kenya)", "actor2": "",
            "location": "Nairobi", "latitude": -1.28333, "longitude": 36.81667, "geonameid": 184745}
    base.update(kw)
    return base


def test_haversine():
    assert haversine_km(-1.28333, 36.81667, -1.31333, 36.78833) == pytest.approx(4.57, abs=0.05)
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.19, abs=0.1)


@pytest.mark.parametrize("a, b, agree", [
    ("Protesters (Kenya)", "Protesters (Kenya)", True),
    ("", "Police Forces of Kenya (2022-)", True),
    ("Police Forces of Kenya (2022-)", "Police Forces of Kenya", True),
    ("Protesters (Kenya)", "Military Forces of Nigeria (2023-)", False),
    ("Al Shabaab", "Rioters (Kenya)", False),
])
def test_actors_agree(a, b, agree):
    assert actors_agree(a, b) is agree


def test_compare_explains_both_ways():
    same = compare(_event(), _event(event_id="e2", content_hash="h2", event_date=DAY + dt.timedelta(days=1),
                                    geonameid=7668905, latitude=-1.31333, longitude=36.78833),
                   days=1, km=10)
    assert same.ok and same.days == 1 and same.km == pytest.approx(4.57, abs=0.05)
    assert "1 days apart <= 1" in same.reason and "km apart <= 10" in same.reason
    cases = [
        (_event(event_type="Riots"), "types differ"),
        (_event(event_date=DAY + dt.timedelta(days=3)), "3 days apart > 1"),
        (_event(geonameid=1, latitude=-4.05, longitude=39.66), "km apart > 10"),
        (_event(actor1="Military Forces of Nigeria (2023-)"), "actors differ"),
        (_event(event_date=None), "undated"),
    ]
    for other, why in cases:
        result = compare(_event(), dict(other, event_id="e2", content_hash="h2"), days=1, km=10)
        assert not result.ok and why in result.reason
    swapped = compare(_event(actor1="Police Forces of Kenya", actor2="Protesters (Kenya)"),
                      _event(actor1="Protesters (Kenya)", actor2="Police Forces of Kenya"), days=1, km=10)
    assert swapped.ok and "roles swapped" in swapped.reason


def _store(path, settings, docs):
    with Store(path) as store:
        store.write_rows(rows(*docs))
        report = merge(store, settings)
    return report


def test_reports_merge_and_parties_do_not_corroborate(tmp_path, settings):
    db = tmp_path / "m.duckdb"
    docs = [
        protest_doc("ledger", source="Daily Ledger"),
        protest_doc("herald", source="Metro Herald", city="Kibera", crowd="Hundreds of teachers"),
        protest_doc("herald-2", source="metroherald.com", crowd="Many teachers", url="https://metroherald.com/a"),
        protest_doc("union", source="Kenya Teachers Union", crowd="Union members", party=True),
        protest_doc("next-week", source="Daily Ledger", day=DAY + dt.timedelta(days=7)),
        protest_doc("mombasa", source="Coastal Times", city="Mombasa"),
        protest_doc("riot", source="Coastal Times", event_type="Riots", sub_event_type="Violent demonstration",
                    actor1="Rioters (Kenya)", crowd="Youths"),
    ]
    report = _store(db, settings, docs)
    assert (report.events, report.merged_events, report.multi_report) == (7, 4, 1)
    with Store(db, read_only=True) as store:
        event_id = store.events(Filter.of(doc_id="union"))[0]["event_id"]
        merged = store.event(event_id)["merged"]
        others = [store.events(Filter.of(doc_id=d))[0] for d in ("next-week", "mombasa", "riot")]
    assert merged["n_reports"] == 4
    assert merged["n_sources"] == 3  # "Metro Herald" and metroherald.com are one source
    assert merged["corroboration"] == 2  # the union is a party; the Herald counts once
    assert merged["location"] == "Nairobi" and merged["size"] == 2000
    flags = {r["event_id"]: (r["corroborates"], r["source_is_party"]) for r in merged["reports"]}
    assert flags[event_id] == (False, True)
    assert sum(c for c, _ in flags.values()) == 2
    assert all(o["n_reports"] == 1 and o["corroboration"] == 1 for o in others)


def test_merge_is_rebuilt_with_other_thresholds(tmp_path, settings):
    db = tmp_path / "m.duckdb"
    docs = [protest_doc("a", source="Daily Ledger"),
            protest_doc("b", source="Metro Herald", city="Kibera"),
            protest_doc("c", source="Coastal Times", day=DAY + dt.timedelta(days=2))]
    assert _store(db, settings, docs).merged_events == 2  # Kibera is 4.6 km away; c is 2 days later
    strict = dataclasses.replace(settings, merge_km=1.0)
    loose = dataclasses.replace(settings, merge_days=2)
    with Store(db) as store:
        assert merge(store, strict).merged_events == 3
        assert store.merge_settings() == {"merge_days": "1", "merge_km": "1"}
        assert merge(store, loose).merged_events == 1
        assert len(store.table_rows("merged_members")) == 3
        assert merge(store, settings).merged_events == 2


def test_reports_of_one_document_never_merge(tmp_path, settings):
    doc = protest_doc("a", source="Daily Ledger")
    twin = dataclasses.replace(doc.events[0], event_id="f" * 16, sub_event_type="Protest with intervention")
    doc = dataclasses.replace(doc, events=doc.events + (twin,))
    assert _store(tmp_path / "m.duckdb", settings, [doc]).merged_events == 2


def test_show_prints_reports_and_why(tmp_path, settings, capsys):
    db = tmp_path / "m.duckdb"
    _store(db, settings, [protest_doc("a", source="Daily Ledger"),
                          protest_doc("b", source="Kenya Teachers Union", party=True)])
    with Store(db, read_only=True) as store:
        event_id = store.events(Filter.of(doc_id="b"))[0]["event_id"]
        merged_id = store.events(Filter.of(doc_id="b"))[0]["merged_id"]
    assert main(["show", event_id, "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert f"event {event_id}" in out and "evidence:" in out and "'marched'" in out
    assert "2 report(s), 2 source(s), corroboration 1" in out
    assert "source is a party: does not corroborate" in out
    assert "why: same type Protests (same sub-event type); 0 days apart <= 1; same place (Nairobi)" in out
    assert main(["show", merged_id, "--db", str(db)]) == 0
    assert f"merged event {merged_id}" in capsys.readouterr().out
    assert main(["show", "nope", "--db", str(db)]) == 2
