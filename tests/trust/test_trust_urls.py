"""Absolute URLs come from PORTAL_BASE_URL, never from the Host header (API, OpenAPI, feed, open data, mails)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from flask import Flask

from portal.services import knowledge
from portal.urls import base_url, external_url

EVIL = "evil.example"


@pytest.fixture
def article(app: Flask) -> str:
    line = json.dumps(
        {
            "id": "KB-2025-0101",
            "title": "Parkeervergunning geweigerd",
            "theme": "Parkeren",
            "body": "## Situatie\n\nDe parkeervergunning werd geweigerd.",
            "department": "Parkeren",
            "outcome": "opgelost",
            "year": 2025,
        }
    )
    knowledge.import_jsonl([line])
    with knowledge.writer_lock():
        knowledge.ensure_index_locked()
    return "KB-2025-0101"


def test_external_url_outside_a_request_uses_the_base_url(make_app: Callable[..., Flask]) -> None:
    application = make_app(BASE_URL="https://afstemming.example.nl/portaal/")
    with application.app_context():
        assert base_url() == "https://afstemming.example.nl/portaal"
        assert external_url("kb.article", reference="KB-1") == "https://afstemming.example.nl/portaal/kennisbank/KB-1"
        assert external_url("public.home", _anchor="uitleg").endswith("/portaal/#uitleg")


def test_default_base_url_is_the_make_run_address(app: Flask) -> None:
    with app.app_context():
        assert external_url("feed.atom") == "http://127.0.0.1:5000/feed.atom"


@pytest.mark.parametrize("bad", ["javascript:alert(1)", "ftp://x", "/relative", "http://"])
def test_a_base_url_that_is_not_http_is_refused(make_app: Callable[..., Flask], bad: str) -> None:
    application = make_app(BASE_URL=bad)
    with application.app_context(), pytest.raises(ValueError):
        base_url()


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/knowledge?q=parkeervergunning",
        "/api/v1/openapi.json",
        "/feed.atom",
        "/api/v1/knowledge/similar?text=parkeervergunning geweigerd",
        "/open-data/artikelen.json",
    ],
)
def test_a_forged_host_header_never_reaches_the_output(make_app: Callable[..., Flask], article: str, path: str) -> None:
    application = make_app(BASE_URL="https://afstemming.example.nl", SERVER_NAME=None)
    client = application.test_client()
    response = client.get(path, headers={"Host": EVIL, "X-Forwarded-Host": EVIL})
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert EVIL not in body
    assert "https://afstemming.example.nl" in body


def test_openapi_servers_is_the_base_url(make_app: Callable[..., Flask]) -> None:
    application = make_app(BASE_URL="https://afstemming.example.nl", SERVER_NAME=None)
    doc = application.test_client().get("/api/v1/openapi.json", headers={"Host": EVIL}).get_json()
    assert doc["servers"] == [{"url": "https://afstemming.example.nl"}]


def test_pages_with_absolute_links_ignore_the_host_header(make_app: Callable[..., Flask], article: str) -> None:
    application = make_app(BASE_URL="https://afstemming.example.nl", SERVER_NAME=None)
    client = application.test_client()
    page = client.get(f"/kennisbank/{article}", headers={"Host": EVIL})
    assert page.status_code == 200
    body = page.get_data(as_text=True)
    assert EVIL not in body and f"https://afstemming.example.nl/kennisbank/{article}" in body
    for path in ("/verantwoording/kwartaal/2025-Q1", "/verantwoording/jaar/2025"):
        report = client.get(path, headers={"Host": EVIL})
        assert report.status_code == 200
        assert EVIL not in report.get_data(as_text=True)
        assert f"https://afstemming.example.nl{path}" in report.get_data(as_text=True)
