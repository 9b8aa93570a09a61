"""Template filters and globals: Dutch dates, labels."""

from __future__ import annotations

import datetime as dt

from flask import Flask

from . import labels
from .services import clock

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def dutch_date(value: dt.date | dt.datetime | None, weekday: bool = False) -> str:
    if value is None:
        return "–"
    if isinstance(value, dt.datetime):
        value = clock.to_local(value)
    text = f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    return f"{WEEKDAYS[value.weekday()]} {text}" if weekday else text


def dutch_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return "–"
    return f"{dutch_date(value)}, {clock.to_local(value):%H:%M}"


def init_app(app: Flask) -> None:
    app.jinja_env.filters["datum"] = dutch_date
    app.jinja_env.filters["datumtijd"] = dutch_datetime
    app.jinja_env.globals["labels"] = labels
    app.jinja_env.globals["today"] = clock.local_today

    # Links to areas that other blueprints add; a link shows only when its endpoint exists.
    app.jinja_env.globals["backoffice_menu"] = [
        ("publication.drafts", "Artikelen", False),
        ("improvements.manage", "Leerpunten", False),
        ("fund.manage", "Burgerfonds", True),
    ]

    @app.context_processor
    def _globals() -> dict[str, object]:
        return {"municipality": app.config["MUNICIPALITY"], "endpoints": app.view_functions}
