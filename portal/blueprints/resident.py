"""Residents: submit a request, get a receipt, follow its status, answer the control question."""

from __future__ import annotations

from flask import Blueprint, Response, abort, current_app, flash, make_response, redirect, render_template, url_for
from flask.typing import ResponseReturnValue

from .. import forms
from ..models import Request
from ..security import private
from ..services import catalog, codes, norms, requests, statuspage
from ..services.requests import DomainError, Submission

bp = Blueprint("resident", __name__, url_prefix="/verzoek")

UNKNOWN_THEME = "onbekend"


def theme_choices() -> list[tuple[str, str]]:
    return [("", "Kies een onderwerp"), *((t.slug, t.name) for t in catalog.themes()), (UNKNOWN_THEME, "Weet ik niet")]


def submission_from(form: forms.RequestForm, channel: str = "web") -> Submission:
    theme = catalog.theme_by_slug(form.theme.data) if form.theme.data != UNKNOWN_THEME else None
    return Submission(
        what_happened=form.what_happened.data,
        desired_outcome=form.desired_outcome.data,
        theme_id=theme.id if theme else None,
        contact_name=form.contact_name.data,
        contact_email=form.contact_email.data,
        contact_phone=form.contact_phone.data,
        contact_preference=form.contact_preference.data,
        consent_publication=form.consent_publication.data,
        channel=channel,
        submission_id=form.submission_id.data or codes.new_submission_id(),
    )


@bp.route("/nieuw", methods=["GET", "POST"])
def new() -> ResponseReturnValue:
    form = forms.RequestForm()
    form.theme.choices = theme_choices()
    if not form.submission_id.data or len(form.submission_id.data) > 64:
        form.submission_id.data = codes.new_submission_id()
    if form.validate_on_submit():
        req, code, created = requests.submit(submission_from(form))
        if code is None:
            flash("Dit verzoek hadden wij al ontvangen. Gebruik de code uit uw eerste bevestiging.", "info")
            return redirect(url_for("resident.lookup"))
        return redirect(url_for("resident.receipt", code=code))
    status = 400 if form.is_submitted() else 200
    return render_template("resident/new.html", form=form, norms=norms.current()), status


@bp.route("/<code>/ontvangen")
def receipt(code: str) -> ResponseReturnValue:
    req = requests.find_by_code(code)
    if req is None:
        abort(404)
    normalized = codes.normalize(code)
    return private(make_response(render_template("resident/receipt.html", req=req, code=normalized)))


@bp.route("/", methods=["GET", "POST"])
def lookup() -> ResponseReturnValue:
    form = forms.LookupForm()
    if form.validate_on_submit():
        code = codes.normalize(form.code.data)
        if code is not None and requests.find_by_code(code) is not None:
            return redirect(url_for("resident.status", code=code))
        form.code.errors.append("Wij vinden geen verzoek met deze code. Controleer de code en probeer het opnieuw.")
    status = 400 if form.is_submitted() else 200
    return render_template("resident/lookup.html", form=form), status


@bp.route("/<code>", methods=["GET"])
def status(code: str) -> ResponseReturnValue:
    found = statuspage.load(code)
    if found is None:
        abort(404)
    req, events = found
    # The form (and with it a CSRF token in a session cookie) only when the control question is asked.
    form = forms.ControlAnswerForm() if statuspage.asks_control(req) else None
    return _render_status(req, codes.normalize(code), form, events=events)


def _render_status(
    req: Request | statuspage.StatusRequest,
    code: str | None,
    control_form: forms.ControlAnswerForm | None,
    http_status: int = 200,
    events: list[requests.PublicEvent] | None = None,
) -> Response:
    page = render_template(
        "resident/status.html",
        req=req,
        code=code,
        events=statuspage.public_events(req) if events is None else events,
        control_form=control_form,
        ask_control=control_form is not None and statuspage.asks_control(req),
    )
    return private(make_response(page, http_status))


@bp.route("/<code>/controlevraag", methods=["POST"])
def control_answer(code: str) -> ResponseReturnValue:
    req = requests.find_by_code(code)
    if req is None:
        abort(404)
    form = forms.ControlAnswerForm()
    if not form.validate_on_submit():
        return _render_status(req, codes.normalize(code), form, 400)
    try:
        requests.answer_control_question(
            req, form.all_addressed.data == "ja", form.satisfied.data == "ja", form.comment.data
        )
    except DomainError as err:
        flash(str(err), "error")
        return redirect(url_for("resident.status", code=codes.normalize(code)))
    current_app.logger.info("Control question answered for request %s", req.id)
    flash("Dank u wel voor uw antwoord. De bemiddelaar leest het.", "success")
    return redirect(url_for("resident.status", code=codes.normalize(code)))
