"""Template filters and globals: Dutch dates, labels."""

from __future__ import annotations

import datetime as dt

from flask import Flask

from . import labels

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def dutch_date(value: dt.date | dt.datetime | None, weekday: bool = False) -> str:
    if value is None:
        return "–"
    text = f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    return f"{WEEKDAYS[value.weekday()]} {text}" if weekday else text


def dutch_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return "–"
    return f"{dutch_date(value)}, {value:%H:%M}"


def init_app(app: Flask) -> None:
    app.jinja_env.filters["datum"] = dutch_date
    app.jinja_env.filters["datumtijd"] = dutch_datetime
    app.jinja_env.globals["labels"] = labels
    app.jinja_env.globals["today"] = dt.date.today

    @app.context_processor
    def _municipality() -> dict[str, str]:
        return {"municipality": app.config["MUNICIPALITY"]}
