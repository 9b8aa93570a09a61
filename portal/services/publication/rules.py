"""The rules of publication: sections, limits, placeholders, and the refusals (Dutch, shown to the user)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ... import labels
from ...models_enums import RESOLVED_STATUSES, ArticleStatus, Outcome, RequestStatus

if TYPE_CHECKING:
    from .cleaning import CleanField

# Requests an article can be written about: the mediator is done with them.
ELIGIBLE_STATUSES = (*RESOLVED_STATUSES, RequestStatus.CLOSED)
SECTIONS = (
    ("situation", "Situatie"),
    ("coordination", "Afstemming"),
    ("outcome_text", "Uitkomst"),
    ("lesson", "Leren"),
)
FIELDS = (("title", "Titel"), *SECTIONS)
FIELD_NAMES = tuple(name for name, _ in FIELDS)
# The statuses of this workflow, in its order, with their labels (imported articles may also be "held").
WORKFLOW_STATUSES = (ArticleStatus.DRAFT, ArticleStatus.REVIEW, ArticleStatus.PUBLISHED, ArticleStatus.WITHDRAWN)
ARTICLE_STATUSES = {status: labels.ARTICLE_STATUSES[status] for status in WORKFLOW_STATUSES}
# The outcome as the article's facet says it ("deels opgelost").
OUTCOME_WORDS = {
    outcome: labels.OUTCOMES[outcome].lower()
    for outcome in (Outcome.RESOLVED, Outcome.PARTLY_RESOLVED, Outcome.NOT_RESOLVED, Outcome.REFERRED)
}
TITLE_MAX = 200
SECTION_MAX = 20000
EXTRA_MAX_WORDS = 50
EXTRA_PLACEHOLDERS = {
    "weggelaten": "[weggelaten]",
    "persoon": "[persoon]",
    "ambtenaar": "[ambtenaar]",
    "adres": "[adres]",
}
DRAFT_PREFIX = "concept:"
REFERENCE_RE = re.compile(r"^KB-(\d{4})-(\d{4,})$")

LABEL_WORDS = {
    "PERSON": "naam",
    "ADDRESS": "adres",
    "POSTCODE": "postcode",
    "BSN": "BSN",
    "IBAN": "IBAN",
    "PHONE": "telefoonnummer",
    "EMAIL": "e-mailadres",
    "LICENSE_PLATE": "kenteken",
    "DATE_OF_BIRTH": "geboortedatum",
    "CASE_NUMBER": "zaak- of klantnummer",
    "URL": "webadres",
    "IP": "IP-adres",
    "EXTRA": "extra woord",
    "RECORD_NAME": "naam van de bewoner (uit het verzoek)",
    "RECORD_EMAIL": "e-mailadres van de bewoner (uit het verzoek)",
    "RECORD_PHONE": "telefoonnummer van de bewoner (uit het verzoek)",
    "RECORD_OFFICIAL": "naam van een betrokken ambtenaar (uit het verzoek)",
}
RECORD_PLACEHOLDERS = {
    "RECORD_NAME": "[bewoner]",
    "RECORD_OFFICIAL": "[ambtenaar]",
    "RECORD_EMAIL": "[e-mailadres]",
    "RECORD_PHONE": "[telefoonnummer]",
}
ROLE_PLACEHOLDERS = ("[bewoner]", "[ambtenaar]")

PLACEHOLDER_RE = re.compile(r"\[[^\[\]\n]{1,40}\]")
KEY_RE = re.compile(r"^[A-Z_]{2,20}:[0-9a-f]{16}:\d{1,4}$")


class PublicationError(ValueError):
    """A step the rules refuse; the message is Dutch and shown to the user."""

    status = 409


class NotAllowed(PublicationError):
    status = 403


class FormattingRefused(PublicationError):
    """The Markdown cannot be rendered safely. On save the text is stored anyway (nothing lost), with
    `cleaned` for the editor; submitting and publishing are refused until the writer simplifies it."""

    status = 422

    def __init__(self, message: str, cleaned: dict[str, CleanField] | None = None) -> None:
        super().__init__(message)
        self.cleaned = cleaned or {}


@dataclass(frozen=True)
class Finding:
    """Something the publication check still finds: where, what kind, and the text itself."""

    where: str
    field: str
    label: str
    text: str

    def describe(self) -> str:
        return f"{LABEL_WORDS.get(self.label, self.label.lower())} „{self.text}” (in {self.where})"


class PublicationRefused(PublicationError):
    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        listed = "; ".join(f.describe() for f in findings[:20])
        more = f" en nog {len(findings) - 20}" if len(findings) > 20 else ""
        super().__init__(
            "Publicatie geweigerd: de tekst bevat nog persoonsgegevens. Gevonden: "
            f"{listed}{more}. Het artikel blijft ter beoordeling; stuur het terug naar de schrijver "
            "zodat die deze gegevens weghaalt."
        )
