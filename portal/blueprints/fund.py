"""Burgerfonds: the public ledger (/burgerfonds) and the admin page that appends entries (no edit, no delete)."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, Response, abort, flash, jsonify, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from ..auth import role_required
from ..extensions import db
from ..forms import FundEntryForm, FundReverseForm
from ..models import User
from ..models_enums import Role
from ..security import private
from ..services import accountability, opendata
from ..services import fund as fund_service
from ..services.fund import FundError

bp = Blueprint("fund", __name__)
admin = role_required(Role.ADMIN)

LEDGER_FIELDS = (
    "id",
    "date",
    "kind",
    "category",
    "category_label",
    "amount_cents",
    "description",
    "reverses",
    "reversed",
)


def _solved() -> int | str | None:
    return accountability.figures(accountability.all_time(), with_previous=False)["outcomes"]["solved"]


@bp.route("/burgerfonds")
def ledger() -> ResponseReturnValue:
    return render_template("fund/ledger.html", ledger=fund_service.ledger(solved=_solved()))


@bp.route("/burgerfonds.<fmt>")
def export(fmt: str) -> ResponseReturnValue:
    data = fund_service.ledger(solved=_solved())
    if fmt == "json":
        response = jsonify(data)
        response.headers["Content-Disposition"] = 'attachment; filename="burgerfonds.json"'
        return response
    if fmt == "csv":
        return opendata.csv_response(data["entries"], LEDGER_FIELDS, "burgerfonds.csv")
    abort(404)


@bp.route("/bemiddeling/burgerfonds", methods=["GET", "POST"])
@admin
def manage() -> ResponseReturnValue:
    form = FundEntryForm()
    if not form.is_submitted():
        form.entry_date.data = dt.date.today()
    status = 200
    if form.validate_on_submit():
        try:
            cents = fund_service.parse_amount(form.amount.data)
        except FundError as exc:
            form.amount.errors.append(str(exc))
        else:
            try:
                actor = db.session.get(User, current_user.id)
                fund_service.add_entry(
                    actor, form.entry_date.data, form.kind.data, form.category.data, cents, form.description.data
                )
            except FundError as exc:
                db.session.rollback()
                getattr(form, exc.field or "category").errors.append(str(exc))
            else:
                flash("De boeking is toegevoegd.", "success")
                return redirect(url_for("fund.manage"))
    if form.is_submitted():
        status = 400
    return render_template(
        "fund/manage.html", form=form, reverse_form=FundReverseForm(), ledger=fund_service.ledger()
    ), status


@bp.route("/bemiddeling/burgerfonds/<int:entry_id>/corrigeren", methods=["GET", "POST"])
@admin
def reverse(entry_id: int) -> ResponseReturnValue:
    """GET asks for confirmation (a correction is public and permanent); POST makes the reversing entry."""
    form = FundReverseForm()
    try:
        if request.method == "GET":
            entry = fund_service.reversible(entry_id)
            return render_template(
                "fund/reverse_confirm.html",
                entry=entry,
                label=fund_service.category_label(entry.kind, entry.category),
                reverse_form=form,
            )
        if not form.validate_on_submit():
            abort(400)
        fund_service.reverse(db.session.get(User, current_user.id), entry_id)
    except FundError as exc:
        db.session.rollback()
        form = FundEntryForm(formdata=None, entry_date=dt.date.today())
        return render_template(
            "fund/manage.html",
            form=form,
            reverse_form=FundReverseForm(),
            ledger=fund_service.ledger(),
            reverse_error=str(exc),
        ), 409
    flash("De correctieboeking is toegevoegd.", "success")
    return redirect(url_for("fund.manage"))


@bp.after_request
def _headers(response: Response) -> Response:
    return private(response) if request.path.startswith("/bemiddeling/") else response  # the admin pages
