"""The commons part of /api/v1/openapi.json: the changes feed and who publishes this knowledge base."""

from __future__ import annotations

from typing import Any

from flask import current_app, has_app_context

LICENCE = {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}


def info_extensions() -> dict[str, str]:
    """`x-municipality` and `x-attribution` for the `info` block: `commons add` on another portal reads them."""
    name = str(current_app.config.get("MUNICIPALITY") or "") if has_app_context() else ""
    name = name or "Gemeente Voorbeeld"
    return {
        "x-municipality": name,
        "x-attribution": f"Kennisbank Verzoek tot Afstemming van {name}, CC BY 4.0",
    }


def changes_paths(error: dict[str, Any]) -> dict[str, Any]:
    change = {
        "type": "object",
        "required": ["reference", "status", "updated_at", "url"],
        "properties": {
            "reference": {"type": "string", "maxLength": 40},
            "status": {"type": "string", "enum": ["published", "withdrawn"]},
            "updated_at": {"type": "string", "format": "date-time"},
            "url": {"type": "string"},
            "title": {"type": "string"},
            "theme": {"type": "string"},
            "department": {"type": "string"},
            "outcome": {"type": "string"},
            "year": {"type": "integer"},
            "published_at": {"type": "string", "format": "date", "nullable": True},
            "body": {"type": "string", "description": "Markdown (de volger maakt er zelf veilige HTML van)"},
        },
    }
    page = {
        "type": "object",
        "required": ["since", "next", "more", "changes"],
        "properties": {
            "since": {"type": "string"},
            "next": {"type": "string", "description": "Cursor voor de volgende aanvraag (since=next)"},
            "more": {"type": "boolean", "description": "true: vraag direct de volgende pagina op"},
            "changes": {"type": "array", "items": change},
        },
    }
    return {
        "/api/v1/knowledge/changes": {
            "get": {
                "summary": "Wijzigingen in de eigen kennisbank, voor andere portalen die deze volgen",
                "description": "Gepubliceerde, gewijzigde en ingetrokken EIGEN artikelen (nooit overgenomen "
                "artikelen van andere gemeenten), op volgorde, per pagina. Begin zonder `since`; geef daarna "
                "steeds `next` mee. Met If-None-Match en de ETag van het vorige antwoord: 304 als er niets "
                "veranderd is.",
                "operationId": "knowledgeChanges",
                "parameters": [
                    {
                        "name": "since",
                        "in": "query",
                        "required": False,
                        "schema": {"type": "string", "maxLength": 18, "pattern": r"^\d*$"},
                        "description": "Cursor (next uit het vorige antwoord); leeg: vanaf het begin",
                    },
                    {
                        "name": "limit",
                        "in": "query",
                        "required": False,
                        "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 100},
                        "description": "Hoogstens zoveel wijzigingen per pagina",
                    },
                ],
                "responses": {
                    "200": {"description": "Wijzigingen", "content": {"application/json": {"schema": page}}},
                    "304": {"description": "Niets veranderd sinds de meegegeven ETag"},
                    "400": {
                        "description": "Ongeldige of onbekende cursor of limit",
                        "content": {"application/json": {"schema": error}},
                    },
                },
            }
        }
    }
