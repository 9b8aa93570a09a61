#!/usr/bin/env python3
"""Score knowledge-base search directly through ``SearchIndex`` (no Flask).

Mimics ``../shared/tools/score_search.py``: builds an index of CORPUS_DIR/articles.jsonl in a temp
dir, runs every query of CORPUS_DIR/queries.jsonl with per_page=10 and prints per-kind recall and
the final line ``recall_at_10=<x> mrr=<y> zero_result_queries=<n> p50_ms=<t>``.

Usage (from the project root): .venv/bin/python bench/score_search_direct.py [CORPUS_DIR] [-v]
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from knowledgebase.search import ArticleDoc, SearchIndex, SearchQuery  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.join(HERE, "..", "..", "shared", "data", "kb_dev")


def load_docs(path: str) -> list[ArticleDoc]:
    docs = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            a = json.loads(line)
            docs.append(ArticleDoc(reference=a["id"], title=a["title"], body=a["body"],
                                   theme=a.get("theme", ""), department=a.get("department", ""),
                                   outcome=a.get("outcome", ""), year=int(a.get("year") or 0)))
    return docs


def score(corpus: str, verbose: bool = False) -> dict[str, float]:
    docs = load_docs(os.path.join(corpus, "articles.jsonl"))
    with open(os.path.join(corpus, "queries.jsonl"), encoding="utf-8") as fh:
        queries = [json.loads(line) for line in fh if line.strip()]
    tmp = tempfile.mkdtemp(prefix="kbdirect-")
    try:
        index = SearchIndex(tmp)
        index.rebuild(docs)
        by_kind, rr, times, zero = defaultdict(list), [], [], 0
        for q in queries:
            t0 = time.perf_counter()
            res = index.search(SearchQuery(q=q["q"], per_page=10))
            times.append((time.perf_counter() - t0) * 1000)
            refs = [h.reference for h in res.hits][:10]
            zero += not refs
            rel = set(q["relevant"])
            recall = len(rel.intersection(refs)) / min(len(rel), 10)
            first = next((i for i, ref in enumerate(refs) if ref in rel), None)
            rr.append(0 if first is None else 1 / (first + 1))
            by_kind[q["kind"]].append(recall)
            if verbose:
                marks = "".join("+" if r in rel else "." for r in refs)
                print(f"  {q['q']!r:32s} {q['kind']:14s} recall={recall:.2f} rr={rr[-1]:.2f} {marks} "
                      f"total={res.total} sugg={res.suggestion!r}")
        for kind, vals in sorted(by_kind.items()):
            print(f"{kind:18s} n={len(vals):2d} recall@10={statistics.mean(vals):.2f}")
        allr = [v for vals in by_kind.values() for v in vals]
        out = {"recall_at_10": statistics.mean(allr), "mrr": statistics.mean(rr), "zero_result_queries": zero,
               "p50_ms": statistics.median(times)}
        print(f"recall_at_10={out['recall_at_10']:.3f} mrr={out['mrr']:.3f} "
              f"zero_result_queries={zero} p50_ms={out['p50_ms']:.1f}")
        return out
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    score(args[0] if args else DEFAULT_CORPUS, verbose="-v" in sys.argv)
