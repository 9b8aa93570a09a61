#!/usr/bin/env python3
"""Incremental index writes: the cost of apply() and of searching an index that many applies have grown.

    .venv/bin/python bench/bench_search_apply.py --n 5000 --applies 40

Builds an index of ``--n`` bench articles, then publishes ``--applies`` articles one apply() at a time (as the
publication workflow does) and prints the median and slowest apply, the number of Whoosh segments and generations
left, and the median query time of the bench queries on the grown index against a freshly rebuilt one of the same
articles. apply() does not merge segments in place (a merge deletes files a reader may still open); past
``MAX_SEGMENTS`` it merges the small ones in a new generation (hard links to the unchanged files), the slowest apply.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench_search import make_corpus, make_queries

from knowledgebase.search import SearchIndex, SearchQuery


def _query_ms(index: SearchIndex, queries: list[SearchQuery]) -> float:
    """Median milliseconds per query, each query run once on a cold result cache."""
    index.warm()
    times = []
    for q in queries:
        t0 = time.perf_counter()
        index.search(q)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _segments(index: SearchIndex) -> int:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from whoosh import index as windex

        gen = index._gen_dir()
        return len(windex.open_dir(str(gen))._segments()) if gen else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=5_000)
    ap.add_argument("--applies", type=int, default=40)
    ap.add_argument("--queries", type=int, default=200)
    args = ap.parse_args()
    docs = list(make_corpus(args.n + args.applies, seed=42))
    queries = make_queries(docs[: args.n], args.queries) if args.queries else []
    with tempfile.TemporaryDirectory() as tmp:
        grown = SearchIndex(Path(tmp) / "grown")
        grown.rebuild(docs[: args.n])
        times = []
        for doc in docs[args.n :]:
            t0 = time.perf_counter()
            grown.apply(upserts=[doc])
            times.append((time.perf_counter() - t0) * 1000)
        fresh = SearchIndex(Path(tmp) / "fresh")
        fresh.rebuild(docs)
        gens = len(list((Path(tmp) / "grown").glob("ix-*")))
        print(f"apply: median {statistics.median(times):.1f} ms, slowest {max(times):.1f} ms over {len(times)}")
        print(f"after the applies: {_segments(grown)} segments, {gens} generation directories")
        if queries:
            g, f = _query_ms(grown, queries), _query_ms(fresh, queries)
            print(f"query median: grown index {g:.2f} ms, rebuilt index {f:.2f} ms (ratio {g / f:.2f})")


if __name__ == "__main__":
    main()
