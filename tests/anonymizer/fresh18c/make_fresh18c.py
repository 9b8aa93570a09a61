"""Generator of the blind corpus fresh18c: meetings and their paperwork (helper B3, round fourteen).

Usage: PYTHONPATH=. python tests/anonymizer/fresh18c/make_fresh18c.py [--check | --stats]
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
from names_f18c import GROUPS, make_name  # noqa: E402

_spec = importlib.util.spec_from_file_location("f18c_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)

SEED = 20261413
N_DOCS = 300
OUT = HERE / "fresh18c_texts.jsonl"
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
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}

SHAPES: dict = {}


def shape(fn):
    SHAPES[fn.__name__] = fn
    return fn


# ---------------------------------------------------------------- world
CITIES = [
    ("Tilburg", "013"),
    ("Zaanstad", "075"),
    ("Almere", "036"),
    ("Deventer", "0570"),
    ("Leeuwarden", "058"),
    ("Heerlen", "045"),
    ("Schiedam", "010"),
    ("Lelystad", "0320"),
    ("Dordrecht", "078"),
    ("Venlo", "077"),
    ("Hengelo", "074"),
    ("Purmerend", "0299"),
    ("Gouda", "0182"),
    ("Apeldoorn", "055"),
    ("Vlaardingen", "010"),
]
STREET_A = [
    "Linden",
    "Kastanje",
    "Meidoorn",
    "Vlier",
    "Wilgen",
    "Berken",
    "Iepen",
    "Populier",
    "Haver",
    "Rogge",
    "Klaver",
    "Boekweit",
    "Lupine",
    "Zwaluw",
    "Kievit",
    "Reiger",
    "Spreeuw",
    "Korenbloem",
    "Zeven",
    "Hulst",
    "Vlas",
    "Hennep",
    "Gersten",
    "Tarwe",
    "Kwartel",
    "Leeuwerik",
    "Sleutelbloem",
    "Fuut",
    "Pelikaan",
]
STREET_B = ["laan", "straat", "hof", "plein", "singel", "weg", "erf", "dreef", "kade", "pad", "gaarde", "akker"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
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
TEAMS = [
    "Sociaal Wijkteam Noord",
    "Sociaal Wijkteam Centrum",
    "team Wonen",
    "afdeling Werk en Inkomen",
    "team Schuldhulpverlening",
    "team Leerplicht",
    "afdeling Handhaving",
    "team Jeugd",
    "Wmo-loket",
    "team Vergunningen",
    "afdeling Belastingen",
    "team Openbare Ruimte",
    "Klantcontactcentrum",
    "team Bijzondere Bijstand",
    "afdeling Burgerzaken",
]
ORGS = [
    "Woonstichting Dijkzicht",
    "Stichting Buurtwerk Oost",
    "Veilig Thuis",
    "GGD",
    "Vluchtelingenwerk",
    "Jeugdbescherming",
    "Raad voor de Kinderbescherming",
    "MEE",
    "Humanitas",
    "Leger des Heils",
    "Zorggroep Meerstroom",
    "Voedselbank",
    "Politie",
    "Thuiszorg Zuidrand",
    "Kredietbank",
    "Stadsbank",
    "Jongerenwerk Horizon",
    "Woonzorg Rivierenland",
]
FUNCS = [
    "consulent Wmo",
    "casemanager",
    "beleidsadviseur",
    "wijkagent",
    "jeugdconsulent",
    "schuldhulpverlener",
    "woonconsulent",
    "wijkverpleegkundige",
    "leerplichtambtenaar",
    "teamleider",
    "handhaver",
    "wijkcoach",
    "juridisch medewerker",
    "klantmanager",
    "procesregisseur",
    "gedragswetenschapper",
]
ROOMS = [
    "Raadzaal",
    "Burgerzaal",
    "Commissiekamer 2",
    "vergaderruimte De Linie",
    "wijkcentrum Het Anker",
    "Stadskantoor, zaal 4.12",
    "buurthuis De Schakel",
    "Trefpunt Zuid",
    "bibliotheek, zaal Atlas",
    "Wijkpost Oost",
    "Stadswinkel, spreekkamer 3",
]
LAWS = [
    "Wmo 2015",
    "Participatiewet",
    "Jeugdwet",
    "Woningwet",
    "Omgevingswet",
    "Algemene wet bestuursrecht",
    "Wet gemeentelijke schuldhulpverlening",
    "Leerplichtwet",
    "Opiumwet",
    "Wet tijdelijk huisverbod",
]
PROGS = [
    "programma Wijkaanpak",
    "project Schone Straten",
    "Buurtbudget",
    "Actieplan Armoede",
    "Pilot Doorbraak",
    "programma Thuis in de Wijk",
    "project Nieuwe Buren",
    "Regeling Ruimte voor de Wijk",
]
TOPICS = [
    "overlast door een hennepkwekerij",
    "een lekkend dak",
    "schimmel in de badkamer",
    "de herindicatie",
    "een betalingsachterstand",
    "de schoolgang van de kinderen",
    "geluidsoverlast",
    "een geweigerde woonurgentie",
    "een stopgezette uitkering",
    "een traplift",
    "de invordering van de afvalstoffenheffing",
    "een burenconflict",
    "de aanvraag bijzondere bijstand",
    "een boete voor foutparkeren",
]
PRIV_DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "live.nl",
    "icloud.com",
    "hetnet.nl",
    "planet.nl",
    "yahoo.com",
]

# known names: (word, position, sentence with {w} used lower case mid-sentence)
KNOWN = [
    ("Hamer", "sur", "De voorzitter legt de {w} naast de presentielijst."),
    ("Post", "sur", "Agendapunt 2 gaat over de ingekomen {w} sinds het vorige overleg."),
    ("Vink", "sur", "Wie aanwezig is, zet een {w} achter de eigen regel."),
    ("Bakker", "sur", "De koffie en koek komen van de {w} aan het plein."),
    ("Visser", "sur", "Een {w} meldde eerder de losliggende steiger bij de vijver."),
    ("Koster", "sur", "De {w} van de Dorpskerk stelt de zaal gratis beschikbaar."),
    ("Schipper", "sur", "De {w} van het veerpontje vaart na tien uur niet meer."),
    ("Kok", "sur", "De {w} van het buurthuis zorgt na afloop voor soep."),
    ("Brouwer", "sur", "Een {w} uit de wijk sponsort de nieuwjaarsborrel."),
    ("Timmerman", "sur", "Een {w} van de corporatie repareert volgende week de trapleuning."),
    ("Groen", "sur", "Het {w} langs de singel wordt in het voorjaar gesnoeid."),
    ("Vos", "sur", "Volgens de boswachter loopt er 's nachts een {w} door de volkstuinen."),
    ("Bos", "sur", "Het {w} achter de basisschool blijft voorlopig afgesloten."),
    ("Berg", "sur", "Bij het loket ligt nog een {w} ongeopende brieven."),
    ("Beek", "sur", "De {w} langs het park treedt bij hevige regen buiten haar oevers."),
    ("Winter", "sur", "Komende {w} komt er een extra inloopspreekuur."),
    ("Storm", "sur", "Na de {w} van februari liggen er nog takken op het fietspad."),
    ("Kroon", "sur", "Het nieuwe speelveld is de {w} op het werk van de werkgroep."),
    ("Koning", "sur", "Tijdens het bezoek van de {w} blijft het plein afgesloten."),
    ("Baas", "sur", "De {w} van de schoonmaakploeg belt na afloop terug."),
    ("Stam", "sur", "De {w} van de omgewaaide eik ligt nog over de stoep."),
    ("Wolf", "sur", "Het verhaal over een {w} in het natuurgebied blijkt over een husky te gaan."),
    ("Bloem", "sur", "Elke vrijwilliger krijgt na afloop een {w} als dank."),
    ("Meester", "sur", "De {w} van groep 7 sluit aan bij het volgende punt."),
    ("Zwart", "sur", "Het besluit staat nu {w} op wit in het verslag."),
    ("Vrolijk", "sur", "Het was een {w} begin van een lastige avond."),
    ("Haan", "sur", "De {w} van de kinderboerderij kraait midden in het overleg."),
    ("Molenaar", "sur", "De {w} van de korenmolen biedt de zolder aan als vergaderplek."),
    ("Merel", "first", "Er broedt een {w} in de dakgoot boven de ingang."),
    ("Roos", "first", "Op de tafel staat een {w} van de bewonerscommissie."),
    ("Linde", "first", "De oude {w} op het plein wordt niet gekapt."),
    ("Mees", "first", "In de nestkast bij de ingang zit een {w}."),
    ("Jasmijn", "first", "De {w} bij de voordeur is eindelijk gesnoeid."),
]


# ---------------------------------------------------------------- number helpers
def bsn(r):
    while True:
        d = [r.randint(1, 6)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False))
        last = s % 11
        if last < 10:
            n = "".join(map(str, d + [last]))
            return r.choice([n, n, f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}"])


def bsn_ok(s):
    n = re.sub(r"\D", "", s)
    return len(n) == 9 and (sum(int(x) * w for x, w in zip(n[:8], range(9, 1, -1), strict=False)) - int(n[8])) % 11 == 0


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(r):
    bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acc = "".join(str(r.randint(0, 9)) for _ in range(10))
    cc = 98 - _iban_num(bank + acc + "NL00") % 97
    s = f"NL{cc:02d}{bank}{acc}"
    return r.choice([s, " ".join(s[i : i + 4] for i in range(0, len(s), 4)), s.lower() if r.random() < 0.3 else s])


def iban_ok(s):
    t = re.sub(r"\s", "", s).upper()
    return _iban_num(t[4:] + t[:4]) % 97 == 1


def plate(r):
    L = "BDFGHJKLNPRSTVXZ"
    a = lambda n: "".join(r.choice(L) for _ in range(n))  # noqa: E731
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    return r.choice(
        [
            f"{a(2)}-{d(3)}-{a(1)}",
            f"{d(2)}-{a(3)}-{d(1)}",
            f"{d(1)}-{a(3)}-{d(2)}",
            f"{a(3)}-{d(2)}-{a(1)}",
            f"{a(1)}-{d(3)}-{a(2)}",
            f"{d(1)}-{a(2)}-{d(3)}",
            f"{a(2)}-{a(2)}-{d(2)}",
        ]
    )


def case_no(r, city):
    y = r.choice(["25", "26"])
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
    return r.choice(
        [
            f"ZK-20{y}-{n(5)}",
            f"MDO/{y}/{n(3)}-{r.choice('NOZW')}",
            f"CO.{y}.{n(4)}",
            f"SWT-{city[:3].upper()}-{n(5)}",
            f"{y}W{n(5)}",
            f"D{n(6)}",
            f"VTA-{n(4)}-{y}",
            f"CAS{y}/{n(4)}",
            f"JZ{y}.{n(3)}.{n(2)}",
        ]
    )


def phone(r, kind="mob"):
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
    if kind == "mob":
        m = n(8)
        return r.choice(
            [
                f"06-{m}",
                f"06 {m[:4]} {m[4:]}",
                f"+31 6 {m[:4]} {m[4:]}",
                f"+31(0)6-{m}",
                f"0031 6 {m}",
                f"06.{m[:3]}.{m[3:6]}.{m[6:]}",
                f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
            ]
        )
    if kind == "abroad":
        return r.choice(
            [
                f"+212 6 {n(2)} {n(2)} {n(2)} {n(2)}",
                f"+90 53{n(1)} {n(3)} {n(2)} {n(2)}",
                f"+48 5{n(2)} {n(3)} {n(3)}",
                f"+597 8{n(2)} {n(4)}",
                f"+5999 5{n(2)} {n(4)}",
                f"+251 91 {n(3)} {n(4)}",
                f"+963 9{n(2)} {n(3)} {n(3)}",
            ]
        )
    area = kind
    return r.choice([f"{area}-{n(7)}", f"({area}) {n(3)} {n(2)} {n(2)}", f"{area} {n(3)} {n(4)}"])


def street(r):
    return r.choice(STREET_A) + r.choice(STREET_B)


def housenr(r):
    h = str(r.randint(1, 240))
    return r.choice([h, h, h + r.choice("abc"), f"{h}-{r.randint(1, 3)}", f"{h} hs", f"{h}-III", f"{h} A", f"{h} bis"])


def postcode(r):
    L = "ABCEGHJKLMNPRTVWXZ"
    return f"{r.randint(1000, 9999)}{r.choice(['', ' '])}{r.choice(L)}{r.choice(L)}"


def dob(r):
    """(text as it occurs including any cue word, the pii string)."""
    d = dt.date(r.randint(1938, 2013), r.randint(1, 12), r.randint(1, 28))
    m = MONTHS[d.month - 1]
    styles = [
        ("geb. {}", f"{d.day:02d}-{d.month:02d}-{d.year}"),
        ("geboren op {}", f"{d.day} {m} {d.year}"),
        ("* {}", f"{d.day} {MON3[d.month - 1]} {d.year}"),
        ("geboortedatum {}", f"{d.year}-{d.month:02d}-{d.day:02d}"),
        ("geb.datum: {}", f"{d.day:02d}/{d.month:02d}/{d.year}"),
        ("{}", f"{d.day}-{d.month}-{d.year}"),
        ("geboren {}", f"{d.day} {m} '{d.year % 100:02d}"),
        ("(°{})", f"{d.day:02d}.{d.month:02d}.{d.year}"),
        ("{}", f"{WEEKDAYS[d.weekday()]} {d.day} {m} {d.year}"),
        ("geb. {}", f"{d.day:02d}{d.month:02d}{d.year}"),
    ]
    cue, val = r.choice(styles)
    return cue.format(val), val, d


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, first, particle, sur, gender, group, func="", dept=""):
        self.first, self.particle, self.sur, self.g, self.group = first, particle, sur, gender, group
        self.func, self.dept = func, dept

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.particle, self.sur) if x)

    @property
    def surname(self):  # after an initial or first name
        return " ".join(x for x in (self.particle, self.sur) if x)

    @property
    def surname_cap(self):  # after a title alone
        s = self.surname
        return s[0].upper() + s[1:] if self.particle and s[0].isalpha() else s

    @property
    def initials(self):
        return "".join(w[0] + "." for w in re.split(r"[ -]", self.first))

    @property
    def paraph(self):
        p = "".join(w[0] for w in re.split(r"[ -]", self.first))
        p += "".join(w[0] for w in self.particle.split() if w[0].isalpha()).lower()
        p += "".join(w[0] for w in re.split(r"[ -]", self.sur) if w[0].isalpha()).upper()
        return p

    def ascii_(self, s):
        s = unicodedata.normalize("NFKD", s.replace("ı", "i").replace("ł", "l").replace("Ł", "L"))
        return re.sub(r"[^a-z0-9]", "", "".join(c for c in s if not unicodedata.combining(c)).lower())


# ---------------------------------------------------------------- document builder
class D:
    def __init__(self, r, idx, known):
        self.r, self.idx = r, idx
        self.pii, self.keep, self.shapes, self.persons = [], [], [], []
        self.known_word = None
        self.known_data = None
        self.city, self.area = r.choice(CITIES)
        day = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 320))
        while day.weekday() > 3:
            day += dt.timedelta(days=1)
        self.day = day
        self.next_day = day + dt.timedelta(days=r.choice([7, 14, 21, 28]))
        self.deadline = day + dt.timedelta(days=r.choice([3, 5, 10, 12, 17]))
        self.time = r.choice(["09.30", "10.00", "13.30", "14.00", "15.15", "19.30", "20.00"])
        self.room = r.choice(ROOMS)
        self.team = r.choice(TEAMS)
        self.orgs = r.sample(ORGS, 3)
        self.topic = r.choice(TOPICS)
        self.law = r.choice(LAWS)
        self.prog = r.choice(PROGS)
        groups = list(GROUPS)
        g = r.choice(groups)
        gender = r.choice("fm")
        if known:
            word, pos, sent = known
            self.known_word = word
            first, particle, sur = make_name(r, r.choice(groups), "f" if pos == "first" else gender)
            if pos == "first":
                first, gender = word, "f" if word != "Mees" else "m"
            else:
                sur = word
                particle = r.choice(["", "", "de", "van der", "van 't"]) if word not in ("Zwart", "Vrolijk") else ""
            self.res = Person(first, particle, sur, gender, g)
            self.known_sentence = sent.format(w=word.lower())
        else:
            self.res = Person(*make_name(r, g, gender), gender, g)
        # family member shares the family name
        fg = r.choice("fm")
        fam_first = make_name(r, g, fg)[0]
        if fam_first == self.res.first:
            fam_first = make_name(r, g, fg)[0] + "-" + r.choice(["Lou", "Noa", "Jay", "Mo"])
        self.fam = Person(fam_first, self.res.particle, self.res.sur, fg, g)
        self.child_age = r.randint(3, 17)
        ng = r.choice(groups)
        self.neigh = Person(*make_name(r, ng, r.choice("fm")), "f", ng)
        self.neigh.g = r.choice("fm")
        self.offs = []
        for _k in range(4):
            og = r.choice(groups)
            og_g = r.choice("fm")
            p = Person(*make_name(r, og, og_g), og_g, og, r.choice(FUNCS), r.choice(TEAMS + ORGS))
            self.offs.append(p)
        mg = r.choice(groups)
        mgg = r.choice("fm")
        self.med = Person(*make_name(r, mg, mgg), mgg, mg, "bemiddelaar", "Verzoek tot Afstemming")
        self.persons = [self.res, self.fam, self.neigh, self.med] + self.offs
        self.case = case_no(r, self.city)
        self.addr_street = street(r)
        self.addr = f"{self.addr_street} {housenr(r)}"
        self.pc = postcode(r)
        self.mob = phone(r, "mob")
        self.mail_local = None

    # --- registration
    def P(self, text, label="PERSON"):
        if {"text": text, "label": label} not in self.pii:
            self.pii.append({"text": text, "label": label})
        return text

    def K(self, *words):
        for w in words:
            if w not in self.keep:
                self.keep.append(w)
        return words[0]

    # --- person forms
    def full(self, p):
        return self.P(p.full)

    def formal(self, p, short=False):
        t = (
            (["mw.", "mevr."] if p.g == "f" else ["dhr.", "de heer"])[0 if short else 1]
            if short
            else ("mevrouw" if p.g == "f" else "de heer")
        )
        return f"{t} {self.P(p.surname_cap)}"

    def init(self, p):
        return self.P(f"{p.initials} {p.surname}")

    def first(self, p):
        return self.P(p.first)

    def caps(self, p):
        return self.P(p.surname.upper())

    def par(self, p):
        return self.P(p.paraph)

    def poss(self, p):
        f = p.first
        s = f + ("'" if f[-1] in "sxz" or f.endswith("sh") else "'s" if f[-1] in "aeiouy" else "s")
        return self.P(s)

    def email(self, p, official=False):
        a = p.ascii_
        if official:
            local = f"{a(p.first)[0]}.{a(p.particle)}{a(p.sur)}"
            dom = self.city.lower() + ".nl" if self.r.random() < 0.6 else "wijkteam" + self.city.lower() + ".nl"
        else:
            local = self.r.choice(
                [
                    f"{a(p.first)}.{a(p.sur)}",
                    f"{a(p.first)}{a(p.sur)}{self.r.randint(1, 99)}",
                    f"{a(p.sur)}.{a(p.first)[0]}",
                    f"{a(p.first)}_{a(p.particle)}{a(p.sur)}",
                    f"fam.{a(p.sur)}",
                ]
            )
            dom = self.r.choice(PRIV_DOMAINS)
        return self.P(f"{local}@{dom}", "EMAIL")

    def handle(self, p):
        a = p.ascii_
        return self.P(self.r.choice([f"{a(p.first)}.{a(p.sur)}", f"{a(p.first)[0]}{a(p.sur)}"]))

    def fname_part(self, p):  # surname in a file name
        if self.known_word and p.sur == self.known_word:
            return self.P(p.sur)
        return self.P(p.ascii_(p.particle + p.sur))

    # --- dates
    def date_long(self, d, weekday=True):
        s = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        return f"{WEEKDAYS[d.weekday()]} {s}" if weekday else s

    def date_short(self, d):
        return f"{d.day:02d}-{d.month:02d}-{d.year}"

    def use(self, name):
        self.shapes.append(name)

    def role_of(self, p):
        return f"{p.func}, {p.dept}"

    def pick(self, funcs, k):
        for f in self.r.sample(funcs, k):
            yield f(self)


# ---------------------------------------------------------------- line and sentence shapes
@shape
def hdr_caps_title(d, kind):
    d.use("hdr_caps_title")
    return f"{kind.upper()} — {d.K(d.city.upper())}"


@shape
def hdr_meta_block(d):
    d.use("hdr_meta_block")
    d.K("Datum", "Tijd", "Locatie", d.date_long(d.day))
    return f"Datum: {d.date_long(d.day)}\nTijd: {d.time}–{int(d.time[:2]) + 2}.00 uur\nLocatie: {d.K(d.room)}"


@shape
def hdr_pipe_meta(d):
    d.use("hdr_pipe_meta")
    return f"{d.K(d.date_short(d.day))} | {d.time} uur | {d.K(d.room)} | {d.K(d.city)}"


@shape
def hdr_kenmerk(d):
    d.use("hdr_kenmerk")
    cue = d.r.choice(["Ons kenmerk", "Zaaknummer", "Dossiernr.", "Registratienummer", "Casusnummer"])
    d.K(cue.split()[0].rstrip(".:"))
    return f"{cue}: {d.P(d.case, 'CASE_NUMBER')}"


@shape
def att_colon_list(d):
    d.use("att_colon_list")
    o = d.offs
    d.K("Aanwezig", o[0].func, o[1].func)
    return (
        f"Aanwezig: {d.full(o[0])} ({d.role_of(o[0])}), {d.init(o[1])} ({d.role_of(o[1])}), "
        f"{d.full(d.med)} (bemiddelaar), {d.formal(d.res)} (bewoner)"
    )


@shape
def att_bullets(d):
    d.use("att_bullets")
    d.K("Deelnemers")
    rows = [f"- {d.full(p)}, {p.func} ({p.dept})" for p in d.offs[:3]]
    rows.append(f"- {d.full(d.res)} en {d.full(d.fam)}, bewoners")
    return "Deelnemers:\n" + "\n".join(rows)


@shape
def att_table(d):
    d.use("att_table")
    d.K("Naam", "Organisatie", "Rol")
    rows = ["| Naam | Organisatie | Rol |", "|---|---|---|"]
    for p in d.offs[:3]:
        rows.append(f"| {d.init(p)} | {d.K(p.dept)} | {p.func} |")
    rows.append(f"| {d.full(d.med)} | Verzoek tot Afstemming | bemiddelaar |")
    return "\n".join(rows)


@shape
def att_afwezig(d):
    d.use("att_afwezig")
    d.K("Afwezig")
    p = d.offs[3]
    return d.r.choice(
        [
            lambda: f"Afwezig (met kennisgeving): {d.full(p)} ({d.K(p.dept)})",
            lambda: f"Afwezig: {d.init(p)}, {p.func} — vervangen door een collega van {d.K(p.dept)}",
            lambda: f"Afwezig (afgemeld): {d.formal(p)} ({p.func}); {d.formal(d.fam)} kon wegens ziekte niet komen",
        ]
    )()


@shape
def att_notulist(d):
    d.use("att_notulist")
    d.K("Notulist")
    p = d.offs[2]
    return d.r.choice(
        [
            lambda: f"Notulist: {d.init(p)}",
            lambda: f"Notulist: {d.full(p)} ({d.K(p.dept)})",
            lambda: f"Notulist: {d.par(p)} — concept, nog niet vastgesteld",
        ]
    )()


@shape
def att_voorzitter(d):
    d.use("att_voorzitter")
    d.K("Voorzitter")
    return f"Voorzitter: {d.full(d.offs[0])}, {d.offs[0].func}"


@shape
def att_gasten(d):
    d.use("att_gasten")
    p = d.offs[3]
    d.K("Agendapunt")
    return f"Te gast bij agendapunt 3: {d.formal(p)} van {d.K(p.dept)} en buurtbewoner {d.full(d.neigh)}"


@shape
def att_paraph_legend(d):
    d.use("att_paraph_legend")
    d.K("Aanw.")
    ps = d.offs[:3] + [d.med]
    legend = "; ".join(f"{d.par(p)} = {d.full(p)}" for p in ps)
    return f"Aanw.: {', '.join(p.paraph for p in ps)} ({legend})"


@shape
def ag_numbered(d):
    d.use("ag_numbered")
    d.K("Opening", "Mededelingen", "Rondvraag", "Sluiting")
    items = [
        "Opening en vaststelling agenda",
        "Mededelingen en ingekomen stukken",
        f"Casus {d.caps(d.res)} ({d.P(d.case, 'CASE_NUMBER')})",
        f"Stand van zaken {d.K(d.prog)}",
        "Rondvraag",
        "Sluiting",
    ]
    return "Agenda\n" + "\n".join(f"{i}. {t}" for i, t in enumerate(items, 1))


@shape
def ag_with_time(d):
    d.use("ag_with_time")
    h = int(d.time[:2])
    d.K("Welkom", "Pauze")
    return (
        f"{h:02d}.00  Welkom door {d.formal(d.offs[0])}\n{h:02d}.10  Toelichting {d.K(d.prog)} door "
        f"{d.full(d.offs[1])}\n{h:02d}.45  Pauze\n{h + 1:02d}.00  Vragen van bewoners"
    )


@shape
def ag_sub_item(d):
    d.use("ag_sub_item")
    d.K("Terugkoppeling")
    return (
        f"4a. Terugkoppeling gesprek met {d.formal(d.res)} over {d.topic}\n"
        f"4b. Voorstel {d.init(d.offs[1])}: inzet {d.K(d.law)}"
    )


@shape
def act_pipe_rows(d):
    d.use("act_pipe_rows")
    d.K("Actie", "Wie", "Deadline")
    o = d.offs
    rows = [
        "| Nr | Actie | Wie | Deadline |",
        "|---|---|---|---|",
        f"| 1 | Huisbezoek plannen bij {d.formal(d.res)} | {d.par(o[0])} | {d.K(d.date_short(d.deadline))} |",
        f"| 2 | Stukken opvragen bij {d.K(d.orgs[0])} | {d.par(o[1])} | {d.K(d.date_short(d.next_day))} |",
        f"| 3 | Terugkoppeling aan bewoner | {d.par(d.med)} | z.s.m. |",
    ]
    return "\n".join(rows)


@shape
def act_tab_rows(d):
    d.use("act_tab_rows")
    d.K("Actiepunt", "Eigenaar", "Gereed")
    o = d.offs
    return (
        f"Actiepunt\tEigenaar\tGereed\nBetalingsregeling voorstellen\t{d.init(o[1])}\t"
        f"{d.K(d.date_long(d.deadline, False))}\nContact met {d.K(d.orgs[1])}\t{d.full(o[2])}\tloopt"
    )


@shape
def act_checkbox(d):
    d.use("act_checkbox")
    o = d.offs
    return (
        f"- [x] {d.par(o[0])} heeft de aanvraag doorgezet naar {d.K(d.team)}\n"
        f"- [ ] {d.par(o[2])} belt {d.formal(d.res, short=True)} vóór {d.K(WEEKDAYS[d.deadline.weekday()])}"
    )


@shape
def act_sentence(d):
    d.use("act_sentence")
    d.K("Actie")
    return (
        f"Actie {d.par(d.offs[1])}: navragen bij {d.K(d.orgs[0])} waarom de brief van "
        f"{d.K(d.date_long(d.deadline, False))} niet is verstuurd."
    )


@shape
def act_wie_wat(d):
    d.use("act_wie_wat")
    d.K("Wie", "Wat", "Wanneer")
    return (
        f"Wie: {d.full(d.offs[3])} ({d.offs[3].func})\nWat: {d.topic} voorleggen aan {d.K(d.team)}\n"
        f"Wanneer: uiterlijk {d.date_long(d.deadline)}"
    )


@shape
def bes_numbered(d):
    d.use("bes_numbered")
    d.K("Besluit", "Besluitenlijst")
    y = d.day.year % 100
    return (
        f"Besluitenlijst\nB{y}-{d.r.randint(10, 40)}  De stuurgroep stemt in met de inzet van {d.K(d.prog)}.\n"
        f"B{y}-{d.r.randint(41, 80)}  Besluit over de casus {d.caps(d.res)} wordt aangehouden tot "
        f"{d.K(d.date_long(d.next_day, False))}."
    )


@shape
def bes_sentence(d):
    d.use("bes_sentence")
    d.K("Besloten")
    return (
        f"Besloten wordt dat {d.init(d.offs[0])} namens {d.K(d.team)} de regie houdt; "
        f"{d.formal(d.res)} krijgt één vast aanspreekpunt."
    )


@shape
def res_address_sentence(d):
    d.use("res_address_sentence")
    return (
        f"Het gezin woont sinds {d.r.randint(2009, 2024)} aan de {d.P(d.addr, 'ADDRESS')}, "
        f"{d.P(d.pc, 'POSTCODE')} {d.K(d.city)}."
    )


@shape
def res_address_block(d):
    d.use("res_address_block")
    d.K("Adres", "Postcode")
    return f"Adres: {d.P(d.addr, 'ADDRESS')}\nPostcode: {d.P(d.pc, 'POSTCODE')}\nWoonplaats: {d.city}"


@shape
def res_address_street_only(d):
    d.use("res_address_street_only")
    return (
        f"Bij de bewonersavond ging het vooral over de {d.P(d.addr_street, 'ADDRESS')}, waar "
        f"{d.formal(d.res)} en {d.full(d.neigh)} wonen."
    )


@shape
def res_phone_paren(d):
    d.use("res_phone_paren")
    return f"{d.full(d.res)} ({d.P(d.mob, 'PHONE')}) is telefonisch het best bereikbaar na 16.00 uur."


@shape
def res_phone_label(d):
    d.use("res_phone_label")
    d.K("Telefoon")
    return f"Telefoon bewoner: {d.P(d.mob, 'PHONE')}; {d.K('algemeen')} nummer gemeente: {d.K('14 ' + d.area)}"


@shape
def res_phone_abroad(d):
    d.use("res_phone_abroad")
    ph = phone(d.r, "abroad")
    return f"{d.poss(d.fam)} nummer in het buitenland is {d.P(ph, 'PHONE')}; {'zij' if d.fam.g == 'f' else 'hij'} belt alleen via WhatsApp."


@shape
def res_email(d):
    d.use("res_email")
    e = d.email(d.res)
    d.mail_local = e
    return f"Verslag wordt gemaild naar {e} (voorkeur bewoner), cc {d.K('info@' + d.city.lower() + '.nl')}."


@shape
def res_bsn_label(d):
    d.use("res_bsn_label")
    d.K("BSN")
    return f"BSN cliënt: {d.P(bsn(d.r), 'BSN')} — {d.K('alleen')} voor intern gebruik"


@shape
def res_bsn_sentence(d):
    d.use("res_bsn_sentence")
    return (
        f"Voor de koppeling met {d.K(d.orgs[0])} is het burgerservicenummer van {d.first(d.fam)} "
        f"({d.P(bsn(d.r), 'BSN')}) nodig."
    )


@shape
def res_iban_sentence(d):
    d.use("res_iban_sentence")
    amount = f"€ {d.r.randint(40, 2400)},{d.r.randint(0, 99):02d}"
    return f"Afgesproken is dat {d.K(amount)} wordt teruggestort op {d.P(iban(d.r), 'IBAN')} t.n.v. {d.init(d.res)}."


@shape
def res_iban_label(d):
    d.use("res_iban_label")
    d.K("Rekeningnummer")
    return f"Rekeningnummer (beschermingsbewind): {d.P(iban(d.r), 'IBAN')}"


@shape
def res_plate_sentence(d):
    d.use("res_plate_sentence")
    return (
        f"De bestelbus met kenteken {d.P(plate(d.r), 'LICENSE_PLATE')} staat volgens {d.formal(d.neigh)} "
        f"al weken op de stoep voor nummer {d.r.randint(1, 99)}."
    )


@shape
def res_plate_label(d):
    d.use("res_plate_label")
    d.K("Gehandicaptenparkeerkaart")
    return f"Gehandicaptenparkeerkaart aangevraagd voor voertuig {d.P(plate(d.r), 'LICENSE_PLATE')}."


@shape
def res_dob_inline(d):
    d.use("res_dob_inline")
    occ, val, _ = dob(d.r)
    d.P(val, "DATE_OF_BIRTH")
    return f"Betreft: {d.full(d.res)}, {occ}, {d.K('bekend')} bij {d.K(d.orgs[1])}."


@shape
def res_dob_children(d):
    d.use("res_dob_children")
    d.K("Kinderen")
    occ, val, _ = dob(d.r)
    d.P(val, "DATE_OF_BIRTH")
    return f"Kinderen: {d.full(d.fam)} ({occ}) en een zoon van {d.child_age} jaar."


@shape
def res_dob_table(d):
    d.use("res_dob_table")
    d.K("Geboortedatum", "Gezinslid")
    _, v1, _ = dob(d.r)
    _, v2, _ = dob(d.r)
    return (
        f"| Gezinslid | Geboortedatum |\n|---|---|\n| {d.full(d.res)} | {d.P(v1, 'DATE_OF_BIRTH')} |\n"
        f"| {d.full(d.fam)} | {d.P(v2, 'DATE_OF_BIRTH')} |"
    )


@shape
def res_case_inline(d):
    d.use("res_case_inline")
    d.K("dossier")
    return f"Het dossier ({d.P(d.case, 'CASE_NUMBER')}) is op {d.K(d.date_long(d.day, False))} ingebracht door {d.init(d.offs[0])}."


@shape
def res_case_filename(d):
    d.use("res_case_filename")
    d.K("Bijlage")
    fn = f"verslag-{d.fname_part(d.res)}-{d.P(d.case, 'CASE_NUMBER')}.pdf"
    return f"Bijlage: {fn} ({d.r.randint(2, 9)} pagina's)"


@shape
def fam_partner(d):
    d.use("fam_partner")
    return (
        f"{d.full(d.fam)} is de partner van {d.first(d.res)} en voert sinds de verhuizing de "
        f"administratie; {d.first(d.fam)} wil bij volgende gesprekken aanwezig zijn."
    )


@shape
def fam_sibling(d):
    d.use("fam_sibling")
    return f"{'Zus' if d.fam.g == 'f' else 'Broer'} {d.full(d.fam)} tolkt tijdens het overleg; {d.formal(d.res)} spreekt beperkt Nederlands."


@shape
def buur_sentence(d):
    d.use("buur_sentence")
    return (
        f"Buurtbewoner {d.full(d.neigh)} heeft namens de bewonerscommissie een petitie met "
        f"{d.r.randint(20, 140)} handtekeningen aangeboden."
    )


@shape
def off_intro(d):
    d.use("off_intro")
    p = d.offs[1]
    d.K(p.func)
    return f"{d.full(p)}, {p.func} bij {d.K(p.dept)}, licht toe dat de {d.K(d.law)} hier ruimte biedt voor maatwerk."


@shape
def off_quote(d):
    d.use("off_quote")
    p = d.offs[2]
    return f"'We moeten eerst weten wat de bewoner zelf wil,' aldus {d.formal(p)} ({d.K(p.dept)})."


@shape
def off_signature(d):
    d.use("off_signature")
    p = d.offs[0]
    ph = phone(d.r, d.r.choice(["mob", d.area]))
    d.K("Bereikbaar")
    return (
        f"Met vriendelijke groet,\n\n{d.full(p)}\n{p.func.capitalize()} | {d.K(p.dept)}\n"
        f"Gemeente {d.city}\nT {d.P(ph, 'PHONE')} | E {d.email(p, official=True)}\n"
        f"Bereikbaar op {d.K(d.r.choice(['maandag', 'dinsdag', 'donderdag']))} en vrijdagochtend"
    )


@shape
def off_cc_line(d):
    d.use("off_cc_line")
    return f"CC: {d.email(d.offs[1], official=True)}; {d.email(d.offs[3], official=True)}"


@shape
def med_note(d):
    d.use("med_note")
    d.K("Notitie")
    return (
        f"Notitie {d.full(d.med)}: {d.formal(d.res)} voelde zich niet gehoord; voorgesteld om het "
        f"volgende gesprek thuis te houden."
    )


@shape
def close_rondvraag(d):
    d.use("close_rondvraag")
    d.K("Rondvraag")
    return f"Rondvraag: {d.init(d.offs[3])} vraagt of {d.K(d.orgs[2])} kan aansluiten bij het volgende overleg."


@shape
def close_next(d):
    d.use("close_next")
    d.K("Volgend")
    return f"Volgend overleg: {d.K(d.date_long(d.next_day))}, {d.time} uur, {d.K(d.room)}."


@shape
def close_sluiting(d):
    d.use("close_sluiting")
    d.K("Sluiting")
    return f"Sluiting: {d.formal(d.offs[0])} sluit om {int(d.time[:2]) + 2}.{d.r.choice(['05', '10', '25'])} uur de vergadering."


@shape
def mail_header(d, subject):
    d.use("mail_header")
    d.K("Onderwerp")
    return (
        f"Van: {d.full(d.med)} <{d.email(d.med, official=True)}>\nAan: {d.email(d.res)}\n"
        f"Datum: {d.K(d.date_long(d.deadline))}\nOnderwerp: {subject}"
    )


@shape
def mail_forward(d):
    d.use("mail_forward")
    d.K("Doorgestuurd")
    return (
        f"---------- Doorgestuurd bericht ----------\nVan: {d.full(d.offs[1])}\n"
        f"Verzonden: {d.date_short(d.day)} {d.time}"
    )


@shape
def cal_fields(d):
    d.use("cal_fields")
    d.K("Organisator", "Verplicht", "Optioneel")
    return (
        f"Organisator: {d.full(d.offs[0])}\nVerplicht: {d.init(d.offs[1])}; {d.full(d.med)}\n"
        f"Optioneel: {d.formal(d.offs[3])} ({d.K(d.offs[3].dept)})"
    )


@shape
def cal_teams(d):
    d.use("cal_teams")
    d.K("Teams")
    return f"Online deelnemen via Teams; inbellen kan via {d.K('14 ' + d.area)} (keuze 3)."


@shape
def sign_rows(d):
    d.use("sign_rows")
    d.K("Paraaf", "Namens")
    rows = ["Naam | Namens | Paraaf"]
    for p in [d.offs[0], d.offs[1], d.neigh]:
        rows.append(f"{d.full(p)} | {d.K(p.dept) if p is not d.neigh else 'bewoners'} | {d.par(p)}")
    return "\n".join(rows)


@shape
def sign_caps_rows(d):
    d.use("sign_caps_rows")
    d.K("Handtekening")
    return f"{d.caps(d.res)}, {d.P(d.res.first.upper())} — Handtekening ontbreekt, {d.K('paraaf')} wel gezet"


@shape
def rt_turn(d):
    d.use("rt_turn")
    d.K("Ronde")
    p = d.offs[d.r.randint(0, 3)]
    return f"Ronde {d.r.randint(1, 3)} — {d.full(p)} ({d.K(p.dept)}): geen bezwaar tegen het voorstel."


@shape
def rt_quote(d):
    d.use("rt_quote")
    return f"{d.first(d.neigh)}: 'Sinds {d.K(MONTHS[d.day.month - 1])} hebben we niks meer gehoord.'"


@shape
def ba_count(d):
    d.use("ba_count")
    d.K("bewoners", "Opkomst")
    return f"Opkomst: ongeveer {d.r.randint(25, 90)} bewoners, drie raadsleden en de wijkwethouder."


@shape
def ba_speaker(d):
    d.use("ba_speaker")
    return (
        f"Een bewoner van de {d.P(d.addr_street, 'ADDRESS')} ({d.full(d.neigh)}) vraagt waarom de "
        f"{d.K(d.prog)} niet ook die straat betreft."
    )


@shape
def cas_situatie(d):
    d.use("cas_situatie")
    d.K("Situatie")
    return (
        f"Situatie: {d.formal(d.res)} en {d.first(d.fam)} hebben te maken met {d.topic}; "
        f"er zijn {d.r.randint(3, 9)} instanties betrokken."
    )


@shape
def cas_betrokken(d):
    d.use("cas_betrokken")
    d.K("Betrokken")
    return (
        f"Betrokken: {d.K(d.orgs[0])} ({d.full(d.offs[1])}), {d.K(d.orgs[1])} ({d.init(d.offs[2])}), "
        f"{d.K(d.team)} ({d.full(d.offs[3])})"
    )


@shape
def cas_risico(d):
    d.use("cas_risico")
    d.K("Risico")
    return f"Risico: huisuitzetting per {d.K(d.date_long(d.next_day, False))} als de achterstand blijft."


@shape
def cas_hulpvraag(d):
    d.use("cas_hulpvraag")
    d.K("Hulpvraag")
    return f"Hulpvraag van {d.first(d.res)}: 'Eén plan, één regisseur, en niet nog een keer mijn verhaal doen.'"


@shape
def chat_lines(d):
    d.use("chat_lines")
    h1, h2 = d.handle(d.offs[0]), d.handle(d.med)
    return (
        f"[{d.time}] {h1}: zijn de notulen van vanochtend al rond?\n"
        f"[{d.time}] {h2}: bijna, ik mis nog de afspraak met {d.formal(d.res)}\n"
        f"[{d.time}] {h1}: @{h2} die staat onder punt 3"
    )


@shape
def chair_bullet(d):
    d.use("chair_bullet")
    d.K("Let")
    return (
        f"→ {d.first(d.res)} eerst laten uitpraten\n→ {d.par(d.offs[2])} niet te snel over de "
        f"{d.K(d.law)} beginnen\nLet op: {d.formal(d.neigh)} wil anoniem blijven"
    )


@shape
def chair_time(d):
    d.use("chair_time")
    return f"[{d.time}] start — {d.par(d.offs[1])} te laat, {d.par(d.med)} opent"


@shape
def fu_reference(d):
    d.use("fu_reference")
    d.K("Naar")
    return (
        f"Naar aanleiding van ons overleg van {d.K(d.date_long(d.day))} stuur ik u hierbij de afspraken. "
        f"Beste {d.formal(d.res)},"
    )


@shape
def fu_promise(d):
    d.use("fu_promise")
    d.K("Zoals")
    return (
        f"Zoals afgesproken neemt {d.full(d.offs[1])} van {d.K(d.offs[1].dept)} vóór "
        f"{d.K(d.date_long(d.deadline, False))} contact met u op."
    )


@shape
def corr_line(d):
    d.use("corr_line")
    d.K("pagina", "Correctie")
    return (
        f"Correctie pagina 2, punt 4: er staat '{d.init(d.offs[2])}' maar dat moet zijn "
        f"'{d.full(d.offs[3])}'. Ook de naam {d.caps(d.res)} is verkeerd gespeld."
    )


@shape
def memo_header(d):
    d.use("memo_header")
    d.K("Memo", "Aan", "Van", "Wethouder")
    return (
        f"Memo\nAan: Wethouder Sociaal Domein\nVan: {d.full(d.offs[0])}, {d.offs[0].func}\n"
        f"Datum: {d.K(d.date_short(d.deadline))}\nBetreft: terugkoppeling overleg {d.K(d.prog)}"
    )


@shape
def known_sentence(d):
    d.use("known_sentence")
    d.K(d.known_word.lower())
    return d.known_sentence


@shape
def known_followup(d):
    d.use("known_followup")
    f = d.formal(d.res)
    return f"{f[0].upper() + f[1:]} stemt in met de aanpak."


@shape
def possessive_line(d):
    d.use("possessive_line")
    return f"Op {d.poss(d.res)} verzoek schuift {d.full(d.med)} aan als bemiddelaar."


DATA = [
    res_address_sentence,
    res_address_block,
    res_phone_paren,
    res_phone_label,
    res_email,
    res_bsn_label,
    res_bsn_sentence,
    res_iban_sentence,
    res_iban_label,
    res_plate_sentence,
    res_plate_label,
    res_dob_inline,
    res_dob_children,
    res_dob_table,
    res_case_inline,
    res_case_filename,
    res_phone_abroad,
    res_address_street_only,
]
PEOPLE = [fam_partner, fam_sibling, buur_sentence, off_intro, off_quote, med_note, possessive_line]


# ---------------------------------------------------------------- document kinds
def _body(d, *blocks):
    return "\n\n".join(b for b in blocks if b)


@shape
def kind_agenda(d):
    d.use("kind_agenda")
    d.K("Agenda")
    return _body(
        d,
        hdr_caps_title(d, "Agenda stuurgroep " + d.prog.split(" ", 1)[-1]),
        hdr_meta_block(d),
        att_voorzitter(d),
        ag_numbered(d),
        *d.pick(DATA, 2),
        close_next(d),
    )


@shape
def kind_notulen(d):
    d.use("kind_notulen")
    d.K("Notulen")
    return _body(
        d,
        f"Notulen overleg {d.K(d.team)}",
        hdr_pipe_meta(d),
        att_colon_list(d),
        att_afwezig(d),
        att_notulist(d),
        *d.pick(PEOPLE, 2),
        *d.pick(DATA, 3),
        close_rondvraag(d),
        close_sluiting(d),
    )


@shape
def kind_actielijst(d):
    d.use("kind_actielijst")
    d.K("Actielijst")
    return _body(
        d,
        f"Actielijst {d.K(d.team)} — bijgewerkt {d.K(d.date_short(d.deadline))}",
        hdr_kenmerk(d),
        d.r.choice([act_pipe_rows, act_tab_rows])(d),
        act_checkbox(d),
        *d.pick(DATA, 2),
    )


@shape
def kind_besluiten(d):
    d.use("kind_besluiten")
    return _body(
        d,
        hdr_caps_title(d, "Stuurgroep " + d.prog.split(" ", 1)[-1]),
        att_paraph_legend(d),
        bes_numbered(d),
        bes_sentence(d),
        *d.pick(DATA, 2),
        act_sentence(d),
    )


@shape
def kind_voorzitter(d):
    d.use("kind_voorzitter")
    d.K("Aantekeningen")
    return _body(
        d,
        f"Aantekeningen voorzitter — {d.K(d.date_short(d.day))}",
        chair_time(d),
        chair_bullet(d),
        *d.pick(DATA, 2),
        *d.pick(PEOPLE, 1),
    )


@shape
def kind_uitnodiging(d):
    d.use("kind_uitnodiging")
    d.K("Uitnodiging")
    return _body(
        d,
        mail_header(d, f"Uitnodiging overleg {d.topic}"),
        f"Beste {d.formal(d.res)},\n\nGraag nodigen wij u en {d.full(d.fam)} uit voor een overleg op "
        f"{d.K(d.date_long(d.next_day))} om {d.time} uur in {d.K(d.room)}.",
        *d.pick(DATA, 2),
        off_signature(d),
    )


@shape
def kind_agendaitem(d):
    d.use("kind_agendaitem")
    d.K("Agenda-item", "Begin", "Einde")
    return _body(
        d,
        f"Agenda-item: Casusoverleg {d.caps(d.res)}\nBegin: {d.date_short(d.next_day)} {d.time}\n"
        f"Einde: {d.date_short(d.next_day)} {int(d.time[:2]) + 1}.{d.time[3:]}\nLocatie: {d.K(d.room)}",
        cal_fields(d),
        cal_teams(d),
        *d.pick(DATA, 2),
    )


@shape
def kind_presentielijst(d):
    d.use("kind_presentielijst")
    d.K("Presentielijst")
    return _body(
        d,
        f"Presentielijst bijeenkomst {d.K(d.prog)} — {d.K(d.date_long(d.day))}",
        sign_rows(d),
        sign_caps_rows(d),
        *d.pick(DATA, 2),
    )


@shape
def kind_rondetafel(d):
    d.use("kind_rondetafel")
    d.K("Rondetafelgesprek")
    return _body(
        d,
        f"Rondetafelgesprek {d.K(d.prog)}",
        att_bullets(d),
        rt_turn(d),
        rt_quote(d),
        *d.pick(PEOPLE, 2),
        *d.pick(DATA, 2),
    )


@shape
def kind_bewonersavond(d):
    d.use("kind_bewonersavond")
    d.K("bewonersavond")
    return _body(
        d,
        f"Verslag bewonersavond {d.K(d.room)}, {d.K(d.date_long(d.day))}",
        ba_count(d),
        ag_with_time(d),
        ba_speaker(d),
        *d.pick(DATA, 2),
        close_rondvraag(d),
    )


@shape
def kind_casusoverleg(d):
    d.use("kind_casusoverleg")
    d.K("CASUSOVERLEG")
    return _body(
        d,
        f"CASUSOVERLEG {d.caps(d.res)}",
        hdr_kenmerk(d),
        cas_situatie(d),
        cas_betrokken(d),
        cas_risico(d),
        *d.pick(DATA, 3),
        act_wie_wat(d),
    )


@shape
def kind_mdo(d):
    d.use("kind_mdo")
    d.K("MDO")
    return _body(
        d,
        f"Verslag MDO {d.K(d.date_short(d.day))} — {d.K(d.orgs[0])}",
        att_table(d),
        cas_hulpvraag(d),
        *d.pick(DATA, 3),
        *d.pick(PEOPLE, 1),
        att_notulist(d),
    )


@shape
def kind_followup(d):
    d.use("kind_followup")
    return _body(
        d,
        mail_header(d, f"Afspraken overleg {d.K(d.date_short(d.day))}"),
        fu_reference(d),
        fu_promise(d),
        *d.pick(DATA, 2),
        off_signature(d),
    )


@shape
def kind_chat(d):
    d.use("kind_chat")
    d.K("Chat")
    d.K("Vandaag", "Kanaal")
    return _body(
        d,
        f"Chat na afloop van het {d.K(d.team)}-overleg\nKanaal: Casuïstiek {d.K(d.city)} | Vandaag, "
        f"{d.K(d.date_long(d.day))}",
        chat_lines(d),
        *d.pick(DATA, 2),
        att_gasten(d),
    )


@shape
def kind_correctie(d):
    d.use("kind_correctie")
    return _body(
        d,
        mail_forward(d),
        f"Onderwerp: correctie concept-notulen {d.K(d.date_short(d.day))}",
        corr_line(d),
        *d.pick(DATA, 1),
        f"De overige punten ({d.K(d.prog)}, {d.K(d.law)}) kloppen.",
        off_cc_line(d),
    )


@shape
def kind_memo(d):
    d.use("kind_memo")
    return _body(
        d,
        memo_header(d),
        f"In het overleg is gesproken over {d.topic} bij {d.formal(d.res)}.",
        *d.pick(DATA, 2),
        bes_sentence(d),
        *d.pick(PEOPLE, 1),
    )


@shape
def kind_klankbord(d):
    d.use("kind_klankbord")
    d.K("Klankbordgroep")
    return _body(
        d,
        f"Klankbordgroep {d.K(d.prog)} — verslag",
        att_paraph_legend(d),
        ag_sub_item(d),
        *d.pick(PEOPLE, 2),
        *d.pick(DATA, 2),
        close_next(d),
    )


@shape
def kind_escalatie(d):
    d.use("kind_escalatie")
    d.K("Escalatieoverleg")
    return _body(
        d,
        f"Escalatieoverleg {d.K(d.city)}",
        hdr_kenmerk(d),
        att_colon_list(d),
        cas_betrokken(d),
        *d.pick(DATA, 3),
        bes_sentence(d),
        close_sluiting(d),
    )


@shape
def kind_afsprakenkaart(d):
    d.use("kind_afsprakenkaart")
    d.K("Afsprakenkaart")
    return _body(d, f"Afsprakenkaart voor {d.full(d.res)}", act_wie_wat(d), *d.pick(DATA, 3), med_note(d))


KINDS = [
    kind_agenda,
    kind_notulen,
    kind_actielijst,
    kind_besluiten,
    kind_voorzitter,
    kind_uitnodiging,
    kind_agendaitem,
    kind_presentielijst,
    kind_rondetafel,
    kind_bewonersavond,
    kind_casusoverleg,
    kind_mdo,
    kind_followup,
    kind_chat,
    kind_correctie,
    kind_memo,
    kind_klankbord,
    kind_escalatie,
    kind_afsprakenkaart,
]


# ---------------------------------------------------------------- document, gate
def build(i, attempt):
    r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
    known = KNOWN[r.randrange(len(KNOWN))] if i % 4 == 1 else None
    d = D(r, i, known)
    kind = KINDS[(i + r.randrange(3)) % len(KINDS)]
    text = kind(d)
    if known:
        text += "\n\n" + known_sentence(d) + " " + known_followup(d)
    doc = {"id": f"fresh18c-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if known:
        kn = {"names": [d.res.full]}
        if d.mail_local:
            kn["emails"] = [d.mail_local]
        if any(it["text"] == d.mob for it in d.pii):
            kn["phones"] = [d.mob]
        doc["known"] = kn
    return doc, d.shapes


def _words(s):
    return {w for w in re.findall(r"[^\W\d_]+", s.lower()) if len(w) > 1 and w not in PARTICLES}


def gate(doc: dict) -> str | None:
    try:
        _score.check_doc(doc)
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
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= {w.lower() for w in n.split()}
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            name_words |= _words(it["text"])
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
        shared = _words(k) & name_words
        if shared and not (k == k.lower() and shared <= known_words):
            return f"keep {k!r} shares {shared}"
    # every occurrence of a name part (any case) is inside a pii string, except the known ordinary use
    blank = text
    for it in sorted(doc["pii"], key=lambda x: -len(x["text"])):
        blank = blank.replace(it["text"], "[x]")
    parts = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            parts |= {p for p in it["text"].split() if p.lower() not in PARTICLES and len(p) > 1}
    for p in parts:
        short_caps = len(p) <= 4 and p.isupper()
        for m in re.finditer(r"(?<!\w)" + re.escape(p) + r"(?!\w)", blank, 0 if short_caps else re.I):
            if not (m.group(0) == p.lower() and p.lower() in known_words):
                return f"unlabelled name form {m.group(0)!r}"
    return None


def generate(stats=None):
    docs = []
    for i in range(N_DOCS):
        attempt = 0
        while True:
            doc, shapes = build(i, attempt)
            if gate(doc) is None:
                break
            attempt += 1
            assert attempt < 50, (i, gate(doc))
        if stats is not None:
            stats["redraws"] += attempt
            stats["shapes"].update(set(shapes))
        docs.append(doc)
    return docs


def dumps(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    if "--check" in argv:
        ok = OUT.exists() and OUT.read_text(encoding="utf-8") == dumps(generate())
        print("fresh18c_texts.jsonl is up to date" if ok else "fresh18c_texts.jsonl differs")
        return 0 if ok else 1
    if "--stats" in argv:
        st = {"redraws": 0, "shapes": Counter()}
        docs = generate(st)
        lab = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for k in LABELS:
            print(f"  {k:14s} {lab[k]}")
        print(f"  total pii      {sum(lab.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(f"shapes: {len(st['shapes'])} used of {len(SHAPES)} registered")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        groups = len(GROUPS)
        print(f"origin groups: {groups}")
        print(f"redraws: {st['redraws']}")
        return 0
    docs = generate()
    OUT.write_text(dumps(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
