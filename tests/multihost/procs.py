"""Real processes for the multi-process tests: a shared database, gunicorn servers, flask commands."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


@contextmanager
def shared_database(tmp_path: Path, name: str) -> Iterator[str]:
    """A fresh database for several "hosts": PostgreSQL when the suite runs on it, else one SQLite file."""
    admin = os.environ.get("PORTAL_TEST_DATABASE_URL", "")
    if not admin.startswith("postgresql"):
        yield f"sqlite:///{tmp_path / 'shared.db'}"
        return
    from tests import pgtemp

    db_name = f"portal_{name}_{os.getpid()}"
    pgtemp.drop_database(admin, db_name)
    url = pgtemp.create_database(admin, db_name)
    try:
        yield url
    finally:
        pgtemp.drop_database(admin, db_name)


def env_for(data_dir: Path, database_url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PORTAL_")}
    env.update(
        {
            "PORTAL_DATA_DIR": str(data_dir),
            "PORTAL_DATABASE_URL": database_url,
            "PORTAL_SECRET_KEY": "multihost-test-secret",
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(extra)
    return env


def flask(env: dict[str, str], *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "flask", "--app", "portal", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def flask_popen(env: dict[str, str], *args: str, log: Path) -> subprocess.Popen:
    fh = open(log, "w")
    return subprocess.Popen(
        [sys.executable, "-m", "flask", "--app", "portal", *args],
        cwd=ROOT,
        env=env,
        stdout=fh,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )


def free_port() -> int:
    from tests.pgtemp import free_port as _free

    return _free()


@contextmanager
def gunicorn(env: dict[str, str], workers: int, log: Path) -> Iterator[str]:
    """`gunicorn -w N 'portal:create_app()'` on loopback; yields the base URL; always stopped."""
    port = free_port()
    cmd = [
        str(BIN / "gunicorn"),
        "-w",
        str(workers),
        "-b",
        f"127.0.0.1:{port}",
        "--timeout",
        "60",
        "--graceful-timeout",
        "5",
        "portal:create_app()",
    ]
    with open(log, "w") as fh:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            base = f"http://127.0.0.1:{port}"
            wait_until(lambda: _ok(base + "/healthz"), 90, f"gunicorn on {port} healthy", proc=proc, log=log)
            yield base
        finally:
            stop(proc)


def stop(proc: subprocess.Popen) -> None:
    """Stop a process we started (and the workers in its own session), politely first."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


def _ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.status == 200
    except (urllib.error.URLError, OSError):
        return False


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as resp:
        return json.loads(resp.read())


def wait_until(
    check: Callable[[], object],
    timeout: float,
    what: str,
    proc: subprocess.Popen[bytes] | None = None,
    log: Path | None = None,
    interval: float = 0.5,
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        if proc is not None and proc.poll() is not None:
            break
        time.sleep(interval)
    tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
    raise AssertionError(f"timed out waiting for {what}\n{tail}")


def index_references(index_dir: Path) -> Counter:
    """Every reference stored in the live generation of an index folder, with its number of documents."""
    from whoosh import index as windex

    name = (index_dir / "CURRENT").read_text().strip()
    ix = windex.open_dir(str(index_dir / name))
    with ix.searcher() as searcher:
        refs = Counter(fields["reference"] for fields in searcher.reader().all_stored_fields())
    ix.close()
    return refs


def article_lines(prefix: str, count: int) -> list[str]:
    themes = ["Parkeren", "Afval", "Werk en inkomen", "Wonen"]
    return [
        json.dumps(
            {
                "id": f"{prefix}-{i:04d}",
                "title": f"Verzoek {prefix} nummer {i} over {themes[i % 4]}",
                "body": f"## Situatie\n\nEen inwoner had een vraag over {themes[i % 4].lower()}.",
                "theme": themes[i % 4],
                "department": themes[i % 4],
                "outcome": "opgelost",
                "year": 2020 + i % 6,
            }
        )
        for i in range(count)
    ]
