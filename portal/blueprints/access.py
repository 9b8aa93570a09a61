"""The case access rule in every back-office route (see portal/services/access.py).

No blueprint here: `init_app(app)` installs one hook that refuses, with a Dutch 403, every change a mediator
tries to make to a request assigned to someone else, whatever blueprint the route lives in (status, contacts,
agreements, invitations, attachments, suspension, a new tracking code, a knowledge-base article): any POST whose
URL names a `request_id` or a row of one request (`CHILDREN`), and reading a resident's attachment. Taking the
request over is the one change allowed.
"""

from __future__ import annotations

import importlib

from flask import Flask, request
from flask_login import current_user

from ..errors import refuse
from ..extensions import db
from ..models import Request
from ..services import access

TAKE_OVER_ENDPOINTS = {"backoffice.take"}
# URL argument -> (module, model) of a row that belongs to one request, and whether reading it is guarded too
# (a resident's attachment is personal data like the contact details; an invitation only matters for changes).
CHILDREN: dict[str, tuple[str, str, bool]] = {
    "agreement_id": ("portal.models", "Agreement", False),
    "invitation_id": ("portal.models_officials", "OfficialInvitation", False),
    "attachment_id": ("portal.models_officials", "Attachment", True),
}


def init_app(app: Flask) -> None:
    app.before_request(_guard_changes)


def _target(reading: bool) -> Request | None:
    """The request a back-office URL acts on (directly or through one of its rows), if the rule applies."""
    args = request.view_args or {}
    if not reading and isinstance(args.get("request_id"), int):
        return db.session.get(Request, args["request_id"])
    for name, (module, model_name, guard_reads) in CHILDREN.items():
        if not isinstance(args.get(name), int) or (reading and not guard_reads):
            continue
        try:
            model = getattr(importlib.import_module(module), model_name)
        except (ImportError, AttributeError):  # an optional area that is not installed
            return None
        row = db.session.get(model, args[name])
        return db.session.get(Request, row.request_id) if row is not None else None
    return None


def _guard_changes() -> None:
    if request.endpoint in TAKE_OVER_ENDPOINTS or not (request.path or "").startswith("/bemiddeling/"):
        return
    if not current_user.is_authenticated:
        return
    req = _target(reading=request.method in ("GET", "HEAD", "OPTIONS"))
    if req is not None and not access.holds(current_user, req):
        raise refuse(403, access.refusal(req))
