"""The resident's own contact details (AVG art. 15/17)."""

from __future__ import annotations

from wtforms import BooleanField, SubmitField
from wtforms.validators import DataRequired

from .common import Form


class EraseContactForm(Form):
    confirm = BooleanField(
        "Ja, wis mijn naam, e-mailadres en telefoonnummer",
        validators=[DataRequired("Vink aan dat u uw gegevens wilt laten wissen.")],
    )
    submit = SubmitField("Gegevens wissen")
