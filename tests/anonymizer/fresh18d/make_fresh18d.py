"""Generator of the blind anonymizer corpus fresh18d: texts by and about young people (12 to 23) and their families in
conflicts with the municipality. Seeded; standard library only.

    python tests/anonymizer/fresh18d/make_fresh18d.py            write fresh18d_texts.jsonl
    python tests/anonymizer/fresh18d/make_fresh18d.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh18d/make_fresh18d.py --stats    counts per label, shapes, known names, redraws
"""

from __future__ import annotations

import datetime as dt
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
from names18d import KNOWN, NICKS, ORIGINS  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)

SEED = 20261414
N_DOCS = 300
OUT = HERE / "fresh18d_texts.jsonl"
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
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}
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
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
CITIES = [
    "Almere",
    "Zaandam",
    "Tilburg",
    "Apeldoorn",
    "Leeuwarden",
    "Enschede",
    "Dordrecht",
    "Zoetermeer",
    "Helmond",
    "Lelystad",
    "Deventer",
    "Schiedam",
    "Amersfoort",
    "Nijmegen",
    "Hoorn",
]
STREET_A = [
    "Lijster",
    "Populier",
    "Kastanje",
    "Merel",
    "Zonnebloem",
    "Duindoorn",
    "Vlinder",
    "Kwartel",
    "Hazelaar",
    "Reiger",
    "Wilgen",
    "Spreeuwen",
    "Klaproos",
    "Lavendel",
    "Boekweit",
    "Korenbloem",
    "Zwaluw",
    "Iepen",
]
STREET_B = ["straat", "laan", "hof", "weg", "plein", "singel", "pad", "kade", "erf", "gaarde"]
DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.nl", "ziggo.nl", "hotmail.nl", "kpnmail.nl"]
BANKS = ["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
SCHOOLS = [
    "Het Baken College",
    "Stedelijk Lyceum Noord",
    "ROC Midden",
    "Vakcollege De Rijn",
    "Montessori Campus",
    "Praktijkschool De Brug",
    "Hogeschool Windesheim",
    "Grafisch Lyceum",
    "Technasium West",
]

# topic: keep words, department, scheme, case-number pattern (#: digit)
TOPICS = {
    "studietoeslag": dict(
        dept="Team Inkomen",
        scheme="individuele studietoeslag",
        what="studietoeslag",
        keep=["studietoeslag", "studiefinanciering", "aanvraag", "inkomen"],
        case="IST-2026-#####",
    ),
    "jeugdhulp": dict(
        dept="Wijkteam Jeugd",
        scheme="Jeugdwet",
        what="jeugdhulp",
        keep=["jeugdhulp", "indicatie", "wachtlijst", "hulpverlener"],
        case="JGD/26/####",
    ),
    "vervoer": dict(
        dept="Leerlingenvervoer",
        scheme="Verordening leerlingenvervoer",
        what="taxibus",
        keep=["taxibus", "leerlingenvervoer", "vergoeding", "chauffeur"],
        case="LLV-26-#####",
    ),
    "jongerencentrum": dict(
        dept="Welzijn",
        scheme="Subsidieregeling Jongerenwerk",
        what="jongerencentrum",
        keep=["jongerencentrum", "sluiting", "subsidie", "inloop"],
        case="WLZ 2026.####",
    ),
    "skatepark": dict(
        dept="Team Handhaving",
        scheme="Algemene Plaatselijke Verordening",
        what="skatepark",
        keep=["skatepark", "geluidsoverlast", "melding", "handhaving"],
        case="MOR-26########",
    ),
    "boete": dict(
        dept="Team Handhaving",
        scheme="bestuurlijke strafbeschikking",
        what="boete",
        keep=["boete", "strafbeschikking", "bezwaar", "handhaver"],
        case="BSB-26-######",
    ),
}
CENTRES = ["De Kelder", "Het Dok", "De Loods", "Spot 44", "De Boei", "Het Kruispunt"]

SHAPES: dict[str, object] = {}


def shape(name):
    def deco(fn):
        SHAPES[name] = fn
        return fn

    return deco


def fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch) and ch.isalnum())


# ---------------------------------------------------------------- numbers
def bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - d[8]) % 11 == 0


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    rearr = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


def iban(r):
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    base = bank + acct + "NL00"
    chk = 98 - int("".join(str(int(c, 36)) for c in base)) % 97
    raw = f"NL{chk:02d}{bank}{acct}"
    if r.random() < 0.5:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def phone(r):
    n = digits(r, 8)
    return r.choice(
        [
            f"06-{n}",
            f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
            f"+31 6 {n[:4]} {n[4:]}",
            f"06{n}",
            f"+316{n}",
            f"06 {n[:4]} {n[4:]}",
            f"(06) {n}",
        ]
    )


def case_no(r, pat):
    return "".join(str(r.randint(0, 9)) if ch == "#" else ch for ch in pat)


def plate(r):
    L = "BDFGHJKLNPRSTVXZ"
    a = "".join(r.choice(L) for _ in range(2))
    return r.choice(
        [
            f"D-{r.randint(100, 999)}-{a}",
            f"F-{r.randint(100, 999)}-{a}",
            f"{a}-{r.randint(100, 999)}-{r.choice(L)}",
            f"{r.randint(1, 9)}-{a}{r.choice(L)}-{r.randint(10, 99)}",
            f"{r.randint(10, 99)}-{a}{r.choice(L)}-{r.randint(1, 9)}",
        ]
    )


def postcode(r):
    pc = f"{r.randint(1011, 9999)} {r.choice('ABCEGHJKLMNPRSTVWXZ')}{r.choice('ABCEGHJKLMNPRSTVWXZ')}"
    return pc if r.random() < 0.8 else pc.replace(" ", "")


def date_str(r, d, style=None):
    style = style if style is not None else r.randrange(9)
    m = MONTHS[d.month - 1]
    return [
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.day}-{d.month}-{d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day} {m} {d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.year}-{d.month:02d}-{d.day:02d}",
        f"{d.day} {m[:3]} '{str(d.year)[2:]}",
        f"{d.day}/{d.month}/{str(d.year)[2:]}",
        f"{d.day}e van {m} {d.year}",
    ][style]


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, r, origin=None, sur=None, young=False, title=None, known_sur=None):
        self.origin = origin or r.choice(list(ORIGINS))
        firsts, pre, suf = ORIGINS[self.origin]
        self.first = r.choice(firsts)
        if known_sur:
            self.origin, self.first = (
                "Nederlands",
                r.choice(ORIGINS["Nederlands"][0] + ORIGINS["Nederlands met tussenvoegsel"][0]),
            )
            self.sur = known_sur
        elif sur:
            self.sur = sur
        else:
            p, s = r.choice(pre), r.choice(suf)
            if p.endswith(" ") and s[:1].islower() and self.origin not in ("Nederlands met tussenvoegsel",):
                s = s[0].upper() + s[1:]
            if not p.endswith(" "):
                s = s.lower()
            self.sur = p + s
        self.nick = NICKS.get(self.first)
        self.title = title or r.choice(["mevrouw", "meneer", "mw.", "dhr.", "mevr.", "de heer"])
        y = r.randint(2003, 2014) if young else r.randint(1966, 1992)
        self.dob = dt.date(y, r.randint(1, 12), r.randint(1, 28))
        self.age = 2026 - y
        self.core = fold("".join(w for w in self.sur.split() if w.lower() not in PARTICLES)).lower()
        self.f = fold(self.first).lower()
        yy = str(y)[2:]
        self.handle = r.choice(
            [
                f"{self.f}.{self.core[:1]}{yy}",
                f"{self.f}_{self.core}",
                f"xx{self.f}xx",
                f"{self.f}{self.core[:3]}{r.randint(1, 99)}",
                f"{fold(self.first)}{r.choice(['TheGoat', 'Gaming', 'YT', 'FN', 'Pro'])}{yy}",
                f"its.{self.f}{yy}",
                f"{self.core}_{self.f[:1]}{r.randint(10, 99)}",
            ]
        )
        self.email = (
            r.choice(
                [
                    f"{self.f}.{self.core}{yy}",
                    f"{self.f}{self.core}",
                    f"{self.f[:1]}.{self.core}{r.randint(1, 99)}",
                    f"{self.core}.{self.f}",
                    f"{self.f}_{self.core[:4]}{yy}",
                ]
            )
            + "@"
            + r.choice(DOMAINS)
        )
        self.phone = phone(r)

    @property
    def full(self):
        return f"{self.first} {self.sur}"

    @property
    def Sur(self):
        return self.sur[0].upper() + self.sur[1:]


class Ctx:
    def __init__(self, r, i):
        self.r, self.i = r, i
        self.pii, self.keep, self.shapes = [], [], []
        self.known = None
        self.topic_name = r.choice(list(TOPICS))
        self.t = TOPICS[self.topic_name]
        self.city = r.choice(CITIES)
        self.gem = self.city.lower()
        self.case = case_no(r, self.t["case"])
        self.centre = r.choice(CENTRES)
        known_sur = None
        self.known = i % 4 == 1
        if self.known:
            known_sur, self.known_tpl = r.choice(KNOWN)
        yo = r.choice(list(ORIGINS))
        self.y = Person(r, yo, young=True, known_sur=known_sur)
        self.par = Person(r, self.y.origin, sur=self.y.sur)
        self.sib = Person(r, self.y.origin, sur=self.y.sur, young=True)
        while self.sib.first == self.y.first or self.par.first in (self.y.first, self.sib.first):
            self.sib = Person(r, self.y.origin, sur=self.y.sur, young=True)
            self.par = Person(r, self.y.origin, sur=self.y.sur)
        self.fr = Person(r, young=True)
        self.fr2 = Person(r, young=True)
        self.off = Person(r)
        self.wk = Person(r)
        self.med = Person(r)
        self.nb = Person(r)
        self.street = r.choice(STREET_A) + r.choice(STREET_B)
        self.addr = f"{self.street} {r.randint(1, 240)}{r.choice(['', '', '', 'a', 'b', '-II', '-3', ' A'])}"
        self.pc = postcode(r)
        self.iban = iban(r)
        self.bsn = bsn(r)
        self.plate = plate(r)
        self.date = dt.date(2026, r.randint(1, 11), r.randint(1, 28))
        self.off_fn = r.choice(
            [
                "beleidsmedewerker",
                "consulent",
                "leerplichtambtenaar",
                "teamleider",
                "jurist",
                "casemanager",
                "coördinator",
            ]
        )

    # registration
    def p(self, text, label):
        if (text, label) not in [(x["text"], x["label"]) for x in self.pii]:
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, *words):
        for w in words:
            if w not in self.keep:
                self.keep.append(w)

    def use(self, name, *a):
        if name not in self.shapes:
            self.shapes.append(name)
        return SHAPES[name](self, *a)

    # person forms
    def full(self, P):
        return self.p(P.full, "PERSON")

    def first(self, P):
        return self.p(P.first, "PERSON")

    def sur(self, P):
        return self.p(P.Sur, "PERSON")

    def lfirst(self, P):
        return self.p(P.first.lower(), "PERSON")

    def lfull(self, P):
        if self.known and P is self.y:
            return self.full(P)
        return self.p(P.full.lower(), "PERSON")

    def nick(self, P):
        return self.p(P.nick, "PERSON") if P.nick else self.lfirst(P)

    def handle(self, P):
        return self.p(P.handle, "PERSON")

    def initials(self, P):
        return self.p(f"{P.first[0]}. {P.sur}", "PERSON")

    def poss(self, P):
        f = P.first
        return self.p(f + ("'s" if f[-1].lower() in "aeiouy" else "s"), "PERSON")

    def upper(self, P):
        return self.p(P.first.upper(), "PERSON")

    def titled(self, P):
        return f"{P.title} {self.sur(P)}"

    def fname(self, P):
        return self.p(f"{P.f}_{P.core}", "PERSON")

    def email(self, P):
        return self.p(P.email, "EMAIL")

    def phone(self, P):
        return self.p(P.phone, "PHONE")

    def dob(self, P, cue=True):
        r = self.r
        d = self.p(date_str(r, P.dob), "DATE_OF_BIRTH")
        if not cue:
            return d
        return r.choice(
            [
                f"geb. {d}",
                f"geboren op {d}",
                f"geboortedatum {d}",
                f"geb.datum: {d}",
                f"° {d}",
                f"geboren {d}",
                f"(geb. {d})",
                f"d.o.b. {d}",
            ]
        )

    def odate(self, d=None):
        w = date_str(self.r, d or self.date, self.r.choice([3, 3, 0, 5]))
        self.k(w)
        return w

    def caseno(self, lower=False):
        c = self.case.lower() if lower else self.case
        return self.p(c, "CASE_NUMBER")

    def address(self):
        return self.p(self.addr, "ADDRESS")

    def postc(self):
        return self.p(self.pc, "POSTCODE")


# ---------------------------------------------------------------- chat message shapes (teen voice)
@shape("chat.ff_vragen")
def _(c):
    c.k("brief")
    return f"ff vragen, weet iemand wnr {c.nick(c.y)} die brief over de {c.t['what']} terug moet sturen?"


@shape("chat.dichttt")
def _(c):
    c.k("dicht", "jongerencentrum")
    return f"broo het jongerencentrum gaat echt dichttt 😭😭 {c.lfirst(c.fr)} zei het"


@shape("chat.mn_moeder")
def _(c):
    c.k("gebeld", "niks")
    return f"mn moeder heeft gebeld met {c.titled(c.off)} maar die zei idd niks nuttigs"


@shape("chat.wdw_boete")
def _(c):
    c.k("boete", "brief")
    return f"wdw met die boete, {c.lfirst(c.fr2)} kreeg ook een brief met nummer {c.caseno()}"


@shape("chat.kom_adres")
def _(c):
    c.k("mail")
    return f"kom ff naar {c.address()} dan fixen we die mail samen"


@shape("chat.app_nummer")
def _(c):
    c.k("app")
    return f"app {c.nick(c.y)} ff op {c.phone(c.y)} ze heeft de link"


@shape("chat.jarig")
def _(c):
    c.k("jarig", "verjaardag")
    return f"{c.lfirst(c.y)} is bijna jarig he, is van {c.dob(c.y, cue=False)} dus volgende verjaardag 18"


@shape("chat.scooter")
def _(c):
    c.k("scooter", "handhaving")
    return f"die scooter van {c.lfirst(c.fr)} ({c.p(c.plate, 'LICENSE_PLATE')}) staat nog bij de handhaving lol"


@shape("chat.mail_me")
def _(c):
    c.k("doorsturen")
    return f"mail me op {c.email(c.y)} dan kan ik het doorsturen naar de jongerenwerker"


@shape("chat.shout")
def _(c):
    c.k("WAAR", "BEGINT")
    return f"{c.upper(c.fr)} WAAR BEN JE DE VERGADERING BEGINT"


@shape("chat.bezit")
def _(c):
    c.k("moeder", "bezwaar")
    return f"{c.poss(c.fr)} moeder heeft ook bezwaar gemaakt, duurde 6 weken"


@shape("chat.tag")
def _(c):
    c.k("formulier")
    return f"@{c.handle(c.y)} heb je dat formulier al ingevuld??"


@shape("chat.stretch")
def _(c):
    c.k("juni", "neeeee")
    return f"neeeee echt?? {c.lfirst(c.sib)} zei dat het pas in juni gebeurt"


@shape("chat.emoji")
def _(c):
    c.k("gemeente", "plek")
    return "🙏🏽🙏🏽 hopelijk regelt de gemeente een nieuwe plek voor ons"


@shape("chat.tikkie")
def _(c):
    c.k("tikkie", "euro")
    return f"stort ff 15 euro op {c.p(c.iban, 'IBAN')} (t.n.v. {c.lfull(c.y)}) ipv tikkie"


@shape("chat.bsn_vraag")
def _(c):
    c.k("invullen", "klopt")
    return f"moest mn bsn invullen {c.p(c.bsn, 'BSN')} klopt dat wel zo?? of moet er een punt tussen"


@shape("chat.idd")
def _(c):
    c.k("wijkteam")
    return f"idd, {c.nick(c.fr)} zegt dat het wijkteam er ook niks aan kan doen"


@shape("chat.sorry")
def _(c):
    c.k("sorry", "stage")
    return f"sorry was bij stage, wat zei {c.lfirst(c.wk)} ervan?"


@shape("chat.lowerfull")
def _(c):
    c.k("toegevoegd", "groep")
    return f"{c.lfull(c.fr2)} toegevoegd aan de groep"


@shape("chat.pc")
def _(c):
    c.k("postcode")
    return f"wat is jullie postcode ook alweer? {c.postc()} toch"


# ---------------------------------------------------------------- parent sentences
@shape("ouder.intro")
def _(c):
    rel = c.r.choice(["moeder", "vader", "stiefmoeder", "pleegvader"])
    c.k(rel)
    return f"Mijn naam is {c.full(c.par)}, {rel} van {c.first(c.y)} ({c.y.age} jaar)."


@shape("ouder.kind_dob")
def _(c):
    c.k("school")
    return f"Ons kind {c.full(c.y)}, {c.dob(c.y)}, zit sinds dit jaar op {c.r.choice(SCHOOLS)}."


@shape("ouder.taxi")
def _(c):
    c.k("Sinds", "zomervakantie", "Leerlingenvervoer")
    return f"Sinds de zomervakantie wordt {c.first(c.y)} niet meer opgehaald door het Leerlingenvervoer."


@shape("ouder.wonen")
def _(c):
    c.k("Wij", c.city)
    return f"Wij wonen op {c.address()}, {c.postc()} {c.city}."


@shape("ouder.bereik")
def _(c):
    c.k("bereikbaar")
    return f"Ik ben bereikbaar op {c.phone(c.par)} of via {c.email(c.par)}."


@shape("ouder.bsn")
def _(c):
    c.k("Het", "BSN")
    return f"Het BSN van {c.first(c.y)} is {c.p(c.bsn, 'BSN')}."


@shape("ouder.iban")
def _(c):
    c.k("vergoeding", "rekening")
    return f"De vergoeding mag op rekening {c.p(c.iban, 'IBAN')} t.n.v. {c.initials(c.par)}."


@shape("ouder.kenmerk")
def _(c):
    c.k("Ik", "kenmerk")
    return f"Ik verwijs naar uw brief met kenmerk {c.caseno()} van {c.odate()}."


@shape("ouder.boos")
def _(c):
    c.k("Niemand", "terug")
    return "Niemand belt ons terug, en dat terwijl het om een kind gaat."


@shape("ouder.contact")
def _(c):
    c.k("Onze", "contactpersoon", c.t["dept"])
    return f"Onze contactpersoon, {c.titled(c.off)} van {c.t['dept']}, is al drie weken niet bereikbaar."


@shape("ouder.buurman")
def _(c):
    c.k("Onze", "buurman", "last")
    return f"Onze buurman {c.full(c.nb)} heeft ook last van het skatepark, vooral na tienen."


@shape("ouder.broer")
def _(c):
    c.k("broertje", "zusje")
    return f"Ook het broertje of zusje, {c.first(c.sib)}, wordt er de dupe van."


# ---------------------------------------------------------------- professional note lines
@shape("note.aanwezig")
def _(c):
    c.k("Aanwezig", "jongerenwerker")
    return f"Aanwezig: {c.full(c.y)}, {c.titled(c.par)} (ouder), {c.full(c.wk)} (jongerenwerker)."


@shape("note.observatie")
def _(c):
    c.k("oogt", "Gesprek")
    return f"{c.first(c.y)} oogt moe en zegt weinig. Gesprek verloopt stroef."


@shape("note.afspraak")
def _(c):
    wd = c.r.choice(WEEKDAYS[:5])
    c.k("Afspraak", wd)
    return f"Afspraak: {c.first(c.wk)} belt op {wd} met {c.full(c.off)} ({c.off_fn}, {c.t['dept']})."


@shape("note.geb_line")
def _(c):
    c.k("Leerling")
    return f"Leerling: {c.full(c.y)} — {c.dob(c.y)}"


@shape("note.verzuim")
def _(c):
    n = c.r.randint(12, 80)
    c.k("periode", "lesuren", "ongeoorloofd")
    return f"In periode 2 heeft {c.first(c.y)} {n} lesuren ongeoorloofd verzuimd."


@shape("note.leerplicht")
def _(c):
    c.k("Melding", "leerplichtambtenaar")
    return f"Melding gedaan bij de leerplichtambtenaar ({c.full(c.off)}) op {c.odate()}."


@shape("note.doel")
def _(c):
    c.k("Doel", "school", "week")
    return f"Doel 1: {c.first(c.y)} gaat weer vier dagen per week naar school."


@shape("note.zorg")
def _(c):
    c.k("Zorg", "schulden", "thuis")
    return f"Zorg: er zijn schulden thuis; {c.titled(c.par)} durft de post niet open te maken."


@shape("note.signaal")
def _(c):
    c.k("Signaal", "hangen")
    return f"Signaal van buurtbewoner {c.full(c.nb)} ({c.phone(c.nb)}) over jongeren die hangen bij {c.centre}."


@shape("note.bemiddeling")
def _(c):
    c.k("bemiddelaar", "gesprek")
    return f"De bemiddelaar, {c.full(c.med)}, heeft een gesprek aan de keukentafel voorgesteld."


@shape("note.overdracht")
def _(c):
    c.k("Dossier", "overgedragen")
    return f"Dossier {c.caseno()} overgedragen aan {c.full(c.off)} ({c.email(c.off)})."


@shape("note.voertuig")
def _(c):
    c.k("Voertuig", "snorfiets")
    return f"Voertuig: snorfiets, kenteken {c.p(c.plate, 'LICENSE_PLATE')}, op naam van {c.initials(c.y)}."


@shape("note.bsnveld")
def _(c):
    c.k("BSN")
    return f"BSN {c.first(c.y)}: {c.p(c.bsn, 'BSN')}"


@shape("note.bestand")
def _(c):
    c.k("Bijlage")
    return f"Bijlage: verslag_{c.fname(c.y)}_{c.caseno(lower=True)}.pdf"


@shape("note.nick")
def _(c):
    c.k("noemt", "jongeren")
    return f"{c.first(c.y)} (de jongeren noemen hem/haar '{c.nick(c.y) if c.y.nick else c.handle(c.y)}') wil zelf meepraten."


# ---------------------------------------------------------------- formal sentences (student, letters)
@shape("form.aanhef")
def _(c):
    c.k("Geachte")
    return f"Geachte {c.titled(c.off)},"


@shape("form.groet")
def _(c):
    c.k("Met", "groet")
    return f"Met vriendelijke groet,\n{c.full(c.y)}"


@shape("form.bezwaar")
def _(c):
    c.k("Hierbij", "bezwaar", "besluit")
    return f"Hierbij maak ik bezwaar tegen het besluit van {c.odate()} met kenmerk {c.caseno()}."


@shape("form.studie")
def _(c):
    s = c.r.choice(SCHOOLS)
    c.k("studeer", "studiefinanciering")
    return f"Ik studeer aan {s} en heb naast mijn studiefinanciering geen inkomen."


@shape("form.afwijzing")
def _(c):
    c.k("individuele", "studietoeslag", "afgewezen")
    return "De individuele studietoeslag is afgewezen omdat ik 'niet kan aantonen' dat ik niet kan werken."


@shape("form.boete")
def _(c):
    amt = c.r.choice(["€ 100", "€ 140", "€ 95", "€ 50"])
    c.k(amt, "boete", "Stadspark")
    return f"Op {c.odate()} kreeg ik een boete van {amt} omdat ik na sluitingstijd in het Stadspark zou zijn."


@shape("form.kenteken")
def _(c):
    c.k("scooter", "kenteken")
    return f"Mijn scooter met kenteken {c.p(c.plate, 'LICENSE_PLATE')} stond gewoon in het vak."


@shape("form.toen17")
def _(c):
    c.k("minderjarig")
    return f"Ik ben geboren op {c.dob(c.y, cue=False)} en was op dat moment nog minderjarig."


@shape("form.contact")
def _(c):
    c.k("telefoon")
    return f"U kunt mij bellen op {c.phone(c.y)} (telefoon staat altijd aan) of mailen naar {c.email(c.y)}."


@shape("form.adresregel")
def _(c):
    return f"{c.full(c.y)}\n{c.address()}\n{c.postc()} {c.city.upper()}"


@shape("form.iban")
def _(c):
    c.k("terugbetalen", "rekeningnummer")
    return f"Wilt u het bedrag terugbetalen op mijn rekeningnummer {c.p(c.iban, 'IBAN')}?"


# ---------------------------------------------------------------- youth council lines
@shape("raad.opening")
def _(c):
    c.k("Opening", "voorzitter")
    return f"1. Opening door voorzitter {c.full(c.fr)} om 19:30."


@shape("raad.agenda")
def _(c):
    c.k("Agendapunt", "Jongerencentrum", "sluiting")
    return f"2. Agendapunt: sluiting Jongerencentrum {c.centre}."


@shape("raad.actie")
def _(c):
    c.k("Actiepunt", "Welzijn")
    return f"Actiepunt: {c.first(c.fr2)} mailt {c.titled(c.off)} (Welzijn) vóór {c.odate()}."


@shape("raad.stemming")
def _(c):
    a, b = c.r.randint(4, 9), c.r.randint(0, 3)
    c.k("Stemming", "voor", "tegen")
    return f"Stemming over de petitie: {a} voor, {b} tegen."


@shape("raad.afwezig")
def _(c):
    c.k("Afwezig", "bericht")
    return f"Afwezig met bericht: {c.first(c.sib)} en {c.first(c.y)}."


@shape("raad.wethouder")
def _(c):
    c.k("Wethouder", "Jeugd")
    return f"Wethouder Jeugd {c.full(c.off)} komt op {c.odate()} langs."


@shape("raad.rondvraag")
def _(c):
    c.k("Rondvraag", "skatebaan")
    return f"Rondvraag: {c.first(c.y)} vraagt of de skatebaan 's avonds verlicht kan worden."


# ---------------------------------------------------------------- gamer / discord lines
@shape("game.tag")
def _(c):
    c.k("discord")
    return f"<{c.handle(c.fr)}> yo wie gaat er mee naar die inspraakavond, ik link de discord"


@shape("game.gg")
def _(c):
    c.k("petitie")
    return f"<{c.handle(c.y)}> gg, petitie heeft al 312 handtekeningen"


@shape("game.irl")
def _(c):
    c.k("echte")
    return f"<{c.handle(c.fr2)}> irl heet ie gwn {c.lfull(c.fr)} btw, echte naam op de lijst zetten"


# ---------------------------------------------------------------- mediator / sms lines
@shape("sms.med_vraag")
def _(c):
    c.k("Hoi", "bemiddelaar", "gemeente")
    return f"Hoi {c.first(c.y)}, met {c.full(c.med)}, bemiddelaar van de gemeente. Schikt {c.r.choice(WEEKDAYS[:5])}?"


@shape("sms.teen_antw")
def _(c):
    c.k("oke", "school")
    return f"oke is goed maar pas na school. groetjes {c.lfirst(c.y)}"


@shape("sms.med_bevestig")
def _(c):
    c.k("Top", "Stadskantoor")
    return f"Top. Dan zie ik je om 16:00 bij het Stadskantoor, neem je brief ({c.caseno()}) mee."


# ---------------------------------------------------------------- general sentence shapes
@shape("zin.known")
def _(c):
    w = c.y.sur.split()[-1].lower()
    c.k(w)
    return c.known_tpl.format(w=w) + "."


@shape("zin.generic_contact")
def _(c):
    g = c.r.choice([f"info@{c.gem}.nl", "14 0" + str(c.r.randint(10, 99)), f"jeugd@{c.gem}.nl"])
    c.k(g)
    return f"Algemene vragen kunnen via {g}."


@shape("zin.regeling")
def _(c):
    c.k(c.t["scheme"].split()[-1] if c.t["scheme"][0].isupper() else c.t["what"])
    return f"Het gaat om de {c.t['scheme']}."


@shape("zin.sur_only")
def _(c):
    c.k("vindt", "onredelijk")
    t = c.titled(c.par)
    return f"{t[0].upper() + t[1:]} vindt de gang van zaken onredelijk."


@shape("zin.officer_phone")
def _(c):
    c.k("direct")
    return f"{c.full(c.off)} is direct bereikbaar op {c.phone(c.off)}."


@shape("zin.dob_nocue")
def _(c):
    c.k("maanden")
    return f"{c.full(c.sib)}, {c.dob(c.sib, cue=False)}, wacht al maanden op een plek."


@shape("zin.parent_dob")
def _(c):
    c.k("ouder")
    return f"Gezaghebbende ouder: {c.full(c.par)}, {c.dob(c.par)}."


@shape("zin.neighbour_addr")
def _(c):
    n = c.r.randint(2, 120)
    c.k("woont", "tegenover")
    st = c.p(c.street + f" {n}", "ADDRESS")
    return f"{c.full(c.nb)} woont tegenover, op {st}."


@shape("zin.known_full")
def _(c):
    c.k("dossier", "opgeslagen")
    return f"Dit bericht is opgeslagen in het dossier van {c.full(c.y)}."


# ---------------------------------------------------------------- document kinds
def lines_of(c, names):
    return [c.use(n) for n in names]


def pick(c, pool, n):
    return c.r.sample(pool, min(n, len(pool)))


CHAT = [n for n in SHAPES if n.startswith("chat.")]


@shape("doc.groepsapp")
def _(c):
    c.k("Groepsapp")
    people = [c.y, c.fr, c.fr2]
    out = [f"Groepsapp '{c.centre} blijft' — {c.odate()}"]
    for n in pick(c, CHAT, c.r.randint(5, 8)):
        P = c.r.choice(people)
        out.append(f"[{c.r.randint(17, 23)}:{c.r.randint(10, 59)}] {c.handle(P)}: {c.use(n)}")
    return "\n".join(out)


@shape("doc.whatsapp_export")
def _(c):
    out = []
    d = c.date.strftime("%d-%m-%y")
    c.k(d)
    for n in pick(c, CHAT, c.r.randint(4, 7)):
        P = c.r.choice([c.y, c.fr])
        out.append(f"{d} {c.r.randint(10, 23)}:{c.r.randint(10, 59)} - {c.lfirst(P)}: {c.use(n)}")
    return "\n".join(out)


@shape("doc.dm")
def _(c):
    c.k("Bericht", "jongerenwerker")
    out = [f"Bericht aan jongerenwerker {c.full(c.wk)} via Instagram (@{c.handle(c.y)}):"]
    out += lines_of(c, pick(c, CHAT, 3))
    return "\n".join(out)


@shape("doc.student_klacht")
def _(c):
    c.k("Onderwerp", "Klacht")
    out = [f"Onderwerp: Klacht over {c.t['what']} ({c.caseno()})", "", c.use("form.aanhef"), ""]
    out.append(
        " ".join(
            lines_of(
                c,
                pick(
                    c,
                    [
                        "form.bezwaar",
                        "form.studie",
                        "form.afwijzing",
                        "form.boete",
                        "form.toen17",
                        "form.iban",
                        "form.kenteken",
                    ],
                    3,
                ),
            )
        )
    )
    out.append(c.use("form.contact"))
    out.append(c.use("form.groet"))
    return "\n".join(out)


@shape("doc.ouder_mail")
def _(c):
    c.k("Beste")
    out = [f"Beste {c.t['dept']},", ""]
    out.append(
        " ".join(
            lines_of(
                c,
                ["ouder.intro"]
                + pick(
                    c,
                    [
                        "ouder.kind_dob",
                        "ouder.taxi",
                        "ouder.wonen",
                        "ouder.bsn",
                        "ouder.iban",
                        "ouder.kenmerk",
                        "ouder.boos",
                        "ouder.contact",
                        "ouder.buurman",
                        "ouder.broer",
                    ],
                    4,
                ),
            )
        )
    )
    out.append(c.use("ouder.bereik"))
    out.append(f"Groet, {c.full(c.par)}")
    return "\n".join(out)


@shape("doc.ouder_sms")
def _(c):
    c.k("graag")
    return (
        f"Goedemiddag, met de {c.r.choice(['moeder', 'vader'])} van {c.first(c.y)} {c.sur(c.y)}. "
        f"{c.use('ouder.kenmerk')} Bel me graag terug op {c.phone(c.par)}."
    )


@shape("doc.jw_notitie")
def _(c):
    c.k("Logboek", "Jongerenwerk")
    out = [f"Logboek Jongerenwerk {c.centre} — {c.odate()}"]
    for n in pick(
        c,
        [
            "note.aanwezig",
            "note.observatie",
            "note.afspraak",
            "note.signaal",
            "note.nick",
            "note.voertuig",
            "note.bemiddeling",
        ],
        4,
    ):
        out.append("- " + c.use(n))
    return "\n".join(out)


@shape("doc.smw_verslag")
def _(c):
    c.k("Verslag", "schoolmaatschappelijk")
    out = [f"Verslag schoolmaatschappelijk werk, {c.r.choice(SCHOOLS)}", c.use("note.geb_line")]
    out += lines_of(
        c, pick(c, ["note.observatie", "note.zorg", "note.doel", "note.leerplicht", "zin.parent_dob", "ouder.broer"], 3)
    )
    out.append(f"Opgesteld door {c.full(c.wk)}, schoolmaatschappelijk werker.")
    return "\n".join(out)


@shape("doc.verzuim")
def _(c):
    c.k("VERZUIMMELDING", "Leerplicht", "Klas")
    klas = c.r.choice(["2B", "3 havo", "4 vmbo-k", "1 mbo", "3T"])
    c.k(klas)
    out = [
        "VERZUIMMELDING Leerplicht",
        f"Naam leerling: {c.sur(c.y)}, {c.first(c.y)}",
        f"Geboortedatum: {c.dob(c.y, cue=False)}",
        f"Klas: {klas}",
        f"Adres: {c.address()}, {c.postc()}",
        f"Ouder/verzorger: {c.full(c.par)}, tel. {c.phone(c.par)}",
        c.use("note.verzuim"),
        f"Zaaknummer: {c.caseno()}",
    ]
    return "\n".join(out)


@shape("doc.plan")
def _(c):
    c.k("Plan", "Doelen", "Afspraken")
    out = [
        f"Plan van aanpak {c.t['dept']} — {c.caseno()}",
        f"Jeugdige: {c.full(c.y)} ({c.dob(c.y, cue=False)})",
        "Doelen:",
        c.use("note.doel"),
        "Afspraken:",
        c.use("note.afspraak"),
    ]
    out += lines_of(c, pick(c, ["note.zorg", "note.bsnveld", "note.bestand", "zin.parent_dob"], 2))
    return "\n".join(out)


@shape("doc.jongerenraad")
def _(c):
    c.k("Notulen", "Jongerenraad")
    out = [f"Notulen Jongerenraad {c.city}, {c.odate()}"]
    out += lines_of(
        c,
        ["raad.opening", "raad.agenda"]
        + pick(c, ["raad.actie", "raad.stemming", "raad.afwezig", "raad.wethouder", "raad.rondvraag"], 3),
    )
    return "\n".join(out)


@shape("doc.med_log")
def _(c):
    c.k("Gespreksverslag", "bemiddeling")
    out = [f"Gespreksverslag bemiddeling, zaak {c.caseno()}"]
    out += lines_of(
        c,
        ["note.bemiddeling"]
        + pick(c, ["zin.sur_only", "note.observatie", "zin.officer_phone", "zin.neighbour_addr", "note.overdracht"], 3),
    )
    return " ".join(out)


@shape("doc.boa")
def _(c):
    c.k("PROCES-VERBAAL", "Overtreding", "handhaver")
    out = [
        f"PROCES-VERBAAL {c.caseno()}",
        f"Betrokkene: {c.full(c.y)}, {c.dob(c.y)}",
        f"Woonadres: {c.address()} {c.postc()} {c.city}",
        c.use("note.voertuig"),
        "Overtreding: aanwezig in het park na 23:00 (APV art. 2:48).",
        f"Opgemaakt door handhaver {c.initials(c.off)}.",
    ]
    c.k("APV")
    return "\n".join(out)


@shape("doc.bezwaarbrief")
def _(c):
    c.k("Betreft")
    out = [c.use("form.adresregel"), "", f"Betreft: bezwaar {c.t['scheme']}", c.use("form.aanhef")]
    out.append(
        " ".join(
            lines_of(
                c,
                ["form.bezwaar"]
                + pick(c, ["form.toen17", "form.studie", "form.iban", "zin.known" if c.known else "form.afwijzing"], 2),
            )
        )
    )
    out.append(c.use("form.groet"))
    return "\n".join(out)


@shape("doc.voicemail")
def _(c):
    c.k("Voicemail", "terugbellen")
    return (
        f'Voicemail {c.odate()} (uitgeschreven): "ja hallo, met {c.lfull(c.y)}, eh ik bel over die brief '
        f'van {c.t["what"]}, {c.caseno()}, kunt u terugbellen op {c.phone(c.y)}, dankjewel."'
    )


@shape("doc.formulier_vervoer")
def _(c):
    c.k("Aanvraagformulier", "Leerlingenvervoer", "Handicap")
    out = [
        "Aanvraagformulier Leerlingenvervoer 2026-2027",
        f"Achternaam leerling: {c.sur(c.y)}",
        f"Voornaam: {c.first(c.y)}",
        f"Geboortedatum: {c.p(date_str(c.r, c.y.dob, 0), 'DATE_OF_BIRTH')}",
        f"BSN: {c.p(c.bsn, 'BSN')}",
        f"School: {c.r.choice(SCHOOLS)}",
        "Handicap/beperking: autisme",
        f"Aanvrager: {c.full(c.par)} ({c.email(c.par)})",
    ]
    return "\n".join(out)


@shape("doc.buurtapp")
def _(c):
    c.k("BuurtApp", "skatebaan")
    return (
        f"[BuurtApp {c.street}] {c.full(c.nb)}: Weer tot half 1 herrie bij de skatebaan. "
        f"Ik weet dat {c.lfirst(c.y)} en {c.lfirst(c.fr)} erbij waren, ik ken ze van de {c.street}. "
        f"Ik heb het gemeld onder {c.caseno()}."
    )


@shape("doc.overdracht")
def _(c):
    c.k("Overdracht", "Wijkteam")
    out = [f"Overdracht Wijkteam {c.city} — van {c.full(c.wk)} aan {c.full(c.off)}"]
    out += lines_of(
        c,
        pick(
            c,
            [
                "note.geb_line",
                "zin.parent_dob",
                "note.zorg",
                "note.bestand",
                "note.overdracht",
                "zin.dob_nocue",
                "note.bsnveld",
            ],
            4,
        ),
    )
    return "\n".join(out)


@shape("doc.discord")
def _(c):
    c.k("kanaal")
    out = [f"#{c.centre.lower().replace(' ', '-')}-moet-blijven kanaal"]
    out += lines_of(c, ["game.tag", "game.gg", "game.irl"])
    return "\n".join(out)


@shape("doc.sms_reeks")
def _(c):
    return "\n".join(lines_of(c, ["sms.med_vraag", "sms.teen_antw", "sms.med_bevestig"]))


@shape("doc.webformulier")
def _(c):
    c.k("Naam", "Onderwerp", "Toelichting")
    out = [
        f"Naam: {c.lfull(c.y)}",
        f"E-mail: {c.email(c.y)}",
        f"Telefoon: {c.phone(c.y)}",
        f"Onderwerp: {c.t['what']}",
        "Toelichting: " + " ".join(lines_of(c, pick(c, CHAT, 2))),
    ]
    return "\n".join(out)


@shape("doc.doorgestuurd")
def _(c):
    c.k("Doorgestuurd", "Van", "Aan")
    out = [
        "---------- Doorgestuurd bericht ----------",
        f"Van: {c.full(c.par)} <{c.email(c.par)}>",
        f"Aan: {c.email(c.off)}",
        f"Datum: {c.odate()}",
        "",
    ]
    out.append(
        " ".join(lines_of(c, pick(c, ["ouder.taxi", "ouder.kenmerk", "ouder.boos", "ouder.broer", "ouder.wonen"], 3)))
    )
    return "\n".join(out)


DOC_KINDS = [n for n in SHAPES if n.startswith("doc.")]
EXTRA = [
    "zin.generic_contact",
    "zin.regeling",
    "zin.sur_only",
    "zin.officer_phone",
    "zin.dob_nocue",
    "zin.neighbour_addr",
]


def build(i, r):
    c = Ctx(r, i)
    kind = DOC_KINDS[i % len(DOC_KINDS)] if r.random() < 0.5 else r.choice(DOC_KINDS)
    parts = [c.use(kind)]
    parts += lines_of(c, pick(c, [n for n in EXTRA if n not in c.shapes], r.randint(1, 2)))
    if c.known and "zin.known" not in c.shapes:
        parts.insert(r.randint(1, len(parts)), r.choice(["PS: ", "Verder: ", "Nog iets: "]) + c.use("zin.known"))
    if c.known and c.y.full not in "\n".join(parts):
        parts.append(c.use("zin.known_full"))
    text = "\n".join(parts)
    for w in c.t["keep"]:
        if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
            c.k(w)
    keep = [w for w in c.keep if re.search(r"(?<![\w@.])" + re.escape(w) + r"(?![\w@])", text)]
    doc = {"id": f"fresh18d-{i:04d}", "text": text, "pii": [p for p in c.pii if p["text"] in text], "keep": keep}
    if c.known:
        kn = {"names": [c.y.full]}
        if c.y.email in text:
            kn["emails"] = [c.y.email]
        if c.y.phone in text:
            kn["phones"] = [c.y.phone]
        doc["known"] = kn
    doc["_shapes"] = list(c.shapes)
    return doc


# ---------------------------------------------------------------- gate
def _words(s):
    return {w.lower() for w in re.split(r"[^\w']+", s) if w and len(w) > 1 and w.lower() not in PARTICLES}


def gate(doc: dict) -> str | None:
    try:
        _score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for p in doc["pii"]:
        if p["label"] not in LABELS:
            return f"label {p['label']}"
        if p["label"] == "BSN" and not bsn_ok(p["text"]):
            return f"bsn {p['text']}"
        if p["label"] == "IBAN" and not iban_ok(p["text"]):
            return f"iban {p['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", doc["text"]):
            return f"keep not a whole word: {k}"
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= {w for w in _words(n)}
    name_words = set()
    for p in doc["pii"]:
        if p["label"] == "PERSON":
            name_words |= _words(p["text"]) | {w.lower() for w in re.split(r"[\W_\d]+", p["text"]) if len(w) > 1}
    name_words -= PARTICLES
    for k in doc["keep"]:
        shared = _words(k) & name_words
        if shared and not (k == k.lower() and shared <= known_words):
            return f"keep {k!r} shares {shared} with a name"
    if "known" in doc:
        ok = any(k == k.lower() and _words(k) & known_words for k in doc["keep"])
        if not ok:
            return "known name without its ordinary use in keep"
    return None


def generate():
    docs, redraws = [], 0
    for i in range(N_DOCS):
        r = random.Random(f"{SEED}-{i}")
        attempt = 0
        while True:
            d = build(i, r)
            shapes = d.pop("_shapes")
            if gate(d) is None:
                break
            attempt += 1
            redraws += 1
            r = random.Random(f"{SEED}-{i}-{attempt}")
        d["_shapes"] = shapes
        docs.append(d)
    return docs, redraws


def dump(docs):
    return "".join(json.dumps({k: v for k, v in d.items() if k != "_shapes"}, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws = generate()
    data = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print("fresh18d_texts.jsonl is up to date" if same else "fresh18d_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(p["label"] for d in docs for p in d["pii"])
        used = Counter(s for d in docs for s in d["_shapes"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        print(f"shapes registered: {len(SHAPES)} (document kinds {len(DOC_KINDS)}); used: {len(used)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"origin groups: {len(ORIGINS)}")
        print(f"redraws: {redraws}")
        print(f"gate failures: {sum(gate({k: v for k, v in d.items() if k != '_shapes'}) is not None for d in docs)}")
        return 0
    OUT.write_text(data, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} (redraws {redraws})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
