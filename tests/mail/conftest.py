"""Fixtures of the mail tests: a real SMTP server and an app that sends through it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask

from tests.mail.mail_helpers import SmtpServer


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture
def smtp_app(app: Flask, smtp: SmtpServer) -> Flask:
    """The test app, sending through the real SMTP server."""
    app.config["MAIL_SERVER"] = smtp.url
    app.config["MAIL_FROM"] = "Bemiddeling Voorbeeld <bemiddeling@voorbeeld.example>"
    app.config["BASE_URL"] = "https://afstemming.voorbeeld.example"
    return app
