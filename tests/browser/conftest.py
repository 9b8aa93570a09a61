"""Fixtures for the browser suite: one real portal (gunicorn) and one Chromium for the whole session.

Every test gets a fresh browser context (own cookies) at 1280x900 and fails on any console error,
uncaught script error or Content-Security-Policy violation on any page it visited.
Without /usr/bin/chromium the suite is skipped locally, but fails in CI (CI is set).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.browser.helpers import ConsoleGuard
from tests.browser.live_server import ADMIN, CHROMIUM, VIEWPORT, LiveServer, launch_chromium, live_server
from tests.browser.live_server import login as _login


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Run the browser suite once, in the SQLite pass of `make test` (it starts its own SQLite portal)."""
    here = os.path.dirname(__file__)
    if not os.environ.get("PORTAL_TEST_DATABASE_URL", "").startswith("postgresql"):
        return
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.skip(reason="browser suite runs once, in the SQLite pass"))


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Skip without a browser on a developer machine; in CI a missing browser is an error."""
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing in CI: .ci/setup.d/chromium.sh should have installed it")
        pytest.skip(f"Chromium not found at {CHROMIUM} (bash .ci/setup.d/chromium.sh installs it)")
    return str(CHROMIUM)


@pytest.fixture(scope="session")
def portal(chromium_path: str) -> Iterator[LiveServer]:
    """The real portal with demo data, served by gunicorn on a free loopback port."""
    with live_server() as server:
        yield server


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def console() -> ConsoleGuard:
    return ConsoleGuard()


@pytest.fixture
def new_page(browser: Any, portal: LiveServer, console: ConsoleGuard) -> Iterator[Callable[..., Any]]:
    """Factory for pages in fresh contexts (a resident and a mediator side by side); all are guarded."""
    contexts: list[Any] = []

    def make(**options: Any) -> Any:
        options = {"viewport": VIEWPORT, "locale": "nl-NL", "timezone_id": "UTC", **options}
        context = browser.new_context(base_url=portal.url, **options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.on("console", console.console)
        page.on("pageerror", console.page_error)
        return page

    try:
        yield make
    finally:
        for context in contexts:
            context.close()
    problems = console.unexpected()
    assert not problems, (
        "browser reported errors:\n" + "\n".join(problems) + "\n--- server log ---\n" + portal.log_tail()
    )


@pytest.fixture
def page(new_page: Callable[..., Any]) -> Any:
    """One guarded page in a fresh context."""
    return new_page()


@pytest.fixture(scope="session")
def admin_state(browser: Any, portal: LiveServer) -> dict[str, Any]:
    """Cookies of a logged-in admin, made once (log-in is argon2: slow on purpose)."""
    return _state(browser, portal, ADMIN)


def _state(browser: Any, portal: LiveServer, account: tuple[str, str]) -> dict[str, Any]:
    context = browser.new_context(base_url=portal.url, viewport=VIEWPORT)
    try:
        page = context.new_page()
        _login(page, portal.url, account)
        return context.storage_state()
    finally:
        context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """On a failure, show the end of the portal's log (server errors are logged there)."""
    report = yield
    server = getattr(item, "funcargs", {}).get("portal")
    if report.failed and isinstance(server, LiveServer):
        report.sections.append(("portal server log (end)", server.log_tail(6000)))
    return report
