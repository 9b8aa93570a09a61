"""Accountability tests: the shared fixtures, with the template database migrated to every head.

(The repository has several 0003 migrations side by side until the lead merges them; `heads` applies all.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from portal import create_app
from portal.auth import hash_password
from portal.extensions import db
from portal.models import User
from tests.conftest import PASSWORD, _config


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template_acc")
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
