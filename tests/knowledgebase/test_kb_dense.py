"""The vectorised search (engine "dense"; engine "hybrid" uses it for large queries) gives exactly the
answers of the exhaustive dict scorer.

One real index: the held-out corpus (topics with few articles: thin results, feedback, expansion, related), the
bench corpus (2,500 synthetic articles: common words in most of them, so the common-word rule applies), articles
of a followed portal (the own-first tie-breaker) and a second segment with updates and deletions (docnums of
deleted articles inside the arrays). Random queries from the index's own words, typos, compounds glued or
split, unknown words, filters, pages and both sort orders: every field of the result must be equal, and the
scores of every document reached must be bit-for-bit the same.
"""

from __future__ import annotations

import dataclasses
import random

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kb_heldout import QUERIES, build

from bench.bench_search import make_corpus
from knowledgebase import SearchIndex, SearchQuery
from knowledgebase.analysis import STOPWORDS, tokenize
from knowledgebase.dense import allowed_mask, score_dense
from knowledgebase.planning import _filter_set, _plan
from knowledgebase.ranking import score_query


@pytest.fixture(scope="module")
def indexes(tmp_path_factory):
    held, _topics = build()
    synth = make_corpus(2500, seed=5)
    followed = [
        dataclasses.replace(d, reference=f"EXT-{i}", municipality="Elders", own=False)
        for i, d in enumerate(synth[:150])
    ]
    docs = held + synth + followed
    path = tmp_path_factory.mktemp("dense") / "ix"
    SearchIndex(path).rebuild(docs)
    changed = [dataclasses.replace(d, title=d.title + " aangepast") for d in synth[10:40]]
    SearchIndex(path).apply(
        upserts=changed, deletes=[d.reference for d in held[:5]] + [d.reference for d in synth[:20]]
    )
    words = sorted({w for d in docs[::7] for w in tokenize(f"{d.title} {d.body}") if w not in STOPWORDS and len(w) > 2})
    facets = {
        "theme": sorted({d.theme for d in docs}),
        "department": sorted({d.department for d in docs}),
        "outcome": sorted({d.outcome for d in docs}),
        "year": sorted({d.year for d in docs}),
        "municipality": ["Elders"],
    }
    return SearchIndex(path, engine="reference"), SearchIndex(path, engine="dense"), words, facets


def _typo(rnd: random.Random, w: str) -> str:
    if len(w) < 5:
        return w + "e"
    i = rnd.randrange(1, len(w) - 1)
    return [w[:i] + w[i + 1 :], w[:i] + w[i + 1] + w[i] + w[i + 2 :], w[:i] + "a" + w[i:]][rnd.randrange(3)]


@st.composite
def queries(draw, words: list[str], facets: dict[str, list]) -> SearchQuery:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        w = rnd.choice(words)
        kind = draw(st.sampled_from(["word", "word", "typo", "glue", "split", "absent", "prefix"]))
        if kind == "typo":
            w = _typo(rnd, w)
        elif kind == "glue":
            w = w + rnd.choice(words)
        elif kind == "split" and len(w) > 7:
            w = f"{w[:4]} {w[4:]}"
        elif kind == "absent":
            w = rnd.choice(["zeppelinhangar", "quasar", "xylofoonles", "walvisstranding", "ruimtevaart"])
        elif kind == "prefix":
            w = w[: max(3, len(w) // 2)]
        parts.append(w)
    q = SearchQuery(q=" ".join(parts))
    for key, values in facets.items():
        if draw(st.integers(0, 5)) == 0:
            setattr(q, key, rnd.choice(values) if draw(st.booleans()) else "Bestaat niet")
    q.page = draw(st.integers(1, 6))
    q.per_page = draw(st.sampled_from([1, 3, 10, 20]))
    q.sort = draw(st.sampled_from(["relevance", "relevance", "date"]))
    return q


def _answer(ix: SearchIndex, q: SearchQuery):
    with ix._reading() as state:
        return ix._search(state, q)  # no result cache: each engine computes


@given(data=st.data())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_dense_answers_equal_the_exhaustive_ones(indexes, data):
    ref, dense, words, facets = indexes
    q = data.draw(queries(words, facets))
    assert _answer(dense, q) == _answer(ref, q), q


@given(data=st.data())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_dense_scores_equal_for_every_document(indexes, data):
    ref, _dense, words, facets = indexes
    q = data.draw(queries(words, facets))
    content = [w for w in tokenize(q.q) if w not in STOPWORDS and len(w) > 1][:8]
    if not content:
        return
    with ref._reading() as state:
        groups, _ = _plan(state, content)
        a = score_query(state, groups, _filter_set(state, q))
        b = score_dense(state, groups, allowed_mask(state, q))
        got = {int(d): float(b.scores.val[d]) for d in np.flatnonzero(b.scores.mask)}
        assert got == a.scores
        for d in a.scores:
            cover = b.cover if isinstance(b.cover, float) else float(b.cover[d])
            span = b.span if isinstance(b.span, float) else float(b.span[d])
            assert (cover, span) == (a.cover[d], a.span[d])
        fb = {} if b.feedback is None else {int(d): float(b.feedback.val[d]) for d in np.flatnonzero(b.feedback.mask)}
        assert fb == a.feedback and b.profile == a.profile
        assert [(w, None if g is None else set(np.flatnonzero(g.mask).tolist())) for w, g in b.words] == [
            (w, set(sc) or None) for w, sc in a.words
        ]


FIXED = [
    "",
    "vergunning",
    "afval bak",
    "geluidsoverlast buren",
    "parkeer vergunning",
    "terrasvergunning",
    "zeppelinhangar",
    "hersteld afspraak bewoner",
    "de het een",
    "<script>alert(1)</script>",
    "ünïcödé wóórd",
    "x" * 500,
]


@pytest.mark.parametrize("text", FIXED)
@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_dense_equal_on_fixed_queries_every_page(indexes, text, sort):
    ref, dense, _words, _facets = indexes
    for page in (1, 2, 5):
        q = SearchQuery(q=text, page=page, per_page=10, sort=sort)
        assert _answer(dense, q) == _answer(ref, q)


def test_engines_do_not_share_cached_results(indexes):
    ref, dense, _words, _facets = indexes
    q = SearchQuery(q="vergunning")
    assert dense.search(q) == ref.search(q)
    with dense._reading() as state:
        assert ("dense", *[k for k in state.results if k[0] == "dense"][0][1:]) in state.results
        assert any(k[0] == "reference" for k in state.results)


def test_dense_related_expanded_and_absent_as_reference(indexes):
    """Held-out queries (some with expanded hits), an absent topic and one with only related material."""
    ref, dense, _words, _facets = indexes
    seen = set()
    for text in [q for q, _t, _k in QUERIES] + ["zeppelinhangar", "hondenbelasting zeppelin"]:
        for sort in ("relevance", "date"):
            a, b = _answer(ref, SearchQuery(q=text, sort=sort)), _answer(dense, SearchQuery(q=text, sort=sort))
            assert a == b, text
        seen.update(h.match for h in b.hits)
        if b.related:
            seen.add("related")
            assert all(h.reason for h in b.related)
        if not b.total and not b.related:
            seen.add("absent")
    assert seen == {"direct", "expanded", "related", "absent"}


def _python_bm25f(state, fieldname: str, term: str) -> dict[int, float]:
    """The per-posting BM25F of the rounds before, one Python expression per posting (the oracle)."""
    from knowledgebase.reader import FilterMatcher

    searcher = state.searcher
    idf = searcher.idf(fieldname, term)
    avgfl = searcher.avg_field_length(fieldname) or 1.0
    c1, c2, k1p = state.K1 * (1 - state.B), state.K1 * state.B / avgfl, state.K1 + 1
    btext = state.reader.schema[fieldname].to_bytes(term)
    out = {}
    for leaf, base in state.reader.leaf_readers():
        if (fieldname, btext) not in leaf:
            continue
        m, deleted = leaf.postings(fieldname, btext), set()
        if isinstance(m, FilterMatcher):
            deleted, m = m._ids, m.child
        lens = [int(v) for v in state._lengths(leaf, fieldname)]
        while m.is_active():
            if m.id() not in deleted:
                out[m.id() + base] = idf * (m.weight() * k1p) / (m.weight() + c1 + c2 * lens[m.id()])
            m.next()
    return out


def test_vectorised_postings_scores_equal_the_per_posting_formula(indexes):
    """Two segments, deletions: the NumPy BM25F of every term equals the Python one exactly, in docnum order."""
    ref, _dense, _words, _facets = indexes
    with ref._reading() as state:
        assert len(state.reader.leaf_readers()) == 2 and state.reader.has_deletions()
        for fieldname in ("title", "body"):
            for i, (b, _ti) in enumerate(state.reader.iter_field(fieldname)):
                if i % 5 == 0:
                    term = b.decode("utf-8")
                    ids, scores = state._bulk_postings(fieldname, term)
                    assert list(zip(ids, scores, strict=True)) == list(_python_bm25f(state, fieldname, term).items())


def test_dense_related_and_similar_equal_the_exhaustive_ones(indexes):
    """The article page's related articles and the form's similar cases, on both engines."""
    ref, dense, words, _facets = indexes
    with ref._reading() as state:
        refs = [state.reader.stored_fields(d)["reference"] for d in state.live_docs()[::97]]
    for reference in [*refs, "BESTAAT-NIET", ""]:
        for limit in (1, 5, 50):
            assert dense.related(reference, limit) == ref.related(reference, limit), reference
    rnd = random.Random(3)
    texts = [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 60))) for _ in range(25)]
    for text in [*texts, "", "de het een", "<script>", "mijn parkeervergunning werd geweigerd"]:
        assert dense.similar(text, 3) == ref.similar(text, 3), text
