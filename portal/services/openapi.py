"""The OpenAPI 3.0 description of /api/v1/."""

from __future__ import annotations

from typing import Any


def _param(name: str, schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "schema": schema, "description": description}


def spec(server: str) -> dict[str, Any]:
    error = {"type": "object", "properties": {"error": {"type": "string"}, "status": {"type": "integer"},
                                              "fields": {"type": "object",
                                                         "additionalProperties": {"type": "string"}}},
             "required": ["error", "status"]}
    facet = {"type": "array", "items": {"type": "object", "properties": {
        "value": {"type": "string"}, "count": {"type": "integer", "minimum": 0}}, "required": ["value", "count"]}}
    hit = {"type": "object", "required": ["reference", "title", "url", "theme", "department", "outcome", "year",
                                          "snippet"],
           "properties": {"reference": {"type": "string"}, "title": {"type": "string"},
                          "url": {"type": "string"}, "theme": {"type": "string"},
                          "department": {"type": "string"}, "outcome": {"type": "string"},
                          "year": {"type": "integer"},
                          "snippet": {"type": "string", "description": "HTML: escaped text, matches in <mark>"}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Verzoek tot Afstemming – open API", "version": "1.0.0",
                 "description": "Open data van de kennisbank. Inhoud onder CC BY 4.0.",
                 "license": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}},
        "servers": [{"url": server}],
        "paths": {
            "/api/v1/knowledge": {"get": {
                "summary": "Zoeken in de kennisbank",
                "operationId": "searchKnowledge",
                "parameters": [
                    _param("q", {"type": "string", "maxLength": 500}, "Zoekwoorden"),
                    _param("theme", {"type": "string", "maxLength": 120}, "Thema"),
                    _param("department", {"type": "string", "maxLength": 120}, "Afdeling"),
                    _param("outcome", {"type": "string", "maxLength": 120}, "Uitkomst"),
                    _param("year", {"type": "integer", "minimum": 1900, "maximum": 2100}, "Jaar"),
                    _param("page", {"type": "integer", "minimum": 1, "maximum": 10000}, "Pagina"),
                    _param("per_page", {"type": "integer", "minimum": 1, "maximum": 100}, "Resultaten per pagina"),
                    _param("sort", {"type": "string", "enum": ["relevance", "date"]}, "Sortering"),
                ],
                "responses": {
                    "200": {"description": "Zoekresultaten", "content": {"application/json": {"schema": {
                        "type": "object", "required": ["total", "results", "facets"],
                        "properties": {
                            "total": {"type": "integer", "minimum": 0}, "page": {"type": "integer"},
                            "per_page": {"type": "integer"}, "results": {"type": "array", "items": hit},
                            "facets": {"type": "object", "properties": {
                                k: facet for k in ("theme", "department", "outcome", "year")}},
                            "suggestion": {"type": "string", "nullable": True},
                            "nearest_themes": {"type": "array", "items": {"type": "string"}},
                        }}}}},
                    "400": {"description": "Ongeldige parameters",
                            "content": {"application/json": {"schema": error}}},
                },
            }},
        },
    }
