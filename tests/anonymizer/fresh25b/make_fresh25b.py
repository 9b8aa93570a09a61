"""fresh25b: a blind annotated corpus of Dutch texts about building plans, zoning and neighbour objections.

Seeded (202619102); document i draws from random.Random("202619102-<i>"), a document failing gate() is redrawn from
"202619102-<i>-<attempt>". Options: none = write fresh25b_texts.jsonl; --check = exit 1 if the committed file
differs; --stats = counts per label, shapes, known-name documents, redraws.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from names25b import ORIGINS  # noqa: E402

_spec = importlib.util.spec_from_file_location("score25b", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 202619102
N_DOCS = 300
OUT = HERE / "fresh25b_texts.jsonl"
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

SHAPES: dict = {}


def shape(name):
    def deco(fn):
        SHAPES[name] = fn
        fn.shape = name
        return fn

    return deco


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
TOWNS = [
    "Zutphen",
    "Oosterhout",
    "Heerhugowaard",
    "Veenendaal",
    "Harderwijk",
    "Tiel",
    "Roosendaal",
    "Meppel",
    "Woerden",
    "Bussum",
    "Kampen",
    "Culemborg",
    "Waalwijk",
    "Doetinchem",
    "Schagen",
    "Goes",
]
STREET_HEAD = [
    "Linde",
    "Esdoorn",
    "Meidoorn",
    "Vlier",
    "Hazelaar",
    "Kievit",
    "Grutto",
    "Reiger",
    "Zwaluw",
    "Merel",
    "Populier",
    "Wilgen",
    "Klaproos",
    "Boekweit",
    "Hoefslag",
    "Molenwiek",
    "Kraanvogel",
    "Korenbloem",
    "Zandloper",
    "Slotgracht",
    "Leeuwerik",
    "Appelgaard",
    "Dotterbloem",
    "Pelikaan",
]
STREET_TAIL = ["laan", "straat", "hof", "weg", "erf", "singel", "pad", "dreef", "gaarde", "kade", "akker"]
DOMAINS = ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "outlook.com", "xs4all.nl", "planet.nl", "live.nl"]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
KNOWN_WORDS = [  # (surname word, particle, sentence with the ordinary lower-case use; {w} is the word)
    ("Schuur", "", "De oude {w} achter het woonhuis wordt gesloopt en vervangen door een tuinkamer."),
    ("Steen", "van der", "De nieuwe gevel wordt opgetrokken in rode {w} met een verdiepte voeg."),
    ("Bos", "", "Achter de percelen ligt een klein {w} dat volgens het plan behouden blijft."),
    ("Haag", "", "Langs de erfgrens staat een {w} van liguster van ongeveer 1,80 meter."),
    ("Hout", "van den", "De schutting wordt uitgevoerd in onbehandeld {w} met betonpalen."),
    ("Zon", "", "Volgens de bezonningsstudie verdwijnt de {w} in maart om 15.00 uur achter de uitbouw."),
    ("Licht", "", "De buren vrezen dat er minder {w} in de woonkamer valt."),
    ("Winter", "", "In de {w} staat het water op het achterpad."),
    ("Groen", "", "Het {w} in de straat is volgens omwonenden het belangrijkste van de buurt."),
    ("Wit", "de", "De kozijnen worden volgens het welstandsadvies {w} geschilderd."),
    ("Timmerman", "", "Het werk wordt uitgevoerd door een {w} uit het dorp."),
    ("Metselaar", "", "Op de bouwplaats was op dat moment alleen een {w} aan het werk."),
    ("Boom", "de", "De {w} in de achtertuin is een beeldbepalende kastanje."),
    ("Dam", "van", "De {w} naar het perceel wordt verbreed voor het bouwverkeer."),
    ("Poort", "", "De {w} naast de garage blijft volgens de tekening open."),
    ("Dijk", "van", "De woning ligt direct aan de {w} en valt onder de keur van het waterschap."),
    ("Hek", "van 't", "Het {w} aan de voorzijde wordt 2,00 meter hoog."),
    ("Bruin", "de", "De dakpannen zijn {w} en passen volgens de commissie in het straatbeeld."),
    ("Brink", "", "Het pand staat aan de {w} van het oude dorp."),
    ("Veld", "in 't", "Het {w} achter de woningen is in het omgevingsplan bestemd als groen."),
    ("Vos", "de", "Volgens de ecoloog is er een {w} in de tuin gezien, maar geen burcht."),
    ("Kok", "", "De uitbouw is bedoeld voor de keuken, waar een {w} van het restaurant zou werken."),
]


# ---------------------------------------------------------------------------------------------------------- helpers


def bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * (9 - i) for i, x in enumerate(d))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 9:
        return False
    t = sum(int(c) * (9 - i) for i, c in enumerate(s[:8])) - int(s[8])
    return t % 11 == 0


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    x = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in x)) % 97 == 1


def iban(r):
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    x = bank + acct + "NL00"
    check = 98 - int("".join(str(int(c, 36)) for c in x)) % 97
    s = f"NL{check:02d}{bank}{acct}"
    if r.random() < 0.5:
        s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


def postcode(r):
    while True:
        letters = r.choice("ABCEGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
        if letters not in ("SS", "SD", "SA"):
            break
    n = r.randint(1011, 9999)
    return f"{n} {letters}" if r.random() < 0.8 else f"{n}{letters}"


def phone(r):
    k = r.randint(0, 6)
    m = "".join(str(r.randint(0, 9)) for _ in range(8))
    if k == 0:
        return f"06-{m}"
    if k == 1:
        return f"+31 6 {m[:4]} {m[4:]}"
    if k == 2:
        return f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}"
    area = r.choice(["0575", "0162", "0318", "0341", "0344", "0416", "0522", "0348", "035"])
    rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
    if k == 3:
        return f"{area}-{rest}"
    if k == 4:
        return f"({area}) {rest[:2]} {rest[2:4]} {rest[4:]}"
    if k == 5:
        return f"+31 ({area[1:]}) {rest}"
    return f"0031 6 {m}"


def plate(r):
    C = "BDFGHJKLNPRSTVXZ"
    L = lambda n: "".join(r.choice(C) for _ in range(n))
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    return r.choice(
        [
            lambda: f"{D(2)}-{L(3)}-{D(1)}",
            lambda: f"{L(2)}-{D(3)}-{L(1)}",
            lambda: f"{D(1)}-{L(3)}-{D(2)}",
            lambda: f"{L(3)}-{D(2)}-{L(1)}",
            lambda: f"{L(1)}-{D(3)}-{L(2)}",
            lambda: f"V{L(1)}-{D(3)}-{L(1)}",
        ]
    )()


def case_number(r):
    y = r.choice(["25", "26"])
    n = r.randint(1, 99999)
    k = r.randint(0, 7)
    return [
        f"OV-20{y}-{n:05d}",
        f"Z{y}.{r.randint(100000, 999999)}",
        f"BZ/{n % 10000:04d}/{y}",
        f"HZC-{y}{n % 1000:03d}",
        f"OMG{r.randint(1000000, 9999999)}",
        f"ZW{y}-{n % 10000:04d}-{r.choice('ABCDK')}",
        f"20{y}/OMG/{n % 10000:04d}",
        f"W-{y}-{r.randint(100, 999)}.{r.randint(10, 99)}",
    ][k]


def ordinary_date(r):
    return r.randint(1, 28), r.randint(1, 12), r.choice([2025, 2026])


def dob(r):
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1934, 2001)
    k = r.randint(0, 6)
    return [
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d:02d}-{m:02d}-{y}",
        f"{d}-{m}-{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d} {MON3[m - 1]} {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d}/{m}/{y}",
    ][k]


class Person:
    def __init__(self, r, origin=None, female=None, core=None, particle=None):
        self.origin = origin or r.choice(sorted(ORIGINS))
        fem, mal, heads, tails, parts = ORIGINS[self.origin]
        self.female = r.random() < 0.5 if female is None else female
        self.first = r.choice(fem if self.female else mal)
        self.core = core or (r.choice(heads) + r.choice(tails))
        if particle is None:
            particle = r.choice(parts) if parts and r.random() < 0.7 else ""
        self.particle = particle

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.particle, self.core) if x)

    @property
    def bare(self):  # surname after a title: particle capitalised
        if not self.particle:
            return self.core
        p = self.particle
        return p[0].upper() + p[1:] + " " + self.core

    @property
    def initials(self):
        ini = "".join(w[0] + "." for w in self.first.replace("-", " ").split())
        return " ".join(x for x in (ini, self.particle, self.core) if x)

    @property
    def poss(self):
        b = self.bare
        if b[-1] in "sxzß":
            return b + "'"
        if b[-1] in "aiouy":
            return b + "'s"
        return b + "s"

    @property
    def flat(self):
        return re.sub(r"[^a-zà-ÿğışçöüłńśźżęąćđ]", "", self.core.lower())

    @property
    def title(self):
        return "mevrouw" if self.female else "de heer"

    @property
    def title_short(self):
        return "mw." if self.female else "dhr."


class Doc:
    def __init__(self, r, i):
        self.r, self.i = r, i
        self.pii, self.keep, self.shapes = [], [], []
        self.persons = []
        self.town = r.choice(TOWNS)
        self.used_streets = set()
        self.known = None

    # registration
    def P(self, text, label):
        if {"text": text, "label": label} not in self.pii:
            self.pii.append({"text": text, "label": label})
        return text

    def K(self, word):
        if word not in self.keep:
            self.keep.append(word)
        return word

    def person(self, **kw):
        for _ in range(50):
            p = Person(self.r, **kw)
            if all(p.core != q.core and p.first != q.first for q in self.persons):
                break
        self.persons.append(p)
        return p

    def relative(self, p):  # shares the family name
        q = Person(self.r, origin=p.origin, core=p.core, particle=p.particle)
        for _ in range(20):
            if q.first != p.first:
                break
            q = Person(self.r, origin=p.origin, core=p.core, particle=p.particle)
        self.persons.append(q)
        return q

    # person forms
    def full(self, p):
        return self.P(p.full, "PERSON")

    def bare(self, p):
        return self.P(p.bare, "PERSON")

    def ini(self, p):
        return self.P(p.initials, "PERSON")

    def caps(self, p):
        return self.P(p.bare.upper(), "PERSON")

    def poss(self, p):
        return self.P(p.poss, "PERSON")

    def first(self, p):
        return self.P(p.first, "PERSON")

    def email(self, p, dom=None):
        r = self.r
        f = re.sub(
            r"[^a-z]",
            "",
            p.first.lower()
            .replace("ł", "l")
            .replace("ş", "s")
            .replace("ğ", "g")
            .replace("ü", "u")
            .replace("ö", "o")
            .replace("é", "e")
            .replace("ê", "e")
            .replace("ı", "i")
            .replace("ć", "c")
            .replace("ž", "z")
            .replace("ă", "a"),
        )
        c = re.sub(
            r"[^a-z]",
            "",
            p.flat.replace("ł", "l")
            .replace("ş", "s")
            .replace("ğ", "g")
            .replace("ü", "u")
            .replace("ö", "o")
            .replace("ı", "i")
            .replace("ć", "c")
            .replace("ń", "n")
            .replace("ś", "s")
            .replace("ž", "z")
            .replace("ß", "ss")
            .replace("đ", "d")
            .replace("ê", "e")
            .replace("î", "i"),
        )
        local = r.choice([f"{f}.{c}", f"{f[0]}.{c}", f"{c}{r.randint(10, 99)}", f"{f}{c[:3]}", f"{c}.{f[0]}"])
        return self.P(f"{local}@{dom or r.choice(DOMAINS)}", "EMAIL")

    def street(self):
        for _ in range(50):
            s = self.r.choice(STREET_HEAD) + self.r.choice(STREET_TAIL)
            if s not in self.used_streets:
                self.used_streets.add(s)
                return s
        return s

    def addr(self, s=None, nr=None):
        s = s or self.street()
        nr = nr or str(self.r.randint(1, 140)) + self.r.choice(["", "", "", "a", "b", "-2", " A"])
        return self.P(f"{s} {nr}", "ADDRESS")

    def sname(self, s):
        return self.P(s, "ADDRESS")

    def date(self):
        d, m, y = ordinary_date(self.r)
        self.K(MONTHS[m - 1])
        return f"{d} {MONTHS[m - 1]} {y}"

    def wd(self):
        return self.K(self.r.choice(WEEKDAYS))

    def case(self):
        return self.P(case_number(self.r), "CASE_NUMBER")

    def use(self, name, *args):
        self.shapes.append(name)
        return SHAPES[name](self, *args)


# ----------------------------------------------------------------------------------------------------- the shapes
# Header / letter-head shapes -----------------------------------------------------------------------------------


@shape("head_zienswijze_brief")
def _(d, a, neigh):
    s = d.street()
    return (
        f"{d.full(neigh)}\n{d.addr(s)}\n{d.P(postcode(d.r), 'POSTCODE')} {d.K(d.town)}\n\n"
        f"Aan het college van burgemeester en wethouders van {d.town}\n"
        f"{d.K('Betreft')}: zienswijze ontwerp-omgevingsplan, {d.K('zaaknummer')} {d.case()}\n"
    )


@shape("head_bezwaar_email")
def _(d, a, neigh):
    return (
        f"Van: {d.full(neigh)} <{d.email(neigh)}>\nAan: {d.K('bezwaar')}@{d.town.lower()}.nl\n"
        f"{d.K('Onderwerp')}: bezwaar tegen verleende vergunning {d.case()}\n"
    )


@shape("head_hoorzitting")
def _(d, a, neigh):
    return (
        f"{d.K('VERSLAG')} HOORZITTING {d.K('Bezwaarschriftencommissie')} {d.town}\n"
        f"Datum: {d.wd()} {d.date()}, 14.00 uur, {d.K('raadzaal')}\n{d.K('Dossier')}: {d.case()}\n"
    )


@shape("head_schouw")
def _(d, a, neigh):
    return (
        f"{d.K('Schouwverslag')} locatiebezoek {d.wd()} {d.date()}\n"
        f"Locatie: {d.addr()}, {d.K(d.town)} — kadastraal bekend als {d.town} {d.K('sectie')} "
        f"{d.r.choice('ABCDGHKLMN')} {d.r.randint(100, 9999)}\n"
    )


@shape("head_architect")
def _(d, a, neigh):
    arch = d.person()
    d.architect = arch
    bureau = d.r.choice(
        [
            "Atelier Ruimtewerk",
            "Bouwkundig Bureau Dakenlijn",
            "Studio Gevelkunst",
            "Architectenbureau Lichtval",
            "Tekenburo Overkant",
        ]
    )
    d.K(bureau.split()[0])
    return (
        f"{bureau}\n{d.K('Architecten')} en bouwadviseurs\nt.a.v. team {d.K('Vergunningverlening')}\n"
        f"Uw {d.K('kenmerk')}: {d.case()}\nOns kenmerk: {d.flat_file(a)}\n"
    )


@shape("head_besluit")
def _(d, a, neigh):
    return (
        f"{d.K('BESLUIT')} OP BEZWAAR\n{d.K('Zaaknummer')}: {d.case()}\n"
        f"Aanvrager: {d.title_cap(a)} {d.ini(a)}, {d.addr()}, {d.P(postcode(d.r), 'POSTCODE')} {d.K(d.town)}\n"
    )


@shape("head_reactienota")
def _(d, a, neigh):
    return (
        f"{d.K('Reactienota')} zienswijzen ontwerp-omgevingsplan '{d.K('Dorpsrand')} {d.r.choice(['Noord', 'West', 'Zuid'])}'\n"
        f"Ter inzage gelegen van {d.date()} tot en met {d.date()}. Er zijn {d.r.randint(4, 19)} zienswijzen "
        f"ontvangen.\n"
    )


@shape("head_welstand")
def _(d, a, neigh):
    return (
        f"{d.K('Welstandsadvies')} — vergadering {d.K('welstandscommissie')} van {d.date()}\n"
        f"Plan: dakkapel en uitbouw, {d.addr()}\n{d.K('Adviesnummer')} {d.case()}\n"
    )


@shape("head_telefoonnotitie")
def _(d, a, neigh):
    return (
        f"{d.K('Telefoonnotitie')} {d.wd()} {d.date()}\nGebeld door: {d.full(neigh)}, tel. "
        f"{d.P(phone(d.r), 'PHONE')}\nOpgenomen door: {d.K('KCC')}\n"
    )


@shape("head_aanvraagformulier")
def _(d, a, neigh):
    return (
        f"{d.K('Aanvraag')} omgevingsvergunning — {d.K('Omgevingsloket')} {d.case()}\n"
        f"Naam aanvrager: {d.caps(a)}, {d.first(a)}\nBSN: {d.P(bsn(d.r), 'BSN')}\n"
        f"Adres: {d.addr()}  Postcode: {d.P(postcode(d.r), 'POSTCODE')}\n"
    )


@shape("head_handhavingsverzoek")
def _(d, a, neigh):
    return (
        f"{d.K('Verzoek')} om handhaving — schutting en overkapping\n"
        f"Verzoeker: {d.full(neigh)} ({d.email(neigh)})\n"
        f"{d.K('Kenmerk')} gemeente: {d.case()}\n"
    )


# Body shapes ------------------------------------------------------------------------------------------------------


@shape("s_buurman_nr")
def _(d, a, neigh):
    n = d.r.randint(2, 60)
    return (
        f"{d.K('Namens')} de bewoners van nummer {n} spreekt {d.title(neigh)} {d.bare(neigh)} (buur"
        f"{'vrouw' if neigh.female else 'man'}, nr. {n}) {'haar' if neigh.female else 'zijn'} zorgen uit over de hoogte van de {d.K('uitbouw')}."
    )


@shape("s_dakkapel_hoogte")
def _(d, a, neigh):
    return (
        f"De {d.K('dakkapel')} aan de achterzijde krijgt een hoogte van {d.r.choice(['1,45', '1,60', '1,75'])} "
        f"meter en komt op {d.r.choice(['0,50', '0,70', '1,00'])} meter van de nok."
    )


@shape("s_schaduwstudie")
def _(d, a, neigh):
    return (
        f"Uit de {d.K('bezonningsstudie')} blijkt dat de tuin van {d.poss_or_title(neigh)} woning op 21 "
        f"{d.K('maart')} tussen 13.00 en 16.00 uur in de schaduw ligt."
    )


@shape("s_erfgrens_cm")
def _(d, a, neigh):
    return (
        f"De {d.K('erfafscheiding')} staat volgens {d.title(neigh)} {d.bare(neigh)} {d.r.randint(12, 60)} "
        f"centimeter over de grens, gemeten vanaf het {d.K('kadastrale')} punt."
    )


@shape("s_hoek_straten")
def _(d, a, neigh):
    s1, s2 = d.street(), d.street()
    return f"Het perceel ligt op de hoek {d.sname(s1)}/{d.sname(s2)}; de {d.K('zijgevel')} staat aan de {d.sname(s2)}."


@shape("s_boomkap")
def _(d, a, neigh):
    return (
        f"{d.K('Bezwaarmaker')} {d.full(neigh)} maakt bezwaar tegen de kapvergunning voor de "
        f"{d.K('kastanje')} voor {d.addr()}."
    )


@shape("s_schutting_2m")
def _(d, a, neigh):
    return (
        f"De nieuwe {d.K('schutting')} tussen de tuinen van {d.title(a)} {d.bare(a)} en {d.title(neigh)} "
        f"{d.bare(neigh)} is 2,20 meter hoog, terwijl vergunningvrij 2,00 meter is toegestaan."
    )


@shape("s_gemeente_antwoord_num")
def _(d, a, neigh):
    n = d.r.randint(1, 14)
    return (
        f"{d.K('Reactie')} gemeente op zienswijze {n} ({d.bare(neigh)}): de {d.K('Omgevingswet')} laat een "
        f"bouwhoogte van 9 meter toe; de zienswijze leidt niet tot aanpassing."
    )


@shape("s_hoorzitting_zegt")
def _(d, a, neigh):
    return (
        f"{d.title_cap(neigh)} {d.bare(neigh)} zegt dat {'zij' if neigh.female else 'hij'} het plan pas op {d.date()} in de "
        f"{d.K('Staatscourant')} heeft gezien."
    )


@shape("s_advocaat_namens")
def _(d, a, neigh):
    adv = d.person()
    kantoor = d.r.choice(["Lindhout Advocaten", "Advocatenkantoor Wetering", "Bestuursrecht Collectief"])
    d.K(kantoor.split()[-1])
    return (
        f"Mr. {d.full(adv)} ({kantoor}) voert namens {d.title(neigh)} {d.bare(neigh)} het woord en wijst op "
        f"de uitspraak van de {d.K('Raad')} van {d.K('State')}."
    )


@shape("s_ambtenaar_functie")
def _(d, a, neigh):
    amb = d.person()
    dept = d.r.choice([("Ruimtelijke", "Ontwikkeling"), ("Vergunningen", "Toezicht"), ("Bouw-", "Woningtoezicht")])
    return (
        f"Namens de gemeente is aanwezig {d.title_short(amb)} {d.ini(amb)}, juridisch adviseur bij de "
        f"afdeling {d.K(dept[0].rstrip('-'))}{' ' if not dept[0].endswith('-') else ' en '}{d.K(dept[1])}."
    )


@shape("s_aanwezigen_lijst")
def _(d, a, neigh):
    c = d.person()
    sec = d.person()
    return (
        f"{d.K('Aanwezig')}:\n- {d.full(c)}, voorzitter\n- {d.full(sec)}, secretaris\n"
        f"- {d.full(a)} ({d.K('vergunninghouder')})\n- {d.full(neigh)} ({d.K('bezwaarde')})"
    )


@shape("s_bezwaarde_nr_haakjes")
def _(d, a, neigh):
    n = d.r.randint(1, 80)
    return (
        f"Bezwaar nr. {d.r.randint(1, 9)} is ingediend door {d.title(neigh)} {d.full(neigh)} "
        f"({d.K('eigenaar')} van nr. {n})."
    )


@shape("s_kadaster")
def _(d, a, neigh):
    return (
        f"Het perceel is {d.K('kadastraal')} bekend als gemeente {d.K(d.town)}, sectie "
        f"{d.r.choice('EFGHKLMP')}, nummer {d.r.randint(1000, 8999)}, groot {d.r.randint(180, 900)} m²."
    )


@shape("s_mantelzorg_dob")
def _(d, a, neigh):
    m = d.relative(a)
    return (
        f"De {d.K('mantelzorgwoning')} is bedoeld voor {d.first(m) if d.r.random() < 0.3 else d.full(m)}, "
        f"geboren op {d.P(dob(d.r), 'DATE_OF_BIRTH')}, de {'moeder' if m.female else 'vader'} van de aanvrager."
    )


@shape("s_dob_haakjes")
def _(d, a, neigh):
    return (
        f"Aanvrager {d.full(a)} ({d.P(dob(d.r), 'DATE_OF_BIRTH')}) woont sinds {d.r.randint(1985, 2020)} op het adres."
    )


@shape("s_dob_geb")
def _(d, a, neigh):
    return (
        f"{d.K('Uittreksel')} BRP: {d.caps(a)}, {d.first(a)}, geb. {d.P(dob(d.r), 'DATE_OF_BIRTH')}, "
        f"BSN {d.P(bsn(d.r), 'BSN')}."
    )


@shape("s_leges_iban")
def _(d, a, neigh):
    return (
        f"De {d.K('leges')} van € {d.r.randint(2, 19)}{d.r.choice(['25', '40', '87'])},00 worden na intrekking "
        f"terugbetaald op rekening {d.P(iban(d.r), 'IBAN')} t.n.v. {d.ini(a)}."
    )


@shape("s_bouwbus_kenteken")
def _(d, a, neigh):
    return (
        f"De {d.K('bedrijfsbus')} van de aannemer met kenteken {d.P(plate(d.r), 'LICENSE_PLATE')} staat volgens "
        f"{d.bare(neigh)} elke ochtend om 07.00 uur op de stoep."
    )


@shape("s_kenteken_kort")
def _(d, a, neigh):
    return f"Bij de schouw stond een container en een auto ({d.P(plate(d.r), 'LICENSE_PLATE')}) op de {d.K('oprit')}."


@shape("s_telefoon_bereikbaar")
def _(d, a, neigh):
    return (
        f"{d.title_cap(neigh)} {d.bare(neigh)} is overdag bereikbaar op {d.P(phone(d.r), 'PHONE')}; na "
        f"17.00 uur liever per mail."
    )


@shape("s_mediator")
def _(d, a, neigh):
    med = d.person()
    return (
        f"Buurtbemiddelaar {d.full(med)} heeft op {d.date()} een {d.K('gesprek')} gevoerd tussen "
        f"{d.bare(a)} en {d.bare(neigh)}; {d.first(med)} noteerde dat beide partijen een {d.K('lagere')} "
        f"schutting bespreekbaar vinden."
    )


@shape("s_bouwhoogte_tabel")
def _(d, a, neigh):
    return (
        f"Goothoogte bestaand: {d.r.choice(['5,80', '6,10', '3,20'])} m | {d.K('Goothoogte')} nieuw: "
        f"{d.r.choice(['6,40', '6,95', '3,60'])} m | {d.K('Nokhoogte')}: {d.r.choice(['9,75', '10,20', '8,90'])} m"
    )


@shape("s_welstand_oordeel")
def _(d, a, neigh):
    return (
        f"De commissie {d.K('Ruimtelijke')} {d.K('Kwaliteit')} acht het plan niet in strijd met redelijke "
        f"eisen van welstand, mits de {d.K('boeidelen')} in donkergrijs worden uitgevoerd."
    )


@shape("s_welstand_aanhouden")
def _(d, a, neigh):
    return (
        f"{d.K('Aangehouden')}: de architect ({d.bare(d.arch())}) wordt verzocht de {d.K('dakkapel')} "
        f"terug te leggen en een nieuwe schets in te dienen."
    )


@shape("s_architect_mail")
def _(d, a, neigh):
    ar = d.arch()
    return (
        f"Vragen over de tekeningen kunt u stellen aan {d.full(ar)}, {d.email(ar, 'ruimtewerk-architecten.nl')}"
        f" of {d.P(phone(d.r), 'PHONE')}."
    )


@shape("s_aannemer_planning")
def _(d, a, neigh):
    aan = d.person()
    return (
        f"{d.K('Aannemer')} {d.full(aan)} start volgens de planning in week {d.r.randint(2, 50)} met de "
        f"{d.K('fundering')}; {d.bare(aan)} verwacht de ruwbouw in {d.K(d.r.choice(MONTHS[4:10]))} af te ronden."
    )


@shape("s_bestand_naam")
def _(d, a, neigh):
    y = d.r.choice(["2025", "2026"])
    return f"{d.K('Bijlagen')}: zienswijze-{d.P(neigh.flat, 'PERSON')}-{y}.pdf, plattegrond_v3.pdf, foto's achtergevel."


@shape("s_bestand_aanvrager")
def _(d, a, neigh):
    return f"In het dossier zit ook het bestand {d.K('bouwtekening')}-{d.P(a.flat, 'PERSON')}-{d.r.choice(['def', 'rev2', 'concept'])}.dwg."


@shape("s_poss_bezwaar")
def _(d, a, neigh):
    return f"{d.poss(neigh)} bezwaar richt zich vooral op de {d.K('inkijk')} vanaf het nieuwe {d.K('balkon')}."


@shape("s_poss_aanvrager")
def _(d, a, neigh):
    return (
        f"Volgens de commissie doet {d.poss(a)} plan geen onevenredige afbreuk aan het woon- en {d.K('leefklimaat')}."
    )


@shape("s_familie_zelfde_naam")
def _(d, a, neigh):
    f = d.relative(neigh)
    return (
        f"Ook {d.full(f)}, die bij {d.title(neigh)} {d.bare(neigh)} inwoont, heeft de {d.K('zienswijze')} ondertekend."
    )


@shape("s_zoon_dochter")
def _(d, a, neigh):
    f = d.relative(a)
    return (
        f"{d.title_cap(a)} {d.bare(a)} werd bijgestaan door {'dochter' if f.female else 'zoon'} "
        f"{d.first(f)}, die het woord voerde omdat {d.title(a)} {d.bare(a)} slechthorend is."
    )


@shape("s_straat_zonder_nr")
def _(d, a, neigh):
    s = d.street()
    return f"Bewoners van de {d.sname(s)} vrezen dat het {d.K('bouwverkeer')} door hun straat gaat rijden."


@shape("s_adres_met_postcode")
def _(d, a, neigh):
    return (
        f"{d.K('Correspondentieadres')} {d.bare(neigh)}: {d.addr()}, {d.P(postcode(d.r), 'POSTCODE')} "
        f"{d.K(d.r.choice(TOWNS))}."
    )


@shape("s_tegenover")
def _(d, a, neigh):
    s = d.street()
    n = d.r.randint(2, 90)
    return (
        f"De woning van {d.full(neigh)} ligt recht tegenover {d.addr(s, str(n))}, aan de even kant van de {d.sname(s)}."
    )


@shape("s_genummerd_antwoord")
def _(d, a, neigh):
    n = d.r.randint(1, 9)
    return (
        f"{n}.{d.r.randint(1, 4)} {d.K('Beantwoording')}: de door {d.bare(neigh)} genoemde "
        f"{d.K('parkeerdruk')} is onderzocht; de parkeernorm wordt gehaald."
    )


@shape("s_zienswijze_ik")
def _(d, a, neigh):
    return (
        f"Ik, {d.full(neigh)}, woon sinds {d.r.randint(1979, 2021)} naast het {d.K('bouwperceel')} en kan "
        f"me niet vinden in de voorgestelde {d.K('bestemming')}."
    )


@shape("s_wij_ondertekenden")
def _(d, a, neigh):
    n2 = d.person()
    return (
        f"Wij, {d.full(neigh)} en {d.full(n2)}, {d.K('omwonenden')} van {d.addr()}, dienen hierbij "
        f"gezamenlijk een zienswijze in."
    )


@shape("s_uitspraak_rvs")
def _(d, a, neigh):
    return (
        f"Verwezen wordt naar de uitspraak van de {d.K('Afdeling')} {d.K('bestuursrechtspraak')} van "
        f"{d.date()} (ECLI:NL:RVS:20{d.r.randint(19, 25)}:{d.r.randint(100, 3999)})."
    )


@shape("s_termijn")
def _(d, a, neigh):
    return f"De {d.K('beslistermijn')} van acht weken is op {d.date()} met zes weken verlengd."


@shape("s_ingebrekestelling")
def _(d, a, neigh):
    return (
        f"Op {d.date()} heeft {d.ini(neigh)} de gemeente in gebreke gesteld wegens het niet tijdig "
        f"{d.K('beslissen')} op het handhavingsverzoek."
    )


@shape("s_kcc_contact")
def _(d, a, neigh):
    return (
        f"Heeft u vragen? Bel het {d.K('Klantcontactcentrum')} via 14 0{d.r.randint(100, 999)} of mail "
        f"naar {d.K('info@' + d.town.lower() + '.nl')}."
    )


@shape("s_bijeenkomst")
def _(d, a, neigh):
    return (
        f"Op {d.wd()} {d.date()} is een {d.K('inloopavond')} gehouden in {d.K('buurthuis')} "
        f"'{d.K('De Ooievaar')}'; daar waren {d.r.randint(12, 60)} bewoners aanwezig."
    )


@shape("s_verkeersbesluit")
def _(d, a, neigh):
    return f"Het {d.K('parkeerplan')} voorziet in {d.r.randint(2, 9)} extra plaatsen op eigen terrein."


@shape("s_overschrijding")
def _(d, a, neigh):
    return (
        f"De {d.K('aanbouw')} overschrijdt het bouwvlak met {d.r.choice(['0,85', '1,20', '2,40'])} meter; een "
        f"{d.K('buitenplanse')} omgevingsplanactiviteit is daarom nodig."
    )


@shape("s_plan_quote")
def _(d, a, neigh):
    return (
        f"'{d.K('Wij')} zijn niet tegen de uitbreiding, maar wel tegen deze hoogte,' aldus {d.full(neigh)} "
        f"tijdens de zitting."
    )


@shape("s_vraag_commissie")
def _(d, a, neigh):
    lid = d.person()
    return (
        f"Commissielid {d.ini(lid)} vraagt of de {d.K('aanvrager')} alternatieven heeft onderzocht. "
        f"{d.title_cap(a)} {d.bare(a)} antwoordt dat een plat dak technisch niet mogelijk is."
    )


@shape("s_handtekening")
def _(d, a, neigh):
    return f"Met vriendelijke groet,\n\n{d.full(neigh)}\n{d.P(phone(d.r), 'PHONE')}"


@shape("s_handtekening_namens")
def _(d, a, neigh):
    amb = d.person()
    return (
        f"{d.K('Hoogachtend')},\nburgemeester en wethouders van {d.K(d.town)},\nnamens dezen,\n\n{d.full(amb)}\n"
        f"{d.K('teamleider')} {d.K('Vergunningverlening')}"
    )


@shape("s_handtekening_architect")
def _(d, a, neigh):
    ar = d.arch()
    return f"Met collegiale groet,\n{d.ini(ar)}\narchitect BNA, {d.email(ar, 'lichtval-architectuur.nl')}"


@shape("s_cc_regel")
def _(d, a, neigh):
    return f"cc: {d.email(a)}; {d.email(neigh)}; {d.K('juridischezaken@' + d.town.lower() + '.nl')}"


@shape("s_reactie_op_reactie")
def _(d, a, neigh):
    return (
        f"In zijn {d.K('repliek')} stelt {d.title(a)} {d.bare(a)} dat {d.bare(neigh)} zelf in 2019 "
        f"een dakkapel heeft gebouwd zonder vergunning."
    )


@shape("s_bouwstop")
def _(d, a, neigh):
    return (
        f"Op {d.date()} is een {d.K('bouwstop')} opgelegd; de toezichthouder trof op {d.addr()} een "
        f"gestorte {d.K('vloer')} aan zonder goedgekeurde constructieberekening."
    )


@shape("s_last_onder_dwangsom")
def _(d, a, neigh):
    return (
        f"Aan {d.ini(a)} is een {d.K('last')} onder dwangsom opgelegd van € {d.r.randint(2, 9)}.000,- per week, "
        f"met een maximum van € {d.r.randint(20, 60)}.000,-."
    )


@shape("s_geluid_warmtepomp")
def _(d, a, neigh):
    return (
        f"De {d.K('warmtepomp')} van nr. {d.r.randint(2, 80)} produceert volgens de meting van {d.date()} "
        f"{d.r.randint(38, 52)} dB(A) op de erfgrens met {d.poss_or_title(neigh)} tuin."
    )


@shape("s_monument")
def _(d, a, neigh):
    return (
        f"Het pand is een {d.K('gemeentelijk')} monument; de {d.K('erfgoedcommissie')} adviseert positief "
        f"onder voorwaarden."
    )


@shape("s_ecologie")
def _(d, a, neigh):
    return (
        f"Een {d.K('quickscan')} flora en fauna van {d.date()} toont geen verblijfplaatsen van "
        f"{d.K('vleermuizen')} in de spouw."
    )


@shape("s_email_buur_zin")
def _(d, a, neigh):
    return f"U kunt mij ook mailen: {d.email(neigh)}. Ik ben er op {d.wd()} en in het weekend niet."


@shape("s_bsn_bezwaarde")
def _(d, a, neigh):
    return (
        f"Ter identificatie noemt {d.bare(neigh)} het burgerservicenummer {d.P(bsn(d.r), 'BSN')}, "
        f"hoewel dat voor een {d.K('zienswijze')} niet nodig is."
    )


@shape("s_iban_proceskosten")
def _(d, a, neigh):
    return (
        f"De {d.K('proceskosten')} (€ {d.r.randint(600, 1900)},-) worden vergoed aan {d.full(neigh)} op "
        f"{d.P(iban(d.r), 'IBAN')}."
    )


@shape("s_dob_zonder_cue")
def _(d, a, neigh):
    return f"{d.K('Deelnemers')}: {d.caps(neigh)}, {d.first(neigh)} — {d.P(dob(d.r), 'DATE_OF_BIRTH')} — {d.addr()}"


@shape("s_dob_leeftijd_mantelzorg")
def _(d, a, neigh):
    m = d.relative(a)
    return (
        f"{d.K('Zorgbehoefte')}: {d.ini(m)}, geboortedatum {d.P(dob(d.r), 'DATE_OF_BIRTH')}, heeft volgens de "
        f"huisarts dagelijks hulp nodig."
    )


@shape("s_numbered_bezwaar_list")
def _(d, a, neigh):
    n2 = d.person()
    return f"{d.K('Bezwaarmakers')}:\n1. {d.full(neigh)}, {d.addr()}\n2. {d.full(n2)}, {d.addr()}"


@shape("s_caps_tabel")
def _(d, a, neigh):
    return f"{d.K('NAAM')}: {d.caps(neigh)} | VOORNAAM: {d.first(neigh)} | {d.K('ROL')}: belanghebbende"


@shape("s_initialen_aanhef")
def _(d, a, neigh):
    return f"Geachte {'mevrouw' if a.female else 'heer'} {d.bare(a)},\n\nNaar aanleiding van uw {d.K('aanvraag')} van {d.date()} berichten wij u als volgt."


@shape("s_aanhef_buur")
def _(d, a, neigh):
    return f"Beste {d.first(neigh)},\n\n{d.K('Dank')} voor je bericht over de {d.K('overkapping')}."


@shape("s_besluit_dictum")
def _(d, a, neigh):
    return (
        f"{d.K('Besluit')}: het bezwaar van {d.title(neigh)} {d.bare(neigh)} wordt {d.K('ongegrond')} "
        f"verklaard en de vergunning blijft in stand."
    )


@shape("s_besluit_gegrond")
def _(d, a, neigh):
    return (
        f"Het bezwaar is {d.K('gedeeltelijk')} gegrond; voorschrift {d.r.randint(2, 9)} over de "
        f"{d.K('lichtstraat')} wordt aangescherpt."
    )


@shape("s_beroep_mogelijk")
def _(d, a, neigh):
    return (
        f"Tegen dit besluit kan binnen zes weken beroep worden ingesteld bij de {d.K('rechtbank')} "
        f"{d.K(d.r.choice(['Gelderland', 'Oost-Brabant', 'Noord-Holland', 'Midden-Nederland']))}."
    )


@shape("s_bouwbesluit")
def _(d, a, neigh):
    return (
        f"Het bouwplan voldoet aan het {d.K('Besluit')} bouwwerken leefomgeving, met uitzondering van de "
        f"{d.K('brandwerendheid')} van de zijgevel."
    )


@shape("s_afstand_meting")
def _(d, a, neigh):
    return (
        f"Gemeten afstand tot de perceelsgrens met {d.addr()}: {d.r.choice(['2,35', '0,95', '3,10'])} meter "
        f"(gemeten met {d.K('laserafstandsmeter')})."
    )


@shape("s_foto_bijschrift")
def _(d, a, neigh):
    return (
        f"{d.K('Foto')} {d.r.randint(1, 12)}: zicht vanuit de keuken van {d.ini(neigh)} richting de nieuwe "
        f"{d.K('aanbouw')}."
    )


@shape("s_buren_nummer_eigenaar")
def _(d, a, neigh):
    s = d.street()
    n = d.r.randint(2, 50)
    return (
        f"De eigenaar van {d.sname(s)} {n}, {d.title(neigh)} {d.bare(neigh)}, heeft geen bezwaar; "
        f"de {d.K('eigenaren')} van nr. {n + 2} hebben niet gereageerd."
    )


@shape("s_sms_bericht")
def _(d, a, neigh):
    return (
        f"{d.K('WhatsApp')} van {d.first(neigh)}, {d.P(phone(d.r), 'PHONE')}: 'ze zijn weer aan het "
        f"zagen, om half acht al!'"
    )


@shape("s_ods")
def _(d, a, neigh):
    return (
        f"De {d.K('omgevingsdienst')} heeft op {d.date()} geadviseerd over {d.K('asbest')} in het te slopen bijgebouw."
    )


@shape("s_vooroverleg")
def _(d, a, neigh):
    amb = d.person()
    return (
        f"In het {d.K('vooroverleg')} met {d.full(amb)} (casemanager {d.K('Omgevingstafel')}) is afgesproken "
        f"de goothoogte te verlagen."
    )


@shape("s_doorgestuurd")
def _(d, a, neigh):
    return f"Doorgestuurd bericht — oorspronkelijk van {d.email(neigh)}, {d.date()}:\n'Graag {d.K('ontvangstbevestiging')}.'"


@shape("s_zaak_verwijzing")
def _(d, a, neigh):
    return (
        f"Deze zaak hangt samen met de eerdere melding onder {d.K('zaaknummer')} {d.case()} over dezelfde "
        f"{d.K('overkapping')}."
    )


@shape("s_zitting_geschorst")
def _(d, a, neigh):
    return f"De {d.K('voorzitter')} schorst de zitting om 15.10 uur; om 15.25 uur wordt deze heropend."


@shape("s_geen_gehoor")
def _(d, a, neigh):
    n2 = d.person()
    return (
        f"{d.title_cap(n2)} {d.full(n2)} is met {d.K('kennisgeving')} afwezig; {'haar' if n2.female else 'zijn'} schriftelijke "
        f"reactie is voorgelezen."
    )


@shape("s_perceel_omschrijving")
def _(d, a, neigh):
    return (
        f"Het {d.K('bouwperceel')} is circa {d.r.randint(14, 40)} meter diep en {d.r.randint(6, 20)} meter breed; "
        f"de achtertuin grenst aan een {d.K('brandgang')}."
    )


@shape("s_afspraak_mail")
def _(d, a, neigh):
    amb = d.person()
    return (
        f"{d.title_cap(amb)} {d.bare(amb)} ({d.email(amb, d.town.lower() + '.nl')}) plant de "
        f"{d.K('schouw')} op {d.wd()} om 10.00 uur."
    )


@shape("s_bewoner_sinds")
def _(d, a, neigh):
    return (
        f"{d.title_cap(neigh)} {d.bare(neigh)} en {'haar' if neigh.female else 'zijn'} partner wonen "
        f"sinds jaar en dag aan de {d.sname(d.street())}."
    )


@shape("s_rijbaan_kenteken_melding")
def _(d, a, neigh):
    return (
        f"Op {d.date()} meldde {d.ini(neigh)} dat een {d.K('kraanwagen')} ({d.P(plate(d.r), 'LICENSE_PLATE')}) "
        f"de rijbaan blokkeerde."
    )


@shape("s_handtekening_caps")
def _(d, a, neigh):
    return f"{d.K('Voor')} akkoord,\n{d.caps(a)}\n{d.date()}"


# ------------------------------------------------------------------------------------------------ doc assembly


def _title(d, p):
    return p.title


def _title_cap(d, p):
    t = p.title
    return t[0].upper() + t[1:]


def _title_short(d, p):
    return p.title_short


def _poss_or_title(d, p):
    return d.poss(p)


def _arch(d):
    if getattr(d, "architect", None) is None:
        d.architect = d.person()
    return d.architect


def _flat_file(d, p):
    return f"{d.r.randint(2024, 2026)}-{d.r.randint(10, 99)}-{d.P(p.flat, 'PERSON')}"


Doc.title = _title
Doc.title_cap = _title_cap
Doc.title_short = _title_short
Doc.poss_or_title = _poss_or_title
Doc.arch = _arch
Doc.flat_file = _flat_file

HEADS = [n for n in SHAPES if n.startswith("head_")]
BODIES = [n for n in SHAPES if n.startswith("s_") and not n.startswith("s_handtekening")]
SIGNS = [n for n in SHAPES if n.startswith("s_handtekening")]


@shape("known_resident")
def _known(d, word, particle, sentence):
    p = d.person(origin="nederlands", core=word, particle=particle)
    d.known = p
    d.K(word.lower())
    return (
        f"{d.K('Indiener')} {d.full(p)} woont aan de {d.sname(d.street())}. "
        + sentence.format(w=word.lower())
        + f" Volgens {p.title} {d.bare(p)} is dat in het plan onvoldoende meegewogen."
    )


def build(i, r):
    d = Doc(r, i)
    d.architect = None
    a = d.person()
    neigh = d.person()
    parts = [d.use(r.choice(HEADS), a, neigh)]
    if i % 4 == 1:
        w, part, sent = r.choice(KNOWN_WORDS)
        parts.append(d.use("known_resident", w, part, sent))
    for name in r.sample(BODIES, r.randint(4, 7)):
        parts.append(d.use(name, a, neigh))
    parts.append(d.use(r.choice(SIGNS), a, neigh))
    text = "\n".join(parts[:1]) + "\n" + " ".join(parts[1:-1]) + "\n\n" + parts[-1]
    doc = {"id": f"fresh25b-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if d.known:
        kn = {"names": [d.known.full]}
        doc["known"] = kn
    return doc, d.shapes


# ------------------------------------------------------------------------------------------------------------ gate


def _words(s):
    return [w for w in re.findall(r"[\w'’-]+", s.lower()) if w not in PARTICLES and len(w) > 1]


def gate(doc: dict) -> str | None:
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    text = doc["text"]
    for k in doc["keep"]:
        if not re.search(r"(?<![\w@.])" + re.escape(k) + r"(?![\w@])", text):
            return f"keep not a whole word: {k}"
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= set(_words(n))
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            name_words |= set(_words(it["text"]))
    for k in doc["keep"]:
        for w in _words(k):
            if w in name_words and not (k == k.lower() and w in known_words):
                return f"keep {k!r} shares a word with a name"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


def generate():
    docs, shapes_used, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        doc, used = build(i, random.Random(f"{SEED}-{i}"))
        attempt = 0
        while gate(doc) is not None:
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"doc {i} keeps failing: {gate(doc)}")
            doc, used = build(i, random.Random(f"{SEED}-{i}-{attempt}"))
        docs.append(doc)
        shapes_used.update(used)
    return docs, shapes_used, redraws


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes_used, redraws = generate()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == dump(docs)
        print("fresh25b_texts.jsonl is up to date" if same else "fresh25b_texts.jsonl differs")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"pii items: {sum(labels.values())}; keep words: {sum(len(d['keep']) for d in docs)}")
        print(f"shapes registered: {len(SHAPES)}; shapes used: {len(shapes_used)}")
        print(f"origin groups: {len(ORIGINS)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(dump(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
