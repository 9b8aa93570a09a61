"""Dates people read are written the Dutch way ('4 januari 2027'), also inside texts the portal writes itself.

Found walking the demo: an official's counter-proposal was logged as 'Uiterlijk: 04-01-2027.' while every other
date on the same page reads '21 november 2026'.
"""

from __future__ import annotations

import datetime as dt
import re

from flask import Flask
from sqlalchemy import select

from portal.extensions import db
from portal.models import Contact
from tests.officials.conftest import act, agreement_for, invite_and_link, new_request, staff_client

MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"


def test_an_officials_proposal_states_its_date_in_words(app: Flask, server: Flask) -> None:
    req, _ = new_request()
    path = invite_and_link(staff_client(server), req, agreement_for(req))
    due = dt.date.today() + dt.timedelta(days=40)
    public = server.test_client()
    assert act(public, path, "voorstel", text="Liever een gesprek aan tafel.", due=due.isoformat()).status_code == 302
    summary = db.session.execute(select(Contact.summary).where(Contact.request_id == req.id)).scalar_one()
    assert re.search(rf"Uiterlijk: {due.day} ({MONTHS}) {due.year}\.", summary), summary
    assert due.strftime("%d-%m-%Y") not in summary
