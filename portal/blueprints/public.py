"""Home page and health check."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask.typing import ResponseReturnValue

from ..services import health, knowledge, norms, retention

bp = Blueprint("public", __name__)


@bp.route("/")
def home() -> ResponseReturnValue:
    latest = knowledge.search(knowledge.SearchQuery(sort="date", per_page=3))
    return render_template("home.html", norms=norms.current(), latest=latest.hits)


@bp.route("/over")
def about() -> ResponseReturnValue:
    return render_template("about.html", norms=norms.current())


@bp.route("/privacy")
def privacy() -> ResponseReturnValue:
    """The privacy statement: what the portal keeps about a resident, why, for how long, and their rights."""
    return render_template("privacy.html", retention_months=retention.configured_months())


@bp.route("/healthz")
def healthz() -> ResponseReturnValue:
    checks = health.checks()
    healthy = all(v == "ok" for v in checks.values())
    return {"status": "ok" if healthy else "fout", "checks": checks}, 200 if healthy else 503
