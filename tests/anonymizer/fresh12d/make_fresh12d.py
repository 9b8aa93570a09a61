"""Generate ``fresh12d_shapes.jsonl``: 300 annotated Dutch documents dense with personal data, in sentence shapes of
this corpus's own invention (helper B4, round eleven, written blind to the anonymizer).

Usage: python tests/anonymizer/fresh12d/make_fresh12d.py [--check]
Without ``--check`` the corpus is (re)written; with it the command exits 1 when the committed file differs from a
regeneration. Standard library only; seed 20261214; every document passes ``gate()``, a failing one is redrawn from
its own seeded stream.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fresh12d_ids as ids  # noqa: E402
from fresh12d_names import (  # noqa: E402
    COUNTRIES,
    DEPTS,
    KNOWN,
    KNOWN_FIRST,
    LAWS,
    MONTHS,
    ORGS,
    ORIGINS,
    ROLES,
    SCHEMES,
    STREET_OLD,
    STREET_PARTS,
    STREET_PEOPLE,
    STREET_PEOPLE_SUFFIX,
    STREET_SUFFIX,
    TOWNS,
    WORD_FIRSTS,
    WORD_SURNAMES,
)

SEED = 20261214
N_DOCS = 300
OUT = HERE / "fresh12d_shapes.jsonl"
SCORE = HERE.parent / "corpora" / "score.py"
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
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}
DUTCH_PARTICLES = ["van", "de", "van der", "van de", "van den", "ter", "ten", "van 't", "in 't", "op de", "den"]

FEMALE = set(
    """Wilma Marieke Ineke Femke Annelies Ilse Riet Geertje Hanneke Wilhelmina Wytske Tjitske Baukje Sietske Lieve
    Griet Lotte Mieke Fatima Khadija Nadia Samira Loubna Imane Hafsa Ayşe Zeynep Hatice Elif Gülsen Esra Kübra Sharda
    Sunita Shanti Nirmala Dewkoemarie Sheryl Gracia Clarissa Naomi Ingrid Sukarmi Suparti Ngatinem Sumiati Yuriëla
    Chanella Ruthmila Gisèle Grace Femmy Bertha Dewi Wulan Sri Yanti Ratna Xiaoling Yun Lily Agnieszka Małgorzata
    Zofia Katarzyna Andreea Ioana Elena Svetla Desislava Radostina Oksana Olena Iryna Halyna Rania Lina Rasha Ghalia
    Nour Senait Merhawit Luwam Semhar Hodan Fadumo Ifrah Sahra Mariam Zarghuna Nilofar Mahbooba Habiba Shirin Parisa
    Leila Mahsa Berivan Shilan Hêvî Rojin Djenice Zeferina Jandira Akosua Ama Efua Abena Ngozi Adaeze Folake Chiamaka
    Priya Lakshmi Deepika Ananya Ayesha Sadia Zainab Inês Mariana Conceição Lucía Begoña Montserrat Chiara Francesca
    Giulia Eleni Katerina Vasiliki Ute Dörte Sabine Zsófia Ildikó Erzsébet Maricel Jhoanna Rowena Juliana Rafaela
    Gleice Tharshini Kalaivani Thuvaraka Mekdes Tigist Selamawit Siobhan Niamh Aoife Anahit Lusine Gayane Merel Roos
    Iris Jasmijn Sterre Vlinder Lente Hương Thảo""".split()
) | {"Mei Ling", "Li Na", "Sioe Lan", "Wing Yan", "Mei Kuen", "Thi Lan", "Thu Trang"}


def load_score():
    spec = importlib.util.spec_from_file_location("fresh12d_score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@dataclass
class Person:
    first: str
    sn: str  # surname as written after a first name, particles in lower case: "van der Molen", "Karataş-de Wit"
    female: bool
    origin: str
    nick: str | None = None

    @property
    def full(self) -> str:
        return f"{self.first} {self.sn}"

    @property
    def bare(self) -> str:
        return self.sn[0].upper() + self.sn[1:]


def compose_surname(r: random.Random, origin: str) -> str:
    _, pre, end, _ = ORIGINS[origin]
    if end is None:
        return r.choice(pre)
    p, e = r.choice(pre), r.choice(end)
    s = p + (e[0].upper() + e[1:] if p.endswith(" ") or p.endswith("'") else e)
    if origin in ("Dutch", "Frisian") and r.random() < 0.35:
        s = r.choice(DUTCH_PARTICLES) + " " + s
    return s


class Builder:
    """Collects one document's text pieces, personal items and keep words."""

    def __init__(self, r: random.Random):
        self.r = r
        self.pii: list[tuple[str, str]] = []
        self.keep: list[str] = []
        self.known: list[str] = []
        self.allowed: set[str] = set()

    # -- recording
    def rec(self, s: str, label: str) -> str:
        if (s, label) not in self.pii:
            self.pii.append((s, label))
        return s

    def k(self, s: str) -> str:
        if s not in self.keep:
            self.keep.append(s)
        return s

    def c(self, seq):
        return self.r.choice(seq)

    # -- people
    def person(self, origin: str | None = None, female: bool | None = None, avoid: str = "") -> Person:
        r = self.r
        if origin is None:
            origin = r.choice(list(ORIGINS) + ["Dutch", "Dutch", "Moroccan", "Turkish", "Surinamese-Hindustani"])
        firsts, _, _, nicks = ORIGINS[origin]
        fitting = [f for f in firsts if (female is None or (f in FEMALE) == female) and f != avoid] or firsts
        first = r.choice(fitting)
        if r.random() < 0.12:
            sn = r.choice(WORD_SURNAMES)
        else:
            sn = compose_surname(r, origin)
        if r.random() < 0.06 and female is not False:
            first = r.choice(WORD_FIRSTS)
        if r.random() < 0.15:
            other = compose_surname(r, r.choice(list(ORIGINS))) if r.random() < 0.7 else r.choice(WORD_SURNAMES)
            sn = f"{sn}-{other}" if r.random() < 0.5 else f"{other}-{sn}"
        nick = nicks.get(first)
        return Person(first, sn, first in FEMALE, origin, nick)

    def full(self, p: Person) -> str:
        return self.rec(p.full, "PERSON")

    def sur(self, p: Person) -> str:
        s = p.bare if self.r.random() < 0.8 else p.sn
        return self.rec(s, "PERSON")

    def first(self, p: Person) -> str:
        return self.rec(p.first, "PERSON")

    def inits(self, p: Person) -> str:
        parts = re.split(r"[\s-]+", p.first)
        s = "".join(x[0] + "." for x in parts)
        if self.r.random() < 0.35:
            s += self.c("AMJHCEPW") + "."
        return s

    def ini(self, p: Person) -> str:
        return self.rec(f"{self.inits(p)} {p.sn}", "PERSON")

    def low(self, p: Person) -> str:
        return self.rec(p.full.lower(), "PERSON")

    def lowfirst(self, p: Person) -> str:
        return self.rec(p.first.lower(), "PERSON")

    def caps(self, p: Person) -> str:
        return self.rec(p.full.upper(), "PERSON")

    def capsur(self, p: Person) -> str:
        return self.rec(p.bare.upper(), "PERSON")

    def nick(self, p: Person) -> str:
        return self.rec(p.nick or p.first, "PERSON")

    def any_name(self, p: Person) -> str:
        return self.c([self.full, self.full, self.ini, self.sur])(p)

    def T(self, p: Person, cap: bool = False) -> str:
        t = self.c(["mevrouw", "mevrouw", "mevr.", "mw."] if p.female else ["meneer", "de heer", "de heer", "dhr."])
        return t[0].upper() + t[1:] if cap else t

    def tsur(self, p: Person, cap: bool = False) -> str:
        return f"{self.T(p, cap)} {self.sur(p)}"

    @staticmethod
    def hij(p: Person) -> str:
        return "zij" if p.female else "hij"

    @staticmethod
    def zijn(p: Person) -> str:
        return "haar" if p.female else "zijn"

    def poss(self, name: str) -> str:
        if name[-1] in "sxz":
            return name + "'"
        if name[-1] in "aeiouy":
            return name + "'s"
        return name + "s"

    # -- places and identifiers
    def street_name(self) -> str:
        x = self.r.random()
        if x < 0.65:
            return self.c(STREET_PARTS) + self.c(STREET_SUFFIX)
        if x < 0.85:
            return self.c(STREET_PEOPLE) + self.c(STREET_PEOPLE_SUFFIX)
        return self.c(STREET_OLD)

    def number(self) -> str:
        n = self.r.randint(1, 240)
        return self.c([str(n), str(n), f"{n}{self.c('abc')}", f"{n}-{self.c(['I', 'II', '1', '3'])}", f"{n} bis"])

    def addr(self, lower: bool = False) -> str:
        s = f"{self.street_name()} {self.number()}"
        return self.rec(s.lower() if lower else s, "ADDRESS")

    def street(self, lower: bool = False) -> str:
        s = self.street_name()
        return self.rec(s.lower() if lower else s, "ADDRESS")

    def pc(self, informal: bool = False) -> str:
        return self.rec(ids.postcode(self.r, informal), "POSTCODE")

    def ph(self, kind: str = "any") -> str:
        s, code = ids.phone(self.r, kind)
        self.country = COUNTRIES.get(code or "", "")
        return self.rec(s, "PHONE")

    def em(self, p: Person, town: str | None = None) -> str:
        return self.rec(ids.email(self.r, p.first, p.sn, town), "EMAIL")

    def bsn(self) -> str:
        return self.rec(ids.bsn(self.r), "BSN")

    def iban(self, informal: bool = False) -> str:
        return self.rec(ids.iban(self.r, informal), "IBAN")

    def plate(self, informal: bool = False) -> str:
        return self.rec(ids.plate(self.r, informal), "LICENSE_PLATE")

    def case(self) -> str:
        cue, num = ids.case(self.r)
        return f"{self.k(cue)} {self.rec(num, 'CASE_NUMBER')}"

    def caseno(self) -> str:
        return self.rec(ids.case(self.r)[1], "CASE_NUMBER")

    def dob(self, young: bool = False) -> str:
        return self.rec(ids.dob(self.r, young), "DATE_OF_BIRTH")

    def benefit(self) -> str:
        return self.k(self.c(BENEFITS))

    def date(self) -> str:
        return self.k(ids.date(self.r))

    def amount(self) -> str:
        return self.k(ids.amount(self.r))

    def town(self) -> str:
        return self.k(self.c(TOWNS))

    def dept(self) -> str:
        return self.k(self.c(DEPTS))

    def role(self) -> str:
        return self.k(self.c(ROLES))

    def scheme(self) -> str:
        return self.k(self.c(SCHEMES))

    def law(self) -> str:
        return self.k(self.c(LAWS))

    def org(self) -> str:
        return self.k(self.c(ORGS))


BENEFITS = [
    "huurtoeslag",
    "bijstandsuitkering",
    "individuele inkomenstoeslag",
    "woonkostentoeslag",
    "energietoeslag",
    "mantelzorgwaardering",
    "bijzondere bijstand",
]
CARE_LAWS = ["Wlz", "Jeugdwet", "Wmo 2015"]
INCOME_LAWS = ["Participatiewet", "Wmo 2015", "Jeugdwet", "Wet gemeentelijke schuldhulpverlening"]


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


# ---------------------------------------------------------------- sentence shapes (each returns one or more sentences)
def s01(b: Builder) -> str:
    p, q = b.person(), b.person()
    return (
        f"Op {b.date()} spraken {b.T(q)} {b.ini(q)} ({b.role()}) en {b.T(p)} {b.full(p)}, bewoner van {b.addr()}, "
        f"over de {b.scheme()}."
    )


def s02(b: Builder) -> str:
    p = b.person()
    return f"Aanvrager: {b.sur(p)}, {b.first(p)} – geboren {b.dob()} te {b.town()} – BSN {b.bsn()}."


def s03(b: Builder) -> str:
    p, q = b.person(), b.person()
    return (
        f"kan iemand mij helpen, mijn buurman {b.lowfirst(p)} heeft mijn nummer {b.ph('mobile')} doorgegeven aan "
        f"{b.first(q)} van het {b.k('wijkteam')} en nu word ik steeds gebeld"
    )


def s04(b: Builder) -> str:
    p, q = b.person(), b.person()
    return (
        f"De aanvraag van {b.full(p)} is op {b.date()} door {b.ini(q)} van {b.dept()} in behandeling genomen "
        f"onder {b.case()}."
    )


def s05(b: Builder) -> str:
    p = b.person()
    return (
        f"Is {b.tsur(p)} (geb. {b.dob()}) nog bereikbaar op {b.ph()}, of schrijven we naar {b.addr()}, "
        f"{b.pc()} {b.town()}?"
    )


def s06(b: Builder) -> str:
    p = b.person()
    return f"Bel {b.tsur(p)} vóór {b.date()} terug op {b.ph()} en stuur een kopie van de brief naar {b.em(p)}."


def s07(b: Builder) -> str:
    ps = [b.person() for _ in range(b.r.randint(3, 5))]
    names = [b.full(p) for p in ps]
    return (
        f"De {b.k('petitie')} tegen de kap van de bomen aan de {b.street()} is ondertekend door "
        f"{', '.join(names[:-1])} en {names[-1]}."
    )


def s08(b: Builder) -> str:
    p = b.person()
    return f"'Ik heb alles al drie keer opgestuurd, ook mijn {b.k('loonstroken')},' aldus {b.full(p)} ({b.addr()})."


def s09(b: Builder) -> str:
    o, p = b.person(), b.person()
    return (
        f'{b.T(o, True)} {b.ini(o)}, {b.role()} bij {b.dept()}, schreef: "Wij kunnen {b.tsur(p)} pas helpen als de '
        f'{b.k("bankafschriften")} van rekening {b.iban()} binnen zijn."'
    )


def s10(b: Builder) -> str:
    p, o = b.person(), b.person()
    c = b.person(p.origin, female=False, avoid=p.first)
    return (
        f"{b.full(p)} zegt dat {b.zijn(p)} zoon {b.first(c)} (geboren {b.dob(True)}) sinds {b.date()} niet meer naar "
        f"school gaat; {b.k('leerplichtambtenaar')} {b.ini(o)} is op de hoogte."
    )


def s11(b: Builder) -> str:
    p, q = b.person(), b.person()
    return (
        f"Het kenteken in de melding ({b.plate()}) hoort bij een {b.k('bestelbus')} van {b.full(p)}, niet bij de auto "
        f"van {b.tsur(q)}."
    )


def s12(b: Builder) -> str:
    p, m = b.person(), b.person()
    return f"{b.poss(b.first(p))} moeder, {b.full(m)}, woont sinds {b.date()} op {b.addr()} in {b.town()}."


def s13(b: Builder) -> str:
    o = b.person()
    return (
        f"Mijn contactpersoon, {b.T(o)} {b.ini(o)} van {b.dept()}, heeft mijn {b.k('burgerservicenummer')} "
        f"({b.bsn()}) verkeerd overgenomen."
    )


def s14(b: Builder) -> str:
    p = b.person()
    d = b.c(["WERK EN INKOMEN", "BURGERZAKEN", "VERGUNNINGEN", "SOCIAAL DOMEIN"])
    return f"DOSSIER {b.capsur(p)} / {b.caseno()} / {b.k(d)}"


def s15(b: Builder) -> str:
    p = b.person()
    return (
        f"De gemeente heeft {b.full(p)} op {b.date()} een {b.k('boete')} van {b.amount()} gestuurd voor de auto met "
        f"kenteken {b.plate()}, terwijl die al sinds {b.date()} gesloopt is."
    )


def s16(b: Builder) -> str:
    p, q, s = b.person(), b.person(), b.person()
    return (
        f"{b.full(p)}, {b.role()} van het wijkteam, en {b.full(q)}, {b.k('mantelzorger')} van {b.tsur(s)}, kwamen "
        f"samen langs op {b.addr()}."
    )


def s17(b: Builder) -> str:
    p = b.person()
    while not p.nick:
        p = b.person()
    return (
        f"{b.full(p)} – door iedereen in de buurt {b.nick(p)} genoemd – vraagt een {b.scheme()} aan; "
        f"{b.hij(p)} is bereikbaar op {b.ph()}."
    )


def s18(b: Builder) -> str:
    p = b.person()
    return (
        f"gisteren stond er iemand van {b.org()} aan de deur, {b.lowfirst(p)} heette ze geloof ik, en die wilde "
        f"per se mijn bsn {b.bsn()} weten"
    )


def s19(b: Builder) -> str:
    p, q = b.person(), b.person()
    return f"{b.full(p)}? Die woont toch al jaren met {b.full(q)} op {b.addr()}?"


def s20(b: Builder) -> str:
    p = b.person()
    return (
        f"Geachte {b.tsur(p)}, naar aanleiding van uw brief van {b.date()} ({b.case()}) laten wij u weten dat uw "
        f"{b.benefit()} wordt voortgezet."
    )


def s21(b: Builder) -> str:
    o = b.person()
    town = b.c(TOWNS)
    return f"Namens het college, {b.ini(o)}, {b.role()} ({b.em(o, town)}), gemeente {b.k(town)}."


def s22(b: Builder) -> str:
    o, p = b.person(), b.person()
    return f"@{b.first(o)} kun jij {b.tsur(p)} even bellen? nummer staat in het dossier: {b.ph()}"


def s23(b: Builder) -> str:
    w, g, j, p, q = (b.person() for _ in range(5))
    return (
        f"Bij het gesprek zaten {b.k('wethouder')} {b.full(w)}, {b.k('gemeentesecretaris')} {b.ini(g)}, "
        f"{b.k('jurist')} {b.full(j)} en de bewoners {b.full(p)} en {b.full(q)}."
    )


def s24(b: Builder) -> str:
    p, q = b.person(), b.person()
    return (
        f"Door {b.poss(b.sur(p))} hond is {b.T(q)} {b.full(q)} op de {b.street()} gebeten; de "
        f"{b.k('wijkagent')} heeft het voorval genoteerd."
    )


def s25(b: Builder) -> str:
    p = b.person()
    return f"In het register staat {b.sur(p)}, {b.rec(b.inits(p), 'PERSON')}, wonende {b.addr()}, {b.pc()} {b.town()}."


def s26(b: Builder) -> str:
    p = b.person()
    return (
        f"Wilt u het bedrag van {b.amount()} overmaken naar {b.iban()} t.n.v. {b.ini(p)}, onder vermelding van "
        f"{b.caseno()}?"
    )


def s27(b: Builder) -> str:
    p = b.person()
    ph = b.ph("foreign")
    return (
        f"{b.T(p, True)} {b.full(p)} verblijft tot {b.date()} bij familie in {b.k(b.country)}; {b.hij(p)} is daar "
        f"te bereiken op {ph}."
    )


def s28(b: Builder) -> str:
    p = b.person()
    return (
        f"vul hier je naam in: {b.low(p)}, geboortedatum {b.dob()}, burgerservicenummer {b.bsn()}, "
        f"postcode {b.pc(True)}"
    )


def s29(b: Builder) -> str:
    p, q = b.person(), b.person()
    return (
        f"Partner {b.full(q)} (°{b.dob()}) staat sinds {b.date()} niet meer ingeschreven bij {b.full(p)}; "
        f"de {b.benefit()} wordt herberekend."
    )


def s30(b: Builder) -> str:
    p = b.person()
    st = b.street_name()
    b.rec(st.upper(), "ADDRESS")
    return f"MELDING OVERLAST {st.upper()} – melder: {b.full(p)}, {b.ph()}"


def s31(b: Builder) -> str:
    p, o = b.person(), b.person()
    return (
        f"De jongen die {b.full(p)} heet en op {b.addr()} woont, is volgens {b.k('wijkagent')} {b.ini(o)} niet "
        f"betrokken bij de {b.k('vernielingen')}."
    )


def s32(b: Builder) -> str:
    o, m = b.person(), b.person()
    return f"Waarom heeft {b.T(o)} {b.ini(o)} van {b.dept()} mijn moeder, {b.full(m)}, nooit teruggebeld op {b.ph()}?"


def s33(b: Builder) -> str:
    p, w = b.person(), b.person()
    return (
        f"De {b.k('verklaring')} over de {b.k('inboedel')} van {b.addr()} is ondertekend door {b.full(w)} en "
        f"door {b.T(p)} {b.full(p)}."
    )


def s34(b: Builder) -> str:
    p, q, l_ = b.person(), b.person(), b.person()
    return (
        f"Namens {b.full(p)} en {b.full(q)} dient advocaat mr. {b.ini(l_)} een {b.k('bezwaarschrift')} in tegen "
        f"het besluit met {b.case()}."
    )


def s35(b: Builder) -> str:
    o = b.person()
    return (
        f"ik heb {b.first(o)} van de {b.k('balie')} mijn {b.k('paspoort')} laten zien en {b.zijn(o)} collega "
        f"mijn bsn gegeven ({b.bsn()}), toch staat mijn adres {b.addr(True)} nog fout"
    )


def s36(b: Builder) -> str:
    p, q = b.person(), b.person()
    b.rec(p.bare, "PERSON")
    joined = f"{p.bare}-{q.bare}"
    return (
        f"Na haar huwelijk heet {b.T(p)} {p.bare} voortaan {b.rec(joined, 'PERSON')}; de {b.k('BRP')} is per "
        f"{b.date()} aangepast en het nieuwe {b.k('rijbewijs')} ligt klaar."
    )


def s37(b: Builder) -> str:
    p, o = b.person(), b.person()
    return f"Van: {b.full(p)} <{b.em(p)}>\nAan: {b.ini(o)} <{b.em(o, b.c(TOWNS))}>\nOnderwerp: {b.scheme()}\n"


def s38(b: Builder) -> str:
    p = b.person()
    kids = [b.person(p.origin, avoid=p.first) for _ in range(b.r.randint(1, 3))]
    s = f"Gezin {b.sur(p)}: {'moeder' if p.female else 'vader'} {b.first(p)} (*{b.dob()})"
    for i, k in enumerate(kids):
        sep = " en " if i == len(kids) - 1 else ", "
        s += f"{sep}{'dochter' if k.female else 'zoon'} {b.first(k)} (*{b.dob(True)})"
    return s + f", samen op {b.addr()}."


def s39(b: Builder) -> str:
    p = b.person()
    return (
        f"{b.k('Getuige')} {b.full(p)}, wonende aan de {b.street()}, verklaarde dat de bestuurder van de "
        f"{b.plate()} met hoge snelheid over het {b.k('fietspad')} reed."
    )


def s40(b: Builder) -> str:
    p, q = b.person(), b.person()
    return (
        f"Wie is {b.full(p)}, en waarom staat die sinds {b.date()} ingeschreven op mijn adres, {b.addr()}? {b.full(q)}"
    )


def s41(b: Builder) -> str:
    a, c, p = b.person(), b.person(), b.person()
    return (
        f"De {b.k('klantmanager')} ({b.T(a)} {b.ini(a)}) en de {b.k('budgetcoach')} ({b.T(c)} {b.ini(c)}) zijn het "
        f"oneens over de schuld van {b.full(p)} bij {b.org()}."
    )


def s42(b: Builder) -> str:
    o = b.person()
    return f"ff een update: {b.lowfirst(o)} van {b.k(b.c(DEPTS).lower())} heeft dossier {b.caseno()} gewoon afgesloten"


def s43(b: Builder) -> str:
    o = b.person()
    return f"IK WIL DAT {b.caps(o)} MIJ VANDAAG NOG TERUGBELT OP {b.ph()}!!!"


def s44(b: Builder) -> str:
    p, q = b.person(), b.person()
    return f"Ingeschreven op {b.addr()}, {b.pc()} {b.town()}: {b.full(p)} en {b.full(q)}, beiden sinds {b.date()}."


def s45(b: Builder) -> str:
    p, q = b.person(), b.person()
    return (
        f"Geparkeerd zonder {b.k('vergunning')}: {b.plate()} ({b.full(p)}), {b.plate()} ({b.ini(q)}) en "
        f"{b.plate()} (eigenaar onbekend)."
    )


def s46(b: Builder) -> str:
    o, o2, p = b.person(), b.person(), b.person()
    return (
        f"Het verzoek werd op {b.date()} door {b.full(o)} doorgestuurd naar {b.full(o2)}, die het aan "
        f"{b.tsur(p)} heeft teruggekoppeld."
    )


def s47(b: Builder) -> str:
    p = b.person()
    return (
        f"Als {b.full(p)} niet vóór {b.date()} reageert, vervalt de {b.scheme()}; stuur de herinnering "
        f"aangetekend naar {b.addr()} ({b.pc()})."
    )


def s48(b: Builder) -> str:
    p, q = b.person(), b.person()
    return (
        f"Anders dan {b.tsur(p)} kreeg buurvrouw {b.full(q)} wél {b.scheme()}, terwijl beiden onder de "
        f"{b.k(b.c(INCOME_LAWS))} vallen."
    )


def s49(b: Builder) -> str:
    p = b.person()
    return f"{b.ini(p)} ({b.dob()}) heeft een schuld van {b.amount()} bij {b.org()}."


def s50(b: Builder) -> str:
    p, q = b.person(), b.person()
    d = b.person(p.origin, female=True, avoid=p.first)
    return (
        f"De dochter van {b.full(p)} en {b.full(q)}, {b.first(d)}, is op {b.dob(True)} geboren en heeft een "
        f"{b.k('indicatie')} voor de {b.k(b.c(CARE_LAWS))}."
    )


def s51(b: Builder) -> str:
    p, z = b.person(), b.person(female=True)
    return (
        f"P.S. {b.first(p)} vroeg nog of u ook naar {b.zijn(p)} zus {b.full(z)} wilt kijken; die woont op "
        f"{b.addr()} en heeft geen telefoon."
    )


def s52(b: Builder) -> str:
    p = b.person()
    while not p.nick:
        p = b.person()
    return (
        f'{b.first(p)} "{b.nick(p)}" {b.sur(p)} belde om {b.k("kwart over negen")} vanaf {b.ph()} over de '
        f"{b.k('geluidsoverlast')}."
    )


def s53(b: Builder) -> str:
    o1, o2, o3 = b.person(), b.person(), b.person()
    d1, d2 = b.c(DEPTS), b.c(DEPTS)
    return f"Overgedragen van {b.ini(o1)} ({b.k(d1)}) aan {b.ini(o2)} ({b.k(d2)}); cc: {b.em(o3, b.c(TOWNS))}."


def s54(b: Builder) -> str:
    o, p = b.person(), b.person()
    return f"{b.first(o)}, wil jij {b.tsur(p)} laten weten dat de {b.scheme()} per {b.date()} is toegekend?"


def s55(b: Builder) -> str:
    p, q = b.person(), b.person()
    return (
        f"Tijdens de {b.k('hoorzitting')} van de {b.k('bezwaarcommissie')} op {b.date()} voerde {b.tsur(p)} het "
        f"woord, bijgestaan door {b.full(q)} van {b.org()}."
    )


def s56(b: Builder) -> str:
    p = b.person()
    return (
        f"{b.T(p, True)} {b.full(p)} verhuist per {b.date()} van {b.addr()} naar {b.addr()} ({b.pc()}); "
        f"het {b.k('verhuisbericht')} is nog niet verwerkt."
    )


def s57(b: Builder) -> str:
    p = b.person()
    return f"De huur wordt rechtstreeks betaald aan {b.k('verhuurder')} {b.full(p)}, rekeningnummer {b.iban()}."


def s58(b: Builder) -> str:
    o = b.person()
    return (
        f"{b.k('BOA')} {b.ini(o)} schreef de {b.plate()} op {b.date()} om {b.k('14.20 uur')} op de {b.street()} "
        f"een {b.k('bekeuring')}."
    )


def s59(b: Builder) -> str:
    o1, o2, o3, p = (b.person() for _ in range(4))
    return (
        f"Taken: {b.first(o1)} belt de {b.k('verhuurder')}, {b.first(o2)} zoekt de {b.k('beschikking')} op, "
        f"{b.first(o3)} mailt {b.tsur(p)}."
    )


def s60(b: Builder) -> str:
    p = b.person()
    return (
        f"die {b.low(p)} van nummer {b.r.randint(2, 90)}, die heeft toch ook gewoon een "
        f"{b.k(b.c(['uitkering', 'parkeerkaart', 'scootmobiel']))}?"
    )


def s61(b: Builder) -> str:
    p = b.person()
    d, m = b.r.randint(1, 28), b.r.randint(1, 12)
    born = b.rec(b.c([f"{d:02d}-{m:02d}-2008", f"{d}-{m}-2008", f"{d:02d}/{m:02d}/2008"]), "DATE_OF_BIRTH")
    return (
        f"{b.first(p)} wordt op {b.k(f'{d} {MONTHS[m - 1]}')} achttien (geboren {born}) en valt dan niet meer onder de "
        f"{b.k('Jeugdwet')}; {b.zijn(p)} {b.k('voogd')} belde hierover met {b.ph()}."
    )


def s62(b: Builder) -> str:
    p = b.person()
    wiens = "wier" if p.female else "wiens"
    return (
        f"{b.T(p, True)} {b.full(p)}, {wiens} auto ({b.plate()}) al drie weken op de {b.street()} staat, reageert "
        f"niet op brieven."
    )


def s63(b: Builder) -> str:
    p, q = b.person(), b.person()
    return f"Met hartelijke groet, ook namens {b.first(q)},\n{b.full(p)} – {b.em(p)}"


def s64(b: Builder) -> str:
    p = b.person()
    return (
        f"Bent u dezelfde {b.sur(p)} die in {b.k(str(b.r.randint(2008, 2019)))} op {b.addr()} woonde en toen "
        f"{b.k('kwijtschelding')} kreeg?"
    )


def s65(b: Builder) -> str:
    o = b.person()
    return f"U kunt {b.ini(o)} rechtstreeks bellen via {b.ph('land')} of mailen naar {b.em(o, b.c(TOWNS))}."


def s66(b: Builder) -> str:
    p = b.person()
    return f"{b.sur(p)} | {b.first(p)} | {b.dob()} | {b.addr()} | {b.pc()} | {b.plate()}"


def s67(b: Builder) -> str:
    o, o2 = b.person(), b.person()
    return (
        f"Het was {b.full(o)}, niet {b.full(o2)}, die het besluit over de {b.scheme()} nam, en dat staat ook in de "
        f"{b.k('notulen')}."
    )


def s68(b: Builder) -> str:
    o, p, q = b.person(), b.person(), b.person()
    return (
        f"Ik vraag me af of {b.T(o)} {b.ini(o)} weet dat {b.first(p)} en {b.first(q)} al sinds {b.date()} bij mij "
        f"inwonen."
    )


def s69(b: Builder) -> str:
    p, q = b.person(female=True), b.person()
    return f"groetjes, {b.lowfirst(p)} (buurvrouw van {b.tsur(q)}, {b.addr()})"


def s70(b: Builder) -> str:
    p = b.person()
    town = b.c(TOWNS)
    return (
        f"In de zaak {b.sur(p)} tegen gemeente {b.k(town)} ({b.caseno()}) oordeelde de {b.k('rechtbank')} op "
        f"{b.date()} dat de {b.k('terugvordering')} van {b.amount()} onterecht was."
    )


def s71(b: Builder) -> str:
    p, q = b.person(), b.person()
    return (
        f"De gezinnen {b.sur(p)} en {b.sur(q)} delen sinds {b.date()} de benedenwoning aan de {b.street()}, "
        f"wat volgens de {b.k('woningcorporatie')} niet mag."
    )


def s72(b: Builder) -> str:
    p = b.person(female=True)
    c = b.person(p.origin, avoid=p.first)
    return (
        f"{b.T(p, True)} {b.ini(p)}, moeder van {b.first(c)} ({b.dob(True)}), wacht op een plek in de "
        f"{b.k('dagbesteding')}."
    )


def s73(b: Builder) -> str:
    o = b.person()
    return (
        f"Ik dien een klacht in over {b.full(o)} ({b.role()}), die mij op {b.date()} aan de {b.k('balie')} uitlachte."
    )


def s74(b: Builder) -> str:
    p = b.person()
    return f"{b.full(p)}, {b.addr()}, {b.pc()} {b.town()}, {b.ph()}, {b.em(p)}."


def s75(b: Builder) -> str:
    pairs = [
        ("Oleksandr", "Shevchenko", "Olexandr", "Sjevtsjenko"),
        ("Mykola", "Kravchuk", "Mikola", "Kravtsjoek"),
        ("Yusuf", "Çelikkan", "Youssouf", "Tchelikkan"),
        ("Dmytro", "Hrytsenko", "Dmitri", "Gritsenko"),
        ("Nguyễn Văn", "Minh", "Nguyen Van", "Minh"),
    ]
    f1, s1, f2, s2 = b.c(pairs)
    a = b.rec(f"{f1} {s1}", "PERSON")
    c = b.rec(f"{f2} {s2}", "PERSON")
    return (
        f"Volgens zijn {b.k('paspoort')} heet hij {a}, maar in de {b.k('BRP')} staat {c}, geboren {b.dob()}; "
        f"daardoor loopt zijn {b.k('toeslag')} vast."
    )


def s76(b: Builder) -> str:
    p, q = b.person(), b.person()
    return (
        f"Zowel {b.low(p)} als {b.lowfirst(q)} zeggen dat de {b.k('container')} bij {b.street(True)} al "
        f"{b.k('twee weken')} niet geleegd is"
    )


def s77(b: Builder) -> str:
    p = b.person()
    return (
        f"Toegekend aan {b.ini(p)} (BSN {b.bsn()}): {b.benefit()} ter hoogte van {b.amount()}, uit te betalen op "
        f"{b.iban()}."
    )


def s78(b: Builder) -> str:
    p, o = b.person(), b.person()
    return (
        f"Schrijf op: {b.sur(p)}, met {b.k('kenteken')} {b.plate(True)}, en vraag {b.full(o)} van "
        f"{b.dept()} of de {b.k('ontheffing')} nog geldt."
    )


def s79(b: Builder) -> str:
    p, o = b.person(), b.person()
    return (
        f"Aan {b.full(p)} is op {b.date()} door {b.k('handhaver')} {b.full(o)} een {b.k('last onder dwangsom')} "
        f"opgelegd voor {b.addr()}."
    )


def s80(b: Builder) -> str:
    o = b.person()
    return f"Doorverbonden met {b.first(o)} ({b.em(o, b.c(TOWNS))}), die het nummer van de {b.k('tolk')} had."


def s81(b: Builder) -> str:
    p, q, s = b.person(), b.person(), b.person()
    return (
        f"Tot de erfgenamen behoren {b.full(p)} ({b.addr()}), {b.full(q)} ({b.town()}) en {b.ini(s)}, "
        f"van wie geen adres bekend is."
    )


def s82(b: Builder) -> str:
    p = b.person()
    return (
        f"– {b.caps(p)}, geb. {b.dob()}, {b.rec(ids.bsn(b.r), 'BSN')}: {b.k('afgewezen')} wegens "
        f"{b.k('vermogen')} boven de grens."
    )


def s83(b: Builder) -> str:
    p = b.person()
    ex = b.person(female=not p.female)
    return (
        f"mijn rekening is {b.iban(True)} en niet die van mijn ex {b.lowfirst(ex)}, dus waarom staat het geld bij "
        f"{'hem' if not ex.female else 'haar'}?? groet {b.first(p)}"
    )


def s84(b: Builder) -> str:
    p, o = b.person(), b.person()
    return (
        f"Terugbetaling aan {b.T(p)} {b.ini(p)} op {b.iban()} is door {b.full(o)} ({b.role()}) goedgekeurd; "
        f"het gaat om {b.amount()} te veel ingehouden {b.k('eigen bijdrage')}."
    )


def s85(b: Builder) -> str:
    p, q = b.person(), b.person()
    return f"Welke van de twee {b.k('rekeningen')} klopt: {b.iban()} van {b.full(p)} of {b.iban()} van {b.ini(q)}?"


SHAPES = [v for k, v in sorted(globals().items()) if re.fullmatch(r"s\d\d", k)]


# ---------------------------------------------------------------- known residents (their name's word in ordinary use)
def known_person(b: Builder) -> tuple[Person, str, str]:
    r = b.r
    if r.random() < 0.85:
        sn, phrase, clause = r.choice(KNOWN)
        origin = r.choice(list(ORIGINS))
        first = r.choice(ORIGINS[origin][0])
        p = Person(first, sn, first in FEMALE, origin)
    else:
        first, phrase, clause = r.choice(KNOWN_FIRST)
        p = b.person()
        p = Person(first, p.sn, True, p.origin)
    b.known.append(p.full)
    word_set = {w for w in re.findall(r"\w+", p.full.lower()) if w not in PARTICLES and len(w) > 1}
    b.allowed |= word_set & set(re.findall(r"\w+", phrase.lower()))
    b.k(phrase)
    return p, phrase, clause


def k1(b: Builder) -> str:
    p, _, clause = known_person(b)
    who = p.bare if p.first not in (x[0] for x in KNOWN_FIRST) else p.first
    b.rec(who, "PERSON")
    return f"{b.T(p, True)} {b.full(p)} meldt dat {clause}. Volgens {who} heeft {b.org()} daar nog niets aan gedaan."


def k2(b: Builder) -> str:
    p, _, clause = known_person(b)
    return f"{b.full(p)} ({b.addr()}) schrijft dat {clause}; {b.hij(p)} vraagt om een {b.k('gesprek')}."


def k3(b: Builder) -> str:
    p, _, clause = known_person(b)
    return f"hallo ik ben {b.full(p)} en {clause}, wie kan ik daarover bellen? mijn nummer is {b.ph('mobile')}"


def k4(b: Builder) -> str:
    p, _, clause = known_person(b)
    return (
        f"Bij het {b.k('huisbezoek')} aan {b.full(p)} (BSN {b.bsn()}) bleek dat {clause}; de {b.k('melding')} "
        f"staat onder {b.case()}."
    )


def k5(b: Builder) -> str:
    p, _, clause = known_person(b)
    return f"Notitie: {clause}. {b.full(p)}, geboren {b.dob()}, wil dat de gemeente dit voor {b.date()} oplost."


def k6(b: Builder) -> str:
    p, _, clause = known_person(b)
    return f"Betreft {b.ini(p)} – {clause} – telefonisch bereikbaar op {b.ph()}."


KNOWN_SHAPES = [k1, k2, k3, k4, k5, k6]


# ---------------------------------------------------------------- gate and assembly
def words(s: str) -> set[str]:
    return {w for w in re.findall(r"\w+", s.lower()) if w not in PARTICLES and len(w) > 1}


def gate(d: dict, allowed: set[str], score) -> None:
    score.check_doc(d)
    for item in d["pii"]:
        assert item["label"] in LABELS, item
        if item["label"] == "BSN":
            assert ids.bsn_valid(item["text"]), item
        if item["label"] == "IBAN":
            assert ids.iban_valid(item["text"]), item
    name_words = set().union(*(words(i["text"]) for i in d["pii"] if i["label"] == "PERSON"))
    for k in d["keep"]:
        clash = (words(k) & name_words) - allowed
        assert not clash, (d["id"], k, clash)
    assert 2 <= d["sentences"] <= 5 and d["keep"]


def draw(r: random.Random, i: int) -> tuple[dict, set[str]]:
    b = Builder(r)
    n = r.choice([2, 3, 3, 4, 4, 5])
    parts = []
    if i % 4 == 0:
        parts.append(r.choice(KNOWN_SHAPES)(b))
        n -= 1
    parts += [shape(b) for shape in r.sample(SHAPES, n)]
    r.shuffle(parts)
    text = ""
    for j, s in enumerate(parts):
        text += s if j == 0 else (r.choice([" ", " ", " ", "\n\n"]) if not text.endswith("\n") else "") + s
    d = {
        "id": f"fresh12d-{i:04d}",
        "text": text.strip(),
        "pii": [{"text": t, "label": lab} for t, lab in b.pii],
        "keep": b.keep,
        "sentences": len(parts),
    }
    if b.known:
        d["known"] = {"names": b.known}
    return d, b.allowed


def generate() -> list[dict]:
    score = load_score()
    docs = []
    for i in range(N_DOCS):
        r = random.Random(f"{SEED}-{i}")
        while True:
            d, allowed = draw(r, i)
            try:
                gate(d, allowed, score)
            except AssertionError:
                continue
            break
        del d["sentences"]
        docs.append(d)
    return docs


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the committed file differs from regeneration")
    a = ap.parse_args()
    text = render(generate())
    if a.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.name} differs from regeneration")
            return 1
        print(f"{OUT.name} matches regeneration")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10))} documents -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
