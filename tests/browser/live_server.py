"""A real portal for the browser: temp data folder, migrations, demo data, gunicorn on a free loopback port.

Shared by the pytest fixtures (tests/browser/conftest.py) and `python tests/browser/screenshots.py`.
Chromium is Debian's /usr/bin/chromium, driven by pip's Playwright (never `playwright install`).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 900}

MEDIATOR = ("bemiddelaar1@voorbeeld.nl", "demo-bemiddel-2026")
ADMIN = ("admin@voorbeeld.nl", "demo-beheer-2026")

_CODE_RE = re.compile(r"Voorbeeldcode \((?P<label>[^)]*)\): (?P<code>VTA-[A-Z0-9-]+)")


@dataclass
class LiveServer:
    """A running portal: where it listens, its data folder and the demo's example tracking codes."""

    url: str
    data_dir: Path
    log_path: Path
    example_codes: dict[str, str] = field(default_factory=dict)

    def log_tail(self, chars: int = 4000) -> str:
        """The end of the server's log, for failure messages."""
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""


def free_port() -> int:
    """A port nobody listens on right now (loopback only)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _env(data_dir: Path, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PORTAL_")}
    env.update(
        {
            "PORTAL_DATA_DIR": str(data_dir),
            "PORTAL_BIND": f"127.0.0.1:{port}",
            # The browser journeys submit, log in and look up codes more often than a person would;
            # the limits themselves are tested in tests/web.
            "PORTAL_RATELIMIT_SENSITIVE": "1000/minute",
            "PORTAL_RATELIMIT_DEFAULT": "10000/minute",
            "WEB_CONCURRENCY": "1",
            "GUNICORN_THREADS": "4",
            "PYTHONUNBUFFERED": "1",
            # The app stores naive UTC but pre-fills a contact's time with local time: keep them equal here.
            "TZ": "UTC",
        }
    )
    return env


def _flask(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "portal", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode != 0:
        raise RuntimeError(f"flask {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def _wait_until_up(url: str, proc: subprocess.Popen[bytes], log_path: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {proc.returncode}:\n{log_path.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    raise RuntimeError(
        f"the portal did not answer on {url} within {timeout:.0f} s:\n{log_path.read_text(errors='replace')}"
    )


@contextlib.contextmanager
def live_server() -> Iterator[LiveServer]:
    """Migrate and seed a fresh data folder, serve it with gunicorn on loopback, always stop and clean up."""
    data_dir = Path(tempfile.mkdtemp(prefix="portal-browser-"))
    log_path = data_dir / "server.log"
    port = free_port()
    env = _env(data_dir, port)
    proc: subprocess.Popen[bytes] | None = None
    try:
        _flask(env, "db", "upgrade", "heads")
        demo_output = _flask(env, "demo")
        codes = {m.group("label"): m.group("code") for m in _CODE_RE.finditer(demo_output)}
        with open(log_path, "wb") as log:
            proc = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "portal:create_app()"],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        url = f"http://127.0.0.1:{port}"
        _wait_until_up(url, proc, log_path)
        yield LiveServer(url=url, data_dir=data_dir, log_path=log_path, example_codes=codes)
    finally:
        if proc is not None:
            _stop(proc)
        shutil.rmtree(data_dir, ignore_errors=True)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop gunicorn (master and workers: its own process group) gracefully, then hard."""
    if proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)


def launch_chromium(playwright: Any) -> Any:
    """Debian's Chromium, headless, nothing phoning home."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)


def login(page: Any, base_url: str, account: tuple[str, str]) -> None:
    """Log in through the real form (mediator or admin account of the demo)."""
    page.goto(f"{base_url}/bemiddeling/inloggen")
    page.get_by_label("E-mailadres").fill(account[0])
    page.get_by_label("Wachtwoord").fill(account[1])
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(re.compile(r"/bemiddeling/$"))
