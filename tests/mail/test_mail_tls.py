"""Mail over real TLS: STARTTLS and implicit TLS (smtps) against aiosmtpd with a certificate from a test CA
(trustme). The certificate and host name are checked: an unknown or wrong certificate sends nothing, in the clear
or otherwise, and the mail waits for the next try. A server that wants STARTTLS or a login first is a setting to
fix, not a reason to give mails up."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from aiosmtpd.controller import Controller
from flask import Flask
from sqlalchemy import select

from portal.extensions import db
from portal.models_mail import MailOutbox
from portal.services import mail
from tests.mail.mail_helpers import Inbox, free_port


class TlsInbox(Inbox):
    """Also records whether each message came over TLS."""

    def __init__(self) -> None:
        super().__init__()
        self.encrypted: list[bool] = []

    async def handle_DATA(self, server, session, envelope):
        self.encrypted.append(server.transport.get_extra_info("ssl_object") is not None)
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def _server_context(ca: trustme.CA, *names: str) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(*names).configure_cert(context)
    return context


@pytest.fixture
def trust(ca: trustme.CA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The portal trusts the test CA the way an operator trusts a private one: SSL_CERT_FILE."""
    pem = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(pem))
    monkeypatch.setenv("SSL_CERT_FILE", str(pem))


def _start(inbox: Inbox, **kwargs: object) -> Iterator[int]:
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


@pytest.fixture
def starttls(ca: trustme.CA) -> Iterator[tuple[TlsInbox, int]]:
    inbox = TlsInbox()
    context = _server_context(ca, "localhost", "127.0.0.1")
    for port in _start(inbox, tls_context=context, require_starttls=True):
        yield inbox, port


@pytest.fixture
def smtps(ca: trustme.CA) -> Iterator[tuple[TlsInbox, int]]:
    inbox = TlsInbox()
    context = _server_context(ca, "localhost")
    for port in _start(inbox, ssl_context=context, server_hostname="localhost"):
        yield inbox, port


def _queue(app: Flask, url: str, n: int = 1) -> None:
    app.config["MAIL_SERVER"] = url
    app.config["MAIL_FROM"] = "Bemiddeling Voorbeeld <bemiddeling@voorbeeld.example>"
    app.config["BASE_URL"] = "https://afstemming.voorbeeld.example"
    for i in range(n):
        mail.enqueue(f"inwoner{i}@example.org", "Uw verzoek", "plain", {"text": "Hallo"}, reason="r", kind="test")
    db.session.commit()


def _rows() -> list[MailOutbox]:
    db.session.expire_all()
    return list(db.session.execute(select(MailOutbox).order_by(MailOutbox.id)).scalars())


def test_starttls_delivers_encrypted(app: Flask, trust: None, starttls: tuple[TlsInbox, int]) -> None:
    inbox, port = starttls
    _queue(app, f"smtp+starttls://localhost:{port}?timeout=10", n=2)
    report = mail.flush()
    assert report is not None and report.sent == 2
    assert inbox.encrypted == [True, True] and len(inbox.messages) == 2
    assert {r.state for r in _rows()} == {"sent"}


def test_implicit_tls_delivers(app: Flask, trust: None, smtps: tuple[TlsInbox, int]) -> None:
    inbox, port = smtps
    _queue(app, f"smtps://localhost:{port}?timeout=10")
    assert mail.flush().sent == 1
    assert inbox.encrypted == [True]


def test_an_unknown_certificate_sends_nothing_and_keeps_the_mail(
    app: Flask, starttls: tuple[TlsInbox, int], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    other = trustme.CA()  # the portal trusts some other CA, not the server's
    pem = tmp_path / "other.pem"
    other.cert_pem.write_to_path(str(pem))
    monkeypatch.setenv("SSL_CERT_FILE", str(pem))
    inbox, port = starttls
    _queue(app, f"smtp+starttls://localhost:{port}?timeout=10", n=3)
    report = mail.flush()
    assert report.sent == 0 and inbox.messages == []
    rows = _rows()
    assert [r.state for r in rows] == ["pending"] * 3  # waiting for the next try, none given up
    assert "certificate" in (rows[0].last_error or "").lower()
    assert [r.attempts for r in rows] == [1, 0, 0]  # one connection attempt, not one per mail


def test_a_certificate_for_another_host_is_refused(app: Flask, trust: None, ca: trustme.CA) -> None:
    inbox = TlsInbox()
    for port in _start(inbox, tls_context=_server_context(ca, "smtp.elders.example"), require_starttls=True):
        _queue(app, f"smtp+starttls://localhost:{port}?timeout=10")
        assert mail.flush().sent == 0
    assert inbox.messages == [] and _rows()[0].state == "pending"


def test_a_server_that_wants_starttls_is_a_setting_to_fix_not_a_lost_mail(
    app: Flask, trust: None, starttls: tuple[TlsInbox, int]
) -> None:
    inbox, port = starttls
    _queue(app, f"smtp://localhost:{port}?timeout=10", n=2)  # forgot +starttls
    report = mail.flush()
    assert report.sent == 0 and report.failed == 0 and inbox.messages == []
    rows = _rows()
    assert [r.state for r in rows] == ["pending", "pending"] and "530" in (rows[0].last_error or "")
    app.config["MAIL_SERVER"] = f"smtp+starttls://localhost:{port}?timeout=10"  # the administrator fixes it
    for row in rows:
        row.next_attempt_at = row.created_at
    db.session.commit()
    assert mail.flush().sent == 2 and inbox.encrypted == [True, True]
