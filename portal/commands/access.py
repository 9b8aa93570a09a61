"""`flask --app portal unlock EMAIL`: lift a log-in lock-out when no other admin can."""

from __future__ import annotations

import click
from flask import Flask


@click.command("unlock")
@click.argument("email")
def unlock_command(email: str) -> None:
    """Lift every log-in lock-out of the account with this e-mail address (audited)."""
    from ..auth import find_user
    from ..services import logins

    if "\x00" in email or len(email) > 254:
        raise click.BadParameter("Dit is geen e-mailadres.", param_hint="EMAIL")
    user = find_user(email)
    count = logins.unlock(email)
    if user is None:
        click.echo("Er is geen account met dit e-mailadres; eventuele mislukte pogingen zijn gewist.", err=True)
        raise SystemExit(1)
    click.echo(f"Blokkade opgeheven voor {user.email} ({count} netwerk(en) waren geblokkeerd).")


def register(app: Flask) -> None:
    app.cli.add_command(unlock_command)
