"""The bounded engine ("maxscore") gives exactly the answers of the exhaustive engines while scoring fewer postings.

The same real index as ``test_kb_dense.py`` (two segments, deletions, followed articles, the held-out topics and
2,500 synthetic articles, so common words, thin results, feedback, expansion and related material all occur).
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kb_heldout import QUERIES
from test_kb_dense import FIXED, _answer, indexes, queries

from knowledgebase import SearchIndex, SearchQuery, maxscore_search
from knowledgebase.analysis import STOPWORDS, tokenize
from knowledgebase.dense import allowed_mask, score_dense
from knowledgebase.maxscore import STATS, score_bounded
from knowledgebase.planning import _plan

__all__ = ["indexes"]  # the module-scoped index fixture, shared with test_kb_dense.py


@pytest.fixture(scope="module")
def engines(indexes):
    ref, dense, words, facets = indexes
    return ref, dense, SearchIndex(dense.index_dir, engine="maxscore"), words, facets


@given(data=st.data())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_all_engines_give_the_same_answers(engines, data):
    ref, dense, bounded, words, facets = engines
    q = data.draw(queries(words, facets))
    expected = _answer(ref, q)
    assert _answer(dense, q) == expected, q
    assert _answer(bounded, q) == expected, q


@given(data=st.data())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_exact_scores_within_bounds_and_equal_to_dense(engines, data):
    """Every document of the match set: exact score bit-for-bit the dense one, inside its bounds; coverage equal."""
    ref, _dense, _bounded, words, facets = engines
    q = data.draw(queries(words, facets))
    content = [w for w in tokenize(q.q) if w not in STOPWORDS and len(w) > 1][:8]
    if not content:
        return
    with ref._reading() as state:
        groups, _ = _plan(state, content)
        allowed = allowed_mask(state, q)
        a = score_dense(state, groups, allowed)
        b = score_bounded(state, groups, allowed)
        assert np.array_equal(a.scores.mask, b.mask)
        ids = np.flatnonzero(b.mask)
        assert [(w, None if g is None else g.mask.tolist()) for w, g in a.words] == [
            (w, None if m is None else m.tolist()) for w, m in b.words
        ]
        if not len(ids):
            return
        got = b.exact(ids)
        assert got.tolist() == a.scores.val[ids].tolist()
        assert np.array_equal(b.ids, ids)
        lo, hi = b.bounds(ids)
        assert bool(np.all(lo <= got)) and bool(np.all(got <= hi))
        assert (a.cover == b.cover) if isinstance(a.cover, float) else np.array_equal(a.cover[ids], b.cover[ids])
        assert (a.span == b.span) if isinstance(a.span, float) else np.array_equal(a.span[ids], b.span)
        assert (a.feedback is None) == (b.feedback is None) and a.profile == b.profile
        if a.feedback is not None:
            assert np.array_equal(a.feedback.mask, b.feedback.mask)
            assert np.array_equal(a.feedback.val, b.feedback.val)
        for k in (1, 3, 11):  # the top-k of MaxScore is the exhaustive top-k
            best = b.top(ids, k)
            order = np.lexsort((ids, -a.scores.val[ids]))[:k]
            assert best.tolist() == ids[order].tolist()


@pytest.mark.parametrize("text", FIXED)
@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_maxscore_equal_on_fixed_queries_every_page(engines, text, sort):
    ref, _dense, bounded, _words, _facets = engines
    for page in (1, 2, 5):
        for per_page in (1, 10):
            q = SearchQuery(q=text, page=page, per_page=per_page, sort=sort)
            assert _answer(bounded, q) == _answer(ref, q)


def test_maxscore_related_expanded_and_absent_as_reference(engines):
    ref, _dense, bounded, _words, _facets = engines
    seen = set()
    for text in [q for q, _t, _k in QUERIES] + ["zeppelinhangar", "hondenbelasting zeppelin"]:
        for sort in ("relevance", "date"):
            a, b = _answer(ref, SearchQuery(q=text, sort=sort)), _answer(bounded, SearchQuery(q=text, sort=sort))
            assert a == b, text
        seen.update(h.match for h in b.hits)
        seen.update(["related"] if b.related else [])
        seen.update(["absent"] if not b.total and not b.related else [])
    assert seen == {"direct", "expanded", "related", "absent"}


def test_common_word_scores_only_part_of_its_postings(engines):
    """A word in most articles: total and facets from the match set, scores only for the page's candidates."""
    ref, _dense, bounded, _words, _facets = engines
    with ref._reading() as state:
        common = max(("gemeente", "bewoner", "afspraak", "probleem", "oplossing"), key=lambda t: state.df("body", t))
    q = SearchQuery(q=common)
    assert _answer(bounded, q) == _answer(ref, q)
    assert STATS.postings > 500
    assert 0 < STATS.scored < STATS.postings / 2, (STATS.scored, STATS.postings)


def test_engine_names(engines):
    _ref, dense, bounded, _words, _facets = engines
    assert (dense.engine, bounded.engine, SearchIndex(dense.index_dir, engine="hybrid").engine) == (
        "dense",
        "maxscore",
        "hybrid",
    )
    assert SearchIndex(dense.index_dir, engine="bogus").engine == SearchIndex(dense.index_dir).engine == "maxscore"


@given(data=st.data())
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_hybrid_gives_the_same_answers_on_both_sides_of_its_threshold(engines, data):
    """Engine "hybrid" scores a query by MaxScore or by the dense arrays by the postings its words hold."""
    ref, _dense, _bounded, words, facets = engines
    q = data.draw(queries(words, facets))
    expected = _answer(ref, q)
    page = min(max(1, q.page), 10_000)
    sort = "date" if q.sort == "date" else "relevance"
    with ref._reading() as state:
        for threshold in (0, 300, 10**9):
            assert maxscore_search.search(state, q, page, q.per_page, sort, threshold) == expected, (q, threshold)
    assert _answer(SearchIndex(ref.index_dir, engine="hybrid"), q) == expected
