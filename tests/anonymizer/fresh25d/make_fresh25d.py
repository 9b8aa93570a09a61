"""Generate fresh25d: a blind corpus of officials' internal messages, calendars and e-mail signatures.

Usage (from the project root, PYTHONPATH=.):
  python tests/anonymizer/fresh25d/make_fresh25d.py           write fresh25d_texts.jsonl
  python tests/anonymizer/fresh25d/make_fresh25d.py --check   exit 1 if the committed file differs
  python tests/anonymizer/fresh25d/make_fresh25d.py --stats   counts per label, shapes, known-name documents, redraws
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from names25d import KNOWN, MUNI_PHONE, MUNIS, ORIGINS, STREET_A, STREET_C  # noqa: E402

_spec = importlib.util.spec_from_file_location("score25d", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 202619104
N_DOCS = 300
OUT = HERE / "fresh25d_texts.jsonl"
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

SHAPES: dict[str, str] = {}  # shape name -> kind (doc, line, sentence)


def shape(kind):
    def deco(f):
        SHAPES[f.__name__] = kind
        return f

    return deco


MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
MON_AB = "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split()
WEEKDAYS = "maandag dinsdag woensdag donderdag vrijdag".split()
WD_AB = {"maandag": "ma", "dinsdag": "di", "woensdag": "wo", "donderdag": "do", "vrijdag": "vr"}
TEAMS = [
    "Team Wijkzaken",
    "Team Schuldhulp",
    "Team Jeugd en Gezin",
    "Team Handhaving",
    "Team Inkomen",
    "Team Wmo-consulenten",
    "Team Klantcontact",
    "Team Vergunningen",
    "Team Leefbaarheid",
    "Team Beschermd Wonen",
]
DEPTS = [
    "Afdeling Belastingen",
    "Afdeling Sociaal Domein",
    "Afdeling Publiekszaken",
    "Afdeling Openbare Ruimte",
    "Afdeling Juridische Zaken",
    "Afdeling Werk en Inkomen",
    "Afdeling Veiligheid",
]
FUNCS = [
    "beleidsmedewerker",
    "casusregisseur",
    "Wmo-consulent",
    "klantmanager",
    "handhaver",
    "juridisch adviseur",
    "teamleider",
    "wijkcoördinator",
    "schuldhulpverlener",
    "klachtenfunctionaris",
    "medewerker belastingen",
    "jeugdconsulent",
]
BUILDINGS = ["Stadskantoor", "Stadhuis", "Wijkcentrum De Kern", "Servicepunt Oost", "Gemeentewerf", "Huis van de Wijk"]
ROOMS = [
    "Zaal Ijssel",
    "Vergaderkamer 3.14",
    "Stiltekamer B2",
    "Zaal Vlinder",
    "Spreekkamer 0.08",
    "Raadzaal",
    "Vergaderruimte Duin",
]
MEETINGS = [
    "Casusoverleg",
    "Wijkteamoverleg",
    "MDO",
    "Werkoverleg",
    "Bezwarencommissie-voorbereiding",
    "Afstemmingsoverleg",
    "Weekstart",
    "Intervisie",
]
SCHEMES = [
    "Participatiewet",
    "Wmo",
    "Jeugdwet",
    "Awb",
    "bijzondere bijstand",
    "kwijtschelding",
    "huurtoeslag",
    "Tozo",
    "Omgevingswet",
    "APV",
]
ORGS = [
    "Veilig Thuis",
    "GGD",
    "UWV",
    "SVB",
    "CAK",
    "Woonstichting Thuisbest",
    "Nationale ombudsman",
    "Kredietbank",
    "Leger des Heils",
    "politie",
]
TOPICS = [
    ("bezwaar tegen de naheffing", "naheffing"),
    ("aanvraag voor een traplift", "traplift"),
    ("melding over geluidsoverlast", "geluidsoverlast"),
    ("kwijtscheldingsverzoek", "kwijtscheldingsverzoek"),
    ("klacht over de bejegening aan de balie", "bejegening"),
    ("terugvordering van bijstand", "terugvordering"),
    ("parkeerboete bij de school", "parkeerboete"),
    ("overlast van een boom", "boom"),
    ("aanvraag leerlingenvervoer", "leerlingenvervoer"),
    ("verzoek om schuldhulp", "schuldhulp"),
    ("handhavingsverzoek over een schuur", "handhavingsverzoek"),
    ("herindicatie huishoudelijke hulp", "herindicatie"),
]
PRONOUNS = ["zij/haar", "hij/hem", "die/hen", "hen/hun"]
RESIDENT_DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "kpnmail.nl",
    "ziggo.nl",
    "live.nl",
    "icloud.com",
    "xs4all.nl",
]
BANKS = ["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
PLATE_LETTERS = "BDFGHJKLNPRSTXZ"


def _split(s):
    return s.split()


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, r, role, origin=None, surname=None, gender=None):
        self.origin = origin or r.choice(list(ORIGINS))
        fem, mal, pre, a, c = ORIGINS[self.origin]
        self.gender = gender or r.choice("fm")
        self.first = r.choice(_firsts(fem if self.gender == "f" else mal))
        if surname is None:
            prefixes = pre.split("|") if pre else [""]
            p = r.choice(prefixes).replace("_", " ")
            core = r.choice(_split(a)) + r.choice(_split(c))
            surname = p + core if (not p or p.endswith(" ")) else p + core.lower()
        self.sur = surname  # as written after a first name ("van der Westerhof")
        words = self.sur.split()
        self.particle = " ".join(w for w in words[:-1] if w.lower() in PARTICLES)
        self.core = words[-1] if self.particle else self.sur
        self.role = role

    @property
    def full(self):
        return f"{self.first} {self.sur}"

    @property
    def sur_cap(self):  # surname without first name: particle capitalised (Dutch rule)
        return self.sur[0].upper() + self.sur[1:]

    @property
    def initial(self):
        return self.first[0] + "."

    @property
    def title(self):
        return "mevrouw" if self.gender == "f" else "de heer"

    @property
    def title_ab(self):
        return "mw." if self.gender == "f" else "dhr."

    def flat(self):
        return re.sub(r"[^a-z]", "", _ascii(self.sur.lower()))

    def core_flat(self):
        return re.sub(r"[^a-z]", "", _ascii(self.core.lower()))

    def initials_code(self):
        parts = [self.first[0].upper()] + [w[0].lower() for w in self.particle.split()] + [self.core[0].upper()]
        return "".join(parts)


def _firsts(s):
    # an underscore joins a two-word first name (Thi_Lan)
    return [w.replace("_", " ") for w in s.split()]


def _ascii(s):
    s = s.replace("ł", "l").replace("ı", "i").replace("İ", "I").replace("'", "")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


# ---------------------------------------------------------------- structured values


def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d)) + str(last)


def bsn_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 9:
        return False
    d = list(map(int, s))
    return (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban(r):
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    chk = 98 - _iban_num(bank + acct + "NL00") % 97
    raw = f"NL{chk:02d}{bank}{acct}"
    return raw if r.random() < 0.3 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s)) and _iban_num(s[4:] + s[:4]) % 97 == 1


def plate(r):
    L = lambda n: "".join(r.choice(PLATE_LETTERS) for _ in range(n))
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    f = r.choice(
        [
            lambda: f"{L(2)}-{D(3)}-{L(1)}",
            lambda: f"{D(1)}-{L(3)}-{D(2)}",
            lambda: f"{L(1)}-{D(3)}-{L(2)}",
            lambda: f"{L(3)}-{D(2)}-{L(1)}",
            lambda: f"{D(2)}-{L(3)}-{D(1)}",
            lambda: f"{D(1)}-{L(2)}-{D(3)}",
        ]
    )
    return f()


def case_number(r):
    y = r.choice(["2024", "2025", "2026"])
    n = r.randint(1000, 99999)
    return r.choice(
        [
            f"DN-{y}-{n:05d}",
            f"Z/{y[2:]}/{n:06d}",
            f"WZ.{y}.{n:05d}",
            f"BEL-{y[2:]}-{n % 10000:04d}-B",
            f"SD{y}{n:05d}",
            f"ZK-{n:05d}-{y[2:]}",
            f"MED/{y}/{n % 1000:03d}",
            f"HH{y[2:]}.{n:05d}",
        ]
    )


def dob(r):
    y, m, d = r.randint(1938, 2008), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d:02d}-{m:02d}-{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}/{m}/{y}",
            f"{d} {MON_AB[m - 1]} {y}",
            f"{d:02d}{m:02d}{y}",
            f"{d}-{m}-'{str(y)[2:]}",
            f"{d} {MONTHS[m - 1].upper()} {y}",
        ]
    )


def meeting_date(r):
    wd = r.choice(WEEKDAYS)
    m = r.randint(1, 12)
    return wd, f"{r.randint(1, 28)} {MONTHS[m - 1]} {r.choice(['2025', '2026'])}", MONTHS[m - 1]


def hhmm(r):
    return f"{r.randint(8, 16):02d}:{r.choice(['00', '15', '30', '45'])}"


def span(r):
    a, b = sorted([hhmm(r), hhmm(r)])
    return f"{a}-{b}" if a != b else f"{a}-17:00"


def mobile(r):
    n = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
    return r.choice(
        [
            f"06-{n[1:]}",
            f"06 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
            f"+31 6 {n[1:]}",
            f"+316{n[1:]}",
            f"(06) {n[1:5]} {n[5:]}",
            f"0031 6 {n[1:]}",
        ]
    )


def direct(r, muni):
    area = MUNI_PHONE[muni]
    rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
    return r.choice([f"{area}-{rest}", f"({area}) {rest}", f"{area} {rest[:3]} {rest[3:]}", f"+31 {area[1:]} {rest}"])


# ---------------------------------------------------------------- document builder


class Doc:
    def __init__(self, r, i):
        self.r, self.i = r, i
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.muni = r.choice(MUNIS)
        self.domain = self.muni.lower() + ".nl"
        self.generic_phone = "14 " + MUNI_PHONE[self.muni]
        self.team = r.choice(TEAMS)
        self.dept = r.choice(DEPTS)
        self.building = r.choice(BUILDINGS)

    def p(self, text, label):
        if {"text": text, "label": label} not in self.pii:
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, word):
        if word not in self.keep:
            self.keep.append(word)
        return word

    def use(self, name):
        self.shapes.append(name)

    # person forms
    def full(self, pe):
        return self.p(pe.full, "PERSON")

    def sur(self, pe, cap=True):
        return self.p(pe.sur_cap if cap else pe.sur, "PERSON")

    def first(self, pe):
        return self.p(pe.first, "PERSON")

    def titled(self, pe):
        r = self.r
        c = r.random()
        if c < 0.4:
            return f"{pe.title} {self.sur(pe)}"
        if c < 0.7:
            return f"{pe.title_ab} {self.sur(pe)}"
        return f"{pe.title} {self.full(pe)}"

    def init_name(self, pe):
        return self.p(f"{pe.initial} {pe.sur}", "PERSON")

    def code(self, pe, lower=False):
        c = pe.initials_code()
        return self.p(c.lower() if lower else c, "PERSON")

    def userid(self, pe):
        if not hasattr(pe, "uid"):
            pe.uid = (_ascii(pe.first[0].lower()) + pe.core_flat())[:9] + f"{self.r.randint(1, 9):02d}"
        return self.p(pe.uid, "PERSON")

    def upper(self, pe):
        return self.p(pe.sur.upper(), "PERSON")

    def poss(self, pe, first=False):
        base = pe.first if first else pe.sur_cap
        if base[-1] in "aeiouy":
            self.p(base, "PERSON")
            return base + "'s"
        if base[-1] in "sxz":
            self.p(base, "PERSON")
            return base + "'"
        return self.p(base + "s", "PERSON")

    def mail_off(self, pe):
        if not hasattr(pe, "mail"):
            r = self.r
            f = _ascii(pe.first.lower()).replace(" ", "").replace("-", "")
            pe.mail = (
                r.choice([f"{f[0]}.{pe.flat()}", f"{f}.{pe.flat()}", f"{f[0]}{pe.core_flat()}"]) + "@" + self.domain
            )
        return self.p(pe.mail, "EMAIL")

    def mail_res(self, pe):
        if not hasattr(pe, "mail"):
            r = self.r
            f = _ascii(pe.first.lower()).replace(" ", "").replace("-", "")
            pe.mail = (
                r.choice(
                    [
                        f"{f}.{pe.flat()}{r.randint(60, 99)}",
                        f"{pe.core_flat()}.{f[0]}",
                        f"fam.{pe.flat()}",
                        f"{f}{pe.core_flat()[:4]}",
                    ]
                )
                + "@"
                + r.choice(RESIDENT_DOMAINS)
            )
        return self.p(pe.mail, "EMAIL")

    def tel(self, pe):
        if not hasattr(pe, "tel"):
            pe.tel = mobile(self.r) if pe.role != "official" or self.r.random() < 0.4 else direct(self.r, self.muni)
        return self.p(pe.tel, "PHONE")


# ---------------------------------------------------------------- context


def make_ctx(d: Doc, known: bool):
    r = d.r
    res_origin = r.choice(list(ORIGINS))
    if known:
        sur, word, sents = r.choice(KNOWN)
        res = Person(r, "resident", origin=res_origin, surname=sur)
        d.known_word, d.known_sents = word, sents
    else:
        res = Person(r, "resident", origin=res_origin)
        d.known_word = None
    fam = Person(r, "family", origin=res.origin, surname=res.sur)
    while fam.first == res.first:
        fam = Person(r, "family", origin=res.origin, surname=res.sur)
    nb = Person(r, "neighbour")
    offs = []
    for _ in range(3):
        o = Person(r, "official")
        o.func = r.choice(FUNCS)
        o.team = r.choice(TEAMS)
        o.dept = r.choice(DEPTS)
        offs.append(o)
    med = Person(r, "mediator")
    med.func = "mediator"
    med.team = "Team Mediation"
    med.dept = "Bureau Verzoek tot Afstemming"
    street = r.choice(STREET_A) + r.choice(STREET_C)
    num = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "-2", " bis", "B"])
    pc = f"{r.randint(1000, 9999)} {r.choice(PLATE_LETTERS)}{r.choice(PLATE_LETTERS)}"
    return dict(
        res=res,
        fam=fam,
        nb=nb,
        o1=offs[0],
        o2=offs[1],
        o3=offs[2],
        med=med,
        street=street,
        num=num,
        pc=pc,
        case=case_number(r),
        case2=case_number(r),
    )


# ---------------------------------------------------------------- line shapes: headers


@shape("line")
def hdr_name_angle(d, c, who, to):
    return f"Van: {d.full(who)} <{d.mail_off(who)}>\nAan: {d.full(to)} <{d.mail_off(to)}>"


@shape("line")
def hdr_reversed(d, c, who, to):
    a = d.p(f"{who.sur_cap}, {who.first}", "PERSON")
    b = d.p(f"{to.sur_cap}, {to.first}", "PERSON")
    return f"Van: {a} ({d.k(who.team)})\nVerzonden: {d.k(c['wd'])} {c['date']} {hhmm(d.r)}\nAan: {b}"


@shape("line")
def hdr_initial_team(d, c, who, to):
    return f"Van: {d.init_name(who)} | {d.k(who.dept)}\nAan: {d.mail_off(to)}\nCC: {d.mail_off(c['o3'])}"


@shape("line")
def hdr_outlook_nl(d, c, who, to):
    return (
        f"Van: {d.mail_off(who)}\nDatum: {d.k(c['wd'])} {c['date']}\nAan: {d.full(to)}; {d.full(c['o3'])}\n"
        f"Belangrijkheid: {d.k('Hoog')}"
    )


@shape("line")
def subj_initials(d, c):
    return f"Onderwerp: [{d.code(c['o1'])}] {d.k(c['topic'][0].capitalize())} – {d.p(c['case'], 'CASE_NUMBER')}"


@shape("line")
def subj_re_surname(d, c):
    return f"Onderwerp: RE: {d.upper(c['res'])} / {d.p(c['case'], 'CASE_NUMBER')} / {d.k('spoed')}"


@shape("line")
def subj_fw_name(d, c):
    return f"Onderwerp: FW: {d.k('Verzoek')} tot afstemming {d.full(c['res'])}"


@shape("line")
def subj_lower_code(d, c):
    return f"Onderwerp: graag reactie vóór {d.k(c['wd'])} ({d.code(c['o2'], lower=True)})"


# ---------------------------------------------------------------- line shapes: signatures


@shape("line")
def sig_classic(d, c, pe):
    return (
        f"Met vriendelijke groet,\n\n{d.full(pe)}\n{d.k(pe.func.capitalize())}\n{d.k(pe.team)} | {d.k(pe.dept)}\n"
        f"Gemeente {d.k(d.muni)}\nT {d.tel(pe)}\nE {d.mail_off(pe)}"
    )


@shape("line")
def sig_pronouns_days(d, c, pe):
    days = d.r.sample(WEEKDAYS, 3)
    days.sort(key=WEEKDAYS.index)
    return (
        f"Hartelijke groet,\n{d.full(pe)} ({d.r.choice(PRONOUNS)})\n{d.k(pe.func.capitalize())}, {d.k(pe.team)}\n"
        f"{d.k('Werkdagen')}: {', '.join(d.k(x) for x in days)}\nDirect: {d.tel(pe)}"
    )


@shape("line")
def sig_short_first(d, c, pe):
    return f"Groet,\n{d.first(pe)}"


@shape("line")
def sig_pipe(d, c, pe):
    return (
        f"{d.init_name(pe)} | {d.k(pe.func.capitalize())} | {d.k(pe.dept)} | {d.k(d.building)} | "
        f"{d.tel(pe)} | {d.k('bereikbaar')} {d.k('ma')}-{d.k('do')}"
    )


@shape("line")
def sig_namens(d, c, pe):
    return (
        f"Namens het college van burgemeester en wethouders,\n{d.full(pe)}\n{d.k(pe.func.capitalize())}\n"
        f"Algemeen: {d.k(d.generic_phone)} of {d.k('info')}@{d.domain}"
    )


@shape("line")
def sig_mobile_only(d, c, pe):
    return (
        f"Groeten, {d.first(pe)}\n--\n{d.full(pe)}, {d.k(pe.func)} {d.k(pe.team)}\nMobiel {d.tel(pe)} "
        f"(niet op {d.k('woensdag')})"
    )


@shape("line")
def sig_disclaimer(d, c, pe):
    return (
        f"Vriendelijke groet,\n{d.full(pe)}\n{d.k(pe.dept)}\n{d.mail_off(pe)}\n\n"
        f"{d.k('Dit')} bericht kan vertrouwelijke informatie bevatten. {d.k('Bent')} u niet de geadresseerde, "
        f"verwijder het dan."
    )


@shape("line")
def sig_parttime(d, c, pe):
    wd = d.r.choice(WEEKDAYS)
    return f"Mvg,\n{d.full(pe)} – {d.k(pe.func)}\n{d.k('Ik')} werk niet op {d.k(wd)}; {d.k('voor')} spoed: {d.k(d.generic_phone)}"


SIGS = [
    sig_classic,
    sig_pronouns_days,
    sig_short_first,
    sig_pipe,
    sig_namens,
    sig_mobile_only,
    sig_disclaimer,
    sig_parttime,
]
HDRS = [hdr_name_angle, hdr_reversed, hdr_initial_team, hdr_outlook_nl]
SUBJ = [subj_initials, subj_re_surname, subj_fw_name, subj_lower_code]


# ---------------------------------------------------------------- sentence shapes


@shape("sentence")
def s_resident_intro(d, c):
    res = c["res"]
    return (
        f"{d.k('Het')} gaat om {d.titled(res)}, {d.k('wonend')} aan de {d.p(c['street'] + ' ' + c['num'], 'ADDRESS')}, "
        f"{d.p(c['pc'], 'POSTCODE')} {d.k(d.muni)}."
    )


@shape("sentence")
def s_dob_geb(d, c):
    return f"{d.k('Betrokkene')}: {d.full(c['res'])}, geb. {d.p(c['dob'], 'DATE_OF_BIRTH')}."


@shape("sentence")
def s_dob_bare_list(d, c):
    return (
        f"{d.full(c['res'])} – {d.p(c['dob'], 'DATE_OF_BIRTH')} – {d.p(c['street'] + ' ' + c['num'], 'ADDRESS')}"
        f", {d.p(c['pc'], 'POSTCODE')} – {d.k('klant')} sinds {d.k(c['month'])}"
    )


@shape("sentence")
def s_dob_geboren_op(d, c):
    return f"{d.k('Mevrouw')}/meneer {d.sur(c['res'])} is geboren op {d.p(c['dob'], 'DATE_OF_BIRTH')} en woont alleen."


@shape("sentence")
def s_dob_child(d, c):
    return (
        f"{d.k('Haar')}/zijn kind {d.first(c['fam'])} ({d.k('leerling')}, °{d.p(c['dob2'], 'DATE_OF_BIRTH')}) "
        f"staat ook op het adres ingeschreven."
    )


@shape("sentence")
def s_dob_field(d, c):
    return f"{d.k('Geboortedatum')} aanvrager: {d.p(c['dob'], 'DATE_OF_BIRTH')} ({d.k('gecontroleerd')} in BRP)"


@shape("sentence")
def s_bsn_check(d, c):
    return f"{d.k('BSN')} {d.p(c['bsn'], 'BSN')} is {d.k('gecontroleerd')} tegen de BRP, klopt met de ID-kaart."


@shape("sentence")
def s_bsn_paren(d, c):
    return f"{d.first(c['res'])} ({d.k('burgerservicenummer')} {d.p(c['bsn'], 'BSN')}) {d.k('heeft')} geen DigiD."


@shape("sentence")
def s_iban(d, c):
    return (
        f"{d.k('Terugbetaling')} graag op {d.p(c['iban'], 'IBAN')} t.n.v. {d.init_name(c['res'])}, "
        f"{d.k('bedrag')} € {d.k(c['amount'])}."
    )


@shape("sentence")
def s_iban_fam(d, c):
    return (
        f"{d.k('Let')} op: de rekening {d.p(c['iban'], 'IBAN')} staat op naam van {d.full(c['fam'])}, niet op die "
        f"van de aanvrager."
    )


@shape("sentence")
def s_plate(d, c):
    return (
        f"{d.k('Handhaving')} zag de auto met kenteken {d.p(c['plate'], 'LICENSE_PLATE')} weer op de stoep "
        f"voor nummer {c['num'].split()[0]}."
    )


@shape("sentence")
def s_plate_nb(d, c):
    return (
        f"{d.k('Volgens')} {d.titled(c['nb'])} ({d.k('buurman')}/buurvrouw) staat de bus "
        f"{d.p(c['plate'], 'LICENSE_PLATE')} al weken op de parkeerplaats."
    )


@shape("sentence")
def s_case_ref(d, c):
    return f"{d.k('Zaaknummer')} in Djuma: {d.p(c['case'], 'CASE_NUMBER')}, {d.k('gekoppeld')} aan {d.p(c['case2'], 'CASE_NUMBER')}."


@shape("sentence")
def s_case_file(d, c):
    fn = f"{d.k('dossiernotitie')}-{d.p(c['res'].core_flat(), 'PERSON')}-{c['date'].split()[-1]}.docx"
    return f"{d.k('Bijlage')}: {fn} ({d.k('zie')} ook {d.p(c['case'], 'CASE_NUMBER')})"


@shape("sentence")
def s_phone_res(d, c):
    return f"{d.k('Bereikbaar')} op {d.tel(c['res'])}, bij voorkeur na {d.k('15.00')} uur."


@shape("sentence")
def s_mail_res(d, c):
    return (
        f"{d.k('Ze')} mailt zelf vanaf {d.mail_res(c['res'])}; {d.k('antwoord')} graag via de beveiligde "
        f"{d.k('berichtenbox')}."
    )


@shape("sentence")
def s_neighbour(d, c):
    nb = c["nb"]
    return (
        f"{d.k('De')} melder is {d.titled(nb)} van {d.p(c['street'] + ' ' + c['num2'], 'ADDRESS')}; "
        f"{d.sur(nb)} wil anoniem blijven."
    )


@shape("sentence")
def s_family(d, c):
    return (
        f"{d.k('Partner')} {d.full(c['fam'])} belde namens {d.first(c['res'])}; volgens {d.first(c['fam'])} is de "
        f"{d.k(c['topic'][1])} nooit ontvangen."
    )


@shape("sentence")
def s_mediator(d, c):
    m = c["med"]
    return (
        f"{d.k('Mediator')} {d.full(m)} ({d.k('Verzoek')} tot Afstemming) wil {d.k(c['wd'])} een "
        f"{d.k('kennismaking')}; {d.sur(m)} is bereikbaar via {d.mail_off(m).split('@')[0]}@{d.domain}."
    )


@shape("sentence")
def s_topic(d, c):
    return (
        f"{d.k('Achtergrond')}: {d.k('lopende')} {c['topic'][0]} ({d.k(c['scheme'])}); {d.k('eerder')} "
        f"{d.k('contact')} met {d.k(c['org'])}."
    )


@shape("sentence")
def s_possessive(d, c):
    return f"{d.poss(c['res'])} {d.k('dossier')} is {d.k('onvolledig')}: de {d.k('inkomensgegevens')} ontbreken."


@shape("sentence")
def s_possessive_first(d, c):
    return f"{d.k('Ik')} heb {d.poss(c['o2'], first=True)} {d.k('aantekeningen')} erbij gelegd."


@shape("sentence")
def s_mention_at(d, c):
    return f"@{d.sur(c['o2'])} {d.k('kun')} jij dit {d.k('oppakken')}? {d.first(c['res'])} belt anders weer."


@shape("sentence")
def s_mention_lower(d, c):
    return f"{d.k('cc')} @{d.userid(c['o3'])} – {d.k('ter')} info, {d.k('geen')} actie nodig."


@shape("sentence")
def s_known(d, c):
    if not d.known_word:
        return None
    return d.r.choice(d.known_sents)


@shape("sentence")
def s_amount(d, c):
    return (
        f"{d.k('Openstaand')}: € {d.k(c['amount'])}; {d.k('betalingsregeling')} van € {d.k(c['amount2'])} per maand "
        f"{d.k('voorgesteld')}."
    )


@shape("sentence")
def s_contact_generic(d, c):
    return (
        f"{d.k('Burgers')} kunnen ons bellen op {d.k(d.generic_phone)} of mailen naar {d.k('info')}@{d.domain}; "
        f"{d.k('niet')} naar onze persoonlijke adressen."
    )


@shape("sentence")
def s_address_moved(d, c):
    return (
        f"{d.k('Verhuisd')} per 1 {d.k(c['month'])}: van de {d.p(c['street'] + ' ' + c['num'], 'ADDRESS')} naar de "
        f"{d.p(c['street2'] + ' ' + c['num2'], 'ADDRESS')}, {d.p(c['pc2'], 'POSTCODE')}."
    )


@shape("sentence")
def s_address_street_only(d, c):
    return f"{d.k('Rondom')} de {d.p(c['street2'], 'ADDRESS')} zijn {d.k('vaker')} meldingen gedaan, niet alleen door {d.sur(c['res'])}."


SENTS = [
    s_resident_intro,
    s_dob_geb,
    s_dob_bare_list,
    s_dob_geboren_op,
    s_dob_child,
    s_dob_field,
    s_bsn_check,
    s_bsn_paren,
    s_iban,
    s_iban_fam,
    s_plate,
    s_plate_nb,
    s_case_ref,
    s_case_file,
    s_phone_res,
    s_mail_res,
    s_neighbour,
    s_family,
    s_mediator,
    s_topic,
    s_possessive,
    s_possessive_first,
    s_mention_at,
    s_mention_lower,
    s_amount,
    s_contact_generic,
    s_address_moved,
    s_address_street_only,
]


def body(d, c, n):
    """n sentence shapes, always the topic, plus the known-word sentence in a known document."""
    picks = d.r.sample(SENTS, n)
    if s_topic not in picks:
        picks[0] = s_topic
    out = []
    for f in picks:
        t = f(d, c)
        if t:
            d.use(f.__name__)
            out.append(t)
    if d.known_word:
        out.insert(d.r.randint(1, len(out)), s_known(d, c))
        d.use("s_known")
        d.k(d.known_word)
    return out


def call(d, f, *a):
    d.use(f.__name__)
    return f(d, *a)


# ---------------------------------------------------------------- document shapes


@shape("doc")
def doc_internal_mail(d, c):
    o1, o2 = c["o1"], c["o2"]
    h = call(d, d.r.choice(HDRS), c, o1, o2)
    s = call(d, d.r.choice(SUBJ), c)
    b = body(d, c, 4)
    sig = call(d, d.r.choice(SIGS), c, o1)
    return f"{h}\n{s}\n\n{d.k('Hoi')} {d.first(o2)},\n\n" + " ".join(b) + f"\n\n{sig}"


@shape("doc")
def doc_forward_chain(d, c):
    o1, o2, o3 = c["o1"], c["o2"], c["o3"]
    b = body(d, c, 3)
    sig = call(d, d.r.choice(SIGS), c, o3)
    quoted = "\n".join("> " + x for x in b)
    return (
        f"{d.first(o2)}, {d.k('zie')} hieronder. {d.k('Kun')} jij dit meenemen in het {d.k(c['meeting'])}?\n\n"
        f"---------- {d.k('Doorgestuurd')} bericht ----------\nVan: {d.full(o3)} <{d.mail_off(o3)}>\n"
        f"Datum: {d.k(c['wd'])} {c['date']}\nOnderwerp: {d.k('Dossier')} {d.upper(c['res'])}\n"
        f"Aan: {d.mail_off(o1)}\n\n{quoted}\n> \n" + "\n".join("> " + x for x in sig.split("\n"))
    )


@shape("doc")
def doc_reply_quote(d, c):
    o1, o2 = c["o1"], c["o2"]
    b = body(d, c, 3)
    wd = WD_AB[c["wd"]]
    return (
        f"{d.k('Dank')}, {d.first(o1)}. {d.k('Ik')} bel {d.titled(c['res'])} {d.k('morgen')}.\n\n"
        f"{call(d, sig_short_first, c, o2)}\n\nOp {wd} {c['date']} om {hhmm(d.r)} schreef {d.full(o1)} "
        f"<{d.mail_off(o1)}>:\n" + "\n".join("> " + x for x in b)
    )


@shape("doc")
def doc_teams_export(d, c):
    o1, o2, o3 = c["o1"], c["o2"], c["o3"]
    r = d.r
    lines = [call(d, r.choice(TEAMS_LINES), c, o1, o2) for _ in range(2)]
    b = body(d, c, 3)
    t = hhmm(r)
    lines.append(f"[{t}] {d.full(o2)}: " + " ".join(b))
    lines.append(call(d, r.choice(TEAMS_LINES), c, o3, o1))
    return f"{d.k('Chatexport')} Microsoft Teams – kanaal {d.k(o1.team)} – {d.k(c['wd'])} {c['date']}\n" + "\n".join(
        lines
    )


@shape("line")
def tl_bracket_first(d, c, a, b):
    return f"[{hhmm(d.r)}] {d.first(a)}: {d.first(b)}, {d.k('heb')} jij {d.sur(c['res'])} {d.k('al')} teruggebeld?"


@shape("line")
def tl_reversed_name(d, c, a, b):
    nm = d.p(f"{a.sur_cap}, {a.first}", "PERSON")
    return f"{nm} {hhmm(d.r)}\n{d.k('Nee')}, ik zit tot {hhmm(d.r)} in {d.k(d.r.choice(ROOMS))}."


@shape("line")
def tl_reaction(d, c, a, b):
    return f'{d.full(a)} {d.k("reageerde")} met 👍 op: "{d.k("Graag")} vóór {d.k(c["wd"])}"'


@shape("line")
def tl_mention_code(d, c, a, b):
    return f"[{hhmm(d.r)}] {d.code(a)}: @{d.first(b)} {d.k('zaak')} {d.p(c['case'], 'CASE_NUMBER')} staat op jouw naam."


TEAMS_LINES = [tl_bracket_first, tl_reversed_name, tl_reaction, tl_mention_code]


@shape("doc")
def doc_out_of_office(d, c):
    o1, o2 = c["o1"], c["o2"]
    r = d.r
    v = r.choice(OOO)
    txt = call(d, v, c, o1, o2)
    extra = " ".join(body(d, c, 2))
    return (
        f"{d.k('Automatisch')} antwoord: {d.k('Afwezig')}\n\n{txt}\n\n-----\n{d.k('Oorspronkelijk')} bericht:\n{extra}"
    )


@shape("line")
def ooo_standin_mail(d, c, a, b):
    return (
        f"{d.k('Beste')} afzender,\n{d.k('Tot')} en met {d.k(c['wd'])} {c['date']} ben ik afwezig. {d.k('Voor')} "
        f"{d.k('dringende')} zaken kunt u terecht bij mijn collega {d.full(b)} ({d.mail_off(b)}, {d.tel(b)}).\n"
        f"{d.k('Met')} vriendelijke groet,\n{d.full(a)}"
    )


@shape("line")
def ooo_parttime(d, c, a, b):
    return (
        f"{d.k('Ik')} werk op {d.k('maandag')}, {d.k('dinsdag')} en {d.k('donderdag')}. {d.k('Uw')} mail wordt "
        f"doorgestuurd naar {d.first(b)} {d.k('van')} {d.k(b.team)}.\n{d.init_name(a)}"
    )


@shape("line")
def ooo_leave(d, c, a, b):
    return (
        f"{d.k('Wegens')} verlof ben ik tot {c['date']} niet bereikbaar. {d.k('Zaken')} over {d.k(c['scheme'])} "
        f"neemt {d.titled(b)} waar; algemene vragen via {d.k(d.generic_phone)}.\n{d.first(a)} ({d.k(a.team)})"
    )


OOO = [ooo_standin_mail, ooo_parttime, ooo_leave]


@shape("doc")
def doc_meeting_invite(d, c):
    o1, o2, o3, m = c["o1"], c["o2"], c["o3"], c["med"]
    b = body(d, c, 3)
    return (
        f"{d.k('Uitnodiging')}: {d.k(c['meeting'])} {d.sur(c['res'])} ({d.p(c['case'], 'CASE_NUMBER')})\n"
        f"{d.k('Wanneer')}: {d.k(c['wd'])} {c['date']} {span(d.r)}\n"
        f"{d.k('Locatie')}: {d.k(c['room'])}, {d.k(d.building)}\n{d.k('Organisator')}: {d.full(o1)}\n"
        f"{d.k('Verplicht')}: {d.full(o2)}; {d.full(m)}\n{d.k('Optioneel')}: {d.mail_off(o3)}\n\n"
        f"{d.k('Agenda')}:\n1. {d.k('Opening')}\n2. "
        + "\n3. ".join(b[:2])
        + "\n4. "
        + " ".join(b[2:])
        + f"\n5. {d.k('Rondvraag')}"
    )


@shape("doc")
def doc_calendar(d, c):
    o1, o2 = c["o1"], c["o2"]
    r = d.r
    rows = []
    for f in r.sample(CAL_ROWS, 3):
        rows.append(call(d, f, c, o1, o2))
    b = body(d, c, 2)
    return (
        f"{d.k('Agenda')} {d.full(o1)} – {d.k('week')} {r.randint(2, 51)}\n"
        + "\n".join(rows)
        + f"\n{d.k('Notitie')} bij afspraak: "
        + " ".join(b)
    )


@shape("line")
def cal_home_visit(d, c, a, b):
    return (
        f"{d.k(c['wd'].capitalize())} {hhmm(d.r)} {d.k('Huisbezoek')} {d.sur(c['res'])}, "
        f"{d.p(c['street'] + ' ' + c['num'], 'ADDRESS')} ({d.k('samen')} met {d.first(b)})"
    )


@shape("line")
def cal_block(d, c, a, b):
    return f"{d.k('Vrijdag')} {hhmm(d.r)} {d.k('Blokkade')}: {d.k('verslaglegging')} – niet inplannen"


@shape("line")
def cal_phone_slot(d, c, a, b):
    return f"{d.k('Donderdag')} {hhmm(d.r)} {d.k('Terugbelafspraak')} {d.init_name(c['res'])} {d.tel(c['res'])}"


@shape("line")
def cal_meeting_room(d, c, a, b):
    return f"{d.k('Dinsdag')} {hhmm(d.r)} {d.k(c['meeting'])} – {d.k(c['room'])} – {d.k('organisator')} {d.code(b)}"


CAL_ROWS = [cal_home_visit, cal_block, cal_phone_slot, cal_meeting_room]


@shape("doc")
def doc_distribution_list(d, c):
    offs = [c["o1"], c["o2"], c["o3"], c["med"]]
    r = d.r
    rows = []
    for o in offs:
        f = r.choice(DL_ROWS)
        rows.append(call(d, f, c, o))
    b = body(d, c, 2)
    return (
        f"{d.k('Verzendlijst')} {d.k(c['meeting'])} {d.k(d.team)} ({d.k('bijgewerkt')} {c['date']})\n"
        + "\n".join(rows)
        + f"\n\n{d.k('Aanleiding')} wijziging: "
        + " ".join(b)
    )


@shape("line")
def dl_name_mail(d, c, o):
    return f"- {d.full(o)} <{d.mail_off(o)}> – {d.k(o.func)}"


@shape("line")
def dl_semicolon(d, c, o):
    return f"- {d.mail_off(o)}; {d.k(o.dept)}"


@shape("line")
def dl_userid(d, c, o):
    return f"- {d.userid(o)} ({d.init_name(o)}, {d.k(o.team)})"


DL_ROWS = [dl_name_mail, dl_semicolon, dl_userid]


@shape("doc")
def doc_handover(d, c):
    o1, o2 = c["o1"], c["o2"]
    b = body(d, c, 4)
    v = d.r.choice(HO_OPEN)
    return (
        f"{d.k('Overdracht')} {d.k('dossier')} {d.p(c['case'], 'CASE_NUMBER')}\n"
        + call(d, v, c, o1, o2)
        + "\n\n"
        + "\n".join("- " + x for x in b)
        + f"\n\n{d.k('Openstaande')} {d.k('acties')}: {d.k('brief')} "
        f"{d.k('versturen')} vóór {d.k(c['wd'])}.\n" + call(d, sig_short_first, c, o1)
    )


@shape("line")
def ho_from_to(d, c, a, b):
    return (
        f"Van: {d.full(a)} ({d.k(a.team)})  →  Naar: {d.full(b)} ({d.k(b.team)})\n{d.k('Reden')}: "
        f"{d.k('zwangerschapsverlof')} van {d.first(a)}"
    )


@shape("line")
def ho_sentence(d, c, a, b):
    return (
        f"{d.k('Per')} {c['date']} neemt {d.full(b)} de zaak van {d.titled(c['res'])} over van {d.sur(a)}, "
        f"{d.k('die')} naar {d.k(a.dept)} gaat."
    )


@shape("line")
def ho_codes(d, c, a, b):
    return f"{d.code(a)} → {d.code(b)} | {d.k('behandelaar')} gewijzigd in Djuma ({d.userid(b)})"


HO_OPEN = [ho_from_to, ho_sentence, ho_codes]


@shape("doc")
def doc_file_note(d, c):
    o1 = c["o1"]
    b = body(d, c, 5)
    v = d.r.choice(FN_HEAD)
    return call(d, v, c) + "\n\n" + "\n".join(b) + f"\n\n{d.k('Vastgelegd')} door {d.init_name(o1)}, {d.k(o1.func)}"


@shape("line")
def fn_head_table(d, c):
    return (
        f"{d.k('DOSSIERNOTITIE')}\n{d.k('Zaak')}: {d.p(c['case'], 'CASE_NUMBER')}\n{d.k('Cliënt')}: "
        f"{d.full(c['res'])}\n{d.k('Datum')} notitie: {c['date']}"
    )


@shape("line")
def fn_head_inline(d, c):
    return f"{d.k('Dossiernotitie')} {c['date']} inzake {d.titled(c['res'])} ({d.p(c['case'], 'CASE_NUMBER')})"


@shape("line")
def fn_head_caps(d, c):
    return f"{d.k('NOTITIE')} – {d.upper(c['res'])}, {d.p(c['res'].first.upper(), 'PERSON')} – {d.k('VERTROUWELIJK')}"


FN_HEAD = [fn_head_table, fn_head_inline, fn_head_caps]


@shape("doc")
def doc_workflow_task(d, c):
    o1, o2 = c["o1"], c["o2"]
    v = d.r.choice(WF_ROWS)
    b = body(d, c, 3)
    return (
        f"{d.k('Taak')}: {d.k(c['topic'][1].capitalize())} beoordelen\n"
        + call(d, v, c, o1, o2)
        + f"\n{d.k('Status')}: {d.k('open')}\n{d.k('Toelichting')}: "
        + " ".join(b)
    )


@shape("line")
def wf_assigned_uid(d, c, a, b):
    return (
        f"{d.k('Toegewezen')} aan: {d.userid(a)}\n{d.k('Aangemaakt')} door: {d.userid(b)} op {c['date']}\n"
        f"{d.k('Deadline')}: {d.k(c['wd'])}\n{d.k('Zaak')}: {d.p(c['case'], 'CASE_NUMBER')}"
    )


@shape("line")
def wf_assigned_name(d, c, a, b):
    return (
        f"{d.k('Toegewezen')} aan: {d.full(a)} ({d.k(a.team)})\n{d.k('Wachtrij')}: {d.k(a.dept)}\n"
        f"{d.k('Betrokkene')}: {d.init_name(c['res'])}"
    )


@shape("line")
def wf_history(d, c, a, b):
    return (
        f"{c['date']} {hhmm(d.r)} – {d.userid(b)} {d.k('wijzigde')} behandelaar naar {d.userid(a)}\n"
        f"{c['date']} {hhmm(d.r)} – {d.userid(a)} {d.k('voegde')} {d.k('document')} toe"
    )


WF_ROWS = [wf_assigned_uid, wf_assigned_name, wf_history]


@shape("doc")
def doc_phone_memo(d, c):
    o1 = c["o1"]
    b = body(d, c, 3)
    return (
        f"{d.k('Telefoonnotitie')} – {d.k(d.team)}\n{d.k('Aangenomen')} door: {d.first(o1)} ({d.code(o1, lower=True)})\n"
        f"{d.k('Beller')}: {d.full(c['res'])}, {d.tel(c['res'])}\n{d.k('Voor')}: {d.full(c['o2'])}\n\n"
        + " ".join(b)
        + f"\n{d.k('Terugbellen')}: {d.k('ja')}, {d.k(c['wd'])} na {d.k('13.00')}"
    )


@shape("doc")
def doc_action_list(d, c):
    o1, o2, o3 = c["o1"], c["o2"], c["o3"]
    b = body(d, c, 3)
    acts = [
        f"{d.code(o1)}: {d.k('brief')} aan {d.sur(c['res'])}",
        f"{d.first(o2)}: {d.k('navragen')} bij {d.k(c['org'])}",
        f"{d.code(o3)} + {d.code(o2)}: {d.k('huisbezoek')} plannen",
    ]
    return (
        f"{d.k('Actiepunten')} {d.k(c['meeting'])} {d.k(c['wd'])} {c['date']}\n{d.k('Aanwezig')}: {d.first(o1)}, "
        f"{d.first(o2)}, {d.full(o3)} ({d.k('notulen')})\n\n"
        + "\n".join(f"{n + 1}. {x}" for n, x in enumerate(b))
        + "\n\n"
        + "\n".join("• " + x for x in acts)
    )


@shape("doc")
def doc_escalation(d, c):
    o1, m = c["o1"], c["med"]
    b = body(d, c, 4)
    sig = call(d, d.r.choice(SIGS), c, o1)
    return (
        f"Aan: {d.mail_off(m)}\nCC: {d.k(o1.dept.lower())}@{d.domain}\nOnderwerp: {d.k('Aanmelding')} "
        f"{d.k('mediation')} – {d.p(c['case'], 'CASE_NUMBER')}\n\n{d.k('Beste')} {d.first(m)},\n\n"
        f"{d.k('Hierbij')} meld ik de zaak van {d.titled(c['res'])} aan. " + " ".join(b) + f"\n\n{sig}"
    )


@shape("doc")
def doc_signature_thread(d, c):
    o1, o2 = c["o1"], c["o2"]
    b = body(d, c, 2)
    s1 = call(d, d.r.choice(SIGS), c, o1)
    s2 = call(d, d.r.choice(SIGS), c, o2)
    return (
        f"{d.k('Prima')}, zo doen we het.\n\n{s2}\n\n_____\n{d.k('Van')}: {d.full(o1)}\n{d.k('Onderwerp')}: "
        f"{d.k('Afspraak')} {d.sur(c['res'])}\n\n" + " ".join(b) + f"\n\n{s1}"
    )


@shape("doc")
def doc_system_log(d, c):
    o1, o2 = c["o1"], c["o2"]
    b = body(d, c, 2)
    return (
        f"{d.k('Logboek')} {d.p(c['case'], 'CASE_NUMBER')}\n{c['date']} {hhmm(d.r)} | {d.userid(o1)} | "
        f"{d.k('Status')} → {d.k('In')} behandeling\n{c['date']} {hhmm(d.r)} | {d.userid(o2)} | {d.k('Notitie')}: "
        + " ".join(b)
        + f"\n{c['date']} {hhmm(d.r)} | {d.k('systeem')} | {d.k('Herinnering')} verstuurd naar {d.userid(o1)}"
    )


DOCS = [
    doc_internal_mail,
    doc_forward_chain,
    doc_reply_quote,
    doc_teams_export,
    doc_out_of_office,
    doc_meeting_invite,
    doc_calendar,
    doc_distribution_list,
    doc_handover,
    doc_file_note,
    doc_workflow_task,
    doc_phone_memo,
    doc_action_list,
    doc_escalation,
    doc_signature_thread,
    doc_system_log,
]


# ---------------------------------------------------------------- generation and gate


def build(i: int, attempt: int) -> dict:
    r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
    d = Doc(r, i)
    known = i % 4 == 1
    c = make_ctx(d, known)
    wd, date, month = meeting_date(r)
    street2 = r.choice([s for s in STREET_A if not c["street"].startswith(s)]) + r.choice(STREET_C)
    c.update(
        wd=wd,
        date=date,
        month=month,
        topic=r.choice(TOPICS),
        scheme=r.choice(SCHEMES),
        org=r.choice(ORGS),
        meeting=r.choice(MEETINGS),
        room=r.choice(ROOMS),
        dob=dob(r),
        dob2=dob(r),
        bsn=bsn(r),
        iban=iban(r),
        plate=plate(r),
        amount=f"{r.randint(40, 4800)},{r.choice(['00', '50', '75', '13'])}",
        amount2=f"{r.randint(15, 150)},00",
        street2=street2,
        num2=str(r.randint(1, 300)),
        pc2=f"{r.randint(1000, 9999)} {r.choice(PLATE_LETTERS)}{r.choice(PLATE_LETTERS)}",
    )
    kind = DOCS[(i + attempt * 7) % len(DOCS)] if attempt else DOCS[i % len(DOCS)]
    d.use(kind.__name__)
    text = kind(d, c)
    doc = {"id": f"fresh25d-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if known:
        res = c["res"]
        doc["known"] = {"names": [res.full]}
        mails = [x["text"] for x in d.pii if x["label"] == "EMAIL" and getattr(res, "mail", None) == x["text"]]
        phones = [x["text"] for x in d.pii if x["label"] == "PHONE" and getattr(res, "tel", None) == x["text"]]
        if mails:
            doc["known"]["emails"] = mails
        if phones:
            doc["known"]["phones"] = phones
        doc["_known_word"] = d.known_word
        # the known document names the resident at least once in full
        if res.full not in text:
            doc["text"] = text + f"\n({d.k('Aanvrager')}: {d.full(res)})"
    doc["_shapes"] = d.shapes
    return doc


def _words(s):
    return {w for w in re.findall(r"\w+", s.lower()) if w not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not bsn_ok(item["text"]):
            return f"bsn {item['text']}"
        if item["label"] == "IBAN" and not iban_ok(item["text"]):
            return f"iban {item['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    text = doc["text"]
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    name_words = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            name_words |= _words(item["text"])
    kw = None
    if "known" in doc:
        kw = next((w for w in _words(doc["known"]["names"][0]) if w in doc["keep"]), None)
        if kw is None or not re.search(r"(?<!\w)" + re.escape(kw) + r"(?!\w)", text):
            return "known word not used in its ordinary sense"
    for k in doc["keep"]:
        shared = _words(k) & name_words
        if shared and not (kw and shared == {kw} and k == kw):
            return f"keep {k!r} shares a word with a name"
    return None


def generate():
    docs, redraws, shapes_used = [], 0, Counter()
    for i in range(N_DOCS):
        attempt = 0
        while True:
            doc = build(i, attempt)
            if gate(doc) is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"document {i} fails its gate: {gate(doc)}")
        shapes_used.update(set(doc.pop("_shapes")))
        doc.pop("_known_word", None)
        docs.append(doc)
    return docs, redraws, shapes_used


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws, shapes_used = generate()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == dump(docs)
        print("fresh25d_texts.jsonl is up to date" if same else "fresh25d_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(item["label"] for d in docs for item in d["pii"])
        print(f"documents: {len(docs)}")
        for label in LABELS:
            print(f"  {label:14s} {labels[label]}")
        print(f"pii items: {sum(labels.values())}; keep words: {sum(len(d['keep']) for d in docs)}")
        kinds = Counter(SHAPES[s] for s in shapes_used)
        print(
            f"shapes registered: {len(SHAPES)}; used: {len(shapes_used)} "
            f"({kinds['doc']} document kinds, {kinds['line']} line shapes, {kinds['sentence']} sentence shapes)"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        print(f"gate failures in final file: {sum(gate(d) is not None for d in docs)}")
        return 0
    OUT.write_text(dump(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
