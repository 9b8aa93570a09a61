"""Generate the own corpus ``cases.jsonl``: case, file and reference numbers in many formats and positions (issue
10, round six), beside numbers that are no case number and must stay (amounts, dates, times, years, article numbers,
public phone numbers, house numbers, weeks, percentages).

    .venv/bin/python -m tests.anonymizer.corpora.make_corpora10

Standard library only, deterministic (seed 20261210), written from the attacker's side: a case number is a key
into the municipality's files, so whoever reads it can ask for the person behind it. Formats are generated from
parts (letters of any length, a year of two or four digits, a serial of three to eight digits, separators
``- / . _`` or a space, optional closing letters, lower case, leading zeros), so no fixed list of formats is
learnt. Families (``family`` in each document's id): ``cued`` (a cue word right before), ``far`` (the cue further
away, after the number, or in a parenthesis), ``bare`` (no cue: the shape alone), ``keeps`` (numbers that are no
case number, each listed as keep).

Every document is checked before it is written: every pii and keep string occurs, with the pii spans blanked no pii
item counts as leaked under the shared scorer's rule and every keep string survives.
"""

from __future__ import annotations

import json
import random
import re
import string
from pathlib import Path

from tests.anonymizer.corpora.score import check_doc

OUT = Path(__file__).resolve().parent / "cases.jsonl"

UP = string.ascii_uppercase
# Prefixes are made of random letters; a few real-world department abbreviations are mixed in only as letters.
SEPS = ["-", "/", ".", "_"]


def _serial(r: random.Random, lo: int = 3, hi: int = 8) -> str:
    n = r.randint(lo, hi)
    s = str(r.randint(1, 10**n - 1)).zfill(n)
    return s


def _year(r: random.Random) -> str:
    y = r.randint(2016, 2027)
    return str(y) if r.random() < 0.6 else str(y)[2:]


def _prefix(r: random.Random) -> str:
    return "".join(r.choice(UP) for _ in range(r.randint(1, 4)))


def case_number(r: random.Random, lower: bool = True) -> str:
    """A case number built from parts: letters, year, serial, separators, closing letters; lower case only where
    ``lower`` (a cue makes it one; without a cue "og 2020 3618" is no more a file number than ordinary text).
    Numbers written like thousands ("20.430.551") are left out: without a cue right before them they are amounts."""
    k = r.randrange(12)
    sep = r.choice(SEPS)
    if k == 0:
        out = f"{_prefix(r)}{sep}{_year(r)}{sep}{_serial(r)}"
    elif k == 1:
        out = f"{_prefix(r)}{_year(r)}{r.choice(['-', '.', '/'])}{_serial(r)}"
    elif k == 2:
        out = f"{r.randint(2016, 2027)}{r.choice(['-', '/', '.'])}{_serial(r, 4, 8)}"
    elif k == 3:
        out = f"{_serial(r, 4, 7)}/{r.randint(2016, 2027)}"
    elif k == 4:
        out = f"{_prefix(r)}{sep}{_serial(r, 5, 9)}"
    elif k == 5:
        out = f"{_prefix(r)}{_serial(r, 6, 10)}"
    elif k == 6:
        out = f"{r.randint(2016, 2027)}-{_serial(r, 4, 7)}-{''.join(r.choice(UP) for _ in range(2))}"
    elif k == 7:
        out = f"{_prefix(r)}/{r.randint(2016, 2027)}/{_serial(r)}/{_prefix(r)}"
    elif k == 8:
        out = f"{_year(r)}.{_serial(r, 3, 4)}.{_serial(r, 3, 4)}"
    elif k == 9:
        out = f"{_prefix(r)} {r.randint(2016, 2027)} {_serial(r, 3, 6)}"
    elif k == 10:
        out = f"{_prefix(r)}{sep}{r.randint(2016, 2027)}{sep}{_serial(r)}{sep}{r.randint(1, 99)}"
    else:
        out = _serial(r, 7, 10)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", out):
        return case_number(r, lower)
    if lower and r.random() < 0.15 and not out.isdigit():
        out = out.lower()
    return out


CUES = [
    "zaaknummer {c}",
    "zaaknr. {c}",
    "Zaaknummer: {c}",
    "ons kenmerk {c}",
    "uw kenmerk: {c}",
    "kenmerk {c}",
    "dossiernummer {c}",
    "dossier {c}",
    "onder nummer {c}",
    "met referentie {c}",
    "referentie: {c}",
    "ref. {c}",
    "registratienummer {c}",
    "aanvraagnummer {c}",
    "meldingsnummer {c}",
    "klachtnummer {c}",
    "bezwaarnummer {c}",
    "o.v.v. {c}",
    "onder vermelding van {c}",
    "zaak-ID {c}",
    "het zaaknummer is {c}",
    "nummer {c}",
    "nr. {c}",
]
CUED = [
    "Wilt u bij contact altijd {cue} noemen?",
    "De aanvraag is geregistreerd onder {cue} en wordt binnen acht weken behandeld.",
    "Ik verwijs naar uw brief met {cue}, waarin de toeslag werd stopgezet.",
    "In de bijlage vindt u het besluit ({cue}).",
    "Graag {cue} vermelden bij betaling.",
    "Betreft: bezwaar tegen de aanslag, {cue}",
    "Het gesprek over {cue} is verzet naar volgende week.",
    "De melding staat in het systeem als {cue}; de behandelaar belt terug.",
]
FAR = [
    "Het dossier met het nummer {c} is overgedragen aan de afdeling Belastingen.",
    "De zaak ({c}) is op 3 maart afgesloten.",
    "{c} is het nummer van de zaak; bewaar het goed.",
    "Zie zaak {c} voor de eerdere afspraken.",
    "Uw melding, nummer {c}, is doorgestuurd naar de wijkbeheerder.",
    "Voor de aanvraag (nr {c}) is nog een handtekening nodig.",
    "Het bezwaarschrift is ingeschreven; het heeft nummer {c} gekregen.",
    "Bij het zoeken op {c} in het zaaksysteem bleek de brief niet verstuurd.",
    "De klacht die onder {c} bekend is, ligt nu bij de ombudsman.",
    "De behandelaar heeft {c} gekoppeld aan de eerdere melding.",
]
BARE = [
    "{c} is afgehandeld en gearchiveerd.",
    "Over {c}: de beslistermijn is met zes weken verlengd.",
    "Stand van zaken {c}: wacht op reactie van de aanvrager.",
    "Afspraak gemaakt; {c} blijft open tot het tweede gesprek.",
]
# Numbers that are no case number: each is a keep.
KEEPS = [
    (
        "Het bedrag van € {a},00 wordt op 1 {m} teruggestort.",
        lambda r: (str(r.randint(101, 4999)), r.choice(["april", "mei", "juni"])),
    ),
    ("Op grond van artikel 4:{a} Awb is de termijn opgeschort.", lambda r: (str(r.randint(13, 99)), "")),
    (
        "Het spreekuur is om {a} uur in week {m}.",
        lambda r: (f"{r.randint(9, 16)}.{r.choice(['00', '15', '30', '45'])}", str(r.randint(2, 52))),
    ),
    ("Bel het algemene nummer 14 0{a} voor vragen.", lambda r: (str(r.randint(10, 99)), "")),
    (
        "De regeling geldt sinds {a} voor {m} procent van de huishoudens.",
        lambda r: (str(r.randint(2015, 2026)), str(r.randint(2, 40))),
    ),
    ("De Wmo 2015 en de Participatiewet gelden sinds 1 januari {a}.", lambda r: (str(r.randint(2015, 2022)), "")),
    (
        "De raad besloot op {a} met {m} stemmen voor.",
        lambda r: (f"{r.randint(1, 28)}-{r.randint(1, 12)}-{r.randint(2020, 2026)}", str(r.randint(18, 37))),
    ),
    (
        "Het gebouw aan het plein heeft {a} verdiepingen en {m} loketten.",
        lambda r: (str(r.randint(3, 12)), str(r.randint(4, 20))),
    ),
]


def _doc(family: str, n: int, text: str, pii: list[str], keep: list[str]) -> dict:
    return {
        "id": f"c10-{family}-{n:03d}",
        "text": text,
        "pii": [{"text": t, "label": "CASE_NUMBER"} for t in pii],
        "keep": keep,
    }


def _keep_sentence(r: random.Random) -> tuple[str, list[str]]:
    tpl, fill = r.choice(KEEPS)
    a, m = fill(r)
    text = tpl.format(a=a, m=m)
    return text, [w for w in (a, m) if w and len(w) > 1]


def cued(r: random.Random, n: int) -> dict:
    c = case_number(r)
    s = r.choice(CUED).format(cue=r.choice(CUES).format(c=c))
    k, keep = _keep_sentence(r)
    return _doc("cued", n, f"{s} {k}", [c], keep)


def far(r: random.Random, n: int) -> dict:
    c = case_number(r)
    s = r.choice(FAR).format(c=c)
    k, keep = _keep_sentence(r)
    return _doc("far", n, f"{k} {s}", [c], keep)


def bare(r: random.Random, n: int) -> dict:
    while True:
        c = case_number(r, lower=False)
        # without a cue only shapes a reader takes for a file number: letters and digits, or a year and a serial
        if any(ch.isalpha() for ch in c) and sum(ch.isdigit() for ch in c) >= 5:
            break
    s = r.choice(BARE).format(c=c)
    return _doc("bare", n, s, [c], [])


def keeps(r: random.Random, n: int) -> dict:
    parts, keep = [], []
    for _ in range(3):
        t, k = _keep_sentence(r)
        parts.append(t)
        keep += k
    return _doc("keeps", n, " ".join(parts), [], keep)


FAMILIES = ((cued, 60), (far, 50), (bare, 30), (keeps, 20))


def generate() -> list[dict]:
    r = random.Random(20261210)
    docs = []
    for fam, count in FAMILIES:
        for i in range(count):
            d = fam(r, i)
            check_doc(d)
            docs.append(d)
    return docs


def main() -> None:
    docs = generate()
    OUT.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT}")


if __name__ == "__main__":
    main()
