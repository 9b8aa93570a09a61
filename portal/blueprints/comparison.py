"""The public comparison page: our headline figures beside those of the municipalities we follow."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask.typing import ResponseReturnValue

from ..services import comparison as comparison_service

bp = Blueprint("comparison", __name__)


@bp.route("/vergelijking")
def index() -> ResponseReturnValue:
    return render_template("comparison/index.html", data=comparison_service.comparison())
