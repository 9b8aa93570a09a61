"""Generator of the blind anonymizer corpus fresh24b: civil registry, address registration and funerals.

Each document i draws from random.Random("202618102-<i>"); a document that fails gate() is redrawn from
"202618102-<i>-<attempt>". Options: none = write fresh24b_texts.jsonl; --check = exit 1 if the committed file
differs; --stats = counts per label, shapes, known-name documents, redraws.
"""

from __future__ import annotations

import datetime as dt
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
from names24b import AREA, CITIES, KNOWN, ORIGINS, PARTICLES_NL, STREET_A, STREET_B  # noqa: E402

_spec = importlib.util.spec_from_file_location("score24b", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 202618102
N_DOCS = 300
OUT = HERE / "fresh24b_texts.jsonl"
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
KINDS: list[str] = []
POOLS: dict[str, list[str]] = {}


def shape(name, pool=None):
    def deco(f):
        SHAPES[name] = f
        if pool == "kind":
            KINDS.append(name)
        elif pool:
            for p in pool.split():
                POOLS.setdefault(p, []).append(name)
        return f

    return deco


MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
MON3 = "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split()
WEEKDAYS = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()


def slug(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^a-z]", "", "".join(c for c in s if not unicodedata.combining(c)).lower())


def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=False)) - int(d[8])) % 11 == 0


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


class Person:
    def __init__(self, first, sur, mode, origin, female, dob):
        self.first, self.sur, self.mode, self.origin, self.female, self.dob = first, sur, mode, origin, female, dob
        self.maiden = None
        self.death = None

    def full(self):
        return f"{self.sur} {self.first}" if self.mode == "east" else f"{self.first} {self.sur}"

    def bare(self):
        return self.sur[0].upper() + self.sur[1:]

    def tokens(self):
        return {t for t in re.split(r"[\s\-']+", self.full()) if len(t) > 1}


class G:
    """One document under construction."""

    def __init__(self, r: random.Random, known: bool):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.used: list[str] = []
        self.tokens: set[str] = set()
        self.city = r.choice(CITIES)
        self.domain = slug(self.city) + ".nl"
        self.known_flag = known
        self.known = None
        self.known_word = None
        self.main_email = []
        self.main_phone = []
        self._main = None
        self._off = None
        self.streets: set[str] = set()
        self.home = None

    # -- bookkeeping
    def P(self, text, label):
        it = {"text": text, "label": label}
        if it not in self.pii:
            self.pii.append(it)
        return text

    def t(self, s):
        def rep(m):
            w = m.group(1)
            if w not in self.keep:
                self.keep.append(w)
            return w

        return re.sub(r"\[\[(.+?)\]\]", rep, s)

    def use(self, name):
        self.used.append(name)
        return SHAPES[name](self)

    def body(self, pools, n):
        names = [s for p in pools.split() for s in POOLS[p]]
        pick = self.r.sample(names, min(n, len(names)))
        return [self.use(s) for s in pick]

    # -- people
    def date_between(self, y0, y1):
        return dt.date(self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28))

    def person(self, origin=None, female=None, sur=None, age="adult", like=None):
        r = self.r
        for _ in range(50):
            o = origin or (like.origin if like else r.choice(list(ORIGINS)))
            males, females, pre, suf, mode = ORIGINS[o]
            fem = r.random() < 0.5 if female is None else female
            first = r.choice((females if fem else males).split())
            if sur is None:
                if mode == "east":
                    s = r.choice(pre.split())
                elif mode == "sp":
                    s = f"{r.choice(pre.split())} {r.choice(suf.split())}"
                elif mode == "nl":
                    core = r.choice(pre.split()) + r.choice(suf.split())
                    s = f"{r.choice(PARTICLES_NL)} {core}" if r.random() < 0.55 else core
                else:
                    s = r.choice(pre.split()) + r.choice(suf.split())
                    s = s[0].upper() + s[1:]
            else:
                s = sur
            toks = {t for t in re.split(r"[\s\-']+", f"{first} {s}") if len(t) > 1}
            if first in self.tokens or (sur is None and toks & self.tokens):
                continue
            y = {
                "adult": (1952, 2000),
                "old": (1928, 1955),
                "child": (2008, 2021),
                "baby": (2025, 2026),
                "young": (1990, 2004),
            }[age]
            p = Person(first, s, mode, o, fem, self.date_between(*y))
            self.tokens |= toks
            return p
        raise RuntimeError("no person")

    def family(self, base, n, age="child"):
        return [self.person(origin=base.origin, sur=base.sur, age=age) for _ in range(n)]

    def married(self, wife, husband):
        """wife takes a double-barrelled name husband-own."""
        wife.maiden = wife.sur
        wife.sur = f"{husband.sur}-{wife.sur}"
        self.tokens |= wife.tokens()
        return wife

    @property
    def main(self):
        if self._main is None:
            if self.known_flag:
                sur, word, sent = self.r.choice(KNOWN)
                o = self.r.choice(
                    [
                        "nederlands",
                        "fries",
                        "surinaams_creools",
                        "antilliaans",
                        "moluks",
                        "indonesisch",
                        "nederlands",
                        "nederlands",
                    ]
                )
                self._main = self.person(origin=o, sur=sur)
                self.known = self._main
                self.known_word = (word, sent)
            else:
                self._main = self.person()
        return self._main

    @property
    def off(self):
        if self._off is None:
            self._off = self.person()
        return self._off

    # -- name forms
    def full(self, p):
        return self.P(p.full(), "PERSON")

    def first(self, p):
        return self.P(p.first, "PERSON")

    def bare(self, p):
        return self.P(p.bare(), "PERSON")

    def init(self, p):
        return self.P(f"{p.first[0]}. {p.sur}" if p.mode != "east" else f"{p.sur} {p.first[0]}.", "PERSON")

    def reg(self, p):
        if p.mode == "east":
            return self.P(f"{p.sur.upper()} {p.first}", "PERSON")
        m = re.match(r"((?:[a-z']+ )+)(.+)", p.sur)
        if m:
            return self.P(f"{m.group(2)}, {p.first} {m.group(1).strip()}", "PERSON")
        return self.P(f"{p.sur}, {p.first}", "PERSON")

    def upper(self, p):
        return self.P(p.sur.upper(), "PERSON")

    def low(self, p):
        return self.P(slug(p.sur), "PERSON")

    def poss(self, p, use_first=True):
        n = p.first if use_first else p.bare()
        if n[-1] in "sxz":
            f = n + "'"
        elif n[-1] in "aiouyé":
            f = n + "'s"
        else:
            f = n + "s"
        return self.P(f, "PERSON")

    def any(self, p):
        return self.r.choice([self.full, self.full, self.init, self.bare])(p)

    def aanhef(self, p):
        return "mevrouw" if p.female else "heer"

    def title(self, p):
        return self.r.choice(["mevrouw", "mw.", "mevr."] if p.female else ["de heer", "dhr.", "meneer"])

    # -- structured items
    def street(self):
        r = self.r
        for _ in range(20):
            s = r.choice(STREET_A) + r.choice(STREET_B)
            if s not in self.streets:
                self.streets.add(s)
                return s
        return s

    def addr(self, street=None, num=None):
        r = self.r
        street = street or self.street()
        num = num or str(r.randint(1, 240))
        suf = r.choice(["", "", "", "-1", "-2", "A", "B", "-A", "-bis", "-3"])
        return self.P(f"{street} {num}{suf}", "ADDRESS")

    def street_only(self, street):
        return self.P(street, "ADDRESS")

    def pc(self):
        r = self.r
        while True:
            letters = r.choice("ABCEGHJKLMNPRTVWXZ") + r.choice("ABCEGHJKLMNPRTVWXZ")
            if letters not in ("SA", "SD", "SS"):
                break
        return self.P(f"{r.randint(1011, 9999)}{r.choice([' ', ' ', ''])}{letters}", "POSTCODE")

    def phone(self, main=False):
        r = self.r
        if r.random() < 0.65:
            d = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
            s = r.choice(
                [
                    f"06-{d[1:]}",
                    f"06 {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                    f"+31 6 {d[1:5]} {d[5:]}",
                    f"0031 6 {d[1:]}",
                    f"06{d[1:]}",
                    f"(06) {d[1:5]} {d[5:]}",
                ]
            )
        else:
            a = AREA[self.city]
            rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(a)))
            rest = str(r.randint(2, 9)) + rest[1:]
            s = r.choice([f"{a}-{rest}", f"({a}) {rest[:3]} {rest[3:]}", f"+31 {a[1:]} {rest}"])
        if main:
            self.main_phone.append(s)
        return self.P(s, "PHONE")

    def email(self, p, main=False):
        r = self.r
        f, s = slug(p.first), slug(p.sur)
        host = r.choice(
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
                "yahoo.com",
                "hetnet.nl",
                "proton.me",
                "telfort.nl",
            ]
        )
        local = r.choice([f"{f}.{s}", f"{f[0]}.{s}", f"{s}{r.randint(60, 99)}", f"{f}{s[:4]}", f"{f}_{s}"])
        e = f"{local}@{host}"
        if main:
            self.main_email.append(e)
        return self.P(e, "EMAIL")

    def off_email(self, p):
        return self.P(f"{slug(p.first)[0]}.{slug(p.sur)}@{self.domain}", "EMAIL")

    def bsn(self):
        r = self.r
        while True:
            d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
            last = sum(c * w for c, w in zip(d, range(9, 1, -1), strict=False)) % 11
            if last < 10:
                s = "".join(map(str, d + [last]))
                break
        s = r.choice([s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])
        return self.P(s, "BSN")

    def iban(self):
        r = self.r
        bank = r.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
        acc = "".join(str(r.randint(0, 9)) for _ in range(10))
        num = "".join(str(int(c, 36)) for c in bank + acc + "NL00")
        chk = 98 - int(num) % 97
        s = f"NL{chk:02d}{bank}{acc}"
        if r.random() < 0.5:
            s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        return self.P(s, "IBAN")

    def plate(self):
        r = self.r
        L = lambda n: "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(n))  # noqa: E731
        D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
        s = r.choice(
            [
                f"{L(2)}-{D(3)}-{L(1)}",
                f"{D(1)}-{L(3)}-{D(2)}",
                f"{D(2)}-{L(3)}-{D(1)}",
                f"{L(1)}-{D(3)}-{L(2)}",
                f"{L(3)}-{D(2)}-{L(1)}",
                f"{D(1)}-{L(2)}-{D(3)}",
            ]
        )
        return self.P(s, "LICENSE_PLATE")

    def case(self, kind="ao"):
        r = self.r
        y = r.randint(2023, 2026)
        n = r.randint(100, 99999)
        s = {
            "ao": r.choice([f"AO/{y % 100}/{n:05d}", f"ADR-{y}-{n:05d}", f"LAA {y}.{n:04d}"]),
            "brp": r.choice([f"BRP-C{y}-{n:05d}", f"CORR/{y}/{n}", f"PIV{y % 100}-{n:05d}"]),
            "naam": r.choice([f"NW {y}/{n:04d}", f"GNW-{y}-{n}", f"VNW.{y}.{n:04d}"]),
            "bs": r.choice([f"BS-A{y}-{n:04d}", f"HP/{y}/{n:04d}", f"ERK {y % 100}-{n:04d}", f"GEB.{y}.{n}"]),
            "graf": r.choice([f"GR-{y}-{n:05d}", f"GRAF/{n:05d}/{y % 100}", f"RH {n:05d}-{y}"]),
            "uitv": r.choice([f"UWL-{y}-{n:04d}", f"LB/{y}/{n:04d}", f"GU {y}.{n:03d}"]),
            "vta": r.choice([f"VTA-{y}-{n:04d}", f"AFST/{y % 100}/{n:04d}", f"VA{y}{n:05d}"]),
            "kl": r.choice([f"KL-{y}-{n:05d}", f"BZW/{y}/{n:04d}", f"Z{y % 100}.{n:06d}"]),
        }[kind]
        return self.P(s, "CASE_NUMBER")

    def dob(self, p, style=None):
        d = p.dob
        st = style or self.r.choice(["long", "long", "dash", "dash0", "dot", "slash", "iso", "abbr", "short"])
        s = {
            "long": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            "dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
            "dash0": f"{d.day}-{d.month}-{d.year}",
            "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "slash": f"{d.day}/{d.month}/{d.year}",
            "iso": f"{d.year}-{d.month:02d}-{d.day:02d}",
            "abbr": f"{d.day} {MON3[d.month - 1]} {d.year}",
            "short": f"{d.day:02d}{d.month:02d}{d.year}",
        }[st]
        return self.P(s, "DATE_OF_BIRTH")

    def date(self, y0=2024, y1=2026, style=None, keep=True):
        d = self.date_between(y0, y1)
        s = self.fmt(d, style or self.r.choice(["long", "long", "dash"]))
        if keep:
            self.t(f"[[{s}]]")
        return s

    def fmt(self, d, st):
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if st == "long" else f"{d.day:02d}-{d.month:02d}-{d.year}"

    def amount(self, lo, hi):
        v = self.r.randint(lo, hi)
        s = f"{v // 1000}.{v % 1000:03d},00" if v >= 1000 else f"{v},00"
        return self.t(f"[[{s}]]")

    def dept(self):
        return self.t(
            self.r.choice(
                [
                    "team [[Burgerzaken]]",
                    "afdeling [[Publiekszaken]]",
                    "team [[Adreskwaliteit]]",
                    "[[Bureau]] [[Burgerlijke]] Stand",
                    "team [[Begraafplaatsen]]",
                    "cluster [[Dienstverlening]]",
                    "team [[Basisregistratie]] Personen",
                    "afdeling [[Lijkbezorging]]",
                ]
            )
        )

    def func(self):
        return self.t(
            self.r.choice(
                [
                    "[[ambtenaar]] van de burgerlijke stand",
                    "[[adresonderzoeker]]",
                    "[[medewerker]] burgerzaken",
                    "[[beheerder]] begraafplaatsen",
                    "[[coördinator]] uitvaartzaken",
                    "[[teamleider]] publiekszaken",
                    "[[toezichthouder]] BRP",
                    "[[klachtcoördinator]]",
                ]
            )
        )

    def contact(self):
        a = AREA[self.city]
        return self.t(
            self.r.choice(
                [
                    f"[[14 {a}]]",
                    f"[[burgerzaken@{self.domain}]]",
                    f"[[info@{self.domain}]]",
                    f"[[begraafplaatsen@{self.domain}]]",
                ]
            )
        )


# ---------------------------------------------------------------- line shapes: occupant registers
@shape("regel:tabel_streep", "bewoners")
def _(g):
    p = g.person()
    return f"{g.reg(p)} — geb. {g.dob(p, 'dash')} — " + g.t(f"[[ingeschreven]] sinds {g.date(2015, 2025)}")


@shape("regel:pijp", "bewoners")
def _(g):
    p = g.person()
    return f"{g.upper(p)} | {g.first(p)} | {g.dob(p, 'dot')} | " + g.t(
        g.r.choice(["[[kamerhuurder]]", "[[onderhuurder]]", "[[inwonend]]"])
    )


@shape("regel:bsn_eerst", "bewoners")
def _(g):
    p = g.person()
    return g.t(f"[[BSN]] {g.bsn()} · {g.init(p)} (*{g.dob(p, 'slash')}) · [[status]]: ") + g.t(
        g.r.choice(["[[actief]]", "[[vertrokken]] naar onbekend", "[[emigratie]] gemeld"])
    )


@shape("regel:vrij_onbekend", "bewoners")
def _(g):
    p = g.person()
    return g.t(
        f"[[Niet]] ingeschreven, wel aangetroffen: een man die zich '{g.first(p)}' noemde; "
        f"volgens de [[buren]] rijdt hij in een [[bestelbus]] met kenteken {g.plate()}."
    )


@shape("regel:gezin_onder_hoofd", "bewoners")
def _(g):
    h = g.person(age="adult")
    kids = g.family(h, g.r.randint(2, 3))
    ks = ", ".join(f"{g.first(k)} ({g.dob(k, 'iso')})" for k in kids)
    return g.t(f"[[Hoofdbewoner]] {g.full(h)}, geboren {g.dob(h, 'long')}, met de [[kinderen]] {ks}.")


@shape("regel:genummerd", "bewoners")
def _(g):
    ps = [g.person() for _ in range(2)]
    return g.t("[[Overige]] personen op het adres: ") + "; ".join(
        f"{i + 1}) {g.full(p)}, {g.dob(p, 'abbr')}" for i, p in enumerate(ps)
    )


@shape("regel:vertrokken", "bewoners")
def _(g):
    p = g.person()
    return g.t(
        f"[[Vertrokken]] per {g.date(2024, 2026)}: {g.full(p)} (geboortedatum {g.dob(p)}), "
        f"nieuw adres {g.addr()}, {g.pc()} [[Rotterdam]]."
    )


@shape("regel:postvak", "bewoners")
def _(g):
    p, q = g.person(), g.person()
    return g.t(
        f"[[Brievenbus]]: naamstickers '{g.upper(p)}' en '{g.full(q)}'; [[post]] voor {g.init(p)} lag ongeopend in de gang."
    )


# ---------------------------------------------------------------- sentence shapes: address investigation
@shape("zin:aanleiding_signaal", "adres")
def _(g):
    src = g.t(
        g.r.choice(
            [
                "[[Belastingdienst]]",
                "[[woningcorporatie]]",
                "[[Landelijke]] Aanpak Adreskwaliteit",
                "[[politie]]",
                "[[wijkteam]]",
            ]
        )
    )
    return g.t(
        f"[[Aanleiding]] was een [[signaal]] van de {src}: op het adres staan meer [[personen]] ingeschreven dan er kunnen wonen."
    )


@shape("zin:huisbezoek_bevinding", "adres")
def _(g):
    p = g.main
    return g.t(
        f"[[Bij]] het [[huisbezoek]] op {g.date()} opende {g.full(p)} de deur; in de woning stonden vier bedden "
        f"en lagen [[koffers]] in de gang. [[Op]] de oprit stond {g.plate()}."
    )


@shape("zin:buurman_verklaring", "adres")
def _(g):
    n = g.person()
    p = g.main
    return g.t(
        f"[[Buurman]] {g.full(n)} ({g.addr()}) verklaarde dat {g.bare(p)} daar 'al maanden niet meer slaapt' "
        f"en dat er 's nachts busjes voor de deur staan."
    )


@shape("zin:voornemen_uitschrijving", "adres")
def _(g):
    p = g.main
    return g.t(
        f"[[Voornemen]]: {g.init(p)} wordt uitgeschreven naar [[Land]] Onbekend (RNI) als binnen twee weken "
        f"geen [[reactie]] komt. [[Zienswijze]] kan via {g.contact()}."
    )


@shape("zin:vrouw_blijft", "adres")
def _(g):
    h = g.main
    w = g.person(like=h, female=not h.female)
    return g.t(
        f"{g.full(w)} blijft met de kinderen op het adres; {g.poss(h)} "
        f"nieuwe adres is {g.addr()}, {g.pc()} {g.t('[[Utrecht]]')}."
    )


@shape("zin:kenteken_op_adres", "adres")
def _(g):
    p = g.person()
    return g.t(
        f"[[Voor]] de deur stond de auto met kenteken {g.plate()}, op naam van {g.full(p)}, die elders "
        f"staat ingeschreven."
    )


@shape("zin:briefadres", "adres")
def _(g):
    p = g.main
    h = g.person()
    return g.t(
        f"{g.bare(p)} vraagt een [[briefadres]] bij {g.full(h)} op {g.addr()} omdat [[zij]] tijdelijk "
        f"in de [[nachtopvang]] slaapt."
        if p.female
        else f"{g.bare(p)} vraagt een [[briefadres]] bij {g.full(h)} op {g.addr()} omdat [[hij]] tijdelijk "
        f"in de [[nachtopvang]] slaapt."
    )


@shape("zin:verhuizing_te_laat", "adres")
def _(g):
    p = g.main
    return g.t(
        f"[[De]] [[verhuizing]] van {g.full(p)} naar de {g.street_only(g.street())} werd pas na vijf weken gemeld; "
        f"de [[boete]] van € {g.amount(100, 325)} is volgens de [[inwoner]] onterecht."
    )


@shape("zin:huisbaas", "adres")
def _(g):
    v = g.person()
    return g.t(
        f"[[Verhuurder]] {g.full(v)} (tel. {g.phone()}) weigert de [[inschrijving]] omdat het [[huurcontract]] "
        f"alleen op zijn naam staat."
    )


# ---------------------------------------------------------------- sentence shapes: names and BRP corrections
@shape("zin:spelling_paspoort", "naam")
def _(g):
    p = g.main
    wrong = p.sur[:-1] + ("ij" if p.sur[-1] != "y" else "i")
    return g.t(
        f"In het [[paspoort]] staat '{g.full(p)}', in de [[BRP]] stond '{g.P(wrong, 'PERSON')}'; "
        f"[[herstel]] is aangevraagd onder {g.case('brp')}."
    )


@shape("zin:geboortedatum_00", "naam")
def _(g):
    p = g.main
    return g.t(
        f"[[Omdat]] de exacte dag onbekend was, stond {g.bare(p)} geregistreerd met 00-00-{p.dob.year}; "
        f"uit de [[geboorteakte]] blijkt nu {g.dob(p, 'long')}."
    )


@shape("zin:datum_verwisseld", "naam")
def _(g):
    p = g.main
    d = p.dob
    return g.t(
        f"[[Dag]] en maand zijn verwisseld: {g.first(p)} is geboren op {g.dob(p, 'dash')}, niet op "
        f"{d.month:02d}-{d.day:02d}-{d.year}."
        if d.day <= 12 and d.day != d.month
        else f"[[Volgens]] de [[akte]] is {g.first(p)} geboren op {g.dob(p, 'dash')}, de [[BRP]] vermeldt een ander jaar."
    )


@shape("zin:oude_nieuwe_naam", "naam")
def _(g):
    p = g.main
    old = g.person(origin=p.origin, female=p.female)
    return g.t(
        f"[[Oude]] geslachtsnaam: {g.P(old.sur, 'PERSON') if old.mode != 'east' else g.bare(old)}; "
        f"[[nieuwe]] geslachtsnaam: {g.bare(p)}. [[Reden]]: de naam van de [[stiefvader]] wordt gedragen."
    )


@shape("zin:voornaam_rechtbank", "naam")
def _(g):
    p = g.main
    old = g.person(origin=p.origin, female=not p.female)
    return g.t(
        f"[[De]] [[rechtbank]] wees het verzoek toe: de voornaam {g.first(old)} wordt {g.first(p)}; "
        f"de [[akte]] wordt aangepast zodra de [[beschikking]] onherroepelijk is."
    )


@shape("zin:tussenvoegsel", "naam")
def _(g):
    p = g.main
    return g.t(
        f"{g.bare(p)} wil dat het tussenvoegsel met een hoofdletter wordt geschreven; de [[BRP]] kent "
        f"daarvoor alleen de [[aanschrijfwijze]]."
    )


@shape("zin:naamgebruik_partner", "naam")
def _(g):
    w = g.main if g.main.female else g.person(female=True)
    h = g.person(female=False)
    fam = f"{h.bare()}-{w.sur}"
    return g.t(
        f"[[Naamgebruik]] gewijzigd: {g.full(w)} wordt voortaan aangeschreven als mevrouw "
        f"{g.P(fam, 'PERSON')}, naar haar echtgenoot {g.full(h)}."
    )


@shape("zin:transliteratie", "naam")
def _(g):
    p = g.person(origin=g.r.choice(["syrisch", "iraaks", "egyptisch", "marokkaans", "oekraiens", "bulgaars"]))
    alt = p.sur.replace("Al ", "El-").replace("ou", "u").replace("enko", "enco").replace("ov", "off")
    if alt == p.sur:
        alt = p.sur + "e"
    return g.t(
        f"[[Transliteratie]]: {g.full(p)} staat op de [[verblijfsvergunning]] als {g.P(alt, 'PERSON')}; "
        f"de [[IND]] volgt het [[paspoort]]."
    )


@shape("zin:geslachtsnaam_kind", "naam gezin")
def _(g):
    m = g.person(female=True)
    f = g.person(female=False)
    return g.t(
        f"[[Bij]] de [[erkenning]] kozen {g.full(m)} en {g.full(f)} voor de geslachtsnaam van de moeder, "
        f"{g.bare(m)}, ook voor latere kinderen."
    )


@shape("zin:naamsvolgorde", "naam")
def _(g):
    p = g.person(origin=g.r.choice(["chinees", "vietnamees"]))
    return g.t(
        f"[[Volgorde]] van de namen: de [[familienaam]] {g.upper(p)} komt eerst, dus {g.full(p)} en niet "
        f"{g.P(p.first + ' ' + p.sur, 'PERSON')}."
    )


@shape("zin:patroniem", "naam")
def _(g):
    p = g.person(origin=g.r.choice(["eritrees", "ethiopisch", "somalisch"]))
    father = g.person(origin=p.origin, female=False)
    return g.t(
        f"{g.full(p)} heeft geen [[familienaam]]: {g.bare(p)} is de voornaam van de vader, {g.full(father)}, "
        f"en dus geen [[achternaam]] in Nederlandse zin."
    )


# ---------------------------------------------------------------- family events
@shape("zin:geboorteaangifte", "gezin")
def _(g):
    b = g.person(age="baby")
    f = g.person(sur=b.sur, like=b, female=False)
    return g.t(
        f"[[Aangifte]] van de [[geboorte]] van {g.full(b)}, geboren {g.dob(b, 'long')} om 04.12 uur in het "
        f"[[ziekenhuis]], gedaan door de vader {g.first(f)}."
    )


@shape("zin:erkenning_ongeboren", "gezin")
def _(g):
    m = g.person(female=True)
    f = g.person(female=False)
    return g.t(
        f"[[Erkenning]] van de ongeboren vrucht door {g.full(f)} (geb. {g.dob(f)}) met [[toestemming]] van "
        f"{g.full(m)}; zaak {g.case('bs')}."
    )


@shape("zin:melding_huwelijk", "gezin")
def _(g):
    a, b = g.person(), g.person()
    return g.t(
        f"[[Melding]] voorgenomen [[huwelijk]] van {g.full(a)} en {g.full(b)}; gewenste datum {g.date(2026, 2027)} "
        f"in de [[trouwzaal]], met een [[BABS]]."
    )


@shape("zin:getuigen", "gezin")
def _(g):
    a, b = g.person(), g.person()
    return g.t(
        f"[[Getuigen]]: {g.full(a)} (geboortedatum {g.dob(a, 'dot')}) en {g.full(b)}; van beiden ontbreekt "
        f"nog een kopie van het [[identiteitsbewijs]]."
    )


@shape("zin:partnerschap_omzetting", "gezin")
def _(g):
    a = g.main
    b = g.person()
    return g.t(
        f"{g.full(a)} en {g.full(b)} willen hun geregistreerd [[partnerschap]] omzetten in een [[huwelijk]]; "
        f"de [[leges]] bedragen € {g.amount(60, 240)}."
    )


@shape("zin:naturalisatie", "gezin")
def _(g):
    p = g.main
    return g.t(
        f"[[Uitnodiging]] [[naturalisatieceremonie]] op {g.date(2026, 2026)} in het [[stadhuis]]: {g.full(p)} "
        f"({g.dob(p)}) legt de [[verklaring]] van verbondenheid af."
    )


@shape("zin:naturalisatie_kinderen", "gezin")
def _(g):
    p = g.main
    kids = g.family(p, 2)
    return g.t(
        f"[[Meegenaturaliseerd]]: {g.first(kids[0])} en {g.first(kids[1])} {g.bare(p)}; zij hoeven de "
        f"[[ceremonie]] niet bij te wonen."
    )


@shape("zin:buitenlandse_akte", "gezin naam")
def _(g):
    p = g.main
    land = g.t(g.r.choice(["[[Ghana]]", "[[Syrië]]", "[[Eritrea]]", "[[Marokko]]", "[[Suriname]]", "[[Polen]]"]))
    return g.t(
        f"[[De]] [[huwelijksakte]] uit {land} is niet gelegaliseerd, daarom kan het huwelijk van "
        f"{g.bare(p)} nog niet in de [[BRP]] worden opgenomen."
    )


# ---------------------------------------------------------------- death, funeral, graves
def deceased(g, age="old"):
    p = g.person(age=age)
    p.death = g.date_between(2023, 2025)
    return p


@shape("zin:overlijdensaangifte", "dood")
def _(g):
    p = deceased(g)
    u = g.person()
    return g.t(
        f"[[Aangifte]] van [[overlijden]]: {g.full(p)}, geboren {g.dob(p)}, overleden "
        f"[[{g.fmt(p.death, 'long')}]] in [[verpleeghuis]] De Wingerd; aangever {g.full(u)}, [[uitvaartverzorger]]."
    )


@shape("zin:grafsteen_tekst", "dood graf")
def _(g):
    p = deceased(g)
    return g.t(
        f"[[Tekst]] op de steen: '{g.upper(p)} {g.first(p)} * {g.dob(p, 'dash')} † [[{g.fmt(p.death, 'dash')}]]'."
    )


@shape("zin:gemeentelijke_uitvaart", "dood")
def _(g):
    p = deceased(g, "adult")
    return g.t(
        f"[[Omdat]] zich niemand meldde, regelt de [[gemeente]] de [[uitvaart]] van {g.full(p)} "
        f"(geb. {g.dob(p, 'abbr')}) op grond van artikel 21 van de [[Wet]] op de lijkbezorging."
    )


@shape("zin:verhaal_kosten", "dood conflict")
def _(g):
    p = deceased(g, "adult")
    e = g.person(sur=p.sur, like=p)
    return g.t(
        f"[[De]] [[kosten]] van € {g.amount(1800, 4200)} worden verhaald op de [[nalatenschap]]; "
        f"{g.poss(e)} verzoek om kwijtschelding loopt nog (rekening {g.iban()})."
    )


@shape("zin:rechthebbende_overschrijving", "graf")
def _(g):
    old = deceased(g)
    new = g.person(sur=old.sur, like=old, age="adult")
    return g.t(
        f"[[Het]] [[grafrecht]] {g.case('graf')} gaat over van wijlen {g.full(old)} op {g.poss(old, False)} "
        f"dochter {g.first(new)}, [[bereikbaar]] op {g.phone()}."
    )


@shape("zin:grafnummer_vak", "graf")
def _(g):
    p = deceased(g)
    vak = g.r.choice("ABCDEFGH")
    return g.t(
        f"[[Graf]] {vak}-{g.r.randint(1, 30)}-{g.r.randint(1, 90)} ([[vak]] {vak}, algemene [[begraafplaats]]) bevat "
        f"{g.full(p)} ({g.dob(p, 'iso')} – [[{p.death.year}]])."
    )


@shape("zin:verlenging_termijn", "graf")
def _(g):
    p = g.main
    return g.t(
        f"[[Verlenging]] van het [[grafrecht]] met tien jaar kost € {g.amount(900, 2600)}; "
        f"{g.title(p)} {g.bare(p)} heeft tot {g.date(2026, 2026)} om te beslissen."
    )


@shape("zin:ruiming", "graf conflict")
def _(g):
    p = deceased(g)
    return g.t(
        f"[[Na]] het verlopen van de [[termijn]] werd het graf van {g.full(p)} geruimd; de [[stoffelijke]] "
        f"resten gingen naar het [[verzamelgraf]], zonder dat de familie bericht kreeg."
    )


@shape("zin:urn_bijzetting", "graf dood")
def _(g):
    p = deceased(g)
    q = deceased(g)
    return g.t(
        f"[[Bijzetting]] van de [[urn]] van {g.full(p)} in het graf van {g.poss(q)} moeder is toegestaan; "
        f"de [[rechthebbende]] moet tekenen."
    )


@shape("zin:islamitisch_vak", "graf dood")
def _(g):
    p = deceased(g, "adult")
    return g.t(
        f"[[De]] familie van {g.full(p)} vraagt een graf op het [[islamitische]] vak, met eeuwigdurende "
        f"[[grafrust]]; de [[begraafplaats]] biedt alleen twintig jaar."
    )


@shape("zin:repatriering", "dood")
def _(g):
    p = deceased(g, "adult")
    land = g.t(g.r.choice(["[[Turkije]]", "[[Marokko]]", "[[Suriname]]", "[[Curaçao]]", "[[Ghana]]"]))
    return g.t(
        f"[[Het]] [[stoffelijk]] overschot van {g.full(p)} wordt naar {land} overgebracht; het "
        f"[[verlof]] tot begraven is afgegeven op [[{g.fmt(p.death, 'long')}]]."
    )


@shape("zin:asverstrooiing", "dood graf")
def _(g):
    p = deceased(g)
    return g.t(
        f"[[Asverstrooiing]] op het [[strooiveld]] voor {g.full(p)} ({g.dob(p, 'slash')}); naam komt op "
        f"de [[gedenkzuil]]."
    )


@shape("zin:uitvaart_bankrekening", "dood")
def _(g):
    p = g.main
    return g.t(
        f"{g.init(p)} heeft de [[factuur]] van de [[uitvaartondernemer]] voorgeschoten en wil het bedrag terug op "
        f"{g.iban()}."
    )


# ---------------------------------------------------------------- conflict and mediation
@shape("zin:klacht_toon", "conflict")
def _(g):
    o = g.off
    return g.t(
        f"[[Volgens]] de [[inwoner]] was {g.full(o)}, {g.func()} bij {g.dept()}, aan de [[balie]] "
        f"kortaf en weigerde hij of zij de [[aanvraag]] in te nemen."
    )


@shape("zin:mediator_intake", "conflict")
def _(g):
    m = g.person()
    p = g.main
    return g.t(
        f"[[Bemiddelaar]] {g.full(m)} sprak op {g.date()} met {g.first(p)} en vatte samen: het gaat niet om "
        f"de [[boete]], maar om erkenning dat de [[brief]] nooit is aangekomen."
    )


@shape("zin:afspraak_ambtenaar", "conflict")
def _(g):
    o = g.off
    return g.t(
        f"[[Afspraak]]: {g.init(o)} ({g.dept()}) zorgt uiterlijk {g.date(2026, 2026)} voor een gecorrigeerd "
        f"[[uittreksel]]; [[controlevraag]] volgt daarna."
    )


@shape("zin:bezwaar_termijn", "conflict adres")
def _(g):
    p = g.main
    return g.t(
        f"[[Bezwaar]] tegen de [[uitschrijving]] van {g.full(p)} is te laat ingediend, maar de "
        f"[[gemeente]] behandelt het toch (kenmerk {g.case('kl')})."
    )


@shape("zin:schuldhulp_gevolg", "conflict adres")
def _(g):
    p = g.main
    return g.t(
        f"[[Door]] de [[uitschrijving]] stopte de [[zorgtoeslag]] van {g.bare(p)} en kon de [[schuldhulp]] "
        f"niet verder; {g.poss(p)} [[dochter]] belde drie keer naar {g.contact()}."
    )


@shape("zin:whatsapp_bericht", "conflict")
def _(g):
    p = g.main
    return g.t(
        f"[[Bericht]] van {g.first(p)} via [[WhatsApp]] ({g.phone(main=True)}): 'ik woon hier echt, kom maar "
        f"kijken, mijn naam staat op de bel'."
    )


@shape("zin:email_inwoner", "conflict naam dood")
def _(g):
    p = g.main
    return g.t(
        f"[[Per]] [[e-mail]] ({g.email(p, main=True)}) vroeg {g.bare(p)} om een kopie van het [[dossier]] "
        f"en van de notities van het [[huisbezoek]]."
    )


@shape("zin:bestand_bijlage", "conflict naam adres")
def _(g):
    p = g.main
    return g.t(
        f"[[Bijlage]]: scan-paspoort-{g.low(p)}.pdf en [[huurcontract]]_{g.date(2024, 2025, 'dash')}.pdf "
        f"(samen {g.r.randint(2, 9)} pagina's)."
    )


@shape("zin:wethouder_brief", "conflict dood")
def _(g):
    p = g.main
    return g.t(
        f"[[De]] familie schreef de [[wethouder]] dat {g.full(p)} 'als een nummer' is behandeld; "
        f"de [[brief]] is doorgezet naar de [[klachtbehandeling]]."
    )


@shape("zin:sociale_media", "conflict")
def _(g):
    p = g.main
    h = f"@{slug(p.first)}_{slug(p.sur)[:6]}"
    return g.t(
        f"[[Op]] [[Facebook]] schreef {g.P(h, 'PERSON')} dat de [[begraafplaats]] 'een puinhoop' is; het bericht "
        f"werd honderden keren gedeeld."
    )


@shape("zin:tolk", "conflict gezin dood")
def _(g):
    t = g.person()
    return g.t(
        f"[[Het]] [[gesprek]] vond plaats met [[tolk]] {g.full(t)} via de [[telefoon]]; de familie sprak "
        f"alleen Tigrinya of Arabisch."
    )


@shape("zin:adres_contact_inwoner", "conflict adres naam gezin dood graf")
def _(g):
    p = g.main
    if g.home is None:
        g.home = (g.addr(), g.pc())
    return g.t(
        f"[[Contactgegevens]] {g.title(p)} {g.bare(p)}: {g.home[0]}, {g.home[1]} {g.t('[[' + g.city + ']]')}, "
        f"{g.phone(main=True)}."
    )


@shape("zin:bsn_check", "adres naam gezin")
def _(g):
    p = g.main
    return g.t(
        f"[[Bij]] de [[controle]] op {g.date()} bleek het [[BSN]] {g.bsn()} van {g.first(p)} aan twee "
        f"[[personen]] gekoppeld."
    )


@shape("zin:geen_reactie", "conflict graf")
def _(g):
    p = g.main
    return g.t(
        f"{g.title(p).capitalize()} {g.bare(p)} kreeg op drie [[e-mails]] geen [[antwoord]] en belde uiteindelijk "
        f"{g.contact()}."
    )


# ---------------------------------------------------------------- document kinds
@shape("kind:rapport_adresonderzoek", "kind")
def _(g):
    g.home = (g.addr(), g.pc())
    o = g.off
    head = g.t(
        f"[[Rapport]] adresonderzoek {g.case('ao')}\n[[Adres]]: {g.home[0]}, {g.home[1]} [[{g.city}]]\n"
        f"[[Onderzoeker]]: {g.full(o)}, {g.dept()}"
    )
    lines = g.body("bewoners", g.r.randint(2, 3))
    rest = g.body("adres", 2)
    return "\n".join([head, g.t("[[Aangetroffen]] of ingeschreven:")] + ["- " + l for l in lines] + rest)


@shape("kind:bevestiging_inschrijving", "kind")
def _(g):
    p = g.main
    g.home = (g.addr(), g.pc())
    o = g.off
    return "\n".join(
        [
            g.t(f"[[Geachte]] {g.aanhef(p)} {g.bare(p)},"),
            g.t(
                f"[[Op]] {g.date()} heeft u zich ingeschreven op {g.home[0]}, {g.home[1]} [[{g.city}]]. "
                f"[[Uw]] [[burgerservicenummer]] blijft {g.bsn()}."
            ),
            *g.body("adres gezin", 1),
            g.t(f"[[Met]] vriendelijke groet,\n{g.full(o)}\n{g.dept()}"),
        ]
    )


@shape("kind:besluit_uitschrijving", "kind")
def _(g):
    p = g.main
    return "\n".join(
        [
            g.t(f"[[BESLUIT]] – ambtshalve [[uitschrijving]]\n[[Kenmerk]]: {g.case('ao')}"),
            g.t(f"[[Betreft]]: {g.reg(p)}, geboren {g.dob(p)}"),
            *g.body("adres conflict", 2),
            g.t("[[Tegen]] dit [[besluit]] kunt u binnen zes weken [[bezwaar]] maken."),
        ]
    )


@shape("kind:verzoek_correctie", "kind")
def _(g):
    p = g.main
    return "\n".join(
        [
            g.t(f"[[Verzoek]] om [[correctie]] van persoonsgegevens – {g.case('brp')}"),
            g.t(f"[[Aanvrager]]: {g.full(p)}, [[BSN]] {g.bsn()}"),
            *g.body("naam", 2),
            g.t(f"[[Behandelaar]]: {g.init(g.off)}, {g.func()}"),
        ]
    )


@shape("kind:naamswijziging", "kind")
def _(g):
    p = g.main
    return " ".join(
        [
            g.t(f"[[Dossier]] {g.case('naam')}."),
            g.t(f"{g.full(p)} ({g.dob(p)}) heeft via [[Justis]] een [[naamswijziging]] aangevraagd."),
            *g.body("naam", 2),
            *g.body("conflict", 1),
        ]
    )


@shape("kind:erkenning_dossier", "kind")
def _(g):
    return "\n".join(
        [
            g.t(f"[[Dossier]] [[erkenning]] {g.case('bs')} – [[afspraak]] aan de [[balie]] op {g.date()}"),
            *g.body("gezin", 3),
        ]
    )


@shape("kind:huwelijksplanning", "kind")
def _(g):
    o = g.off
    return "\n".join(
        [
            g.t(f"[[Planning]] [[huwelijken]] en partnerschappen – week {g.r.randint(1, 52)}"),
            g.t(f"[[BABS]]: {g.full(o)} ({g.off_email(o)})"),
            *g.body("gezin", 2),
        ]
    )


@shape("kind:naturalisatie_brief", "kind")
def _(g):
    p = g.main
    g.home = (g.addr(), g.pc())
    return "\n".join(
        [
            g.t(f"{g.full(p)}\n{g.home[0]}\n{g.home[1]} [[{g.city.upper()}]]"),
            g.t(f"[[Onderwerp]]: [[naturalisatieceremonie]] – {g.case('bs')}"),
            g.t(f"[[Geachte]] {g.aanhef(p)} {g.bare(p)},"),
            *g.body("gezin", 2),
        ]
    )


@shape("kind:overlijdensregister", "kind")
def _(g):
    return "\n".join(
        [g.t(f"[[Register]] van overlijden – [[{g.city}]], [[{MONTHS[g.r.randint(0, 11)]}]]")] + g.body("dood", 3)
    )


@shape("kind:gemeentelijke_uitvaart_dossier", "kind")
def _(g):
    o = g.off
    return "\n".join(
        [
            g.t(f"[[Gemeentelijke]] [[uitvaart]] – {g.case('uitv')}"),
            g.t(f"[[Contactpersoon]]: {g.full(o)}, {g.func()}, {g.phone()}"),
            *g.body("dood", 2),
        ]
    )


@shape("kind:grafrechtbrief", "kind")
def _(g):
    p = g.main
    g.home = (g.addr(), g.pc())
    return "\n".join(
        [
            g.t(f"{g.title(p).capitalize()} {g.init(p)}\n{g.home[0]}\n{g.home[1]} [[{g.city}]]"),
            g.t(f"[[Uw]] [[kenmerk]]: -  [[Ons]] kenmerk: {g.case('graf')}"),
            g.t("[[Betreft]]: [[afloop]] [[grafrecht]]"),
            *g.body("graf", 2),
        ]
    )


@shape("kind:begraafregister_export", "kind")
def _(g):
    rows = []
    for _ in range(g.r.randint(2, 3)):
        p = deceased(g)
        h = g.person(sur=p.sur, like=p, age="adult")
        rows.append(
            f"{g.reg(p)};{g.dob(p, 'dash')};{g.fmt(p.death, 'dash')};"
            f"{g.r.choice('ABCDE')}-{g.r.randint(1, 40)};{g.full(h)}"
        )
    return g.t("[[naam]];[[geboren]];[[overleden]];[[grafnummer]];[[rechthebbende]]\n") + "\n".join(rows)


@shape("kind:klacht_burgerzaken", "kind")
def _(g):
    _ = g.main  # drawn for its side effect on the stream
    return " ".join(
        [
            g.t(f"[[Klacht]] {g.case('kl')} over {g.dept()}."),
            *g.body("conflict", 3),
        ]
    )


@shape("kind:verzoek_tot_afstemming", "kind")
def _(g):
    p = g.main
    return "\n".join(
        [
            g.t(f"[[Verzoek]] tot [[afstemming]] {g.case('vta')} – [[thema]]: burgerzaken"),
            g.t(f"[[Inwoner]]: {g.full(p)}"),
            *g.body("conflict adres naam dood graf", 3),
        ]
    )


@shape("kind:mail_informeel", "kind")
def _(g):
    p = g.main
    return "\n".join(
        [
            g.t(f"[[Van]]: {g.email(p, main=True)}\n[[Aan]]: [[burgerzaken@{g.domain}]]\n[[Onderwerp]]: mijn moeder"),
            g.t(f"[[Hallo]], ik ben {g.first(p)}, de zoon of dochter van wijlen {g.full(deceased(g))}."),
            *g.body("dood graf", 2),
            g.t(f"[[Groeten]], {g.first(p)}"),
        ]
    )


@shape("kind:telefoonnotitie", "kind")
def _(g):
    p = g.main
    return "\n".join(
        [
            g.t(
                f"[[Telefoonnotitie]] {g.date()}, [[{WEEKDAYS[g.r.randint(0, 4)]}]] – [[beller]]: {g.full(p)}, {g.phone(main=True)}"
            ),
            *g.body(g.r.choice(["adres", "naam", "graf", "dood", "gezin"]) + " conflict", 3),
        ]
    )


@shape("kind:huisbezoekverslag", "kind")
def _(g):
    o = g.off
    g.home = (g.addr(), g.pc())
    return "\n".join(
        [
            g.t(f"[[Verslag]] [[huisbezoek]] {g.home[0]}, {g.home[1]} ({g.case('ao')})"),
            g.t(f"[[Aanwezig]]: {g.full(o)} en een [[handhaver]]"),
            g.t(f"[[Geparkeerd]] voor de woning: {g.plate()}, volgens de [[RDW]] van {g.full(g.main)}."),
            *g.body("bewoners", 2),
            *g.body("adres", 1),
        ]
    )


@shape("kind:bezwaarschrift", "kind")
def _(g):
    p = g.main
    g.home = (g.addr(), g.pc())
    return "\n".join(
        [
            g.t(f"{g.full(p)}, {g.home[0]}, {g.home[1]} [[{g.city}]]"),
            g.t("[[Aan]] het college van [[burgemeester]] en wethouders"),
            g.t(f"[[Bezwaarschrift]] tegen besluit {g.case('kl')}"),
            *g.body("conflict adres", 2),
            g.t(f"[[Handtekening]]: {g.init(p)}"),
        ]
    )


@shape("kind:geboorteaangifte_formulier", "kind")
def _(g):
    b = g.person(age="baby")
    m = g.person(female=True)
    return "\n".join(
        [
            g.t(f"[[Formulier]] [[geboorteaangifte]] – {g.case('bs')}"),
            g.t(
                f"[[Kind]]: {g.full(b)}\n[[Geboortedatum]]: {g.dob(b, 'dash')}\n[[Moeder]]: {g.full(m)}, geb. {g.dob(m, 'dot')}"
            ),
            *g.body("gezin", 1),
        ]
    )


@shape("kind:ruimingsbericht", "kind")
def _(g):
    return "\n".join(
        [
            g.t(
                f"[[Bekendmaking]] – [[ruiming]] van graven op de [[begraafplaats]] aan de {g.street_only(g.street())}"
            ),
            g.t(f"[[Vragen]]? {g.contact()}"),
            *g.body("graf", 2),
        ]
    )


@shape("kind:voornaam_rekest", "kind")
def _(g):
    p = g.main
    return "\n".join(
        [
            g.t(f"[[Verzoekschrift]] [[voornaamswijziging]] – {g.case('naam')}"),
            g.t(f"[[Verzoeker]]: {g.full(p)}, geboren op {g.dob(p, 'long')}"),
            *g.body("naam", 2),
        ]
    )


@shape("kind:mediator_verslag", "kind")
def _(g):
    m = g.person()
    return "\n".join(
        [
            g.t(f"[[Gespreksverslag]] {g.case('vta')} – [[bemiddelaar]] {g.full(m)} ({g.off_email(m)})"),
            *g.body("conflict", 2),
            *g.body("adres naam dood graf gezin", 1),
            g.t("[[Is]] alles besproken? [[Ja]], zegt de inwoner."),
        ]
    )


# ---------------------------------------------------------------- documents
def make_doc(i, attempt):
    r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
    g = G(r, i % 4 == 1)
    kind = KINDS[(i + attempt) % len(KINDS)] if r.random() < 0.7 else r.choice(KINDS)
    text = g.use(kind)
    if g.known_flag:
        p = g.main
        word, sent = g.known_word
        extra = (
            g.t(re.sub(rf"\b{word}\b", f"[[{word}]]", sent, count=1))
            + " "
            + g.t(f"[[Volgens]] {g.title(p)} {g.bare(p)} is dit geen [[bijzaak]].")
        )
        if g.full(p) not in text:
            extra = g.t(f"[[Betrokkene]]: {g.full(p)}. ") + extra
        text += "\n" + extra
    if len(g.keep) < 5:
        text += "\n" + g.t(f"[[Zie]] ook de [[website]] van de [[gemeente]] of bel {g.contact()}.")
    doc = {"id": f"fresh24b-{i:04d}", "text": text, "pii": g.pii, "keep": g.keep}
    if g.known is not None:
        kn = {"names": [g.known.full()]}
        if g.main_email:
            kn["emails"] = g.main_email
        if g.main_phone:
            kn["phones"] = g.main_phone
        doc["known"] = kn
    return doc, [kind] + g.used


def _known_words(doc):
    if "known" not in doc:
        return set()
    return {w.lower() for n in doc["known"]["names"] for w in n.split()}


def gate(doc: dict) -> str | None:
    """None when the document passes all gates, else the reason."""
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
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            for w in re.split(r"[\s\-',.;@_]+", it["text"]):
                if len(w) > 1 and w.lower() not in score.PARTICLES:
                    name_words.add(w.lower())
    kw = _known_words(doc)
    for k in doc["keep"]:
        for w in re.split(r"[\s\-',.;@_]+", k):
            if len(w) > 1 and w.lower() in name_words and w.lower() not in score.PARTICLES:
                if not (w == w.lower() and w in kw):
                    return f"keep {k!r} shares a word with a name"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    if "known" in doc:
        ordinary = [k for k in doc["keep"] if k == k.lower() and k in kw]
        if not ordinary:
            return "known name without ordinary use"
    return None


def generate():
    docs, used, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        for attempt in range(200):
            try:
                doc, shapes = make_doc(i, attempt)
            except RuntimeError:  # ran out of distinct names for a shape: redraw
                redraws += 1
                continue
            if gate(doc) is None:
                break
            redraws += 1
        else:
            raise SystemExit(f"document {i} fails its gate")
        docs.append(doc)
        used.update(shapes)
    return docs, used, redraws


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, used, redraws = generate()
    if "--check" in argv:
        ok = OUT.exists() and OUT.read_text(encoding="utf-8") == dump(docs)
        print("fresh24b_texts.jsonl is up to date" if ok else "fresh24b_texts.jsonl differs from the generator")
        return 0 if ok else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"pii items: {sum(labels.values())}, keep words: {sum(len(d['keep']) for d in docs)}")
        print(
            f"shapes registered: {len(SHAPES)} (kinds {len(KINDS)}, lines and sentences {len(SHAPES) - len(KINDS)}); "
            f"shapes used: {len(used)}"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"origin groups: {len(ORIGINS)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(dump(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
