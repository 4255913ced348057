"""Benchmark: spaCy alone vs dateline's whole extract pipeline on the same generated articles.

    make bench            # or: .venv/bin/python bench/bench.py [--articles 2000] [--repeat 2]

One run prints: words/s and articles/s for (a) spaCy's full pipeline (`nlp.pipe`, n_process=2)
and (b) dateline's extract pipeline on both cores (runner.run_documents), the ratio b/a, peak RSS
per worker, the cold start to the first event, the gazetteer's load time and RSS, the share of
time per stage, and the Dask LocalCluster 2-worker vs 1-worker speed-up.

Every measurement runs in a fresh subprocess of this script (`--part NAME`), so that no model
loaded for one measurement is inherited by the workers of another; this process samples the RSS
of the subprocess tree and the CPU time the rest of the machine used meanwhile ("other load"),
so that a figure taken on a busy machine can be recognised as such.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

GOALS = {"ratio": 1.0, "articles_per_s": 20.0, "rss_mb": 1024.0, "cold_start_s": 5.0, "dask_speedup": 1.8}
COLD_TEXT = ("KANO, Nigeria, March 3 (Meridian News) - Police fired tear gas at hundreds of traders who "
             "protested on Monday in Kano against new market fees, witnesses said.")


# ---------------------------------------------------------------- parts (run in subprocesses)

def _load_docs(folder: str, limit: int | None = None):
    from dateline.sources import iter_documents

    docs = list(iter_documents([folder]))
    return docs[:limit] if limit else docs


def _words(docs) -> int:
    return sum(len(d.raw.split()) for d in docs)


def part_spacy(args) -> dict:
    import spacy

    from dateline.settings import load_settings

    settings = load_settings()
    docs = _load_docs(args.corpus)
    texts = [d.raw for d in docs]
    nlp = spacy.load(settings.spacy_model)
    start = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts, n_process=args.workers, batch_size=32))
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "articles": n, "words": _words(docs), "pipes": list(nlp.pipe_names)}


def part_dateline(args) -> dict:
    from dateline.runner import run_documents
    from dateline.settings import load_settings

    settings = load_settings(overrides={"workers": args.workers})
    docs = _load_docs(args.corpus)
    start = time.perf_counter()
    events = rejected = parsed = sentences = 0
    for doc in run_documents(docs, settings):
        events += len(doc.events)
        rejected += doc.rejected
        sentences += len(doc.sentences)
        parsed += len({t.sent for t in doc.tokens})
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "articles": len(docs), "words": _words(docs), "events": events,
            "rejected": rejected, "sentences": sentences, "parsed_sentences": parsed}


# stage modules and inner functions timed by the profile (module, attribute, label)
TIMED = (
    ("dateline.stages.nlp", "split_sentences", "nlp: segmentation"),
    ("dateline.stages.nlp", "parse_sentences", "nlp: spaCy parse + token copy"),
    ("dateline.stages.places", "detect", "places: detect"),
    ("dateline.stages.events", "classify", "events: event-type classifier"),
    ("dateline.stages.event_parts", "type_sentence", "events: type_sentence"),
)


def _instrument(totals: dict) -> None:
    """Wrap each stage's run (and a few inner functions) with a timer adding into totals."""
    import importlib

    from dateline.settings import load_settings
    from dateline.stages import get_stage

    targets = [(get_stage(name), "run", f"stage {name}") for name in load_settings().pipeline]
    targets += [(importlib.import_module(mod), attr, label) for mod, attr, label in TIMED]
    for module, attr, label in targets:
        inner = getattr(module, attr)

        def timed(*a, _inner=inner, _label=label, **kw):
            t = time.perf_counter()
            try:
                return _inner(*a, **kw)
            finally:
                totals[_label] = totals.get(_label, 0.0) + time.perf_counter() - t
        setattr(module, attr, timed)


_TOTALS: dict[str, float] = {}


def _profile_batch(batch, settings) -> dict:
    from dateline.pipeline import get_pipeline

    if not _TOTALS:
        _instrument(_TOTALS)
        _TOTALS["pipeline (whole)"] = 0.0
    pipeline = get_pipeline(settings)
    start = time.perf_counter()
    for doc in batch:
        if not doc.rejected:
            pipeline(doc)
    _TOTALS["pipeline (whole)"] += time.perf_counter() - start
    return dict(_TOTALS)


def part_stages(args) -> dict:
    """Per-stage time inside the workers (cumulative per worker process, summed over workers)."""
    from concurrent.futures import ProcessPoolExecutor

    from dateline.settings import load_settings

    settings = load_settings()
    docs = _load_docs(args.corpus, args.profile_articles)
    per_worker: dict[int, dict] = {}
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        # load the resources first so that loading is not counted in the first stage
        list(pool.map(_warm, [settings] * args.workers))
        batches = [docs[i:i + 32] for i in range(0, len(docs), 32)]
        for pid, totals in pool.map(_profile_batch_pid, batches, [settings] * len(batches)):
            seen = per_worker.setdefault(pid, {})
            for label, seconds in totals.items():  # cumulative per worker: keep the latest
                seen[label] = max(seen.get(label, 0.0), seconds)
    summed: dict[str, float] = {}
    for totals in per_worker.values():
        for label, seconds in totals.items():
            summed[label] = summed.get(label, 0.0) + seconds
    return {"articles": len(docs), "seconds": summed}


def _warm(settings) -> int:
    from dateline.pipeline import get_pipeline
    from dateline.resources import gazetteer_for, nlp_for

    get_pipeline(settings)
    nlp_for(settings)
    gazetteer_for(settings)
    time.sleep(0.5)  # keep this worker busy so that the other one warms up too
    return os.getpid()


def _profile_batch_pid(batch, settings):
    return os.getpid(), _profile_batch(batch, settings)


def part_cold(args) -> dict:
    """Import, load model and gazetteer, extract one article: the first event, from nothing."""
    start = time.perf_counter()
    from dateline.pipeline import extract
    from dateline.resources import gazetteer_for, nlp_for
    from dateline.settings import load_settings
    from datetime import date

    settings = load_settings()
    t_import = time.perf_counter()
    nlp_for(settings)
    t_model = time.perf_counter()
    gazetteer_for(settings)
    t_gaz = time.perf_counter()
    doc = extract(COLD_TEXT, date=date(2024, 3, 4), settings=settings)
    t_first = time.perf_counter()
    if not doc.events:
        raise SystemExit("cold start: the test article gave no event")
    return {"import": t_import - start, "model": t_model - t_import, "gazetteer": t_gaz - t_model,
            "extract": t_first - t_gaz, "events": len(doc.events)}


def part_gazetteer(args) -> dict:
    from dateline.gazetteer import load_gazetteer
    from dateline.settings import load_settings

    settings = load_settings()
    proc = psutil.Process()
    before = proc.memory_info().rss
    start = time.perf_counter()
    gaz = load_gazetteer(str(settings.gazetteer_file))
    seconds = time.perf_counter() - start
    after = proc.memory_info().rss
    import spacy

    t = time.perf_counter()
    spacy.load(settings.spacy_model)
    model_seconds = time.perf_counter() - t
    return {"seconds": seconds, "rss_mb": (after - before) / 2**20, "file_mb":
            settings.gazetteer_file.stat().st_size / 2**20, "model_seconds": model_seconds,
            "model_rss_mb": (proc.memory_info().rss - after) / 2**20, "gazetteer_alive": gaz is not None}


def part_dask(args) -> dict:
    """LocalCluster with 1 then 2 single-threaded workers on the same articles (warmed up)."""
    from dateline import distributed
    from dateline.settings import load_settings

    settings = load_settings()
    out = {}
    for n in (1, 2):
        with distributed.local_cluster(n, dashboard=False) as client:
            distributed.warm_up(client, settings)
            runs = []
            for _ in range(args.repeat):
                with tempfile.TemporaryDirectory(prefix="dateline-bench-dask-") as tmp:
                    start = time.perf_counter()
                    result = distributed.ingest_dask([args.corpus], client=client, out_dir=tmp, settings=settings)
                    runs.append(time.perf_counter() - start)
            out[f"workers_{n}"] = {"seconds": min(runs), "runs": runs, "documents": result.documents,
                                   "events": result.events, "partitions": result.partitions,
                                   "per_worker": sorted(result.workers.values())}
    return out


PARTS = {"spacy": part_spacy, "dateline": part_dateline, "stages": part_stages, "cold": part_cold,
         "gazetteer": part_gazetteer, "dask": part_dask}


# ---------------------------------------------------------------- orchestration

class Sampler(threading.Thread):
    """Peak RSS of a process and of each of its descendants, sampled every 0.2 s."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.peaks: dict[int, int] = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            try:
                procs = [self.root] + self.root.children(recursive=True)
            except psutil.Error:
                break
            for proc in procs:
                try:
                    rss = proc.memory_info().rss
                except psutil.Error:
                    continue
                self.peaks[proc.pid] = max(self.peaks.get(proc.pid, 0), rss)
            self.done.wait(0.2)


def run_part(name: str, args, extra: list[str] = ()) -> dict:
    """Run one part in a fresh interpreter; returns its figures plus RSS peaks and other load."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--part", name, "--corpus", args.corpus or "",
           "--workers", str(args.workers), "--profile-articles", str(args.profile_articles),
           "--repeat", str(args.repeat), *extra]
    busy0 = _busy_seconds()
    ours0 = _children_cpu()
    wall0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    sampler = Sampler(proc.pid)
    sampler.start()
    stdout, _ = proc.communicate()
    sampler.done.set()
    sampler.join()
    wall = time.perf_counter() - wall0
    if proc.returncode != 0:
        raise SystemExit(f"bench part {name} failed (exit {proc.returncode})")
    figures = json.loads(stdout.strip().splitlines()[-1])
    other = max(0.0, (_busy_seconds() - busy0) - (_children_cpu() - ours0))
    peaks = dict(sampler.peaks)
    main_rss = peaks.pop(proc.pid, 0)
    figures["_rss_main_mb"] = main_rss / 2**20
    figures["_rss_workers_mb"] = sorted((v / 2**20 for v in peaks.values()), reverse=True)
    figures["_other_load"] = other / wall if wall else 0.0  # cores used by other processes
    figures["_wall"] = wall
    return figures


def _busy_seconds() -> float:
    t = psutil.cpu_times()
    return t.user + t.nice + t.system + getattr(t, "irq", 0) + getattr(t, "softirq", 0)


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = psutil.virtual_memory().total / 2**30
    import spacy

    return (f"{cpu}, {psutil.cpu_count()} logical cores, {mem:.0f} GB RAM, {platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}, spaCy {spacy.__version__}")


def _best(runs: list[dict]) -> dict:
    return min(runs, key=lambda r: r["seconds"])


def _load_note(fig: dict) -> str:
    return f"(other load {fig['_other_load']:.2f} cores)"


def report(args) -> dict:
    from corpus import write_corpus

    from dateline.settings import load_settings

    settings = load_settings()
    print(f"machine: {machine()}")
    print(f"settings: workers={args.workers} batch_size={settings.batch_size} nlp_scope={settings.nlp_scope} "
          f"model={settings.spacy_model}")
    results: dict = {"machine": machine(), "articles": args.articles, "seed": args.seed}
    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as tmp:
        t = time.perf_counter()
        write_corpus(tmp, args.articles, seed=args.seed)
        args.corpus = tmp
        print(f"corpus: {args.articles} generated articles (seed {args.seed}) in {time.perf_counter() - t:.1f} s")

        gaz = run_part("gazetteer", args)
        print(f"gazetteer load: {gaz['seconds']:.2f} s, +{gaz['rss_mb']:.0f} MB RSS (file {gaz['file_mb']:.0f} MB); "
              f"spaCy model load: {gaz['model_seconds']:.2f} s, +{gaz['model_rss_mb']:.0f} MB RSS")
        colds = [run_part("cold", args) for _ in range(3)]
        cold = min(colds, key=lambda c: c["_wall"])
        print(f"cold start to first event: {cold['_wall']:.2f} s (best of 3; median "
              f"{sorted(c['_wall'] for c in colds)[1]:.2f} s): import {cold['import']:.2f}, model "
              f"{cold['model']:.2f}, gazetteer {cold['gazetteer']:.2f}, extract {cold['extract']:.2f}")
        results.update(gazetteer=gaz, cold=colds)

        spacy_runs, dl_runs = [], []
        for r in range(args.repeat):
            spacy_runs.append(run_part("spacy", args))
            a = spacy_runs[-1]
            print(f"[run {r + 1}] (a) spaCy {'+'.join(a['pipes'])}: {a['seconds']:.1f} s, "
                  f"{a['words'] / a['seconds']:,.0f} words/s, {a['articles'] / a['seconds']:.1f} articles/s "
                  f"{_load_note(a)}")
            dl_runs.append(run_part("dateline", args))
            b = dl_runs[-1]
            print(f"[run {r + 1}] (b) dateline: {b['seconds']:.1f} s, {b['words'] / b['seconds']:,.0f} words/s, "
                  f"{b['articles'] / b['seconds']:.1f} articles/s, {b['events']} events, "
                  f"{b['parsed_sentences']}/{b['sentences']} sentences parsed {_load_note(b)}")
        a, b = _best(spacy_runs), _best(dl_runs)
        ratio = a["seconds"] / b["seconds"]
        rss = max(b["_rss_workers_mb"] or [0.0])
        results.update(spacy=spacy_runs, dateline=dl_runs, ratio=ratio, rss_worker_mb=rss)

        stages = run_part("stages", args)
        results["stages"] = stages
        _print_stages(stages)

        dask = None
        if not args.skip_dask:
            with tempfile.TemporaryDirectory(prefix="dateline-bench-dask-corpus-") as small:
                write_corpus(small, args.dask_articles, seed=args.seed, files=8)
                args.corpus = small
                dask = run_part("dask", args)
            one, two = dask["workers_1"]["seconds"], dask["workers_2"]["seconds"]
            print(f"dask LocalCluster on {args.dask_articles} articles (warm workers, best of {args.repeat}): "
                  f"1 worker {one:.1f} s, 2 workers {two:.1f} s, "
                  f"speed-up {one / two:.2f}x, partitions per worker {dask['workers_2']['per_worker']} "
                  f"{_load_note(dask)}")
            results["dask"] = dask

    _summary(a, b, rss, cold, dask)
    return results


def _summary(a: dict, b: dict, rss: float, cold: dict, dask: dict | None) -> None:
    ratio = a["seconds"] / b["seconds"]
    print()
    print("summary (best run)                       value      goal")
    _line("ratio b/a (dateline / spaCy speed)", ratio, f">= {GOALS['ratio']}", ratio >= GOALS["ratio"])
    _line("articles/s, dateline, 2 cores", b["articles"] / b["seconds"], f">= {GOALS['articles_per_s']:.0f}",
          b["articles"] / b["seconds"] >= GOALS["articles_per_s"])
    _line("words/s, dateline", b["words"] / b["seconds"], "", None)
    _line("words/s, spaCy alone", a["words"] / a["seconds"], "", None)
    _line("peak RSS per worker (MB)", rss, f"<= {GOALS['rss_mb']:.0f}", rss <= GOALS["rss_mb"])
    _line("cold start to first event (s)", cold["_wall"], f"<= {GOALS['cold_start_s']:.0f}",
          cold["_wall"] <= GOALS["cold_start_s"])
    if dask:
        speedup = dask["workers_1"]["seconds"] / dask["workers_2"]["seconds"]
        _line("dask 2 vs 1 worker speed-up", speedup, f">= {GOALS['dask_speedup']}", speedup >= GOALS["dask_speedup"])


def _print_stages(stages: dict) -> None:
    secs = stages["seconds"]
    whole = secs.get("pipeline (whole)") or sum(v for k, v in secs.items() if k.startswith("stage "))
    print(f"time per stage in the workers ({stages['articles']} articles, "
          f"{whole / stages['articles'] * 1000:.1f} ms of worker time per article):")
    stages_in_order = [k for k in secs if k.startswith("stage ")]
    for stage in stages_in_order:
        name = stage.split(" ", 1)[1]
        rows = [(stage, "  ")] + [(k, "      ") for k in secs if k.startswith(f"{name}: ")]
        for label, indent in rows:
            seconds = secs[label]
            print(f"{indent}{label:<36} {seconds / whole:6.1%}  {seconds / stages['articles'] * 1000:7.2f} ms/article")


def _line(label: str, value: float, goal: str, ok: bool | None) -> None:
    mark = "" if ok is None else ("ok" if ok else "MISSED")
    text = f"{value:,.2f}" if value < 100 else f"{value:,.0f}"
    print(f"  {label:<38} {text:>9}  {goal:<8} {mark}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="generated articles (>= 2000 for the report)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1, help="runs of (a), (b) and each Dask cluster size; the best is reported")
    parser.add_argument("--profile-articles", type=int, default=600, help="articles for the per-stage profile")
    parser.add_argument("--dask-articles", type=int, default=400, help="articles for the Dask speed-up")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--json", metavar="FILE", help="also write every figure here")
    parser.add_argument("--part", choices=sorted(PARTS), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.part:
        print(json.dumps(PARTS[args.part](args)))
        return
    results = report(args)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
