"""An imported article in the back office shows its text, not four empty parts.

Found walking the demo: every imported (and followed) article's back-office page read 'Situatie (leeg)',
'Afstemming (leeg)', 'Uitkomst (leeg)', 'Leren (leeg)' while the public page showed the full text, so an admin
deciding whether to withdraw it could not read it there.
"""

from __future__ import annotations

import json
import re

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.extensions import db
from portal.models import Article
from portal.services import knowledge
from tests.conftest import login


def test_an_imported_article_shows_its_body(app: Flask, client: FlaskClient) -> None:
    row = {
        "id": "KB-2025-0042",
        "title": "Container <b>niet</b> geleegd",
        "body": "## Situatie\n\nDe container werd drie weken niet geleegd.\n\n<script>alert(1)</script>",
        "theme": "Afval",
        "department": "Afval en reiniging",
        "outcome": "opgelost",
        "year": 2025,
    }
    knowledge.import_jsonl([json.dumps(row)])
    article_id = db.session.execute(select(Article.id).where(Article.reference == "KB-2025-0042")).scalar_one()
    assert login(client, "admin@test.nl").status_code == 302
    html = client.get(f"/bemiddeling/artikelen/{article_id}").get_data(as_text=True)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    assert "De container werd drie weken niet geleegd." in text
    assert "(leeg)" not in text and "ingelezen als één tekst" in text
    assert "<script>alert(1)</script>" not in html and "Container &lt;b&gt;niet&lt;/b&gt; geleegd" in html


def test_an_article_written_in_parts_still_shows_its_parts(app: Flask, client: FlaskClient) -> None:
    """A written article that is not the viewer's to edit keeps the four parts, an empty one marked as such."""
    assert login(client, "admin@test.nl").status_code == 302
    article = Article(
        reference="KB-2026-0901",
        title="Brief zonder antwoord",
        situation="Een brief bleef liggen.",
        coordination="",
        outcome_text="",
        lesson="",
        body="## Situatie\n\nEen brief bleef liggen.",
        status="published",
        theme="Dienstverlening",
        department="Klantcontactcentrum",
        outcome="opgelost",
        year=2026,
    )
    db.session.add(article)
    db.session.commit()
    text = re.sub(r"<[^>]+>", " ", client.get(f"/bemiddeling/artikelen/{article.id}").get_data(as_text=True))
    assert "Een brief bleef liggen." in text and "(leeg)" in text and "ingelezen als één tekst" not in text
