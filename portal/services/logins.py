"""Log-in lock-out per account AND source, counted in the database so it holds across worker processes.

Five wrong passwords for one account from one network (an IPv4 address or an IPv6 /64) within 15 minutes
lock that account for that network only: the holder, logging in from elsewhere, is never locked out by
someone else's guessing (the log-in rate limit per network still applies on top). Nothing readable is kept:
`account` is a keyed hash (HMAC with the app secret) of the typed address and `source` one of the network,
and rows are deleted once older than the window (on every failure and by `flask retention run`).

When a lock starts, the account holder is told: an audit entry, a notice at their next log-in and, when the
mail outbox is available, an e-mail. Another admin (Beheer > Gebruikers) or `flask --app portal unlock EMAIL`
lifts every lock of an account at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging

from flask import current_app
from sqlalchemy import delete, distinct, func, select

from ..extensions import db
from ..models import LoginAttempt, User, utcnow
from . import audit

log = logging.getLogger(__name__)

WINDOW = dt.timedelta(minutes=15)
MAX_FAILURES = 5


def account_key(email: str) -> str:
    """The keyed hash stored instead of a typed e-mail address (also for addresses without an account)."""
    secret = str(current_app.config["SECRET_KEY"]).encode()
    return hmac.new(secret, b"login-account:" + email.strip().lower().encode(), hashlib.sha256).hexdigest()


def _source(source: str | None) -> str:
    if source is not None:
        return source
    from ..security import source_key

    return source_key()


def _failures(account: str, source: str, since: dt.datetime) -> int:
    return db.session.execute(
        select(func.count(LoginAttempt.id)).where(
            LoginAttempt.account == account, LoginAttempt.source == source, LoginAttempt.at >= since
        )
    ).scalar_one()


def locked_out(email: str, source: str | None = None) -> bool:
    """True if this account is locked for this source (the current request's network by default)."""
    return _failures(account_key(email), _source(source), utcnow() - WINDOW) >= MAX_FAILURES


def failed(email: str, source: str | None = None) -> bool:
    """Count one failed log-in; True if it started a lock (the account holder is then told). Commits."""
    account, src, now = account_key(email), _source(source), utcnow()
    db.session.add(LoginAttempt(account=account, source=src, at=now))
    expire(commit=False)
    db.session.flush()
    started = _failures(account, src, now - WINDOW) == MAX_FAILURES
    if started:
        _tell_holder(email, now)
    db.session.commit()
    return started


def clear(email: str, source: str | None = None) -> None:
    """A successful log-in forgets the failures from its own source (no commit)."""
    db.session.execute(
        delete(LoginAttempt).where(LoginAttempt.account == account_key(email), LoginAttempt.source == _source(source))
    )


def locked_sources(email: str) -> int:
    """How many sources currently lock this account out."""
    since = utcnow() - WINDOW
    rows = db.session.execute(
        select(LoginAttempt.source, func.count(LoginAttempt.id))
        .where(LoginAttempt.account == account_key(email), LoginAttempt.at >= since)
        .group_by(LoginAttempt.source)
    ).all()
    return sum(1 for _source_, n in rows if n >= MAX_FAILURES)


def locked_accounts() -> set[str]:
    """The account hashes with at least one active lock (for the admin's user list)."""
    since = utcnow() - WINDOW
    rows = db.session.execute(
        select(LoginAttempt.account)
        .where(LoginAttempt.at >= since)
        .group_by(LoginAttempt.account, LoginAttempt.source)
        .having(func.count(LoginAttempt.id) >= MAX_FAILURES)
    ).scalars()
    return set(rows)


def unlock(email: str, actor: User | None = None) -> int:
    """Lift every lock of the account (all sources); audited. Returns how many sources were locked. Commits."""
    account = account_key(email)
    count = locked_sources(email)
    db.session.execute(delete(LoginAttempt).where(LoginAttempt.account == account))
    user = db.session.execute(select(User).where(User.email == email.strip().lower())).scalar_one_or_none()
    if user is not None:
        audit.record(actor, "user.unlock", user, sources=count, by="admin" if actor else "command")
    db.session.commit()
    return count


def expire(commit: bool = True) -> int:
    """Delete failed log-ins older than the window: they lock nothing any more. Returns the number deleted."""
    result = db.session.execute(delete(LoginAttempt).where(LoginAttempt.at < utcnow() - WINDOW))
    if commit:
        db.session.commit()
    return result.rowcount or 0


def stored_sources() -> int:
    """Distinct sources with stored failures (tests and status output)."""
    return db.session.execute(select(func.count(distinct(LoginAttempt.source)))).scalar_one()


def _tell_holder(email: str, now: dt.datetime) -> None:
    user = db.session.execute(select(User).where(User.email == email.strip().lower())).scalar_one_or_none()
    if user is None:
        return  # nobody to tell; the lock still holds, so guessing addresses learns nothing
    user.lockout_notice_at = now
    audit.record(None, "user.locked", user, minutes=int(WINDOW.total_seconds() // 60), failures=MAX_FAILURES)
    try:
        from . import mail
    except ImportError:  # the mail outbox is optional for this notice
        return
    from ..urls import external_url

    enqueue = getattr(mail, "enqueue_safely", None)
    if enqueue is None:
        return
    enqueue(
        user.email,
        "Inloggen op uw account is tijdelijk geblokkeerd",
        "account_locked",
        {
            "name": user.name,
            "minutes": int(WINDOW.total_seconds() // 60),
            "failures": MAX_FAILURES,
            "login_url": external_url("backoffice.login"),
        },
        reason="U heeft een account voor de back office van Verzoek tot Afstemming.",
        kind="account",
    )
    log.info("Lock-out notice queued for user %s", user.id)
