#!/usr/bin/env python3
"""Generator of the blind anonymizer corpus fresh39c: users and staff of municipal cultural institutions (library,
music school, museum, adult education) with the municipality and the mediator.

Usage (from the worktree root, PYTHONPATH=.):
  python tests/anonymizer/fresh39c/make_fresh39c.py           write fresh39c_texts.jsonl
  python tests/anonymizer/fresh39c/make_fresh39c.py --check   exit 1 if the committed file differs
  python tests/anonymizer/fresh39c/make_fresh39c.py --stats   counts per label, shapes, known-name docs, redraws
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
from names39c import ORIGINS, compose_name  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

SEED = 20261333
N_DOCS = 300
OUT = HERE / "fresh39c_texts.jsonl"
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

SHAPES: dict[str, object] = {}  # shape name -> function; every document kind, line and sentence shape


def shape(name):
    def deco(f):
        SHAPES[name] = f
        f.shape = name
        return f

    return deco


# ---------------------------------------------------------------- checks
def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s: str) -> bool:
    t = s.replace(" ", "")
    t = t[4:] + t[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


# ---------------------------------------------------------------- material
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
MON3 = "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split()
DAYS = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
TOWNS = "Deventer Zwolle Leeuwarden Tilburg Almere Schiedam Helmond Zaandam Lelystad Roermond Hengelo Gouda Vlaardingen Assen Emmen Dordrecht Heerlen Oss Kampen Purmerend".split()
STREET_A = "Lijster Berken Vondel Klaproos Ganzerik Fazant Mauve Pieter de Hooch|Spinoza Kastanje Reiger Zonnebloem Goudsbloem Esdoorn Hazelaar Wilgenroosje Leeuwerik Duivenkater".replace(
    "|", " "
).split()
STREET_B = "straat laan weg hof plein singel dreef kade pad erf".split()
DOMAINS = (
    "gmail.com hotmail.nl ziggo.nl kpnmail.nl outlook.com live.nl icloud.com xs4all.nl planet.nl hetnet.nl".split()
)
PLATE_L = "BDFGHJKLNPRSTVXZ"
BOOKS = [
    "De Avonden",
    "Max Havelaar",
    "Het Diner",
    "Tonio",
    "Oorlog en Terpentijn",
    "De Aanslag",
    "Het Smelt",
    "Kruistocht in Spijkerbroek",
    "Pluk van de Petteflet",
    "Dolfje Weerwolfje",
    "Kikker en zijn Vriendjes",
    "Boy 7",
]
WORKS = [
    "Bolero",
    "Peer Gynt",
    "Carmina Burana",
    "de Vier Jaargetijden",
    "het Requiem",
    "Pictures at an Exhibition",
    "de Moldau",
    "Finlandia",
    "het Largo",
    "de Notenkrakersuite",
]
ENSEMBLES = [
    "Jeugdstrijkorkest Allegro",
    "Harmonie Excelsior",
    "Popkoor Stemband",
    "Slagwerkgroep Tromgeroffel",
    "Bigband Swingtime",
    "Kinderkoor Zingzang",
    "Gitaarensemble Snaarwerk",
    "Blokfluitkwartet Windkracht",
]
COURSES = [
    "Taal voor het Leven",
    "Klik & Tik",
    "Digisterker",
    "Rekenen in de Praktijk",
    "Lezen en Schrijven Basis",
    "Werken met DigiD",
    "Geldzaken op Orde",
    "Samen Lezen",
]
EXHIBITS = [
    "Stad van Klei",
    "Gouden Eeuw Dichtbij",
    "Sporen van de Hanze",
    "Textiel en Tijd",
    "Het Vergeten Atelier",
    "Licht op de Rivier",
    "Speelgoed van Vroeger",
]
INSTR = ["viool", "cello", "dwarsfluit", "trompet", "piano", "gitaar", "slagwerk", "klarinet", "saxofoon", "harp"]
INSTITUTION = {
    "bib": ("Bibliotheek", "bibliotheek"),
    "ms": ("Muziekschool", "muziekschool"),
    "mus": ("Stadsmuseum", "stadsmuseum"),
    "ve": ("Taalhuis", "taalhuis"),
}
OFFICIALS = [  # (function, department)
    ("medewerker klantenservice", "Bibliotheek"),
    ("vestigingsmanager", "Bibliotheek"),
    ("coördinator vrijwilligers", "Stadsmuseum"),
    ("conservator", "Stadsmuseum"),
    ("beleidsmedewerker", "afdeling Cultuur en Erfgoed"),
    ("consulent", "Jeugdfonds Sport & Cultuur"),
    ("trajectbegeleider basisvaardigheden", "Sociaal Domein"),
    ("docent", "Muziekschool"),
    ("teamleider", "Klantcontact"),
    ("administrateur", "Muziekschool"),
    ("programmamaker", "Stadsmuseum"),
    ("coördinator", "Taalhuis"),
]
KNOWN_WORDS = [  # (particle, surname, ordinary lower-case sentence containing the word)
    ("", "Schilder", "In de zaal hangt werk van een onbekende schilder uit de negentiende eeuw."),
    ("", "Zanger", "Het koor zoekt nog een zanger voor de bassectie."),
    ("", "Schrijver", "De lezing van de schrijver is verplaatst naar het voorjaar."),
    ("", "Visser", "Het prentenboek gaat over een visser en zijn kleine boot."),
    ("", "Bakker", "De bakker op de hoek sponsort de koffie bij het taalcafé."),
    ("", "Koster", "Voor het kerstconcert opent de koster de deur al om zeven uur."),
    ("", "Drukker", "Volgens de organisatie leverde de drukker de programmaboekjes te laat."),
    ("", "Molenaar", "In het museum vertelt een molenaar elke zondag over het malen van graan."),
    ("", "Timmerman", "Een timmerman bouwt het podium voor de voorstelling."),
    ("", "Speelman", "Op de middeleeuwse dag trad een speelman op met een draailier."),
    ("", "Winter", "Het leesproject loopt de hele winter door."),
    ("", "Zomer", "Tijdens de zomer is de vestiging op zaterdag gesloten."),
    ("", "Vos", "De peuters lazen het verhaal over de vos en de raaf."),
    ("", "Kok", "Ook de kok van het museumcafé klaagt over de nieuwe openingstijden."),
    ("de", "Boer", "De schoolklas bezocht een boer voor het project over voedsel."),
    ("de", "Koning", "Het toneelstuk gaat over een koning zonder kroon."),
    ("de", "Wit", "Achter het podium hangt een wit doek voor de projecties."),
    ("", "Groen", "Het groen rond het museum wordt door vrijwilligers onderhouden."),
    ("", "Hoorn", "De hoorn van de harmonie is naar de reparateur."),
    ("", "Wolf", "In de voorleesweek lazen de kinderen over een wolf in de stad."),
    ("", "Kramer", "Op de boekenmarkt staat elke kramer onder een eigen luifel."),
    ("van der", "Berg", "Het schilderij toont een berg in de sneeuw."),
    ("", "Bos", "De wandeling van de leesclub ging door het bos achter de bibliotheek."),
    ("", "Vink", "Op de prent van de tentoonstelling zit een vink op een tak."),
]


def fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("ß", "ss")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(d[i] * (9 - i) for i in range(8)) % 11
        if last <= 9:
            s = "".join(map(str, d + [last]))
            if bsn_ok(s):
                return s


def iban(r):
    bank = r.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = int("".join(str(int(c, 36)) for c in bank + acct + "NL00"))
    chk = 98 - num % 97
    raw = f"NL{chk:02d}{bank}{acct}"
    if r.random() < 0.6:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def phone(r):
    n = "".join(str(r.randint(0, 9)) for _ in range(8))
    k = r.randrange(6)
    if k == 0:
        return f"06-{n}"
    if k == 1:
        return f"+31 6 {n[:4]} {n[4:]}"
    if k == 2:
        return f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
    a = r.choice(["010", "020", "030", "0570", "038", "058", "013", "036"])
    m = n[: 10 - len(a)]
    if k == 3:
        return f"{a}-{m}"
    if k == 4:
        return f"({a}) {m[:3]} {m[3:]}"
    return f"0031 6 {n}"


def postcode(r):
    while True:
        l2 = r.choice("ABCEGHJKLMNPRSTVWXZ") + r.choice("ABCEGHJKLMNPRSTVWXZ")
        if l2 not in ("SA", "SD", "SS"):
            break
    n = r.randint(1000, 9999)
    return f"{n} {l2}" if r.random() < 0.75 else f"{n}{l2}"


def plate(r):
    L = lambda k: "".join(r.choice(PLATE_L) for _ in range(k))
    D = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    f = r.choice(
        [
            lambda: f"{L(2)}-{D(3)}-{L(1)}",
            lambda: f"{D(1)}-{L(3)}-{D(2)}",
            lambda: f"{L(1)}-{D(3)}-{L(2)}",
            lambda: f"{L(3)}-{D(2)}-{L(1)}",
            lambda: f"{D(2)}-{L(3)}-{D(1)}",
            lambda: f"{L(2)}-{L(2)}-{D(2)}",
            lambda: f"{D(1)}-{L(2)}-{D(3)}",
        ]
    )
    return f()


def case_number(r):
    y = r.choice([2025, 2026])
    d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    return r.choice(
        [
            f"BIB-{y}-{d(5)}",
            f"MS/{y % 100}/{d(4)}",
            f"CULT.{y}.{d(4)}",
            f"JF{y % 100}-{d(5)}",
            f"VA-{y}-{d(4)}",
            f"MUS {y} {d(3)}",
            f"BV-{d(4)}-{r.choice('KLMNPR')}{r.choice('ABCDEF')}",
            f"Z{y % 100}.{d(6)}",
            f"OCW/{d(3)}/{y}",
            f"TH{d(2)}-{d(4)}",
        ]
    )


def dob_text(r, year_lo, year_hi):
    y, m, dd = r.randint(year_lo, year_hi), r.randint(1, 12), r.randint(1, 28)
    k = r.randrange(9)
    return [
        f"{dd} {MONTHS[m - 1]} {y}",
        f"{dd:02d}-{m:02d}-{y}",
        f"{dd}-{m}-{y}",
        f"{y}-{m:02d}-{dd:02d}",
        f"{dd:02d}.{m:02d}.{y}",
        f"{dd}/{m}/{y}",
        f"{dd} {MON3[m - 1]} {y}",
        f"{dd:02d} {MONTHS[m - 1].upper()} {y}",
        f"{dd} {MONTHS[m - 1]} '{y % 100:02d}",
    ][k]


class Person:
    def __init__(self, r, origin=None, surname=None, particle=None, kid=False):
        o, first, part, sur, fem = compose_name(r, origin)
        self.origin, self.first, self.female = o, first, fem
        self.particle = part if particle is None else particle
        self.last = sur if surname is None else surname
        self.kid = kid
        self.street = r.choice(STREET_A) + r.choice(STREET_B)
        self.addr = f"{self.street} {r.randint(1, 240)}{r.choice(['', '', '', 'a', 'B', '-2', ' bis'])}".replace(
            "  ", " "
        )
        self.pc, self.tel, self.bsn, self.iban = postcode(r), phone(r), bsn(r), iban(r)
        lo = fold(self.first.split()[0]).lower()
        la = fold(self.last.replace(" ", "").replace("-", "")).lower()
        self.mail = (
            r.choice([f"{lo}.{la}", f"{lo[0]}.{la}", f"{la}{r.randint(10, 99)}", f"{lo}{la}"]) + "@" + r.choice(DOMAINS)
        )
        self.dob = dob_text(r, 2008, 2019) if kid else dob_text(r, 1946, 2004)
        self.title = "mevrouw" if fem else "de heer"
        self.short = "mw." if fem else "dhr."

    def full(self):
        return " ".join(x for x in (self.first, self.particle, self.last) if x)

    def sur(self):
        s = " ".join(x for x in (self.particle, self.last) if x)
        return s[0].upper() + s[1:]

    def caps(self):
        return " ".join(x for x in (self.particle, self.last) if x).upper()

    def initial(self):
        return " ".join(x for x in (self.first[0] + ".", self.particle, self.last) if x)

    def compact(self):
        return fold(self.last.replace(" ", "").replace("-", "")).lower()


def poss(name: str) -> str:
    return name + ("'" if name[-1] in "sxz" else "'s" if name[-1] in "aeiouy" else "s")


class B:
    """Document builder: every helper that writes a personal item records it in pii as written."""

    def __init__(self, r):
        self.r, self.pii, self.keep, self.shapes = r, [], [], []
        self.town = r.choice(TOWNS)
        self.res = Person(r)
        self.fam = Person(r, origin=self.res.origin, surname=self.res.last, particle=self.res.particle, kid=True)
        self.nb = Person(r)
        self.off = Person(r)
        self.func, self.dept = r.choice(OFFICIALS)
        self.med = Person(r)
        self.art = Person(r)
        self.known = None

    def p(self, text, label):
        if not any(i["text"] == text and i["label"] == label for i in self.pii):
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, w):
        if w not in self.keep:
            self.keep.append(w)
        return w

    # persons
    def full(self, x):
        return self.p(x.full(), "PERSON")

    def sur(self, x):
        return self.p(x.sur(), "PERSON")

    def first(self, x):
        return self.p(x.first, "PERSON")

    def caps(self, x):
        return self.p(x.caps(), "PERSON")

    def ini(self, x):
        return self.p(x.initial(), "PERSON")

    def possf(self, x):
        return self.p(poss(x.first), "PERSON")

    def posss(self, x):
        return self.p(poss(x.sur()), "PERSON")

    def low(self, x):
        return self.p(x.compact(), "PERSON")

    def tsur(self, x):
        return f"{x.title} {self.sur(x)}"

    # data
    def addr(self, x):
        return self.p(x.addr, "ADDRESS")

    def street(self, x):
        return self.p(x.street, "ADDRESS")

    def pc(self, x):
        return self.p(x.pc, "POSTCODE")

    def tel(self, x):
        return self.p(x.tel, "PHONE")

    def mail(self, x):
        return self.p(x.mail, "EMAIL")

    def bsn(self, x):
        return self.p(x.bsn, "BSN")

    def iban(self, x):
        return self.p(x.iban, "IBAN")

    def dob(self, x):
        return self.p(x.dob, "DATE_OF_BIRTH")

    def case(self):
        return self.p(case_number(self.r), "CASE_NUMBER")

    def plate(self):
        return self.p(plate(self.r), "LICENSE_PLATE")

    def staffmail(self, x):
        inst = {"Bibliotheek": "bibliotheek", "Muziekschool": "muziekschool", "Stadsmuseum": "stadsmuseum"}.get(
            self.dept, "gemeente"
        )
        return self.p(f"{fold(x.first).lower()[0]}.{x.compact()}@{inst}{fold(self.town).lower()}.nl", "EMAIL")

    def odate(self):
        r = self.r
        d, m = self.k(r.choice(DAYS)), self.k(r.choice(MONTHS))
        return f"{d} {r.randint(1, 28)} {m}"

    def amount(self):
        return self.k(f"{self.r.randint(2, 180)},{self.r.choice(['00', '50', '25', '75', '95'])}")

    def info(self):
        w = self.r.choice(["Bibliotheek", "Muziekschool", "Stadsmuseum", "gemeente"]).lower()
        return self.k(f"info@{w}{fold(self.town).lower()}.nl")

    def kc(self):
        return self.k(f"14 0{self.r.randint(10, 99)}")

    def T(self):
        return self.k(self.town)


# ---------------------------------------------------------------- sentence shapes
S = []


def sentence(name):
    def deco(f):
        shape("zin:" + name)(f)
        S.append(f)
        return f

    return deco


@sentence("boete-lidmaatschap")
def _(b, r):
    return (
        f"{b.full(b.res)} kreeg een {b.k('aanmaning')} van {b.amount()} euro voor {b.k('boeken')} die volgens de "
        f"{b.k('Bibliotheek')} te laat zijn ingeleverd, terwijl het {b.k('lidmaatschap')} al was opgezegd."
    )


@sentence("titel-kwijt")
def _(b, r):
    t = r.choice(BOOKS)
    b.k(t.split()[-1])
    return f"Het exemplaar van '{t}' op de pas van {b.first(b.fam)} zou {b.k('zoekgeraakt')} zijn; {b.possf(b.res)} {b.k('buurvrouw')} bracht het boek op {b.odate()} terug."


@sentence("leesclub-notulen")
def _(b, r):
    t = r.choice(BOOKS)
    b.k(t.split()[-1])
    return (
        f"{b.k('Leesclub')}: {b.full(b.nb)} leidde het gesprek over '{t}'; {b.full(b.res)} vroeg of de "
        f"{b.k('groep')} na de {b.k('sluiting')} van de vestiging ergens anders terecht kan."
    )


@sentence("taalcafe-aanmelding")
def _(b, r):
    return (
        f"Via het {b.k('Taalcafé')} op {b.k(r.choice(DAYS))}middag meldde {b.full(b.res)} zich aan voor de cursus "
        f"'{r.choice(COURSES)}', bereikbaar op {b.tel(b.res)}."
    )


@sentence("jeugdfonds-aanvraag")
def _(b, r):
    return (
        f"Het {b.k('Jeugdfonds')} Sport & Cultuur betaalt de {b.k(r.choice(INSTR))}les van {b.full(b.fam)} "
        f"(geboren {b.dob(b.fam)}) niet meer, omdat de {b.k('intermediair')} het formulier te laat indiende."
    )


@sentence("muziekles-rooster")
def _(b, r):
    ens = r.choice(ENSEMBLES)
    b.k(ens.split()[0])
    return (
        f"{b.k('Docent')} {b.full(b.art)} geeft {b.first(b.fam)} sinds {b.k(r.choice(MONTHS))} les op "
        f"{b.k(r.choice(DAYS))} en speelt zelf in {ens}."
    )


@sentence("vrijwilliger-suppoost")
def _(b, r):
    return (
        f"{b.tsur(b.res)[0].upper() + b.tsur(b.res)[1:]} is al zes jaar {b.k('suppoost')} in het "
        f"{b.k('Stadsmuseum')} en vraagt een {b.k('vrijwilligersvergoeding')} op {b.iban(b.res)}."
    )


@sentence("tentoonstelling-kunstenaar")
def _(b, r):
    e = r.choice(EXHIBITS)
    return (
        f"In de {b.k('tentoonstelling')} '{e}' hangt werk van {b.full(b.art)}; {b.sur(b.art)} werd niet "
        f"gevraagd of het {b.k('portret')} van {b.possf(b.res)} moeder getoond mocht worden."
    )


@sentence("concert-programma")
def _(b, r):
    ens = r.choice(ENSEMBLES)
    b.k(ens.split()[0])
    return (
        f"Op {b.odate()} speelt {ens} {r.choice(WORKS)}, met {b.full(b.fam)} "
        f"als {b.k('solist')} en {b.full(b.art)} als {b.k('dirigent')}."
    )


@sentence("intake-basisvaardigheden")
def _(b, r):
    return (
        f"Bij de {b.k('intake')} voor {b.k('basisvaardigheden')} noteerde {b.ini(b.off)} dat {b.full(b.res)} "
        f"(geb. {b.dob(b.res)}) moeite heeft met {b.k('formulieren')} en de {b.k('DigiD')}-app."
    )


@sentence("sluiting-klacht")
def _(b, r):
    return (
        f"{b.full(b.res)} van de {b.street(b.res)} is boos over de {b.k('bezuiniging')}: zonder de "
        f"{b.k('filiaal')}vestiging moet {b.first(b.fam)} twee bussen nemen om te studeren."
    )


@sentence("bemiddelaar-afspraak")
def _(b, r):
    return (
        f"{b.k('Bemiddelaar')} {b.full(b.med)} sprak op {b.odate()} met {b.func} {b.full(b.off)} van "
        f"{b.k(b.dept.split()[-1])}; de {b.k('afspraak')} is vastgelegd onder {b.case()}."
    )


@sentence("kenmerk-vooraan")
def _(b, r):
    return (
        f"{b.k('Zaaknummer')} {b.case()} — het {b.k('verzoek')} van {b.tsur(b.res)} over de "
        f"{b.k('contributie')} van de {b.k('Muziekschool')} ligt bij {b.full(b.off)}."
    )


@sentence("adres-volledig")
def _(b, r):
    return (
        f"Post voor {b.full(b.res)} gaat naar {b.addr(b.res)}, {b.pc(b.res)} {b.T()}; de eerdere "
        f"{b.k('brief')} kwam terug als {b.k('onbestelbaar')}."
    )


@sentence("buurman-lenen")
def _(b, r):
    return (
        f"{b.k('Buurman')} {b.full(b.nb)} leende zijn pas uit aan {b.first(b.res)}, waardoor de "
        f"{b.k('boete')} op {b.possf(b.nb)} naam kwam te staan."
    )


@sentence("bsn-aanmelding")
def _(b, r):
    return (
        f"Voor de {b.k('inschrijving')} bij het {b.k('Taalhuis')} vroeg de balie om het BSN van {b.full(b.res)}, "
        f"{b.bsn(b.res)}, wat volgens {b.sur(b.res)} niet nodig is."
    )


@sentence("incasso-dubbel")
def _(b, r):
    return (
        f"Het {b.k('lesgeld')} voor {b.full(b.fam)} werd twee keer afgeschreven van {b.iban(b.res)}; "
        f"{b.k('Administratie')} beloofde {b.amount()} euro terug te storten."
    )


@sentence("parkeren-museum")
def _(b, r):
    return (
        f"De auto van {b.full(b.res)} met kenteken {b.plate()} kreeg een {b.k('naheffing')} bij het "
        f"{b.k('Stadsmuseum')}, terwijl {b.first(b.res)} daar als {b.k('vrijwilliger')} werkte."
    )


@sentence("instrument-bruikleen")
def _(b, r):
    ins = b.k(r.choice(INSTR))
    return (
        f"De {ins} in {b.k('bruikleen')} werd met bestelbus {b.plate()} opgehaald bij {b.addr(b.res)}, zonder "
        f"dat {b.full(b.fam)} thuis was."
    )


@sentence("mail-doorgestuurd")
def _(b, r):
    return (
        f"{b.full(b.off)} ({b.staffmail(b.off)}) stuurde de mail van {b.mail(b.res)} door naar "
        f"{b.k('team')} {b.k('Educatie')}."
    )


@sentence("telefoon-terugbel")
def _(b, r):
    return (
        f"{b.k('Terugbelverzoek')}: {b.tsur(b.res)} wil op {b.tel(b.res)} gebeld worden over de "
        f"{b.k('wachtlijst')} voor {b.k(r.choice(INSTR))}."
    )


@sentence("voorleesouder")
def _(b, r):
    return (
        f"Als {b.k('voorleesouder')} bij {b.k('BoekStart')} leest {b.full(b.nb)} elke {b.k(r.choice(DAYS))} "
        f"voor; {b.first(b.fam)} en andere peuters luisteren."
    )


@sentence("gedicht-titel")
def _(b, r):
    return (
        f"Het gedicht van {b.first(b.fam)} {b.sur(b.fam)} voor de {b.k('Poëzieweek')} hangt in de hal, met "
        f"de naam {b.caps(b.res)} er groot onder."
    )


@sentence("bestand-bijlage")
def _(b, r):
    y = r.choice([2025, 2026])
    return (
        f"{b.k('Bijlage')}: intake_{b.low(b.res)}_{y}.pdf en {b.k('rooster')}_{b.low(b.art)}.xlsx zijn "
        f"naar de {b.k('bemiddelaar')} gestuurd."
    )


@sentence("handle-sociaal")
def _(b, r):
    h = b.p(f"{fold(b.res.first.split()[0]).lower()}_{b.res.compact()}", "PERSON")
    return f"Op Facebook schreef @{h}: 'Waarom gaat de {b.k('bibliotheek')} in {b.T()} op {b.k(r.choice(DAYS))} dicht?'"


@sentence("citaat-bewoner")
def _(b, r):
    return (
        f"'{b.k('Zonder')} die {b.k('korting')} kan ik de {b.k('muziekles')} niet betalen,' zegt "
        f"{b.full(b.res)}, moeder van {b.first(b.fam)}."
    )


@sentence("leeftijd-vermelding")
def _(b, r):
    ens = r.choice(ENSEMBLES)
    b.k(ens.split()[0])
    return (
        f"{b.first(b.fam)} ({b.dob(b.fam)}) staat op de {b.k('wachtlijst')} voor {ens}, "
        f"zegt {b.k('administrateur')} {b.full(b.off)}."
    )


@sentence("klachtbrief-kopie")
def _(b, r):
    return f"In kopie: {b.ini(b.med)}, {b.k('bemiddelaar')}, en {b.ini(b.off)}, {b.func} bij {b.k(b.dept.split()[-1])}."


@sentence("expositie-bruikleengever")
def _(b, r):
    return (
        f"{b.k('Bruikleengever')} {b.full(b.nb)} vraagt het {b.k('schilderij')} terug dat sinds "
        f"{b.k(r.choice(MONTHS))} in '{r.choice(EXHIBITS)}' hangt."
    )


@sentence("taalmaatje-koppeling")
def _(b, r):
    return (
        f"{b.k('Taalmaatje')} {b.full(b.nb)} is gekoppeld aan {b.full(b.res)}; ze oefenen in de "
        f"{b.k('leeszaal')} met de krant."
    )


@sentence("familie-beide")
def _(b, r):
    return (
        f"Zowel {b.first(b.res)} als {b.first(b.fam)} {b.sur(b.fam)} staan op het {b.k('gezinsabonnement')}, "
        f"dat volgens de {b.k('klantenservice')} per {b.k(r.choice(MONTHS))} is verlopen."
    )


@sentence("hoofdletters-formulier")
def _(b, r):
    return (
        f"Op het {b.k('aanmeldformulier')} staat {b.caps(b.fam)}, {b.first(b.fam)}, "
        f"{b.k('instrument')}: {b.k(r.choice(INSTR))}."
    )


@sentence("bezwaar-tarief")
def _(b, r):
    return (
        f"{b.possf(b.res)} {b.k('bezwaar')} tegen het nieuwe {b.k('tarief')} van {b.amount()} euro per "
        f"{b.k('kwartaal')} is doorgestuurd naar {b.full(b.off)}."
    )


@sentence("vrijwilliger-rooster")
def _(b, r):
    return (
        f"{b.k('Rooster')} {b.odate()}: kassa {b.full(b.nb)}, {b.k('rondleiding')} {b.full(b.res)}, "
        f"{b.k('garderobe')} {b.first(b.fam)}."
    )


@sentence("postcode-los")
def _(b, r):
    return (
        f"{b.full(b.res)} woont in postcodegebied {b.pc(b.res)}, net buiten de {b.k('regeling')} voor gratis "
        f"{b.k('leerlingenvervoer')} naar de {b.k('Muziekschool')}."
    )


@sentence("mentor-docent")
def _(b, r):
    return (
        f"{b.k('Mentor')} {b.full(b.art)} schreef dat {b.first(b.fam)} het {b.k('examen')} {b.k(r.choice(INSTR))} "
        f"heeft gehaald; {b.sur(b.art)} raadt het {b.k('Conservatorium')} aan."
    )


@sentence("sluitingsbesluit")
def _(b, r):
    return (
        f"Het {b.k('besluit')} om de wijkvestiging in {b.T()} te sluiten, ondertekend door {b.k('wethouder')} "
        f"{b.full(b.off)}, bereikte {b.full(b.res)} pas via de krant."
    )


@sentence("inlogprobleem")
def _(b, r):
    return (
        f"{b.full(b.res)} kan niet inloggen in de {b.k('app')} van de {b.k('Bibliotheek')} met {b.mail(b.res)}; "
        f"het {b.k('wachtwoord')} werd twee keer gereset."
    )


@sentence("bijles-kind-geb")
def _(b, r):
    return (
        f"Geboortedatum {b.first(b.fam)}: {b.dob(b.fam)}. {b.k('Groep')} {r.randint(4, 8)}, "
        f"{b.k('leesniveau')} onder het gemiddelde."
    )


@sentence("rekening-uitbetaling")
def _(b, r):
    return (
        f"De {b.k('onkostenvergoeding')} voor de {b.k('Museumnacht')} wordt overgemaakt op {b.iban(b.nb)} "
        f"t.n.v. {b.ini(b.nb)}."
    )


@sentence("excuus-medewerker")
def _(b, r):
    return (
        f"{b.func.capitalize()} {b.full(b.off)} bood namens de {b.k(b.dept.split()[-1])} "
        f"{b.k('excuses')} aan voor de toon van het {b.k('telefoongesprek')}."
    )


@sentence("meerdere-telefoons")
def _(b, r):
    return f"Bereikbaar: {b.tel(b.res)} (overdag) of via {b.possf(b.nb)} nummer {b.tel(b.nb)} ('s {b.k('avonds')})."


@sentence("programmaboekje")
def _(b, r):
    return (
        f"Uit het {b.k('programmaboekje')}: '{r.choice(WORKS)} — {b.k('leerlingen')} van {b.full(b.art)}, "
        f"onder wie {b.full(b.fam)} ({b.k(r.choice(INSTR))})'."
    )


@sentence("beperking-toegang")
def _(b, r):
    return (
        f"{b.full(b.res)} zit in een {b.k('rolstoel')} en kon de {b.k('lift')} naar de {b.k('concertzaal')} "
        f"niet gebruiken; {b.first(b.res)} miste het hele optreden."
    )


@sentence("gemeente-contact")
def _(b, r):
    return f"Vragen? Bel {b.kc()} of mail {b.info()}; vermeld altijd uw {b.k('kenmerk')} {b.case()}."


@sentence("statushouder-inburgering")
def _(b, r):
    return (
        f"{b.full(b.res)} volgt naast de {b.k('inburgering')} een {b.k('cursus')} in het {b.k('Taalhuis')}; "
        f"{b.k('klantmanager')} {b.full(b.off)} zoekt een plek voor {b.first(b.fam)}."
    )


@sentence("pasfoto-identiteit")
def _(b, r):
    return (
        f"Bij het ophalen van de {b.k('bibliotheekpas')} op naam van {b.first(b.fam)} {b.sur(b.fam)} toonde "
        f"{b.first(b.res)} geen {b.k('legitimatie')}."
    )


@sentence("wachtlijst-positie")
def _(b, r):
    return (
        f"{b.first(b.fam)} staat op plaats {r.randint(3, 40)} van de {b.k('wachtlijst')} voor "
        f"{b.k(r.choice(INSTR))}; {b.full(b.res)} vindt dat {b.k('onredelijk')}."
    )


@sentence("afspraak-vastgelegd")
def _(b, r):
    return (
        f"{b.k('Afgesproken')}: {b.sur(b.off)} belt {b.tsur(b.res)} uiterlijk {b.odate()} terug over de "
        f"{b.k('kwijtschelding')}."
    )


@sentence("controlevraag")
def _(b, r):
    return (
        f"{b.k('Controlevraag')} van {b.full(b.med)}: is alles besproken? {b.first(b.res)} antwoordde dat de "
        f"{b.k('uitleg')} duidelijk was."
    )


@sentence("oud-lid-overleden")
def _(b, r):
    return (
        f"De pas van wijlen {b.full(b.nb)} (geboren op {b.dob(b.nb)}) werd niet {b.k('opgezegd')}, waardoor "
        f"{b.k('contributie')} bleef lopen."
    )


@sentence("aanbod-cursussen")
def _(b, r):
    c1, c2 = r.sample(COURSES, 2)
    b.k(c1.split()[-1])
    return (
        f"{b.full(b.off)} raadde {b.first(b.res)} de cursussen '{c1}' en '{c2}' aan, beide gratis via de "
        f"{b.k('gemeente')}."
    )


@sentence("buur-geluid")
def _(b, r):
    return (
        f"{b.k('Buren')} van {b.addr(b.res)} klagen over het oefenen op de {b.k(r.choice(INSTR))}; "
        f"{b.full(b.nb)} belde de {b.k('wijkagent')}."
    )


@sentence("ouder-reactie")
def _(b, r):
    return (
        f"{b.first(b.res)} {b.sur(b.res)} ({b.mail(b.res)}): '{b.k('Mijn')} dochter {b.first(b.fam)} wil gewoon "
        f"{b.k('blijven')} spelen.'"
    )


@sentence("museumkaart")
def _(b, r):
    return (
        f"De {b.k('Stadspas')} van {b.full(b.res)} gaf geen {b.k('korting')} op de {b.k('Museumkaart')}, "
        f"al staat dat wel op de {b.k('website')}."
    )


@sentence("dirigent-vertrek")
def _(b, r):
    ens = r.choice(ENSEMBLES)
    b.k(ens.split()[0])
    return (
        f"Na het vertrek van {b.full(b.art)} zoekt {ens} een nieuwe {b.k('dirigent')}; {b.posss(b.art)} "
        f"{b.k('afscheidsconcert')} is op {b.odate()}."
    )


@sentence("boekenbus")
def _(b, r):
    return f"De {b.k('Bibliobus')} ({b.plate()}) stopt niet meer in de {b.street(b.res)}, meldt {b.full(b.res)}."


@sentence("persoonsgegevens-blok")
def _(b, r):
    return (
        f"{b.k('Cursist')}: {b.full(b.res)}, {b.addr(b.res)}, {b.pc(b.res)} {b.T()}, tel. {b.tel(b.res)}, "
        f"BSN {b.bsn(b.res)}."
    )


@sentence("klein-verhaal")
def _(b, r):
    return (
        f"{b.first(b.res)} leerde via de {b.k('voorleesgroep')} {b.k('lezen')}; nu helpt {b.first(b.res)} "
        f"{b.sur(b.nb)} met de {b.k('huiswerkklas')}."
    )


@sentence("vrijwilliger-verklaring")
def _(b, r):
    return (
        f"Voor de {b.k('VOG')} van {b.full(b.nb)} (geb. {b.dob(b.nb)}) is het {b.k('formulier')} "
        f"nog niet {b.k('ondertekend')}."
    )


@sentence("doorverwijzing")
def _(b, r):
    return (
        f"{b.k('Doorverwezen')} naar het {b.k('Jeugdfonds')}: {b.full(b.fam)}, {b.k('zoon')}/{b.k('dochter')} van "
        f"{b.tsur(b.res)}, {b.case()}."
    )


@sentence("opening-nieuw")
def _(b, r):
    return (
        f"Bij de {b.k('opening')} van de nieuwe {b.k('leeszaal')} knipte {b.full(b.art)} het lint door, in "
        f"aanwezigheid van {b.possf(b.res)} klas."
    )


@sentence("ombudsman-dreiging")
def _(b, r):
    return (
        f"Als er geen {b.k('oplossing')} komt, stapt {b.full(b.res)} naar de {b.k('Nationale')} Ombudsman, "
        f"schreef {b.sur(b.res)} aan {b.full(b.med)}."
    )


# ---------------------------------------------------------------- document kinds (header + body + closing)
def body(b, r, n):
    return [f(b, r) for f in r.sample(S, n)], None


def track(b, fs):
    b.shapes.extend(f.shape for f in fs)


@shape("doc:email-klantenservice")
def doc_email(b, r, sents):
    return (
        f"Van: {b.mail(b.res)}\nAan: {b.info()}\n{b.k('Onderwerp')}: {b.k('boete')} en {b.k('lidmaatschap')}\n\n"
        f"{b.k('Beste')} medewerker,\n\n"
        + " ".join(sents)
        + f"\n\nMet vriendelijke groet,\n{b.full(b.res)}\n{b.tel(b.res)}"
    )


@shape("doc:brief-bemiddelaar")
def doc_brief(b, r, sents):
    return (
        f"{b.full(b.res)}\n{b.addr(b.res)}\n{b.pc(b.res)} {b.T()}\n\nAan de {b.k('bemiddelaar')}, {b.full(b.med)}\n"
        f"{b.k('Betreft')}: {b.k('sluiting')} {b.k('wijkbibliotheek')}\n\n"
        + " ".join(sents)
        + f"\n\n{b.k('Hoogachtend')},\n{b.ini(b.res)}"
    )


@shape("doc:aanmeldformulier-muziekschool")
def doc_form(b, r, sents):
    return (
        f"{b.k('AANMELDFORMULIER')} MUZIEKSCHOOL {b.k(b.town.upper())}\n{b.k('Naam')} leerling: {b.full(b.fam)}\n"
        f"{b.k('Geboortedatum')}: {b.dob(b.fam)}\nOuder/verzorger: {b.full(b.res)}\nIBAN: {b.iban(b.res)}\n"
        f"{b.k('Opmerkingen')}: " + " ".join(sents)
    )


@shape("doc:jeugdfonds-intermediair")
def doc_jf(b, r, sents):
    return (
        f"{b.k('Jeugdfonds')} Sport & Cultuur — {b.k('aanvraag')} {b.case()}\n{b.k('Intermediair')}: {b.full(b.off)}, "
        f"{b.func}\n{b.k('Kind')}: {b.full(b.fam)}, {b.dob(b.fam)}\n\n" + " ".join(sents)
    )


@shape("doc:vrijwilligerslijst")
def doc_roster(b, r, sents):
    return (
        f"{b.k('Vrijwilligers')} {b.k('Stadsmuseum')} — {b.k('rooster')} {b.odate()}\n- {b.full(b.nb)}, {b.tel(b.nb)}\n"
        f"- {b.full(b.res)}, {b.tel(b.res)}\n\n" + " ".join(sents)
    )


@shape("doc:concertaankondiging")
def doc_concert(b, r, sents):
    ens = r.choice(ENSEMBLES)
    b.k(ens.split()[0])
    return (
        f"{b.k('CONCERT')} — {ens} speelt {r.choice(WORKS)}\n{b.k('Zaal')} open 19.30 uur, {b.odate()}\n"
        f"Solisten: {b.full(b.art)} en {b.full(b.fam)}\n\n" + " ".join(sents)
    )


@shape("doc:intakeverslag")
def doc_intake(b, r, sents):
    return (
        f"{b.k('Intakeverslag')} {b.k('basisvaardigheden')} — {b.case()}\n{b.k('Deelnemer')}: {b.caps(b.res)}, "
        f"{b.first(b.res)}\n{b.k('Trajectbegeleider')}: {b.full(b.off)}\n\n" + " ".join(sents)
    )


@shape("doc:notulen-leesclub")
def doc_minutes(b, r, sents):
    return (
        f"{b.k('Notulen')} {b.k('leesclub')} '{r.choice(BOOKS)}', {b.odate()}\n{b.k('Aanwezig')}: {b.first(b.res)}, "
        f"{b.first(b.nb)} {b.sur(b.nb)}, {b.full(b.art)}\n\n" + " ".join(sents)
    )


@shape("doc:groepsapp-taalcafe")
def doc_chat(b, r, sents):
    lines = [
        f"[{r.randint(9, 21)}:{r.randint(10, 59)}] {b.first(b.res) if i % 2 == 0 else b.first(b.nb)}: {s}"
        for i, s in enumerate(sents)
    ]
    return f"{b.k('Groepsapp')} {b.k('Taalcafé')} {b.T()}\n" + "\n".join(lines)


@shape("doc:verslag-afstemming")
def doc_report(b, r, sents):
    return (
        f"{b.k('Verslag')} {b.k('afstemmingsgesprek')} {b.case()}\n{b.k('Bemiddelaar')}: {b.full(b.med)}\n"
        f"{b.k('Inwoner')}: {b.tsur(b.res)}\n{b.k('Ambtenaar')}: {b.full(b.off)}, {b.func}, {b.dept}\n\n"
        + " ".join(sents)
    )


@shape("doc:petitie-sluiting")
def doc_petition(b, r, sents):
    return (
        f"{b.k('PETITIE')}: houd de {b.k('bibliotheek')} in {b.T()} open!\n{b.k('Initiatiefnemer')}: {b.full(b.res)} "
        f"({b.mail(b.res)})\n\n"
        + " ".join(sents)
        + f"\n\n{b.k('Ondertekend')} door {r.randint(200, 2400)} {b.k('inwoners')}."
    )


@shape("doc:telefoonnotitie")
def doc_phone(b, r, sents):
    return (
        f"{b.k('Telefoonnotitie')} {b.odate()}, {r.randint(9, 16)}.{r.choice(['05', '20', '40'])} uur\n{b.k('Beller')}: "
        f"{b.tsur(b.res)}, {b.tel(b.res)}\n{b.k('Aangenomen')} door: {b.ini(b.off)}\n\n" + " ".join(sents)
    )


@shape("doc:tentoonstellingstekst")
def doc_exhibit(b, r, sents):
    e = r.choice(EXHIBITS)
    b.k(e.split()[-1])
    return f"{b.k('Zaaltekst')} — '{e}'\n{b.k('Samenstelling')}: {b.full(b.art)}, {b.k('conservator')}\n\n" + " ".join(
        sents
    )


@shape("doc:voicemail")
def doc_voicemail(b, r, sents):
    return (
        f"({b.k('Voicemail')}, {b.k('uitgeschreven')}) Goedemorgen, u spreekt met {b.full(b.res)}. "
        + " ".join(sents)
        + f" Mijn nummer is {b.tel(b.res)}, {b.k('dank')} u wel."
    )


@shape("doc:raadsvraag-bezuiniging")
def doc_council(b, r, sents):
    return (
        f"{b.k('Schriftelijke')} {b.k('vragen')} over {b.k('bezuinigingen')} op {b.k('cultuur')}\n"
        f"{b.k('Aanleiding')}: een brief van {b.full(b.res)} aan de {b.k('raad')}.\n\n" + " ".join(sents)
    )


@shape("doc:ontvangstbevestiging")
def doc_receipt(b, r, sents):
    return (
        f"{b.k('Ontvangstbevestiging')}\n{b.k('Geachte')} {b.tsur(b.res)},\n\n{b.k('Wij')} hebben uw "
        f"{b.k('verzoek')} ontvangen onder {b.k('kenmerk')} {b.case()}. "
        + " ".join(sents)
        + f"\n\nNamens de {b.k('bemiddelaars')},\n{b.full(b.med)}"
    )


@shape("doc:evaluatieformulier")
def doc_eval(b, r, sents):
    return (
        f"{b.k('Evaluatie')} cursus '{r.choice(COURSES)}'\n{b.k('Ingevuld')} door: {b.full(b.res)}, geboren "
        f"{b.dob(b.res)}\n{b.k('Cijfer')}: {r.randint(4, 10)}\n{b.k('Toelichting')}: " + " ".join(sents)
    )


@shape("doc:nieuwsbrief-vrienden")
def doc_news(b, r, sents):
    return (
        f"{b.k('Nieuwsbrief')} {b.k('Vrienden')} van het {b.k('Stadsmuseum')}, {b.k(r.choice(MONTHS))}\n\n"
        + " ".join(sents)
        + f"\n\n{b.k('Afmelden')}? Mail {b.info()}."
    )


DOC_KINDS = [
    doc_email,
    doc_brief,
    doc_form,
    doc_jf,
    doc_roster,
    doc_concert,
    doc_intake,
    doc_minutes,
    doc_chat,
    doc_report,
    doc_petition,
    doc_phone,
    doc_exhibit,
    doc_voicemail,
    doc_council,
    doc_receipt,
    doc_eval,
    doc_news,
]


@shape("known:gewoon-woord")
def known_sentence(b, r):
    return b.known[2]


def draw(i: int, attempt: int) -> dict:
    r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
    b = B(r)
    if i % 4 == 1:
        b.known = r.choice(KNOWN_WORDS)
        part, word, _sent = b.known
        b.res = Person(r, surname=word, particle=part)
        b.fam = Person(r, origin=b.res.origin, surname=word, particle=part, kid=True)
    kind = DOC_KINDS[r.randrange(len(DOC_KINDS))]
    fs = r.sample(S, r.randint(3, 5))
    sents = [f(b, r) for f in fs]
    if b.known:
        sents.insert(r.randint(1, len(sents)), known_sentence(b, r))
        b.k(b.known[1].lower())
        b.shapes.append("known:gewoon-woord")
    text = kind(b, r, sents)
    b.shapes.append(kind.shape)
    track(b, fs)
    doc = {"id": f"fresh39c-{i:04d}", "text": text, "pii": b.pii, "keep": b.keep}
    if b.known:
        kn = {"names": [b.res.full()]}
        if b.res.mail in text:
            kn["emails"] = [b.res.mail]
        if b.res.tel in text:
            kn["phones"] = [b.res.tel]
        doc["known"] = kn
    doc["_shapes"] = b.shapes
    return doc


# ---------------------------------------------------------------- gate
def _words(s):
    return [w for w in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", s) if len(w) > 1 and w.lower() not in PARTICLES]


def gate(doc: dict) -> str | None:
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= {w.lower() for w in _words(n)}
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            name_words |= {w.lower() for w in _words(it["text"])}
    for k in doc["keep"]:
        for w in _words(k):
            if w.lower() in name_words and not (w.lower() in known_words and w == w.lower()):
                return f"keep {k!r} shares {w!r} with a name"
    if not doc["keep"] or len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


def generate():
    docs, redraws = [], 0
    for i in range(N_DOCS):
        for attempt in range(200):
            d = draw(i, attempt)
            if gate(d) is None:
                break
            redraws += 1
        else:
            raise SystemExit(f"document {i} fails its gate: {gate(d)}")
        docs.append(d)
    return docs, redraws


def dump(docs):
    return "".join(json.dumps({k: v for k, v in d.items() if k != "_shapes"}, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws = generate()
    out = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == out
        print("up to date" if same else "fresh39c_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        c = Counter(it["label"] for d in docs for it in d["pii"])
        used = Counter(s for d in docs for s in d["_shapes"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {c[lab]}")
        print(f"  total          {sum(c.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        print(f"shapes registered: {len(SHAPES)}, used: {len(used)}")
        print(f"origin groups: {len(ORIGINS)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(out, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} (redraws {redraws})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
