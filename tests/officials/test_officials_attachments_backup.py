"""`flask backup` keeps the residents' files beside the database backup (checked against their SHA-256), and
`flask restore` brings back the missing ones without overwriting or deleting a file that came later."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.extensions import db
from portal.models import utcnow
from portal.models_officials import Attachment
from portal.services import attachments
from tests.officials.conftest import new_request
from tests.officials.test_officials_attachments import JPEG, PDF, PNG, _post

pytestmark = pytest.mark.sqlite_only(reason="restore on PostgreSQL refuses while the test's sessions are connected")


def _cli(app: Flask, *args: str) -> tuple[int, str]:
    result = app.test_cli_runner().invoke(args=list(args))
    return result.exit_code, result.output


def _rows() -> list[Attachment]:
    db.session.expire_all()
    return list(db.session.execute(select(Attachment).order_by(Attachment.id)).scalars())


def _add(public: FlaskClient, files: list[tuple[bytes, str]]) -> None:
    _, code = new_request()
    assert _post(public, code, "Zie bijlage.", files).status_code == 302


def test_backup_copies_files_and_restore_brings_back_only_missing_ones(
    app: Flask, public: FlaskClient, tmp_path: Path
) -> None:
    _add(public, [(PDF, "brief.pdf"), (PNG, "foto.png")])
    first, second = _rows()
    target = tmp_path / "backups" / "portal.db"
    code, output = _cli(app, "backup", str(target))
    assert code == 0, output
    assert "Bijlagen van bewoners: 2 gekopieerd" in output and "portal.db.bijlagen" in output
    folder = tmp_path / "backups" / "portal.db.bijlagen"
    copy = folder / str(first.request_id) / first.stored_name
    assert copy.read_bytes() == PDF and stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert "brief" not in "".join(p.name for p in folder.rglob("*"))  # the resident's file name is never a path

    attachments.path_of(first).unlink()  # a disk problem after the backup
    _add(public, [(JPEG, "scan.jpg")])  # and a file that came in after it
    later = _rows()[-1]
    code, output = _cli(app, "restore", str(target), "--yes")
    assert code == 0, output
    assert "Bijlagen van bewoners: 1 teruggezet, 1 waren er nog" in output
    assert attachments.path_of(first).read_bytes() == PDF
    assert attachments.path_of(second).read_bytes() == PNG
    assert attachments.path_of(later).read_bytes() == JPEG  # not in the backup, not deleted


def test_damaged_erased_and_unsafe_files_are_not_copied(app: Flask, public: FlaskClient, tmp_path: Path) -> None:
    _add(public, [(PDF, "brief.pdf"), (PNG, "foto.png"), (JPEG, "scan.jpg")])
    damaged, erased, unsafe = _rows()
    attachments.path_of(damaged).write_bytes(PDF + b"changed")
    row = db.session.get(Attachment, erased.id)
    assert row is not None
    row.erased_at = utcnow()
    row = db.session.get(Attachment, unsafe.id)
    assert row is not None
    row.stored_name = "../../../secret_key"
    db.session.commit()
    target = tmp_path / "backups" / "portal.db"
    code, output = _cli(app, "backup", str(target))
    assert code == 0, output
    assert "0 gekopieerd" in output
    assert f"bijlage-id {damaged.id}" in output and f"bijlage-id {unsafe.id}" in output
    copied = [p for p in (tmp_path / "backups" / "portal.db.bijlagen").rglob("*") if p.is_file()]
    assert copied == []


def test_restore_of_a_backup_without_files_says_so(app: Flask, tmp_path: Path) -> None:
    target = tmp_path / "backups" / "portal.db"
    assert _cli(app, "backup", str(target))[0] == 0
    assert not (tmp_path / "backups" / "portal.db.bijlagen").exists()  # nothing to keep: no folder
    code, output = _cli(app, "restore", str(target), "--yes")
    assert code == 0 and "Geen map met bijlagen naast de back-up" in output


@pytest.mark.parametrize("name", ["portal.db", "portal.db-wal", "portal.db-shm"])
def test_the_live_database_is_never_a_backup_target_or_source(app: Flask, name: str) -> None:
    live = Path(app.config["DATA_DIR"]) / name
    before = (Path(app.config["DATA_DIR"]) / "portal.db").stat().st_ino
    code, output = _cli(app, "backup", str(live))
    assert code != 0 and "de database zelf" in output
    assert (Path(app.config["DATA_DIR"]) / "portal.db").stat().st_ino == before  # not replaced under the portal
    if name == "portal.db":
        code, output = _cli(app, "restore", str(live), "--yes")
        assert code != 0 and "de database zelf" in output
