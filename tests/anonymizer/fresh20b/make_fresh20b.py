"""Generator of fresh20b: a blind corpus of enforcement, safety and nuisance reports (helper F20B, round fifteen).

Usage (from the repository root, PYTHONPATH=.):
    python tests/anonymizer/fresh20b/make_fresh20b.py            write fresh20b_texts.jsonl
    python tests/anonymizer/fresh20b/make_fresh20b.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh20b/make_fresh20b.py --stats    counts per label, shapes, known names, redraws
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
import names20b as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("score20b", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 202615102
COUNT = 300
OUT = HERE / "fresh20b_texts.jsonl"
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

SHAPES: dict[str, str] = {}


def reg(*names: str) -> None:
    for n in names:
        SHAPES[n] = n


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
DAYCAP = [d.capitalize() for d in DAYS]


class Person:
    def __init__(self, doc, first, sur, particle="", gender="m", origin=""):
        self.d, self.first, self.sur, self.particle, self.gender, self.origin = (
            doc,
            first,
            sur,
            particle,
            gender,
            origin,
        )

    def _p(self, s):
        return self.d.p(s, "PERSON")

    def full(self):
        return self._p(" ".join(x for x in (self.first, self.particle, self.sur) if x))

    def surname(self):  # standalone, particle capitalised
        if self.particle:
            return self._p(self.particle[0].upper() + self.particle[1:] + " " + self.sur)
        return self._p(self.sur)

    def inv(self):  # JANSEN, Piet  /  BERG, Piet van der
        s = f"{self.sur.upper()}, {self.first}" + (f" {self.particle}" if self.particle else "")
        return self._p(s)

    def inv_ini(self):  # Berg, P. van der
        s = f"{self.sur}, {self.first[0]}." + (f" {self.particle}" if self.particle else "")
        return self._p(s)

    def ini(self):
        return self._p(" ".join(x for x in (self.first[0] + ".", self.particle, self.sur) if x))

    def upper(self):
        return self._p(" ".join(x for x in (self.first, self.particle, self.sur) if x).upper())

    def firstn(self):
        return self._p(self.first)

    def poss(self):
        f = self.first
        return self._p(f + ("'s" if f[-1] in "aeiouy" else "s"))

    def low(self):
        return self._p(N.ascii_fold((self.particle + self.sur).replace(" ", "").replace("'", "")).lower())

    def title(self, formal=True):
        if self.gender == "m":
            return self.d.r.choice(["de heer", "dhr.", "meneer"] if formal else ["meneer", "dhr."])
        return self.d.r.choice(["mevrouw", "mw.", "mevr."] if formal else ["mevrouw", "mw."])

    def pron(self):
        return "hij" if self.gender == "m" else "zij"

    def email(self):
        r = self.d.r
        f = N.ascii_fold(self.first.split()[0]).lower().replace("-", "")
        s = N.ascii_fold((self.particle + self.sur).replace(" ", "").replace("'", "")).lower().replace("-", "")
        local = r.choice(
            [f"{f}.{s}", f"{f[0]}.{s}{r.randint(10, 99)}", f"{f}{s[:4]}{r.randint(70, 99)}", f"{s}.{f}", f"{f}_{s}"]
        )
        e = self.d.p(f"{local}@{r.choice(N.MAILHOSTS)}", "EMAIL")
        self.d.emails.append((self, e))
        return e

    def phone(self):
        ph = self.d.phone()
        self.d.phones.append((self, ph))
        return ph


class Doc:
    def __init__(self, r, idx):
        self.r, self.idx = r, idx
        self.pii, self.keep, self.shapes, self.people, self.emails, self.phones = [], [], [], [], [], []
        self.used_parts, self.streets = set(), set()
        self.known = None
        self.town = r.choice(N.TOWNS)
        self.origins = set()

    def p(self, text, label):
        it = {"text": text, "label": label}
        if it not in self.pii:
            self.pii.append(it)
        return text

    def k(self, *words):
        for w in words:
            if w not in self.keep:
                self.keep.append(w)

    def s(self, name):
        assert name in SHAPES, name
        self.shapes.append(name)

    # --- people
    def person(self, origin=None, gender=None, sur=None, particle=None, first=None):
        r = self.r
        for _ in range(50):
            og = origin or r.choice(list(N.ORIGINS))
            males, females, pre, suf, whole = N.ORIGINS[og]
            g = gender or r.choice("mf")
            fn = first or r.choice(males if g == "m" else females)
            part = ""
            if sur:
                sn = sur
                part = particle or ""
            else:
                if pre and (not whole or r.random() < 0.7):
                    sn = r.choice(pre) + r.choice(suf)
                else:
                    sn = r.choice(whole)
                if og == "bulgaars" and g == "f":
                    sn += "a"
                if og == "somalisch" and r.random() < 0.5:
                    sn = r.choice(pre) + r.choice(suf) + " " + sn
                if og == "nederlands-tussenvoegsel":
                    part = r.choice(N.PARTICLE_CHOICES)
                if og == "marokkaans" and r.random() < 0.3:
                    sn = "El " + sn
            parts = {x for x in (fn + " " + sn).split()}
            if parts & self.used_parts and not sur:
                continue
            if sur is None and sn.lower() in N.KNOWN_WORDS:
                continue
            self.used_parts |= parts
            self.origins.add(og)
            p = Person(self, fn, sn, part, g, og)
            self.people.append(p)
            return p
        raise RuntimeError("no person")

    def relative(self, p, gender=None):
        g = gender or self.r.choice("mf")
        males, females = N.ORIGINS[p.origin][:2]
        for _ in range(30):
            fn = self.r.choice(males if g == "m" else females)
            if fn not in self.used_parts:
                break
        self.used_parts.add(fn)
        q = Person(self, fn, p.sur, p.particle, g, p.origin)
        self.people.append(q)
        return q

    # --- data
    def street(self):
        for _ in range(30):
            st = self.r.choice(N.STREET_PRE) + self.r.choice(N.STREET_SUF)
            if st not in self.streets:
                self.streets.add(st)
                return st
        return st

    def address(self, st=None):
        r = self.r
        st = st or self.street()
        n = str(r.randint(1, 240))
        suf = r.choice(["", "", "", "A", "B", "-1", "-2", " bis", "-III", " hs", "c"])
        form = r.random()
        if form < 0.12 and st.endswith("straat"):
            s = f"{st[:-6]}str. {n}{suf}"
        elif form < 0.18:
            s = f"{st.upper()} {n}{suf}"
        else:
            s = f"{st} {n}{suf}"
        return self.p(s, "ADDRESS")

    def postcode(self):
        r = self.r
        letters = "ABCEGHJKLMNPRTVWXZ"
        pc = f"{r.randint(1000, 9999)}{r.choice(' ' * 4 + '')}{r.choice(letters)}{r.choice(letters)}"
        pc = r.choice([pc[:4] + " " + pc[-2:], pc[:4] + pc[-2:], pc[:4] + " " + pc[-2:]])
        return self.p(pc, "POSTCODE")

    def phone(self):
        r = self.r
        dd = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
        m = dd(8)
        form = r.randint(0, 8)
        s = [
            f"06-{m}",
            f"06 {m[:4]} {m[4:]}",
            f"+31 6 {m[:4]} {m[4:]}",
            f"0031 6 {m}",
            f"06{m}",
            f"+31 (0)6 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
            f"0{r.choice(['10', '20', '30', '70', '40', '50', '38'])}-{dd(7)}",
            f"(0{r.choice(['546', '598', '255', '492', '418', '515'])}) {dd(3)} {dd(3)}",
            f"06 - {m[:2]} {m[2:5]} {m[5:]}",
        ][form]
        return self.p(s, "PHONE")

    def plate(self):
        r = self.r
        L = "BDFGHJKLNPRSTVXZ"
        l = lambda n: "".join(r.choice(L) for _ in range(n))  # noqa: E731
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
        nl = [
            f"{l(2)}-{d(2)}-{d(2)}",
            f"{d(2)}-{d(2)}-{l(2)}",
            f"{d(2)}-{l(2)}-{d(2)}",
            f"{l(2)}-{d(2)}-{l(2)}",
            f"{l(2)}-{l(2)}-{d(2)}",
            f"{d(2)}-{l(2)}-{l(2)}",
            f"{d(2)}-{l(3)}-{d(1)}",
            f"{d(1)}-{l(3)}-{d(2)}",
            f"{l(2)}-{d(3)}-{l(1)}",
            f"{l(1)}-{d(3)}-{l(2)}",
            f"{l(3)}-{d(2)}-{l(1)}",
            f"{l(1)}-{d(2)}-{l(3)}",
            f"{d(1)}-{l(2)}-{d(3)}",
            f"{d(3)}-{l(2)}-{d(1)}",
        ]
        p = r.choice(nl)
        form = r.random()
        if form < 0.12:
            p = p.replace("-", "")
        elif form < 0.2:
            p = p.lower()
        elif form < 0.26:
            p = p.replace("-", " ")
        elif form < 0.34:
            p = r.choice([f"{l(1)}-{l(2)} {d(4)}", f"{d(1)}-{l(3)}-{d(3)}", f"{l(2)} {d(5)}", f"{l(2)}-{d(3)}-{l(2)}"])
        return self.p(p, "LICENSE_PLATE")

    def case(self, kind=None):
        r = self.r
        y = r.choice(["2024", "2025", "2026"])
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
        fm = kind if kind is not None else r.randint(0, 13)
        s = [
            f"HH/{y}/{d(5)}",
            f"BOA-{y[2:]}-{d(4)}",
            f"Z-{y}-{d(6)}",
            f"MLD.{y}.{d(5)}",
            f"OVL-{y}/{d(4)}",
            f"DWS {y}-{d(3)}",
            f"BB/{y[2:]}/{d(4)}",
            f"{y}.HAN.{d(4)}",
            f"BVH {y}{d(6)}",
            f"SIG-{y}-{d(5)}",
            f"WSL-{y[2:]}-{d(4)}",
            f"NH{y[2:]}{d(7)}",
            f"BBM/{y}/{d(3)}",
            f"APV-{d(4)}-{y[2:]}",
        ][fm]
        return self.p(s, "CASE_NUMBER")

    def dob(self):
        r = self.r
        y, m, dd = r.randint(1941, 2007), r.randint(1, 12), r.randint(1, 28)
        form = r.randint(0, 7)
        s = [
            f"{dd:02d}-{m:02d}-{y}",
            f"{dd} {MONTHS[m - 1]} {y}",
            f"{dd}-{m}-{y}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{dd:02d}.{m:02d}.{y}",
            f"{dd} {MON3[m - 1]} {y}",
            f"{dd:02d}/{m:02d}/{y}",
            f"{dd}-{MON3[m - 1][:3]}-{y}",
        ][form]
        return self.p(s, "DATE_OF_BIRTH")

    def date(self):
        r = self.r
        m, dd = r.randint(1, 12), r.randint(1, 28)
        y = r.choice([2025, 2026])
        form = r.randint(0, 3)
        if form == 0:
            self.k(MONTHS[m - 1])
            return f"{dd} {MONTHS[m - 1]} {y}"
        if form == 1:
            return f"{dd:02d}-{m:02d}-{y}"
        if form == 2:
            return f"{dd}-{m}-{y % 100:02d}"
        return f"{dd:02d}{m:02d}{y % 100:02d}"

    def time(self):
        return f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}"

    def amount(self):
        a = self.r.choice(
            [
                "95,00",
                "140,00",
                "250,00",
                "500,00",
                "750,00",
                "1.500,00",
                "2.500,00",
                "110,00",
                "67,00",
                "380,00",
                "5.000,00",
                "10.000,00",
            ]
        )
        self.k(a)
        return f"€ {a}"

    def gem_phone(self):
        n = f"14 0{self.r.randint(100, 999)}"
        self.k(n)
        return n

    def gem_mail(self, box="info"):
        t = N.ascii_fold(self.town).lower().replace(" ", "")
        m = f"{box}@{t}.nl"
        self.k(m)
        return m


# ---------------------------------------------------------------- sentence/line shapes
def official(d):
    r = d.r
    p = d.person()
    func, team = r.choice(
        [
            ("handhaver", "Team Handhaving"),
            ("BOA", "Handhaving Openbare Ruimte"),
            ("toezichthouder", "Toezicht en Handhaving"),
            ("wijkregisseur", "Veiligheid"),
            ("jurist", "Juridische Zaken"),
            ("teamleider", "Openbare Orde en Veiligheid"),
            ("medewerker", "Vergunningen, Toezicht en Handhaving"),
            ("coördinator", "Parkeerbeheer"),
        ]
    )
    d.k(*[w.strip(",") for w in team.split() if w[0].isupper() and len(w) > 3 and w not in ("Team",)])
    return p, func, team


def witness_line(d, p):
    r = d.r
    d.s("getuige_" + str(r.randint(0, 5)))
    sh = d.shapes[-1]
    t = d.time()
    if sh == "getuige_0":
        d.k("Getuige")
        return f"Getuige: {p.inv()}, geb. {d.dob()}, wonende {d.address()} te {d.town}."
    if sh == "getuige_1":
        d.k("verklaarde")
        return f"{p.title().capitalize()} {p.surname()} ({d.address()}) verklaarde dat {p.pron()} om {t} uur een harde knal hoorde."
    if sh == "getuige_2":
        d.k("Verklaring")
        return f'Verklaring van {p.ini()}, tel. {p.phone()}: "Ik zag twee jongens wegrennen richting de speeltuin."'
    if sh == "getuige_3":
        d.k("buurman", "bevestigt")
        return f"De buurman, {p.full()}, bevestigt dit; {p.pron()} heeft er foto's van gemaakt."
    if sh == "getuige_4":
        d.k("getuige", "telefonisch")
        return f"Als getuige is telefonisch gehoord: {p.upper()} ({d.dob()})."
    d.k("Melder", "anoniem")
    return f"Melder wil niet anoniem blijven: {p.full()}, {d.postcode()} {d.town}, {p.email()}."


def suspect_line(d, p):
    r = d.r
    d.s("verdachte_" + str(r.randint(0, 5)))
    sh = d.shapes[-1]
    if sh == "verdachte_0":
        d.k("Betrokkene", "aangesproken")
        return f"Betrokkene {p.inv()}, geboren {d.dob()}, is aangesproken op zijn gedrag."
    if sh == "verdachte_1":
        d.k("Personalia", "Legitimatie")
        return f"Personalia: {p.inv_ini()} | geb.datum {d.dob()} | BSN {d.p(N.bsn(r), 'BSN')} | Legitimatie: rijbewijs."
    if sh == "verdachte_2":
        d.k("identificeerde")
        return f"Betrokkene identificeerde zich als {p.full()} (°{d.dob()})."
    if sh == "verdachte_3":
        d.k("Overtreder", "wonende")
        return f"Overtreder: {p.title()} {p.ini()}, wonende {d.address()}, {d.postcode()} {d.town}."
    if sh == "verdachte_4":
        d.k("Verdachte", "ingesloten")
        return f"Verdachte {p.upper()}, {d.dob()}, is ingesloten op het bureau."
    d.k("bijnaam")
    return f"De jongen die bekend staat onder de bijnaam 'Kleine' heet volgens de wijkagent {p.full()}; {p.poss()} scooter stond er ook."


def vehicle_line(d, owner=None):
    r = d.r
    d.s("voertuig_" + str(r.randint(0, 6)))
    sh = d.shapes[-1]
    merk = r.choice(
        [
            "Volkswagen Polo",
            "Opel Corsa",
            "Peugeot 208",
            "Toyota Yaris",
            "Renault Kangoo",
            "Mercedes Sprinter",
            "Ford Transit",
            "Kia Picanto",
            "BMW 3-serie",
            "Fiat Ducato",
            "Piaggio Zip",
            "Vespa",
            "Citroën Berlingo",
        ]
    )
    kl = r.choice(["grijze", "zwarte", "witte", "blauwe", "rode", "groene"])
    pl = d.plate()
    if sh == "voertuig_0":
        d.k("Voertuig", "kenteken")
        return f"Voertuig: {merk}, kleur {kl[:-1]}, kenteken {pl}."
    if sh == "voertuig_1":
        d.k("RDW", "tenaamgesteld")
        o = owner or d.person()
        return f"Volgens RDW is de {merk} ({pl}) tenaamgesteld op {o.inv()}."
    if sh == "voertuig_2":
        d.k("geparkeerd", "invalidenparkeerplaats")
        return f"Een {kl} {merk} met kenteken {pl} stond geparkeerd op een invalidenparkeerplaats zonder kaart."
    if sh == "voertuig_3":
        d.k("Kenteken", "Merk")
        return f"Kenteken: {pl} / Merk: {merk} / Plaats: {d.address()}"
    if sh == "voertuig_4":
        d.k("bestuurder", "weggereden")
        return f"De bestuurder van de {pl} is na aanspreken weggereden richting {d.town}."
    if sh == "voertuig_5":
        d.k("aanhangwagen", "APK")
        return f"Er staat al weken een aanhangwagen met kenteken {pl} zonder geldige APK."
    d.k("scooter")
    d.pii.remove({"text": pl, "label": "LICENSE_PLATE"})
    low = d.p(pl.lower(), "LICENSE_PLATE")
    return f"melder zag scooter {low} ({merk}) over de stoep rijden"


def numbered(lines):
    return "\n".join(f"{i}. {l}" for i, l in enumerate(lines, 1))


# ---------------------------------------------------------------- document kinds
def k_boa_rapport(d):
    r = d.r
    d.s("kind_boa_rapport")
    boa, func, team = official(d)
    bet = d.person()
    cn = d.case(0)
    t = d.time()
    dt = d.date()
    d.k("RAPPORT", "BEVINDINGEN", "verbalisant", "Handhaving", "aangesproken")
    lines = [
        f"Op {dt} omstreeks {t} uur bevond ik, verbalisant, mij in uniform op de {d.street()} te {d.town}.",
        f"Aldaar zag ik dat {bet.title()} {bet.surname()} huisvuil naast de ondergrondse container plaatste.",
    ]
    d.s("boa_par_uniform")
    lines.append(suspect_line(d, bet))
    if r.random() < 0.6:
        lines.append(vehicle_line(d, bet))
    if r.random() < 0.5:
        lines.append(witness_line(d, d.person()))
    d.s("boa_slot_ambtseed")
    lines.append(
        f"Waarvan door mij, {boa.ini()}, {func} bij {team}, is opgemaakt dit rapport, gesloten en getekend op ambtseed."
    )
    d.k("ambtseed")
    return f"RAPPORT VAN BEVINDINGEN — {cn}\n" + numbered(lines)


def k_mutatie(d):
    r = d.r
    d.s("kind_politie_mutatie")
    cn = d.case(8)
    p1, p2 = d.person(), d.person()
    d.k("Mutatie", "Politie", "Wijkteam", "Burenruzie", "gedeeld")
    head = f"Mutatie {cn} | Politie Wijkteam {d.town}-Noord | Burenruzie | {d.date()} {d.time()}"
    body = [
        f"Melder {p1.inv()} ({d.dob()}) belde 112 i.v.m. geschreeuw bij de buren op {d.address()}.",
        f"Ter plaatse gesproken met bewoner {p2.inv_ini()}, tel. {p2.phone()}. Geen letsel.",
    ]
    d.s("mut_112")
    if r.random() < 0.5:
        q = d.relative(p2)
        d.s("mut_familie")
        body.append(f"Ook aanwezig: {q.firstn()} {q.sur.upper()} (partner), geb. {d.dob()}.")
        d.p(f"{q.firstn()} {q.sur.upper()}", "PERSON")
    body.append(f"Info gedeeld met gemeente t.b.v. casusoverleg; contact via {d.gem_mail('veiligheid')}.")
    d.s("mut_deel")
    d.k("casusoverleg")
    return head + "\n" + "\n".join(body)


def k_meldingenlog(d):
    r = d.r
    d.s("kind_meldingenlog")
    d.k("Meldingenoverzicht", "geluidsoverlast", "Tijdstip", "Omschrijving")
    st = d.street()
    adr = d.address(st)
    mel = d.person()
    lines = [
        f"Meldingenoverzicht {adr} — periode {r.choice(MONTHS)} t/m {r.choice(MONTHS)}",
        "Tijdstip | Melder | Omschrijving",
    ]
    d.k(lines[0].split()[-3])
    d.k(lines[0].split()[-1])
    forms = [mel.full, mel.ini, mel.surname, mel.inv]
    for _ in range(r.randint(3, 5)):
        d.s("log_regel_" + str(r.randint(0, 3)))
        sh = d.shapes[-1]
        f = r.choice(forms)()
        what = r.choice(
            [
                "harde bas tot 03:00",
                "blaffende hond, 40 min",
                "scooter door portiek",
                "wietlucht in trappenhuis",
                "vuilniszakken op stoep",
                "geschreeuw op balkon",
            ]
        )
        if sh == "log_regel_0":
            lines.append(f"{d.date()} {d.time()} | {f} | {what}")
        elif sh == "log_regel_1":
            lines.append(f"{r.choice(DAYCAP)} {d.time()} | {f} (tel. {mel.phone()}) | {what}")
        elif sh == "log_regel_2":
            lines.append(f"{d.date()} | anoniem | {what} bij {st}")
            d.p(st, "ADDRESS")
        else:
            lines.append(f"{d.time()} u. | {f} | idem, melder zeer boos")
    d.s("log_voetnoot")
    lines.append(f"Totaal: {len(lines) - 2} meldingen. Doorgezet naar de wijkboa {d.person().ini()}.")
    d.k("Totaal", "meldingen")
    return "\n".join(lines)


def k_camera(d):
    r = d.r
    d.s("kind_camerarapport")
    d.k("Cameratoezicht", "Uitkijkpost", "beelden", "camera", "persoon", "fiets", "staande")
    cam = r.randint(3, 48)
    p = d.person()
    t1, t2 = d.time(), d.time()
    lines = [f"Cameratoezicht — Uitkijkpost, {d.date()}, camera {cam} ({d.street()}/{d.street()})."]
    d.s("cam_kop")
    lines.append(f"Om {t1} uur zag ik op de beelden een persoon een fiets uit het rek trekken.")
    d.s("cam_zag_ik")
    if r.random() < 0.5:
        lines.append(
            f"Om {t2} uur kwam een {r.choice(['zwarte', 'witte'])} auto, kenteken {d.plate()}, met hoge snelheid aanrijden."
        )
        d.s("cam_auto")
    lines.append(
        f"De persoon werd door de surveillance staande gehouden en bleek {p.full()} te zijn, wonende {d.address()}."
    )
    d.s("cam_staande")
    d.k("surveillance")
    if r.random() < 0.5:
        fn = f"cam{cam}-{p.low()}-{d.r.randint(100, 999)}.mp4"
        lines.append(f"Beelden veiliggesteld als {fn}.")
        d.s("cam_bestand")
    return "\n".join(lines)


def k_patrouille(d):
    r = d.r
    d.s("kind_surveillanceverslag")
    d.k("Surveillanceverslag", "Dienst", "Bijzonderheden", "Hangplek")
    b1, f1, t1 = official(d)
    b2, f2, t2 = official(d)
    lines = [f"Surveillanceverslag avonddienst {d.date()}", f"Dienst: {b1.ini()} en {b2.inv_ini()} ({t1})"]
    d.s("pat_kop")
    for _ in range(r.randint(2, 4)):
        d.s("pat_tijd_" + str(r.randint(0, 4)))
        sh = d.shapes[-1]
        t = d.time()
        if sh == "pat_tijd_0":
            p = d.person()
            lines.append(
                f"{t} — Hangplek bij de {d.street()}: vijf jongeren, o.a. {p.full()} ({d.dob()}). Weggestuurd."
            )
        elif sh == "pat_tijd_1":
            lines.append(f"{t} — {vehicle_line(d)}")
        elif sh == "pat_tijd_2":
            p = d.person()
            lines.append(f"{t} — Hond los in het park; eigenaar {p.title()} {p.surname()} gewaarschuwd (aanlijngebod).")
            d.k("aanlijngebod")
        elif sh == "pat_tijd_3":
            lines.append(f"{t} — Bij {d.address()} gesproken met bewoner {d.person().inv()} over afval.")
        else:
            lines.append(f"{t} — Geen bijzonderheden, ronde via {d.town}-Centrum.")
    lines.append("Bijzonderheden: geen.")
    return "\n".join(lines)


def k_naheffing(d):
    r = d.r
    d.s("kind_naheffing")
    d.k("NAHEFFINGSAANSLAG", "PARKEERBELASTING", "Belastingjaar", "Kosten")
    cn = d.case(11)
    p = d.person()
    lines = [
        "NAHEFFINGSAANSLAG PARKEERBELASTING",
        f"Aanslagnummer: {cn}",
        f"Belastingjaar: {d.date()[-4:] if r.random() < 0.5 else '2025'}",
        f"Kenteken: {d.plate()}",
        f"Tijdstip constatering: {d.date()} {d.time()}",
        f"Locatie: {d.street()} (zone B)",
        f"Kosten: {d.amount()}",
    ]
    d.s("nh_velden")
    d.p(lines[5].split(": ")[1].split(" (")[0], "ADDRESS")
    if r.random() < 0.6:
        d.s("nh_aan")
        lines.insert(0, f"Aan: {p.title()} {p.ini()}\n{d.address()}\n{d.postcode()}  {d.town.upper()}")
        d.k(d.town.upper())
    lines.append(f"Betalen op rekening {d.p(N.iban(r), 'IBAN')} o.v.v. het aanslagnummer. Bezwaar binnen zes weken.")
    d.k("Bezwaar")
    return "\n".join(lines)


def k_wegsleep(d):
    r = d.r
    d.s("kind_wegsleep")
    d.k(
        "Wegsleepregistratie",
        "Autobewaarplaats",
        "Reden",
        "Ophalen",
        "afgesleept",
        "Voertuig",
        "brandweer",
        "markterrein",
    )
    cn = d.case(10)
    p = d.person()
    pl = d.plate()
    lines = [
        f"Wegsleepregistratie {cn}",
        f"Reden: {r.choice(['blokkeert uitrit brandweer', 'staat op markterrein', 'verkeersgevaarlijk geparkeerd'])}",
        f"Voertuig {pl} om {d.time()} afgesleept naar Autobewaarplaats {d.town}.",
    ]
    d.s("ws_regels")
    d.s("ws_ophalen_" + str(r.randint(0, 2)))
    sh = d.shapes[-1]
    if sh == "ws_ophalen_0":
        lines.append(f"Ophalen: op {d.date()} door {p.inv()}, rijbewijs gezien, betaald {d.amount()}.")
    elif sh == "ws_ophalen_1":
        q = d.relative(p)
        lines.append(f"Ophalen: eigenaar {p.full()} stuurde {q.firstn()} met machtiging; tel. {p.phone()}.")
    else:
        lines.append(
            f"Ophalen: nog niet; brief naar {p.title()} {p.surname()}, {d.address()}, {d.postcode()} {d.town}."
        )
    return "\n".join(lines)


def k_waarschuwing(d):
    r = d.r
    d.s("kind_waarschuwingsbrief")
    d.k("Onderwerp", "waarschuwing", "Geachte", "Algemene", "Plaatselijke", "Verordening")
    p = d.person()
    cn = d.case(r.choice([1, 4, 7]))
    b, f, t = official(d)
    lines = [
        f"{p.title().capitalize()} {p.ini()}",
        d.address(),
        f"{d.postcode()} {d.town}",
        "",
        f"Ons kenmerk: {cn}",
        "Onderwerp: schriftelijke waarschuwing",
        "",
        f"Geachte {p.title()} {p.surname()},",
        "",
    ]
    d.s("brief_adresblok")
    reason = r.choice(
        [
            "uw hond zonder lijn liep in het losloopverbod",
            "u afval naast de container plaatste",
            "u uw bestelbus langer dan drie dagen op de openbare weg liet staan",
            "er vanuit uw woning herhaaldelijk geluidsoverlast is",
        ]
    )
    lines.append(
        f"Op {d.date()} heeft onze {f} vastgesteld dat {reason}. Dit is in strijd met de Algemene Plaatselijke Verordening."
    )
    d.s("brief_vastgesteld")
    lines.append(f"Bij een volgende overtreding volgt een bestuurlijke strafbeschikking van {d.amount()}.")
    d.s("brief_volgende")
    lines.append(f"Met vriendelijke groet,\n{b.full()}\n{f}, {t}\nTelefoon {d.gem_phone()}")
    d.s("brief_ondertekening")
    d.k("Telefoon")
    return "\n".join(lines)


def k_laatste_kans(d):
    r = d.r
    d.s("kind_laatste_kans")
    d.k("LAATSTE", "KANS", "voornemen", "zienswijze", "Burgemeester")
    p = d.person()
    q = d.relative(p)
    cn = d.case(r.choice([2, 13]))
    lines = [
        f"LAATSTE KANS — {cn}",
        f"Aan de bewoners van {d.address()}, {p.title()} {p.full()} en {q.title()} {q.full()}",
    ]
    d.s("lk_kop")
    lines.append(
        f"Ondanks eerdere gesprekken blijven er meldingen binnenkomen over overlast vanuit uw woning ({r.randint(5, 19)} sinds {r.choice(MONTHS)})."
    )
    d.s("lk_ondanks")
    lines.append(
        "De Burgemeester heeft het voornemen om u een gedragsaanwijzing op te leggen. U kunt binnen twee weken een zienswijze geven."
    )
    d.s("lk_voornemen")
    if r.random() < 0.5:
        lines.append(f"{q.firstn()} en {p.firstn()} kunnen ook bellen met de wijkregisseur via {d.gem_phone()}.")
        d.s("lk_voornamen")
    return "\n".join(lines)


def k_dwangsom(d):
    r = d.r
    d.s("kind_last_onder_dwangsom")
    d.k("BESLUIT", "Last", "dwangsom", "begunstigingstermijn", "Awb", "Wet")
    p = d.person()
    cn = d.case(5)
    b, f, t = official(d)
    lines = [
        f"BESLUIT last onder dwangsom — zaaknummer {cn}",
        f"Geadresseerde: {p.inv()}, geboren {d.dob()}, {d.address()}, {d.postcode()} {d.town}",
        "Overwegingen",
        f"1. Bij controle op {d.date()} is gebleken dat op het perceel {r.choice(['autowrakken', 'bouwmaterialen', 'een zeecontainer', 'grofvuil'])} zijn opgeslagen.",
        f"2. {p.title().capitalize()} {p.surname()} is op {d.date()} gewaarschuwd maar heeft niets gedaan.",
        "3. Op grond van artikel 5:32 Awb en artikel 125 Gemeentewet leggen wij een last onder dwangsom op.",
        f"Dwangsom: {d.amount()} per week, met een maximum van {d.amount()}. De begunstigingstermijn is vier weken.",
        f"Behandeld door: {b.ini()} ({t})",
    ]
    d.k("Overwegingen", "Gemeentewet", "Dwangsom")
    d.s("dws_geadresseerde")
    d.s("dws_overwegingen")
    d.s("dws_bedrag")
    return "\n".join(lines)


def k_boete(d):
    r = d.r
    d.s("kind_bestuurlijke_boete")
    d.k("Bestuurlijke", "boete", "Afvalstoffenverordening", "bankrekening", "Vervaldatum")
    p = d.person()
    cn = d.case(6)
    lines = [
        f"Bestuurlijke boete {cn}",
        f"Overtreder: {p.title()} {p.full()} (BSN {d.p(N.bsn(r), 'BSN')})",
        f"Feit: bijplaatsen huisvuil in strijd met de Afvalstoffenverordening, geconstateerd {d.date()} bij {d.address()}.",
        f"Hoogte: {d.amount()}. Vervaldatum: {d.date()}.",
    ]
    d.s("bb_regels")
    d.s("bb_bewijs_" + str(r.randint(0, 1)))
    if d.shapes[-1] == "bb_bewijs_0":
        lines.append(f"Bewijs: in de zak zat een envelop geadresseerd aan {p.upper()}, {d.address()}.")
    else:
        lines.append(f"Bewijs: pakbon met naam '{p.ini()}' en telefoonnummer {p.phone()}.")
    d.k("Bewijs")
    lines.append(f"Terugbetaling bij gegrond bezwaar op bankrekening {d.p(N.iban(r), 'IBAN')}.")
    return "\n".join(lines)


def k_bemiddeling(d):
    r = d.r
    d.s("kind_buurtbemiddeling")
    d.k("Verwijzing", "Buurtbemiddeling", "Aanmelder", "Wederpartij", "Toelichting", "vrijwilligers")
    a, w = d.person(), d.person()
    med = d.person()
    cn = d.case(12)
    lines = [
        f"Verwijzing Buurtbemiddeling {d.town} — dossier {cn}",
        f"Aanmelder: {a.full()}, {d.address()}, tel. {a.phone()}, e-mail {a.email()}",
        f"Wederpartij: {w.title()} {w.ini()}, {d.address()}",
        f"Toelichting: geschil over {r.choice(['de schutting', 'de heg', 'muziek in de tuin', 'de gedeelde galerij', 'parkeren voor de deur'])} sinds {r.choice(MONTHS)}.",
    ]
    d.s("bbm_velden")
    d.s("bbm_med_" + str(r.randint(0, 1)))
    if d.shapes[-1] == "bbm_med_0":
        lines.append(
            f"Coördinator {med.full()} koppelt twee vrijwilligers; {med.firstn()} belt {a.firstn()} deze week."
        )
    else:
        lines.append(f"Contactpersoon bij Buurtbemiddeling: {med.ini()}, {med.email()}.")
    return "\n".join(lines)


def k_klacht(d):
    r = d.r
    d.s("kind_klacht_bewoner")
    d.k("Beste", "afgelopen", "nachten", "politie", "Groet")
    me = d.person()
    nb = d.person()
    lines = [
        f"Van: {me.email()}",
        "Aan: " + d.gem_mail("handhaving"),
        f"Onderwerp: overlast buren {d.address()}",
        "",
        "Beste handhaving,",
        "",
    ]
    d.k("Onderwerp", "handhaving", "overlast")
    d.s("mail_kop")
    d.s("klacht_zin_" + str(r.randint(0, 3)))
    sh = d.shapes[-1]
    if sh == "klacht_zin_0":
        lines.append(
            f"Al drie nachten achter elkaar staat de muziek bij {nb.title(False)} {nb.surname()} keihard aan, afgelopen nacht tot {d.time()}."
        )
    elif sh == "klacht_zin_1":
        lines.append(
            f"de hond van {nb.first.lower()} (bovenbuurman) blaft de afgelopen nachten uren achter elkaar, ik word er gek van"
        )
        d.k("bovenbuurman")
        d.p(nb.first.lower(), "PERSON")
    elif sh == "klacht_zin_2":
        lines.append(
            f"Mijn buurvrouw {nb.full()} zet elke week haar afval naast de container. Ik heb foto's (zie bijlage foto-{nb.low()}.jpg)."
        )
    else:
        lines.append(
            f"Sinds {nb.upper()} hier woont, komen er 's nachts steeds auto's langs ({d.plate()}, {d.plate()}). Ik denk aan drugs."
        )
    lines.append(f"De politie zegt dat ik bij de gemeente moet zijn. Bel mij gerust: {me.phone()}.")
    d.s("klacht_politie")
    lines.append(f"Groet,\n{me.firstn()} {r.choice(['', '(nr. ' + str(r.randint(2, 90)) + ')'])}".rstrip())
    return "\n".join(lines)


def k_reactie_buren(d):
    r = d.r
    d.s("kind_reactie_buren")
    d.k("Reactie", "klacht", "onzin", "kinderen", "verjaardag", "buiten", "bemiddeling", "spelen")
    me = d.person()
    ot = d.person()
    cn = d.case(r.choice([3, 9]))
    lines = [f"Reactie op klacht {cn}", ""]
    d.s("reac_kop")
    d.s("reac_zin_" + str(r.randint(0, 2)))
    sh = d.shapes[-1]
    if sh == "reac_zin_0":
        lines.append(
            f"Ik ben {me.full()} en woon op {d.address()}. Wat {ot.title(False)} {ot.surname()} zegt is onzin."
        )
    elif sh == "reac_zin_1":
        lines.append(f"Namens mijn man en mij ({me.inv_ini()}): wij hadden één keer een verjaardag, verder niets.")
    else:
        lines.append(
            f"hallo, ik ben {me.firstn()} van nummer {r.randint(2, 90)}. {ot.firstn()} klaagt over alles, ook over onze kinderen."
        )
    lines.append(
        f"Onze kinderen van {r.randint(3, 14)} en {r.randint(3, 14)} spelen gewoon buiten. Wij willen graag bemiddeling."
    )
    d.k("bemiddeling")
    d.s("reac_kinderen")
    if r.random() < 0.5:
        lines.append(f"Bereikbaar op {me.phone()} na {r.randint(16, 19)}:00 uur.")
        d.s("reac_bereikbaar")
    return "\n".join(lines)


def k_hond(d):
    r = d.r
    d.s("kind_hondenrapport")
    d.k("Hondenbeleid", "Chipnummer", "Ras", "muilkorfgebod")
    p = d.person()
    cn = d.case(r.choice([0, 9]))
    dog = r.choice(["Bobby", "Rocky", "Luna", "Max", "Sultan", "Bella", "Tyson"])
    d.k(dog)
    lines = [
        f"Melding bijtincident / Hondenbeleid ({cn})",
        f"Eigenaar: {p.inv()} — {d.address()} — {p.phone()}",
        f"Ras: {r.choice(['Amerikaanse Staffordshire', 'Mechelse herder', 'Rottweiler', 'Husky'])}, naam {dog}, Chipnummer 528{r.randint(100000000000, 999999999999)}",
        f"Slachtoffer: {d.person().full()}, {d.dob()} (beet in de kuit)",
    ]
    d.s("hond_velden")
    lines.append(f"Advies: muilkorfgebod opleggen; {p.surname()} is hiervan op de hoogte gesteld.")
    d.s("hond_advies")
    return "\n".join(lines)


def k_dumping(d):
    r = d.r
    d.s("kind_afvaldumping")
    d.k("Afvaldumping", "matras", "huisraad", "Containerplein", "Conclusie")
    p = d.person()
    lines = [
        f"Afvaldumping Containerplein {d.street()}, {d.date()}",
        "Aangetroffen: matras, huisraad en drie vuilniszakken.",
    ]
    d.s("dump_kop")
    d.s("dump_herleid_" + str(r.randint(0, 2)))
    sh = d.shapes[-1]
    if sh == "dump_herleid_0":
        lines.append(
            f"In een zak een brief van de zorgverzekeraar aan {p.ini()}, {d.address()}, {d.postcode()} {d.town}."
        )
    elif sh == "dump_herleid_1":
        lines.append(f"Op een doos stond met stift: '{p.upper()} — verhuizing'.")
    else:
        lines.append(f"Een pakketsticker vermeldde {p.full()}, {p.phone()}, {p.email()}.")
    lines.append(f"Conclusie: {p.title()} {p.surname()} ontvangt een boete van {d.amount()}.")
    d.s("dump_conclusie")
    return "\n".join(lines)


def k_drugs(d):
    r = d.r
    d.s("kind_drugsoverlast")
    d.k("Opiumwet", "hennepkwekerij", "sluiting", "Damocles", "Woonstichting")
    p = d.person()
    cn = d.case(2)
    lines = [
        f"Zaak {cn} — artikel 13b Opiumwet (Damocles)",
        f"Op {d.date()} is in de woning {d.address()} een hennepkwekerij aangetroffen.",
        f"Huurder: {p.inv()} (geb. {d.dob()}), BSN {d.p(N.bsn(r), 'BSN')}.",
    ]
    d.s("drugs_kop")
    d.s("drugs_huurder")
    if r.random() < 0.6:
        q = d.relative(p)
        lines.append(f"Medebewoner {q.full()} verklaarde niets van de kwekerij te weten.")
        d.s("drugs_medebewoner")
    lines.append("De Burgemeester overweegt sluiting van de woning voor drie maanden; Woonstichting is ingelicht.")
    d.k("Burgemeester")
    return "\n".join(lines)


def k_pv(d):
    r = d.r
    d.s("kind_proces_verbaal")
    d.k("PROCES-VERBAAL", "verbalisant", "overtreding", "feitcode", "Verkeersbord")
    a, f, t = official(d)
    p = d.person()
    lines = [
        f"PROCES-VERBAAL {d.case(r.choice([1, 7]))}",
        f"Ik, verbalisant {a.upper()}, {f} ({t}), verklaar het volgende.",
        f"Op {d.date()} te {d.time()} uur zag ik op de {d.street()} een {r.choice(['fietser', 'bestuurder', 'voetganger'])} die het Verkeersbord C2 negeerde.",
        f"Ik vorderde inzage in een identiteitsbewijs. Betrokkene gaf op te zijn: {p.inv()}, geboren {d.dob()} te {r.choice(['Casablanca', 'Paramaribo', 'Gdańsk', 'Ankara', 'Asmara', 'Willemstad', d.town])}.",
        f"Van de overtreding is een bekeuring opgemaakt, feitcode R{r.randint(300, 599)}.",
    ]
    d.k("Betrokkene", "bekeuring")
    d.s("pv_ik_verbalisant")
    d.s("pv_vorderde")
    return "\n".join(lines)


def k_overdracht(d):
    r = d.r
    d.s("kind_dienstoverdracht")
    d.k("Overdracht", "nachtdienst", "Openstaand", "Aandacht")
    a, f, t = official(d)
    lines = [f"Overdracht {r.choice(DAYCAP)}dienst → nachtdienst ({a.firstn()})", "Openstaand:"]
    d.k(lines[0].split()[1])
    d.s("ovd_kop")
    for _ in range(r.randint(2, 3)):
        d.s("ovd_punt_" + str(r.randint(0, 3)))
        sh = d.shapes[-1]
        if sh == "ovd_punt_0":
            p = d.person()
            lines.append(f"- {d.address()}: {p.surname()} belt steeds over de buren, even langsgaan.")
        elif sh == "ovd_punt_1":
            lines.append(f"- Fout geparkeerde {d.plate()} bij de school, morgen wegslepen als hij er nog staat.")
        elif sh == "ovd_punt_2":
            p = d.person()
            lines.append(f"- {p.firstn()} ({p.ini()}) heeft contactverbod met ex, wijkagent weet ervan.")
        else:
            lines.append(f"- Dossier {d.case()} ligt op het bureau van {d.person().ini()}.")
    lines.append("Aandacht: voetbalwedstrijd zondag, extra ronde rond het stadion.")
    d.k("voetbalwedstrijd")
    return "\n".join(lines)


def k_wrak(d):
    r = d.r
    d.s("kind_weesvoertuig")
    d.k("Autowrak", "Sticker", "verwijderd", "verzekering", "termijn", "houder")
    p = d.person()
    pl = d.plate()
    lines = [
        f"Autowrak / weesvoertuig — {d.date()}",
        f"Op de {d.street()} staat een {r.choice(['Volvo V70', 'Seat Ibiza', 'Nissan Micra'])} met kenteken {pl}, zonder verzekering.",
        "Sticker geplakt met termijn van zeven dagen; daarna wordt het voertuig verwijderd.",
    ]
    d.s("wrak_staat")
    d.s("wrak_eigenaar_" + str(r.randint(0, 1)))
    if d.shapes[-1] == "wrak_eigenaar_0":
        lines.append(f"Laatst bekende houder: {p.inv_ini()}, {d.address()}; brief gestuurd.")
    else:
        lines.append(
            f"Houder {p.full()} is in {r.choice(['Polen', 'Turkije', 'Marokko', 'Roemenië'])}; broer {d.relative(p, 'm').firstn()} zegt de auto op te halen."
        )
    return "\n".join(lines)


def k_geluid(d):
    r = d.r
    d.s("kind_geluidsmeting")
    d.k("Geluidsmeting", "Activiteitenbesluit", "Meetpunt", "dB(A)", "Resultaat")
    p = d.person()
    lines = [
        f"Geluidsmeting {d.case(4)} — horeca / bedrijf",
        f"Klager: {p.title()} {p.full()}, {d.address()}",
        f"Meetpunt: slaapkamer klager, {d.date()}, {d.time()}–{d.time()} uur.",
        f"Resultaat: {r.randint(46, 62)} dB(A), norm Activiteitenbesluit {r.choice([40, 45])} dB(A). Overschrijding.",
    ]
    d.s("geluid_velden")
    if r.random() < 0.5:
        o = d.person()
        lines.append(f"Exploitant {o.full()} (mobiel {o.phone()}) is gehoord en krijgt een vooraankondiging.")
        d.s("geluid_exploitant")
    return "\n".join(lines)


def k_buurtapp(d):
    r = d.r
    d.s("kind_buurtapp")
    d.k(
        "Buurtpreventie",
        "WhatsApp",
        "verdachte",
        "Signaleren",
        "Export",
        "doorgestuurd",
        "handhaving",
        "politie",
        "achterpaden",
    )
    a, b = d.person(), d.person()
    lines = [f"Export WhatsApp-groep Buurtpreventie {d.town}-West (doorgestuurd aan handhaving)"]
    d.s("app_kop")
    for _ in range(r.randint(3, 4)):
        d.s("app_regel_" + str(r.randint(0, 3)))
        sh = d.shapes[-1]
        t = d.time()
        if sh == "app_regel_0":
            lines.append(f"[{t}] {a.full()}: Er loopt een verdachte man met een zaklamp langs de achterpaden")
        elif sh == "app_regel_1":
            lines.append(f"[{t}] {b.phone()}: Signaleren, niet zelf aanspreken!!")
        elif sh == "app_regel_2":
            lines.append(
                f"[{t}] {b.firstn()}: net een {r.choice(['grijze', 'witte'])} auto gezien {d.plate()} rijdt stapvoets rond"
            )
        else:
            lines.append(f"[{t}] {a.firstn()}: @{b.firstn()} heb je de politie al gebeld?")
    return "\n".join(lines)


def k_zienswijze(d):
    r = d.r
    d.s("kind_zienswijze")
    d.k("Zienswijze", "voornemen", "handhavend", "optreden", "advocaat")
    p = d.person()
    adv = d.person()
    lines = [
        f"Zienswijze inzake uw voornemen tot handhavend optreden, kenmerk {d.case(r.choice([0, 5]))}",
        f"Namens cliënt {p.title()} {p.ini()} (geb. {d.dob()}) laat ik, mr. {adv.full()}, advocaat, het volgende weten.",
    ]
    d.s("zw_kop")
    lines.append(
        f"Cliënt woont sinds {r.randint(1995, 2020)} aan de {d.address()} en heeft nooit eerder een overtreding begaan."
    )
    d.s("zw_sinds")
    lines.append(f"De bestelbus met kenteken {d.plate()} is nodig voor zijn werk als stukadoor.")
    d.s("zw_bus")
    d.k("stukadoor")
    lines.append(f"Graag ontvang ik reactie per e-mail op {adv.email()}.")
    return "\n".join(lines)


def k_interne_mail(d):
    d.s("kind_interne_doorzetting")
    d.k("Collega's", "doorzetten", "Veiligheidshuis", "AVG")
    a, fa, ta = official(d)
    b, fb, tb = official(d)
    p = d.person()
    lines = [
        f"Van: {a.full()} ({ta})",
        f"Aan: {b.inv_ini()} ({tb})",
        f"Onderwerp: doorzetten melding {d.case(9)}",
        "",
        f"Collega's, graag doorzetten naar het Veiligheidshuis: {p.full()}, {d.address()}, geb. {d.dob()}.",
        f"Er zijn zorgen over verwaarlozing; {p.firstn()} reageert niet op brieven.",
        "Let op de AVG: niet verder delen dan nodig.",
    ]
    d.s("int_kop")
    d.s("int_zorgen")
    return "\n".join(lines)


def k_mantelzorg_parkeer(d):
    d.s("kind_parkeerontheffing_misbruik")
    d.k("Gehandicaptenparkeerkaart", "misbruik", "kaartnummer", "ingenomen")
    p = d.person()
    q = d.relative(p)
    lines = [
        f"Controle Gehandicaptenparkeerkaart — {d.date()} {d.time()}",
        f"Kaart op naam van {p.inv()} (geb. {d.dob()}) lag achter de voorruit van {d.plate()}.",
        f"Bestuurder bleek {q.full()}, {q.pron()} zei dat {p.firstn()} thuis op {d.address()} was.",
        "Kaart ingenomen wegens misbruik; kaartnummer doorgegeven aan de afdeling Parkeren.",
    ]
    d.k("Parkeren")
    d.s("gpk_regels")
    return "\n".join(lines)


def k_evenement(d):
    d.s("kind_evenementcontrole")
    d.k("Evenementenvergunning", "Koningsdag", "Controle", "Vergunninghouder", "afgekeurd")
    p = d.person()
    lines = [
        f"Controle Evenementenvergunning {d.case(13)} — Koningsdag",
        f"Vergunninghouder: {p.full()} ({p.email()}), straatfeest op de {d.street()}.",
        f"Om {d.time()} uur stond de muziek nog aan; vergunning tot 23:00 uur.",
        f"{p.surname()} is aangesproken; aggregaat afgekeurd.",
    ]
    d.s("evt_regels")
    return "\n".join(lines)


def k_bericht_ambtenaar_telefoon(d):
    r = d.r
    d.s("kind_telefoonnotitie")
    d.k("Telefoonnotitie", "Teruggebeld", "Afspraak", "Actie", "Beller", "Klaagt", "huisbezoek", "vuurwerk", "scooters")
    p = d.person()
    lines = [
        f"Telefoonnotitie {d.date()} {d.time()}",
        f"Beller: {p.title()} {p.surname()} (nr. {p.phone()}), woont {d.address()}",
        f"Klaagt over {r.choice(['een buurman die zijn auto op de stoep zet', 'drugsdealers bij het portiek', 'jongeren op scooters', 'vuurwerk'])}.",
        f"Actie: Teruggebeld door {official(d)[0].ini()}; Afspraak gemaakt voor huisbezoek.",
    ]
    d.s("tel_regels")
    if r.random() < 0.5:
        d.s("tel_geboorte")
        lines.append(f"Opm.: beller is {r.randint(70, 94)} jaar (geboortedatum {d.dob()}), slechthorend.")
        d.k("slechthorend")
    return "\n".join(lines)


KINDS = [
    k_boa_rapport,
    k_mutatie,
    k_meldingenlog,
    k_camera,
    k_patrouille,
    k_naheffing,
    k_wegsleep,
    k_waarschuwing,
    k_laatste_kans,
    k_dwangsom,
    k_boete,
    k_bemiddeling,
    k_klacht,
    k_reactie_buren,
    k_hond,
    k_dumping,
    k_drugs,
    k_pv,
    k_overdracht,
    k_wrak,
    k_geluid,
    k_buurtapp,
    k_zienswijze,
    k_interne_mail,
    k_mantelzorg_parkeer,
    k_evenement,
    k_bericht_ambtenaar_telefoon,
]

reg(
    *[
        "kind_" + n
        for n in (
            "boa_rapport politie_mutatie meldingenlog camerarapport surveillanceverslag naheffing wegsleep "
            "waarschuwingsbrief laatste_kans last_onder_dwangsom bestuurlijke_boete buurtbemiddeling klacht_bewoner "
            "reactie_buren hondenrapport afvaldumping drugsoverlast proces_verbaal dienstoverdracht weesvoertuig "
            "geluidsmeting buurtapp zienswijze interne_doorzetting parkeerontheffing_misbruik evenementcontrole "
            "telefoonnotitie"
        ).split()
    ]
)
reg(
    *[f"getuige_{i}" for i in range(6)],
    *[f"verdachte_{i}" for i in range(6)],
    *[f"voertuig_{i}" for i in range(7)],
    *[f"log_regel_{i}" for i in range(4)],
    *[f"pat_tijd_{i}" for i in range(5)],
    *[f"ws_ophalen_{i}" for i in range(3)],
    *[f"bb_bewijs_{i}" for i in range(2)],
    *[f"bbm_med_{i}" for i in range(2)],
    *[f"klacht_zin_{i}" for i in range(4)],
    *[f"reac_zin_{i}" for i in range(3)],
    *[f"dump_herleid_{i}" for i in range(3)],
    *[f"ovd_punt_{i}" for i in range(4)],
    *[f"wrak_eigenaar_{i}" for i in range(2)],
    *[f"app_regel_{i}" for i in range(4)],
    *[f"known_{i}" for i in range(4)],
    "boa_par_uniform",
    "boa_slot_ambtseed",
    "mut_112",
    "mut_familie",
    "mut_deel",
    "log_voetnoot",
    "cam_kop",
    "cam_zag_ik",
    "cam_auto",
    "cam_staande",
    "cam_bestand",
    "pat_kop",
    "nh_velden",
    "nh_aan",
    "ws_regels",
    "brief_adresblok",
    "brief_vastgesteld",
    "brief_volgende",
    "brief_ondertekening",
    "lk_kop",
    "lk_ondanks",
    "lk_voornemen",
    "lk_voornamen",
    "dws_geadresseerde",
    "dws_overwegingen",
    "dws_bedrag",
    "bb_regels",
    "bbm_velden",
    "mail_kop",
    "klacht_politie",
    "reac_kop",
    "reac_kinderen",
    "reac_bereikbaar",
    "hond_velden",
    "hond_advies",
    "dump_kop",
    "dump_conclusie",
    "drugs_kop",
    "drugs_huurder",
    "drugs_medebewoner",
    "pv_ik_verbalisant",
    "pv_vorderde",
    "ovd_kop",
    "wrak_staat",
    "geluid_velden",
    "geluid_exploitant",
    "app_kop",
    "zw_kop",
    "zw_sinds",
    "zw_bus",
    "int_kop",
    "int_zorgen",
    "gpk_regels",
    "evt_regels",
    "tel_regels",
    "tel_geboorte",
)


def known_block(d, p, word):
    """The known resident's paragraph: name forms plus the ordinary lower-case use of the name's word."""
    r = d.r
    d.s("known_" + str(r.randint(0, 3)))
    sh = d.shapes[-1]
    sentence = N.KNOWN_WORDS[word]
    d.k(word)
    if sh == "known_0":
        s = f"Aanvullend: bewoner {p.full()} ({d.address()}) meldt het volgende. {sentence}"
    elif sh == "known_1":
        s = f"Notitie bij melder {p.inv()}: {sentence[0].lower() + sentence[1:]} (gesproken met {p.full()})"
    elif sh == "known_2":
        s = f"{sentence} Dit werd bevestigd door {p.title()} {p.full()}, tel. {p.phone()}."
    else:
        s = f"Reactie van {p.full()} ({p.email()}): {sentence[0].lower() + sentence[1:]} {p.title().capitalize()} {p.surname()} wil een terugkoppeling."
        d.k("terugkoppeling")
    return s


def build(i: int, rng: random.Random) -> dict:
    d = Doc(rng, i)
    kind = KINDS[i % len(KINDS)] if rng.random() < 0.35 else rng.choice(KINDS)
    kp = None
    if i % 4 == 1:
        word = rng.choice(sorted(N.KNOWN_WORDS))
        part = ""
        if word in ("wit", "vos", "haan", "bos", "groen") and rng.random() < 0.6:
            part = rng.choice(["de", "van den", "van der"]) if word != "wit" else "de"
        kp = d.person(origin="nederlands", sur=word.capitalize(), particle=part)
        d.known_word = word
    text = kind(d)
    if kp is not None:
        blk = known_block(d, kp, d.known_word)
        text = text + "\n" + blk if rng.random() < 0.6 else blk + "\n" + text
        names = [" ".join(x for x in (kp.first, kp.particle, kp.sur) if x)]
        d.p(names[0], "PERSON")
        known = {"names": names}
        em = [e for q, e in d.emails if q is kp]
        ph = [e for q, e in d.phones if q is kp]
        if em:
            known["emails"] = em
        if ph:
            known["phones"] = ph
        d.known = known
    # only keep words that occur as whole words
    keep = [k for k in d.keep if re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text)]
    doc = {"id": f"fresh20b-{i:04d}", "text": text, "pii": list(d.pii), "keep": keep}
    if d.known:
        doc["known"] = d.known
    doc["_shapes"] = d.shapes
    doc["_origins"] = sorted(d.origins)
    return doc


def _words(s):
    return [w for w in re.split(r"[^\w']+", s.lower()) if w]


def gate(doc: dict) -> str | None:
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
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
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", doc["text"]):
            return f"keep not a whole word: {k}"
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= set(_words(n))
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            name_words |= {w for w in _words(it["text"]) if w not in score.PARTICLES and len(w) > 1}
    for k in doc["keep"]:
        for w in _words(k):
            if w in name_words and not (k == k.lower() and w in known_words):
                return f"keep {k!r} shares a name word"
    return None


def generate():
    docs, redraws = [], 0
    for i in range(COUNT):
        attempt = 0
        rng = random.Random(f"{SEED}-{i}")
        while True:
            doc = build(i, rng)
            reason = gate(doc)
            if reason is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise RuntimeError(f"{i}: {reason}")
            rng = random.Random(f"{SEED}-{i}-{attempt}")
        docs.append(doc)
    return docs, redraws


def dump(docs):
    out = []
    for d in docs:
        o = {k: v for k, v in d.items() if not k.startswith("_")}
        out.append(json.dumps(o, ensure_ascii=False) + "\n")
    return "".join(out)


def main(argv):
    docs, redraws = generate()
    text = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh20b_texts.jsonl is up to date" if same else "fresh20b_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        used = Counter(s for d in docs for s in d["_shapes"])
        origins = Counter(o for d in docs for o in d["_origins"])
        print(f"documents: {len(docs)}")
        for lb in LABELS:
            print(f"  {lb:14s} {labels[lb]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        print(f"shapes registered: {len(SHAPES)}, shapes used: {len(used)}")
        print(f"document kinds used: {sum(1 for s in used if s.startswith('kind_'))}")
        print(f"origin groups used: {len(origins)}")
        print(f"known-name documents: {sum(1 for d in docs if 'known' in d)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
