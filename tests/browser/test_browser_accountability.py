"""Accountability in a real browser: axe on every changed page, reflow, nothing clipped, and the screenshot of a
demo quarter with every headline figure visible (docs/screenshots/verantwoording-kwartaal.png)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import ConsoleGuard, assert_accessible
from tests.browser.live_server import LiveServer

ROOT = Path(__file__).resolve().parents[2]


def _last_full_quarter(today: dt.date | None = None) -> tuple[str, str]:
    today = today or dt.date.today()
    q = (today.month - 1) // 3 + 1
    y, q = (today.year - 1, 4) if q == 1 else (today.year, q - 1)
    return f"{y}-Q{q}", f"{q}e kwartaal {y}"


QUARTER, QUARTER_LABEL = _last_full_quarter()
PAGES = {
    "verantwoording-kwartaal": f"/verantwoording?periode={QUARTER}",
    "verantwoording-jaar": f"/verantwoording?periode={dt.date.today().year - 1}",
    "kwartaalrapport": f"/verantwoording/kwartaal/{QUARTER}",
    "jaarverslag": f"/verantwoording/jaar/{dt.date.today().year - 1}",
    "burgerfonds": "/burgerfonds",
    "open-data": "/open-data",
}


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_accountability_pages_pass_axe(page: Any, path: str) -> None:
    page.goto(path)
    assert_accessible(page, path)


def test_learning_points_page_passes_axe(
    new_page: Callable[..., Any], admin_state: dict[str, Any], console: ConsoleGuard
) -> None:
    console.allow(r"status of 400")  # the empty form is refused on purpose
    page = new_page(storage_state=admin_state)
    page.goto("/bemiddeling/leerpunten")
    expect(page.get_by_role("heading", level=1)).to_have_text("Leerpunten")
    expect(page.get_by_role("link", name=re.compile(r"^Patroon: "))).not_to_have_count(0)  # internal links
    assert_accessible(page, "/bemiddeling/leerpunten")
    page.get_by_role("button", name="Leerpunt toevoegen").click()  # empty form: Dutch errors, still accessible
    expect(page.get_by_text("Dit veld is verplicht.").first).to_be_visible()
    assert_accessible(page, "/bemiddeling/leerpunten (fouten)")


def test_archive_reaches_every_report_by_keyboard_and_links(page: Any) -> None:
    page.goto("/verantwoording")
    archive = page.get_by_role("region", name="Rapporten voor de gemeenteraad")
    expect(archive.get_by_role("link", name=re.compile(rf"^{QUARTER_LABEL}$", re.I))).to_be_visible()
    archive.get_by_role("link", name=re.compile(rf"^{QUARTER_LABEL}$", re.I)).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Kwartaalrapport: {QUARTER_LABEL}")
    expect(page.get_by_role("heading", name="De vijf regels van de Ombudsvisie")).to_be_visible()


def test_headline_figures_all_visible_and_screenshot(new_page: Callable[..., Any]) -> None:
    page = new_page()
    page.goto(PAGES["verantwoording-kwartaal"])
    table = page.get_by_role("table", name=re.compile("^Kerncijfers"))
    expect(table).to_be_visible()
    cells = table.locator("tbody tr td:nth-child(2)").all_inner_texts()
    assert len(cells) >= 9
    for text in cells:
        assert re.fullmatch(r"\d+%?", text.strip()), f"headline figure blank or hidden: {cells}"
    out = ROOT / "docs" / "screenshots" / "verantwoording-kwartaal.png"
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    top = page.locator("#samenvatting").bounding_box()
    bottom = table.bounding_box()
    assert top and bottom
    page.screenshot(
        path=str(out),
        full_page=True,
        animations="disabled",
        caret="hide",
        clip={"x": 0, "y": top["y"] - 24, "width": 1280, "height": bottom["y"] + bottom["height"] - top["y"] + 48},
    )
    assert out.stat().st_size > 10_000


def test_fund_table_is_not_clipped_on_a_desktop(page: Any) -> None:
    page.goto("/burgerfonds")
    clipped = page.evaluate("""() => [...document.querySelectorAll('.table-scroll')]
        .filter(el => el.scrollWidth > el.clientWidth + 1).map(el => el.getAttribute('aria-label'))""")
    assert not clipped, f"tables that need sideways scrolling at 1280 px: {clipped}"
    expect(page.get_by_role("img", name=re.compile(r"in hele euro \(€\)"))).to_be_visible()


def test_report_pages_reflow_at_320_css_pixels(new_page: Callable[..., Any], portal: LiveServer) -> None:
    page = new_page(viewport={"width": 320, "height": 640})
    wide = {}
    for path in (PAGES["kwartaalrapport"], PAGES["jaarverslag"], "/verantwoording"):
        page.goto(path)
        width = page.evaluate("() => document.documentElement.scrollWidth")
        if width > 320:
            wide[path] = width
    assert not wide, wide
