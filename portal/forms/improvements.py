"""Learning points (leerpunten): the form that adds one and the one that changes its status."""

from __future__ import annotations

from wtforms import SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, Optional

from ..services import improvements
from .common import REQUIRED, DutchDateField, Form, strip


class ImprovementForm(Form):
    title = StringField(
        "Wat gaat er veranderen?",
        validators=[DataRequired(REQUIRED), Length(max=300, message="Hoogstens 300 tekens.")],
        filters=[strip],
    )
    description = TextAreaField(
        "Toelichting",
        description="Openbaar. Noem geen namen en geen zaak.",
        validators=[Optional(), Length(max=5000, message="Hoogstens 5000 tekens.")],
        filters=[strip],
    )
    department = SelectField("Afdeling die het oppakt", validators=[Optional()], coerce=str, validate_choice=False)
    theme = SelectField("Thema", validators=[Optional()], coerce=str, validate_choice=False)
    owner_role = StringField(
        "Eigenaar (rol)",
        description="Bijvoorbeeld: teamleider Parkeren.",
        validators=[DataRequired(REQUIRED), Length(max=120, message="Hoogstens 120 tekens.")],
        filters=[strip],
    )
    due = DutchDateField("Klaar op", validators=[Optional()])
    request_number = StringField(
        "Komt uit verzoek (nummer)",
        description="Intern: het nummer uit de lijst met verzoeken, bijvoorbeeld 42. Nooit openbaar.",
        validators=[Optional(), Length(max=12, message="Hoogstens 12 tekens.")],
        filters=[strip],
    )
    submit = SubmitField("Leerpunt toevoegen")


class ImprovementStatusForm(Form):
    status = SelectField("Status", choices=list(improvements.STATUSES.items()), validators=[InputRequired(REQUIRED)])
    submit = SubmitField("Status wijzigen")
