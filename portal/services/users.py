"""Back-office accounts (mediators and admins): create, change and deactivate, each with an audit entry.

Used by the back office (the admin is the actor) and by `flask create-user` (no actor: the audit entry names the
command line, `via="cli"`, and the audit page shows it as "bewoner/systeem"). Every refusal is a `UserError`
with a Dutch message that is safe to show, and names the field it is about.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from .. import labels
from ..auth import MIN_PASSWORD_LENGTH, hash_password
from ..extensions import db
from ..models import User
from ..models_enums import Role
from . import audit

NAME_MAX = 120
EMAIL_MAX = 254
PASSWORD_MAX = 500
ADMIN = Role.ADMIN
DUPLICATE_EMAIL = "Er is al een account met dit e-mailadres."


class UserError(ValueError):
    """A refused account change; the message is Dutch and safe to show, `field` names the form field."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


def _clean_name(name: object) -> str:
    """A person's name on one line: control characters (NUL, line breaks) removed, spaces collapsed."""
    if not isinstance(name, str):
        raise UserError("Vul een naam in.", "name")
    text = " ".join("".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in name).split())
    if not text:
        raise UserError("Vul een naam in.", "name")
    if len(text) > NAME_MAX:
        raise UserError(f"De naam is te lang (hoogstens {NAME_MAX} tekens).", "name")
    return text


def normalise_email(email: object) -> str:
    """The address as stored and looked up at log-in (trimmed, lower case); refused when it is no address."""
    if not isinstance(email, str) or not email.strip():
        raise UserError("Vul een e-mailadres in.", "email")
    text = email.strip().lower()
    if len(text) > EMAIL_MAX or any(unicodedata.category(ch) == "Cc" for ch in text):
        raise UserError("Dit is geen geldig e-mailadres.", "email")
    try:
        validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise UserError("Dit is geen geldig e-mailadres.", "email") from exc
    return text


def _check_role(role: object) -> str:
    if not isinstance(role, str) or role not in labels.ROLES:
        raise UserError("Kies een bestaande rol: bemiddelaar of beheerder.", "role")
    return str(role)


def _check_password(password: object) -> str:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"Het wachtwoord moet minstens {MIN_PASSWORD_LENGTH} tekens hebben.", "password")
    if len(password) > PASSWORD_MAX or "\x00" in password:
        raise UserError(f"Kies een wachtwoord van hoogstens {PASSWORD_MAX} tekens, zonder stuurtekens.", "password")
    return password


def _email_taken(email: str, other_than: int | None = None) -> bool:
    stmt = select(User.id).where(User.email == email)
    if other_than is not None:
        stmt = stmt.where(User.id != other_than)
    return db.session.execute(stmt.limit(1)).first() is not None


@contextmanager
def _unique_email() -> Iterator[None]:
    """A unique-email race with another request (caught by the database) becomes the same Dutch refusal."""
    try:
        yield
    except IntegrityError as exc:
        db.session.rollback()
        raise UserError(DUPLICATE_EMAIL, "email") from exc


def _active_admins() -> int:
    return db.session.execute(select(func.count(User.id)).where(User.role == ADMIN, User.active.is_(True))).scalar_one()


def all_users() -> list[User]:
    return list(db.session.execute(select(User).order_by(User.name, User.id)).scalars())


def create(actor: User | None, *, email: str, name: str, role: str, password: str, via: str | None = None) -> User:
    """Create an account and its audit entry in one transaction (committed). `via` names a non-web origin."""
    user = User(
        email=normalise_email(email),
        name=_clean_name(name),
        role=_check_role(role),
        password_hash=hash_password(_check_password(password)),
    )
    if _email_taken(user.email):
        raise UserError(DUPLICATE_EMAIL, "email")
    with _unique_email():
        db.session.add(user)
        db.session.flush()  # the id, for the audit entry
        audit.record(actor, "user.create", user, role=user.role, via=via)
        db.session.commit()
    return user


def change(
    actor: User | None,
    user: User,
    *,
    name: str | None = None,
    email: str | None = None,
    role: str | None = None,
    password: str | None = None,
    via: str | None = None,
) -> list[str]:
    """Change the given fields (None: unchanged); returns the names of the fields that changed (committed).

    A new password or e-mail address ends every session of the account. The audit entry lists the changed
    fields and the roles, never a password or its hash.
    """
    new = {
        "name": None if name is None else _clean_name(name),
        "email": None if email is None else normalise_email(email),
        "role": None if role is None else _check_role(role),
    }
    if password is not None:
        _check_password(password)
    if new["email"] is not None and new["email"] != user.email and _email_taken(new["email"], user.id):
        raise UserError(DUPLICATE_EMAIL, "email")
    if new["role"] not in (None, ADMIN) and user.role == ADMIN and user.active and _active_admins() <= 1:
        raise UserError("Er moet minstens één actieve beheerder blijven.", "role")
    changed = [f for f, value in new.items() if value is not None and value != getattr(user, f)]
    detail: dict[str, object] = {}
    if "role" in changed:
        detail = {"before": user.role, "after": new["role"]}
    for f in changed:
        setattr(user, f, new[f])
    if password is not None:
        user.password_hash = hash_password(password)
        changed.append("password")
    if not changed:
        return []
    if "email" in changed or "password" in changed:
        user.session_version += 1  # every older session cookie of this account stops working
    audit.record(actor, "user.change", user, fields=changed, via=via, **detail)
    with _unique_email():
        db.session.commit()
    return changed


def set_active(actor: User | None, user: User, active: bool, *, via: str | None = None) -> bool:
    """Switch an account on or off (committed); off also ends its sessions. Returns whether anything changed."""
    if not active and actor is not None and actor.id == user.id:
        raise UserError("U kunt uw eigen account niet uitzetten.", "active")
    if not active and user.role == ADMIN and user.active and _active_admins() <= 1:
        raise UserError("Er moet minstens één actieve beheerder blijven.", "active")
    if user.active == active:
        return False
    user.active = active
    user.session_version += 1
    audit.record(actor, "user.active", user, active=active, via=via)
    db.session.commit()
    return True


def deactivate(actor: User | None, user: User, *, via: str | None = None) -> bool:
    """Switch an account off: it can no longer log in and its sessions end. Nothing is deleted."""
    return set_active(actor, user, False, via=via)
