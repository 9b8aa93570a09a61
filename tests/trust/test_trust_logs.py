"""Logs (issue 13): tracking codes in every form the lookup accepts are scrubbed, and control characters are
escaped so a `%0A` in a URL cannot forge a line; checked on the scrubber and on a real gunicorn's access log."""

from __future__ import annotations

import logging
import re
import socket
import time
from pathlib import Path

import pytest
import requests as http

from portal.logsafe import ScrubFilter, scrub, scrub_path
from portal.services import codes
from tests.trust.test_trust_fault import TOKEN_RE, free_port, kill, start
from tests.trust.test_trust_fault import data as data

CODE = "VTA-7K2M-Q9XD-3HNP-B4RT"
BODY = CODE[4:].replace("-", "")


def forms_of(code: str) -> list[str]:
    """Every spelling the lookup accepts for one code (codes.normalize maps each back to `code`)."""
    body = code[4:].replace("-", "")
    groups = [body[i : i + 4] for i in range(0, 16, 4)]
    forms = [
        code,
        code.lower(),
        body,
        body.lower(),
        " ".join(groups),
        ".".join(groups),
        "_".join(groups),
        "VTA " + " ".join(groups),
        "vta." + ".".join(groups).lower(),
        "VTA" + body,
        "-".join(groups).lower(),
    ]
    for form in forms:
        assert codes.normalize(form) == code, form
    return forms


def leaks(text: str, code: str) -> bool:
    body = code[4:].replace("-", "")
    squashed = re.sub(r"[\s\-_.]", "", text.upper().replace("%20", ""))
    return body in squashed or any(body[i : i + 8] in squashed for i in range(0, 9, 4))


@pytest.mark.parametrize("form", forms_of(CODE))
@pytest.mark.parametrize("suffix", ["", "/gegevens", "/ontvangen", "/controlevraag", "?x=1"])
def test_every_accepted_form_of_a_code_is_scrubbed_from_paths_and_request_lines(form: str, suffix: str) -> None:
    for line in (
        f"/verzoek/{form}{suffix}",
        f'"GET /verzoek/{form}{suffix} HTTP/1.1" 200 512',
        f'"GET /verzoek/{form.replace(" ", "%20")}{suffix} HTTP/1.1" 404 -',
    ):
        cleaned = scrub(line)
        assert not leaks(cleaned, CODE), (line, cleaned)
        assert "/verzoek/[code]" in cleaned
    assert not leaks(scrub_path(f"/verzoek/{form}{suffix}"), CODE)


@pytest.mark.parametrize("form", forms_of(CODE))
def test_codes_in_free_text_are_scrubbed(form: str) -> None:
    cleaned = scrub(f"Lookup failed for {form} (resident typed it)")
    assert not leaks(cleaned, CODE) and "[code]" in cleaned and "Lookup failed for" in cleaned


def test_ordinary_text_and_other_paths_stay() -> None:
    for line in (
        "GET /verzoek/nieuw HTTP/1.1",
        "GET /verzoek/ HTTP/1.1",
        "GET /bemiddeling/verzoek/12/status",
        "De gemeente heeft verantwoordingen gepubliceerd",
        "took 12.5 ms at 2026-11-24 12:00:01",
        "Retention (12 months, applied): 3 requests, 4 contacts",
    ):
        assert scrub(line) == line, line


@pytest.mark.parametrize(
    "raw, forged",
    [
        ('/x\n127.0.0.1 - - [24/Nov/2026] "GET /bemiddeling/ HTTP/1.1" 200', "127.0.0.1 - - [24/Nov/2026]"),
        ('/x\r\n[24/Nov/2026 12:00:00] "POST /inloggen" 302', "[24/Nov/2026 12:00:00]"),
        ("/x\u2028fake line", "fake line"),
        ("/x\x1b[2J\x1b[Hclear", "\x1b"),
        ("/x\x85next", "\x85"),
    ],
)
def test_control_characters_are_escaped(raw: str, forged: str) -> None:
    cleaned = scrub(f'"GET {raw} HTTP/1.1" 404')
    assert "\n" not in cleaned and "\r" not in cleaned and "\u2028" not in cleaned and "\x1b" not in cleaned
    assert len(cleaned.splitlines()) == 1
    record = logging.LogRecord("gunicorn.access", logging.INFO, __file__, 1, "%s", (raw,), None)
    ScrubFilter().filter(record)
    assert len(record.getMessage().splitlines()) == 1


# --- the real thing: gunicorn with the deploy configuration --------------------------------------------------


def raw_get(port: int, target: str) -> None:
    """Send a request line as bytes (requests would re-quote it)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        while sock.recv(65536):
            pass


@pytest.mark.sqlite_only(reason="one gunicorn on a SQLite data folder is enough to read its access log")
def test_gunicorn_access_log_has_no_codes_and_no_forged_lines(data: Path, tmp_path: Path) -> None:
    port, log = free_port(), tmp_path / "gunicorn.log"
    proc = start(data, port, log)
    try:
        base = f"http://127.0.0.1:{port}"
        session = http.Session()
        page = session.get(f"{base}/verzoek/nieuw", timeout=10).text
        tokens = dict(TOKEN_RE.findall(page))
        sub = re.search(r'name="submission_id"[^>]*value="([^"]+)"', page)
        form = {
            **tokens,
            "submission_id": sub.group(1) if sub else "log-test",
            "what_happened": "Mijn parkeervergunning is afgewezen, maar ik woon hier al tien jaar.",
            "desired_outcome": "Een nieuwe beoordeling.",
            "theme": "parkeren",
            "contact_preference": "geen",
        }
        receipt = session.post(f"{base}/verzoek/nieuw", data=form, timeout=10, allow_redirects=False)
        assert receipt.status_code == 302, receipt.text[:500]
        code = receipt.headers["Location"].split("/")[-2]
        for spelling in forms_of(code):
            quoted = spelling.replace(" ", "%20")
            for suffix in ("", "/gegevens", "/ontvangen"):
                raw_get(port, f"/verzoek/{quoted}{suffix}")
        raw_get(port, "/x%0A127.0.0.1%20-%20-%20%5B24/Nov/2026%5D%20%22GET%20/forged%20HTTP/1.1%22%20200")
        raw_get(port, "/x%0D%0AFORGED-LINE%1B%5B2J")
        time.sleep(0.5)
    finally:
        kill(proc)
    text = log.read_text(errors="replace")
    assert "/verzoek/[code]/gegevens" in text and "/verzoek/[code]/ontvangen" in text
    assert not leaks(text, code), text[-3000:]
    lines = text.splitlines()
    assert not any(line.startswith(("127.0.0.1 - - [24/Nov/2026]", "FORGED-LINE")) for line in lines), text[-2000:]
    assert any("\\n127.0.0.1" in line for line in lines) and "\x1b" not in text


def test_official_link_tokens_are_scrubbed() -> None:
    """The official's personal link is a bearer token: never in a log line, in the path or a request line."""
    token = "eyJpIjo0Mn0.ZkX2bQ.c2lnbmF0dXJlLXZhbHVl"
    for line in (
        f"/ambtenaar/link/{token}",
        f'"POST /ambtenaar/link/{token}/akkoord HTTP/1.1" 302',
        f"GET /ambtenaar/link/{token}?x=1",
    ):
        assert token not in scrub(line) and token not in scrub_path(line)
        assert "/ambtenaar/link/[token]" in scrub(line)
    assert scrub("/ambtenaar/verzoek") == "/ambtenaar/verzoek"
