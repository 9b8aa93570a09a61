"""Where each copy of the search index stands in the shared outbox (one row per index copy, i.e. per host)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .extensions import db
from .models import utcnow


class IndexCursor(db.Model):
    """Every outbox row with an id up to `last_outbox_id` is in the index copy named `host`.

    Each host keeps its own Whoosh index, maintained by its own single writer from the shared outbox;
    a global "applied" flag could not say which host applied a row.
    """

    __tablename__ = "index_cursor"
    host: Mapped[str] = mapped_column(String(120), primary_key=True)
    last_outbox_id: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
