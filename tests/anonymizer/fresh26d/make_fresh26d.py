"""Blind anonymizer corpus fresh26d: surveys, resident panels and feedback forms (helper F26D, round twenty).

Usage: python make_fresh26d.py [--check | --stats]
Each document i draws from random.Random("202620104-<i>"); a document failing gate() is redrawn from
random.Random("202620104-<i>-<attempt>").
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
import names26d as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 202620104
N_DOCS = 300
OUT = HERE / "fresh26d_texts.jsonl"
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

LINES: dict[str, list] = {}  # group -> [(shape name, function)]
KINDS: list = []  # [(shape name, function)]


def line(group):
    def deco(f):
        LINES.setdefault(group, []).append((f"{group}:{f.__name__}", f))
        return f

    return deco


def kind(f):
    KINDS.append((f"kind:{f.__name__}", f))
    return f


FUNCS = [
    "wijkconsulent",
    "baliemedewerker",
    "klantmanager",
    "handhaver",
    "vergunningverlener",
    "wijkregisseur",
    "gebiedsmakelaar",
    "projectleider",
    "beleidsmedewerker",
    "Wmo-consulent",
]
DEPTS = [
    "Burgerzaken",
    "Wijkteam",
    "Omgevingsdienst",
    "Klantcontactcentrum",
    "Handhaving",
    "Belastingen",
    "Stadsbeheer",
    "Vergunningen",
    "Leerplicht",
    "Schuldhulpverlening",
    "Werkplein",
    "Jeugdzorg",
]
SCHEMES = [
    "Wmo",
    "Participatiewet",
    "Energietoeslag",
    "Minimaregeling",
    "Kwijtschelding",
    "Parkeervergunning",
    "Individuele Inkomenstoeslag",
    "Jeugdwet",
    "Omgevingswet",
]
PROJECTS = [
    "Herinrichting",
    "Klimaatadaptatie",
    "Parkeerplan",
    "Warmtenet",
    "Speelplekkenplan",
    "Groenplan",
    "Fietsstraat",
    "Wijkvernieuwing",
]
TOPICS = [
    "Leefbaarheid",
    "Veiligheid",
    "Groenbeheer",
    "Mobiliteit",
    "Bewonerstevredenheid",
    "Eenzaamheid",
    "Afvalinzameling",
    "Dienstverlening",
]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
TITLES = ["mevrouw", "meneer", "dhr.", "mw.", "de heer", "mevr."]
EMO = ["🙂", "👍", "😡", "🙏", "😢", "👌", "🤔", "😀", "💪", "🤷‍♀️", "❤️", "👎", ""]


class Person:
    def __init__(self, first, part, sur, origin, known_word=None):
        self.first, self.part, self.sur, self.origin, self.known_word = first, part, sur, origin, known_word
        self.func = self.dept = None
        self.seen = False

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.part, self.sur) if x)

    @property
    def surname(self):
        return " ".join(x for x in (self.part, self.sur) if x)


class Ctx:
    def __init__(self, r: random.Random, known: bool):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.known = None
        self.kfrag = None
        self.used_sur: set = set()
        self.res_emails, self.res_phones = [], []
        self.res = self.person(known=known)
        self.fam = Person(self.first_of(self.res.origin), self.res.part, self.res.sur, self.res.origin)
        self.nb = self.person()
        self.off = self.person(official=True)
        self.med = self.person()
        self.med.func, self.med.dept = "bemiddelaar", "Buurtbemiddeling"
        self.town = r.choice(N.TOWNS)
        self.wijk = r.choice(N.WIJKEN)
        self.year = 2026

    # ---- people -------------------------------------------------------------------------------------------
    def first_of(self, origin):
        return self.r.choice(N.ORIGINS[origin][0])

    def person(self, known=False, official=False):
        r = self.r
        if known:
            if r.random() < 0.08:
                first, word, frag = r.choice(N.KNOWN_FIRST)
                origin = "nederlands"
                sur = r.choice(N.ORIGINS[origin][1]) + r.choice(N.ORIGINS[origin][2])
                p = Person(first, "", sur, origin, known_word=word)
            else:
                sur, part, word, frag = r.choice(N.KNOWN)
                p = Person(r.choice(N.DUTCH_FIRST), part, sur, "nederlands", known_word=word)
            self.kfrag = frag.replace(word, f"[[{word}]]", 1)
            self.known = {"names": [p.full]}
            return p
        for _ in range(20):
            origin = r.choice(list(N.ORIGINS))
            firsts, pre, suf, parts = N.ORIGINS[origin]
            first = r.choice(firsts)
            if origin == "somalisch":
                sur = r.choice(pre) + r.choice(suf) + " " + r.choice(pre) + r.choice(suf)
            else:
                sur = r.choice(pre) + r.choice(suf)
            if r.random() < 0.25 and origin not in ("somalisch", "chinees", "vietnamees"):
                # a composed first name from the origin's own parts
                a, b = r.sample(firsts, 2)
                first = a[: max(2, len(a) // 2)] + b[len(b) // 2 :]
            part = r.choice(parts) if parts else ""
            if sur not in self.used_sur and first not in sur:
                self.used_sur.add(sur)
                p = Person(first, part, sur, origin)
                if official:
                    p.func, p.dept = r.choice(FUNCS), r.choice(DEPTS)
                return p
        raise RuntimeError("no name")

    def add(self, text, label):
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def nm(self, p: Person, style="full"):
        r = self.r
        if p.known_word and not p.seen:
            style = "full"
        if p.known_word and style == "handle":
            return self.add(f"{N.ascii_fold(p.first).lower()}_{p.sur[0].lower()}{r.randint(1, 99)}", "PERSON")
        if p.known_word and style in ("lower", "firstlow", "surlow", "file"):
            style = "sur"
        p.seen = True
        f = p.first
        if style == "full":
            return self.add(p.full, "PERSON")
        if style == "sur":
            s = (p.part[0].upper() + p.part[1:] + " " + p.sur) if p.part else p.sur
            return self.add(s, "PERSON")
        if style == "surlow":
            return self.add(p.surname.lower(), "PERSON")
        if style == "first":
            return self.add(f, "PERSON")
        if style == "firstlow":
            return self.add(f.lower(), "PERSON")
        if style == "init":
            return self.add(f"{f[0]}. {p.surname}", "PERSON")
        if style == "lower":
            return self.add(p.full.lower(), "PERSON")
        if style == "upper":
            return self.add(p.full.upper(), "PERSON")
        if style == "surup":
            return self.add(p.surname.upper(), "PERSON")
        if style == "poss":
            if f[-1] in "aeiouy":
                self.add(f, "PERSON")
                return f + "'s"
            if f[-1] in "sxz":
                self.add(f, "PERSON")
                return f + "'"
            return self.add(f + "s", "PERSON")
        if style == "handle":
            h = (
                N.ascii_fold(f).lower().replace("-", "")
                + r.choice(["_", "", "."])
                + N.ascii_fold(p.sur).lower().replace(" ", "").replace("-", "")[:4]
                + str(r.randint(1, 99))
            )
            return self.add(h, "PERSON")
        if style == "file":  # the lower-case surname inside a file name
            return self.add(N.ascii_fold(p.sur).lower().replace(" ", "-"), "PERSON")
        raise ValueError(style)

    def title(self):
        return self.r.choice(TITLES)

    # ---- structured data ----------------------------------------------------------------------------------
    def street(self):
        s = self.r.choice(N.STREET_PRE) + self.r.choice(N.STREET_SUF)
        return s

    def addr(self, street=None):
        r = self.r
        st = street or self.street()
        nr = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "B", "-2", " bis", "-hs"])
        return self.add(f"{st} {nr}", "ADDRESS")

    def street_only(self):
        return self.add(self.street(), "ADDRESS")

    def pc(self):
        r = self.r
        while True:
            l2 = r.choice("ABCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
            if l2 not in ("SA", "SD", "SS"):
                break
        return self.add(f"{r.randint(1000, 9999)}{r.choice([' ', '', ' '])}{l2}", "POSTCODE")

    def phone(self, p=None):
        r = self.r
        if r.random() < 0.6:
            d = "".join(str(r.randint(0, 9)) for _ in range(8))
            s = r.choice(
                [
                    f"06-{d}",
                    f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                    f"06{d}",
                    f"+31 6 {d[:4]} {d[4:]}",
                    f"+316-{d}",
                    f"(06) {d[:4]} {d[4:]}",
                    f"0031 6 {d}",
                ]
            )
        else:
            a = r.choice(N.AREA)
            d = "".join(str(r.randint(0, 9)) for _ in range(10 - len(a)))
            s = r.choice([f"{a}-{d}", f"{a} {d[:3]} {d[3:]}", f"+31 ({a[1:]}) {d}", f"{a}{d}"])
        if p is self.res:
            self.res_phones.append(s)
        return self.add(s, "PHONE")

    def email(self, p):
        r = self.r
        f = N.ascii_fold(p.first).lower().replace("-", "").replace(" ", "")
        s = N.ascii_fold(p.surname).lower().replace(" ", "").replace("'", "").replace("-", "")
        local = r.choice(
            [
                f"{f}.{s}",
                f"{f[0]}{s}{r.randint(10, 99)}",
                f"{s}.{f}",
                f"{f}{r.randint(1960, 2005)}",
                f"{f}_{s[:5]}",
                f"{f}.{s}{r.randint(1, 9)}",
                f"fam.{s}",
            ]
        )
        e = f"{local}@{r.choice(N.DOMAINS)}"
        if p is self.res:
            self.res_emails.append(e)
        return self.add(e, "EMAIL")

    def bsn(self):
        b = N.make_bsn(self.r)
        return self.add(self.r.choice([b, b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}"]), "BSN")

    def iban(self):
        i = N.make_iban(self.r)
        s = self.r.choice([i, " ".join(i[k : k + 4] for k in range(0, 18, 4)), i.lower()])
        return self.add(s, "IBAN")

    def plate(self):
        r = self.r
        L = lambda n: "".join(r.choice(N.PLATE_L) for _ in range(n))
        D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        s = r.choice(
            [
                f"{L(2)}-{D(2)}-{D(2)}",
                f"{D(2)}-{L(2)}-{D(2)}",
                f"{D(2)}-{L(3)}-{D(1)}",
                f"{L(1)}-{D(3)}-{L(2)}",
                f"{L(2)}-{D(3)}-{L(1)}",
                f"{D(1)}-{L(3)}-{D(2)}",
                f"{L(3)}-{D(2)}-{L(1)}",
            ]
        )
        if r.random() < 0.2:
            s = s.lower()
        return self.add(s, "LICENSE_PLATE")

    def case(self):
        r = self.r
        n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        s = r.choice(
            [
                f"KTO-26-{n(5)}",
                f"BB/2026/{n(4)}",
                f"ENQ2026.{n(4)}",
                f"Z26-{n(6)}",
                f"MLD {n(3)}-{n(4)}",
                f"PNL-26{n(4)}-{r.choice('ABCDEFGH')}",
                f"WB.2026.{n(5)}",
                f"BZW/{n(2)}/{n(5)}",
            ]
        )
        return self.add(s, "CASE_NUMBER")

    def dob(self):
        r = self.r
        y, m, d = r.randint(1934, 2007), r.randint(1, 12), r.randint(1, 28)
        s = r.choice(
            [
                f"{d:02d}-{m:02d}-{y}",
                f"{d}-{m}-{y}",
                f"{d:02d}/{m:02d}/{y}",
                f"{d:02d}.{m:02d}.{y % 100:02d}",
                f"{d} {N.MONTHS[m - 1]} {y}",
                f"{d} {N.MON3[m - 1]}. {y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d}-{N.ROMAN[m - 1]}-{y}",
                f"{d:02d}{m:02d}{y}",
                f"{d} {N.MONTHS[m - 1].capitalize()} '{y % 100:02d}",
            ]
        )
        return self.add(s, "DATE_OF_BIRTH")

    # ---- ordinary material --------------------------------------------------------------------------------
    def date(self):
        r = self.r
        m = r.randrange(12)
        return f"{r.randint(1, 28)} [[{N.MONTHS[m]}]]" if r.random() < 0.6 else f"{r.randint(1, 28)}-{m + 1:02d}-2026"

    def age(self):
        return self.r.randint(18, 91)

    def rid(self):
        return f"{self.r.choice(['R', 'R', '', '#', 'resp '])}{self.r.randint(1, 2400):04d}"

    def emo(self):
        return self.r.choice(EMO)

    def pick(self, group, n=1, exclude=()):
        opts = [x for x in LINES[group] if x[0] not in exclude and x[0] not in self.shapes]
        out = []
        for name, f in self.r.sample(opts, min(n, len(opts))):
            self.shapes.append(name)
            out.append(f(self))
        return out

    def one(self, group):
        return self.pick(group, 1)[0]

    def main_answer(self):
        a = self.one("ans")
        if self.kfrag:
            frag, self.kfrag = self.kfrag, None
            a = f"{frag}. {a}" if self.r.random() < 0.5 else f"{a} — trouwens, {frag}"
        return a


# ============================================ line shapes =====================================================
# open answers
@line("ans")
def groen(c):
    return f"te weinig [[groen]] in de buurt en de [[speeltuin]] is al sinds {c.date()} dicht {c.emo()}"


@line("ans")
def busje_buurman(c):
    return f"mijn buurtgenoot {c.nm(c.nb, 'full')} parkeert een busje ({c.plate()}) altijd half op de [[stoep]], [[rolstoel]] kan er niet langs"


@line("ans")
def viaduct(c):
    return f"ik voel me veilig behalve bij het [[viaduct]] 's avonds. {c.nm(c.fam, 'first')} (mijn kleinkind) durft daar niet meer langs"


@line("ans")
def container(c):
    return f"[[Afvalbeheer]] komt te laat, de [[container]] bij de {c.street_only()} staat elke [[{c.r.choice(WEEKDAYS)}]] vol"


@line("ans")
def vraag_snap(c):
    return f"vraag {c.r.randint(3, 19)} snapte ik niet. wat bedoelen jullie met [[leefbaarheid]]?? {c.emo()} [[Verder]] prima lijst"


@line("ans")
def wijkagent(c):
    return (
        f"de [[wijkagent]] kennen we niet, {c.title()} {c.nm(c.off, 'sur')} van de gemeente wel en die is top {c.emo()}"
    )


@line("ans")
def overlast_nr(c):
    return (
        f"overlast van de familie {c.nm(c.nb, 'sur')} op nr {c.r.randint(2, 99)}, al {c.r.randint(2, 6)}x gemeld bij "
        f"[[Handhaving]] ([[melding]] {c.case()})"
    )


@line("ans")
def meedenken(c):
    return f"ik wil graag meedenken over het [[Buurtbudget]], mail me maar: {c.email(c.res)}"


@line("ans")
def nvt(c):
    return "nvt / geen mening. [[Wel]] jammer dat de [[enquête]] zo lang is, ben er 25 min mee bezig geweest"


@line("ans")
def weg_stil(c):
    return f"sinds {c.nm(c.nb, 'lower')} is verhuisd is het hier stil {c.emo()} [[Jammer]], de [[koffieochtend]] is ook gestopt"


@line("ans")
def bus_zondag(c):
    return f"woon hier sinds {c.r.randint(1968, 2024)}. de [[bus]] rijdt niet meer op [[zondag]] en de [[huisarts]] zit in het centrum"


@line("ans")
def moeder_dob(c):
    return (
        f"mijn schoonmoeder {c.nm(c.fam, 'full')} (geb. {c.dob()}) kan niet meer zelf naar de [[Bibliotheek]] "
        f"of de [[markt]]"
    )


@line("ans")
def drempels(c):
    return f"graag [[drempels]] op de {c.street_only()}!!! mijn kind {c.nm(c.fam, 'firstlow')} is bijna aangereden"


@line("ans")
def lantaarn(c):
    return (
        f"schoon heel veilig: {c.r.randint(4, 8)}/10. {c.nm(c.off, 'init')} van [[Stadsbeheer]] heeft de "
        f"[[lantaarnpaal]] wel snel gemaakt"
    )


@line("ans")
def jongerenwerker(c):
    p = c.person()
    return f"de [[jongerenwerker]] {c.nm(p, 'first')} doet goed werk, geef het jongerenwerk meer uren. [[Buurthuis]] vaker open aub"


@line("ans")
def hondenpoep(c):
    return (
        f"[[hondenpoep]] overal op het [[grasveld]], vooral van de [[hond]] van {c.nm(c.nb, 'poss')} vriend {c.emo()}"
    )


# contact lines typed by the respondent
@line("contact")
def naam_tel(c):
    return f"naam: {c.nm(c.res, 'full')} | tel: {c.phone(c.res)} | mag gebeld worden: ja"


@line("contact")
def streep_adres(c):
    return f"— {c.nm(c.res, 'lower')}, {c.addr()}, {c.pc()} [[{c.town}]]"


@line("contact")
def bel_gerust(c):
    return f"Bel me gerust ({c.phone(c.res)}) of mail {c.email(c.res)}. groet {c.nm(c.res, 'first')}"


@line("contact")
def ps_bsn(c):
    return f"ps ik ben {c.nm(c.res, 'full')}, {c.addr()}. mijn [[BSN]] is {c.bsn()} als dat nodig is voor de [[terugbetaling]]"


@line("contact")
def via_zoon(c):
    return (
        f"contact graag via mijn kind {c.nm(c.fam, 'full')} ({c.phone()}), ik ben slechthorend. {c.nm(c.res, 'full')}"
    )


@line("contact")
def adresblok(c):
    return f"{c.nm(c.res, 'upper')}\n{c.addr()}\n{c.pc()}  [[{c.town.upper()}]]"


@line("contact")
def bon_iban(c):
    return f"Gegevens voor de [[bon]]: {c.nm(c.res, 'full')}, {c.email(c.res)}, [[IBAN]] {c.iban()}"


@line("contact")
def insta(c):
    return f"{c.nm(c.res, 'full')} — insta: @{c.nm(c.res, 'handle')} (stuur maar een dm, ik reageer snel)"


@line("contact")
def laat_naam(c):
    return f"[[Respondent]] laat naam achter: {c.nm(c.res, 'init')}, geboren {c.dob()}, {c.addr()}"


@line("contact")
def mvg_tel(c):
    return f"mvg {c.nm(c.res, 'full')}\n{c.phone(c.res)}"


# officials
@line("praise")
def sterren5(c):
    return f"★★★★★ {c.title()} {c.nm(c.off, 'sur')} van [[{c.off.dept}]] nam echt de tijd. [[Topper]]!"


@line("praise")
def belde_terug(c):
    return f"{c.off.func} {c.nm(c.off, 'full')} beloofde terug te bellen en deed dat ook, netjes {c.emo()}"


@line("praise")
def twee_sterren(c):
    return f"⭐⭐ lang gewacht aan de [[balie]], {c.nm(c.off, 'first')} kon er ook niks aan doen maar het [[systeem]] lag eruit"


@line("praise")
def compliment(c):
    return (
        f"[[Compliment]] voor {c.nm(c.off, 'full')} ({c.off.func}, team [[{c.off.dept}]]) – duidelijke [[uitleg]] "
        f"over de [[{c.r.choice(SCHEMES).split()[0]}]]"
    )


@line("praise")
def onbeschoft(c):
    return (
        f"die meneer {c.nm(c.off, 'sur')} van de [[Omgevingsdienst]] was onbeschoft 👎 daar wil ik niet meer mee praten"
    )


@line("praise")
def receptie(c):
    return f"{c.nm(c.off, 'firstlow')} van de [[receptie]] 💐💐 altijd vrolijk"


@line("praise")
def cijfer9(c):
    return (
        f"[[Cijfer]] 9 voor {c.nm(c.off, 'init')} die mijn [[aanvraag]] {c.r.choice(SCHEMES).split()[0]} "
        f"heeft afgehandeld ({c.case()})"
    )


@line("praise")
def binnen2(c):
    return (
        f"{c.title().capitalize()} {c.nm(c.off, 'sur')} ({c.off.dept}) reageerde binnen 2 dagen op mijn mail aan "
        f"[[info@{c.town.lower()}.nl]], [[chapeau]]"
    )


# mediation
@line("med")
def bemiddelaar_kop(c):
    return f"[[Bemiddelaar]]: {c.nm(c.med, 'full')} — [[Buurtbemiddeling]] [[{c.town}]]"


@line("med")
def tevreden_gesprek(c):
    return (
        f"Hoe tevreden bent u over het [[gesprek]] met {c.nm(c.nb, 'full')}? 3 — die bleef maar over de "
        f"[[schutting]] praten"
    )


@line("med")
def afspraken(c):
    return f"[[Afspraken]] nagekomen? deels. {c.nm(c.nb, 'sur')} zet de [[muziek]] nog steeds hard na 23.00 uur"


@line("med")
def neutraal(c):
    return f"{c.nm(c.med, 'first')} was neutraal en rustig {c.emo()} ook naar mijn partner {c.nm(c.fam, 'full')} toe. [[Bedankt]]"


@line("med")
def dossier(c):
    return f"[[Dossiernr]]. {c.case()} | [[intake]] {c.date()} | [[afronding]] {c.date()}"


@line("med")
def aanraden(c):
    return (
        f"Zou u bemiddeling aanraden? ja, alleen [[jammer]] dat {c.nm(c.nb, 'lower')} niet kwam opdagen bij het "
        f"2e [[gesprek]]"
    )


@line("med")
def hond_blaft(c):
    return f"{c.nm(c.nb, 'poss')} [[hond]] blaft nog steeds, maar we groeten elkaar weer {c.emo()}"


@line("med")
def handtekening(c):
    return f"[[Handtekening]]: {c.nm(c.res, 'full')}   [[Datum]]: {c.date()}"


# comment cards
@line("card")
def kaart_kop(c):
    return (
        f"[[Reactiekaart]] nr. {c.r.randint(1, 80)} – [[Informatieavond]] [[{c.r.choice(PROJECTS)}]] "
        f"([[{c.r.choice(WEEKDAYS)}]] {c.date()})"
    )


@line("card")
def naam_nietverplicht(c):
    return f"Naam (niet verplicht): {c.nm(c.res, 'lower')}"


@line("card")
def adres_pc(c):
    return f"Adres: {c.addr()} ({c.pc()})"


@line("card")
def fietspad(c):
    return (
        f"Mijn reactie: het nieuwe [[fietspad]] komt pal langs mijn [[voortuin]]. {c.nm(c.fam, 'first')} en ik "
        f"willen een [[gesprek]]"
    )


@line("card")
def hoogte(c):
    return f"Ik wil op de hoogte blijven ✔  e-mail: {c.email(c.res)}"


@line("card")
def projectleider(c):
    return (
        f"[[Vragen]] aan de [[projectleider]] {c.nm(c.off, 'full')}: waarom is er niet eerder [[overleg]] "
        f"geweest met de [[bewonerscommissie]]?"
    )


@line("card")
def deelauto(c):
    return f"[[Kenteken]] van onze [[deelauto]]: {c.plate()}, daar wil ik een [[vergunning]] voor"


# researcher coding notes
@line("code")
def code_vertrouwen(c):
    return (
        f"[[Codeernotitie]] {c.rid()}: code VERTROUWEN (negatief); noemt {c.nm(c.off, 'full')} bij naam → "
        f"[[anonimiseren]]"
    )


@line("code")
def email_openveld(c):
    return (
        f"{c.rid()} heeft {c.email(c.res)} in het open veld gezet, staat ook in [[Qualtrics]] "
        f"export-v{c.r.randint(2, 9)}-{c.nm(c.res, 'file')}.xlsx"
    )


@line("code")
def dubbel(c):
    return f"let op: respondent {c.rid()} ({c.nm(c.res, 'full')}) vult 2x in, [[dubbel]] record verwijderen"


@line("code")
def thema_overlast(c):
    return (
        f"[[Thema]] OVERLAST: {c.r.randint(8, 40)} vermeldingen, o.a. {c.nm(c.nb, 'sur')} ({c.street_only()}) "
        f"{c.r.randint(2, 5)}x genoemd"
    )


@line("code")
def bsn_verwijderd(c):
    return f"open antwoord bevat [[BSN]] ({c.bsn()}) en geboortedatum {c.dob()} → [[verwijderd]] uit [[analysebestand]]"


@line("code")
def interrater(c):
    a, b = c.person(), c.person()
    return (
        f"[[Interrater]]: {c.nm(a, 'first')} en {c.nm(b, 'init')} verschillen op code 7 bij {c.rid()}, "
        f"[[bespreken]] op [[{c.r.choice(WEEKDAYS)}]]"
    )


@line("code")
def hernoemd(c):
    return (
        f"bestand interview-{c.nm(c.nb, 'file')}-{c.r.randint(1, 30)}.docx hernoemd naar [[transcript]] "
        f"T{c.r.randint(10, 99)}, naam stond in [[bestandsnaam]]"
    )


# report quotes
@line("quote")
def bewoner_zegt(c):
    return (
        f"Een bewoner ({c.rid()}, {c.age()} jr, [[{c.wijk}]]) zegt: 'bij {c.nm(c.off, 'first')} van de gemeente "
        f"voel ik me gehoord, bij de [[woningcorporatie]] niet'"
    )


@line("quote")
def enige_terugbelt(c):
    return f'"{c.nm(c.off, "first")} van het [[Wijkteam]] is de enige die terugbelt" (vrouw, {c.age()})'


@line("quote")
def parkeerdruk(c):
    return (
        f"Meerdere respondenten noemen [[parkeerdruk]]; één schrijft: 'de {c.plate()} van {c.nm(c.nb, 'full')} "
        f"staat er al een jaar'"
    )


@line("quote")
def citaat_check(c):
    return f"[[Citaat]] (nog checken of dit mag): 'ik heb {c.nm(c.fam, 'full')} ook gevraagd om mee te doen'"


@line("quote")
def tabel(c):
    return (
        f"Tabel {c.r.randint(2, 6)}.{c.r.randint(1, 9)} — [[Tevredenheid]] over [[dienstverlening]] "
        f"([[{c.r.choice(N.MONTHS)}]] 2026): {c.r.randint(5, 8)},{c.r.randint(0, 9)} gemiddeld, n = {c.r.randint(180, 900)}"
    )


@line("quote")
def panellid(c):
    return f"Toelichting [[panellid]] {c.nm(c.res, 'init')}: 'het [[Stadskantoor]] is alleen op [[afspraak]] open, dat werkt niet'"


# money, numbers, misc
@line("misc")
def terugstorten(c):
    return (
        f"de gemeente moet mij nog € {c.r.randint(12, 380)},{c.r.choice(['00', '50', '25'])} terugstorten op "
        f"{c.iban()} ([[teruggaaf]] [[hondenbelasting]])"
    )


@line("misc")
def parkeerboete(c):
    return f"[[parkeerboete]] voor {c.plate()} terwijl ik een [[ontheffing]] had (zaak {c.case()}) {c.emo()}"


@line("misc")
def niemand_belt(c):
    return f"mijn zaaknummer is {c.case()}, [[niemand]] belt terug. tel {c.phone(c.res)}"


@line("misc")
def regeling65(c):
    return f"geboortedatum {c.dob()}, ik val dus onder de 65+ [[regeling]] toch? 🤷"


@line("misc")
def waardebon(c):
    return (
        f"[[Uitbetaling]] [[waardebon]] € {c.r.choice(['15', '20', '25'])} naar rek. {c.iban()} t.n.v. "
        f"{c.nm(c.res, 'init')}"
    )


@line("misc")
def doorgestreept(c):
    return f"[[Opmerking]] [[interviewer]]: resp. gaf ongevraagd bsn {c.bsn()} door, op papier [[doorgestreept]]"


# ============================================ document kinds ==================================================
def rows(c, n, fmt, main_extra=True):
    out = []
    main = c.r.randrange(n)
    for j in range(n):
        if j == main:
            t = c.main_answer() + (" — " + c.one("contact") if main_extra else "")
        else:
            t = c.one(c.r.choice(["ans", "ans", "misc", "praise"]))
        out.append(fmt(c, t.strip().replace("\n", " / ")))
    return out


@kind
def enquete_tabel(c):
    head = [
        f"[[Enquête]] [[{c.r.choice(TOPICS)}]] [[{c.wijk}]] 2026 – open antwoorden vraag {c.r.randint(5, 30)} "
        f"(export {c.date()})",
        "resp.nr | lft | buurt | antwoord",
    ]
    return "\n".join(head + rows(c, c.r.randint(3, 5), lambda c, t: f"{c.rid()} | {c.age()} | {c.wijk} | {t}"))


@kind
def panel_csv(c):
    head = [
        f"[[Bewonerspanel]] [[{c.town}]] – ronde {c.r.randint(2, 14)} – export [[{c.r.choice(WEEKDAYS)}]] {c.date()}",
        "resp_id;leeftijd;wijk;v7_open;contact_ok",
    ]
    return "\n".join(
        head
        + rows(
            c,
            c.r.randint(3, 5),
            lambda c, t: f'{c.rid()};{c.age()};{c.r.choice(N.WIJKEN)};"{t}";{c.r.choice(["ja", "nee"])}',
        )
    )


@kind
def kto(c):
    lines = [
        f"[[Onderwerp]]: [[Klanttevredenheidsonderzoek]] na uw contact met [[{c.off.dept}]]",
        f"[[Kanaal]]: {c.r.choice(['[[telefoon]]', '[[balie]]', '[[chat]]', '[[e-mail]]'])} | cijfer: {c.r.randint(3, 10)}/10",
        "Wat ging goed?",
        c.one("praise"),
        "Wat kan beter?",
        c.main_answer(),
    ]
    if c.r.random() < 0.6:
        lines.append(c.one("misc"))
    lines.append(c.one("contact"))
    return "\n".join(lines)


@kind
def bemiddeling_eval(c):
    lines = [
        f"[[Evaluatieformulier]] [[Buurtbemiddeling]] ({c.r.choice(['na afronding', 'na 3 maanden'])})",
        bemiddelaar_kop(c),
    ]
    c.shapes.append("med:bemiddelaar_kop")
    lines += c.pick("med", c.r.randint(2, 4), exclude=("med:handtekening",))
    lines.append("Overige opmerkingen: " + c.main_answer())
    lines.append(handtekening(c))
    c.shapes.append("med:handtekening")
    return "\n".join(lines)


@kind
def reactiekaart(c):
    lines = [kaart_kop(c)]
    c.shapes.append("card:kaart_kop")
    lines += c.pick("card", c.r.randint(2, 4), exclude=("card:kaart_kop",))
    lines.append(c.main_answer())
    if not any(p["text"] in "\n".join(lines) for p in c.pii if p["label"] == "PERSON" and c.res.sur in p["text"]):
        lines.append(c.one("contact"))
    return "\n".join(lines)


@kind
def review(c):
    lines = c.pick("praise", c.r.randint(2, 3))
    lines.append(c.main_answer())
    lines.append(f"— {c.nm(c.res, 'first')} uit de [[{c.wijk}]], [[{c.r.choice(WEEKDAYS)}]] {c.date()}")
    return "\n\n".join(lines)


@kind
def codeer(c):
    a = c.person()
    lines = [f"[[Codeerlogboek]] [[{c.r.choice(TOPICS)}]] 2026 – {c.nm(a, 'init')} ([[onderzoeker]]), {c.date()}"]
    lines += ["- " + x for x in c.pick("code", c.r.randint(3, 4))]
    rid = c.rid()
    lines.append(f'- {rid}: "{c.main_answer()}"')
    lines.append(f"- {rid} = {c.nm(c.res, 'full')}, mag benaderd worden voor [[verdiepend]] [[interview]]")
    return "\n".join(lines)


@kind
def rapport(c):
    lines = [f"[[Samenvatting]] [[Bewonersenquête]] [[{c.wijk}]] 2026 (concept, niet verspreiden)"]
    lines += c.pick("quote", c.r.randint(2, 4))
    lines.append(f"'{c.main_answer()}' – {c.nm(c.res, 'full')}, {c.age()} (gaf [[toestemming]] voor vermelding naam)")
    return "\n\n".join(lines)


@kind
def telefonisch(c):
    lines = [
        f"[[Telefonische]] [[enquête]] {c.r.choice(TOPICS).lower()} – [[interviewer]] {c.nm(c.person(), 'first')}",
        f"belpoging {c.r.randint(1, 3)}: geen gehoor, [[voicemail]] ingesproken",
        f"[[Gesprek]] {c.r.randint(9, 20)}.{c.r.choice(['05', '15', '40'])} uur: resp. {c.nm(c.res, 'full')}, {c.age()} jr",
        "antw. v3: " + c.main_answer(),
    ]
    lines += c.pick("misc", 1)
    lines += c.pick("contact", 1)
    return "\n".join(lines)


@kind
def platform(c):
    lines = [f"Reacties [[Participatieplatform]] – plan '[[{c.r.choice(PROJECTS)}]]' ({c.r.randint(12, 140)} reacties)"]
    for _ in range(c.r.randint(1, 2)):
        p = c.person()
        lines.append(
            f"[#{c.r.randint(100, 999)}] @{c.nm(p, 'handle')} · {c.r.randint(1, 9)} dgn geleden\n{c.one('ans')}"
        )
    lines.append(f"[#{c.r.randint(100, 999)}] {c.nm(c.res, 'full')} (geverifieerd) · gisteren\n{c.main_answer()}")
    if c.r.random() < 0.5:
        lines.append(f"↳ [[Moderator]] {c.nm(c.off, 'first')}: dank, we nemen dit mee in het [[ontwerp]]")
    return "\n\n".join(lines)


@kind
def focusgroep(c):
    lines = [
        f"[[Focusgroep]] [[{c.r.choice(TOPICS)}]] – [[transcript]] ([[deelnemers]]: {c.r.randint(5, 9)})",
        f"GL ({c.nm(c.off, 'first')}): wat vindt u van de [[dienstverlening]] van de gemeente?",
    ]
    k = c.r.randint(1, 4)
    lines.append(f"P{k} ({c.r.choice(['v', 'm'])}, {c.age()}, [[{c.wijk}]]): {c.one('ans')}")
    lines.append(f"P{k + 1} ({c.nm(c.res, 'first')}): {c.main_answer()}")
    lines.append(f"GL: dank u, {c.title()} {c.nm(c.res, 'sur')}. [[Iemand]] anders?")
    lines.append(f"P{k + 2}: {c.one('praise')}")
    lines.append(f"[[Deelnemerslijst]] los bijgevoegd ({c.nm(c.res, 'full')} e.a.)")
    return "\n".join(lines)


@kind
def loting(c):
    lines = [
        f"[[Winactie]]: maak kans op een [[cadeaubon]] van € {c.r.choice(['20', '25', '50'])}!",
        "Vul hier uw gegevens in:",
        c.one("contact"),
        f"[[Laatste]] [[vraag]]: {c.main_answer()}",
    ]
    if c.r.random() < 0.5:
        lines.append(c.one("misc"))
    return "\n".join(lines)


@kind
def zuil(c):
    lines = [f"[[Tevredenheidszuil]] [[Stadskantoor]] [[{c.town}]] – export [[{c.r.choice(WEEKDAYS)}]]"]
    for _ in range(c.r.randint(1, 3)):
        lines.append(
            f"{c.r.randint(8, 16)}:{c.r.randint(10, 59)} {c.r.choice(['😀', '🙂', '😐', '😡'])} '{c.one('praise')}'"
        )
    lines.append(
        f"{c.r.randint(8, 16)}:{c.r.randint(10, 59)} 😡 '{c.main_answer()}' – {c.nm(c.res, 'full')} {c.phone(c.res)}"
    )
    return "\n".join(lines)


@kind
def nazorg(c):
    lines = [
        f"[[Nazorgcontact]] bemiddeling {c.case()}",
        f"{c.date()} gebeld met {c.nm(c.res, 'full')} ([[partij]] A), {c.nm(c.nb, 'full')} ([[partij]] B) niet bereikt",
    ]
    lines += c.pick("med", 2, exclude=("med:dossier",))
    lines.append("A zegt: " + c.main_answer())
    lines.append(f"[[Afgesloten]] door {c.nm(c.med, 'first')} ([[bemiddelaar]]).")
    return "\n".join(lines)


@kind
def respons_mail(c):
    lines = [
        f"Re: [[Uitnodiging]] [[enquête]] [[{c.r.choice(TOPICS)}]]",
        "Geachte heer/mevrouw,",
        c.main_answer(),
        c.one("misc"),
        c.one("ans"),
        f"Met vriendelijke groet,\n{c.nm(c.res, 'full')}\n{c.addr()}\n{c.pc()} [[{c.town}]]",
    ]
    return "\n".join(lines)


@kind
def jongerenpoll(c):
    lines = [f"[[Jongerenpanel]] poll via [[Instagram]] ([[{c.r.choice(N.MONTHS)}]]): wat mis je in de wijk?"]
    for _ in range(c.r.randint(2, 3)):
        p = c.person()
        lines.append(
            f"@{c.nm(p, 'handle')}: {c.r.choice(['[[sportveld]] dat s avonds open is', '[[hangplek]] met wifi', 'een [[pannakooi]]', 'goedkope [[sportschool]]'])} {c.emo()}"
        )
    lines.append(f"@{c.nm(c.res, 'handle')}: {c.main_answer()}")
    lines.append(f"DM van {c.nm(c.res, 'full')}: wil wel in het [[panel]], mijn nummer is {c.phone(c.res)}")
    return "\n".join(lines)


@kind
def opschoonlog(c):
    lines = [f"[[Opschoonlog]] open antwoorden [[{c.r.choice(TOPICS)}]] 2026"]
    lines += ["* " + x for x in c.pick("code", c.r.randint(2, 3))]
    lines.append(
        f"* r.{c.r.randint(10, 900)}: naam {c.nm(c.nb, 'full')} vervangen door 'buurman', [[rest]] laten staan"
    )
    lines.append(f'* r.{c.r.randint(10, 900)} ({c.nm(c.res, "full")}): "{c.main_answer()}"')
    return "\n".join(lines)


@kind
def schouw(c):
    p = c.person()
    lines = [
        f"[[Verslag]] [[wijkschouw]] bewonerspanel [[{c.wijk}]], [[{c.r.choice(WEEKDAYS)}]] {c.date()}",
        f"[[Aanwezig]]: {c.nm(c.res, 'full')}, {c.nm(c.nb, 'full')}, {c.nm(c.off, 'full')} ({c.off.func}), {c.nm(p, 'init')}",
    ]
    lines += ["- " + x for x in c.pick("ans", 2)]
    lines.append(f"- {c.nm(c.res, 'sur')}: {c.main_answer()}")
    return "\n".join(lines)


# ============================================ generation and gates ============================================
def build(r: random.Random, i: int):
    c = Ctx(r, known=(i % 4 == 1))
    name, f = KINDS[i % len(KINDS)]
    c.shapes.append(name)
    raw = f(c)
    if c.kfrag:  # known-name ordinary use not placed yet
        raw += "\n" + c.kfrag
        c.kfrag = None
    keep = []
    for m in re.finditer(r"\[\[(.+?)\]\]", raw):
        if m.group(1) not in keep:
            keep.append(m.group(1))
    text = raw.replace("[[", "").replace("]]", "")
    doc = {"id": f"fresh26d-{i:04d}", "text": text, "pii": c.pii, "keep": keep}
    if c.known:
        k = dict(c.known)
        if c.res_emails:
            k["emails"] = c.res_emails
        if c.res_phones:
            k["phones"] = c.res_phones
        doc["known"] = k
    return doc, c.shapes


def _words(s):
    return [w for w in re.split(r"[\W_]+", s.lower()) if w and len(w) > 1 and w not in PARTICLES]


def gate(doc: dict) -> str | None:
    """None when the document passes, else the reason."""
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not N.bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not N.iban_ok(it["text"]):
            return f"iban {it['text']}"
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            if n not in doc["text"] or {"text": n, "label": "PERSON"} not in doc["pii"]:
                return "known name absent"
            known_words |= set(_words(n))
        if not any(k == k.lower() and k in known_words for k in doc["keep"]):
            return "known word not in keep"
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            name_words |= set(_words(it["text"]))
    for k in doc["keep"]:
        if k == k.lower() and k in known_words and re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", doc["text"]):
            continue
        if set(_words(k)) & name_words:
            return f"keep {k!r} shares a word with a name"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


def generate():
    docs, shapes, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        doc, sh = build(random.Random(f"{SEED}-{i}"), i)
        attempt = 0
        while gate(doc) is not None:
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise RuntimeError(f"{i}: {gate(doc)}")
            doc, sh = build(random.Random(f"{SEED}-{i}-{attempt}"), i)
        docs.append(doc)
        shapes.update(sh)
    return docs, shapes, redraws


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes, redraws = generate()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == dump(docs)
        print("fresh26d_texts.jsonl is up to date" if same else "fresh26d_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        registered = len(KINDS) + sum(len(v) for v in LINES.values())
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(
            f"shapes: {registered} registered ({len(KINDS)} document kinds, "
            f"{registered - len(KINDS)} line shapes in {len(LINES)} groups), {len(shapes)} used"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(dump(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
