"""Core of holdout27: identifiers, people, and the builder that records each item exactly as a template writes it.

Templates are f-strings; every personal item is written through a helper that wraps it in a marker
(``\\x01LABEL\\x02text\\x03``), every explicit keep word through ``k()``. ``finish()`` strips the markers, so an item's
text is always exactly what stands in the document.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from pools27 import (
    FPARTS,
    KEEP_VOCAB,
    MUNIS,
    NICKNAMES,
    ORIGINS,
    PROVIDERS,
    STREET_PRE,
    STREET_SOLO,
    STREET_SUF,
    STREET_TITLED,
    TOWNS,
)

MARK = re.compile(r"\x01([A-Z_]+)\x02(.*?)\x03", re.S)
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


def m(label: str, text: str) -> str:
    return f"\x01{label}\x02{text}\x03"


def k(text: str) -> str:
    return m("KEEP", text)


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
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
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
    "negenentwintig",
    "dertig",
    "eenendertig",
]


def fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- identifiers


def bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if s < 10:
            d.append(s)
            v = "".join(map(str, d))
            return r.choice(
                [
                    v,
                    v,
                    v,
                    f"{v[:4]}.{v[4:6]}.{v[6:]}",
                    f"{v[:3]} {v[3:6]} {v[6:]}",
                    f"{v[:3]}-{v[3:6]}-{v[6:]}",
                    f"{v[:2]} {v[2:5]} {v[5:]}",
                ]
            )


def bsn_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    if len(d) != 9:
        return False
    return (sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) - int(d[8])) % 11 == 0


IBAN_SPEC = {
    "NL": ("B4", 10),
    "BE": ("", 12),
    "DE": ("", 18),
    "FR": ("", 23),
    "ES": ("", 20),
    "PL": ("", 24),
    "TR": ("", 22),
    "PT": ("", 21),
    "IT": ("L1", 22),
    "LU": ("", 16),
    "AT": ("", 16),
    "RO": ("B4", 16),
    "BG": ("B4", 14),
    "GR": ("", 23),
    "LT": ("", 16),
    "HR": ("", 17),
    "DK": ("", 14),
    "CH": ("", 17),
    "SE": ("", 20),
    "IE": ("B4", 14),
}
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "REVO", "NWAB"]


def _iban_check(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{98 - int(num) % 97:02d}"


def iban_ok(text: str) -> bool:
    s = re.sub(r"[\s\-]", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def iban(r, cc: str | None = None) -> str:
    cc = cc or (r.choice(list(IBAN_SPEC)) if r.random() < 0.25 else "NL")
    pre, n = IBAN_SPEC[cc]
    if pre == "B4":
        bank = r.choice(NL_BANKS) if cc == "NL" else "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(4))
    elif pre == "L1":
        bank = r.choice("ABCDEFGHJKLMNPRSTUVWXZ")
    else:
        bank = ""
    bban = bank + "".join(str(r.randint(0, 9)) for _ in range(n))
    s = cc + _iban_check(cc, bban) + bban
    style = r.random()
    if style < 0.55:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    if style < 0.8:
        return s
    if style < 0.88:
        return s.lower() if cc == "NL" else s
    if style < 0.94:
        return "-".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s[:4] + " " + s[4:]


def mobile(r) -> str:
    d = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
    a, b = d[1:], d
    return r.choice(
        [
            f"0{b}",
            f"06-{a}",
            f"06 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
            f"+31 6 {a}",
            f"+31 (0)6 {a[:4]} {a[4:]}",
            f"+316{a}",
            f"06-{a[:2]}.{a[2:4]}.{a[4:6]}.{a[6:]}",
            f"0031 6 {a}",
            f"(06) {a[:4]} {a[4:]}",
            f"06 - {a}",
            f"+31-6-{a[:2]}-{a[2:4]}-{a[4:6]}-{a[6:]}",
            f"06{a[:4]} {a[4:]}",
            f"06.{a[:4]}.{a[4:]}",
        ]
    )


AREA = [
    "010",
    "020",
    "030",
    "040",
    "050",
    "070",
    "0111",
    "0113",
    "0161",
    "0172",
    "0223",
    "0228",
    "0251",
    "0294",
    "0315",
    "0341",
    "0418",
    "0475",
    "0495",
    "0511",
    "0546",
    "0570",
    "0591",
    "0313",
    "038",
    "024",
    "026",
    "043",
]


def landline(r) -> str:
    a = r.choice(AREA)
    n = "".join(str(r.randint(0, 9)) for _ in range(10 - len(a)))
    n = str(r.randint(2, 9)) + n[1:]
    return r.choice(
        [
            f"{a}-{n}",
            f"{a} {n}",
            f"({a}) {n}",
            f"+31 {a[1:]} {n}",
            f"{a}{n}",
            f"{a} - {n[:3]} {n[3:]}" if len(n) > 5 else f"{a} - {n}",
            f"0031 {a[1:]} {n}",
        ]
    )


FOREIGN = [
    ("+32", "4", 8),
    ("+49", "15", 9),
    ("+48", "5", 8),
    ("+90", "53", 8),
    ("+212", "6", 8),
    ("+44", "7", 9),
    ("+33", "6", 8),
    ("+34", "6", 8),
    ("+351", "9", 8),
    ("+40", "7", 8),
    ("+359", "88", 7),
    ("+380", "67", 7),
    ("+30", "69", 8),
    ("+39", "3", 9),
    ("+97", "1", 8),
    ("+251", "9", 8),
    ("+252", "61", 7),
    ("+234", "80", 8),
    ("+233", "24", 7),
    ("+63", "9", 9),
    ("+370", "6", 7),
    ("+36", "30", 7),
    ("+297", "56", 5),
    ("+599", "9", 7),
    ("+597", "8", 6),
    ("+66", "8", 8),
    ("+82", "10", 8),
]


def foreign(r) -> str:
    cc, pre, n = r.choice(FOREIGN)
    body = pre + "".join(str(r.randint(0, 9)) for _ in range(n))
    if r.random() < 0.5:
        return f"{cc} {body[:3]} {body[3:6]} {body[6:]}".strip()
    return ("00" + cc[1:] if r.random() < 0.3 else cc) + " " + body


def phone(r) -> str:
    x = r.random()
    return mobile(r) if x < 0.6 else landline(r) if x < 0.88 else foreign(r)


def postcode(r) -> str:
    while True:
        letters = r.choice("ABCDEFGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9999)
    return r.choice([f"{n} {letters}", f"{n} {letters}", f"{n}{letters}", f"{n} {letters.lower()}", f"{n}  {letters}"])


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
    sc = r.choice(SIDECODES)
    s = "".join(r.choice(PLATE_L) if c == "L" else str(r.randint(0, 9)) if c == "9" else c for c in sc)
    x = r.random()
    if x < 0.7:
        return s
    if x < 0.82:
        return s.replace("-", "")
    if x < 0.92:
        return s.lower()
    return s.replace("-", " ")


def _d(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


CASE_FORMATS = [
    lambda r: f"LNT-27-{_d(r, 4)}",
    lambda r: f"JUB/2027/{_d(r, 3)}",
    lambda r: f"AVG27-{_d(r, 5)}",
    lambda r: f"INT.2027.{_d(r, 4)}",
    lambda r: f"WOO-{_d(r, 4)}-27",
    lambda r: f"BP27/{_d(r, 4)}",
    lambda r: f"NM-2027-{_d(r, 4)}",
    lambda r: f"SCH27.{_d(r, 3)}",
    lambda r: f"KBG-{r.randint(10, 99)}/27",
    lambda r: f"VTA/27/{_d(r, 4)}",
    lambda r: f"DLK-2027-{_d(r, 3)}",
    lambda r: f"MPI 27-{_d(r, 3)}",
    lambda r: f"GW-2027-{_d(r, 4)}-{r.choice('ABCD')}",
    lambda r: f"VZ27-{_d(r, 4)}",
    lambda r: f"OHN/27/{_d(r, 4)}",
    lambda r: f"27-PRV-{_d(r, 4)}",
    lambda r: f"BWK.27.{_d(r, 4)}",
    lambda r: f"EVT2027-{_d(r, 4)}",
    lambda r: f"S-27-{_d(r, 5)}",
    lambda r: f"ZN27/{_d(r, 5)}",
    lambda r: f"AFS.27.{_d(r, 4)}.{r.choice('abc')}",
    lambda r: f"KL/INT/27-{_d(r, 4)}",
    lambda r: f"HS27{_d(r, 6)}",
    lambda r: f"RVW-{_d(r, 2)}-{_d(r, 4)}",
]
CASE_CUES = [
    "zaaknummer",
    "ons kenmerk",
    "uw kenmerk",
    "dossiernummer",
    "referentie",
    "meldnummer",
    "meldingsnummer",
    "voorstelnummer",
    "registratienummer",
    "schadenummer",
    "schadedossier",
    "klachtnummer",
    "verzoeknummer",
    "aanvraagnummer",
    "zaak",
    "kenmerk",
    "volgnummer",
    "ref.",
    "dossier",
    "vergunningnummer",
    "Zaaknummer",
    "Kenmerk",
    "Ons kenmerk",
    "Dossiernr.",
]


def case_no(r, fmt: int | None = None) -> str:
    return CASE_FORMATS[fmt if fmt is not None else r.randrange(len(CASE_FORMATS))](r)


def birth(r, lo=1935, hi=2008) -> dt.date:
    return dt.date(r.randint(lo, hi), 1, 1) + dt.timedelta(days=r.randint(0, 364))


def dob_text(r, d: dt.date, style: int | None = None) -> str:
    s = r.randrange(17) if style is None else style
    D, M, Y = d.day, d.month, d.year
    return [
        f"{D:02d}-{M:02d}-{Y}",
        f"{D:02d}/{M:02d}/{Y}",
        f"{D:02d}.{M:02d}.{Y}",
        f"{D} {MONTHS[M - 1]} {Y}",
        f"{D} {MONTHS_SHORT[M - 1]} {Y}",
        f"{Y}-{M:02d}-{D:02d}",
        f"{D}-{M}-'{Y % 100:02d}",
        f"{D} {MONTHS[M - 1].upper()} {Y}",
        f"{DAYWORDS[D - 1]} {MONTHS[M - 1]} {Y}",
        f"{D}{'ste' if D in (1, 8) or D >= 20 else 'de'} {MONTHS[M - 1]} {Y}",
        f"{WEEKDAYS[d.weekday()]} {D} {MONTHS[M - 1]} {Y}",
        f"{Y}{M:02d}{D:02d}",
        f"{D:02d}{M:02d}{Y}",
        f"{MONTHS_EN[M - 1]} {D}, {Y}",
        f"{D}/{M}/{Y % 100:02d}",
        f"{D} {MONTHS_EN[M - 1][:3]} {Y}",
        f"{D}-{ROMAN[M - 1]}-{Y}",
    ][s]


DOB_CUES = [
    "geboren op",
    "geb.",
    "geboortedatum:",
    "Geboortedatum:",
    "Geb.datum:",
    "geboren",
    "°",
    "(*",
    "DOB:",
    "geb. datum",
    "geboren d.d.",
    "Geboren:",
    "geboortedag:",
]


def dob(r, d: dt.date | None = None, lo=1935, hi=2008, cue: bool | None = None) -> str:
    d = d or birth(r, lo, hi)
    t = m("DATE_OF_BIRTH", dob_text(r, d))
    if cue is False or (cue is None and r.random() < 0.2):
        return t
    c = r.choice(DOB_CUES)
    if c == "(*":
        return f"(* {t})"
    return f"{c} {t}"


def ordinary_date(r, year=2027) -> str:
    d = dt.date(year, 1, 1) + dt.timedelta(days=r.randint(0, 330))
    s = r.randrange(6)
    return [
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}",
        f"{d.day}-{d.month}-{d.year}",
        f"{d.day} {MONTHS[d.month - 1]}",
        f"{d.year}-{d.month:02d}-{d.day:02d}",
    ][s]


def kdate(r, year=2027) -> str:
    return k(ordinary_date(r, year))


def amount(r) -> str:
    v = r.randint(15, 4800)
    return k(r.choice([f"€ {v},-", f"€{v},00", f"{v} euro", f"EUR {v}", f"€ {v}.{r.randint(10, 99)}"]))


def muni(r) -> str:
    return r.choice(MUNIS)


def generic_contact(r, mu: str) -> str:
    return k(
        r.choice(
            [
                f"info@{mu}.nl",
                f"afstemming@{mu}.nl",
                f"privacy@{mu}.nl",
                f"protocol@{mu}.nl",
                f"projecten@{mu}.nl",
                f"14 0{r.randint(10, 99)}",
                f"Postbus {r.randint(10, 9999)}",
            ]
        )
    )


# ---------------------------------------------------------------- streets

REGISTRY: dict[str, set] = {"first": set(), "sur": set(), "street": set()}


def street_name(r) -> str:
    x = r.random()
    if x < 0.8:
        s = r.choice(STREET_PRE) + (r.choice(STREET_SUF[9:]) if r.random() < 0.6 else r.choice(STREET_SUF[:9]))
    elif x < 0.9:
        s = r.choice(STREET_SOLO) + " " + r.choice(STREET_PRE) + r.choice(["weg", "dijk", "gracht", "laan"])
    else:
        o = ORIGINS["dutch"]
        s = r.choice(STREET_TITLED) + " " + r.choice(o[2]) + r.choice(o[3]) + r.choice(["straat", "laan", "plein"])
    REGISTRY["street"].add(s)
    return s


def house_no(r) -> str:
    n = r.randint(1, 240)
    return r.choice(
        [
            str(n),
            str(n),
            str(n),
            f"{n}a",
            f"{n}B",
            f"{n}-II",
            f"{n}-{r.randint(1, 4)}",
            f"{n} bis",
            f"{n}/{r.randint(1, 3)}",
            f"{n} rood",
            f"{n}-hs",
        ]
    )


class Addr:
    def __init__(self, r, street: str | None = None):
        self.r = r
        self.street = street or street_name(r)
        self.no = house_no(r)
        self.pc = postcode(r)
        self.town = r.choice(TOWNS)

    def line(self) -> str:
        return m("ADDRESS", f"{self.street} {self.no}")

    def caps(self) -> str:
        return m("ADDRESS", f"{self.street.upper()} {self.no.upper()}")

    def bare(self) -> str:
        return m("ADDRESS", self.street)

    def full(self) -> str:
        return f"{self.line()}, {m('POSTCODE', self.pc)} {k(self.town)}"

    def block(self) -> str:
        return f"{self.line()}\n{m('POSTCODE', self.pc)}  {k(self.town.upper()) if self.r.random() < 0.3 else k(self.town)}"


# ---------------------------------------------------------------- people


def _compose_first(r, origin: str, female: bool) -> str:
    o = ORIGINS[origin]
    if origin in FPARTS and r.random() < 0.45:
        a, b = FPARTS[origin]
        return r.choice(a) + r.choice(b)
    return r.choice(o[1] if female else o[0])


def _compose_sur(r, origin: str, female: bool) -> str:
    o = ORIGINS[origin]
    if o[4] and (not o[2] or r.random() < 0.5):
        return r.choice(o[4])
    suf = r.choice(o[3])
    if "|" in suf:
        suf = suf.split("|")[1 if female else 0]
    return r.choice(o[2]) + suf


ORIGIN_KEYS = list(ORIGINS)
WEIGHTS = {
    "dutch": 6,
    "dutch_particle": 6,
    "moroccan": 3,
    "turkish": 3,
    "frisian": 2,
    "limburg": 2,
    "flemish": 2,
    "hindustani": 2,
    "creole": 2,
    "polish": 2,
}


def pick_origin(r) -> str:
    return r.choices(ORIGIN_KEYS, weights=[WEIGHTS.get(o, 1) for o in ORIGIN_KEYS])[0]


class Person:
    """A person; the methods return the marked forms in which the person is written."""

    def __init__(
        self,
        r,
        origin: str | None = None,
        female: bool | None = None,
        surname_of: Person | None = None,
        first: str | None = None,
        sur: str | None = None,
        particle: str | None = None,
    ):
        self.r = r
        self.origin = origin or (surname_of.origin if surname_of else pick_origin(r))
        self.female = r.random() < 0.5 if female is None else female
        self.first = first or _compose_first(r, self.origin, self.female)
        self.first2 = _compose_first(r, self.origin, self.female)
        if self.first2 == self.first:
            self.first2 = ""
        if surname_of is not None:
            self.particle, self.sur = surname_of.particle, surname_of.sur
            if self.female != surname_of.female:
                for suf in ORIGINS[self.origin][3]:
                    if "|" in suf:
                        ms, fs = suf.split("|")
                        old, new = (ms, fs) if self.female else (fs, ms)
                        if self.sur.endswith(old) and not self.sur.endswith(new):
                            self.sur = self.sur[: len(self.sur) - len(old)] + new
                            break
        else:
            self.particle = r.choice(ORIGINS[self.origin][5]) if particle is None else particle
            self.sur = sur or _compose_sur(r, self.origin, self.female)
            if sur is None and r.random() < 0.07:
                self.sur = self.sur + "-" + _compose_sur(r, pick_origin(r), self.female)
        self.nick = NICKNAMES.get(self.first)
        REGISTRY["first"].update(w for w in (self.first + " " + self.first2).split())
        REGISTRY["sur"].update(w for w in self.sur.replace("-", " ").split())
        self.title = "mevrouw" if self.female else "meneer"

    # -- plain strings
    def _joined(self, particle: str) -> str:
        if not particle:
            return self.sur
        if particle.endswith("-") or particle.endswith("'") or particle == "Ver":
            return particle + (self.sur if particle != "Ver" else self.sur.lower())
        return f"{particle} {self.sur}"

    def surname_str(self, cap: bool = False) -> str:
        p = self.particle
        if cap and p and p[0].islower() and self.origin == "dutch_particle":
            p = p[0].upper() + p[1:]
        return self._joined(p)

    def full_str(self, two: bool = False) -> str:
        f = f"{self.first} {self.first2}" if two and self.first2 else self.first
        return f"{f} {self.surname_str()}"

    def initials_str(self, style: int | None = None) -> str:
        letters = [w[0] for w in (self.first + (" " + self.first2 if self.first2 else "")).replace("-", " ").split()]
        s = self.r.randrange(5) if style is None else style
        ini = [
            "".join(c + "." for c in letters),
            "".join(letters) if len(letters) > 1 else letters[0] + ".",
            " ".join(c + "." for c in letters),
            ".".join(letters) + ("." if len(letters) == 1 else ""),
            "".join(c + "." for c in letters),
        ][s]
        return ini

    # -- marked forms
    def full(self, two: bool = False) -> str:
        return m("PERSON", self.full_str(two))

    def firstname(self) -> str:
        return m("PERSON", self.first)

    def surname(self, cap: bool = False) -> str:
        return m("PERSON", self.surname_str(cap))

    def titled(self, title: str | None = None) -> str:
        t = title or self.r.choice(["mevrouw", "mevr.", "mw."] if self.female else ["meneer", "de heer", "dhr."])
        return f"{t} {self.surname(cap=self.r.random() < 0.7)}"

    def Titled(self) -> str:
        t = self.r.choice(["Mevrouw", "Mevr.", "Mw."] if self.female else ["Meneer", "De heer", "Dhr."])
        return f"{t} {self.surname(cap=self.r.random() < 0.7)}"

    def initials(self) -> str:
        return m("PERSON", f"{self.initials_str()} {self.surname_str()}")

    def caps(self) -> str:
        return m("PERSON", self.full_str().upper())

    def lower(self) -> str:
        return m("PERSON", self.full_str().lower())

    def sur_first(self) -> str:
        """Surname first, comma, first name(s): two items."""
        s = self.surname_str(cap=True)
        x = self.r.random()
        if x < 0.3:
            return f"{m('PERSON', s.upper())}, {m('PERSON', self.first)}"
        if x < 0.6 and self.particle and self.origin == "dutch_particle":
            return f"{m('PERSON', self.sur)}, {m('PERSON', self.first)} {self.particle}"
        if x < 0.8:
            return f"{m('PERSON', s)}, {m('PERSON', self.initials_str(0))}"
        return f"{m('PERSON', s)}, {m('PERSON', self.first + (' ' + self.first2 if self.first2 else ''))}"

    def paraph(self) -> str:
        letters = "".join(w[0] for w in self.first.replace("-", " ").split())
        part = (
            "".join(w[0].lower() for w in self.particle.replace("'t", "t").split())
            if self.particle and self.particle[0].islower()
            else ""
        )
        return m("PERSON", f"{letters.upper()}{part}{fold(self.sur)[0].upper()}")

    def nickfull(self) -> str:
        if not self.nick:
            return self.full()
        q = "'" if self.r.random() < 0.5 else '"'
        return m("PERSON", f"{self.first} {q}{self.nick}{q} {self.surname_str()}")

    def nickname(self) -> str:
        return m("PERSON", self.nick or self.first)

    def any(self) -> str:
        return self.r.choice([self.full, self.full, self.titled, self.initials, self.caps])()

    def email(self, mu: str | None = None) -> str:
        f = fold(self.first).lower().replace(" ", "").replace("'", "")
        s = fold(self._joined(self.particle)).lower().replace(" ", "").replace("'", "")
        if mu:
            local = self.r.choice([f"{f[0]}.{s}", f"{f}.{s}", f"{f[0]}{s}"])
            return m("EMAIL", f"{local}@{mu}.nl")
        local = self.r.choice(
            [
                f"{f}.{s}",
                f"{f[0]}.{s}",
                f"{f}{s}{self.r.randint(1, 99)}",
                f"{s}.{f}",
                f"{f}_{s}",
                f"{f}-{s}{self.r.randint(60, 99)}",
                f"{f}.{s}+post",
                f"{s}{f[0]}",
            ]
        )
        return m("EMAIL", f"{local}@{self.r.choice(PROVIDERS)}")

    def words(self) -> set[str]:
        return {w for w in re.split(r"[\s\-']+", self.full_str(True)) if w}


def new_people(r, n: int) -> list[Person]:
    return [Person(r) for _ in range(n)]


# ---------------------------------------------------------------- finishing a document

PARTICLE_WORDS = {
    "van",
    "de",
    "der",
    "den",
    "het",
    "'t",
    "ter",
    "te",
    "ten",
    "in",
    "op",
    "la",
    "le",
    "du",
    "da",
    "dos",
    "von",
    "el",
    "al",
    "ben",
    "bou",
    "ait",
    "abu",
    "di",
    "del",
    "lo",
    "dela",
    "delos",
    "d'",
}
_VOCAB_RE = [(w, re.compile(r"(?<![\w@.])" + re.escape(w) + r"(?![\w@])")) for w in KEEP_VOCAB]


def name_words(text: str) -> set[str]:
    return {w.lower() for w in re.split(r"[\s,.\-'\"()]+", text) if len(w) > 1 and w.lower() not in PARTICLE_WORDS}


def finish(doc_id: str, marked: str, vocab_limit: int = 28, known: dict | None = None, must_keep=()) -> dict:
    text = MARK.sub(lambda mo: mo.group(2), marked)
    pii, keeps, seen = [], [], set()
    for mo in MARK.finditer(marked):
        label, t = mo.group(1), mo.group(2)
        if label == "KEEP":
            if t not in keeps:
                keeps.append(t)
        elif (t, label) not in seen:
            seen.add((t, label))
            pii.append({"text": t, "label": label})
    blank = text
    for item in sorted(pii, key=lambda i: -len(i["text"])):
        blank = blank.replace(item["text"], "[x]")
    names = set()
    for item in pii:
        if item["label"] == "PERSON":
            names |= name_words(item["text"])
    found = []
    for w, rx in _VOCAB_RE:
        if w not in keeps and rx.search(blank):
            found.append((rx.search(blank).start(), w))
    found.sort()
    for _, w in found[:vocab_limit]:
        if not any(w in kk or kk in w for kk in keeps):
            keeps.append(w)

    def ok(kw: str) -> bool:
        if kw in must_keep:
            return True
        if name_words(kw) & names:
            return False
        return re.search(r"(?<![\w])" + re.escape(kw) + r"(?![\w])", blank) is not None

    keeps = [kw for kw in keeps if ok(kw)]
    d = {"id": doc_id, "text": text}
    if known is not None:
        d["known"] = known
    d["pii"] = pii
    d["keep"] = keeps
    return d
