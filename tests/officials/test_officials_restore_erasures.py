"""A restore never brings back what was erased after the backup: `flask restore` makes those erasures again
(retention, a resident's contact details, files), read from the database copy it kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.extensions import db
from portal.models import AuditEntry, Request
from portal.models_officials import Attachment
from portal.services import attachments, retention
from tests.officials.conftest import new_request
from tests.officials.test_officials_attachments import PDF, _post

pytestmark = pytest.mark.sqlite_only(reason="the kept copy is read as a SQLite file; PostgreSQL: operator steps")


def test_erasures_after_the_backup_are_made_again(app: Flask, public: FlaskClient, tmp_path: Path) -> None:
    files_req, files_code = new_request(email="a@voorbeeld.nl")
    assert _post(public, files_code, "Zie bijlage.", [(PDF, "brief.pdf")]).status_code == 302
    contact_req, _ = new_request(email="b@voorbeeld.nl")
    old_req, _ = new_request("Een oude zaak over de vuilnisbak van Jan Jansen.", email="c@voorbeeld.nl")
    kept_req, _ = new_request(email="d@voorbeeld.nl")
    ids = (files_req.id, contact_req.id, old_req.id, kept_req.id)
    target = tmp_path / "backups" / "portal.db"
    result = app.test_cli_runner().invoke(args=["backup", str(target)])
    assert result.exit_code == 0, result.output

    # After the backup: a resident erases files, another their contact details, the retention rule a request.
    db.session.expire_all()
    files_req, contact_req, old_req = (db.session.get(Request, i) for i in ids[:3])
    attachment = db.session.execute(select(Attachment)).scalar_one()
    attachments.erase_for_request(files_req)
    db.session.commit()
    assert retention.erase_contact_details(contact_req)
    retention.erase_request(old_req)
    db.session.commit()
    assert not attachments.path_of(attachment).exists()

    result = app.test_cli_runner().invoke(args=["restore", str(target), "--yes"])
    assert result.exit_code == 0, result.output
    assert "Wissingen na de back-up opnieuw gedaan: 1 verzoek(en)" in result.output
    assert "1 keer contactgegevens" in result.output
    db.session.expire_all()
    files_req, contact_req, old_req, kept_req = (db.session.get(Request, i) for i in ids)
    assert contact_req.contact_email is None and contact_req.contact_name is None
    assert old_req.erased_at is not None and "Jansen" not in old_req.what_happened
    assert kept_req.contact_email == "d@voorbeeld.nl" and kept_req.erased_at is None  # nothing else touched
    assert files_req.contact_email == "a@voorbeeld.nl"
    attachment = db.session.execute(select(Attachment)).scalar_one()
    assert attachment.erased_at is not None and not attachments.path_of(attachment).exists()  # not copied back
    via = db.session.execute(select(AuditEntry).where(AuditEntry.action == "request.erase_contact")).scalars().all()
    assert any(e.detail.get("via") == "restore" for e in via)


def test_restore_right_after_a_backup_erases_nothing(app: Flask, tmp_path: Path) -> None:
    req_id = new_request(email="e@voorbeeld.nl")[0].id
    target = tmp_path / "backups" / "portal.db"
    assert app.test_cli_runner().invoke(args=["backup", str(target)]).exit_code == 0
    result = app.test_cli_runner().invoke(args=["restore", str(target), "--yes"])
    assert result.exit_code == 0 and "0 verzoek(en) volgens de bewaartermijn, 0 keer contactgegevens" in result.output
    db.session.expire_all()
    assert db.session.get(Request, req_id).contact_email == "e@voorbeeld.nl"
