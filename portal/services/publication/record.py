"""What the request record tells us: the resident's and the officials' own data, found wherever it appears."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from anonymizer import Known, is_ordinary_word

# The anonymizer; cleaning and check call it as record.find_entities (a test can swap in a predictable one).
from anonymizer import find_entities as find_entities
from anonymizer.wordlists import GIVEN_NAME_PARTICLES, PARTICLES

from ...extensions import db
from ...models import Agreement, Contact, Official, Request

# Parts of a name that are no name on their own (one list, the anonymizer's), except those that are one too.
NAME_PART_SKIP = PARTICLES - GIVEN_NAME_PARTICLES
# Very common Dutch words that are also first names: only a capitalised occurrence counts for these.
COMMON_WORDS = {
    "ben",
    "wil",
    "kan",
    "mag",
    "zal",
    "was",
    "wat",
    "die",
    "dat",
    "een",
    "als",
    "met",
    "bij",
    "aan",
    "om",
    "nu",
    "dan",
    "al",
    "zo",
    "of",
    "en",
    "er",
    "is",
    "ik",
    "je",
    "we",
    "ze",
    "na",
    "tot",
    "uit",
    "door",
    "over",
    "onder",
    "voor",
    "toen",
    "nog",
    "ook",
    "maar",
    "want",
    "mei",
    "wel",
    "niet",
    "geen",
    "heb",
    "had",
    "hun",
    "ons",
    "mijn",
    "zijn",
    "haar",
}
_PHONE_RUN = re.compile(r"\+?\d(?:[\s\-./()]{0,3}\d)+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


# --- what the request record tells us ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordTerms:
    """The resident's own data from the request: must go wherever it appears, never restorable."""

    name_parts: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()  # national significant digits, e.g. "612345678"
    official_parts: tuple[str, ...] = ()  # the officials involved: "de ambtenaar" in public


@dataclass(frozen=True)
class Context:
    known: Known
    record: RecordTerms


def normalize_text(value: str | None) -> str:
    """Line endings, no control or bidi-override characters, no outer blank space."""
    value = (value or "").replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", value).strip()


def _name_parts(name: str) -> list[str]:
    parts = []
    for raw in re.split(r"[\s\-]+", name.strip()):
        word = raw.strip(".,;:()\"'")
        if len(word) >= 2 and word.casefold() not in NAME_PART_SKIP and not word.isdigit():
            parts.append(word)
    return parts


def phone_digits(value: str) -> str:
    """The national significant number: 06-12345678, +31 6 1234 5678 and 0031612345678 all give 612345678."""
    digits = re.sub(r"\D", "", value)
    if digits.startswith("00"):
        digits = digits[2:]
        if digits.startswith("31"):
            digits = digits[2:]
    elif value.strip().startswith("+") and digits.startswith("31"):
        digits = digits[2:]
    elif digits.startswith("31") and len(digits) == 11:
        digits = digits[2:]
    return digits.lstrip("0")


def record_terms(req: Request | None, officials: list[Official] | None = None) -> RecordTerms:
    if req is None:
        return RecordTerms()
    names = tuple(dict.fromkeys(_name_parts(req.contact_name or "")))
    emails = tuple(e for e in [(req.contact_email or "").strip()] if "@" in e)
    phones = tuple(p for p in [phone_digits(req.contact_phone or "")] if len(p) >= 6)
    official_parts = tuple(dict.fromkeys(p for o in (officials or []) for p in _name_parts(o.name) if p not in names))
    return RecordTerms(names, emails, phones, official_parts)


def officials_of(req: Request) -> list[Official]:
    """The officials involved in the request's contacts and agreements."""
    ids = {
        c.official_id
        for c in db.session.execute(select(Contact).where(Contact.request_id == req.id)).scalars()
        if c.official_id
    }
    ids |= {
        a.official_id
        for a in db.session.execute(select(Agreement).where(Agreement.request_id == req.id)).scalars()
        if a.official_id
    }
    if not ids:
        return []
    return list(db.session.execute(select(Official).where(Official.id.in_(ids)).order_by(Official.id)).scalars())


def context_for(req: Request | None) -> Context:
    """Known data for the anonymizer: the resident first (so they are [persoon 1]), then the officials."""
    if req is None:
        return Context(Known(), RecordTerms())
    officials = officials_of(req)
    names = [req.contact_name] if (req.contact_name or "").strip() else []
    names += [o.name for o in officials if o.name.strip()]
    known = Known(
        names=names,
        emails=[req.contact_email] if req.contact_email else [],
        phones=[req.contact_phone] if req.contact_phone else [],
    )
    return Context(known, record_terms(req, officials))


def record_spans(text: str, record: RecordTerms) -> list[tuple[int, int, str]]:
    """Where the record's name parts, e-mail or phone occur in `text` (phone: digits only)."""
    out: list[tuple[int, int, str]] = []
    for parts, kind in ((record.name_parts, "RECORD_NAME"), (record.official_parts, "RECORD_OFFICIAL")):
        for part in parts:
            # a part that is an ordinary word ("de Groot", "Zomer") only capitalised: "een groot bedrag" stays
            common = part.casefold() in COMMON_WORDS or is_ordinary_word(part)
            flags = 0 if common else re.IGNORECASE
            pattern = re.escape(part[0].upper() + part[1:]) if common else re.escape(part)
            for m in re.finditer(r"(?<![\w@.])" + pattern + r"(?!\w)", text, flags):
                out.append((m.start(), m.end(), kind))
    for email in record.emails:
        for m in re.finditer(re.escape(email), text, re.IGNORECASE):
            out.append((m.start(), m.end(), "RECORD_EMAIL"))
        local = email.split("@", 1)[0]
        if len(local) >= 4 and not local.isalpha():  # "p.proef84" is as telling as the address
            for m in re.finditer(r"(?<![\w.])" + re.escape(local) + r"(?![\w])", text, re.IGNORECASE):
                out.append((m.start(), m.end(), "RECORD_EMAIL"))
    if record.phones:
        for m in _PHONE_RUN.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if any(p in digits for p in record.phones):
                out.append((m.start(), m.end(), "RECORD_PHONE"))
    # a span inside a longer one (the local part inside the address) is that one
    out.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    return [
        span
        for i, span in enumerate(out)
        if not any(s <= span[0] and span[1] <= e and (s, e) != span[:2] for s, e, _k in out[:i])
    ]
