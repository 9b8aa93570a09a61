"""Identifier generators for holdout4 (valid check digits, many spellings). Stdlib only."""

from __future__ import annotations

import random
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
MONTHS_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAY_WORDS = {
    1: "een",
    2: "twee",
    3: "drie",
    4: "vier",
    5: "vijf",
    6: "zes",
    7: "zeven",
    8: "acht",
    9: "negen",
    10: "tien",
    11: "elf",
    12: "twaalf",
    13: "dertien",
    14: "veertien",
    15: "vijftien",
    16: "zestien",
    17: "zeventien",
    18: "achttien",
    19: "negentien",
    20: "twintig",
    21: "eenentwintig",
    22: "tweeëntwintig",
    23: "drieëntwintig",
    24: "vierentwintig",
    25: "vijfentwintig",
    26: "zesentwintig",
    27: "zevenentwintig",
    28: "achtentwintig",
}
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
WD_SHORT = ["ma", "di", "wo", "do", "vr", "za", "zo"]


def bsn(rng: random.Random) -> str:
    """A nine-digit number that passes the eleven-test (not starting with 0)."""
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d + [last]))


def bsn_spelled(rng: random.Random) -> str:
    b = bsn(rng)
    style = rng.randint(0, 4)
    if style == 0:
        return b
    if style == 1:
        return f"{b[:4]}.{b[4:6]}.{b[6:]}"
    if style == 2:
        return f"{b[:3]} {b[3:6]} {b[6:]}"
    if style == 3:
        return f"{b[:3]}.{b[3:6]}.{b[6:]}"
    return f"{b[:3]}-{b[3:6]}-{b[6:]}"


def _mod97(s: str) -> int:
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban(rng: random.Random) -> str:
    country = rng.choices(["NL", "BE", "DE"], weights=[8, 1, 1])[0]
    if country == "NL":
        bban = rng.choice(["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]) + "".join(
            rng.choice(string.digits) for _ in range(10)
        )
    elif country == "BE":
        bban = "".join(rng.choice(string.digits) for _ in range(12))
    else:
        bban = "".join(rng.choice(string.digits) for _ in range(18))
    check = 98 - _mod97(bban + country + "00")
    return f"{country}{check:02d}{bban}"


def iban_spelled(rng: random.Random) -> str:
    raw = iban(rng)
    style = rng.randint(0, 3)
    if style == 0:
        return raw
    spaced = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    if style == 1:
        return spaced
    if style == 2:
        return spaced.lower()
    return raw.lower()


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
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


def plate(rng: random.Random) -> str:
    code = rng.choice(SIDECODES)
    out = "".join(
        rng.choice(PLATE_LETTERS) if ch == "X" else str(rng.randint(1, 9)) if ch == "9" else ch for ch in code
    )
    r = rng.random()
    if r < 0.25:
        return out.replace("-", "")
    if r < 0.35:
        return out.lower()
    return out


def mobile(rng: random.Random) -> str:
    n = "".join(str(rng.randint(0, 9)) for _ in range(8))
    n = str(rng.randint(1, 9)) + n[1:]
    style = rng.randint(0, 8)
    return [
        f"06-{n}",
        f"06 {n[:4]} {n[4:]}",
        f"06{n}",
        f"+31 6 {n}",
        f"+31 (0)6 {n[:2]} {n[2:5]} {n[5:]}",
        f"0031 6 {n[:4]} {n[4:]}",
        f"+316{n}",
        f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
        f"06-{n[:2]} {n[2:5]} {n[5:]}",
    ][style]


AREA = [
    "020",
    "010",
    "030",
    "070",
    "040",
    "050",
    "024",
    "026",
    "043",
    "053",
    "058",
    "076",
    "0570",
    "0513",
    "0546",
    "0475",
    "0226",
    "0341",
    "0299",
    "0118",
]


def landline(rng: random.Random) -> str:
    a = rng.choice(AREA)
    n = "".join(str(rng.randint(0, 9)) for _ in range(10 - len(a)))
    n = str(rng.randint(2, 8)) + n[1:]
    style = rng.randint(0, 5)
    if style == 0:
        return f"{a}-{n}"
    if style == 1:
        return f"({a}) {n[:3]} {n[3:5]} {n[5:]}" if len(n) == 7 else f"({a}) {n[:2]} {n[2:4]} {n[4:]}"
    if style == 2:
        return f"{a} - {n}"
    if style == 3:
        return f"{a} {n}"
    if style == 4:
        return f"+31 {a[1:]} {n}"
    return f"{a}{n}"


def foreign(rng: random.Random) -> str:
    def d(k: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(k))

    return rng.choice(
        [
            f"0032 47{d(1)} {d(2)} {d(2)} {d(2)}",
            f"+32 4{d(2)} {d(3)} {d(3)}",
            f"0049 15{d(1)} {d(8)}",
            f"+49 (0)17{d(1)} {d(7)}",
            f"0090 53{d(1)} {d(3)} {d(2)} {d(2)}",
            f"+90 5{d(2)} {d(3)} {d(4)}",
            f"+212 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"00212 6{d(8)}",
            f"+597 8{d(2)} {d(4)}",
            f"00597 7{d(6)}",
            f"+48 5{d(2)} {d(3)} {d(3)}",
            f"+380 67 {d(3)} {d(2)} {d(2)}",
        ]
    )


def phone(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.55:
        return mobile(rng)
    if r < 0.8:
        return landline(rng)
    return foreign(rng)


def case_number(rng: random.Random) -> str:
    y = rng.choice([2024, 2025, 2026])
    yy = y % 100
    n = rng.randint(100, 99999)
    return rng.choice(
        [
            f"ZK-{y}-{n:06d}",
            f"Z/{yy}/{n:06d}",
            f"{yy}/{n % 10000:04d}",
            f"{y}.{n % 10000:04d}",
            f"#{rng.randint(10000, 99999)}",
            f"MED-{yy}-{n % 1000:03d}",
            f"{y}/{n:05d}/{rng.choice(['AB', 'KV', 'WZ', 'PR'])}",
            f"VTA-{y}-{n % 10000:04d}",
            f"BZ{yy}.{n:05d}",
            f"INT-{n:06d}",
            f"{rng.choice(['KL', 'BZW', 'WMO'])}{y}{n % 10000:04d}",
            f"D{yy}-{n % 100000:05d}",
        ]
    )


def dob_parts(rng: random.Random, young: bool = False) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(2009, 2021) if young else rng.randint(1938, 2007)


def dob(rng: random.Random, written_ok: bool = False, young: bool = False) -> str:
    d, m, y = dob_parts(rng, young)
    styles = [
        f"{d:02d}-{m:02d}-{y}",
        f"{d}-{m}-{y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d}.{m}.{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d} {MONTHS_SHORT[m - 1]} {y}",
        f"{d} {MONTHS_SHORT[m - 1]}. {y}" if MONTHS_SHORT[m - 1] != "mei" else f"{d} mei {y}",
        f"{d:02d}-{m:02d}-'{y % 100:02d}",
    ]
    if written_ok:
        styles.append(f"{DAY_WORDS[d]} {MONTHS[m - 1]} {y}")
    return rng.choice(styles)


def ordinary_date(rng: random.Random) -> str:
    """A date of an event (meeting, letter): never a birth date; year 2024-2026 or none."""
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    y = rng.choice([2024, 2025, 2026])
    return rng.choice(
        [
            f"{d} {MONTHS[m - 1]}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{WEEKDAYS[rng.randint(0, 6)]} {d} {MONTHS[m - 1]}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d}/{m}",
            f"{d} {MONTHS_SHORT[m - 1]}",
        ]
    )


def postcode(rng: random.Random) -> str:
    num = rng.randint(1011, 9999)
    let = rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
    style = rng.choices([0, 1, 2, 3], weights=[5, 3, 1, 1])[0]
    return [f"{num} {let}", f"{num}{let}", f"{num} {let.lower()}", f"{num}{let.lower()}"][style]


def housenumber(rng: random.Random) -> str:
    n = rng.randint(1, 240)
    style = rng.choices(range(9), weights=[10, 2, 2, 2, 2, 1, 1, 1, 1])[0]
    return [
        f"{n}",
        f"{n}-B",
        f"{n}a",
        f"{n} hs",
        f"{n} II",
        f"{n} rood",
        f"{n}-1",
        f"{n} bis",
        f"{n}-huis",
    ][style]
