"""Generate the fresh15a corpus: 300 short annotated Dutch texts, each built around a rare sentence shape.

Written blind by helper B5 (round twelve). Standard library only. ``--check`` exits 1 when the committed JSONL
differs from a fresh regeneration. Every document passes ``gate()``; a failing document is redrawn from its own
seeded stream.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import names15a as nm  # noqa: E402

SEED = 20261225
N_DOCS = 300
OUT = HERE / "fresh15a_texts.jsonl"
LABELS = {"PERSON", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "BSN", "IBAN", "LICENSE_PLATE", "CASE_NUMBER"}
LABELS |= {"DATE_OF_BIRTH"}
GATE_PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du", "von"}
GATE_PARTICLES |= {"el", "ben", "ait", "abu", "al", "da", "dos", "dela"}


def _load_score():
    path = HERE.parent / "corpora" / "score.py"
    spec = importlib.util.spec_from_file_location("fresh15a_score", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _load_score()

TOWNS = ["Tilburg", "Almere", "Emmen", "Deventer", "Zwolle", "Venlo", "Leeuwarden", "Dordrecht", "Lelystad"]
TOWNS += ["Roermond", "Apeldoorn", "Vlaardingen", "Nieuwegein", "Purmerend", "Hoorn", "Assen", "Sittard", "Kampen"]
TOWNS += ["Gouda", "Zaandam", "Spijkenisse", "Helmond", "Amersfoort", "Capelle aan den IJssel", "Hoogeveen"]
DEPTS = ["Publiekszaken", "Stadsbeheer", "Werk en Inkomen", "Burgerzaken", "Openbare Ruimte", "Sociaal Domein"]
DEPTS += ["Wijkbeheer", "Leerplicht", "Zorg en Welzijn", "Vergunningverlening", "Belastingen", "Handhaving"]
ROLES = ["klantmanager", "wijkcoach", "jeugdconsulent", "handhaver", "toezichthouder", "beleidsadviseur"]
ROLES += ["schuldhulpverlener", "casemanager", "klachtcoördinator", "baliemedewerker", "opzichter", "projectleider"]
ROLES += ["wijkregisseur", "leerplichtambtenaar", "bouwinspecteur", "ombudsfunctionaris", "teamleider"]
SCHEMES = ["bijzondere bijstand", "kwijtschelding", "individuele inkomenstoeslag", "Wmo", "Participatiewet"]
SCHEMES += ["energietoeslag", "schuldsanering", "leerlingenvervoer", "huishoudelijke hulp", "gehandicaptenparkeerkaart"]
ORGS = ["UWV", "SVB", "CAK", "GGD", "RDW", "CJIB", "DUO", "Belastingdienst", "Juridisch Loket", "Stadsbank"]
ORGS += ["Nationale ombudsman", "Woonbron", "Vivare", "Veilig Thuis", "Humanitas", "Vluchtelingenwerk"]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]


def poss(name: str) -> tuple[str, str]:
    """The possessive of a name and the item to annotate: Hanna's (item Hanna), Mensahs (item Mensahs)."""
    if name[-1] in "sxz":
        return name + "'", name
    if name[-1] in "aeiouyé":
        return name + "'s", name
    return name + "s", name + "s"


class B:
    """Collects pii and keep items while a shape writes its text."""

    def __init__(self, r: random.Random):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.known: list[str] = []
        self.ordinary: set[str] = set()

    def x(self, label: str, s: str) -> str:
        item = {"text": s, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return s

    def p(self, s: str) -> str:
        return self.x("PERSON", s)

    def k(self, s: str) -> str:
        if s not in self.keep:
            self.keep.append(s)
        return s

    def person(self, **kw) -> nm.Person:
        if not kw and self.r.random() < 0.08:  # now and then a surname that is also a Dutch word
            kw = {"origin": self.r.choice(["nederlands", "fries", "creools", "vlaams"]), "word_surname": True}
        return nm.make_person(self.r, **kw)

    def pick(self, seq: list[str]) -> str:
        return self.k(self.r.choice(seq))

    def town(self) -> str:
        return self.pick(TOWNS)

    def dept(self) -> str:
        return self.pick(DEPTS)

    def role(self) -> str:
        return self.pick(ROLES)

    def scheme(self) -> str:
        return self.pick(SCHEMES)

    def org(self) -> str:
        return self.pick(ORGS)

    def day(self) -> str:
        r = self.r
        return self.k(
            r.choice(
                [
                    f"{r.choice(DAYS)} {r.randint(1, 28)} {r.choice(nm.MONTHS)}",
                    f"{r.randint(1, 28)} {r.choice(nm.MONTHS)} 2026",
                    f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-2026",
                    f"{r.choice(DAYS)}ochtend",
                    f"week {r.randint(2, 50)}",
                ]
            )
        )

    def amount(self) -> str:
        r = self.r
        e, c = r.randint(12, 4800), r.randint(0, 99)
        return self.k(r.choice([f"€ {e},{c:02d}", f"€{e},-", f"{e} euro", f"EUR {e},{c:02d}"]))

    def street(self) -> str:
        return self.x("ADDRESS", nm.make_street(self.r))

    def addr(self) -> str:
        return self.x("ADDRESS", f"{nm.make_street(self.r)} {nm.house_number(self.r)}")

    def pc(self) -> str:
        return self.x("POSTCODE", nm.make_postcode(self.r))

    def ph(self) -> str:
        return self.x("PHONE", nm.make_phone(self.r))

    def em(self, p: nm.Person, domain: str | None = None) -> str:
        return self.x("EMAIL", nm.make_email(self.r, p, domain))

    def bsn(self) -> str:
        return self.x("BSN", nm.make_bsn(self.r))

    def iban(self) -> str:
        return self.x("IBAN", nm.make_iban(self.r))

    def plate(self) -> str:
        return self.x("LICENSE_PLATE", nm.make_plate(self.r))

    def case(self) -> str:
        return self.x("CASE_NUMBER", nm.make_case(self.r))

    def dob(self) -> str:
        return self.x("DATE_OF_BIRTH", nm.make_dob(self.r))

    def ps(self, p: nm.Person) -> str:
        """The possessive of a full name, annotated."""
        shown, item = poss(p.full)
        self.p(item)
        return shown


Shape = Callable[[random.Random, B], str]
SHAPES: list[Shape] = []
KNOWN_SHAPES: list[Shape] = []


def shape(fn: Shape) -> Shape:
    SHAPES.append(fn)
    return fn


# ---------------------------------------------------------------- ellipsis, answers, coordination


@shape
def elliptic_answer(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Wie')} heeft het {b.k('pakket')} met de {b.k('beschikking')} aangenomen? "
        f"{b.p(p.full)}, niet de buurman."
    )


@shape
def gapping_subjects(r: random.Random, b: B) -> str:
    a, c = b.person(), b.person()
    return (
        f"{b.p(a.full)} wil een {b.k('gesprek')} met de {b.role()}, {b.p(c.full)} alleen een "
        f"{b.k('schriftelijke uitleg')}."
    )


@shape
def gapping_objects(r: random.Random, b: B) -> str:
    a, c = b.person(), b.person()
    return (
        f"{b.k('Eerst')} belde de {b.k('gemeente')} {a.title} {b.p(a.Sur)}, daarna de {b.k('woningcorporatie')} "
        f"{c.title} {b.p(c.Sur)}."
    )


@shape
def answer_fragment_dialogue(r: random.Random, b: B) -> str:
    p, m = b.person(), b.person()
    return (
        f"{b.k('Bemiddelaar')}: {b.k('En')} de {b.k('sleutel')} van de {b.k('berging')}? "
        f"{b.k('Bewoner')}: {b.k('Bij')} {b.p(p.first)}. {b.k('Of')} bij {b.p(m.full)}, dat weet ik niet meer."
    )


@shape
def comparison_than(r: random.Random, b: B) -> str:
    a, c = b.person(), b.person()
    return (
        f"{b.p(a.full)} staat al langer op de {b.k('wachtlijst')} dan {b.p(c.full)}, "
        f"maar {c.zij} kreeg de {b.k('woning')} wél."
    )


@shape
def comparison_as(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.k('Niemand')} is zo vaak aan het {b.k('loket')} in {b.town()} geweest als {p.short} {b.p(p.Sur)}."


@shape
def like_comparison(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Net')} als {b.p(p.full)} kreeg ook {p.haar} {b.k('broer')} geen {b.k('antwoord')} op de "
        f"{b.k('aanvraag')} {b.scheme()}."
    )


@shape
def but_coordination(r: random.Random, b: B) -> str:
    a, c = b.person(), b.person()
    return (
        f"{b.k('Ik')} heb het aan {b.p(a.first)} gevraagd maar {b.p(c.first)} van {b.dept()} wist het beter, "
        f"zegt de {b.k('melder')}."
    )


@shape
def because_clause(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('De')} {b.k('meterkast')} bleef dicht, want {b.p(p.full)} had de {b.k('sleutel')} "
        f"meegenomen naar {b.town()}."
    )


@shape
def both_and(r: random.Random, b: B) -> str:
    a, c = b.person(), b.person()
    return (
        f"{b.k('Zowel')} {b.p(a.full)} als haar {b.k('buurvrouw')} {b.p(c.first)} tekenden de "
        f"{b.k('petitie')} tegen de {b.k('bomenkap')}."
    )


@shape
def except_name(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Iedereen')} in de {b.k('flat')} kreeg de {b.k('compensatie')} van {b.amount()}, behalve {b.p(p.full)}."
    )


@shape
def instead_of(r: random.Random, b: B) -> str:
    a, c = b.person(), b.person()
    return (
        f"{b.k('In')} plaats van {b.p(a.full)} komt {b.role()} {b.p(c.full)} naar het "
        f"{b.k('keukentafelgesprek')} op {b.day()}."
    )


@shape
def thanks_to(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Dankzij')} {b.p(p.full)} van het {b.k('Energieloket')} is de {b.k('isolatie')} van de "
        f"{b.k('huurwoning')} toch geregeld."
    )


@shape
def neither_nor(r: random.Random, b: B) -> str:
    a, c = b.person(), b.person()
    return (
        f"{b.k('Noch')} {b.p(a.full)} noch {c.title} {b.p(c.Sur)} had het {b.k('dossier')} gelezen "
        f"voor het {b.k('gesprek')}."
    )


@shape
def either_or_imperative(r: random.Random, b: B) -> str:
    a, c = b.person(), b.person()
    return (
        f"{b.k('Bel')} {b.p(a.full)} of {b.p(c.full)} als de {b.k('container')} weer niet is geleegd; "
        f"de {b.k('afvalwijzer')} klopt niet."
    )


@shape
def list_thanks(r: random.Random, b: B) -> str:
    a, c, d = b.person(), b.person(), b.person()
    return (
        f"{b.k('Met')} dank aan {b.p(a.full)}, {b.p(c.initials + ' ' + c.sur)} en {b.p(d.first)} voor het "
        f"meedenken over de {b.k('speeltuin')}."
    )


@shape
def signed_list(r: random.Random, b: B) -> str:
    a, c, d = b.person(), b.person(), b.person()
    return (
        f"{b.k('Getekend')} door de {b.k('bewoners')} van de {b.street()}: {b.p(a.full)}, {b.p(c.full)}, {b.p(d.full)}."
    )


# ---------------------------------------------------------------- headlines, captions, exclamations, questions


@shape
def headline_caps(r: random.Random, b: B) -> str:
    p = b.person()
    who = b.k("BUURVROUW" if p.female else "BUURMAN")
    return f"{who} {b.p(p.full.upper())} {b.k('WINT')} {b.k('STRIJD')} OM {b.k('SCHUTTING')}"


@shape
def headline_title(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.k('Bewoner')} {b.p(p.full)} en {b.k('gemeente')} {b.town()} sluiten vrede over {b.k('geluidsscherm')}"


@shape
def caption_photo(r: random.Random, b: B) -> str:
    a, c = b.person(), b.person()
    return (
        f"{b.k('Op')} de {b.k('foto')}: {b.p(a.full)} (links) en {b.k('wijkagent')} {b.p(c.full)} bij de "
        f"kapotte {b.k('lantaarnpaal')}."
    )


@shape
def photo_credit(r: random.Random, b: B) -> str:
    p, a = b.person(), b.person()
    return (
        f"{b.k('De')} {b.k('nieuwe')} {b.k('bankjes')} aan het {b.k('water')}. {b.k('Beeld')}: {b.p(p.full)}"
        f" / {b.k('tekst')}: {b.p(a.initials + ' ' + a.sur)}"
    )


@shape
def rhetorical_who(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Wie')} had gedacht dat juist {b.p(p.full)} na twee jaar nog steeds op een {b.k('traplift')} "
        f"zou wachten?"
    )


@shape
def rhetorical_must(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Moet')} {p.title} {b.p(p.Sur)} nu echt voor de derde keer {p.haar} {b.k('paspoort')} komen laten zien?"
    )


@shape
def exclamation_relief(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.k('Wat')} een opluchting voor {b.p(p.full)}! {b.k('De')} {b.k('terugvordering')} is van tafel."


@shape
def vocative_exclaim(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.p(p.first)}, eindelijk! {b.k('Je')} {b.k('parkeervergunning')} is verlengd tot {b.k('1 januari 2028')}."


@shape
def hulde(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Hulde')} aan {b.role()} {b.p(p.full)}, die op {b.day()} zelf de {b.k('stoeptegels')} kwam terugleggen!"
    )


@shape
def echo_question(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.p(p.Sur)}? {b.k('Nooit')} van gehoord, zei de {b.k('receptie')}, en de {b.k('verbinding')} werd verbroken."
    )


@shape
def yes_no_question(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.k('Heeft')} iemand {p.title} {b.p(p.Sur)} al teruggebeld over de {b.k('lekkage')}?"


@shape
def or_question(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Was')} het {b.p(p.full)} zelf die belde, of {p.haar} {b.k('zoon')}? {b.k('De')} "
        f"{b.k('notitie')} zegt niets."
    )


@shape
def whether_clause(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Of')} {b.p(p.first)} ook recht heeft op {b.scheme()}, is de vraag die {b.dept()} nog moet beantwoorden."
    )


# ---------------------------------------------------------------- reported speech, rare verbs, passives


@shape
def reported_no_quotes(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.p(p.full)} zei dat {p.zij} de {b.k('brief')} nooit had ontvangen en dat niemand "
        f"{p.haar} {b.k('voicemail')} afluisterde."
    )


@shape
def reported_would(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('De')} {b.k('wijkcoach')} zou volgens {b.p(p.full)} al in {b.k('maart')} zijn langsgekomen, "
        f"maar daar is geen {b.k('verslag')} van."
    )


@shape
def let_know_via(r: random.Random, b: B) -> str:
    p, c = b.person(), b.person()
    return (
        f"{p.Title} {b.p(p.Sur)} liet via {p.haar} {b.k('dochter')} {b.p(c.first)} weten dat de "
        f"{b.k('afspraak')} niet doorgaat."
    )


@shape
def passive_rare_verb(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.k('Volgens')} de {b.k('klachtfunctionaris')} is {b.p(p.full)} aan de {b.k('balie')} onheus bejegend."


@shape
def passed_over(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Het')} {b.k('team')} {b.dept()} heeft {p.title} {b.p(p.Sur)} ten onrechte gepasseerd "
        f"bij de {b.k('toewijzing')}."
    )


@shape
def summoned(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('De')} {b.k('wethouder')} ontbood {b.role()} {b.p(p.full)} op het {b.k('stadhuis')} om uitleg te geven."
    )


@shape
def reprimanded(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Waarom')} wordt {b.p(p.full)} wél aangemaand en de {b.k('verhuurder')} niet, vraagt de "
        f"{b.k('bemiddelaar')} zich af."
    )


@shape
def passive_by(r: random.Random, b: B) -> str:
    p, o = b.person(), b.person()
    return (
        f"{b.k('De')} {b.k('aanvraag')} is door {b.p(p.full)} op tijd ingediend, maar door {o.title} "
        f"{b.p(o.Sur)} pas na {b.k('elf weken')} behandeld."
    )


@shape
def indirect_object(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.k('De')} {b.k('balie')} gaf {b.p(p.full)} het verkeerde {b.k('formulier')} mee, dat van de {b.org()}."


@shape
def owed_apology(r: random.Random, b: B) -> str:
    p, o = b.person(), b.person()
    return (
        f"{b.k('Excuses')} is de {b.k('gemeente')} {p.title} {b.p(p.Sur)} zeker verschuldigd, vindt "
        f"{b.role()} {b.p(o.first + ' ' + o.sur)}."
    )


@shape
def reassured(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Na')} het {b.k('telefoontje')} voelde {b.p(p.first)} zich eindelijk gerustgesteld, "
        f"schrijft de {b.k('bemiddelaar')}."
    )


@shape
def wrongly_fined(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Ten')} onrechte beboet: {b.p(p.full)}, eigenaar van de auto met kenteken "
        f"{b.plate()}, stond wél op de {b.k('vergunningsplek')}."
    )


# ---------------------------------------------------------------- appositions, roles, parentheses


@shape
def apposition_long_role(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.p(p.full)}, sinds {b.k('2019')} coördinator van het {b.k('buurtpreventieteam')} in {b.town()}, "
        f"vraagt om betere {b.k('verlichting')}."
    )


@shape
def role_first_apposition(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('De')} {b.k('senior')} {b.k('beleidsmedewerker')} {b.k('armoedebestrijding')} en "
        f"{b.k('schuldhulpverlening')}, {b.p(p.full)}, heeft de {b.k('regeling')} aangepast."
    )


@shape
def role_parentheses(r: random.Random, b: B) -> str:
    p, c = b.person(), b.person()
    return (
        f"{b.k('De')} {b.role()} ({b.p(p.full)}) stuurde de {b.k('mail')} door naar {c.title} "
        f"{b.p(c.Sur)}, die met {b.k('verlof')} was."
    )


@shape
def role_parentheses_initial(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Bij')} de {b.k('schouw')} was ook de {b.role()} ({b.p(p.initials + ' ' + p.sur)}) aanwezig; "
        f"{b.k('verslag')} volgt."
    )


@shape
def nickname_apposition(r: random.Random, b: B) -> str:
    first = r.choice(list(nm.NICKNAMES))
    p = b.person()
    p.first = first
    return (
        f"{b.p(p.full)}, in de {b.k('buurt')} beter bekend als {b.p(p.nick)}, maakt al jaren de "
        f"{b.k('speelplaats')} schoon."
    )


@shape
def nickname_quotes(r: random.Random, b: B) -> str:
    first = r.choice(list(nm.NICKNAMES))
    p = b.person()
    p.first = first
    return (
        f"{b.k('Volgens')} de {b.k('buren')} heet de {b.k('beheerder')} eigenlijk {b.p(p.full)}, "
        f"maar iedereen zegt '{b.p(p.nick)}'."
    )


@shape
def academic_title(r: random.Random, b: B) -> str:
    p, c = b.person(), b.person()
    return (
        f"{b.k('Mr.')} {b.p(p.full)} treedt op namens de {b.k('huurder')}; ir. {b.p(c.initials + ' ' + c.sur)} "
        f"namens de {b.k('aannemer')}."
    )


@shape
def late_name(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('De')} {b.k('erven')} van wijlen {b.p(p.full)} ontvingen in {b.k('april')} toch nog een "
        f"{b.k('aanslag')} {b.k('rioolheffing')}."
    )


@shape
def born_maiden(r: random.Random, b: B) -> str:
    p = b.person()
    while not p.female:
        p = b.person()
    maiden = b.person(origin=p.origin)
    return (
        f"{b.k('Aanvraagster')}: {p.short} {b.p(p.initials + ' ' + p.sur)}, geboren {b.p(maiden.last)}, "
        f"weduwe sinds {b.k('2021')}."
    )


@shape
def passport_order(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Naam')} zoals in het {b.k('paspoort')}: {b.p(p.last.upper())} {b.p(p.first)}; "
        f"{b.k('geboortedatum')} {b.dob()}."
    )


@shape
def double_role(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Mantelzorger')} en {b.k('bewindvoerder')} in één persoon: {b.p(p.full)} regelt alles voor "
        f"{p.haar} {b.k('moeder')}."
    )


# ---------------------------------------------------------------- possessives, plural families, prepositions


@shape
def possessive_full(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.k('Het')} is al {b.ps(p)} tweede {b.k('bezwaar')} tegen de {b.k('WOZ-waarde')} dit jaar."


@shape
def plural_family(r: random.Random, b: B) -> str:
    p = b.person()
    while p.last[-1] in "sxz":
        p = b.person()
    fam = p.last + ("'s" if p.last[-1] in "aeiouy" else "s")
    item = p.last if p.last[-1] in "aeiouy" else fam
    b.p(item)
    return f"{b.k('Bij')} de {fam} in de {b.street()} is het {b.k('water')} nog steeds niet afgesloten."


@shape
def on_behalf_of(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Namens')} {b.p(p.full)} vraag ik uitstel van de {b.k('betalingsregeling')}; {p.zij} ligt "
        f"in het {b.k('ziekenhuis')}."
    )


@shape
def for_benefit_dob(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Verzoek')} t.b.v. {b.p(p.full)} (°{b.dob()}) om {b.scheme()} met terugwerkende kracht "
        f"vanaf {b.k('januari')}."
    )


@shape
def between_people(r: random.Random, b: B) -> str:
    a, c = b.person(), b.person()
    return (
        f"{b.k('Tussen')} {b.p(a.full)} en {b.p(c.full)} boterde het niet sinds de {b.k('erfgrens')} "
        f"opnieuw is ingemeten."
    )


@shape
def such_as(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Bewoners')} zoals {b.p(p.full)} en {p.haar} {b.k('buurman')} lopen om de "
        f"{b.k('bouwhekken')} heen over de {b.k('rijbaan')}."
    )


@shape
def with_name_prep(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Samen')} met {b.p(p.full)} liep de {b.k('opzichter')} de {b.street()} af; "
        f"{b.k('zeven')} {b.k('putten')} zijn verstopt."
    )


# ---------------------------------------------------------------- lines, notes, chats, signatures


@shape
def dash_end_thanks(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Het')} {b.k('gat')} in de {b.k('fietsstraat')} is na drie meldingen gedicht – met dank aan "
        f"{b.p(p.full)}"
    )


@shape
def dash_signature(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.k('Eerlijk')} gezegd ben ik het {b.k('wachten')} helemaal zat — {b.p(p.full)}"


@shape
def chat_log(r: random.Random, b: B) -> str:
    p, m = b.person(), b.person()
    return (
        f"{b.p(p.first)}: is de {b.k('uitkering')} al overgemaakt??\n{b.p(m.first)}: {b.k('nog')} niet, "
        f"morgen kijk ik het na bij {b.dept()}"
    )


@shape
def lower_message(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('hallo')} is dit de {b.k('gemeente')}? ik ben de {b.k('kleindochter')} van "
        f"{b.p(p.full.lower())} en zij kan zelf niet meer bellen"
    )


@shape
def lower_greeting(r: random.Random, b: B) -> str:
    o, p = b.person(), b.person()
    return (
        f"{b.k('beste')} {b.p(o.first.lower())},\nkunt u nog even kijken naar mijn {b.k('aanvraag')}? "
        f"gr {b.p(p.full.lower())}"
    )


@shape
def caps_form(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.k('AANVRAGER')}: {b.p(p.full.upper())} / {b.k('WIJK')}: {b.k('CENTRUM')} / {b.k('TEL')}: {b.ph()}"


@shape
def caps_attn(r: random.Random, b: B) -> str:
    p = b.person()
    t = "MEVROUW" if p.female else "DE HEER"
    return f"{b.k('T.A.V.')} {t} {b.p(p.Sur.upper())}, {b.k('AFDELING')} {b.k(r.choice(DEPTS).upper())}"


@shape
def action_arrow(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Actie')}: {b.p(p.first + ' ' + p.sur)} → navragen bij {b.dept()}, vóór {b.day()}; "
        f"daarna {b.k('terugkoppeling')} aan de {b.k('melder')}."
    )


@shape
def pipe_row(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.p(p.Sur)}, {b.p(p.initials)} | {b.dob()} | {b.bsn()} | {b.scheme()}"


@shape
def sms_style(r: random.Random, b: B) -> str:
    p, o, m = b.person(), b.person(), b.person()
    return (
        f"{b.k('Hoi')} {b.p(p.first)}, de {b.k('afspraak')} met {b.p(o.full)} is verzet naar {b.day()}. "
        f"{b.k('Gr')}. {b.p(m.first)}"
    )


@shape
def diary_header(r: random.Random, b: B) -> str:
    p = b.person()
    d, mo = r.randint(1, 28), r.randint(1, 12)
    return (
        f"{b.k(r.choice(['Ma', 'Di', 'Wo', 'Do', 'Vr']) + f' {d}/{mo}')} — {p.short} {b.p(p.Sur)} gebeld, "
        f"geen gehoor; {b.k('voicemail')} ingesproken."
    )


@shape
def interview_quote(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.p(p.full)}: '{b.k('Ik')} voel me voor het eerst in {b.k('twee')} {b.k('jaar')} gehoord.'"


@shape
def thus_said(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"'{b.k('Niemand')} neemt hier de {b.k('telefoon')} op,' aldus {b.p(p.full)}, die sinds {b.k('oktober')} wacht."
    )


@shape
def wrote_us(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Zo')} schreef {b.p(p.full)} ons in {b.k('juni')}: de {b.k('geluidsoverlast')} van de "
        f"{b.k('horeca')} houdt {p.haar} kinderen wakker."
    )


@shape
def callback_note(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Terugbelverzoek')}: {b.p(p.first)} ({b.ph()}), liefst na {b.k('15.00 uur')}, over de "
        f"{b.k('huurachterstand')}."
    )


@shape
def called_by_daughter(r: random.Random, b: B) -> str:
    p, c = b.person(), b.person()
    p.female = True
    return f"{b.k('Gebeld')} door {b.p(c.first)} (dochter van mw. {b.p(p.Sur)}); graag terugbellen op {b.ph()}."


@shape
def email_then_name(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.k('Reacties')} graag naar {b.em(p)} ({b.p(p.full)}), niet naar het algemene {b.k('postadres')}."


@shape
def cc_line(r: random.Random, b: B) -> str:
    o, c = b.person(), b.person()
    town = r.choice(TOWNS)
    dom = re.sub(r"[^a-z]", "", town.lower()) + ".nl"
    return f"{b.k('cc')}: {b.p(o.initials + ' ' + o.sur)}; {b.em(c, dom)}; {b.k('archief')} {b.dept()}"


@shape
def paraph(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.k('Gezien')} en akkoord, {b.p(p.initials + ' ' + p.sur)}, {b.role()}, {b.day()}"


@shape
def tweet(r: random.Random, b: B) -> str:
    p = b.person()
    t = re.sub(r"[^a-z]", "", r.choice(TOWNS).lower())
    return (
        f"@{b.k('gemeente' + t)} waarom duurt het zo lang met de {b.k('drempel')}?? al 3 keer gemeld "
        f"groetjes {b.p(p.first.lower())}"
    )


@shape
def p_a_address(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.p(p.full)}\np/a {b.addr()}\n{b.pc()} {b.k(r.choice(TOWNS).upper())}"


@shape
def no_number_street(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Vanaf')} de hoek met de {b.street()} tot aan de {b.k('rotonde')} is het {b.k('fietspad')} "
        f"onbegaanbaar, meldt {b.p(p.full)}."
    )


@shape
def behind_address(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Achter')} {b.addr()} staat een {b.k('caravan')} zonder {b.k('vergunning')}; eigenaar zou "
        f"{b.p(p.full)} zijn."
    )


@shape
def moved_from_to(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.k('Verhuisd')}: {b.p(p.full)}, van {b.addr()} naar {b.addr()} ({b.pc()}), {b.k('per')} {b.day()}."


@shape
def residence_pc(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Postcode')} en woonplaats van {b.p(p.full)}: {b.pc()} {b.town()}; de {b.k('brieven')} "
        f"gingen naar het oude adres."
    )


# ---------------------------------------------------------------- identifiers in own frames


@shape
def case_under_number(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Onder')} nummer {b.case()} is de {b.k('melding')} van {b.p(p.full)} over de "
        f"{b.k('stankoverlast')} geregistreerd."
    )


@shape
def case_subject_line(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Onderwerp')}: RE: [{b.case()}] {b.k('kapotte')} {b.k('stoeptegel')}\n{b.k('Beste')} "
        f"{p.title} {b.p(p.Sur)},"
    )


@shape
def case_known_as(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Het')} {b.k('dossier')} dat bij ons bekendstaat als {b.case()} hoort niet bij "
        f"{b.p(p.full)} maar bij {p.haar} {b.k('broer')}."
    )


@shape
def case_header(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Zaak')} {b.case()} — {b.dept()}\n{b.k('Behandelaar')} {b.p(p.initials + ' ' + p.sur)}, "
        f"{b.k('toestel')} {b.k(str(r.randint(2000, 4999)))}"
    )


@shape
def case_mention_request(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Vermeld')} bij elke {b.k('betaling')} dit nummer: {b.case()}. {b.k('Vragen')}? "
        f"{b.p(p.first)} helpt u graag."
    )


@shape
def bsn_son(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Het')} BSN-nummer van mijn {b.k('zoon')} {b.p(p.first)} is {b.bsn()}, dat van mij "
        f"staat op het {b.k('formulier')}."
    )


@shape
def bsn_old_sofi(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.k('Sofinummer')} (nu {b.k('burgerservicenummer')}) van {b.p(p.full)}: {b.bsn()}"


@shape
def iban_mother(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Het')} {b.k('geld')} mag naar de {b.k('rekening')} van mijn moeder, {b.iban()}, "
        f"op naam van {b.p(p.initials + ' ' + p.sur)}."
    )


@shape
def iban_refund(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Terugstorting')} van {b.amount()} naar {b.iban()} is op {b.day()} gedaan; "
        f"{b.p(p.full)} heeft dit bevestigd."
    )


@shape
def plate_disabled(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('De')} {b.k('bestelbus')} met {b.plate()} staat al weken op de "
        f"{b.k('invalidenparkeerplaats')} van {b.p(p.full)}."
    )


@shape
def plate_bare_line(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Foutparkeerder')}: {b.plate()} ({b.k('grijze')} {b.k('Opel')}), gemeld door "
        f"{b.p(p.first)} van nummer {b.k(str(r.randint(2, 99)))}."
    )


@shape
def dob_star(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.p(p.full)} (* {b.dob()}) woont sinds {b.k('2024')} zelfstandig en vraagt {b.scheme()} aan."


@shape
def dob_age_line(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Alleenstaand')}, {b.dob()}, geen {b.k('netwerk')}; {b.k('contactpersoon')} bij "
        f"{b.dept()} is {b.p(p.full)}"
    )


@shape
def dob_without_cue(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Cliënt')}: {b.p(p.full)}, {b.dob()}, {b.addr()}, {b.pc()} {b.town()}; "
        f"{b.k('indicatie')} {b.k('verlopen')}."
    )


@shape
def phone_foreign_family(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.k('Alleen')} {p.haar} {b.k('zus')} in het {b.k('buitenland')} neemt op: {b.p(p.first)} via {b.ph()}."


@shape
def imperative_send(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Stuur')} het {b.k('besluit')} naar {b.p(p.full)}, {b.addr()}, en niet meer naar "
        f"het {b.k('adres')} van de {b.k('ex-partner')}."
    )


@shape
def contact_imperative(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Neem')} voor de {b.k('sleutel')} van het {b.k('buurthuis')} contact op met {b.p(p.first)} "
        f"({b.ph()}) of mail {b.em(p)}."
    )


@shape
def mediator_record(r: random.Random, b: B) -> str:
    p, o = b.person(), b.person()
    return (
        f"{b.k('Afgesproken')}: {b.role()} {b.p(o.full)} belt {p.title} {b.p(p.Sur)} uiterlijk "
        f"{b.day()} terug; {b.k('lukt')} dat niet, dan mailt {o.zij}."
    )


@shape
def compared_officials(r: random.Random, b: B) -> str:
    o, c = b.person(), b.person()
    return (
        f"{b.k('Waar')} {b.p(o.Sur)} van {b.dept()} geen reden zag, zag {b.p(c.first + ' ' + c.sur)} van "
        f"de {b.org()} die wel."
    )


ID_SHAPES: list[Shape] = []


def id_shape(fn: Shape) -> Shape:
    SHAPES.append(fn)
    ID_SHAPES.append(fn)
    return fn


@id_shape
def iban_tnv_lower(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('graag')} overmaken op {b.iban()} ten name van {b.p(p.full.lower())}, dat is mijn {b.k('schoonmoeder')}"
    )


@id_shape
def bsn_children(r: random.Random, b: B) -> str:
    a, c = b.person(), b.person()
    return (
        f"{b.k('Kinderen')} in het {b.k('huishouden')}: {b.p(a.first)} ({b.bsn()}) en {b.p(c.first)} "
        f"({b.bsn()}), beiden {b.k('leerplichtig')}."
    )


@id_shape
def plate_caps_line(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.k('KENTEKEN')} {b.plate().upper()} {b.k('STAAT')} OP {b.k('NAAM')} VAN {b.p(p.full.upper())}"


@id_shape
def postcode_lower(r: random.Random, b: B) -> str:
    p = b.person()
    pc = b.x("POSTCODE", nm.make_postcode(r).lower())
    return (
        f"{b.k('mijn')} {b.k('postcode')} is {pc} en het huisnummer {b.k(str(r.randint(2, 180)))}, "
        f"de {b.k('pakketbezorger')} kan het nooit vinden groet {b.p(p.first.lower())}"
    )


@id_shape
def dob_ordinal_frame(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Geboortedag')} en -jaar van de {b.k('aanvrager')} ({b.p(p.full)}) volgens de {b.k('BRP')}: {b.dob()}."
    )


@id_shape
def case_lower(r: random.Random, b: B) -> str:
    p = b.person()
    c = b.x("CASE_NUMBER", nm.make_case(r).lower())
    return (
        f"{b.k('het')} {b.k('zaaknummer')} is {c} zei {b.p(p.first.lower())} van de {b.k('telefoon')} "
        f"maar ik hoor al weken niks"
    )


@id_shape
def two_phones(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.p(p.full)} is overdag bereikbaar op {b.ph()}, {b.k('na')} {b.k('18.00 uur')} op {b.ph()}."


@id_shape
def forwarded_mail(r: random.Random, b: B) -> str:
    p, m = b.person(), b.person()
    return (
        f"{b.k('Doorgestuurd')} door {b.p(m.first)}: het {b.k('bericht')} kwam van {b.em(p)} en ging over "
        f"de {b.k('kwijtschelding')}."
    )


@id_shape
def plate_and_case(r: random.Random, b: B) -> str:
    p = b.person()
    return (
        f"{b.k('Wegsleepregeling')}: voertuig {b.plate()}, {b.k('proces-verbaal')} {b.case()}, eigenaar "
        f"{p.short} {b.p(p.Sur)}."
    )


@id_shape
def bsn_iban_compact(r: random.Random, b: B) -> str:
    p = b.person()
    return f"{b.k('Gegevens')} voor de {b.k('uitbetaling')} — {b.p(p.full)}; bsn {b.bsn()}; rek. {b.iban()}"


# ---------------------------------------------------------------- known names: the name's word in its ordinary use

WORD_NPS: list[tuple[str, str, str, list[str]]] = [
    ("last", "Storm", "de storm van vorige week die het dak beschadigde", ["dak"]),
    ("last", "Vink", "de ontbrekende vink bij de machtiging", ["machtiging"]),
    ("last", "Tak", "de afgebroken tak op de oprit", ["oprit"]),
    ("last", "Steen", "de losse steen in het trottoir", ["trottoir"]),
    ("last", "Winter", "de kou van afgelopen winter in de slaapkamer", ["slaapkamer"]),
    ("last", "Koster", "de koster die de kerkklok om zeven uur luidt", ["kerkklok"]),
    ("last", "Haring", "de geur van haring bij de viskraam", ["viskraam"]),
    ("last", "Kraai", "een kraai die elke ochtend de vuilniszakken openpikt", ["vuilniszakken"]),
    ("last", "Wolf", "de wolf die bij de heide is gezien", ["heide"]),
    ("last", "Haas", "een haas die de tulpen in het plantsoen opeet", ["plantsoen"]),
    ("last", "Blok", "het blok garages achter de flat", ["garages"]),
    ("last", "Hamer", "het geklop met een hamer na tien uur 's avonds", ["geklop"]),
    ("last", "Wind", "de wind die de containers omblaast", ["containers"]),
    ("last", "Brug", "de brug over het kanaal die al weken dicht is", ["kanaal"]),
    ("last", "Haan", "de haan van de buren die om vijf uur kraait", ["buren"]),
    ("last", "Duif", "de duif die op het balkon nestelt", ["balkon"]),
    ("last", "Prins", "de prins van het carnaval en zijn gevolg", ["carnaval"]),
    ("last", "Beek", "de beek achter de tuin die buiten haar oevers treedt", ["oevers"]),
    ("last", "Vos", "een vos die de kippen van de kinderboerderij pakt", ["kinderboerderij"]),
    ("last", "Kok", "de kok van het verzorgingshuis", ["verzorgingshuis"]),
    ("last", "Schipper", "de schipper van de pont die te vroeg vertrekt", ["pont"]),
    ("last", "Spijker", "een roestige spijker in de traptrede", ["traptrede"]),
    ("first", "Roos", "de roos tegen de gevel die de buurman wil weghalen", ["gevel"]),
    ("first", "Merel", "een merel die in de dakgoot nestelt", ["dakgoot"]),
    ("first", "Linde", "de oude linde voor het huis die gekapt moet worden", ["gekapt"]),
    ("first", "Jasmijn", "de jasmijn langs de schutting", ["schutting"]),
    ("first", "Iris", "een ontsteking aan de iris van haar linkeroog", ["ontsteking"]),
    ("first", "Mees", "de mees in het vogelhuisje van de school", ["vogelhuisje"]),
]


def known_person(b: B) -> tuple[nm.Person, str, str, str]:
    """A resident whose name holds a Dutch word; returns the person, the bare name part, the word and its NP."""
    r = b.r
    kind, word, np, extra = r.choice(WORD_NPS)
    if kind == "last":
        p = b.person(origin=r.choice(["nederlands", "nederlands", "fries", "creools", "antilliaans", "moluks"]))
        p.last = word
        p.particle = r.choice(["", "", "", "de"]) if word not in ("Prins", "Steen") else ""
        bare = p.Sur
    else:
        p = b.person(origin="nederlands")
        p.first = word
        p.female = word != "Mees"
        bare = word
    for w in extra:
        b.k(w)
    b.k(word.lower())
    b.ordinary.add(word.lower())
    b.known.append(p.full)
    return p, bare, word, np


def _bare(p: nm.Person, bare: str) -> str:
    return f"{p.title} {bare}" if bare != p.first else bare


def known_shape(fn: Shape) -> Shape:
    KNOWN_SHAPES.append(fn)
    return fn


@known_shape
def known_worry(r: random.Random, b: B) -> str:
    p, bare, _, np = known_person(b)
    return (
        f"{b.p(p.full)} maakt zich zorgen over {np}. {b.k('Graag')} actie, schrijft {_bare(p, b.p(bare))} "
        f"aan {b.dept()}."
    )


@known_shape
def known_called_twice(r: random.Random, b: B) -> str:
    p, bare, _, np = known_person(b)
    return (
        f"{b.k('Over')} {np} heeft {b.p(p.full)} al twee keer gebeld; volgens {_bare(p, b.p(bare))} gebeurt er niets."
    )


@known_shape
def known_not_problem(r: random.Random, b: B) -> str:
    p, bare, _, np = known_person(b)
    return f"{b.k('Volgens')} {b.p(p.full)} is {np} het echte {b.k('probleem')}, niet de {b.k('parkeerdruk')}."


@known_shape
def known_headline(r: random.Random, b: B) -> str:
    p, bare, _, np = known_person(b)
    return (
        f"{b.k('Klacht')} van {b.p(p.full)}: wie is verantwoordelijk voor {np}? {b.k('Ook')} "
        f"{_bare(p, b.p(bare))} weet het niet."
    )


@known_shape
def known_dash(r: random.Random, b: B) -> str:
    p, bare, _, np = known_person(b)
    return f"{b.k('Wie')} ruimt {np} eindelijk op? — {b.p(p.full)}, {b.addr()}"


@known_shape
def known_photo(r: random.Random, b: B) -> str:
    p, bare, _, np = known_person(b)
    return (
        f"{b.k('Foto')} ingestuurd door {b.p(p.full)}, met {np}. {b.k('De')} {b.k('opzichter')} "
        f"gaat bij {_bare(p, b.p(bare))} langs."
    )


@known_shape
def known_lower(r: random.Random, b: B) -> str:
    p, bare, _, np = known_person(b)
    return f"{b.k('mijn')} naam is {b.p(p.full)} en ik bel over {np}, mijn nummer is {b.ph()}"


@known_shape
def known_mediator(r: random.Random, b: B) -> str:
    p, bare, _, np = known_person(b)
    o = b.person()
    return (
        f"{b.k('Bemiddeling')}: {b.role()} {b.p(o.full)} en {b.p(p.full)} spraken af dat {np} "
        f"vóór {b.day()} wordt bekeken; {_bare(p, b.p(bare))} is tevreden."
    )


@known_shape
def known_exclaim(r: random.Random, b: B) -> str:
    p, bare, _, np = known_person(b)
    return f"{b.k('Eindelijk')} iemand die luistert, zegt {b.p(p.full)} over {np}!"


@known_shape
def known_question(r: random.Random, b: B) -> str:
    p, bare, _, np = known_person(b)
    return f"{b.k('Kan')} de {b.k('gemeente')} iets doen aan {np}, vraagt {b.p(p.full)} ({b.em(p)})."


# ---------------------------------------------------------------- documents and gate

WORD_RE = re.compile(r"[\w'’.-]+")


def gate(d: dict, ordinary: set[str]) -> list[str]:
    """Problems of one document (empty when it passes)."""
    problems: list[str] = []
    try:
        SCORE.check_doc(d)
    except AssertionError as e:
        problems.append(f"check_doc {e}")
    for it in d["pii"]:
        if it["label"] not in LABELS:
            problems.append(f"label {it}")
        if it["label"] == "BSN" and not nm.bsn_ok(it["text"]):
            problems.append(f"bsn {it}")
        if it["label"] == "IBAN" and not nm.iban_ok(it["text"]):
            problems.append(f"iban {it}")
    name_words = set()
    for it in d["pii"]:
        if it["label"] == "PERSON":
            for w in re.split(r"[\s-]+", it["text"].lower()):
                w = w.strip(".'")
                if len(w) > 1 and w not in GATE_PARTICLES:
                    name_words.add(w)
    for k in d["keep"]:
        if not re.search(r"(?<![\w])" + re.escape(k) + r"(?![\w])", d["text"]):
            problems.append(f"keep not a whole word {k!r}")
        for w in re.split(r"[\s-]+", k.lower()):
            w = w.strip(".,'")
            if w in name_words and w not in ordinary:
                problems.append(f"keep shares name word {k!r}")
    if len({json.dumps(i, sort_keys=True) for i in d["pii"]}) != len(d["pii"]):
        problems.append("duplicate pii")
    return problems


REDRAWS: dict[int, int] = {}


def make_doc(i: int) -> dict:
    r = random.Random(f"{SEED}-{i}")
    for attempt in range(200):
        b = B(r)
        if i % 4 == 3:
            main = KNOWN_SHAPES[(i // 4) % len(KNOWN_SHAPES)]
        else:
            main = SHAPES[(i - i // 4) % len(SHAPES)]
        parts = [main(r, b)]
        x = r.random()
        extra = 0 if x < 0.4 else 1 if x < 0.85 else 2
        used = {main}
        for _ in range(extra):
            fn = r.choice(ID_SHAPES if r.random() < 0.45 else SHAPES)
            while fn in used:
                fn = r.choice(SHAPES)
            used.add(fn)
            parts.append(fn(r, b))
        text = ""
        for part in parts:
            if not text:
                text = part
            elif "\n" in part or "\n" in text or text.rstrip()[-1] not in ".!?" or part[0].islower():
                text += "\n\n" + part
            else:
                text += " " + part
        d = {"id": f"fresh15a-{i:04d}", "text": text, "pii": b.pii, "keep": b.keep}
        if b.known:
            d["known"] = {"names": b.known}
        if not gate(d, b.ordinary):
            REDRAWS[i] = attempt
            return d
    raise RuntimeError(f"document {i} fails its gate 200 times")


def generate() -> list[dict]:
    return [make_doc(i) for i in range(N_DOCS)]


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed file differs from regeneration")
    ap.add_argument("--stats", action="store_true", help="print counts per label and the number of shapes")
    args = ap.parse_args(argv)
    docs = generate()
    text = render(docs)
    if args.stats:
        c = Counter(it["label"] for d in docs for it in d["pii"])
        print(json.dumps(dict(c.most_common()), indent=1))
        print("shapes:", len(SHAPES), "+ known:", len(KNOWN_SHAPES))
        print("known docs:", sum("known" in d for d in docs), "keep items:", sum(len(d["keep"]) for d in docs))
        return 0
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.name} differs from regeneration", file=sys.stderr)
            return 1
        print(f"{OUT.name} matches regeneration ({len(docs)} documents)")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
