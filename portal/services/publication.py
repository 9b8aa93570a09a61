"""Publication workflow: from a resolved request whose resident consented to a public knowledge-base article.

The life of an article made here::

    request (opgelost / niet_opgelost / doorverwezen / afgerond, consent_publication)
      └─ create_draft()      status draft, author = the mediator, sections prefilled (anonymised)
           └─ save_draft()   the anonymizer runs on every field, only the anonymised text is stored
           └─ submit()       status review (refused while the publication check still finds something)
                ├─ send_back()   an admin who is not the author: status draft again, with a review_note
                └─ publish()     an admin who is not the author: check again, KB-<year>-<NNNN>, index outbox
                     └─ withdraw()  an admin who is not the author: status withdrawn, index delete

Decisions (privacy first; a name in the public knowledge base is a breach):

* The database only ever holds anonymised text. ``Article.title`` and the four sections (situation,
  coordination, outcome_text, lesson) are the output of :func:`clean_fields`; ``Article.body`` is assembled
  from them (``## Situatie``, ``## Afstemming``, ``## Uitkomst``, ``## Leren``). Audit details hold counts
  and labels, never a found value.
* Restoring a false hit ("dit is geen persoonsgegeven, terugzetten") works on the mediator's own latest
  *unanonymised* edit, which travels only in the editor form: the text areas post what the mediator typed,
  the server runs the anonymizer on it, stores the result and shows the same text areas again next to the
  stored, highlighted version. Every replacement is listed with a checkbox whose value is a key (label,
  a short hash of the value, occurrence number); on the next save the anonymizer runs again on the posted
  text and leaves out exactly the ticked occurrences. Nothing of the original is persisted, so a fresh
  editor page starts from the stored (anonymised) text and earlier restores must be ticked again.
* What comes from the request record is never restorable: the resident's name parts, e-mail address and
  phone number (compared as digits only) are replaced wherever they appear, also where the anonymizer
  missed them, and a checkbox is not offered for them.
* Extra words the mediator names ("extra te vervangen woorden") are replaced by the chosen placeholder;
  the list travels in the form too.
* The publication check (:func:`publication_findings`) runs the anonymizer again on the final title and
  body, with the request record as known data (resident and involved officials), and looks for the
  record's name parts, e-mail and phone (digits only) itself. Any finding refuses publication, and
  submitting for review too. The editor and the review page show the same check beforehand, so a restored
  word that the anonymizer still recognises in the stored text is visible at once. A restore is therefore
  useful where the hit came from context the anonymised text no longer has (a word that was only flagged
  because it also occurs as a name elsewhere); a restored real name blocks the article until it is gone.
* In the stored text the resident is ``[bewoner]`` and an involved official ``[ambtenaar]``; other people
  are ``[persoon N]``, numbered in order of appearance across the whole article.
* One article per request, ever. A draft's reference is ``concept:<request id>`` (unique, and a shape the
  JSONL import refuses, so an import can never touch a draft); publishing gives it its public
  ``KB-<year of publication>-<NNNN>`` reference. Status changes are conditional updates, so a replayed or
  concurrent POST cannot publish twice or skip a number.
* ``Article.request_id`` is the internal link; public pages and the index never receive it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from markupsafe import Markup, escape
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from anonymizer import Known, find_entities, is_ordinary_word
from anonymizer.wordlists import GIVEN_NAME_PARTICLES, PARTICLES
from knowledgebase.render import MarkdownRefused, markdown_problem, plain_html, render_checked

from .. import labels
from ..extensions import db
from ..models import Agreement, Article, Contact, Official, Request, User, utcnow
from . import audit, knowledge

ELIGIBLE_STATUSES = ("opgelost", "niet_opgelost", "doorverwezen", "afgerond")
SECTIONS = (
    ("situation", "Situatie"),
    ("coordination", "Afstemming"),
    ("outcome_text", "Uitkomst"),
    ("lesson", "Leren"),
)
FIELDS = (("title", "Titel"), *SECTIONS)
FIELD_NAMES = tuple(name for name, _ in FIELDS)
ARTICLE_STATUSES = {
    "draft": "Concept",
    "review": "Ter beoordeling",
    "published": "Gepubliceerd",
    "withdrawn": "Ingetrokken",
}
OUTCOME_WORDS = {
    "opgelost": "opgelost",
    "deels_opgelost": "deels opgelost",
    "niet_opgelost": "niet opgelost",
    "doorverwezen": "doorverwezen",
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
PLACEHOLDER_RE = re.compile(r"\[[^\[\]\n]{1,40}\]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_PHONE_RUN = re.compile(r"\+?\d(?:[\s\-./()]{0,3}\d)+")
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


# --- cleaning the editor's fields -------------------------------------------------------------------------------


@dataclass
class Replacement:
    """One thing replaced (or restored) in one field, for the editor's list."""

    key: str
    label: str
    original: str
    replacement: str
    restored: bool = False
    restorable: bool = True

    @property
    def label_text(self) -> str:
        return LABEL_WORDS.get(self.label, self.label.lower())


@dataclass
class CleanField:
    name: str
    text: str  # what is stored
    replacements: list[Replacement] = field(default_factory=list)


def entity_key(label: str, original: str, occurrence: int) -> str:
    digest = hashlib.sha256(original.casefold().encode()).hexdigest()[:16]
    return f"{label}:{digest}:{occurrence}"


def parse_extra_words(raw: str | None) -> tuple[list[str], str | None]:
    """One word or phrase per line (or separated by commas); returns (words, Dutch error or None)."""
    words: list[str] = []
    for piece in re.split(r"[\n,;]", normalize_text(raw)):
        word = " ".join(piece.split())
        if not word:
            continue
        if len(word) < 2:
            return [], f"„{word}” is te kort: geef woorden van minstens 2 tekens."
        if len(word) > 100:
            return [], "Een extra woord mag hoogstens 100 tekens hebben."
        if word.casefold() not in (w.casefold() for w in words):
            words.append(word)
    if len(words) > EXTRA_MAX_WORDS:
        return [], f"Geef hoogstens {EXTRA_MAX_WORDS} extra woorden."
    return words, None


PERSON_PLACEHOLDER_RE = re.compile(r"^\[persoon (\d+)\]$")
PERSON_LITERAL_RE = re.compile(r"\[persoon (\d+)\]")


def clean_fields(
    raw: dict[str, str],
    ctx: Context,
    restore: dict[str, set[str]] | None = None,
    extra_words: list[str] | None = None,
    extra_placeholder: str = "[weggelaten]",
) -> dict[str, CleanField]:
    """Anonymise all fields in one run (one person keeps one placeholder across the sections).

    `raw` maps field names to the mediator's own text; `restore` maps field names to the keys of the
    occurrences the mediator marked as no personal data. Returns the text to store per field and what was
    replaced in it.
    """
    restore = restore or {}
    texts = [normalize_text(raw.get(name, "")) for name in FIELD_NAMES]
    joined, offsets, pos = "", [], 0
    for i, text in enumerate(texts):
        if i:
            joined += "\n\n"
            pos += 2
        offsets.append((pos, pos + len(text)))
        joined += text
        pos += len(text)
    entities = find_entities(joined, ctx.known) if joined.strip() else []
    per_field = [
        _field_items(
            text, base, end, entities, ctx.record, restore.get(name, set()), extra_words or [], extra_placeholder
        )
        for name, text, (base, end) in zip(FIELD_NAMES, texts, offsets, strict=True)
    ]
    _renumber_persons(texts, per_field)
    result: dict[str, CleanField] = {}
    for name, text, items in zip(FIELD_NAMES, texts, per_field, strict=True):
        spans = [(s, e, r.replacement) for s, e, r in items if not r.restored]
        result[name] = CleanField(name, _replace(text, spans), [r for _s, _e, r in items])
    return result


def _field_items(
    text: str,
    base: int,
    end: int,
    entities: list,
    record: RecordTerms,  # type: ignore[type-arg]
    restore: set[str],
    extra_words: list[str],
    extra_placeholder: str,
) -> list[tuple[int, int, Replacement]]:
    """What to replace in one field: the anonymizer's entities, then record data it missed, then extra words."""
    counts: Counter[tuple[str, str]] = Counter()

    def key_for(label: str, original: str) -> str:
        occurrence = counts[(label, original.casefold())]
        counts[(label, original.casefold())] += 1
        return entity_key(label, original, occurrence)

    found = record_spans(text, record)
    items: list[tuple[int, int, Replacement]] = []
    for ent in entities:
        if ent.end <= base or ent.start >= end:
            continue
        s, e = max(ent.start, base) - base, min(ent.end, end) - base
        original = text[s:e]
        key = key_for(ent.label, original)
        hits = {lab for rs, re_, lab in found if rs < e and s < re_}
        replacement = ent.replacement
        roles = hits & {"RECORD_NAME", "RECORD_OFFICIAL"}
        if len(roles) == 1 and "@" not in original:  # the resident is "[bewoner]", an official "[ambtenaar]"
            replacement = RECORD_PLACEHOLDERS[roles.pop()]
        items.append(
            (
                s,
                e,
                Replacement(
                    key, ent.label, original, replacement, restored=key in restore and not hits, restorable=not hits
                ),
            )
        )
    covered = [(s, e) for s, e, r in items if not r.restored]
    for s, e, lab in found:
        if not any(ts <= s and e <= te for ts, te in covered):
            items.append(
                (s, e, Replacement(key_for(lab, text[s:e]), lab, text[s:e], RECORD_PLACEHOLDERS[lab], restorable=False))
            )
            covered.append((s, e))
    for word in extra_words:
        for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text, re.IGNORECASE):
            s, e = m.span()
            if not any(ts <= s and e <= te for ts, te in covered):
                items.append(
                    (
                        s,
                        e,
                        Replacement(
                            key_for("EXTRA", m.group()), "EXTRA", m.group(), extra_placeholder, restorable=False
                        ),
                    )
                )
                covered.append((s, e))
    items.sort(key=lambda item: (item[0], item[1]))
    return items


def _renumber_persons(texts: list[str], per_field: list[list[tuple[int, int, Replacement]]]) -> None:
    """Number people [persoon 1], [persoon 2], ... in order of appearance in the article, skipping numbers the
    text already uses (placeholders from an earlier save)."""
    used = {int(n) for text in texts for n in PERSON_LITERAL_RE.findall(text)}
    mapping: dict[str, str] = {}
    number = 0
    for items in per_field:
        for _s, _e, rep in items:
            if not PERSON_PLACEHOLDER_RE.match(rep.replacement):
                continue
            if rep.replacement not in mapping:
                number += 1
                while number in used:
                    number += 1
                mapping[rep.replacement] = f"[persoon {number}]"
            rep.replacement = mapping[rep.replacement]


def _replace(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Replace spans; overlapping spans merge into one (never leaving a piece of either behind), and so do
    neighbouring role placeholders ("Pieter Proef" is one "[bewoner]", not two)."""
    merged: list[list] = []  # type: ignore[type-arg]
    for s, e, rep in sorted(spans):
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        elif (
            merged
            and rep in ROLE_PLACEHOLDERS
            and rep == merged[-1][2]
            and re.fullmatch(r"[\s\-]{1,3}", text[merged[-1][1] : s])
            and "\n" not in text[merged[-1][1] : s]
        ):
            merged[-1][1] = e
        else:
            merged.append([s, e, rep])
    out, pos = [], 0
    for s, e, rep in merged:
        out.append(text[pos:s])
        out.append(rep)
        pos = e
    out.append(text[pos:])
    return "".join(out)


def render_body(article: Article) -> str | None:
    """Render the body once, now, into ``body_html``; None when it worked, else the Dutch reason.

    Refused Markdown is stored as escaped plain paragraphs, so the page never renders and never loses text.
    """
    for name, heading in SECTIONS:  # name the section where the problem is
        problem = markdown_problem(getattr(article, name) or "")
        if problem:
            article.body_html = plain_html(article.body or "")
            return f"De opmaak van het onderdeel {heading} lukt niet. {problem}"
    try:
        article.body_html = render_checked(article.body or "")
    except MarkdownRefused as err:
        article.body_html = plain_html(article.body or "")
        return f"De opmaak van het artikel lukt niet. {err}"
    return None


def assemble_body(article: Article) -> str:
    parts = []
    for name, heading in SECTIONS:
        text = (getattr(article, name) or "").strip()
        parts.append(f"## {heading}\n\n{text}" if text else f"## {heading}")
    return "\n\n".join(parts)


# --- the publication check -------------------------------------------------------------------------------------


def _segments(article: Article) -> tuple[str, list[tuple[int, int, str, str]]]:
    """The checked text (title and body) and where each editor field sits in it."""
    title, body = article.title or "", article.body or ""
    text = f"{title}\n\n{body}"
    segments = [(0, len(title), "de titel", "title")]
    if body == assemble_body(article):  # assembled here: the exact place of every section is known
        pos = len(title) + 2
        for name, heading in SECTIONS:
            content = (getattr(article, name) or "").strip()
            head = f"## {heading}\n\n" if content else f"## {heading}"
            segments.append((pos, pos + len(head), f"de kop {heading}", name))
            segments.append((pos + len(head), pos + len(head) + len(content), heading, name))
            pos += len(head) + len(content) + 2
    else:
        segments.append((len(title) + 2, len(text), "de tekst", "body"))
    return text, segments


def publication_findings(article: Article, req: Request | None = None) -> list[Finding]:
    """Run the anonymizer again on the final title and body, and look for the record's data itself.

    When the body is the one :func:`assemble_body` writes, the anonymizer reads the title and the four
    sections without the fixed headings, exactly as the editor does: every character of the article
    except ``## Situatie`` and the like. (Today's anonymizer takes a heading such as ``## Leren`` for a
    name and then every "Leren" in the text as well.) Any other body is read whole. The record's own data
    is looked for in the whole text either way.
    """
    if req is None and article.request_id:
        req = db.session.get(Request, article.request_id)
    ctx = context_for(req)
    text, segments = _segments(article)
    content = [(s, e) for s, e, where, _n in segments if not where.startswith("de kop ")]
    headings = [(s, e) for s, e, where, _n in segments if where.startswith("de kop ")]

    def place(offset: int) -> tuple[str, str]:
        for start, end, where, name in segments:
            if start <= offset < end:
                return where, name
        return "de tekst", "body"

    hits: list[tuple[int, int, str]] = []
    if not headings:
        hits += [(e.start, e.end, e.label) for e in find_entities(text, ctx.known)]
    joined, pieces, pos = "", [], 0
    for i, (s, e) in enumerate(content):
        if i:
            joined += "\n\n"
            pos += 2
        pieces.append((pos, s, e - s))
        joined += text[s:e]
        pos += e - s
    for ent in find_entities(joined, ctx.known) if headings else []:
        for jpos, tpos, length in pieces:
            if jpos <= ent.start < jpos + length:
                hits.append((tpos + ent.start - jpos, tpos + min(ent.end, jpos + length) - jpos, ent.label))
                break
    hits += record_spans(text, ctx.record)

    found: dict[tuple[int, int], Finding] = {}
    # the record's own data first: "telefoonnummer van de bewoner" says more than "telefoonnummer"
    for s, e, label in sorted(hits, key=lambda h: (h[0], -(h[1] - h[0]), not h[2].startswith("RECORD"))):
        if any(hs <= s and e <= he for hs, he in headings):
            continue
        if any(fs <= s and e <= fe for fs, fe in found):
            continue
        found[(s, e)] = Finding(*place(s), label, text[s:e])
    return [found[k] for k in sorted(found)]


def findings_by_field(findings: list[Finding]) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {name: [] for name in (*FIELD_NAMES, "body")}
    for f in findings:
        out[f.field].append(f)
    return out


def highlight(text: str, found: list[str] | None = None) -> Markup:
    """The stored text, HTML-escaped, with <mark> around placeholders and around anything still found."""
    spans: list[tuple[int, int, str]] = [
        (m.start(), m.end(), "mark--placeholder") for m in PLACEHOLDER_RE.finditer(text)
    ]
    for value in found or []:
        if not value:
            continue
        for m in re.finditer(re.escape(value), text):
            spans.append((m.start(), m.end(), "mark--found"))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out, pos = Markup(""), 0
    for s, e, cls in spans:
        if s < pos:
            continue
        out += escape(text[pos:s])
        out += Markup('<mark class="{}">{}</mark>').format(cls, text[s:e])
        pos = e
    out += escape(text[pos:])
    return out


# --- workflow steps ------------------------------------------------------------------------------------------


def eligible_requests(limit: int = 200) -> list[Request]:
    """Requests that may become an article: eligible status, consent, and no article yet."""
    has_article = select(Article.id).where(Article.request_id == Request.id).exists()
    stmt = (
        select(Request)
        .where(Request.status.in_(ELIGIBLE_STATUSES), Request.consent_publication.is_(True), ~has_article)
        .order_by(Request.resolved_at.desc().nulls_last(), Request.id.desc())
        .limit(limit)
    )
    return list(db.session.execute(stmt).scalars())


def article_for_request(request_id: int) -> Article | None:
    return db.session.execute(
        select(Article).where(Article.request_id == request_id).order_by(Article.id).limit(1)
    ).scalar_one_or_none()


def check_eligible(req: Request) -> None:
    if not req.consent_publication:
        raise PublicationError(
            "De bewoner heeft geen toestemming gegeven voor publicatie. Van dit verzoek "
            "kan geen kennisbankartikel worden gemaakt."
        )
    if req.status not in ELIGIBLE_STATUSES:
        raise PublicationError(
            f"Van een verzoek met status '{labels.STATUSES.get(req.status, req.status)}' kan nog geen artikel "
            "worden gemaakt. Dat kan bij de status opgelost, niet opgelost, doorverwezen of afgerond."
        )


def outcome_word(req: Request) -> str:
    if req.outcome in OUTCOME_WORDS:
        return OUTCOME_WORDS[req.outcome]
    return OUTCOME_WORDS.get(req.status, "")


def prefill(req: Request) -> dict[str, str]:
    """The request's own words as a starting point (anonymised before anything is stored)."""
    wanted = (req.desired_outcome or "").strip()
    coordination = [f"De bewoner wilde: {wanted}" if wanted else ""]
    for a in req.agreements:
        who = a.department.name if a.department else "De gemeente"
        status = labels.AGREEMENT_STATUSES.get(a.status, a.status).lower()
        coordination.append(f"- Afspraak: {a.description.strip()} ({who}, {a.promised_by_role}; {status})")
    outcome = (req.outcome_summary or "").strip()
    if req.referral_route:
        route = labels.ROUTES.get(req.referral_route, req.referral_route)
        outcome = "\n\n".join(
            p for p in [outcome, f"Doorverwezen naar: {route}. {req.referral_reason or ''}".strip()] if p
        )
    return {
        "title": "",
        "situation": (req.what_happened or "").strip(),
        "coordination": "\n".join(line for line in coordination if line),
        "outcome_text": outcome,
        "lesson": "",
    }


def create_draft(req: Request, author: User) -> tuple[Article, bool]:
    """A draft for `req` by `author`; a second call (replayed form) returns the existing article."""
    existing = article_for_request(req.id)
    if existing is not None:
        return existing, False
    check_eligible(req)
    cleaned = clean_fields(prefill(req), context_for(req))
    article = Article(
        reference=f"{DRAFT_PREFIX}{req.id}",
        status="draft",
        request_id=req.id,
        author_id=author.id,
        theme=req.theme.name if req.theme else "",
        department=req.department.name if req.department else "",
        outcome=outcome_word(req),
        year=req.received_at.year,
        published_at=None,
        **{name: cleaned[name].text for name in FIELD_NAMES},
    )
    article.body = assemble_body(article)
    render_body(article)  # a refusal shows when the mediator saves or submits
    db.session.add(article)
    try:
        db.session.flush()
        audit.record(
            author,
            "article.create",
            article,
            request=req.id,
            replaced=sum(len(c.replacements) for c in cleaned.values()),
        )
        db.session.commit()
    except IntegrityError:  # the same form arrived twice at the same moment
        db.session.rollback()
        existing = article_for_request(req.id)
        if existing is None:
            raise
        return existing, False
    return article, True


def can_edit(article: Article, user: User) -> bool:
    return article.status == "draft" and article.author_id == user.id


def require_editor(article: Article, user: User) -> None:
    if article.author_id != user.id:
        raise NotAllowed("Alleen de schrijver van dit artikel kan het bewerken.")
    if article.status != "draft":
        raise PublicationError(
            f"Dit artikel is {ARTICLE_STATUSES.get(article.status, article.status).lower()} "
            "en kan nu niet worden bewerkt."
        )


def save_draft(
    article: Article,
    user: User,
    raw: dict[str, str],
    restore: dict[str, set[str]],
    extra_words: list[str],
    extra_placeholder: str = "[weggelaten]",
) -> dict[str, CleanField]:
    """Anonymise the mediator's text and store only the result."""
    require_editor(article, user)
    req = db.session.get(Request, article.request_id) if article.request_id else None
    restore = {name: {k for k in keys if KEY_RE.match(k)} for name, keys in restore.items() if name in FIELD_NAMES}
    cleaned = clean_fields(
        raw, context_for(req), restore=restore, extra_words=extra_words, extra_placeholder=extra_placeholder
    )
    for name in FIELD_NAMES:
        setattr(article, name, cleaned[name].text[:300] if name == "title" else cleaned[name].text)
    article.body = assemble_body(article)
    problem = render_body(article)
    labels_count = Counter(r.label for c in cleaned.values() for r in c.replacements if not r.restored)
    audit.record(
        user,
        "article.save",
        article,
        replaced=dict(labels_count),
        restored=sum(r.restored for c in cleaned.values() for r in c.replacements) or None,
    )
    db.session.commit()
    if problem:  # stored all the same: nothing the mediator wrote is lost
        raise FormattingRefused(f"Het concept is opgeslagen, maar kan zo niet worden ingediend. {problem}", cleaned)
    return cleaned


def _require_rendered(article: Article) -> None:
    """Render again (the stored HTML is then current) and refuse while the Markdown is refused."""
    problem = render_body(article)
    if problem:
        db.session.rollback()
        raise FormattingRefused(f"{problem} Pas de tekst aan en sla het concept opnieuw op.")


def submit(article: Article, user: User) -> None:
    require_editor(article, user)
    missing = [label for name, label in FIELDS if not (getattr(article, name) or "").strip()]
    if missing:
        raise PublicationError("Vul eerst alle onderdelen in en sla op. Nog leeg: " + ", ".join(missing) + ".")
    findings = publication_findings(article)
    if findings:
        raise PublicationRefused(findings)
    _require_rendered(article)
    _move(article, "draft", "review", submitted_at=utcnow(), body_html=article.body_html)
    audit.record(user, "article.submit", article)
    db.session.commit()


def require_reviewer(article: Article, user: User) -> None:
    if not user.is_admin:
        raise NotAllowed("Alleen een beheerder kan artikelen beoordelen, publiceren of intrekken.")
    if article.author_id == user.id:
        raise NotAllowed(
            "U schreef dit artikel zelf. Een andere beheerder moet het beoordelen, publiceren of intrekken (vier ogen)."
        )


def send_back(article: Article, reviewer: User, note: str) -> None:
    require_reviewer(article, reviewer)
    note = normalize_text(note)
    if not note:
        raise PublicationError("Schrijf op wat de schrijver moet aanpassen.")
    if article.status != "review":
        raise PublicationError("Alleen een artikel dat ter beoordeling ligt, kan worden teruggestuurd.")
    _move(article, "review", "draft", review_note=note[:5000])
    audit.record(reviewer, "article.send_back", article)
    db.session.commit()


def next_reference(year: int) -> str:
    refs = db.session.execute(select(Article.reference).where(Article.reference.like(f"KB-{year}-%"))).scalars().all()
    numbers = [int(m.group(2)) for r in refs if (m := REFERENCE_RE.match(r)) and int(m.group(1)) == year]
    return f"KB-{year}-{(max(numbers, default=0) + 1):04d}"


def publish(article: Article, reviewer: User, today: dt.date | None = None) -> str:
    """Check once more and publish; refuses (status stays review) while anything is found."""
    require_reviewer(article, reviewer)
    if article.status != "review":
        raise PublicationError("Alleen een artikel dat ter beoordeling ligt, kan worden gepubliceerd.")
    findings = publication_findings(article)
    if findings:
        audit.record(
            reviewer,
            "article.publish_refused",
            article,
            findings=len(findings),
            labels=sorted({f.label for f in findings}),
        )
        db.session.commit()
        raise PublicationRefused(findings)
    _require_rendered(article)
    body_html = article.body_html
    today = today or dt.date.today()
    article_id = article.id
    for _attempt in range(5):
        reference = next_reference(today.year)
        try:
            _move(
                article,
                "review",
                "published",
                reference=reference,
                published_at=today,
                reviewer_id=reviewer.id,
                body_html=body_html,
            )
            knowledge.enqueue(reference, "upsert")
            audit.record(reviewer, "article.publish", article, reference=reference)
            db.session.commit()
            return reference
        except IntegrityError:  # another article took this number at the same moment
            db.session.rollback()
            article = db.session.get(Article, article_id)
    raise PublicationError("Het lukte niet een kenmerk toe te kennen. Probeer het opnieuw.")


def withdraw(article: Article, reviewer: User) -> None:
    require_reviewer(article, reviewer)
    if article.status != "published":
        raise PublicationError("Alleen een gepubliceerd artikel kan worden ingetrokken.")
    _move(article, "published", "withdrawn")
    knowledge.enqueue(article.reference, "delete")
    audit.record(reviewer, "article.withdraw", article, reference=article.reference)
    db.session.commit()


def _move(article: Article, from_status: str, to_status: str, **values: object) -> None:
    """Change the status only if it is still `from_status` (a replayed or concurrent POST changes nothing)."""
    result = db.session.execute(
        update(Article)
        .where(Article.id == article.id, Article.status == from_status)
        .values(status=to_status, updated_at=utcnow(), **values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        db.session.rollback()
        raise PublicationError("Dit artikel is intussen al door iemand anders behandeld. Vernieuw de pagina.")
    db.session.refresh(article)


def overview() -> dict[str, list[Article]]:
    """Articles per status for the list page (published and withdrawn: the latest 100)."""
    out: dict[str, list[Article]] = {}
    for status in ARTICLE_STATUSES:
        stmt = select(Article).where(Article.status == status)
        if status in ("published", "withdrawn"):
            stmt = stmt.order_by(Article.published_at.desc().nulls_last(), Article.id.desc()).limit(100)
        else:
            stmt = stmt.order_by(Article.updated_at.desc(), Article.id.desc())
        out[status] = list(db.session.execute(stmt).scalars())
    return out
