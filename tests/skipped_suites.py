"""A quiet first start: one line per suite that this run skipped, naming the command that installs what it needs.

`tests/conftest.py` prints these lines at the end of every pytest run (so at the end of `make test`), instead of
the suites being skipped silently. A suite is recognised by its skip reasons: every test that skips for a missing
system dependency says which one (Chromium, WeasyPrint, PostgreSQL) in its reason.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pytest


@dataclass(frozen=True)
class Suite:
    keyword: str  # a skip reason naming this (case-insensitive) belongs to the suite
    name: str
    needs: str
    install: str


BROWSER = Suite("chromium", "browser suite (tests/browser)", "Chromium", "bash .ci/setup.d/chromium.sh")
PDF = Suite("weasyprint", "PDF reports", "WeasyPrint's system libraries", "bash .ci/setup.d/weasyprint.sh")
POSTGRES = Suite("postgresql", "PostgreSQL pass", "a PostgreSQL server", "bash .ci/setup.d/postgres.sh")


def skip_reason(report: pytest.TestReport) -> str:
    """The text of a skipped report's reason ('' when pytest kept none)."""
    longrepr = report.longrepr
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2])
    return str(longrepr or "")


def _count(reports: Iterable[pytest.TestReport], suite: Suite) -> int:
    return sum(1 for report in reports if suite.keyword in skip_reason(report).lower())


def hint_lines(
    reports: Iterable[pytest.TestReport],
    on_postgres: bool,
    env: Mapping[str, str] = os.environ,
    postgres_installed: bool | None = None,
) -> list[str]:
    """One line per skipped suite with the command that installs what it needs; [] when nothing was skipped."""
    reports = list(reports)
    lines = []
    for suite in (BROWSER, PDF):
        n = _count(reports, suite)
        if n:
            lines.append(f"skipped: {suite.name}, {n} tests: {suite.needs} missing; install: {suite.install}")
    # The PostgreSQL pass follows the SQLite pass in `make test` when PORTAL_TEST_POSTGRES=1 (as in CI).
    n = _count(reports, POSTGRES)
    if n and not on_postgres and env.get("PORTAL_TEST_POSTGRES") != "1":
        if postgres_installed is None:
            from tests import pgtemp

            bindir = pgtemp.pg_bindir()
            postgres_installed = bindir is not None and (bindir / "initdb").exists()
        then = "PORTAL_TEST_POSTGRES=1 make test"
        if postgres_installed:
            lines.append(f"skipped: {POSTGRES.name} ({n} PostgreSQL-only tests among them); run: {then}")
        else:
            lines.append(
                f"skipped: {POSTGRES.name} ({n} PostgreSQL-only tests among them): {POSTGRES.needs} missing; "
                f"install: {POSTGRES.install}, then: {then}"
            )
    return lines
