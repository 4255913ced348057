"""Run the configured stages over one Document; the per-document function every runner maps."""
from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from datetime import date
from types import ModuleType

from .errors import DatelineError, ResourceError
from .model import Document, Rejection, new_document
from .sources import looks_like_html
from .settings import Settings, load_settings
from .stages import check_pipeline

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Context:
    """What a stage may use besides the Document: the settings (resources load via resources.py)."""

    settings: Settings


class Pipeline:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.stages: tuple[ModuleType, ...] = check_pipeline(settings.pipeline)
        self.ctx = Context(settings)

    @property
    def versions(self) -> tuple[str, ...]:
        return tuple(f"{s.NAME}@{s.VERSION}" for s in self.stages)

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            if doc.rejected:
                break
            try:
                doc = stage.run(doc, self.ctx)
            except ResourceError:
                # A missing or broken model fails every document alike: stop the run with its
                # message rather than record each document as rejected (resume would skip them).
                raise
            except DatelineError as exc:
                if self.settings.on_error == "raise":
                    raise
                doc = _reject(doc, stage.NAME, exc.code, str(exc.args[0]))
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
                if self.settings.on_error == "raise":
                    raise
                log.exception("stage %s failed on %s", stage.NAME, doc.doc_id)
                doc = _reject(doc, stage.NAME, "STAGE_ERROR", f"{type(exc).__name__}: {exc}")
            else:
                doc = dataclasses.replace(doc, stages=doc.stages + (f"{stage.NAME}@{stage.VERSION}",))
        return doc


def _reject(doc: Document, stage: str, code: str, detail: str) -> Document:
    return dataclasses.replace(doc, rejections=doc.rejections + (Rejection(stage, code, detail[:500]),))


_PIPELINES: dict[Settings, Pipeline] = {}


def get_pipeline(settings: Settings | None = None) -> Pipeline:
    """One Pipeline per settings per process (stages and their resources load once)."""
    settings = settings or load_settings()
    if settings not in _PIPELINES:
        _PIPELINES[settings] = Pipeline(settings)
    return _PIPELINES[settings]


def extract(
    text: str,
    *,
    date: date | None = None,
    source: str | None = None,
    url: str | None = None,
    doc_id: str | None = None,
    html: bool | None = None,
    settings: Settings | None = None,
) -> Document:
    """Run the whole pipeline on one article (plain text or HTML) and return the Document."""
    if html is None:
        html = looks_like_html(text)
    doc = new_document(
        text,
        doc_id=doc_id,
        raw_format="html" if html else "text",
        url=url,
        source=source,
        publication_date=date,
    )
    return get_pipeline(settings)(doc)


