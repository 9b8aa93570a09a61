"""Structured identifiers for holdout8, each drawn from a seeded ``random.Random`` and written in many spellings.

Every function returns the identifier exactly as it will appear in the text.
"""

from __future__ import annotations

import random

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
MONTH_ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sept.", "okt.", "nov.", "dec."]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
ORDINAL_WORDS = {1: "eerste", 2: "tweede", 3: "derde", 4: "vierde", 5: "vijfde", 8: "achtste", 10: "tiende"}

PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
NL_BANKS = ["ABNA", "RABO", "INGB", "SNSB", "TRIO", "KNAB", "BUNQ", "RBRB", "ASNB", "FVLB", "REVO", "HAND"]


def bsn(r: random.Random) -> str:
    """A nine-digit number passing the eleven-test, in one of several spellings."""
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(w * x for w, x in zip(range(9, 1, -1), d, strict=True))
        last = s % 11
        if last <= 9:
            d.append(last)
            break
    raw = "".join(map(str, d))
    style = r.randint(0, 5)
    if style == 1:
        return f"{raw[:4]}.{raw[4:6]}.{raw[6:]}"
    if style == 2:
        return f"{raw[:3]} {raw[3:6]} {raw[6:]}"
    if style == 3:
        return f"{raw[:3]}.{raw[3:6]}.{raw[6:]}"
    if style == 4:
        return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:]}"
    return raw


def bsn_valid(s: str) -> bool:
    """The eleven-test on a BSN in any spelling."""
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(w * x for w, x in zip(range(9, 1, -1), d[:8], strict=True)) - d[8]) % 11 == 0


def _iban_check(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(digits) % 97:02d}"


def iban_valid(s: str) -> bool:
    """The mod-97 test on an IBAN in any spelling."""
    c = "".join(s.split()).upper()
    digits = "".join(str(int(ch, 36)) for ch in c[4:] + c[:4])
    return len(c) >= 15 and int(digits) % 97 == 1


def iban(r: random.Random) -> str:
    """A valid IBAN (mostly Dutch, some Belgian, German, Spanish, Polish), grouped, ungrouped or lower case."""
    kind = r.choices(["NL", "BE", "DE", "ES", "PL"], weights=[10, 2, 2, 1, 1])[0]
    if kind == "NL":
        bban = r.choice(NL_BANKS) + "0" + "".join(str(r.randint(0, 9)) for _ in range(9))
    elif kind == "BE":
        base = r.randint(10**9, 10**10 - 1)
        chk = base % 97 or 97
        bban = f"{base:010d}{chk:02d}"
    elif kind == "DE":
        bban = "".join(str(r.randint(0, 9)) for _ in range(18))
    elif kind == "ES":
        bban = "".join(str(r.randint(0, 9)) for _ in range(20))
    else:
        bban = "".join(str(r.randint(0, 9)) for _ in range(24))
    full = kind + _iban_check(kind, bban) + bban
    style = r.randint(0, 4)
    if style <= 1:
        out = " ".join(full[i : i + 4] for i in range(0, len(full), 4))
    elif style == 2:
        out = full
    elif style == 3:
        out = full.lower()
    else:
        out = " ".join(full[i : i + 4] for i in range(0, len(full), 4)).lower()
    assert iban_valid(out), out
    return out


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def mobile(r: random.Random) -> str:
    """A Dutch mobile number in one of many spellings."""
    n = str(r.randint(1, 9)) + _digits(r, 7)
    forms = [
        f"06-{n}",
        f"06 {n[:4]} {n[4:]}",
        f"06{n}",
        f"+31 6 {n[:4]} {n[4:]}",
        f"+31(0)6 {n}",
        f"+31 (0)6-{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
        f"0031 6 {n}",
        f"(06) {n[:3]} {n[3:5]} {n[5:]}",
        f"06 - {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
        f"+316{n}",
        f"06.{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}",
    ]
    return r.choice(forms)


def landline(r: random.Random) -> str:
    """A Dutch landline number with a two- or three-digit area code."""
    if r.random() < 0.5:
        area = r.choice(["010", "020", "024", "026", "030", "033", "035", "038", "040", "043", "045", "050", "053"])
        n = str(r.randint(2, 9)) + _digits(r, 6)
        forms = [f"{area}-{n}", f"{area} {n[:3]} {n[3:5]} {n[5:]}", f"+31 {area[1:]} {n}", f"({area}) {n}"]
    else:
        area = r.choice(["0118", "0172", "0226", "0294", "0313", "0343", "0418", "0475", "0513", "0546", "0597"])
        n = str(r.randint(2, 9)) + _digits(r, 5)
        forms = [f"{area}-{n}", f"{area} {n[:2]} {n[2:4]} {n[4:]}", f"+31 {area[1:]} {n}", f"0031 {area[1:]} {n}"]
    return r.choice(forms)


def foreign_phone(r: random.Random) -> str:
    """A foreign number written with + or 00."""
    kind = r.randint(0, 6)
    if kind == 0:
        return f"+32 4{r.randint(60, 99)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}"
    if kind == 1:
        return f"+49 15{r.randint(1, 9)} {_digits(r, 8)}"
    if kind == 2:
        return f"00212 6{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)}"
    if kind == 3:
        return f"+90 5{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}"
    if kind == 4:
        return f"+597 8{_digits(r, 2)}-{_digits(r, 4)}"
    if kind == 5:
        return f"0048 5{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)}"
    return f"+380 6{_digits(r, 1)} {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}"


def phone(r: random.Random) -> str:
    """Any phone number: mostly mobile, some landline, a few foreign."""
    x = r.random()
    if x < 0.6:
        return mobile(r)
    if x < 0.88:
        return landline(r)
    return foreign_phone(r)


def postcode(r: random.Random) -> str:
    """A Dutch postcode in one of the written variants."""
    num = r.randint(1011, 9999)
    let = "".join(r.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
    if let in ("SS", "SD", "SA"):
        let = "RT"
    forms = [f"{num} {let}", f"{num} {let}", f"{num}{let}", f"{num} {let.lower()}", f"{num}-{let.lower()}"]
    return r.choice(forms)


def plate(r: random.Random) -> str:
    """A Dutch licence plate in one of sidecodes 1-14, with or without dashes, sometimes lower case."""

    def letters(n: int) -> str:
        return "".join(r.choice(PLATE_LETTERS) for _ in range(n))

    def nums(n: int) -> str:
        return _digits(r, n)

    codes = [
        lambda: [letters(2), nums(2), nums(2)],
        lambda: [nums(2), nums(2), letters(2)],
        lambda: [nums(2), letters(2), nums(2)],
        lambda: [letters(2), nums(2), letters(2)],
        lambda: [letters(2), letters(2), nums(2)],
        lambda: [nums(2), letters(2), letters(2)],
        lambda: [nums(2), letters(3), nums(1)],
        lambda: [nums(1), letters(3), nums(2)],
        lambda: [letters(2), nums(3), letters(1)],
        lambda: [letters(1), nums(3), letters(2)],
        lambda: [letters(3), nums(2), letters(1)],
        lambda: [letters(1), nums(2), letters(3)],
        lambda: [nums(1), letters(2), nums(3)],
        lambda: [nums(3), letters(2), nums(1)],
    ]
    parts = r.choice(codes)()
    x = r.random()
    if x < 0.7:
        out = "-".join(parts)
    elif x < 0.85:
        out = "".join(parts)
    else:
        out = " ".join(parts)
    return out.lower() if r.random() < 0.1 else out


def case_number(r: random.Random) -> str:
    """A municipal case number in one of many formats (prefixes, years, slashes, dots, letters, lower case)."""
    y = r.randint(2021, 2026)
    yy = y % 100
    forms = [
        lambda: f"Z-{y}-{_digits(r, 5)}",
        lambda: f"ZK{yy}-{_digits(r, 6)}",
        lambda: f"BZ/{y}/{_digits(r, 4)}",
        lambda: f"WMO-{y}-{_digits(r, 4)}",
        lambda: f"PW/{yy}/{_digits(r, 5)}",
        lambda: f"INT-{_digits(r, 4)}-{r.choice('KLMRT')}",
        lambda: f"{y}.{_digits(r, 3)}.{_digits(r, 3)}",
        lambda: f"z{y}-{_digits(r, 6)}",
        lambda: f"UIT-{yy}-{_digits(r, 5)}",
        lambda: f"{yy}/{r.choice(['BB', 'SD', 'VTH', 'JZ'])}/{_digits(r, 4)}",
        lambda: f"{y}-{_digits(r, 7)}",
        lambda: f"REF-{r.choice(['HDB', 'MPL', 'TLB', 'VND'])}-{_digits(r, 5)}",
        lambda: f"{y}/{_digits(r, 5)}",
        lambda: f"JZ-{yy}.{_digits(r, 4)}",
        lambda: f"BZW{yy}{_digits(r, 5)}",
        lambda: f"SD.{yy}.{_digits(r, 5)}",
        lambda: f"VTH-{yy}-{_digits(r, 5)}",
        lambda: f"OV {y}.{_digits(r, 4)}",
        lambda: f"{_digits(r, 2)}-{_digits(r, 6)}-{r.choice('ABCDX')}",
        lambda: f"wmo/{yy}/{_digits(r, 4)}",
        lambda: f"D{y}{_digits(r, 4)}",
        lambda: f"KL-{_digits(r, 3)}-{_digits(r, 3)}-{yy}",
        lambda: f"INT{y}.{_digits(r, 3)}",
        lambda: f"BB{yy}/{_digits(r, 3)}.{_digits(r, 2)}",
    ]
    return r.choice(forms)()


def dob_parts(r: random.Random) -> tuple[int, int, int]:
    """Day, month and year of a birth date between 1936 and 2008."""
    return r.randint(1, 28), r.randint(1, 12), r.randint(1936, 2008)


def dob_text(r: random.Random, d: int, m: int, y: int, style: int | None = None) -> str:
    """The birth date written in one of many styles (the ``style`` index picks one)."""
    forms = [
        f"{d:02d}-{m:02d}-{y}",
        f"{d}-{m}-{y}",
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d} {MONTH_ABBR[m - 1]} {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}/{m:02d}/{y % 100:02d}",
        f"{d}.{m}.{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d}/{m}/{y}",
        f"{d} {MONTHS[m - 1][:3].capitalize()} {y}",
        f"{d:02d}{m:02d}{y}",
    ]
    if style is None:
        style = r.randrange(len(forms))
    return forms[style]


def ordinary_date(r: random.Random, year: int | None = None) -> str:
    """A non-personal date (meeting, letter, deadline) in 2025 or 2026, written out."""
    y = year or r.choice([2025, 2026])
    return f"{r.randint(1, 28)} {MONTHS[r.randint(0, 11)]} {y}"


def numeric_date(r: random.Random) -> str:
    """A non-personal numeric date in 2025 or 2026."""
    return f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{r.choice([2025, 2026])}"
