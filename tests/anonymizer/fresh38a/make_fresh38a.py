"""Seeded generator of the blind anonymizer corpus fresh38a: businesses and self-employed residents in insolvency
and the municipality (curators' reports, creditor lists, the municipality as creditor, Bbz, WSNP, liquidators,
court rulings, administrators' letters, staff of a bankrupt firm).

    python tests/anonymizer/fresh38a/make_fresh38a.py            write fresh38a_texts.jsonl
    python tests/anonymizer/fresh38a/make_fresh38a.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh38a/make_fresh38a.py --stats    counts per label, shapes, known names, redraws

Standard library only. Each document i draws from random.Random("20261321-<i>"); a document failing gate() is
redrawn from random.Random("20261321-<i>-<attempt>")."""

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
import names38a as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
SCORE = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SCORE)

SEED = 20261321
COUNT = 300
OUT = HERE / "fresh38a_texts.jsonl"
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
PARTICLES = SCORE.PARTICLES

SHAPES: dict[str, object] = {}
FRAMES: list[str] = []
BODIES: list[str] = []
KNOWNS: list[str] = []


def shape(kind):
    def deco(f):
        SHAPES[f.__name__] = f
        {"frame": FRAMES, "body": BODIES, "known": KNOWNS}[kind].append(f.__name__)
        return f

    return deco


# ----------------------------------------------------------------------------------------------- people and document
class Person:
    def __init__(self, r, group=None, gender=None, stem=None, part=None):
        self.group = group or N.pick(r, sorted(N.GROUPS))
        self.g = gender or N.pick(r, ["m", "f"])
        m, f, sur = N.GROUPS[self.group]
        self.first = N.pick(r, m if self.g == "m" else f)
        p, s = sur(r, self.g)
        self.part = p if part is None else part
        self.stem = stem or s
        self.known = False

    def relative(self, r, gender=None):
        q = Person(r, self.group, gender)
        q.part, q.stem = self.part, self.stem
        while q.first == self.first:
            q.first = N.pick(r, N.GROUPS[self.group][0 if q.g == "m" else 1])
        return q

    @property
    def sur(self):
        return f"{self.part} {self.stem}" if self.part else self.stem

    @property
    def full(self):
        return f"{self.first} {self.sur}"

    @property
    def bare(self):
        return (self.part[0].upper() + self.part[1:] + " " + self.stem) if self.part else self.stem

    @property
    def init(self):
        return f"{self.first[0]}. {self.sur}"

    @property
    def he(self):
        return "hij" if self.g == "m" else "zij"

    @property
    def his(self):
        return "zijn" if self.g == "m" else "haar"

    @property
    def title(self):
        return "de heer" if self.g == "m" else "mevrouw"

    @property
    def tshort(self):
        return "dhr." if self.g == "m" else "mw."


class Doc:
    def __init__(self, r):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []

    def x(self, text, label):
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, *ws):
        for w in ws:
            if w not in self.keep:
                self.keep.append(w)
        return ws[0] if ws else ""

    # name forms
    def full(self, p):
        return self.x(p.full, "PERSON")

    def bare(self, p):
        return self.x(p.bare, "PERSON")

    def first(self, p):
        return self.x(p.first, "PERSON")

    def init(self, p):
        return self.x(p.init, "PERSON")

    def caps(self, p):
        return self.x(p.stem.upper(), "PERSON")

    def capsfull(self, p):
        return self.x(p.full.upper(), "PERSON")

    def low(self, p):
        base = p.first if p.known else p.stem
        return self.x(N.ascii_lower(base).replace(" ", "").replace("'", ""), "PERSON")

    def lowfirst(self, p):
        return self.x(p.first.lower(), "PERSON")

    def poss(self, p, use_first=False):
        n = p.first if use_first else p.bare
        if n[-1] in "aeiouy":
            f = n + "'s"
        elif n[-1] in "sxzş":
            f = n + "'"
        else:
            f = n + "s"
        return self.x(f, "PERSON")

    def titled(self, p):
        """title + surname (or initial) in one of several forms; only the name is an item"""
        v = self.r.randrange(4)
        if v == 0:
            return f"{p.title} {self.bare(p)}"
        if v == 1:
            return f"{p.tshort} {self.init(p)}"
        if v == 2:
            return f"{p.title} {self.init(p)}"
        return f"{p.tshort} {self.bare(p)}"

    def any_name(self, p):
        return [self.full, self.full, self.titled, self.init][self.r.randrange(4)](p)

    # structured items
    def bsn(self):
        return self.x(N.bsn(self.r), "BSN")

    def iban(self):
        return self.x(N.iban_fmt(self.r, N.iban(self.r)), "IBAN")

    def plate(self):
        return self.x(N.plate(self.r), "LICENSE_PLATE")

    def postcode(self):
        return self.x(N.postcode(self.r), "POSTCODE")

    def street(self):
        return N.pick(self.r, N.STREET_A) + N.pick(self.r, N.STREET_B)

    def addr(self, street=None):
        r = self.r
        num = str(r.randrange(1, 240)) + N.pick(r, ["", "", "", "a", "-2", " B", "-11", "bis"])
        return self.x(f"{street or self.street()} {num}", "ADDRESS")

    def streetonly(self):
        return self.x(self.street(), "ADDRESS")

    def phone(self, area="06"):
        r = self.r
        dg = lambda n: "".join(str(r.randrange(10)) for _ in range(n))
        if area == "06" or r.random() < 0.5:
            s = dg(8)
            f = N.pick(
                r,
                [
                    f"06-{s}",
                    f"06 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
                    f"+31 6 {s[:4]} {s[4:]}",
                    f"06{s}",
                    f"(06) {s[:4]} {s[4:]}",
                    f"0031 6 {s}",
                ],
            )
        else:
            rest = dg(10 - len(area))
            f = N.pick(r, [f"{area}-{rest}", f"({area}) {rest}", f"+31 {area[1:]} {rest}"])
        return self.x(f, "PHONE")

    def email(self, p, domain=None):
        r = self.r
        fi, st = N.ascii_lower(p.first).replace(" ", ""), N.ascii_lower(p.stem).replace(" ", "").replace("'", "")
        pa = N.ascii_lower(p.part).replace(" ", "").replace("'", "")
        local = N.pick(
            r, [f"{fi}.{pa}{st}", f"{fi[0]}.{pa}{st}", f"{fi}{st}{r.randrange(10, 99)}", f"{st}.{fi[0]}", f"{fi}_{st}"]
        )
        dom = domain or N.pick(
            r,
            [
                "ziggo.nl",
                "kpnmail.nl",
                "hotmail.com",
                "gmail.com",
                "outlook.com",
                "hetnet.nl",
                "xs4all.nl",
                "live.nl",
                "proton.me",
            ],
        )
        return self.x(f"{local}@{dom}", "EMAIL")

    def case(self, kind=None):
        r = self.r
        n = lambda k: "".join(str(r.randrange(10)) for _ in range(k))
        y = N.pick(r, ["25", "26", "2025", "2026"])
        forms = {
            "inv": lambda: f"INV-{y}-{n(5)}",
            "bbz": lambda: f"BBZ/{y[-2:]}/{n(4)}",
            "kws": lambda: f"{y}.KWS.{n(4)}",
            "sdv": lambda: f"SDV-{y[-2:]}-{n(4)}",
            "court": lambda: f"F.{n(2)}/{y[-2:]}/{n(3)}",
            "wsnp": lambda: f"R {n(2)}/{y[-2:]}.{n(3)} WSNP",
            "aanslag": lambda: f"{n(4)}.{y}.{n(5)}",
            "debiteur": lambda: f"DB-{n(7)}",
            "huur": lambda: f"HUUR/VG/{y[-2:]}{n(3)}",
            "sub": lambda: f"SUB-{y}-{n(3)}-T",
            "zaak": lambda: f"Z{y[-2:]}-{n(6)}",
            "afst": lambda: f"VTA-{y[-2:]}{n(4)}",
        }
        return self.x(forms[kind or N.pick(r, sorted(forms))](), "CASE_NUMBER")

    def dob(self, style=None):
        r = self.r
        y, m, dd = r.randrange(1948, 2002), r.randrange(1, 13), r.randrange(1, 29)
        st = r.randrange(11) if style is None else style
        f = [
            f"{dd} {N.MONTHS[m - 1]} {y}",
            f"{dd:02d}-{m:02d}-{y}",
            f"{dd:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{dd:02d}.{m:02d}.{y}",
            f"{dd} {N.MON3[m - 1]} {y}",
            f"{dd}-{m}-{y}",
            f"{dd} {N.MONTHS[m - 1].upper()} {y}",
            f"{dd} {N.MONTHS[m - 1]} '{y % 100:02d}",
            f"{dd}-{m:02d}-'{y % 100:02d}",
            f"{dd}/{m}/{y}",
        ][st]
        return self.x(f, "DATE_OF_BIRTH")

    def dobc(self):
        """date of birth with a cue word"""
        cue = N.pick(self.r, ["geboren op ", "geboren ", "geb. ", "geboortedatum ", "geb.datum ", "°", "* "])
        return cue + self.dob()

    # ordinary keep items
    def date(self, year=None):
        r = self.r
        y = year or N.pick(r, [2025, 2026, 2026])
        m, dd = r.randrange(1, 13), r.randrange(1, 29)
        f = N.pick(r, [f"{dd} {N.MONTHS[m - 1]} {y}", f"{dd:02d}-{m:02d}-{y}", f"{dd} {N.MONTHS[m - 1]}"])
        return self.k(f)

    def money(self, lo=80, hi=60000):
        v = self.r.randrange(lo * 100, hi * 100)
        e, c = divmod(v, 100)
        s = f"{e:,}".replace(",", ".")
        return self.k(N.pick(self.r, [f"€ {s},{c:02d}", f"€{s},{c:02d}", f"€ {s},-"]))


# ----------------------------------------------------------------------------------------------- context
TRADES = [
    ("Klusbedrijf", "klusbedrijf"),
    ("Schildersbedrijf", "schildersbedrijf"),
    ("Kapsalon", "kapsalon"),
    ("Transportbedrijf", "transportbedrijf"),
    ("Bouwbedrijf", "bouwbedrijf"),
    ("Cateringbedrijf", "cateringbedrijf"),
    ("Hoveniersbedrijf", "hoveniersbedrijf"),
    ("Schoonmaakbedrijf", "schoonmaakbedrijf"),
    ("Installatiebedrijf", "installatiebedrijf"),
    ("Koeriersdienst", "koeriersdienst"),
    ("Stukadoorsbedrijf", "stukadoorsbedrijf"),
    ("Fietsenwinkel", "fietsenwinkel"),
    ("Eethuis", "eethuis"),
    ("Bakkerij", "bakkerij"),
    ("Naaiatelier", "naaiatelier"),
    ("Garagebedrijf", "garagebedrijf"),
]
NEUTRAL = [
    "De Vlonder",
    "Het Zwaluwnest",
    "Noorderlicht",
    "De Gouden Schaar",
    "Dijkzicht",
    "De Snelle Trap",
    "Het Kompas",
    "De Zeven Provinciën",
    "Lindeboom",
    "De Blauwe Reiger",
    "Zonnewende",
    "Eikenhout",
]
OFFICES = [
    "Noordpoort Advocaten",
    "Kanaalzijde Insolventierecht",
    "Waalkant Advocaten",
    "Brugkwartier Advocaten",
    "Havenfront Herstructurering",
    "Lindenhof Advocatuur",
]
DEPTS = [
    ("Belastingen", "medewerker invordering"),
    ("Team Invordering", "invorderingsambtenaar"),
    ("Afdeling Vastgoed", "beheerder bedrijfspanden"),
    ("Schulddienstverlening", "schuldhulpverlener"),
    ("Team Bbz", "consulent Bbz"),
    ("Werk en Inkomen", "klantmanager"),
    ("Economische Zaken", "accountmanager bedrijven"),
    ("Juridische Zaken", "juridisch adviseur"),
    ("Ondernemersloket", "adviseur ondernemers"),
    ("Team Subsidies", "subsidieadviseur"),
    ("Financiën", "controller"),
    ("Sociaal Domein", "beleidsmedewerker"),
]


class Ctx:
    def __init__(self, d: Doc, known: bool):
        r = d.r
        self.d = d
        self.muni, self.area = N.pick(r, N.MUNIS)
        self.domain = self.muni.lower().replace(" ", "") + ".nl"
        self.p14 = f"14 {self.area}"
        self.court = N.pick(r, N.COURTS)
        self.known = None
        if known:
            stem, sent = N.pick(r, N.KNOWN_WORDS)
            self.R = Person(
                r,
                N.pick(r, ["dutch", "dutch", "frisian", "creole", "indonesian", "german"]),
                stem=stem,
                part=N.pick(r, ["", "", "", "de"]),
            )
            self.R.known = True
            self.known = (stem, sent)
        else:
            self.R = Person(r)
        self.trade, self.tradelow = N.pick(r, TRADES)
        self.named = r.random() < 0.5 and not known
        self._p: dict[str, Person] = {}
        self.used_groups = {self.R.group}

    def person(self, key, relative=False, gender=None):
        if key not in self._p:
            if relative:
                self._p[key] = self.R.relative(self.d.r, gender)
            else:
                r = self.d.r
                g = N.pick(r, [x for x in sorted(N.GROUPS) if x not in self.used_groups])
                self.used_groups.add(g)
                p = Person(r, g, gender)
                self._p[key] = p
        return self._p[key]

    @property
    def F(self):
        return self.person("F", relative=True)

    @property
    def C(self):
        return self.person("C")

    @property
    def O(self):
        return self.person("O")

    @property
    def O2(self):
        return self.person("O2")

    @property
    def B(self):
        return self.person("B")

    @property
    def W(self):
        return self.person("W")

    @property
    def Nb(self):
        return self.person("Nb")

    def dept(self, key="O"):
        if "dept" + key not in self._p:
            self._p["dept" + key] = N.pick(self.d.r, DEPTS)
        dep, fn = self._p["dept" + key]
        self.d.k(dep)
        return dep, fn

    def company(self):
        """the resident's trade name; a name inside it is an item of its own"""
        d = self.d
        if self.named:
            return f"{d.k(self.trade)} {d.bare(self.R)}"
        if "co" not in self._p:
            self._p["co"] = N.pick(d.r, NEUTRAL)
        return f"{d.k(self.trade)} {self._p['co']}"

    def office(self):
        if "off" not in self._p:
            self._p["off"] = N.pick(self.d.r, OFFICES)
        return self._p["off"]


# ----------------------------------------------------------------------------------------------- frames (document kinds)
@shape("frame")
def f_curator_report(d, c, body):
    R, C = c.R, c.C
    head = (
        f"{d.k('Openbaar')} faillissementsverslag nummer {d.r.randrange(1, 9)}\n"
        f"Gegevens onderneming: {c.company()}, eenmanszaak van {d.full(R)}, {d.dob(d.r.randrange(11))}\n"
        f"Faillissementsnummer: {d.case('court')}\n"
        f"Datum uitspraak: {d.date()}\nCurator: mr. {d.full(C)}\n{d.k('Rechter-commissaris')}: mr. {N.pick(d.r, ['A.', 'J.', 'M.'])} toegewezen door de {d.k(c.court)}\n"
    )
    return head + "\n".join(body)


@shape("frame")
def f_creditor_list(d, c, body):
    R = c.R
    rows = []
    for _ in range(d.r.randrange(2, 4)):
        p = Person(d.r, N.pick(d.r, [g for g in sorted(N.GROUPS) if g not in c.used_groups]))
        c.used_groups.add(p.group)
        rows.append(f"- {d.bare(p)} (concurrent) {d.money(200, 9000)}")
    rows.append(f"- {d.k('Gemeente')} {d.k(c.muni)}, {d.k('Afdeling Belastingen')} (preferent) {d.money(300, 7000)}")
    return (
        f"{d.k('Crediteurenlijst')} in het faillissement van {d.full(R)}\n{d.k('Peildatum')} {d.date()}\n"
        + "\n".join(rows)
        + "\n"
        + "\n".join(body)
    )


@shape("frame")
def f_municipal_claim_letter(d, c, body):
    R, C, O = c.R, c.C, c.O
    dep, fn = c.dept()
    return (
        f"Aan: mr. {d.full(C)}, curator\n{d.k('Betreft')}: indiening vordering {d.k('gemeente')} {c.muni}\n"
        f"Uw kenmerk: {d.case('court')}\nOns kenmerk: {d.case('inv')}\n\n"
        f"Geachte heer, mevrouw,\n\n{d.k('Hierbij')} dient de gemeente {c.muni} haar vordering in op de boedel van "
        f"{d.full(R)} ({c.company()}). "
        + " ".join(body)
        + f"\n\n{d.k('Met vriendelijke groet')},\n{d.full(O)}\n{fn}, {dep}"
    )


@shape("frame")
def f_bbz_intake(d, c, body):
    R = c.R
    return (
        f"{d.k('Intakeformulier')} Bbz — {d.k('levensvatbaarheid')} eigen bedrijf\n"
        f"Naam aanvrager: {d.full(R)}\nBSN: {d.bsn()}\n{d.k('Geboortedatum')}: {d.dob()}\n"
        f"Woonadres: {d.addr()}, {d.postcode()} {d.k(c.muni)}\nTelefoon: {d.phone()}\n"
        f"{d.k('Dossiernummer')}: {d.case('bbz')}\n\n" + "\n".join(body)
    )


@shape("frame")
def f_wsnp_ruling(d, c, body):
    R = c.R
    return (
        f"{d.k(c.court)}\n{d.k('Team Insolventies')}\n{d.k('Vonnis')} van {d.date()}\n"
        f"{d.k('Rekestnummer')}: {d.case('wsnp')}\n\n{d.k('De rechtbank')} spreekt de toepassing van de "
        f"{d.k('schuldsaneringsregeling')} uit ten aanzien van {d.full(R)}, geboren op {d.dob(0)}, wonende te "
        f"{d.addr()}, {d.postcode()} {d.k(c.muni)}, die een eenmanszaak dreef onder de naam {c.company()}.\n"
        + "\n".join(body)
    )


@shape("frame")
def f_administrator_letter(d, c, body):
    R, B = c.R, c.person("Bw")
    return (
        f"{d.k('Bewindvoerder')} {d.full(B)}\n{c.office()}\n\n{d.k('Betreft')}: {d.titled(R)}, "
        f"schuldsanering\nKenmerk: {d.case('sdv')}\n\n{d.k('Geachte')} {d.k('Team Invordering')},\n\n"
        + " ".join(body)
        + f"\n\nHoogachtend,\n{d.init(B)}, bewindvoerder"
    )


@shape("frame")
def f_staff_email(d, c, body):
    W, O = c.W, c.O
    return (
        f"Van: {d.full(W)} <{d.email(W)}>\nAan: {d.k('ondernemersloket')}@{c.domain}\n"
        f"Onderwerp: ontslagen na faillissement, wat nu?\n\nBeste {d.k('medewerker')},\n\n"
        f"{d.k('Vorige')} week is mijn werkgever {c.company()} failliet verklaard. "
        + " ".join(body)
        + f"\n\nGroet,\n{d.first(W)}\n{d.phone()}"
    )


@shape("frame")
def f_liquidator_notice(d, c, body):
    R, L = c.R, c.person("L")
    return (
        f"{d.k('Mededeling')} van de vereffenaar\n{d.k('Vereffening')} nalatenschap / onderneming van wijlen "
        f"{d.full(R)}, {d.k('laatst')} wonende {d.addr()}, {d.postcode()} {d.k(c.muni)}.\n"
        f"Vereffenaar: {d.full(L)}, bereikbaar via {d.email(L)}.\n" + "\n".join(body)
    )


@shape("frame")
def f_mediation_note(d, c, body):
    R, B = c.R, c.B
    return (
        f"{d.k('Verzoek tot afstemming')} {d.case('afst')}\n{d.k('Bemiddelaar')}: {d.full(B)}\n"
        f"Verzoeker: {d.any_name(R)}, {d.email(R)}\n{d.k('Thema')}: {d.k('ondernemers')} in financiële nood\n\n"
        + "\n".join(body)
        + f"\n\n{d.k('Controlevraag')} gesteld op {d.date()}: is alles besproken? — {d.k('Ja')}."
    )


@shape("frame")
def f_phone_memo(d, c, body):
    R, O = c.R, c.O
    dep, fn = c.dept()
    return (
        f"{d.k('Telefoonnotitie')} {d.date()}, {d.r.randrange(8, 17)}:{N.pick(d.r, ['05', '20', '45', '50'])}\n"
        f"{d.k('Beller')}: {d.full(R)} ({d.phone()})\n{d.k('Aangenomen')} door: {d.full(O)}, {dep}\n\n" + " ".join(body)
    )


@shape("frame")
def f_council_question(d, c, body):
    R = c.R
    return (
        f"{d.k('Schriftelijke vragen')} van de fractie {d.k(N.pick(d.r, ['Lokaal Belang', 'Stadspartij', 'Gemeentebelangen']))} "
        f"over ondernemers in de knel\n\n{d.k('Vraag')} 1. Is het college bekend met de situatie van "
        f"{d.any_name(R)}, wiens zaak op {d.date()} failliet ging? " + " ".join(body)
    )


@shape("frame")
def f_kb_draft(d, c, body):
    return (
        f"{d.k('Concept kennisbankartikel')} (nog niet geanonimiseerd)\n{d.k('Situatie')}\n"
        + body[0]
        + "\n"
        + f"{d.k('Afstemming')}\n"
        + " ".join(body[1:])
        + f"\n{d.k('Les')}\n{d.k('Betrek')} de curator vroeg."
    )


@shape("frame")
def f_whatsapp(d, c, body):
    R, B = c.R, c.B
    t = lambda: f"[{d.r.randrange(8, 22)}:{d.r.randrange(10, 59)}]"
    return (
        f"{t()} {d.lowfirst(R)}: hoi {d.lowfirst(B)}, de curator heeft de bus opgehaald 😞\n"
        f"{t()} {d.first(B)}: {d.k('Vervelend')}! Stuur je me de brief?\n"
        + "\n".join(f"{t()} {d.first(R)}: {b}" for b in body)
    )


@shape("frame")
def f_subsidy_recovery(d, c, body):
    R, O = c.R, c.O
    return (
        f"{d.k('Beschikking')} {d.k('terugvordering subsidie')}\n{d.k('Kenmerk')}: {d.case('sub')}\n"
        f"{d.k('Aan')}: {c.company()}, t.a.v. {d.titled(R)}\n{d.addr()}\n{d.postcode()} {d.k(c.muni)}\n\n"
        + " ".join(body)
        + f"\n\n{d.k('Namens')} het college,\n{d.full(O)}, {d.k('Team Subsidies')}"
    )


@shape("frame")
def f_rent_arrears(d, c, body):
    R = c.R
    street = d.street()
    return (
        f"{d.k('Overzicht')} {d.k('huurachterstand')} {d.k('gemeentelijk')} bedrijfspand\n"
        f"Huurder: {c.company()} ({d.full(R)})\nPand: {d.addr(street)}\nContractnummer: {d.case('huur')}\n"
        f"{d.k('Achterstand')} per {d.date()}: {d.money(900, 30000)}\n\n" + " ".join(body)
    )


@shape("frame")
def f_court_minutes(d, c, body):
    R, C = c.R, c.C
    return (
        f"{d.k('Proces-verbaal')} van de verificatievergadering\n{d.k(c.court)}, {d.date()}\n"
        f"Insolventie: {d.case('court')} — {c.company()}\n{d.k('Aanwezig')}: mr. {d.full(C)} (curator); "
        f"{d.titled(R)}, gefailleerde.\n\n" + "\n".join(body)
    )


@shape("frame")
def f_intake_table(d, c, body):
    R, F = c.R, c.F
    return (
        f"{d.k('Huishouden')}\n| naam | geboren | rol |\n| {d.full(R)} | {d.dob()} | aanvrager |\n"
        f"| {d.full(F)} | {d.dob()} | {N.pick(d.r, ['partner', 'inwonend familielid', 'medebewoner'])} |\n"
        f"{d.k('Bankrekening')}: {d.iban()}\n\n" + "\n".join(body)
    )


@shape("frame")
def f_staff_petition(d, c, body):
    ws = [c.W, c.person("W2"), c.person("W3")]
    sig = "\n".join(f"{i + 1}. {d.full(w)}, {d.addr()}" for i, w in enumerate(ws))
    return (
        f"{d.k('Petitie')} aan de {d.k('burgemeester')} van {d.k(c.muni)}\n{d.k('Wij')}, oud-werknemers van "
        f"{c.company()}, vragen om hulp.\n" + " ".join(body) + f"\n\n{d.k('Ondertekend')}:\n{sig}"
    )


@shape("frame")
def f_invoice_reminder(d, c, body):
    R = c.R
    return (
        f"{d.k('AANMANING')} {d.k('gemeentelijke belastingen')}\n{d.capsfull(R)}\n{d.addr()}\n"
        f"{d.postcode()}  {d.k(c.muni.upper())}\n{d.k('Aanslagnummer')}: {d.case('aanslag')}\n"
        f"{d.k('Openstaand')}: {d.money(100, 4000)}\n\n"
        + " ".join(body)
        + f"\n\n{d.k('Vragen')}? Bel {d.k(c.p14)} of mail {d.k('belastingen')}@{c.domain}."
    )


@shape("frame")
def f_email_thread(d, c, body):
    O, O2 = c.O, c.O2
    dep, fn = c.dept()
    dep2, fn2 = c.dept("O2")
    return (
        f"Van: {d.full(O)} ({dep})\nAan: {d.full(O2)} ({dep2})\nCC: {d.email(c.C, N.pick(d.r, ['noordpoort.nl', 'kanaalzijde-advocaten.nl', 'waalkant.law']))}\n"
        f"Onderwerp: FW: {d.k('boedel')} {c.company()}\n\n{d.k('Hoi')} {d.first(O2)},\n\n"
        + " ".join(body)
        + f"\n\n{d.first(O)}\n{fn}"
    )


@shape("frame")
def f_file_list(d, c, body):
    R = c.R
    lo = d.low(R)
    y = N.pick(d.r, ["2025", "2026"])
    return (
        f"{d.k('Bijlagen')} bij het dossier:\n- verslag-{lo}-{y}.pdf\n- {d.k('jaarrekening')}_{y}_{lo}.xlsx\n"
        f"- brief curator {d.bare(R)}.docx\n\n" + "\n".join(body)
    )


@shape("frame")
def f_signature_block(d, c, body):
    R, F = c.R, c.F
    return (
        "\n".join(body) + f"\n\n{d.k('Met vriendelijke groet')},\n\n{d.full(R)}\n{c.company()}\n"
        f"{d.k('KvK')} {d.r.randrange(10000000, 99999999)}\n{d.phone()} | {d.email(R)}\n"
        f"(bij afwezigheid: {d.full(F)}, {d.phone()})"
    )


# ----------------------------------------------------------------------------------------------- body shapes
@shape("body")
def b_boedel_short(d, c):
    return (
        f"{d.k('De boedel')} bestaat uit een bestelbus ({d.plate()}), gereedschap en een debiteurenpositie van "
        f"{d.money(500, 20000)}."
    )


@shape("body")
def b_cause(d, c):
    R = c.R
    return (
        f"{d.k('Oorzaak')} van het faillissement: volgens {d.titled(R)} liepen de opdrachten terug na "
        f"{d.k(N.pick(d.r, ['de coronaperiode', 'de energiecrisis', 'de verbouwing van het centrum']))}."
    )


@shape("body")
def b_ozb_claim(d, c):
    return (
        f"{d.k('De vordering')} betreft {d.k('onroerendezaakbelasting')} en {d.k('rioolheffing')} over {d.k('2025')}, "
        f"aanslagnummer {d.case('aanslag')}, samen {d.money(200, 5000)}."
    )


@shape("body")
def b_rent_claim(d, c):
    return (
        f"{d.k('Daarnaast')} is huur verschuldigd voor het gemeentelijke bedrijfspand aan de {d.streetonly()}, "
        f"{d.k('contract')} {d.case('huur')}."
    )


@shape("body")
def b_subsidy_claim(d, c):
    return (
        f"{d.k('De subsidie')} {d.k('Startersregeling')} van {d.money(1000, 15000)} wordt teruggevorderd omdat de "
        f"onderneming binnen drie jaar is beëindigd ({d.case('sub')})."
    )


@shape("body")
def b_bbz_loan(d, c):
    R = c.R
    return (
        f"{d.full(R)} ontving in {d.k('2024')} een {d.k('bedrijfskapitaal')}lening op grond van het {d.k('Bbz 2004')} "
        f"van {d.money(3000, 35000)}; {d.k('aflossing')} via {d.iban()}."
    )


@shape("body")
def b_bbz_income(d, c):
    R = c.R
    return (
        f"{d.k('Aanvullende')} {d.k('levensonderhoud')} Bbz voor {d.bare(R)} loopt tot {d.date()}; de "
        f"{d.k('consulent')} vraagt de {d.k('maandcijfers')} op."
    )


@shape("body")
def b_bbz_stop(d, c):
    R = c.R
    return (
        f"{d.k('Omdat')} het bedrijf van {d.first(R)} niet {d.k('levensvatbaar')} is gebleken, wordt de Bbz-"
        f"uitkering per {d.date()} omgezet naar {d.k('bijstand')} op grond van de {d.k('Participatiewet')}."
    )


@shape("body")
def b_wsnp_term(d, c):
    R = c.R
    return (
        f"{d.k('De looptijd')} van de schuldsanering van {d.full(R)} is {d.k('achttien maanden')}; het "
        f"{d.k('vrij te laten bedrag')} wordt berekend door de bewindvoerder."
    )


@shape("body")
def b_wsnp_duty(d, c):
    R = c.R
    return (
        f"{d.k('Tijdens')} de regeling moet {d.bare(R)} {d.k('sollicitatieplicht')} nakomen en maandelijks "
        f"{R.his} {d.k('inkomsten')} doorgeven."
    )


@shape("body")
def b_wsnp_cleanslate(d, c):
    R = c.R
    return (
        f"{d.k('Schone lei')}: op {d.date()} verleende de rechter {d.poss(R)} verzoek om de {d.k('schone lei')}, "
        f"ook voor de {d.k('gemeentelijke')} vordering."
    )


@shape("body")
def b_kwijtschelding(d, c):
    R = c.R
    return (
        f"{d.k('Kwijtschelding')} van {d.k('afvalstoffenheffing')} is voor {d.titled(R)} niet mogelijk zolang de "
        f"onderneming niet is uitgeschreven bij de {d.k('Kamer van Koophandel')}."
    )


@shape("body")
def b_staff_uwv(d, c):
    return (
        f"{d.k('Het UWV')} neemt via de {d.k('loongarantieregeling')} het loon over, maar pas na de "
        f"{d.k('opzegtermijn')}. Mijn BSN is {d.bsn()}, mocht u dat nodig hebben."
    )


@shape("body")
def b_staff_help(d, c):
    W = c.W
    return (
        f"{d.k('Kunt')} u mij helpen met een {d.k('voorschot')}? Ik woon aan de {d.addr()} en mijn dochter "
        f"{d.full(W.relative(d.r, 'f'))} begint in {d.k('september')} met haar opleiding."
    )


@shape("body")
def b_staff_colleagues(d, c):
    W2 = c.person("W2")
    return (
        f"{d.k('Mijn collega')} {d.full(W2)} (geboren {d.dob()}) zit in dezelfde situatie en is bereikbaar op "
        f"{d.phone()}."
    )


@shape("body")
def b_staff_lease(d, c):
    W = c.W
    return (
        f"{d.k('De leaseauto')} met kenteken {d.plate()} stond op naam van de zaak; {d.first(W)} moest die "
        f"{d.k('dezelfde dag')} inleveren."
    )


@shape("body")
def b_curator_contact(d, c):
    C = c.C
    return (
        f"{d.k('Voor vragen')} kunt u contact opnemen met mr. {d.full(C)} van {c.office()}, telefoon "
        f"{d.phone(N.pick(d.r, ['010', '020', '050', '053', '073']))}."
    )


@shape("body")
def b_curator_caps(d, c):
    C = c.C
    return (
        f"{d.k('CURATOR')}: MR. {d.capsfull(C)} — {d.k('ALLE')} correspondentie onder vermelding van het "
        f"faillissementsnummer."
    )


@shape("body")
def b_curator_sale(d, c):
    C = c.C
    return (
        f"{d.k('De curator')} heeft de {d.k('inventaris')} onderhands verkocht voor {d.money(500, 12000)}; "
        f"{d.bare(C)} verwacht geen uitkering aan {d.k('concurrente')} schuldeisers."
    )


@shape("body")
def b_curator_paulian(d, c):
    R, F = c.R, c.F
    return (
        f"{d.k('Onderzocht')} wordt of de overdracht van de auto ({d.plate()}) aan {d.full(F)} kort voor het "
        f"faillissement {d.k('paulianeus')} was."
    )


@shape("body")
def b_curator_books(d, c):
    R = c.R
    return (
        f"{d.k('De administratie')} was niet op orde: {d.init(R)} leverde de {d.k('bankafschriften')} pas na drie "
        f"{d.k('rappels')} aan."
    )


@shape("body")
def b_family_partner(d, c):
    R, F = c.R, c.F
    return (f"{d.k('Zijn')} " if R.g == "m" else f"{d.k('Haar')} ") + (
        f"{N.pick(d.r, ['zoon', 'dochter', 'broer', 'zus', 'moeder'])} {d.full(F)}, "
        f"geboren {d.dob()}, werkte zonder contract mee in de zaak."
    )


@shape("body")
def b_family_guarantee(d, c):
    F = c.F
    return (
        f"{d.k('Borgstelling')}: {d.titled(F)} staat borg voor de lening en ontving een {d.k('aanmaning')} van "
        f"de bank ({d.iban()})."
    )


@shape("body")
def b_neighbour(d, c):
    Nb = c.Nb
    return (
        f"{d.k('Buurman')} {d.full(Nb)} van nummer {d.r.randrange(2, 90)} klaagt dat de curator spullen in de "
        f"{d.k('gemeenschappelijke')} {d.k('berging')} heeft laten staan."
    )


@shape("body")
def b_neighbour_shop(d, c):
    Nb = c.Nb
    return (
        f"{d.k('De winkelier')} ernaast, {d.titled(Nb)}, wil het pand overnemen en vroeg de {d.k('Afdeling Vastgoed')} "
        f"om een {d.k('huurovereenkomst')}."
    )


@shape("body")
def b_official_promise(d, c):
    O = c.O
    dep, fn = c.dept()
    return f"{d.k('Afgesproken')}: {d.full(O)} ({fn}, {dep}) zet de {d.k('invordering')} tot {d.date()} stil."


@shape("body")
def b_official_refusal(d, c):
    O = c.O
    dep, fn = c.dept()
    return (
        f"{d.k('Volgens')} {d.bare(O)} van {dep} kan de {d.k('gemeente')} geen {d.k('betalingsregeling')} "
        f"treffen buiten de curator om."
    )


@shape("body")
def b_official_email(d, c):
    O = c.O
    return f"{d.k('Stuur')} de stukken naar {d.email(O, c.domain)} of naar {d.k('post')}@{c.domain}."


@shape("body")
def b_mediator_finding(d, c):
    B, R = c.B, c.R
    return (
        f"{d.k('Uit het gesprek')} bleek dat {d.first(R)} vooral wilde weten of de {d.k('gemeentelijke')} "
        f"schuld ook onder de schuldsanering valt. {d.bare(B)} legde dat voor aan {d.k('Juridische Zaken')}."
    )


@shape("body")
def b_mediator_agreement(d, c):
    B = c.B
    return (
        f"{d.k('Afspraak')} vastgelegd door {d.init(B)}: de {d.k('dwangbevelkosten')} van {d.money(30, 400)} "
        f"worden {d.k('teruggedraaid')}."
    )


@shape("body")
def b_address_move(d, c):
    R = c.R
    return (
        f"{d.k('Na')} de {d.k('gedwongen verkoop')} van de woning verhuisde {d.bare(R)} naar {d.addr()}, "
        f"{d.postcode()} {d.k(c.muni)}."
    )


@shape("body")
def b_address_business(d, c):
    R = c.R
    return (
        f"{d.k('Vestigingsadres')} van de onderneming: {d.addr()} ({d.postcode()}); {d.k('woonadres')} "
        f"{d.poss(R)}: {d.addr()}."
    )


@shape("body")
def b_bsn_line(d, c):
    R = c.R
    return f"{d.k('Ter identificatie')}: {d.init(R)}, BSN {d.bsn()}, {d.dobc()}."


@shape("body")
def b_bsn_sofi(d, c):
    R = c.R
    return (
        f"{d.k('Het burgerservicenummer')} {d.bsn()} hoort bij {d.full(R)}; het oude {d.k('btw-nummer')} is "
        f"ingetrokken."
    )


@shape("body")
def b_iban_refund(d, c):
    R = c.R
    return (
        f"{d.k('Een teruggave')} van {d.money(20, 900)} {d.k('toeristenbelasting')} wordt overgemaakt naar "
        f"{d.iban()} t.n.v. {d.init(R)}, niet naar de boedelrekening."
    )


@shape("body")
def b_iban_boedel(d, c):
    C = c.C
    return (
        f"{d.k('Betalingen')} aan de boedel graag op {d.iban()} t.n.v. {d.k('Stichting Derdengelden')} "
        f"{c.office()} o.v.v. {d.bare(C)}."
    )


@shape("body")
def b_plate_impound(d, c):
    return (
        f"{d.k('Handhaving')} trof de {d.k('bedrijfswagen')} {d.plate()} aan op de {d.k('parkeerplaats')} van "
        f"het {d.k('Stadskantoor')}; de {d.k('wielklem')} blijft tot de curator beslist."
    )


@shape("body")
def b_plate_parking(d, c):
    R = c.R
    return (
        f"{d.k('Parkeerbelasting')}: {d.k('naheffingsaanslag')} voor kenteken {d.plate()}, op naam van "
        f"{d.full(R)}, {d.k('opgelegd')} op {d.date()}."
    )


@shape("body")
def b_dob_plain(d, c):
    F = c.F
    return f"{d.full(F)}, {d.dob()}, is {d.k('medeaanvrager')}."


@shape("body")
def b_dob_words(d, c):
    R = c.R
    return (
        f"{d.k('Omdat')} {d.first(R)} op {d.dob(0)} is geboren, valt {R.he} onder de regeling voor "
        f"{d.k('oudere zelfstandigen')} (IOAZ)."
    )


@shape("body")
def b_case_chain(d, c):
    return (
        f"{d.k('Gekoppelde zaken')}: {d.case('zaak')} ({d.k('bezwaar')}), {d.case('debiteur')} "
        f"({d.k('debiteurenadministratie')}) en {d.case('kws')} ({d.k('kwijtschelding')})."
    )


@shape("body")
def b_phone_call(d, c):
    R = c.R
    return (
        f"{d.k('Terugbelverzoek')}: {d.first(R)} is alleen {d.k('na')} {d.k('16.00')} uur bereikbaar op "
        f"{d.phone()}; {d.k('algemeen nummer')} {d.k(c.p14)}."
    )


@shape("body")
def b_phone_landline(d, c):
    R = c.R
    return f"{d.k('Vaste lijn')} van de zaak: {d.phone(c.area)} (nu afgesloten); privé {d.phone()}."


@shape("body")
def b_informal_lower(d, c):
    R = c.R
    return f"{d.k('ps')} {d.lowfirst(R)} zei aan de balie dat {R.he} de brief van de curator 'gewoon weggegooid' had."


@shape("body")
def b_handle(d, c):
    R = c.R
    return (
        f"{d.k('Op Instagram')} (@{d.low(R)}_{c.tradelow}) {d.k('adverteert')} de zaak nog steeds, "
        f"meldde {d.k('Handhaving')}."
    )


@shape("body")
def b_possessive(d, c):
    R, F = c.R, c.F
    return (
        f"{d.poss(R)} {d.k('boekhouder')} en {d.poss(F, True)} {d.k('advocaat')} zaten beiden bij het {d.k('gesprek')}."
    )


@shape("body")
def b_caps_heading(d, c):
    R = c.R
    return f"{d.k('DOSSIER')} {d.caps(R)} — {d.k('VERTROUWELIJK')}\n{d.k('Stand van zaken')} per {d.date()}."


@shape("body")
def b_list_children(d, c):
    R = c.R
    a, b = R.relative(d.r), R.relative(d.r)
    return (
        f"{d.k('Gezinsleden')}: {d.first(a)} ({d.dob()}) en {d.first(b)} ({d.dob()}), beiden met de achternaam "
        f"{d.bare(R)}."
    )


@shape("body")
def b_deadline_norm(d, c):
    return (
        f"{d.k('Servicenorm')}: {d.k('binnen vijf werkdagen')} een eerste reactie; gehaald op {d.date()}. "
        f"{d.k('Zaaknummer')} {d.case('afst')}."
    )


@shape("body")
def b_court_quote(d, c):
    R = c.R
    return f'"{d.k("Verklaart")} {d.full(R)} in staat van faillissement", aldus de {d.k(c.court)} op {d.date()}.'


@shape("body")
def b_court_hearing(d, c):
    R = c.R
    return (
        f"{d.k('Ter zitting')} verscheen {d.titled(R)} zonder advocaat; de {d.k('griffier')} noteerde dat "
        f"{R.he} het {d.k('faillissementsrekest')} niet betwistte."
    )


@shape("body")
def b_verification(d, c):
    return (
        f"{d.k('Erkend')}: {d.money(100, 8000)} ({d.k('preferent')}); {d.k('betwist')}: {d.money(100, 5000)}. "
        f"{d.k('Renvooiprocedure')} volgt."
    )


@shape("body")
def b_vat_debt(d, c):
    return (
        f"{d.k('De Belastingdienst')} heeft {d.money(1000, 40000)} aan {d.k('omzetbelasting')} ingediend; de "
        f"{d.k('gemeente')} volgt met {d.money(100, 3000)}."
    )


@shape("body")
def b_market_stall(d, c):
    R = c.R
    return (
        f"{d.k('De standplaatsvergunning')} op de {d.k('zaterdagmarkt')} van {d.full(R)} vervalt; "
        f"{d.k('marktmeester')} {d.full(c.O2)} schreef de plek opnieuw uit."
    )


@shape("body")
def b_terrace(d, c):
    return (
        f"{d.k('Terrasvergunning')} en {d.k('precariobelasting')} staan nog open ({d.case('aanslag')}); het "
        f"meubilair is door de curator verkocht."
    )


@shape("body")
def b_energy(d, c):
    R = c.R
    return (
        f"{d.k('De energieleverancier')} sloot het pand af; {d.bare(R)} vraagt of de gemeente de "
        f"{d.k('voedselbank')} kan inschakelen voor het gezin."
    )


@shape("body")
def b_debt_help(d, c):
    R, O = c.R, c.O
    return (
        f"{d.k('Schuldhulpverlener')} {d.full(O)} meldt {d.titled(R)} aan voor een {d.k('minnelijk traject')}; "
        f"{d.k('aanmelddatum')} {d.date()}."
    )


@shape("body")
def b_moratorium(d, c):
    R = c.R
    return (
        f"{d.k('Een moratorium')} van zes maanden is aangevraagd om de {d.k('ontruiming')} van {d.poss(R)} woning "
        f"aan de {d.streetonly()} te voorkomen."
    )


@shape("body")
def b_wsnp_email_admin(d, c):
    Bw = c.person("Bw")
    return (
        f"{d.k('Mail')} voor de bewindvoerder: {d.email(Bw, N.pick(d.r, ['bewindbureau-oost.nl', 'wsnp-noord.nl', 'budgetbeheer.nu']))} "
        f"({d.k('niet')} naar de gemeente)."
    )


@shape("body")
def b_bbz_bridge(d, c):
    R = c.R
    return (
        f"{d.k('Overbruggingsuitkering')} voor {d.full(R)}: {d.k('ingangsdatum')} {d.date()}, "
        f"{d.k('dossier')} {d.case('bbz')}, {d.k('uitbetaling')} op {d.iban()}."
    )


@shape("body")
def b_bbz_advice(d, c):
    R = c.R
    return (
        f"{d.k('Het Bbz-advies')} van het {d.k('Instituut')} {d.k('Mkb')} is negatief voor {d.titled(R)}: de "
        f"{d.k('omzet')} dekt de vaste lasten niet."
    )


@shape("body")
def b_staff_wages(d, c):
    W = c.W
    return (
        f"{d.full(W)} kreeg sinds {d.date()} geen loon meer; {W.his} {d.k('loonstrook')} vermeldt "
        f"{d.k('personeelsnummer')} {d.r.randrange(100, 999)}."
    )


@shape("body")
def b_staff_bsn_dob(d, c):
    W = c.W
    return (
        f"{d.k('Werknemer')}: {d.init(W)} — {d.k('geboortedatum')}: {d.dob()} — BSN: {d.bsn()} — "
        f"{d.k('in dienst')} sinds {d.k(str(d.r.randrange(2009, 2024)))}."
    )


@shape("body")
def b_reorg(d, c):
    return f"{d.k('Een doorstart')} wordt onderzocht; de {d.k('WHOA')}-procedure bleek te duur."


@shape("body")
def b_liquidator_call(d, c):
    L = c.person("L")
    return (
        f"{d.k('Schuldeisers')} kunnen hun vordering indienen bij {d.titled(L)}, {d.addr()}, {d.postcode()} "
        f"{d.k(c.muni)}, {d.k('uiterlijk')} {d.date()}."
    )


@shape("body")
def b_liquidator_estate(d, c):
    R, F = c.R, c.F
    return f"{d.k('Erfgenaam')} {d.full(F)} heeft de nalatenschap van {d.first(R)} {d.k('beneficiair')} aanvaard."


@shape("body")
def b_foreign_name_form(d, c):
    p = c.person("X")
    return (
        f"{d.k('Tolk')}: {d.full(p)} ({d.k('Tigrinya')} / {d.k('Arabisch')}), {d.k('ingezet')} via het "
        f"{d.k('tolkencentrum')}."
    )


@shape("body")
def b_double_surname(d, c):
    F = c.F
    spouse = c.person("Sp")
    f = d.x(f"{F.first} {spouse.stem}-{F.sur}", "PERSON")
    return f"{d.k('Echtgenote')} {f} {d.k('tekent')} mee voor de {d.k('verkoop')} van de woning."


@shape("body")
def b_kvk_extract(d, c):
    R = c.R
    return (
        f"{d.k('Uittreksel')} {d.k('Handelsregister')}: eigenaar {d.full(R)}, {d.dob()}, {d.k('uitgeschreven')} "
        f"op {d.date()}."
    )


@shape("body")
def b_email_resident(d, c):
    R = c.R
    return f"{d.k('Reactie')} graag per mail naar {d.email(R)}, {d.k('telefonisch')} lukt overdag niet."


@shape("body")
def b_two_officials(d, c):
    O, O2 = c.O, c.O2
    dep, fn = c.dept()
    dep2, fn2 = c.dept("O2")
    return (
        f"{d.k('Overleg')} tussen {d.full(O)} ({dep}) en {d.full(O2)} ({fn2}, {dep2}) leverde een "
        f"{d.k('gezamenlijk')} voorstel op."
    )


@shape("body")
def b_alderman(d, c):
    A = c.person("A")
    return f"{d.k('Wethouder')} {d.full(A)} ({d.k('Economie')}) zegde toe de ondernemers persoonlijk te bellen."


@shape("body")
def b_amount_table(d, c):
    return (
        f"| {d.k('post')} | bedrag |\n| {d.k('OZB')} | {d.money(100, 2000)} |\n| {d.k('reclamebelasting')} | "
        f"{d.money(50, 900)} |\n| {d.k('huur')} | {d.money(500, 9000)} |"
    )


@shape("body")
def b_weekday(d, c):
    R = c.R
    return (
        f"{d.k(N.pick(d.r, ['Maandag', 'Dinsdag', 'Woensdag', 'Donderdag', 'Vrijdag']))} komt {d.bare(R)} langs op "
        f"het {d.k('Stadskantoor')} met de {d.k('vonnissen')}."
    )


@shape("body")
def b_inform_uwv(d, c):
    W, W2 = c.W, c.person("W2")
    return (
        f"{d.first(W)} en {d.first(W2)} zijn naar de {d.k('WW-voorlichting')} van {d.k('het UWV')} geweest op "
        f"{d.date()}."
    )


# ----------------------------------------------------------------------------------------------- known-name shapes
@shape("known")
def k_sentence(d, c):
    stem, sent = c.known
    d.k(stem.lower())
    return sent


@shape("known")
def k_bare_then_word(d, c):
    stem, sent = c.known
    w = stem.lower()
    d.k(w)
    return (
        f"{d.titled(c.R)} zegt: „Ik was {d.k('altijd')} {w}, dat blijf ik.” "
        if stem
        in (
            "Koopman",
            "Schipper",
            "Timmerman",
            "Brouwer",
            "Schilder",
            "Kuiper",
            "Slager",
            "Molenaar",
            "Visser",
            "Bakker",
            "Kok",
            "Smit",
        )
        else f"{d.k('Ook')} het woord {w} viel in het gesprek met {d.titled(c.R)}. "
    )


def known_line(d, c):
    name = "k_sentence" if d.r.random() < 0.6 else "k_bare_then_word"
    return name, SHAPES[name](d, c)


# ----------------------------------------------------------------------------------------------- gate and build
def _words(s):
    return re.findall(r"\w+", s.lower())


def gate(doc: dict) -> str | None:
    try:
        SCORE.check_doc(doc)
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
    for n in doc.get("known", {}).get("names", []):
        known_words |= {w for w in _words(n) if w not in PARTICLES and len(w) > 1}
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            name_words |= {w for w in _words(it["text"]) if w not in PARTICLES and len(w) > 1}
    for k in doc["keep"]:
        for w in _words(k):
            if w in name_words and not (w in known_words and re.search(r"(?<!\w)" + w + r"(?!\w)", k)):
                return f"keep {k!r} shares {w!r} with a name"
    return None


def build(i: int, attempt: int) -> dict:
    r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
    d = Doc(r)
    known = i % 4 == 1
    c = Ctx(d, known)
    frame = N.pick(r, FRAMES)
    nb = r.randrange(2, 5)
    bodies = r.sample(BODIES, nb)
    parts = []
    for b in bodies:
        parts.append(SHAPES[b](d, c))
        d.shapes.append(b)
    if known:
        kn, line = known_line(d, c)
        parts.insert(r.randrange(len(parts) + 1), line)
        d.shapes.append(kn)
    text = SHAPES[frame](d, c, parts)
    if known and c.R.full not in text and c.R.bare not in text:
        text = f"{d.k('Verzoeker')}: {d.full(c.R)}\n" + text
    d.shapes.insert(0, frame)
    doc = {"id": f"fresh38a-{i:04d}", "text": text, "pii": [p for p in d.pii], "keep": list(d.keep)}
    if known:
        doc["known"] = {"names": [c.R.full]}
        mails = [p["text"] for p in d.pii if p["label"] == "EMAIL" and N.ascii_lower(c.R.first) in p["text"]]
        if mails:
            doc["known"]["emails"] = mails[:1]
    # items whose strings do not occur (a name form built but not used) are dropped; keep words must occur
    doc["pii"] = [p for p in doc["pii"] if p["text"] in text]
    doc["keep"] = [k for k in doc["keep"] if k in text]
    return doc, d.shapes


def generate():
    docs, used, redraws = [], Counter(), 0
    for i in range(COUNT):
        for attempt in range(60):
            doc, shapes = build(i, attempt)
            if gate(doc) is None:
                break
            redraws += 1
        else:
            raise SystemExit(f"document {i} fails its gate: {gate(doc)}")
        docs.append(doc)
        used.update(shapes)
    return docs, used, redraws


def render(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, used, redraws = generate()
    text = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh38a_texts.jsonl is up to date" if same else "fresh38a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(p["label"] for d in docs for p in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(
            f"shapes registered: {len(SHAPES)} (frames {len(FRAMES)}, body {len(BODIES)}, known {len(KNOWNS)}); "
            f"used: {len(used)}"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
