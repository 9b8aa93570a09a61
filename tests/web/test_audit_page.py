"""Beheer › Audit reads in Dutch: actions, the kind of object and the details, never codes, class names or JSON."""

from __future__ import annotations

import re
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient

from portal.extensions import db
from portal.services import audit, audit_words
from tests.conftest import login, user

PORTAL = Path(__file__).resolve().parents[2] / "portal"


def test_the_audit_trail_shows_words_not_codes(app: Flask, client: FlaskClient) -> None:
    assert login(client, "admin@test.nl").status_code == 302  # a real log-in writes the first entry
    admin, mediator = user("admin@test.nl"), user("med1@test.nl")
    audit.record(admin, "user.change", mediator, fields=["email", "role"], before="mediator", after="admin")
    audit.record(None, "request.auto_close", None, days=90, from_status="niet_opgelost")
    audit.record(None, "official.propose", None, by="official", due="2026-12-10", resident_agreed=True)
    db.session.commit()

    page = client.get("/bemiddeling/beheer/audit").get_data(as_text=True)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    for words in (
        "Ingelogd",
        "account",
        "Account gewijzigd",
        "velden: e-mailadres, rol",
        "voor: Bemiddelaar",
        "na: Beheerder",
        "Automatisch afgerond",
        "van status: Niet opgelost",
        "Ambtenaar stelt andere afspraak voor",
        "uiterlijk: 10 december 2026",
        "bewoner akkoord: ja",
        "door: ambtenaar",
    ):
        assert words in text, words
    for code in ("user.login", "user.change", "niet_opgelost", "User ", "{", "2026-12-10", "true"):
        assert code not in text, code
    # who: the account, or for an entry without one the official it names, else the resident or a nightly job
    cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<tr><td>.*?</td><td>(.*?)</td>", page, re.S)]
    assert cells[:4] == ["ambtenaar", "bewoner of systeem", "Ada Admin", "Ada Admin"]


def test_every_audited_action_has_a_dutch_label() -> None:
    """A new `audit.record(..., "area.action", ...)` without words in portal/services/audit_words.py fails here."""
    source = "\n".join(p.read_text(encoding="utf-8") for p in PORTAL.rglob("*.py"))
    actions = set(re.findall(r'audit\.record\(\s*[\w.]+,\s*"([a-z_]+\.[a-z_]+)"', source))
    actions |= {f"official.{a}" for a in re.findall(r'_record\(\s*invitation,\s*"([a-z_]+)"', source)}
    actions |= set(re.findall(r'_drop\(\s*article,\s*user,\s*"([a-z_]+\.[a-z_]+)"', source))
    assert len(actions) > 45
    assert sorted(actions - audit_words.AUDIT_ACTIONS.keys()) == []
    classes = set(re.findall(r"^class (\w+)\((?:\w+, )?db\.Model\)", source, flags=re.M))
    assert sorted(audit_words.AUDIT_OBJECTS.keys() - classes) == []  # no label for a class that does not exist
