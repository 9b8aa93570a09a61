"""Speakers and owners named by the structure of a run of "X: ..." lines (no Flask imports).

A chat copied without time stamps ("Henk Baas: ik bel morgen" / "orlin: 👍") and a list of action points
("- Sanne de Wit: navragen bij DUO" / "- Wubbo: bankafschriften opsturen") name one person per line before the
colon. When another line of the same run was already judged to name a person there, a single word in that place
is a person too, in any case, unless it is positively something else: a field label ("Besluit:", "Actie:"), a role
("bemiddelaar:"), a body or a scheme, an acronym. A run without any person keeps its labels ("Datum:", "Plaats:").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from .persons import CUE_WORDS, GOV_TERMS, ORG_WORDS, weak_org

P = TypeVar("P")
Span = tuple[int, int, P]

# "lead X: value": X is what stands before the first colon of the line (no digits), after a chat time stamp if any.
_LINE = re.compile(
    r"^(?:\[[\d/:\-., ]{3,22}\][ \t]*)?(?P<lead>[ \t]*(?:[-*•–][ \t]+)?)"
    r"(?P<x>[^\W\d_][^:\n\d\[\]<>@|]{0,48}?):(?:[ \t]|$)",
    re.M,
)
_ONE_WORD = re.compile(r"[^\W\d_][\w'’\-]{1,30}")

# Labels that open a field, heading or minute item, not a person ("Besluit: ...", "Actie: ...").
FIELD_LABELS = frozenset(
    (
        "aan van cc bcc onderwerp betreft datum tijd plaats locatie adres tel telefoon mobiel email e-mail mail "
        "naam status actie acties actiepunt actiepunten besluit besluiten afspraak afspraken vraag vragen antwoord "
        "reactie opmerking opmerkingen notitie notities conclusie samenvatting update tip let nb ps bijlage "
        "bijlagen kenmerk zaak dossier zaaknummer referentie aanwezig afwezig verslag agenda punt wie wat wanneer "
        "waar hoe waarom toelichting resultaat uitkomst situatie vervolg planning deadline termijn prioriteit "
        "categorie thema afdeling team contact bron kanaal inhoud bericht tekst info informatie overig algemeen "
        "iedereen allen allemaal alle ik jij wij zij hij u jullie wij"
    ).split()
)


def _not_a_person(word: str) -> bool:
    lo = word.lower()
    return (
        lo in FIELD_LABELS
        or lo in CUE_WORDS
        or lo in ORG_WORDS
        or word in GOV_TERMS
        or weak_org(word)
        or (word.isupper() and len(word) > 1)
    )


def _runs(text: str) -> list[list[re.Match[str]]]:
    """Consecutive "X: ..." lines of the same kind (all bullets or none), each run at least two lines long."""
    runs: list[list[re.Match[str]]] = []
    prev_end, prev_bullet = -2, False
    for m in _LINE.finditer(text):
        bullet = bool(m.group("lead").strip())
        if runs and text[prev_end : m.start()].strip("\r\n ") == "" and bullet == prev_bullet:
            runs[-1].append(m)
        else:
            runs.append([m])
        prev_end = text.find("\n", m.end())
        prev_end = len(text) if prev_end == -1 else prev_end
        prev_bullet = bullet
    return [r for r in runs if len(r) >= 2]


def rule_speaker_run(
    text: str,
    mask: bytearray,
    person_spans: Sequence[tuple[int, int, object]],
    new_person: Callable[[list[str]], P],
) -> list[Span[P]]:
    """A single word before the colon of a line is a person when a line of the same run names a person there.

    A lower-case word only in a run without bullets (a chat: "zon: sorry voor de late reactie"); in a list of
    action points a lower-case word is a role or a label ("- bemiddelaar: terugkoppelen")."""
    if ":" not in text or not person_spans:
        return []
    covered = [(s, e) for s, e, _p in person_spans]
    out: list[Span[P]] = []
    seen: dict[str, P] = {}
    for run in _runs(text):
        peers = 0
        for m in run:
            s, e = m.span("x")
            if any(ps <= s and e <= pe + 1 or (ps <= s < pe and text[pe:e].strip(" '’s") == "") for ps, pe in covered):
                peers += 1
        if not peers:
            continue
        bullet = bool(run[0].group("lead").strip())
        for m in run:
            s, e = m.span("x")
            word = m.group("x")
            if not _ONE_WORD.fullmatch(word) or mask.find(1, s, e) != -1 or _not_a_person(word):
                continue
            if not word[0].isupper() and bullet:
                continue
            key = word.lower()
            if key not in seen:
                seen[key] = new_person([word[:1].upper() + word[1:]])
            out.append((s, e, seen[key]))
            mask[s:e] = b"\x01" * (e - s)
    return out
