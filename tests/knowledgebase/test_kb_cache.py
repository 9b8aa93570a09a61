"""Speed machinery that must not change answers: the result cache, warming, facet bitmaps (issue 12)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from kb_heldout import build

from knowledgebase import ArticleDoc, SearchIndex, SearchQuery
from knowledgebase.reader import RESULT_CACHE_ENTRIES


@pytest.fixture
def index(tmp_path):
    docs, _ = build()
    ix = SearchIndex(tmp_path / "ix")
    ix.rebuild(docs)
    return ix, docs


def test_cached_result_equals_fresh_and_callers_cannot_spoil_it(index):
    ix, _ = index
    first = ix.search(SearchQuery(q="Terrasvergunning"))
    first.hits.clear()
    first.facets["theme"].clear()
    again = ix.search(SearchQuery(q="  terrasvergunning "))  # same key: case and spacing folded
    assert again.total == 7 and len(again.hits) == 7 and again.facets["theme"]


def test_cache_is_per_generation_apply_and_rebuild_show_new_articles(index, tmp_path):
    ix, docs = index
    q = SearchQuery(q="terrasvergunning")
    assert ix.search(q).total == 7
    new = ArticleDoc(
        "HO-NEW",
        "Terrasvergunning kwijt",
        "De terrasvergunning raakte zoek.",
        "Economie",
        "Vergunningen en handhaving",
        "opgelost",
        2026,
    )
    ix.apply(upserts=[new])
    assert "HO-NEW" in [h.reference for h in ix.search(q).hits]
    ix.apply(deletes=["HO-NEW"])
    assert "HO-NEW" not in [h.reference for h in ix.search(q).hits]
    ix.rebuild(docs[:7])
    fresh = SearchIndex(tmp_path / "fresh")
    fresh.rebuild(docs[:7])
    assert ix.doc_count() == 7
    assert [h.reference for h in ix.search(q).hits] == [h.reference for h in fresh.search(q).hits]


def test_cache_is_bounded(index):
    ix, _ = index
    for i in range(RESULT_CACHE_ENTRIES + 50):
        ix.search(SearchQuery(q="ratten", page=1 + i % 3, per_page=1 + i // 3 % 100, year=2019 + i % 8))
    with ix._reading() as st:
        assert len(st.results) <= RESULT_CACHE_ENTRIES


def test_warm_loads_the_searcher_without_a_query(index, tmp_path):
    ix, _ = index
    assert SearchIndex(tmp_path / "none").warm() is False
    assert ix.warm() is True
    with ix._reading() as st:
        assert st.warmed and st._value_bits is not None and st._date_order is not None


@pytest.mark.parametrize("q", ["", "ratten", "vergunning", "school asbest", "container"])
def test_facet_bitmaps_count_like_a_plain_counter(index, q):
    ix, docs = index
    res = ix.search(SearchQuery(q=q, per_page=100))
    by_ref = {d.reference: d for d in docs}
    refs = [h.reference for h in res.hits]
    assert len(refs) == res.total
    for key in ("theme", "department", "outcome"):
        expected = Counter(getattr(by_ref[r], key) for r in refs)
        assert dict(res.facets[key]) == dict(expected)
    assert dict(res.facets["year"]) == dict(Counter(str(by_ref[r].year) for r in refs))


def test_word_list_beside_the_index_follows_apply(index):
    ix, _ = index
    assert ix.search(SearchQuery(q="zwembadsluiting")).total == 0
    new = ArticleDoc(
        "HO-SWIM",
        "Zwembadsluiting zonder overleg",
        "De zwembadsluiting kwam als een verrassing.",
        "Sport",
        "Sport",
        "opgelost",
        2026,
    )
    ix.apply(upserts=[new])
    assert [h.reference for h in ix.search(SearchQuery(q="zwembadsluiting")).hits] == ["HO-SWIM"]
    res = ix.search(SearchQuery(q="zwembadsluitng"))  # a typo of the new word: corrected from the word list
    assert res.total == 1 and res.suggestion == "zwembadsluiting"


def test_changes_written_by_another_process_are_seen_at_once(index, tmp_path):
    """The cheap freshness check (two stat calls) still notices another process's apply and rebuild."""
    import subprocess
    import sys

    ix, docs = index
    q = SearchQuery(q="terrasvergunning", per_page=50)
    assert "HO-OTHER" not in [h.reference for h in ix.search(q).hits]
    script = (
        "import sys; from knowledgebase import ArticleDoc, SearchIndex\n"
        "ix = SearchIndex(sys.argv[1])\n"
        "if sys.argv[2] == 'apply':\n"
        "    ix.apply(upserts=[ArticleDoc('HO-OTHER', 'Terrasvergunning elders', 'De terrasvergunning kwam.',"
        " 'Economie', 'Vergunningen', 'opgelost', 2026)])\n"
        "else:\n"
        "    ix.rebuild([])\n"
    )
    subprocess.run([sys.executable, "-c", script, str(ix.index_dir), "apply"], check=True, cwd=Path.cwd())
    assert "HO-OTHER" in [h.reference for h in ix.search(q).hits]
    subprocess.run([sys.executable, "-c", script, str(ix.index_dir), "rebuild"], check=True, cwd=Path.cwd())
    assert ix.search(q).total == 0 and ix.doc_count() == 0
