"""The demo municipality follows its own rules (`flask demo`, portal/demo.py keep_own_rules): requests solved long
ago were closed automatically on the night they fell due, and the retention job has erased the old requests."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from sqlalchemy import func, select

from portal.extensions import db
from portal.models import AuditEntry, Contact, Request, StatusChange, User, utcnow
from portal.models_mail import MailOutbox
from portal.services import clock, retention


@pytest.fixture
def demo(app: Flask) -> str:
    """`flask demo` on the test's data folder; its output."""
    result = app.test_cli_runner().invoke(args=["demo"])
    assert result.exit_code == 0, result.output
    db.session.expire_all()
    return result.output


def test_the_demo_follows_its_own_rules(demo: str) -> None:
    """One `flask demo` (about ten seconds), every rule checked on it."""
    report = retention.run(dry_run=True, now=utcnow())
    assert report.closed_ids == [] and report.request_ids == []  # the job finds nothing left to do
    _closed_on_the_night_they_fell_due()
    _old_requests_lost_their_personal_data_recent_ones_kept_it()
    contacts = db.session.execute(select(Contact)).scalars().all()
    assert contacts and all(c.created_at == c.at for c in contacts)  # logged when they happened, not at seeding


def _closed_on_the_night_they_fell_due() -> None:
    days = retention.configured_auto_close_days()
    changes = (
        db.session.execute(select(StatusChange).where(StatusChange.note == retention.AUTO_CLOSE_NOTE.format(days=days)))
        .scalars()
        .all()
    )
    assert len(changes) >= 5
    for change in changes:
        req = db.session.get(Request, change.request_id)
        assert req is not None and req.status == "afgerond" and change.actor_id is None
        assert req.closed_at == change.at < utcnow()
        local = clock.to_local(change.at)
        assert (local.hour, local.minute) == (3, 30)  # the nightly job's hour (deploy/verzoek-retention.timer)
        due = retention.last_activity(req) + dt.timedelta(days=days)
        assert due < change.at <= due + dt.timedelta(days=1)
        mails = db.session.execute(select(MailOutbox).where(MailOutbox.request_id == req.id)).scalars().all()
        closed = [m for m in mails if m.kind == "closed"]
        assert len(closed) == 1 and closed[0].state == "sent" and closed[0].sent_at == change.at
    # nothing waits in the outbox of a demo whose mails were all delivered long ago
    assert db.session.execute(select(func.count()).where(MailOutbox.state != "sent")).scalar_one() == 0


def _old_requests_lost_their_personal_data_recent_ones_kept_it() -> None:
    cutoff = retention.subtract_months(utcnow(), retention.configured_months())
    erased = db.session.execute(select(Request).where(Request.erased_at.is_not(None))).scalars().all()
    assert len(erased) >= 50
    for req in erased:
        assert req.status in ("afgerond", "ingetrokken") and retention.last_activity(req) < cutoff
        assert req.contact_name is None and req.contact_email is None and req.what_happened == retention.ERASED
        assert all(c.summary == retention.ERASED for c in req.contacts)
    kept = db.session.execute(select(Request).where(Request.erased_at.is_(None))).scalars().all()
    assert kept and all(retention.last_activity(req) >= cutoff or req.closed_at is None for req in kept)


def test_every_status_and_both_example_codes_stay_for_a_newcomer(demo: str, app: Flask) -> None:
    statuses = set(db.session.execute(select(Request.status).distinct()).scalars())
    assert {"ontvangen", "in_verkenning", "in_afstemming", "opgelost", "niet_opgelost", "afgerond"} <= statuses
    assert "Voorbeeldcode (nog open)" in demo and "Voorbeeldcode (wacht op de controlevraag)" in demo
    before = db.session.execute(select(func.count(StatusChange.id))).scalar_one()
    again = app.test_cli_runner().invoke(args=["demo"])  # a second run adds nothing and closes nothing
    assert again.exit_code == 0, again.output
    assert db.session.execute(select(func.count(StatusChange.id))).scalar_one() == before


def test_demo_accounts_are_created_like_any_account_with_an_audit_entry(demo: str) -> None:
    created = db.session.execute(select(AuditEntry).where(AuditEntry.action == "user.create")).scalars().all()
    demo_users = db.session.execute(select(User).where(User.email.like("%@voorbeeld.nl"))).scalars().all()
    assert len(demo_users) == 3
    by_object = {e.object_id: e for e in created}
    for u in demo_users:
        entry = by_object[str(u.id)]
        assert entry.actor_id is None and "demo" in str(entry.detail)
