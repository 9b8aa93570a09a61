"""`flask --app portal retention run [--months N] [--dry-run]`: the AVG retention rule."""

from __future__ import annotations

import click
from flask import Flask
from flask.cli import AppGroup

from ..services import retention

group = AppGroup("retention", help="Bewaartermijn: vergeten verzoeken afronden, persoonsgegevens wissen.")


@group.command("run")
@click.option(
    "--months",
    type=click.IntRange(min=0),
    default=None,
    help="Bewaartermijn in maanden na de laatste activiteit (standaard PORTAL_RETENTION_MONTHS of 12).",
)
@click.option(
    "--close-after-days",
    type=click.IntRange(min=1),
    default=None,
    help="Opgeloste of doorverwezen verzoeken zonder activiteit automatisch afronden na dit aantal dagen "
    "(standaard PORTAL_AUTO_CLOSE_DAYS of 90).",
)
@click.option("--dry-run", is_flag=True, help="Alleen tellen, niets afronden of wissen.")
def run_command(months: int | None, close_after_days: int | None, dry_run: bool) -> None:
    """Close forgotten requests, then erase personal data of requests closed and inactive past the period."""
    report = retention.run(months=months, dry_run=dry_run, auto_close_days=close_after_days)
    would = "zouden worden " if dry_run else ""
    closed_verb = "automatisch afgerond" if not dry_run else "automatisch afgerond worden"
    click.echo(
        f"{len(report.closed_ids)} verzoeken {'zouden ' if dry_run else ''}{closed_verb} "
        "(geen activiteit en geen antwoord op de controlevraag)."
    )
    verb = f"{would}gewist" if dry_run else "gewist"
    click.echo(
        f"Bewaartermijn tot {report.cutoff:%d-%m-%Y} (laatste activiteit): {report.requests} verzoeken {verb} "
        f"({report.contact_details} met contactgegevens, {report.contacts} contactmomenten, "
        f"{report.agreements} afspraken, {report.notes} notities)."
    )
    if report.numbers:
        click.echo(
            "Gewist: " + ", ".join(report.numbers) + " (naam, e-mail, telefoon, verhaal, gewenste uitkomst, "
            "uitleg, gesprekssamenvattingen, afspraakteksten, notities, antwoord op de controlevraag)."
        )
    if not dry_run:
        click.echo(f"{report.login_attempts} verlopen mislukte inlogpogingen verwijderd.")


def register(app: Flask) -> None:
    app.cli.add_command(group)
