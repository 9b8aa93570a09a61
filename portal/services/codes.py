"""Public tracking codes: 80 random bits, Crockford base32, easy to read aloud."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
PREFIX = "VTA"
_GROUPS = 4
_GROUP_LEN = 4  # 16 symbols x 5 bits = 80 bits
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
CODE_RE = re.compile(r"^VTA(?:-[0-9A-HJKMNP-TV-Z]{4}){4}$")


def new_submission_id() -> str:
    return secrets.token_urlsafe(24)


def code_for_submission(secret: str, submission_id: str) -> str:
    """Derive the tracking code from the form's submission id, so a replayed form finds the same receipt."""
    digest = hmac.new(secret.encode(), b"tracking:" + submission_id.encode(), hashlib.sha256).digest()
    number = int.from_bytes(digest[:10], "big")
    symbols = []
    for _ in range(_GROUPS * _GROUP_LEN):
        symbols.append(ALPHABET[number & 31])
        number >>= 5
    body = "".join(reversed(symbols))
    groups = [body[i : i + _GROUP_LEN] for i in range(0, len(body), _GROUP_LEN)]
    return "-".join([PREFIX, *groups])


def normalize(raw: str) -> str | None:
    """Canonical form of what a resident typed (any case, spaces, look-alike letters), or None."""
    if not raw or len(raw) > 64:
        return None
    if CODE_RE.fullmatch(raw):  # already canonical (links, redirects): nothing to clean
        return raw
    cleaned = re.sub(r"[\s\-_.]", "", raw.upper())
    if cleaned.startswith(PREFIX):
        cleaned = cleaned[len(PREFIX) :]
    cleaned = cleaned.translate(_CONFUSABLE)
    if len(cleaned) != _GROUPS * _GROUP_LEN or any(c not in ALPHABET for c in cleaned):
        return None
    groups = [cleaned[i : i + _GROUP_LEN] for i in range(0, len(cleaned), _GROUP_LEN)]
    return "-".join([PREFIX, *groups])


def code_hash(code: str) -> str:
    """Only the hash is stored: a copied database does not reveal working tracking codes."""
    return hashlib.sha256(code.encode()).hexdigest()
