"""Bad input in the editor and the review forms: empty, huge, script tags, unicode, odd keys."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from werkzeug.test import TestResponse

from portal.extensions import db
from portal.models import Article
from portal.services import knowledge
from portal.services import publication as pub
from tests.publication.conftest import RESIDENT, post
from tests.publication.test_publication_workflow import ADMIN, MED1, SECTIONS, draft_of


@pytest.fixture
def draft(app, clients, resolved) -> Article:
    post(clients(MED1), f"/bemiddeling/artikelen/nieuw/{resolved.id}")
    return draft_of(resolved)


def save(clients: Callable[[str], FlaskClient], draft: Article, data: dict[str, str], who: str = MED1) -> TestResponse:
    return post(clients(who), f"/bemiddeling/artikelen/{draft.id}/opslaan", data)


def test_empty_save_is_stored_but_cannot_be_submitted(clients, draft):
    r = save(clients, draft, {name: "" for name in pub.FIELD_NAMES})
    assert r.status_code == 200
    db.session.refresh(draft)
    assert draft.title == "" and draft.situation == ""
    assert draft.body == "## Situatie\n\n## Afstemming\n\n## Uitkomst\n\n## Leren"
    r = post(clients(MED1), f"/bemiddeling/artikelen/{draft.id}/indienen")
    assert r.status_code == 409 and "Nog leeg: Titel, Situatie, Afstemming, Uitkomst, Leren" in r.get_data(as_text=True)
    db.session.refresh(draft)
    assert draft.status == "draft"


def test_fields_missing_from_the_post_keep_their_stored_text(clients, draft):
    before = draft.situation
    assert save(clients, draft, {"title": "Alleen een titel"}).status_code == 200
    db.session.refresh(draft)
    assert draft.title == "Alleen een titel" and draft.situation == before


@pytest.mark.parametrize(
    "data,message",
    [
        ({"title": "x" * 201}, "Hoogstens 200 tekens."),
        ({"situation": "woord " * 4000}, "Hoogstens 20000 tekens."),
        ({"extra_words": "a"}, "te kort"),
        ({"extra_words": "\n".join(f"woord{i}" for i in range(60))}, "hoogstens 50 extra woorden"),
        ({"extra_words": "x" * 150}, "hoogstens 100 tekens"),
        ({"extra_as": "[mijn eigen tekst]"}, "Kies een van de mogelijkheden uit de lijst"),
    ],
)
def test_bad_editor_input_is_refused_and_nothing_is_stored(clients, draft, data, message):
    before = (draft.title, draft.situation, draft.body)
    r = save(clients, draft, {**SECTIONS, **data})
    assert r.status_code == 400
    assert message in r.get_data(as_text=True)
    db.session.refresh(draft)
    assert (draft.title, draft.situation, draft.body) == before


def test_more_than_the_request_size_limit_is_413(clients, draft):
    r = save(clients, draft, {**SECTIONS, "lesson": "x" * (1024 * 1024 + 10)})
    assert r.status_code == 413
    db.session.refresh(draft)
    assert draft.lesson == ""


def test_script_tags_are_escaped_in_the_editor_and_sanitised_in_public(app, clients, draft):
    evil = {
        "title": "Boete <script>alert(1)</script>",
        "situation": "Een <script>alert(2)</script> en [klik](javascript:alert(3)) en <img src=x onerror=alert(4)>.",
        "coordination": "Gesprek.",
        "outcome_text": "Opgelost.",
        "lesson": "Leren <b>vet</b>.",
    }
    page = save(clients, draft, evil).get_data(as_text=True)
    assert "<script>alert" not in page and "&lt;script&gt;alert(2)&lt;/script&gt;" in page
    assert "<img src=x" not in page
    assert post(clients(MED1), f"/bemiddeling/artikelen/{draft.id}/indienen").status_code == 302
    assert post(clients(ADMIN), f"/bemiddeling/artikelen/{draft.id}/publiceren").status_code == 302
    db.session.refresh(draft)
    with knowledge.writer_lock():
        knowledge.process_outbox()
    html = clients(ADMIN).get(f"/kennisbank/{draft.reference}").get_data(as_text=True)
    assert "<script>alert" not in html and "javascript:" not in html and "onerror" not in html
    assert "Boete &lt;script&gt;" in html


def test_unicode_control_and_bidi_characters(clients, draft):
    data = {
        **SECTIONS,
        "title": "Ĳsselmeer-boete voor één bewoner 👩🏽‍⚕️\u202e\u0000",
        "situation": f"Mevrouw {RESIDENT['name'].upper()} schreef: „dank u” \u2066x\u2069 — café.",
    }
    assert save(clients, draft, data).status_code == 200
    db.session.refresh(draft)
    assert draft.title == "Ĳsselmeer-boete voor één bewoner 👩🏽‍⚕️"
    assert "\u2066" not in draft.situation and "ŞÜKRÜ" not in draft.situation and "ÖZTÜRK" not in draft.situation
    assert "„dank u”" in draft.situation and "café" in draft.situation


def test_odd_restore_keys_are_ignored_and_record_data_cannot_be_restored(clients, draft):
    key = pub.entity_key("PERSON", "Öztürk", 0)
    data = {
        **SECTIONS,
        "situation": "De bewoner heet Öztürk.",
        "restore-situation": [key, pub.entity_key("RECORD_NAME", "Öztürk", 0), "<script>", "x" * 500, ""],
    }
    assert save(clients, draft, data).status_code == 200
    db.session.refresh(draft)
    assert "Öztürk" not in draft.situation and "[bewoner]" in draft.situation


def test_review_note_bad_input(clients, draft):
    assert save(clients, draft, SECTIONS).status_code == 200
    assert post(clients(MED1), f"/bemiddeling/artikelen/{draft.id}/indienen").status_code == 302
    r = post(clients(ADMIN), f"/bemiddeling/artikelen/{draft.id}/terugsturen", {"note": "x" * 6000})
    assert r.status_code == 400 and "Hoogstens 5000 tekens." in r.get_data(as_text=True)
    r = post(clients(ADMIN), f"/bemiddeling/artikelen/{draft.id}/terugsturen", {"note": "\u0000\u202e"})
    assert r.status_code == 400
    db.session.refresh(draft)
    assert draft.status == "review"
    assert db.session.execute(select(Article.review_note).where(Article.id == draft.id)).scalar_one() is None
