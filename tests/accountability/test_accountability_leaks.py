"""On the demo municipality: every output of every quarter and year is scanned (pages, reports, API, CSV, JSON, PDF).

Targets from the issue: no breakdown cell of 1..4 leaves the system; no headline figure of a quarter with at
least 20 requests is blanked; free periods are refused everywhere. See docs/accountability-threat-model.md.
"""

from __future__ import annotations

import csv
import io
import random
import re

import pytest

from portal import demo, labels
from portal.extensions import db
from portal.services import accountability as acc
from portal.services import fund, reportpdf

SMALL = {1, 2, 3, 4}
BREAKDOWN_CAPTIONS = (
    "Verzoeken per thema",
    "Verzoeken per afdeling",
    "Verzoeken per kanaal",
    "Uitkomsten van verzoeken uit deze periode",
    "Doorverwezen: naar welke formele route",
    "Doorverwezen: redenen per categorie",
    "Afspraken met de gemeente, per afdeling",
)
BREAKDOWN_ROW_LABELS = (
    "Door een bemiddelaar geregistreerd",
    "Niet opgelost",
    "Doorverwezen naar",
    "Reden van doorverwijzing",
)
HEADLINE_PCTS = (
    ("outcomes", "solved_without_complaint_pct"),
    ("first_contact", "within_norm_pct"),
    ("resolution", "within_norm_pct"),
    ("agreements", "kept_pct"),
    ("control", "satisfied_pct"),
)


@pytest.fixture
def demo_app(app):
    """The demo's requests, agreements, fund ledger and learning points (without the search index)."""
    rng = random.Random(42)
    users = demo._accounts()
    demo._requests(rng, users, 300)
    fund.seed_demo(rng)
    acc.clear_cache()
    return app


def _breakdown_cells(data: dict) -> list[tuple[str, object]]:
    """Every breakdown cell of a figures structure (this period and the one before)."""
    out: list[tuple[str, object]] = []
    for block in (data, data.get("previous")):
        if not block:
            continue
        for name in ("by_theme", "by_department", "by_channel"):
            out += [(f"{name}:{r['key']}", r["count"]) for r in block["received"][name]]
        out += [(f"outcome:{r['key']}", r["count"]) for r in block["outcomes"]["rows"] if r["key"] != "lopend"]
        out += [(f"route:{r['key']}", r["count"]) for r in block["outcomes"]["routes"]]
        out += [(f"category:{r['key']}", r["count"]) for r in block["outcomes"]["categories"]]
        for r in block["agreements"]["by_department"]:
            out += [(f"agreements:{r['key']}:{s}", r[s]) for s in ("open", "kept", "broken", "total")]
        rules = {rule["key"]: rule for rule in block.get("rules", [])}
        if rules:
            out.append(("rule1:on_behalf", rules["toegang"]["figures"][1]["value"]))
            out += [(f"rule4:{f['label']}", f["value"]) for f in rules["oordeel"]["figures"]]
            out += [(f"rule4:category:{r['key']}", r["count"]) for r in rules["oordeel"]["categories"]]
    return out


def _assert_safe_json(data: dict, where: str) -> None:
    for name, value in _breakdown_cells(data):
        assert not (isinstance(value, int) and value in SMALL), (where, name, value)


def _html_breakdown_numbers(html: str) -> list[tuple[str, str]]:
    """(table caption / row label, cell text) of every number cell in the breakdown tables of a page."""
    out = []
    for caption in BREAKDOWN_CAPTIONS:
        for part in html.split(f"<caption>{caption}</caption>")[1:]:
            table = re.sub(r"<tfoot>.*?</tfoot>", "", part.split("</table>", 1)[0], flags=re.S)  # headline row
            for cell in re.findall(r'<td class="num">(.*?)</td>', table, flags=re.S):
                out.append((caption, re.sub(r"<[^>]+>", "", cell).strip()))
    for label in BREAKDOWN_ROW_LABELS:
        for cell in re.findall(rf'<th scope="row">{label}[^<]*</th><td class="num">(.*?)</td>', html, flags=re.S):
            out.append((label, re.sub(r"<[^>]+>", "", cell).strip()))
    return out


def _assert_safe_html(html: str, where: str) -> None:
    cells = _html_breakdown_numbers(html)
    assert cells, where
    for caption, text in cells:
        if text.endswith("%"):
            continue  # a share of a published count
        assert text not in {"1", "2", "3", "4"}, (where, caption, text)


def _pdf_lines(body: bytes) -> list[str]:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(body))
    return [line.strip() for page in reader.pages for line in page.extract_text().splitlines()]


def _breakdown_labels() -> list[str]:
    themes = [name for _slug, name in labels.THEMES]
    names = [
        *themes,
        *labels.DEPARTMENTS,
        *labels.CHANNELS.values(),
        *labels.ROUTES.values(),
        *labels.REFERRAL_CATEGORIES.values(),
        *(v for k, v in labels.OUTCOMES.items() if k != "lopend"),
        "Nog niet ingedeeld",
        "Route niet vastgelegd",
        "Soort reden niet vastgelegd",
    ]
    return sorted(set(names), key=len, reverse=True)


def _assert_safe_pdf(body: bytes, where: str) -> None:
    """A PDF line that starts with a breakdown label and continues with figures never holds 1..4."""
    names = _breakdown_labels()
    checked = 0
    for line in _pdf_lines(body):
        for name in names:
            if not line.startswith(name + " "):
                continue
            rest = line[len(name) :].split()
            if rest and all(re.fullmatch(r"(\d+|<5|×|–|\d+(,\d)?%)", t) for t in rest):
                checked += 1
                assert not any(t in {"1", "2", "3", "4"} for t in rest), (where, line)
            break
    assert checked > 10, where  # the tables really are in the PDF


def test_no_small_breakdown_cell_leaves_any_output_and_headlines_stay(demo_app, client):
    archive = client.get("/verantwoording").get_data(as_text=True)
    quarters = sorted(set(re.findall(r'href="/verantwoording/kwartaal/(\d{4}-Q[1-4])"', archive)), reverse=True)
    years = sorted(set(re.findall(r'href="/verantwoording/jaar/(\d{4})"', archive)), reverse=True)
    assert len(quarters) >= 8 and len(years) >= 2
    big_quarters = 0
    for slug in [*quarters, *years, "alles"]:
        api = client.get(f"/api/v1/accountability?period={slug}")
        assert api.status_code == 200, slug
        data = api.get_json()
        _assert_safe_json(data, f"api {slug}")
        _assert_safe_json(client.get(f"/open-data/verantwoording.json?periode={slug}").get_json(), f"json {slug}")
        _assert_safe_html(client.get(f"/verantwoording?periode={slug}").get_data(as_text=True), f"page {slug}")
        rows = list(
            csv.DictReader(
                io.StringIO(
                    client.get(f"/open-data/verantwoording.csv?periode={slug}").get_data(as_text=True).lstrip("\ufeff")
                )
            )
        )
        for r in rows:
            breakdown = (
                r["table"].startswith(("received_", "referral_route", "referral_category", "agreements_department"))
                or (r["table"] == "outcome" and r["measure"] == "count" and r["key"] != "lopend")
                or (r["table"] in ("rule1", "rule4") and r["key"] in ("toegang-2", "oordeel-1", "oordeel-2"))
            )
            if breakdown and r["measure"] in ("count", "value", "open", "kept", "broken", "total"):
                assert r["value"] not in {"1", "2", "3", "4"}, (slug, r)
        if slug in quarters or slug in years:
            report = f"/verantwoording/kwartaal/{slug}" if "Q" in slug else f"/verantwoording/jaar/{slug}"
            _assert_safe_html(client.get(report).get_data(as_text=True), report)
        if "Q" in slug and isinstance(data["received"]["total"], int) and data["received"]["total"] >= 20:
            big_quarters += 1
            assert isinstance(data["received"]["total"], int) and isinstance(data["outcomes"]["finished"], int)
            for block, field in HEADLINE_PCTS:
                assert data[block][field] is not None, (slug, block, field)
            trend = {t["quarter"]: t for t in data["trend"]}[slug]
            assert all(
                trend[k] is not None
                for k in (
                    "received",
                    "solved_without_complaint_pct",
                    "first_contact_within_norm_pct",
                    "satisfied_pct",
                    "agreements_kept_pct",
                )
            ), trend
    assert big_quarters >= 6  # the demo has about 35 requests a quarter
    assert acc.grid_periods(acc.first_day())  # the grid covers the data


@pytest.mark.skipif(not reportpdf.available(), reason="WeasyPrint's system libraries are missing")
def test_pdfs_hold_no_small_breakdown_cell(demo_app, client):
    archive = client.get("/verantwoording").get_data(as_text=True)
    quarters = sorted(set(re.findall(r'href="/verantwoording/kwartaal/(\d{4}-Q[1-4])"', archive)), reverse=True)
    for url in (
        f"/verantwoording/kwartaal/{quarters[1]}.pdf",
        f"/verantwoording/kwartaal/{quarters[2]}.pdf",
        f"/verantwoording/jaar/{quarters[1][:4]}.pdf",
    ):
        response = client.get(url)
        assert response.status_code == 200 and response.mimetype == "application/pdf", url
        _assert_safe_pdf(response.data, url)


def test_free_periods_are_refused_everywhere(demo_app, client):
    for args in ("van=2025-01&tot=2025-02", "van=2025-02", "tot=2025-03", "from=2025-01-01&to=2025-03-31"):
        for base in ("/verantwoording", "/open-data/verantwoording.csv", "/open-data/verantwoording.json"):
            response = client.get(f"{base}?{args}")
            assert response.status_code == 400, (base, args)
            assert "alleen per kwartaal of per jaar" in response.get_data(as_text=True), (base, args)
        api = client.get(f"/api/v1/accountability?{args.replace('van', 'from').replace('tot', 'to')}")
        assert api.status_code == 400 and "kwartaal" in api.get_json()["error"]


def test_demo_headlines_never_blanked_in_the_rollup_either(demo_app):
    db.session.commit()
    first = acc.first_day()
    for period in acc.grid_periods(first):
        if period.kind != "quarter":
            continue
        data = acc.figures(period, with_previous=False)
        if isinstance(data["received"]["total"], int) and data["received"]["total"] >= 20:
            assert all(data[b][f] is not None for b, f in HEADLINE_PCTS), period.slug
