"""The search API builds article URLs once per answer: every URL equals the one `external_url` builds."""

from __future__ import annotations

import pytest

from portal.blueprints.api import _article_url
from portal.urls import external_url

REFERENCES = ["KB-2024-0001", "a.b_c-d", "ref met spatie", "ünïcode", "x/y", "<script>", "..", "a%20b", "?q=1"]


@pytest.mark.parametrize("base", ["http://127.0.0.1:5000", "https://gemeente.example.nl/afstemming/"])
def test_article_urls_equal_external_url(app, base):
    app.config["BASE_URL"] = base
    with app.test_request_context("/api/v1/knowledge"):
        url = _article_url()
        for ref in REFERENCES:
            assert url(ref) == external_url("kb.article", reference=ref), ref
