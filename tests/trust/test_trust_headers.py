"""Security headers on every kind of response, cookie flags, HTTPS-only HSTS, a strict CSP the pages obey."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from werkzeug.test import TestResponse

from portal.security import CSP

ROOT = Path(__file__).resolve().parents[2]


def assert_security_headers(response: TestResponse) -> None:
    h = response.headers
    assert h["Content-Security-Policy"] == CSP
    assert "unsafe-inline" not in h["Content-Security-Policy"] and "unsafe-eval" not in CSP
    assert "frame-ancestors 'none'" in CSP and "object-src 'none'" in CSP and "script-src 'self'" in CSP
    assert h["X-Content-Type-Options"] == "nosniff"
    assert h["Referrer-Policy"] in ("no-referrer", "same-origin")
    assert h["X-Frame-Options"] == "DENY"
    assert "camera=()" in h["Permissions-Policy"] and "geolocation=()" in h["Permissions-Policy"]


@pytest.mark.parametrize(
    "url, status",
    [
        ("/", 200),
        ("/verzoek/nieuw", 200),
        ("/kennisbank", 200),
        ("/bemiddeling/inloggen", 200),
        ("/api/v1/knowledge", 200),
        ("/api/v1/openapi.json", 200),
        ("/api/v1/knowledge?page=x", 400),
        ("/bestaat-niet", 404),
        ("/api/v1/bestaat-niet", 404),
        ("/verzoek/VTA-0000-0000-0000-0000", 404),
        ("/static/css/portal.css", 200),
    ],
)
def test_headers_on_html_json_static_and_errors(client, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert_security_headers(response)
    assert "Strict-Transport-Security" not in response.headers  # plain http: no HSTS


def test_headers_on_csrf_failure_and_405(client):
    assert_security_headers(client.post("/verzoek/nieuw", data={}))
    response = client.delete("/verzoek/nieuw")
    assert response.status_code == 405
    assert_security_headers(response)


def test_hsts_only_over_https(client):
    assert "Strict-Transport-Security" in client.get("/", base_url="https://localhost").headers
    # A forwarded-proto header from anyone is ignored without a configured proxy...
    assert "Strict-Transport-Security" not in client.get("/", headers={"X-Forwarded-Proto": "https"}).headers


def test_proxy_fix_trusts_forwarded_proto_only_when_configured(make_app):
    behind_proxy = make_app(PROXY_FIX=1).test_client()
    response = behind_proxy.get("/", headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"})
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")


def _cookie(response: TestResponse, name: str = "session") -> str:
    for header in response.headers.getlist("Set-Cookie"):
        if header.startswith(name + "="):
            return header
    raise AssertionError(f"no {name} cookie in {response.headers.getlist('Set-Cookie')}")


def test_cookie_flags_in_production(make_app):
    prod = make_app(TESTING=False, SERVER_NAME=None).test_client()
    cookie = _cookie(prod.get("/verzoek/nieuw", base_url="https://portaal.example.nl"))
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    fresh = make_app(TESTING=False, SERVER_NAME=None).test_client()  # a new visitor: the cookie is set again
    cookie = _cookie(fresh.get("/verzoek/nieuw", base_url="http://portaal.example.nl"))
    assert "Secure" in cookie  # a public name over http still gets Secure (the proxy terminates TLS)


@pytest.mark.parametrize("base", ["http://127.0.0.1:5000", "http://localhost:5000", "http://[::1]:5000"])
def test_plain_http_on_loopback_keeps_login_working(make_app, base):
    """`make run` serves http on 127.0.0.1: a Secure cookie would be dropped and no form would work."""
    prod = make_app(TESTING=False, SERVER_NAME=None).test_client()
    cookie = _cookie(prod.get("/bemiddeling/inloggen", base_url=base))
    assert "Secure" not in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    page = prod.get("/bemiddeling/inloggen", base_url=base).get_data(as_text=True)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
    from tests.conftest import PASSWORD

    response = prod.post(
        "/bemiddeling/inloggen",
        base_url=base,
        data={"csrf_token": token, "email": "med1@test.nl", "password": PASSWORD},
    )
    assert response.status_code == 302 and response.headers["Location"].endswith("/bemiddeling/")


def test_login_over_https_with_same_origin_referrer(make_app):
    """Flask-WTF checks the Referer on HTTPS; the same-origin policy keeps sending it to ourselves."""
    prod = make_app(TESTING=False, SERVER_NAME=None).test_client()
    base = "https://portaal.example.nl"
    page = prod.get("/bemiddeling/inloggen", base_url=base).get_data(as_text=True)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
    from tests.conftest import PASSWORD

    response = prod.post(
        "/bemiddeling/inloggen",
        base_url=base,
        headers={"Referer": base + "/bemiddeling/inloggen"},
        data={"csrf_token": token, "email": "med1@test.nl", "password": PASSWORD},
    )
    assert response.status_code == 302
    assert "Secure" in _cookie(response)


def test_insecure_cookies_switch_for_plain_http_servers(make_app):
    prod = make_app(TESTING=False, SERVER_NAME=None, INSECURE_COOKIES=1).test_client()
    assert "Secure" not in _cookie(prod.get("/verzoek/nieuw", base_url="http://portaal.example.nl"))


def test_testing_app_has_no_secure_flag_but_httponly(client):
    cookie = _cookie(client.get("/verzoek/nieuw"))
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
INLINE_STYLE = re.compile(r"<style\b|\sstyle\s*=", re.IGNORECASE)
INLINE_HANDLER = re.compile(r"\son[a-z]+\s*=|javascript:", re.IGNORECASE)


def test_templates_and_scripts_need_no_unsafe_inline():
    """The CSP forbids inline script and style: no template may rely on them."""
    offenders = []
    for path in sorted((ROOT / "templates").rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        for pattern in (INLINE_SCRIPT, INLINE_STYLE, INLINE_HANDLER):
            for match in pattern.finditer(text):
                offenders.append(f"{path.relative_to(ROOT)}: {match.group(0)}")
    for path in sorted((ROOT / "static" / "js").glob("*.js")):
        text = path.read_text(encoding="utf-8")
        for bad in (
            "eval(",
            "new Function(",
            ".style.",
            "setAttribute('style'",
            'setAttribute("style"',
            "cssText",
            "insertRule(",
        ):
            if bad in text:
                offenders.append(f"{path.relative_to(ROOT)}: {bad}")
    assert offenders == []


def test_rendered_pages_have_no_inline_script_or_style(client):
    for url in ("/", "/verzoek/nieuw", "/verzoek/", "/kennisbank", "/bemiddeling/inloggen", "/bestaat-niet"):
        html = client.get(url).get_data(as_text=True)
        assert not INLINE_SCRIPT.search(html), url
        assert not INLINE_STYLE.search(html), url
        assert not INLINE_HANDLER.search(html), url
