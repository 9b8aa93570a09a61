"""Real portals for the commons tests: each its own data folder, municipality and gunicorn on a loopback port.

Used by tests/commons/conftest.py (the session fixtures `commons_portals` and `commons_network`) and usable
from any other test or script. Everything is invented sample content (no real cases).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from tests.browser.live_server import free_port

ROOT = Path(__file__).resolve().parents[2]
T = TypeVar("T")

ADMIN = ("beheer@noordstad.voorbeeld.nl", "commons-beheer-2026")


def article(ref: str, title: str, body: str, theme: str, department: str, outcome: str, year: int) -> dict[str, Any]:
    return {
        "id": ref,
        "title": title,
        "body": body,
        "theme": theme,
        "department": department,
        "outcome": outcome,
        "year": year,
    }


# Invented sample articles, different topics per portal so a search across shows where a hit comes from.
ARTICLES: dict[str, list[dict[str, Any]]] = {
    "Gemeente Noordstad": [
        article(
            "KB-2025-0001",
            "Parkeervergunning na verhuizing binnen de wijk",
            "## Situatie\n\nEen bewoner verhuisde twee straten verder en kreeg geen nieuwe parkeervergunning.\n\n"
            "## Afstemming\n\nDe bemiddelaar belde met het team Parkeren.\n\n## Uitkomst\n\nDe vergunning werd "
            "overgezet.\n\n## Leren\n\nBij een verhuizing binnen de wijk zet Parkeren de vergunning zelf over.",
            "parkeren",
            "Parkeren",
            "opgelost",
            2025,
        ),
        article(
            "KB-2025-0002",
            "Afvalcontainer niet geleegd door wegwerkzaamheden",
            "## Situatie\n\nDe container werd drie weken niet geleegd.\n\n## Uitkomst\n\nEen vaste ophaalplek "
            "tijdens de werkzaamheden.",
            "afval",
            "Afval en reiniging",
            "opgelost",
            2025,
        ),
    ],
    "Gemeente Zuidwaard": [
        article(
            "KB-2024-0101",
            "Bijzondere bijstand voor een wasmachine",
            "## Situatie\n\nDe aanvraag bleef maanden liggen.\n\n## Uitkomst\n\nBinnen een week een besluit en "
            "een vaste contactpersoon bij Inkomen.",
            "inkomen",
            "Werk en inkomen",
            "opgelost",
            2024,
        ),
        article(
            "KB-2024-0102",
            "Kwijtschelding gemeentelijke belastingen na een late brief",
            "## Situatie\n\nDe brief over kwijtschelding kwam na de termijn.\n\n## Uitkomst\n\nDe termijn werd "
            "verlengd.",
            "belastingen",
            "Belastingen",
            "deels opgelost",
            2024,
        ),
    ],
    "Gemeente Oostervaart": [
        article(
            "KB-2026-0201",
            "Overlast van een bouwplaats in het weekend",
            "## Situatie\n\nOp zaterdag werd al om zes uur geheid.\n\n## Uitkomst\n\nDe aannemer houdt zich aan "
            "de werktijden uit de vergunning.",
            "overlast",
            "Vergunningen",
            "opgelost",
            2026,
        ),
        article(
            "KB-2026-0202",
            "Parkeerplaats voor een gehandicapte bewoner",
            "## Situatie\n\nDe aanvraag voor een eigen parkeerplaats liep vast tussen twee afdelingen.\n\n"
            "## Uitkomst\n\nEen gezamenlijk besluit binnen vier weken.",
            "parkeren",
            "Parkeren",
            "opgelost",
            2026,
        ),
    ],
}


@dataclass
class Portal:
    """A running portal: its municipality, address, data folder and environment (for `flask` commands)."""

    municipality: str
    url: str
    data_dir: Path
    env: dict[str, str]
    log_path: Path
    proc: subprocess.Popen[bytes] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def flask(self, *args: str, check: bool = True, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        """Run `flask --app portal ARGS` on this portal's data folder (while it is serving)."""
        done = subprocess.run(
            [sys.executable, "-m", "flask", "--app", "portal", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if check and done.returncode != 0:
            raise AssertionError(f"flask {' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
        return done

    def import_articles(self, articles: list[dict[str, Any]]) -> None:
        """Create or update articles at this portal through `flask kb import` (same id: update)."""
        path = self.data_dir / f"import-{time.monotonic_ns()}.jsonl"
        path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
        self.flask("kb", "import", str(path))

    def withdraw(self, reference: str) -> None:
        """Withdraw an own article the way the publication workflow does (status and index change, one commit)."""
        script = (
            "from portal import create_app\n"
            "from portal.extensions import db\n"
            "from portal.models import Article\n"
            "from portal.services import knowledge\n"
            "app = create_app()\n"
            "with app.app_context():\n"
            f"    a = db.session.execute(db.select(Article).where(Article.reference == {reference!r})).scalar_one()\n"
            "    a.status = 'withdrawn'\n"
            "    knowledge.enqueue(a.reference, 'delete')\n"
            "    db.session.commit()\n"
        )
        subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=self.env, check=True, timeout=120)

    def get(self, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        req = urllib.request.Request(self.url + path, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                return resp.status, {k.lower(): v for k, v in resp.headers.items()}, resp.read()
        except urllib.error.HTTPError as err:
            return err.code, {k.lower(): v for k, v in err.headers.items()}, err.read()

    def get_json(self, path: str) -> Any:
        status, _headers, body = self.get(path)
        assert status == 200, (path, status, body[:500])
        return json.loads(body)

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""


def portal_env(data_dir: Path, port: int, municipality: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PORTAL_")}
    env.update(
        {
            "PORTAL_DATA_DIR": str(data_dir),
            "PORTAL_BIND": f"127.0.0.1:{port}",
            "PORTAL_BASE_URL": f"http://127.0.0.1:{port}",
            "PORTAL_MUNICIPALITY": municipality,
            "PORTAL_SECRET_KEY": f"commons-test-{port}",
            "PORTAL_RATELIMIT_SENSITIVE": "1000/minute",
            "PORTAL_RATELIMIT_DEFAULT": "10000/minute",
            # The tests sync with `flask commons sync` (deterministic); the schedule has its own test.
            "PORTAL_COMMONS_SYNC": "external",
            "WEB_CONCURRENCY": "1",
            "GUNICORN_THREADS": "4",
            "PYTHONUNBUFFERED": "1",
            "TZ": "UTC",
        }
    )
    env.update(extra)
    return env


def _wait_until_up(portal: Portal, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if portal.proc is not None and portal.proc.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {portal.proc.returncode}:\n{portal.log_tail()}")
        try:
            with urllib.request.urlopen(f"{portal.url}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the portal did not answer on {portal.url}:\n{portal.log_tail()}")


def start_portal(municipality: str, articles: list[dict[str, Any]], base: Path, **extra_env: str) -> Portal:
    """Migrate a fresh data folder, import `articles`, add an admin account, serve it with gunicorn."""
    port = free_port()
    data_dir = base / f"portal-{port}"
    data_dir.mkdir(parents=True)
    env = portal_env(data_dir, port, municipality, **extra_env)
    portal = Portal(municipality, f"http://127.0.0.1:{port}", data_dir, env, data_dir / "server.log")
    portal.flask("db", "upgrade", "heads")
    if articles:
        portal.import_articles(articles)
    portal.flask("create-user", "--email", ADMIN[0], "--name", "Beheer", "--role", "admin", "--password", ADMIN[1])
    with open(portal.log_path, "wb") as log:
        portal.proc = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "portal:create_app()"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    _wait_until_up(portal)
    return portal


def stop_portal(portal: Portal) -> None:
    proc = portal.proc
    if proc is None or proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)


@contextlib.contextmanager
def running_portals(specs: dict[str, list[dict[str, Any]]], **extra_env: str) -> Iterator[dict[str, Portal]]:
    """Start one portal per municipality in `specs`; always stop them and remove their folders."""
    base = Path(tempfile.mkdtemp(prefix="portal-commons-"))
    started: dict[str, Portal] = {}
    try:
        for municipality, articles in specs.items():
            started[municipality] = start_portal(municipality, articles, base, **extra_env)
        yield started
    finally:
        for portal in started.values():
            stop_portal(portal)
        shutil.rmtree(base, ignore_errors=True)


def wait_for(check: Callable[[], T], timeout: float = 30.0, interval: float = 0.3) -> T:
    """Poll `check` until it returns something truthy (e.g. the index writer applied a change)."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout:.0f} s (last value: {value!r})")
        time.sleep(interval)
