"""Burgerfonds: the admin's form that appends a ledger entry, and the one-button correction."""

from __future__ import annotations

from wtforms import SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import InputRequired, Length

from ..services import fund as fund_service
from .common import REQUIRED, DutchDateField, Form, strip


class FundEntryForm(Form):
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
        filters=[strip],
    )
    description = TextAreaField(
        "Omschrijving",
        description="Openbaar. Noem nooit de naam of gegevens van een inwoner of ambtenaar.",
        validators=[InputRequired(REQUIRED), Length(max=500, message="Hoogstens 500 tekens.")],
        filters=[strip],
    )
    submit = SubmitField("Boeking toevoegen")


class FundReverseForm(Form):
    submit = SubmitField("Corrigeren")
