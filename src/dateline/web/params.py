"""Query parameters of the JSON API: declared once (the OpenAPI document is built from the same
table), checked strictly, and turned into a store `Filter`. Values only ever reach SQL as bound
parameters inside store.py; field names come from store.FIELDS."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Mapping

from ..errors import DatelineError
from ..store import Filter, condition

MAX_TEXT = 200
MAX_PAGE = 500
MAX_FEATURES = 10_000
SORTS = ("event_date", "corroboration", "fatalities", "country", "event_type", "location", "n_reports")


class BadParameter(DatelineError):
    """A query parameter the API cannot use (answered with 400)."""

    code = "DL700"

    def __init__(self, parameter: str, message: str):
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter
        self.message = f"{parameter}: {message}"


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    kind: str  # date | text | int | choice
    help: str
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    default: Any = None


FILTER_PARAMS = (
    Param("date_from", "date", "First event date (YYYY-MM-DD), inclusive."),
    Param("date_to", "date", "Last event date (YYYY-MM-DD), inclusive."),
    Param("country", "text", "Country name or ISO 3166-1 alpha-3 code (case-insensitive)."),
    Param("event_type", "text", "Event type, e.g. Protests (case-insensitive, exact)."),
    Param("actor", "text", "Text contained in actor1, assoc_actor_1, actor2 or assoc_actor_2."),
    Param("source", "text", "Text contained in the name of a source of any of the merged reports."),
    Param("min_corroboration", "int", "Minimum number of independent sources.", minimum=0, maximum=1_000_000),
    Param("view", "choice", "'merged': one row per merged event (its representative report); "
          "'reports': every report.", choices=("merged", "reports"), default="merged"),
)
PAGE_PARAMS = (
    Param("limit", "int", "Rows per page.", minimum=1, maximum=MAX_PAGE, default=50),
    Param("offset", "int", "Rows to skip.", minimum=0, maximum=1_000_000_000, default=0),
    Param("sort", "choice", "Sort field; prefix '-' for descending.",
          choices=tuple(s for f in SORTS for s in (f, f"-{f}")), default="-event_date"),
)
GEOJSON_PARAMS = (
    Param("limit", "int", "Most features returned (newest first).", minimum=1, maximum=MAX_FEATURES,
          default=MAX_FEATURES),
)


def parse(query: Mapping[str, str], multi: Mapping[str, list[str]], params: tuple[Param, ...]) -> dict[str, Any]:
    """Checked values of `params` from a query string; unknown or repeated names are errors."""
    known = {p.name: p for p in params}
    for name in multi:
        if name not in known:
            raise BadParameter(name, f"unknown parameter; known: {', '.join(known) or 'none'}")
        if len(multi[name]) > 1:
            raise BadParameter(name, "given more than once")
    values = {}
    for param in params:
        raw = query.get(param.name)
        values[param.name] = param.default if raw is None or raw.strip() == "" else _value(param, raw.strip())
    if values.get("date_from") and values.get("date_to") and values["date_from"] > values["date_to"]:
        raise BadParameter("date_from", "is after date_to")
    return values


def _value(param: Param, raw: str) -> Any:
    if len(raw) > MAX_TEXT:
        raise BadParameter(param.name, f"longer than {MAX_TEXT} characters")
    if param.kind == "date":
        try:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
                return dt.date.fromisoformat(raw)
        except ValueError:
            pass
        raise BadParameter(param.name, "expected a date as YYYY-MM-DD")
    if param.kind == "int":
        if not raw.lstrip("-").isdigit():
            raise BadParameter(param.name, f"{raw!r} is not an integer")
        value = int(raw)
        if param.minimum is not None and value < param.minimum:
            raise BadParameter(param.name, f"must be at least {param.minimum}")
        if param.maximum is not None and value > param.maximum:
            raise BadParameter(param.name, f"must be at most {param.maximum}")
        return value
    if param.kind == "choice" and raw not in param.choices:
        raise BadParameter(param.name, f"{raw!r} is not one of {', '.join(param.choices)}")
    if any(ord(c) < 32 for c in raw):
        raise BadParameter(param.name, "contains control characters")
    return raw


def to_filter(values: Mapping[str, Any]) -> Filter:
    """The store Filter of checked filter values."""
    conds = []
    for field, op, name in (("event_date", ">=", "date_from"), ("event_date", "<=", "date_to"),
                            ("country", "=", "country"), ("event_type", "=", "event_type"),
                            ("actor", "~", "actor"), ("corroboration", ">=", "min_corroboration")):
        if values.get(name) not in (None, ""):
            conds.append(condition(field, op, values[name]))
    if values.get("source"):
        conds.append(condition("any_source", "~", values["source"]))
    if values.get("view", "merged") == "merged":
        conds.append(condition("representative", "=", True))
    return Filter(tuple(conds))


def order(sort: str) -> tuple[str, bool]:
    return sort.lstrip("-"), sort.startswith("-")
