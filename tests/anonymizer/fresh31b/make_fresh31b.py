#!/usr/bin/env python3
"""Blind anonymizer corpus fresh31b: residents with roots in Suriname, the Caribbean and the Moluccas.

Usage (from the repository root, PYTHONPATH=.):
  python tests/anonymizer/fresh31b/make_fresh31b.py           write fresh31b_texts.jsonl
  python tests/anonymizer/fresh31b/make_fresh31b.py --check   exit 1 if the committed file differs
  python tests/anonymizer/fresh31b/make_fresh31b.py --stats   counts per label, shapes, known names, redraws
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
import fresh31b_data as D  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

SEED = 20261232
N_DOCS = 300
OUT = HERE / "fresh31b_texts.jsonl"
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

FRAMES: dict = {}
SENTENCES: dict = {}


def frame(f):
    FRAMES[f.__name__] = f
    return f


def sent(f):
    SENTENCES[f.__name__] = f
    return f


# ---------------------------------------------------------------- numbers and codes


def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        c = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if c < 10:
            s = "".join(map(str, d + [c]))
            return r.choice([s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and (sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) - int(d[8])) % 11 == 0


def _mod97(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def iban(r):
    bban = r.choice(D.BANKS) + "".join(str(r.randint(0, 9)) for _ in range(10))
    chk = 98 - _mod97("NL00" + bban)
    s = f"NL{chk:02d}{bban}"
    return r.choice([s, " ".join(s[i : i + 4] for i in range(0, len(s), 4))])


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s)) and _mod97(s) == 1


def postcode(r):
    while True:
        L = r.choice("ABCDEGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRTVWXZ")
        if L not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9999)
    return r.choice([f"{n} {L}", f"{n}{L}", f"{n} {L}"])


def phone(r, where="nl"):
    def dg(k):
        return "".join(str(r.randint(0, 9)) for _ in range(k))

    if where == "nl":
        a = "6" + dg(8)
        return r.choice(
            [
                f"06-{a[1:]}",
                f"06 {a[1:3]} {a[3:5]} {a[5:7]} {a[7:]}",
                f"+31 6 {a[1:]}",
                f"0031 6 {a[1:5]} {a[5:]}",
                f"020-{dg(3)} {dg(4)}",
                f"010 {dg(3)} {dg(2)} {dg(2)}",
            ]
        )
    if where == "cw":
        return r.choice([f"+599 9 {r.randint(5, 6)}{dg(2)} {dg(4)}", f"(+5999) {dg(3)}-{dg(4)}"])
    if where == "bq":
        return r.choice([f"+599 717 {dg(4)}", f"+599 {r.choice(['318', '416'])} {dg(4)}", f"+599 7{dg(2)}-{dg(4)}"])
    if where == "aw":
        return r.choice([f"+297 56{dg(1)} {dg(4)}", f"(297) 59{dg(1)}-{dg(4)}"])
    if where == "sr":
        return r.choice([f"+597 8{dg(2)}-{dg(4)}", f"00597 7{dg(6)}", f"+597 4{dg(5)}"])
    return f"+1 721 5{dg(2)} {dg(4)}"


def plate(r):
    L = lambda k: "".join(r.choice(D.PLATE_L) for _ in range(k))
    N = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    return r.choice(
        [
            f"{L(2)}-{N(3)}-{L(1)}",
            f"{N(2)}-{L(3)}-{N(1)}",
            f"{L(1)}-{N(3)}-{L(2)}",
            f"{L(3)}-{N(2)}-{L(1)}",
            f"{N(1)}-{L(3)}-{N(2)}",
            f"{L(2)}-{L(2)}-{N(2)}",
        ]
    )


def island_plate(r):
    n = r.randint(10000, 99999)
    return r.choice(
        [f"K-{n}", f"B-{r.randint(1000, 9999)}", f"A-{r.randint(10000, 99999)}", f"P-{r.randint(1000, 9999)}"]
    )


def case_no(r):
    y = r.choice([2025, 2026])
    n = r.randint(100, 99999)
    L = "".join(r.choice("ABCDEFGHKLMPRSTZ") for _ in range(2))
    return r.choice(
        [
            f"VTA-{y}-{n:05d}",
            f"BRP/{y % 100}/{n % 10000:04d}",
            f"OMB.{y}.{n % 1000:03d}.{L}",
            f"MLK-{n % 10000:04d}-{L[0]}",
            f"RPT {y} {n % 10000:04d}",
            f"Z{y % 100}{L}{n:05d}",
            f"DV{y}/{n % 100000:05d}",
            f"IC-{L}-{n % 1000:03d}/{y % 100}",
        ]
    )


def dob(r):
    y, m, dd = r.randint(1938, 2007), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{dd} {D.MONTHS[m - 1]} {y}",
            f"{dd:02d}-{m:02d}-{y}",
            f"{dd}-{m}-{y}",
            f"{dd:02d}/{m:02d}/{y}",
            f"{dd:02d}.{m:02d}.{y}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{dd} {D.MON_SHORT[m - 1]} {y}",
            f"{dd}-{m}-'{y % 100:02d}",
        ]
    )


def plain_date(r, year=2026):
    return f"{r.randint(1, 28)} {r.choice(D.MONTHS)} {year}"


def amount(r):
    return r.choice(
        [
            f"€ {r.randint(40, 990)},-",
            f"€ {r.randint(1, 9)}.{r.randint(100, 999)},{r.randint(10, 99)}",
            f"SRD {r.randint(200, 9000)}",
            f"USD {r.randint(50, 1500)}",
            f"ANG {r.randint(100, 2500)}",
        ]
    )


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, first, last, group):
        self.first, self.last, self.group = first, last, group

    @property
    def full(self):
        return f"{self.first} {self.last}" if self.last else self.first

    @property
    def bare(self):  # the surname as written without a first name (particle capitalised)
        if not self.last:
            return self.first
        return self.last[0].upper() + self.last[1:]


def make_person(r, group=None, last=None, first=None):
    group = group or r.choice(list(D.GROUPS))
    firsts, pre, suf, parts = D.GROUPS[group]
    f = first or r.choice(firsts)
    if group == "Javaans-Surinaams" and r.random() < 0.25 and not last:
        return Person(
            r.choice(pre) + r.choice(["min", "tinah", "jem", "ijo", "ikem"]).lower(), "", group
        )  # single name
    if last is None:
        last = r.choice(pre) + r.choice(suf)
        last = last.replace("  ", " ")
        if parts and r.random() < 0.8:
            last = r.choice(parts) + " " + last
    return Person(f, last, group)


class Doc:
    def __init__(self, r, known_word=None):
        self.r = r
        self.pii: list = []
        self.keep: list = []
        self.shapes: list = []
        self.res_emails: list = []
        self.res_phones: list = []
        self.known_word = known_word
        g = r.choice(D.CARIB + D.CARIB + list(D.GROUPS))
        if known_word:
            g = r.choice(
                ["Creools-Surinaams", "Curaçaos", "Sint-Maartens", "Arubaans", "Marron", "Bonairiaans en Statiaans"]
            )
            self.res = make_person(r, g, last=known_word)
        else:
            self.res = make_person(r, g)
        self.fam = (
            make_person(r, self.res.group, last=self.res.last) if self.res.last else make_person(r, self.res.group)
        )
        while self.fam.first == self.res.first:
            self.fam = make_person(r, self.res.group, last=self.res.last or None)
        self.nb = make_person(r)
        self.off = make_person(r, r.choice(list(D.GROUPS)))
        self.med = make_person(r, r.choice(list(D.GROUPS)))
        self.city = r.choice(D.NL_CITIES)
        self.island = r.choice(D.ISLANDS)
        self.district = r.choice(D.DISTRICTS)

    # registering helpers
    def p(self, s, label):
        if not any(i["text"] == s and i["label"] == label for i in self.pii):
            self.pii.append({"text": s, "label": label})
        return s

    def k(self, *ws):
        self.keep.extend(ws)

    def full(self, P):
        return self.p(P.full, "PERSON")

    def bare(self, P):
        return self.p(P.bare, "PERSON")

    def first(self, P):
        return self.p(P.first, "PERSON")

    def ini(self, P):
        if not P.last:
            return self.p(P.first, "PERSON")
        return self.p(f"{P.first[0]}. {P.last}", "PERSON")

    def caps(self, P):
        return self.p((P.last or P.first).upper(), "PERSON")

    def poss(self, P):
        b = P.bare
        return self.p(b + ("'s" if b[-1] in "aeiouyé" else "s"), "PERSON")

    def low(self, P):
        return self.p(re.sub(r"[^\w]+", "", (P.last or P.first).split()[-1]).lower(), "PERSON")

    def who(self, P):  # title + surname or full name
        r = self.r
        c = r.random()
        if c < 0.4:
            return self.full(P)
        t = r.choice(["mevrouw", "meneer", "mw.", "dhr.", "de heer", "mevr."])
        return f"{t} {self.bare(P)}" if c < 0.8 else f"{t} {self.ini(P)}"

    def email(self, P, res=False):
        r = self.r
        f = re.sub(r"[^a-z]", "", P.first.lower().replace("ç", "c").replace("ş", "s")) or "info"
        last = re.sub(
            r"[^a-z]",
            "",
            (P.last or "x")
            .lower()
            .replace("ı", "i")
            .replace("ğ", "g")
            .replace("ç", "c")
            .replace("ö", "o")
            .replace("ü", "u")
            .replace("ł", "l")
            .replace("ś", "s")
            .replace("ń", "n")
            .replace("ą", "a")
            .replace("é", "e")
            .replace("ă", "a")
            .replace("ț", "t")
            .replace("ê", "e"),
        )
        local = r.choice(
            [f"{f}.{last}", f"{f[0]}{last}", f"{last}{r.randint(60, 99)}", f"{f}_{last[:5]}", f"{f}{r.randint(1, 999)}"]
        )
        e = self.p(f"{local}@{r.choice(D.EMAIL_DOMAINS)}", "EMAIL")
        if res:
            self.res_emails.append(e)
        return e

    def work_email(self, P):
        f = re.sub(r"[^a-z]", "", P.first.lower()) or "x"
        last = re.sub(r"[^a-z]", "", (P.last or "x").lower())
        return self.p(f"{f[0]}.{last}@{self.city.split()[0].split('-')[0].lower()}.nl", "EMAIL")

    def phone(self, where=None, res=True):
        ph = self.p(phone(self.r, where or self.r.choice(["nl", "nl", "cw", "bq", "aw", "sr", "sx"])), "PHONE")
        if res:
            self.res_phones.append(ph)
        return ph

    def nl_addr(self):
        r = self.r
        street = r.choice(D.NL_STREET_A) + r.choice(D.NL_STREET_B)
        no = r.choice(
            [
                str(r.randint(1, 320)),
                f"{r.randint(1, 200)}-{r.choice('ABCD')}",
                f"{r.randint(1, 200)} hs",
                f"{r.randint(100, 400)}-II",
                f"{r.randint(2, 90)}a",
            ]
        )
        return self.p(f"{street} {no}", "ADDRESS")

    def island_addr(self, where=None):
        r = self.r
        where = where or r.choice(["cw", "bq", "aw", "sr", "sx"])
        n = r.randint(1, 140)
        if where in ("cw", "bq"):
            s = r.choice([f"Kaya {r.choice(D.KAYA)} {n}", f"Kaminda {r.choice(D.KAYA)} {n}"])
        elif where == "aw":
            s = f"Caya {r.choice(D.CAYA)} {n}"
        elif where == "sr":
            s = f"{r.choice(D.PARBO)} {n}"
        else:
            s = f"{r.choice(D.SXM)} {n}"
        return self.p(s, "ADDRESS")

    def case(self):
        return self.p(case_no(self.r), "CASE_NUMBER")

    def dob(self):
        return self.p(dob(self.r), "DATE_OF_BIRTH")

    def bsn(self):
        return self.p(bsn(self.r), "BSN")

    def iban(self):
        return self.p(iban(self.r), "IBAN")

    def pc(self):
        return self.p(postcode(self.r), "POSTCODE")


def dept(r):
    return r.choice(
        [
            "team Burgerzaken",
            "afdeling Publiekszaken",
            "team Inkomen",
            "het Wijkteam",
            "team Wonen",
            "afdeling Belastingen",
            "team Leerplicht",
            "het Klantcontactcentrum",
            "team Schuldhulpverlening",
            "afdeling Vergunningen",
        ]
    )


def func(r):
    return r.choice(
        [
            "consulent",
            "medewerker",
            "teamleider",
            "beleidsadviseur",
            "klantmanager",
            "casemanager",
            "wijkcoördinator",
            "juridisch adviseur",
        ]
    )


def _keep_dept(d, txt):
    for w in re.findall(r"[A-Z][\w]+", txt):
        d.k(w)


# ---------------------------------------------------------------- sentence shapes (body)


@sent
def s_move_from_island(d):
    r = d.r
    d.k("verhuisd", "inschrijving", "vertraging", d.island)
    return (
        f"{d.full(d.res)} is op {plain_date(r)} vanuit {d.island} naar "
        f"{d.city} verhuisd, maar de inschrijving in de BRP loopt vertraging op."
    )


@sent
def s_brp_first_registration(d):
    d.k("Eerste", "inschrijving", "geboorteakte", "gelegaliseerd")
    return (
        f"Eerste inschrijving van {d.who(d.res)}, geboren op {d.dob()} in {d.district}: de geboorteakte is "
        f"nog niet gelegaliseerd."
    )


@sent
def s_kranshi_extract(d):
    d.k("uittreksel", "Kranshi", "ontbreekt")
    return f"Het uittreksel van de Kranshi op Curaçao voor {d.full(d.fam)} ontbreekt nog in dossier {d.case()}."


@sent
def s_cbb_paramaribo(d):
    d.k("Centraal", "Bureau", "Burgerzaken", "Paramaribo", "nationaliteitsverklaring")
    return (
        f"Het Centraal Bureau voor Burgerzaken in Paramaribo stuurt de nationaliteitsverklaring van "
        f"{d.bare(d.res)} per koerier."
    )


@sent
def s_briefadres(d):
    d.k("briefadres", "woningnood", "tijdelijk")
    return (
        f"Omdat er geen woning is, vraagt {d.who(d.res)} tijdelijk een briefadres aan op {d.nl_addr()} bij "
        f"{d.full(d.nb)}; de woningnood in {d.city} is groot."
    )


@sent
def s_rni_deregistration(d):
    d.k("uitgeschreven", "RNI", "terugkeer")
    return f"Bij de terugkeer naar {d.island} is {d.full(d.fam)} uitgeschreven en in de RNI opgenomen (BSN {d.bsn()})."


@sent
def s_island_address_line(d):
    d.k("Vorig", "adres", "buitenland")
    return f"Vorig adres in het buitenland: {d.island_addr()}, {d.island}."


@sent
def s_paramaribo_address(d):
    d.k("Ouderlijk", "huis", "wijk")
    return f"Ouderlijk huis: {d.island_addr('sr')} in de wijk Latour, Paramaribo."


@sent
def s_woonoord_meeting(d):
    w = d.r.choice(D.WOONOORD)
    d.k("bewonerscommissie", "woonoord", w, "speelveld")
    return (
        f"Tijdens het overleg van de bewonerscommissie van woonoord {w} vroeg {d.full(d.res)} naar het "
        f"onderhoud van het speelveld."
    )


@sent
def s_woonoord_history(d):
    w = d.r.choice(D.WOONOORD)
    d.k("barakken", "woonoord", "KNIL", "1951")
    return f"De vader van {d.bare(d.res)} kwam in 1951 als KNIL-militair naar de barakken van woonoord {w}."


@sent
def s_moluccan_church(d):
    d.k("Gereja", "Injili", "Maluku", "gemeenschapsruimte", "zaalhuur")
    return (
        f"De Gereja Injili Maluku wil de gemeenschapsruimte huren; {d.full(d.off)} van {d.p_dept()} "
        f"beoordeelt de zaalhuur."
    )


@sent
def s_pela(d):
    d.k("pela", "verbond", "dorpen", "Ambon")
    return (
        f"Volgens {d.who(d.res)} hebben de families een pela-verbond tussen twee dorpen op Ambon, "
        f"en dat telt bij de uitvaart."
    )


@sent
def s_family_overseas(d):
    d.k("moeder", "familielid", "mantelzorg", d.district)
    return (
        f"De moeder van {d.first(d.res)} woont nog in {d.district}, familielid {d.full(d.fam)} op {d.island}; "
        f"mantelzorg op afstand kost veel."
    )


@sent
def s_remittance(d):
    a = amount(d.r)
    d.k("Maandelijks", a.split()[-1].rstrip(",-") or "SRD")
    d.k("familie", "bijzondere", "bijstand")
    return (
        f"Maandelijks gaat {a} naar familie in {d.district}; {d.bare(d.res)} vraagt of dat meetelt voor de "
        f"bijzondere bijstand."
    )


@sent
def s_remittance_bank(d):
    d.k("overboeking", "geblokkeerd", "controle")
    return f"De overboeking vanaf {d.iban()} naar het eiland is geblokkeerd voor controle, schrijft {d.full(d.res)}."


@sent
def s_funeral_repatriation(d):
    d.k("stoffelijk", "overschot", "overbrenging", "uitvaartverzekering")
    return (
        f"Voor de overbrenging van het stoffelijk overschot van {d.full(d.fam)} naar {d.island} dekt de "
        f"uitvaartverzekering maar de helft."
    )


@sent
def s_funeral_hindu(d):
    d.k("crematie", "pandit", "rituelen", "Sanatan", "Dharm")
    return (
        f"De crematie volgens de rituelen van Sanatan Dharm wordt geleid door een pandit; "
        f"{d.who(d.res)} vraagt uitstel van de termijn."
    )


@sent
def s_funeral_laissez(d):
    d.k("laissez-passer", "consulaat", "Maandag")
    return f"Maandag haalt {d.full(d.fam)} het laissez-passer op bij het consulaat voor de vlucht met de kist."


@sent
def s_funeral_cost(d):
    a = amount(d.r)
    d.k("uitvaart", "kosten", "draagkracht")
    return f"De kosten van de uitvaart ({a}) gaan boven de draagkracht van {d.who(d.res)}."


@sent
def s_student_duo(d):
    d.k("studiefinanciering", "DUO", "collegegeld")
    return (
        f"{d.full(d.res)} studeert sinds september in {d.city} en wacht op studiefinanciering van DUO; "
        f"het collegegeld is al betaald."
    )


@sent
def s_student_ssc(d):
    d.k("Stichting", "Studiefinanciering", "Curaçao", "lening")
    return f"De lening van de Stichting Studiefinanciering Curaçao voor {d.bare(d.res)} loopt via rekening {d.iban()}."


@sent
def s_student_room(d):
    d.k("kamer", "huurcontract", "inschrijven")
    return f"Zonder huurcontract kan {d.first(d.res)} zich niet inschrijven; de kamer aan {d.nl_addr()} is onderhuur."


@sent
def s_student_parent_call(d):
    d.k("ouders", "bellen", "studieschuld")
    return f"De ouders van {d.full(d.res)} bellen vanaf {d.phone(res=False)} over de studieschuld."


@sent
def s_papiamento_greeting(d):
    d.k("Bon", "dia", "Danki", "antwoord")
    return f"Bon dia, mi ta {d.full(d.res)}. Danki pa bo antwoord, maar het is nog niet duidelijk."


@sent
def s_sranan_phrase(d):
    d.k("Mi", "begi", "wachten", "maanden")
    return f"'Mi e begi yu', schrijft {d.who(d.res)}: zij zit al maanden te wachten."


@sent
def s_sarnami_phrase(d):
    d.k("Namaste", "Dhanyavaad", "hulp")
    return f"Namaste, ik ben {d.full(d.res)}. Dhanyavaad voor uw hulp met mijn aanvraag."


@sent
def s_malay_phrase(d):
    d.k("Terima", "kasih", "oma", "woonoord")
    return f"Terima kasih, zegt oma {d.first(d.fam)} uit het woonoord als de wijkagent langskomt."


@sent
def s_nickname(d):
    nick = d.r.choice(D.NICKNAMES)
    d.p(nick, "PERSON")
    d.k("buurt", "bijnaam", "kent")
    return f"{d.full(d.res)}, in de buurt beter bekend onder de bijnaam '{nick}', kent iedereen in de flat."


@sent
def s_nickname_only(d):
    nick = d.r.choice(D.NICKNAMES)
    d.p(nick, "PERSON")
    d.k("Volgens", "buren", "sleutel")
    return f"Volgens de buren heeft {nick} de sleutel van het trappenhuis."


@sent
def s_dob_brackets(d):
    d.k("aanvrager", "Inwonend", "kleinzoon")
    return f"De aanvrager {d.full(d.res)} ({d.dob()}) heeft een inwonend kleinzoon."


@sent
def s_dob_cue_geb(d):
    d.k("Schoonzus", "aanvraag", "verblijf")
    return f"Schoonzus {d.full(d.fam)}, geb. {d.dob()}, doet een aanvraag voor verblijf."


@sent
def s_dob_degree(d):
    d.k("reisdocument", "verlopen")
    return f"{d.caps(d.res)}, {d.first(d.res)} (° {d.dob()}): het reisdocument is verlopen."


@sent
def s_bsn_line(d):
    d.k("Burgerservicenummer", "controle")
    return f"Burgerservicenummer {d.bsn()} is na controle gekoppeld aan {d.ini(d.res)}."


@sent
def s_phone_island(d):
    w = d.r.choice(["cw", "bq", "aw", "sx"])
    d.k("bereikbaar", "tijdsverschil", "uur")
    return f"{d.full(d.res)} is bereikbaar op {d.phone(w)}; let op het tijdsverschil van vijf of zes uur."


@sent
def s_phone_sr(d):
    d.k("zus", "telefoon", "avond")
    return f"Haar zus in Paramaribo neemt 's avonds de telefoon op: {d.phone('sr', res=False)}."


@sent
def s_email_res(d):
    d.k("reageert", "uitsluitend", "mail")
    return f"{d.bare(d.res)} reageert uitsluitend per mail: {d.email(d.res, res=True)}."


@sent
def s_plate_car_shipping(d):
    d.k("auto", "verscheept", "parkeervergunning")
    return (
        f"De auto met kenteken {d.p(plate(d.r), 'LICENSE_PLATE')} is vanaf {d.island} verscheept; "
        f"{d.full(d.res)} vraagt een parkeervergunning."
    )


@sent
def s_plate_island(d):
    d.k("eilandkenteken", "invoer", "RDW")
    return (
        f"Het eilandkenteken {d.p(island_plate(d.r), 'LICENSE_PLATE')} is bij invoer vervangen; de RDW "
        f"wacht op papieren van {d.who(d.res)}."
    )


@sent
def s_case_cue(d):
    d.k("Zaaknummer", "vermelden", "correspondentie")
    return f"Zaaknummer {d.case()} graag vermelden bij alle correspondentie."


@sent
def s_case_bare(d):
    d.k("bezwaar", "ontvangen", "ontvankelijk")
    return f"Het bezwaar ({d.case()}) is ontvangen en ontvankelijk verklaard."


@sent
def s_mediator(d):
    d.k("bemiddelaar", "gesprek", "afspraak")
    return (
        f"Bemiddelaar {d.full(d.med)} plant een gesprek met {d.who(d.res)} en {d.full(d.off)}; "
        f"de afspraak is op {plain_date(d.r)}."
    )


@sent
def s_mediator_summary(d):
    d.k("Samenvattend", "knelpunt", "Persoonsregisters")
    return (
        f"Samenvattend ziet {d.who(d.med)} het knelpunt bij de Persoonsregisters op {d.island}, "
        f"niet bij {d.who(d.res)}."
    )


@sent
def s_official_func(d):
    t = dept(d.r)
    _keep_dept(d, t)
    d.k("telefonisch", "toegezegd")
    return f"{func(d.r).capitalize()} {d.full(d.off)} ({t}) heeft telefonisch toegezegd de zaak op te pakken."


@sent
def s_official_email(d):
    d.k("Rechtstreeks", "contact")
    return f"Rechtstreeks contact met {d.full(d.off)} kan via {d.work_email(d.off)}."


@sent
def s_kcc_generic(d):
    d.k("Klantcontactcentrum", "14", "werkdagen", "info@gemeente.nl")
    return f"Het Klantcontactcentrum is op werkdagen bereikbaar via 14 0{d.r.randint(10, 99)} of info@gemeente.nl."


@sent
def s_neighbour_complaint(d):
    d.k("buurvrouw", "geluidsoverlast", "feest")
    return f"Buurvrouw {d.full(d.nb)} van {d.nl_addr()} klaagt over geluidsoverlast na een feest bij {d.who(d.res)}."


@sent
def s_neighbour_help(d):
    d.k("buurman", "helpt", "formulieren")
    return f"De buurman, {d.full(d.nb)}, helpt {d.first(d.res)} met de formulieren."


@sent
def s_possessive(d):
    d.k("aanvraag", "zoek", "balie")
    return f"{d.poss(d.res)} aanvraag is bij de balie zoekgeraakt, of in elk geval zoek."


@sent
def s_filename(d):
    low = d.low(d.res)
    d.k("Bijlage", "scan", "pdf")
    return f"Bijlage: scan_paspoort_{low}_{d.r.randint(1, 9)}.pdf (geen pdf van de akte)."


@sent
def s_handle(d):
    f = re.sub(r"[^a-z]", "", d.res.first.lower()) or "x"
    h = d.p(f"{f}_{d.low(d.res)}{d.r.randint(1, 99)}", "PERSON")
    d.k("Instagram", "bericht", "inzamelingsactie")
    return f"Op Instagram plaatste @{h} een bericht over de inzamelingsactie voor de kist."


@sent
def s_postcode_line(d):
    d.k("Correspondentieadres")
    d.k("Nederland")
    return f"Correspondentieadres in Nederland: {d.nl_addr()}, {d.pc()} {d.city}."


@sent
def s_keti_koti(d):
    d.k("Keti", "Koti", "juli", "vergunning", "evenement")
    return f"Voor het Keti Koti-evenement op 1 juli vraagt {d.full(d.res)} een vergunning voor een podium op het plein."


@sent
def s_pasar_malam(d):
    d.k("Pasar", "Malam", "kraam", "standplaats")
    return f"Op de Pasar Malam wil {d.who(d.res)} een kraam met spekkoek; de standplaats is nog niet toegewezen."


@sent
def s_diwali(d):
    d.k("Divali", "lichtjes", "balkon", "brandweer")
    return f"Met Divali zet {d.full(d.res)} lichtjes op het balkon; de brandweer vroeg om voorzichtigheid."


@sent
def s_carnival(d):
    d.k("Tumba", "carnaval", "optocht", "route")
    return f"{d.full(d.res)} speelt Tumba in de carnaval-optocht en vraagt de route na."


@sent
def s_language_help(d):
    d.k("tolk", "Sranantongo", "Papiamentu", "nodig")
    return f"Bij het gesprek is een tolk Sranantongo of Papiamentu nodig, zegt {d.who(d.fam)}."


@sent
def s_nationality(d):
    d.k("Nederlandse", "nationaliteit", "optie", "Caribisch")
    return (
        f"{d.full(d.res)}, geboren {d.dob()} in het Caribisch deel van het Koninkrijk, heeft de Nederlandse "
        f"nationaliteit; een optie is niet nodig."
    )


@sent
def s_surinamese_passport(d):
    d.k("Surinaams", "paspoort", "verblijfsvergunning", "IND")
    return f"Met een Surinaams paspoort heeft {d.full(d.fam)} een verblijfsvergunning van de IND nodig."


@sent
def s_health_insurance(d):
    d.k("zorgverzekering", "ZVK", "overstap")
    return f"Bij de overstap van de ZVK op {d.island} naar een Nederlandse zorgverzekering viel {d.bare(d.res)} tussen wal en schip."


@sent
def s_pension_svb(d):
    d.k("AOW", "SVB", "woonlandbeginsel", "gekort")
    return f"De AOW van {d.who(d.fam)} is door de SVB gekort vanwege het woonlandbeginsel."


@sent
def s_ticket(d):
    d.k("vliegticket", "Surinam", "Airways", "retour")
    return f"Het vliegticket van Surinam Airways (retour) voor {d.full(d.res)} is op {plain_date(d.r)} geboekt."


@sent
def s_timeline_entry(d):
    d.k("Dossier", "aangemaakt", "intake")
    return f"{plain_date(d.r)} – Dossier {d.case()} aangemaakt na intake met {d.ini(d.res)}."


@sent
def s_timeline_entry2(d):
    d.k("Rappel", "verstuurd", "registratie")
    return f"{plain_date(d.r)} – Rappel verstuurd naar de registratie op {d.island} namens {d.who(d.res)}."


@sent
def s_rcn(d):
    d.k("Rijksdienst", "Caribisch", "Nederland", "Kralendijk")
    return f"De Rijksdienst Caribisch Nederland in Kralendijk bevestigt dat {d.full(d.fam)} er staat ingeschreven."


@sent
def s_saba_statia(d):
    d.k("openbaar", "lichaam", "Saba", "Oranjestad")
    return (
        f"Het openbaar lichaam Saba stuurt de akte van {d.bare(d.res)} door; het kantoor in Oranjestad op "
        f"Sint Eustatius vraagt hetzelfde."
    )


@sent
def s_sxm_road(d):
    d.k("Philipsburg", "Cul")
    return f"Post voor {d.full(d.fam)} gaat naar {d.island_addr('sx')}, Philipsburg."


@sent
def s_aruba_census(d):
    d.k("Censo", "Aruba", "uittreksel", "Oranjestad")
    return f"Het uittreksel van de Censo in Oranjestad, Aruba, vermeldt {d.full(d.res)} op {d.island_addr('aw')}."


@sent
def s_wijkteam(d):
    d.k("Wijkteam", "huisbezoek", "donderdag")
    return f"Het Wijkteam legt donderdag een huisbezoek af bij {d.who(d.res)} op {d.nl_addr()}."


@sent
def s_debt(d):
    a = amount(d.r)
    d.k("betalingsregeling", "achterstand", "huur")
    return f"Er is een achterstand in de huur van {a}; {d.full(d.res)} wil een betalingsregeling."


@sent
def s_iban_refund(d):
    d.k("Terugbetaling", "leges", "graag")
    return f"Terugbetaling van de leges graag op {d.iban()} t.n.v. {d.ini(d.res)}."


@sent
def s_quote_complaint(d):
    d.k("loket", "'Ik", "begrijp")
    return f"'Ik begrijp niet waarom ik van loket naar loket moet', zegt {d.full(d.res)} aan de telefoon."


@sent
def s_caps_header_line(d):
    d.k("BETREFT", "INSCHRIJVING")
    return f"BETREFT: INSCHRIJVING {d.caps(d.res)} – {d.case()}"


@sent
def s_child_school(d):
    d.k("Kind", "leerplicht", "school", "aangemeld")
    return f"Kind {d.full(d.fam)} is nog niet op school aangemeld; leerplicht volgt dit op."


@sent
def s_grave_rights(d):
    d.k("grafrechten", "begraafplaats", "verlenging")
    return f"De grafrechten op de begraafplaats voor {d.full(d.fam)} verlopen; {d.who(d.res)} wil verlenging."


@sent
def s_marron_village(d):
    d.k("dorp", "Boven-Suriname", "kapitein", "toestemming")
    return f"Volgens de kapitein van het dorp aan de Boven-Suriname geeft de familie van {d.full(d.res)} toestemming."


@sent
def s_javanese_slametan(d):
    d.k("slametan", "buurthuis", "zaal")
    return f"Voor de slametan huurt {d.full(d.res)} de zaal van het buurthuis op {d.r.choice(D.DAYS)}."


@sent
def s_chinese_shop(d):
    d.k("winkel", "vergunning", "Exploitatie")
    return f"Exploitatie van de winkel van {d.full(d.res)} vereist een vergunning; de aanvraag ligt bij {d.p_dept()}."


@sent
def s_dob_age(d):
    d.k("jaar", "zorgindicatie")
    return f"{d.full(d.fam)} is geboren op {d.dob()} en heeft op haar {d.r.randint(70, 90)}ste jaar een zorgindicatie nodig."


@sent
def s_emergency_contact(d):
    d.k("Noodcontact", "familielid")
    return f"Noodcontact (familielid): {d.full(d.fam)}, {d.phone(res=False)}."


# ---------------------------------------------------------------- frames (document kinds)


def body(d, n):
    r = d.r
    names = r.sample(sorted(SENTENCES), n)
    out = []
    for nm in names:
        d.shapes.append(nm)
        out.append(SENTENCES[nm](d))
    return out


@frame
def f_letter(d):
    r = d.r
    d.k("Geacht", "college", "Hoogachtend", "Betreft")
    b = body(d, r.randint(3, 5))
    return (
        f"{d.city}, {plain_date(r)}\n\nAan het college van burgemeester en wethouders\nBetreft: verzoek om "
        f"afstemming\n\nGeacht college,\n\n"
        + " ".join(b)
        + f"\n\nHoogachtend,\n{d.full(d.res)}\n{d.nl_addr()}\n{d.pc()} {d.city}"
    )


@frame
def f_email_mediator(d):
    r = d.r
    d.k("Onderwerp", "Beste", "Groetjes")
    b = body(d, r.randint(3, 5))
    return (
        f"Van: {d.email(d.res, res=True)}\nAan: bemiddeling@gemeente.nl\nOnderwerp: hulp bij {d.island}\n\n"
        f"Beste {d.first(d.med)},\n\n" + " ".join(b) + f"\n\nGroetjes, {d.first(d.res)}"
    )


@frame
def f_conversation_report(d):
    r = d.r
    d.k("Verslag", "Aanwezig", "Afspraken")
    b = body(d, r.randint(3, 5))
    return (
        f"Verslag bemiddelingsgesprek\nAanwezig: {d.full(d.res)}, {d.full(d.med)} (bemiddelaar), {d.full(d.off)}\n\n"
        + "\n".join(b)
        + "\n\nAfspraken: terugkoppeling binnen twee weken."
    )


@frame
def f_phone_note(d):
    r = d.r
    d.k("Telefoonnotitie", "Beller", "Terugbelverzoek")
    b = body(d, r.randint(3, 4))
    return (
        f"Telefoonnotitie {plain_date(r)}\nBeller: {d.who(d.res)}, {d.phone()}\n"
        + " ".join(b)
        + "\nTerugbelverzoek: ja"
    )


@frame
def f_internal_memo(d):
    r = d.r
    d.k("Memo", "Ter", "informatie")
    b = body(d, r.randint(3, 5))
    return (
        f"Memo aan {d.full(d.off)}, {dept(r)}\nVan: {d.full(d.med)}\nKenmerk: {d.case()}\n\n"
        + " ".join(b)
        + "\n\nTer informatie."
    )


@frame
def f_brp_form(d):
    r = d.r
    d.k("Aangifte", "Naam", "Geboortedatum", "Geboorteplaats", "Vorig", "woonland")
    b = body(d, r.randint(2, 4))
    return (
        f"Aangifte vestiging vanuit het buitenland\nNaam: {d.full(d.res)}\nGeboortedatum: {d.dob()}\n"
        f"Geboorteplaats: {r.choice(['Paramaribo', 'Willemstad', 'Nieuw Nickerie', 'Kralendijk', 'Oranjestad', 'Ambon'])}\n"
        f"Vorig woonland: {d.island}\nAdres: {d.island_addr()}\n\n" + " ".join(b)
    )


@frame
def f_repatriation_request(d):
    r = d.r
    d.k("Verzoek", "repatriëring", "uitvaartondernemer", "spoed")
    b = body(d, r.randint(3, 4))
    return (
        f"Verzoek om repatriëring (spoed)\nOverledene: {d.full(d.fam)}, geboren {d.dob()}\n"
        f"Namens de familie: {d.full(d.res)}\n" + " ".join(b) + "\nDe uitvaartondernemer heeft alle stukken."
    )


@frame
def f_woonoord_minutes(d):
    r = d.r
    w = r.choice(D.WOONOORD)
    d.k("Notulen", "bewonersavond", "Rondvraag", w)
    b = body(d, r.randint(3, 5))
    return (
        f"Notulen bewonersavond woonoord {w}, {plain_date(r)}\nVoorzitter: {d.full(d.nb)}\n\n"
        + "\n".join(f"- {x}" for x in b)
        + f"\n\nRondvraag: {d.bare(d.res)} vraagt naar de lantaarnpalen."
    )


@frame
def f_chat(d):
    r = d.r
    d.k("Chat", "Gemeente")
    b = body(d, r.randint(3, 4))
    lines = [
        f"[{r.randint(8, 21):02d}:{r.randint(0, 59):02d}] {d.first(d.res) if i % 2 == 0 else 'Gemeente'}: {x}"
        for i, x in enumerate(b)
    ]
    return "Chat met de gemeente\n" + "\n".join(lines)


@frame
def f_webform(d):
    r = d.r
    d.k("Klachtformulier", "Omschrijving", "Telefoonnummer", "Toestemming")
    b = body(d, r.randint(3, 4))
    return (
        f"Klachtformulier\nNaam melder: {d.full(d.res)}\nTelefoonnummer: {d.phone()}\nE-mailadres: "
        f"{d.email(d.res, res=True)}\nOmschrijving: " + " ".join(b) + "\nToestemming contact: ja"
    )


@frame
def f_student_letter(d):
    r = d.r
    d.k("Studentenzaken", "opleiding", "Met", "groet")
    b = body(d, r.randint(3, 4))
    return (
        f"Aan Studentenzaken en de gemeente {d.city}\n\nIk ben {d.full(d.res)}, eerstejaars opleiding "
        f"{r.choice(['Verpleegkunde', 'Bouwkunde', 'Rechten', 'Pedagogiek', 'Informatica'])}. "
        + " ".join(b)
        + f"\n\nMet vriendelijke groet,\n{d.first(d.res)}"
    )


@frame
def f_handover(d):
    r = d.r
    d.k("Overdracht", "Openstaand", "collega")
    b = body(d, r.randint(3, 5))
    return f"Overdracht aan collega {d.full(d.off)}\nOpenstaand:\n" + "\n".join(f"* {x}" for x in b)


@frame
def f_objection(d):
    r = d.r
    d.k("Bezwaarschrift", "besluit", "herzien", "Gronden")
    b = body(d, r.randint(3, 4))
    return (
        f"Bezwaarschrift tegen het besluit van {plain_date(r)}\nIndiener: {d.who(d.res)}, BSN {d.bsn()}\n\n"
        f"Gronden: " + " ".join(b) + "\n\nIk verzoek u het besluit te herzien."
    )


@frame
def f_island_letter(d):
    r = d.r
    d.k("Openbaar", "Lichaam", "Bevolkingsregister", "Kenmerk")
    b = body(d, r.randint(3, 4))
    return (
        f"Openbaar Lichaam {r.choice(['Bonaire', 'Sint Eustatius', 'Saba'])} – Bevolkingsregister\n"
        f"Kenmerk: {d.case()}\n\n" + " ".join(b) + f"\n\n{d.full(d.off)}, {func(r)}"
    )


@frame
def f_timeline(d):
    r = d.r
    d.k("Tijdlijn", "Stand")
    b = body(d, r.randint(3, 5))
    return f"Tijdlijn dossier {d.bare(d.res)}\n" + "\n".join(b) + f"\nStand per {plain_date(r)}: lopend."


@frame
def f_voicemail(d):
    r = d.r
    d.k("Voicemail", "uitgeschreven", "Terugbellen")
    b = body(d, r.randint(2, 4))
    return (
        f'Voicemail (uitgeschreven): "Goedemiddag, met {d.full(d.res)}. '
        + " ".join(b)
        + f' Terugbellen op {d.phone()} graag."'
    )


@frame
def f_checklist(d):
    r = d.r
    d.k("Checklist", "Nog", "aanleveren")
    b = body(d, r.randint(3, 5))
    return f"Checklist voor {d.full(d.res)}\nNog aanleveren:\n" + "\n".join(f"[ ] {x}" for x in b)


def _p_dept(self):
    t = dept(self.r)
    _keep_dept(self, t)
    return t


Doc.p_dept = _p_dept


# ---------------------------------------------------------------- assembly and gate


def _words(s):
    return [w.lower() for w in re.findall(r"[\w']+", s) if w.lower() not in PARTICLES and len(w) > 1]


def _finish(d, doc_id):
    r = d.r
    fr = r.choice(sorted(FRAMES))
    d.shapes.insert(0, fr)
    text = FRAMES[fr](d)
    if d.known_word:
        kw = d.known_word
        extra = D.KNOWN[kw]
        text = text + "\n" + extra
        d.shapes.append("s_known_ordinary_use")
        d.k(kw.lower())
    # the known word in its ordinary sense must be in lower case
    doc = {"id": doc_id, "text": text, "pii": [i for i in d.pii if i["text"] in text], "keep": []}
    blank = text
    for item in sorted(doc["pii"], key=lambda i: -len(i["text"])):
        blank = blank.replace(item["text"], "[x]")
    name_words = set()
    for i in doc["pii"]:
        if i["label"] == "PERSON":
            name_words.update(_words(i["text"]))
    for m in D.MONTHS + [w.capitalize() for w in D.DAYS]:
        if re.search(r"(?<![\w])" + m + r"(?![\w])", blank):
            d.k(m)
    seen = set()
    for k in d.keep:
        if k in seen or not k or not re.search(r"(?<![\w])" + re.escape(k) + r"(?![\w])", text):
            continue
        if k.lower() not in blank.lower():
            continue
        allowed = d.known_word and k == d.known_word.lower()
        if not allowed and set(_words(k)) & name_words:
            continue
        if any(k == p["text"] for p in doc["pii"]):
            continue
        seen.add(k)
        doc["keep"].append(k)
    if d.known_word:
        doc["known"] = {"names": [d.res.full]}
        em = [e for e in dict.fromkeys(d.res_emails) if e in text]
        ph = [p for p in dict.fromkeys(d.res_phones) if p in text]
        if em:
            doc["known"]["emails"] = em
        if ph:
            doc["known"]["phones"] = ph
    return doc


def gate(doc: dict) -> str | None:
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for i in doc["pii"]:
        if i["label"] not in LABELS:
            return f"label {i['label']}"
        if i["label"] == "BSN" and not bsn_ok(i["text"]):
            return f"bsn {i['text']}"
        if i["label"] == "IBAN" and not iban_ok(i["text"]):
            return f"iban {i['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    names = [i["text"] for i in doc["pii"] if i["label"] == "PERSON"]
    nw = set()
    for n in names:
        nw.update(_words(n))
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words.update(_words(n))
        if not any(k.islower() and k in known_words for k in doc["keep"]):
            return "known name without ordinary use in keep"
    for k in doc["keep"]:
        if k.islower() and k in known_words:
            continue
        common = set(_words(k)) & nw
        if common:
            return f"keep {k!r} shares {common} with a name"
    if "known" in doc:
        for n in doc["known"]["names"]:
            if n not in doc["text"]:
                return "known name not in text"
    return None


def build():
    docs, redraws, shapes_used = [], 0, Counter()
    known_list = sorted(D.KNOWN)
    for i in range(N_DOCS):
        attempt = 0
        while True:
            r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
            kw = r.choice(known_list) if i % 4 == 1 else None
            d = Doc(r, kw)
            doc = _finish(d, f"fresh31b-{i:04d}")
            why = gate(doc)
            if why is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 200:
                raise SystemExit(f"document {i} keeps failing: {why}")
        shapes_used.update(d.shapes)
        docs.append(doc)
    return docs, redraws, shapes_used


def render(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws, shapes_used = build()
    data = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print("fresh31b_texts.jsonl is up to date" if same else "fresh31b_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(i["label"] for d in docs for i in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"pii items: {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        registered = len(FRAMES) + len(SENTENCES) + 1
        print(
            f"shapes registered: {registered} ({len(FRAMES)} document kinds, {len(SENTENCES)} sentence shapes, "
            f"1 known-name sentence); used: {len(shapes_used)}"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(data, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
