"""Seeded generator of the blind anonymizer corpus fresh39a: veterans, volunteer firefighters, first-aid and lifeguard
volunteers, reservists and their families in contact with the municipality and the mediator.

Usage (from the worktree root, PYTHONPATH=.):
    python tests/anonymizer/fresh39a/make_fresh39a.py           write fresh39a_texts.jsonl
    python tests/anonymizer/fresh39a/make_fresh39a.py --check   exit 1 if the committed file differs
    python tests/anonymizer/fresh39a/make_fresh39a.py --stats   counts per label, shapes, known names, redraws
Standard library only.
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
import names39a as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("score39a", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 20261331
NDOCS = 300
OUT = HERE / "fresh39a_texts.jsonl"
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
PARTICLES = score.PARTICLES | {"van", "der", "de", "den", "ten", "ter", "in", "'t"}
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
SHAPES: dict[str, tuple[str, object]] = {}


def shape(kind):
    def deco(fn):
        SHAPES[fn.__name__] = (kind, fn)
        return fn

    return deco


# ---------------------------------------------------------------- validators
def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0


def iban_ok(s: str) -> bool:
    c = re.sub(r"\s", "", s).upper()
    n = "".join(str(int(ch, 36)) for ch in c[4:] + c[:4])
    return int(n) % 97 == 1


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, first, last, female, origin, particle=""):
        self.first, self.last, self.female, self.origin, self.particle = first, last, female, origin, particle
        self.born = None

    @property
    def hij(self):
        return "zij" if self.female else "hij"

    @property
    def zijn(self):
        return "haar" if self.female else "zijn"

    @property
    def surname(self):  # as after a first name
        return f"{self.particle} {self.last}" if self.particle else self.last

    @property
    def bare(self):  # surname without first name: particle capitalised
        return self.surname[0].upper() + self.surname[1:]

    @property
    def full(self):
        return f"{self.first} {self.surname}"

    def initials(self, r):
        ini = "".join(p[0] + "." for p in self.first.replace("-", " ").split())
        if r.random() < 0.4:
            ini += r.choice("ACEHJLMPW") + "."
        return f"{ini} {self.surname}"

    @property
    def title(self):
        return "mevrouw" if self.female else "de heer"


class Ctx:
    def __init__(self, r: random.Random):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.used: list[str] = []
        self.people: list[Person] = []
        self.city = r.choice(N.CITIES)
        self.known_word = None
        self.R = self.person()
        self.M = self.person()  # the mediator
        self.used_names = set()

    # -- registration
    def add(self, text, label):
        if not any(i["text"] == text and i["label"] == label for i in self.pii):
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, *words):
        for w in words:
            if w not in self.keep:
                self.keep.append(w)
        return ""

    # -- people
    def person(self, origin=None, female=None, last=None, particle=None):
        r = self.r
        origin = origin or r.choice(list(N.ORIGINS))
        fem_names, male_names, (pre, suf), parts = N.ORIGINS[origin]
        female = r.random() < 0.5 if female is None else female
        first = r.choice(fem_names if female else male_names)
        if last is None:
            last = r.choice(pre) + r.choice(suf)
            if origin == "Pools" and female and last.endswith("ski"):
                last = last[:-1] + "a"
            particle = r.choice(parts) if parts else ""
        p = Person(first, last, female, origin, particle or "")
        self.people.append(p)
        return p

    def relative(self, p, female=None):
        for _ in range(20):
            q = self.person(origin=p.origin, female=female, last=p.last, particle=p.particle)
            if q.first not in {x.first for x in self.people[:-1]}:
                break
        return q

    def P(self, p, form="full"):
        r = self.r
        if form == "full":
            s = p.full
        elif form == "ini":
            s = p.initials(r)
        elif form == "bare":
            s = p.bare
        elif form == "first":
            s = p.first
        elif form == "caps":
            s = p.last.upper()
        elif form == "rev":
            s = f"{p.last.upper() if r.random() < 0.5 else p.last}, {p.first}" + (
                f" {p.particle}" if p.particle else ""
            )
        elif form == "poss":
            s = p.first + ("'s" if p.first[-1] in "aeiouy" else "s")
        elif form == "lowlast":
            s = re.sub(r"[^a-z]", "", p.last.lower()) or p.last.lower()
        else:
            raise ValueError(form)
        return self.add(s, "PERSON")

    def T(self, p, form="bare"):
        """Title + name; the title is not part of the item."""
        t = self.r.choice(["mevrouw", "mw.", "mevr."] if p.female else ["de heer", "dhr.", "meneer"])
        return f"{t} {self.P(p, form)}"

    # -- structured
    def street(self):
        return self.r.choice(N.STREET_A) + self.r.choice(N.STREET_B)

    def addr(self, street=None):
        r = self.r
        s = f"{street or self.street()} {r.randint(1, 240)}{r.choice(['', '', '', 'a', '-2', ' bis', 'A'])}"
        return self.add(s, "ADDRESS")

    def pc(self):
        r = self.r
        while True:
            l2 = r.choice("ABCEGHJKLMNPRTVWXZ") + r.choice("ABCEGHJKLMNPRTVWXZ")
            if l2 not in ("SA", "SD", "SS"):
                break
        s = f"{r.randint(1000, 9999)}{r.choice([' ', ' ', ''])}{l2}"
        return self.add(s, "POSTCODE")

    def phone(self, mobile=None):
        r = self.r
        mobile = r.random() < 0.65 if mobile is None else mobile
        if mobile:
            d = "".join(str(r.randint(0, 9)) for _ in range(8))
            s = r.choice(
                [
                    f"06-{d}",
                    f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                    f"+31 6 {d[:4]} {d[4:]}",
                    f"0031 6 {d}",
                    f"(06) {d[:4]}-{d[4:]}",
                    f"+316{d}",
                ]
            )
        else:
            a = N.AREA[self.city]
            n = 10 - len(a)
            d = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
            s = r.choice([f"{a}-{d}", f"({a}) {d}", f"+31 {a[1:]} {d}"])
        return self.add(s, "PHONE")

    def mail(self, p, work=None):
        r = self.r
        ascii_ = lambda x: re.sub(
            r"[^a-z]",
            "",
            x.lower().translate(str.maketrans("ąćęłńóśźżçãéíáñüöäğışčžőúàè", "acelnoszzcaeianuoagisczouae")),
        )
        f, l = ascii_(p.first), ascii_(p.last)
        local = r.choice(
            [f"{f}.{l}", f"{f[0]}.{l}", f"{l}{f[0]}", f"{f}{l}{r.randint(1950, 2005) % 100:02d}", f"{f}_{l}"]
        )
        dom = work or r.choice(N.PROVIDERS)
        return self.add(f"{local}@{dom}", "EMAIL")

    def bsn(self):
        r = self.r
        while True:
            d = [r.randint(0, 9) for _ in range(8)]
            d[0] = r.randint(1, 9)
            last = sum(c * w for c, w in zip(d, range(9, 1, -1))) % 11
            if last < 10:
                break
        s = "".join(map(str, d)) + str(last)
        s = r.choice([s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])
        return self.add(s, "BSN")

    def iban(self):
        r = self.r
        bank = r.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "BUNQ", "KNAB", "RBRB"])
        acc = "".join(str(r.randint(0, 9)) for _ in range(10))
        n = int("".join(str(int(ch, 36)) for ch in bank + acc + "NL00"))
        chk = 98 - n % 97
        s = f"NL{chk:02d}{bank}{acc}"
        if r.random() < 0.6:
            s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        return self.add(s, "IBAN")

    def plate(self):
        r = self.r
        L = lambda n: "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(n))
        D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        s = r.choice(
            [
                f"{D(2)}-{L(3)}-{D(1)}",
                f"{L(2)}-{D(3)}-{L(1)}",
                f"{D(1)}-{L(3)}-{D(2)}",
                f"{L(3)}-{D(2)}-{L(1)}",
                f"{L(1)}-{D(3)}-{L(2)}",
                f"{D(3)}-{L(2)}-{D(1)}",
            ]
        )
        return self.add(s, "LICENSE_PLATE")

    def case(self):
        r = self.r
        n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        s = r.choice(
            [
                f"VLK-26-{n(5)}",
                f"AFS/2026/{n(4)}-{r.choice('ABCDK')}",
                f"VTA.{n(2)}.{n(5)}",
                f"GEM-VET-{n(6)}",
                f"Z26-{n(3)}.{n(3)}",
                f"BRV/{n(4)}/26",
                f"VZ{n(7)}",
                f"HRD-2026-{n(3)}",
                f"WON/URG/{n(5)}",
                f"CL26{r.choice('ABX')}{n(4)}",
            ]
        )
        return self.add(s, "CASE_NUMBER")

    def dob(self, cue=True, p=None):
        r = self.r
        p = p or self.R
        if p.born is None:
            p.born = (r.randint(1938, 2004), r.randint(1, 12), r.randint(1, 28))
        y, m, d = p.born
        s = r.choice(
            [
                f"{d:02d}-{m:02d}-{y}",
                f"{d} {MONTHS[m - 1]} {y}",
                f"{d}/{m}/{y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d:02d}.{m:02d}.{y}",
                f"{d} {MON3[m - 1]}. {y}",
                f"{d}-{m}-'{y % 100:02d}",
                f"{d} {MONTHS[m - 1].upper()} {y}",
            ]
        )
        self.add(s, "DATE_OF_BIRTH")
        if not cue:
            return s
        return r.choice(["geboren op ", "geb. ", "geboortedatum ", "°", "* ", "geboren "]) + s

    def date(self, keep=True):
        r = self.r
        s = r.choice(
            [
                f"{r.randint(1, 28)} {MONTHS[r.randint(0, 11)]} 2026",
                f"{r.randint(1, 28)}-{r.randint(1, 12)}-2026",
                f"{r.randint(1, 28)} {MONTHS[r.randint(0, 11)]}",
            ]
        )
        if keep:
            self.k(s)
        return s

    def amount(self):
        r = self.r
        s = r.choice([f"{r.randint(40, 2400)},{r.choice(['00', '50', '95', '25'])}", f"{r.randint(2, 40) * 50}"])
        self.k(s)
        return "€ " + s

    def gemnr(self):
        s = "14 " + N.AREA[self.city]
        self.k(s)
        return s

    def info(self):
        s = f"info@{self.city.lower().replace(' ', '')}.nl"
        self.k(s)
        return s

    def official(self):
        r = self.r
        p = self.person()
        fn, dept = r.choice(
            [
                ("beleidsadviseur", "Team Veteranenzaken"),
                ("coördinator", "Veteranenloket"),
                ("consulent", "Afdeling Wonen"),
                ("teamleider", "Vrijwilligerszaken"),
                ("casemanager", "Veteraneninstituut"),
                ("postcommandant", "Brandweerpost"),
                ("ploegchef", "Veiligheidsregio"),
                ("medewerker", "Burgerzaken"),
                ("adviseur", "Team Sociaal Domein"),
                ("secretaris", "Comité Dodenherdenking"),
                ("kabinetsmedewerker", "Kabinet Burgemeester"),
                ("Wmo-consulent", "Wijkteam"),
            ]
        )
        return p, fn, dept


# ---------------------------------------------------------------- document shapes (kind "document")
@shape("document")
def d_uitnodiging_veteranendag(C):
    r = C.r
    o, fn, dept = C.official()
    C.k(dept)
    head = (
        f"Uitnodiging Veteranendag {C.city}\nAan: {C.T(C.R, 'ini') if r.random() < 0.5 else C.P(C.R, 'ini')}\n"
        f"{C.addr()}\n{C.pc()} {C.city}\n\nGeachte {C.R.title} {C.P(C.R, 'bare')},\n"
        f"Graag nodigen wij u uit voor de Veteranendag op zaterdag {C.date()} in de Stadsschouwburg."
    )
    tail = f"\nMet vriendelijke groet,\n{C.P(o)}\n{fn}, {dept}"
    C.k("Uitnodiging", "Veteranendag", "Stadsschouwburg", "zaterdag", C.city)
    return head, tail


@shape("document")
def d_intake_veteranenloket(C):
    r = C.r
    head = (
        f"INTAKEFORMULIER VETERANENLOKET\nNaam: {C.P(C.R, 'rev')}\nGeboortedatum: {C.dob(cue=False)}\n"
        f"BSN: {C.bsn()}\nAdres: {C.addr()}, {C.pc()} {C.city}\nTelefoon: {C.phone()}\nOnderdeel: "
        f"{r.choice(['Koninklijke Landmacht', 'Koninklijke Marine', 'Koninklijke Luchtmacht', 'Marechaussee'])}\n"
        f"Zaaknummer: {C.case()}\n\nToelichting:"
    )
    C.k("INTAKEFORMULIER", "Geboortedatum", "Adres", "Onderdeel", "Zaaknummer", "Toelichting")
    return head, f"\nIngevuld door: {C.P(C.M, 'ini')} (bemiddelaar)"


@shape("document")
def d_piketrooster(C):
    r = C.r
    ploeg = [C.person() for _ in range(3)]
    rows = "\n".join(
        f"{day}: {C.P(p, r.choice(['full', 'ini']))} ({rol})"
        for day, p, rol in zip(["Maandag", "Dinsdag", "Woensdag"], ploeg, ["bevelvoerder", "chauffeur", "manschap"])
    )
    head = f"Piketrooster Vrijwillige Brandweer {C.city}, week {r.randint(2, 51)}\n{rows}\nRuilingen via {C.P(C.R)}:"
    C.k("Piketrooster", "Vrijwillige", "Brandweer", "Maandag", "Dinsdag", "Woensdag", "bevelvoerder", "Ruilingen")
    return head, f"\nVragen over het rooster: {C.info()}"


@shape("document")
def d_pagerbericht(C):
    r = C.r
    p1, p2 = C.person(), C.person()
    head = (
        f"P 1 BRW-{r.randint(1, 3)} Binnenbrand woning {C.addr()} {C.city} {r.randint(10, 99)}{r.randint(1000, 9999)}\n"
        f"Bevestigd door: {C.P(p1, 'ini')}, {C.P(p2, 'first')} {C.P(p2, 'caps')}\n"
    )
    C.k("Binnenbrand", "woning", "Bevestigd")
    return head, f"\nNaschrift ploegleider {C.P(C.R)}: de opkomsttijd was ruim binnen de norm."


@shape("document")
def d_schadeclaim(C):
    r = C.r
    head = (
        f"Schadeformulier vrijwilliger - letsel of schade tijdens inzet\nDossiernummer: {C.case()}\n"
        f"Naam vrijwilliger: {C.P(C.R)}\nRekeningnummer voor vergoeding: {C.iban()}\nKenteken eigen auto: {C.plate()}\n"
        f"Omschrijving:"
    )
    C.k(
        "Schadeformulier",
        "vrijwilliger",
        "letsel",
        "inzet",
        "Dossiernummer",
        "Rekeningnummer",
        "vergoeding",
        "Omschrijving",
    )
    return head, f"\nBehandeld door {C.P(C.M)} op {C.date()}."


@shape("document")
def d_brief_partner(C):
    r = C.r
    partner = C.relative(C.R, female=not C.R.female)
    head = (
        f"Geachte {C.r.choice(['bemiddelaar', 'heer, mevrouw'])},\n\nIk schrijf u namens mijn "
        f"{'man' if C.R.female is False else 'vrouw'} {C.P(C.R)}, die sinds {C.R.zijn} uitzending moeilijk praat "
        f"over wat er speelt."
    )
    C.k("Geachte", "uitzending", "moeilijk")
    return head, f"\nMet hartelijke groet,\n{C.P(partner)}\n{C.addr()}\n{C.phone()}"


@shape("document")
def d_brief_kind(C):
    child = C.relative(C.R)
    head = (
        f"Beste meneer of mevrouw,\nMijn naam is {C.P(child)} en ik ben {C.r.randint(14, 17)} jaar. Mijn "
        f"{'moeder' if C.R.female else 'vader'} {C.P(C.R, 'first')} was reservist en praat er thuis bijna niet over."
    )
    C.k("Beste", "reservist", "thuis")
    return head, f"\nGroetjes van {C.P(child, 'first')} (mail: {C.mail(child)})"


@shape("document")
def d_email_thread(C):
    o, fn, dept = C.official()
    C.k(dept)
    head = (
        f"Van: {C.P(C.R)} <{C.mail(C.R)}>\nAan: {C.P(o, 'ini')} ({fn}, {dept})\nCc: {C.info()}\n"
        f"Onderwerp: reactie op uw brief van {C.date()}\n"
    )
    C.k("Onderwerp", "reactie", "brief")
    return head, "\n-- \nVerstuurd vanaf mijn telefoon"


@shape("document")
def d_gespreksverslag(C):
    o, fn, dept = C.official()
    head = (
        f"Verslag contactmoment {C.date()}\nAanwezig: {C.P(C.R)} (verzoeker), {C.P(o)} ({fn}), {C.P(C.M)} (bemiddelaar)\n"
        f"Kenmerk: {C.case()}\n"
    )
    C.k("Verslag", "contactmoment", "Aanwezig", "verzoeker", "Kenmerk", "bemiddelaar")
    return head, "\nControlevraag gesteld: is alles besproken? Antwoord: ja."


@shape("document")
def d_voordracht_onderscheiding(C):
    r = C.r
    voordrager = C.person()
    head = (
        f"Voordracht Koninklijke Onderscheiding\nKandidaat: {C.P(C.R, 'ini')}, {C.dob()}\nWoonadres: {C.addr()} "
        f"te {C.city}\nVoorgedragen door: {C.P(voordrager)}, {C.phone()}\n"
    )
    C.k("Voordracht", "Koninklijke", "Onderscheiding", "Kandidaat", "Woonadres")
    return head, f"\nDe voordracht loopt via het Kabinet Burgemeester; antwoord volgt voor {C.date()}."


@shape("document")
def d_herdenking_aanmelding(C):
    head = (
        f"Aanmelding kranslegging Nationale Dodenherdenking 4 mei\nNamens: {C.P(C.R)}\nVereniging: "
        f"{C.r.choice(['Bond van Wapenbroeders', 'Veteranenvereniging', 'Stichting Dutchbat Veteranen'])}\n"
        f"Contact: {C.mail(C.R)}\n"
    )
    C.k("Aanmelding", "kranslegging", "Nationale", "Dodenherdenking", "Vereniging")
    return head, "\nOpstellen om 19.30 uur bij het monument op de Markt."


@shape("document")
def d_buddy_koppeling(C):
    buddy = C.person()
    head = (
        f"Koppelingsformulier Buddyprogramma Veteranen\nDeelnemer: {C.P(C.R)} ({C.dob()})\nBuddy: {C.P(buddy)}, "
        f"telefoon {C.phone()}\nStartdatum: {C.date()}\n"
    )
    C.k("Koppelingsformulier", "Buddyprogramma", "Veteranen", "Deelnemer", "Buddy", "Startdatum")
    return head, f"\nEerste evaluatie door {C.P(C.M, 'ini')} na drie maanden."


@shape("document")
def d_urgentieaanvraag(C):
    head = (
        f"Aanvraag urgentieverklaring woonruimte (veteraan)\nAanvrager: {C.P(C.R, 'rev')}\nBSN {C.bsn()}\n"
        f"Huidig verblijf: {C.addr()}, {C.pc()} {C.city}\nZaak: {C.case()}\n"
    )
    C.k("Aanvraag", "urgentieverklaring", "woonruimte", "veteraan", "Aanvrager", "verblijf")
    return head, f"\nDe Woningtoewijzingscommissie beslist binnen acht weken. Vragen: {C.gemnr()}."


@shape("document")
def d_werkgeversverklaring(C):
    baas = C.person()
    head = (
        f"Werkgeversverklaring reservist\nOndergetekende {C.P(baas)}, directeur van een installatiebedrijf, "
        f"verklaart dat werknemer {C.P(C.R)} ({C.dob()}) vrij krijgt voor oefeningen van het Korps Nationale Reserve.\n"
    )
    C.k("Werkgeversverklaring", "Ondergetekende", "directeur", "installatiebedrijf", "werknemer", "oefeningen", "Korps")
    return head, f"\nHandtekening: {C.P(baas, 'ini')}"


@shape("document")
def d_inzetrapport_reddingsbrigade(C):
    r = C.r
    zwemmer = C.person()
    head = (
        f"Inzetrapport Reddingsbrigade strandpost {r.randint(2, 30)}\nDatum: {C.date()}\nPostcommandant: {C.P(C.R)}\n"
        f"Slachtoffer: {C.P(zwemmer)}, {C.dob(p=zwemmer)}, woonachtig {C.addr()}\n"
    )
    C.k("Inzetrapport", "Reddingsbrigade", "strandpost", "Postcommandant", "Slachtoffer", "woonachtig")
    return head, "\nOverdracht aan de ambulance om 16.12 uur."


@shape("document")
def d_ehbo_ledenlijst(C):
    a, b = C.person(), C.person()
    head = (
        f"Ledenadministratie EHBO-vereniging {C.city}\n1. {C.P(C.R, 'rev')} - diploma verloopt {C.date()}\n"
        f"2. {C.P(a, 'rev')} - {C.mail(a)}\n3. {C.P(b, 'rev')} - {C.phone()}\n"
    )
    C.k("Ledenadministratie", "diploma", "verloopt")
    return head, "\nHerhalingsles reanimatie en AED op dinsdagavond in het wijkgebouw."


@shape("document")
def d_telefoonnotitie(C):
    r = C.r
    head = (
        f"Telefoonnotitie {C.date()} {r.randint(8, 17)}:{r.choice(['05', '20', '45', '50'])}\nBeller: {C.P(C.R)}, "
        f"terugbellen op {C.phone()}\nOpgenomen door: {C.P(C.M, 'first')}\n"
    )
    C.k("Telefoonnotitie", "Beller", "terugbellen", "Opgenomen")
    return head, "\nActie: terugbellen binnen twee werkdagen."


@shape("document")
def d_groepsapp(C):
    r = C.r
    a = C.person()
    head = (
        f"[{r.randint(18, 22)}:{r.randint(10, 59)}] {C.P(a, 'first')}: wie kan zaterdag de dienst van "
        f"{C.P(C.R, 'first')} overnemen?\n[{r.randint(18, 22)}:{r.randint(10, 59)}] {C.P(C.R, 'first')}: "
    )
    C.k("zaterdag", "dienst", "overnemen")
    return head, "\n[23:02] Beheerder: berichten over inzetten alleen via de pager, niet in deze groep."


@shape("document")
def d_medailleoverzicht(C):
    head = (
        f"Overzicht uitreiking Herinneringsmedailles, {C.city}\n- {C.P(C.R, 'caps')} {C.P(C.R, 'first')} "
        f"(inzet {C.r.choice(['Libanon', 'Bosnië', 'Afghanistan', 'Mali', 'Irak', 'Kosovo'])})\n"
        f"- {C.P(C.person(), 'rev')} (inzet Uruzgan)\n"
    )
    C.k("Overzicht", "uitreiking", "Herinneringsmedailles", "Uruzgan")
    return head, "\nDe uitreiking is in de raadzaal, ingang via de Raadhuisstraat."


@shape("document")
def d_verzoekformulier_web(C):
    head = (
        f"Verzoek tot afstemming (webformulier)\nUw naam: {C.P(C.R)}\nE-mailadres: {C.mail(C.R)}\n"
        f"Telefoon: {C.phone()}\nOnderwerp: {C.r.choice(['Veteranen', 'Brandweer', 'Wonen', 'Zorg'])}\nUw vraag:\n"
    )
    C.k("Verzoek", "afstemming", "webformulier", "Onderwerp", "vraag")
    return head, f"\nOntvangstbevestiging met volgcode {C.case()} verstuurd."


# ---------------------------------------------------------------- body sentence shapes (kind "sentence")
@shape("sentence")
def s_medaille_ontbreekt(C):
    return (
        f"{C.T(C.R)} mist nog altijd het Draaginsignia Gewonden; de aanvraag ligt sinds {C.date()} bij het "
        f"Veteraneninstituut in Doorn." + C.k("Draaginsignia", "Gewonden", "aanvraag", "Veteraneninstituut", "Doorn")
    )


@shape("sentence")
def s_veteranenpas(C):
    return (
        f"De veteranenpas van {C.P(C.R, 'first')} is verlopen en de nieuwe pas kwam terug met het adres "
        f"{C.addr()}, {C.pc()}." + C.k("veteranenpas", "verlopen", "adres")
    )


@shape("sentence")
def s_partner_belt(C):
    p = C.relative(C.R, female=not C.R.female)
    return (
        f"{C.P(p)} belde op {C.date()} omdat {'haar' if p.female else 'zijn'} partner 's nachts weer "
        f"nachtmerries heeft en de huisarts doorverwees naar het Veteranenloket."
        + C.k("belde", "nachtmerries", "huisarts", "Veteranenloket")
    )


@shape("sentence")
def s_dochter_mail(C):
    d = C.relative(C.R, female=True)
    return f"Dochter {C.P(d)} ({C.mail(d)}) vraagt of haar vader mee mag naar de Veteranendag in een rolstoel." + C.k(
        "Dochter", "vader", "Veteranendag", "rolstoel"
    )


@shape("sentence")
def s_zoon_whatsapp(C):
    z = C.relative(C.R, female=False)
    return (
        f"Via WhatsApp stuurde zoon {C.P(z, 'first')} ({C.phone(mobile=True)}) een foto van de lekkage "
        f"in de woning van zijn ouders." + C.k("WhatsApp", "zoon", "lekkage", "ouders")
    )


@shape("sentence")
def s_pager_kapot(C):
    return (
        f"De pager van brandweervrijwilliger {C.P(C.R)} viel drie keer uit tijdens de nachtdienst, "
        f"waardoor {C.R.hij} een alarmering miste." + C.k("pager", "brandweervrijwilliger", "nachtdienst", "alarmering")
    )


@shape("sentence")
def s_letsel_inzet(C):
    return (
        f"Bij de inzet op {C.date()} liep {C.T(C.R)} een brandwond op aan de hand; de Veiligheidsregio "
        f"wil de kosten pas na {C.amount()} eigen risico vergoeden." + C.k("Veiligheidsregio", "brandwond", "kosten")
    )


@shape("sentence")
def s_auto_schade(C):
    return (
        f"Op weg naar de kazerne raakte de eigen auto ({C.plate()}) van {C.P(C.R, 'ini')} beschadigd; de "
        f"gemeente verwijst naar de verzekering." + C.k("kazerne", "beschadigd", "verzekering")
    )


@shape("sentence")
def s_iban_vergoeding(C):
    return (
        f"De vrijwilligersvergoeding van {C.amount()} per kwartaal moet voortaan naar {C.iban()} "
        f"(t.n.v. {C.P(C.R, 'ini')})." + C.k("vrijwilligersvergoeding", "kwartaal", "voortaan")
    )


@shape("sentence")
def s_bsn_foutief(C):
    return (
        f"In het dossier stond het BSN {C.bsn()}, maar dat hoort bij een andere veteraan met dezelfde "
        f"achternaam." + C.k("dossier", "veteraan", "achternaam")
    )


@shape("sentence")
def s_dob_cue(C):
    return (
        f"{C.P(C.R)}, {C.dob()}, diende van {C.R.born[0] + 19} tot {C.R.born[0] + 23} bij de Luchtmobiele Brigade."
        + C.k("diende", "Luchtmobiele", "Brigade")
    )


@shape("sentence")
def s_dob_paren(C):
    return f"Het gaat om {C.T(C.R, 'ini')} (geboortedatum {C.dob(cue=False)}), oud-militair en nu mantelzorger." + C.k(
        "oud-militair", "mantelzorger"
    )


@shape("sentence")
def s_dob_plain(C):
    return f"Gegevens veteraan: {C.P(C.R, 'rev')}; {C.dob(cue=False)}; {C.addr()}." + C.k("Gegevens", "veteraan")


@shape("sentence")
def s_herdenking_spreker(C):
    return f"Tijdens de herdenking op de Grebbeberg sprak {C.P(C.R)} namens de veteranen uit {C.city}." + C.k(
        "herdenking", "Grebbeberg", "veteranen"
    )


@shape("sentence")
def s_buddy_stopt(C):
    b = C.person()
    return (
        f"Buddy {C.P(b)} stopt na twee jaar; {C.P(b, 'first')} verhuist naar {C.r.choice(['Groningen', 'Venlo', 'Tiel'])} "
        f"en draagt het contact over aan de coördinator." + C.k("stopt", "verhuist", "coördinator")
    )


@shape("sentence")
def s_woonwens(C):
    return (
        f"Sinds de scheiding slaapt {C.P(C.R, 'first')} in een caravan op het erf van een kameraad aan de "
        f"{C.addr()}; de wachttijd voor een woning is volgens Woonstichting {C.r.choice(['De Kern', 'Thuisvester', 'Trivire'])} "
        f"ruim vier jaar." + C.k("scheiding", "caravan", "wachttijd", "Woonstichting")
    )


@shape("sentence")
def s_zorg_ptss(C):
    return (
        f"De huisarts van {C.P(C.R, 'poss')} gezin vindt dat de behandeling bij Centrum '45 te lang op zich laat "
        f"wachten." + C.k("huisarts", "gezin", "behandeling", "Centrum")
    )


@shape("sentence")
def s_wmo_aanpassing(C):
    o, fn, dept = C.official()
    C.k(dept)
    return (
        f"{C.P(o)} ({fn}, {dept}) beloofde op {C.date()} een traplift, maar de aanvraag {C.case()} staat nog open."
        + C.k("beloofde", "traplift", "aanvraag")
    )


@shape("sentence")
def s_officieel_belt_terug(C):
    o, fn, dept = C.official()
    C.k(dept)
    return f"Afspraak: {C.T(o)} van {dept} belt {C.T(C.R)} uiterlijk {C.date()} terug op {C.phone()}." + C.k(
        "Afspraak", "uiterlijk"
    )


@shape("sentence")
def s_bemiddelaar_notitie(C):
    return f"Notitie van bemiddelaar {C.P(C.M)}: het verzoek gaat niet over geld, maar over erkenning." + C.k(
        "Notitie", "bemiddelaar", "verzoek", "erkenning"
    )


@shape("sentence")
def s_reservist_ontslag(C):
    return (
        f"Reservist {C.P(C.R)} dreigt {C.R.zijn} baan bij de plantsoenendienst te verliezen omdat {C.R.hij} twee weken op "
        f"oefening ging." + C.k("Reservist", "plantsoenendienst", "oefening")
    )


@shape("sentence")
def s_kenteken_parkeren(C):
    return (
        f"De parkeerboete voor {C.plate()} kreeg {C.P(C.R, 'first')} tijdens een uitruk; de kazerne ligt "
        f"in de blauwe zone." + C.k("parkeerboete", "uitruk", "blauwe", "zone")
    )


@shape("sentence")
def s_claim_bril(C):
    return (
        f"Bij het reanimeren op het strandbad brak de bril van lifeguard {C.P(C.R)}; de claim ({C.case()}) is "
        f"afgewezen." + C.k("reanimeren", "strandbad", "lifeguard", "afgewezen")
    )


@shape("sentence")
def s_ehbo_post(C):
    return (
        f"Op de braderie draaide {C.P(C.R, 'ini')} van de EHBO-vereniging een dienst van acht uur zonder "
        f"vervanging." + C.k("braderie", "EHBO-vereniging", "vervanging")
    )


@shape("sentence")
def s_kaps_bestand(C):
    return f"Het bestand verklaring_{C.P(C.R, 'lowlast')}_2026.pdf is leeg aangekomen." + C.k(
        "bestand", "leeg", "aangekomen"
    )


@shape("sentence")
def s_handle_mail(C):
    return f"Reacties graag naar {C.mail(C.R)} en niet naar het algemene adres {C.info()}." + C.k(
        "Reacties", "algemene"
    )


@shape("sentence")
def s_caps_signature(C):
    return f"Ondertekend: {C.P(C.R, 'caps')}, {C.P(C.R, 'first')} - oud-marinier, {C.city}." + C.k(
        "Ondertekend", "oud-marinier"
    )


@shape("sentence")
def s_kinderen_school(C):
    c1 = C.relative(C.R)
    c2 = C.relative(C.R)
    return (
        f"Tijdens de uitzending van hun ouder kregen {C.P(c1, 'first')} en {C.P(c2, 'first')} op school "
        f"weinig begrip; de Stichting Thuisfront kan helpen."
        + C.k("uitzending", "school", "begrip", "Stichting", "Thuisfront")
    )


@shape("sentence")
def s_buurman_klacht(C):
    b = C.person()
    return f"Buurman {C.P(b)} van nummer {C.r.randint(2, 90)} klaagt over de sirene van de piepers 's nachts." + C.k(
        "Buurman", "sirene", "piepers"
    )


@shape("sentence")
def s_postcode_pas(C):
    return f"Stuur de nieuwe pas naar postcode {C.pc()}, huisnummer {C.r.randint(1, 99)}." + C.k("Stuur", "huisnummer")


@shape("sentence")
def s_uitkering_iban(C):
    return f"De Militaire Invaliditeitspensioen-uitkering komt via ABP binnen op rekening {C.iban()}." + C.k(
        "Militaire", "Invaliditeitspensioen-uitkering", "ABP", "rekening"
    )


@shape("sentence")
def s_weduwe(C):
    w = C.relative(C.R, female=True)
    return f"Weduwe {C.P(w)} wil de medailles van haar overleden man laten tonen in het Museum Bronbeek." + C.k(
        "Weduwe", "medailles", "overleden", "Museum", "Bronbeek"
    )


@shape("sentence")
def s_initialen_telefoon(C):
    return f"Bereikbaar: {C.P(C.R, 'ini')}, {C.phone(mobile=False)} (na 17.00 uur)." + C.k("Bereikbaar")


@shape("sentence")
def s_vraag_kern(C):
    return (
        f"Waar gaat het eigenlijk om? {C.P(C.R, 'first')} wil dat de gemeente erkent dat de brief over de "
        f"Veteranendag nooit is aangekomen." + C.k("Waar", "eigenlijk", "gemeente", "erkent")
    )


@shape("sentence")
def s_rooster_ruil(C):
    a = C.person()
    return f"Ruil: {C.P(a, 'ini')} neemt de zondagdienst over, {C.P(C.R, 'ini')} de feestdagen." + C.k(
        "Ruil", "zondagdienst", "feestdagen"
    )


@shape("sentence")
def s_oefenavond(C):
    return f"Op de oefenavond van donderdag stond {C.P(C.R, 'first')} bij de hoogwerker zonder valbeveiliging." + C.k(
        "oefenavond", "donderdag", "hoogwerker", "valbeveiliging"
    )


@shape("sentence")
def s_dossier_overdracht(C):
    o, fn, dept = C.official()
    C.k(dept)
    return f"Het dossier {C.case()} ging bij de reorganisatie van {dept} over naar {C.P(o, 'ini')}, {fn}." + C.k(
        "dossier", "reorganisatie"
    )


@shape("sentence")
def s_adres_verhuizing(C):
    return f"Per {C.date()} woont het gezin op {C.addr()} ({C.pc()})." + C.k("woont", "gezin")


@shape("sentence")
def s_straat_alleen(C):
    st = C.street()
    C.add(st, "ADDRESS")
    return f"Het huis aan de {st} is niet aangepast voor een rolstoel." + C.k("huis", "aangepast", "rolstoel")


@shape("sentence")
def s_mediator_afsluiting(C):
    return f"Afgesloten door {C.P(C.M, 'ini')}: de verzoeker mag altijd terugkomen als het opnieuw misgaat." + C.k(
        "Afgesloten", "verzoeker", "terugkomen"
    )


@shape("sentence")
def s_tolk(C):
    t = C.person()
    return (
        f"Bij het gesprek was tolk {C.P(t)} aanwezig, omdat de moeder van de veteraan alleen "
        f"{C.r.choice(['Papiamentu', 'Tigrinya', 'Arabisch', 'Pools', 'Turks', 'Sranantongo'])} spreekt."
        + C.k("gesprek", "tolk", "moeder", "aanwezig")
    )


@shape("sentence")
def s_bedrag_schade(C):
    return f"De schade aan de fiets bedraagt {C.amount()}; {C.P(C.R, 'bare')} legde de bon over op {C.date()}." + C.k(
        "schade", "fiets", "bedraagt", "bon"
    )


@shape("sentence")
def s_bsn_iban_regel(C):
    return f"BSN: {C.bsn()} | IBAN: {C.iban()} | tel.: {C.phone()}" + C.k("IBAN")


@shape("sentence")
def s_klacht_voorkomen(C):
    return (
        f"{C.P(C.R, 'bare')} wilde eerst een klacht indienen, maar koos na uitleg van het Veteranenloket voor "
        f"afstemming." + C.k("klacht", "indienen", "uitleg", "afstemming")
    )


@shape("sentence")
def s_schoonzoon(C):
    s = C.person()
    return f"Schoonzoon {C.P(s)} ({C.mail(s)}) regelt de post omdat {C.T(C.R)} slecht ziet." + C.k(
        "Schoonzoon", "regelt", "slecht"
    )


@shape("sentence")
def s_kazerne_adres(C):
    return f"De brandweerkazerne staat aan de {C.addr()}, maar de post wordt gesloten per {C.date()}." + C.k(
        "brandweerkazerne", "gesloten"
    )


@shape("sentence")
def s_zwemwacht(C):
    return f"Zwemwacht {C.P(C.R)} ({C.dob(cue=False)}) kreeg na de redding geen nazorggesprek aangeboden." + C.k(
        "Zwemwacht", "redding", "nazorggesprek", "aangeboden"
    )


@shape("sentence")
def s_nazorg_team(C):
    o, fn, dept = C.official()
    C.k(dept)
    return (
        f"Het Bedrijfsopvangteam van de {dept} sprak met {C.P(C.R, 'first')}, maar {fn} {C.P(o)} verloor het verslag."
        + C.k("Bedrijfsopvangteam", "verslag")
    )


@shape("sentence")
def s_mail_lowercase(C):
    return f"cc aan {C.mail(C.R)}, de rest volgt per post." + C.k("rest", "volgt")


@shape("sentence")
def s_verjaardag_dob(C):
    return f"{C.P(C.R, 'first')} wordt op {C.dob(cue=False)} geboren genoteerd in de BRP, maar dat klopt niet." + C.k(
        "genoteerd", "BRP", "klopt"
    )


@shape("sentence")
def s_lintje(C):
    return (
        f"Bij de Lintjesregen op {C.date()} werd {C.T(C.R, 'ini')} benoemd tot Lid in de Orde van Oranje-Nassau."
        + C.k("Lintjesregen", "benoemd", "Orde", "Oranje-Nassau")
    )


@shape("sentence")
def s_parkeervergunning_invalide(C):
    return (
        f"Een gehandicaptenparkeerkaart voor kenteken {C.plate()} werd geweigerd omdat de keuring te laat was."
        + C.k("gehandicaptenparkeerkaart", "kenteken", "geweigerd", "keuring")
    )


@shape("sentence")
def s_ouders_uitnodiging(C):
    v = C.relative(C.R, female=False)
    m = C.person(female=True)
    return f"De ouders, {C.P(v)} en {C.P(m)}, kregen geen uitnodiging voor de beëdiging van hun kind." + C.k(
        "ouders", "uitnodiging", "beëdiging"
    )


@shape("sentence")
def s_case_cue(C):
    return f"Ons kenmerk: {C.case()}. Uw kenmerk: {C.case()}." + C.k("kenmerk")


@shape("sentence")
def s_dob_caps_month(C):
    return f"GEBOREN: {C.dob(cue=False)} TE {C.city.upper()}" + C.k("GEBOREN")


@shape("sentence")
def s_fietstocht(C):
    return f"De herdenkingsfietstocht langs de Grebbelinie werd geleid door {C.P(C.R)} en {C.P(C.person())}." + C.k(
        "herdenkingsfietstocht", "Grebbelinie", "geleid"
    )


@shape("sentence")
def s_mail_secretaris(C):
    o, fn, dept = C.official()
    return (
        f"Volgens {fn} {C.P(o, 'ini')} ({C.mail(o, work=C.city.lower().replace(' ', '') + '.nl')}) van {dept} is de "
        f"subsidie voor de reünie toegekend." + C.k(dept, "subsidie", "reünie", "toegekend")
    )


@shape("sentence")
def s_rijbewijs_c(C):
    return f"Het rijbewijs C van chauffeur {C.P(C.R)} verloopt; de gemeente betaalt de keuring niet." + C.k(
        "rijbewijs", "chauffeur", "verloopt"
    )


@shape("sentence")
def s_vraag_controle(C):
    return (
        f"Controlevraag aan {C.P(C.R, 'first')}: is alles geregeld? Antwoord: nog niet, de vergoeding ontbreekt."
        + C.k("Controlevraag", "geregeld", "vergoeding", "ontbreekt")
    )


@shape("sentence")
def s_gezinsleden_lijst(C):
    p = C.relative(C.R, female=not C.R.female)
    c = C.relative(C.R)
    return f"Gezinsleden: {C.P(p, 'first')} (partner), {C.P(c, 'first')} ({C.dob(cue=False, p=c)})." + C.k(
        "Gezinsleden", "partner"
    )


@shape("sentence")
def s_afspraak_afdeling(C):
    o, fn, dept = C.official()
    C.k(dept)
    return f"{dept} zegt toe de huurachterstand van {C.P(C.R, 'bare')} te bevriezen tot {C.date()}." + C.k(
        "huurachterstand", "bevriezen"
    )


@shape("sentence")
def s_psychisch(C):
    return f"Na de inzet bij het ongeval op de A{C.r.randint(1, 50)} sliep {C.P(C.R, 'first')} wekenlang slecht." + C.k(
        "ongeval", "wekenlang"
    )


@shape("sentence")
def s_vlag_halfstok(C):
    return f"De vlag hing op {C.date()} halfstok voor oud-brandweerman {C.P(C.person())}." + C.k(
        "vlag", "halfstok", "oud-brandweerman"
    )


@shape("sentence")
def s_adres_kaps(C):
    st = C.street().upper()
    a = C.add(f"{st} {C.r.randint(1, 150)}", "ADDRESS")
    return f"AFLEVERADRES: {a}, {C.pc()} {C.city.upper()}" + C.k("AFLEVERADRES")


@shape("sentence")
def s_noodnummer(C):
    return f"In geval van nood: {C.P(C.relative(C.R))}, {C.phone()}." + C.k("geval", "nood")


@shape("sentence")
def s_begrafenis(C):
    return f"Voor de militaire begrafenis van {C.P(C.R)} vraagt de familie een erewacht van de Marechaussee." + C.k(
        "militaire", "begrafenis", "familie", "erewacht", "Marechaussee"
    )


@shape("sentence")
def s_huisbezoek(C):
    return f"Huisbezoek gepland op {C.date()} bij {C.T(C.R)}, {C.addr()} - graag aanbellen bij de achterdeur." + C.k(
        "Huisbezoek", "gepland", "aanbellen", "achterdeur"
    )


@shape("sentence")
def s_ex_partner(C):
    e = C.person()
    return f"Ex-partner {C.P(e)} heeft nog een sleutel van de woning en de veteranenpas van {C.P(C.R, 'first')}." + C.k(
        "sleutel", "woning", "veteranenpas"
    )


@shape("sentence")
def s_duikers(C):
    return f"Duikteam-vrijwilliger {C.P(C.R, 'ini')} vraagt een vergoeding voor een nieuw droogpak." + C.k(
        "vergoeding", "droogpak"
    )


@shape("sentence")
def s_app_handle(C):
    h = re.sub(r"[^a-z]", "", C.R.first.lower()) + "_" + str(C.r.randint(10, 99))
    C.add(h, "PERSON")
    return f"In de app van de brandweerpost schrijft @{h} dat het rooster niet klopt." + C.k("brandweerpost", "rooster")


@shape("sentence")
def s_nieuw_telefoon(C):
    return f"Nieuw nummer van {C.P(C.R, 'first')}: {C.phone(mobile=True)} (het oude nummer is opgezegd)." + C.k(
        "Nieuw", "nummer", "opgezegd"
    )


@shape("sentence")
def s_vaccinatie(C):
    return f"De hepatitis-B-vaccinatie van {C.P(C.R)} als EHBO'er wordt niet door de gemeente vergoed." + C.k(
        "hepatitis-B-vaccinatie", "vergoed"
    )


@shape("sentence")
def s_monument(C):
    return f"Het nieuwe monument in het Stadspark krijgt ook de naam van sergeant {C.P(C.person())}." + C.k(
        "monument", "Stadspark", "sergeant"
    )


# ---------------------------------------------------------------- known-name shapes
@shape("known")
def k_verzoek_en_woord(C):
    w = C.known_word
    return f"{C.P(C.R)} meldde zich {w[2]}; {C.T(C.R)} wil een gesprek met de gemeente." + C.k(
        w[0].lower(), "meldde", "gesprek"
    )


@shape("known")
def k_woord_eerst(C):
    w = C.known_word
    return f"Het verzoek kwam binnen {w[2]}. Verzoeker is {C.P(C.R)}, vrijwilliger sinds 2009." + C.k(
        w[0].lower(), "verzoek", "vrijwilliger"
    )


@shape("known")
def k_bare_later(C):
    w = C.known_word
    form = "first" if w[1] == "first" else "bare"
    return f"Volgens {C.P(C.R, form)} liep het mis {w[2]}, en daarover wil {C.P(C.R, form)} afstemming." + C.k(
        w[0].lower(), "afstemming"
    )


def _known_person(C, w):
    r = C.r
    if w[1] == "first":
        p = C.person(female=True if w[0] == "Roos" else None)
        p.first = w[0]
        p.female = w[0] == "Roos" or r.random() < 0.5
    else:
        origin = r.choice(["Nederlands", "Nederlands", "Fries", "Surinaams-Creools", "Moluks", "Vlaams"])
        p = C.person(origin=origin, last=w[0], particle="")
    return p


# ---------------------------------------------------------------- building a document
def build(i: int, r: random.Random) -> dict:
    C = Ctx(r)
    known = i % 4 == 1
    if known:
        C.known_word = r.choice(N.KNOWN)
        C.R = _known_person(C, C.known_word)
    docs = [n for n, (k, _) in SHAPES.items() if k == "document"]
    sents = [n for n, (k, _) in SHAPES.items() if k == "sentence"]
    dname = docs[i % len(docs)] if r.random() < 0.5 else r.choice(docs)
    head, tail = SHAPES[dname][1](C)
    C.used.append(dname)
    body = []
    picks = r.sample(sents, r.randint(3, 5))
    if known:
        kn = r.choice([n for n, (k, _) in SHAPES.items() if k == "known"])
        picks.insert(r.randint(0, len(picks)), kn)
    for n in picks:
        body.append(SHAPES[n][1](C))
        C.used.append(n)
    sep = "\n" if "\n" in head[-2:] or head.endswith(":") else " "
    text = head + sep + " ".join(body) + tail
    doc = {"id": f"fresh39a-{i:04d}", "text": text, "pii": C.pii, "keep": C.keep}
    if known:
        kd = {"names": [C.R.full]}
        emails = [
            x["text"]
            for x in C.pii
            if x["label"] == "EMAIL" and re.sub(r"[^a-z]", "", C.R.last.lower()) in x["text"].lower()
        ]
        if emails:
            kd["emails"] = emails[:1]
        doc["known"] = kd
    doc["_shapes"] = C.used
    doc["_known_word"] = C.known_word[0] if known else None
    return doc


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[\w']+", s.lower()) if len(w) > 1 and w not in PARTICLES}


def gate(doc: dict) -> str | None:
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
            name_words |= _words(it["text"])
    allowed = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            allowed |= _words(n)
    for k in doc["keep"]:
        shared = _words(k) & name_words
        if shared and not (k == k.lower() and shared <= allowed):
            return f"keep {k!r} shares {shared}"
    if "known" in doc:
        kw = [w for w in _words(doc["known"]["names"][0])]
        if not any(k == k.lower() and _words(k) & set(kw) for k in doc["keep"]):
            return "known: no lower-case ordinary use kept"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


def generate():
    docs, redraws = [], 0
    for i in range(NDOCS):
        attempt = 0
        r = random.Random(f"{SEED}-{i}")
        while True:
            d = build(i, r)
            if gate(d) is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"doc {i}: {gate(d)}")
            r = random.Random(f"{SEED}-{i}-{attempt}")
        docs.append(d)
    return docs, redraws


def dump(docs) -> str:
    return "".join(
        json.dumps({k: v for k, v in d.items() if not k.startswith("_")}, ensure_ascii=False) + "\n" for d in docs
    )


def main(argv):
    docs, redraws = generate()
    text = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh39a_texts.jsonl is up to date" if same else "fresh39a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        lab = Counter(it["label"] for d in docs for it in d["pii"])
        used = Counter(s for d in docs for s in d["_shapes"])
        kinds = Counter(SHAPES[s][0] for s in SHAPES)
        origins = set()
        print(f"documents: {len(docs)}")
        for l in LABELS:
            print(f"  {l:15s} {lab[l]}")
        print(f"  total pii       {sum(lab.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        print(
            f"shapes registered: {len(SHAPES)} ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}); "
            f"used: {len(used)}"
        )
        print(f"origin groups in name tables: {len(N.ORIGINS)}")
        print(
            f"known-name documents: {sum('known' in d for d in docs)} "
            f"(words: {len({d['_known_word'] for d in docs if d['_known_word']})})"
        )
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
