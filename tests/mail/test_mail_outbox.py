"""The outbox: enqueue in the caller's transaction, .eml fallback, states."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest
from flask import Flask

from portal.extensions import db
from portal.models_mail import MailOutbox
from portal.services import mail


def test_enqueue_is_part_of_the_callers_transaction(app: Flask) -> None:
    mail.enqueue("inwoner@example.org", "Test", "plain", {"text": "Hallo"}, reason="U vroeg erom.", kind="test")
    db.session.rollback()
    assert db.session.execute(db.select(MailOutbox)).scalars().all() == []
    row = mail.enqueue("inwoner@example.org", "Test", "plain", {"text": "Hallo"}, reason="U vroeg erom.", kind="test")
    db.session.commit()
    assert row is not None and row.state == "pending" and "Hallo" in row.body_text


def test_without_server_each_mail_becomes_an_eml_file(app: Flask) -> None:
    mail.enqueue(
        "Ine Inwoner <inwoner@example.org>",
        "Uw verzoek",
        "plain",
        {"text": "<b>Hallo</b> daar"},
        reason="U gaf dit adres op.",
        kind="test",
    )
    db.session.commit()
    report = mail.flush()
    assert report is not None and report.sent == 1
    row = db.session.execute(db.select(MailOutbox)).scalar_one()
    assert row.state == "sent" and row.body_text == "" and row.eml_name
    path = Path(app.config["DATA_DIR"]) / "mail" / row.eml_name
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert msg["Subject"] == "Uw verzoek"
    assert msg["Message-ID"] == row.message_id
    assert "List-Unsubscribe" not in msg
    html = msg.get_body(("html",)).get_content()
    assert "&lt;b&gt;Hallo&lt;/b&gt;" in html and "<img" not in html
    assert "<b>Hallo</b> daar" in msg.get_body(("plain",)).get_content()
    assert mail.flush().sent == 0  # nothing twice
    assert mail.status_counts()["sent"] == 1


@pytest.mark.parametrize(
    "to",
    [
        "a@example.org\r\nBcc: x@example.org",
        "a@example.org\nBcc: x@evil.org",
        "",
        "geen adres",
        "a@example.org, b@example.org",
        "a\x00@example.org",
        "x" * 400 + "@example.org",
    ],
)
def test_bad_addresses_are_refused(app: Flask, to: str) -> None:
    with pytest.raises(mail.MailError):
        mail.enqueue(to, "Onderwerp", "plain", {"text": "x"}, reason="r", kind="test")


def test_subject_with_line_breaks_cannot_add_headers(app: Flask) -> None:
    row = mail.enqueue(
        "a@example.org",
        "Hallo\r\nBcc: x@evil.org\n\nbody",
        "plain",
        {"text": "x"},
        reason="r\nBcc: y@evil.org",
        kind="test",
    )
    assert row is not None
    assert "\n" not in row.subject and "\r" not in row.subject and "\n" not in row.reason
    msg = mail.build_message(row)
    assert msg["Bcc"] is None
    assert b"\nBcc:" not in msg.as_bytes()
