"""Learning points (leerpunten) as the public reads them on the accountability pages: no case, ever."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from ...extensions import db
from ...labels import IMPROVEMENT_STATUSES
from ...models import Improvement
from ...models_enums import ImprovementStatus
from .periods import Period


def improvements_public(period: Period | None = None) -> list[dict[str, Any]]:
    """Learning points with owner department, promised change, due date and whether it was done (public, no case).

    With a period: only those learned (created) or done in it.
    """
    stmt = select(Improvement).order_by(Improvement.created_at.desc(), Improvement.id.desc())
    if period is not None:
        lo = dt.datetime.combine(period.start, dt.time())
        hi = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time())
        stmt = stmt.where(
            ((Improvement.created_at >= lo) & (Improvement.created_at < hi))
            | ((Improvement.done_at >= lo) & (Improvement.done_at < hi))
        )
    out = []
    for imp in db.session.execute(stmt).scalars():
        created = imp.created_at.date() if imp.created_at else None
        done = imp.done_at.date() if imp.done_at else None
        out.append(
            {
                "title": imp.title,
                "description": imp.description,
                "department": imp.department.name if imp.department else None,
                "theme": imp.theme.name if imp.theme else None,
                "owner_role": imp.owner_role,
                "status": imp.status,
                "status_label": IMPROVEMENT_STATUSES.get(imp.status, imp.status),
                "done": imp.status == ImprovementStatus.DONE,
                "learned": created.isoformat() if created else None,
                "due": imp.due.isoformat() if imp.due else None,
                "done_at": done.isoformat() if done else None,
                "learned_in_period": bool(period and created and period.start <= created <= period.end),
                "done_in_period": bool(period and done and period.start <= done <= period.end),
            }
        )
    return out
