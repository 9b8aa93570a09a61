"""Identifiers, dates and amounts for the fresh12d corpus, in spellings of the corpus's own choosing."""

from __future__ import annotations

import random
import unicodedata

from fresh12d_names import BANKS, MAIL_DOMAINS, MONTHS, MONTHS_SHORT

PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
SIDECODES = [
    "XX-99-99",
    "99-99-XX",
    "99-XX-99",
    "XX-99-XX",
    "XX-XX-99",
    "99-XX-XX",
    "99-XXX-9",
    "9-XXX-99",
    "XX-999-X",
    "X-999-XX",
    "XXX-99-X",
    "X-99-XXX",
    "9-XX-999",
    "999-XX-9",
]


def bsn_valid(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_valid(s: str) -> bool:
    t = "".join(s.split()).upper()
    t = t[4:] + t[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def _iban(cc: str, bban: str) -> str:
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{cc}{98 - n % 97:02d}{bban}"


def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(d[i] * (9 - i) for i in range(8)) % 11
        if last < 10:
            s = "".join(map(str, d + [last]))
            break
    style = r.randrange(5)
    if style == 1:
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if style == 2:
        return f"{s[:3]}.{s[3:6]}.{s[6:]}"
    if style == 3:
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    if style == 4:
        return f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}"
    return s


def iban(r: random.Random, informal: bool = False) -> str:
    kind = r.random()
    if kind < 0.8:
        s = _iban("NL", r.choice(BANKS) + "".join(str(r.randint(0, 9)) for _ in range(10)))
    elif kind < 0.9:
        s = _iban("BE", "".join(str(r.randint(0, 9)) for _ in range(12)))
    else:
        s = _iban("DE", "".join(str(r.randint(0, 9)) for _ in range(18)))
    style = r.randrange(3)
    if style == 0:
        s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    if informal and r.random() < 0.5:
        s = s.lower()
    return s


def phone(r: random.Random, kind: str = "any") -> tuple[str, str | None]:
    """A phone number and, for a foreign one, its country code."""

    def dg(n: int) -> str:
        return "".join(str(r.randint(0, 9)) for _ in range(n))

    if kind == "any":
        kind = r.choices(["mobile", "land", "foreign"], [5, 3, 2])[0]
    if kind == "mobile":
        n = str(r.randint(1, 9)) + dg(7)
        style = r.randrange(7)
        return [
            f"06-{n}",
            f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
            f"06 {n[:4]} {n[4:]}",
            f"+31 6 {n}",
            f"+31 (0)6 {n[:4]} {n[4:]}",
            f"0031 6 {n[:4]} {n[4:]}",
            f"06.{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}",
        ][style], None
    if kind == "land":
        area = r.choice(
            [
                "010",
                "020",
                "030",
                "040",
                "050",
                "070",
                "024",
                "026",
                "038",
                "043",
                "053",
                "058",
                "0591",
                "0475",
                "0513",
                "0229",
                "0318",
                "0546",
            ]
        )
        rest = str(r.randint(2, 9)) + dg(9 - len(area) + 1 - 1)
        rest = rest[: 10 - len(area)]
        style = r.randrange(4)
        if style == 0:
            return f"{area}-{rest}", None
        if style == 1:
            return f"({area}) {rest[:3]} {rest[3:]}", None
        if style == 2:
            return f"+31 {area[1:]} {rest}", None
        return f"{area} - {rest[:3]} {rest[3:]}", None
    code = r.choice(["+32", "+49", "+90", "+212", "+597", "+599", "+44", "+48", "+40", "+380", "+233", "+351"])
    body = {
        "+32": lambda: f"4{dg(2)} {dg(2)} {dg(2)} {dg(2)}",
        "+49": lambda: f"15{dg(1)} {dg(4)} {dg(4)}",
        "+90": lambda: f"5{dg(2)} {dg(3)} {dg(2)} {dg(2)}",
        "+212": lambda: f"6 {dg(2)} {dg(2)} {dg(2)} {dg(2)}",
        "+597": lambda: f"8{dg(2)}-{dg(4)}",
        "+599": lambda: f"9 {dg(3)} {dg(4)}",
        "+44": lambda: f"7{dg(3)} {dg(6)}",
        "+48": lambda: f"{r.choice('5678')}{dg(2)} {dg(3)} {dg(3)}",
        "+40": lambda: f"7{dg(2)} {dg(3)} {dg(3)}",
        "+380": lambda: f"{r.choice(['50', '67', '93'])} {dg(3)} {dg(4)}",
        "+233": lambda: f"{r.choice(['24', '54', '20'])} {dg(3)} {dg(4)}",
        "+351": lambda: f"9{dg(2)} {dg(3)} {dg(3)}",
    }[code]()
    if r.random() < 0.25:
        return f"00{code[1:]} {body}", code
    return f"{code} {body}", code


def postcode(r: random.Random, informal: bool = False) -> str:
    n = r.randint(1000, 9999)
    while True:
        le = r.choice("ABCDEFGHJKLMNPRTVWXZ") + r.choice("ABCDEFGHJKLMNPRSTVWXZ")
        if le not in ("SA", "SD", "SS"):
            break
    style = r.randrange(3)
    s = f"{n} {le}" if style == 0 else f"{n}{le}" if style == 1 else f"{n} {le}"
    if informal and r.random() < 0.6:
        s = s.lower()
    return s


def plate(r: random.Random, informal: bool = False) -> str:
    code = r.choice(SIDECODES)
    s = "".join(r.choice(PLATE_LETTERS) if c == "X" else str(r.randint(0, 9)) if c == "9" else c for c in code)
    if r.random() < 0.2:
        s = s.replace("-", "")
    if informal and r.random() < 0.5:
        s = s.lower()
    return s


CASE_FORMS = [
    ("zaaknummer", lambda r, dg: f"Z/{r.choice(['25', '26'])}/{dg(6)}"),
    ("kenmerk", lambda r, dg: f"2026-{r.choice(['WI', 'VG', 'BZ', 'SD', 'HH'])}-{dg(5)}"),
    ("ons kenmerk", lambda r, dg: f"U{r.choice(['25', '26'])}.{dg(5)}"),
    ("dossiernummer", lambda r, dg: f"D-{dg(3)}.{dg(3)}"),
    ("registratienummer", lambda r, dg: f"VTA{r.choice(['25', '26'])}-{dg(4)}"),
    ("uw kenmerk", lambda r, dg: f"{r.choice(['25', '26'])}/HH/{dg(4)}"),
    ("klachtnummer", lambda r, dg: f"KL-2026-{dg(3)}"),
    ("zaak", lambda r, dg: f"Z2026-{dg(6)}"),
    ("besluitnummer", lambda r, dg: f"B.{r.choice(['25', '26'])}.{dg(5)}"),
    ("aanvraagnummer", lambda r, dg: f"AV/{dg(4)}/{r.choice(['WMO', 'PW', 'JW'])}"),
]


def case(r: random.Random) -> tuple[str, str]:
    def dg(n: int) -> str:
        return "".join(str(r.randint(0, 9)) for _ in range(n))

    cue, f = r.choice(CASE_FORMS)
    return cue, f(r, dg)


def dob(r: random.Random, young: bool = False) -> str:
    y = r.randint(2006, 2021) if young else r.randint(1931, 1999)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    style = r.randrange(8)
    return [
        f"{d:02d}-{m:02d}-{y}",
        f"{d}-{m}-{y}",
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d} {MONTHS_SHORT[m - 1]} {y}",
        f"{d:02d}-{m:02d}-{y}",
    ][style]


def date(r: random.Random) -> str:
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    style = r.randrange(5)
    days = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
    return [
        f"{d} {MONTHS[m - 1]} 2026",
        f"{d} {MONTHS[m - 1]}",
        f"{r.choice(days)} {d} {MONTHS[m - 1]}",
        f"{d:02d}-{m:02d}-2026",
        f"{d} {MONTHS[m - 1]} 2025",
    ][style]


def amount(r: random.Random) -> str:
    v = r.choice([r.randint(12, 400), r.randint(400, 9000)])
    c = r.randint(0, 99)
    style = r.randrange(5)
    whole = f"{v:,}".replace(",", ".")
    return [f"€ {whole},{c:02d}", f"EUR {v},{c:02d}", f"{v} euro", f"€ {whole},-", f"€{v}"][style]


FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "'": "", " ": ""})


def fold(s: str) -> str:
    s = s.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def email(r: random.Random, first: str, surname: str, town: str | None = None) -> str:
    f = fold(first.replace("-", "").split()[0])
    s = fold(surname.replace("-", ""))
    if town:
        dom = fold(town).replace("-", "") + ".nl"
        return r.choice([f"{f[0]}.{s}@{dom}", f"{f}.{s}@{dom}", f"{s}.{f[0]}@{dom}"])
    yy = r.randint(60, 99)
    local = r.choice(
        [f"{f}.{s}", f"{f[0]}.{s}{yy}", f"{s}{yy}", f"{f}_{s}", f"{f}{s}{r.randint(1, 99)}", f"fam.{s}", f"{f}{yy}.{s}"]
    )
    return f"{local}@{r.choice(MAIL_DOMAINS)}"
