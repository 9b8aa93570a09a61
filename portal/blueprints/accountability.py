"""Public accountability: /verantwoording (figures per period) and the printable quarterly council report."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, Flask, abort, render_template, request

from ..services import accountability, charts
from ..services import fund as fund_service
from ..services.accountability import PeriodError

bp = Blueprint("accountability", __name__)


def init_app(app: Flask) -> None:
    accountability.install_listeners()
    app.jinja_env.globals["bar_chart"] = charts.bar_chart
    app.jinja_env.filters["euro"] = fund_service.euro
    app.jinja_env.filters["cijfer"] = _cijfer


def _cijfer(value: object) -> str:
    """A published figure as text: numbers, "<5", "×" for an extra hidden cell, "–" for no figure."""
    if value is None:
        return "×"
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


def period_choices(today: dt.date | None = None) -> dict[str, list[tuple[str, str]]]:
    """Recent quarters and years for the period chooser."""
    today = today or dt.date.today()
    quarters, current = [], accountability.quarter_of(today)
    for _ in range(8):
        quarters.append((current.slug, current.label))
        current = current.previous()
    years = [(str(y), str(y)) for y in range(today.year, today.year - 6, -1)]
    return {"quarters": quarters, "years": years}


def _bad_period(message: str):  # type: ignore[no-untyped-def]
    return render_template("error.html", code=400, title="Deze periode kunnen wij niet tonen", text=message), 400


@bp.route("/verantwoording")
def overview():  # type: ignore[no-untyped-def]
    try:
        period = accountability.parse_period(request.args)
    except PeriodError as exc:
        return _bad_period(str(exc))
    data = accountability.figures(period)
    return render_template("accountability/overview.html", data=data, period=period,
                           summary=accountability.summary(data), choices=period_choices(),
                           args={k: v for k, v in request.args.items() if k in ("periode", "van", "tot")})


@bp.route("/verantwoording/kwartaal/<code>")
def report(code: str):  # type: ignore[no-untyped-def]
    period = accountability.parse_quarter(code)
    if period is None:
        abort(404)
    data = accountability.figures(period)
    ledger = fund_service.ledger(solved=data["outcomes"]["solved"], quarter=period.slug)
    return render_template("accountability/report.html", data=data, period=period, ledger=ledger,
                           summary=accountability.summary(data))
