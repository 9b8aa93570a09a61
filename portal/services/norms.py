"""Service norms (in working days) that an admin can change."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from flask import current_app
from sqlalchemy import select

from ..extensions import db
from ..models import Setting, User
from . import audit
from .workdays import add_working_days

KEYS = {"first_contact": "NORM_FIRST_CONTACT_DAYS", "resolution": "NORM_RESOLUTION_DAYS"}


@dataclass(frozen=True)
class Norms:
    first_contact_days: int
    resolution_days: int

    def deadlines(self, received: dt.date) -> tuple[dt.date, dt.date]:
        return (
            add_working_days(received, self.first_contact_days),
            add_working_days(received, self.resolution_days),
        )


def current() -> Norms:
    stored = {s.key: s.value for s in db.session.execute(select(Setting)).scalars()}
    values = {}
    for key, conf in KEYS.items():
        raw = stored.get(f"norm.{key}")
        values[key] = int(raw) if raw and raw.isdigit() else int(current_app.config[conf])
    return Norms(values["first_contact"], values["resolution"])


def update(actor: User, first_contact_days: int, resolution_days: int) -> Norms:
    """Store new norms. Requests already received keep the deadlines they were promised."""
    before = current()
    for key, value in (("first_contact", first_contact_days), ("resolution", resolution_days)):
        setting = db.session.get(Setting, f"norm.{key}")
        if setting is None:
            db.session.add(Setting(key=f"norm.{key}", value=str(value)))
        else:
            setting.value = str(value)
    audit.record(
        actor,
        "norms.update",
        None,
        before=[before.first_contact_days, before.resolution_days],
        after=[first_contact_days, resolution_days],
    )
    db.session.commit()
    return current()
