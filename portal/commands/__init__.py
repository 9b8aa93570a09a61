"""Every command under `flask --app portal ...`, one module per area, each with `register(app)`."""

from __future__ import annotations

from flask import Flask, current_app


def ensure_schema() -> None:
    """Commands must work on an empty data folder: apply migrations first (a no-op when current)."""
    from flask_migrate import upgrade

    upgrade(directory=current_app.extensions["migrate"].directory, revision="heads")


def init_app(app: Flask) -> None:
    """Register every command group, by name."""
    from . import access, accountability, backup, commons, kb, mail, retention, setup

    for module in (kb, setup, access, accountability, backup, mail, retention, commons):
        module.register(app)
