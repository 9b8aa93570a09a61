"""Screenshots of the main pages for docs/screenshots/, from a fresh demo portal in Debian's Chromium.

    python tests/browser/screenshots.py [OUTPUT_DIR]

Uses the same server set-up as the browser tests (tests/browser/live_server.py): a temporary data folder,
migrations, `flask --app portal demo`, gunicorn on a free loopback port. 1280x900 viewport, PNG.
A full-page shot larger than MAX_BYTES is retaken as the first screen only.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.browser.live_server import (  # noqa: E402 - after the path set-up for a direct run
    MEDIATOR,
    VIEWPORT,
    launch_chromium,
    live_server,
    login,
)

MAX_BYTES = 300 * 1024


def shoot(page: Any, path: Path, *, full_page: bool = True) -> Path:
    """Save a PNG of the page; fall back to the first screen if the full page would be too large."""
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    page.screenshot(path=str(path), full_page=full_page, animations="disabled", caret="hide")
    if full_page and path.stat().st_size > MAX_BYTES:
        page.screenshot(path=str(path), full_page=False, animations="disabled", caret="hide")
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {path.stat().st_size // 1024} KB")
    return path


def resident_pages(page: Any, out: Path, codes: dict[str, str]) -> None:
    page.goto("/")
    shoot(page, out / "01-home.png")

    page.goto("/verzoek/nieuw")
    page.get_by_label("Wat is er gebeurd?", exact=True).fill(
        "Ik vroeg in maart een parkeervergunning aan voor mijn moeder, voor wie ik mantelzorg. "
        "De aanvraag werd afgewezen zonder uitleg en op mijn brief kreeg ik geen antwoord."
    )
    page.get_by_label("Wat wilt u bereiken?", exact=True).fill("Uitleg over het besluit en een nieuwe beoordeling.")
    page.get_by_label("Waar gaat het over?").select_option(label="Parkeren")
    page.get_by_label("Uw naam", exact=True).fill("Fatima de Vries")
    page.get_by_label("Uw e-mailadres", exact=True).fill("fatima@voorbeeld.nl")
    page.get_by_role("group", name="Hoe wilt u dat wij contact opnemen?").get_by_label("E-mail").check()
    shoot(page, out / "02-verzoek-indienen.png")

    page.get_by_role("button", name="Verzoek versturen").click()
    page.get_by_role("heading", name="Wij hebben uw verzoek ontvangen").wait_for()
    shoot(page, out / "03-ontvangstbevestiging.png")

    page.goto(f"/verzoek/{codes['wacht op de controlevraag']}")
    shoot(page, out / "04-stand-van-zaken.png")

    page.goto("/kennisbank?q=parkeervergunning")
    shoot(page, out / "05-kennisbank-zoeken.png", full_page=False)

    page.locator("ol.hits a").first.click()
    page.locator("article h1").wait_for()
    shoot(page, out / "06-kennisbankartikel.png")

    response = page.goto("/verantwoording")
    if response is not None and response.status == 200:
        shoot(page, out / "07-verantwoording.png")


def backoffice_pages(page: Any, out: Path, base_url: str) -> None:
    login(page, base_url, MEDIATOR)
    shoot(page, out / "08-werkvoorraad.png", full_page=False)
    page.locator("table.table tbody a").first.click()
    page.get_by_role("heading", level=1).wait_for()
    shoot(page, out / "09-verzoek-bemiddelaar.png")


def main(argv: list[str]) -> int:
    out = Path(argv[0]).resolve() if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright

    with live_server() as server, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            steps: list[Callable[[Any], None]] = [
                lambda page: resident_pages(page, out, server.example_codes),
                lambda page: backoffice_pages(page, out, server.url),
            ]
            for step in steps:
                context = browser.new_context(
                    base_url=server.url, viewport=VIEWPORT, locale="nl-NL", timezone_id="Europe/Amsterdam"
                )
                try:
                    step(context.new_page())
                finally:
                    context.close()
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
