#!/usr/bin/env python3
"""Generator of the blind anonymizer corpus fresh26c (helper F26C, round twenty).

Register: guardianship, protective administration and estates. Seed 202620103; document i draws from
random.Random("202620103-<i>"), a document failing gate() is redrawn from "202620103-<i>-<attempt>".

Usage: make_fresh26c.py [--check | --stats]
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
import f26c_names as NM  # noqa: E402

_spec = importlib.util.spec_from_file_location("f26c_score", HERE.parent / "corpora" / "score.py")
SCORE = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SCORE)

SEED = 202620103
N_DOCS = 300
OUT = HERE / "fresh26c_texts.jsonl"
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

SHAPES: dict[str, str] = {}  # shape name -> kind ("doc", "zin", "regel")
POOLS: dict[str, list] = {}


def shape(name: str, pool: str | None = None):
    def deco(fn):
        SHAPES[name] = pool or "doc"
        fn.shape_name = name
        if pool:
            POOLS.setdefault(pool, []).append(fn)
        return fn

    return deco


# ----------------------------------------------------------------------------------------------- document builder
class Doc:
    def __init__(self, r: random.Random):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.known_names: list[str] = []
        self.known_emails: list[str] = []
        self.known_phones: list[str] = []

    def p(self, text: str, label: str) -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, word: str) -> str:
        if word not in self.keep:
            self.keep.append(word)
        return word

    def use(self, pool: str, c, n: int = 1) -> list[str]:
        fns = self.r.sample(POOLS[pool], n)
        out = []
        for fn in fns:
            self.shapes.append(fn.shape_name)
            out.append(fn(self, c))
        return out

    # ---- persons
    def full(self, p) -> str:
        return self.p(p["full"], "PERSON")

    def first(self, p) -> str:
        return self.p(p["first"], "PERSON")

    def sur(self, p) -> str:
        """Surname standing alone after a title: Dutch particle capitalised."""
        return self.p(p["sur"], "PERSON")

    def ini(self, p) -> str:
        return self.p(p["ini"], "PERSON")

    def caps(self, p) -> str:
        return self.p(p["full"].upper(), "PERSON")

    def poss(self, p) -> str:
        f = p["first"]
        form = f + "'" if f[-1] in "sxz" else (f + "'s" if f[-1] in "aeiouy" else f + "s")
        return self.p(form, "PERSON")

    def lastfirst(self, p) -> str:
        self.p(p["core"], "PERSON")
        self.p(p["first"], "PERSON")
        return f"{p['core']}, {p['first']}" + (f" {p['part']}" if p["part"] else "")

    def slug(self, p) -> str:
        s = NM.ascii_fold((p["part"] + p["core"]).replace(" ", "").replace("'", "")).lower().replace(".", "")
        return self.p(s, "PERSON")


def person(r, origin=None, surname_of=None):
    origin = origin or r.choice(list(NM.ORIGINS))
    firsts, (stems, ends), parts = NM.ORIGINS[origin]
    first = r.choice(firsts)
    if surname_of:
        part, core = surname_of["part"], surname_of["core"]
        while first == surname_of["first"]:
            first = r.choice(firsts)
    else:
        stem, end = r.choice(stems), r.choice(ends)
        part, core = "", stem + end
        pre = r.choice(parts)
        if origin == "be":
            core = pre + (stem.capitalize() if pre.endswith(" ") else stem)
        elif origin == "nl" or pre in ("da ", "dos ", "di ", "von "):
            part = pre.strip()
        else:
            core = pre + core
    full = f"{first} {part + ' ' if part else ''}{core}"
    sur = (part[0].upper() + part[1:] + " " if part else "") + core
    ini = f"{first[0]}. {part + ' ' if part else ''}{core}"
    return {"first": first, "part": part, "core": core, "full": full, "sur": sur, "ini": ini, "origin": origin}


def title(r, fem=None):
    return r.choice(["mevrouw", "de heer", "mw.", "dhr.", "mevr."])


# ----------------------------------------------------------------------------------------------- identifiers
def money(r, lo, hi) -> str:
    v = r.randint(lo * 100, hi * 100)
    e, c = divmod(v, 100)
    es = f"{e:,}".replace(",", ".")
    return f"€ {es},{c:02d}"


def odate(r, year=None) -> str:
    y = year or r.choice([2024, 2025, 2026])
    return f"{r.randint(1, 28)} {MONTHS[r.randrange(12)]} {y}"


def dob_text(r, lo=1926, hi=1978) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    style = r.randrange(9)
    return [
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d:02d}-{m:02d}-{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d}/{m}/{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d} {MON3[m - 1]} {y}",
        f"{d}-{m}-{y}",
        f"{d:02d}{m:02d}{y}",
        f"{d} {MONTHS[m - 1].capitalize()} {y}",
    ][style]


def phone(r) -> str:
    s = r.randrange(7)
    n8 = "".join(str(r.randint(0, 9)) for _ in range(8))
    area = r.choice(["0570", "058", "045", "036", "075", "078", "013", "055", "0320", "0591", "077", "0492"])
    rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
    return [
        f"06-{n8}",
        f"06 {n8[:4]} {n8[4:]}",
        f"+31 6 {n8[:2]} {n8[2:4]} {n8[4:6]} {n8[6:]}",
        f"0031 (0)6 {n8}",
        f"{area}-{rest}",
        f"({area}) {rest[:3]} {rest[3:]}",
        f"+31 {area[1:]} {rest}",
    ][s]


def postcode(r) -> str:
    letters = "BCEGHJKLMNPRTVWXZ"
    pc = f"{r.randint(1000, 9999)} {r.choice(letters)}{r.choice(letters)}"
    return pc if r.random() < 0.75 else pc.replace(" ", "")


def plate(r) -> str:
    L = "BDFGHJKLNPRSTVXZ"
    a = lambda n: "".join(r.choice(L) for _ in range(n))
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    return r.choice(
        [
            f"{d(2)}-{a(3)}-{d(1)}",
            f"{a(2)}-{d(3)}-{a(1)}",
            f"{d(1)}-{a(3)}-{d(2)}",
            f"{a(3)}-{d(2)}-{a(1)}",
            f"{a(1)}-{d(3)}-{a(2)}",
            f"{d(2)}-{a(2)}-{a(2)}",
        ]
    )


def case_no(r, kind=None) -> str:
    y = r.choice([23, 24, 25, 26])
    n = r.randint(1000, 99999)
    fmts = [
        f"BW/20{y}/{n:05d}",
        f"VH-{y}-{n:05d}",
        f"BB.{y}.{n % 10000:04d}.U",
        f"ERF20{y}-{n:05d}",
        f"Z/{y}/{n:06d}",
        f"{n % 10000:04d}-TV-{y}",
        f"UITV-20{y}-{n % 1000:03d}",
        f"SZ{y}{n:05d}",
        f"C/{r.randint(1, 19):02d}/{r.randint(500000, 799999)} / BR RK {y}-{n % 10000}",
        f"MB-{y}.{n:05d}",
        f"dossier {n:05d}/{y}"[8:],
    ]
    return fmts[kind] if kind is not None else r.choice(fmts)


def email_for(r, p, domain=None) -> str:
    first = NM.ascii_fold(p["first"]).lower()
    core = NM.ascii_fold((p["part"] + p["core"]).replace(" ", "")).lower()
    h = r.choice(
        [f"{first}.{core}", f"{first[0]}.{core}", f"{core}{r.randint(40, 99)}", f"{first}{core[:3]}", f"{first}_{core}"]
    )
    return f"{h}@{domain or r.choice(NM.MAILS)}"


# ----------------------------------------------------------------------------------------------- cast
class Cast:
    pass


def cast(r, i: int) -> Cast:
    c = Cast()
    c.known = i % 4 == 1
    if c.known:
        word, part, sentence = r.choice(NM.KNOWN)
        first = r.choice(NM.ORIGINS["nl"][0] + ["Gerda", "Henk", "Truus", "Arie", "Bep", "Klaas"])
        full = f"{first} {part + ' ' if part else ''}{word}"
        c.R = {
            "first": first,
            "part": part,
            "core": word,
            "full": full,
            "origin": "nl",
            "sur": (part[0].upper() + part[1:] + " " if part else "") + word,
            "ini": f"{first[0]}. {part + ' ' if part else ''}{word}",
        }
        c.kword, c.ksentence = word.lower(), sentence
    else:
        c.R = person(r)
    c.F = person(r, c.R["origin"], surname_of=c.R)  # relative sharing the family name
    c.F2 = person(r, c.R["origin"], surname_of=c.R)
    c.N = person(r)
    c.O = person(r)
    c.M = person(r)
    c.B = person(r)
    c.T = person(r)
    c.city = r.choice(NM.CITIES)
    c.court = r.choice(NM.COURTS)
    c.office = r.choice(NM.OFFICES)
    c.notary = r.choice(NM.NOTARY)
    c.street = r.choice(NM.STREET_STEMS) + r.choice(NM.STREET_ENDS)
    c.nr = str(r.randint(1, 240)) + r.choice(["", "", "", "-A", " bis", "-2", "b", " III"])
    c.street2 = r.choice(NM.STREET_STEMS) + r.choice(NM.STREET_ENDS)
    while c.street2 == c.street:
        c.street2 = r.choice(NM.STREET_STEMS) + r.choice(NM.STREET_ENDS)
    c.nr2 = str(r.randint(1, 180))
    c.pc, c.pc2 = postcode(r), postcode(r)
    c.ph_R, c.ph_F, c.ph_B = phone(r), phone(r), phone(r)
    c.em_R = email_for(r, c.R)
    c.em_F = email_for(r, c.F)
    dom = NM.ascii_fold(c.office.split()[-1]).lower() + "-bewind.nl"
    c.em_B = email_for(r, c.B, dom)
    c.em_O = email_for(r, c.O, f"{c.city.lower()}.nl")
    c.bsn = NM_bsn_fmt(r, NM.bsn(r))
    c.bsn_F = NM_bsn_fmt(r, NM.bsn(r))
    c.iban = iban_fmt(r, NM.iban(r))
    c.iban2 = iban_fmt(r, NM.iban(r, r.choice(["NL", "NL", "BE", "DE"])))
    c.plate = plate(r)
    c.case1, c.case2 = case_no(r), case_no(r)
    while c.case2 == c.case1:
        c.case2 = case_no(r)
    c.dob = dob_text(r)
    c.dob_F = dob_text(r, 1950, 1992)
    c.bplace = r.choice(NM.BIRTHPLACES)
    c.date1, c.date2 = odate(r), odate(r)
    c.amt1, c.amt2, c.amt3 = money(r, 300, 9000), money(r, 40, 2500), money(r, 1500, 48000)
    c.func = r.choice(
        [
            "consulent Terugvordering en Verhaal",
            "medewerker Bijzondere Bijstand",
            "beleidsmedewerker Schuldhulpverlening",
            "klantmanager Inkomen",
            "jurist Bezwaar en Beroep",
            "medewerker Burgerzaken",
            "coördinator Sociaal Wijkteam",
            "invorderaar Belastingen",
        ]
    )
    c.dept = c.func.split(" ", 1)[1]
    c.general_ph = r.choice(["14 0570", "14 058", "14 045", "14 036", "14 075", "14 078", "14 013"])
    c.info = f"info@{c.city.lower()}.nl"
    return c


def NM_bsn_fmt(r, s):
    return r.choice([s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


def iban_fmt(r, s):
    return s if r.random() < 0.4 else " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def addr(D, c, second=False) -> str:
    return D.p(f"{c.street2} {c.nr2}" if second else f"{c.street} {c.nr}", "ADDRESS")


# ----------------------------------------------------------------------------------------------- sentence shapes
# pool "feit": facts about the resident's situation
@shape("zin:overlijden_datum", "feit")
def _(D, c):
    return (
        f"{D.k('Op')} {D.k(c.date1)} is {title(D.r)} {D.full(c.R)} overleden in het {D.k('verpleeghuis')} "
        f"{D.k('De Lindenborgh')}."
    )


@shape("zin:dementie_diagnose", "feit")
def _(D, c):
    return (
        f"{D.k('Sinds')} de diagnose {D.k('dementie')} kan {D.first(c.R)} de eigen {D.k('administratie')} "
        f"niet meer overzien."
    )


@shape("zin:schuld_bij_overlijden", "feit")
def _(D, c):
    return (
        f"{D.k('Bij')} het overlijden stond er nog {D.k(c.amt2)} open bij de {D.k('woningcorporatie')} en "
        f"een {D.k('huurachterstand')} van drie maanden."
    )


@shape("zin:opname_zorg", "feit")
def _(D, c):
    return (
        f"{D.sur(c.R).join(['Mevrouw ', ''])} woont sinds {D.k(MONTHS[D.r.randrange(12)])} in een "
        f"{D.k('kleinschalige')} woonvorm; de woning aan de {D.p(c.street, 'ADDRESS')} staat leeg."
    )


@shape("zin:kinderen_oneens", "feit")
def _(D, c):
    return (
        f"{D.k('De')} kinderen zijn het onderling niet eens: {D.first(c.F)} wil de woning verkopen, "
        f"{D.first(c.F2)} wil er zelf gaan wonen."
    )


@shape("zin:auto_op_naam", "feit")
def _(D, c):
    return (
        f"{D.k('Er')} staat nog een auto op naam van de overledene, kenteken {D.p(c.plate, 'LICENSE_PLATE')}, "
        f"waarvoor {D.k('motorrijtuigenbelasting')} wordt geheven."
    )


@shape("zin:rekening_geblokkeerd", "feit")
def _(D, c):
    return (
        f"{D.k('De')} bank heeft rekening {D.p(c.iban, 'IBAN')} {D.k('geblokkeerd')} totdat er een "
        f"{D.k('verklaring van erfrecht')} ligt."
    )


@shape("zin:verhuisd_naar", "feit")
def _(D, c):
    return (
        f"{D.k('Familielid')} {D.full(c.F)} heeft de post laten doorsturen naar het eigen adres, "
        f"{addr(D, c, True)}, {D.p(c.pc2, 'POSTCODE')} {D.k(c.city)}."
    )


@shape("zin:geboren_te", "feit")
def _(D, c):
    return (
        f"{D.first(c.R)} is geboren te {D.k(c.bplace)} op {D.p(c.dob, 'DATE_OF_BIRTH')} en kwam als "
        f"jongvolwassene naar {D.k('Nederland')}."
    )


@shape("zin:leeftijd_tussen_haakjes", "feit")
def _(D, c):
    return (
        f"{title(D.r).capitalize()} {D.full(c.R)} (geb. {D.p(c.dob, 'DATE_OF_BIRTH')}) ontvangt sinds jaren een "
        f"{D.k('bijstandsuitkering')} op grond van de {D.k('Participatiewet')}."
    )


@shape("zin:buurman_sleutel", "feit")
def _(D, c):
    return (
        f"{D.k('Buurman')} {D.full(c.N)} heeft nog een sleutel en heeft de {D.k('meterstanden')} "
        f"doorgegeven aan de {D.k('energieleverancier')}."
    )


@shape("zin:kostgeld", "feit")
def _(D, c):
    return (
        f"{D.k('Van')} de {D.k('AOW')} gaat maandelijks {D.k(c.amt2)} naar de {D.k('eigen bijdrage')} "
        f"voor het {D.k('CAK')}."
    )


# pool "vraag": what the writer asks
@shape("zin:vraag_verhaal_afzien", "vraag")
def _(D, c):
    return (
        f"{D.k('Wij')} verzoeken u af te zien van {D.k('verhaal')} op de {D.k('nalatenschap')}, omdat die "
        f"{D.k('negatief')} is."
    )


@shape("zin:vraag_termijn", "vraag")
def _(D, c):
    return (
        f"{D.k('Kunt')} u de {D.k('betalingstermijn')} voor dossier {D.p(c.case1, 'CASE_NUMBER')} met "
        f"{D.k('drie maanden')} verlengen?"
    )


@shape("zin:vraag_overzicht", "vraag")
def _(D, c):
    return (
        f"{D.k('Graag')} ontvang ik een {D.k('overzicht')} van alle {D.k('vorderingen')} die de gemeente nog "
        f"heeft op naam van {D.ini(c.R)}."
    )


@shape("zin:vraag_uitvaartkosten", "vraag")
def _(D, c):
    return (
        f"{D.k('Wij')} vragen {D.k('bijzondere bijstand')} voor de {D.k('uitvaartkosten')} van {D.k(c.amt1)}, "
        f"omdat er geen {D.k('uitvaartverzekering')} was."
    )


@shape("zin:vraag_correspondentie", "vraag")
def _(D, c):
    return (
        f"{D.k('Wilt')} u alle {D.k('correspondentie')} voortaan sturen naar {D.k('ons')} kantoor en niet meer "
        f"naar de {D.p(c.street, 'ADDRESS')}?"
    )


@shape("zin:vraag_kwijtschelding", "vraag")
def _(D, c):
    return (
        f"{D.k('Namens')} de erfgenamen vraag ik {D.k('kwijtschelding')} van de {D.k('gemeentelijke belastingen')} "
        f"over {D.k('2025')}."
    )


@shape("zin:vraag_gesprek_bemiddelaar", "vraag")
def _(D, c):
    return (
        f"{D.k('Zou')} {D.k('mediator')} {D.full(c.M)} een gesprek kunnen plannen met de familie en het "
        f"{D.k('Sociaal Wijkteam')}?"
    )


@shape("zin:vraag_bsn_controle", "vraag")
def _(D, c):
    return (
        f"{D.k('Controleer')} u alstublieft of het {D.k('burgerservicenummer')} {D.p(c.bsn, 'BSN')} in uw "
        f"{D.k('systeem')} aan de juiste persoon gekoppeld is."
    )


# pool "slot": closing lines
@shape("regel:slot_bereikbaar", "slot")
def _(D, c):
    return f"{D.k('Ik')} ben bereikbaar op {D.p(c.ph_B, 'PHONE')} ({D.k('dinsdag')} tot en met {D.k('donderdag')})."


@shape("regel:slot_familie_mail", "slot")
def _(D, c):
    return f"{D.k('Voor')} vragen kunt u ook mailen naar {D.first(c.F)}: {D.p(c.em_F, 'EMAIL')}."


@shape("regel:slot_algemeen_nummer", "slot")
def _(D, c):
    return f"{D.k('Reacties')} kunnen ook via het algemene nummer {D.k(c.general_ph)} of {D.k(c.info)}."


@shape("regel:slot_kenmerk_vermelden", "slot")
def _(D, c):
    return f"{D.k('Vermeld')} bij betaling altijd {D.k('kenmerk')} {D.p(c.case2, 'CASE_NUMBER')}."


@shape("regel:slot_hoogachtend", "slot")
def _(D, c):
    return f"{D.k('Hoogachtend')},"


@shape("regel:slot_vertrouwen", "slot")
def _(D, c):
    return f"{D.k('In')} afwachting van uw reactie, met vriendelijke groet,"


# pool "ruzie": family / mediator lines
@shape("zin:dochter_boos", "ruzie")
def _(D, c):
    return (
        f"{D.k('Volgens')} {D.first(c.F)} heeft de {D.k('bewindvoerder')} zonder overleg de "
        f"{D.k('spaarrekening')} van {D.poss(c.R)} moeder leeggehaald."
    )


@shape("zin:bemiddelaar_stelt_voor", "ruzie")
def _(D, c):
    return (
        f"{D.k('Bemiddelaar')} {D.ini(c.M)} stelt voor dat de familie eens per {D.k('kwartaal')} een "
        f"{D.k('rekening en verantwoording')} ontvangt."
    )


@shape("zin:broer_zus_contact", "ruzie")
def _(D, c):
    return (
        f"{D.first(c.F)} en {D.first(c.F2)} {D.sur(c.R)} hebben al twee jaar geen contact meer; "
        f"{D.k('alleen')} via de {D.k('mediator')} lukt overleg."
    )


@shape("zin:gemeente_reageert_niet", "ruzie")
def _(D, c):
    return f"{D.k('Sinds')} {D.k(c.date2)} wachten wij op een reactie van {D.ini(c.O)}, {D.k(c.func)}."


@shape("zin:mentor_zorg", "ruzie")
def _(D, c):
    return (
        f"{D.k('Als')} {D.k('mentor')} ben ik het niet eens met de keuze van de {D.k('zorgaanbieder')} om "
        f"{D.first(c.R)} naar een andere {D.k('afdeling')} over te plaatsen."
    )


@shape("zin:neef_volmacht_misbruik", "ruzie")
def _(D, c):
    return (
        f"{D.k('Er')} zijn zorgen dat een neef de {D.k('volmacht')} gebruikt om geld op te nemen van "
        f"{D.p(c.iban, 'IBAN')}."
    )


# ----------------------------------------------------------------------------------------------- document kinds
def header(D, c, sender_lines):
    return "\n".join(sender_lines)


@shape("doc:brief_bewindvoerder")
def doc_bewind(D, c):
    r = D.r
    lines = [
        D.k(c.office),
        f"{addr(D, c, True)}",
        f"{D.p(c.pc2, 'POSTCODE')} {D.k(c.city)}",
        "",
        f"{D.k('Gemeente')} {c.city}, {D.k('team')} {c.dept}",
        f"{D.k('Datum')}: {D.k(c.date1)}",
        f"{D.k('Ons')} kenmerk: {D.p(c.case1, 'CASE_NUMBER')}",
        f"{D.k('Betreft')}: {D.full(c.R)}, geboren {D.p(c.dob, 'DATE_OF_BIRTH')}",
        "",
        f"{D.k('Geachte')} heer/mevrouw,",
        "",
        f"{D.k('Bij')} beschikking van de {D.k(c.court)} ben ik benoemd tot {D.k('bewindvoerder')} over de "
        f"goederen van {title(r)} {D.sur(c.R)}.",
    ]
    lines += D.use("feit", c, 2) + D.use("vraag", c, 1) + [""] + D.use("slot", c, 1)
    lines += ["", D.full(c.B), D.k("Bewindvoerder"), D.p(c.em_B, "EMAIL")]
    return "\n".join(lines)


@shape("doc:brief_curator")
def doc_curator(D, c):
    lines = [
        f"{D.k('Aan')}: {D.k('gemeente')} {D.k(c.city)}, t.a.v. {D.ini(c.O)} ({D.k(c.func)})",
        f"{D.k('Van')}: {D.full(c.B)}, {D.k('curator')}",
        f"{D.k('Onderwerp')}: {D.k('curatele')} {D.full(c.R)} – {D.k('BSN')} {D.p(c.bsn, 'BSN')}",
        "",
        f"{D.k('Sinds')} de uitspraak van de kantonrechter op {D.k(c.date2)} staat {D.sur(c.R)} onder "
        f"{D.k('curatele')}. {D.k('Alle')} rechtshandelingen lopen vanaf nu via mij.",
    ]
    lines += D.use("feit", c, 1) + D.use("vraag", c, 2) + D.use("slot", c, 1) + [D.ini(c.B)]
    return "\n".join(lines)


@shape("doc:mail_mentor")
def doc_mentor(D, c):
    lines = [
        f"{D.k('Van')}: {D.p(c.em_B, 'EMAIL')}",
        f"{D.k('Aan')}: {D.p(c.em_O, 'EMAIL')}",
        f"{D.k('Onderwerp')}: {D.k('mentorschap')} {D.sur(c.R)} / {D.p(c.case1, 'CASE_NUMBER')}",
        "",
        f"{D.k('Beste')} {D.first(c.O)},",
        "",
        f"{D.k('Zoals')} telefonisch besproken stuur ik je de gegevens van {D.full(c.R)}, "
        f"{D.p(c.dob, 'DATE_OF_BIRTH')}, voor de {D.k('Wmo')}-aanvraag.",
    ]
    lines += D.use("ruzie", c, 1) + D.use("feit", c, 1) + ["", D.k("Groet") + ",", D.first(c.B), D.k("Mentor")]
    return "\n".join(lines)


@shape("doc:beschikking_onderbewindstelling")
def doc_beschikking(D, c):
    lines = [
        D.k(c.court),
        f"{D.k('Team')} {D.k('kanton')}",
        f"{D.k('zaaknummer')}: {D.p(c.case_court, 'CASE_NUMBER')}",
        "",
        D.k("BESCHIKKING"),
        "",
        f"{D.k('op')} het verzoek van {D.full(c.F)}, wonende te {D.k(c.city)},",
        "",
        f"{D.k('De')} kantonrechter:",
        f"- {D.k('stelt')} onder bewind alle goederen die toebehoren of "
        f"zullen toebehoren aan {D.caps(c.R)}, geboren op {D.p(c.dob, 'DATE_OF_BIRTH')} te {D.k(c.bplace)}, "
        f"wonende aan {addr(D, c)}, {D.p(c.pc, 'POSTCODE')} {c.city};",
        f"- {D.k('benoemt')} tot {D.k('bewindvoerder')}: {D.full(c.B)}, h.o.d.n. {D.k(c.office)};",
        f"- {D.k('bepaalt')} dat de bewindvoerder binnen drie maanden een {D.k('boedelbeschrijving')} indient.",
        "",
        f"{D.k('Gegeven')} door mr. {D.ini(c.T)}, kantonrechter, en in het openbaar uitgesproken op {D.k(c.date1)}.",
    ]
    return "\n".join(lines)


@shape("doc:brief_notaris")
def doc_notaris(D, c):
    lines = [
        D.k(c.notary),
        f"{D.k('mr.')} {D.full(c.T)}, {D.k('notaris')}",
        "",
        f"{D.k('Gemeente')} {D.k(c.city)}",
        f"{D.k('Afdeling')} {c.dept}",
        "",
        f"{D.k('Inzake')}: {D.k('nalatenschap')} wijlen {D.full(c.R)}",
        f"{D.k('Uw')} kenmerk: {D.p(c.case1, 'CASE_NUMBER')}",
        "",
        f"{D.k('Geachte')} {D.r.choice(['mevrouw', 'heer'])} {D.sur(c.O)},",
        "",
        f"{D.k('Ten')} behoeve van de afwikkeling van de nalatenschap van de op {D.k(c.date2)} overleden "
        f"{D.full(c.R)}, laatst wonende {addr(D, c)} te {c.city}, verneem ik graag of de gemeente nog "
        f"{D.k('vorderingen')} heeft.",
        f"{D.k('De')} erfgenamen, {D.full(c.F)} en {D.full(c.F2)}, hebben de nalatenschap "
        f"{D.k('beneficiair')} aanvaard.",
    ]
    lines += D.use("feit", c, 1) + ["", D.k("Hoogachtend") + ",", D.ini(c.T)]
    return "\n".join(lines)


@shape("doc:bezwaar_erfgenamen")
def doc_bezwaar(D, c):
    lines = [
        f"{D.full(c.F)}",
        f"{addr(D, c, True)}",
        f"{D.p(c.pc2, 'POSTCODE')} {D.k(c.city)}",
        f"{D.k('Tel')}: {D.p(c.ph_F, 'PHONE')}",
        "",
        f"{D.k('Aan')} het college van burgemeester en wethouders van {c.city}",
        "",
        f"{D.k('Bezwaarschrift')} tegen het besluit van {D.k(c.date1)}, kenmerk {D.p(c.case1, 'CASE_NUMBER')}",
        "",
        f"{D.k('Mijn')} moeder, {D.full(c.R)}, is overleden. {D.k('De')} gemeente wil {D.k(c.amt3)} aan "
        f"{D.k('teruggevorderde')} bijstand verhalen op haar nalatenschap.",
        f"{D.k('Ik')} ben het daar als {D.k('erfgenaam')} niet mee eens, net als mijn broer {D.first(c.F2)}.",
    ]
    lines += D.use("ruzie", c, 1) + D.use("vraag", c, 1) + ["", D.full(c.F)]
    return "\n".join(lines)


@shape("doc:aanvraag_uitvaart")
def doc_uitvaart(D, c):
    lines = [
        f"{D.k('Aanvraagformulier')} {D.k('bijzondere bijstand')} – {D.k('uitvaart')}",
        "",
        f"{D.k('Naam')} overledene: {D.full(c.R)}",
        f"{D.k('Geboortedatum')}: {D.p(c.dob, 'DATE_OF_BIRTH')}",
        f"{D.k('Datum')} overlijden: {D.k(c.date1)}",
        f"{D.k('Laatste')} adres: {addr(D, c)}, {D.p(c.pc, 'POSTCODE')}",
        "",
        f"{D.k('Aanvrager')}: {D.full(c.F)} ({D.k('dochter')})",
        f"{D.k('BSN')} aanvrager: {D.p(c.bsn_F, 'BSN')}",
        f"{D.k('Rekeningnummer')}: {D.p(c.iban2, 'IBAN')}",
        f"{D.k('Telefoon')}: {D.p(c.ph_F, 'PHONE')}",
        "",
        f"{D.k('Kosten')} uitvaartondernemer: {D.k(c.amt1)}",
    ]
    lines += D.use("vraag", c, 1)
    return "\n".join(lines)


@shape("doc:besluit_verhaal")
def doc_verhaal(D, c):
    lines = [
        f"{D.k('Gemeente')} {D.k(c.city)} | {D.k('Terugvordering en Verhaal')}",
        f"{D.k('Dossiernummer')} {D.p(c.case1, 'CASE_NUMBER')}",
        "",
        f"{D.k('Aan')} de erven van {D.full(c.R)}",
        f"p/a {D.full(c.F)}",
        f"{addr(D, c, True)}",
        f"{D.p(c.pc2, 'POSTCODE')} {c.city}",
        "",
        f"{D.k('Besluit')}: {D.k('verhaal')} {D.k('bijstand')} op de {D.k('nalatenschap')}",
        "",
        f"{D.k('Over')} de periode tot het overlijden is {D.k(c.amt3)} aan bijstand verstrekt. {D.k('Op')} grond "
        f"van artikel 62 van de {D.k('Participatiewet')} verhalen wij dit bedrag op de nalatenschap.",
        f"U kunt het bedrag overmaken naar de {D.k('rekening')} van de gemeente onder vermelding van "
        f"{D.p(c.case1, 'CASE_NUMBER')}.",
        "",
        f"{D.ini(c.O)}",
        f"{D.k(c.func)}",
    ]
    return "\n".join(lines)


@shape("doc:machtigingsformulier")
def doc_machtiging(D, c):
    lines = [
        D.k("MACHTIGING"),
        "",
        f"{D.k('Ondergetekende')},",
        f"{D.k('naam')}: {D.full(c.R)}",
        f"{D.k('geboren')}: {D.p(c.dob, 'DATE_OF_BIRTH')}",
        f"{D.k('adres')}: {addr(D, c)}, {D.p(c.pc, 'POSTCODE')} {D.k(c.city)}",
        f"{D.k('BSN')}: {D.p(c.bsn, 'BSN')}",
        "",
        f"{D.k('machtigt')} hierbij",
        f"{D.k('naam')}: {D.full(c.F)}",
        f"{D.k('geboren')}: {D.p(c.dob_F, 'DATE_OF_BIRTH')}",
        f"{D.k('telefoon')}: {D.p(c.ph_F, 'PHONE')}",
        "",
        f"om namens mij contact te hebben met de {D.k('gemeente')} over mijn {D.k('Wmo')}-voorzieningen en "
        f"mijn {D.k('bijstandsdossier')} {D.p(c.case1, 'CASE_NUMBER')}.",
        "",
        f"{D.k('Plaats')}: {c.city}   {D.k('Datum')}: {D.k(c.date1)}   {D.k('Handtekening')}: ____________",
    ]
    return "\n".join(lines)


@shape("doc:volmacht_notarieel")
def doc_volmacht(D, c):
    lines = [
        f"{D.k('Heden')}, {D.k(c.date2)}, verscheen voor mij, {D.full(c.T)}, notaris te {D.k(c.city)}:",
        f"{D.full(c.R)}, geboren te {D.k(c.bplace)} op {D.p(c.dob, 'DATE_OF_BIRTH')}, wonende {addr(D, c)}, "
        f"{D.p(c.pc, 'POSTCODE')} {c.city}, hierna te noemen: de {D.k('volmachtgever')}.",
        f"{D.k('De')} volmachtgever verklaart een {D.k('levenstestament')} op te maken en "
        f"{D.k('algemene volmacht')} te verlenen aan: {D.full(c.F)}, geboren {D.p(c.dob_F, 'DATE_OF_BIRTH')}.",
        f"{D.k('De')} gevolmachtigde mag onder meer beschikken over rekening {D.p(c.iban, 'IBAN')}.",
    ]
    return "\n".join(lines)


@shape("doc:mail_familie_na_overlijden")
def doc_familie_mail(D, c):
    slug = D.slug(c.R)
    lines = [
        f"{D.k('Hoi')} {D.first(c.O)},",
        "",
        f"{D.k('Vorige')} week is mijn vader {D.full(c.R)} overleden. {D.k('Ik')} probeer samen met "
        f"{D.first(c.F2)} zijn zaken te regelen, maar we lopen vast op de {D.k('huurtoeslag')}.",
        f"{D.k('In')} de bijlage zit de {D.k('akte')} van overlijden (overlijdensakte-{slug}.pdf).",
    ]
    lines += D.use("feit", c, 1) + D.use("vraag", c, 1)
    lines += ["", f"{D.k('Groetjes')},", D.first(c.F), D.p(c.ph_F, "PHONE")]
    return "\n".join(lines)


@shape("doc:melding_dementie_dochter")
def doc_dementie(D, c):
    lines = [
        f"{D.k('Melding')} via het {D.k('contactformulier')} – {D.k(c.date1)}",
        "",
        f"{D.k('Naam')} melder: {D.full(c.F)}",
        f"{D.k('E-mail')}: {D.p(c.em_F, 'EMAIL')}",
        "",
        f"{D.k('Mijn')} moeder {D.full(c.R)} ({D.p(c.dob, 'DATE_OF_BIRTH')}) heeft {D.k('alzheimer')} en "
        f"laat post ongeopend liggen. {D.k('Er')} liggen aanmaningen van de {D.k('afdeling Belastingen')}.",
        f"{D.k('Ik')} wil graag haar zaken overnemen, maar {D.first(c.R)} heeft nooit een {D.k('volmacht')} getekend.",
    ]
    lines += D.use("vraag", c, 1)
    return "\n".join(lines)


@shape("doc:verslag_bemiddeling")
def doc_bemiddeling(D, c):
    lines = [
        f"{D.k('Verslag')} {D.k('bemiddelingsgesprek')} {D.k(c.date2)}",
        f"{D.k('Aanwezig')}: {D.full(c.F)}, {D.full(c.F2)}, {D.full(c.B)} ({D.k('bewindvoerder')}), "
        f"{D.ini(c.O)} ({D.k('gemeente')}), {D.full(c.M)} ({D.k('mediator')})",
        f"{D.k('Dossier')}: {D.p(c.case2, 'CASE_NUMBER')}",
        "",
    ]
    lines += ["1. " + s for s in D.use("ruzie", c, 2)]
    lines += [
        f"2. {D.k('Afspraak')}: {D.first(c.B)} stuurt vóór {D.k(c.date1)} een overzicht van de "
        f"{D.k('vaste lasten')} van {D.poss(c.R)} huishouden."
    ]
    return "\n".join(lines)


@shape("doc:telefoonnotitie")
def doc_tel(D, c):
    lines = [
        f"{D.k('Telefoonnotitie')} {D.k('KCC')}",
        f"{D.k('Datum')}/tijd: {D.k(c.date1)}, 10:40",
        f"{D.k('Beller')}: {D.full(c.F)}, {D.p(c.ph_F, 'PHONE')}",
        f"{D.k('Over')}: {D.full(c.R)}, {D.k('BSN')} {D.p(c.bsn, 'BSN')}",
        "",
        f"{D.k('Beller')} is {D.k('schoonzoon')}/zoon en vraagt wie nu de {D.k('huur')} betaalt. "
        f"{D.k('Doorverbonden')} met {D.ini(c.O)}.",
    ]
    lines += D.use("feit", c, 1) + [f"{D.k('Terugbellen')}: ja, vóór {D.k('vrijdag')}."]
    return "\n".join(lines)


@shape("doc:boedelinventaris")
def doc_inventaris(D, c):
    lines = [
        f"{D.k('Boedelbeschrijving')} per {D.k(c.date2)}",
        f"{D.k('Onderbewindgestelde')}: {D.caps(c.R)}",
        f"{D.k('Dossier')} {D.p(c.case1, 'CASE_NUMBER')}",
        "",
        f"{D.k('BEZITTINGEN')}",
        f"- {D.k('Betaalrekening')} {D.p(c.iban, 'IBAN')}: {D.k(c.amt2)}",
        f"- {D.k('Spaarrekening')} {D.p(c.iban2, 'IBAN')}: {D.k(c.amt1)}",
        f"- {D.k('Personenauto')}, kenteken {D.p(c.plate, 'LICENSE_PLATE')}, dagwaarde {D.k(money(D.r, 300, 4000))}",
        f"- {D.k('Inboedel')} {addr(D, c)}: p.m.",
        "",
        f"{D.k('SCHULDEN')}",
        f"- {D.k('Zorgverzekeraar')}: {D.k(c.amt3)}",
        f"- {D.k('Gemeente')} (verhaal bijstand): zie {D.p(c.case2, 'CASE_NUMBER')}",
    ]
    return "\n".join(lines)


@shape("doc:rekening_verantwoording")
def doc_verantwoording(D, c):
    lines = [
        f"{D.k('Rekening')} en {D.k('verantwoording')} {D.k('2025')}",
        f"{D.k('Rechthebbende')}: {D.full(c.R)} — geb. {D.p(c.dob, 'DATE_OF_BIRTH')}",
        f"{D.k('Bewindvoerder')}: {D.full(c.B)}, {D.k(c.office)}",
        "",
        f"{D.k('Inkomsten')}: {D.k('AOW')}, {D.k('aanvullend pensioen')}, {D.k('zorgtoeslag')}",
        f"{D.k('Uitgaven')}: {D.k('huur')}, {D.k('eigen bijdrage')}, {D.k('leefgeld')} {D.k(c.amt2)}",
        f"{D.k('Saldo')} {D.p(c.iban, 'IBAN')} per 31 december: {D.k(c.amt1)}",
    ]
    lines += D.use("feit", c, 1)
    return "\n".join(lines)


@shape("doc:overdracht_wijkteam")
def doc_wijkteam(D, c):
    lines = [
        f"{D.k('Overdracht')} {D.k('Sociaal Wijkteam')} → {D.k('bewindvoering')}",
        "",
        f"{D.k('Cliënt')}: {D.full(c.R)}",
        f"{D.k('Adres')}: {addr(D, c)}",
        f"{D.k('Postcode')}: {D.p(c.pc, 'POSTCODE')}",
        f"{D.k('Geb.datum')}: {D.p(c.dob, 'DATE_OF_BIRTH')}",
        f"{D.k('Contactpersoon')} familie: {D.full(c.F)} ({D.p(c.ph_F, 'PHONE')})",
        "",
        f"{D.k('Situatie')}: ",
    ]
    lines[-1] += " ".join(D.use("feit", c, 2))
    lines += [f"{D.k('Wijkcoach')}: {D.ini(c.O)}"]
    return "\n".join(lines)


@shape("doc:verklaring_erfrecht_uittreksel")
def doc_erfrecht(D, c):
    lines = [
        f"{D.k('UITTREKSEL')} {D.k('VERKLARING VAN ERFRECHT')}",
        f"{D.k('Erflater')}: {D.lastfirst(c.R)}",
        f"{D.k('geboren')} {D.p(c.dob, 'DATE_OF_BIRTH')}, overleden {D.k(c.date1)}",
        f"{D.k('Erfgenamen')}: {D.ini(c.F)} en {D.ini(c.F2)}, ieder voor de helft.",
        f"{D.k('Executeur')}: {D.full(c.F)}, {addr(D, c, True)}, {D.p(c.pc2, 'POSTCODE')} {D.k(c.city)}.",
        f"{D.k('Opgemaakt')} door {D.k(c.notary)}.",
    ]
    return "\n".join(lines)


@shape("doc:checklist_afwikkeling")
def doc_checklist(D, c):
    lines = [
        f"{D.k('Checklist')} {D.k('afwikkeling')} — {D.full(c.R)}",
        f"[x] {D.k('Huur')} opgezegd per {D.k(c.date2)}",
        f"[ ] {D.k('Zorgverzekering')} stopzetten",
        f"[ ] {D.k('Kenteken')} {D.p(c.plate, 'LICENSE_PLATE')} overschrijven of auto verkopen",
        f"[x] {D.k('Gemeente')} gebeld ({D.k(c.general_ph)}), dossier {D.p(c.case1, 'CASE_NUMBER')}",
        f"[ ] {D.k('Bankrekening')} {D.p(c.iban, 'IBAN')} opheffen",
        f"[ ] {D.first(c.F2)} vragen naar de sleutel van {D.p(c.street, 'ADDRESS')}",
    ]
    return "\n".join(lines)


@shape("doc:chat_broers_zussen")
def doc_chat(D, c):
    lines = [
        f"[{D.k('Doorgestuurd')} gesprek, {D.k(c.date1)}]",
        f"{D.first(c.F)}: heb je de brief van de gemeente gezien? {D.k('ze')} willen {D.k(c.amt3)} terug",
        f"{D.first(c.F2)}: ja. {D.k('bel')} jij {D.first(c.B)}? die is toch de bewindvoerder",
        f"{D.first(c.F)}: {D.k('zijn')} nummer is {D.p(c.ph_B, 'PHONE')}",
        f"{D.first(c.F2)}: ok. en de auto ({D.p(c.plate, 'LICENSE_PLATE')}) staat nog bij pa voor de deur",
    ]
    lines += D.use("ruzie", c, 1)
    return "\n".join(lines)


@shape("doc:intern_memo")
def doc_memo(D, c):
    lines = [
        f"{D.k('MEMO')} — {D.k('intern')}",
        f"{D.k('Van')}: {D.ini(c.O)}, {D.k(c.func)}",
        f"{D.k('Aan')}: {D.k('team')} {D.k('Juridische Zaken')}",
        f"{D.k('Zaak')}: {D.p(c.case1, 'CASE_NUMBER')}",
        "",
        f"{D.k('Kunnen')} wij verhalen op de nalatenschap van {D.full(c.R)}? {D.k('Volgens')} de notaris "
        f"is de nalatenschap {D.k('beneficiair')} aanvaard door {D.sur(c.F)}-familie.",
    ]
    lines += D.use("feit", c, 1) + D.use("ruzie", c, 1)
    return "\n".join(lines)


@shape("doc:klacht_behandeling")
def doc_klacht(D, c):
    lines = [
        f"{D.k('Klacht')} over de behandeling door {D.k('medewerker')} {D.ini(c.O)}",
        "",
        f"{D.k('Ik')}, {D.full(c.F)}, ben {D.k('kleindochter')} van {D.full(c.R)}. {D.k('Toen')} ik belde "
        f"over de {D.k('begrafenis')} werd ik van het kastje naar de muur gestuurd.",
        f"{D.k('Mijn')} e-mailadres is {D.p(c.em_F, 'EMAIL')}; mijn {D.k('geboortedatum')} is "
        f"{D.p(c.dob_F, 'DATE_OF_BIRTH')}.",
    ]
    lines += D.use("vraag", c, 1)
    return "\n".join(lines)


@shape("doc:notitie_ontruiming")
def doc_ontruiming(D, c):
    lines = [
        f"{D.k('Woningcorporatie')} {D.k('Thuisvast')} — {D.k('notitie')} {D.k('ontruiming')}",
        f"{D.k('Adres')}: {addr(D, c)}, {D.p(c.pc, 'POSTCODE')} {D.k(c.city)}",
        f"{D.k('Huurder')} (overleden): {D.full(c.R)}",
        f"{D.k('Sleutels')} opgehaald door {D.full(c.N)} (buurvrouw) op {D.k(c.date2)}.",
        f"{D.k('Eindafrekening')}: {D.k(c.amt2)}; sturen naar {D.p(c.em_F, 'EMAIL')}.",
    ]
    lines += D.use("feit", c, 1)
    return "\n".join(lines)


@shape("doc:verzoekschrift_bewind")
def doc_verzoek(D, c):
    lines = [
        f"{D.k('VERZOEKSCHRIFT')} {D.k('ONDERBEWINDSTELLING')}",
        f"{D.k('Aan')} de kantonrechter van de {D.k(c.court)}",
        "",
        f"{D.k('Verzoeker')}: {D.full(c.F)}, {D.k('zoon')}, geboren {D.p(c.dob_F, 'DATE_OF_BIRTH')}",
        f"{D.k('Betrokkene')}: {D.full(c.R)}, geboren {D.p(c.dob, 'DATE_OF_BIRTH')}, {D.k('BSN')} {D.p(c.bsn, 'BSN')}",
        f"{D.k('Reden')}: {D.k('problematische')} schulden en een {D.k('lichamelijke')} beperking.",
        f"{D.k('Voorgestelde')} bewindvoerder: {D.full(c.B)} ({D.k(c.office)}), {D.p(c.ph_B, 'PHONE')}",
    ]
    return "\n".join(lines)


@shape("doc:zittingsaantekening")
def doc_zitting(D, c):
    lines = [
        f"{D.k('Aantekeningen')} {D.k('mondelinge behandeling')} {D.k(c.date1)}, {D.k(c.court)}",
        f"{D.k('Zaak')}: {D.p(c.case_court, 'CASE_NUMBER')}",
        f"{D.sur(c.R).join(['Mevrouw ', ''])} verklaart dat zij haar zoon {D.first(c.F)} vertrouwt.",
        f"{D.k('De')} {D.k('griffier')} noteert dat {D.full(c.B)} bereid is het bewind te aanvaarden.",
    ]
    lines += D.use("ruzie", c, 1)
    return "\n".join(lines)


@shape("doc:ouderenadviseur_notitie")
def doc_ouderen(D, c):
    lines = [
        f"{D.k('Huisbezoek')} {D.k('ouderenadviseur')} — {D.k(c.date2)}",
        f"{D.k('Bij')} {D.full(c.R)} thuis, {addr(D, c)}. {D.k('Aanwezig')}: {D.first(c.F)} "
        f"({D.k('dochter')}) en {D.k('buurman')} {D.sur(c.N)}.",
    ]
    lines += D.use("feit", c, 2) + D.use("vraag", c, 1)
    return "\n".join(lines)


@shape("doc:brief_ahv_inlichtingen")
def doc_inlichtingen(D, c):
    lines = [
        f"{D.k('Verzoek')} om {D.k('inlichtingen')}",
        f"{D.k('Kenmerk')}: {D.p(c.case1, 'CASE_NUMBER')}",
        "",
        f"{D.k('Geachte')} {D.r.choice(['mevrouw', 'heer'])} {D.sur(c.F)},",
        "",
        f"{D.k('Wij')} onderzoeken of er na het overlijden van {D.full(c.R)} nog {D.k('bijstand')} is "
        f"uitbetaald op {D.p(c.iban, 'IBAN')}.",
    ]
    lines += D.use("slot", c, 2) + [D.ini(c.O), D.k(c.func)]
    return "\n".join(lines)


@shape("doc:uitvaart_factuur")
def doc_factuur(D, c):
    lines = [
        f"{D.k('Uitvaartverzorging')} {D.k('Rustpunt')} — {D.k('factuur')}",
        f"{D.k('Opdrachtgever')}: {D.full(c.F)}, {addr(D, c, True)}, {D.p(c.pc2, 'POSTCODE')}",
        f"{D.k('Betreft')}: {D.k('uitvaart')} van {D.full(c.R)}, {D.p(c.dob, 'DATE_OF_BIRTH')} – {D.k(c.date1)}",
        f"{D.k('Totaal')}: {D.k(c.amt1)}, te voldoen binnen 14 dagen.",
        f"{D.k('Gemeente')} {D.k(c.city)} neemt volgens {D.ini(c.O)} een deel voor haar rekening (dossier "
        f"{D.p(c.case2, 'CASE_NUMBER')}).",
    ]
    return "\n".join(lines)


# body pools feed in; add a few stand-alone line shapes
@shape("regel:ps_kenteken", "slot")
def _(D, c):
    return f"{D.k('PS')}: het kenteken {D.p(c.plate, 'LICENSE_PLATE')} is inmiddels {D.k('gevrijwaard')}."


@shape("regel:cc_familie", "slot")
def _(D, c):
    return f"{D.k('Cc')}: {D.full(c.F)}, {D.p(c.em_F, 'EMAIL')}"


@shape("zin:nabestaande_woont_buitenland", "feit")
def _(D, c):
    return f"{D.first(c.F2)} woont in het {D.k('buitenland')} en is telefonisch bereikbaar op {D.p(c.ph_F, 'PHONE')}."


@shape("zin:schenking_aan_kleinkind", "feit")
def _(D, c):
    return (
        f"{D.k('Kort')} voor het overlijden is {D.k(c.amt1)} geschonken aan kleinkind {D.first(c.F2)}; "
        f"de gemeente ziet dat als {D.k('benadeling')}."
    )


@shape("zin:mentor_en_bewind_gescheiden", "ruzie")
def _(D, c):
    return (
        f"{D.k('Het')} {D.k('mentorschap')} ligt bij {D.full(c.M)}, het bewind bij {D.ini(c.B)}; "
        f"{D.k('beiden')} wijzen naar elkaar."
    )


@shape("zin:geboortedatum_kaal", "feit")
def _(D, c):
    return f"{D.full(c.R)}, {D.p(c.dob, 'DATE_OF_BIRTH')}, {D.k('weduwnaar')}, {D.k('geen')} kinderen thuis."


# ----------------------------------------------------------------------------------------------- more shapes
@shape("zin:erfenis_verworpen", "feit")
def _(D, c):
    return (
        f"{D.first(c.F2)} heeft bij de {D.k('rechtbank')} een {D.k('verklaring')} afgelegd dat de erfenis "
        f"wordt {D.k('verworpen')}."
    )


@shape("zin:testament_gevonden", "feit")
def _(D, c):
    return (
        f"{D.k('Pas')} in {D.k(MONTHS[D.r.randrange(12)])} vond {D.full(c.F)} een handgeschreven "
        f"{D.k('codicil')} tussen de papieren van {D.poss(c.R)} vader."
    )


@shape("zin:dubbele_betaling", "feit")
def _(D, c):
    return (
        f"{D.k('Door')} een fout is de {D.k('huurtoeslag')} twee keer op {D.p(c.iban, 'IBAN')} gestort, "
        f"samen {D.k(c.amt2)}."
    )


@shape("zin:kleinzoon_schoonmaak", "feit")
def _(D, c):
    return (
        f"{D.k('Kleinzoon')} {D.first(c.F2)} heeft de woning aan de {D.p(c.street, 'ADDRESS')} leeggeruimd; "
        f"de {D.k('container')} kostte {D.k(c.amt2)}."
    )


@shape("zin:vraag_inzage_dossier", "vraag")
def _(D, c):
    return (
        f"{D.k('Op')} grond van de {D.k('AVG')} vraag ik {D.k('inzage')} in het dossier van {D.full(c.R)}, "
        f"{D.k('geboortedatum')} {D.p(c.dob, 'DATE_OF_BIRTH')}."
    )


@shape("zin:vraag_machtiging_erkennen", "vraag")
def _(D, c):
    return (
        f"{D.k('Erkent')} de gemeente de {D.k('machtiging')} die {D.first(c.R)} op {D.k(c.date2)} aan "
        f"{D.full(c.F)} heeft gegeven?"
    )


@shape("zin:vraag_geen_bezwaar", "vraag")
def _(D, c):
    return (
        f"{D.k('Wij')} hebben een {D.k('verklaring')} van geen bezwaar nodig om de {D.k('inboedel')} aan het "
        f"{D.k('Leger des Heils')} te schenken."
    )


@shape("regel:slot_bijlagen", "slot")
def _(D, c):
    return f"{D.k('Bijlagen')}: {D.k('beschikking')}, {D.k('overlijdensakte')}, bankafschrift-{D.slug(c.R)}-2025.pdf"


@shape("regel:slot_namens_familie", "slot")
def _(D, c):
    return f"{D.k('Namens')} de familie {D.sur(c.R)}, {D.full(c.F)} ({D.p(c.ph_F, 'PHONE')})"


@shape("zin:buurvrouw_getuige", "ruzie")
def _(D, c):
    return (
        f"{D.k('Buurvrouw')} {D.sur(c.N)} verklaart dat zij {D.first(c.R)} vaak met de {D.k('pinpas')} van "
        f"een ander heeft zien lopen."
    )


@shape("zin:bewindvoerder_beloning", "ruzie")
def _(D, c):
    return (
        f"{D.k('De')} familie vindt de {D.k('beloning')} van {D.full(c.B)} ({D.k(c.amt2)} per jaar) te hoog "
        f"voor het werk dat gedaan wordt."
    )


@shape("zin:schoonzoon_eist", "ruzie")
def _(D, c):
    return (
        f"{D.k('Schoonzoon')} {D.full(c.N)} eist de {D.k('caravan')} op, terwijl die volgens "
        f"{D.first(c.F)} in de {D.k('boedel')} valt."
    )


@shape("doc:brief_einde_bewind")
def doc_einde(D, c):
    lines = [
        D.k(c.office),
        f"{D.k('Tel')}. {D.p(c.ph_B, 'PHONE')} | {D.p(c.em_B, 'EMAIL')}",
        "",
        f"{D.k('Aan')} de erfgenamen van {D.full(c.R)}",
        f"t.a.v. {D.full(c.F)}",
        addr(D, c, True),
        f"{D.p(c.pc2, 'POSTCODE')}  {D.k(c.city.upper())}",
        "",
        f"{D.k('Betreft')}: {D.k('einde')} bewind – {D.p(c.case1, 'CASE_NUMBER')}",
        "",
        f"{D.k('Door')} het overlijden van uw moeder is het {D.k('beschermingsbewind')} van rechtswege "
        f"geëindigd. {D.k('Binnen')} vier weken ontvangt u de {D.k('eindrekening')}.",
    ]
    lines += D.use("feit", c, 1) + D.use("slot", c, 1) + [D.full(c.B)]
    return "\n".join(lines)


@shape("doc:mail_gemeente_antwoord")
def doc_antwoord(D, c):
    lines = [
        f"{D.k('Van')}: {D.p(c.em_O, 'EMAIL')}",
        f"{D.k('Aan')}: {D.p(c.em_F, 'EMAIL')}",
        f"{D.k('Onderwerp')}: RE: {D.k('nalatenschap')} {D.sur(c.R)}",
        "",
        f"{D.k('Beste')} {D.r.choice(['mevrouw', 'meneer'])} {D.sur(c.F)},",
        "",
        f"{D.k('Dank')} voor uw bericht van {D.k(c.date2)}. {D.k('Ik')} heb uw vraag over dossier "
        f"{D.p(c.case2, 'CASE_NUMBER')} besproken met mijn {D.k('teamleider')}.",
    ]
    lines += D.use("ruzie", c, 1) + [
        "",
        f"{D.k('Met')} vriendelijke groet,",
        f"{D.full(c.O)}",
        D.k(c.func),
        f"{D.k('Gemeente')} {c.city} | {D.k(c.general_ph)}",
    ]
    return "\n".join(lines)


@shape("doc:gemeentelijke_lijkbezorging")
def doc_lijkbezorging(D, c):
    lines = [
        f"{D.k('Dossier')} {D.k('lijkbezorging')} ({D.k('artikel')} 21 {D.k('Wet op de lijkbezorging')})",
        f"{D.k('Overledene')}: {D.lastfirst(c.R)}",
        f"{D.k('Geboren')}: {D.p(c.dob, 'DATE_OF_BIRTH')}, {D.k(c.bplace)}",
        f"{D.k('Laatste')} woonadres: {addr(D, c)}",
        f"{D.k('Nabestaanden')}: geen bereid gevonden; {D.full(c.F)} (broer) heeft {D.k('afgezien')}.",
        f"{D.k('Kosten')}: {D.k(c.amt1)}, te verhalen op de nalatenschap onder {D.p(c.case1, 'CASE_NUMBER')}.",
    ]
    return "\n".join(lines)


@shape("doc:verklaring_verwerping_griffie")
def doc_verwerping(D, c):
    lines = [
        f"{D.k('Akte')} van {D.k('verwerping')} — {D.k('griffie')} {D.k(c.court)}",
        f"{D.k('Verschenen')}: {D.full(c.F2)}, geboren {D.p(c.dob_F, 'DATE_OF_BIRTH')}, wonende "
        f"{addr(D, c, True)}, {D.p(c.pc2, 'POSTCODE')} {D.k(c.city)},",
        f"die verklaart de nalatenschap van {D.ini(c.R)}, overleden {D.k(c.date1)}, te {D.k('verwerpen')}.",
        f"{D.k('Registernummer')}: {D.p(c.case2, 'CASE_NUMBER')}",
    ]
    return "\n".join(lines)


@shape("doc:budgetbeheer_leefgeld")
def doc_leefgeld(D, c):
    lines = [
        f"{D.k('Budgetplan')} {D.k('leefgeld')} — {D.caps(c.R)}",
        f"{D.k('Week')} {D.r.randint(2, 50)}: {D.k(c.amt2)} naar {D.p(c.iban2, 'IBAN')}",
        f"{D.k('Vaste')} lasten via {D.p(c.iban, 'IBAN')}: {D.k('huur')}, {D.k('energie')}, {D.k('water')}",
        f"{D.k('Vragen')}? {D.first(c.B)} van {D.k(c.office)}, {D.p(c.ph_B, 'PHONE')}",
    ]
    lines += D.use("feit", c, 1)
    return "\n".join(lines)


@shape("doc:sms_log")
def doc_sms(D, c):
    lines = [
        f"{D.k('Sms-berichten')} (uitgeprint door {D.first(c.F)})",
        f"{D.k(c.date1)} 08:12 — {D.first(c.R)}: waar is mijn pas. ik heb geen geld voor de {D.k('bakker')}"
        if not (c.known and c.kword == "bakker")
        else f"{D.k(c.date1)} 08:12 — {D.first(c.R)}: waar is mijn pas. ik heb geen {D.k('boodschappen')}",
        f"{D.k(c.date1)} 08:40 — {D.first(c.F)}: {D.first(c.B)} regelt dat. bel {D.p(c.ph_B, 'PHONE')}",
        f"{D.k('Volgende')} dag — {D.first(c.R)}: de {D.k('thuiszorg')} was er niet",
    ]
    lines += D.use("vraag", c, 1)
    return "\n".join(lines)


@shape("zin:pgb_stopgezet", "feit")
def _(D, c):
    return (
        f"{D.k('Het')} {D.k('persoonsgebonden budget')} van {D.first(c.R)} is per {D.k(c.date2)} "
        f"stopgezet door de {D.k('Sociale Verzekeringsbank')}."
    )


@shape("regel:slot_telefonisch_spreekuur", "slot")
def _(D, c):
    return f"{D.k('Telefonisch')} spreekuur {D.k('maandag')} 9.00-11.00 uur; {D.full(c.B)} via {D.p(c.ph_B, 'PHONE')}."


@shape("zin:kluisje_en_sieraden", "feit")
def _(D, c):
    return (
        f"{D.k('Volgens')} {D.full(c.N)} lagen er sieraden in het {D.k('nachtkastje')} die na de "
        f"{D.k('opname')} verdwenen zijn."
    )


KINDS = [f for f in list(globals().values()) if callable(f) and getattr(f, "shape_name", "").startswith("doc:")]


def _known_line(D, c):
    D.k(c.kword)
    return c.ksentence


# ----------------------------------------------------------------------------------------------- gate
def _words(s):
    return {w for w in re.findall(r"[^\W\d_]+", s.lower()) if len(w) > 1 and w not in NM.NAME_PARTICLES}


def gate(doc: dict) -> str | None:
    try:
        SCORE.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not NM.bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not NM.iban_ok(it["text"]):
            return f"iban {it['text']}"
    names = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            names |= _words(it["text"])
    allowed = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            allowed |= {w for w in _words(n) if w in doc["text"]}
    for k in doc["keep"]:
        clash = (_words(k) & names) - (allowed if k == k.lower() else set())
        if clash:
            return f"keep {k!r} shares {clash} with a name"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


# ----------------------------------------------------------------------------------------------- build
def build(i: int, r: random.Random) -> dict:
    c = cast(r, i)
    c.case_court = case_no(r, 8)
    D = Doc(r)
    kind = KINDS[i % len(KINDS)] if r.random() < 0.7 else r.choice(KINDS)
    D.shapes.append(kind.shape_name)
    text = kind(D, c)
    if c.known:
        parts = text.split("\n")
        pos = r.randint(max(1, len(parts) // 2), len(parts))
        parts.insert(pos, _known_line(D, c))
        text = "\n".join(parts)
        if f"mevrouw {c.R['sur']}" not in text and r.random() < 0.7:
            text += f"\n{D.k('Graag')} spreken wij {D.k('binnenkort')} met {title(r)} {D.sur(c.R)}."
    doc = {
        "id": f"fresh26c-{i:04d}",
        "text": text,
        "pii": [it for it in D.pii if it["text"] in text],
        "keep": [k for k in D.keep if k in text],
    }
    if c.known:
        kn = {"names": [c.R["full"]]}
        if any(it["text"] == c.em_R for it in doc["pii"]):
            kn["emails"] = [c.em_R]
        if any(it["text"] == c.ph_R for it in doc["pii"]):
            kn["phones"] = [c.ph_R]
        doc["known"] = kn
    doc["_shapes"] = D.shapes
    return doc


def generate():
    docs, redraws = [], 0
    for i in range(N_DOCS):
        attempt = 0
        r = random.Random(f"{SEED}-{i}")
        while True:
            d = build(i, r)
            shapes = d.pop("_shapes")
            reason = gate(d)
            if c_ok(d) and reason is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 200:
                raise SystemExit(f"{d['id']}: {reason}")
            r = random.Random(f"{SEED}-{i}-{attempt}")
        d["_shapes"] = shapes
        docs.append(d)
    return docs, redraws


def c_ok(d):
    """Known-name documents must name the resident in full."""
    return "known" not in d or d["known"]["names"][0] in d["text"]


def dump(docs) -> str:
    return "".join(json.dumps({k: v for k, v in d.items() if k != "_shapes"}, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws = generate()
    text = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh26c_texts.jsonl is up to date" if same else "fresh26c_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        used = Counter(s for d in docs for s in d["_shapes"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"{lab:15s} {labels[lab]}")
        print(f"pii items: {sum(labels.values())}; keep words: {sum(len(d['keep']) for d in docs)}")
        print(
            f"shapes registered: {len(SHAPES)} (doc {sum(v == 'doc' for v in SHAPES.values())}, "
            f"sentence/line {sum(v != 'doc' for v in SHAPES.values())}); shapes used: {len(used)}"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"origin groups: {len(NM.ORIGINS)}")
        print(f"redraws: {redraws}")
        print(f"gate failures: {sum(gate({k: v for k, v in d.items() if k != '_shapes'}) is not None for d in docs)}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} (redraws {redraws})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
