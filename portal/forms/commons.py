"""Forms of the commons back office: follow another portal, hide an imported article (one-button actions use
ActionForm)."""

from __future__ import annotations

from wtforms import StringField, SubmitField
from wtforms.validators import DataRequired, Length, Regexp

from .common import REQUIRED, Form, strip


class CommonsSourceForm(Form):
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


class HideArticleForm(Form):
    reference = StringField(
        "Kenmerk of adres van het artikel",
        validators=[DataRequired(REQUIRED), Length(max=400, message="Dit is te lang voor een kenmerk of adres.")],
        filters=[strip],
        description="Plak het adres van de pagina van het artikel, of neem het kenmerk over dat bij het artikel "
        "staat (bijvoorbeeld KB-2025-0012).",
    )
    submit = SubmitField("Artikel verbergen")
