"""Identifiers, people and the document builder of holdout18 (standard library only)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from random import Random

from pools18 import (
    DAYWORDS,
    FIRST_PARTS,
    MONTHS,
    MONTHS_EN,
    NICK_END,
    PROVIDERS,
    STREET_HEAD,
    STREET_PRE,
    STREET_TAIL,
    TITLES_F,
    TITLES_M,
    TOWNS,
    WEEKDAYS,
    G,
)

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
FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "ß": "ss", "'": ""})


def ascii_fold(s: str) -> str:
    s = s.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class B:
    """Builds a document: plain text, annotated personal items and kept words, in the order they are written."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.people: list[Person] = []

    def t(self, *xs: str) -> B:
        self.parts.extend(xs)
        return self

    def p(self, text: str, label: str) -> B:
        self.parts.append(text)
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return self

    def k(self, text: str) -> B:
        self.parts.append(text)
        if text not in self.keep:
            self.keep.append(text)
        return self

    def text(self) -> str:
        return "".join(self.parts)

    # people -------------------------------------------------------------------------------------------------
    def n(self, pe: Person, form: str = "full", title: bool = False) -> B:
        """Write a person's name in ``form``; a title goes before it, outside the item."""
        if pe not in self.people:
            self.people.append(pe)
        if title:
            prev = "".join(self.parts[-2:])
            ti = pe.title
            if not prev or prev.endswith((". ", "\n", ": ", "„", "? ", "! ")):
                ti = ti[0].upper() + ti[1:]
            self.t(ti + " ")
        if form == "sfirst":  # surname first: two items
            self.p(pe.sur, "PERSON")
            self.t(", ")
            self.p(pe.initials if pe.r.random() < 0.5 else pe.first, "PERSON")
            if pe.part:
                self.t(" " + pe.part)
            return self
        if form == "sfirst_caps":
            self.p(pe.sur.upper(), "PERSON").t(", ").p(pe.first.upper(), "PERSON")
            if pe.part:
                self.t(" " + pe.part.upper())
            return self
        return self.p(pe.form(form), "PERSON")


class Person:
    def __init__(
        self,
        r: Random,
        origin: str | None = None,
        gender: str | None = None,
        sur: tuple | None = None,
        young: bool = False,
    ) -> None:
        self.r = r
        self.origin = origin or r.choice(list(G))
        self.g = gender or r.choice("mf")
        fm, ff, heads, tails, parts, fixed = G[self.origin]
        names = (fm if self.g == "m" else ff).split()
        if self.origin in FIRST_PARTS and r.random() < 0.45:
            a, b = FIRST_PARTS[self.origin]
            self.first = r.choice(a.split()) + r.choice(b.split())
        elif len(names) > 1 and r.random() < 0.25:
            x, y = r.sample(names, 2)
            self.first = (x[: max(2, len(x) // 2)] + y[len(y) // 2 :]).capitalize()
        else:
            self.first = r.choice(names)
        if sur is not None:
            self.part, self.sur = sur
        else:
            if heads and (not fixed or r.random() < 0.7):
                s = r.choice(heads.split()) + r.choice(tails.split())
            else:
                s = r.choice(fixed.split())
            part = ""
            if parts and r.random() < 0.6:
                part = r.choice(parts.split("|"))
            if part.endswith("'") or part.endswith("-"):
                s, part = part + s, ""
            if r.random() < 0.07:  # double-barrelled across origins
                o2 = r.choice(list(G))
                h2, t2, f2 = G[o2][2], G[o2][3], G[o2][5]
                s2 = (r.choice(h2.split()) + r.choice(t2.split())) if h2 else r.choice(f2.split())
                s = s + "-" + s2 if r.random() < 0.5 else s2 + "-" + s
            self.part, self.sur = part, s
        self.young = young
        self.title = r.choice(TITLES_M if self.g == "m" else TITLES_F)
        f = self.first
        self.initials = f[0] + "." + (r.choice("ABCDEFGHJKLMPRSTW") + "." if r.random() < 0.4 else "")
        self.nick = (f[:3] if len(f) > 4 else f[:2]) + r.choice(NICK_END)
        if self.nick.lower() == f.lower()[: len(self.nick)] and len(self.nick) < 3:
            self.nick = f
        self._email = None

    @property
    def full(self) -> str:
        return f"{self.first} {self.part + ' ' if self.part else ''}{self.sur}"

    @property
    def last(self) -> str:
        return f"{self.part + ' ' if self.part else ''}{self.sur}"

    @property
    def last_cap(self) -> str:
        if not self.part:
            return self.sur
        p = self.part
        return p[0].upper() + p[1:] + " " + self.sur

    def form(self, form: str) -> str:
        return {
            "full": self.full,
            "ini": f"{self.initials} {self.last}",
            "last": self.last,
            "lastcap": self.last_cap,
            "sur": self.sur,
            "first": self.first,
            "nick": self.nick,
            "caps": self.full.upper(),
            "lastcaps": self.last.upper(),
            "lower": self.full.lower(),
            "firstlower": self.first.lower(),
            "paraph": self.paraph,
            "ini_only": self.initials,
        }[form]

    @property
    def paraph(self) -> str:
        ini = "".join(c for c in self.initials if c.isalpha())
        pp = "".join(w[0] for w in self.part.replace("'t", "t").split()) if self.part else ""
        return ini + pp.lower() + ascii_fold(self.sur)[0].upper()

    def email(self) -> str:
        if self._email is None:
            r = self.r
            f, s = ascii_fold(self.first).lower(), ascii_fold(self.sur).lower().replace(" ", "")
            pp = "".join(w[0] for w in self.part.split()) if self.part else ""
            local = r.choice(
                [
                    f"{f}.{s}",
                    f"{f[0]}.{pp}{s}",
                    f"{f}{s}{r.randint(70, 99)}",
                    f"{s}_{f}",
                    f"{f}.{pp}{s}{r.randint(1, 9)}",
                    f"{f}{r.randint(1960, 2009)}",
                    f"{s}.{f}+post",
                ]
            )
            self._email = local + "@" + r.choice(PROVIDERS)
        return self._email

    def work_email(self, town: str) -> str:
        s = ascii_fold(self.sur).lower().replace(" ", "")
        return f"{ascii_fold(self.first)[0].lower()}.{s}@{town.lower()}.nl"


# identifiers ----------------------------------------------------------------------------------------------------
def bsn(r: Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - d[8]) % 11 == 0


def bsn_fmt(r: Random, b: str) -> str:
    return r.choice(
        [
            b,
            f"{b[:4]}.{b[4:6]}.{b[6:]}",
            f"{b[:3]} {b[3:6]} {b[6:]}",
            f"{b[:3]}-{b[3:6]}-{b[6:]}",
            f"{b[:2]}.{b[2:4]}.{b[4:6]}.{b[6:]}",
        ]
    )


IBAN_SPEC = {
    "NL": None,
    "BE": 12,
    "DE": 18,
    "FR": 23,
    "ES": 20,
    "PT": 21,
    "IT": 23,
    "PL": 24,
    "AT": 16,
    "LU": 16,
    "RO": 20,
    "BG": 18,
    "LT": 16,
    "GR": 23,
    "HR": 17,
    "CZ": 20,
    "HU": 24,
    "IE": 18,
    "TR": 22,
    "FI": 14,
}
NL_BANKS = "ABNA RABO INGB SNSB TRIO ASNB KNAB BUNQ RBRB FVLB REVO HAND".split()


def _check(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00").upper())
    return f"{98 - int(num) % 97:02d}"


def iban(r: Random, cc: str | None = None) -> str:
    cc = cc or (r.choice(list(IBAN_SPEC)) if r.random() < 0.3 else "NL")
    if cc == "NL":
        bban = r.choice(NL_BANKS) + "".join(str(r.randint(0, 9)) for _ in range(10))
    elif cc in ("IT",):
        bban = r.choice("ABCDEFGHKLMNPQRSTUVWXYZ") + "".join(str(r.randint(0, 9)) for _ in range(22))
    elif cc in ("BG", "IE"):
        bban = "".join(r.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(4)) + "".join(
            str(r.randint(0, 9)) for _ in range(IBAN_SPEC[cc] - 4)
        )
    else:
        bban = "".join(str(r.randint(0, 9)) for _ in range(IBAN_SPEC[cc]))
    return cc + _check(cc, bban) + bban


def iban_ok(s: str) -> bool:
    s = "".join(s.split()).replace("-", "").upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def iban_fmt(r: Random, ib: str) -> str:
    g = " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
    return r.choice([g, g, ib, g.lower(), ib[:2] + " " + ib[2:4] + " " + ib[4:], "-".join(g.split())])


MOB = [
    "06-{a}{b}",
    "06 {a4} {b4}",
    "06{a}{b}",
    "+31 6 {a}{b}",
    "+316-{a}{b}",
    "06 {p1} {p2} {p3} {p4}",
    "(06) {a3} {b5}",
    "0031 6 {a4} {b4}",
    "06.{p1}.{p2}.{p3}.{p4}",
    "+31 (0)6 {a4} {b4}",
    "06 - {a}{b}",
]
AREA = "010 020 030 040 050 053 070 071 072 073 074 075 076 077 078 079 0111 0113 0162 0165 0172 0180 0222 0223 0226 0251 0252 0297 0313 0314 0320 0341 0343 0348 0411 0413 0416 0475 0478 0481 0485 0492 0495 0511 0513 0519 0521 0524 0541 0543 0546 0570 0575 0592 0594 0596 0598".split()
FOREIGN = [
    "+32 4{d2} {d2} {d2} {d2}",
    "+48 5{d2} {d3} {d3}",
    "+90 53{d1} {d3} {d2} {d2}",
    "+212 6 {d2} {d2} {d2} {d2}",
    "+49 15{d1} {d4}{d4}",
    "+44 7{d3} {d6}",
    "+351 91{d1} {d3} {d3}",
    "+40 72{d1} {d3} {d3}",
    "+380 6{d1} {d3} {d4}",
    "+234 80{d1} {d3} {d4}",
    "+233 24 {d3} {d4}",
    "+963 94{d1} {d3} {d3}",
    "+251 91 {d3} {d4}",
    "+63 917 {d3} {d4}",
    "0032 4{d2} {d2} {d2} {d2}",
    "0049 17{d1} {d3}{d4}",
    "+359 88 {d3} {d4}",
    "+370 6{d2} {d5}",
    "+216 2{d1} {d3} {d3}",
    "+597 8{d2} {d4}",
    "+599 9 {d3} {d4}",
    "+20 10 {d4} {d4}",
    "+98 912 {d3} {d4}",
    "+93 70 {d3} {d4}",
    "+30 69{d1} {d3} {d4}",
    "+39 3{d2} {d3} {d4}",
]


def _digits(r: Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def phone(r: Random, kind: str | None = None) -> str:
    kind = kind or r.choice(["m", "m", "m", "l", "l", "f"])
    if kind == "m":
        a, b = str(r.randint(1, 9)) + _digits(r, 3), _digits(r, 4)
        x = a + b
        return r.choice(MOB).format(
            a=a, b=b, a4=x[:4], b4=x[4:], a3=x[:3], b5=x[3:], p1=x[:2], p2=x[2:4], p3=x[4:6], p4=x[6:]
        )
    if kind == "l":
        ac = r.choice(AREA)
        n = str(r.randint(2, 9)) + _digits(r, 9 - len(ac))
        return r.choice(
            [
                f"{ac}-{n}",
                f"{ac} {n}",
                f"({ac}) {n}",
                f"+31 {ac[1:]} {n}",
                f"{ac} {' '.join(n[i : i + 2] for i in range(0, len(n), 2))}",
                f"{ac}{n}",
            ]
        )
    t = r.choice(FOREIGN)
    return t.format(
        d1=_digits(r, 1), d2=_digits(r, 2), d3=_digits(r, 3), d4=_digits(r, 4), d5=_digits(r, 5), d6=_digits(r, 6)
    )


def postcode(r: Random) -> str:
    while True:
        ls = r.choice("ABCEGHJKLMNPRTVWXZ") + r.choice("ABCEGHJKLMNPRTVWXZ")
        if ls not in ("SA", "SD", "SS"):
            break
    n = str(r.randint(1011, 9999))
    return r.choice([f"{n} {ls}", f"{n} {ls}", f"{n}{ls}", f"{n} {ls.lower()}", f"{n}  {ls}"])


def street(r: Random) -> str:
    s = r.choice(STREET_HEAD) + r.choice(STREET_TAIL)
    return (r.choice(STREET_PRE) + s) if r.random() < 0.1 else s


def housenr(r: Random) -> str:
    n = str(r.randint(1, 240))
    return r.choice(
        [
            n,
            n,
            n,
            n + r.choice("abc"),
            n + r.choice("ABC"),
            n + "-II",
            n + "-" + str(r.randint(1, 4)),
            n + " bis",
            n + " hs",
            n + "/" + str(r.randint(1, 3)),
        ]
    )


PLATE_PAT = [
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
    pat = r.choice(PLATE_PAT)
    s = "".join(r.choice("BDFGHJKLNPRSTXZ") if c == "L" else str(r.randint(0, 9)) if c == "9" else c for c in pat)
    return r.choice([s, s, s, s.replace("-", ""), s.replace("-", " "), s.lower()])


CASE_FMT = [
    "LVV-26-{n5}",
    "RTX/26/{n5}",
    "VRG.2026.{n4}",
    "FDP/26/{n4}",
    "SJF-2026-{n3}",
    "BIB26-{n5}",
    "HND-26.{n4}",
    "AFV/2026/{n4}",
    "PLG-26-{n4}-R",
    "MTR26.{n4}",
    "GVO-2026/{n4}",
    "RIT-2604{n2}-{n2}",
    "SPR/26/{n3}-B",
    "ZWM-26-{n4}",
    "KMP2026-{n3}",
    "WDL.26.{n5}",
    "ABO-2026-A-{n4}",
    "BKN/26/{n4}",
    "DKS-{n4}-26",
    "GHZ26/{n4}",
    "ONG-2026-{n5}",
    "VKP.{n4}.26",
    "TRN-26/{n3}-K",
    "PAS26{n6}",
    "MLD-GV-{n5}",
    "CUL/2026/{n3}",
]
CASE_CUES = [
    "zaaknummer",
    "kenmerk",
    "ons kenmerk",
    "uw kenmerk",
    "dossiernummer",
    "aanvraagnummer",
    "ritnummer",
    "meldingsnummer",
    "klantnummer",
    "lidmaatschapsnummer",
    "pasnummer",
    "registratienummer",
    "referentie",
    "ticket",
    "beschikkingsnummer",
    "volgnummer",
    "Zaaknummer",
    "Kenmerk",
    "Ref.",
    "dossier",
]


def case_no(r: Random) -> str:
    f = r.choice(CASE_FMT)
    return f.format(
        n2=_digits(r, 2),
        n3=str(r.randint(100, 999)),
        n4=str(r.randint(1000, 9999)),
        n5=str(r.randint(10000, 99999)),
        n6=_digits(r, 6),
    )


def dob(r: Random, y0: int = 1935, y1: int = 2004, style: int | None = None) -> str:
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    st = r.randrange(17) if style is None else style
    wd = WEEKDAYS[dt.date(y, m, d).weekday()]
    return [
        f"{d:02d}-{m:02d}-{y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d}.{m}.{y}",
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d} {MONTHS[m - 1][:3]}. {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d}-{m}-'{str(y)[2:]}",
        f"{d} {MONTHS[m - 1].upper()} {y}",
        f"{DAYWORDS[d - 1]} {MONTHS[m - 1]} {y}",
        f"{d}e {MONTHS[m - 1]} {y}",
        f"{y}{m:02d}{d:02d}",
        f"{d:02d}{m:02d}{y}",
        f"{MONTHS_EN[m - 1]} {d}, {y}",
        f"{d}/{m}/{str(y)[2:]}",
        f"{d}-{MONTHS[m - 1][:3]}-{y}",
        f"{wd} {d} {MONTHS[m - 1]} {y}",
        f"{d} {MONTHS_EN[m - 1][:3]} {y}",
    ][st]


def odate(r: Random, year: int = 2026) -> str:
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return r.choice(
        [
            f"{d} {MONTHS[m - 1]} {year}",
            f"{d:02d}-{m:02d}-{year}",
            f"{d} {MONTHS[m - 1]}",
            f"{WEEKDAYS[dt.date(year, m, d).weekday()]} {d} {MONTHS[m - 1]}",
            f"{d}/{m}/{year}",
            f"{year}-{m:02d}-{d:02d}",
        ]
    )


def amount(r: Random) -> str:
    e = r.randint(5, 2400)
    return r.choice([f"€ {e},{r.randint(0, 99):02d}", f"€{e},-", f"EUR {e},00", f"€ {e}"])


def town(r: Random) -> str:
    return r.choice(TOWNS)


# templates --------------------------------------------------------------------------------------------------------
class Nm:
    """A name slot: person and form (and whether the title goes before it)."""

    def __init__(self, pe: Person, form: str = "full", title: bool = False) -> None:
        self.pe, self.form, self.title = pe, form, title


def _f(self: B, template: str, **slots) -> B:
    """Write ``template``: ``{slot}`` takes a Nm, a (text, LABEL) pair or plain text; ``<<word>>`` is a keep word."""
    import re

    def sub(m: re.Match) -> str:
        name, _, spec = m.group(1).partition(":")
        return format(slots[name], spec)

    for tok in re.split(r"(\{\w+(?::[^}]*)?\}|<<[^>]+>>)", template):
        if not tok:
            continue
        if tok.startswith("<<"):
            self.k(re.sub(r"\{(\w+(?::[^}]*)?)\}", sub, tok[2:-2]))
        elif tok.startswith("{"):
            name, _, spec = tok[1:-1].partition(":")
            v = slots[name]
            if isinstance(v, Nm):
                self.n(v.pe, v.form, v.title)
            elif isinstance(v, tuple):
                if v[1] == "KEEP":
                    self.k(v[0])
                else:
                    self.p(v[0], v[1])
            else:
                self.t(format(v, spec))
        else:
            self.t(tok)
    return self


B.f = _f
