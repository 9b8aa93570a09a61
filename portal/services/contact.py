"""Contact details of the mediation service: settings an admin edits, shown in the footer, on /over,
on every error page and in every mail."""

from __future__ import annotations

import time
from dataclasses import dataclass, fields

from flask import current_app
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from ..extensions import db
from ..models import Setting
from .ttlcache import TTLCache

PREFIX = "contact."
MAX_LENGTH = 255  # settings.value is String(255)
CACHE_SECONDS = 30.0  # every page shows the details; other processes see an edit within this time


@dataclass(frozen=True)
class ContactDetails:
    """How residents reach the mediation service. Empty strings mean "not set"."""

    phone: str = ""
    email: str = ""
    address: str = ""  # postal address, may span lines
    hours: str = ""  # opening hours in plain words

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))

    def address_lines(self) -> list[str]:
        return [line.strip() for line in self.address.splitlines() if line.strip()]


FIELDS = tuple(f.name for f in fields(ContactDetails))
_cache: TTLCache[str, ContactDetails] = TTLCache(CACHE_SECONDS)


def _cache_key() -> str:
    return str(current_app.config.get("SQLALCHEMY_DATABASE_URI"))


def load() -> ContactDetails:
    """The stored details (cached briefly per process); empty details when the table is not there yet."""
    key = _cache_key()
    now = time.monotonic()
    hit = _cache.get(key)
    if hit is not None:
        return hit
    try:
        rows = db.session.execute(select(Setting).where(Setting.key.startswith(PREFIX))).scalars().all()
    except SQLAlchemyError:  # an empty data folder before migrations: pages must still render
        db.session.rollback()
        return ContactDetails()
    values = {row.key[len(PREFIX) :]: row.value for row in rows if row.key[len(PREFIX) :] in FIELDS}
    return _cache.put(key, ContactDetails(**values), at=now)


def clean(value: str) -> str:
    """Strip NUL bytes and other control characters (line breaks stay: an address has lines)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = "".join(ch for ch in value if ch == "\n" or ch >= " " and ch != "\x7f")
    return "\n".join(line.strip() for line in value.strip().split("\n"))


def save(details: ContactDetails) -> None:
    """Store the details in the current transaction (the caller commits) and forget the cached copy."""
    for name in FIELDS:
        value = clean(getattr(details, name))
        if len(value) > MAX_LENGTH:
            raise ValueError(f"{name} is longer than {MAX_LENGTH} characters")
        row = db.session.get(Setting, PREFIX + name)
        if row is None:
            db.session.add(Setting(key=PREFIX + name, value=value))
        else:
            row.value = value
    forget()


def forget() -> None:
    _cache.clear()
