"""The quarterly and annual reports: archive, PDF, the five rules of the Ombudsvisie, learning, Dutch formats."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from portal.extensions import db
from portal.models import Improvement
from portal.services import accountability as acc
from portal.services import reportpdf
from tests.accountability.acc_helpers import dep_id, seed_q1_2025, theme_id

ROOT = Path(__file__).resolve().parents[2]


def test_archive_lists_every_quarter_and_year_newest_first(app, client):
    seed_q1_2025()
    html = client.get("/verantwoording").get_data(as_text=True)
    assert "Rapporten voor de gemeenteraad" in html
    html = html.split('id="archief"', 1)[1].split("</section>", 1)[0]
    quarters = re.findall(r'href="/verantwoording/kwartaal/(\d{4}-Q[1-4])"', html)
    years = re.findall(r'href="/verantwoording/jaar/(\d{4})"', html)
    today = dt.date.today()
    current = acc.quarter_of(today)
    assert quarters[0] == current.slug  # newest first
    assert quarters == sorted(quarters, reverse=True)
    assert "2024-Q4" in quarters and "2025-Q1" in quarters  # from the first request's quarter on
    assert "2024-Q3" not in quarters
    assert years[0] == str(today.year) and "2024" in years and years == sorted(years, reverse=True)
    assert f'href="/verantwoording/kwartaal/{current.slug}.pdf"' in html
    assert 'href="/verantwoording/jaar/2024.pdf"' in html
    assert "(loopt nog)" in html


def test_annual_report_is_the_same_report_for_a_year(app, client):
    seed_q1_2025()
    response = client.get("/verantwoording/jaar/2025")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "<h1>Jaarverslag: 2025</h1>" in html and "1 januari 2025 tot en met 31 december 2025" in html
    assert "De vijf regels van de Ombudsvisie" in html and "Burgerfonds in dit jaar" in html
    for bad in ("25", "0999", "20255", "abcd", "2025x", "２０２５", "1800", "<script>"):
        assert client.get(f"/verantwoording/jaar/{bad}").status_code == 404, bad
        assert client.get(f"/verantwoording/jaar/{bad}.pdf").status_code == 404, bad


def test_five_rules_section_with_norms(app, client):
    seed_q1_2025()
    data = acc.figures(acc.quarter(2025, 1))
    rules = {r["number"]: r for r in data["rules"]}
    assert sorted(rules) == [1, 2, 3, 4, 5]
    for rule in rules.values():
        assert rule["title"] and rule["text"] and rule["figures"]
        assert all(f["norm"] for f in rule["figures"])  # the norm beside every figure
    fig = {f["label"]: f["value"] for r in rules.values() for f in r["figures"]}
    assert fig["Verzoeken ontvangen"] == 11
    assert fig["Eerste contact binnen de norm"] == 55  # 6 of 11
    assert fig["Opgelost of deels opgelost, zonder formele klacht"] == 55
    assert fig["Afspraken gemaakt"] == 21 and fig["Afspraken nagekomen"] == 70
    assert fig["Controlevraag beantwoord"] == 6 and fig["Tevreden"] == 85
    assert fig["Alles besproken, volgens de inwoner"] == 100
    assert fig["Heropend na de controlevraag"] == 0
    from portal.models import Agreement

    confirmed = [f for f in rules[3]["figures"] if f["label"] == "Afspraken door beide kanten bevestigd"]
    if hasattr(Agreement, "official_confirmed_at"):  # officials confirm through their link (0005_officials)
        assert confirmed and confirmed[0]["value"] == 0  # none confirmed in this fixture
    else:
        assert not confirmed
    html = client.get("/verantwoording?periode=2025-Q1").get_data(as_text=True)
    for title in (
        "Regel 1: Wees alert en geef toegang",
        "Regel 2: Verken wat er echt speelt",
        "Regel 3: Is er een oplossing? Los het op",
        "Regel 4: Geen oplossing? Geef een oordeel",
        "Regel 5: Sluit af met de controlevraag",
    ):
        assert title in html
    assert "Binnen 3 werkdagen" in html and "Afspraak is afspraak: 100%" in html
    csv_text = client.get("/open-data/verantwoording.csv?periode=2025-Q1").get_data(as_text=True)
    assert "rule5" in csv_text and "Heropend na de controlevraag" in csv_text


def test_learning_points_learned_and_done_in_the_quarter(app, client):
    seed_q1_2025()
    db.session.add_all(
        [
            Improvement(
                title="Brief over parkeren herschreven",
                department_id=dep_id("Parkeren en handhaving"),
                theme_id=theme_id("parkeren"),
                owner_role="teamleider Parkeren",
                status="gereed",
                due=dt.date(2025, 3, 31),
                created_at=dt.datetime(2025, 1, 20, 10),
                done_at=dt.datetime(2025, 3, 3, 10),
            ),
            Improvement(
                title="Afvalroute controleren na wijziging",
                department_id=dep_id("Afval en reiniging"),
                owner_role="teamleider Inzameling",
                status="gepland",
                due=dt.date(2025, 9, 1),
                created_at=dt.datetime(2025, 2, 10, 10),
            ),
            Improvement(
                title="Oud leerpunt",
                owner_role="manager",
                status="gepland",
                due=dt.date(2024, 12, 1),
                created_at=dt.datetime(2024, 6, 1, 10),
            ),
        ]
    )
    db.session.commit()
    acc.clear_cache()
    html = client.get("/verantwoording/kwartaal/2025-Q1").get_data(as_text=True)
    learned = html.split("<caption>Geleerd in 1e kwartaal 2025</caption>", 1)[1].split("</table>", 1)[0]
    done = html.split("<caption>Gedaan in 1e kwartaal 2025</caption>", 1)[1].split("</table>", 1)[0]
    assert "Brief over parkeren herschreven" in learned and "Afvalroute controleren" in learned
    assert "Oud leerpunt" not in learned and "Oud leerpunt" not in done
    assert "Brief over parkeren herschreven" in done and "Ja, op 3 maart 2025" in done
    assert "31 maart 2025" in learned and "1 september 2025" in learned  # the promised date, in Dutch
    assert "Parkeren en handhaving" in learned and "teamleider Parkeren" in learned
    assert "2 leerpunten geleerd, 1 gedaan." in html
    public = client.get("/verantwoording").get_data(as_text=True)
    assert "Nee: <span" in public  # open points say plainly they are not done yet


def test_dutch_formats_on_the_pages(app, client):
    seed_q1_2025()
    for url in (
        "/verantwoording?periode=2025-Q1",
        "/verantwoording/kwartaal/2025-Q1",
        "/verantwoording/jaar/2025",
        "/burgerfonds",
    ):
        html = client.get(url).get_data(as_text=True)
        text = re.sub(r"<[^>]+>", " ", re.sub(r'(href|content|id|for|aria-\w+)="[^"]*"', "", html))
        text = re.sub(r"https?://\S+", "", text)  # the report's own address may hold its code
        assert not re.search(r"\b\d{4}-Q[1-4]\b", text), url  # "1e kwartaal 2025", never "2025-Q1"
        assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text), url  # "3 maart 2026", never ISO dates
    assert "Bijgewerkt: " in client.get("/verantwoording").get_data(as_text=True)


def test_fund_chart_has_a_unit(app, client):
    from portal.models import FundEntry

    db.session.add(
        FundEntry(
            entry_date=dt.date(2025, 2, 3),
            kind="spending",
            category="kosten",
            amount_cents=-123_456,
            description="Zaalhuur",
        )
    )
    db.session.commit()
    html = client.get("/burgerfonds").get_data(as_text=True)
    assert "in hele euro (€)" in html and "€ 1.234" in html
    assert "1e kwartaal 2025" in html and "3 februari 2025" in html
    assert "figure-block--stacked" in html  # the table gets the full width on a desktop


@pytest.mark.skipif(not reportpdf.available(), reason="WeasyPrint's system libraries are missing")
def test_quarter_pdf_opens_with_headings_page_numbers_and_tags(app, client):
    import pypdf

    seed_q1_2025()
    response = client.get("/verantwoording/kwartaal/2025-Q1.pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert response.data.startswith(b"%PDF-")
    reader = pypdf.PdfReader(io.BytesIO(response.data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for heading in (
        "Kwartaalrapport: 1e kwartaal 2025",
        "Samenvatting",
        "Kerncijfers",
        "De vijf regels van de Ombudsvisie",
        "Verzoeken ontvangen",
        "Uitkomsten",
        "Afspraken",
        "Leren: wat er dit kwartaal is geleerd en gedaan",
        "Burgerfonds in dit kwartaal",
    ):
        assert heading in text, heading
    assert f"Pagina 1 van {len(reader.pages)}" in text and "Gemaakt op " in text
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 2 and abs(float(box.height) - 841.9) < 2  # A4
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in root and root["/Lang"] == "nl"  # tagged
    assert reader.metadata.title.startswith("Kwartaalrapport 1e kwartaal 2025")
    for line in text.splitlines():  # the small tax cell of the quarter before stays "<5"
        if line.startswith("Belastingen "):
            assert not re.search(r"\b[1-4]\b", line.removeprefix("Belastingen ")), line
    # charts stay vectors: no raster images in the file
    assert all(not page.images for page in reader.pages)


@pytest.mark.skipif(not reportpdf.available(), reason="WeasyPrint's system libraries are missing")
def test_annual_pdf_and_the_page_links_it(app, client):
    seed_q1_2025()
    html = client.get("/verantwoording/jaar/2025").get_data(as_text=True)
    assert 'href="/verantwoording/jaar/2025.pdf"' in html
    response = client.get("/verantwoording/jaar/2025.pdf")
    assert response.status_code == 200 and b"%PDF-" in response.data[:8]
    assert 'filename="jaarverslag-verzoek-tot-afstemming-2025.pdf"' in response.headers["Content-Disposition"]


def test_without_weasyprint_the_html_stays_and_says_so(tmp_path):
    """A real process in which the weasyprint package cannot be imported (as on a machine without it)."""
    script = textwrap.dedent(f"""
        import sys
        sys.modules["weasyprint"] = None  # import weasyprint -> ImportError, like a missing package
        from portal import create_app
        from portal.extensions import db
        from flask_migrate import upgrade
        app = create_app({{"TESTING": True, "DATA_DIR": {str(tmp_path)!r}, "SECRET_KEY": "x",
                          "INDEX_WRITER": "external", "SERVER_NAME": "localhost"}})
        with app.app_context():
            upgrade(directory=app.extensions["migrate"].directory, revision="heads")
            c = app.test_client()
            from portal.services import accountability
            code = accountability.quarter_of(__import__("datetime").date.today()).slug
            page = c.get(f"/verantwoording/kwartaal/{{code}}")
            pdf = c.get(f"/verantwoording/kwartaal/{{code}}.pdf")
            print(page.status_code, pdf.status_code)
            print("NOTE" if "De PDF is op deze server nu niet beschikbaar" in page.get_data(as_text=True) else "-")
            print("PDFNOTE" if "geen PDF maken" in pdf.get_data(as_text=True) else "-")
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PORTAL_DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.split()
    assert lines[-4:] == ["200", "503", "NOTE", "PDFNOTE"], result.stdout


@pytest.mark.parametrize(
    "code", ["2025-Q5.pdf", "2025-Q1.PDF", "2025-Q1.pdf.pdf", ".pdf", "2025-Q1x.pdf", "2099-Q1.pdf", "2001-Q1.pdf"]
)
def test_bad_pdf_codes_are_404(client, code):
    """Only the archive's reports exist as PDF: no costly renders of empty far-away periods."""
    assert client.get(f"/verantwoording/kwartaal/{code}").status_code == 404


def test_pdf_is_made_once_per_state_of_the_data(app, client):
    if not reportpdf.available():
        pytest.skip("WeasyPrint's system libraries are missing")
    from portal.blueprints import accountability as bp

    seed_q1_2025()
    first = client.get("/verantwoording/kwartaal/2025-Q1.pdf").data
    assert client.get("/verantwoording/kwartaal/2025-Q1.pdf").data is not None
    assert any(key[0] == "2025-Q1" for key in bp._pdf_cache)
    assert client.get("/verantwoording/kwartaal/2025-Q1.pdf").data == first  # from the cache
