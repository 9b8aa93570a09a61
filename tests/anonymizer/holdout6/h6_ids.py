"""Identifier generators of the holdout6 corpus: valid BSN (eleven-test) and IBAN (mod-97), phones, plates
in all Dutch sidecodes, postcodes, case numbers and dates, each in several spellings."""

import random

from h6_pools import MONTHS, MONTHS_SHORT, WEEKDAYS

PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


def bsn_digits(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(w * x for w, x in zip(range(9, 1, -1), d, strict=True))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d + [last]))


def is_bsn(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum(w * x for w, x in zip(range(9, 1, -1), d[:8], strict=True)) - d[8]) % 11 == 0


def bsn(r: random.Random) -> str:
    d = bsn_digits(r)
    return r.choice([d, d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}"])


def _iban_check(country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(num) % 97:02d}"


def is_iban(s: str) -> bool:
    s = s.replace(" ", "").replace(".", "").upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def iban(r: random.Random) -> str:
    kind = r.random()
    if kind < 0.82:
        bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "KNAB", "BUNQ", "RBRB", "TRIO"])
        bban = bank + "".join(str(r.randint(0, 9)) for _ in range(10))
        country = "NL"
    elif kind < 0.92:
        bban = "".join(str(r.randint(0, 9)) for _ in range(12))
        country = "BE"
    else:
        bban = "".join(str(r.randint(0, 9)) for _ in range(18))
        country = "DE"
    full = country + _iban_check(country, bban) + bban
    style = r.random()
    if style < 0.4:
        return " ".join(full[i : i + 4] for i in range(0, len(full), 4))
    if style < 0.8:
        return full
    if style < 0.9:
        return full.lower()
    return full[:4] + "." + ".".join(full[i : i + 4] for i in range(4, len(full), 4))


def phone(r: random.Random) -> str:
    m = "".join(str(r.randint(0, 9)) for _ in range(8))
    area = r.choice(
        [
            "038",
            "055",
            "053",
            "058",
            "0592",
            "0475",
            "077",
            "013",
            "076",
            "0182",
            "0172",
            "0299",
            "023",
            "0320",
            "0223",
            "0118",
            "045",
            "024",
            "0314",
            "0591",
            "0515",
            "0575",
            "0348",
            "010",
        ]
    )
    rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
    return r.choice(
        [
            f"06-{m}",
            f"06 {m[:4]} {m[4:]}",
            f"(06) {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
            f"+31 6 {m[:4]} {m[4:]}",
            f"0031 6 {m}",
            f"+316{m}",
            f"06.{m[:2]}.{m[2:4]}.{m[4:6]}.{m[6:]}",
            f"06{m}",
            f"{area}-{rest}",
            f"({area}) {rest[:3]} {rest[3:]}",
            f"{area} {rest}",
            f"+31 {area[1:]} {rest}",
            f"{area}.{rest[:3]}.{rest[3:]}",
            f"0031-{area[1:]}-{rest}",
        ]
    )


def foreign_phone(r: random.Random) -> str:
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    return r.choice(
        [
            f"+32 47{d(1)} {d(2)} {d(2)} {d(2)}",
            f"0032 4{d(2)} {d(6)}",
            f"+49 151 {d(8)}",
            f"0049-170-{d(7)}",
            f"+90 53{d(1)} {d(3)} {d(2)} {d(2)}",
            f"00 90 542 {d(7)}",
            f"+212 6{d(2)}-{d(6)}",
            f"00212 661 {d(6)}",
            f"+48 60{d(1)} {d(3)} {d(3)}",
            f"+40 72{d(1)} {d(3)} {d(3)}",
            f"+380 (67) {d(3)}-{d(2)}-{d(2)}",
            f"+44 7700 {d(6)}",
            f"00597 8{d(6)}",
            f"+599 9 {d(3)} {d(4)}",
            f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+963 9{d(2)} {d(3)} {d(3)}",
            f"+251 91 {d(3)} {d(4)}",
            f"(+351) 91{d(1)} {d(3)} {d(3)}",
        ]
    )


def plate(r: random.Random) -> str:
    L = lambda n: "".join(r.choice(PLATE_LETTERS) for _ in range(n))  # noqa: E731
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    side = r.randint(1, 14)
    parts = {
        1: [L(2), D(2), D(2)],
        2: [D(2), D(2), L(2)],
        3: [D(2), L(2), D(2)],
        4: [L(2), D(2), L(2)],
        5: [L(2), L(2), D(2)],
        6: [D(2), L(2), L(2)],
        7: [D(2), L(3), D(1)],
        8: [D(1), L(3), D(2)],
        9: [L(2), D(3), L(1)],
        10: [L(1), D(3), L(2)],
        11: [L(3), D(2), L(1)],
        12: [L(1), D(2), L(3)],
        13: [D(1), L(2), D(3)],
        14: [D(3), L(2), D(1)],
    }[side]
    style = r.random()
    if style < 0.7:
        return "-".join(parts)
    if style < 0.85:
        return "".join(parts)
    return "-".join(parts).lower() if style < 0.93 else " ".join(parts)


def postcode(r: random.Random) -> str:
    n = r.randint(1011, 9999)
    ll = "".join(r.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
    return r.choice([f"{n} {ll}", f"{n}{ll}", f"{n} {ll.lower()}", f"{n}{ll.lower()}", f"{n}  {ll}", f"{n}-{ll}"])


def case_number(r: random.Random) -> str:
    y = r.choice(["23", "24", "25", "26"])
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    return r.choice(
        [
            f"Z/{y}/{D(6)}",
            f"Z-20{y}-{D(5)}",
            f"ZK{y}.{D(4)}",
            f"20{y}-BZ-{D(4)}",
            f"BZW {y}/{D(4)}",
            f"OLO{D(7)}",
            f"DOC-20{y}-{D(6)}",
            f"{y}.{D(3)}.{D(3)}",
            f"WMO-20{y}-{D(4)}",
            f"INT/20{y}/{D(5)}",
            f"U{y}.{D(5)}",
            f"20{y}.{D(5)}.BEZ",
            f"SHV-{D(6)}",
            f"HZ{y}-{D(4)}-K",
            f"{D(2)}/{D(4)}/Bz",
            f"PV 20{y}{D(6)}",
            f"JZ-{y}-{D(5)}",
            f"#{D(6)}",
            f"RvO {y}-{D(3)}",
        ]
    )


def dob(r: random.Random) -> str:
    y, m, d = r.randint(1931, 2008), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d} {MONTHS_SHORT[m - 1]} {y}",
            f"{d} {MONTHS[m - 1]} '{y % 100:02d}",
            f"{d}-{m:02d}-'{y % 100:02d}",
        ]
    )


def ordinary_date(r: random.Random) -> str:
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{r.choice(WEEKDAYS)} {d} {MONTHS[m - 1]}",
            f"{d} {MONTHS[m - 1]}",
            f"{d} {MONTHS[m - 1]} 2025",
            f"{d:02d}-{m:02d}-2026",
            f"{r.choice(WEEKDAYS)} {d:02d}-{m:02d}",
            f"1 {MONTHS[m - 1]}",
        ]
    )


def amount(r: random.Random) -> str:
    return r.choice(
        [
            f"€ {r.randint(40, 990)},-",
            f"{r.randint(1, 9)}.{r.randint(100, 999)} euro",
            f"€{r.randint(12, 480)},{r.randint(10, 99)}",
            f"{r.randint(60, 900)} euro",
        ]
    )


def house_number(r: random.Random) -> str:
    n = r.randint(1, 212)
    return r.choice([str(n), str(n), str(n), f"{n}A", f"{n}b", f"{n}-II", f"{n}-1", f"{n}bis", f"{n}C"])
