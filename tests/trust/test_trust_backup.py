"""Nothing lost: an online backup taken while residents keep submitting, verified and restored."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from portal.extensions import db
from portal.models import Request
from portal.services import backup as backups
from tests.trust.trust_support import submit

pytestmark = pytest.mark.sqlite_only(reason="SQLite online backup API; pg_dump is covered by code review")


class Submitter(threading.Thread):
    """A resident's browser on another app instance, submitting until told to stop."""

    def __init__(self, application: Flask, prefix: str) -> None:
        super().__init__(daemon=True)
        self.application, self.prefix = application, prefix
        self.stop = threading.Event()
        self.done: list[tuple[float, str]] = []  # (monotonic time the receipt came back, submission id)
        self.errors: list[str] = []

    def run(self) -> None:
        import time

        self.application.test_client_class = FlaskClient
        with self.application.app_context():
            client = self.application.test_client()
            n = 0
            while not self.stop.is_set() and n < 2000:
                n += 1
                sub = f"{self.prefix}-{n}"
                response = submit(client, sub)
                if response.status_code == 302:
                    self.done.append((time.monotonic(), sub))
                else:
                    self.errors.append(f"{sub}: {response.status_code}")
            db.session.remove()


def rows_in(path: Path) -> set[str]:
    conn = sqlite3.connect(str(path))
    try:
        return {row[0] for row in conn.execute("SELECT submission_id FROM requests")}
    finally:
        conn.close()


def test_backup_round_trip_under_write_load(app, make_app, tmp_path):
    import time

    writer = Submitter(make_app(), "load")
    writer.start()
    try:
        deadline = time.monotonic() + 60
        while len(writer.done) < 5 and writer.is_alive() and time.monotonic() < deadline:  # the load runs
            time.sleep(0.01)
        assert len(writer.done) >= 5, writer.errors[:5]
        started = time.monotonic()
        target = tmp_path / "backups" / "portal-copy.db"
        result = app.test_cli_runner().invoke(args=["backup", str(target)])
        finished = time.monotonic()
        assert result.exit_code == 0, result.output
        deadline = time.monotonic() + 60
        while len([t for t, _ in writer.done if t > finished]) < 3 and time.monotonic() < deadline:
            time.sleep(0.01)  # and the load kept running after the backup
    finally:
        writer.stop.set()
        writer.join(timeout=60)
    assert not writer.is_alive() and writer.errors == []

    assert backups.integrity_check(target) == "ok"
    in_backup = rows_in(target)
    before = {sub for t, sub in writer.done if t < started}
    assert before <= in_backup  # every receipt given before the backup began is in it
    assert not Path(str(target) + "-wal").exists()

    # Restore over the live database: refused without --yes, then exactly the backup's rows come back.
    live = db.session.execute(select(func.count(Request.id))).scalar_one()
    assert live > len(in_backup)
    runner = app.test_cli_runner()
    refused = runner.invoke(args=["restore", str(target)])
    assert refused.exit_code != 0 and "--yes" in refused.output
    result = runner.invoke(args=["restore", str(target), "--yes"])
    assert result.exit_code == 0, result.output
    assert "Zoekindex" in result.output or "zoekindex" in result.output
    db.session.remove()
    restored = set(db.session.execute(select(Request.submission_id)).scalars())
    assert restored == in_backup
    req = db.session.execute(select(Request).where(Request.submission_id == sorted(before)[0])).scalar_one()
    assert req.contact_email == "ingrid@example.org" and req.history  # complete, with its status history
    kept = list(Path(app.config["DATA_DIR"]).glob("portal.db.before-restore-*"))
    assert len(kept) == 1 and len(rows_in(kept[0])) == live
    # The restored database takes new submissions again.
    client = make_app().test_client()
    assert submit(client, "after-restore").status_code == 302


def test_backup_into_a_folder_and_restore_refuses_a_broken_file(app, tmp_path):
    folder = tmp_path / "bk"
    folder.mkdir()
    result = app.test_cli_runner().invoke(args=["backup", str(folder)])
    assert result.exit_code == 0, result.output
    files = list(folder.glob("portal-*.db"))
    assert len(files) == 1 and backups.integrity_check(files[0]) == "ok"
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    result = app.test_cli_runner().invoke(args=["restore", str(broken), "--yes"])
    assert result.exit_code != 0 and "niet in orde" in result.output
    assert db.session.execute(select(func.count()).select_from(Request)).scalar_one() == 0  # untouched
