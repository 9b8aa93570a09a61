"""Blind anonymizer corpus fresh33b: local businesses against the municipality (horeca licences, terraces, Bibob,
opening hours and noise, shop signs, KvK extracts, snack bars, hairdressers, night shops, market traders, closures,
fines, franchise and family firms, accountants). Helper A2, round twenty-seven, written blind.

Usage (from the worktree root, PYTHONPATH=.):
    python tests/anonymizer/fresh33b/make_fresh33b.py           write fresh33b_texts.jsonl
    python tests/anonymizer/fresh33b/make_fresh33b.py --check   exit 1 if the committed file differs
    python tests/anonymizer/fresh33b/make_fresh33b.py --stats   counts per label, shapes, known docs, redraws
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
import fresh33b_names as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("_score33b", HERE.parent / "corpora" / "score.py")
SCORE = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SCORE)

SEED = 20261272
COUNT = 300
OUT = HERE / "fresh33b_texts.jsonl"
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
KINDS: list[str] = []
SENTS: list[str] = []


def shape(name: str, pool: list | None = None):
    def deco(f):
        SHAPES[name] = f
        if pool is not None:
            pool.append(name)
        return f

    return deco


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
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
PROVIDERS = [
    "hotmail.com",
    "gmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "live.nl",
    "icloud.com",
    "planet.nl",
    "xs4all.nl",
    "proton.me",
]
BIZ = [
    "Eetcafé De Ketel",
    "Snackbar Het Frietpaleis",
    "Grillroom Anadolu",
    "Nachtwinkel Om De Hoek",
    "Kapsalon Knipperlicht",
    "Lunchroom De Zoete Inval",
    "Shoarma Palace",
    "Café De Drie Fusten",
    "Toko Sari Rasa",
    "Pizzeria Vesuvio",
    "Barbershop Fade Factory",
    "Wokrestaurant Gouden Draak",
    "Proeflokaal Het Vat",
    "Friettent De Puntzak",
    "Avondwinkel Late Trek",
    "Ijssalon Gelato Fresco",
    "Kebabhuis Sultan",
    "Bruin Café De Kroon",
    "Koffiebar Boon & Co",
    "Nagelstudio Glamour",
    "Belwinkel Connect",
    "Poffertjeskraam De Smulhoek",
    "Vishandel Noordzee",
    "Tapasbar La Plaza",
]
LAWS = [
    "Alcoholwet",
    "Algemene Plaatselijke Verordening",
    "Wet Bibob",
    "Omgevingswet",
    "Drank- en Horecawet",
    "Winkeltijdenwet",
    "Tabaks- en rookwarenwet",
    "Warenwet",
    "Handelsregisterwet",
]
DEPTS = [
    "team Vergunningen",
    "afdeling Bijzondere Wetten",
    "team Toezicht en Handhaving",
    "afdeling Economische Zaken",
    "team Bibob",
    "afdeling Openbare Ruimte",
    "team Marktzaken",
    "afdeling Belastingen",
    "Juridische Zaken",
    "team Evenementen",
]
FUNCS = [
    "vergunningverlener",
    "handhaver",
    "juridisch adviseur",
    "bedrijvencontactfunctionaris",
    "marktmeester",
    "beleidsadviseur horeca",
    "boa",
    "teamleider",
    "Bibob-coördinator",
    "accountmanager",
]


# ---------------------------------------------------------------- structured values


def bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        c = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if c < 10:
            return "".join(map(str, d + [c]))


def bsn_ok(s: str) -> bool:
    d = [int(x) for x in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def _iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban(r) -> str:
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    chk = 98 - _iban_num(bank + acct + "NL00") % 97
    raw = f"NL{chk:02d}{bank}{acct}"
    if r.random() < 0.6:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def phone(r) -> str:
    m = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
    area = r.choice(["10", "20", "30", "40", "50", "70", "73", "76", "13", "38", "58", "46", "72", "15", "24"])
    fix = "".join(str(r.randint(0, 9)) for _ in range(7))
    k = r.randrange(9)
    if k == 0:
        return "0" + m[:1] + "-" + m[1:]
    if k == 1:
        return f"0{m[0]} {m[1:3]} {m[3:5]} {m[5:7]} {m[7:]}"
    if k == 2:
        return f"+31 {m[0]} {m[1:5]} {m[5:]}"
    if k == 3:
        return f"+31({m[0]}){m[1:]}"
    if k == 4:
        return f"0{area}-{fix[:3]} {fix[3:]}"
    if k == 5:
        return f"0031 {area} {fix}"
    if k == 6:
        return f"(0{area}) {fix[:3]} {fix[3:5]} {fix[5:]}"
    if k == 7:
        return f"0{m}"
    return f"06-{m[1:3]}.{m[3:5]}.{m[5:7]}.{m[7:]}"


def plate(r) -> str:
    L = "BDFGHJKLNPRSTVXZ"
    a = lambda n: "".join(r.choice(L) for _ in range(n))
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    return r.choice(
        [
            f"{d(2)}-{a(3)}-{d(1)}",
            f"{d(1)}-{a(3)}-{d(2)}",
            f"{a(2)}-{d(3)}-{a(1)}",
            f"{a(1)}-{d(3)}-{a(2)}",
            f"{a(3)}-{d(2)}-{a(1)}",
            f"V{a(1)}-{d(3)}-{a(1)}",
        ]
    )


def casenr(r) -> str:
    y = r.choice(["2024", "2025", "2026"])
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    return r.choice(
        [
            f"HOR-{y}-{n(5)}",
            f"Z/{y[2:]}/{n(6)}",
            f"BIBOB-{y[2:]}.{n(4)}",
            f"DHW {y}-{n(4)}",
            f"EXPL/{y}/{n(4)}",
            f"TRS-{y[2:]}-{n(5)}",
            f"OV.{y}.{n(4)}",
            f"HH-{y[2:]}-{n(4)}-B",
            f"MKT{y[2:]}/{n(3)}",
            f"RCL-{n(6)}",
            f"W{y}.{n(5)}",
            f"BW/{n(4)}/{y[2:]}",
            f"VTH-{y}-{n(3)}-{n(2)}",
            f"GZ{n(7)}",
        ]
    )


def rdate(r, y0=2024, y1=2026):
    return r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)


def fdate(r, dt=None) -> str:
    y, m, d = dt or rdate(r)
    k = r.randrange(4)
    if k == 0:
        return f"{d} {MONTHS[m - 1]} {y}"
    if k == 1:
        return f"{d:02d}-{m:02d}-{y}"
    if k == 2:
        return f"{d}/{m}/{y}"
    return f"{d} {MONTHS[m - 1]}"


def dob(r):
    """(text before, pii text) of a date of birth in one of many styles."""
    y, m, d = r.randint(1948, 2003), r.randint(1, 12), r.randint(1, 28)
    k = r.randrange(12)
    opts = [
        ("geboren op ", f"{d} {MONTHS[m - 1]} {y}"),
        ("geb. ", f"{d:02d}-{m:02d}-{y}"),
        ("geboortedatum: ", f"{y}-{m:02d}-{d:02d}"),
        ("*", f"{d}.{m}.{y}"),
        ("geb. ", f"{d} {MON3[m - 1]} '{y % 100:02d}"),
        ("DOB ", f"{d:02d}/{m:02d}/{y}"),
        ("geboren ", f"{d}-{m}-{y % 100:02d}"),
        ("", f"{d:02d}-{m:02d}-{y}"),
        ("° ", f"{d} {MONTHS[m - 1]} {y}"),
        ("geboren d.d. ", f"{d:02d}.{m:02d}.{y}"),
        ("(geb. ", f"{d} {MONTHS[m - 1].capitalize()} {y}"),
        ("geboortedatum ", f"{d:02d}{m:02d}{y}"),
    ]
    return opts[k]


def ascii_(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ı", "i").replace("ł", "l").replace("Ł", "L"))
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum()))


# ---------------------------------------------------------------- document context


class Ctx:
    def __init__(self, r, known_word=None):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.people: list[dict] = []
        self.known = None
        self.main_emails: list[str] = []
        self.main_phones: list[str] = []
        self.city = r.choice(N.PLACES)
        self.biz = r.choice(BIZ)
        if known_word:
            part = N.KNOWN_PARTICLE.get(known_word) if r.random() < 0.4 else None
            last = (part + " " + known_word) if part else known_word
            self.main = self.new(last=last)
            self.known_word = known_word
        else:
            self.main = self.new()
            self.known_word = None

    def P(self, text: str, label: str) -> str:
        it = {"text": text, "label": label}
        if it not in self.pii:
            self.pii.append(it)
        return text

    def k(self, *words: str) -> str:
        for w in words:
            if w not in self.keep:
                self.keep.append(w)
        return words[0]

    def new(self, group=None, gender=None, last=None) -> dict:
        for _ in range(50):
            p = N.person(self.r, group, gender, last)
            words = set(p["first"].lower().split()) | set(p["last"].lower().split())
            if all(
                not (words & set(q["first"].lower().split() + q["last"].lower().split()) - PARTICLES)
                for q in self.people
            ):
                break
        self.people.append(p)
        return p

    def relative(self, p, gender=None) -> dict:
        used = {x["first"] for x in self.people}
        q = N.person(self.r, p["group"], gender, p["last"])
        tries = 0
        while q["first"] in used and tries < 20:
            q = N.person(self.r, p["group"], gender, p["last"])
            tries += 1
        self.people.append(q)
        return q

    # name forms
    def full(self, p) -> str:
        return self.P(f"{p['first']} {p['last']}", "PERSON")

    def first(self, p) -> str:
        return self.P(p["first"], "PERSON")

    def sur(self, p, cap=True) -> str:
        s = p["last"]
        if cap:
            s = s[0].upper() + s[1:]
        return self.P(s, "PERSON")

    def tsur(self, p) -> str:
        """title + surname; the title is not part of the item."""
        t = self.r.choice(["mevrouw", "mevr.", "mw."] if p["gender"] == "f" else ["de heer", "dhr.", "meneer"])
        return f"{t} {self.sur(p)}"

    def tfull(self, p) -> str:
        t = self.r.choice(["mevrouw", "mevr."] if p["gender"] == "f" else ["de heer", "dhr."])
        return f"{t} {self.full(p)}"

    def init(self, p) -> str:
        ini = p["first"][0] + "."
        if self.r.random() < 0.5:
            ini += self.r.choice("ACEHJKLMPRSTW") + "."
        return self.P(f"{ini} {p['last']}", "PERSON")

    def poss(self, p, which="first") -> str:
        s = p["first"] if which == "first" else p["last"][0].upper() + p["last"][1:]
        if s[-1] in "sxz":
            s += "'"
        elif s[-1] in "aeiouy":
            s += "'s"
        else:
            s += "'s" if which == "first" else "s"
        return self.P(s, "PERSON")

    def upper(self, p) -> str:
        return self.P(p["last"].upper(), "PERSON")

    def lowfull(self, p) -> str:
        return self.P(f"{p['first']} {p['last']}".lower(), "PERSON")

    def handle(self, p) -> str:
        """a lower-case name part inside a handle or file name; the part is the item."""
        part = ascii_(p["last"].split()[-1]).lower()
        return self.P(part, "PERSON")

    def email(self, p, biz=False) -> str:
        f, l = ascii_(p["first"]).lower(), ascii_(p["last"]).lower()
        r = self.r
        if biz:
            dom = ascii_(self.biz.split(" ", 1)[-1]).lower() + r.choice([".nl", "-horeca.nl", ".com"])
            e = f"{f}@{dom}" if r.random() < 0.5 else f"{f[0]}.{l}@{dom}"
        else:
            e = r.choice([f"{f}.{l}@", f"{f[0]}{l}@", f"{l}.{f}{r.randint(60, 99)}@", f"{f}_{l}@"])
            e += r.choice(PROVIDERS)
        if p is self.main:
            self.main_emails.append(e)
        return self.P(e, "EMAIL")

    def tel(self, p=None) -> str:
        t = phone(self.r)
        if p is not None and p is self.main:
            self.main_phones.append(t)
        return self.P(t, "PHONE")

    def street(self) -> str:
        return self.r.choice(N.STREET_PRE) + self.r.choice(N.STREET_SUF)

    def addr(self, street=None) -> str:
        r = self.r
        st = street or self.street()
        nr = str(r.randint(1, 240)) + r.choice(["", "", "", "A", "B", "-1", "-2", "bis", "-hs", "c"])
        return self.P(f"{st} {nr}", "ADDRESS")

    def pc(self) -> str:
        r = self.r
        return self.P(
            f"{r.randint(1000, 9999)} {r.choice('BCDGHJKLMNPRSTVWXZ')}{r.choice('ABEGHKLMNPRSTVXZ')}", "POSTCODE"
        )

    def bsn(self) -> str:
        return self.P(bsn(self.r), "BSN")

    def iban(self) -> str:
        return self.P(iban(self.r), "IBAN")

    def plate(self) -> str:
        return self.P(plate(self.r), "LICENSE_PLATE")

    def case(self) -> str:
        return self.P(casenr(self.r), "CASE_NUMBER")

    def dob(self, bare=False) -> str:
        pre, t = dob(self.r)
        self.P(t, "DATE_OF_BIRTH")
        if bare:
            return t
        return pre + t + (")" if pre.startswith("(") else "")

    def date(self) -> str:
        d = fdate(self.r)
        return self.k(d)

    def official(self):
        p = self.new()
        return p, self.r.choice(FUNCS), self.r.choice(DEPTS)

    def sent(self, pool=None, n=1) -> list[str]:
        names = self.r.sample(pool or SENTS, n)
        out = []
        for nm in names:
            self.shapes.append(nm)
            t = SHAPES[nm](self)
            if t.startswith(("mevrouw ", "mevr. ", "mw. ", "de heer ", "dhr. ", "meneer ")):
                t = t[0].upper() + t[1:]
            out.append(t)
        return out

    def use(self, name: str) -> str:
        self.shapes.append(name)
        return SHAPES[name](self)


def money(r) -> str:
    return f"{r.randint(1, 9)}.{r.randint(0, 999):03d},{r.choice(['00', '50', '25', '95'])}"


# ---------------------------------------------------------------- sentence shapes


@shape("sent:terrace_border_complaint", SENTS)
def _(c):
    n = c.new()
    return (
        f"{c.tfull(n)} van {c.addr()} meldt dat het {c.k('terras')} van {c.biz} al weken twee meter over de "
        f"{c.k('markering')} staat."
    )


@shape("sent:noise_after_closing", SENTS)
def _(c):
    n = c.new()
    return (
        f"Volgens buurvrouw {c.full(n)} gaat de muziek pas om half drie uit, terwijl de {c.k('sluitingstijd')} "
        f"op {c.k('zaterdag')} één uur is."
    )


@shape("sent:bibob_questionnaire", SENTS)
def _(c):
    return (
        f"Het {c.k('Bibob')}-vragenformulier van {c.full(c.main)} is op {c.date()} ontvangen; de "
        f"{c.k('financiering')} van de verbouwing is nog niet duidelijk."
    )


@shape("sent:lender_family", SENTS)
def _(c):
    q = c.relative(c.main)
    return (
        (
            f"De {c.k('lening')} van € {money(c.r)} komt van zijn broer {c.full(q)}, die geen "
            f"{c.k('zeggenschap')} in de zaak heeft."
        )
        if q["gender"] == "m"
        else (
            f"Een {c.k('lening')} van € {money(c.r)} komt van haar zus {c.first(q)}; {c.sur(q)} staat niet in het "
            f"{c.k('Handelsregister')}."
        )
    )


@shape("sent:mayor_closure", SENTS)
def _(c):
    return (
        f"De {c.k('burgemeester')} heeft de zaak aan de {c.addr()} per {c.date()} voor drie maanden "
        f"{c.k('gesloten')} na een vondst van {c.k('drugs')} in de kelderbox."
    )


@shape("sent:fine_illegal_sale", SENTS)
def _(c):
    return (
        f"Op {c.date()} is een {c.k('boete')} van € {money(c.r)} opgelegd aan {c.init(c.main)} wegens "
        f"{c.k('verkoop')} van alcohol aan een zestienjarige."
    )


@shape("sent:sign_permit", SENTS)
def _(c):
    return (
        f"Het lichtreclamebord boven {c.addr()} is volgens de {c.k('welstandscommissie')} te groot; "
        f"{c.sur(c.main)} wil het {c.k('uithangbord')} graag houden."
    )


@shape("sent:market_to_shop", SENTS)
def _(c):
    return (
        f"Na negentien jaar op de {c.k('weekmarkt')} huurt {c.full(c.main)} nu een {c.k('winkelpand')}; de "
        f"{c.k('standplaatsvergunning')} wordt ingetrokken."
    )


@shape("sent:kvk_mismatch", SENTS)
def _(c):
    return (
        f"In het {c.k('Handelsregister')} staat {c.biz} nog op naam van {c.full(c.new())}, die al in "
        f"{c.k(c.r.choice(MONTHS))} is uitgetreden."
    )


@shape("sent:accountant_for_client", SENTS)
def _(c):
    a = c.new()
    return (
        f"{c.k('Accountant')} {c.full(a)} schrijft namens zijn cliënt dat de "
        f"{c.k('jaarcijfers')} over 2025 pas na de {c.k('zomer')} klaar zijn."
        if a["gender"] == "m"
        else f"{c.k('Accountant')} {c.full(a)} schrijft namens haar cliënt dat de "
        f"{c.k('jaarcijfers')} over 2025 pas na de {c.k('zomer')} klaar zijn."
    )


@shape("sent:plate_delivery", SENTS)
def _(c):
    return (
        f"De bestelbus met kenteken {c.plate()} staat elke ochtend op de {c.k('stoep')} tijdens het "
        f"{c.k('laden')} en {c.k('lossen')}."
    )


@shape("sent:son_takes_over", SENTS)
def _(c):
    q = c.relative(c.main, "m")
    return (
        f"Zoon {c.full(q)} neemt de {c.k('exploitatie')} over; hij staat nog niet op de "
        f"{c.k('vergunning')} als leidinggevende."
    )


@shape("sent:daughter_leidinggevende", SENTS)
def _(c):
    q = c.relative(c.main, "f")
    return (
        f"Dochter {c.first(q)} ({c.dob()}) moet als {c.k('leidinggevende')} worden bijgeschreven; haar "
        f"{c.k('diploma')} Sociale Hygiëne is bijgevoegd."
    )


@shape("sent:nightshop_hours", SENTS)
def _(c):
    return (
        f"De {c.k('nachtwinkel')} van {c.tsur(c.main)} mag volgens de {c.k('verordening')} tot vier uur open, "
        f"maar de {c.k('buren')} willen dat dit twee uur wordt."
    )


@shape("sent:hairdresser_sign_stoep", SENTS)
def _(c):
    return (
        f"Kapster {c.full(c.main)} kreeg een {c.k('waarschuwing')} omdat haar {c.k('stoepbord')} de "
        f"{c.k('looproute')} blokkeert."
        if c.main["gender"] == "f"
        else f"Kapper {c.full(c.main)} kreeg een {c.k('waarschuwing')} omdat zijn {c.k('stoepbord')} de "
        f"{c.k('looproute')} blokkeert."
    )


@shape("sent:franchise_contract", SENTS)
def _(c):
    return (
        f"Het {c.k('franchisecontract')} verplicht {c.sur(c.main)} om ook op {c.k('zondag')} open te zijn, "
        f"wat de {c.k('omgevingsvergunning')} niet toestaat."
    )


@shape("sent:phone_callback", SENTS)
def _(c):
    return f"Terugbellen kan op {c.tel(c.main)}, liefst na de {c.k('lunch')} en niet tijdens de {c.k('spits')}."


@shape("sent:email_reply", SENTS)
def _(c):
    return (
        f"Een reactie graag naar {c.email(c.main)}; de algemene {c.k('mailbox')} info@{c.city.lower()}.nl "
        f"wordt niet gelezen door de {c.k('ondernemer')}."
    )


@shape("sent:bsn_in_form", SENTS)
def _(c):
    return (
        f"Op het {c.k('aanvraagformulier')} staat het {c.k('burgerservicenummer')} {c.bsn()} van de {c.k('aanvrager')}."
    )


@shape("sent:iban_refund", SENTS)
def _(c):
    return f"De {c.k('leges')} van € {money(c.r)} worden terugbetaald op {c.iban()} t.n.v. {c.init(c.main)}."


@shape("sent:case_ref", SENTS)
def _(c):
    return f"Uw {c.k('zaaknummer')} is {c.case()}; vermeld dit bij elke {c.k('vraag')} aan het {c.k('Omgevingsloket')}."


@shape("sent:mediator_kitchen_table", SENTS)
def _(c):
    m = c.new()
    return (
        f"{c.k('Bemiddelaar')} {c.full(m)} zat op {c.k(c.r.choice(DAYS))} met beide partijen aan de "
        f"{c.k('keukentafel')} boven de zaak."
    )


@shape("sent:official_promise", SENTS)
def _(c):
    o, f, d = c.official()
    return f"{c.full(o)}, {c.k(f)} bij {c.k(d)}, zegt toe dat het {c.k('besluit')} binnen zes weken komt."


@shape("sent:neighbour_smell", SENTS)
def _(c):
    n = c.new()
    return (
        f"De {c.k('afzuiginstallatie')} blaast volgens {c.tsur(n)} ({c.addr()}) recht op het {c.k('slaapkamerraam')}."
    )


@shape("sent:neighbour_bins", SENTS)
def _(c):
    n = c.new()
    return (
        f"{c.first(n)} van nummer {c.r.randint(2, 90)} stuurde foto's van {c.k('vuilniszakken')} die na "
        f"{c.k('sluitingstijd')} in de {c.k('steeg')} blijven staan."
    )


@shape("sent:staff_sick", SENTS)
def _(c):
    s = c.new()
    return (
        f"Medewerker {c.first(s)} was {c.k('ziek')}, dus stond er op {c.k(c.r.choice(DAYS))} niemand met "
        f"een {c.k('diploma')} achter de bar."
    )


@shape("sent:rental_dispute", SENTS)
def _(c):
    v = c.new()
    return f"Verhuurder {c.full(v)} weigert {c.k('toestemming')} voor een {c.k('terrasoverkapping')} aan de gevel."


@shape("sent:inspector_visit", SENTS)
def _(c):
    h = c.new()
    return (
        f"{c.k('Toezichthouder')} {c.init(h)} trof om 01.40 uur nog elf {c.k('bezoekers')} aan en noteerde "
        f"een {c.k('overtreding')}."
    )


@shape("sent:dob_owner", SENTS)
def _(c):
    return f"De {c.k('eigenaar')}, {c.full(c.main)}, {c.dob()}, is ingeschreven als {c.k('bestuurder')}."


@shape("sent:poss_first", SENTS)
def _(c):
    return f"{c.poss(c.main)} {c.k('aanvraag')} voor een {c.k('ontheffing')} op {c.k('Koningsdag')} is zoekgeraakt."


@shape("sent:poss_last", SENTS)
def _(c):
    return f"Zonder {c.poss(c.main, 'last')} {c.k('handtekening')} kan de {c.k('wijziging')} niet worden verwerkt."


@shape("sent:market_spot", SENTS)
def _(c):
    m = c.new()
    return (
        f"{c.k('Marktmeester')} {c.full(m)} heeft plaats {c.r.randint(3, 80)} aan een andere "
        f"{c.k('standwerker')} gegeven."
    )


@shape("sent:festival_extension", SENTS)
def _(c):
    return (
        f"Tijdens de {c.k('kermis')} vraagt {c.full(c.main)} een {c.k('verruiming')} van de "
        f"{c.k('openingstijden')} tot twee uur."
    )


@shape("sent:address_postcode", SENTS)
def _(c):
    return f"Post voor de zaak graag naar {c.addr()}, {c.pc()} {c.k(c.city)}, niet naar het {c.k('privéadres')}."


@shape("sent:shisha", SENTS)
def _(c):
    return (
        f"Bij de {c.k('controle')} bleek dat in de achterruimte {c.k('waterpijp')} werd gerookt; "
        f"{c.sur(c.main)} ontkent dat."
    )


@shape("sent:street_alone", SENTS)
def _(c):
    st = c.street()
    c.P(st, "ADDRESS")
    return (
        f"De {c.k('laad-')} en {c.k('losplek')} in de {st} wordt volgens bewoners door de "
        f"{c.k('leveranciers')} genegeerd."
    )


@shape("sent:upper_heading_name", SENTS)
def _(c):
    return f"DOSSIER {c.upper(c.main)} – {c.k('ingebrekestelling')} wegens {c.k('lastgeving')} onder dwangsom."


@shape("sent:lowercase_note", SENTS)
def _(c):
    return f"notitie: {c.lowfull(c.main)} belde over de {c.k('parkeerplaatsen')} voor de {c.k('terraswagen')}."


@shape("sent:file_name", SENTS)
def _(c):
    return (
        f"Bijlage: terrastekening_{c.handle(c.main)}_{c.r.randint(1, 9)}.pdf en een {c.k('situatieschets')} "
        f"van de {c.k('gevel')}."
    )


@shape("sent:instagram_handle", SENTS)
def _(c):
    return (
        f"Op Instagram (@{c.k('snack')}_{c.handle(c.main)}) werd de {c.k('actie')} met gratis "
        f"{c.k('bier')} aangekondigd."
    )


@shape("sent:tax_precario", SENTS)
def _(c):
    return (
        f"De {c.k('precariobelasting')} voor {c.r.randint(8, 60)} m² terras is volgens "
        f"{c.init(c.main)} te hoog berekend."
    )


@shape("sent:security_guard", SENTS)
def _(c):
    p = c.new()
    return f"Portier {c.full(p)} zag de {c.k('vechtpartij')} niet, omdat hij binnen de {c.k('garderobe')} bewaakte."


@shape("sent:lawyer_deadline", SENTS)
def _(c):
    a = c.new()
    return f"Mr. {c.init(a)} stelt dat de {c.k('termijn')} voor het {c.k('bezwaar')} pas op {c.date()} begon."


@shape("sent:quote_owner", SENTS)
def _(c):
    return (
        f"'Ik sta hier sinds 1998 en nu mag het ineens niet meer,' zegt {c.sur(c.main)} over de {c.k('windschermen')}."
    )


@shape("sent:plate_market_van", SENTS)
def _(c):
    return (
        f"De {c.k('marktwagen')} ({c.plate()}) van {c.full(c.main)} stond na {c.k('marktdag')} nog op de "
        f"{c.k('invalidenplaats')}."
    )


@shape("sent:wife_signs", SENTS)
def _(c):
    q = c.relative(c.main, "f" if c.main["gender"] == "m" else "m")
    return f"Het {c.k('contract')} is ondertekend door {c.tfull(q)}, die de {c.k('boekhouding')} doet."


@shape("sent:cameras", SENTS)
def _(c):
    return f"De {c.k('camerabeelden')} van {c.date()} laten zien dat de {c.k('deur')} om 00.30 uur nog open stond."


@shape("sent:dob_nocue_list", SENTS)
def _(c):
    q = c.new()
    return f"{c.k('Leidinggevenden')}: {c.full(c.main)} en {c.full(q)}, {c.dob()}."


@shape("sent:terrace_heater", SENTS)
def _(c):
    return (
        f"De {c.k('terrasverwarming')} van {c.full(c.main)} staat ook aan als er niemand buiten zit; "
        f"de {c.k('energiecoach')} van de gemeente kwam al twee keer langs."
    )


@shape("sent:smoking_area", SENTS)
def _(c):
    n = c.new()
    return f"Sinds het {c.k('rookverbod')} staan de rokers onder het raam van {c.tsur(n)} op {c.addr()}."


@shape("sent:grease_trap", SENTS)
def _(c):
    return (
        f"De {c.k('vetafscheider')} van de {c.k('snackbar')} aan de {c.addr()} is sinds {c.date()} niet "
        f"geleegd; het {c.k('riool')} liep over."
    )


@shape("sent:mystery_shopper", SENTS)
def _(c):
    return (
        f"Bij het {c.k('nalevingsonderzoek')} kreeg een minderjarige {c.k('testkoper')} twee blikjes "
        f"{c.k('bier')} mee; {c.sur(c.main)} was zelf niet in de zaak."
    )


@shape("sent:home_salon", SENTS)
def _(c):
    return (
        f"De {c.k('kapsalon')} aan huis op {c.addr()}, {c.pc()}, past volgens het "
        f"{c.k('bestemmingsplan')} niet in een woonwijk."
    )


@shape("sent:scooter_loitering", SENTS)
def _(c):
    return (
        f"Voor de {c.k('avondwinkel')} staat elke avond een {c.k('scooter')} met kenteken {c.plate()} met "
        f"draaiende motor."
    )


@shape("sent:market_bsn", SENTS)
def _(c):
    return (
        f"Voor de {c.k('standplaats')} op de {c.k('donderdagmarkt')} gaf {c.full(c.main)} BSN {c.bsn()} op "
        f"in plaats van een {c.k('KvK-nummer')}."
    )


@shape("sent:franchise_mail", SENTS)
def _(c):
    return (
        f"De {c.k('franchisegever')} stuurt alle post naar {c.email(c.main, biz=True)}, niet naar de "
        f"{c.k('vestiging')}."
    )


@shape("sent:furniture_seized", SENTS)
def _(c):
    return (
        f"Het {c.k('terrasmeubilair')} is in beslag genomen ({c.case()}) en ligt in het {c.k('depot')} "
        f"op de {c.k('gemeentewerf')}."
    )


@shape("sent:sound_exemption", SENTS)
def _(c):
    return (
        f"Voor het {c.k('buurtfeest')} kreeg {c.biz} een {c.k('ontheffing')} tot 85 {c.k('decibel')}, maar "
        f"{c.first(c.main)} draaide harder."
    )


@shape("sent:daughter_chat_lower", SENTS)
def _(c):
    q = c.relative(c.main, "f")
    low = c.P(q["first"].lower(), "PERSON")
    return f"{c.k('appje')} van {low}: pap de {c.k('boa')} staat weer bij het {c.k('terras')} 😬"


@shape("sent:petition", SENTS)
def _(c):
    a, b = c.new(), c.new()
    return (
        f"De {c.k('handtekeningenlijst')} tegen de {c.k('uitbreiding')} is opgesteld door {c.full(a)} en {c.init(b)}."
    )


@shape("sent:deposit_iban", SENTS)
def _(c):
    return f"De {c.k('borg')} voor de {c.k('kraam')} (€ {money(c.r)}) gaat terug naar {c.iban()}."


@shape("sent:age_and_dob", SENTS)
def _(c):
    q = c.relative(c.main)
    return (
        f"{c.full(q)} is {c.r.randint(18, 24)} jaar ({c.dob()}) en wil de {c.k('shoarmazaak')} van de "
        f"{c.k('familie')} voortzetten."
    )


@shape("sent:renewal_reminder", SENTS)
def _(c):
    return (
        f"De {c.k('exploitatievergunning')} van {c.init(c.main)} vervalt op {c.date()}; de "
        f"{c.k('verlenging')} moet zes weken eerder binnen zijn."
    )


# ---------------------------------------------------------------- document kinds


def _join(*parts):
    return "\n".join(p for p in parts if p)


@shape("doc:permit_application_form", KINDS)
def _(c):
    m = c.main
    return _join(
        f"{c.k('AANVRAAG')} {c.k('EXPLOITATIEVERGUNNING')} HORECABEDRIJF",
        f"1. {c.k('Aanvrager')}: {c.full(m)}",
        f"2. {c.k('Geboortedatum')}: {c.dob(bare=True)}",
        f"3. {c.k('Adres')}: {c.addr()}, {c.pc()} {c.k(c.city)}",
        f"4. {c.k('Telefoon')}: {c.tel(m)}   E-mail: {c.email(m)}",
        f"5. Naam {c.k('inrichting')}: {c.biz}",
        f"6. {c.k('Terras')}: ja / nee (doorhalen wat niet van toepassing is)",
        " ".join(c.sent(n=1)),
    )


@shape("doc:licence_decision", KINDS)
def _(c):
    o, f, d = c.official()
    return _join(
        f"{c.k('Besluit')} op uw aanvraag {c.k('drank-')} en {c.k('horecavergunning')}",
        f"Kenmerk: {c.case()}",
        f"Geachte {c.tsur(c.main)},",
        f"Op {c.date()} ontvingen wij uw aanvraag voor {c.biz}. Wij {c.k('verlenen')} de vergunning onder "
        f"{c.k('voorwaarden')}.",
        " ".join(c.sent(n=2)),
        f"Met vriendelijke groet,\n{c.full(o)}\n{c.k(f.capitalize())}, {c.k(d)}",
    )


@shape("doc:inspection_report", KINDS)
def _(c):
    h = c.new()
    return _join(
        f"{c.k('RAPPORT')} VAN BEVINDINGEN – {c.k('Alcoholwet')}",
        f"Datum {c.k('controle')}: {c.date()}  |  Zaak: {c.biz}  |  Dossier: {c.case()}",
        f"Aanwezig: {c.full(c.main)} ({c.k('exploitant')}), {c.dob()}",
        f"{c.k('Bevinding')} 1: geen {c.k('leidinggevende')} aanwezig.",
        f"{c.k('Bevinding')} 2: " + c.sent(n=1)[0],
        f"Opgemaakt door {c.k('toezichthouder')} {c.init(h)}.",
    )


@shape("doc:whatsapp_owner_staff", KINDS)
def _(c):
    s = c.new()
    t = lambda: f"{c.r.randint(8, 23):02d}:{c.r.randint(0, 59):02d}"
    return _join(
        f"[{t()}] {c.first(c.main)}: {c.k('terras')} vanavond om elf uur leeg, boa komt langs",
        f"[{t()}] {c.first(s)}: ok baas. ook de {c.k('parasols')} inklappen?",
        f"[{t()}] {c.first(c.main)}: ja. en bel {c.tel(s)} niet meer, dat nummer is van {c.first(s)} oude telefoon",
        f"[{t()}] {c.first(s)}: 👍 {c.k('morgen')} ben ik er om {c.k('tien')} uur",
        "— " + " ".join(c.sent(n=1)),
    )


@shape("doc:lawyer_letter", KINDS)
def _(c):
    a = c.new()
    return _join(
        f"{c.k('Advocatenkantoor')} {c.k('Stadhuiskwartier')}",
        f"Aan het college van {c.k('burgemeester')} en {c.k('wethouders')} van {c.k(c.city)}",
        f"Betreft: {c.k('bezwaar')} tegen {c.k('sluiting')} {c.biz}, uw kenmerk {c.case()}",
        f"Namens mijn cliënt, {c.tfull(c.main)}, wonende aan {c.addr()}, maak ik bezwaar.",
        " ".join(c.sent(n=2)),
        f"Hoogachtend,\nmr. {c.full(a)}",
    )


@shape("doc:neighbour_complaint_mail", KINDS)
def _(c):
    n = c.new()
    return _join(
        f"Van: {c.email(n)}",
        f"Onderwerp: {c.k('overlast')} {c.biz}",
        f"Beste {c.k('gemeente')},",
        f"Ik ben {c.full(n)} en woon op {c.addr()}. Sinds {c.k(c.r.choice(MONTHS))} is het elke nacht raak.",
        " ".join(c.sent(n=2)),
        f"Groet, {c.first(n)}",
    )


@shape("doc:kvk_extract", KINDS)
def _(c):
    q = c.relative(c.main)
    return _join(
        f"{c.k('Uittreksel')} {c.k('Handelsregister')} Kamer van Koophandel",
        f"{c.k('Handelsnaam')}: {c.biz}",
        f"{c.k('Rechtsvorm')}: {c.k('Vennootschap')} onder firma",
        f"{c.k('Vennoot')}: {c.upper(c.main)}, {c.first(c.main)}, {c.dob()}",
        f"{c.k('Vennoot')}: {c.full(q)}",
        f"{c.k('Bezoekadres')}: {c.addr()}, {c.pc()} {c.k(c.city)}",
        f"KvK-nummer {c.r.randint(60000000, 99999999)}  |  {c.k('Datum')} uittreksel {c.date()}",
    )


@shape("doc:invoice", KINDS)
def _(c):
    return _join(
        f"{c.k('FACTUUR')} {c.r.randint(2025001, 2025999)}",
        f"{c.k('Debiteur')}: {c.init(c.main)}, {c.addr()}, {c.pc()} {c.k(c.city)}",
        f"{c.k('Omschrijving')}: {c.k('leges')} {c.k('terrasvergunning')} seizoen 2026 – € {money(c.r)}",
        f"Te betalen binnen 30 dagen op NL91 BNGH 0285 1700 22 o.v.v. {c.case()}.",
        f"Terugbetaling van teveel betaalde {c.k('precario')} volgt op {c.iban()}.",
    )


@shape("doc:mediator_notes", KINDS)
def _(c):
    m, n = c.new(), c.new()
    o, f, d = c.official()
    return _join(
        f"{c.k('Gespreksverslag')} {c.k('keukentafelgesprek')} – {c.date()}",
        f"Aanwezig: {c.full(c.main)} ({c.k('ondernemer')}), {c.full(n)} ({c.k('buurman')}), {c.full(o)} "
        f"({c.k(d)}), {c.full(m)} ({c.k('bemiddelaar')})",
        f"{c.first(n)} vertelt dat hij sinds de {c.k('verbouwing')} slecht slaapt."
        if n["gender"] == "m"
        else f"{c.first(n)} vertelt dat zij sinds de {c.k('verbouwing')} slecht slaapt.",
        " ".join(c.sent(n=2)),
        f"{c.k('Afspraak')}: {c.sur(c.main)} sluit het {c.k('terras')} door de week om 22.00 uur.",
    )


@shape("doc:sms_fine_notice", KINDS)
def _(c):
    return _join(
        f"{c.k('Gemeente')} {c.k(c.city)}: u heeft een {c.k('bestuurlijke')} {c.k('strafbeschikking')} ontvangen "
        f"({c.case()}). Vragen? Bel 14 0{c.r.randint(10, 99)}.",
        " ".join(c.sent(n=2)),
    )


@shape("doc:bibob_advice", KINDS)
def _(c):
    q = c.relative(c.main)
    return _join(
        f"{c.k('Advies')} Landelijk Bureau Bibob – {c.k('vertrouwelijk')}",
        f"Betrokkene: {c.full(c.main)}, {c.dob()}, BSN {c.bsn()}",
        f"Zakelijk samenwerkingsverband met {c.full(q)} ({c.k('familielid')}).",
        f"Er is een {c.k('mindere')} mate van {c.k('gevaar')}. " + " ".join(c.sent(n=1)),
    )


@shape("doc:terrace_application_online", KINDS)
def _(c):
    return _join(
        f"Omgevingsloket – {c.k('melding')} {c.k('terras')}",
        f"Naam: {c.full(c.main)} | Tel.: {c.tel(c.main)} | Mail: {c.email(c.main, biz=True)}",
        f"Locatie: {c.addr()} | Breedte: {c.r.randint(3, 12)} m | Diepte: {c.r.randint(2, 5)} m",
        f"{c.k('Seizoen')}: {c.k('april')} t/m {c.k('oktober')}",
        " ".join(c.sent(n=1)),
    )


@shape("doc:closure_order", KINDS)
def _(c):
    return _join(
        f"{c.k('LAST')} ONDER {c.k('BESTUURSDWANG')} – art. 13b {c.k('Opiumwet')}",
        f"Gericht aan: {c.full(c.main)}, {c.addr()}, {c.pc()} {c.k(c.city)}",
        f"Ons kenmerk: {c.case()}",
        " ".join(c.sent(n=2)),
        f"De {c.k('sluiting')} duurt tot en met {c.date()}.",
    )


@shape("doc:accountant_letter", KINDS)
def _(c):
    a = c.new()
    return _join(
        f"{c.k('Administratiekantoor')} {c.k('Cijferwerk')} B.V.",
        f"Betreft: {c.k('cliënt')} {c.full(c.main)} / {c.biz}",
        f"Graag verzoeken wij om {c.k('uitstel')} van de {c.k('aanslag')} {c.k('reclamebelasting')}. "
        f"Het {c.k('rekeningnummer')} van cliënt is {c.iban()}.",
        " ".join(c.sent(n=1)),
        f"Met collegiale groet, {c.init(a)}, {c.k('registeraccountant')} ({c.tel(a)})",
    )


@shape("doc:handwritten_complaint", KINDS)
def _(c):
    n = c.new()
    return _join(
        f"aan de {c.k('gemeente')},",
        f"ik woon al {c.r.randint(12, 40)} jaar naast de {c.k('snackbar')} en het {c.k('frituurvet')} ruik ik "
        f"tot in mijn bed. de eigenaar {c.lowfull(c.main)} doet niks.",
        " ".join(c.sent(n=1)),
        f"{c.lowfull(n)}, {c.addr()}",
    )


@shape("doc:council_question_summary", KINDS)
def _(c):
    return _join(
        f"{c.k('Samenvatting')} {c.k('melding')} {c.k('Meldpunt')} {c.k('Openbare')} Ruimte",
        f"Melder: {c.init(c.new())}  |  Over: {c.biz}  |  Zaak {c.case()}",
        " ".join(c.sent(n=3)),
    )


@shape("doc:staff_rooster_chat", KINDS)
def _(c):
    a, b = c.new(), c.new()
    return _join(
        f"{c.k('Rooster')} week {c.r.randint(2, 51)} – {c.biz}",
        f"{c.k(c.r.choice(DAYS).capitalize())}: {c.first(a)} (bar), {c.first(b)} ({c.k('keuken')})",
        f"{c.first(a)}: wie heeft de {c.k('sleutel')} van de {c.k('koelcel')}?",
        f"{c.first(c.main)}: ligt bij {c.first(b)}. niet vergeten: {c.k('leeftijdscontrole')}!!",
        " ".join(c.sent(n=1)),
    )


@shape("doc:objection_decision", KINDS)
def _(c):
    o, f, d = c.official()
    return _join(
        f"{c.k('Beslissing')} op {c.k('bezwaar')}",
        f"Bezwaarmaker: {c.full(c.main)} ({c.dob()})",
        f"Zaaknummer {c.case()}",
        f"De {c.k('commissie')} bezwaarschriften hoorde {c.sur(c.main)} op {c.date()}. " + " ".join(c.sent(n=1)),
        f"Namens het college, {c.full(o)}, {c.k(f)}",
    )


@shape("doc:sign_tax_assessment", KINDS)
def _(c):
    return _join(
        f"{c.k('Aanslagbiljet')} {c.k('reclamebelasting')} 2026",
        f"{c.init(c.main)} | {c.addr()} | {c.pc()} {c.k(c.city)}",
        f"Object: {c.k('gevelreclame')} {c.biz} | Aanslagnummer {c.case()}",
        f"Automatische incasso van {c.iban()}.",
        " ".join(c.sent(n=1)),
    )


@shape("doc:phone_memo", KINDS)
def _(c):
    o, f, d = c.official()
    return _join(
        f"{c.k('Telefoonnotitie')} {c.date()} – {c.full(o)} ({c.k(d)})",
        f"Gebeld door {c.tfull(c.main)} op {c.tel(c.main)}.",
        " ".join(c.sent(n=2)),
        f"{c.k('Actie')}: terugbellen vóór {c.k(c.r.choice(DAYS))}.",
    )


@shape("doc:family_business_story", KINDS)
def _(c):
    q, z = c.relative(c.main), c.relative(c.main)
    return _join(
        f"{c.k('Familiebedrijf')} {c.upper(c.main)} sinds 1987",
        f"Opa begon met een {c.k('viskraam')}; nu runnen {c.first(q)} en {c.first(z)} {c.sur(c.main)} de zaak "
        f"aan {c.addr()}.",
        " ".join(c.sent(n=2)),
    )


@shape("doc:register_extract_person", KINDS)
def _(c):
    return _join(
        f"{c.k('Verklaring')} {c.k('Omtrent')} het {c.k('Gedrag')} – {c.k('aanvraag')} {c.k('rechtspersoon')}",
        f"{c.k('Naam')}: {c.full(c.main)}",
        f"{c.dob()}",
        f"BSN: {c.bsn()}  |  Kenteken {c.k('bedrijfsauto')}: {c.plate()}",
        " ".join(c.sent(n=1)),
    )


@shape("doc:ombudsman_intake", KINDS)
def _(c):
    m = c.new()
    return _join(
        f"{c.k('Verzoek')} tot {c.k('afstemming')} – {c.k('intake')}",
        f"{c.k('Verzoeker')}: {c.full(c.main)}, {c.email(c.main)}",
        f"{c.k('Waar')} gaat het om? " + " ".join(c.sent(n=2)),
        f"Behandeld door {c.full(m)}.",
    )


@shape("doc:plain_sentences", KINDS)
def _(c):
    return " ".join(c.sent(n=c.r.randint(3, 5)))


# ---------------------------------------------------------------- known-name sentence


@shape("sent:known_ordinary")
def _known(c):
    return c.r.choice(N.KNOWN[c.known_word])


@shape("line:known_bare_surname")
def _known_bare(c):
    return f"{c.k('Volgens')} {c.tsur(c.main)} is dit al {c.r.randint(2, 9)} keer eerder gemeld."


# ---------------------------------------------------------------- building and gates


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"\w+", s.lower()) if w not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    try:
        SCORE.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= _words(n)
    names = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            names |= _words(it["text"])
    for k in doc["keep"]:
        for w in _words(k):
            if w in names and not (k == k.lower() and w in known_words):
                return f"keep {k!r} shares {w!r} with a name"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


def build(i: int, attempt: int) -> tuple[dict, list[str]]:
    r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
    kw = r.choice(sorted(N.KNOWN)) if i % 4 == 1 else None
    c = Ctx(r, kw)
    kind = r.choice(KINDS)
    c.shapes.append(kind)
    text = SHAPES[kind](c)
    if kw:
        c.shapes += ["sent:known_ordinary", "line:known_bare_surname"]
        ordinary = _known(c)
        c.k(kw.lower())
        lines = text.split("\n")
        pos = r.randint(1, len(lines))
        lines.insert(pos, ordinary + " " + _known_bare(c))
        text = "\n".join(lines)
        # the full name must occur at least once
        if f"{c.main['first']} {c.main['last']}" not in text:
            text = f"{c.k('Melder')}: {c.full(c.main)}\n" + text
    doc = {"id": f"fresh33b-{i:04d}", "text": text, "pii": c.pii, "keep": [k for k in c.keep if k in text]}
    if kw:
        known = {"names": [f"{c.main['first']} {c.main['last']}"]}
        if c.main_emails:
            known["emails"] = list(dict.fromkeys(c.main_emails))
        if c.main_phones:
            known["phones"] = list(dict.fromkeys(c.main_phones))
        doc["known"] = known
    return doc, c.shapes


def generate():
    docs, shapes, redraws = [], Counter(), 0
    for i in range(COUNT):
        attempt = 0
        while True:
            doc, sh = build(i, attempt)
            if gate(doc) is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 60:
                raise SystemExit(f"{i}: {gate(doc)}")
        docs.append(doc)
        shapes.update(sh)
    return docs, shapes, redraws


def dump(docs) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes, redraws = generate()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == dump(docs)
        print("fresh33b_texts.jsonl is up to date" if same else "fresh33b_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  {'total':14s} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        print(
            f"shapes registered: {len(SHAPES)}; used: {len(shapes)} "
            f"(doc kinds {sum(1 for s in shapes if s.startswith('doc:'))}, "
            f"sentence/line shapes {sum(1 for s in shapes if not s.startswith('doc:'))})"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        print(f"origin groups: {len(N.GROUPS)}")
        return 0
    OUT.write_text(dump(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
