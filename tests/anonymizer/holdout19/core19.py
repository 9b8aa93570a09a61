"""Builder, identifiers and people of holdout19 (helper H1, round nineteen). Standard library only."""

from __future__ import annotations

import datetime as dt
import re
from random import Random

import pools19 as P

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
DRAWN = {"first": set(), "sur": set(), "street": set()}  # for --audit (counts only)


class Doc:
    """Collects text; pii(), k() record items exactly as written."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pii: list[dict] = []
        self.keep: list[str] = []

    def t(self, *ss: str) -> Doc:
        self.parts.extend(ss)
        return self

    def p(self, s: str, label: str) -> Doc:
        self.parts.append(s)
        item = {"text": s, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return self

    def k(self, s: str) -> Doc:
        self.parts.append(s)
        if s not in self.keep:
            self.keep.append(s)
        return self

    def kb(self, s: str) -> Doc:
        """A sentence with [bracketed] kept phrases."""
        for i, seg in enumerate(re.split(r"\[|\]", s)):
            (self.k if i % 2 else self.t)(seg)
        return self

    def per(self, s: str) -> Doc:
        return self.p(s, "PERSON")

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- identifiers


def bsn(r: Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if s == 10:
            continue
        return "".join(map(str, d + [s]))


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) - int(d[8])) % 11 == 0


def bsn_fmt(r: Random, b: str) -> str:
    return r.choice(
        [
            b,
            b,
            f"{b[:4]}.{b[4:6]}.{b[6:]}",
            f"{b[:4]} {b[4:6]} {b[6:]}",
            f"{b[:3]}-{b[3:6]}-{b[6:]}",
            f"{b[:3]} {b[3:6]} {b[6:]}",
            f"{b[:3]}.{b[3:6]}.{b[6:]}",
        ]
    )


IBAN_SPEC = {
    "NL": "aaaa" + "n" * 10,
    "BE": "n" * 12,
    "DE": "n" * 18,
    "FR": "n" * 23,
    "ES": "n" * 20,
    "PT": "n" * 21,
    "IT": "a" + "n" * 22,
    "PL": "n" * 24,
    "TR": "n" * 22,
    "RO": "aaaa" + "n" * 16,
    "BG": "aaaa" + "n" * 14,
    "LU": "n" * 16,
    "AT": "n" * 16,
    "HR": "n" * 17,
    "LT": "n" * 16,
    "GR": "n" * 23,
    "CH": "n" * 17,
    "DK": "n" * 14,
    "CZ": "n" * 20,
    "HU": "n" * 24,
    "IE": "aaaa" + "n" * 14,
    "SE": "n" * 20,
}
NL_BANKS = ["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "HAND", "NTSB"]


def _num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s: str) -> bool:
    c = re.sub(r"[\s\-.]", "", s).upper()
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", c)) and _num(c[4:] + c[:4]) % 97 == 1


def iban(r: Random, cc: str = "NL") -> str:
    spec = IBAN_SPEC[cc]
    if cc == "NL":
        bban = r.choice(NL_BANKS) + "".join(str(r.randint(0, 9)) for _ in range(10))
    else:
        bban = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXZ") if ch == "a" else str(r.randint(0, 9)) for ch in spec)
    check = 98 - _num(bban + cc + "00") % 97
    return f"{cc}{check:02d}{bban}"


def iban_fmt(r: Random, i: str) -> str:
    g = " ".join(i[j : j + 4] for j in range(0, len(i), 4))
    return r.choice(
        [
            g,
            g,
            g,
            i,
            i,
            i.lower(),
            g.replace(" ", "-"),
            f"{i[:2]} {i[2:4]} {' '.join(i[j : j + 4] for j in range(4, len(i), 4))}",
        ]
    )


def mobile(r: Random) -> str:
    d = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
    a, b = d[1:], d
    return r.choice(
        [
            f"0{b[:1]}-{a}",
            f"0{b[:1]} {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
            f"0{b}",
            f"+31 6 {a}",
            f"+31 (0)6 {a[:4]} {a[4:]}",
            f"06-{a[:3]} {a[3:5]} {a[5:]}",
            f"0031 6 {a[:4]} {a[4:]}",
            f"06.{a[:2]}.{a[2:4]}.{a[4:6]}.{a[6:]}",
            f"+316{a}",
            f"06 - {a}",
            f"(06) {a[:4]}-{a[4:]}",
            f"+31(0){b}",
        ]
    )


def landline(r: Random, area: str | None = None) -> str:
    area = area or r.choice(P.AREA_CODES)
    n = 10 - len(area)
    s = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
    if n == 7:
        sp = f"{s[:3]} {s[3:5]} {s[5:]}"
    else:
        sp = f"{s[:2]} {s[2:4]} {s[4:]}"
    return r.choice(
        [
            f"{area}-{s}",
            f"({area}) {sp}",
            f"{area} {sp}",
            f"{area} - {sp}",
            f"+31 {area[1:]} {s}",
            f"{area}{s}",
            f"{area}/{s}",
        ]
    )


FOREIGN = [
    ("+32", "4", 8),
    ("+49", "17", 8),
    ("+48", "5", 8),
    ("+90", "53", 8),
    ("+212", "6", 8),
    ("+44", "77", 8),
    ("+33", "6", 8),
    ("+40", "72", 7),
    ("+359", "88", 7),
    ("+380", "67", 7),
    ("+234", "80", 8),
    ("+233", "24", 7),
    ("+251", "91", 7),
    ("+291", "7", 6),
    ("+963", "94", 7),
    ("+964", "77", 8),
    ("+98", "912", 7),
    ("+63", "917", 7),
    ("+66", "81", 7),
    ("+34", "6", 8),
    ("+351", "91", 7),
    ("+39", "34", 8),
    ("+597", "8", 6),
    ("+599", "9", 7),
]


def foreign_phone(r: Random) -> str:
    cc, pre, n = r.choice(FOREIGN)
    s = pre + "".join(str(r.randint(0, 9)) for _ in range(n))
    spaced = " ".join(s[i : i + 3] for i in range(0, len(s), 3))
    return r.choice([f"{cc} {spaced}", f"{cc}{s}", f"00{cc[1:]} {s}", f"{cc} {s}", f"{cc}-{s}"])


def phone(r: Random, town=None) -> str:
    x = r.random()
    if x < 0.62:
        return mobile(r)
    if x < 0.9:
        return landline(r, town[2] if town and r.random() < 0.6 else None)
    return foreign_phone(r)


def postcode(r: Random, town) -> str:
    lo, hi = town[3]
    num = r.randint(lo, hi)
    while True:
        let = r.choice("ABCEGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRTVWXZ")
        if let not in ("SA", "SD", "SS"):
            break
    return r.choice([f"{num} {let}", f"{num} {let}", f"{num}{let}", f"{num} {let.lower()}", f"{num}  {let}"])


PLATE_CODES = [
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


def plate(r: Random) -> str:
    code = r.choice(PLATE_CODES)
    s = "".join(r.choice("BDFGHJKLNPRSTVXZ") if c == "L" else str(r.randint(1, 9)) if c == "9" else c for c in code)
    x = r.random()
    if x < 0.15:
        return s.replace("-", "")
    if x < 0.25:
        return s.lower()
    if x < 0.32:
        return s.replace("-", " ")
    return s


def _d(r: Random, k: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(k))


def case_number(r: Random, year: int = 2026) -> str:
    y, yy = year, year % 100
    f = r.randint(0, 27)
    return [
        lambda: f"ALC-{y}-{_d(r, 4)}",
        lambda: f"HV{yy}/{_d(r, 4)}",
        lambda: f"BIB.{y}.{_d(r, 4)}",
        lambda: f"MKT-{yy}-{_d(r, 3)}",
        lambda: f"TER/{y}/{_d(r, 4)}",
        lambda: f"BBZ-{yy}.{r.randint(1, 12):02d}.{_d(r, 3)}",
        lambda: f"EC-{_d(r, 4)}-{yy}",
        lambda: f"ISO{yy}-{_d(r, 4)}-N",
        lambda: f"GLP/{y}/{_d(r, 3)}",
        lambda: f"LPV-{yy}-{_d(r, 4)}",
        lambda: f"WO.{yy}.{_d(r, 4)}",
        lambda: f"WS-{y}/{_d(r, 4)}",
        lambda: f"ARCH-{yy}-{_d(r, 5)}",
        lambda: f"MON/{yy}/{_d(r, 4)}",
        lambda: f"VVR-{y}-{r.choice('BDFGHKLMNPRTVXZ')}{_d(r, 1)}{r.choice('BDFGHKLMNPRTVXZ')}{_d(r, 1)}",
        lambda: f"TB{yy}.{_d(r, 4)}",
        lambda: f"HB-{y}-{_d(r, 4)}",
        lambda: f"OMD{yy}-{_d(r, 3)}",
        lambda: f"CMP/{yy}/{_d(r, 4)}",
        lambda: f"VA19-{y}-{_d(r, 4)}",
        lambda: f"#AF-{yy}-{_d(r, 4)}",
        lambda: f"Z.{y}.{_d(r, 5)}",
        lambda: f"RV{yy}-{r.randint(1, 12):02d}-{_d(r, 4)}",
        lambda: f"NB/{yy}.{_d(r, 4)}",
        lambda: f"EZ-{yy}-{_d(r, 5)}-B",
        lambda: f"ST{y}/{_d(r, 4)}",
        lambda: f"ENT {y} {_d(r, 5)}",
        lambda: f"{_d(r, 2)}.{y}.VTA.{_d(r, 3)}",
    ][f]()


CUES = [
    "zaaknummer",
    "kenmerk",
    "ons kenmerk",
    "uw kenmerk",
    "dossiernummer",
    "vergunningnummer",
    "registratienummer",
    "aanvraagnummer",
    "meldingnummer",
    "referentie",
    "volgnummer",
    "zaak",
    "dossier",
    "ticket",
    "besluitnummer",
    "inschrijvingsnummer",
    "behandelnummer",
    "zaak-id",
    "afstemmingsnummer",
    "archiefaanvraag",
]


def dob(r: Random, lo: int = 1935, hi: int = 2005) -> tuple[dt.date, str]:
    d = dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))
    return d, dob_fmt(r, d)


def dob_fmt(r: Random, d: dt.date) -> str:
    m, M = P.MONTHS[d.month - 1], P.MONTHS_EN[d.month - 1]
    return r.choice(
        [
            f"{d.day:02d}-{d.month:02d}-{d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day} {m} {d.year}",
            f"{d.day} {m[:3]}. {d.year}",
            d.isoformat(),
            f"{d.day}-{d.month}-'{d.year % 100:02d}",
            f"{d.day} {m.upper()} {d.year}",
            f"{P.NUMWORDS[d.day - 1]} {m} {d.year}",
            f"{d.day}e {m} {d.year}",
            f"{P.WEEKDAYS[d.weekday()]} {d.day} {m} {d.year}",
            f"{d.year}{d.month:02d}{d.day:02d}",
            f"{M} {d.day}, {d.year}",
            f"{d.day}-{P.ROMAN[d.month - 1]}-{d.year}",
            f"{d.day} {m} '{d.year % 100:02d}",
            f"{d.day}/{d.month}/{d.year}",
            f"{d.day:02d}{d.month:02d}{d.year}",
            f"{d.day} {M[:3]} {d.year}",
        ]
    )


def odate(r: Random, year: int = 2026) -> str:
    d = dt.date(year, r.randint(1, 12), r.randint(1, 28))
    m = P.MONTHS[d.month - 1]
    return r.choice(
        [
            f"{d.day} {m} {year}",
            f"{d.day:02d}-{d.month:02d}-{year}",
            f"{P.WEEKDAYS[d.weekday()]} {d.day} {m}",
            f"{d.day} {m}",
            d.isoformat(),
            f"{d.day}-{d.month}-{year}",
        ]
    )


def amount(r: Random, lo: int = 20, hi: int = 6000) -> str:
    v = r.randint(lo, hi)
    c = r.choice(["00", "50", "95", f"{r.randint(0, 99):02d}"])
    s = f"{v:,}".replace(",", ".")
    return r.choice([f"€ {s},{c}", f"€{s},{c}", f"EUR {s},{c}", f"€ {s},-"])


def odd_time(r: Random) -> str:
    return f"{r.randint(8, 21):02d}:{r.choice(['00', '05', '15', '20', '30', '40', '45', '55'])}"


# ---------------------------------------------------------------- people


def _fold(s: str) -> str:
    import unicodedata

    s = (
        s.replace("ı", "i")
        .replace("ł", "l")
        .replace("Ł", "L")
        .replace("ş", "s")
        .replace("ß", "ss")
        .replace("đ", "d")
        .replace("Đ", "D")
    )
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(
        self,
        r: Random,
        origin: str | None = None,
        female: bool | None = None,
        family: Person | None = None,
        first: str | None = None,
        sur: str | None = None,
        particle: str | None = None,
    ) -> None:
        self.r = r
        if family is not None:
            origin = family.origin
        self.origin = origin or r.choice(list(P.ORIGINS))
        sh, st, male, fem, fh, ft, parts, femt = P.ORIGINS[self.origin]
        self.female = r.random() < 0.5 if female is None else female
        # first name: from the list, or composed from halves (about a third)
        if first:
            self.first = first
        elif r.random() < 0.34 and fh:
            self.first = r.choice(fh) + r.choice(ft)
        else:
            self.first = r.choice(fem if self.female else male)
        self.second = r.choice(fem if self.female else male) if r.random() < 0.25 else ""
        if self.second == self.first:
            self.second = ""
        if family is not None:
            self.core, self.particle = family.core, family.particle
            if femt and family.female != self.female:
                self.core = family.base_core if not self.female else family.fem_core
            self.base_core, self.fem_core = family.base_core, family.fem_core
        else:
            head = r.choice(sh)
            tail = r.choice(st) if st else ""
            self.base_core = head + tail
            self.fem_core = head + femt.get(tail, tail) if femt else self.base_core
            self.core = self.fem_core if (self.female and femt) else self.base_core
            if self.origin == "spanish" and r.random() < 0.6:
                extra = r.choice(sh) + r.choice(st)
                if extra != self.core:
                    self.core = self.base_core = self.fem_core = f"{self.core} {extra}"
            self.particle = r.choice(parts)
            if r.random() < 0.08:  # double-barrelled across origins
                o2 = r.choice(list(P.ORIGINS))
                s2 = P.ORIGINS[o2]
                other = r.choice(s2[0]) + (r.choice(s2[1]) if s2[1] else "")
                pp = r.choice(["", "", "de ", "van ", "van der "]) if o2 in ("dutch", "dutch_part") else ""
                self.core = self.base_core = self.fem_core = f"{self.core}-{pp}{other}"
        if sur:
            self.core = self.base_core = self.fem_core = sur
        if particle is not None:
            self.particle = particle
        self.nick = r.choice(P.NICKNAMES) if r.random() < 0.12 else ""
        DRAWN["first"].update(w for w in (self.first + " " + self.second).split() if len(w) > 2)
        DRAWN["sur"].update(w for w in re.split(r"[\s\-]", self.core) if len(w) > 2)

    # -- forms
    def _glue(self, part: str, cap: bool = False) -> str:
        if not part:
            return ""
        if part.endswith("-") or part in ("O'", "Mc", "Mac", "Fitz", "D'", "Al-", "El-"):
            return part
        p = part[0].upper() + part[1:] if cap else part
        return p + " "

    def surname(self, cap: bool = True) -> str:
        """The surname alone (after a title): the particle capitalised (Dutch style)."""
        return self._glue(self.particle, cap) + self.core

    def full(self, nick: bool = False) -> str:
        mid = f' "{self.nick}" ' if nick and self.nick else " "
        return self.first + mid + self._glue(self.particle) + self.core

    def full2(self) -> str:
        return f"{self.first} {self.second} {self._glue(self.particle)}{self.core}" if self.second else self.full()

    def inits(self, style: int | None = None) -> str:
        letters = [w[0] for w in re.split(r"[\s\-]", self.first + (" " + self.second if self.second else "")) if w]
        style = self.r.randint(0, 4) if style is None else style
        if style == 0:
            return "".join(c + "." for c in letters)
        if style == 1:
            return "".join(letters)
        if style == 2:
            return " ".join(c + "." for c in letters)
        if style == 3:
            return ".".join(letters) + ("." if len(letters) == 1 else "")
        return "".join(c + "." for c in letters)

    def init_name(self) -> str:
        return f"{self.inits()} {self._glue(self.particle)}{self.core}"

    def sfirst(self) -> str:
        if (
            self.particle
            and not self.particle.endswith("-")
            and self.particle not in ("O'", "Mc", "Mac", "Fitz", "D'", "El-")
        ):
            if self.r.random() < 0.5:
                return f"{self.core}, {self.inits(0)} {self.particle}"
            return f"{self.surname()}, {self.first}"
        return f"{self._glue(self.particle)}{self.core}, {self.r.choice([self.first, self.inits(0)])}"

    def caps(self) -> str:
        return self.full().upper()

    def lower(self) -> str:
        return self.full().lower()

    def ascii(self) -> str:
        return _fold(self.full())

    def paraph(self) -> str:
        parts = (
            "".join(w[0].lower() for w in self.particle.split())
            if self.particle and " " in self.particle or self.particle in ("van", "de", "ter", "ten", "te")
            else ""
        )
        return (
            self.first[0].upper()
            + parts
            + _fold(self.core)[0].upper()
            + (_fold(self.core)[1] if self.r.random() < 0.3 and len(self.core) > 1 else "")
        )

    def title(self) -> str:
        return self.r.choice(["mevrouw", "mw.", "mevr."] if self.female else ["de heer", "dhr.", "meneer"])

    def email(self, domain: str | None = None) -> str:
        f, s = (
            _fold(self.first).lower().replace(" ", "").replace("'", ""),
            _fold(self.particle.replace(" ", "") + self.core).lower().replace(" ", "").replace("'", ""),
        )
        if domain:
            return self.r.choice([f"{f[0]}.{s}", f"{f}.{s}", f"{f[0]}{s}"]) + "@" + domain
        user = self.r.choice(
            [
                f"{f}.{s}",
                f"{f}{s}",
                f"{f[0]}.{s}",
                f"{f}_{s}",
                f"{s}{self.r.randint(1, 99)}",
                f"{f}{self.r.randint(1960, 2008)}",
                f"{f}.{s}+post",
                f"{s}.{f[0]}",
            ]
        )
        return user + "@" + self.r.choice(P.PROVIDERS)


def street(r: Random) -> str:
    if r.random() < 0.15:
        title, head, tail = r.choice(P.STREET_TITLES), r.choice(P.ORIGINS["dutch"][0]), r.choice(P.ORIGINS["dutch"][1])
        s = f"{title} {head}{tail}{r.choice(['straat', 'laan', 'weg', 'plein'])}"
    else:
        pre = r.choice(P.STREET_PREFIXES)
        suf = r.choice(P.STREET_SUFFIXES)
        if r.random() < 0.08:
            pre = r.choice(["Korte ", "Lange ", "Oude ", "Nieuwe "]) + pre
        s = pre + ("" if " " not in pre else " ") + suf if " " not in pre else f"{pre}{suf}"
        if " " in pre:
            s = f"{pre}{suf}" if not pre.startswith(("Korte", "Lange", "Oude", "Nieuwe")) else pre + suf
    DRAWN["street"].add(s)
    return s


def housenr(r: Random) -> str:
    n = r.randint(1, 240)
    return r.choice(
        [str(n), str(n), str(n), f"{n}a", f"{n}B", f"{n}-II", f"{n}-3", f"{n} bis", f"{n}/2", f"{n} rood", f"{n}A"]
    )


class Ctx:
    """One document's world: town, mediator, officials."""

    def __init__(self, r: Random) -> None:
        self.r = r
        self.town = r.choice(P.TOWNS)
        self.name, self.dom = self.town[0], self.town[1] + ".nl"
        self.med = Person(r)

    def address(
        self, d: Doc, caps: bool = False, nr: bool = True, pc: bool = True, town: bool = True, sep: str = ", "
    ) -> str:
        s = street(self.r) + (" " + housenr(self.r) if nr else "")
        s = s.upper() if caps else s
        d.p(s, "ADDRESS")
        if pc:
            d.t(sep)
            pcs = postcode(self.r, self.town)
            d.p(pcs.upper() if caps else pcs, "POSTCODE")
            if town:
                d.t("  " if caps else " ").k(self.name.upper() if caps else self.name)
        elif town:
            d.t(sep).k(self.name)
        return s

    def generic_mail(self) -> str:
        return (
            self.r.choice(
                [
                    "info",
                    "afstemming",
                    "vergunningen",
                    "bedrijvenloket",
                    "energieloket",
                    "archief",
                    "belastingen",
                    "klantcontact",
                    "markt",
                    "erfgoed",
                ]
            )
            + "@"
            + self.dom
        )

    def cue_case(self, d: Doc, cue: str | None = None, sep: str = " ") -> None:
        c = cue or self.r.choice(CUES)
        d.k(c).t(sep).p(case_number(self.r), "CASE_NUMBER")
