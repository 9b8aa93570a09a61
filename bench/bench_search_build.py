#!/usr/bin/env python3
"""One index build, or one serving process, of the bench_search.py corpus: for timing from outside with farm-bench.

    farm-bench -n 3 --timeout 900 -- .venv/bin/python bench/bench_search_build.py --engine ours --n 20000 \\
        --vs '.venv/bin/python bench/bench_search_build.py --engine plain --n 20000'
    .venv/bin/python bench/bench_search_build.py --serve DIR --n 100000   # peak memory of a searching process

``--engine ours`` builds our index (SearchIndex.rebuild), ``plain`` a plain Whoosh index with
LanguageAnalyzer("nl") of the same articles. ``--serve DIR`` builds DIR once if needed, then opens it as a
worker does (warm(), then the bench queries, each twice so the second meets the result cache) and prints the
process's peak resident memory.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench_search import make_corpus, make_queries, our_build, plain_whoosh_build

from knowledgebase.search import SearchIndex


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engine", choices=("ours", "plain"), default="ours")
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--serve", help="index dir: measure a searching process instead of a build")
    ap.add_argument("--queries", type=int, default=400)
    args = ap.parse_args()
    if args.serve:
        index = SearchIndex(args.serve)
        if not (index.exists() and index.doc_count() == args.n):
            index.rebuild(make_corpus(args.n, seed=42))
            print("built the index first: run again for a clean memory figure")
        queries = make_queries(make_corpus(2000, seed=42), args.queries)  # the same kinds of query, little memory
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t0 = time.perf_counter()
        index.warm()
        warm_s = time.perf_counter() - t0
        for _ in range(2):
            for q in queries:
                index.search(q)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"serve: warm {warm_s:.1f}s; peak RSS {peak:.0f} MB (before opening the index {base:.0f} MB)")
        return
    docs = make_corpus(args.n, seed=42)
    if args.engine == "plain":
        seconds = plain_whoosh_build(docs)
    else:
        seconds = our_build(docs)
    print(f"{args.engine}: {len(docs)} articles in {seconds:.1f}s")


if __name__ == "__main__":
    main()
