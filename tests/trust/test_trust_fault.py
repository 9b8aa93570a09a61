"""Nothing lost when the server dies: real gunicorn, a burst of submissions and agreements, SIGKILL, restart.

Every submission that got its receipt redirect and every agreement that got its "saved" redirect must be in
the database afterwards, complete. Loopback only, every wait bounded.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests as http
from sqlalchemy import select

from portal import create_app
from portal.extensions import db
from portal.models import Agreement, AuditEntry, Department, Request, User
from portal.services import backup as backups
from portal.services.requests import find_by_code
from tests.conftest import PASSWORD

pytestmark = pytest.mark.sqlite_only(reason="kills a gunicorn serving a SQLite file in a temporary folder")

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TOKEN_RE = re.compile(r'name="([\w-]*csrf_token)"[^>]*?value="([^"]+)"')
THREADS, PER_THREAD = 4, 25


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_env(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PORTAL_")}
    env.update(
        PORTAL_DATA_DIR=str(data),
        PORTAL_SECRET_KEY="fault-test-secret",
        PORTAL_INDEX_WRITER="external",
        PORTAL_RATELIMIT_ENABLED="false",
        PORTAL_INSECURE_COOKIES="1",
    )
    return env


def start(data: Path, port: int, log: Path) -> subprocess.Popen:
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "-c",
                "deploy/gunicorn.conf.py",
                "-b",
                f"127.0.0.1:{port}",
                "-w",
                "2",
                "portal:create_app()",
            ],
            cwd=ROOT,
            env=server_env(data),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if http.get(f"http://127.0.0.1:{port}/", timeout=2).status_code == 200:
                return proc
        except http.RequestException:
            time.sleep(0.1)
        if proc.poll() is not None:
            break
    kill(proc)
    raise AssertionError("gunicorn did not start:\n" + log.read_text(errors="replace")[-3000:])


def kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=10)


def token(session: http.Session, url: str) -> tuple[str, str]:
    page = session.get(url, timeout=5).text
    match = TOKEN_RE.search(page)
    assert match, url
    return match.group(1), match.group(2)


@pytest.fixture
def data(tmp_path: Path, template_db: Path) -> Path:
    """A data folder with the migrated template database, brought up to date by `flask db upgrade`."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(template_db, folder / "portal.db")
    done = subprocess.run(
        [str(BIN / "flask"), "--app", "portal", "db", "upgrade", "heads"],
        cwd=ROOT,
        env=server_env(folder),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return folder


def test_kill_during_a_burst_loses_no_receipted_submission_or_agreement(data: Path, tmp_path: Path):
    port, log = free_port(), tmp_path / "gunicorn.log"
    base = f"http://127.0.0.1:{port}"
    app = create_app(
        {"DATA_DIR": str(data), "SECRET_KEY": "fault-test-secret", "INDEX_WRITER": "external", "TESTING": True}
    )
    with app.app_context():
        department_id = db.session.execute(select(Department.id)).scalars().first()
        db.engine.dispose()

    receipts: dict[str, str] = {}  # submission id -> tracking code
    agreements: list[str] = []  # descriptions confirmed with a redirect
    failures: list[str] = []
    lock = threading.Lock()

    def resident(n: int) -> None:
        session = http.Session()
        for i in range(PER_THREAD):
            sub = f"fault-{n}-{i}"
            try:
                name, value = token(session, f"{base}/verzoek/nieuw")
                response = session.post(
                    f"{base}/verzoek/nieuw",
                    allow_redirects=False,
                    timeout=5,
                    data={
                        name: value,
                        "submission_id": sub,
                        "theme": "parkeren",
                        "what_happened": f"Verhaal {sub}: de gemeente reageert niet op mijn brief.",
                        "desired_outcome": f"Antwoord op mijn brief ({sub}).",
                        "contact_name": f"Bewoner {sub}",
                        "contact_email": f"{sub}@example.org",
                        "contact_preference": "email",
                    },
                )
            except http.RequestException as err:
                with lock:
                    failures.append(type(err).__name__)
                continue
            if response.status_code == 302:
                with lock:
                    receipts[sub] = response.headers["Location"].split("/")[-2]

    def mediator(request_id: int, session: http.Session) -> None:
        for i in range(60):
            description = f"De afdeling belt de bewoner terug (afspraak {i})."
            try:
                name, value = token(session, f"{base}/bemiddeling/verzoek/{request_id}")
                response = session.post(
                    f"{base}/bemiddeling/verzoek/{request_id}/afspraak",
                    allow_redirects=False,
                    timeout=5,
                    data={
                        name if name.startswith("a-") else "a-csrf_token": value,
                        "a-description": description,
                        "a-department": str(department_id),
                        "a-promised_by_role": "teamleider",
                        "a-official": "",
                        "a-due": "2027-01-15",
                    },
                )
            except http.RequestException as err:
                with lock:
                    failures.append(type(err).__name__)
                continue
            if response.status_code == 302:
                with lock:
                    agreements.append(description)

    proc = start(data, port, log)
    try:
        # One request for the mediator to work on, and a logged-in mediator.
        first = http.Session()
        name, value = token(first, f"{base}/verzoek/nieuw")
        first.post(
            f"{base}/verzoek/nieuw",
            data={
                name: value,
                "submission_id": "fault-base",
                "theme": "afval",
                "what_happened": "De container is niet geleegd.",
                "desired_outcome": "Ophalen.",
                "contact_preference": "geen",
            },
            timeout=5,
        )
        with app.app_context():
            request_id = db.session.execute(
                select(Request.id).where(Request.submission_id == "fault-base")
            ).scalar_one()
            db.engine.dispose()
        staff = http.Session()
        name, value = token(staff, f"{base}/bemiddeling/inloggen")
        login = staff.post(
            f"{base}/bemiddeling/inloggen",
            allow_redirects=False,
            timeout=5,
            data={name: value, "email": "med1@test.nl", "password": PASSWORD},
        )
        assert login.status_code == 302

        workers = [threading.Thread(target=resident, args=(n,), daemon=True) for n in range(THREADS)]
        workers.append(threading.Thread(target=mediator, args=(request_id, staff), daemon=True))
        for worker in workers:
            worker.start()
        deadline = time.monotonic() + 20
        while len(receipts) < 30 and time.monotonic() < deadline:  # kill in the middle of the burst
            time.sleep(0.005)
        kill(proc)
        for worker in workers:
            worker.join(timeout=30)
        assert not any(worker.is_alive() for worker in workers)
    finally:
        kill(proc)

    assert 0 < len(receipts) < THREADS * PER_THREAD, (len(receipts), failures[:5])
    assert agreements and failures  # both kinds of work were under way when the server died
    print(
        f"\nfault test: {len(receipts)} receipted submissions and {len(agreements)} saved agreements before "
        f"SIGKILL, {len(failures)} refused attempts after it"
    )

    proc = start(data, port, log)  # restart on the same data folder
    try:
        sample_sub, sample_code = next(iter(receipts.items()))
        page = http.get(f"{base}/verzoek/{sample_code}", timeout=5)
        assert page.status_code == 200 and "Uw verzoek" in page.text
    finally:
        kill(proc)

    assert backups.integrity_check(data / "portal.db") == "ok"
    with app.app_context():
        missing = []
        for sub, code in receipts.items():
            req = find_by_code(code)
            if req is None:
                missing.append(sub)
                continue
            assert req.submission_id == sub and req.status == "ontvangen"
            assert req.what_happened == f"Verhaal {sub}: de gemeente reageert niet op mijn brief."
            assert req.desired_outcome == f"Antwoord op mijn brief ({sub})."
            assert req.contact_email == f"{sub}@example.org" and req.contact_name == f"Bewoner {sub}"
            assert [h.to_status for h in req.history] == ["ontvangen"]
            assert db.session.execute(
                select(AuditEntry.id).where(AuditEntry.action == "request.create", AuditEntry.object_id == str(req.id))
            ).scalar_one()
        assert missing == []
        stored = {
            a.description: a
            for a in db.session.execute(select(Agreement).where(Agreement.request_id == request_id)).scalars()
        }
        mediator_id = db.session.execute(select(User.id).where(User.email == "med1@test.nl")).scalar_one()
        for description in agreements:
            agreement = stored.get(description)
            assert agreement is not None, description
            assert agreement.promised_by_role == "teamleider" and agreement.department_id == department_id
            assert agreement.author_id == mediator_id and str(agreement.due) == "2027-01-15"
        db.engine.dispose()
    assert "[ip]" in log.read_text() or "GET" in log.read_text()
    assert "127.0.0.1 -" not in log.read_text()  # the access log carries no client address
