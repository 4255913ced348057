"""geoparse library and `dateline geoparse` (real gazetteer and spaCy: slow)."""
from __future__ import annotations

import json

import pytest

import dateline
from dateline.cli import main
from dateline.errors import InputError
from dateline.geoparse import geo_settings, place_record, resolve_spans


def test_geo_settings_cut_the_pipeline_after_geocode(settings):
    geo = geo_settings(settings)
    assert geo.pipeline[-1] == "geocode" and "events" not in geo.pipeline


@pytest.mark.slow
def test_resolve_spans_uses_exactly_the_given_spans(settings):
    text = "Flooding hit Paris, Texas and later Dallas."
    places = resolve_spans(text, [(13, 18), (20, 25)], settings=settings)
    assert [p.mention.text for p in places] == ["Paris", "Texas"]
    assert places[0].country_code == "US" and places[0].admin1 == "Texas"
    rec = place_record("d1", places[0])
    assert rec["start"] == 13 and rec["iso3"] == "USA" and rec["geo_precision"] == 1
    with pytest.raises(InputError):
        resolve_spans(text, [(30, 90)], settings=settings)


@pytest.mark.slow
def test_cli_geoparse_jsonl_with_and_without_spans(tmp_path, capsys):
    text = "Protesters gathered in Shiraz and Tabriz, in northwest Iran, on Friday."
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "text": text, "spans": [[23, 29]]}) + "\n"
                    + json.dumps({"id": "b", "text": text}) + "\n", encoding="utf-8")
    assert main(["geoparse", str(path)]) == 0
    out = capsys.readouterr()
    rows = [json.loads(line) for line in out.out.splitlines()]
    assert [(r["doc_id"], r["text"]) for r in rows] == [
        ("a", "Shiraz"), ("b", "Shiraz"), ("b", "Tabriz"), ("b", "Iran")]
    assert {r["admin1"] for r in rows if r["text"] == "Tabriz"} == {"East Azerbaijan"}
    assert all(set(r) >= {"geonameid", "latitude", "longitude", "country_code", "feature_code",
                          "confidence"} for r in rows)
    assert "places: 4" in out.err


@pytest.mark.slow
def test_the_eu_named_as_a_place_is_europe_not_the_french_town_of_eu(settings):
    text = "Farmers across the EU and the European Union's ministers in Brussels disagreed."
    places = resolve_spans(text, [(19, 21), (30, 44)], settings=settings)
    assert [(p.name, p.feature) for p in places] == [("Europe", "continent"), ("Europe", "continent")]
    # no event is coded at a continent
    doc = dateline.extract("BRUSSELS, March 3, 2025 (AFP) - Thousands of farmers protested across the EU on Monday.",
                           settings=settings)
    assert all(e.place.feature != "continent" for e in doc.events)
