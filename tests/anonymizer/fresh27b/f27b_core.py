"""Document builder and shape registry for the fresh27b corpus (helper F27B)."""

from __future__ import annotations

import random
import unicodedata

import f27b_people as P

SHAPES: dict[str, str] = {}


def shape(name: str, desc: str):
    """Register a shape (document kind, line shape or sentence shape) under ``name``."""

    def deco(fn):
        SHAPES[name] = desc
        fn.shape_name = name
        return fn

    return deco


TOWNS = [
    ("Deventer", "0570"),
    ("Apeldoorn", "055"),
    ("Enschede", "053"),
    ("Leeuwarden", "058"),
    ("Tilburg", "013"),
    ("Breda", "076"),
    ("Almere", "036"),
    ("Dordrecht", "078"),
    ("Zaanstad", "075"),
    ("Haarlem", "023"),
    ("Leiden", "071"),
    ("Arnhem", "026"),
    ("Nijmegen", "024"),
    ("Venlo", "077"),
    ("Heerlen", "045"),
    ("Alkmaar", "072"),
    ("Lelystad", "0320"),
    ("Emmen", "0591"),
    ("Helmond", "0492"),
    ("Schiedam", "010"),
    ("Hoorn", "0229"),
    ("Gouda", "0182"),
    ("Roosendaal", "0165"),
    ("Purmerend", "0299"),
    ("Delft", "015"),
]
CORPS = [
    ("Woonstichting Rivierzicht", "Rivierzicht"),
    ("Woonpartners Oost", "Woonpartners"),
    ("Stadswonen Noord", "Stadswonen"),
    ("Woonkring Midden", "Woonkring"),
    ("Woningstichting Havenkwartier", "Havenkwartier"),
    ("Wooncoöperatie De Meent", "Meent"),
    ("Stichting Ons Dak", "Dak"),
]
SHELTERS = [
    ("Passantenhuis De Overloop", "Passantenhuis"),
    ("Nachtopvang Het Anker", "Nachtopvang"),
    ("Stichting Onderdak", "Onderdak"),
    ("Leger des Heils", "Leger"),
    ("Vrouwenopvang De Schuilplaats", "Vrouwenopvang"),
    ("Jongerenopvang Het Kompas", "Jongerenopvang"),
    ("Inloophuis De Kansel", "Inloophuis"),
]
DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "live.nl",
    "icloud.com",
    "yahoo.com",
    "home.nl",
    "planet.nl",
    "hotmail.nl",
    "protonmail.com",
]


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ş", "s").replace("ğ", "g")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class D:
    """One document under construction: text pieces register their personal items, keep words and shapes."""

    def __init__(self, r: random.Random):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.known: dict | None = None
        town, area = r.choice(TOWNS)
        self.town, self.area = town, area
        self.corp, self.corp_kw = r.choice(CORPS)
        self.shelter, self.shelter_kw = r.choice(SHELTERS)
        self.res: P.Person | None = None
        self.known_word: str | None = None
        self._emails: dict[int, str] = {}
        self._phones: dict[int, str] = {}
        self._firsts: set[str] = set()

    # --- registration -------------------------------------------------------------------------------------------
    def P(self, text: str, label: str = "PERSON") -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def K(self, *words: str) -> str:
        for w in words:
            if w not in self.keep:
                self.keep.append(w)
        return words[0] if words else ""

    def S(self, fn, *a, **kw):
        """Use a registered shape function."""
        self.shapes.append(fn.shape_name)
        return fn(self, *a, **kw)

    def mark(self, name: str) -> None:
        assert name in SHAPES, name
        self.shapes.append(name)

    # --- people -------------------------------------------------------------------------------------------------
    def is_known(self, p: P.Person) -> bool:
        return p.origin == "known"

    def rel(self, p, gender=None):
        """A family member sharing the family name, with a first name not yet used in this document."""
        self._firsts.add(p.first)
        q = P.relative(self.r, p, gender, avoid=self._firsts)
        self._firsts.add(q.first)
        return q

    def full(self, p):
        return self.P(p.full)

    def sur(self, p):
        return self.P(p.sur)

    def tsur(self, p):  # "mevrouw Van der Wiel"
        return f"{p.title} {self.P(p.sur)}"

    def first(self, p):
        return self.P(p.first)

    def init(self, p):
        return self.P(p.init_name)

    def upper(self, p):
        return self.P(f"{p.last.upper()} {p.initials}")

    def listing(self, p):  # "Westerlaar, J. van der"
        return self.P(f"{p.core}, {p.initials}{' ' + p.particle if p.particle else ''}")

    def lower(self, p):
        if self.is_known(p):
            return self.full(p)
        return self.P(p.full.lower())

    def fileform(self, p):
        if self.is_known(p):
            return None
        return self.P(ascii_fold(p.fileform))

    def email(self, p, official: bool = False) -> str:
        key = id(p)
        if key not in self._emails:
            r = self.r
            f = ascii_fold(p.first.lower().replace(" ", "").replace("-", ""))
            ln = ascii_fold(p.fileform)
            if official:
                local = r.choice([f"{f[0]}.{ln}", f"{f}.{ln}", f"{ln}.{f[0]}"])
                dom = f"{self.town.lower()}.nl"
            else:
                local = r.choice(
                    [
                        f"{f}.{ln}",
                        f"{f[0]}{ln}",
                        f"{ln}{r.randint(70, 99)}",
                        f"{f}{r.randint(1, 999)}",
                        f"{f}_{ln}",
                        f"{ln}.{f}",
                    ]
                )
                dom = r.choice(DOMAINS)
            self._emails[key] = f"{local}@{dom}"
        return self.P(self._emails[key], "EMAIL")

    def phone(self, p, mobile=None) -> str:
        key = id(p)
        if key not in self._phones:
            self._phones[key] = P.phone(self.r, mobile)
        return self.P(self._phones[key], "PHONE")

    # --- other items --------------------------------------------------------------------------------------------
    def addr(self, street: str | None = None, nr: str | None = None) -> str:
        street = street or P.street(self.r)
        nr = nr or P.housenumber(self.r)
        return self.P(f"{street} {nr}", "ADDRESS")

    def street(self, s: str) -> str:
        return self.P(s, "ADDRESS")

    def pc(self, spaced=None) -> str:
        return self.P(P.postcode(self.r, spaced), "POSTCODE")

    def bsn(self, style=None) -> str:
        return self.P(P.bsn(self.r, style), "BSN")

    def iban(self, spaced=None) -> str:
        return self.P(P.iban(self.r, spaced), "IBAN")

    def plate(self) -> str:
        return self.P(P.plate(self.r), "LICENSE_PLATE")

    def dob(self, y0=1950, y1=2006, style=None) -> str:
        return self.P(P.dob(self.r, y0, y1, style), "DATE_OF_BIRTH")

    def case(self, kind: str) -> str:
        r = self.r
        y = r.choice([2025, 2026])
        n = r.randint(10, 99999)
        fmt = {
            "urg": [f"URG-{y}-{n:05d}", f"U{y % 100}/{n:04d}", f"UC.{y}.{n:05d}", f"UV{y}{n:05d}"],
            "ba": [f"BA-{n:06d}", f"BRA/{y}/{n:05d}", f"BA{y % 100}.{n:05d}"],
            "mo": [f"MO{n:06d}", f"NO-{y % 100}-{n:05d}", f"CL{n:07d}"],
            "wl": [f"WZ{n:08d}", f"{r.randint(1000, 9999)}-{r.randint(100, 999)}-{r.randint(10, 99)}", f"INS{n:07d}"],
            "hc": [f"HA-{n:05d}/{y % 100}", f"DOS{y}-{n:05d}", f"HV.{n:06d}"],
            "kl": [f"KLB/{y}/{n:05d}", f"VTA-{y}-{n:04d}", f"AF{y % 100}-{n:05d}"],
            "jz": [f"JZ-{n:06d}", f"TR{y % 100}{n:05d}"],
            "dw": [f"DW {y}/{n:05d}", f"rol {n:05d}/{y % 100}"],
        }[kind]
        return self.P(r.choice(fmt), "CASE_NUMBER")

    # --- ordinary material --------------------------------------------------------------------------------------
    def date(self, year=None, keep=True) -> str:
        s, month = P.ordinary_date(self.r, year)
        if keep:
            self.K(month)
        return s

    def wday(self) -> str:
        return self.K(self.r.choice(P.WEEKDAYS[:5]))

    def amount(self, lo=40, hi=4000) -> str:
        v = self.r.randint(lo * 100, hi * 100) / 100
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return self.K(f"€ {s}")

    def info_mail(self) -> str:
        return self.K(f"{self.r.choice(['info', 'wonen', 'urgentie', 'woonloket'])}@{self.town.lower()}.nl")

    def tel14(self) -> str:
        return self.K(f"14 {self.area}")

    def kn(self, lead: str | None = None) -> str | None:
        """The known-name sentence (the ordinary, lower-case use of the resident's surname word), or ''."""
        if not self.known_word:
            return None
        clause = self.r.choice(P.KNOWN_WORDS[self.known_word][1])
        self.K(self.known_word)
        lead = lead or self.r.choice(
            ["Ook van belang:", "Verder:", "Let op:", "Aanvulling:", "Nog een punt:", "Daarnaast:", "Tussen haakjes:"]
        )
        return f"{lead} {clause}."
