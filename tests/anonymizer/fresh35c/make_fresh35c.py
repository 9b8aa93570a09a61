#!/usr/bin/env python3
"""Blind annotated corpus fresh35c: residents returning from prison or a clinic (nazorg, re-entry).

Usage (from the worktree root, PYTHONPATH=.):
  python tests/anonymizer/fresh35c/make_fresh35c.py           write fresh35c_texts.jsonl
  python tests/anonymizer/fresh35c/make_fresh35c.py --check   exit 1 if the committed file differs
  python tests/anonymizer/fresh35c/make_fresh35c.py --stats   counts per label, shapes, known names, redraws

Each document i draws from random.Random("20261293-<i>"); a document failing gate() is redrawn from
"20261293-<i>-<attempt>". Standard library only.
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
import names35c as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked = _score.check_doc, _score.leaked

SEED = 20261293
N_DOCS = 300
OUT = HERE / "fresh35c_texts.jsonl"
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

SHAPES: dict[str, object] = {}
DOC_KINDS: list[str] = []
SENTS: list[str] = []


def shape(kind):
    def deco(f):
        name = f"{kind}:{f.__name__}"
        SHAPES[name] = f
        (DOC_KINDS if kind == "doc" else SENTS if kind == "sent" else []).append(name)
        return f

    return deco


# ---------------------------------------------------------------------------------------------- people and documents


class Person:
    def __init__(self, first, particle, core, female, origin, role=""):
        self.first, self.particle, self.core, self.female, self.origin = first, particle, core, female, origin
        self.role = role
        self.init2 = ""

    @property
    def zijn(self):
        return "haar" if self.female else "zijn"

    @property
    def hij(self):
        return "zij" if self.female else "hij"

    @property
    def Hij(self):
        return "Zij" if self.female else "Hij"

    def sur_low(self):
        return f"{self.particle} {self.core}" if self.particle else self.core

    def sur_cap(self):
        return (self.particle[0].upper() + self.particle[1:] + " " + self.core) if self.particle else self.core

    def full(self):
        return f"{self.first} {self.sur_low()}"


class Doc:
    def __init__(self, r: random.Random, i: int, known: bool):
        self.r, self.i, self.is_known = r, i, known
        self.pii, self.keep, self.shapes = [], [], []
        self.cast: dict[str, Person] = {}
        self.known = None
        self.used_surnames: set[str] = set()
        self.used_streets: set[str] = set()
        self.city = r.choice(N.CITIES)

    # recording
    def p(self, text, label):
        if (text, label) not in [(x["text"], x["label"]) for x in self.pii]:
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, word):
        if word not in self.keep:
            self.keep.append(word)
        return word

    def c(self, seq):
        return self.r.choice(seq)

    # people
    def new_person(self, origin=None, female=None, family: Person | None = None, role=""):
        r = self.r
        if female is None:
            female = r.random() < 0.5
        if family is not None:
            origin, particle, core = family.origin, family.particle, family.core
        else:
            for _ in range(50):
                origin = origin or r.choice(list(N.ORIGINS))
                _m, _f, pre, suf, _j = N.ORIGINS[origin]
                core = r.choice(pre) + r.choice(suf)
                if origin == "polish" and female and core.endswith("ski"):
                    core = core[:-1] + "a"
                if origin in ("bulgarian", "russian") and female:
                    core += "a"
                particle = ""
                if origin == "dutch_particle":
                    particle = r.choice(N.DUTCH_PARTICLES)
                elif origin == "flemish" and r.random() < 0.4:
                    particle = r.choice(["van den", "de", "van"])
                if core not in self.used_surnames:
                    break
                origin = None if family is None else origin
        self.used_surnames.add(core)
        m, f, *_ = N.ORIGINS[origin]
        used_first = {p.first for p in self.cast.values()}
        pool = [x for x in (f if female else m) if x not in used_first] or (f if female else m)
        first = r.choice(pool)
        p = Person(first, particle, core, female, origin, role)
        p.init2 = r.choice("ABCDEFGHJKLMNPRSTW")
        return p

    def get(self, key, **kw):
        if key not in self.cast:
            if key == "F" and "R" in self.cast:
                kw.setdefault("family", self.cast["R"])
            self.cast[key] = self.new_person(**kw)
        return self.cast[key]

    # name forms (every form recorded as written; titles outside the item)
    def full(self, who):
        return self.p(who.full(), "PERSON")

    def sur(self, who):
        return self.p(who.sur_cap(), "PERSON")

    def first(self, who):
        return self.p(who.first, "PERSON")

    def ini(self, who, two=None):
        two = self.r.random() < 0.5 if two is None else two
        ini = who.first[0] + "." + (who.init2 + "." if two else "")
        return self.p(f"{ini} {who.sur_low()}", "PERSON")

    def up(self, who, full=True):
        return self.p((who.full() if full else who.sur_cap()).upper(), "PERSON")

    def low(self, who, full=False):
        return self.p((who.full() if full else who.first).lower(), "PERSON")

    def poss(self, who, form="sur"):
        base = self.sur(who) if form == "sur" else self.first(who)
        return base + ("'" if base[-1] in "sxz" else "'s")

    def title(self, who):
        return self.c(["mevrouw", "mevr.", "mw."]) if who.female else self.c(["meneer", "de heer", "dhr."])

    def tsur(self, who):
        return f"{self.title(who)} {self.sur(who)}"

    def any_name(self, who):
        return self.c([self.full, self.full, self.ini, self.tsur])(who)

    def email(self, who, official_domain=None):
        r = self.r
        f, s = (
            N.fold(who.first.lower()).replace(" ", ""),
            N.fold(who.sur_low().lower()).replace(" ", "").replace("'", ""),
        )
        if official_domain:
            local = r.choice([f"{f[0]}.{s}", f"{f}.{s}", f"{f[0]}{who.init2.lower()}.{s}"])
            dom = official_domain
        else:
            local = r.choice(
                [
                    f"{f}.{s}",
                    f"{f}{s}{r.randint(1, 99)}",
                    f"{s}.{f[0]}",
                    f"{f}_{s}",
                    f"{f}-{r.randint(70, 99)}",
                    f"{f[0]}{s}",
                    f"{s}{r.randint(1960, 2004)}",
                ]
            )
            dom = r.choice(N.MAIL_DOMAINS)
        e = self.p(f"{local}@{dom}", "EMAIL")
        self.name_tokens(local, who)
        return e

    def name_tokens(self, s, who):
        """A name written lower case inside an e-mail address, handle or file name is a PERSON item as written."""
        f, c = N.fold(who.first.lower()), N.fold(who.core.lower())
        for m in re.finditer(r"(?<![A-Za-z0-9_])[A-Za-z]+(?![A-Za-z0-9_])", s):
            t = m.group(0)
            if len(t) > 1 and (t.lower() == f or c in t.lower()):
                self.p(t, "PERSON")

    # structured items
    def phone(self, mobile=True):
        r = self.r
        if mobile:
            d = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
            fmt = r.choice(
                [
                    f"0{d[0]}-{d[1:]}",
                    f"0{d[0]} {d[1:5]} {d[5:]}",
                    f"+31 {d[0]} {d[1:]}",
                    f"0031 {d[0]} {d[1:5]} {d[5:]}",
                    f"0{d[0]}{d[1:]}",
                    f"+316{d[1:]}",
                    f"0{d[0]}-{d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                ]
            )
        else:
            area = r.choice(
                ["10", "70", "30", "36", "26", "38", "58", "13", "76", "24", "23", "78", "320", "53", "55", "77"]
            )
            rest = "".join(str(r.randint(0, 9)) for _ in range(9 - len(area)))
            rest = str(r.randint(2, 9)) + rest[1:]
            fmt = r.choice(
                [f"0{area}-{rest}", f"(0{area}) {rest}", f"0{area} {rest[:3]} {rest[3:]}", f"+31 {area} {rest}"]
            )
        return self.p(fmt, "PHONE")

    def bsn(self):
        b = N.bsn(self.r)
        fmt = self.c([b, b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}", f"{b[:3]}.{b[3:6]}.{b[6:]}"])
        return self.p(fmt, "BSN")

    def iban(self):
        x = N.iban(self.r)
        fmt = self.c(
            [x, " ".join(x[j : j + 4] for j in range(0, len(x), 4)), x.lower() if self.r.random() < 0.1 else x]
        )
        return self.p(fmt, "IBAN")

    def plate(self):
        r = self.r
        L = "BDFGHJKLNPRSTVXZ"
        a = lambda n: "".join(r.choice(L) for _ in range(n))
        d = lambda n: "".join(str(r.randint(1 if j == 0 else 0, 9)) for j in range(n))
        fmt = r.choice(
            [
                f"{d(2)}-{a(3)}-{d(1)}",
                f"{d(1)}-{a(3)}-{d(2)}",
                f"{a(2)}-{d(3)}-{a(1)}",
                f"{a(1)}-{d(3)}-{a(2)}",
                f"{a(3)}-{d(2)}-{a(1)}",
                f"{d(1)}-{a(2)}-{d(3)}",
                f"{a(2)}-{a(2)}-{d(2)}",
            ]
        )
        return self.p(fmt, "LICENSE_PLATE")

    def case(self, kind=None):
        r = self.r
        y = r.choice(["2024", "2025", "2026"])
        n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        fmts = {
            "nazorg": [f"NZG-{y}-{n(4)}", f"NZ{y[2:]}/{n(5)}", f"nazorg-{y}.{n(4)}"],
            "recl": [f"RN{y[2:]}-{n(6)}", f"RCL/{y}/{n(5)}-T", f"RN.{n(3)}.{n(4)}"],
            "zvh": [f"ZVH-{n(3)}-{y}", f"ZVH{y[2:]}.{n(4)}", f"CASUS {n(4)}/{y[2:]}"],
            "bb": [f"BB{y[2:]}-{n(3)}", f"BUBEM-{n(4)}", f"BB/{y}/{n(3)}K"],
            "schuld": [f"SHV-{n(6)}", f"KB{y}{n(5)}", f"SCHU {n(3)} {n(3)}"],
            "wi": [f"WI-{y}-{n(5)}", f"P{n(7)}", f"WIZ/{n(4)}/{y[2:]}"],
            "woon": [f"URG-{y[2:]}-{n(4)}", f"WN{n(6)}", f"BTH.{y}.{n(3)}"],
            "id": [f"BZ-ID-{n(5)}", f"GBA/{y}/{n(4)}", f"AVR-{n(6)}"],
        }
        kind = kind or r.choice(list(fmts))
        return self.p(r.choice(fmts[kind]), "CASE_NUMBER")

    def dob(self, cue=True):
        r = self.r
        y, m, dd = r.randint(1958, 2004), r.randint(1, 12), r.randint(1, 28)
        styles = [
            f"{dd} {N.MONTHS[m - 1]} {y}",
            f"{dd:02d}-{m:02d}-{y}",
            f"{dd}-{m}-{y}",
            f"{dd:02d}.{m:02d}.{y}",
            f"{dd:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{dd} {N.MON_ABBR[m - 1]} {y}",
            f"{dd:02d} {N.MONTHS[m - 1][:3].upper()} {y}",
            f"{dd}/{m}/'{str(y)[2:]}",
            f"{dd}-{m}-'{str(y)[2:]}",
            f"{dd}e {N.MONTHS[m - 1]} {y}",
        ]
        s = self.p(r.choice(styles), "DATE_OF_BIRTH")
        if not cue:
            return s
        return r.choice(
            [
                f"geboren {s}",
                f"geb. {s}",
                f"geboren op {s}",
                f"°{s}",
                f"* {s}",
                f"geboortedatum {s}",
                f"geb.datum {s}",
                f"DOB {s}",
                f"gebooren {s}",
            ][:8]
        )

    def postcode(self):
        r = self.r
        pc = f"{r.randint(1011, 9999)}{r.choice('BCDEGHJKLMNPRTVWXZ')}{r.choice('ABCEGHJKLMNPRTVWXZ')}"
        return self.p(self.c([pc[:4] + " " + pc[4:], pc]), "POSTCODE")

    def street(self):
        for _ in range(30):
            s = self.c(N.STREET_A) + self.c(N.STREET_B)
            if s not in self.used_streets:
                break
        self.used_streets.add(s)
        return s

    def addr(self, number=True, street=None):
        s = street or self.street()
        if not number:
            return self.p(s, "ADDRESS")
        r = self.r
        n = str(r.randint(1, 240)) + r.choice(["", "", "", "-A", " B", "-2", "bis", "-III", " hs"])
        return self.p(f"{s} {n}", "ADDRESS")

    def full_addr(self):
        return f"{self.addr()}, {self.postcode()} {self.k(self.city)}"

    # ordinary material
    def date(self, year=None):
        r = self.r
        y = year or r.choice([2025, 2026])
        m = r.randint(1, 12)
        return self.k(f"{r.randint(1, 28)} {N.MONTHS[m - 1]} {y}")

    def ddate(self):
        r = self.r
        return f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{r.choice([2025, 2026])}"

    def amount(self):
        r = self.r
        v = r.randint(40, 9800)
        s = f"{v:,}".replace(",", ".") + f",{r.choice(['00', '50', '25', '95', '10', '40'])}"
        return "€ " + self.k(s)

    def gemeente_mail(self, box):
        return self.k(f"{box}@{self.city.lower().replace(' ', '')}.nl")

    def gemeente_phone(self):
        return self.k(f"14 0{self.r.randint(10, 99)}")

    def inst(self):
        return self.k(self.c(N.INSTITUTIONS + N.CLINICS))


OFFICIALS = {
    "RC": (
        "reclasseringswerker",
        ["Reclassering Nederland", "Leger des Heils Jeugdbescherming & Reclassering", "Verslavingsreclassering"],
        "reclassering.nl",
    ),
    "CO": ("nazorgcoördinator", ["team Nazorg", "afdeling Veiligheid", "team Re-integratie"], None),
    "CW": ("consulent", ["Werk en Inkomen", "team Participatie", "afdeling Inkomensondersteuning"], None),
    "SH": ("schuldhulpverlener", ["Kredietbank", "Stadsbank", "team Schuldhulpverlening"], None),
    "WC": ("woonconsulent", ["Woonbron", "Portaal", "Woonstede", "Stadgenoot"], None),
    "WA": ("wijkagent", ["Politie basisteam"], "politie.nl"),
    "MMD": ("casemanager", ["MMD", "Medische Dienst", "afdeling Ontslagvoorbereiding"], "dji.minjus.nl"),
    "M": ("bemiddelaar", ["Buurtbemiddeling", "Verzoek tot Afstemming", "bureau Herstelbemiddeling"], None),
    "SA": ("slachtofferadviseur", ["Slachtofferhulp Nederland"], "slachtofferhulp.nl"),
    "BZ": ("baliemedewerker", ["Burgerzaken", "KCC"], None),
}


def off(d: Doc, key):
    p = d.get(key)
    fn, depts, dom = OFFICIALS[key]
    if not p.role:
        p.role = fn
        p.dept = d.c(depts)
        p.dom = dom or f"{d.city.lower().replace(' ', '')}.nl"
    return p


def func(d: Doc, key):
    p = off(d, key)
    return f"{p.role} van {d.k(p.dept) if ' ' not in p.dept else p.dept}"


def R(d):
    return d.get("R")


# ---------------------------------------------------------------------------------------------------- sentence shapes


@shape("sent")
def s_release(d):
    r = R(d)
    return (
        f"{d.any_name(r)} ({d.dob(cue=d.r.random() < 0.6)}) komt op {d.date()} vrij uit {d.inst()} en heeft nog "
        f"geen {d.k('woonadres')}."
    )


@shape("sent")
def s_id_missing(d):
    r = R(d)
    return (
        f"Het {d.k('paspoort')} van {d.tsur(r)} is tijdens de {d.k('detentie')} verlopen; bij {d.k('Burgerzaken')} "
        f"kan {r.hij} pas een {d.k('identiteitskaart')} aanvragen als er een briefadres is."
    )


@shape("sent")
def s_briefadres(d):
    r = R(d)
    return (
        f"Voorlopig staat {d.full(r)} met een {d.k('briefadres')} ingeschreven op {d.addr()} bij "
        f"{d.k('Stichting')} Dak en Thuis, kenmerk {d.case('id')}."
    )


@shape("sent")
def s_recl_meldplicht(d):
    r, o = R(d), off(d, "RC")
    return (
        f"{d.full(o)} ({func(d, 'RC')}) meldt dat {d.first(r)} zich elke {d.k(d.c(N.WEEKDAYS))} moet melden in het "
        f"kader van de {d.k('meldplicht')} en een {d.k('enkelband')} draagt tot {d.date()}."
    )


@shape("sent")
def s_bijstand(d):
    r, o = R(d), off(d, "CW")
    return (
        f"De {d.k('bijstandsuitkering')} van {d.tsur(r)} (BSN {d.bsn()}) is per {d.date()} toegekend; de eerste "
        f"betaling van {d.amount()} gaat naar {d.iban()}. Contactpersoon: {d.ini(o)}, {func(d, 'CW')}."
    )


@shape("sent")
def s_schulden(d):
    r = R(d)
    return (
        f"Tijdens de detentie zijn de schulden van {d.first(r)} opgelopen tot {d.amount()}, onder meer bij het "
        f"{d.k('CJIB')} en de {d.k('zorgverzekeraar')}."
    )


@shape("sent")
def s_victim_objects(d):
    v = d.get("V")
    return (
        f"{d.full(v)} van de {d.addr(number=False)} wil niet dat de dader terugkeert in de {d.k('buurt')} en heeft "
        f"een {d.k('gebiedsverbod')} gevraagd via het {d.k('Openbaar')} Ministerie."
    )


@shape("sent")
def s_neighbours_petition(d):
    n = d.get("N")
    return (
        f"Namens de bewoners van {d.addr(number=False)} heeft {d.full(n)} een {d.k('petitie')} met "
        f"{d.r.randint(12, 84)} {d.k('handtekeningen')} aangeboden aan de {d.k('burgemeester')}."
    )


@shape("sent")
def s_mediator_plan(d):
    m, r, n = off(d, "M"), R(d), d.get("N")
    return (
        f"{d.ini(m)} van {d.k(m.dept) if ' ' not in m.dept else m.dept} stelt een {d.k('kennismakingsgesprek')} voor "
        f"tussen {d.tsur(r)} en {d.tsur(n)} op neutraal terrein, in het {d.k('buurthuis')}."
    )


@shape("sent")
def s_family_house(d):
    r, f = R(d), d.get("F")
    return (
        f"{d.first(r)} mag tijdelijk slapen bij {r.zijn} {d.k('zus' if f.female else 'broer')} {d.full(f)} op "
        f"{d.full_addr()}, maar de {d.k('verhuurder')} staat dat maar zes weken toe."
    )


@shape("sent")
def s_mother_call(d):
    r, f = R(d), d.get("MO", female=True, family=R(d))
    return (
        f"De moeder, mevrouw {d.sur(f)}, belde vanaf {d.phone()} omdat {d.poss(r, 'first')} telefoon na de "
        f"{d.k('vrijlating')} is afgesloten."
    )


@shape("sent")
def s_car(d):
    r = R(d)
    return (
        f"De scooter ({d.plate()}) die {d.full(r)} vóór de {d.k('opname')} kocht, is nooit afgemeld; de "
        f"{d.k('wegenbelasting')} liep gewoon door."
    )


@shape("sent")
def s_clinic_leave(d):
    r = R(d)
    return (
        f"Na {d.r.randint(8, 30)} maanden in {d.k(d.c(N.CLINICS))} gaat {d.tsur(r)} met {d.k('proefverlof')}; "
        f"de {d.k('tbs')} wordt voorwaardelijk beëindigd."
    )


@shape("sent")
def s_whatsapp_quote(d):
    r = R(d)
    return (
        f'{d.poss(r)} bericht luidde letterlijk: "{d.c(["ik heb echt niks", "waar moet ik heen", "niemand belt terug"])}, '
        f'app me op {d.phone()}".'
    )


@shape("sent")
def s_toeslag(d):
    r = R(d)
    return (
        f"De {d.k('zorgtoeslag')} en {d.k('huurtoeslag')} van {d.ini(r)} ({d.dob()}) zijn stopgezet door de "
        f"{d.k('Belastingdienst')} en moeten opnieuw worden aangevraagd."
    )


@shape("sent")
def s_coordinator_agreement(d):
    c, r = off(d, "CO"), R(d)
    return (
        f"Afspraak met {d.tsur(c)} ({func(d, 'CO')}): vóór {d.date()} ligt er een {d.k('nazorgplan')} voor "
        f"{d.full(r)}, dossier {d.case('nazorg')}."
    )


@shape("sent")
def s_wijkagent(d):
    w, n = off(d, "WA"), d.get("N")
    return (
        f"Wijkagent {d.full(w)} heeft met {d.tsur(n)} gesproken over de {d.k('zorgen')} in de straat; "
        f"er is geen {d.k('aangifte')} gedaan."
    )


@shape("sent")
def s_housing_urgency(d):
    r, w = R(d), off(d, "WC")
    return (
        f"De {d.k('urgentieaanvraag')} van {d.full(r)} (kenmerk {d.case('woon')}) is afgewezen; "
        f"{d.ini(w)} van {d.k(w.dept)} biedt een {d.k('Skaeve')} Huse-unit aan."
    )


@shape("sent")
def s_debt_creditor(d):
    r, s = R(d), off(d, "SH")
    return (
        f"Schuldeiser {d.k(d.c(['Vattenfall', 'Eneco', 'Ziggo', 'Odido', 'Zilveren Kruis', 'DUO']))} heeft "
        f"beslag gelegd op de rekening {d.iban()} van {d.tsur(r)}; {d.full(s)} vraagt om een {d.k('moratorium')}."
    )


@shape("sent")
def s_victim_fear(d):
    v = d.get("V")
    return (
        f'"Ik durf \'s avonds niet meer naar de {d.k("supermarkt")}", schreef {d.first(v)} in {v.zijn} mail van '
        f"{d.email(v)}."
    )


@shape("sent")
def s_contact_ban(d):
    r, v = R(d), d.get("V")
    return (
        f"Het {d.k('contactverbod')} verbiedt {d.tsur(r)} om contact te zoeken met {d.full(v)} of te komen in de "
        f"straten rond {d.addr()}."
    )


@shape("sent")
def s_phone_reach(d):
    r = R(d)
    return f"{d.full(r)} is overdag bereikbaar op {d.phone()} en 's avonds via {d.email(r)}."


@shape("sent")
def s_job(d):
    r = R(d)
    return (
        f"{d.first(r)} kan bij een {d.k('leerwerkbedrijf')} aan de slag als {d.k('heftruckchauffeur')} zodra het "
        f"{d.k('VOG')}-traject klaar is."
    )


@shape("sent")
def s_upper_heading(d):
    r = R(d)
    return f"DOSSIER {d.up(r)} – {d.k('NAZORG')} {d.case('nazorg')}"


@shape("sent")
def s_lower_informal(d):
    r = R(d)
    return (
        f"{d.k('gisteren')} nog {d.low(r)} gesproken, {r.hij} zit nu bij {r.zijn} neef en heeft geen "
        f"{d.k('zorgverzekering')} meer"
    )


@shape("sent")
def s_probation_conditions(d):
    r = R(d)
    return (
        f"De {d.k('bijzondere')} voorwaarden voor {d.ini(r)} zijn: geen alcohol, behandeling bij de "
        f"{d.k('forensische')} polikliniek en een {d.k('locatiegebod')} op {d.addr()}."
    )


@shape("sent")
def s_birth_plain(d):
    r = R(d)
    return (
        f"{d.tsur(r)} is op {d.dob(cue=False)} in {d.k(d.c(['Paramaribo', 'Nador', 'Kayseri', 'Asmara', 'Gdańsk', 'Willemstad', 'Mogadishu', 'Kumasi', 'Aleppo']))} geboren "
        f"en woont sinds {d.r.randint(1975, 2015)} in {d.k('Nederland')}."
    )


@shape("sent")
def s_neighbour_support(d):
    n2 = d.get("N2")
    return (
        f"Niet iedereen is tegen: buurvrouw {d.full(n2)} van {d.addr()} biedt aan om samen met {d.k('Humanitas')} "
        f"een {d.k('maatje')} te regelen."
    )


@shape("sent")
def s_cjib(d):
    r = R(d)
    return f"Het {d.k('CJIB')} vordert {d.amount()} aan openstaande boetes van {d.full(r)} (kenteken {d.plate()})."


@shape("sent")
def s_mediator_deadline(d):
    m, c = off(d, "M"), off(d, "CO")
    return (
        f"De bemiddelaar {d.full(m)} en {d.tsur(c)} spraken af dat er binnen {d.k('tien')} werkdagen een "
        f"{d.k('terugkoppeling')} komt."
    )


@shape("sent")
def s_pi_mmd(d):
    r, o = R(d), off(d, "MMD")
    return (
        f"{d.full(o)}, {o.role} bij de {d.k(o.dept)} van {d.inst()}, laat weten dat {d.poss(r)} {d.k('DigiD')} nog "
        f"niet is geactiveerd."
    )


@shape("sent")
def s_file_names(d):
    r = R(d)
    s = N.fold(r.core.lower()).replace(" ", "")
    yr = d.c(["2025", "2026"])
    fn = d.c(
        [
            f"nazorgplan-{s}-{yr}.pdf",
            f"verslag_{yr}-{s}.docx",
            f"{s}.{N.fold(r.first.lower())}.bijlage.pdf",
            f"risicotaxatie-{s}.pdf",
        ]
    )
    d.name_tokens(fn, r)
    return f"Bijlage: {fn} ({d.k('vertrouwelijk')})."


@shape("sent")
def s_handle(d):
    r = R(d)
    h = d.c(
        [f"@{N.fold(r.first.lower())}.{N.fold(r.core.lower())}", f"@{N.fold(r.core.lower())}-{d.r.randint(10, 99)}"]
    )
    d.name_tokens(h, r)
    return f"Op {d.k('Instagram')} dreigt het account {h} met een {d.k('actie')} tegen de {d.k('opvang')}."


@shape("sent")
def s_two_family(d):
    r, f = R(d), d.get("F")
    return (
        f"De familie {d.sur(r)} ({d.first(r)} en {d.first(f)}) heeft samen nog {d.amount()} aan "
        f"{d.k('huurachterstand')} bij {d.k('Vestia')}."
    )


@shape("sent")
def s_postcode_only(d):
    r = R(d)
    return (
        f"De oude woning in postcodegebied {d.postcode()} is door de {d.k('corporatie')} ontbonden tijdens "
        f"{d.poss(r, 'first')} {d.k('gevangenisstraf')}."
    )


@shape("sent")
def s_benefit_refusal(d):
    r = R(d)
    return (
        f"Op {d.date()} is de aanvraag {d.case('wi')} van {d.ini(r)} buiten behandeling gesteld, omdat "
        f"de {d.k('bankafschriften')} ontbraken."
    )


@shape("sent")
def s_leger(d):
    r = R(d)
    return (
        f"Het {d.k('Leger')} des Heils heeft {d.tsur(r)} een kamer aangeboden in de {d.k('Domus')}-voorziening "
        f"tot het einde van {d.k(d.c(N.MONTHS))}."
    )


@shape("sent")
def s_victim_mediator(d):
    v, sa = d.get("V"), off(d, "SA")
    return (
        f"{d.full(sa)} van {d.k('Slachtofferhulp')} begeleidt {d.tsur(v)} ({d.phone(mobile=False)}) en vraagt "
        f"of {v.hij} bij het {d.k('herstelgesprek')} aanwezig wil zijn."
    )


@shape("sent")
def s_landline_generic(d):
    c = off(d, "CO")
    return (
        f"Vragen? Bel het {d.k('Meldpunt')} Nazorg via {d.gemeente_phone()} of mail {d.gemeente_mail('nazorg')}; "
        f"{d.full(c)} is er op {d.k(d.c(N.WEEKDAYS))}."
    )


@shape("sent")
def s_colon_list(d):
    r = R(d)
    return (
        f"Ontbreekt nog: {d.k('geboorteakte')} ({d.dob(cue=False)}), {d.k('uittreksel')} BRP, "
        f"{d.k('pasfoto')}, {d.k('leges')} {d.amount()}. Aanvrager: {d.full(r)}."
    )


@shape("sent")
def s_ggz(d):
    r = R(d)
    return (
        f"Het {d.k('FACT-team')} neemt {d.tsur(r)} over na ontslag uit {d.k(d.c(N.CLINICS))}; de medicatie wordt "
        f"via de huisarts voortgezet."
    )


@shape("sent")
def s_question_form(d):
    r = R(d)
    return f"Is {d.full(r)} ingeschreven in de {d.k('BRP')}? {d.k('Ja')}, sinds {d.date()}, op {d.full_addr()}."


@shape("sent")
def s_neighbour_quote_caps(d):
    n = d.get("N")
    return (
        f'{d.full(n)} schreef in hoofdletters: "WIJ WILLEN {d.k("GEEN")} {d.up(R(d), full=False)} IN ONZE '
        f'{d.k("PORTIEK")}".'
    )


@shape("sent")
def s_iban_refund(d):
    r = R(d)
    return (
        f"Graag het {d.k('restant')} van het {d.k('Fonds')} Nazorg overmaken op {d.iban()} t.n.v. {d.ini(r, two=True)}."
    )


@shape("sent")
def s_lost_id(d):
    r = R(d)
    return (
        f"Bij de {d.k('overplaatsing')} raakte {d.poss(r, 'first')} {d.k('rijbewijs')} kwijt; proces-verbaal "
        f"van vermissing {d.case('id')}."
    )


@shape("sent")
def s_sibling_email(d):
    r, f = R(d), d.get("F")
    return (
        f"{r.zijn.capitalize()} {d.k('zus' if f.female else 'broer')} {d.first(f)} ({d.email(f)}) wil als "
        f"{d.k('contactpersoon')} worden opgenomen."
    )


@shape("sent")
def s_zvh(d):
    r = R(d)
    return (
        f"Casus {d.case('zvh')} ({d.tsur(r)}) is besproken in het {d.k('Zorg-')} en {d.k('Veiligheidshuis')}; "
        f"{d.k('risico')} op terugval: {d.k(d.c(['hoog', 'midden', 'laag']))}."
    )


@shape("sent")
def s_schuld_bsn(d):
    r, s = R(d), off(d, "SH")
    return (
        f"Via {d.ini(s)} ({d.email(s, official_domain=s.dom)}) aangemeld voor {d.k('schuldhulp')}: cliënt "
        f"{d.full(r)} (BSN {d.bsn()}; {d.dob()})."
    )


@shape("sent")
def s_bb_intake(d):
    n, r = d.get("N"), R(d)
    return (
        f"Intake {d.k('buurtbemiddeling')} {d.case('bb')}: {d.tsur(n)} klaagt over bezoek 's nachts bij "
        f"{d.poss(r)} woning op {d.addr()}."
    )


@shape("sent")
def s_nephew_plate(d):
    f = d.get("NE", female=False, family=R(d))
    return f"Een neef, {d.full(f)}, haalt {d.first(R(d))} op met de bestelbus {d.plate()} bij de {d.k('uitgang')}."


@shape("sent")
def s_ov(d):
    r = R(d)
    return (
        f"Voor de reis naar de {d.k('reclassering')} krijgt {d.first(r)} een {d.k('ov-kaart')} met tegoed van "
        f"{d.amount()}."
    )


@shape("sent")
def s_paren_initials(d):
    r, o = R(d), off(d, "RC")
    return f"Overdracht: {d.ini(r, two=True)} (cliënt) → {d.ini(o)} ({d.k('Reclassering')}), ingangsdatum {d.date()}."


@shape("sent")
def s_moved_victim(d):
    v = d.get("V")
    return (
        f"Het slachtoffer, {d.full(v)}, is inmiddels verhuisd naar {d.postcode()} en wil dat adres "
        f"{d.k('geheim')} houden."
    )


@shape("sent")
def s_work_email(d):
    c = off(d, "CO")
    return f"Reacties graag aan {d.email(c, official_domain=c.dom)} of {d.gemeente_mail('reintegratie')}."


@shape("sent")
def s_apology(d):
    r = R(d)
    return (
        f"{d.first(r)} heeft een {d.k('excuusbrief')} geschreven; de {d.k('mediator')} beslist samen met "
        f"{d.tsur(d.get('V'))} of die wordt doorgestuurd."
    )


@shape("sent")
def s_sport(d):
    r = R(d)
    return f"Zaterdag traint {d.first(r)} mee bij de {d.k('boksschool')} in {d.k('Wijkcentrum')} De Schakel."


@shape("sent")
def s_child(d):
    r, f = R(d), d.get("DA", female=True, family=R(d))
    return (
        f"{d.poss(r, 'first')} dochter {d.full(f)} ({d.dob(cue=False)}) woont bij {r.zijn} ex-partner; "
        f"een {d.k('omgangsregeling')} ligt bij de {d.k('rechtbank')}."
    )


# ----------------------------------------------------------------------------------------------------- known names


def known_sentence(d: Doc):
    kn = d.known
    return kn["sent"]


# ------------------------------------------------------------------------------------------------------ document kinds


def body(d, n):
    """n distinct sentence shapes."""
    out = []
    for name in d.r.sample(SENTS, n):
        d.shapes.append(name)
        out.append(SHAPES[name](d))
    return out


def sal(d, who):
    form = d.c(
        [
            lambda: f"Beste {d.first(who)},",
            lambda: f"Geachte {d.tsur(who)},",
            lambda: f"Hoi {d.first(who)},",
            lambda: f"Geachte heer/mevrouw {d.sur(who)},",
        ]
    )
    return form()


def sign(d, who, key=None):
    g = d.c(["Met vriendelijke groet,", "Groet,", "Hartelijke groet,", "mvg"])
    tail = f"\n{func(d, key)}" if key else ""
    return f"{g}\n{d.full(who)}{tail}"


@shape("doc")
def d_overdracht(d):
    r = R(d)
    lines = [
        "OVERDRACHTSFORMULIER " + d.k("PENITENTIAIRE") + " INRICHTING → GEMEENTE",
        f"Naam: {d.full(r)}",
        f"Geboortedatum: {d.dob(cue=False)}",
        f"BSN: {d.bsn()}",
        f"Datum ontslag: {d.date()}",
        f"Laatste woonadres: {d.full_addr()}",
        f"Inrichting: {d.inst()}",
        f"Contact reclassering: {d.full(off(d, 'RC'))}, {d.phone(mobile=False)}",
    ]
    return "\n".join(lines + body(d, 2))


@shape("doc")
def d_checklist_id(d):
    r = R(d)
    return "\n".join(
        [
            f"{d.k('Checklist')} {d.k('identiteitsbewijs')} – {d.full(r)}",
            f"[x] {d.k('Briefadres')} geregeld ({d.addr()})",
            "[ ] Pasfoto's",
            f"[ ] Afspraak {d.k('Burgerzaken')} op {d.date()}",
        ]
        + body(d, 2)
    )


@shape("doc")
def d_whatsapp(d):
    r, c = R(d), off(d, "CO")
    t = lambda: f"{d.r.randint(7, 22):02d}:{d.r.randint(0, 59):02d}"
    lines = [
        f"[{t()}] {d.first(r)}: heb je mijn {d.k('uitkering')} al geregeld",
        f"[{t()}] {d.full(c)}: Nog niet, de {d.k('aanvraag')} loopt. Stuur je {d.k('bankpas')} foto?",
        f"[{t()}] {d.first(r)}: rekening is {d.iban()}",
        f"[{t()}] {d.first(r)}: en mijn nieuwe nummer {d.phone()}",
    ]
    return "\n".join(lines + body(d, 1))


@shape("doc")
def d_email_recl(d):
    o, c = off(d, "RC"), off(d, "CO")
    head = [
        f"Van: {d.full(o)} <{d.email(o, official_domain=o.dom)}>",
        f"Aan: {d.gemeente_mail('nazorg')}",
        f"Onderwerp: {d.k('Aanmelding')} nazorg {d.case('recl')}",
        "",
        sal(d, c),
    ]
    return "\n".join(head + body(d, 3) + [sign(d, o, "RC")])


@shape("doc")
def d_victim_letter(d):
    v, r = d.get("V"), R(d)
    return "\n".join(
        [
            f"{d.full(v)}",
            f"{d.full_addr()}",
            "",
            f"{d.city}, {d.date()}",
            "",
            f"{d.k('Betreft')}: {d.k('bezwaar')} tegen terugkeer van {d.full(r)}",
            f"Geachte {d.k('burgemeester')},",
        ]
        + body(d, 2)
        + [f"Ik ben bereikbaar op {d.phone()}.", f"{d.c(['Hoogachtend', 'Met vriendelijke groet'])},", d.first(v)]
    )


@shape("doc")
def d_petition(d):
    rows = []
    for j in range(d.r.randint(2, 4)):
        n = d.get(f"P{j}")
        rows.append(f"{j + 1}. {d.full(n)} – {d.addr()} – {d.k('handtekening')}")
    return "\n".join([f"{d.k('HANDTEKENINGENLIJST')} {d.k('Bewonerscommissie')}"] + rows + body(d, 2))


@shape("doc")
def d_mediation_minutes(d):
    r, n, m = R(d), d.get("N"), off(d, "M")
    return "\n".join(
        [
            f"{d.k('Verslag')} {d.k('bemiddelingsgesprek')} {d.case('bb')}",
            f"Deelnemers: {d.full(r)}, {d.full(n)}, {d.full(m)} ({d.k('bemiddelaar')})",
            f"Plaats: {d.k('Buurthuis')} {d.k(d.c(['De Ontmoeting', 'Het Anker', 'De Brug', 'Het Trefpunt']))}",
        ]
        + body(d, 3)
        + [f"Volgende afspraak: {d.date()}"]
    )


@shape("doc")
def d_debt_table(d):
    r = R(d)
    rows = [
        f"{d.k(x)} | € {d.k(str(d.r.randint(80, 4000)) + ',00')} | {d.case('schuld')}"
        for x in d.r.sample(["CJIB", "Belastingdienst", "DUO", "Vattenfall", "Zilveren Kruis", "Vestia", "Essent"], 3)
    ]
    return "\n".join(
        [f"{d.k('Schuldenoverzicht')} {d.full(r)} ({d.dob()})", "Schuldeiser | Bedrag | Dossier"] + rows + body(d, 2)
    )


@shape("doc")
def d_benefit_decision(d):
    r, c = R(d), off(d, "CW")
    return "\n".join(
        [
            f"{d.k('BESLUIT')} {d.k('Participatiewet')}",
            f"Aan: {d.ini(r)}, {d.full_addr()}",
            f"Ons kenmerk: {d.case('wi')}",
            sal(d, r),
        ]
        + body(d, 2)
        + [f"Heeft u vragen, bel {d.gemeente_phone()}.", sign(d, c, "CW")]
    )


@shape("doc")
def d_housing(d):
    r, w = R(d), off(d, "WC")
    return "\n".join(
        [
            f"{d.k('Voordracht')} {d.k('woonruimte')} {d.case('woon')}",
            f"Kandidaat: {d.full(r)}, {d.dob()}",
            f"Aangeboden: {d.full_addr()}",
            f"Huur: {d.amount()} per maand",
        ]
        + body(d, 2)
        + [sign(d, w, "WC")]
    )


@shape("doc")
def d_phone_note(d):
    r = R(d)
    return f"{d.k('Telefoonnotitie')} {d.ddate()} – beller: {d.any_name(r)}, {d.phone()}. " + " ".join(body(d, 3))


@shape("doc")
def d_advice_report(d):
    r, o = R(d), off(d, "RC")
    return "\n".join(
        [
            f"{d.k('Adviesrapport')} – {d.k('Reclassering')}",
            f"Betrokkene: {d.up(r)}",
            f"{d.dob()} | {d.case('recl')}",
            f"1. {d.k('Aanleiding')}",
        ]
        + body(d, 2)
        + [f"2. {d.k('Conclusie')}", f"Rapporteur: {d.ini(o)}"]
    )


@shape("doc")
def d_sms(d):
    r = R(d)
    return (
        f"sms van {d.phone()}: {d.k('hallo')} met {d.low(r)}, ik ben sinds {d.k(d.c(N.WEEKDAYS))} buiten. "
        + " ".join(body(d, 2))
    )


@shape("doc")
def d_clinic_discharge(d):
    r = R(d)
    return "\n".join(
        [
            f"{d.k('ONTSLAGBERICHT')} {d.k(d.c(N.CLINICS))}",
            f"Patiënt: {d.tsur(r)}, {d.dob()}",
            f"Adres na ontslag: {d.full_addr()}",
        ]
        + body(d, 3)
    )


@shape("doc")
def d_agenda(d):
    items = body(d, 3)
    return "\n".join(
        [f"{d.k('Agenda')} {d.k('casusoverleg')} {d.k('Veiligheidshuis')} {d.date()}"]
        + [f"{j + 1}. {x}" for j, x in enumerate(items)]
        + [f"{len(items) + 1}. {d.k('Rondvraag')}"]
    )


@shape("doc")
def d_resident_letter(d):
    r = R(d)
    return (
        f"{d.k('geachte')} gemeente, ik ben {d.low(r, full=True)} en ik kom net uit de {d.k('bajes')}. "
        + " ".join(body(d, 2))
        + f" groetjes {d.low(r)} tel {d.phone()}"
    )


@shape("doc")
def d_webform(d):
    r = R(d)
    return "\n".join(
        [f"{d.k('Onderwerp')}: {d.k('terugkeer')} na detentie", "Omschrijving:"]
        + body(d, 2)
        + [f"Naam melder: {d.full(r)}", f"E-mail: {d.email(r)}", f"Telefoon: {d.phone()}", f"Adres: {d.full_addr()}"]
    )


@shape("doc")
def d_budget(d):
    r = R(d)
    return "\n".join(
        [
            f"{d.k('Budgetplan')} {d.full(r)} – {d.k(d.c(N.MONTHS))}",
            f"Inkomsten: {d.amount()} ({d.k('Participatiewet')})",
            f"Vaste lasten: {d.amount()}",
            f"Leefgeld per week: {d.amount()}",
            f"Budgetrekening: {d.iban()}",
        ]
        + body(d, 2)
    )


@shape("doc")
def d_beslag(d):
    r = R(d)
    return "\n".join(
        [
            f"{d.k('Mededeling')} {d.k('beslaglegging')}",
            f"Geëxecuteerde: {d.ini(r)} ({d.dob()})",
            f"Rekeningnummer: {d.iban()}",
            f"Zaaknummer: {d.case('schuld')}",
        ]
        + body(d, 2)
    )


@shape("doc")
def d_log(d):
    r = R(d)
    sents = body(d, 3)
    return "\n".join([f"{d.k('Logboek')} {d.k('nazorg')} – {d.sur(r)}"] + [f"{d.ddate()}: {x}" for x in sents])


@shape("doc")
def d_voicemail(d):
    r = R(d)
    return (
        f'{d.k("Voicemail")} om {d.r.randint(8, 17)}:{d.r.randint(10, 59)} van {d.phone()}: "Ja hallo, met '
        f'{d.full(r)}, ik bel over mijn {d.k("uitkering")}." ' + " ".join(body(d, 2))
    )


@shape("doc")
def d_ban_notice(d):
    r = R(d)
    return "\n".join(
        [
            f"{d.k('GEBIEDSVERBOD')} – {d.k('Burgemeester')} van {d.k(d.city)}",
            f"Betrokkene: {d.full(r)}, {d.dob()}",
            f"Verboden gebied: omgeving {d.addr(number=False)}",
            f"Geldig tot {d.date()}",
        ]
        + body(d, 2)
    )


@shape("doc")
def d_kb_article(d):
    return "\n".join(
        [f"## {d.k('Situatie')}"]
        + body(d, 2)
        + [f"## {d.k('Afstemming')}"]
        + body(d, 1)
        + [f"## {d.k('Uitkomst')}", f"{d.k('Opgelost')} op {d.date()}."]
    )


@shape("doc")
def d_lease(d):
    r, w = R(d), off(d, "WC")
    return "\n".join(
        [
            f"{d.k('Gebruikersovereenkomst')} {d.k('Housing')} First",
            f"Huurder: {d.full(r)} ({d.dob()})",
            f"Object: {d.full_addr()}",
            f"Begeleiding: {d.full(w)}, {d.phone(mobile=False)}",
        ]
        + body(d, 2)
    )


@shape("doc")
def d_forward(d):
    c, o = off(d, "CO"), off(d, "CW")
    return "\n".join(
        [
            f"---------- {d.k('Doorgestuurd')} bericht ----------",
            f"Van: {d.email(o, official_domain=o.dom)}",
            f"Datum: {d.date()}",
            f"Aan: {d.full(c)}",
            "",
        ]
        + body(d, 3)
    )


@shape("doc")
def d_consent(d):
    r = R(d)
    return "\n".join(
        [
            f"{d.k('TOESTEMMINGSVERKLARING')} {d.k('gegevensuitwisseling')}",
            f"Ondergetekende {d.full(r)}, {d.dob()}, BSN {d.bsn()}, geeft toestemming aan "
            f"{d.k('Reclassering')} en gemeente.",
            f"Handtekening: ______  Datum: {d.ddate()}",
        ]
        + body(d, 1)
    )


@shape("doc")
def d_actions(d):
    items = body(d, 3)
    return "\n".join([f"{d.k('Actiepunten')} {d.k('week')} {d.r.randint(1, 52)}"] + [f"- {x}" for x in items])


@shape("doc")
def d_wijkapp(d):
    n = d.get("N")
    return f"[{d.k('Buurtapp')}] {d.first(n)}: " + " ".join(body(d, 2)) + f" Wie tekent mee? {d.phone()}"


@shape("doc")
def d_plain(d):
    return " ".join(body(d, 4))


@shape("doc")
def d_memo(d):
    c = off(d, "CO")
    return "\n".join(
        ["MEMO", f"Aan: {d.k('wethouder')} {d.k('Zorg')}", f"Van: {d.ini(c)}, {func(d, 'CO')}", f"Datum: {d.date()}"]
        + body(d, 3)
    )


# ------------------------------------------------------------------------------------------------------------ doc


def make_doc(i: int, stream: str) -> tuple[dict, list[str]]:
    r = random.Random(stream)
    known = i % 4 == 1
    d = Doc(r, i, known)
    if known:
        if r.random() < 0.85:
            particle, core, sents = r.choice(N.KNOWN_WORDS)
            word = core.lower()
            origin = r.choice(list(N.ORIGINS))
            female = r.random() < 0.5
            p = d.new_person(origin=origin, female=female)
            p.particle, p.core = particle, core
        else:
            first, sents = r.choice(N.KNOWN_FIRST)
            word = first.lower()
            p = d.new_person(origin="dutch", female=first != "Bram")
            p.first = first
        d.cast["R"] = p
        d.known = {"word": word, "sent": r.choice(sents).format(w=d.k(word))}
    kind = r.choice(DOC_KINDS)
    d.shapes.append(kind)
    text = SHAPES[kind](d)
    if known:
        parts = text.split("\n")
        pos = r.randint(1, len(parts))
        # the ordinary use goes in as a sentence of its own (after a heading or first line)
        if len(parts) == 1:
            text = text + " " + d.known["sent"]
        else:
            parts.insert(pos, d.known["sent"])
            text = "\n".join(parts)
    # only keep words that occur as whole words (sentence-start forms stay as written)
    keep = [k for k in d.keep if re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text)]
    doc = {"id": f"fresh35c-{i:04d}", "text": text, "pii": d.pii, "keep": keep}
    if known:
        p = d.cast["R"]
        kn = {"names": [p.full()]}
        emails = [x["text"] for x in d.pii if x["label"] == "EMAIL" and N.fold(p.core.lower()) in x["text"].lower()]
        if emails:
            kn["emails"] = emails
        doc["known"] = kn
    return doc, d.shapes + [f"origin:{p.origin}" for p in d.cast.values()]


def name_words(doc):
    out = set()
    for x in doc["pii"]:
        if x["label"] == "PERSON":
            for w in re.findall(r"\w+", x["text"].lower()):
                if w not in PARTICLES and len(w) > 1:
                    out.add(w)
    return out


def gate(doc: dict) -> str | None:
    """None when the document passes, else the reason."""
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for x in doc["pii"]:
        if x["label"] not in LABELS:
            return f"label {x['label']}"
        if x["label"] == "BSN" and not N.bsn_ok(x["text"]):
            return f"bsn {x['text']}"
        if x["label"] == "IBAN" and not N.iban_ok(x["text"]):
            return f"iban {x['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", doc["text"]):
            return f"keep not a whole word: {k}"
    names = name_words(doc)
    kw = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            kw |= {w for w in re.findall(r"\w+", n.lower()) if w not in PARTICLES}
    for k in doc["keep"]:
        for w in re.findall(r"\w+", k.lower()):
            if len(w) > 1 and w not in PARTICLES and w in names:
                if not (w in kw and k == k.lower()):
                    return f"keep {k!r} shares a name word"
    if "known" in doc:
        if not any(k in kw for k in doc["keep"]):
            return "known name without its word in ordinary (lower-case) use among the keep words"
    return None


def generate():
    docs, shapes_used, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        stream, attempt = f"{SEED}-{i}", 0
        while True:
            doc, sh = make_doc(i, stream)
            reason = gate(doc)
            if reason is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 200:
                raise SystemExit(f"doc {i}: no passing draw ({reason})")
            stream = f"{SEED}-{i}-{attempt}"
        docs.append(doc)
        shapes_used.update(set(sh))
    return docs, shapes_used, redraws


def render(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes_used, redraws = generate()
    text = render(docs)
    if "--check" in argv:
        ok = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh35c_texts.jsonl is up to date" if ok else "fresh35c_texts.jsonl differs from the generator")
        return 0 if ok else 1
    if "--stats" in argv:
        labels = Counter(x["label"] for d in docs for x in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  {'total':14s} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min {min(len(d['keep']) for d in docs)} per document)")
        print(
            f"shapes registered: {len(SHAPES)} ({len(DOC_KINDS)} document kinds, {len(SENTS)} sentence shapes); "
            f"used: {len([x for x in shapes_used if x in SHAPES])}"
        )
        origins = sorted(x[7:] for x in shapes_used if x.startswith("origin:"))
        print(f"name origin groups: {len(origins)} ({', '.join(origins)})")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
