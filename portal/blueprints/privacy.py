"""Residents see and erase their own contact details, with nothing but their tracking code (AVG art. 15/17)."""

from __future__ import annotations

from flask import Blueprint, abort, flash, make_response, redirect, render_template, url_for
from flask.typing import ResponseReturnValue

from .. import labels
from ..extensions import db
from ..forms import EraseContactForm
from ..security import private
from ..services import attachments, audit, codes, requests, retention

bp = Blueprint("privacy", __name__, url_prefix="/verzoek")


@bp.route("/<code>/gegevens", methods=["GET", "POST"])
def details(code: str) -> ResponseReturnValue:
    """Show the contact details stored with a request; erase them after an explicit confirmation."""
    req = requests.find_by_code(code)
    if req is None:
        abort(404)
    normalized = codes.normalize(code)
    form = EraseContactForm()
    if form.validate_on_submit():
        added = attachments.erase_for_request(req)  # messages and files the resident added (issue 11)
        if added:
            audit.record(None, "request.erase_added_information", req, items=added)
            db.session.commit()
        if retention.erase_contact_details(req) or added:
            flash(
                "Uw contactgegevens zijn gewist. De bemiddelaar kan u niet meer bellen of mailen. "
                "Kijk zelf op deze pagina hoe het met uw verzoek gaat.",
                "success",
            )
        else:
            flash("Er waren geen contactgegevens meer bewaard.", "info")
        return redirect(url_for("privacy.details", code=normalized))
    http_status = 400 if form.is_submitted() else 200
    page = render_template(
        "resident/privacy.html",
        req=req,
        code=normalized,
        form=form,
        preference=labels.CONTACT_PREFERENCES.get(req.contact_preference, req.contact_preference),
        has_details=bool(req.contact_name or req.contact_email or req.contact_phone)
        or attachments.has_information(req),
        retention_months=retention.configured_months(),
    )
    return private(make_response(page, http_status))
