"""Open API for accountability figures and the burgerfonds ledger (same style as the knowledge API)."""

from __future__ import annotations

from flask import Blueprint, jsonify, request
from flask.typing import ResponseReturnValue

from ..security import open_data
from ..services import accountability
from ..services import fund as fund_service
from ..services.accountability import PeriodError

bp = Blueprint("api_accountability", __name__, url_prefix="/api/v1")


bp.after_request(open_data)


@bp.route("/accountability")
def accountability_figures() -> ResponseReturnValue:
    unknown = set(request.args) - {"from", "to", "period"}
    if unknown:
        return jsonify(
            {
                "error": "Onbekende parameters.",
                "status": 400,
                "fields": {k[:40]: "Onbekende parameter." for k in sorted(unknown)[:10]},
            }
        ), 400
    try:
        period = accountability.parse_period(request.args)
    except PeriodError as exc:
        return jsonify({"error": str(exc), "status": 400, "fields": {"period": str(exc)}}), 400
    return jsonify(accountability.figures(period))


@bp.route("/fund")
def fund_ledger() -> ResponseReturnValue:
    if request.args:
        return jsonify({"error": "Deze bron kent geen parameters.", "status": 400}), 400
    solved = accountability.figures(accountability.all_time(), with_previous=False)["outcomes"]["solved"]
    return jsonify(fund_service.ledger(solved=solved))
