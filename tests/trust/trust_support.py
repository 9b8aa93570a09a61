"""Helpers shared by the trust tests (fixtures live in conftest.py)."""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from werkzeug.test import TestResponse

from portal.extensions import db
from portal.models import Request
from tests.conftest import csrf_token

STORY = {
    "what_happened": "Mijn parkeervergunning is afgewezen, maar ik woon hier al tien jaar.",
    "desired_outcome": "Een nieuwe beoordeling van mijn aanvraag.",
    "theme": "parkeren",
    "contact_name": "Ingrid Test",
    "contact_email": "ingrid@example.org",
    "contact_phone": "06 12345678",
    "contact_preference": "email",
}


def base_config(app: Flask, **extra: Any) -> dict[str, Any]:
    """The conftest's test configuration for another app on the same data folder (and database)."""
    config: dict[str, Any] = {
        "TESTING": True,
        "DATA_DIR": app.config["DATA_DIR"],
        "SECRET_KEY": "test-secret",
        "INDEX_WRITER": "external",
        "SERVER_NAME": "localhost",
    }
    if app.config.get("DATABASE_URL"):
        config["DATABASE_URL"] = app.config["DATABASE_URL"]
    config.update(extra)
    return config


def submit(client: FlaskClient, sub: str, **overrides: str) -> TestResponse:
    """Post the resident form (CSRF token first) and return the response."""
    data = {**STORY, "csrf_token": csrf_token(client), "submission_id": sub}
    data.update(overrides)
    return client.post("/verzoek/nieuw", data=data)


def code_of(response: TestResponse) -> str:
    assert response.status_code == 302, response.status_code
    return response.headers["Location"].split("/")[-2]


def request_by_submission(sub: str) -> Request:
    return db.session.execute(select(Request).where(Request.submission_id == sub)).scalar_one()
