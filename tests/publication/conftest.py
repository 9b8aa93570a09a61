"""Fixtures for the publication workflow: a resolved request whose resident consented, staff clients."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from werkzeug.test import TestResponse

from portal.auth import hash_password
from portal.extensions import db
from portal.models import Department, Official, Request, Theme, User
from portal.services import requests as req_service
from tests.conftest import PASSWORD, csrf_token, login

RESIDENT = {"name": "Şükrü van der Brink-Öztürk", "email": "s.brink84@voorbeeld-mail.nl", "phone": "06-41234567"}
OFFICIAL = "Henk Geheimzinnig"
# The resident's own words: their name, e-mail address and phone number, a neighbour, an official, an address.
STORY = (
    f"Ik ben {RESIDENT['name']}. Mijn buurman, de heer Jansen, en ik kregen een parkeerboete voor ons "
    "eigen huis aan de Lindelaan 14. Ik belde 06 4123 4567 en mailde s.brink84@voorbeeld-mail.nl, "
    f"maar niemand reageerde. Toen sprak ik met {OFFICIAL} van Parkeren."
)
SUMMARY = "De boete is kwijtgescholden. Meneer Öztürk krijgt een brief."


def staff_client(server: Flask, email: str) -> FlaskClient:
    client = server.test_client()
    response = login(client, email)
    assert response.status_code == 302, email
    return client


def post(client: FlaskClient, url: str, data: dict[str, Any] | None = None, **kw: Any) -> TestResponse:
    return client.post(url, data={"csrf_token": csrf_token(client, "/bemiddeling/"), **(data or {})}, **kw)


def make_request(
    status: str = "opgelost", consent: bool = True, sub: str = "pub-1", contact: dict | None = None, what: str = STORY
) -> Request:
    """A request through the real services, with a contact and an agreement naming an official."""
    contact = contact or RESIDENT
    mediator = db.session.execute(select(User).where(User.email == "med1@test.nl")).scalar_one()
    theme = db.session.execute(select(Theme).where(Theme.slug == "parkeren")).scalar_one()
    department = db.session.execute(select(Department).where(Department.name == "Parkeren en handhaving")).scalar_one()
    official = db.session.execute(select(Official).where(Official.name == OFFICIAL)).scalar_one_or_none()
    if official is None:
        official = Official(name=OFFICIAL, role="teamleider", department_id=department.id)
        db.session.add(official)
        db.session.commit()
    req, _code, _ = req_service.submit(
        req_service.Submission(
            what_happened=what,
            desired_outcome="Dat de boete vervalt en ik een excuus krijg.",
            theme_id=theme.id,
            contact_name=contact.get("name"),
            contact_email=contact.get("email"),
            contact_phone=contact.get("phone"),
            contact_preference="email",
            consent_publication=consent,
            submission_id=sub,
            received_at=dt.datetime(2025, 11, 3, 9, 30),
        )
    )
    req_service.set_classification(req, mediator, theme.id, department.id)
    if status == "ontvangen":
        return req
    req_service.transition(req, "in_verkenning", mediator)
    req_service.log_contact(
        req,
        mediator,
        dt.datetime(2025, 11, 4, 10, 0),
        "telefoon",
        "bewoner, teamleider",
        f"Gesproken met {OFFICIAL}; hij kijkt ernaar.",
        False,
        official.id,
    )
    req_service.add_agreement(
        req,
        mediator,
        "De boete wordt opnieuw bekeken.",
        department.id,
        "teamleider",
        dt.date(2025, 11, 20),
        official.id,
    )
    if status == "in_verkenning":
        return req
    if status == "ingetrokken":
        req_service.transition(req, "ingetrokken", mediator)
        return req
    if status == "doorverwezen":
        req_service.transition(
            req,
            "doorverwezen",
            mediator,
            referral_route="bezwaar",
            referral_reason="De bewoner wil een formeel besluit.",
        )
        return req
    if status == "niet_opgelost":
        req_service.transition(req, "niet_opgelost", mediator, outcome_summary=SUMMARY)
        return req
    req_service.transition(req, "opgelost", mediator, outcome="deels_opgelost", outcome_summary=SUMMARY)
    if status == "afgerond":
        req_service.transition(req, "afgerond", mediator)
    return req


@pytest.fixture
def second_admin(app: Flask) -> User:
    user = User(email="admin2@test.nl", name="Bea Beheer", role="admin", password_hash=hash_password(PASSWORD))
    db.session.add(user)
    db.session.commit()
    return user


@pytest.fixture
def resolved(app: Flask) -> Request:
    return make_request()


@pytest.fixture
def clients(server: Flask, second_admin: User) -> Callable[[str], FlaskClient]:
    cache: dict[str, FlaskClient] = {}

    def get(email: str) -> FlaskClient:
        if email not in cache:
            cache[email] = staff_client(server, email)
        return cache[email]

    return get


def personal_bits(contact: dict | None = None) -> list[str]:
    """Every piece of the resident's record that must never reach an article."""
    contact = contact or RESIDENT
    parts = [p for p in re.split(r"[\s\-]+", contact["name"]) if p.lower() not in ("van", "der", "de")]
    return [*parts, contact["email"], contact["email"].split("@")[0], OFFICIAL.split()[0], OFFICIAL.split()[1]]


def phone_in(text: str, phone: str = RESIDENT["phone"]) -> bool:
    digits = re.sub(r"\D", "", phone).lstrip("0")
    return digits in re.sub(r"\D", "", text)
