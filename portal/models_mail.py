"""The mail outbox: one row per message, written in the same transaction as the change that causes it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .extensions import db
from .models import utcnow
from .models_enums import MailState

# pending: waiting to be sent (maybe after a back-off); sending: claimed by a sender right now;
# sent: delivered to the mail server (or written as .eml); failed: given up after retries or refused;
# uncertain: a sender stopped between sending and marking, so the message may have gone out. It is never
# resent automatically; an admin can send it again (same Message-ID, so mail clients show it once).
MAIL_STATES = tuple(MailState)


class MailOutbox(db.Model):
    __tablename__ = "mail_outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    to_addr: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(300))
    body_text: Mapped[str] = mapped_column(Text, default="")  # cleared after delivery (may hold a tracking code)
    body_html: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(40))  # receipt, status, new_request, digest, ...
    reason: Mapped[str] = mapped_column(String(300))  # why the recipient gets this mail (shown in the mail)
    optional: Mapped[bool] = mapped_column(Boolean, default=False)  # optional mails carry List-Unsubscribe
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    message_id: Mapped[str] = mapped_column(String(200), unique=True)
    state: Mapped[str] = mapped_column(String(10), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    lease_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(String(500))
    eml_name: Mapped[str | None] = mapped_column(String(200))  # file under $PORTAL_DATA_DIR/mail/ (no server)
    # What this mail is about, so a job that runs daily sends it once: "agreement:12:due", "digest:3:2026-12-03".
    ref: Mapped[str | None] = mapped_column(String(80), index=True)

    __table_args__ = (Index("ix_mail_outbox_state_next", "state", "next_attempt_at"),)


class MailOptOut(db.Model):
    """A recipient who unsubscribed from one kind of optional mail. Only a hash of the address is kept."""

    __tablename__ = "mail_optout"
    address_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
