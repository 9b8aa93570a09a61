"""Generate fresh36b_texts.jsonl: a blind corpus of residents near the Belgian and German borders.

Usage: make_fresh36b.py [--check | --stats]
"""

from __future__ import annotations

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
from names36b import KNOWN, ORIGINS  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpus_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

SEED = 20261302
N_DOCS = 300
OUT = HERE / "fresh36b_texts.jsonl"
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

SHAPES: dict = {}  # name -> (kind, function)


def shape(kind: str):
    def deco(f):
        SHAPES[f.__name__] = (kind, f)
        return f

    return deco


def P(x: str, label: str = "PERSON") -> str:
    return f"[[{x}|{label}]]"


def K(x: str) -> str:
    return f"<<{x}>>"


# ---------------------------------------------------------------- data makers
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
MONATE = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sept.", "okt.", "nov.", "dec."]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]

GEMEENTEN = [
    ("Kerkrade", "045"),
    ("Vaals", "043"),
    ("Landgraaf", "045"),
    ("Maastricht", "043"),
    ("Venlo", "077"),
    ("Roermond", "0475"),
    ("Baarle-Nassau", "013"),
    ("Hulst", "0114"),
    ("Sluis", "0117"),
    ("Terneuzen", "0115"),
    ("Losser", "053"),
    ("Winterswijk", "0543"),
    ("Aalten", "0543"),
    ("Oldenzaal", "0541"),
    ("Zundert", "076"),
    ("Eijsden-Margraten", "043"),
    ("Sittard-Geleen", "046"),
    ("Coevorden", "0524"),
    ("Gennep", "0485"),
    ("Bergen op Zoom", "0164"),
    ("Emmen", "0591"),
    ("Berg en Dal", "024"),
]
BE_TOWNS = [
    ("Lanaken", "3620"),
    ("Maasmechelen", "3630"),
    ("Genk", "3600"),
    ("Hamont-Achel", "3930"),
    ("Lommel", "3920"),
    ("Essen", "2910"),
    ("Kalmthout", "2920"),
    ("Baarle-Hertog", "2387"),
    ("Knokke-Heist", "8300"),
    ("Zelzate", "9060"),
    ("Voeren", "3790"),
    ("Kinrooi", "3640"),
]
DE_TOWNS = [
    ("Aachen", "52062"),
    ("Herzogenrath", "52134"),
    ("Gangelt", "52538"),
    ("Selfkant", "52538"),
    ("Nettetal", "41334"),
    ("Kleve", "47533"),
    ("Emmerich am Rhein", "46446"),
    ("Gronau", "48599"),
    ("Bad Bentheim", "48455"),
    ("Nordhorn", "48529"),
    ("Bocholt", "46395"),
    ("Kranenburg", "47559"),
]
DE_PLATE = {
    "Aachen": "AC",
    "Herzogenrath": "AC",
    "Gangelt": "HS",
    "Selfkant": "HS",
    "Nettetal": "VIE",
    "Kleve": "KLE",
    "Emmerich am Rhein": "KLE",
    "Gronau": "BOR",
    "Bad Bentheim": "NOH",
    "Nordhorn": "NOH",
    "Bocholt": "BOR",
    "Kranenburg": "KLE",
}
DEPTS = [
    "Burgerzaken",
    "Publiekszaken",
    "Sociaal Domein",
    "Belastingen",
    "Vergunningen",
    "Handhaving",
    "Werk en Inkomen",
    "Jeugd en Onderwijs",
    "Klantcontactcentrum",
    "Schuldhulpverlening",
]
FUNCTIONS = [
    ("medewerker", "Burgerzaken"),
    ("adresonderzoeker", "Burgerzaken"),
    ("leerplichtambtenaar", "Jeugd en Onderwijs"),
    ("Wmo-consulent", "Sociaal Domein"),
    ("klantmanager", "Werk en Inkomen"),
    ("teamleider", "Publiekszaken"),
    ("handhaver", "Handhaving"),
    ("medewerker", "Belastingen"),
    ("vergunningverlener", "Vergunningen"),
    ("schuldhulpverlener", "Schuldhulpverlening"),
]


def strip_acc(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, first: str, last: str, gender: str, origin: str):
        self.first, self.last, self.gender, self.origin = first, last, gender, origin

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def bare(self) -> str:  # surname after a title: particle capitalised (Dutch convention)
        return self.last[0].upper() + self.last[1:]

    @property
    def core(self) -> str:  # surname without particles
        return " ".join(w for w in self.last.split() if w.lower() not in PARTICLES)

    @property
    def title(self) -> str:
        return "mevrouw" if self.gender == "f" else "de heer"

    @property
    def short_title(self) -> str:
        return "mevr." if self.gender == "f" else "dhr."

    @property
    def pron(self) -> str:
        return "haar" if self.gender == "f" else "zijn"

    @property
    def zij(self) -> str:
        return "zij" if self.gender == "f" else "hij"

    @property
    def initials(self) -> str:
        return "".join(w[0] + "." for w in re.split(r"[ \-]", self.first) if w)

    def poss(self, s: str) -> str:
        if s[-1] in "aeiouyAEIOUY":
            return s + "'s"
        if s[-1] in "sxzSXZ":
            return s + "'"
        return s + "s"

    def slug(self, sep: str = ".") -> str:
        return (
            strip_acc(self.first.split()[0].lower().replace("-", ""))
            + sep
            + strip_acc(self.last.lower().replace(" ", "").replace("'", "").replace("-", ""))
        )


FEMALE_HINT = set(
    "Marieke Annelies Femke Ilse Hanneke Lotte Marjolein Evelien Sanne Jolien Truus Mia Mieke Sjoukje Baukje "
    "Jitske Froukje Lieselot Griet Ellen Nele Ine Amélie Margaux Océane Heike Anneliese Katrin Birgit Ute "
    "Fatima Naima Khadija Ilham Samira Ayşe Zeynep Elif Hatice Songül Rojda Dilan Berfin Sharmila Shanti "
    "Indira Germaine Ruth-Ann Rosita Soekarni Sarmi Poniem Naomi Sharellys Yohana Octavia Dewi Sri Ratna "
    "Mei-Ling Xiaoyu Yuting Katarzyna Agnieszka Małgorzata Zofia Andreea Ioana Desislava Milena Lina Rasha "
    "Hiba Zainab Noor Mariam Parwana Shirin Golnaz Semhar Luwam Saba Meseret Hirut Hodan Farhiya Ifrah "
    "Akosua Ama Abena Ngozi Adaeze Djenice Ivanilda Inês Beatriz Lucía Nerea Chiara Giulia Eleni Despina "
    "Amra Selma Zsófia Eszter Oksana Olena Iryna Jurgita Rasa Priya Lakshmi Ayesha Sana Maricel Rowena "
    "Larissa Gabriela Marwa Nesma".split()
    + ["Thi Lan", "Thi Hoa"]
)


def person(r: random.Random, origin: str | None = None, last: str | None = None, exclude: set | None = None) -> Person:
    origin = origin or r.choice(list(ORIGINS))
    firsts, mk, parts = ORIGINS[origin]
    first = r.choice([f for f in firsts if not exclude or f not in exclude] or firsts)
    if last is None:
        last = r.choice(parts) + mk(r)
    return Person(first, last, "f" if first in FEMALE_HINT else "m", origin)


def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def _mod97(s: str) -> int:
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s)) and _mod97(s) == 1


def iban(r: random.Random, country: str = "NL") -> str:
    if country == "NL":
        body = r.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ"]) + "".join(
            str(r.randint(0, 9)) for _ in range(10)
        )
    elif country == "BE":
        body = "".join(str(r.randint(0, 9)) for _ in range(12))
    else:
        body = "".join(str(r.randint(0, 9)) for _ in range(18))
    check = 98 - _mod97(country + "00" + body)
    raw = f"{country}{check:02d}{body}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if r.random() < 0.7 else raw


def digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def phone(r: random.Random, country: str = "NL", area: str = "045") -> str:
    if country == "NL":
        m = "6" + digits(r, 8)
        a = area.lstrip("0")
        rest = digits(r, 10 - len(area))
        return r.choice(
            [
                f"06-{m[1:]}",
                f"06 {m[1:3]} {m[3:5]} {m[5:7]} {m[7:]}",
                f"+31 6 {m[1:]}",
                f"{area}-{rest}",
                f"({area}) {rest}",
                f"0031 {a} {rest}",
                f"+31 (0){a} {rest}",
            ]
        )
    if country == "BE":
        m = digits(r, 6)
        return r.choice(
            [
                f"+32 4{r.choice('6789')}{r.randint(0, 9)} {m[:2]} {m[2:4]} {m[4:]}",
                f"04{r.choice('6789')}{r.randint(0, 9)}/{m[:2]}.{m[2:4]}.{m[4:]}",
                f"089 {m[:2]} {m[2:4]} {m[4:]}",
                f"0032 89 {m[:2]} {m[2:4]} {m[4:]}",
            ]
        )
    return r.choice(
        [
            f"+49 241 {digits(r, 7)}",
            f"0049 (0)2451 {digits(r, 6)}",
            f"0176 {digits(r, 8)}",
            f"02821/{digits(r, 6)}",
            f"+49 151 {digits(r, 4)} {digits(r, 4)}",
        ]
    )


def plate(r: random.Random, country: str = "NL", town: str = "Aachen") -> str:
    C = "BDFGHJKLNPRSTVXZ"
    L = lambda n: "".join(r.choice(C) for _ in range(n))
    if country == "NL":
        return r.choice(
            [
                f"{L(2)}-{digits(r, 3)}-{L(1)}",
                f"{r.randint(10, 99)}-{L(3)}-{r.randint(1, 9)}",
                f"{r.randint(1, 9)}-{L(3)}-{r.randint(10, 99)}",
                f"{L(3)}-{r.randint(10, 99)}-{L(1)}",
                f"{L(1)}-{digits(r, 3)}-{L(2)}",
            ]
        )
    if country == "BE":
        return f"{r.randint(1, 2)}-{L(3)}-{digits(r, 3)}"
    return f"{DE_PLATE[town]}-{L(r.randint(1, 2))} {r.randint(1, 9999)}"


def case_no(r: random.Random, gem: str) -> str:
    g = strip_acc(gem)[:3].upper()
    return r.choice(
        [
            f"GRS/2026/0{digits(r, 4)}",
            f"RNI-26-{digits(r, 5)}",
            f"BRP.ADR.{digits(r, 4)}.{digits(r, 2)}",
            f"AFST/26/{digits(r, 4)}",
            f"Z26.{digits(r, 6)}",
            f"{g}-{digits(r, 5)}-B",
            f"M2026{digits(r, 5)}",
            f"WMO/26/{digits(r, 4)}-GR",
            f"LPL-{digits(r, 3)}/{digits(r, 2)}",
            f"AO2026.{digits(r, 3)}.{r.choice('ABCDE')}",
        ]
    )


def nl_postcode(r: random.Random) -> str:
    while True:
        s = "".join(r.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
        if s not in ("SS", "SD", "SA"):
            return f"{r.randint(1000, 9999)} {s}" if r.random() < 0.8 else f"{r.randint(1000, 9999)}{s}"


NL_STEMS = [
    "Linden",
    "Kastanje",
    "Mijnwerkers",
    "Kloosterhof",
    "Molenbeek",
    "Spoorweg",
    "Schans",
    "Douane",
    "Wilhelmina",
    "Akkerbouw",
    "Kapellen",
    "Hazelaar",
    "Koolmijn",
    "Bongerd",
    "Vlasakker",
    "Bunder",
]
NL_SUFF = ["straat", "weg", "laan", "pad", "hof", "plein", "singel", "dreef"]
BE_STEMS = [
    "Heirbaan",
    "Stationsstraat",
    "Kiezelweg",
    "Maasdijk",
    "Kapelstraat",
    "Hoogstraat",
    "Brugstraat",
    "Kerkhofstraat",
    "Molenveld",
    "Bosuil",
    "Zandstraat",
]
DE_STEMS = ["Haupt", "Kirch", "Linden", "Bahnhof", "Grenz", "Schul", "Mühlen", "Eichen", "Birken", "Wiesen"]
DE_SUFF = ["straße", "weg", "allee", "gasse", "ring"]


def street(r: random.Random, country: str) -> str:
    if country == "NL":
        return r.choice(NL_STEMS) + r.choice(NL_SUFF)
    if country == "BE":
        return r.choice(BE_STEMS)
    return r.choice(DE_STEMS) + r.choice(DE_SUFF)


def house(r: random.Random, country: str) -> str:
    n = str(r.randint(1, 180))
    if country == "NL":
        return n + r.choice(["", "", "", "a", "-B", "-2", " A"])
    if country == "BE":
        return n + r.choice(["", "", " bus 2", " bus 11", "A"])
    return n + r.choice(["", "", "a", "b"])


def date_ord(r: random.Random, year: int = 2026) -> str:
    return f"{r.randint(1, 28)} {MONTHS[r.randrange(12)]} {year}"


def dob(r: random.Random) -> tuple[str, str, str]:
    """(text before, DOB item, text after)."""
    y, m, d = r.randint(1938, 2019), r.randint(1, 12), r.randint(1, 28)
    style = r.randrange(11)
    if style == 0:
        return "geboren op ", f"{d} {MONTHS[m - 1]} {y}", ""
    if style == 1:
        return "geb. ", f"{d:02d}-{m:02d}-{y}", ""
    if style == 2:
        return "°", f"{d:02d}.{m:02d}.{y}", ""
    if style == 3:
        return "geboortedatum ", f"{y}-{m:02d}-{d:02d}", ""
    if style == 4:
        return "geb. am ", f"{d}. {MONATE[m - 1]} {y}", ""
    if style == 5:
        return "", f"{d:02d}/{m:02d}/{y % 100:02d}", ""
    if style == 6:
        return "", f"{d} {ABBR[m - 1]} {y}", ""
    if style == 7:
        return "*", f"{d:02d}.{m:02d}.{y}", ""
    if style == 8:
        return "geboren ", f"{d}-{m}-'{y % 100:02d}", ""
    if style == 9:
        return (
            "geboren te " + r.choice(["Genk", "Aken", "Heerlen", "Paramaribo", "Rabat", "Izmir"]) + " op ",
            f"{d} {MONTHS[m - 1]} {y}",
            "",
        )
    return "", f"{d}-{m:02d}-{y}", ""


def dob_m(r: random.Random) -> str:
    a, item, b = dob(r)
    return f"{a}{P(item, 'DATE_OF_BIRTH')}{b}"


def email(r: random.Random, p: Person, country: str = "NL") -> str:
    dom = r.choice(
        {
            "NL": ["kpnmail.nl", "ziggo.nl", "hotmail.com", "gmail.com", "outlook.com", "live.nl", "home.nl"],
            "BE": ["telenet.be", "skynet.be", "proximus.be", "gmail.com"],
            "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
        }[country]
    )
    loc = r.choice(
        [
            p.slug("."),
            p.slug("_"),
            p.slug("") + str(r.randint(1, 99)),
            p.slug(".")[0] + "." + p.slug(".").split(".", 1)[1],
        ]
    )
    return f"{loc}@{dom}"


def off_email(p: Person, gem: str) -> str:
    return p.slug(".")[0] + "." + p.slug(".").split(".", 1)[1] + "@" + strip_acc(gem).lower().replace(" ", "") + ".nl"


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, r: random.Random, known: bool):
        self.r = r
        self.gem, self.area = r.choice(GEMEENTEN)
        self.be, self.bepc = r.choice(BE_TOWNS)
        self.de, self.depc = r.choice(DE_TOWNS)
        self.abroad = r.choice(["BE", "DE"])
        if known:
            surname, self.known_sent, self.known_word = r.choice(KNOWN)
            self.R = person(r, last=surname)
        else:
            self.R = person(r)
            self.known_sent = None
        self.F = person(r, origin=self.R.origin, last=self.R.last, exclude={self.R.first})  # family member
        self.N = person(r, origin=r.choice(["Flemish", "German", "Walloon", "Limburg"] + [r.choice(list(ORIGINS))]))
        self.O = person(r)
        self.ofunc, self.odept = r.choice(FUNCTIONS)
        self.M = person(r)
        self.O2 = person(r)
        self.date = date_ord(r)
        self.weekday = r.choice(WEEKDAYS)
        self.used_full: set = set()
        self.res_email = email(r, self.R, self.abroad if r.random() < 0.5 else "NL")
        self.res_phone = phone(r, r.choice(["NL", self.abroad]), self.area)
        self.case = case_no(r, self.gem)
        self.fields_used: list = []

    @property
    def pron(self) -> str:
        return self.R.pron

    @property
    def zij(self) -> str:
        return self.R.zij

    @property
    def town(self) -> str:
        return self.be if self.abroad == "BE" else self.de

    @property
    def townpc(self) -> str:
        return self.bepc if self.abroad == "BE" else self.depc

    def name(self, p: Person) -> str:
        """The full name the first time, later a titled bare surname or the first name."""
        if p.full not in self.used_full:
            self.used_full.add(p.full)
            return P(p.full)
        return self.r.choice([f"{p.title} {P(p.bare)}", P(p.first)])

    def addr_abroad(self) -> str:
        c = self.abroad
        st, hn = street(self.r, c), house(self.r, c)
        pc = self.townpc if c == "DE" or self.r.random() < 0.5 else "B-" + self.bepc
        return f"{P(st + ' ' + hn, 'ADDRESS')}, {P(pc, 'POSTCODE')} {K(self.town)}"

    def addr_nl(self) -> str:
        st, hn = street(self.r, "NL"), house(self.r, "NL")
        return f"{P(st + ' ' + hn, 'ADDRESS')}, {P(nl_postcode(self.r), 'POSTCODE')} {K(self.gem)}"


# ---------------------------------------------------------------- frames (document kinds)
@shape("document")
def frame_email(c: Ctx, body: str) -> str:
    subj = c.r.choice(
        [
            "Inschrijving BRP na verhuizing",
            "Vraag over RNI-inschrijving",
            "Kinderopvang over de grens",
            "Zorg in België",
            "Adresonderzoek",
            "Schoolkeuze in Duitsland",
        ]
    )
    return (
        f"{K('Onderwerp')}: {subj}\n\nGeachte heer, mevrouw,\n\n{body}\n\n{K('Vriendelijke groeten')},\n"
        f"{c.name(c.R)}\n{c.addr_abroad()}\n{P(c.res_phone, 'PHONE')}"
    )


@shape("document")
def frame_mediator_log(c: Ctx, body: str) -> str:
    return (
        f"{K('Contactmoment')} {K(c.date)} ({K(c.weekday)}), bemiddelaar {c.name(c.M)}\n"
        f"{K('Zaak')} {P(c.case, 'CASE_NUMBER')}\n{body}\n{K('Vervolg')}: terugbellen binnen vijf {K('werkdagen')}."
    )


@shape("document")
def frame_intake_form(c: Ctx, body: str) -> str:
    lines = [
        f"{K('INTAKEFORMULIER')} VERZOEK TOT AFSTEMMING",
        f"{K('Gemeente')}: {K(c.gem)}",
        f"{K('Dossiernummer')}: {P(c.case, 'CASE_NUMBER')}",
    ]
    fields = [
        field_name,
        field_dob,
        field_addr_nl,
        field_addr_abroad,
        field_phone,
        field_email,
        field_bsn,
        field_iban,
        field_plate,
        field_household,
        field_workcountry,
    ]
    c.r.shuffle(fields)
    lines += [f(c) for f in fields[:5]]
    c.fields_used = [f.__name__ for f in fields[:5]]
    return "\n".join(lines) + f"\n{K('Toelichting')}: {body}"


@shape("document")
def frame_phone_note(c: Ctx, body: str) -> str:
    return (
        f"{K('Telefoonnotitie')} {K('Klantcontactcentrum')}, {K(c.weekday)} {K(c.date)}\n"
        f"Beller: {c.name(c.R)} ({P(c.res_phone, 'PHONE')})\n{body}\nNotitie: {c.name(c.O)}, {K(c.odept)}."
    )


@shape("document")
def frame_chat(c: Ctx, body: str) -> str:
    low = c.R.first.split()[0].lower()
    return (
        f"[09:{c.r.randint(10, 29)}] {P(low)}: hoi, met {P(low)} hier vanuit {K(c.town)}\n"
        f"[09:{c.r.randint(30, 59)}] {P(low)}: {body}\n[10:{c.r.randint(10, 59)}] {K('Gemeente')} {K(c.gem)}: "
        f"Dank voor uw bericht, een {K('bemiddelaar')} neemt contact op."
    )


@shape("document")
def frame_flemish_letter(c: Ctx, body: str) -> str:
    return (
        f"Beste,\n\nIk ben de gebuur van {c.name(c.R)} en ik schrijf u omdat ge toch moet weten hoe het zit. "
        f"Amai, wat een gedoe met die papieren. {body}\n\nMet vriendelijke groeten,\n{c.name(c.N)}\n"
        f"{P(email(c.r, c.N, 'BE'), 'EMAIL')}"
    )


@shape("document")
def frame_german_dutch(c: Ctx, body: str) -> str:
    return (
        f"Guten Tag, goedendag,\n\nmein Name ist {c.name(c.N)}, ik woon sinds jaren naast {c.name(c.R)} "
        f"in {K(c.de)}. Ich schreibe in Nederlands, sorry voor fouten. {body}\n\nMit freundlichen Grüßen, "
        f"{P(c.N.first)}\n{P(phone(c.r, 'DE'), 'PHONE')}"
    )


@shape("document")
def frame_kb_draft(c: Ctx, body: str) -> str:
    return (
        f"{K('Concept')} {K('kennisbankartikel')} (niet publiceren vóór anonimisering)\n{K('Situatie')}: {body}\n"
        f"{K('Afstemming')}: {c.name(c.M)} sprak met {c.name(c.O)} ({c.ofunc}, {K(c.odept)}).\n"
        f"{K('Les')}: grensgevallen vragen om één vast aanspreekpunt."
    )


@shape("document")
def frame_official_memo(c: Ctx, body: str) -> str:
    return (
        f"{K('Interne')} notitie {K(c.odept)} — aan {c.name(c.O)}, {c.ofunc}\n"
        f"{K('Referentie')} {P(c.case, 'CASE_NUMBER')}\n"
        f"{body}\nGraag reactie vóór {K(date_ord(c.r))}. Vragen: {P(off_email(c.O2, c.gem), 'EMAIL')}"
    )


@shape("document")
def frame_letter_college(c: Ctx, body: str) -> str:
    return (
        f"Aan het college van burgemeester en wethouders van {K(c.gem)}\nt.a.v. {K('Team BRP')}\n\n"
        f"{K(c.town)}, {K(c.date)}\n\n{K('Betreft')}: {P(c.case, 'CASE_NUMBER')}\n\n{body}\n\nHoogachtend,\n"
        f"{c.name(c.R)}"
    )


@shape("document")
def frame_webform(c: Ctx, body: str) -> str:
    return (
        f"naam={P(c.R.full)}; woonland={K('België') if c.abroad == 'BE' else K('Duitsland')}; "
        f"telefoon={P(c.res_phone, 'PHONE')}; e-mail={P(c.res_email, 'EMAIL')}; "
        f"onderwerp={K('Registratie')} Niet-ingezetenen\nbericht={body}"
    )


@shape("document")
def frame_agreement(c: Ctx, body: str) -> str:
    c.used_full.add(c.R.full)
    return (
        f"{K('AFSPRAAK')} VASTGELEGD {K(c.date)}\n{body}\n{K('Toezegging')}: {c.name(c.O)} ({c.ofunc}, {K(c.odept)}) "
        f"belt {c.R.title} {P(c.R.bare)} uiterlijk {K(date_ord(c.r))} terug. {K('Controlevraag')} volgt."
    )


@shape("document")
def frame_forward(c: Ctx, body: str) -> str:
    return (
        f"---------- {K('Doorgestuurd')} bericht ----------\nVan: {P(c.res_phone, 'PHONE')}\n{body}\n"
        f"-- doorgestuurd door {c.name(c.M)}, {K('bemiddelaar')}"
    )


@shape("document")
def frame_attachments(c: Ctx, body: str) -> str:
    core = strip_acc(c.R.core.lower().replace(" ", ""))
    fn = c.R.first.split()[0]
    files = [
        f"attest-{P(core)}-{P(strip_acc(fn).lower())}.pdf",
        f"Meldebescheinigung_{P(c.R.core.upper().replace(' ', '-'))}.jpg",
    ]
    return (
        f"{K('Dossier')} {P(c.case, 'CASE_NUMBER')} — {K('ontvangen')} stukken\n{body}\n{K('Bijlagen')}: "
        + ", ".join(files)
    )


FRAMES = [
    frame_email,
    frame_mediator_log,
    frame_intake_form,
    frame_phone_note,
    frame_chat,
    frame_flemish_letter,
    frame_german_dutch,
    frame_kb_draft,
    frame_official_memo,
    frame_letter_college,
    frame_webform,
    frame_agreement,
    frame_forward,
    frame_attachments,
]


# ---------------------------------------------------------------- field lines
@shape("field line")
def field_name(c: Ctx) -> str:
    c.used_full.add(c.R.full)
    return f"{K('Naam')}: {P(c.R.core.upper())}, {P(c.R.first)}"


@shape("field line")
def field_dob(c: Ctx) -> str:
    return f"{K('Geboortedatum')}: {dob_m(c.r)}"


@shape("field line")
def field_addr_nl(c: Ctx) -> str:
    return f"{K('Briefadres')} NL: {c.addr_nl()}"


@shape("field line")
def field_addr_abroad(c: Ctx) -> str:
    return f"{K('Woonadres')} buitenland: {c.addr_abroad()}"


@shape("field line")
def field_phone(c: Ctx) -> str:
    return f"{K('Telefoon')} ({c.abroad}): {P(phone(c.r, c.abroad), 'PHONE')}"


@shape("field line")
def field_email(c: Ctx) -> str:
    return f"E-mail: {P(c.res_email, 'EMAIL')}"


@shape("field line")
def field_bsn(c: Ctx) -> str:
    return f"BSN: {P(bsn(c.r), 'BSN')} ({K('Rijksregisternummer')} niet overnemen)"


@shape("field line")
def field_iban(c: Ctx) -> str:
    return f"{K('Rekeningnummer')}: {P(iban(c.r, c.abroad), 'IBAN')}"


@shape("field line")
def field_plate(c: Ctx) -> str:
    return f"{K('Kenteken')}: {P(plate(c.r, c.abroad, c.de), 'LICENSE_PLATE')}"


@shape("field line")
def field_household(c: Ctx) -> str:
    return f"{K('Huishouden')}: partner/kind {P(c.F.full)}, {dob_m(c.r)}"


@shape("field line")
def field_workcountry(c: Ctx) -> str:
    return f"{K('Werkland')}: {K('Nederland')}; {K('Woonland')}: {K('België') if c.abroad == 'BE' else K('Duitsland')}"


# ---------------------------------------------------------------- sentences
S = []


def sent(f):
    shape("sentence")(f)
    S.append(f)
    return f


@sent
def s_frontier_worker(c):
    return (
        f"{K('Sinds')} {K(date_ord(c.r, 2025))} werkt {c.name(c.R)} als {K('grensarbeider')} in {K(c.gem)} en woont "
        f"{c.pron} gezin in {K(c.town)}."
    )


@sent
def s_rni_question(c):
    return (
        f"{c.name(c.R)} vraagt of {c.zij} zich moet inschrijven in de {K('RNI')} nu {c.pron} {K('hoofdverblijf')} "
        f"in {K(c.town)} ligt."
    )


@sent
def s_brp_uitschrijving(c):
    return (
        f"{K('Burgerzaken')} schreef {c.name(c.R)} per {K(date_ord(c.r))} uit de {K('BRP')} uit "
        f"(kenmerk {P(case_no(c.r, c.gem), 'CASE_NUMBER')}), zonder dat er een {K('adresonderzoek')} was afgerond."
    )


@sent
def s_rijksregister_context(c):
    return (
        f"Op de Belgische {K('eID')} van {c.name(c.F)} staat een {K('Rijksregisternummer')}; {K('Burgerzaken')} "
        f"vroeg daarnaast om {c.pron} BSN {P(bsn(c.r), 'BSN')}."
    )


@sent
def s_steuer_context(c):
    return (
        f"De {K('Steuer-ID')} staat op de {K('Lohnsteuerbescheinigung')} van {c.name(c.R)}; voor de "
        f"{K('Belastingdienst')} telt alleen het BSN {P(bsn(c.r), 'BSN')}."
    )


@sent
def s_kindergeld(c):
    return (
        f"De {K('Familienkasse')} in {K(c.de)} betaalt {K('Kindergeld')} voor {c.name(c.F)} ({dob_m(c.r)}), "
        f"maar de {K('SVB')} vraagt of er ook {K('kinderbijslag')} loopt."
    )


@sent
def s_groeipakket(c):
    return (
        f"Het {K('Groeipakket')} voor {c.name(c.F)} wordt gestort op {P(iban(c.r, 'BE'), 'IBAN')}; de "
        f"{K('kinderbijslag')} uit {K('Nederland')} op {P(iban(c.r, 'NL'), 'IBAN')}."
    )


@sent
def s_school_abroad(c):
    return (
        f"{c.name(c.F)} gaat sinds {K(c.r.choice(MONTHS[7:9]))} naar een {K('Grundschule')} in {K(c.de)}; de "
        f"{K('leerplichtambtenaar')} {c.name(c.O)} wil een {K('schoolverklaring')}."
    )


@sent
def s_school_be(c):
    return (
        f"De {K('basisschool')} in {K(c.be)} stuurde de inschrijving van {c.name(c.F)} ({dob_m(c.r)}) naar "
        f"{K('Team Leerplicht')} in {K(c.gem)}."
    )


@sent
def s_care_be(c):
    return (
        f"{c.name(c.R)} krijgt {K('thuiszorg')} via een Belgische {K('mutualiteit')}, maar de {K('Wmo')}-aanvraag "
        f"in {K(c.gem)} bleef liggen onder nummer {P(case_no(c.r, c.gem), 'CASE_NUMBER')}."
    )


@sent
def s_pflegedienst(c):
    return (
        f"Een {K('Pflegedienst')} uit {K(c.de)} komt drie keer per week bij {c.name(c.F)}; de "
        f"{K('Pflegegrad')} is nog niet erkend door het {K('CAK')}."
    )


@sent
def s_s1_form(c):
    return (
        f"Voor het {K('S1-formulier')} heeft {c.name(c.R)} {c.pron} BSN {P(bsn(c.r), 'BSN')} en "
        f"{c.pron} geboortedatum ({dob_m(c.r)}) doorgegeven aan de {K('zorgverzekeraar')}."
    )


@sent
def s_anmeldung(c):
    return (
        f"De {K('Anmeldung')} in {K(c.de)} is gedaan op {K(date_ord(c.r))}, maar {K(c.gem)} heeft de "
        f"{K('Meldebescheinigung')} van {c.name(c.R)} nooit verwerkt."
    )


@sent
def s_plate_abroad(c):
    return (
        f"{c.name(c.R)} parkeert {c.pron} Duitse auto ({P(plate(c.r, 'DE', c.de), 'LICENSE_PLATE')}) in de "
        f"{K('blauwe zone')}; {K('Handhaving')} vraagt of {c.zij} een {K('parkeervergunning')} mag krijgen."
    )


@sent
def s_plate_be(c):
    return (
        f"Volgens de {K('handhaver')} stond de Belgische wagen {P(plate(c.r, 'BE'), 'LICENSE_PLATE')} van "
        f"{c.name(c.N)} drie {K('nachten')} op de {P(street(c.r, 'NL'), 'ADDRESS')}."
    )


@sent
def s_plate_nl(c):
    return (
        f"Het Nederlandse kenteken {P(plate(c.r, 'NL'), 'LICENSE_PLATE')} hoort bij de bestelbus waarmee "
        f"{c.name(c.R)} dagelijks de grens over rijdt naar {K(c.town)}."
    )


@sent
def s_phone_abroad(c):
    return (
        f"{c.name(c.R)} neemt overdag op via {P(phone(c.r, c.abroad), 'PHONE')}, 's avonds via "
        f"{P(phone(c.r, 'NL', c.area), 'PHONE')}."
    )


@sent
def s_email_neighbour(c):
    return (
        f"De {K('buurvrouw') if c.N.gender == 'f' else K('buurman')} {c.name(c.N)} mailde vanaf "
        f"{P(email(c.r, c.N, c.abroad), 'EMAIL')} dat de post van {c.R.title} {P(c.R.bare)} "
        f"bij {c.N.pron} in de bus komt."
    )


@sent
def s_address_pair(c):
    return f"{c.name(c.R)} heeft een {K('briefadres')} op {c.addr_nl()} en woont feitelijk op {c.addr_abroad()}."


@sent
def s_address_street_only(c):
    st = street(c.r, "NL")
    return (
        f"Aan de {P(st, 'ADDRESS')} staan volgens {c.name(c.N)} twee woningen leeg; {c.name(c.R)} staat er "
        f"toch ingeschreven op {P(st + ' ' + house(c.r, 'NL'), 'ADDRESS')}."
    )


@sent
def s_possessive(c):
    return (
        f"{P(c.R.poss(c.R.first))} {K('huurtoeslag')} stopte toen de {K('Belastingdienst')} zag dat "
        f"{P(c.R.poss(c.R.bare))} partner in {K(c.town)} woont."
    )


@sent
def s_dob_plain(c):
    return (
        f"{c.name(c.F)}, {dob_m(c.r)}, staat nog op het adres van {c.F.pron} ouders ingeschreven volgens de {K('BRP')}."
    )


@sent
def s_iban_refund(c):
    amt = f"€ {c.r.randint(40, 900)},{c.r.choice(['00', '50', '25', '75'])}"
    return (
        f"De {K('terugbetaling')} van {K(amt)} aan {K('afvalstoffenheffing')} gaat naar "
        f"{P(iban(c.r, c.abroad), 'IBAN')} op naam van {c.name(c.R)}."
    )


@sent
def s_debt_de(c):
    return (
        f"{c.name(c.R)} heeft een {K('betalingsregeling')} bij {K('Belastingen')}, maar {c.pron} loon uit "
        f"{K('Duitsland')} komt op {P(iban(c.r, 'DE'), 'IBAN')} binnen."
    )


@sent
def s_official_promise(c):
    return (
        f"{c.name(c.O)}, {c.ofunc} bij {K(c.odept)}, belooft {K(date_ord(c.r))} een besluit te nemen over het "
        f"{K('adresonderzoek')}."
    )


@sent
def s_official_email(c):
    return (
        f"{K('Contact')} loopt via {c.name(c.O2)} ({P(off_email(c.O2, c.gem), 'EMAIL')}) of het algemene "
        f"nummer {K('14 ' + c.area)}."
    )


@sent
def s_generic_contact(c):
    g = strip_acc(c.gem).lower().replace(" ", "")
    return (
        f"{K('Algemene')} vragen kunnen naar {K('info@' + g + '.nl')}; {c.name(c.R)} wil echter één vaste "
        f"{K('contactpersoon')}."
    )


@sent
def s_mediator_intro(c):
    return (
        f"{K('Bemiddelaar')} {c.name(c.M)} belde {c.name(c.R)} op {K(c.weekday)} terug en noteerde wat er "
        f"echt speelt: de {K('uitschrijving')} raakt ook de {K('zorgtoeslag')}."
    )


@sent
def s_emigration(c):
    return (
        f"Bij de {K('emigratie')} naar {K(c.town)} gaf {c.name(c.R)} het nieuwe adres {c.addr_abroad()} door, "
        f"maar de {K('aangifte')} kwam nooit aan."
    )


@sent
def s_reg_number(c):
    return (
        f"Het {K('grensdossier')} {P(case_no(c.r, c.gem), 'CASE_NUMBER')} betreft de {K('inschrijving')} van "
        f"{c.name(c.F)}, {c.pron} {c.r.choice(['dochter', 'zoon', 'partner', 'moeder', 'vader'])}."
    )


@sent
def s_kvk_grens(c):
    return (
        f"{c.name(c.R)} heeft een eenmanszaak in {K(c.gem)} en woont in {K(c.town)}; het {K('GrensInfoPunt')} "
        f"adviseerde een {K('A1-verklaring')}."
    )


@sent
def s_flemish_quote(c):
    return (
        f'{c.name(c.N)} schrijft: "Ze zit daar al weken mee in haar maag, allez, ge kunt dat toch niet maken '
        f'met {P(c.R.first)}." De {K("afdeling")} antwoordde niet.'
    )


@sent
def s_german_quote(c):
    return (
        f'"Das {K("Amt")} sagt ik moet naar {K(c.gem)} bellen, en {K(c.gem)} zegt {K("Bürgerbüro")}", schrijft '
        f"{c.name(c.N)} namens {c.name(c.R)}."
    )


@sent
def s_lower_handle(c):
    h = c.R.slug("_")
    return f"Op Facebook reageerde {P(h)} onder het bericht van de {K('gemeente')} over de {K('grenscontroles')}."


@sent
def s_capital_header(c):
    return (
        f"{K('GESPREKSVERSLAG')} GRENSDOSSIER {P(c.R.core.upper())} — {K(c.date)}. Aanwezig: {c.name(c.R)} en "
        f"{c.name(c.O)} ({c.ofunc})."
    )


@sent
def s_initials(c):
    return (
        f"De brief was gericht aan {P(c.R.initials + ' ' + c.R.bare)} in {K(c.town)}, maar kwam retour met de "
        f"stempel {K('onbekend')}."
    )


@sent
def s_reverse_name(c):
    return f"In het systeem staat {P(c.R.core + ', ' + c.R.first)}, geboren {dob_m(c.r)}, als {K('niet-ingezetene')}."


@sent
def s_two_dobs(c):
    return (
        f"Op de aanvraag staan twee data: {K(date_ord(c.r))} als datum van verhuizing en "
        f"{dob_m(c.r)} als geboortedatum van {c.name(c.F)}."
    )


@sent
def s_wlz(c):
    return (
        f"{c.name(c.F)} verhuisde naar een verpleeghuis in {K(c.be)}; de {K('Wlz')}-indicatie vervalt volgens "
        f"het {K('zorgkantoor')} bij {K('emigratie')}."
    )


@sent
def s_toeslag(c):
    return (
        f"De {K('Dienst Toeslagen')} vordert {K('€ ' + str(c.r.randint(300, 4000)))} terug van {c.name(c.R)} "
        f"omdat {c.pron} partner in {K(c.town)} woont."
    )


@sent
def s_parking_zone(c):
    return (
        f"{K('Vergunningen')} weigerde de {K('parkeervergunning')} voor {c.name(c.R)} omdat {c.pron} auto "
        f"een buitenlands kenteken heeft: {P(plate(c.r, c.abroad, c.de), 'LICENSE_PLATE')}."
    )


@sent
def s_neighbour_noise(c):
    return (
        f"{c.name(c.N)} uit {K(c.town)} klaagt over lawaai van de loods aan de {P(street(c.r, 'NL'), 'ADDRESS')} "
        f"net over de grens, in {K(c.gem)}."
    )


@sent
def s_id_card(c):
    return (
        f"{c.name(c.R)} verloor {c.pron} {K('identiteitskaart')} in {K(c.town)}; het {K('Stadhuis')} vroeg om "
        f"een {K('proces-verbaal')} van de Belgische politie."
    )


@sent
def s_vote(c):
    return (
        f"{K('Stempas')} en {K('kiezerspas')}: {c.name(c.R)} woont buiten {K('Nederland')} en vraagt hoe {c.zij} "
        f"kan stemmen voor de {K('gemeenteraad')}."
    )


@sent
def s_dog_tax(c):
    return (
        f"De {K('hondenbelasting')} voor het adres {c.addr_nl()} kwam op naam van {c.name(c.F)}, die al jaren in "
        f"{K(c.town)} woont."
    )


@sent
def s_woz(c):
    return (
        f"De {K('WOZ-beschikking')} {P(case_no(c.r, c.gem), 'CASE_NUMBER')} ging naar {c.name(c.R)} op een oud "
        f"adres; het {K('bezwaar')} is daardoor te laat."
    )


@sent
def s_phone_chain(c):
    return (
        f"{K('Eerst')} belde {c.name(c.R)} met {K('Burgerzaken')}, daarna met de {K('SVB')} en ten slotte met het "
        f"{K('GrensInfoPunt')}: drie keer een ander antwoord."
    )


@sent
def s_child_custody(c):
    return (
        f"De kinderen wonen om de week bij {c.name(c.R)} in {K(c.gem)} en bij de andere ouder in {K(c.town)}; "
        f"de {K('leerplicht')} is onduidelijk."
    )


@sent
def s_marriage(c):
    return (
        f"Het huwelijk van {c.name(c.R)} en {c.name(c.F)} werd in {K(c.town)} gesloten en moet nog in de "
        f"{K('BRP')} worden opgenomen via de {K('Landelijke Taken')}."
    )


@sent
def s_dob_german_form(c):
    return (
        f"Op het Duitse formulier staat bij {K('Geburtsdatum')} {dob_m(c.r)} voor {c.name(c.F)}; "
        f"{K('Burgerzaken')} leest dat anders."
    )


@sent
def s_email_lower(c):
    return (
        f"{c.name(c.R)} schreef vanaf {P(c.res_email, 'EMAIL')} en vroeg om antwoord in het {K('Nederlands')}, "
        f"niet in het {K('Duits')}."
    )


@sent
def s_bank_be(c):
    return (
        f"{K('Bijzondere bijstand')} voor {c.name(c.R)} kan alleen naar een rekening in {K('Nederland')}; "
        f"{c.zij} heeft alleen {P(iban(c.r, 'BE'), 'IBAN')}."
    )


@sent
def s_official_leave(c):
    return (
        f"{c.name(c.O)} van {K(c.odept)} is met verlof; collega {c.name(c.O2)} neemt het {K('dossier')} "
        f"{P(c.case, 'CASE_NUMBER')} over."
    )


@sent
def s_transport(c):
    return (
        f"{K('Leerlingenvervoer')} naar de school in {K(c.be)} werd geweigerd voor {c.name(c.F)}, "
        f"{dob_m(c.r)}, omdat de school buiten {K('Nederland')} ligt."
    )


@sent
def s_bsn_child(c):
    return (
        f"{c.name(c.F)} werd in {K(c.town)} geboren en heeft nog geen BSN; het BSN {P(bsn(c.r), 'BSN')} op de "
        f"brief is van {c.name(c.R)}."
    )


@sent
def s_ambulance(c):
    return (
        f"Na een ongeval in {K(c.de)} kwam de rekening van de {K('Rettungsdienst')} bij {c.name(c.R)} terecht, op "
        f"{P(street(c.r, 'DE') + ' ' + house(c.r, 'DE'), 'ADDRESS')}."
    )


@sent
def s_huisarts(c):
    return (
        f"De {K('huisarts')} in {K(c.gem)} wil {c.name(c.R)} uitschrijven omdat {c.zij} in {K(c.town)} woont; "
        f"{K('Sociaal Domein')} zoekt een oplossing."
    )


@sent
def s_weekday(c):
    return (
        f"Op {K(c.weekday)} {K(date_ord(c.r))} is er een gesprek in het {K('Gemeentehuis')} met {c.name(c.R)}, "
        f"{c.name(c.O)} en een tolk."
    )


@sent
def s_controlevraag(c):
    return (
        f"{K('Controlevraag')} aan {c.name(c.R)}: is alles besproken? {c.zij.capitalize()} antwoordde dat de "
        f"{K('RNI')}-inschrijving nog openstaat."
    )


@sent
def s_caregiver_de(c):
    return (
        f"{c.name(c.F)} zorgt als {K('mantelzorger')} voor {c.F.pron} moeder in {K(c.de)} en vraagt "
        f"{K('respijtzorg')} aan in {K(c.gem)}."
    )


@sent
def s_address_de_street(c):
    st = street(c.r, "DE")
    return (
        f"Het Duitse adres {P(st + ' ' + house(c.r, 'DE'), 'ADDRESS')}, {P(c.depc, 'POSTCODE')} {K(c.de)} werd "
        f"in de {K('BRP')} als {P(st, 'ADDRESS')} zonder nummer opgenomen."
    )


@sent
def s_phone_belgian_landline(c):
    return f"{K('Terugbelverzoek')}: {c.name(c.N)} op {P(phone(c.r, 'BE'), 'PHONE')}, liefst na {K('17.00')} uur."


@sent
def s_plate_fine(c):
    return (
        f"Een {K('naheffingsaanslag')} voor {P(plate(c.r, c.abroad, c.de), 'LICENSE_PLATE')} werd naar "
        f"{c.addr_abroad()} gestuurd, maar {c.name(c.R)} betaalde al via de app."
    )


@sent
def s_energy(c):
    return (
        f"{c.name(c.R)} vraagt de {K('energietoeslag')} aan, maar {c.pron} {K('energierekening')} komt van een "
        f"leverancier in {K(c.town)}."
    )


@sent
def s_rni_desk(c):
    return (
        f"Het {K('RNI-loket')} in {K(c.r.choice(['Heerlen', 'Venlo', 'Enschede', 'Breda', 'Groningen']))} "
        f"schreef {c.name(c.R)} in met {dob_m(c.r)} als geboortedatum en het adres {c.addr_abroad()}."
    )


@sent
def s_neighbour_handle(c):
    return f"{c.name(c.N)} (op Instagram {P(c.N.slug('.'))}) heeft foto's van de {K('wateroverlast')} gedeeld."


FIELDS = [
    field_name,
    field_dob,
    field_addr_nl,
    field_addr_abroad,
    field_phone,
    field_email,
    field_bsn,
    field_iban,
    field_plate,
    field_household,
    field_workcountry,
]


@shape("sentence")
def s_known(c):
    t = c.R.title
    s = c.known_sent.replace("{T}", t).replace("{S}", P(c.R.bare))
    s = s[0].upper() + s[1:]
    return s.replace(c.known_word, K(c.known_word), 1) if f" {c.known_word} " in s else s


# ---------------------------------------------------------------- parse and gate
_PII = re.compile(r"\[\[(.+?)\|([A-Z_]+)\]\]")
_KEEP = re.compile(r"<<(.+?)>>")


_TITLE = re.compile(r"(^|[.!?]\s+|\n)(mevrouw|de heer)\b")


def parse(marked: str) -> tuple[str, list, list]:
    marked = _TITLE.sub(lambda m: m.group(1) + m.group(2)[0].upper() + m.group(2)[1:], marked)
    pii, keep = [], []
    for m in _PII.finditer(marked):
        if {"text": m.group(1), "label": m.group(2)} not in pii:
            pii.append({"text": m.group(1), "label": m.group(2)})
    text = _PII.sub(lambda m: m.group(1), marked)
    for m in _KEEP.finditer(text):
        if m.group(1) not in keep:
            keep.append(m.group(1))
    return _KEEP.sub(lambda m: m.group(1), text), pii, keep


def _words(s: str) -> set:
    return {w.lower() for w in re.findall(r"[^\W\d_]+", s) if len(w) > 1 and w.lower() not in PARTICLES}


def gate(doc: dict) -> str | None:
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not bsn_ok(item["text"]):
            return f"bsn {item['text']}"
        if item["label"] == "IBAN" and not iban_ok(item["text"]):
            return f"iban {item['text']}"
    name_words = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            name_words |= _words(item["text"])
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= _words(n)
    for k in doc["keep"]:
        for w in _words(k) & name_words:
            if not (k == k.lower() and w in known_words):
                return f"keep {k!r} shares {w!r} with a name"
    return None


def draw(i: int, r: random.Random, used: Counter) -> dict:
    known = i % 4 == 1
    c = Ctx(r, known)
    n = r.randint(3, 5)
    sents = r.sample(S, n)
    if known:
        sents.insert(r.randrange(len(sents) + 1), s_known)
    frame = r.choice(FRAMES)
    body = " ".join(f(c) for f in sents)
    marked = frame(c, body)
    text, pii, keep = parse(marked)
    doc = {"id": f"fresh36b-{i:04d}", "text": text, "pii": pii, "keep": keep}
    if known:
        kn = {"names": [c.R.full]}
        if any(p["text"] == c.res_email for p in pii):
            kn["emails"] = [c.res_email]
        if any(p["text"] == c.res_phone for p in pii):
            kn["phones"] = [c.res_phone]
        doc["known"] = kn
        if c.known_word not in keep or c.R.full not in text:
            doc["_fail"] = "known word or name missing"
    doc["_shapes"] = [frame.__name__] + [f.__name__ for f in sents]
    doc["_shapes"] += c.fields_used
    return doc


def generate() -> tuple[list, Counter, int]:
    docs, used, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        attempt = 0
        while True:
            r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
            d = draw(i, r, used)
            fail = d.pop("_fail", None)
            shapes = d.pop("_shapes")
            if fail is None:
                fail = gate(d)
            if fail is None and len(d["keep"]) >= 5:
                break
            attempt += 1
            redraws += 1
        used.update(shapes)
        docs.append(d)
    return docs, used, redraws


def render(docs: list) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list) -> int:
    docs, used, redraws = generate()
    out = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == out
        print(
            "fresh36b_texts.jsonl matches the generator" if same else "fresh36b_texts.jsonl differs from the generator"
        )
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(p["label"] for d in docs for p in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(
            f"pii items: {sum(labels.values())}; keep words: {sum(len(d['keep']) for d in docs)} "
            f"(min per document {min(len(d['keep']) for d in docs)})"
        )
        kinds = Counter(k for k, _ in SHAPES.values())
        print(
            f"shapes registered: {len(SHAPES)} ({', '.join(f'{v} {k}s' for k, v in kinds.items())}); "
            f"shapes used: {len(used)}"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        print(f"origin groups: {len(ORIGINS)}")
        return 0
    OUT.write_text(out, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
