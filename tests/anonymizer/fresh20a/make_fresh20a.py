"""Generate fresh20a_texts.jsonl: 300 blind test documents from the care and support domain (Wmo, Jeugdwet,
Participatiewet): kitchen-table reports, indication decisions, care plans, pgb papers, GP and care-provider letters,
referrals, intake notes and home-visit notes. Written by helper F20A without reading the anonymizer.

Usage: make_fresh20a.py [--check | --stats]   (run from the repository root with PYTHONPATH=.)
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
import names20a as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

SEED = 202615101
N_DOCS = 300
OUT = HERE / "fresh20a_texts.jsonl"
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

SHAPES: dict[str, object] = {}


def shape(name):
    def deco(f):
        SHAPES[name] = f
        f.shape = name
        return f

    return deco


# ---------------------------------------------------------------- numbers


def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 9 and (sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])) % 11 == 0


def iban(r, style):
    bank = r.choice(N.BANKS)
    acc = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(ord(c) - 55) for c in bank) + acc + "2321" + "00"
    chk = 98 - int(num) % 97
    s = f"NL{chk:02d}{bank}{acc}"
    if style == 0:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def postcode(r):
    while True:
        letters = r.choice("BCDEGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            break
    return f"{r.randint(1000, 9999)}{r.choice([' ', ' ', ''])}{letters}"


def phone(r, city):
    k = r.randrange(6)
    d = [str(r.randint(0, 9)) for _ in range(8)]
    if k == 0:
        return "06-" + "".join(d)
    if k == 1:
        return "06 " + " ".join(["".join(d[:2]), "".join(d[2:4]), "".join(d[4:6]), "".join(d[6:])])
    if k == 2:
        return "+31 6 " + "".join(d)
    if k == 3:
        return "+31 (0)6 " + "".join(d[:4]) + " " + "".join(d[4:])
    area = N.AREA[city]
    rest = "".join(d[: 10 - len(area)])
    rest = str(r.randint(2, 8)) + rest[1:]
    if k == 4:
        return f"{area}-{rest}"
    return f"({area}) {rest[:-4]} {rest[-4:-2]} {rest[-2:]}"


def plate(r):
    L = "BDFGHJKLNPRSTVXZ"
    a = lambda n: "".join(r.choice(L) for _ in range(n))  # noqa: E731
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    return r.choice(
        [
            f"{d(2)}-{a(3)}-{d(1)}",
            f"{a(1)}-{d(3)}-{a(2)}",
            f"{a(2)}-{d(3)}-{a(1)}",
            f"{d(1)}-{a(3)}-{d(2)}",
            f"{a(3)}-{d(2)}-{a(1)}",
            f"{a(2)}-{a(2)}-{d(2)}",
        ]
    )


def case_number(r, kind):
    y = r.choice(["25", "26"])
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
    fmts = {
        "wmo": [f"WMO/{y}/{n(5)}", f"W{y}-{n(4)}-{r.choice('ABCDH')}", f"Wmo-20{y}.{n(6)}"],
        "jeugd": [f"JW{y}.{n(4)}.{n(2)}", f"JGD-{n(6)}/{y}", f"J20{y}/{n(4)}-T"],
        "pw": [f"PW-{y}-{n(5)}", f"IKZ {n(3)} {n(3)} {y}", f"RE{y}/{n(5)}"],
        "pgb": [f"PGB {y}.{n(5)}", f"BP-20{y}-{n(4)}", f"pgb/{n(6)}"],
        "wt": [f"SWT-{n(4)}-{y}", f"WT {n(2)}.{n(4)}", f"dossier {n(4)}-{y}"[8:]],
    }
    return r.choice(fmts[kind])


def dob_text(r, y, m, d):
    k = r.randrange(9)
    mon = N.MONTHS[m - 1]
    return [
        f"{d:02d}-{m:02d}-{y}",
        f"{d} {mon} {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d}/{m}/{y}",
        f"{d} {mon[:3]}. {y}",
        f"{d:02d}{m:02d}{y}",
        f"{d} {mon.capitalize()} {y}",
        f"{d:02d}-{m:02d}-'{str(y)[2:]}",
    ][k]


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, r, group=None, gender=None, sur=None, first=None):
        self.group = group or r.choice(list(N.GROUPS))
        self.gender = gender or r.choice("mv")
        males, females, roots, ends, gend = N.GROUPS[self.group]
        self.first = first or r.choice(males if self.gender == "m" else females)
        if sur is None:
            root = r.choice(roots)
            if gend:
                sur = root + (gend[0] if self.gender == "m" else gend[1])
            elif ends:
                sur = root + r.choice(ends)
                if root.endswith(" de") or root in ("Van de", "De"):
                    sur = root + " " + r.choice(ends).capitalize() if root != "De" else "De" + r.choice(ends)
            else:
                sur = root
            if self.group == "nederlands" and r.random() < 0.7:
                sur = r.choice(N.DUTCH_PARTICLES) + " " + sur[0].upper() + sur[1:]
        self.sur = sur

    @property
    def bare(self):  # surname without first name: particle capitalised
        return self.sur[0].upper() + self.sur[1:]

    @property
    def core(self):
        return [p for p in self.sur.split() if p.lower() not in PARTICLES][-1]

    def full(self, b):
        return b.p(f"{self.first} {self.sur}")

    def fn(self, b):
        return b.p(self.first)

    def sn(self, b):
        return b.p(self.bare)

    def ini(self, b):
        return b.p(f"{self.first[0]}. {self.sur}")

    def poss(self, b):
        f = self.first
        return b.p(f + ("'" if f.endswith(("s", "x", "z")) else "'s"))

    def upper(self, b):
        return b.p(self.sur.upper())

    def handle(self, b):
        return b.p((self.first[0] + self.sur.replace(" ", "").replace("'", "").replace("-", "")).lower())

    def sign(self, b):
        ps = self.sur.split()
        return b.p(self.first[0] + "".join(p[0] for p in ps[:-1]) + ps[-1][0].upper())

    def email(self, r, b, known=None):
        local = r.choice(
            [
                f"{self.first}.{self.sur}",
                f"{self.first[0]}{self.sur}",
                f"{self.first}{r.randint(50, 99)}",
                f"{self.sur}.{self.first[0]}",
            ]
        )
        local = local.lower().replace(" ", "").replace("'", "")
        for a, z in (
            ("ş", "s"),
            ("ğ", "g"),
            ("ı", "i"),
            ("ü", "u"),
            ("ö", "o"),
            ("ç", "c"),
            ("ł", "l"),
            ("ą", "a"),
            ("ś", "s"),
            ("ń", "n"),
            ("ž", "z"),
            ("č", "c"),
            ("ć", "c"),
            ("é", "e"),
            ("á", "a"),
            ("í", "i"),
            ("ó", "o"),
            ("ñ", "n"),
            ("ț", "t"),
            ("ă", "a"),
            ("ű", "u"),
            ("ū", "u"),
            ("ė", "e"),
            ("ê", "e"),
            ("î", "i"),
        ):
            local = local.replace(a, z)
        e = f"{local}@{r.choice(N.MAIL_DOMAINS)}"
        b.p(e, "EMAIL")
        if known is not None:
            known.setdefault("emails", []).append(e) if e not in known.get("emails", []) else None
        return e


class B:
    """A document under construction: text lines, pii items (distinct, in order) and keep words."""

    def __init__(self):
        self.lines, self.pii, self.keep, self.shapes = [], [], [], []

    def p(self, s, label="PERSON"):
        if {"text": s, "label": label} not in self.pii:
            self.pii.append({"text": s, "label": label})
        return s

    def k(self, w):
        if w not in self.keep:
            self.keep.append(w)
        return w

    def add(self, f, c):
        self.shapes.append(f.shape)
        s = f(self, c)
        if s:
            self.lines.append(s)


class Ctx:
    def __init__(self, r, known_word=None):
        self.r = r
        fam = r.choice(list(N.GROUPS))
        if known_word:
            self.res = Person(r, group=r.choice(["nederlands", "nederlands", "fries", fam]), sur=known_word[0])
        else:
            self.res = Person(r, group=fam)
        g = self.res.gender
        self.mw = "mw." if g == "v" else "dhr."
        self.mevr = r.choice(["mevrouw", "mevr."]) if g == "v" else r.choice(["de heer", "meneer"])
        self.zij = "zij" if g == "v" else "hij"
        self.haar = "haar" if g == "v" else "zijn"
        self.part = Person(
            r, group=self.res.group, gender="m" if g == "v" else "v", sur=self.res.sur if r.random() < 0.5 else None
        )
        self.kid = Person(r, group=self.res.group, sur=self.res.sur)
        while self.kid.first in (self.res.first, self.part.first):
            self.kid = Person(r, group=self.res.group, sur=self.res.sur)
        self.kidrel = "dochter" if self.kid.gender == "v" else "zoon"
        self.gp = Person(r)
        self.nurse = Person(r, gender=r.choice("vvm"))
        self.cons = Person(r)
        self.nb = Person(r)
        self.med = Person(r)
        self.juf = Person(r, gender="v")
        self.erg = Person(r)
        self.city = r.choice(N.CITIES)
        self.street = r.choice(N.STREET_ROOTS) + r.choice(N.STREET_ENDS)
        self.nr = r.randint(1, 180)
        self.addr = f"{self.street} {self.nr}{r.choice(['', '', '', '-A', ' bis', '-2', ' hs'])}"
        self.nb_addr = f"{self.street} {self.nr + r.choice([2, -2, 1, 4]) if self.nr > 4 else self.nr + 2}"
        self.pc = postcode(r)
        self.phone = phone(r, self.city)
        self.kid_phone = phone(r, self.city)
        self.bsn = bsn(r)
        self.kid_bsn = bsn(r)
        self.iban = iban(r, r.randrange(2))
        self.plate = plate(r)
        self.case = {k: case_number(r, k) for k in ("wmo", "jeugd", "pw", "pgb", "wt")}
        y = r.randint(1931, 1962)
        self.dob = dob_text(r, y, r.randint(1, 12), r.randint(1, 28))
        self.kid_dob = dob_text(r, r.randint(2009, 2021), r.randint(1, 12), r.randint(1, 28))
        self.age = 2026 - y
        self.day = f"{r.randint(1, 28)} {r.choice(N.MONTHS)} 2026"
        self.day2 = f"{r.randint(1, 28)} {r.choice(N.MONTHS)} 2026"
        self.wd = r.choice(N.WEEKDAYS)
        self.hours = r.choice(["2", "3", "4", "2,5", "3,5"])
        self.amount = f"{r.randint(12, 2400)},{r.choice(['00', '50', '25', '80'])}"
        self.cons_fn = r.choice(
            ["Wmo-consulent", "consulent Wmo", "medewerker Zorg en Welzijn", "consulent Sociaal Wijkteam"]
        )
        self.dept = r.choice(
            [
                "afdeling Zorg en Welzijn",
                "team Wmo",
                "Sociaal Wijkteam Noord",
                "team Maatschappelijke Ondersteuning",
                "Servicepunt Zorg",
                "Sociaal Wijkteam Centrum",
            ]
        )
        self.gen = f"{r.choice(['wmo', 'zorgloket', 'info', 'wijkteam'])}@{self.city.lower()}.nl"
        self.g14 = "14 " + N.AREA[self.city]
        self.known_word = known_word
        self.known = None


def K(b, s):
    """Mark every capitalised or listed keep token in s written as [[word]]; return s without brackets."""
    for w in re.findall(r"\[\[(.+?)\]\]", s):
        b.k(w)
    return re.sub(r"\[\[(.+?)\]\]", r"\1", s)


# ---------------------------------------------------------------- header and line shapes


@shape("hdr_client_block")
def hdr_client_block(b, c):
    return K(
        b,
        f"[[Cliëntgegevens]]\nNaam: {c.res.upper(b)}, {c.res.fn(b)}\n[[Geboortedatum]]: {b.p(c.dob, 'DATE_OF_BIRTH')}\n"
        f"BSN: {b.p(c.bsn, 'BSN')}\nAdres: {b.p(c.addr, 'ADDRESS')}, {b.p(c.pc, 'POSTCODE')} [[{c.city}]]\n"
        f"Telefoon: {b.p(c.phone, 'PHONE')}",
    )


@shape("hdr_kenmerk_line")
def hdr_kenmerk_line(b, c):
    return K(
        b,
        f"Ons kenmerk: {b.p(c.case['wmo'], 'CASE_NUMBER')} | [[Behandeld]] door: {c.cons.full(b)}, {c.cons_fn} | "
        f"Datum: {c.day}",
    )


@shape("hdr_inline_person")
def hdr_inline_person(b, c):
    return K(
        b,
        f"[[Betreft]]: {c.mw} {c.res.ini(b)} (geb. {b.p(c.dob, 'DATE_OF_BIRTH')}), {b.p(c.addr, 'ADDRESS')}, "
        f"{b.p(c.pc, 'POSTCODE')} [[{c.city}]]",
    )


@shape("hdr_table_row")
def hdr_table_row(b, c):
    return K(
        b,
        f"[[Dossier]] | {b.p(c.case['wt'], 'CASE_NUMBER')} | {c.res.full(b)} | {b.p(c.dob, 'DATE_OF_BIRTH')} | "
        f"[[Wijkteam]] [[{c.city}]]",
    )


@shape("hdr_file_name")
def hdr_file_name(b, c):
    return K(b, f"[[Bijlage]]: ktg-verslag-{c.res.handle(b)}-{c.r.randint(10, 28)}{c.r.randint(10, 12)}.pdf")


@shape("hdr_aanwezig")
def hdr_aanwezig(b, c):
    return K(
        b,
        f"[[Aanwezig]]: {c.mevr} {c.res.sn(b)}, {c.haar} {c.kidrel} {c.kid.fn(b)} ([[mantelzorger]]), "
        f"{c.cons.full(b)} ({c.cons_fn}, {c.dept})",
    )


@shape("hdr_bsn_dob_compact")
def hdr_bsn_dob_compact(b, c):
    return K(
        b,
        f"{c.res.full(b)} * {b.p(c.dob, 'DATE_OF_BIRTH')} * BSN {b.p(c.bsn, 'BSN')} * [[Participatiewet]] "
        f"{b.p(c.case['pw'], 'CASE_NUMBER')}",
    )


@shape("hdr_email_header")
def hdr_email_header(b, c):
    e = c.kid.email(c.r, b)
    return K(
        b,
        f"Van: {c.kid.full(b)} <{e}>\nAan: {c.gen}\n[[Onderwerp]]: zorgen om mijn {'moeder' if c.res.gender == 'v' else 'vader'}",
    )


@shape("hdr_pgb_block")
def hdr_pgb_block(b, c):
    return K(
        b,
        f"[[Budgethouder]]: {c.res.full(b)}\n[[Rekeningnummer]]: {b.p(c.iban, 'IBAN')}\n[[Vertegenwoordiger]]: "
        f"{c.kid.full(b)}, {b.p(c.kid_phone, 'PHONE')}\n[[Dossiernummer]]: {b.p(c.case['pgb'], 'CASE_NUMBER')}",
    )


@shape("hdr_jeugd_block")
def hdr_jeugd_block(b, c):
    return K(
        b,
        f"[[Jeugdige]]: {c.kid.full(b)}, geboren {b.p(c.kid_dob, 'DATE_OF_BIRTH')}\n[[Gezag]]: {c.res.full(b)} en "
        f"{c.part.full(b)}\n[[Zaaknummer]]: {b.p(c.case['jeugd'], 'CASE_NUMBER')}",
    )


@shape("hdr_verwijzing")
def hdr_verwijzing(b, c):
    return K(
        b,
        f"[[Verwijzer]]: {c.gp.ini(b)}, [[huisarts]]\n[[Patiënt]]: {c.res.full(b)} ({b.p(c.dob, 'DATE_OF_BIRTH')})\n"
        f"[[Reden]] [[verwijzing]]: ondersteuning thuis",
    )


@shape("hdr_plate_line")
def hdr_plate_line(b, c):
    return K(b, f"[[Voertuig]] voor aanpassing: kenteken {b.p(c.plate, 'LICENSE_PLATE')}, op naam van {c.part.full(b)}")


@shape("hdr_upper_name_title")
def hdr_upper_name_title(b, c):
    return K(b, f"[[VERSLAG]] [[HUISBEZOEK]] - {c.res.upper(b)} - {c.day.upper()}")


# ---------------------------------------------------------------- sentence shapes


def S(name, tpl):
    """Register a sentence shape from a function of (b, c)."""
    f = shape(name)(tpl)
    return f


@shape("s_bekend_met")
def s_bekend_met(b, c):
    return K(b, f"{c.mw.capitalize()} is bekend met [[COPD]] en [[diabetes]]; sinds {c.day} woont {c.zij} alleen.")


@shape("s_dhr_zijn_dochter")
def s_dhr_zijn_dochter(b, c):
    return K(
        b,
        f"{c.mw.capitalize()} {c.haar} {c.kidrel} {c.kid.fn(b)} doet de [[boodschappen]] en regelt de [[administratie]].",
    )


@shape("s_client_geeft_aan")
def s_client_geeft_aan(b, c):
    return K(b, f"[[Cliënt]] geeft aan dat {c.zij} de [[douche]] niet meer zelfstandig kan gebruiken.")


@shape("s_ktg_gesprek")
def s_ktg(b, c):
    return K(
        b,
        f"Op [[{c.wd}]] {c.day} vond het [[keukentafelgesprek]] plaats bij {c.mevr} {c.res.sn(b)} thuis aan de "
        f"{b.p(c.addr, 'ADDRESS')}.",
    )


@shape("s_partner_overleden")
def s_partner(b, c):
    return K(b, f"{c.haar.capitalize()} partner {c.part.fn(b)} is vorig jaar overleden; sindsdien is {c.zij} somber.")


@shape("s_huisarts_dokter")
def s_dokter(b, c):
    return K(
        b,
        f"Volgens dokter {c.gp.sn(b)} is er sprake van [[valgevaar]]; {c.gp.ini(b)} heeft [[fysiotherapie]] voorgeschreven.",
    )


@shape("s_zuster_first")
def s_zuster(b, c):
    return K(b, f"Zuster {c.nurse.fn(b)} van de [[thuiszorg]] komt elke ochtend voor de [[steunkousen]].")


@shape("s_juf")
def s_juf(b, c):
    return K(b, f"Juf {c.juf.fn(b)} van [[groep]] 6 meldde dat {c.kid.fn(b)} vaak moe op school komt.")


@shape("s_neighbour_addr")
def s_neighbour(b, c):
    return K(
        b,
        f"[[{'Buurvrouw' if c.nb.gender == 'v' else 'Buurman'}]] {c.nb.full(b)} ({b.p(c.nb_addr, 'ADDRESS')}) heeft een sleutel en kijkt dagelijks even.",
    )


@shape("s_neighbour_bare")
def s_neighbour_bare(b, c):
    return K(b, f"De buren, familie {c.nb.sn(b)}, maken zich [[zorgen]] over het [[lawaai]] 's nachts.")


@shape("s_mediator")
def s_mediator(b, c):
    return K(
        b,
        f"Er is [[buurtbemiddeling]] ingezet; [[mediator]] {c.med.full(b)} van [[Buurtbemiddeling]] [[{c.city}]] "
        f"begeleidt het gesprek met {c.nb.full(b)}.",
    )


@shape("s_med_bare")
def s_med_bare(b, c):
    return K(b, f"De [[mediator]] ({c.med.sn(b)}) stelt een tweede [[gesprek]] voor in het [[buurthuis]].")


@shape("s_consultant_func_dept")
def s_cons(b, c):
    return K(b, f"{c.cons.full(b)}, {c.cons_fn} bij het {c.dept}, heeft de [[aanvraag]] in behandeling genomen.")


@shape("s_phone_call_back")
def s_phone(b, c):
    return K(b, f"[[Terugbellen]] kan op {b.p(c.phone, 'PHONE')}, liefst na de [[middag]].")


@shape("s_kid_phone")
def s_kid_phone(b, c):
    return K(
        b, f"{c.kid.poss(b)} nummer is {b.p(c.kid_phone, 'PHONE')}; {c.kid.fn(b)} is de eerste [[contactpersoon]]."
    )


@shape("s_email_kid")
def s_email_kid(b, c):
    return K(b, f"[[Correspondentie]] graag ook naar {c.kid.email(c.r, b)} sturen.")


@shape("s_email_res")
def s_email_res(b, c):
    return K(b, f"{c.mevr.capitalize()} {c.res.sn(b)} leest {c.haar} mail zelf: {c.res.email(c.r, b, c.known)}.")


@shape("s_bsn_inline")
def s_bsn(b, c):
    return K(b, f"[[Identiteit]] gecontroleerd aan de hand van het paspoort (BSN {b.p(c.bsn, 'BSN')}).")


@shape("s_bsn_kid")
def s_bsn_kid(b, c):
    return K(b, f"Burgerservicenummer van {c.kid.fn(b)}: {b.p(c.kid_bsn, 'BSN')}.")


@shape("s_iban_pgb")
def s_iban(b, c):
    return K(
        b,
        f"Het [[persoonsgebonden]] budget wordt via de [[SVB]] uitbetaald aan de zorgverlener; eigen rekening "
        f"{b.p(c.iban, 'IBAN')} blijft buiten beeld.",
    )


@shape("s_iban_eigen_bijdrage")
def s_iban_eb(b, c):
    return K(
        b, f"De [[eigen]] [[bijdrage]] van € {b.k(c.amount)} wordt door het [[CAK]] geïnd van {b.p(c.iban, 'IBAN')}."
    )


@shape("s_plate_parkeerkaart")
def s_plate(b, c):
    return K(b, f"Voor de [[gehandicaptenparkeerkaart]] is kenteken {b.p(c.plate, 'LICENSE_PLATE')} opgegeven.")


@shape("s_dob_cue_geboren")
def s_dob1(b, c):
    return K(
        b, f"{c.res.full(b)}, geboren op {b.p(c.dob, 'DATE_OF_BIRTH')}, woont in een [[huurwoning]] van [[Woonbron]]."
    )


@shape("s_dob_no_cue")
def s_dob2(b, c):
    return K(
        b,
        f"{c.mw.capitalize()} {c.res.sn(b)} ({b.p(c.dob, 'DATE_OF_BIRTH')}) is {c.age} jaar en wil [[zelfstandig]] blijven wonen.",
    )


@shape("s_dob_kid")
def s_dob_kid(b, c):
    return K(b, f"{c.kid.full(b)} (geb. {b.p(c.kid_dob, 'DATE_OF_BIRTH')}) zit op het [[speciaal]] [[onderwijs]].")


@shape("s_case_ref")
def s_case(b, c):
    return K(b, f"Zie ook [[melding]] {b.p(c.case['wmo'], 'CASE_NUMBER')} van {c.day2}.")


@shape("s_case_jeugd")
def s_case_j(b, c):
    return K(b, f"De [[Jeugdwet]]-aanvraag staat geregistreerd onder {b.p(c.case['jeugd'], 'CASE_NUMBER')}.")


@shape("s_postcode_city")
def s_pc(b, c):
    return K(
        b,
        f"De [[woning]] ligt op {b.p(c.addr, 'ADDRESS')} ({b.p(c.pc, 'POSTCODE')}), op de tweede [[verdieping]] zonder lift.",
    )


@shape("s_street_only")
def s_street(b, c):
    return K(b, f"Aan de {b.p(c.street, 'ADDRESS')} is de [[stoep]] te smal voor de scootmobiel.")


@shape("s_kid_cares")
def s_kid_cares(b, c):
    return K(b, f"{c.kid.fn(b)} komt drie keer per week na het werk; de [[mantelzorger]] voelt zich [[overbelast]].")


@shape("s_partner_full")
def s_partner_full(b, c):
    return K(b, f"[[Echtgenoot]] {c.part.full(b)} is de [[mantelzorger]] en heeft zelf [[hartklachten]].")


@shape("s_quote_resident")
def s_quote(b, c):
    return K(b, f'"Ik wil niemand tot last zijn," zegt {c.mevr} {c.res.sn(b)}. [[Respijtzorg]] wordt besproken.')


@shape("s_initials_only")
def s_initials(b, c):
    return K(b, f"[[Afspraak]] met {c.res.ini(b)} en {c.kid.ini(b)} over de [[dagbesteding]] op [[{c.wd}]].")


@shape("s_erg")
def s_erg(b, c):
    return K(b, f"[[Ergotherapeut]] {c.erg.full(b)} beoordeelt de [[badkamer]] en adviseert een [[douchestoel]].")


@shape("s_erg_bare")
def s_erg_bare(b, c):
    return K(b, f"Het advies van {c.erg.sn(b)} volgt binnen twee weken.")


@shape("s_nurse_full")
def s_nurse_full(b, c):
    return K(
        b, f"[[Wijkverpleegkundige]] {c.nurse.full(b)} heeft de [[indicatie]] voor persoonlijke verzorging gesteld."
    )


@shape("s_gp_full")
def s_gp_full(b, c):
    return K(b, f"[[Huisarts]] {c.gp.full(b)} is op de hoogte en ondersteunt de [[aanvraag]].")


@shape("s_possessive_res")
def s_poss_res(b, c):
    return K(b, f"{c.res.poss(b)} [[geheugen]] gaat achteruit; de [[casemanager]] [[dementie]] is ingeschakeld.")


@shape("s_pw_klantmanager")
def s_pw(b, c):
    return K(
        b,
        f"[[Klantmanager]] {c.cons.full(b)} (team [[Werk]] en [[Inkomen]]) bespreekt de [[arbeidsverplichting]] "
        f"met {c.part.full(b)}.",
    )


@shape("s_amount_hh")
def s_amount(b, c):
    return K(
        b,
        f"Er wordt {c.hours} uur [[huishoudelijke]] [[ondersteuning]] per week geïndiceerd, [[tarief]] € {b.k(c.amount)}.",
    )


@shape("s_generic_contact")
def s_generic(b, c):
    return K(b, f"[[Vragen]]? Bel {b.k(c.g14)} of mail {b.k(c.gen)}.")


@shape("s_tel_notitie")
def s_tel(b, c):
    return K(
        b,
        f"[[Telefoonnotitie]] {c.day2}: {c.kid.full(b)} belde vanaf {b.p(c.kid_phone, 'PHONE')} over de [[valpartij]].",
    )


@shape("s_lowercase_name_in_chat")
def s_chat(b, c):
    return K(
        b,
        f'[[Whatsapp]] van de [[{c.kidrel}]]: "{c.kid.handle(b)} hier, {"mama" if c.res.gender == "v" else "papa"} is weer gevallen".',
    )


@shape("s_sign_initials")
def s_sign(b, c):
    return K(b, f"[[Gezien]] en akkoord, {c.cons.sign(b)}")


@shape("s_mvg_signoff")
def s_mvg(b, c):
    return K(b, f"Met vriendelijke groet,\n{c.cons.ini(b)}\n{c.cons_fn}, [[Gemeente]] [[{c.city}]]")


@shape("s_gp_letter_body")
def s_gp_letter(b, c):
    return K(
        b,
        f"[[Geachte]] collega, hierbij verwijs ik {c.mw} {c.res.full(b)} (BSN {b.p(c.bsn, 'BSN')}) naar het "
        f"[[sociaal]] [[wijkteam]] in verband met toenemende [[eenzaamheid]].",
    )


@shape("s_gp_letter_close")
def s_gp_close(b, c):
    return K(b, f"[[Collegiale]] groet, {c.gp.ini(b)}, [[huisarts]], [[Gezondheidscentrum]] De [[Vaart]]")


@shape("s_provider_letter")
def s_provider(b, c):
    return K(
        b,
        f"[[Zorgaanbieder]] [[Thuiszorg]] [[Zonnehoek]] meldt dat {c.mevr} {c.res.sn(b)} de deur niet opende op {c.day2}.",
    )


@shape("s_goal")
def s_goal(b, c):
    return K(b, f"[[Doel]] 1: {c.res.fn(b)} kan zelfstandig douchen met [[hulpmiddelen]] voor [[december]].")


@shape("s_goal2")
def s_goal2(b, c):
    return K(b, f"[[Doel]] 2: de [[mantelzorg]] door {c.kid.fn(b)} wordt verlicht met [[dagbesteding]] op [[{c.wd}]].")


@shape("s_agreement")
def s_agree(b, c):
    return K(b, f"[[Afspraak]]: {c.cons.fn(b)} belt {c.kid.fn(b)} binnen twee weken terug over de [[voortgang]].")


@shape("s_rolstoel")
def s_rolstoel(b, c):
    return K(
        b,
        f"De [[rolstoel]] wordt in [[bruikleen]] verstrekt via [[Medipoint]]; {c.res.full(b)} moet zelf de [[banden]] oppompen.",
    )


@shape("s_traplift")
def s_traplift(b, c):
    return K(
        b,
        f"Een [[traplift]] is technisch mogelijk in de woning aan de {b.p(c.street, 'ADDRESS')}; de [[woningcorporatie]] geeft toestemming.",
    )


@shape("s_besluit")
def s_besluit(b, c):
    return K(b, f"[[Besluit]]: u krijgt een [[maatwerkvoorziening]] huishoudelijke hulp van {c.hours} uur per week.")


@shape("s_bezwaar")
def s_bezwaar(b, c):
    return K(b, f"[[Bezwaar]] maken kan binnen zes weken; vermeld kenmerk {b.p(c.case['wmo'], 'CASE_NUMBER')}.")


@shape("s_participatiewet_maatregel")
def s_pw2(b, c):
    return K(
        b,
        f"[[Uitkering]] [[Participatiewet]] van {c.part.full(b)} wordt niet verlaagd; het [[verzuim]] is verwijtbaar noch ernstig.",
    )


@shape("s_visit_short")
def s_visit(b, c):
    return K(b, f"[[Huisbezoek]] {c.wd} {c.r.randint(9, 16)}.{c.r.choice(['00', '30'])} uur, {c.kid.fn(b)} aanwezig.")


@shape("s_visit_obs")
def s_obs(b, c):
    return K(b, f"[[Observatie]]: woning [[netjes]], koelkast leeg, {c.mw} {c.res.sn(b)} oogt vermoeid.")


@shape("s_referral_team")
def s_ref(b, c):
    return K(
        b,
        f"[[Doorverwijzing]] naar [[MEE]] voor cliëntondersteuning; {c.med.full(b)} wordt de onafhankelijk [[cliëntondersteuner]].",
    )


@shape("s_jeugd_school")
def s_school(b, c):
    return K(
        b,
        f"[[Intern]] [[begeleider]] {c.juf.full(b)} van [[basisschool]] De [[Regenboog]] ziet een [[achterstand]] bij {c.kid.fn(b)}.",
    )


@shape("s_parents_divorce")
def s_divorce(b, c):
    return K(
        b,
        f"De ouders, {c.res.fn(b)} en {c.part.fn(b)}, zijn in [[scheiding]]; de [[omgangsregeling]] is nog niet rond.",
    )


@shape("s_upper_surname_inline")
def s_upper(b, c):
    return K(b, f"[[Dossiercheck]]: {c.res.upper(b)} staat dubbel in het [[systeem]].")


@shape("s_handle_mail_kid")
def s_handle(b, c):
    return K(b, f"[[Inlognaam]] van de familie in het [[zorgportaal]]: {c.kid.handle(b)}.")


@shape("s_age_kid")
def s_age(b, c):
    return K(
        b, f"{c.kid.fn(b)} is {c.r.randint(8, 17)} en helpt thuis veel mee, {c.kid.poss(b)} [[school]] lijdt daaronder."
    )


@shape("s_dob_style_asterisk")
def s_dob3(b, c):
    return K(
        b,
        f"{c.res.full(b)} °{b.p(c.dob, 'DATE_OF_BIRTH')}, [[alleenstaand]], ontvangt [[AOW]] en een klein [[pensioen]].",
    )


@shape("s_alarm")
def s_alarm(b, c):
    return K(b, f"[[Personenalarmering]] is aangevraagd; [[contactpersonen]] zijn {c.kid.fn(b)} en {c.nb.full(b)}.")


@shape("s_vervoer")
def s_vervoer(b, c):
    return K(b, f"[[Regiotaxi]]-pas aangevraagd voor {c.res.full(b)}; [[begeleider]] mag gratis mee.")


@shape("s_schulden")
def s_schulden(b, c):
    return K(
        b, f"Er zijn [[betalingsachterstanden]] bij de [[zorgverzekeraar]]; {c.part.fn(b)} houdt de post niet bij."
    )


@shape("s_mdo")
def s_mdo(b, c):
    return K(b, f"[[MDO]] met {c.gp.ini(b)}, {c.nurse.full(b)} en {c.cons.full(b)} gepland op {c.day2}.")


@shape("s_eval")
def s_eval(b, c):
    return K(b, f"[[Evaluatie]] van het [[ondersteuningsplan]] over zes [[maanden]], uiterlijk {c.day2}.")


@shape("s_known_ordinary")
def s_known(b, c):
    w = c.known_word
    word = b.k(w[0].lower())
    return K(b, f"{c.mevr.capitalize()} {c.res.sn(b)} vertelt: " + w[1].format(w=word) + ".")


@shape("s_known_ordinary_late")
def s_known2(b, c):
    w = c.known_word
    word = b.k(w[0].lower())
    return K(b, "[[Opvallend]] tijdens het bezoek: " + w[1].format(w=word) + f", aldus {c.res.full(b)}.")


# ---------------------------------------------------------------- document kinds

POOL = [f for n, f in list(SHAPES.items()) if n.startswith("s_") and not n.startswith("s_known")]


def pick(c, names):
    return [SHAPES[n] for n in names]


def body(b, c, fixed, n_extra):
    for f in pick(c, fixed):
        b.add(f, c)
    extra = [f for f in POOL if f.shape not in fixed]
    for f in c.r.sample(extra, n_extra):
        b.add(f, c)


def kind(name):
    def deco(f):
        SHAPES[name] = f
        f.shape = name
        KINDS.append(f)
        return f

    return deco


KINDS: list = []


@kind("doc_keukentafelverslag")
def doc_ktg(b, c):
    b.lines.append(K(b, "[[Verslag]] [[keukentafelgesprek]] [[Wmo]]"))
    b.add(hdr_client_block, c)
    b.add(hdr_aanwezig, c)
    body(b, c, ["s_ktg_gesprek", "s_bekend_met"], 3)
    b.add(s_mvg, c)


@kind("doc_beschikking_hh")
def doc_hh(b, c):
    b.lines.append(K(b, "[[Beschikking]] [[huishoudelijke]] [[hulp]]"))
    b.add(hdr_kenmerk_line, c)
    b.add(hdr_inline_person, c)
    body(b, c, ["s_besluit", "s_bezwaar"], 2)
    b.add(s_generic, c)


@kind("doc_beschikking_rolstoel")
def doc_rs(b, c):
    b.lines.append(K(b, "[[Beschikking]] [[hulpmiddel]]: [[rolstoel]]"))
    b.add(hdr_inline_person, c)
    body(b, c, ["s_rolstoel", "s_case_ref"], 2)
    b.add(s_mvg, c)


@kind("doc_beschikking_traplift")
def doc_tl(b, c):
    b.lines.append(K(b, "[[Beschikking]] [[woonvoorziening]] [[traplift]]"))
    b.add(hdr_kenmerk_line, c)
    body(b, c, ["s_traplift", "s_postcode_city", "s_bezwaar"], 2)


@kind("doc_ondersteuningsplan")
def doc_op(b, c):
    b.lines.append(K(b, "[[Ondersteuningsplan]] - [[Sociaal]] [[Domein]]"))
    b.add(hdr_table_row, c)
    body(b, c, ["s_goal", "s_goal2", "s_agreement", "s_eval"], 2)
    b.add(s_sign, c)


@kind("doc_pgb_budgetplan")
def doc_pgb(b, c):
    b.lines.append(K(b, "[[Budgetplan]] [[persoonsgebonden]] budget ([[pgb]])"))
    b.add(hdr_pgb_block, c)
    body(b, c, ["s_iban_pgb", "s_amount_hh"], 2)


@kind("doc_huisartsbrief")
def doc_gp(b, c):
    b.lines.append(K(b, "--- [[Ingeplakte]] brief [[huisarts]] ---"))
    b.add(hdr_verwijzing, c)
    body(b, c, ["s_gp_letter_body", "s_huisarts_dokter"], 2)
    b.add(s_gp_close, c)


@kind("doc_zorgaanbiederbrief")
def doc_prov(b, c):
    b.lines.append(K(b, "[[Bericht]] van [[zorgaanbieder]] ([[gekopieerd]] uit de mail)"))
    body(b, c, ["s_provider_letter", "s_zuster_first", "s_nurse_full"], 2)


@kind("doc_verwijzing_wijkteam")
def doc_ref(b, c):
    b.lines.append(K(b, "[[Aanmelding]] [[Sociaal]] [[Wijkteam]]"))
    b.add(hdr_bsn_dob_compact, c)
    body(b, c, ["s_referral_team", "s_pw_klantmanager"], 2)


@kind("doc_intake_wijkteam")
def doc_intake(b, c):
    b.lines.append(K(b, "[[Intakenotitie]] [[wijkteam]]"))
    b.add(hdr_table_row, c)
    body(b, c, ["s_client_geeft_aan", "s_dob_no_cue"], 3)


@kind("doc_huisbezoek_notitie")
def doc_visit(b, c):
    b.add(hdr_upper_name_title, c)
    body(b, c, ["s_visit_short", "s_visit_obs", "s_kid_cares"], 2)
    b.add(s_sign, c)


@kind("doc_jeugd_beschikking")
def doc_jeugd(b, c):
    b.lines.append(K(b, "[[Beschikking]] [[jeugdhulp]] ([[Jeugdwet]])"))
    b.add(hdr_jeugd_block, c)
    body(b, c, ["s_jeugd_school", "s_case_jeugd", "s_juf"], 1)


@kind("doc_mantelzorg_mail")
def doc_mail(b, c):
    b.add(hdr_email_header, c)
    body(b, c, ["s_dhr_zijn_dochter", "s_kid_phone"], 2)


@kind("doc_parkeerkaart")
def doc_park(b, c):
    b.lines.append(K(b, "[[Aanvraag]] [[gehandicaptenparkeerkaart]] [[bestuurder]]"))
    b.add(hdr_plate_line, c)
    body(b, c, ["s_plate_parkeerkaart", "s_dob_cue_geboren"], 2)


@kind("doc_bemiddeling")
def doc_med(b, c):
    b.lines.append(K(b, "[[Verslag]] [[buurtbemiddeling]]"))
    body(b, c, ["s_neighbour_addr", "s_mediator", "s_med_bare"], 2)


@kind("doc_jeugd_gezin")
def doc_gezin(b, c):
    b.lines.append(K(b, "[[Gezinsplan]] [[Jeugdteam]]"))
    body(b, c, ["s_parents_divorce", "s_dob_kid", "s_age_kid"], 2)
    b.add(hdr_file_name, c)


@kind("doc_participatiewet_gesprek")
def doc_pw(b, c):
    b.lines.append(K(b, "[[Gespreksverslag]] [[re-integratie]] [[Participatiewet]]"))
    b.add(hdr_bsn_dob_compact, c)
    body(b, c, ["s_participatiewet_maatregel", "s_schulden"], 2)


@kind("doc_mdo_verslag")
def doc_mdo(b, c):
    b.lines.append(K(b, "[[Multidisciplinair]] [[overleg]]"))
    body(b, c, ["s_mdo", "s_possessive_res", "s_erg", "s_erg_bare"], 1)


# ---------------------------------------------------------------- building and gates


def build(r, i):
    known_word = r.choice(N.KNOWN_WORDS) if i % 4 == 1 else None
    c = Ctx(r, known_word)
    b = B()
    if known_word:
        c.known = {"names": [f"{c.res.first} {c.res.sur}"]}
    KINDS[i % len(KINDS)](b, c)
    if known_word:
        b.add(r.choice([s_known, s_known2]), c)
    text = (
        "\n".join(b.lines)
        if r.random() < 0.5
        else " ".join(x.replace("\n", " ") if "\n" not in x else x for x in b.lines)
    )
    doc = {"id": f"fresh20a-{i:04d}", "text": text, "pii": b.pii, "keep": b.keep}
    if known_word:
        # the full name of the known resident is always written somewhere
        if not any(p["text"] == c.known["names"][0] for p in b.pii):
            doc["text"] += K(b, f"\n[[Ondertekend]] door {c.res.full(b)}.")
        phones = [p["text"] for p in b.pii if p["text"] == c.phone]
        if phones:
            c.known["phones"] = phones
        doc["known"] = c.known
    return doc, b.shapes + [KINDS[i % len(KINDS)].shape]


def _name_words(s):
    return {w.lower() for w in re.split(r"[^\w']+", s) if w and w.lower() not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    try:
        check_doc(doc)
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
    names = set()
    for p in doc["pii"]:
        if p["label"] == "PERSON":
            names |= _name_words(p["text"])
    allowed = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            allowed |= _name_words(n)
    for k in doc["keep"]:
        for w in _name_words(k):
            if w in names and not (w in allowed and k == k.lower()):
                return f"keep {k!r} shares a name word"
    if "known" in doc:
        words = _name_words(doc["known"]["names"][0])
        if not any(k == k.lower() and k in words for k in doc["keep"]):
            return "known name without its ordinary use"
    return None


def generate():
    docs, shapes, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        attempt = 0
        r = random.Random(f"{SEED}-{i}")
        while True:
            doc, used = build(r, i)
            reason = gate(doc)
            if reason is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 200:
                raise SystemExit(f"{i}: {reason}")
            r = random.Random(f"{SEED}-{i}-{attempt}")
        docs.append(doc)
        shapes.update(used)
    return docs, shapes, redraws


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes, redraws = generate()
    text = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else "differs")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(p["label"] for d in docs for p in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"{lab:15s} {labels[lab]}")
        print(f"pii items: {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        print(f"shapes registered: {len(SHAPES)}, used: {len(shapes)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
