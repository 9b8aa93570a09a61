"""Generate fresh23c: 300 blind-annotated Dutch chat exports, SMS threads and care diaries of family carers.

Usage: make_fresh23c.py [--check | --stats]
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
import names23c as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("score23c", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 202617103
N_DOCS = 300
OUT = HERE / "fresh23c_texts.jsonl"
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
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
SHAPES: dict[str, object] = {}
MESSAGES: list[str] = []


def shape(kind):
    def deco(fn):
        SHAPES[fn.__name__] = fn
        if kind == "msg":
            MESSAGES.append(fn.__name__)
        return fn

    return deco


# ---------------------------------------------------------------- numbers


def bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(t):
    d = re.sub(r"\D", "", t)
    if len(d) != 9:
        return False
    return (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - int(d[8])) % 11 == 0


def iban(r):
    bank = r.choice(["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acc = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = int("".join(str(int(c, 36)) for c in bank + acc + "NL00"))
    return f"NL{98 - num % 97:02d}{bank}{acc}"


def iban_ok(t):
    s = re.sub(r"\s", "", t).upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def fmt_iban(r, i):
    return r.choice([i, " ".join(i[k : k + 4] for k in range(0, len(i), 4)), i.lower()])


def phone(r, mobile=True):
    if mobile:
        d = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
        return r.choice(
            [
                f"0{d}",
                f"0{d[0]}-{d[1:]}",
                f"+31 {d[0]} {d[1:]}",
                f"06 {d[1:3]} {d[3:6]} {d[6:]}",
                f"+316{d[1:]}",
                f"0031 6 {d[1:5]} {d[5:]}",
            ]
        )
    area = r.choice(["0592", "0570", "075", "0492", "0299", "058", "0229", "0318", "045", "0182"])
    rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
    return r.choice([f"{area}-{rest}", f"{area} {rest}", f"({area}) {rest}"])


def postcode(r):
    n = r.randint(1011, 9999)
    L = "".join(r.choice("BCEGHJKLMNPRTVWXZ") for _ in range(2))
    return r.choice([f"{n} {L}", f"{n}{L}", f"{n}{L.lower()}"])


def plate(r):
    C = lambda k: "".join(r.choice("BDFGHJKLNPRSTXZ") for _ in range(k))  # noqa: E731
    D = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
    p = r.choice(
        [
            f"{C(2)}-{D(3)}-{C(1)}",
            f"{D(1)}-{C(3)}-{D(2)}",
            f"{C(1)}-{D(3)}-{C(2)}",
            f"{C(3)}-{D(2)}-{C(1)}",
            f"{D(2)}-{C(3)}-{D(1)}",
            f"{C(2)}-{C(2)}-{D(2)}",
        ]
    )
    return r.choice([p, p.replace("-", ""), p.lower()])


def case_no(r):
    y = r.choice(["2025", "2026", "25", "26"])
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
    return r.choice(
        [
            f"WMO/{y}/{n(5)}",
            f"HH-{y}.{n(4)}",
            f"TL{y[-2:]}-{n(5)}",
            f"MZ{n(3)}-{y[-2:]}-{r.choice('ABCDK')}",
            f"ZD {y}-{n(4)}-WMO",
            f"IND.{n(6)}/{y[-2:]}",
            f"SD-{n(3)}-{n(4)}",
            f"{y}-VTA-{n(4)}",
            f"BZW{n(5)}",
            f"dossier-{n(4)}-{r.choice('xyzq')}",
        ]
    )


def dob(r, cue=True):
    y, m, d = r.randint(1928, 1956), r.randint(1, 12), r.randint(1, 28)
    forms = [
        f"{d:02d}-{m:02d}-{y}",
        f"{d}-{m}-{y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d}.{m}.{y}",
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d} {MONTHS[m - 1][:3]}. {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d}/{m}/'{str(y)[2:]}",
        f"{d} {MONTHS[m - 1].capitalize()} {y}",
    ]
    return r.choice(forms), y


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, first, particle, last, role, origin):
        self.first, self.particle, self.last, self.role, self.origin = first, particle, last, role, origin

    @property
    def surname(self):  # as after a first name
        return f"{self.particle} {self.last}" if self.particle else self.last

    @property
    def surname_bare(self):  # without first name: particle capitalised
        s = self.surname
        return s[0].upper() + s[1:]

    @property
    def full(self):
        return f"{self.first} {self.surname}"

    @property
    def initials(self):
        fi = "".join(p[0] + "." for p in re.split(r"[ -]", self.first) if p)
        li = self.last[0] + "."
        return fi + li


def compose_surname(r, origin):
    firsts, pre, suf, whole = N.ORIGINS[origin]
    if whole and (not pre or r.random() < 0.5):
        return r.choice(whole)
    s = r.choice(pre) + r.choice(suf)
    return s


def make_person(r, role, origin=None, last=None, particle=None):
    origin = origin or r.choice(list(N.ORIGINS))
    first = r.choice(N.ORIGINS[origin][0])
    if last is None:
        last = compose_surname(r, origin)
        if origin in ("dutch_particle",) or (origin == "dutch" and r.random() < 0.3):
            particle = r.choice(N.PARTICLES_NL)
    return Person(first, particle, last, role, origin)


def make_cast(r, known_word=None):
    fam_origin = r.choice(list(N.ORIGINS))
    if known_word:
        fam_origin = "dutch"
        last, particle = known_word, (r.choice([None, None, "de", "van der"]))
    else:
        last, particle = None, None
    res = make_person(r, "bewoner", fam_origin, last, particle)
    if last is None:
        last, particle = res.last, res.particle
    kids = []
    used = {res.first}
    for role in r.sample(["dochter", "zoon", "dochter", "zoon"], r.randint(1, 3)):
        for _ in range(10):
            k = make_person(r, role, fam_origin, last, particle)
            if k.first not in used:
                break
        used.add(k.first)
        kids.append(k)
    if r.random() < 0.35:  # a married daughter with a double name
        other = compose_surname(r, r.choice(list(N.ORIGINS)))
        kids[0].last = f"{kids[0].last}-{other}"
    cast = {"res": res, "kids": kids, "c1": kids[0]}
    taken = {p.first for p in [res] + kids}
    lasts = {res.last}
    for role in ["buur", "zorg", "wmo", "cm", "bem", "monteur", "huisarts"]:
        for _ in range(20):
            p = make_person(r, role)
            if p.first not in taken and p.last not in lasts and not (set(p.first.split()) & taken):
                break
        taken.add(p.first)
        lasts.add(p.last)
        cast[role] = p
    return cast


# ---------------------------------------------------------------- builder


class B:
    def __init__(self, r, cast, known=None):
        self.r, self.c, self.known = r, cast, known
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []

    def add(self, text, label):
        if text and {"text": text, "label": label} not in self.pii:
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, *words):
        for w in words:
            if w not in self.keep:
                self.keep.append(w)
        return words[0]

    def P(self, p, form="full"):
        """A name in a form; registers every personal string it contains."""
        lc_ok = not (self.known and p.last == self.known)
        if form in ("first_lc", "full_lc", "last_lc") and not lc_ok:
            form = form[:-3]
        if form == "full":
            return self.add(p.full, "PERSON")
        if form == "first":
            return self.add(p.first, "PERSON")
        if form == "last":
            return self.add(p.surname_bare, "PERSON")
        if form == "first_lc":
            return self.add(p.first.lower(), "PERSON")
        if form == "full_lc":
            return self.add(p.full.lower(), "PERSON")
        if form == "last_lc":
            return self.add(p.surname.lower(), "PERSON")
        if form == "upper":
            return self.add(p.full.upper() if lc_ok else p.full, "PERSON")
        if form == "init_last":
            return self.add(f"{p.first[0]}. {p.surname_bare}", "PERSON")
        if form == "initials":
            return self.add(p.initials, "PERSON")
        if form == "pos":
            f = p.first.split()[-1] if " " in p.first else p.first
            if " " in p.first:
                return self.add(p.first, "PERSON") + "'s"
            if f[-1] in "aeiouy":
                return self.add(p.first, "PERSON") + "'s"
            if f[-1] in "sxz":
                return self.add(p.first, "PERSON") + "'"
            return self.add(p.first + "s", "PERSON")
        raise ValueError(form)

    def any_name(self, p):
        return self.P(p, self.r.choice(["full", "first", "first", "first_lc", "full_lc", "last"]))


# ---------------------------------------------------------------- message shapes (each a registered shape)


def _d(r):
    return r.choice(DAYS)


@shape("msg")
def m_stairlift_wait(b, r, c):
    return (
        f"{b.k('traplift')} is nog steeds niet besteld, {b.P(c['wmo'], 'first_lc')} zegt dat de {b.k('indicatie')} "
        f"eerst rond moet 🙄"
    )


@shape("msg")
def m_voice(b, r, c):
    return (
        r.choice(
            [
                "<Spraakbericht weggelaten>",
                "‎audio weggelaten",
                f"[Spraakbericht 0:4{r.randint(0, 9)}]",
                f"🎤 Spraakbericht (1:1{r.randint(0, 9)})",
            ]
        )
        + f" {b.k('Luister')} even als je kan"
    )


@shape("msg")
def m_med_missed(b, r, c):
    med = b.k(r.choice(N.MEDS))
    return f"mam heeft haar {med} van vanochtend niet genomen, lag nog in de {b.k('baxterrol')} 💊"


@shape("msg")
def m_pet(b, r, c):
    kind, name = r.choice(N.PETS)
    b.k(name)
    return f"wie laat {name} uit vanavond? de {b.k(kind)} zit al de hele dag binnen 🐾"


@shape("msg")
def m_ask_sibling(b, r, c):
    k = r.choice(c["kids"])
    return f"@{b.P(k, 'first')} kun jij {b.k(_d(r))} de {b.k('huishoudelijke')} hulp opvangen? ik moet werken"


@shape("msg")
def m_phone_share(b, r, c):
    return f"nummer van {b.P(c['cm'], 'first')} ({b.k('casemanager')} {b.k('dementie')}): {b.add(phone(r), 'PHONE')}"


@shape("msg")
def m_consultant_said(b, r, c):
    w = c["wmo"]
    return (
        f"Heb net gebeld met {b.P(w, 'full')}, {b.k('consulent')} {b.k('Wmo')} bij team {b.k('Zorg')} en "
        f"{b.k('Ondersteuning')}. Ze zegt dat het dossier {b.add(case_no(r), 'CASE_NUMBER')} bij de "
        f"{b.k('indicatiesteller')} ligt"
    )


@shape("msg")
def m_address_taxi(b, r, c):
    street = r.choice(N.STREETS)
    num = f"{r.randint(1, 180)}{r.choice(['', '', 'a', '-2', ' bis', 'A'])}"
    return (
        f"{b.k('Regiotaxi')} haalt haar op bij {b.add(f'{street} {num}', 'ADDRESS')}, "
        f"{b.add(postcode(r), 'POSTCODE')} {b.k(r.choice(N.PLACES))} om half 10"
    )


@shape("msg")
def m_typo_late(b, r, c):
    return f"sorry was laat, {b.P(c['zorg'], 'first_lc')} van de {b.k('thuiszorg')} kwam pas om 11 uur ipv 8 🤬 wrs personeelstekort"


@shape("msg")
def m_bsn_request(b, r, c):
    return f"{b.k('Formulier')} vraagt om haar bsn, is dat {b.add(bsn(r), 'BSN')}? staat op de {b.k('zorgpas')}"


@shape("msg")
def m_bsn_dotted(b, r, c):
    s = bsn(r)
    f = r.choice([f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])
    return f"BSN pap: {b.add(f, 'BSN')} (niet doorsturen naar {b.k('Facebook')} groep haha)"


@shape("msg")
def m_iban_eigen(b, r, c):
    i = fmt_iban(r, iban(r))
    return f"{b.k('Eigen')} bijdrage {b.k('CAK')} gaat van {b.add(i, 'IBAN')} af, {b.k('€')}21,40 per maand klopt dat?"


@shape("msg")
def m_iban_pgb(b, r, c):
    i = fmt_iban(r, iban(r))
    return f"{b.k('Rekening')} voor het {b.k('pgb')} is {b.add(i, 'IBAN')} op naam van {b.P(c['c1'], 'init_last')}"


@shape("msg")
def m_plate(b, r, c):
    return (
        f"{b.P(c['zorg'], 'first')} parkeert steeds met de {b.add(plate(r), 'LICENSE_PLATE')} op de "
        f"{b.k('invalidenparkeerplaats')} van de buren 😬"
    )


@shape("msg")
def m_plate_neighbour(b, r, c):
    return (
        f"buurman {b.P(c['buur'], 'first_lc')} heeft aangeboden te rijden, zijn auto is de grijze "
        f"{b.k('Toyota')} {b.add(plate(r), 'LICENSE_PLATE')}"
    )


@shape("msg")
def m_dob_form(b, r, c):
    d, _ = dob(r)
    return f"geboortedatum voor het formulier: {b.add(d, 'DATE_OF_BIRTH')} (mam) {b.k('Aanvraag')} gaat vandaag weg"


@shape("msg")
def m_dob_nocue(b, r, c):
    d, y = dob(r)
    return (
        f"{b.P(c['res'], 'full')} * {b.add(d, 'DATE_OF_BIRTH')} — {b.k('Huisarts')} wil dat erbij op de "
        f"{b.k('medicatielijst')}"
    )


@shape("msg")
def m_dob_geb(b, r, c):
    d, y = dob(r)
    return (
        f"{b.k('Gegevens')} voor {b.k('Buurtzorg')}: {b.P(c['res'], 'init_last')}, geb. {b.add(d, 'DATE_OF_BIRTH')}, "
        f"{b.add(phone(r, False), 'PHONE')}"
    )


@shape("msg")
def m_email(b, r, c):
    p = c["c1"]
    loc = r.choice(
        [f"{p.first.lower().split()[0]}.{p.last.lower()}", f"{p.first[0].lower()}{p.last.lower()}{r.randint(60, 99)}"]
    )
    loc = re.sub(r"[^a-z0-9.]", "", loc.replace("ş", "s").replace("ł", "l"))
    em = f"{loc}@{r.choice(['hotmail.com', 'gmail.com', 'ziggo.nl', 'kpnmail.nl', 'live.nl'])}"
    return f"mail de {b.k('beschikking')} maar naar {b.add(em, 'EMAIL')}, dan print ik hem uit"


@shape("msg")
def m_official_email(b, r, c):
    w = c["wmo"]
    loc = re.sub(r"[^a-z.]", "", f"{w.first[0].lower()}.{w.last.lower()}")
    place = r.choice(N.PLACES)
    em = f"{loc}@{place.lower()}.nl"
    return (
        f"{b.k('Consulent')} mailadres is {b.add(em, 'EMAIL')}, algemeen is {b.k(f'info@{place.lower()}.nl')} of "
        f"bel {b.k('14')} 0{r.randint(10, 99)}"
    )


@shape("msg")
def m_emoji_only(b, r, c):
    return r.choice(["👍", "❤️❤️", "🙏🏻", "😢", "💪💪"]) + f" {b.k('dankjewel')}"


@shape("msg")
def m_deleted(b, r, c):
    return "Dit bericht is verwijderd"


@shape("msg")
def m_media(b, r, c):
    return f"<Media weggelaten> {b.k('foto')} van de {b.k('trapleuning')}, zie je die scheur?"


@shape("msg")
def m_filename(b, r, c):
    p = c["res"]
    ln = p.last.lower().replace(" ", "-")
    ok = not (b.known and p.last == b.known)
    nm = ln if ok else p.last
    f = f"beschikking-{nm}-{r.randint(2025, 2026)}.pdf"
    b.add(nm, "PERSON")
    return f"{f} (document weggelaten) {b.k('Beschikking')} is binnen!!"


@shape("msg")
def m_household_help(b, r, c):
    return (
        f"{b.k('Huishoudelijke')} hulp komt nu nog maar 2 uur per week ipv 4, {b.P(c['c1'], 'first_lc')} gaat "
        f"{b.k('bezwaar')} maken"
    )


@shape("msg")
def m_mediator_intro(b, r, c):
    m = c["bem"]
    return (
        f"Goedemiddag allemaal, ik ben {b.P(m, 'full')}, {b.k('bemiddelaar')} van {b.k('Verzoek')} tot "
        f"{b.k('Afstemming')}. Ik plan een gesprek met de gemeente in week {r.randint(2, 50)}"
    )


@shape("msg")
def m_mediator_later(b, r, c):
    m = c["bem"]
    return f"{b.P(m, 'last')} belt {b.k(_d(r))}middag terug over de {b.k('afspraken')} 📞"


@shape("msg")
def m_neighbour_key(b, r, c):
    return (
        f"{b.k('Sleutel')} ligt bij {b.P(c['buur'], 'first')} op nr {r.randint(2, 90)}, de "
        f"{b.k('sleutelkluis')} doet het niet"
    )


@shape("msg")
def m_caps_angry(b, r, c):
    return f"IK BEN ER KLAAR MEE. {b.P(c['wmo'], 'upper')} NEEMT GEWOON DE {b.k('TELEFOON')} NIET OP"


@shape("msg")
def m_possessive(b, r, c):
    return f"{b.P(c['c1'], 'pos')} {b.k('auto')} staat in de garage dus ik doe {b.k('donderdag')}"


@shape("msg")
def m_dad_fall(b, r, c):
    return f"pap is {b.k('vannacht')} gevallen bij de trap 😰 {b.k('Alarmcentrale')} kwam binnen 20 min"


@shape("msg")
def m_brand(b, r, c):
    kind, brand = r.choice(N.BRANDS)
    return f"De {b.k(brand)} {b.k(kind)} maakt een piepgeluid, {b.P(c['monteur'], 'first')} van de storingsdienst komt"


@shape("msg")
def m_abbrev(b, r, c):
    return f"ff checken: tzt moet er een {b.k('keukentafelgesprek')} komen ivm de {b.k('herindicatie')} idd?"


@shape("msg")
def m_gp(b, r, c):
    return f"{b.k('Dokter')} {b.P(c['huisarts'], 'last')} wil een {b.k('verwijzing')} voor de {b.k('geriater')} sturen"


@shape("msg")
def m_cm_advice(b, r, c):
    return f"{b.P(c['cm'], 'first')} zegt: {b.k('respijtzorg')} aanvragen voordat {b.P(c['c1'], 'first_lc')} omvalt 😅"


@shape("msg")
def m_dob_age(b, r, c):
    d, y = dob(r)
    return f"ze is op {b.add(d, 'DATE_OF_BIRTH')} geboren, dus {2026 - y} jaar, en nu nog {b.k('zelfstandig')} thuis"


@shape("msg")
def m_schedule(b, r, c):
    d1, d2 = r.sample(DAYS[:5], 2)
    return f"{b.k('Rooster')}: {b.k(d1)} {b.P(c['kids'][-1], 'first')}, {b.k(d2)} ik, weekend {b.P(c['buur'], 'first')}"


@shape("msg")
def m_landline(b, r, c):
    return f"bel maar naar het vaste nummer {b.add(phone(r, False), 'PHONE')}, mobiel heeft ze nooit aan"


@shape("msg")
def m_lowercase_full(b, r, c):
    return f"wie is {b.P(c['zorg'], 'full_lc')} eigenlijk? staat ineens in het {b.k('zorgdossier')}"


@shape("msg")
def m_case_cue(b, r, c):
    return (
        f"{b.k('Zaaknummer')} {b.add(case_no(r), 'CASE_NUMBER')} — altijd vermelden zei de "
        f"{b.k('klantcontactcentrum')} medewerker"
    )


@shape("msg")
def m_case_kenmerk(b, r, c):
    return f"ons kenmerk: {b.add(case_no(r), 'CASE_NUMBER')}, uw {b.k('aanvraag')} {b.k('traplift')} is in behandeling"


@shape("msg")
def m_amount(b, r, c):
    return (
        f"{b.k('Offerte')} traplift {b.k('€')}{r.randint(4, 12)}.{r.randint(100, 999)},- en de gemeente wil "
        f"alleen een {b.k('verhuisvergoeding')}"
    )


@shape("msg")
def m_move_advice(b, r, c):
    return f"ze willen dat mam verhuist naar een {b.k('gelijkvloerse')} woning, terwijl ze hier al {r.randint(30, 55)} jaar woont"


@shape("msg")
def m_weekend(b, r, c):
    return f"{b.k('Zaterdag')} kan ik niet, {b.P(c['kids'][-1], 'first_lc')} heeft een {b.k('verjaardag')} 🎂"


@shape("msg")
def m_daypart(b, r, c):
    return f"{b.k('vanochtend')} onrustig, 's middags beter, {b.k('avond')} weer verward"


@shape("msg")
def m_at_handle(b, r, c):
    p = c["buur"]
    h = re.sub(r"[^a-z]", "", p.first.lower()) + "." + re.sub(r"[^a-z]", "", p.last.lower())
    if re.sub(r"[^a-z]", "", p.first.lower()) and re.sub(r"[^a-z]", "", p.last.lower()):
        first = re.sub(r"[^a-z]", "", p.first.lower())
        last = re.sub(r"[^a-z]", "", p.last.lower())
        if first == p.first.lower():
            b.add(first, "PERSON")
        else:
            b.add(h.split(".")[0], "PERSON")
        b.add(last, "PERSON")
    return f"@{h} is toegevoegd aan de groep door {b.P(c['c1'], 'first')} ({b.k('buurtapp')})"


@shape("msg")
def m_forwarded(b, r, c):
    return f'Doorgestuurd: "{b.k("Beste")} mevrouw {b.P(c["res"], "last")}, uw {b.k("melding")} is ontvangen"'


@shape("msg")
def m_sms_code(b, r, c):
    return (
        f"{b.k('Verificatiecode')} {r.randint(100000, 999999)} voor {b.k('DigiD')} — dat was ik, voor mam haar MijnCAK"
    )


@shape("msg")
def m_eritrean_help(b, r, c):
    return (
        f"{b.P(c['zorg'], 'first')} spreekt ook {b.k('Tigrinya')} en {b.k('Arabisch')}, handig voor de "
        f"{b.k('buurvrouw')}"
    )


@shape("msg")
def m_inspection(b, r, c):
    return f"{b.k('Ergotherapeut')} komt {b.k(_d(r))} kijken naar de {b.k('trap')} en de {b.k('badkamer')}"


@shape("msg")
def m_complaint_threat(b, r, c):
    return f"als dit zo doorgaat dien ik een {b.k('klacht')} in bij de {b.k('Ombudsman')}"


@shape("msg")
def m_meeting_place(b, r, c):
    return (
        f"{b.k('Gesprek')} is in het {b.k('Stadskantoor')}, {b.k('kamer')} {r.randint(1, 4)}.{r.randint(10, 40)}, "
        f"met {b.P(c['wmo'], 'init_last')} en {b.P(c['bem'], 'full')}"
    )


@shape("msg")
def m_wife_nick(b, r, c):
    return f"{b.P(c['c1'], 'first_lc')}!! heb je de {b.k('pillendoos')} gevuld? ze zegt van niet"


@shape("msg")
def m_ok(b, r, c):
    return r.choice(["oke", "ok👍", "top", "jup", "yes"]) + f" {b.k('regel')} ik"


@shape("msg")
def m_grocery(b, r, c):
    return f"boodschappen gedaan bij de {b.k(r.choice(['Jumbo', 'Lidl', 'Aldi', 'Plus']))}, {b.k('bonnetje')} in de la"


@shape("msg")
def m_late_night(b, r, c):
    return f"kan iemand morgen de {b.k('wijkverpleging')} bellen? ik lig op bed 😴"


@shape("msg")
def m_indication_hours(b, r, c):
    return (
        f"{b.k('Indicatie')} zegt {r.randint(2, 6)} uur {b.k('begeleiding')}, {b.P(c['zorg'], 'first')} komt maar 1 uur"
    )


@shape("msg")
def m_neighbour_complaint(b, r, c):
    return f"{b.P(c['buur'], 'full')} klaagt dat de {b.k('rolstoelbus')} elke ochtend de stoep blokkeert"


@shape("msg")
def m_address_bare(b, r, c):
    st = r.choice(N.STREETS)
    return f"ze woont nu in de {b.add(st, 'ADDRESS')} tegenover de {b.k('bibliotheek')}"


@shape("msg")
def m_phone_intl(b, r, c):
    p = c["kids"][-1]
    num = r.choice(["+32 4", "+49 15", "+44 7", "+212 6", "+90 5"]) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return (
        f"{b.P(p, 'first')} zit in het buitenland, bereikbaar op {b.add(num, 'PHONE')} ({b.k('WhatsApp')} werkt beter)"
    )


@shape("msg")
def m_cm_dept(b, r, c):
    cm = c["cm"]
    return (
        f"{b.P(cm, 'full')}, {b.k('casemanager')} bij {b.k('Zorgbelang')} {b.k('Dementie')}netwerk, neemt het over "
        f"van {b.P(c['wmo'], 'first')}"
    )


@shape("msg")
def m_agreement(b, r, c):
    m = r.randint(1, 12)
    return (
        f"{b.k('Afspraak')}: uiterlijk {r.randint(1, 28)} {b.k(MONTHS[m - 1])} besluit over de "
        f"{b.k('traplift')}, anders {b.k('escaleren')}"
    )


@shape("msg")
def m_sorry(b, r, c):
    return f"sorry dat ik zo boos deed gister, het is gewoon veel {b.k('allemaal')} 😔"


@shape("msg")
def m_diary_ref(b, r, c):
    return f"staat in het {b.k('overdrachtsschrift')}, lees dat ff {b.P(c['kids'][-1], 'first_lc')}"


@shape("msg")
def m_birthday_event(b, r, c):
    return f"{b.k('Zondag')} is het {b.k('Buurtfeest')} in het {b.k('Wijkcentrum')}, mam wil er graag heen"


@shape("msg")
def m_post_address(b, r, c):
    st = r.choice(N.STREETS)
    n = r.randint(1, 200)
    return (
        f"nieuw adres {b.P(c['kids'][-1], 'first')}: {b.add(f'{st} {n}', 'ADDRESS')}, "
        f"{b.add(postcode(r), 'POSTCODE')} {b.k(r.choice(N.PLACES))}"
    )


@shape("msg")
def m_sms_official(b, r, c):
    return (
        f"{b.k('Gemeente')}: uw {b.k('afspraak')} met {b.P(c['wmo'], 'init_last')} is bevestigd. "
        f"{b.k('Verzetten')}? Bel {b.k('14')} 0{r.randint(10, 99)}"
    )


@shape("msg")
def m_double_name_formal(b, r, c):
    k = c["c1"]
    return f"{b.k('Namens')} de familie, {b.P(k, 'full')} ({b.k('mantelzorger')})"


@shape("msg")
def m_dob_short(b, r, c):
    y, m, d = r.randint(1930, 1955), r.randint(1, 12), r.randint(1, 28)
    f = f"{d:02d}{m:02d}{str(y)[2:]}"
    return f"pap z'n geb datum is {b.add(f, 'DATE_OF_BIRTH')} toch? {b.k('Apotheek')} vraagt ernaar"


@shape("msg")
def m_fridge(b, r, c):
    return f"{b.k('koelkast')} was leeg, heb {b.k('soep')} en yoghurt neergezet"


@shape("msg")
def m_nurse_name_lc(b, r, c):
    return f"vanmiddag kwam {b.P(c['zorg'], 'first_lc')} NIET opdagen, niemand belde af 😡"


@shape("msg")
def m_care_plan(b, r, c):
    return f"{b.k('Zorgplan')} moet opnieuw getekend, {b.k('handtekening')} van {b.P(c['res'], 'full')} is nodig"


# ---------------------------------------------------------------- line and document shapes


def ts(r, style, day, month, h, mi):
    y = 2025 if month > 6 else 2026
    return {
        "wa_ios": f"[{day:02d}-{month:02d}-{y} {h:02d}:{mi:02d}:{r.randint(0, 59):02d}] {{s}}: ",
        "wa_android": f"{day:02d}-{month:02d}-{str(y)[2:]} {h:02d}:{mi:02d} - {{s}}: ",
        "signal": f"[{y}-{month:02d}-{day:02d} {h:02d}:{mi:02d}] {{s}}: ",
        "sms": f"{DAYS[(day + month) % 7][:2]} {day} {MONTHS[month - 1][:3]}. {h:02d}:{mi:02d} · {{s}}\n",
        "wa_android_us": f"{month}/{day}/{str(y)[2:]}, {(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'} - {{s}}: ",
    }[style]


for _st in ["wa_ios", "wa_android", "signal", "sms", "wa_android_us"]:
    SHAPES[f"line_{_st}"] = _st


def sender(b, r, p, style):
    """How a sender shows in the export: full name, nickname, first name lower case, or role nickname."""
    kind = r.choice(["full", "first", "first_lc", "role", "tilde"])
    if kind == "role" and p.role in ("dochter", "zoon"):
        b.k("mantelzorg")
        return b.P(p, "first_lc") + " (mantelzorg) 💜"
    if kind == "role" and p.role == "buur":
        b.k("Buurvrouw")
        return "Buurvrouw " + b.P(p, "first")
    if kind == "role" and p.role == "wmo":
        b.k("gemeente")
        return b.P(p, "first") + " Wmo gemeente"
    if kind == "tilde":
        return "~ " + b.P(p, "first")
    return b.P(p, kind if kind != "role" else "full")


def chat_doc(b, r, style, title):
    c = b.c
    lines = [title] if title else []
    day, month = r.randint(1, 28), r.randint(1, 12)
    h = r.randint(6, 20)
    people = c["kids"] + [c["buur"], c["zorg"], c["wmo"], c["cm"], c["bem"]]
    msgs = r.sample(MESSAGES, r.randint(6, 10))
    if b.known:
        msgs = [m for m in msgs if m != "m_filename"] + ["KNOWN"]
        r.shuffle(msgs)
    for name in msgs:
        mi = r.randint(0, 59)
        if r.random() < 0.25:
            day = min(day + 1, 28)
            h = r.randint(6, 12)
        else:
            h = min(h + r.randint(0, 2), 23)
        p = r.choice(people[: len(c["kids"]) + 1] * 3 + people)
        head = ts(r, style, day, month, h, mi).format(s=sender(b, r, p, style))
        if name == "KNOWN":
            body = known_msg(b, r)
        else:
            body = SHAPES[name](b, r, c)
            b.shapes.append(name)
        lines.append(head + body)
    b.shapes.append(f"line_{style}")
    return "\n".join(lines)


def known_msg(b, r):
    res = b.c["res"]
    w = b.known
    tmpl = dict(N.KNOWN_WORDS)[w]
    b.k(w.lower())
    return f"{b.P(res, 'full')} zei vanmorgen nog: {tmpl.format(w=w.lower())}"


@shape("doc")
def d_whatsapp_family(b, r):
    res = b.c["res"]
    return chat_doc(
        b,
        r,
        r.choice(["wa_ios", "wa_android", "wa_android_us"]),
        f"{b.k('Familie')} {b.P(res, 'last')} 👵 mantelzorg" if r.random() < 0.5 else "",
    )


@shape("doc")
def d_signal_neighbours(b, r):
    return chat_doc(b, r, "signal", f"{b.k('Signal')}-groep {b.k('Buren')} {r.choice(N.STREETS[:5])}kwartier")


@shape("doc")
def d_sms_thread(b, r):
    return chat_doc(b, r, "sms", f"{b.k('Berichten')} met {b.add(phone(r), 'PHONE')}")


@shape("doc")
def d_mediator_export(b, r):
    m = b.c["bem"]
    return (
        f"{b.k('Export')} chat {b.k('Verzoek')} {b.add(case_no(r), 'CASE_NUMBER')} — toegevoegd aan dossier door "
        f"{b.P(m, 'init_last')}\n" + chat_doc(b, r, r.choice(["wa_android", "signal"]), "")
    )


DIARY_LINES = [
    "diary_morning",
    "diary_evening",
    "diary_meds",
    "diary_mood",
    "diary_visit",
    "diary_fall",
    "diary_food",
    "diary_lift",
    "diary_note_family",
]
for _d_ in DIARY_LINES:
    SHAPES[_d_] = _d_


def diary_entry(b, r, kind, c, sig):
    if kind == "diary_morning":
        t = f"{b.k('Ochtendzorg')} gedaan, gewassen aan de wastafel, {b.k('steunkousen')} aan."
    elif kind == "diary_evening":
        t = f"{b.k('Avonddienst')}: {b.P(c['res'], 'first')} wilde niet naar bed, tv tot 23u."
    elif kind == "diary_meds":
        t = f"{b.k(r.choice(N.MEDS))} gegeven om 08:00, {b.k('Medido')} gaf alarm om 12:00."
    elif kind == "diary_mood":
        t = f"Stemming {b.k('somber')}, praatte over {b.P(c['kids'][-1], 'first')} die niet meer langskomt."
    elif kind == "diary_visit":
        t = f"{b.k('Bezoek')} van {b.P(c['cm'], 'full')} ({b.k('casemanager')}), {b.k('zorgplan')} besproken."
    elif kind == "diary_fall":
        t = f"{b.k('Bijna')} gevallen op de trap, {b.k('traplift')} stond boven. Melding gedaan."
    elif kind == "diary_food":
        t = f"Weinig gegeten, alleen {b.k('pap')} en thee. {b.k('Gewicht')} volgende week."
    elif kind == "diary_lift":
        t = f"{b.k('Monteur')} {b.P(c['monteur'], 'first')} geweest, onderdeel besteld."
    else:
        t = f"{b.k('Familie')}: graag {b.k('incontinentiemateriaal')} bestellen, bijna op."
    return t + f" — {sig}"


@shape("doc")
def d_diary(b, r):
    c = b.c
    lines = [
        f"{b.k('OVERDRACHTSSCHRIFT')} — {b.P(c['res'], 'full')}, {b.add(r.choice(N.STREETS) + ' ' + str(r.randint(1, 99)), 'ADDRESS')}"
    ]
    if r.random() < 0.6:
        d, _ = dob(r)
        lines.append(
            f"{b.k('Geboren')}: {b.add(d, 'DATE_OF_BIRTH')}   {b.k('Huisarts')}: {b.P(c['huisarts'], 'init_last')}"
        )
    writers = [c["zorg"], c["c1"], c["kids"][-1]]
    day = r.randint(0, 6)
    m = r.randint(1, 12)
    dd = r.randint(1, 20)
    for k in r.sample(DIARY_LINES, r.randint(4, 7)):
        w = r.choice(writers)
        sig = b.P(w, r.choice(["initials", "initials", "first"]))
        part = (
            "avond"
            if k == "diary_evening"
            else "ochtend"
            if k == "diary_morning"
            else r.choice(["ochtend", "middag", "avond", "nacht"])
        )
        lines.append(f"{DAYS[day][:2].capitalize()} {dd}/{m} {b.k(part)}: " + diary_entry(b, r, k, c, sig))
        b.shapes.append(k)
        day = (day + 1) % 7
        dd += 1
    if r.random() < 0.5:
        lines.append(f"{b.k('Noodnummer')} familie: {b.add(phone(r), 'PHONE')} ({b.P(c['c1'], 'first')})")
    if b.known:
        lines.append(f"{b.k('Opmerking')} familie: {known_msg(b, r)}.")
    return "\n".join(lines)


@shape("doc")
def d_screenshot_note(b, r):
    c = b.c
    return (
        f"{b.k('Schermafbeelding')} van chat, overgetypt door {b.P(c['bem'], 'first')} ({b.k('bemiddelaar')}):\n"
        + chat_doc(b, r, r.choice(["wa_ios", "sms"]), "")
    )


DOC_KINDS = [
    "d_whatsapp_family",
    "d_whatsapp_family",
    "d_signal_neighbours",
    "d_sms_thread",
    "d_mediator_export",
    "d_diary",
    "d_diary",
    "d_screenshot_note",
]


# ---------------------------------------------------------------- gate and build


def _name_words(doc):
    out = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            for p in re.split(r"[\s\-.']+", it["text"]):
                if len(p) > 1 and p.lower() not in score.PARTICLES:
                    out.add(p.lower())
    return out


def gate(doc: dict) -> str | None:
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    names = _name_words(doc)
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= {w.lower() for w in n.split()}
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", doc["text"]):
            return f"keep not a whole word: {k}"
        for w in re.split(r"[\s\-.']+", k):
            if len(w) > 1 and w.lower() not in score.PARTICLES and w.lower() in names:
                if not (w == w.lower() and w in known_words):
                    return f"keep {k} shares a word with a name"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


def build(i, r):
    known = None
    if i % 4 == 1:
        known = r.choice(N.KNOWN_WORDS)[0]
    cast = make_cast(r, known)
    b = B(r, cast, known)
    kind = r.choice(DOC_KINDS)
    text = SHAPES[kind](b, r)
    b.shapes.append(kind)
    blank = text
    for it in sorted(b.pii, key=lambda x: -len(x["text"])):
        blank = blank.replace(it["text"], "\0")
    keep = [k for k in b.keep if re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text) and k.lower() in blank.lower()]
    doc = {"id": f"fresh23c-{i:04d}", "text": text, "pii": b.pii, "keep": keep}
    if known:
        doc["known"] = {"names": [cast["res"].full]}
    return doc, b.shapes


def generate():
    docs, shapes, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        doc, sh = build(i, random.Random(f"{SEED}-{i}"))
        attempt = 0
        while gate(doc):
            attempt += 1
            redraws += 1
            doc, sh = build(i, random.Random(f"{SEED}-{i}-{attempt}"))
        docs.append(doc)
        shapes.update(sh)
    return docs, shapes, redraws


def render(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes, redraws = generate()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == render(docs)
        print("up to date" if same else "fresh23c_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:15s} {labels[lab]}")
        print(f"  total pii       {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per doc {min(len(d['keep']) for d in docs)})")
        print(f"shapes registered: {len(SHAPES)}, used: {len(shapes)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        print(f"origin groups: {len(N.ORIGINS)}")
        return 0
    OUT.write_text(render(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
