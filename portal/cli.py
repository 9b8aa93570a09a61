"""Commands under `flask --app portal ...`."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup
from sqlalchemy import select

from .extensions import db
from .models import User
from .services import knowledge

kb = AppGroup("kb", help="Kennisbank: import en zoekindex.")


def _ensure_schema() -> None:
    """Commands must work on an empty data folder: apply migrations first (a no-op when current)."""
    from flask_migrate import upgrade

    upgrade(directory=current_app.extensions["migrate"].directory, revision="heads")


@kb.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def kb_import(path: Path) -> None:
    """Import articles from a JSON-lines file; re-importing updates, never duplicates."""
    _ensure_schema()
    # Lines end at "\n" only: str.splitlines() would also split inside a JSON string at U+2028, U+0085, \x1c ...
    lines = path.read_text(encoding="utf-8").split("\n")
    with click.progressbar(length=len(lines), label="Artikelen importeren", file=sys.stderr) as bar:
        report = knowledge.import_jsonl(lines, progress=bar.update)
    with knowledge.writer_lock():
        with click.progressbar(length=knowledge.published_count(), label="Zoekindex bijwerken", file=sys.stderr) as bar:
            state = knowledge.ensure_index_locked()
            bar.update(knowledge.published_count())
    click.echo(f"{report.created} nieuw, {report.updated} bijgewerkt, {report.unchanged} ongewijzigd; index {state}.")
    for err in report.errors or []:
        click.echo(f"overgeslagen: {err}", err=True)


@kb.command("reindex")
def kb_reindex() -> None:
    """Rebuild the search index from the database."""
    _ensure_schema()
    total = knowledge.published_count()
    with knowledge.writer_lock():
        with click.progressbar(length=total, label="Zoekindex opbouwen", file=sys.stderr) as bar:
            last = [0]

            def step(n: int) -> None:
                bar.update(n - last[0])
                last[0] = n

            count = knowledge.rebuild(progress=step)
    click.echo(f"{count} artikelen in de zoekindex.")


@kb.command("worker")
@click.option("--interval", default=2.0, help="Seconden tussen twee rondes.")
@click.option("--once", is_flag=True, help="Eén ronde en stoppen.")
def kb_worker(interval: float, once: bool) -> None:
    """Run the single index writer (use with PORTAL_INDEX_WRITER=external).

    The lock is taken once per round, so `kb import` and `kb reindex` on the same host get their turn.
    """
    with knowledge.writer_lock():
        click.echo(f"Index: {knowledge.ensure_index_locked()}")
    while True:
        with knowledge.writer_lock():
            knowledge.drain_outbox()
        db.session.remove()
        if once:
            return
        time.sleep(interval)


@click.command("demo")
@click.option("--if-empty", is_flag=True, help="Alleen als er nog geen verzoeken zijn.")
def demo_command(if_empty: bool) -> None:
    """Fill the database with a believable demo municipality (safe to run twice)."""
    from . import demo

    _ensure_schema()
    demo.run(if_empty=if_empty, echo=click.echo)


@click.command("create-user")
@click.option("--email", required=True)
@click.option("--name", required=True)
@click.option("--role", type=click.Choice(["mediator", "admin"]), default="mediator")
@click.password_option()
def create_user(email: str, name: str, role: str, password: str) -> None:
    """Create a back-office account."""
    from .auth import MIN_PASSWORD_LENGTH, hash_password

    if len(password) < MIN_PASSWORD_LENGTH:
        raise click.UsageError(f"Het wachtwoord moet minstens {MIN_PASSWORD_LENGTH} tekens hebben.")
    _ensure_schema()
    email = email.strip().lower()
    if db.session.execute(select(User).where(User.email == email)).scalar_one_or_none():
        raise click.UsageError("Er is al een account met dit e-mailadres.")
    db.session.add(User(email=email, name=name, role=role, password_hash=hash_password(password)))
    db.session.commit()
    click.echo(f"Account {email} ({role}) aangemaakt.")


def init_app(app: Flask) -> None:
    """Core commands here; every module in portal/commands with `register(app)` adds its own."""
    import importlib
    import pkgutil

    from . import commands

    app.cli.add_command(kb)
    app.cli.add_command(demo_command)
    app.cli.add_command(create_user)
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        if hasattr(module, "register"):
            module.register(app)
