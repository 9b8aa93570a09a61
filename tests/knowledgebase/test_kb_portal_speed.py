"""Per-request shortcuts of the search pages give the same answers: article URLs built once per API answer
equal `external_url`'s, and the search form's filter values from the index equal the database's."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from portal.blueprints.api import _article_url
from portal.extensions import db
from portal.models import Article
from portal.services import knowledge
from portal.urls import external_url

REFERENCES = ["KB-2024-0001", "a.b_c-d", "ref met spatie", "ünïcode", "x/y", "<script>", "..", "a%20b", "?q=1"]


@pytest.mark.parametrize("base", ["http://127.0.0.1:5000", "https://gemeente.example.nl/afstemming/"])
def test_article_urls_equal_external_url(app, base):
    app.config["BASE_URL"] = base
    with app.test_request_context("/api/v1/knowledge"):
        url = _article_url()
        for ref in REFERENCES:
            assert url(ref) == external_url("kb.article", reference=ref), ref


def test_search_form_values_from_the_index_equal_the_database(app):
    rows = [
        ("KB-1", "Parkeren", "Vergunningen", "opgelost", 2025),
        ("KB-2", "Afval", "Reiniging", "deels opgelost", 2019),
        ("KB-3", "Zorg en ondersteuning", "Wmo", "niet opgelost", 2024),
        ("KB-4", "afval", "Reiniging", "opgelost", 2024),
        ("KB-5", "Émancipatie", "Ünïcode <b>", "doorverwezen", 2009),
    ]
    lines = [
        json.dumps(
            {"id": r, "title": f"Titel {r}", "body": "Tekst.", "theme": t, "department": d, "outcome": o, "year": y}
        )
        for r, t, d, o, y in rows
    ]
    assert knowledge.index().facet_options() is None  # no index yet: the database answers
    before = knowledge.facet_values()
    knowledge.import_jsonl(lines)
    with knowledge.writer_lock():
        knowledge.ensure_index_locked()
    got = knowledge.facet_values()
    expected = {}
    for name in ("theme", "department", "outcome", "year"):
        col = getattr(Article, name)
        values = db.session.execute(select(col).distinct()).scalars().all()
        expected[name] = sorted({str(v) for v in values}, key=lambda v: (int(v), v) if name == "year" else v)
    assert {k: got[k] for k in expected} == expected
    assert got["year"] == ["2009", "2019", "2024", "2025"] and "municipality" in got
    assert before["theme"] == []
