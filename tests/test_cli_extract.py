import json

import pytest

from dateline.cli import main

from conftest import REPO, SHARED

pytestmark = pytest.mark.slow

GOOD = ("Clashes in Aden\n\nADEN, May 1, 2020 (Wire) - Fighters of the Southern Transitional Council clashed "
        "with government forces in the Khor Maksar district of Aden on Friday, residents said.")


def write_hostile_batch(folder):
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "latin1.txt").write_bytes("Manifestación en Lima contra el gobierno".encode("latin-1"))
    (folder / "huge.txt").write_bytes(b"Protesters gathered in Tunis. " * 700_000)  # ~20 MB
    (folder / "noarticle.html").write_text("<html><body><nav>Home | News | Login</nav></body></html>")
    (folder / "nested.html").write_text("<div>" * 50_000 + "text" + "</div>" * 50_000)
    (folder / "spanish.txt").write_text(
        "Cientos de personas marcharon este jueves por el centro de Lima para exigir la renuncia de la "
        "presidenta, en una jornada de protestas que se extendió a otras ciudades del país.", encoding="utf-8")
    (folder / "more.jsonl").write_text(
        json.dumps({"id": "j1", "text": GOOD.replace("Aden", "Taiz"), "date": "2020-05-02", "source": "W"}) + "\n"
        + "{broken\n", encoding="utf-8")


def test_hostile_batch_is_recorded_and_good_documents_still_processed(tmp_path, capsys):
    write_hostile_batch(tmp_path)
    out = tmp_path / "events.jsonl"
    assert main(["extract", str(tmp_path), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    events = [json.loads(line) for line in out.read_text().splitlines()]
    # "the Khor Maksar district of Aden" is Aden's Khawr Maksar; no such district in Taiz: Taiz itself
    assert {e["location"] for e in events} >= {"Khawr Maksar", "Taiz"}
    assert "documents: 10" in err and "rejected clean/NO_ARTICLE: 2" in err
    for code in ("read/EMPTY", "read/BINARY", "read/BAD_ENCODING", "read/TOO_LARGE", "read/BAD_JSONL",
                 "clean/NOT_ENGLISH"):
        assert f"rejected {code}: 1" in err, (code, err)


def test_stdin_and_document_output(tmp_path, capsys, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode())))
    assert main(["extract", "-", "--documents", "--source", "Wire"]) == 0
    captured = capsys.readouterr()
    [record] = [json.loads(line) for line in captured.out.splitlines()]
    assert record["title"] == "Clashes in Aden" and record["source"] == "Wire"
    assert record["events"] and record["events"][0]["location"] == "Khawr Maksar"


def test_bad_arguments_give_a_coded_error(capsys):
    assert main(["extract", "/no/such/file.txt"]) == 2
    assert "NOT_FOUND" in capsys.readouterr().err
    assert main(["--set", "workers=x", "extract", "-"]) == 2


def test_a_broken_model_stops_the_run_with_its_code_even_in_workers(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    write_hostile_batch(tmp_path / "in")
    bad_model = tmp_path / "model.npz"
    bad_model.write_bytes(b"not a model")
    args = ["--set", f"eventtype_model={bad_model}", "--set", "workers=2", "--set", "batch_size=1",
            "extract", str(tmp_path / "in"), "-o", str(tmp_path / "events.jsonl")]
    assert main(args) == 2
    assert "DL403" in capsys.readouterr().err


def test_bundled_sample_runs(capsys):
    assert main(["extract", str(REPO / "src/dateline/data/sample")]) == 0
    captured = capsys.readouterr()
    events = [json.loads(line) for line in captured.out.splitlines()]
    assert len({e["doc_id"] for e in events}) >= 5
    types = {e["event_type"] for e in events}
    assert {"Protests", "Battles", "Explosions/Remote violence", "Violence against civilians"} <= types
    protests = [e for e in events if e["sub_event_type"] == "Peaceful protest"]
    assert protests and all((e["plover_event"], e["plover_mode"]) == ("PROTEST", "demonstrate") for e in protests)
