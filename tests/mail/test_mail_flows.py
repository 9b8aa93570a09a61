"""The resident's and the mediator's mails, end to end: web form -> outbox -> real SMTP server -> links work."""

from __future__ import annotations

import datetime as dt
import logging
import re
from email.message import EmailMessage

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select, update
from werkzeug.test import TestResponse

from portal.extensions import db
from portal.models import Agreement, Contact, Request, StatusChange, User
from portal.models_mail import MailOutbox
from portal.services import mail, notify
from portal.services import requests as svc
from tests.conftest import csrf_token, login, user
from tests.mail.mail_helpers import SmtpServer, flask_cli

BASE = "https://afstemming.voorbeeld.example"
STORY = {
    "what_happened": "De container is al drie weken niet geleegd in onze straat.",
    "desired_outcome": "Dat het afval weer wordt opgehaald.",
    "theme": "afval",
    "contact_name": "Pieter Proef",
    "contact_email": "pieter@example.org",
    "contact_preference": "email",
}
CODE_RE = re.compile(r"VTA(?:-[0-9A-Z]{4}){4}")


@pytest.fixture
def mailing(smtp_app: Flask, server: Flask) -> Flask:
    server.config["BASE_URL"] = BASE
    return smtp_app


def submit(client: FlaskClient, sub: str = "s1", **over: str) -> TestResponse:
    return client.post("/verzoek/nieuw", data={**STORY, **over, "csrf_token": csrf_token(client), "submission_id": sub})


def post(client: FlaskClient, url: str, data: dict[str, str]) -> TestResponse:
    return client.post(url, data={"csrf_token": csrf_token(client, "/bemiddeling/"), **data})


def local(url: str) -> str:
    assert url.startswith(BASE + "/"), url
    return url.removeprefix(BASE)


def links(msg: EmailMessage) -> list[str]:
    return re.findall(re.escape(BASE) + r"/[^\s<>\"]*", msg.get_body(("plain",)).get_content())


def outbox(kind: str | None = None) -> list[MailOutbox]:
    db.session.expire_all()
    stmt = select(MailOutbox).order_by(MailOutbox.id)
    if kind:
        stmt = stmt.where(MailOutbox.kind == kind)
    return list(db.session.execute(stmt).scalars())


def the_request() -> Request:
    db.session.expire_all()
    return db.session.execute(select(Request).order_by(Request.id.desc()).limit(1)).scalar_one()


def test_resident_loop_receipt_status_agreement_control_question_closing(
    mailing: Flask, smtp: SmtpServer, client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="portal")
    caplog.set_level(logging.WARNING, logger="mail.log")  # the test SMTP server itself logs what it receives
    r = submit(client)
    assert r.status_code == 302
    shown_code = CODE_RE.search(r.headers["Location"]).group(0)
    req = the_request()
    assert [m.kind for m in outbox()] == ["receipt", "new_request", "new_request"]  # both mediators, not admin
    assert mail.flush().sent == 3

    [receipt] = smtp.inbox.to("pieter@example.org")
    text = receipt.get_body(("plain",)).get_content()
    assert shown_code in text and "Beste Pieter Proef" in text
    assert req.first_contact_due.year == req.resolution_due.year or True
    assert "Waarom krijgt u deze mail?" in text and "dit e-mailadres" in text
    assert "List-Unsubscribe" not in receipt  # the receipt is not optional
    [status_link] = links(receipt)
    page = client.get(local(status_link))
    assert page.status_code == 200 and "Ontvangen" in page.get_data(as_text=True)
    # The mediators' mail says what and where, not who or what happened.
    for address in ("med1@test.nl", "med2@test.nl"):
        [note] = smtp.inbox.to(address)
        body = note.get_body(("plain",)).get_content()
        assert req.number in body and "Pieter" not in body and "container" not in body
        assert local(links(note)[0]) == f"/bemiddeling/verzoek/{req.id}"

    login(client)
    assert post(client, f"/bemiddeling/verzoek/{req.id}/status", {"t-to_status": "in_verkenning"}).status_code == 302
    # Resolving with no contact logged is refused in Dutch; nothing changes, nothing is mailed.
    r = post(
        client,
        f"/bemiddeling/verzoek/{req.id}/status",
        {"t-to_status": "opgelost", "t-outcome": "opgelost", "t-outcome_summary": "Opgelost."},
    )
    assert r.status_code == 409 and "nog geen contactmoment" in r.get_data(as_text=True)
    assert the_request().status == "in_verkenning"
    assert (
        post(
            client,
            f"/bemiddeling/verzoek/{req.id}/contact",
            {
                "k-at": "2026-01-05T10:00",
                "k-channel": "telefoon",
                "k-participants": "bewoner, bemiddelaar",
                "k-summary": "Gebeld.",
                "k-with_resident": "y",
            },
        ).status_code
        == 302
    )
    due = dt.date.today() + dt.timedelta(days=14)
    assert (
        post(
            client,
            f"/bemiddeling/verzoek/{req.id}/afspraak",
            {
                "a-description": "De container wordt deze week geleegd.",
                "a-department": "1",
                "a-promised_by_role": "teamleider Afval",
                "a-due": due.isoformat(),
                "a-official": "",
            },
        ).status_code
        == 302
    )
    assert (
        post(
            client,
            f"/bemiddeling/verzoek/{req.id}/status",
            {
                "t-to_status": "opgelost",
                "t-outcome": "opgelost",
                "t-outcome_summary": "De container wordt weer geleegd.",
            },
        ).status_code
        == 302
    )
    assert mail.flush().sent == 3
    status_mail, agreement_mail, control_mail = smtp.inbox.to("pieter@example.org")[1:]
    assert "In verkenning" in status_mail["Subject"] and status_mail["List-Unsubscribe"]
    assert "deze week geleegd" in agreement_mail.get_body(("plain",)).get_content()
    control_text = control_mail.get_body(("plain",)).get_content()
    assert "De container wordt weer geleegd." in control_text
    control_link = [u for u in links(control_mail) if u.endswith("#controlevraag")][0]
    page = client.get(local(control_link).split("#")[0])
    assert page.status_code == 200 and 'id="controlevraag"' in page.get_data(as_text=True)

    # The resident answers from the mail's link; the mediator closes; "u kunt altijd terugkomen".
    answer = client.post(
        local(control_link).split("#")[0] + "/controlevraag",
        data={
            "csrf_token": csrf_token(client, local(control_link).split("#")[0]),
            "all_addressed": "ja",
            "satisfied": "ja",
            "comment": "Dank.",
        },
    )
    assert answer.status_code == 302
    assert the_request().control_answered_at is not None
    assert post(client, f"/bemiddeling/verzoek/{req.id}/status", {"t-to_status": "afgerond"}).status_code == 302
    assert mail.flush().sent == 1
    closing = smtp.inbox.to("pieter@example.org")[-1]
    assert "U kunt altijd terugkomen" in closing.get_body(("plain",)).get_content()
    assert len(smtp.inbox.to("pieter@example.org")) == 5
    # The tracking code appears in no log line, and no sent mail keeps its text in the database.
    assert all(shown_code not in rec.getMessage() for rec in caplog.records if not rec.name.startswith("mail.log"))
    assert all(m.body_text == "" for m in outbox())


def test_no_address_no_resident_mail_and_a_bad_address_blocks_nothing(mailing: Flask, client: FlaskClient) -> None:
    assert (
        submit(client, "s1", contact_email="", contact_preference="telefoon", contact_phone="0612345678").status_code
        == 302
    )
    assert [m.kind for m in outbox()] == ["new_request", "new_request"]
    req, code, created = svc.submit(
        svc.Submission(
            what_happened="Iets ging mis met mijn uitkering.",
            desired_outcome="Uitleg.",
            contact_email="niet\r\nBcc: x@y",
            submission_id="s2",
        )
    )
    assert created and code and req.id
    assert [m.kind for m in outbox()].count("receipt") == 0


def test_a_dead_mail_server_never_blocks_a_submission(app: Flask, client: FlaskClient) -> None:
    app.config["MAIL_SERVER"] = SmtpServer().url  # nobody listens
    assert submit(client).status_code == 302
    assert db.session.execute(select(func.count(Request.id))).scalar_one() == 1
    report = mail.flush()
    assert report.retry == 1 and report.sent == 0  # one connection attempt per round, not one per mail
    assert {m.state for m in outbox()} == {"pending"} and len(outbox()) == 3


def test_replayed_form_sends_one_receipt(mailing: Flask, client: FlaskClient) -> None:
    assert submit(client, "same").status_code == 302
    assert submit(client, "same").status_code == 302
    assert len(outbox("receipt")) == 1


def test_reissued_code_mail_points_to_the_lookup_page(mailing: Flask, smtp: SmtpServer, client: FlaskClient) -> None:
    submit(client)
    req = the_request()
    svc.issue_new_code(req, user("med1@test.nl"))
    svc.transition(req, "in_verkenning", user("med1@test.nl"))
    mail.flush()
    status_mail = smtp.inbox.to("pieter@example.org")[-1]
    body = status_mail.get_body(("plain",)).get_content()
    assert CODE_RE.search(body) is None and f"{BASE}/verzoek/" in body


def _age(req: Request, days: int) -> None:
    """Move a request's whole history `days` into the past."""
    delta = dt.timedelta(days=days)
    req.received_at -= delta
    req.first_contact_due -= delta
    req.resolution_due -= delta
    # Row by row in Python: SQL date arithmetic would store numbers in SQLite's text timestamps.
    for change in db.session.execute(select(StatusChange).where(StatusChange.request_id == req.id)).scalars():
        change.at -= delta
    for contact in db.session.execute(select(Contact).where(Contact.request_id == req.id)).scalars():
        contact.created_at -= delta
    db.session.commit()


def test_daily_digest_and_passed_agreement_dates(mailing: Flask, smtp: SmtpServer, client: FlaskClient) -> None:
    med1 = user("med1@test.nl")
    submit(client, "a")
    late = the_request()
    svc.take_ownership(late, med1)
    db.session.execute(
        update(StatusChange).where(StatusChange.request_id == late.id).values(at=dt.datetime(2026, 1, 1))
    )
    late.received_at = dt.datetime(2026, 1, 1)
    late.first_contact_due = dt.date(2026, 1, 5)
    late.resolution_due = dt.date(2026, 2, 13)
    db.session.commit()
    svc.transition(late, "in_verkenning", med1)
    svc.log_contact(late, med1, dt.datetime(2026, 1, 2, 9), "telefoon", "bewoner", "Gebeld.", True)
    agreement = svc.add_agreement(late, med1, "Brief wordt verstuurd.", None, "teamleider", dt.date(2026, 1, 9))
    db.session.execute(update(Agreement).values(created_at=dt.datetime(2026, 1, 2)))
    db.session.execute(
        update(StatusChange).where(StatusChange.request_id == late.id).values(at=dt.datetime(2026, 1, 2))
    )
    db.session.commit()
    db.session.execute(update(Contact).values(created_at=dt.datetime(2026, 1, 2)))
    db.session.commit()
    mail.flush()
    before = len(smtp.inbox.messages)

    result = flask_cli(mailing, "mail", "digest", env={"PORTAL_BASE_URL": BASE})
    assert result.returncode == 0, result.stderr
    assert "1 dagelijkse samenvattingen en 1 mails over verlopen afspraken" in result.stdout
    again = flask_cli(mailing, "mail", "digest", env={"PORTAL_BASE_URL": BASE})
    assert "0 dagelijkse samenvattingen en 0 mails" in again.stdout  # once per day, once per agreement
    assert mail.flush().sent == 2
    new = smtp.inbox.messages[before:]
    digest = [m for m in new if "med1@test.nl" in str(m["To"])][0]
    text = digest.get_body(("plain",)).get_content()
    assert late.number in text and "Te laat" in text and "werkdagen niets gebeurd" in text
    assert digest["List-Unsubscribe"]
    resident = [m for m in new if "pieter@example.org" in str(m["To"])][0]
    assert "Brief wordt verstuurd." in resident.get_body(("plain",)).get_content()
    assert agreement.id
    bad = flask_cli(mailing, "mail", "digest", "--datum", "gisteren")
    assert bad.returncode != 0 and "JJJJ-MM-DD" in bad.stderr


def test_queue_filters_overdue_and_inactive_with_counts(app: Flask, client: FlaskClient) -> None:
    med1 = user("med1@test.nl")
    submit(client, "fresh")
    fresh = the_request()
    submit(client, "old")
    old = the_request()
    _age(old, 60)
    submit(client, "solved")
    solved = the_request()
    svc.transition(solved, "in_verkenning", med1)
    svc.log_contact(solved, med1, dt.datetime(2026, 1, 2, 9), "telefoon", "bewoner", "Gebeld.", True)
    svc.transition(solved, "opgelost", med1, outcome_summary="Klaar.")
    _age(solved, 90)  # its resolution date is long past, but it only waits for the control question

    login(client)
    page = client.get("/bemiddeling/").get_data(as_text=True)
    assert "1 te laat" in page and "al 5 werkdagen zonder activiteit" in page
    numbers = re.findall(r"V\d{4}-\d{5}", page)
    assert numbers.index(solved.number) > numbers.index(fresh.number)  # solved, never closed: not on top
    late = client.get("/bemiddeling/?aandacht=te-laat").get_data(as_text=True)
    assert old.number in late and fresh.number not in late and solved.number not in late
    quiet = client.get("/bemiddeling/?aandacht=stil").get_data(as_text=True)
    assert old.number in quiet and solved.number in quiet and fresh.number not in quiet
    for bad in ("?aandacht=alles", "?aandacht=%3Cscript%3E", "?aandacht=" + "x" * 5000, "?aandacht=te-laat%00"):
        r = client.get("/bemiddeling/" + bad)
        assert r.status_code == 400, bad
    assert "Dit filter bestaat niet" in client.get("/bemiddeling/?aandacht=alles").get_data(as_text=True)


def test_resolving_without_contact_is_refused_in_the_service(app: Flask, client: FlaskClient) -> None:
    submit(client)
    req = the_request()
    med1 = user("med1@test.nl")
    svc.transition(req, "in_verkenning", med1)
    for to in ("opgelost", "niet_opgelost", "doorverwezen"):
        with pytest.raises(svc.DomainError, match="nog geen contactmoment"):
            svc.transition(req, to, med1, outcome_summary="x", referral_route="bezwaar", referral_reason="x")
        db.session.rollback()
    assert the_request().status == "in_verkenning"
    svc.transition(the_request(), "ingetrokken", med1)  # withdrawing needs no contact
    assert the_request().status == "ingetrokken"


def test_inactive_cutoff_counts_working_days() -> None:
    from portal.services import workdays

    # Monday 7 December 2026, 5 working days back: Monday 30 November.
    assert notify.inactive_cutoff(dt.date(2026, 12, 7), 5).date() in (dt.date(2026, 11, 29), dt.date(2026, 11, 30))
    assert workdays.is_working_day(dt.date(2026, 11, 30))


def test_admin_outbox_pages(mailing: Flask, client: FlaskClient) -> None:
    submit(client)
    assert mail.flush().sent == 3
    mail.enqueue("weg@example.org", "Test", "plain", {"text": "Niet bezorgd"}, reason="r", kind="test")
    db.session.commit()
    row = outbox()[-1]
    row.state, row.last_error = "failed", "550 Mailbox unavailable"
    db.session.commit()
    login(client)  # a mediator may not see the outbox
    assert client.get("/bemiddeling/beheer/mail").status_code == 403
    client.post("/bemiddeling/uitloggen", data={"csrf_token": csrf_token(client, "/bemiddeling/")})
    login(client, "admin@test.nl")
    page = client.get("/bemiddeling/beheer/mail").get_data(as_text=True)
    assert "Wij hebben uw verzoek ontvangen" in page and "Mislukt: 1" in page
    failed = client.get("/bemiddeling/beheer/mail?stand=failed").get_data(as_text=True)
    assert "weg@example.org" in failed and "pieter@example.org" not in failed
    for bad in ("?stand=weg", "?pagina=0", "?pagina=abc", "?stand=%3Cscript%3E"):
        assert client.get("/bemiddeling/beheer/mail" + bad).status_code == 400
    shown = client.get(f"/bemiddeling/beheer/mail/{row.id}").get_data(as_text=True)
    assert "550 Mailbox unavailable" in shown and "Opnieuw versturen" in shown
    assert client.get("/bemiddeling/beheer/mail/999999").status_code == 404
    url = f"/bemiddeling/beheer/mail/{row.id}/opnieuw"
    assert client.post(url, data={}).status_code == 400  # no CSRF token
    assert post(client, url, {}).status_code == 302
    assert outbox()[-1].state == "pending"
    r = post(client, url, {})  # replayed: it is pending now
    assert r.status_code == 409 and "Alleen mislukte" in r.get_data(as_text=True)
    sent = outbox("receipt")[0]
    shown = client.get(f"/bemiddeling/beheer/mail/{sent.id}").get_data(as_text=True)
    assert "niet bewaard" in shown  # SMTP: the text is gone after delivery


def test_admin_outbox_shows_eml_files_without_a_server(app: Flask, client: FlaskClient) -> None:
    submit(client)
    assert mail.flush().sent == 3
    login(client, "admin@test.nl")
    page = client.get("/bemiddeling/beheer/mail").get_data(as_text=True)
    assert "geen mailserver ingesteld" in page
    receipt = outbox("receipt")[0]
    shown = client.get(f"/bemiddeling/beheer/mail/{receipt.id}").get_data(as_text=True)
    assert "Uw code is" in shown and receipt.eml_name in shown
    assert User  # imported for type clarity


def test_paused_request_is_neither_overdue_nor_inactive(app: Flask, client: FlaskClient) -> None:
    """Opschorting: while the clock stands still the request is not late and not forgotten (queue and digest)."""
    from portal.services import requests as requests_svc
    from portal.services import suspension

    med1 = user("med1@test.nl")
    submit(client, "paused")
    paused = the_request()
    _age(paused, 60)
    svc.transition(paused, "in_verkenning", med1)
    suspension.start(paused, med1, "We wachten op de beschikking van de bewoner.")
    _age(paused, 60)
    paused = the_request()
    assert not requests_svc.is_overdue(paused)
    login(client)
    late = client.get("/bemiddeling/?aandacht=te-laat").get_data(as_text=True)
    quiet = client.get("/bemiddeling/?aandacht=stil").get_data(as_text=True)
    assert paused.number not in late and paused.number not in quiet
    suspension.end(the_request(), med1)
    assert the_request().paused_since is None
