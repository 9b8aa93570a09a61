"""Blind anonymizer corpus fresh26f: mobility for people with a disability (helper F26F, round twenty).

Disabled parking cards and spaces, medical advice, Wmo taxi transport and Valys, scooters, wheelchairs, stair lifts
and accessible bus stops. Seeded; each document i draws from random.Random("202620106-<i>"); a document failing
gate() is redrawn from "202620106-<i>-<attempt>".

    python tests/anonymizer/fresh26f/make_fresh26f.py            # write fresh26f_texts.jsonl
    python tests/anonymizer/fresh26f/make_fresh26f.py --check    # exit 1 if the committed file differs
    python tests/anonymizer/fresh26f/make_fresh26f.py --stats    # counts per label, shapes, known names, redraws
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
import names26f as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("score26f", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)

SEED = 202620106
N_DOCS = 300
OUT = HERE / "fresh26f_texts.jsonl"
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

SHAPES: dict[str, str] = {}  # shape name -> kind (document / line / sentence)


def shape(kind):
    def deco(fn):
        SHAPES[fn.__name__] = kind
        fn.kind = kind
        return fn

    return deco


# ---------------------------------------------------------------- numbers


def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        c = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False)) % 11
        if c < 10:
            return "".join(map(str, d + [c]))


def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - int(d[8])) % 11 == 0


def iban(r):
    bank = r.choice(["RABO", "INGB", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "RBRB", "BUNQ"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = int("".join(str(int(ch, 36)) for ch in bank + acct + "NL00"))
    return f"NL{98 - num % 97:02d}{bank}{acct}"


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


def fmt_iban(r, s):
    return r.choice([s, " ".join(s[i : i + 4] for i in range(0, len(s), 4))])


def fmt_bsn(r, s):
    return r.choice([s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


def plate(r):
    L = lambda n: "".join(r.choice(N.PLATE_LETTERS) for _ in range(n))
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    p = r.choice(
        [
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{D(1)}-{L(2)}-{D(3)}",
            f"{L(2)}-{L(2)}-{D(2)}",
        ]
    )
    return r.choice([p, p, p, p.replace("-", "")])


def mobile(r):
    d = "".join(str(r.randint(0, 9)) for _ in range(8))
    return r.choice(
        [
            f"06-{d}",
            f"06 {d[:4]} {d[4:]}",
            f"+31 6 {d[:4]} {d[4:]}",
            f"06{d}",
            f"0031 6 {d}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            f"+316{d}",
        ]
    )


def landline(r, area):
    n = 10 - len(area)
    d = str(r.randint(2, 8)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
    return r.choice(
        [f"{area}-{d}", f"({area}) {d[:3]} {d[3:]}", f"+31 {area[1:]} {d}", f"{area} {d[:3]} {d[3:5]} {d[5:]}"]
    )


def dob(r):
    y, m, d = r.randint(1929, 2009), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d} {N.MONTHS[m - 1]} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {N.MONTHS_SHORT[m - 1]} {y}",
            f"{d} {N.MONTHS[m - 1]} '{str(y)[2:]}",
            f"{d:02d}{m:02d}{y}",
        ]
    )


def odate(r, year=2026):
    m, d = r.randint(1, 12), r.randint(1, 28)
    return f"{d} {N.MONTHS[m - 1]} {year}"


def case_no(r, kind="gpk"):
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    forms = {
        "gpk": [f"GPK-26-{D(5)}", f"PK/26/{D(4)}-K", f"GPP.2026.{D(4)}", f"BZ26-{D(4)}-GPK"],
        "wmo": [f"WMO/2026/{D(4)}", f"VV26-{D(5)}", f"Z-26.{D(6)}", f"MZ.26.{D(4)}.B"],
        "rit": [f"RIT-{D(2)}{r.choice('ABCDEF')}{D(5)}", f"R26-{D(6)}", f"VB {D(3)}-{D(4)}"],
        "wo": [f"WO-26-{D(5)}", f"SVC{D(7)}", f"HM/{D(3)}/{D(4)}"],
        "kl": [f"KL26-{D(4)}", f"KLW.{D(5)}", f"OMB-2026-{D(3)}"],
    }
    return r.choice(forms[kind])


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, r, origin=None, gender=None, family=None, first=None, base=None, particle=None):
        o = origin or r.choice(N.ORIGINS)
        self.origin = o[0]
        self.gender = gender or r.choice("mf")
        firsts = (o[1] if self.gender == "m" else o[2]).split()
        self.first = first or r.choice(firsts)
        if family is not None:
            self.base, self.particle, self.origin = family.base, family.particle, family.origin
        else:
            stems = o[3].split()
            ends = o[4].split() or [""]
            pres = o[5].split("|") if o[5] else [""]
            parts = o[6].split("|") if o[6] else [""]
            self.base = base or (r.choice(pres) + r.choice(stems) + r.choice(ends))
            self.particle = particle if particle is not None else r.choice(parts)
        if base:
            self.base = base
        if particle is not None and family is None:
            self.particle = particle

    @property
    def sur(self):
        return f"{self.particle} {self.base}" if self.particle else self.base

    @property
    def bare(self):
        s = self.sur
        return s[0].upper() + s[1:]

    @property
    def full(self):
        return f"{self.first} {self.sur}"

    def title(self, r):
        return r.choice(["mevrouw", "mevr.", "mw."] if self.gender == "f" else ["meneer", "de heer", "dhr."])

    def Title(self, r):
        return r.choice(["Mevrouw", "Mevr."] if self.gender == "f" else ["Meneer", "De heer", "Dhr."])


class B:
    """Document builder: collects pii items and keep words while a text is written."""

    def __init__(self, r, i):
        self.r, self.i = r, i
        self.pii, self.keep, self.shapes = [], [], []

    def p(self, text, label):
        self.pii.append({"text": text, "label": label})
        return text

    def k(self, *words):
        self.keep.extend(words)

    # person forms
    def full(self, p):
        return self.p(p.full, "PERSON")

    def bare(self, p, cap=False):
        t = p.Title(self.r) if cap else p.title(self.r)
        return f"{t} {self.p(p.bare, 'PERSON')}"

    def first(self, p):
        return self.p(p.first, "PERSON")

    def ini(self, p):
        return self.p(f"{p.first[0]}. {p.sur}", "PERSON")

    def poss(self, p):
        s = p.bare + ("'s" if p.bare[-1] in "aeiouy" else "s")
        return self.p(s, "PERSON")

    def upper(self, p):
        return self.p(f"{p.sur.upper()}, {p.first[0]}.", "PERSON")

    def filepart(self, p):
        return self.p(re.sub(r"[^\w]", "", p.base).lower(), "PERSON")

    def any(self, p):
        return self.r.choice([self.full, self.ini, self.full])(p)

    def use(self, fn, c):
        self.shapes.append(fn.__name__)
        return fn(self, c)


class Ctx:
    def __init__(self, r, i, known):
        self.r = r
        self.city = r.choice(N.CITIES)
        self.res = Person(r)
        self.known = None
        if known:
            w, slot, part, sent = r.choice(N.KNOWN)
            if slot == "sur":
                self.res = Person(r, base=w, particle=part)
            else:
                self.res = Person(r, origin=N.ORIGINS[0], gender="f", first=w)
            self.known = (w, sent)
        self.fam = Person(
            r,
            family=self.res,
            origin=[o for o in N.ORIGINS if o[0] == self.res.origin][0]
            if self.res.origin != "Nederlands" or not known
            else N.ORIGINS[0],
        )
        while self.fam.first == self.res.first:
            self.fam.first += "a" if self.fam.gender == "f" else "o"
        self.nb = Person(r)
        self.off = Person(r)
        self.doc = Person(r)
        self.ergo = Person(r)
        self.drv = Person(r)
        self.disp = Person(r)
        self.sup = Person(r)
        self.med = Person(r)
        cn, pc2, area, short, dom = self.city
        st = (
            r.choice(N.STREET_A) + r.choice(N.STREET_B)
            if r.random() < 0.8
            else f"{r.choice(N.STREET_PRE)}{r.choice(['straat', 'laan', 'plein'])}"
        )
        self.street = st
        self.addr = f"{st} {r.randint(1, 240)}" + r.choice(["", "", "", "-A", "b", " bis", "-3"])
        self.pc = f"{pc2}{r.randint(10, 99)} {r.choice(N.PLATE_LETTERS)}{r.choice('ABEHKLMNPRTVWXZ')}"
        self.pc = self.pc if r.random() < 0.8 else self.pc.replace(" ", "")
        self.street2 = r.choice([s for s in N.STREET_A if s not in st]) + r.choice(N.STREET_B)
        self.addr2 = f"{self.street2} {r.randint(1, 120)}"
        self.phone = mobile(r)
        self.phone2 = landline(r, area)
        self.fphone = mobile(r)
        self.offphone = landline(r, area)
        u = lambda p: re.sub(r"[^a-z]", "", p.base.lower())
        f = lambda p: re.sub(r"[^a-z]", "", p.first.lower()) or "x"
        prov = r.choice(N.MAIL_PROVIDERS)
        self.mail = r.choice(
            [
                f"{f(self.res)}.{u(self.res)}@{prov}",
                f"{f(self.res)[0]}{u(self.res)}{r.randint(40, 99)}@{prov}",
                f"{u(self.res)}.{f(self.res)}@{prov}",
                f"fam{u(self.res)}@{prov}",
            ]
        )
        self.fmail = f"{f(self.fam)}_{u(self.fam)}@{r.choice(N.MAIL_PROVIDERS)}"
        self.offmail = f"{f(self.off)[0]}.{u(self.off)}@{dom}"
        self.dob = dob(r)
        self.bsn = bsn(r)
        self.iban = iban(r)
        self.plate = plate(r)
        self.gpk = case_no(r, "gpk")
        self.wmo = case_no(r, "wmo")
        self.rit = case_no(r, "rit")
        self.wo = case_no(r, "wo")
        self.kl = case_no(r, "kl")
        self.d1 = odate(r)
        self.d2 = odate(r)
        while self.d2 == self.d1:
            self.d2 = odate(r)
        self.day = r.choice(N.WEEKDAYS)
        self.amount = f"€ {r.randint(12, 180)},{r.choice(['00', '50', '25', '95'])}"
        self.info = f"info@{dom}"
        self.wmomail = f"wmo@{dom}"
        self.stop = r.choice(
            ["Stadhuis", "Ziekenhuis", "Zwembad", "Bibliotheek", "Gezondheidscentrum", "Station Noord"]
        )
        self.dept = r.choice(
            [
                "Team Wmo",
                "Team Vervoersvoorzieningen",
                "Afdeling Parkeren",
                "Loket Zorg en Welzijn",
                "Sociaal Wijkteam",
                "Klantcontactcentrum",
            ]
        )
        self.func = r.choice(
            [
                "Wmo-consulent",
                "beleidsmedewerker parkeren",
                "klantmanager",
                "medewerker vergunningen",
                "casemanager",
                "teamleider",
            ]
        )


# ---------------------------------------------------------------- line shapes (headers, blocks, signatures)


@shape("line")
def ln_address_block(b, c):
    b.k(c.city[0])
    return f"{b.full(c.res)}\n{b.p(c.addr, 'ADDRESS')}\n{b.p(c.pc, 'POSTCODE')} {c.city[0]}"


@shape("line")
def ln_kenmerk(b, c):
    b.k("Kenmerk", "Datum")
    return f"Kenmerk: {b.p(c.gpk, 'CASE_NUMBER')}\nDatum: {c.d1}"


@shape("line")
def ln_betreft(b, c):
    b.k("Betreft", "gehandicaptenparkeerkaart")
    return f"Betreft: aanvraag gehandicaptenparkeerkaart en -parkeerplaats, uw zaaknummer {b.p(c.gpk, 'CASE_NUMBER')}"


@shape("line")
def ln_sign_official(b, c):
    b.k(c.dept.split()[-1], "groet")
    return f"Met vriendelijke groet,\n\n{b.full(c.off)}\n{c.func}, {c.dept}\nGemeente {c.city[0]}"


@shape("line")
def ln_sign_resident(b, c):
    b.k("Hoogachtend")
    return f"Hoogachtend,\n{b.any(c.res)}"


@shape("line")
def ln_contact_municipal(b, c):
    b.k(c.info, c.city[3])
    return f"Vragen? Bel {c.city[3]} of mail naar {c.info}."


@shape("line")
def ln_form_fields(b, c):
    b.k("Aanvrager", "Geboortedatum", "Burgerservicenummer", "Telefoon")
    return (
        f"Aanvrager: {b.upper(c.res)}\nGeboortedatum: {b.p(c.dob, 'DATE_OF_BIRTH')}\n"
        f"Burgerservicenummer: {b.p(fmt_bsn(b.r, c.bsn), 'BSN')}\nTelefoon: {b.p(c.phone, 'PHONE')}"
    )


@shape("line")
def ln_form_vehicle(b, c):
    b.k("Kenteken", "Merk", "Parkeerplaats")
    car = b.r.choice(["Toyota Yaris", "Volkswagen Caddy", "Renault Kangoo", "Kia Niro", "Peugeot Rifter"])
    return (
        f"Kenteken: {b.p(c.plate, 'LICENSE_PLATE')} | Merk: {car}\nParkeerplaats gewenst bij: {b.p(c.addr, 'ADDRESS')}"
    )


@shape("line")
def ln_attachment(b, c):
    b.k("Bijlage", "keuringsrapport")
    fp = b.filepart(c.res)
    return f"Bijlage: keuringsrapport van de GGD (bestand keuringsrapport_{fp}_{c.d1.split()[-1]}.pdf)"


@shape("line")
def ln_mail_header(b, c):
    b.k("Onderwerp", "Aan")
    return f"Van: {b.full(c.res)} <{b.p(c.mail, 'EMAIL')}>\nAan: {c.wmomail}\nOnderwerp: klacht over de taxirit van {c.day}"


@shape("line")
def ln_iban_line(b, c):
    b.k("vergoeding", "rekening")
    return (
        f"De vergoeding van {c.amount} kan worden overgemaakt op rekening "
        f"{b.p(fmt_iban(b.r, c.iban), 'IBAN')} ten name van {b.ini(c.res)}."
    )


@shape("line")
def ln_trip_row(b, c):
    b.k("rolstoel", "begeleider")
    h = f"{b.r.randint(7, 17):02d}:{b.r.choice(['00', '15', '30', '45'])}"
    return f"{c.day[:2]} {h}  {b.p(c.addr, 'ADDRESS')} > halte {c.stop}  (rolstoel, 1 begeleider)  rit {b.p(c.rit, 'RIT' and 'CASE_NUMBER')}"


@shape("line")
def ln_log_entry(b, c):
    b.k("Beller", "terugbelverzoek")
    return f"{c.d1} – Beller: {b.full(c.fam)} ({b.p(c.fphone, 'PHONE')}), terugbelverzoek genoteerd."


@shape("line")
def ln_cc(b, c):
    b.k("Kopie", "ombudsman")
    return f"Kopie aan: {b.full(c.med)}, ombudsman, en {b.full(c.ergo)}, ergotherapeut."


@shape("line")
def ln_workorder(b, c):
    b.k("Werkorder", "Klant")
    return f"Werkorder {b.p(c.wo, 'CASE_NUMBER')} | Klant: {b.upper(c.res)} | {b.p(c.addr, 'ADDRESS')}, {b.p(c.pc, 'POSTCODE')}"


LINES = [fn for fn in list(globals().values()) if getattr(fn, "kind", None) == "line"]


# ---------------------------------------------------------------- sentence shapes


@shape("sentence")
def s_apply_card(b, c):
    b.k("parkeerkaart", "bestuurder")
    return (
        f"{b.bare(c.res, True)} vraagt een parkeerkaart als bestuurder aan, omdat lopen na honderd meter "
        f"niet meer gaat."
    )


@shape("sentence")
def s_passenger_card(b, c):
    b.k("passagierskaart", "Omdat")
    return (
        f"Omdat {b.first(c.res)} zelf niet rijdt, is een passagierskaart aangevraagd; {b.ini(c.fam)} rijdt "
        f"de auto met kenteken {b.p(c.plate, 'LICENSE_PLATE')}."
    )


@shape("sentence")
def s_keuring_appt(b, c):
    b.k("keuringsarts", "GGD")
    return f"De keuringsarts van de GGD ziet {b.bare(c.res)} op {c.d2} om 10.20 uur; neem uw medicijnlijst mee."


@shape("sentence")
def s_keuring_result(b, c):
    b.k("loopafstand", "advies")
    return (
        f"Uit het advies blijkt dat de loopafstand van {b.full(c.res)}, geboren op "
        f"{b.p(c.dob, 'DATE_OF_BIRTH')}, minder dan honderd meter is."
    )


@shape("sentence")
def s_keuring_negative(b, c):
    b.k("afgewezen", "medisch")
    return (
        f"De aanvraag is afgewezen omdat de keuringsarts het medisch niet onderbouwd vond, schrijft "
        f"{b.poss(c.fam)} zoon — maar {b.bare(c.res)} kan echt niet verder lopen dan de brievenbus."
    )


@shape("sentence")
def s_plate_change(b, c):
    b.k("kentekenwijziging", "bord")
    new = plate(b.r)
    return (
        f"Na de kentekenwijziging moet op het bord bij {b.p(c.addr, 'ADDRESS')} het nieuwe kenteken "
        f"{b.p(new, 'LICENSE_PLATE')} komen in plaats van {b.p(c.plate, 'LICENSE_PLATE')}."
    )


@shape("sentence")
def s_spot_misuse(b, c):
    b.k("handhaving", "buurman")
    return (
        f"Volgens {b.bare(c.res)} staat een buurman, {b.full(c.nb)}, bijna elke avond op de gehandicaptenparkeerplaats "
        f"in de {b.p(c.street, 'ADDRESS')}; de handhaving komt pas de volgende ochtend."
    )


@shape("sentence")
def s_spot_fee(b, c):
    b.k("leges", "Belastingen")
    return (
        f"De leges van {c.amount} zijn door Belastingen afgeschreven van {b.p(fmt_iban(b.r, c.iban), 'IBAN')}, "
        f"terwijl {b.bare(c.res)} de aanvraag al had ingetrokken."
    )


@shape("sentence")
def s_gp_statement(b, c):
    b.k("huisarts", "COPD")
    return (
        f"Als huisarts bevestig ik dat mijn patiënt {b.full(c.res)} (geb. {b.p(c.dob, 'DATE_OF_BIRTH')}) door ernstige "
        f"COPD kortademig is. — {b.full(c.doc)}, huisarts"
    )


@shape("sentence")
def s_gp_refuse(b, c):
    b.k("praktijk", "verklaring")
    return (
        f"De praktijk van dokter {b.p(c.doc.bare, 'PERSON')} geeft geen verklaring af voor de parkeerkaart; "
        f"dat is aan de GGD, aldus de assistente."
    )


@shape("sentence")
def s_ergo_stairlift(b, c):
    b.k("traplift", "ergotherapeut")
    return (
        f"{b.full(c.ergo)}, ergotherapeut, adviseert een traplift met draaistoel in de woning van "
        f"{b.bare(c.res)} aan de {b.p(c.addr, 'ADDRESS')}."
    )


@shape("sentence")
def s_ergo_measure(b, c):
    b.k("trapgat", "centimeter")
    return f"Het trapgat is 74 centimeter breed; {b.ini(c.ergo)} twijfelt of een rail aan de binnenbocht past."


@shape("sentence")
def s_stairlift_fault(b, c):
    b.k("storing", "monteur")
    return (
        f"De traplift van {b.bare(c.res)} staat sinds {c.day} in storing en de monteur komt pas over een week "
        f"(werkorder {b.p(c.wo, 'CASE_NUMBER')})."
    )


@shape("sentence")
def s_scooter_delivery(b, c):
    b.k("scootmobiel", "leverancier")
    return (
        f"De leverancier bracht de scootmobiel naar {b.p(c.addr2, 'ADDRESS')}, het adres van familielid "
        f"{b.full(c.fam)}, in plaats van naar de cliënt zelf."
    )


@shape("sentence")
def s_scooter_battery(b, c):
    b.k("accu", "servicedesk")
    return (
        f"De accu van de scootmobiel haalt nog maar vier kilometer; de servicedesk zegt tegen {b.first(c.res)} "
        f"dat dat normaal is na twee jaar."
    )


@shape("sentence")
def s_wheelchair_fit(b, c):
    b.k("rolstoel", "zitkussen")
    return (
        f"De nieuwe rolstoel is te breed voor de deur van de badkamer en het zitkussen geeft drukplekken, "
        f"meldt {b.any(c.fam)}."
    )


@shape("sentence")
def s_wheelchair_loan(b, c):
    b.k("leenrolstoel", "reparatie")
    return f"Tijdens de reparatie kreeg {b.bare(c.res)} een leenrolstoel zonder voetsteunen."


@shape("sentence")
def s_taxi_late(b, c):
    b.k("Wmo-vervoer", "dagbesteding")
    return (
        f"Het Wmo-vervoer kwam {c.day} vijftig minuten te laat, waardoor {b.first(c.res)} de dagbesteding "
        f"miste (rit {b.p(c.rit, 'CASE_NUMBER')})."
    )


@shape("sentence")
def s_taxi_driver(b, c):
    b.k("chauffeur", "gordel")
    return (
        f"De chauffeur, die zich voorstelde als {b.first(c.drv)}, zette de rolstoel niet vast met de gordel "
        f"en reed veel te hard over de drempels."
    )


@shape("sentence")
def s_taxi_rude(b, c):
    b.k("klacht", "onbeschoft")
    hem = "haar" if c.res.gender == "f" else "hem"
    hij = "zij" if c.drv.gender == "f" else "hij"
    return (
        f"Ik dien een klacht in over chauffeur {b.full(c.drv)}: {hij} was onbeschoft tegen "
        f"{b.bare(c.res)} en liet {hem} in de regen wachten."
    )


@shape("sentence")
def s_valys_booking(b, c):
    b.k("Valys", "reisbevestiging")
    return (
        f"Valys stuurde de reisbevestiging naar {b.p(c.mail, 'EMAIL')} in plaats van naar het adres van de "
        f"begeleider, {b.p(c.fmail, 'EMAIL')}."
    )


@shape("sentence")
def s_valys_budget(b, c):
    b.k("kilometerbudget", "Valys")
    return (
        f"Het persoonlijk kilometerbudget van {b.bare(c.res)} bij Valys is op, terwijl de familie in Groningen woont."
    )


@shape("sentence")
def s_dispatch_call(b, c):
    b.k("centrale", "terugbellen")
    return (
        f"Om {b.r.randint(7, 21)}.{b.r.choice(['05', '35', '50'])} uur belde {b.full(c.fam)} naar de centrale; "
        f"{b.first(c.disp)} beloofde binnen een kwartier terugbellen op {b.p(c.fphone, 'PHONE')}."
    )


@shape("sentence")
def s_dispatch_note(b, c):
    b.k("Planning", "instaphulp")
    return (
        f"Planning: klant {b.upper(c.res)} heeft instaphulp nodig; ophalen aan de {b.p(c.street, 'ADDRESS')}, "
        f"achterom via het hek."
    )


@shape("sentence")
def s_bus_stop(b, c):
    b.k("bushalte", "perron")
    return (
        f"Bij de bushalte {c.stop} is het perron te laag, waardoor {b.bare(c.res)} met de rollator niet kan instappen."
    )


@shape("sentence")
def s_bus_stop_work(b, c):
    b.k("Openbare", "Ruimte")
    return (
        f"Meldpunt Openbare Ruimte liet weten dat de halte {c.stop} in {N.MONTHS[b.r.randint(0, 11)]} wordt verhoogd; "
        f"{b.full(c.nb)} uit de buurt wil daar eerst bewijs van zien."
    )


@shape("sentence")
def s_consultant_visit(b, c):
    b.k("keukentafelgesprek", "Wmo-consulent")
    return (
        f"Tijdens het keukentafelgesprek op {c.d1} sprak Wmo-consulent {b.full(c.off)} met {b.bare(c.res)} "
        f"en partner {b.first(c.fam)}."
    )


@shape("sentence")
def s_consultant_phone(b, c):
    b.k("rechtstreeks", "bereikbaar")
    return f"{b.bare(c.off, True)} is rechtstreeks bereikbaar op {b.p(c.offphone, 'PHONE')} of via {b.p(c.offmail, 'EMAIL')}."


@shape("sentence")
def s_decision(b, c):
    b.k("toegekend", "beschikking")
    return (
        f"In de beschikking van {c.d2} (zaak {b.p(c.wmo, 'CASE_NUMBER')}) is een vervoerspas toegekend voor "
        f"1500 kilometer per jaar."
    )


@shape("sentence")
def s_objection(b, c):
    b.k("bezwaar", "Bezwaarcommissie")
    return (
        f"Hierbij maak ik bezwaar tegen het besluit met kenmerk {b.p(c.gpk, 'CASE_NUMBER')}; de Bezwaarcommissie "
        f"kan mij bereiken op {b.p(c.phone, 'PHONE')}."
    )


@shape("sentence")
def s_mediator(b, c):
    b.k("Bemiddelaar", "afspraak")
    return (
        f"Bemiddelaar {b.full(c.med)} heeft met {b.full(c.off)} de afspraak gemaakt dat de parkeerplaats "
        f"binnen zes weken wordt aangelegd."
    )


@shape("sentence")
def s_mediator_ctrl(b, c):
    b.k("controlevraag", "Alles")
    return f"Op de controlevraag „Is alles geregeld?” antwoordde {b.bare(c.res)}: „Alles behalve het bord.”"


@shape("sentence")
def s_resident_quote(b, c):
    b.k("vergunning", "buiten")
    return (
        f"„Zonder die vergunning kom ik de deur niet meer uit,” zegt {b.full(c.res)}, die sinds een beroerte "
        f"aan de {b.p(c.street, 'ADDRESS')} woont en zelden buiten komt."
    )


@shape("sentence")
def s_carer(b, c):
    b.k("mantelzorger", "boodschappen")
    return (
        f"Als mantelzorger doe ik de boodschappen voor {b.bare(c.res)}; ik ben {b.full(c.fam)}, "
        f"familie, bereikbaar via {b.p(c.fmail, 'EMAIL')}."
    )


@shape("sentence")
def s_neighbour(b, c):
    b.k("buurvrouw", "oprit")
    return f"De buurvrouw, {b.full(c.nb)} van nummer {b.r.randint(2, 90)}, parkeert haar busje steeds voor de oprit."


@shape("sentence")
def s_dob_inline(b, c):
    b.k("Gegevens", "gecontroleerd")
    return (
        f"Gegevens gecontroleerd: {b.any(c.res)}, {b.p(c.dob, 'DATE_OF_BIRTH')}, {b.p(c.addr, 'ADDRESS')}, "
        f"{b.p(c.pc, 'POSTCODE')} {c.city[0]}."
    )


@shape("sentence")
def s_dob_paren(b, c):
    b.k("eigen", "bijdrage")
    return f"Voor {b.full(c.res)} (°{b.p(c.dob, 'DATE_OF_BIRTH')}) geldt geen eigen bijdrage voor de vervoerspas."


@shape("sentence")
def s_bsn_check(b, c):
    b.k("BRP", "klopt")
    return f"Het BSN {b.p(fmt_bsn(b.r, c.bsn), 'BSN')} klopt volgens de BRP, maar het huisnummer niet."


@shape("sentence")
def s_refund(b, c):
    b.k("terugbetaald", "werkdagen")
    return (
        f"Het teveel betaalde bedrag van {c.amount} wordt binnen tien werkdagen terugbetaald op "
        f"{b.p(fmt_iban(b.r, c.iban), 'IBAN')}."
    )


@shape("sentence")
def s_lowercase_handle(b, c):
    b.k("Facebook", "buurtgroep")
    h = b.p(c.res.first.lower(), "PERSON")
    return f"In de buurtgroep op Facebook schreef {h}_{b.filepart(c.res)} dat de taxi weer niet kwam."


@shape("sentence")
def s_caps_shout(b, c):
    b.k("ALWEER", "TAXI")
    return f"Berichtje van {b.first(c.fam)}: ALWEER GEEN TAXI VOOR {b.p(c.res.bare.upper(), 'PERSON')}!!"


@shape("sentence")
def s_possessive(b, c):
    b.k("indicatie", "verlopen")
    return f"{b.poss(c.res)} indicatie voor Wmo-vervoer is op {c.d2} verlopen zonder dat iemand het zag."


@shape("sentence")
def s_postcode_mixup(b, c):
    b.k("postcode", "teruggestuurd")
    return (
        f"De pas is naar postcode {b.p(c.pc, 'POSTCODE')} gestuurd, maar het huisnummer ontbrak en de post "
        f"heeft hem teruggestuurd."
    )


@shape("sentence")
def s_supplier_desk(b, c):
    b.k("Servicedesk", "hulpmiddelen")
    return (
        f"Servicedesk hulpmiddelen, {b.full(c.sup)}: de rolstoel van {b.bare(c.res)} wordt {c.day} "
        f"tussen 8 en 12 uur opgehaald."
    )


@shape("sentence")
def s_supplier_phone(b, c):
    b.k("vestiging", "storingslijn")
    return (
        f"De storingslijn verwees {b.first(c.fam)} naar de vestiging in {c.city[0]}, die zij op {b.p(c.phone2, 'PHONE')} "
        f"probeerde te bellen."
    )


@shape("sentence")
def s_ramp(b, c):
    b.k("drempelhulp", "woningaanpassing")
    return f"Voor de woningaanpassing aan de {b.p(c.street, 'ADDRESS')} is alleen een drempelhulp goedgekeurd."


@shape("sentence")
def s_reorg(b, c):
    b.k("reorganisatie", "zoekgeraakt")
    return f"Door de reorganisatie bij {c.dept} is het dossier {b.p(c.wmo, 'CASE_NUMBER')} zoekgeraakt."


@shape("sentence")
def s_double_name(b, c):
    b.k("beiden", "opgehaald")
    return f"{b.full(c.res)} en {b.full(c.fam)} wonen samen; beiden moeten op {c.day} opgehaald worden."


@shape("sentence")
def s_initials_list(b, c):
    b.k("Aanwezig", "verslag")
    return (
        f"Aanwezig bij het verslag: {b.ini(c.off)} ({c.func}), {b.ini(c.ergo)} (ergotherapeut) en "
        f"{b.ini(c.med)} (bemiddelaar)."
    )


@shape("sentence")
def s_plate_spot(b, c):
    b.k("kentekenplaats", "verkeersbesluit")
    return (
        f"Het verkeersbesluit voor de kentekenplaats op naam van {b.ini(c.res)} noemt kenteken "
        f"{b.p(c.plate, 'LICENSE_PLATE')}."
    )


@shape("sentence")
def s_complaint_number(b, c):
    b.k("klachtnummer", "ontvangstbevestiging")
    return (
        f"U ontving een ontvangstbevestiging met klachtnummer {b.p(c.kl, 'CASE_NUMBER')}; dat nummer staat niet "
        f"in het systeem van de vervoerder."
    )


@shape("sentence")
def s_deadline(b, c):
    b.k("uiterlijk", "schriftelijk")
    return f"U hoort uiterlijk {c.d2} schriftelijk van ons, {b.bare(c.res)}."


@shape("sentence")
def s_voicemail(b, c):
    b.k("voicemail", "gebeld")
    return (
        f"Ingesproken voicemail: „Met {b.full(c.fam)}, ik heb drie keer gebeld over mijn familielid, bel me terug "
        f"op {b.p(c.fphone, 'PHONE')}.”"
    )


@shape("sentence")
def s_driver_id(b, c):
    b.k("rittenlijst", "vervoerder")
    return (
        f"De vervoerder weigert de naam van de chauffeur te geven; alleen de voornaam {b.first(c.drv)} "
        f"staat op de rittenlijst."
    )


@shape("sentence")
def s_dog(b, c):
    b.k("hulphond", "geweigerd")
    return f"{b.bare(c.res, True)} werd met de hulphond geweigerd in de regiotaxi."


@shape("sentence")
def s_overnight(b, c):
    b.k("ziekenhuis", "retourrit")
    return f"De retourrit vanuit het ziekenhuis stond op naam van {b.ini(c.fam)}, niet van de patiënt zelf."


@shape("sentence")
def s_email_lower(b, c):
    b.k("e-mailadres", "gewijzigd")
    return f"Het e-mailadres is gewijzigd in {b.p(c.mail, 'EMAIL')}; het oude adres werkt niet meer."


SENTS = [fn for fn in list(globals().values()) if getattr(fn, "kind", None) == "sentence"]


def known_use(b, c):
    w = c.known[0].lower()
    b.k(w)
    b.shapes.append("known_use")
    lead = f"Het gaat om {b.full(c.res)}. " if c.res.full not in " ".join(i["text"] for i in b.pii) else ""
    return lead + c.known[1].format(w=w)


SHAPES["known_use"] = "sentence"


def body(b, c, n):
    picks = b.r.sample(SENTS, n)
    out = [b.use(fn, c) for fn in picks]
    if c.known:
        out.insert(b.r.randint(1, len(out)), known_use(b, c))
    return out


# ---------------------------------------------------------------- document shapes


@shape("document")
def d_letter_application(b, c):
    b.k("Geachte", "Gemeente")
    return "\n\n".join(
        [
            b.use(ln_address_block, c),
            f"Aan Gemeente {c.city[0]}, {c.dept}",
            b.use(ln_betreft, c),
            "Geachte heer, mevrouw,",
            " ".join(body(b, c, 3)),
            b.use(ln_sign_resident, c),
        ]
    )


@shape("document")
def d_decision_letter(b, c):
    b.k("Besluit", "Gemeente")
    return "\n\n".join(
        [
            f"Gemeente {c.city[0]}",
            b.use(ln_address_block, c),
            b.use(ln_kenmerk, c),
            "Besluit",
            " ".join(body(b, c, 3)),
            b.use(ln_contact_municipal, c),
            b.use(ln_sign_official, c),
        ]
    )


@shape("document")
def d_application_form(b, c):
    b.k("Aanvraagformulier", "Toelichting")
    return "\n".join(
        [
            "Aanvraagformulier gehandicaptenparkeervoorziening",
            b.use(ln_form_fields, c),
            b.use(ln_form_vehicle, c),
            "Toelichting: " + " ".join(body(b, c, 2)),
            b.use(ln_attachment, c),
        ]
    )


@shape("document")
def d_medical_report(b, c):
    b.k("Medisch", "Conclusie")
    b.k("BSN")
    return "\n".join(
        [
            f"Medisch advies GGD – {c.city[0]}",
            f"Betrokkene: {b.full(c.res)}, geb. {b.p(c.dob, 'DATE_OF_BIRTH')}, BSN {b.p(fmt_bsn(b.r, c.bsn), 'BSN')}",
            f"Dossier: {b.p(c.gpk, 'CASE_NUMBER')}",
            "Bevindingen: " + " ".join(body(b, c, 2)),
            f"Conclusie: voldoet aan de criteria. Keuringsarts: {b.full(c.doc)}",
        ]
    )


@shape("document")
def d_call_log(b, c):
    b.k("Gespreksnotitie", "Actie")
    return "\n".join(
        [
            f"Gespreksnotitie {c.dept} – {c.d1}",
            b.use(ln_log_entry, c),
            " ".join(body(b, c, 2)),
            f"Actie: {b.ini(c.off)} belt terug.",
        ]
    )


@shape("document")
def d_trip_list(b, c):
    b.k("Rittenlijst", "Opmerkingen")
    return "\n".join(
        [
            f"Rittenlijst week {b.r.randint(2, 51)} – Wmo-vervoer regio {c.city[0]}",
            b.use(ln_trip_row, c),
            f"Klant: {b.upper(c.res)}, tel. {b.p(c.phone, 'PHONE')}",
            "Opmerkingen: " + " ".join(body(b, c, 2)),
        ]
    )


@shape("document")
def d_complaint_mail(b, c):
    b.k("Beste", "Groet")
    return "\n".join(
        [b.use(ln_mail_header, c), "", "Beste mensen,", " ".join(body(b, c, 3)), "", f"Groet, {b.first(c.res)}"]
    )


@shape("document")
def d_supplier_ticket(b, c):
    b.k("Ticket", "Status")
    return "\n".join(
        [
            f"Ticket servicedesk – {c.d1}",
            b.use(ln_workorder, c),
            " ".join(body(b, c, 2)),
            f"Status: ingepland, behandelaar {b.full(c.sup)}",
        ]
    )


@shape("document")
def d_ergo_report(b, c):
    b.k("Rapportage", "Advies")
    return "\n".join(
        [
            f"Rapportage ergotherapie – {b.full(c.ergo)}",
            f"Cliënt: {b.ini(c.res)}, {b.p(c.addr, 'ADDRESS')}",
            " ".join(body(b, c, 3)),
            "Advies: traplift en douchestoel.",
        ]
    )


@shape("document")
def d_gp_letter(b, c):
    b.k("Huisartsenpraktijk", "collega")
    return "\n\n".join(
        [
            f"Huisartsenpraktijk {b.r.choice(['De Linde', 'Het Anker', 'Oostpoort', 'De Vaart'])}",
            "Geachte collega,",
            " ".join(body(b, c, 2)),
            f"Met collegiale groet,\n{b.full(c.doc)}",
        ]
    )


@shape("document")
def d_mediator_record(b, c):
    b.k("Verzoek", "afstemming", "Afspraak")
    return "\n".join(
        [
            f"Verzoek tot afstemming – {c.d1}",
            f"Verzoeker: {b.full(c.res)}, {b.p(c.phone, 'PHONE')}",
            " ".join(body(b, c, 3)),
            f"Afspraak vastgelegd door {b.ini(c.med)}.",
            b.use(ln_cc, c),
        ]
    )


@shape("document")
def d_objection_letter(b, c):
    b.k("Bezwaarschrift", "Datum")
    return "\n\n".join(
        [
            f"Bezwaarschrift – Datum: {c.d2}",
            b.use(ln_address_block, c),
            " ".join(body(b, c, 3)),
            b.use(ln_sign_resident, c),
        ]
    )


@shape("document")
def d_refund_letter(b, c):
    b.k("Terugbetaling", "Gemeente")
    return "\n\n".join(
        [
            f"Gemeente {c.city[0]} – Terugbetaling",
            b.use(ln_kenmerk, c),
            " ".join(body(b, c, 2)),
            b.use(ln_iban_line, c),
            b.use(ln_sign_official, c),
        ]
    )


@shape("document")
def d_dispatch_handover(b, c):
    b.k("Overdracht", "nachtdienst")
    return "\n".join(
        [
            f"Overdracht nachtdienst centrale – {c.day}",
            f"Dienst: {b.full(c.disp)}",
            " ".join(body(b, c, 2)),
            b.use(ln_log_entry, c),
        ]
    )


@shape("document")
def d_chat(b, c):
    b.k("Chat", "Gemeente")
    lines = [
        f"Chat met Gemeente {c.city[0]} – {c.d1}",
        f"[{b.first(c.res)}] " + b.use(s_taxi_late, c),
        f"[medewerker {b.first(c.off)}] " + " ".join(body(b, c, 2)),
    ]
    return "\n".join(lines)


@shape("document")
def d_internal_memo(b, c):
    b.k("Memo", "Onderwerp")
    return "\n".join(
        [
            f"Memo aan {c.dept}",
            f"Onderwerp: zaak {b.p(c.wmo, 'CASE_NUMBER')}",
            " ".join(body(b, c, 3)),
            f"— {b.full(c.off)}, {c.func}",
        ]
    )


@shape("document")
def d_appointment(b, c):
    b.k("Afspraakbevestiging", "Locatie")
    return "\n".join(
        [
            "Afspraakbevestiging keuring",
            f"Voor: {b.full(c.res)} ({b.p(c.dob, 'DATE_OF_BIRTH')})",
            f"Locatie: Gezondheidscentrum, {c.d2}",
            " ".join(body(b, c, 2)),
            b.use(ln_contact_municipal, c),
        ]
    )


@shape("document")
def d_enforcement(b, c):
    b.k("Handhaving", "Proces-verbaal")
    return "\n".join(
        [
            f"Handhaving – melding {c.d1}",
            f"Voertuig {b.p(plate(b.r), 'LICENSE_PLATE')} op kentekenplaats "
            f"{b.p(c.plate, 'LICENSE_PLATE')} bij {b.p(c.addr, 'ADDRESS')}.",
            " ".join(body(b, c, 2)),
            "Proces-verbaal opgemaakt.",
        ]
    )


@shape("document")
def d_bus_stop_report(b, c):
    b.k("Toegankelijkheid", "schouw")
    return "\n".join(
        [
            f"Toegankelijkheid haltes – schouw {c.d1}",
            b.use(s_bus_stop, c),
            " ".join(body(b, c, 2)),
            f"Gemeld door {b.full(c.nb)}, {b.p(c.addr2, 'ADDRESS')}",
        ]
    )


@shape("document")
def d_valys_form(b, c):
    b.k("Valys", "Reiziger", "Begeleider")
    return "\n".join(
        [
            "Valys – wijziging reizigersgegevens",
            f"Reiziger: {b.full(c.res)}, BSN {b.p(fmt_bsn(b.r, c.bsn), 'BSN')}",
            f"Begeleider: {b.full(c.fam)}",
            b.use(s_valys_booking, c),
            " ".join(body(b, c, 2)),
        ]
    )


@shape("document")
def d_stairlift_quote(b, c):
    b.k("Offerte", "Montage")
    return "\n".join(
        [
            f"Offerte traplift – {c.d1}",
            b.use(ln_workorder, c),
            b.use(s_ergo_measure, c),
            " ".join(body(b, c, 2)),
            f"Montage na goedkeuring door {c.dept}.",
        ]
    )


@shape("document")
def d_consult_report(b, c):
    b.k("Gespreksverslag", "Conclusie")
    return "\n".join(
        [
            f"Gespreksverslag {c.dept}",
            b.use(s_consultant_visit, c),
            " ".join(body(b, c, 3)),
            "Conclusie: vervoerspas en scootmobiel.",
        ]
    )


@shape("document")
def d_family_letter(b, c):
    b.k("Namens", "moeder" if c.res.gender == "f" else "vader")
    return "\n\n".join(
        [
            f"Namens mijn {'moeder' if c.res.gender == 'f' else 'vader'} {b.full(c.res)} (BSN {b.p(fmt_bsn(b.r, c.bsn), 'BSN')}) schrijf ik u.",
            " ".join(body(b, c, 3)),
            f"Vriendelijke groet,\n{b.full(c.fam)}\n{b.p(c.fphone, 'PHONE')}",
        ]
    )


@shape("document")
def d_short_note(b, c):
    b.k("Notitie")
    return "Notitie: " + " ".join(body(b, c, 4))


DOCS = [fn for fn in list(globals().values()) if getattr(fn, "kind", None) == "document"]


# ---------------------------------------------------------------- assembly and gates


def _dedupe(items):
    seen, out = set(), []
    for it in items:
        key = (it["text"], it["label"]) if isinstance(it, dict) else it
        if key not in seen:
            seen.add(key)
            out.append(it)
    return out


def build(i, seed_str):
    r = random.Random(seed_str)
    known = i % 4 == 1
    c = Ctx(r, i, known)
    b = B(r, i)
    frame = r.choice(DOCS)
    b.shapes.append(frame.__name__)
    text = frame(b, c)
    doc = {"id": f"fresh26f-{i:04d}", "text": text, "pii": _dedupe(b.pii), "keep": _dedupe(b.keep)}
    if known:
        kn = {"names": [c.res.full]}
        if c.mail in text:
            kn["emails"] = [c.mail]
        if c.phone in text:
            kn["phones"] = [c.phone]
        doc["known"] = kn
    return doc, b.shapes


def _words(s):
    return {w for w in re.split(r"[^\w']+", s.lower()) if w and w not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    try:
        _score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    text = doc["text"]
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
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
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
        shared = _words(k) & names
        if shared and not (k == k.lower() and shared <= known_words and k in text):
            return f"keep shares a name word: {k}"
    if "known" in doc:
        if not any(k == k.lower() and _words(k) & known_words for k in doc["keep"]):
            return "known document without the ordinary use"
    return None


def generate():
    docs, shapes_used, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        doc, sh = build(i, f"{SEED}-{i}")
        attempt = 0
        while gate(doc) is not None:
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"document {i} keeps failing: {gate(doc)}")
            doc, sh = build(i, f"{SEED}-{i}-{attempt}")
        shapes_used.update(sh)
        docs.append(doc)
    return docs, shapes_used, redraws


def render(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes_used, redraws = generate()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == render(docs)
        print("fresh26f_texts.jsonl is up to date" if same else "fresh26f_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        kinds = Counter(SHAPES.values())
        print(
            f"shapes registered: {len(SHAPES)} ({kinds['document']} document, {kinds['line']} line, "
            f"{kinds['sentence']} sentence); used: {len(shapes_used)}"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(render(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
