"""Back office for mediators and admins under /bemiddeling/."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_user, logout_user
from flask_wtf import FlaskForm
from sqlalchemy import select

from .. import forms, labels
from ..auth import find_user, role_required, verify_password
from ..errors import refuse
from ..extensions import db
from ..models import Agreement, AuditEntry, Department, Official, Request, Theme, User
from ..models_enums import Role
from ..security import private
from ..services import access, audit, catalog, clock, logins, requests
from ..services.requests import DomainError, QueueFilter
from .resident import submission_from, theme_choices

bp = Blueprint("backoffice", __name__, url_prefix="/bemiddeling")
SAFE_NEXT = re.compile(r"/bemiddeling/[A-Za-z0-9/_.~%?&=+-]*")
staff = role_required(Role.MEDIATOR, Role.ADMIN)
admin = role_required(Role.ADMIN)


bp.after_request(private)  # never cached or indexed


# --- log-in -------------------------------------------------------------------------------------------------


@bp.route("/inloggen", methods=["GET", "POST"])
def login() -> ResponseReturnValue:
    if current_user.is_authenticated:
        return redirect(url_for("backoffice.queue"))
    form = forms.LoginForm()
    if form.validate_on_submit():
        email = form.email.data.lower()
        if logins.locked_out(email):
            form.email.errors.append(
                "Te veel mislukte pogingen vanaf dit netwerk. Wacht 15 minuten en probeer het "
                "opnieuw, of vraag een beheerder om de blokkade op te heffen."
            )
            return render_template("backoffice/login.html", form=form), 429
        user = find_user(email)
        if user is not None and user.active and verify_password(user, form.password.data):
            logins.clear(email)
            notice, user.lockout_notice_at = user.lockout_notice_at, None
            session.clear()  # a fresh session at log-in: no fixation
            login_user(user)
            audit.record(user, "user.login", user)
            db.session.commit()
            if notice is not None:
                flash(
                    f"Let op: op {clock.to_local(notice):%d-%m-%Y om %H:%M} is {logins.MAX_FAILURES} keer een "
                    "verkeerd wachtwoord ingevuld voor uw account. Inloggen vanaf dat netwerk was daarom even "
                    "geblokkeerd. Was u dit niet? Kies een nieuw wachtwoord en meld het bij de beheerder.",
                    "error",
                )
            target = request.args.get("next", "")
            if not SAFE_NEXT.fullmatch(target):  # own pages only; no line breaks or other control characters
                target = url_for("backoffice.queue")
            return redirect(target)
        logins.failed(email)
        form.password.errors.append("E-mailadres of wachtwoord klopt niet.")
    status = 400 if form.is_submitted() else 200
    return render_template("backoffice/login.html", form=form), status


@bp.route("/uitloggen", methods=["POST"])
@staff
def logout() -> ResponseReturnValue:
    form = forms.ActionForm()
    if not form.validate_on_submit():
        abort(400)
    user = db.session.get(User, current_user.id)
    user.session_version += 1  # every copy of the old session cookie stops working
    audit.record(user, "user.logout", user)
    db.session.commit()
    logout_user()
    session.clear()
    flash("U bent uitgelogd.", "success")
    return redirect(url_for("backoffice.login"))


# --- queue and request page ----------------------------------------------------------------------------------


@bp.route("/")
@staff
def queue() -> ResponseReturnValue:
    status = request.args.get("status") or None
    if status not in (None, *labels.STATUSES):
        raise refuse(400, "Deze status bestaat niet. Kies een status uit de lijst.")
    theme_id = number_arg("thema", "Dit thema bestaat niet. Kies een thema uit de lijst.")
    mediator = request.args.get("bemiddelaar") or None
    if mediator == "ik":
        mediator = str(current_user.id)
    elif mediator not in (None, "none"):
        mediator = str(number_arg("bemiddelaar", "Deze bemiddelaar bestaat niet. Kies iemand uit de lijst."))
    attention = request.args.get("aandacht") or None
    if attention not in (None, *ATTENTION):
        raise refuse(400, "Dit filter bestaat niet. Kies 'Te laat' of 'Niets gebeurd' uit de lijst.")
    page = min(number_arg("pagina", PAGE_MESSAGE) or 1, 10000)
    size = 50
    rows, total = requests.queue(
        QueueFilter(status, theme_id, mediator, ATTENTION.get(attention or "")), limit=size, offset=(page - 1) * size
    )
    return render_template(
        "backoffice/queue.html",
        rows=rows,
        total=total,
        page=page,
        pages=max(1, -(-total // size)),
        status=status,
        theme_id=theme_id,
        mediator=mediator,
        themes=catalog.themes(active_only=False),
        mediators=catalog.mediators(),
        next_deadline=requests.next_deadline,
        is_overdue=requests.is_overdue,
        attention=attention,
        attention_counts=requests.attention_counts(),
        inactive_days=current_app.config.get("INACTIVE_WORKING_DAYS", 5),
    )


# The queue's attention filters: URL value -> requests.attention_clause() name.
ATTENTION = {"te-laat": "overdue", "stil": "inactive"}


PAGE_MESSAGE = "Dit paginanummer bestaat niet. Gebruik de knoppen onder de lijst."


def number_arg(name: str, message: str) -> int | None:
    """A positive whole number from the query string (ASCII digits only, at most 9), None if absent; else 400."""
    raw = request.args.get(name) or ""
    if not raw:
        return None
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 9 and int(raw) > 0):
        raise refuse(400, message)
    return int(raw)


YEAR_MESSAGE = "Deze datum kan niet kloppen. Kies een datum tussen het jaar 2000 en 2100."


def _plausible_year(value: dt.date | None, latest: int = 2100) -> bool:
    """Dates far outside the service's life (year 1, year 9999) are typing errors and overflow time zones."""
    return value is not None and 2000 <= value.year <= latest


def _get_request(request_id: int) -> Request:
    req = db.session.get(Request, request_id)
    if req is None:
        abort(404)
    return req


def _id_choices(items: Iterable[Theme | Department | Official], empty: str) -> list[tuple[str, str]]:
    return [("", empty), *((str(i.id), i.name) for i in items)]


def _request_forms(req: Request) -> dict[str, FlaskForm]:
    transition = forms.TransitionForm(prefix="t")
    transition.to_status.choices = [(s, labels.STATUSES[s]) for s in requests.allowed_transitions(req)]
    classify = forms.ClassifyForm(prefix="c")
    classify.theme.choices = _id_choices(catalog.themes(active_only=False), "Nog niet bekend")
    classify.department.choices = _id_choices(catalog.departments(active_only=False), "Nog niet bekend")
    if not classify.is_submitted():
        classify.theme.data = str(req.theme_id or "")
        classify.department.data = str(req.department_id or "")
    contact = forms.ContactForm(prefix="k")
    contact.official.choices = _id_choices(catalog.officials(), "Geen / niet van toepassing")
    if contact.at.data is None and not contact.is_submitted():
        contact.at.data = clock.local_now().replace(second=0, microsecond=0)
    agreement = forms.AgreementForm(prefix="a")
    agreement.department.choices = _id_choices(catalog.departments(), "Kies een afdeling")
    agreement.official.choices = _id_choices(catalog.officials(), "Geen / niet van toepassing")
    return {
        "transition": transition,
        "classify": classify,
        "contact": contact,
        "agreement": agreement,
        "action": forms.ActionForm(),
        "agreement_status": forms.AgreementStatusForm(prefix="s"),
        "takeover": forms.TakeOverForm(),
    }


def _render_request(req: Request, forms_: dict[str, FlaskForm] | None = None, status: int = 200) -> tuple[str, int]:
    forms_ = forms_ or _request_forms(req)
    audit_rows = (
        db.session.execute(
            select(AuditEntry)
            .where(AuditEntry.object_type == "Request", AuditEntry.object_id == str(req.id))
            .order_by(AuditEntry.at.desc())
            .limit(50)
        )
        .scalars()
        .all()
    )
    from ..services import publication

    article = publication.article_for_request(req.id)
    can_publish = article is None and req.consent_publication and req.status in publication.ELIGIBLE_STATUSES
    return render_template(
        "backoffice/request.html",
        req=req,
        f=forms_,
        audit_rows=audit_rows,
        article=article,
        can_publish=can_publish,
        next_deadline=requests.next_deadline(req),
        overdue=requests.is_overdue(req),
        final=req.status in requests.FINAL_STATUSES,
        holds=access.holds(current_user, req),
        needs_reason=access.needs_reason(current_user, req),
    ), status


@bp.route("/verzoek/<int:request_id>")
@staff
def request_page(request_id: int) -> ResponseReturnValue:
    req = requests.load_for_page(request_id)
    if req is None:
        abort(404)
    return _render_request(req)


def _done(req: Request, message: str) -> ResponseReturnValue:
    flash(message, "success")
    return redirect(url_for("backoffice.request_page", request_id=req.id))


@bp.route("/verzoek/<int:request_id>/oppakken", methods=["POST"])
@staff
def take(request_id: int) -> ResponseReturnValue:
    req = _get_request(request_id)
    f = _request_forms(req)
    form = f["takeover"]
    if not form.validate_on_submit():
        return _render_request(req, f, 400)
    try:
        access.take_over(req, current_user, form.reason.data)
    except DomainError as err:
        db.session.rollback()
        form.reason.errors.append(str(err))
        return _render_request(req, f, 400)
    return _done(req, "U bent nu de bemiddelaar van dit verzoek.")


@bp.route("/verzoek/<int:request_id>/nieuwe-code", methods=["POST"])
@staff
def new_code(request_id: int) -> ResponseReturnValue:
    req = _get_request(request_id)
    if not forms.ActionForm().validate_on_submit():
        abort(400)
    try:
        code = requests.issue_new_code(req, current_user)
    except DomainError as err:
        flash(str(err), "error")
        return redirect(url_for("backoffice.request_page", request_id=req.id))
    return render_template("backoffice/registered.html", req=req, code=code, reissued=True)


@bp.route("/verzoek/<int:request_id>/indeling", methods=["POST"])
@staff
def classify(request_id: int) -> ResponseReturnValue:
    req = _get_request(request_id)
    f = _request_forms(req)
    if not f["classify"].validate_on_submit():
        return _render_request(req, f, 400)
    try:
        requests.set_classification(
            req,
            current_user,
            catalog.optional_id(f["classify"].theme.data),
            catalog.optional_id(f["classify"].department.data),
        )
    except DomainError as err:
        f["classify"].theme.errors.append(str(err))
        return _render_request(req, f, 400)
    return _done(req, "Thema en afdeling zijn opgeslagen.")


@bp.route("/verzoek/<int:request_id>/status", methods=["POST"])
@staff
def change_status(request_id: int) -> ResponseReturnValue:
    req = _get_request(request_id)
    f = _request_forms(req)
    form = f["transition"]
    if not form.validate_on_submit():
        return _render_request(req, f, 400)
    try:
        requests.transition(
            req,
            form.to_status.data,
            current_user,
            note=form.note.data,
            outcome=form.outcome.data or "",  # "": the form asks for a choice
            outcome_summary=form.outcome_summary.data,
            referral_route=form.referral_route.data or None,
            referral_reason=form.referral_reason.data,
            referral_category=form.referral_category.data or "",
        )  # "": required here
    except DomainError as err:
        db.session.rollback()
        form.to_status.errors.append(str(err))
        return _render_request(req, f, 409)
    return _done(req, f"De status is nu: {labels.STATUSES[req.status]}.")


@bp.route("/verzoek/<int:request_id>/contact", methods=["POST"])
@staff
def add_contact(request_id: int) -> ResponseReturnValue:
    req = _get_request(request_id)
    f = _request_forms(req)
    form = f["contact"]
    if not form.validate_on_submit():
        return _render_request(req, f, 400)
    if not _plausible_year(form.at.data, latest=9000):  # later than now: the service refuses it (409)
        form.at.errors.append(YEAR_MESSAGE)
        return _render_request(req, f, 400)
    try:
        requests.log_contact(
            req,
            current_user,
            clock.from_local(form.at.data),
            form.channel.data,
            form.participants.data,
            form.summary.data,
            form.with_resident.data,
            catalog.optional_id(form.official.data),
        )
    except DomainError as err:
        db.session.rollback()
        form.at.errors.append(str(err))
        return _render_request(req, f, 409)
    return _done(req, "Het contactmoment is opgeslagen.")


@bp.route("/verzoek/<int:request_id>/afspraak", methods=["POST"])
@staff
def add_agreement(request_id: int) -> ResponseReturnValue:
    req = _get_request(request_id)
    f = _request_forms(req)
    form = f["agreement"]
    if not form.validate_on_submit():
        return _render_request(req, f, 400)
    if not _plausible_year(form.due.data):
        form.due.errors.append(YEAR_MESSAGE)
        return _render_request(req, f, 400)
    if form.due.data < clock.local_date(req.received_at):
        form.due.errors.append("De datum ligt voor de ontvangst van het verzoek.")
        return _render_request(req, f, 400)
    try:
        requests.add_agreement(
            req,
            current_user,
            form.description.data,
            catalog.optional_id(form.department.data),
            form.promised_by_role.data,
            form.due.data,
            catalog.optional_id(form.official.data),
        )
    except DomainError as err:
        db.session.rollback()
        form.description.errors.append(str(err))
        return _render_request(req, f, 409)
    return _done(req, "De afspraak is opgeslagen.")


@bp.route("/afspraak/<int:agreement_id>/stand", methods=["POST"])
@staff
def agreement_status(agreement_id: int) -> ResponseReturnValue:
    agreement = db.session.get(Agreement, agreement_id)
    if agreement is None:
        abort(404)
    form = forms.AgreementStatusForm(prefix="s")
    if not form.validate_on_submit():
        abort(400)
    requests.set_agreement_status(agreement, current_user, form.status.data)
    return _done(agreement.request, "De stand van de afspraak is bijgewerkt.")


@bp.route("/verzoek/nieuw", methods=["GET", "POST"])
@staff
def register() -> ResponseReturnValue:
    form = forms.RegisterRequestForm()
    form.theme.choices = theme_choices()
    if not form.submission_id.data or len(form.submission_id.data) > 64:
        from ..services.codes import new_submission_id

        form.submission_id.data = new_submission_id()
    if form.validate_on_submit():
        req, code, _created = requests.submit(
            submission_from(form, channel=form.channel.data), registered_by=current_user
        )
        return render_template("backoffice/registered.html", req=req, code=code)
    status = 400 if form.is_submitted() else 200
    return render_template("backoffice/register.html", form=form), status
