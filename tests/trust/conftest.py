"""Fixtures for the trust tests: extra app instances (think: gunicorn workers) on the test's data folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask import Flask

from portal import background, create_app
from portal.extensions import db
from tests.conftest import FreshClient
from tests.trust.trust_support import base_config


@pytest.fixture
def make_app(app: Flask) -> Iterator[Callable[..., Flask]]:
    """Build more app instances on the test's data folder and database; disposed afterwards."""
    made: list[Flask] = []

    def factory(**extra: Any) -> Flask:
        application = create_app(base_config(app, **extra))
        application.test_client_class = FreshClient
        made.append(application)
        return application

    yield factory
    for application in made:
        background.stop(application)
        with application.app_context():
            db.engine.dispose()
