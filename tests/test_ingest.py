"""Corpus runs with the real pipeline: idempotent re-runs, hostile inputs, --reprocess, and a real
`dateline ingest` process killed (SIGKILL) at several points, then resumed."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.ingest import ingest
from dateline.store import Store
from store_fixtures import snapshot

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "src" / "dateline" / "data" / "sample"
sys.path.insert(0, str(REPO / "bench"))
from make_corpus import make_corpus  # noqa: E402

pytestmark = pytest.mark.slow


def dateline(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dateline.cli", *args], capture_output=True, text=True,
                          timeout=600, **kw)


def test_rerun_adds_nothing(tmp_path, settings):
    db = tmp_path / "s.duckdb"
    first = ingest([str(SAMPLE)], db, settings=settings)
    assert first.processed == first.seen >= 5 and first.events > 0
    with Store(db) as store:
        before = snapshot(store)
    again = ingest([str(SAMPLE)], db, settings=settings)
    assert (again.processed, again.skipped, again.events) == (0, first.seen, 0)
    with Store(db) as store:
        assert snapshot(store) == before


def test_reprocess_only_when_asked(tmp_path):
    db = str(tmp_path / "s.duckdb")
    assert dateline("ingest", str(SAMPLE), "--db", db, "--no-progress").returncode == 0
    stricter = ("--set", "event_min_confidence=0.9")
    plain = dateline(*stricter, "ingest", str(SAMPLE), "--db", db, "--no-progress")
    assert re.search(r"0 processed, \d+ already stored", plain.stderr), plain.stderr
    redo = dateline(*stricter, "ingest", str(SAMPLE), "--db", db, "--no-progress", "--reprocess")
    assert redo.returncode == 0 and re.search(r" [1-9]\d* processed, 0 already stored", redo.stderr), redo.stderr
    with Store(db, read_only=True) as store:
        hashes = {h for _, _, h in store.con.execute(
            "SELECT content_hash, pipeline, settings_hash FROM documents").fetchall()}
        low = store.count_events()
    assert len(hashes) == 1  # every document now carries the new settings fingerprint
    ingest_again = dateline(*stricter, "ingest", str(SAMPLE), "--db", db, "--no-progress", "--reprocess")
    assert " 0 processed" in ingest_again.stderr  # same pipeline and settings: nothing to redo
    with Store(db, read_only=True) as store:
        assert store.count_events() == low


def test_hostile_corpus_of_1000_documents(tmp_path):
    corpus, db = tmp_path / "corpus", tmp_path / "c.duckdb"
    manifest = make_corpus(corpus, n=1000, hostile=0.05, seed=3, large=1)
    run = dateline("ingest", str(corpus), "--db", str(db))
    assert run.returncode == 0, run.stderr[-2000:]
    assert "doc/s" in run.stderr and "events=" in run.stderr  # the progress bar
    with Store(db, read_only=True) as store:
        status = dict(store.con.execute("SELECT status, count(*) FROM documents GROUP BY status").fetchall())
        codes = dict(store.con.execute(
            "SELECT code, count(*) FROM rejections WHERE scope = 'document' GROUP BY code").fetchall())
        hostile_rows = store.con.execute(
            "SELECT count(*) FROM documents WHERE regexp_matches(doc_id, '/h\\d{4}-') "
            "OR doc_id LIKE 'broken-%' OR doc_id LIKE 'feed.jsonl:%'").fetchall()[0][0]
        stats = store.stats()
    assert sum(status.values()) == manifest["inputs"] - 1  # one exact duplicate stored once
    assert hostile_rows == manifest["hostile"]
    assert status["rejected"] >= manifest["hostile"]
    for code in ("BINARY", "EMPTY", "TOO_LARGE", "BAD_ENCODING", "BAD_JSONL", "NOT_ENGLISH"):
        assert codes.get(code, 0) >= 1, (code, codes)
    assert stats["events"] > 800 and stats["merged_events"] < stats["events"]


def _kill_when(cmd: list[str], threshold: int, *, timeout: float = 300) -> tuple[bool, int]:
    """Run `cmd`, SIGKILL it once its progress bar shows `threshold` documents; returns
    (killed while running, documents shown)."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.set_blocking(proc.stderr.fileno(), False)
    seen, buf, deadline = -1, b"", time.monotonic() + timeout
    while time.monotonic() < deadline:
        chunk = proc.stderr.read() or b""
        buf = (buf + chunk)[-4000:]
        counts = re.findall(rb"(\d+)doc ", buf)
        seen = int(counts[-1]) if counts else seen
        if seen >= threshold or proc.poll() is not None:
            break
        time.sleep(0.01)
    alive = proc.poll() is None
    if alive:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    return alive and proc.returncode == -signal.SIGKILL, seen


def test_kill_and_resume_gives_the_uninterrupted_store(tmp_path):
    corpus = tmp_path / "corpus"
    manifest = make_corpus(corpus, n=400, hostile=0.05, seed=7, large=0)
    ref, db = tmp_path / "ref.duckdb", tmp_path / "killed.duckdb"
    # the reference: one uninterrupted run, in one process
    done = dateline("--set", "workers=1", "ingest", str(corpus), "--db", str(ref), "--no-progress")
    assert done.returncode == 0, done.stderr[-2000:]

    cmd = [sys.executable, "-m", "dateline.cli", "--set", "batch_size=16", "ingest", str(corpus),
           "--db", str(db)]
    stored, kills = [], 0
    # kill at start-up, early, mid-run, late, and once every input is read (final commit or merge)
    for threshold in (0, 40, 150, 300, manifest["inputs"]):
        killed, shown = _kill_when(cmd, threshold)
        kills += killed
        if db.exists():
            with Store(db) as store:
                stored.append(len(store.table_rows("documents")))
        print(f"kill at {threshold}: killed={killed} shown={shown} stored={stored[-1:]}")
    assert kills >= 4, f"only {kills} runs were killed while running"
    assert stored == sorted(stored) and 0 < stored[1] < manifest["inputs"], stored

    final = subprocess.run(cmd + ["--no-progress"], capture_output=True, text=True, timeout=600)
    assert final.returncode == 0, final.stderr[-2000:]
    with Store(ref, read_only=True) as a, Store(db, read_only=True) as b:
        expected, got = snapshot(a), snapshot(b)
    assert len(expected["documents"]) == manifest["inputs"] - 1
    assert len(expected["merged_members"]) == len(expected["events"]) > 300
    for table in expected:
        assert got[table] == expected[table], table


def test_warc_and_jsonl_inputs(tmp_path, settings):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    article = ("<html><head><title>Teachers strike</title></head><body><article><p>NAIROBI, March 14, "
               "2024 (Daily Ledger) - Thousands of teachers marched through central Nairobi on Thursday "
               "to demand higher pay, blocking roads for several hours.</p><p>Police watched from a "
               "distance and no arrests were reported, officials said.</p></article></body></html>")
    warc = tmp_path / "news.warc.gz"
    with open(warc, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, body in enumerate([article, article.replace("Nairobi", "Mombasa").replace("NAIROBI", "MOMBASA")]):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(f"https://news.example/{i}", "response",
                                               payload=BytesIO(body.encode()), http_headers=headers)
            writer.write_record(record)
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "j1", "text": "LAGOS, May 2, 2024 - Hundreds of traders protested in Lagos on '
                    'Thursday against new market fees, witnesses said.", "source": "Coastal Times", '
                    '"date": "2024-05-02"}\nnot json\n', "utf-8")
    db = tmp_path / "w.duckdb"
    report = ingest([str(warc), str(feed)], db, settings=settings)
    assert report.processed == 4 and report.rejections["read/BAD_JSONL"] == 1
    with Store(db, read_only=True) as store:
        urls = {r[0] for r in store.con.execute("SELECT url FROM documents WHERE url IS NOT NULL").fetchall()}
        assert urls == {"https://news.example/0", "https://news.example/1"}
        places = {e["location"] for e in store.events(limit=50)}
    assert {"Nairobi", "Mombasa", "Lagos"} <= places


def test_a_worker_that_dies_does_not_stop_the_run(tmp_path, settings, monkeypatch):
    """A real worker process is SIGKILLed by one document (as a segfault or the OOM killer
    would); the run goes on, that document is a WORKER_CRASH rejection, the others are stored."""
    from dateline.stages import clean

    real_run = clean.run

    def dying_run(doc, ctx):
        if "KILL-THE-WORKER" in doc.raw:
            os.kill(os.getpid(), signal.SIGKILL)
        return real_run(doc, ctx)

    monkeypatch.setattr(clean, "run", dying_run)  # workers are forked: they run this too
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=80, hostile=0.0, seed=5, large=0)
    victim = sorted(corpus.glob("a*.txt"))[10]
    victim.write_text(victim.read_text("utf-8") + "\nKILL-THE-WORKER\n", "utf-8")
    db = tmp_path / "crash.duckdb"
    report = ingest([str(corpus)], db, settings=settings)
    assert report.rejections["runner/WORKER_CRASH"] == 1
    with Store(db, read_only=True) as store:
        rows = store.con.execute("SELECT doc_id, status FROM documents").fetchall()
        crashed = store.con.execute("SELECT doc_id FROM rejections WHERE code = 'WORKER_CRASH'").fetchall()
    assert len(rows) == report.seen - report.duplicates
    assert crashed == [(str(victim),)]
    assert sum(status == "ok" for _, status in rows) >= 70


@pytest.mark.slow
def test_workers_leave_when_a_killed_ingest_leaves_them(tmp_path):
    """kill -9 of `dateline ingest` must not leave orphaned workers behind."""
    import os
    import signal
    import subprocess
    import sys
    import time

    import psutil

    corpus = tmp_path / "c.jsonl"
    text = ("Protesters gathered in Nairobi on Friday to demand lower taxes, and police dispersed them "
            "with tear gas, witnesses said. ")
    corpus.write_text("\n".join(f'{{"id": "k{i}", "text": "{text * 6} Ref {i}.", "date": "2023-07-08"}}'
                                for i in range(400)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "dateline.cli", "--set", "batch_size=8", "ingest", str(corpus),
                             "--db", str(tmp_path / "k.duckdb"), "--no-progress"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    children: list = []
    while time.time() < deadline and len(children) < 2:
        time.sleep(0.2)
        children = psutil.Process(proc.pid).children(recursive=True)
    assert children, "the ingest started no worker processes"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    gone, alive = psutil.wait_procs(children, timeout=10)
    assert not alive, f"orphaned workers still running: {[p.pid for p in alive]}"


LOCAL_PAPER = [
    ("1", "Hundreds of teachers protested in Columbus, Ohio, on Monday against pay cuts."),
    ("2", "Nurses rallied in Westerville, Ohio, on Tuesday to demand more staff."),
    ("3", "Residents protested outside Dublin city hall on Wednesday over a new toll."),
]


def write_local_paper(path: Path) -> None:
    import json
    path.write_text("".join(json.dumps({"id": i, "text": t, "date": "2024-05-10",
                                        "url": f"https://www.villager.example/{i}"}) + "\n"
                            for i, t in LOCAL_PAPER), encoding="utf-8")


def dublin_event(db: Path) -> tuple[str, str]:
    with Store(db, read_only=True) as store:
        (row,) = store.con.execute("SELECT country, admin1 FROM events WHERE doc_id = '3'").fetchall()
    return row


def test_source_focus_reads_a_local_papers_dublin_again(tmp_path, settings):
    import dataclasses
    corpus = tmp_path / "local.jsonl"
    write_local_paper(corpus)
    alone = tmp_path / "alone.duckdb"
    ingest([str(corpus)], alone, settings=dataclasses.replace(settings, source_focus=False))
    assert dublin_event(alone)[0] == "Ireland"
    db = tmp_path / "s.duckdb"
    report = ingest([str(corpus)], db, settings=settings)
    assert report.processed == 3 and report.refocused >= 1
    assert dublin_event(db) == ("United States", "Ohio")
    with Store(db) as store:
        regions, focus = store.con.execute("SELECT regions, focus FROM documents WHERE doc_id = '3'").fetchone()
        assert regions == "IE.L"  # read alone, Dublin is the Irish capital: that is what the focus learns from
        assert focus == "US.OH=1.00"
        (event_id,) = store.con.execute("SELECT event_id FROM events WHERE doc_id = '3'").fetchone()
        assert store.event(event_id)["document"]["focus"] == "US.OH=1.00"  # shown with the event
        before = snapshot(store)
    again = ingest([str(corpus)], db, settings=settings)
    assert (again.processed, again.refocused) == (0, 0)  # nothing moved: nothing read again
    with Store(db) as store:
        assert snapshot(store) == before
        # a run stopped before this document was read again: the next run reads only it
        store.con.execute("UPDATE documents SET focus = '' WHERE doc_id = '3'")
    resumed = ingest([str(corpus)], db, settings=settings)
    assert resumed.refocused == 1 and dublin_event(db) == ("United States", "Ohio")
