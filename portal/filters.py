"""Template filters and globals: Dutch dates, labels."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from flask import Flask, current_app, has_request_context, request, url_for
from markupsafe import Markup

from . import labels
from .services import clock, contact

MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def _parse_iso(value: str) -> dt.date | dt.datetime | None:
    """ISO text (as in JSON: "2026-03-03", "2026-03-03T09:00:00Z") back to a date or an aware/naive UTC datetime."""
    text = value.strip().removesuffix("Z")
    try:
        return dt.datetime.fromisoformat(text) if "T" in text or " " in text else dt.date.fromisoformat(text)
    except ValueError:
        return None


def dutch_date(value: dt.date | dt.datetime | str | None, weekday: bool = False) -> str:
    """One Dutch date format everywhere: "3 maart 2026" (optionally "dinsdag 3 maart 2026")."""
    if isinstance(value, str):
        parsed = _parse_iso(value)
        if parsed is None:
            return value
        value = parsed
    if value is None:
        return "–"
    if isinstance(value, dt.datetime):
        value = clock.to_local(value)
    text = f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    return f"{WEEKDAYS[value.weekday()]} {text}" if weekday else text


def dutch_datetime(value: dt.datetime | str | None) -> str:
    """ "3 maart 2026, 14:05" in local time."""
    if isinstance(value, str):
        parsed = _parse_iso(value)
        if not isinstance(parsed, dt.datetime):
            return dutch_date(value)
        value = parsed
    if value is None:
        return "–"
    return f"{dutch_date(value)}, {clock.to_local(value):%H:%M}"


QUARTER_RE = re.compile(r"^(\d{4})-[Qq]([1-4])$")


def dutch_quarter(value: str | None) -> str:
    """ "2025-Q1" as "1e kwartaal 2025"; other text unchanged."""
    match = QUARTER_RE.match(value or "")
    return f"{match.group(2)}e kwartaal {match.group(1)}" if match else (value or "–")


def init_app(app: Flask) -> None:
    app.jinja_env.filters["datum"] = dutch_date
    app.jinja_env.filters["kwartaal"] = dutch_quarter
    app.jinja_env.filters["datumtijd"] = dutch_datetime
    app.jinja_env.globals["labels"] = labels
    app.jinja_env.globals["today"] = clock.local_today
    app.jinja_env.globals["fragment"] = fragment
    app.jinja_env.globals["code_url"] = code_url

    # Links to areas that other blueprints add; a link shows only when its endpoint exists.
    app.jinja_env.globals["backoffice_menu"] = [
        ("publication.drafts", "Artikelen", False),
        ("improvements.manage", "Leerpunten", False),
        ("fund.manage", "Burgerfonds", True),
    ]

    @app.context_processor
    def _globals() -> dict[str, object]:
        return {"municipality": app.config["MUNICIPALITY"], "endpoints": app.view_functions, "links": links()}


_LINKS_MAX = 64  # root paths kept per app: one in practice; cleared rather than grown


class Links(dict[str, str]):
    """``links['public.home']``, ``links['static:css/portal.css']``: the URLs of links that are the same on every
    page (menus, footer, stylesheets), each built once with `url_for` and then kept.

    One mapping per app and root path of the request (SCRIPT_NAME), so links still follow where the app is
    mounted; nothing from the query string, the Host header or the user goes into them. Use plain `url_for`
    for anything else.
    """

    def __missing__(self, key: str) -> str:
        if key.startswith(CODE_PREFIX):  # a page behind a tracking code: its URL with a placeholder (code_url)
            url = url_for(key[len(CODE_PREFIX) :], code=CODE_SLOT)
        else:
            endpoint, _, filename = key.partition(":")
            url = url_for(endpoint, filename=filename) if filename else url_for(endpoint)
        self[key] = url
        return url


CODE_PREFIX = "code|"
CODE_SLOT = "VTA-CODE-SLOT"  # stands in for the tracking code in a kept URL; url_for leaves it as it is
_PLAIN_CODE = re.compile(r"[A-Z0-9-]{1,64}")


def code_url(endpoint: str, code: str) -> str:
    """``url_for(endpoint, code=code)`` for the pages behind a tracking code, from a URL kept per endpoint and root
    path with the code put in (a status page links three of them). A code that is not plain (a normalised code is
    upper-case letters, digits and dashes) goes through `url_for` itself."""
    if not isinstance(code, str) or not _PLAIN_CODE.fullmatch(code):
        return url_for(endpoint, code=code)
    pattern = links()[CODE_PREFIX + endpoint]
    if pattern.count(CODE_SLOT) != 1:
        return url_for(endpoint, code=code)
    return pattern.replace(CODE_SLOT, code)


def links() -> Links:
    """The app's `Links` for the current request's root path (outside a request: a fresh one, not kept)."""
    if not has_request_context():
        return Links()
    per_root: dict[str, Links] = current_app.extensions.setdefault("portal_links", {})
    found = per_root.get(request.script_root)
    if found is None:
        if len(per_root) >= _LINKS_MAX:
            per_root.clear()
        found = per_root[request.script_root] = Links()
    return found


_FRAGMENTS_MAX = 64  # kept parts per app: a few templates x root paths x contact details; cleared rather than grown


def fragment(name: str) -> Markup:
    """A part of every page that is the same for everyone (the menu, the footer), rendered once and kept.

    The part may use only what is the same on every page: `links`, `endpoints`, `municipality` and the service's
    contact details (``service_contact``). It is kept per app, template, root path of the request, municipality and
    contact details, so an admin's edit of the contact details shows as soon as `contact.load()` returns them.
    Outside a request (or for anything else) render the template as usual.
    """
    app = current_app
    key: tuple[Any, ...] = (
        name,
        request.script_root if has_request_context() else None,
        app.config["MUNICIPALITY"],
        contact.load(),
    )
    kept: dict[tuple[Any, ...], Markup] = app.extensions.setdefault("portal_fragments", {})
    html = kept.get(key)
    if html is None:
        context: dict[str, Any] = {}
        app.update_template_context(context)
        html = Markup(app.jinja_env.get_template(name).render(context))
        if len(kept) >= _FRAGMENTS_MAX:
            kept.clear()
        kept[key] = html
    return html
