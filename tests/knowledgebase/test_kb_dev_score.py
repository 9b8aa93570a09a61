"""Regression guard: the shared dev corpus (if present) meets the search quality bar directly."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import pytest

from knowledgebase import ArticleDoc, SearchIndex, SearchQuery

DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "kb_dev"


@pytest.mark.skipif(not (DEV / "queries.jsonl").exists(), reason="shared dev corpus not available")
def test_kb_dev_corpus_meets_quality_bar(tmp_path):
    docs = []
    for line in (DEV / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            a = json.loads(line)
            docs.append(
                ArticleDoc(
                    a["id"],
                    a["title"],
                    a["body"],
                    a.get("theme", ""),
                    a.get("department", ""),
                    a.get("outcome", ""),
                    int(a.get("year") or 0),
                )
            )
    ix = SearchIndex(tmp_path / "ix")
    ix.rebuild(docs)
    recalls, rrs = [], []
    for line in (DEV / "queries.jsonl").read_text(encoding="utf-8").splitlines():
        q = json.loads(line)
        refs = [h.reference for h in ix.search(SearchQuery(q=q["q"], per_page=10)).hits]
        assert refs, q["q"]
        rel = set(q["relevant"])
        recalls.append(len(rel & set(refs)) / min(len(rel), 10))
        first = next((i for i, r in enumerate(refs) if r in rel), None)
        rrs.append(0 if first is None else 1 / (first + 1))
    assert statistics.mean(recalls) >= 0.85
    assert statistics.mean(rrs) >= 0.9
