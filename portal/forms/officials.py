"""Forms of officials (ambtenaren): asking for an afstemming, being invited, answering through a personal link."""

from __future__ import annotations

from wtforms import DateField, EmailField, HiddenField, RadioField, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, InputRequired, Length, Optional, ValidationError

from .common import REQUIRED, YES_NO, Form, email_field, phone_field, strip, text_area


class OfficialRequestForm(Form):
    """An official asks for an afstemming on behalf of a resident (channel "ambtenaar")."""

    submission_id = HiddenField()
    official_name = StringField(
        "Uw naam",
        validators=[DataRequired(REQUIRED), Length(max=120, message="Hoogstens 120 tekens.")],
        filters=[strip],
    )
    official_role = StringField(
        "Uw functie",
        description="Bijvoorbeeld: medewerker vergunningen.",
        validators=[Optional(), Length(max=120, message="Hoogstens 120 tekens.")],
        filters=[strip],
    )
    department = SelectField("Uw afdeling", coerce=str, validators=[InputRequired(REQUIRED)])
    official_email = email_field(
        "Uw werk-e-mailadres",
        required=True,
        description="Wij sturen de bevestiging en vragen van de bemiddelaar hierheen.",
    )
    situation = text_area(
        "Wat is de situatie van de bewoner?",
        minimum=10,
        description="Vertel wat er speelt. Noem geen BSN of bankrekeningnummer.",
    )
    desired_outcome = text_area(
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
        filters=[strip],
    )
    resident_email = email_field("E-mailadres van de bewoner (niet verplicht)")
    resident_phone = phone_field("Telefoonnummer van de bewoner (niet verplicht)")
    submit = SubmitField("Verzoek versturen")

    def validate_resident_email(self, field: EmailField) -> None:
        if (field.data or self.resident_phone.data or self.resident_name.data) and self.resident_agreed.data != "ja":
            raise ValidationError("Geef alleen gegevens van de bewoner door als de bewoner het goed vindt.")


class InviteOfficialForm(Form):
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
        filters=[strip],
    )
    email = email_field("Werk-e-mailadres", required=True)
    department = SelectField("Afdeling", coerce=str, validators=[Optional()])
    agreement = SelectField(
        "Voorgestelde afspraak",
        coerce=str,
        validators=[Optional()],
        description="De ambtenaar kan deze afspraak bevestigen of iets anders voorstellen.",
    )
    question = text_area(
        "Uw vraag aan de ambtenaar",
        minimum=3,
        description="De ambtenaar ziet alleen deze vraag en de afspraak, geen gegevens van de bewoner.",
    )
    submit = SubmitField("Uitnodiging versturen")


class OfficialActionForm(Form):
    """What the official sends through their link; `version` makes a replayed form harmless."""

    version = HiddenField(validators=[InputRequired()])
    text = text_area("Uw reactie")
    submit = SubmitField("Versturen")


class OfficialProposalForm(Form):
    version = HiddenField(validators=[InputRequired()])
    text = text_area("Welke afspraak stelt u voor?", minimum=3)
    due = DateField("Uiterlijk op (niet verplicht)", validators=[Optional()])
    submit = SubmitField("Voorstel versturen")
