"""Names, identifiers and the document builder of holdout10."""

from __future__ import annotations

import random
import re
import string

import pools10 as P

PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}
CONSONANTS = "BDFGHJKLNPRSTVXZ"


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, first: str, particle: str, last: str, female: bool) -> None:
        self.first, self.particle, self.last, self.female = first, particle, last, female

    def sur(self, cap: bool = False) -> str:
        if not self.particle:
            return self.last
        part = self.particle
        if cap:
            part = part[0].upper() + part[1:]
        return part + " " + self.last

    def full(self) -> str:
        return self.first + " " + self.sur()

    def initials(self, style: int = 0) -> str:
        parts = re.split(r"[- ]", self.first)
        letters = [p[0].upper() for p in parts if p]
        if style == 0:
            return ".".join(letters) + "."
        if style == 1:
            return "".join(letters)
        if style == 2:
            return " ".join(letters)
        return ".".join(letters)

    @property
    def title(self) -> str:
        return "mevrouw" if self.female else "meneer"


FEMALE_HINT = ("a", "e", "ie", "je", "ke", "ne", "ah", "ia", "ey", "yn", "na", "ja", "ät")
MALE_FIRSTS = {
    "Teun",
    "Joost",
    "Ruud",
    "Evert",
    "Bertus",
    "Henkjan",
    "Jan-Dirk",
    "Kees-Jan",
    "Hylke",
    "Tsjerk",
    "Durk",
    "Oane",
    "Wannes",
    "Lieven",
    "Brecht",
    "Wout",
    "Kobe",
    "Soufiane",
    "Achraf",
    "Yassine",
    "Ilyass",
    "Zakaria",
    "Bilal",
    "Anouar",
    "Emre",
    "Burak",
    "Cengiz",
    "Tuncay",
    "Serkan",
    "Anand",
    "Radjesh",
    "Vishnu",
    "Ravindre",
    "Ginello",
    "Romano",
    "Clifton",
    "Jurmen",
    "Ricardo",
    "Wagiman",
    "Paidjo",
    "Kasmin",
    "Quincy",
    "Giandro",
    "Shurendy",
    "Ruthsel",
    "Semuel",
    "Elia",
    "Yopie",
    "Bram-Josef",
    "Ones",
    "Agus",
    "Budi",
    "Hendra",
    "Wai-Kit",
    "Kam-Fai",
    "Siu-Ming",
    "Văn Minh",
    "Quang Huy",
    "Thanh Tùng",
    "Duc Long",
    "Przemysław",
    "Tomasz",
    "Grzegorz",
    "Bartosz",
    "Ionuț",
    "Florin",
    "Cătălin",
    "Sorin",
    "Plamen",
    "Boyko",
    "Hristo",
    "Omar",
    "Tareq",
    "Mazen",
    "Yamen",
    "Ahmad",
    "Alaa",
    "Yonas",
    "Filmon",
    "Merhawi",
    "Dawit",
    "Abdirahman",
    "Cabdi",
    "Mustafe",
    "Mirwais",
    "Zabihullah",
    "Najib",
    "Behnam",
    "Kourosh",
    "Arash",
    "Babak",
    "Bohdan",
    "Taras",
    "Mykola",
    "Dmytro",
    "Kwabena",
    "Yaw",
    "Kojo",
    "Kwesi",
    "Oluwaseun",
    "Emeka",
    "Chidi",
    "Tobi",
    "Joaquim",
    "Evandro",
    "Nelson",
    "Wanderley",
    "Eder",
    "Matteo",
    "Lorenzo",
    "Iñigo",
    "Sergio",
    "Giorgos",
    "Nikos",
    "Stavros",
    "Levente",
    "Gergely",
    "Bence",
    "Rohit",
    "Imran",
    "Faisal",
    "Vikram",
    "Jerome",
    "Jomar",
    "Arnel",
    "Declan",
    "Callum",
    "Rhys",
    "Ciaran",
    "Azad",
    "Serhat",
    "Rêber",
    "Dmitri",
    "Sergei",
    "Vladislav",
    "Bo",
    "Ad",
    "Ed",
    "Job",
    "Mees",
    "Pier",
    "Bas",
    "Koen",
    "Gerbrand",
    "Wessel",
    "Olaf",
    "Thijmen",
    "Rinse",
    "Coen",
    "Ferdi",
    "Sybren",
}


def compose_surname(r: random.Random, origin: str) -> str:
    pre, suf, parts, _ = P.ORIGINS[origin]
    base = r.choice(pre) + r.choice(suf)
    return re.sub(r"(.)\1\1", r"\1\1", base)


def _firsts(origin: str, female: bool | None) -> list[str]:
    firsts = P.ORIGINS[origin][3]
    if female is None:
        return firsts
    fit = [f for f in firsts if (f not in MALE_FIRSTS) == female]
    return fit or firsts


# Every person drawn (read by --audit only).
REGISTRY: list[Person] = []


def compose_first(r: random.Random, origin: str, female: bool | None) -> str:
    fp, fs, mp, ms = P.FIRST_PARTS[origin]
    if female is None:
        female = r.random() < 0.5
    if female:
        return r.choice(fp) + r.choice(fs)
    return r.choice(mp) + r.choice(ms)


def make_person(r: random.Random, origin: str | None = None, female: bool | None = None) -> Person:
    origin = origin or r.choice(list(P.ORIGINS))
    _, _, parts, _ = P.ORIGINS[origin]
    if origin in P.FIRST_PARTS and r.random() < 0.5:
        if female is None:
            female = r.random() < 0.5
        first = compose_first(r, origin, female)
        last = compose_surname(r, origin)
        return _finish(r, first, last, parts, female)
    first = r.choice(_firsts(origin, female))
    if r.random() < 0.12:
        # a first name from another origin (mixed families, adopted names)
        first = r.choice(_firsts(r.choice(list(P.ORIGINS)), female))
    last = compose_surname(r, origin)
    return _finish(r, first, last, parts, first not in MALE_FIRSTS)


def _finish(r: random.Random, first: str, last: str, parts: list[str], female: bool) -> Person:
    raw = r.choice(parts)
    particle = ""
    if raw in ("Mc", "Fitz", "O'", "Al-", "El-"):
        last = raw + last
    elif raw in ("Vande", "Ou", "Abdel"):
        last = raw + last.lower()
    elif raw.strip():
        particle = raw.strip()
    if r.random() < 0.1:
        # married and double-barrelled names
        other = make_person(r)
        last = last + "-" + (other.particle + " " if other.particle else "") + other.last.split("-")[0]
    p = Person(first, particle, last, female)
    REGISTRY.append(p)
    return p


# ---------------------------------------------------------------- identifiers


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) - int(d[8])
    return total % 11 == 0


def make_bsn(r: random.Random) -> str:
    while True:
        d = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
        if bsn_ok(d):
            break
    style = r.randrange(5)
    if style == 1:
        return f"{d[:4]}.{d[4:6]}.{d[6:]}"
    if style == 2:
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if style == 3:
        return f"{d[:3]}.{d[3:6]}.{d[6:]}"
    return d


def _iban_digits(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(s: str) -> bool:
    c = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    return int(_iban_digits(c[4:] + c[:4])) % 97 == 1


IBAN_SHAPES = {
    "NL": lambda r: (
        r.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"])
        + "".join(r.choice(string.digits) for _ in range(10))
    ),
    "BE": lambda r: "".join(r.choice(string.digits) for _ in range(12)),
    "DE": lambda r: "".join(r.choice(string.digits) for _ in range(18)),
    "FR": lambda r: "".join(r.choice(string.digits) for _ in range(23)),
    "ES": lambda r: "".join(r.choice(string.digits) for _ in range(20)),
    "PL": lambda r: "".join(r.choice(string.digits) for _ in range(24)),
    "PT": lambda r: "".join(r.choice(string.digits) for _ in range(21)),
    "LU": lambda r: "".join(r.choice(string.digits) for _ in range(16)),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + "".join(r.choice(string.digits) for _ in range(14)),
    "RO": lambda r: r.choice(["RNCB", "BTRL", "INGB"]) + "".join(r.choice(string.digits) for _ in range(16)),
    "BG": lambda r: r.choice(["BNBG", "UNCR"]) + "".join(r.choice(string.digits) for _ in range(14)),
}


def make_iban(r: random.Random, country: str | None = None) -> str:
    country = country or r.choice(["NL"] * 8 + list(IBAN_SHAPES))
    bban = IBAN_SHAPES[country](r)
    check = 98 - int(_iban_digits(bban + country + "00")) % 97
    compact = f"{country}{check:02d}{bban}"
    style = r.randrange(5)
    if style in (0, 1):
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    if style == 2:
        return compact
    if style == 3:
        return compact.lower() if country == "NL" else compact
    return compact[:4] + " " + compact[4:]


def make_phone(r: random.Random, foreign: bool | None = None) -> str:
    if foreign is None:
        foreign = r.random() < 0.15
    if foreign:
        cc, n = r.choice(
            [
                ("32", "47"),
                ("49", "15"),
                ("48", "60"),
                ("90", "53"),
                ("212", "6"),
                ("597", "8"),
                ("599", "9"),
                ("44", "7"),
                ("351", "91"),
                ("380", "67"),
                ("40", "72"),
                ("359", "88"),
                ("963", "9"),
            ]
        )
        rest = "".join(r.choice(string.digits) for _ in range(9 - len(n) + 1))
        style = r.randrange(3)
        if style == 0:
            return f"+{cc} {n}{rest[:2]} {rest[2:5]} {rest[5:]}"
        if style == 1:
            return f"00{cc} {n}{rest}"
        return f"+{cc}{n}{rest}"
    if r.random() < 0.6:
        d = "6" + str(r.randint(1, 5)) + "".join(r.choice(string.digits) for _ in range(7))
        style = r.randrange(15)
        fmts = [
            f"0{d[:1]}-{d[1:]}",
            f"0{d[:1]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}",
            f"0{d}",
            f"+31 {d[:1]} {d[1:5]} {d[5:]}",
            f"+31(0){d[:1]}-{d[1:]}",
            f"0031 {d[:1]} {d[1:]}",
            f"0{d[:1]} - {d[1:4]} {d[4:7]} {d[7:]}",
            f"(0{d[:1]}) {d[1:5]} {d[5:]}",
            f"0{d[:1]}.{d[1:3]}.{d[3:5]}.{d[5:7]}.{d[7:]}",
            f"+31{d}",
            f"0{d[:1]}/{d[1:]}",
            f"0{d[:1]} -{d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}",
            f"0{d[:1]} {d[1:6]} {d[6:]}",
            f"+31-{d[:1]}-{d[1:]}",
            f"0{d[:2]}{d[2:4]}-{d[4:6]}-{d[6:]}",
        ]
        return fmts[style]
    area = r.choice(["10", "20", "30", "40", "50", "70", "118", "229", "594", "475", "38", "55", "45", "73", "513"])
    rest = "".join(r.choice(string.digits) for _ in range(9 - len(area)))
    rest = str(r.randint(2, 9)) + rest[1:]
    style = r.randrange(6)
    fmts = [
        f"0{area}-{rest}",
        f"(0{area}) {rest}",
        f"+31 {area} {rest[:3]} {rest[3:]}",
        f"0{area} {rest[:3]} {rest[3:]}",
        f"0{area}{rest}",
        f"+31 (0){area} {rest}",
    ]
    return fmts[style]


def make_postcode(r: random.Random) -> str:
    while True:
        letters = r.choice(string.ascii_uppercase) + r.choice(string.ascii_uppercase)
        if letters not in ("SA", "SD", "SS"):
            break
    num = r.randint(1011, 9999)
    style = r.randrange(6)
    if style == 1:
        return f"{num}{letters}"
    if style == 2:
        return f"{num} {letters.lower()}"
    if style == 3:
        return f"{num}{letters.lower()}"
    return f"{num} {letters}"


SIDECODES = [
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


def make_plate(r: random.Random) -> str:
    code = r.choice(SIDECODES)
    s = "".join(r.choice(CONSONANTS) if c == "X" else str(r.randint(0, 9)) if c == "9" else c for c in code)
    style = r.randrange(6)
    if style == 1:
        return s.replace("-", "")
    if style == 2:
        return s.lower()
    if style == 3:
        return s.replace("-", " ")
    return s


def _n(r: random.Random, k: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(k))


CASE_FORMATS = [
    lambda r: f"Z/{r.randint(24, 26)}/{_n(r, 6)}",
    lambda r: f"Z-{r.randint(2024, 2026)}-{_n(r, 5)}",
    lambda r: f"BEZ-{r.randint(2024, 2026)}-{_n(r, 4)}",
    lambda r: f"{r.randint(2024, 2026)}-{_n(r, 4)}-VTA",
    lambda r: f"VTA/{r.randint(2024, 2026)}/{_n(r, 3)}",
    lambda r: f"{r.randint(2024, 2026)}.{_n(r, 2)}.{_n(r, 3)}",
    lambda r: f"INT-{r.randint(24, 26)}-{_n(r, 4)}",
    lambda r: f"OLO{_n(r, 7)}",
    lambda r: f"HZ-{r.randint(24, 26)}/{_n(r, 4)}",
    lambda r: f"{r.randint(24, 26)}.{_n(r, 4)}.BZ",
    lambda r: f"BB/{r.randint(24, 26)}/{_n(r, 4)}",
    lambda r: f"W-{r.randint(2024, 2026)}-{_n(r, 4)}",
    lambda r: f"KL-{_n(r, 4)}-{r.randint(24, 26)}",
    lambda r: f"AWB {r.randint(24, 26)}/{_n(r, 4)}",
    lambda r: f"{r.randint(2024, 2026)}/INK/{_n(r, 5)}",
    lambda r: f"WMO-{r.randint(24, 26)}-{_n(r, 5)}",
    lambda r: f"DOS-{_n(r, 5)}",
    lambda r: f"SZW.{r.randint(24, 26)}.{_n(r, 4)}",
    lambda r: f"M{r.randint(24, 26)}-{_n(r, 4)}",
    lambda r: f"GV/{r.randint(2024, 2026)}/{_n(r, 3)}",
    lambda r: f"OMB {r.randint(2024, 2026)}.{_n(r, 4)}",
    lambda r: f"{r.randint(2024, 2026)}/{_n(r, 4)}/BZ",
    lambda r: f"{_n(r, 5)}-{r.randint(24, 26)}",
    lambda r: f"VTA-{r.randint(24, 26)}-{_n(r, 4)}",
    lambda r: f"R{r.randint(2024, 2026)}-{_n(r, 4)}",
    lambda r: f"U{r.randint(24, 26)}.{_n(r, 5)}",
    lambda r: f"JZ{r.randint(24, 26)}/{_n(r, 4)}-b",
    lambda r: f"{r.randint(24, 26)}-{_n(r, 3)}-{_n(r, 3)}",
]
CASE_CUES = [
    "zaaknummer",
    "kenmerk",
    "ons kenmerk",
    "dossiernummer",
    "registratienummer",
    "referentie",
    "meldingsnummer",
    "klachtnummer",
    "bezwaarnummer",
    "zaak",
    "dossier",
    "Zaaknummer",
    "Kenmerk",
    "Referentie",
    "Dossiernr.",
]


def make_case(r: random.Random) -> str:
    return r.choice(CASE_FORMATS)(r)


def make_dob(r: random.Random, child: bool = False) -> str:
    y = r.randint(2009, 2023) if child else r.randint(1938, 2006)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    style = r.randrange(14)
    if style == 0:
        return f"{d:02d}-{m:02d}-{y}"
    if style == 1:
        return f"{d:02d}/{m:02d}/{y}"
    if style == 2:
        return f"{d}.{m}.{y}"
    if style == 3:
        return f"{d} {P.MONTHS[m - 1]} {y}"
    if style == 4:
        return f"{d} {P.MONTHS_AB[m - 1]}. {y}"
    if style == 5:
        return f"{y}-{m:02d}-{d:02d}"
    if style == 6:
        return f"{d:02d}{m:02d}{y}"
    if style == 7:
        return f"{d}-{m}-{str(y)[2:]}"
    if style == 8:
        return f"{d} {P.MONTHS[m - 1].capitalize()} {y}"
    if style == 9:
        return f"{d}e van {P.MONTHS[m - 1]} {y}"
    if style == 10:
        return f"{d} {P.MONTHS_EN[m - 1]} {y}"
    if style == 11:
        return f"{d:02d}-{P.MONTHS_AB[m - 1].upper()}-{y}"
    if style == 12:
        return f"{P.MONTHS[m - 1]} {d}, {y}"
    return f"{d:02d}.{m:02d}.{str(y)[2:]}"


def plain_date(r: random.Random, style: int | None = None) -> str:
    d, m = r.randint(1, 28), r.randint(1, 12)
    y = r.choice([2025, 2026, 2026])
    style = r.randrange(4) if style is None else style
    if style == 0:
        return f"{d} {P.MONTHS[m - 1]} {y}"
    if style == 1:
        return f"{d} {P.MONTHS[m - 1]}"
    if style == 2:
        return f"{d}-{m}-{y}"
    return f"{d:02d}-{m:02d}-{y}"


def clock(r: random.Random) -> str:
    return f"{r.randint(8, 21):02d}:{r.choice(['00', '05', '10', '15', '20', '30', '40', '45', '50', '55'])}"


def make_street(r: random.Random) -> str:
    a, b = r.choice(P.STREET_A), r.choice(P.STREET_B)
    if " " in a:
        return a + b if b in ("straat", "laan", "weg", "plein") else a + r.choice(["straat", "laan", "weg"])
    return a + b


def house_number(r: random.Random) -> str:
    n = str(r.randint(1, 240))
    x = r.random()
    if x < 0.12:
        return n + r.choice("abcd")
    if x < 0.2:
        return n + "-" + str(r.randint(1, 3))
    if x < 0.25:
        return n + "A"
    if x < 0.28:
        return n + "-II"
    return n


def fold(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")


def email_local(r: random.Random, p: Person) -> str:
    first = fold(p.first.split()[0].split("-")[0]).lower()
    last = fold(p.last.split("-")[0]).lower().replace("'", "")
    part = "".join(w[0] for w in p.particle.split()) if p.particle and " " in p.particle else p.particle.lower()
    part = fold(part).replace("'", "").replace("-", "")
    style = r.randrange(8)
    if style == 0:
        return f"{first}.{last}"
    if style == 1:
        return f"{first}{part}{last}{r.randint(60, 99)}"
    if style == 2:
        return f"{first[0]}.{part}{last}"
    if style == 3:
        return f"{first}_{last}"
    if style == 4:
        return f"{last}{first[0]}"
    if style == 5:
        return f"{first}.{last}+post"
    if style == 6:
        return f"{first}{r.randint(1, 999)}"
    return f"{first}{last}"


# ---------------------------------------------------------------- builder


class B:
    """Collects pii items and keep words while a template writes its text."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.pii: list[tuple[str, str]] = []
        self.keeps: list[str] = []

    # generic
    def x(self, s: str, label: str) -> str:
        self.pii.append((s, label))
        return s

    def k(self, s: str | list[str]) -> str:
        if isinstance(s, list):
            s = self.r.choice(s)
        self.keeps.append(s)
        return s

    def c(self, seq):
        return self.r.choice(seq)

    # people
    def person(self, origin: str | None = None, female: bool | None = None) -> Person:
        return make_person(self.r, origin, female)

    def kin(self, p: Person, female: bool | None = None, same_name: bool = True) -> Person:
        """A family member of ``p`` (same family name unless ``same_name`` is false)."""
        k = make_person(self.r, None, female)
        if same_name:
            k.particle, k.last = p.particle, p.last.split("-")[0]
        return k

    def full(self, p: Person) -> str:
        return self.x(p.full(), "PERSON")

    def first(self, p: Person) -> str:
        return self.x(p.first, "PERSON")

    def sur(self, p: Person, cap: bool = False) -> str:
        return self.x(p.sur(cap), "PERSON")

    def ini(self, p: Person, style: int | None = None) -> str:
        style = self.r.randrange(4) if style is None else style
        return self.x(p.initials(style) + " " + p.sur(), "PERSON")

    def low(self, p: Person, first_only: bool = False) -> str:
        return self.x((p.first if first_only else p.full()).lower(), "PERSON")

    def caps(self, p: Person) -> str:
        return self.x(p.full().upper(), "PERSON")

    def named(self, p: Person) -> str:
        """Title + surname, the title outside the item."""
        t = self.c(["mevrouw", "mw.", "mevr.", "Mevrouw"] if p.female else ["meneer", "dhr.", "de heer", "Meneer"])
        return f"{t} {self.sur(p)}"

    def any_form(self, p: Person) -> str:
        f = self.r.randrange(5)
        if f == 0:
            return self.full(p)
        if f == 1:
            return self.named(p)
        if f == 2:
            return self.ini(p)
        if f == 3:
            return self.first(p)
        return self.full(p)

    def nick(self, p: Person) -> str:
        """A nickname made from the first name (Gerrieke -> Gerrie, Oluwaseun -> Olu), annotated."""
        base = fold(re.split(r"[- ]", p.first)[0])
        stem = base[: self.r.choice([3, 4])] if len(base) > 4 else base
        n = stem + self.c(["", "", "ie", "y", "tje", "o"]) if len(stem) > 2 else base
        return self.x(n, "PERSON")

    def poss(self, p: Person, use_first: bool = True) -> str:
        stem = p.first if use_first else p.sur()
        self.x(stem, "PERSON")
        if stem[-1] in "sxz":
            return stem + "'"
        if stem[-1] in "aeiouy":
            return stem + "'s"
        return stem + "s"

    # identifiers
    def phone(self, foreign: bool | None = None) -> str:
        return self.x(make_phone(self.r, foreign), "PHONE")

    def pc(self) -> str:
        return self.x(make_postcode(self.r), "POSTCODE")

    def street(self, s: str | None = None) -> str:
        return self.x(s or make_street(self.r), "ADDRESS")

    def addr(self, s: str | None = None) -> str:
        return self.x((s or make_street(self.r)) + " " + house_number(self.r), "ADDRESS")

    def email(self, p: Person, work: bool = False) -> str:
        if work:
            first = fold(p.first.split()[0].split("-")[0]).lower()
            last = fold(p.sur().replace(" ", "").replace("'", "")).lower()
            local = self.c([f"{first[0]}.{last}", f"{first}.{last}", f"{last}{first[0]}"])
            return self.x(f"{local}@{self.c(P.WORKDOMAINS)}", "EMAIL")
        return self.x(f"{email_local(self.r, p)}@{self.c(P.MAILDOMAINS)}", "EMAIL")

    def bsn(self) -> str:
        return self.x(make_bsn(self.r), "BSN")

    def iban(self, country: str | None = None) -> str:
        return self.x(make_iban(self.r, country), "IBAN")

    def plate(self) -> str:
        return self.x(make_plate(self.r), "LICENSE_PLATE")

    def case(self) -> str:
        return self.x(make_case(self.r), "CASE_NUMBER")

    def cue_case(self) -> str:
        return f"{self.k(CASE_CUES)} {self.case()}"

    def dob(self, child: bool = False) -> str:
        return self.x(make_dob(self.r, child), "DATE_OF_BIRTH")

    # keeps
    def date(self, style: int | None = None) -> str:
        return self.k(plain_date(self.r, style))

    def day(self) -> str:
        return self.k(P.WEEKDAYS)

    def dept(self) -> str:
        return self.k(P.DEPTS)

    def scheme(self) -> str:
        return self.k(P.SCHEMES)

    def org(self) -> str:
        return self.k(P.ORGS)

    def town(self) -> str:
        return self.k(P.TOWNS)

    def topic(self) -> str:
        return self.k(P.TOPICS)

    def law(self) -> str:
        return self.k(P.LAWS)

    def place(self) -> str:
        return self.k(P.PLACES)

    def misc(self) -> str:
        return self.k(P.KEEP_MISC)

    def func(self) -> str:
        return self.k(P.FUNCTIONS)

    def clock(self) -> str:
        return clock(self.r)

    def clocks(self, n: int) -> list[str]:
        """``n`` times of one day, in order."""
        return sorted(clock(self.r) for _ in range(n))

    def doc(self, did: str, text: str, known: dict | None = None) -> dict:
        pii, seen = [], set()
        for t, label in self.pii:
            if (t, label) not in seen:
                seen.add((t, label))
                pii.append({"text": t, "label": label})
        keep, kseen = [], set()
        for w in self.keeps:
            if w not in kseen and re.search(r"(?<![\w])" + re.escape(w) + r"(?![\w])", text):
                kseen.add(w)
                keep.append(w)
        d = {"id": did, "text": text}
        if known is not None:
            d["known"] = known
        d["pii"] = pii
        d["keep"] = keep
        return d
