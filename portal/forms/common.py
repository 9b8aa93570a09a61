"""Building blocks shared by the forms: filters, validators and field factories (Dutch messages, B1)."""

from __future__ import annotations

import re
from typing import Any

import phonenumbers
from flask_wtf import FlaskForm
from wtforms import DateField, EmailField, Field, StringField, SubmitField, TextAreaField
from wtforms import i18n as wtforms_i18n
from wtforms.validators import DataRequired, Email, Length, Optional, ValidationError

TEXT_MAX = 5000
REQUIRED = "Dit veld is verplicht."
YES_NO = [("ja", "Ja"), ("nee", "Nee")]
# Control characters other than tab and newline make no sense in a story and can break exports.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_controls(value: str | None) -> str | None:
    """Drop control characters (not tab or newline) from posted text."""
    return _CONTROL.sub("", value) if isinstance(value, str) else value


def strip(value: str | None) -> str | None:
    """Filter for text fields: no control characters, no surrounding white space."""
    value = strip_controls(value)
    return value.strip() if isinstance(value, str) else value


def dutch_phone(_form: FlaskForm, field: Field) -> None:
    """Accept any valid phone number written the Dutch way (or international)."""
    if not field.data:
        return
    try:
        number = phonenumbers.parse(field.data, "NL")
    except phonenumbers.NumberParseException as exc:
        raise ValidationError("Dit is geen geldig telefoonnummer. Bijvoorbeeld: 06 12345678.") from exc
    if not phonenumbers.is_valid_number(number):
        raise ValidationError("Dit is geen geldig telefoonnummer. Bijvoorbeeld: 06 12345678.")


def text_area(label: str, minimum: int = 0, **kw: Any) -> TextAreaField:
    """A free-text field of at most TEXT_MAX characters; required when `minimum` is set."""
    validators: list[Any] = [DataRequired(REQUIRED)] if minimum else [Optional()]
    validators.append(
        Length(min=minimum, max=TEXT_MAX, message=f"Schrijf minstens {minimum} en hoogstens {TEXT_MAX} tekens.")
    )
    return TextAreaField(label, validators=validators, filters=[strip], **kw)


def email_field(label: str, required: bool = False, **kw: Any) -> EmailField:
    """An e-mail address field with Dutch messages."""
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
        filters=[strip],
        **kw,
    )


def phone_field(label: str, **kw: Any) -> StringField:
    """An optional phone number field (any valid Dutch or international number)."""
    return StringField(
        label,
        validators=[Optional(), Length(max=40, message="Hoogstens 40 tekens."), dutch_phone],
        filters=[strip],
        **kw,
    )


class DutchDateField(DateField):
    """A date field whose parse error is in Dutch."""

    def process_formdata(self, valuelist: list[Any]) -> None:
        try:
            super().process_formdata(valuelist)
        except ValueError as exc:
            raise ValueError("Dit is geen geldige datum. Schrijf die zo: 2026-03-31.") from exc


# WTForms' own messages in plain Dutch where its bundled Dutch catalogue is stiff or vague; the rest from it.
_PLAIN = {
    "Not a valid choice.": "Kies een van de mogelijkheden uit de lijst.",
    "Invalid Choice: could not coerce.": "Kies een van de mogelijkheden uit de lijst.",
    "This field is required.": REQUIRED,
    "Not a valid date value.": "Dit is geen geldige datum.",
    "Not a valid datetime value.": "Dit is geen geldige datum en tijd.",
    "Not a valid integer value.": "Vul een heel getal in.",
}


class _DutchMessages:
    """Translations object for WTForms: our plain wording first, then WTForms' Dutch catalogue."""

    def __init__(self) -> None:
        self._catalogue = wtforms_i18n.get_translations(["nl"])

    def gettext(self, string: str) -> str:
        return _PLAIN.get(string) or self._catalogue.gettext(string)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._catalogue.ngettext(singular, plural, n)


_DUTCH = _DutchMessages()


class Form(FlaskForm):
    """Base of every form: also WTForms' built-in messages ("Not a valid choice.") reach the user in Dutch."""

    class Meta:
        def get_translations(self, form: Any) -> _DutchMessages:
            return _DUTCH


class ActionForm(Form):
    """A form with only a CSRF token, for one-button actions."""

    submit = SubmitField("Opslaan")
