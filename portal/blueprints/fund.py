"""Burgerfonds: the public ledger (/burgerfonds) and the admin page that appends entries (no edit, no delete)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Blueprint, Response, abort, flash, jsonify, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import DateField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import InputRequired, Length

from ..auth import role_required
from ..extensions import db
from ..forms import REQUIRED, _strip
from ..models import User
from ..services import accountability, opendata
from ..services import fund as fund_service
from ..services.fund import FundError

bp = Blueprint("fund", __name__)
admin = role_required("admin")

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


class DutchDateField(DateField):
    """A date field whose parse error is in Dutch."""

    def process_formdata(self, valuelist: list[Any]) -> None:
        try:
            super().process_formdata(valuelist)
        except ValueError as exc:
            raise ValueError("Dit is geen geldige datum. Schrijf die zo: 2026-03-31.") from exc


class FundEntryForm(FlaskForm):
    entry_date = DutchDateField("Datum", validators=[InputRequired("Vul een datum in.")])
    kind = SelectField(
        "Soort", choices=list(fund_service.KINDS.items()), validators=[InputRequired(REQUIRED)], validate_choice=False
    )
    category = SelectField(
        "Categorie",
        validators=[InputRequired(REQUIRED)],
        choices=[
            (c, f"{fund_service.KINDS[k]}: {label}")
            for k, cats in fund_service.CATEGORIES.items()
            for c, label in cats.items()
        ],
        validate_choice=False,
    )
    amount = StringField(
        "Bedrag in euro",
        description="Bijvoorbeeld 125,50. Altijd positief: de soort bepaalt of het geld binnenkomt of uitgaat.",
        validators=[
            InputRequired("Vul een bedrag in."),
            Length(max=40, message="Vul een bedrag in euro's in, bijvoorbeeld 125,50."),
        ],
        filters=[_strip],
    )
    description = TextAreaField(
        "Omschrijving",
        description="Openbaar. Noem nooit de naam of gegevens van een inwoner of ambtenaar.",
        validators=[InputRequired(REQUIRED), Length(max=500, message="Hoogstens 500 tekens.")],
        filters=[_strip],
    )
    submit = SubmitField("Boeking toevoegen")


class ReverseForm(FlaskForm):
    submit = SubmitField("Corrigeren")


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
        "fund/manage.html", form=form, reverse_form=ReverseForm(), ledger=fund_service.ledger()
    ), status


@bp.route("/bemiddeling/burgerfonds/<int:entry_id>/corrigeren", methods=["POST"])
@admin
def reverse(entry_id: int) -> ResponseReturnValue:
    form = ReverseForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        fund_service.reverse(db.session.get(User, current_user.id), entry_id)
    except FundError as exc:
        db.session.rollback()
        form = FundEntryForm(formdata=None, entry_date=dt.date.today())
        return render_template(
            "fund/manage.html",
            form=form,
            reverse_form=ReverseForm(),
            ledger=fund_service.ledger(),
            reverse_error=str(exc),
        ), 409
    flash("De correctieboeking is toegevoegd.", "success")
    return redirect(url_for("fund.manage"))


@bp.after_request
def _headers(response: Response) -> Response:
    from flask import request

    if request.path.startswith("/bemiddeling/"):
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Robots-Tag"] = "noindex, nofollow"
    return response
