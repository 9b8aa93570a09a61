"""`flask --app portal demo` and `create-user`: setting up a portal."""

from __future__ import annotations

import click
from flask import Flask
from sqlalchemy import select

from ..extensions import db
from ..models import User
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
    """Create a back-office account."""
    from ..auth import MIN_PASSWORD_LENGTH, hash_password

    if len(password) < MIN_PASSWORD_LENGTH:
        raise click.UsageError(f"Het wachtwoord moet minstens {MIN_PASSWORD_LENGTH} tekens hebben.")
    ensure_schema()
    email = email.strip().lower()
    if db.session.execute(select(User).where(User.email == email)).scalar_one_or_none():
        raise click.UsageError("Er is al een account met dit e-mailadres.")
    db.session.add(User(email=email, name=name, role=role, password_hash=hash_password(password)))
    db.session.commit()
    click.echo(f"Account {email} ({role}) aangemaakt.")


def register(app: Flask) -> None:
    app.cli.add_command(demo_command)
    app.cli.add_command(create_user)
