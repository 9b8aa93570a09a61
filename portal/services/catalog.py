"""Themes, departments and officials: the lists admins keep and forms choose from."""

from __future__ import annotations

from sqlalchemy import select

from ..extensions import db
from ..models import Department, Official, Theme, User
from . import audit


def themes(active_only: bool = True) -> list[Theme]:
    stmt = select(Theme).order_by(Theme.name)
    if active_only:
        stmt = stmt.where(Theme.active.is_(True))
    return list(db.session.execute(stmt).scalars())


def departments(active_only: bool = True) -> list[Department]:
    stmt = select(Department).order_by(Department.name)
    if active_only:
        stmt = stmt.where(Department.active.is_(True))
    return list(db.session.execute(stmt).scalars())


def officials() -> list[Official]:
    return list(db.session.execute(select(Official).order_by(Official.name)).scalars())


def mediators() -> list[User]:
    return list(db.session.execute(select(User).where(User.active.is_(True)).order_by(User.name)).scalars())


def theme_by_slug(slug: str) -> Theme | None:
    return db.session.execute(select(Theme).where(Theme.slug == slug)).scalar_one_or_none()


def add_theme(actor: User, name: str) -> Theme:
    from .text import slugify

    theme = Theme(slug=slugify(name), name=name)
    db.session.add(theme)
    db.session.flush()
    audit.record(actor, "theme.create", theme, name=name)
    db.session.commit()
    return theme


def add_department(actor: User, name: str) -> Department:
    department = Department(name=name)
    db.session.add(department)
    db.session.flush()
    audit.record(actor, "department.create", department, name=name)
    db.session.commit()
    return department


def add_official(actor: User, name: str, role: str, department_id: int | None) -> Official:
    official = Official(name=name, role=role, department_id=department_id)
    db.session.add(official)
    db.session.flush()
    audit.record(actor, "official.create", official, department=department_id)
    db.session.commit()
    return official


def optional_id(raw: str | None) -> int | None:
    # ASCII digits only ('²'.isdigit() is True but int('²') fails) and within INTEGER (PostgreSQL would refuse).
    return int(raw) if raw and raw.isascii() and raw.isdigit() and len(raw) <= 9 else None
