"""base.html's menu and footer are rendered once and kept (portal/filters.py: fragment), never served stale.

They are kept per root path of the request (where the app is mounted), municipality and contact details: a page
under another mount point links under it, and edited contact details show on the next page.
"""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from portal.extensions import db
from portal.services import contact


def test_menu_and_footer_follow_the_mount_point(client: FlaskClient) -> None:
    plain = client.get("/over").get_data(as_text=True)
    mounted = client.get("/over", environ_overrides={"SCRIPT_NAME": "/vta"}).get_data(as_text=True)
    again = client.get("/over").get_data(as_text=True)
    assert 'href="/verzoek/nieuw"' in plain and 'href="/bemiddeling/inloggen"' in plain
    assert 'href="/vta/verzoek/nieuw"' in mounted and 'href="/vta/bemiddeling/inloggen"' in mounted
    assert 'href="/verzoek/nieuw"' not in mounted
    assert again == plain


def test_footer_shows_edited_contact_details_on_the_next_page(client: FlaskClient, server: Flask) -> None:
    before = client.get("/verzoek/").get_data(as_text=True)
    assert "0800-1234567" not in before
    with server.app_context():
        contact.save(contact.ContactDetails(phone="0800-1234567", email="bemiddeling@example.nl"))
        db.session.commit()
    after = client.get("/verzoek/").get_data(as_text=True)
    assert "0800-1234567" in after and "bemiddeling@example.nl" in after
    with server.app_context():
        contact.save(contact.ContactDetails())
        db.session.commit()
    assert "0800-1234567" not in client.get("/verzoek/").get_data(as_text=True)


def test_kept_fragments_are_bounded(client: FlaskClient, server: Flask) -> None:
    for i in range(100):
        assert client.get("/over", environ_overrides={"SCRIPT_NAME": f"/m{i}"}).status_code == 200
    assert len(server.extensions["portal_fragments"]) <= 64
