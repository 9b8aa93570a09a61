"""A small HTTP server on loopback that plays broken and hostile portals, one per path prefix.

`http://127.0.0.1:<port>/<case>` answers like a portal (OpenAPI document, changes feed, figures) except for
what <case> breaks. The cases are listed in CASES; each is a real HTTP response over a real socket.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

CHANGES = "/api/v1/knowledge/changes"


def item(ref: str, **over: Any) -> dict[str, Any]:
    base = {
        "reference": ref,
        "status": "published",
        "updated_at": "2026-01-02T03:04:05Z",
        "url": "",
        "title": f"Artikel {ref} over een vergunning",
        "theme": "vergunningen",
        "department": "Vergunningen",
        "outcome": "opgelost",
        "year": 2025,
        "published_at": "2025-06-01",
        "body": "## Situatie\n\nDe aanvraag bleef liggen.\n\n## Uitkomst\n\nEen besluit binnen twee weken.",
    }
    base.update(over)
    return base


def openapi(case: str) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "test",
            "version": "1",
            "x-municipality": f"Gemeente {case.capitalize()}",
            "license": {"name": "CC BY 4.0"},
            "x-attribution": f"Kennisbank van Gemeente {case.capitalize()}",
        },
        "paths": {CHANGES: {"get": {}}, "/api/v1/knowledge": {"get": {}}},
    }


def figures() -> dict[str, Any]:
    return {
        "period": {"from": "2026-01-01", "to": "2026-12-31", "kind": "year", "label": "2026", "slug": "2026"},
        "received": {"total": 12, "by_theme": [], "by_department": [], "by_channel": []},
        "outcomes": {"finished": 10, "solved": 8, "solved_without_complaint_pct": 80, "rows": []},
        "first_contact": {"norm_days": 3, "count": 10, "median_days": 1, "within_norm_pct": 90},
        "resolution": {"norm_days": 30, "count": 10, "median_days": 12, "within_norm_pct": 85},
        "agreements": {"open": 1, "kept": 5, "broken": 0, "total": 6},
        "control": {"answered": 7, "satisfied_pct": 85, "suppressed": False},
        "secret_list_of_cases": [{"name": "should never travel"}],
    }


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Server

    def log_message(self, *_args: Any) -> None:  # quiet
        return

    def _json(self, data: Any, status: int = 200, headers: dict[str, str] | None = None) -> None:
        body = json.dumps(data).encode() if not isinstance(data, bytes) else data
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        case, _, rest = parts.path.lstrip("/").partition("/")
        rest = "/" + rest
        args = {k: v[0] for k, v in parse_qs(parts.query).items()}
        self.server.hits.append((case, rest, dict(self.headers)))
        try:
            if rest == "/api/v1/openapi.json":
                if case == "notportal":
                    return self._json({"openapi": "3.0.3", "info": {}, "paths": {"/x": {}}})
                return self._json(openapi(case))
            if rest == "/api/v1/accountability":
                if case == "badfigures":
                    return self._json({"period": "2026", "received": "veel"})
                return self._json(figures())
            if rest == CHANGES:
                return getattr(self, f"case_{case}")(args)
            self._json({"error": "niet gevonden"}, 404)
        except (BrokenPipeError, ConnectionResetError):
            pass

    # --- well-behaved feeds ---------------------------------------------------------------------------
    def _page(self, items: list[dict[str, Any]], args: dict[str, str]) -> None:
        since = int(args.get("since") or 0)
        limit = int(args.get("limit") or 100)
        chunk = items[since : since + limit]
        nxt = since + len(chunk)
        self._json({"since": str(since), "next": str(nxt), "more": nxt < len(items), "changes": chunk})

    def case_good(self, args: dict[str, str]) -> None:
        self._page([item("G-1"), item("G-2")], args)

    def case_script(self, args: dict[str, str]) -> None:
        body = (
            "## Situatie\n\n<script>alert(1)</script> Tekst met [een link](javascript:alert(2)) en "
            '<img src=x onerror="alert(3)"> en <iframe src="https://example.org"></iframe>.'
        )
        self._page([item("S-1", title="<script>alert(4)</script>Titel", body=body)], args)

    def case_skew(self, args: dict[str, str]) -> None:
        self._page([item("K-1", published_at="2099-01-01", updated_at="2099-01-01T00:00:00Z", year=2025)], args)

    def case_dupe(self, args: dict[str, str]) -> None:
        self._page([item("D-1", title="Eerste titel"), item("D-1", title="Tweede titel")], args)

    def case_badref(self, args: dict[str, str]) -> None:
        self._page(
            [
                item("X" * 41),
                item("../../etc/passwd"),
                item("a b"),
                item("ok-1"),
                item("ok-2", year="2025"),
                item("ok-3", body=123),
                item("ok-4", title="A\x00B"),
                "geen object",
                item("ok-5", status="secret"),
                item("ok-6"),
            ],
            args,
        )

    def case_pii(self, args: dict[str, str]) -> None:
        body = "## Situatie\n\nBel mevrouw Jansen op 06-12345678 of mail j.jansen@example.nl over de aanvraag."
        self._page([item("P-1", body=body), item("P-2")], args)

    def case_longref(self, args: dict[str, str]) -> None:
        self._page([item("L" * 40)], args)

    # --- broken and hostile feeds ----------------------------------------------------------------------
    def case_badjson(self, _args: dict[str, str]) -> None:
        self._json(b'{"changes": [', 200)

    def case_wrongtypes(self, _args: dict[str, str]) -> None:
        self._json({"changes": "alles", "next": 5, "more": "ja"})

    def case_endless(self, args: dict[str, str]) -> None:
        since = int(args.get("since") or 0)
        self._json({"since": str(since), "next": str(since + 1), "more": True, "changes": [item(f"E-{since}")]})

    def case_samepage(self, args: dict[str, str]) -> None:
        self._json({"since": args.get("since", ""), "next": args.get("since", ""), "more": True, "changes": []})

    def case_huge(self, _args: dict[str, str]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()  # no length: endless
        try:
            chunk = b"[" * 65536
            for _ in range(100000):
                self.wfile.write(chunk)
        except OSError:
            pass
        self.close_connection = True

    def case_declared(self, _args: dict[str, str]) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(10**12))
        self.end_headers()
        self.close_connection = True

    def case_slow(self, _args: dict[str, str]) -> None:
        time.sleep(self.server.stall)
        self._json({"since": "", "next": "", "more": False, "changes": []})

    def case_trickle(self, _args: dict[str, str]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        try:
            for _ in range(10000):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.05)
        except OSError:
            pass
        self.close_connection = True

    def case_gzip(self, _args: dict[str, str]) -> None:
        self._json(b"\x1f\x8b\x08\x00", 200, {"Content-Encoding": "gzip"})

    def case_offhost(self, _args: dict[str, str]) -> None:
        port = self.server.server_address[1]
        self._json({}, 302, {"Location": f"http://localhost:{port}/good{CHANGES}"})

    def case_hop(self, args: dict[str, str]) -> None:
        hops = int(args.get("hops") or 0)
        if hops < 2:
            return self._json({}, 302, {"Location": f"/hop{CHANGES}?hops={hops + 1}"})
        self._json({"since": "", "next": "", "more": False, "changes": [item("H-1")]})

    def case_loop(self, _args: dict[str, str]) -> None:
        self._json({}, 302, {"Location": f"/loop{CHANGES}"})

    def case_status500(self, _args: dict[str, str]) -> None:
        self._json({"error": "<b>kapot</b>"}, 500)

    def case_badfigures(self, args: dict[str, str]) -> None:
        self.case_good(args)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.hits: list[tuple[str, str, dict[str, str]]] = []
        self.stall = 6.0

    def url(self, case: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/{case}"


@contextmanager
def hostile_server() -> Iterator[Server]:
    server = Server()
    thread = threading.Thread(target=server.serve_forever, name="hostile-source", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
