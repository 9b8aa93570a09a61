"""Identifiers, people and the document builder of holdout17 (round seventeen, helper H1)."""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from random import Random

import pools17 as P

LABELS = (
    "PERSON",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "BSN",
    "IBAN",
    "LICENSE_PLATE",
    "CASE_NUMBER",
    "DATE_OF_BIRTH",
)
LOWER_PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- builder
class Doc:
    """Text built piece by piece; every personal item recorded as written, every keep word as it occurs."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pii: list[dict] = []
        self.keep: list[str] = []

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        return self

    def p(self, s: str, label: str) -> Doc:
        assert label in LABELS, label
        self.parts.append(s)
        it = {"text": s, "label": label}
        if it not in self.pii:
            self.pii.append(it)
        return self

    def k(self, s: str) -> Doc:
        self.parts.append(s)
        if s not in self.keep:
            self.keep.append(s)
        return self

    def kw(self, s: str) -> None:
        """Record a keep word already written."""
        if s not in self.keep:
            self.keep.append(s)

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, r: Random, origin: str | None = None, gender: str | None = None, surname: tuple | None = None):
        self.origin = origin or r.choice(list(P.ORIGINS))
        mf, ff, fparts, heads, tails, fixed, parts = P.ORIGINS[self.origin]
        self.gender = gender or r.choice("mf")
        firsts = P._s(mf if self.gender == "m" else ff)
        if fparts and r.random() < 0.4:
            h, tl = fparts.split("|")
            self.first = r.choice(P._s(h)) + r.choice(P._s(tl))
        elif r.random() < 0.25 and len(firsts) > 1:
            a, b = r.sample(firsts, 2)  # joined at a syllable edge
            self.first = a[: max(2, len(a) // 2)] + b[len(b) // 2 :]
        else:
            self.first = r.choice(firsts)
        if surname:
            self.particle, self.core = surname
        else:
            if heads and (not fixed or r.random() < 0.75):
                core = r.choice(P._s(heads)) + r.choice(P._s(tails))
            else:
                core = r.choice(P._s(fixed))
            partl = P._s(parts)
            particle = r.choice(partl) if partl and r.random() < 0.6 else ""
            if particle and particle.endswith(("-", "'")) or particle in ("Mc", "Mac"):
                core, particle = particle + core, ""
            self.particle, self.core = particle, core
            if r.random() < 0.07:  # double-barrelled across origins
                o2 = r.choice(list(P.ORIGINS))
                h2, t2, f2 = P.ORIGINS[o2][3], P.ORIGINS[o2][4], P.ORIGINS[o2][5]
                other = r.choice(P._s(h2)) + r.choice(P._s(t2)) if h2 else r.choice(P._s(f2))
                self.core = self.core + "-" + other
        self.second = ""
        if r.random() < 0.3:
            self.second = r.choice(P._s(mf if self.gender == "m" else ff))
            if self.second == self.first:
                self.second = ""
        self.nick = r.choice(P.NICKNAMES) if r.random() < 0.12 else ""

    # forms -------------------------------------------------------------
    @property
    def sur(self) -> str:  # in running text after a first name: "van der Berg"
        return (self.particle + " " + self.core).strip() if self.particle else self.core

    @property
    def Sur(self) -> str:  # standing alone: "Van der Berg"
        s = self.sur
        return s[0].upper() + s[1:]

    @property
    def full(self) -> str:
        return self.first + " " + self.sur

    def initials(self, r: Random) -> str:
        ini = [n[0] for n in (self.first + " " + self.second).split() if n[0].isalpha()]
        ini = [fold(c).upper() for c in ini]
        style = r.randrange(5)
        if style == 0:
            return ".".join(ini) + "."
        if style == 1:
            return "".join(ini)
        if style == 2:
            return ". ".join(ini) + "."
        if style == 3:
            return ".".join(ini)
        return ".".join(ini) + "."

    def paraph(self) -> str:
        ini = fold(self.first[0]).upper()
        part = "".join(w[0].lower() for w in self.particle.split()) if self.particle else ""
        return ini + part + fold(self.core[0]).upper()

    @property
    def tail(self) -> str:  # last word of the surname
        return self.core.split("-")[-1]

    def title(self, r: Random) -> str:
        return r.choice(
            ["mevrouw", "mw.", "mevr.", "Mevrouw"] if self.gender == "f" else ["de heer", "dhr.", "meneer", "Dhr."]
        )

    def words(self) -> set[str]:
        ws = set()
        for s in (self.first, self.second, self.core, self.nick):
            for w in re.split(r"[\s\-']+", s):
                if len(w) > 1 and w.lower() not in LOWER_PARTICLES:
                    ws.add(w.lower())
        return ws


def email_of(r: Random, p: Person) -> str:
    f = fold(p.first).lower().replace(" ", "").replace("-", "")
    s = fold(p.core).lower().replace(" ", "").replace("-", "").replace("'", "")
    pa = fold(p.particle).lower().replace(" ", "").replace("'", "")
    style = r.randrange(7)
    local = [
        f"{f}.{s}",
        f"{f[0]}.{pa}{s}",
        f"{f}{r.randint(1950, 2009)}",
        f"{s}.{f}",
        f"{f}_{s}{r.randint(1, 99)}",
        f"{f}{pa}{s}",
        f"{s}{f[0]}+post",
    ][style]
    if len(local) < 5:
        local += str(r.randint(10, 99))
    return local + "@" + r.choice(P.PROVIDERS)


def work_email(p: Person, muni: str) -> str:
    return (
        f"{fold(p.first[0]).lower()}.{fold(p.particle).lower().replace(' ', '').replace(chr(39), '')}"
        f"{fold(p.core).lower().replace('-', '').replace(' ', '')}@{fold(muni).lower()}.nl"
    )


# ---------------------------------------------------------------- identifiers
def bsn(r: Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if s < 10:
            n = "".join(map(str, d + [s]))
            style = r.randrange(6)
            return [
                n,
                n,
                f"{n[:4]}.{n[4:6]}.{n[6:]}",
                f"{n[:3]} {n[3:6]} {n[6:]}",
                f"{n[:3]}-{n[3:6]}-{n[6:]}",
                f"{n[:3]}.{n[3:6]}.{n[6:]}",
            ][style]


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) - int(d[8])) % 11 == 0


IBAN_SPEC = {
    "NL": "A4D10",
    "BE": "D12",
    "DE": "D18",
    "FR": "D10A11D2",
    "ES": "D20",
    "PT": "D21",
    "IT": "A1D10A12",
    "PL": "D24",
    "TR": "D5Z1A16",
    "RO": "A4A16",
    "BG": "A4D6A8",
    "LU": "D3A13",
    "AT": "D16",
    "LT": "D16",
    "GR": "D7A16",
    "DK": "D14",
    "HR": "D17",
    "SI": "D15",
    "CZ": "D20",
    "HU": "D24",
}
NL_BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB", "FVLB", "HAND", "NTSB"]


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban(r: Random, country: str | None = None) -> str:
    cc = country or (r.choice(list(IBAN_SPEC)) if r.random() < 0.35 else "NL")
    bban = ""
    for kind, n in re.findall(r"([ADZ])(\d+)", IBAN_SPEC[cc]):
        n = int(n)
        if cc == "NL" and kind == "A":
            bban += r.choice(NL_BANKS)
        elif kind == "A":
            bban += "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXZ0123456789") for _ in range(n))
        elif kind == "Z":
            bban += "0" * n
        else:
            bban += "".join(str(r.randint(0, 9)) for _ in range(n))
    check = 98 - _mod97(bban + cc + "00")
    ib = f"{cc}{check:02d}{bban}"
    style = r.randrange(5)
    grouped = " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
    return [grouped, ib, grouped, grouped.lower() if cc == "NL" else grouped, f"{ib[:4]} {ib[4:]}"][style]


def iban_ok(s: str) -> bool:
    t = re.sub(r"\s", "", s).upper()
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", t)) and _mod97(t[4:] + t[:4]) == 1


AREA = [
    "010",
    "020",
    "038",
    "050",
    "053",
    "055",
    "070",
    "073",
    "076",
    "043",
    "024",
    "026",
    "0570",
    "0523",
    "0591",
    "0172",
    "0341",
    "0548",
    "0321",
    "0575",
    "0418",
    "0495",
    "0226",
    "0113",
]
FOREIGN = [
    "+32 47{0} {1} {2}",
    "+48 5{0} {1}{2}",
    "+90 53{0} {1} {2}",
    "+212 6{0} {1} {2}",
    "+380 6{0} {1}{2}",
    "+49 15{0} {1}{2}",
    "+351 91{0} {1} {2}",
    "+40 72{0} {1} {2}",
    "+234 80{0} {1} {2}",
    "+963 94{0} {1} {2}",
    "+44 7{0}0 {1}{2}",
    "+33 6 {0}{1} {2}",
    "+34 6{0} {1} {2}",
    "+359 88{0} {1} {2}",
    "+370 6{0} {1}{2}",
    "+252 61{0} {1} {2}",
    "+291 7 {0}{1}{2}",
    "+93 70{0} {1} {2}",
    "+98 912 {0}{1} {2}",
    "+233 24{0} {1} {2}",
    "+597 8{0}{1} {2}",
    "+599 9 {0}{1} {2}",
]


def phone(r: Random, kind: str | None = None) -> str:
    kind = kind or r.choices(["mob", "land", "for"], [6, 3, 1])[0]
    if kind == "mob":
        d = "".join(str(r.randint(0, 9)) for _ in range(8))
        style = r.randrange(10)
        return [
            f"06-{d}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            f"+31 6 {d[:4]} {d[4:]}",
            f"06{d}",
            f"+31(0)6-{d}",
            f"06-{d[:4]} {d[4:]}",
            f"0031 6 {d}",
            f"(06) {d[:4]}-{d[4:]}",
            f"06.{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}",
            f"+316{d}",
        ][style]
    if kind == "land":
        a = r.choice(AREA)
        n = "".join(str(r.randint(0, 9)) for _ in range(10 - len(a)))
        n = str(r.randint(2, 8)) + n[1:]
        style = r.randrange(5)
        return [f"{a}-{n}", f"({a}) {n[:2]} {n[2:4]} {n[4:]}", f"+31 {a[1:]} {n}", f"{a} {n}", f"{a}{n}"][style]
    f = r.choice(FOREIGN)
    return f.format(r.randint(0, 9), r.randint(100, 999), r.randint(1000, 9999))


def postcode(r: Random) -> str:
    while True:
        a, b = r.choice("ABCEGHJKLMNPRSTVWXZ"), r.choice("ABCEGHJKLMNPRSTVWXZ")
        if a + b not in ("SS", "SD", "SA"):
            break
    n = r.randint(1000, 9999)
    style = r.randrange(5)
    return [f"{n} {a}{b}", f"{n}{a}{b}", f"{n} {a}{b}", f"{n}  {a}{b}", f"{n} {a}{b}".lower() if style == 4 else ""][
        style
    ]


def plate(r: Random) -> str:
    L = "BDFGHJKLNPRSTVXZ"

    def l(n):
        return "".join(r.choice(L) for _ in range(n))

    def d(n):
        return "".join(str(r.randint(0, 9)) for _ in range(n))

    code = r.choice(
        [
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
    )
    out = "".join(l(1) if c == "L" else d(1) if c == "D" else c for c in code)
    style = r.randrange(6)
    return [out, out, out, out.replace("-", ""), out.lower(), out.replace("-", " ")][style]


def _dd(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


CASE_FORMATS = [
    lambda r: f"LOK-{r.choice(['2025', '2026'])}-{_dd(r, 5)}",
    lambda r: f"SUB/26/{_dd(r, 4)}-{r.choice('ABCDEFG')}",
    lambda r: f"GV{_dd(r, 2)}.{_dd(r, 4)}",
    lambda r: f"BF-2026/{_dd(r, 3)}",
    lambda r: f"CRS.26.{_dd(r, 4)}",
    lambda r: f"STB-{_dd(r, 2)}-{_dd(r, 4)}",
    lambda r: f"VM26/{_dd(r, 5)}",
    lambda r: f"NOP-2026-{_dd(r, 3)}-{r.choice('KLMN')}",
    lambda r: f"BZK.{_dd(r, 2)}.{_dd(r, 5)}",
    lambda r: f"AFS{_dd(r, 2)}-{_dd(r, 6)}",
    lambda r: f"HB-26/{_dd(r, 4)}",
    lambda r: f"EVA-{_dd(r, 4)}-26",
    lambda r: f"WB2026.{_dd(r, 4)}.{r.choice('abcd')}",
    lambda r: f"T26-{_dd(r, 3)}-{_dd(r, 3)}",
    lambda r: f"KCC-{_dd(r, 7)}",
    lambda r: f"OPV/{_dd(r, 2)}/{_dd(r, 3)}",
    lambda r: f"DIER-26-{_dd(r, 4)}",
    lambda r: f"VRW.{_dd(r, 4)}.26",
    lambda r: f"BB-{r.choice(['Q1', 'Q2', 'Q3', 'Q4'])}-{_dd(r, 4)}",
    lambda r: f"26/SP/{_dd(r, 4)}",
    lambda r: f"IVS{_dd(r, 6)}",
    lambda r: f"GAST-{_dd(r, 3)}/{_dd(r, 2)}",
    lambda r: f"RB-2026-{_dd(r, 2)}{r.choice('XYZ')}{_dd(r, 2)}",
    lambda r: f"MV-{_dd(r, 2)}.{_dd(r, 3)}.{_dd(r, 2)}",
]


def case(r: Random) -> str:
    return r.choice(CASE_FORMATS)(r)


CASE_CUES = [
    "zaaknummer",
    "kenmerk",
    "ons kenmerk",
    "dossiernummer",
    "registratienummer",
    "subsidienummer",
    "aanvraagnummer",
    "meldnummer",
    "volgnummer",
    "bonnummer",
    "referentie",
    "zaak",
    "verzoeknummer",
    "casusnummer",
    "registratie",
    "aanvraag",
]

NUM_WORDS = {
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
    29: "negenentwintig",
    30: "dertig",
    31: "eenendertig",
}
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


def birthdate(r: Random, lo: int = 1938, hi: int = 2008) -> _dt.date:
    return _dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


def dob(r: Random, d: _dt.date | None = None, style: int | None = None) -> str:
    d = d or birthdate(r)
    m = P.MONTHS[d.month - 1]
    styles = [
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day}.{d.month}.{d.year}",
        f"{d.day} {m} {d.year}",
        f"{d.day} {m[:3]}. {d.year}",
        f"{d.year}-{d.month:02d}-{d.day:02d}",
        f"{d.day}-{d.month}-'{str(d.year)[2:]}",
        f"{NUM_WORDS[d.day]} {m} {d.year}",
        f"{P.WEEKDAYS[d.weekday()]} {d.day} {m} {d.year}",
        f"{d.year}{d.month:02d}{d.day:02d}",
        f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
        f"{d.day} {m.upper()} {d.year}",
        f"{d.day}-{m[:3]}-{d.year}",
        f"{d.day:02d}{d.month:02d}{d.year}",
        f"{d.day}/{d.month}/{str(d.year)[2:]}",
        f"{d.day} {m[:3].capitalize()} {d.year}",
    ]
    return styles[r.randrange(len(styles)) if style is None else style]


def ordinary_date(r: Random) -> str:
    d = _dt.date(2026, r.randint(1, 12), r.randint(1, 28))
    m = P.MONTHS[d.month - 1]
    return r.choice(
        [
            f"{d.day} {m} 2026",
            f"{d.day:02d}-{d.month:02d}-2026",
            f"{P.WEEKDAYS[d.weekday()]} {d.day} {m}",
            f"{d.day} {m}",
        ]
    )


def amount(r: Random) -> str:
    v = r.randint(5, 9000)
    c = r.choice(["00", "50", "95", "25"])
    s = f"{v:,}".replace(",", ".")
    return r.choice([f"€ {s},{c}", f"€{s},{c}", f"EUR {s},{c}", f"€ {s},-"])


def street(r: Random) -> str:
    s = r.choice(P.STREET_HEADS) + r.choice(P.STREET_TAILS)
    if r.random() < 0.12:
        s = r.choice(P.STREET_PRE) + " " + s
    return s


def housenr(r: Random) -> str:
    n = r.randint(1, 240)
    return r.choice([str(n), str(n), str(n), f"{n}a", f"{n}B", f"{n}-II", f"{n}-1", f"{n} bis", f"{n} hs", f"{n}/2"])


class Addr:
    def __init__(self, r: Random, muni: str | None = None):
        self.street = street(r)
        self.nr = housenr(r)
        self.pc = postcode(r)
        self.town = muni or r.choice(P.MUNIS)

    @property
    def line(self) -> str:
        return f"{self.street} {self.nr}"
