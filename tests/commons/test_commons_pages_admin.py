"""The commons back office (/bemiddeling/beheer/kennisdelen): an in-process portal follows a real portal on
loopback through the admin's forms; bad input, replays and missing tokens change nothing; held articles."""

from __future__ import annotations

import html
import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from werkzeug.test import TestResponse

from portal.extensions import db
from portal.models import Article, AuditEntry
from portal.models_commons import CommonsSource
from portal.services import knowledge
from tests.commons.portals import Portal, article
from tests.conftest import csrf_token, login, user

URL = "/bemiddeling/beheer/kennisdelen"
SOURCE = "Gemeente Oostervaart"


def _text(response: TestResponse) -> str:
    return html.unescape(response.get_data(as_text=True))


def _follow(client: FlaskClient, url: str, token: str | None = None) -> TestResponse:
    return client.post(URL, data={"csrf_token": token or csrf_token(client, URL), "url": url})


def _sources() -> list[CommonsSource]:
    return list(db.session.execute(select(CommonsSource)).scalars())


def _apply_index() -> None:
    with knowledge.writer_lock():
        knowledge.ensure_index_locked()


@pytest.fixture
def admin(client: FlaskClient) -> FlaskClient:
    assert login(client, "admin@test.nl").status_code == 302
    return client


def test_only_admins_see_the_page(client: FlaskClient) -> None:
    assert client.get(URL).status_code == 302  # to the log-in page
    login(client, "med1@test.nl")
    assert client.get(URL).status_code == 403
    assert client.post(URL, data={"url": "http://127.0.0.1:1"}).status_code in (400, 403)
    assert _sources() == []


def test_menu_links_to_the_page_for_admins(admin: FlaskClient) -> None:
    page = admin.get("/bemiddeling/").get_data(as_text=True)
    assert f'href="{URL}"' in page and "Kennis delen" in page


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", "Dit veld is verplicht."),
        ("   ", "Dit veld is verplicht."),
        ("https://" + "a" * 400 + ".nl", "hoogstens 300 tekens"),
        ("ftp://portaal.voorbeeld.nl", "Begin het adres met https://"),
        ("javascript:alert(1)", "Begin het adres met https://"),
        ("file:///etc/passwd", "Begin het adres met https://"),
        ('https://x.nl/"><script>alert(1)</script>', "Begin het adres met https://"),
        ("https://gemeente voorbeeld.nl", "Begin het adres met https://"),
        ("https://gebruiker:geheim@portaal.voorbeeld.nl", "Geef een geldig adres op"),
        ("https://portaal.voorbeeld.nl:99999", "poortnummer"),
        ("http://127.0.0.1:1", "niet op te halen"),
        ("https://бургер.example/🌷", "niet op te halen"),
    ],
)
def test_bad_addresses_are_refused_in_dutch(admin: FlaskClient, url: str, message: str) -> None:
    response = _follow(admin, url)
    assert response.status_code == 400
    text = _text(response)
    assert message in text
    assert "<script>alert(1)" not in response.get_data(as_text=True)
    assert _sources() == []


def test_not_a_portal_is_refused(admin: FlaskClient, commons_portals: dict[str, Portal]) -> None:
    # a real server that is no portal's API: its /api/v1/openapi.json is a 404 page
    response = _follow(admin, commons_portals[SOURCE].url + "/kennisbank/niets")
    assert response.status_code == 400 and "status 404" in _text(response)
    assert _sources() == []


def test_missing_or_foreign_csrf_token_changes_nothing(admin: FlaskClient, commons_portals: dict[str, Portal]) -> None:
    url = commons_portals[SOURCE].url
    response = admin.post(URL, data={"url": url})
    assert response.status_code == 400 and "Het formulier was verlopen" in _text(response)
    response = admin.post(URL, data={"url": url, "csrf_token": "x" * 40})
    assert response.status_code == 400
    assert _sources() == []


def test_follow_sync_and_stop_following(app: Flask, admin: FlaskClient, commons_portals: dict[str, Portal]) -> None:
    source = commons_portals[SOURCE]
    token = csrf_token(admin, URL)
    response = _follow(admin, source.url + "/", token)
    assert response.status_code == 302
    assert f"U volgt nu {SOURCE}" in _text(admin.get(URL))
    [followed] = _sources()
    assert followed.name == SOURCE and followed.base_url == source.url and followed.status == "nieuw"
    sid = followed.id
    entries = db.session.execute(select(AuditEntry).where(AuditEntry.action == "commons.add")).scalars().all()
    assert [e.actor_id for e in entries] == [user("admin@test.nl").id]  # one entry, and it names the admin
    entry = entries[0]
    assert entry.detail["base_url"] == source.url

    # the same form again (a replay): refused, still one source
    replay = _follow(admin, source.url, token)
    assert replay.status_code == 400 and "wordt al gevolgd" in _text(replay)
    assert len(_sources()) == 1

    response = admin.post(f"{URL}/{sid}/bijwerken", data={"csrf_token": token})
    assert response.status_code == 302
    page = _text(admin.get(URL))
    assert f"{SOURCE} is bijgewerkt: 2 nieuw" in page
    assert "In orde" in page
    db.session.expire_all()
    assert db.session.get(CommonsSource, sid).figures_fetched_at is not None
    _apply_index()
    found = admin.get("/api/v1/knowledge?gemeente=" + SOURCE).get_json()
    assert found["total"] == 2 and {h["gemeente"] for h in found["results"]} == {SOURCE}
    assert SOURCE in _text(admin.get("/vergelijking"))
    assert admin.post(f"{URL}/{sid}/bijwerken", data={}).status_code == 400  # no token

    # stop following: only with the box ticked
    refused = admin.post(f"{URL}/{sid}/verwijderen", data={"csrf_token": token})
    assert refused.status_code == 400 and "Vink eerst aan" in _text(refused)
    assert len(_sources()) == 1
    response = admin.post(f"{URL}/{sid}/verwijderen", data={"csrf_token": token, "bevestig": "ja"})
    assert response.status_code == 302
    assert f"U volgt {SOURCE} niet meer. 2 artikelen" in _text(admin.get(URL))
    assert _sources() == []
    assert db.session.execute(select(Article).where(Article.source_id.is_not(None))).first() is None
    _apply_index()
    assert admin.get("/api/v1/knowledge?gemeente=" + SOURCE).get_json()["total"] == 0
    replay = admin.post(f"{URL}/{sid}/verwijderen", data={"csrf_token": token, "bevestig": "ja"})
    assert replay.status_code == 404
    assert admin.post(f"{URL}/999999/bijwerken", data={"csrf_token": token}).status_code == 404


def test_broken_source_shows_its_error_and_the_page_keeps_working(
    app: Flask, admin: FlaskClient, commons_portals: dict[str, Portal]
) -> None:
    source = commons_portals[SOURCE]
    assert _follow(admin, source.url).status_code == 302
    [followed] = _sources()
    followed.base_url = "http://127.0.0.1:1"  # the portal moved away: nothing answers there
    db.session.commit()
    response = admin.post(f"{URL}/{followed.id}/bijwerken", data={"csrf_token": csrf_token(admin, URL)})
    assert response.status_code == 302
    page = _text(admin.get(URL))
    assert "Bijwerken van Gemeente Oostervaart is mislukt" in page
    assert re.search(r"<td>Fout</td>", page) and "geen verbinding" in page
    assert admin.get("/vergelijking").status_code == 200


HELD = [
    article(
        "KB-2026-0901",
        "Bezwaar tegen een naheffing parkeren",
        "## Situatie\n\nMevrouw Jolanda Verbeek belde op 06-48213377 over een naheffing.\n\n## Uitkomst\n\n"
        "De naheffing werd ingetrokken.",
        "parkeren",
        "Parkeren",
        "opgelost",
        2026,
    ),
    article(
        "KB-2026-0902",
        "Aanvraag gehandicaptenparkeerkaart bleef liggen",
        "## Situatie\n\nMail van k.oudenhoven@voorbeeldmail.nl bleef liggen.\n\n## Uitkomst\n\n"
        "Binnen een week een besluit.",
        "parkeren",
        "Parkeren",
        "opgelost",
        2026,
    ),
]


def test_held_articles_are_released_or_rejected(
    app: Flask, admin: FlaskClient, commons_portals: dict[str, Portal]
) -> None:
    source = commons_portals[SOURCE]
    source.import_articles(HELD)
    try:
        assert _follow(admin, source.url).status_code == 302
        [followed] = _sources()
        token = csrf_token(admin, URL)
        admin.post(f"{URL}/{followed.id}/bijwerken", data={"csrf_token": token})
        assert "2 wachten op uw beoordeling" in _text(admin.get(URL))
        held = {
            a.source_reference: a for a in db.session.execute(select(Article).where(Article.status == "held")).scalars()
        }
        assert set(held) == {"KB-2026-0901", "KB-2026-0902"}
        page = _text(admin.get(URL))
        assert "Bezwaar tegen een naheffing parkeren" in page and "Lees de tekst" in page
        assert f"{source.url}/kennisbank/KB-2026-0901" in page
        # held articles are nowhere public
        _apply_index()
        assert admin.get("/api/v1/knowledge?q=naheffing").get_json()["total"] == 0
        assert admin.get(f"/kennisbank/{held['KB-2026-0901'].reference}").status_code == 404

        keep, drop = held["KB-2026-0901"], held["KB-2026-0902"]
        keep_id, drop_id = keep.id, drop.id
        assert admin.post(f"{URL}/vastgehouden/{keep_id}/vrijgeven", data={}).status_code == 400  # no token
        assert admin.post(f"{URL}/vastgehouden/{keep_id}/vrijgeven", data={"csrf_token": token}).status_code == 302
        assert admin.post(f"{URL}/vastgehouden/{drop_id}/weigeren", data={"csrf_token": token}).status_code == 302
        replay = admin.post(f"{URL}/vastgehouden/{keep_id}/vrijgeven", data={"csrf_token": token})
        assert replay.status_code == 400 and "wacht niet (meer)" in _text(replay)
        replay = admin.post(f"{URL}/vastgehouden/{drop_id}/vrijgeven", data={"csrf_token": token})
        assert replay.status_code == 400
        db.session.expire_all()
        assert db.session.get(Article, keep_id).status == "published"
        assert db.session.get(Article, drop_id) is None  # rejected: deleted here until the source changes it
        actions = {
            (e.action, e.object_id)
            for e in db.session.execute(
                select(AuditEntry).where(AuditEntry.actor_id == user("admin@test.nl").id)
            ).scalars()
        }
        assert ("commons.release", str(keep_id)) in actions and ("commons.reject", str(drop_id)) in actions
        _apply_index()
        hits = admin.get("/api/v1/knowledge?q=naheffing").get_json()["results"]
        assert [h["gemeente"] for h in hits] == [SOURCE]
        assert "Er wachten geen artikelen." in _text(admin.get(URL))
        # a mediator cannot decide
        admin.post("/bemiddeling/uitloggen", data={"csrf_token": token})
        login(admin, "med1@test.nl")
        fresh = csrf_token(admin, "/bemiddeling/verzoek/nieuw")
        assert admin.post(f"{URL}/vastgehouden/{keep_id}/weigeren", data={"csrf_token": fresh}).status_code == 403
    finally:
        for item in HELD:
            source.withdraw(item["id"])
