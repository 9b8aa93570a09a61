"""Number, code, date and contact formats for fresh34e (standard library only)."""

from __future__ import annotations

import re

MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
MON3 = "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split()
PLATE_L = "BDFGHJKLNPRSTVXZ"

GEMEENTEN = [  # name, 14-number, mail domain
    ("Zaanstad", "14 075", "zaanstad.nl"),
    ("Deventer", "14 0570", "deventer.nl"),
    ("Leeuwarden", "14 058", "leeuwarden.nl"),
    ("Tilburg", "14 013", "tilburg.nl"),
    ("Almere", "14 036", "almere.nl"),
    ("Apeldoorn", "14 055", "apeldoorn.nl"),
    ("Zoetermeer", "14 079", "zoetermeer.nl"),
    ("Enschede", "14 053", "enschede.nl"),
    ("Dordrecht", "14 078", "dordrecht.nl"),
    ("Haarlem", "14 023", "haarlem.nl"),
    ("Nijmegen", "14 024", "nijmegen.nl"),
    ("Emmen", "14 0591", "emmen.nl"),
    ("Venlo", "14 077", "venlo.nl"),
    ("Helmond", "14 0492", "helmond.nl"),
    ("Lelystad", "14 0320", "lelystad.nl"),
    ("Purmerend", "14 0299", "purmerend.nl"),
    ("Hengelo", "14 074", "hengelo.nl"),
    ("Gouda", "14 0182", "gouda.nl"),
    ("Schiedam", "14 010", "schiedam.nl"),
    ("Alkmaar", "14 072", "alkmaar.nl"),
]
AREA = ["020", "010", "0570", "058", "013", "036", "055", "079", "053", "078", "023", "024", "0591", "077", "0492"]
DOMAINS = [
    "ziggo.nl",
    "kpnmail.nl",
    "hotmail.com",
    "gmail.com",
    "xs4all.nl",
    "planet.nl",
    "outlook.com",
    "live.nl",
    "icloud.com",
    "caiway.nl",
    "hetnet.nl",
    "proton.me",
    "telfort.nl",
    "home.nl",
]
BANKS = ["ABNA", "RABO", "INGB", "ASNB", "TRIO", "SNSB", "KNAB", "BUNQ", "RBRB", "FVLB"]
STREET_A = (
    "Akelei Goudsbloem Lijster Merel Korenbloem Vlier Hazelaar Koekoek Zwaluw Distel Boterbloem Meidoorn "
    "Sleedoorn Kievit Reiger Klaproos Wilgen Populieren Hoefblad Ratelaar Zwanebloem Pinksterbloem"
).split()
STREET_B = "straat laan weg hof pad singel dreef kade erf plantsoen".split()


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if last < 10:
            s = "".join(map(str, d + [last]))
            return r.choice([s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    v = [int(c) for c in d]
    return (sum(x * w for x, w in zip(v[:8], range(9, 1, -1))) - v[8]) % 11 == 0


def _ibannum(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(r):
    bban = r.choice(BANKS) + digits(r, 10)
    cd = 98 - _ibannum(bban + "NL00") % 97
    s = f"NL{cd:02d}{bban}"
    return r.choice([s, " ".join(s[i : i + 4] for i in range(0, 18, 4))])


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    return len(s) == 18 and _ibannum(s[4:] + s[:4]) % 97 == 1


def phone(r, mobile=None):
    if mobile is None:
        mobile = r.random() < 0.7
    if mobile:
        n = "6" + digits(r, 8)
        return r.choice(
            [
                f"0{n[:1]}-{n[1:]}",
                f"0{n[:1]} {n[1:5]} {n[5:]}",
                f"+31 {n[:1]} {n[1:]}",
                f"+31 (0){n[:1]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                f"0031{n}",
                f"0{n}",
            ]
        )
    a = r.choice(AREA)
    rest = digits(r, 10 - len(a))
    rest = str(r.randint(2, 9)) + rest[1:]
    return r.choice([f"{a}-{rest}", f"{a} {rest}", f"({a}) {rest}", f"+31 {a[1:]} {rest}"])


def postcode(r):
    while True:
        le = r.choice("ABCDEFGHJKLMNPRSTVWXZ") + r.choice("ABCDEFGHJKLMNPRSTVWXZ")
        if le not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9999)
    return r.choice([f"{n} {le}", f"{n} {le}", f"{n}{le}"])


def street(r):
    return r.choice(STREET_A) + r.choice(STREET_B)


def housenr(r):
    n = str(r.randint(1, 189))
    return n + r.choice(["", "", "", "a", "b", "-2", "-I", " A"])


def plate(r):
    L = lambda k: "".join(r.choice(PLATE_L) for _ in range(k))
    D = lambda k: digits(r, k)
    return r.choice(
        [
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{L(1)}-{D(2)}-{L(3)}",
        ]
    )


def case_number(r):
    """(cue, number): municipal case/file number formats of this corpus."""
    yy = r.choice(["25", "26"])
    forms = [
        ("zaaknummer", f"VTP-{yy}-{digits(r, 5)}"),
        ("dossiernummer", f"GRD/20{yy}/{digits(r, 4)}"),
        ("ons kenmerk", f"Z{yy}.{digits(r, 3)}.{digits(r, 3)}"),
        ("kenmerk", f"HH-20{yy}-{r.choice('ABCKT')}{digits(r, 4)}"),
        ("uw kenmerk", f"BZW 20{yy}-{digits(r, 4)}"),
        ("referentie", f"OR/VT/{digits(r, 4)}-{yy}"),
        ("zaak", f"TP{yy}{r.choice('GHKW')}{digits(r, 4)}"),
        ("meldingnummer", f"MOR-{yy}-{digits(r, 6)}"),
        ("dossier", f"20{yy}-VT-{digits(r, 4)}"),
        ("contractnummer", f"HO/VTV/{digits(r, 3)}/{yy}"),
    ]
    return r.choice(forms)


def rdate(r, y0=2025, y1=2026):
    return r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)


def long_date(y, m, d):
    return f"{d} {MONTHS[m - 1]} {y}"


def dob(r):
    """A date of birth as written, with its cue (cue may be empty)."""
    y, m, d = r.randint(1936, 2004), r.randint(1, 12), r.randint(1, 28)
    styles = [
        ("geboren op", f"{d} {MONTHS[m - 1]} {y}"),
        ("geb.", f"{d:02d}-{m:02d}-{y}"),
        ("geboortedatum:", f"{y}-{m:02d}-{d:02d}"),
        ("°", f"{d:02d}.{m:02d}.{y}"),
        ("", f"{d} {MON3[m - 1]} {y}"),
        ("*", f"{d}-{m}-{y}"),
        ("geb.datum", f"{d:02d}{m:02d}{y}"),
        ("", f"{d} {MONTHS[m - 1]} '{str(y)[2:]}"),
        ("geboren", f"{d}/{m}/{y}"),
        ("geb.", f"{d} {MONTHS[m - 1]} {y}"),
    ]
    return r.choice(styles)
