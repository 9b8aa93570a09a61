"""The resident's own contact details (AVG art. 15/17)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, SubmitField
from wtforms.validators import DataRequired


class EraseContactForm(FlaskForm):
    confirm = BooleanField(
        "Ja, wis mijn naam, e-mailadres en telefoonnummer",
        validators=[DataRequired("Vink aan dat u uw gegevens wilt laten wissen.")],
    )
    submit = SubmitField("Gegevens wissen")
