"""The commons: other portals this portal follows, and the log of its own article changes others follow.

Imported articles are ordinary `Article` rows with `source_id` set (see portal/models.py); their local
reference is `<source code>:<original reference>` (a colon never occurs in an own reference), so it can
collide neither with own references nor with those of another source. See docs/commons.md.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .extensions import db
from .models import utcnow


class CommonsSource(db.Model):
    """Another portal whose knowledge base this portal follows over its open API."""

    __tablename__ = "commons_sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    # Normalised scheme://host[:port][/prefix], no trailing slash.
    base_url: Mapped[str] = mapped_column(String(300), unique=True)
    # Short code in the local references of its articles (`<code>:<original>`): lower-case letters and digits.
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(120))  # the source municipality, from its OpenAPI document
    licence: Mapped[str] = mapped_column(String(60), default="CC BY 4.0")
    attribution: Mapped[str] = mapped_column(String(300), default="")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_sync_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_success_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), default="nieuw")  # nieuw | ok | fout | onvolledig
    last_error: Mapped[str | None] = mapped_column(String(300))  # our own short Dutch text, never source content
    cursor: Mapped[str] = mapped_column(String(40), default="")
    etag: Mapped[str | None] = mapped_column(String(120))
    article_count: Mapped[int] = mapped_column(Integer, default=0)
    # The source's protected accountability figures, exactly as its /api/v1/accountability returns them
    # (only fields of that API, types checked, size capped); JSON text.
    figures_json: Mapped[str | None] = mapped_column(Text)
    figures_period: Mapped[str | None] = mapped_column(String(40))
    figures_fetched_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class CommonsChange(db.Model):
    """One change of an OWN article (published, updated, withdrawn), for GET /api/v1/knowledge/changes.

    Written in the same transaction as the article change (by a listener on the index outbox, which every
    article change writes). Ids are never reused (SQLite AUTOINCREMENT), so a follower's cursor stays valid.
    """

    __tablename__ = "commons_changes"
    __table_args__ = {"sqlite_autoincrement": True}
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
