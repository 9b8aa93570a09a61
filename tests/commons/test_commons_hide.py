"""An admin hides a published article of another municipality (something the checks missed) at
/bemiddeling/beheer/kennisdelen/verbergen; own articles stay in the publication workflow, which no longer offers
imported ones."""

from __future__ import annotations

import datetime as dt
import html

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from werkzeug.test import TestResponse

from portal.extensions import db
from portal.models import Article, AuditEntry, IndexOutbox
from portal.models_commons import CommonsSource
from tests.conftest import csrf_token, login

URL = "/bemiddeling/beheer/kennisdelen"
HIDE = URL + "/verbergen"
BODY = "## Situatie\n\nDe container werd niet geleegd.\n\n## Afspraak\n\nDe wijkbeheerder regelt het."


def _source(code: str, name: str) -> CommonsSource:
    source = CommonsSource(base_url=f"https://{code}.portaal.test", code=code, name=name, licence="CC BY 4.0")
    db.session.add(source)
    db.session.flush()
    return source


def _article(reference: str, source: CommonsSource | None) -> None:
    db.session.add(
        Article(
            reference=reference,
            title=f"Container {reference}",
            body=BODY,
            theme="afval",
            department="Afval en reiniging",
            outcome="opgelost",
            year=2025,
            status="published",
            published_at=dt.date(2025, 6, 1),
            source_id=source.id if source else None,
            source_reference=reference.split(":", 1)[-1] if source else None,
        )
    )


@pytest.fixture
def admin(app: Flask, client: FlaskClient) -> FlaskClient:
    wester = _source("wester", "Gemeente Westerhaven")
    ooster = _source("ooster", "Gemeente Oostervaart")
    _article("KB-2025-0001", None)
    _article("wester:KB-2025-0007", wester)
    _article("wester:KB-2025-0008", wester)
    _article("ooster:KB-2025-0008", ooster)
    db.session.commit()
    assert login(client, "admin@test.nl").status_code == 302
    return client


def _references() -> set[str]:
    db.session.expire_all()
    return set(db.session.execute(select(Article.reference)).scalars())


def _hide(client: FlaskClient, text: str, token: str | None = None) -> TestResponse:
    return client.post(HIDE, data={"csrf_token": token or csrf_token(client, URL), "reference": text})


@pytest.mark.parametrize(
    "text",
    [
        "wester:KB-2025-0007",
        "http://localhost/kennisbank/wester:KB-2025-0007",
        "https://afstemming.voorbeeld.nl/kennisbank/wester%3AKB-2025-0007/",
        "  KB-2025-0007  ",
        "wester:KB-2025-0007\x00",  # the form drops control characters
    ],
)
def test_admin_hides_an_imported_article_audited(admin: FlaskClient, text: str) -> None:
    response = _hide(admin, text)
    assert response.status_code == 302
    assert "wester:KB-2025-0007" not in _references()
    entry = db.session.execute(select(AuditEntry).where(AuditEntry.action == "commons.hide")).scalar_one()
    assert entry.detail["reference"] == "wester:KB-2025-0007" and entry.actor_id is not None
    queued = db.session.execute(select(IndexOutbox).where(IndexOutbox.reference == "wester:KB-2025-0007")).scalars()
    assert [q.op for q in queued][-1] == "delete"
    page = html.unescape(admin.get(URL).get_data(as_text=True))
    assert "‘Container wester:KB-2025-0007’ staat niet meer in onze kennisbank" in page


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Dit veld is verplicht"),
        ("KB-2025-0001", "eigen gemeente"),
        ("KB-2025-0008", "Meer gemeenten gebruiken dit kenmerk"),
        ("wester:KB-2099-9999", "geen artikel met dit kenmerk"),
        ("<script>alert(1)</script>", "geen artikel met dit kenmerk"),
        ("x" * 401, "te lang"),
        ("٣٣٣:𝟘𝟘𝟙", "geen artikel met dit kenmerk"),
    ],
)
def test_bad_or_own_references_are_refused_in_dutch_and_nothing_goes(
    admin: FlaskClient, text: str, message: str
) -> None:
    before = _references()
    response = _hide(admin, text)
    assert response.status_code == 400
    body = html.unescape(response.get_data(as_text=True))
    assert message in body and "<script>alert(1)</script>" not in response.get_data(as_text=True)
    assert _references() == before
    assert db.session.execute(select(AuditEntry).where(AuditEntry.action == "commons.hide")).first() is None


def test_only_admins_with_a_valid_token_and_no_replay(admin: FlaskClient, server: Flask) -> None:
    before = _references()
    assert admin.post(HIDE, data={"reference": "wester:KB-2025-0007"}).status_code == 400
    mediator = server.test_client()
    login(mediator, "med1@test.nl")
    assert _hide(mediator, "wester:KB-2025-0007", token=csrf_token(mediator, "/bemiddeling/")).status_code == 403
    assert _references() == before
    token = csrf_token(admin, URL)
    assert _hide(admin, "wester:KB-2025-0007", token).status_code == 302
    replay = _hide(admin, "wester:KB-2025-0007", token)  # the same form again: nothing left to hide
    assert replay.status_code == 400 and "geen artikel met dit kenmerk" in html.unescape(replay.get_data(as_text=True))
    assert _references() == before - {"wester:KB-2025-0007"}


def test_publication_workflow_offers_own_articles_only(admin: FlaskClient) -> None:
    page = admin.get("/bemiddeling/artikelen/").get_data(as_text=True)
    assert "Container KB-2025-0001" in page and "Container wester:" not in page
    imported = db.session.execute(select(Article).where(Article.reference == "wester:KB-2025-0007")).scalar_one()
    assert admin.get(f"/bemiddeling/artikelen/{imported.id}").status_code == 404
    token = csrf_token(admin, "/bemiddeling/artikelen/")
    assert admin.post(f"/bemiddeling/artikelen/{imported.id}/intrekken", data={"csrf_token": token}).status_code == 404
    db.session.expire_all()
    assert db.session.get(Article, imported.id).status == "published"
