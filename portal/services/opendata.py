"""Open data exports: CSV writing (safe for spreadsheets) and the published knowledge-base articles."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from flask import Response

from ..urls import external_url
from . import knowledge

ARTICLE_FIELDS = ("reference", "title", "body", "theme", "department", "outcome", "year", "published", "url")


def _cell(value: Any) -> Any:
    """Neutralise text a spreadsheet would run as a formula (numbers stay numbers)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_response(rows: Iterable[Mapping[str, Any]], fields: Sequence[str], filename: str) -> Response:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(fields), extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k, "")) for k in fields})
    return Response(
        "\ufeff" + buf.getvalue(),
        mimetype="text/csv",
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Content-Type": "text/csv; charset=utf-8",
        },
    )


def articles() -> list[dict[str, Any]]:
    """Every own published article (already anonymised), as open data.

    Articles imported from followed portals are left out: they are that municipality's open data, under its
    licence and attribution, and republishing them here would name us as their source.
    """
    return [
        {
            "reference": a.reference,
            "title": a.title,
            "body": a.body,
            "theme": a.theme,
            "department": a.department,
            "outcome": a.outcome,
            "year": a.year,
            "published": a.published_at.isoformat() if a.published_at else None,
            "url": external_url("kb.article", reference=a.reference),
        }
        for a in knowledge.published(own_only=True)
    ]
