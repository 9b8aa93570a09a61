"""Restore on a running server loses nothing that was receipted (issue 13): real gunicorn, residents submitting
throughout `flask backup` and `flask restore`, both run as the operator runs them (subprocesses).

Every receipted submission must afterwards be in the restored database or in the copy restore kept of the database
it replaced, and everything receipted after the restore finished must be in the restored database. Restore says
where the kept copy is and how many requests exist only there. Then the adversarial end: gunicorn is killed with
SIGKILL in the middle of the burst that follows the restore, restarted, and still nothing receipted is missing.
Part of `make test` (tests/trust), next to the SIGKILL test in test_trust_fault.py.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import pytest
import requests as http

from tests.trust.test_trust_fault import BIN, ROOT, data, free_port, kill, server_env, start, token  # noqa: F401

pytestmark = pytest.mark.sqlite_only(reason="SQLite restore under a running gunicorn; PostgreSQL refuses instead")


def flask_cli(folder: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BIN / "flask"), "--app", "portal", *args],
        cwd=ROOT,
        env=server_env(folder),
        capture_output=True,
        text=True,
        timeout=300,
    )


def submissions(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        return {row[0] for row in conn.execute("SELECT submission_id FROM requests")}
    finally:
        conn.close()


class Residents:
    """Threads that keep submitting the resident form over HTTP and remember every receipt."""

    def __init__(self, base: str, threads: int = 4) -> None:
        self.base, self.stop = base, threading.Event()
        self.receipts: list[tuple[float, str]] = []  # (monotonic time of the receipt, submission id)
        self.refused: list[str] = []
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self.run, args=(n,), daemon=True) for n in range(threads)]

    def run(self, n: int) -> None:
        session = http.Session()
        i = 0
        while not self.stop.is_set() and i < 2000:
            i += 1
            sub = f"live-{n}-{i}"
            try:
                name, value = token(session, f"{self.base}/verzoek/nieuw")
                response = session.post(
                    f"{self.base}/verzoek/nieuw",
                    allow_redirects=False,
                    timeout=60,
                    data={
                        name: value,
                        "submission_id": sub,
                        "theme": "parkeren",
                        "what_happened": f"Verhaal {sub}: mijn brief bleef onbeantwoord.",
                        "desired_outcome": "Een antwoord.",
                        "contact_preference": "geen",
                    },
                )
            except http.RequestException as err:
                with self.lock:
                    self.refused.append(f"{sub}: {type(err).__name__}")
                continue
            with self.lock:
                if response.status_code == 302:
                    self.receipts.append((time.monotonic(), sub))
                else:
                    self.refused.append(f"{sub}: {response.status_code}")

    def wait_for(self, count: int, after: float = 0.0, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            with self.lock:
                if len([t for t, _ in self.receipts if t > after]) >= count:
                    return
            time.sleep(0.01)
        raise AssertionError(f"fewer than {count} receipts; refused: {self.refused[:5]}")


def test_restore_while_residents_submit_loses_no_receipted_request(data, tmp_path):  # noqa: F811
    port, log = free_port(), tmp_path / "gunicorn.log"
    base = f"http://127.0.0.1:{port}"
    backup_file = tmp_path / "backups" / "portal-live.db"
    proc = start(data, port, log)
    residents = Residents(base)
    try:
        for thread in residents.threads:
            thread.start()
        residents.wait_for(10)
        made = flask_cli(data, "backup", str(backup_file))
        assert made.returncode == 0, made.stderr
        residents.wait_for(10, after=time.monotonic())  # these exist only in the live database
        started = time.monotonic()
        restored = flask_cli(data, "restore", str(backup_file), "--yes")
        finished = time.monotonic()
        assert restored.returncode == 0, restored.stderr + restored.stdout
        residents.wait_for(10, after=finished)  # the portal takes submissions again
        kill(proc)  # SIGKILL to the whole gunicorn group in the middle of the burst
        killed = time.monotonic()
    finally:
        residents.stop.set()
        for thread in residents.threads:
            thread.join(timeout=90)
        kill(proc)
    assert not any(thread.is_alive() for thread in residents.threads)
    proc = start(data, port, log)  # restart on the same data folder: it serves, and the file is sound
    try:
        assert http.get(f"{base}/kennisbank", timeout=20).status_code == 200
    finally:
        kill(proc)

    kept_match = re.search(r"De vervangen database staat in (\S+)\.", restored.stdout)
    assert kept_match, restored.stdout
    kept = Path(kept_match.group(1))
    assert kept.is_file() and kept.parent == data
    live, in_kept, in_backup = submissions(data / "portal.db"), submissions(kept), submissions(backup_file)
    receipted = {sub for _t, sub in residents.receipts}
    lost = receipted - live - in_kept
    assert lost == set(), f"{len(lost)} receipted requests in neither database: {sorted(lost)[:5]}"
    assert {sub for t, sub in residents.receipts if t > finished} <= live
    assert any(t > killed for t, _ in residents.receipts) or residents.refused  # the burst was under way
    assert {sub for t, sub in residents.receipts if t < started} <= in_kept
    assert in_backup <= live  # the backup came back
    only_kept = len(in_kept - live)
    assert only_kept >= 10  # received after the backup, before the restore
    assert f"Let op: {only_kept} verzoek(en) ontvangen tussen" in restored.stdout
    assert "docs/operations.md" in restored.stdout
    conn = sqlite3.connect(str(data / "portal.db"))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    print(
        f"\nrestore under load: {len(receipted)} receipts, {only_kept} only in the kept copy, "
        f"{len(residents.refused)} attempts without a receipt (during the restore or after the SIGKILL), "
        f"restore took {finished - started:.1f} s"
    )
