#!/usr/bin/env python3
"""fresh27d: a blind, seeded corpus of Dutch living-environment complaints (noise, odour, trees, soil, vermin, light)
for measuring the anonymizer on text it has never seen.

    python make_fresh27d.py            write fresh27d_texts.jsonl
    python make_fresh27d.py --check    exit 1 if the committed file differs from what would be written
    python make_fresh27d.py --stats    counts per label, shapes, known-name documents, redraws

Every document i draws from random.Random("20262104-<i>"); a document failing gate() is redrawn from
"20262104-<i>-<attempt>". Standard library only.
"""

from __future__ import annotations

import datetime
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import names27d as N  # noqa: E402

OUT = HERE / "fresh27d_texts.jsonl"
SEED = 20262104
COUNT = 300
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


def _load_score():
    spec = importlib.util.spec_from_file_location("fresh27d_score", HERE.parent / "corpora" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _load_score()

# ---------------------------------------------------------------------------------------------------------- shapes
SHAPES: dict[str, object] = {}


def shape(name: str):
    """Register a shape (document kind, line shape or sentence shape) so that --stats can count it."""

    def deco(fn):
        def wrapped(d, *a, **k):
            d.used.append(name)
            return fn(d, *a, **k)

        SHAPES[name] = wrapped
        wrapped.shape_name = name
        return wrapped

    return deco


# ------------------------------------------------------------------------------------------------------------- data
CITIES = [
    ("Zwolle", "038"),
    ("Deventer", "0570"),
    ("Amersfoort", "033"),
    ("Apeldoorn", "055"),
    ("Enschede", "053"),
    ("Groningen", "050"),
    ("Leeuwarden", "058"),
    ("Tilburg", "013"),
    ("Breda", "076"),
    ("Nijmegen", "024"),
    ("Arnhem", "026"),
    ("Haarlem", "023"),
    ("Leiden", "071"),
    ("Delft", "015"),
    ("Dordrecht", "078"),
    ("Alkmaar", "072"),
    ("Helmond", "0492"),
    ("Venlo", "077"),
    ("Heerlen", "045"),
    ("Almere", "036"),
    ("Lelystad", "0320"),
    ("Zutphen", "0575"),
    ("Assen", "0592"),
    ("Emmen", "0591"),
    ("Gouda", "0182"),
]
ODS = [
    "Omgevingsdienst IJsselland",
    "Omgevingsdienst Regio Utrecht",
    "Omgevingsdienst Haaglanden",
    "Omgevingsdienst Twente",
    "Omgevingsdienst Groningen",
    "Omgevingsdienst Rivierenland",
    "Omgevingsdienst Midden- en West-Brabant",
    "Omgevingsdienst Noord-Veluwe",
    "Omgevingsdienst Drenthe",
]
STREET_A = [
    "Linden",
    "Esdoorn",
    "Kastanje",
    "Berken",
    "Wilgen",
    "Populieren",
    "Beuken",
    "Iepen",
    "Meidoorn",
    "Vlier",
    "Hazelaar",
    "Klaver",
    "Merel",
    "Kievit",
    "Lijster",
    "Zwaluw",
    "Reiger",
    "Fazant",
    "Lavendel",
    "Goudsbloem",
    "Zonnebloem",
    "Korenbloem",
    "Hyacint",
    "Tulpen",
]
STREET_B = ["laan", "straat", "hof", "singel", "weg", "dreef", "kade", "erf", "pad", "gaarde", "plantsoen", "akker"]
STREET_FIXED = [
    "Graaf Florensstraat",
    "Bisschop Willibrordlaan",
    "Pastoor Smitserf",
    "Burgemeester Viséesingel",
    "Dokter Schaepmanstraat",
    "Oude Trambaan",
    "Lange Gracht",
    "Noorderhaven",
    "Zuiderpark",
    "Hoge Dijkje",
    "Molenwerf",
    "Kerkpad",
    "Ganzenmarkt",
]
BARS = [
    "Café De Lantaarn",
    "Eetcafé Het Wapen",
    "Grand Café De Waag",
    "Partycentrum De Kroonluchter",
    "Cocktailbar Nachtegaal",
    "Sportkantine VV Oranje Boys",
    "Shishalounge Saray",
    "Dansschool Pirouette",
]
EVENTS = [
    "Bevrijdingsfestival",
    "Foodtruckfestival",
    "Dancefestival Polderbeats",
    "Bierfeest",
    "Oogstfeest",
    "Pleinconcert",
    "Straattheaterfestival",
    "Wijkfeest",
    "Zomerfestival Bluesroute",
    "Kinderfeest",
]
FARMS = ["de varkenshouderij", "het pluimveebedrijf", "het melkveebedrijf", "de mestvergister", "de champignonkwekerij"]
FACTORIES = [
    "de frituurvetverwerker",
    "de lakspuiterij",
    "de asfaltcentrale",
    "de koffiebranderij",
    "de diervoederfabriek",
    "de rioolwaterzuivering",
    "het composteerbedrijf",
]
TREES = [
    ("zomereik", "Quercus robur"),
    ("gewone esdoorn", "Acer pseudoplatanus"),
    ("ruwe berk", "Betula pendula"),
    ("Hollandse linde", "Tilia x europaea"),
    ("paardenkastanje", "Aesculus hippocastanum"),
    ("schietwilg", "Salix alba"),
    ("Italiaanse populier", "Populus nigra 'Italica'"),
    ("gewone es", "Fraxinus excelsior"),
    ("rode beuk", "Fagus sylvatica 'Atropunicea'"),
    ("plataan", "Platanus x hispanica"),
    ("walnoot", "Juglans regia"),
]
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
MON_ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
WD_ABBR = ["ma", "di", "wo", "do", "vr", "za", "zo"]
MAILDOMAINS = [
    "ziggo.nl",
    "kpnmail.nl",
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "planet.nl",
    "xs4all.nl",
    "live.nl",
    "icloud.com",
    "telfort.nl",
    "hetnet.nl",
    "proton.me",
]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


# --------------------------------------------------------------------------------------------------------- the doc
class Doc:
    """One document under construction: text parts, pii items, keep words, cast of persons, shapes used."""

    def __init__(self, r: random.Random, i: int):
        self.r, self.i = r, i
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.used: list[str] = []
        self.cast: dict[str, N.Person] = {}
        self.known_person: N.Person | None = None
        self.known_phrase = ""
        self.city, self.area = r.choice(CITIES)
        self.od = r.choice(ODS)
        self.cases: dict[str, str] = {}
        self.street_pool = self._streets()

    # ---- bookkeeping
    def P(self, text: str, label: str) -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def K(self, word: str) -> str:
        if word not in self.keep and word.lower() not in SCORE.PARTICLES:
            self.keep.append(word)
        return word

    def _streets(self) -> list[str]:
        r = self.r
        out = []
        while len(out) < 4:
            s = r.choice(STREET_FIXED) if r.random() < 0.3 else r.choice(STREET_A) + r.choice(STREET_B)
            if s not in out:
                out.append(s)
        return out

    # ---- cast
    def who(self, role: str) -> N.Person:
        if role not in self.cast:
            r = self.r
            if role in ("fam", "kid"):
                base = self.who("res")
                p = N.Person(r, family=base)
                while p.first == base.first:
                    p = N.Person(r, family=base)
            elif role == "res" and self.known_person is not None:
                p = self.known_person
            else:
                p = N.Person(r)
            self.cast[role] = p
        return self.cast[role]

    # ---- name forms (every form goes into pii)
    def full(self, p):
        return self.P(p.full, "PERSON")

    def bare(self, p):
        return self.P(p.bare, "PERSON")

    def first(self, p):
        return self.P(p.first, "PERSON")

    def ini(self, p):
        return self.P(p.initials, "PERSON")

    def upper(self, p):
        return self.P(p.bare.upper(), "PERSON")

    def lower(self, p):
        if p is self.known_person:
            return self.full(p)
        return self.P(p.full.lower(), "PERSON")

    def poss(self, p, use_first=True):
        base = p.first if use_first else p.bare
        if base[-1] in "aeiouyé":
            return self.P(base + "'s", "PERSON")
        if base[-1] in "sxz":
            return self.P(base + "'", "PERSON")
        return self.P(base + "s", "PERSON")

    def handle(self, p):
        if "handle" not in p.cache:
            r = self.r
            f = N.ascii_fold(p.first.split()[0]).lower()
            c = p.compact.lower()
            p.cache["handle"] = r.choice(
                [
                    f + c[:4] + str(r.randint(10, 99)),
                    f + "_" + c,
                    c + "." + f[0],
                    f + "van" + c[:3] if p.particle else f + c[-3:] + "0" + str(r.randint(1, 9)),
                ]
            )
        return self.P(p.cache["handle"], "PERSON")

    def title(self, p):
        return self.r.choice(
            ["mevrouw", "mevrouw", "mw.", "mevr."] if p.gender == "F" else ["meneer", "de heer", "dhr."]
        )

    def ref(self, p):
        """A later mention: title + bare surname, the first name, or initials."""
        k = self.r.random()
        if k < 0.45:
            return f"{self.title(p)} {self.bare(p)}"
        if k < 0.7:
            return self.first(p)
        if k < 0.85:
            return self.ini(p)
        return self.full(p)

    def fname(self, p):
        """Name form inside a file name: contracted surname with capital."""
        s = p.compact
        return self.P(s[0].upper() + s[1:], "PERSON")

    # ---- personal data of a person (cached so that it stays the same in one document)
    def _addr(self, p):
        if "addr" not in p.cache:
            r = self.r
            res = self.cast.get("res")
            if res is not None and res is not p and "addr" in res.cache and r.random() < 0.6:
                street = res.cache["addr"][0]
            else:
                street = r.choice(self.street_pool)
            num = str(r.randint(1, 180))
            num += r.choice(["", "", "", "a", "-B", "-2", " A", "-bis"])
            p.cache["addr"] = (street, num)
            p.cache["pc"] = (
                f"{r.randint(1000, 9899)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
            )
        return p.cache["addr"]

    def addr(self, p):
        street, num = self._addr(p)
        return self.P(f"{street} {num}", "ADDRESS")

    def street(self, p):
        return self.P(self._addr(p)[0], "ADDRESS")

    def the_street(self, p):
        """The street alone with its article (het Kerkpad, de Lindenlaan)."""
        s = self._addr(p)[0]
        art = "het" if re.search(r"(pad|erf|hof|plantsoen|park|Dijkje)$", s) else "de"
        return f"{art} {self.street(p)}"

    def salute(self, p, formal=True):
        if formal:
            return f"Geachte {'mevrouw' if p.gender == 'F' else 'heer'} {self.bare(p)}"
        return f"Beste {'mevrouw' if p.gender == 'F' else 'meneer'} {self.bare(p)}"

    def num(self, p):
        return self._addr(p)[1]

    def pc(self, p, style=None):
        self._addr(p)
        pc = p.cache["pc"]
        style = style if style is not None else self.r.choice([0, 0, 0, 1])
        return self.P(pc if style == 0 else pc.replace(" ", ""), "POSTCODE")

    def postal(self, p, sep=", "):
        return f"{self.addr(p)}{sep}{self.pc(p)} {self.K(self.city)}"

    def tel(self, p, alt=False):
        r = self.r
        if "tel" not in p.cache:
            mobile = r.random() < 0.75
            digits = (
                ("6" + "".join(str(r.randint(0, 9)) for _ in range(8)))
                if mobile
                else (self.area[1:] + "".join(str(r.randint(0, 9)) for _ in range(9 - len(self.area) + 1)))
            )
            if not mobile:
                a = len(self.area) - 1
                digits = digits[:a] + str(r.randint(2, 9)) + digits[a + 1 :]
            digits = digits[:9]
            p.cache["tel"] = (digits, mobile)
        digits, mobile = p.cache["tel"]
        if mobile:
            styles = [
                f"06-{digits[1:]}",
                f"06 {digits[1:5]} {digits[5:]}",
                f"+31 6 {digits[1:]}",
                f"+31 (0)6 {digits[1:5]} {digits[5:]}",
                f"06{digits[1:]}",
                f"0031 6 {digits[1:3]} {digits[3:5]} {digits[5:7]} {digits[7:]}",
                f"06 - {digits[1:3]} {digits[3:5]} {digits[5:7]} {digits[7:]}",
            ]
        else:
            a = len(self.area) - 1
            styles = [
                f"0{digits[:a]}-{digits[a:]}",
                f"(0{digits[:a]}) {digits[a : a + 3]} {digits[a + 3 :]}",
                f"+31 {digits[:a]} {digits[a:]}",
                f"0{digits[:a]} {digits[a:]}",
            ]
        key = "telstyle2" if alt else "telstyle"
        if key not in p.cache:
            p.cache[key] = r.choice(styles)
        return self.P(p.cache[key], "PHONE")

    def mail(self, p, business=None):
        if "mail" not in p.cache:
            r = self.r
            f = N.ascii_fold(p.first.replace(" ", "")).lower()
            c = p.compact.lower()
            if business:
                local, dom = r.choice([f, f[0] + "." + c, c]), business
            else:
                local = r.choice(
                    [
                        f"{f}.{c}",
                        f"{f[0]}.{c}",
                        f"{c}{r.randint(50, 99)}",
                        f"{f}_{c}",
                        f"fam.{c}",
                        f"{f}{c[:1]}",
                        f"{c}.{f[0]}",
                    ]
                )
                dom = r.choice(MAILDOMAINS)
            p.cache["mail"] = f"{local}@{dom}"
        return self.P(p.cache["mail"], "EMAIL")

    def dob(self, p, style=None):
        r = self.r
        if "dob" not in p.cache:
            lo, hi = (2009, 2022) if p is self.cast.get("kid") else (1936, 2003)
            p.cache["dob"] = datetime.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))
        dt = p.cache["dob"]
        style = r.randint(0, 9) if style is None else style
        s = [
            f"{dt.day:02d}-{dt.month:02d}-{dt.year}",
            f"{dt.day} {MONTHS[dt.month - 1]} {dt.year}",
            f"{dt.day:02d}.{dt.month:02d}.{dt.year}",
            f"{dt.day}/{dt.month}/{dt.year}",
            dt.isoformat(),
            f"{dt.day} {MON_ABBR[dt.month - 1]} {dt.year}",
            f"{dt.day}-{MON_ABBR[dt.month - 1].rstrip('.')}-{dt.year}",
            f"{dt.day} {MONTHS[dt.month - 1].upper()} {dt.year}",
            f"{dt.day}-{dt.month}-{dt.year}",
            f"{dt.day:02d}{dt.month:02d}{dt.year}",
        ][style]
        return self.P(s, "DATE_OF_BIRTH")

    def bsn(self, p):
        r = self.r
        if "bsn" not in p.cache:
            while True:
                ds = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
                s = sum(d * w for d, w in zip(ds, range(9, 1, -1), strict=False))
                last = s % 11
                if last < 10:
                    b = "".join(map(str, ds)) + str(last)
                    break
            p.cache["bsn"] = r.choice([b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}", b])
        return self.P(p.cache["bsn"], "BSN")

    def iban(self, p):
        r = self.r
        if "iban" not in p.cache:
            bank = r.choice(BANKS)
            acct = "".join(str(r.randint(0, 9)) for _ in range(10))
            bban = bank + acct
            num = "".join(str(int(c, 36)) for c in bban + "NL00")
            check = 98 - int(num) % 97
            ib = f"NL{check:02d}{bban}"
            p.cache["iban"] = r.choice([ib, " ".join(ib[k : k + 4] for k in range(0, len(ib), 4))])
        return self.P(p.cache["iban"], "IBAN")

    def plate(self, p):
        r = self.r
        if "plate" not in p.cache:
            L = lambda n: "".join(r.choice(PLATE_LETTERS) for _ in range(n))
            D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
            p.cache["plate"] = r.choice(
                [
                    f"{D(2)}-{L(3)}-{D(1)}",
                    f"{L(1)}-{D(3)}-{L(2)}",
                    f"{L(2)}-{D(3)}-{L(1)}",
                    f"{D(1)}-{L(3)}-{D(2)}",
                    f"{L(3)}-{D(2)}-{L(1)}",
                    f"{D(2)}-{L(2)}-{L(2)}",
                    f"{L(1)}-{D(2)}-{L(3)}",
                ]
            )
        return self.P(p.cache["plate"], "LICENSE_PLATE")

    def case(self, kind: str):
        """A municipal case/file number in one of this corpus's own formats."""
        if kind not in self.cases:
            r = self.r
            y = r.choice(["2025", "2026"])
            n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
            self.cases[kind] = {
                "od": r.choice([f"OD-{y}-{n(5)}", f"ODZ{y[2:]}.{n(4)}", f"O{y[2:]}/{n(6)}"]),
                "kap": r.choice([f"KAP-{y}-{n(4)}", f"OLO {n(7)}", f"OV{y}.{n(4)}.K"]),
                "evv": r.choice([f"EVV {y[2:]}.{n(4)}", f"EV/{y}/{n(3)}", f"APV-EVT-{n(5)}"]),
                "bb": r.choice([f"BB-{y}/{n(3)}", f"BBM{y[2:]}-{n(4)}"]),
                "hh": r.choice([f"HH.{y[2:]}.{n(4)}", f"TH/{y}/{n(5)}"]),
                "mld": r.choice([f"MLD-{n(7)}", f"MOR{y[2:]}{n(6)}", f"M-{y}-{n(6)}"]),
                "bzw": r.choice([f"BZW/{y}/{n(4)}", f"Bz {y[2:]}-{n(4)}", f"AWB{y[2:]}.{n(5)}"]),
                "bod": r.choice([f"BOD-{y[2:]}-{n(3)}", f"BL{y}{n(4)}"]),
                "sch": r.choice([f"SCH{y[2:]}/{n(4)}", f"AS-{y}-{n(4)}"]),
            }[kind]
        return self.P(self.cases[kind], "CASE_NUMBER")

    # ---- ordinary data (keep words where useful)
    def date(self, keep=True, style=None):
        r = self.r
        dt = datetime.date(2026, 1, 1) + datetime.timedelta(days=r.randint(-60, 320))
        style = r.randint(0, 4) if style is None else style
        if style == 0:
            s = f"{dt.day} {MONTHS[dt.month - 1]} {dt.year}"
        elif style == 1:
            s = f"{WEEKDAYS[dt.weekday()]} {dt.day} {MONTHS[dt.month - 1]}"
        elif style == 2:
            s = f"{dt.day:02d}-{dt.month:02d}-{dt.year}"
        elif style == 3:
            s = f"{WD_ABBR[dt.weekday()]} {dt.day}/{dt.month}"
        else:
            s = f"{dt.day} {MONTHS[dt.month - 1]}"
        if keep:
            self.K(s)
        return s

    def time(self, night=True):
        r = self.r
        h = r.choice([22, 23, 0, 1, 2, 3, 5, 6]) if night else r.randint(7, 21)
        return f"{h:02d}:{r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55]):02d}"

    def amount(self):
        r = self.r
        a = r.choice([85, 120, 175, 240, 395, 450, 612, 780, 1250, 2340, 4800])
        s = r.choice([f"€ {a},00", f"€{a}", f"{a} euro", f"€ {a:,}".replace(",", ".") + ",-"])
        return self.K(s)

    def generic_contact(self):
        r = self.r
        slug = self.city.lower()
        return r.choice([self.K(f"14 {self.area}"), self.K(f"info@{slug}.nl"), self.K(f"meldingen@{slug}.nl")])

    def text_of(self, parts: list[str]) -> str:
        return "\n".join(p for p in parts if p)


# ----------------------------------------------------------------------------------------- sentence / line shapes
@shape("s:bar_terrace")
def s_bar_terrace(d):
    res = d.who("res")
    bar = d.K(d.r.choice(BARS[:6]))
    return (
        f"{d.K('Sinds')} de heropening van {bar} op {d.date()} staan er tot na middernacht gasten op het "
        f"{d.K('terras')} aan {d.the_street(res)}."
    )


@shape("s:bass_through_wall")
def s_bass(d):
    return (
        f"{d.K('De')} bas van de muziek is in onze {d.K('slaapkamer')} duidelijk hoorbaar, ook met de ramen dicht; "
        f"ons kind van vier wordt er elke {d.K(d.r.choice(WEEKDAYS[4:6]))} wakker van."
    )


@shape("s:delivery_van_plate")
def s_van(d):
    biz = d.who("biz")
    return (
        f"{d.K('Elke')} ochtend om {d.time()} laadt de bestelbus met kenteken {d.plate(biz)} van {d.full(biz)} "
        f"met draaiende motor en een piepende {d.K('laadklep')} uit voor de deur."
    )


@shape("s:smokers_door")
def s_smokers(d):
    return (
        f"{d.K('Rokers')} staan tot sluitingstijd voor de ingang te praten en te lachen; de portier grijpt niet in, "
        f"ook niet na ons verzoek van {d.date()}."
    )


@shape("s:heatpump_hum")
def s_heatpump(d):
    nb = d.who("nb")
    return (
        f"{d.K('De')} buitenunit van de {d.K('warmtepomp')} van {d.full(nb)} ({d.addr(nb)}) hangt op anderhalve "
        f"meter van ons slaapkamerraam en bromt 's nachts met een lage toon van ongeveer {d.r.choice([38, 41, 44])} dB."
    )


@shape("s:heatpump_installer")
def s_heatpump_inst(d):
    nb = d.who("nb")
    return (
        f"{d.K('Volgens')} de installateur van {d.ref(nb)} voldoet het toestel aan het {d.K('Bouwbesluit')}, "
        f"maar er is nooit een {d.K('geluidsberekening')} gemaakt."
    )


@shape("s:neighbour_party")
def s_nb_party(d):
    nb = d.who("nb")
    return (
        f"{d.K('Op')} {d.date(style=1)} gaf {d.ref(nb)} opnieuw een tuinfeest met een geluidsinstallatie; om "
        f"{d.time()} heb ik de {d.K('politie')} gebeld."
    )


@shape("s:laminate_footsteps")
def s_laminate(d):
    nb = d.who("nb")
    return (
        f"{d.K('Sinds')} de bovenburen op {d.addr(nb)} laminaat hebben gelegd horen wij elke voetstap, "
        f"het schuiven van stoelen en een {d.K('wasmachine')} die om {d.time()} centrifugeert."
    )


@shape("s:dog_barking")
def s_dog(d):
    nb = d.who("nb")
    return (
        f"{d.K('De')} twee honden van {d.poss(nb, use_first=d.r.random() < 0.5)} huishouden blaffen zodra er "
        f"iemand langs het hek loopt, soms een half uur achter elkaar."
    )


@shape("s:renovation_sunday")
def s_renov(d):
    nb = d.who("nb")
    return (
        f"{d.K('Ook')} op {d.K('zondag')} wordt er bij {d.ref(nb)} geboord en gesloopt; de {d.K('aannemer')} "
        f"heeft geen {d.K('omgevingsvergunning')} voor de uitbouw."
    )


@shape("s:event_soundcheck")
def s_soundcheck(d):
    ev = d.K(d.r.choice(EVENTS))
    return (
        f"{d.K('Tijdens')} het {ev} begon de soundcheck al om {d.time(night=False)} en de laatste act stopte pas "
        f"om {d.time()}, terwijl de {d.K('vergunning')} tot 23:00 uur loopt."
    )


@shape("s:event_litter_parking")
def s_ev_litter(d):
    res = d.who("res")
    return (
        f"{d.K('Bezoekers')} parkeren op de stoep van {d.the_street(res)}, plassen tegen de gevels en laten "
        f"{d.K('zwerfafval')} achter in de plantsoenen."
    )


@shape("s:event_stage_direction")
def s_stage(d):
    return (
        f"{d.K('Het')} podium staat dit jaar met de speakers naar de woonwijk gericht, in plaats van naar de "
        f"{d.K('sportvelden')} zoals in de vorige editie."
    )


@shape("s:odour_farm")
def s_farm(d):
    art, farm = d.r.choice(FARMS).split()
    return (
        f"{d.K('Bij')} zuidwestenwind ruiken wij {art} {d.K(farm)} aan de overkant van de {d.K('provinciale weg')} tot in "
        f"de woonkamer; de was kan dan niet buiten hangen."
    )


@shape("s:odour_factory")
def s_factory(d):
    art, fab = d.r.choice(FACTORIES).split()
    return (
        f"{cap(art)} {d.K(fab)} op het {d.K('bedrijventerrein')} stoot volgens ons vooral na {d.time()} een zoetige, "
        f"branderige lucht uit; de {d.K('geurnorm')} zou dan worden overschreden."
    )


@shape("s:odour_units")
def s_odour_units(d):
    v = d.r.choice([1.5, 2.0, 3.0, 5.0])
    return (
        f"{d.K('Uit')} de {d.K('geurverspreidingsberekening')} blijkt een belasting van {v} ouE/m3 als "
        f"98-percentiel op de gevel, boven de {d.K('richtwaarde')}."
    )


@shape("s:manure_spreading")
def s_manure(d):
    boer = d.who("biz")
    return (
        f"{d.K('Op')} {d.date()} reed de loonwerker van {d.full(boer)} drijfmest uit op het perceel naast de "
        f"{d.K('basisschool')}, met trekker {d.plate(boer)}."
    )


@shape("s:tree_shade_solar")
def s_shade(d):
    nb = d.who("nb")
    t = d.r.choice(TREES)[0]
    return (
        f"{d.K('De')} {t} in de tuin van {d.full(nb)} is zo hoog geworden dat onze {d.K('zonnepanelen')} na "
        f"twee uur 's middags in de schaduw liggen."
    )


@shape("s:tree_roots_sewer")
def s_roots(d):
    res = d.who("res")
    return (
        f"{d.K('Wortels')} van de gemeentelijke {d.K('straatboom')} voor {d.addr(res)} zijn in de "
        f"{d.K('huisaansluiting')} van het riool gegroeid; de ontstoppingsdienst kwam al twee keer."
    )


@shape("s:tree_leaves_gutter")
def s_leaves(d):
    return (
        f"{d.K('Elke')} {d.K('herfst')} zitten de dakgoten vol blad en {d.K('eikels')}, en in het voorjaar "
        f"liggen er bloesem en zaadpluizen op het terras."
    )


@shape("s:tree_felling_reason")
def s_felling(d):
    t = d.r.choice(TREES)
    return (
        f"{d.K('Wij')} willen de {t[0]} ({t[1]}) laten kappen omdat de {d.K('boomdeskundige')} een "
        f"{d.K('zwamaantasting')} aan de stamvoet heeft vastgesteld."
    )


@shape("s:tree_replant_condition")
def s_replant(d):
    return (
        f"{d.K('Herplantplicht')}: binnen twaalf maanden na de kap wordt op hetzelfde perceel een inheemse boom "
        f"geplant met een stamomtrek van minimaal 16-18 cm, met een {d.K('instandhoudingstermijn')} van tien jaar."
    )


@shape("s:processionary_caterpillar")
def s_oak_cat(d):
    return (
        f"{d.K('In')} de zomereiken langs het {d.K('speelveld')} zitten nesten van de "
        f"{d.K('eikenprocessierups')}; de kinderen hebben jeukende bulten."
    )


@shape("s:soil_found")
def s_soil(d):
    res = d.who("res")
    return (
        f"{d.K('Bij')} het graven van een vijver in de achtertuin van {d.addr(res)} stuitten wij op een laag "
        f"zwart puin met stukjes {d.K('asbest')} en een sterke olielucht."
    )


@shape("s:soil_lead_kitchen_garden")
def s_lead(d):
    v = d.r.choice([280, 430, 610, 940])
    return (
        f"{d.K('Het')} {d.K('indicatief bodemonderzoek')} toont {v} mg/kg lood in de bovengrond van de "
        f"{d.K('moestuin')}, boven de {d.K('interventiewaarde')}."
    )


@shape("s:soil_child_dob")
def s_soil_kid(d, own=True):
    kid = d.who("kid")
    return (
        f"{d.K('Onze' if own else 'Uw')} {'dochter' if kid.gender == 'F' else 'zoon'} {d.first(kid)} (geboren {d.dob(kid)}) speelt veel in de zandbak; de "
        f"{d.K('GGD')} adviseert handen wassen en geen groente uit eigen tuin."
    )


@shape("s:rats_seen")
def s_rats(d):
    nb = d.who("nb")
    return (
        f"{d.K('Sinds')} {d.ref(nb)} kippen houdt en het voer los in de tuin strooit, zien wij 's avonds "
        f"{d.K('ratten')} over de schutting lopen."
    )


@shape("s:rats_bait_boxes")
def s_bait(d):
    return (
        f"{d.K('De')} {d.K('plaagdierbeheerser')} heeft zes {d.K('lokaaskisten')} geplaatst en de holen bij de "
        f"{d.K('containers')} gedicht; na drie weken volgt een controle."
    )


@shape("s:pigeons_balcony")
def s_pigeons(d):
    nb = d.who("nb")
    return (
        f"{d.K('Op')} het balkon van {d.addr(nb)} worden dagelijks duiven gevoerd; ons {d.K('balkon')} ligt vol "
        f"uitwerpselen en veren."
    )


@shape("s:light_led_facade")
def s_led(d):
    nb = d.who("nb")
    return (
        f"{d.K('De')} {d.K('bewegingssensor')} van de ledlamp aan de gevel van {d.full(nb)} springt bij elke kat "
        f"aan en schijnt recht in onze {d.K('slaapkamer')}."
    )


@shape("s:light_sports_field")
def s_sportlight(d):
    return (
        f"{d.K('De')} {d.K('lichtmasten')} van het kunstgrasveld branden tot {d.time()} uur, ook op avonden "
        f"zonder {d.K('training')}."
    )


@shape("s:light_greenhouse")
def s_greenhouse(d):
    return (
        f"{d.K('Door')} de {d.K('assimilatiebelichting')} van de {d.K('kassen')} is de lucht boven de wijk "
        f"oranje; de {d.K('afscherming')} aan de gevel ontbreekt."
    )


@shape("s:measure_request")
def s_measure_req(d):
    return (
        f"{d.K('Ik')} verzoek de {d.K(d.od)} een geluidsmeting te doen op een {d.K('vrijdagavond')} of "
        f"{d.K('zaterdagavond')}, niet op een doordeweekse middag."
    )


@shape("s:counter_claim")
def s_counter(d):
    nb = d.who("nb")
    return (
        f"{d.K('Het')} is opvallend dat {d.ref(nb)} zelf elke week met een bladblazer en een motorkettingzaag "
        f"in de weer is, ook voor {d.time(night=False)}."
    )


@shape("s:family_member")
def s_family(d):
    fam = d.who("fam")
    rel = d.r.choice(["Mijn man", "Mijn vrouw", "Mijn broer", "Mijn zus", "Mijn schoonmoeder"])
    return (
        f"{d.K(rel.split()[0])} {rel.split()[1]} {d.full(fam)} werkt in {d.K('ploegendienst')} en moet overdag "
        f"slapen; {d.first(fam)} houdt het logboek bij als ik op mijn werk ben."
    )


@shape("s:contact_line")
def s_contact(d):
    res = d.who("res")
    return (
        f"{d.K('Telefonisch')} ben ik het best te bereiken na {d.time(night=False)} via {d.tel(res)}; "
        f"mailen kan naar {d.mail(res)}."
    )


@shape("s:bsn_dob_line")
def s_bsn_dob(d):
    res = d.who("res")
    cue = d.r.choice(["geboren op", "geb.", "geboortedatum"])
    return f"{d.K('Burgerservicenummer')}: {d.bsn(res)}, {cue} {d.dob(res)}."


@shape("s:iban_refund")
def s_iban(d):
    res = d.who("res")
    return (
        f"{d.K('Graag')} de {d.K('griffierechten')} van {d.amount()} terugstorten op {d.iban(res)} ten name van "
        f"{d.ini(res)}."
    )


@shape("s:handhaving_request")
def s_handh(d):
    return (
        f"{d.K('Hierbij')} verzoek ik om een {d.K('last onder dwangsom')} op grond van de {d.K('Omgevingswet')}, "
        f"omdat eerdere waarschuwingen niets hebben opgeleverd."
    )


@shape("s:deadline_reply")
def s_deadline(d):
    return (
        f"{d.K('Ik')} ontvang graag binnen zes weken een {d.K('reactie')}; mijn vorige melding met nummer "
        f"{d.case('mld')} is nooit beantwoord."
    )


@shape("s:municipal_contact")
def s_mcontact(d):
    return f"{d.K('Vragen')}? {d.K('Bel')} {d.K(f'14 {d.area}')} of mail {d.K(f'info@{d.city.lower()}.nl')}."


@shape("s:rooster_crowing")
def s_rooster(d):
    nb = d.who("nb")
    return (
        f"{d.K('Sinds')} {d.date()} houdt {d.full(nb)} een haan in het kippenhok tegen onze erfgrens; het "
        f"kraaien begint rond {d.time()} en duurt tot het licht is."
    )


@shape("s:cooling_truck")
def s_cooling(d):
    biz = d.who("biz")
    return (
        f"{d.K('De')} koelwagen van de {d.K('supermarkt')} ({d.plate(biz)}) staat 's nachts met draaiend "
        f"{d.K('koelaggregaat')} aan de laadkant; {d.poss(biz, use_first=False)} bedrijfsleider belooft al "
        f"maanden beterschap."
    )


@shape("s:shadow_flicker")
def s_flicker(d):
    return (
        f"{d.K('Bij')} laagstaande zon geeft de {d.K('windturbine')} aan de {d.K('ringdijk')} slagschaduw in "
        f"onze woonkamer, ruim boven de zes uur per jaar uit de {d.K('Omgevingsregeling')}."
    )


@shape("s:protected_tree")
def s_protected(d):
    t = d.r.choice(TREES)[0]
    return (
        f"{d.K('De')} {t} staat op de {d.K('Lijst Waardevolle Bomen')} van de gemeente {d.K(d.city)}; "
        f"kappen mag alleen met een {d.K('kapvergunning')} en een advies van de {d.K('bomencommissie')}."
    )


@shape("s:deposit_refund")
def s_deposit(d):
    org = d.who("org")
    return (
        f"{d.K('De')} {d.K('waarborgsom')} van {d.amount()} wordt na de eindschouw teruggestort op "
        f"{d.iban(org)} t.n.v. {d.full(org)}."
    )


@shape("s:possessive_leafblower")
def s_leafblower(d):
    nb = d.who("nb")
    return (
        f"{d.poss(nb)} bladblazer op benzine loeit elke {d.K(d.r.choice(WEEKDAYS[:5]))}ochtend om "
        f"{d.time(night=False)} door de {d.K('brandgang')}."
    )


@shape("s:witness_with_dob")
def s_witness(d):
    w = d.who("nb2")
    return (
        f"{d.K('Getuige')}: {d.full(w)} ({d.dob(w, style=d.r.choice([1, 3, 5, 6]))}), {d.addr(w)}, die de "
        f"overlast vanuit de {d.K('overburen')} bevestigt."
    )


@shape("s:informal_lowercase_name")
def s_lowername(d):
    nb = d.who("nb")
    return (
        f"{d.K('Overigens')} weet {d.lower(nb)} heel goed dat er geklaagd wordt, dat heeft de "
        f"{d.K('wijkagent')} al gezegd."
    )


# ------------------------------------------------------------------------------- known-name frames (every 4th doc)
@shape("k:known_plain")
def k_plain(d):
    p = d.known_person
    return f"{d.K('Volgens')} {d.full(p)} is het probleem duidelijk: {d.known_phrase}."


@shape("k:known_complaint")
def k_complaint(d):
    p = d.known_person
    return (
        f"{d.K('Ik')}, {d.full(p)}, houd het kort: {d.known_phrase}, en niemand van de {d.K('gemeente')} komt kijken."
    )


@shape("k:known_observed")
def k_observed(d):
    p = d.known_person
    return (
        f"{d.K('Tijdens')} het bezoek bij {d.full(p)} zagen wij het zelf: {d.known_phrase}; "
        f"{d.title(p)} {d.bare(p)} heeft foto's gemaakt."
    )


KNOWN_FRAMES = [k_plain, k_complaint, k_observed]

POOLS = {
    "noise_bar": [s_bar_terrace, s_bass, s_van, s_smokers, s_measure_req],
    "noise_event": [s_soundcheck, s_ev_litter, s_stage, s_measure_req],
    "noise_nb": [
        s_heatpump,
        s_heatpump_inst,
        s_nb_party,
        s_laminate,
        s_dog,
        s_renov,
        s_counter,
        s_rooster,
        s_leafblower,
        s_lowername,
        s_witness,
    ],
    "noise_biz": [s_van, s_cooling, s_smokers, s_heatpump_inst, s_flicker],
    "odour": [s_farm, s_factory, s_odour_units, s_manure],
    "tree": [s_shade, s_roots, s_leaves, s_felling, s_replant, s_oak_cat, s_protected],
    "soil": [s_soil, s_lead, s_soil_kid],
    "vermin": [s_rats, s_bait, s_pigeons],
    "light": [s_led, s_sportlight, s_greenhouse],
}
EXTRA = [s_family, s_contact, s_handh, s_deadline, s_mcontact, s_bsn_dob, s_iban, s_witness, s_lowername]


def body(d, theme=None, n=(2, 3)):
    r = d.r
    theme = theme or r.choice(sorted(POOLS))
    k = r.randint(*n)
    pool = POOLS[theme]
    picks = r.sample(pool, min(k, len(pool)))
    return [f(d) for f in picks]


# ------------------------------------------------------------------------------------------------ line shapes
@shape("l:logline_weekday_dash")
def l_log_a(d, what):
    return f"{d.date(keep=False, style=1)} – {d.time()} – {what}"


@shape("l:logline_pipe")
def l_log_b(d, what):
    t1 = d.time()
    return f"{d.date(keep=False, style=2)} | {t1}–{d.time()} | {what}"


@shape("l:logline_abbr_slash")
def l_log_c(d, what):
    return f"{d.date(keep=False, style=3)}, {d.time().replace(':', '.')} uur: {what}"


@shape("l:logline_bullet_short")
def l_log_d(d, what):
    return f"- {d.date(keep=False, style=4)} ({d.time()}) {what}"


LOG_WHAT = [
    "bas dreunt door de muur",
    "geschreeuw op het terras",
    "glasbak wordt geleegd",
    "unit slaat aan en bromt",
    "blaffende hond, 25 minuten",
    "sterke mestlucht in de slaapkamer",
    "lamp springt steeds aan",
    "vuurwerk en toeters achter het hek",
    "koelwagen met draaiende motor",
    "rat in de schuur gezien",
    "muziek nog steeds hoorbaar met raam dicht",
    "deuren van de zaal staan open",
]


@shape("l:table_pipe_dba")
def l_tab_a(d):
    rows = [
        f"{d.time()} | LAeq {d.r.randint(32, 58)} dB(A) | LAmax {d.r.randint(55, 78)} dB(A)"
        for _ in range(d.r.randint(3, 5))
    ]
    return "\n".join([f"{d.K('Tijdstip')} | {d.K('Meetwaarde')} | {d.K('Piek')}"] + rows)


@shape("l:table_tab_dba")
def l_tab_b(d):
    rows = [
        f"{d.time()}\t{d.r.randint(30, 55)},{d.r.randint(0, 9)}\t{d.r.choice(['muziek', 'stemmen', 'verkeer', 'unit'])}"
        for _ in range(d.r.randint(3, 5))
    ]
    return "\n".join([f"{d.K('Tijd')}\tdB(A)\t{d.K('Bron')}"] + rows)


@shape("l:table_dash_measure")
def l_tab_c(d):
    rows = [
        f"  {d.time()} — {d.r.randint(35, 60)} dB(A) — {d.r.choice(['bas', 'zang', 'publiek', 'compressor'])}"
        for _ in range(d.r.randint(3, 4))
    ]
    return "\n".join([f"{d.K('Meetresultaten')} (LAr,LT):"] + rows)


@shape("l:petition_numbered")
def l_pet_a(d, p):
    return f"{len(d.pet)}. {d.full(p)}, {d.addr(p)} — getekend"


@shape("l:petition_table_dob")
def l_pet_b(d, p):
    return f"{d.full(p)} | {d.addr(p)} | {d.dob(p, style=d.r.choice([0, 2, 8]))} | ✓"


@shape("l:petition_upper")
def l_pet_c(d, p):
    return f"{d.upper(p)}, {p.first[0]}. — nr. {d.num(p)} — handtekening"


@shape("l:petition_housenumber_only")
def l_pet_d(d, p):
    return f"nr {d.num(p)}: {d.ini(p)} (akkoord)"


@shape("l:voorschrift")
def l_voorschrift(d, k, txt):
    return f"{k}. {txt}"


# ------------------------------------------------------------------------------------------------- document kinds
def header_letter(d, p):
    return [d.full(p), d.addr(p), f"{d.pc(p)}  {d.K(d.city)}", "", f"{d.K(d.city)}, {d.date()}"]


def signoff(d, p):
    r = d.r
    greet = r.choice(["Met vriendelijke groet,", "Hoogachtend,", "Groet,"])
    return f"\n{greet}\n{d.full(p) if r.random() < 0.6 else d.ini(p)}"


@shape("d:complaint_letter")
def d_complaint(d):
    res = d.who("res")
    theme = d.r.choice(sorted(POOLS))
    parts = header_letter(d, res)
    parts += [
        "",
        f"{d.K('Aan')} het college van burgemeester en wethouders",
        f"{d.K('Betreft')}: klacht over "
        f"{d.K({'noise_bar': 'horecalawaai', 'noise_event': 'evenement', 'noise_nb': 'burenlawaai', 'noise_biz': 'bedrijfsgeluid', 'odour': 'stankoverlast', 'tree': 'bomen', 'soil': 'bodemverontreiniging', 'vermin': 'ongedierte', 'light': 'lichthinder'}[theme])}",
        "",
        f"{d.K('Geacht')} college,",
        "",
    ]
    parts += body(d, theme, n=(2, 4))
    parts += [f(d) for f in d.r.sample(EXTRA, 2)]
    parts.append(s_contact(d))
    parts.append(signoff(d, res))
    return parts


@shape("d:counter_complaint")
def d_counter(d):
    res, nb = d.who("res"), d.who("nb")
    parts = [
        f"{d.K('Reactie')} op klacht {d.case('hh')}",
        "",
        f'{d.K("Geciteerd")} uit de klacht: "' + body(d, "noise_nb", n=(1, 1))[0] + '"',
        "",
        f"{d.K('Van')}: {d.full(res)}, {d.postal(res)}",
        "",
        f"{d.K('Mijn')} {'buurvrouw' if nb.gender == 'F' else 'buurman'} {d.full(nb)} heeft over mij geklaagd. Ik wil daar het volgende over kwijt.",
        s_counter(d),
        *body(d, d.r.choice(["noise_nb", "noise_biz", "tree", "light"]), n=(1, 2)),
        f"{d.K('Bovendien')} heeft {d.bare(nb) if d.r.random() < 0.5 else d.first(nb)} zelf een "
        f"{d.K('warmtepomp')} die tegen mijn gevel staat te brommen.",
        s_contact(d),
        signoff(d, res),
    ]
    return parts


@shape("d:email_meldpunt")
def d_email(d):
    res = d.who("res")
    slug = d.city.lower()
    parts = [
        f"{d.K('Van')}: {d.full(res)} <{d.mail(res)}>",
        f"{d.K('Aan')}: {d.K(f'meldingen@{slug}.nl')}",
        f"{d.K('Onderwerp')}: overlast {d.street(res)}",
        "",
        f"{d.K('Hallo')},",
        "",
    ]
    parts += body(d, n=(1, 3))
    parts += [
        "",
        f"groetjes, {d.P(res.first.lower(), 'PERSON') if res is not d.known_person else d.first(res)}",
        f"{d.tel(res)}",
    ]
    return parts


@shape("d:logbook")
def d_logbook(d):
    res = d.who("res")
    r = d.r
    line = r.choice([l_log_a, l_log_b, l_log_c, l_log_d])
    parts = [f"{d.K('Logboek')} overlast — bijgehouden door {d.full(res)}, {d.addr(res)}", "", body(d, n=(1, 1))[0], ""]
    for what in r.sample(LOG_WHAT, r.randint(4, 7)):
        parts.append(line(d, what))
    parts += [
        "",
        f"{d.K('Opmerking')}: {d.K('alle')} tijden zijn genoteerd in onze {d.K('woonkamer')}; "
        f"bestand opgeslagen als Logboek_{d.fname(res)}_{r.choice(MONTHS)}.pdf",
    ]
    return parts


@shape("d:measurement_report")
def d_measure(d):
    res, insp = d.who("res"), d.who("insp")
    r = d.r
    parts = [
        d.K(d.od),
        f"{d.K('Meetrapport')} geluid — {d.K('zaaknummer')} {d.case('od')}",
        "",
        f"{d.K('Klager')}: {d.full(res)}, {d.addr(res)}",
        f"{d.K('Meetpunt')}: {r.choice(['tuinzijde', 'slaapkamer eerste verdieping', 'voorgevel'])}, "
        f"{d.K('meetdatum')} {d.date()}",
        f"{d.K('Bron')}: {d.K(r.choice(BARS))}",
        f"{d.K('Aanleiding')}: "
        + body(d, r.choice(["noise_bar", "noise_nb", "noise_biz", "noise_event"]), n=(1, 1))[0],
        "",
        r.choice([l_tab_a, l_tab_b, l_tab_c])(d),
        "",
        f"{d.K('Conclusie')}: de grenswaarde uit het {d.K('Activiteitenbesluit')} van 45 dB(A) in de "
        f"nachtperiode wordt {r.choice(['overschreden', 'niet overschreden', 'net overschreden'])}.",
        f"{d.K('Inspecteur')}: {d.ini(insp)}, {d.K('team Geluid')} ({d.mail(insp, business=d.od.split()[-1].lower() + '.nl')})",
    ]
    return parts


@shape("d:inspection_report")
def d_inspection(d):
    biz, insp = d.who("biz"), d.who("insp")
    r = d.r
    parts = [
        f"{d.K('Controlerapport')} {d.K('milieu')} — {d.case('hh')}",
        f"{d.K('Inrichting')}: {d.K(r.choice(FACTORIES + FARMS).split()[1])}, {d.addr(biz)}, {d.pc(biz)} {d.K(d.city)}",
        f"{d.K('Drijver')}: {d.full(biz)}",
        f"{d.K('Datum')} {d.K('bezoek')}: {d.date(style=2)}",
        f"{d.K('Toezichthouder')}: {d.full(insp)}",
        "",
        f"{d.K('Bevindingen')}:",
    ]
    parts += [
        f"- {x}"
        for x in r.sample(
            [
                "afzuiginstallatie draaide zonder koolfilter",
                "deuren van de productiehal stonden open",
                "mestopslag niet afgedekt",
                "logboek onderhoud ontbrak",
                "geen klachtenregistratie aanwezig",
                f"vrachtwagen {d.plate(biz)} stond stationair te draaien bij de laaddock",
            ],
            3,
        )
    ]
    parts += ["", f"{d.K('Vervolg')}: {d.ref(biz)} krijgt een {d.K('vooraankondiging')} last onder dwangsom."]
    return parts


@shape("d:permit_conditions")
def d_permit(d):
    org = d.who("org")
    ev = d.K(d.r.choice(EVENTS))
    conds = [
        f"{d.K('Muziek')} is hoorbaar tot uiterlijk 23:00 uur; daarna alleen achtergrondmuziek.",
        f"{d.K('Op')} de gevel van de dichtstbijzijnde woning bedraagt het geluidsniveau ten hoogste 70 dB(A).",
        f"{d.K('De')} vergunninghouder is tijdens het evenement bereikbaar via {d.tel(org)}.",
        f"{d.K('Omwonenden')} worden uiterlijk twee weken vooraf per brief geïnformeerd.",
        f"{d.K('Verkeersregelaars')} zijn aanwezig vanaf 18:00 uur.",
    ]
    d.r.shuffle(conds)
    parts = [
        f"{d.K('Evenementenvergunning')} {ev} — {d.case('evv')}",
        f"{d.K('Vergunninghouder')}: {d.full(org)}, namens {d.K('Stichting')} {d.K(d.r.choice(['Dorpsbelang', 'Feestcomité', 'Wijkraad Oost', 'Muziekvrienden']))}",
        f"{d.K('Adres')}: {d.postal(org)}",
        "",
        f"{d.K('Voorschriften')}:",
    ]
    parts += [l_voorschrift(d, k + 1, c) for k, c in enumerate(conds[:4])]
    return parts


@shape("d:petition")
def d_petition(d):
    res = d.who("res")
    r = d.r
    ev = r.choice(
        [
            "het dancefeest in het park",
            "de uitbreiding van het terras",
            "de kap van de lindes",
            "de nieuwe mestvergister",
            "de lichtmasten van de sportclub",
        ]
    )
    parts = [
        f"{d.K('Petitie')} van bewoners van {d.the_street(res)} tegen {ev}",
        "",
        f"{d.K('Wij')}, ondergetekenden, vragen de {d.K('gemeenteraad')} om {d.K('geen')} toestemming te geven.",
        f"{d.K('Initiatiefnemer')}: {d.full(res)} ({d.mail(res)})",
        "",
        f"{d.K('Toelichting')}: " + " ".join(body(d, n=(1, 2))),
        "",
    ]
    line1, line2 = r.sample([l_pet_a, l_pet_b, l_pet_c, l_pet_d], 2)
    d.pet = []
    signers = [res] + [N.Person(r) for _ in range(r.randint(3, 5))]
    if r.random() < 0.5:
        signers.insert(1, d.who("fam"))
    for k, p in enumerate(signers):
        d.pet.append(p)
        parts.append((line1 if k < len(signers) // 2 else line2)(d, p))
    parts += ["", f"{d.K('Aangeboden')} op {d.date()} aan de {d.K('griffie')}."]
    return parts


@shape("d:site_visit_notes")
def d_visit(d):
    res, nb, off = d.who("res"), d.who("nb"), d.who("off")
    parts = [
        f"{d.K('Verslag')} {d.K('locatiebezoek')} {d.date(style=2)}, {d.case('mld')}",
        f"{d.K('Aanwezig')}: {d.full(res)} (melder), {d.full(nb)} (buurman), {d.full(off)} "
        f"({d.K('afdeling Handhaving')})",
        "",
        f"{d.K('Waarnemingen')}:",
    ]
    parts += [f"* {x}" for x in body(d, n=(2, 2))]
    parts += [
        "",
        f"{d.K('Afspraak')}: {d.ref(nb)} past binnen vier weken de situatie aan; {d.ref(off)} "
        f"controleert op {d.date(style=0)}.",
    ]
    return parts


@shape("d:tree_report")
def d_tree(d):
    res, exp = d.who("res"), d.who("exp")
    r = d.r
    rows = []
    for k in range(r.randint(2, 4)):
        t = r.choice(TREES)
        rows.append(
            f"{k + 1} | {t[0]} ({t[1]}) | stamdiameter {r.randint(25, 95)} cm | "
            f"{r.choice(['conditie goed', 'conditie matig', 'dood hout in kroon', 'holte op 1,2 m'])}"
        )
    parts = [
        f"{d.K('Boomtechnisch')} {d.K('onderzoek')} — {d.K('rapport')} {d.case('kap')}",
        f"{d.K('Opdrachtgever')}: {d.full(res)}, {d.postal(res)}",
        f"{d.K('Uitgevoerd')} door: {d.full(exp)}, {d.K('European Tree Technician')}",
        f"{d.K('Aanleiding')}: " + " ".join(body(d, "tree", n=(1, 2))),
        "",
        f"{d.K('Nr')} | {d.K('Soort')} | {d.K('Afmeting')} | {d.K('Conditie')}",
    ] + rows
    parts += [
        "",
        f"{d.K('Advies')}: {r.choice(['kroonreductie van 20 procent', 'vellen en herplanten', 'jaarlijkse controle', 'verwijderen van dood hout'])}.",
        f"{d.K('Contact')} {d.K('boomdeskundige')}: {d.tel(exp)}",
    ]
    return parts


@shape("d:felling_application")
def d_felling(d):
    res = d.who("res")
    parts = [
        f"{d.K('Aanvraag')} {d.K('kapvergunning')} (omgevingsvergunning voor het vellen van houtopstand)",
        f"{d.K('Naam')} {d.K('aanvrager')}: {d.full(res)}",
        f"{d.K('Geboortedatum')}: {d.dob(res)}",
        f"{d.K('BSN')}: {d.bsn(res)}",
        f"{d.K('Adres')}: {d.postal(res)}",
        f"{d.K('Telefoon')}: {d.tel(res)}",
        "",
        s_felling(d),
    ]
    if d.r.random() < 0.5:
        parts.append(s_replant(d))
    parts.append(f"{d.K('Bijlage')}: foto's_{d.fname(res)}.zip, {d.K('situatietekening')}")
    return parts


@shape("d:objection_event")
def d_objection(d):
    res = d.who("res")
    ev = d.K(d.r.choice(EVENTS))
    parts = [
        f"{d.full(res)}",
        d.postal(res, sep="\n"),
        "",
        f"{d.K('Bezwaarschrift')} tegen de evenementenvergunning {ev}, {d.K('kenmerk')} {d.case('evv')}",
        "",
        f"{d.K('Gronden')}:",
        f"1. {s_soundcheck(d)}",
        f"2. {s_ev_litter(d)}",
        f"3. {d.r.choice([s_stage, s_deposit, s_smokers, s_measure_req])(d)}",
        f"4. {d.K('Er')} is geen {d.K('geluidsonderzoek')} uitgevoerd voor de woningen aan {d.the_street(res)}.",
    ]
    if d.r.random() < 0.5:
        parts.append(s_iban(d))
    parts.append(signoff(d, res))
    return parts


@shape("d:organiser_reply")
def d_organiser(d):
    org, res = d.who("org"), d.who("res")
    ev = d.K(d.r.choice(EVENTS))
    parts = [
        f"{d.K('Beste')} {d.salute(res, False)[6:]},",
        "",
        f"{d.K('Namens')} de organisatie van het {ev} bied ik excuses aan voor de overlast op {d.date()}.",
        f'{d.K("In")} uw brief schrijft u: "' + body(d, "noise_event", n=(1, 1))[0] + '"',
        f"{d.K('Volgend')} jaar plaatsen wij een {d.K('geluidsbegrenzer')} en draaien wij het podium van "
        f"de {d.street(res)} af.",
        f"{d.K('U')} kunt mij tijdens het evenement direct bellen op {d.tel(org)}.",
        "",
        f"{d.full(org)}",
        f"{d.K('Productieleider')}, {d.mail(org)}",
    ]
    return parts


@shape("d:mediation_intake")
def d_intake(d):
    res, nb, med = d.who("res"), d.who("nb"), d.who("med")
    parts = [
        f"{d.K('Buurtbemiddeling')} {d.K(d.city)} — {d.K('intake')} {d.case('bb')}",
        f"{d.K('Partij')} 1: {d.full(res)}, {d.addr(res)}, tel. {d.tel(res)}",
        f"{d.K('Partij')} 2: {d.full(nb)}, {d.addr(nb)}",
        f"{d.K('Bemiddelaars')}: {d.full(med)} en {d.full(d.who('off'))} ({d.K('vrijwilligers')})",
        "",
        f"{d.K('Kern')} van het conflict:",
    ]
    parts += body(d, d.r.choice(["noise_nb", "vermin", "light", "tree"]), n=(1, 2))
    parts += [
        f"{d.K('Beide')} partijen willen een gesprek op neutraal terrein, bij voorkeur in {d.K('buurthuis')} "
        f"{d.K(d.r.choice(['De Schakel', 'De Boog', 'Het Trefpunt', 'De Wissel']))}."
    ]
    return parts


@shape("d:mediation_agreement")
def d_agreement(d):
    res, nb, med = d.who("res"), d.who("nb"), d.who("med")
    parts = [
        f"{d.K('Vaststellingsovereenkomst')} na {d.K('mediation')}",
        "",
        f"{d.K('Partijen')}:",
        f"{d.full(res)}, geboren {d.dob(res)}, wonende {d.postal(res)};",
        f"{d.full(nb)}, {d.dob(nb, style=d.r.choice([0, 1, 4]))}, wonende {d.addr(nb)};",
        "",
        f"{d.K('Achtergrond')}: " + " ".join(body(d, d.r.choice(["noise_nb", "tree", "light", "vermin"]), n=(1, 2))),
        "",
        f"{d.K('Afspraken')}:",
        f"a. {d.bare(nb)} zet de {d.K('warmtepomp')} tussen 23:00 en 07:00 uur in de stille stand.",
        f"b. {d.bare(res)} trekt de melding {d.case('mld')} in.",
        f"c. {d.K('Evaluatie')} op {d.date(style=0)}.",
        "",
        f"{d.K('Mediator')}: {d.full(med)}, {d.K('MfN-registermediator')}, {d.mail(med)}",
    ]
    return parts


@shape("d:soil_letter")
def d_soilletter(d):
    res, off = d.who("res"), d.who("off")
    parts = [
        f"{d.K('Onderwerp')}: {d.K('bodemverontreiniging')} {d.addr(res)} ({d.case('bod')})",
        "",
        f"{d.K('Geachte')} {d.salute(res)[8:]},",
        "",
        s_soil(d) if d.r.random() < 0.5 else s_lead(d),
        s_soil_kid(d, own=False),
        f"{d.K('Het')} {d.K('Omgevingsloket')} en het {d.K('Bodemloket')} tonen voor uw perceel een "
        f"voormalige {d.K('stortplaats')}.",
        "",
        f"{d.full(off)}",
        f"{d.K('Adviseur')} {d.K('bodem')}, {d.K(d.od)}",
        f"{d.K('Telefoon')} {d.tel(off)}",
    ]
    return parts


@shape("d:vermin_report")
def d_vermin(d):
    res, exp = d.who("res"), d.who("exp")
    parts = [
        f"{d.K('Melding')} {d.K('plaagdieren')} — {d.case('mld')}",
        f"{d.K('Melder')}: {d.full(res)}, {d.addr(res)} ({d.pc(res)})",
        "",
    ]
    parts += body(d, "vermin", n=(2, 3))
    parts += [
        f"{d.K('Behandeld')} door {d.full(exp)} ({d.K('KAD-gecertificeerd')}), {d.K('bedrijfsbus')} {d.plate(exp)}."
    ]
    return parts


@shape("d:business_letter")
def d_business(d):
    biz = d.who("biz")
    bar = d.K(d.r.choice(BARS))
    parts = [
        f"{bar}",
        f"{d.postal(biz)}",
        f"{d.K('KvK')} {d.r.randint(10000000, 99999999)}",
        "",
        f"{d.K('Betreft')}: uw brief over de {d.K('sluitingstijden')}",
        "",
        f"{d.K('Als')} eigenaar ben ik het niet eens met de klachten van {d.r.choice(['één buurvrouw', 'enkele buren'])}.",
        *body(d, "noise_biz", n=(1, 2)),
        f"{d.K('Wij')} hebben in {d.K('maart')} {d.amount()} geïnvesteerd in een {d.K('geluidssluis')} en "
        f"de muziek gaat om {d.time()} uit.",
        "",
        signoff(d, biz).strip(),
        f"{d.K('Eigenaar')}, {d.mail(biz, business=N.ascii_fold(bar.split()[-1]).lower() + '.nl')}",
    ]
    return parts


@shape("d:chat_export")
def d_chat(d):
    res, nb, fam = d.who("res"), d.who("nb"), d.who("nb2")
    r = d.r
    lines = [f"{d.K('Buurtapp')} {d.street(res)} — export {d.date(keep=False, style=2)}"]
    msgs = [
        (res, "heeft iemand die bas vannacht ook gehoord?"),
        (nb, "ja tot kwart over 2, echt niet normaal"),
        (fam, "ik heb de politie gebeld maar die kwamen niet"),
        (res, "ik ga het melden bij de gemeente"),
        (nb, f"@{d.handle(res)} stuur je logboek maar door, ik teken mee"),
    ]
    for p, m in msgs:
        lines.append(f"[{d.time()}] {d.handle(p)}: {m}")
    lines.append(
        f"{d.K('Notitie')} {d.K('bemiddelaar')}: {d.handle(res)} is {d.full(res)}, {d.handle(nb)} is {d.full(nb)}."
    )
    return lines


@shape("d:phone_note")
def d_phone(d):
    res = d.who("res")
    parts = [
        f"{d.K('Telefoonnotitie')} {d.K('KCC')} — {d.date()}, {d.time(night=False)}",
        f"{d.K('Beller')}: {d.ref(res)}",
        f"{d.K('Terugbelnummer')}: {d.tel(res)}",
        f"{d.K('Onderwerp')}: {d.K(d.r.choice(['geluidsoverlast', 'stankoverlast', 'boomschade', 'lichthinder', 'rattenoverlast']))}",
        f"{d.K('Toelichting')}: " + " ".join(body(d, n=(1, 2))),
        f"{d.K('Doorgezet')} naar {d.K(d.od)}, {d.case('od')}.",
    ]
    return parts


@shape("d:light_complaint_form")
def d_lightform(d):
    res = d.who("res")
    parts = [
        f"{d.K('Meldformulier')} {d.K('lichthinder')}",
        f"{d.K('Naam')}: {d.full(res)}",
        f"{d.K('Adres')}: {d.addr(res)}",
        f"{d.K('Postcode')}: {d.pc(res)}",
        f"{d.K('E-mail')}: {d.mail(res)}",
        "",
        f"{d.K('Omschrijving')}:",
    ]
    parts += body(d, "light", n=(1, 2))
    return parts


@shape("d:odour_form")
def d_odourform(d):
    res = d.who("res")
    r = d.r
    parts = [
        f"{d.K('Geurmelding')} — {d.K(d.od)}",
        f"{d.K('Melder')}: {d.full(res)} / {d.tel(res)} / {d.addr(res)}",
        f"{d.K('Tijdstip')}: {d.date(style=2)} {d.time()}",
        f"{d.K('Windrichting')}: {d.K(r.choice(['zuidwest', 'west', 'noordoost']))}",
        f"{d.K('Intensiteit')} (0-6): {r.randint(3, 6)}",
        f"{d.K('Omschrijving')}: " + " ".join(body(d, "odour", n=(1, 2))),
    ]
    return parts


@shape("d:tree_damage_claim")
def d_claim(d):
    res = d.who("res")
    parts = [
        f"{d.K('Schadeclaim')} {d.K('omgewaaide')} boomtak — {d.case('sch')}",
        "",
        f"{d.K('Op')} {d.date()} viel tijdens de storm een grote tak van de gemeentelijke {d.K('plataan')} op mijn "
        f"auto met kenteken {d.plate(res)}, geparkeerd voor {d.addr(res)}.",
        f"{d.K('De')} reparatie kost volgens de offerte {d.amount()}; ik verzoek vergoeding op {d.iban(res)}.",
        f"{d.K('Gegevens')}: {d.full(res)}, {d.K('geboortedatum')} {d.dob(res)}, {d.tel(res)}.",
    ]
    return parts


@shape("d:inspector_email")
def d_inspmail(d):
    res, insp = d.who("res"), d.who("insp")
    parts = [
        f"{d.K('Beste')} {d.first(res)},",
        "",
        f"{d.K('Naar')} aanleiding van uw melding {d.case('od')} kom ik op {d.date(style=1)} tussen 22:00 en 01:00 "
        f"uur meten vanuit uw {d.K('slaapkamer')}.",
        f"{d.K('In')} uw melding schrijft u: " + body(d, n=(1, 1))[0],
        f"{d.K('Wilt')} u het logboek vooraf mailen naar {d.mail(insp, business='odmail.nl')}?",
        "",
        f"{d.K('Met')} vriendelijke groet,",
        f"{d.full(insp)}",
        f"{d.K('Toezichthouder')} {d.K('geluid')}, {d.K(d.od)}",
    ]
    return parts


@shape("d:committee_summary")
def d_committee(d):
    res, off = d.who("res"), d.who("off")
    parts = [
        f"{d.K('Advies')} {d.K('bezwaarcommissie')} — {d.case('bzw')}",
        "",
        f"{d.K('Bezwaarmaker')}: {d.ini(res)} ({d.K('hierna')}: {d.bare(res)})",
        f"{d.K('Verweerder')}: het college, vertegenwoordigd door {d.full(off)}",
        "",
        f"{d.bare(res)} stelt dat de {d.K('kapvergunning')} voor de {d.r.choice(TREES)[0]} onvoldoende is gemotiveerd.",
        f"{d.K('De')} commissie adviseert het bezwaar {d.K(d.r.choice(['gegrond', 'ongegrond']))} te verklaren.",
    ]
    return parts


@shape("l:soil_sample_row")
def l_soil_row(d, k):
    r = d.r
    return (
        f"MM{k} | {r.choice(['0,0-0,5', '0,5-1,0', '0,0-0,3'])} m-mv | lood {r.randint(40, 900)} mg/kg | "
        f"PAK {r.randint(1, 60)} mg/kg | {r.choice(['puin', 'kolengruis', 'geen bijmenging', 'sintels'])}"
    )


@shape("d:soil_sample_table")
def d_soiltable(d):
    res = d.who("res")
    parts = [
        f"{d.K('Analyseresultaten')} {d.K('grondmonsters')} — {d.case('bod')}",
        f"{d.K('Locatie')}: {d.postal(res)} ({d.K('eigenaar')}: {d.full(res)})",
        "",
        f"{d.K('Monster')} | {d.K('Diepte')} | {d.K('Lood')} | PAK | {d.K('Zintuiglijk')}",
    ]
    parts += [l_soil_row(d, k + 1) for k in range(d.r.randint(3, 5))]
    parts += ["", s_soil_kid(d) if d.r.random() < 0.5 else s_lead(d)]
    return parts


@shape("d:green_subsidy_application")
def d_subsidy(d):
    res = d.who("res")
    parts = [
        f"{d.K('Aanvraagformulier')} {d.K('subsidie')} {d.K('Groene Tuinen')} {d.date(keep=False, style=0)[-4:]}",
        f"{d.K('Naam')}: {d.full(res)}",
        f"{d.K('Geboren')}: {d.dob(res)}",
        f"{d.K('BSN')}: {d.bsn(res)}",
        f"{d.K('Adres')}: {d.postal(res)}",
        f"{d.K('Rekeningnummer')}: {d.iban(res)}",
        "",
        f"{d.K('Maatregel')}: {d.K(d.r.choice(['tegels eruit, gras en vaste planten erin', 'groen dak op de schuur', 'regenton en wadi', 'geveltuin en klimplanten']))}",
        f"{d.K('Kosten')}: {d.amount()}",
    ]
    return parts


@shape("d:compensation_request")
def d_compensation(d):
    res = d.who("res")
    parts = [
        f"{d.K('Verzoek')} om {d.K('nadeelcompensatie')} — {d.case('sch')}",
        "",
        f"{d.K('Verzoeker')}: {d.ini(res)}, {d.K('BSN')} {d.bsn(res)}, {d.postal(res)}",
        "",
        f"{d.K('Door')} de {d.K('rioolvervanging')} en het kappen van de {d.K('laanbomen')} in "
        f"{d.the_street(res)} is mijn woning {d.K('sinds')} {d.date()} minder waard en was de overlast groot.",
        f"{d.K('Ik')} vraag een vergoeding van {d.amount()} op rekening {d.iban(res)}.",
        s_family(d) if d.r.random() < 0.5 else s_contact(d),
        signoff(d, res),
    ]
    return parts


@shape("d:felling_decision")
def d_decision(d):
    res, off = d.who("res"), d.who("off")
    t = d.r.choice(TREES)
    parts = [
        f"{d.K('Beschikking')} {d.K('omgevingsvergunning')} {d.K('houtopstand')}",
        f"{d.K('Ons')} kenmerk: {d.case('kap')}",
        "",
        f"{d.K('Geachte')} {d.salute(res)[8:]},",
        "",
        f"{d.K('Wij')} verlenen u vergunning voor het vellen van één {t[0]} in de achtertuin van {d.addr(res)}.",
        s_replant(d),
        f"{d.K('Tegen')} dit besluit kunnen belanghebbenden binnen zes weken {d.K('bezwaar')} maken.",
        "",
        f"{d.K('Namens')} het college,",
        f"{d.full(off)}",
        f"{d.K('team Vergunningen')}, {d.generic_contact()}",
    ]
    return parts


@shape("l:hearing_speaker")
def l_speaker(d, role, p, what):
    return f"{role} ({d.bare(p)}): {what}"


@shape("d:hearing_minutes")
def d_hearing(d):
    res, org, off = d.who("res"), d.who("org"), d.who("off")
    up = d.upper(res)
    parts = [
        f"{d.K('Verslag')} {d.K('hoorzitting')} — dossier {up} / {d.case('bzw')}",
        f"{d.K('Aanwezig')}: {d.full(res)} (bezwaarmaker), {d.full(org)} (vergunninghouder), {d.full(off)} "
        f"({d.K('juridisch')} {d.K('adviseur')})",
        "",
        l_speaker(d, "Bezwaarmaker", res, "de muziek was tot na middernacht te horen en niemand nam op."),
        l_speaker(d, "Vergunninghouder", org, "wij hebben ons aan de vergunning gehouden, de meting bewijst dat."),
        l_speaker(d, "Gemeente", off, "de geluidsnorm gold op de gevel, niet in de slaapkamer."),
        "",
        f"{d.K('Aanvullend')}: " + d.r.choice([s_deposit, s_stage, s_deadline, s_smokers, s_cooling, s_iban])(d),
        f"{d.K('Einde')} zitting {d.time(night=False)} uur.",
    ]
    return parts


KINDS = [
    d_complaint,
    d_counter,
    d_email,
    d_logbook,
    d_measure,
    d_inspection,
    d_permit,
    d_petition,
    d_visit,
    d_tree,
    d_felling,
    d_objection,
    d_organiser,
    d_intake,
    d_agreement,
    d_soilletter,
    d_vermin,
    d_business,
    d_chat,
    d_phone,
    d_lightform,
    d_odourform,
    d_claim,
    d_inspmail,
    d_committee,
    d_soiltable,
    d_subsidy,
    d_compensation,
    d_decision,
    d_hearing,
]

RESIDENT_VOICE = {d_complaint, d_counter, d_email, d_objection, d_compensation, d_felling, d_claim}


# ---------------------------------------------------------------------------------------------------------- build
def build(i: int, stream: str) -> dict:
    r = random.Random(stream)
    d = Doc(r, i)
    if i % 4 == 1:
        particle, root, phrase = r.choice(N.KNOWN)
        d.known_person = N.Person(r, group="dutch_particle" if particle else "dutch", known=(particle, root))
        d.known_phrase = phrase
    kind = r.choice(KINDS)
    parts = kind(d)
    if d.known_person is not None:
        frame = r.choice(KNOWN_FRAMES if kind in RESIDENT_VOICE else [k_plain, k_observed])
        parts.insert(r.randint(max(1, len(parts) // 2), max(1, len(parts) - 1)), frame(d))
        d.K(d.known_person.root.lower())
    # keep: at least 5 per document
    if len(d.keep) < 6:
        parts.append(s_mcontact(d))
    text = d.text_of(parts)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    # items drawn for a branch that was not used (a sampled-out line) never reach the text: drop them
    pii = [it for it in d.pii if it["text"] in text]
    keep = [k for k in d.keep if re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text)]
    doc = {"id": f"fresh27d-{i:04d}", "text": text, "pii": pii, "keep": keep}
    if d.known_person is not None:
        kp = d.known_person
        known = {"names": [kp.full]}
        if "mail" in kp.cache and kp.cache["mail"] in text:
            known["emails"] = [kp.cache["mail"]]
        phones = [it["text"] for it in d.pii if it["label"] == "PHONE" and kp.cache.get("telstyle") == it["text"]]
        if phones:
            known["phones"] = phones
        doc["known"] = known
    doc["_shapes"] = sorted(set(d.used))
    doc["_groups"] = sorted({p.group for p in d.cast.values()} | {p.group for p in getattr(d, "pet", [])})
    return doc


# ----------------------------------------------------------------------------------------------------------- gate
def _iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return (
        bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s))
        and int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
    )


def _bsn_ok(s: str) -> bool:
    ds = re.sub(r"\D", "", s)
    if len(ds) != 9:
        return False
    tot = sum(int(c) * w for c, w in zip(ds[:8], range(9, 1, -1), strict=False)) - int(ds[8])
    return tot % 11 == 0


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", s.lower()) if len(w) > 1 and w not in SCORE.PARTICLES}


def gate(doc: dict) -> str | None:
    """None when the document passes every gate, else the reason."""
    try:
        SCORE.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not _bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not _iban_ok(it["text"]):
            return f"iban {it['text']}"
    text = doc["text"]
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= _words(n)
    for k in doc["keep"]:
        kw = _words(k)
        for it in doc["pii"]:
            if it["label"] != "PERSON":
                continue
            shared = kw & _words(it["text"])
            if shared and not (k == k.lower() and shared <= known_words):
                return f"keep {k!r} shares {sorted(shared)} with {it['text']!r}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


def generate() -> tuple[list[dict], int, Counter]:
    docs, redraws, reasons = [], 0, Counter()
    for i in range(COUNT):
        stream, attempt = f"{SEED}-{i}", 0
        while True:
            doc = build(i, stream)
            why = gate(doc)
            if why is None:
                break
            reasons[why.split(":")[0]] += 1
            redraws += 1
            attempt += 1
            if attempt > 60:
                raise SystemExit(f"document {i} keeps failing: {why}")
            stream = f"{SEED}-{i}-{attempt}"
        docs.append(doc)
    return docs, redraws, reasons


def serialise(docs: list[dict]) -> str:
    out = []
    for d in docs:
        o = {"id": d["id"], "text": d["text"], "pii": d["pii"], "keep": d["keep"]}
        if "known" in d:
            o["known"] = d["known"]
        out.append(json.dumps(o, ensure_ascii=False) + "\n")
    return "".join(out)


def stats(docs, redraws, reasons) -> str:
    labels = Counter(it["label"] for d in docs for it in d["pii"])
    used = Counter(s for d in docs for s in d["_shapes"])
    groups = Counter(g for d in docs for g in d["_groups"])
    lines = [f"documents: {len(docs)}", "pii per label:"]
    lines += [f"  {lab:<14} {labels[lab]}" for lab in LABELS]
    lines += [
        f"  total          {sum(labels.values())}",
        f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})",
        f"shapes registered: {len(SHAPES)}, used: {len(used)} "
        f"(kinds {sum(1 for s in used if s.startswith('d:'))}, sentences {sum(1 for s in used if s.startswith('s:'))}, "
        f"lines {sum(1 for s in used if s.startswith('l:'))}, known frames {sum(1 for s in used if s.startswith('k:'))})",
        f"origin groups used: {len(groups)}",
        f"known-name documents: {sum(1 for d in docs if 'known' in d)}",
        f"redraws: {redraws}" + (f" ({', '.join(f'{k}: {v}' for k, v in sorted(reasons.items()))})" if reasons else ""),
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    docs, redraws, reasons = generate()
    data = serialise(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print("fresh27d_texts.jsonl is up to date" if same else "fresh27d_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        print(stats(docs, redraws, reasons))
        return 0
    OUT.write_text(data, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
