"""The Atom feed and the open-data article export carry this municipality's own articles only.

Imported articles belong to their source municipality (its licence and attribution); republishing them in our
feed or download would present them as ours.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import xml.etree.ElementTree as ET

from flask import Flask
from flask.testing import FlaskClient

from portal.extensions import db
from portal.models import Article
from portal.models_commons import CommonsSource

ATOM = "{http://www.w3.org/2005/Atom}"
BODY = "## Situatie\n\nDe container werd niet geleegd.\n\n## Afspraak\n\nDe wijkbeheerder regelt het."


def _fill(app: Flask) -> None:
    with app.app_context():
        source = CommonsSource(
            base_url="https://wester.portaal.test", code="wester", name="Gemeente Westerhaven", licence="CC BY 4.0"
        )
        db.session.add(source)
        db.session.flush()
        for reference, src in (("KB-2025-0001", None), ("wester:KB-2025-0009", source)):
            db.session.add(
                Article(
                    reference=reference,
                    title=f"Container {reference}",
                    body=BODY,
                    theme="afval",
                    department="Afval en reiniging",
                    outcome="opgelost",
                    year=2025,
                    status="published",
                    published_at=dt.date(2025, 6, 1),
                    source_id=src.id if src else None,
                    source_reference="KB-2025-0009" if src else None,
                    source_licence="CC BY 4.0" if src else None,
                    source_attribution="Gemeente Westerhaven" if src else None,
                )
            )
        db.session.commit()


def test_feed_has_own_articles_only(app: Flask, client: FlaskClient) -> None:
    _fill(app)
    root = ET.fromstring(client.get("/feed.atom").data)
    links = [e.find(f"{ATOM}link").get("href") for e in root.findall(f"{ATOM}entry")]
    assert len(links) == 1 and links[0].endswith("/kennisbank/KB-2025-0001")


def test_open_data_articles_are_own_only_in_csv_and_json(app: Flask, client: FlaskClient) -> None:
    _fill(app)
    data = client.get("/open-data/artikelen.json").get_json()
    assert [a["reference"] for a in data["articles"]] == ["KB-2025-0001"]
    text = client.get("/open-data/artikelen.csv").data.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["reference"] for r in rows] == ["KB-2025-0001"]
    page = client.get("/open-data").get_data(as_text=True)
    assert "artikelen van andere gemeenten" in page
