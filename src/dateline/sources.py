"""Read inputs (files, folders, JSONL, WARC, stdin) into fresh Documents.

Unreadable input never raises out of `iter_documents`: it becomes a Document that already carries
a document-scope Rejection (stage "read"), so that a batch goes on and the rejection is counted.
"""
from __future__ import annotations

import dataclasses
import io
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator
from urllib.parse import urlsplit

from .errors import InputError
from .model import Document, Rejection, new_document

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc", ".warc.gz", ".arc", ".arc.gz"}


@dataclasses.dataclass(frozen=True, slots=True)
class ReadOptions:
    publication_date: date | None = None  # for plain files (--date)
    source: str | None = None
    max_bytes: int = 5_000_000


def parse_date(value: str | None) -> date | None:
    """YYYY-MM-DD (or a longer ISO timestamp) -> date; None/"" -> None."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError as exc:
        raise InputError(f"not an ISO date: {value!r}", code="BAD_DATE") from exc


def rejected_document(doc_id: str, code: str, detail: str, *, raw: bytes | str = b"") -> Document:
    doc = new_document("", doc_id=doc_id)
    if raw:
        from .model import content_hash

        doc = dataclasses.replace(doc, content_hash=content_hash(raw))
    return dataclasses.replace(doc, rejections=(Rejection("read", code, detail),))


def decode(data: bytes, doc_id: str) -> str:
    """Bytes -> text, or InputError for binary or undecodable data."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{doc_id}: binary data (NUL bytes)", code="BINARY")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{doc_id}: invalid UTF-8 at byte {exc.start}", code="BAD_ENCODING") from exc
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.05 * max(1, min(len(text), 8192)):
        raise InputError(f"{doc_id}: binary data (control characters)", code="BINARY")
    return text


def looks_like_html(text: str) -> bool:
    """An HTML page, whatever the file is called (a scraped page saved as .txt)."""
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def _from_bytes(data: bytes, doc_id: str, *, html: bool, opts: ReadOptions, url: str | None = None,
                publication_date: date | None = None, source: str | None = None) -> Document:
    if len(data) > opts.max_bytes:
        return rejected_document(doc_id, "TOO_LARGE", f"{len(data):,} bytes > {opts.max_bytes:,}", raw=data)
    if not data.strip():
        return rejected_document(doc_id, "EMPTY", "empty input", raw=data)
    try:
        text = decode(data, doc_id)
    except InputError as exc:
        return rejected_document(doc_id, exc.code, str(exc.args[0]), raw=data)
    return new_document(
        text,
        doc_id=doc_id,
        raw_format="html" if html or looks_like_html(text) else "text",
        url=url,
        source=source or opts.source,
        publication_date=publication_date or opts.publication_date,
    )


def iter_jsonl(stream: Iterable[bytes], name: str, opts: ReadOptions) -> Iterator[Document]:
    """One article per line: {"id", "text" | "html", "date"?, "source"?, "url"?}."""
    for lineno, line in enumerate(stream, 1):
        doc_id = f"{name}:{lineno}"
        if not line.strip():
            continue
        if len(line) > opts.max_bytes:
            yield rejected_document(doc_id, "TOO_LARGE", f"line of {len(line):,} bytes", raw=line)
            continue
        try:
            record = json.loads(decode(line, doc_id))
            if not isinstance(record, dict):
                raise InputError(f"{doc_id}: a JSON object is expected", code="BAD_JSONL")
            doc_id = str(record.get("id") or doc_id)
            body = record.get("html") if record.get("html") is not None else record.get("text")
            if not isinstance(body, str):
                raise InputError(f"{doc_id}: no 'text' or 'html' string", code="BAD_JSONL")
            pub = parse_date(record.get("date"))
        except (InputError, ValueError) as exc:
            code = exc.code if isinstance(exc, InputError) else "BAD_JSONL"
            yield rejected_document(doc_id, code, str(exc)[:300], raw=line)
            continue
        yield _from_bytes(
            body.encode("utf-8", "surrogatepass"),
            doc_id,
            html=record.get("html") is not None,
            opts=opts,
            url=record.get("url"),
            publication_date=pub,
            source=record.get("source"),
        )


def iter_warc(path: Path, opts: ReadOptions) -> Iterator[Document]:
    """HTML responses of a WARC (Common Crawl news) file; other records are skipped."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with open(path, "rb") as fh:
            for n, record in enumerate(ArchiveIterator(fh)):
                if record.rec_type != "response":
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                if "html" not in ctype.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                doc_id = record.rec_headers.get_header("WARC-Record-ID") or f"{path.name}:{n}"
                data = record.content_stream().read(opts.max_bytes + 1)
                pub = parse_date((record.rec_headers.get_header("WARC-Date") or "")[:10] or None)
                yield _from_bytes(data, doc_id.strip("<>"), html=True, opts=opts, url=url, publication_date=pub)
    except (ArchiveLoadFailed, OSError, ValueError) as exc:
        yield rejected_document(f"{path}", "BAD_WARC", str(exc)[:300])


def suffix_of(path: Path) -> str:
    """The file ending that decides how a file is read ('.warc.gz' counts as one)."""
    name = path.name.lower()
    for double in (".warc.gz", ".arc.gz"):
        if name.endswith(double):
            return double
    return path.suffix.lower()


def iter_path(path: Path, opts: ReadOptions) -> Iterator[Document]:
    suffix = suffix_of(path)
    if suffix in JSONL_SUFFIXES:
        with open(path, "rb") as fh:
            yield from iter_jsonl(fh, path.name, opts)
    elif suffix in WARC_SUFFIXES:
        yield from iter_warc(path, opts)
    else:
        try:
            size = path.stat().st_size
            with open(path, "rb") as fh:
                data = fh.read(opts.max_bytes + 1)
        except OSError as exc:
            yield rejected_document(str(path), "UNREADABLE", str(exc))
            return
        if size > opts.max_bytes:
            yield rejected_document(str(path), "TOO_LARGE", f"{size:,} bytes > {opts.max_bytes:,}", raw=data)
            return
        yield _from_bytes(data, str(path), html=suffix in HTML_SUFFIXES, opts=opts)


def expand(paths: Iterable[str]) -> Iterator[Path | str]:
    """Folders -> their readable files (sorted, recursive); '-' stays as stdin."""
    known = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES
    for item in paths:
        if item == "-":
            yield "-"
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if suffix_of(child) in known:
                    yield child
        elif path.exists():
            yield path
        else:
            raise InputError(f"no such file or folder: {item}", code="NOT_FOUND")


def iter_documents(paths: Iterable[str], opts: ReadOptions | None = None,
                   stdin: BinaryIO | None = None) -> Iterator[Document]:
    """Every input as a fresh Document (or an already-rejected one), in a stable order."""
    opts = opts or ReadOptions()
    for item in expand(paths):
        if item == "-":
            stream = stdin or sys.stdin.buffer
            data = stream.read(opts.max_bytes + 1)
            if data.lstrip().startswith(b"{"):
                yield from iter_jsonl(io.BytesIO(data), "stdin", opts)
            else:
                yield _from_bytes(data, "stdin", html=data.lstrip()[:1] == b"<", opts=opts)
        else:
            yield from iter_path(item, opts)


def source_key(source: str | None, url: str | None) -> tuple[str, str, str]:
    """(key, display name, kind): reports with the same key are not independent sources.
    Publisher names and URL hosts normalise alike ("The Guardian", "guardian.co.uk")."""
    name = re.sub(r"^\s*(?:reported\s+by|source|via)\s*[:\-]?\s*", "", source or "", flags=re.I).strip()
    kind = "publisher"
    if not name and url:
        name = (urlsplit(url).hostname or "").lower()
        kind = "domain"
    if not name:
        return "unknown", "unknown", "unknown"
    key = name.lower()
    key = re.sub(r"^(?:https?://)?(?:www\d?\.)?", "", key)
    key = re.sub(r"\.(?:com|org|net|info|news|co|gov|edu)?(?:\.[a-z]{2})?/?$", "", key) if "." in key else key
    key = re.sub(r"^the\s+", "", key)
    key = re.sub(r"[^\w]+", "", key)
    return key or "unknown", name[:200], kind
