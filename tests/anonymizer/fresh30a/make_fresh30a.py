"""Generator of the blind anonymizer corpus fresh30a: open-government (Woo) and privacy (AVG) requests, data-breach
reports, the FG's advice and archive requests. Standard library only.

Usage (from the project root, PYTHONPATH=.):
    python tests/anonymizer/fresh30a/make_fresh30a.py            write fresh30a_texts.jsonl
    python tests/anonymizer/fresh30a/make_fresh30a.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh30a/make_fresh30a.py --stats    counts per label, shapes, known names, redraws
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
from names_f30a import KNOWN, ORIGINS, PARTICLES_NL  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked = _score.check_doc, _score.leaked

SEED = 20262401
N_DOCS = 300
OUT = HERE / "fresh30a_texts.jsonl"
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
SCORE_PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}

SHAPES: dict[str, object] = {}


def shape(name):
    def deco(fn):
        assert name not in SHAPES, name
        SHAPES[name] = fn
        fn.shape_name = name
        return fn

    return deco


# ---------------------------------------------------------------- checks of numbers


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0


def iban_ok(s: str) -> bool:
    c = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    num = "".join(str(int(ch, 36)) for ch in c[4:] + c[:4])
    return int(num) % 97 == 1


# ---------------------------------------------------------------- material

TOWNS = [
    "Zwolle",
    "Deventer",
    "Leeuwarden",
    "Almere",
    "Tilburg",
    "Schiedam",
    "Amersfoort",
    "Venlo",
    "Hengelo",
    "Dordrecht",
    "Alkmaar",
    "Heerlen",
    "Lelystad",
    "Gouda",
    "Roosendaal",
    "Emmen",
    "Purmerend",
    "Veenendaal",
]
STREET_A = [
    "Lijsterbes",
    "Grutters",
    "Kuipers",
    "Zilverschoon",
    "Vlasakker",
    "Ravelijn",
    "Smidse",
    "Hooiberg",
    "Koolmees",
    "Waterhoen",
    "Kanunnik",
    "Lakenhal",
    "Goudsbloem",
    "Schepenen",
    "Melkweg",
    "Turfmarkt-Noord",
    "Rietvink",
    "Paardenwei",
    "Kapelmeester",
    "Beukenhaag",
    "Kiezelsteen",
    "Lindeboom",
    "Stoommeel",
]
STREET_B = ["straat", "laan", "hof", "weg", "plein", "singel", "dreef", "kade", "pad", "erf"]
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
MON3 = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
DEPTS = [
    "Informatiebeheer",
    "Burgerzaken",
    "Publiekszaken",
    "Juridische Zaken",
    "Vergunningen",
    "Sociaal Domein",
    "Communicatie",
    "Belastingen",
    "Personeel en Organisatie",
    "Openbare Ruimte",
    "Stadsarchief",
    "Wonen",
]
FUNCS = [
    "Woo-coördinator",
    "privacyjurist",
    "medewerker Informatiebeheer",
    "teamleider Burgerzaken",
    "archivaris",
    "beleidsadviseur",
    "jurist Bezwaar en Beroep",
    "adviseur informatieveiligheid",
    "HR-adviseur",
    "casemanager",
    "communicatieadviseur",
    "afdelingshoofd",
]
SYSTEMS = [
    ("BRP", "Basisregistratie Personen"),
    ("zaaksysteem", "zaakgericht werken"),
    ("Suite Sociaal", "uitkeringen en Wmo"),
    ("DMS Corsa", "archief en post"),
    ("Belastingportaal", "aanslagen en kwijtschelding"),
    ("Parkeerregister", "parkeervergunningen"),
    ("Klantcontactsysteem", "telefoon- en baliecontacten"),
    ("HR-Online", "personeelsdossiers"),
    ("BAG-viewer", "adressen en gebouwen"),
    ("Meldingenapp", "meldingen openbare ruimte"),
]
WOO_GROUNDS = [
    ("5.1, tweede lid, aanhef en onder e, Woo", "eerbiediging van de persoonlijke levenssfeer"),
    ("5.1, eerste lid, aanhef en onder d, Woo", "persoonsgegevens als bedoeld in artikel 87 Wbp"),
    ("5.2 Woo", "persoonlijke beleidsopvattingen"),
    ("5.1, tweede lid, aanhef en onder i, Woo", "het goed functioneren van de overheid"),
    ("5.1, eerste lid, aanhef en onder c, Woo", "vertrouwelijk verstrekte bedrijfsgegevens"),
]
WOO_TOPICS = [
    "de herinrichting van het Stationsplein",
    "de sluiting van zwembad De Vonder",
    "de aanbesteding van het leerlingenvervoer",
    "de opvang van statushouders in het Kloostergebouw",
    "de subsidie aan het Cultuurfestival",
    "de kap van de platanen aan de Havenkade",
    "de verkoop van het oude Raadhuis",
    "de geluidsmetingen rond het Evenemententerrein",
    "het windpark bij de Oostpolder",
    "de tijdelijke woonunits op het Sportpark",
]
PRESS = [
    "De Stadsbode",
    "Omroep Oostland",
    "Het Dagblad van het Noorden-Oost",
    "Follow the Money-redactie",
    "Lokale Omroep Rivierland",
    "Investico",
    "Het Weekblad",
]
DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "ziggo.nl",
    "kpnmail.nl",
    "outlook.com",
    "live.nl",
    "xs4all.nl",
    "planet.nl",
    "proton.me",
    "icloud.com",
    "home.nl",
    "telfort.nl",
]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
PLATE_L = "BDFGHJKLNPRSTVXZ"


def pick(r, fns):
    return r.choice(fns)()


def cap(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


class Person:
    def __init__(self, first, pre, sur, female, origin):
        self.first, self.pre, self.sur, self.female, self.origin = first, pre, sur, female, origin

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.pre, self.sur) if x)

    @property
    def bare(self):
        return " ".join(x for x in (cap(self.pre), self.sur) if x)

    @property
    def initials(self):
        ini = "".join(p[0] + "." for p in self.first.replace("-", " ").split())
        return " ".join(x for x in (ini, self.pre, self.sur) if x)

    @property
    def sortform(self):
        ini = "".join(p[0] + "." for p in self.first.replace("-", " ").split())
        return f"{self.sur}, {ini}" + (f" {self.pre}" if self.pre else "")

    @property
    def title(self):
        return "mevrouw" if self.female else "de heer"

    @property
    def title_short(self):
        return "mw." if self.female else "dhr."

    @property
    def sal(self):
        return "Geachte mevrouw" if self.female else "Geachte heer"

    @property
    def zij(self):
        return "zij" if self.female else "hij"

    @property
    def haar(self):
        return "haar" if self.female else "zijn"

    def email_local(self, r):
        sur = re.sub(r"[^a-z]", "", (self.pre + self.sur).lower().translate(ASCII))
        fi = re.sub(r"[^a-z]", "", self.first.lower().translate(ASCII))
        return r.choice(
            [
                f"{fi[0]}.{sur}",
                f"{fi}.{sur}",
                f"{fi}{sur}{r.randint(1, 99)}",
                f"{sur}.{fi[0]}",
                f"{fi}_{sur}",
                f"{fi[:3]}{sur[:5]}",
            ]
        )


_SPECIAL = {"ı": "i", "ł": "l", "đ": "d", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "İ": "I"}
ASCII = {o: (_SPECIAL.get(chr(o)) or unicodedata.normalize("NFKD", chr(o))[0]) for o in range(192, 0x250)}


def surname(r, origin):
    m, f, pre, suf, j = ORIGINS[origin]
    return r.choice(pre) + j + r.choice(suf)


def person(r, origin=None, female=None, dutch_particle=None):
    origin = origin or r.choice(list(ORIGINS))
    female = r.random() < 0.5 if female is None else female
    m, f, _, _, _ = ORIGINS[origin]
    first = r.choice(f if female else m)
    pre = ""
    sur = surname(r, origin)
    if origin == "Dutch" or dutch_particle:
        if dutch_particle or r.random() < 0.7:
            pre = r.choice(PARTICLES_NL)
    if origin == "Flemish" and r.random() < 0.4:
        sur = r.choice(["Van ", "De "]) + cap(r.choice(ORIGINS[origin][3]))
    if origin not in ("Dutch", "Flemish") and r.random() < 0.08:  # married name joined to a Dutch one
        sur = sur + "-" + r.choice(["van ", "de ", ""]) + surname(r, "Dutch").capitalize()
    return Person(first, pre, sur, female, origin)


class Doc:
    def __init__(self, r, i):
        self.r, self.i = r, i
        self.pii, self.keep, self.shapes = [], [], []
        self.people = []
        self.used_surnames = set()
        self.town = r.choice(TOWNS)
        self.gemeente = "gemeente" + self.town.lower()
        self.known = None

    def p(self, text, label):
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, word):
        if word not in self.keep:
            self.keep.append(word)
        return word

    def use(self, name):
        self.shapes.append(name)

    def new_person(self, **kw):
        for _ in range(50):
            pp = person(self.r, **kw)
            parts = {w for w in re.split(r"[\s\-]", pp.full) if w.lower() not in SCORE_PARTICLES and len(w) > 1}
            if not parts & self.used_surnames:
                self.used_surnames |= parts
                self.people.append(pp)
                return pp
        raise RuntimeError("no fresh person")

    # name forms, each annotated as written
    def full(self, pp):
        return self.p(pp.full, "PERSON")

    def bare(self, pp):
        return self.p(pp.bare, "PERSON")

    def ini(self, pp):
        return self.p(pp.initials, "PERSON")

    def first(self, pp):
        return self.p(pp.first, "PERSON")

    def sortf(self, pp):
        return self.p(pp.sortform, "PERSON")

    def poss(self, pp, use_first=False):
        n = pp.first if use_first else pp.bare
        form = n + ("'" if n[-1] in "sxz" else "'s" if n[-1] in "aeiouy" else "s")
        return self.p(form, "PERSON")

    def email(self, pp, domain=None):
        loc = pp.email_local(self.r)
        return self.p(f"{loc}@{domain or self.r.choice(DOMAINS)}", "EMAIL")

    def off_email(self, pp):
        sur = re.sub(r"[^a-z]", "", (pp.pre + pp.sur).lower().translate(ASCII))
        fi = re.sub(r"[^a-z]", "", pp.first.lower().translate(ASCII))
        return self.p(f"{fi[0]}.{sur}@{self.gemeente}.nl", "EMAIL")

    def phone(self, mobile=None):
        r = self.r
        mobile = r.random() < 0.65 if mobile is None else mobile
        if mobile:
            n = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
            s = r.choice(
                [
                    f"0{n[:1]}-{n[1:]}",
                    f"0{n[:1]} {n[1:5]} {n[5:]}",
                    f"+31 {n[0]} {n[1:5]} {n[5:]}",
                    f"+316{n[1:]}",
                    f"0031 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                    f"06{n[1:]}",
                ]
            )
        else:
            area = r.choice(["038", "0570", "058", "036", "013", "010", "033", "077", "074", "078", "072", "045"])
            rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
            rest = str(r.randint(2, 9)) + rest[1:]
            s = r.choice([f"{area}-{rest}", f"({area}) {rest[:3]} {rest[3:]}", f"{area} {rest}"])
        return self.p(s, "PHONE")

    def bsn(self):
        r = self.r
        while True:
            d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
            last = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
            if last < 10:
                s = "".join(map(str, d + [last]))
                break
        s = r.choice([s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", s])
        return self.p(s, "BSN")

    def iban(self):
        r = self.r
        bank = r.choice(BANKS)
        acct = "".join(str(r.randint(0, 9)) for _ in range(10))
        num = "".join(str(int(ch, 36)) for ch in bank + acct + "NL00")
        chk = 98 - int(num) % 97
        c = f"NL{chk:02d}{bank}{acct}"
        s = r.choice([c, " ".join(c[i : i + 4] for i in range(0, len(c), 4))])
        return self.p(s, "IBAN")

    def plate(self):
        r = self.r
        L = lambda n: "".join(r.choice(PLATE_L) for _ in range(n))
        D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        s = r.choice(
            [
                f"{D(2)}-{L(3)}-{D(1)}",
                f"{L(2)}-{D(3)}-{L(1)}",
                f"{D(1)}-{L(3)}-{D(2)}",
                f"{L(3)}-{D(2)}-{L(1)}",
                f"{L(1)}-{D(3)}-{L(2)}",
            ]
        )
        return self.p(s, "LICENSE_PLATE")

    def postcode(self):
        r = self.r
        while True:
            le = r.choice("ABCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
            if le not in ("SA", "SD", "SS"):
                break
        n = r.randint(1011, 9999)
        return self.p(r.choice([f"{n} {le}", f"{n}{le}", f"{n} {le}"]), "POSTCODE")

    def street(self):
        s = self.r.choice(STREET_A) + self.r.choice(STREET_B)
        return s

    def address(self, street=None):
        r = self.r
        st = street or self.street()
        nr = str(r.randint(1, 240)) + r.choice(["", "", "", "A", "-2", " hs", "b", "-III"])
        return self.p(f"{st} {nr}", "ADDRESS"), st

    def dob(self, cue=True):
        r = self.r
        y, m, dd = r.randint(1932, 2007), r.randint(1, 12), r.randint(1, 28)
        forms = [
            f"{dd} {MONTHS[m - 1]} {y}",
            f"{dd:02d}-{m:02d}-{y}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{dd}-{m}-'{str(y)[2:]}",
            f"{dd:02d}.{m:02d}.{y}",
            f"{dd:02d}/{m:02d}/{y}",
            f"{dd} {MON3[m - 1]} {y}",
            f"{y}{m:02d}{dd:02d}",
            f"{dd}-{m}-{y}",
        ]
        s = r.choice(forms)
        self.p(s, "DATE_OF_BIRTH")
        if not cue:
            return s
        cueword = r.choice(["geboren op ", "geb. ", "geboortedatum: ", "geboren ", "(geb. ", "* ", "geboortedatum "])
        return cueword + s + (")" if cueword == "(geb. " else "")

    def date(self, year=None):
        r = self.r
        y = year or r.choice([2025, 2026, 2026])
        m, dd = r.randint(1, 12), r.randint(1, 28)
        return r.choice([f"{dd} {MONTHS[m - 1]} {y}", f"{dd:02d}-{m:02d}-{y}", f"{dd} {MONTHS[m - 1]}"])

    def case(self, kind):
        r = self.r
        y = r.choice(["25", "26"])
        n = r.randint(10, 9999)
        fmt = {
            "woo": [f"WOO-{y}-{n:04d}", f"Woo/20{y}/{n:04d}", f"OW{y}.{n:04d}"],
            "avg": [f"AVG/INZ/20{y}/{n:04d}", f"PRV-{y}-{n:03d}", f"AVG.{y}.{n:04d}"],
            "fg": [f"FG-K{y}/{n:03d}", f"FG 20{y}.{n:03d}"],
            "dl": [f"DL20{y}-{n:03d}", f"Datalek #{y}{n:04d}"],
            "bd": [f"BD {r.randint(1950, 1999)}/{n:04d}", f"BWT-{r.randint(1950, 1999)}-{n:03d}"],
            "pd": [f"PD-{r.randint(10000, 99999)}", f"P.{r.randint(1000, 9999)}.{r.randint(10, 99)}"],
            "zaak": [f"Z20{y}-{r.randint(100000, 999999)}", f"ZK{y}/{n:05d}"],
            "bzw": [f"BZW {y}/{n:04d}", f"B&B-{y}-{n:03d}"],
            "bs": [f"BS-ARCH-{n:04d}", f"GEN/{y}/{n:03d}"],
        }[kind]
        return self.p(r.choice(fmt), "CASE_NUMBER")

    def gen_contact(self):
        r = self.r
        code = f"14 0{r.randint(10, 99)}"
        return self.k(
            r.choice(
                [
                    code,
                    f"info@{self.gemeente}.nl",
                    f"woo@{self.gemeente}.nl",
                    f"privacy@{self.gemeente}.nl",
                    f"archief@{self.gemeente}.nl",
                ]
            )
        )

    def amount(self):
        r = self.r
        return self.k(
            r.choice(
                [
                    f"€ {r.randint(5, 95)},{r.choice(['00', '50', '25'])}",
                    f"€ {r.randint(100, 1442)},-",
                    f"€ {r.randint(1, 40)} per dag",
                ]
            )
        )


# ---------------------------------------------------------------- reusable line and sentence shapes


@shape("hdr.letter_block")
def hdr_letter_block(d, pp, with_pc=True):
    adr, st = d.address()
    pc = d.postcode() if with_pc else ""
    d.k(d.town)
    return f"{pp.title.capitalize() if pp.female else 'De heer'} {d.ini(pp)}\n{adr}\n{pc + '  ' if pc else ''}{d.town.upper() if d.r.random() < 0.3 else d.town}".replace(
        d.town.upper(), d.town
    )


@shape("hdr.email")
def hdr_email(d, sender, recv_addr, subj, cc=None):
    lines = [f"Van: {d.full(sender)} <{d.email(sender)}>", f"Aan: {recv_addr}"]
    if cc:
        lines.append(f"CC: {d.full(cc)} <{d.off_email(cc)}>")
    lines.append(f"Datum: {d.k(d.r.choice(WEEKDAYS))} {d.date(2026)} {d.r.randint(7, 22):02d}:{d.r.randint(0, 59):02d}")
    lines.append(f"Onderwerp: {subj}")
    return "\n".join(lines)


@shape("hdr.email_official")
def hdr_email_official(d, sender, recv, subj):
    return "\n".join(
        [
            f"From: {d.ini(sender)} ({d.k(d.r.choice(DEPTS))}) <{d.off_email(sender)}>",
            f"To: {d.full(recv)} <{d.email(recv)}>",
            f"Sent: {d.date(2026)}",
            f"Subject: RE: {subj}",
        ]
    )


@shape("hdr.kenmerk_block")
def hdr_kenmerk(d, case):
    r = d.r
    return "\n".join(
        [
            f"Ons kenmerk: {case}",
            f"Datum: {d.date(2026)}",
            f"Behandeld door: {d.k('team')} {d.k(r.choice(['Woo', 'Privacy', 'Archief', 'Informatiebeheer']))}",
            f"Telefoon: {d.gen_contact()}",
        ]
    )


@shape("line.cc")
def line_cc(d, ppl):
    r = d.r
    form = r.choice(["cc: {}", "Afschrift aan: {}", "Kopie: {}", "c.c. {}"])
    names = ", ".join(f"{d.ini(p)} ({d.k(r.choice(DEPTS))})" if r.random() < 0.5 else d.full(p) for p in ppl)
    return form.format(names)


@shape("line.signature_official")
def sig_official(d, pp, func):
    r = d.r
    return pick(
        d.r,
        [
            lambda: (
                f"Met vriendelijke groet,\n\n{d.full(pp)}\n{cap(func)}, {d.k('afdeling')} {d.k(r.choice(DEPTS))}\nT {d.phone(False)}"
            ),
            lambda: (
                f"Hoogachtend,\nnamens het college van burgemeester en wethouders van {d.k(d.town)},\n\n{d.ini(pp)}\n{func}"
            ),
            lambda: f"Groet,\n{d.first(pp)}\n--\n{d.full(pp)} | {func} | {d.off_email(pp)}",
        ],
    )


@shape("line.signature_resident")
def sig_resident(d, pp):
    r = d.r
    return pick(
        d.r,
        [
            lambda: f"Met vriendelijke groet,\n{d.full(pp)}",
            lambda: f"Groeten,\n{d.first(pp)} ({d.full(pp)})\nmob. {d.phone(True)}",
            lambda: f"Hoogachtend,\n\n{d.ini(pp)}\n{d.email(pp)}",
        ],
    )


@shape("sent.identity_bsn")
def s_identity_bsn(d, pp):
    r = d.r
    return pick(
        d.r,
        [
            lambda: f"Ter identificatie: mijn BSN is {d.bsn()} en ik ben {d.dob()}.",
            lambda: (
                f"Mijn burgerservicenummer ({d.bsn()}) en een kopie van mijn ID-kaart (met {d.k('BSN')} afgeschermd op de kopie) stuur ik mee."
            ),
            lambda: f"U kunt mij vinden in de {d.k('BRP')} onder {d.full(pp)}, {d.dob()}.",
        ],
    )


@shape("sent.dob_nocue")
def s_dob_nocue(d, pp):
    return pick(
        d.r,
        [
            lambda: f"Het gaat om {d.full(pp)} ({d.dob(cue=False)}), {d.haar_rel(pp)}.",
            lambda: f"{d.full(pp)}, {d.dob(cue=False)}, staat in het register als bewoner.",
            lambda: f"Betrokkene: {d.sortf(pp)} – {d.dob(cue=False)}",
        ],
    )


@shape("sent.contact_pref")
def s_contact_pref(d, pp):
    r = d.r
    return pick(
        d.r,
        [
            lambda: f"U kunt mij overdag bellen op {d.phone()} of mailen naar {d.email(pp)}.",
            lambda: f"Liever geen post meer naar mijn oude adres; mail: {d.email(pp)}, tel. {d.phone()}.",
            lambda: f"Bereikbaar na 17.00 uur via {d.phone()}.",
        ],
    )


@shape("sent.family_member")
def s_family(d, pp):
    r = d.r
    rel = d.new_person(origin=pp.origin, female=r.random() < 0.5)
    rel.sur, rel.pre = pp.sur, pp.pre
    d.people.append(rel)
    role = r.choice(["mijn zoon", "mijn dochter", "mijn vader", "mijn moeder", "mijn broer", "mijn zus"])
    return pick(
        d.r,
        [
            lambda: (
                f"Ik dien dit verzoek ook in namens {role} {d.full(rel)}, {d.dob()}, die mij daarvoor een machtiging heeft gegeven."
            ),
            lambda: f"Ook de gegevens van {role} {d.first(rel)} (zelfde adres) wil ik graag inzien.",
            lambda: f"Let op: {role} {d.full(rel)} woont niet meer bij ons sinds {d.k(r.choice(MONTHS))}.",
        ],
    )


@shape("sent.neighbour")
def s_neighbour(d, pp):
    r = d.r
    nb = d.new_person()
    return pick(
        d.r,
        [
            lambda: (
                f"Mijn buurman {d.full(nb)} ({d.address()[0]}) heeft dezelfde brief gekregen, maar met mijn naam erop."
            ),
            lambda: f"De brief was gericht aan {nb.title} {d.bare(nb)}, {d.address()[0]}, maar lag in mijn brievenbus.",
            lambda: (
                f"Volgens {d.poss(nb)} verhaal heeft de gemeente ook hun stukken naar het verkeerde adres gestuurd."
            ),
        ],
    )


@shape("sent.late_deadline")
def s_late(d):
    r = d.r
    return pick(
        d.r,
        [
            lambda: f"De wettelijke {d.k('beslistermijn')} van vier weken is op {d.date(2026)} verstreken.",
            lambda: (
                f"Volgens artikel 4.4 van de {d.k('Woo')} had u binnen vier weken moeten beslissen; u hebt met nog eens twee weken verdaagd."
            ),
            lambda: f"Ik heb op {d.date(2026)} een {d.k('ingebrekestelling')} gestuurd, zonder reactie.",
        ],
    )


@shape("sent.fee")
def s_fee(d):
    return pick(
        d.r,
        [
            lambda: f"Voor de kopieën van het bouwdossier rekent het archief {d.amount()}.",
            lambda: f"Aan het verstrekken van een afschrift zijn kosten verbonden: {d.amount()}.",
            lambda: f"Inzage in de {d.k('studiezaal')} is kosteloos.",
        ],
    )


@shape("sent.forward")
def s_forward(d, off):
    return pick(
        d.r,
        [
            lambda: f"Ik heb uw vraag doorgezet naar {d.full(off)} van {d.k(d.r.choice(DEPTS))}.",
            lambda: (
                f"Mijn collega {d.first(off)} neemt dit over; {off.zij} is op {d.k(d.r.choice(WEEKDAYS))} weer aanwezig."
            ),
            lambda: f"Graag even afstemmen met {d.ini(off)} voordat het besluit de deur uitgaat.",
        ],
    )


@shape("sent.iban_refund")
def s_iban(d, pp):
    return pick(
        d.r,
        [
            lambda: f"De leges kunnen worden teruggestort op {d.iban()} t.n.v. {d.ini(pp)}.",
            lambda: f"In het overzicht staat ook mijn rekeningnummer {d.iban()}; dat is niet meer actueel.",
        ],
    )


@shape("sent.plate")
def s_plate(d, pp):
    return pick(
        d.r,
        [
            lambda: f"In het {d.k('Parkeerregister')} staat nog steeds mijn oude auto met kenteken {d.plate()}.",
            lambda: f"Op de camerabeelden is het kenteken {d.plate()} leesbaar; dat is de auto van {d.full(pp)}.",
        ],
    )


# ---------------------------------------------------------------- inventory rows

INV_SHAPES = []


def inv_row(name):
    def deco(fn):
        shape(name)(fn)
        INV_SHAPES.append(fn)
        return fn

    return deco


def _kind(r):
    return r.choice(["e-mail", "brief", "notitie", "verslag", "memo", "Teams-bericht", "raadsvoorstel", "factuur"])


def _dec(d):
    r = d.r
    dec = r.choice(["openbaar", "deels openbaar", "deels openbaar", "niet openbaar"])
    ground = "" if dec == "openbaar" else r.choice(WOO_GROUNDS)[0]
    return d.k(dec), ground


@inv_row("inv.pipe_row")
def inv_pipe(d, n, a, b):
    dec, g = _dec(d)
    return f"| {n} | {d.date(d.r.choice([2025, 2026]))} | {d.ini(a)} | {d.ini(b)} | {_kind(d.r)} | {dec} | {g or '-'} |"


@inv_row("inv.tab_row")
def inv_tab(d, n, a, b):
    dec, g = _dec(d)
    return f"{n}\t{d.date()}\t{d.sortf(a)}\t{d.sortf(b)}\t{_kind(d.r)}\t{dec}\t{g}"


@inv_row("inv.semicolon_row")
def inv_semi(d, n, a, b):
    dec, g = _dec(d)
    return f"{n};{d.date(2026)};{d.full(a)};{d.full(b)};{_kind(d.r)};{dec};{g}"


@inv_row("inv.prose_row")
def inv_prose(d, n, a, b):
    dec, g = _dec(d)
    return (
        f"Document {n}: {_kind(d.r)} van {d.full(a)} aan {d.ini(b)}, d.d. {d.date()} – {dec}"
        + (f" ({g})" if g else "")
        + "."
    )


@inv_row("inv.dept_row")
def inv_dept(d, n, a, b):
    dec, g = _dec(d)
    return f"[{n}] {d.date(2026)} | afzender: {d.bare(a)} ({d.k(d.r.choice(DEPTS))}) | ontvanger: {d.bare(b)} | {dec}"


@inv_row("inv.redacted_row")
def inv_red(d, n, a, b):
    return (
        f"{n}. {_kind(d.r)} {d.date(2026)}, {d.ini(a)} → {d.k('extern')} (naam ontvanger gelakt, 5.1 lid 2 sub e) "
        f"– {d.k('deels openbaar')}"
    )


# ---------------------------------------------------------------- document kinds

DOC_KINDS = []


def doc_kind(name):
    def deco(fn):
        shape(name)(fn)
        DOC_KINDS.append(fn)
        return fn

    return deco


def _res(d):
    if d.known:
        return d.known
    return d.new_person()


def _off(d):
    return d.new_person()


def _known_line(d):
    if d.known is not None and d.known_sentence not in d.emitted:
        d.emitted.add(d.known_sentence)
        d.k(d.known_word)
        return d.known_sentence.format(town=d.town)
    return ""


@doc_kind("doc.woo_request_resident_letter")
def k_woo_req_letter(d):
    r = d.r
    res, topic = _res(d), r.choice(WOO_TOPICS)
    d.use("hdr.letter_block")
    out = [
        hdr_letter_block(d, res),
        "",
        f"Aan het college van burgemeester en wethouders van {d.k(d.town)}",
        f"{d.k(d.town)}, {d.date(2026)}",
        "",
        f"Betreft: {d.k('Woo-verzoek')} over {topic}",
        "",
        "Geacht college,",
        "",
        f"Op grond van de {d.k('Wet open overheid')} verzoek ik u om openbaarmaking van alle documenten over {topic} "
        f"uit de periode {d.k(r.choice(MONTHS))} 2024 tot nu, waaronder e-mails, notities en verslagen.",
        _known_line(d),
    ]
    d.use("sent.contact_pref")
    out.append(s_contact_pref(d, res))
    if r.random() < 0.5:
        d.use("sent.fee")
        out.append(s_fee(d))
    d.use("line.signature_resident")
    out += ["", sig_resident(d, res)]
    return out


@doc_kind("doc.woo_request_journalist_mail")
def k_woo_journalist(d):
    r = d.r
    jo = d.new_person()
    press = r.choice(PRESS)
    topic = r.choice(WOO_TOPICS)
    d.use("hdr.email")
    out = [
        hdr_email(d, jo, f"woo@{d.gemeente}.nl", f"Woo-verzoek {topic}"),
        "",
        "Beste Woo-team,",
        "",
        f"Namens {d.k(press)} doe ik een verzoek op grond van de Woo. "
        f"Ik vraag alle communicatie tussen wethouder en ambtenaren over {topic}.",
        f"Ik werk aan een publicatie en verzoek u om deelbesluiten, zodat documenten per {d.k('tranche')} openbaar worden.",
        _known_line(d),
    ]
    if r.random() < 0.5:
        d.use("sent.late_deadline")
        out.append(s_late(d))
    out += [
        "",
        "Met collegiale groet,",
        d.full(jo),
        f"onderzoeksjournalist | {d.phone(True)}",
        "X: "
        + d.p(
            "@"
            + re.sub(r"[^a-z]", "", jo.first.lower().translate(ASCII))
            + re.sub(r"[^a-z]", "", jo.sur.lower().translate(ASCII))[:6],
            "PERSON",
        ),
    ]
    return out


@doc_kind("doc.woo_acknowledgement")
def k_woo_ack(d):
    r = d.r
    res, off = _res(d), _off(d)
    case = d.case("woo")
    d.use("hdr.kenmerk_block")
    out = [
        hdr_kenmerk(d, case),
        "",
        f"{res.sal} {d.bare(res)},",
        "",
        f"Op {d.date(2026)} hebben wij uw verzoek op grond van de {d.k('Wet open overheid')} ontvangen. "
        f"Wij hebben uw verzoek geregistreerd onder nummer {case}.",
        _known_line(d),
        f"Wij beslissen binnen vier weken. Deze termijn kunnen wij met twee weken verlengen als de {d.k('documenten')} omvangrijk zijn.",
        f"Als in de stukken gegevens van derden staan, vragen wij hen eerst om een {d.k('zienswijze')}.",
    ]
    d.use("sent.forward")
    out.append(s_forward(d, off))
    d.use("line.signature_official")
    out += ["", sig_official(d, off, "Woo-coördinator")]
    return out


@doc_kind("doc.woo_extension_letter")
def k_woo_ext(d):
    r = d.r
    res, off = _res(d), _off(d)
    case = d.case("woo")
    third = d.new_person()
    out = [
        f"Verdaging beslistermijn – uw kenmerk {case}",
        "",
        f"{res.sal} {d.bare(res)},",
        "",
        f"Wij verdagen de termijn om te beslissen op uw {d.k('Woo-verzoek')} met twee weken, tot {d.date(2026)}.",
        f"Reden: in de documenten staan gegevens van {third.title} {d.full(third)}, die wij eerst in de gelegenheid stellen een "
        f"zienswijze te geven.",
        _known_line(d),
        f"Heeft u vragen, bel dan {d.gen_contact()} en noem uw kenmerk.",
    ]
    d.use("line.cc")
    out.append(line_cc(d, [off]))
    return out


@doc_kind("doc.woo_decision_inventory")
def k_woo_decision(d):
    r = d.r
    res, off = _res(d), _off(d)
    case = d.case("woo")
    topic = r.choice(WOO_TOPICS)
    staff = [d.new_person() for _ in range(r.randint(3, 4))]
    out = [
        f"BESLUIT OP UW WOO-VERZOEK ({case})",
        "",
        f"{res.sal} {d.bare(res)},",
        "",
        f"U hebt gevraagd om openbaarmaking van documenten over {topic}. Wij hebben {r.randint(9, 60)} documenten gevonden.",
        f"Wij maken een deel {d.k('openbaar')}. Persoonsgegevens van ambtenaren die niet in de openbaarheid treden en van "
        f"{d.k('derden')} zijn weggelakt.",
        _known_line(d),
        "",
        f"{d.k('Inventarislijst')}",
        "",
    ]
    row = r.choice(INV_SHAPES)
    d.use(row.shape_name)
    if row is inv_pipe:
        out.append("| nr | datum | afzender | ontvanger | soort | besluit | grond |")
    if row is inv_tab:
        out.append("nr\tdatum\tvan\taan\tsoort\tbesluit\tweigeringsgrond")
    if row is inv_semi:
        out.append("nr;datum;afzender;ontvanger;soort;besluit;grond")
    for n in range(1, r.randint(4, 7)):
        a, b = r.sample(staff + [res], 2) if r.random() < 0.3 else r.sample(staff, 2)
        out.append(row(d, n, a, b))
    if r.random() < 0.5:
        row2 = r.choice(INV_SHAPES)
        d.use(row2.shape_name)
        out.append(row2(d, n + 1, r.choice(staff), r.choice(staff)))
    out += ["", f"Tegen dit besluit kunt u binnen zes weken {d.k('bezwaar')} maken."]
    d.use("line.signature_official")
    out += ["", sig_official(d, off, "Woo-coördinator")]
    return out


@doc_kind("doc.redaction_note")
def k_redaction(d):
    r = d.r
    off, res = _off(d), _res(d)
    third = d.new_person()
    case = d.case("woo")
    out = [
        f"{d.k('Lakinstructie')} bij {case} – intern",
        f"Opgesteld door {d.ini(off)}, {d.date(2026)}",
        "",
        f"- Namen van medewerkers zonder publieke functie lakken (grond 5.1 lid 2 sub e), ook in de {d.k('handtekening')}.",
        f"- De naam {d.full(third)} komt voor in document 3 en 8, ook als '{d.bare(third)}' en in het mailadres {d.email(third)}; overal lakken.",
        f"- In document 11 staat het BSN {d.bsn()} van een bewoner: lakken op grond van 5.1 lid 1 sub d.",
        f"- Verzoeker {d.full(res)} staat in de cc van document 6; niet lakken in de versie voor verzoeker zelf, wel bij actieve {d.k('publicatie')}.",
        _known_line(d),
        f"- Functienamen zoals {d.k('wethouder')} en {d.k('gemeentesecretaris')} blijven staan.",
    ]
    return out


@doc_kind("doc.third_party_view_request")
def k_zienswijze(d):
    r = d.r
    third, off = d.new_person(), _off(d)
    case = d.case("woo")
    adr, st = d.address()
    out = [
        f"{third.title.capitalize()} {d.ini(third)}",
        adr,
        f"{d.postcode()} {d.k(d.town)}",
        "",
        f"Onderwerp: verzoek om zienswijze ({case})",
        "",
        f"{third.sal} {d.bare(third)},",
        "",
        f"De gemeente heeft een verzoek ontvangen op grond van de Woo. In de gevonden stukken staat uw naam en uw adres aan de {d.p(st, 'ADDRESS')}.",
        f"Voordat wij beslissen, kunt u binnen twee weken laten weten of u {d.k('bezwaar')} hebt tegen openbaarmaking.",
        _known_line(d),
    ]
    d.use("line.signature_official")
    out += ["", sig_official(d, off, r.choice(FUNCS))]
    return out


@doc_kind("doc.avg_inzage_request_mail")
def k_inzage_req(d):
    r = d.r
    res = _res(d)
    d.use("hdr.email")
    out = [
        hdr_email(d, res, f"privacy@{d.gemeente}.nl", "Inzageverzoek AVG artikel 15"),
        "",
        "Geachte heer/mevrouw,",
        "",
        f"Op grond van artikel 15 van de {d.k('AVG')} wil ik weten welke persoonsgegevens de gemeente {d.k(d.town)} van mij verwerkt, "
        f"met welk doel, en aan wie ze zijn verstrekt.",
        _known_line(d),
    ]
    d.use("sent.identity_bsn")
    out.append(s_identity_bsn(d, res))
    adr, st = d.address()
    out.append(f"Mijn huidige adres is {adr}, {d.postcode()} {d.k(d.town)}.")
    if r.random() < 0.5:
        d.use("sent.family_member")
        out.append(s_family(d, res))
    d.use("line.signature_resident")
    out += ["", sig_resident(d, res)]
    return out


@doc_kind("doc.avg_inzage_overview")
def k_inzage_overview(d):
    r = d.r
    res, off = _res(d), _off(d)
    case = d.case("avg")
    out = [f"Overzicht verwerkingen – inzageverzoek {case}", f"Betrokkene: {d.full(res)}, {d.dob()}", ""]
    d.use("line.system_row")
    for sysn, purpose in r.sample(SYSTEMS, r.randint(3, 5)):
        out.append(line_system(d, res, sysn, purpose))
    out += [
        "",
        f"Bewaartermijnen volgen de {d.k('Selectielijst')} voor gemeenten. Gegevens uit de {d.k('BRP')} worden "
        f"verstrekt aan onder meer de {d.k('Belastingdienst')} en het {d.k('UWV')}.",
        _known_line(d),
    ]
    d.use("line.signature_official")
    out += ["", sig_official(d, off, "privacyjurist")]
    return out


@shape("line.system_row")
def line_system(d, res, sysn, purpose):
    r = d.r
    what = pick(
        r,
        [
            lambda: f"naam, adres ({d.address()[0]}), {d.dob(cue=False)}",
            lambda: f"BSN {d.bsn()}, telefoonnummer {d.phone()}",
            lambda: f"rekeningnummer {d.iban()}, aanslagnummer {d.case('zaak')}",
            lambda: f"kenteken {d.plate()}, vergunningnummer",
            lambda: f"e-mailadres {d.email(res)}, notities klantcontact",
            lambda: f"zaaknummer {d.case('zaak')}, {d.k('correspondentie')}",
        ],
    )
    return f"- {d.k(sysn)} ({purpose}): {what}"


@doc_kind("doc.avg_correction_request")
def k_rectify(d):
    r = d.r
    res = _res(d)
    wrong = d.dob(cue=False)
    out = [
        f"Aan: team {d.k('Burgerzaken')}",
        f"Van: {d.full(res)}",
        "",
        f"Onderwerp: {d.k('rectificatie')} van mijn gegevens",
        "",
        f"In uw administratie staat als mijn geboortedatum {wrong}, maar dat klopt niet: ik ben {d.dob()}.",
        f"Ook staat mijn achternaam in hoofdletters als '{d.p(res.sur.upper(), 'PERSON')}' op de {d.k('envelop')} van {d.date(2026)}, zonder voorletters.",
        _known_line(d),
    ]
    d.use("sent.contact_pref")
    out.append(s_contact_pref(d, res))
    d.use("line.signature_resident")
    out.append(sig_resident(d, res))
    return out


@doc_kind("doc.avg_deletion_decision")
def k_delete(d):
    r = d.r
    res, off = _res(d), _off(d)
    case = d.case("avg")
    out = [
        f"Besluit op verzoek tot verwijdering ({case})",
        "",
        f"{res.sal} {d.bare(res)},",
        "",
        f"U vroeg ons op {d.date(2026)} om alle gegevens over u te wissen, waaronder de melding over uw hond en de "
        f"camerabeelden van de {d.k('milieustraat')}.",
        f"Wij wissen de camerabeelden. De gegevens in de {d.k('BRP')} mogen wij niet verwijderen; daarvoor geldt een wettelijke plicht.",
        _known_line(d),
    ]
    if r.random() < 0.5:
        d.use("sent.plate")
        out.append(s_plate(d, res))
    d.use("line.signature_official")
    out += ["", sig_official(d, off, "privacyjurist")]
    return out


@doc_kind("doc.fg_complaint")
def k_fg_complaint(d):
    r = d.r
    res = _res(d)
    off = _off(d)
    case = d.case("fg")
    out = [
        f"Klacht aan de {d.k('functionaris gegevensbescherming')}",
        f"Indiener: {d.full(res)}",
        f"Dossier: {case}",
        "",
        f"Op {d.date(2026)} heeft medewerker {d.full(off)} van {d.k(r.choice(DEPTS))} mijn dossier besproken "
        f"aan de telefoon met mijn ex-partner. Dat is zonder mijn toestemming gebeurd.",
        f"{d.k('Daarnaast')} stond mijn adres, {d.address()[0]}, in een bijlage die naar de hele {d.k('wijkraad')} is gemaild.",
        _known_line(d),
    ]
    d.use("sent.neighbour")
    out.append(s_neighbour(d, res))
    d.use("sent.contact_pref")
    out.append(s_contact_pref(d, res))
    return out


@doc_kind("doc.fg_advice")
def k_fg_advice(d):
    r = d.r
    fg, res, off = _off(d), _res(d), _off(d)
    case = d.case(r.choice(["fg", "dl"]))
    out = [
        f"ADVIES FG – {case}",
        f"Aan: {d.full(off)}, {r.choice(FUNCS)}",
        f"Van: {d.ini(fg)}, functionaris gegevensbescherming",
        f"Datum: {d.date(2026)}",
        "",
        f"1. {d.k('Feiten')}. De klacht van {res.title} {d.bare(res)} gaat over het delen van {res.haar} gegevens met een externe partij.",
        f"2. {d.k('Beoordeling')}. Er was geen grondslag in artikel 6 AVG voor deze verstrekking.",
        f"3. {d.k('Advies')}. Bied {d.bare(res)} excuses aan en pas de werkinstructie aan. Meld dit niet bij de "
        f"{d.k('Autoriteit Persoonsgegevens')} als het risico laag blijft.",
        _known_line(d),
    ]
    d.use("line.cc")
    out.append(line_cc(d, [d.new_person()]))
    return out


@doc_kind("doc.breach_log")
def k_breach_log(d):
    r = d.r
    out = [f"{d.k('Register')} datalekken {d.k(d.town)} – uittreksel", ""]
    d.use("line.breach_entry")
    for _ in range(r.randint(2, 4)):
        out.append(line_breach(d))
    kl = _known_line(d)
    if kl:
        out += ["", "Opmerking: " + kl]
    out.append(f"Melding aan de AP: {d.k('nee')} (risico laag) / {d.k('ja')} binnen 72 uur waar nodig.")
    return out


@shape("line.breach_entry")
def line_breach(d):
    r = d.r
    case = d.case("dl")
    if d.known and r.random() < 0.5 and not getattr(d, "_kb", False):
        a, d._kb = d.known, True
    else:
        a = d.new_person()
    b = d.new_person()
    off = d.new_person()
    what = pick(
        r,
        [
            lambda: f"brief over bijzondere bijstand van {d.full(a)} verstuurd naar {d.full(b)}",
            lambda: f"mail met {d.poss(a)} medisch advies in cc aan {d.ini(b)} ({d.email(b)})",
            lambda: f"beschikking met BSN {d.bsn()} van {d.ini(a)} in envelop van {b.title} {d.bare(b)}",
            lambda: f"excelbestand met adressen (o.a. {d.address()[0]}) van {d.full(a)} gedeeld met {d.full(b)}",
        ],
    )
    return f"{case} | {d.date(2026)} | {what} | gemeld door {d.ini(off)} | {d.k(r.choice(['afgehandeld', 'in behandeling']))}"


@doc_kind("doc.breach_letter_affected")
def k_breach_letter(d):
    r = d.r
    res, other, off = _res(d), d.new_person(), _off(d)
    case = d.case("dl")
    d.use("hdr.letter_block")
    out = [
        hdr_letter_block(d, res),
        "",
        f"Kenmerk: {case}",
        "",
        f"{res.sal} {d.bare(res)},",
        "",
        f"Op {d.date(2026)} hebben wij een brief over uw {d.k(r.choice(['kwijtschelding', 'Wmo-voorziening', 'parkeervergunning']))} "
        f"per ongeluk naar een ander adres gestuurd. De ontvanger, {d.full(other)}, heeft ons gebeld en de brief vernietigd.",
        f"In de brief stonden uw naam, uw adres en uw {r.choice(['BSN', 'geboortedatum'])}.",
        _known_line(d),
        f"Wij hebben het {d.k('datalek')} geregistreerd en onze werkwijze aangepast.",
    ]
    if r.random() < 0.5:
        d.use("sent.iban_refund")
        out.append(s_iban(d, res))
    d.use("line.signature_official")
    out += ["", sig_official(d, off, "adviseur informatieveiligheid")]
    return out


@doc_kind("doc.ap_notification_form")
def k_ap_form(d):
    r = d.r
    off, a = _off(d), _res(d)
    case = d.case("dl")
    n = r.randint(2, 400)
    out = [
        f"Meldformulier datalek (concept voor de {d.k('Autoriteit Persoonsgegevens')})",
        "",
        f"Intern nummer: {case}",
        f"Contactpersoon: {d.full(off)}, {d.off_email(off)}, {d.phone(False)}",
        f"Aantal betrokkenen: {n}",
        f"Soort gegevens: {d.k('naam')}, adres, BSN, gezondheid",
        f"Voorbeeld betrokkene: {d.sortf(a)}, {d.address()[0]}, {d.dob(cue=False)}",
        f"Oorzaak: verkeerde {d.k('mailmerge')} in de {d.k('Wmo')}-brieven van {d.k(r.choice(MONTHS))}.",
        _known_line(d),
    ]
    return out


@doc_kind("doc.archive_building_file")
def k_bouwdossier(d):
    r = d.r
    res, arch = _res(d), _off(d)
    case = d.case("bd")
    adr, st = d.address()
    out = [
        f"Aanvraag inzage {d.k('bouwdossier')}",
        "",
        f"Naam aanvrager: {d.full(res)}",
        f"Adres van het pand: {adr}, {d.k(d.town)}",
        f"Dossiernummer archief: {case}",
        "",
        f"Ik ben sinds {d.date(r.randint(2015, 2024))} eigenaar van het huis en wil de oorspronkelijke {d.k('bouwtekeningen')} en de "
        f"vergunning voor de aanbouw inzien.",
        _known_line(d),
        f"Vorige eigenaar volgens het kadaster: {d.full(d.new_person())}.",
    ]
    d.use("sent.fee")
    out.append(s_fee(d))
    out.append(f"Behandelaar {d.k('Stadsarchief')}: {d.ini(arch)}, {d.off_email(arch)}")
    return out


@doc_kind("doc.archive_civil_records")
def k_civil(d):
    r = d.r
    res = _res(d)
    anc = d.new_person(origin=res.origin)
    anc.pre, anc.sur = res.pre, res.sur
    case = d.case("bs")
    y = r.randint(1890, 1949)
    out = [
        f"Verzoek om afschrift uit de {d.k('burgerlijke stand')}",
        f"Kenmerk: {case}",
        "",
        f"Ik doe onderzoek naar mijn familie. Ik zoek de geboorteakte van mijn grootvader {d.full(anc)}, geboren in {d.k(str(y))} in {d.k(d.town)}.",
        f"Volgens de {d.k('Archiefwet')} zijn akten na honderd jaar openbaar; ik begrijp dat een akte uit {y} mogelijk nog niet vrij is.",
        _known_line(d),
        f"Mijn eigen gegevens: {d.full(res)}, {d.dob()}, {d.address()[0]}.",
    ]
    d.use("sent.contact_pref")
    out.append(s_contact_pref(d, res))
    return out


@doc_kind("doc.archive_personnel_file")
def k_personnel(d):
    r = d.r
    res, hr = _res(d), _off(d)
    case = d.case("pd")
    boss = d.new_person()
    out = [
        f"Aan: {d.k('Personeel en Organisatie')}, t.a.v. {d.full(hr)}",
        "",
        f"Betreft: opvragen personeelsdossier {case}",
        "",
        f"Ik werkte van {d.k(str(r.randint(1978, 2005)))} tot {d.k(str(r.randint(2006, 2020)))} bij de afdeling {d.k(r.choice(DEPTS))}. "
        f"Mijn leidinggevende was {d.full(boss)}.",
        f"Voor mijn {d.k('pensioen')} heb ik de aanstellingsbesluiten nodig. Personeelsnummer: {case}.",
        _known_line(d),
        f"Ik ben {d.dob()}; mijn BSN is {d.bsn()}.",
    ]
    d.use("line.signature_resident")
    out += ["", sig_resident(d, res)]
    return out


@doc_kind("doc.mediator_note_late_woo")
def k_mediator(d):
    r = d.r
    res, med, off = _res(d), _off(d), _off(d)
    case = d.case("woo")
    out = [
        f"{d.k('Bemiddelingsverslag')} – {d.k('Verzoek tot Afstemming')}",
        f"Bemiddelaar: {d.full(med)}",
        f"Zaak: {case}",
        "",
        f"{d.full(res)} diende op {d.date(2025)} een Woo-verzoek in over {r.choice(WOO_TOPICS)}. Er is nog steeds geen besluit.",
        f"{d.bare(res)} overweegt beroep bij de rechtbank wegens niet tijdig beslissen.",
        _known_line(d),
        f"Namens de gemeente sprak {d.full(off)} ({r.choice(FUNCS)}). {off.zij.capitalize()} erkent de vertraging en noemt "
        f"personeelstekort bij team {d.k('Woo')}.",
        f"{d.k('Afspraak')}: een eerste deelbesluit vóór {d.date(2026)}, daarna elke vier weken een tranche.",
    ]
    d.use("sent.late_deadline")
    out.append(s_late(d))
    out.append(f"{d.first(med)} belt {d.bare(res)} op {d.k(r.choice(WEEKDAYS))} na om de voortgang te bespreken.")
    return out


@doc_kind("doc.notice_of_default")
def k_default(d):
    r = d.r
    res = _res(d)
    case = d.case("woo")
    out = [
        "INGEBREKESTELLING",
        "",
        f"Van: {d.full(res)}, {d.address()[0]}, {d.postcode()} {d.k(d.town)}",
        f"Uw kenmerk: {case}",
        "",
        f"Op {d.date(2025)} heb ik een verzoek gedaan op grond van de {d.k('Woo')}. U hebt niet tijdig beslist.",
        f"Ik stel u hierbij in gebreke. Beslist u niet binnen twee weken, dan verbeurt u een {d.k('dwangsom')} van {d.amount()}.",
        _known_line(d),
    ]
    d.use("sent.iban_refund")
    out.append(s_iban(d, res))
    d.use("line.signature_resident")
    out.append(sig_resident(d, res))
    return out


@doc_kind("doc.objection_woo_decision")
def k_objection(d):
    r = d.r
    res = _res(d)
    case, bzw = d.case("woo"), d.case("bzw")
    off = d.new_person()
    out = [
        f"Bezwaarschrift tegen besluit {case}",
        f"Registratie commissie: {bzw}",
        "",
        f"Ik ben het niet eens met het besluit van {d.date(2026)}. Te veel passages zijn gelakt op grond van 5.2 Woo.",
        f"Vooral de e-mails van {d.full(off)} aan de {d.k('wethouder')} bevatten feiten, geen persoonlijke beleidsopvattingen.",
        _known_line(d),
        f"Ik wil graag gehoord worden door de {d.k('bezwaarcommissie')}.",
    ]
    d.use("line.signature_resident")
    out.append(sig_resident(d, res))
    return out


@doc_kind("doc.phone_note")
def k_phone(d):
    r = d.r
    res, off = _res(d), _off(d)
    out = [
        f"{d.k('Telefoonnotitie')} {d.date(2026)}, {r.randint(8, 16)}.{r.choice(['05', '20', '45'])} uur",
        f"Gesproken met: {d.full(res)} (tel. {d.phone()})",
        f"Door: {d.ini(off)}",
        "",
        f"{res.title.capitalize()} {d.bare(res)} belt over {res.haar} inzageverzoek. {res.zij.capitalize()} heeft nog niets ontvangen.",
        _known_line(d),
        f"{d.k('Toegezegd')}: terugbellen vóór {d.k(r.choice(WEEKDAYS))}.",
    ]
    if r.random() < 0.5:
        d.use("sent.dob_nocue")
        d.haar_rel = lambda pp: "de bewoner"
        out.append(s_dob_nocue(d, res))
    return out


@doc_kind("doc.internal_chat")
def k_chat(d):
    r = d.r
    a, b, res = _off(d), _off(d), _res(d)
    t = lambda: f"[{r.randint(8, 17):02d}:{r.randint(0, 59):02d}]"
    out = [
        f"Teams – kanaal {d.k('Woo-verzoeken')}",
        f"{t()} {d.full(a)}: weet iemand waar het dossier van {d.full(res)} ligt? {d.poss(res)} termijn loopt vrijdag af",
        f"{t()} {d.full(b)}: staat bij {d.k('Juridische Zaken')}, ik vraag het aan {d.first(d.new_person())}",
        f"{t()} {d.first(a)}: top. en let op: in bijlage 4 staat {res.haar} telefoonnummer {d.phone()}",
        f"{t()} {d.first(b)}: {d.k('Vrijdag')} is de deadline, dus morgen naar de {d.k('Woo-coördinator')}",
    ]
    kl = _known_line(d)
    if kl:
        out.append(f"{t()} {d.first(b)}: {kl}")
    return out


@doc_kind("doc.inzage_answer_letter")
def k_inzage_answer(d):
    r = d.r
    res, off = _res(d), _off(d)
    case = d.case("avg")
    d.use("hdr.email_official")
    out = [
        hdr_email_official(d, off, res, f"Uw inzageverzoek {case}"),
        "",
        f"Beste {d.first(res)},",
        "",
        f"Hierbij het antwoord op uw inzageverzoek. In de bijlage vindt u het bestand 'inzage-{d.p((res.sur if d.known is res else res.sur.lower()).translate(ASCII).replace(' ', '-'), 'PERSON')}-{case.replace('/', '-').replace(' ', '-').replace('#', '').lower()}.pdf'.",
        f"Wij hebben gegevens van u gevonden in het {d.k('zaaksysteem')} en in het {d.k('Klantcontactsysteem')}.",
        _known_line(d),
    ]
    d.p(case.replace("/", "-").replace(" ", "-").replace("#", "").lower(), "CASE_NUMBER")
    if r.random() < 0.6:
        d.use("sent.forward")
        out.append(s_forward(d, d.new_person()))
    d.use("line.signature_official")
    out += ["", sig_official(d, off, "privacyjurist")]
    return out


@doc_kind("doc.woo_publication_summary")
def k_pub(d):
    r = d.r
    res, off = _res(d), _off(d)
    case = d.case("woo")
    out = [
        f"Publicatie op het {d.k('Woo-platform')}: besluit {case}",
        "",
        f"Verzoeker: {d.k('particulier')} (naam bekend bij de gemeente: {d.full(res)} – niet publiceren)",
        f"Onderwerp: {r.choice(WOO_TOPICS)}",
        f"Besluitdatum: {d.date(2026)}",
        f"Contactpersoon: {d.ini(off)} ({d.off_email(off)})",
        _known_line(d),
        f"Let op: het origineel bevat {d.poss(res, use_first=r.random() < 0.5)} handtekening en adres ({d.address()[0]}).",
    ]
    return out


@doc_kind("doc.reminder_short_mail")
def k_reminder(d):
    r = d.r
    res, off = _res(d), _off(d)
    case = d.case(r.choice(["woo", "avg", "zaak"]))
    out = [
        f"Re: {case}",
        "",
        f"Hoi {d.first(off)},",
        "",
        f"Ik heb nog steeds niets gehoord over {case}. Kun je laten weten wanneer ik iets kan verwachten?",
        _known_line(d),
        f"Groet, {d.full(res)}",
        f"{d.email(res)}",
    ]
    if r.random() < 0.4:
        d.use("sent.dob_nocue")
        d.haar_rel = lambda pp: "de aanvrager"
        out.append(s_dob_nocue(d, res))
    return out


@doc_kind("doc.access_denied_third_party")
def k_deny(d):
    r = d.r
    res, other, off = _res(d), d.new_person(), _off(d)
    out = [
        f"{res.sal} {d.bare(res)},",
        "",
        f"U vroeg om inzage in het dossier van {d.full(other)}, {d.dob()}. U bent geen {d.k('wettelijk vertegenwoordiger')}.",
        "Omdat het om gegevens van een ander gaat, kunnen wij u geen inzage geven.",
        _known_line(d),
        f"Wilt u bezwaar maken? Mail dan naar {d.gen_contact()}.",
    ]
    d.use("line.signature_official")
    out += ["", sig_official(d, off, r.choice(FUNCS))]
    return out


@doc_kind("doc.scan_request_old_file")
def k_scan(d):
    r = d.r
    res = _res(d)
    case = d.case("zaak")
    out = [
        f"Webformulier {d.k('Scan-op-verzoek')}",
        f"Zaaknummer: {case}",
        f"Naam: {d.full(res)}",
        f"E-mail: {d.email(res)}",
        f"Telefoon: {d.phone()}",
        f"Geboortedatum: {d.dob(cue=False)}",
        f"Toelichting: graag een scan van het {d.k('bevolkingsregister')} van de {d.p(d.street(), 'ADDRESS')} rond {r.randint(1940, 1970)}.",
        _known_line(d),
    ]
    return out


# ---------------------------------------------------------------- extra sentences, appended to any document kind

EXTRAS = []


def extra(name):
    def deco(fn):
        shape(name)(fn)
        EXTRAS.append(fn)
        return fn

    return deco


@extra("x.search_terms")
def x_search(d, res):
    low = res.sur if d.known is res else res.sur.lower()
    return f"{d.k('Zoektermen')} gebruikt in de {d.k('zoekslag')}: '{d.p(low, 'PERSON')}', '{d.p(res.sur, 'PERSON')}', 'afstemming', '{d.k(d.town.lower())}'."


@extra("x.attendance_list")
def x_attend(d, res):
    a, b = d.new_person(), d.new_person()
    return f"{d.k('Aanwezig')}: {d.ini(a)} (voorzitter), {d.full(b)} ({d.k('notulist')}), {d.full(res) if d.r.random() < 0.5 else d.bare(res)} ({d.k('verzoeker')})."


@extra("x.appointment")
def x_appointment(d, res):
    return f"Afspraak in de {d.k('studiezaal')} op {d.k(d.r.choice(WEEKDAYS))} {d.date(2026)} om {d.r.randint(9, 15)}.30 uur; neem uw {d.k('legitimatiebewijs')} mee."


@extra("x.bsn_on_scan")
def x_bsn_scan(d, res):
    return f"Op de meegestuurde scan van het {d.k('paspoort')} is het BSN {d.bsn()} niet afgeschermd; wij hebben de scan direct vernietigd."


@extra("x.iban_overview")
def x_iban(d, res):
    return f"In de {d.k('Belastingen')}-administratie staat rekening {d.iban()} op naam van {d.ini(res)}."


@extra("x.plate_parking")
def x_plate(d, res):
    return f"Parkeervergunning {d.k('Binnenstad')}: kenteken {d.plate()}, houder {d.bare(res)}."


@extra("x.postcode_only")
def x_postcode(d, res):
    return f"Alle brieven met postcode {d.postcode()} zijn die week in de verkeerde {d.k('sorteerbak')} beland."


@extra("x.street_only")
def x_street(d, res):
    st = d.street()
    return f"De melding ging over een woning ergens in de {d.p(st, 'ADDRESS')}; het {d.k('huisnummer')} ontbrak."


@extra("x.dob_birthday_phrase")
def x_dob_phrase(d, res):
    return pick(
        d.r,
        [
            lambda: (
                f"{cap(res.zij)} is op {d.dob(cue=False)} geboren en woont al {d.r.randint(4, 40)} jaar in {d.k(d.town)}."
            ),
            lambda: f"Leeftijd volgens de {d.k('BRP')}: geboortedatum {d.dob(cue=False)}.",
        ],
    )


@extra("x.callback_number")
def x_callback(d, res):
    return f"{d.k('Terugbelverzoek')}: {d.bare(res)} wil graag gebeld worden op {d.phone()} (niet op {d.k(d.r.choice(WEEKDAYS))})."


@extra("x.mandate")
def x_mandate(d, res):
    agent = d.new_person()
    return f"{d.full(agent)} treedt op als {d.k('gemachtigde')}; de {d.k('machtiging')} van {d.date(2026)}, getekend door {d.ini(res)}, zit in de bijlage."


@extra("x.forwarded_mail_quote")
def x_quote(d, res):
    off = d.new_person()
    return f"> Op {d.date(2026)} schreef {d.full(off)} <{d.off_email(off)}>:\n> Kun jij de {d.k('stukken')} van {d.poss(res, use_first=True)} verzoek nog even nakijken?"


@extra("x.ombudsman")
def x_ombud(d, res):
    return f"Als u het niet eens bent met de afhandeling, kunt u terecht bij de {d.k('Nationale ombudsman')} of de {d.k('Autoriteit Persoonsgegevens')}."


@extra("x.retention")
def x_retention(d, res):
    return f"Volgens de {d.k('Selectielijst')} bewaren wij uw {d.k('aanvraag')} tot {d.k(str(d.r.randint(2030, 2045)))}; daarna wordt het dossier vernietigd."


@extra("x.meeting_room")
def x_meeting(d, res):
    return f"Het gesprek vindt plaats in het {d.k(d.r.choice(['Stadskantoor', 'Raadhuis', 'Stadsarchief']))}, zaal {d.k(d.r.choice(['Eems', 'Dinkel', 'Vecht', 'Berkel']))}."


@extra("x.ps_email_change")
def x_ps(d, res):
    return f"PS: mijn oude mailadres {d.email(res)} gebruik ik niet meer; graag voortaan {d.email(res)}."


@extra("x.cc_family_same_name")
def x_cc_family(d, res):
    rel = d.new_person(origin=res.origin)
    rel.pre, rel.sur = res.pre, res.sur
    return f"cc: {d.full(rel)} ({d.k('partner')}), {d.email(rel)}"


@extra("x.complaint_official_named")
def x_complaint_off(d, res):
    off = d.new_person()
    return f"Ik vind dat {off.title} {d.bare(off)} van het {d.k('Klantcontactcentrum')} mij onvriendelijk te woord heeft gestaan."


@extra("x.dob_in_table_row")
def x_dob_row(d, res):
    return f"{d.sortf(res)} | {d.dob(cue=False)} | {d.address()[0]} | {d.k('ingeschreven')}"


@extra("x.case_reference_in_subject")
def x_case_subj(d, res):
    return f"Graag bij elk contact het {d.k('zaaknummer')} {d.case('zaak')} vermelden."


@extra("x.social_handle")
def x_handle(d, res):
    h = "@" + re.sub(r"[^a-z]", "", res.first.lower().translate(ASCII)) + "_" + str(d.r.randint(70, 99))
    return (
        f"{cap(res.zij)} plaatste de brief van de gemeente ook op {d.k('Facebook')} onder de naam {d.p(h, 'PERSON')}."
    )


@extra("x.voicemail")
def x_voicemail(d, res):
    return f'{d.k("Voicemail")} ({d.date(2026)}): "Ja, met {d.first(res)} {d.p(res.bare, "PERSON")}, ik bel over mijn brief, wilt u mij terugbellen op {d.phone()}? Dank u."'


@extra("x.sorted_name_list")
def x_sorted(d, res):
    a, b = d.new_person(), d.new_person()
    return f"{d.k('Betrokkenen')} (alfabetisch): {d.sortf(a)}; {d.sortf(b)}; {d.sortf(res)}"


@doc_kind("doc.woo_search_log")
def k_search_log(d):
    r = d.r
    res, off = _res(d), _off(d)
    case = d.case("woo")
    out = [
        f"{d.k('Zoekverslag')} {case}",
        f"Uitgevoerd door: {d.full(off)}, {d.k('Informatiebeheer')}",
        "",
        f"- {d.k('Mailboxen')}: wethouder, {d.k('bestuursadviseur')}, team Woo",
        f"- Periode: 1 {d.k(r.choice(MONTHS))} 2024 tot {d.date(2026)}",
        f"- {d.k('Resultaat')}: {r.randint(40, 900)} hits, na ontdubbeling {r.randint(12, 39)} documenten",
        f"- Mails van verzoeker {d.full(res)} zelf ({d.email(res)}) zijn buiten de zoekslag gelaten.",
        _known_line(d),
    ]
    return out


@doc_kind("doc.meeting_minutes_requester")
def k_minutes(d):
    r = d.r
    res, off, chair = _res(d), _off(d), _off(d)
    out = [
        f"{d.k('Verslag')} overleg over de reikwijdte van het verzoek, {d.k(r.choice(WEEKDAYS))} {d.date(2026)}",
        f"Aanwezig: {d.full(res)} (verzoeker), {d.full(off)} ({r.choice(FUNCS)}), {d.ini(chair)} ({d.k('voorzitter')})",
        "",
        f"1. {d.bare(res)} wil vooral de {d.k('raadsinformatiebrieven')} en de mails met de {d.k('provincie')}.",
        f"2. {d.first(off)} stelt voor het verzoek te beperken tot 2025; {d.bare(res)} gaat akkoord.",
        _known_line(d),
        f"3. {d.k('Actiepunt')}: {d.ini(off)} stuurt binnen een week een {d.k('bevestiging')}.",
    ]
    return out


@doc_kind("doc.sms_confirmation")
def k_sms(d):
    r = d.r
    res = _res(d)
    case = d.case(r.choice(["avg", "woo", "bs"]))
    out = [
        f"{d.k('SMS')} aan {d.phone(True)}:",
        f"Beste {d.first(res)}, uw verzoek {case} is ontvangen door de gemeente {d.k(d.town)}. U hoort binnen vier weken van ons. "
        f"Vragen? Bel {d.gen_contact()}.",
        _known_line(d),
    ]
    return out


@doc_kind("doc.avg_objection_art21")
def k_art21(d):
    r = d.r
    res = _res(d)
    out = [
        f"Bezwaar tegen verwerking (artikel 21 {d.k('AVG')})",
        "",
        f"Ik, {d.full(res)}, {d.dob()}, maak bezwaar tegen het gebruik van mijn gegevens voor de "
        f"{d.k('bewonersenquête')} over {r.choice(['afvalinzameling', 'de nieuwe fietsbrug', 'het Cultuurfestival'])}.",
        f"Ik heb nooit {d.k('toestemming')} gegeven om benaderd te worden op {d.phone()}.",
        _known_line(d),
        f"Graag een bevestiging naar {d.email(res)}.",
    ]
    d.use("line.signature_resident")
    out.append(sig_resident(d, res))
    return out


@doc_kind("doc.breach_internal_mail")
def k_breach_mail(d):
    r = d.r
    a, b, res = _off(d), _off(d), _res(d)
    out = [
        f"Van: {d.full(a)}",
        f"Aan: {d.k('Meldpunt')} datalekken",
        f"Onderwerp: {d.k('SPOED')} – verkeerd gemaild",
        "",
        f"Vanochtend heb ik per ongeluk de {d.k('beschikking')} van {d.full(res)} ({d.address()[0]}) gemaild naar een andere "
        f"klant met dezelfde achternaam. Mijn collega {d.first(b)} heeft de ontvanger al gebeld.",
        _known_line(d),
        f"Ik heb een {d.k('terugroepverzoek')} gedaan in {d.k('Outlook')}.",
    ]
    return out


@doc_kind("doc.reading_room_booking")
def k_reading(d):
    r = d.r
    res, arch = _res(d), _off(d)
    case = d.case(r.choice(["bd", "bs"]))
    out = [
        f"Reservering {d.k('studiezaal')} {d.k('Stadsarchief')}",
        f"Naam: {d.full(res)}",
        f"Dossier: {case}",
        f"Datum bezoek: {d.k(r.choice(WEEKDAYS))} {d.date(2026)}",
        f"Contact archief: {d.full(arch)}, {d.off_email(arch)}",
        f"Opmerking: originelen alleen inzien met {d.k('handschoenen')}; fotograferen zonder flits is toegestaan.",
        _known_line(d),
    ]
    return out


# ---------------------------------------------------------------- build and gate

REGISTER_WORDS = [
    "verzoek",
    "besluit",
    "Besluit",
    "gemeente",
    "gegevens",
    "documenten",
    "brief",
    "termijn",
    "dossier",
    "inzage",
    "Woo",
    "AVG",
    "Onderwerp",
    "Datum",
    "Betreft",
    "Kenmerk",
    "openbaar",
    "bijlage",
    "adres",
    "Geacht college",
    "Met vriendelijke groet",
    "Hoogachtend",
    "Groet",
    "handtekening",
    "medewerker",
    "verzoeker",
    "Verzoeker",
    "college",
    "afdeling",
    "stukken",
    "persoonsgegevens",
    "Persoonsgegevens",
    "bezwaar",
    "Bezwaarschrift",
    "zienswijze",
    "vertraging",
    "excuses",
    "werkinstructie",
    "Toelichting",
    "Webformulier",
    "Telefoon",
    "Naam",
    "Opmerking",
    "Oorzaak",
    "Contactpersoon",
    "Onderwerp",
    "Zaak",
    "wethouder",
    "Teams",
    "kanaal",
    "deadline",
    "Publicatie",
    "Dossier",
    "Indiener",
    "Klacht",
    "toestemming",
    "wijkraad",
    "ex-partner",
    "geboorteakte",
    "akten",
    "onderzoek",
    "familie",
    "aanbouw",
    "eigenaar",
    "vergunning",
    "kadaster",
    "Behandelaar",
    "aanstellingsbesluiten",
    "personeelsdossier",
    "leidinggevende",
    "Personeelsnummer",
    "Registratie",
    "commissie",
    "rechtbank",
    "beroep",
    "tranche",
    "deelbesluit",
    "personeelstekort",
    "bemiddelaar",
    "Bemiddelaar",
    "Verdaging",
    "beslistermijn",
    "Reden",
    "Aantal betrokkenen",
    "camerabeelden",
    "milieustraat",
    "hond",
    "melding",
    "Feiten",
    "grondslag",
    "externe partij",
    "risico",
    "Meldformulier",
    "INGEBREKESTELLING",
    "BESLUIT",
    "Inventarislijst",
    "Lakinstructie",
    "lakken",
    "Functienamen",
    "Telefoonnotitie",
    "terugbellen",
    "inzageverzoek",
    "Reden",
    "mailadres",
    "ontvanger",
    "envelop",
    "Wij",
    "Ik",
    "Hierbij",
    "Beste",
    "Verzoek",
    "Aanvraag",
    "Mijn",
    "Geachte heer/mevrouw",
    "Bewaartermijnen",
    "Belastingdienst",
    "UWV",
    "Selectielijst",
    "uur",
    "Let op",
    "Vrijdag",
]


def _name_words(doc):
    words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            for w in re.split(r"[\s\-,']+", it["text"]):
                w = w.strip(".")
                if len(w) > 1 and w.lower() not in SCORE_PARTICLES:
                    words.add(w.lower())
    return words


def gate(doc: dict) -> str | None:
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    names = _name_words(doc)
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= {w.lower() for w in n.split() if w.lower() not in SCORE_PARTICLES and len(w) > 1}
    for k in doc["keep"]:
        for w in re.findall(r"[\w']+", k):
            if len(w) <= 1 or w.lower() in SCORE_PARTICLES:
                continue
            if w.lower() in names:
                if not (w == w.lower() and w in known_words):
                    return f"keep {k!r} shares a name word"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


def build(i: int, r: random.Random):
    d = Doc(r, i)
    d.emitted = set()
    d.haar_rel = lambda pp: "de betrokkene"
    if i % 4 == 1:
        pre, sur, word, sent = r.choice(KNOWN)
        origin = "Dutch" if r.random() < 0.7 else r.choice(list(ORIGINS))
        first = r.choice(ORIGINS[origin][r.random() < 0.5])
        pp = Person(first, pre, sur, first in ORIGINS[origin][1], origin)
        d.used_surnames |= {w for w in pp.full.split() if w.lower() not in SCORE_PARTICLES}
        d.people.append(pp)
        d.known, d.known_word, d.known_sentence = pp, word, sent
    kind = r.choice(DOC_KINDS)
    d.use(kind.shape_name)
    lines = kind(d)
    main = d.known or next((pp for pp in d.people if pp.origin), None)
    for fn in r.sample(EXTRAS, r.choice([1, 1, 2, 2, 3])):
        if main is None:
            break
        d.use(fn.shape_name)
        lines.append(fn(d, main))
    if d.known is not None and d.known_sentence not in d.emitted:
        lines.append(_known_line(d))
    # background sentences common to the register
    extra = r.choice([None, "weekday", "dept", "law"])
    if extra == "weekday":
        lines.append(f"Het {d.k('Stadskantoor')} is op {d.k(r.choice(WEEKDAYS))} tot 20.00 uur open.")
    elif extra == "dept":
        lines.append(f"Zie ook de {d.k('Privacyverklaring')} op de website van de gemeente.")
    elif extra == "law":
        lines.append(f"Dit bericht valt onder de {d.k('Archiefwet 1995')} en wordt na afhandeling gearchiveerd.")
    if d.known is not None and not any(d.known.full in x for x in lines if x):
        lines.insert(0, f"{d.k(r.choice(['Aanvrager', 'Betrokkene', 'Naam in het dossier']))}: {d.full(d.known)}")
    text0 = "\n".join(x for x in lines if x)
    extra_keep = [
        w for w in REGISTER_WORDS if re.search(r"(?<![\w@./\-])" + re.escape(w) + r"(?![\w@/\-]|\.\w)", text0)
    ]
    r.shuffle(extra_keep)
    for w in extra_keep[: max(3, 7 - len(d.keep))]:
        d.k(w)
    text = "\n".join(x for x in lines if x is not None and x != "" or x == "")
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    doc = {"id": f"fresh30a-{i:04d}", "text": text, "pii": d.pii, "keep": [k for k in d.keep if k in text]}
    if d.known is not None:
        known = {"names": [d.known.full]}
        em = [
            it["text"] for it in d.pii if it["label"] == "EMAIL" and d.known.sur.lower().translate(ASCII) in it["text"]
        ]
        if em:
            known["emails"] = em[:1]
        doc["known"] = known
    return doc, d.shapes


def generate():
    docs, shape_use, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        r = random.Random(f"{SEED}-{i}")
        attempt = 0
        while True:
            try:
                doc, used = build(i, r)
                why = gate(doc)
            except RuntimeError as e:
                why = str(e)
            if why is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 40:
                raise SystemExit(f"fresh30a-{i:04d}: {why}")
            r = random.Random(f"{SEED}-{i}-{attempt}")
        docs.append(doc)
        shape_use.update(set(used))
    return docs, shape_use, redraws


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shape_use, redraws = generate()
    text = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh30a_texts.jsonl is up to date" if same else "fresh30a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        print(f"shapes registered: {len(SHAPES)}; used: {len(shape_use)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        print(f"gate failures in written file: {sum(gate(d) is not None for d in docs)}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
