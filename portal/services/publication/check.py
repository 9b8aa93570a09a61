"""The publication check: the anonymizer and the record again on the final text, and the highlighted view."""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from ...extensions import db
from ...models import Article, Request
from . import record
from .cleaning import assemble_body
from .record import context_for, record_spans
from .rules import FIELD_NAMES, PLACEHOLDER_RE, SECTIONS, Finding

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
        hits += [(e.start, e.end, e.label) for e in record.find_entities(text, ctx.known)]
    joined, pieces, pos = "", [], 0
    for i, (s, e) in enumerate(content):
        if i:
            joined += "\n\n"
            pos += 2
        pieces.append((pos, s, e - s))
        joined += text[s:e]
        pos += e - s
    for ent in record.find_entities(joined, ctx.known) if headings else []:
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
