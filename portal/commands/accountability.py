"""`flask --app portal accountability rebuild|seed-demo`: rollups behind /verantwoording and demo fund data."""

from __future__ import annotations

import random

import click
from flask import Flask
from flask.cli import AppGroup

from ..services import accountability, fund

group = AppGroup("accountability", help="Verantwoording: cijfers opnieuw berekenen en demodata.")


@group.command("rebuild")
def rebuild_command() -> None:
    """Recompute every daily rollup (after a bulk import outside the application)."""
    accountability.rebuild()
    click.echo("Verantwoordingscijfers opnieuw berekend.")


@group.command("seed-demo")
def seed_demo_command() -> None:
    """Add demo burgerfonds entries and learning points (only when the ledger is empty)."""
    fund.seed_demo(random.Random(42))
    click.echo("Demodata voor burgerfonds en leerpunten klaar.")


def register(app: Flask) -> None:
    app.cli.add_command(group)
