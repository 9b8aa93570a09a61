"""A source's protected accountability figures: checked against the schema of our own accountability API.

Only fields that API describes are kept (anything else a source adds is dropped), every value must have the
described type, strings and lists are capped, and the stored JSON has a size cap. So only protected figures
travel and nothing else a source sends reaches the comparison page.
"""

from __future__ import annotations

import json
import math
from typing import Any

from ..openapi import spec

MAX_STRING = 300
MAX_ITEMS = 200
MAX_KEYS = 50
MAX_STORED = 256 * 1024


class FiguresError(ValueError):
    """The figures do not have the shape of the accountability API (message: our own Dutch text)."""


def schema() -> dict[str, Any]:
    path = spec("http://localhost")["paths"]["/api/v1/accountability"]["get"]
    return path["responses"]["200"]["content"]["application/json"]["schema"]


def clean(value: Any, node: dict[str, Any], where: str = "cijfers", depth: int = 0) -> Any:
    """`value` reduced to what `node` (an OpenAPI schema) describes; FiguresError on a wrong type."""
    if depth > 12:
        raise FiguresError(f"{where}: te diep genest")
    alternatives = node.get("anyOf") or node.get("oneOf")
    if alternatives:
        for alt in alternatives:
            try:
                return clean(value, alt, where, depth + 1)
            except FiguresError:
                continue
        raise FiguresError(f"{where}: past bij geen van de toegestane vormen")
    if value is None:
        if node.get("nullable"):
            return None
        raise FiguresError(f"{where}: ontbreekt")
    kind = node.get("type") or ("object" if "properties" in node else None)
    if kind == "object":
        if not isinstance(value, dict):
            raise FiguresError(f"{where}: geen object")
        out: dict[str, Any] = {}
        for key, sub in node.get("properties", {}).items():
            if key in value:
                out[key] = clean(value[key], sub, f"{where}.{key}", depth + 1)
        for key in node.get("required", []):
            if key not in out:
                raise FiguresError(f"{where}.{key}: ontbreekt")
        extra = node.get("additionalProperties")
        if isinstance(extra, dict):
            for key in [k for k in value if k not in out][:MAX_KEYS]:
                if isinstance(key, str) and key.isidentifier() and len(key) <= 60:
                    out[key] = clean(value[key], extra, f"{where}.*", depth + 1)
        return out
    if kind == "array":
        if not isinstance(value, list):
            raise FiguresError(f"{where}: geen lijst")
        items = node.get("items", {})
        return [clean(v, items, f"{where}[]", depth + 1) for v in value[:MAX_ITEMS]]
    if kind == "string":
        if not isinstance(value, str) or "\x00" in value:
            raise FiguresError(f"{where}: geen tekst")
        if "enum" in node and value not in node["enum"]:
            raise FiguresError(f"{where}: onbekende waarde")
        return value[:MAX_STRING]
    if kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 10**12:
            raise FiguresError(f"{where}: geen geheel getal")
        if "minimum" in node and value < node["minimum"]:
            raise FiguresError(f"{where}: te klein")
        return value
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise FiguresError(f"{where}: geen getal")
        if ("minimum" in node and value < node["minimum"]) or ("maximum" in node and value > node["maximum"]):
            raise FiguresError(f"{where}: buiten bereik")
        return value
    if kind == "boolean":
        if not isinstance(value, bool):
            raise FiguresError(f"{where}: geen ja/nee")
        return value
    raise FiguresError(f"{where}: onbekend type")


def validated(data: Any) -> tuple[str, str]:
    """(figures as JSON text, period label) from a source's /api/v1/accountability answer."""
    figures = clean(data, schema())
    period = figures.get("period") or {}
    label = str(period.get("label") or period.get("slug") or "")[:40]
    text = json.dumps(figures, ensure_ascii=False, sort_keys=True)
    if len(text.encode()) > MAX_STORED:
        raise FiguresError(f"cijfers groter dan {MAX_STORED // 1024} kB")
    return text, label
