#!/usr/bin/env python3
"""Score knowledge-base search directly through ``SearchIndex`` (no Flask).

Mimics ``../shared/tools/score_search.py``: builds an index of CORPUS_DIR/articles.jsonl in a temp
dir, runs every query of CORPUS_DIR/queries.jsonl (and absent.jsonl, topics no article covers) with
per_page=10 and prints per-kind recall and the final line
``recall_at_10=<x> mrr=<y> precision_at_10=<p> zero_result_queries=<n> absent_hits=<a> p50_ms=<t>``.
``--heldout`` scores the held-out corpus of tests/knowledgebase/kb_heldout.py instead (other topics,
other queries, other absent topics). ``-v`` prints every query: ``+`` relevant, ``.`` not, then the
related suggestions in brackets. ``--engine=dense`` (or ``maxscore``, ``reference``) scores that engine instead of the
default one.

Usage (from the project root): .venv/bin/python bench/score_search_direct.py [CORPUS_DIR | --heldout] [-v]
[--engine=NAME]
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

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from knowledgebase.search import ArticleDoc, SearchIndex, SearchQuery  # noqa: E402

DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "data", "kb_dev")


def load_docs(path: str) -> list[ArticleDoc]:
    docs = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            a = json.loads(line)
            docs.append(
                ArticleDoc(
                    reference=a["id"],
                    title=a["title"],
                    body=a["body"],
                    theme=a.get("theme", ""),
                    department=a.get("department", ""),
                    outcome=a.get("outcome", ""),
                    year=int(a.get("year") or 0),
                )
            )
    return docs


def load_corpus(corpus: str) -> tuple[list[ArticleDoc], list[dict]]:
    docs = load_docs(os.path.join(corpus, "articles.jsonl"))
    with open(os.path.join(corpus, "queries.jsonl"), encoding="utf-8") as fh:
        queries = [json.loads(line) for line in fh if line.strip()]
    absent = os.path.join(corpus, "absent.jsonl")
    if os.path.exists(absent):
        with open(absent, encoding="utf-8") as fh:
            queries += [dict(json.loads(line), kind="absent", relevant=[]) for line in fh if line.strip()]
    return docs, queries


def score_queries(index: SearchIndex, queries: list[dict], verbose: bool = False) -> dict[str, float]:
    """The figures of score_search.py for ``queries`` on a built ``index``."""
    by_kind, rr, times, zero, precision, absent = defaultdict(list), [], [], 0, [], []
    for q in queries:
        t0 = time.perf_counter()
        res = index.search(SearchQuery(q=q["q"], per_page=10))
        times.append((time.perf_counter() - t0) * 1000)
        refs = [h.reference for h in res.hits][:10]
        rel = set(q["relevant"])
        if verbose:
            marks = "".join("+" if r in rel else "." for r in refs)
            rmarks = "".join("+" if h.reference in rel else "." for h in getattr(res, "related", []))
            print(f"  {q['q']!r:32s} {q['kind']:14s} {marks:10s} [{rmarks}] total={res.total} sugg={res.suggestion!r}")
        if q["kind"] == "absent":
            absent.append(len(refs))
            continue
        zero += not refs
        precision.append(len(rel.intersection(refs)) / len(refs) if refs else 0.0)
        by_kind[q["kind"]].append(len(rel.intersection(refs)) / min(len(rel), 10))
        first = next((i for i, ref in enumerate(refs) if ref in rel), None)
        rr.append(0 if first is None else 1 / (first + 1))
    if verbose:
        for kind, vals in sorted(by_kind.items()):
            print(f"{kind:18s} n={len(vals):2d} recall@10={statistics.mean(vals):.2f}")
    allr = [v for vals in by_kind.values() for v in vals]
    return {
        "recall_at_10": statistics.mean(allr),
        "mrr": statistics.mean(rr),
        "precision_at_10": statistics.mean(precision),
        "zero_result_queries": zero,
        "absent_hits": statistics.mean(absent) if absent else 0.0,
        "p50_ms": statistics.median(times),
    }


def score(
    docs: list[ArticleDoc], queries: list[dict], verbose: bool = False, engine: str = "maxscore"
) -> dict[str, float]:
    tmp = tempfile.mkdtemp(prefix="kbdirect-")
    try:
        index = SearchIndex(tmp, engine=engine)
        index.rebuild(docs)
        out = score_queries(index, queries, verbose)
        print(
            f"recall_at_10={out['recall_at_10']:.3f} mrr={out['mrr']:.3f} "
            f"precision_at_10={out['precision_at_10']:.3f} zero_result_queries={out['zero_result_queries']} "
            f"absent_hits={out['absent_hits']:.1f} p50_ms={out['p50_ms']:.1f}"
        )
        return out
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    engine = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--engine=")), "maxscore")
    if "--heldout" in sys.argv:
        sys.path.insert(0, os.path.join(ROOT, "tests", "knowledgebase"))
        import kb_heldout

        score(*kb_heldout.corpus(), verbose="-v" in sys.argv, engine=engine)
    else:
        score(*load_corpus(args[0] if args else DEFAULT_CORPUS), verbose="-v" in sys.argv, engine=engine)
