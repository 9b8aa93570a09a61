"""Audit trail: every change a person makes is recorded with who, when and what."""

from __future__ import annotations

import re
from typing import Any

from .. import labels
from ..extensions import db
from ..filters import dutch_date
from ..models import AuditEntry, User
from . import audit_words

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def record(actor: User | None, action: str, obj: Any, **detail: Any) -> None:
    """Add an audit entry to the current transaction (committed together with the change)."""
    db.session.add(
        AuditEntry(
            actor_id=actor.id if actor else None,
            action=action,
            object_type=type(obj).__name__ if obj is not None else "",
            object_id=str(getattr(obj, "id", "") or "") or None,
            detail={k: v for k, v in detail.items() if v is not None},
        )
    )


def action_label(action: str) -> str:
    """The action in plain Dutch (Beheer › Audit); an action without a label shows its code."""
    return audit_words.AUDIT_ACTIONS.get(action, action)


def actor_label(entry: AuditEntry) -> str:
    """Who did it: the account's name, else the official, the resident or the system (nightly jobs)."""
    if entry.actor is not None:
        return entry.actor.name
    by = (entry.detail or {}).get("by")
    return audit_words.AUDIT_VALUES.get(by, "bewoner of systeem") if isinstance(by, str) else "bewoner of systeem"


def object_label(object_type: str) -> str:
    """What kind of thing the entry is about, in Dutch ("verzoek", "account")."""
    return audit_words.AUDIT_OBJECTS.get(object_type, object_type)


def detail_items(detail: dict[str, Any] | None) -> list[tuple[str, str]]:
    """An entry's details as (Dutch name, readable value) pairs: codes become their Dutch label, ISO dates Dutch."""
    return [(audit_words.AUDIT_DETAILS.get(key, key), _readable(key, value)) for key, value in (detail or {}).items()]


def _readable(key: str, value: Any) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list | tuple):
        return ", ".join(_readable(key, v) for v in value) or "–"
    if isinstance(value, dict):
        return "; ".join(f"{audit_words.AUDIT_DETAILS.get(k, k)}: {_readable(k, v)}" for k, v in value.items()) or "–"
    if isinstance(value, str):
        if key == "fields":  # names of the changed fields
            return audit_words.AUDIT_DETAILS.get(value, value)
        if key in ("by", "via"):
            return audit_words.AUDIT_VALUES.get(value, value)
        if _ISO_DATE.fullmatch(value):
            return dutch_date(value)
        for names in labels.BY_ENUM.values():
            if value in names:
                return names[value]
    return str(value)
