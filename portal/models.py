"""Domain model. Code names in English; code values are the StrEnums of portal.models_enums, their Dutch labels
live in portal.labels."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from flask_login import UserMixin
from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .extensions import db
from .models_enums import (
    AgreementStatus,
    ArticleStatus,
    Channel,
    ContactPreference,
    ImprovementStatus,
    RequestStatus,
    Role,
)

if TYPE_CHECKING:
    from .models_commons import CommonsSource


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class User(UserMixin, db.Model):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20), default=Role.MEDIATOR)
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Bumped on logout and password change: every older session cookie stops working.
    session_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Set when failed log-ins locked the account from some network; shown (and cleared) at the next log-in.
    lockout_notice_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    def get_id(self) -> str:
        return f"{self.id}:{self.session_version}"

    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN


class Theme(db.Model):
    __tablename__ = "themes"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Department(db.Model):
    __tablename__ = "departments"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Official(db.Model):
    """A civil servant the mediator talks to. Internal only: never shown publicly."""

    __tablename__ = "officials"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(120), default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    email: Mapped[str | None] = mapped_column(String(254))  # work address, for invitations (0005_officials)
    department: Mapped[Department | None] = relationship()


class Setting(db.Model):
    """Small key/value settings an admin can change (service norms)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(255))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Request(db.Model):
    """One verzoek tot afstemming."""

    __tablename__ = "requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the public tracking code
    submission_id: Mapped[str] = mapped_column(String(64), unique=True)  # makes a replayed form harmless
    channel: Mapped[str] = mapped_column(String(20), default=Channel.WEB)
    status: Mapped[str] = mapped_column(String(20), default=RequestStatus.RECEIVED, index=True)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    first_contact_due: Mapped[dt.date] = mapped_column(Date)
    resolution_due: Mapped[dt.date] = mapped_column(Date)
    first_contact_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    what_happened: Mapped[str] = mapped_column(Text)
    desired_outcome: Mapped[str] = mapped_column(Text)
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("themes.id"), index=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), index=True)
    mediator_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    registered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_email: Mapped[str | None] = mapped_column(String(254))
    contact_phone: Mapped[str | None] = mapped_column(String(40))
    contact_preference: Mapped[str] = mapped_column(String(20), default=ContactPreference.NONE)
    consent_publication: Mapped[bool] = mapped_column(Boolean, default=False)

    outcome: Mapped[str | None] = mapped_column(String(20))  # models_enums.Outcome
    outcome_summary: Mapped[str | None] = mapped_column(Text)  # plain words, shown to the resident
    referral_route: Mapped[str | None] = mapped_column(String(20))  # models_enums.ReferralRoute
    referral_reason: Mapped[str | None] = mapped_column(Text)
    referral_category: Mapped[str | None] = mapped_column(String(30))  # models_enums.ReferralCategory

    control_all_addressed: Mapped[bool | None] = mapped_column(Boolean)
    control_satisfied: Mapped[bool | None] = mapped_column(Boolean)
    control_comment: Mapped[str | None] = mapped_column(Text)
    control_answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Set when the retention rule (or the resident) erased contact details and free text.
    erased_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Opschorting: set while the service-norm clock is paused (services/suspension.py, 0005_officials).
    paused_since: Mapped[dt.datetime | None] = mapped_column(DateTime)

    theme: Mapped[Theme | None] = relationship()
    department: Mapped[Department | None] = relationship()
    mediator: Mapped[User | None] = relationship(foreign_keys=[mediator_id])
    registered_by: Mapped[User | None] = relationship(foreign_keys=[registered_by_id])
    history: Mapped[list[StatusChange]] = relationship(
        back_populates="request", order_by="StatusChange.at, StatusChange.id", cascade="all"
    )
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="request", order_by="Contact.at.desc(), Contact.id.desc()", cascade="all"
    )
    agreements: Mapped[list[Agreement]] = relationship(
        back_populates="request", order_by="Agreement.due, Agreement.id", cascade="all"
    )

    __table_args__ = (Index("ix_requests_status_received", "status", "received_at"),)

    @property
    def number(self) -> str:
        """Internal reference for mediators, e.g. V2026-00042 (the tracking code stays with the resident)."""
        return f"V{self.received_at.year}-{self.id:05d}"


class StatusChange(db.Model):
    __tablename__ = "status_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # None: the resident or the system
    note: Mapped[str | None] = mapped_column(Text)  # internal, never public
    request: Mapped[Request] = relationship(back_populates="history")
    actor: Mapped[User | None] = relationship()


class Contact(db.Model):
    """A logged conversation. Internal: summaries may name officials."""

    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(20))  # models_enums.ContactChannel
    participants: Mapped[str] = mapped_column(String(300))  # by role: "bewoner, teamleider Parkeren"
    with_resident: Mapped[bool] = mapped_column(Boolean, default=False)
    summary: Mapped[str] = mapped_column(Text)
    official_id: Mapped[int | None] = mapped_column(ForeignKey("officials.id"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    request: Mapped[Request] = relationship(back_populates="contacts")
    official: Mapped[Official | None] = relationship()
    author: Mapped[User | None] = relationship()


class Agreement(db.Model):
    """What the municipality promised, by when; later kept or broken."""

    __tablename__ = "agreements"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    description: Mapped[str] = mapped_column(Text)  # plain words, public on the status page
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    promised_by_role: Mapped[str] = mapped_column(String(120))
    official_id: Mapped[int | None] = mapped_column(ForeignKey("officials.id"))  # internal
    due: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default=AgreementStatus.OPEN)
    status_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # The official confirmed the agreement (and later reported it done) through their link (0005_officials).
    official_confirmed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    official_done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    request: Mapped[Request] = relationship(back_populates="agreements")
    department: Mapped[Department | None] = relationship()
    official: Mapped[Official | None] = relationship()

    # For accountability rollups by day (created in migration 0003_accountability).
    __table_args__ = (Index("ix_agreements_created_at", "created_at"),)


class AuditEntry(db.Model):
    """Append-only trail of every change: who, when, what."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(60))
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str | None] = mapped_column(String(40))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    actor: Mapped[User | None] = relationship()


class Article(db.Model):
    """A published, anonymised knowledge-base article (CC BY 4.0)."""

    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)  # Markdown
    # The body rendered once, sanitised, when it was saved or imported (0005_article_html); pages never render.
    body_html: Mapped[str | None] = mapped_column(Text)
    theme: Mapped[str] = mapped_column(String(120), default="")
    department: Mapped[str] = mapped_column(String(120), default="")
    outcome: Mapped[str] = mapped_column(String(30), default="")
    year: Mapped[int] = mapped_column(Integer)
    published_at: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default=ArticleStatus.PUBLISHED)
    # Draft parts written by the mediator (already anonymised); the body is assembled from them.
    situation: Mapped[str | None] = mapped_column(Text)
    coordination: Mapped[str | None] = mapped_column(Text)
    outcome_text: Mapped[str | None] = mapped_column(Text)
    lesson: Mapped[str | None] = mapped_column(Text)
    review_note: Mapped[str | None] = mapped_column(Text)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"))  # internal link only
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # The commons (0007_commons): set on articles imported from a followed portal, NULL on own articles.
    # Their `reference` is local (`<source code>:<original>`); status "held" while the anonymizer has findings.
    source_id: Mapped[int | None] = mapped_column(ForeignKey("commons_sources.id"), index=True)
    source_reference: Mapped[str | None] = mapped_column(String(40))
    source_url: Mapped[str | None] = mapped_column(String(500))
    source_licence: Mapped[str | None] = mapped_column(String(60))
    source_attribution: Mapped[str | None] = mapped_column(String(300))
    source: Mapped[CommonsSource | None] = relationship()

    __table_args__ = (UniqueConstraint("source_id", "source_reference", name="uq_articles_source_reference"),)


class IndexOutbox(db.Model):
    """Pending search-index changes, written in the same transaction as the article change."""

    __tablename__ = "index_outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(40))
    op: Mapped[str] = mapped_column(String(10))  # upsert | delete
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    applied_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)


class LoginAttempt(db.Model):
    """Failed logins per account, in the database so the lockout holds across worker processes."""

    __tablename__ = "login_attempts"
    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(64))  # keyed hash (HMAC) of the typed e-mail address, never it
    source: Mapped[str] = mapped_column(String(32))  # keyed hash of the client's network (IPv4 or IPv6 /64)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)

    __table_args__ = (Index("ix_login_attempts_account_source_at", "account", "source", "at"),)


class Improvement(db.Model):
    """A learning point (leerpunt): what the organisation will change, its owner and status. Public."""

    __tablename__ = "improvements"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), index=True)
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("themes.id"))
    owner_role: Mapped[str] = mapped_column(String(120), default="")  # e.g. "teamleider Parkeren"
    status: Mapped[str] = mapped_column(String(20), default=ImprovementStatus.PLANNED)
    due: Mapped[dt.date | None] = mapped_column(Date)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"))  # internal link only
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    department: Mapped[Department | None] = relationship()
    theme: Mapped[Theme | None] = relationship()


class FundEntry(db.Model):
    """Burgerfonds ledger line. Append-only: corrections are new entries that reverse an earlier one."""

    __tablename__ = "fund_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    entry_date: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(10))  # models_enums.FundKind
    category: Mapped[str] = mapped_column(String(60))
    amount_cents: Mapped[int] = mapped_column(Integer)  # signed: income > 0, spending < 0
    description: Mapped[str] = mapped_column(String(500))
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("fund_entries.id"), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_by: Mapped[User | None] = relationship()


# The commons tables (Article.source refers to CommonsSource): always mapped together with the articles.
from . import models_commons  # noqa: E402, F401
