"""Generator of the blind corpus fresh32b: events, culture, markets and community centres (helper A2, round 26).

Usage (from the worktree root, PYTHONPATH=.):
  make_fresh32b.py           write fresh32b_texts.jsonl
  make_fresh32b.py --check   exit 1 if the committed file differs from what would be written
  make_fresh32b.py --stats   counts per label, shapes, known-name documents, redraws
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
import names32b as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("score32b", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 20261262
N_DOCS = 300
OUT = HERE / "fresh32b_texts.jsonl"
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
BODY: list[str] = []
LINES: list[str] = []


def shape(group: str):
    def deco(fn):
        SHAPES[fn.__name__] = fn
        {"kind": KINDS, "body": BODY, "line": LINES}[group].append(fn.__name__)
        return fn

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
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


class Person:
    def __init__(self, r: random.Random, origin: str, role: str, last: str | None = None, known: tuple | None = None):
        fem, mal, heads, tails, parts = N.GROUPS[origin]
        self.f = r.random() < 0.5
        self.first = r.choice(fem if self.f else mal)
        self.last = last or (r.choice(heads) + r.choice(tails))
        self.particle = r.choice(parts) if parts else ""
        if known:
            word, part = known
            self.particle = ""
            if part == "last":
                self.last = word
            else:
                self.first, self.f = word, True
        self.origin, self.role = origin, role

    @property
    def full(self):
        return f"{self.first} {self.particle + ' ' if self.particle else ''}{self.last}"

    @property
    def sur(self):  # surname as written without first name (particle capitalised)
        if not self.particle:
            return self.last
        p = self.particle[0].upper() + self.particle[1:] if not self.particle.startswith("'") else self.particle
        return f"{p} {self.last}"


class B:
    """One document under construction: text pieces, pii and keep."""

    def __init__(self, r: random.Random, known: bool):
        self.r, self.pii, self.keep, self.used = r, [], [], []
        self.place = r.choice(N.PLACES)
        self.muni = N.ascii_fold(self.place).lower()
        self.fest = r.choice(N.FESTIVALS)
        self.venue = r.choice(N.VENUES)
        self.assoc = r.choice(N.ASSOCIATIONS)
        self.band = r.choice(N.BANDS)
        origins = list(N.GROUPS)
        self.known = r.choice(N.KNOWN_WORDS) if known else None
        kn = (self.known[0], self.known[1]) if known else None
        self.res = Person(r, "Dutch" if known and self.known[1] == "last" else r.choice(origins), "resident", known=kn)
        self.org = Person(r, r.choice(origins), "organiser")
        self.nb = Person(r, r.choice(origins), "neighbour")
        self.nb2 = Person(r, self.nb.origin, "family", last=self.nb.last)
        self.nb2.particle = self.nb.particle
        self.off = Person(r, r.choice(origins), "official")
        self.off2 = Person(r, r.choice(origins), "official")
        self.vol = Person(r, r.choice(origins), "volunteer")
        self.art = Person(r, r.choice(origins), "artist")
        self.pol = Person(r, r.choice(origins), "police")
        self.med = Person(r, r.choice(origins), "mediator")
        self.street = r.choice(N.STREETS)
        self.site = r.choice(N.EVENT_SITES)
        self.res_email = None
        self.res_phone = None

    # --- registration
    def p(self, text: str, label: str) -> str:
        if not any(i["text"] == text and i["label"] == label for i in self.pii):
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, *words: str):
        for w in words:
            if w not in self.keep:
                self.keep.append(w)

    # --- persons
    def full(self, P):
        return self.p(P.full, "PERSON")

    def sur(self, P):
        return self.p(P.sur, "PERSON")

    def first(self, P):
        return self.p(P.first, "PERSON")

    def title(self, P, cap=False):
        t = self.r.choice(["mevrouw", "mw.", "mevr."] if P.f else ["de heer", "dhr.", "meneer"])
        t = t[0].upper() + t[1:] if cap else t
        return f"{t} {self.sur(P)}"

    def init(self, P):
        ini = P.first[0] + "." + (self.r.choice("ABCDEFGHJKLMNPRSTW") + "." if self.r.random() < 0.4 else "")
        return self.p(f"{ini} {P.particle + ' ' if P.particle else ''}{P.last}", "PERSON")

    def upper(self, P):
        return self.p(P.last.upper(), "PERSON")

    def poss(self, P):
        s = P.last
        pos = s + ("'" if s[-1] in "sxz" else "'s" if s[-1] in "aeiouy" else "s")
        return self.p(pos, "PERSON")

    def anyname(self, P):
        return self.r.choice([self.full, self.full, self.title, self.init])(P)

    def fileform(self, P):  # lower-case name in a file name (never for the known resident)
        low = N.ascii_fold(P.last).lower().replace(" ", "").replace("-", "")
        return self.p(low, "PERSON")

    # --- numbers
    def phone(self, P=None, mobile=True):
        r = self.r
        if mobile:
            d = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
            t = r.choice(
                [
                    f"0{d[:1]}-{d[1:]}",
                    f"0{d[:1]} {d[1:5]} {d[5:]}",
                    f"+31 {d[:1]} {d[1:]}",
                    f"+31 (0){d[:1]} {d[1:3]} {d[3:6]} {d[6:]}",
                    f"0{d}",
                ]
            )
        else:
            a = r.choice(["570", "33", "58", "13", "78", "36", "75", "45", "55", "10", "15", "182", "592"])
            rest = "".join(str(r.randint(1, 9)) for _ in range(9 - len(a)))
            t = r.choice([f"0{a}-{rest}", f"(0{a}) {rest}", f"0{a} {rest[:3]} {rest[3:]}"])
        if P is self.res:
            self.res_phone = t
        return self.p(t, "PHONE")

    def email(self, P):
        f, l = (
            N.ascii_fold(P.first).lower().replace(" ", ""),
            N.ascii_fold(P.last).lower().replace(" ", "").replace("'", ""),
        )
        loc = self.r.choice(
            [f"{f}.{l}", f"{f[0]}.{l}", f"{l}{self.r.randint(10, 99)}", f"{f}_{l[:4]}{self.r.randint(1, 9)}", f"{f}{l}"]
        )
        if P is self.res and self.known and self.known[1] == "last":
            loc = f"{f}.{l}"
        e = self.p(f"{loc}@{self.r.choice(N.DOMAINS)}", "EMAIL")
        if P is self.res:
            self.res_email = e
        return e

    def addr(self, with_pc=False):
        r = self.r
        nr = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "-2", " B", "-bis", "hs"])
        a = self.p(f"{self.street} {nr}", "ADDRESS")
        if with_pc:
            pc = f"{r.randint(1011, 9999)} {r.choice('BCDEGHJKLMNPRTVWXZ')}{r.choice('BCDEGHJKLMNPRTVWXZ')}"
            pc = pc if r.random() < 0.8 else pc.replace(" ", "")
            return f"{a}, {self.p(pc, 'POSTCODE')} {self.place}"
        return a

    def bsn(self):
        s = N.bsn(self.r)
        s = self.r.choice([s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])
        return self.p(s, "BSN")

    def iban(self):
        s = N.iban(self.r)
        s = s if self.r.random() < 0.5 else " ".join(s[i : i + 4] for i in range(0, 18, 4))
        return self.p(s, "IBAN")

    def plate(self):
        r = self.r
        L = lambda n: "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(n))
        D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        s = r.choice(
            [
                f"{L(2)}-{D(3)}-{L(1)}",
                f"{D(1)}-{L(3)}-{D(2)}",
                f"{L(1)}-{D(3)}-{L(2)}",
                f"{D(2)}-{L(3)}-{D(1)}",
                f"{L(3)}-{D(2)}-{L(1)}",
            ]
        )
        return self.p(s if r.random() < 0.85 else s.replace("-", ""), "LICENSE_PLATE")

    def case(self, kind="EV"):
        r = self.r
        n = r.randint(1000, 99999)
        s = r.choice(
            [
                f"{kind}-2026-{n:05d}",
                f"Z/26/{r.randint(100000, 999999)}",
                f"{kind}.26.{n:05d}",
                f"OLO-{r.randint(1000000, 9999999)}",
                f"{kind}{r.randint(100, 999)}/2026",
                f"2026-{kind}-{n}",
                f"DMS {r.randint(10, 99)}.{r.randint(100000, 999999)}",
            ]
        )
        return self.p(s, "CASE_NUMBER")

    def dob(self, cue=True):
        r = self.r
        y, m, d = r.randint(1941, 2008), r.randint(1, 12), r.randint(1, 28)
        s = r.choice(
            [
                f"{d} {MONTHS[m - 1]} {y}",
                f"{d:02d}-{m:02d}-{y}",
                f"{d}/{m}/{y}",
                f"{d:02d}.{m:02d}.{y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d} {MON3[m - 1]} {y}",
                f"{d}-{m}-{y}",
            ]
        )
        self.p(s, "DATE_OF_BIRTH")
        if not cue:
            return s
        return r.choice(
            [f"geboren op {s}", f"geb. {s}", f"geboortedatum {s}", f"(geboren {s})", f"° {s}", f"geboortedatum: {s}"]
        )

    def date(self):
        r = self.r
        m, d = r.randint(3, 11), r.randint(1, 28)
        s = r.choice(
            [f"{d} {MONTHS[m - 1]} 2026", f"{WEEKDAYS[r.randint(0, 6)]} {d} {MONTHS[m - 1]}", f"{d:02d}-{m:02d}-2026"]
        )
        for w in s.split():
            if w in MONTHS:
                self.k(w)
        return s

    def amount(self):
        a = self.r.choice(["€ 85", "€ 142,50", "€ 1.250", "€ 2.400", "€ 375", "€ 4.800", "€ 60", "€ 12.500", "€ 920"])
        self.k(a)
        return a

    def muni_mail(self, box):
        e = f"{box}@{self.muni}.nl"
        self.k(e)
        return e


# ---------------------------------------------------------------- line shapes (form fields, headers, footers)


@shape("line")
def l_form_applicant(b):
    b.k("Aanvrager", "Adres", "Telefoon")
    return f"Aanvrager: {b.full(b.org)}\nAdres: {b.addr(True)}\nTelefoon: {b.phone(b.org)}"


@shape("line")
def l_form_contact(b):
    b.k("Contactpersoon", "E-mail")
    return f"Contactpersoon ter plaatse: {b.init(b.vol)} — mobiel {b.phone(b.vol)}\nE-mail: {b.email(b.vol)}"


@shape("line")
def l_form_dob_bsn(b):
    b.k("Geboortedatum", "Burgerservicenummer")
    return f"Geboortedatum: {b.dob(False)}   Burgerservicenummer: {b.bsn()}"


@shape("line")
def l_kenmerk(b):
    b.k("Zaaknummer")
    return f"Zaaknummer {b.case(b.r.choice(['EV', 'EVG', 'STP', 'HOR', 'SUB']))} | behandelaar {b.full(b.off)} ({b.r.choice(['team Evenementen', 'team Vergunningen', 'afdeling Cultuur'])})"


@shape("line")
def l_subject(b):
    b.k("Onderwerp", "evenementenvergunning")
    return f"Onderwerp: evenementenvergunning {b.fest} {b.date()}"


@shape("line")
def l_signature(b):
    b.k("Met", "groet")
    return f"Met vriendelijke groet,\n{b.full(b.off)}\n{b.r.choice(['Evenementencoördinator', 'Vergunningverlener', 'Marktmeester', 'Beleidsadviseur Cultuur'])}, gemeente {b.place}\nT 14 0{b.r.choice(['570', '33', '58', '13', '78'])}"


@shape("line")
def l_cc(b):
    b.k("Kopie")
    return f"Kopie aan: {b.title(b.pol)} (politie, wijkagent), {b.full(b.off2)} (Veiligheidsregio)"


@shape("line")
def l_attachment(b):
    b.k("Bijlagen", "plattegrond", "veiligheidsplan")
    f = b.fileform(b.org)
    return f"Bijlagen (plattegrond en veiligheidsplan): plattegrond_{f}_{b.fest.split()[0].lower()}.pdf, veiligheidsplan_v2_{f}.docx"


@shape("line")
def l_plate_field(b):
    b.k("Kenteken", "ontheffing")
    return f"Kenteken voertuig (ontheffing voetgangersgebied): {b.plate()}"


@shape("line")
def l_iban_field(b):
    b.k("Rekeningnummer", "subsidie")
    return f"Rekeningnummer voor uitbetaling subsidie: {b.iban()} t.n.v. {b.assoc}"


@shape("line")
def l_upper_header(b):
    b.k("DOSSIER", "STANDPLAATS")
    return f"DOSSIER STANDPLAATS — {b.upper(b.org)}, {b.org.first[0]}."


@shape("line")
def l_chat_header(b):
    b.k("Groepsapp")
    return f"[Groepsapp vrijwilligers {b.venue}] {b.first(b.vol)}: ik sta zaterdag achter de bar"


@shape("line")
def l_handle(b):
    h = N.ascii_fold(b.art.first + b.art.last).lower().replace(" ", "").replace("-", "")
    b.p(h, "PERSON")
    b.k("Instagram", "kunstwerk")
    return f"Instagram van de kunstenaar: @{h}_art — daar staat het ontwerp van het kunstwerk."


@shape("line")
def l_ps_phone(b):
    b.k("Bereikbaar", "avonds")
    return f"PS. Bereikbaar na zes uur 's avonds op {b.phone(b.res)}."


@shape("line")
def l_table_row(b):
    b.k("Kraam", "Branche", "Dagen")
    return f"Kraam {b.r.randint(1, 60)} | {b.full(b.nb)} | Branche: {b.r.choice(['groente', 'textiel', 'kaas', 'bloemen', 'stroopwafels'])} | Dagen: {b.r.choice(['woensdag', 'zaterdag'])}"


@shape("line")
def l_secretary(b):
    b.k("Secretaris", "penningmeester")
    return f"Secretaris {b.assoc}: {b.full(b.vol)}; penningmeester: {b.full(b.nb2)}"


# ---------------------------------------------------------------- body sentence shapes


@shape("body")
def s_permit_request(b):
    b.k("evenementenvergunning", "straatfeest")
    return f"{b.full(b.org)} vraagt een evenementenvergunning aan voor een straatfeest op de {b.site} op {b.date()}."


@shape("body")
def s_closure(b):
    b.k("Verkeersbesluit", "afgesloten", "verkeer")
    return f"Verkeersbesluit: de {b.site} is op {b.date()} van 10.00 tot 23.00 uur afgesloten voor verkeer; {b.title(b.off)} van Verkeer en Mobiliteit tekende het besluit."


@shape("body")
def s_neighbour_noise(b):
    b.k("geluid", "bezwaar", "podium")
    return f"Buurman {b.full(b.nb)} van {b.addr()} maakt bezwaar: het geluid van het podium was vorig jaar tot in zijn slaapkamer te horen."


@shape("body")
def s_neighbour_family(b):
    b.k("Vrijdag", "dochter", "examens")
    return f"Vrijdag heeft zijn dochter {b.first(b.nb2)} examens, schrijft {b.title(b.nb)}, en daarom vraagt het gezin om een eerdere eindtijd."


@shape("body")
def s_nb_wife(b):
    b.k("Ook", "bezwaarschrift", "handtekening")
    return f"Ook {b.full(b.nb2)}, die op hetzelfde adres woont, zette haar handtekening onder het bezwaarschrift."


@shape("body")
def s_safety_plan(b):
    b.k("veiligheidsplan", "EHBO", "bezoekers")
    return f"In het veiligheidsplan staat {b.full(b.vol)} als hoofd EHBO genoemd; er worden {b.r.choice(['800', '1.500', '3.000', '12.000'])} bezoekers verwacht."


@shape("body")
def s_police(b):
    b.k("Politie", "advies", "hekken")
    return f"Politie: wijkagent {b.full(b.pol)} adviseert extra hekken bij de kruising en een verkeersregelaar."


@shape("body")
def s_marktmeester(b):
    b.k("marktmeester", "standplaats", "markt")
    return f"De marktmeester, {b.full(b.off2)}, wees {b.title(b.nb)} een nieuwe standplaats toe op de markt van {b.r.choice(['woensdag', 'zaterdag', 'donderdagavond'])}."


@shape("body")
def s_stall_plate(b):
    b.k("Marktwagen", "laden", "lossen")
    return f"Marktwagen met kenteken {b.plate()} van {b.full(b.nb)} stond na 9.00 uur nog in het laad- en losvak; laden en lossen mag tot half negen."


@shape("body")
def s_stp_request(b):
    b.k("standplaatsvergunning", "Stichting", "foodtruck")
    return f"Voor de foodtruck vroeg {b.full(b.org)} een standplaatsvergunning aan; de aanvraag kreeg nummer {b.case('STP')}."


@shape("body")
def s_terrace(b):
    b.k("terras", "uitbreiding", "Horeca")
    return f"Horeca: de uitbreiding van het terras van café De Waag met vier tafels is aangevraagd door exploitant {b.full(b.org)}."


@shape("body")
def s_dhw(b):
    b.k("Drank", "Horecawet", "leidinggevende")
    return f"Op grond van de Alcoholwet (vroeger Drank- en Horecawet) staat {b.full(b.vol)}, {b.dob()}, als leidinggevende op het aanhangsel."


@shape("body")
def s_bibob(b):
    b.k("exploitatievergunning", "Bibob", "vragenlijst")
    return f"Voor de exploitatievergunning vulde {b.title(b.org)} de Bibob-vragenlijst in; BSN {b.bsn()}, {b.dob()}."


@shape("body")
def s_closing_hours(b):
    b.k("sluitingstijd", "ontheffing", "Koningsnacht")
    return f"Voor Koningsnacht vraagt {b.full(b.org)} ontheffing van de sluitingstijd tot 02.00 uur."


@shape("body")
def s_library_vol(b):
    b.k("bibliotheek", "vrijwilliger", "voorleesochtend")
    return (
        f"In {b.venue} leest vrijwilliger {b.full(b.vol)} elke {b.r.choice(WEEKDAYS)} voor tijdens de voorleesochtend."
    )


@shape("body")
def s_music_school(b):
    b.k("muziekschool", "les", "korting")
    return f"De muziekschool gaf {b.full(b.res)} korting op de les voor haar zoon {b.first(b.nb2)} via de Jeugdcultuurfonds-regeling."


@shape("body")
def s_theatre_complaint(b):
    b.k("voorstelling", "rolstoelplek", "klacht")
    return f"Na de voorstelling in {b.venue} diende {b.title(b.res)} een klacht in: de gereserveerde rolstoelplek was bezet."


@shape("body")
def s_buurthuis_key(b):
    b.k("sleutel", "beheerder", "buurthuis")
    return f"De sleutel van het buurthuis ligt bij beheerder {b.full(b.vol)}, te bereiken op {b.phone(b.vol)}."


@shape("body")
def s_subsidy(b):
    b.k("subsidie", "jubileumconcert", "aanvraag")
    return f"{b.assoc} vraagt {b.amount()} subsidie voor het jubileumconcert; de aanvraag is ondertekend door voorzitter {b.full(b.org)}."


@shape("body")
def s_subsidy_iban(b):
    b.k("voorschot", "uitbetaald")
    return f"Het voorschot wordt uitbetaald op {b.iban()} ten name van {b.full(b.org)}, omdat de vereniging nog geen eigen rekening heeft."


@shape("body")
def s_art(b):
    b.k("kunstwerk", "openbare", "ruimte")
    return f"Het kunstwerk van {b.full(b.art)} komt in de openbare ruimte bij de rotonde; de commissie Kunst in de Openbare Ruimte is positief."


@shape("body")
def s_art_possessive(b):
    b.k("ontwerp", "windbelasting")
    return f"{b.poss(b.art)} ontwerp moet nog worden doorgerekend op windbelasting."


@shape("body")
def s_mediator(b):
    b.k("buurtbemiddelaar", "gesprek")
    return f"Buurtbemiddelaar {b.full(b.med)} organiseert een gesprek tussen {b.title(b.nb)} en de organisatie."


@shape("body")
def s_phone_note(b):
    b.k("Telefonisch", "teruggebeld")
    return f"Telefonisch contact op {b.date()}: {b.first(b.nb)} wil teruggebeld worden op {b.phone(b.nb)}."


@shape("body")
def s_email_reply(b):
    b.k("Reactie", "gestuurd")
    return f"Reactie gestuurd naar {b.email(b.nb)} met een kopie aan {b.muni_mail('evenementen')}."


@shape("body")
def s_res_address(b):
    b.k("Bewoner", "hoek")
    return f"Bewoner {b.full(b.res)} woont op {b.addr(True)}, op de hoek waar de hekken komen."


@shape("body")
def s_res_email(b):
    b.k("foto", "afval")
    return (
        f"{b.title(b.res, cap=True)} stuurde vanaf {b.email(b.res)} een foto van het afval dat na afloop bleef liggen."
    )


@shape("body")
def s_fair(b):
    b.k("kermis", "attracties", "keuringsrapport")
    return f"Voor de kermis levert {b.full(b.org)} van de attracties het keuringsrapport uiterlijk {b.date()} aan."


@shape("body")
def s_sports(b):
    b.k("hardloopwedstrijd", "route", "verkeersregelaars")
    return f"De route van de hardloopwedstrijd {b.fest} loopt over de {b.site}; {b.full(b.vol)} regelt de verkeersregelaars."


@shape("body")
def s_generator(b):
    b.k("aggregaat", "stroompunt")
    return f"Er komt geen aggregaat: {b.title(b.org)} gebruikt het stroompunt van de gemeente bij de muziektent."


@shape("body")
def s_fireworks(b):
    b.k("vuurwerk", "ontbrandingstoestemming", "provincie")
    return f"Het vuurwerk valt onder een ontbrandingstoestemming van de provincie; contactpersoon is {b.full(b.off2)}."


@shape("body")
def s_band(b):
    b.k("optreden")
    return f"Het optreden van {b.band} begint om 20.30 uur; bandleider {b.full(b.art)} regelt zelf de geluidsman."


@shape("body")
def s_decibel(b):
    b.k("dB", "geluidsmeting")
    return f"Bij de geluidsmeting op {b.date()} noteerde toezichthouder {b.full(b.off2)} 97 dB(A) aan de gevel van {b.addr()}."


@shape("body")
def s_volunteer_dob(b):
    b.k("Verklaring", "Omtrent", "VOG")
    return f"Voor de VOG (Verklaring Omtrent het Gedrag) van {b.full(b.vol)}, {b.dob()}, betaalt de gemeente de kosten."


@shape("body")
def s_volunteer_bsn(b):
    b.k("vrijwilligersvergoeding", "opgave")
    return (
        f"Voor de opgave van de vrijwilligersvergoeding staat het BSN van {b.first(b.vol)} ({b.bsn()}) in het dossier."
    )


@shape("body")
def s_objection_term(b):
    b.k("bezwaar", "weken", "besluit")
    return f"Tegen dit besluit kan {b.title(b.nb)} binnen zes weken bezwaar maken; het kenmerk is {b.case('BZW')}."


@shape("body")
def s_quote(b):
    b.k("Herrie", "nachtrust")
    return f"'Herrie tot één uur 's nachts, drie avonden achter elkaar,' schrijft {b.first(b.nb)}. 'Onze nachtrust telt ook.'"


@shape("body")
def s_lowercase_informal(b):
    b.k("groetjes", "ballonnen")
    return (
        f"hoi, de ballonnen voor de kinderoptocht liggen bij mij thuis, groetjes {b.p(b.vol.first.lower(), 'PERSON')}"
    )


@shape("body")
def s_caps_name(b):
    b.k("PRESENTIELIJST")
    return f"PRESENTIELIJST: {b.upper(b.vol)}, {b.upper(b.art)} en {b.full(b.org)} waren aanwezig."


@shape("body")
def s_markt_bsn_iban(b):
    b.k("marktgeld", "incasso")
    return f"Het marktgeld wordt per kwartaal geïncasseerd van {b.iban()}; incasso op naam van {b.init(b.nb)}."


@shape("body")
def s_street_trader(b):
    b.k("straathandel", "ventvergunning")
    return f"Voor de straathandel met de ijscokar heeft {b.full(b.nb)} geen ventvergunning meer nodig, wel een melding."


@shape("body")
def s_parking(b):
    b.k("Parkeerkaart", "artiesten")
    return f"Parkeerkaart voor de artiesten: bus {b.plate()} van {b.title(b.art)} mag op het plein staan."


@shape("body")
def s_postcode_only(b):
    b.k("buurtbewoners", "brief")
    pc = f"{b.r.randint(1011, 9999)} {b.r.choice('BCDEGHJKLMNPRTVWXZ')}{b.r.choice('BCDEGHJKLMNPRTVWXZ')}"
    return f"Alle buurtbewoners in postcodegebied {b.p(pc, 'POSTCODE')} krijgen een brief; {b.first(b.res)} bezorgt ze."


@shape("body")
def s_dob_age(b):
    b.k("jubilaris", "Oranjevereniging")
    return f"De jubilaris van de Oranjevereniging, {b.full(b.res)} ({b.dob(False)}), krijgt een oorkonde."


@shape("body")
def s_wijkcentrum_rent(b):
    b.k("zaalhuur", "wijkcentrum")
    return f"De zaalhuur van het wijkcentrum ({b.amount()}) wordt betaald door {b.full(b.org)}, ook namens {b.first(b.nb2)}."


@shape("body")
def s_choir(b):
    b.k("repetities", "koor")
    return f"De repetities van het koor verhuizen naar {b.venue}; dirigent {b.full(b.art)} heeft de sleutel."


@shape("body")
def s_cancel(b):
    b.k("Afgelast", "weersverwachting")
    return f"Afgelast vanwege de weersverwachting: {b.fest}. {b.title(b.org, cap=True)} meldde het om 07.15 uur."


@shape("body")
def s_emergency_route(b):
    b.k("calamiteitenroute", "brandweer")
    return f"De calamiteitenroute moet vier meter breed blijven, zegt {b.full(b.off2)} van de brandweer."


@shape("body")
def s_possessive_org(b):
    b.k("aanvraag", "onvolledig")
    return f"{b.poss(b.org)} aanvraag was onvolledig: de tekening ontbrak."


@shape("body")
def s_intake(b):
    b.k("Intake", "vrijwilligerscentrale")
    return f"Intake bij de vrijwilligerscentrale: {b.full(b.vol)}, {b.addr(True)}, {b.dob()}."


# ---------------------------------------------------------------- document kinds


def _body(b, n):
    out = []
    for name in b.r.sample(BODY, n):
        b.used.append(name)
        out.append(SHAPES[name](b))
    return out


def _line(b, name):
    b.used.append(name)
    return SHAPES[name](b)


@shape("kind")
def k_permit_form(b):
    b.k("AANVRAAGFORMULIER", "Evenement", "Datum")
    head = f"AANVRAAGFORMULIER EVENEMENT — gemeente {b.place}\nEvenement: {b.fest}\nDatum: {b.date()}"
    return "\n".join(
        [
            head,
            _line(b, "l_form_applicant"),
            _line(b, "l_form_contact"),
            _line(b, "l_attachment"),
            " ".join(_body(b, 2)),
        ]
    )


@shape("kind")
def k_objection_letter(b):
    b.k("Geachte", "college")
    return "\n\n".join(
        [
            f"{b.place}, {b.date()}",
            _line(b, "l_subject"),
            "Geachte college,",
            " ".join(_body(b, 3)),
            f"Hoogachtend,\n{b.full(b.nb)}\n{b.addr(True)}",
        ]
    )


@shape("kind")
def k_decision(b):
    b.k("BESLUIT", "Burgemeester")
    return "\n".join(
        [
            f"BESLUIT — Burgemeester van {b.place}",
            _line(b, "l_kenmerk"),
            " ".join(_body(b, 3)),
            _line(b, "l_signature"),
            _line(b, "l_cc"),
        ]
    )


@shape("kind")
def k_safety_plan(b):
    b.k("Veiligheidsplan", "Scenario")
    return "\n".join(
        [
            f"Veiligheidsplan {b.fest} (versie 3)",
            "Scenario 1: onweer.",
            " ".join(_body(b, 3)),
            _line(b, "l_form_contact"),
        ]
    )


@shape("kind")
def k_market_report(b):
    b.k("Rapport", "Weekmarkt")
    return "\n".join(
        [
            f"Rapport Weekmarkt {b.place} — {b.date()}",
            _line(b, "l_table_row"),
            _line(b, "l_table_row"),
            " ".join(_body(b, 2)),
            _line(b, "l_plate_field"),
        ]
    )


@shape("kind")
def k_stall_dossier(b):
    b.k("Standplaatsen")
    return "\n".join(
        [
            _line(b, "l_upper_header"),
            "Standplaatsen — team Openbare Ruimte",
            " ".join(_body(b, 3)),
            _line(b, "l_form_dob_bsn"),
        ]
    )


@shape("kind")
def k_horeca_memo(b):
    b.k("Memo", "Horeca", "Toezicht")
    return "\n".join([f"Memo Horeca & Toezicht, {b.date()}", " ".join(_body(b, 3)), _line(b, "l_kenmerk")])


@shape("kind")
def k_volunteer_chat(b):
    b.k("Groepsapp")
    return "\n".join([_line(b, "l_chat_header"), " ".join(_body(b, 2)), _line(b, "l_ps_phone")])


@shape("kind")
def k_subsidy_app(b):
    b.k("Subsidieaanvraag", "Cultuur", "Begroting")
    return "\n".join(
        [
            f"Subsidieaanvraag Cultuur 2027 — {b.assoc}",
            _line(b, "l_secretary"),
            "Begroting in bijlage.",
            " ".join(_body(b, 2)),
            _line(b, "l_iban_field"),
        ]
    )


@shape("kind")
def k_art_committee(b):
    b.k("Verslag", "commissie")
    return "\n".join(
        [f"Verslag commissie Kunst in de Openbare Ruimte, {b.date()}", " ".join(_body(b, 3)), _line(b, "l_handle")]
    )


@shape("kind")
def k_phone_log(b):
    b.k("Gespreksnotitie", "KCC")
    return "\n".join(
        [f"Gespreksnotitie KCC {b.date()} — beller: {b.full(b.res)}", " ".join(_body(b, 3)), _line(b, "l_ps_phone")]
    )


@shape("kind")
def k_minutes(b):
    b.k("Notulen", "bewonersavond", "Aanwezig")
    return "\n".join(
        [
            f"Notulen bewonersavond in {b.venue}",
            f"Aanwezig: {b.full(b.res)}, {b.full(b.nb)}, {b.title(b.off)} (gemeente), {b.full(b.med)}",
            " ".join(_body(b, 3)),
        ]
    )


@shape("kind")
def k_email_thread(b):
    b.k("Van", "Aan", "Onderwerp")
    return "\n".join(
        [
            f"Van: {b.full(b.res)} <{b.email(b.res)}>",
            f"Aan: {b.muni_mail('evenementen')}",
            f"Onderwerp: {b.fest} en de afsluiting",
            " ".join(_body(b, 3)),
        ]
    )


@shape("kind")
def k_centre_newsletter(b):
    b.k("Nieuwsbrief", "programma")
    return "\n".join(
        [f"Nieuwsbrief {b.venue} — programma {b.r.choice(MONTHS[8:])}", " ".join(_body(b, 3)), _line(b, "l_secretary")]
    )


@shape("kind")
def k_library_form(b):
    b.k("Aanmelding", "Bibliotheek")
    return "\n".join(
        [
            f"Aanmelding vrijwilliger Bibliotheek {b.place}",
            f"Naam: {b.full(b.vol)}",
            _line(b, "l_form_dob_bsn"),
            " ".join(_body(b, 2)),
        ]
    )


@shape("kind")
def k_police_advice(b):
    b.k("Advies", "Veiligheidsregio")
    return "\n".join([f"Advies politie en Veiligheidsregio — {b.fest}", " ".join(_body(b, 3)), _line(b, "l_cc")])


@shape("kind")
def k_social_post(b):
    b.k("Bericht", "Facebookpagina")
    return "\n".join([f"Bericht op de Facebookpagina van {b.assoc}:", " ".join(_body(b, 3)), _line(b, "l_handle")])


# ---------------------------------------------------------------- known-name sentence


def known_sentence(b):
    word, part, sent = b.known
    b.k(sent.split()[sent.split().index(word.lower())])
    bare = b.first(b.res) if part == "first" else b.sur(b.res)
    b.used.append("known_ordinary_use")
    return f"Over {b.fest} schrijft {b.full(b.res)}: '{sent[0].upper() + sent[1:]}.' {bare} vraagt of dat zo blijft."


SHAPES["known_ordinary_use"] = known_sentence


def build(r: random.Random, i: int) -> dict:
    known = i % 4 == 1
    b = B(r, known)
    kind = r.choice(KINDS)
    b.used.append(kind)
    text = SHAPES[kind](b)
    if known:
        text += "\n" + known_sentence(b)
    doc = {"id": f"fresh32b-{i:04d}", "text": text, "pii": b.pii, "keep": [k for k in b.keep if k in text]}
    if known:
        kn = {"names": [b.res.full]}
        if b.res_email:
            kn["emails"] = [b.res_email]
        if b.res_phone:
            kn["phones"] = [b.res_phone]
        doc["known"] = kn
    doc["_shapes"] = list(b.used)
    return doc


NAME_SKIP = set(score.PARTICLES) | {"el", "al"}


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[\w'’-]+", s.lower()) if len(w) > 1 and w not in NAME_SKIP}


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
    for k in doc["keep"]:
        if not re.search(r"(?<![\w])" + re.escape(k) + r"(?![\w])", doc["text"]):
            return f"keep {k!r} is not a whole word of the text"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    names = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            names |= _words(it["text"])
    allowed = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            allowed |= _words(n)
    for k in doc["keep"]:
        for w in _words(k) & names:
            if not (k == k.lower() and w in allowed):
                return f"keep {k!r} shares {w!r} with a name"
    return None


def generate():
    docs, redraws = [], 0
    for i in range(N_DOCS):
        d = build(random.Random(f"{SEED}-{i}"), i)
        attempt = 0
        while gate(d) is not None:
            attempt += 1
            redraws += 1
            d = build(random.Random(f"{SEED}-{i}-{attempt}"), i)
        docs.append(d)
    return docs, redraws


def dump(docs) -> str:
    return "".join(json.dumps({k: v for k, v in d.items() if k != "_shapes"}, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws = generate()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == dump(docs)
        print("up to date" if same else "differs")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        used = Counter(s for d in docs for s in d["_shapes"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"pii items: {sum(labels.values())}; keep words: {sum(len(d['keep']) for d in docs)}")
        print(
            f"shapes registered: {len(SHAPES)} (kinds {len(KINDS)}, body {len(BODY)}, lines {len(LINES)}, known 1); used: {len(used)}"
        )
        print(f"origin groups: {len(N.GROUPS)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        print(f"gate failures: {sum(gate(d) is not None for d in docs)}")
        return 0
    OUT.write_text(dump(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
