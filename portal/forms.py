"""Flask-WTF forms. Dutch labels and messages (B1 level)."""

from __future__ import annotations

import re

import phonenumbers
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    DateTimeLocalField,
    EmailField,
    HiddenField,
    IntegerField,
    PasswordField,
    RadioField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import (
    AnyOf,
    DataRequired,
    Email,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    ValidationError,
)

from . import labels

TEXT_MAX = 5000
REQUIRED = "Dit veld is verplicht."
# Control characters other than tab and newline make no sense in a story and can break exports.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _strip_controls(value: str | None) -> str | None:
    return _CONTROL.sub("", value) if isinstance(value, str) else value


def _strip(value: str | None) -> str | None:
    value = _strip_controls(value)
    return value.strip() if isinstance(value, str) else value


def dutch_phone(_form: FlaskForm, field: StringField) -> None:
    """Accept any valid phone number written the Dutch way (or international)."""
    if not field.data:
        return
    try:
        number = phonenumbers.parse(field.data, "NL")
    except phonenumbers.NumberParseException as exc:
        raise ValidationError("Dit is geen geldig telefoonnummer. Bijvoorbeeld: 06 12345678.") from exc
    if not phonenumbers.is_valid_number(number):
        raise ValidationError("Dit is geen geldig telefoonnummer. Bijvoorbeeld: 06 12345678.")


def _text(label: str, minimum: int = 0, **kw):  # type: ignore[no-untyped-def]
    validators = [DataRequired(REQUIRED)] if minimum else [Optional()]
    validators.append(
        Length(min=minimum, max=TEXT_MAX, message=f"Schrijf minstens {minimum} en hoogstens {TEXT_MAX} tekens.")
    )
    return TextAreaField(label, validators=validators, filters=[_strip], **kw)


class RequestForm(FlaskForm):
    """The resident's own form on /verzoek/nieuw."""

    submission_id = HiddenField()
    what_happened = _text(
        "Wat is er gebeurd?",
        minimum=10,
        description="Vertel in uw eigen woorden wat er aan de hand is. Noem geen BSN of bankrekeningnummer.",
    )
    desired_outcome = _text(
        "Wat wilt u bereiken?", minimum=3, description="Bijvoorbeeld: een gesprek, een nieuw besluit, uitleg."
    )
    theme = SelectField("Waar gaat het over?", validators=[InputRequired(REQUIRED)], coerce=str)
    contact_name = StringField(
        "Uw naam", validators=[Optional(), Length(max=200, message="Hoogstens 200 tekens.")], filters=[_strip]
    )
    contact_email = EmailField(
        "Uw e-mailadres",
        validators=[
            Optional(),
            Length(max=254, message="Hoogstens 254 tekens."),
            Email(
                message="Dit is geen geldig e-mailadres. Bijvoorbeeld: naam@voorbeeld.nl.", check_deliverability=False
            ),
        ],
        filters=[_strip],
    )
    contact_phone = StringField(
        "Uw telefoonnummer",
        validators=[Optional(), Length(max=40, message="Hoogstens 40 tekens."), dutch_phone],
        filters=[_strip],
    )
    contact_preference = RadioField(
        "Hoe wilt u dat wij contact opnemen?",
        choices=list(labels.CONTACT_PREFERENCES.items()),
        default="geen",
        validators=[InputRequired(REQUIRED)],
    )
    consent_publication = BooleanField(
        "Ja, de uitkomst mag zonder naam en persoonlijke gegevens in de openbare kennisbank komen."
    )
    submit = SubmitField("Verzoek versturen")

    def validate_contact_preference(self, field: RadioField) -> None:
        if field.data == "email" and not self.contact_email.data:
            raise ValidationError("Vul uw e-mailadres in als u contact wilt per e-mail.")
        if field.data == "telefoon" and not self.contact_phone.data:
            raise ValidationError("Vul uw telefoonnummer in als u gebeld wilt worden.")


class RegisterRequestForm(RequestForm):
    """A mediator registers a request that came in by phone, desk, letter or e-mail."""

    channel = SelectField(
        "Hoe kwam het verzoek binnen?",
        choices=[(k, v) for k, v in labels.CHANNELS.items() if k != "web"],
        validators=[InputRequired(REQUIRED)],
    )
    submit = SubmitField("Verzoek registreren")


class ControlAnswerForm(FlaskForm):
    all_addressed = RadioField(
        "Is alles besproken?", choices=[("ja", "Ja"), ("nee", "Nee")], validators=[InputRequired("Kies ja of nee.")]
    )
    satisfied = RadioField(
        "Bent u tevreden?", choices=[("ja", "Ja"), ("nee", "Nee")], validators=[InputRequired("Kies ja of nee.")]
    )
    comment = _text("Wilt u nog iets kwijt? (niet verplicht)")
    submit = SubmitField("Antwoord versturen")


class LookupForm(FlaskForm):
    code = StringField("Uw code", validators=[DataRequired(REQUIRED), Length(max=64)], filters=[_strip])
    submit = SubmitField("Bekijk de stand van zaken")


class LoginForm(FlaskForm):
    email = EmailField("E-mailadres", validators=[DataRequired(REQUIRED), Length(max=254)], filters=[_strip])
    password = PasswordField("Wachtwoord", validators=[DataRequired(REQUIRED), Length(max=500)])
    submit = SubmitField("Inloggen")


class ActionForm(FlaskForm):
    """A form with only a CSRF token, for one-button actions."""

    submit = SubmitField("Opslaan")


class TransitionForm(FlaskForm):
    to_status = SelectField("Nieuwe status", validators=[InputRequired(REQUIRED)])
    outcome = SelectField(
        "Uitkomst", choices=[("opgelost", "Opgelost"), ("deels_opgelost", "Deels opgelost")], validators=[Optional()]
    )
    outcome_summary = _text(
        "Uitleg voor de bewoner", description="Verplicht bij opgelost en niet opgelost. De bewoner leest dit."
    )
    referral_route = SelectField("Formele route", choices=[("", "–"), *labels.ROUTES.items()], validators=[Optional()])
    referral_category = SelectField(
        "Soort reden",
        choices=[("", "–"), *labels.REFERRAL_CATEGORIES.items()],
        validate_choice=False,  # AnyOf below says it in Dutch
        validators=[Optional(), AnyOf(list(labels.REFERRAL_CATEGORIES), message="Kies een soort reden uit de lijst.")],
    )
    referral_reason = _text("Reden van doorverwijzing")
    note = _text("Interne notitie (niet zichtbaar voor de bewoner)")
    submit = SubmitField("Status wijzigen")


class ClassifyForm(FlaskForm):
    theme = SelectField("Thema", coerce=str, validators=[Optional()])
    department = SelectField("Afdeling", coerce=str, validators=[Optional()])
    submit = SubmitField("Opslaan")


class ContactForm(FlaskForm):
    at = DateTimeLocalField("Wanneer", format="%Y-%m-%dT%H:%M", validators=[InputRequired("Vul datum en tijd in.")])
    channel = SelectField("Kanaal", choices=list(labels.CONTACT_CHANNELS.items()), validators=[InputRequired(REQUIRED)])
    participants = StringField(
        "Wie waren erbij (rollen)",
        description="Bijvoorbeeld: bewoner, bemiddelaar, teamleider Parkeren.",
        validators=[DataRequired(REQUIRED), Length(max=300, message="Hoogstens 300 tekens.")],
        filters=[_strip],
    )
    with_resident = BooleanField("De bewoner was erbij")
    official = SelectField("Ambtenaar (intern)", coerce=str, validators=[Optional()])
    summary = _text("Samenvatting (intern)", minimum=3)
    submit = SubmitField("Contactmoment opslaan")


class AgreementForm(FlaskForm):
    description = _text(
        "Wat is afgesproken?",
        minimum=3,
        description="In gewone woorden. De bewoner ziet dit. Noem geen namen van ambtenaren.",
    )
    department = SelectField("Welke afdeling zegt het toe", coerce=str, validators=[InputRequired(REQUIRED)])
    promised_by_role = StringField(
        "Rol van wie het toezegt",
        description="Bijvoorbeeld: teamleider.",
        validators=[DataRequired(REQUIRED), Length(max=120)],
        filters=[_strip],
    )
    official = SelectField("Ambtenaar (intern)", coerce=str, validators=[Optional()])
    due = DateField("Uiterlijk op", validators=[InputRequired("Vul een datum in.")])
    submit = SubmitField("Afspraak opslaan")


class AgreementStatusForm(FlaskForm):
    status = SelectField("Stand", choices=list(labels.AGREEMENT_STATUSES.items()), validators=[InputRequired(REQUIRED)])
    submit = SubmitField("Bijwerken")


class NormsForm(FlaskForm):
    first_contact_days = IntegerField(
        "Eerste contact binnen (werkdagen)",
        validators=[InputRequired("Vul een getal in."), NumberRange(1, 60, "Kies een getal van 1 tot 60.")],
    )
    resolution_days = IntegerField(
        "Oplossing binnen (werkdagen)",
        validators=[InputRequired("Vul een getal in."), NumberRange(1, 365, "Kies een getal van 1 tot 365.")],
    )
    submit = SubmitField("Normen opslaan")


class UserForm(FlaskForm):
    name = StringField("Naam", validators=[DataRequired(REQUIRED), Length(max=120)], filters=[_strip])
    email = EmailField(
        "E-mailadres",
        validators=[
            DataRequired(REQUIRED),
            Length(max=254),
            Email("Dit is geen geldig e-mailadres.", check_deliverability=False),
        ],
        filters=[_strip],
    )
    role = SelectField("Rol", choices=list(labels.ROLES.items()), validators=[InputRequired(REQUIRED)])
    password = PasswordField(
        "Wachtwoord (minstens 12 tekens)",
        validators=[DataRequired(REQUIRED), Length(min=12, max=500, message="Minstens 12 tekens.")],
    )
    submit = SubmitField("Account aanmaken")


class NameForm(FlaskForm):
    name = StringField("Naam", validators=[DataRequired(REQUIRED), Length(max=120)], filters=[_strip])
    submit = SubmitField("Toevoegen")


class OfficialForm(FlaskForm):
    name = StringField("Naam", validators=[DataRequired(REQUIRED), Length(max=120)], filters=[_strip])
    role = StringField("Functie", validators=[Optional(), Length(max=120)], filters=[_strip])
    department = SelectField("Afdeling", coerce=str, validators=[Optional()])
    submit = SubmitField("Ambtenaar toevoegen")


# --- officials, residents adding information, opschorting (issue 11) ------------------------------------------

YES_NO = [("ja", "Ja"), ("nee", "Nee")]


def _email_field(label: str, required: bool = False, **kw):  # type: ignore[no-untyped-def]
    first = DataRequired(REQUIRED) if required else Optional()
    return EmailField(
        label,
        validators=[
            first,
            Length(max=254, message="Hoogstens 254 tekens."),
            Email(
                message="Dit is geen geldig e-mailadres. Bijvoorbeeld: naam@voorbeeld.nl.", check_deliverability=False
            ),
        ],
        filters=[_strip],
        **kw,
    )


class OfficialRequestForm(FlaskForm):
    """An official asks for an afstemming on behalf of a resident (channel "ambtenaar")."""

    submission_id = HiddenField()
    official_name = StringField(
        "Uw naam",
        validators=[DataRequired(REQUIRED), Length(max=120, message="Hoogstens 120 tekens.")],
        filters=[_strip],
    )
    official_role = StringField(
        "Uw functie",
        description="Bijvoorbeeld: medewerker vergunningen.",
        validators=[Optional(), Length(max=120, message="Hoogstens 120 tekens.")],
        filters=[_strip],
    )
    department = SelectField("Uw afdeling", coerce=str, validators=[InputRequired(REQUIRED)])
    official_email = _email_field(
        "Uw werk-e-mailadres",
        required=True,
        description="Wij sturen de bevestiging en vragen van de bemiddelaar hierheen.",
    )
    situation = _text(
        "Wat is de situatie van de bewoner?",
        minimum=10,
        description="Vertel wat er speelt. Noem geen BSN of bankrekeningnummer.",
    )
    desired_outcome = _text(
        "Wat is er volgens u nodig?", minimum=3, description="Bijvoorbeeld: een gesprek met de bewoner en de afdeling."
    )
    resident_agreed = RadioField(
        "Weet de bewoner van dit verzoek en vindt de bewoner het goed?",
        choices=YES_NO,
        validators=[InputRequired("Kies ja of nee.")],
    )
    resident_name = StringField(
        "Naam van de bewoner (niet verplicht)",
        validators=[Optional(), Length(max=200, message="Hoogstens 200 tekens.")],
        filters=[_strip],
    )
    resident_email = _email_field("E-mailadres van de bewoner (niet verplicht)")
    resident_phone = StringField(
        "Telefoonnummer van de bewoner (niet verplicht)",
        validators=[Optional(), Length(max=40, message="Hoogstens 40 tekens."), dutch_phone],
        filters=[_strip],
    )
    submit = SubmitField("Verzoek versturen")

    def validate_resident_email(self, field: EmailField) -> None:
        if (field.data or self.resident_phone.data or self.resident_name.data) and self.resident_agreed.data != "ja":
            raise ValidationError("Geef alleen gegevens van de bewoner door als de bewoner het goed vindt.")


class InviteOfficialForm(FlaskForm):
    """A mediator invites an official to respond through a personal link."""

    official = SelectField(
        "Ambtenaar",
        coerce=str,
        validators=[Optional()],
        description="Kies een bekende ambtenaar, of vul hieronder naam en e-mailadres in.",
    )
    name = StringField(
        "Naam (nieuwe ambtenaar)",
        validators=[Optional(), Length(max=120, message="Hoogstens 120 tekens.")],
        filters=[_strip],
    )
    email = _email_field("Werk-e-mailadres", required=True)
    department = SelectField("Afdeling", coerce=str, validators=[Optional()])
    agreement = SelectField(
        "Voorgestelde afspraak",
        coerce=str,
        validators=[Optional()],
        description="De ambtenaar kan deze afspraak bevestigen of iets anders voorstellen.",
    )
    question = _text(
        "Uw vraag aan de ambtenaar",
        minimum=3,
        description="De ambtenaar ziet alleen deze vraag en de afspraak, geen gegevens van de bewoner.",
    )
    submit = SubmitField("Uitnodiging versturen")


class OfficialActionForm(FlaskForm):
    """What the official sends through their link; `version` makes a replayed form harmless."""

    version = HiddenField(validators=[InputRequired()])
    text = _text("Uw reactie")
    submit = SubmitField("Versturen")


class OfficialProposalForm(FlaskForm):
    version = HiddenField(validators=[InputRequired()])
    text = _text("Welke afspraak stelt u voor?", minimum=3)
    due = DateField("Uiterlijk op (niet verplicht)", validators=[Optional()])
    submit = SubmitField("Voorstel versturen")


class SuspendForm(FlaskForm):
    reason = _text(
        "Waarom staat de termijn stil?",
        minimum=3,
        description="De bewoner leest dit. Bijvoorbeeld: wij wachten op de brief van de gemeente die u nog zou sturen.",
    )
    submit = SubmitField("Termijn stilzetten")


class AddInformationForm(FlaskForm):
    """A resident adds a message and files to their request (files are checked in services/attachments.py)."""

    message = _text("Uw bericht", description="Wat wilt u de bemiddelaar nog laten weten?")
    submit = SubmitField("Toevoegen")


class TakeOverForm(FlaskForm):
    """Taking a request; a reason is needed (and checked in services/access.py) when someone else has it."""

    reason = TextAreaField(
        "Waarom neemt u dit verzoek over?",
        filters=[_strip],
        validators=[Optional(), Length(max=500, message="Hoogstens 500 tekens.")],
        description="Uw collega krijgt bericht, met deze reden.",
    )
    submit = SubmitField("Dit verzoek oppakken")
