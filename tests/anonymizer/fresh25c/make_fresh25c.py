"""Generator of the blind anonymizer corpus fresh25c: files and messages around newcomers (status holders, housing
task, civic integration, language buddies, family reunification, Ukrainian reception, interpreters, residents'
reactions, buddy matching, school enrolment of newly arrived children).

Usage (from the worktree root, PYTHONPATH=.):
    python tests/anonymizer/fresh25c/make_fresh25c.py            write fresh25c_texts.jsonl
    python tests/anonymizer/fresh25c/make_fresh25c.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh25c/make_fresh25c.py --stats    counts per label, shapes, known names, redraws
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
import names25c as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("score25c", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 202619103
NDOCS = 300
OUT = HERE / "fresh25c_texts.jsonl"
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
PREFIXES = {"al", "el", "ben", "bou"}

KINDS: dict = {}
BODY: dict = {}


def kind(name, joiner=" ", need=None):
    def deco(fn):
        KINDS[name] = (fn, joiner, need)
        return fn

    return deco


def body(name, need=None):
    def deco(fn):
        BODY[name] = (fn, need)
        return fn

    return deco


TOWNS = [
    "Deventer",
    "Zutphen",
    "Apeldoorn",
    "Tiel",
    "Culemborg",
    "Harderwijk",
    "Meppel",
    "Kampen",
    "Oss",
    "Veenendaal",
    "Hoorn",
    "Weert",
    "Roosendaal",
    "Assen",
    "Emmen",
    "Gouda",
    "Doetinchem",
    "Heerenveen",
]
AZC = ["Ter Apel", "Budel", "Dronten", "Zweeloo", "Heerhugowaard", "Gilze", "Musselkanaal", "Wageningen"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
NEWCOMER = [k for k, g in N.GROUPS.items() if g["newcomer"]]
ALLG = list(N.GROUPS)
MOHAMMED = ["Mohammed", "Muhammad", "Mohamad", "Mohamed"]
KNOWN = [
    ("Visser", "visser", "In {place} was hij visser, vertelt hij; hier zoekt hij werk in de [haven]."),
    ("Bakker", "bakker", "Zijn [vader] was bakker in {place} en hij droomt van een eigen [zaak]."),
    ("Koning", "koning", "In de [KNM-les] ging het over de koning en de [grondwet]."),
    ("de Wit", "wit", "Het [aanvraagformulier] moet op wit papier worden ingeleverd."),
    ("Vos", "vos", "Elke nacht loopt er een vos over het [terrein] van de [opvang]."),
    ("Kok", "kok", "Zij was kok in een [hotel] en wil in de [horeca] werken."),
    ("Schipper", "schipper", "Haar broer was schipper op een [vrachtschip] en is nog in {place}."),
    ("Timmerman", "timmerman", "De [leerwerkplek] als timmerman begint in [maart]."),
    ("Brouwer", "brouwer", "Een [stage] bij een brouwer in de [binnenstad] is geregeld."),
    ("van den Berg", "berg", "De [familie] vluchtte te voet over de berg naar [Turkije]."),
    ("Winter", "winter", "Deze winter viel de [verwarming] in de [noodopvang] twee keer uit."),
    ("Storm", "storm", "Na de storm van [oktober] lekte het dak van de [paviljoens]."),
    ("Groen", "groen", "Het groen rond de [locatie] wordt onderhouden door de [bewoners]."),
    ("Bos", "bos", "De kinderen spelen na [schooltijd] in het bos achter de [sporthal]."),
    ("de Jong", "jong", "Het is een jong [gezin] met twee [peuters]."),
    ("Baas", "baas", "Zijn baas bij de [stage] is erg [tevreden]."),
    ("Klein", "klein", "Het [appartement] is klein voor vijf [personen]."),
    ("de Groot", "groot", "Het [gezin] is groot: zes [kinderen] en een [oma]."),
    ("Hoek", "hoek", "De [fietsenstalling] staat op de hoek bij de [hoofdingang]."),
    ("Post", "post", "De post van de [IND] gaat naar het [briefadres]."),
]
KNOWN_GIVEN = [
    "Harmen",
    "Gerda",
    "Wilma",
    "Teun",
    "Jolien",
    "Evert",
    "Riet",
    "Auke",
    "Dineke",
    "Kees",
    "Mieke",
    "Hennie",
    "Aaltje",
    "Bertus",
]


class Doc:
    def __init__(self, r: random.Random, i: int):
        self.r, self.i = r, i
        self.pii: list = []
        self.keep: list = []
        self.roles: dict = {}
        self.parts: set = set()
        self.shapes: list = []
        self.town = r.choice(TOWNS)
        self.known = None
        self.known_extra: dict = {}
        mg = r.choice(NEWCOMER)
        self.mgroup = mg

    # --- registration -----------------------------------------------------------------------------------------
    def add(self, text: str, label: str) -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, s: str) -> str:
        def rep(m):
            self.keep.append(m.group(1))
            return m.group(1)

        return re.sub(r"\[([^\[\]]+)\]", rep, s)

    # --- people -----------------------------------------------------------------------------------------------
    @staticmethod
    def pparts(p) -> set:
        s = f"{p['given']} {p['fam']} {p.get('patro', '')}"
        return {w.lower() for w in re.split(r"[\s\-]+", s) if w and w.lower() not in PARTICLES | PREFIXES}

    def person(self, role: str):
        if role in self.roles:
            return self.roles[role]
        r = self.r
        for _ in range(100):
            if role.startswith("kid"):
                p = N.child_of(r, self.person("main"))
                if {p["given"].lower()} & self.parts:
                    continue
                self.parts.add(p["given"].lower())
                break
            if role == "main":
                p = N.make_person(r, self.mgroup)
                if (
                    self.mgroup in ("syrisch", "iraaks", "soedanees", "jemenitisch")
                    and p["g"] == "m"
                    and r.random() < 0.5
                ):
                    p["given"] = r.choice(MOHAMMED)
            elif role == "partner":
                m = self.person("main")
                p = N.make_person(r, self.mgroup, "f" if m["g"] == "m" else "m")
                if N.GROUPS[self.mgroup]["style"] == "ukr":
                    p["fam"] = p["call"] = m["fam"]
                    if set(self.pparts(p)) - {m["fam"].lower()} & self.parts:
                        continue
                    self.parts |= self.pparts(p) - {m["fam"].lower()}
                    break
            elif role == "tolk":
                p = N.make_person(r, self.mgroup if r.random() < 0.6 else r.choice(ALLG))
            elif role in ("main2",):
                p = N.make_person(r, r.choice(NEWCOMER))
            else:
                p = N.make_person(r, r.choice(ALLG))
            if self.pparts(p) & self.parts:
                continue
            self.parts |= self.pparts(p)
            break
        else:
            raise RuntimeError(f"no distinct person {role} {self.mgroup} {p} {self.parts}")
        self.roles[role] = p
        return p

    # --- name forms (each registered as PERSON) -------------------------------------------------------------
    def F(self, p) -> str:
        s = f"{p['fam']} {p['given']}" if p.get("surname_first") else f"{p['given']} {p['fam']}"
        return self.add(s, "PERSON")

    def G(self, p) -> str:
        g = p["given"].split()[-1] if p["group"] == "vietnamees" else p["given"]
        return self.add(g, "PERSON")

    def S(self, p) -> str:
        c = p["call"]
        return self.add(c[0].upper() + c[1:], "PERSON")

    def T(self, p) -> str:
        """Title and bare family name: 'mevrouw Karadağ'."""
        t = {"m": ["de heer", "meneer", "dhr."], "f": ["mevrouw", "mevr.", "mw."]}[p["g"]]
        return f"{self.r.choice(t)} {self.S(p)}"

    def caps(self, p) -> str:
        if p.get("grand"):
            s = f"{p['grand'].upper()}, {p['given']} {p['father']}"
        elif p.get("patro"):
            s = f"{p['fam'].upper()} {p['given']} {p['patro']}"
        else:
            s = f"{p['fam'].upper()}, {p['given']}"
        return self.add(s, "PERSON")

    def ind(self, p) -> str:
        return self.add(f"{p['call'].upper()} {p['given']}", "PERSON")

    def low(self, p) -> str:
        return self.add(p["given"].split()[-1].lower(), "PERSON")

    def poss(self, p) -> str:
        g = p["given"].split()[-1]
        s = g + ("'" if g[-1] in "sxz" else "'s" if g[-1] in "aeiouy" else "s")
        return self.add(s, "PERSON")

    def init(self, p) -> str:
        c = p["call"]
        return self.add(f"{p['given'][0]}. {c[0].upper() + c[1:]}", "PERSON")

    def swapped(self, p) -> str:
        return self.add(f"{p['call']} {p['given']}", "PERSON")

    def mail(self, p, dom=None) -> str:
        r = self.r
        g = N.ascii(p["given"]).lower().replace(" ", "").replace("-", "")
        f = N.ascii(p["call"]).lower().replace(" ", "").replace("-", "").replace("'", "")
        dom = dom or r.choice(
            ["gmail.com", "outlook.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "proton.me", "ukr.net"]
        )
        local = r.choice([f"{g}.{f}", f"{g[0]}.{f}", f"{g}{f}{r.randint(1, 99)}", f"{f}.{g}", f"{g}_{f}"])
        return self.add(f"{local}@{dom}", "EMAIL")

    def work_mail(self, p) -> str:
        g = N.ascii(p["given"]).lower().replace(" ", "").replace("-", "")
        f = N.ascii(p["call"]).lower().replace(" ", "").replace("-", "")
        return self.add(f"{g[0]}.{f}@{self.town.lower()}.nl", "EMAIL")

    # --- other items ----------------------------------------------------------------------------------------
    def addr(self) -> str:
        return self.add(f"{N.street(self.r)} {N.housenr(self.r)}", "ADDRESS")

    def pc(self) -> str:
        return self.add(N.postcode(self.r, self.r.random() < 0.8), "POSTCODE")

    def phone(self) -> str:
        return self.add(N.phone(self.r), "PHONE")

    def bsn(self) -> str:
        b = N.bsn(self.r)
        if self.r.random() < 0.3:
            b = f"{b[:4]}.{b[4:6]}.{b[6:]}"
        return self.add(b, "BSN")

    def iban(self) -> str:
        return self.add(N.iban(self.r, self.r.random() < 0.7), "IBAN")

    def plate(self) -> str:
        return self.add(N.plate(self.r), "LICENSE_PLATE")

    def dob(self, child=False) -> str:
        return self.add(N.dob(self.r, child), "DATE_OF_BIRTH")

    def case(self, kind) -> str:
        return self.add(N.casenr(self.r, kind), "CASE_NUMBER")

    def vnum(self) -> str:
        return self.add(N.vnum(self.r), "CASE_NUMBER")

    # --- ordinary material (kept) ---------------------------------------------------------------------------
    def date(self) -> str:
        m = self.r.choice(N.MONTHS)
        self.keep.append(m)
        return f"{self.r.randint(1, 28)} {m} 2026"

    def place(self, p=None) -> str:
        w = self.r.choice(N.GROUPS[(p or self.person("main"))["group"]]["places"])
        self.keep.append(w)
        return w

    def lang(self, p=None) -> str:
        langs = N.GROUPS[(p or self.person("main"))["group"]]["langs"] or ["Nederlands"]
        w = self.r.choice(langs)
        self.keep.append(w)
        return w

    def wd(self) -> str:
        w = self.r.choice(WEEKDAYS)
        self.keep.append(w)
        return w

    def amount(self) -> str:
        a = f"€ {self.r.randint(2, 40) * 25},-"
        return a

    def off(self, role="off"):
        p = self.person(role)
        fn = self.r.choice(
            [
                ("[consulent]", "[Team] [Statushouders]"),
                ("[regisseur] [inburgering]", "[Werk] & [Inkomen]"),
                ("[klantmanager]", "[Sociaal] [Domein]"),
                ("[beleidsmedewerker]", "[Wonen]"),
                ("[contactpersoon]", "[Team] [Onderwijs]"),
                ("[coördinator]", "[Opvang] [Oekraïne]"),
            ]
        )
        return p, fn[0], fn[1]


MAINP = lambda d: d.person("main")
UKR = lambda d: d.mgroup == "oekraiens"
PATRO = lambda d: N.GROUPS[d.mgroup]["style"] == "patronym"
NOTUKR = lambda d: d.mgroup != "oekraiens"


# ================================================================ document kinds (headers)
@kind("ind_brief", "\n", NOTUKR)
def k_ind(d):
    m = MAINP(d)
    return d.k(
        f"[Onderwerp]: [Mededeling] [verblijfsvergunning] [asiel] [bepaalde] [tijd]\n[V-nummer]: {d.vnum()}\n"
        f"[Naam]: {d.caps(m)}\n[Geboortedatum]: {d.dob()}\n[Land] van [herkomst]: "
        f"[{N.GROUPS[m['group']]['places'][0]}]"
    )


@kind("taakstelling", "\n")
def k_taak(d):
    m = MAINP(d)
    return d.k(
        f"[Taakstelling] [tweede] [halfjaar] 2026 – [gemeente] {d.town}\n[Koppeling] {d.r.randint(3, 60)}: "
        f"{d.F(m)}, [gezinsgrootte] {d.r.randint(1, 6)}, [herkomst] {d.place(m)}"
    )


@kind("pip", "\n", NOTUKR)
def k_pip(d):
    m = MAINP(d)
    return d.k(
        f"[Persoonlijk] [Plan] [Inburgering] en [Participatie]\n[Klantnummer]: {d.case('pip')}\n"
        f"[Inburgeringsplichtige]: {d.F(m)} ({d.dob()})"
    )


@kind("maatjesverslag", "\n")
def k_maatje(d):
    v, m = d.person("vol"), MAINP(d)
    return d.k(f"[Verslag] [taalmaatje] – week {d.r.randint(2, 50)}\n[Vrijwilliger]: {d.F(v)}\n[Deelnemer]: {d.F(m)}")


@kind("gezinshereniging", " ", NOTUKR)
def k_gh(d):
    m = MAINP(d)
    return d.k(
        f"[Memo] [nareis]. [Referent] {d.F(m)} [vroeg] op {d.date()} [gezinshereniging] aan; [dossier] {d.case('gh')}."
    )


@kind("ua_bewonerslijst", "\n", UKR)
def k_ua(d):
    return d.k(
        f"[Opvanglocatie] De [Kastanjehof] – [bewonerslijst] [vleugel] {d.r.choice('ABC')}\n"
        f"[Stand] {d.date()}, [beheerder] [Opvang] [Oekraïne]"
    )


@kind("tolkgesprek", " ")
def k_tolk(d):
    m, t = MAINP(d), d.person("tolk")
    return d.k(f"[Gespreksverslag] {d.date()}. [Aanwezig]: {d.T(m)}, [tolk] {d.F(t)} ({d.lang(m)}) en de [consulent].")


@kind("bewonersavond", "\n")
def k_bew(d):
    return d.k(
        f"[Reacties] [bewonersavond] [nieuwe] [opvanglocatie] [Sporthal] De [Brink], {d.date()}\n"
        f"[Verslag]: [griffie] {d.town}"
    )


@kind("matchlijst", "\n")
def k_match(d):
    return d.k(
        f"[Matchlijst] [buddyprogramma] [Samen] [Thuis] – [ronde] {d.r.randint(2, 9)}\n"
        f"[Coördinator]: [Vluchtelingenwerk] {d.town}"
    )


@kind("schoolaanmelding", "\n")
def k_school(d):
    c = d.person("kid1")
    return d.k(
        f"[Aanmeldformulier] [nieuwkomersonderwijs]\n[Leerling]: {d.F(c)}\n[Geboortedatum]: "
        f"{d.dob(True)}\n[Kenmerk]: {d.case('onw')}"
    )


@kind("vwn_mail", " ")
def k_vwn(d):
    o = d.person("off2")
    return d.k(
        f"[Van]: {d.F(o)} <{d.mail(o, 'vluchtelingenwerk.nl')}>. [Aan]: [Team] [Statushouders]. "
        f"[Onderwerp]: [cliënt] {d.F(MAINP(d))}."
    )


@kind("appgroep", "\n")
def k_app(d):
    v = d.person("vol")
    return d.k(
        f"[Appgroep] [Taalcafé] [Bibliotheek] {d.town}\n{d.r.randint(7, 21):02d}:{d.r.randint(0, 59):02d} "
        f"– {d.G(v)}: [goedemorgen] [allemaal]!"
    )


@kind("klachtbrief", " ")
def k_klacht(d):
    n = d.person("nb")
    return d.k(
        f"[Geacht] [college], [mijn] [naam] is {d.F(n)} en ik woon op {d.addr()}, {d.pc()} {d.town}. "
        f"[Hierbij] [reageer] ik op de [komst] van de [opvanglocatie]."
    )


@kind("casusoverleg", "\n")
def k_casus(d):
    o, fn, dep = d.off()
    return d.k(
        f"[Casusoverleg] [statushouders] – {d.wd()} {d.date()}\n[Voorzitter]: {d.F(o)}, "
        f"{fn} {dep}\n[Zaak]: {d.case('zaak')}"
    )


@kind("coa_overdracht", "\n", NOTUKR)
def k_coa(d):
    m = MAINP(d)
    return d.k(
        f"[Overdrachtsformulier] [COA] → [gemeente]\n[COA-nummer]: {d.case('coa')}\n[Persoon]: "
        f"{d.ind(m)}\n[Locatie]: [AZC] {d.r.choice(AZC)}"
    )


# ================================================================ body shapes
@body("hs_wacht")
def b1(d):
    m = MAINP(d)
    return d.k(
        f"{d.F(m)} [uit] {d.place(m)} [verblijft] [sinds] {d.date()} op het [AZC] en [wacht] op een woning "
        f"binnen de [taakstelling]."
    )


@body("hs_koppeling", NOTUKR)
def b2(d):
    return d.k(
        f"[Het] [COA] [koppelde] {d.T(MAINP(d))} op {d.date()} aan {d.town}; [koppelingsnummer] {d.case('hvs')}."
    )


@body("hs_aanbod")
def b3(d):
    return d.k(f"[Woningcorporatie] [Thuisbaas] [biedt] een [eengezinswoning] aan op {d.addr()}, {d.pc()} {d.town}.")


@body("hs_bezichtiging")
def b4(d):
    o, fn, dep = d.off()
    return d.k(f"[Bezichtiging] op {d.wd()} om 10.00 uur met {fn} {d.F(o)} ({dep}).")


@body("hs_huurcontract")
def b5(d):
    return d.k(
        f"[Huurcontract] [getekend] door {d.caps(MAINP(d))}; [ingangsdatum] {d.date()}, [huur] "
        f"{d.amount()} per [maand]."
    )


@body("hs_gezin")
def b6(d):
    m, p, c1, c2 = MAINP(d), d.person("partner"), d.person("kid1"), d.person("kid2")
    return d.k(
        f"[Gezinssamenstelling]: {d.F(m)}, [partner] {d.F(p)} en de [kinderen] {d.G(c1)} ({d.dob(True)}) en {d.G(c2)}."
    )


@body("hs_weigering")
def b7(d):
    m = MAINP(d)
    st = d.add(N.street(d.r), "ADDRESS")
    return d.k(f"[Weigering] [woningaanbod]: {d.T(m)} [vindt] de {st} te ver van [familie] en [taalschool].")


@body("hs_flex")
def b8(d):
    m, m2 = MAINP(d), d.person("main2")
    return d.k(
        f"[Tijdelijk] in de [flexwoning] {d.addr()}, [samen] met {d.F(m2)} ({d.place(m2)}); "
        f"[woningdelers] [krijgen] elk een [kamer]. {d.G(m)} [tekende] [akkoord]."
    )


@body("hs_sleutel")
def b9(d):
    return d.k(f"[Sleuteloverdracht] {d.F(MAINP(d))}: {d.wd()} {d.date()} om 14.00 uur, {d.addr()}.")


@body("inb_route", NOTUKR)
def b10(d):
    return d.k(
        f"{d.T(MAINP(d))} [volgt] de [B1-route] bij [Taalschool] [Wereldwijs]; de "
        f"[leerbaarheidstoets] [gaf] {d.r.randint(40, 99)} [punten]."
    )


@body("inb_zroute", NOTUKR)
def b11(d):
    return d.k(
        f"[Voor] {d.G(MAINP(d))} is de [Z-route] [gekozen]: 800 uur [participatie] en [Nederlands] op [eigen] [niveau]."
    )


@body("inb_pvt", NOTUKR)
def b12(d):
    return d.k(
        f"[Participatieverklaringstraject] [afgerond] op {d.date()}; [certificaat] op [naam] van {d.init(MAINP(d))}."
    )


@body("inb_knm", NOTUKR)
def b13(d):
    return d.k(
        f"[KNM-module] [Werk] en [Inkomen]: {d.G(MAINP(d))} was er [drie] keer bij, [volgende] "
        f"[module] in {d.r.choice(N.MONTHS[:6])}."
    )


@body("inb_bsn")
def b14(d):
    return d.k(f"[BSN] {d.bsn()} – [inburgeringsplichtig] [sinds] {d.date()}.")


@body("inb_regie", NOTUKR)
def b15(d):
    o, fn, dep = d.off()
    return d.k(f"[Dossiernummer] [inburgering] {d.case('pip')}; {fn}: {d.F(o)}, [afdeling] {dep}.")


@body("inb_ontheffing", NOTUKR)
def b16(d):
    return d.k(
        f"[Ontheffing] [aangevraagd] voor {d.F(MAINP(d))} [vanwege] [medische] [redenen]; [zaak] {d.case('zaak')}."
    )


@body("inb_duo")
def b17(d):
    return d.k(
        f"Op {d.date()} [ontving] {d.init(MAINP(d))} de [brief] van [DUO] over de [lening] voor de [taalcursus]."
    )


@body("maatje_vandaag")
def b18(d):
    return d.k(f"[vandaag] met {d.low(MAINP(d))} [geoefend] met [boodschappen] doen, [ging] [goed]!")


@body("maatje_uitspraak")
def b19(d):
    return d.k(
        f"{d.poss(MAINP(d))} [uitspraak] van de g [blijft] [lastig]; [volgende] week [oefenen] we met [formulieren]."
    )


@body("maatje_contact")
def b20(d):
    v = d.person("vol")
    return d.k(f"[Bereikbaar] voor {d.G(MAINP(d))}: {d.G(v)}, {d.phone()} of {d.mail(v)}.")


@body("vol_declaratie")
def b21(d):
    v = d.person("vol")
    return d.k(f"[Graag] de [reiskosten] ({d.amount()}) [overmaken] naar {d.iban()} t.n.v. {d.init(v)}.")


@body("vol_km")
def b22(d):
    v = d.person("vol")
    return d.k(f"[Kilometervergoeding] voor {d.F(v)} ([auto] {d.plate()}): {d.r.randint(12, 180)} km à € 0,23.")


@body("vol_vog")
def b23(d):
    v = d.person("vol")
    return d.k(f"Voor {d.F(v)} is een [VOG] [aangevraagd] via de [regeling] [Gratis] [VOG]; [geboren] {d.dob()}.")


@body("gh_nareis", NOTUKR)
def b24(d):
    p, c = d.person("partner"), d.person("kid1")
    return d.k(f"[Nareis] [aangevraagd] voor [partner] {d.F(p)} ([geb.] {d.dob()}) en [kind] {d.F(c)}.")


@body("gh_vnum", NOTUKR)
def b25(d):
    return d.k(f"[IND] [V-nummer] {d.vnum()} [hoort] bij {d.caps(MAINP(d))}.")


@body("gh_ambassade", NOTUKR)
def b26(d):
    p = d.person("partner")
    emb = d.r.choice(["Addis Abeba", "Kampala", "Nairobi", "Beiroet", "Ankara", "Islamabad"])
    d.keep.append(emb.split()[-1])
    return d.k(f"{d.F(p)} [heeft] op {d.date()} een [interview] op de [ambassade] in {emb}.")


@body("gh_aankomst", NOTUKR)
def b27(d):
    p = d.person("partner")
    return d.k(
        f"{d.F(p)} en de [kinderen] [kwamen] op {d.date()} aan op [Schiphol]; [Vluchtelingenwerk] "
        f"[regelde] de [eerste] [nacht]."
    )


@body("gh_dna", NOTUKR)
def b28(d):
    c = d.person("kid2")
    return d.k(f"[DNA-onderzoek] [nodig] voor {d.F(c)}, [geboren] {d.dob(True)} in {d.place()}.")


@body("ua_kamer", UKR)
def b29(d):
    c = d.person("kid1")
    return d.k(f"[Kamer] {d.r.randint(1, 48)}: {d.caps(MAINP(d))}, {d.dob()}, met [kind] {d.G(c)}.")


@body("ua_leefgeld", UKR)
def b30(d):
    m = MAINP(d)
    pat = d.add(f"{m['given']} {m['patro']}", "PERSON")
    return d.k(f"[Leefgeld] voor {pat} wordt [gestort] op {d.iban()}.")


@body("ua_auto", UKR)
def b31(d):
    return d.k(f"Op het [parkeerterrein] staat de auto van {d.T(MAINP(d))} met [Oekraïens] [kenteken] {d.plate()}.")


@body("ua_werk", UKR)
def b32(d):
    return d.k(
        f"{d.G(MAINP(d))} [werkt] [sinds] {d.r.choice(N.MONTHS)} in de [kassenbouw]; de [werkgever] "
        f"[meldde] dit bij het [loket]."
    )


@body("ua_brp", UKR)
def b33(d):
    return d.k(f"[Inschrijving] [BRP] [gelukt]: [BSN] {d.bsn()} voor {d.F(MAINP(d))}.")


@body("ua_tel", UKR)
def b34(d):
    return d.k(f"{d.G(MAINP(d))} is [bereikbaar] op {d.phone()} ([Telegram] en [Viber]).")


@body("ua_school", UKR)
def b35(d):
    c = d.person("kid1")
    return d.k(f"{d.F(c)} [volgt] [online] [onderwijs] van de [school] in {d.place()} naast de [taalklas].")


@body("ua_patro")
def b36(d):
    m = MAINP(d)
    if m.get("patro"):
        s = d.add(f"{m['given']} {m['patro']} {m['fam']}", "PERSON")
        pat = d.add(m["patro"], "PERSON")
        return d.k(f"In het [paspoort] staat {s}; {pat} is de [vadersnaam], geen [achternaam].")
    return d.k(f"In het [paspoort] staat {d.caps(m)}; de [gemeente] [schrijft] {d.F(m)}.")


@body("tolk_line")
def b37(d):
    t = d.person("tolk")
    return d.k(f"[Tolk] {d.lang()}: {d.F(t)} ([Tolkcentrum]), [telefonisch] [ingezet].")


@body("tolk_broer")
def b38(d):
    m = MAINP(d)
    return d.k(f"[Via] de [tolk] [vertelde] {d.T(m)} dat de [broer] nog in {d.place(m)} [woont].")


@body("tolk_pauze")
def b39(d):
    t = d.person("tolk")
    return d.k(f"De [tolk], {d.G(t)}, [vroeg] om een [pauze]; het [gesprek] [duurde] twee uur.")


@body("bew_vrees")
def b40(d):
    n = d.person("nb")
    st = d.add(N.street(d.r), "ADDRESS")
    return d.k(f"{d.F(n)} van de {st} [vreest] [overlast] bij de [nieuwe] [opvanglocatie].")


@body("bew_steun")
def b41(d):
    n = d.person("nb")
    return d.k(f"[Buurtbewoner] {d.F(n)} wil [Nederlandse] [les] [geven] in het [buurthuis] De [Schakel].")


@body("bew_mail")
def b42(d):
    n = d.person("nb")
    return d.k(f"[Reactie] [ontvangen] van {d.mail(n)} over [parkeren] en [verkeer] rond de [locatie].")


@body("bew_adres")
def b43(d):
    n = d.person("nb")
    return d.k(f"{d.T(n)}, {d.addr()}, {d.pc()}, [vraagt] om een [extra] [informatieavond].")


@body("bew_melding")
def b44(d):
    n = d.person("nb")
    return d.k(f"[Melding] {d.case('mld')} van {d.F(n)} over [geluidsoverlast] bij de [opvang] is [afgehandeld].")


@body("bew_ikwoon")
def b45(d):
    n = d.person("nb")
    return d.k(
        f"[Ik] ben {d.G(n)}, ik woon [naast] de [locatie] en [maak] me [zorgen] over de [veiligheid] van [fietsers]."
    )


@body("buddy_match")
def b46(d):
    v, m = d.person("vol"), MAINP(d)
    return d.k(f"[Match]: {d.F(v)} ↔ {d.F(m)} ([taal]: {d.lang(m)}; [interesse]: [fietsen])")


@body("buddy_rij")
def b47(d):
    v, m = d.person("vol"), MAINP(d)
    return d.k(f"- {d.ind(m)} | {d.lang(m)} | {d.F(v)} | [start] {d.date()}")


@body("buddy_stop")
def b48(d):
    v, m = d.person("vol"), MAINP(d)
    return d.k(f"De [match] [tussen] {d.G(v)} en {d.G(m)} is [gestopt] [wegens] [verhuizing].")


@body("buddy_nummer")
def b49(d):
    v = d.person("vol")
    return d.k(f"[Buddynummer] {d.case('bud')} [toegekend] aan {d.F(v)} ({d.phone()}).")


@body("school_aanmelding")
def b50(d):
    c = d.person("kid1")
    return d.k(
        f"[Aanmelding] [nieuwkomersklas] voor {d.F(c)}, [geboortedatum] {d.dob(True)}, [groep] {d.r.randint(3, 7)}."
    )


@body("school_isk")
def b51(d):
    c = d.person("kid2")
    return d.k(
        f"{d.G(c)} ({d.r.randint(12, 17)} jaar) [start] op de [ISK] van het [Stedelijk] [College]; "
        f"[leerplichtnummer] {d.case('onw')}."
    )


@body("school_ouder")
def b52(d):
    return d.k(f"[Contactpersoon] [ouder]: {d.F(MAINP(d))}, {d.phone()}.")


@body("school_vervoer")
def b53(d):
    c = d.person("kid1")
    return d.k(f"[Leerlingenvervoer] voor {d.poss(c)} [schoolroute] is [aangevraagd] bij de [gemeente].")


@body("school_jarig")
def b54(d):
    c = d.person("kid2")
    return d.k(
        f"[Morgen] [wordt] {d.G(c)} {d.r.randint(6, 14)} ([geboren] {d.dob(True)}); de [klas] [maakt] een [kaart]."
    )


@body("coa_warm", NOTUKR)
def b55(d):
    m = MAINP(d)
    return d.k(f"[Warme] [overdracht] door het [COA]: {d.F(m)} ({d.caps(m)}), [gezondheid] [stabiel].")


@body("naam_transcriptie")
def b56(d):
    m = MAINP(d)
    if m["given"] in MOHAMMED:
        other = d.r.choice([x for x in MOHAMMED if x != m["given"]])
        a = d.F(m)
        b = d.add(f"{other} {m['fam']}", "PERSON")
    elif m["fam"].startswith("Al-"):
        a = d.F(m)
        b = d.add(f"{m['given']} Al {m['fam'][3:]}", "PERSON")
    else:
        a = d.F(m)
        b = d.caps(m)
    return d.k(f"In het [COA-dossier] staat {a}, op de [schoolinschrijving] {b}: [dezelfde] [persoon].")


@body("naam_omgedraaid")
def b57(d):
    m = MAINP(d)
    return d.k(
        f"[Let] op: [voornaam] en [achternaam] zijn in de [BRP] [omgedraaid]: {d.swapped(m)} in [plaats] van {d.F(m)}."
    )


@body("naam_patroniem", PATRO)
def b58(d):
    m = MAINP(d)
    fa, gr = d.add(m["father"], "PERSON"), d.add(m["grand"], "PERSON")
    return d.k(f"{d.G(m)} [heeft] geen [familienaam]: {fa} is de [naam] van de [vader], {gr} die van de [grootvader].")


@body("dob_onbekend")
def b59(d):
    m = MAINP(d)
    y = d.r.randint(1965, 2001)
    dd = d.add(d.r.choice([f"01-01-{y}", f"1 januari {y}", f"01.01.{y}"]), "DATE_OF_BIRTH")
    return d.k(f"[Geboortedatum] van {d.G(m)} [onbekend]; in de [BRP] [vastgelegd] als {dd}.")


@body("dob_verhaal")
def b60(d):
    m = MAINP(d)
    return d.k(f"{d.G(m)} [werd] op {d.dob()} in {d.place(m)} [geboren] en [spreekt] {d.lang(m)}.")


@body("dob_tabel")
def b61(d):
    m = MAINP(d)
    return d.k(f"[Naam]: {d.ind(m)} | [Geb.]: {d.dob()} | [Taal]: {d.lang(m)}")


@body("gezinsleden")
def b62(d):
    m, c1, c2 = MAINP(d), d.person("kid1"), d.person("kid2")
    return d.k(f"[Gezinsleden]: {d.F(m)} (*{d.dob()}), {d.F(c1)} (*{d.dob(True)}), {d.F(c2)} (*{d.dob(True)}).")


@body("fin_voorschot")
def b63(d):
    return d.k(f"[Voorschot] [bijstand] {d.amount()} [overgemaakt] op {d.iban()} van {d.F(MAINP(d))}.")


@body("fin_inrichting")
def b64(d):
    return d.k(f"[Inrichtingskrediet] {d.amount()} [toegekend] aan {d.T(MAINP(d))} ([besluit] {d.case('zaak')}).")


@body("fin_schuld")
def b65(d):
    return d.k(f"[Schuldhulp]: {d.T(MAINP(d))} [heeft] een [betalingsachterstand] bij de [zorgverzekeraar].")


@body("werk_stage")
def b66(d):
    o = d.person("off2")
    return d.k(
        f"{d.G(MAINP(d))} [loopt] [stage] bij de [Kringloop]; [jobcoach] {d.F(o)} ({d.work_mail(o)}) [volgt] het."
    )


@body("werk_diploma")
def b67(d):
    m = MAINP(d)
    return d.k(
        f"[Diplomawaardering] via [IDW]: {d.poss(m)} [diploma] uit {d.place(m)} is op [hbo-niveau] [gewaardeerd]."
    )


@body("vwn_begeleider")
def b68(d):
    o = d.person("off2")
    return d.k(
        f"[Begeleider] [Vluchtelingenwerk]: {d.F(o)} ({d.mail(o, 'vluchtelingenwerk.nl')}), "
        f"[cliëntnummer] {d.case('vwn')}."
    )


@body("actiepunt")
def b69(d):
    o, fn, dep = d.off()
    return d.k(f"[Actiepunt]: {d.init(o)} ({fn}) [belt] {d.T(MAINP(d))} vóór [vrijdag] over de [sleuteloverdracht].")


@body("chat_ziek")
def b70(d):
    v = d.person("vol")
    return d.k(
        f"{d.r.randint(7, 22):02d}:{d.r.randint(0, 59):02d} – {d.G(v)}: {d.low(MAINP(d))} komt [morgen] niet, [ziek] 🤒"
    )


@body("chat_dossier")
def b71(d):
    o = d.person("off")
    return d.k(f"{d.r.randint(7, 22):02d}:{d.r.randint(0, 59):02d} – {d.G(o)}: [prima], ik zet het in het [dossier] 👍")


@body("briefadres")
def b72(d):
    n = d.person("nb")
    return d.k(f"[Briefadres] van {d.F(MAINP(d))} [tijdelijk] bij {d.F(n)}, {d.addr()}, {d.pc()}.")


@body("bijlage_bestand")
def b73(d):
    m = MAINP(d)
    f = d.add(N.ascii(m["call"]).lower().replace(" ", "_"), "PERSON")
    return d.k(f"[Bijlage]: intake_{f}_{d.r.randint(2025, 2026)}.pdf ([zie] [dossier]).")


@body("handle")
def b74(d):
    v = d.person("vol")
    h = d.add(
        N.ascii(v["given"]).lower().replace(" ", "") + "_" + N.ascii(v["call"]).lower().replace(" ", ""), "PERSON"
    )
    return d.k(f"[Contact] [via] [Instagram]: @{h} ([vrijwilliger] [Taalhuis]).")


@body("kinderopvang")
def b75(d):
    c = d.person("kid2")
    return d.k(f"[Peuteropvang] voor {d.G(c)} via de [VVE-regeling]; [start] {d.date()}.")


@body("ouders_school")
def b76(d):
    m, p = MAINP(d), d.person("partner")
    return d.k(f"[Oudergesprek] met {d.T(m)} en {d.G(p)}; [Tolkentelefoon] [ingezet].")


@body("zorg_huisarts")
def b77(d):
    return d.k(f"[Inschrijving] bij [Gezondheidscentrum] [Noord] [geregeld] voor {d.F(MAINP(d))} en [gezin].")


@body("contact_gemeente")
def b78(d):
    tel = f"14 0{d.r.randint(100, 999)}"
    d.keep += [tel, f"info@{d.town.lower()}.nl"]
    return d.k(f"[Vragen]? [Bel] {tel} of [mail] info@{d.town.lower()}.nl.")


@body("sport_fonds")
def b79(d):
    c = d.person("kid1")
    return d.k(f"[Jeugdfonds] [Sport] en [Cultuur] [betaalt] het [zwemdiploma] van {d.F(c)}.")


@body("moskee_kerk")
def b80(d):
    n = d.person("nb")
    return d.k(f"[Diaconie] en [moskeebestuur] [samen]: {d.F(n)} [kookt] op [zaterdag] voor de [nieuwkomers].")


@body("fiets")
def b81(d):
    v = d.person("vol")
    return d.k(f"[Fietsles] door {d.T(v)}; {d.G(MAINP(d))} [kreeg] een [fiets] van de [Fietsbank].")


@body("taalcafe")
def b82(d):
    return d.k(f"{d.low(MAINP(d))} [zegt]: [ik] [wil] [beter] [praten] met de [buren] 😊")


@body("ind_gehoor", NOTUKR)
def b83(d):
    return d.k(
        f"[Nader] [gehoor] bij de [IND] op {d.date()}; [advocaat] [geregeld] via [Raad] voor "
        f"[Rechtsbijstand] voor {d.F(MAINP(d))}."
    )


@body("gh_kinderen_patro", PATRO)
def b84(d):
    m, c1, c2 = MAINP(d), d.person("kid1"), d.person("kid2")
    return d.k(f"[Kinderen] van {d.G(m)}: {d.F(c1)} en {d.F(c2)} – de [tweede] [naam] is die van de [vader].")


@body("bsn_partner")
def b85(d):
    p = d.person("partner")
    return d.k(f"[BSN] [partner] ({d.G(p)}): {d.bsn()}; [zorgtoeslag] [aangevraagd].")


@body("huis_iban")
def b86(d):
    return d.k(f"[Automatische] [incasso] [huur] van {d.iban()}; [contract] op [naam] van {d.init(MAINP(d))}.")


BODY_NAMES = list(BODY)
KIND_NAMES = list(KINDS)


def known_block(d, word_row):
    fam, w, ordinary = word_row
    r = d.r
    g = r.choice(KNOWN_GIVEN)
    p = {
        "group": "nederlands",
        "g": "f" if g in ("Gerda", "Wilma", "Jolien", "Riet", "Dineke", "Mieke", "Aaltje") else "m",
        "given": g,
        "fam": fam,
        "call": fam,
    }
    d.roles["known"] = p
    d.parts |= Doc.pparts(p)
    full = d.F(p)
    d.known = {"names": [full]}
    role = r.choice(["[taalvrijwilliger]", "[buurtbewoner]", "[maatje]", "[vrijwilliger]"])
    intro = r.choice(
        [
            lambda: f"[{role[1].upper()}{role[2:]} {full} [begeleidt] {d.F(MAINP(d))} [sinds] {d.date()}.",
            lambda: f"{full}, {role}, [schreef] een [verslag] over de [eerste] [maand].",
        ]
    )()
    extra = ""
    if r.random() < 0.4:
        ph = d.phone()
        d.known["phones"] = [ph]
        extra = f" {d.T(p)} is [bereikbaar] op {ph}."
    elif r.random() < 0.5:
        em = d.mail(p)
        d.known["emails"] = [em]
        extra = f" [Mail] {d.T(p)}: {em}."
    else:
        extra = f" [Volgens] {d.T(p)} [gaat] het [goed]."
    d.keep.append(w)
    return d.k(intro + extra), d.k(ordinary.replace("{place}", d.place()) if "{place}" in ordinary else ordinary)


def build(i: int, attempt: int) -> tuple[dict, list]:
    seed = f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}"
    r = random.Random(seed)
    d = Doc(r, i)
    kname = KIND_NAMES[(i + attempt) % len(KIND_NAMES)]
    kfn, joiner, kneed = KINDS[kname]
    if kneed is UKR:
        d.mgroup = "oekraiens"
    elif kneed is NOTUKR and d.mgroup == "oekraiens":
        d.mgroup = r.choice([g for g in NEWCOMER if g != "oekraiens"])
    parts = [kfn(d)]
    shapes = [kname]
    eligible = [b for b in BODY_NAMES if BODY[b][1] is None or BODY[b][1](d)]
    n = r.randint(4, 6)
    chosen = r.sample(eligible, n)
    known_parts = None
    if i % 4 == 1:
        known_parts = known_block(d, r.choice(KNOWN))
        shapes += ["known_intro", "known_ordinary"]
    for b in chosen:
        parts.append(BODY[b][0](d))
        shapes.append(b)
    if known_parts:
        parts.insert(1, known_parts[0])
        parts.insert(r.randint(2, len(parts)), known_parts[1])
    text = joiner.join(parts)
    keep = []
    for w in d.keep:
        if w not in keep:
            keep.append(w)
    doc = {"id": f"fresh25c-{i:04d}", "text": text, "pii": d.pii, "keep": keep}
    if d.known:
        doc = {"id": doc["id"], "text": text, "known": d.known, "pii": d.pii, "keep": keep}
    return doc, shapes


def _words(s: str) -> set:
    return {w.lower() for w in re.findall(r"[^\W\d_]+", s) if len(w) > 1 and w.lower() not in PARTICLES}


def gate(doc: dict) -> str | None:
    """None when the document passes every gate, else the reason."""
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
    text = doc["text"]
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    blank = text
    for it in sorted(doc["pii"], key=lambda x: -len(x["text"])):
        blank = blank.replace(it["text"], "[x]")
    known_words = set()
    for nm in doc.get("known", {}).get("names", []):
        known_words |= _words(nm)
    person_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            person_words |= _words(it["text"])
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
        shared = _words(k) & person_words
        if shared and not (k == k.lower() and shared <= known_words):
            return f"keep shares a name word: {k}"
    # stricter than check_doc: no name part survives in any case, except the lower-case ordinary known words
    for w in person_words:
        for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", blank, re.IGNORECASE):
            if not (w in known_words and m.group(0) == w):
                return f"name part survives: {m.group(0)}"
    for w in known_words:
        if re.search(r"(?<!\w)" + re.escape(w.capitalize()) + r"(?!\w)", blank):
            return f"known word capitalised outside the name: {w}"
    if doc.get("known"):
        if not any(k in known_words for k in doc["keep"]):
            return "known document without the ordinary use in keep"
    return None


def generate():
    docs, shapes_used, redraws = [], Counter(), 0
    for i in range(NDOCS):
        for attempt in range(200):
            try:
                doc, shapes = build(i, attempt)
            except RuntimeError:
                redraws += 1
                continue
            why = gate(doc)
            if why is None:
                break
            redraws += 1
        else:
            raise SystemExit(f"document {i} never passed: {why}")
        docs.append(doc)
        shapes_used.update(shapes)
    return docs, shapes_used, redraws


def dump(docs) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes_used, redraws = generate()
    out = dump(docs)
    if "--check" in argv:
        cur = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if cur != out:
            print("fresh25c_texts.jsonl differs from the generator output")
            return 1
        print("fresh25c_texts.jsonl is up to date")
        return 0
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        registered = len(KINDS) + len(BODY) + 2
        print(
            f"shapes registered: {registered} ({len(KINDS)} document kinds, {len(BODY)} line and sentence "
            f"shapes, 2 known-name shapes); used: {len(shapes_used)}"
        )
        print(f"known-name documents: {sum(1 for d in docs if 'known' in d)}")
        print(f"origin groups: {len(N.GROUPS)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(out, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
