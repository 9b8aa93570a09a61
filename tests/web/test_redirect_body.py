"""A redirect's body (what a script, a crawler or a text browser sees) is Dutch, like every page."""

from __future__ import annotations

from flask import Flask


def test_redirect_body_is_dutch_and_escapes_the_target(app: Flask) -> None:
    with app.test_request_context("/"):
        from flask import redirect

        response = redirect('/kennisbank?q="><script>alert(1)</script>', 302)
    body = response.get_data(as_text=True)
    assert response.status_code == 302 and response.headers["Location"].startswith("/kennisbank")
    assert '<html lang="nl">' in body and "U wordt doorgestuurd" in body
    assert "Redirecting" not in body and "click the link" not in body
    assert "<script>" not in body


def test_a_real_redirect_of_the_site_is_dutch(client) -> None:
    response = client.get("/bemiddeling/")  # not logged in: to the log-in page
    assert response.status_code == 302
    body = response.get_data(as_text=True)
    assert "U wordt doorgestuurd" in body and "Redirecting" not in body
