"""GET /api/v1/knowledge/changes: own articles only, ordered, paged, withdrawals, ETag/304, bad input, holes."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.extensions import db
from portal.models import Article, utcnow
from portal.models_commons import CommonsChange, CommonsSource
from portal.services import knowledge
from portal.services.commons.sync import apply_change

URL = "/api/v1/knowledge/changes"


def own(ref: str, title: str = "Parkeren bij de school", year: int = 2025) -> dict:
    return {"id": ref, "title": title, "body": f"## Situatie\n\nTekst van {ref}.", "theme": "parkeren", "year": year}


def load(*items: dict) -> None:
    knowledge.import_jsonl([json.dumps(i) for i in items])


def test_published_changes_carry_markdown_and_metadata(app: Flask, client: FlaskClient) -> None:
    load(own("KB-1"), own("KB-2"))
    data = client.get(URL).get_json()
    assert data["more"] is False and data["since"] == "0"
    assert [c["reference"] for c in data["changes"]] == ["KB-1", "KB-2"]
    first = data["changes"][0]
    assert first["status"] == "published" and first["body"].startswith("## Situatie")
    assert first["url"].endswith("/kennisbank/KB-1") and first["year"] == 2025 and first["theme"] == "parkeren"
    assert "body_html" not in first
    assert client.get(f"{URL}?since={data['next']}").get_json()["changes"] == []


def test_paging_with_next_and_more(app: Flask, client: FlaskClient) -> None:
    load(*(own(f"KB-{i}") for i in range(7)))
    seen, since, pages = [], "", 0
    while True:
        data = client.get(f"{URL}?since={since}&limit=3").get_json()
        seen += [c["reference"] for c in data["changes"]]
        since, pages = data["next"], pages + 1
        if not data["more"]:
            break
    assert seen == [f"KB-{i}" for i in range(7)] and pages == 3


def test_updates_and_withdrawals_appear_once_per_page(app: Flask, client: FlaskClient) -> None:
    load(own("KB-1"))
    cursor = client.get(URL).get_json()["next"]
    load(own("KB-1", title="Nieuwe titel"))
    article = db.session.execute(select(Article).where(Article.reference == "KB-1")).scalar_one()
    article.status = "withdrawn"
    knowledge.enqueue("KB-1", "delete")
    db.session.commit()
    data = client.get(f"{URL}?since={cursor}").get_json()
    assert data["changes"] == [
        {
            "reference": "KB-1",
            "status": "withdrawn",
            "updated_at": data["changes"][0]["updated_at"],
            "url": data["changes"][0]["url"],
        }
    ]
    # a deleted own article is a withdrawal too
    db.session.delete(article)
    knowledge.enqueue("KB-1", "delete")
    db.session.commit()
    assert client.get(URL).get_json()["changes"][0]["status"] == "withdrawn"


def test_imported_articles_are_never_reshared(app: Flask, client: FlaskClient) -> None:
    source = CommonsSource(base_url="http://127.0.0.1:9", code="elders", name="Gemeente Elders", cursor="")
    db.session.add(source)
    db.session.commit()
    change = {"reference": "X-1", "status": "published", "title": "Elders", "body": "Tekst.", "year": 2025}
    assert apply_change(source, change) == "created"
    db.session.commit()
    load(own("KB-1"))
    refs = [c["reference"] for c in client.get(URL).get_json()["changes"]]
    assert refs == ["KB-1"]


def test_etag_and_304(app: Flask, client: FlaskClient) -> None:
    load(own("KB-1"))
    first = client.get(URL)
    etag = first.headers["ETag"]
    assert etag.startswith('"') and first.headers["Cache-Control"] == "no-cache"
    again = client.get(URL, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.get_data() == b""
    load(own("KB-2"))
    assert client.get(URL, headers={"If-None-Match": etag}).status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "since=abc",
        "since=-1",
        "since=1.5",
        "since=%00",
        "since=<script>",
        "since=99999999999999999999",
        "since=٣",
        "limit=0",
        "limit=501",
        "limit=abc",
        "limit=%F0%9F%98%80",
        "foo=1",
        "since=5000",
    ],
)
def test_bad_parameters_are_a_dutch_400(app: Flask, client: FlaskClient, query: str) -> None:
    load(own("KB-1"))
    resp = client.get(f"{URL}?{query}")
    assert resp.status_code == 400
    data = resp.get_json()
    assert data["status"] == 400 and any(w in data["error"] for w in ("Ongeldige", "Onbekende", "nul-teken"))
    assert "<script>" not in resp.get_data(as_text=True)


def test_a_recent_hole_stops_the_feed_until_it_settles(app: Flask, client: FlaskClient) -> None:
    """A change id taken by a transaction that has not committed yet must not be skipped."""
    load(own("KB-1"))
    top = db.session.execute(select(CommonsChange.id).order_by(CommonsChange.id.desc())).scalars().first()
    # id top+1 is "in flight"; top+2 is committed just now
    db.session.add(CommonsChange(id=top + 2, reference="KB-1", created_at=utcnow()))
    db.session.commit()
    data = client.get(URL).get_json()
    assert data["next"] == str(top) and data["more"] is False
    # once the change after the hole is older than the grace period, the hole was a rollback: go on
    row = db.session.get(CommonsChange, top + 2)
    row.created_at = utcnow() - dt.timedelta(seconds=3600)
    db.session.commit()
    assert client.get(URL).get_json()["next"] == str(top + 2)


def test_openapi_names_the_municipality_licence_and_the_feed(app: Flask, client: FlaskClient) -> None:
    spec = client.get("/api/v1/openapi.json").get_json()
    assert spec["info"]["x-municipality"] == app.config["MUNICIPALITY"]
    assert spec["info"]["license"]["name"] == "CC BY 4.0" and spec["info"]["x-attribution"]
    assert "/api/v1/knowledge/changes" in spec["paths"]
