"""Dask scale-out: a real LocalCluster on loopback gives exactly the store a local run gives."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from dateline.distributed import ingest_dask, local_cluster, plan_partitions, read_partition
from dateline.errors import InputError
from dateline.settings import load_settings
from dateline.sources import ReadOptions, iter_documents

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "sample"
MAX_BYTES = 200_000

REPORTS = [
    ("Police fire tear gas at traders in Kano", "KANO, March 3 - Police fired tear gas at hundreds of market "
     "traders who protested in Kano on Monday against new fees, witnesses said. Several traders were arrested."),
    ("Strike hits Aleppo", "ALEPPO, Syria - An air strike hit a market in Aleppo on Sunday, killing at least "
     "nine civilians, local officials said. Rescue workers searched the rubble for survivors."),
    ("Teachers march in Lima", "Thousands of teachers marched through central Lima on Tuesday to demand higher "
     "pay, the union said. Similar protests were held in the cities of Cusco, Arequipa and Puno."),
    ("Budget", "The finance ministry in Nairobi said on Wednesday that revenue rose by four percent in the first "
     "half of the year, helped by tourism and tea exports."),
    ("Gunmen kill villagers", "Gunmen killed 12 villagers in an attack near Maiduguri in Borno state on "
     "Saturday, a local official said. The army said troops were searching the area."),
]
SPANISH = ("Miles de estudiantes marcharon por el centro de Santiago el jueves para protestar contra la "
           "reforma de las pensiones, y la policía usó gases lacrimógenos para dispersar a la multitud.")


def _corpus(root: Path) -> list[str]:
    """Articles as .txt, .html and JSONL lines (some without id), and hostile inputs."""
    folder = root / "corpus"
    shutil.copytree(SAMPLE, folder / "sample")
    lines = []
    for n, (title, text) in enumerate(REPORTS * 2):
        record = {"text": f"{title}\n\n{text}", "date": f"2024-03-{4 + n:02d}", "source": f"Wire {n % 3}"}
        if n % 2:
            record["id"] = f"wire-{n}"  # the others get "feed.jsonl:<line>" ids
        lines.append(json.dumps(record))
    lines.insert(4, "{not json")
    lines.insert(7, json.dumps({"id": "es-1", "text": SPANISH, "date": "2024-03-08"}))
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    hostile = folder / "hostile"
    hostile.mkdir()
    (hostile / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (hostile / "empty.txt").write_bytes(b"")
    (hostile / "latin1.txt").write_bytes("Protesters marched in Bogot\xe1 on Monday.".encode("latin-1"))
    (hostile / "large.txt").write_text("Police arrested protesters in Lagos. " * 6000, encoding="utf-8")
    (hostile / "nested.html").write_text("<html><body>" + "<div>" * 3000 + "deep" + "</div>" * 3000
                                         + "</body></html>", encoding="utf-8")
    (hostile / "spanish.txt").write_text(SPANISH, encoding="utf-8")
    return [str(folder)]


def _snapshot(db: Path) -> dict:
    from store_fixtures import snapshot

    from dateline.store import Store

    with Store(db, read_only=True) as store:
        return snapshot(store)


def test_partitions_read_what_a_local_read_gives(tmp_path):
    paths = _corpus(tmp_path)
    opts = ReadOptions(max_bytes=MAX_BYTES)
    plan = plan_partitions(paths, partition_docs=3)
    assert {p.kind for p in plan} == {"files", "jsonl"}
    assert sum(p.items[0][0].endswith("feed.jsonl") for p in plan) == 4  # 12 lines, 3 per partition
    whole = [(d.doc_id, d.raw, d.rejections, d.publication_date) for d in iter_documents(paths, opts)]
    parts = [(d.doc_id, d.raw, d.rejections, d.publication_date)
             for p in plan for d in read_partition(p, opts)]
    assert parts == whole
    assert "feed.jsonl:3" in [w[0] for w in whole]  # an id from a line number, past a partition cut


@pytest.mark.slow
def test_dask_ingest_gives_the_local_store(tmp_path):
    from dateline.cli import main

    paths = _corpus(tmp_path)
    common = ["--set", f"max_input_bytes={MAX_BYTES}"]
    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    assert main(common + ["--set", "workers=1", "ingest", *paths, "--db", str(local_db), "--no-progress"]) == 0
    # batch_size=1: partitions of 4 documents, so the JSONL file is cut into several
    assert main(common + ["--set", "batch_size=1", "ingest", *paths, "--db", str(dask_db), "--no-progress",
                          "--dask", "local:2", "--parts", str(tmp_path / "parts")]) == 0
    local, dask = _snapshot(local_db), _snapshot(dask_db)
    assert len(local["events"]) >= 8
    codes = {row[4] for row in local["rejections"]}  # (content_hash, seq, doc_id, stage, code, ...)
    assert {"BINARY", "EMPTY", "BAD_ENCODING", "TOO_LARGE", "BAD_JSONL", "NOT_ENGLISH"} <= codes
    for table in local:
        assert dask[table] == local[table], table
    assert len(list((tmp_path / "parts").glob("part-*.parquet"))) >= 5


@pytest.mark.slow
def test_workers_load_once_and_a_rerun_reuses_partitions(tmp_path):
    paths = _corpus(tmp_path)
    settings = load_settings(env={}, overrides={"max_input_bytes": MAX_BYTES})
    out = tmp_path / "parts"
    with local_cluster(2) as client:
        assert all(addr.startswith("tcp://127.0.0.1:") for addr in client.scheduler_info()["workers"])
        first = ingest_dask(paths, client=client, out_dir=out, settings=settings, partition_docs=3)
        loads = client.run(_model_loads)
        again = ingest_dask(paths, client=client, out_dir=out, settings=settings, partition_docs=3)
    assert first.partitions == len(first.files) >= 8 and first.reused == 0
    assert first.documents == len(list(iter_documents(paths, ReadOptions(max_bytes=MAX_BYTES))))
    assert first.rejections["read/BINARY"] == 1 and first.events >= 8
    assert sorted(loads.values()) == [1, 1]  # each worker loaded the model once
    assert again.reused == again.partitions and again.files == first.files
    assert (again.documents, again.events, again.rejections) == (first.documents, first.events, first.rejections)


def _model_loads() -> int:
    from dateline.resources import spacy_model

    return spacy_model.cache_info().misses


def test_bad_dask_inputs_are_coded_errors(tmp_path, capsys):
    from dateline.cli import main

    paths = _corpus(tmp_path)
    assert main(["ingest", *paths, "--db", str(tmp_path / "x.duckdb"), "--dask", "local:two", "--no-progress"]) == 2
    assert "DASK_ADDRESS" in capsys.readouterr().err
    with pytest.raises(InputError) as err:
        plan_partitions(["-"])
    assert err.value.code == "DASK_STDIN"
