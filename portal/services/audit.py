"""Audit trail: every change a person makes is recorded with who, when and what."""

from __future__ import annotations

from typing import Any

from ..extensions import db
from ..models import AuditEntry, User


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
