"""Controls repeated per table row say which row they act on (WCAG 2.4.6 / 4.1.2): a screen-reader user who
lists the buttons of the page hears 'Bijwerken: De afdeling belt terug', not 'Bijwerken' twice.

Found walking the back office: the agreement table of a request and the learning-point table repeated one
unnamed 'Bijwerken' / 'Wijzigen' button and one 'Stand van afspraak' label per row.
"""

from __future__ import annotations

import re
from collections import Counter

from flask import Flask

from portal.extensions import db
from portal.models import Improvement
from tests.conftest import login
from tests.officials.conftest import agreement_for, new_request, staff_client


def _names(html: str, tag: str) -> Counter[str]:
    found = re.findall(rf"<{tag}\b[^>]*>(.*?)</{tag}>", html, flags=re.S)
    return Counter(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", f)).strip() for f in found)


def test_each_agreements_controls_name_the_agreement(app: Flask, server: Flask) -> None:
    req, _ = new_request()
    agreement_for(req, "De afdeling belt de bewoner terug.")
    agreement_for(req, "De gemeente stuurt een nieuwe brief.")
    staff = staff_client(server)
    page = staff.get(f"/bemiddeling/verzoek/{req.id}")
    html = page.get_data(as_text=True)
    if "Bijwerken" not in html:  # the mediator first picks the request up
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
        assert token
        staff.post(f"/bemiddeling/verzoek/{req.id}/oppakken", data={"csrf_token": token.group(1)})
        html = staff.get(f"/bemiddeling/verzoek/{req.id}").get_data(as_text=True)
    buttons = _names(html, "button")
    assert buttons["Bijwerken: De afdeling belt de bewoner terug."] == 1
    assert buttons["Bijwerken: De gemeente stuurt een nieuwe brief."] == 1
    labels = _names(html, "label")
    assert labels["Stand van afspraak: De afdeling belt de bewoner terug."] == 1
    assert not [name for name, n in buttons.items() if n > 1 and name.startswith("Bijwerken")]


def test_each_learning_points_button_names_it(app: Flask, server: Flask) -> None:
    for title in ("Bel eerst voordat een uitkering stopt", "Bevestig elke aanvraag met een nummer"):
        db.session.add(Improvement(title=title, status="gepland"))
    db.session.commit()
    client = server.test_client()
    assert login(client, "admin@test.nl").status_code == 302
    buttons = _names(client.get("/bemiddeling/leerpunten").get_data(as_text=True), "button")
    assert buttons["Wijzigen: status van Bel eerst voordat een uitkering stopt"] == 1
    assert buttons["Wijzigen: status van Bevestig elke aanvraag met een nummer"] == 1
    assert buttons["Wijzigen"] == 0
