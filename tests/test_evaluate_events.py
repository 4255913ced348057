"""`dateline eval events` and its library on small data sets written by the test."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import dateline

from dateline.cli import main
from dateline.eventtype import classify
from dateline.evaluate import events as ev
from dateline.model import Event, Mention, Place
from dateline.settings import load_settings

CASE_ROWS = [  # id, snippet, CASE label (ids 1 mod 4 are "train", 3 mod 4 "test")
    (1, "Warplanes bombed a fuel depot outside the port city overnight.", "AIR_STRIKE"),
    (3, "Dozens of taxi drivers held a peaceful rally against new licence fees.", "PEACE_PROTEST"),
    (7, "Police arrested four men suspected of planning an attack on a bank.", "ARREST"),
    (11, "A magnitude 5 earthquake shook the mountain region, damaging homes.", "NATURAL_DISASTER"),
    (15, "A roadside bomb hit an army truck, killing two soldiers.", "REM_EXPLOS"),
    # (the classifier alone reads an attack; the events stage, a crowd fired on)
    (19, "Police fired live rounds at students marching in Dhaka on Monday, killing two.", "FORCE_AGAINST_PROTEST"),
]
MAPPING = [("AIR_STRIKE", "Explosions/Remote violence", "Air/drone strike"),
           ("PEACE_PROTEST", "Protests", "Peaceful protest"),
           ("ARREST", "Strategic developments", "Arrests"),
           ("REM_EXPLOS", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
           ("FORCE_AGAINST_PROTEST", "Protests", "Excessive force against protesters"),
           ("NATURAL_DISASTER", "(none: not an ACLED type)", "(none)")]


def write_case(root: Path) -> None:
    folder = root / "case2021-task2"
    folder.mkdir(parents=True)
    lines = ["id\tEventSnippet\tSubType"] + [f"{i}\t{t}\t{lab}" for i, t, lab in CASE_ROWS]
    (folder / "dev_odd_ids.tsv").write_text("\n".join(lines) + "\n")
    rows = ["case_label\tacled_event_type\tacled_sub_event_type"] + ["\t".join(r) for r in MAPPING]
    (folder / "label_to_acled.tsv").write_text("\n".join(rows) + "\n")


def write_glocon(root: Path) -> list[dict]:
    folder = root / "glocon-sample"
    folder.mkdir(parents=True)
    rows = [
        {"id": "a_1", "url": "a.txt", "sent_num": 1, "label": 1, "last": False,
         "sentence": "Hundreds of students marched to the university gates chanting slogans."},
        {"id": "a_2", "url": "a.txt", "sent_num": 2, "label": 0, "last": True,
         "sentence": "The university will reopen its library after renovations next year."},
        {"id": "b_1", "url": "b.txt", "sent_num": 1, "label": 2, "last": True,
         "sentence": "Unlabelled sentence that must be skipped."},
    ]
    (folder / "sentence_Sabinet.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return rows


def write_event_location(root: Path) -> None:
    folder = root / "event-location"
    folder.mkdir(parents=True)
    text = "Rebels who had fled from Homs attacked a checkpoint in Hama on Sunday."
    verb, hama = text.index("attacked"), text.index("Hama")
    rows = [{"id": "x1", "text": text, "verb": [{"start": verb, "end": verb + 8, "text": "attacked"}],
             "event_locations": [{"start": hama, "end": hama + 4, "text": "Hama"}]},
            {"id": "x2", "text": "Fighting went on all day.",
             "verb": [{"start": 0, "end": 8, "text": "Fighting"}], "event_locations": []}]
    (folder / "dev_non_relabel.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))


def test_label_scores_by_hand():
    gold = ["a", "a", "b", "c"]
    pred = ["a", "b", "b", "b"]
    scores, rows = ev.label_scores(gold, pred)
    assert scores["accuracy"] == pytest.approx(0.5)
    # a: p=1 r=.5 f=.667 (2); b: p=1/3 r=1 f=.5 (1); c: 0 (1)
    assert scores["macro_f1"] == pytest.approx((2 / 3 + 0.5 + 0) / 3)
    assert scores["weighted_f1"] == pytest.approx((2 * 2 / 3 + 0.5) / 4)
    assert [r[0] for r in rows] == ["a", "b", "c"]
    assert ev.prf(3, 1, 2) == pytest.approx({"precision": 0.75, "recall": 0.6, "f1": 2 * .45 / 1.35})


def test_case_split_and_non_acled_types(tmp_path):
    write_case(tmp_path)
    examples = ev.read_case(tmp_path)
    assert [e.split for e in examples] == ["train", "test", "test", "test", "test", "test"]
    quake = examples[3]
    assert not quake.is_event and quake.sub_event_type == ""
    report = ev.evaluate_case(tmp_path, split="all")
    acled = [e for e in examples if e.is_event]
    guesses = classify([e.text for e in acled])
    expected = sum(e.sub_event_type == g.sub_event_type for e, g in zip(acled, guesses)) / len(acled)
    assert report.metrics["accuracy"] == pytest.approx(expected)
    coded = [dateline.extract(e.text).events for e in acled]
    assert report.counts == {"acled_labelled": 5, "non_acled": 1, "pipeline_coded": sum(map(bool, coded))}
    assert [c[0].sub_event_type for c in coded if c] == ["Excessive force against protesters"]
    # the whole pipeline's first event, or the classifier's label where it codes none
    whole = [c[0].sub_event_type if c else g.sub_event_type for c, g in zip(coded, guesses)]
    assert report.metrics["pipeline_accuracy"] == pytest.approx(
        sum(e.sub_event_type == w for e, w in zip(acled, whole)) / len(acled))
    assert ev.evaluate_case(tmp_path, split="test").n == 5


def test_cli_case_and_glocon_tables(tmp_path, capsys):
    write_case(tmp_path)
    rows = write_glocon(tmp_path)
    assert main(["eval", "events", "--data", "case2021", "--data", "glocon", "--path", str(tmp_path),
                 "--split", "all", "--labels"]) == 0
    out = capsys.readouterr().out
    assert "## case2021 (all split, n=6)" in out and "| weighted_f1 |" in out
    assert "| Air/drone strike | 1 |" in out
    assert "## glocon (all split, n=2)" in out and "positives=1" in out
    assert main(["eval", "events", "--data", "glocon", "--path", str(tmp_path), "--split", "all",
                 "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    guesses = classify([r["sentence"] for r in rows[:2]])
    tp = int(guesses[0].is_event >= 0.5)
    assert report["counts"]["tp"] == tp and report["n"] == 2
    # the events stage types the march and not the library's reopening
    assert (report["metrics"]["stage_precision"], report["metrics"]["stage_recall"]) == (1.0, 1.0)


def test_absent_data_is_a_message_and_exit_zero(tmp_path, capsys):
    assert main(["eval", "events", "--path", str(tmp_path / "nowhere")]) == 0
    err = capsys.readouterr().err
    for name in ev.DATASETS:
        assert f"{name}: evaluation data not found" in err


def test_event_location_spans_scored(tmp_path):
    write_event_location(tmp_path)
    def last_place(text, verb):  # a simple chooser: the last capitalised word after the verb
        words = [(m.start(), m.end()) for m in __import__("re").finditer(r"\b[A-Z][a-z]+", text)
                 if m.start() > verb[1]]
        return words[:1]
    report = ev.evaluate_event_location(tmp_path, split="all", locate=last_place)
    # x1: "Hama" (right); x2: nothing after the verb, gold empty (right)
    assert report.metrics["span_accuracy"] == 1.0 and report.metrics["recall"] == 1.0
    homs = lambda t, v: [(t.index("Homs"), t.index("Homs") + 4)] if "Homs" in t else [(0, 8)]  # noqa: E731
    wrong = ev.evaluate_event_location(tmp_path, split="all", locate=homs)
    assert wrong.metrics["span_accuracy"] == 0.0 and wrong.metrics["precision"] == 0.0


def test_event_location_without_the_stage_function_is_skipped_cleanly(tmp_path, monkeypatch):
    write_event_location(tmp_path)
    monkeypatch.setattr(ev, "location_function", lambda: None)
    report = ev.evaluate_event_location(tmp_path, split="all")
    assert report.metrics == {} and "skipped" in report.notes[0]


def _event(place: Place, **fields) -> Event:
    return Event(event_id="e", doc_id="d", event_date=None, time_precision=1, event_type="",
                 sub_event_type="", place=place, **fields)


def test_match_event_by_distance_or_admin1():
    gold = {"iso3": "LBN", "country": "Lebanon", "latitude": "33.8938", "longitude": "35.5018",
            "geo_precision": "1", "admin1": "Beirut"}
    men = Mention(0, 6, "Beirut", "PLACE")
    beirut = Place(men, 1, "Beirut", "city", country="Lebanon", iso3="LBN", admin1="Beyrouth",
                   latitude=33.89, longitude=35.50)
    tyre = Place(men, 2, "Tyre", "city", country="Lebanon", iso3="LBN", admin1="South Governorate",
                 latitude=33.27, longitude=35.20)
    assert ev.match_event(gold, [_event(tyre)]) is None
    event, km = ev.match_event(gold, [_event(tyre), _event(beirut)])
    assert event.place is beirut and km < 1.0
    region_gold = dict(gold, geo_precision="3", admin1="South", latitude="33.5", longitude="35.6")
    assert ev.match_event(region_gold, [_event(tyre)])[0].place is tyre
    other_country = Place(men, 3, "Tyre", "city", country="Syria", iso3="SYR", latitude=33.27,
                          longitude=35.20)
    assert ev.match_event(dict(gold, latitude="33.27", longitude="35.2"), [_event(other_country)]) is None


def test_acled_dates_and_tags():
    assert str(ev.acled_date("2-May-20")) == "2020-05-02"
    assert ev.strip_acled_tags("Protesters gathered. [size=no report]") == "Protesters gathered."
    assert ev.same_name("Dar'a", "Daraa") and not ev.same_name("Aden", "Taizz")


def test_transliterations_of_one_place_name_agree():
    for a, b in [("Idlib", "Idleb"), ("Socotra", "Suqutra"), ("Beqaa", "Bekaa"), ("Hadhramaut", "Hadramawt"),
                 ("Al Anbar", "Anbar"), ("Adan", "Aden"), ("Dail", "Da'el")]:
        assert ev.same_place_name(a, b), (a, b)
    for a, b in [("Damascus", "Rural Damascus"), ("Aden", "Taizz"), ("Hama", "Homs"), ("Central", "HaMerkaz")]:
        assert not ev.same_place_name(a, b), (a, b)


ACLED_FIELDS = ["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
                "actor1", "assoc_actor_1", "country", "iso3", "admin1", "location", "latitude",
                "longitude", "geo_precision", "fatalities", "notes"]


def write_acled(root, rows: list[list[str]]) -> None:
    folder = root / "acled-2020-mideast-dev"
    folder.mkdir()
    with open(folder / "acled_mideast_2020-04-27_to_05-02.csv", "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=ACLED_FIELDS)
        writer.writeheader()
        for row in rows:
            writer.writerow(dict(zip(ACLED_FIELDS, row)))


@pytest.mark.slow
def test_cli_acled_runs_the_pipeline(tmp_path, capsys):
    notes = ("On 2 May 2021, hundreds of teachers protested in Beirut against unpaid salaries. "
             "[size=hundreds]")
    write_acled(tmp_path, [[
        "LBN1", "2-May-21", "1", "Protests", "Peaceful protest", "Protesters (Lebanon)",
        "Teachers (Lebanon)", "Lebanon", "LBN", "Beirut", "Beirut", "33.8938", "35.5018", "1",
        "0", notes]])
    assert main(["eval", "events", "--data", "acled", "--path", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "## acled (test split, n=1)" in out and "gold_events=1" in out
    report = ev.evaluate_acled(tmp_path, split="test")
    assert report.counts["matched"] == 1 and report.metrics["recall"] == 1.0
    assert report.metrics["event_date"] == 1.0


@pytest.mark.slow
def test_a_note_coded_as_two_rows_is_one_report_with_two_gold_events(tmp_path):
    notes = "On 2 May 2021, hundreds of teachers protested in Beirut and in Tripoli against unpaid salaries."
    row = ["Protests", "Peaceful protest", "Protesters (Lebanon)", "Teachers (Lebanon)", "Lebanon", "LBN"]
    write_acled(tmp_path, [
        ["LBN1", "2-May-21", "1", *row, "Beirut", "Beirut", "33.8938", "35.5018", "1", "0", notes],
        ["LBN2", "2-May-21", "1", *row, "North", "Tripoli", "34.4367", "35.8497", "1", "0", notes]])
    report = ev.evaluate_acled(tmp_path, split="test")
    assert report.counts["notes"] == 1 and report.counts["gold_events"] == 2
    assert report.counts["predicted_events"] == 2 and report.counts["matched"] == 2
    assert report.metrics["precision"] == report.metrics["recall"] == 1.0


@pytest.mark.slow
def test_notes_are_read_again_with_their_outlets_home_country(tmp_path):
    # a Lebanese outlet's notes from across Lebanon, then one naming only Tripoli: read alone it is
    # Libya's capital; read again with the outlet's home country (learnt from its other notes, not
    # from gold), Lebanon's Tripoli
    towns = [("Beirut", "Beirut", "33.8938", "35.5018"), ("Sidon", "South", "33.5631", "35.3689"),
             ("Baalbek", "Baalbek-Hermel", "34.0058", "36.2181"), ("Nabatieh", "Nabatieh", "33.3772", "35.4836")]
    header = ["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
              "assoc_actor_1", "country", "iso3", "admin1", "location", "latitude", "longitude", "geo_precision",
              "fatalities", "notes", "source"]
    rows = [[f"LBN{n}", "2-May-21", "1", "Protests", "Peaceful protest", "Protesters (Lebanon)", "", "Lebanon", "LBN",
             admin1, town, lat, lon, "1", "0", f"On 2 May 2021, dozens of people protested in {town} against the "
             "collapse of the currency.", "Outlet One; Outlet Two"] for n, (town, admin1, lat, lon) in enumerate(towns)]
    rows.append(["LBN9", "2-May-21", "1", "Protests", "Peaceful protest", "Protesters (Lebanon)", "", "Lebanon", "LBN",
                 "North", "Tripoli", "34.4367", "35.8497", "1", "0",
                 "On 2 May 2021, protesters blocked the al Nour square in Tripoli.", "Outlet Two"])
    folder = tmp_path / "acled-2020-mideast-dev"
    folder.mkdir()
    with open(folder / "acled_mideast_2020-04-27_to_05-02.csv", "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerows([header, *rows])
    assert ev.outlets_of("Outlet One; Outlet Two") == ["Outlet One", "Outlet Two"]
    report = ev.evaluate_acled(tmp_path, split="test")
    assert report.counts["matched"] == 5 and report.metrics["precision"] == 1.0
    alone = ev.evaluate_acled(tmp_path, split="test", settings=load_settings(env={}, overrides=["source_focus=false"]))
    assert alone.counts["matched"] == 4  # Tripoli, Libya


def test_matching_is_one_to_one_nearest_first():
    men = Mention(0, 6, "Beirut", "PLACE")
    beirut = Place(men, 1, "Beirut", "city", country="Lebanon", iso3="LBN", latitude=33.89, longitude=35.50)
    gold = {"iso3": "LBN", "country": "Lebanon", "latitude": "33.8938", "longitude": "35.5018",
            "geo_precision": "1", "admin1": "Beirut"}
    nearby = dict(gold, latitude="33.95", longitude="35.55")  # 8 km away: also a match for Beirut
    pairs = ev.match_events([nearby, gold], [_event(beirut)], ["near", "exact"])
    assert [(key, round(km)) for key, _, km in pairs] == [("exact", 0)]  # one event, one gold event
