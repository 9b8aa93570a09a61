"""Residents add information (a message and files) from their status page; mediators download the files.

Also the mediator's opschorting controls (pause and restart the service-norm clock).
"""

from __future__ import annotations

from typing import Any

from flask import (
    Blueprint,
    Flask,
    abort,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_login import current_user
from werkzeug.exceptions import RequestEntityTooLarge

from .. import forms
from ..auth import role_required
from ..extensions import db
from ..models import Request
from ..models_enums import Role
from ..models_officials import Attachment
from ..security import private
from ..services import attachments, audit, codes, requests, suspension
from ..services.requests import DomainError
from .official import render_with_panel

bp = Blueprint("attachments", __name__)
staff = role_required(Role.MEDIATOR, Role.ADMIN)

UPLOAD_ENDPOINT = "attachments.add_information"


def init_app(app: Flask) -> None:
    """Allow the larger body on the upload route only (before CSRF reads the form); rate-limit it."""
    from .. import security

    security.SENSITIVE[(UPLOAD_ENDPOINT, "POST")] = "code"
    security.SENSITIVE[("attachments.add_form", "GET")] = "code"
    # URL value preprocessors run before every before_request hook, so also before any hook that reads the form.
    app.url_value_preprocessor(_upload_limits)


def _upload_limits(endpoint: str | None, _values: dict[str, Any] | None) -> None:
    if endpoint == UPLOAD_ENDPOINT and request.method == "POST":
        request.max_content_length = attachments.MAX_REQUEST_BYTES
        request.max_form_parts = 20


@bp.errorhandler(RequestEntityTooLarge)
def _too_large(_err: RequestEntityTooLarge) -> ResponseReturnValue:
    return render_template(
        "error.html",
        code=413,
        title="Te grote bestanden",
        text="Wat u stuurde is te groot. Kies hoogstens 3 bestanden van elk hoogstens 5 MB. "
        "Ga terug en probeer het opnieuw.",
    ), 413


# --- resident -----------------------------------------------------------------------------------------------


def _uploads() -> list[attachments.Upload]:
    """The chosen files; the empty part a browser sends when no file was chosen is skipped."""
    chosen = []
    for storage in request.files.getlist("bestanden"):
        if not storage.filename:
            head = storage.stream.read(1)
            if not head:
                continue
            storage.stream.seek(0)
        chosen.append(attachments.Upload(filename=storage.filename, stream=storage.stream))
    return chosen


def _render(
    req: Request, code: str, form: forms.AddInformationForm, error: str | None = None, status: int = 200
) -> ResponseReturnValue:
    page = render_template(
        "resident/add_information.html",
        req=req,
        code=code,
        form=form,
        error=error,
        max_files=attachments.MAX_FILES,
        pause=suspension.current(req),
        closed=req.status in requests.FINAL_STATUSES or req.erased_at is not None,
    )
    return private(make_response(page, status))


@bp.route("/verzoek/<code>/aanvullen", methods=["GET"])
def add_form(code: str) -> ResponseReturnValue:
    req = requests.find_by_code(code)
    if req is None:
        abort(404)
    return _render(req, codes.normalize(code), forms.AddInformationForm())


@bp.route("/verzoek/<code>/aanvullen", methods=["POST"])
def add_information(code: str) -> ResponseReturnValue:
    req = requests.find_by_code(code)
    if req is None:
        abort(404)
    normalized = codes.normalize(code)
    form = forms.AddInformationForm()
    if not form.validate_on_submit():
        return _render(req, normalized, form, status=400)
    try:
        attachments.add_information(req, form.message.data, _uploads())
    except DomainError as err:
        return _render(
            req,
            normalized,
            form,
            error=str(err),
            status=409 if "afgesloten" in str(err) or "gewist" in str(err) else 400,
        )
    flash("Dank u wel. De bemiddelaar kan uw informatie nu lezen.", "success")
    return redirect(url_for("resident.status", code=normalized))


# --- mediator -----------------------------------------------------------------------------------------------


@bp.route("/bemiddeling/bijlage/<int:attachment_id>")
@staff
def download(attachment_id: int) -> ResponseReturnValue:
    """A resident's file, always as a download (never rendered inline by the browser)."""
    attachment = db.session.get(Attachment, attachment_id)
    if attachment is None or attachment.erased_at is not None:
        abort(404)
    path = attachments.path_of(attachment)
    if not path.is_file():
        abort(404)
    audit.record(current_user, "attachment.download", attachment, request=attachment.request_id)
    db.session.commit()
    response = send_file(
        path, mimetype="application/octet-stream", as_attachment=True, download_name=attachment.filename, max_age=0
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response.headers["Cache-Control"] = "no-store"
    return response


def _to_pause_panel(req: Request) -> ResponseReturnValue:
    return redirect(url_for("backoffice.request_page", request_id=req.id, _anchor="opschorting"))


@bp.route("/bemiddeling/verzoek/<int:request_id>/opschorten", methods=["POST"])
@staff
def pause(request_id: int) -> ResponseReturnValue:
    req = db.session.get(Request, request_id)
    if req is None:
        abort(404)
    form = forms.SuspendForm(prefix="p")
    if not form.validate_on_submit():
        return render_with_panel(req, "casework_pause", form)
    try:
        suspension.start(req, current_user, form.reason.data)
    except DomainError as err:
        db.session.rollback()
        flash(str(err), "error")
        return render_with_panel(req, "casework_pause", form, 409)
    flash("De termijn staat stil. De bewoner ziet de reden op de statuspagina.", "success")
    return _to_pause_panel(req)


@bp.route("/bemiddeling/verzoek/<int:request_id>/hervatten", methods=["POST"])
@staff
def resume(request_id: int) -> ResponseReturnValue:
    req = db.session.get(Request, request_id)
    if req is None:
        abort(404)
    if not forms.ActionForm().validate_on_submit():
        abort(400)
    try:
        days = suspension.end(req, current_user)
    except DomainError as err:
        db.session.rollback()
        flash(str(err), "error")
        return render_with_panel(req, "casework_pause", forms.SuspendForm(prefix="p", formdata=None), 409)
    flash(f"De termijn loopt weer. De termijnen schuiven {days} werkdag(en) op.", "success")
    return _to_pause_panel(req)
