"""Valid Dutch identifiers in the notations people really use (BSN eleven-test, IBAN mod-97, phones, plates, ...)."""

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
MONTHS_SHORT = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"


def bsn_valid(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(w * x for w, x in zip(range(9, 1, -1), d[:8], strict=True)) - d[8]) % 11 == 0


def bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum(w * x for w, x in zip(range(9, 1, -1), d, strict=True)) % 11
        if last <= 9:
            s = "".join(map(str, d + [last]))
            return rng.choice(
                [
                    s,
                    s,
                    s,
                    f"{s[:4]}.{s[4:6]}.{s[6:]}",
                    f"{s[:3]} {s[3:6]} {s[6:]}",
                    f"{s[:3]}.{s[3:6]}.{s[6:]}",
                    f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
                ]
            )


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_valid(s: str) -> bool:
    s = s.replace(" ", "").upper()
    return len(s) > 15 and _mod97(s[4:] + s[:4]) == 1


# Belgian bank codes in use (the first three digits of the account; python-stdnum's be/banks registry)
BE_BANKS = [
    "001",
    "050",
    "063",
    "068",
    "091",
    "096",
    "103",
    "143",
    "310",
    "340",
    "363",
    "377",
    "390",
    "430",
    "456",
    "523",
    "630",
    "645",
    "651",
    "701",
    "731",
    "733",
    "735",
    "737",
    "738",
    "750",
    "751",
    "776",
    "850",
    "891",
    "910",
    "930",
    "953",
    "973",
    "979",
]


def iban(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(["NL"] * 8 + ["BE", "DE"])
    if country == "NL":
        bban = rng.choice(
            ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "HAND", "NNBA", "REVO"]
        ) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    elif country == "BE":
        first = rng.choice(BE_BANKS) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        chk = int(first) % 97 or 97
        bban = f"{first}{chk:02d}"
    else:
        bban = "".join(str(rng.randint(0, 9)) for _ in range(18))
    check = 98 - _mod97(bban + country + "00")
    full = f"{country}{check:02d}{bban}"
    grouped = " ".join(full[i : i + 4] for i in range(0, len(full), 4))
    return rng.choice([grouped, grouped, full, grouped.lower(), full.lower() if rng.random() < 0.3 else grouped])


AREA2 = [
    "010",
    "013",
    "015",
    "020",
    "023",
    "024",
    "026",
    "030",
    "033",
    "035",
    "036",
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
]
AREA3 = [
    "0111",
    "0113",
    "0118",
    "0161",
    "0165",
    "0166",
    "0172",
    "0174",
    "0180",
    "0182",
    "0184",
    "0187",
    "0222",
    "0224",
    "0227",
    "0251",
    "0252",
    "0255",
    "0294",
    "0297",
    "0313",
    "0314",
    "0318",
    "0321",
    "0341",
    "0343",
    "0345",
    "0348",
    "0412",
    "0413",
    "0416",
    "0475",
    "0478",
    "0481",
    "0485",
    "0487",
    "0492",
    "0495",
    "0499",
    "0511",
    "0513",
    "0515",
    "0519",
    "0521",
    "0523",
    "0541",
    "0543",
    "0546",
    "0547",
    "0561",
    "0566",
    "0570",
    "0571",
    "0572",
    "0573",
    "0575",
    "0577",
    "0591",
    "0593",
    "0594",
    "0595",
    "0596",
    "0597",
    "0598",
    "0599",
]


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def phone(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(["mobile"] * 5 + ["land2"] * 2 + ["land3"] * 2 + ["foreign"] * 2)
    if kind == "mobile":
        n = str(rng.choice([1, 2, 3, 4, 5])) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        return rng.choice(
            [
                f"06-{n}",
                f"06 {n}",
                f"06 {n[:4]} {n[4:]}",
                f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                f"06{n}",
                f"+31 6 {n}",
                f"+31 (0)6 {n[:4]} {n[4:]}",
                f"+316{n}",
                f"0031 6 {n[:4]} {n[4:]}",
                f"0031-6-{n}",
                f"06-{n[:3]} {n[3:6]} {n[6:]}",
                f"(06) {n}",
                f"+31 6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                f"06.{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}",
            ]
        )
    if kind == "land2":
        a, n = rng.choice(AREA2), _digits(rng, 7)
        return rng.choice(
            [
                f"{a}-{n}",
                f"{a} {n[:3]} {n[3:5]} {n[5:]}",
                f"({a}) {n}",
                f"{a}-{n[:3]} {n[3:]}",
                f"+31 {a[1:]} {n[:3]} {n[3:]}",
                f"0031 {a[1:]} {n}",
                f"+31 (0){a[1:]} {n}",
                f"{a}{n}",
            ]
        )
    if kind == "land3":
        a, n = rng.choice(AREA3), _digits(rng, 6)
        return rng.choice(
            [
                f"{a}-{n}",
                f"{a} {n[:2]} {n[2:4]} {n[4:]}",
                f"({a}) {n[:3]} {n[3:]}",
                f"{a}-{n[:2]} {n[2:4]} {n[4:]}",
                f"+31 {a[1:]} {n}",
                f"0031 {a[1:]} {n[:3]} {n[3:]}",
                f"+31 (0){a[1:]} {n[:3]} {n[3:]}",
            ]
        )
    # foreign: country code, then a national number in that country's plan (mostly mobiles), grouped its way
    cc, prefixes, length, groups = rng.choice(FOREIGN)
    national = rng.choice(prefixes)
    national += "".join(str(rng.randint(0, 9)) for _ in range(length - len(national)))
    parts, i = [], 0
    for g in groups:
        parts.append(national[i : i + g])
        i += g
    prefix = rng.choice([f"00{cc} ", f"00 {cc} ", f"+{cc} ", f"00{cc}-", f"+{cc} "])
    sep = "-" if prefix.endswith("-") else rng.choice([" ", " ", ""])
    return prefix + sep.join(parts)


# (country code, national prefixes, national length, grouping): numbers valid in each country's numbering plan
FOREIGN = [
    (
        "32",
        [
            "470",
            "471",
            "472",
            "473",
            "475",
            "476",
            "477",
            "478",
            "479",
            "484",
            "485",
            "486",
            "487",
            "488",
            "489",
            "490",
            "491",
            "492",
            "493",
            "494",
            "495",
            "496",
            "497",
            "498",
            "499",
        ],
        9,
        [3, 2, 2, 2],
    ),
    (
        "49",
        ["151", "152", "157", "160", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179"],
        11,
        [3, 4, 4],
    ),
    (
        "90",
        [
            "530",
            "532",
            "533",
            "535",
            "536",
            "537",
            "538",
            "539",
            "541",
            "542",
            "543",
            "544",
            "545",
            "546",
            "505",
            "506",
            "507",
            "551",
            "552",
            "553",
            "554",
            "555",
        ],
        10,
        [3, 3, 2, 2],
    ),
    ("212", ["61", "62", "63", "64", "65", "66", "67", "70", "71", "77"], 9, [3, 3, 3]),
    ("597", ["71", "72", "74", "75", "81", "82", "85", "86", "87", "88", "89"], 7, [3, 4]),
    ("599", ["951", "952", "954", "956", "957", "966", "967"], 8, [1, 3, 4]),
    ("48", ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], 9, [3, 3, 3]),
    ("380", ["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"], 9, [2, 3, 2, 2]),
    ("963", ["93", "94", "95", "96", "98", "99"], 9, [3, 3, 3]),
    ("291", ["71", "72", "73", "74", "75", "76", "77"], 7, [1, 3, 3]),
    ("44", ["74", "75", "78", "79"], 10, [4, 6]),
    ("33", ["60", "61", "62", "64", "65", "66", "67", "68", "73", "74", "75", "76", "77", "78"], 9, [1, 2, 2, 2, 2]),
    ("351", ["91", "92", "93", "96"], 9, [3, 3, 3]),
    ("40", ["72", "73", "74", "75", "76"], 9, [3, 3, 3]),
    (
        "297",
        [
            "560",
            "563",
            "564",
            "565",
            "566",
            "567",
            "568",
            "569",
            "593",
            "594",
            "595",
            "596",
            "597",
            "598",
            "730",
            "731",
            "732",
            "733",
            "734",
            "735",
            "736",
            "737",
            "738",
        ],
        7,
        [3, 4],
    ),
    ("93", ["70", "71", "72", "73", "74", "75", "76", "77", "78", "79"], 9, [2, 3, 4]),
    ("252", ["61", "62", "63", "65", "68", "71", "90"], 9, [2, 3, 4]),
]


def postcode(rng: random.Random) -> str:
    while True:
        letters = rng.choice(POSTCODE_LETTERS) + rng.choice(POSTCODE_LETTERS)
        if letters not in ("SA", "SD", "SS"):
            break
    num = rng.randint(1011, 9999)
    return rng.choice(
        [
            f"{num} {letters}",
            f"{num} {letters}",
            f"{num}{letters}",
            f"{num} {letters.lower()}",
            f"{num}{letters.lower()}",
            f"{num}\u00a0{letters}",
        ]
    )


SIDECODES = [
    "LL-DD-DD",
    "DD-DD-LL",
    "DD-LL-DD",
    "LL-DD-LL",
    "LL-LL-DD",
    "DD-LL-LL",
    "DD-LLL-D",
    "D-LLL-DD",
    "LL-DDD-L",
    "L-DDD-LL",
    "LLL-DD-L",
    "L-DD-LLL",
    "D-LL-DDD",
    "DDD-LL-D",
]


def plate(rng: random.Random) -> str:
    code = rng.choice(SIDECODES)
    s = "".join(rng.choice(PLATE_LETTERS) if c == "L" else str(rng.randint(0, 9)) if c == "D" else c for c in code)
    r = rng.random()
    if r < 0.15:
        return s.replace("-", "")
    if r < 0.25:
        return s.lower()
    if r < 0.3:
        return s.replace("-", " ")
    return s


def case_number(rng: random.Random) -> str:
    y = rng.choice([2022, 2023, 2024, 2025])
    yy = y % 100

    def n(k: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(k))

    return rng.choice(
        [
            f"ZAAK-{y}-{n(6)}",
            f"{y}.{n(5)}",
            f"DOS-{y}-{n(4)}",
            f"JZ/{y}/{n(5)}",
            f"BB-{yy}-{n(4)}",
            f"WOO-{y}-{n(4)}",
            f"Z{y}-{n(6)}",
            f"INT-{yy}-{n(4)}",
            f"MELD-{y}-{n(5)}",
            f"HZ {y} {n(4)}",
            f"U{yy}.{n(6)}",
            f"{y}-JG-{n(4)}",
            f"BZW-{yy}/{n(4)}",
            f"SDV.{y}.{n(4)}",
            f"KCC-{y}-{n(6)}",
            f"AB{yy}-{n(5)}",
            f"{n(2)}/{n(4)}/{rng.choice(['HH', 'WI', 'VG', 'PZ'])}",
            f"OV{y}{n(4)}",
            f"VT{yy}-{n(3)}-{n(3)}",
            f"#{y}-{n(5)}",
        ]
    )


def dob(rng: random.Random) -> str:
    y, m, d = rng.randint(1934, 2009), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        [
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}/{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d} {MONTHS_SHORT[m - 1]} {y}",
            f"{d}-{m}-'{y % 100:02d}",
            f"{d:02d}{m:02d}{y}",
            f"{d} {MONTHS[m - 1].capitalize()} {y}",
            f"{d:02d}-{MONTHS_SHORT[m - 1].rstrip('.')}-{y}",
        ]
    )


def other_date(rng: random.Random) -> str:
    """A date that is not a birth date (a letter, a deadline, a visit): 2024-2026."""
    y, m, d = rng.choice([2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS[m - 1]}", f"{d}/{m}/{y}"])


def amount(rng: random.Random) -> str:
    euros = rng.choice([rng.randint(12, 99), rng.randint(100, 999), rng.randint(1000, 24000)])
    cents = rng.choice([0, 0, rng.randint(1, 99)])
    e = f"{euros:,}".replace(",", ".")
    return rng.choice([f"€ {e},{cents:02d}", f"€{e},{cents:02d}", f"{e} euro", f"EUR {e},{cents:02d}", f"€ {e},-"])
