"""Knowledge-base articles in the back office: the editor and the second reviewer's note."""

from __future__ import annotations

from flask import request
from wtforms import SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import Length, Optional

from ..models import Article
from ..services import publication as pub
from .common import Form

_LEN = "Hoogstens {max} tekens."


def _section(label: str, hint: str) -> TextAreaField:
    return TextAreaField(
        label,
        description=hint,
        validators=[Optional(), Length(max=pub.SECTION_MAX, message=_LEN.format(max=pub.SECTION_MAX))],
    )


class DraftForm(Form):
    title = StringField(
        "Titel",
        description="Kort en zonder namen, bijvoorbeeld: Parkeervergunning voor mantelzorger toch verleend.",
        validators=[Optional(), Length(max=pub.TITLE_MAX, message=_LEN.format(max=pub.TITLE_MAX))],
    )
    situation = _section("Situatie", "Wat was er aan de hand?")
    coordination = _section("Afstemming", "Wat deed de bemiddelaar, met wie werd gesproken (in rollen)?")
    outcome_text = _section("Uitkomst", "Wat kwam eruit?")
    lesson = _section("Leren", "Wat kan de gemeente (of een andere bewoner) hiervan leren?")
    extra_words = TextAreaField(
        "Extra te vervangen woorden",
        description="Eén woord of woordgroep per regel, bijvoorbeeld een straatnaam of een naam die de "
        "controle miste. Ze worden overal in het artikel vervangen. Deze lijst wordt niet bewaard.",
        validators=[Optional(), Length(max=2000, message=_LEN.format(max=2000))],
    )
    extra_as = SelectField("Vervangen door", choices=list(pub.EXTRA_PLACEHOLDERS.values()), default="[weggelaten]")
    submit = SubmitField("Opslaan en controleren")

    def raw(self, article: Article) -> dict[str, str]:
        """The posted text per field; a field missing from the post keeps its stored text."""
        return {
            name: (getattr(self, name).data or "") if name in request.form else (getattr(article, name) or "")
            for name in pub.FIELD_NAMES
        }


class ReviewForm(Form):
    note = TextAreaField(
        "Wat moet de schrijver aanpassen?", validators=[Optional(), Length(max=5000, message=_LEN.format(max=5000))]
    )
    submit = SubmitField("Terugsturen naar de schrijver")
