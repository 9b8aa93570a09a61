"""The shared per-request machinery made cheaper in round five (issue 12), with every guarantee intact.

Security headers are added in the WSGI layer (a view's stricter header is kept; HSTS and Retry-After still depend
on the request), Flask-WTF's check runs only for the methods it checks, the session serializer is kept per set of
keys, and the NUL check skips parsing an absent query string.
"""

from __future__ import annotations

import pytest
from flask import Flask, Response
from flask.testing import FlaskClient
from itsdangerous import BadSignature

from portal.security import CSP, SECURITY_HEADERS, SecurityHeaders
from tests.conftest import csrf_token

FORM_EXPIRED = "Het formulier was verlopen of al verstuurd"


def test_every_fixed_header_once_and_a_views_own_kept(server: Flask, client: FlaskClient) -> None:
    @server.get("/_test_own_csp")
    def own() -> Response:
        response = Response("x")
        response.headers["content-security-policy"] = "default-src 'none'; sandbox"  # any spelling of the name
        return response

    assert isinstance(server.wsgi_app, SecurityHeaders)
    for url in ("/", "/bestaat-niet", "/static/css/portal.css", "/healthz", "/api/v1/knowledge?page=x"):
        response = client.get(url)
        for name, value in SECURITY_HEADERS:
            assert response.headers.getlist(name) == [value], (url, name)

    response = client.get("/_test_own_csp")
    assert response.headers.getlist("Content-Security-Policy") == ["default-src 'none'; sandbox"]
    assert response.headers["X-Frame-Options"] == "DENY" and CSP not in response.headers.values()


def test_csrf_still_refuses_every_checked_method(client: FlaskClient) -> None:
    for method in ("post", "put", "patch", "delete"):
        response = getattr(client, method)("/verzoek/nieuw", data={"what_happened": "x"})
        assert response.status_code in (400, 405), method  # 405: the route does not take the method at all
        if response.status_code == 400:
            assert FORM_EXPIRED in response.get_data(as_text=True)
    token = csrf_token(client)
    replay = {"csrf_token": token + "x", "what_happened": "<script>alert(1)</script>"}
    assert client.post("/verzoek/nieuw", data=replay).status_code == 400
    assert client.get("/verzoek/nieuw").status_code == 200


def test_csrf_hook_is_the_wrapped_flask_wtf_hook_in_its_place(server: Flask) -> None:
    names = [hook.__qualname__ for hook in server.before_request_funcs[None]]
    assert names.index("_rate_limits") < names.index("_refuse_unstorable_input")
    assert names.index("_refuse_unstorable_input") < names.index("_method_gate.<locals>.csrf_protect")
    assert "CSRFProtect.init_app.<locals>.csrf_protect" not in names


def test_session_serializer_is_kept_per_key_and_follows_a_new_key(server: Flask) -> None:
    interface = server.session_interface
    first = interface.get_signing_serializer(server)
    assert first is not None and interface.get_signing_serializer(server) is first
    cookie = first.dumps({"csrf_token": "abc"})
    server.secret_key = "another-secret"
    server.config["SECRET_KEY"] = "another-secret"
    renewed = interface.get_signing_serializer(server)
    assert renewed is not first
    with pytest.raises(BadSignature):
        renewed.loads(cookie)  # a cookie signed with the old key is no longer accepted
    server.config["SECRET_KEY_FALLBACKS"] = ["test-secret"]
    rotated = interface.get_signing_serializer(server)
    assert rotated is not renewed and rotated.loads(cookie) == {"csrf_token": "abc"}  # unless it is a fallback


@pytest.mark.parametrize("query", ["q=%00", "q=a%00b", "%00=1", "q=ok&x=%00"])
def test_nul_in_the_query_string_is_still_refused(client: FlaskClient, query: str) -> None:
    response = client.get(f"/kennisbank?{query}")
    assert response.status_code == 400
    assert "nul-teken" in response.get_data(as_text=True)
    assert client.get("/kennisbank").status_code == 200


@pytest.mark.parametrize("root", ["", "/vta"])
def test_code_urls_are_what_url_for_builds(server: Flask, root: str) -> None:
    from flask import url_for

    from portal.filters import code_url

    endpoints = [r.endpoint for r in server.url_map.iter_rules() if "code" in r.arguments and "/verzoek/" in r.rule]
    assert {"resident.status", "privacy.details", "attachments.add_form", "resident.control_answer"} <= set(endpoints)
    codes = ["VTA-AB12-CD34-EF56-GH78", "VTA-CODE-SLOT", "abc", "<script>", "Ä-1", "a/b", "x" * 80, "VTA%00"]
    with server.test_request_context("/", environ_overrides={"SCRIPT_NAME": root}):
        for endpoint in endpoints:
            for code in codes:
                assert code_url(endpoint, code) == url_for(endpoint, code=code), (endpoint, code)
                assert code_url(endpoint, code) == url_for(endpoint, code=code)  # kept pattern, second call


def test_remember_cookie_hook_still_runs_for_a_session(client: FlaskClient, server: Flask) -> None:
    from tests.conftest import login

    names = [hook.__qualname__ for hook in server.after_request_funcs[None]]
    assert "_remember_cookie_gate.<locals>.update_remember_cookie" in names
    assert login(client).status_code == 302
    assert client.get("/bemiddeling/").status_code == 200
