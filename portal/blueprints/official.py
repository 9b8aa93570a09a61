"""Officials: ask for an afstemming themselves, and respond to a mediator through a personal link.

Public pages (no account): /ambtenaar/verzoek (the official's own form) and /ambtenaar/link/<token> (the page
behind an invitation). Mediator actions (invite, revoke) live under /bemiddeling/ and need a log-in.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Flask, abort, flash, g, make_response, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from .. import forms, labels
from ..auth import role_required
from ..extensions import db
from ..models import Request, utcnow
from ..models_enums import AgreementStatus, Role
from ..models_officials import OfficialInvitation
from ..security import private
from ..services import attachments, catalog, codes, official_requests, officials, suspension
from ..services.officials import LinkError
from ..services.requests import DomainError

bp = Blueprint("official", __name__)
staff = role_required(Role.MEDIATOR, Role.ADMIN)


def init_app(app: Flask) -> None:
    """Rate-limit the link pages like the tracking-code pages; give the request page its panels."""
    from .. import security

    for endpoint, method in (("official.respond", "GET"), ("official.act", "POST")):
        security.SENSITIVE[(endpoint, method)] = "official"
    security.SENSITIVE[("official.new", "POST")] = "submit"
    app.jinja_env.globals["casework_panels"] = request_panels
    app.jinja_env.globals["casework_pause"] = suspension.current
    app.jinja_env.globals["casework_due"] = suspension.effective_due


bp.after_request(private)  # never cached or indexed


# --- the official's own request --------------------------------------------------------------------------------


def _department_choices() -> list[tuple[str, str]]:
    return [("", "Kies uw afdeling"), *((str(d.id), d.name) for d in catalog.departments())]


@bp.route("/ambtenaar/verzoek", methods=["GET", "POST"])
def new() -> ResponseReturnValue:
    form = forms.OfficialRequestForm()
    form.department.choices = _department_choices()
    if not form.submission_id.data or len(form.submission_id.data) > 64:
        form.submission_id.data = codes.new_submission_id()
    if form.validate_on_submit():
        if not official_requests.allowed_work_address(form.official_email.data):
            form.official_email.errors.append("Gebruik uw e-mailadres van de gemeente.")
        else:
            ask = official_requests.OfficialAsk(
                official_name=form.official_name.data,
                official_email=form.official_email.data,
                department_id=catalog.optional_id(form.department.data),
                official_role=form.official_role.data or "",
                situation=form.situation.data,
                desired_outcome=form.desired_outcome.data,
                resident_agreed=form.resident_agreed.data == "ja",
                resident_name=form.resident_name.data,
                resident_email=form.resident_email.data,
                resident_phone=form.resident_phone.data,
                submission_id=form.submission_id.data,
            )
            try:
                req, code, _created = official_requests.submit_for_official(ask)
            except DomainError as err:
                db.session.rollback()
                form.department.errors.append(str(err))
            else:
                return render_template("official/receipt.html", req=req, code=code, resident_agreed=ask.resident_agreed)
    status = 400 if form.is_submitted() else 200
    return render_template("official/new.html", form=form), status


# --- the page behind an invitation link -------------------------------------------------------------------------


def _find(token: str) -> OfficialInvitation:
    try:
        return officials.find_by_token(token)
    except LinkError as err:
        abort(make_response(render_template("official/link_error.html", message=str(err)), err.status))


def _forms(invitation: OfficialInvitation) -> dict[str, Any]:
    version = str(invitation.version)
    made = {
        "antwoord": forms.OfficialActionForm(prefix="antwoord", data={"version": version}),
        "akkoord": forms.OfficialActionForm(prefix="akkoord", data={"version": version}),
        "voorstel": forms.OfficialProposalForm(prefix="voorstel", data={"version": version}),
        "uitgevoerd": forms.OfficialActionForm(prefix="uitgevoerd", data={"version": version}),
    }
    made["antwoord"].text.label.text = "Uw antwoord"
    made["akkoord"].text.label.text = "Toelichting (niet verplicht)"
    made["uitgevoerd"].text.label.text = "Wat is er gedaan? (niet verplicht)"
    return made


def _render(
    invitation: OfficialInvitation, made: dict[str, Any] | None = None, status: int = 200
) -> ResponseReturnValue:
    made = made or _forms(invitation)
    page = render_template(
        "official/respond.html", inv=invitation, req=invitation.request, agreement=invitation.agreement, f=made
    )
    return make_response(page, status)


@bp.route("/ambtenaar/link/<token>", methods=["GET"])
def respond(token: str) -> ResponseReturnValue:
    return _render(_find(token))


@bp.route("/ambtenaar/link/<token>/<action>", methods=["POST"])
def act(token: str, action: str) -> ResponseReturnValue:
    if action not in officials.ACTIONS:
        abort(404)
    invitation = _find(token)
    made = _forms(invitation)
    form = made[action] = (
        forms.OfficialProposalForm(prefix=action) if action == "voorstel" else forms.OfficialActionForm(prefix=action)
    )
    if action == "antwoord":
        form.text.label.text = "Uw antwoord"
    if not form.validate_on_submit():
        return _render(invitation, made, 400)
    raw_version = str(form.version.data or "")
    version = int(raw_version) if raw_version.isascii() and raw_version.isdigit() and len(raw_version) < 10 else None
    try:
        if action == "antwoord":
            officials.answer(invitation, version, form.text.data)
            message = "Dank u wel. Uw antwoord is naar de bemiddelaar gestuurd."
        elif action == "akkoord":
            officials.accept(invitation, version, form.text.data)
            message = "Dank u wel. U heeft de afspraak bevestigd. Meld hier later dat hij is uitgevoerd."
        elif action == "voorstel":
            officials.propose(invitation, version, form.text.data, form.due.data)
            message = "Dank u wel. Uw voorstel is naar de bemiddelaar gestuurd."
        else:
            officials.report_done(invitation, version, form.text.data)
            message = "Dank u wel. De bemiddelaar weet nu dat de afspraak is uitgevoerd."
    except LinkError as err:
        db.session.rollback()
        form.text.errors = [*form.text.errors, str(err)]
        return _render(invitation, made, err.status)
    except DomainError as err:
        db.session.rollback()
        form.text.errors = [*form.text.errors, str(err)]
        return _render(invitation, made, 400)
    flash(message, "success")
    return redirect(url_for("official.respond", token=token))


# --- mediator: invite and revoke -----------------------------------------------------------------------------


def invite_form(req: Request) -> forms.InviteOfficialForm:
    form = forms.InviteOfficialForm(prefix="o")
    form.official.choices = [
        ("", "Nieuwe ambtenaar"),
        *((str(o.id), f"{o.name}{' (' + o.email + ')' if o.email else ''}") for o in catalog.officials()),
    ]
    form.department.choices = [("", "Onbekend"), *((str(d.id), d.name) for d in catalog.departments())]
    form.agreement.choices = [
        ("", "Geen, alleen een vraag"),
        *((str(a.id), a.description[:80]) for a in req.agreements if a.status == AgreementStatus.OPEN),
    ]
    return form


def request_panels(req: Request) -> dict[str, Any]:
    """Everything the officials / opschorting / resident-information panels of the request page show."""
    return {
        "invite": g.get("casework_invite") or invite_form(req),
        "pause_form": g.get("casework_pause") or forms.SuspendForm(prefix="p"),
        "open": g.get("casework_open"),
        "action": forms.ActionForm(),
        "invitations": officials.invitations_for(req),
        "asked_by": officials.asked_by(req),
        "pause": suspension.current(req),
        "pauses": suspension.history(req),
        "messages": attachments.messages_for(req),
        "effective_due": lambda due: suspension.effective_due(req, due),
        "agreement_label": officials.agreement_label,
        "link_days": officials.link_days(),
        "now": utcnow(),
        "labels": labels,
    }


def _request_or_404(request_id: int) -> Request:
    req = db.session.get(Request, request_id)
    if req is None:
        abort(404)
    return req


def _back(req: Request, message: str, category: str = "success") -> ResponseReturnValue:
    flash(message, category)
    return redirect(url_for("backoffice.request_page", request_id=req.id, _anchor="ambtenaren"))


@bp.route("/bemiddeling/verzoek/<int:request_id>/ambtenaar-uitnodigen", methods=["POST"])
@staff
def invite(request_id: int) -> ResponseReturnValue:
    req = _request_or_404(request_id)
    form = invite_form(req)
    if not form.validate_on_submit():
        return _invite_failed(req, form)
    try:
        officials.invite(
            req,
            current_user,
            question=form.question.data,
            email=form.email.data,
            official_id=catalog.optional_id(form.official.data),
            name=form.name.data,
            department_id=catalog.optional_id(form.department.data),
            agreement_id=catalog.optional_id(form.agreement.data),
        )
    except DomainError as err:
        db.session.rollback()
        form.question.errors = [*form.question.errors, str(err)]
        return _invite_failed(req, form)
    return _back(req, "De uitnodiging is verstuurd. De ambtenaar krijgt een persoonlijke link per e-mail.")


def _invite_failed(req: Request, form: forms.InviteOfficialForm) -> ResponseReturnValue:
    """Show the request page again with the errors in place (nothing typed is lost)."""
    return render_with_panel(req, "casework_invite", form)


def render_with_panel(req: Request, key: str, form: Any, status: int = 400) -> ResponseReturnValue:
    """The back-office request page with one of this area's forms (carrying its errors) in place."""
    from ..services import requests as request_service
    from .backoffice import _render_request

    g.setdefault(key, form)
    g.casework_open = key
    body, _status = _render_request(request_service.load_for_page(req.id) or req)
    return body, status


@bp.route("/bemiddeling/uitnodiging/<int:invitation_id>/intrekken", methods=["POST"])
@staff
def revoke(invitation_id: int) -> ResponseReturnValue:
    invitation = db.session.get(OfficialInvitation, invitation_id)
    if invitation is None:
        abort(404)
    if not forms.ActionForm().validate_on_submit():
        abort(400)
    try:
        officials.revoke(invitation, current_user)
    except DomainError as err:
        return _back(invitation.request, str(err), "error")
    return _back(invitation.request, "De link is ingetrokken. De ambtenaar kan hem niet meer gebruiken.")
