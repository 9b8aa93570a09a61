"""Mail in the back office (what was sent or would be sent), the service's contact details, unsubscribing."""

from __future__ import annotations

import email
import re
from email import policy
from pathlib import Path

from flask import Blueprint, Flask, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import func, select

from .. import labels
from ..auth import role_required
from ..errors import refuse
from ..extensions import csrf, db
from ..forms import ServiceContactForm
from ..models_enums import Role
from ..models_mail import MAIL_STATES, MailOutbox
from ..security import private
from ..services import audit, contact
from ..services import mail as mail_service

bp = Blueprint("mailadmin", __name__)
admin = role_required(Role.ADMIN)
PAGE_SIZE = 50
STATE_LABELS = labels.MAIL_STATES
KIND_LABELS = {
    "receipt": "Ontvangstbevestiging",
    "status": "Nieuwe stand",
    "control_question": "Controlevraag",
    "closed": "Gesloten",
    "agreement": "Afspraak",
    "agreement_due": "Afspraak verlopen",
    "new_request": "Nieuw verzoek",
    "digest": "Dagelijkse samenvatting",
}


bp.after_request(private)  # never cached or indexed


# --- the outbox -----------------------------------------------------------------------------------------------


@bp.route("/bemiddeling/beheer/mail")
@admin
def outbox() -> ResponseReturnValue:
    state = request.args.get("stand") or None
    if state not in (None, *MAIL_STATES):
        raise refuse(400, "Deze stand bestaat niet. Kies een stand uit de lijst.")
    raw_page = request.args.get("pagina") or "1"
    if not re.fullmatch(r"[0-9]{1,6}", raw_page) or int(raw_page) < 1:
        raise refuse(400, "Dit paginanummer bestaat niet. Gebruik de knoppen onder de lijst.")
    page = int(raw_page)
    stmt = select(MailOutbox)
    if state:
        stmt = stmt.where(MailOutbox.state == state)
    total = db.session.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
    rows = (
        db.session.execute(stmt.order_by(MailOutbox.id.desc()).limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE))
        .scalars()
        .all()
    )
    return render_template(
        "backoffice/mail_outbox.html",
        rows=rows,
        total=total,
        page=page,
        pages=max(1, -(-total // PAGE_SIZE)),
        state=state,
        counts=mail_service.status_counts(),
        state_labels=STATE_LABELS,
        kind_labels=KIND_LABELS,
        server=mail_service.server_config(),
        mail_dir=mail_service.mail_dir(),
    )


def _eml_text(row: MailOutbox) -> str | None:
    """The plain-text part of the .eml file this mail was written to (no server configured)."""
    if not row.eml_name or not re.fullmatch(r"[0-9-]+\.eml", row.eml_name):
        return None
    path = Path(mail_service.mail_dir()) / row.eml_name
    if not path.is_file():
        return None
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    body = msg.get_body(("plain",))
    return body.get_content() if body is not None else None


@bp.route("/bemiddeling/beheer/mail/<int:mail_id>")
@admin
def show(mail_id: int) -> ResponseReturnValue:
    row = db.session.get(MailOutbox, mail_id)
    if row is None:
        abort(404)
    text = row.body_text or _eml_text(row)
    return render_template(
        "backoffice/mail_show.html",
        row=row,
        text=text,
        state_labels=STATE_LABELS,
        kind_labels=KIND_LABELS,
        resend_form=FlaskForm(),
    )


@bp.route("/bemiddeling/beheer/mail/<int:mail_id>/opnieuw", methods=["POST"])
@admin
def send_again(mail_id: int) -> ResponseReturnValue:
    row = db.session.get(MailOutbox, mail_id)
    if row is None:
        abort(404)
    if not FlaskForm().validate_on_submit():
        raise refuse(400, "Het formulier was verlopen. Vernieuw de pagina en probeer het opnieuw.")
    try:
        mail_service.send_again(row)
    except mail_service.MailError as err:
        raise refuse(409, str(err)) from err
    audit.record(current_user, "mail.send_again", row)
    db.session.commit()
    flash("De mail staat weer klaar om verstuurd te worden.", "success")
    return redirect(url_for("mailadmin.show", mail_id=mail_id))


# --- contact details of the service ---------------------------------------------------------------------------


@bp.route("/bemiddeling/beheer/contactgegevens", methods=["GET", "POST"])
@admin
def contact_details() -> ResponseReturnValue:
    current = contact.load()
    form = ServiceContactForm(
        data={"phone": current.phone, "email": current.email, "address": current.address, "hours": current.hours}
    )
    if form.validate_on_submit():
        details = contact.ContactDetails(
            phone=form.phone.data or "",
            email=form.email.data or "",
            address=form.address.data or "",
            hours=form.hours.data or "",
        )
        contact.save(details)
        audit.record(current_user, "settings.contact", None, **{k: getattr(details, k) for k in contact.FIELDS})
        db.session.commit()
        contact.forget()
        flash("De contactgegevens zijn opgeslagen. Ze staan nu onderaan elke pagina en in elke mail.", "success")
        return redirect(url_for("mailadmin.contact_details"))
    status = 400 if form.is_submitted() else 200
    return render_template("backoffice/contact_details.html", form=form), status


# --- unsubscribing from optional mails (RFC 8058 one-click POST, or the page) ---------------------------------


@bp.route("/mail/afmelden/<token>", methods=["GET", "POST"])
@csrf.exempt  # the signed token is the proof; mail clients post List-Unsubscribe=One-Click without a form
def unsubscribe(token: str) -> ResponseReturnValue:
    parsed = mail_service.read_unsubscribe_token(token) if len(token) <= 400 else None
    if parsed is None:
        raise refuse(404, "Deze afmeldlink klopt niet. Gebruik de link uit de laatste mail die u kreeg.")
    addr_hash, kind = parsed
    done = False
    if request.method == "POST":
        mail_service.opt_out(addr_hash, kind)
        db.session.commit()
        done = True
    return render_template(
        "mail_unsubscribe.html", kind_label=KIND_LABELS.get(kind, kind).lower(), done=done, token=token
    )


def init_app(app: Flask) -> None:
    """Contact details on every page (footer, /over, error pages); the mail sender thread; menu links."""
    menu = app.jinja_env.globals.get("backoffice_menu")
    if isinstance(menu, list):
        menu.extend([("mailadmin.outbox", "Mail", True), ("mailadmin.contact_details", "Contactgegevens", True)])

    @app.context_processor
    def _service_contact() -> dict[str, object]:
        return {"service_contact": contact.load()}

    if app.config.get("MAIL_SENDER", "embedded") == "embedded" and not app.testing:
        from .. import _is_cli

        if not _is_cli():
            mail_service.start_sender_thread(app)
