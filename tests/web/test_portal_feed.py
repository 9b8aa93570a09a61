"""The Atom feed lists new articles and stays valid XML with odd titles."""

import json
import xml.etree.ElementTree as ET

from portal.services import knowledge

ATOM = "{http://www.w3.org/2005/Atom}"


def test_feed_lists_published_articles_newest_first(client, app):
    rows = [
        {
            "id": f"KB-2025-{i:04d}",
            "title": f"Artikel {i} <script>x</script> & ‘citaat’",
            "body": "## Situatie\n\nTekst.",
            "theme": "Afval",
            "department": "Reiniging",
            "outcome": "opgelost",
            "year": 2020 + i,
        }
        for i in range(1, 4)
    ]
    knowledge.import_jsonl([json.dumps(r) for r in rows])
    response = client.get("/feed.atom")
    assert response.status_code == 200 and response.mimetype == "application/atom+xml"
    root = ET.fromstring(response.data)
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 3
    titles = [e.find(f"{ATOM}title").text for e in entries]
    assert titles[0].startswith("Artikel 3")  # year 2023 is the newest
    assert "<script>" in titles[0]  # XML-escaped in the document, intact as text
    assert entries[0].find(f"{ATOM}link").get("href").endswith("/kennisbank/KB-2025-0003")


def test_empty_feed_is_valid(client):
    root = ET.fromstring(client.get("/feed.atom").data)
    assert root.find(f"{ATOM}title").text.startswith("Kennisbank")
