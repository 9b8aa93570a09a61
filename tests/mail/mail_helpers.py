"""A real SMTP server (aiosmtpd) on a free local port, and a helper to run the mail commands."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.controller import Controller
from flask import Flask

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    """Collects what the server accepted. `on_data` runs before the server answers 250 (to simulate crashes)."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.on_data: Callable[[], None] | None = None
        self.refuse: set[str] = set()
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refuse:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            assert isinstance(envelope.content, bytes)  # decode_data is off: the message as it came
            message = message_from_bytes(envelope.content, policy=policy.default)
            assert isinstance(message, EmailMessage)  # what policy.default makes
            self.messages.append(message)
            self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        if self.on_data is not None:
            self.on_data()
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if address in str(m["To"])]


class SmtpServer:
    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.inbox = Inbox()
        self.controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}?timeout=10"

    def start(self) -> SmtpServer:
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


def flask_cli(
    app: Flask, *args: str, env: dict[str, str] | None = None, background: bool = False
) -> subprocess.CompletedProcess | subprocess.Popen:
    """Run `flask --app portal ...` as a user would, on the test's data folder (and database)."""
    full = {
        **os.environ,
        "PORTAL_DATA_DIR": app.config["DATA_DIR"],
        "PORTAL_SECRET_KEY": app.config["SECRET_KEY"],
        "PORTAL_INDEX_WRITER": "external",
    }
    if app.config.get("DATABASE_URL"):
        full["PORTAL_DATABASE_URL"] = app.config["DATABASE_URL"]
    full.update(env or {})
    cmd = [sys.executable, "-m", "flask", "--app", "portal", *args]
    if background:
        return subprocess.Popen(cmd, cwd=ROOT, env=full, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return subprocess.run(cmd, cwd=ROOT, env=full, capture_output=True, text=True, timeout=120)
