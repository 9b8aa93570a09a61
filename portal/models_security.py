"""Tables of the trust layer: rate-limit hits, shared by every worker process through the database."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from .extensions import db
from .models import utcnow


class RateLimitHit(db.Model):
    """One counted request to a sensitive endpoint.

    `client` is a salted HMAC of the client address (salt: the app secret and the date), never the
    address itself; rows older than the longest window (one hour) are deleted on the next hit.
    """

    __tablename__ = "rate_limit_hits"
    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(20))  # login | submit | code
    client: Mapped[str] = mapped_column(String(32))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)

    __table_args__ = (Index("ix_rate_limit_hits_scope_client_at", "scope", "client", "at"),)
