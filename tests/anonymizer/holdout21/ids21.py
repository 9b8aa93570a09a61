"""Identifiers for holdout21: BSN (eleven-test), IBAN (mod-97), phones, postcodes, plates, case numbers, dates.

Standard library only; every function takes the document's own ``random.Random``.
"""

from __future__ import annotations

import string

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
MON3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
DAYWORDS = [
    "een",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
    "twintig",
    "eenentwintig",
    "tweeëntwintig",
    "drieëntwintig",
    "vierentwintig",
    "vijfentwintig",
    "zesentwintig",
    "zevenentwintig",
    "achtentwintig",
]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def bsn(r) -> str:
    while True:
        d = [r.randint(1 if i == 0 else 0, 9) for i in range(8)]
        s = sum(x * (9 - i) for i, x in enumerate(d))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d + [last]))


def bsn_ok(t: str) -> bool:
    d = [int(c) for c in t if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def bsn_spell(r, b: str) -> str:
    return r.choice(
        [
            b,
            b,
            f"{b[:4]}.{b[4:6]}.{b[6:]}",
            f"{b[:3]} {b[3:6]} {b[6:]}",
            f"{b[:3]}-{b[3:6]}-{b[6:]}",
            f"{b[:2]} {b[2:4]} {b[4:6]} {b[6:]}",
            f"{b[:3]}.{b[3:6]}.{b[6:]}",
        ]
    )


IBAN_SPEC = {  # country: (length of BBAN spec string) n digit, a letter, c alnum
    "NL": "aaaannnnnnnnnn",
    "BE": "nnnnnnnnnnnn",
    "DE": "nnnnnnnnnnnnnnnnnn",
    "FR": "nnnnnnnnnncccccccccccnn",
    "ES": "nnnnnnnnnnnnnnnnnnnn",
    "IT": "annnnnnnnnnccccccccccccc",
    "PT": "nnnnnnnnnnnnnnnnnnnnn",
    "PL": "nnnnnnnnnnnnnnnnnnnnnnnn",
    "TR": "nnnnnncccccccccccccccc",
    "RO": "aaaacccccccccccccccc",
    "BG": "aaaannnnnncccccccc",
    "LT": "nnnnnnnnnnnnnnnn",
    "AT": "nnnnnnnnnnnnnnnn",
    "GR": "nnnnnnnccccccccccccccccc",
    "HR": "nnnnnnnnnnnnnnnnn",
    "UA": "nnnnnncccccccccccccccccccc",
    "GE": "aannnnnnnnnnnnnnnn",
    "IE": "aaaannnnnnnnnnnnnn",
    "LU": "nnnccccccccccccc",
    "CZ": "nnnnnnnnnnnnnnnnnnnn",
    "SE": "nnnnnnnnnnnnnnnnnnnn",
    "HU": "nnnnnnnnnnnnnnnnnnnnnnnn",
}
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "REVO", "NNBA"]


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_ok(t: str) -> bool:
    s = t.replace(" ", "").replace("-", "").upper()
    return len(s) > 12 and s[:2].isalpha() and _mod97(s[4:] + s[:4]) == 1


def iban(r, country: str = "NL") -> str:
    spec = IBAN_SPEC[country]
    out = []
    for c in spec:
        if c == "n":
            out.append(r.choice(string.digits))
        elif c == "a":
            out.append(r.choice(string.ascii_uppercase))
        else:
            out.append(r.choice(string.digits + string.ascii_uppercase))
    bban = "".join(out)
    if country == "NL":
        bban = r.choice(NL_BANKS) + bban[4:]
    check = 98 - _mod97(bban + country + "00")
    return f"{country}{check:02d}{bban}"


def iban_spell(r, i: str) -> str:
    g = " ".join(i[k : k + 4] for k in range(0, len(i), 4))
    return r.choice([g, g, i, g.lower(), "-".join(i[k : k + 4] for k in range(0, len(i), 4)), f"{i[:4]} {i[4:]}"])


def mobile(r) -> str:
    n = "6" + "".join(r.choice(string.digits) for _ in range(8))
    a, b = n[1:], n
    return r.choice(
        [
            f"0{b}",
            f"06-{a}",
            f"06 {a[:4]} {a[4:]}",
            f"06 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
            f"+31 6 {a}",
            f"+31 (0)6 {a[:4]} {a[4:]}",
            f"+316{a}",
            f"0031 6 {a}",
            f"06.{a[:2]}.{a[2:4]}.{a[4:6]}.{a[6:]}",
            f"(06) {a[:4]}-{a[4:]}",
            f"06/{a}",
            f"+31-6-{a[:4]}-{a[4:]}",
        ]
    )


AREAS = [
    "010",
    "020",
    "023",
    "024",
    "026",
    "030",
    "033",
    "035",
    "038",
    "040",
    "043",
    "045",
    "046",
    "050",
    "053",
    "055",
    "058",
    "070",
    "071",
    "072",
    "073",
    "074",
    "075",
    "076",
    "077",
    "078",
    "079",
    "0113",
    "0168",
    "0222",
    "0228",
    "0251",
    "0294",
    "0314",
    "0320",
    "0341",
    "0413",
    "0478",
    "0511",
    "0522",
    "0544",
    "0566",
    "0592",
]


def landline(r) -> str:
    a = r.choice(AREAS)
    rest = "".join(r.choice("123456789") if i == 0 else r.choice(string.digits) for i in range(10 - len(a)))
    return r.choice(
        [
            f"{a}-{rest}",
            f"{a} {rest}",
            f"({a}) {rest}",
            f"+31 {a[1:]} {rest}",
            f"{a}{rest}",
            f"{a} {rest[:3]} {rest[3:]}",
            f"0031 {a[1:]} {rest}",
        ]
    )


FOREIGN = [
    ("+32", 9),
    ("+49", 11),
    ("+90", 10),
    ("+48", 9),
    ("+380", 9),
    ("+963", 9),
    ("+291", 7),
    ("+93", 9),
    ("+98", 10),
    ("+967", 9),
    ("+964", 10),
    ("+995", 9),
    ("+44", 10),
    ("+212", 9),
    ("+597", 7),
    ("+599", 7),
    ("+62", 10),
    ("+251", 9),
    ("+252", 8),
    ("+233", 9),
    ("+234", 10),
    ("+243", 9),
    ("+40", 9),
    ("+359", 9),
    ("+30", 10),
    ("+39", 10),
    ("+34", 9),
    ("+351", 9),
    ("+55", 11),
    ("+7", 10),
]


def foreign(r) -> str:
    cc, n = r.choice(FOREIGN)
    digits = "".join(r.choice("123456789") if i == 0 else r.choice(string.digits) for i in range(n))
    cc = r.choice([cc, cc, "00" + cc[1:]])
    return r.choice([f"{cc} {digits}", f"{cc} {digits[:3]} {digits[3:6]} {digits[6:]}", f"{cc}{digits}"])


def phone(r) -> str:
    x = r.random()
    return mobile(r) if x < 0.6 else landline(r) if x < 0.85 else foreign(r)


PC_LETTERS = "ABCDEGHJKLMNPRTVWXZ"


def postcode(r) -> str:
    n = r.randint(1011, 9999)
    le = r.choice(PC_LETTERS) + r.choice(PC_LETTERS)
    while le in ("SA", "SD", "SS"):
        le = r.choice(PC_LETTERS) + r.choice(PC_LETTERS)
    return r.choice([f"{n} {le}", f"{n} {le}", f"{n}{le}", f"{n} {le.lower()}", f"{n}{le.lower()}", f"{n}  {le}"])


PLATE_L = "BDFGHJKLNPRSTVXZ"
SIDECODES = [
    "LL-99-99",
    "99-99-LL",
    "99-LL-99",
    "LL-99-LL",
    "LL-LL-99",
    "99-LL-LL",
    "99-LLL-9",
    "9-LLL-99",
    "LL-999-L",
    "L-999-LL",
    "LLL-99-L",
    "L-99-LLL",
    "9-LL-999",
    "999-LL-9",
]


def plate(r) -> str:
    code = r.choice(SIDECODES)
    s = "".join(r.choice(PLATE_L) if c == "L" else r.choice("0123456789") if c == "9" else c for c in code)
    return r.choice([s, s, s, s.replace("-", ""), s.replace("-", " "), s.lower()])


def _d(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


CASE_FORMATS = [
    lambda r: f"JL-26-{_d(r, 5)}",
    lambda r: f"AWB 26/{_d(r, 4)}",
    lambda r: f"ERF-2026-{_d(r, 4)}",
    lambda r: f"MED/26/{_d(r, 4)}",
    lambda r: f"INB-26-{_d(r, 5)}",
    lambda r: f"PIP.2026.{_d(r, 4)}",
    lambda r: f"NRS-26/{_d(r, 4)}",
    lambda r: f"TLK-26{_d(r, 4)}-{_d(r, 1)}",
    lambda r: f"CHT-26-{_d(r, 5)}",
    lambda r: f"TCK#26-{_d(r, 5)}",
    lambda r: f"KTO2026-{_d(r, 4)}",
    lambda r: f"DIG/26/{_d(r, 5)}",
    lambda r: f"VC-2026-{_d(r, 4)}-{r.choice('ABCDEFGH')}",
    lambda r: f"HLP26.{_d(r, 5)}",
    lambda r: f"WEB-26-{_d(r, 4)}-{r.choice('KRXZ')}",
    lambda r: f"ONL/2026/{_d(r, 4)}",
    lambda r: f"REP-26.{_d(r, 4)}",
    lambda r: f"DOC-2026-{r.randint(1, 12):02d}-{_d(r, 3)}",
    lambda r: f"VSO-26-{_d(r, 4)}",
    lambda r: f"OPP/26/{_d(r, 4)}",
    lambda r: f"IDW-2026-{_d(r, 3)}",
    lambda r: f"STH-26-{_d(r, 4)}",
    lambda r: f"GEZ/2026/{_d(r, 4)}-{r.choice('HKMT')}",
    lambda r: f"K26/AFS/{_d(r, 4)}",
    lambda r: f"SHV {r.randint(10, 99)}/{_d(r, 6)}",
    lambda r: f"TOEV-{_d(r, 1)}{r.choice('ABCDEFGHJ')}{_d(r, 6)}",
]


def case_number(r) -> str:
    return r.choice(CASE_FORMATS)(r)


def dob_parts(r, y0=1938, y1=2008):
    return r.randint(1, 28), r.randint(1, 12), r.randint(y0, y1)


def date_style(r, d, m, y, styles=None) -> str:
    import datetime

    wd = WEEKDAYS[datetime.date(y, m, d).weekday()]
    forms = [
        f"{d:02d}-{m:02d}-{y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d} {MON3[m - 1]}. {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d}-{m}-'{str(y)[2:]}",
        f"{d} {MONTHS[m - 1].upper()} {y}",
        f"{DAYWORDS[d - 1]} {MONTHS[m - 1]} {y}",
        f"{d}e {MONTHS[m - 1]} {y}",
        f"{y}{m:02d}{d:02d}",
        f"{d:02d}{m:02d}{y}",
        f"{EN_MONTHS[m - 1]} {d}, {y}",
        f"{d}/{m}/{str(y)[2:]}",
        f"{d}-{MON3[m - 1]}-{y}",
        f"{wd} {d} {MONTHS[m - 1]} {y}",
        f"{d} {MON3[m - 1].capitalize()} {y}",
        f"{d}-{ROMAN[m - 1]}-{y}",
        f"{d} {MONTHS[m - 1]} '{str(y)[2:]}",
        f"{d}.{m}.{y}",
    ]
    return forms[r.choice(styles)] if styles else r.choice(forms)


def ordinary_date(r, year=2026) -> str:
    d, m = r.randint(1, 28), r.randint(1, 12)
    return r.choice(
        [
            f"{d} {MONTHS[m - 1]} {year}",
            f"{d:02d}-{m:02d}-{year}",
            f"{d} {MONTHS[m - 1]}",
            f"{d}-{m}-{year}",
            f"{WEEKDAYS[r.randint(0, 4)]} {d} {MONTHS[m - 1]}",
            f"{year}-{m:02d}-{d:02d}",
        ]
    )
