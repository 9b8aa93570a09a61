"""Walk the demo site as each kind of user and follow every link it shows: nothing broken, nothing in English.

One demo municipality (a smaller `flask demo`), then a crawl per role: the public (no account), a mediator and
an admin. Every same-site link and image on every page reached is fetched (GET only; no log-out link). A link the
site shows itself must answer (200, a redirect, or 401/403), never 404 or a server error. No page shows
framework English ("Not a valid choice.", "Method Not Allowed", ...), a raw status code such as `in_verkenning`
where its Dutch word belongs, or lacks its title and main heading.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from urllib.parse import urljoin, urlsplit

from flask import Flask
from flask.testing import FlaskClient

from portal import demo
from portal.extensions import db
from tests.conftest import login

# Framework and library English that must never reach a Dutch page (WTForms, Werkzeug, Flask-WTF).
ENGLISH = (
    "Not a valid",
    "This field is required",
    "Invalid",
    "Not Found",
    "Internal Server Error",
    "Method Not Allowed",
    "CSRF token",
    "Bad Request",
    "Traceback",
    "Field must be",
)
# Codes that have a Dutch label (portal/labels.py) and must not show in a page's visible text.
RAW_CODES = re.compile(r">[^<]*\b(in_verkenning|in_afstemming|deels_opgelost|niet_opgelost|publish_refused)\b")
# Dates people read are written in words ('4 januari 2027'); figures only in downloads and form fields.
NUMERIC_DATE = re.compile(r"\b(?:\d{1,2}-\d{1,2}-\d{4}|\d{4}-\d{2}-\d{2})\b")
STATUS_PAGE = "/verzoek/VTA-"  # its dates: test_resident_status_page_writes_dates_in_words below
LINK = re.compile(r'(?:href|src)="([^"]*)"')
OK = {200, 301, 302, 303, 304, 307, 308, 401, 403}
SKIP = ("uitloggen", "/static/")  # a log-out link ends the walk; static files are checked once, below
PER_SHAPE = 2  # pages of one shape (digits and query values ignored) fetched per role


def _shape(url: str) -> str:
    parts = urlsplit(url)
    keys = sorted(p.split("=")[0] for p in parts.query.split("&") if p)
    return re.sub(r"\d+", "N", parts.path) + "?" + "&".join(keys)


def _textual(mimetype: str) -> bool:
    return mimetype.startswith("text/") or mimetype.endswith(("json", "xml"))


def _visible(body: str) -> str:
    return re.sub(r"<(script|style)\b.*?</\1>", "", body, flags=re.S)


def _walk(client: FlaskClient, start: list[str]) -> tuple[set[str], list[str], set[str]]:
    """Breadth-first over same-site links; returns the pages fetched, the problems found and the static files seen."""
    queue = deque((url, "(start)") for url in start)
    seen: set[str] = set()
    shapes: Counter[str] = Counter()
    problems: list[str] = []
    static: set[str] = set()
    while queue:
        url, found_on = queue.popleft()
        if url in seen or shapes[_shape(url)] >= PER_SHAPE:
            continue
        seen.add(url)
        shapes[_shape(url)] += 1
        response = client.get(url)
        if response.status_code not in OK:
            problems.append(f"{url} (link on {found_on}) answered {response.status_code}")
            continue
        if response.status_code in (301, 302, 303, 307, 308):
            target = urlsplit(response.headers["Location"])
            if target.netloc in ("", "localhost"):
                queue.append((target.path + (f"?{target.query}" if target.query else ""), url))
            continue
        if response.status_code != 200 or not _textual(response.mimetype):
            continue
        body = response.get_data(as_text=True)
        problems += [f"{url}: English {word!r}" for word in ENGLISH if word in body]
        if response.mimetype != "text/html":
            continue
        visible = _visible(body)
        if raw := RAW_CODES.search(visible):
            problems.append(f"{url}: raw code {raw.group(1)!r} shown")
        if not url.startswith(STATUS_PAGE) and (date := NUMERIC_DATE.search(re.sub(r"<[^>]+>", " ", visible))):
            problems.append(f"{url}: date {date.group(0)!r} not written in words")
        if not re.search(r"<title>\s*\S", body) or "<h1" not in body or '<html lang="nl"' not in body:
            problems.append(f"{url}: no title, h1 or lang=nl")
        for href in LINK.findall(body):
            href = href.replace("&amp;", "&").split("#")[0]
            target = urlsplit(urljoin(url, href))
            if not href or target.scheme not in ("", "http", "https") or target.netloc not in ("", "localhost"):
                continue
            path = target.path + (f"?{target.query}" if target.query else "")
            if "/static/" in target.path:
                static.add(target.path)
            elif not any(s in target.path for s in SKIP):
                queue.append((path, url))
    return seen, problems, static


def test_every_link_of_every_role_answers_in_dutch(app: Flask, server: Flask) -> None:
    demo.run(echo=lambda _line: None, n_requests=60)
    db.session.commit()
    problems: list[str] = []
    static: set[str] = set()
    fetched: dict[str, set[str]] = {}
    for role, email in (("public", None), ("mediator", "med1@test.nl"), ("admin", "admin@test.nl")):
        client = server.test_client()
        start = ["/", "/kennisbank?q=", "/kennisbank?q=parkeerrvergunning", "/kennisbank?q=ruimtevaart"]
        start += [f"/verzoek/{code}" for _label, code in demo.example_codes()]  # what a resident follows
        if email:
            assert login(client, email).status_code == 302
            start.append("/bemiddeling/")
        pages, found, files = _walk(client, start)
        fetched[role] = pages
        problems += [f"[{role}] {p}" for p in found]
        static |= files
    for path in sorted(static):
        status = server.test_client().get(path).status_code
        if status != 200:
            problems.append(f"static {path} answered {status}")
    assert not problems, "\n".join(problems)
    # the walk reached the pages each role works with (so a broken menu cannot make it pass by finding nothing)
    assert {"/verantwoording", "/burgerfonds", "/open-data", "/feed.atom"} <= fetched["public"]
    assert any(p.startswith("/kennisbank/") for p in fetched["public"])
    assert any(re.fullmatch(r"/bemiddeling/verzoek/\d+", p) for p in fetched["mediator"])
    assert any(p.startswith("/bemiddeling/beheer/audit") for p in fetched["admin"])
    assert len(fetched["admin"]) > len(fetched["mediator"]) > len(fetched["public"]) > 30


def test_every_link_on_a_fresh_install_answers(app: Flask, server: Flask) -> None:
    """The same walk on a new municipality without any request, article or booking: empty pages must work too."""
    problems: list[str] = []
    for email in (None, "admin@test.nl"):
        client = server.test_client()
        start = ["/", "/kennisbank"]
        if email:
            assert login(client, email).status_code == 302
            start.append("/bemiddeling/")
        pages, found, _files = _walk(client, start)
        problems += found
        assert len(pages) > 20
    assert not problems, "\n".join(problems)


def test_resident_status_page_writes_dates_in_words(app: Flask, server: Flask) -> None:
    demo.run(echo=lambda _line: None, n_requests=60)
    db.session.commit()
    client = server.test_client()
    for _label, code in demo.example_codes():
        page = client.get(f"/verzoek/{code}")
        assert page.status_code == 200
        text = re.sub(r"<[^>]+>", " ", _visible(page.get_data(as_text=True)))
        assert not NUMERIC_DATE.search(text), NUMERIC_DATE.search(text)
