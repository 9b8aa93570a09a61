"""Tables for officials taking part, residents adding information and pausing the service-norm clock.

Internal only: nothing here is ever shown publicly. Created in migration 0005_officials.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .extensions import db
from .models import Agreement, Official, Request, User, utcnow


class OfficialInvitation(db.Model):
    """A mediator's invitation to an official to respond through a personal link.

    Only the SHA-256 of the link's token is stored; `version` grows with every action the official takes,
    so a replayed form (carrying an older version) is refused.
    """

    __tablename__ = "official_invitations"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id"))
    official_id: Mapped[int] = mapped_column(ForeignKey("officials.id"))
    email: Mapped[str] = mapped_column(String(254))
    question: Mapped[str] = mapped_column(Text)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # the official reported it done
    version: Mapped[int] = mapped_column(Integer, default=0)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    request: Mapped[Request] = relationship()
    agreement: Mapped[Agreement | None] = relationship()
    official: Mapped[Official] = relationship()
    created_by: Mapped[User | None] = relationship()


class OfficialRequest(db.Model):
    """Which official asked for an afstemming (channel "ambtenaar") and whether the resident agreed."""

    __tablename__ = "official_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), unique=True)
    official_id: Mapped[int] = mapped_column(ForeignKey("officials.id"))
    resident_agreed: Mapped[bool] = mapped_column(Boolean, default=False)
    request: Mapped[Request] = relationship()
    official: Mapped[Official] = relationship()


class Suspension(db.Model):
    """Opschorting: the service-norm clock stands still while the mediator waits for the resident."""

    __tablename__ = "request_suspensions"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(Text)  # plain words, shown to the resident
    workdays: Mapped[int | None] = mapped_column(Integer)  # working days the deadlines moved at the end
    started_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    ended_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # None: the resident replied


class ResidentMessage(db.Model):
    """Information a resident added to their request from the status page. Shown only to mediators."""

    __tablename__ = "resident_messages"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    erased_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    attachments: Mapped[list[Attachment]] = relationship(back_populates="message", order_by="Attachment.id")


class Attachment(db.Model):
    """A file a resident added: stored under $PORTAL_DATA_DIR/attachments/, never in the web root."""

    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("resident_messages.id"), index=True)
    stored_name: Mapped[str] = mapped_column(String(64))  # random; the resident's name is never a path
    filename: Mapped[str] = mapped_column(String(120))  # cleaned, for display and download only
    content_type: Mapped[str] = mapped_column(String(40))  # from the content, not from the name
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    erased_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    message: Mapped[ResidentMessage] = relationship(back_populates="attachments")
