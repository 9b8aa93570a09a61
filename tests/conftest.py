"""Shared fixtures: a real SQLite file in a temporary data folder, migrated by Alembic once per session."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from portal import create_app
from portal.auth import hash_password
from portal.extensions import db
from portal.models import User

PASSWORD = "correct horse battery staple"
CSRF_RE = re.compile(r'name="[\w-]*csrf_token"[^>]*?value="([^"]+)"')


def _config(folder: Path) -> dict:
    return {"TESTING": True, "DATA_DIR": str(folder), "SECRET_KEY": "test-secret", "INDEX_WRITER": "external",
            "SERVER_NAME": "localhost"}


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate once, seed the catalog and three accounts; each test gets a copy of this file."""
    folder = tmp_path_factory.mktemp("template")
    app = create_app(_config(folder))
    with app.app_context():
        from flask_migrate import upgrade

        from portal import demo

        upgrade(directory=app.extensions["migrate"].directory, revision="heads")
        demo._catalog()
        for email, name, role in (("admin@test.nl", "Ada Admin", "admin"),
                                  ("med1@test.nl", "Mo Mediator", "mediator"),
                                  ("med2@test.nl", "Noor Mediator", "mediator")):
            db.session.add(User(email=email, name=name, role=role, password_hash=hash_password(PASSWORD)))
        db.session.commit()
        db.engine.dispose()
    return folder / "portal.db"


class FreshClient(FlaskClient):
    """After each request the test's own session starts afresh, so it reads what the request committed."""

    def open(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        response = super().open(*args, **kwargs)
        db.session.commit()
        return response


@pytest.fixture
def app(tmp_path: Path, template_db: Path) -> Iterator[Flask]:
    """The app the test inspects the database through (its app context stays pushed)."""
    shutil.copy(template_db, tmp_path / "portal.db")
    application = create_app(_config(tmp_path))
    with application.app_context():
        yield application
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def server(app: Flask) -> Iterator[Flask]:
    """A second app instance on the same data folder that serves the requests.

    Requests then get their own app context (and so their own `g` and session), as in production,
    instead of sharing the test's pushed context.
    """
    application = create_app(_config(Path(app.config["DATA_DIR"])))
    application.test_client_class = FreshClient
    yield application
    with application.app_context():
        db.engine.dispose()


@pytest.fixture
def client(server: Flask) -> FlaskClient:
    return server.test_client()


def csrf_token(client: FlaskClient, url: str = "/verzoek/nieuw") -> str:
    page = client.get(url).get_data(as_text=True)
    match = CSRF_RE.search(page)
    assert match, f"no CSRF token on {url}"
    return match.group(1)


def login(client: FlaskClient, email: str = "med1@test.nl", password: str = PASSWORD):  # type: ignore[no-untyped-def]
    token = csrf_token(client, "/bemiddeling/inloggen")
    return client.post("/bemiddeling/inloggen", data={"csrf_token": token, "email": email, "password": password})


def user(email: str) -> User:
    return db.session.execute(db.select(User).where(User.email == email)).scalar_one()
