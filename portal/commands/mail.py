"""`flask --app portal mail ...`: send, count and summarise mail."""

from __future__ import annotations

import datetime as dt
import time

import click
from flask import Flask
from flask.cli import AppGroup

from ..extensions import db
from ..services import mail as mail_service
from . import ensure_schema

mail = AppGroup("mail", help="E-mail: versturen, tellen en de dagelijkse samenvatting.")


@mail.command("flush")
def mail_flush() -> None:
    """Send every pending mail that is due now (waits for a running sender)."""
    ensure_schema()
    report = mail_service.flush(blocking=True)
    click.echo(str(report))


@mail.command("status")
def mail_status() -> None:
    """Show how many mails are in each state."""
    ensure_schema()
    counts = mail_service.status_counts()
    for state, n in counts.items():
        click.echo(f"{state}: {n}")


@mail.command("worker")
@click.option("--interval", default=5.0, help="Seconden tussen twee rondes.")
@click.option("--once", is_flag=True, help="Eén ronde en stoppen.")
def mail_worker(interval: float, once: bool) -> None:
    """Run the mail sender (use with PORTAL_MAIL_SENDER=external). The lock is taken per round."""
    ensure_schema()
    while True:
        try:
            report = mail_service.flush(blocking=True)
            if report and (report.sent or report.failed or report.retry or report.uncertain):
                click.echo(str(report))
        finally:
            db.session.remove()
        if once:
            return
        time.sleep(interval)


@mail.command("digest")
@click.option("--datum", default=None, help="De dag van de samenvatting (JJJJ-MM-DD); standaard vandaag.")
def mail_digest(datum: str | None) -> None:
    """Queue the daily digest per mediator and tell residents about agreement dates that passed (run daily)."""
    from ..services import notify

    ensure_schema()
    day = None
    if datum:
        try:
            day = dt.date.fromisoformat(datum)
        except ValueError as exc:
            raise click.BadParameter(
                "Gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 2026-03-02.", param_hint="--datum"
            ) from exc
    queued, agreements = notify.send_digests(day)
    db.session.commit()
    click.echo(f"{queued} dagelijkse samenvattingen en {agreements} mails over verlopen afspraken klaargezet.")


def register(app: Flask) -> None:
    app.cli.add_command(mail)
