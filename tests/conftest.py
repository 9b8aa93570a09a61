"""Shared fixtures: a real SQLite file in a temporary data folder, migrated by Alembic once per session.

With PORTAL_TEST_DATABASE_URL=postgresql+psycopg://... (an account that may create databases; `python -m
tests.pg_run` starts a private server and sets it) the same fixtures run on PostgreSQL instead: the template
is a migrated database and every test gets its own `CREATE DATABASE ... TEMPLATE` copy, dropped afterwards.
Tests that only make sense on SQLite carry `@pytest.mark.sqlite_only` and are skipped there.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from portal import background, create_app
from portal.auth import hash_password
from portal.extensions import db
from portal.models import User
from portal.security import SQLITE_NOTED

PASSWORD = "correct horse battery staple"
CSRF_RE = re.compile(r'name="[\w-]*csrf_token"[^>]*?value="([^"]+)"')


@pytest.fixture(autouse=True)
def _fresh_sqlite_note(monkeypatch: pytest.MonkeyPatch) -> None:
    """An app made in this process marks the SQLite note as said; servers a later test starts must not inherit it."""
    monkeypatch.delenv(SQLITE_NOTED, raising=False)


@pytest.fixture(autouse=True)
def _no_background_thread_left() -> Iterator[None]:
    """No test leaves a portal background thread running (stop them with `background.stop(app)`).

    A left thread keeps working on a data folder or database that is gone, and logs a traceback every round;
    formatting those in a second thread once broke an unrelated test in CPython 3.11 (a shared AST counter).
    """
    yield
    left = sorted(t.name for t in threading.enumerate() if t.name in background.NAMES and t.is_alive())
    assert not left, f"background threads still running after the test: {left}"


PG_ADMIN_URL = os.environ.get("PORTAL_TEST_DATABASE_URL", "")
ON_POSTGRES = PG_ADMIN_URL.startswith("postgresql")
_db_numbers = itertools.count(1)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only(reason): the test checks SQLite itself (skipped on PostgreSQL)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not ON_POSTGRES:
        return
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            reason = marker.kwargs.get("reason") or (marker.args[0] if marker.args else "SQLite-specific")
            item.add_marker(pytest.mark.skip(reason=f"sqlite_only: {reason}"))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config) -> None:
    """A quiet first start: one line per skipped suite with the command that installs what it needs."""
    from tests.skipped_suites import hint_lines

    for line in hint_lines(terminalreporter.stats.get("skipped", []), ON_POSTGRES):
        terminalreporter.write_line(line, yellow=True)


def _config(folder: Path, database_url: str | None = None) -> dict:
    config = {
        "TESTING": True,
        "DATA_DIR": str(folder),
        "SECRET_KEY": "test-secret",
        "INDEX_WRITER": "external",
        "SERVER_NAME": "localhost",
    }
    if database_url:
        config["DATABASE_URL"] = database_url
    return config


def _seed_template(folder: Path, url: str | None) -> None:
    """Migrate to every head, seed the catalog and three accounts."""
    app = create_app(_config(folder, url))
    with app.app_context():
        from flask_migrate import upgrade

        from portal import demo

        upgrade(directory=app.extensions["migrate"].directory, revision="heads")
        demo._catalog()
        for email, name, role in (
            ("admin@test.nl", "Ada Admin", "admin"),
            ("med1@test.nl", "Mo Mediator", "mediator"),
            ("med2@test.nl", "Noor Mediator", "mediator"),
        ):
            db.session.add(User(email=email, name=name, role=role, password_hash=hash_password(PASSWORD)))
        db.session.commit()
        db.engine.dispose()


@pytest.fixture(scope="session")
def pg_template_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """PostgreSQL only: the migrated, seeded template database's name (each test clones it)."""
    from tests import pgtemp

    if not ON_POSTGRES:
        pytest.skip("PostgreSQL only")
    tpl_name = f"portal_tpl_{os.getpid()}"
    pgtemp.drop_database(PG_ADMIN_URL, tpl_name)
    _seed_template(tmp_path_factory.mktemp("template"), pgtemp.create_database(PG_ADMIN_URL, tpl_name))
    yield tpl_name
    pgtemp.drop_database(PG_ADMIN_URL, tpl_name)


@pytest.fixture(scope="session")
def template_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path | str:
    """Migrate once, seed the catalog and three accounts; each test gets a copy of this file.

    On PostgreSQL the value is the template database's name instead of a file path.
    """
    if ON_POSTGRES:
        return request.getfixturevalue("pg_template_db")
    folder = tmp_path_factory.mktemp("template")
    _seed_template(folder, None)
    return folder / "portal.db"


class FreshClient(FlaskClient):
    """After each request the test's own session starts afresh, so it reads what the request committed."""

    def open(self, *args: Any, **kwargs: Any) -> TestResponse:
        response = super().open(*args, **kwargs)
        db.session.commit()
        return response


@pytest.fixture
def app(request: pytest.FixtureRequest, tmp_path: Path, template_db: Path | str) -> Iterator[Flask]:
    """The app the test inspects the database through (its app context stays pushed)."""
    if not ON_POSTGRES:
        shutil.copy(template_db, tmp_path / "portal.db")
        application = create_app(_config(tmp_path))
        with application.app_context():
            yield application
            db.session.remove()
            db.engine.dispose()
        return
    from tests import pgtemp

    # A suite that overrides `template_db` with a SQLite file still gets the shared PostgreSQL template.
    template = template_db if isinstance(template_db, str) else request.getfixturevalue("pg_template_db")
    name = f"portal_t{os.getpid()}_{next(_db_numbers)}"
    url = pgtemp.create_database(PG_ADMIN_URL, name, template=template)
    try:
        application = create_app(_config(tmp_path, url))
        with application.app_context():
            yield application
            db.session.remove()
            db.engine.dispose()
    finally:
        pgtemp.drop_database(PG_ADMIN_URL, name)


@pytest.fixture
def server(app: Flask) -> Iterator[Flask]:
    """A second app instance on the same data folder that serves the requests.

    Requests then get their own app context (and so their own `g` and session), as in production,
    instead of sharing the test's pushed context.
    """
    application = create_app(_config(Path(app.config["DATA_DIR"]), app.config.get("DATABASE_URL")))
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


def login(client: FlaskClient, email: str = "med1@test.nl", password: str = PASSWORD) -> TestResponse:
    token = csrf_token(client, "/bemiddeling/inloggen")
    return client.post("/bemiddeling/inloggen", data={"csrf_token": token, "email": email, "password": password})


def user(email: str) -> User:
    return db.session.execute(db.select(User).where(User.email == email)).scalar_one()
