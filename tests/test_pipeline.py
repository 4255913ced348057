import dataclasses

import pytest

import dateline
from dateline.errors import PipelineError, ResourceError
from dateline.model import new_document
from dateline.pipeline import Pipeline
from dateline.settings import load_settings
from dateline.stages import check_pipeline


def test_contracts_are_checked_when_the_pipeline_is_built():
    assert [m.NAME for m in check_pipeline(load_settings(env={}).pipeline)] == [
        "clean", "anchor", "nlp", "places", "geocode", "events"]
    with pytest.raises(PipelineError, match="requires"):
        check_pipeline(("events",))
    with pytest.raises(PipelineError, match="unknown stage"):
        check_pipeline(("clean", "sentiment"))


def test_a_failing_stage_becomes_a_rejection_or_raises_when_asked():
    pipe = Pipeline(load_settings(env={}, overrides=["pipeline=clean,anchor"]))
    # a malformed record (text where a string is required) makes the stage fail
    broken = dataclasses.replace(new_document("x"), raw=None)
    doc = pipe(broken)
    assert [(r.stage, r.code) for r in doc.rejections] == [("clean", "STAGE_ERROR")]
    assert doc.stages == ()
    strict = Pipeline(load_settings(env={}, overrides=["pipeline=clean,anchor", "on_error=raise"]))
    with pytest.raises(AttributeError):
        strict(broken)


@pytest.mark.slow
def test_a_broken_resource_stops_the_run_instead_of_rejecting_every_document(tmp_path):
    bad_model = tmp_path / "model.npz"
    bad_model.write_bytes(b"not a model")
    pipe = Pipeline(load_settings(env={}, overrides=[f"eventtype_model={bad_model}"]))
    with pytest.raises(ResourceError) as caught:
        pipe(new_document("BEIRUT, May 1, 2020 - Protesters blocked roads in Tripoli on Friday."))
    assert caught.value.code == "DL403"


def test_stage_versions_are_recorded_in_order():
    pipe = Pipeline(load_settings(env={}, overrides=["pipeline=clean,anchor"]))
    doc = pipe(new_document("Iran, Aug. 10, 2019 - Members of the network marked the anniversary in Tabriz."))
    assert doc.stages == ("clean@11", "anchor@26") and doc.anchor.place.text == "Iran"


@pytest.mark.slow
def test_extract_returns_events_with_evidence_that_points_into_the_text():
    text = ("Protests spread in Tunisia\n\nTUNIS, Jan. 15, 2021 (Wire) - Hundreds of young people clashed with "
            "police in Sfax on Thursday night after a funeral, and police fired tear gas to disperse them.")
    doc = dateline.extract(text, source="Wire")
    assert doc.title == "Protests spread in Tunisia" and doc.publication_date.isoformat() == "2021-01-15"
    [event] = doc.events
    rec = event.to_record()
    assert rec["location"] == "Sfax" and rec["country"] == "Tunisia" and rec["iso3"] == "TUN"
    assert rec["event_date"] == "2021-01-14" and rec["time_precision"] == 1
    assert rec["event_type"] in ("Riots", "Protests")
    for ev in rec["evidence"]:
        assert doc.text[ev["start"]:ev["end"]] == ev["text"]
    assert {"location", "date", "event_type", "sentence"} <= {ev["field"] for ev in rec["evidence"]}
    assert rec["provenance"]["stages"][-1] == "events@245"
    assert dateline.extract(text, source="Wire").events[0].event_id == event.event_id


@pytest.mark.slow
def test_a_town_said_to_lie_in_a_province_is_looked_up_there():
    # GeoNames has Karama only in Australia under that spelling, and "Al Karamah" in Raqqa province
    text = "A roadside bomb hit a police patrol near Karama village in Ar-Raqqa province on Tuesday."
    (event,) = dateline.extract(text, source="Wire").events
    assert (event.place.name, event.place.admin1, event.place.country_code) == ("Al Karamah", "Al-Raqqah", "SY")
    # a nearly equal transliteration inside the named province ("Tall Refaat" for Tall Rifat)
    text = "Turkish artillery shelled Tall Refaat town in Aleppo countryside on Sunday."
    (event,) = dateline.extract(text, source="Wire").events
    assert (event.place.name, event.place.geo_precision) == ("Tall Rifat", 1)
    text = "Turkish artillery shelled Tall Refaat and its vicinity in Aleppo countryside on Sunday."
    (event,) = dateline.extract(text, source="Wire").events
    assert event.place.name == "Tall Rifat"
    # exact namesakes elsewhere (Al Mansurah in Egypt) do not stop the lookup inside the province,
    # and transliterations that differ in one Arabic sound ("Thiban"/"Dhiban") are near spellings
    text = "Unidentified gunmen shot and killed a civilian in Mansura in Ar-Raqqa on Tuesday."
    (event,) = dateline.extract(text, source="Wire").events
    assert (event.place.name, event.place.country_code) == ("Al Mansurah", "SY")
    text = "Gunmen opened fire at civilians in the market area of Thiban in Deir-ez-Zor on Monday."
    (event,) = dateline.extract(text, source="Wire").events
    assert event.place.name == "Dhiban"


@pytest.mark.slow
def test_a_place_that_only_qualifies_the_actor_places_the_event_but_an_origin_does_not():
    # every place of the sentence reads as an attribute: the authority's own province is where ACLED codes it
    text = "On Monday, the governor of Lahij governorate imposed a curfew on the province to curb the spread of the coronavirus."
    (event,) = dateline.extract(text, source="Wire").events
    assert (event.place.name, event.place.geo_precision, event.event_type) == ("Lahij", 3, "Strategic developments")
    text = "Turkish forces imposed a curfew and closed all of Afrin's entrances on Wednesday."
    (event,) = dateline.extract(text, source="Wire").events
    assert (event.place.name, event.place.country_code) == ("Afrin", "SY")
    # where the only places are where people came from, there is no place to code
    text = "On 28 April 2020, residents from el Marj clashed with residents of a neighbouring town."
    assert dateline.extract(text, source="Wire").events == ()


@pytest.mark.slow
def test_an_authority_banning_protests_is_a_strategic_development_of_its_government():
    text = ("On Tuesday, Van Governor's Office extended the ban on all marches, protests and press "
            "conferences in the province for another 15 days.")
    (event,) = dateline.extract(text, source="Wire").events
    assert (event.place.name, event.event_type, event.sub_event_type) == (
        "Van", "Strategic developments", "Change to group/activity")
    assert event.actor1.startswith("Government of Turkey")
    # the ban stops no protest that went ahead despite it
    text = "Police banned the march in Van, but hundreds of protesters gathered in the city centre on Sunday."
    (event,) = dateline.extract(text, source="Wire").events
    assert event.sub_event_type == "Peaceful protest"


@pytest.mark.slow
def test_a_second_mention_of_a_name_lends_its_reading_no_closeness():
    # two mentions of "Maden" once pulled each other to Keskin (whose old name is Maden), 0 km apart
    text = ("Maden governorship halted all entries and departures from the Maden district of Elazig "
            "for two weeks on Wednesday to curb the coronavirus.")
    events = dateline.extract(text, source="Wire").events
    assert {(e.place.name, e.place.admin1) for e in events} == {("Maden", "Elazığ")}


@pytest.mark.slow
def test_an_event_on_a_road_named_after_its_towns_is_near_the_first_known_one():
    text = "On Tuesday, rioters blocked the Halba-Qoubaiyat road with burning tyres, police said."
    (event,) = dateline.extract(text, source="Wire").events
    assert (event.place.name, event.place.country_code, event.place.geo_precision) == ("Halba", "LB", 2)
    text = "On Tuesday, rioters blocked the Tripoli-Beirut highway at the Palma bridge with stones."
    (event,) = dateline.extract(text, source="Wire").events
    assert (event.place.name, event.place.country_code, event.place.geo_precision) == ("Tripoli", "LB", 2)
