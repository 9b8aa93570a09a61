"""Core of holdout20: the document builder, identifiers and people."""

from __future__ import annotations

import re
import unicodedata

import pools20 as P

DUTCH_PARTICLES = {
    "van",
    "van der",
    "van de",
    "van den",
    "de",
    "ter",
    "ten",
    "te",
    "van 't",
    "in 't",
    "op de",
    "van het",
    "in den",
    "op den",
}


class Doc:
    """Collects the personal items (pii) and keep words of one document as the templates write them."""

    def __init__(self, r, ctx=None):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.people: list[Person] = []
        self.ctx = ctx

    def p(self, s: str, label: str) -> str:
        item = {"text": s, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return s

    def k(self, s: str) -> str:
        if s not in self.keep:
            self.keep.append(s)
        return s

    def ks(self, *words: str) -> list[str]:
        return [self.k(w) for w in words]

    # identifiers -----------------------------------------------------------------------------------------
    def bsn(self) -> str:
        return self.p(bsn(self.r), "BSN")

    def iban(self, country: str | None = None) -> str:
        return self.p(iban(self.r, country), "IBAN")

    def phone(self, kind: str = "mobile") -> str:
        return self.p(phone(self.r, kind), "PHONE")

    def postcode(self) -> str:
        return self.p(postcode(self.r), "POSTCODE")

    def plate(self) -> str:
        return self.p(plate(self.r), "LICENSE_PLATE")

    def case(self, fmt: int | None = None) -> str:
        return self.p(case_number(self.r, fmt), "CASE_NUMBER")

    def dob(self, y0: int = 1940, y1: int = 2005, style: int | None = None) -> str:
        return self.p(dob(self.r, y0, y1, style), "DATE_OF_BIRTH")

    def date(self) -> str:
        return self.k(ordinary_date(self.r))

    def street(self, number: bool = True, caps: bool = False) -> str:
        s = street(self.r)
        if number:
            s = f"{s} {house_number(self.r)}"
        return self.p(s.upper() if caps else s, "ADDRESS")

    def person(self, origin: str | None = None, **kw) -> Person:
        pe = make_person(self.r, origin, **kw)
        pe.doc = self
        self.people.append(pe)
        return pe

    def relative(self, base: Person, **kw) -> Person:
        pe = make_person(self.r, base.origin, share=base, **kw)
        pe.doc = self
        self.people.append(pe)
        return pe

    def muni_mail(self, box: str) -> str:
        return self.k(f"{box}@{self.ctx['domain']}")

    def work_mail(self, pe: Person) -> str:
        style = self.r.randrange(3)
        core = fold(pe.core).lower().replace(" ", "").replace("-", "").replace("'", "")
        part = fold(pe.particle).lower().replace(" ", "").replace("'", "")
        if style == 0:
            local = f"{fold(pe.first[0]).lower()}.{part}{core}"
        elif style == 1:
            local = f"{fold(pe.first).lower().replace(' ', '')}.{part}{core}"
        else:
            local = f"{fold(pe.first).lower().replace(' ', '')[:1]}{core}"
        return self.p(f"{local}@{self.ctx['domain']}", "EMAIL")

    def mail(self, pe: Person) -> str:
        r = self.r
        f = fold(pe.first).lower().replace(" ", "").replace("-", "")
        c = fold(pe.core).lower().replace(" ", "").replace("-", "").replace("'", "")
        sep = r.choice([".", "_", "", "-"])
        style = r.randrange(5)
        if style == 0:
            local = f"{f}{sep}{c}"
        elif style == 1:
            local = f"{f[0]}{sep}{c}{r.randint(1, 99)}"
        elif style == 2:
            local = f"{c}{sep}{f}{r.choice(['', str(r.randint(1960, 2009))])}"
        elif style == 3:
            local = f"{f}{r.randint(70, 99)}"
            local = f"{f}{sep}{c[:3]}{r.randint(10, 99)}"
        else:
            local = f"{f}.{c}+{r.choice(['school', 'ggd', 'gemeente', 'post'])}"
        return self.p(f"{local}@{r.choice(P.PROVIDERS)}", "EMAIL")


# ------------------------------------------------------------------------------------------------------------
def fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ø", "o").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    total = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return total % 11 == 0


def bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s == 10:
            continue
        d.append(s)
        t = "".join(map(str, d))
        style = r.randrange(5)
        return [
            t,
            f"{t[:4]}.{t[4:6]}.{t[6:]}",
            f"{t[:3]} {t[3:6]} {t[6:]}",
            f"{t[:2]}.{t[2:4]}.{t[4:6]}.{t[6:]}",
            f"{t[:3]}-{t[3:6]}-{t[6:]}",
        ][style]


IBAN_SPEC = {  # country: list of (kind, length) parts: n digits, a upper letters, c alnum
    "NL": [("a", 4), ("n", 10)],
    "BE": [("n", 12)],
    "DE": [("n", 18)],
    "PL": [("n", 24)],
    "FR": [("n", 10), ("c", 11), ("n", 2)],
    "ES": [("n", 20)],
    "PT": [("n", 21)],
    "TR": [("n", 5), ("n", 1), ("c", 16)],
    "RO": [("a", 4), ("c", 16)],
    "LT": [("n", 16)],
    "GR": [("n", 7), ("c", 16)],
    "HU": [("n", 24)],
    "UA": [("n", 6), ("c", 19)],
    "BG": [("a", 4), ("n", 6), ("c", 8)],
    "IT": [("a", 1), ("n", 10), ("c", 12)],
    "CZ": [("n", 20)],
}
NL_BANKS = ["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "NNBA", "REVO"]


def iban_ok(s: str) -> bool:
    t = re.sub(r"[\s\-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", t):
        return False
    t = t[4:] + t[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def iban(r, country=None) -> str:
    country = country or r.choice(["NL"] * 9 + list(IBAN_SPEC))
    bban = ""
    for kind, n in IBAN_SPEC[country]:
        if country == "NL" and kind == "a":
            bban += r.choice(NL_BANKS)
            continue
        pool = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"}[kind]
        bban += "".join(r.choice(pool) for _ in range(n))
    num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    t = f"{country}{98 - num % 97:02d}{bban}"
    style = r.randrange(6)
    g = " ".join(t[i : i + 4] for i in range(0, len(t), 4))
    return [
        g,
        t,
        g.lower() if country != "NL" else g,
        t[:4] + " " + t[4:],
        "-".join(t[i : i + 4] for i in range(0, len(t), 4)),
        g,
    ][style]


def phone(r, kind="mobile") -> str:
    if kind == "mobile":
        d = "".join(str(r.randint(0, 9)) for _ in range(8))
        return r.choice(
            [
                f"06-{d}",
                f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                f"+31 6 {d[:4]} {d[4:]}",
                f"0031 6 {d}",
                f"+31(0)6-{d}",
                f"06-{d[:4]} {d[4:]}",
                f"06.{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}",
                f"+316{d}",
                f"(06) {d[:3]} {d[3:6]} {d[6:]}",
                f"06 - {d}",
            ]
        )
    if kind == "land":
        a = r.choice(P.AREA)
        n = 10 - len(a)
        d = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
        return r.choice(
            [
                f"{a}-{d}",
                f"{a} {d}",
                f"({a}) {d}",
                f"{a} - {d[:3]} {d[3:5]} {d[5:]}" if n == 7 else f"{a}-{d[:3]} {d[3:]}",
                f"+31 {a[1:]} {d}",
            ]
        )
    cc, lens = r.choice(
        [
            ("48", 9),
            ("90", 10),
            ("212", 9),
            ("32", 9),
            ("49", 11),
            ("380", 9),
            ("40", 9),
            ("359", 9),
            ("44", 10),
            ("34", 9),
            ("351", 9),
            ("30", 10),
            ("963", 9),
            ("251", 9),
            ("234", 10),
            ("233", 9),
        ]
    )
    d = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(lens - 1))
    return r.choice([f"+{cc} {d[:3]} {d[3:6]} {d[6:]}", f"00{cc} {d}", f"+{cc}{d}", f"+{cc} {d[:2]} {d[2:]}"])


def postcode(r) -> str:
    while True:
        lt = "".join(r.choice("ABCDEFGHJKLMNPRTVWXZ") for _ in range(2))
        if lt not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9999)
    return r.choice([f"{n} {lt}", f"{n}{lt}", f"{n} {lt.lower()}", f"{n}  {lt}", f"{n}{lt.lower()}"])


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
    s = "".join(r.choice("BDFGHJKLNPRSTXZ") if c == "L" else str(r.randint(0, 9)) if c == "9" else c for c in code)
    style = r.randrange(5)
    return [s, s, s.replace("-", ""), s.lower(), s.replace("-", " ")][style]


def case_number(r, fmt=None) -> str:
    y = r.choice(["2025", "2026"])
    yy = y[2:]

    def n(k):
        return "".join(str(r.randint(0, 9)) for _ in range(k))

    fmts = [
        f"LP-{yy}-{n(5)}",
        f"VZM/{y}/{n(5)}",
        f"BCO-{yy}-{n(6)}",
        f"GGD{yy}.{n(5)}",
        f"OOV/HV/{y}-{n(3)}",
        f"GBV-{n(4)}-{yy}",
        f"DMC.{y}.{n(3)}",
        f"HALT-{yy}-{n(4)}",
        f"KO-INSP-{yy}-{n(4)}",
        f"SKR{yy}-{n(5)}",
        f"{y}.PLT.{n(4)}",
        f"JGZ-K-{yy}{n(4)}",
        f"CAM/{yy}/{n(4)}",
        f"BOA{yy}-{n(6)}",
        f"VH-{yy}.{n(4)}",
        f"TTP-{y}-{n(3)}",
        f"OGZ.{yy}.{n(4)}",
        f"STG-{y}-{n(4)}",
        f"#AFS20-{n(4)}",
        f"VTA-20-{y}-{n(4)}",
        f"RMC{yy}/{n(4)}",
        f"LLV-{n(3)}-{yy}",
    ]
    return fmts[fmt if fmt is not None else r.randrange(len(fmts))]


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
MON3 = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
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


def dob(r, y0, y1, style=None) -> str:
    import datetime

    y, m, dd = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
    st = style if style is not None else r.randrange(15)
    wd = WEEKDAYS[datetime.date(y, m, dd).weekday()]
    return [
        f"{dd:02d}-{m:02d}-{y}",
        f"{dd}/{m}/{y}",
        f"{dd:02d}.{m:02d}.{y}",
        f"{dd} {MONTHS[m - 1]} {y}",
        f"{dd} {MON3[m - 1]} {y}",
        f"{y}-{m:02d}-{dd:02d}",
        f"{dd} {MONTHS[m - 1].upper()} {y}",
        f"{DAYWORDS[dd - 1]} {MONTHS[m - 1]} {y}",
        f"{wd} {dd} {MONTHS[m - 1]} {y}",
        f"{dd:02d}{m:02d}{y}",
        f"{y}{m:02d}{dd:02d}",
        f"{EN_MONTHS[m - 1]} {dd}, {y}",
        f"{dd}-{m}-'{str(y)[2:]}",
        f"{dd:02d}/{m:02d}/{y}",
        f"{dd} {MONTHS[m - 1]} '{str(y)[2:]}",
    ][st]


def ordinary_date(r) -> str:
    y, m, dd = r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{dd} {MONTHS[m - 1]} {y}",
            f"{dd:02d}-{m:02d}-{y}",
            f"{dd} {MONTHS[m - 1]}",
            f"{dd} {MON3[m - 1]} {y}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{dd}/{m}/{y}",
        ]
    )


def street(r) -> str:
    k = r.randrange(10)
    if k < 6:
        return r.choice(P.STREET_HEADS) + r.choice(P.STREET_TAILS)
    if k < 8:
        return r.choice(["Korte ", "Lange ", "Oude ", "Nieuwe "]) + r.choice(P.STREET_HEADS) + r.choice(P.STREET_TAILS)
    o = P.ORIGINS[r.choice(["nl", "fy", "li", "be"])]
    sur = r.choice(o["sh"]) + r.choice(o["st"])
    return f"{r.choice(P.TITLED)} {sur}{r.choice(['straat', 'laan', 'plein', 'singel'])}"


def house_number(r) -> str:
    n = r.randint(1, 240)
    return r.choice(
        [str(n), str(n), f"{n}a", f"{n}B", f"{n}-II", f"{n}-3", f"{n} bis", f"{n}/2", f"{n} rood", f"{n}-A"]
    )


# people --------------------------------------------------------------------------------------------------------
class Person:
    def __init__(self, first, second, particle, core, female, origin, nick=None):
        self.first, self.second, self.particle, self.core = first, second, particle, core
        self.female, self.origin, self.nick = female, origin, nick
        self.doc: Doc | None = None

    def _r(self, s: str) -> str:
        return self.doc.p(s, "PERSON") if self.doc is not None else s

    # name pieces
    def inits(self, style: int = 0) -> str:
        letters = [w[0].upper() for w in self.first.replace("-", " ").split()] + (
            [self.second[0].upper()] if self.second else []
        )
        return [
            "".join(c + "." for c in letters),
            "".join(letters),
            " ".join(c + "." for c in letters),
            ".".join(letters),
            "".join(c + "." for c in letters),
        ][style]

    def sur(self) -> str:
        """Surname as it stands alone (Dutch particle capitalised)."""
        if self.particle in DUTCH_PARTICLES:
            pa = self.particle[0].upper() + self.particle[1:]
        else:
            pa = self.particle
        return join(pa, self.core)

    def sur_in(self) -> str:
        return join(self.particle, self.core)

    # registered forms
    def full(self) -> str:
        return self._r(join(self.first, self.sur_in()))

    def full2(self) -> str:
        return self._r(join(self.first, self.second or "", self.sur_in()))

    def first_(self) -> str:
        return self._r(self.first)

    def last(self) -> str:
        return self._r(self.sur())

    def core_(self) -> str:
        return self._r(self.core)

    def ini(self, style=None) -> str:
        st = style if style is not None else self.doc.r.randrange(5)
        return self._r(join(self.inits(st), self.sur_in()))

    def surfirst(self, style=None) -> str:
        st = style if style is not None else self.doc.r.randrange(3)
        if st == 0:
            return self._r(f"{self.core}, {join(self.inits(), self.particle)}")
        if st == 1:
            return self._r(f"{self.sur()}, {self.first}")
        return self._r(f"{self.sur().upper()}, {self.first}")

    def caps(self) -> str:
        return self._r(join(self.first, self.sur_in()).upper())

    def capsur(self) -> str:
        return self._r(self.sur().upper())

    def lower(self) -> str:
        return self._r(join(self.first, self.sur_in()).lower())

    def paraph(self) -> str:
        pa = "".join(w[0].lower() for w in re.split(r"[ '\-]+", self.particle) if w)
        return self._r(self.inits(1) + pa + self.core[0].upper())

    def nickname(self) -> str:
        return self._r(self.nick or self.first)

    def quoted(self) -> str:
        return self._r(f'{self.first} "{self.nick}" {self.sur_in()}') if self.nick else self.full()

    def poss(self) -> str:
        s = self.sur()
        if s[-1] in "sxz":
            return self._r(s) + "'"
        if s[-1] in "aeiouy":
            return self._r(s) + "'s"
        return self._r(s + "s")

    def title(self) -> str:
        return "mevrouw" if self.female else "de heer"

    def any(self) -> str:
        """A random form for a later mention."""
        k = self.doc.r.randrange(8)
        return [self.full, self.last, self.last, self.ini, self.first_, self.full, self.caps, self.last][k]()

    def name_words(self) -> list[str]:
        s = " ".join([self.first, self.second or "", self.particle, self.core, self.nick or ""])
        return [w for w in re.split(r"[^\w']+", s) if w]


def join(*parts: str) -> str:
    out = ""
    for p in parts:
        if not p:
            continue
        if not out:
            out = p
        elif out.endswith("'") or out.endswith("-"):
            out += p
        else:
            out += " " + p
    return out


ATTACHED = {"Mc", "Mac", "Fitz", "O'", "D'", "Al-", "El-"}
ORIGIN_KEYS = list(P.ORIGINS)
WEIGHTED = ["nl"] * 10 + ["fy", "li", "be", "ma", "ma", "tr", "tr", "sh", "sc"] + ORIGIN_KEYS


def _compose_first(r, names: list[str]) -> str:
    a, b = r.sample(names, 2)
    if " " in a or " " in b or "-" in a or "-" in b:
        return a
    ia = [i for i in range(2, len(a) - 1) if a[i - 1] in "aeiouyàáèéëíïóöúüâêôûîāēīōū" and a[i] not in "aeiouy"]
    ib = [i for i in range(1, len(b) - 1) if b[i - 1] in "aeiouyàáèéëíïóöúüâêôûîāēīōū" and b[i] not in "aeiouy"]
    if not ia or not ib:
        return a
    return a[: r.choice(ia)] + b[r.choice(ib) :]


def make_person(r, origin=None, share: Person | None = None, female=None, child=False) -> Person:
    origin = origin or r.choice(WEIGHTED)
    o = P.ORIGINS[origin]
    female = r.random() < 0.5 if female is None else female
    names = o["ff"] if female else o["fn"]
    first = _compose_first(r, names) if r.random() < 0.35 else r.choice(names)
    second = None
    if r.random() < 0.3:
        second = r.choice([n for n in names if n != first] or names)
        if " " in second:
            second = None
    nick = r.choice(P.NICKS) if r.random() < 0.12 else None
    if share is not None:
        particle, core = share.particle, share.core
        if female and origin in ("pl", "bg", "lt", "cz", "gr") and "stf" in o:
            for mt, ft in zip(o["st"], o["stf"], strict=False):
                if core.endswith(mt) and mt:
                    core = core[: -len(mt)] + ft
                    break
        return Person(first, second, particle, core, female, origin, nick)
    tails = o.get("stf") if (female and "stf" in o) else o["st"]
    core = r.choice(o["sh"]) + r.choice(tails)
    if origin == "es" and r.random() < 0.5:
        core = f"{core} {r.choice(o['sh'])}{r.choice(o['st'])}"
    particle = ""
    if "pa" in o and r.random() < (0.6 if origin == "nl" else 0.45):
        particle = r.choice(o["pa"])
        if particle in ATTACHED:
            core, particle = particle + core, ""
    if r.random() < 0.07:  # double-barrelled across origins
        o2 = P.ORIGINS[r.choice(WEIGHTED)]
        core = f"{core}-{r.choice(o2['sh'])}{r.choice(o2['st'])}"
    return Person(first, second, particle, core, female, origin, nick)
