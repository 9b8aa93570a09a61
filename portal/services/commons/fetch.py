"""A bounded HTTP client for talking to other portals: nothing a source sends can hang or flood this portal.

Every request has a connect time-out, a read time-out (per socket read) and a wall-clock deadline for the
whole response; the body is streamed and dropped as soon as it passes the size cap. Redirects are followed by
hand: only to the same scheme, host and port, at most three. Only http and https. Every failure is a
`FetchError` whose message is our own short Dutch text (never content from the source).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests

USER_AGENT = "verzoek-tot-afstemming-commons/1.0"


class FetchError(Exception):
    """A fetch that failed; `str(err)` is a short Dutch explanation fit for `commons list` and the log."""


@dataclass(frozen=True)
class Limits:
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    total_timeout: float = 30.0  # wall clock for one response, however slowly the bytes trickle in
    max_bytes: int = 8 * 1024 * 1024
    max_redirects: int = 3


@dataclass
class Response:
    status: int
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    def json(self) -> Any:
        """The body as JSON; FetchError when it is not valid JSON (or not UTF-8)."""
        try:
            return json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise FetchError("antwoord is geen geldige JSON") from None


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.scheme, (parts.hostname or "").lower(), port


def check_url(url: str) -> None:
    """Only absolute http(s) URLs with a host, without user info."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("alleen http- en https-adressen zijn toegestaan")
    if parts.username or parts.password:
        raise FetchError("een adres met gebruikersnaam of wachtwoord wordt niet gebruikt")


def get(
    session: requests.Session,
    url: str,
    *,
    limits: Limits | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """GET `url` within the limits; follows same-origin redirects only. Returns any status (304, 4xx too)."""
    limits = limits or Limits()
    check_url(url)
    origin = _origin(url)
    deadline = time.monotonic() + limits.total_timeout
    for _hop in range(limits.max_redirects + 1):
        resp = _one(session, url, limits, headers or {}, deadline)
        if resp.status not in (301, 302, 303, 307, 308):
            return resp
        location = resp.headers.get("location", "")
        if not location:
            raise FetchError(f"doorverwijzing ({resp.status}) zonder adres")
        target = urljoin(url, location)
        check_url(target)
        if _origin(target) != origin:
            raise FetchError("doorverwijzing naar een andere host geweigerd")
        url = target
    raise FetchError(f"meer dan {limits.max_redirects} doorverwijzingen")


def _one(session: requests.Session, url: str, limits: Limits, headers: dict[str, str], deadline: float) -> Response:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchError("tijdslimiet verstreken")
    try:
        raw = session.get(
            url,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json", "Accept-Encoding": "identity", **headers},
            timeout=(min(limits.connect_timeout, remaining), min(limits.read_timeout, remaining)),
            stream=True,
            allow_redirects=False,
        )
    except requests.exceptions.ConnectTimeout:
        raise FetchError("geen verbinding binnen de tijdslimiet") from None
    except requests.exceptions.ReadTimeout:
        raise FetchError("geen antwoord binnen de tijdslimiet") from None
    except requests.exceptions.ConnectionError:
        raise FetchError("geen verbinding mogelijk") from None
    except requests.exceptions.RequestException:
        raise FetchError("verzoek mislukt") from None
    try:
        resp_headers = {k.lower(): v[:500] for k, v in raw.headers.items()}
        if resp_headers.get("content-encoding", "identity").lower() not in ("identity", ""):
            raise FetchError("gecomprimeerd antwoord niet gevraagd en niet gelezen")
        declared = resp_headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limits.max_bytes:
            raise FetchError(f"antwoord groter dan {limits.max_bytes // 1024} kB")
        chunks: list[bytes] = []
        size = 0
        stream = raw.raw
        while True:
            if time.monotonic() > deadline:
                raise FetchError(f"antwoord niet binnen {limits.total_timeout:g} seconden compleet")
            try:
                # read1: whatever one socket read returns, so the deadline is checked between small reads
                # (never decompressed: we ask for identity, and a compressed body is refused, no zip bombs)
                chunk = stream.read1(65536, decode_content=False)
            except Exception as exc:  # urllib3 wraps socket time-outs and resets in several types
                text = str(type(exc).__name__).lower()
                if "timeout" in text:
                    raise FetchError("geen antwoord binnen de tijdslimiet") from None
                raise FetchError("verbinding verbroken tijdens het antwoord") from None
            if not chunk:
                break
            size += len(chunk)
            if size > limits.max_bytes:
                raise FetchError(f"antwoord groter dan {limits.max_bytes // 1024} kB")
            chunks.append(chunk)
        return Response(status=raw.status_code, url=url, headers=resp_headers, body=b"".join(chunks))
    finally:
        raw.close()
