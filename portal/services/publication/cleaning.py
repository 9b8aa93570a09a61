"""Cleaning the editor's fields: the anonymizer runs on every posted field; restores, extra words, the body."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from anonymizer import Entity
from knowledgebase.render import MarkdownRefused, markdown_problem, plain_html, render_checked

from ...models import Article
from . import record
from .record import Context, RecordTerms, normalize_text, record_spans
from .rules import EXTRA_MAX_WORDS, FIELD_NAMES, LABEL_WORDS, RECORD_PLACEHOLDERS, ROLE_PLACEHOLDERS, SECTIONS

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
    entities = record.find_entities(joined, ctx.known) if joined.strip() else []
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
    entities: list[Entity],
    record: RecordTerms,
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
    merged: list[list[Any]] = []  # [start, end, replacement], widened as spans merge
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
