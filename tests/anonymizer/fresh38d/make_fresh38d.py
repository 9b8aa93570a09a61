#!/usr/bin/env python3
"""Blind anonymizer corpus fresh38d: young people (14-23) writing for themselves (helper D1, round thirty-two).

Usage (from the worktree root, PYTHONPATH=.):
  make_fresh38d.py            write fresh38d_texts.jsonl
  make_fresh38d.py --check    exit 1 if the committed file differs from what would be written
  make_fresh38d.py --stats    counts per label, shapes, known-name documents, redraws
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
import names38d as nm  # noqa: E402

ROOT = HERE.parents[2]
OUT = HERE / "fresh38d_texts.jsonl"
SEED = 20261324
N = 300
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

_spec = importlib.util.spec_from_file_location("_score38d", ROOT / "tests" / "anonymizer" / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

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
MON3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
CITIES = [
    ("Rotterdam", "14 010", "rotterdam.nl", ["Charlois", "Feijenoord", "Ommoord"]),
    ("Utrecht", "14 030", "utrecht.nl", ["Overvecht", "Kanaleneiland", "Zuilen"]),
    ("Almere", "14 036", "almere.nl", ["Stedenwijk", "Muziekwijk", "Danswijk"]),
    ("Tilburg", "14 013", "tilburg.nl", ["Groenewoud", "Reeshof", "Stokhasselt"]),
    ("Zaandam", "14 075", "zaanstad.nl", ["Poelenburg", "Pelders", "Kogerveld"]),
    ("Leeuwarden", "14 058", "leeuwarden.nl", ["Heechterp", "Schieringen", "Bilgaard"]),
    ("Arnhem", "14 026", "arnhem.nl", ["Presikhaaf", "Malburgen", "Geitenkamp"]),
    ("Enschede", "14 053", "enschede.nl", ["Deppenbroek", "Pathmos", "Wesselerbrink"]),
    ("Groningen", "14 050", "groningen.nl", ["Selwerd", "Beijum", "Lewenborg"]),
    ("Nijmegen", "14 024", "nijmegen.nl", ["Hatert", "Dukenburg", "Lindenholt"]),
    ("Lelystad", "14 0320", "lelystad.nl", ["Zuiderzeewijk", "Atolwijk", "Waterwijk"]),
    ("Schiedam", "14 010", "schiedam.nl", ["Nieuwland", "Groenoord", "Woudhoek"]),
    ("Emmen", "14 0591", "gemeente.emmen.nl", ["Angelslo", "Bargeres", "Emmerhout"]),
    ("Helmond", "14 0492", "helmond.nl", ["Brandevoort", "Rijpelberg", "Stiphout"]),
    ("Hoorn", "14 0229", "hoorn.nl", ["Kersenboogerd", "Risdam", "Zwaag"]),
]
DEPTS = [
    ("afdeling Burgerzaken", "Burgerzaken"),
    ("Werk en Inkomen", "Inkomen"),
    ("Jeugd en Onderwijs", "Onderwijs"),
    ("Gemeentebelastingen", "Gemeentebelastingen"),
    ("team Wonen", "Wonen"),
    ("Schuldhulpverlening", "Schuldhulpverlening"),
    ("Leerplicht", "Leerplicht"),
    ("Participatie", "Participatie"),
    ("het Jongerenloket", "Jongerenloket"),
]
FUNCS = [
    "consulent",
    "klantmanager",
    "leerplichtambtenaar",
    "trajectbegeleider",
    "beleidsmedewerker",
    "coördinator",
    "baliemedewerker",
    "jongerencoach",
]
TEAMS = ["Jongerenloket", "Handhaving", "Jeugd", "Leerplicht", "Schulddienst", "Inburgering"]
CENTRES = ["Flux", "Spot", "Kwadrant", "Loods", "Hangar", "Basecamp"]
SCHOOLS = [
    ("het Noorderpoort", "Noorderpoort"),
    ("het Albeda", "Albeda"),
    ("het Summa", "Summa"),
    ("het Deltion", "Deltion"),
    ("het Horizon College", "Horizon"),
    ("het Montessori Lyceum", "Lyceum"),
    ("het Graafschap College", "Graafschap"),
]
OPLS = [
    ("Sociaal Werk", "Sociaal"),
    ("Verzorgende IG", "Verzorgende"),
    ("Mediavormgeving", "Mediavormgeving"),
    ("Bouwkunde", "Bouwkunde"),
    ("Commercie", "Commercie"),
    ("Pedagogisch Werk", "Pedagogisch"),
    ("Bestuurskunde", "Bestuurskunde"),
    ("Logistiek", "Logistiek"),
]
SQUARES = ["Stadsplein", "Marktplein", "Stationsplein", "Havenplein"]
PARKS = ["Wilhelminapark", "Sportpark", "Stadspark", "Zuiderpark"]
MAILDOM = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "icloud.com", "ziggo.nl", "student.hu.nl"]
PLATE_L = "BDFGHJKLNPRSTVXZ"

SHAPES: dict[str, tuple[str, object]] = {}


def shape(kind: str):
    def reg(fn):
        SHAPES[fn.__name__] = (kind, fn)
        return fn

    return reg


class Doc:
    def __init__(self, r: random.Random, known: bool):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.cache: dict = {}
        self.known_word = None
        self.city, self.code14, self.domain, self.wijken = r.choice(CITIES)
        self.age = r.randint(14, 23)
        if known:
            word, sentence, where = r.choice(nm.KNOWN)
            grp = r.choice(sorted(nm.GROUPS))
            if where == "last":
                part = r.choice(["", "", "de", "van der", "van den"]) if word not in ("Klein", "Lang", "Snel") else ""
                me = nm.Person(nm.make_given(r, grp), part, word, grp, no_lower=True)
            else:
                part, core = nm.make_family(r, grp)
                me = nm.Person(word, part, core, grp, no_lower=True)
            self.known_word, self.known_sentence = word.lower(), sentence
        else:
            me = nm.make_person(r)
        self.me = me
        self.phones_of_me: list[str] = []
        self.emails_of_me: list[str] = []

    # recording
    def p(self, text: str, label: str) -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, *words: str) -> None:
        for w in words:
            if w not in self.keep:
                self.keep.append(w)

    def c(self, seq):
        return self.r.choice(seq)

    # people
    def person(self, role: str) -> nm.Person:
        if role not in self.cache:
            r = self.r
            if role in ("mom", "dad", "sis", "bro"):
                self.cache[role] = nm.relative(r, self.me, fem=role in ("mom", "sis"))
            else:
                fem = True if role in ("fr", "nb") else False if role in ("fr2", "bro") else None
                self.cache[role] = nm.make_person(r, fem=fem)
        return self.cache[role]

    def name(self, who: nm.Person, form: str = "full") -> str:
        return self.p(getattr(who, form), "PERSON")

    # numbers and places
    def dob(self, age: int | None = None, style: int | None = None) -> str:
        r = self.r
        age = self.age if age is None else age
        y, m, d = 2026 - age - (1 if r.random() < 0.5 else 0), r.randint(1, 12), r.randint(1, 28)
        styles = [
            f"{d:02d}-{m:02d}-{y}",
            f"{d}/{m}/{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d} {MON3[m - 1]} '{y % 100:02d}",
            f"{d:02d}.{m:02d}.{y % 100:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d} {EN_MONTHS[m - 1]} {y}",
            f"{EN_MONTHS[m - 1]} {d}, {y}",
            f"{d}e {MONTHS[m - 1]} {y}",
            f"{d}-{m}-{y % 100:02d}",
            f"{d:02d}{m:02d}{y}",
            f"{d} {MONTHS[m - 1]} '{y % 100:02d}",
        ]
        return self.p(styles[r.randrange(len(styles)) if style is None else style], "DATE_OF_BIRTH")

    def phone(self, who: str = "me") -> str:
        key = "phone-" + who
        if key not in self.cache:
            r = self.r
            n = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
            a, b = n[1:], n
            self.cache[key] = r.choice(
                [
                    f"0{b}",
                    f"06-{a}",
                    f"06 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
                    f"+31 6 {a[:4]} {a[4:]}",
                    f"+316{a}",
                    f"0031{b}",
                    f"06 {a[:4]} {a[4:]}",
                    f"(06) {a}",
                ]
            )
            if who == "me":
                self.phones_of_me.append(self.cache[key])
        return self.p(self.cache[key], "PHONE")

    def email(self, who: str = "me") -> str:
        key = "email-" + who
        if key not in self.cache:
            r, p = self.r, (self.me if who == "me" else self.person(who))
            yy = f"{(2026 - self.age) % 100:02d}"
            if who in ("off", "med", "jw", "teacher"):
                e = f"{p.g[0]}.{p.c}@{self.domain}" if who != "teacher" else f"{p.g[0]}{p.c}@school.nl"
            else:
                local = r.choice(
                    [
                        f"{p.g}.{p.c}",
                        f"{p.g}{p.c}{yy}",
                        f"{p.g[0]}{p.c}",
                        f"{p.g}_{p.c[:4]}",
                        f"x{p.g}x{yy}",
                        f"{p.c}.{p.g}",
                    ]
                )
                e = f"{local}@{r.choice(MAILDOM)}"
            self.cache[key] = e
            if who == "me":
                self.emails_of_me.append(e)
        return self.p(self.cache[key], "EMAIL")

    def handle(self, who: str = "me") -> str:
        key = "handle-" + who
        if key not in self.cache:
            p = self.me if who == "me" else self.person(who)
            yy = f"{(2026 - self.age) % 100:02d}"
            self.cache[key] = self.r.choice(
                [f"{p.g}{p.c}{yy}", f"{p.g}_{p.c[:3]}", f"its{p.g}{yy}", f"{p.g}.{p.c}", f"{p.g}x{p.c}"]
            )
        return self.p(self.cache[key], "PERSON")

    def street(self, who: str = "me") -> tuple[str, str]:
        key = "street-" + who
        if key not in self.cache:
            r = self.r
            s = r.choice(nm.STREET_A) + r.choice(nm.STREET_B)
            n = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "B", "-2", "-13", " bis"])
            self.cache[key] = (s, n)
        return self.cache[key]

    def addr(self, who: str = "me", lower: bool = False) -> str:
        s, n = self.street(who)
        t = f"{s} {n}"
        return self.p(t.lower() if lower else t, "ADDRESS")

    def pc(self, who: str = "me") -> str:
        key = "pc-" + who
        if key not in self.cache:
            r = self.r
            while True:
                lt = r.choice(PLATE_L) + r.choice("ABCEGHJKLMNPRTVWXZ")
                if lt not in ("SA", "SD", "SS"):
                    break
            d = str(r.randint(1011, 9999))
            self.cache[key] = r.choice([f"{d} {lt}", f"{d}{lt}", f"{d} {lt}", f"{d}{lt.lower()}"])
        return self.p(self.cache[key], "POSTCODE")

    def bsn(self) -> str:
        if "bsn" not in self.cache:
            b = nm.bsn(self.r)
            self.cache["bsn"] = self.r.choice([b, b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}"])
        return self.p(self.cache["bsn"], "BSN")

    def iban(self, lower: bool = False) -> str:
        if "iban" not in self.cache:
            i = nm.iban(self.r)
            self.cache["iban"] = self.r.choice([i, " ".join(i[j : j + 4] for j in range(0, 18, 4))])
        t = self.cache["iban"]
        return self.p(t.replace(" ", "").lower() if lower else t, "IBAN")

    def plate(self) -> str:
        if "plate" not in self.cache:
            r = self.r
            L = lambda n: "".join(r.choice(PLATE_L) for _ in range(n))
            D = lambda n: "".join(str(r.randint(1, 9)) for _ in range(n))
            self.cache["plate"] = r.choice(
                [
                    f"{D(2)}-{L(3)}-{D(1)}",
                    f"{D(1)}-{L(3)}-{D(2)}",
                    f"{L(2)}-{D(3)}-{L(1)}",
                    f"{L(1)}-{D(3)}-{L(2)}",
                    f"D{L(2)}-{D(2)}-{L(1)}",
                    f"F-{D(3)}-{L(2)}",
                ]
            )
        return self.p(self.cache["plate"], "LICENSE_PLATE")

    def case(self) -> str:
        if "case" not in self.cache:
            r = self.r
            n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
            self.cache["case"] = r.choice(
                [
                    f"JR-26-{n(4)}",
                    f"JL/2026/{n(5)}",
                    f"WIJ-{r.choice(['NO', 'ZU', 'WE', 'OO'])}-{n(4)}",
                    f"BZ2026{n(4)}K",
                    f"#JW{n(5)}",
                    f"DOS-{n(4)}-{r.choice(PLATE_L)}{r.choice(PLATE_L)}",
                    f"STU/{n(2)}/{n(3)}-{n(2)}",
                    f"GB.{n(3)}.{n(3)}.26",
                ]
            )
        return self.p(self.cache["case"], "CASE_NUMBER")

    def amt(self) -> str:
        a = f"€{self.r.choice([45, 95, 104, 129, 136, 212, 290, 340, 480, 615])}"
        self.k(a)
        return a

    def wd(self) -> str:
        w = self.c(WEEKDAYS)
        self.k(w)
        return w


def title(d: Doc) -> str:
    return d.c(["mevrouw", "meneer", "mevr.", "dhr.", "mw."])


# ---------------------------------------------------------------- frames (document kinds)
@shape("frame")
def f_app_jw(d):
    jw = d.person("jw")
    return f"hoii {d.name(jw, 'first')} 👋 met {d.name(d.me, 'low_first')} hier", "\n"


@shape("frame")
def f_mail_jongerenraad(d):
    d.k("Jongerenraad", d.city)
    return f"Beste Jongerenraad,\n\nIk ben {d.name(d.me)}, {d.age} jaar, uit {d.city}.", " "


@shape("frame")
def f_contactform(d):
    d.k("Contactformulier", "Onderwerp", "Woonplaats", "Bericht", d.city)
    topic = d.c(["kamer", "stage", "boete", "toeslag"])
    d.k(topic)
    return (
        f"Contactformulier Jongerenloket\nOnderwerp: {topic}\nNaam: {d.name(d.me)}\nGeboortedatum: {d.dob()}\n"
        f"Woonplaats: {d.city}\nBericht:",
        " ",
    )


@shape("frame")
def f_insta_dm(d):
    d.k("vraagje")
    return f"yo @gemeente{d.city.lower()} 👀 ff een vraagje", "\n"


@shape("frame")
def f_sollicitatie(d):
    d.k("Geachte", "stageplek", "bijbaan")
    return f"Geachte heer/mevrouw,\n\nMijn naam is {d.name(d.me)} en ik ben op zoek naar een stageplek of bijbaan.", " "


@shape("frame")
def f_groupchat(d):
    d.k("Groepsapp", "Jongerenraad", d.city)
    return (
        f"[Groepsapp Jongerenraad {d.city}]\n[{d.r.randint(16, 23)}:{d.r.randint(10, 59)}] {d.name(d.me, 'first')}:",
        " ",
    )


@shape("frame")
def f_voicememo(d):
    d.k("spraakbericht", "uitgetypt")
    return f"(spraakbericht, automatisch uitgetypt) ehh ja hallo met {d.name(d.me, 'low_full')},", " "


@shape("frame")
def f_bezwaar(d):
    d.k("Betreft", "bezwaar", "Kenmerk", "boete")
    return f"Betreft: bezwaar tegen boete\nKenmerk: {d.case()}\n\nBeste meneer/mevrouw,", " "


@shape("frame")
def f_studentenloket(d):
    d.k("Studentenloket", "september", "studeren", d.city)
    return f"Hey Studentenloket!! ik ben {d.name(d.me, 'first')} en ik ga in september studeren in {d.city}.", " "


@shape("frame")
def f_english_mix(d):
    m = d.c(MONTHS)
    d.k("sorry", m, d.city)
    return f"Hi! sorry for my Dutch, ik ben {d.name(d.me)} en ik woon sinds {m} in {d.city}.", " "


@shape("frame")
def f_cv(d):
    opl, ok = d.c(OPLS)
    d.k("Opleiding", "Skills", ok)
    return (
        f"CV — {d.name(d.me)}\nGeboren: {d.dob()}\nOpleiding: {opl}\nSkills: Excel, Canva, klantcontact\n\nMotivatie:",
        " ",
    )


@shape("frame")
def f_tax_subject(d):
    d.k("Onderwerp", "belastingbrief", "Hallo")
    return "Onderwerp: vraag over mijn eerste belastingbrief 😬\n\nHallo,", " "


@shape("frame")
def f_enquete(d):
    d.k("Reactie", "enquête", "Jong", d.city)
    return f"Reactie op de enquête ‘Jong in {d.city}’ (vraag 7: wat moet beter?)", " "


@shape("frame")
def f_note_self(d):
    d.k("notitie", "gemeente")
    return "notitie voor mezelf + mail voor de gemeente:", "\n"


@shape("frame")
def f_wijkapp(d):
    jw = d.person("jw")
    d.k("Bericht", "jongerenwerker")
    return f"Bericht via de app JouwBuurt – aan: {d.name(jw)}, jongerenwerker", "\n"


@shape("frame")
def f_pitch(d):
    d.k("Pitch", "Jongerenraad", "woorden")
    return f"Pitch voor de Jongerenraad (max 200 woorden!!) door {d.name(d.me)}:", " "


# ---------------------------------------------------------------- body sentences
@shape("body")
def b_new_room(d):
    m = d.c(MONTHS)
    d.k(m, "eigen", "kamer", d.city)
    return f"ik woon sinds {m} op {d.addr()}, {d.pc()} {d.city} (eerste eigen kamer!! 🥳)"


@shape("body")
def b_addr_lower(d):
    d.k("adres", "ouders")
    return f"mn adres is {d.addr(lower=True)} btw, niet meer bij mn ouders"


@shape("body")
def b_parents_registered(d):
    c2 = d.c(CITIES)[0]
    d.k("ingeschreven", "eigenlijk", c2)
    return f"ik sta nog ingeschreven bij mijn ouders op de {d.addr('parents')} in {c2}, maar woon eigenlijk op kamer."


@shape("body")
def b_phone_app(d):
    d.k("bellen", "eng")
    return f"app me ff op {d.phone()} pls, bellen vind ik eng 😅"


@shape("body")
def b_phone_after_school(d):
    d.k("Bellen", "school")
    return f"Bellen kan op {d.phone()} (na 15.30, dan ben ik uit school)."


@shape("body")
def b_mail(d):
    d.k("elke", "check")
    return f"of mail naar {d.email()}, die check ik wel elke dag"


@shape("body")
def b_bsn_duo(d):
    d.k("DUO", "systeem")
    return f"DUO wil mijn BSN checken, dat is {d.bsn()} — klopt dat met jullie systeem?"


@shape("body")
def b_bsn_line(d):
    d.k("ID-kaart")
    return f"BSN: {d.bsn()} (staat achterop mn ID-kaart)"


@shape("body")
def b_iban_refund(d):
    d.k("geld", "rekening")
    return f"kan het geld terug op {d.iban()}? die rekening staat op mijn naam"


@shape("body")
def b_iban_mom(d):
    d.k("moeder", "rekening")
    return f"ik heb nog geen eigen rekening dus gebruik die van mn moeder {d.name(d.person('mom'))}: {d.iban()}"


@shape("body")
def b_dob_born(d):
    d.k("geboren")
    return f"ik ben geboren op {d.dob()}, dus ik ben pas {d.age}."


@shape("body")
def b_dob_brackets(d):
    d.k("antwoord")
    return f"{d.name(d.me, 'first')} ({d.dob()}) hier, nog steeds geen antwoord"


@shape("body")
def b_dob_english(d):
    d.k("matters")
    return f"born {d.dob()} if that matters lol"


@shape("body")
def b_dob_bday(d):
    d.k("zorgverzekering", "ineens")
    return f"bday = {d.dob()}, en sinds mijn 18e moet ik ineens zorgverzekering betalen??"


@shape("body")
def b_scooter_towed(d):
    d.k("scooter", "station")
    return f"mijn scooter ({d.plate()}) is weggesleept bij het station, wtf 😤"


@shape("body")
def b_plate_brother(d):
    d.k("boete", "kenteken", "auto")
    return f"de boete is voor kenteken {d.plate()} maar dat is de auto van mn broer {d.name(d.person('bro'), 'first')}"


@shape("body")
def b_case_top(d):
    d.k("kenmerk", "brief")
    return f"het kenmerk is {d.case()}, staat bovenaan de brief"


@shape("body")
def b_case_phone(d):
    off = d.person("off")
    d.k("zaaknummer", "telefoon")
    return f"(zaaknummer {d.case()}, zei {title(d)} {d.name(off, 'bare')} aan de telefoon)"


@shape("body")
def b_first_fine(d):
    d.k("letterlijk", "boete", "licht")
    return f"dit is letterlijk mn eerste boete ooit 😭 {d.amt()} voor fietsen zonder licht"


@shape("body")
def b_blue_envelope(d):
    d.k("Belastingdienst", "aanslag", "bijbaan")
    return (
        f"ik kreeg een blauwe envelop van de Belastingdienst, iets met een voorlopige aanslag van {d.amt()}?? "
        f"ik heb alleen een bijbaan"
    )


@shape("body")
def b_landlord(d):
    d.k("Kamernet", "huisbaas")
    return (
        f"via Kamernet een kamer gevonden maar de huisbaas, {d.name(d.person('landlord'))}, wil niet dat ik "
        f"me inschrijf"
    )


@shape("body")
def b_housemate(d):
    d.k("huisgenoot", "ingeschreven")
    return f"mn huisgenoot {d.name(d.person('hg'), 'low_full')} staat er wel ingeschreven, ik niet?"


@shape("body")
def b_internship_dept(d):
    dept, dk = d.c(DEPTS)
    opl, ok = d.c(OPLS)
    d.k("stage", dk, ok)
    return f"Ik zoek een stage bij de gemeente, het liefst bij {dept}, voor mijn opleiding {opl}."


@shape("body")
def b_side_job(d):
    d.k("Jumbo", "mensen")
    return "Nu werk ik 12 uur per week bij de Jumbo maar ik wil iets met mensen doen."


@shape("body")
def b_jw_sent_me(d):
    d.k("Jongerenwerk")
    return f"{d.name(d.person('jw'), 'first')} van het Jongerenwerk zei dat ik jullie moest mailen"


@shape("body")
def b_official_leave(d):
    f = d.c(FUNCS)
    dept, dk = d.c(DEPTS)
    d.k(f, dk, "verlof")
    return f"ik had contact met {title(d)} {d.name(d.person('off'))}, {f} bij {dept}, maar die is nu met verlof"


@shape("body")
def b_official_initial(d):
    t = d.c(TEAMS)
    d.k(t)
    return f"{d.name(d.person('off2'), 'initial')} van team {t} belde terug op {d.wd()}"


@shape("body")
def b_mediator(d):
    d.k("bemiddelaar", "spoiler")
    return (
        f"de bemiddelaar ({d.name(d.person('med'))}) zei dat het binnen twee weken opgelost zou zijn. spoiler: niet 🙃"
    )


@shape("body")
def b_neighbour_lower(d):
    d.k("buurvrouw", "muziek")
    return f"onze buurvrouw {d.name(d.person('nb'), 'low_full')} klaagt steeds over mn muziek"


@shape("body")
def b_little_sister(d):
    d.k("zusje", "OV-kaart")
    return f"mijn zusje {d.name(d.person('sis'), 'first')} ({d.r.randint(9, 13)}) heeft hetzelfde probleem met haar OV-kaart"


def poss(name: str) -> str:
    if name[-1] in "sxz":
        return name + "'"
    if name[-1] in "aeiouy":
        return name + "'s"
    return name + "s"


@shape("body")
def b_possessive(d):
    d.k("schoolpas", "kwijt")
    return f"{d.p(poss(d.person('sis').first), 'PERSON')} schoolpas is ook kwijt, moet dat via jullie?"


@shape("body")
def b_insta_handle(d):
    d.k("insta")
    return f"mijn insta is @{d.handle()}, dm mag ook"


@shape("body")
def b_cv_file(d):
    d.k("bijlage")
    fname = (
        d.p(f"{d.me.g}-{d.me.c}", "PERSON")
        if not d.me.no_lower
        else d.p(f"{nm.fold(d.me.given)}-{nm.fold(d.me.core)}", "PERSON")
    )
    return f"cv zit in de bijlage (cv-{fname}.pdf)"


@shape("body")
def b_slang_confused(d):
    d.k("brief", "taal")
    return "wallah ik snap er echt niks van, die brief is in zo'n moeilijke taal 😭"


@shape("body")
def b_english_vent(d):
    d.k("honestly", "letter")
    return "honestly the letter makes zero sense, waarom moet alles zo moeilijk"


@shape("body")
def b_meet_centre(d):
    c = d.c(CENTRES)
    d.k("Jongerencentrum", c)
    return f"kunnen we {d.wd()} na het 6e uur afspreken in Jongerencentrum {c}?"


@shape("body")
def b_chill_spots(d):
    w = d.c(d.wijken)
    d.k("Jongerenraad", "chillplekken", w)
    return f"idee voor de Jongerenraad: meer chillplekken in {w}, nu hangen we bij de Action 💀"


@shape("body")
def b_care_allowance(d):
    d.k("Zorgtoeslag")
    return "ik ben net 18 en moet nu ineens alles zelf regelen, kan ik Zorgtoeslag krijgen?"


@shape("body")
def b_travel_product(d):
    d.k("studentenreisproduct", "DUO")
    return "mijn studentenreisproduct doet het niet en DUO zegt dat de gemeente moet helpen, bruh"


@shape("body")
def b_phone_debt(d):
    d.k("achterstand", "telefoonabonnement")
    return f"ik heb een achterstand bij mn telefoonabonnement van {d.amt()}, schaam me kapot"


@shape("body")
def b_contact_parent(d):
    d.k("Contactpersoon", "vader")
    return f"Contactpersoon: mijn vader {d.name(d.person('dad'))}, {d.phone('dad')}"


@shape("body")
def b_generic_contact(d):
    d.k(d.code14, f"info@{d.domain}", "niemand")
    return f"op de site staat bel {d.code14} of mail info@{d.domain} maar niemand reageert"


@shape("body")
def b_intake_date(d):
    m = d.c(MONTHS)
    d.k("intake", "Jongerenloket", m)
    return f"Op {d.wd()} {d.r.randint(1, 28)} {m} had ik een intake bij het Jongerenloket."


@shape("body")
def b_school_year(d):
    s, sk = d.c(SCHOOLS)
    d.k(sk, "toetsweek")
    return f"ik zit in 5 havo op {s} en volgende week is toetsweek dus niet te veel tegelijk pls"


@shape("body")
def b_postcode_unknown(d):
    d.k("postcode", "site")
    return f"jullie site zegt dat postcode {d.pc()} niet bestaat?? ik woon er gwn"


@shape("body")
def b_werkplein(d):
    d.k("Werkplein", "uitkering")
    return "Bij het Werkplein zeiden ze dat ik te jong ben voor een uitkering."


@shape("body")
def b_uwv(d):
    d.k("UWV", "werkzoekende")
    return "UWV zegt dat ik me eerst moet inschrijven als werkzoekende, maar ik ben 17??"


@shape("body")
def b_truancy(d):
    d.k("leerplichtambtenaar", "gesprek")
    return f"de leerplichtambtenaar, {title(d)} {d.name(d.person('off'), 'bare')}, wil een gesprek met mij en mn moeder"


@shape("body")
def b_friend_same(d):
    d.k("vriendin", "situatie")
    return f"mn vriendin {d.name(d.person('fr'), 'first')} zit in dezelfde situatie btw"


@shape("body")
def b_cjib(d):
    d.k("CJIB", "aanmaning")
    return f"Het CJIB stuurt nu al een tweede aanmaning, van {d.amt()} naar {d.amt()}"


@shape("body")
def b_bsn_toeslagen(d):
    d.k("Toeslagen", "burgerservicenummer")
    return f"Toeslagen vraagt om mijn burgerservicenummer, hier: {d.bsn()}. waarom weten jullie dat zelf niet"


@shape("body")
def b_iban_lower(d):
    d.k("rekeningnr")
    return f"rekeningnr is {d.iban(lower=True)} (staat op mn naam)"


@shape("body")
def b_form_lines(d):
    d.k("Nationaliteit", "Nederlandse")
    return f"\ngeb.datum: {d.dob(style=5)}\nNationaliteit: Nederlandse\n"


@shape("body")
def b_festival(d):
    sq = d.c(SQUARES)
    d.k("Jongerenfestival", sq)
    return f"Komt er dit jaar weer een Jongerenfestival op het {sq}? vorig jaar was lit 🔥"


@shape("body")
def b_skatepark(d):
    pk = d.c(PARKS)
    d.k("skatepark", pk, "scherven")
    return f"het skatepark in het {pk} is al maanden kapot, er liggen overal scherven"


@shape("body")
def b_mentor(d):
    d.k("mentor", "verklaring")
    return f"mijn mentor, {title(d)} {d.name(d.person('teacher'), 'bare')}, zegt dat ik een verklaring van jullie nodig heb"


@shape("body")
def b_status_holder(d):
    d.k("statushouder", "Nederlands")
    return "ik ben hier 3 jaar, statushouder, en mijn Nederlands is nog niet perfect maar ik probeer"


@shape("body")
def b_parents_income(d):
    d.k("inkomen", "Studiefinanciering")
    return "ik wil Studiefinanciering aanvragen maar DUO rekent met het inkomen van mn ouders, dat klopt gwn niet"


@shape("body")
def b_rent_benefit(d):
    d.k("huurtoeslag", "maand")
    return f"kan ik huurtoeslag krijgen voor een kamer van {d.amt()} per maand?"


@shape("body")
def b_jw_number(d):
    jw = d.person("jw")
    d.k("nummer")
    return f"{d.p(poss(jw.first), 'PERSON')} nummer is toch {d.phone('jw')}? die neemt niet op"


@shape("body")
def b_street_dark(d):
    s, _ = d.street()
    d.k("lantaarnpaal", "donker")
    return f"bij ons in de {d.p(s, 'ADDRESS')} is het 's nachts echt donker, lantaarnpaal is al weken stuk"


@shape("body")
def b_brother_dob(d):
    d.k("broertje", "school")
    return f"mijn broertje {d.name(d.person('bro'), 'first')} is van {d.dob(age=d.r.randint(6, 12))} en moet ook naar een nieuwe school"


@shape("body")
def b_iban_tnv(d):
    d.k("stort")
    return f"stort maar op {d.iban()} t.n.v. {d.name(d.me, 'initial')}"


@shape("body")
def b_appointment_nr(d):
    d.k("afspraaknummer")
    return f"afspraaknummer {d.case()} voor {d.wd()} om {d.r.randint(9, 16)}:00"


@shape("body")
def b_digid(d):
    d.k("DigiD", "verhuisd", d.city)
    return f"Mijn DigiD werkt niet meer sinds ik verhuisd ben naar {d.city}"


@shape("body")
def b_waste_tax(d):
    d.k("Gemeentebelastingen", "afvalstoffenheffing")
    return "ik kreeg ook een aanslag van Gemeentebelastingen voor afvalstoffenheffing??? ik woon op een kamer van 9m2"


@shape("body")
def b_remission(d):
    d.k("kwijtschelding", "student")
    return "kan ik kwijtschelding aanvragen als student of is dat alleen voor volwassenen"


@shape("body")
def b_system_error(d):
    d.k("systeem", "error")
    return "ewa ik heb alles ingevuld, wollah, maar het systeem zegt steeds error"


@shape("body")
def b_moped_ticket(d):
    d.k("handhaving", "brommer")
    return f"ik kreeg een bon van de handhaving op mn brommer ({d.plate()}) terwijl hij gewoon in het vak stond"


@shape("body")
def b_mom_email(d):
    d.k("moeder", "cc")
    mom = d.person("mom")
    return f"mijn moeder {d.name(mom, 'first')} staat in de cc ({d.email('mom')})"


@shape("body")
def b_friend_handle(d):
    d.k("vriend", "account")
    fr = d.person("fr2")
    return f"mn vriend {d.name(fr, 'low_first')} heeft het ook gepost op zijn account @{d.handle('fr2')}"


@shape("body")
def b_first_job_contract(d):
    d.k("contract", "loonstrook", "Horeca")
    return "eerste contract in de Horeca en mijn loonstrook klopt niet, mag dat op mijn leeftijd?"


@shape("body")
def b_official_mail(d):
    off = d.person("off")
    d.k("mailadres")
    return f"mag ik het mailadres van {d.name(off, 'first')}? ik had alleen {d.email('off')} maar dat werkt niet"


@shape("body")
def b_address_others(d):
    d.k("vriend", "logeren")
    return f"ik mag misschien logeren bij een vriend op {d.addr('friend')}, {d.pc('friend')}, mag dat als briefadres?"


@shape("body")
def b_passport(d):
    d.k("paspoort", "schoolreis", "Barcelona")
    return "mijn paspoort is verlopen en over 3 weken is de schoolreis naar Barcelona 😬"


@shape("body")
def b_youth_council_vote(d):
    d.k("verkiezingen", "Jongerenraad", "stemmen")
    return "mag ik al meedoen met de verkiezingen voor de Jongerenraad of moet ik 16 zijn om te stemmen?"


# ---------------------------------------------------------------- sign-offs
@shape("sign")
def s_groetjes(d):
    d.k("groetjes")
    return f"groetjes, {d.name(d.me, 'first')} ✌️"


@shape("sign")
def s_formal(d):
    d.k("vriendelijke", "groet")
    return f"Met vriendelijke groet,\n{d.name(d.me)}\n{d.phone()}"


@shape("sign")
def s_xx(d):
    return f"xx {d.name(d.me, 'low_first')}"


@shape("sign")
def s_thanks_full(d):
    d.k("bedankt")
    return f"alvast bedankt!! — {d.name(d.me)}"


@shape("sign")
def s_iphone(d):
    d.k("Verstuurd", "iPhone")
    return f"{d.name(d.me)}\n\nVerstuurd vanaf mijn iPhone"


@shape("sign")
def s_handle(d):
    return f"grtz, @{d.handle()}"


@shape("sign")
def s_bye_age(d):
    d.k("Doei")
    return f"Doei! {d.name(d.me, 'first')} ({d.age})"


@shape("sign")
def s_thanks_initial(d):
    d.k("thanks", "advance")
    return f"thanks in advance 🙏\n{d.name(d.me, 'initial')}\n{d.email()}"


@shape("known")
def k_ordinary_use(d):
    d.k(d.known_word)
    return d.known_sentence


def _names(kind: str) -> list[str]:
    return [n for n, (k, _) in SHAPES.items() if k == kind]


def build(i: int, r: random.Random) -> dict:
    known = i % 4 == 1
    d = Doc(r, known)
    frame = r.choice(_names("frame"))
    opening, joiner = SHAPES[frame][1](d)
    d.shapes.append(frame)
    bodies = r.sample(_names("body"), r.randint(3, 5))
    parts = []
    for b in bodies:
        parts.append(SHAPES[b][1](d))
        d.shapes.append(b)
    if known:
        parts.insert(r.randrange(len(parts) + 1), SHAPES["k_ordinary_use"][1](d))
        d.shapes.append("k_ordinary_use")
        sign = r.choice(["s_formal", "s_thanks_full", "s_iphone"])
    else:
        sign = r.choice(_names("sign"))
    closing = SHAPES[sign][1](d)
    d.shapes.append(sign)
    if joiner == " ":
        parts = [
            p
            if p.rstrip().endswith(("?", "!", ".", ")", "😭", "🙃", "🔥", "😤", "😬", "💀", "😅", "🥳", "🦊"))
            or p.endswith("\n")
            else p + "."
            for p in parts
        ]
    body = joiner.join(parts)
    text = f"{opening}{joiner}{body}\n\n{closing}" if joiner == " " else f"{opening}\n{body}\n{closing}"
    text = re.sub(r" *\n *", "\n", text)
    doc = {"id": f"fresh38d-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if known:
        kn: dict = {"names": [d.me.full]}
        if d.emails_of_me:
            kn["emails"] = d.emails_of_me
        if d.phones_of_me:
            kn["phones"] = d.phones_of_me
        doc["known"] = kn
    doc["_shapes"] = d.shapes
    return doc


def _words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", s) if len(w) > 1 and w.lower() not in score.PARTICLES}


def gate(doc: dict) -> str | None:
    """None when the document passes every gate, else the reason."""
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not nm.bsn_ok(item["text"]):
            return f"bsn {item['text']}"
        if item["label"] == "IBAN" and not nm.iban_ok(item["text"]):
            return f"iban {item['text']}"
    name_words = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            name_words |= _words(item["text"])
    known_words = _words(" ".join(doc.get("known", {}).get("names", [])))
    for k in doc["keep"]:
        shared = _words(k) & name_words
        if shared and not (k == k.lower() and shared <= known_words):
            return f"keep {k!r} shares {sorted(shared)} with a name"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", doc["text"]):
            return f"keep {k!r} is not a whole word of the text"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    if len(doc["text"]) != len(doc["text"].strip()):
        return "stray whitespace"
    return None


def generate() -> tuple[list[dict], int]:
    docs, redraws = [], 0
    for i in range(N):
        attempt = 0
        while True:
            r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
            doc = build(i, r)
            if gate({k: v for k, v in doc.items() if k != "_shapes"}) is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"document {i} keeps failing")
        docs.append(doc)
    return docs, redraws


def render(docs: list[dict]) -> str:
    return "".join(json.dumps({k: v for k, v in d.items() if k != "_shapes"}, ensure_ascii=False) + "\n" for d in docs)


def stats(docs: list[dict], redraws: int) -> str:
    labels = Counter(item["label"] for d in docs for item in d["pii"])
    used = Counter(s for d in docs for s in d["_shapes"])
    kinds = Counter(SHAPES[s][0] for s in SHAPES)
    groups = len(nm.GROUPS)
    lines = [f"documents      {len(docs)}"]
    lines += [f"{lab:15s}{labels[lab]}" for lab in LABELS]
    lines.append(f"pii items      {sum(labels.values())}")
    lines.append(f"keep words     {sum(len(d['keep']) for d in docs)}")
    lines.append(
        f"shapes         {len(SHAPES)} registered ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}), "
        f"{len(used)} used"
    )
    lines.append(f"origin groups  {groups}")
    lines.append(f"known-name docs {sum('known' in d for d in docs)}")
    lines.append(f"redraws        {redraws}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    docs, redraws = generate()
    text = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT.name} differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        print(stats(docs, redraws))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
