"""`flask --app portal retention run [--months N] [--dry-run]`: the AVG retention rule."""

from __future__ import annotations

import click
from flask import Flask
from flask.cli import AppGroup

from ..services import retention

group = AppGroup("retention", help="Bewaartermijn: persoonsgegevens van gesloten verzoeken wissen.")


@group.command("run")
@click.option("--months", type=click.IntRange(min=0), default=None,
              help="Bewaartermijn in maanden na afsluiten (standaard PORTAL_RETENTION_MONTHS of 12).")
@click.option("--dry-run", is_flag=True, help="Alleen tellen, niets wissen.")
def run_command(months: int | None, dry_run: bool) -> None:
    """Erase contact details and free text of requests closed longer ago than the retention period."""
    report = retention.run(months=months, dry_run=dry_run)
    verb = "zouden worden gewist" if dry_run else "gewist"
    click.echo(f"Bewaartermijn tot {report.cutoff:%d-%m-%Y}: {report.requests} verzoeken {verb} "
               f"({report.contacts} contactmomenten, {report.agreements} afspraken, {report.notes} notities).")


def register(app: Flask) -> None:
    app.cli.add_command(group)
