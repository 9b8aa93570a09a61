"""Page structure: accessible charts and tables, no inline script or style, print stylesheet, menus."""

from __future__ import annotations

import re

from tests.accountability.acc_helpers import seed_q1_2025
from tests.conftest import login

PAGES = ["/verantwoording?periode=2025-Q1", "/verantwoording/kwartaal/2025-Q1", "/burgerfonds", "/open-data"]


def test_charts_are_labelled_and_tables_have_captions(app, client):
    seed_q1_2025()
    for url in PAGES:
        html = client.get(url).get_data(as_text=True)
        for svg in re.findall(r"<svg[^>]*>", html):
            assert 'role="img"' in svg
            ids = re.search(r'aria-labelledby="([^"]+)"', svg).group(1).split()
            for ident in ids:
                assert f'id="{ident}"' in html, (url, ident)
        tables = html.count("<table")
        assert tables and html.count("<caption>") == tables, url
        assert "<th scope=" in html
        assert "<script" not in html and 'style="' not in html and "<style" not in html, url
        headings = [int(h) for h in re.findall(r"<h([1-6])", html)]
        assert headings[0] == 1 and all(b - a <= 1 for a, b in zip(headings, headings[1:], strict=False)), url


def test_report_has_print_stylesheet_and_summary(app, client):
    seed_q1_2025()
    html = client.get("/verantwoording/kwartaal/2025-Q1").get_data(as_text=True)
    assert 'media="print"' in html and "Samenvatting" in html and "11 verzoeken" in html
    assert "Burgerfonds in dit kwartaal" in html and "Leren: wat er dit kwartaal is geleerd en gedaan" in html


def test_public_menu_and_backoffice_menu_links(client):
    assert 'href="/verantwoording"' in client.get("/").get_data(as_text=True)
    login(client, "admin@test.nl")
    html = client.get("/bemiddeling/").get_data(as_text=True)
    assert 'href="/bemiddeling/burgerfonds"' in html and 'href="/bemiddeling/leerpunten"' in html
    assert client.get("/bemiddeling/burgerfonds").headers["Cache-Control"] == "no-store"


def test_overview_never_shows_case_details(app, client):
    seed_q1_2025()
    html = client.get("/verantwoording?periode=2025-Q1").get_data(as_text=True)
    assert "Testverzoek" not in html and "acc-" not in html  # free text and submission ids stay inside
