"""Core of holdout32: the document builder, identifiers and people."""

from __future__ import annotations

import re
import unicodedata

from pools32 import AREA, MUNI, NICK, ORIGINS, PROVIDERS, SHORT, STREET_A, STREET_B, TITLED

LABELS = {
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
}
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
MON_EN = [
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
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def fold(s: str) -> str:
    return (
        "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
        .replace("ı", "i")
        .replace("ł", "l")
        .replace("Ł", "L")
        .replace("đ", "d")
        .replace("Đ", "D")
    )


class Doc:
    """Text built piece by piece; ``{k}`` pieces in a template are pii slots, ``«w»`` are keep words."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pii: list[dict] = []
        self.keep: list[str] = []

    def t(self, _s: str, **slots) -> Doc:
        for piece in re.split(r"(\{\w+\}|«[^»]+»)", _s):
            if not piece:
                continue
            if piece.startswith("{") and piece.endswith("}") and piece[1:-1] in slots:
                v = slots[piece[1:-1]]
                if isinstance(v, tuple):
                    self.p(*v)
                elif isinstance(v, list):
                    for x in v:
                        if isinstance(x, tuple):
                            self.p(*x)
                        else:
                            self.t(x)
                else:
                    self.t(str(v))
            elif piece.startswith("«"):
                w = piece[1:-1]
                self.parts.append(w)
                if w not in self.keep:
                    self.keep.append(w)
            else:
                self.parts.append(piece)
        return self

    def p(self, text: str, label: str) -> Doc:
        self.parts.append(text)
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return self

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- identifiers


def bsn(r) -> tuple:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            n = "".join(map(str, d + [last]))
            break
    style = r.randrange(6)
    if style == 1:
        n = f"{n[:4]}.{n[4:6]}.{n[6:]}"
    elif style == 2:
        n = f"{n[:3]} {n[3:6]} {n[6:]}"
    elif style == 3:
        n = f"{n[:3]}-{n[3:6]}-{n[6:]}"
    elif style == 4:
        n = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
    return (n, "BSN")


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0


IBAN_SPEC = {
    "NL": None,
    "BE": 12,
    "DE": 18,
    "ES": 20,
    "PL": 24,
    "PT": 21,
    "AT": 16,
    "HR": 17,
    "LT": 16,
    "DK": 14,
    "FI": 14,
    "SE": 20,
    "CZ": 20,
    "GR": 23,
    "SI": 15,
    "SK": 20,
}
NL_BANKS = ["RABO", "INGB", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "NTSB", "REVO"]


def iban_ok(s: str) -> bool:
    s = re.sub(r"[\s\-.]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def _check(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{98 - int(num) % 97:02d}"


def iban(r, foreign: float = 0.2) -> tuple:
    cc = "NL" if r.random() > foreign else r.choice([c for c in IBAN_SPEC if c != "NL"])
    if cc == "NL":
        bban = r.choice(NL_BANKS) + "".join(str(r.randint(0, 9)) for _ in range(10))
    else:
        bban = "".join(str(r.randint(0, 9)) for _ in range(IBAN_SPEC[cc]))
    s = cc + _check(cc, bban) + bban
    style = r.randrange(6)
    if style in (0, 1):
        s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    elif style == 2:
        s = s.lower() if r.random() < 0.5 else " ".join(s[i : i + 4] for i in range(0, len(s), 4)).lower()
    elif style == 3:
        s = s[:4] + " " + s[4:]
    return (s, "IBAN")


def mobile(r) -> tuple:
    d = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
    a, b = d[1:], d[1:]
    st = r.randrange(11)
    s = [
        f"06-{a}",
        f"06 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
        f"0{d}",
        f"+31 6 {a}",
        f"+316{a}",
        f"06 - {a}",
        f"+31 (0)6 {a[:4]} {a[4:]}",
        f"0031 6 {a}",
        f"06.{a[:2]}.{a[2:4]}.{a[4:6]}.{a[6:]}",
        f"(06) {a[:4]} {a[4:]}",
        f"06 {a[:4]} {a[4:]}",
    ][st]
    return (s, "PHONE")


def landline(r) -> tuple:
    ac = r.choice(AREA)
    n = "".join(str(r.randint(1, 9)) for _ in range(10 - len(ac)))
    st = r.randrange(5)
    s = [f"{ac}-{n}", f"{ac} {n}", f"({ac}) {n}", f"+31 {ac[1:]} {n}", f"{ac}-{n[:3]} {n[3:]}"][st]
    return (s, "PHONE")


def foreign_phone(r) -> tuple:
    cc, ln = r.choice(
        [
            ("32", 9),
            ("49", 11),
            ("48", 9),
            ("90", 10),
            ("40", 9),
            ("359", 9),
            ("380", 9),
            ("44", 10),
            ("212", 9),
            ("33", 9),
            ("34", 9),
            ("351", 9),
            ("370", 8),
            ("36", 9),
        ]
    )
    n = "".join(str(r.randint(1, 9)) for _ in range(ln))
    pre = "+" if r.random() < 0.7 else "00"
    return (f"{pre}{cc} {n[:3]} {n[3:6]} {n[6:]}", "PHONE")


def phone(r) -> tuple:
    x = r.random()
    return mobile(r) if x < 0.6 else landline(r) if x < 0.88 else foreign_phone(r)


def postcode(r) -> tuple:
    letters = "ABCEGHJKLMNPRTVWXZ"
    n = f"{r.randint(1000, 9999)}"
    l2 = r.choice(letters) + r.choice(letters)
    st = r.randrange(5)
    return ([f"{n} {l2}", f"{n}{l2}", f"{n} {l2.lower()}", f"{n}  {l2}", f"{n}-{l2}"][st], "POSTCODE")


PL = "BDFGHJKLNPRSTVXZ"


def plate(r) -> tuple:
    L = lambda k: "".join(r.choice(PL) for _ in range(k))
    D = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
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
    parts = [L(len(g)) if g[0] == "L" else D(len(g)) for g in code.split("-")]
    st = r.randrange(6)
    s = (
        "-".join(parts)
        if st < 3
        else "".join(parts)
        if st == 3
        else " ".join(parts)
        if st == 4
        else "-".join(parts).lower()
    )
    return (s, "LICENSE_PLATE")


def casenr(r) -> tuple:
    y = r.choice(["2025", "2026"])
    yy = y[2:]
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    f = r.randrange(16)
    s = [
        f"VTA-{yy}-{n(5)}",
        f"{y}.ACC.{n(4)}",
        f"SPR/{y}/{n(4)}",
        f"GL{yy}-{n(4)}",
        f"AFS {y}-{n(3)}{r.choice('ABCDEFG')}",
        f"{n(2)}{yy}-HZ-{n(4)}",
        f"ZR{y}{n(5)}",
        f"BOR/{yy}.{n(4)}",
        f"VG-{y}-{n(5)}",
        f"MG{yy}.{n(3)}.{n(2)}",
        f"{yy}/SPL/{n(4)}",
        f"K-{n(6)}-{yy}",
        f"AC{y}/{n(4)}",
        f"DOSS-{n(4)}-{yy}",
        f"EV{yy}-{n(3)}-{n(2)}",
        f"OR.{y}.{n(5)}",
    ][f]
    return (s, "CASE_NUMBER")


CASE_CUES = [
    "zaaknummer",
    "kenmerk",
    "ons kenmerk",
    "dossiernummer",
    "referentie",
    "zaak",
    "boekingsnummer",
    "meldingsnummer",
    "zaaknr.",
    "registratienummer",
    "volgnummer",
    "afstemmingsnummer",
    "uw kenmerk",
    "casus",
    "klachtnummer",
    "aanvraagnummer",
]


def date(r, y0=2024, y1=2026) -> tuple:
    return r.randint(1, 28), r.randint(1, 12), r.randint(y0, y1)


def dob(r, y0=1938, y1=2008) -> tuple:
    d, m, y = date(r, y0, y1)
    st = r.randrange(14)
    s = [
        f"{d:02d}-{m:02d}-{y}",
        f"{d}-{m}-{y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d} {MONTHS[m - 1][:3]}. {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d}-{m}-'{str(y)[2:]}",
        f"{d} {MONTHS[m - 1].upper()} {y}",
        f"{MON_EN[m - 1]} {d}, {y}",
        f"{d:02d}{m:02d}{y}",
        f"{d}/{m}/{str(y)[2:]}",
        f"{d} {MON_EN[m - 1][:3]} {y}",
        f"{d}e {MONTHS[m - 1]} {y}",
    ][st]
    return (s, "DATE_OF_BIRTH")


def plain_date(r, y0=2025, y1=2026) -> str:
    d, m, y = date(r, y0, y1)
    st = r.randrange(5)
    return [
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d:02d}-{m:02d}-{y}",
        f"{d} {MONTHS[m - 1]}",
        f"{y}-{m:02d}-{d:02d}",
        f"{WEEKDAYS[r.randrange(7)]} {d} {MONTHS[m - 1]}",
    ][st]


def street_name(r) -> str:
    x = r.random()
    if x < 0.12:
        return f"{r.choice(TITLED)} {Person(r).sur_cap}{r.choice(['straat', 'laan', 'plein', 'singel'])}".replace(
            "  ", " "
        )
    if x < 0.22:
        return f"{r.choice(['Korte', 'Lange', 'Oude', 'Nieuwe'])} {r.choice(STREET_A)}{r.choice(STREET_B)}"
    return r.choice(STREET_A) + r.choice(STREET_B)


def housenr(r) -> str:
    n = str(r.randint(1, 240))
    x = r.random()
    return (
        n
        if x < 0.6
        else n + r.choice("abcABC")
        if x < 0.8
        else r.choice([f"{n}-II", f"{n}-3", f"{n} bis", f"{n}/2", f"{n} rood", f"{n}-hs"])
    )


def address(r, street: str | None = None) -> tuple:
    return (f"{street or street_name(r)} {housenr(r)}", "ADDRESS")


def muni_mail(r) -> str:
    return f"{r.choice(['info', 'sport', 'accommodaties', 'speelruimte', 'geluid', 'afstemming', 'klachten', 'vastgoed', 'meldpunt'])}@{r.choice(MUNI)}"


# ---------------------------------------------------------------- people


def _join(a: str, b: str) -> str:
    return a + b


class Person:
    def __init__(
        self,
        r,
        origin: str | None = None,
        gender: str | None = None,
        sur: str | None = None,
        particle: str | None = None,
    ) -> None:
        self.r = r
        self.origin = origin or r.choice(list(ORIGINS))
        o = ORIGINS[self.origin]
        self.gender = gender or r.choice("mf")
        firsts = (o[0] if self.gender == "m" else o[1]).split()
        if r.random() < 0.35 and len(firsts) > 2:
            a, b = r.sample(firsts, 2)
            cut_a = max(2, len(a) // 2 + (1 if len(a) > 5 else 0))
            cut_b = len(b) // 2
            self.first = a[:cut_a] + b[cut_b:].lower()
        else:
            self.first = r.choice(firsts)
        self.particle = ""
        if sur is not None:
            self.sur = sur
            self.particle = particle or ""
        else:
            if r.random() < 0.03:
                self.sur = r.choice(SHORT)
            else:
                self.sur = r.choice(o[2].split()) + r.choice(o[3].split())
                if self.origin == "lt" and self.gender == "f" and self.sur.endswith("as"):
                    self.sur = self.sur[:-2] + "ienė"
                if self.origin in ("pl",) and self.gender == "f" and self.sur.endswith("ski"):
                    self.sur = self.sur[:-1] + "a"
                if self.origin == "bg" and self.gender == "f" and self.sur.endswith(("ov", "ev")):
                    self.sur += "a"
                if self.origin == "cz" and self.gender == "f" and not self.sur.endswith("ová"):
                    self.sur = self.sur.rstrip("aý") + "ová"
            if o[4] and r.random() < 0.45:
                self.particle = r.choice(o[4])
            if r.random() < 0.07:
                other = ORIGINS[r.choice(list(ORIGINS))]
                self.sur = self.sur + "-" + r.choice(other[2].split()) + r.choice(other[3].split())
        self.nick = NICK.get(self.first)
        self.second = None
        if r.random() < 0.25:
            self.second = r.choice((o[0] if self.gender == "m" else o[1]).split())
            if self.second == self.first:
                self.second = None

    # forms
    @property
    def sur_cap(self) -> str:
        """Surname as after a title or at the start: a Dutch particle capitalised."""
        if not self.particle:
            return self.sur
        p = self.particle
        if p[0].islower() and self.origin in ("nl", "li", "sh", "sc"):
            p = p[0].upper() + p[1:]
        return f"{p}{'' if p.endswith(('-', chr(39))) else ' '}{self.sur}"

    @property
    def sur_full(self) -> str:
        if not self.particle:
            return self.sur
        p = self.particle
        return f"{p}{'' if p.endswith(('-', chr(39))) else ' '}{self.sur}"

    def full(self) -> tuple:
        return (f"{self.first} {self.sur_full}", "PERSON")

    def full2(self) -> tuple:
        return (
            f"{self.first} {self.second} {self.sur_full}" if self.second else f"{self.first} {self.sur_full}",
            "PERSON",
        )

    def initials(self) -> str:
        i = self.first[0] + "."
        if self.second:
            i += self.r.choice(["", " "]) + self.second[0] + "."
        return i

    def init_name(self) -> tuple:
        return (f"{self.initials()} {self.sur_full}", "PERSON")

    def title(self) -> tuple:
        """Surname as written after a title (the title is not part of the item)."""
        return (self.sur_cap, "PERSON")

    def bare(self) -> tuple:
        return (self.sur_cap, "PERSON")

    def first_only(self) -> tuple:
        return (self.first, "PERSON")

    def rev(self) -> tuple:
        st = self.r.randrange(4)
        if st == 0:
            return (f"{self.sur}, {self.first}{' ' + self.particle if self.particle else ''}", "PERSON")
        if st == 1:
            return (f"{self.sur}, {self.initials()}{' ' + self.particle if self.particle else ''}", "PERSON")
        if st == 2:
            return (f"{self.sur.upper()}, {self.first}", "PERSON")
        return (f"{self.sur_cap} {self.first}", "PERSON")

    def caps(self) -> tuple:
        return (f"{self.first} {self.sur_full}".upper(), "PERSON")

    def lower(self) -> tuple:
        return (f"{self.first} {self.sur_full}".lower(), "PERSON")

    def nickq(self) -> tuple:
        if self.nick:
            return (f"{self.first} '{self.nick}' {self.sur_full}", "PERSON")
        return self.full()

    def paraph(self) -> tuple:
        p = self.first[0] + (self.second[0] if self.second else "")
        if self.particle:
            p += "".join(w[0].lower() for w in self.particle.replace("-", " ").replace("'", " ").split())
        return (p + fold(self.sur)[0].upper() + fold(self.sur)[1].lower(), "PERSON")

    def any(self) -> tuple:
        f = self.r.choice([self.full, self.full, self.full2, self.init_name, self.rev, self.caps, self.nickq])
        return f()

    def later(self) -> tuple:
        return self.r.choice([self.title, self.first_only, self.bare])()

    def email(self) -> tuple:
        f = fold(self.first).lower().replace(" ", "")
        s = fold(self.sur).lower().replace(" ", "").replace("'", "")
        pa = fold(self.particle).lower().replace(" ", "").replace("'", "").replace("-", "")
        st = self.r.randrange(6)
        loc = [
            f"{f}.{pa}{s}",
            f"{f[0]}.{pa}{s}",
            f"{f}{s}{self.r.randint(60, 99)}",
            f"{s}.{f}",
            f"{f}_{s}",
            f"{pa}{s}.{f[0]}{self.r.randint(1, 9)}",
        ][st]
        return (f"{loc}@{self.r.choice(PROVIDERS)}", "EMAIL")

    def work_email(self) -> tuple:
        f = fold(self.first).lower()
        s = fold(self.sur).lower().replace(" ", "").replace("'", "")
        pa = fold(self.particle).lower().replace(" ", "").replace("'", "").replace("-", "")
        return (f"{f[0]}.{pa}{s}@{self.r.choice(MUNI)}", "EMAIL")

    def words(self) -> set:
        return {
            w for w in re.split(r"[\s\-']+", f"{self.first} {self.second or ''} {self.nick or ''} {self.sur_full}") if w
        }
