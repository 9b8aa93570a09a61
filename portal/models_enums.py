"""The code values the domain stores, as StrEnums; their Dutch labels live in portal.labels.

A member equals its string value (``RequestStatus.RESOLVED == "opgelost"``), so the columns stay plain
``String`` columns, stored values never change, and a value read back from the database (a plain ``str``)
compares equal to its member. Grouping tuples (which statuses count as open, resolved, final) live here too,
each defined once.
"""

from __future__ import annotations

from enum import StrEnum


class RequestStatus(StrEnum):
    """Where a request stands (``Request.status``, ``StatusChange.from_status`` / ``to_status``)."""

    RECEIVED = "ontvangen"
    EXPLORING = "in_verkenning"
    COORDINATING = "in_afstemming"
    RESOLVED = "opgelost"
    NOT_RESOLVED = "niet_opgelost"
    REFERRED = "doorverwezen"
    WITHDRAWN = "ingetrokken"
    CLOSED = "afgerond"


# Still being worked on: the service-norm clock runs (unless paused).
OPEN_STATUSES = (RequestStatus.RECEIVED, RequestStatus.EXPLORING, RequestStatus.COORDINATING)
# The mediator is done; the resident gets the control question ("is alles besproken?").
RESOLVED_STATUSES = (RequestStatus.RESOLVED, RequestStatus.NOT_RESOLVED, RequestStatus.REFERRED)
# Nothing happens to the request any more.
FINAL_STATUSES = (RequestStatus.CLOSED, RequestStatus.WITHDRAWN)


class Channel(StrEnum):
    """How a request came in (``Request.channel``)."""

    WEB = "web"
    PHONE = "telefoon"
    DESK = "balie"
    EMAIL = "email"
    LETTER = "brief"
    OFFICIAL = "ambtenaar"


class ContactChannel(StrEnum):
    """How a logged conversation took place (``Contact.channel``)."""

    PHONE = "telefoon"
    MEETING = "gesprek"
    VIDEO = "video"
    EMAIL = "email"
    LETTER = "brief"
    PORTAL = "portaal"


class ContactPreference(StrEnum):
    """How the resident wants to be contacted (``Request.contact_preference``)."""

    NONE = "geen"
    PHONE = "telefoon"
    EMAIL = "email"


class Outcome(StrEnum):
    """The outcome of a request (``Request.outcome``, ``Article.outcome`` for own articles)."""

    RESOLVED = "opgelost"
    PARTLY_RESOLVED = "deels_opgelost"
    NOT_RESOLVED = "niet_opgelost"
    REFERRED = "doorverwezen"
    WITHDRAWN = "ingetrokken"


class ReferralRoute(StrEnum):
    """The formal route a request was referred to (``Request.referral_route``)."""

    COMPLAINT = "klacht"
    OBJECTION = "bezwaar"
    OMBUDSMAN = "ombudsman"
    COURT = "rechter"


class ReferralCategory(StrEnum):
    """Why a request was referred (``Request.referral_category``), counted on the accountability pages."""

    OUT_OF_SCOPE = "buiten_bevoegdheid"
    STATUTORY_TERM = "wettelijke_termijn"
    NO_AGREEMENT = "geen_overeenstemming"
    RESIDENT_CHOOSES_FORMAL = "inwoner_wil_formeel"
    OTHER = "anders"


class AgreementStatus(StrEnum):
    """Whether the municipality kept a promise (``Agreement.status``)."""

    OPEN = "open"
    KEPT = "kept"
    BROKEN = "broken"


class Role(StrEnum):
    """A back-office account's role (``User.role``)."""

    MEDIATOR = "mediator"
    ADMIN = "admin"


class ArticleStatus(StrEnum):
    """A knowledge-base article's state (``Article.status``)."""

    DRAFT = "draft"
    REVIEW = "review"
    PUBLISHED = "published"
    WITHDRAWN = "withdrawn"
    HELD = "held"  # imported from a followed portal, held back while the anonymizer has findings


class ImprovementStatus(StrEnum):
    """A learning point's state (``Improvement.status``)."""

    PLANNED = "gepland"
    IN_PROGRESS = "in_uitvoering"
    DONE = "gereed"
    DROPPED = "vervallen"


class MailState(StrEnum):
    """Where a mail in the outbox stands (``MailOutbox.state``); see portal/models_mail.py."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNCERTAIN = "uncertain"


class FundKind(StrEnum):
    """A burgerfonds ledger line's direction (``FundEntry.kind``)."""

    INCOME = "income"
    SPENDING = "spending"
