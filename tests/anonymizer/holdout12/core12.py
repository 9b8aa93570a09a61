"""People, identifiers and the document builder of holdout12 (standard library only).

The builder records every personal item as a slot writes it, so each occurrence in the text is annotated in the form
in which it occurs; keep words are recorded the same way.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from random import Random
from typing import Any

import pools12 as P

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
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NUMWORDS = [
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
    "negenentwintig",
    "dertig",
    "eenendertig",
]


def fold(s: str) -> str:
    """ASCII-fold a name (for mail addresses, handles, file names)."""
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s: str, sep: str = "") -> str:
    return re.sub(r"[^a-z0-9]+", sep, fold(s).lower()).strip(sep)


# ---------------------------------------------------------------- segments and the builder


class K(str):
    """A keep word: written as is and listed in ``keep``."""


def seg(text: str, label: str = "PERSON") -> tuple[str, str]:
    return (text, label)


class B:
    """Collects text, pii items and keep words; ``add`` takes strings, (text, label) tuples, K words and lists."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pii: list[dict] = []
        self.keep: list[str] = []

    def add(self, *segs: object) -> B:
        for s in segs:
            if s is None:
                continue
            if isinstance(s, K):
                self.parts.append(str(s))
                if str(s) not in self.keep:
                    self.keep.append(str(s))
            elif isinstance(s, str):
                self.parts.append(s)
            elif isinstance(s, tuple):
                text, label = s
                self.parts.append(text)
                item = {"text": text, "label": label}
                if item not in self.pii:
                    self.pii.append(item)
            else:
                self.add(*s)
        return self

    def t(self, tpl: str, **slots: Any) -> B:
        """Render a template: ``{key}`` or ``{obj.form}`` slots, ``[[word]]`` keep words."""
        for tok in re.split(r"(\{[^{}]+\}|\[\[[^\]]+\]\])", tpl):
            if not tok:
                continue
            if tok.startswith("[["):
                self.add(K(tok[2:-2]))
            elif tok.startswith("{"):
                key = tok[1:-1]
                if "." in key:
                    obj, form = key.split(".", 1)
                    self.add(slots[obj].m(form))
                else:
                    v = slots[key]
                    self.add(v() if callable(v) else v)
            else:
                self.add(tok)
        return self

    def text(self) -> str:
        return "".join(self.parts)

    def doc(self, did: str, known: dict | None = None) -> dict:
        text = self.text()
        keep = [k for k in self.keep if re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text)]
        d = {"id": did, "text": text, "pii": self.pii, "keep": keep}
        if known is not None:
            d = {"id": did, "text": text, "known": known, "pii": self.pii, "keep": keep}
        return d


# ---------------------------------------------------------------- identifiers


def bsn(r: Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True)) % 11
        if s < 10:
            return "".join(map(str, d)) + str(s)


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=True)) - d[8]) % 11 == 0


def bsn_spell(r: Random, n: str) -> str:
    f = r.randrange(7)
    return [
        n,
        f"{n[:4]}.{n[4:6]}.{n[6:]}",
        f"{n[:3]} {n[3:6]} {n[6:]}",
        f"{n[:3]}.{n[3:6]}.{n[6:]}",
        f"{n[:4]} {n[4:6]} {n[6:]}",
        f"{n[:3]}-{n[3:6]}-{n[6:]}",
        f"{n[:2]} {n[2:5]} {n[5:]}",
    ][f]


_IBAN = {  # country: BBAN pattern (a = letter, 9 = digit, x = letter or digit)
    "NL": "BANK9999999999",
    "BE": "999999999999",
    "DE": "999999999999999999",
    "FR": "9999999999xxxxxxxxxxx99",
    "ES": "99999999999999999999",
    "PT": "999999999999999999999",
    "IT": "a9999999999xxxxxxxxxxxx",
    "PL": "999999999999999999999999",
    "TR": "999990xxxxxxxxxxxxxxxx",
    "RO": "aaaaxxxxxxxxxxxxxxxx",
    "BG": "aaaa999999xxxxxxxx",
    "LU": "999xxxxxxxxxxxxx",
    "AT": "9999999999999999",
    "HR": "99999999999999999",
    "CZ": "99999999999999999999",
    "HU": "999999999999999999999999",
    "LT": "9999999999999999",
    "GR": "9999999xxxxxxxxxxxxxxxx",
    "CH": "99999xxxxxxxxxxxx",
    "DK": "99999999999999",
}
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "NNBA", "REVO", "FVLB"]
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban(r: Random, country: str = "NL") -> str:
    pat = _IBAN[country]
    bban = ""
    for c in pat:
        if c == "9":
            bban += str(r.randint(0, 9))
        elif c == "a":
            bban += r.choice(UP)
        elif c == "x":
            bban += r.choice("0123456789" + UP)
        elif c == "B":
            pass
        else:
            bban += c
    if country == "NL":
        bban = r.choice(NL_BANKS) + bban[4:]
    check = 98 - _mod97(bban + country + "00")
    return f"{country}{check:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = re.sub(r"[\s\-]", "", s).upper()
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s)) and _mod97(s[4:] + s[:4]) == 1


def iban_spell(r: Random, s: str) -> str:
    g = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    f = r.randrange(7)
    return [
        g,
        s,
        g.lower(),
        "-".join(s[i : i + 4] for i in range(0, len(s), 4)),
        s[:2] + " " + s[2:4] + " " + g[5:],
        s[:4] + " " + s[4:],
        g,
    ][f]


def postcode(r: Random) -> str:
    letters = "ABCDEGHJKLMNPRTVWXZ"
    while True:
        pc = f"{r.randint(1011, 9999)} {r.choice(letters)}{r.choice(letters)}"
        if pc[-2:] not in ("SA", "SD", "SS"):
            return pc


def pc_spell(r: Random, pc: str) -> str:
    f = r.randrange(6)
    return [pc, pc.replace(" ", ""), pc.lower(), pc.replace(" ", "").lower(), pc.replace(" ", "-"), pc][f]


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


def plate(r: Random, code: int | None = None) -> str:
    pat = SIDECODES[r.randrange(14) if code is None else code]
    out = "".join(r.choice(PLATE_L) if c == "L" else str(r.randint(1, 9)) if c == "9" else c for c in pat)
    return out


def plate_spell(r: Random, p: str) -> str:
    f = r.randrange(6)
    return [p, p.replace("-", ""), p.replace("-", " "), p.lower(), p, p.replace("-", "").lower()][f]


def case_number(r: Random, fmt: int | None = None) -> str:
    """Municipal case numbers in this set's own 26 formats."""
    y = r.choice(["25", "26"])
    Y = "20" + y
    n = r.randint
    f = r.randrange(26) if fmt is None else fmt
    return [
        f"Z/{y}/{n(100000, 999999)}",
        f"{Y}-AFS-{n(0, 9999):05d}",
        f"BZW{y}.{n(0, 9999):04d}",
        f"ZK-{y}-{n(100, 999)}.{n(100, 999)}",
        f"MLD/{Y}/{n(1000, 9999)}",
        f"VA-{n(1, 9999):04d}-{y}",
        f"{y}.{n(0, 9999):04d}.VTA",
        f"DOS {Y}/{n(1000, 9999)}",
        f"AF{Y}-{n(1, 12):02d}-{n(1, 9999):04d}",
        f"K{y}-{n(1, 99999):05d}",
        f"BZ.{Y}.{n(1000, 9999)}-{r.choice('abcd')}",
        f"INT-{y}{n(1, 12):02d}{n(1, 28):02d}-{n(1, 99):02d}",
        f"R-{Y}/{n(1, 9999):04d}",
        f"WZ{y}/{n(1000, 9999)}",
        f"#VTA{n(1000, 9999)}",
        f"HZ-{Y}-{n(1, 99999):05d}",
        f"SD {y}-{n(1, 9999):04d}",
        f"PV-{y}-{n(10000, 99999)}",
        f"OMG/{Y}/{n(1, 9999):04d}",
        f"JZ-{y}.{n(100, 999)}",
        f"KLA{y}-{n(1, 999):03d}",
        f"Z{Y}-{n(1, 999999):06d}",
        f"{Y}/AFST/{n(1, 9999):04d}",
        f"VVA-{y}-{n(1, 9999):04d}{r.choice('ABCDEF')}",
        f"BB/{y}/{n(1, 12):02d}/{n(100, 999)}",
        f"TK{n(10, 99)}-{y}-{n(1000, 9999)}",
    ][f]


N_CASE_FORMATS = 26


def dob(r: Random) -> datetime.date:
    return datetime.date(r.randint(1931, 2008), r.randint(1, 12), r.randint(1, 28))


def dob_spell(r: Random, d: datetime.date, style: int | None = None) -> str:
    """Dates of birth in 16 styles."""
    s = r.randrange(16) if style is None else style
    dd, mm, yy = d.day, d.month, d.year
    return [
        f"{dd:02d}-{mm:02d}-{yy}",
        f"{dd:02d}/{mm:02d}/{yy}",
        f"{dd:02d}.{mm:02d}.{yy}",
        f"{dd} {MONTHS[mm - 1]} {yy}",
        f"{dd} {MON3[mm - 1]}. {yy}",
        f"{yy}-{mm:02d}-{dd:02d}",
        f"{dd}-{mm}-'{str(yy)[2:]}",
        f"{dd} {MONTHS[mm - 1].upper()} {yy}",
        f"{NUMWORDS[dd - 1]} {MONTHS[mm - 1]} {yy}",
        f"{dd}de {MONTHS[mm - 1]} {yy}" if dd not in (1, 8) and dd < 20 else f"{dd}ste {MONTHS[mm - 1]} {yy}",
        f"{WEEKDAYS[d.weekday()]} {dd} {MONTHS[mm - 1]} {yy}",
        f"{yy}{mm:02d}{dd:02d}",
        f"{EN_MONTHS[mm - 1]} {dd}, {yy}",
        f"{dd}/{mm}/{str(yy)[2:]}",
        f"{dd} {MONTHS[mm - 1][:3].capitalize()} {yy}",
        f"{dd:02d}{mm:02d}{yy}",
    ][s]


N_DOB_STYLES = 16


def ordinary_date(r: Random) -> str:
    d = datetime.date(2026, r.randint(1, 11), r.randint(1, 28))
    f = r.randrange(6)
    return [
        f"{d.day} {MONTHS[d.month - 1]}",
        f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}",
        f"{d.day} {MONTHS[d.month - 1]} 2026",
        f"{d.day:02d}-{d.month:02d}-2026",
        f"{d.day} {MON3[d.month - 1]}.",
        f"{WEEKDAYS[d.weekday()]} {d.day}/{d.month}",
    ][f]


def phone_nl_mobile(r: Random) -> str:
    d = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
    a, b = d[1:], d
    f = r.randrange(16)
    return [
        f"0{b}",
        f"0{b[0]}-{a}",
        f"0{b[0]} {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
        f"+31 {b[0]} {a[:4]} {a[4:]}",
        f"+31 (0){b[0]} {a}",
        f"0{b[0]} {a[:4]} {a[4:]}",
        f"0{b[0]}.{a[:4]}.{a[4:]}",
        f"(0{b[0]}) {a[:4]}-{a[4:]}",
        f"0{b[0]} {a[:3]} {a[3:5]} {a[5:]}",
        f"+31 {b[0]} {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
        f"+31-(0){b[0]}-{a}",
        f"0{b[0]}/{a[:2]}.{a[2:4]}.{a[4:6]}.{a[6:]}",
        f"0{b[0]} {a[:4]} {a[4:6]} {a[6:]}",
        f"+31{b}",
        f"0031 (0){b[0]} {a[:4]} {a[4:]}",
        f"0{b[0]}-{a[:3]} {a[3:6]} {a[6:]}",
    ][f]


AREA = [
    "010",
    "020",
    "030",
    "040",
    "050",
    "070",
    "071",
    "072",
    "073",
    "076",
    "077",
    "078",
    "0118",
    "0162",
    "0174",
    "0223",
    "0252",
    "0294",
    "0313",
    "0345",
    "0413",
    "0485",
    "0492",
    "0511",
    "0524",
    "0546",
    "0592",
    "0575",
]


def phone_nl_land(r: Random) -> str:
    area = r.choice(AREA)
    rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
    rest = str(r.randint(2, 9)) + rest[1:]
    f = r.randrange(8)
    return [
        f"{area}-{rest}",
        f"{area} {rest}",
        f"({area}) {rest}",
        f"+31 (0){area[1:]} {rest}",
        f"{area} - {rest}",
        f"{area}.{rest}",
        f"0031 {area[1:]} {rest}",
        f"{area} {rest[:3]} {rest[3:]}" if len(rest) >= 6 else f"{area} {rest}",
    ][f]


FOREIGN = [
    ("+32", [3, 2, 2, 2], "4"),
    ("+49", [3, 8], "15"),
    ("+90", [3, 3, 2, 2], "5"),
    ("+212", [1, 2, 2, 2, 2], "6"),
    ("+597", [3, 4], "8"),
    ("+599", [1, 3, 4], "9"),
    ("+44", [4, 6], "7"),
    ("+48", [3, 3, 3], "5"),
    ("+380", [2, 3, 4], "6"),
    ("+40", [3, 3, 3], "7"),
    ("+359", [2, 3, 4], "8"),
    ("+963", [3, 3, 3], "9"),
    ("+233", [2, 3, 4], "2"),
    ("+234", [3, 3, 4], "8"),
    ("+251", [2, 3, 4], "9"),
    ("+252", [2, 7], "6"),
    ("+93", [2, 3, 4], "7"),
    ("+98", [3, 3, 4], "9"),
    ("+387", [2, 3, 3], "6"),
    ("+355", [2, 3, 4], "6"),
    ("+370", [3, 5], "6"),
    ("+420", [3, 3, 3], "6"),
    ("+63", [3, 3, 4], "9"),
    ("+66", [2, 3, 4], "8"),
    ("+86", [3, 4, 4], "1"),
    ("+84", [2, 3, 4], "9"),
    ("+36", [2, 3, 4], "2"),
    ("+30", [2, 4, 4], "6"),
    ("+39", [3, 3, 4], "3"),
    ("+34", [3, 2, 2, 2], "6"),
    ("+351", [3, 3, 3], "9"),
    ("+238", [3, 2, 2], "9"),
    ("+243", [2, 3, 4], "8"),
    ("+374", [2, 6], "9"),
]


def phone_foreign(r: Random) -> str:
    cc, groups, first = r.choice(FOREIGN)
    parts = []
    for i, g in enumerate(groups):
        s = "".join(str(r.randint(0, 9)) for _ in range(g))
        if i == 0:
            s = first + s[len(first) :] if g >= len(first) else s
        parts.append(s)
    if r.random() < 0.3:
        return "00" + cc[1:] + " " + " ".join(parts)
    if r.random() < 0.2:
        return cc + "".join(parts)
    return cc + " " + " ".join(parts)


def phone(r: Random, foreign: float = 0.15, land: float = 0.25) -> str:
    x = r.random()
    if x < foreign:
        return phone_foreign(r)
    if x < foreign + land:
        return phone_nl_land(r)
    return phone_nl_mobile(r)


def wa_number(s: str) -> str:
    """A phone number as written in a wa.me link (country code, no plus, no leading zero)."""
    d = re.sub(r"\D", "", s)
    if d.startswith("00"):
        d = d[2:]
    elif d.startswith("0"):
        d = "31" + d[1:]
    return "31" + d[3:] if d.startswith("310") else d


def digits7(s: str) -> str:
    return re.sub(r"\D", "", s)[-7:]


# ---------------------------------------------------------------- people


class Person:
    """A person and the forms in which a text may name them; ``m(form)`` returns segments."""

    def __init__(
        self, r: Random, origin: str, first: str, sur: str, particle: str, gender: str, role: str = ""
    ) -> None:
        self.r = r
        self.origin = origin
        self.first = first
        self.sur_base = sur
        self.particle = particle  # lower-case form, e.g. "van der", or "" ; "El"/"Al-" kind are part of sur
        self.gender = gender
        self.role = role
        self.nick = P.nickname(r, first)
        self.email = ""
        self.phone = ""
        self.title_style = r.randrange(4)
        self.cap_particle = r.random() < 0.85
        self.town = ""

    # name pieces
    @property
    def sur(self) -> str:  # as after a first name
        return f"{self.particle} {self.sur_base}" if self.particle else self.sur_base

    @property
    def Sur(self) -> str:  # without a first name: Dutch particles capitalised
        if not self.particle:
            return self.sur_base
        p = self.particle[0].upper() + self.particle[1:] if self.cap_particle else self.particle
        return f"{p} {self.sur_base}"

    @property
    def full(self) -> str:
        return f"{self.first} {self.sur}"

    @property
    def initials(self) -> str:
        parts = re.split(r"[\s\-]+", self.first)
        return "".join(p[0].upper() + "." for p in parts if p)

    def ini_spell(self) -> str:
        i = self.initials
        f = self.r.randrange(5)
        if len(i) <= 2:
            return [i, i, i[0], i, i][f]
        return [i, i.replace(".", ""), i.replace(".", ". ").strip(), i[:-1], i.replace(".", ".-", 1)[:-1] + "."][f]

    def title(self) -> str:
        if self.gender == "f":
            return ["mevrouw", "mw.", "mevr.", "Mw."][
                self.title_style if self.r.random() < 0.7 else self.r.randrange(4)
            ]
        return ["meneer", "dhr.", "de heer", "Dhr."][self.title_style if self.r.random() < 0.7 else self.r.randrange(4)]

    def Title(self) -> str:
        t = self.title()
        return t[0].upper() + t[1:]

    def poss(self, name: str) -> list:
        if name[-1] in "sxzSXZ":
            return [seg(name), "'"]
        if name[-1] in "aeiouyAEIOUYéèáíóú":
            return [seg(name), "'s"]
        return [seg(name + "s")]

    def handle(self) -> str:
        f = self.r.randrange(4)
        fi, sb = slug(self.first), slug(self.sur_base)
        return [f"{fi}.{sb}", f"{fi[0]}{sb}", f"{fi}_{sb[:4]}", f"{sb}{self.r.randint(10, 99)}"][f]

    def typo(self) -> str:
        s = self.sur_base
        if len(s) < 5:
            return s + s[-1]
        i = self.r.randrange(1, len(s) - 2)
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]

    def m(self, form: str) -> list | tuple:
        """Segments for one mention of this person."""
        r = self.r
        if form == "f":
            return seg(self.full)
        if form == "F":
            return seg(self.first)
        if form == "s":
            return seg(self.Sur)
        if form == "sl":
            return seg(self.sur)
        if form == "t":
            return [self.title() + " ", seg(self.Sur)]
        if form == "T":
            return [self.Title() + " ", seg(self.Sur)]
        if form == "tf":
            return [self.title() + " ", seg(self.full)]
        if form == "Tf":
            return [self.Title() + " ", seg(self.full)]
        if form == "i":
            return seg(f"{self.ini_spell()} {self.sur}")
        if form == "ti":
            return [self.title() + " ", seg(f"{self.ini_spell()} {self.sur}")]
        if form == "ps":
            return self.poss(self.Sur)
        if form == "Fps":
            return self.poss(self.first)
        if form == "U":
            return seg(self.full.upper())
        if form == "SU":
            return seg(self.sur.upper())
        if form == "FU":
            return seg(self.first.upper())
        if form == "l":
            return seg(self.full.lower())
        if form == "Fl":
            return seg(self.first.lower())
        if form == "sL":
            return seg(self.sur.lower())
        if form == "n":
            return seg(self.nick)
        if form == "nq":
            return [seg(self.first), " '", seg(self.nick), "' ", seg(self.sur)]
        if form == "rev":
            return [seg(self.Sur), ", ", seg(self.first)]
        if form == "revi":
            return [seg(self.Sur), ", ", seg(self.initials)]
        if form == "at":
            return ["@", seg(self.handle())]
        if form == "ini":
            return seg(self.paraph())
        if form == "typo":
            return seg(self.typo())
        if form == "lk":
            return seg(slug(self.full, "-"))
        if form == "slug":
            return seg(slug(self.sur_base, "-"))
        if form == "fold":
            return seg(fold(self.full))
        if form == "any":
            return self.m(r.choice(["f", "t", "s", "F", "i", "tf"]))
        raise KeyError(form)

    def paraph(self) -> str:
        if not hasattr(self, "_paraph"):
            base = self.initials.replace(".", "")
            pp = "".join(w[0] for w in self.particle.split()) if self.particle else ""
            self._paraph = base + pp + fold(self.sur_base)[0].upper()
        return self._paraph


def make_person(
    r: Random, origin: str | None = None, gender: str | None = None, sur_of: Person | None = None
) -> Person:
    o = origin or r.choice(P.ORIGIN_KEYS)
    g = gender or r.choice("fm")
    first = P.first_name(r, o, g)
    if sur_of is not None:
        p = Person(r, sur_of.origin, first, sur_of.sur_base, sur_of.particle, g)
        return p
    particle, sur = P.surname(r, o, g)
    if r.random() < 0.07:  # double-barrelled
        o2 = r.choice(P.ORIGIN_KEYS)
        p2, s2 = P.surname(r, o2, g)
        sur = f"{sur}-{p2 + ' ' if p2 else ''}{s2}"
    return Person(r, o, first, sur, particle, g)


class Cast:
    """The people of one document: distinct first names and surnames, and helper draws."""

    def __init__(self, r: Random) -> None:
        self.r = r
        self.people: list[Person] = []

    def _ok(self, p: Person) -> bool:
        words = {w.lower() for w in re.findall(r"\w+", p.full + " " + p.nick) if len(w) > 1}
        for q in self.people:
            if q.first == p.first or q.nick == p.nick:
                return False
            if q.sur_base == p.sur_base:
                continue
            other = {w.lower() for w in re.findall(r"\w+", q.full + " " + q.nick) if len(w) > 1}
            if (words & other) - set(P.PARTICLE_WORDS):
                return False
        return True

    def new(self, origin: str | None = None, gender: str | None = None, role: str = "") -> Person:
        for _ in range(50):
            p = make_person(self.r, origin, gender)
            if self._ok(p):
                break
        p.role = role
        self._contacts(p)
        self.people.append(p)
        return p

    def relative(self, of: Person, gender: str | None = None, role: str = "") -> Person:
        for _ in range(50):
            p = make_person(self.r, of.origin, gender, sur_of=of)
            if self._ok(p):
                break
        p.role = role
        self._contacts(p)
        self.people.append(p)
        return p

    def official(self, role: str = "") -> Person:
        p = self.new(role=role)
        r = self.r
        town = r.choice(P.TOWNS)
        fi, sb = slug(p.first, "."), slug(p.sur, "")
        p.email = (
            r.choice([f"{fi[0]}.{sb}", f"{fi}.{sb}", f"{sb}.{fi[0]}", f"{fi[0]}{sb}"])
            + "@"
            + r.choice([f"{slug(town, '')}.nl", f"gemeente-{slug(town, '-')}.nl", f"{slug(town, '')}.nl"])
        )
        p.town = town
        return p

    def _contacts(self, p: Person) -> None:
        r = self.r
        fi, sb = slug(p.first, "."), slug(p.sur, "")
        local = r.choice(
            [
                f"{fi}.{sb}",
                f"{fi}{sb}",
                f"{fi[0]}.{sb}",
                f"{sb}.{fi}",
                f"{fi}_{sb}",
                f"{fi}.{sb}{r.randint(60, 99)}",
                f"{fi}{r.randint(1961, 2004)}",
                f"{sb}{fi[0]}+vta",
                f"{fi[:3]}.{sb}",
            ]
        )
        if len(local) < 6:
            local = f"{fi}.{sb}"
        p.email = local + "@" + r.choice(P.MAIL_DOMAINS)
        p.phone = phone(r)

    def surnames(self) -> set[str]:
        return {p.sur_base for p in self.people}


# ---------------------------------------------------------------- addresses


def street(r: Random) -> str:
    return P.street(r)


def house_no(r: Random) -> str:
    n = r.randint(1, 240)
    f = r.randrange(10)
    return [
        str(n),
        str(n),
        str(n),
        f"{n}{r.choice('abc')}",
        f"{n}{r.choice('ABC')}",
        f"{n}-{r.choice(['I', 'II', 'III'])}",
        f"{n}-{r.randint(1, 4)}",
        f"{n} bis",
        f"{n}/{r.randint(1, 3)}",
        f"{n} rood",
    ][f]


def address(r: Random) -> tuple[str, str]:
    s = street(r)
    return s, f"{s} {house_no(r)}"
