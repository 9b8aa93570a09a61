"""A worker's memory stays bounded (issue 12): every per-process cache of the search has a cap that holds.

The figures at 100,000 articles come from bench/bench_servers.py (worker RSS after warm-up and after load);
these tests check the caps themselves on a real index, and that the estimate behind the result cache's byte
cap is not smaller than what a result really holds.
"""

from __future__ import annotations

import sys

import pytest
from kb_heldout import build

from knowledgebase import SearchIndex, SearchQuery
from knowledgebase.analysis import stem
from knowledgebase.reader import (
    EXPAND_CACHE_LOOKUPS,
    EXPAND_CACHE_TERMS,
    PACKED_POSTINGS_ENTRIES,
    POSTINGS_CACHE_ENTRIES,
    RESULT_CACHE_BYTES,
    RESULT_CACHE_ENTRIES,
    result_bytes,
)

QUERIES = ["ratten", "vergunning", "", "school asbest", "xyzzy", "parkeren boete", "terras", "<script>", "ëé"]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    docs, _ = build()
    ix = SearchIndex(tmp_path_factory.mktemp("mem") / "ix")
    ix.rebuild(docs)
    return ix


def deep_size(obj: object, seen: set[int] | None = None) -> int:
    """Bytes held by an object graph (each object once)."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        size += sum(deep_size(k, seen) + deep_size(v, seen) for k, v in obj.items())
    elif isinstance(obj, (list, tuple, set, frozenset)):
        size += sum(deep_size(x, seen) for x in obj)
    elif hasattr(obj, "__dict__"):
        size += deep_size(vars(obj), seen)
    return size


@pytest.mark.parametrize("q", QUERIES)
@pytest.mark.parametrize("per_page", [1, 10, 100])
def test_result_size_estimate_is_not_below_the_real_size(index, q, per_page):
    res = index.search(SearchQuery(q=q, per_page=per_page))
    assert result_bytes(res) >= deep_size(res)


def test_result_cache_keeps_to_its_entry_and_byte_caps(index):
    for i in range(RESULT_CACHE_ENTRIES + 200):
        index.search(SearchQuery(q=QUERIES[i % len(QUERIES)], page=1 + i % 5, per_page=1 + i // 5 % 100))
    with index._reading() as st:
        assert st is not None
        assert len(st.results) <= RESULT_CACHE_ENTRIES
        assert st._result_bytes == sum(size for size, _ in st.results.values())
        assert st._result_bytes <= RESULT_CACHE_BYTES


def test_cached_results_still_equal_fresh_ones_after_eviction(index, tmp_path):
    for i in range(RESULT_CACHE_ENTRIES + 10):
        index.search(SearchQuery(q="vergunning", page=1 + i % 40, per_page=1 + i // 40 % 60))
    fresh = SearchIndex(tmp_path / "fresh")
    fresh.rebuild(build()[0])
    for q in QUERIES:
        a, b = index.search(SearchQuery(q=q)), fresh.search(SearchQuery(q=q))
        assert (a.total, [h.reference for h in a.hits]) == (b.total, [h.reference for h in b.hits])


def test_postings_and_lexicon_caches_keep_to_their_caps(index):
    for q in QUERIES * 3:
        index.search(SearchQuery(q=q + " regels", per_page=5))
    with index._reading() as st:
        assert st is not None
        assert sum(len(p) + 1 for p in st._postings.values()) == st._post_entries <= POSTINGS_CACHE_ENTRIES
        assert sum(len(ids) + 1 for ids, _ in st._packed.values()) == st._packed_entries <= PACKED_POSTINGS_ENTRIES
        for key, post in st._postings.items():  # the packed form gives back the same dict, order included
            if key in st._packed:
                ids, scores = st._packed[key]
                assert list(post.items()) == list(zip(ids, scores, strict=True))
        assert len(st._expand) <= EXPAND_CACHE_LOOKUPS
        held = sum(1 + (len(v) if isinstance(v, (list, dict)) else 0) for v in st._expand.values())
        assert held <= EXPAND_CACHE_TERMS
    assert stem.cache_info().maxsize is not None and stem.cache_info().currsize <= stem.cache_info().maxsize


def test_index_files_are_read_without_copies_in_memory(index):
    """Whoosh with mmap copies each member of a compound segment into a BytesIO: the reader opens it plainly."""
    with index._reading() as st:
        assert st is not None
        assert st.ix.storage.supports_mmap is False


def test_evicting_postings_changes_no_answer(tmp_path, monkeypatch):
    """With caps so small that every query evicts, the answers equal those of an index with roomy caches."""
    from knowledgebase import reader

    docs, _ = build()
    roomy = SearchIndex(tmp_path / "roomy")
    roomy.rebuild(docs)
    expected = {}
    for q in QUERIES:
        res = roomy.search(SearchQuery(q=q + " regels", per_page=20))
        expected[q] = (res.total, [(h.reference, h.score) for h in res.hits], dict(res.facets))
    monkeypatch.setattr(reader, "POSTINGS_CACHE_ENTRIES", 40)
    monkeypatch.setattr(reader, "PACKED_POSTINGS_ENTRIES", 120)
    tight = SearchIndex(tmp_path / "tight")
    tight.rebuild(docs)
    for _ in range(2):
        for q in QUERIES:
            res = tight.search(SearchQuery(q=q + " regels", per_page=20, page=1))
            assert (res.total, [(h.reference, h.score) for h in res.hits], dict(res.facets)) == expected[q]
            with tight._reading() as st:
                assert st is not None
                assert st._post_entries <= 40 and st._packed_entries <= 120
                st.results.clear()  # answer from the postings each time, not from the result cache
                st._result_bytes = 0
