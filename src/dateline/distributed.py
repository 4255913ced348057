"""Scale-out on Dask: the per-document pipeline mapped over partitions of the input, on a cluster.

    report = ingest_dask(["corpus/"], address="local:2", out_dir="parts/", settings=settings)
    # then: dateline load parts/ --db events.duckdb   (or ingest_to_store(), which does both)

The client only plans: it lists the inputs (`sources.expand`) and cuts them into partitions of
about `partition_docs` documents (groups of files, line ranges of a JSONL file, one WARC file).
Each worker reads its partitions itself, runs the very function the local runner maps
(`pipeline.get_pipeline(settings)(doc)` on each document not already rejected on reading), and
writes one Parquet file per partition in the document record layout of `dateline.export`, which
`dateline load` brings into the store. Workers load the spaCy model and the gazetteer once each
(resources.py caches per process; a lock keeps threads of one worker from loading twice).

Inputs must be readable at the same path from every worker (a shared filesystem on SLURM or a
mounted volume on Kubernetes). Document ids are the paths as given to the client, so that a Dask
run and a local run of the same inputs give the same documents and events. Partition files are
named after their inputs (path, size, mtime, line range) and the pipeline fingerprint: a run
started again skips the partitions already written, and files are written atomically.
"""
from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import itertools
import logging
import os
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .errors import DatelineError, InputError, MissingExtraError
from .model import Document
from .settings import Settings
from .sources import JSONL_SUFFIXES, WARC_SUFFIXES, ReadOptions, expand, iter_jsonl, iter_path, iter_warc, suffix_of

log = logging.getLogger(__name__)

_LOAD_LOCK = threading.Lock()  # threads of one worker process share its caches: load them once


@dataclass(frozen=True, slots=True)
class Partition:
    """A unit of work: files (each (path as given, absolute path)), or lines of one JSONL file."""

    index: int
    kind: str  # files | jsonl | warc
    items: tuple[tuple[str, str], ...]
    start: int = 0  # jsonl: byte range [start, end) and the line number of its first line
    end: int = 0
    first_line: int = 1
    stamp: str = ""  # size and mtime of the inputs, so that a changed input is processed again

    def key(self, fingerprint: tuple[str, str]) -> str:
        spec = repr((self.kind, self.items, self.start, self.end, self.first_line, self.stamp, fingerprint))
        return hashlib.sha256(spec.encode()).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class PartitionResult:
    index: int
    file: str
    documents: int
    events: int
    rejected: int
    rejections: tuple[tuple[str, int], ...]
    seconds: float
    reused: bool = False  # written by an earlier run
    worker: str = ""  # host:pid that ran it


@dataclass(slots=True)
class DaskReport:
    partitions: int = 0
    reused: int = 0
    documents: int = 0
    events: int = 0
    rejected: int = 0
    rejections: Counter = field(default_factory=Counter)
    files: list[str] = field(default_factory=list)
    workers: Counter = field(default_factory=Counter)  # host:pid -> partitions run
    seconds: float = 0.0

    def add(self, result: PartitionResult) -> None:
        self.partitions += 1
        self.reused += result.reused
        self.documents += result.documents
        self.events += result.events
        self.rejected += result.rejected
        self.rejections.update(dict(result.rejections))
        self.workers[result.worker] += 1


def _dask():
    try:
        import distributed
    except ImportError as exc:
        raise MissingExtraError("dask", "distributed") from exc
    return distributed


# ---------------------------------------------------------------- planning (client side)

def _stamp(*paths: str) -> str:
    parts = []
    for p in paths:
        st = os.stat(p)
        parts.append(f"{st.st_size}:{st.st_mtime_ns}")
    return ",".join(parts)


def plan_partitions(paths: Iterable[str], *, partition_docs: int = 128) -> list[Partition]:
    """Cut the inputs into partitions, in the order `sources.iter_documents` reads them."""
    plan: list[Partition] = []
    group: list[tuple[str, str]] = []

    def flush() -> None:
        if group:
            plan.append(Partition(len(plan), "files", tuple(group), stamp=_stamp(*(loc for _, loc in group))))
            group.clear()

    for item in expand(paths):
        if item == "-":
            raise InputError("standard input cannot be distributed; give files or folders", code="DASK_STDIN")
        given, location = str(item), str(Path(item).resolve())
        suffix = suffix_of(Path(location))
        if suffix in JSONL_SUFFIXES:
            flush()
            for start, end, first in _line_ranges(location, partition_docs):
                plan.append(Partition(len(plan), "jsonl", ((given, location),), start, end, first,
                                      _stamp(location)))
        elif suffix in WARC_SUFFIXES:
            flush()
            plan.append(Partition(len(plan), "warc", ((given, location),), stamp=_stamp(location)))
        else:
            group.append((given, location))
            if len(group) >= partition_docs:
                flush()
    flush()
    return plan


def _line_ranges(path: str, lines_per_part: int) -> Iterator[tuple[int, int, int]]:
    """(byte start, byte end, first line number) of consecutive runs of lines of a file."""
    start = offset = 0
    first = line = 1
    with open(path, "rb") as fh:
        for raw in fh:
            offset += len(raw)
            if line - first + 1 >= lines_per_part:
                yield start, offset, first
                start, first = offset, line + 1
            line += 1
    if offset > start:
        yield start, offset, first


# ---------------------------------------------------------------- work (worker side)

def read_partition(part: Partition, opts: ReadOptions) -> Iterator[Document]:
    """The Documents of a partition, with the ids a local read of the same inputs gives."""
    for given, location in part.items:
        if part.kind == "jsonl":
            # blank lines keep the line numbers (ids of records without one) of a whole-file read
            stream = itertools.chain(itertools.repeat(b"\n", part.first_line - 1),
                                     _lines(location, part.start, part.end))
            docs = iter_jsonl(stream, Path(given).name, opts)
        elif part.kind == "warc":
            docs = iter_warc(Path(location), opts)
        else:
            docs = iter_path(Path(location), opts)
        for doc in docs:
            yield dataclasses.replace(doc, doc_id=given) if doc.doc_id == location != given else doc


def _lines(path: str, start: int, end: int) -> Iterator[bytes]:
    """The lines of a file between two byte offsets (line boundaries), one at a time."""
    with open(path, "rb") as fh:
        fh.seek(start)
        offset = start
        for line in fh:
            if offset >= end:
                break
            offset += len(line)
            yield line


def load_resources(settings: Settings) -> int:
    """Load the pipeline, model and gazetteer in this process (once); returns the pid."""
    from .pipeline import get_pipeline
    from .resources import gazetteer_for, nlp_for

    with _LOAD_LOCK:
        get_pipeline(settings)
        nlp_for(settings)
        gazetteer_for(settings)
    return os.getpid()


def process_partition(part: Partition, *, settings: Settings, opts: ReadOptions, out_dir: str,
                      fingerprint: tuple[str, str]) -> PartitionResult:
    """Run the pipeline over one partition and write its Parquet file (atomically)."""
    from .export import document_row, write_parts
    from .pipeline import get_pipeline

    started = time.perf_counter()
    target = Path(out_dir) / f"part-{part.index:06d}-{part.key(fingerprint)}.parquet"
    if target.exists():
        return _summary_of(part.index, target, started)
    load_resources(settings)
    pipeline = get_pipeline(settings)
    rows = []
    for doc in read_partition(part, opts):
        doc = doc if doc.rejected else pipeline(doc)
        rows.append(document_row(doc, pipeline=fingerprint[0], settings_hash=fingerprint[1]))
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    write_parts(rows, tmp)
    os.replace(tmp, target)
    rejections = Counter(f"{r['stage']}/{r['code']}" for row in rows for r in row["rejections"])
    return PartitionResult(part.index, str(target), len(rows), sum(len(r["events"]) for r in rows),
                           sum(r["status"] == "rejected" for r in rows), tuple(sorted(rejections.items())),
                           time.perf_counter() - started, worker=_worker_name())


def _worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _summary_of(index: int, path: Path, started: float) -> PartitionResult:
    import pyarrow.parquet as pq

    table = pq.read_table(path, columns=["status", "n_events", "rejections"])
    rejections = Counter(f"{r['stage']}/{r['code']}" for rs in table.column("rejections").to_pylist() for r in rs)
    return PartitionResult(index, str(path), table.num_rows, sum(table.column("n_events").to_pylist()),
                           table.column("status").to_pylist().count("rejected"),
                           tuple(sorted(rejections.items())), time.perf_counter() - started, reused=True,
                           worker=_worker_name())


# ---------------------------------------------------------------- driving (client side)

@contextlib.contextmanager
def local_cluster(n_workers: int, *, dashboard: bool = False) -> Iterator[Any]:
    """A LocalCluster on loopback: n single-threaded worker processes, and a Client to it."""
    distributed = _dask()
    cluster = distributed.LocalCluster(
        n_workers=n_workers, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address="127.0.0.1:0" if dashboard else None, silence_logs=logging.ERROR,
    )
    try:
        with distributed.Client(cluster) as client:
            yield client
    finally:
        cluster.close()


@contextlib.contextmanager
def connect(address: str) -> Iterator[Any]:
    """`local:N` starts a LocalCluster of N workers; anything else is a scheduler address."""
    if address.startswith("local:"):
        try:
            n = int(address.split(":", 1)[1])
        except ValueError:
            raise InputError(f"--dask local:N needs a number of workers, not {address!r}", code="DASK_ADDRESS")
        with local_cluster(max(1, n)) as client:
            yield client
        return
    distributed = _dask()
    try:
        client = distributed.Client(address, timeout="30s")
    except OSError as exc:
        raise DatelineError(f"cannot reach the Dask scheduler at {address}: {exc}", code="DASK_CONNECT") from exc
    with client:
        yield client


def warm_up(client: Any, settings: Settings) -> list[int]:
    """Load model and gazetteer on every worker now (in a task thread), not in the first task."""
    workers = list(client.scheduler_info()["workers"])
    futures = [client.submit(load_resources, settings, workers=[w], allow_other_workers=False, pure=False)
               for w in workers]
    return client.gather(futures)


def ingest_dask(paths: Iterable[str], *, out_dir: str | Path, settings: Settings, address: str | None = None,
                client: Any = None, opts: ReadOptions | None = None, partition_docs: int | None = None,
                progress: Callable[[DaskReport], None] | None = None) -> DaskReport:
    """Process `paths` on a Dask cluster (a `client`, or an `address` to connect to) into
    Parquet partitions under `out_dir`; returns the counts and the files, in input order."""
    from .ingest import fingerprint

    if client is None:
        if not address:
            raise InputError("ingest_dask needs a client or a scheduler address", code="DASK_ADDRESS")
        with connect(address) as own:
            return ingest_dask(paths, out_dir=out_dir, settings=settings, client=own, opts=opts,
                               partition_docs=partition_docs, progress=progress)
    distributed = _dask()
    started = time.perf_counter()
    opts = opts or ReadOptions(max_bytes=settings.max_input_bytes)
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    plan = plan_partitions(paths, partition_docs=partition_docs or settings.batch_size * 4)
    fp = fingerprint(settings)
    futures = client.map(process_partition, plan, settings=settings, opts=opts,
                         out_dir=str(Path(out_dir).resolve()), fingerprint=fp, pure=False, retries=1)
    report = DaskReport()
    results = []
    try:
        for future in distributed.as_completed(futures):
            result = future.result()
            results.append(result)
            report.add(result)
            if progress:
                progress(report)
    except Exception as exc:  # noqa: BLE001 - a failed task (not a document: those are rejections)
        client.cancel(futures)
        if isinstance(exc, DatelineError):
            raise
        raise DatelineError(f"a Dask task failed: {type(exc).__name__}: {exc}", code="DASK_TASK") from exc
    report.files = [r.file for r in sorted(results, key=lambda r: r.index)]
    report.seconds = time.perf_counter() - started
    return report


def ingest_to_store(paths: Iterable[str], db: str | Path, *, settings: Settings, address: str | None = None,
                    client: Any = None, parts_dir: str | Path | None = None, reprocess: bool = False,
                    opts: ReadOptions | None = None, progress: Callable | None = None,
                    run_merge: bool = True):
    """`dateline ingest --dask`: process on Dask into Parquet partitions (kept in `parts_dir`,
    by default next to the store), then load them into the store and merge, as `dateline load`.
    The parts folder must be on a filesystem this process and the workers share."""
    from .ingest import IngestReport, load

    parts_dir = Path(parts_dir) if parts_dir else Path(f"{db}.parts")
    running = IngestReport()

    def on_partition(report: DaskReport) -> None:
        running.seen = running.processed = report.documents
        running.events, running.rejected = report.events, report.rejected
        if progress:
            progress(running)

    dask_report = ingest_dask(paths, out_dir=parts_dir, settings=settings, address=address, client=client,
                              opts=opts, progress=on_partition)
    report = load(dask_report.files, db, settings=settings, reprocess=reprocess, run_merge=run_merge)
    report.started = running.started  # rates cover the whole run
    return report
