"""Core of the holdout5 generator: inline markup, identifier generators and the annotation self-check.

Templates write text with inline marks made by `mark(label, s)`; `parse` strips the marks and returns the
plain text with its "pii" and "keep" lists. `check` verifies that the annotation is exact under the shared
scorer's own rules: a perfect anonymizer (one that removes every listed item) leaks nothing and keeps everything.
"""

from __future__ import annotations

import importlib.util
import random
import re
import string
from pathlib import Path
from typing import Any

LABELS = (
    "PERSON",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "BSN",
    "IBAN",
    "DATE_OF_BIRTH",
    "LICENSE_PLATE",
    "CASE_NUMBER",
)
_MARK = re.compile(r"\x01(\w+)\x02(.*?)\x03", re.S)
SCORER_PATH = Path(__file__).resolve().parents[3].parent / "shared" / "tools" / "score_anonymizer.py"


def mark(label: str, s: str) -> str:
    """Wrap `s` in an inline mark; label KEEP or one of LABELS."""
    assert label == "KEEP" or label in LABELS, label
    assert s and "\x01" not in s, s
    return f"\x01{label}\x02{s}\x03"


def K(s: str) -> str:
    """A word that must survive anonymization."""
    return mark("KEEP", s)


def parse(raw: str) -> tuple[str, list[dict[str, str]], list[str]]:
    """Strip marks; return text, pii items (first occurrence order, unique) and keep strings (unique)."""
    raw = re.sub(r"\.\x03\.(?!\.)", ".\x03", raw)  # "6 mrt." or "A." at the end of a sentence: one dot
    pii: list[dict[str, str]] = []
    keep: list[str] = []
    for label, s in _MARK.findall(raw):
        if label == "KEEP":
            if s not in keep:
                keep.append(s)
        elif {"text": s, "label": label} not in pii:
            pii.append({"text": s, "label": label})
    return _MARK.sub(lambda m: m.group(2), raw), pii, keep


def load_scorer() -> Any | None:
    """The shared scorer module, or None when ../shared is not there."""
    if not SCORER_PATH.exists():
        return None
    spec = importlib.util.spec_from_file_location("score_anonymizer_h5", SCORER_PATH)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _word(s: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")


def redact(text: str, pii: list[dict[str, str]]) -> str:
    """What a perfect anonymizer returns: every occurrence of every listed item replaced."""
    for item in sorted(pii, key=lambda i: -len(i["text"])):
        text = _word(item["text"]).sub("\u2592", text)
    return text


_LEFTOVER = [
    ("EMAIL", re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
    ("POSTCODE", re.compile(r"(?<!\w)[1-9]\d{3} ?[A-Za-z]{2}(?!\w)")),
    ("IBAN", re.compile(r"(?<!\w)[A-Za-z]{2}\d{2} ?[A-Za-z]{4}")),
    ("PHONE", re.compile(r"(?<![\w])(?:\+|00|0)[\d\s().-]{8,}\d")),
]
_POSTCODE_WORDS = {"uur", "tot", "van", "en", "in", "op", "km", "kg", "mm", "cm", "ml", "pp", "nr", "st", "pm", "am"}


def check(text: str, pii: list[dict[str, str]], keep: list[str], names: list[str], scorer: Any | None) -> list[str]:
    """Problems with one document's annotation (empty list: exact)."""
    problems = []
    for item in pii:
        if item["text"] not in text:
            problems.append(f"pii not in text: {item}")
        if item["text"] != item["text"].strip():
            problems.append(f"pii has outer space: {item}")
    low = text.lower()
    for k in keep:
        if k.lower() not in low:
            problems.append(f"keep not in text: {k}")
    red = redact(text, pii)
    if scorer is not None:
        for item in pii:
            if scorer.leaked(item, red):
                problems.append(f"a perfect anonymizer would still leak {item}")
    # no keep word (as written) may overlap a listed name, address or identifier; a keep word that only recurs
    # inside an e-mail address (merel.vink@...) is fine: its own occurrence is checked below
    spans = [m.span() for item in pii if item["label"] != "EMAIL" for m in _word(item["text"]).finditer(text)]
    for k in keep:
        for m in _word(k).finditer(text):
            if any(m.start() < e and s < m.end() for s, e in spans):
                problems.append(f"keep overlaps a pii occurrence: {k}")
    red_low = red.lower()
    for k in keep:
        if k.lower() not in red_low:
            problems.append(f"keep overlaps pii: {k}")
    # every name part of every person used must be gone (as written or capitalised), like the scorer checks
    for name in names:
        for part in name.split():
            if part.lower() in {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le"}:
                continue
            if len(part) < 2:
                continue
            for form in {part, part[0].upper() + part[1:]}:
                if _word(form).search(red):
                    problems.append(f"name part left in text: {form}")
    # nothing that looks like a personal identifier may be left unlisted (keep strings removed first)
    rest = red
    for k in sorted(keep, key=len, reverse=True):
        rest = re.sub(re.escape(k), " ", rest, flags=re.I)
    for label, rx in _LEFTOVER:
        for m in rx.finditer(rest):
            s = m.group(0)
            if label == "POSTCODE" and s[-2:].lower() in _POSTCODE_WORDS:
                continue
            if label == "POSTCODE" and not re.fullmatch(r"\d{4} ?[A-Z]{2}", s):
                continue
            if label == "PHONE" and len(re.sub(r"\D", "", s)) < 9:
                continue
            problems.append(f"unlisted {label}-like string left: {s}")
    return problems


# ---------------------------------------------------------------- identifiers


def bsn(rng: random.Random) -> str:
    """A nine-digit number that passes the eleven-test."""
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d)) + str(last)


def fmt_bsn(rng: random.Random, n: str) -> str:
    style = rng.randrange(5)
    if style == 0:
        return f"{n[:4]}.{n[4:6]}.{n[6:]}"
    if style == 1:
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if style == 2:
        return f"{n[:4]} {n[4:6]} {n[6:]}"
    if style == 3 and n[0] != "0":
        return f"0{n}"[1:]
    return n


def _mod97(s: str) -> int:
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban(rng: random.Random, country: str = "NL") -> str:
    if country == "NL":
        bank = rng.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "REVO"])
        bban = bank + "".join(rng.choice(string.digits) for _ in range(10))
    elif country == "BE":
        bban = "".join(rng.choice(string.digits) for _ in range(12))
    else:  # DE
        bban = "".join(rng.choice(string.digits) for _ in range(18))
    check = 98 - _mod97(bban + country + "00")
    return f"{country}{check:02d}{bban}"


def fmt_iban(rng: random.Random, n: str) -> str:
    style = rng.randrange(5)
    spaced = " ".join(n[i : i + 4] for i in range(0, len(n), 4))
    if style in (0, 1):
        return spaced
    if style == 2:
        return n
    if style == 3:
        return n.lower()
    return spaced.lower()


def digits(rng: random.Random, k: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(k - 1))


def mobile(rng: random.Random) -> str:
    d = digits(rng, 8)
    style = rng.randrange(9)
    return [
        f"06-{d}",
        f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
        f"06{d}",
        f"+31 6 {d[:4]} {d[4:]}",
        f"+31(0)6-{d}",
        f"0031 6 {d}",
        f"+316{d}",
        f"06 - {d[:4]} {d[4:]}",
        f"(06) {d}",
    ][style]


def landline(rng: random.Random) -> str:
    area = rng.choice(["020", "010", "030", "050", "070", "040", "058", "0570", "0522", "0475", "0318", "0546"])
    n = digits(rng, 10 - len(area))
    style = rng.randrange(4)
    if style == 0:
        return f"{area}-{n}"
    if style == 1:
        return f"({area}) {n[:3]} {n[3:5]} {n[5:]}" if len(n) == 7 else f"({area}) {n}"
    if style == 2:
        return f"{area} {n}"
    return f"+31 {area[1:]} {n}"


def foreign_phone(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        d = digits(rng, 6)
        return f"0032 4{rng.randint(60, 99)} {d[:2]} {d[2:4]} {d[4:]}"
    if kind == 1:
        return f"0049 15{rng.randint(1, 9)} {digits(rng, 8)}"
    if kind == 2:
        d = digits(rng, 7)
        return f"0090 53{rng.randint(0, 9)} {d[:3]} {d[3:5]} {d[5:]}"
    if kind == 3:
        d = digits(rng, 8)
        return f"+212 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
    if kind == 4:
        d = digits(rng, 6)
        return f"+597 8{d[:2]}-{d[2:]}"
    return f"+49 (0)2{rng.randint(10, 99)} {digits(rng, 6)}"


def phone(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.6:
        return mobile(rng)
    if r < 0.85:
        return landline(rng)
    return foreign_phone(rng)


_WORDNUM = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]


def spoken_mobile(rng: random.Random) -> str:
    """A mobile number as speech recognition writes it: some digits as words."""
    d = digits(rng, 8)
    pairs = [d[i : i + 2] for i in range(0, 8, 2)]
    head = rng.choice(["nul zes", "0 6", "nul 6", "06"])
    words_at = rng.randrange(6)  # 0..3: that pair spoken as words; else all digits
    body = " ".join(" ".join(_WORDNUM[int(c)] for c in p) if i == words_at else p for i, p in enumerate(pairs))
    return f"{head} {body}"


_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


def plate(rng: random.Random) -> str:
    def L(k: int) -> str:
        return "".join(rng.choice(_PLATE_LETTERS) for _ in range(k))

    def D(k: int) -> str:
        return "".join(rng.choice(string.digits[1:]) for _ in range(k))

    groups = rng.choice(
        [
            (L(2), D(2), L(2)),
            (L(2), L(2), D(2)),
            (D(2), L(2), L(2)),
            (D(2), L(3), D(1)),
            (D(1), L(3), D(2)),
            (L(2), D(3), L(1)),
            (L(1), D(3), L(2)),
            (L(3), D(2), L(1)),
            (L(1), D(2), L(3)),
            (D(1), L(2), D(3)),
            (D(3), L(2), D(1)),
        ]
    )
    style = rng.randrange(5)
    if style == 0:
        return "".join(groups)
    if style == 1:
        return "-".join(groups).lower()
    return "-".join(groups)


def case_number(rng: random.Random, year: int = 2025) -> tuple[str, str]:
    """(cue, number) in one of many municipal formats; the number alone is the personal item."""
    yy = str(year)[2:]
    kind = rng.randrange(14)
    return [
        ("zaaknummer", f"ZK-{year}-{digits(rng, 6)}"),
        ("zaaknr", f"{yy}/{digits(rng, 4)}"),
        ("dossier", f"{year}.{digits(rng, 4)}"),
        ("melding", f"#{digits(rng, 5)}"),
        ("ref.", f"MED-{yy}-{digits(rng, 3)}"),
        ("uw kenmerk", f"{year}/{digits(rng, 5)}/{rng.choice(['AB', 'WZ', 'JZ', 'BZ', 'OW'])}"),
        ("ons kenmerk", f"Z/{yy}/{digits(rng, 6)}"),
        ("zaak", f"{year}-{digits(rng, 7)}"),
        ("klachtnummer", f"K{yy}-{digits(rng, 4)}"),
        ("dossiernr.", f"VTA-{year}-{digits(rng, 4)}"),
        ("aanvraagnummer", f"WMO-{yy}-{digits(rng, 5)}"),
        ("kenmerk", f"BZ{yy}.{digits(rng, 5)}"),
        ("ticket", f"INC{digits(rng, 7)}"),
        ("registratienummer", f"{yy}.{digits(rng, 3)}.{digits(rng, 3)}"),
    ][kind]


MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
MONTHS_SHORT = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def dob(rng: random.Random, lo: int = 1938, hi: int = 2019) -> str:
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    style = rng.randrange(9)
    return [
        f"{d:02d}-{m:02d}-{y}",
        f"{d}-{m}-{y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d}/{m}/{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d} {MONTHS_SHORT[m - 1]} {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d} {MONTHS[m - 1].capitalize()} {y}",
    ][style]


def ordinary_date(rng: random.Random, year: int = 2025) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    style = rng.randrange(5)
    return [
        f"{d} {MONTHS[m - 1]}",
        f"{d} {MONTHS[m - 1]} {year}",
        f"{d}-{m}-{year}",
        f"{d:02d}-{m:02d}-{year}",
        f"{d} {MONTHS_SHORT[m - 1]}",
    ][style]


def postcode(rng: random.Random) -> str:
    n = rng.randint(1011, 9999)
    letters = rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    style = rng.randrange(6)
    return [
        f"{n} {letters}",
        f"{n}{letters}",
        f"{n} {letters.lower()}",
        f"{n}{letters.lower()}",
        f"{n} {letters}",
        f"{n}  {letters}",
    ][style]
