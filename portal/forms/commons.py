"""Forms of the commons back office: follow another portal (the one-button actions use ActionForm)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import StringField, SubmitField
from wtforms.validators import DataRequired, Length, Regexp

from .common import REQUIRED, strip


class CommonsSourceForm(FlaskForm):
    url = StringField(
        "Adres van het portaal",
        validators=[
            DataRequired(REQUIRED),
            Length(max=300, message="Een adres is hoogstens 300 tekens lang."),
            Regexp(r"^https?://[^\s<>\"']+$", message="Begin het adres met https:// (of http://), zonder spaties."),
        ],
        filters=[strip],
        description="Het adres van de website van het andere portaal, bijvoorbeeld https://afstemming.voorbeeld.nl.",
    )
    submit = SubmitField("Volgen")
