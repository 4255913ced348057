"""Map the pipeline over many documents, in this process or in worker processes.

Workers load the model and gazetteer once each (see resources.py) and receive documents in
batches; results come back in input order so that outputs are stable.
"""
from __future__ import annotations

import itertools
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from typing import Iterable, Iterator

from .model import Document
from .pipeline import get_pipeline
from .settings import Settings


def _exit_with_parent(parent: int) -> None:
    """Worker initializer: leave when the parent dies (a `kill -9` of `dateline ingest` must not
    leave workers behind holding a model each)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="dateline-parent-watch", daemon=True).start()


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """A process pool whose workers exit when this process dies."""
    return ProcessPoolExecutor(max_workers=workers, initializer=_exit_with_parent, initargs=(os.getpid(),))


def _run_batch(batch: list[Document], settings: Settings) -> list[Document]:
    pipeline = get_pipeline(settings)
    return [doc if doc.rejected else pipeline(doc) for doc in batch]


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while batch := list(itertools.islice(it, size)):
        yield batch


def run_documents(docs: Iterable[Document], settings: Settings, *, workers: int | None = None) -> Iterator[Document]:
    """Yield every document processed (rejected ones pass through), in input order."""
    workers = settings.workers if workers is None else workers
    docs = iter(docs)
    first = list(itertools.islice(docs, settings.batch_size))
    if workers <= 1 or len(first) < settings.batch_size:
        # small inputs: starting workers costs more than it saves
        yield from _run_batch(first, settings)
        for batch in _batches(docs, settings.batch_size):
            yield from _run_batch(batch, settings)
        return
    with worker_pool(workers) as pool:
        pending = []
        for batch in itertools.chain([first], _batches(docs, settings.batch_size)):
            pending.append(pool.submit(_run_batch, batch, settings))
            if len(pending) >= workers * 2:
                yield from pending.pop(0).result()
        for fut in pending:
            yield from fut.result()
