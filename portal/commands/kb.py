"""`flask --app portal kb ...`: importing articles and the search index."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click
from flask import Flask
from flask.cli import AppGroup

from ..extensions import db
from ..services import knowledge
from . import ensure_schema

kb = AppGroup("kb", help="Kennisbank: import en zoekindex.")


@kb.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def kb_import(path: Path) -> None:
    """Import articles from a JSON-lines file; re-importing updates, never duplicates."""
    ensure_schema()
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
    ensure_schema()
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


def register(app: Flask) -> None:
    app.cli.add_command(kb)
