"""Core of holdout30: the document builder (each template slot records the item as written), identifiers and people."""

from __future__ import annotations

import random
import string

import pools30 as P

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
MONTHS_EN = [
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
MONTHS_PL = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
]
MONTHS_RO = [
    "ianuarie",
    "februarie",
    "martie",
    "aprilie",
    "mai",
    "iunie",
    "iulie",
    "august",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
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


class Doc:
    """Collects pii items and keep words while the template is filled; ``per``/``adr``/... return what they record."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.people: list[Person] = []

    def add(self, s: str, label: str) -> str:
        item = {"text": s, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return s

    def per(self, s: str) -> str:
        return self.add(s, "PERSON")

    def adr(self, s: str) -> str:
        return self.add(s, "ADDRESS")

    def pc(self, s: str) -> str:
        return self.add(s, "POSTCODE")

    def tel(self, s: str) -> str:
        return self.add(s, "PHONE")

    def mail(self, s: str) -> str:
        return self.add(s, "EMAIL")

    def bsn(self, s: str) -> str:
        return self.add(s, "BSN")

    def iban(self, s: str) -> str:
        return self.add(s, "IBAN")

    def plate(self, s: str) -> str:
        return self.add(s, "LICENSE_PLATE")

    def case(self, s: str) -> str:
        return self.add(s, "CASE_NUMBER")

    def dob(self, s: str) -> str:
        return self.add(s, "DATE_OF_BIRTH")

    def k(self, s: str) -> str:
        if s not in self.keep:
            self.keep.append(s)
        return s

    def ks(self, *words: str) -> None:
        for w in words:
            self.k(w)


# ---------------------------------------------------------------- identifiers
def bsn_digits(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d + [last]))


def bsn(r: random.Random) -> str:
    d = bsn_digits(r)
    style = r.randrange(6)
    if style == 0:
        return d
    if style == 1:
        return f"{d[:4]}.{d[4:6]}.{d[6:]}"
    if style == 2:
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if style == 3:
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    if style == 4:
        return f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
    return f"{d[:3]}.{d[3:6]}.{d[6:]}"


def bsn_ok(s: str) -> bool:
    d = [c for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    v = list(map(int, d))
    return (sum(x * w for x, w in zip(v[:8], range(9, 1, -1), strict=True)) - v[8]) % 11 == 0


IBAN_SPEC = {  # country: (length of BBAN, pattern: 'A' letter, 'N' digit, 'C' either), NL banks
    "NL": None,
    "BE": "NNNNNNNNNNNN",
    "DE": "NNNNNNNNNNNNNNNNNN",
    "PL": "NNNNNNNNNNNNNNNNNNNNNNNN",
    "RO": "AAAACCCCCCCCCCCCCCCC",
    "BG": "AAAANNNNNNCCCCCCCC",
    "LT": "NNNNNNNNNNNNNNNN",
    "PT": "NNNNNNNNNNNNNNNNNNNNN",
    "ES": "NNNNNNNNNNNNNNNNNNNN",
    "FR": "NNNNNNNNNNCCCCCCCCCCCNN",
    "LV": "AAAACCCCCCCCCCCCC",
    "CZ": "NNNNNNNNNNNNNNNNNNNN",
    "HU": "NNNNNNNNNNNNNNNNNNNNNNNN",
    "TR": "NNNNNNCCCCCCCCCCCCCCCC",
    "HR": "NNNNNNNNNNNNNNNNN",
    "IT": "ANNNNNNNNNNCCCCCCCCCCCC",
    "LU": "NNNCCCCCCCCCCCCC",
}
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "NNBA", "HAND"]


def _iban_check(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    return f"{98 - int(num) % 97:02d}"


def iban_raw(r: random.Random, cc: str = "NL") -> str:
    if cc == "NL":
        bban = r.choice(NL_BANKS) + "".join(r.choice(string.digits) for _ in range(10))
    else:
        up = string.ascii_uppercase
        bban = "".join(
            r.choice(up) if c == "A" else r.choice(string.digits) if c == "N" else r.choice(up + string.digits)
            for c in IBAN_SPEC[cc]
        )
    return cc + _iban_check(cc, bban) + bban


def iban_fmt(r: random.Random, raw: str) -> str:
    style = r.randrange(6)
    grouped = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    if style <= 2:
        return grouped
    if style == 3:
        return raw
    if style == 4:
        return grouped.lower() if r.random() < 0.5 else raw.lower()
    return raw[:2] + " " + raw[2:4] + " " + raw[4:]


def iban(r: random.Random, cc: str = "NL") -> str:
    return iban_fmt(r, iban_raw(r, cc))


def iban_ok(s: str) -> bool:
    t = "".join(s.split()).replace("-", "").upper()
    if len(t) < 15 or not t[:2].isalpha():
        return False
    num = "".join(str(int(c, 36)) for c in (t[4:] + t[:4]))
    return int(num) % 97 == 1


def mobile(r: random.Random) -> str:
    d = "".join(r.choice(string.digits) for _ in range(8))
    return r.choice(
        [
            f"06-{d}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            f"+31 6 {d[:4]} {d[4:]}",
            f"+31 (0)6 {d}",
            f"0031 6 {d}",
            f"06 {d[:4]} {d[4:]}",
            f"06{d}",
            f"+316{d}",
            f"(06) {d[:4]}-{d[4:]}",
            f"06.{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}",
            f"+31-6-{d[:2]}-{d[2:5]}-{d[5:]}",
        ]
    )


AREAS = [
    "0418",
    "0345",
    "0344",
    "0341",
    "0522",
    "0521",
    "0528",
    "0591",
    "0598",
    "0597",
    "0515",
    "0513",
    "0512",
    "0223",
    "0229",
    "0299",
    "075",
    "0182",
    "0348",
    "010",
    "0165",
    "0164",
    "0162",
    "0416",
    "0412",
    "0413",
    "0492",
    "0495",
    "0475",
    "077",
    "046",
    "045",
    "0314",
    "0543",
    "0570",
    "038",
    "0546",
    "074",
    "0541",
    "0320",
    "036",
    "0115",
    "0113",
    "0118",
]


def landline(r: random.Random) -> str:
    a = r.choice(AREAS)
    n = "".join(r.choice(string.digits[1:]) for _ in range(10 - len(a)))
    return r.choice([f"{a}-{n}", f"{a} {n}", f"({a}) {n}", f"+31 {a[1:]} {n}", f"{a}-{n[:3]} {n[3:]}"])


FOREIGN = [
    ("+48", 9, "{0} {1} {2} {3}"),
    ("+40", 9, "{0} {1} {2} {3}"),
    ("+359", 9, "{0} {1}"),
    ("+380", 9, "{0} {1}"),
    ("+370", 8, "{0} {1}"),
    ("+371", 8, "{0} {1}"),
    ("+420", 9, "{0} {1} {2} {3}"),
    ("+36", 9, "{0} {1}"),
    ("+385", 9, "{0} {1}"),
    ("+32", 9, "{0} {1} {2} {3}"),
    ("+49", 11, "{0} {1}"),
    ("+351", 9, "{0} {1} {2} {3}"),
    ("+90", 10, "{0} {1}"),
    ("+212", 9, "{0} {1}"),
    ("+233", 9, "{0} {1}"),
    ("+63", 10, "{0} {1}"),
    ("+44", 10, "{0} {1}"),
    ("+34", 9, "{0} {1} {2} {3}"),
]


def foreign(r: random.Random, prefix: str | None = None) -> str:
    opts = [f for f in FOREIGN if prefix is None or f[0] == prefix] or FOREIGN
    p, n, _ = r.choice(opts)
    d = "".join(r.choice(string.digits[1:] if i == 0 else string.digits) for i in range(n))
    style = r.randrange(3)
    if style == 0:
        return f"{p} {d[:3]} {d[3:6]} {d[6:]}"
    if style == 1:
        return f"00{p[1:]} {d}"
    return f"{p}{d}"


def phone(r: random.Random) -> str:
    x = r.random()
    return mobile(r) if x < 0.6 else landline(r) if x < 0.85 else foreign(r)


def postcode(r: random.Random) -> str:
    n = r.randint(1000, 9999)
    ls = "".join(r.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
    return r.choice([f"{n} {ls}", f"{n}{ls}", f"{n} {ls}", f"{n}  {ls}", f"{n}{ls.lower()}"])


PL_LET = "BDFGHJKLNPRSTVXZ"


def plate(r: random.Random) -> str:
    L = lambda n: "".join(r.choice(PL_LET) for _ in range(n))
    N = lambda n: "".join(r.choice(string.digits) for _ in range(n))
    s = r.choice(
        [
            f"{L(2)}-{N(2)}-{N(2)}",
            f"{N(2)}-{N(2)}-{L(2)}",
            f"{N(2)}-{L(2)}-{N(2)}",
            f"{L(2)}-{N(2)}-{L(2)}",
            f"{L(2)}-{L(2)}-{N(2)}",
            f"{N(2)}-{L(2)}-{L(2)}",
            f"{N(2)}-{L(3)}-{N(1)}",
            f"{N(1)}-{L(3)}-{N(2)}",
            f"{L(2)}-{N(3)}-{L(1)}",
            f"{L(1)}-{N(3)}-{L(2)}",
            f"{L(3)}-{N(2)}-{L(1)}",
            f"{L(1)}-{N(2)}-{L(3)}",
            f"{N(1)}-{L(2)}-{N(3)}",
            f"{N(3)}-{L(2)}-{N(1)}",
        ]
    )
    x = r.random()
    if x < 0.15:
        return s.replace("-", "")
    if x < 0.22:
        return s.replace("-", " ")
    if x < 0.27:
        return s.lower()
    return s


def foreign_plate(r: random.Random) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    L = lambda n: "".join(r.choice(up) for _ in range(n))
    N = lambda n: "".join(r.choice(string.digits) for _ in range(n))
    return r.choice(
        [
            f"PO {N(1)}{L(2)}{N(2)}",
            f"WX {N(4)}{L(1)}",
            f"B {N(3)} {L(3)}",
            f"CJ {N(2)} {L(3)}",
            f"CA {N(4)} {L(2)}",
            f"PB {N(4)} {L(2)}",
            f"{L(3)} {N(3)}",
            f"AA {N(4)} {L(2)}",
            f"{N(1)}{L(1)}{N(1)} {N(4)}",
            f"{L(2)}-{L(2)} {N(3)}",
        ]
    )


def case_number(r: random.Random) -> str:
    y = r.choice(["2025", "2026", "2027"])
    yy = y[2:]
    N = lambda n: "".join(r.choice(string.digits) for _ in range(n))
    return r.choice(
        [
            f"CRD-{yy}-{N(5)}",
            f"INK/{y}/{N(4)}",
            f"FB{yy}.{N(4)}",
            f"VB-{N(3)}-{yy}",
            f"KB{y}{N(4)}",
            f"AFS.{yy}.{N(4)}-c",
            f"LEV/{yy}/{N(3)}.{N(2)}",
            f"HV-{y}-{N(4)}",
            f"AM{yy}/{N(5)}",
            f"PO-{N(6)}-{yy}",
            f"SHS {yy}-{N(4)}",
            f"DKL/{y}.{N(3)}",
            f"ZV{yy}-{N(2)}-{N(4)}",
            f"VOED-{N(4)}/{yy}",
            f"T{yy}.{N(3)}.{N(3)}",
            f"REG-{y}-{N(3)}A",
            f"MW/{yy}/{N(4)}",
            f"BH{N(4)}-{yy}",
            f"INV-{y}{N(5)}",
            f"AZ{yy}.{N(5)}",
            f"OV-{yy}{N(4)}",
            f"{yy}/{N(4)}/VTA",
            f"SB.{y}.{N(4)}",
            f"CR{N(3)}{yy}X",
        ]
    )


INVOICE_FORMS = lambda r: r.choice(
    [
        f"F{r.randint(2025, 2027)}-{r.randint(1, 999):03d}",
        f"{r.randint(2025, 2027)}{r.randint(1, 99):02d}{r.randint(1, 99):02d}",
        f"NR {r.randint(100, 9999)}",
        f"FACT-{r.randint(10, 99)}{r.randint(100, 999)}",
    ]
)


def dob_date(r: random.Random, young: bool = False) -> tuple[int, int, int]:
    y = r.randint(2003, 2019) if young else r.randint(1938, 2002)
    return y, r.randint(1, 12), r.randint(1, 28)


WORDS = [
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


def dob_fmt(r: random.Random, ymd: tuple[int, int, int], style: int | None = None) -> str:
    y, m, d = ymd
    s = r.randrange(18) if style is None else style
    return [
        f"{d:02d}-{m:02d}-{y}",
        f"{d}/{m}/{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d} {MONTHS[m - 1][:3]}. {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d}-{m}-'{str(y)[2:]}",
        f"{d} {MONTHS[m - 1].upper()} {y}",
        f"{WORDS[d - 1]} {MONTHS[m - 1]} {y}",
        f"{MONTHS_EN[m - 1]} {d}, {y}",
        f"{y}{m:02d}{d:02d}",
        f"{d:02d}{m:02d}{y}",
        f"{d} {ROMAN[m - 1]} {y}",
        f"{d}-{MONTHS[m - 1][:3]}-{y}",
        f"{d} {MONTHS_PL[m - 1]} {y}",
        f"{d} {MONTHS_RO[m - 1]} {y}",
        f"{d:02d}/{m:02d}/{str(y)[2:]}",
        f"{d}e {MONTHS[m - 1]} {y}",
    ][s]


def plain_date(r: random.Random) -> str:
    y, m, d = r.choice([2025, 2026, 2027]), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d} {MONTHS[m - 1][:3]}. {y}",
            f"{WEEKDAYS[r.randrange(7)]} {d} {MONTHS[m - 1]}",
        ]
    )


def amount(r: random.Random) -> str:
    e = r.choice([r.randint(5, 95), r.randint(100, 999), r.randint(1000, 24000)])
    c = r.choice(["00", "50", "95", f"{r.randint(1, 99):02d}"])
    e_s = f"{e:,}".replace(",", ".")
    return r.choice([f"€ {e_s},{c}", f"€{e_s},{c}", f"EUR {e_s},{c}", f"{e_s},{c} euro"])


# ---------------------------------------------------------------- people
def _syll_join(a: str, b: str) -> str:
    return a + b


class Person:
    def __init__(
        self,
        r: random.Random,
        origin: str | None = None,
        female: bool | None = None,
        sur: str | None = None,
        particle: str | None = None,
    ) -> None:
        self.r = r
        self.origin = origin or r.choice(list(P.ORIGINS))
        self.female = r.random() < 0.5 if female is None else female
        male, fem, heads, tails, parts = P.ORIGINS[self.origin]
        if self.origin in P.FIRST_PARTS and r.random() < 0.45:
            pre, mpost, fpost = P.FIRST_PARTS[self.origin]
            self.first = r.choice(pre) + r.choice(fpost if self.female else mpost)
        else:
            self.first = r.choice(fem if self.female else male)
        if sur is None:
            sur = r.choice(heads) + r.choice(tails)
            if self.origin == "chi":
                sur = r.choice(heads) + r.choice(tails)
            if self.female and self.origin in P.FEMALE_FORM:
                for a, b in P.FEMALE_FORM[self.origin]:
                    if sur.endswith(a):
                        sur = sur[: -len(a)] + b
                        break
            if r.random() < 0.06:
                o2 = r.choice(list(P.ORIGINS))
                sur = sur + "-" + r.choice(P.ORIGINS[o2][2]) + r.choice(P.ORIGINS[o2][3])
        self.core = sur
        if particle is None:
            particle = r.choice(parts) if parts and r.random() < (0.85 if self.origin == "nlp" else 0.35) else ""
        self.particle = particle
        self.second = ""
        if r.random() < 0.15:
            o = P.ORIGINS[self.origin]
            self.second = r.choice(o[1] if self.female else o[0])
            if self.second == self.first:
                self.second = ""
        self.nick = r.choice(P.NICKNAMES) if r.random() < 0.08 else ""

    # particle written low after first name / initials; capitalised when the surname stands alone
    def _join(self, part: str, core: str) -> str:
        if not part:
            return core
        if part.endswith(("'", "-")) and part not in ("'t",):
            return part + core
        return part + " " + core

    @property
    def sur(self) -> str:
        return self._join(self.particle, self.core)

    @property
    def sur_cap(self) -> str:
        p = self.particle
        if p and p[0].islower() and p != "'t":
            p = p[0].upper() + p[1:]
        return self._join(p, self.core)

    @property
    def full(self) -> str:
        return f"{self.first} {self.sur}"

    @property
    def full2(self) -> str:
        return f"{self.first} {self.second} {self.sur}" if self.second else self.full

    @property
    def inits(self) -> str:
        i = self.first[0] + "." + (self.second[0] + "." if self.second else "")
        style = self.r.randrange(4)
        if style == 1:
            i = i.replace(".", "")
        elif style == 2 and self.second:
            i = i.replace(".", ". ").strip()
        return i

    def initial_name(self) -> str:
        return f"{self.inits} {self.sur}"

    def rev(self) -> str:
        if self.particle and self.r.random() < 0.5:
            return f"{self.core}, {self.first} {self.particle}"
        return f"{self.sur_cap}, {self.first}" if not self.particle else f"{self.core} {self.particle}, {self.inits}"

    def caps(self) -> str:
        return self.full.upper()

    def paraph(self) -> str:
        pp = "".join(w[0].lower() for w in self.particle.replace("'", "").split()) if self.particle else ""
        return (
            self.first[0]
            + pp
            + self.core[0]
            + (self.core[1] if self.r.random() < 0.3 and self.core[1].isalpha() else "")
        )

    def local(self) -> str:
        import unicodedata

        def fold(s: str) -> str:
            s = (
                s.replace("ł", "l")
                .replace("Ł", "L")
                .replace("ı", "i")
                .replace("đ", "d")
                .replace("Đ", "D")
                .replace("ß", "ss")
            )
            return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

        f = fold(self.first).lower().replace(" ", "").replace("'", "")
        s = fold(self.core).lower().replace(" ", "").replace("'", "")
        pp = fold(self.particle).lower().replace(" ", "").replace("'", "")
        r = self.r
        return r.choice(
            [
                f"{f}.{pp}{s}",
                f"{f[0]}.{pp}{s}",
                f"{f}{s}{r.randint(1, 99)}",
                f"{s}.{f}",
                f"{f}_{s}",
                f"{f}.{s}{r.randint(1955, 2005)}",
                f"{f[0]}{s}",
                f"{f}{pp}{s}",
                f"{s}{f[0]}{r.randint(1, 9)}",
            ]
        )

    def email(self, domain: str | None = None) -> str:
        return f"{self.local()}@{domain or self.r.choice(P.PROVIDERS)}"

    def work_email(self, domain: str) -> str:
        loc = self.local().split("@")[0]
        return f"{self.first[0].lower()}.{loc.split('.')[-1] if '.' in loc else loc}@{domain}"

    def relative(self, female: bool | None = None) -> Person:
        p = Person(self.r, self.origin, female=female, sur=self.core, particle=self.particle)
        while p.first == self.first:
            p = Person(self.r, self.origin, female=female, sur=self.core, particle=self.particle)
        return p


def street(r: random.Random) -> str:
    x = r.random()
    if x < 0.12:
        sur = Person(r, "nl").core
        return f"{r.choice(P.STREET_TITLES)} {sur}{r.choice(['straat', 'laan', 'weg', 'plein'])}"
    if x < 0.2:
        return f"{r.choice(['Korte', 'Lange', 'Oude', 'Nieuwe'])} {r.choice(P.STREET_HEADS)}{r.choice(['straat', 'weg', 'dijk', 'gracht'])}"
    return r.choice(P.STREET_HEADS) + r.choice(P.STREET_TAILS)


def house_no(r: random.Random) -> str:
    n = r.randint(1, 240)
    return r.choice(
        [
            str(n),
            str(n),
            str(n),
            f"{n}a",
            f"{n}B",
            f"{n}-II",
            f"{n}-3",
            f"{n} bis",
            f"{n}/2",
            f"{n} rood",
            f"{n}-{r.randint(1, 40)}",
        ]
    )


class Address:
    def __init__(self, r: random.Random, town: str | None = None) -> None:
        self.street = street(r)
        self.no = house_no(r)
        self.pc = postcode(r)
        self.town = town or r.choice(P.TOWNS)

    @property
    def line(self) -> str:
        return f"{self.street} {self.no}"
