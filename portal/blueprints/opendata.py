"""/open-data: every accountability figure per period, the fund ledger and the articles, as CSV and JSON."""

from __future__ import annotations

from flask import Blueprint, abort, jsonify, render_template, request
from flask.typing import ResponseReturnValue

from ..services import accountability, opendata
from ..services.accountability import PeriodError
from .accountability import period_choices

bp = Blueprint("opendata", __name__)

FIGURE_FIELDS = ("from", "to", "table", "key", "label", "measure", "value", "suppressed")


@bp.route("/open-data")
def index() -> ResponseReturnValue:
    return render_template("opendata/index.html", choices=period_choices())


@bp.route("/open-data/verantwoording.<fmt>")
def figures(fmt: str) -> ResponseReturnValue:
    if fmt not in ("csv", "json"):
        abort(404)
    try:
        period = accountability.parse_period(request.args)
    except PeriodError as exc:
        if fmt == "json":
            return jsonify({"error": str(exc), "status": 400}), 400
        return render_template("error.html", code=400, title="Deze periode kunnen wij niet tonen", text=str(exc)), 400
    data = accountability.figures(period)
    if fmt == "json":
        response = jsonify(data)
        response.headers["Content-Disposition"] = f'attachment; filename="verantwoording-{period.slug}.json"'
        return response
    return opendata.csv_response(accountability.flat_rows(data), FIGURE_FIELDS, f"verantwoording-{period.slug}.csv")


@bp.route("/open-data/artikelen.<fmt>")
def articles(fmt: str) -> ResponseReturnValue:
    if fmt not in ("csv", "json"):
        abort(404)
    rows = opendata.articles()
    if fmt == "json":
        response = jsonify({"license": "CC BY 4.0", "articles": rows})
        response.headers["Content-Disposition"] = 'attachment; filename="kennisbank-artikelen.json"'
        return response
    return opendata.csv_response(rows, opendata.ARTICLE_FIELDS, "kennisbank-artikelen.csv")
