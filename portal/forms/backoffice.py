"""Forms of the mediators' back office: logging in, registering a request, and working on one."""

from __future__ import annotations

from wtforms import (
    BooleanField,
    DateField,
    DateTimeLocalField,
    EmailField,
    PasswordField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import AnyOf, DataRequired, InputRequired, Length, Optional

from .. import labels
from ..models_enums import Channel, Outcome
from .common import REQUIRED, Form, strip, text_area
from .resident import RequestForm


class LoginForm(Form):
    email = EmailField("E-mailadres", validators=[DataRequired(REQUIRED), Length(max=254)], filters=[strip])
    password = PasswordField("Wachtwoord", validators=[DataRequired(REQUIRED), Length(max=500)])
    submit = SubmitField("Inloggen")


class RegisterRequestForm(RequestForm):
    """A mediator registers a request that came in by phone, desk, letter or e-mail."""

    channel = SelectField(
        "Hoe kwam het verzoek binnen?",
        choices=[(k, v) for k, v in labels.CHANNELS.items() if k != Channel.WEB],
        validators=[InputRequired(REQUIRED)],
    )
    submit = SubmitField("Verzoek registreren")


class TransitionForm(Form):
    to_status = SelectField("Nieuwe status", validators=[InputRequired(REQUIRED)])
    outcome = SelectField(
        "Uitkomst",
        # No outcome is preselected: "fully" vs "partly" feeds the council's figures, so the mediator chooses.
        choices=[
            ("", "– kies –"),
            (Outcome.RESOLVED, "Helemaal opgelost"),
            (Outcome.PARTLY_RESOLVED, "Deels opgelost"),
        ],
        validators=[Optional()],
    )
    outcome_summary = text_area(
        "Uitleg voor de bewoner", description="Verplicht bij opgelost en niet opgelost. De bewoner leest dit."
    )
    referral_route = SelectField("Formele route", choices=[("", "–"), *labels.ROUTES.items()], validators=[Optional()])
    referral_category = SelectField(
        "Soort reden",
        choices=[("", "–"), *labels.REFERRAL_CATEGORIES.items()],
        validate_choice=False,  # AnyOf below says it in Dutch
        validators=[Optional(), AnyOf(list(labels.REFERRAL_CATEGORIES), message="Kies een soort reden uit de lijst.")],
    )
    referral_reason = text_area("Reden van doorverwijzing")
    note = text_area("Interne notitie (niet zichtbaar voor de bewoner)")
    submit = SubmitField("Status wijzigen")


class ClassifyForm(Form):
    theme = SelectField("Thema", coerce=str, validators=[Optional()])
    department = SelectField("Afdeling", coerce=str, validators=[Optional()])
    submit = SubmitField("Opslaan")


class ContactForm(Form):
    """A contact moment (conversation) logged on a request."""

    at = DateTimeLocalField("Wanneer", format="%Y-%m-%dT%H:%M", validators=[InputRequired("Vul datum en tijd in.")])
    channel = SelectField("Kanaal", choices=list(labels.CONTACT_CHANNELS.items()), validators=[InputRequired(REQUIRED)])
    participants = StringField(
        "Wie waren erbij (rollen)",
        description="Bijvoorbeeld: bewoner, bemiddelaar, teamleider Parkeren.",
        validators=[DataRequired(REQUIRED), Length(max=300, message="Hoogstens 300 tekens.")],
        filters=[strip],
    )
    with_resident = BooleanField("De bewoner was erbij")
    official = SelectField("Ambtenaar (intern)", coerce=str, validators=[Optional()])
    summary = text_area("Samenvatting (intern)", minimum=3)
    submit = SubmitField("Contactmoment opslaan")


class AgreementForm(Form):
    description = text_area(
        "Wat is afgesproken?",
        minimum=3,
        description="In gewone woorden. De bewoner ziet dit. Noem geen namen van ambtenaren.",
    )
    department = SelectField("Welke afdeling zegt het toe", coerce=str, validators=[InputRequired(REQUIRED)])
    promised_by_role = StringField(
        "Rol van wie het toezegt",
        description="Bijvoorbeeld: teamleider.",
        validators=[DataRequired(REQUIRED), Length(max=120)],
        filters=[strip],
    )
    official = SelectField("Ambtenaar (intern)", coerce=str, validators=[Optional()])
    due = DateField("Uiterlijk op", validators=[InputRequired("Vul een datum in.")])
    submit = SubmitField("Afspraak opslaan")


class AgreementStatusForm(Form):
    status = SelectField("Stand", choices=list(labels.AGREEMENT_STATUSES.items()), validators=[InputRequired(REQUIRED)])
    submit = SubmitField("Bijwerken")


class SuspendForm(Form):
    reason = text_area(
        "Waarom staat de termijn stil?",
        minimum=3,
        description="De bewoner leest dit. Bijvoorbeeld: wij wachten op de brief van de gemeente die u nog zou sturen.",
    )
    submit = SubmitField("Termijn stilzetten")


class TakeOverForm(Form):
    """Taking a request; a reason is needed (and checked in services/access.py) when someone else has it."""

    reason = TextAreaField(
        "Waarom neemt u dit verzoek over?",
        filters=[strip],
        validators=[Optional(), Length(max=500, message="Hoogstens 500 tekens.")],
        description="Uw collega krijgt bericht, met deze reden.",
    )
    submit = SubmitField("Dit verzoek oppakken")
