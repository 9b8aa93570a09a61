"""Document builder, identifiers, people and addresses of holdout31 (standard library only).

A shape writes a template in which every personal item is a slot «LABEL|text» and every keep word [[text]]; render()
turns it into the document text with its pii list (one item per slot, in order) and keep list.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from pools31 import KNOWN_WORDS, NICKS, ORIGINS, STREET_PRE, STREET_SUF, STREET_TITLED, TOWNS

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
DRAWN = {"first": set(), "sur": set(), "street": set()}  # for --audit

_SLOT = re.compile(r"«([A-Z_]+)\|(.*?)»|\[\[(.*?)\]\]", re.S)


def L(label: str, text: str) -> str:
    return f"«{label}|{text}»"


def K(text: str) -> str:
    return f"[[{text}]]"


def render(tpl: str) -> tuple[str, list[dict], list[str]]:
    out, pii, keep, pos = [], [], [], 0
    for m in _SLOT.finditer(tpl):
        out.append(tpl[pos : m.start()])
        if m.group(1):
            pii.append({"text": m.group(2), "label": m.group(1)})
            out.append(m.group(2))
        else:
            if m.group(3) not in keep:
                keep.append(m.group(3))
            out.append(m.group(3))
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), pii, keep


def fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- identifiers


def bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d + [last]))


def bsn_valid(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0


def bsn_fmt(r, b: str) -> str:
    return r.choice(
        [
            b,
            b,
            f"{b[:4]}.{b[4:6]}.{b[6:]}",
            f"{b[:3]} {b[3:6]} {b[6:]}",
            f"{b[:3]}-{b[3:6]}-{b[6:]}",
            f"{b[:2]}.{b[2:5]}.{b[5:]}",
        ]
    )


IBAN_SPEC = {
    "NL": lambda r: (
        r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB"])
        + "".join(str(r.randint(0, 9)) for _ in range(10))
    ),
    "BE": lambda r: "".join(str(r.randint(0, 9)) for _ in range(12)),
    "DE": lambda r: "".join(str(r.randint(0, 9)) for _ in range(18)),
    "PL": lambda r: "".join(str(r.randint(0, 9)) for _ in range(24)),
    "ES": lambda r: "".join(str(r.randint(0, 9)) for _ in range(20)),
    "PT": lambda r: "".join(str(r.randint(0, 9)) for _ in range(21)),
    "RO": lambda r: r.choice(["BTRL", "RNCB", "INGB"]) + "".join(str(r.randint(0, 9)) for _ in range(16)),
    "BG": lambda r: r.choice(["BNBG", "UNCR", "STSA"]) + "".join(str(r.randint(0, 9)) for _ in range(14)),
    "LT": lambda r: "".join(str(r.randint(0, 9)) for _ in range(16)),
    "TR": lambda r: "".join(str(r.randint(0, 9)) for _ in range(22)),
    "FR": lambda r: "".join(str(r.randint(0, 9)) for _ in range(23)),
    "IT": lambda r: r.choice("ABCXYZ") + "".join(str(r.randint(0, 9)) for _ in range(22)),
}


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban(r, country: str | None = None) -> str:
    c = country or r.choice(["NL"] * 10 + list(IBAN_SPEC))
    bban = IBAN_SPEC[c](r)
    check = 98 - _mod97(bban + c + "00")
    return f"{c}{check:02d}{bban}"


def iban_valid(s: str) -> bool:
    s = re.sub(r"[\s\-]", "", s).upper()
    return len(s) > 12 and _mod97(s[4:] + s[:4]) == 1


def iban_fmt(r, i: str) -> str:
    g = " ".join(i[k : k + 4] for k in range(0, len(i), 4))
    return r.choice(
        [g, g, g, i, i, g.lower() if r.random() < 0.3 else g, "-".join(i[k : k + 4] for k in range(0, len(i), 4))]
    )


def phone(r, kind: str | None = None) -> str:
    kind = kind or r.choice(["mob"] * 6 + ["land"] * 3 + ["foreign"])
    if kind == "mob":
        n = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
        a, b = n[1:], n
        return r.choice(
            [
                f"0{b[:1]}-{a}",
                f"0{b[:1]} {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
                f"+31 6 {a[:4]} {a[4:]}",
                f"+316{a}",
                f"06{a}",
                f"0031 6 {a}",
                f"+31 (0)6 {a[:2]} {a[2:5]} {a[5:]}",
                f"06-{a[:4]} {a[4:]}",
                f"06 {a[:4]} {a[4:]}",
                f"(06) {a[:2]}{a[2:4]}-{a[4:]}",
                f"06.{a[:2]}.{a[2:4]}.{a[4:6]}.{a[6:]}",
            ]
        )
    if kind == "land":
        area = r.choice(
            [
                "038",
                "0570",
                "033",
                "058",
                "013",
                "024",
                "036",
                "023",
                "078",
                "055",
                "053",
                "0492",
                "077",
                "0320",
                "072",
                "0182",
                "010",
                "075",
                "0592",
                "0591",
                "0475",
                "0118",
            ]
        )
        rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
        return r.choice(
            [
                f"{area}-{rest}",
                f"{area} {rest}",
                f"({area}) {rest}",
                f"+31 {area[1:]} {rest}",
                f"{area}-{rest[:3]} {rest[3:]}",
            ]
        )
    cc, ln = r.choice(
        [
            ("32", 9),
            ("49", 11),
            ("48", 9),
            ("90", 10),
            ("40", 9),
            ("359", 9),
            ("380", 9),
            ("212", 9),
            ("351", 9),
            ("34", 9),
            ("44", 10),
            ("370", 8),
            ("420", 9),
            ("30", 10),
            ("39", 10),
            ("233", 9),
            ("234", 10),
            ("251", 9),
            ("291", 7),
            ("252", 9),
            ("93", 9),
            ("98", 10),
            ("63", 10),
            ("66", 9),
        ]
    )
    n = "".join(str(r.randint(1 if i == 0 else 0, 9)) for i in range(ln))
    return r.choice([f"+{cc} {n[:3]} {n[3:6]} {n[6:]}", f"00{cc} {n}", f"+{cc}{n}", f"+{cc} {n}"])


def postcode(r) -> str:
    d = r.randint(1011, 9999)
    letters = r.choice("ABCEGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRTVWXZ")
    return r.choice(
        [
            f"{d} {letters}",
            f"{d} {letters}",
            f"{d}{letters}",
            f"{d} {letters.lower()}" if r.random() < 0.2 else f"{d} {letters}",
        ]
    )


PLATE_CODES = [
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


def plate(r) -> str:
    code = r.choice(PLATE_CODES)
    s = "".join(r.choice("BDFGHJKLNPRSTVXZ") if c == "X" else str(r.randint(0, 9)) if c == "9" else c for c in code)
    v = r.random()
    if v < 0.15:
        return s.replace("-", "")
    if v < 0.22:
        return s.lower()
    if v < 0.28:
        return s.replace("-", " ")
    return s


CASE_FORMATS = [
    lambda r: f"DIG-{r.choice(['25', '26'])}-{r.randint(1000, 99999):05d}",
    lambda r: f"IDO/{r.choice(['2025', '2026'])}/{r.randint(100, 9999):04d}",
    lambda r: f"KLM{r.choice(['25', '26'])}.{r.randint(100, 999)}.{r.randint(10, 99)}",
    lambda r: f"GR-{r.randint(1000, 9999)}-{r.choice('ABCDEFGH')}",
    lambda r: f"WOM/{r.choice(['2025', '2026'])}-{r.randint(1, 999):03d}",
    lambda r: f"MNF{r.randint(100000, 999999)}",
    lambda r: f"BB-{r.choice(['25', '26'])}/{r.randint(10, 99)}/{r.randint(100, 999)}",
    lambda r: f"VTA.{r.randint(2025, 2026)}.{r.randint(10000, 99999)}",
    lambda r: f"HK{r.randint(2025, 2026)}-{r.randint(1, 52):02d}-{r.randint(100, 999)}",
    lambda r: f"T{r.randint(100000, 999999)}-{r.randint(1, 9)}",
    lambda r: f"RW/{r.choice(['AFK', 'GD', 'TW'])}/{r.randint(1000, 9999)}",
    lambda r: f"SUB-K-{r.randint(2025, 2026)}-{r.randint(100, 9999)}",
    lambda r: f"ZK{r.randint(10, 99)}{r.choice('XYZQ')}{r.randint(1000, 9999)}",
    lambda r: f"{r.randint(2025, 2026)}-VA-{r.randint(1000, 9999)}",
    lambda r: f"NB{r.randint(10, 99)}/{r.randint(1000, 9999)}",
    lambda r: f"BEW-{r.randint(100, 999)}-{r.randint(10, 99)}",
    lambda r: f"#{r.randint(40000, 89999)}",
    lambda r: f"CLM-{r.randint(1, 12):02d}{r.randint(25, 26)}-{r.randint(100, 999)}",
    lambda r: f"OVL{r.randint(2025, 2026)}/{r.randint(1, 999)}",
    lambda r: f"Z-{r.randint(10, 99)}-{r.randint(10000, 99999)}-{r.choice('KMN')}",
]
CASE_CUES = [
    "zaaknummer",
    "kenmerk",
    "ons kenmerk",
    "dossiernummer",
    "registratienummer",
    "meldnummer",
    "ticketnummer",
    "referentie",
    "aanvraagnummer",
    "volgnummer",
    "zaak",
    "uw kenmerk",
    "besluitnummer",
    "casusnummer",
    "ticket",
    "meldingsnummer",
    "dossier",
    "zaakcode",
]


def case_number(r) -> str:
    return r.choice(CASE_FORMATS)(r)


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
MON_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
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
]


def birth(r, lo: int = 1935, hi: int = 2008) -> dt.date:
    return dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


def dob_fmt(r, d: dt.date) -> str:
    k = r.randrange(17)
    m = d.month
    return [
        f"{d.day:02d}-{m:02d}-{d.year}",
        f"{d.day:02d}/{m:02d}/{d.year}",
        f"{d.day:02d}.{m:02d}.{d.year}",
        f"{d.day} {MONTHS[m - 1]} {d.year}",
        f"{d.day} {MON_SHORT[m - 1]}. {d.year}",
        d.isoformat(),
        f"{d.day}-{m}-'{d.year % 100:02d}",
        f"{d.day} {MONTHS[m - 1].upper()} {d.year}",
        f"{NUMWORDS[d.day - 1]} {MONTHS[m - 1]} {d.year}",
        f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[m - 1]} {d.year}",
        f"{d.year}{m:02d}{d.day:02d}",
        f"{EN_MONTHS[m - 1]} {d.day}, {d.year}",
        f"{d.day}/{m}/{d.year % 100:02d}",
        f"{d.day} {MON_SHORT[m - 1].capitalize()} {d.year}",
        f"{d.day}{'ste' if d.day in (1, 8) or d.day >= 20 else 'de'} {MONTHS[m - 1]} {d.year}",
        f"{d.day}-{MON_SHORT[m - 1]}-{d.year}",
        f"{d.day:02d}{m:02d}{d.year}",
    ][k]


DOB_CUES = [
    "geboren op",
    "geb.",
    "geboortedatum:",
    "geboortedatum",
    "geb.datum",
    "°",
    "*",
    "geboren",
    "d.o.b.",
    "geboortedag:",
    "geb. op",
    "(geboren",
    "Geboortedatum:",
    "geboren d.d.",
]


def ordinary_date(r, year: int = 2026) -> str:
    d = dt.date(year, r.randint(1, 12), r.randint(1, 28))
    return r.choice(
        [
            f"{d.day} {MONTHS[d.month - 1]}",
            f"{d.day} {MONTHS[d.month - 1]} {year}",
            f"{d.day:02d}-{d.month:02d}-{year}",
            f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}",
        ]
    )


def amount(r) -> str:
    return r.choice(
        [
            f"€ {r.randint(5, 950)},{r.choice(['00', '50', '95', '25'])}",
            f"€{r.randint(20, 4000)}",
            f"{r.randint(10, 2500)} euro",
            f"€ {r.randint(1, 9)}.{r.randint(100, 999)},-",
        ]
    )


# ---------------------------------------------------------------- people

PART_SKIP = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def _compose(r, pre, suf):
    return r.choice(pre) + r.choice(suf)


class Person:
    def __init__(
        self,
        r,
        origin: str | None = None,
        sur: tuple | None = None,
        gender: str | None = None,
        lo: int = 1935,
        hi: int = 2006,
    ):
        self.origin = origin or r.choice(list(ORIGINS))
        male, female, fparts, pre, sufs, particles = ORIGINS[self.origin]
        self.g = gender or r.choice("mf")
        if fparts and r.random() < 0.45:
            self.first = _compose(r, *fparts)
        else:
            self.first = r.choice(male if self.g == "m" else female)
        self.first2 = None
        if r.random() < 0.25:
            other = r.choice(male if self.g == "m" else female)
            if other != self.first:
                self.first2 = other
        if sur is not None:
            self.particle, self.sur = sur
        else:
            ms, fs = r.choice(sufs)
            self.sur = r.choice(pre) + (ms if self.g == "m" else fs)
            self.particle = r.choice(particles)
            if r.random() < 0.07:
                o2 = r.choice(list(ORIGINS))
                p2, s2 = ORIGINS[o2][3], ORIGINS[o2][4]
                self.sur = self.sur + "-" + r.choice(p2) + r.choice(s2)[0]
        self.nick = NICKS.get(self.first)
        self.dob = birth(r, lo, hi)
        self._phone = None
        self._mail = None
        DRAWN["first"].add(self.first)
        if self.first2:
            DRAWN["first"].add(self.first2)
        for w in self.sur.replace("-", " ").split():
            DRAWN["sur"].add(w)

    # name forms ------------------------------------------------------
    def pw(self) -> str:  # particle with a following space
        if not self.particle:
            return ""
        return self.particle if self.particle.endswith(("'", "-")) else self.particle + " "

    def full(self) -> str:
        return f"{self.first} {self.pw()}{self.sur}"

    def full2(self) -> str:
        return f"{self.first} {self.first2 + ' ' if self.first2 else ''}{self.pw()}{self.sur}"

    def surname(self) -> str:  # alone or after a title: first particle capitalised
        p = self.pw()
        return (p[:1].upper() + p[1:] if p else "") + self.sur

    def inits(self, style: int = 0) -> str:
        names = [self.first] + ([self.first2] if self.first2 else [])
        letters = []
        for n in names:
            letters += [x[0] for x in n.replace("-", " ").split()]
        return [
            "".join(x + "." for x in letters),
            " ".join(x + "." for x in letters),
            "".join(letters),
            "".join(x + "." for x in letters),
        ][style % 4]

    def ini(self, style: int = 0) -> str:
        return f"{self.inits(style)} {self.pw()}{self.sur}"

    def sf(self, style: int = 0) -> str:
        p = self.particle.rstrip("-'") if self.particle else ""
        if style == 0:
            return f"{self.sur}, {self.first}{' ' + p if p else ''}"
        if style == 1:
            return f"{self.sur}{', ' + p if p else ''}, {self.inits()}"
        return f"{self.sur.upper()}, {self.first}{' ' + p if p else ''}"

    def caps(self) -> str:
        return self.full().upper()

    def paraph(self) -> str:
        parts = [self.first[0]] + ([self.first2[0]] if self.first2 else [])
        if self.particle:
            parts += [x[0].lower() for x in self.particle.replace("'", " ").replace("-", " ").split()]
        parts.append(self.sur[0])
        return "".join(parts)

    def sur_words(self) -> list[str]:
        return [w for w in re.split(r"[\s\-]", self.sur) if w]

    def words(self) -> set[str]:
        ws = set()
        for w in re.split(r"[\s\-]+", f"{self.first} {self.first2 or ''} {self.particle} {self.sur} {self.nick or ''}"):
            w = w.strip("'").lower()
            if len(w) > 1 and w not in PART_SKIP:
                ws.add(w)
        return ws

    def local(self, r) -> str:
        f, s = fold(self.first).lower().replace(" ", ""), fold(self.sur).lower().replace(" ", "").replace("'", "")
        p = fold(self.particle).lower().replace(" ", "").replace("'", "").replace("-", "")
        return r.choice(
            [
                f"{f}.{p}{s}",
                f"{f[0]}.{p}{s}",
                f"{f}{s}{r.randint(1, 99)}",
                f"{s}.{f}",
                f"{f}_{p}{s}",
                f"{f[0]}{p}{s}",
                f"{f}.{s}{self.dob.year}",
                f"{f}{s[:1]}{r.randint(60, 99)}",
            ]
        )

    def mail(self, r) -> str:
        if not self._mail:
            dom = r.choice(
                [
                    "gmail.com",
                    "hotmail.com",
                    "outlook.com",
                    "ziggo.nl",
                    "kpnmail.nl",
                    "live.nl",
                    "icloud.com",
                    "planet.nl",
                    "xs4all.nl",
                    "yahoo.com",
                    "proton.me",
                    "telenet.be",
                    "web.de",
                    "wp.pl",
                    "hetnet.nl",
                    "home.nl",
                    "gmx.net",
                    "upcmail.nl",
                ]
            )
            self._mail = f"{self.local(r)}@{dom}"
        return self._mail

    def work_mail(self, r, town: str) -> str:
        if not self._mail:
            f, s = fold(self.first).lower(), fold(self.sur).lower().replace("'", "").replace(" ", "")
            p = fold(self.particle).lower().replace(" ", "").replace("'", "").replace("-", "")
            self._mail = (
                r.choice([f"{f}.{p}{s}", f"{f[0]}.{p}{s}", f"{self.paraph().lower()}"]) + "@" + town.lower() + ".nl"
            )
        return self._mail

    def phone(self, r, kind: str | None = None) -> str:
        if not self._phone:
            self._phone = phone(r, kind)
        return self._phone


def person(r, **kw) -> Person:
    return Person(r, **kw)


def relative(r, p: Person, **kw) -> Person:
    return Person(r, origin=p.origin, sur=(p.particle, p.sur), **kw)


def street(r) -> str:
    if r.random() < 0.12:
        o = r.choice(["dutch", "frisian", "limburg", "dutch"])
        pre, sufs = ORIGINS[o][3], ORIGINS[o][4]
        s = f"{r.choice(STREET_TITLED)} {r.choice(pre)}{r.choice(sufs)[0]}{r.choice(['straat', 'laan', 'plein', 'singel'])}"
    elif r.random() < 0.08:
        s = f"{r.choice(['Korte', 'Lange', 'Oude', 'Nieuwe'])} {r.choice(STREET_PRE)}{r.choice(STREET_SUF)}"
    else:
        s = r.choice(STREET_PRE) + r.choice(STREET_SUF)
    DRAWN["street"].add(s)
    return s


def housenr(r) -> str:
    n = r.randint(1, 240)
    return r.choice(
        [str(n)] * 6
        + [
            f"{n}a",
            f"{n}B",
            f"{n}-II",
            f"{n}-{r.randint(1, 4)}",
            f"{n} bis",
            f"{n}/{r.randint(1, 3)}",
            f"{n} rood",
            f"{n}c",
        ]
    )


class Addr:
    def __init__(self, r):
        self.street = street(r)
        self.nr = housenr(r)
        self.pc = postcode(r)
        self.town = r.choice(TOWNS)

    def line(self) -> str:
        return f"{self.street} {self.nr}"


def town(r) -> str:
    return r.choice(TOWNS)


def known_pool():
    return KNOWN_WORDS
