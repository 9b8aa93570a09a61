"""fresh34b: a blind annotated corpus of Dutch texts about religious communities and their neighbours.

Written by helper A2 (round twenty-eight) without reading or running the anonymizer. Seed 20261282; document i draws
from random.Random("20261282-<i>"); a document failing gate() is redrawn from "20261282-<i>-<attempt>".

Usage: make_fresh34b.py            write fresh34b_texts.jsonl
       make_fresh34b.py --check    exit 1 if the committed file differs from what would be written
       make_fresh34b.py --stats    counts per label, shapes, known-name documents, redraws
"""

from __future__ import annotations

import datetime
import importlib.util
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from names34b import KNOWN, KNOWN_FIRST, KNOWN_PARTICLE, ORIGINS  # noqa: E402

_spec = importlib.util.spec_from_file_location("score34b", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 20261282
N_DOCS = 300
OUT = HERE / "fresh34b_texts.jsonl"
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
PARTICLES = score.PARTICLES

SHAPES: dict = {}  # name -> kind ("frame", "line", "sentence")


def shape(kind):
    def deco(f):
        SHAPES[f.__name__] = kind

        def wrapped(d, *a, **kw):
            d.shapes.append(f.__name__)
            return f(d, *a, **kw)

        wrapped.__name__ = f.__name__
        return wrapped

    return deco


# --------------------------------------------------------------------------------------------- world data
CITIES = [  # place, postcode range, 14-number, municipal mail domain
    ("Tilburg", (5011, 5049), "14 013", "tilburg.nl"),
    ("Utrecht", (3511, 3585), "14 030", "utrecht.nl"),
    ("Rotterdam", (3011, 3089), "14 010", "rotterdam.nl"),
    ("Eindhoven", (5611, 5658), "14 040", "eindhoven.nl"),
    ("Groningen", (9711, 9747), "14 050", "groningen.nl"),
    ("Nijmegen", (6511, 6546), "14 024", "nijmegen.nl"),
    ("Arnhem", (6811, 6846), "14 026", "arnhem.nl"),
    ("Zwolle", (8011, 8044), "14 038", "zwolle.nl"),
    ("Enschede", (7511, 7548), "14 053", "enschede.nl"),
    ("Breda", (4811, 4839), "14 076", "breda.nl"),
    ("Leiden", (2311, 2334), "14 071", "leiden.nl"),
    ("Leeuwarden", (8911, 8939), "14 058", "leeuwarden.nl"),
    ("Amersfoort", (3811, 3829), "14 033", "amersfoort.nl"),
    ("Maastricht", (6211, 6229), "14 043", "maastricht.nl"),
    ("Almere", (1311, 1359), "14 036", "almere.nl"),
    ("Haarlem", (2011, 2037), "14 023", "haarlem.nl"),
    ("Schiedam", (3111, 3125), "14 010", "schiedam.nl"),
    ("Apeldoorn", (7311, 7335), "14 055", "apeldoorn.nl"),
    ("Dordrecht", (3311, 3329), "14 078", "dordrecht.nl"),
    ("Zaandam", (1501, 1509), "14 075", "zaanstad.nl"),
    ("Deventer", (7411, 7429), "14 0570", "deventer.nl"),
    ("Venlo", (5911, 5936), "14 077", "venlo.nl"),
]
STREET_A = [
    "Linden",
    "Meidoorn",
    "Abdij",
    "Pastorie",
    "Begijnen",
    "Zwanen",
    "Hazelaar",
    "Wilgen",
    "Kastanje",
    "Vijver",
    "Sluis",
    "Goudsbloem",
    "Berken",
    "Reiger",
    "Mispel",
    "Vlier",
    "Brem",
    "Lijster",
    "Esdoorn",
    "Korenbloem",
    "Jasmijn",
    "Hyacint",
    "Tuinders",
    "Schaapskooi",
    "Lakenvelders",
    "Wevers",
    "Pelgrim",
    "Klooster",
    "Kapelaan",
    "Hoefsmid",
    "Duiven",
    "Spreeuwen",
    "Akker",
    "Gagel",
    "Tarwe",
    "Veenbes",
]
STREET_B = ["straat", "laan", "weg", "hof", "singel", "plein", "kade", "dreef", "pad", "erf", "gaarde", "steeg"]
EMAIL_DOM = [
    "ziggo.nl",
    "kpnmail.nl",
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "live.nl",
    "xs4all.nl",
    "planet.nl",
    "icloud.com",
    "proton.me",
    "hetnet.nl",
    "upcmail.nl",
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
MON3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
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
BANKS = ["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]

# congregations: name, short, kind of house, leader title, feasts, building word, site domain
ORGS = [
    (
        "Stichting Moskee Al-Fath",
        "Al-Fath",
        "moskee",
        "imam",
        ["Suikerfeest", "Offerfeest", "Ramadan"],
        "alfath-moskee.nl",
    ),
    (
        "Turks-Islamitische Vereniging Selimiye",
        "Selimiye",
        "moskee",
        "imam",
        ["Ramadan", "Suikerfeest", "Kandil"],
        "selimiye-vereniging.nl",
    ),
    (
        "Gurdwara Sahib Guru Nanak Darbar",
        "de gurdwara",
        "gurdwara",
        "granthi",
        ["Vaisakhi", "Gurpurab", "Bandi Chhor Divas"],
        "gurdwara-nanakdarbar.nl",
    ),
    (
        "Hindoe Mandir Shri Ganesh",
        "de mandir",
        "tempel",
        "pandit",
        ["Divali", "Holi", "Navratri"],
        "shriganesh-mandir.nl",
    ),
    ("Liberaal Joodse Gemeente", "de LJG", "synagoge", "rabbijn", ["Chanoeka", "Pesach", "Soekot"], "ljg-gemeente.nl"),
    (
        "Evangeliegemeente De Rots",
        "De Rots",
        "kerk",
        "voorganger",
        ["Pinksteren", "Pasen", "Kerstmis"],
        "derots-gemeente.nl",
    ),
    (
        "Parochie Heilige Bonifatius",
        "de parochie",
        "kerk",
        "pastoor",
        ["Pasen", "Sacramentsdag", "Kerstmis"],
        "bonifatiusparochie.nl",
    ),
    (
        "Protestantse Gemeente De Ark",
        "De Ark",
        "kerk",
        "dominee",
        ["Pasen", "Hemelvaartsdag", "Kerstmis"],
        "pgdeark.nl",
    ),
    (
        "Eritrees-Orthodoxe Kerk Kidane Mehret",
        "Kidane Mehret",
        "kerk",
        "priester",
        ["Timkat", "Meskel", "Pasen"],
        "kidanemehret-kerk.nl",
    ),
    (
        "Pinkstergemeente Levend Water",
        "Levend Water",
        "kerk",
        "voorganger",
        ["Pinksteren", "Pasen", "Oudejaarsavond"],
        "levendwater-gemeente.nl",
    ),
    (
        "Koptisch-Orthodoxe Kerk Sint Marcus",
        "Sint Marcus",
        "kerk",
        "priester",
        ["Pasen", "Kerstmis", "Theofanie"],
        "sintmarcus-kopten.nl",
    ),
    (
        "Armeense Apostolische Kerk Sint Gregorius",
        "Sint Gregorius",
        "kerk",
        "priester",
        ["Pasen", "Vardavar", "Kerstmis"],
        "sintgregorius-kerk.nl",
    ),
    (
        "Huisgemeente Het Bovenhuis",
        "Het Bovenhuis",
        "huisgemeente",
        "oudste",
        ["Pasen", "Pinksteren", "Kerstmis"],
        "hetbovenhuis.nl",
    ),
    (
        "Molukse Evangelische Kerk Siloam",
        "Siloam",
        "kerk",
        "dominee",
        ["Pasen", "Kerstmis", "Pinksteren"],
        "mek-siloam.nl",
    ),
    ("Boeddhistisch Centrum Lotus", "Lotus", "tempel", "leraar", ["Vesak", "Kathina", "Nieuwjaar"], "lotuscentrum.nl"),
    (
        "Ghanese Methodistenkerk Ebenezer",
        "Ebenezer",
        "kerk",
        "dominee",
        ["Pasen", "Oogstfeest", "Kerstmis"],
        "ebenezer-methodist.nl",
    ),
    (
        "Poolse Katholieke Missie",
        "de Poolse missie",
        "kerk",
        "pastoor",
        ["Pasen", "Allerheiligen", "Kerstmis"],
        "polskamisja-nl.nl",
    ),
    ("Synagoge Beth Chaim", "Beth Chaim", "synagoge", "rabbijn", ["Chanoeka", "Jom Kipoer", "Soekot"], "bethchaim.nl"),
    (
        "Alevitisch Cultureel Centrum Cemevi",
        "het cemevi",
        "cemevi",
        "dede",
        ["Muharrem", "Hıdırellez", "Nevruz"],
        "cemevi-centrum.nl",
    ),
    (
        "Tamil Hindoe Tempel Sri Murugan",
        "de Murugan-tempel",
        "tempel",
        "priester",
        ["Thaipusam", "Divali", "Ther"],
        "srimurugan-tempel.nl",
    ),
]
DEPTS = [
    "team Vergunningen",
    "afdeling Vergunningen, Toezicht en Handhaving",
    "team Evenementen",
    "afdeling Maatschappelijke Ontwikkeling",
    "team Subsidies",
    "team Verkeer en Parkeren",
    "Wijkteam Noord",
    "team Openbare Orde",
    "afdeling Ruimtelijke Ordening",
    "team Handhaving",
    "Klantcontactcentrum",
    "team Juridische Zaken",
]
FUNCS = [
    "vergunningverlener",
    "beleidsmedewerker",
    "toezichthouder",
    "wijkregisseur",
    "gebiedsmanager",
    "accountmanager",
    "jurist",
    "evenementencoördinator",
    "handhaver",
    "adviseur",
]
ORG_ROLES = ["voorzitter", "penningmeester", "secretaris", "bestuurslid"]


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def cap(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


# --------------------------------------------------------------------------------------------- numbers
def bsn_valid(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    t = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return t % 11 == 0 and d[0] != "0"


def iban_valid(s: str) -> bool:
    c = re.sub(r"\s", "", s).upper()
    c = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in c)) % 97 == 1


def make_bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        t = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if t < 10:
            s = "".join(map(str, d)) + str(t)
            if bsn_valid(s):
                return s


def make_iban(r: random.Random) -> str:
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(ch, 36)) for ch in bank + acct + "NL00")
    chk = 98 - int(num) % 97
    return f"NL{chk:02d}{bank}{acct}"


# --------------------------------------------------------------------------------------------- the document
class Person:
    def __init__(self, d, origin, g, first, particle, sur, role=None):
        self.d, self.origin, self.g, self.first, self.particle, self.sur, self.role = (
            d,
            origin,
            g,
            first,
            particle,
            sur,
            role,
        )

    def _p(self, s):
        return self.d.p(s, "PERSON")

    @property
    def name(self):
        return " ".join(x for x in (self.first, self.particle, self.sur) if x)

    def lastraw(self):
        return (cap(self.particle) + " " + self.sur) if self.particle else self.sur

    def full(self):
        return self._p(self.name)

    def last(self):
        return self._p(self.lastraw())

    def title(self):
        return ("mevrouw " if self.g == "f" else "de heer ") + self.last()

    def tshort(self):
        return ("mw. " if self.g == "f" else "dhr. ") + self.last()

    def init(self):
        return self._p(self.first[0] + ". " + (self.particle + " " if self.particle else "") + self.sur)

    def fn(self):
        return self._p(self.first)

    def upper(self):
        return self._p(self.name.upper())

    def lower(self):
        return self._p(self.name.lower())

    def poss(self, which="first"):
        base = self.first if which == "first" else self.lastraw()
        if base[-1] in "sxzSXZ":
            s = base + "'"
        elif base[-1] in "aoiuyéAOIUY" or base.endswith("ee"):
            s = base + "'s"
        else:
            s = base + "s"
        return self._p(s)

    def local(self):
        f, s = ascii_fold(self.first).lower(), ascii_fold(self.sur).lower().replace("'", "").replace(" ", "")
        pp = ascii_fold(self.particle).lower().replace(" ", "").replace("'", "")
        return self.d.r.choice(
            [f"{f}.{pp}{s}", f"{f[0]}.{pp}{s}", f"{f}{s}{self.d.r.randint(10, 99)}", f"{s}.{f[0]}", f"{f}_{s}"]
        )

    def email(self, dom=None):
        e = self.local() + "@" + (dom or self.d.r.choice(EMAIL_DOM))
        if self.d.known and self is self.d.kp and e not in self.d.known_emails:
            self.d.known_emails.append(e)
        return self.d.p(e, "EMAIL")

    def handle(self):
        f, s = ascii_fold(self.first).lower(), ascii_fold(self.sur).lower().replace(" ", "")
        h = self.d.r.choice([f"{f}{s}", f"{f}_{s[:4]}", f"{s}.{f}", f"{f}{self.d.r.randint(70, 99)}"])
        return "@" + self._p(h)

    def fileword(self):
        return self._p(ascii_fold(self.sur).lower().replace(" ", "").replace("'", ""))


class Doc:
    def __init__(self, i: int, r: random.Random, known: bool):
        self.i, self.r, self.pii, self.keep, self.shapes, self.people = i, r, [], [], [], []
        self.city, pcr, self.c14, self.cdom = r.choice(CITIES)
        self.pcr = pcr
        self.org = r.choice(ORGS)
        self.streets: list = []
        self.known = None
        self.known_word = None
        self.used_nums: set = set()
        self.k(self.city)
        if known:
            w, sent = r.choice(KNOWN)
            part = r.choice(KNOWN_PARTICLE.get(w, [""]))
            first = r.choice(KNOWN_FIRST)
            self.kp = Person(
                self,
                "Nederlands",
                "f"
                if first in ("Annelies", "Gerda", "Marloes", "Femke", "Hanneke", "Lotte", "Trees", "Ineke", "Yvonne")
                else "m",
                first,
                part,
                w,
            )
            self.people.append(self.kp)
            self.known_word = w.lower()
            self.known_sentence = sent.format(w=w.lower())
            self.known = {"names": [self.kp.name]}
            self.known_emails, self.known_phones = [], []

    # registration
    def p(self, text, label):
        it = {"text": text, "label": label}
        if it not in self.pii:
            self.pii.append(it)
        return text

    def k(self, *ws):
        for w in ws:
            if w not in self.keep:
                self.keep.append(w)

    # people
    def person(self, origin=None, g=None, role=None, sur=None):
        r = self.r
        for _ in range(50):
            o = origin or (
                r.choice(["Nederlands", "Fries", "Nederlands"]) if r.random() < 0.2 else r.choice(list(ORIGINS))
            )
            ff, mf, fpre, fsf, fsm, spre, ssuf, parts = ORIGINS[o]
            gg = g or r.choice("fm")
            if r.random() < 0.45:
                first = r.choice(ff if gg == "f" else mf)
            else:
                first = r.choice(fpre) + r.choice(fsf if gg == "f" else fsm)
            part = ""
            if sur is None:
                s = r.choice(spre) + r.choice(ssuf)
                if o == "Pools" and gg == "f" and s.endswith("ski"):
                    s = s[:-1] + "a"
                pre = r.choice(parts)
                if pre in ("El", "Ben", "Ait"):
                    s = pre + " " + s
                elif pre == "Al-":
                    s = "Al-" + s
                elif pre:
                    part = pre
                if o == "Punjabi-Sikh":
                    s = ("Kaur " if gg == "f" else "Singh ") + s
            else:
                part, s = sur
            words = {w for w in (first + " " + s).replace("-", " ").split()}
            clash = any(
                words & {w for w in (q.first + " " + q.sur).replace("-", " ").split()} - {"Kaur", "Singh", "Al"}
                for q in self.people
                if sur is None or q.sur != s
            )
            if clash or first == s or s.lower() in PARTICLES:
                continue
            pp = Person(self, o, gg, first, part, s, role)
            self.people.append(pp)
            return pp
        raise RuntimeError("no person")

    def relative(self, p, g=None):
        return self.person(origin=p.origin, g=g, sur=(p.particle, p.sur))

    def official(self):
        p = self.person()
        p.role = self.r.choice(FUNCS)
        p.dept = self.r.choice(DEPTS)
        self.k(p.role, *[w.strip(",") for w in p.dept.split() if w[0].isupper()])
        return p

    def board(self, role=None):
        p = self.person()
        p.role = role or self.r.choice(ORG_ROLES + [self.org[3]])
        return p

    def mediator(self):
        if not hasattr(self, "_med"):
            self._med = self.person()
        return self._med

    def resident(self):
        if self.known and not getattr(self, "_kp_used", False) and self.r.random() < 0.6:
            self._kp_used = True
            return self.kp
        return self.person()

    # values
    def street(self):
        for _ in range(30):
            s = self.r.choice(STREET_A) + self.r.choice(STREET_B)
            if s not in self.streets:
                self.streets.append(s)
                return s
        return self.streets[0]

    def nr(self):
        n = str(self.r.randint(1, 240))
        return n + self.r.choice(["", "", "", "a", "b", "-1", "-II", "-hs", "bis", "A"])

    def addr(self, street=None):
        s = street or self.street()
        return self.p(f"{s} {self.nr()}", "ADDRESS")

    def street_only(self, s):
        return self.p(s, "ADDRESS")

    def postcode(self):
        n = self.r.randint(*self.pcr)
        while True:
            le = "".join(self.r.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
            if le not in ("SA", "SD", "SS"):
                break
        return self.p(f"{n} {le}" if self.r.random() < 0.85 else f"{n}{le}", "POSTCODE")

    def phone(self, owner=None):
        s = self._phone()
        if self.known and owner is self.kp and s not in self.known_phones:
            self.known_phones.append(s)
        return s

    def _phone(self):
        r = self.r
        m = "".join(str(r.randint(0, 9)) for _ in range(8))
        area = r.choice(["013", "030", "010", "040", "050", "024", "026", "038", "053", "076", "071", "058"])
        l7 = "".join(str(r.randint(0, 9)) for _ in range(7))
        st = r.randrange(9)
        s = [
            f"06-{m}",
            f"06 {m[:4]} {m[4:]}",
            f"+31 6 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
            f"06{m}",
            f"{area}-{l7}",
            f"({area}) {l7[:3]} {l7[3:5]} {l7[5:]}",
            f"+31 (0)6 {m}",
            f"0031 6 {m[:4]} {m[4:]}",
            f"+31{area[1:]}{l7}",
        ][st]
        return self.p(s, "PHONE")

    def bsn(self):
        b = make_bsn(self.r)
        s = self.r.choice([b, b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}"])
        return self.p(s, "BSN")

    def iban(self):
        b = make_iban(self.r)
        s = b if self.r.random() < 0.4 else " ".join(b[i : i + 4] for i in range(0, len(b), 4))
        return self.p(s, "IBAN")

    def plate(self):
        r = self.r
        L = lambda n: "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(n))
        D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        s = r.choice(
            [
                f"{L(2)}-{D(3)}-{L(1)}",
                f"{D(1)}-{L(3)}-{D(2)}",
                f"{L(1)}-{D(3)}-{L(2)}",
                f"{L(3)}-{D(2)}-{L(1)}",
                f"{D(2)}-{L(3)}-{D(1)}",
                f"{L(2)}-{D(2)}-{L(2)}",
                f"{D(2)}-{L(2)}-{D(2)}",
                f"{L(2)}{D(3)}{L(1)}",
            ]
        )
        return self.p(s, "LICENSE_PLATE")

    def case(self):
        r = self.r
        D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        yy = r.choice(["25", "26"])
        s = r.choice(
            [
                f"OV-20{yy}-{D(5)}",
                f"Z{yy}.{D(6)}",
                f"SUB/{yy}/{D(4)}-{r.choice('ABCK')}",
                f"BB-{D(4)}/{yy}",
                f"MLD{yy}{D(5)}",
                f"EVT {yy}-{D(3)}",
                f"HH.{yy}.{D(4)}.{r.choice(['PK', 'GL', 'BR'])}",
                f"BZ {D(4)}-{yy}",
                f"W{yy}/{D(3)}.{D(3)}",
                f"KCC-{D(7)}",
                f"GBH/{D(3)}/20{yy}",
                f"{D(2)}-VTH-{D(5)}",
            ]
        )
        return self.p(s, "CASE_NUMBER")

    def date(self, year=None, weekday=False):
        r = self.r
        y = year or r.choice([2025, 2026])
        dt = datetime.date(y, r.randint(1, 12), r.randint(1, 28))
        m = MONTHS[dt.month - 1]
        self.k(m)
        s = f"{dt.day} {m}" + (f" {y}" if r.random() < 0.6 else "")
        if weekday:
            wd = WEEKDAYS[dt.weekday()]
            self.k(wd)
            s = f"{wd} {s}"
        return s

    def dob(self, cue=True, years=(1936, 2004)):
        r = self.r
        dt = datetime.date(r.randint(*years), r.randint(1, 12), r.randint(1, 28))
        d_, m_, y_ = dt.day, dt.month, dt.year
        st = r.randrange(13)
        s = [
            f"{d_} {MONTHS[m_ - 1]} {y_}",
            f"{d_:02d}-{m_:02d}-{y_}",
            f"{d_}-{m_}-{y_}",
            f"{d_:02d}/{m_:02d}/{y_}",
            f"{d_:02d}.{m_:02d}.{y_}",
            f"{y_}-{m_:02d}-{d_:02d}",
            f"{d_} {MON3[m_ - 1]}. {y_}",
            f"{d_} {MON3[m_ - 1].upper()} {y_}",
            f"{NUMWORDS[d_ - 1]} {MONTHS[m_ - 1]} {y_}",
            f"{d_} {MONTHS[m_ - 1]} '{y_ % 100:02d}",
            f"{d_:02d}{m_:02d}{y_}",
            f"{d_}e {MONTHS[m_ - 1]} {y_}",
            f"{d_}/{m_}/{str(y_)[2:]}",
        ][st]
        self.p(s, "DATE_OF_BIRTH")
        if not cue:
            return s
        return r.choice(["geboren ", "geb. ", "geboortedatum ", "geboren op ", "° ", "* ", "geb.datum "]) + s

    def money(self):
        a = self.r.choice([350, 750, 1200, 2450, 3800, 4975, 6500, 12000, 18750])
        s = f"{a:,}".replace(",", ".")
        self.k(s)
        return "€ " + s


# ===================================================================================== sentence shapes
@shape("sentence")
def s_iftar_tables(d):
    a = d.resident()
    d.k("iftartafels", "Ramadan", "middernacht", "stoep")
    return (
        f"{cap(a.title())}, die aan de {d.addr()} woont, meldt dat de iftartafels tijdens de Ramadan tot na "
        f"middernacht op de stoep stonden."
    )


@shape("sentence")
def s_bells_early(d):
    a = d.resident()
    st = d.street()
    d.k("klokken", "APV", "luiden", "zondagochtend")
    return (
        f"Elke zondagochtend luiden de klokken om 07.45 uur; {a.full()} van de {d.street_only(st)} vraagt of de "
        f"APV daar iets over zegt."
    )


@shape("sentence")
def s_call_prayer(d):
    b = d.board(d.org[3])
    d.k("gebed", "luidspreker", "vrijdag", "buiten", "Sinds")
    return (
        f"Sinds de zomer klinkt de oproep tot het gebed alleen nog op vrijdag buiten via de luidspreker, "
        f"schrijft {b.role} {b.full()}."
    )


@shape("sentence")
def s_plate_exit(d):
    a = d.resident()
    d.k("bestelbus", "kenteken", "uitrit")
    return (
        f"Op {d.date(weekday=True)} blokkeerde een bestelbus met kenteken {d.plate()} de uitrit van "
        f"{a.title()} ({d.addr()})."
    )


@shape("sentence")
def s_plate_list(d):
    d.k("Geconstateerd", "trottoir", "voertuigen")
    return (
        f"Geconstateerd: voertuigen {d.plate()}, {d.plate()} en {d.plate()} stonden volledig op het trottoir "
        f"voor {d.addr()}."
    )


@shape("sentence")
def s_procession(d):
    b = d.board()
    feast = d.r.choice(d.org[4])
    d.k(feast, "processie", "stadspark", "aanspreekpunt")
    return (
        f"Met {feast} vertrekt de processie om 14.00 uur vanaf de {d.street_only(d.street())} richting het "
        f"stadspark; aanspreekpunt is {b.role} {b.init()} ({d.phone()})."
    )


@shape("sentence")
def s_nagar_kirtan(d):
    b = d.board("granthi")
    d.k("Vaisakhi", "ontheffing", "geluidswagen", "optocht")
    return (
        f"Voor de optocht op Vaisakhi vraagt granthi {b.full()} een ontheffing voor een geluidswagen en "
        f"twee versierde aanhangers."
    )


@shape("sentence")
def s_chanukia(d):
    b = d.board("rabbijn")
    d.k("Chanoeka", "chanoekia", "plein", "meter")
    return (
        f"Rabbijn {b.full()} wil tijdens Chanoeka een chanoekia van drie meter op het plein zetten en vraagt "
        f"wie de stroom betaalt."
    )


@shape("sentence")
def s_subsidy(d):
    d.k("subsidie", "regeling", "huiswerkbegeleiding", "taalcafé", "stichting")
    return (
        f"{d.org[0]} vraagt {d.money()} subsidie uit de regeling Samen in de Wijk voor huiswerkbegeleiding en "
        f"een taalcafé; het bedrag kan naar {d.iban()} ten name van de stichting."
    )


@shape("sentence")
def s_treasurer(d):
    b = d.board("penningmeester")
    d.k("Penningmeester", "jaarrekening", "rekening")
    return f"Penningmeester {b.full()} (rekening {d.iban()}) stuurt de jaarrekening uiterlijk {d.date()} na."


@shape("sentence")
def s_volunteer_bsn(d):
    a = d.person()
    d.k("vrijwilligersvergoeding", "VOG", "kopie", "ontbreekt")
    return f"Voor de vrijwilligersvergoeding van {a.full()} (BSN {d.bsn()}) ontbreekt nog een kopie van de VOG."


@shape("sentence")
def s_elder_stairs(d):
    a = d.person()
    d.k("trap", "lid", "vrouwenzaal", "traplift")
    return (
        f"{a.full()}, {d.dob()}, is al veertig jaar lid en kan de trap naar de vrouwenzaal niet meer op; "
        f"de traplift staat op de begroting."
    )


@shape("sentence")
def s_family_neighbours(d):
    a = d.resident()
    w = d.relative(a, "f" if a.g == "m" else "m")
    d.k("buren", "feestdagen", "geparkeerd")
    return (
        f"{a.full()} en {w.full()} (buren op nummer {d.r.randint(2, 90)}) zeggen dat hun oprit op feestdagen "
        f"steeds wordt dichtgeparkeerd."
    )


@shape("sentence")
def s_mediator_quote(d):
    m = d.mediator()
    d.k("Bemiddelaar", "partijen", "gegroet")
    return f"Bemiddelaar {m.full()}: 'Beide partijen willen vooral dat er weer gegroet wordt in de straat.'"


@shape("sentence")
def s_count_cars(d):
    o = d.official()
    d.k("Toezichthouder", "zaterdagavond", "geparkeerde", "Handhaving")
    return (
        f"Toezichthouder {o.full()} van team Handhaving telde op zaterdagavond 41 geparkeerde auto's in de "
        f"{d.street_only(d.street())}, waarvan negen op de stoep."
    )


@shape("sentence")
def s_change_use(d):
    d.k("bedrijfspand", "gebedshuis", "omgevingsvergunning", "bestemmingsplan", "zaaknummer")
    return (
        f"Het bedrijfspand aan de {d.addr()} wordt een gebedshuis; daarvoor is een omgevingsvergunning voor "
        f"afwijken van het bestemmingsplan nodig (zaaknummer {d.case()})."
    )


@shape("sentence")
def s_langar(d):
    a = d.resident()
    d.k("langar", "zondag", "frituurvet", "afzuiging")
    return (
        f"Elke zondag wordt in de langar gekookt voor zo'n driehonderd bezoekers; {a.title()} klaagt over de "
        f"afzuiging en de geur van frituurvet."
    )


@shape("sentence")
def s_divali_fireworks(d):
    a = d.resident()
    d.k("Divali", "vuurwerk", "politie", "buurman")
    return f"Met Divali werd bij {d.org[1]} vuurwerk afgestoken; buurman {a.full()} belde om 23.40 uur de politie."


@shape("sentence")
def s_funeral(d):
    a = d.person()
    d.k("uitvaart", "rouwauto", "verkeersregelaars")
    return (
        f"Bij de uitvaart van {a.full()} stonden de rouwauto ({d.plate()}) en ruim zestig auto's in de straat; "
        f"er waren geen verkeersregelaars."
    )


@shape("sentence")
def s_house_church(d):
    a = d.resident()
    d.k("huisgemeente", "woning", "handhaving", "zondag")
    return (
        f"In de woning van {a.title()} aan de {d.addr()} komt elke zondag een huisgemeente van 25 mensen "
        f"samen; de buren vragen om handhaving."
    )


@shape("sentence")
def s_contact_mail_phone(d):
    b = d.board()
    d.k("Reacties", "bereikbaar", "werkdagen")
    return f"Reacties graag naar {b.email()}; {b.fn()} is op werkdagen bereikbaar op {d.phone()}."


@shape("sentence")
def s_callback(d):
    a = d.resident()
    d.k("teruggebeld", "liefst", "uur")
    return f"{a.fn()} wil teruggebeld worden op {d.phone(a)}, liefst na 17.00 uur."


@shape("sentence")
def s_possessive_daughter(d):
    a = d.resident()
    c = d.relative(a, "f")
    d.k("dochter", "kerkkoor", "repetities", "donderdagavond")
    return (
        f"{a.poss()} dochter {c.fn()} zingt in het kerkkoor; de repetities op donderdagavond zijn volgens de "
        f"buren het probleem niet."
    )


@shape("sentence")
def s_instagram(d):
    a = d.resident()
    d.k("Instagram", "filmpjes", "dubbelgeparkeerde")
    return (
        f"Op Instagram plaatste {a.handle()} filmpjes van dubbelgeparkeerde auto's; {a.fn()} noemt de "
        f"gemeente 'ziende blind'."
    )


@shape("sentence")
def s_attachment_file(d):
    a = d.resident()
    d.k("Bijlage", "foto's", "geluidsmeting")
    return (
        f"Bijlage: klacht_{a.fileword()}_{d.r.randint(1, 28):02d}{d.r.randint(1, 12):02d}.pdf met foto's en "
        f"een eigen geluidsmeting."
    )


@shape("sentence")
def s_action_point(d):
    b = d.board("secretaris")
    d.k("Actiepunt", "secretaris", "geluidsmeting")
    return f"Actiepunt: {b.init()} (secretaris) stuurt voor {d.date()} de resultaten van de geluidsmeting door."


@shape("sentence")
def s_vote(d):
    b = d.board()
    d.k("bestuur", "proefperiode", "maanden", "stemde")
    return f"Het bestuur stemde in met een proefperiode van drie maanden; alleen {b.title()} stemde tegen."


@shape("sentence")
def s_police(d):
    o = d.person()
    d.k("Wijkagent", "gesprek", "aanwezig")
    return f"Wijkagent {o.full()} was bij het gesprek aanwezig en is bereikbaar via 0900-8844."


@shape("sentence")
def s_noise_measure(d):
    a = d.resident()
    d.k("geluidsmeting", "gebed", "tuin")
    return f"De geluidsmeting gaf in de tuin van {a.title()} ({d.addr()}) 62 dB(A) tijdens het gebed."


@shape("sentence")
def s_bike_racks(d):
    a = d.resident()
    st = d.street()
    d.k("fietsklemmen", "bezoekers", "gevel")
    return (
        f"Aan de {d.street_only(st)} komen twaalf extra fietsklemmen, zodat bezoekers niet meer tegen de gevel "
        f"van {a.tshort()} parkeren."
    )


@shape("sentence")
def s_birthday(d):
    a = d.person()
    d.k("Felicitaties", "broeder", "zuster", "jarig")
    t = "zuster" if a.g == "f" else "broeder"
    return f"Felicitaties: {t} {a.full()} is jarig ({d.dob(cue=False)}) en viert dat na de dienst."


@shape("sentence")
def s_in_memoriam(d):
    a = d.person()
    d.k("In", "memoriam", "overleed", "uitvaart")
    return f"In memoriam: {a.full()} ({d.dob()}) overleed op {d.date()}; de uitvaart is vanuit {d.org[1]}."


@shape("sentence")
def s_new_members(d):
    a, b = d.person(), d.person()
    st = d.street()
    d.k("Nieuwe", "leden", "welkom")
    return f"Nieuwe leden: {a.full()} en {b.full()}, beiden van de {d.street_only(st)}. Van harte welkom!"


@shape("sentence")
def s_bus_driver(d):
    a = d.person()
    d.k("Vrijwilliger", "buurtbus", "ouderen", "dienst")
    return f"Vrijwilliger {a.full()} rijdt ouderen met de buurtbus ({d.plate()}) naar de dienst."


@shape("sentence")
def s_sukkah(d):
    a = d.resident()
    d.k("Soekot", "loofhut", "melding", "tuin")
    return (
        f"Tijdens Soekot staat er een loofhut in de tuin van {a.title()}; de buren vragen of daar een "
        f"melding voor nodig is."
    )


@shape("sentence")
def s_timkat(d):
    d.k("Timkat", "gelovigen", "kleding", "vijver")
    return (
        f"Met Timkat lopen ruim vierhonderd gelovigen in witte kleding van de kerk naar de vijver; de route "
        f"gaat over de {d.street_only(d.street())}."
    )


@shape("sentence")
def s_phone_contact(d):
    a = d.resident()
    d.k("Telefonisch", "contact", "klacht")
    return (
        f"Telefonisch contact met {a.title()} op {d.date()} om 10.15 uur: de klacht gaat vooral over de late avonden."
    )


@shape("sentence")
def s_deposit_refund(d):
    a = d.person()
    d.k("borg", "zaalhuur", "teruggestort")
    return f"De borg van € 250 voor de zaalhuur wordt teruggestort op {d.iban()} t.n.v. {a.init()}."


@shape("sentence")
def s_objection_hearing(d):
    a = d.resident()
    d.k("hoorzitting", "bezwaarschriftencommissie", "verklaarde")
    return (
        f"Tijdens de hoorzitting van de bezwaarschriftencommissie verklaarde {a.full()} dat niemand de buurt "
        f"vooraf had ingelicht."
    )


@shape("sentence")
def s_contact_change(d):
    a, b = d.person(), d.board()
    d.k("Let", "contactpersoon", "aanvraag")
    return (
        f"Let op: in de aanvraag stond {a.full()} als contactpersoon, maar dat is nu {b.full()} ({b.email(d.org[5])})."
    )


@shape("sentence")
def s_traffic_wardens(d):
    a, b, c = d.person(), d.person(), d.person()
    d.k("Verkeersregelaars", "coördinator")
    return f"Verkeersregelaars: {a.full()}, {b.init()} en {c.fn()}; coördinator is {c.fn()} (tel. {d.phone()})."


@shape("sentence")
def s_quote_letter(d):
    a = d.resident()
    d.k("geloof", "stoep", "schrijft")
    return (
        f"'Wij hebben niets tegen het geloof van onze buren,' schrijft {a.full()}, 'maar wel tegen de auto's "
        f"op onze stoep.'"
    )


@shape("sentence")
def s_official_reply(d):
    o = d.official()
    d.k("aanvraag", "behandeling", "tekening")
    return (
        f"{cap(o.role)} {o.full()} ({o.dept}) antwoordt dat de aanvraag pas in behandeling gaat als de tekening van de "
        f"nooduitgangen binnen is."
    )


@shape("sentence")
def s_forward(d):
    o = d.official()
    a = d.resident()
    d.k("Doorgestuurd", "verzoek", "contact")
    return f"Doorgestuurd naar {o.role} {o.init()} ({o.dept}) met het verzoek contact op te nemen met {a.title()}."


@shape("sentence")
def s_moved(d):
    a = d.person()
    d.k("verhuisd", "adres")
    return (
        f"{a.full()} is verhuisd van de {d.addr()} naar de {d.addr()}, {d.postcode()} {d.city}; stuur de "
        f"post naar het nieuwe adres."
    )


@shape("sentence")
def s_id_scan(d):
    a = d.person()
    f, s = ascii_fold(a.first).lower(), a.fileword()
    d.p(f, "PERSON")
    d.k("Ontvangen", "scan", "identiteitsbewijs")
    return f"Ontvangen: scan van het identiteitsbewijs, bestandsnaam ID_{f}_{s}.jpg."


@shape("sentence")
def s_sms(d):
    d.k("SMS", "bruiloft", "zaal")
    return f"SMS van {d.phone()}: 'Morgen weer een bruiloft in de zaal, alles staat weer vol.'"


@shape("sentence")
def s_wedding(d):
    a = d.person()
    d.k("zaterdag", "bruiloft", "familie", "gasten")
    return (
        f"Op zaterdag is er een bruiloft bij {d.org[1]}; de familie {a.last()} verwacht 350 gasten en heeft "
        f"zelf parkeerwachters geregeld."
    )


@shape("sentence")
def s_fire_safety(d):
    d.k("brandveiligheid", "bezoekers", "maximaal", "nooduitgangen")
    return (
        "Volgens het advies brandveiligheid mogen er maximaal 180 bezoekers tegelijk in de zaal, met twee "
        "vrije nooduitgangen."
    )


@shape("sentence")
def s_easter_fire(d):
    a = d.resident()
    d.k("paasvuur", "rook", "was")
    return (
        (f"Het paasvuur op het veldje naast de kerk gaf zoveel rook dat {a.tshort()} haar was binnen moest halen.")
        if a.g == "f"
        else (f"Het paasvuur op het veldje naast de kerk gaf zoveel rook dat {a.tshort()} zijn was binnen moest halen.")
    )


@shape("sentence")
def s_lower_informal(d):
    a = d.resident()
    d.k("nieuwjaarsdienst", "parkeerplek", "vuurwerk")
    return (
        f"volgens {a.lower()} was er bij de nieuwjaarsdienst geen parkeerplek meer te vinden en lag het "
        f"vuurwerk nog dagen op straat."
    )


@shape("sentence")
def s_upper_subject(d):
    a = d.resident()
    d.k("BETREFT", "BEZWAAR", "GEBRUIKSVERGUNNING")
    return f"BETREFT: BEZWAAR VAN {a.upper()} TEGEN DE GEBRUIKSVERGUNNING ({d.case()})"


@shape("sentence")
def s_dob_no_cue(d):
    a = d.person()
    b = d.relative(a)
    y = d.r.randint(1975, 1995)
    d.k("ouders", "kinderopvang", "zaal")
    return (
        f"De ouders {a.full()} ({d.dob(False, (y - 3, y))}) en {b.full()} ({d.dob(False, (y, y + 3))}) vragen of de "
        f"kinderopvang in de zaal mag blijven."
    )


@shape("sentence")
def s_surname_possessive(d):
    a = d.resident()
    d.k("voortuin", "bezoekers", "schade")
    return f"In {a.poss('last')} voortuin is voor de derde keer schade door bezoekers; {a.last()} wil een hekje."


@shape("sentence")
def s_subsidy_decision(d):
    d.k("subsidie", "verleend", "verantwoording")
    return f"De subsidie van {d.money()} is verleend onder kenmerk {d.case()}; de verantwoording volgt voor 1 juli."


@shape("sentence")
def s_kitchen(d):
    d.k("keuken", "NVWA", "hygiënecode", "vrijwilligers")
    return (
        f"De keuken van {d.org[1]} moet voldoen aan de hygiënecode; de NVWA komt in het voorjaar bij de "
        f"vrijwilligers langs."
    )


@shape("sentence")
def s_cemevi(d):
    a = d.resident()
    d.k("Muharrem", "muziek", "saz", "ramen")
    return f"Tijdens de bijeenkomsten in Muharrem klinkt de saz tot laat; {a.full()} vraagt of de ramen dicht kunnen."


@shape("sentence")
def s_parking_exemption(d):
    b = d.board()
    d.k("ontheffing", "parkeren", "blauwe", "zone")
    return (
        f"{cap(b.role)} {b.full()} vraagt ontheffing voor parkeren in de blauwe zone voor de busjes "
        f"{d.plate()} en {d.plate()}."
    )


@shape("sentence")
def s_neighbours_signatures(d):
    a = d.resident()
    d.k("handtekeningen", "petitie", "bewoners")
    return f"Een petitie met 64 handtekeningen van bewoners is ingediend door {a.full()} ({d.addr()}, {d.postcode()})."


@shape("sentence")
def s_thanks_neighbour(d):
    a = d.resident()
    d.k("Dank", "koffie", "buurtbewoners")
    return f"Dank aan {a.fn()} van de overkant, die tijdens de open dag koffie schonk voor de buurtbewoners."


@shape("sentence")
def s_youth_worker(d):
    a = d.person()
    d.k("jongerenwerker", "voetbal", "sporthal")
    return (
        f"Jongerenwerker {a.full()} organiseert na het vrijdaggebed voetbal in de sporthal, zodat de groep "
        f"niet meer op de hoek hangt."
    )


@shape("sentence")
def s_dob_client(d):
    a = d.person()
    d.k("Cliënt", "schuldhulp", "diaconie")
    return f"Cliënt {a.full()} ({d.dob()}) is via de diaconie doorverwezen naar schuldhulp."


@shape("sentence")
def s_known_ordinary(d):
    d.k(d.known_word)
    return d.known_sentence


# ===================================================================================== line shapes
@shape("line")
def l_letterhead(d):
    d.k("Postadres", "IBAN")
    st = d.street()
    return (
        f"{d.org[0]}\n{d.addr(st)} · {d.postcode()} {d.city}\nPostadres: Postbus {d.r.randint(100, 9999)} · "
        f"IBAN {d.iban()} · www.{d.org[5]}"
    )


@shape("line")
def l_signoff(d, b=None):
    b = b or d.board()
    d.k("Met", "groet")
    return f"Met vriendelijke groet,\n\n{b.full()}\n{cap(b.role)}, {d.org[0]}"


@shape("line")
def l_signoff_official(d):
    o = d.official()
    d.k("Hoogachtend", d.city)
    return f"Hoogachtend,\n{o.init()}\n{cap(o.role)}, {o.dept}\nGemeente {d.city}"


@shape("line")
def l_ref_line(d):
    d.k("Ons", "kenmerk", "Datum")
    return f"Ons kenmerk: {d.case()}   Uw kenmerk: {d.case()}   Datum: {d.date()}"


@shape("line")
def l_address_block(d, a=None):
    a = a or d.resident()
    return f"{a.title()}\n{d.addr()}\n{d.postcode()}  {d.city.upper() if d.r.random() < 0.4 else d.city}"


@shape("line")
def l_attendance(d):
    b1, b2 = d.board("voorzitter"), d.board("penningmeester")
    a = d.resident()
    o = d.official()
    m = d.mediator()
    d.k("Aanwezig", "voorzitter", "penningmeester", "bemiddelaar")
    return (
        f"Aanwezig: {b1.full()} (voorzitter), {b2.full()} (penningmeester), {a.full()} (bewoner), "
        f"{o.full()} ({o.dept}) en {m.full()} (bemiddelaar)."
    )


@shape("line")
def l_absent(d):
    a = d.person()
    d.k("Afwezig", "bericht")
    return f"Afwezig met bericht: {a.tshort()}."


@shape("line")
def l_agenda(d):
    d.k("Agenda", "Opening", "Rondvraag", "Sluiting")
    return "Agenda: 1. Opening 2. Parkeren op feestdagen 3. Geluid 4. Rondvraag 5. Sluiting"


@shape("line")
def l_form_fields(d):
    a = d.resident()
    d.k("Naam", "Geboortedatum", "Adres", "Telefoon")
    return (
        f"Naam: {a.full()}\nGeboortedatum: {d.dob(cue=False)}\nBSN: {d.bsn()}\nAdres: {d.addr()}, "
        f"{d.postcode()} {d.city}\nTelefoon: {d.phone(a)}\nE-mail: {a.email()}"
    )


@shape("line")
def l_form_org(d):
    b = d.board()
    d.k("Organisatie", "Contactpersoon", "Rekeningnummer")
    return (
        f"Organisatie: {d.org[0]}\nContactpersoon: {b.full()} ({b.role})\nRekeningnummer: {d.iban()}\n"
        f"E-mail: {b.email(d.org[5])}"
    )


@shape("line")
def l_chat(d):
    a, b = d.resident(), d.person()
    d.k("weer", "vol", "bellen")
    h1, h2 = d.r.randint(18, 22), d.r.randint(10, 59)
    d.k(d.c14)
    return (
        f"[{d.r.randint(1, 28):02d}-{d.r.randint(1, 12):02d} {h1}:{h2}] {a.fn()}: "
        f"staat weer alles vol bij de {d.org[2]}\n[{h1}:{min(h2 + 3, 59)}] {d.p(b.first.lower(), 'PERSON')}: "
        f"ik ga bellen, {d.c14} of direct naar {d.phone()}?"
    )


@shape("line")
def l_email_header(d):
    a = d.resident()
    d.k("Van", "Aan", "Onderwerp", f"info@{d.cdom}", "overlast")
    return f"Van: {a.full()} <{a.email()}>\nAan: info@{d.cdom}\nOnderwerp: overlast na de dienst"


@shape("line")
def l_phone_note_head(d):
    a = d.resident()
    d.k("Telefoonnotitie", "Beller", "Terugbelnummer")
    return f"Telefoonnotitie {d.date()} — Beller: {a.title()} — Terugbelnummer: {d.phone(a)}"


@shape("line")
def l_newsletter_head(d):
    d.k("Nieuwsbrief", "Jaargang", d.org[0].split()[0])
    return f"Nieuwsbrief {d.org[0]} — Jaargang {d.r.randint(3, 41)}, nummer {d.r.randint(1, 11)}"


@shape("line")
def l_mediator_head(d):
    m = d.mediator()
    d.k("Buurtbemiddeling", "Verslag", "Bemiddelaar")
    return f"Buurtbemiddeling {d.city} — Verslag dossier {d.case()} — Bemiddelaar: {m.full()}"


@shape("line")
def l_contact_footer(d):
    d.k("Vragen", "Bel", "mail", d.c14, f"info@{d.cdom}")
    return f"Vragen? Bel {d.c14} of mail info@{d.cdom}."


@shape("line")
def l_minutes_head(d):
    d.k("Verslag", "overleg", "bewoners", "gemeente")
    return f"Verslag overleg bestuur, bewoners en gemeente, {d.date(weekday=True)}, zaal van {d.org[1]}"


@shape("line")
def l_decision_head(d):
    d.k("BESLUIT", "Omgevingswet", "zaak")
    return f"BESLUIT op grond van de Omgevingswet — zaak {d.case()}"


@shape("line")
def l_event_form(d):
    b = d.board()
    feast = d.r.choice(d.org[4])
    d.k("Evenement", "Organisator", "Verwachte", "bezoekers", feast)
    return (
        f"Evenement: {feast} op straat\nOrganisator: {b.full()}, {d.addr()}\nVerwachte bezoekers: "
        f"{d.r.choice([150, 300, 600, 1200])}\nKenteken podiumwagen: {d.plate()}"
    )


@shape("line")
def l_greeting_formal(d, a=None):
    a = a or d.resident()
    d.k("Geachte")
    return f"Geachte {a.title()},"


@shape("line")
def l_greeting_informal(d):
    b = d.board()
    d.k("Beste")
    return f"Beste {b.fn()},"


@shape("line")
def l_cc(d):
    o, p = d.official(), d.official()
    d.k("Kopie")
    return f"Kopie: {o.init()} ({o.dept}); {p.full()} ({p.dept})"


@shape("line")
def l_agreements(d):
    d.k("Afspraak", "gebedstijden", "parkeerwachters", "evaluatie")
    a = d.resident()
    return (
        f"Afspraak 1: de gebedstijden hangen voortaan bij de ingang.\nAfspraak 2: op feestdagen staan er "
        f"parkeerwachters.\nAfspraak 3: {a.fn()} belt bij overlast eerst het bestuur.\nEvaluatie: {d.date()}."
    )


@shape("line")
def l_observation(d):
    a, b = d.resident(), d.board()
    d.k("gehoord", "welkom", "voelt")
    return f"{a.fn()} voelt zich niet gehoord; {b.fn()} zegt dat de buren altijd welkom zijn bij de open dag."


@shape("line")
def l_ps(d):
    b = d.board()
    d.k("PS", "vergadering", "bereikbaar")
    return f"PS: tot de volgende vergadering ben ik bereikbaar via {b.email()} of {d.phone()}."


# ===================================================================================== frames
BODY = [f for n, f in list(globals().items()) if n.startswith("s_") and n != "s_known_ordinary" and callable(f)]


def body(d, n):
    fs = d.r.sample(BODY, n)
    return [f(d) for f in fs]


@shape("frame")
def f_board_letter(d):
    o = d.official()
    parts = (
        [l_letterhead(d), l_ref_line(d), f"Aan {o.init()}, {o.dept}, gemeente {d.city}", "Geachte heer, mevrouw,"]
        + body(d, 3)
        + [l_signoff(d)]
    )
    d.k("Geachte")
    return parts


@shape("frame")
def f_newsletter(d):
    return [l_newsletter_head(d)] + body(d, 4) + [l_contact_footer(d)]


@shape("frame")
def f_minutes(d):
    return [l_minutes_head(d), l_attendance(d), l_absent(d), l_agenda(d)] + body(d, 3) + [s_action_point(d)]


@shape("frame")
def f_mediator_notes(d):
    return [l_mediator_head(d), l_observation(d)] + body(d, 2) + [l_agreements(d)]


@shape("frame")
def f_permit_application(d):
    d.k("Aanvraag", "gebruiksvergunning", "gebedsruimte")
    return ["Aanvraag gebruiksvergunning gebedsruimte", l_form_fields(d)] + body(d, 2)


@shape("frame")
def f_complaint_email(d):
    return [l_email_header(d), "Goedendag,"] + body(d, 3) + ["Met vriendelijke groet,"] + [l_ps(d)]


@shape("frame")
def f_event_notice(d):
    d.k("Melding", "evenement")
    return ["Melding klein evenement", l_event_form(d)] + body(d, 2) + [l_contact_footer(d)]


@shape("frame")
def f_subsidy_form(d):
    d.k("Subsidieaanvraag", "Maatschappelijke")
    return ["Subsidieaanvraag Maatschappelijke Activiteiten", l_form_org(d)] + body(d, 2)


@shape("frame")
def f_phone_note(d):
    return (
        [l_phone_note_head(d), l_greeting_informal(d) if d.r.random() < 0.3 else "Notitie:"]
        + body(d, 2)
        + [s_forward(d)]
    )


@shape("frame")
def f_chat_export(d):
    d.k("Buurtapp")
    return [f"Buurtapp {d.street_only(d.street())} (export)", l_chat(d), l_chat(d)] + body(d, 1)


@shape("frame")
def f_decision_letter(d):
    a = d.resident()
    return (
        [l_ref_line(d), l_address_block(d, a), l_decision_head(d), l_greeting_formal(d, a)]
        + body(d, 2)
        + [l_signoff_official(d), l_cc(d)]
    )


@shape("frame")
def f_objection(d):
    a = d.resident()
    d.k("Bezwaarschrift", "Ondergetekende")
    return (
        [
            "Bezwaarschrift",
            f"Ondergetekende, {a.full()}, {d.dob()}, wonende {d.addr()}, {d.postcode()} "
            f"{d.city}, BSN {d.bsn()}, maakt bezwaar tegen het besluit met kenmerk {d.case()}.",
        ]
        + body(d, 2)
        + [f"Handtekening: {a.init()}"]
    )


@shape("frame")
def f_internal_memo(d):
    o, p = d.official(), d.official()
    d.k("Memo", "Van", "Aan")
    return [f"Memo\nVan: {o.full()} ({o.dept})\nAan: {p.full()} ({p.dept})"] + body(d, 3)


@shape("frame")
def f_covenant(d):
    b = d.board("voorzitter")
    a = d.resident()
    d.k("Convenant", "ondertekend", "partijen")
    return (
        [f"Convenant luidtijden en gebedsoproep {d.org[0]}"]
        + body(d, 2)
        + [f"Aldus ondertekend door partijen: {b.full()} (voorzitter) en {a.full()} (namens de bewoners)."]
    )


@shape("frame")
def f_intake(d):
    a = d.resident()
    d.k("Aanmelding", "Buurtbemiddeling", "Ingediend", "Tegenpartij")
    return [
        f"Aanmelding Buurtbemiddeling\nIngediend door: {a.full()}, {d.addr()}, {d.phone(a)}\n"
        f"Tegenpartij: bestuur van {d.org[0]}"
    ] + body(d, 2)


@shape("frame")
def f_council_answer(d):
    d.k("Antwoord", "raadsvragen", "college")
    o = d.official()
    return (
        [f"Antwoord op raadsvragen over {d.org[1]} (kenmerk {d.case()})"]
        + body(d, 2)
        + [f"Ambtelijk contact: {o.full()}, {o.dept}."]
    )


FRAMES = [
    f_board_letter,
    f_newsletter,
    f_minutes,
    f_mediator_notes,
    f_permit_application,
    f_complaint_email,
    f_event_notice,
    f_subsidy_form,
    f_phone_note,
    f_chat_export,
    f_decision_letter,
    f_objection,
    f_internal_memo,
    f_covenant,
    f_intake,
    f_council_answer,
]


# ===================================================================================== gate
def _blank(doc):
    b = doc["text"]
    for it in sorted(doc["pii"], key=lambda i: -len(i["text"])):
        b = b.replace(it["text"], "[x]")
    return b


def _words(s):
    return {w.lower() for w in re.findall(r"[\w']+", s) if w.lower() not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_valid(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_valid(it["text"]):
            return f"iban {it['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    blank = _blank(doc)
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", doc["text"]):
            return f"keep not a whole word: {k}"
        if not re.search(r"(?<!\w)" + re.escape(k.lower()) + r"(?!\w)", blank.lower()):
            return f"keep not whole after blanking: {k}"
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= _words(n)
        if not any(k.lower() in known_words and k == k.lower() for k in doc["keep"]):
            return "known doc without ordinary use in keep"
    names = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            names |= _words(it["text"])
    for k in doc["keep"]:
        for w in _words(k):
            if w in names and not (k == k.lower() and w in known_words):
                return f"keep {k} shares a word with a name"
    return None


# ===================================================================================== build
def build(i: int, r: random.Random) -> dict:
    known = i % 4 == 1
    d = Doc(i, r, known)
    frame = r.choice(FRAMES)
    parts = frame(d)
    if known:
        if not getattr(d, "_kp_used", False):
            # make sure the known resident appears: a short line naming them in full
            d._kp_used = True
            extra = r.choice(["", f", tel. {d.phone(d.kp)}", f", {d.kp.email()}"])
            parts.insert(1, f"Het gaat om een verzoek van {d.kp.full()} ({d.addr()}{extra}).")
            d.k("verzoek")
        pos = r.randint(2, max(2, len(parts) - 1))
        parts.insert(pos, s_known_ordinary(d))
        if r.random() < 0.5:
            parts.append(f"{d.kp.last()} vraagt om een reactie binnen twee weken.")
            d.k("reactie")
    text = "\n\n".join(parts)
    blank = text
    for it in sorted(d.pii, key=lambda x: -len(x["text"])):
        blank = blank.replace(it["text"], "[x]")
    keep = [
        k
        for k in d.keep
        if re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text)
        and re.search(r"(?<!\w)" + re.escape(k.lower()) + r"(?!\w)", blank.lower())
    ]
    names = set()
    for it in d.pii:
        if it["label"] == "PERSON":
            names |= _words(it["text"])
    kw = {d.known_word} if known else set()
    keep = [k for k in keep if not any(w in names and not (k == k.lower() and w in kw) for w in _words(k))]
    pii = [it for it in d.pii if it["text"] in text]
    doc = {"id": f"fresh34b-{i:04d}", "text": text, "pii": pii, "keep": keep}
    if known:
        kn = {"names": [d.kp.name]}
        em = [e for e in d.known_emails if e in text]
        ph = [x for x in d.known_phones if x in text]
        if em:
            kn["emails"] = em
        if ph:
            kn["phones"] = ph
        doc["known"] = kn
    doc["_shapes"] = sorted(set(d.shapes))
    return doc


def generate():
    docs, redraws, shapes = [], 0, Counter()
    for i in range(N_DOCS):
        attempt = 0
        while True:
            r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
            try:
                doc = build(i, r)
                reason = gate({k: v for k, v in doc.items() if k != "_shapes"})
            except RuntimeError as e:
                reason = str(e)
            if reason is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 60:
                raise SystemExit(f"doc {i}: no passing draw ({reason})")
        for s in doc.pop("_shapes"):
            shapes[s] += 1
        docs.append(doc)
    return docs, redraws, shapes


def render(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws, shapes = generate()
    out = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == out
        print("fresh34b_texts.jsonl is up to date" if same else "fresh34b_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"pii items: {sum(labels.values())}   keep words: {sum(len(d['keep']) for d in docs)}")
        kinds = Counter(SHAPES[s] for s in shapes)
        print(
            f"shapes used: {len(shapes)} of {len(SHAPES)} registered "
            f"({kinds['frame']} document kinds, {kinds['line']} line shapes, {kinds['sentence']} sentence shapes)"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        print(f"documents passing gate(): {sum(gate(d) is None for d in docs)}")
        return 0
    OUT.write_text(out, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
