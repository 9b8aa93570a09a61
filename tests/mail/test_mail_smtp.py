"""Delivery through a real SMTP server: sent once, retried after an outage, never twice after a crash."""

from __future__ import annotations

import datetime as dt
import os
import signal
import time
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import select, update

from portal.extensions import db
from portal.models_mail import MailOutbox
from portal.services import mail
from tests.mail.mail_helpers import SmtpServer, flask_cli


def queue(to: str = "inwoner@example.org", **kw: Any) -> MailOutbox:
    row = mail.enqueue(
        to,
        kw.pop("subject", "Uw verzoek"),
        "plain",
        {"text": kw.pop("text", "Hallo")},
        reason="U gaf dit adres op.",
        kind=kw.pop("kind", "test"),
        **kw,
    )
    db.session.commit()
    assert row is not None
    return row


def rows() -> list[MailOutbox]:
    db.session.expire_all()
    return list(db.session.execute(select(MailOutbox).order_by(MailOutbox.id)).scalars())


def test_delivery_multipart_with_headers(smtp_app: Flask, smtp: SmtpServer) -> None:
    row = queue(text="Regel één\n\n<script>alert(1)</script>")
    report = mail.flush()
    assert report is not None and report.sent == 1
    assert len(smtp.inbox.messages) == 1
    msg = smtp.inbox.messages[0]
    assert smtp.inbox.envelopes[0] == ("bemiddeling@voorbeeld.example", ["inwoner@example.org"])
    assert msg["Message-ID"] == row.message_id
    assert msg["From"] == "Bemiddeling Voorbeeld <bemiddeling@voorbeeld.example>"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg.get_content_type() == "multipart/alternative"
    html = msg.get_body(("html",)).get_content()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img" not in html.lower()  # no tracking pixels, no remote images
    assert "Regel één" in msg.get_body(("plain",)).get_content()
    assert "Waarom krijgt u deze mail? U gaf dit adres op." in msg.get_body(("plain",)).get_content()
    [stored] = rows()
    assert stored.state == "sent" and stored.sent_at is not None and stored.body_text == ""
    assert mail.flush().sent == 0
    assert len(smtp.inbox.messages) == 1


def test_optional_mail_has_list_unsubscribe_and_the_link_works(smtp_app: Flask, smtp: SmtpServer, client) -> None:
    queue(kind="digest", optional=True)
    mail.flush()
    msg = smtp.inbox.messages[0]
    link = msg["List-Unsubscribe"].strip("<>")
    assert link.startswith("https://afstemming.voorbeeld.example/mail/afmelden/")
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    path = link.removeprefix("https://afstemming.voorbeeld.example")
    page = client.get(path)
    assert page.status_code == 200 and "meld mij af" in page.get_data(as_text=True)
    assert mail.is_opted_out("inwoner@example.org", "digest") is False  # a GET (link preview) changes nothing
    assert client.post(path, data="List-Unsubscribe=One-Click").status_code == 200
    assert client.post(path).status_code == 200  # twice is harmless
    assert mail.is_opted_out("inwoner@example.org", "digest")
    assert (
        mail.enqueue("inwoner@example.org", "x", "plain", {"text": "x"}, reason="r", kind="digest", optional=True)
        is None
    )
    # Mails that are not optional still go out.
    assert mail.enqueue("inwoner@example.org", "x", "plain", {"text": "x"}, reason="r", kind="digest") is not None
    for bad in (path[:-3] + "abc", "/mail/afmelden/" + "x" * 500, "/mail/afmelden/%00", "/mail/afmelden/<script>"):
        r = client.post(bad)
        assert r.status_code in (400, 404), bad  # a NUL byte is refused before the view (400)
        assert r.status_code == 400 or "afmeldlink klopt niet" in r.get_data(as_text=True)


def test_retry_after_the_server_was_down(app: Flask) -> None:
    down = SmtpServer()  # a free port with nobody listening
    app.config.update(MAIL_SERVER=down.url, MAIL_BACKOFF_SECONDS=0)
    queue()
    report = mail.flush()
    assert report is not None and report.retry == 1 and report.sent == 0
    [row] = rows()
    assert row.state == "pending" and row.attempts == 1 and "Connection" in (row.last_error or "")
    assert row.body_text  # nothing lost
    down.start()
    try:
        report = mail.flush()
        assert report.sent == 1
        assert len(down.inbox.messages) == 1
        [row] = rows()
        assert row.state == "sent" and row.attempts == 2
    finally:
        down.stop()


def test_back_off_waits_and_gives_up_after_the_last_attempt(app: Flask) -> None:
    down = SmtpServer()
    app.config.update(MAIL_SERVER=down.url, MAIL_BACKOFF_SECONDS=60, MAIL_MAX_ATTEMPTS=2)
    queue()
    mail.flush()
    [row] = rows()
    assert row.state == "pending" and row.next_attempt_at > dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert mail.flush().retry == 0  # not due yet
    db.session.execute(update(MailOutbox).values(next_attempt_at=dt.datetime(2000, 1, 1)))
    db.session.commit()
    report = mail.flush()
    assert report.failed == 1
    assert rows()[0].state == "failed"


def test_a_refused_address_fails_alone_and_blocks_nothing(smtp_app: Flask, smtp: SmtpServer) -> None:
    smtp.inbox.refuse.add("weg@example.org")
    queue("weg@example.org")
    queue("inwoner@example.org")
    report = mail.flush()
    assert report.failed == 1 and report.sent == 1
    first, second = rows()
    assert first.state == "failed" and first.last_error.startswith("550")
    assert second.state == "sent"
    assert [str(m["To"]) for m in smtp.inbox.messages] == ["inwoner@example.org"]


def test_no_second_copy_after_a_crash_between_send_and_mark(smtp_app: Flask, smtp: SmtpServer) -> None:
    """The sender process is killed after the server has the message but before it could mark it sent."""
    queue()
    env = {"PORTAL_MAIL_SERVER": smtp.url, "PORTAL_MAIL_LEASE_SECONDS": "1"}
    proc = flask_cli(smtp_app, "mail", "flush", env=env, background=True)
    smtp.inbox.on_data = lambda: os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert len(smtp.inbox.messages) == 1
    smtp.inbox.on_data = None
    [row] = rows()
    assert row.state == "sending"  # claimed, committed before sending; never marked
    time.sleep(1.2)  # the dead sender's lease runs out
    smtp_app.config["MAIL_LEASE_SECONDS"] = 1
    report = mail.flush()
    assert report.uncertain == 1 and report.sent == 0
    [row] = rows()
    assert row.state == "uncertain" and row.body_text  # kept, so an admin can decide to send it again
    assert len(smtp.inbox.messages) == 1  # never twice
    again = flask_cli(smtp_app, "mail", "flush", env=env)
    assert again.returncode == 0, again.stderr
    assert len(smtp.inbox.messages) == 1


def test_a_running_senders_claim_is_respected(smtp_app: Flask, smtp: SmtpServer) -> None:
    row = queue()
    db.session.execute(
        update(MailOutbox).values(
            state="sending", lease_until=dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(minutes=5)
        )
    )
    db.session.commit()
    report = mail.flush()
    assert report.sent == 0 and report.uncertain == 0
    assert rows()[0].state == "sending" and smtp.inbox.messages == []
    assert row.id


def test_eml_fallback_recovers_exactly_after_a_crash(app: Flask) -> None:
    """Without a server the file is the truth: written means sent, missing means send again."""
    written, _lost = queue("a@example.org"), queue("b@example.org")
    past = dt.datetime(2000, 1, 1)
    db.session.execute(update(MailOutbox).values(state="sending", lease_until=past))
    db.session.commit()
    folder = mail.mail_dir()
    row = db.session.get(MailOutbox, written.id)
    (folder / mail.eml_filename(row)).write_bytes(mail.build_message(row).as_bytes())
    report = mail.flush()
    assert report.recovered == 2 and report.sent == 1
    a, b = rows()
    assert a.state == "sent" and b.state == "sent"
    assert len(list(folder.glob("*.eml"))) == 2


def test_cli_flush_and_status_in_a_subprocess(app: Flask, smtp: SmtpServer) -> None:
    queue("a@example.org")
    queue("b@example.org")
    status = flask_cli(app, "mail", "status")
    assert status.returncode == 0, status.stderr
    assert "pending: 2" in status.stdout and "sent: 0" in status.stdout
    flushed = flask_cli(app, "mail", "flush", env={"PORTAL_MAIL_SERVER": smtp.url})
    assert flushed.returncode == 0, flushed.stderr
    assert "2 verstuurd" in flushed.stdout
    assert len(smtp.inbox.messages) == 2
    status = flask_cli(app, "mail", "status")
    assert "pending: 0" in status.stdout and "sent: 2" in status.stdout
    worker = flask_cli(app, "mail", "worker", "--once", env={"PORTAL_MAIL_SERVER": smtp.url})
    assert worker.returncode == 0, worker.stderr
    bad = flask_cli(app, "mail", "flush", env={"PORTAL_MAIL_SERVER": "ftp://nergens"})
    assert bad.returncode != 0 and "PORTAL_MAIL_SERVER" in bad.stderr


def test_server_urls() -> None:
    cfg = mail.parse_server_url("smtps://user%40x:p%3Ass@mail.example.org")
    assert (cfg.host, cfg.port, cfg.use_ssl, cfg.starttls, cfg.username, cfg.password) == (
        "mail.example.org",
        465,
        True,
        False,
        "user@x",
        "p:ss",
    )
    assert "p:ss" not in repr(cfg)
    cfg = mail.parse_server_url("smtp://relay:2525?starttls=1")
    assert (cfg.port, cfg.starttls, cfg.use_ssl) == (2525, True, False)
    assert mail.parse_server_url("smtp+starttls://relay").port == 587
    assert mail.parse_server_url("smtp://relay").port == 25
    for bad in ("http://relay", "relay:25", "smtp://", ""):
        try:
            mail.parse_server_url(bad)
        except ValueError:
            continue
        raise AssertionError(bad)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_login_with_user_and_password_from_the_url(app: Flask) -> None:
    """smtp://user:pass@host: the sender logs in (AUTH PLAIN/LOGIN); a wrong password is retried, not lost."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

    from tests.mail.mail_helpers import Inbox, free_port

    def authenticator(
        server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: LoginPassword
    ) -> AuthResult:
        ok = auth_data.login == b"portal@voorbeeld.example" and auth_data.password == b"ge:heim"
        return AuthResult(success=ok)

    inbox, port = Inbox(), free_port()
    controller = Controller(
        inbox, hostname="127.0.0.1", port=port, authenticator=authenticator, auth_require_tls=False, auth_required=True
    )
    controller.start()
    try:
        app.config.update(
            MAIL_SERVER=f"smtp://portal%40voorbeeld.example:fout@127.0.0.1:{port}?timeout=2", MAIL_BACKOFF_SECONDS=0
        )
        queue()
        report = mail.flush()
        assert report.sent == 0 and inbox.messages == []
        [row] = rows()
        assert row.state in ("pending", "failed") and row.body_text and row.last_error  # nothing lost
        if row.state == "failed":  # a 5xx answer is final: an admin sends it again after fixing the setting
            mail.send_again(row)
            db.session.commit()
        app.config["MAIL_SERVER"] = f"smtp://portal%40voorbeeld.example:ge%3Aheim@127.0.0.1:{port}"
        assert mail.flush().sent == 1
        assert len(inbox.messages) == 1
    finally:
        controller.stop()
