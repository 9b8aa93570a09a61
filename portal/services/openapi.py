"""The OpenAPI 3.0 description of /api/v1/."""

from __future__ import annotations

from typing import Any

from .commons import spec as commons_spec


def _param(name: str, schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "schema": schema, "description": description}


def spec(server: str) -> dict[str, Any]:
    error = {
        "type": "object",
        "properties": {
            "error": {"type": "string"},
            "status": {"type": "integer"},
            "fields": {"type": "object", "additionalProperties": {"type": "string"}},
        },
        "required": ["error", "status"],
    }
    facet = {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {"value": {"type": "string"}, "count": {"type": "integer", "minimum": 0}},
            "required": ["value", "count"],
        },
    }
    hit = {
        "type": "object",
        "required": ["reference", "title", "url", "theme", "department", "outcome", "year", "snippet"],
        "properties": {
            "reference": {"type": "string"},
            "title": {"type": "string"},
            "url": {"type": "string"},
            "theme": {"type": "string"},
            "department": {"type": "string"},
            "outcome": {"type": "string"},
            "year": {"type": "integer"},
            "gemeente": {"type": "string", "description": "Gemeente waar het artikel vandaan komt (kennis delen)"},
            "snippet": {"type": "string", "description": "HTML: escaped text, matches in <mark>"},
            "match": {
                "type": "string",
                "enum": ["direct", "expanded"],
                "description": "direct: bevat de gezochte woorden; expanded: zelfde onderwerp "
                "(thema, afdeling en kernwoorden) als de weinige directe treffers",
            },
        },
    }
    related = {
        "type": "object",
        "required": ["reference", "title", "url", "reason"],
        "properties": {
            **{k: v for k, v in hit["properties"].items() if k != "match"},
            "reason": {"type": "string", "description": "Waarom dit artikel verwant is"},
        },
    }
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Verzoek tot Afstemming – open API",
            "version": "1.0.0",
            "description": "Open data van de kennisbank. Inhoud onder CC BY 4.0.",
            "license": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
            **commons_spec.info_extensions(),  # the commons: who publishes this knowledge base
        },
        "servers": [{"url": server}],
        "paths": {
            "/api/v1/knowledge": {
                "get": {
                    "summary": "Zoeken in de kennisbank",
                    "description": "`results` bevat alleen artikelen over wat gevraagd is, gerangschikt naar hoeveel "
                    "van de vraag ze dekken en afgekapt waar de relevantie sterk daalt; `total` telt "
                    "alleen die. Verwant materiaal staat apart in `related`.",
                    "operationId": "searchKnowledge",
                    "parameters": [
                        _param("q", {"type": "string", "maxLength": 500}, "Zoekwoorden"),
                        _param("theme", {"type": "string", "maxLength": 120}, "Thema"),
                        _param("department", {"type": "string", "maxLength": 120}, "Afdeling"),
                        _param("outcome", {"type": "string", "maxLength": 120}, "Uitkomst"),
                        _param("year", {"type": "integer", "minimum": 1900, "maximum": 2100}, "Jaar"),
                        _param("gemeente", {"type": "string", "maxLength": 120}, "Gemeente van herkomst"),
                        _param("page", {"type": "integer", "minimum": 1, "maximum": 10000}, "Pagina"),
                        _param("per_page", {"type": "integer", "minimum": 1, "maximum": 100}, "Resultaten per pagina"),
                        _param("sort", {"type": "string", "enum": ["relevance", "date"]}, "Sortering"),
                    ],
                    "responses": {
                        "200": {
                            "description": "Zoekresultaten",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["total", "results", "facets"],
                                        "properties": {
                                            "total": {"type": "integer", "minimum": 0},
                                            "page": {"type": "integer"},
                                            "per_page": {"type": "integer"},
                                            "results": {"type": "array", "items": hit},
                                            "facets": {
                                                "type": "object",
                                                "properties": {
                                                    k: facet
                                                    for k in ("theme", "department", "outcome", "year", "gemeente")
                                                },
                                            },
                                            "suggestion": {"type": "string", "nullable": True},
                                            "nearest_themes": {"type": "array", "items": {"type": "string"}},
                                            "related": {
                                                "type": "array",
                                                "items": related,
                                                "maxItems": 5,
                                                "description": "Losser verwante artikelen (niet in total), elk met een "
                                                "reden; alleen als er weinig of geen resultaten zijn",
                                            },
                                        },
                                    }
                                }
                            },
                        },
                        "400": {
                            "description": "Ongeldige parameters",
                            "content": {"application/json": {"schema": error}},
                        },
                    },
                }
            },
            **_accountability_paths(error),
            **commons_spec.changes_paths(error),
        },
    }


def _accountability_paths(error: dict[str, Any]) -> dict[str, Any]:
    """GET /api/v1/accountability and GET /api/v1/fund (issue 5)."""
    count = {
        "description": 'Aantal; "<5" bij 1 tot en met 4; null als de cel extra verborgen is '
        "(secundaire onderdrukking, zie `suppressed`).",
        "anyOf": [{"type": "integer", "minimum": 0, "nullable": True}, {"type": "string", "enum": ["<5"]}],
    }
    pct = {
        "type": "number",
        "nullable": True,
        "minimum": 0,
        "maximum": 100,
        "description": "Percentage; null als het afhangt van een verborgen aantal of minder dan 5 verzoeken.",
    }
    cell = {
        "type": "object",
        "required": ["key", "label", "count", "suppressed"],
        "properties": {
            "key": {"type": "string"},
            "label": {"type": "string"},
            "count": count,
            "suppressed": {"type": "boolean"},
            "pct": pct,
        },
    }
    timing = {
        "type": "object",
        "properties": {
            "norm_days": {"type": "integer"},
            "count": count,
            "median_days": {"type": "integer", "nullable": True},
            "p90_days": {"type": "integer", "nullable": True},
            "within_norm_pct": pct,
            "suppressed": {"type": "boolean"},
        },
    }
    ag_row = {
        "type": "object",
        "properties": {
            "key": {"type": "string"},
            "label": {"type": "string"},
            "open": count,
            "kept": count,
            "broken": count,
            "total": count,
            "broken_pct": pct,
            "suppressed": {"type": "boolean"},
        },
    }
    period = {"type": "object", "properties": {k: {"type": "string"} for k in ("from", "to", "kind", "label", "slug")}}
    block = {
        "type": "object",
        "required": ["period", "received", "outcomes", "first_contact", "resolution", "agreements", "control"],
        "properties": {
            "period": period,
            "received": {
                "type": "object",
                "properties": {
                    "total": count,
                    "by_theme": {"type": "array", "items": cell},
                    "by_department": {"type": "array", "items": cell},
                    "by_channel": {"type": "array", "items": cell},
                },
            },
            "outcomes": {
                "type": "object",
                "properties": {
                    "finished": count,
                    "solved": count,
                    "solved_without_complaint_pct": pct,
                    "rows": {"type": "array", "items": cell},
                    "routes": {"type": "array", "items": cell},
                    "categories": {"type": "array", "items": cell},
                },
            },
            "first_contact": timing,
            "resolution": timing,
            "agreements": {
                "type": "object",
                "properties": {
                    "open": count,
                    "kept": count,
                    "broken": count,
                    "total": count,
                    "kept_pct": pct,
                    "by_department": {"type": "array", "items": ag_row},
                },
            },
            "control": {
                "type": "object",
                "properties": {"answered": count, "satisfied_pct": pct, "suppressed": {"type": "boolean"}},
            },
        },
    }
    figures = {
        **block,
        "properties": {
            **block["properties"],
            "previous": {**block, "nullable": True},
            "trend": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "quarter": {"type": "string"},
                        "label": {"type": "string"},
                        "received": count,
                        "solved_without_complaint_pct": pct,
                        "first_contact_within_norm_pct": pct,
                        "satisfied_pct": pct,
                        "agreements_broken": count,
                    },
                },
            },
            "patterns": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "object"}}},
            "improvements": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "title": {"type": "string"},
                        "description": {"type": "string"},
                        "department": {"type": "string", "nullable": True},
                        "theme": {"type": "string", "nullable": True},
                        "owner_role": {"type": "string"},
                        "status": {"type": "string"},
                        "status_label": {"type": "string"},
                        "due": {"type": "string", "nullable": True},
                        "done_at": {"type": "string", "nullable": True},
                    },
                },
            },
            "first_day": {"type": "string", "nullable": True},
            "generated_at": {"type": "string"},
            "license": {"type": "string"},
            "suppression": {"type": "string"},
        },
    }
    entry = {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "date": {"type": "string", "format": "date"},
            "kind": {"type": "string", "enum": ["income", "spending"]},
            "category": {"type": "string"},
            "category_label": {"type": "string"},
            "amount_cents": {"type": "integer"},
            "description": {"type": "string"},
            "reverses": {"type": "integer", "nullable": True},
            "reversed": {"type": "boolean"},
        },
    }
    bad = {"description": "Ongeldige parameters", "content": {"application/json": {"schema": error}}}
    return {
        "/api/v1/accountability": {
            "get": {
                "summary": "Verantwoordingscijfers voor een periode (zonder individuele zaken)",
                "description": "Alle aantallen van 1 tot en met 4 per thema, afdeling, kanaal, uitkomst of route zijn "
                '"<5"; extra verborgen cellen zijn null met suppressed=true. Zonder parameters: dit '
                "jaar. Alleen kwartalen en jaren (vaste periodes); `from`/`to` geven 400. Kerncijfers van "
                "de hele gemeente zijn altijd getoond, percentages met een basis onder 50 afgerond op 5.",
                "operationId": "getAccountability",
                "parameters": [
                    _param(
                        "period",
                        {"type": "string", "maxLength": 40, "pattern": r"^(\d{4}(-Q[1-4])?|alles|all)$"},
                        "Kwartaal (2026-Q1), jaar (2026) of alles",
                    ),
                ],
                "responses": {
                    "200": {"description": "Cijfers", "content": {"application/json": {"schema": figures}}},
                    "400": bad,
                },
            }
        },
        "/api/v1/fund": {
            "get": {
                "summary": "Het grootboek van het burgerfonds",
                "operationId": "getFund",
                "responses": {
                    "200": {
                        "description": "Saldo, totalen en alle boekingen",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["balance_cents", "entries"],
                                    "properties": {
                                        "currency": {"type": "string"},
                                        "balance_cents": {"type": "integer"},
                                        "income_cents": {"type": "integer"},
                                        "spending_cents": {"type": "integer"},
                                        "solved_requests": count,
                                        "cost_per_solved_cents": {"type": "integer", "nullable": True},
                                        "per_quarter": {"type": "array", "items": {"type": "object"}},
                                        "per_category": {"type": "array", "items": {"type": "object"}},
                                        "entries": {"type": "array", "items": entry},
                                        "license": {"type": "string"},
                                    },
                                }
                            }
                        },
                    },
                    "400": bad,
                },
            }
        },
    }
