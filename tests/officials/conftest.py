"""Fixtures for officials, residents adding information and opschorting: requests, staff clients, mail links."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from werkzeug.test import TestResponse

from portal.extensions import db
from portal.models import Agreement, Department, Request
from portal.models_mail import MailOutbox
from portal.services import requests as req_service
from tests.conftest import csrf_token, login, user

LINK_RE = re.compile(r"https?://\S+/ambtenaar/link/[A-Za-z0-9_.\-]+")


def staff_client(server: Flask, email: str = "med1@test.nl") -> FlaskClient:
    client = server.test_client()
    assert login(client, email).status_code == 302
    return client


def new_request(
    story: str = "Mijn parkeervergunning is geweigerd zonder uitleg.", email: str | None = None, sub: str | None = None
) -> tuple[Request, str]:
    req, code, _ = req_service.submit(
        req_service.Submission(
            what_happened=story,
            desired_outcome="Een gesprek.",
            contact_name="Ine Inwoner" if email else None,
            contact_email=email,
            contact_preference="email" if email else "geen",
            **({"submission_id": sub} if sub else {}),
        )
    )
    assert code
    return req, code


def agreement_for(req: Request, description: str = "De afdeling belt de bewoner terug.") -> Agreement:
    department = db.session.execute(select(Department).order_by(Department.id)).scalars().first()
    return req_service.add_agreement(
        req, user("med1@test.nl"), description, department.id, "teamleider", dt.date.today() + dt.timedelta(days=14)
    )


def mails(kind: str | None = None) -> list[MailOutbox]:
    stmt = select(MailOutbox).order_by(MailOutbox.id)
    if kind:
        stmt = stmt.where(MailOutbox.kind == kind)
    return list(db.session.execute(stmt).scalars())


def link_from_mail(row: MailOutbox) -> str:
    """The path of the official's personal link in an invitation mail."""
    match = LINK_RE.search(row.body_text)
    assert match, row.body_text
    return urlsplit(match.group(0)).path


def invite(
    staff: FlaskClient,
    req: Request,
    agreement: Agreement | None = None,
    email: str = "a.ambt@gemeente.nl",
    name: str = "Anna Ambtenaar",
    question: str = "Kunt u de bewoner deze week terugbellen?",
    **extra: str,
) -> TestResponse:
    token = csrf_token(staff, f"/bemiddeling/verzoek/{req.id}")
    data = {
        "o-csrf_token": token,
        "o-official": "",
        "o-name": name,
        "o-email": email,
        "o-department": "",
        "o-agreement": str(agreement.id) if agreement else "",
        "o-question": question,
        **extra,
    }
    return staff.post(f"/bemiddeling/verzoek/{req.id}/ambtenaar-uitnodigen", data=data)


def invite_and_link(staff: FlaskClient, req: Request, agreement: Agreement | None = None) -> str:
    response = invite(staff, req, agreement)
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    return link_from_mail(mails("official_invitation")[-1])


def page_version(client: FlaskClient, path: str, prefix: str) -> tuple[str, str]:
    """(csrf token, version) of one of the forms on the official's page."""
    page = client.get(path).get_data(as_text=True)
    token = re.search(rf'name="{prefix}-csrf_token"[^>]*value="([^"]+)"', page)
    version = re.search(rf'name="{prefix}-version"[^>]*value="([^"]*)"', page)
    if token is None:  # the form is not offered: post anyway, with another form's token and version
        token = re.search(r'name="[\w-]*csrf_token"[^>]*value="([^"]+)"', page)
        version = re.search(r'name="[\w-]*-version"[^>]*value="([^"]*)"', page)
    assert token and version, page[:3000]
    return token.group(1), version.group(1)


def act(client: FlaskClient, path: str, action: str, **fields: str) -> TestResponse:
    token, version = page_version(client, path, action)
    data = {f"{action}-csrf_token": token, f"{action}-version": version}
    data.update({f"{action}-{k}": v for k, v in fields.items()})
    return client.post(f"{path}/{action}", data=data)


@pytest.fixture
def staff(server: Flask) -> FlaskClient:
    return staff_client(server)


@pytest.fixture
def public(server: Flask) -> FlaskClient:
    return server.test_client()
