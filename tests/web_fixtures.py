"""A real event store and a real `dateline serve` process for the web tests (built in code).

The store holds the bundled sample plus two reports of one protest in Mombasa from two
publishers (so they merge, corroboration 2); one of them carries HTML and script in its title
and in its evidence sentence, which the page must show as inert text.
"""
from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from conftest import REPO

SAMPLE = REPO / "src" / "dateline" / "data" / "sample"
HOSTILE_TITLE = "Mombasa protest <img src=x onerror=\"document.title='PWNED-title'\">"
HOSTILE_SCRIPT = "<script>document.title='PWNED-script'</script>"
HOSTILE_IMG = "<img src=x onerror=\"document.title='PWNED-img'\">"
HOSTILE_URL = "javascript:document.title='PWNED-url'"
HOSTILE = f"""{HOSTILE_TITLE}

MOMBASA, Kenya, July 8, 2023 - Police fired tear gas at hundreds of protesters in Mombasa on \
Saturday {HOSTILE_SCRIPT} {HOSTILE_IMG} after they blocked the main road to the port.

Witnesses said the protesters were demanding lower fuel prices.
"""
SECOND = """Fuel price protest in Mombasa

MOMBASA, Kenya, July 8, 2023 - Kenyan police used tear gas to disperse hundreds of protesters in \
Mombasa on Saturday who had blocked the road to the port over fuel prices.
"""
ARTICLES = [
    {"id": "mombasa-observer", "date": "2023-07-08", "source": "Coast Observer", "url": HOSTILE_URL,
     "text": HOSTILE},
    {"id": "mombasa-harbour", "date": "2023-07-08", "source": "Harbour Daily",
     "url": "https://harbour-daily.example/fuel-protest", "text": SECOND},
]


def build_store(folder: Path) -> Path:
    """Ingest the sample and the two Mombasa reports with the real CLI; returns the store path."""
    extra = folder / "mombasa.jsonl"
    extra.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    db = folder / "events.duckdb"
    proc = subprocess.run(
        [sys.executable, "-m", "dateline.cli", "ingest", str(SAMPLE), str(extra), "--db", str(db), "--no-progress"],
        capture_output=True, text=True, timeout=600, env=_env())
    assert proc.returncode == 0, proc.stderr
    return db


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("DATELINE_")}


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    url: str
    proc: subprocess.Popen
    db: Path

    def get(self, path: str, params: dict | list | None = None) -> tuple[int, dict, object]:
        """(status, headers, JSON body or text) of a GET request."""
        query = f"?{urllib.parse.urlencode(params, doseq=True)}" if params else ""
        try:
            with urllib.request.urlopen(f"{self.url}{path}{query}", timeout=30) as res:
                return res.status, dict(res.headers), _body(res.read(), res.headers)
        except urllib.error.HTTPError as err:
            return err.code, dict(err.headers), _body(err.read(), err.headers)


def _body(raw: bytes, headers) -> object:
    if "json" in (headers.get("content-type") or ""):
        return json.loads(raw)
    return raw.decode("utf-8")


def start_server(db: Path) -> Server:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "dateline.cli", "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=(db.parent / "serve.log").open("w"), text=True, env=_env())
    server = Server(f"http://127.0.0.1:{port}", proc, db)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"dateline serve exited {proc.returncode}: {(db.parent / 'serve.log').read_text()}")
        try:
            if server.get("/api/config")[0] == 200:
                return server
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise AssertionError("dateline serve did not answer within 60 s")


def stop_server(server: Server) -> None:
    server.proc.terminate()
    try:
        server.proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.proc.kill()
        server.proc.wait()
