"""Forms a resident fills in without an account: the request, the status lookup, the control question, additions."""

from __future__ import annotations

from wtforms import BooleanField, HiddenField, RadioField, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, InputRequired, Length, Optional, ValidationError

from .. import labels
from ..models_enums import ContactPreference
from .common import REQUIRED, YES_NO, Form, email_field, phone_field, strip, text_area


class RequestForm(Form):
    """The resident's own form on /verzoek/nieuw."""

    submission_id = HiddenField()
    what_happened = text_area(
        "Wat is er gebeurd?",
        minimum=10,
        description="Vertel in uw eigen woorden wat er aan de hand is. Noem geen BSN of bankrekeningnummer.",
    )
    desired_outcome = text_area(
        "Wat wilt u bereiken?", minimum=3, description="Bijvoorbeeld: een gesprek, een nieuw besluit, uitleg."
    )
    theme = SelectField("Waar gaat het over?", validators=[InputRequired(REQUIRED)], coerce=str)
    contact_name = StringField(
        "Uw naam", validators=[Optional(), Length(max=200, message="Hoogstens 200 tekens.")], filters=[strip]
    )
    contact_email = email_field("Uw e-mailadres")
    contact_phone = phone_field("Uw telefoonnummer")
    contact_preference = RadioField(
        "Hoe wilt u dat wij contact opnemen?",
        choices=list(labels.CONTACT_PREFERENCES.items()),
        default=ContactPreference.NONE,
        validators=[InputRequired(REQUIRED)],
    )
    consent_publication = BooleanField(
        "Ja, de uitkomst mag zonder naam en persoonlijke gegevens in de openbare kennisbank komen."
    )
    submit = SubmitField("Verzoek versturen")

    def validate_contact_preference(self, field: RadioField) -> None:
        if field.data == ContactPreference.EMAIL and not self.contact_email.data:
            raise ValidationError("Vul uw e-mailadres in als u contact wilt per e-mail.")
        if field.data == ContactPreference.PHONE and not self.contact_phone.data:
            raise ValidationError("Vul uw telefoonnummer in als u gebeld wilt worden.")


class ControlAnswerForm(Form):
    all_addressed = RadioField("Is alles besproken?", choices=YES_NO, validators=[InputRequired("Kies ja of nee.")])
    satisfied = RadioField("Bent u tevreden?", choices=YES_NO, validators=[InputRequired("Kies ja of nee.")])
    comment = text_area("Wilt u nog iets kwijt? (niet verplicht)")
    submit = SubmitField("Antwoord versturen")


class LookupForm(Form):
    code = StringField("Uw code", validators=[DataRequired(REQUIRED), Length(max=64)], filters=[strip])
    submit = SubmitField("Bekijk de stand van zaken")


class AddInformationForm(Form):
    """A resident adds a message and files to their request (files are checked in services/attachments.py)."""

    message = text_area("Uw bericht", description="Wat wilt u de bemiddelaar nog laten weten?")
    submit = SubmitField("Toevoegen")
