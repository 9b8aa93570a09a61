"""Blind anonymizer corpus fresh16a: transcribed speech (dictated notes, call and meeting transcripts, voicemails).

Helper B1, round thirteen. Usage (from the repository root, PYTHONPATH=.):
  python tests/anonymizer/fresh16a/make_fresh16a.py            write fresh16a_texts.jsonl
  python tests/anonymizer/fresh16a/make_fresh16a.py --check    exit 1 if the committed file differs
  python tests/anonymizer/fresh16a/make_fresh16a.py --stats    counts per label, shapes, known names, redraws
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
import f16a_parts as P  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked = _score.check_doc, _score.leaked

SEED = 20261341
N_DOCS = 300
OUT = HERE / "fresh16a_texts.jsonl"
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
NAME_PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}

SHAPES: dict[str, str] = {}  # shape name -> kind of shape (document, line, sentence)
USED: Counter = Counter()


def shape(kind):
    def deco(fn):
        SHAPES[fn.__name__] = kind
        return fn

    return deco


# ---------------------------------------------------------------- identifiers


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ord(ch) < 128)


def bsn_ok(d: str) -> bool:
    return len(d) == 9 and d.isdigit() and (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def make_bsn(r):
    while True:
        d = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
        if bsn_ok(d):
            return d


def iban_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def make_iban(r):
    bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ", "RBRB", "ASNB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(ch, 36)) for ch in bank + acct + "NL00")
    return f"NL{98 - int(num) % 97:02d}{bank}{acct}"


def make_plate(r):
    L = lambda n: "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(n))  # noqa: E731
    D = lambda n: str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))  # noqa: E731
    return r.choice(
        [
            lambda: f"{L(2)}-{D(3)}-{L(1)}",
            lambda: f"{L(1)}-{D(3)}-{L(2)}",
            lambda: f"{D(2)}-{L(3)}-{D(1)}",
            lambda: f"{D(1)}-{L(3)}-{D(2)}",
            lambda: f"{L(3)}-{D(2)}-{L(1)}",
            lambda: f"{L(2)}-{L(2)}-{D(2)}",
        ]
    )()


def make_case(r):
    yy = r.choice([24, 25, 26])
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
    return r.choice(
        [
            lambda: f"VTA-{yy}-{n(4)}",
            lambda: f"AFS/20{yy}/{n(5)}",
            lambda: f"BMD.{yy}.{n(3)}.{r.choice('ABCKR')}",
            lambda: f"Z-{n(6)}-VA",
            lambda: f"VA{yy}{n(5)}",
            lambda: f"K{yy}/{n(4)}-{r.randint(1, 9)}",
            lambda: f"MED {yy}/{n(3)}",
        ]
    )()


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, r, origin=None, sur=None, particle=None, female=None, first=None):
        self.origin = origin or r.choice(list(P.ORIGINS))
        males, females, sa, sb, style = P.ORIGINS[self.origin]
        self.female = r.random() < 0.5 if female is None else female
        self.first = first or r.choice(females if self.female else males)
        if sur is None:
            sur = r.choice(sa) + r.choice(sb)
            sur = sur[0].upper() + sur[1:]
            if style == "particle" and particle is None and r.random() < 0.8:
                particle = r.choice(P.PARTICLES_NL)
        self.sur, self.particle = sur, particle

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.particle, self.sur) if x)

    @property
    def sur_alone(self):  # Dutch rule: particle capitalised without a first name
        return (self.particle[0].upper() + self.particle[1:] + " " + self.sur) if self.particle else self.sur

    @property
    def sur_low_particle(self):
        return (self.particle + " " + self.sur) if self.particle else self.sur

    @property
    def initials(self):
        return self.first[0] + ". " + self.sur_low_particle

    def title(self, r):
        return r.choice(["mevrouw", "mw.", "mevr."] if self.female else ["meneer", "dhr.", "de heer"])

    def poss(self, word):
        if word[-1] in "sxz":
            return word + "'"
        if word[-1] in "aeiouy":
            return word + "'s"
        return word + "s"

    def spellable(self):
        return self.particle is None and re.fullmatch(r"[A-Za-z]{3,10}", self.sur) is not None

    def parts(self):
        return {p.lower() for p in re.findall(r"\w+", self.full) if p.lower() not in NAME_PARTICLES and len(p) > 1}


# ---------------------------------------------------------------- builder and context

MARK = re.compile(r"\[\[([A-Z_]+)\|(.+?)\]\]|\(\((.+?)\)\)")


def parse(s):
    segs, pos = [], 0
    for m in MARK.finditer(s):
        if m.start() > pos:
            segs.append([s[pos : m.start()], None])
        segs.append([m.group(2), m.group(1)] if m.group(1) else [m.group(3), "KEEP"])
        pos = m.end()
    if pos < len(s):
        segs.append([s[pos:], None])
    return segs


class Ctx:
    def __init__(self, r, i, known_word=None):
        self.r, self.i = r, i
        self.known_word = known_word
        origin = r.choice(list(P.ORIGINS))
        if known_word:
            if known_word in P.KNOWN_FIRST:
                self.R = Person(
                    r,
                    origin="Nederlands",
                    female=True,
                    first=known_word,
                    sur=r.choice(P.ORIGINS["Nederlands"][2]) + r.choice(P.ORIGINS["Nederlands"][3]),
                )
            else:
                self.R = Person(
                    r, origin=origin, sur=known_word, particle="de" if known_word in ("Wit", "Jong") else None
                )
        else:
            self.R = Person(r, origin=origin)
        self.F = Person(
            r,
            origin=self.R.origin if r.random() < 0.7 else None,
            sur=self.R.sur,
            particle=self.R.particle,
            female=not self.R.female,
        )
        self.K = Person(r, origin=self.R.origin, sur=self.R.sur, particle=self.R.particle)
        while self.K.first in (self.R.first, self.F.first):
            self.K = Person(r, origin=self.R.origin, sur=self.R.sur, particle=self.R.particle)
        self.B = Person(r)
        self.O = Person(r)
        self.O2 = Person(r)
        self.M = Person(r)
        self.people = [self.R, self.F, self.K, self.B, self.O, self.O2, self.M]
        self.city = r.choice(P.CITIES)
        self.street = r.choice(P.STREET_A) + r.choice(P.STREET_B)
        self.nr = r.randint(2, 180)
        self.add = r.choice(["", "", "", " a", "-2", " bis", "B"])
        self.pc = f"{r.randint(1000, 9899)} {r.choice('BDFGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVXZ')}"
        self.mobile = "06" + str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
        area = P.AREA[self.city]
        self.land = area + str(r.randint(2, 8)) + "".join(str(r.randint(0, 9)) for _ in range(9 - len(area)))
        self.bsn = make_bsn(r)
        self.iban = make_iban(r)
        self.plate = make_plate(r)
        self.case = make_case(r)
        self.dob = (r.randint(1, 28), r.randint(1, 12), r.randint(1941, 2005))
        self.dept, self.dept2 = r.sample(P.DEPTS, 2)
        self.func = r.choice(P.FUNCS)
        self.scheme = r.choice(P.SCHEMES)
        self.org = r.choice(P.ORGS)
        self.day = r.choice(P.WEEKDAYS)
        self.month = r.choice(P.MONTHS)
        fold = ascii_fold
        local = r.choice(
            [
                lambda p: (
                    f"{fold(p.first).lower()}.{fold(p.sur_low_particle).lower().replace(' ', '').replace(chr(39), '')}"
                ),
                lambda p: f"{fold(p.first)[0].lower()}{fold(p.sur).lower().replace(' ', '')}{r.randint(60, 99)}",
                lambda p: f"{fold(p.first).lower().replace(' ', '')}_{fold(p.sur).lower().replace(' ', '')[:5]}",
                lambda p: f"{fold(p.sur).lower().replace(' ', '')}.{fold(p.first).lower().replace(' ', '')}",
            ]
        )
        self.prov = r.choice(P.PROVIDERS)
        self.local = local(self.R)
        self.email = f"{self.local}@{self.prov}"

    # ---- names
    def nm(self, p, form=None):
        r = self.r
        forms = ["full", "full", "first", "title", "title_low", "init"]
        form = form or r.choice(forms)
        if form == "full":
            return f"[[PERSON|{p.full}]]"
        if form == "first":
            return f"[[PERSON|{p.first}]]"
        if form == "title":
            return f"{p.title(r)} [[PERSON|{p.sur_alone}]]"
        if form == "title_low":
            return f"{p.title(r)} [[PERSON|{p.sur_low_particle}]]"
        if form == "init":
            return f"[[PERSON|{p.initials}]]"
        if form == "sur":
            return f"[[PERSON|{p.sur_alone}]]"
        if form == "poss_first":
            return f"[[PERSON|{p.poss(p.first)}]]"
        if form == "poss_sur":
            return f"[[PERSON|{p.poss(p.sur_alone)}]]"
        if form == "upper":
            return f"[[PERSON|{p.sur.upper()}]]"
        raise ValueError(form)

    def k(self, w):
        return f"(({w}))"

    def f(self):
        return self.r.choice(["eh ", "nou ", "zeg maar ", "ehm ", "", "", "dus eh ", "ja "])

    # ---- identifiers, written
    def addr(self):
        return f"[[ADDRESS|{self.street} {self.nr}{self.add}]]"

    def addr_spoken(self):
        return f"[[ADDRESS|{self.street.lower()} {P.words(self.nr)}]]"

    def strt(self):
        return f"[[ADDRESS|{self.street}]]"

    def postcode(self):
        pc = self.pc if self.r.random() < 0.6 else self.pc.replace(" ", "")
        return f"[[POSTCODE|{pc}]]"

    def postcode_spoken(self):
        d, letters = self.pc.split()
        if self.r.random() < 0.5:
            return f"[[POSTCODE|{P.pair(d[:2])} {P.pair(d[2:])} {letters[0].lower()} {letters[1].lower()}]]"
        return (
            f"[[POSTCODE|{P.pair(d[:2])} {P.pair(d[2:])} {letters[0]} van {P.ALPHA[letters[0]]} {letters[1]} van "
            f"{P.ALPHA[letters[1]]}]]"
        )

    def phone(self, land=False):
        r = self.r
        if land:
            a = P.AREA[self.city]
            rest = self.land[len(a) :]
            return f"[[PHONE|{r.choice([f'{a}-{rest}', f'({a}) {rest}', f'{a} {rest}'])}]]"
        m = self.mobile
        return (
            "[[PHONE|"
            + r.choice(
                [
                    f"06-{m[2:]}",
                    f"06 {m[2:6]} {m[6:]}",
                    f"+31 6 {m[2:]}",
                    f"0031{m[1:]}",
                    f"06 {m[2:4]} {m[4:6]} {m[6:8]} {m[8:]}",
                    m,
                ]
            )
            + "]]"
        )

    def phone_spoken(self):
        m = self.mobile
        return (
            "[[PHONE|"
            + self.r.choice(
                [
                    f"nul zes {m[2:4]} {m[4:6]} {m[6:8]} {m[8:]}",
                    f"nul zes {m[2:6]} {m[6:]}",
                    f"plus eenendertig zes {m[2:]}",
                    f"nul zes min {m[2:]}",
                ]
            )
            + "]]"
        )

    def mail(self):
        return f"[[EMAIL|{self.email}]]"

    def mail_spoken(self):
        loc = self.local.replace(".", " punt ").replace("_", " underscore ")
        dom = self.prov.replace(".", " punt ")
        return f"[[EMAIL|{loc} apenstaartje {dom}]]"

    def bsn_w(self):
        b = self.bsn
        return "[[BSN|" + self.r.choice([b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}"]) + "]]"

    def bsn_spoken(self):
        return f"[[BSN|{P.digits_spoken(self.bsn)}]]"

    def iban_w(self):
        s = self.iban
        g = " ".join(s[i : i + 4] for i in range(0, 18, 4))
        return "[[IBAN|" + self.r.choice([s, g, g.lower(), f"{s[:2]} {s[2:4]} {s[4:8]} {s[8:]}"]) + "]]"

    def iban_spoken(self):
        s = self.iban
        return f"[[IBAN|{s[0]} {s[1]} {s[2:4]} {' '.join(s[4:8])} {s[8:]}]]"

    def plate_w(self):
        return f"[[LICENSE_PLATE|{self.plate if self.r.random() < 0.75 else self.plate.replace('-', '')}]]"

    def plate_spoken(self):
        return "[[LICENSE_PLATE|" + " ".join(self.plate.replace("-", " ")).replace("   ", " ") + "]]"

    def case_w(self):
        return f"[[CASE_NUMBER|{self.case}]]"

    def case_spoken(self):
        out = []
        for ch in self.case:
            if ch.isdigit():
                out.append(P.U[int(ch)])
            elif ch.isalpha():
                out.append(ch.lower())
            elif ch in "-/.":
                out.append({"-": "streepje", "/": "slash", ".": "punt"}[ch])
        return f"[[CASE_NUMBER|{' '.join(out)}]]"

    def dob_w(self):
        d, m, y = self.dob
        mn = P.MONTHS[m - 1]
        return (
            "[[DATE_OF_BIRTH|"
            + self.r.choice(
                [
                    f"{d:02d}-{m:02d}-{y}",
                    f"{d}-{m}-{y}",
                    f"{d} {mn} {y}",
                    f"{d:02d}.{m:02d}.{y}",
                    f"{y}-{m:02d}-{d:02d}",
                    f"{d}/{m}/{y}",
                    f"{d} {mn[:3]}. '{y % 100:02d}",
                    f"{d}-{m}-'{y % 100:02d}",
                ]
            )
            + "]]"
        )

    def dob_spoken(self):
        d, m, y = self.dob
        return f"[[DATE_OF_BIRTH|{P.words(d)} {P.MONTHS[m - 1]} {P.year_words(y)}]]"

    # ---- keep helpers
    def odate(self):
        return f"(({self.r.randint(1, 28)} {self.month}))"

    def amount(self):
        return f"((€ {self.r.randint(20, 2400)},{self.r.choice(['00', '50', '25', '80'])}))"


# ---------------------------------------------------------------- sentence shapes
# role: R resident speaking, M mediator speaking, O official speaking, N note by the mediator (third person)

SENT: dict[str, list] = {"R": [], "M": [], "O": [], "N": []}


def sent(role):
    def deco(fn):
        SHAPES[fn.__name__] = "sentence"
        SENT[role].append(fn)
        return fn

    return deco


@sent("R")
def r_name_spelled(c):
    R = c.R
    if not R.spellable():
        return f"{c.f()}mijn naam is {c.nm(R, 'full')} {c.f()}met de achternaam eerst zeg maar {c.nm(R, 'sur')}"
    return f"{c.f()}ik ben {c.nm(R, 'full')} dat is [[PERSON|{'-'.join(R.sur.upper())}]] ja"


@sent("R")
def r_name_alphabet(c):
    R = c.R
    if not R.spellable():
        return f"{c.nm(R, 'first')} is mijn voornaam en {c.nm(R, 'sur')} mijn achternaam"
    sp = ", ".join(f"{ch} van {P.ALPHA[ch]}" for ch in R.sur.upper())
    return f"de achternaam is {c.nm(R, 'sur')}, [[PERSON|{sp}]]"


@sent("R")
def r_address_words(c):
    return f"ik woon op de {c.addr_spoken()} {c.f()}in {c.k(c.city)}"


@sent("R")
def r_postcode_words(c):
    return f"postcode is {c.postcode_spoken()} {c.f()}dat klopt toch"


@sent("R")
def r_phone_words(c):
    return f"u kunt me bellen op {c.phone_spoken()} {c.f()}na drieën ben ik thuis"


@sent("R")
def r_dob_words(c):
    return f"ik ben geboren op {c.dob_spoken()} {c.f()}in {c.k(c.city)} ja"


@sent("R")
def r_bsn_digits(c):
    return f"mijn burgerservicenummer {c.f()}wacht even ik pak de pas {c.f()}{c.bsn_spoken()}"


@sent("R")
def r_iban_read(c):
    return f"het rekeningnummer is {c.iban_spoken()} daar moet het geld op van de {c.k(c.scheme)}"


@sent("R")
def r_selfcorr_nr(c):
    wrong = c.nr + c.r.choice([1, 2, 10])
    return (
        f"we zitten op [[ADDRESS|{c.street} {wrong}]] nee sorry ik bedoel {c.addr()} {c.f()}de oneven kant "
        f"bij de {c.k('Bibliotheek')}"
    )


@sent("R")
def r_partner(c):
    return (
        f"mijn {'man' if c.R.female else 'vrouw'} {c.nm(c.F, 'first')} {c.f()}die regelt normaal de post maar die "
        f"ligt in het {c.k('ziekenhuis')}"
    )


@sent("R")
def r_child(c):
    return (
        f"{c.nm(c.K, 'first')} mijn {'dochter' if c.K.female else 'zoon'} {c.f()}is veertien en krijgt geen "
        f"{c.k('leerlingenbegeleiding')} meer sinds {c.k(c.month)}"
    )


@sent("R")
def r_neighbour(c):
    return (
        f"de buurman {c.f()}{c.nm(c.B, 'title')} van nummer {c.nr + 2} zet zijn auto met kenteken {c.plate_w()} "
        f"steeds op de {c.k('invalidenparkeerplaats')}"
    )


@sent("R")
def r_email_spoken(c):
    return f"mijn mail is {c.mail_spoken()} {c.f()}alles aan elkaar"


@sent("R")
def r_letter_case(c):
    return f"op de brief staat {c.f()}{c.case_spoken()} {c.f()}en daaronder {c.k(c.dept)}"


@sent("R")
def r_money(c):
    return f"ik moet {c.amount()} terugbetalen aan de {c.k('Belastingdienst')} {c.f()}en dat heb ik gewoon niet"


@sent("R")
def r_official_said(c):
    return f"{c.nm(c.O, 'title')} van {c.k(c.dept)} zei {c.f()}dat ik maar een {c.k('bezwaarschrift')} moest schrijven"


@sent("R")
def r_interrupt(c):
    return f"maar het gaat om-- [onverstaanbaar] --nee laat me even uitpraten, het gaat om de {c.k(c.scheme)}"


@sent("R")
def r_mother(c):
    return (
        f"het gaat eigenlijk om mijn {'moeder' if c.F.female else 'vader'} {c.nm(c.F, 'full')} {c.f()}die is geboren "
        f"op {c.dob_w()} en woont nog zelfstandig"
    )


@sent("R")
def r_plate_spoken(c):
    return f"het kenteken is {c.plate_spoken()} {c.f()}een grijze {c.k('Opel')}"


@sent("R")
def r_possessive(c):
    return (
        f"{c.nm(c.K, 'poss_first')} school belt steeds, de {c.k('leerplichtambtenaar')} wil een gesprek op {c.k(c.day)}"
    )


@sent("R")
def r_landline(c):
    return f"overdag ben ik op mijn werk, {c.phone(land=True)} {c.f()}vragen naar {c.nm(c.R, 'first')}"


@sent("M")
def m_confirm_bsn(c):
    return f"ik lees even terug: burgerservicenummer {c.bsn_w()}, klopt dat?"


@sent("M")
def m_confirm_addr(c):
    return f"en u woont op {c.addr()}, {c.postcode()} {c.k(c.city)}?"


@sent("M")
def m_confirm_dob(c):
    return f"geboortedatum {c.dob_w()} {c.f()}heb ik dat goed"


@sent("M")
def m_intro(c):
    return (
        f"u spreekt met {c.nm(c.M, 'full')}, {c.k('bemiddelaar')} bij {c.k('Verzoek tot Afstemming')} "
        f"van de gemeente {c.k(c.city)}"
    )


@sent("M")
def m_control_q(c):
    return f"is hiermee alles besproken {c.nm(c.R, 'title')}? u mag altijd terugkomen bij het {c.k('Stadskantoor')}"


@sent("M")
def m_next_step(c):
    return (
        f"ik bel {c.nm(c.O, 'title')} van {c.k(c.dept)} nog voor {c.k(c.day)} en dan hoort u van mij, "
        f"uw zaaknummer is {c.case_w()}"
    )


@sent("M")
def m_spell_check(c):
    return f"{c.nm(c.R, 'sur')} {c.f()}met een {c.r.choice(['ij', 'y', 'dubbele e', 'c-h'])} of niet?"


@sent("M")
def m_repeat_mail(c):
    return f"dus {c.mail()}, ik stuur u vandaag een {c.k('ontvangstbevestiging')}"


@sent("M")
def m_iban_check(c):
    return f"de {c.k('energietoeslag')} ging naar {c.iban_w()}, is dat nog uw rekening?"


@sent("M")
def m_generic_contact(c):
    return (
        f"u kunt ook bellen met {c.k('14 0' + P.AREA[c.city][1:])} of mailen naar "
        f"{c.k('info@' + c.city.lower() + '.nl')}"
    )


@sent("M")
def m_phone_repeat(c):
    return f"ik herhaal: {c.phone()}, en u bent het best bereikbaar in de {c.k('ochtend')}?"


@sent("O")
def o_intro(c):
    return f"{c.nm(c.O, 'full')}, {c.k(c.func)} bij {c.k(c.dept)}, ik heb het dossier {c.case_w()} voor me liggen"


@sent("O")
def o_rule(c):
    return (
        f"volgens de {c.k(c.scheme)} moet de aanvraag binnen {c.k('acht weken')} beslist worden, dat is dus niet gelukt"
    )


@sent("O")
def o_colleague(c):
    return (
        f"mijn collega {c.nm(c.O2, 'full')} van {c.k(c.dept2)} is met {c.k('verlof')} tot {c.odate()}, "
        f"daarom bleef het liggen"
    )


@sent("O")
def o_promise(c):
    return (
        f"ik zorg dat {c.nm(c.R, 'title_low')} uiterlijk {c.k(c.day)} een nieuw {c.k('besluit')} krijgt op {c.addr()}"
    )


@sent("O")
def o_payment(c):
    return f"het bedrag van {c.amount()} wordt {c.k('deze week')} overgemaakt naar {c.iban_w()}"


@sent("O")
def o_plate_fine(c):
    return (
        f"de {c.k('naheffingsaanslag')} voor {c.plate_w()} trekken we in, de {c.k('parkeervergunning')} "
        f"liep gewoon door"
    )


@sent("O")
def o_bsn_lookup(c):
    return f"ik zoek het even op in het systeem {c.f()}{c.bsn_w()} {c.f()}ja ik zie de aanvraag van {c.odate()}"


@sent("N")
def n_spoke(c):
    return (
        f"{c.f()}gesproken met {c.nm(c.R)} over de {c.k(c.scheme)} {c.f()}aanvraag is in {c.k(c.month)} "
        f"ingediend en sindsdien niks gehoord"
    )


@sent("N")
def n_selfcorr_name(c):
    return f"{c.f()}contact gehad met {c.nm(c.O2, 'full')} nee sorry ik bedoel {c.nm(c.O, 'full')} van {c.k(c.dept)}"


@sent("N")
def n_dob_cue(c):
    return f"inwoner geboren {c.dob_spoken()} {c.f()}woont alleen sinds het overlijden van de partner"


@sent("N")
def n_dob_plain(c):
    return f"{c.nm(c.R, 'full')} ({c.dob_w()}) heeft sinds {c.odate()} geen inkomen"


@sent("N")
def n_addr_pc(c):
    return f"adres {c.addr()} {c.postcode_spoken()} {c.k(c.city)} {c.f()}tweede verdieping geen lift"


@sent("N")
def n_phone_written(c):
    return f"terugbellen op {c.phone()} {c.f()}liefst na {c.k('half vier')}"


@sent("N")
def n_neighbour_conflict(c):
    return (
        f"de buurvrouw {c.nm(c.B, 'title_low')} klaagt over {c.k('geluidsoverlast')} {c.f()}maar "
        f"{c.nm(c.R, 'first')} zegt dat het de {c.k('wasmachine')} is"
    )


@sent("N")
def n_upper_name(c):
    return f"dossier {c.nm(c.R, 'upper')} {c.f()}hoofdletters zeg maar {c.f()}staat onder {c.case_w()}"


@sent("N")
def n_family(c):
    return (
        f"gezin {c.nm(c.R, 'sur')}: {c.nm(c.R, 'first')}, {c.nm(c.F, 'first')} en {c.nm(c.K, 'first')} "
        f"wonen met zijn drieën in een {c.k('portiekflat')}"
    )


@sent("N")
def n_bank(c):
    return f"rekening {c.iban_w()} staat op naam van {c.nm(c.F, 'init')} {c.f()}niet van de aanvrager zelf"


@sent("N")
def n_mail_written(c):
    return f"mailadres {c.mail()} {c.f()}daar komt de {c.k('uitnodiging')} naartoe"


@sent("N")
def n_voice_case(c):
    return f"zaak {c.case_w()} {c.f()}zeg maar {c.case_spoken()} {c.f()}opnieuw openzetten"


@sent("N")
def n_deadline(c):
    return (
        f"afspraak met {c.k(c.dept)}: {c.nm(c.O, 'title')} belt uiterlijk {c.odate()} terug, anders "
        f"escaleren naar de {c.k('teamleider')}"
    )


@sent("N")
def n_possessive_sur(c):
    return (
        f"{c.nm(c.R, 'poss_sur')} {c.k('huurachterstand')} is inmiddels {c.amount()} {c.f()}{c.k(c.org)} is "
        "ingeschakeld"
    )


@sent("N")
def n_event(c):
    return (
        f"rond {c.k(r_event(c))} is de {c.k('uitkering')} niet betaald {c.f()}{c.nm(c.R, 'first')} heeft "
        f"geleend bij familie"
    )


def r_event(c):
    return c.r.choice(P.EVENTS)


@sent("N")
def n_official_func(c):
    return f"{c.nm(c.O2, 'full')} - {c.k(c.func)}, {c.k(c.dept2)} - {c.f()}erkent dat de brief nooit verstuurd is"


@sent("N")
def n_plate_note(c):
    return f"auto {c.plate_w()} {c.f()}staat op naam van {c.nm(c.F, 'full')} {c.f()}boete dus naar verkeerde persoon"


@sent("N")
def n_postcode_digits(c):
    return f"{c.strt()} {c.f()}postcode {c.postcode()} {c.f()}in de wijk bij het {c.k('Wijkcentrum De Schakel')}"


@sent("N")
def n_lowercase_full(c):
    return (
        f"{c.f()}{c.nm(c.M, 'first')} hier {c.f()}notitie voor het dossier {c.f()}{c.nm(c.R, 'full')} "
        f"belde boos over de {c.k(c.scheme)}"
    )


@sent("N")
def n_bsn_written(c):
    return f"bsn {c.bsn_w()} {c.f()}gecontroleerd in de {c.k('Basisregistratie Personen')}"


@sent("N")
def n_lesson(c):
    return (
        f"leerpunt: {c.k(c.dept)} stuurt brieven zonder {c.k('contactpersoon')} {c.f()}dat moet anders, "
        f"meenemen naar het {c.k('kwartaaloverleg')}"
    )


@sent("N")
def n_interp(c):
    return (
        f"gesprek via de {c.k('tolkentelefoon')} {c.f()}{c.nm(c.R, 'title')} spreekt weinig Nederlands, "
        f"{c.nm(c.K, 'first')} vertaalde een deel"
    )


# ---------------------------------------------------------------- line shapes (speaker labels, time codes)

LABEL_STYLES, TIME_STYLES = [], []


def line(kind_list):
    def deco(fn):
        SHAPES[fn.__name__] = "line"
        kind_list.append(fn)
        return fn

    return deco


@line(LABEL_STYLES)
def lab_full(c, who):
    p = {"R": c.R, "M": c.M, "O": c.O}[who]
    return f"[[PERSON|{p.full}]]: "


@line(LABEL_STYLES)
def lab_initials(c, who):
    p = {"R": c.R, "M": c.M, "O": c.O}[who]
    ini = (p.first[0] + "".join(w[0] for w in p.sur_low_particle.split() if w[0].isupper() or w == p.sur)).upper()
    return f"[[PERSON|{ini}]]: " if len(ini) > 1 else f"[[PERSON|{p.full}]]: "


@line(LABEL_STYLES)
def lab_role(c, who):
    return {"R": "((Inwoner)): ", "M": "((Bemiddelaar)): ", "O": "((Ambtenaar)): "}[who]


@line(LABEL_STYLES)
def lab_spreker(c, who):
    return {"R": "spreker 1: ", "M": "spreker 2: ", "O": "spreker 3: "}[who]


@line(LABEL_STYLES)
def lab_title_sur(c, who):
    p = {"R": c.R, "M": c.M, "O": c.O}[who]
    t = "Mw." if p.female else "Dhr."
    return f"{t} [[PERSON|{p.sur_alone}]]: "


@line(LABEL_STYLES)
def lab_role_first(c, who):
    p = {"R": c.R, "M": c.M, "O": c.O}[who]
    role = {"R": "((Inwoner))", "M": "((Bemiddelaar))", "O": "((Ambtenaar))"}[who]
    return f"{role} ([[PERSON|{p.first}]]): "


@line(TIME_STYLES)
def tc_hms(c, t):
    return f"[{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}] "


@line(TIME_STYLES)
def tc_ms(c, t):
    return f"({t // 60:02d}:{t % 60:02d}) "


@line(TIME_STYLES)
def tc_none(c, t):
    return ""


@line(TIME_STYLES)
def tc_srt(c, t):
    return f"00:{t // 60:02d}:{t % 60:02d},{c.r.randint(0, 9)}00 --> 00:{(t + 4) // 60:02d}:{(t + 4) % 60:02d},000\n"


NOISES = [
    "[onverstaanbaar]",
    "[gelach]",
    "[stilte]",
    "[kind huilt op de achtergrond]",
    "[telefoon gaat]",
    "[door elkaar heen]",
    "[hoest]",
]


# ---------------------------------------------------------------- document kinds

KINDS = []


def kind(fn):
    SHAPES[fn.__name__] = "document"
    KINDS.append(fn)
    return fn


def pick(c, role, n):
    pool = list(SENT[role])
    c.r.shuffle(pool)
    out = []
    for fn in pool[:n]:
        USED[fn.__name__] += 1
        out.append(fn(c))
    return out


def transcript(c, header, roles, n, case="normal"):
    r = c.r
    lab, tc = r.choice(LABEL_STYLES), r.choice(TIME_STYLES)
    USED[lab.__name__] += 1
    USED[tc.__name__] += 1
    lines = [(header, "normal")]
    t = r.randint(0, 40)
    seq = []
    for role in roles:
        seq += [(role, s) for s in pick(c, role, n)]
    r.shuffle(seq)
    for role, s in seq:
        if r.random() < 0.15:
            s += " " + r.choice(NOISES)
        lines.append((tc(c, t) + lab(c, role) + s, case))
        t += r.randint(5, 70)
    return lines


@kind
def k_dictation(c):
    head = f"dictaat bemiddelaar {c.k(c.day)} {c.odate()}"
    body = " ".join(pick(c, "N", 5))
    return [(head, "lower"), (body + " einde dictaat", "lower")]


@kind
def k_dictation_punct(c):
    body = " punt ".join(pick(c, "N", 4)) + " punt nieuwe alinea " + " komma ".join(pick(c, "M", 1))
    return [(f"spraakherkenning ((Dossiernotitie)) {c.k(c.month)}", "erratic"), (body, "erratic")]


@kind
def k_phone_call(c):
    return transcript(
        c,
        f"Transcript ((telefoongesprek)) {c.k(c.day)} {c.odate()}, inkomend via het {c.k('Klantcontactcentrum')}",
        ["R", "M"],
        3,
    )


@kind
def k_home_visit(c):
    lines = transcript(
        c, f"((Huisbezoek)) {c.addr()}, {c.k(c.city)}, {c.k(c.day)}: opname met toestemming", ["R", "M"], 3
    )
    lines.append(
        (f"[einde opname] {c.k('Aanwezig')}: {c.nm(c.R, 'full')}, {c.nm(c.F, 'first')}, {c.nm(c.M, 'full')}", "normal")
    )
    return lines


@kind
def k_mediation(c):
    return transcript(
        c, f"((Afstemmingsgesprek)) {c.case_w()} in het {c.k('Stadskantoor')}, {c.odate()}", ["R", "M", "O"], 2
    )


@kind
def k_voicemail(c):
    head = f"((Voicemail)) ontvangen {c.k(c.day)} {c.r.randint(8, 17)}:{c.r.randint(10, 59)} van {c.phone()}"
    body = f"{c.f()}ja goedemiddag met {c.nm(c.R, 'full')} " + " ".join(pick(c, "R", 3)) + " dank u wel doei"
    return [(head, "normal"), ("(automatische transcriptie) " + body, "lower")]


@kind
def k_voicemail_official(c):
    head = f"((Voicemail)) {c.odate()} (transcriptie, kan fouten bevatten)"
    body = (
        f"{c.f()}hallo met {c.nm(c.O, 'full')} van {c.k(c.dept)} "
        + " ".join(pick(c, "O", 3))
        + f" bel me even terug op {c.k('14 0' + P.AREA[c.city][1:])} toestel {c.r.randint(200, 899)}"
    )
    return [(head, "normal"), (body, "lower")]


@kind
def k_video_captions(c):
    return transcript(c, f"Automatische ondertiteling ((videogesprek)) {c.k(c.day)}", ["R", "M"], 3, case="lower")


@kind
def k_interpreter(c):
    lines = transcript(
        c, f"((Tolkgesprek)) {c.odate()}, talen: {c.k('Tigrinya')}, {c.k('Arabisch')} en {c.k('Turks')}", ["R", "M"], 2
    )
    lines.insert(1, (f"((Tolk)): ik vertaal voor {c.nm(c.R, 'title')} [[PERSON|{c.R.first}]]", "normal"))
    return lines


@kind
def k_voice_memo(c):
    head = f"((Spraakmemo)) {c.r.randint(1, 9)} - {c.r.randint(0, 2)}:{c.r.randint(10, 59)}"
    return [(head, "normal"), (" ".join(pick(c, "N", 3)) + " " + pick(c, "M", 1)[0], "lower")]


@kind
def k_team_meeting(c):
    head = f"((Casusoverleg)) team {c.k('Bemiddeling')} {c.k(c.day)}: opname uitgewerkt"
    body = [(f"{c.nm(c.M, 'first')}: " + s, "normal") for s in pick(c, "N", 3)]
    body.append((f"((Voorzitter)): {c.f()}actie voor {c.nm(c.M, 'first')}, terugkoppeling {c.odate()}", "normal"))
    return [(head, "normal")] + body


@kind
def k_kcc_intake(c):
    return transcript(
        c, f"((Klantcontactcentrum)) gespreksopname {c.odate()}: doorverbonden naar {c.k('Bemiddeling')}", ["R", "O"], 2
    )


# ---------------------------------------------------------------- assembly


def apply_case(segs, mode, c, protect):
    r = c.r
    banned = set()
    for p in c.people:
        banned |= p.parts()
    if c.known_word:
        banned.add(c.known_word.lower())
    for s in segs:
        if mode in ("lower", "erratic"):
            if s[1] == "PERSON" and protect and protect in s[0].lower():
                continue
            s[0] = s[0].lower()
    if mode == "erratic":
        for s in segs:
            if s[1] is None:
                s[0] = re.sub(
                    r"\b([a-zë]{4,})\b",
                    lambda m: m.group(1).capitalize() if r.random() < 0.12 and m.group(1) not in banned else m.group(1),
                    s[0],
                )
    if mode == "normal" and segs and segs[0][1] is None:
        segs[0][0] = segs[0][0][:1].upper() + segs[0][0][1:]


def build(i: int, r: random.Random) -> dict:
    known_word = None
    if i % 4 == 1:
        known_word = r.choice(sorted(P.KNOWN))
    c = Ctx(r, i, known_word)
    kfn = r.choice(KINDS)
    USED[kfn.__name__] += 1
    lines = kfn(c)
    if known_word:
        pos = r.randint(1, len(lines))
        lines.insert(pos, (f"{c.f()}{P.KNOWN[known_word]}, zegt {c.nm(c.R, 'full')}", "normal"))
    protect = known_word.lower() if known_word else None
    all_segs = []
    for n, (txt, mode) in enumerate(lines):
        segs = parse(txt)
        apply_case(segs, mode, c, protect)
        if n:
            all_segs.append(["\n", None])
        all_segs += segs
    text = "".join(s[0] for s in all_segs)
    pii, keep = [], []
    for s, lab in all_segs:
        if lab == "KEEP":
            if s not in keep:
                keep.append(s)
        elif lab and {"text": s, "label": lab} not in pii:
            pii.append({"text": s, "label": lab})
    doc = {"id": f"fresh16a-{i:04d}", "text": text, "pii": pii, "keep": keep}
    if known_word:
        kn = {"names": [c.R.full]}
        if c.email in text or c.local.replace(".", " punt ") in text:
            kn["emails"] = [c.email]
        if c.mobile[2:] in re.sub(r"\D", "", text):
            kn["phones"] = [f"06-{c.mobile[2:]}"]
        doc["known"] = kn
        doc["_known_word"] = known_word
    return doc


def _digits_of(s):
    d = re.sub(r"\D", "", s)
    if d:
        return d
    return "".join(P.DIGIT_WORDS.get(w, "?") for w in s.split())


def gate(doc: dict) -> str | None:
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not _score_bsn(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than five keep words"
    kw = doc.get("_known_word", "").lower()
    if not kw and doc.get("known"):
        kw = next((w.lower() for w in P.KNOWN if w in doc["known"]["names"][0].split()), "")
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            name_words |= {
                w.lower() for w in re.findall(r"\w+", it["text"]) if w.lower() not in NAME_PARTICLES and len(w) > 1
            }
    for k in doc["keep"]:
        for w in re.findall(r"\w+", k):
            if len(w) > 1 and w.lower() not in NAME_PARTICLES and w.lower() in name_words:
                if not (w == kw and k == k.lower()):
                    return f"keep {k!r} shares {w!r} with a name"
    return None


def _score_bsn(s):
    return bsn_ok(_digits_of(s))


def generate():
    USED.clear()
    docs, redraws = [], 0
    for i in range(N_DOCS):
        attempt = 0
        while True:
            r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
            saved = USED.copy()
            d = build(i, r)
            if gate(d) is None:
                break
            USED.clear()
            USED.update(saved)
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"doc {i}: {gate(d)}")
        d.pop("_known_word", None)
        docs.append(d)
    return docs, redraws


def render(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws = generate()
    data = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print("fresh16a_texts.jsonl is up to date" if same else "fresh16a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        for lab in LABELS:
            print(f"{lab:15s} {labels[lab]}")
        print(f"pii items       {sum(labels.values())}")
        print(f"keep words      {sum(len(d['keep']) for d in docs)}")
        kinds = Counter(SHAPES.values())
        used = [n for n in SHAPES if USED[n]]
        print(
            f"shapes          {len(SHAPES)} registered ({kinds['document']} document, {kinds['line']} line, "
            f"{kinds['sentence']} sentence), {len(used)} used"
        )
        print(f"known-name docs {sum('known' in d for d in docs)}")
        print(f"redraws         {redraws}")
        print(f"documents       {len(docs)}")
        failing = [d["id"] for d in docs if gate(d)]
        print(f"gate failures   {len(failing)}")
        return 0
    OUT.write_text(data, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
