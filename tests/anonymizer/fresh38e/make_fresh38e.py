"""Generator of the blind anonymizer corpus fresh38e: municipal texts dense with capitalised words that look like
names but are no personal data (schools, squares, funds and prizes named after famous people, place names that are
also surnames, brands, titles of laws, plans and books, surnames used as ordinary words) beside the real people.

Run from the worktree root with PYTHONPATH=. :
    python tests/anonymizer/fresh38e/make_fresh38e.py            write fresh38e_texts.jsonl
    python tests/anonymizer/fresh38e/make_fresh38e.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh38e/make_fresh38e.py --stats    counts per label, shapes, known-name docs, redraws
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
import fresh38e_pools as P  # noqa: E402

_spec = importlib.util.spec_from_file_location("score38e", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 20261325
N_DOCS = 300
OUT = HERE / "fresh38e_texts.jsonl"
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
ORD_WORDS = {w for w, _ in P.ORDINARY.values()}

# ---------------------------------------------------------------- structured values


def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d + [last]))


def bsn_ok(v: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", v)]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(v: str) -> bool:
    s = re.sub(r"\s", "", v).upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban(r: random.Random) -> str:
    bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    base = bank + acct + "NL00"
    chk = 98 - int("".join(str(int(c, 36)) for c in base)) % 97
    raw = f"NL{chk:02d}{bank}{acct}"
    style = r.randrange(3)
    if style == 0:
        return " ".join(raw[i : i + 4] for i in range(0, 18, 4))
    if style == 1:
        return raw
    return " ".join(raw[i : i + 4] for i in range(0, 18, 4)).lower()


def postcode(r: random.Random) -> str:
    while True:
        letters = r.choice("ABCDEGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            break
    return f"{r.randint(1000, 9999)}{r.choice([' ', ' ', ''])}{letters}"


def phone(r: random.Random) -> str:
    n = "".join(str(r.randint(0, 9)) for _ in range(8))
    s = r.randrange(7)
    if s == 0:
        return f"06-{n}"
    if s == 1:
        return f"06 {n[:4]} {n[4:]}"
    if s == 2:
        return f"+31 6 {n[:2]} {n[2:5]} {n[5:]}"
    if s == 3:
        return f"0031 6 {n}"
    if s == 4:
        a = r.choice(["010", "020", "030", "040", "050", "070"])
        return f"{a}-{n[:7]}"
    if s == 5:
        a = r.choice(["0575", "0548", "0341", "0513", "0592"])
        return f"({a}) {n[:2]} {n[2:4]} {n[4:6]}"
    return f"+316{n}"


def plate(r: random.Random) -> str:
    L = "BDFGHJKLNPRSTVXZ"
    l2 = lambda: r.choice(L) + r.choice(L)
    l3 = lambda: l2() + r.choice(L)
    d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    return r.choice(
        [
            f"{d(2)}-{l3()}-{d(1)}",
            f"{l2()}-{d(3)}-{r.choice(L)}",
            f"{d(1)}-{l3()}-{d(2)}",
            f"{l3()}-{d(2)}-{r.choice(L)}",
            f"{r.choice(L)}-{d(3)}-{l2()}",
            f"{l2()}-{l2()}-{d(2)}",
        ]
    )


def case_number(r: random.Random) -> str:
    d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    return r.choice(
        [
            f"VTA/2026/{d(5)}",
            f"ZK-26-{d(6)}",
            f"BZW.2025.{d(4)}",
            f"W{d(2)}-{d(5)}-B",
            f"OMG/26/{d(4)}",
            f"HH26-{d(5)}",
            f"BZ.2026.{d(4)}-k",
            f"SD-{d(4)}-{d(3)}",
            f"MOR{d(7)}",
            f"2026.{d(3)}.{d(4)}",
            f"NMG-{d(2)}/{d(4)}",
            f"dossier {d(3)}-{d(3)}-PW",
        ]
    )


ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sept.", "okt.", "nov.", "dec."]


def dob(r: random.Random, young: bool = False) -> tuple[str, int]:
    """A date of birth and its style index (cue words are added by the sentence)."""
    y, m, dd = (r.randint(2008, 2019) if young else r.randint(1938, 1992)), r.randint(1, 12), r.randint(1, 28)
    s = r.randrange(8)
    mon = P.MONTHS[m - 1]
    forms = [
        f"{dd} {mon} {y}",
        f"{dd:02d}-{m:02d}-{y}",
        f"{dd}-{m}-{y}",
        f"{y}-{m:02d}-{dd:02d}",
        f"{dd:02d}/{m:02d}/{y}",
        f"{dd:02d}.{m:02d}.{y}",
        f"{dd} {ABBR[m - 1]} {y}",
        f"{dd} {mon.capitalize()} {y}",
    ]
    return forms[s], s


# ---------------------------------------------------------------- people


def make_person(
    r: random.Random,
    origin: str | None = None,
    surname: str | None = None,
    gender: str | None = None,
    ordinary: str | None = None,
) -> dict:
    origin = origin or r.choice(list(P.ORIGINS))
    fem, mal, heads, tails, parts = P.ORIGINS[origin]
    gender = gender or r.choice("vm")
    first = r.choice(fem if gender == "v" else mal)
    if ordinary:
        surname = ordinary
    if surname is None:
        root = r.choice(heads) + r.choice(tails)
        if origin == "Nederlands":
            surname = (r.choice(parts) + " " + root) if r.random() < 0.8 else root
        elif origin == "Vlaams":
            p = r.choice(parts)
            surname = p + root.lower() if p == "Ver" else p + " " + root
        elif origin == "Chinees":
            surname = root
        elif parts and r.random() < 0.6:
            p = r.choice(parts)
            surname = p + root if p.endswith("-") else p + " " + root
        else:
            surname = root
        if origin == "Pools" and gender == "v" and surname.endswith("ski"):
            surname = surname[:-1] + "a"
    words = surname.split()
    bare = surname if words[0] not in PARTICLES else words[0].capitalize() + surname[len(words[0]) :]
    core = [w for w in re.split(r"[\s\-]", surname) if w.lower() not in PARTICLES and len(w) > 1 and w != "Al"]
    return {
        "origin": origin,
        "g": gender,
        "first": first,
        "sur": surname,
        "bare": bare,
        "core": core[-1],
        "ordinary": ordinary,
    }


def _ascii(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("'", "").replace("-", "")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


DE_ENDINGS = (
    "school",
    "straat",
    "laan",
    "kade",
    "weg",
    "brug",
    "toren",
    "prijs",
    "premie",
    "foundation",
    "arena",
    "kazerne",
    "wet",
    "recht",
    "ondersteuning",
    "hulpverlening",
    "bibob",
    "opvang",
)
DE_STARTS = ("Stichting", "Visie", "Nota", "Uitvoeringsagenda", "Omgevingsvisie", "Evaluatie", "Monitor", "Quickscan")


def article(name: str) -> str:
    if name in P.SHOPS or name.lower().endswith(DE_ENDINGS) or name.split()[0] in DE_STARTS:
        return "de"
    return "het"


class Doc:
    def __init__(self, r: random.Random, idx: int):
        self.r, self.idx = r, idx
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.data: dict[int, dict] = {}
        self.known_people: list[dict] = []
        self.muni = r.choice(P.MUNIS)

    # -- recording
    def p(self, text: str, label: str) -> str:
        if {"text": text, "label": label} not in self.pii:
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, text: str) -> str:
        if text not in self.keep:
            self.keep.append(text)
        return text

    def pick(self, pool: list[str]) -> str:
        return self.k(self.r.choice(pool))

    def the(self, pool: list[str], cap: bool = False) -> str:
        """A name-like thing from pool with its article ("de Thorbeckelaan", "het Beatrixtheater")."""
        name = self.pick(pool)
        art = article(name)
        return f"{art.capitalize() if cap else art} {name}"

    def two(self, pool: list[str]) -> tuple[str, str]:
        a, b = self.r.sample(pool, 2)
        return self.k(a), self.k(b)

    # -- person forms
    def full(self, x):
        return self.p(f"{x['first']} {x['sur']}", "PERSON")

    def bare(self, x):
        return self.p(x["bare"], "PERSON")

    def first(self, x):
        return self.p(x["first"], "PERSON")

    def title(self, x, formal=True):
        opts = ["mevrouw", "mevr.", "mw."] if x["g"] == "v" else ["meneer", "de heer", "dhr."]
        return self.r.choice(opts)

    def tbare(self, x):
        return f"{self.title(x)} {self.bare(x)}"

    def initials(self, x):
        ini = x["first"][0] + "." + (self.r.choice("ACEGHJKLMPRSTW") + "." if self.r.random() < 0.5 else "")
        return self.p(f"{ini} {x['sur']}", "PERSON")

    def upper(self, x):
        return self.p(f"{x['first']} {x['sur']}".upper(), "PERSON")

    def upper_sur(self, x):
        return self.p(x["bare"].upper(), "PERSON")

    def poss(self, x):
        c = x["core"]
        form = c + ("'" if c[-1] in "sxz" else "'s" if c[-1] in "aeiouyé" else "s")
        if x["bare"] != x["core"]:
            form = x["bare"][: len(x["bare"]) - len(c)] + form
        return self.p(form, "PERSON")

    def low(self, x):
        if x["ordinary"]:
            return self.p(x["first"].lower(), "PERSON")
        return self.p(x["core"].lower(), "PERSON")

    # -- personal data per person (fixed within a document)
    def _d(self, x):
        return self.data.setdefault(id(x), {})

    def _home(self, x):
        d = self._d(x)
        if "addr" not in d:
            num = str(self.r.randint(1, 240)) + self.r.choice(["", "", "", "A", "-2", " bis", "b"])
            d["street"] = self.r.choice(P.RES_STREETS)
            d["addr"] = f"{d['street']} {num}"
        return d

    def street(self, x):
        return self.p(self._home(x)["street"], "ADDRESS")

    def addr(self, x):
        return self.p(self._home(x)["addr"], "ADDRESS")

    def pc(self, x):
        return self.p(self._d(x).setdefault("pc", postcode(self.r)), "POSTCODE")

    def tel(self, x):
        return self.p(self._d(x).setdefault("tel", phone(self.r)), "PHONE")

    def mail(self, x):
        d = self._d(x)
        if "mail" not in d:
            f, c = x["first"].lower(), x["core"].lower()
            f, c = _ascii(f), _ascii(c)
            local = self.r.choice(
                [
                    f"{f}.{c}",
                    f"{f[0]}{c}",
                    f"{f}{c[:3]}{self.r.randint(70, 99)}",
                    f"{c}.{f[0]}",
                    f"{f}_{c}",
                    f"{f}{self.r.randint(1, 9)}{c}",
                ]
            )
            d["mail"] = f"{local}@{self.r.choice(P.MAILDOMAINS)}"
        return self.p(d["mail"], "EMAIL")

    def bsn(self, x):
        return self.p(self._d(x).setdefault("bsn", bsn(self.r)), "BSN")

    def iban(self, x):
        return self.p(self._d(x).setdefault("iban", iban(self.r)), "IBAN")

    def plate(self, x):
        return self.p(self._d(x).setdefault("plate", plate(self.r)), "LICENSE_PLATE")

    def dob(self, x):
        d = self._d(x)
        if "dob" not in d:
            d["dob"] = dob(self.r, young=x.get("child", False))[0]
        return self.p(d["dob"], "DATE_OF_BIRTH")

    def case(self):
        if not hasattr(self, "_case"):
            self._case = case_number(self.r)
        return self.p(self._case, "CASE_NUMBER")

    # -- kept things
    def date(self):
        return self.k(f"{self.r.randint(1, 28)} {self.r.choice(P.MONTHS)} 2026")

    def amount(self):
        v = self.r.choice([f"{self.r.randint(1, 49)}.{self.r.randint(0, 9)}00", f"{self.r.randint(120, 990)}"])
        return "€ " + self.k(v + ",-" if self.r.random() < 0.5 else v)

    def gen_phone(self):
        return self.k(f"14 0{self.r.randint(10, 99)}")

    def gen_mail(self):
        return self.k(
            f"{self.r.choice(['info', 'bemiddeling', 'wijkbeheer', 'subsidies', 'straatnamen'])}@{self.muni.lower()}.nl"
        )


# ---------------------------------------------------------------- shapes
# A sentence shape takes the document and the cast (R main resident, F family member, N neighbour, O official,
# M mediator, X second resident) and returns one text fragment.  «word» marks a keep word.

SENTENCES: dict[str, callable] = {}
KINDS: dict[str, tuple] = {}


def sentence(name):
    def reg(f):
        SENTENCES[name] = f
        return f

    return reg


def kind(name, head, foot):
    KINDS[name] = (head, foot)


def K(d, s):
    """«Ordinary» words marked in s become keep items; returns s without the marks."""
    for w in re.findall(r"«([^»]+)»", s):
        d.k(w)
    return s.replace("«", "").replace("»", "")


S = sentence


@S("school_meld")
def _(d, c):
    return (
        f"{d.full(c['R'])} meldt dat de «oversteek» bij {d.the(P.SCHOOLS)} sinds de «herinrichting» onveilig is; haar «kinderen» lopen daar elke ochtend langs."
        if c["R"]["g"] == "v"
        else f"{d.full(c['R'])} meldt dat de «oversteek» bij {d.the(P.SCHOOLS)} sinds de «herinrichting» onveilig is; zijn «kinderen» lopen daar elke ochtend langs."
    )


@S("plein_bank")
def _(d, c):
    return f"Op {d.the(P.SQUARES)} is volgens {d.tbare(c['R'])} een «bankje» verdwenen, precies tegenover {d.pick(P.SHOPS)}."


@S("fonds_aanvraag")
def _(d, c):
    return f"De «aanvraag» bij {d.the(P.FUNDS)} voor het «buurtfeest» is ingediend door {d.full(c['N'])} ({d.addr(c['N'])})."


@S("prijs_nominatie")
def _(d, c):
    return (
        f"«Bewoners» hebben {d.full(c['X'])} voorgedragen voor {d.the(P.PRIZES)} vanwege haar «inzet» voor de «taalcafé»-avonden."
        if c["X"]["g"] == "v"
        else f"«Bewoners» hebben {d.full(c['X'])} voorgedragen voor {d.the(P.PRIZES)} vanwege zijn «inzet» voor de «taalcafé»-avonden."
    )


@S("straat_werk")
def _(d, c):
    return f"De «werkzaamheden» aan {d.the(P.PUBLIC_STREETS)} duren tot {d.date()}; {d.tbare(c['R'])} aan de {d.street(c['R'])} vraagt om een «omleiding» voor «scootmobielen»."


@S("boek_bieb")
def _(d, c):
    a, b = d.two(P.BOOKS)
    return f"In de «bibliotheek» las {d.first(c['F'])} voor uit {a}, en daarna uit {b}."


@S("wet_beroep")
def _(d, c):
    return f"«Op» grond van {d.the(P.LAWS)} kan {d.tbare(c['R'])} binnen zes «weken» «bezwaar» maken tegen het «besluit» met kenmerk {d.case()}."


@S("plan_inspraak")
def _(d, c):
    return f"«Tijdens» de «inspraakavond» over {d.the(P.PLANS)} sprak {d.full(c['N'])} namens de «bewonerscommissie»."


@S("plaats_verhuis")
def _(d, c):
    return f"{d.full(c['R'])} is in {d.pick(P.MONTHS)} verhuisd van {d.pick(P.PLACES_SURNAME)} naar {d.addr(c['R'])}, {d.pc(c['R'])} {d.k(d.muni)}."


@S("merk_klacht")
def _(d, c):
    return f"«Achter» {d.the(P.SHOPS)} staan volgens {d.first(c['R'])} elke {d.pick(P.WEEKDAYS)} «rolcontainers» die de «stoep» blokkeren."


@S("gebouw_afspraak")
def _(d, c):
    return f"De «afspraak» met {d.full(c['O'])}, {d.k(c['O']['fn'])} bij {d.k(c['O']['dept'])}, is verplaatst naar {d.the(P.BUILDINGS)}."


@S("bemiddelaar_notitie")
def _(d, c):
    return f"«Bemiddelaar» {d.full(c['M'])} heeft op {d.pick(P.WEEKDAYS)} met {d.tbare(c['R'])} en {d.k(c['O']['dept'])} gebeld; «afgesproken» is een «reactie» voor {d.date()}."


@S("dob_cue_geb")
def _(d, c):
    return f"«Aanvrager»: {d.full(c['R'])}, geb. {d.dob(c['R'])}, «woonachtig» in {d.k(d.muni)}."


@S("dob_nocue")
def _(d, c):
    return f"«Het» gaat om {d.first(c['F'])} {d.bare(c['F'])} ({d.dob(c['F'])}), die op {d.the(P.SCHOOLS)} zit."


@S("dob_geboortedatum")
def _(d, c):
    return f"«Geboortedatum» {d.first(c['R'])}: {d.dob(c['R'])}. «Datum» «intake»: {d.date()}."


@S("dob_geboren_op")
def _(d, c):
    return f"«Omdat» {d.tbare(c['R'])} op {d.dob(c['R'])} is geboren, valt {'zij' if c['R']['g'] == 'v' else 'hij'} onder de «regeling» voor «ouderen»."


@S("bsn_check")
def _(d, c):
    return f"«Controle» BSN {d.bsn(c['R'])} bij {d.k('Burgerzaken')}: «adres» {d.addr(c['R'])} klopt met de «basisregistratie»."


@S("iban_terug")
def _(d, c):
    return f"«Terugbetaling» van {d.amount()} gaat naar {d.iban(c['R'])} t.n.v. {d.initials(c['R'])}."


@S("kenteken_park")
def _(d, c):
    return f"De «parkeervergunning» voor kenteken {d.plate(c['R'])} geldt ook op {d.the(P.SQUARES)} tijdens de «markt»."


@S("kenteken_wrak")
def _(d, c):
    return f"«Handhaving» trof bij {d.the(P.BUILDINGS)} een «bestelbus» met kenteken {d.plate(c['N'])} aan; de «eigenaar», {d.tbare(c['N'])}, is aangeschreven."


@S("mail_signature")
def _(d, c):
    return f"Met vriendelijke groet,\n{d.full(c['R'])}\n{d.addr(c['R'])}\n{d.pc(c['R'])} {d.k(d.muni)}\n{d.tel(c['R'])}"


@S("mail_header")
def _(d, c):
    return f"«Van»: {d.full(c['R'])} <{d.mail(c['R'])}>\n«Aan»: {d.gen_mail()}\n«Onderwerp»: {d.pick(P.SQUARES)}"


@S("tel_terugbel")
def _(d, c):
    return f"«Terugbellen» naar {d.tel(c['R'])} liever na «half» vier, dan zijn de «kinderen» van {d.the(P.SCHOOLS)} thuis."


@S("gen_contact")
def _(d, c):
    return f"«Vragen»? Bel {d.gen_phone()} of mail naar {d.gen_mail()} en noem het kenmerk {d.case()}."


@S("poss_dossier")
def _(d, c):
    return f"{d.poss(c['R'])} «dossier» is overgedragen aan {d.full(c['O'])} van {d.k(c['O']['dept'])}."


@S("upper_kop")
def _(d, c):
    return f"«DOSSIER» {d.upper_sur(c['R'])} – {d.pick(P.PLANS)}"


@S("upper_full")
def _(d, c):
    return f"«BETREFT»: {d.upper(c['R'])}, {d.k(d.r.choice(P.PUBLIC_STREETS).upper())}"


@S("bestand")
def _(d, c):
    return f"«Bijlage»: bezwaar_{d.low(c['R'])}_{d.r.randint(1, 9)}.pdf («foto's» van {d.the(P.SQUARES)})."


@S("familie_twee")
def _(d, c):
    return f"«Ook» {d.first(c['F'])} {d.bare(c['F'])}, de {'dochter' if c['F']['g'] == 'v' else 'zoon'} van {d.tbare(c['R'])}, wil «vrijwilliger» worden bij {d.the(P.BUILDINGS)}."


@S("buurman_overlast")
def _(d, c):
    return f"«Buurman» {d.full(c['N'])} klaagt over «geluidsoverlast» van de «verbouwing»; de «aannemer» rijdt met een «bus» van {d.pick(P.BRANDS)}."


@S("raad_motie")
def _(d, c):
    return f"«De» «motie» om de «bibliotheek» te vernoemen naar {d.k('Hella Haasse')} haalde geen «meerderheid»; {d.full(c['X'])} had daar als «inspreker» voor gepleit."


@S("museum_bezoek")
def _(d, c):
    return f"«Met» de «Stadspas» kon {d.first(c['R'])} gratis naar het {d.k(d.r.choice(['Rijksmuseum', 'Van Gogh Museum', 'Kröller-Müller Museum', 'Mauritshuis', 'Frans Hals Museum', 'Boijmans Van Beuningen']))}."


@S("rapport_citaat")
def _(d, c):
    return f"{d.the(P.REPORTS, cap=True)} noemt de «wachttijd» te lang; {d.tbare(c['R'])} wacht sinds {d.date()}."


@S("ambtenaar_fn")
def _(d, c):
    return f"{d.full(c['O'])} ({d.k(c['O']['fn'])}, {d.k(c['O']['dept'])}) zegt toe dat de «beschikking» deze «week» verstuurd wordt."


@S("ambtenaar_mail")
def _(d, c):
    return f"{d.first(c['O'])} {d.bare(c['O'])} is bereikbaar via {d.mail(c['O'])} of via het «algemene» «nummer» {d.gen_phone()}."


@S("fiets_merk")
def _(d, c):
    return f"«Een» «Gazelle»-fiets van {d.first(c['F'])} is weggesleept bij {d.the(P.BUILDINGS)}; het «depot» vraagt {d.amount()}."


@S("brievenbus_adres")
def _(d, c):
    return f"«Post» voor {d.initials(c['R'])} komt nog steeds aan op het oude «adres» in {d.pick(P.PLACES_SURNAME)}, terwijl {'zij' if c['R']['g'] == 'v' else 'hij'} nu op {d.addr(c['R'])} woont."


@S("jury")
def _(d, c):
    return f"«De» «jury» van {d.the(P.PRIZES)} bestaat dit jaar uit drie «leden»; het «juryrapport» verschijnt in {d.pick(P.MONTHS)}."


@S("opening")
def _(d, c):
    return f"«Wethouder» en «kinderburgemeester» openen op {d.pick(P.WEEKDAYS)} het vernieuwde {d.pick(P.SQUARES)}; {d.full(c['X'])} zorgt voor de «muziek»."


@S("stichting_bestuur")
def _(d, c):
    return f"«Penningmeester» {d.full(c['X'])} van {d.the(P.FUNDS)} vraagt een «voorschot» van {d.amount()} op rekening {d.iban(c['X'])}."


@S("huisbezoek")
def _(d, c):
    return f"«Huisbezoek» op {d.addr(c['R'])} ({d.pc(c['R'])}): «aanwezig» waren {d.tbare(c['R'])}, {d.first(c['F'])} en {d.k(c['O']['fn'])} {d.full(c['O'])}."


@S("wijkagent")
def _(d, c):
    return f"«De» «wijkagent» heeft {d.first(c['N'])} aangesproken bij de ingang van {d.the(P.SCHOOLS)}."


@S("chat_regel")
def _(d, c):
    return f"[{d.r.randint(8, 21):02d}:{d.r.randint(0, 59):02d}] {d.first(c['R'])}: «staat» de «container» bij {d.pick(P.SHOPS)} nog steeds vol?"


@S("chat_antwoord")
def _(d, c):
    return f"[{d.r.randint(8, 21):02d}:{d.r.randint(0, 59):02d}] «Gemeente» {d.k(d.muni)}: «Dank» je {d.first(c['R'])}, we sturen {d.k(d.r.choice(P.DEPTS))} langs."


@S("formulier_naam")
def _(d, c):
    return f"«Naam» «melder»: {d.full(c['R'])}\n«Telefoon»: {d.tel(c['R'])}\n«Locatie»: {d.pick(P.PUBLIC_STREETS)}, «ter» hoogte van {d.the(P.SHOPS)}"


@S("formulier_kenmerk")
def _(d, c):
    return f"«Zaaknummer»: {d.case()} | «Categorie»: «openbare» «verlichting» | «Behandelaar»: {d.k(c['O']['dept'])}"


@S("agenda_punt")
def _(d, c):
    return f"{d.r.randint(2, 9)}. «Vaststelling» {d.pick(P.PLANS)} («insprekers»: {d.full(c['N'])}, {d.full(c['X'])})"


@S("subsidie_toekenning")
def _(d, c):
    return f"{d.the(P.FUNDS, cap=True)} kent {d.amount()} toe voor het «project» van {d.full(c['X'])} in {d.the(P.BUILDINGS)}."


@S("leerplicht")
def _(d, c):
    return f"«Leerplichtambtenaar» {d.full(c['O'])} spreekt {d.first(c['F'])} ({d.dob(c['F'])}) over het «verzuim» op {d.the(P.SCHOOLS)}."


@S("tussen_haakjes_kenmerk")
def _(d, c):
    return f"(«uw» «kenmerk» {d.case()}, «ons» «kenmerk» {d.k(d.r.choice(['RIB-2026-14', 'Raadsvoorstel 2026-31', 'Collegebesluit 44']))})"


@S("wijkkrant")
def _(d, c):
    return f"«In» de «wijkkrant» vertelt {d.full(c['X'])} over de «geschiedenis» van {d.the(P.PUBLIC_STREETS)}, genoemd naar een «verzetsstrijder» of «schrijver»."


@S("straatnaam_commissie")
def _(d, c):
    return f"«De» «straatnaamcommissie» stelt voor een nieuwe «laan» te noemen naar {d.k(d.r.choice(['Hella Haasse', 'Truus Menger', 'Johanna Westerman', 'Corrie Tendeloo', 'Wim Kok', 'Anton de Kom', 'Mies Bouwman', 'Toon Hermans']))}."


@S("brief_aanhef")
def _(d, c):
    return f"«Geachte» {d.tbare(c['R'])},"


@S("brief_aanhef_voornaam")
def _(d, c):
    return f"«Beste» {d.first(c['R'])},"


@S("brief_onderwerp")
def _(d, c):
    return f"«Onderwerp»: uw «melding» over {d.the(P.PUBLIC_STREETS)} ({d.case()})"


@S("verzending")
def _(d, c):
    return f"«Verzonden» aan: {d.initials(c['R'])}, {d.addr(c['R'])}, {d.pc(c['R'])} {d.k(d.muni)}"


@S("uitkering")
def _(d, c):
    return f"«Volgens» de {d.k('Participatiewet')} moet {d.tbare(c['R'])} (BSN {d.bsn(c['R'])}) een «inlichtingenformulier» inleveren."


@S("sport")
def _(d, c):
    return f"{d.first(c['F'])} traint drie keer per «week» op het {d.k(d.r.choice(['Cruyff Court', 'Abe Lenstra Stadion', 'Fanny Blankers-Koen Sportpark', 'Epke Zonderland Turnhal', 'Ard Schenk Baan']))}."


@S("sms")
def _(d, c):
    return f"«sms» van {d.tel(c['N'])}: «kan» iemand de «lantaarnpaal» op {d.the(P.PUBLIC_STREETS)} maken? groet {d.first(c['N'])}"


@S("klacht_ik")
def _(d, c):
    return f"«ik» woon op de {d.street(c['R'])} en sinds de «nieuwe» {d.pick(P.SHOPS)} er zit is het elke «nacht» «herrie»."


@S("lagere_kast")
def _(d, c):
    return f"«vandaag» belde {d.low(c['R'])} weer, samen met {d.first(c['F'])}; «zie» «notitie» in het «systeem»."


@S("evenement")
def _(d, c):
    return f"«Voor» het {d.k(d.r.choice(['Koningsdag', 'Bevrijdingsfestival', 'Sinterklaasintocht', 'Keti Koti Festival', 'Suikerfeest', 'Chinees Nieuwjaar']))} op {d.the(P.SQUARES)} vraagt {d.full(c['X'])} een «evenementenvergunning» aan."


@S("kenteken_ontheffing")
def _(d, c):
    return f"«Ontheffing» «milieuzone» voor {d.plate(c['R'])} (een {d.k(d.r.choice(['Volkswagen', 'Renault', 'Toyota', 'Fiat', 'Peugeot', 'Opel']))}) is afgewezen; {d.first(c['R'])} mag wel naar {d.the(P.SCHOOLS)} rijden."


@S("tweede_bewoner")
def _(d, c):
    return f"«Ook» {d.tbare(c['X'])} uit {d.pick(P.PLACES_SURNAME)} herkent het «probleem» met de «bus» van {d.pick(P.BRANDS)}."


@S("verslag_actie")
def _(d, c):
    return f"«Actiepunt»: {d.first(c['M'])} belt {d.k(c['O']['fn'])} {d.bare(c['O'])} voor {d.pick(P.WEEKDAYS)} over {d.the(P.PLANS)}."


@S("geboren_kind")
def _(d, c):
    return f"«Uw» {'dochter' if c['F']['g'] == 'v' else 'zoon'} {d.first(c['F'])}, geboren {d.dob(c['F'])}, staat ingeschreven bij {d.the(P.SCHOOLS)}."


@S("postcode_los")
def _(d, c):
    return f"«Postcodegebied» {d.pc(c['R'])} valt onder {d.the(P.PLANS)}, zegt {d.first(c['O'])} van {d.k(c['O']['dept'])}."


@S("mail_buur")
def _(d, c):
    return f"«Stuur» de «foto's» naar {d.mail(c['N'])}, dan neemt {d.first(c['N'])} ze mee naar het «overleg» in {d.the(P.BUILDINGS)}."


@S("hoofdletter_naam")
def _(d, c):
    return f"«AANTEKENING» «BEMIDDELAAR» {d.upper(c['M'])}: «gesprek» over {d.pick(P.LAWS)} verliep «constructief»."


@S("ik_bemiddelaar")
def _(d, c):
    return f"«Als» «bemiddelaar» heb ik {d.tbare(c['R'])} uitgelegd dat {d.the(P.FUNDS)} geen «schulden» betaalt."


@S("tentoonstelling")
def _(d, c):
    return f"«De» «tentoonstelling» over {d.k(d.r.choice(['Rembrandt', 'Vincent van Gogh', 'Jheronimus Bosch', 'Piet Mondriaan', 'Johannes Vermeer', 'M.C. Escher']))} in {d.the(P.BUILDINGS)} trekt veel «bezoekers»; {d.first(c['F'])} werkt er als «suppoost»."


@S("boek_lezing")
def _(d, c):
    return f"«Leesclub» «Vrijdag» bespreekt {d.pick(P.BOOKS)}; {d.full(c['X'])} leidt de «avond» in de «bibliotheek»."


@S("dob_iso")
def _(d, c):
    return f"«Client» {d.initials(c['R'])}\n«Geb.datum» {d.dob(c['R'])}\n«Regeling»: {d.k(d.r.choice(['Meedoenregeling', 'Stadspas', 'Kindpakket', 'Energietoeslag']))}"


@S("dob_leeftijd")
def _(d, c):
    ouder = "«Moeder»" if c["R"]["g"] == "v" else "«Vader»"
    kind_ = "«dochter»" if c["F"]["g"] == "v" else "«zoon»"
    return f"{ouder} {d.full(c['R'])} (°{d.dob(c['R'])}) en {kind_} {d.first(c['F'])} wonen samen."


@S("iban_upper")
def _(d, c):
    return f"«Rekeningnummer» {d.first(c['R'])}: {d.iban(c['R'])}. «Bedrag»: {d.amount()}."


@S("bsn_regel")
def _(d, c):
    return f"BSN: {d.bsn(c['F'])} ({d.first(c['F'])} {d.bare(c['F'])})"


@S("verwijzing_plaats")
def _(d, c):
    return f"«Na» de «verhuizing» naar {d.pick(P.PLACES_SURNAME)} blijft {d.first(c['R'])} lid van de «bewonersvereniging» rond {d.the(P.SQUARES)}."


@S("merk_vrijwilliger")
def _(d, c):
    return f"«Vrijwilligers» van {d.pick(P.BRANDS)} en {d.full(c['N'])} ruimen op «zaterdag» het «zwerfafval» op."


@S("teams")
def _(d, c):
    return (
        f"«Teams»-«overleg» met {d.full(c['O'])} en {d.full(c['M'])}; {d.the(P.LAWS)} biedt «ruimte» voor «maatwerk»."
    )


@S("zin_laten")
def _(d, c):
    return f"«Mevrouw» de «wethouder» antwoordt dat {d.the(P.REPORTS)} in {d.pick(P.MONTHS)} in de «raad» komt."


ORD_SHAPES = ("ord_naast", "ord_volgens", "ord_zoals", "ord_melding")


@S("ord_naast")
def _(d, c):
    w, ph = P.ORDINARY[c["R"]["sur"]]
    return f"«Naast» {ph.replace(w, d.k(w))} woont {d.full(c['R'])}, die het «loket» al drie keer heeft gebeld."


@S("ord_volgens")
def _(d, c):
    w, ph = P.ORDINARY[c["R"]["sur"]]
    return f"«Volgens» {d.full(c['R'])} heeft ook {ph.replace(w, d.k(w))} last van de «afsluiting»."


@S("ord_zoals")
def _(d, c):
    w, ph = P.ORDINARY[c["R"]["sur"]]
    return f"{d.full(c['R'])} schrijft dat {ph.replace(w, d.k(w))} al jaren een «vertrouwd» «gezicht» in de «buurt» is."


@S("ord_melding")
def _(d, c):
    w, ph = P.ORDINARY[c["R"]["sur"]]
    return f"«In» de «melding» van {d.full(c['R'])} gaat het om {ph.replace(w, d.k(w))} en de «bestrating»."


# document kinds: header and footer shapes
kind(
    "raadsinformatiebrief",
    lambda d, c: K(d, f"«RAADSINFORMATIEBRIEF» – «vernoeming» {d.pick(P.SQUARES)}"),
    lambda d, c: K(d, f"«Het» «college» van {d.k(d.muni)}"),
)
kind(
    "gespreksverslag",
    lambda d, c: K(d, f"«Gespreksverslag» «afstemming», {d.pick(P.WEEKDAYS)} {d.date()}"),
    lambda d, c: K(d, f"«Opgesteld» door {d.full(c['M'])}, «bemiddelaar»"),
)
kind(
    "email_bewoner",
    lambda d, c: K(d, f"«Verstuurd»: {d.pick(P.WEEKDAYS)} {d.date()}"),
    lambda d, c: K(d, f"«Groeten», {d.first(c['R'])}"),
)
kind(
    "subsidiebeschikking",
    lambda d, c: K(d, f"«BESCHIKKING» «SUBSIDIE» – {d.pick(P.FUNDS)}"),
    lambda d, c: K(d, f"«Hoogachtend», {d.k(c['O']['fn'])} {d.k(c['O']['dept'])}"),
)
kind(
    "wijknieuwsbrief",
    lambda d, c: K(d, f"«Wijknieuws» {d.pick(P.PLACES_SURNAME)}-«Oost», «editie» {d.pick(P.MONTHS)}"),
    lambda d, c: K(d, f"«Redactie»: {d.gen_mail()}"),
)
kind(
    "meldingsformulier",
    lambda d, c: K(d, f"«MELDING» «OPENBARE» «RUIMTE» – {d.k(d.muni)}"),
    lambda d, c: K(d, f"«Status»: «in» «behandeling» bij {d.pick(P.DEPTS)}"),
)
(
    kind(
        "bezwaaradvies",
        lambda d, c: K(d, f"«Advies» «commissie» «bezwaarschriften» – {d.pick(P.LAWS)}"),
        lambda d, c: K(d, "«De» «voorzitter» en de «secretaris»"),
    ),
)
kind(
    "interne_memo",
    lambda d, c: K(d, f"«MEMO» «aan» {d.k(c['O']['dept'])}, «cc» {d.pick(P.DEPTS)}"),
    lambda d, c: K(d, f"«Vertrouwelijk» tot {d.date()}"),
)
kind(
    "chatlog",
    lambda d, c: K(d, f"«Chatgesprek» «webcare» {d.k(d.muni)} – {d.pick(P.WEEKDAYS)}"),
    lambda d, c: K(d, "«Einde» «gesprek»"),
)
kind(
    "commissieagenda",
    lambda d, c: K(d, f"«Agenda» «commissie» «Ruimte», {d.pick(P.BUILDINGS)}, {d.date()}"),
    lambda d, c: K(d, "«Rondvraag» en «sluiting»"),
)
kind(
    "telefoonnotitie",
    lambda d, c: K(
        d, f"«Telefoonnotitie» {d.k(d.r.choice(['KCC', 'Klantcontactcentrum', 'Frontoffice']))}, {d.date()}"
    ),
    lambda d, c: K(d, f"«Doorgezet» naar {d.k(c['O']['fn'])} ({d.k(c['O']['dept'])})"),
)
(
    kind(
        "inspraakreactie",
        lambda d, c: K(d, f"«Zienswijze» op {d.the(P.PLANS)}"),
        lambda d, c: K(d, f"«Ondertekend» namens de «bewoners» van {d.the(P.PUBLIC_STREETS)}"),
    ),
)
(
    kind(
        "evenementaanvraag",
        lambda d, c: K(d, f"«Aanvraag» «evenementenvergunning» – {d.pick(P.SQUARES)}"),
        lambda d, c: K(d, f"«Leges»: {d.amount()}"),
    ),
)
(
    kind(
        "juryrapport",
        lambda d, c: K(d, f"«Juryrapport» {d.pick(P.PRIZES)} 2026"),
        lambda d, c: K(d, f"«Uitreiking» in {d.the(P.BUILDINGS)} op {d.date()}"),
    ),
)
(
    kind(
        "kennisbankconcept",
        lambda d, c: K(
            d,
            f"«Concept» «kennisbankartikel» – «thema» {d.k(d.r.choice(['Wonen', 'Zorg', 'Openbare ruimte', 'Inkomen', 'Onderwijs']))}",
        ),
        lambda d, c: K(d, f"«Les»: {d.pick(P.DEPTS)} en de «bewoner» spraken een vaste «contactpersoon» af."),
    ),
)
(
    kind(
        "uitnodiging",
        lambda d, c: K(d, f"«Uitnodiging»: «opening» {d.pick(P.BUILDINGS)}"),
        lambda d, c: K(d, f"«Aanmelden» via {d.gen_mail()} of {d.gen_phone()}"),
    ),
)

# -------------------------------------------------------------- documents


def cast(d: Doc, r: random.Random, known: bool, ordinary_extra: bool) -> dict:
    origins = list(P.ORIGINS)
    ordn = r.choice(sorted(P.ORDINARY)) if (known or ordinary_extra) else None
    R = make_person(r, origin="Nederlands" if ordn else r.choice(origins), ordinary=ordn)
    F = make_person(r, origin=R["origin"], surname=R["sur"])
    F["child"] = True
    N = make_person(r)
    X = make_person(r)
    O = make_person(r)
    O["fn"], O["dept"] = r.choice(P.FUNCTIONS), r.choice(P.DEPTS)
    M = make_person(r)
    return {"R": R, "F": F, "N": N, "X": X, "O": O, "M": M}


def build(i: int, r: random.Random) -> dict:
    d = Doc(r, i)
    known = i % 4 == 1
    extra = (not known) and r.random() < 0.25
    c = cast(d, r, known, extra)
    kname = r.choice(sorted(KINDS))
    head, foot = KINDS[kname]
    d.shapes.append("kind:" + kname)
    body_names = [n for n in SENTENCES if n not in ORD_SHAPES]
    chosen = r.sample(body_names, r.randint(4, 6))
    if c["R"]["ordinary"]:
        chosen.insert(r.randrange(len(chosen) + 1), r.choice(ORD_SHAPES))
    parts = [head(d, c)]
    for n in chosen:
        d.shapes.append(n)
        parts.append(K(d, SENTENCES[n](d, c)))
    parts.append(foot(d, c))
    text = "\n".join(parts) if r.random() < 0.6 else parts[0] + "\n\n" + " ".join(parts[1:-1]) + "\n\n" + parts[-1]
    doc = {"id": f"fresh38e-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if known:
        R = c["R"]
        kn = {"names": [f"{R['first']} {R['sur']}"]}
        dd = d.data.get(id(R), {})
        if "mail" in dd and dd["mail"] in text:
            kn["emails"] = [dd["mail"]]
        if "tel" in dd and dd["tel"] in text:
            kn["phones"] = [dd["tel"]]
        doc = {"id": doc["id"], "text": text, "known": kn, "pii": d.pii, "keep": d.keep}
    doc["_shapes"] = d.shapes
    doc["_known_word"] = P.ORDINARY[c["R"]["sur"]][0] if c["R"]["ordinary"] else None
    return doc


def _words(s: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", s) if w]


def gate(doc: dict) -> str | None:
    """None when the document passes every gate, else the reason."""
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
    text = doc["text"]
    names = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            names |= {w.lower() for w in _words(it["text"]) if w.lower() not in PARTICLES and len(w) > 1}
    for kw in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(kw) + r"(?!\w)", text):
            return f"keep not a whole word: {kw}"
        for w in _words(kw):
            if len(w) > 1 and w.lower() not in PARTICLES and w.lower() in names:
                if not (w == w.lower() and w in ORD_WORDS):
                    return f"keep {kw!r} shares {w!r} with a name"
    if "known" in doc:
        full = doc["known"]["names"][0]
        own = [w.lower() for w in _words(full) if w.lower() not in PARTICLES and len(w) > 1]
        if full not in text or not any(
            w in doc["keep"] and re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text) for w in own
        ):
            return "known name without its ordinary word"
    if len(doc["keep"]) < len(doc["pii"]):
        return "fewer keep than pii"
    return None


def generate() -> tuple[list[dict], int]:
    docs, redraws = [], 0
    for i in range(N_DOCS):
        doc = build(i, random.Random(f"{SEED}-{i}"))
        attempt = 0
        while gate(doc) is not None:
            attempt += 1
            redraws += 1
            if attempt > 200:
                raise SystemExit(f"doc {i}: no passing draw ({gate(doc)})")
            doc = build(i, random.Random(f"{SEED}-{i}-{attempt}"))
        docs.append(doc)
    return docs, redraws


def public(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if not k.startswith("_")}


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(public(d), ensure_ascii=False) + "\n" for d in docs)


def stats(docs: list[dict], redraws: int) -> str:
    lab = Counter(it["label"] for d in docs for it in d["pii"])
    shapes = Counter(s for d in docs for s in d["_shapes"])
    n_pii = sum(lab.values())
    n_keep = sum(len(d["keep"]) for d in docs)
    lines = [f"documents: {len(docs)}"]
    lines += [f"  {label:14s} {lab.get(label, 0)}" for label in LABELS]
    lines.append(f"pii items: {n_pii}")
    lines.append(f"keep items: {n_keep}")
    lines.append(f"keep >= pii: {n_keep >= n_pii}")
    lines.append(
        f"shapes registered: {len(SENTENCES) + len(KINDS)} (sentence/line {len(SENTENCES)}, kinds {len(KINDS)})"
    )
    lines.append(f"shapes used: {len(shapes)}")
    lines.append(f"known-name documents: {sum('known' in d for d in docs)}")
    lines.append(f"ordinary-word surnames beside their ordinary use: {sum(bool(d['_known_word']) for d in docs)}")
    origins = len(P.ORIGINS)
    lines.append(f"origin groups in pools: {origins}")
    lines.append(f"redraws: {redraws}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    docs, redraws = generate()
    body = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == body
        print("fresh38e_texts.jsonl is up to date" if same else "fresh38e_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        print(stats(docs, redraws))
        return 0
    OUT.write_text(body, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
