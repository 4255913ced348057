"""Benchmark `dateline ingest` on a generated corpus: documents/s, peak RSS, store size.

    python bench/bench_ingest.py [--n 1000] [--workers 2] [--corpus DIR] [--markdown FILE]

Generates the corpus with bench/make_corpus.py (5% hostile inputs, two 20 MB texts) unless
--corpus points at one, then runs the real CLI in a subprocess: a first ingest into a new store, a
second one over the same input (everything already stored), and the exports. Peak RSS is sampled
every 50 ms over the whole process tree (psutil). Prints one JSON object; --markdown also writes
a table.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import make_corpus  # noqa: E402


def run_measured(cmd: list[str]) -> dict:
    """Run `cmd`; wall time, exit code, peak RSS of the main process, of the largest worker and
    of the whole tree (sampled)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    root = psutil.Process(proc.pid)
    peak_main = peak_worker = peak_total = 0
    while proc.poll() is None:
        try:
            procs = [root] + root.children(recursive=True)
            rss = {p.pid: p.memory_info().rss for p in procs}
        except psutil.Error:
            rss = {}
        if rss:
            peak_main = max(peak_main, rss.get(proc.pid, 0))
            peak_worker = max([peak_worker] + [v for k, v in rss.items() if k != proc.pid])
            peak_total = max(peak_total, sum(rss.values()))
        time.sleep(0.05)
    err = proc.stderr.read()
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-3000:]}")
    mb = 1024 * 1024
    return {"seconds": round(seconds, 2), "peak_rss_main_mb": round(peak_main / mb),
            "peak_rss_worker_mb": round(peak_worker / mb), "peak_rss_total_mb": round(peak_total / mb),
            "stderr_tail": err.strip().splitlines()[-12:]}


def store_size(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def bench(corpus: Path, work: Path, *, workers: int) -> dict:
    db = work / "bench.duckdb"
    for stale in work.glob("bench.duckdb*"):
        stale.unlink()
    cli = [sys.executable, "-m", "dateline.cli", "--set", f"workers={workers}"]
    first = run_measured(cli + ["ingest", str(corpus), "--db", str(db), "--no-progress"])
    again = run_measured(cli + ["ingest", str(corpus), "--db", str(db), "--no-progress"])
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from dateline.store import Store

    with Store(db, read_only=True) as store:
        stats = store.stats()
    exports = {}
    for fmt in ("csv", "parquet", "geojson", "jsonl"):
        out = work / f"events.{fmt}"
        t = run_measured(cli + ["export", "--db", str(db), "--format", fmt, "-o", str(out)])
        exports[fmt] = {"seconds": t["seconds"], "bytes": out.stat().st_size}
    inputs = sum(1 for p in corpus.rglob("*") if p.suffix in (".txt", ".html"))
    inputs += sum(1 for _ in open(corpus / "feed.jsonl", "rb")) if (corpus / "feed.jsonl").exists() else 0
    return {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
                   f"{platform.python_version()}, {platform.system()} {platform.release()}",
        "workers": workers,
        "inputs": inputs,
        "documents": stats["documents"], "rejected_documents": stats["documents_rejected"],
        "events": stats["events"], "merged_events": stats["merged_events"],
        "ingest_seconds": first["seconds"],
        "docs_per_second": round(stats["documents"] / first["seconds"], 1),
        "peak_rss_main_mb": first["peak_rss_main_mb"], "peak_rss_worker_mb": first["peak_rss_worker_mb"],
        "peak_rss_total_mb": first["peak_rss_total_mb"],
        "rerun_seconds": again["seconds"],
        "store_bytes": store_size(db),
        "corpus_bytes": sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file()),
        "exports": exports,
        "summary": first["stderr_tail"],
    }


def markdown(result: dict) -> str:
    mb = 1024 * 1024
    lines = [
        "# Store and ingest figures (bench/bench_ingest.py)", "",
        f"Machine: {result['machine']}; `dateline ingest` with workers={result['workers']}.", "",
        "| figure | value |", "|---|---|",
        f"| inputs (generated corpus, 5% hostile, two 20 MB texts) | {result['inputs']} |",
        f"| documents stored / rejected | {result['documents']} / {result['rejected_documents']} |",
        f"| events / merged events | {result['events']} / {result['merged_events']} |",
        f"| first ingest (incl. start-up and merge) | {result['ingest_seconds']} s |",
        f"| documents/s | {result['docs_per_second']} |",
        f"| peak RSS: main process / largest worker / whole tree | {result['peak_rss_main_mb']} / "
        f"{result['peak_rss_worker_mb']} / {result['peak_rss_total_mb']} MB |",
        f"| re-run on the same input (nothing to do) | {result['rerun_seconds']} s |",
        f"| store size (DuckDB file) | {result['store_bytes'] / mb:.1f} MB (corpus {result['corpus_bytes'] / mb:.1f} MB) |",
    ]
    for fmt, e in result["exports"].items():
        lines.append(f"| export {fmt} | {e['seconds']} s, {e['bytes'] / mb:.2f} MB |")
    lines += ["", "Ingest summary:", "", "```", *result["summary"], "```", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="inputs to generate (default 1000)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--corpus", help="use this corpus folder instead of generating one")
    parser.add_argument("--markdown", help="also write the figures as a Markdown table here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as tmp:
        work = Path(tmp)
        corpus = Path(args.corpus) if args.corpus else work / "corpus"
        if not args.corpus:
            make_corpus(corpus, n=args.n, hostile=0.05, seed=0, large=2)
        result = bench(corpus, work, workers=args.workers)
    print(json.dumps(result, indent=2))
    if args.markdown:
        Path(args.markdown).write_text(markdown(result), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
