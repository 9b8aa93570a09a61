"""Home page and health check."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask.typing import ResponseReturnValue
from sqlalchemy import text

from ..extensions import db
from ..services import knowledge, norms

bp = Blueprint("public", __name__)


@bp.route("/")
def home() -> ResponseReturnValue:
    latest = knowledge.search(knowledge.SearchQuery(sort="date", per_page=3))
    return render_template("home.html", norms=norms.current(), latest=latest.hits)


@bp.route("/over")
def about() -> ResponseReturnValue:
    return render_template("about.html", norms=norms.current())


@bp.route("/healthz")
def healthz() -> ResponseReturnValue:
    checks = {}
    try:
        db.session.execute(text("SELECT 1"))
        checks["database"] = "ok"
    except Exception:
        checks["database"] = "fout"
    checks["index"] = "ok" if knowledge.index().exists() else "ontbreekt"
    healthy = all(v == "ok" for v in checks.values())
    return {"status": "ok" if healthy else "fout", "checks": checks}, 200 if healthy else 503
