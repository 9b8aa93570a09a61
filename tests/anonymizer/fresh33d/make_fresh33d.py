#!/usr/bin/env python3
"""Generate the blind fresh33d corpus: the mediators' own administration as it passes through the portal.

Hour registrations, invoices and declarations to the citizens' fund, intake calendars, pool availability lists,
supervision and intervision reports, certificates and register numbers, complaints about a mediator,
conflict-of-interest declarations, case handovers, coordinator e-mails, spreadsheet exports, pool meeting notes.

Usage: make_fresh33d.py [--check | --stats]   (run from the project root with PYTHONPATH=.)
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
import names33d as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

SEED = 20261274
N_DOCS = 300
OUT = HERE / "fresh33d_texts.jsonl"
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

SHAPES: dict[str, str] = {}  # shape name -> short description; filled by @shape and B.s()
KINDS = []


def kind(desc):
    def deco(f):
        SHAPES["doc:" + f.__name__] = desc
        KINDS.append(f)
        return f

    return deco


FUNCS = [
    "coördinator mediatorpool",
    "beleidsmedewerker sociaal domein",
    "jurist klachtbehandeling",
    "teamleider Wijkzaken",
    "financieel administrateur",
    "klachtencoördinator",
    "medewerker crediteuren",
    "consulent Schulddienstverlening",
    "wijkcoach",
    "procesregisseur Publiekszaken",
]
DEPTS = [
    "afdeling Publiekszaken",
    "team Wijkzaken",
    "Sociaal Domein",
    "team Financiën",
    "afdeling Juridische Zaken",
    "Wmo-loket",
    "team Schulddienstverlening",
    "afdeling Vergunningen",
    "Bestuursondersteuning",
]
MAILDOM = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "kpnmail.nl",
    "ziggo.nl",
    "planet.nl",
    "live.nl",
    "icloud.com",
    "xs4all.nl",
    "telfort.nl",
]
FIRMS = [
    "Bureau Tweespraak",
    "Praktijk Overbrugd",
    "Mediation Oost",
    "Praktijk Middenweg",
    "Bureau Luisterplek",
    "Praktijk Rondetafel",
]
FIRMDOM = {
    "Bureau Tweespraak": "tweespraak.nl",
    "Praktijk Overbrugd": "overbrugd-mediation.nl",
    "Mediation Oost": "mediationoost.nl",
    "Praktijk Middenweg": "middenweg.nu",
    "Bureau Luisterplek": "luisterplek.nl",
    "Praktijk Rondetafel": "rondetafel-mediation.nl",
}
TOPICS = [
    "geluidsoverlast",
    "erfgrens",
    "parkeerplaats",
    "schutting",
    "huurachterstand",
    "kwijtschelding",
    "bijzondere bijstand",
    "leerlingenvervoer",
    "afvalcontainer",
    "boomkap",
    "trapportaal",
    "dakkapel",
    "hondenpoep",
    "zonnepanelen",
    "jongerenoverlast",
    "huishoudelijke hulp",
]


class B:
    """Document builder: text pieces, pii and keep bookkeeping, shapes used."""

    def __init__(self, r: random.Random):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.known = None
        self.city = r.choice(N.CITIES)
        self.gdom = self.city.lower() + ".nl"

    def p(self, s: str, label: str) -> str:
        if {"text": s, "label": label} not in self.pii:
            self.pii.append({"text": s, "label": label})
        return s

    def k(self, s: str) -> str:
        if s not in self.keep:
            self.keep.append(s)
        return s

    def s(self, name: str, desc: str = "") -> None:
        SHAPES.setdefault(name, desc or name)
        self.shapes.append(name)

    # persons
    def name(self, q: N.Person) -> str:
        return self.p(q.full, "PERSON")

    def sur(self, q: N.Person) -> str:
        return self.p(q.surname, "PERSON")

    def ini(self, q: N.Person) -> str:
        return self.p(q.initialled, "PERSON")

    def first(self, q: N.Person) -> str:
        return self.p(q.first, "PERSON")

    def poss(self, q: N.Person) -> str:
        return self.p(q.possessive, "PERSON")

    def listed(self, q: N.Person) -> str:
        return self.p(q.listed, "PERSON")

    def upper(self, q: N.Person) -> str:
        return self.p(q.full.upper(), "PERSON")

    def handle(self, q: N.Person) -> str:
        return self.p(q.handle, "PERSON")

    def fileform(self, q: N.Person) -> str:
        if q.known:  # the lower-case form of a known name would be the ordinary word
            return self.handle(q)
        return self.p(q.fileform, "PERSON")

    def email(self, q: N.Person, dom: str | None = None) -> str:
        if not hasattr(q, "_mail"):
            q._mail = q.email_local(self.r) + "@" + (dom or self.r.choice(MAILDOM))
        return self.p(q._mail, "EMAIL")

    def tel(self, q: N.Person) -> str:
        if not hasattr(q, "_tel"):
            q._tel = N.phone(self.r)
        return self.p(q._tel, "PHONE")

    def _ensure_addr(self, q: N.Person) -> None:
        if not hasattr(q, "_addr"):
            nr = self.r.randint(1, 240)
            ext = self.r.choice(["", "", "", "-a", " b", "-II", " hs", "-3"])
            q._street = self.r.choice(N.STREET_A) + self.r.choice(N.STREET_B)
            q._addr = f"{q._street} {nr}{ext}"

    def addr(self, q: N.Person) -> str:
        self._ensure_addr(q)
        return self.p(q._addr, "ADDRESS")

    def street(self, q: N.Person) -> str:
        self._ensure_addr(q)
        return self.p(q._street, "ADDRESS")

    def pc(self, q: N.Person) -> str:
        if not hasattr(q, "_pc"):
            q._pc = N.postcode(self.r)
        return self.p(q._pc, "POSTCODE")

    def dob(self, q: N.Person) -> str:
        if not hasattr(q, "_dob"):
            q._dob = N.dob(self.r)[0]
        return self.p(q._dob, "DATE_OF_BIRTH")

    def bsn(self, q: N.Person) -> str:
        if not hasattr(q, "_bsn"):
            q._bsn = N.bsn(self.r)
            if self.r.random() < 0.3:
                q._bsn = f"{q._bsn[:4]}.{q._bsn[4:6]}.{q._bsn[6:]}"
        return self.p(q._bsn, "BSN")

    def iban(self, q: N.Person) -> str:
        if not hasattr(q, "_iban"):
            q._iban = N.iban(self.r)
        return self.p(q._iban, "IBAN")

    def plate(self, q: N.Person) -> str:
        if not hasattr(q, "_plate"):
            q._plate = N.plate(self.r)
        return self.p(q._plate, "LICENSE_PLATE")

    def case(self) -> str:
        if not hasattr(self, "_case"):
            self._case = N.case_number(self.r)
        return self.p(self._case, "CASE_NUMBER")

    def case2(self) -> str:
        c = N.case_number(self.r)
        return self.p(c, "CASE_NUMBER")

    # ordinary material
    def date(self, style: str | None = None) -> str:
        r = self.r
        m, d = r.randint(1, 12), r.randint(1, 28)
        wd = r.randrange(5)
        style = style or r.choice(["lang", "num", "wd"])
        if style == "lang":
            return f"{d} {self.k(N.MONTHS[m - 1])} 2026"
        if style == "wd":
            return f"{self.k(N.WEEKDAYS[wd])} {d} {N.MONTHS[m - 1]}"
        return f"{d:02d}-{m:02d}-2026"

    def amount(self, lo=40, hi=1900) -> str:
        v = self.r.randint(lo * 4, hi * 4) / 4
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return self.k(s)

    def hours(self) -> str:
        return self.r.choice(["0,5", "0,75", "1", "1,25", "1,5", "2", "2,5", "3"])

    def official(self) -> N.Person:
        o = N.make_person(self.r)
        o.func, o.dept = self.r.choice(FUNCS), self.r.choice(DEPTS)
        return o


# ---------------------------------------------------------------------------------------------------------------
# Cast: two residents (parties) with relatives, a mediator, a second mediator, the coordinator, an official.
def cast(b: B, known_idx: int | None):
    r = b.r
    a = N.known_person(r, known_idx) if known_idx is not None else N.make_person(r)
    bb = N.make_person(r)
    m1, m2, co = N.make_person(r), N.make_person(r), N.make_person(r)
    m1.firm = r.choice(FIRMS)
    m2.firm = r.choice([f for f in FIRMS if f != m1.firm])
    o = b.official()
    rel = N.relative(r, a)
    return a, bb, rel, m1, m2, co, o


def rw(q: N.Person, m: str, f: str) -> str:
    return f if q.gender == "f" else m


def known_line(b: B, a: N.Person) -> str:
    if not a.known:
        return ""
    word = a.known
    tpl = next(t for w, *_, t in N.KNOWN if w == word)
    b.s("known:" + b.r.choice(["ordinary", "ordinary"]), "known name beside its ordinary word")
    b.k(word)
    return tpl.format(w=word)


# ---------------------------------------------------------------------------------------------------------------
@kind("hour registration of one case (table)")
def urenstaat(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("uren:kop", "hour sheet header with case number and mediator")
    lines = [f"{b.k('Urenregistratie')} {b.k('mediator')} — {b.k('zaaknummer')} {b.case()} — {b.name(m1)}"]
    acts = [
        ("Intakegesprek", a),
        ("Telefonisch contact", bb),
        ("Voorbereiding", None),
        ("Gezamenlijk gesprek", None),
        ("Verslaglegging", None),
        ("Huisbezoek", bb),
    ]
    r.shuffle(acts)
    tot = 0
    for act, who in acts[: r.randint(3, 5)]:
        h = b.hours()
        tot += float(h.replace(",", "."))
        if who is None:
            b.s("uren:regel-zonder", "hour row without a person")
            lines.append(f"{b.date('num')} | {b.k(act)} | {h} u")
        elif r.random() < 0.5:
            b.s("uren:regel-titel", "hour row 'activity with title surname'")
            lines.append(f"{b.date('num')} | {b.k(act)} met {r.choice(who.titles)} {b.sur(who)} | {h} u")
        else:
            b.s("uren:regel-adres", "hour row with visit address")
            lines.append(f"{b.date('num')} | {b.k(act)} {b.addr(who)} ({b.name(who)}) | {h} u")
    b.s("uren:totaal", "total hours times rate")
    lines.append(
        f"{b.k('Totaal')}: {str(tot).replace('.', ',')} uur à € {b.k('95,00')} — {b.k('Akkoord')} "
        f"{b.k('coördinator')}: {b.ini(co)}"
    )
    kl = known_line(b, a)
    if kl:
        lines.append("Opmerking: " + kl)
    return "\n".join(lines)


@kind("invoice to the citizens' fund")
def factuur(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("factuur:kop", "invoice head with firm and number")
    nr = f"{r.randint(2026001, 2026399)}"
    lines = [
        f"{b.k('FACTUUR')} {nr} — {b.k(m1.firm.split()[0])} {m1.firm.split()[1]}",
        f"{b.k('Aan')}: {b.k('Burgerfonds')} {b.k(b.city)}, t.a.v. {b.name(o)} ({o.func})",
    ]
    b.s("factuur:betreft", "invoice subject naming the parties")
    lines.append(f"{b.k('Betreft')}: {b.k('bemiddeling')} {b.sur(a)} / {b.sur(bb)}, {b.k('dossier')} {b.case()}")
    if r.random() < 0.6:
        b.s("factuur:bsn-clienten", "invoice line with BSN for fund eligibility")
        lines.append(
            f"BSN {b.k('cliënt')} ({b.ini(a)}): {b.bsn(a)} — {b.k('eigen')} {b.k('bijdrage')} "
            f"€ {b.amount(0, 60)} ({b.k('vrijgesteld')})"
        )
    b.s("factuur:posten", "invoice items with amounts")
    lines.append(
        f"{b.hours()} uur {b.k('intake')} à € 95,00 = € {b.amount(40, 300)}; {b.k('reiskosten')} € {b.amount(5, 40)}"
    )
    b.s("factuur:betaling", "payment to the mediator's IBAN in name of the mediator")
    lines.append(
        f"{b.k('Gelieve')} binnen 30 dagen over te maken op {b.iban(m1)} t.n.v. {b.ini(m1)} "
        f"onder vermelding van {b.case()}."
    )
    if r.random() < 0.5:
        b.s("factuur:contact", "invoice footer with mediator phone and e-mail")
        lines.append(f"{b.k('Vragen')}? {b.tel(m1)} of {b.email(m1, FIRMDOM[m1.firm])}")
    kl = known_line(b, a)
    if kl:
        lines.append(f"{b.k('Toelichting')}: " + kl)
    return "\n".join(lines)


@kind("travel expense declaration with licence plate")
def declaratie(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("decl:kop", "declaration header with mediator and register number")
    reg = r.randint(1000, 9999)
    lines = [f"{b.k('Declaratie')} {b.k('reiskosten')} {b.name(m1)}, {b.k('MfN-registermediator')} nr. {reg}"]
    b.s("decl:rit", "trip row with licence plate and address")
    lines.append(
        f"{b.date('num')}: van {b.k('kantoor')} naar {b.addr(a)}, {b.pc(a)} {b.city} — "
        f"{r.randint(6, 48)} km met {b.plate(m1)}"
    )
    if r.random() < 0.6:
        b.s("decl:rit-tweede", "second trip to the other party's street")
        lines.append(f"{b.date('num')}: {b.k('huisbezoek')} {b.street(bb)} ({b.sur(bb)}) — {r.randint(4, 30)} km")
    b.s("decl:parkeren", "parking costs with second plate note")
    lines.append(
        f"{b.k('Parkeerkosten')} € {b.amount(2, 15)} ({b.k('bonnetje')} bijgevoegd). "
        f"{b.k('Let')} op: auto {b.plate(m1)} staat op naam van {b.name(rel) if r.random() < 0.3 else 'mijn partner'}."
    )
    b.s("decl:ondertekening", "signature line with IBAN")
    lines.append(f"{b.k('Uitbetalen')} op {b.iban(m1)}. {b.k('Getekend')}, {b.ini(m1)}, {b.date('lang')}")
    kl = known_line(b, a)
    if kl:
        lines.append(kl)
    return "\n".join(lines)


@kind("intake planning calendar of a week")
def planning(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("plan:kop", "calendar week header")
    lines = [f"{b.k('Intakeplanning')} week {r.randint(2, 51)} — {b.k('Mediatorpool')} {b.city}"]
    for q, m in ((a, m1), (bb, m2), (rel, m1)):
        sh = r.choice(["tijdslot", "tijdslot-tel", "tijdslot-mail"])
        b.s("plan:" + sh, "calendar slot " + sh)
        t = f"{N.WD2[r.randrange(5)]} {r.randint(8, 16)}:{r.choice(['00', '15', '30', '45'])}"
        if sh == "tijdslot":
            lines.append(f"{t}  {b.name(q)} — {b.k('intake')} door {b.sur(m)} ({b.k('wijkcentrum')})")
        elif sh == "tijdslot-tel":
            lines.append(f"{t}  {b.k('terugbellen')} {b.ini(q)} op {b.tel(q)} — {b.first(m)}")
        else:
            lines.append(f"{t}  {b.k('videogesprek')} {b.sur(q)} ({b.email(q)}) — {b.handle(m)}")
    b.s("plan:voetnoot", "calendar footnote naming coordinator")
    lines.append(
        f"{b.k('Wijzigingen')} doorgeven aan {b.name(co)} of via {b.k('mediatorpool@' + b.gdom)}; "
        f"{b.k('telefoon')} {b.k('14 0' + str(r.randint(10, 99)))}."
    )
    kl = known_line(b, a)
    if kl:
        lines.append("NB " + kl)
    return "\n".join(lines)


@kind("availability list of the mediator pool (semicolon export)")
def beschikbaarheid(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("besch:kolommen", "semicolon header row")
    lines = [f"{b.k('naam')};{b.k('telefoon')};{b.k('e-mail')};{b.k('beschikbaar')};{b.k('talen')}"]
    langs = ["Nederlands", "Engels", "Arabisch", "Turks", "Pools", "Tigrinya", "Papiaments", "Somalisch"]
    for m in (m1, m2, N.make_person(r)):
        b.s(r.choice(["besch:rij-lijst", "besch:rij-upper"]), "availability row")
        nm = b.listed(m) if b.shapes[-1] == "besch:rij-lijst" else b.upper(m)
        lines.append(
            f"{nm};{b.tel(m)};{b.email(m, FIRMDOM[m.firm] if hasattr(m, 'firm') else None)};"
            f"{b.k(r.choice(['ma-wo', 'di+do', 'vr ochtend', 'hele week']))};{b.k(r.choice(langs))}"
        )
    b.s("besch:opmerking", "remark that a mediator knows a resident")
    lines.append(
        f"# {b.k('Opmerking')}: {b.first(m2)} niet inzetten bij {b.name(a)} ({b.k('buurvrouw')} van {b.poss(m2)} zus)."
    )
    kl = known_line(b, a)
    if kl:
        lines.append("# " + kl)
    return "\n".join(lines)


@kind("supervision report, anonymised badly by hand")
def supervisie(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("sup:kop", "supervision header with supervisor and supervisee")
    sv = N.make_person(r)
    out = [
        f"{b.k('Supervisieverslag')} {b.date('lang')}. {b.k('Supervisor')}: {b.name(sv)}; "
        f"{b.k('supervisant')}: {b.name(m1)}."
    ]
    b.s("sup:half-geanonimiseerd", "hand anonymisation that slips: initial then full name")
    out.append(
        f"{b.k('Casus')}: {b.k('cliënte')} {a.first[0]}. ({b.k('geanonimiseerd')}) — later in de tekst toch "
        f"voluit {b.name(a)}, {b.k('wonend')} aan de {b.street(a)}."
    )
    b.s("sup:geboortedatum", "date of birth in a parenthesis with cue")
    out.append(f"{b.sur(a)} (geb. {b.dob(a)}) voelt zich niet gehoord door {b.name(o)} van {b.k(o.dept)}.")
    b.s("sup:reflectie", "reflection of the mediator in first person")
    out.append(
        f"{b.k('Reflectie')}: ik merkte dat ik partij koos voor {b.poss(a)} {b.k('kant')}, omdat "
        f"{b.first(bb)} zo stellig was."
    )
    if r.random() < 0.5:
        b.s("sup:bsn-vergeten", "BSN left in a supervision report")
        out.append(f"({b.k('Vergeten')} weg te lakken: BSN {b.bsn(a)}.)")
    kl = known_line(b, a)
    if kl:
        out.append(kl)
    return " ".join(out)


@kind("intervision report of the pool")
def intervisie(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("inter:aanwezig", "intervision attendance with initials")
    m3 = N.make_person(r)
    out = [
        f"{b.k('Intervisie')} {b.k('mediatorpool')}, {b.date('wd')}. {b.k('Aanwezig')}: {b.ini(m1)}, "
        f"{b.ini(m2)}, {b.name(m3)}."
    ]
    b.s("inter:casusinbreng", "case brought in by a mediator about a named family")
    out.append(f"{b.first(m2)} bracht de {b.k('casus')} {b.sur(a)} tegen {b.sur(bb)} in ({b.k('kenmerk')} {b.case()}).")
    b.s("inter:vraag", "question of the intervision with quoted resident")
    out.append(f"{b.k('Vraag')}: hoe ga je om met een deelnemer die zegt: '{b.first(a)} wil gewoon dat het stopt'?")
    b.s("inter:tip", "tip from a colleague")
    out.append(
        f"{b.k('Tip')} van {b.first(m3)}: betrek {b.poss(a)} {b.k(rw(rel, 'zoon', 'dochter'))} {b.name(rel)} niet als tolk."
    )
    kl = known_line(b, a)
    if kl:
        out.append(kl)
    return " ".join(out)


@kind("training certificate with date of birth")
def certificaat(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("cert:verklaring", "certificate statement with cue 'geboren te'")
    place = r.choice(N.CITIES)
    out = [
        f"{b.k('CERTIFICAAT')}. {b.k('Hierbij')} verklaren wij dat {b.name(m1)}, geboren te {b.k(place)} op "
        f"{b.dob(m1)}, de {b.k('training')} '{b.k('Bemiddelen')} bij {b.k('overheidsconflicten')}' met goed "
        f"gevolg heeft afgerond."
    ]
    b.s("cert:pe", "permanent education points and register number")
    out.append(
        f"{b.k('Studiebelasting')}: {r.randint(8, 24)} PE-punten, {b.k('MfN-registermediator')} "
        f"{r.randint(1000, 9999)}."
    )
    b.s("cert:trainer", "signature of trainer with e-mail")
    tr = N.make_person(r)
    out.append(f"{b.k('Trainer')}: {b.name(tr)} ({b.email(tr, 'academie-afstemming.nl')}).")
    if r.random() < 0.5:
        b.s("cert:bijlage", "attachment file name with surname")
        out.append(f"{b.k('Bijlage')}: certificaat-{b.fileform(m1)}-{r.randint(2025, 2026)}.pdf")
    kl = known_line(b, a)
    if kl:
        out.append(f"{b.k('Casus')} uit de training: {b.name(a)} en de buren. " + kl)
    return " ".join(out)


@kind("complaint about a mediator, letter of a resident")
def klacht(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("klacht:aanhef", "letter salutation to complaints committee")
    out = [f"{b.k('Geachte')} {b.k('klachtencommissie')},"]
    b.s("klacht:ondergetekende", "'ondergetekende' with address and postcode")
    out.append(
        f"{b.k('Ondergetekende')}, {b.name(a)}, {b.addr(a)}, {b.pc(a)} {b.k(b.city)}, "
        f"{b.k('geboortedatum')} {b.dob(a)}, dient een {b.k('klacht')} in over {b.k('mediator')} {b.name(m1)}."
    )
    b.s("klacht:verwijt", "reproach that the mediator phoned the other party")
    out.append(
        f"{b.k('Tijdens')} het gesprek op {b.date('lang')} belde {r.choice(m1.titles)} {b.sur(m1)} met "
        f"{b.sur(bb)} over mijn {b.k(r.choice(TOPICS))} zonder mijn toestemming."
    )
    b.s("klacht:bereikbaar", "reachable by phone and e-mail")
    out.append(f"U kunt mij bereiken op {b.tel(a)} of {b.email(a)}.")
    if r.random() < 0.5:
        b.s("klacht:partner", "partner co-signs")
        out.append(f"Mijn {b.k('partner')} {b.name(rel)} tekent mee.")
    kl = known_line(b, a)
    if kl:
        out.append(kl)
    out.append(f"{b.k('Met')} vriendelijke groet, {b.ini(a)}")
    return "\n".join(out)


@kind("conflict-of-interest declaration")
def belangen(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("belang:kop", "declaration heading with case")
    out = [f"{b.k('Verklaring')} {b.k('onafhankelijkheid')} — {b.case()}"]
    b.s("belang:ondergetekende", "mediator declares no relation with parties")
    out.append(
        f"{b.k('Ondergetekende')} {b.name(m2)} verklaart geen {b.k('zakelijke')} of {b.k('persoonlijke')} "
        f"relatie te hebben met {b.name(a)} of {b.name(bb)}."
    )
    b.s("belang:uitzondering", "exception: relative was a client before")
    out.append(
        f"{b.k('Uitzondering')}: in 2024 was {b.ini(rel)} cliënt van {b.k(m2.firm.split()[0])} "
        f"{m2.firm.split()[1]} ({b.k('afgesloten')} {b.k('dossier')} {b.case2()})."
    )
    b.s("belang:ambtenaar", "official known from school")
    out.append(f"{b.name(o)}, {o.func}, ken ik van de {b.k('opleiding')}; dat acht ik geen {b.k('belemmering')}.")
    kl = known_line(b, a)
    if kl:
        out.append(kl)
    b.s("belang:plaats-datum", "place and date with signature")
    out.append(f"{b.k(b.city)}, {b.date('lang')}, {b.sur(m2)}")
    return "\n".join(out)


@kind("handover of a case from one mediator to another")
def overdracht(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("over:kop", "handover note header with from/to")
    out = [f"{b.k('Overdrachtsnotitie')} {b.case()} — van {b.name(m1)} naar {b.name(m2)}"]
    b.s("over:partijen", "parties with addresses in bullets")
    out.append(f"- {b.k('Partij')} 1: {b.name(a)}, {b.addr(a)}, {b.tel(a)}")
    out.append(f"- {b.k('Partij')} 2: {b.name(bb)}, {b.addr(bb)} ({b.k('bovenwoning')})")
    b.s("over:stand", "state of affairs with official's promise")
    out.append(
        f"- {b.k('Stand')}: {b.name(o)} ({b.k(o.dept)}) zegde toe vóór {b.date('lang')} "
        f"te reageren op de {b.k(r.choice(TOPICS))}."
    )
    b.s("over:let-op", "caution about a family member")
    out.append(
        f"- {b.k('Let')} op: {b.poss(a)} {b.k(rw(rel, 'broer', 'zus'))} {b.first(rel)} belt soms namens {rw(a, 'hem', 'haar')}; "
        f"{rw(rel, 'hij', 'zij')} heeft geen {b.k('machtiging')}."
    )
    if r.random() < 0.5:
        b.s("over:dob", "date of birth bare in a bullet")
        out.append(f"- {b.sur(bb)}: {b.dob(bb)}, {b.k('tolk')} {b.k('gewenst')}")
    kl = known_line(b, a)
    if kl:
        out.append("- " + kl)
    return "\n".join(out)


@kind("e-mail between coordinator and mediator")
def mail(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("mail:kopregels", "mail header lines From/To/Subject")
    out = [
        f"{b.k('Van')}: {b.name(co)} <{b.email(co, b.gdom)}>",
        f"{b.k('Aan')}: {b.email(m1, FIRMDOM[m1.firm])}",
        f"{b.k('Onderwerp')}: RE: {b.k('uren')} {b.case()} ({b.sur(a)})",
    ]
    b.s("mail:aanhef-voornaam", "salutation with first name")
    out.append(f"Hoi {b.first(m1)},")
    b.s("mail:uren-vraag", "question about hours over budget")
    out.append(
        f"Je {b.k('urenstaat')} voor {b.sur(a)} komt op {r.randint(9, 16)} uur; het {b.k('Burgerfonds')} "
        f"vergoedt er {b.k('acht')} zonder {b.k('motivering')}."
    )
    b.s("mail:doorgestuurd", "forwarded message of a resident quoted")
    out.append(f"> Op {b.date('wd')} schreef {b.name(bb)} <{b.email(bb)}>: ik wil een andere mediator.")
    if r.random() < 0.5:
        b.s("mail:bel-mij", "call me on mobile")
        out.append(f"Bel me even op {b.tel(co)}, ik zit vandaag in het {b.k('Stadskantoor')}.")
    kl = known_line(b, a)
    if kl:
        out.append(kl)
    out.append(f"{b.k('Groet')}, {b.first(co)}")
    return "\n".join(out)


@kind("spreadsheet export of the case register (comma separated)")
def export(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("exp:kop", "csv header")
    out = [
        f"{b.k('zaaknr')},{b.k('achternaam')},{b.k('voornaam')},{b.k('geb_datum')},{b.k('postcode')},"
        f"{b.k('mediator')},{b.k('uren')},{b.k('status')}"
    ]
    for q in (a, bb, rel):
        sh = r.choice(["exp:rij", "exp:rij-quoted"])
        b.s(sh, "csv row" + (" with quoted fields" if sh.endswith("quoted") else ""))
        st = b.k(r.choice(["opgelost", "in_afstemming", "doorverwezen", "ingetrokken", "in_verkenning"]))
        row = [b.case2(), b.sur(q), b.first(q), b.dob(q), b.pc(q), b.handle(m1), b.hours(), st]
        if sh.endswith("quoted"):
            row = [f'"{x}"' for x in row]
        out.append(",".join(row))
    b.s("exp:filter", "export footer with filter and user")
    out.append(
        f"# {b.k('geëxporteerd')} door {b.handle(co)} op {b.date('num')}, {b.k('filter')}: {b.k('thema')}="
        f"{b.k(r.choice(TOPICS))}"
    )
    kl = known_line(b, a)
    if kl:
        out.append("# " + kl)
    return "\n".join(out)


@kind("meeting notes of the pool")
def notulen(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("not:aanwezig", "attendance with functions")
    out = [
        f"{b.k('Notulen')} {b.k('pooloverleg')} {b.date('lang')}",
        f"{b.k('Aanwezig')}: {b.name(co)} ({b.k('voorzitter')}), {b.name(m1)}, {b.name(m2)}; "
        f"{b.k('afwezig')} met bericht: {b.name(o)}",
    ]
    b.s("not:agendapunt", "agenda item about waiting list")
    out.append(f"1. {b.k('Wachtlijst')}: {r.randint(4, 30)} {b.k('verzoeken')}, oudste van {b.date('lang')}.")
    b.s("not:actie", "action item: mediator calls resident")
    out.append(
        f"2. {b.k('Actiepunt')}: {b.first(m2)} belt {r.choice(a.titles)} {b.sur(a)} ({b.tel(a)}) vóór "
        f"{b.k(N.WEEKDAYS[r.randrange(5)])}."
    )
    b.s("not:rondvraag", "any other business with a complaint")
    out.append(f"3. {b.k('Rondvraag')}: {b.sur(m1)} meldt dat {b.name(bb)} een {b.k('klacht')} heeft ingediend.")
    kl = known_line(b, a)
    if kl:
        out.append("4. " + kl)
    return "\n".join(out)


@kind("team chat between mediators")
def chat(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    out = []
    b.s("chat:mention", "chat line with @mention handle")
    out.append(
        f"[{r.randint(8, 17)}:{r.randint(10, 59)}] {b.first(m1)}: @{b.handle(m2)} kun jij {b.sur(a)} "
        f"overnemen? {b.k('Vakantie')}"
    )
    b.s("chat:antwoord", "chat answer with street")
    out.append(f"[{r.randint(8, 17)}:{r.randint(10, 59)}] {b.first(m2)}: ja, is dat die van de {b.street(a)}?")
    b.s("chat:nummer", "chat line pasting a phone number")
    out.append(f"[{r.randint(8, 17)}:{r.randint(10, 59)}] {b.first(m1)}: klopt. {b.tel(a)}, {b.k('liefst')} na vieren")
    b.s("chat:lowercase", "chat line writing a name in lower case")
    low = a.first.lower() if not a.known else a.first
    out.append(
        f"[{r.randint(8, 17)}:{r.randint(10, 59)}] {b.first(m2)}: top, ik app {b.p(low, 'PERSON')} {b.k('morgen')}"
    )
    kl = known_line(b, a)
    if kl:
        out.append(f"[{r.randint(8, 17)}:{r.randint(10, 59)}] {b.first(m1)}: " + kl)
    out.append(f"{b.k('Teamkanaal')} {b.k('Mediatorpool')} {b.k(b.city)} · {b.k('Dossiers')}")
    return "\n".join(out)


@kind("quarterly figures per mediator")
def kwartaal(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("kw:kop", "quarter header")
    out = [f"{b.k('Kwartaalrapportage')} Q{r.randint(1, 4)} — {b.k('intern')}, niet voor de {b.k('gemeenteraad')}"]
    for m in (m1, m2):
        b.s("kw:regel", "row 'initialled: n cases, hours, amount'")
        out.append(f"{b.ini(m)}: {r.randint(2, 19)} {b.k('zaken')}, {r.randint(20, 140)} uur, € {b.amount(900, 9000)}")
    b.s("kw:uitschieter", "outlier case named with resident")
    out.append(
        f"{b.k('Uitschieter')}: {b.case()} ({b.name(a)}), {r.randint(20, 40)} uur wegens {b.k(r.choice(TOPICS))}."
    )
    b.s("kw:opgesteld", "drawn up by the coordinator with phone")
    out.append(f"{b.k('Opgesteld')} door {b.name(co)}, {b.tel(co)}.")
    kl = known_line(b, a)
    if kl:
        out.append(kl)
    return "\n".join(out)


@kind("evaluation form of a participant")
def evaluatie(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("eval:vraag-antwoord", "question/answer form lines")
    out = [
        f"{b.k('Evaluatieformulier')} {b.k('deelnemer')}",
        f"{b.k('Naam')} (optioneel): {b.name(a)}",
        f"{b.k('Mediator')}: {b.sur(m1)}",
        f"{b.k('Cijfer')}: {r.randint(4, 10)}",
    ]
    b.s("eval:toelichting", "free text naming the other party and an official")
    out.append(
        f"{b.k('Toelichting')}: {b.first(m1)} liet {b.name(bb)} te lang praten, maar {b.name(o)} van de "
        f"{b.k('gemeente')} kwam eindelijk met een {b.k('oplossing')}."
    )
    if r.random() < 0.5:
        b.s("eval:contact", "may contact me on e-mail")
        out.append(f"{b.k('Mag')} contact opnemen: ja, via {b.email(a)}")
    kl = known_line(b, a)
    if kl:
        out.append(kl)
    return "\n".join(out)


@kind("calendar invitation for a joint talk")
def uitnodiging(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("uitn:onderwerp", "invitation subject with case and parties")
    out = [
        f"{b.k('Uitnodiging')}: {b.k('Afstemmingsgesprek')} {b.case()} — {b.sur(a)} & {b.k('gemeente')}",
        f"{b.k('Wanneer')}: {b.date('wd')} {r.randint(9, 16)}:00-{r.randint(17, 18)}:00",
        f"{b.k('Waar')}: {b.k('Stadskantoor')} {b.k(b.city)}, {b.k('spreekkamer')} {r.randint(1, 12)}",
    ]
    b.s("uitn:deelnemers", "invitees with e-mail addresses")
    out.append(
        f"{b.k('Deelnemers')}: {b.email(a)}; {b.email(o, b.gdom)} ({b.name(o)}); {b.email(m1, FIRMDOM[m1.firm])}"
    )
    b.s("uitn:beschrijving", "description mentioning the resident's son")
    out.append(f"{b.name(a)} neemt {b.k(rw(rel, 'zoon', 'dochter'))} {b.first(rel)} mee als {b.k('steun')}.")
    kl = known_line(b, a)
    if kl:
        out.append(kl)
    return "\n".join(out)


@kind("phone note of the coordinator")
def telefoonnotitie(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("tel:kop", "phone note head with time and caller number")
    out = [
        f"{b.k('Telefoonnotitie')} {b.date('num')} {r.randint(8, 17)}.{r.randint(10, 59)} — {b.k('beller')}: {b.tel(a)}"
    ]
    b.s("tel:inhoud", "content: caller asks about mediator's invoice")
    out.append(
        f"{r.choice(a.titles).capitalize()} {b.sur(a)} belt over de {b.k('rekening')} die "
        f"{b.k('mediator')} {b.name(m1)} {rw(a, 'hem', 'haar')} zou hebben gestuurd; dat klopt niet, het {b.k('Burgerfonds')} betaalt."
    )
    b.s("tel:verificatie", "identity check by date of birth and postcode")
    out.append(f"{b.k('Geverifieerd')} met {b.dob(a)} en {b.pc(a)}.")
    b.s("tel:afspraak", "agreed to call back")
    out.append(f"{b.k('Afgesproken')}: {b.first(co)} belt terug na overleg met {b.name(o)}.")
    kl = known_line(b, a)
    if kl:
        out.append(kl)
    return "\n".join(out)


@kind("leave and substitution notice")
def verlof(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("verlof:melding", "mediator reports leave")
    out = [f"{b.k('Verlofmelding')}: {b.name(m1)} is afwezig van {b.date('lang')} tot en met {b.date('lang')}."]
    b.s("verlof:vervanging", "substitute per case")
    out.append(
        f"{b.k('Vervanging')}: {b.case()} ({b.sur(a)}) → {b.sur(m2)}; {b.case2()} ({b.sur(bb)}) → {b.k('wachtlijst')}."
    )
    b.s("verlof:autoreply", "auto-reply text with colleague mail")
    out.append(
        f"{b.k('Automatisch')} {b.k('antwoord')}: voor {b.k('spoed')} mail {b.email(m2, FIRMDOM[m2.firm])} "
        f"of bel {b.tel(m2)}."
    )
    kl = known_line(b, a)
    if kl:
        out.append(kl)
    return " ".join(out)


@kind("permanent education overview for the MfN register")
def pe_overzicht(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("pe:kop", "PE overview heading with register number and date of birth")
    out = [
        f"{b.k('PE-overzicht')} {b.k('hercertificering')} — {b.listed(m1)}, {b.dob(m1)}, "
        f"{b.k('registernummer')} {r.randint(1000, 9999)}"
    ]
    for t in r.sample(["Intervisie", "Supervisie", "Cursus", "Congres", "Intercollegiale toetsing"], 3):
        b.s("pe:regel", "PE row: activity, points")
        out.append(f"* {b.k(t)} — {r.randint(2, 12)} punten — {b.date('lang')}")
    b.s("pe:toetsing", "peer review partner named")
    out.append(
        f"{b.k('Intercollegiale')} {b.k('toetsing')} met {b.name(m2)} ({b.k(m2.firm.split()[0])} {m2.firm.split()[1]})."
    )
    kl = known_line(b, a)
    if kl:
        out.append(f"{b.k('Casus')} {b.name(a)}: " + kl)
    return "\n".join(out)


@kind("payment reminder and credit note")
def herinnering(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("herinn:kop", "reminder opening addressed to fund administrator")
    out = [
        f"{b.k('Betalingsherinnering')} — {b.k('factuur')} {r.randint(2026001, 2026399)}",
        f"{b.k('Beste')} {b.first(o)},",
    ]
    b.s("herinn:openstaand", "open amount with IBAN")
    out.append(
        f"{b.k('Nog')} steeds niet ontvangen: € {b.amount(150, 1500)} voor de {b.k('bemiddeling')} "
        f"{b.sur(a)}/{b.sur(bb)}. {b.k('Rekeningnummer')} {b.iban(m1)}."
    )
    if r.random() < 0.5:
        b.s("herinn:creditnota", "credit note for double booking")
        out.append(f"{b.k('Creditnota')}: {b.k('dubbel')} {b.k('gedeclareerd')} op {b.case()}, € -{b.amount(40, 300)}.")
    b.s("herinn:groet", "closing with mediator and firm")
    out.append(f"{b.k('Hartelijke')} groet, {b.name(m1)}, {b.k(m1.firm.split()[0])} {m1.firm.split()[1]}")
    kl = known_line(b, a)
    if kl:
        out.append("PS " + kl)
    return "\n".join(out)


@kind("intake summary written by the mediator")
def intakeverslag(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("intake:personalia", "personalia block")
    out = [
        f"{b.k('Intakeverslag')} {b.case()}",
        f"{b.k('Verzoeker')}: {b.name(a)}, {b.addr(a)}, {b.pc(a)} {b.k(b.city)}",
        f"{b.k('Geboren')}: {b.dob(a)} | BSN: {b.bsn(a)} | {b.k('Tel')}: {b.tel(a)}",
    ]
    b.s("intake:kern", "core of the request with official")
    out.append(f"{b.k('Kern')}: {b.sur(a)} wil in gesprek met {b.name(o)}, {o.func}, over de {b.k(r.choice(TOPICS))}.")
    b.s("intake:huishouden", "household members")
    out.append(f"{b.k('Huishouden')}: {b.name(rel)} ({b.dob(rel)}) en {r.randint(1, 4)} kinderen.")
    kl = known_line(b, a)
    if kl:
        out.append(kl)
    return "\n".join(out)


@kind("register check / MfN registration letter")
def registratie(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("reg:aanmelding", "registration in the pool with BSN and IBAN for payment")
    out = [
        f"{b.k('Aanmelding')} {b.k('mediatorpool')}: {b.name(m2)}, {b.addr(m2)}, {b.pc(m2)}, "
        f"{b.k('geboren')} {b.dob(m2)}."
    ]
    out.append(f"{b.k('Uitbetaling')} op {b.iban(m2)}; BSN {b.bsn(m2)} ({b.k('voor')} {b.k('loonheffing')}).")
    b.s("reg:controle", "register check by coordinator")
    out.append(
        f"{b.k('Registercheck')} door {b.name(co)} op {b.date('lang')}: {b.k('actief')}, "
        f"{b.k('specialisatie')} {b.k(r.choice(['Buren', 'Overheid', 'Arbeid', 'Familie']))}."
    )
    b.s("reg:vog", "certificate of good conduct with file name")
    out.append(f"{b.k('VOG')} ontvangen: vog-{b.fileform(m2)}.pdf")
    kl = known_line(b, a)
    if kl:
        out.append(f"{b.k('Eerste')} {b.k('zaak')}: {b.name(a)}. " + kl)
    return "\n".join(out)


@kind("complaint handling decision about a mediator")
def klachtbesluit(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("besluit:kenmerk", "decision reference line")
    out = [f"{b.k('Uw')} {b.k('kenmerk')}: {b.case()} — {b.k('Ons')} {b.k('kenmerk')}: {b.case2()}"]
    b.s("besluit:aanhef", "addressed with title and surname")
    out.append(f"{b.k('Geachte')} {r.choice(a.titles)} {b.sur(a)},")
    b.s("besluit:oordeel", "judgement: complaint partly founded")
    out.append(
        f"De {b.k('klachtencommissie')} acht uw {b.k('klacht')} over {b.name(m1)} "
        f"{b.k(r.choice(['gedeeltelijk', 'niet', 'volledig']))} {b.k('gegrond')}."
    )
    b.s("besluit:hoor", "hearing with names of attendees")
    out.append(
        f"{b.k('Bij')} de hoorzitting waren aanwezig: u, uw {b.k(rw(rel, 'broer', 'zus'))} {b.name(rel)}, {b.sur(m1)} en "
        f"{b.name(o)} ({b.k('secretaris')})."
    )
    kl = known_line(b, a)
    if kl:
        out.append(kl)
    return "\n".join(out)


@kind("parking permit / access request for a mediator")
def parkeren(b: B, a, bb, rel, m1, m2, co, o):
    r = b.r
    b.s("park:aanvraag", "request for visitor parking for mediator car")
    out = [
        f"{b.k('Aanvraag')} {b.k('bezoekersvergunning')} voor {b.k('mediator')} {b.name(m1)}, "
        f"{b.k('kenteken')} {b.plate(m1)}, bij {b.addr(a)}."
    ]
    b.s("park:tweede-auto", "second plate of colleague")
    out.append(f"{b.k('Reservekenteken')} {b.plate(m2)} ({b.sur(m2)}).")
    b.s("park:boete", "fine and objection by mediator")
    out.append(
        f"{b.k('Naheffing')} {b.case()} op {b.date('lang')} is volgens {b.first(m1)} "
        f"{b.k('onterecht')}: zij was in gesprek bij {b.sur(a)}."
    )
    kl = known_line(b, a)
    if kl:
        out.append(kl)
    return " ".join(out)


def build(i: int, r: random.Random) -> dict:
    b = B(r)
    known_idx = (i // 4) % len(N.KNOWN) if i % 4 == 1 else None
    people = cast(b, known_idx)
    k = KINDS[r.randrange(len(KINDS))]
    b.s("doc:" + k.__name__)
    text = k(b, *people)
    doc = {"id": f"fresh33d-{i:04d}", "text": text, "pii": b.pii, "keep": b.keep}
    if known_idx is not None:
        a = people[0]
        doc["known"] = {"names": [a.full]}
        if hasattr(a, "_mail"):
            doc["known"]["emails"] = [a._mail]
        if hasattr(a, "_tel"):
            doc["known"]["phones"] = [a._tel]
    doc["_shapes"] = b.shapes
    return doc


# ---------------------------------------------------------------------------------------------------------------
def _words(s: str) -> list[str]:
    return [w for w in re.split(r"[\s\-/,.()'&]+", s.lower()) if w]


def gate(doc: dict) -> str | None:
    """None when the document passes, else the reason."""
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    text = doc["text"]
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not N.bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not N.iban_ok(it["text"]):
            return f"iban {it['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    for kw in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(kw) + r"(?!\w)", text):
            return f"keep not a whole word: {kw}"
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            name_words |= {w for w in _words(it["text"]) if w not in PARTICLES and len(w) > 1}
    known_words = set()
    if "known" in doc:
        for nm in doc["known"]["names"]:
            known_words |= {w for w in _words(nm)}
    for kw in doc["keep"]:
        for w in _words(kw):
            if w in name_words and not (w in known_words and kw == w):
                return f"keep shares a name word: {kw}"
    if "known" in doc and not any(kw in known_words for kw in doc["keep"]):
        return "known name without its ordinary use in keep"
    return None


def generate() -> tuple[list[dict], int]:
    docs, redraws = [], 0
    for i in range(N_DOCS):
        d = build(i, random.Random(f"{SEED}-{i}"))
        attempt = 0
        while gate(d) is not None:
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"doc {i} keeps failing: {gate(d)}")
            d = build(i, random.Random(f"{SEED}-{i}-{attempt}"))
        docs.append(d)
    return docs, redraws


def serialise(docs: list[dict]) -> str:
    return "".join(
        json.dumps({k: v for k, v in d.items() if not k.startswith("_")}, ensure_ascii=False) + "\n" for d in docs
    )


def main(argv: list[str]) -> int:
    docs, redraws = generate()
    body = serialise(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == body
        print("fresh33d_texts.jsonl is up to date" if same else "fresh33d_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        used = Counter(s for d in docs for s in d["_shapes"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"{lab:15s} {labels[lab]}")
        print(f"pii items: {sum(labels.values())}; keep words: {sum(len(d['keep']) for d in docs)}")
        print(f"shapes registered: {len(SHAPES)}; shapes used: {len(used)}; document kinds: {len(KINDS)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        print(f"gate failures: {sum(gate(d) is not None for d in docs)}")
        return 0
    OUT.write_text(body, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
