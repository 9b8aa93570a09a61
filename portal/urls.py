"""Absolute URLs built from the configured base URL (`PORTAL_BASE_URL`), never from the request's Host header.

A forged Host header must not end up in API answers, feeds, the OpenAPI document or mails, and mails are
built outside any request (CLI, workers), so every absolute link comes from here.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from flask import Flask, current_app
from werkzeug.routing import MapAdapter

DEFAULT_BASE_URL = "http://127.0.0.1:5000"


def base_url(app: Flask | None = None) -> str:
    """The configured base URL without a trailing slash, e.g. ``https://afstemming.example.nl``."""
    app = app or current_app
    raw = str(app.config.get("BASE_URL") or DEFAULT_BASE_URL).strip()
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"PORTAL_BASE_URL must be an absolute http(s) URL, not {raw!r}")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def external_url(endpoint: str, **values: Any) -> str:
    """The absolute URL of `endpoint` under PORTAL_BASE_URL; works inside and outside a request.

    Takes the same arguments as `flask.url_for` (including ``_anchor``); the Host header is never used.
    """
    app = current_app
    anchor = values.pop("_anchor", None)
    values.pop("_external", None)
    values.pop("_scheme", None)
    adapter = _adapter(app)
    app.inject_url_defaults(endpoint, values)
    url = adapter.build(endpoint, values, force_external=True)
    if anchor is not None:
        from urllib.parse import quote

        url += "#" + quote(str(anchor), safe="%!#$&'()*+,/:;=?@")
    return url


def _adapter(app: Flask) -> MapAdapter:
    """The URL map bound to the base URL: bound once per app and configured value (a search answer builds one
    link per hit), bound again when BASE_URL changes."""
    raw = app.config.get("BASE_URL")
    kept = app.extensions.get("portal_base_adapter")
    if kept is not None and kept[0] == raw:
        return kept[1]
    parts = urlsplit(base_url(app))
    adapter = app.url_map.bind(parts.netloc, script_name=parts.path or "/", url_scheme=parts.scheme)
    app.extensions["portal_base_adapter"] = (raw, adapter)
    return adapter
