#!/usr/bin/env python3
"""Blind anonymizer corpus fresh33a: education (school transport, compulsory attendance, child care).

Seeded generator: document i draws from random.Random("20261271-<i>"); a document that fails gate() is redrawn
from "20261271-<i>-<attempt>". Options: none = write fresh33a_texts.jsonl; --check = exit 1 if the committed file
differs; --stats = counts per label, shapes, known-name documents, redraws.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from names33a import KNOWN, MBOS, NUMBERS, ORIGINS, PLACES, RESIDENT_DOMAINS, SCHOOLS, STREET_A, STREET_B, fold  # noqa: E402

_spec = importlib.util.spec_from_file_location("score33a", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

SEED = 20261271
N_DOCS = 300
OUT = HERE / "fresh33a_texts.jsonl"
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
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
MON3 = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
WEEKDAYS = "maandag dinsdag woensdag donderdag vrijdag".split()
SHAPES: dict[str, object] = {}


def shape(name):
    def deco(fn):
        SHAPES[name] = fn
        fn.shape_name = name
        return fn

    return deco


# ----------------------------------------------------------------------------------------------- names and numbers
def _first(r, field):
    if "||" in field:
        plain, comp = field.split("||")
        roots, ends = comp.split("|")
        if plain.split() and r.random() < 0.5:
            return r.choice(plain.split())
        a = r.choice(roots.split())
        e = r.choice([x for x in ends.split() if x != a.lower()])
        return a + e
    if "|" in field:
        return r.choice(field.split("|"))
    return r.choice(field.split())


def _last(r, origin):
    pre, roots, suf = ORIGINS[origin][2:]
    p = r.choice(pre.split("|")) if pre else ""
    s = r.choice(suf.split("|")) if "|" in suf else (r.choice(suf.split()) if suf else "")
    root = r.choice(roots.split())
    if p == "" or p.endswith((" ", "-")):
        root = root[0].upper() + root[1:]
    return p + root + s


class Person:
    def __init__(self, r, origin=None, female=None, last=None, first=None):
        self.origin = origin or r.choice(list(ORIGINS))
        self.female = r.random() < 0.5 if female is None else female
        self.first = first or _first(r, ORIGINS[self.origin][0 if self.female else 1])
        self.last = last or _last(r, self.origin)
        self.phone = _phone(r)
        self.email = _email(r, self.first, self.last)

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def bare(self):
        return self.last[0].upper() + self.last[1:]

    @property
    def title(self):
        return "mevrouw" if self.female else "meneer"


def _phone(r):
    d = "".join(str(r.randint(0, 9)) for _ in range(8))
    if r.random() < 0.2:
        area = r.choice(["010", "020", "036", "053", "0578", "0229", "075", "0492"])
        rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
        return r.choice([f"{area}-{rest}", f"{area} {rest}", f"({area}) {rest}"])
    return r.choice(
        [
            f"06-{d}",
            f"06 {d[:4]} {d[4:]}",
            f"06{d}",
            f"+31 6 {d}",
            f"+31 (0)6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            f"0031 6 {d[:4]} {d[4:]}",
            f"06 - {d[:2]} {d[2:5]} {d[5:]}",
        ]
    )


def _email(r, first, last):
    f, l = fold(first).replace(" ", ""), fold(last).replace(" ", "").replace("-", "")
    local = r.choice(
        [
            f"{f}.{l}",
            f"{f[0]}.{l}{r.randint(70, 99)}",
            f"{l}{f}",
            f"{f}_{l}{r.randint(1, 9)}",
            f"{f}{l[:3]}{r.randint(10, 99)}",
        ]
    )
    return f"{local}@{r.choice(RESIDENT_DOMAINS)}"


def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            n = "".join(map(str, d + [last]))
            if valid_bsn(n):
                return n


def valid_bsn(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0


def fmt_bsn(r, n):
    return r.choice([n, f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def iban(r):
    bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(ch, 36)) for ch in bank + acct + "NL00")
    chk = 98 - int(num) % 97
    raw = f"NL{chk:02d}{bank}{acct}"
    return r.choice([raw, " ".join(raw[i : i + 4] for i in range(0, 18, 4))])


def valid_iban(s):
    s = re.sub(r"\s", "", s).upper()
    return (
        bool(re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s))
        and int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
    )


def plate(r):
    L = "BDFGHJKLNPRSTVXZ"
    a = lambda k: "".join(r.choice(L) for _ in range(k))
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    p = r.choice(
        [
            f"V{a(1)}-{n(3)}-{a(1)}",
            f"{n(2)}-{a(3)}-{n(1)}",
            f"{n(1)}-{a(3)}-{n(2)}",
            f"{a(2)}-{n(3)}-{a(1)}",
            f"{a(1)}-{n(3)}-{a(2)}",
            f"{a(3)}-{n(2)}-{a(1)}",
            f"{n(1)}-{a(2)}-{n(3)}",
            f"V-{n(3)}-{a(2)}",
        ]
    )
    return p if r.random() < 0.85 else p.replace("-", "")


def case_no(r, kind):
    y = r.choice([2025, 2026])
    n = r.randint(100, 99999)
    return {
        "lp": r.choice([f"LP-{y % 100}-{n:05d}", f"{y}-LPA-{n % 10000:04d}", f"LPW/{y}/{n:05d}"]),
        "llv": r.choice([f"LLV/{y}/{n % 10000:04d}", f"LV{y % 100}.{n:05d}", f"VVR-{y}-{n:05d}"]),
        "vve": r.choice([f"VVE{y % 100}.{n % 10000:04d}", f"PE-{y}-{n:05d}"]),
        "bzw": r.choice([f"BZW {y % 100}.{n % 1000:03d}.{r.randint(10, 99)}", f"B&B-{y}-{n:05d}"]),
        "pv": r.choice([f"PV-{y % 100}-{n:06d}", f"PL{r.randint(1000, 9999)}-{y}{n:06d}"]),
        "zk": r.choice([f"Z/{y % 100}/{n:06d}", f"ZK{y}.{n:05d}", f"OND-{n:05d}-{r.choice('ABCDEFGH')}"]),
        "mdo": r.choice([f"MDO#{n % 10000:04d}", f"MDO-{y}-{n % 1000:03d}"]),
        "halt": r.choice([f"H{y % 100}-{n:05d}", f"HV/{y}/{n % 10000:04d}"]),
        "med": r.choice([f"MED-{y}-{n % 1000:03d}", f"BM/{y % 100}/{n % 10000:04d}"]),
        "st": r.choice([f"STT-{y}-{n:05d}", f"SF{y % 100}/{n:05d}"]),
    }[kind]


def dob_text(r, d, short_year=True):
    m = d.month
    styles = [
        f"{d.day} {MONTHS[m - 1]} {d.year}",
        f"{d.day:02d}-{m:02d}-{d.year}",
        f"{d.day}-{m}-{d.year}",
        f"{d.day:02d}/{m:02d}/{d.year}",
        f"{d.day:02d}.{m:02d}.{d.year}",
        f"{d.year}-{m:02d}-{d:%d}",
        f"{d.day} {MON3[m - 1]} {d.year}",
        f"{d.day}-{MON3[m - 1]}-{d.year}",
    ]
    if short_year:
        styles.append(f"{d.day} {MONTHS[m - 1]} '{d.year % 100:02d}")
    return r.choice(styles)


def rand_date(r, y0, y1):
    return dt.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def odate(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def money(r, lo, hi):
    v = r.randint(lo, hi) + r.choice([0, 0, 0.5, 0.25, 0.8])
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"€ {s}"


# ----------------------------------------------------------------------------------------------- document builder
class B:
    def __init__(self, r, ctx):
        self.r, self.c = r, ctx
        self.lines: list[str] = []
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []

    def P(self, text, label):
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def K(self, *words):
        for w in words:
            if w not in self.keep:
                self.keep.append(w)

    def add(self, fn, *a):
        self.shapes.append(fn.shape_name)
        s = fn(self, self.c, *a)
        if s:
            self.lines.append(s)

    # personal data in their forms
    def full(self, p):
        return self.P(p.full, "PERSON")

    def bare(self, p):
        return self.P(p.bare, "PERSON")

    def first(self, p):
        return self.P(p.first, "PERSON")

    def poss(self, p):
        f = p.first
        t = f + ("'s" if f[-1] in "aeiouy" else "'" if f[-1] in "sxz" else "s")
        return self.P(t, "PERSON")

    def upper(self, p):
        return self.P(p.bare.upper(), "PERSON")

    def initials(self, p):
        return self.P(f"{p.first[0]}. {p.last}", "PERSON")

    def phone(self, p):
        return self.P(p.phone, "PHONE")

    def email(self, p):
        return self.P(p.email, "EMAIL")

    def addr(self):
        return self.P(self.c.addr, "ADDRESS")

    def street(self):
        return self.P(self.c.street, "ADDRESS")

    def pc(self):
        return self.P(self.c.pc, "POSTCODE")

    def dob(self, d):
        return self.P(dob_text(self.r, d), "DATE_OF_BIRTH")

    def case(self, kind="lp"):
        if kind not in self.c.cases:
            self.c.cases[kind] = case_no(self.r, kind)
        return self.P(self.c.cases[kind], "CASE_NUMBER")

    def bsn(self):
        return self.P(self.c.bsn, "BSN")

    def iban(self):
        return self.P(self.c.iban, "IBAN")

    def plate(self):
        return self.P(self.c.plate, "LICENSE_PLATE")

    def ch(self, *opts):
        return self.r.choice(opts)


class Ctx:
    pass


def make_ctx(r, known):
    c = Ctx()
    c.city = r.choice(PLACES)
    c.dom = fold(c.city) + ".nl"
    origin = r.choice(list(ORIGINS))
    c.par = Person(r, origin)
    c.known_word = None
    if known:
        word, is_last, sentence = r.choice(KNOWN)
        if is_last:
            c.par = Person(r, "Nederlands" if " " not in word else "Nederlands met tussenvoegsel", last=word)
        else:
            c.par = Person(r, origin, female=True, first=word)
        c.known_word, c.known_sentence = word.split()[-1], sentence
    share = r.random() < 0.85
    c.kid = Person(r, c.par.origin, last=c.par.last if share else None)
    c.kid2 = Person(r, c.par.origin, last=c.kid.last)
    c.par2 = Person(
        r,
        r.choice([c.par.origin, r.choice(list(ORIGINS))]),
        female=not c.par.female,
        last=c.kid.last if not share else None,
    )
    c.lpa, c.cons, c.med, c.ib, c.buur, c.drv, c.arts = (Person(r) for _ in range(7))
    c.kid_dob = rand_date(r, 2008, 2022)
    c.kid2_dob = rand_date(r, 2008, 2022)
    c.par_dob = rand_date(r, 1972, 1996)
    c.street = r.choice(STREET_A) + r.choice(STREET_B)
    c.addr = c.street + " " + r.choice(NUMBERS).format(n=r.randint(1, 240))
    c.pc = f"{r.randint(1000, 9999)}{r.choice([' ', '', ' '])}{r.choice('BDFGHJKLMNPRSTVXZ')}{r.choice('ABDEGHJKLNPRSTVXZ')}"
    c.school = r.choice(SCHOOLS)
    c.mbo = r.choice(MBOS)
    c.date = rand_date(r, 2025, 2026)
    c.date2 = c.date + dt.timedelta(days=r.randint(7, 40))
    c.cases = {}
    c.bsn = fmt_bsn(r, bsn(r))
    c.iban = iban(r)
    c.plate = plate(r)
    c.kcc = f"14 0{r.randint(10, 99)}"
    c.groep = r.randint(1, 8)
    return c


# ----------------------------------------------------------------------------------------------- sentence shapes
@shape("s.verzuim-uren")
def s_verzuim_uren(b, c):
    h = b.r.randint(12, 64)
    b.K("ongeoorloofd", "lesuren", "leerplichtambtenaar")
    return (
        f"Volgens de registratie van {c.school} heeft {b.first(c.kid)} de afgelopen vier weken {h} lesuren "
        f"ongeoorloofd gemist; de school heeft dit gemeld bij de leerplichtambtenaar."
    )


@shape("s.leerplichtwet-art")
def s_leerplichtwet(b, c):
    b.K("Leerplichtwet", "artikel", "verplicht")
    return f"Op grond van artikel 21 van de Leerplichtwet 1969 bent u verplicht ervoor te zorgen dat {b.first(c.kid)} de school geregeld bezoekt."


@shape("s.uitnodiging-gesprek")
def s_uitnodiging(b, c):
    d = c.date2
    wd = WEEKDAYS[d.weekday()] if d.weekday() < 5 else "maandag"
    b.K(wd, MONTHS[d.month - 1], "gemeentehuis", "gesprek")
    return (
        f"Ik nodig u en {b.first(c.kid)} uit voor een gesprek op {wd} {d.day} {MONTHS[d.month - 1]} om "
        f"{b.r.choice(['9.00', '10.30', '13.15', '15.45'])} uur in het gemeentehuis, kamer {b.r.randint(1, 4)}.{b.r.randint(10, 40)}."
    )


@shape("s.pv-dreiging")
def s_pv(b, c):
    b.K("proces-verbaal", "Officier", "Justitie")
    return (
        "Als het verzuim niet stopt, kan ik een proces-verbaal opmaken. De Officier van Justitie beslist dan "
        "over een boete of een taakstraf."
    )


@shape("s.halt-verwijzing")
def s_halt(b, c):
    b.K("Halt", "verwijzing", "taakstraf")
    return (
        f"{b.first(c.kid)} is op {odate(c.date)} naar Halt verwezen (verwijzing {b.case('halt')}); "
        f"een Halt-afdoening voorkomt een taakstraf via de rechter."
    )


@shape("s.contact-lpa")
def s_contact_lpa(b, c):
    b.K("bereikbaar", "dinsdag", "donderdag")
    return (
        f"Ik ben bereikbaar op dinsdag en donderdag via {b.phone(c.lpa)} of {b.email(c.lpa)}; "
        f"algemene vragen kunnen naar leerplicht@{c.dom}."
    )


@shape("s.kind-ziek")
def s_kind_ziek(b, c):
    b.K("buikpijn", "huisarts", "verklaring")
    return (
        f"{b.first(c.kid)} was niet spijbelen, hij of zij had steeds buikpijn. De huisarts kan dat bevestigen, "
        f"ik stuur de verklaring mee."
    )


@shape("s.bus-te-laat")
def s_bus_laat(b, c):
    m = b.r.randint(15, 55)
    b.K("taxibusje", "minuten", "Elke")
    return (
        f"Elke ochtend komt het taxibusje {m} minuten te laat bij {b.addr()}, waardoor {b.first(c.kid)} de "
        f"eerste les mist."
    )


@shape("s.kenteken-bus")
def s_kenteken(b, c):
    b.K("chauffeur", "kenteken", "telefoon")
    return f"De chauffeur van het busje met kenteken {b.plate()} zat de hele rit met zijn telefoon te bellen."


@shape("s.afstand-km")
def s_afstand(b, c):
    km = b.r.randint(6, 28)
    b.K("kilometer", "afstandsgrens", "Verordening")
    return (
        f"De afstand van ons huis aan de {b.street()} naar {c.school} is {km} kilometer, ruim boven de "
        f"afstandsgrens uit de Verordening leerlingenvervoer."
    )


@shape("s.ophaaltijd")
def s_ophaal(b, c):
    t = f"{b.r.randint(6, 8)}:{b.r.choice(['05', '15', '25', '40', '50'])}"
    b.K("ophaaltijd", "wijziging", t)
    return f"Vanaf maandag wordt de ophaaltijd voor {b.full(c.kid)} {t} uur; bij een wijziging belt de planner u."


@shape("s.bsn-aanvraag")
def s_bsn(b, c):
    b.K("burgerservicenummer", "aanvraag")
    return f"Het burgerservicenummer van {b.first(c.kid)} is {b.bsn()}, dat was in de aanvraag niet ingevuld."


@shape("s.iban-vergoeding")
def s_iban(b, c):
    amt = money(b.r, 80, 1400)
    b.K("overmaken", "kilometervergoeding", amt)
    return f"De kilometervergoeding van {amt} graag overmaken op {b.iban()} ten name van {b.initials(c.par)}."


@shape("s.geboren-cue")
def s_geb(b, c):
    b.K("groep", "leerling")
    return f"Het gaat om {b.full(c.kid)}, geboren op {b.dob(c.kid_dob)}, leerling van groep {c.groep}."


@shape("s.geb-haakjes")
def s_geb2(b, c):
    b.K("broertje", "zusje")
    return f"Ook het broertje of zusje, {b.full(c.kid2)} (geb. {b.dob(c.kid2_dob)}), staat op de wachtlijst."


@shape("s.passend-onderwijs")
def s_passend(b, c):
    b.K("samenwerkingsverband", "toelaatbaarheidsverklaring", "Passend")
    return (
        f"Passend onderwijs voor {b.first(c.kid)} betekent volgens het samenwerkingsverband een plek op "
        f"{c.school}, maar de toelaatbaarheidsverklaring is nog niet afgegeven."
    )


@shape("s.wachtlijst")
def s_wachtlijst(b, c):
    w = b.r.randint(3, 14)
    b.K("wachtlijst", "thuiszitter", "weken")
    return f"{b.poss(c.kid)} naam staat al {w} weken op de wachtlijst en intussen is hij of zij een thuiszitter."


@shape("s.vve-indicatie")
def s_vve(b, c):
    b.K("indicatie", "voorschoolse", "consultatiebureau", "uur")
    return (
        f"Het consultatiebureau heeft {b.first(c.kid)} een indicatie gegeven voor voorschoolse educatie van "
        f"16 uur per week (kenmerk {b.case('vve')})."
    )


@shape("s.toeslag-terug")
def s_toeslag(b, c):
    amt = money(b.r, 1200, 23000)
    b.K("kinderopvangtoeslag", "Belastingdienst", "terugvordering", amt)
    return (
        f"De Belastingdienst vordert {amt} kinderopvangtoeslag terug; door die terugvordering kan ik de "
        f"opvang van {b.first(c.kid)} niet meer betalen."
    )


@shape("s.buur-plein")
def s_buur(b, c):
    b.K("schoolplein", "geluidsoverlast", "avond")
    return (
        f"Mijn buurman {b.full(c.buur)} ({b.addr()}) klaagt al maanden over geluidsoverlast van het "
        f"schoolplein in de avond."
    )


@shape("s.nieuwbouw")
def s_nieuwbouw(b, c):
    b.K("nieuwbouw", "noodlokalen", "Onderwijshuisvesting")
    return (
        f"De nieuwbouw van {c.school} is twee jaar uitgesteld; de noodlokalen staan pal achter ons huis aan de "
        f"{b.street()}. Wij hebben dit ook aan Onderwijshuisvesting geschreven."
    )


@shape("s.studietoeslag")
def s_studietoeslag(b, c):
    b.K("studiefinanciering", "DUO", "studietoeslag")
    return (
        f"Ik zit op {c.mbo} en krijg nog steeds geen studiefinanciering van DUO, dus vraag ik de gemeente om "
        f"studietoeslag ({b.case('st')})."
    )


@shape("s.mdo-afspraak")
def s_mdo_afspraak(b, c):
    b.K("Afspraak", "jeugdarts", "weken")
    return f"Afspraak: {b.full(c.arts)} (jeugdarts, GGD) ziet {b.first(c.kid)} binnen drie weken op het spreekuur."


@shape("s.mediator-kern")
def s_med_kern(b, c):
    b.K("Kern", "vertrouwen", "communicatie")
    return (
        f"Kern van het conflict volgens {c.par.title} {b.bare(c.par)}: geen "
        f"vertrouwen meer in de communicatie met de school."
    )


@shape("s.whatsapp-moeder")
def s_wa(b, c):
    b.K("Sorry", "vandaag")
    return f"Sorry juf, {b.first(c.kid)} is vandaag weer ziek 🤒 morgen is hij/zij er hopelijk wel"


@shape("s.telefoonnotitie")
def s_tel(b, c):
    b.K("Teruggebeld", "Klantcontactcentrum", "voicemail")
    return (
        f"Teruggebeld door het Klantcontactcentrum op {b.phone(c.par)}: voicemail ingesproken, "
        f"{c.par.title} belt morgen terug."
    )


@shape("s.vrijstelling")
def s_vrijstelling(b, c):
    b.K("vrijstelling", "artikel", "verklaring")
    return (
        f"Wij vragen vrijstelling op grond van artikel 5 onder a; de verklaring van de arts over "
        f"{b.first(c.kid)} volgt."
    )


@shape("s.verlof")
def s_verlof(b, c):
    b.K("verlof", "bruiloft", "directeur")
    return (
        f"Voor de bruiloft van mijn broer in het buitenland vroeg ik tien dagen verlof voor {b.first(c.kid)}, "
        f"maar de directeur weigerde."
    )


@shape("s.rmc")
def s_rmc(b, c):
    b.K("startkwalificatie", "RMC", "jongerencoach")
    return (
        f"{b.full(c.kid)} is op {b.dob(c.kid_dob)} geboren en heeft nog geen startkwalificatie; RMC "
        f"koppelt een jongerencoach."
    )


@shape("s.email-ouder")
def s_email_ouder(b, c):
    b.K("Reageren", "mailadres")
    return f"Reageren kan op mijn mailadres {b.email(c.par)} of via {b.phone(c.par)}."


@shape("s.adresblok")
def s_adres(b, c):
    return f"{b.full(c.par)}\n{b.addr()}\n{b.pc()} {c.city.upper() if b.r.random() < 0.3 else c.city}"


@shape("s.bezwaar-termijn")
def s_bezw(b, c):
    b.K("bezwaar", "zes weken", "Awb")
    return (
        f"Tegen dit besluit kunt u binnen zes weken bezwaar maken (artikel 6:7 Awb); vermeld kenmerk {b.case('bzw')}."
    )


@shape("s.fietsmaatje")
def s_fiets(b, c):
    b.K("fietstraining", "zelfstandig", "Onderzocht")
    return (
        f"Onderzocht wordt of {b.first(c.kid)} na een fietstraining zelfstandig naar school kan; tot die tijd "
        f"blijft het aangepast vervoer."
    )


@shape("s.ouder-dob")
def s_ouder_dob(b, c):
    b.K("aanvrager", "Gegevens")
    return f"Gegevens aanvrager: {b.full(c.par)}, geb. {b.dob(c.par_dob)}, BSN {b.bsn()}."


@shape("s.opvang-uren")
def s_opvang(b, c):
    u = b.r.randint(40, 180)
    b.K("kinderdagverblijf", "uren", "maand")
    return f"{b.first(c.kid2)} gaat {u} uren per maand naar het kinderdagverblijf, {b.first(c.kid)} naar de bso."


@shape("s.tiener-dm")
def s_tiener(b, c):
    b.K("serieus", "stage")
    return f"ik ben echt serieus met mijn stage bezig, ik kom gewoon maandag. groetjes {b.first(c.kid)}"


@shape("s.schoolrapport-cijfer")
def s_rapport(b, c):
    b.K("Rekenen", "Begrijpend", "niveau")
    return (
        f"Rekenen: onder niveau ({b.r.choice(['E', 'D', 'V'])}). Begrijpend lezen: {b.r.choice(['C', 'IV', 'voldoende'])}. "
        f"{b.first(c.kid)} werkt gemotiveerd bij één-op-één begeleiding."
    )


@shape("s.ib-er")
def s_ib(b, c):
    b.K("intern", "begeleider", "handelingsplan")
    return (
        f"Volgens {b.full(c.ib)}, intern begeleider, is het handelingsplan voor {b.first(c.kid)} op "
        f"{odate(c.date)} bijgesteld."
    )


@shape("s.known")
def s_known(b, c):
    b.K(c.known_word.lower())
    return c.known_sentence


@shape("s.thuiszitten-overleg")
def s_thuisz(b, c):
    b.K("Thuiszittersoverleg", "Jeugdzorg", "zorgen")
    return (
        f"In het Thuiszittersoverleg deelden Jeugdzorg en school de zorgen over {b.first(c.kid)}; "
        f"{b.full(c.cons)} schuift namens de gemeente aan."
    )


@shape("s.ouder2")
def s_ouder2(b, c):
    b.K("vader", "moeder", "gezag")
    return (
        f"De andere ouder, {b.full(c.par2)}, heeft ook gezag; vader en moeder wonen apart, dus ook "
        f"{b.P(c.par2.first, 'PERSON')} krijgt deze brief."
    )


@shape("s.kids-plural")
def s_kids(b, c):
    b.K("Beide", "kinderen", "vervoer")
    return f"Beide kinderen, {b.first(c.kid)} en {b.first(c.kid2)}, hebben recht op vervoer naar dezelfde school."


@shape("s.dossier-bestand")
def s_bestand(b, c):
    fn = f"verslag_{fold(c.kid.last).replace(' ', '').replace('-', '')}_{c.date.year}.pdf"
    b.P(fold(c.kid.last).replace(" ", "").replace("-", ""), "PERSON")
    b.K("Bijlage", "verslag")
    return f"Bijlage: {fn} (verslag onderwijskundig onderzoek)."


# ----------------------------------------------------------------------------------------------- document kinds
def _sign(b, p, fn, dept):
    b.K(dept.split()[-1])
    return f"{b.full(p)}\n{fn}, {dept}"


@shape("doc.verzuimbrief")
def d_verzuimbrief(b, c):
    b.K("Onderwerp", "verzuim", "Geachte")
    b.lines.append(f"Gemeente {c.city}\nTeam Leerplicht en RMC")
    b.K("Leerplicht")
    b.add(s_adres)
    b.lines.append(f"Datum: {odate(c.date)}\nKenmerk: {b.case('lp')}\nOnderwerp: verzuim van {b.full(c.kid)}")
    b.K(odate(c.date), "Kenmerk")
    b.lines.append(f"Geachte {c.par.title} {b.bare(c.par)},")
    for fn in b.r.sample([s_verzuim_uren, s_leerplichtwet, s_uitnodiging, s_pv, s_contact_lpa], 4):
        b.add(fn)
    b.lines.append("Met vriendelijke groet,\n" + _sign(b, c.lpa, "leerplichtambtenaar", "afdeling Onderwijs"))


@shape("doc.uitnodiging-verzuimgesprek")
def d_uitnodiging(b, c):
    b.K("Uitnodiging", "Leerplicht")
    b.lines.append(f"Uitnodiging verzuimgesprek — Leerplicht {c.city} — dossier {b.case('lp')}")
    b.lines.append(f"Beste {c.par.title} {b.bare(c.par)} en {b.first(c.kid)},")
    b.add(s_uitnodiging)
    b.add(b.r.choice([s_verzuim_uren, s_rmc]))
    b.add(s_contact_lpa)
    b.lines.append(f"Groet, {b.initials(c.lpa)}")


@shape("doc.proces-verbaal")
def d_pv(b, c):
    b.K("PROCES-VERBAAL", "Verbalisant", "Leerplichtwet", "Verdachte")
    b.lines.append(f"PROCES-VERBAAL nr. {b.case('pv')} — overtreding Leerplichtwet 1969")
    b.lines.append(
        f"Verdachte: {b.upper(c.par)}, {b.first(c.par)}; geboren {b.dob(c.par_dob)}; wonende {b.addr()}, "
        f"{b.pc()} {c.city}."
    )
    b.lines.append(f"Betreft leerling: {b.full(c.kid)} (* {b.dob(c.kid_dob)}), {c.school}.")
    b.add(s_verzuim_uren)
    b.add(b.r.choice([s_pv, s_halt]))
    b.lines.append(f"Verbalisant: {b.full(c.lpa)}, buitengewoon opsporingsambtenaar.")


@shape("doc.mail-ouder-vervoer")
def d_mail_vervoer(b, c):
    b.K("Onderwerp", "leerlingenvervoer", "Aan")
    b.lines.append(
        f"Van: {b.email(c.par)}\nAan: leerlingenvervoer@{c.dom}\nOnderwerp: leerlingenvervoer {b.first(c.kid)} "
        f"({b.case('llv')})"
    )
    b.lines.append("Goedemiddag,")
    b.K("Goedemiddag")
    for fn in b.r.sample([s_bus_laat, s_kenteken, s_afstand, s_fiets, s_kids, s_bsn], 3):
        b.add(fn)
    b.lines.append(f"Groeten,\n{b.full(c.par)}\n{b.phone(c.par)}")


@shape("doc.whatsapp-school")
def d_wa(b, c):
    b.K("Juf", "Oke", "Dankjewel")
    t = b.r.randint(7, 8)
    b.lines.append(f"[{t}:12] {b.full(c.par)}: Goedemorgen juf")
    b.add(s_wa)
    b.lines.append(f"[{t}:31] Juf {b.first(c.ib)}: Oke, beterschap! Wil je het ook even in Parro zetten?")
    b.lines.append(f"[{t}:33] {b.first(c.par)}: Dankjewel. Mijn nummer is veranderd: {b.phone(c.par)}")
    b.K("Parro", "beterschap")


@shape("doc.planningslijst")
def d_planning(b, c):
    b.K("Vervoerder", "Route", "Ophalen", "School")
    b.lines.append(f"Route {b.r.randint(1, 40)} — Vervoerder Taxicentrale {c.city} — voertuig {b.plate()}")
    b.lines.append("Leerling | Adres | Ophalen | School")
    kids = [(c.kid, c.addr, c.kid_dob)]
    rows = [f"{b.upper(c.kid)}, {b.first(c.kid)} | {b.addr()}, {b.pc()} | 07:{b.r.randint(10, 55)} | {c.school}"]
    for _ in range(b.r.randint(1, 3)):
        p = Person(b.r)
        street = b.r.choice(STREET_A) + b.r.choice(STREET_B)
        a = f"{street} {b.r.randint(1, 199)}"
        rows.append(
            f"{b.P(p.bare.upper(), 'PERSON')}, {b.P(p.first, 'PERSON')} | {b.P(a, 'ADDRESS')} | "
            f"07:{b.r.randint(10, 55)} | {b.r.choice(SCHOOLS)}"
        )
    del kids
    b.r.shuffle(rows)
    b.lines.extend(rows)
    b.lines.append(f"Chauffeur: {b.full(c.drv)} ({b.phone(c.drv)})")
    b.K("Chauffeur")


@shape("doc.mdo-verslag")
def d_mdo(b, c):
    b.K("Verslag", "Aanwezig", "Besproken", "Afspraken")
    b.lines.append(f"Verslag MDO {odate(c.date)} — {b.case('mdo')}")
    b.K(odate(c.date))
    b.lines.append(
        f"Aanwezig: {b.full(c.par)} (moeder/vader), {b.full(c.ib)} (intern begeleider), "
        f"{b.full(c.lpa)} (leerplicht), {b.full(c.cons)} (wijkteam)"
    )
    b.lines.append(f"Besproken: {b.first(c.kid)}, {b.dob(c.kid_dob)}, groep {c.groep}.")
    for fn in b.r.sample([s_thuisz, s_passend, s_wachtlijst, s_rapport, s_ib], 2):
        b.add(fn)
    b.lines.append("Afspraken:")
    b.add(s_mdo_afspraak)


@shape("doc.mediator-intake")
def d_intake(b, c):
    b.K("Intake", "Mediation", "Klacht", "Aanmelder")
    b.lines.append(f"Intake Mediation — dossier {b.case('med')} — mediator {b.full(c.med)}")
    b.lines.append(f"Aanmelder: {b.full(c.par)}, {b.addr()}, tel. {b.phone(c.par)}")
    b.lines.append(
        f"Klacht: {b.r.choice(['weigering leerlingenvervoer', 'verwijdering van school', 'behandeling door leerplicht'])}."
    )
    b.add(s_med_kern)
    b.add(b.r.choice([s_ouder2, s_kind_ziek, s_wachtlijst]))


@shape("doc.schoolrapport")
def d_rapport(b, c):
    b.K("Onderwijskundig", "Leerling", "Schooljaar")
    b.lines.append(
        f"Onderwijskundig rapport — {c.school}\nLeerling: {b.full(c.kid)}\nGeboortedatum: {b.dob(c.kid_dob)}\n"
        f"Schooljaar {c.date.year - 1}-{c.date.year}, groep {c.groep}"
    )
    b.add(s_rapport)
    b.add(s_ib)
    b.add(s_bestand)


@shape("doc.toeslag-klacht")
def d_toeslag(b, c):
    b.K("Beste", "Hersteloperatie", "Toeslagen")
    b.lines.append(f"Beste medewerker van de gemeente {c.city},")
    b.add(s_toeslag)
    b.lines.append("Ik ben gedupeerde van de Hersteloperatie Toeslagen en wacht nog op de integrale beoordeling.")
    b.add(b.r.choice([s_opvang, s_iban, s_ouder_dob]))
    b.lines.append(f"{b.full(c.par)}, {b.addr()}")


@shape("doc.vve-aanmelding")
def d_vve(b, c):
    b.K("Aanmelding", "Peuteropvang", "Ouder")
    b.lines.append(f"Aanmelding Peuteropvang / VVE — {c.city}")
    b.lines.append(f"Kind: {b.full(c.kid)}  Geb.datum: {b.dob(c.kid_dob)}")
    b.lines.append(f"Ouder 1: {b.full(c.par)}  E-mail: {b.email(c.par)}")
    b.add(s_vve)
    b.add(b.r.choice([s_opvang, s_ouder2]))


@shape("doc.buurman-plein")
def d_buur(b, c):
    b.K("Geachte", "wethouder", "Onderwijs")
    b.lines.append("Geachte wethouder van Onderwijs,")
    b.add(b.r.choice([s_buur, s_nieuwbouw]))
    b.lines.append(f"Ik heb dit al op {odate(c.date)} gemeld onder nummer {b.case('zk')}, maar kreeg geen antwoord.")
    b.K(odate(c.date))
    b.lines.append(f"Hoogachtend,\n{b.full(c.par)}\n{b.pc()} {c.city}")


@shape("doc.mbo-student")
def d_mbo(b, c):
    b.K("Hoi", "bijbaan")
    b.lines.append(f"Hoi, ik ben {b.full(c.kid)} ({b.r.randint(17, 20)} jaar)")
    b.add(s_studietoeslag)
    b.lines.append(f"Mijn bijbaan levert te weinig op. Mijn rekening is {b.iban()}.")
    b.add(b.r.choice([s_rmc, s_tiener]))


@shape("doc.tiener-sms")
def d_tiener(b, c):
    b.K("sorry", "meneer", "school")
    b.lines.append(f"hey meneer {b.bare(c.lpa)} sorry dat ik niet op school was")
    b.add(s_tiener)
    b.lines.append(
        f"{b.P('@' + fold(c.kid.first) + '_' + str(c.kid_dob.year % 100), 'PERSON')} op insta als u wil chatten"
    )


@shape("doc.bezwaarschrift")
def d_bezwaar(b, c):
    b.K("Bezwaarschrift", "besluit", "Commissie")
    b.lines.append(f"Aan de Commissie bezwaarschriften\nBezwaarschrift tegen besluit {b.case('llv')}")
    b.add(s_adres)
    b.add(s_afstand)
    b.add(b.r.choice([s_fiets, s_bus_laat, s_geb]))
    b.add(s_bezw)


@shape("doc.gespreksnotitie")
def d_notitie(b, c):
    b.K("Gespreksnotitie", "Beller", "Vraag")
    b.lines.append(f"Gespreksnotitie {odate(c.date)}, {c.kcc}")
    b.K(c.kcc, odate(c.date))
    b.lines.append(f"Beller: {b.full(c.par)} ({b.phone(c.par)})")
    b.lines.append(f"Vraag: wanneer is er een besluit over {b.poss(c.kid)} vervoer?")
    b.add(s_tel)


@shape("doc.toelaatbaarheid")
def d_tlv(b, c):
    b.K("Aanvraag", "toelaatbaarheidsverklaring", "Samenwerkingsverband")
    b.lines.append(f"Aanvraag toelaatbaarheidsverklaring — Samenwerkingsverband {c.city}")
    b.add(s_geb)
    b.add(s_passend)
    b.add(b.r.choice([s_ib, s_wachtlijst, s_bsn]))


@shape("doc.verlofaanvraag")
def d_verlof(b, c):
    b.K("Verlofaanvraag", "Leerplichtwet", "vakantie")
    b.lines.append("Verlofaanvraag buiten de vakantie (art. 11f Leerplichtwet)")
    b.lines.append(f"Naam leerling: {b.full(c.kid)}, geboortedatum {b.dob(c.kid_dob)}")
    b.add(b.r.choice([s_verlof, s_vrijstelling]))
    b.add(s_email_ouder)


@shape("doc.incident-vervoerder")
def d_incident(b, c):
    b.K("Incidentmelding", "Omschrijving", "vervoerder")
    b.lines.append(f"Incidentmelding vervoerder — {odate(c.date)} — rit {b.case('llv')}")
    b.K(odate(c.date))
    b.lines.append(f"Voertuig {b.plate()}, chauffeur {b.full(c.drv)}.")
    b.lines.append(f"Omschrijving: {b.first(c.kid)} ({b.addr()}) stapte bij de verkeerde halte uit.")
    b.add(b.r.choice([s_kenteken, s_ophaal]))


@shape("doc.aanmeldformulier")
def d_aanmeld(b, c):
    b.K("Aanmeldformulier", "Naam", "Woonadres", "Postcode", "Telefoon")
    b.lines.append(f"Aanmeldformulier leerlingenvervoer {c.date.year}-{c.date.year + 1}")
    b.lines.append(
        f"Naam: {b.full(c.kid)}\nGeboren: {b.dob(c.kid_dob)}\nWoonadres: {b.addr()}\nPostcode: {b.pc()}\n"
        f"Telefoon ouder: {b.phone(c.par)}\nBSN leerling: {b.bsn()}"
    )
    b.add(s_ophaal)


KINDS = [
    d_verzuimbrief,
    d_uitnodiging,
    d_pv,
    d_mail_vervoer,
    d_wa,
    d_planning,
    d_mdo,
    d_intake,
    d_rapport,
    d_toeslag,
    d_vve,
    d_buur,
    d_mbo,
    d_tiener,
    d_bezwaar,
    d_notitie,
    d_tlv,
    d_verlof,
    d_incident,
    d_aanmeld,
]


# ----------------------------------------------------------------------------------------------- extra shapes by topic
@shape("x.schorsing")
def x_schorsing(b, c):
    b.K("geschorst", "directie", "incident")
    return (
        f"Na een incident in de kantine is {b.first(c.kid)} op {odate(c.date)} twee dagen geschorst; de directie "
        f"heeft de leerplichtambtenaar ingelicht."
    )


@shape("x.huisbezoek")
def x_huisbezoek(b, c):
    wd = b.r.choice(WEEKDAYS)
    b.K("huisbezoek", wd, "niemand")
    return f"Op {wd} heb ik een huisbezoek afgelegd aan de {b.street()}, maar er deed niemand open."


@shape("x.rolstoel")
def x_rolstoel(b, c):
    b.K("rolstoel", "rolstoelbus", "lift")
    return f"{b.first(c.kid)} zit in een rolstoel en kan alleen met een rolstoelbus met lift vervoerd worden."


@shape("x.ov-begeleiding")
def x_ov(b, c):
    b.K("OV-begeleiding", "trein", "zelfstandig")
    return (
        f"Met OV-begeleiding leert {b.first(c.kid)} sinds {MONTHS[c.date.month - 1]} zelfstandig met de trein "
        f"te reizen."
    )


@shape("x.eigen-bijdrage")
def x_eigen(b, c):
    amt = money(b.r, 150, 900)
    b.K("drempelbedrag", "eigen", amt)
    return f"Het drempelbedrag van {amt} moeten wij als eigen bijdrage betalen, wat met ons inkomen niet lukt."


@shape("x.vso-overstap")
def x_vso(b, c):
    b.K("voortgezet", "speciaal", "onderwijs", "zomervakantie")
    return (
        f"Na de zomervakantie gaat {b.first(c.kid)} naar het voortgezet speciaal onderwijs, dus de route moet "
        f"opnieuw worden bekeken."
    )


@shape("x.speeltoestel")
def x_speeltoestel(b, c):
    b.K("speeltoestel", "kapot", "Spoedeisende")
    return (
        f"Het speeltoestel op het plein van {c.school} is al weken kapot; {b.first(c.kid)} viel eraf en moest "
        f"naar de Spoedeisende Hulp."
    )


@shape("x.parkeren-ouders")
def x_parkeren(b, c):
    b.K("Ouders", "stoep", "Handhaving")
    return (
        f"Ouders parkeren bij het brengen op de stoep voor {b.addr()}; Handhaving noteerde onder meer "
        f"kenteken {b.plate()}."
    )


@shape("x.gastouder")
def x_gastouder(b, c):
    b.K("Gastouder", "Landelijk", "Register")
    return (
        f"Gastouder {b.full(c.buur)} staat in het Landelijk Register Kinderopvang en vangt {b.first(c.kid2)} "
        f"drie dagen per week op."
    )


@shape("x.vertaling")
def x_vertaling(b, c):
    b.K("Nederlands", "vertaalt", "brieven")
    return f"Mijn Nederlands is niet goed genoeg, mijn oudste {b.first(c.kid)} vertaalt de brieven van de gemeente voor mij."


@shape("x.inschrijving")
def x_inschrijving(b, c):
    b.K("Basisregistratie", "ingeschreven", "Personen")
    return (
        f"Volgens de Basisregistratie Personen staat {b.full(c.kid)} sinds {odate(c.date)} ingeschreven op {b.addr()}."
    )


@shape("x.verzuimregel")
def x_verzuimregel(b, c):
    d = c.date
    b.K("afwezig", "ongeoorloofd", "uur")
    return (
        f"- {d.day:02d}-{d.month:02d}: afwezig 1e t/m 4e uur (ongeoorloofd)\n- {(d.day % 27) + 1:02d}-{d.month:02d}: "
        f"te laat, 25 min"
    )


@shape("x.mentor-signatuur")
def x_mentor(b, c):
    b.K("mentor", "klas")
    return f"{b.full(c.ib)} | mentor klas {b.r.randint(1, 4)}{b.r.choice('ABCDH')} | {b.email(c.ib)}"


@shape("x.lijst-zonder-cue")
def x_lijst(b, c):
    b.K("groep")
    return f"{b.full(c.kid2)}, {b.dob(c.kid2_dob)}, groep {b.r.randint(1, 8)}"


@shape("x.verhuizing")
def x_verhuizing(b, c):
    st = b.r.choice(STREET_A) + b.r.choice(STREET_B)
    a = f"{st} {b.r.randint(1, 150)}"
    pc = f"{b.r.randint(1000, 9999)} {b.r.choice('BDFGHJKLNPRST')}{b.r.choice('ABDEGHJKLNPRST')}"
    b.K("verhuizen", "route", MONTHS[c.date2.month - 1])
    return (
        f"Wij verhuizen per 1 {MONTHS[c.date2.month - 1]} naar {b.P(a, 'ADDRESS')}, {b.P(pc, 'POSTCODE')}; "
        f"de route moet dus worden aangepast."
    )


@shape("x.schoolkeuze")
def x_schoolkeuze(b, c):
    b.K("dichtstbijzijnde", "toegankelijke", "structuur")
    return (
        f"Wij kozen {c.school} om de vaste structuur; de dichtstbijzijnde toegankelijke school had volgens "
        f"ons geen plek voor {b.first(c.kid)}."
    )


@shape("x.dyslexie")
def x_dyslexie(b, c):
    b.K("dyslexieverklaring", "Zorgverzekeraar", "onderzoek")
    return (
        f"De dyslexieverklaring van {b.first(c.kid)} is er, maar de Zorgverzekeraar wilde het onderzoek niet vergoeden."
    )


@shape("x.smi")
def x_smi(b, c):
    b.K("Sociaal", "Medische", "Indicatie", "opvang")
    return (
        f"Ik vraag een Sociaal Medische Indicatie aan, zodat {b.first(c.kid2)} naar de opvang kan terwijl ik in "
        f"het ziekenhuis lig."
    )


@shape("x.zorgmelding")
def x_zorg(b, c):
    b.K("Veilig", "Thuis", "zorgmelding")
    return f"De school heeft een zorgmelding gedaan bij Veilig Thuis over de thuissituatie van {b.first(c.kid)}."


@shape("x.chauffeur-voornaam")
def x_chauffeur(b, c):
    b.K("vriendelijk", "zaterdag", "Gelukkig")
    return (
        f"Gelukkig is chauffeur {b.first(c.drv)} altijd vriendelijk, ook toen {b.first(c.kid)} een keer moest "
        f"overgeven; maar op zaterdag rijdt hij niet."
    )


@shape("x.gemeente-contact")
def x_contact(b, c):
    b.K("Vragen", c.kcc, f"info@{c.dom}")
    return f"Vragen? Bel {c.kcc} of mail naar info@{c.dom}."


@shape("x.hoofdletters-formulier")
def x_form(b, c):
    b.K("ACHTERNAAM", "VOORNAAM", "ROEPNAAM")
    return f"ACHTERNAAM: {b.upper(c.kid)}   VOORNAAM: {b.first(c.kid)}   ROEPNAAM: {b.first(c.kid)}"


@shape("x.taalklas")
def x_taalklas(b, c):
    b.K("nieuwkomersklas", "Taalschakelklas", "maanden")
    return (
        f"{b.first(c.kid)} kwam acht maanden geleden naar Nederland en zit in de nieuwkomersklas; daarna volgt de "
        f"Taalschakelklas."
    )


@shape("x.handtekening-ouder")
def x_handtekening(b, c):
    b.K("Handtekening", "ouder", "verzorger")
    return f"Handtekening ouder/verzorger: {b.initials(c.par)}   Datum: {odate(c.date)}"


@shape("x.broer-halt")
def x_broer(b, c):
    b.K("Hetzelfde", "vorig", "jaar")
    return f"Hetzelfde gebeurde vorig jaar met {b.poss(c.kid2)} oudere broer; die moest toen ook naar Halt."


@shape("x.ouder-email-tel")
def x_ouder_contact(b, c):
    b.K("Bereikbaar", "werkdagen")
    return f"Bereikbaar op werkdagen na 15.00 uur: {b.phone(c.par)} / {b.email(c.par)}"


@shape("x.jeugdarts-dob")
def x_jeugdarts(b, c):
    b.K("verzuimspreekuur", "GGD", "belastbaar")
    return (
        f"Op het verzuimspreekuur van de GGD vond jeugdarts {b.full(c.arts)} {b.first(c.kid)} (geb. "
        f"{b.dob(c.kid_dob)}) beperkt belastbaar."
    )


EXTRA = {
    "lp": [
        x_schorsing,
        x_huisbezoek,
        x_verzuimregel,
        x_broer,
        x_jeugdarts,
        x_zorg,
        x_vertaling,
        x_handtekening,
        x_contact,
    ],
    "llv": [x_rolstoel, x_ov, x_eigen, x_vso, x_verhuizing, x_chauffeur, x_form, x_contact, x_ouder_contact],
    "care": [x_gastouder, x_smi, x_vertaling, x_lijst, x_inschrijving, x_ouder_contact, x_handtekening, s_geb2],
    "school": [x_speeltoestel, x_parkeren, x_schoolkeuze, x_dyslexie, x_mentor, x_taalklas, x_lijst, x_inschrijving],
}
TOPIC = {
    "doc.verzuimbrief": "lp",
    "doc.uitnodiging-verzuimgesprek": "lp",
    "doc.proces-verbaal": "lp",
    "doc.mail-ouder-vervoer": "llv",
    "doc.whatsapp-school": "school",
    "doc.planningslijst": "llv",
    "doc.mdo-verslag": "lp",
    "doc.mediator-intake": "school",
    "doc.schoolrapport": "school",
    "doc.toeslag-klacht": "care",
    "doc.vve-aanmelding": "care",
    "doc.buurman-plein": "school",
    "doc.mbo-student": "lp",
    "doc.tiener-sms": "lp",
    "doc.bezwaarschrift": "llv",
    "doc.gespreksnotitie": "llv",
    "doc.toelaatbaarheid": "school",
    "doc.verlofaanvraag": "lp",
    "doc.incident-vervoerder": "llv",
    "doc.aanmeldformulier": "llv",
}


# ----------------------------------------------------------------------------------------------- generation + gate
def draw(i, attempt):
    r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
    known = i % 4 == 1
    c = make_ctx(r, known)
    b = B(r, c)
    kind = KINDS[i % len(KINDS)] if attempt == 0 else r.choice(KINDS)
    b.shapes.append(kind.shape_name)
    kind(b, c)
    for fn in r.sample(EXTRA[TOPIC[kind.shape_name]], r.randint(1, 2)):
        b.shapes.append(fn.shape_name)
        line = fn(b, c)
        b.lines.insert(max(1, len(b.lines) - 1), line)
    if known:
        # the resident must be named in full; the ordinary word is used in its lower-case sense
        if {"text": c.par.full, "label": "PERSON"} not in b.pii:
            b.lines.insert(0, f"Namens {b.full(c.par)}:")
        b.lines.insert(r.randint(1, len(b.lines)), s_known(b, c))
        b.shapes.append("s.known")
    doc = {"id": f"fresh33a-{i:04d}", "text": "\n".join(b.lines), "pii": b.pii, "keep": b.keep}
    if known:
        doc["known"] = {"names": [c.par.full]}
        em = [p["text"] for p in b.pii if p["label"] == "EMAIL" and p["text"] == c.par.email]
        ph = [p["text"] for p in b.pii if p["label"] == "PHONE" and p["text"] == c.par.phone]
        if em:
            doc["known"]["emails"] = em
        if ph:
            doc["known"]["phones"] = ph
    return doc, b.shapes + [
        f"origin:{p.origin}"
        for p in (c.par, c.kid, c.par2, c.lpa, c.cons, c.med, c.ib, c.buur, c.drv, c.arts)
        if {"text": p.full, "label": "PERSON"} in b.pii or {"text": p.first, "label": "PERSON"} in b.pii
    ]


def _words(s):
    return {w.lower() for w in re.findall(r"\w+", s) if len(w) > 1 and w.lower() not in PARTICLES}


def gate(doc: dict) -> str | None:
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    text = doc["text"]
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not valid_bsn(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not valid_iban(it["text"]):
            return f"iban {it['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= _words(n)
    names = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            names |= _words(it["text"])
    for k in doc["keep"]:
        shared = _words(k) & names
        if shared and not (k == k.lower() and shared <= known_words):
            return f"keep {k!r} shares a name word {shared}"
    if "known" in doc:
        kn = doc["known"]["names"][0]
        if not any(k == k.lower() and _words(k) & _words(kn) for k in doc["keep"]):
            return "known name without its ordinary use"
    return None


def generate():
    docs, shapes, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        attempt = 0
        while True:
            doc, used = draw(i, attempt)
            why = gate(doc)
            if why is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 60:
                raise SystemExit(f"{i}: {why}")
        docs.append(doc)
        shapes.update(used)
    return docs, shapes, redraws


def render(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes, redraws = generate()
    out = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == out
        print("fresh33a_texts.jsonl is up to date" if same else "fresh33a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        used = [s for s in shapes if not s.startswith("origin:")]
        print(
            f"shapes used: {len(used)} of {len(SHAPES)} registered "
            f"(document kinds {sum(1 for s in used if s.startswith('doc.'))}, "
            f"sentence/line shapes {sum(1 for s in used if not s.startswith('doc.'))})"
        )
        print(f"origin groups among named people: {sum(1 for s in shapes if s.startswith('origin:'))}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(out, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
