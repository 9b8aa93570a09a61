"""Log-in lockout, counted in the database so it holds across worker processes (as SecureDrop does)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select

from ..extensions import db
from ..models import LoginAttempt, utcnow

WINDOW = dt.timedelta(minutes=15)
MAX_FAILURES = 5


def locked_out(email: str) -> bool:
    since = utcnow() - WINDOW
    count = db.session.execute(
        select(func.count(LoginAttempt.id)).where(LoginAttempt.email == email, LoginAttempt.at >= since)
    ).scalar_one()
    return count >= MAX_FAILURES


def failed(email: str) -> None:
    db.session.add(LoginAttempt(email=email[:254]))
    db.session.execute(delete(LoginAttempt).where(LoginAttempt.at < utcnow() - WINDOW))
    db.session.commit()


def clear(email: str) -> None:
    db.session.execute(delete(LoginAttempt).where(LoginAttempt.email == email))
