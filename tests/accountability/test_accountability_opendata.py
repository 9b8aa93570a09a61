"""/open-data: index with data dictionary and license; articles as CSV and JSON; formats."""

from __future__ import annotations

import csv
import datetime as dt
import io

from portal.extensions import db
from portal.models import Article

FIELDS = ["reference", "title", "body", "theme", "department", "outcome", "year", "published", "url"]


def seed_articles():
    db.session.add(
        Article(
            reference="KB-2025-0001",
            title="Parkeervergunning bij leaseauto",
            body="- punt\n\nTekst",
            theme="Parkeren",
            department="Parkeren en handhaving",
            outcome="opgelost",
            year=2025,
            published_at=dt.date(2025, 5, 1),
            status="published",
        )
    )
    db.session.add(
        Article(
            reference="KB-2025-0002",
            title="Concept",
            body="Nog niet klaar",
            theme="Afval",
            department="Afval en reiniging",
            outcome="",
            year=2025,
            status="draft",
        )
    )
    db.session.commit()


def test_index_has_dictionary_license_and_links(client):
    html = client.get("/open-data").get_data(as_text=True)
    assert "CC BY 4.0" in html and "creativecommons.org/licenses/by/4.0" in html
    assert "datadictionary" in html and "&lt;5" in html and "suppressed" in html
    for href in (
        "/open-data/verantwoording.csv?periode=alles",
        "/open-data/verantwoording.json?periode=alles",
        "/burgerfonds.csv",
        "/burgerfonds.json",
        "/open-data/artikelen.csv",
        "/open-data/artikelen.json",
    ):
        assert href in html, href


def test_articles_json_and_csv_only_published(client):
    seed_articles()
    data = client.get("/open-data/artikelen.json").get_json()
    assert data["license"] == "CC BY 4.0"
    assert [a["reference"] for a in data["articles"]] == ["KB-2025-0001"]
    assert sorted(data["articles"][0]) == sorted(FIELDS)  # jsonify sorts keys
    assert data["articles"][0]["url"].endswith("/kennisbank/KB-2025-0001")
    response = client.get("/open-data/artikelen.csv")
    assert response.mimetype == "text/csv" and "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert list(rows[0]) == FIELDS and len(rows) == 1
    assert rows[0]["body"].startswith("'- punt")  # spreadsheet formulas neutralised
    assert rows[0]["published"] == "2025-05-01"


def test_unknown_formats_are_404(client):
    for url in ("/open-data/artikelen.xml", "/open-data/verantwoording.xlsx", "/open-data/artikelen.<script>"):
        assert client.get(url).status_code == 404


def test_figures_download_per_period(client):
    for fmt in ("csv", "json"):
        for period in ("alles", "2025", "2025-Q2"):
            response = client.get(f"/open-data/verantwoording.{fmt}?periode={period}")
            assert response.status_code == 200, (fmt, period)
            assert "attachment" in response.headers["Content-Disposition"]
