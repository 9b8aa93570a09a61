"""Residents: submit a request, get a receipt, follow its status, answer the control question."""

from __future__ import annotations

from flask import Blueprint, Response, abort, current_app, flash, make_response, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from markupsafe import Markup

from .. import forms
from ..models import Request
from ..security import private
from ..services import catalog, codes, norms, requests, statuspage
from ..services.requests import DomainError, Submission

bp = Blueprint("resident", __name__, url_prefix="/verzoek")

UNKNOWN_THEME = "onbekend"
BLANK_CONTROL_FIELDS = "portal_blank_control_fields"  # app.extensions key


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
        return _unknown_code(code)
    req, events = found
    # The control question (and with it a CSRF token in a session cookie) only while it is asked.
    return _render_status(req, codes.normalize(code), None, events=events, blank_control=statuspage.asks_control(req))


def _unknown_code(code: str) -> Response:
    """A code from an old mail or typed wrong: say so on the look-up form (404), not as a missing page."""
    form = forms.LookupForm(formdata=None, code=code[:64])
    form.code.errors = [
        "Wij vinden geen verzoek met deze code. Misschien is de code verkeerd overgenomen, of is hij vervangen door "
        "een nieuwe code (die kreeg u dan van de bemiddelaar). Controleer de code en probeer het opnieuw."
    ]
    return private(make_response(render_template("resident/lookup.html", form=form), 404))


def _render_status(
    req: Request | statuspage.StatusRequest,
    code: str | None,
    control_form: forms.ControlAnswerForm | None,
    http_status: int = 200,
    events: list[requests.PublicEvent] | None = None,
    blank_control: bool = False,
) -> Response:
    """The status page; `control_form` an answered form to show again (errors), or `blank_control` a fresh one."""
    page = render_template(
        "resident/status.html",
        req=req,
        code=code,
        events=statuspage.public_events(req) if events is None else events,
        control_form=control_form,
        ask_control=blank_control or (control_form is not None and statuspage.asks_control(req)),
        blank_control_fields=_blank_control_fields() if blank_control else None,
    )
    return private(make_response(page, http_status))


def _blank_control_fields() -> Markup:
    """The control question's fields as a fresh form shows them (no answer, no error, no CSRF token).

    They are the same for every resident, so they are rendered once per app; the page adds the session's own
    CSRF token beside them. Rendering the form's widgets was most of the status page's time.
    """
    html = current_app.extensions.get(BLANK_CONTROL_FIELDS)
    if html is None:
        blank = forms.ControlAnswerForm(formdata=None, meta={"csrf": False})
        html = Markup(render_template("resident/_control_fields.html", control_form=blank))
        current_app.extensions[BLANK_CONTROL_FIELDS] = html
    return html


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
