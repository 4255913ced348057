"""The read-only web app over an event store: `create_app(db)` returns the ASGI app that
`dateline serve` runs (needs the [web] extra: starlette, uvicorn)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import MissingExtraError

if TYPE_CHECKING:  # pragma: no cover
    from ..settings import Settings

__all__ = ["create_app", "serve"]


def create_app(db: str | Path, *, settings: "Settings | None" = None):
    from .app import create_app as build

    return build(db, settings=settings)


def serve(db: str | Path, *, settings: "Settings | None" = None, host: str = "127.0.0.1",
          port: int = 8000) -> None:
    """Serve the store at `db` until interrupted (blocking)."""
    app = create_app(db, settings=settings)
    try:
        import uvicorn
    except ImportError as exc:
        raise MissingExtraError("web", "uvicorn") from exc
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
