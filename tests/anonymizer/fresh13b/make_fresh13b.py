"""Generate ``fresh13b_shapes.jsonl``: a blind annotated corpus of mediators' own writing about a case.

Phone notes, conversation summaries, agreements, handovers and knowledge-base drafts, by mediators who write
tersely, chattily, formally, in bullets, tables, timelines, quick lower-case notes and e-mails. Standard library only.

    python tests/anonymizer/fresh13b/make_fresh13b.py           # write the corpus
    python tests/anonymizer/fresh13b/make_fresh13b.py --check   # exit 1 if the committed file differs
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import names13b as nm  # noqa: E402

SEED = 20261216
N_DOCS = 300
OUT = HERE / "fresh13b_shapes.jsonl"
LABELS = {
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
}


def _load_score():
    path = HERE.parent / "corpora" / "score.py"
    spec = importlib.util.spec_from_file_location("score13b", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _load_score()

# ------------------------------------------------------------------ things to keep
THEMES = [
    ("bijzondere bijstand", "Werk en Inkomen", "Participatiewet"),
    ("huishoudelijke hulp", "Wmo-loket", "Wmo 2015"),
    ("leerlingenvervoer", "Onderwijs en Jeugd", "Verordening leerlingenvervoer"),
    ("bewonersvergunning", "Parkeerbeheer", "Parkeerverordening"),
    ("kwijtschelding", "Belastingen", "Invorderingswet"),
    ("omgevingsvergunning", "Vergunningen", "Omgevingswet"),
    ("jeugdhulp", "Jeugd en Gezin", "Jeugdwet"),
    ("schuldregeling", "Schuldhulpverlening", "Wet gemeentelijke schuldhulpverlening"),
    ("traplift", "Wmo-loket", "Wmo 2015"),
    ("afvalpas", "Stadsbeheer", "Afvalstoffenverordening"),
    ("adreswijziging", "Burgerzaken", "Wet BRP"),
    ("energietoeslag", "Werk en Inkomen", "Participatiewet"),
    ("inlichtingenverzoek", "Juridische Zaken", "Woo"),
    ("last onder dwangsom", "Handhaving", "APV"),
    ("individuele inkomenstoeslag", "Werk en Inkomen", "Participatiewet"),
    ("rolstoelvoorziening", "Wmo-loket", "Wmo 2015"),
    ("urgentieverklaring", "Wonen", "Huisvestingsverordening"),
    ("gehandicaptenparkeerkaart", "Publiekszaken", "RVV 1990"),
]
TOWNS = [
    "Zwolle",
    "Deventer",
    "Leeuwarden",
    "Heerlen",
    "Almere",
    "Schiedam",
    "Vlaardingen",
    "Hengelo",
    "Purmerend",
    "Roosendaal",
    "Emmen",
    "Gouda",
    "Tiel",
    "Venlo",
    "Alkmaar",
    "Nieuwegein",
    "Zoetermeer",
    "Den Helder",
    "Oss",
    "Spijkenisse",
    "Hoorn",
    "Assen",
    "Kerkrade",
    "Terneuzen",
    "Harderwijk",
    "Weert",
    "Middelburg",
    "Capelle aan den IJssel",
]
ORGS = [
    "UWV",
    "SVB",
    "CAK",
    "DUO",
    "Belastingdienst",
    "Nationale ombudsman",
    "Juridisch Loket",
    "Veilig Thuis",
    "GGD",
    "Vluchtelingenwerk",
    "Voedselbank",
    "MEE",
    "Humanitas",
    "Stichting Thuisadministratie",
]
FUNCS = [
    "consulent",
    "klantmanager",
    "teamleider",
    "casemanager",
    "beleidsmedewerker",
    "wijkcoach",
    "schuldhulpverlener",
    "jeugdconsulent",
    "leerplichtambtenaar",
    "handhaver",
    "Wmo-consulent",
    "medewerker KCC",
    "juridisch adviseur",
    "coördinator",
    "sociaal werker",
]
OUTSIDE = [
    "wijkagent",
    "bewindvoerder",
    "huisarts",
    "cliëntondersteuner",
    "huismeester",
    "mentor",
    "advocaat",
    "wijkverpleegkundige",
    "tolk",
]
RELS_F = [
    "dochter",
    "moeder",
    "zus",
    "schoonzus",
    "tante",
    "buurvrouw",
    "nicht",
    "kleindochter",
    "ex-partner",
    "vriendin",
]
RELS_M = ["zoon", "vader", "broer", "zwager", "oom", "buurman", "neef", "kleinzoon", "ex-partner", "vriend"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
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
ABROAD = [
    "Paramaribo",
    "Nickerie",
    "Willemstad",
    "Izmir",
    "Nador",
    "Aleppo",
    "Asmara",
    "Gdańsk",
    "Kyiv",
    "Accra",
    "Manilla",
    "Mogadishu",
    "Kabul",
    "Shiraz",
    "Lagos",
    "Porto",
    "Tirana",
    "Sarajevo",
    "Surabaya",
]
GMAIL = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "live.nl",
    "icloud.com",
    "xs4all.nl",
    "home.nl",
    "yahoo.com",
    "proton.me",
    "telfort.nl",
    "hetnet.nl",
]
PLATE_L = "BDFGHJKLNPRSTVXZ"

# ------------------------------------------------------------------ identifiers


def bsn(r):
    while True:
        d = [r.randint(1, 6)] + [r.randint(0, 9) for _ in range(8)]
        if (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=True)) - d[8]) % 11 == 0:
            break
    s = "".join(map(str, d))
    return r.choice(
        [
            s,
            s,
            f"{s[:4]}.{s[4:6]}.{s[6:]}",
            f"{s[:3]} {s[3:6]} {s[6:]}",
            f"{s[:3]}.{s[3:6]}.{s[6:]}",
            f"{s[:4]} {s[4:6]} {s[6:]}",
        ]
    )


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=True)) - d[8]) % 11 == 0


def _iban_check(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(num) % 97:02d}"


def iban(r):
    x = r.random()
    if x < 0.75:
        bank = r.choice(["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"])
        bban = bank + "".join(str(r.randint(0, 9)) for _ in range(10))
        cc = "NL"
    elif x < 0.88:
        first = "".join(str(r.randint(0, 9)) for _ in range(10))
        chk = int(first) % 97 or 97
        bban = first + f"{chk:02d}"
        cc = "BE"
    else:
        bban = "".join(str(r.randint(0, 9)) for _ in range(18))
        cc = "DE"
    s = cc + _iban_check(cc, bban) + bban
    y = r.random()
    if y < 0.45:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    if y < 0.8:
        return s
    if y < 0.9:
        return s.lower()
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)).lower()


def iban_ok(s):
    t = re.sub(r"[\s\-]", "", s).upper()
    t = t[4:] + t[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def phone(r, foreign_ok=True):
    x = r.random()
    if x < 0.5:
        d = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
        return r.choice(
            [
                f"0{d[0]}-{d[1:]}",
                f"0{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                f"0{d}",
                f"+31 6 {d[1:]}",
                f"+31 (0)6 {d[1:5]} {d[5:]}",
                f"0031-6-{d[1:]}",
                f"06 - {d[1:4]} {d[4:7]} {d[7:]}",
                f"+316{d[1:]}",
                f"06.{d[1:5]}.{d[5:]}",
            ]
        )
    if x < 0.8 or not foreign_ok:
        if r.random() < 0.5:
            a = r.choice(
                [
                    "10",
                    "20",
                    "30",
                    "33",
                    "38",
                    "40",
                    "43",
                    "45",
                    "50",
                    "53",
                    "55",
                    "58",
                    "70",
                    "71",
                    "72",
                    "73",
                    "75",
                    "76",
                    "78",
                    "79",
                ]
            )
            s = "".join(str(r.randint(1, 9)) for _ in range(7))
            return r.choice([f"0{a}-{s}", f"(0{a}) {s[:3]} {s[3:5]} {s[5:]}", f"0{a} {s[:3]} {s[3:]}", f"+31 {a} {s}"])
        a = r.choice(["113", "162", "164", "172", "180", "222", "251", "297", "318", "341", "413", "481", "513", "544"])
        s = "".join(str(r.randint(1, 9)) for _ in range(6))
        return r.choice([f"0{a}-{s}", f"0{a} {s[:2]} {s[2:4]} {s[4:]}", f"(0{a}) {s}", f"+31 {a} {s[:3]} {s[3:]}"])
    g = lambda n: "".join(str(r.randint(1, 9)) for _ in range(n))  # noqa: E731
    return r.choice(
        [
            f"+32 47{g(1)} {g(2)} {g(2)} {g(2)}",
            f"+49 (0)15{g(1)} {g(4)} {g(4)}",
            f"+90 53{g(1)} {g(3)} {g(2)} {g(2)}",
            f"+212 66{g(1)}-{g(6)}",
            f"+44 7700 {g(6)}",
            f"+48 60{g(1)} {g(3)} {g(3)}",
            f"+40 72{g(1)} {g(3)} {g(3)}",
            f"+380 67 {g(3)} {g(4)}",
            f"+251 91 {g(3)} {g(4)}",
            f"+234 80{g(1)} {g(3)} {g(4)}",
            f"+597 8{g(2)}-{g(4)}",
            f"+599 9 {g(3)} {g(4)}",
            f"+963 9{g(2)} {g(3)} {g(3)}",
        ]
    )


def postcode(r, lower=False):
    while True:
        s = f"{r.randint(1000, 9999)}{r.choice(PLATE_L)}{r.choice('ABCEGHJKLMNPRSTVWXZ')}"
        if s[4:] not in ("SA", "SD", "SS"):
            break
    out = r.choice([f"{s[:4]} {s[4:]}", f"{s[:4]} {s[4:]}", s])
    return out.lower() if lower else out


def plate(r):
    L = lambda n: "".join(r.choice(PLATE_L) for _ in range(n))  # noqa: E731
    D = lambda n: str(r.randint(10 ** (n - 1), 10**n - 1))  # noqa: E731
    s = r.choice(
        [
            f"{L(2)}-{D(2)}-{D(2)}",
            f"{D(2)}-{D(2)}-{L(2)}",
            f"{D(2)}-{L(2)}-{D(2)}",
            f"{L(2)}-{D(2)}-{L(2)}",
            f"{L(2)}-{L(2)}-{D(2)}",
            f"{D(2)}-{L(2)}-{L(2)}",
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{L(1)}-{D(2)}-{L(3)}",
            f"{D(1)}-{L(2)}-{D(3)}",
            f"{D(3)}-{L(2)}-{D(1)}",
        ]
    )
    x = r.random()
    if x < 0.15:
        return s.replace("-", "")
    if x < 0.22:
        return s.lower()
    return s


def case_no(r):
    y = r.choice(["24", "25", "26"])
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
    return r.choice(
        [
            f"Z/{y}/{n(6)}",
            f"Z-20{y}-{n(6)}",
            f"20{y}-0{n(6)}",
            f"BZ{y}.{n(5)}",
            f"WMO-{y}-{n(4)}",
            f"MOR-20{y}-{n(5)}",
            f"KL/20{y}/{n(4)}",
            f"DOS {y} {n(4)}",
            f"INT-{n(7)}",
            f"20{y}.{n(5)}",
            f"HH{y}/{n(5)}",
            f"V-{n(3)}-{y}-{n(3)}",
        ]
    )


CASE_CUES = [
    "zaaknummer",
    "kenmerk",
    "ons kenmerk",
    "dossiernummer",
    "registratienummer",
    "klachtnummer",
    "referentie",
    "bezwaarnummer",
    "meldingsnummer",
    "zaak",
]


def dob(r):
    y, m, d = r.randint(1931, 2008), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}/{m}/{y}",
            f"{d} {MONTHS[m - 1][:3]}. {y}",
            f"{d}-{m}-'{y % 100:02d}",
        ]
    )


def date(r):
    d, m = r.randint(1, 28), r.randint(1, 12)
    return r.choice(
        [
            f"{d} {MONTHS[m - 1]}",
            f"{r.choice(WEEKDAYS)} {d} {MONTHS[m - 1]}",
            f"{d} {MONTHS[m - 1]} {r.choice(['2025', '2026'])}",
        ]
    )


def ddmm(r):
    return f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}"


def hhmm(r, sep=":"):
    return f"{r.randint(8, 17):02d}{sep}{r.choice(['00', '05', '15', '20', '30', '40', '45', '55'])}"


def amount(r):
    e = r.randint(12, 4800)
    c = r.randint(0, 99)
    return r.choice([f"€ {e:,}".replace(",", ".") + f",{c:02d}", f"€{e},-", f"EUR {e}", f"{e} euro", f"€ {e},{c:02d}"])


def email_for(r, p: nm.Person):
    f = nm.ascii_(p.first).lower().replace(" ", "").replace("-", "").replace("'", "")
    last = nm.ascii_(p.last).lower().replace("'", "")
    parts = [w for w in re.split(r"[\s\-]+", last) if w and w not in nm.DUTCH_PART]
    ln = "".join(parts) or last.replace(" ", "")
    loc = r.choice(
        [
            f"{f}.{ln}",
            f"{f[0]}.{ln}",
            f"{f}{ln}{r.randint(60, 99)}",
            f"{ln}.{f}",
            f"{f}_{ln[:4]}{r.randint(1, 9)}",
            f"{f[0]}{ln}",
        ]
    )
    return f"{loc}@{r.choice(GMAIL)}"


def official_email(r, p: nm.Person, town):
    last = nm.ascii_(p.last).lower().replace("'", "")
    ln = "".join(w for w in re.split(r"[\s\-]+", last) if w and w not in nm.DUTCH_PART) or last.replace(" ", "")
    f = nm.ascii_(p.first).lower().replace(" ", "").replace("-", "")
    slug = town.lower().replace(" ", "")
    return r.choice([f"{f[0]}.{ln}@{slug}.nl", f"{f}.{ln}@{slug}.nl", f"{ln}{f[0]}@{slug}.nl"])


# ------------------------------------------------------------------ a document under construction


class Doc:
    def __init__(self, r, style, known=None):
        self.r = r
        self.style = style
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.known_word = None
        town = r.choice(TOWNS)
        self.town = town
        self.theme, self.dept, self.law = r.choice(THEMES)
        if known is not None:
            kind, part, word, sentence = known
            if kind == "last":
                words = set(re.findall(r"\w+", sentence.lower()))
                gender = "f" if words & {"haar", "zij", "ze"} else "m" if words & {"hij", "zijn"} else None
                self.R = nm.make_person(r, last=part, gender=gender)
            else:
                self.R = nm.make_person(r, gender="m" if part == "Ben" else "f", first=part)
            self.known_word, self.known_sentence = word, sentence
        else:
            self.R = nm.make_person(r)
        self.O = nm.make_person(r)
        self.O.func = r.choice(FUNCS)
        self.O.dept = self.dept
        self.O2 = nm.make_person(r)
        self.O2.func = r.choice([f for f in FUNCS if f != self.O.func])
        self.O2.dept = r.choice([t[1] for t in THEMES if t[1] != self.dept])
        self.F = nm.make_person(r)
        if r.random() < 0.5 and " " not in self.R.last:
            self.F.last = self.R.last
        self.F.rel = r.choice(RELS_F if self.F.gender == "f" else RELS_M)
        self.X = nm.make_person(r)
        self.X.func = r.choice(OUTSIDE)
        self.M = nm.make_person(r)
        self.M2 = nm.make_person(r)

    # -- registration
    def p(self, s, label="PERSON"):
        item = {"text": s, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return s

    def k(self, s):
        if s not in self.keep:
            self.keep.append(s)
        return s

    # -- person forms
    def full(self, P):
        return self.p(P.full)

    def first(self, P):
        return self.p(P.first)

    def last(self, P):
        return self.p(nm.cap_last(P.last))

    def lastlc(self, P):
        return self.p(P.last)

    def ini(self, P):
        return self.p(f"{P.ini} {P.last}")

    def caps(self, P):
        return self.p(P.full.upper())

    def _lower_ok(self, P):
        return not (self.known_word and P is self.R)

    def low(self, P):
        return self.p(P.full.lower() if self._lower_ok(P) else P.full)

    def lowfirst(self, P):
        return self.p(P.first.lower() if self._lower_ok(P) else P.first)

    def nick(self, P):
        return self.p(P.nick) if P.nick else self.first(P)

    def poss(self, P):
        f = P.first
        if f[-1] in "sxz":
            self.p(f)
            return f + "'"
        if f[-1] in "aeiouy":
            self.p(f)
            return f + "'s"
        return self.p(f + "s")

    def posslast(self, P):
        last = nm.cap_last(P.last)
        if last[-1] in "sxz":
            self.p(last)
            return last + "'"
        if last[-1] in "aeiouy":
            self.p(last)
            return last + "'s"
        return self.p(last + "s")

    def title(self, P, cap=False):
        st = self.style
        if st in ("formal", "kb"):
            t = "mevrouw" if P.gender == "f" else "de heer"
        elif st in ("tel", "bullets", "table", "quick"):
            t = self.r.choice(["mw.", "mevr."] if P.gender == "f" else ["dhr.", "hr."])
        else:
            t = "mevrouw" if P.gender == "f" else self.r.choice(["meneer", "de heer"])
        return t[0].upper() + t[1:] if cap else t

    def tl(self, P, cap=False):
        """Title and surname: the particle gets a capital, as Dutch writes it without initials."""
        return f"{self.title(P, cap)} {self.last(P)}"

    def anyname(self, P):
        return self.r.choice([self.full, self.full, self.ini, self.tl, self.first])(P)

    def pr(self, P):
        return "zij" if P.gender == "f" else "hij"

    def her(self, P):
        return "haar" if P.gender == "f" else "zijn"

    # -- identifiers
    def phone(self, foreign_ok=True):
        return self.p(phone(self.r, foreign_ok), "PHONE")

    def email(self, P):
        return self.p(email_for(self.r, P), "EMAIL")

    def oemail(self, P):
        return self.p(official_email(self.r, P, self.town), "EMAIL")

    def bsn(self):
        return self.p(bsn(self.r), "BSN")

    def iban(self):
        return self.p(iban(self.r), "IBAN")

    def pc(self, lower=False):
        return self.p(postcode(self.r, lower), "POSTCODE")

    def plate(self):
        return self.p(plate(self.r), "LICENSE_PLATE")

    def case(self, cue=True):
        c = self.p(case_no(self.r), "CASE_NUMBER")
        return f"{self.r.choice(CASE_CUES)} {c}" if cue else c

    def dob(self):
        return self.p(dob(self.r), "DATE_OF_BIRTH")

    def addr(self, number=True):
        s = nm.street(self.r)
        return self.p(f"{s} {nm.house(self.r)}" if number else s, "ADDRESS")

    # -- keep helpers
    def kt(self):
        return self.k(self.theme)

    def kd(self):
        return self.k(self.dept)

    def date(self):
        return self.k(date(self.r))

    def amount(self):
        return self.k(amount(self.r))

    def ktown(self):
        return self.k(self.town)


# ------------------------------------------------------------------ sentence shapes
SHAPES: dict[str, list] = {}


def shape(style):
    def deco(fn):
        SHAPES.setdefault(style, []).append(fn)
        return fn

    return deco


# ---- terse phone notes
@shape("tel")
def t1(d):
    return f"Tel. {d.tl(d.R)} ({d.phone()}), {hhmm(d.r)}: wil weten waarom de {d.kt()} nog niet is toegekend."


@shape("tel")
def t2(d):
    return f"Teruggebeld door {d.full(d.O)} ({d.k(d.O.func)}, {d.kd()}); ligt nu bij {d.first(d.O2)}."


@shape("tel")
def t3(d):
    return f"Voicemail ingesproken bij {d.full(d.R)} op {d.phone()}, verzoek om terug te bellen."


@shape("tel")
def t4(d):
    return f"Nr. klopt niet meer, nieuw nr. {d.phone()} (via {d.k(d.F.rel)} {d.first(d.F)})."


@shape("tel")
def t5(d):
    return f"{d.ini(d.R)} belt namens {d.her(d.R)} {d.k(d.F.rel)}, {d.tl(d.F)}, geb. {d.dob()}."


@shape("tel")
def t6(d):
    return f"Gesprek {hhmm(d.r)}-{hhmm(d.r)} met {d.ini(d.O)}: toezegging dat {d.kt()} per {d.date()} wordt herzien."


@shape("tel")
def t7(d):
    return f"NB {d.case()}: {d.first(d.R)} niet zelf bellen, alleen via {d.k(d.F.rel)} {d.full(d.F)}."


@shape("tel")
def t8(d):
    return f"{d.last(d.O)} niet bereikt, doorgeschakeld naar {d.k(d.O2.func)} {d.full(d.O2)}."


@shape("tel")
def t9(d):
    return f"Terugbelverzoek {d.tl(d.R)} - {d.phone()} - na {hhmm(d.r, '.')} uur, niet op {d.k(d.r.choice(WEEKDAYS))}."


# ---- chatty
@shape("chat")
def c1(d):
    return (
        f"Net even met {d.first(d.R)} gebeld, wat een lief mens, {d.pr(d.R)} heeft echt alles al drie keer "
        f"uitgelegd aan {d.first(d.O)} van {d.kd()}."
    )


@shape("chat")
def c2(d):
    return f"En weet je wat {d.first(d.R)} me vertelde? Dat {d.k(d.O.func)} {d.full(d.O)} gewoon had opgehangen!"


@shape("chat")
def c3(d):
    return f"Ik heb {d.tl(d.R)} beloofd dat ik vóór {d.k(d.r.choice(WEEKDAYS))} terugkom met nieuws over de {d.kt()}."


@shape("chat")
def c4(d):
    return (
        f"Grappig trouwens: {d.first(d.O)} en {d.first(d.R)} blijken allebei uit {d.k(d.r.choice(ABROAD))} te komen, "
        "dat brak meteen het ijs."
    )


@shape("chat")
def c5(d):
    return (
        f"{d.her(d.R).capitalize()} {d.k(d.F.rel)}, die iedereen {d.nick(d.F)} noemt, heeft het hele "
        "dossier al gekopieerd, dus dat komt wel goed."
    )


@shape("chat")
def c6(d):
    return (
        f"Volgens {d.first(d.F)} slaapt {d.first(d.R)} al weken slecht van die brief over de {d.kt()}, "
        "en eerlijk gezegd snap ik dat wel."
    )


@shape("chat")
def c7(d):
    return f"Heb {d.first(d.O)} ({d.k(d.O.func)}) gemaild op {d.oemail(d.O)}, nog niks gehoord hoor."


@shape("chat")
def c8(d):
    return f"{d.poss(d.R)} {d.k(d.F.rel)} {d.first(d.F)} komt bij het gesprek zitten, scheelt een hoop uitleg."


@shape("chat")
def c9(d):
    return (
        f"Oh, en {d.nick(d.R)} (zo wil {d.pr(d.R)} genoemd worden, niet {d.first(d.R)}) vroeg of we "
        f"ook naar de {d.k(d.r.choice(ORGS))} kunnen kijken."
    )


# ---- formal
@shape("formal")
def f1(d):
    return (
        f"Op {d.date()} heeft ondergetekende gesproken met {d.title(d.O)} {d.ini(d.O)}, {d.k(d.O.func)} bij de "
        f"afdeling {d.kd()}."
    )


@shape("formal")
def f2(d):
    return (
        f"Betrokkene, {d.title(d.R)} {d.full(d.R)}, wonende te {d.addr()}, {d.pc()} {d.ktown()}, verzoekt om "
        f"heroverweging van het besluit inzake {d.kt()}."
    )


@shape("formal")
def f3(d):
    return f"Het verzoek van {d.tl(d.R)} is op {d.date()} onder {d.case()} geregistreerd."


@shape("formal")
def f4(d):
    return (
        f"Door {d.k(d.O.func)} {d.full(d.O)} is toegezegd dat het teveel betaalde bedrag van {d.amount()} wordt "
        f"gestort op rekeningnummer {d.iban()} ten name van {d.ini(d.R)}."
    )


@shape("formal")
def f5(d):
    return (
        f"Aan {d.tl(d.R)} is medegedeeld dat de beslistermijn ingevolge de {d.k(d.law)} met "
        f"{d.k('zes weken')} is verlengd."
    )


@shape("formal")
def f6(d):
    return f"Naar het oordeel van de bemiddelaar heeft {d.full(d.O2)} ({d.k(d.O2.dept)}) zorgvuldig gehandeld."


@shape("formal")
def f7(d):
    return (
        f"Het burgerservicenummer van belanghebbende ({d.bsn()}) is uitsluitend gebruikt ter verificatie bij "
        f"het {d.k(d.r.choice(['UWV', 'CAK', 'SVB']))}."
    )


@shape("formal")
def f8(d):
    return (
        f"Belanghebbende is geboren op {d.dob()} en staat sinds {d.date()} ingeschreven op {d.addr()} te {d.ktown()}."
    )


# ---- bullets
@shape("bullets")
def b1(d):
    return f"- gesproken: {d.full(d.R)} + {d.k(d.F.rel)} {d.first(d.F)}; namens {d.kd()}: {d.ini(d.O)}"


@shape("bullets")
def b2(d):
    return f"- actie {d.last(d.O)}: {d.kt()} opnieuw beoordelen vóór {d.date()}"


@shape("bullets")
def b3(d):
    return f"- contact: {d.phone()} / {d.email(d.R)}"


@shape("bullets")
def b4(d):
    return f"- adres: {d.addr()}, {d.pc()} {d.ktown()}"


@shape("bullets")
def b5(d):
    return f"- kenteken {d.plate()} (bestelbus van {d.tl(d.R)}) staat op de lijst van {d.k('Parkeerbeheer')}"


@shape("bullets")
def b6(d):
    return f"- BSN {d.bsn()}; geb. {d.dob()}"


@shape("bullets")
def b7(d):
    return f"- niet vergeten: {d.k(d.X.func)} {d.full(d.X)} bellen over de melding van {d.date()}"


@shape("bullets")
def b8(d):
    return f"• {d.k(d.O2.func)} {d.full(d.O2)} neemt de {d.kt()} over van {d.first(d.O)}"


@shape("bullets")
def b9(d):
    return f"* uitbetaling {d.amount()} op {d.iban()} (t.n.v. {d.caps(d.R)})"


# ---- tables
@shape("table")
def tb1(d):
    return f"| verzoeker | {d.full(d.R)} | {d.phone()} |"


@shape("table")
def tb2(d):
    return f"| ambtenaar | {d.full(d.O)} | {d.kd()} |"


@shape("table")
def tb3(d):
    return f"| {d.date()} | gesprek met {d.last(d.O)} | afspraak gemaakt |"


@shape("table")
def tb4(d):
    return f"| rekening | {d.iban()} | t.n.v. {d.ini(d.R)} |"


@shape("table")
def tb5(d):
    return f"| geboortedatum | {d.dob()} | BSN {d.bsn()} |"


@shape("table")
def tb6(d):
    return f"| zaak | {d.case(cue=False)} | {d.kt()} |"


@shape("table")
def tb7(d):
    return f"| contact familie | {d.full(d.F)} ({d.k(d.F.rel)}) | {d.email(d.F)} |"


@shape("table")
def tb8(d):
    return f"| {d.last(d.R)}, {d.p(d.R.ini)} | {d.addr()} | {d.pc()} |"


@shape("table")
def tb9(d):
    return f"| voertuig | {d.plate()} | ontheffing tot {d.date()} |"


# ---- timeline
@shape("timeline")
def tl1(d):
    return f"{ddmm(d.r)} {hhmm(d.r)} — verzoek binnen via het webformulier; {d.full(d.R)} vraagt om afstemming."


@shape("timeline")
def tl2(d):
    return f"{ddmm(d.r)} — {d.full(d.O)} ({d.kd()}) erkent dat de brief van {d.date()} nooit is verstuurd."


@shape("timeline")
def tl3(d):
    return f"{ddmm(d.r)} — huisbezoek {d.addr()}; aanwezig {d.first(d.R)} en {d.k(d.F.rel)} {d.first(d.F)}."


@shape("timeline")
def tl4(d):
    return f"{ddmm(d.r)} — {d.last(d.O2)} bevestigt per mail: {d.kt()} loopt door tot {d.date()}."


@shape("timeline")
def tl5(d):
    return f"{ddmm(d.r)}: bel {d.tl(d.R)} terug, mobiel {d.phone()}."


@shape("timeline")
def tl6(d):
    return f"{ddmm(d.r)} — akkoord {d.last(d.R)}; {d.case()} naar status opgelost."


@shape("timeline")
def tl7(d):
    return (
        f"{d.r.choice(WEEKDAYS)} {hhmm(d.r, '.')} uur: voicemail van {d.full(d.X)}, de {d.k(d.X.func)} van "
        f"{d.first(d.R)}."
    )


@shape("timeline")
def tl8(d):
    return f"{ddmm(d.r)} — {d.caps(d.R)} opnieuw aan de balie, dit keer met {d.her(d.R)} {d.k(d.F.rel)}."


# ---- handover
@shape("handover")
def h1(d):
    return (
        f"Overdracht aan {d.first(d.M2)}: {d.full(d.R)} is erg gespannen, bel {d.R.gender == 'f' and 'haar' or 'hem'} "
        "liever niet na vier uur."
    )


@shape("handover")
def h2(d):
    return (
        f"{d.first(d.M2)}, let op: {d.last(d.O)} van {d.kd()} zegt wel dat het geregeld is, maar check het bij "
        f"{d.full(d.O2)}."
    )


@shape("handover")
def h3(d):
    return f"Wil jij {d.tl(d.R)} vóór {d.date()} laten weten of de {d.kt()} is toegekend? Het nummer is {d.phone()}."


@shape("handover")
def h4(d):
    return f"Dossier {d.case(cue=False)} staat nog op mijn naam; {d.first(d.R)} weet dat jij het overneemt."


@shape("handover")
def h5(d):
    return (
        f"Belangrijk: geen contact met de ex, {d.full(d.X)}; er is een contactverbod en {d.pr(d.R)} "
        f"woont inmiddels op een geheim adres."
    )


@shape("handover")
def h6(d):
    return f"Tot {d.k(d.r.choice(WEEKDAYS))}! {d.nick(d.M)}\n(bij spoed: {d.full(d.M2)}, {d.k('team Afstemming')})"


@shape("handover")
def h7(d):
    return f"Ik ben vanaf {d.date()} met verlof; vragen over {d.tl(d.R)} kunnen naar {d.full(d.M2)} ({d.oemail(d.M2)})."


@shape("handover")
def h8(d):
    return f"Van {d.first(d.M)} voor {d.first(d.M2)}, over {d.ini(d.R)}: alle stukken zitten in de map."


# ---- knowledge-base draft
@shape("kb")
def k1(d):
    return (
        f"Een alleenstaande ouder, {d.full(d.R)}, kreeg in {d.k(d.r.choice(MONTHS))} een brief dat de "
        f"{d.kt()} werd stopgezet."
    )


@shape("kb")
def k2(d):
    return (
        f"Pas toen {d.k(d.O.func)} {d.last(d.O)} zelf langskwam op de {d.addr(number=False)}, werd duidelijk wat "
        "er was misgegaan."
    )


@shape("kb")
def k3(d):
    return f"Later gaf {d.full(d.O)} ruiterlijk toe: 'We hebben het dossier gewoon niet gelezen.'"


@shape("kb")
def k4(d):
    return f"De les voor de organisatie: bel eerst, zoals {d.first(d.O2)} van {d.k(d.O2.dept)} uiteindelijk deed."


@shape("kb")
def k5(d):
    return f"Wat {d.tl(d.R)} vooral wilde, was dat iemand naar {d.her(d.R)} verhaal luisterde."


@shape("kb")
def k6(d):
    return (
        f"In deze versie staan nog de naam van {d.her(d.R)} {d.k(d.F.rel)} {d.first(d.F)} en de postcode "
        f"{d.pc()}; die moeten eruit voor publicatie."
    )


@shape("kb")
def k7(d):
    return (
        f"Uitkomst: de gemeente betaalde {d.amount()} terug op {d.iban()} en {d.ini(d.O)} bood namens de afdeling "
        "excuses aan."
    )


@shape("kb")
def k8(d):
    return (
        f"Zonder de hulp van de {d.k(d.X.func)} ({d.full(d.X)}) was {d.first(d.R)} waarschijnlijk naar de "
        f"{d.k('Nationale ombudsman')} gestapt."
    )


# ---- agreement
@shape("agree")
def a1(d):
    return f"Afspraak: {d.full(d.O)} ({d.k(d.O.func)}) zorgt dat de {d.kt()} uiterlijk {d.date()} is geregeld."


@shape("agree")
def a2(d):
    return f"{d.tl(d.R, cap=True)} en {d.last(d.O)} spreken af dat zij elkaar op {d.date()} opnieuw spreken."


@shape("agree")
def a3(d):
    return f"Toegezegd door {d.ini(d.O)}: geen invordering zolang de {d.kt()} loopt ({d.case()})."


@shape("agree")
def a4(d):
    return f"Is alles besproken? {d.first(d.R)} zegt ja, maar wil dat {d.full(d.O2)} het schriftelijk bevestigt."


@shape("agree")
def a5(d):
    return (
        f"De gemeente ({d.kd()}) betaalt binnen {d.k('tien werkdagen')} {d.amount()} uit aan {d.ini(d.R)} op "
        f"{d.iban()}."
    )


@shape("agree")
def a6(d):
    return f"Controlevraag gesteld aan {d.full(d.R)} op {d.date()}: akkoord, de zaak kan dicht."


@shape("agree")
def a7(d):
    return (
        f"Als de afspraak niet wordt nagekomen, mag {d.first(d.R)} rechtstreeks bellen met {d.first(d.O)} op "
        f"{d.phone(foreign_ok=False)}."
    )


@shape("agree")
def a8(d):
    return (
        f"Afgesproken met {d.k(d.O2.func)} {d.ini(d.O2)} en {d.tl(d.R)}: de {d.k('naheffing')} voor {d.plate()} "
        "wordt ingetrokken."
    )


# ---- quick lower-case notes
@shape("quick")
def q1(d):
    return f"nb {d.lowfirst(d.R)} heeft nieuw nr {d.phone()}"


@shape("quick")
def q2(d):
    return f"mail van {d.low(d.O)} doorgestuurd naar {d.lowfirst(d.M2)}"


@shape("quick")
def q3(d):
    return f"vragen of {d.k(d.F.rel)} {d.lowfirst(d.F)} mag meepraten"


@shape("quick")
def q4(d):
    return f"bsn {d.bsn()} klopt, gecheckt met {d.lowfirst(d.O)}"


@shape("quick")
def q5(d):
    return f"{d.plate()} is de auto van {d.low(d.X)}, niet van de klant!!"


@shape("quick")
def q6(d):
    return f"postcode is {d.pc(lower=True)}, niet wat in het systeem staat"


@shape("quick")
def q7(d):
    return f"{d.lowfirst(d.O2)} zegt: {d.kt()} pas na {d.k(d.r.choice(MONTHS))}"


@shape("quick")
def q8(d):
    return f"terugbellen {d.low(d.R)} ivm {d.kt()}"


# ---- e-mail forwards and signatures
@shape("mail")
def e1(d):
    return f"Van: {d.full(d.O)} <{d.oemail(d.O)}>\nAan: bemiddeling\nOnderwerp: {d.kt()}"


@shape("mail")
def e2(d):
    return (
        f"Hartelijks vanuit {d.kd()},\n{d.ini(d.O)} ({d.k(d.O.func)}, gemeente {d.ktown()}) - direct "
        f"{d.phone(foreign_ok=False)}"
    )


@shape("mail")
def e3(d):
    return (
        f"Doorgestuurd bericht van {d.first(d.R)}: 'Ik heb de {d.kt()} echt nodig. Groetjes, {d.first(d.R)} "
        f"({d.email(d.R)})'"
    )


@shape("mail")
def e4(d):
    return f"> Op {d.date()} schreef {d.full(d.R)} <{d.email(d.R)}>:"


@shape("mail")
def e5(d):
    return f"CC: {d.full(d.O2)}; {d.ini(d.X)} ({d.k(d.X.func)})"


@shape("mail")
def e6(d):
    return f"Beste {d.first(d.O)}, dank voor je snelle reactie op de vraag van {d.tl(d.R)}."


# ---- questions, imperatives, passives, reported speech (mixed in anywhere)
@shape("any")
def x1(d):
    return f"Heeft {d.last(d.O)} al gereageerd op de vraag van {d.ini(d.R)}?"


@shape("any")
def x2(d):
    return f"Bel {d.full(d.F)} (de {d.k(d.F.rel)}) vóór {d.k(d.r.choice(WEEKDAYS))} over de sleutel."


@shape("any")
def x3(d):
    return f"Door {d.full(d.O)} werd de aanvraag van {d.tl(d.R)} twee keer afgewezen."


@shape("any")
def x4(d):
    return f"Waarom heeft niemand {d.first(d.R)} verteld dat de {d.kt()} was stopgezet?"


@shape("any")
def x5(d):
    return f"Citaat van {d.full(d.R)} aan de telefoon: 'Ik wil een mens aan de lijn, niet weer een formulier.'"


@shape("any")
def x6(d):
    return f"{d.full(d.O)} zei tegen {d.tl(d.R)} dat {d.pr(d.O)} er niet over ging, aldus {d.first(d.F)}."


@shape("any")
def x7(d):
    return f"Stuur {d.ini(d.R)} de samenvatting, en zet {d.full(d.O2)} in de cc."


@shape("any")
def x8(d):
    return (
        f"De brief aan {d.full(d.R)}, {d.dob()}, is volgens {d.k('Burgerzaken')} naar een oud adres "
        f"gestuurd, de {d.addr(number=False)}."
    )


@shape("any")
def x9(d):
    return f"Wie is {d.nick(d.X)}? Volgens {d.first(d.R)} de {d.k(d.X.func)}, maar dat klopt niet."


@shape("any")
def x10(d):
    if hasattr(d, "W"):
        role = d.k(d.r.choice(["wethouder", "burgemeester"]))
        return f"Excuses kwamen er pas na tussenkomst van {role} {d.ini(d.W)}, in een brief aan {d.tl(d.R)}."
    return f"Een excuusbrief van de {d.k('wethouder')} aan {d.tl(d.R)} ligt klaar voor ondertekening."


@shape("any")
def x11(d):
    return f"Namens {d.kd()} schoof {d.full(d.O)} aan, namens de familie {d.full(d.F)} en {d.ini(d.X)}."


@shape("any")
def x12(d):
    return f"Vraag {d.first(d.O2)} om het dossier van {d.tl(d.R)} en let op de {d.k('Awb')}-termijnen."


@shape("any")
def x13(d):
    return f"De {d.k(d.X.func)} is op de hoogte (telefonisch gesproken met {d.ini(d.X)} op {d.date()})."


@shape("any")
def x14(d):
    return f"Het dossier ligt sinds {d.date()} bij {d.ini(d.O2)}."


@shape("any")
def x15(d):
    return f"{d.full(d.O2)}, {d.k(d.O2.func)} bij {d.k(d.O2.dept)}, belde uit zichzelf terug over {d.first(d.R)}."


@shape("any")
def x16(d):
    return f"Kan {d.nick(d.R)} volgende week ook 's avonds, of alleen als {d.first(d.F)} erbij is?"


@shape("any")
def x17(d):
    return f"We gaven {d.first(d.O)} een kopie van de beschikking en {d.tl(d.R)} kreeg het origineel terug."


@shape("any")
def x18(d):
    return (
        f"{d.posslast(d.R)} {d.k(d.F.rel)} woont in {d.k(d.r.choice(ABROAD))} en is alleen bereikbaar op {d.phone()}."
    )


@shape("any")
def x19(d):
    return f"Verslag: {d.ini(d.M)}, bemiddelaar; meegelezen door {d.first(d.M2)}."


@shape("table")
def tb10(d):
    return f"| {d.caps(d.R)} | {d.dob()} | {d.phone()} | {d.email(d.R)} |"


@shape("timeline")
def tl9(d):
    return f"{ddmm(d.r)} - post retour: {d.full(d.R)} woont niet meer op {d.addr()} ({d.pc()})."


@shape("kb")
def k9(d):
    return (
        f"Langs de {d.addr(number=False)} stonden al weken vuilniszakken, en {d.first(d.R)} had dat vier keer "
        f"gemeld bij {d.k('Stadsbeheer')}."
    )


@shape("quick")
def q9(d):
    return f"{d.lowfirst(d.X)} ({d.k(d.X.func)}) weet ervan, {d.lowfirst(d.R)} niet bellen voor {hhmm(d.r)}"


@shape("formal")
def f9(d):
    return (
        f"Ten aanzien van {d.title(d.R)} {d.ini(d.R)} (kenteken {d.plate()}) is de {d.k('naheffingsaanslag')} "
        f"onder {d.case()} ambtshalve vernietigd."
    )


STYLE_NAMES = ["tel", "chat", "formal", "bullets", "table", "timeline", "handover", "kb", "agree", "quick", "mail"]
JOIN = {"bullets": "\n", "table": "\n", "timeline": "\n", "quick": "\n"}

KNOWN = [("last", *k) for k in nm.KNOWN_LAST] + [("first", *k) for k in nm.KNOWN_FIRST]

# ------------------------------------------------------------------ gate
GATE_PARTICLES = set(SCORE.PARTICLES) | {"da", "dos", "das", "del", "di", "von", "el", "al", "a", "dela", "mc", "o"}


def _words(s):
    return {w for w in re.split(r"[^\wÀ-ɏ]+", s.lower()) if len(w) > 1 and w not in GATE_PARTICLES}


def gate(doc: dict, known_word: str | None) -> bool:
    try:
        SCORE.check_doc(doc)
    except AssertionError:
        return False
    text = doc["text"]
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return False
        if item["label"] == "BSN" and not bsn_ok(item["text"]):
            return False
        if item["label"] == "IBAN" and not iban_ok(item["text"]):
            return False
        if not re.search(r"(?<![\w@.])" + re.escape(item["text"]) + r"(?![\w@])", text):
            return False
    names = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            names |= _words(item["text"])
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return False
        clash = _words(k) & names
        if clash and clash != {known_word}:
            return False
    if len({i["text"] for i in doc["pii"]}) != len(doc["pii"]):
        return False
    return True


def draw(r, i):
    known = KNOWN[r.randrange(len(KNOWN))] if i % 4 == 0 else None
    style = STYLE_NAMES[i % len(STYLE_NAMES)] if r.random() < 0.5 else r.choice(STYLE_NAMES)
    d = Doc(r, style, known)
    if r.random() < 0.3:
        d.W = nm.make_person(r)
    n = r.randint(2, 5) - (known is not None)
    pool = SHAPES[style]
    chosen = []
    while len(chosen) < n:
        fn = r.choice(SHAPES["any"]) if r.random() < 0.2 else r.choice(pool)
        if fn not in chosen:
            chosen.append(fn)
    sents = [fn(d) for fn in chosen]
    if known is not None:
        _kind, _part, word, tmpl = known
        forms = {
            "N": lambda: d.full(d.R),
            "L": lambda: d.tl(d.R, cap=tmpl.startswith("{L}")),
            "F": lambda: d.first(d.R),
        }
        s = tmpl.format(**{key: fn() for key, fn in forms.items() if "{" + key + "}" in tmpl})
        d.k(word)
        sents.insert(r.randint(0, len(sents)), s)
    text = JOIN.get(style, " ").join(sents)
    doc = {"id": f"fresh13b-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if known is not None:
        doc["known"] = {"names": [d.R.full]}
    return doc, d.known_word


def generate() -> list[dict]:
    docs = []
    for i in range(N_DOCS):
        r = random.Random(f"{SEED}-{i}")
        for _attempt in range(500):
            doc, word = draw(r, i)
            if gate(doc, word):
                break
        else:
            raise RuntimeError(f"no valid draw for document {i}")
        docs.append(doc)
    return docs


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    text = render(generate())
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT.name} differs from regeneration")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10))} documents -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
