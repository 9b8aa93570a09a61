"""Administration in the back office under /bemiddeling/beheer/: service norms, accounts, lists and the audit log.

Admins only. Accounts change through `services.users` (every change audited); lists through `services.catalog`.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from .. import forms
from ..auth import role_required
from ..extensions import db
from ..models import AuditEntry, User
from ..models_enums import Role
from ..security import private
from ..services import audit, catalog, logins, norms
from ..services import users as users_service
from .backoffice import PAGE_MESSAGE, number_arg

bp = Blueprint("admin", __name__, url_prefix="/bemiddeling/beheer")
admin_only = role_required(Role.ADMIN)

bp.after_request(private)  # never cached or indexed


@bp.route("/normen", methods=["GET", "POST"])
@admin_only
def service_norms() -> ResponseReturnValue:
    current = norms.current()
    form = forms.NormsForm(
        data={"first_contact_days": current.first_contact_days, "resolution_days": current.resolution_days}
    )
    if form.validate_on_submit():
        norms.update(current_user, form.first_contact_days.data, form.resolution_days.data)
        flash("De servicenormen zijn opgeslagen. Ze gelden voor nieuwe verzoeken.", "success")
        return redirect(url_for("admin.service_norms"))
    status = 400 if form.is_submitted() else 200
    return render_template("backoffice/norms.html", form=form), status


@bp.route("/gebruikers", methods=["GET", "POST"])
@admin_only
def users() -> ResponseReturnValue:
    form = forms.UserForm()
    if form.validate_on_submit():
        try:
            user = users_service.create(
                current_user,
                email=form.email.data,
                name=form.name.data,
                role=form.role.data,
                password=form.password.data,
            )
        except users_service.UserError as exc:
            getattr(form, exc.field, form.email).errors.append(str(exc))
        else:
            flash(f"Account voor {user.name} is aangemaakt.", "success")
            return redirect(url_for("admin.users"))
    status = 400 if form.is_submitted() else 200
    all_users = users_service.all_users()
    locked = logins.locked_accounts()
    return render_template(
        "backoffice/users.html",
        form=form,
        users=all_users,
        action=forms.ActionForm(),
        locked={u.id for u in all_users if logins.account_key(u.email) in locked},
    ), status


@bp.route("/gebruikers/<int:user_id>/wijzigen", methods=["GET", "POST"])
@admin_only
def edit_user(user_id: int) -> ResponseReturnValue:
    user = db.get_or_404(User, user_id)
    form = forms.UserEditForm(data={"name": user.name, "email": user.email, "role": user.role})
    if form.validate_on_submit():
        try:
            changed = users_service.change(
                current_user,
                user,
                name=form.name.data,
                email=form.email.data,
                role=form.role.data,
                password=form.password.data or None,
            )
        except users_service.UserError as exc:
            getattr(form, exc.field, form.email).errors.append(str(exc))
        else:
            if not changed:
                flash("Er was niets veranderd.", "info")
            elif user.id == current_user.id and ("email" in changed or "password" in changed):
                flash("Uw account is gewijzigd. Log opnieuw in.", "success")
                return redirect(url_for("backoffice.login"))
            else:
                flash(f"Het account van {user.name} is gewijzigd.", "success")
            return redirect(url_for("admin.users"))
    status = 400 if form.is_submitted() else 200
    return render_template("backoffice/user_edit.html", form=form, user=user), status


@bp.route("/gebruikers/<int:user_id>/ontgrendelen", methods=["POST"])
@admin_only
def unlock_user(user_id: int) -> ResponseReturnValue:
    user = db.get_or_404(User, user_id)
    if not forms.ActionForm().validate_on_submit():
        abort(400)
    logins.unlock(user.email, actor=current_user)
    flash(f"Inloggen op het account van {user.name} is weer mogelijk vanaf elk netwerk.", "success")
    return redirect(url_for("admin.users"))


@bp.route("/gebruikers/<int:user_id>/actief", methods=["POST"])
@admin_only
def toggle_user(user_id: int) -> ResponseReturnValue:
    user = db.get_or_404(User, user_id)
    if not forms.ActionForm().validate_on_submit():
        abort(400)
    try:
        users_service.set_active(current_user, user, not user.active)
    except users_service.UserError as exc:
        flash(str(exc), "error")
        return redirect(url_for("admin.users"))
    flash(f"Account van {user.name} is {'aangezet' if user.active else 'uitgezet'}.", "success")
    return redirect(url_for("admin.users"))


@bp.route("/lijsten", methods=["GET", "POST"])
@admin_only
def lists() -> ResponseReturnValue:
    theme_form = forms.NameForm(prefix="thema")
    department_form = forms.NameForm(prefix="afdeling")
    official_form = forms.OfficialForm(prefix="ambtenaar")
    official_form.department.choices = [("", "Geen"), *((str(d.id), d.name) for d in catalog.departments())]
    status = 200
    try:
        if theme_form.submit.data and theme_form.validate_on_submit():
            catalog.add_theme(current_user, theme_form.name.data)
            flash("Thema toegevoegd.", "success")
            return redirect(url_for("admin.lists"))
        if department_form.submit.data and department_form.validate_on_submit():
            catalog.add_department(current_user, department_form.name.data)
            flash("Afdeling toegevoegd.", "success")
            return redirect(url_for("admin.lists"))
        if official_form.submit.data and official_form.validate_on_submit():
            catalog.add_official(
                current_user,
                official_form.name.data,
                official_form.role.data or "",
                catalog.optional_id(official_form.department.data),
            )
            flash("Ambtenaar toegevoegd.", "success")
            return redirect(url_for("admin.lists"))
    except IntegrityError:
        db.session.rollback()
        flash("Deze naam bestaat al.", "error")
        status = 409
    if request.method == "POST" and status == 200:
        status = 400
    return render_template(
        "backoffice/lists.html",
        theme_form=theme_form,
        department_form=department_form,
        official_form=official_form,
        themes=catalog.themes(active_only=False),
        departments=catalog.departments(active_only=False),
        officials=catalog.officials(),
    ), status


@bp.route("/audit")
@admin_only
def audit_log() -> ResponseReturnValue:
    page = min(number_arg("pagina", PAGE_MESSAGE) or 1, 100000)
    size = 100
    total = db.session.execute(select(func.count(AuditEntry.id))).scalar_one()
    rows = (
        db.session.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(size).offset((page - 1) * size))
        .scalars()
        .all()
    )
    return render_template("backoffice/audit.html", rows=rows, page=page, pages=max(1, -(-total // size)), audit=audit)
