"""Identifiers, people and the document builder of holdout28 (standard library only)."""

from __future__ import annotations

import re
import unicodedata

import pools28 as P

DUTCH_PARTICLES = {
    "van",
    "van der",
    "van den",
    "van de",
    "ter",
    "ten",
    "van 't",
    "in 't",
    "op den",
    "van het",
    "te",
    "de",
}
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
    """Text built from segments; a segment is a str, a (text, label) pair (label "KEEP" = keep word) or a list of them."""

    def __init__(self) -> None:
        self.buf: list[str] = []
        self.pii: list[tuple[str, str]] = []
        self.keep: list[str] = []

    def add(self, v) -> None:
        if v is None:
            return
        if isinstance(v, str):
            self.buf.append(v)
        elif isinstance(v, tuple):
            text, label = v
            self.buf.append(text)
            if label == "KEEP":
                if text not in self.keep:
                    self.keep.append(text)
            elif (text, label) not in self.pii:
                self.pii.append((text, label))
        else:
            for x in v:
                self.add(x)

    def t(self, tpl: str, **kw) -> None:
        """``[name]`` inserts kw[name]; ``{word}`` inserts a keep word."""
        pos = 0
        for m in re.finditer(r"\[(\w+)\]|\{([^{}]+)\}", tpl):
            self.buf.append(tpl[pos : m.start()])
            if m.group(1):
                self.add(kw[m.group(1)])
            else:
                self.add((m.group(2), "KEEP"))
            pos = m.end()
        self.buf.append(tpl[pos:])

    def text(self) -> str:
        return "".join(self.buf)


def K(w: str):
    return (w, "KEEP")


def fold(s: str) -> str:
    s = (
        s.replace("ı", "i")
        .replace("ł", "l")
        .replace("Ł", "L")
        .replace("đ", "d")
        .replace("Đ", "D")
        .replace("ø", "o")
        .replace("ß", "ss")
    )
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- identifiers
def bsn(r) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0 and d[1] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0


def bsn_fmt(r, b: str) -> str:
    f = r.randrange(5)
    return [
        b,
        f"{b[:4]}.{b[4:6]}.{b[6:]}",
        f"{b[:3]} {b[3:6]} {b[6:]}",
        f"{b[:3]}.{b[3:6]}.{b[6:]}",
        f"{b[:2]} {b[2:5]} {b[5:]}",
    ][f]


def _mod97(s: str) -> int:
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


IBAN_SPEC = {
    "NL": lambda r: (
        r.choice(["RABO", "INGB", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
        + "".join(str(r.randint(0, 9)) for _ in range(10))
    ),
    "BE": lambda r: "".join(str(r.randint(0, 9)) for _ in range(12)),
    "DE": lambda r: "".join(str(r.randint(0, 9)) for _ in range(18)),
    "PL": lambda r: "".join(str(r.randint(0, 9)) for _ in range(24)),
    "PT": lambda r: "".join(str(r.randint(0, 9)) for _ in range(21)),
    "LT": lambda r: "".join(str(r.randint(0, 9)) for _ in range(16)),
    "RO": lambda r: r.choice(["BTRL", "RNCB", "BRDE"]) + "".join(str(r.randint(0, 9)) for _ in range(16)),
    "TR": lambda r: "".join(str(r.randint(0, 9)) for _ in range(22)),
    "BG": lambda r: r.choice(["BNBG", "UNCR", "STSA"]) + "".join(str(r.randint(0, 9)) for _ in range(14)),
    "ES": lambda r: "".join(str(r.randint(0, 9)) for _ in range(20)),
}


def iban(r) -> str:
    cc = "NL" if r.random() < 0.6 else r.choice(sorted(IBAN_SPEC))
    bban = IBAN_SPEC[cc](r)
    chk = 98 - _mod97(cc + "00" + bban)
    return f"{cc}{chk:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = re.sub(r"[\s\-.]", "", s).upper()
    return len(s) >= 15 and s[:2].isalpha() and _mod97(s) == 1


def iban_fmt(r, i: str) -> str:
    f = r.randrange(5)
    g = " ".join(i[k : k + 4] for k in range(0, len(i), 4))
    return [g, i, g.lower() if False else g, "-".join(i[k : k + 4] for k in range(0, len(i), 4)), i[:4] + " " + i[4:]][
        f
    ]


def phone(r) -> str:
    k = r.random()
    if k < 0.55:
        d = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
        n = d[1:]
        return r.choice(
            [
                f"0{d[0]}-{n}",
                f"0{d[0]} {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                f"+31 6 {n}",
                f"+31 (0)6 {n[:4]} {n[4:]}",
                f"0{d}",
                f"06-{n[:4]} {n[4:]}",
                f"0031 6 {n}",
                f"06 - {n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}",
            ]
        )
    if k < 0.85:
        area = r.choice(
            [
                "570",
                "575",
                "55",
                "546",
                "74",
                "38",
                "522",
                "592",
                "591",
                "320",
                "341",
                "314",
                "344",
                "183",
                "10",
                "182",
                "35",
                "75",
                "299",
                "229",
                "72",
                "515",
                "513",
                "77",
                "475",
                "46",
                "45",
                "492",
                "412",
                "413",
                "165",
                "113",
                "118",
            ]
        )
        n = "".join(str(r.randint(0, 9)) for _ in range(9 - len(area)))
        n = str(r.randint(2, 9)) + n[1:]
        return r.choice(
            [f"0{area}-{n}", f"0{area} {n}", f"+31 {area} {n}", f"(0{area}) {n}", f"0{area}-{n[:3]} {n[3:]}"]
        )
    cc, ln = r.choice(
        [
            ("32", 9),
            ("49", 11),
            ("48", 9),
            ("90", 10),
            ("212", 9),
            ("40", 9),
            ("359", 9),
            ("380", 9),
            ("370", 8),
            ("30", 10),
            ("39", 10),
            ("351", 9),
            ("963", 9),
            ("251", 9),
            ("252", 9),
            ("233", 9),
            ("234", 10),
            ("94", 9),
            ("92", 10),
            ("63", 10),
            ("44", 10),
            ("353", 9),
            ("66", 9),
            ("374", 8),
            ("995", 9),
            ("55", 11),
        ]
    )
    n = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(ln - 1))
    return r.choice([f"+{cc} {n}", f"00{cc} {n[:3]} {n[3:6]} {n[6:]}", f"+{cc} {n[:3]} {n[3:]}"])


def postcode(r) -> str:
    while True:
        L = r.choice("ABCDEFGHJKLMNPRTVWXZ") + r.choice("ABCDEFGHJKLMNPRSTVWXZ")
        if L not in ("SA", "SD", "SS"):
            break
    n = r.randint(1000, 9999)
    return r.choice([f"{n} {L}", f"{n}{L}", f"{n} {L}", f"{n}  {L}"[:4] + " " + L, f"{n} {L.lower()}"])


def plate(r) -> str:
    C = "BDFGHJKLNPRSTVXZ"
    pat = r.choice(
        [
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
    )
    s = "".join(r.choice(C) if c == "L" else str(r.randint(0, 9)) if c == "9" else c for c in pat)
    f = r.random()
    return s if f < 0.6 else s.replace("-", "") if f < 0.75 else s.lower() if f < 0.85 else s.replace("-", " ")


CASE_FORMATS = [
    "TOE-{yy}-{n4}",
    "INC/{yyyy}/{n4}",
    "VTA{yy}-{n4}",
    "GZ.{yyyy}.{n5}",
    "BA-{n4}/{yy}",
    "{yy}VTA{n4}",
    "MLD-{yy}-{n4}-{L}",
    "ZAAK {yyyy}-{n5}",
    "SG/{yy}/{n4}",
    "BRF-{yyyy}-{n4}",
    "OPV/{yy}/{n4}",
    "KL-{yy}.{n4}",
    "DV-{yy}-{n5}",
    "AFS.{yy}.{n4}",
    "R{yy}-{n5}",
    "LV-{yyyy}-{n3}",
    "NGT{yy}/{n4}",
    "WI-{n5}-{yy}",
    "GO {yy}.{n3}.{n2}",
    "{yyyy}/TK/{n4}",
    "BZ{yy}-{n4}{L}",
    "HZ.{n4}.{yy}",
    "PA-{yy}{n4}",
    "VZ/{yyyy}-{n4}",
]
CASE_CUES = [
    "zaaknummer",
    "kenmerk",
    "ons kenmerk",
    "uw kenmerk",
    "dossiernummer",
    "registratienummer",
    "meldnummer",
    "referentie",
    "aanvraagnummer",
    "volgnummer",
    "zaak",
    "Zaaknr.",
    "dossier",
    "casusnummer",
    "opdrachtnummer",
    "boekingsnummer",
    "verwijsnummer",
    "intakenummer",
    "ticketnummer",
    "Kenmerk",
]


def case_number(r) -> str:
    fmt = r.choice(CASE_FORMATS)
    yy = r.choice(["25", "26", "27"])
    return (
        fmt.replace("{yyyy}", "20" + yy)
        .replace("{yy}", yy)
        .replace("{n5}", f"{r.randint(100, 99999):05d}")
        .replace("{n4}", f"{r.randint(10, 9999):04d}")
        .replace("{n3}", f"{r.randint(1, 999):03d}")
        .replace("{n2}", f"{r.randint(1, 99):02d}")
        .replace("{L}", r.choice("ABCDEFGHK"))
    )


def dob(r, cue: bool = True):
    """(segments) a date of birth, with or without a cue word (the cue is kept when it is a word)."""
    y, m, d = r.randint(1932, 2009), r.randint(1, 12), r.randint(1, 28)
    st = r.randrange(15)
    s = [
        f"{d:02d}-{m:02d}-{y}",
        f"{d}/{m}/{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d} {P.MONTHS[m - 1]} {y}",
        f"{d} {P.MON3[m - 1]}. {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d}-{m}-'{str(y)[2:]}",
        f"{d} {P.MONTHS[m - 1].upper()} {y}",
        f"{P.NUMWORDS[d - 1]} {P.MONTHS[m - 1]} {y}",
        f"{d}-{P.ROMAN[m - 1]}-{y}",
        f"{y}{m:02d}{d:02d}",
        f"{d:02d}{m:02d}{y}",
        f"{d}/{m}/{str(y)[2:]}",
        f"{d} {P.MON3[m - 1].capitalize()} {y}",
        f"{d}e {P.MONTHS[m - 1]} {y}",
    ][st]
    item = (s, "DATE_OF_BIRTH")
    if not cue:
        return [item]
    c = r.randrange(10)
    return [
        ["geboren op ", item],
        [K("geboortedatum"), ": ", item],
        ["geb. ", item],
        ["(geb. ", item, ")"],
        ["° ", item],
        ["* ", item],
        [K("Geboortedatum"), " ", item],
        ["geboren ", item],
        [K("geb.datum"), " ", item],
        ["DOB ", item],
    ][c]


def ordinary_date(r, year=None) -> str:
    y = year or r.choice([2025, 2026, 2027])
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d} {P.MONTHS[m - 1]} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d} {P.MONTHS[m - 1]}",
            f"{d}/{m}/{y}",
            f"{d} {P.MON3[m - 1]} {y}",
        ]
    )


def street(r) -> str:
    k = r.random()
    if k < 0.12:
        o = P.ORIGINS[r.choice(["dutch", "frisian", "limburg"])]
        return f"{r.choice(P.TITLED)} {r.choice(o[2])}{r.choice(o[3])}{r.choice(['straat', 'laan', 'plein'])}"
    s = r.choice(P.STREET_PRE) + r.choice(P.STREET_SUF)
    if k < 0.22:
        s = r.choice(["Korte ", "Lange ", "Oude ", "Nieuwe "]) + s
    return s


def housenumber(r) -> str:
    n = r.randint(1, 240)
    return r.choice([str(n), str(n), f"{n}a", f"{n}B", f"{n}-II", f"{n}-3", f"{n} bis", f"{n}/2", f"{n}-hs"])


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, first, sur, particle, gender, origin, nick=None):
        self.first, self.sur, self.particle, self.gender, self.origin, self.nick = (
            first,
            sur,
            particle,
            gender,
            origin,
            nick,
        )

    @property
    def surname(self) -> str:  # as after a first name
        return (
            f"{self.particle} {self.sur}"
            if self.particle and not self.particle.endswith(("'", "-"))
            else (self.particle or "") + self.sur
        )

    @property
    def Surname(self) -> str:  # without first name: Dutch particles capitalised
        s = self.surname
        return s[0].upper() + s[1:]

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"

    def initials(self, r) -> str:
        parts = re.split(r"[ -]", self.first)
        ini = [p[0].upper() for p in parts if p]
        if r.random() < 0.3:
            ini.append(r.choice("AJMHCPWE"))
        return r.choice([".".join(ini) + ".", "".join(ini), ". ".join(ini) + "."])

    def paraph(self) -> str:
        words = self.surname.split()
        return self.first[0].upper() + "".join(w[0] for w in words[:-1]) + words[-1][0].upper()

    def title(self, r) -> str:
        return r.choice(
            ["mevrouw ", "mw. ", "mevr. ", "Mw. "] if self.gender == "f" else ["de heer ", "dhr. ", "meneer ", "Dhr. "]
        )

    def email(self, r) -> str:
        f, s = fold(self.first).lower().replace(" ", ""), fold(self.surname).lower().replace(" ", "").replace("'", "")
        loc = r.choice(
            [
                f"{f}.{s}",
                f"{f[0]}.{s}",
                f"{f}{s}{r.randint(1, 99)}",
                f"{s}.{f}",
                f"{f}_{s}",
                f"{f[0]}{s}{r.randint(1960, 2005)}",
                f"{f}.{s}+post",
            ]
        )
        return f"{loc}@{r.choice(P.PROVIDERS)}"

    def work_email(self, town: str) -> str:
        return f"{fold(self.first)[0].lower()}.{fold(self.surname).lower().replace(' ', '').replace(chr(39), '')}@{fold(town).lower().replace(' ', '')}.nl"

    # forms (segment lists)
    def f_full(self):
        return [(self.full, "PERSON")]

    def f_title(self, r):
        return [self.title(r), (self.Surname, "PERSON")]

    def f_first(self):
        return [(self.first, "PERSON")]

    def f_sur(self):
        return [(self.Surname, "PERSON")]

    def f_init(self, r):
        return [(f"{self.initials(r)} {self.surname}", "PERSON")]

    def f_caps(self):
        return [(self.full.upper(), "PERSON")]

    def f_lower(self):
        return [(self.full.lower(), "PERSON")]

    def f_surfirst(self):
        if self.particle in DUTCH_PARTICLES:
            return [(self.sur, "PERSON"), ", ", (f"{self.first} {self.particle}", "PERSON")]
        return [(self.Surname, "PERSON"), ", ", (self.first, "PERSON")]

    def f_poss(self, r):
        return [(self.first, "PERSON"), "'s"] if r.random() < 0.5 else [self.title(r), (self.Surname, "PERSON"), "'s"]

    def f_nick(self):
        return [(self.nick, "PERSON")] if self.nick else [(self.first, "PERSON")]

    def any(self, r):
        k = r.randrange(9)
        return [
            self.f_full(),
            self.f_title(r),
            self.f_first(),
            self.f_init(r),
            self.f_full(),
            self.f_title(r),
            self.f_sur(),
            self.f_lower() if r.random() < 0.3 else self.f_full(),
            self.f_surfirst(),
        ][k]


def _surname(r, origin: str, gender: str) -> tuple[str, str | None]:
    fem, mal, pre, suf, parts = P.ORIGINS[origin]
    s = r.choice(pre) + r.choice(suf)
    if gender == "f":
        for a, b in P.FEMALE.get(origin, []):
            if s.endswith(a) and r.random() < 0.85:
                s = s[: -len(a)] + b
                break
    particle = None
    if parts and (origin == "dutch_part" or r.random() < 0.45):
        particle = r.choice(parts)
        if particle in ("O'", "Mc", "Mac", "D'", "Al-"):
            s = s[0].upper() + s[1:]
    return s, particle


def _first(r, origin: str, gender: str) -> str:
    fem, mal = P.ORIGINS[origin][:2]
    pool = fem if gender == "f" else mal
    if r.random() < 0.35 and len(pool) >= 2 and " " not in pool[0] and "-" not in pool[0]:
        a, b = r.sample(pool, 2)
        # join two names of the origin at a vowel edge
        i = next((k for k in range(len(a) - 1, 1, -1) if a[k].lower() in "aeiouy"), len(a) - 1)
        j = next((k for k in range(1, len(b) - 1) if b[k].lower() in "aeiouy"), 1)
        n = a[: i + 1] + b[j + 1 :]
        if 3 <= len(n) <= 11:
            return n
    return r.choice(pool)


def person(r, origin: str | None = None, gender: str | None = None, sur: tuple | None = None) -> Person:
    origin = origin or r.choice(sorted(P.ORIGINS))
    gender = gender or r.choice("fm")
    s, particle = sur if sur else _surname(r, origin, gender)
    if not sur and r.random() < 0.07:
        s2, _ = _surname(r, r.choice(sorted(P.ORIGINS)), gender)
        s = f"{s}-{s2}" if not particle else s
    nick = r.choice(P.NICKNAMES) if r.random() < 0.12 else None
    return Person(_first(r, origin, gender), s, particle, gender, origin, nick)


def relative(r, p: Person) -> Person:
    """A family member sharing the family name."""
    g = p.gender if p.origin in P.FEMALE else r.choice("fm")
    return Person(_first(r, p.origin, g), p.sur, p.particle, g, p.origin)
