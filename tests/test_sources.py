import io
import json
from datetime import date

import pytest

from dateline.errors import InputError
from dateline.sources import ReadOptions, iter_documents


def codes(docs):
    return [(d.doc_id.rsplit("/", 1)[-1], [r.code for r in d.rejections]) for d in docs]


def test_folder_of_mixed_inputs_including_hostile_ones(tmp_path):
    (tmp_path / "a.txt").write_text("Protesters gathered in Tunis on Sunday.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>Hello</p></body></html>", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 protest".encode("latin-1"))
    (tmp_path / "big.txt").write_bytes(b"word " * 3000)
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    docs = list(iter_documents([str(tmp_path)], ReadOptions(max_bytes=10_000, publication_date=date(2020, 1, 2))))
    assert codes(docs) == [("a.txt", []), ("b.html", []), ("big.txt", ["TOO_LARGE"]),
                           ("bin.txt", ["BINARY"]), ("empty.txt", ["EMPTY"]), ("latin1.txt", ["BAD_ENCODING"])]
    assert docs[0].publication_date == date(2020, 1, 2) and docs[1].raw_format == "html"
    assert all(d.content_hash for d in docs)


def test_jsonl_records_and_bad_lines(tmp_path):
    path = tmp_path / "c.jsonl"
    lines = [json.dumps({"id": "x1", "text": "Clashes in Aden.", "date": "2020-05-01", "source": "W", "url": "http://e/1"}),
             json.dumps({"id": "x2", "html": "<p>hi</p>"}), "{not json", json.dumps([1, 2]),
             json.dumps({"id": "x3", "text": "t", "date": "yesterday"}), "", json.dumps({"id": "x4"})]
    path.write_text("\n".join(lines), encoding="utf-8")
    docs = list(iter_documents([str(path)]))
    assert [d.doc_id for d in docs] == ["x1", "x2", "c.jsonl:3", "c.jsonl:4", "x3", "x4"]
    assert [[r.code for r in d.rejections] for d in docs] == [[], [], ["BAD_JSONL"], ["BAD_JSONL"], ["BAD_DATE"], ["BAD_JSONL"]]
    assert (docs[0].publication_date, docs[0].source, docs[0].url) == (date(2020, 5, 1), "W", "http://e/1")
    assert docs[1].raw_format == "html"


def test_stdin_plain_and_jsonl():
    [doc] = iter_documents(["-"], stdin=io.BytesIO(b"Protesters gathered in Tunis."))
    assert doc.raw == "Protesters gathered in Tunis." and doc.doc_id == "stdin"
    docs = list(iter_documents(["-"], stdin=io.BytesIO(b'{"id": "s1", "text": "a"}\n{"id": "s2", "text": "b"}\n')))
    assert [d.doc_id for d in docs] == ["s1", "s2"]


def test_missing_path_is_a_typed_error():
    with pytest.raises(InputError, match="no such file"):
        list(iter_documents(["/nonexistent/x.txt"]))
