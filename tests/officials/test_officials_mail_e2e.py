"""The whole loop against a real SMTP server: a resident submits with an e-mail address and receives the code;
a mediator invites an official; the official confirms the agreement through the mail's link; the resident gets
the update and answers the control question from the mail's link."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from email.message import EmailMessage

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from werkzeug.test import TestResponse

from portal.extensions import db
from portal.models import Agreement, Contact, Request
from portal.services import mail
from tests.conftest import csrf_token, login
from tests.mail.mail_helpers import SmtpServer

BASE = "https://afstemming.voorbeeld.example"
CODE_RE = re.compile(r"VTA(?:-[0-9A-Z]{4}){4}")


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture
def mailing(app: Flask, server: Flask, smtp: SmtpServer) -> Flask:
    for application in (app, server):
        application.config["MAIL_SERVER"] = smtp.url
        application.config["MAIL_FROM"] = "Bemiddeling Voorbeeld <bemiddeling@voorbeeld.example>"
        application.config["BASE_URL"] = BASE
    return app


def _text(msg: EmailMessage) -> str:
    return msg.get_body(("plain",)).get_content()


def _links(msg: EmailMessage) -> list[str]:
    return [u.removeprefix(BASE) for u in re.findall(re.escape(BASE) + r"/[^\s<>\"]*", _text(msg))]


def _post(client: FlaskClient, url: str, data: dict[str, str]) -> TestResponse:
    return client.post(url, data={"csrf_token": csrf_token(client, "/bemiddeling/"), **data})


def test_resident_official_and_mediator_loop_over_smtp(mailing: Flask, smtp: SmtpServer, server: Flask) -> None:
    resident = server.test_client()
    response = resident.post(
        "/verzoek/nieuw",
        data={
            "csrf_token": csrf_token(resident),
            "submission_id": "e2e-officials-1",
            "what_happened": "Mijn bouwvergunning ligt al een half jaar stil bij de gemeente.",
            "desired_outcome": "Een besluit.",
            "theme": "vergunningen",
            "contact_name": "Rosa Rijnders",
            "contact_email": "rosa@example.org",
            "contact_preference": "email",
        },
    )
    assert response.status_code == 302
    code = CODE_RE.search(response.headers["Location"]).group(0)
    mail.flush()
    receipt = smtp.inbox.to("rosa@example.org")[0]
    assert code in _text(receipt)
    req = db.session.execute(select(Request)).scalar_one()

    mediator = server.test_client()
    login(mediator)
    assert _post(mediator, f"/bemiddeling/verzoek/{req.id}/oppakken", {}).status_code == 302
    assert _post(mediator, f"/bemiddeling/verzoek/{req.id}/status", {"t-to_status": "in_verkenning"}).status_code == 302
    assert (
        _post(
            mediator,
            f"/bemiddeling/verzoek/{req.id}/contact",
            {
                "k-at": "2026-01-05T10:00",
                "k-channel": "telefoon",
                "k-participants": "bewoner, bemiddelaar",
                "k-summary": "Gebeld met de bewoner.",
                "k-with_resident": "y",
            },
        ).status_code
        == 302
    )
    due = dt.date.today() + dt.timedelta(days=10)
    assert (
        _post(
            mediator,
            f"/bemiddeling/verzoek/{req.id}/afspraak",
            {
                "a-description": "De afdeling neemt binnen tien dagen een besluit.",
                "a-department": "1",
                "a-promised_by_role": "teamleider Vergunningen",
                "a-due": due.isoformat(),
                "a-official": "",
            },
        ).status_code
        == 302
    )
    agreement = db.session.execute(select(Agreement)).scalar_one()
    response = mediator.post(
        f"/bemiddeling/verzoek/{req.id}/ambtenaar-uitnodigen",
        data={
            "o-csrf_token": csrf_token(mediator, "/bemiddeling/"),
            "o-official": "",
            "o-name": "Victor Vergunning",
            "o-email": "v.vergunning@gemeente.example",
            "o-department": "",
            "o-agreement": str(agreement.id),
            "o-question": "Kunt u dit besluit binnen tien dagen toezeggen?",
        },
    )
    assert response.status_code == 302
    mail.flush()

    [invitation] = smtp.inbox.to("v.vergunning@gemeente.example")
    body = _text(invitation)
    assert "Kunt u dit besluit binnen tien dagen toezeggen?" in body
    assert "rosa@example.org" not in body and "Rosa" not in body and code not in body
    [link] = [u for u in _links(invitation) if u.startswith("/ambtenaar/link/")]

    official = server.test_client()
    page = official.get(link).get_data(as_text=True)
    assert "De afdeling neemt binnen tien dagen een besluit." in page and "Rosa" not in page
    token = re.search(r'name="akkoord-csrf_token"[^>]*value="([^"]+)"', page).group(1)
    response = official.post(
        f"{link}/akkoord",
        data={"akkoord-csrf_token": token, "akkoord-version": "0", "akkoord-text": "Akkoord, besluit volgt."},
    )
    assert response.status_code == 302
    mail.flush()

    # The mediator is told; the resident gets the update with a working status link.
    [told] = smtp.inbox.to("med1@test.nl")[-1:]
    assert "heeft de afspraak bevestigd" in _text(told) and "Akkoord, besluit volgt." in _text(told)
    update = smtp.inbox.to("rosa@example.org")[-1]
    assert "bevestigd" in update["Subject"] and "binnen tien dagen" in _text(update)
    status_link = [u for u in _links(update) if u.startswith("/verzoek/")][0]
    assert resident.get(status_link).status_code == 200
    contact = db.session.execute(select(Contact).where(Contact.channel == "portaal")).scalar_one()
    assert contact.official.email == "v.vergunning@gemeente.example"

    # The mediator resolves; the resident answers the control question from the mail's link.
    assert (
        _post(
            mediator,
            f"/bemiddeling/verzoek/{req.id}/status",
            {
                "t-to_status": "opgelost",
                "t-outcome": "deels_opgelost",
                "t-outcome_summary": "De gemeente beslist binnen tien dagen.",
            },
        ).status_code
        == 302
    )
    mail.flush()
    control = smtp.inbox.to("rosa@example.org")[-1]
    control_link = [u for u in _links(control) if u.endswith("#controlevraag")][0].split("#")[0]
    answer = resident.post(
        control_link + "/controlevraag",
        data={
            "csrf_token": csrf_token(resident, control_link),
            "all_addressed": "ja",
            "satisfied": "ja",
            "comment": "",
        },
    )
    assert answer.status_code == 302
    db.session.expire_all()
    assert db.session.get(Request, req.id).control_answered_at is not None
