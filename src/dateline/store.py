"""The DuckDB event store: the only module with SQL, and the only writer.

`Store(path)` opens (creating or migrating) a store for writing; `Store(path, read_only=True)`
opens it for reading (the web app, export, stats) and never migrates. The schema lives in
schema.sql as numbered migration sections; `schema_version` records the ones applied.

Writes are idempotent and atomic: `write_rows` replaces every document of a batch (by content
hash) with its events, evidence and rejections in one transaction, so a process killed at any
moment leaves the store as it was after the last committed batch, and re-running the same input
gives the same rows. Merged events are rebuilt as a whole in one transaction (`replace_merge`).

Every query is parameterised; field names in filters and sort orders come from the whitelist
`FIELDS`, never from user text. DuckDB admits one writing process per file and no readers in
other processes meanwhile: while `dateline ingest` runs, opening the store elsewhere fails with
StoreError DL506 (readers can retry, or read an exported copy).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import duckdb
import pyarrow as pa

from .errors import StoreError
from .export import DOCUMENT_COLUMNS, EVENT_COLUMNS, source_key

_SECTION = re.compile(r"^-- version (\d+): (.*)$", re.M)


def migrations() -> list[tuple[int, str, str]]:
    """(version, description, sql) of every section of schema.sql, in order."""
    text = importlib_resources.files("dateline").joinpath("schema.sql").read_text("utf-8")
    marks = list(_SECTION.finditer(text))
    out = []
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        out.append((int(mark.group(1)), mark.group(2).strip(), text[mark.end():end]))
    return out


SCHEMA_VERSION = max(v for v, _, _ in migrations())

# --- filters ------------------------------------------------------------------------------

# public field name -> (SQL expression over events e / merged_events m / documents d, type)
_CORROBORATION = "coalesce(m.corroboration, CASE WHEN e.source_is_party THEN 0 ELSE 1 END)"
FIELDS: dict[str, tuple[str, str]] = {
    "event_id": ("e.event_id", "text"),
    "doc_id": ("e.doc_id", "text"),
    "event_date": ("e.event_date", "date"),
    "year": ("year(e.event_date)", "int"),
    "event_type": ("e.event_type", "text"),
    "sub_event_type": ("e.sub_event_type", "text"),
    "actor1": ("e.actor1", "text"),
    "actor2": ("e.actor2", "text"),
    "actor": ("concat_ws(' | ', e.actor1, e.assoc_actor_1, e.actor2, e.assoc_actor_2)", "text"),
    "country": ("e.country", "text"),
    "iso3": ("e.iso3", "text"),
    "admin1": ("e.admin1", "text"),
    "location": ("e.location", "text"),
    "latitude": ("e.latitude", "float"),
    "longitude": ("e.longitude", "float"),
    "geo_precision": ("e.geo_precision", "int"),
    "fatalities": ("e.fatalities", "int"),
    "size": ("e.size", "int"),
    "confidence": ("e.confidence", "float"),
    "source": ("e.source", "text"),
    "source_key": ("e.source_key", "text"),
    "source_is_party": ("e.source_is_party", "bool"),
    "merged_id": ("mm.merged_id", "text"),
    "corroboration": (_CORROBORATION, "int"),
    "n_reports": ("coalesce(m.n_reports, 1)", "int"),
    "publication_date": ("d.publication_date", "date"),
    # for the web app (dateline.web): one row per merged event, and a source among its reports
    "representative": ("coalesce(mm.is_representative, true)", "bool"),
    "any_source": ("coalesce(array_to_string(m.sources, ' | '), e.source)", "text"),
}
OPERATORS = {"=": "=", "!=": "<>", "<": "<", "<=": "<=", ">": ">", ">=": ">=", "~": "contains"}
_CONDITION = re.compile(r"^\s*([a-z_0-9]+)\s*(!=|<=|>=|=|<|>|~)\s*(.*?)\s*$", re.S)


@dataclass(frozen=True, slots=True)
class Condition:
    field: str
    op: str
    value: Any


@dataclass(frozen=True, slots=True)
class Filter:
    """Conditions joined by AND. Build with `Filter.parse(["country=Chile", "event_date>=2024-01"])`
    (the small filter language of `--where` and the web API) or `Filter.of(country=..., ...)`."""

    conditions: tuple[Condition, ...] = ()

    @classmethod
    def parse(cls, items: Iterable[str]) -> "Filter":
        conds = []
        for item in items:
            match = _CONDITION.match(item or "")
            if not match:
                raise StoreError(f"cannot read filter {item!r}: expected FIELD OP VALUE "
                                 f"with OP one of {' '.join(OPERATORS)}", code="DL520")
            conds.append(condition(*match.groups()))
        return cls(tuple(conds))

    @classmethod
    def of(cls, *, date_from=None, date_to=None, country=None, event_type=None, actor=None,
           source=None, min_corroboration=None, **equal: Any) -> "Filter":
        """The web app's filters; None or "" means no condition. Extra keyword args are `=`."""
        pairs = [("event_date", ">=", date_from), ("event_date", "<=", date_to),
                 ("country", "=", country), ("event_type", "=", event_type), ("actor", "~", actor),
                 ("source", "~", source), ("corroboration", ">=", min_corroboration)]
        pairs += [(k, "=", v) for k, v in equal.items()]
        return cls(tuple(condition(f, op, v) for f, op, v in pairs if v not in (None, "")))

    def sql(self) -> tuple[str, list[Any]]:
        parts, params = [], []
        for cond in self.conditions:
            expr, kind = FIELDS[cond.field]
            if cond.op == "~":
                parts.append(f"contains(lower({expr}), lower(?))")
                params.append(cond.value)
            elif kind == "text" and cond.op in ("=", "!="):
                test = f"lower({expr}) {OPERATORS[cond.op]} lower(?)"
                if cond.field == "country":  # a country matches by name or ISO3
                    test = f"({test} OR lower(e.iso3) {OPERATORS[cond.op]} lower(?))"
                    params.append(cond.value)
                parts.append(test if cond.op == "=" else f"coalesce({test}, true)")
                params.append(cond.value)
            else:
                parts.append(f"{expr} {OPERATORS[cond.op]} ?")
                params.append(cond.value)
        return (" AND ".join(parts) or "true"), params


def condition(field: str, op: str, value: Any) -> Condition:
    """A checked Condition: known field and operator, value converted to the field's type."""
    if field not in FIELDS:
        raise StoreError(f"unknown filter field {field!r}; known: {', '.join(sorted(FIELDS))}", code="DL521")
    if op not in OPERATORS:
        raise StoreError(f"unknown operator {op!r}", code="DL522")
    kind = FIELDS[field][1]
    if op == "~" and kind != "text":
        raise StoreError(f"'~' (contains) needs a text field, not {field!r}", code="DL522")
    return Condition(field, op, _convert(field, kind, value))


def _convert(field: str, kind: str, value: Any) -> Any:
    text = str(value).strip()
    try:
        if kind == "int":
            return int(text)
        if kind == "float":
            return float(text)
        if kind == "bool":
            if text.lower() in ("1", "true", "yes"):
                return True
            if text.lower() in ("0", "false", "no"):
                return False
            raise ValueError(text)
        if kind == "date":
            if isinstance(value, dt.date):
                return value
            if re.fullmatch(r"\d{4}", text):
                text += "-01-01"
            elif re.fullmatch(r"\d{4}-\d{2}", text):
                text += "-01"
            return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise StoreError(f"filter {field}: {value!r} is not a {kind}", code="DL523") from exc
    return text


_FROM = """FROM events e
    JOIN documents d ON d.content_hash = e.content_hash
    LEFT JOIN merged_members mm ON mm.event_id = e.event_id
    LEFT JOIN merged_events m ON m.merged_id = mm.merged_id"""


def _order(order: str, descending: bool) -> str:
    if order not in FIELDS:
        raise StoreError(f"cannot sort by {order!r}; known: {', '.join(sorted(FIELDS))}", code="DL524")
    direction = "DESC" if descending else "ASC"
    return f"{FIELDS[order][0]} {direction} NULLS LAST, e.event_id"


class Store:
    """One DuckDB file. Use as a context manager; `read_only=True` for every reader."""

    def __init__(self, path: str | Path, *, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path}", code="DL501")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():  # DuckDB admits one writing process per file
                raise StoreError(f"store {self.path} is in use by another process (a running "
                                 f"`dateline ingest`?); try again when it ends", code="DL506") from exc
            raise StoreError(f"cannot open store {self.path}: {exc}", code="DL502") from exc
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}", code="DL502") from exc
        version = self.version()
        if read_only and version < SCHEMA_VERSION:
            self.con.close()
            raise StoreError(f"store {self.path} has schema version {version}, this dateline needs "
                             f"{SCHEMA_VERSION}: open it once for writing (dateline ingest/merge)", code="DL503")
        if version > SCHEMA_VERSION:
            self.con.close()
            raise StoreError(f"store {self.path} has schema version {version}, newer than this "
                             f"dateline ({SCHEMA_VERSION})", code="DL504")
        if not read_only:
            self.migrate(version)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # --- schema ---------------------------------------------------------------------------

    def version(self) -> int:
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'").fetchall()[0][0]
        if not exists:
            return 0
        return self.con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()[0][0]

    def migrate(self, current: int, *, target: int = SCHEMA_VERSION) -> None:
        """Apply the schema.sql sections after `current`, each in its own transaction."""
        for version, description, sql in migrations():
            if current < version <= target:
                self._transaction(lambda: (self.con.execute(sql), self.con.execute(
                    "INSERT INTO schema_version (version, description) VALUES (?, ?)",
                    [version, description])))

    def _transaction(self, work) -> Any:
        self.con.execute("BEGIN TRANSACTION")
        try:
            result = work()
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")
        return result

    # --- writes ---------------------------------------------------------------------------

    def known(self) -> dict[str, tuple[str, str]]:
        """content_hash -> (pipeline, settings_hash) of every stored document."""
        rows = self.con.execute("SELECT content_hash, pipeline, settings_hash FROM documents").fetchall()
        return {h: (p, s) for h, p, s in rows}

    def write_rows(self, rows: Sequence[dict[str, Any]]) -> int:
        """Replace the documents of `rows` (the export.py record layout) with their events,
        evidence and rejections, in one transaction. Returns the number of documents written."""
        if self.read_only:
            raise StoreError("store opened read-only", code="DL505")
        unique: dict[str, dict[str, Any]] = {}
        for row in rows:
            unique.setdefault(row["content_hash"], row)  # the first of equal contents wins
        if not unique:
            return 0
        tables = _flatten(list(unique.values()))
        for name, table in tables.items():
            self.con.register(f"new_{name}", table)
        try:
            self._transaction(lambda: self._replace(tables))
        finally:
            for name in tables:
                self.con.unregister(f"new_{name}")
        return len(unique)

    def _replace(self, tables: dict[str, pa.Table]) -> None:
        con = self.con
        keys = "(SELECT content_hash FROM new_documents)"
        con.execute(f"DELETE FROM evidence WHERE event_id IN (SELECT event_id FROM events "
                    f"WHERE content_hash IN {keys})")
        con.execute(f"DELETE FROM merged_members WHERE event_id IN (SELECT event_id FROM events "
                    f"WHERE content_hash IN {keys})")
        for name in ("events", "rejections", "documents"):
            con.execute(f"DELETE FROM {name} WHERE content_hash IN {keys}")
        # the smallest display name wins, whatever the order documents arrive in
        con.execute("INSERT INTO sources SELECT source_key, min(name), min(kind) FROM new_sources "
                    "GROUP BY source_key ON CONFLICT (source_key) DO UPDATE SET "
                    "name = least(sources.name, excluded.name), kind = least(sources.kind, excluded.kind)")
        for name in ("documents", "events", "evidence", "rejections"):
            cols = ", ".join(tables[name].column_names)
            con.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM new_{name}")

    # --- merge tables -----------------------------------------------------------------------

    def merge_inputs(self) -> pa.Table:
        """What merge.py needs of every event, in a stable order."""
        return self.con.sql(
            "SELECT e.event_id, e.content_hash, e.event_date, e.event_type, e.sub_event_type, "
            "e.actor1, e.assoc_actor_1, e.actor2, e.assoc_actor_2, e.country, e.iso3, e.admin1, "
            "e.location, e.latitude, e.longitude, e.geo_precision, e.geonameid, e.source, "
            "e.source_key, e.source_is_party, e.fatalities, e.size, e.confidence "
            "FROM events e ORDER BY e.event_date NULLS LAST, e.event_id").to_arrow_table()

    def replace_merge(self, merged: pa.Table, members: pa.Table, settings: dict[str, str]) -> None:
        """Drop the previous merge and write this one, in one transaction."""
        if self.read_only:
            raise StoreError("store opened read-only", code="DL505")
        params = pa.table({"name": list(settings), "value": [str(v) for v in settings.values()]})

        tables = {"merged_events": merged, "merged_members": members, "merge_settings": params}

        def work() -> None:
            for name, table in tables.items():
                cols = ", ".join(table.column_names)
                self.con.execute(f"DELETE FROM {name}")
                self.con.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM new_{name}")

        for name, table in tables.items():
            self.con.register(f"new_{name}", table)
        try:
            self._transaction(work)
        finally:
            for name in tables:
                self.con.unregister(f"new_{name}")

    # --- reads ------------------------------------------------------------------------------

    def count_events(self, where: Filter = Filter()) -> int:
        sql, params = where.sql()
        return self.con.execute(f"SELECT count(*) {_FROM} WHERE {sql}", params).fetchall()[0][0]

    def events(self, where: Filter = Filter(), *, limit: int = 100, offset: int = 0,
               order: str = "event_date", descending: bool = True) -> list[dict[str, Any]]:
        """Events (one per report) with their merged event and corroboration, paged."""
        if not (0 <= limit <= 10_000) or offset < 0:
            raise StoreError("limit must be 0..10000 and offset >= 0", code="DL525")
        sql, params = where.sql()
        cur = self.con.execute(
            f"SELECT e.* EXCLUDE (stages), d.url, d.title, d.publication_date, "
            f"mm.merged_id, {_CORROBORATION} AS corroboration, coalesce(m.n_reports, 1) AS n_reports "
            f"{_FROM} WHERE {sql} ORDER BY {_order(order, descending)} LIMIT ? OFFSET ?",
            params + [limit, offset])
        return _dicts(cur)

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event with its evidence, its document and the reports merged with it."""
        rows = self.events(Filter.of(event_id=event_id), limit=1)
        if not rows:
            return None
        event = rows[0]
        event["evidence"] = _dicts(self.con.execute(
            "SELECT field, span_start, span_end, text FROM evidence WHERE event_id = ? ORDER BY seq",
            [event_id]))
        event["document"] = _dicts(self.con.execute(
            "SELECT content_hash, doc_id, url, source, title, publication_date, text, pipeline, "
            "coalesce(focus, '') AS focus FROM documents WHERE content_hash = ?", [event["content_hash"]]))[0]
        event["merged"] = self.merged(event["merged_id"]) if event["merged_id"] else None
        return event

    def merged(self, merged_id: str) -> dict[str, Any] | None:
        rows = _dicts(self.con.execute("SELECT * FROM merged_events WHERE merged_id = ?", [merged_id]))
        if not rows:
            return None
        merged = rows[0]
        merged["reports"] = _dicts(self.con.execute(
            "SELECT mm.event_id, mm.is_representative, mm.corroborates, mm.days_apart, mm.km_apart, "
            "mm.reason, e.doc_id, e.event_date, e.sub_event_type, e.actor1, e.actor2, e.location, "
            "e.latitude, e.longitude, e.source, e.source_key, e.source_is_party, e.fatalities, "
            "d.title, d.url FROM merged_members mm JOIN events e ON e.event_id = mm.event_id "
            "JOIN documents d ON d.content_hash = e.content_hash WHERE mm.merged_id = ? "
            "ORDER BY mm.is_representative DESC, e.event_date, e.event_id", [merged_id]))
        return merged

    def merge_settings(self) -> dict[str, str]:
        return dict(self.con.execute("SELECT name, value FROM merge_settings").fetchall())

    def focus_inputs(self) -> list[tuple[str, str, str, str]]:
        """(content_hash, source_key, regions, focus) of every document read without rejection."""
        return self.con.execute("SELECT content_hash, source_key, coalesce(regions, ''), coalesce(focus, '') "
                                "FROM documents WHERE status = 'ok' ORDER BY content_hash").fetchall()

    def document(self, content_hash: str) -> dict[str, Any] | None:
        rows = _dicts(self.con.execute("SELECT * FROM documents WHERE content_hash = ?", [content_hash]))
        return rows[0] if rows else None

    def export_batches(self, where: Filter = Filter(), *, batch_rows: int = 10_000) -> Iterator[pa.RecordBatch]:
        """Every matching event with its document and merge columns, streamed for export.py."""
        sql, params = where.sql()
        query = (
            f"SELECT e.* EXCLUDE (stages), array_to_string(e.stages, ',') AS stages, "
            f"d.url, d.title, d.publication_date, epoch(d.ingested_at)::BIGINT AS ingested_epoch, "
            f"mm.merged_id, {_CORROBORATION} AS corroboration, coalesce(m.n_reports, 1) AS n_reports, "
            f"(SELECT ev.text FROM evidence ev WHERE ev.event_id = e.event_id AND ev.field = 'sentence' "
            f"ORDER BY ev.seq LIMIT 1) AS evidence_sentence "
            f"{_FROM} WHERE {sql} ORDER BY e.event_date NULLS LAST, e.event_id")
        cursor = self.con.cursor()  # its own connection: other reads may run while this streams
        try:
            yield from cursor.sql(query, params=params).to_arrow_reader(batch_rows)
        finally:
            cursor.close()

    def evidence_for(self, event_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {}
        rows = self.con.execute(
            "SELECT event_id, field, span_start, span_end, text FROM evidence "
            "WHERE event_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY event_id, seq", [list(event_ids)])
        for event_id, field, start, end, text in rows.fetchall():
            out.setdefault(event_id, []).append({"field": field, "start": start, "end": end, "text": text})
        return out

    def stats(self, where: Filter = Filter()) -> dict[str, Any]:
        """Counts for `dateline stats` and the web timeline."""
        sql, params = where.sql()
        con = self.con

        def grouped(expr: str, order: str = "n DESC, k") -> list[tuple[Any, int]]:
            return con.execute(f"SELECT {expr} AS k, count(*) AS n {_FROM} WHERE {sql} "
                               f"GROUP BY k ORDER BY {order}", params).fetchall()

        docs = dict(con.execute("SELECT status, count(*) FROM documents GROUP BY status").fetchall())
        return {
            "documents": sum(docs.values()),
            "documents_ok": docs.get("ok", 0),
            "documents_rejected": docs.get("rejected", 0),
            "events": self.count_events(where),
            "merged_events": con.execute("SELECT count(*) FROM merged_events").fetchall()[0][0],
            "sources": con.execute("SELECT count(DISTINCT source_key) FROM documents").fetchall()[0][0],
            "rejections": con.execute("SELECT stage || '/' || code AS k, count(*) AS n FROM rejections "
                                      "GROUP BY k ORDER BY n DESC, k").fetchall(),
            "by_country": grouped("e.country"),
            "by_type": grouped("e.event_type"),
            "by_month": grouped("strftime(e.event_date, '%Y-%m')", "k NULLS LAST"),
            "per_day": grouped("e.event_date", "k NULLS LAST"),
        }

    def per_day_by_type(self, where: Filter = Filter()) -> list[tuple[dt.date, str, int]]:
        """(day, event_type, count) of the dated matching events, for the web timeline."""
        sql, params = where.sql()
        return self.con.execute(
            f"SELECT e.event_date AS day, e.event_type, count(*) AS n {_FROM} WHERE {sql} "
            f"AND e.event_date IS NOT NULL GROUP BY day, e.event_type ORDER BY day, e.event_type",
            params).fetchall()

    def table_rows(self, name: str) -> list[tuple]:
        """Every row of a store table in key order (tests compare whole stores with it)."""
        orders = {"documents": "content_hash", "events": "event_id", "evidence": "event_id, seq",
                  "rejections": "content_hash, seq", "sources": "source_key",
                  "merged_events": "merged_id", "merged_members": "event_id", "merge_settings": "name"}
        if name not in orders:
            raise StoreError(f"unknown table {name!r}", code="DL526")
        return self.con.execute(f"SELECT * FROM {name} ORDER BY {orders[name]}").fetchall()


TABLES = ("sources", "documents", "events", "evidence", "rejections",
          "merge_settings", "merged_events", "merged_members")


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _flatten(rows: list[dict[str, Any]]) -> dict[str, pa.Table]:
    """Document rows -> one Arrow table per store table."""
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    docs = {name: [r[name] for r in rows] for name in DOCUMENT_COLUMNS}
    docs["ingested_at"] = [now] * len(rows)
    events: dict[str, list] = {name: [] for name in EVENT_COLUMNS}
    events["content_hash"], events["doc_id"] = [], []
    evidence: dict[str, list] = {k: [] for k in ("event_id", "seq", "field", "span_start", "span_end", "text")}
    rejections: dict[str, list] = {k: [] for k in ("content_hash", "seq", "doc_id", "stage", "code", "detail", "scope")}
    sources: dict[str, list] = {"source_key": [], "name": [], "kind": []}
    for row in rows:
        key, name, kind = source_key(row["source"], row["url"])
        for col, value in (("source_key", row["source_key"]), ("name", name), ("kind", kind)):
            sources[col].append(value)
        for ev in row["events"] or ():
            for name_ in EVENT_COLUMNS:
                events[name_].append(ev.get(name_))
            events["content_hash"].append(row["content_hash"])
            events["doc_id"].append(row["doc_id"])
            for item in ev.get("evidence") or ():
                evidence["event_id"].append(ev["event_id"])
                for col in ("seq", "field", "span_start", "span_end", "text"):
                    evidence[col].append(item[col])
        for item in row["rejections"] or ():
            rejections["content_hash"].append(row["content_hash"])
            rejections["doc_id"].append(row["doc_id"])
            for col in ("seq", "stage", "code", "detail", "scope"):
                rejections[col].append(item[col])
    return {"documents": pa.table(docs), "events": _table(events, {"stages": pa.list_(pa.string())}),
            "evidence": pa.table(evidence), "rejections": pa.table(rejections), "sources": pa.table(sources)}


def _table(columns: dict[str, list], types: dict[str, pa.DataType]) -> pa.Table:
    return pa.table({k: pa.array(v, type=types.get(k)) for k, v in columns.items()})
