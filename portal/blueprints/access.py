"""The case access rule in every back-office route (see portal/services/access.py).

No blueprint here: `init_app(app)` installs one hook that refuses, with a Dutch 403, every change a mediator
tries to make to a request assigned to someone else, whatever blueprint the route lives in (status, contacts,
agreements, invitations, attachments, suspension, a new tracking code, a knowledge-base article): any POST whose
URL names a `request_id` or an `agreement_id`. Taking the request over is the one change allowed.
"""

from __future__ import annotations

from flask import Flask, request
from flask_login import current_user

from ..errors import refuse
from ..extensions import db
from ..models import Agreement, Request
from ..services import access

TAKE_OVER_ENDPOINTS = {"backoffice.take"}


def init_app(app: Flask) -> None:
    app.before_request(_guard_changes)


def _target() -> Request | None:
    args = request.view_args or {}
    if isinstance(args.get("request_id"), int):
        return db.session.get(Request, args["request_id"])
    if isinstance(args.get("agreement_id"), int):
        agreement = db.session.get(Agreement, args["agreement_id"])
        return agreement.request if agreement is not None else None
    return None


def _guard_changes() -> None:
    if request.method in ("GET", "HEAD", "OPTIONS") or request.endpoint in TAKE_OVER_ENDPOINTS:
        return
    if not (request.endpoint or "").split(".")[0] or not current_user.is_authenticated:
        return
    req = _target()
    if req is not None and not access.holds(current_user, req):
        raise refuse(403, access.refusal(req))
