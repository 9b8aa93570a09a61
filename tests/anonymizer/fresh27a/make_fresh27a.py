"""Generator of the blind anonymizer corpus fresh27a: household waste, recycling and dumping fines.

Written blind by helper F27A (round twenty-one). Standard library only.

    python tests/anonymizer/fresh27a/make_fresh27a.py           write fresh27a_texts.jsonl
    python tests/anonymizer/fresh27a/make_fresh27a.py --check   exit 1 if the committed file differs
    python tests/anonymizer/fresh27a/make_fresh27a.py --stats   counts per label, shapes, known names, redraws
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

import names_fresh27a as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("f27a_score", HERE.parent / "corpora" / "score.py")
SC = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SC)

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
SEED = 20262101
N_DOCS = 300
OUT = HERE / "fresh27a_texts.jsonl"
PARTICLES = SC.PARTICLES

SHAPES: dict[str, str] = {}  # registered shape name -> kind (doc, line, sent)


def shape(kind: str):
    def deco(fn):
        name = f"{kind}:{fn.__name__}"
        SHAPES[name] = kind

        def wrapped(d, *a, **k):
            d.shapes.append(name)
            return fn(d, *a, **k)

        wrapped.__name__ = fn.__name__
        wrapped.shape_name = name
        return wrapped

    return deco


# ---------------------------------------------------------------- people, places, numbers


class Person:
    def __init__(self, first, particle, sur, origin, female):
        self.first, self.particle, self.sur, self.origin, self.female = first, particle, sur, origin, female
        self.cache = {}

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.particle, self.sur) if x)

    @property
    def bare(self):  # the surname with a capitalised particle, as after a title
        if not self.particle:
            return self.sur
        return self.particle[0].upper() + self.particle[1:] + " " + self.sur

    @property
    def sortname(self):  # "Meulen, Jan van der"
        return f"{self.sur}, {self.first}" + (f" {self.particle}" if self.particle else "")

    @property
    def initials(self):
        parts = re.split(r"[\s-]+", self.first)
        ini = "".join(p[0] + "." for p in parts if p)
        return ini + " " + " ".join(x for x in (self.particle, self.sur) if x)


class Addr:
    def __init__(self, street, nr, pc, place):
        self.street, self.nr, self.pc, self.place = street, nr, pc, place

    @property
    def line(self):
        return f"{self.street} {self.nr}"


def compose_surname(r, origin):
    pre, suf = N.ORIGINS[origin][2], N.ORIGINS[origin][3]
    a, b = r.choice(pre), r.choice(suf)
    if a.endswith(" "):
        return a + b[0].upper() + b[1:]
    if a.endswith("-"):
        return a + b
    return a + b


def first_name(r, origin, female):
    lst = N.ORIGINS[origin][1] if female else N.ORIGINS[origin][0]
    n = r.choice(lst)
    if "|" in n:
        a, b = n.split("|")
        n = a + (" " + b if b[0].isupper() else b)
    return n


class Doc:
    def __init__(self, r: random.Random, did: str, known: bool):
        self.r, self.id, self.known_doc = r, did, known
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.people: list[Person] = []
        self.origins: set[str] = set()
        self.used_sur: set[str] = set()
        self.no_lower: set[int] = set()  # persons whose name must not appear in lower case (known docs)
        self.known_person: Person | None = None
        self.place = r.choice(N.PLACES)
        self.company = r.choice(N.COMPANIES)
        self.year = r.choice([2025, 2026])
        self.cases: dict[str, str] = {}
        self._t = r.randint(390, 560)

    # annotation
    def p(self, text, label):
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, word):
        if word not in self.keep:
            self.keep.append(word)
        return word

    # people
    def person(self, origin=None, female=None, family: Person | None = None, dutch=False):
        r = self.r
        if family is not None:
            origin = family.origin
        if origin is None:
            origin = "Nederlands" if dutch else r.choice(list(N.ORIGINS))
        if female is None:
            female = r.random() < 0.5
        for _ in range(20):
            first = first_name(r, origin, female)
            if family is not None:
                particle, sur = family.particle, family.sur
            else:
                sur = compose_surname(r, origin)
                parts = N.ORIGINS[origin][4]
                particle = r.choice(parts) if parts and r.random() < 0.8 else ""
            if (sur not in self.used_sur or family is not None) and all(first != q.first for q in self.people):
                break
        pr = Person(first, particle, sur, origin, female)
        self.used_sur.add(sur)
        self.people.append(pr)
        self.origins.add(origin)
        return pr

    def known_resident(self):
        r = self.r
        word, particle, sentence = r.choice(N.KNOWN_WORDS)
        first = r.choice(N.KNOWN_FIRST)
        pr = Person(first, particle, word, "Nederlands", first in N.KNOWN_FEMALE)
        pr.cache["known_sentence"] = sentence
        self.people.append(pr)
        self.used_sur.add(word)
        self.origins.add("Nederlands")
        self.no_lower.add(id(pr))
        self.known_person = pr
        return pr

    def full(self, pr):
        return self.p(pr.full, "PERSON")

    def bare(self, pr):
        return self.p(pr.bare, "PERSON")

    def first(self, pr):
        return self.p(pr.first, "PERSON")

    def ini(self, pr):
        return self.p(pr.initials, "PERSON")

    def sortname(self, pr):
        return self.p(pr.sortname, "PERSON")

    def upper(self, pr):
        return self.p(pr.full.upper(), "PERSON")

    def upper_sur(self, pr):
        return self.p(pr.bare.upper(), "PERSON")

    def lower(self, pr):
        if id(pr) in self.no_lower:
            return self.full(pr)
        return self.p(pr.full.lower(), "PERSON")

    def lower_first(self, pr):
        if id(pr) in self.no_lower:
            return self.first(pr)
        return self.p(pr.first.lower(), "PERSON")

    def poss(self, pr, use_first=True):
        n = pr.first if use_first else pr.bare
        if n[-1] in "aiouyé":
            s = n + "'s"
        elif n[-1] in "sxz":
            s = n + "'"
        else:
            s = n + "s"
        return self.p(s, "PERSON")

    def any_name(self, pr):
        return self.r.choice([self.full, self.full, self.ini, self.bare])(pr)

    def title(self, pr, short=False):
        if pr.female:
            return self.r.choice(["mevr.", "mw."] if short else ["mevrouw", "mevrouw", "mevr."])
        return self.r.choice(["dhr.", "de heer"] if short else ["meneer", "de heer", "dhr."])

    def titled(self, pr, short=False, cap=False):
        t = self.title(pr, short)
        if cap:
            t = t[0].upper() + t[1:]
        return f"{t} {self.bare(pr)}"

    def zijn(self, pr):
        return "haar" if pr.female else "zijn"

    def hij(self, pr):
        return "zij" if pr.female else "hij"

    def slug(self, pr):  # the surname as it appears in a file name or handle
        s = N.ascii_fold(pr.sur).lower().replace(" ", "").replace("-", "")
        if id(pr) in self.no_lower:
            s = N.ascii_fold(pr.sur)
        return self.p(s, "PERSON")

    def handle(self, pr):
        r = self.r
        f = N.ascii_fold(pr.first).lower().replace(" ", "").replace("-", "")
        s = N.ascii_fold(pr.sur).lower().replace(" ", "").replace("-", "")
        h = r.choice([f"{f}_{s[:4]}{r.randint(10, 99)}", f"{f}.{s}", f"{f[0]}{s}{r.randint(1, 9)}", f"{s}{f}"])
        if "handle" not in pr.cache:
            pr.cache["handle"] = h
        return self.p(pr.cache["handle"], "PERSON")

    def email(self, pr, work_domain=None):
        r = self.r
        if "email" not in pr.cache or work_domain:
            f = N.ascii_fold(pr.first).lower().replace(" ", "").replace("-", "")
            s = N.ascii_fold((pr.particle or "") + pr.sur).lower().replace(" ", "").replace("-", "")
            if work_domain:
                return self.p(f"{f[0]}.{s}@{work_domain}", "EMAIL")
            dom = r.choice(
                [
                    "gmail.com",
                    "hotmail.com",
                    "outlook.com",
                    "ziggo.nl",
                    "kpnmail.nl",
                    "live.nl",
                    "icloud.com",
                    "planet.nl",
                    "xs4all.nl",
                    "home.nl",
                ]
            )
            loc = r.choice(
                [
                    f"{f}.{s}",
                    f"{f[0]}.{s}",
                    f"{f}{r.randint(60, 99)}",
                    f"{s}.{f[0]}",
                    f"fam.{s}",
                    f"{f}_{s}{r.randint(1, 9)}",
                ]
            )
            pr.cache["email"] = f"{loc}@{dom}"
        return self.p(pr.cache["email"], "EMAIL")

    def phone(self, pr, mobile=None):
        r = self.r
        key = "phone" if mobile is not False else "landline"
        if key not in pr.cache:
            if key == "phone":
                n = "".join(str(r.randrange(10)) for _ in range(8))
                n = str(r.randint(1, 9)) + n[1:]
                pr.cache[key] = r.choice(
                    [
                        f"06-{n}",
                        f"06 {n[:4]} {n[4:]}",
                        f"+31 6 {n}",
                        f"+31 (0)6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                        f"0031 6 {n}",
                        f"06{n}",
                        f"06 - {n[:2]} {n[2:5]} {n[5:]}",
                        f"+316{n}",
                    ]
                )
            else:
                area = r.choice(
                    ["010", "020", "030", "040", "050", "070", "076", "053", "058", "071", "0297", "0475", "0513"]
                )
                ln = 10 - len(area)
                n = str(r.randint(2, 9)) + "".join(str(r.randrange(10)) for _ in range(ln - 1))
                pr.cache[key] = r.choice([f"{area}-{n}", f"({area}) {n}", f"{area} {n[:3]} {n[3:]}"])
        return self.p(pr.cache[key], "PHONE")

    def addr(self, pr: Person | None = None):
        r = self.r
        if pr is not None and "addr" in pr.cache:
            return pr.cache["addr"]
        street = r.choice(N.STREET_A) + r.choice(N.STREET_B)
        nr = str(r.randint(1, 240)) + r.choice(["", "", "", "", "-A", "B", "-2", "a", "-hs", "-3", " bis", "c"])
        pc = f"{r.randint(1011, 9994)} {r.choice('BCEGHJKLMNPRTVWXZ')}{r.choice('ABCEGHJKLMNPRTVWXZ')}"
        if r.random() < 0.25:
            pc = pc.replace(" ", "")
        a = Addr(street, nr, pc, self.place)
        if pr is not None:
            pr.cache["addr"] = a
        return a

    def adr(self, a: Addr):
        return self.p(a.line, "ADDRESS")

    def street(self, a: Addr):
        return self.p(a.street, "ADDRESS")

    def pc(self, a: Addr):
        return self.p(a.pc, "POSTCODE")

    def bsn(self, pr):
        r = self.r
        if "bsn" not in pr.cache:
            b = N.bsn(r)
            pr.cache["bsn"] = r.choice([b, b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}"])
        return self.p(pr.cache["bsn"], "BSN")

    def iban(self, pr):
        r = self.r
        if "iban" not in pr.cache:
            i = N.iban(r)
            pr.cache["iban"] = r.choice([i, " ".join(i[j : j + 4] for j in range(0, len(i), 4))])
        return self.p(pr.cache["iban"], "IBAN")

    def plate(self, pr=None):
        r = self.r
        if pr is not None and "plate" in pr.cache:
            return self.p(pr.cache["plate"], "LICENSE_PLATE")
        L = "BDFGHJKLNPRSTVXZ"

        def ls(n):
            return "".join(r.choice(L) for _ in range(n))

        def ds(n):
            return "".join(str(r.randrange(10)) for _ in range(n))

        p = r.choice(
            [
                f"{ls(2)}-{ds(3)}-{ls(1)}",
                f"{ds(1)}-{ls(3)}-{ds(2)}",
                f"{ls(1)}-{ds(3)}-{ls(2)}",
                f"V{ls(1)}-{ds(3)}-{ls(1)}",
                f"{ds(2)}-{ls(3)}-{ds(1)}",
                f"{ls(3)}-{ds(2)}-{ls(1)}",
                f"{ds(2)}-{ls(2)}-{ls(2)}",
            ]
        )
        if pr is not None:
            pr.cache["plate"] = p
        return self.p(p, "LICENSE_PLATE")

    def dob(self, pr):
        r = self.r
        if "dob" not in pr.cache:
            y, m, dd = r.randint(1938, 2007), r.randint(1, 12), r.randint(1, 28)
            style = r.randrange(10)
            s = [
                f"{dd} {N.MONTHS[m - 1]} {y}",
                f"{dd:02d}-{m:02d}-{y}",
                f"{y}-{m:02d}-{dd:02d}",
                f"{dd}/{m}/{y}",
                f"{dd:02d}.{m:02d}.{y}",
                f"{dd} {N.MONTHS_SHORT[m - 1]} {y}",
                f"{dd:02d} {N.MONTHS_SHORT[m - 1].rstrip('.').upper()} {y}",
                f"{dd:02d}{m:02d}{y}",
                f"{dd}-{m}-{y}",
                f"{dd} {N.MONTHS[m - 1]} '{str(y)[2:]}",
            ][style]
            pr.cache["dob"] = s
        return self.p(pr.cache["dob"], "DATE_OF_BIRTH")

    def case(self, kind, new=False):
        r = self.r
        if kind in self.cases and not new:
            return self.p(self.cases[kind], "CASE_NUMBER")
        yy, y = str(self.year)[2:], self.year

        def ds(n):
            return "".join(str(r.randrange(10)) for _ in range(n))

        c = {
            "boete": f"BP-{yy}-{ds(5)}",
            "pv": f"PV{y}.{ds(4)}.{r.choice(['DM', 'BP', 'AF'])}",
            "bezwaar": f"BZ/{y}/{ds(5)}",
            "grofvuil": f"GV{ds(6)}",
            "ticket": f"TCK-{ds(7)}",
            "melding": f"MOR-{yy}{ds(6)}",
            "kwijt": f"KWS {y}-{ds(4)}",
            "zaak": f"Z/{yy}/{ds(6)}",
            "aanslag": f"{ds(4)}.{ds(3)}.{ds(3)}",
            "bemiddeling": f"VTA-{y}-{ds(3)}",
            "pas": f"PAS{yy}-{ds(5)}",
            "bsbm": f"BSBM {ds(3)} {ds(4)} {ds(3)}",
        }[kind]
        self.cases[kind] = c
        return self.p(c, "CASE_NUMBER")

    # ordinary things that must survive
    def odate(self, style=None):
        r = self.r
        m, dd = r.randint(1, 12), r.randint(1, 28)
        style = r.randrange(4) if style is None else style
        s = [
            f"{dd} {N.MONTHS[m - 1]} {self.year}",
            f"{dd:02d}-{m:02d}-{self.year}",
            f"{dd} {N.MONTHS[m - 1]}",
            f"{dd}-{m}-{self.year}",
        ][style]
        return self.k(s)

    def weekday(self):
        return self.k(self.r.choice(N.WEEKDAYS))

    def amount(self):
        r = self.r
        n = r.choice([105, 110, 135, 149, 150, 174, 190, 210, 260, 345, 95, 412])
        return self.k(r.choice([f"€ {n},00", f"€{n},-", f"{n} euro", f"€ {n}"]))

    def gemeente(self):
        return self.k(f"gemeente {self.place}")

    def time(self):
        return f"{self.r.randint(6, 21):02d}:{self.r.choice(['05', '10', '20', '35', '40', '52'])}"

    def clock(self):  # times that run forward within one document
        self._t += self.r.randint(1, 38)
        return f"{self._t // 60 % 24:02d}:{self._t % 60:02d}"


# ---------------------------------------------------------------- line and sentence shapes

WASTE = ["gft-container", "restafvalcontainer", "papiercontainer", "pmd-zak", "minicontainer"]


@shape("line")
def l_mail_header(d, sender, to, subject):
    return [f"Van: {d.full(sender)} <{d.email(sender)}>", f"Aan: {to}", f"Onderwerp: {subject}"]


@shape("line")
def l_sender_block(d, pr, a):
    return [d.full(pr), d.adr(a), f"{d.pc(a)}  {d.k(d.place.upper())}"]


@shape("line")
def l_place_date(d):
    return f"{d.k(d.place)}, {d.odate(0)}"


@shape("line")
def l_betreft(d, what, kind):
    return f"{d.k('Betreft')}: {what} (uw {d.k('kenmerk')} {d.case(kind)})"


@shape("line")
def l_sig_full(d, pr, a):
    return [
        d.k("Met vriendelijke groet") + ",",
        d.full(pr),
        f"{d.adr(a)}, {d.pc(a)} {d.k(d.place)}",
        f"{d.k('Tel.')} {d.phone(pr)}",
    ]


@shape("line")
def l_sig_short(d, pr):
    return [d.r.choice(["Groet,", "Gr.", "Groetjes,"]), d.first(pr)]


@shape("line")
def l_sig_official(d, off, func, dept):
    return [
        d.k("Met vriendelijke groet") + ",",
        "",
        d.ini(off),
        f"{d.k(func)}, {d.k(dept)}",
        f"{d.gemeente()} | {d.k('14 0' + str(d.r.randint(10, 99)))}",
    ]


@shape("line")
def l_sig_agent(d, agent):
    return [f"{d.k('Hartelijke')} groet,", f"{d.first(agent)} | {d.k('Klantenservice')} {d.k(d.company)}"]


@shape("line")
def l_hoogachtend(d, pr):
    return [d.k("Hoogachtend") + ",", "", d.full(pr)]


@shape("line")
def l_ps_phone(d, pr):
    return (
        f"PS: ik ben overdag het best bereikbaar op {d.phone(pr)}, na {d.k('vijf')} uur op {d.phone(pr, mobile=False)}."
    )


@shape("line")
def l_iban_refund(d, pr):
    return f"Het teveel {d.k('betaalde')} bedrag kunt u terugstorten op {d.iban(pr)} ten name van {d.ini(pr)}."


@shape("line")
def l_bsn_line(d, pr):
    return f"{d.k('Burgerservicenummer')}: {d.bsn(pr)}"


@shape("line")
def l_dob_line(d, pr):
    return f"{d.k('Geboortedatum')}: {d.dob(pr)}"


@shape("line")
def l_field_block(d, pr, a):
    return [
        f"{d.k('Naam')}: {d.sortname(pr)}",
        f"{d.k('Adres')}: {d.adr(a)}",
        f"{d.k('Postcode')}: {d.pc(a)}",
        f"{d.k('Woonplaats')}: {d.k(d.place)}",
    ]


@shape("sent")
def s_missed_pickup(d, a):
    w = d.r.choice(WASTE)
    return (
        f"Op {d.weekday()} {d.odate(2)} is de {d.k(w)} aan de {d.adr(a)} weer niet {d.k('geleegd')}, "
        f"terwijl hij om half acht aan de stoeprand stond."
    )


@shape("sent")
def s_third_time(d):
    return f"Dit is al de {d.k('derde')} keer dit kwartaal en niemand van de {d.k('klantenservice')} belt terug."


@shape("sent")
def s_demand(d):
    return (
        f"Ik wil dat de wagen vandaag nog langskomt, anders zet ik de {d.k('zakken')} bij het "
        f"{d.k('stadskantoor')} neer."
    )


@shape("sent")
def s_fine_received(d, pr, kind="boete"):
    return (
        f"Op {d.odate(0)} ontving ik een {d.k('boete')} van {d.amount()} voor {d.k('bijplaatsing')} naast "
        f"de ondergrondse container, {d.k('kenmerk')} {d.case(kind)}."
    )


@shape("sent")
def s_not_my_bag(d, pr, old):
    return (
        f"De envelop die uw {d.k('handhaver')} in de zak vond, was gericht aan {d.full(old)}, de "
        f"{d.k('vorige')} bewoner van mijn woning; ik woon er pas sinds {d.odate(0)}."
    )


@shape("sent")
def s_request_annul(d):
    return (
        f"Ik verzoek u de {d.k('beschikking')} te vernietigen en mij te laten weten wanneer de {d.k('hoorzitting')} is."
    )


@shape("sent")
def s_boa_opening(d, boa):
    return (
        f"Op {d.odate(0)} omstreeks {d.time()} uur bevond ik, {d.full(boa)}, {d.k('buitengewoon')} "
        f"{d.k('opsporingsambtenaar')} (domein I), mij in {d.k('uniform')} bij de verzamelcontainers."
    )


@shape("sent")
def s_boa_found_letter(d, sus, a):
    return (
        f"Bij {d.k('opening')} van de drie {d.k('vuilniszakken')} trof ik een brief van de "
        f"{d.k('Belastingdienst')} aan, gericht aan {d.ini(sus)}, {d.adr(a)}, {d.pc(a)} {d.k(d.place)}."
    )


@shape("sent")
def s_boa_suspect(d, sus):
    return f"{d.k('Verdachte')}: {d.sortname(sus)}, geboren {d.dob(sus)}, {d.k('nationaliteit')} niet gevraagd."


@shape("sent")
def s_boa_vehicle(d, sus):
    return (
        f"Ik zag dat een {d.k('bestelbus')} met {d.k('kenteken')} {d.plate(sus)} stopte en dat de "
        f"bestuurder twee {d.k('matrassen')} naast de glasbak zette."
    )


@shape("sent")
def s_boa_cautioned(d, sus):
    return (
        f"Ik heb {d.titled(sus)} de {d.k('cautie')} gegeven; {d.hij(sus)} verklaarde: "
        f"'Die zakken stonden er al, ik heb er alleen één bij gezet.'"
    )


@shape("sent")
def s_caption(d, n, sus):
    return (
        f"Foto {n}: {d.k('bijplaatsing')} naast container {d.r.randint(10, 99)}, "
        f"bestand bijplaatsing-{d.slug(sus)}-{n}.jpg"
    )


@shape("sent")
def s_caption_letter(d, n, sus, a):
    return (
        f"Foto {n} – {d.k('envelop')} uit zak 2, adreszijde zichtbaar: {d.upper(sus)}, {d.p(a.line.upper(), 'ADDRESS')}"
    )


@shape("sent")
def s_caption_plate(d, n, sus):
    return (
        f"Afb. {n}. {d.k('Aanhanger')} achter personenauto, {d.k('kenteken')} {d.plate(sus)} "
        f"leesbaar, tijdstip {d.time()}."
    )


@shape("sent")
def s_chat_bot(d, text):
    return f"[{d.clock()}] {d.k('Afvalwijzer')}: {text}"


@shape("sent")
def s_chat_user(d, pr, text):
    return f"[{d.clock()}] {d.handle(pr)}: {text}"


@shape("sent")
def s_ticket_fields(d, pr, a):
    return [
        f"{d.k('Ticket')} {d.case('ticket')} | {d.k('Kanaal')}: telefoon | {d.k('Prioriteit')}: normaal",
        f"{d.k('Beller')}: {d.ini(pr)}  –  {d.k('terugbellen')} op {d.phone(pr)}",
        f"{d.k('Locatie')}: {d.adr(a)} ({d.pc(a)})",
    ]


@shape("sent")
def s_ticket_note(d, pr):
    return (
        f"{d.k('Notitie')}: klant boos, {d.k('container')} 2x overgeslagen; {d.lower_first(pr)} wil "
        f"{d.k('compensatie')}. Doorgezet naar {d.k('planning')}."
    )


@shape("sent")
def s_route_row(d, a, pr, item):
    return f"{d.clock()} | {d.adr(a)} | {d.pc(a)} | {item} | {d.ini(pr)} | {d.phone(pr)}"


@shape("sent")
def s_route_row_short(d, a, pr, item):
    return f"- {d.p(a.line.upper(), 'ADDRESS')} ({d.upper_sur(pr)}): {item}, bellen bij {d.k('aankomst')}"


@shape("sent")
def s_route_row_note(d, a, pr):
    return f"* {d.street(a)}: {d.k('container')} van {d.poss(pr, use_first=False)} stond achter het hek, niet geleegd"


@shape("sent")
def s_neighbour_accuse(d, nb, a):
    return (
        f"Mijn {d.k('buurvrouw' if nb.female else 'buurman')} {d.full(nb)} van {d.adr(a)} zet "
        f"{d.zijn(nb)} {d.k('vuilniszakken')} elke "
        f"{d.weekday()} naast de container in plaats van erin."
    )


@shape("sent")
def s_neighbour_van(d, nb):
    return (
        f"{d.hij(nb).capitalize()} rijdt een witte {d.k('bestelbus')} ({d.plate(nb)}) en laat 's avonds ook "
        f"{d.k('bouwafval')} achter."
    )


@shape("sent")
def s_neighbour_anon(d):
    return f"Ik wil {d.k('anoniem')} blijven, want ik moet naast die mensen blijven wonen."


@shape("sent")
def s_mediator_intake(d, pr, med):
    return (
        f"{d.k('Intake')} {d.odate(1)}: {d.full(pr)} belde {d.k('bemiddelaar')} {d.full(med)}; "
        f"{d.hij(pr)} voelt zich als {d.k('fraudeur')} behandeld na de {d.k('boete')}."
    )


@shape("sent")
def s_mediator_agreement(d, off, dept):
    return (
        f"{d.k('Afspraak')}: {d.ini(off)} ({d.k(dept)}) beoordeelt de {d.k('foto')}'s opnieuw en laat "
        f"binnen {d.k('tien')} {d.k('werkdagen')} weten of de boete blijft staan."
    )


@shape("sent")
def s_mediator_control(d, pr):
    return (
        f"{d.k('Controlevraag')} gesteld: is alles besproken? {d.titled(pr)} antwoordde ja, met de "
        f"opmerking dat {d.hij(pr)} vooral een excuus wilde."
    )


@shape("sent")
def s_family_size(d, pr, kids):
    names = ", ".join(f"{d.first(c)} ({d.dob(c)})" for c in kids)
    return (
        f"Wij zijn met {len(kids) + 2} personen: mijn man, ik en onze kinderen {names}. "
        f"{d.k('Daarom')} vullen wij de {d.k('restafvalcontainer')} al in een week."
    )


@shape("sent")
def s_levy_question(d):
    return (
        f"Klopt het dat de {d.k('afvalstoffenheffing')} voor een {d.k('meerpersoonshuishouden')} "
        f"{d.amount()} per jaar is, ook als wij een tweede container moeten huren?"
    )


@shape("sent")
def s_medical(d, pr, gp):
    return (
        f"{d.k('Vanwege')} de {d.k('incontinentie')} van mijn moeder {d.full(pr)} hebben wij "
        f"veel meer {d.k('restafval')}; haar {d.k('huisarts')}, {d.k('dokter')} {d.bare(gp)}, kan dat "
        f"bevestigen."
    )


@shape("sent")
def s_medical_dialysis(d, pr):
    return (
        f"{d.titled(pr, cap=True)} doet thuis {d.k('nierdialyse')} en gooit per week vier vuilniszakken met "
        f"{d.k('verpakkingsmateriaal')} weg."
    )


@shape("sent")
def s_pass_lost(d, pr):
    return (
        f"Mijn {d.k('pasje')} voor de {d.k('ondergrondse')} container is kwijt; het nummer op de "
        f"aanvraag was {d.case('pas')}."
    )


@shape("sent")
def s_pass_defect(d):
    return f"Het {d.k('lampje')} op de klep wordt rood als ik het pasje ertegen houd, en de {d.k('klep')} blijft dicht."


@shape("sent")
def s_yard_row(d, pr, a):
    return (
        f"{d.clock()} | {d.plate(pr)} | {d.pc(a)} | {d.k('huisnummer')} {a.nr} | "
        f"{d.r.choice(['puin 0,5 m3', 'snoeihout', 'elektrisch', 'asbest (verpakt)', 'matras'])}"
    )


@shape("sent")
def s_yard_refused(d, pr):
    return (
        f"{d.k('Toegang')} geweigerd aan {d.full(pr)}: de {d.k('aanhanger')} was {d.k('bedrijfsmatig')} "
        f"beladen met {d.k('dakleer')}."
    )


@shape("sent")
def s_embarrassed(d, pr, son):
    return (
        f"Het is mij heel {d.k('pijnlijk')}, maar de zakken waren van ons: mijn zoon {d.full(son)} "
        f"dacht dat je ze naast de container mocht zetten als die vol was."
    )


@shape("sent")
def s_embarrassed_pay(d):
    return f"Ik betaal de {d.k('boete')} natuurlijk, maar kan het in {d.k('termijnen')}? Ik heb een {d.k('uitkering')}."


@shape("sent")
def s_decision(d, pr):
    return f"Het {d.k('college')} verklaart het bezwaar van {d.titled(pr)} {d.k('gegrond')} en trekt de boete in."


@shape("sent")
def s_decision_reason(d, old):
    return (
        f"Uit het {d.k('dossier')} blijkt dat de gevonden post op naam van {d.ini(old)} stond, die op "
        f"{d.odate(1)} al uit de {d.k('Basisregistratie')} Personen was uitgeschreven."
    )


@shape("sent")
def s_bsbm_fields(d, pr, a):
    return [
        f"{d.k('Naam')} {d.k('overtreder')}: {d.upper(pr)}",
        f"{d.k('Geboren')}: {d.dob(pr)}",
        f"BSN: {d.bsn(pr)}",
        f"{d.k('Adres')}: {d.adr(a)}, {d.pc(a)} {d.k(d.place)}",
        f"{d.k('Feit')}: het buiten een inzamelvoorziening plaatsen van huishoudelijk afval "
        f"({d.k('Afvalstoffenverordening')})",
        f"{d.k('Bedrag')}: {d.amount()}  –  {d.k('Kenmerk')}: {d.case('bsbm')}",
    ]


@shape("sent")
def s_cs_greeting(d, pr):
    return f"Beste {d.titled(pr)},"


@shape("sent")
def s_cs_sorry(d, a):
    return (
        f"{d.k('Excuses')} dat uw container aan de {d.street(a)} niet is geleegd. De "
        f"{d.k('chauffeur')} kon de straat niet in door een {d.k('verhuiswagen')}."
    )


@shape("sent")
def s_cs_next(d):
    return f"We komen {d.weekday()} {d.odate(2)} alsnog langs; zet de container vóór {d.k('7.30')} uur buiten."


@shape("sent")
def s_swap_fields(d, pr, a):
    return [
        f"{d.k('Aanvrager')}: {d.full(pr)} ({d.email(pr)})",
        f"{d.k('Ophaaladres')}: {d.adr(a)}",
        f"{d.k('Huidige')} container: 140 liter  →  {d.k('gewenst')}: 240 liter",
        f"{d.k('Reden')}: {d.r.choice(['gezinsuitbreiding', 'pleegkinderen', 'mantelzorg', 'kinderopvang aan huis'])}",
    ]


@shape("sent")
def s_sms(d, a):
    return (
        f"SMS {d.odate(1)}: {d.k('Herinnering')}: morgen wordt het {d.k('pmd')} opgehaald aan de "
        f"{d.adr(a)}. {d.k('Afmelden')}? Stuur STOP."
    )


@shape("sent")
def s_sms_reply(d, pr):
    return f"Antwoord van {d.phone(pr)}: {d.k('stop')} nou eens met die berichten, wij wonen hier niet meer"


@shape("sent")
def s_fwd_header(d, frm, to):
    dom = "gemeente" + d.place.lower().replace(" ", "") + ".nl"
    return [
        "---------- Doorgestuurd bericht ----------",
        f"Van: {d.full(frm)} <{d.email(frm, dom)}>",
        f"Datum: {d.odate(0)}",
        f"Aan: {d.ini(to)}",
    ]


@shape("sent")
def s_fwd_note(d, to, sus, a):
    return (
        f"{d.first(to)}, kun jij {d.k('morgen')} even langs bij {d.adr(a)}? Daar woont volgens de "
        f"{d.k('BRP')} {d.full(sus)}; de {d.k('melder')} noemt {d.hij(sus)} de dumper."
    )


@shape("sent")
def s_camera_row(d, pr):
    return (
        f"{d.k('Camera')} {d.r.randint(1, 9)} | {d.odate(1)} {d.time()} | voertuig {d.plate(pr)} | "
        f"lost {d.r.choice(['3 zakken', 'bankstel', 'koelkast', 'bouwpuin', 'tapijt'])}"
    )


@shape("sent")
def s_camera_match(d, pr, a):
    return f"{d.k('Kentekenhouder')} volgens RDW: {d.ini(pr)}, {d.adr(a)}, {d.pc(a)}; geboren {d.dob(pr)}."


@shape("sent")
def s_voicemail(d, pr, a):
    return (
        f"ja goedemiddag u spreekt met {d.lower(pr)} van de {d.p(a.line.lower(), 'ADDRESS')} eh "
        f"de {d.k('grofvuil')} is niet opgehaald en ik heb gewoon betaald hoor ik ben bereikbaar op "
        f"{d.phone(pr)} dank u"
    )


@shape("sent")
def s_webcare(d, pr, a):
    return (
        f"@{d.handle(pr)}: Al {d.k('twee')} weken staat de papiercontainer vol op de "
        f"{d.street(a)}. Wie is hier nou {d.k('verantwoordelijk')}?"
    )


@shape("sent")
def s_webcare_reply(d, pr, agent):
    return (
        f"@{d.handle(pr)} {d.k('Vervelend')}! Wil je je adres en postcode via een {d.k('privébericht')} "
        f"sturen? ^{d.first(agent)}"
    )


@shape("sent")
def s_hearing_present(d, pr, chair, boa, med):
    return (
        f"{d.k('Aanwezig')}: {d.full(chair)} ({d.k('voorzitter')}), {d.full(pr)} ({d.k('bezwaarmaker')}), "
        f"{d.ini(boa)} ({d.k('handhaving')}), {d.full(med)} ({d.k('bemiddelaar')})."
    )


@shape("sent")
def s_hearing_statement(d, pr):
    return (
        f"{d.titled(pr, cap=True)} {d.k('verklaart')} dat {d.hij(pr)} die {d.k('avond')} in het ziekenhuis lag en "
        f"dus niets naast de container kan hebben gezet."
    )


@shape("sent")
def s_buurtapp(d, pr, text):
    return f"{d.first(pr)}: {text}"


@shape("sent")
def s_buurtapp_lower(d, pr, other, a):
    return (
        f"{d.lower_first(pr)}: volgens mij zijn het die van {d.adr(a)}, die {d.first(other)} met die {d.k('aanhanger')}"
    )


@shape("sent")
def s_kwijt_fields(d, pr, partner, a):
    return [
        f"{d.k('Aanvrager')}: {d.sortname(pr)}, {d.k('geboortedatum')} {d.dob(pr)}, BSN {d.bsn(pr)}",
        f"{d.k('Partner')}: {d.full(partner)}, geb. {d.dob(partner)}",
        f"{d.k('Adres')}: {d.adr(a)}, {d.pc(a)}",
        f"{d.k('Rekeningnummer')}: {d.iban(pr)}",
        f"{d.k('Aanslagnummer')}: {d.case('aanslag')}",
    ]


@shape("sent")
def s_driver_blocked(d, owner, a):
    return (
        f"{d.k('Container')} bij {d.adr(a)} niet bereikbaar: auto {d.plate(owner)} dubbel geparkeerd "
        f"voor de {d.k('opstelplaats')}."
    )


@shape("sent")
def s_driver_damage(d, pr):
    return (
        f"Bij het {d.k('kiepen')} is het deksel afgebroken; bewoner {d.ini(pr)} ({d.phone(pr)}) is {d.k('ingelicht')}."
    )


@shape("sent")
def s_dumping_location(d):
    return (
        f"{d.k('Locatie')}: {d.r.choice(['parkeerterrein', 'bosrand', 'brandgang', 'groenstrook', 'fietstunnel'])} "
        f"bij {d.k(d.r.choice(['sporthal De Vliet', 'winkelcentrum Oostpoort', 'het Stationsplein', 'park Vredenhof', 'de Julianabrug']))}."
    )


@shape("sent")
def s_official_contact(d, off, dept):
    dom = "gemeente" + d.place.lower().replace(" ", "") + ".nl"
    return f"Vragen? Neem contact op met {d.full(off)}, {d.k(dept)}, {d.email(off, dom)} of via {d.k('info@' + dom)}."


@shape("sent")
def s_known_followup(d, pr):
    n = d.r.randrange(4)
    if n == 0:
        return f"{d.titled(pr, cap=True)} vraagt of de {d.k('melding')} nu eindelijk wordt opgepakt."
    if n == 1:
        return f"Volgens {d.titled(pr)} is dit niet de {d.k('eerste')} keer."
    if n == 2:
        return f"{d.titled(pr, cap=True)} heeft er {d.k('foto')}'s van gemaakt."
    return f"Ik heb {d.titled(pr)} beloofd dat de {d.k('wijkbeheerder')} gaat kijken."


@shape("sent")
def s_dob_nocue(d, pr):
    return f"{d.full(pr)} ({d.dob(pr)}) staat als {d.k('hoofdbewoner')} ingeschreven."


@shape("sent")
def s_plate_warning(d, pr):
    return (
        f"Uw auto met kenteken {d.plate(pr)} is {d.odate(2)} bij de {d.k('milieustraat')} "
        f"{d.k('gesignaleerd')} met bedrijfsafval; een {d.k('waarschuwing')} volgt."
    )


@shape("sent")
def s_boa_identity(d, pr):
    return (
        f"{d.k('Identiteit')} vastgesteld aan de hand van het {d.k('rijbewijs')}; {d.k('burgerservicenummer')} "
        f"{d.bsn(pr)}."
    )


@shape("sent")
def s_medical_bsn(d, pr):
    return f"Haar BSN is {d.bsn(pr)}, voor het geval u de {d.k('Wmo')}-indicatie wilt opvragen."


@shape("sent")
def s_installments_iban(d, pr):
    return f"Het bedrag mag {d.k('maandelijks')} worden afgeschreven van {d.iban(pr)} (ten name van {d.ini(pr)})."


@shape("sent")
def s_kid_possessive(d, kid):
    return f"Alleen {d.poss(kid)} {d.k('luiers')} vullen al een halve container per week."


@shape("sent")
def s_direct_debit(d, pr):
    return f"De {d.k('automatische')} {d.k('incasso')} loopt via {d.iban(pr)}."


@shape("sent")
def s_sent_to_email(d, pr):
    return f"Deze {d.k('bevestiging')} is ook verstuurd naar {d.email(pr)}."


# ---------------------------------------------------------------- document kinds


def _official(d, dutch_ratio=0.4):
    return d.person(dutch=d.r.random() < dutch_ratio)


DEPTS = [
    "afdeling Toezicht en Handhaving",
    "team Afval en Grondstoffen",
    "afdeling Belastingen",
    "team Juridische Zaken",
    "afdeling Stadsbeheer",
    "team Openbare Ruimte",
]


@shape("doc")
def doc_email_missed(d, res):
    a = d.addr(res)
    out = l_mail_header(
        d,
        res,
        d.k("klantenservice@" + d.company.split()[-1].lower() + ".nl"),
        f"{d.k('Container')} weer niet {d.k('geleegd')}!!",
    )
    out += ["", s_missed_pickup(d, a), s_third_time(d), s_demand(d), ""]
    out += l_sig_full(d, res, a) if d.r.random() < 0.6 else l_sig_short(d, res)
    return out


@shape("doc")
def doc_objection_letter(d, res):
    a = d.addr(res)
    old = d.person()
    out = l_sender_block(d, res, a) + ["", l_place_date(d), "", l_betreft(d, d.k("bezwaarschrift"), "boete"), ""]
    out += [
        f"Geachte {d.k('heer')}, {d.k('mevrouw')},",
        "",
        s_fine_received(d, res),
        s_not_my_bag(d, res, old),
        s_request_annul(d),
        l_iban_refund(d, res),
        "",
    ]
    out += l_hoogachtend(d, res)
    if d.r.random() < 0.5:
        out.append(l_bsn_line(d, res))
    return out


@shape("doc")
def doc_pv(d, res):
    boa = _official(d)
    a = d.addr(res)
    out = [
        d.k("PROCES-VERBAAL") + " VAN " + d.k("BEVINDINGEN"),
        f"Nummer: {d.case('pv')}",
        f"{d.k('Verbalisant')}: {d.upper(boa)}, {d.k('afdeling Toezicht en Handhaving')}",
        "",
        s_boa_opening(d, boa),
        s_dumping_location(d),
        s_boa_found_letter(d, res, a),
    ]
    if d.r.random() < 0.5:
        out.append(s_boa_vehicle(d, res))
    out.append(s_boa_suspect(d, res))
    if d.r.random() < 0.5:
        out.append(s_boa_identity(d, res))
    out += [
        s_boa_cautioned(d, res),
        f"{d.k('Waarvan')} door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende op {d.odate(1)}.",
    ]
    return out


@shape("doc")
def doc_photo_captions(d, res):
    a = d.addr(res)
    out = [f"{d.k('Fotobijlage')} bij {d.k('rapport')} {d.case('zaak')}", ""]
    out += [s_caption(d, 1, res), s_caption_letter(d, 2, res, a)]
    if d.r.random() < 0.6:
        out.append(s_caption_plate(d, 3, res))
    out.append(f"{d.k('Gemaakt')} door {d.ini(_official(d))}, boa {d.k('Milieu')}.")
    return out


@shape("doc")
def doc_app_chat(d, res):
    a = d.addr(res)
    out = [
        s_chat_bot(d, f"{d.k('Hallo')}! Waarmee kan ik je helpen?"),
        s_chat_user(d, res, f"mijn {d.k('pasje')} doet het niet meer"),
        s_chat_bot(d, f"Wat {d.k('vervelend')}. Wat is je postcode en {d.k('huisnummer')}?"),
        s_chat_user(d, res, f"{d.pc(a)} {a.nr}"),
        s_chat_bot(d, f"Dank je. Ik zie een pas op naam van {d.ini(res)}. Klopt dat?"),
        s_chat_user(d, res, f"ja dat ben ik, bel me maar op {d.phone(res)}"),
        s_chat_bot(d, f"Ik heb een {d.k('medewerker')} gevraagd je te bellen. {d.k('Fijne')} dag!"),
    ]
    return out


@shape("doc")
def doc_ticket(d, res):
    a = d.addr(res)
    agent = _official(d, 0.3)
    out = s_ticket_fields(d, res, a)
    if d.r.random() < 0.5:
        out.append(f"E-mail: {d.email(res)}")
    out += [s_ticket_note(d, res), f"{d.k('Behandelaar')}: {d.full(agent)} ({d.k('callcenter')}, {d.k('tweede')} lijn)"]
    if d.r.random() < 0.4:
        out.append(l_dob_line(d, res))
    return out


@shape("doc")
def doc_grofvuil_confirm(d, res):
    a = d.addr(res)
    items = d.r.choice(
        [
            "1 bankstel en 2 matrassen",
            "een kledingkast (gedemonteerd)",
            "3 tuinstoelen en een trampoline",
            "een wasmachine en een droger",
        ]
    )
    return [
        f"{d.k('Bevestiging')} {d.k('afspraak')} {d.k('grofvuil')}",
        f"{d.k('Afspraaknummer')}: {d.case('grofvuil')}",
        f"{d.k('Naam')}: {d.full(res)}",
        f"{d.k('Ophaaladres')}: {d.adr(a)}, {d.pc(a)} {d.k(d.place)}",
        f"{d.k('Ophaaldatum')}: {d.weekday()} {d.odate(0)}, tussen {d.k('7.30')} en 16.00 uur",
        f"Op te halen: {items}",
        f"{d.k('Kosten')}: {d.amount()} (wordt via de {d.k('aanslag')} verrekend)",
        f"Wijzigen? Bel {d.k('14 0' + str(d.r.randint(10, 99)))} of mail {d.k('grofvuil@' + d.company.split()[-1].lower() + '.nl')}.",
        s_sent_to_email(d, res),
    ]


@shape("doc")
def doc_route_list(d, res):
    driver = _official(d, 0.5)
    out = [
        f"{d.k('Routelijst')} wagen {d.r.randint(3, 40)} – {d.weekday()} {d.odate(1)}",
        f"{d.k('Chauffeur')}: {d.full(driver)} / {d.k('bijrijder')}: {d.first(_official(d, 0.3))}",
        "",
    ]
    rows = [(res, "bankstel"), (d.person(), "koelkast"), (d.person(), "matras + lattenbodem")]
    for pr, item in rows:
        a = d.addr(pr)
        out.append(d.r.choice([s_route_row, s_route_row_short])(d, a, pr, item))
    if d.r.random() < 0.5:
        pr = d.person()
        out.append(s_route_row_note(d, d.addr(pr), pr))
    out.append(f"{d.k('Retour')} naar {d.k('depot')} vóór 15.30 uur.")
    return out


@shape("doc")
def doc_neighbour_report(d, res):
    nb = d.person()
    a = d.addr(nb)
    out = [
        f"{d.k('Melding')} {d.case('melding')} – {d.k('categorie')}: {d.k('zwerfafval')} / {d.k('bijplaatsing')}",
        f"{d.k('Melder')}: {d.full(res)}, {d.email(res)}",
        "",
        s_neighbour_accuse(d, nb, a),
    ]
    if d.r.random() < 0.6:
        out.append(s_neighbour_van(d, nb))
    out.append(s_neighbour_anon(d))
    return out


@shape("doc")
def doc_mediator_note(d, res):
    med = _official(d, 0.5)
    off = _official(d)
    dept = d.r.choice(DEPTS)
    return [
        f"{d.k('Verslag')} {d.k('verzoek')} tot {d.k('afstemming')} {d.case('bemiddeling')}",
        "",
        s_mediator_intake(d, res, med),
        s_mediator_agreement(d, off, dept),
        s_mediator_control(d, res),
        f"{d.k('Leerpunt')}: bij {d.k('bijplaatsing')} eerst navragen wie er op het adres woont.",
    ]


@shape("doc")
def doc_levy_family(d, res):
    a = d.addr(res)
    kids = [d.person(family=res) for _ in range(d.r.randint(2, 4))]
    out = l_mail_header(
        d,
        res,
        d.k("belastingen@gemeente" + d.place.lower().replace(" ", "") + ".nl"),
        f"{d.k('Vraag')} over {d.k('afvalstoffenheffing')}",
    )
    out += [
        "",
        f"{d.k('Goedemorgen')},",
        "",
        s_family_size(d, res, kids),
        s_kid_possessive(d, kids[-1]),
        s_levy_question(d),
        s_direct_debit(d, res),
        f"Ons {d.k('aanslagnummer')} is {d.case('aanslag')}.",
        "",
    ]
    out += l_sig_full(d, res, a)
    return out


@shape("doc")
def doc_medical_request(d, res):
    a = d.addr(res)
    mother = d.person(family=res, female=True)
    gp = d.person()
    out = [
        f"{d.k('Aanvraag')} extra container {d.k('medisch')} afval",
        "",
        f"{d.k('Beste')} {d.k('medewerker')},",
        "",
        s_medical(d, mother, gp),
    ]
    if d.r.random() < 0.5:
        out.append(s_medical_dialysis(d, mother))
    out += [f"Zij woont bij ons in op {d.adr(a)} en is geboren op {d.dob(mother)}."]
    if d.r.random() < 0.5:
        out.append(s_medical_bsn(d, mother))
    out += [f"Kan de {d.k('extra')} container {d.k('kosteloos')} worden geleverd?", ""]
    out += l_sig_full(d, res, a)
    return out


@shape("doc")
def doc_pass_request(d, res):
    a = d.addr(res)
    out = [f"{d.k('Formulier')}: {d.k('nieuwe')} {d.k('afvalpas')}", ""] + l_field_block(d, res, a)
    out += [f"{d.k('Telefoon')}: {d.phone(res)}", f"E-mail: {d.email(res)}", "", s_pass_lost(d, res)]
    if d.r.random() < 0.5:
        out.append(s_pass_defect(d))
    out.append(f"De {d.k('vervangende')} pas kost {d.amount()}.")
    return out


@shape("doc")
def doc_yard_log(d, res):
    out = [
        f"{d.k('Milieustraat')} {d.k(d.r.choice(['Noord', 'De Kade', 'Zuidpoort', 'Oosterweg']))} – "
        f"{d.k('bezoekregistratie')} {d.odate(0)}",
        f"{d.k('tijd')} | {d.k('kenteken')} | postcode | nr | {d.k('fractie')}",
    ]
    for pr in [res, d.person(), d.person()]:
        out.append(s_yard_row(d, pr, d.addr(pr)))
    out.append(s_yard_refused(d, res))
    return out


@shape("doc")
def doc_embarrassed(d, res):
    a = d.addr(res)
    son = d.person(family=res, female=False)
    out = [
        f"{d.k('Geachte')} {d.k('handhaving')},",
        "",
        f"Ik schrijf u over de brief met {d.k('kenmerk')} {d.case('boete')}.",
        s_embarrassed(d, res, son),
        s_embarrassed_pay(d),
    ]
    if d.r.random() < 0.6:
        out.append(s_installments_iban(d, res))
    out.append("")
    out += l_sig_full(d, res, a)
    if d.r.random() < 0.5:
        out.append(l_ps_phone(d, res))
    return out


@shape("doc")
def doc_decision(d, res):
    a = d.addr(res)
    old = d.person()
    chief = _official(d)
    out = [
        d.titled(res, cap=True),
        d.adr(a),
        f"{d.pc(a)} {d.k(d.place)}",
        "",
        f"{d.k('Ons')} {d.k('kenmerk')}: {d.case('bezwaar')}   Uw brief van: {d.odate(0)}",
        "",
        f"{d.k('Onderwerp')}: {d.k('beslissing')} op {d.k('bezwaar')}",
        "",
        s_decision(d, res),
        s_decision_reason(d, old),
        f"Het bedrag van {d.amount()} wordt teruggestort op {d.iban(res)}.",
        "",
    ]
    out += l_sig_official(d, chief, "teamleider", "team Juridische Zaken")
    return out


@shape("doc")
def doc_bsbm(d, res):
    a = d.addr(res)
    out = [f"{d.k('BESTUURLIJKE')} {d.k('STRAFBESCHIKKING')} MILIEU", ""] + s_bsbm_fields(d, res, a)
    out += ["", f"U kunt binnen {d.k('zes')} weken {d.k('verzet')} doen bij de {d.k('officier')} van justitie."]
    return out


@shape("doc")
def doc_cs_reply(d, res):
    a = d.addr(res)
    agent = _official(d, 0.3)
    out = [
        s_cs_greeting(d, res),
        "",
        s_cs_sorry(d, a),
        s_cs_next(d),
        f"Uw {d.k('melding')} is geregistreerd onder {d.case('ticket')}.",
        "",
    ]
    out += l_sig_agent(d, agent)
    return out


@shape("doc")
def doc_container_swap(d, res):
    a = d.addr(res)
    out = [f"{d.k('Wijziging')} {d.k('containervolume')} – {d.k('webformulier')}", ""] + s_swap_fields(d, res, a)
    out += [f"{d.k('Ingediend')} op {d.odate(1)}; {d.k('levertijd')} circa {d.k('drie')} weken."]
    return out


@shape("doc")
def doc_sms_log(d, res):
    a = d.addr(res)
    return [
        f"{d.k('Berichtenlog')} {d.k('Afvalwijzer')} – {d.k('abonnement')} {d.phone(res)}",
        s_sms(d, a),
        s_sms_reply(d, res),
        f"{d.k('Status')}: {d.k('afgemeld')} door {d.k('systeem')}.",
    ]


@shape("doc")
def doc_forward(d, res):
    frm = _official(d)
    to = _official(d)
    a = d.addr(res)
    out = [
        f"{d.k('Hoi')},",
        "",
        s_fwd_note(d, to, res, a),
        "",
        *s_fwd_header(d, frm, to),
        f"{d.k('Onderwerp')}: {d.k('dumping')} {d.street(a)}",
        f"{d.k('Er')} ligt weer een {d.k('matras')} bij de container.",
    ]
    return out


@shape("doc")
def doc_camera_log(d, res):
    a = d.addr(res)
    out = [
        f"{d.k('Logboek')} {d.k('cameratoezicht')} {d.k('dumplocatie')} – {d.case('zaak')}",
        s_camera_row(d, res),
        s_camera_row(d, d.person()),
        s_camera_match(d, res, a),
        f"{d.k('Beelden')} bewaard tot {d.odate(0)} ({d.k('AVG')}: vier weken).",
    ]
    return out


@shape("doc")
def doc_voicemail(d, res):
    a = d.addr(res)
    return [
        f"{d.k('Transcriptie')} {d.k('voicemail')} ({d.k('automatisch')}) – {d.odate(1)} {d.time()}",
        "",
        s_voicemail(d, res, a),
    ]


@shape("doc")
def doc_webcare(d, res):
    a = d.addr(res)
    agent = _official(d, 0.3)
    return [
        f"{d.k('Webcare')} {d.k('gemeente')} – {d.k('berichten')} {d.odate(1)}",
        s_webcare(d, res, a),
        s_webcare_reply(d, res, agent),
        f"@{d.handle(res)}: {d.pc(a)}, nummer {a.nr}. {d.k('Bedankt')}.",
    ]


@shape("doc")
def doc_hearing(d, res):
    chair, boa, med = _official(d), _official(d), _official(d, 0.5)
    return [
        f"{d.k('Verslag')} {d.k('hoorzitting')} {d.k('bezwaarschriftencommissie')} – {d.case('bezwaar')}",
        "",
        s_hearing_present(d, res, chair, boa, med),
        s_hearing_statement(d, res),
        s_dob_nocue(d, res),
        f"De {d.k('commissie')} {d.k('adviseert')} binnen zes weken.",
    ]


@shape("doc")
def doc_buurtapp(d, res):
    other = d.person()
    third = d.person()
    a = d.addr(third)
    return [
        f"{d.k('Buurtapp')} {d.k(d.r.choice(['Bloemenbuurt', 'Hofwijk-Zuid', 'De Schans', 'Oude Haven']))}",
        s_buurtapp(d, res, f"Wie heeft die {d.k('kerstboom')} naast de glasbak gezet?? 😡"),
        s_buurtapp_lower(d, other, third, a),
        s_buurtapp(d, res, f"Ik ga het {d.k('melden')} bij de {d.k('gemeente')}."),
    ]


@shape("doc")
def doc_kwijtschelding(d, res):
    a = d.addr(res)
    partner = d.person()
    return (
        [f"{d.k('Verzoek')} om {d.k('kwijtschelding')} {d.k('afvalstoffenheffing')} {d.year} – {d.case('kwijt')}", ""]
        + s_kwijt_fields(d, res, partner, a)
        + [f"{d.k('Toelichting')}: wij leven van de {d.k('bijstand')} en hebben {d.k('schulden')}."]
    )


@shape("doc")
def doc_driver_incident(d, res):
    a = d.addr(res)
    owner = d.person()
    return [
        f"{d.k('Incidentmelding')} {d.k('chauffeur')} – {d.odate(1)} – wagen {d.r.randint(3, 40)}",
        s_driver_blocked(d, owner, a),
        s_driver_damage(d, res),
        f"{d.k('Opgesteld')} door {d.first(_official(d, 0.5))}, {d.k('ploegleider')}.",
    ]


@shape("doc")
def doc_warning_letter(d, res):
    a = d.addr(res)
    off = _official(d)
    dept = d.r.choice(DEPTS)
    return [
        d.titled(res, cap=True),
        d.adr(a),
        f"{d.pc(a)}  {d.k(d.place)}",
        "",
        f"{d.k('Kenmerk')}: {d.case('zaak')}",
        "",
        s_plate_warning(d, res),
        s_official_contact(d, off, dept),
    ]


DOC_KINDS = [v for v in list(globals().values()) if getattr(v, "shape_name", "").startswith("doc:")]


# ---------------------------------------------------------------- building and gates


def build(i: int, attempt: int) -> tuple[dict, Doc]:
    did = f"fresh27a-{i:04d}"
    r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
    known = i % 4 == 1
    d = Doc(r, did, known)
    res = d.known_resident() if known else d.person(dutch=r.random() < 0.15)
    kind = DOC_KINDS[(i + attempt * 7) % len(DOC_KINDS)] if attempt < 3 else r.choice(DOC_KINDS)
    lines = kind(d, res)
    if known:
        w = res.sur.lower()
        sent = res.cache["known_sentence"].format(w=d.k(w))
        spots = [
            j + 1
            for j, ln in enumerate(lines[:-1])
            if ln.rstrip().endswith((".", "?", "!"))
            and not ln.startswith("[")
            and " | " not in ln
            and not lines[j + 1].startswith("[")
        ]
        pos = r.choice(spots) if spots else len(lines)
        lines[pos:pos] = [sent, s_known_followup(d, res)]
    text = "\n".join(lines)
    doc = {"id": did, "text": text, "pii": d.pii, "keep": d.keep}
    if known:
        kn = {"names": [res.full]}
        if "email" in res.cache and res.cache["email"] in text:
            kn["emails"] = [res.cache["email"]]
        if "phone" in res.cache and res.cache["phone"] in text:
            kn["phones"] = [res.cache["phone"]]
        doc = {"id": did, "text": text, "known": kn, "pii": d.pii, "keep": d.keep}
    return doc, d


def _words(s: str) -> list[str]:
    return [w for w in re.split(r"[^\w']+", s.lower()) if w]


def gate(doc: dict) -> str | None:
    """None when the document passes every gate, else the reason."""
    try:
        SC.check_doc(doc)
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
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= {w for w in _words(n) if w not in PARTICLES and len(w) > 1}
        if not any(k in known_words for k in doc["keep"]):
            return "known name without its ordinary lower-case use in keep"
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            name_words |= {w for w in _words(it["text"]) if w not in PARTICLES and len(w) > 1}
    for k in doc["keep"]:
        if k in known_words and k == k.lower():
            continue
        shared = {w for w in _words(k) if w not in PARTICLES and len(w) > 1} & name_words
        if shared:
            return f"keep {k!r} shares {shared} with a name"
    return None


def generate():
    docs, meta = [], {"redraws": 0, "shapes": Counter(), "origins": Counter(), "reasons": Counter()}
    for i in range(N_DOCS):
        for attempt in range(200):
            doc, d = build(i, attempt)
            why = gate(doc)
            if why is None:
                break
            meta["redraws"] += 1
            meta["reasons"][why.split(":")[0]] += 1
        else:
            raise SystemExit(f"document {i} never passed: {why}")
        docs.append(doc)
        meta["shapes"].update(set(d.shapes))
        meta["origins"].update({p.origin for p in d.people})
    return docs, meta


def dump(docs) -> str:
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in docs)


def main(argv):
    docs, meta = generate()
    data = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print("fresh27a_texts.jsonl is up to date" if same else "fresh27a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for x in docs for it in x["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  {'total':14s} {sum(labels.values())}")
        kinds = Counter(SHAPES[s] for s in meta["shapes"])
        print(
            f"shapes used: {len(meta['shapes'])} of {len(SHAPES)} registered "
            f"(doc {kinds['doc']}, line {kinds['line']}, sentence {kinds['sent']})"
        )
        print(f"origin groups: {len(meta['origins'])}")
        print(f"known-name documents: {sum('known' in x for x in docs)}")
        print(f"keep words: {sum(len(x['keep']) for x in docs)} (min per document {min(len(x['keep']) for x in docs)})")
        print(f"redraws: {meta['redraws']}" + (f" ({dict(meta['reasons'])})" if meta["redraws"] else ""))
        return 0
    OUT.write_text(data, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
