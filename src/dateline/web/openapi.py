"""The OpenAPI 3.1 document of the JSON API, built from the parameter table in params.py, and a
small HTML page that lists it (rendered on the server, escaped, no scripts)."""
from __future__ import annotations

import html
from functools import lru_cache
from typing import Any


from . import params as P

_ERROR = {"description": "Invalid parameter or unknown event: a JSON error with a message",
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def _parameter(param: P.Param) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "integer" if param.kind == "int" else "string"}
    if param.kind == "date":
        schema["format"] = "date"
    if param.kind == "text":
        schema["maxLength"] = P.MAX_TEXT
    if param.choices:
        schema["enum"] = list(param.choices)
    if param.minimum is not None:
        schema["minimum"] = param.minimum
    if param.maximum is not None:
        schema["maximum"] = param.maximum
    if param.default is not None:
        schema["default"] = param.default
    return {"name": param.name, "in": "query", "required": False, "description": param.help, "schema": schema}


def _get(summary: str, params: tuple[P.Param, ...], schema: str, extra: list[dict] | None = None) -> dict:
    return {"get": {
        "summary": summary,
        "parameters": (extra or []) + [_parameter(p) for p in params],
        "responses": {"200": {"description": "OK", "content": {"application/json": {
            "schema": {"$ref": f"#/components/schemas/{schema}"}}}},
            "400": _ERROR, "404": _ERROR, "503": {"description": "The store is locked by a writer"}},
    }}


@lru_cache(maxsize=1)
def openapi_spec() -> dict[str, Any]:
    from importlib.metadata import PackageNotFoundError, version

    try:
        api_version = version("dateline")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        api_version = "0"
    event_id = {"name": "event_id", "in": "path", "required": True, "description": "An event (report) id",
                "schema": {"type": "string", "maxLength": P.MAX_TEXT}}
    loose = {"type": "object", "additionalProperties": True}
    return {
        "openapi": "3.1.0",
        "info": {"title": "dateline events API", "version": api_version,
                 "description": "Read-only access to a dateline event store: events with their "
                                "evidence, merged reports, sources and corroboration."},
        "paths": {
            "/api/events": _get("Events matching the filters, paged", P.FILTER_PARAMS + P.PAGE_PARAMS, "EventPage"),
            "/api/events/{event_id}": _get(
                "One event: every field, its evidence spans, its document text, the merged event and its "
                "reports (each with evidence)", (), "EventDetail", [event_id]),
            "/api/geojson": _get("Matching events as a GeoJSON FeatureCollection of points (RFC 7946)",
                                 P.FILTER_PARAMS + P.GEOJSON_PARAMS, "FeatureCollection"),
            "/api/stats": _get("Counts of matching events by country, type, month and day",
                               P.FILTER_PARAMS, "Stats"),
            "/api/config": _get("Map settings of this server (optional tile layer)", (), "Config"),
            "/api/openapi.json": _get("This document", (), "Object"),
        },
        "components": {"schemas": {
            "Error": {"type": "object", "required": ["error"], "properties": {"error": {
                "type": "object", "required": ["status", "message"], "properties": {
                    "status": {"type": "integer"}, "message": {"type": "string"},
                    "parameter": {"type": "string"}}}}},
            "Event": {"type": "object", "properties": {f: {} for f in _summary_fields()}},
            "EventPage": {"type": "object", "required": ["total", "limit", "offset", "events"], "properties": {
                "total": {"type": "integer"}, "limit": {"type": "integer"}, "offset": {"type": "integer"},
                "sort": {"type": "string"},
                "events": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}}}},
            "EventDetail": {"type": "object", "required": ["event", "evidence", "document", "reports"], "properties": {
                "event": loose, "evidence": {"type": "array", "items": {"$ref": "#/components/schemas/Evidence"}},
                "document": loose, "merged": {"oneOf": [loose, {"type": "null"}]},
                "reports": {"type": "array", "items": loose}, "reports_total": {"type": "integer"},
                "map_id": {"type": "string"}}},
            "Evidence": {"type": "object", "required": ["field", "start", "end", "text"], "properties": {
                "field": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"},
                "text": {"type": "string"}}},
            "FeatureCollection": {"type": "object", "required": ["type", "features"], "properties": {
                "type": {"const": "FeatureCollection"}, "features": {"type": "array", "items": loose},
                "total": {"type": "integer"}, "truncated": {"type": "boolean"}}},
            "Stats": loose,
            "Config": {"type": "object", "properties": {"tile_url": {"type": "string"},
                                                        "tile_attribution": {"type": "string"}}},
            "Object": loose,
        }},
    }


def _summary_fields() -> tuple[str, ...]:
    from .app import SUMMARY_FIELDS

    return SUMMARY_FIELDS


def docs_page(spec: dict[str, Any]) -> str:
    """A plain HTML page listing every endpoint and parameter of `spec`."""
    e = html.escape
    parts = [f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{e(spec['info']['title'])}</title>"
             "<link rel=stylesheet href='../static/app.css'></head><body class=docs><main class=docs-main>",
             f"<h1>{e(spec['info']['title'])} <small>{e(spec['info']['version'])}</small></h1>",
             f"<p>{e(spec['info']['description'])} Machine-readable: <a href='openapi.json'>openapi.json</a>. "
             "Errors are JSON: <code>{\"error\": {\"status\": 400, \"message\": …, \"parameter\": …}}</code>.</p>"]
    for path, item in spec["paths"].items():
        op = item["get"]
        parts.append(f"<section><h2><code>GET {e(path)}</code></h2><p>{e(op['summary'])}</p>")
        if op["parameters"]:
            parts.append("<table class=fields><tr><th>parameter</th><th>type</th><th>description</th></tr>")
            for p in op["parameters"]:
                schema = p["schema"]
                kind = schema.get("format") or schema["type"]
                if "enum" in schema:
                    kind += ": " + " | ".join(map(str, schema["enum"]))
                if "default" in schema:
                    kind += f" (default {schema['default']})"
                parts.append(f"<tr><td><code>{e(p['name'])}</code></td><td>{e(kind)}</td><td>{e(p['description'])}</td></tr>")
            parts.append("</table>")
        parts.append("</section>")
    parts.append("</main></body></html>")
    return "".join(parts)
