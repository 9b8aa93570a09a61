"""Blind anonymizer corpus fresh34e: allotment, community and school gardens and urban farming on municipal land.

Seeded: document i draws from random.Random("20261285-<i>"); a document failing gate() is redrawn from
"20261285-<i>-<attempt>". Usage: make_fresh34e.py [--check | --stats]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fmt34e as F  # noqa: E402
import names34e as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("score34e", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 20261285
N_DOCS = 300
OUT = HERE / "fresh34e_texts.jsonl"
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

SHAPES: dict[str, str] = {}


def shape(fn):
    """Register a shape (document kind, line shape or sentence shape); calling it records its use."""
    SHAPES[fn.__name__] = (fn.__doc__ or "").strip()

    def wrapped(d, *a, **kw):
        d.shapes.append(fn.__name__)
        return fn(d, *a, **kw)

    wrapped.__name__ = fn.__name__
    return wrapped


COMPLEXES = [
    "Tuinpark De Klaverweide",
    "Volkstuinvereniging Ons Buiten",
    "ATV De Zonnebloem",
    "Tuinpark Rust en Vreugd",
    "Tuinpark Nieuw Leven",
    "VTV De Groene Vingers",
    "Tuinvereniging Vlinderweide",
    "Tuinpark De Hoge Weide",
    "Amateurtuindersvereniging De Eendracht",
    "Volkstuinpark Sorghvliet",
    "Buurttuin Het Groene Hart",
    "Stadsboerderij De Hooiberg",
    "Tuinpark Zonnehoek",
    "Tuinpark Morgenrood",
]
FUNCS = [
    ("beleidsmedewerker volkstuinen", "Openbare Ruimte"),
    ("accountmanager vastgoed", "Vastgoed"),
    ("medewerker grondzaken", "Grondzaken"),
    ("toezichthouder", "Handhaving"),
    ("projectleider woningbouw", "Ruimtelijke Ontwikkeling"),
    ("gebiedsregisseur", "Wijkzaken"),
    ("juridisch adviseur", "Juridische Zaken"),
    ("coördinator schooltuinen", "Educatie"),
    ("beheerder groen", "Stadsbeheer"),
    ("medewerker", "Klantcontactcentrum"),
]


class Person:
    def __init__(self, first, particle, sur, gender, group, known=False):
        self.first, self.particle, self.sur, self.gender, self.group, self.known = (
            first,
            particle,
            sur,
            gender,
            group,
            known,
        )

    @property
    def last(self):
        return f"{self.particle} {self.sur}" if self.particle else self.sur

    @property
    def Last(self):
        s = self.last
        return s[0].upper() + s[1:]

    @property
    def full(self):
        return f"{self.first} {self.last}"


class Doc:
    def __init__(self, r, did, known):
        self.r, self.id, self.is_known = r, did, known
        self.pii, self.keep, self.shapes, self.people = [], [], [], []
        self.known = None
        self.soft = []  # keep candidates that count only where the text uses them

    def add(self, label, text):
        if {"text": text, "label": label} not in self.pii:
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, *ws):
        for w in ws:
            if w not in self.keep:
                self.keep.append(w)

    # ---- people
    def person(self, gender=None, group=None, family_of=None):
        r = self.r
        gender = gender or r.choice("mf")
        if family_of is not None:
            g = N.GROUPS[family_of.group]
            first = r.choice(g[0] if gender == "m" else g[1])
            return self._reg(Person(first, family_of.particle, family_of.sur, gender, family_of.group), family_of)
        group = group or r.choice(list(N.GROUPS))
        males, females, a, b, how = N.GROUPS[group]
        first = r.choice(males if gender == "m" else females)
        particle = ""
        if how == "cat":
            sur = r.choice(a) + r.choice(b)
        elif how == "pre":
            p = r.choice(a)
            rest = r.choice(b)
            sur = p + (rest.capitalize() if p.endswith((" ", "-")) else rest)
        elif how == "sp":
            sur = r.choice(a) + " " + r.choice(b)
        elif how == "hyph":
            sur = r.choice(a) + (("-" + r.choice(b)) if r.random() < 0.5 else "")
        else:
            sur = r.choice(a)
        if group == "Nederlands" and r.random() < 0.75:
            particle = r.choice(N.DUTCH_PARTICLES)
        return self._reg(Person(first, particle, sur, gender, group))

    def _reg(self, p, family_of=None):
        for q in self.people:
            if q.first == p.first or q.sur == p.sur and q.first == p.first:
                if family_of is None:
                    return self.person(p.gender)
                return self.person(p.gender, family_of=family_of)
        self.people.append(p)
        return p

    def known_person(self):
        r = self.r
        particle, sur, word, sentence = r.choice(N.KNOWN)
        g = r.choice("mf")
        p = Person(r.choice(N.KNOWN_FIRST[g]), particle, sur, g, "Nederlands", known=True)
        self.people.append(p)
        self.known = {"names": [p.full]}
        self.known_word = (word, sentence)
        return p

    def full(self, p):
        return self.add("PERSON", p.full)

    def bare(self, p):
        return self.add("PERSON", p.Last)

    def first(self, p):
        return self.add("PERSON", p.first)

    def ini(self, p):
        return self.add("PERSON", f"{p.first[0]}. {p.last}")

    def poss(self, p):
        s = p.Last
        s += "'" if s.endswith("s") else "'s" if s[-1] in "aeiouy" else "s"
        return self.add("PERSON", s)

    def caps(self, p):
        return self.add("PERSON", f"{p.last.upper()}, {p.first[0]}.")

    def comma(self, p):
        return self.add("PERSON", f"{p.Last}, {p.first}")

    def handle(self, p):
        if p.known:
            return self.first(p)
        s = (
            N.ascii_(p.first).lower().replace("-", "")
            + self.r.choice(["_", ".", ""])
            + N.ascii_(p.sur).lower().replace(" ", "").replace("-", "").replace("'", "")[:6]
        )
        return self.add("PERSON", s)

    def lowfirst(self, p):
        if p.known:
            return self.first(p)
        return self.add("PERSON", p.first.lower())

    def title(self, p):
        return ("mevrouw" if p.gender == "f" else "de heer"), ("mw." if p.gender == "f" else "dhr.")

    # ---- other items
    def email(self, p):
        r = self.r
        f, s = N.ascii_(p.first).lower().replace("-", ""), N.ascii_(p.last).lower().replace(" ", "").replace("'", "")
        local = r.choice(
            [
                f"{f}.{s}",
                f"{f[0]}.{s}",
                f"{s}.{f}",
                f"{f}{s[:4]}{r.randint(10, 99)}",
                f"{f[0]}{s}{r.randint(1950, 2001)}",
                f"{f}_{s}",
            ]
        )
        e = self.add("EMAIL", f"{local}@{r.choice(F.DOMAINS)}")
        if p.known and e not in self.known.setdefault("emails", []):
            self.known["emails"].append(e)
        return e

    def work_email(self, p, gm):
        s = N.ascii_(p.last).lower().replace(" ", "").replace("'", "")
        return self.add("EMAIL", f"{N.ascii_(p.first[0]).lower()}.{s}@{gm[2]}")

    def phone(self, mobile=None, owner=None):
        t = self.add("PHONE", F.phone(self.r, mobile))
        if owner is not None and owner.known:
            self.known.setdefault("phones", []).append(t)
        return t

    def address(self):
        st = F.street(self.r)
        return st, self.add("ADDRESS", f"{st} {F.housenr(self.r)}")

    def street_only(self, st):
        return self.add("ADDRESS", st)

    def postcode(self):
        return self.add("POSTCODE", F.postcode(self.r))

    def bsn(self):
        return self.add("BSN", F.bsn(self.r))

    def iban(self):
        return self.add("IBAN", F.iban(self.r))

    def plate(self):
        return self.add("LICENSE_PLATE", F.plate(self.r))

    def case(self):
        cue, num = F.case_number(self.r)
        self.add("CASE_NUMBER", num)
        return cue, num

    def dob(self):
        cue, s = F.dob(self.r)
        self.add("DATE_OF_BIRTH", s)
        return (cue + " " + s).strip() if cue != "°" else f"°{s}" if self.r.random() < 0.5 else f"° {s}"

    def date(self, y0=2025, y1=2026):
        s = F.long_date(*F.rdate(self.r, y0, y1))
        self.k(s)
        return s

    def euro(self, lo, hi):
        v = self.r.randint(lo, hi)
        s = f"{v},{self.r.choice(['00', '50', '25', '75'])}"
        self.k(s)
        return f"€ {s}"


# ------------------------------------------------------------------ context helpers
def official(d):
    p = d.person()
    fn, dept = d.r.choice(FUNCS)
    d.k(dept)
    return p, fn, dept


def resident(d):
    return d.known_person() if d.is_known and d.known is None else d.person()


def tuinnr(d):
    return d.r.choice(
        [
            f"tuin {d.r.randint(1, 140)}",
            f"tuin {d.r.choice('ABCDE')}{d.r.randint(1, 40)}",
            f"perceel {d.r.randint(1, 99)}",
            f"kavel {d.r.randint(1, 80)}-{d.r.choice('ab')}",
        ]
    )


def ctx(d):
    gm = d.r.choice(F.GEMEENTEN)
    cx = d.r.choice(COMPLEXES)
    d.soft += [gm[0], cx.split()[-1]]
    return gm, cx


# ------------------------------------------------------------------ kinds and their shapes
@shape
def letter_head(d, gm, cue_num=None):
    """letter heading: municipality, date, our reference"""
    cue, num = cue_num or d.case()
    dt = d.date()
    d.k("Gemeente", "Datum")
    return f"Gemeente {gm[0]} — afdeling {d.r.choice(['Vastgoed', 'Openbare Ruimte', 'Grondzaken'])}\nDatum: {dt}\n{cue.capitalize()}: {num}"


@shape
def address_block(d, p):
    """addressee block: title + initial + name, street, postcode and place"""
    st, adr = d.address()
    pc = d.postcode()
    t = d.title(p)[1].capitalize() if d.r.random() < 0.5 else ("Mevrouw" if p.gender == "f" else "De heer")
    return f"{t} {d.ini(p)}\n{adr}\n{pc}  {d.r.choice(F.GEMEENTEN)[0].upper()}"


@shape
def wl_position(d, p, cx):
    """waiting list: your place on the list"""
    n = d.r.randint(3, 88)
    d.k("wachtlijst", "inschrijving", "positie")
    return (
        f"Beste {d.title(p)[0]} {d.bare(p)},\nU staat op positie {n} van de wachtlijst voor {cx}. Uw inschrijving "
        f"van {d.date(2021, 2024)} blijft geldig zolang u jaarlijks reageert op onze herinnering."
    )


@shape
def wl_reply_slip(d, p):
    """waiting list: reply slip with fields"""
    d.k("Strookje", "Telefoon", "E-mail")
    return (
        f"Strookje terugsturen — Naam: {d.full(p)} | Telefoon: {d.phone(owner=p)} | E-mail: {d.email(p)} | "
        f"Ik blijf ingeschreven: ja / nee"
    )


@shape
def closing_generic(d, gm):
    """closing with generic municipal contact data"""
    d.k(gm[1], f"info@{gm[2]}", "Vragen")
    return f"Vragen? Bel {gm[1]} (op werkdagen van 8.30 tot 17.00 uur) of mail naar info@{gm[2]}."


@shape
def signed_official(d, p, fn, dept):
    """signature: name, function, department"""
    return f"Met vriendelijke groet,\n\n{d.full(p)}\n{fn.capitalize()}, afdeling {dept}"


@shape
def kind_wachtlijstbrief(d):
    """document kind: letter about the waiting list"""
    gm, cx = ctx(d)
    p = resident(d)
    o, fn, dept = official(d)
    return [
        letter_head(d, gm),
        address_block(d, p),
        wl_position(d, p, cx),
        wl_reply_slip(d, p),
        closing_generic(d, gm),
        signed_official(d, o, fn, dept),
    ]


@shape
def wl_row(d):
    """waiting list table row: number | surname, first name | date of birth | phone | registered"""
    p = d.person()
    cue, s = F.dob(d.r)
    d.add("DATE_OF_BIRTH", s)
    return f"{d.r.randint(1, 120):>3} | {d.comma(p)} | {s} | {d.phone()} | {d.r.randint(2019, 2025)}"


@shape
def wl_table_head(d, cx):
    """waiting list table heading with column names"""
    d.k("Wachtlijst", "Geboortedatum", "Ingeschreven")
    return f"Wachtlijst {cx} (stand {d.date(2026, 2026)})\nNr | Naam | Geboortedatum | Telefoon | Ingeschreven"


@shape
def wl_table_note(d, p):
    """remark under the table about a withdrawn candidate"""
    d.k("Opmerking", "afgemeld", "verhuisd")
    return f"Opmerking: {d.ini(p)} heeft zich afgemeld (verhuisd naar {d.r.choice(F.GEMEENTEN)[0]})."


@shape
def kind_wachtlijsttabel(d):
    """document kind: waiting list as a table"""
    gm, cx = ctx(d)
    lines = [wl_table_head(d, cx)]
    if d.is_known:
        p = resident(d)
        cue, s = F.dob(d.r)
        d.add("DATE_OF_BIRTH", s)
        lines.append(f"{d.r.randint(1, 120):>3} | {d.comma(p)} | {s} | {d.phone(owner=p)} | {d.r.randint(2019, 2025)}")
    lines += [wl_row(d) for _ in range(d.r.randint(2, 4))]
    lines.append(wl_table_note(d, d.person()))
    d.k("secretariaat")
    lines.append(f"Verstuurd door het secretariaat, {gm[0]}.")
    return lines


@shape
def lease_parties(d, gm, cx, p):
    """lease: parties clause with the association's chairman"""
    d.k("Partijen", "verhuurder", "huurder", "voorzitter")
    return (
        f"Partijen: de gemeente {gm[0]}, hierna verhuurder, en de vereniging {cx}, hierna huurder, "
        f"vertegenwoordigd door haar voorzitter {d.full(p)}, wonende te {d.address()[1]}."
    )


@shape
def lease_rent(d):
    """lease: annual rent per square metre and indexation"""
    d.k("huurprijs", "indexering", "CPI")
    return (
        f"De huurprijs bedraagt {d.euro(1200, 9800)} per jaar, met jaarlijkse indexering volgens de CPI per 1 januari."
    )


@shape
def lease_bank(d, p):
    """lease: treasurer and bank account of the association"""
    d.k("penningmeester", "rekening")
    return f"Betalingen lopen via de penningmeester, {d.ini(p)}, rekening {d.iban()} t.n.v. de vereniging."


@shape
def lease_term(d):
    """lease: term and notice clause"""
    d.k("opzegtermijn", "looptijd", "Burgerlijk Wetboek")
    return (
        f"De looptijd is tien jaar vanaf {d.date(2024, 2026)}; de opzegtermijn is twaalf maanden, "
        f"onverminderd het Burgerlijk Wetboek."
    )


@shape
def kind_huurovereenkomst(d):
    """document kind: lease of the complex between municipality and association"""
    gm, cx = ctx(d)
    cue, num = d.case()
    chair, treas = resident(d), d.person()
    d.k("Huurovereenkomst")
    return [
        f"Huurovereenkomst grond volkstuincomplex — {cue} {num}",
        lease_parties(d, gm, cx, chair),
        lease_rent(d),
        lease_term(d),
        lease_bank(d, treas),
    ]


@shape
def member_signatory(d, p):
    """member agreement: undersigned with birth date and address"""
    _, adr = d.address()
    d.k("Ondergetekende", "wonende")
    return f"Ondergetekende {d.full(p)}, {d.dob()}, wonende {adr}, {d.postcode()},"


@shape
def member_plot(d, cx):
    """member agreement: which plot, its size and the rent"""
    d.k("huurt", "oppervlakte", "tuinhuur")
    return (
        f"huurt van {cx} {tuinnr(d)} met een oppervlakte van {d.r.choice([100, 150, 200, 250, 300])} m², "
        f"tegen een tuinhuur van {d.euro(60, 290)} per jaar."
    )


@shape
def member_rules(d):
    """member agreement: the rules apply"""
    d.k("Huishoudelijk Reglement", "Bouwreglement")
    return "Het Huishoudelijk Reglement en het Bouwreglement maken deel uit van deze overeenkomst."


@shape
def member_incasso(d, p):
    """member agreement: direct debit mandate"""
    d.k("Machtiging", "incasso")
    return f"Machtiging incasso: rekening {d.iban()} ten name van {d.ini(p)}."


@shape
def kind_tuinovereenkomst(d):
    """document kind: member's plot agreement"""
    gm, cx = ctx(d)
    p = resident(d)
    return [
        f"TUINOVEREENKOMST {cx.upper()}",
        member_signatory(d, p),
        member_plot(d, cx),
        member_rules(d),
        member_incasso(d, p),
        f"Getekend te {gm[0]} op {d.date()}.",
    ]


@shape
def shed_finding(d, p, tn):
    """shed/greenhouse over the allowed size: finding"""
    d.k("bouwcommissie", "kas", "toegestaan")
    size = d.r.choice(["14 m²", "18 m²", "11,5 m²", "22 m²"])
    return (
        f"Bij de controle van de bouwcommissie bleek dat de kas op {tn} van {d.title(p)[0]} {d.bare(p)} "
        f"{size} groot is, terwijl maximaal 6 m² is toegestaan."
    )


@shape
def shed_demand(d):
    """shed: demand to reduce within a term"""
    dt = d.date(2026, 2026)
    d.k("termijn", "verwijderen")
    return f"Wij verzoeken u het bouwwerk vóór {dt} te verkleinen of te verwijderen. Na die termijn volgt een tweede brief."


@shape
def shed_omgevingswet(d):
    """shed: reference to the permit rules"""
    d.k("Omgevingswet", "omgevingsplan")
    return "Een bouwwerk boven de 10 m² is ook volgens het omgevingsplan onder de Omgevingswet vergunningplichtig."


@shape
def shed_photo(d, p):
    """shed: photo attachment file named after the member"""
    if p.known:
        fn_ = f"foto_kas_{d.r.randint(1, 99)}.jpg"
    else:
        low = N.ascii_(p.sur).lower().replace(" ", "").replace("-", "")
        d.add("PERSON", low)
        fn_ = f"kas_{low}_{d.r.randint(1, 99)}.jpg"
    d.k("Bijlage")
    return f"Bijlage: {fn_}"


@shape
def kind_bouwbrief(d):
    """document kind: board letter about a shed or greenhouse over the allowed size"""
    gm, cx = ctx(d)
    p = resident(d)
    sec = d.person()
    tn = tuinnr(d)
    d.k("Bestuur")
    return [
        f"Bestuur {cx}",
        f"Aan: {d.full(p)}, {tn}",
        shed_finding(d, p, tn),
        shed_omgevingswet(d),
        shed_demand(d),
        shed_photo(d, p),
        f"Namens het bestuur, {d.full(sec)} (secretaris)",
    ]


@shape
def boa_obs(d, p, tn):
    """enforcement report: observation of an overnight stay"""
    t = d.r.choice(["05.40", "06.15", "23.10", "22.45"])
    d.k("Waarneming", "Overnachten", "slaapzak")
    return (
        f"Waarneming {d.date()} om {t} uur: in het tuinhuisje op {tn} trof ik {d.full(p)} aan, {d.dob()}, "
        f"met slaapzak en gaskachel. Overnachten is op het complex niet toegestaan."
    )


@shape
def boa_car(d, p):
    """enforcement report: car at the gate with licence plate"""
    d.k("Voertuig", "toegangshek")
    return f"Voertuig bij het toegangshek: grijze Opel Corsa, kenteken {d.plate()}, op naam van {d.bare(p)}."


@shape
def boa_id(d, p):
    """enforcement report: identification with BSN"""
    d.k("Legitimatie", "identiteitskaart")
    return f"Legitimatie: identiteitskaart, BSN {d.bsn()}. Betrokkene verklaarde dat {'zij' if p.gender == 'f' else 'hij'} tijdelijk geen woonruimte heeft."


@shape
def boa_referral(d, p):
    """enforcement report: referral to the social team"""
    d.k("Wijkteam", "doorverwezen", "dakloosheid")
    return f"{d.bare(p)} is doorverwezen naar het Wijkteam in verband met dreigende dakloosheid."


@shape
def kind_handhavingsrapport(d):
    """document kind: enforcement report about overnight stays"""
    gm, cx = ctx(d)
    p = resident(d)
    boa = d.person()
    cue, num = d.case()
    d.k("Rapportage", "Handhaving")
    return [
        f"Rapportage Handhaving {gm[0]} — {cue} {num}",
        boa_obs(d, p, tuinnr(d)),
        boa_car(d, p),
        boa_id(d, p),
        boa_referral(d, p),
        f"Opgemaakt door toezichthouder {d.full(boa)}.",
    ]


@shape
def meter_line(d, p, tn):
    """utility bill: meter reading line"""
    a, b = d.r.randint(100, 900), d.r.randint(1000, 3000)
    d.k("Meterstand", "kWh")
    return f"Meterstand {tn} ({d.ini(p)}): begin {a} kWh, eind {b} kWh, verbruik {b - a} kWh."


@shape
def water_line(d):
    """utility bill: water charge"""
    d.k("Waterverbruik", "vastrecht")
    return f"Waterverbruik: vastrecht {d.euro(15, 40)}, per m³ {d.euro(1, 3)}."


@shape
def pay_line(d, p):
    """utility bill: pay to the association's account"""
    d.k("Graag", "penningmeester")
    return (
        f"Graag binnen 30 dagen overmaken op {d.iban()} onder vermelding van uw naam. Vragen aan de "
        f"penningmeester: {d.email(p)}."
    )


@shape
def kind_nota(d):
    """document kind: bill for water and electricity of a plot"""
    gm, cx = ctx(d)
    p = resident(d)
    t = d.person()
    d.k("Nota", "Elektra")
    return [
        f"Nota Water en Elektra {d.r.choice([2025, 2026])} — {cx}",
        f"Aan {d.full(p)}",
        meter_line(d, p, tuinnr(d)),
        water_line(d),
        pay_line(d, t),
        f"De penningmeester, {d.full(t)}",
    ]


@shape
def theft_report(d, p):
    """theft: what was taken from whose shed"""
    d.k("ingebroken", "gereedschap", "aangifte")
    return (
        f"In de nacht van {d.date()} is ingebroken in de schuur van {d.full(p)}; gereedschap en een "
        f"benzinemaaier zijn weg. Er is aangifte gedaan."
    )


@shape
def theft_vehicle(d):
    """theft: suspicious van seen, plate noted"""
    d.k("bestelbus", "Buurtpreventie")
    return f"Buurtpreventie zag rond middernacht een witte bestelbus met kenteken {d.plate()} bij de achteringang."


@shape
def theft_mor(d, gm):
    """theft: municipal report number for the broken fence"""
    cue, num = d.case()
    d.k("hekwerk", "Stadsbeheer")
    return f"Het kapotte hekwerk is gemeld bij Stadsbeheer {gm[0]} ({cue} {num})."


@shape
def theft_neighbour(d, p):
    """theft: neighbour's statement with phone"""
    d.k("Buurman", "getuige")
    return f"Buurman {d.full(p)} ({tuinnr(d)}) is getuige en bereikbaar op {d.phone()}."


@shape
def kind_diefstal(d):
    """document kind: report of theft and vandalism on the complex"""
    gm, cx = ctx(d)
    p = resident(d)
    d.k("Melding", "vandalisme")
    return [
        f"Melding diefstal en vandalisme {cx}",
        theft_report(d, p),
        theft_vehicle(d),
        theft_mor(d, gm),
        theft_neighbour(d, d.person()),
    ]


@shape
def evict_reason(d, p, tn):
    """plot taken away: reasons"""
    d.k("verwaarlozing", "waarschuwingen")
    return (
        f"Na drie schriftelijke waarschuwingen wegens verwaarlozing van {tn} zegt het bestuur de "
        f"tuinovereenkomst met {d.full(p)} op."
    )


@shape
def evict_deadline(d):
    """plot taken away: clear the plot by a date"""
    d.k("ontruimd", "opstallen")
    return f"De tuin moet uiterlijk {d.date(2026, 2026)} ontruimd zijn; achtergelaten opstallen worden op uw kosten verwijderd."


@shape
def evict_appeal(d, gm):
    """plot taken away: appeal route"""
    d.k("Ledenvergadering", "beroep")
    return f"U kunt binnen vier weken in beroep gaan bij de Algemene Ledenvergadering of een verzoek tot afstemming doen bij de gemeente {gm[0]}."


@shape
def evict_family(d, p):
    """plot taken away: family member wants to take over"""
    fam = d.person(gender=d.r.choice("mf"), family_of=p)
    rel = {"m": ["zoon", "broer", "man"], "f": ["dochter", "zus", "vrouw"]}[fam.gender]
    d.k("overnemen", "overdracht")
    return (
        f"{d.poss(p)} {d.r.choice(rel)} {d.full(fam)} wil de tuin overnemen; overdracht binnen de familie kan "
        f"alleen via de wachtlijst."
    )


@shape
def kind_opzegging(d):
    """document kind: notice that a plot is taken away from a member"""
    gm, cx = ctx(d)
    p = resident(d)
    cue, num = d.case()
    d.k("Opzegging", "Aangetekend")
    st, adr = d.address()
    return [
        f"Aangetekend — {cue} {num}",
        f"{d.full(p)}, {adr}, {d.postcode()}",
        f"Opzegging tuinovereenkomst {cx}",
        evict_reason(d, p, tuinnr(d)),
        evict_deadline(d),
        evict_family(d, p),
        evict_appeal(d, gm),
    ]


@shape
def move_announce(d, gm, cx):
    """complex move: announcement for housing"""
    d.k("woningbouw", "gemeenteraad", "verplaatst")
    return (
        f"De gemeenteraad van {gm[0]} heeft op {d.date()} besloten dat {cx} wordt verplaatst "
        f"om ruimte te maken voor woningbouw."
    )


@shape
def move_compensation(d):
    """complex move: compensation per plot"""
    d.k("vergoeding", "taxatie")
    return f"Elke tuinder krijgt een vergoeding voor opstallen op basis van een taxatie, met een minimum van {d.euro(400, 900)}."


@shape
def move_contact(d, p, fn, dept, gm):
    """complex move: project leader with direct phone and email"""
    return (
        f"Projectleider {d.full(p)} ({fn}, {dept}) houdt spreekuur in de kantine; "
        f"rechtstreeks: {d.phone(False)}, {d.work_email(p, gm)}."
    )


@shape
def move_objector(d, p):
    """complex move: a member's objection quoted"""
    d.k("bezwaar", "fruitbomen")
    return f"{d.title(p)[0].capitalize()} {d.bare(p)} maakt bezwaar: 'Mijn fruitbomen staan er al dertig jaar.'"


@shape
def kind_verplaatsing(d):
    """document kind: the complex moves for new housing"""
    gm, cx = ctx(d)
    o = d.person()
    p = resident(d)
    cue, num = d.case()
    d.k("Nieuwsbrief", "verplaatsing")
    return [
        f"Nieuwsbrief verplaatsing {cx} — {cue}: {num}",
        move_announce(d, gm, cx),
        move_compensation(d),
        move_objector(d, p),
        move_contact(d, o, "projectleider woningbouw", "Ruimtelijke Ontwikkeling", gm),
    ]


@shape
def minutes_present(d, ps):
    """minutes: present and absent with initials"""
    d.k("Aanwezig", "Afwezig", "notulen")
    pres = ", ".join(d.ini(p) for p in ps[:-1])
    return f"Aanwezig: {pres} (notulen). Afwezig met bericht: {d.full(ps[-1])}."


@shape
def minutes_item(d, p):
    """minutes: agenda item with decision"""
    d.k("Besluit", "Ingekomen")
    topic = d.r.choice(
        [
            "de aanvraag voor een bijenkast",
            "de nieuwe waterleiding",
            "het composteren",
            "de huurverhoging",
            "de kantinedienst",
        ]
    )
    return f"3. Ingekomen: brief van {d.full(p)} over {topic}. Besluit: het bestuur antwoordt binnen twee weken."


@shape
def minutes_action(d, p):
    """minutes: action point with owner and date"""
    d.k("Actiepunt", "Gemeente")
    return f"Actiepunt: {d.first(p)} belt de Gemeente over de lekkende hoofdkraan, vóór {d.date()}."


@shape
def minutes_member(d, p):
    """minutes: personal circumstance of a member (birth date in member register)"""
    d.k("Ledenadministratie", "ereleden")
    return f"Ledenadministratie: {d.full(p)} ({d.dob()}) wordt voorgedragen voor de lijst van ereleden."


@shape
def kind_notulen(d):
    """document kind: board minutes"""
    gm, cx = ctx(d)
    ps = [d.person() for _ in range(3)]
    p = resident(d)
    d.k("Bestuursvergadering")
    return [
        f"Notulen Bestuursvergadering {cx}, {d.date()}",
        minutes_present(d, ps),
        minutes_item(d, p),
        minutes_action(d, ps[0]),
        minutes_member(d, d.person()),
    ]


@shape
def board_selling(d, p):
    """notice board: selling plants or tools"""
    d.k("TE KOOP", "tomatenplanten")
    return f"TE KOOP: tomatenplanten en een kruiwagen, {d.euro(2, 25)}. Bel {d.first(p)} ({tuinnr(d)}): {d.phone(True)}"


@shape
def board_lost(d, p):
    """notice board: found keys"""
    d.k("Gevonden", "sleutelbos")
    return f"Gevonden: sleutelbos bij de composthoop. Af te halen bij {d.full(p)}, {tuinnr(d)}."


@shape
def board_welcome(d, p, q):
    """notice board: welcome new members by name"""
    d.k("Welkom", "nieuwe")
    return f"Welkom aan onze nieuwe leden {d.full(p)} en {d.full(q)}!"


@shape
def board_work(d):
    """notice board: work day"""
    d.k("Werkochtend", "zaterdag")
    return f"Werkochtend: zaterdag {d.date(2026, 2026)}, verzamelen om 9.00 uur bij de kantine."


@shape
def kind_prikbord(d):
    """document kind: notice-board messages"""
    gm, cx = ctx(d)
    p = resident(d)
    d.k("Prikbord")
    return [
        f"Prikbord {cx}",
        board_work(d),
        board_selling(d, p),
        board_lost(d, d.person()),
        board_welcome(d, d.person(), d.person()),
    ]


@shape
def chat_line(d, p, msg):
    """WhatsApp: line with timestamp and saved name"""
    h, m = d.r.randint(6, 22), d.r.randint(0, 59)
    return f"[{d.r.randint(1, 28):02d}-{d.r.randint(3, 10):02d} {h:02d}:{m:02d}] {d.full(p) if d.r.random() < 0.5 else d.first(p)}: {msg}"


@shape
def chat_unsaved(d, msg):
    """WhatsApp: message from an unsaved number"""
    h, m = d.r.randint(6, 22), d.r.randint(0, 59)
    return f"[{d.r.randint(1, 28):02d}-{d.r.randint(3, 10):02d} {h:02d}:{m:02d}] {d.phone(True)}: {msg}"


@shape
def chat_mention(d, p):
    """WhatsApp: @-mention with a lower-case handle"""
    return f"@{d.handle(p)} jouw slang ligt nog over het pad 😅"


@shape
def chat_system(d, p, q):
    """WhatsApp: system line, member added"""
    d.k("toegevoegd")
    return f"{d.full(p)} heeft {d.full(q)} toegevoegd"


@shape
def kind_whatsapp(d):
    """document kind: WhatsApp group of the complex"""
    gm, cx = ctx(d)
    p, q, s = resident(d), d.person(), d.person()
    d.k("Appgroep", "Hoofdkraan", "waterleiding", "Dinsdag")
    lines = [
        f"Appgroep {cx}",
        chat_system(d, s, q),
        chat_line(d, p, "Hoofdkraan staat weer open, waterleiding is gerepareerd 👍"),
        chat_unsaved(d, "Wie heeft er nog een spade te leen? Dinsdag ben ik er."),
        chat_mention(d, q),
    ]
    if d.r.random() < 0.5:
        lines.append(f"~ {d.lowfirst(s)}: ok top")
    return lines


@shape
def check_row(d, p, tn):
    """inspection checklist: row per plot with marks"""
    marks = lambda: d.r.choice(["✓", "✗", "v", "x", "-"])
    d.k("onkruid", "paden", "bouwsels")
    return f"{tn:<10} {d.caps(p):<22} onkruid {marks()}  paden {marks()}  bouwsels {marks()}"


@shape
def check_summary(d):
    """inspection: summary of results"""
    d.k("Schouwcommissie", "herschouw")
    return f"Schouwcommissie: {d.r.randint(3, 12)} tuinen onvoldoende; herschouw op {d.date(2026, 2026)}."


@shape
def check_note(d, p):
    """inspection: free note about one plot holder"""
    d.k("Toelichting", "ziekenhuis")
    return f"Toelichting: {d.title(p)[0]} {d.bare(p)} lag in het ziekenhuis; geen sanctie."


@shape
def kind_schouw(d):
    """document kind: inspection round with a checklist per plot"""
    gm, cx = ctx(d)
    p = resident(d)
    d.k("Schouwlijst", "voorjaar")
    ps = [d.person() for _ in range(d.r.randint(2, 4))]
    return (
        [f"Schouwlijst voorjaar {cx}"]
        + [check_row(d, x, tuinnr(d)) for x in [p] + ps]
        + [check_note(d, p), check_summary(d)]
    )


@shape
def med_intake(d, p, q, gm):
    """mediator: intake of conflict between two plot holders"""
    d.k("Intake", "erfgrens", "conflict")
    return (
        f"Intake {d.date()}: conflict tussen {d.full(p)} en {d.full(q)} over de erfgrens en een "
        f"overhangende walnotenboom. Beiden huren grond van de gemeente {gm[0]}."
    )


@shape
def med_view(d, p, claim):
    """mediator: one party's view"""
    d.k("Standpunt")
    return f"Standpunt {d.bare(p)}: {claim}"


@shape
def med_agree(d, p, q):
    """mediator: agreement reached"""
    d.k("Afspraak", "snoeien")
    return (
        f"Afspraak: {d.first(p)} laat de boom in november snoeien, {d.first(q)} haalt het hekje "
        f"twintig centimeter terug. Evaluatie over drie maanden."
    )


@shape
def med_sign(d, m):
    """mediator: signature of the mediator"""
    d.k("bemiddelaar", "Verzoek tot Afstemming")
    return f"— {d.full(m)}, bemiddelaar Verzoek tot Afstemming"


@shape
def kind_bemiddeling_tuinders(d):
    """document kind: mediator's notes of a conflict between two plot holders"""
    gm, cx = ctx(d)
    p, q, m = resident(d), d.person(), d.person()
    cue, num = d.case()
    d.k("Gespreksverslag")
    return [
        f"Gespreksverslag {cue} {num}",
        med_intake(d, p, q, gm),
        med_view(d, p, "'De bladeren verstikken mijn aardbeien.'"),
        med_view(d, q, "'Het hekje staat al jaren zo, dat is nooit een probleem geweest.'"),
        med_agree(d, p, q),
        med_sign(d, m),
    ]


@shape
def medb_issue(d, chair, gm):
    """mediator: board versus municipality, the issue"""
    d.k("achterstallig", "onderhoud", "bestuur")
    return (
        f"Het bestuur (voorzitter {d.full(chair)}) vindt dat de gemeente {gm[0]} het achterstallig onderhoud "
        f"van de toegangsweg al twee jaar laat liggen."
    )


@shape
def medb_official(d, o, fn, dept):
    """mediator: official's response with function and department"""
    return f"Namens de gemeente sprak {d.full(o)}, {fn} bij {dept}: het budget is pas in het najaar beschikbaar."


@shape
def medb_phone(d, chair):
    """mediator: contact data of the chairman"""
    return f"Contact voorzitter: {d.phone(owner=chair)} / {d.email(chair)}."


@shape
def medb_outcome(d):
    """mediator: outcome and control question"""
    d.k("Uitkomst", "Controlevraag", "opgelost")
    return "Uitkomst: gaten worden in maart gevuld. Controlevraag gesteld: is alles besproken? Ja. Status: opgelost."


@shape
def kind_bemiddeling_bestuur(d):
    """document kind: mediator's notes, board versus municipality"""
    gm, cx = ctx(d)
    chair = resident(d)
    o, fn, dept = official(d)
    m = d.person()
    cue, num = d.case()
    return [
        f"Verslag afstemming {cx} / gemeente {gm[0]} ({cue} {num})",
        medb_issue(d, chair, gm),
        medb_official(d, o, fn, dept),
        medb_phone(d, chair),
        medb_outcome(d),
        med_sign(d, m),
    ]


@shape
def school_mail_head(d, t, o, gm):
    """school garden: e-mail header lines"""
    d.k("Onderwerp", "Schooltuin")
    return f"Van: {d.email(t)}\nAan: {d.work_email(o, gm)}\nOnderwerp: Schooltuin groep 6 — nieuwe beurt"


@shape
def school_body(d, t, o):
    """school garden: teacher asks the coordinator"""
    d.k("Beste", "leerlingen", "zaaien")
    return (
        f"Beste {d.first(o)},\nMet 28 leerlingen willen we op {d.date(2026, 2026)} beginnen met zaaien. "
        f"Kunnen we weer op de tuinen naast de gymzaal?"
    )


@shape
def school_parents(d, a, b):
    """school garden: parent volunteers"""
    d.k("Hulpouders")
    return f"Hulpouders: {d.full(a)} (moeder van Lotte) en {d.full(b)}, {d.phone()}."


@shape
def school_sign(d, t, school):
    """school garden: signature of the teacher"""
    d.k("leerkracht", school)
    return f"Groet,\n{d.full(t)}, leerkracht groep 6, {school}"


@shape
def kind_schooltuin(d):
    """document kind: e-mail about a school garden"""
    gm, cx = ctx(d)
    t = resident(d)
    o = d.person()
    school = d.r.choice(["Kindcentrum", "Montessorischool", "Daltonschool", "Jenaplanschool"])
    return [
        school_mail_head(d, t, o, gm),
        school_body(d, t, o),
        school_parents(d, d.person(), d.person()),
        school_sign(d, t, school),
    ]


@shape
def farm_initiator(d, p):
    """urban farming: initiators and their foundation"""
    d.k("Stichting", "Initiatiefnemers")
    return f"Initiatiefnemers: {d.full(p)} en {d.full(d.person())}, namens Stichting Stadsoogst."


@shape
def farm_plan(d, gm):
    """urban farming: what land and for what"""
    d.k("braakliggende", "pluktuin", "Right to Challenge")
    return (
        f"Wij vragen de gemeente {gm[0]} om het braakliggende perceel achter de sporthal via de "
        f"Right to Challenge in gebruik te geven voor een pluktuin en een kippenren."
    )


@shape
def farm_budget(d, p):
    """urban farming: budget and account"""
    d.k("begroting", "subsidie")
    return f"De begroting is {d.euro(3000, 18000)}; subsidie graag op {d.iban()} t.n.v. {d.ini(p)}."


@shape
def farm_contact(d, p):
    """urban farming: contact address of an initiator"""
    st, adr = d.address()
    d.k("Contactadres")
    return f"Contactadres: {adr}, {d.postcode()} — {d.email(p)}"


@shape
def kind_stadslandbouw(d):
    """document kind: application for urban farming on municipal land"""
    gm, cx = ctx(d)
    p = resident(d)
    cue, num = d.case()
    d.k("Aanvraag", "stadslandbouw")
    return [
        f"Aanvraag stadslandbouw — {cue} {num}",
        farm_initiator(d, p),
        farm_plan(d, gm),
        farm_budget(d, p),
        farm_contact(d, p),
    ]


@shape
def mail_header(d, p, gm):
    """resident e-mail: header with name and address in angle brackets"""
    d.k("Onderwerp")
    return (
        f"Van: {d.full(p)} <{d.email(p)}>\nAan: volkstuinen@{gm[2]}\n"
        f"Onderwerp: {d.r.choice(['elektra', 'huur', 'wachtlijst', 'hek'])} tuinpark"
    )


@shape
def mail_body_water(d, p):
    """resident e-mail: complaint about water pressure"""
    d.k("waterdruk", "sproeien", "Geachte")
    st, adr = d.address()
    home = f"Ik woon op {adr}" if d.r.random() < 0.5 else f"Ik woon aan de {d.street_only(st)}"
    if home.startswith("Ik woon aan"):
        d.pii.remove({"text": adr, "label": "ADDRESS"})
    return (
        f"Geachte heer/mevrouw,\nSinds {d.date()} is de waterdruk op het complex zo laag dat sproeien "
        f"onmogelijk is. {home} en fiets er elke dag heen."
    )


@shape
def mail_sig(d, p):
    """resident e-mail: signature with phone"""
    d.k("Hartelijke groet")
    return f"Hartelijke groet,\n{d.ini(p)}\ntel. {d.phone(owner=p)}"


@shape
def kind_mail(d):
    """document kind: resident's e-mail to the municipality"""
    gm, cx = ctx(d)
    p = resident(d)
    d.k(f"volkstuinen@{gm[2]}")
    return [mail_header(d, p, gm), mail_body_water(d, p), mail_sig(d, p)]


@shape
def phone_note_head(d, o):
    """phone note: taken by KCC employee"""
    d.k("Telefoonnotitie", "Klantcontactcentrum")
    return f"Telefoonnotitie Klantcontactcentrum, {d.date()}, aangenomen door {d.ini(o)}"


@shape
def phone_note_caller(d, p):
    """phone note: caller with number and date of birth for verification"""
    d.k("Beller", "geverifieerd")
    return f"Beller: {d.full(p)}, {d.phone(owner=p)}, geverifieerd met {d.dob()}."


@shape
def phone_note_question(d, p):
    """phone note: question in indirect speech"""
    d.k("Vraag", "verhuur", "kantine")
    return (
        f"Vraag: {d.title(p)[0]} {d.bare(p)} wil weten of de verhuur van de kantine voor een verjaardag mag "
        f"volgens het reglement van het tuinpark."
    )


@shape
def phone_note_forward(d, o, fn, dept):
    """phone note: forwarded to an official"""
    d.k("Doorgezet", "terugbelverzoek")
    return f"Doorgezet naar {d.full(o)} ({fn}, {dept}) als terugbelverzoek."


@shape
def kind_telefoonnotitie(d):
    """document kind: phone note of the contact centre"""
    gm, cx = ctx(d)
    p = resident(d)
    o, fn, dept = official(d)
    return [
        phone_note_head(d, d.person()),
        phone_note_caller(d, p),
        phone_note_question(d, p),
        phone_note_forward(d, o, fn, dept),
    ]


@shape
def form_fields(d, p):
    """request form: labelled fields one per line"""
    st, adr = d.address()
    d.k("Naam", "Adres", "Postcode", "Telefoonnummer")
    return (
        f"Naam: {d.full(p)}\nAdres: {adr}\nPostcode: {d.postcode()}\nTelefoonnummer: {d.phone(owner=p)}\n"
        f"E-mailadres: {d.email(p)}"
    )


@shape
def form_question(d, cx):
    """request form: what is it about"""
    d.k("Waar gaat uw verzoek over", "elektriciteit")
    return (
        f"Waar gaat uw verzoek over? De elektriciteit op {cx} is afgesloten omdat de vereniging de "
        f"rekening niet betaald heeft, maar ik heb mijn deel wel betaald."
    )


@shape
def form_wish(d):
    """request form: desired outcome"""
    d.k("Wat wilt u bereiken", "stroom")
    return "Wat wilt u bereiken? Dat de stroom terugkomt voor de leden die gewoon betaald hebben."


@shape
def form_tracking(d):
    """request form: receipt with tracking code"""
    cue, num = d.case()
    d.k("Ontvangstbevestiging", "volgcode")
    return f"Ontvangstbevestiging: uw verzoek is geregistreerd onder {num}; met deze volgcode ziet u de status."


@shape
def kind_formulier(d):
    """document kind: web form request for coordination"""
    gm, cx = ctx(d)
    p = resident(d)
    d.k("Verzoek tot afstemming")
    return [
        "Verzoek tot afstemming — webformulier",
        form_fields(d, p),
        form_question(d, cx),
        form_wish(d),
        form_tracking(d),
    ]


@shape
def news_jubilee(d, p):
    """newsletter: member anniversary with birth date"""
    d.k("jaar lid", "Gefeliciteerd")
    return f"Gefeliciteerd: {d.full(p)} ({d.dob()}) is dit jaar 40 jaar lid!"


@shape
def news_obituary(d, p):
    """newsletter: in memoriam"""
    d.k("overleden", "Kantine")
    return f"Op {d.date()} is {d.full(p)} overleden. {'Haar' if p.gender == 'f' else 'Zijn'} rozen op {tuinnr(d)} blijven staan. Kantine dicht die middag."


@shape
def news_harvest(d, p):
    """newsletter: harvest feast with organiser"""
    d.k("Oogstfeest", "pompoensoep")
    return f"Oogstfeest op {d.date(2026, 2026)}: {d.poss(p)} pompoensoep is terug. Opgeven bij {d.first(p)}."


@shape
def news_family(d, p):
    """newsletter: family members on the same plot"""
    fam = d.person(family_of=p)
    d.k("samen", "kleinkinderen")
    return f"{d.full(p)} tuiniert tegenwoordig samen met {d.full(fam)} en de kleinkinderen."


@shape
def kind_nieuwsbrief(d):
    """document kind: association newsletter"""
    gm, cx = ctx(d)
    p = resident(d)
    d.k("Tuinnieuws")
    return [
        f"Tuinnieuws {cx} — {d.r.choice(['lente', 'zomer', 'herfst'])}editie",
        news_jubilee(d, d.person()),
        news_harvest(d, p),
        news_family(d, d.person()),
        news_obituary(d, d.person()),
    ]


@shape
def disc_request(d, p):
    """rent discount: applicant with BSN and birth date"""
    d.k("Stadspas", "korting", "Aanvrager")
    return f"Aanvrager: {d.full(p)}, BSN {d.bsn()}, {d.dob()}, vraagt korting op de tuinhuur met de Stadspas."


@shape
def disc_decision(d, gm):
    """rent discount: decision with amount"""
    d.k("Besluit", "Meedoenregeling")
    return f"Besluit: toegekend op grond van de Meedoenregeling {gm[0]}, korting {d.euro(40, 120)} per jaar."


@shape
def disc_partner(d, p):
    """rent discount: partner in the household"""
    fam = d.person(family_of=p)
    d.k("Partner", "huishouden")
    return f"Partner in het huishouden: {d.full(fam)}, BSN {d.bsn()}."


@shape
def disc_objection(d):
    """rent discount: objection clause with case number"""
    cue, num = d.case()
    d.k("Algemene wet bestuursrecht", "zes weken")
    return f"Bezwaar kan binnen zes weken volgens de Algemene wet bestuursrecht; vermeld {cue} {num}."


@shape
def kind_korting(d):
    """document kind: decision on rent discount via city pass"""
    gm, cx = ctx(d)
    p = resident(d)
    d.k("Beschikking", "Sociaal Domein")
    return [
        f"Beschikking Sociaal Domein {gm[0]}",
        disc_request(d, p),
        disc_partner(d, p),
        disc_decision(d, gm),
        disc_objection(d),
    ]


@shape
def known_ordinary(d, p):
    """known name: the name's word in its ordinary lower-case use, then the bare surname"""
    word, sentence = d.known_word
    d.k(word)
    return f"{sentence} Volgens {d.title(p)[0]} {d.bare(p)} is dat al langer zo."


KINDS = [
    kind_wachtlijstbrief,
    kind_wachtlijsttabel,
    kind_huurovereenkomst,
    kind_tuinovereenkomst,
    kind_bouwbrief,
    kind_handhavingsrapport,
    kind_nota,
    kind_diefstal,
    kind_opzegging,
    kind_verplaatsing,
    kind_notulen,
    kind_prikbord,
    kind_whatsapp,
    kind_schouw,
    kind_bemiddeling_tuinders,
    kind_bemiddeling_bestuur,
    kind_schooltuin,
    kind_stadslandbouw,
    kind_mail,
    kind_telefoonnotitie,
    kind_formulier,
    kind_nieuwsbrief,
    kind_korting,
]


# ------------------------------------------------------------------ gate
WORD = re.compile(r"[^\W\d_]+")


def _words(s):
    return {w for w in WORD.findall(s.lower()) if w not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    """None when the document passes, else the reason."""
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not F.bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not F.iban_ok(it["text"]):
            return f"iban {it['text']}"
    text = doc["text"]
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    names = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            names |= _words(it["text"])
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= _words(n)
    for k in doc["keep"]:
        shared = _words(k) & names
        if shared and not (k == k.lower() and k in known_words):
            return f"keep {k!r} shares {shared} with a name"
    return None


# ------------------------------------------------------------------ build
def build(i, attempt):
    seed = f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}"
    import random

    r = random.Random(seed)
    d = Doc(r, f"fresh34e-{i:04d}", i % 4 == 1)
    kind = KINDS[(i + attempt) % len(KINDS)]
    lines = kind(d)
    if d.is_known:
        kp = next(p for p in d.people if p.known)
        pos = r.randint(1, len(lines))
        lines.insert(pos, known_ordinary(d, kp))
    text = "\n".join(lines)
    for w in d.soft:
        if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
            d.k(w)
    doc = {"id": d.id, "text": text, "pii": d.pii, "keep": d.keep}
    if d.is_known:
        doc["known"] = d.known
    return doc, d.shapes + ["group:" + p.group for p in d.people]


def generate():
    docs, used, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        for attempt in range(50):
            doc, shapes = build(i, attempt)
            if gate(doc) is None:
                break
            redraws += 1
        else:
            raise SystemExit(f"document {i} fails its gate: {gate(doc)}")
        docs.append(doc)
        used.update(set(shapes))
    groups = {s for s in used if s.startswith("group:")}
    for g in groups:
        del used[g]
    used["groups"] = len(groups)
    return docs, used, redraws


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    docs, used, redraws = generate()
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == dump(docs)
        print("fresh34e_texts.jsonl is up to date" if same else "fresh34e_texts.jsonl differs")
        sys.exit(0 if same else 1)
    if a.stats:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"pii items: {sum(labels.values())}; keep words: {sum(len(d['keep']) for d in docs)}")
        print(
            f"shapes registered: {len(SHAPES)}; shapes used: {len(used) - 1} "
            f"(document kinds: {sum(1 for s in used if s.startswith('kind_'))})"
        )
        print(f"origin groups among the persons: {used['groups']}")
        print(f"known-name documents: {sum(1 for d in docs if 'known' in d)}")
        print(f"redraws: {redraws}")
        return
    OUT.write_text(dump(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")


if __name__ == "__main__":
    main()
