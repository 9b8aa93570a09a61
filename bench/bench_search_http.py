"""Search through the HTTP API: /api/v1/knowledge latency over the same synthetic corpus as bench_search.py.

Imports N generated articles into a fresh data folder (database + index, as `flask kb import` does), then
sends the queries through the Flask app (WSGI test client: routing, argument parsing, JSON) and reports
p50/p95 next to the bare SearchIndex.search figures, so the web layer's cost is visible.

    python bench/bench_search_http.py --n 10000
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_search import make_corpus, make_queries


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--queries", type=int, default=200)
    a = ap.parse_args()
    data = tempfile.mkdtemp(prefix="bench-http-")
    os.environ["PORTAL_DATA_DIR"] = data
    os.environ["PORTAL_INDEX_WRITER"] = "external"
    from portal import create_app
    from portal.services import knowledge

    app = create_app()
    docs = make_corpus(a.n)
    lines = [
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
    ]
    with app.app_context():
        from flask_migrate import upgrade

        upgrade(directory=app.extensions["migrate"].directory, revision="heads")
        t0 = time.perf_counter()
        knowledge.import_jsonl(lines)
        t1 = time.perf_counter()
        with knowledge.writer_lock():
            knowledge.rebuild()
        t2 = time.perf_counter()
        queries = make_queries(docs, a.queries)
        for q in queries[:20]:  # warm the searcher and caches once, for both measurements
            knowledge.search(q)
        direct: list[float] = []
        for q in queries:
            s = time.perf_counter()
            knowledge.search(q)
            direct.append((time.perf_counter() - s) * 1000)
    client = app.test_client()
    http: list[float] = []
    for q in queries:
        params = {"q": q.q, "per_page": 10}
        s = time.perf_counter()
        r = client.get("/api/v1/knowledge", query_string=params)
        http.append((time.perf_counter() - s) * 1000)
        assert r.status_code == 200, r.status_code
    print(f"articles={a.n} db_import={a.n / (t1 - t0):.0f}/s index_rebuild={a.n / (t2 - t1):.0f}/s")
    print(f"search function : p50={statistics.median(direct):.1f} ms p95={pct(direct, 95):.1f} ms")
    print(
        f"HTTP API        : p50={statistics.median(http):.1f} ms p95={pct(http, 95):.1f} ms "
        f"(overhead p50 {statistics.median(http) - statistics.median(direct):+.1f} ms)"
    )


if __name__ == "__main__":
    main()
