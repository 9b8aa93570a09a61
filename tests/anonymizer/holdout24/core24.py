"""holdout24 core: identifiers, people and the document builder (standard library only).

The builder records every personal item as the template writes it (``d.P(text, label)``) and every keep word
(``d.K(word)``), so the annotation is the text as written.
"""

from __future__ import annotations

import random
import re
import unicodedata

import pools24 as P

PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


# --------------------------------------------------------------------------- document builder


class Doc:
    def __init__(self, r: random.Random):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.people: list[Person] = []
        self._seen_pii: set = set()
        self._seen_keep: set = set()

    def P(self, text: str, label: str = "PERSON") -> str:
        key = (text, label)
        if key not in self._seen_pii:
            self._seen_pii.add(key)
            self.pii.append({"text": text, "label": label})
        return text

    def K(self, word: str) -> str:
        if word not in self._seen_keep:
            self._seen_keep.add(word)
            self.keep.append(word)
        return word

    def KS(self, text: str, words) -> str:
        """Text in which the listed words are kept (each must occur in it)."""
        for w in words:
            assert w in text, (w, text)
            self.K(w)
        return text


# --------------------------------------------------------------------------- helpers


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ß", "ss").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def pick(r, seq):
    return seq[r.randrange(len(seq))]


# --------------------------------------------------------------------------- identifiers


def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(w * x for w, x in zip(range(9, 1, -1), d, strict=True))
        last = s % 11
        if last < 10:
            digits = "".join(map(str, d + [last]))
            if int(digits) >= 100000000:
                return digits


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    tot = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) - int(d[8])
    return tot % 11 == 0


def bsn_fmt(r, b: str) -> str:
    k = r.randrange(6)
    if k == 0:
        return b
    if k == 1:
        return f"{b[:4]}.{b[4:6]}.{b[6:]}"
    if k == 2:
        return f"{b[:3]} {b[3:6]} {b[6:]}"
    if k == 3:
        return f"{b[:3]}.{b[3:6]}.{b[6:]}"
    if k == 4:
        return f"{b[:2]} {b[2:5]} {b[5:]}"
    return f"{b[:4]}-{b[4:7]}-{b[7:]}"


IBAN_SPECS = {  # country: (length of BBAN, bank codes or None, alpha bank)
    "NL": (14, ["RABO", "INGB", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "HAND", "NNBA"], True),
    "BE": (12, None, False),
    "DE": (18, None, False),
    "FR": (23, None, False),
    "ES": (20, None, False),
    "PL": (24, None, False),
    "TR": (22, None, False),
    "RO": (20, ["BTRL", "RNCB", "BRDE", "INGB"], True),
    "PT": (21, None, False),
    "IT": (23, None, False),
    "LT": (16, None, False),
    "AT": (16, None, False),
    "HU": (24, None, False),
    "CZ": (20, None, False),
    "BG": (18, ["BNBG", "UNCR", "STSA"], True),
}


def _iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban(r: random.Random, country: str | None = None) -> str:
    if country is None:
        country = "NL" if r.random() < 0.7 else pick(r, list(IBAN_SPECS))
    ln, banks, alpha = IBAN_SPECS[country]
    if banks:
        bank = pick(r, banks)
        rest = "".join(str(r.randint(0, 9)) for _ in range(ln - len(bank)))
        bban = bank + rest
    else:
        bban = "".join(str(r.randint(0, 9)) for _ in range(ln))
        if country == "IT":
            bban = "X" + bban[1:]
    return country + _iban_check(country, bban) + bban


def iban_ok(s: str) -> bool:
    c = re.sub(r"\s|-", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", c):
        return False
    t = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def iban_fmt(r, ib: str) -> str:
    k = r.randrange(5)
    grouped = " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
    if k == 0:
        return ib
    if k == 1:
        return grouped
    if k == 2:
        return grouped.lower() if ib.startswith("NL") else grouped
    if k == 3:
        return ib[:4] + " " + ib[4:]
    return "-".join(ib[i : i + 4] for i in range(0, len(ib), 4))


def mobile(r: random.Random) -> str:
    n = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
    k = r.randrange(10)
    a = n[1:]
    if k == 0:
        return "0" + n
    if k == 1:
        return f"06-{a}"
    if k == 2:
        return f"06 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}"
    if k == 3:
        return f"+31 6 {a[:4]} {a[4:]}"
    if k == 4:
        return f"+316{a}"
    if k == 5:
        return f"06.{a[:2]}.{a[2:4]}.{a[4:6]}.{a[6:]}"
    if k == 6:
        return f"0031 6 {a[:2]} {a[2:5]} {a[5:]}"
    if k == 7:
        return f"(06) {a[:4]} {a[4:]}"
    if k == 8:
        return f"06 – {a[:3]} {a[3:6]} {a[6:]}"
    return f"+31 (0)6-{a}"


AREA = [
    "0548",
    "0570",
    "0521",
    "0591",
    "0513",
    "0527",
    "0318",
    "0344",
    "0475",
    "0413",
    "0499",
    "0165",
    "0113",
    "0224",
    "0229",
    "0294",
    "0341",
    "0385",
    "0546",
    "0575",
    "0596",
    "0168",
    "0181",
    "0252",
]


def landline(r: random.Random) -> str:
    ac = pick(r, AREA)
    n = "".join(str(r.randint(0, 9)) for _ in range(6))
    n = str(r.randint(2, 9)) + n[1:]
    k = r.randrange(5)
    if k == 0:
        return f"{ac}-{n}"
    if k == 1:
        return f"{ac} {n[:2]} {n[2:4]} {n[4:]}"
    if k == 2:
        return f"({ac}) {n}"
    if k == 3:
        return f"+31 {ac[1:]} {n}"
    return f"{ac}{n}"


FOREIGN = [
    ("+32", 9),
    ("+49", 11),
    ("+48", 9),
    ("+90", 10),
    ("+40", 9),
    ("+359", 9),
    ("+380", 9),
    ("+370", 8),
    ("+212", 9),
    ("+597", 7),
    ("+599", 7),
    ("+44", 10),
    ("+351", 9),
    ("+34", 9),
    ("+39", 10),
    ("+36", 9),
]


def foreign_phone(r: random.Random) -> str:
    cc, ln = pick(r, FOREIGN)
    n = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(ln - 1))
    if r.random() < 0.5:
        return f"{cc} {n[:3]} {n[3:6]} {n[6:]}".strip()
    return ("00" + cc[1:] if r.random() < 0.4 else cc) + n


def phone(r: random.Random) -> str:
    x = r.random()
    return mobile(r) if x < 0.62 else landline(r) if x < 0.9 else foreign_phone(r)


def postcode(r: random.Random) -> str:
    n = r.randint(1011, 9999)
    letters = pick(r, "ABCDEGHJKLMNPRTVWXZ") + pick(r, "ABCDEGHJKLMNPRTVWXZ")
    k = r.randrange(5)
    if k == 0:
        return f"{n}{letters}"
    if k == 3:
        return f"{n}  {letters}"
    if k == 4:
        return f"{n} {letters.lower()}"
    return f"{n} {letters}"


PLATE_SIDECODES = [
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


def plate(r: random.Random) -> str:
    code = pick(r, PLATE_SIDECODES)
    s = "".join(str(r.randint(0, 9)) if c == "9" else pick(r, PLATE_LETTERS) if c == "X" else c for c in code)
    k = r.randrange(6)
    if k == 4:
        s = s.replace("-", "")
    elif k == 5:
        s = s.replace("-", " ") if r.random() < 0.5 else s.lower()
    return s


def tractor_plate(r: random.Random) -> str:
    """Agricultural plates (since 2021): two letters (first V/W/... of this set: "V" or "W"), digits, letter(s)."""
    return (
        f"{pick(r, 'VW')}{pick(r, PLATE_LETTERS)}-{r.randint(10, 99)}-{pick(r, PLATE_LETTERS)}{pick(r, PLATE_LETTERS)}"
    )


def _n(r, k):
    return "".join(str(r.randint(0, 9)) for _ in range(k))


CASE_FORMATS = [
    lambda r: f"WZB/{r.randint(24, 26)}/{_n(r, 5)}",
    lambda r: f"ERF-{r.randint(2024, 2026)}.{_n(r, 4)}",
    lambda r: f"GV26-{_n(r, 3)}-{pick(r, 'KLMN')}",
    lambda r: f"BWV {r.randint(2025, 2026)}/{_n(r, 4)}",
    lambda r: f"LBZ.{_n(r, 2)}.{_n(r, 3)}",
    lambda r: f"FSC-{_n(r, 4)}-{r.randint(24, 26)}",
    lambda r: f"VTA24-{_n(r, 5)}",
    lambda r: f"OBJ/{_n(r, 3)}/{r.randint(2025, 2026)}",
    lambda r: f"T{r.randint(25, 26)}.{_n(r, 4)}.{pick(r, 'ABCR')}",
    lambda r: f"P2026/{_n(r, 4)}-{pick(r, ['R', 'W', 'Z'])}",
    lambda r: f"KV-{_n(r, 2)}-{_n(r, 4)}",
    lambda r: f"NB{_n(r, 6)}",
    lambda r: f"HVW.{r.randint(2025, 2026)}.{_n(r, 3)}",
    lambda r: f"RGB/{_n(r, 4)}/{pick(r, 'ABC')}{_n(r, 2)}",
    lambda r: f"MTS-{r.randint(25, 26)}{_n(r, 4)}",
    lambda r: f"Z.{_n(r, 3)}.{_n(r, 3)}.{r.randint(25, 26)}",
    lambda r: f"WSD{r.randint(25, 26)}/{_n(r, 4)}",
    lambda r: f"FND-{_n(r, 4)}{pick(r, 'XYZ')}",
    lambda r: f"AB{_n(r, 2)}-{_n(r, 2)}-{_n(r, 3)}",
    lambda r: f"{r.randint(2025, 2026)}.WOZ.{_n(r, 5)}",
    lambda r: f"BM/{_n(r, 2)}-{_n(r, 4)}",
    lambda r: f"CUR{_n(r, 3)}/{r.randint(25, 26)}",
    lambda r: f"LG-{pick(r, ['N', 'O', 'Z', 'W'])}-{_n(r, 5)}",
    lambda r: f"DRV{r.randint(2025, 2026)}{_n(r, 4)}",
]
CASE_CUES = [
    "zaaknummer",
    "kenmerk",
    "dossiernummer",
    "ons kenmerk",
    "uw kenmerk",
    "zaak",
    "referentie",
    "registratienummer",
    "bezwaarnummer",
    "aanvraagnummer",
    "meldingsnummer",
    "volgnummer",
    "casus",
    "dossier",
    "zaaknr.",
    "beschikkingsnummer",
    "afstemmingsnummer",
    "procesnummer",
    "rekestnummer",
    "schadenummer",
]


def case_number(r: random.Random) -> str:
    return pick(r, CASE_FORMATS)(r)


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
MONTHS_ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
DAY_WORDS = [
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


def _weekday(y, m, d):
    import datetime

    return WEEKDAYS[datetime.date(y, m, d).weekday()]


def dob(r: random.Random, lo: int = 1932, hi: int = 2005) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    k = r.randrange(17)
    if k == 0:
        return f"{d:02d}-{m:02d}-{y}"
    if k == 1:
        return f"{d}-{m}-{y}"
    if k == 2:
        return f"{d:02d}/{m:02d}/{y}"
    if k == 3:
        return f"{d}.{m}.{y}"
    if k == 4:
        return f"{d} {MONTHS[m - 1]} {y}"
    if k == 5:
        return f"{d} {MONTHS_ABBR[m - 1]} {y}"
    if k == 6:
        return f"{y}-{m:02d}-{d:02d}"
    if k == 7:
        return f"{d}-{m}-'{str(y)[2:]}"
    if k == 8:
        return f"{d} {MONTHS[m - 1].upper()} {y}"
    if k == 9:
        return f"{DAY_WORDS[d - 1]} {MONTHS[m - 1]} {y}"
    if k == 10:
        return f"{_weekday(y, m, d)} {d} {MONTHS[m - 1]} {y}"
    if k == 11:
        return f"{d}-{ROMAN[m - 1]}-{y}"
    if k == 12:
        return f"{y}{m:02d}{d:02d}"
    if k == 13:
        return f"{d:02d}{m:02d}{y}"
    if k == 14:
        return f"{d}e {MONTHS[m - 1]} {y}"
    if k == 15:
        return f"{d:02d}.{m:02d}.{str(y)[2:]}"
    return f"{cap(MONTHS[m - 1][:3])} {d}, {y}"


DOB_CUES = [
    "geboren op",
    "geboortedatum:",
    "geb.",
    "geb. datum",
    "geboren",
    "Geboortedatum",
    "°",
    "*",
    "d.d. geboorte",
    "geboren te {town} op",
    "van geboorte",
    "Geb.:",
    "geboren in {town} op",
]


def ordinary_date(r: random.Random) -> str:
    y, m, d = r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28)
    k = r.randrange(6)
    if k == 0:
        return f"{d} {MONTHS[m - 1]} {y}"
    if k == 1:
        return f"{d:02d}-{m:02d}-{y}"
    if k == 2:
        return f"{d} {MONTHS[m - 1]}"
    if k == 3:
        return f"{_weekday(y, m, d)} {d} {MONTHS[m - 1]}"
    if k == 4:
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d} {MONTHS_ABBR[m - 1]} {y}"


def amount(r: random.Random) -> str:
    v = r.randint(12, 48000)
    c = r.randint(0, 99)
    s = f"{v:,}".replace(",", ".")
    return f"€ {s},{c:02d}" if r.random() < 0.6 else f"€{s},-"


# --------------------------------------------------------------------------- people


class Person:
    def __init__(self, first, last, particle="", sex="f", origin="", second="", nick="", r=None):
        self.first, self.last, self.particle, self.sex, self.origin = first, last, particle, sex, origin
        self.second, self.nick = second, nick
        self.r = r
        self._email = None
        self._phone = None
        self._dob = None

    # name forms (plain strings)
    def particle_cap(self) -> str:
        if not self.particle:
            return ""
        return self.particle[0].upper() + self.particle[1:]

    def surname(self, capital: bool = False) -> str:
        if self.particle:
            sep = "" if self.particle.endswith("'") else " "
            return (self.particle_cap() if capital else self.particle) + sep + self.last
        return self.last

    def full(self) -> str:
        return f"{self.first} {self.surname()}"

    def initials(self) -> str:
        parts = [self.first] + ([self.second] if self.second else [])
        ini = [ascii_fold(p)[0].upper() for p in parts]
        return ".".join(ini) + "."

    def init_name(self) -> str:
        return f"{self.initials()} {self.surname()}"

    def paraph(self) -> str:
        ini = self.initials().replace(".", "")
        part = "".join(w[0].lower() for w in self.particle.replace("'t", "t").split()) if self.particle else ""
        last = ascii_fold(self.last)
        return (
            ini
            + part
            + last[0].upper()
            + (last[1].lower() if len(last) > 1 and self.r and self.r.random() < 0.3 else "")
        )

    def title(self) -> str:
        return "mevrouw" if self.sex == "f" else "de heer"

    def title_short(self, r) -> str:
        if self.sex == "f":
            return pick(r, ["mw.", "mevr.", "Mw.", "mevrouw", "Mevrouw"])
        return pick(r, ["dhr.", "Dhr.", "de heer", "meneer", "De heer"])

    def email(self, r) -> str:
        if self._email is None:
            f = ascii_fold(self.first).lower().replace(" ", "")
            sn = ascii_fold(self.last).lower().replace(" ", "").replace("'", "")
            pt = ascii_fold(self.particle).lower().replace(" ", "").replace("'", "")
            k = r.randrange(7)
            if k == 0:
                loc = f"{f}.{pt}{sn}"
            elif k == 1:
                loc = f"{f[0]}.{pt}{sn}"
            elif k == 2:
                loc = f"{f}_{sn}{r.randint(1, 99)}"
            elif k == 3:
                loc = f"{sn}.{f}"
            elif k == 4:
                loc = f"{f}{pt}{sn}"
            elif k == 5:
                loc = f"{f}.{sn}+{pick(r, ['gemeente', 'post', 'zaken'])}"
            else:
                loc = f"{sn}{f[:1]}{r.randint(1960, 2004)}"
            self._email = loc + "@" + pick(r, P.PROVIDERS)
        return self._email

    def work_email(self, r, domain) -> str:
        f = ascii_fold(self.first).lower()
        sn = ascii_fold(self.surname()).lower().replace(" ", "").replace("'", "")
        k = r.randrange(3)
        loc = f"{f}.{sn}" if k == 0 else f"{f[0]}.{sn}" if k == 1 else f"{f[0]}{sn}"
        return f"{loc}@{domain}"

    def phone(self, r) -> str:
        if self._phone is None:
            self._phone = phone(r)
        return self._phone

    def dob(self, r, lo=1932, hi=2005) -> str:
        if self._dob is None:
            self._dob = dob(r, lo, hi)
        return self._dob


def _compose(r, parts) -> str:
    a, b = parts
    s = pick(r, a) + pick(r, b)
    return s


def _surname(r, o) -> str:
    if "sl" in o:
        s = pick(r, o["sl"])
    else:
        s = _compose(r, (o["sp"], o["ss"]))
    return s


def _first(r, o, sex) -> str:
    key = "ff" if sex == "f" else "fm"
    if key in o:
        a, b = o[key]
        return pick(r, a) + pick(r, b)
    return pick(r, o["fl"])


def make_person(r: random.Random, origin: str | None = None, sex: str | None = None, used: set | None = None) -> Person:
    for _ in range(50):
        og = origin or pick(r, list(P.ORIGINS))
        o = P.ORIGINS[og]
        sx = sex or pick(r, "fm")
        first = _first(r, o, sx)
        last = _surname(r, o)
        if sx == "f" and "fem" in o:
            last = o["fem"](last)
        particle = ""
        if "parts" in o and r.random() < o.get("pp", 0.5):
            particle = pick(r, o["parts"])
        if r.random() < 0.08:
            o2 = P.ORIGINS[pick(r, list(P.ORIGINS))]
            last = last + "-" + (pick(r, o2["sl"]) if "sl" in o2 else _compose(r, (o2["sp"], o2["ss"])))
        second = ""
        if r.random() < 0.3:
            second = _first(r, o, sx)
            if second == first:
                second = ""
        nick = pick(r, P.NICKS) if r.random() < 0.1 else ""
        words = {w.lower() for w in re.split(r"[\s\-']", f"{first} {last} {second} {nick}") if w}
        if any(w in P.BANNED_NAME_WORDS for w in words) or len(last) < 3 or len(first) < 3:
            continue
        if used is not None and (words & used):
            continue
        p = Person(first, last, particle, sx, og, second, nick, r)
        if used is not None:
            used.update(w for w in words if w not in PARTICLES)
        return p
    raise RuntimeError("no person")


def family_member(r: random.Random, p: Person, sex=None, used: set | None = None) -> Person:
    o = P.ORIGINS[p.origin]
    for _ in range(30):
        sx = sex or pick(r, "fm")
        first = _first(r, o, sx)
        if first.lower() in P.BANNED_NAME_WORDS or len(first) < 3 or first == p.first:
            continue
        if used is not None and first.lower() in used:
            continue
        if used is not None:
            used.add(first.lower())
        last = p.last
        return Person(first, last, p.particle, sx, p.origin, "", "", r)
    raise RuntimeError("no family member")


def street(r: random.Random) -> str:
    k = r.random()
    if k < 0.12:
        return pick(r, P.TITLED) + " " + pick(r, P.STREET_PERSON) + pick(r, ["straat", "laan", "weg", "plein"])
    if k < 0.2:
        return (
            pick(r, ["Korte ", "Lange ", "Oude ", "Nieuwe ", "Hoge ", "Lage "])
            + pick(r, P.STREET_PRE)
            + pick(r, ["straat", "weg", "dijk", "gracht"])
        )
    return pick(r, P.STREET_PRE) + pick(r, P.STREET_SUF)


def house_number(r: random.Random) -> str:
    n = str(r.randint(1, 212))
    k = r.randrange(10)
    if k == 0:
        return n + pick(r, "abc")
    if k == 1:
        return n + pick(r, "ABD")
    if k == 2:
        return n + "-" + pick(r, ["I", "II", "III", "1", "2"])
    if k == 3:
        return n + " " + pick(r, ["bis", "hs", "A"])
    if k == 4:
        return n + "/" + str(r.randint(1, 9))
    return n


def address(r: random.Random) -> tuple[str, str]:
    s = street(r)
    return s, f"{s} {house_number(r)}"
