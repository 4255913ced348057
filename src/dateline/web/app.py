"""The read-only web app (Starlette, ASGI): a map and timeline page and a JSON API under /api.

Thin over the store: every request opens the DuckDB file read-only through `store.Store`, calls
its read functions and shapes the rows into JSON. Nothing here writes; nothing here builds SQL.
"""
from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

from ..errors import MissingExtraError, StoreError
from ..settings import Settings
from ..store import Store
from . import params as P
from .openapi import docs_page, openapi_spec

try:
    from starlette.applications import Starlette
    from starlette.exceptions import HTTPException
    from starlette.middleware.gzip import GZipMiddleware
    from starlette.requests import Request
    from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
    from starlette.routing import Mount, Route
    from starlette.staticfiles import StaticFiles
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise MissingExtraError("web", "starlette") from exc

STATIC = Path(__file__).parent / "static"
MAX_REPORTS = 50  # merged reports returned with full evidence in one event's detail
SUMMARY_FIELDS = (
    "event_id", "merged_id", "event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
    "actor2", "assoc_actor_2", "country", "iso3", "admin1", "admin2", "location", "latitude",
    "longitude", "geo_precision", "fatalities", "size", "source", "source_is_party", "corroboration",
    "n_reports", "title",
)


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


class ApiResponse(JSONResponse):
    def render(self, content: Any) -> bytes:
        return json.dumps(_jsonable(content), ensure_ascii=False, allow_nan=False).encode("utf-8")


def error(status: int, message: str, *, parameter: str | None = None) -> ApiResponse:
    body: dict[str, Any] = {"status": status, "message": message}
    if parameter:
        body["parameter"] = parameter
    return ApiResponse({"error": body}, status_code=status)


def create_app(db: str | Path, *, settings: Settings | None = None) -> Starlette:
    """The ASGI app serving the store at `db` read-only. Fails early if it cannot be read."""
    settings = settings or Settings()
    path = Path(db)
    with Store(path, read_only=True):
        pass  # missing file or old schema: StoreError now, not on the first request

    def store() -> Store:
        return Store(path, read_only=True)

    routes = [
        Route("/", index),
        Route("/api", api_root),
        Route("/api/config", lambda request: ApiResponse(
            {"tile_url": settings.tile_url, "tile_attribution": settings.tile_attribution})),
        Route("/api/events", api(list_events, store)),
        Route("/api/events/{event_id}", api(one_event, store)),
        Route("/api/geojson", api(geojson, store)),
        Route("/api/stats", api(stats, store)),
        Route("/api/openapi.json", lambda request: ApiResponse(openapi_spec())),
        Route("/api/docs", lambda request: HTMLResponse(docs_page(openapi_spec()))),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={HTTPException: http_error})
    app.add_middleware(GZipMiddleware, minimum_size=2048)  # GeoJSON of thousands of events
    app.add_middleware(_SecurityHeaders, csp=content_security_policy(settings.tile_url))
    app.state.db = path
    return app


def api(handler: Callable[[Request, Store], Any], store: Callable[[], Store]):
    """A route calling `handler(request, store)` with a fresh read-only store; typed errors -> 4xx/5xx."""

    def endpoint(request: Request) -> Response:
        try:
            with store() as st:
                result = handler(request, st)
        except P.BadParameter as exc:
            return error(400, exc.message, parameter=exc.parameter)
        except StoreError as exc:
            if exc.code.startswith("DL52"):  # filter or sort the store refused
                return error(400, str(exc))
            if exc.code in ("DL502", "DL506"):  # locked by a writer (dateline ingest) or unreadable
                return error(503, f"store busy, retry shortly: {exc}")
            return error(500, str(exc))
        return result if isinstance(result, Response) else ApiResponse(result)

    return endpoint


def _query(request: Request, params: tuple[P.Param, ...]) -> dict[str, Any]:
    multi = {k: request.query_params.getlist(k) for k in request.query_params.keys()}
    return P.parse(request.query_params, multi, params)


def list_events(request: Request, store: Store) -> dict[str, Any]:
    values = _query(request, P.FILTER_PARAMS + P.PAGE_PARAMS)
    where = P.to_filter(values)
    field, descending = P.order(values["sort"])
    rows = store.events(where, limit=values["limit"], offset=values["offset"], order=field,
                        descending=descending)
    return {"total": store.count_events(where), "limit": values["limit"], "offset": values["offset"],
            "sort": values["sort"], "events": [summary(row) for row in rows]}


def summary(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row.get(k) for k in SUMMARY_FIELDS}


def one_event(request: Request, store: Store) -> Any:
    _query(request, ())
    event_id = request.path_params["event_id"]
    if len(event_id) > P.MAX_TEXT:
        raise P.BadParameter("event_id", f"longer than {P.MAX_TEXT} characters")
    row = store.event(event_id)
    if row is None:
        return error(404, f"no event {event_id!r}")
    document = row.pop("document")
    evidence = _evidence(row.pop("evidence"))
    merged = row.pop("merged")
    members = merged.pop("reports") if merged else []
    reports = []
    for member in members[:MAX_REPORTS]:
        if member["event_id"] == event_id:
            reports.append({**member, "evidence": evidence, "document": _document(document)})
            continue
        other = store.event(member["event_id"])
        if other is not None:
            reports.append({**member, "sentence_start": other["sentence_start"],
                            "sentence_end": other["sentence_end"], "publication_date": other["publication_date"],
                            "evidence": _evidence(other["evidence"]), "document": _document(other["document"])})
    return {
        "event": row,
        "evidence": evidence,
        "document": _document(document),
        "merged": merged,
        "reports": reports,
        "reports_total": len(members),
        "map_id": merged["representative_id"] if merged else event_id,
    }


def _evidence(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"field": r["field"], "start": r["span_start"], "end": r["span_end"], "text": r["text"]} for r in rows]


def _document(doc: dict[str, Any]) -> dict[str, Any]:
    keep = ("doc_id", "url", "source", "title", "publication_date", "text", "pipeline")
    return {k: doc.get(k) for k in keep}


def geojson(request: Request, store: Store) -> dict[str, Any]:
    values = _query(request, P.FILTER_PARAMS + P.GEOJSON_PARAMS)
    where = P.to_filter(values)
    rows = store.events(where, limit=values["limit"], order="event_date", descending=True)
    features = []
    for row in rows:
        if row.get("latitude") is None or row.get("longitude") is None:
            continue
        props = summary(row)
        del props["latitude"], props["longitude"]
        features.append({"type": "Feature", "id": row["event_id"],
                         "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
                         "properties": props})
    total = store.count_events(where)
    return {"type": "FeatureCollection", "features": features, "total": total,
            "truncated": total > len(rows)}


def stats(request: Request, store: Store) -> dict[str, Any]:
    values = _query(request, P.FILTER_PARAMS)
    where = P.to_filter(values)
    raw = store.stats(where)
    days = [d for d, _ in raw["per_day"] if d is not None]

    def pairs(rows: list[tuple[Any, int]]) -> list[dict[str, Any]]:
        return [{"key": k, "n": n} for k, n in rows]

    return {
        "events": raw["events"],
        "documents": raw["documents"],
        "documents_ok": raw["documents_ok"],
        "documents_rejected": raw["documents_rejected"],
        "merged_events": raw["merged_events"],
        "sources": raw["sources"],
        "date_min": min(days) if days else None,
        "date_max": max(days) if days else None,
        "by_country": pairs(raw["by_country"]),
        "by_type": pairs(raw["by_type"]),
        "by_month": pairs(raw["by_month"]),
        "per_day": pairs(raw["per_day"]),
        "per_day_type": [{"date": d, "event_type": t, "n": n} for d, t, n in store.per_day_by_type(where)],
        "rejections": pairs(raw["rejections"]),
    }


def index(request: Request) -> Response:
    return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")


def api_root(request: Request) -> Response:
    return ApiResponse({"openapi": "/api/openapi.json", "docs": "/api/docs",
                        "endpoints": sorted(openapi_spec()["paths"])})


async def http_error(request: Request, exc: HTTPException) -> Response:
    if request.url.path.startswith("/api"):
        return error(exc.status_code, exc.detail or "error")
    return Response(str(exc.detail), status_code=exc.status_code, media_type="text/plain")


def content_security_policy(tile_url: str) -> str:
    """Scripts and data only from this server; images also from the configured tile host."""
    images = "'self' data:"
    if tile_url:
        parts = urlsplit(tile_url.replace("{s}", "*"))
        if parts.scheme in ("http", "https") and parts.netloc:
            images += f" {parts.scheme}://{parts.netloc}"
    return ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            f"img-src {images}; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            "frame-ancestors 'none'; form-action 'self'")


class _SecurityHeaders:
    """Pure ASGI middleware adding CSP and friends to every HTTP response."""

    def __init__(self, app, *, csp: str):
        self.app = app
        self.headers = [(b"content-security-policy", csp.encode()), (b"x-content-type-options", b"nosniff"),
                        (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": list(message.get("headers", [])) + self.headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
