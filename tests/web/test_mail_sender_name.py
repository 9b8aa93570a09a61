"""Mail arrives from 'Bemiddeling <municipality>', not from a bare 'noreply@localhost'.

Found walking the demo: with the default PORTAL_MAIL_FROM every receipt and status mail showed a bare technical
address as its sender in the resident's inbox. An operator's own display name is kept.
"""

from __future__ import annotations

import email
from email.utils import parseaddr
from pathlib import Path

from flask import Flask

from portal.extensions import db
from tests.officials.conftest import new_request


def _senders(app: Flask, server: Flask) -> list[str]:
    new_request(email="ine@voorbeeld.nl")
    db.session.commit()
    result = server.test_cli_runner().invoke(args=["mail", "flush"])
    assert result.exit_code == 0, result.output
    files = sorted((Path(app.config["DATA_DIR"]) / "mail").glob("*.eml"))
    assert files
    return [str(email.message_from_bytes(f.read_bytes())["From"]) for f in files]


def test_a_bare_sender_address_gets_the_services_name(app: Flask, server: Flask) -> None:
    for sender in _senders(app, server):
        name, address = parseaddr(sender)
        assert name == "Bemiddeling Gemeente Voorbeeld" and address, sender


def test_an_operators_display_name_is_kept(app: Flask, server: Flask) -> None:
    for application in (app, server):
        application.config["MAIL_FROM"] = "Klachtenbemiddeling Voorbeeldstad <bemiddeling@voorbeeldstad.nl>"
    for sender in _senders(app, server):
        assert parseaddr(sender) == ("Klachtenbemiddeling Voorbeeldstad", "bemiddeling@voorbeeldstad.nl"), sender
