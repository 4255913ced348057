"""Corpus runs into the store: `ingest` (read, process on every core, write, merge) and `load`
(bring Parquet partitions written elsewhere, e.g. by a Dask run, into the store, then merge).

Resumable by construction: documents are keyed by content hash (export.document_key), each batch of
results is committed in one transaction (store.write_rows), and a document already stored by the
same pipeline and settings is not processed again. A run killed at any moment and started again
therefore ends with the store an uninterrupted run gives. `reprocess=True` re-runs the documents
stored by another pipeline version or other extraction settings.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import time
from collections import Counter, deque
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .export import document_key, document_row, read_parts
from .merge import MergeReport, merge
from .model import Document, Rejection
from .pipeline import get_pipeline
from .runner import _run_batch, run_documents, worker_pool
from .settings import Settings
from .source_focus import SourceFocus, as_document_focus, decode_focus, decode_regions, moved
from .sources import ReadOptions, iter_documents
from .store import Store

log = logging.getLogger(__name__)

# settings that change how a corpus run goes, not what it extracts
_RUN_ONLY = frozenset({"workers", "batch_size", "merge_days", "merge_km", "cache_dir",
                       "gazetteer_path", "on_error", "tile_url", "tile_attribution"})


def fingerprint(settings: Settings) -> tuple[str, str]:
    """(pipeline, settings_hash): stage versions, and a hash of the settings that change results."""
    pipeline = ",".join(get_pipeline(settings).versions)
    values = {f.name: getattr(settings, f.name) for f in dataclasses.fields(settings)
              if f.name not in _RUN_ONLY}
    digest = hashlib.sha256(json.dumps(values, sort_keys=True, default=str).encode()).hexdigest()
    return pipeline, digest[:16]


@dataclass(slots=True)
class IngestReport:
    """Counts of one run; `progress` callbacks receive it after every document."""

    seen: int = 0  # inputs read
    processed: int = 0  # documents run through the pipeline and written
    skipped: int = 0  # already in the store (same pipeline and settings)
    duplicates: int = 0  # same content as an earlier input of this run
    events: int = 0
    rejected: int = 0  # documents rejected as a whole
    rejections: Counter = field(default_factory=Counter)  # "stage/code" -> count
    started: float = field(default_factory=time.perf_counter)
    refocused: int = 0  # documents read again with their source's focus (source_focus.py)
    merge: MergeReport | None = None

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    @property
    def docs_per_second(self) -> float:
        return self.processed / max(self.seconds, 1e-9)

    def count(self, row: dict[str, Any]) -> None:
        self.processed += 1
        self.events += len(row["events"])
        self.rejected += row["status"] == "rejected"
        for rej in row["rejections"]:
            self.rejections[f"{rej['stage']}/{rej['code']}"] += 1


Progress = Callable[[IngestReport], None]


def _pending(docs: Iterable[Document], known: dict[str, tuple[str, str]], current: tuple[str, str],
             *, reprocess: bool, report: IngestReport, progress: Progress | None) -> Iterator[Document]:
    """The inputs that need processing: new content, or (with reprocess) content stored by
    another pipeline or settings. Repeated content in one run is processed once."""
    seen: set[str] = set()
    for doc in docs:
        report.seen += 1
        key = document_key(doc)
        if key in seen:
            report.duplicates += 1
        elif key in known and (not reprocess or known[key] == current):
            report.skipped += 1
        else:
            seen.add(key)
            yield doc
            continue
        seen.add(key)
        if progress:
            progress(report)


def ingest(paths: Iterable[str], db: str | Path, *, settings: Settings, reprocess: bool = False,
           opts: ReadOptions | None = None, progress: Progress | None = None,
           run_merge: bool = True) -> IngestReport:
    """Process every input of `paths` into the store at `db`, then rebuild the merge."""
    opts = opts or ReadOptions(max_bytes=settings.max_input_bytes)
    current = fingerprint(settings)
    report = IngestReport()
    with Store(db) as store:
        todo = _pending(iter_documents(paths, opts), store.known(), current,
                        reprocess=reprocess, report=report, progress=progress)
        batch: list[dict[str, Any]] = []
        for doc in surviving_crashes(todo, settings):
            batch.append(document_row(doc, pipeline=current[0], settings_hash=current[1]))
            if len(batch) >= settings.batch_size:
                _commit(store, batch, report, progress)
        _commit(store, batch, report, progress)
        if settings.source_focus:
            refocus(store, settings, report=report, progress=progress)
        if run_merge:
            report.merge = merge(store, settings)
    return report


def refocus(store: Store, settings: Settings, *, report: IngestReport, progress: Progress | None = None) -> None:
    """Read again, with its source's focus, every stored document whose focus changed.

    The focus comes from the stored `regions`, which the geocode stage computes from each
    document read alone, so it depends on the corpus, not on the order of reading or on an
    earlier refocus: a run killed here and started again re-reads only what is left."""
    inputs = store.focus_inputs()
    sources = SourceFocus()
    for key, source, regions, _ in inputs:
        sources.add(source, key, decode_regions(regions))
    todo = []
    for key, source, regions, used in inputs:
        focus = sources.focus(source, exclude=key)
        if moved(decode_focus(used), focus):
            todo.append((key, regions, as_document_focus(focus)))
    kept: dict[str, tuple[str, str, str]] = {}  # what the first reading found stays

    def documents() -> Iterator[Document]:
        for key, regions, focus in todo:
            old = store.document(key)
            kept[key] = (old["title"], old["raw_format"], regions)
            # the store keeps the cleaned text; cleaning it again leaves it as it is
            yield Document(doc_id=old["doc_id"], raw=old["text"], raw_format="text", content_hash=key,
                           url=old["url"], source=old["source"], publication_date=old["publication_date"],
                           focus=focus)

    current = fingerprint(settings)
    batch: list[dict[str, Any]] = []
    for done in surviving_crashes(documents(), settings):
        row = document_row(done, pipeline=current[0], settings_hash=current[1])
        title, raw_format, regions = kept.pop(row["content_hash"])
        row.update(title=title, raw_format=raw_format, regions=regions)
        batch.append(row)
        report.refocused += 1
        if progress:
            progress(report)
        if len(batch) >= settings.batch_size:
            _write(store, batch)
    _write(store, batch)


def _write(store: Store, batch: list[dict[str, Any]]) -> None:
    store.write_rows(batch)
    batch.clear()


def surviving_crashes(docs: Iterable[Document], settings: Settings) -> Iterator[Document]:
    """`run_documents`, but a worker process that dies (segfault, out-of-memory kill) does not
    end the run: the documents it had in flight are re-run one by one in a fresh process, and the
    one that kills it again is recorded as a WORKER_CRASH rejection."""
    docs = iter(docs)
    while True:
        inflight: deque[Document] = deque()

        def feed() -> Iterator[Document]:
            for doc in docs:
                inflight.append(doc)
                yield doc

        try:
            for out in run_documents(feed(), settings):
                inflight.popleft()
                yield out
            return
        except BrokenProcessPool:
            log.warning("a worker died; re-running its %d documents one by one", len(inflight))
            yield from _isolated(list(inflight), settings)


def _isolated(docs: list[Document], settings: Settings) -> Iterator[Document]:
    pool = worker_pool(1)
    try:
        for doc in docs:
            try:
                yield pool.submit(_run_batch, [doc], settings).result()[0]
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = worker_pool(1)
                yield dataclasses.replace(doc, rejections=doc.rejections + (
                    Rejection("runner", "WORKER_CRASH", "the worker process died on this document"),))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _commit(store: Store, batch: list[dict[str, Any]], report: IngestReport,
            progress: Progress | None) -> None:
    if not batch:
        return
    store.write_rows(batch)
    for row in batch:
        report.count(row)
        if progress:
            progress(report)
    batch.clear()


def load(paths: Iterable[str], db: str | Path, *, settings: Settings, reprocess: bool = False,
         progress: Progress | None = None, run_merge: bool = True) -> IngestReport:
    """Bring Parquet partitions of document rows (export.py layout) into the store, then merge.
    A document already stored is kept unless `reprocess` and the partition's pipeline differs."""
    report = IngestReport()
    with Store(db) as store:
        known = store.known()
        seen: set[str] = set()
        for rows in read_parts(paths):
            fresh = []
            for row in rows:
                report.seen += 1
                key = row["content_hash"]
                stored = known.get(key)
                if key in seen:
                    report.duplicates += 1
                elif stored and (not reprocess or stored == (row["pipeline"], row["settings_hash"])):
                    report.skipped += 1
                else:
                    fresh.append(row)
                seen.add(key)
            _commit(store, fresh, report, progress)
        if settings.source_focus:
            refocus(store, settings, report=report, progress=progress)
        if run_merge:
            report.merge = merge(store, settings)
    return report
