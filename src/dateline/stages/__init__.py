"""The stage registry: one place that names every stage and its contract.

A stage module defines NAME, VERSION, REQUIRES, ASSIGNS (Document field names) and
`run(doc, ctx) -> Document`. `check_pipeline` verifies that every field a stage requires is
assigned by an earlier stage (or is an input field), in the spirit of spaCy's pipe_analysis.
"""
from __future__ import annotations

import importlib
from types import ModuleType

from ..errors import PipelineError

# name -> module path; modules are imported when a pipeline is built, not at package import.
REGISTRY: dict[str, str] = {
    "clean": "dateline.stages.clean",
    "anchor": "dateline.stages.anchor",
    "nlp": "dateline.stages.nlp",
    "places": "dateline.stages.places",
    "geocode": "dateline.stages.geocode",
    "events": "dateline.stages.events",
}

# Fields a fresh Document carries before any stage (see model.new_document).
INPUT_FIELDS = frozenset({"doc_id", "raw", "raw_format", "content_hash", "url", "source", "publication_date"})


def get_stage(name: str) -> ModuleType:
    if name not in REGISTRY:
        raise PipelineError(f"unknown stage {name!r}; known: {', '.join(REGISTRY)}", code="DL301")
    module = importlib.import_module(REGISTRY[name])
    for attr in ("NAME", "VERSION", "REQUIRES", "ASSIGNS", "run"):
        if not hasattr(module, attr):
            raise PipelineError(f"stage {name!r} lacks {attr}", code="DL302")
    return module


def check_pipeline(names: tuple[str, ...]) -> tuple[ModuleType, ...]:
    """Import the stages and check their contracts in order."""
    available = set(INPUT_FIELDS)
    modules = []
    for name in names:
        module = get_stage(name)
        missing = [f for f in module.REQUIRES if f not in available]
        if missing:
            raise PipelineError(
                f"stage {name!r} requires {', '.join(missing)}, which no earlier stage assigns",
                code="DL303",
            )
        available.update(module.ASSIGNS)
        modules.append(module)
    return tuple(modules)
