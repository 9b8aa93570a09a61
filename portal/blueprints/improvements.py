"""Learning points (leerpunten) for mediators and admins: create and change status (audited)."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user
from sqlalchemy import select

from ..auth import role_required
from ..extensions import db
from ..forms import ImprovementForm, ImprovementStatusForm
from ..models import Department, Theme, User
from ..models_enums import Role
from ..security import private
from ..services import improvements
from ..services.improvements import ImprovementError

bp = Blueprint("improvements", __name__, url_prefix="/bemiddeling/leerpunten")
staff = role_required(Role.MEDIATOR, Role.ADMIN)


def _choices(form: ImprovementForm) -> None:
    deps = db.session.execute(select(Department).where(Department.active).order_by(Department.name)).scalars()
    themes = db.session.execute(select(Theme).where(Theme.active).order_by(Theme.name)).scalars()
    form.department.choices = [("", "–"), *((str(d.id), d.name) for d in deps)]
    form.theme.choices = [("", "–"), *((str(t.id), t.name) for t in themes)]


def _id(value: str | None, message: str) -> int | None:
    if not value:
        return None
    if not value.isdigit() or len(value) > 9:
        raise ImprovementError(message)
    return int(value)


bp.after_request(private)  # never cached or indexed


@bp.route("", methods=["GET", "POST"])
@staff
def manage() -> ResponseReturnValue:
    form = ImprovementForm()
    _choices(form)
    if form.validate_on_submit():
        try:
            improvements.create(
                db.session.get(User, current_user.id),
                form.title.data,
                form.description.data or "",
                _id(form.department.data, "Kies een afdeling uit de lijst."),
                _id(form.theme.data, "Kies een thema uit de lijst."),
                form.owner_role.data,
                form.due.data,
                _id(
                    (form.request_number.data or "").lstrip("#"),
                    "Dit verzoeknummer bestaat niet. Kijk het nummer na in de lijst met verzoeken.",
                ),
            )
        except ImprovementError as exc:
            db.session.rollback()
            message = str(exc)
            target = (
                form.request_number
                if "verzoeknummer" in message
                else form.theme
                if "thema" in message
                else form.department
            )
            target.errors = [*target.errors, message]
        else:
            flash("Het leerpunt is toegevoegd.", "success")
            return redirect(url_for("improvements.manage"))
    status = 400 if form.is_submitted() else 200
    return render_template(
        "improvements/manage.html",
        form=form,
        items=improvements.all_items(),
        status_form=ImprovementStatusForm(),
        statuses=improvements.STATUSES,
        theme_counts=improvements.request_counts_by_theme(),
    ), status


@bp.route("/<int:item_id>/status", methods=["POST"])
@staff
def change_status(item_id: int) -> ResponseReturnValue:
    form = ImprovementStatusForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        improvements.set_status(db.session.get(User, current_user.id), item_id, form.status.data)
    except ImprovementError as exc:
        db.session.rollback()
        if "bestaat niet" in str(exc):
            abort(404)
        flash(str(exc), "error")
    else:
        flash("De status is gewijzigd.", "success")
    return redirect(url_for("improvements.manage"))
