"""Geoparsing evaluation: measures, readers on corpora written here, and `dateline eval geoparse`."""
from __future__ import annotations

import math

import pytest

from dateline.cli import main
from dateline.evaluate.geoparse import (
    MAX_KM, Article, Prediction, Toponym, align_lines, auc, km, match_spans, read_corpus, score_system,
)

TEXT_A = "Storms hit Paris, Texas and Dallas on Monday while Houston stayed dry."
TEXT_B = "Talks in Tehran and Tabriz ended. Officials flew back to Moscow."


def spans(text: str, *names: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for n in names:
        s = text.index(n, pos)
        out.append((s, s + len(n)))
        pos = s + len(n)
    return out


def write_lgl(folder, *, baseline_shift: int = 0) -> None:
    """A two-article corpus in LGL's XML format, plus a line-format baseline."""
    gold = [
        (TEXT_A, [("Paris", 33.66, -95.55, 4717560, "Texas"), ("Texas", 31.25, -99.25, 4736286, "Texas"),
                  ("Dallas", 32.78, -96.81, 4684888, "Texas"), ("Houston", 29.76, -95.36, 4699066, "Texas")]),
        (TEXT_B, [("Tehran", 35.69, 51.42, 112931, "Tehran"), ("Tabriz", 38.08, 46.29, 113646, "East Azerbaijan"),
                  ("Moscow", 55.75, 37.62, 524901, "Moscow")]),
    ]
    arts = []
    for n, (text, tops) in enumerate(gold):
        xml_tops = []
        for (start, end), (name, lat, lon, gid, admin1) in zip(spans(text, *[t[0] for t in tops]), tops):
            xml_tops.append(
                f"<toponym><start>{start}</start><end>{end}</end><phrase>{name}</phrase>"
                f"<gaztag geonameid=\"{gid}\"><name>{name}</name><lat>{lat}</lat><lon>{lon}</lon>"
                f"<admin1>{admin1}</admin1></gaztag></toponym>")
        arts.append(f"<article docid=\"{n}\"><text>{text}</text><toponyms>{''.join(xml_tops)}</toponyms></article>")
    (folder / "lgl").mkdir(parents=True)
    (folder / "lgl" / "lgl.xml").write_text("<articles>" + "".join(arts) + "</articles>", encoding="utf-8")
    # a baseline that puts Paris in France and misses Houston
    lines = ["Paris,,Paris,,48.85,,2.35,,11,,16||Dallas,,Dallas,,32.78,,-96.81,,28,,34",
             "Tehran,,Tehran,,35.69,,51.42,,9,,15"]
    (folder / "lgl" / "baselines").mkdir()
    (folder / "lgl" / "baselines" / "lgl_edin.txt").write_text(
        "\n" * baseline_shift + "\n".join(lines) + "\n", encoding="utf-8")


def test_km_and_auc():
    assert km(0, 0, 0, 0) == 0
    assert abs(km(48.85, 2.35, 51.51, -0.13) - 343) < 3  # Paris-London
    assert auc([0, 0, 0]) == 0
    assert abs(auc([MAX_KM, MAX_KM]) - 1.0) < 1e-9
    assert 0 < auc([0, 100, 1000]) < 1


def test_match_spans_is_one_to_one_by_overlap():
    gold = [Toponym(0, 5, "Paris"), Toponym(7, 12, "Texas")]
    preds = [Prediction(0, 12), Prediction(7, 12)]
    pairs = match_spans(gold, preds)
    assert [(g.text, (p.start, p.end)) for g, p in pairs] == [("Paris", (0, 12)), ("Texas", (7, 12))]


def test_score_system_counts_detection_and_errors():
    art = Article("a", "x" * 40, (Toponym(0, 5, "a", 0.0, 0.0, 1, "Ohio"), Toponym(10, 15, "b", 0.0, 0.0)))
    preds = [Prediction(0, 5, 0.0, 1.0, 1, "Ohio"), Prediction(20, 25, 0.0, 0.0), Prediction(10, 15)]
    row = score_system("s", [art], [preds]).as_row()
    assert row["precision"] == round(2 / 3, 3) and row["recall"] == 1.0
    assert row["acc161"] == 50.0 and row["geonameid"] == 100.0 and row["admin1"] == 100.0
    assert row["median_km"] == round((km(0, 0, 0, 1) + MAX_KM) / 2, 1)


def test_reader_and_baseline_alignment(tmp_path):
    write_lgl(tmp_path, baseline_shift=1)
    arts = read_corpus("lgl", tmp_path)
    assert [t.text for t in arts[0].toponyms] == ["Paris", "Texas", "Dallas", "Houston"]
    assert arts[1].toponyms[1].admin1 == "East Azerbaijan" and arts[1].toponyms[1].geonameid == 113646
    from dateline.evaluate.geoparse import read_lines
    rows = align_lines(arts, read_lines(tmp_path / "lgl" / "baselines" / "lgl_edin.txt"))
    assert [len(r) for r in rows] == [2, 1]


@pytest.mark.slow
def test_eval_command_on_a_corpus_written_here(tmp_path, capsys):
    write_lgl(tmp_path)
    assert main(["eval", "geoparse", "--corpus", "lgl", "--gold-spans", "--path", str(tmp_path), "--json"]) == 0
    import json
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["system"] == "dateline (gold spans)" and row["geocoded"] == 7
    assert row["acc161"] == 100.0 and row["admin1"] >= 85.0
    assert main(["eval", "geoparse", "--corpus", "lgl", "--path", str(tmp_path)]) == 0
    table = capsys.readouterr().out
    assert "| lgl | dateline |" in table and "| lgl | Edinburgh Geoparser |" in table
    edin = [line for line in table.splitlines() if "Edinburgh" in line][0].split("|")
    assert edin[6].strip() == "3"  # three matched toponyms geocoded (Paris, Dallas, Tehran)


def test_eval_command_skips_a_missing_corpus(tmp_path, capsys):
    assert main(["eval", "geoparse", "--corpus", "gwn", "--path", str(tmp_path)]) == 0
    assert "not found, skipped" in capsys.readouterr().err
