"""Forms of the admin pages: service norms, accounts, themes and departments, officials, the service's contact."""

from __future__ import annotations

import re

from wtforms import EmailField, Field, IntegerField, PasswordField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Email, InputRequired, Length, NumberRange, Optional, Regexp

from .. import labels
from .common import REQUIRED, Form, dutch_phone, strip

MUNICIPAL_SHORT_NUMBER = re.compile(r"^14 ?0\d{2,3}$")  # "14 + area code", the municipalities' own number


class NormsForm(Form):
    first_contact_days = IntegerField(
        "Eerste contact binnen (werkdagen)",
        validators=[InputRequired("Vul een getal in."), NumberRange(1, 60, "Kies een getal van 1 tot 60.")],
    )
    resolution_days = IntegerField(
        "Oplossing binnen (werkdagen)",
        validators=[InputRequired("Vul een getal in."), NumberRange(1, 365, "Kies een getal van 1 tot 365.")],
    )
    submit = SubmitField("Normen opslaan")


class UserForm(Form):
    name = StringField("Naam", validators=[DataRequired(REQUIRED), Length(max=120)], filters=[strip])
    email = EmailField(
        "E-mailadres",
        validators=[
            DataRequired(REQUIRED),
            Length(max=254),
            Email("Dit is geen geldig e-mailadres.", check_deliverability=False),
        ],
        filters=[strip],
    )
    role = SelectField("Rol", choices=list(labels.ROLES.items()), validators=[InputRequired(REQUIRED)])
    password = PasswordField(
        "Wachtwoord (minstens 12 tekens)",
        validators=[DataRequired(REQUIRED), Length(min=12, max=500, message="Minstens 12 tekens.")],
    )
    submit = SubmitField("Account aanmaken")


class UserEditForm(Form):
    """Change an account; an empty password field leaves the password as it is."""

    name = StringField("Naam", validators=[DataRequired(REQUIRED), Length(max=120)], filters=[strip])
    email = EmailField(
        "E-mailadres",
        validators=[
            DataRequired(REQUIRED),
            Length(max=254),
            Email("Dit is geen geldig e-mailadres.", check_deliverability=False),
        ],
        filters=[strip],
    )
    role = SelectField("Rol", choices=list(labels.ROLES.items()), validators=[InputRequired(REQUIRED)])
    password = PasswordField(
        "Nieuw wachtwoord (leeg laten om het niet te veranderen; minstens 12 tekens)",
        validators=[Optional(), Length(min=12, max=500, message="Minstens 12 tekens.")],
    )
    submit = SubmitField("Wijzigingen opslaan")


class NameForm(Form):
    name = StringField("Naam", validators=[DataRequired(REQUIRED), Length(max=120)], filters=[strip])
    submit = SubmitField("Toevoegen")


class OfficialForm(Form):
    name = StringField("Naam", validators=[DataRequired(REQUIRED), Length(max=120)], filters=[strip])
    role = StringField("Functie", validators=[Optional(), Length(max=120)], filters=[strip])
    department = SelectField("Afdeling", coerce=str, validators=[Optional()])
    submit = SubmitField("Ambtenaar toevoegen")


def service_phone(form: Form, field: Field) -> None:
    """Any valid phone number, or a municipality's short number such as 14 020."""
    if field.data and not MUNICIPAL_SHORT_NUMBER.match(field.data):
        dutch_phone(form, field)


class ServiceContactForm(Form):
    """The mediation service's own contact details, shown under every page and in every mail."""

    phone = StringField(
        "Telefoonnummer",
        validators=[Optional(), Length(max=40, message="Maximaal 40 tekens."), service_phone],
        filters=[strip],
        description="Bijvoorbeeld 14 020 of 020 123 45 67.",
    )
    email = EmailField(
        "E-mailadres",
        validators=[
            Optional(),
            Length(max=254, message="Maximaal 254 tekens."),
            Email("Vul een geldig e-mailadres in."),
        ],
        filters=[strip],
    )
    address = TextAreaField(
        "Postadres",
        validators=[Optional(), Length(max=255, message="Maximaal 255 tekens.")],
        description="Straat en huisnummer, postcode en plaats. Elke regel op een nieuwe regel.",
    )
    hours = TextAreaField(
        "Openingstijden",
        validators=[
            Optional(),
            Length(max=255, message="Maximaal 255 tekens."),
            Regexp(r"^[^<>]*$", message="Gebruik geen < of >."),
        ],
        description="Bijvoorbeeld: maandag tot en met vrijdag van 9.00 tot 17.00 uur.",
    )
    submit = SubmitField("Contactgegevens opslaan")
