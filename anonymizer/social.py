"""Social-media posts and messages: @handles and #hashtags (issue 10, round five).

A personal handle ("@floor_87") names a person: it becomes ``[persoon N]`` after the "@". A handle of a public body
("@gemeente_zwolle", "@politie", "@wijkteam_oost") is kept. A hashtag ("#Burendag") is a topic, never a name: it is
shielded from the person rules. Both are skipped at once when the text has no "@" or "#".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

P = TypeVar("P")

# "@name" not inside an e-mail address or a word
_HANDLE_RE = re.compile(r"(?<![\w.@/])@(?P<h>[A-Za-z][\w.]{1,29}[A-Za-z0-9_])(?![\w@])")
_HASHTAG_RE = re.compile(r"(?<![\w&#/])#[^\W\d_][\w]{1,60}")
_BODY_HANDLE = re.compile(
    r"gemeente|politie|wijkteam|wijkagent|team|ggd|brandweer|omroep|rtv|nos|nieuws|krant|dagblad|provincie|"
    r"rijksoverheid|belastingdienst|uwv|svb|duo|ns_|buurtbemiddeling|woningcorporatie|wonen|school|bibliotheek|"
    r"stichting|vereniging|info|nl$|online|official|gov",
    re.IGNORECASE,
)


def shield_hashtags(text: str, mask: bytearray) -> None:
    """Mark every #hashtag as taken, so no rule reads it as a name."""
    if "#" not in text:
        return
    for m in _HASHTAG_RE.finditer(text):
        mask[m.start() : m.end()] = b"\x01" * (m.end() - m.start())


def rule_handles(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[tuple[int, int, P]]:
    """A personal @handle is a person (the "@" stays, so the reader sees it was a handle)."""
    if "@" not in text:
        return []
    out: list[tuple[int, int, P]] = []
    seen: dict[str, P] = {}
    for m in _HANDLE_RE.finditer(text):
        s, e = m.start("h"), m.end("h")
        handle = m.group("h").rstrip(".")
        e = s + len(handle)
        if mask.find(1, s, e) != -1 or _BODY_HANDLE.search(handle):
            continue
        key = handle.lower()
        if key not in seen:
            seen[key] = new_person([handle])
        out.append((s, e, seen[key]))
        mask[s:e] = b"\x01" * (e - s)
    return out
