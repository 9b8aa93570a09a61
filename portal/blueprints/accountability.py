"""Public accountability: /verantwoording (figures per quarter or year), the archive of quarterly and annual
reports for the council, and those reports as PDF."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from flask import Blueprint, Flask, Response, abort, current_app, render_template, request
from flask.typing import ResponseReturnValue

from ..services import accountability, charts, reportpdf
from ..services import fund as fund_service
from ..services.accountability import Period, PeriodError
from ..services.ttlcache import TTLCache

bp = Blueprint("accountability", __name__)


def init_app(app: Flask) -> None:
    """Chart and number helpers for the figures pages."""
    app.jinja_env.globals["bar_chart"] = charts.bar_chart
    app.jinja_env.filters["euro"] = fund_service.euro
    app.jinja_env.filters["cijfer"] = _cijfer


def _cijfer(value: object) -> str:
    """A published figure as text: numbers (Dutch decimal comma), "<5", "×" for an extra hidden cell."""
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


def archive(today: dt.date | None = None) -> dict[str, list[dict[str, Any]]]:
    """Every quarter's and year's report from the first request on, newest first; the running one marked."""
    today = today or dt.date.today()
    periods = accountability.grid_periods(accountability.first_day(), today)
    quarters = [p for p in periods if p.kind == "quarter" and p.start <= today]
    years = [p for p in periods if p.kind == "year"]

    def entry(p: Period) -> dict[str, Any]:
        return {"slug": p.slug, "label": p.label, "running": p.end >= today, "year": p.start.year}

    return {"quarters": [entry(p) for p in reversed(quarters)], "years": [entry(p) for p in reversed(years)]}


def _bad_period(message: str) -> ResponseReturnValue:
    return render_template("error.html", code=400, title="Deze periode kunnen wij niet tonen", text=message), 400


@bp.route("/verantwoording")
def overview() -> ResponseReturnValue:
    try:
        period = accountability.parse_period(request.args)
    except PeriodError as exc:
        return _bad_period(str(exc))
    data = accountability.figures(period)
    return render_template(
        "accountability/overview.html",
        data=data,
        period=period,
        summary=accountability.summary(data),
        choices=period_choices(),
        archive=archive(),
        args={k: v for k, v in request.args.items() if k == "periode"},
    )


def _report(period: Period, pdf: bool) -> ResponseReturnValue:
    data = accountability.figures(period)
    ledger = fund_service.ledger(
        solved=data["outcomes"]["solved"], quarter=period.slug if period.kind == "quarter" else None
    )
    if period.kind == "year":
        ledger = _year_ledger(ledger, period)
    pdf_url = (
        f"/verantwoording/kwartaal/{period.slug}.pdf"
        if period.kind == "quarter"
        else f"/verantwoording/jaar/{period.slug}.pdf"
    )
    html = render_template(
        "accountability/report.html",
        data=data,
        period=period,
        ledger=ledger,
        summary=accountability.summary(data),
        pdf=pdf,
        pdf_available=reportpdf.available(),
        pdf_exists=_in_archive(period),
        pdf_url=pdf_url,
        generated=dt.datetime.now(dt.UTC).replace(tzinfo=None),
    )
    if not pdf:
        return html
    try:
        body = _pdf_for(period, html)
    except reportpdf.PdfUnavailable:
        current_app.logger.warning("PDF requested but WeasyPrint or its system libraries are missing")
        return render_template(
            "error.html",
            code=503,
            title="De PDF is nu niet beschikbaar",
            text="Deze server kan op dit moment geen PDF maken. Het rapport staat wel als webpagina klaar: "
            "open de pagina zonder .pdf en print die, of sla hem op als PDF.",
        ), 503
    kind = "kwartaalrapport" if period.kind == "quarter" else "jaarverslag"
    return Response(
        body,
        mimetype="application/pdf",
        headers={"Content-Disposition": f'inline; filename="{kind}-verzoek-tot-afstemming-{period.slug}.pdf"'},
    )


PDF_CACHE_SECONDS = 600.0
_pdf_cache: TTLCache[tuple, bytes] = TTLCache(PDF_CACHE_SECONDS, max_entries=32)
_pdf_lock = threading.Lock()


def _pdf_for(period: Period, html: str) -> bytes:
    """The PDF of a report, made at most once per period and state of the data every ten minutes (it costs about
    a second of CPU), one at a time per process."""
    key = (period.slug, accountability.data_version(), dt.date.today())
    with _pdf_lock:
        body = _pdf_cache.get(key)
        return body if body is not None else _pdf_cache.put(key, reportpdf.render(html))


def _in_archive(period: Period) -> bool:
    """Only the reports the archive lists exist as PDF (from the first request's year up to now)."""
    first = accountability.first_day()
    today = dt.date.today()
    return period.start <= today and period.end.year >= (first.year if first else today.year)


def _year_ledger(ledger: dict[str, Any], period: Period) -> dict[str, Any]:
    """The fund figures of a whole year: its quarters' income and spending added up (balance stays the total)."""
    year = str(period.start.year)
    rows = [q for q in ledger.get("per_quarter", []) if str(q.get("quarter", "")).startswith(year + "-")]
    income = sum(int(q.get("income_cents") or 0) for q in rows)
    spending = sum(int(q.get("spending_cents") or 0) for q in rows)
    solved = ledger.get("solved_requests")
    cost = round(spending / solved) if isinstance(solved, int) and solved >= 5 else None
    return {
        **ledger,
        "income_cents": income,
        "spending_cents": spending,
        "per_quarter": rows,
        "per_category": [],
        "cost_per_solved_cents": cost,
    }


@bp.route("/verantwoording/kwartaal/<code>")
def report(code: str) -> ResponseReturnValue:
    pdf = code.endswith(".pdf")
    period = accountability.parse_quarter(code[:-4] if pdf else code)
    if period is None or (pdf and not _in_archive(period)):
        abort(404)
    return _report(period, pdf)


@bp.route("/verantwoording/jaar/<code>")
def annual(code: str) -> ResponseReturnValue:
    pdf = code.endswith(".pdf")
    raw = code[:-4] if pdf else code
    if not (len(raw) == 4 and raw.isascii() and raw.isdigit()):
        abort(404)
    y = int(raw)
    if not accountability.MIN_YEAR <= y <= accountability.MAX_YEAR:
        abort(404)
    period = accountability.year(y)
    if pdf and not _in_archive(period):
        abort(404)
    return _report(period, pdf)
