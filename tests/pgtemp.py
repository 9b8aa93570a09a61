"""A throw-away PostgreSQL server on loopback in a temporary folder (initdb + pg_ctl, no system service).

Used by `python -m tests.pg_run` (the PostgreSQL pass of `make test`), the multi-host tests and the
server bench. As root, the server runs as the `postgres` system user (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def pg_bindir() -> Path | None:
    """The folder with initdb and pg_ctl: PORTAL_PG_BINDIR, Debian's /usr/lib/postgresql/<v>/bin, or PATH."""
    if os.environ.get("PORTAL_PG_BINDIR"):
        return Path(os.environ["PORTAL_PG_BINDIR"])
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0,
    )
    if versions:
        return Path(versions[-1]).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def available() -> bool:
    return pg_bindir() is not None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_server_user(cmd: list[str]) -> list[str]:
    """Wrap a command so it runs as `postgres` when we are root (initdb and postgres refuse root)."""
    if os.geteuid() != 0:
        return cmd
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", "postgres", "--", *cmd]
    return ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(f"'{c}'" for c in cmd)]


@contextmanager
def temp_postgres(fast: bool = True) -> Iterator[str]:
    """Start a private PostgreSQL on 127.0.0.1:<random port>; yield an admin SQLAlchemy URL; always stop it.

    `fast` turns off fsync (test data only: a crash of the test machine may lose it, which is fine).
    """
    bindir = pg_bindir()
    if bindir is None:
        raise RuntimeError("PostgreSQL not found (apt-get install postgresql, or set PORTAL_PG_BINDIR)")
    root = Path(tempfile.mkdtemp(prefix="portal-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        try:
            pw = pwd.getpwnam("postgres")
        except KeyError as exc:
            raise RuntimeError("as root, the 'postgres' system user is needed (Debian's package creates it)") from exc
        for path in (root, sock):
            os.chown(path, pw.pw_uid, pw.pw_gid)
    port = free_port()
    log = root / "server.log"
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    started = False
    try:
        subprocess.run(
            _as_server_user(
                [
                    str(bindir / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "--encoding=UTF8",
                    "--locale=C.UTF-8",
                    "--no-sync",
                ]
            ),
            check=True,
            capture_output=True,
            env=env,
            cwd=root,
        )
        opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {sock} -c max_connections=200"
        if fast:
            opts += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        subprocess.run(
            _as_server_user(
                [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o", opts, "start"]
            ),
            check=True,
            capture_output=True,
            env=env,
            cwd=root,
        )
        started = True
        url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        _wait_ready(port)
        yield url
    except subprocess.CalledProcessError as err:
        detail = (err.stderr or b"").decode(errors="replace")
        if log.exists():
            detail += log.read_text(errors="replace")[-2000:]
        raise RuntimeError(f"PostgreSQL failed to start: {detail}") from err
    finally:
        if started:
            subprocess.run(
                _as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
                capture_output=True,
                env=env,
                cwd=root,
            )
        shutil.rmtree(root, ignore_errors=True)


def _wait_ready(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"PostgreSQL did not listen on port {port}")


def create_database(admin_url: str, name: str, template: str | None = None) -> str:
    """CREATE DATABASE (optionally from a template); return its URL."""
    import psycopg

    with psycopg.connect(_libpq(admin_url), autocommit=True) as conn:
        sql = f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")
        conn.execute(sql)
    return admin_url.rsplit("/", 1)[0] + "/" + name


def drop_database(admin_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(_libpq(admin_url), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)
