"""Steps and checks the browser tests share: submitting as a resident, finding a request, running axe."""

from __future__ import annotations

import re
import sqlite3
import urllib.error
import urllib.request
from typing import Any

from playwright.sync_api import expect

from tests.browser.live_server import LiveServer

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
CODE_RE = re.compile(r"^VTA(-[0-9A-Z]{4}){4}$")


class ConsoleGuard:
    """Collects console errors, page errors and CSP violations; some may be declared expected."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.allowed: list[re.Pattern[str]] = []

    def allow(self, pattern: str) -> None:
        """Accept console errors matching `pattern` (e.g. the 400 of a form with errors)."""
        self.allowed.append(re.compile(pattern))

    def console(self, msg: Any) -> None:
        if msg.type == "error":
            self.problems.append(f"console error on {msg.location.get('url', '?')}: {msg.text}")

    def page_error(self, error: Any) -> None:
        self.problems.append(f"uncaught script error: {error}")

    def unexpected(self) -> list[str]:
        return [p for p in self.problems if not any(a.search(p) for a in self.allowed)]


def status_of(server: LiveServer, path: str) -> int:
    """HTTP status of a GET outside the browser (probing optional pages without console noise)."""
    try:
        with urllib.request.urlopen(f"{server.url}{path}", timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as err:
        return int(err.code)


def type_into(page: Any, label: str, text: str) -> None:
    """Focus a field by its label and type, key by key, as a person would."""
    field = page.get_by_label(label, exact=True)
    field.click()
    field.press_sequentially(text)


def submit_request(page: Any, story: str, *, email: str = "bewoner@voorbeeld.nl") -> str:
    """Fill in /verzoek/nieuw as a resident and return the tracking code from the receipt."""
    page.goto("/verzoek/nieuw")
    type_into(page, "Wat is er gebeurd?", story)
    type_into(page, "Wat wilt u bereiken?", "Een gesprek en een nieuw besluit.")
    page.get_by_label("Waar gaat het over?").select_option(label="Parkeren")
    type_into(page, "Uw naam", "Fatima de Vries")
    type_into(page, "Uw e-mailadres", email)
    page.get_by_role("group", name="Hoe wilt u dat wij contact opnemen?").get_by_label("E-mail").check()
    page.get_by_label(re.compile("^Ja, de uitkomst mag zonder naam")).check()
    page.get_by_role("button", name="Verzoek versturen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wij hebben uw verzoek ontvangen")
    code = page.locator("p.code").inner_text().strip()
    assert CODE_RE.match(code), code
    return code


def request_id(server: LiveServer, marker: str) -> int:
    """The id of the request whose story contains `marker` (what a mediator finds in the queue)."""
    with sqlite3.connect(server.data_dir / "portal.db") as conn:
        row = conn.execute(
            "SELECT id FROM requests WHERE what_happened LIKE ? ORDER BY id DESC", (f"%{marker}%",)
        ).fetchone()
    assert row, f"no request with {marker!r}"
    return int(row[0])


def axe_violations(page: Any, *, impacts: tuple[str, ...] = ("serious", "critical")) -> list[dict[str, Any]]:
    """axe-core (bundled offline by axe-playwright-python) on the current page: WCAG 2.1 A/AA violations."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]})
    return [v for v in results.response["violations"] if v.get("impact") in impacts]


def describe(violations: list[dict[str, Any]]) -> str:
    """Readable summary: rule, impact, help and the first few offending elements."""
    lines = []
    for v in violations:
        targets = [" ".join(map(str, n.get("target", []))) for n in v.get("nodes", [])[:5]]
        lines.append(f"- {v['id']} ({v.get('impact')}): {v.get('help')} -> {targets}")
    return "\n".join(lines)


def assert_accessible(page: Any, what: str) -> None:
    """No serious or critical WCAG 2.1 AA violations on the page as it is now."""
    found = axe_violations(page)
    assert not found, f"axe on {what} ({page.url}):\n{describe(found)}"


def assert_summary_links_lead_to_fields(page: Any) -> None:
    """Every link in the error summary points at an element that exists (the field or its group)."""
    hrefs = page.locator(".error-summary a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert hrefs, "error summary without links"
    missing = [h for h in hrefs if not page.evaluate("h => document.getElementById(h.slice(1)) !== null", h)]
    assert not missing, f"error summary links without a target: {missing}"
