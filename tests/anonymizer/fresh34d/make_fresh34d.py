#!/usr/bin/env python3
"""fresh34d: a blind, seeded corpus of DigiD, MijnOverheid and digital-service tickets (helper A4, round 28).

python make_fresh34d.py           write fresh34d_texts.jsonl
python make_fresh34d.py --check   exit 1 if the committed file differs from what would be written
python make_fresh34d.py --stats   counts per label, shapes, known-name documents, redraws
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
from names34d import KNOWN, ORIGINS  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked = _score.check_doc, _score.leaked

SEED = 20261284
N_DOCS = 300
OUT = HERE / "fresh34d_texts.jsonl"
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


def shape(f):
    """Register a shape (document kind, line shape or sentence shape); calling it marks it used in the document."""
    name = f.__name__

    def wrapped(d, c, *a):
        d.shapes.add(name)
        return f(d, c, *a)

    SHAPES[name] = wrapped
    return wrapped


# ----------------------------------------------------------------------------------------------------- numbers
def bsn(r):
    while True:
        ds = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(ds, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, ds + [last]))


def bsn_ok(s):
    ds = [int(x) for x in re.sub(r"\D", "", s)]
    return len(ds) == 9 and (sum(x * w for x, w in zip(ds[:8], range(9, 1, -1))) - ds[8]) % 11 == 0


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def iban(r):
    bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    body = bank + acct
    num = int("".join(str(int(ch, 36)) for ch in body + "NL00"))
    chk = 98 - num % 97
    s = f"NL{chk:02d}{body}"
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if r.random() < 0.7 else s


def postcode(r):
    letters = "ABCEGHJKLMNPRTVWXZ"
    while True:
        p = r.choice(letters) + r.choice(letters)
        if p not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9999)
    return r.choice([f"{n} {p}", f"{n} {p}", f"{n}{p}"])


def phone(r):
    m = "".join(str(r.randint(0, 9)) for _ in range(8))
    a = "".join(str(r.randint(0, 9)) for _ in range(7))
    return r.choice(
        [
            f"06-{m}",
            f"06 {m[:4]} {m[4:]}",
            f"+31 6 {m[:4]} {m[4:]}",
            f"0031 6{m}",
            f"+31 (0)6 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
            f"(0{r.choice(['58', '38', '13', '26', '78'])}) {a[:3]} {a[3:5]} {a[5:]}",
            f"010-{a}",
            f"06{m}",
        ]
    )


def plate(r):
    L = "BDFGHJKLNPRSTVXZ"
    a = lambda n: "".join(r.choice(L) for _ in range(n))
    dgt = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    return r.choice(
        [
            f"{dgt(2)}-{a(3)}-{dgt(1)}",
            f"{dgt(1)}-{a(3)}-{dgt(2)}",
            f"{a(2)}-{dgt(3)}-{a(1)}",
            f"{a(1)}-{dgt(3)}-{a(2)}",
            f"{a(3)}-{dgt(2)}-{a(1)}",
            f"{dgt(1)}-{a(2)}-{dgt(3)}",
        ]
    )


def case_no(r):
    n = r.randint
    return r.choice(
        [
            f"DDV-2026-{n(1000, 99999):05d}",
            f"TCK#{n(10000, 99999)}",
            f"MO/26/{n(100, 9999)}-{r.choice('ABCK')}",
            f"EF.26.{n(1000, 9999)}.{n(10, 99)}",
            f"KCC-{n(100000, 999999)}",
            f"VTA-26-{n(100, 999)}",
            f"BRP/CORR/{n(1000, 9999)}",
            f"MACH-{n(10, 99)}-{n(1000, 9999)}",
            f"WEB{n(100000, 999999)}",
            f"INC-DV-{n(10000, 99999)}",
            f"ZK/DIG/{n(10000, 99999)}",
        ]
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
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def dob(r):
    y, m, dd = r.randint(1931, 2009), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{dd:02d}-{m:02d}-{y}",
            f"{dd} {MONTHS[m - 1]} {y}",
            f"{dd:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{dd:02d}.{m:02d}.{y}",
            f"{dd} {MON3[m - 1]} {y}",
            f"{dd}-{m}-{y}",
            f"{dd:02d}{m:02d}{y}",
            f"{dd} {MONTHS[m - 1]} '{str(y)[2:]}",
            f"{dd:02d}.{m:02d}.{str(y)[2:]}",
        ]
    )


def day2026(r):
    m, dd = r.randint(1, 11), r.randint(1, 28)
    return dd, m


# ----------------------------------------------------------------------------------------------------- people
class Person:
    def __init__(self, first, last, particle, origin, female):
        self.first, self.last, self.particle, self.origin, self.female = first, last, particle, origin, female

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.particle, self.last) if x)

    @property
    def sur(self):
        if not self.particle:
            return self.last
        return self.particle[0].upper() + self.particle[1:] + " " + self.last

    @property
    def initial(self):
        ini = "".join(p[0] + "." for p in self.first.split())
        return " ".join(x for x in (ini, self.particle, self.last) if x)

    @property
    def title(self):
        return "mevrouw" if self.female else "meneer"


def make_person(r, origin=None, female=None, last=None, particle=None):
    origin = origin or r.choice(list(ORIGINS))
    fem, mal, pre, suf, parts = ORIGINS[origin]
    female = r.random() < 0.5 if female is None else female
    first = r.choice(fem if female else mal)
    if last is None:
        last = r.choice(pre) + r.choice(suf)
        last = last[0].upper() + last[1:]
        particle = r.choice(parts) if parts else ""
    return Person(first, last, particle or "", origin, female)


# ----------------------------------------------------------------------------------------------------- documents
class Doc:
    def __init__(self, r):
        self.r, self.pii, self.keep, self.shapes, self.known_word = r, [], [], set(), None

    def x(self, text, label):
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, word):
        if word not in self.keep:
            self.keep.append(word)
        return word

    # name forms, each recorded as it is written
    def full(self, p):
        return self.x(p.full, "PERSON")

    def sur(self, p):
        return self.x(p.sur, "PERSON")

    def first(self, p):
        return self.x(p.first, "PERSON")

    def ini(self, p):
        return self.x(p.initial, "PERSON")

    def upper(self, p):
        return self.x(p.sur.upper(), "PERSON")

    def poss(self, p):
        f = p.first
        if f[-1] in "sxzß":
            return self.x(f, "PERSON") + "'"
        if f[-1] in "aeiouyé":
            return self.x(f, "PERSON") + "'s"
        return self.x(f + "s", "PERSON")

    def handle(self, p):
        if self.known_word:
            return self.x((p.first.split()[0] + p.last[0]).lower(), "PERSON")
        h = (p.first.split()[0][0] + "." + p.last.replace(" ", "")).lower()
        return self.x(h, "PERSON")

    def lowsur(self, p):
        if self.known_word:
            low = p.last if p.first == self.known_word else p.first.split()[0]
            return self.x(low.replace(" ", "").lower(), "PERSON")
        return self.x(p.last.replace(" ", "").lower(), "PERSON")


CITIES = [
    ("Utrecht", "utrecht", "030"),
    ("Zwolle", "zwolle", "038"),
    ("Leeuwarden", "leeuwarden", "058"),
    ("Tilburg", "tilburg", "013"),
    ("Almere", "almere", "036"),
    ("Arnhem", "arnhem", "026"),
    ("Dordrecht", "dordrecht", "078"),
    ("Amersfoort", "amersfoort", "033"),
    ("Groningen", "groningen", "050"),
    ("Enschede", "enschede", "053"),
    ("Haarlem", "haarlem", "023"),
    ("Nijmegen", "nijmegen", "024"),
    ("Breda", "breda", "076"),
    ("Maastricht", "maastricht", "043"),
    ("Lelystad", "lelystad", "0320"),
    ("Den Bosch", "s-hertogenbosch", "073"),
]
STREET_PRE = [
    "Lijster",
    "Zwaluw",
    "Esdoorn",
    "Populier",
    "Kastanje",
    "Gerbera",
    "Narcis",
    "Spinoza",
    "Wilgen",
    "Hazelaar",
    "Korenbloem",
    "Merel",
    "Buizerd",
    "Vlier",
    "Jasmijn",
    "Meidoorn",
    "Seringen",
    "Klaproos",
    "Kwartel",
    "Reiger",
]
STREET_SUF = ["straat", "laan", "hof", "weg", "plein", "singel", "kade", "erf", "pad", "dreef", "gaarde"]
FUNCTIONS = [
    ("functioneel beheerder", "team Digitale Dienstverlening"),
    ("klantcontactmedewerker", "Klantcontactcentrum"),
    ("medewerker", "Burgerzaken"),
    ("privacyfunctionaris", "Juridische Zaken"),
    ("teamleider", "Publiekszaken"),
    ("applicatiebeheerder", "team E-formulieren"),
    ("webredacteur", "afdeling Communicatie"),
    ("digicoach", "Informatiepunt Digitale Overheid"),
    ("adviseur", "team Toegankelijkheid"),
    ("informatiebeheerder", "Documentaire Informatievoorziening"),
]


def street(r):
    return r.choice(STREET_PRE) + r.choice(STREET_SUF)


def housenr(r):
    n = r.randint(1, 220)
    return r.choice([str(n), str(n), f"{n}-{r.randint(1, 4)}", f"{n}{r.choice('ABC')}", f"{n} bis", f"{n}-hs"])


def context(r, i):
    c = {}
    city, slug, area = r.choice(CITIES)
    c["city"], c["info"], c["tel14"] = city, f"info@{slug}.nl", f"14 {area}"
    c["res"] = make_person(r)
    c["fam"] = make_person(r, origin=c["res"].origin, last=c["res"].last, particle=c["res"].particle)
    c["nb"] = make_person(r)
    c["off"] = make_person(r)
    c["off2"] = make_person(r)
    c["med"] = make_person(r)
    c["func"] = r.choice(FUNCTIONS)
    c["func2"] = r.choice([f for f in FUNCTIONS if f != c["func"]])
    c["street"] = street(r)
    c["addr"] = f"{c['street']} {housenr(r)}"
    c["pc"] = postcode(r)
    c["phone"] = phone(r)
    c["bsn"] = bsn(r)
    c["iban"] = iban(r)
    c["plate"] = plate(r)
    c["case"] = case_no(r)
    c["case2"] = case_no(r)
    c["dob"] = dob(r)
    c["fdob"] = dob(r)
    c["known"] = None
    if i % 4 == 1:
        word, pos, particle, phrase = KNOWN[(i // 4) % len(KNOWN)]
        base = c["res"]
        if pos == "last":
            c["res"] = make_person(
                r, origin="Dutch" if particle else r.choice(list(ORIGINS)), last=word, particle=particle
            )
        else:
            c["res"] = Person(word, base.last, base.particle, base.origin, True)
        c["fam"] = make_person(r, origin=c["res"].origin, last=c["res"].last, particle=c["res"].particle)
        c["known"] = (word, phrase)
    res = c["res"]
    dom = r.choice(
        ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "planet.nl", "xs4all.nl"]
    )
    fl = res.first.split()[0].lower()
    ll = (res.particle + res.last).replace(" ", "").replace("'", "").lower()
    c["email"] = r.choice(
        [
            f"{fl}.{ll}@{dom}",
            f"{fl[0]}.{ll}@{dom}",
            f"{ll}{r.randint(50, 99)}@{dom}",
            f"{fl}{ll}@{dom}",
            f"{ll}.{fl}@{dom}",
        ]
    )
    return c


def d_day(d, c):
    r = d.r
    dd, m = day2026(r)
    return d.k(f"{dd} {MONTHS[m - 1]} 2026")


def d_num(d, c):
    dd, m = day2026(d.r)
    return f"{dd:02d}-{m:02d}-2026"


def tm(r):
    return f"{r.randint(8, 21):02d}:{r.randint(0, 59):02d}"


def off_sig(d, c, which="off"):
    p, (fn, dept) = c[which], c["func" if which == "off" else "func2"]
    return f"{d.full(p)}, {fn}, {d.k(dept.split()[-1])}"


# ---------------------------------------------------------------- line and sentence shapes
@shape
def s_login_fail(d, c):
    return (
        f"{d.k('Sinds')} {d_day(d, c)} lukt het {d.title_of(c['res'])}{d.sur(c['res'])} niet meer om in te loggen met "
        f"{d.k('DigiD')}: na het invullen van de {d.k('sms-code')} verschijnt steeds een {d.k('foutmelding')}."
    )


@shape
def s_sms_never(d, c):
    return (
        f"De {d.k('sms-code')} komt niet aan op {d.x(c['phone'], 'PHONE')}; volgens {d.first(c['res'])} staat dat nummer "
        f"wel goed in {d.k('MijnOverheid')}."
    )


@shape
def s_wrong_brp(d, c):
    return (
        f"{d.k('In')} de {d.k('Basisregistratie Personen')} staat als {d.k('geboortedatum')} {d.x(c['fdob'], 'DATE_OF_BIRTH')}, terwijl "
        f"{d.sur(c['res'])} volgens het {d.k('paspoort')} geboren is op {d.x(c['dob'], 'DATE_OF_BIRTH')}."
    )


@shape
def s_machtiging_parent(d, c):
    return (
        f"{d.full(c['res'])} wil via {d.k('DigiD Machtigen')} zaken regelen voor "
        f"{'haar' if c['res'].female else 'zijn'} {'moeder' if c['fam'].female else 'vader'} {d.full(c['fam'])}, "
        f"die sinds {d_day(d, c)} in het {d.k('verpleeghuis')} woont."
    )


@shape
def s_machtiging_neighbour(d, c):
    return (
        f"Buurman {d.full(c['nb'])} ({d.x(c['addr'], 'ADDRESS')}) helpt met de {d.k('aanvraag')}, maar een "
        f"{d.k('machtiging')} voor een buurman kent het {d.k('e-formulier')} niet."
    )


@shape
def s_berichtenbox(d, c):
    return (
        f"Het bericht over de {d.k('parkeervergunning')} is volgens de gemeente op {d_day(d, c)} in de "
        f"{d.k('Berichtenbox')} gezet, maar {d.first(c['res'])} heeft het nooit gezien."
    )


@shape
def s_screenreader(d, c):
    return (
        f"{d.sur(c['res'])} gebruikt een {d.k('screenreader')}; de knop {d.k('Volgende')} op stap 3 van het formulier "
        f"wordt niet voorgelezen, dus komt zij of hij niet verder."
    )


@shape
def s_low_literacy(d, c):
    return (
        f"{d.k('Volgens')} de {d.k('digicoach')} begrijpt {d.first(c['res'])} de woorden 'authenticatie' en "
        f"'verificatie' niet; een {d.k('taalmaatje')} las mee."
    )


@shape
def s_address_line(d, c):
    return f"{d.k('Adres')}: {d.x(c['addr'], 'ADDRESS')}, {d.x(c['pc'], 'POSTCODE')} {d.k(c['city'])}"


@shape
def s_bsn_field(d, c):
    b = c["bsn"]
    b = d.r.choice([b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}"])
    return f"{d.k('Burgerservicenummer')}: {d.x(b, 'BSN')}"


@shape
def s_iban_field(d, c):
    return f"{d.k('Rekeningnummer')} voor terugbetaling leges: {d.x(c['iban'], 'IBAN')} t.n.v. {d.ini(c['res'])}"


@shape
def s_dob_field(d, c):
    return f"{d.r.choice(['Geboortedatum', 'Geb. datum', 'Geboren op'])}: {d.x(c['dob'], 'DATE_OF_BIRTH')}"


@shape
def s_email_field(d, c):
    return f"{d.k('E-mailadres')}: {d.x(c['email'], 'EMAIL')}"


@shape
def s_phone_field(d, c):
    return f"{d.k('Telefoon')} (overdag): {d.x(c['phone'], 'PHONE')}"


@shape
def s_name_field_upper(d, c):
    return f"{d.k('ACHTERNAAM')}: {d.upper(c['res'])}   VOORNAMEN: {d.x(c['res'].first.upper(), 'PERSON')}"


@shape
def s_plate_field(d, c):
    return f"{d.k('Kenteken')} bezoekersauto: {d.x(c['plate'], 'LICENSE_PLATE')}"


@shape
def s_case_field(d, c):
    return f"{d.k('Zaaknummer')}: {d.x(c['case'], 'CASE_NUMBER')}"


@shape
def s_ticket_header(d, c):
    return (
        f"{d.k('Ticket')} {d.x(c['case'], 'CASE_NUMBER')} | {d.k('Categorie')}: {d.k('Inloggen')} | {d.k('Prioriteit')}: "
        f"{d.r.choice(['Hoog', 'Normaal', 'Laag'])} | {d.k('Melder')}: {d.full(c['res'])}"
    )


@shape
def s_status_change(d, c):
    a, b = d.r.sample(["Nieuw", "In behandeling", "Wacht op burger", "Doorgezet", "Opgelost", "Heropend"], 2)
    return f"[{d_num(d, c)} {tm(d.r)}] {d.k('Status')} gewijzigd van '{a}' naar '{b}' door {d.handle(c['off'])}"


@shape
def s_internal_note(d, c):
    return (
        f"{d.k('INTERNE NOTITIE')} ({d.ini(c['off'])}): melder belde opnieuw, klinkt wanhopig. {d.k('Graag')} vóór "
        f"{d.r.choice(WEEKDAYS)} terugbellen via {d.x(c['phone'], 'PHONE')}."
    )


@shape
def s_internal_note2(d, c):
    return (
        f"-- notitie {d.handle(c['off2'])}: BRP-gegevens van {d.sur(c['res'])} gecontroleerd, {d.k('Burgerzaken')} "
        f"moet de correctie doorvoeren; koppeling met {d.x(c['case2'], 'CASE_NUMBER')}."
    )


@shape
def s_assign(d, c):
    fn, dept = c["func2"]
    return f"Toegewezen aan: {d.full(c['off2'])} ({fn}, {d.k(dept.split()[-1])})"


@shape
def s_chat_open(d, c):
    return f"{tm(d.r)} {d.k('Chatbot')} Gem: {d.k('Welkom')} bij de chat van gemeente {d.k(c['city'])}. Waar kan ik mee helpen?"


@shape
def s_chat_res(d, c):
    return f"{tm(d.r)} {d.handle(c['res'])}: ik krijg steeds 'sessie verlopen' bij het {d.k('e-formulier')} verhuizing"


@shape
def s_chat_res2(d, c):
    return (
        f"{tm(d.r)} {d.handle(c['res'])}: mijn naam is {d.full(c['res'])}, geboren {d.x(c['dob'], 'DATE_OF_BIRTH')}, "
        f"ik woon op {d.x(c['addr'], 'ADDRESS')}"
    )


@shape
def s_chat_agent(d, c):
    return (
        f"{tm(d.r)} {d.first(c['off'])} (KCC): {d.k('Dank')} u. Ik zie uw melding onder {d.x(c['case'], 'CASE_NUMBER')}; "
        f"ik zet hem door naar {d.k('Digitale Dienstverlening')}."
    )


@shape
def s_chat_agent_ask(d, c):
    return f"{tm(d.r)} {d.first(c['off'])} (KCC): {d.k('Mag')} ik uw postcode en huisnummer ter controle?"


@shape
def s_chat_res_pc(d, c):
    return f"{tm(d.r)} {d.handle(c['res'])}: {d.x(c['pc'], 'POSTCODE')} {c['addr'].split()[-1]}"


@shape
def s_chat_close(d, c):
    return f"{tm(d.r)} {d.k('Systeem')}: de chat is beëindigd. U ontvangt een kopie op {d.x(c['email'], 'EMAIL')}."


@shape
def s_autoreply_head(d, c):
    return (
        f"{d.k('Onderwerp')}: {d.k('Ontvangstbevestiging')} {d.x(c['case'], 'CASE_NUMBER')}\n{d.k('Beste')} "
        f"{d.full(c['res'])},\n{d.k('Bedankt')} voor het invullen van het formulier '{d.k('Adreswijziging')} doorgeven'. "
        f"Hieronder ziet u uw antwoorden."
    )


@shape
def s_autoreply_foot(d, c):
    return (
        f"Dit is een automatisch bericht; u kunt hierop niet antwoorden. {d.k('Vragen')}? Bel {d.k(c['tel14'])} of mail "
        f"{d.k(c['info'])}."
    )


@shape
def s_formfield_move(d, c):
    dd, m = day2026(d.r)
    return (
        f"{d.k('Verhuisdatum')}: {d.k(f'{dd:02d}-{m:02d}-2026')}\n{d.k('Nieuw')} adres: {d.x(c['addr'], 'ADDRESS')}\n"
        f"{d.k('Postcode')}: {d.x(c['pc'], 'POSTCODE')}"
    )


@shape
def s_formfield_co(d, c):
    return f"Meeverhuizende gezinsleden: {d.full(c['fam'])} (geb. {d.x(c['fdob'], 'DATE_OF_BIRTH')})"


@shape
def s_log_error(d, c):
    dd, m = day2026(d.r)
    return (
        f"2026-{m:02d}-{dd:02d}T{tm(d.r)}:{d.r.randint(10, 59)} {d.k('ERROR')} [auth-gateway] SAML response rejected "
        f"for user={d.handle(c['res'])} reason=AUTHN_FAILED"
    )


@shape
def s_log_warn(d, c):
    return (
        f"{d.k('WARN')} formservice: veld 'bsn' bevat {d.x(c['bsn'], 'BSN')}, validatie elfproef=ok, "
        f"{d.k('sessie')} verlopen na 15 min"
    )


@shape
def s_log_trace(d, c):
    return f"  at {d.k('Formulier')}.submit (step=4, upload={d.k('uittreksel')}-{d.lowsur(c['res'])}.pdf, size=14.2MB)"


@shape
def s_log_intro(d, c):
    return f"{d.k('Hierbij')} de foutmelding die ik kreeg, ik heb hem gekopieerd zoals de {d.k('helpdesk')} vroeg:"


@shape
def s_med_intro(d, c):
    return (
        f"{d.k('Samenvatting')} van bemiddelaar {d.full(c['med'])} ({d.k('Verzoek tot Afstemming')}, dossier "
        f"{d.x(c['case'], 'CASE_NUMBER')})."
    )


@shape
def s_med_maze(d, c):
    return (
        f"{d.title_cap(c['res'])}{d.sur(c['res'])} raakte verdwaald in het digitale doolhof: drie keer werd "
        f"{'zij' if c['res'].female else 'hij'} van het {d.k('Klantcontactcentrum')} naar {d.k('Logius')} en terug verwezen."
    )


@shape
def s_med_agree(d, c):
    fn, dept = c["func"]
    return (
        f"{d.k('Afspraak')}: {d.full(c['off'])}, {fn} bij {d.k(dept)}, belt {d.first(c['res'])} uiterlijk "
        f"{d.r.choice(WEEKDAYS)} en regelt een {d.k('baliegesprek')} zonder DigiD."
    )


@shape
def s_med_learn(d, c):
    return (
        f"{d.k('Leerpunt')}: de gemeente vraagt om {d.k('DigiD')} terwijl een papieren formulier wettelijk ook mag "
        f"({d.k('Wet digitale overheid')})."
    )


@shape
def s_med_family(d, c):
    return (
        f"{d.poss(c['res'])} {'zus' if c['fam'].female else 'broer'} {d.first(c['fam'])} belde namens "
        f"{'haar' if c['res'].female else 'hem'}, maar mocht zonder {d.k('machtiging')} niets inzien."
    )


@shape
def s_access_complaint(d, c):
    return (
        f"{d.k('Geachte')} heer/mevrouw,\nIk ben {d.full(c['res'])} en ik ben slechtziend. Uw nieuwe {d.k('portaal')} "
        f"voldoet niet aan de {d.k('WCAG')}-richtlijnen: de captcha heeft geen audio-alternatief."
    )


@shape
def s_access_sign(d, c):
    return (
        f"Met vriendelijke groet,\n{d.full(c['res'])}\n{d.x(c['addr'], 'ADDRESS')}\n{d.x(c['pc'], 'POSTCODE')}  "
        f"{d.k(c['city'])}"
    )


@shape
def s_access_reply(d, c):
    fn, dept = c["func2"]
    return (
        f"{d.k('Reactie')} {d.k(dept.split()[-1])} ({d.ini(c['off2'])}): de {d.k('toegankelijkheidsverklaring')} wordt "
        f"aangepast; tot die tijd kan {d.title_of(c['res'])}{d.sur(c['res'])} bij de {d.k('balie')} terecht."
    )


@shape
def s_reset_audit(d, c):
    return (
        f"{d_num(d, c)} {tm(d.r)}  wachtwoord-reset aangevraagd  account={d.x(c['email'], 'EMAIL')}  "
        f"{d.k('resultaat')}=mislukt (token verlopen)"
    )


@shape
def s_reset_audit2(d, c):
    return f"{d_num(d, c)} {tm(d.r)}  {d.k('account')} geblokkeerd na 5 pogingen  eigenaar={d.ini(c['res'])}"


@shape
def s_call_note(d, c):
    return (
        f"{d.k('Telefoonnotitie')} {d.r.choice(WEEKDAYS)} {tm(d.r)}: {d.title_of(c['res'])}{d.sur(c['res'])} belde over "
        f"de {d.k('activeringscode')} die niet werkt. Terugbelnummer {d.x(c['phone'], 'PHONE')}."
    )


@shape
def s_call_note_fam(d, c):
    return (
        f"{d.k('Gebeld')} door {d.full(c['fam'])} ({'dochter' if c['fam'].female else 'zoon'}); {d.k('uitgelegd')} hoe "
        f"{d.k('DigiD Machtigen')} werkt voor {d.poss(c['res'])} {d.k('huurtoeslag')}."
    )


@shape
def s_quote_reply(d, c):
    return (
        f"> Op {d_day(d, c)} schreef {d.full(c['res'])} <{d.x(c['email'], 'EMAIL')}>:\n> Ik heb nog steeds geen "
        f"{d.k('bevestiging')} ontvangen van mijn {d.k('aanvraag')} {d.k('rijbewijs')}."
    )


@shape
def s_reply_official(d, c):
    return (
        f"{d.k('Beste')} {d.title_of(c['res'])}{d.sur(c['res'])}, uw bericht is niet aangekomen omdat het "
        f"{d.k('e-mailadres')} in ons systeem een tikfout bevatte. Dat is nu hersteld.\n{off_sig(d, c)}"
    )


@shape
def s_digicoach_intake(d, c):
    return (
        f"{d.k('Intake')} {d.k('Informatiepunt Digitale Overheid')} ({d.k('Bibliotheek')} {d.k(c['city'])})\n"
        f"Naam bezoeker: {d.full(c['res'])}\n{d.k('Hulpvraag')}: DigiD-app activeren, geen smartphone met NFC"
    )


@shape
def s_digicoach_outcome(d, c):
    return (
        f"{d.k('Uitkomst')}: activering met brief mislukt; {d.first(c['res'])} komt {d.r.choice(WEEKDAYS)} terug met "
        f"{'haar' if c['res'].female else 'zijn'} {d.k('identiteitskaart')}."
    )


@shape
def s_contactform(d, c):
    return (
        f"{d.k('Contactformulier')} website\nNaam: {d.ini(c['res'])}\nE-mail: {d.x(c['email'], 'EMAIL')}\n"
        f"{d.k('Bericht')}: ik probeer al weken mijn {d.k('WOZ')}-beschikking te openen maar de pdf blijft leeg"
    )


@shape
def s_escalation(d, c):
    fn, dept = c["func"]
    return (
        f"{d.k('Escalatie')} aan {d.full(c['off2'])}: {d.k('Melding')} {d.x(c['case'], 'CASE_NUMBER')} staat 41 dagen open "
        f"zonder reactie aan {d.sur(c['res'])}. Verzoek om prioriteit. — {d.ini(c['off'])}, {fn}"
    )


@shape
def s_feedback(d, c):
    return (
        f"{d.k('Klanttevredenheid')} 2/10. {d.k('Toelichting')}: 'Ik ben 79 en heb geen computer. Waarom moet alles "
        f"digitaal?' — ingevuld door {d.first(c['fam'])} namens {d.full(c['res'])}"
    )


@shape
def s_whatsapp(d, c):
    return (
        f"[{tm(d.r)}, {d_num(d, c)}] {d.full(c['res'])}: {d.k('goedemiddag')}, ik heb een {d.k('foto')} van mijn {d.k('paspoort')} "
        f"gestuurd maar kreeg geen {d.k('reactie')}"
    )


@shape
def s_whatsapp_agent(d, c):
    return (
        f"[{tm(d.r)}] Gemeente {d.k(c['city'])}: {d.k('Stuur')} nooit een foto van uw paspoort via WhatsApp. {d.k('Wij')} "
        f"hebben de foto verwijderd. Uw vraag staat onder {d.x(c['case'], 'CASE_NUMBER')}."
    )


@shape
def s_parking_portal(d, c):
    return (
        f"In het {d.k('parkeerportaal')} staat het {d.k('kenteken')} {d.x(c['plate'], 'LICENSE_PLATE')} nog op naam "
        f"van {d.full(c['fam'])}, die de auto al in {d.k(d.r.choice(MONTHS))} verkocht."
    )


@shape
def s_refund(d, c):
    return (
        f"{d.k('Terugbetaling')} van {d.k('€ 41,50')} {d.k('leges')} naar {d.x(c['iban'], 'IBAN')} is {d.k('goedgekeurd')} "
        f"door {d.ini(c['off'])}."
    )


@shape
def s_dob_inline(d, c):
    return (
        f"{d.full(c['res'])} ({d.x(c['dob'], 'DATE_OF_BIRTH')}) kan de {d.k('MijnOverheid')}-app niet installeren op "
        f"een oude tablet."
    )


@shape
def s_dob_cue(d, c):
    cue = d.r.choice(["geboren op", "geb.", "geboortedatum", "°", "* "])
    return f"Het gaat om {d.first(c['fam'])}, {cue} {d.x(c['fdob'], 'DATE_OF_BIRTH')}, die onder bewind staat."


@shape
def s_bsn_inline(d, c):
    return (
        f"De {d.k('balie')} vroeg om het BSN ({d.x(c['bsn'], 'BSN')}) en heeft de {d.k('aanvraag')} handmatig "
        f"ingevoerd."
    )


@shape
def s_brp_wrong_addr(d, c):
    return (
        f"Op {d.k('MijnOverheid')} staat nog het {d.k('oude adres')} {d.x(c['street'], 'ADDRESS')} hoewel {d.first(c['res'])} "
        f"al in {d.k(d.r.choice(MONTHS))} is {d.k('verhuisd')}."
    )


@shape
def s_nb_info(d, c):
    return f"{d.k('Contactpersoon')}: buurvrouw/buurman {d.ini(c['nb'])}, tel. {d.x(phone(d.r), 'PHONE')}"


@shape
def s_status_update_mail(d, c):
    return (
        f"{d.k('Update')} over uw melding {d.x(c['case'], 'CASE_NUMBER')}: de status is gewijzigd naar "
        f"'{d.k('Afgehandeld')}'. {d.k('Niet')} tevreden? Reageer binnen 14 dagen."
    )


@shape
def s_med_letter_open(d, c):
    return (
        f"{d.k('Beste')} {d.first(c['res'])},\n{d.k('Zoals')} besproken op {d_day(d, c)} stuur ik u het "
        f"{d.k('afstemmingsvoorstel')}."
    )


@shape
def s_med_letter_close(d, c):
    return f"{d.k('Hartelijke')} groet,\n{d.full(c['med'])}\n{d.k('bemiddelaar')}, {d.k(c['tel14'])}"


@shape
def s_upload_fail(d, c):
    return (
        f"{d.k('Upload')} van '{d.k('loonstrook')}-{d_num(d, c)}-{d.lowsur(c['res'])}.jpg' mislukte met de melding "
        f"'bestandstype niet toegestaan'."
    )


@shape
def s_mail_header(d, c):
    return (
        f"{d.k('Van')}: {d.full(c['res'])} <{d.x(c['email'], 'EMAIL')}>\n{d.k('Aan')}: {d.k(c['info'])}\n"
        f"Datum: {d_day(d, c)}"
    )


@shape
def s_kcc_transfer(d, c):
    return (
        f"{d.k('Doorverbonden')} met de tweede lijn; {d.full(c['off2'])} neemt het over en belt {d.first(c['res'])} "
        f"{d.r.choice(WEEKDAYS)} terug."
    )


@shape
def s_identity_check(d, c):
    return (
        f"{d.k('Identiteit')} {d.k('gecontroleerd')} aan de hand van geboortedatum {d.x(c['dob'], 'DATE_OF_BIRTH')} en postcode "
        f"{d.x(c['pc'], 'POSTCODE')}."
    )


@shape
def s_fam_email(d, c):
    fam = c["fam"]
    e = f"{fam.first.split()[0].lower()}.{(fam.particle + fam.last).replace(' ', '').replace(chr(39), '').lower()}@gmail.com"
    return f"Kopie naar {d.poss(c['res'])} {'dochter' if fam.female else 'zoon'}: {d.x(e, 'EMAIL')}"


@shape
def s_mention_upper_sig(d, c):
    return f"{d.k('AFZENDER')}: {d.upper(c['res'])}, {d.x(c['addr'].upper(), 'ADDRESS')}"


@shape
def s_apology(d, c):
    return (
        f"{d.k('Excuses')} voor het ongemak, {d.title_of(c['res'])}{d.sur(c['res'])}. {d.k('Uw')} melding is "
        f"doorgegeven aan de leverancier van het {d.k('e-formulier')}."
    )


@shape
def s_known_line(d, c):
    word, phrase = c["known"]
    d.k(word.lower())
    return f"{d.k('Volgens')} het dossier geldt: {phrase}."


@shape
def s_known_again(d, c):
    who = (
        (d.title_of(c["res"]) + d.sur(c["res"])) if c["res"].full in [it["text"] for it in d.pii] else d.full(c["res"])
    )
    return f"{d.k('Daarom')} vraagt {who} om een {d.k('terugbelverzoek')}."


def _title_of(self, p):
    return self.r.choice([p.title + " ", ("mw. " if p.female else "dhr. "), ""])


def _title_cap(self, p):
    t = self.r.choice([p.title, ("Mw." if p.female else "Dhr."), ""])
    return (t[0].upper() + t[1:] + " ") if t else ""


Doc.title_of = _title_of
Doc.title_cap = _title_cap

S = SHAPES


# ---------------------------------------------------------------- document kinds
@shape
def k_helpdesk_ticket(d, c):
    lines = [S["s_ticket_header"](d, c), S["s_assign"](d, c)]
    body = d.r.sample(["s_login_fail", "s_sms_never", "s_berichtenbox", "s_screenreader", "s_brp_wrong_addr"], 2)
    lines += [S[b](d, c) for b in body]
    lines += [
        S[b](d, c)
        for b in d.r.sample(["s_status_change", "s_internal_note", "s_internal_note2", "s_bsn_field", "s_dob_field"], 3)
    ]
    return "\n".join(lines)


@shape
def k_chat_transcript(d, c):
    lines = [S["s_chat_open"](d, c), S["s_chat_res"](d, c)]
    lines += [S[b](d, c) for b in d.r.sample(["s_chat_res2", "s_chat_agent_ask", "s_chat_res_pc"], 2)]
    lines += [S["s_chat_agent"](d, c), S["s_chat_close"](d, c)]
    return "\n".join(lines)


@shape
def k_auto_confirmation(d, c):
    lines = [S["s_autoreply_head"](d, c), S["s_formfield_move"](d, c)]
    lines += [
        S[b](d, c)
        for b in d.r.sample(
            ["s_formfield_co", "s_email_field", "s_phone_field", "s_bsn_field", "s_name_field_upper", "s_dob_field"], 3
        )
    ]
    lines.append(S["s_autoreply_foot"](d, c))
    return "\n".join(lines)


@shape
def k_error_log(d, c):
    lines = [S["s_log_intro"](d, c), S["s_log_error"](d, c), S["s_log_warn"](d, c), S["s_log_trace"](d, c)]
    lines.append(f"{d.k('Groet')}, {d.full(c['res'])} ({d.x(c['phone'], 'PHONE')})")
    return "\n".join(lines)


@shape
def k_mediator_summary(d, c):
    parts = [S["s_med_intro"](d, c), S["s_med_maze"](d, c)]
    parts += [
        S[b](d, c)
        for b in d.r.sample(["s_med_family", "s_wrong_brp", "s_machtiging_parent", "s_dob_inline", "s_bsn_inline"], 2)
    ]
    parts += [S["s_med_agree"](d, c), S["s_med_learn"](d, c)]
    return " ".join(parts)


@shape
def k_accessibility(d, c):
    parts = [
        S["s_access_complaint"](d, c),
        S[d.r.choice(["s_screenreader", "s_low_literacy"])](d, c),
        S["s_access_sign"](d, c),
        S["s_access_reply"](d, c),
    ]
    return "\n".join(parts)


@shape
def k_machtiging(d, c):
    parts = [
        S["s_machtiging_parent"](d, c),
        S["s_machtiging_neighbour"](d, c),
        S["s_call_note_fam"](d, c),
        S[d.r.choice(["s_dob_cue", "s_fam_email", "s_nb_info"])](d, c),
        S["s_case_field"](d, c),
    ]
    return " ".join(parts[:3]) + "\n" + "\n".join(parts[3:])


@shape
def k_brp_correction(d, c):
    parts = [
        S["s_wrong_brp"](d, c),
        S["s_brp_wrong_addr"](d, c),
        S["s_identity_check"](d, c),
        S[d.r.choice(["s_internal_note2", "s_escalation"])](d, c),
    ]
    return " ".join(parts)


@shape
def k_missing_message(d, c):
    parts = [
        S["s_mail_header"](d, c),
        S["s_berichtenbox"](d, c),
        S["s_status_update_mail"](d, c),
        S[d.r.choice(["s_apology", "s_address_line"])](d, c),
    ]
    return "\n".join(parts)


@shape
def k_call_note(d, c):
    parts = [
        S["s_call_note"](d, c),
        S[d.r.choice(["s_kcc_transfer", "s_identity_check"])](d, c),
        S[d.r.choice(["s_call_note_fam", "s_reset_audit2", "s_parking_portal"])](d, c),
        S["s_case_field"](d, c),
    ]
    return "\n".join(parts)


@shape
def k_email_thread(d, c):
    parts = [S["s_reply_official"](d, c), S["s_quote_reply"](d, c), S[d.r.choice(["s_iban_field", "s_refund"])](d, c)]
    return "\n\n".join(parts)


@shape
def k_digicoach(d, c):
    parts = [
        S["s_digicoach_intake"](d, c),
        S[d.r.choice(["s_dob_field", "s_phone_field", "s_address_line"])](d, c),
        S["s_low_literacy"](d, c),
        S["s_digicoach_outcome"](d, c),
    ]
    return "\n".join(parts)


@shape
def k_reset_audit(d, c):
    parts = [
        f"{d.k('Auditlog')} {d.k('wachtwoordherstel')} {d.k('Mijn Gemeente')}",
        S["s_reset_audit"](d, c),
        S["s_reset_audit2"](d, c),
        S["s_reset_audit"](d, c),
        S["s_internal_note"](d, c),
    ]
    return "\n".join(parts)


@shape
def k_contact_form(d, c):
    parts = [
        S["s_contactform"](d, c),
        S[d.r.choice(["s_upload_fail", "s_plate_field", "s_bsn_field"])](d, c),
        S["s_status_update_mail"](d, c),
    ]
    return "\n".join(parts)


@shape
def k_escalation_memo(d, c):
    parts = [
        f"{d.k('Memo')} {d.k('Publiekszaken')} — {d.k('vertrouwelijk')}",
        S["s_escalation"](d, c),
        S["s_mention_upper_sig"](d, c),
        S[d.r.choice(["s_refund", "s_machtiging_neighbour"])](d, c),
    ]
    return "\n".join(parts)


@shape
def k_feedback(d, c):
    parts = [S["s_feedback"](d, c), S[d.r.choice(["s_login_fail", "s_sms_never"])](d, c), S["s_apology"](d, c)]
    return " ".join(parts)


@shape
def k_whatsapp(d, c):
    parts = [
        S["s_whatsapp"](d, c),
        S["s_whatsapp_agent"](d, c),
        S[d.r.choice(["s_chat_res_pc", "s_parking_portal"])](d, c),
    ]
    return "\n".join(parts)


@shape
def k_mediator_letter(d, c):
    parts = [
        S["s_med_letter_open"](d, c),
        S["s_med_agree"](d, c),
        S[d.r.choice(["s_refund", "s_med_learn"])](d, c),
        S["s_med_letter_close"](d, c),
    ]
    return "\n".join(parts)


@shape
def k_upload_problem(d, c):
    parts = [S["s_upload_fail"](d, c), S["s_log_trace"](d, c), S["s_email_field"](d, c), S["s_case_field"](d, c)]
    return "\n".join(parts)


@shape
def k_parking_portal(d, c):
    parts = [S["s_parking_portal"](d, c), S["s_plate_field"](d, c), S["s_address_line"](d, c), S["s_iban_field"](d, c)]
    return "\n".join(parts)


KINDS = [n for n in SHAPES if n.startswith("k_")]


def build(r, i):
    c = context(r, i)
    d = Doc(r)
    d.known_word = c["known"][0] if c["known"] else None
    kind = KINDS[r.randrange(len(KINDS))]
    text = S[kind](d, c)
    if c["known"]:
        text += "\n" + S["s_known_line"](d, c) + " " + S["s_known_again"](d, c)
    doc = {"id": f"fresh34d-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if c["known"]:
        known = {"names": [c["res"].full]}
        if r.random() < 0.5 and c["email"] in text:
            known["emails"] = [c["email"]]
        if r.random() < 0.5 and c["phone"] in text:
            known["phones"] = [c["phone"]]
        doc["known"] = known
    origins = {c["res"].origin, c["nb"].origin, c["off"].origin, c["off2"].origin, c["med"].origin}
    return doc, d.shapes, origins


# ---------------------------------------------------------------- gates
def _name_words(s):
    return {w.lower() for w in re.findall(r"\w+", s) if w.lower() not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    text = doc["text"]
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    names = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            names |= _name_words(it["text"])
    allowed = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            allowed |= _name_words(n)
    for k in doc["keep"]:
        for w in _name_words(k) & names:
            if not (w in allowed and k == k.lower() and re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text)):
                return f"keep {k!r} shares {w!r} with a name"
    if int(doc["id"][-4:]) % 4 == 1 and "known" not in doc:
        return "known-name document without known"
    return None


def generate():
    docs, stats = [], {"redraws": 0, "shapes": set(), "origins": set(), "reasons": Counter()}
    for i in range(N_DOCS):
        attempt = 0
        r = random.Random(f"{SEED}-{i}")
        while True:
            doc, shapes, origins = build(r, i)
            why = gate(doc)
            if why is None:
                break
            stats["reasons"][why.split(":")[0]] += 1
            if "-v" in sys.argv:
                print(doc["id"], why, file=sys.stderr)
            attempt += 1
            stats["redraws"] += 1
            if attempt > 50:
                raise SystemExit(f"{doc['id']}: {why}")
            r = random.Random(f"{SEED}-{i}-{attempt}")
        docs.append(doc)
        stats["shapes"] |= shapes
        stats["origins"] |= origins
    return docs, stats


def render(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, stats = generate()
    out = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == out
        print("fresh34d_texts.jsonl is up to date" if same else "fresh34d_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"pii items: {sum(labels.values())}; keep words: {sum(len(d['keep']) for d in docs)}")
        kinds = sorted(s for s in stats["shapes"] if s.startswith("k_"))
        print(
            f"shapes used: {len(stats['shapes'])} of {len(SHAPES)} registered "
            f"({len(kinds)} document kinds, {len(stats['shapes']) - len(kinds)} line/sentence shapes)"
        )
        print(f"origin groups used: {len(stats['origins'])} of {len(ORIGINS)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {stats['redraws']} {dict(stats['reasons'])}")
        return 0
    OUT.write_text(out, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
