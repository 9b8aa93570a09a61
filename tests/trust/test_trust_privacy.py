"""AVG/GDPR: the retention rule, a resident's own contact details, and logs without personal data."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from sqlalchemy import func, select

from portal.extensions import db
from portal.logsafe import ScrubFilter, scrub
from portal.models import Agreement, AuditEntry, Contact, Request, StatusChange, User
from portal.services import requests as svc
from portal.services import retention
from portal.services.retention import ERASED, subtract_months
from tests.conftest import csrf_token
from tests.trust.trust_support import code_of, request_by_submission, submit

NOW = dt.datetime(2026, 11, 24, 12, 0)


def _admin() -> User:
    return db.session.execute(select(User).where(User.email == "admin@test.nl")).scalar_one()


def make_request(client, sub: str, closed_days_ago: int | None, note: str = "Mevrouw belde boos") -> Request:
    """A request worked to the end (contact, agreement, note, control answer), closed `closed_days_ago`."""
    submit(client, sub)
    req = request_by_submission(sub)
    actor = _admin()
    svc.transition(req, "in_verkenning", actor, note=note)
    svc.log_contact(req, actor, NOW - dt.timedelta(days=400), "telefoon", "bewoner", "Ingrid vertelde ...", True)
    svc.add_agreement(req, actor, "Ingrid Test krijgt een nieuwe beoordeling.", None, "teamleider", dt.date(2025, 1, 1))
    svc.set_agreement_status(req.agreements[0], actor, "kept")
    svc.transition(req, "opgelost", actor, outcome="opgelost", outcome_summary="Ingrid krijgt haar vergunning.")
    svc.answer_control_question(req, True, True, "Dank aan Ingrid's buurman Piet")
    if closed_days_ago is not None:
        svc.transition(req, "afgerond", actor)
        backdate(req, NOW - dt.timedelta(days=closed_days_ago))
    return req


def backdate(req: Request, moment: dt.datetime) -> None:
    """Everything that happened on the request happened at `moment` (received a day earlier)."""
    req.received_at = moment - dt.timedelta(days=1)
    for name in ("first_contact_at", "resolved_at", "control_answered_at", "closed_at"):
        if getattr(req, name) is not None:
            setattr(req, name, moment)
    for change in req.history:
        change.at = moment
    for contact in req.contacts:
        contact.at = contact.created_at = moment
    for agreement in req.agreements:
        agreement.created_at = moment
        agreement.status_at = moment if agreement.status_at else None
    db.session.commit()


def stats() -> list[tuple]:
    return [
        tuple(row)
        for row in db.session.execute(
            select(
                Request.id,
                Request.status,
                Request.received_at,
                Request.closed_at,
                Request.theme_id,
                Request.department_id,
                Request.channel,
                Request.outcome,
                Request.resolved_at,
                Request.control_satisfied,
            ).order_by(Request.id)
        )
    ]


def test_subtract_months():
    assert subtract_months(dt.datetime(2026, 3, 31, 8), 1) == dt.datetime(2026, 2, 28, 8)
    assert subtract_months(dt.datetime(2026, 1, 15), 12) == dt.datetime(2025, 1, 15)
    assert subtract_months(dt.datetime(2026, 1, 15), 13) == dt.datetime(2024, 12, 15)


def test_retention_erases_exactly_the_old_closed_requests_and_is_idempotent(client, app):
    old = make_request(client, "old", closed_days_ago=400)
    recent = make_request(client, "recent", closed_days_ago=100)
    still_open = make_request(client, "open", closed_days_ago=None)
    before = stats()
    agreement_states = db.session.execute(select(Agreement.status, Agreement.due).order_by(Agreement.id)).all()
    audits = db.session.execute(select(func.count(AuditEntry.id))).scalar_one()

    dry = retention.run(months=12, dry_run=True, now=NOW)
    assert dry.request_ids == [old.id] and dry.contacts == 1 and dry.agreements == 1 and dry.notes == 1
    db.session.expire_all()
    assert db.session.get(Request, old.id).contact_email == "ingrid@example.org"

    report = retention.run(months=12, now=NOW)
    assert report.request_ids == [old.id]
    db.session.expire_all()
    old = db.session.get(Request, old.id)
    assert old.erased_at is not None
    assert (old.contact_name, old.contact_email, old.contact_phone) == (None, None, None)
    assert old.what_happened == old.desired_outcome == old.outcome_summary == old.control_comment == ERASED
    assert [c.summary for c in old.contacts] == [ERASED]
    assert [a.description for a in old.agreements] == [ERASED]
    assert all(ch.note in (None, ERASED) for ch in old.history)
    for other in (recent, still_open):
        other = db.session.get(Request, other.id)
        assert other.erased_at is None and other.contact_email == "ingrid@example.org"
        assert other.what_happened.startswith("Mijn parkeervergunning")
    # Statistics intact: same rows, statuses, dates, classification, outcomes, agreement states.
    assert stats() == before
    assert db.session.execute(select(Agreement.status, Agreement.due).order_by(Agreement.id)).all() == agreement_states
    assert db.session.execute(select(func.count(Contact.id))).scalar_one() == 3
    assert db.session.execute(select(func.count(StatusChange.id))).scalar_one() > 3
    entry = db.session.execute(select(AuditEntry).where(AuditEntry.action == "request.retention_erase")).scalar_one()
    assert entry.object_id == str(old.id) and "ingrid" not in str(entry.detail).lower()
    assert db.session.execute(select(func.count(AuditEntry.id))).scalar_one() == audits + 1

    again = retention.run(months=12, now=NOW)
    assert again.requests == 0
    # A shorter period reaches the recently closed one, never the open one.
    assert retention.run(months=1, now=NOW).request_ids == [recent.id]


def test_retention_command_and_config(app, client, make_app):
    make_request(client, "cli-old", closed_days_ago=100)
    runner = app.test_cli_runner()
    result = runner.invoke(args=["retention", "run", "--dry-run"])
    assert result.exit_code == 0 and "0 verzoeken" in result.output  # default 12 months
    short = make_app(RETENTION_MONTHS=2)
    with short.app_context():
        result = short.test_cli_runner().invoke(args=["retention", "run"])
    assert result.exit_code == 0 and "1 verzoeken gewist" in result.output, result.output
    result = runner.invoke(args=["retention", "run", "--months", "-1"])
    assert result.exit_code != 0


def test_retention_log_lines_hold_counts_only(client, app, caplog):
    make_request(client, "log-old", closed_days_ago=400)
    with caplog.at_level(logging.INFO):
        retention.run(months=12, now=NOW)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "Retention" in text and "1 requests" in text
    assert "Ingrid" not in text and "example.org" not in text


# --- the resident's own details ---------------------------------------------------------------------------


def test_resident_sees_own_details_behind_the_code(client):
    code = code_of(submit(client, "mine"))
    status = client.get(f"/verzoek/{code}").get_data(as_text=True)
    assert f"/verzoek/{code}/gegevens" in status
    response = client.get(f"/verzoek/{code}/gegevens")
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
    assert "Ingrid Test" in html and "ingrid@example.org" in html and "06 12345678" in html
    assert "Gegevens wissen" in html and 'lang="nl"' in html
    assert client.get(f"/verzoek/{code.lower()}/gegevens").status_code == 200  # as typed by a person


@pytest.mark.parametrize("code", ["VTA-0000-0000-0000-0000", "onzin", "VTA-" + "A" * 200])
def test_wrong_code_is_404(client, code):
    submit(client, "someone")
    assert client.get(f"/verzoek/{code}/gegevens").status_code == 404
    token = csrf_token(client)
    assert client.post(f"/verzoek/{code}/gegevens", data={"csrf_token": token, "confirm": "y"}).status_code == 404


def test_erase_needs_csrf_and_confirmation_then_is_replay_safe(client, app):
    code = code_of(submit(client, "erase"))
    url = f"/verzoek/{code}/gegevens"
    assert client.post(url, data={"confirm": "y"}).status_code == 400  # no CSRF token
    response = client.post(url, data={"csrf_token": csrf_token(client, url)})
    assert response.status_code == 400 and "Vink aan" in response.get_data(as_text=True)
    req = request_by_submission("erase")
    assert req.contact_email == "ingrid@example.org"

    token = csrf_token(client, url)
    response = client.post(url, data={"csrf_token": token, "confirm": "y"})
    assert response.status_code == 302 and response.headers["Location"].endswith(url)
    db.session.expire_all()
    req = request_by_submission("erase")
    assert (req.contact_name, req.contact_email, req.contact_phone) == (None, None, None)
    assert req.contact_preference == "geen"
    assert req.what_happened.startswith("Mijn parkeervergunning")  # the story stays for the mediator
    page = client.get(url).get_data(as_text=True)
    assert "zijn gewist" in page and "ingrid@example.org" not in page
    # Replaying the same form changes nothing and does not fail.
    replay = client.post(url, data={"csrf_token": token, "confirm": "y"})
    assert replay.status_code == 302
    assert "geen contactgegevens meer" in client.get(url).get_data(as_text=True)
    entries = db.session.execute(select(AuditEntry).where(AuditEntry.action == "request.erase_contact")).scalars().all()
    assert len(entries) == 1 and entries[0].actor_id is None
    assert "ingrid" not in str(entries[0].detail).lower()


# --- logs --------------------------------------------------------------------------------------------------


def test_scrub_removes_addresses_codes_mail_and_phone_numbers():
    line = (
        '203.0.113.7 - - [24/Nov/2026 12:00:01] "GET /verzoek/VTA-ABCD-EFGH-JKMN-PQRS/ontvangen HTTP/1.1" '
        "200 - mail ingrid@example.org, bel 06-12345678 of +31 6 1234 5678 via 2001:db8::7 en ::1"
    )
    cleaned = scrub(line)
    for secret in ("203.0.113.7", "VTA-ABCD", "ingrid@example.org", "12345678", "1234 5678", "2001:db8::7"):
        assert secret not in cleaned
    assert "12:00:01" in cleaned and "200" in cleaned and "[code]" in cleaned


def test_request_logs_carry_no_personal_data(client, caplog):
    record = logging.LogRecord(
        "werkzeug",
        logging.INFO,
        __file__,
        1,
        '%s - - "%s" %s',
        ("198.51.100.4", "GET /verzoek/VTA-ABCD-EFGH-JKMN-PQRS HTTP/1.1", 200),
        None,
    )
    assert ScrubFilter().filter(record) and "198.51.100.4" not in record.getMessage()
    with caplog.at_level(logging.DEBUG):
        code = code_of(submit(client, "logs", contact_email="geheim@example.org"))
        client.get(f"/verzoek/{code}")
        client.get(f"/verzoek/{code}/gegevens")
        client.post(f"/verzoek/{code}/gegevens", data={"csrf_token": csrf_token(client), "confirm": "y"})
    for r in caplog.records:
        message = r.getMessage()
        assert "geheim@example.org" not in message and code not in message and "Ingrid" not in message


def test_app_and_werkzeug_loggers_have_the_scrub_filter(app):
    for name in ("werkzeug", app.logger.name, "gunicorn.access"):
        assert any(isinstance(f, ScrubFilter) for f in logging.getLogger(name).filters), name


# --- issue 13: forgotten requests are closed automatically, retention counts from the last activity ---------


def waiting(client, sub: str, days_ago: int, status: str = "opgelost") -> Request:
    """A request resolved (or referred) `days_ago`, the control question never answered, never closed."""
    submit(client, sub)
    req = request_by_submission(sub)
    actor = _admin()
    svc.transition(req, "in_verkenning", actor, note="Eerste gesprek")
    svc.log_contact(req, actor, NOW - dt.timedelta(days=days_ago), "telefoon", "bewoner", "Ingrid vertelde", True)
    if status == "doorverwezen":
        svc.transition(req, "niet_opgelost", actor, outcome_summary="Geen oplossing mogelijk.")
        svc.transition(req, "doorverwezen", actor, referral_route="bezwaar", referral_reason="Formeel besluit nodig.")
    else:
        svc.transition(req, "opgelost", actor, outcome="opgelost", outcome_summary="Ingrid krijgt haar vergunning.")
    backdate(req, NOW - dt.timedelta(days=days_ago))
    return req


def test_forgotten_requests_are_closed_then_erased_from_their_last_activity(client, app):
    from portal.models_mail import MailOutbox

    forgotten = waiting(client, "forgotten", days_ago=400)
    referred = waiting(client, "referred", days_ago=100, status="doorverwezen")
    fresh = waiting(client, "fresh", days_ago=30)

    dry = retention.run(months=12, dry_run=True, now=NOW)
    assert dry.closed_ids == [forgotten.id, referred.id] and dry.request_ids == [forgotten.id]
    db.session.expire_all()
    assert db.session.get(Request, forgotten.id).status == "opgelost"  # a dry run changes nothing

    report = retention.run(months=12, now=NOW)
    assert report.closed_ids == [forgotten.id, referred.id]
    assert report.request_ids == [forgotten.id] and report.numbers == [forgotten.number]
    assert report.contact_details == 1
    db.session.expire_all()
    forgotten, referred, fresh = (db.session.get(Request, r.id) for r in (forgotten, referred, fresh))
    assert forgotten.status == "afgerond" and forgotten.erased_at is not None and forgotten.contact_email is None
    assert referred.status == "afgerond" and referred.erased_at is None  # closed now, erased 12 months on
    assert referred.contact_email == "ingrid@example.org" and referred.referral_route == "bezwaar"
    assert fresh.status == "opgelost" and fresh.erased_at is None
    auto = [c for c in referred.history if c.to_status == "afgerond"]
    assert len(auto) == 1 and auto[0].actor_id is None and "Automatisch afgerond" in auto[0].note
    assert (
        db.session.execute(
            select(func.count(AuditEntry.id)).where(AuditEntry.action == "request.auto_close")
        ).scalar_one()
        == 2
    )
    mails = db.session.execute(select(MailOutbox.kind).where(MailOutbox.request_id == referred.id)).scalars().all()
    assert "closed" in mails  # the resident hears the request is closed, and that they can come back

    # The automatic closing does not restart the retention clock: a year after the last activity it goes.
    later = retention.run(months=12, now=NOW + dt.timedelta(days=300))
    assert later.request_ids == [referred.id] and later.closed_ids == [fresh.id]
    assert retention.run(months=12, now=NOW + dt.timedelta(days=300)).requests == 0  # idempotent


def test_activity_after_closing_postpones_erasure(client, app):
    req = make_request(client, "active", closed_days_ago=400)
    # A contact can no longer be logged on a closed request, but a late agreement update is activity too.
    req.agreements[0].status_at = NOW - dt.timedelta(days=10)
    db.session.commit()
    assert retention.last_activity(req) == NOW - dt.timedelta(days=10)
    assert retention.run(months=12, now=NOW).requests == 0
    assert retention.run(months=12, now=NOW + dt.timedelta(days=360)).request_ids == [req.id]


def test_retention_command_reports_what_was_closed_and_erased(app, client, make_app):
    forgotten = waiting(client, "cli-forgotten", days_ago=500)
    waiting(client, "cli-referred", days_ago=50, status="doorverwezen")
    short = make_app(AUTO_CLOSE_DAYS=40)
    with short.app_context():
        result = short.test_cli_runner().invoke(args=["retention", "run", "--dry-run"])
        assert result.exit_code == 0, result.output
        assert "2 verzoeken zouden automatisch afgerond worden" in result.output
        result = short.test_cli_runner().invoke(args=["retention", "run"])
    assert result.exit_code == 0, result.output
    assert "2 verzoeken automatisch afgerond" in result.output
    assert "1 verzoeken gewist" in result.output and forgotten.number in result.output
    assert "1 met contactgegevens" in result.output and "mislukte inlogpogingen" in result.output
    assert "ingrid" not in result.output.lower()
    result = app.test_cli_runner().invoke(args=["retention", "run", "--close-after-days", "0"])
    assert result.exit_code != 0


def test_retention_also_expires_failed_log_in_hashes(app, client):
    from portal.models import LoginAttempt
    from portal.services import logins

    db.session.add(LoginAttempt(account="a" * 64, source="b" * 32, at=NOW - dt.timedelta(days=1)))
    db.session.commit()
    assert retention.run(months=12).login_attempts >= 1
    assert db.session.execute(select(func.count(LoginAttempt.id))).scalar_one() == 0
    assert logins.WINDOW < dt.timedelta(days=1)


def test_a_year_after_the_demo_no_closed_or_forgotten_request_holds_personal_data(app):
    from portal import demo

    demo.run(echo=lambda _line: None, n_requests=60)
    report = retention.run(now=dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(days=400))
    assert report.closed_ids and report.request_ids
    left = (
        db.session.execute(
            select(Request).where(
                Request.status.in_(("afgerond", "ingetrokken", "opgelost", "niet_opgelost", "doorverwezen")),
                Request.erased_at.is_(None),
            )
        )
        .scalars()
        .all()
    )
    assert left == []
