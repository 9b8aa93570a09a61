"""`flask --app portal demo` and `create-user`: setting up a portal."""

from __future__ import annotations

import click
from flask import Flask

from ..services import users
from . import ensure_schema


@click.command("demo")
@click.option("--if-empty", is_flag=True, help="Alleen als er nog geen verzoeken zijn.")
def demo_command(if_empty: bool) -> None:
    """Fill the database with a believable demo municipality (safe to run twice)."""
    from .. import demo

    ensure_schema()
    demo.run(if_empty=if_empty, echo=click.echo)


@click.command("create-user")
@click.option("--email", required=True)
@click.option("--name", required=True)
@click.option("--role", type=click.Choice(["mediator", "admin"]), default="mediator")
@click.password_option()
def create_user(email: str, name: str, role: str, password: str) -> None:
    """Create a back-office account (audited as made on the command line)."""
    ensure_schema()
    try:
        user = users.create(None, email=email, name=name, role=role, password=password, via="cli")
    except users.UserError as exc:
        raise click.UsageError(str(exc)) from exc
    click.echo(f"Account {user.email} ({user.role}) aangemaakt.")


def register(app: Flask) -> None:
    app.cli.add_command(demo_command)
    app.cli.add_command(create_user)
