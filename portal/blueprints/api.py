"""JSON API under /api/v1/, described by /api/v1/openapi.json."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from flask import Blueprint, jsonify, request
from flask.typing import ResponseReturnValue

from knowledgebase import Hit

from ..security import open_data
from ..services import knowledge
from ..services.kbquery import query_from_args
from ..services.openapi import spec
from ..urls import base_url, external_url

bp = Blueprint("api", __name__, url_prefix="/api/v1")
PUBLIC_FACET = {"municipality": "gemeente"}  # the commons' facet keeps its Dutch name, as the filter parameter


bp.after_request(open_data)


_PLAIN_REFERENCE = re.compile(r"[A-Za-z0-9._-]{1,80}")  # characters a URL path never escapes


def _article_url() -> Callable[[str], str]:
    """The absolute URL of an article by reference; built once per answer, not once per hit (a quarter of a
    cached search's time went to building URLs). Other references go through `external_url`."""
    prefix = external_url("kb.article", reference="x")[:-1]

    def url(reference: str) -> str:
        if _PLAIN_REFERENCE.fullmatch(reference):
            return prefix + reference
        return external_url("kb.article", reference=reference)

    return url


def _hit(h: Hit, url: Callable[[str], str] | None = None, **extra: Any) -> dict[str, Any]:
    """One article in the API's answer (a result, or a related article with `reason`)."""
    return {
        "reference": h.reference,
        "title": h.title,
        "url": (url or _article_url())(h.reference),
        "theme": h.theme,
        "department": h.department,
        "outcome": h.outcome,
        "year": h.year,
        "snippet": h.snippet,
        "gemeente": h.municipality,
        **extra,
    }


@bp.route("/knowledge")
def knowledge_search() -> ResponseReturnValue:
    query, errors = query_from_args(request.args)
    if errors:
        return jsonify({"error": "Ongeldige parameters.", "fields": errors, "status": 400}), 400
    result = knowledge.search(query)
    url = _article_url()
    return jsonify(
        {
            "total": result.total,
            "page": result.page,
            "per_page": result.per_page,
            "results": [_hit(h, url, match=h.match) for h in result.hits],
            "facets": {
                PUBLIC_FACET.get(name, name): [{"value": v, "count": c} for v, c in values]
                for name, values in result.facets.items()
            },
            "suggestion": result.suggestion,
            "nearest_themes": result.nearest_themes,
            "related": [_hit(h, url, reason=h.reason) for h in result.related],
        }
    )


@bp.route("/openapi.json")
def openapi() -> ResponseReturnValue:
    return jsonify(spec(base_url()))


@bp.route("/knowledge/similar")
def knowledge_similar() -> ResponseReturnValue:
    text = (request.args.get("text") or "").strip()[:500]
    hits = knowledge.index().similar(text, limit=3) if len(text) >= 3 else []
    return jsonify(
        {
            "results": [
                {
                    "reference": h.reference,
                    "title": h.title,
                    "theme": h.theme,
                    "outcome": h.outcome,
                    "url": external_url("kb.article", reference=h.reference),
                    "gemeente": h.municipality,
                }
                for h in hits
            ]
        }
    )
