"""A quiet first start: a run that skips a suite for a missing system dependency ends with one line naming the
command that installs it (tests/skipped_suites.py), instead of skipping silently. Real pytest subprocesses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from _pytest.reports import TestReport

from tests.skipped_suites import hint_lines

ROOT = Path(__file__).resolve().parents[2]


def run_pytest(*args: str, **env: str) -> str:
    """Run pytest as `make test` does (the project's addopts, so `-q`), with the given environment changes."""
    clean = {k: v for k, v in os.environ.items() if k not in ("CI", "PORTAL_TEST_POSTGRES", "PORTAL_TEST_DATABASE_URL")}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done.stdout


def test_without_chromium_the_browser_suite_names_its_install_command() -> None:
    out = run_pytest("tests/browser/test_browser_public.py", PORTAL_CHROMIUM="/nonexistent/chromium")
    lines = [line for line in out.splitlines() if line.startswith("skipped: browser suite")]
    assert len(lines) == 1, out[-3000:]
    assert "bash .ci/setup.d/chromium.sh" in lines[0] and "Chromium missing" in lines[0]
    closing = out.strip().splitlines()
    assert closing[-2] == lines[0] and "skipped in" in closing[-1]  # at the end, just before pytest's own count


def test_without_postgresql_the_pg_pass_names_its_install_command() -> None:
    out = run_pytest("tests/trust/test_trust_backup_pg.py", PORTAL_PG_BINDIR="/nonexistent/pg/bin")
    lines = [line for line in out.splitlines() if line.startswith("skipped: PostgreSQL pass")]
    assert len(lines) == 1, out[-3000:]
    assert "bash .ci/setup.d/postgres.sh" in lines[0] and "PORTAL_TEST_POSTGRES=1 make test" in lines[0]


def test_nothing_is_said_when_nothing_is_skipped() -> None:
    out = run_pytest("tests/web/test_portal_units.py")
    assert "skipped:" not in out


def _skipped(nodeid: str, reason: str) -> TestReport:
    return TestReport(nodeid, ("x.py", 1, nodeid), {}, "skipped", ("x.py", 1, f"Skipped: {reason}"), "call")


@pytest.mark.parametrize("installed, expected", [(True, "run: PORTAL_TEST_POSTGRES=1"), (False, "postgres.sh")])
def test_hint_lines_per_suite(installed: bool, expected: str) -> None:
    reports = [
        _skipped("tests/browser/test_a.py::t1", "Chromium not found at /usr/bin/chromium"),
        _skipped("tests/browser/test_a.py::t2", "Chromium not found at /usr/bin/chromium"),
        _skipped("tests/accountability/test_b.py::t", "WeasyPrint's system libraries are missing"),
        _skipped("tests/trust/test_c.py::t", "needs the PostgreSQL pass (python -m tests.pg_run)"),
        _skipped("tests/anonymizer/test_d.py::t", "shared dev corpus not available"),
    ]
    lines = hint_lines(reports, on_postgres=False, env={}, postgres_installed=installed)
    assert len(lines) == 3
    assert lines[0].startswith("skipped: browser suite (tests/browser), 2 tests") and "chromium.sh" in lines[0]
    assert "weasyprint.sh" in lines[1]
    assert expected in lines[2]
    # the SQLite pass of `make test` in CI (the PostgreSQL pass follows) and the PostgreSQL pass itself stay quiet
    assert len(hint_lines(reports, on_postgres=False, env={"PORTAL_TEST_POSTGRES": "1"}, postgres_installed=True)) == 2
    assert len(hint_lines(reports, on_postgres=True, env={}, postgres_installed=True)) == 2
