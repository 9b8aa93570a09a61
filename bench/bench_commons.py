#!/usr/bin/env python3
"""Commons benchmark: N sources of M articles each, served on loopback by a fast fixture server that speaks
the portal's changes API (paged, ETag/304, OpenAPI document, figures), followed by one portal.

Measures, on a fresh SQLite data folder:
- first sync of every source (fetch, checks, anonymizer, render, database), and applying the index outbox;
- an incremental sync with nothing changed (the first after a sync gets an empty page and its ETag, every
  later one a 304), per source;
- search p95 over the N x M followed articles against the same articles imported as own articles;
- peak memory (ru_maxrss) of this process and the database size.

Usage: .venv/bin/python bench/bench_commons.py [--sources 20] [--per-source 1000] [--queries 200]
The issue's full size is --sources 100 --per-source 1000 (long on a small machine; start with 20).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench.bench_search import make_corpus, make_queries

CHANGES = "/api/v1/knowledge/changes"


def _serve(port_queue: multiprocessing.Queue, sources: int, per_source: int) -> None:
    """The fixture server (its own process): precomputed pages per source, ETags, 304s."""
    docs = make_corpus(sources * per_source)
    feeds: dict[str, list[dict]] = {}
    for s in range(sources):
        feeds[f"s{s}"] = [
            {
                "reference": d.reference,
                "status": "published",
                "updated_at": "2026-01-01T00:00:00Z",
                "url": "",
                "title": d.title,
                "theme": d.theme,
                "department": d.department,
                "outcome": d.outcome,
                "year": d.year,
                "published_at": f"{d.year}-06-01",
                "body": d.body,
            }
            for d in docs[s * per_source : (s + 1) * per_source]
        ]
    figures = json.dumps(
        {
            "period": {"label": "2026", "slug": "2026", "kind": "year", "from": "2026-01-01", "to": "2026-12-31"},
            "received": {"total": 40},
            "outcomes": {"finished": 30, "solved": 25, "solved_without_complaint_pct": 83},
            "first_contact": {"norm_days": 3, "count": 30, "within_norm_pct": 90},
            "resolution": {"norm_days": 30, "count": 30, "within_norm_pct": 80},
            "agreements": {"open": 2, "kept": 10, "broken": 1, "total": 13},
            "control": {"answered": 20, "satisfied_pct": 85, "suppressed": False},
        }
    ).encode()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_a: object) -> None:
            return

        def _send(self, status: int, body: bytes = b"", etag: str | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            name, _, rest = parts.path.lstrip("/").partition("/")
            rest = "/" + rest
            if rest == "/api/v1/openapi.json":
                doc = {"info": {"x-municipality": f"Gemeente Bron {name}", "license": {"name": "CC BY 4.0"}}}
                doc["paths"] = {CHANGES: {}}
                return self._send(200, json.dumps(doc).encode())
            if rest == "/api/v1/accountability":
                return self._send(200, figures)
            items = feeds.get(name)
            if rest != CHANGES or items is None:
                return self._send(404, b"{}")
            args = {k: v[0] for k, v in parse_qs(parts.query).items()}
            since, limit = int(args.get("since") or 0), min(int(args.get("limit") or 100), 500)
            chunk = items[since : since + limit]
            nxt = since + len(chunk)
            body = json.dumps(
                {"since": str(since), "next": str(nxt), "more": nxt < len(items), "changes": chunk}
            ).encode()
            etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, etag=etag)
            self._send(200, body, etag)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port_queue.put(server.server_address[1])
    server.serve_forever()


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18] if len(values) >= 20 else max(values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", type=int, default=20)
    parser.add_argument("--per-source", type=int, default=1000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    total = args.sources * args.per_source

    queue: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=_serve, args=(queue, args.sources, args.per_source), daemon=True)
    server.start()
    port = queue.get(timeout=300)
    base = f"http://127.0.0.1:{port}"
    folder = tempfile.mkdtemp(prefix="bench-commons-")
    own_folder = tempfile.mkdtemp(prefix="bench-commons-own-")
    try:
        from flask_migrate import upgrade
        from sqlalchemy import select, update

        from portal import create_app
        from portal.extensions import db
        from portal.models import Article
        from portal.services import knowledge
        from portal.services.commons import sources as commons_sources
        from portal.services.commons.sync import sync_all

        app = create_app({"DATA_DIR": folder, "TESTING": True, "INDEX_WRITER": "external"})
        with app.app_context():
            upgrade(directory=app.extensions["migrate"].directory, revision="heads")
            for s in range(args.sources):
                commons_sources.add_source(f"{base}/s{s}")
            t0 = time.perf_counter()
            results = sync_all()
            first = time.perf_counter() - t0
            bad = [r.line() for r in results if r.status != "ok"]
            held = sum(r.held for r in results)
            created = sum(r.created for r in results)
            # The synthetic corpus has made-up compounds the anonymizer takes for names; for a like-for-like
            # search comparison the held articles are released (as an admin would) before indexing.
            held_refs = list(db.session.execute(select(Article.reference).where(Article.status == "held")).scalars())
            db.session.execute(update(Article).where(Article.status == "held").values(status="published"))
            for ref in held_refs:
                knowledge.enqueue(ref, "upsert")
            db.session.commit()
            t0 = time.perf_counter()
            with knowledge.writer_lock():
                knowledge.ensure_index_locked()
            index_time = time.perf_counter() - t0
            times = []
            for _round in range(2):  # round 1: empty pages (ETag stored); round 2: 304s
                t0 = time.perf_counter()
                sync_all()
                times.append((time.perf_counter() - t0) / args.sources)
            docs = make_corpus(total)
            queries = make_queries(docs, args.queries)
            followed = []
            knowledge.index().warm()
            for q in queries:
                t0 = time.perf_counter()
                knowledge.search(q)
                followed.append(time.perf_counter() - t0)
        db_size = os.path.getsize(os.path.join(folder, "portal.db"))

        own_app = create_app({"DATA_DIR": own_folder, "TESTING": True, "INDEX_WRITER": "external"})
        with own_app.app_context():
            upgrade(directory=own_app.extensions["migrate"].directory, revision="heads")
            lines = (
                json.dumps(
                    {
                        "id": d.reference,
                        "title": d.title,
                        "body": d.body,
                        "theme": d.theme,
                        "department": d.department,
                        "outcome": d.outcome,
                        "year": d.year,
                    }
                )
                for d in docs
            )
            knowledge.import_jsonl(lines)
            with knowledge.writer_lock():
                knowledge.rebuild()
            knowledge.index().warm()
            own = []
            for q in queries:
                t0 = time.perf_counter()
                knowledge.search(q)
                own.append(time.perf_counter() - t0)
    finally:
        server.terminate()
        server.join(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(own_folder, ignore_errors=True)

    print(f"sources: {args.sources} x {args.per_source} articles = {total}")
    print(f"first sync: {first:.1f} s ({total / first:.0f} articles/s; {first / args.sources:.2f} s per source)")
    print(f"  imported {created}, held by the anonymizer {held}, sources not ok: {len(bad)} {bad[:3]}")
    print(f"index outbox applied: {index_time:.1f} s")
    print(f"incremental sync, nothing changed: {times[0] * 1000:.0f} ms per source (empty page + ETag), ")
    print(f"  then {times[1] * 1000:.0f} ms per source (304)")
    fp95, op95 = _p95(followed), _p95(own)
    print(
        f"search p95: followed {fp95 * 1000:.1f} ms, own {op95 * 1000:.1f} ms "
        f"(ratio {fp95 / op95:.2f}); median {statistics.median(followed) * 1000:.1f} / "
        f"{statistics.median(own) * 1000:.1f} ms"
    )
    print(
        f"database: {db_size / 1e6:.0f} MB; peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
