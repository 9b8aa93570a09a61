"""`flask --app portal commons ...`: follow other portals' knowledge bases (the commons)."""

from __future__ import annotations

import sys

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from ..extensions import db
from ..services.commons import schedule, sources
from ..services.commons.sources import CommonsError
from ..services.commons.sync import sync_source
from . import ensure_schema

commons = AppGroup("commons", help="De gedeelde kennisbank: andere portalen volgen.")


def _fail(message: str) -> None:
    click.echo(f"Fout: {message}", err=True)
    sys.exit(1)


@commons.command("add")
@click.argument("url")
def commons_add(url: str) -> None:
    """Follow the portal at URL (its OpenAPI document is checked first)."""
    ensure_schema()
    try:
        source = sources.add_source(url)
    except CommonsError as err:
        _fail(str(err))
        return
    click.echo(
        f"Gevolgd: {source.name} ({source.base_url}), licentie {source.licence}. Synchroniseer met: commons sync"
    )


@commons.command("list")
def commons_list() -> None:
    """Show every followed portal: name, address, status, last sync, article count, last error."""
    ensure_schema()
    rows = sources.list_sources()
    if not rows:
        click.echo("Er worden nog geen andere portalen gevolgd.")
        return
    for s in rows:
        last = s.last_sync_at.strftime("%Y-%m-%d %H:%M") if s.last_sync_at else "nooit"
        state = s.status if s.active else f"{s.status} (uit)"
        line = f"{s.name}\t{s.base_url}\t{state}\tlaatste sync: {last}\t{s.article_count} artikelen"
        if s.last_error:
            line += f"\t{s.last_error}"
        click.echo(line)


@commons.command("remove")
@click.argument("url")
def commons_remove(url: str) -> None:
    """Stop following URL; its articles are deleted here and leave the search index."""
    ensure_schema()
    try:
        source = sources.find_source(url)
        name = source.name
        with schedule.sync_lock():
            count = sources.remove_source(source)
    except CommonsError as err:
        _fail(str(err))
        return
    click.echo(f"{name} wordt niet meer gevolgd; {count} artikelen verwijderd.")


@commons.command("sync")
@click.argument("url", required=False)
def commons_sync(url: str | None) -> None:
    """Sync every active followed portal now, or only URL. One line per portal."""
    ensure_schema()
    try:
        chosen = [sources.find_source(url)] if url else [s for s in sources.list_sources() if s.active]
    except CommonsError as err:
        _fail(str(err))
        return
    if not chosen:
        click.echo("Er worden nog geen andere portalen gevolgd.")
        return
    failed = False
    ids = [s.id for s in chosen]
    with schedule.sync_lock():
        for sid in ids:
            source = db.session.get(sources.CommonsSource, sid)
            if source is None:
                continue
            result = sync_source(source)
            failed = failed or result.status == "fout"
            click.echo(result.line())
    if failed:
        sys.exit(2)


@commons.command("worker")
@click.option("--interval", default=30.0, help="Seconden tussen twee controles of een bron aan de beurt is.")
def commons_worker(interval: float) -> None:
    """Run the scheduled sync in the foreground (use with PORTAL_COMMONS_SYNC=external)."""
    ensure_schema()
    click.echo(f"Synchroniseert elke {current_app.config.get('COMMONS_SYNC_MINUTES', 60)} minuten; stop met Ctrl+C.")
    schedule.loop(current_app._get_current_object(), interval=interval)


def register(app: Flask) -> None:
    app.cli.add_command(commons)
