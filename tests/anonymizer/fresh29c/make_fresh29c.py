"""Generator of the blind corpus fresh29c: residents who hold the municipality liable for damage (helper F29C).

Usage (from the worktree root, PYTHONPATH=.):
    python tests/anonymizer/fresh29c/make_fresh29c.py            write fresh29c_texts.jsonl
    python tests/anonymizer/fresh29c/make_fresh29c.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh29c/make_fresh29c.py --stats    counts per label, shapes, known names, redraws
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
from names29c import CITIES, GROUPS, KNOWN, STREET_A, STREET_B, compact  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

SEED = 20262303
N_DOCS = 300
OUT = HERE / "fresh29c_texts.jsonl"
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
MON3 = ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
CONS = "BDFGHJKLNPRSTVXZ"

# ----------------------------------------------------------------------------------------------- shapes registry
SHAPES: dict[str, str] = {}


def shape(name: str, what: str):
    """Register a document kind, line shape or sentence shape under ``name``."""

    def deco(f):
        assert name not in SHAPES, name
        SHAPES[name] = what

        def run(d, c, *a, **k):
            d.shapes.append(name)
            return f(d, c, *a, **k)

        run.__name__ = f.__name__
        return run

    return deco


class Doc:
    def __init__(self, r: random.Random):
        self.r = r
        self.pii: list[tuple[str, str]] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []

    def p(self, text: str, label: str) -> str:
        if (text, label) not in self.pii:
            self.pii.append((text, label))
        return text

    def k(self, word: str) -> str:
        if word not in self.keep:
            self.keep.append(word)
        return word

    def kk(self, text: str) -> str:
        """Keep every capitalised or listed word of ``text`` (a heading, department or organisation)."""
        for w in re.findall(r"[A-Za-zÀ-ÿ][\wÀ-ÿ]+", text):
            if len(w) > 3:
                self.k(w)
        return text


# ----------------------------------------------------------------------------------------------- personal data
class Person:
    def __init__(
        self,
        r: random.Random,
        group: str | None = None,
        gender: str | None = None,
        surname: tuple[str, str] | None = None,
        first: str | None = None,
    ):
        self.group = group or r.choice(list(GROUPS))
        males, females, pa, pb, join, parts = GROUPS[self.group]
        self.gender = gender or r.choice("mv")
        self.first = first or r.choice(males if self.gender == "m" else females)
        if surname is None:
            sur = r.choice(pa) + join + r.choice(pb)
            if self.group == "Pools" and self.gender == "v" and sur.endswith("ski"):
                sur = sur[:-1] + "a"
            if self.group == "Bulgaars" and self.gender == "v":
                sur += "a"
            particle = r.choice(parts) if parts and r.random() < 0.7 else ""
            surname = (particle, sur)
        self.particle, self.sur = surname
        self.surn = (self.particle + " " if self.particle else "") + self.sur
        self.full = f"{self.first} {self.surn}"
        self.init = self.first[0] + "." + (r.choice("ABCDEFGHIJKLMNPRSTW") + "." if r.random() < 0.5 else "")
        self.known = False

    @property
    def surcap(self) -> str:
        return self.surn[0].upper() + self.surn[1:]

    def title(self) -> str:
        return "de heer" if self.gender == "m" else "mevrouw"

    def short_title(self, r) -> str:
        return r.choice(["dhr.", "de heer", "meneer"]) if self.gender == "m" else r.choice(["mw.", "mevrouw", "mevr."])

    def hij(self) -> str:
        return "hij" if self.gender == "m" else "zij"

    def zijn(self) -> str:
        return "zijn" if self.gender == "m" else "haar"

    # forms, each annotated as PERSON when used
    def f_full(self, d):
        return d.p(self.full, "PERSON")

    def f_first(self, d):
        return d.p(self.first, "PERSON")

    def f_sur(self, d):  # after a title, no first name
        return d.p(self.surcap, "PERSON")

    def f_init(self, d):
        return d.p(f"{self.init} {self.surn}", "PERSON")

    def f_titled(self, d):
        return f"{self.title()} {self.f_sur(d)}"

    def f_upper(self, d):
        return d.p(f"{self.init} {self.surn}".upper(), "PERSON")

    def f_poss(self, d):
        f = self.first
        f = f + ("'s" if f[-1] in "aeiouy" else "'" if f[-1] in "sxz" else "s")
        return d.p(f, "PERSON")

    def handle(self) -> str:
        return compact(self.first)[0] + compact(self.sur) if self.known else compact(self.particle + self.sur)

    def f_handle(self, d):
        return d.p(self.handle(), "PERSON")


def eleven_ok(bsn: str) -> bool:
    n = re.sub(r"\D", "", bsn)
    return len(n) == 9 and (sum(int(n[i]) * (9 - i) for i in range(8)) - int(n[8])) % 11 == 0


def iban_ok(iban: str) -> bool:
    s = re.sub(r"\s", "", iban).upper()
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def make_bsn(r) -> str:
    while True:
        n = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(n[i] * (9 - i) for i in range(8)) % 11
        if last < 10:
            s = "".join(map(str, n + [last]))
            assert eleven_ok(s)
            return r.choice([s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


def make_iban(r) -> str:
    country = r.choices(["NL", "BE", "DE"], [8, 1, 1])[0]
    if country == "NL":
        body = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]) + "".join(
            str(r.randint(0, 9)) for _ in range(10)
        )
    else:
        body = "".join(str(r.randint(0, 9)) for _ in range(12 if country == "BE" else 18))
    num = "".join(str(int(ch, 36)) for ch in body + country + "00")
    iban = f"{country}{98 - int(num) % 97:02d}{body}"
    assert iban_ok(iban)
    if r.random() < 0.6:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def make_postcode(r) -> str:
    while True:
        letters = r.choice("ABCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9999)
    return r.choice([f"{n} {letters}", f"{n} {letters}", f"{n}{letters}"])


def make_phone(r, area: str) -> str:
    m = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
    rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
    return r.choice(
        [
            f"0{m[:1]}-{m[1:]}",
            f"0{m[0]} {m[1:3]} {m[3:5]} {m[5:7]} {m[7:]}",
            f"+31 6 {m[1:5]} {m[5:]}",
            f"+31 (0)6 {m[1:3]} {m[3:5]} {m[5:7]} {m[7:]}",
            f"0031 6 {m[1:]}",
            f"{area}-{rest}",
            f"({area}) {rest[:3]} {rest[3:5]} {rest[5:]}",
            f"+31 {area[1:]} {rest}",
        ]
    )


def make_email(r, p: Person) -> str:
    fi, su = compact(p.first), compact(p.surn)
    prov = r.choice(
        [
            "ziggo.nl",
            "kpnmail.nl",
            "hotmail.com",
            "gmail.com",
            "outlook.com",
            "planet.nl",
            "xs4all.nl",
            "live.nl",
            "icloud.com",
            "proton.me",
            "hetnet.nl",
        ]
    )
    return (
        r.choice(
            [
                f"{fi}.{su}",
                f"{fi[0]}{su}{r.randint(50, 99)}",
                f"{su}.{fi}",
                f"{fi}_{su}",
                f"{fi}{su[:4]}{r.randint(1, 9)}",
            ]
        )
        + "@"
        + prov
    )


def make_plate(r) -> tuple[str, str]:
    def L(n):
        return "".join(r.choice(CONS) for _ in range(n))

    def N(n):
        return "".join(str(r.randint(0, 9)) for _ in range(n))

    side = r.randint(1, 19)
    codes = {
        1: f"{L(2)}-{N(2)}-{N(2)}",
        2: f"{N(2)}-{N(2)}-{L(2)}",
        3: f"{N(2)}-{L(2)}-{N(2)}",
        4: f"{L(2)}-{N(2)}-{L(2)}",
        5: f"{L(2)}-{L(2)}-{N(2)}",
        6: f"{N(2)}-{L(2)}-{L(2)}",
        7: f"{N(2)}-{L(3)}-{N(1)}",
        8: f"{N(1)}-{L(3)}-{N(2)}",
        9: f"{L(2)}-{N(3)}-{L(1)}",
        10: f"{L(1)}-{N(3)}-{L(2)}",
        11: f"{L(3)}-{N(2)}-{L(1)}",
        12: f"{L(1)}-{N(2)}-{L(3)}",
        13: f"{N(1)}-{L(2)}-{N(3)}",
        14: f"{N(3)}-{L(2)}-{N(1)}",
        15: f"{r.choice(['KLE', 'BOR', 'D', 'K', 'AC', 'EMS', 'WES'])}-{L(2)} {r.randint(1, 9999)}",
        16: f"{r.randint(1, 2)}-{L(3)}-{N(3)}",
        17: f"{L(2)}-{N(3)}-{L(2)}",
        18: f"{r.choice(['WA', 'PO', 'KR', 'DW'])}{r.choice(['', 'R'])} {N(5)}",
        19: f"{L(2)}{N(2)} {L(3)}",
    }
    land = {15: "Duits", 16: "Belgisch", 17: "Frans", 18: "Pools", 19: "Brits"}.get(side, "")
    plate = codes[side]
    if r.random() < 0.12 and side <= 14:
        plate = plate.replace("-", "")
    return plate, land


def make_dob(r) -> tuple[str, str]:
    """(text before the date, date of birth as written)."""
    y, m, dd = r.randint(1936, 2005), r.randint(1, 12), r.randint(1, 28)
    style = r.randint(1, 10)
    date = {
        1: f"{dd} {MONTHS[m - 1]} {y}",
        2: f"{dd:02d}-{m:02d}-{y}",
        3: f"{y}-{m:02d}-{dd:02d}",
        4: f"{dd}-{m}-{y}",
        5: f"{dd:02d}.{m:02d}.{y}",
        6: f"{dd}/{m}/{y}",
        7: f"{dd:02d} {MON3[m - 1]} {y}",
        8: f"{y}{m:02d}{dd:02d}",
        9: f"{dd} {MONTHS[m - 1][:3]}{'.' if len(MONTHS[m - 1]) > 3 else ''} {y}",
        10: f"{dd:02d}-{m:02d}-{str(y)[2:]}",
    }[style]
    cue = r.choice(["geboren op ", "geb. ", "geboortedatum: ", "geboren ", "* ", "geb.datum ", "", ""])
    return cue, date


def eur(x: float) -> str:
    s = f"{x:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def N(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def date_str(r, year=2026, lo=1, hi=11):
    return f"{r.randint(1, 28)} {MONTHS[r.randint(lo, hi) - 1]} {year}"


SCENARIOS = {
    "val": dict(
        what="een val over een losliggende stoeptegel",
        obj="het trottoir",
        kw=["stoeptegel", "trottoir", "val"],
        items=[
            ("eigen risico zorgverzekering", 385, 385),
            ("fysiotherapie", 180, 620),
            ("nieuwe bril", 190, 520),
            ("gescheurde winterjas", 80, 240),
            ("reiskosten ziekenhuis", 18, 75),
            ("huishoudelijke hulp", 150, 600),
            ("smartengeld", 500, 2500),
        ],
    ),
    "kuil": dict(
        what="schade aan mijn auto door een kuil in het wegdek",
        obj="het wegdek",
        kw=["wegdek", "kuil", "band"],
        items=[
            ("nieuwe band linksvoor", 110, 260),
            ("velg", 180, 640),
            ("uitlijnen", 60, 120),
            ("wieldop", 25, 60),
            ("vervangend vervoer", 90, 300),
            ("sleepkosten", 120, 260),
        ],
    ),
    "tak": dict(
        what="schade aan mijn auto door een afgebroken tak",
        obj="het plantsoen",
        kw=["tak", "motorkap", "voorruit"],
        items=[
            ("voorruit vervangen", 450, 1100),
            ("motorkap uitdeuken en spuiten", 600, 1600),
            ("spiegelkap", 70, 180),
            ("dakrail", 140, 320),
            ("huurauto", 150, 400),
        ],
    ),
    "kelder": dict(
        what="een ondergelopen kelder na de rioolwerkzaamheden",
        obj="de riolering",
        kw=["kelder", "riolering", "rioolwerkzaamheden"],
        items=[
            ("vloerbedekking", 300, 1400),
            ("wasmachine", 350, 800),
            ("droogtrommel", 300, 700),
            ("droogbedrijf", 400, 1500),
            ("pompkosten", 120, 380),
            ("archiefdozen en boeken", 80, 450),
        ],
    ),
    "fiets": dict(
        what="het ten onrechte verwijderen van mijn fiets door handhavers",
        obj="het fietsenrek",
        kw=["fiets", "fietsdepot", "handhavers"],
        items=[
            ("e-bike (dagwaarde)", 800, 2200),
            ("ringslot en kettingslot", 40, 140),
            ("ov-kosten", 15, 60),
            ("beschadigde fietstas", 35, 90),
            ("ophaalkosten depot", 25, 25),
        ],
    ),
    "wagen": dict(
        what="schade door een vrachtwagen van de gemeentelijke reiniging",
        obj="de parkeerplaats",
        kw=["vrachtwagen", "reiniging", "bumper"],
        items=[
            ("achterbumper", 400, 1100),
            ("parkeersensor", 150, 380),
            ("achterlicht", 120, 340),
            ("tuinhek", 200, 900),
            ("schutting", 300, 1200),
            ("huurauto", 150, 400),
        ],
    ),
}
CAR = ("kuil", "tak", "wagen")

INSURERS = [
    "Noordkust Verzekeringen",
    "Veluwse Assurantie Unie",
    "Gemeentelijke Risico Assuradeuren",
    "Delta Schadeverzekeringen",
    "Rijnmond Aansprakelijkheid NV",
]
EXPERTS = [
    "Expertisebureau Schouwland",
    "Schade-Expertise Midden",
    "Taxatiebureau Eemvallei",
    "Expertise Oost-Nederland",
    "Bureau Schadevaststelling Noord",
]
GARAGES = [
    "Autoschade Ringweg",
    "Garage Vaartkant",
    "Carrosseriebedrijf Industrieweg",
    "Autobedrijf Polderrand",
    "Schadeherstel Stationsplein",
]
DEPTS = [
    "team Aansprakelijkheid",
    "afdeling Juridische Zaken",
    "team Schadeafhandeling",
    "afdeling Openbare Ruimte",
    "team Wegbeheer",
    "afdeling Stadsbeheer",
    "team Riolering en Water",
]
FUNCS = [
    "schadebehandelaar",
    "jurist aansprakelijkheid",
    "wegbeheerder",
    "medewerker schadeafhandeling",
    "beleidsmedewerker riolering",
    "toezichthouder openbare ruimte",
    "teamleider handhaving",
]


class Ctx:
    """Everything one document may mention."""

    def __init__(self, r: random.Random, known: bool):
        self.city = r.choice(list(CITIES))
        self.area = CITIES[self.city]
        self.scen = r.choice(list(SCENARIOS))
        self.sc = SCENARIOS[self.scen]
        if known:
            word, parts, sent = r.choice(KNOWN)
            part = r.choice(parts)
            self.res = Person(r, group="Nederlands", surname=(part, word.capitalize()))
            self.res.known = True
            self.known_word, self.known_sent = word, sent
        else:
            self.res = Person(r)
            self.known_word = None
        self.fam = Person(
            r,
            group=self.res.group,
            surname=(self.res.particle, self.res.sur),
            gender="v" if self.res.gender == "m" else "m",
        )
        self.nb = Person(r)
        self.nb2 = Person(r)
        self.off = Person(r)
        self.off2 = Person(r)
        self.exp = Person(r)
        self.ins = Person(r)
        self.med = Person(r)
        self.driver = Person(r)
        self.street = r.choice(STREET_A) + r.choice(STREET_B)
        self.hn = str(r.randint(1, 180)) + r.choice(["", "", "", "a", "-2", " B", "-bis"])
        self.addr = f"{self.street} {self.hn}"
        others = [a + b for a in STREET_A for b in STREET_B if a + b != self.street]
        self.pstreet, self.pstreet2 = r.sample(others, 2)
        self.nbno = str(r.randint(1, 180))
        self.pc = make_postcode(r)
        self.phone = make_phone(r, self.area)
        self.email = make_email(r, self.res)
        self.bsn = make_bsn(r)
        self.iban = make_iban(r)
        self.plate, self.plate_land = make_plate(r)
        self.truck_plate = f"{r.randint(10, 99)}-B{r.choice(CONS)}{r.choice(CONS)}-{r.randint(1, 9)}"
        self.dob_cue, self.dob = make_dob(r)
        yy = r.choice(["25", "26"])
        self.n_as = r.choice(
            [f"AS-{yy}-{N(r, 5)}", f"AANSPR/20{yy}/{N(r, 4)}", f"ZK-AS.20{yy}.{N(r, 4)}", f"GA{yy}{N(r, 5)}"]
        )
        self.n_ins = r.choice([f"SCH{N(r, 7)}-{N(r, 2)}", f"{N(r, 2)}.{N(r, 3)}.{N(r, 3)}", f"CL-{yy}{N(r, 6)}"])
        self.n_exp = r.choice([f"EXP/{yy}/{N(r, 4)}-{r.choice(CONS)}", f"E{yy}-{N(r, 5)}", f"T.{N(r, 4)}.{yy}"])
        self.n_pv = r.choice([f"PV-{N(r, 4)}/{yy}/{N(r, 5)}", f"BVH{yy}{N(r, 7)}", f"{N(r, 4)}-{yy}-{N(r, 6)}"])
        self.n_mor = r.choice([f"MOR-20{yy}-{N(r, 6)}", f"M{yy}.{N(r, 5)}", f"BOR/{N(r, 6)}"])
        self.n_pol = r.choice([f"{N(r, 2)}-{N(r, 4)}-{N(r, 3)}", f"POL{N(r, 8)}", f"{N(r, 3)}.{N(r, 3)}.{N(r, 3)}"])
        self.n_med = r.choice([f"MED-{yy}{N(r, 3)}", f"MD/{yy}/{N(r, 4)}"])
        self.n_depot = r.choice([f"FD-{yy}-{N(r, 4)}", f"DEP{N(r, 6)}"])
        self.d_inc = date_str(r, 2026, 1, 8)
        self.d_letter = date_str(r, 2026, 9, 11)
        self.weekday = r.choice(WEEKDAYS)
        self.insurer = r.choice(INSURERS)
        self.expert_bureau = r.choice(EXPERTS)
        self.garage = r.choice(GARAGES)
        self.dept, self.dept2 = r.sample(DEPTS, 2)
        self.func, self.func2 = r.sample(FUNCS, 2)
        items = r.sample(self.sc["items"], r.randint(3, min(5, len(self.sc["items"]))))
        self.items = [(w, round(r.uniform(lo, hi) * 20) / 20) for w, lo, hi in items]
        self.total = sum(a for _, a in self.items)
        self.lamp = f"{r.randint(1, 60)}-{N(r, 3)}"
        self.treeno = f"B{N(r, 5)}"
        self.offer = round(self.total * r.uniform(0.4, 0.8) / 5) * 5
        self.muni_mail = (
            r.choice(["info", "aansprakelijkheid", "schade", "juridischezaken"]) + "@" + self.city.lower() + ".nl"
        )
        self.muni_tel = f"14 0{self.area[1:3]}"


# ----------------------------------------------------------------------------------------------- common shapes
@shape("hdr_sender_block", "sender block: name, address, postcode and city, phone and e-mail on separate lines")
def hdr_sender_block(d, c):
    lines = [c.res.f_full(d), d.p(c.addr, "ADDRESS"), f"{d.p(c.pc, 'POSTCODE')}  {d.k(c.city.upper())}"]
    if d.r.random() < 0.7:
        lines.append(f"tel. {d.p(c.phone, 'PHONE')}")
    if d.r.random() < 0.7:
        lines.append(d.p(c.email, "EMAIL"))
    return "\n".join(lines)


@shape("addr_college", "addressee: the college of mayor and aldermen")
def addr_college(d, c):
    return (
        f"Aan het {d.k('college')} van burgemeester en wethouders van de gemeente {d.k(c.city)}\nt.a.v. {d.kk(c.dept)}"
    )


@shape("addr_postbus", "addressee: municipality with a postbus line")
def addr_postbus(d, c):
    return f"{d.k('Gemeente')} {d.k(c.city)}\n{d.kk(c.dept.capitalize())}\nPostbus {d.r.randint(100, 9000)}"


@shape("place_date", "place and date line of a letter")
def place_date(d, c):
    return f"{d.k(c.city)}, {d.k(c.d_letter)}"


@shape("subj_line", "subject line of a claim letter")
def subj_line(d, c):
    return f"{d.k('Betreft')}: {d.k('aansprakelijkstelling')} wegens {c.sc['what']}"


@shape("subj_upper", "subject line in capitals with the resident's name in capitals")
def subj_upper(d, c):
    return f"{d.k('BETREFT')}: {d.k('SCHADECLAIM')} {c.scen.upper()} – {c.res.f_upper(d)}"


@shape("salut_formal", "salutation to an unknown reader")
def salut_formal(d, c):
    if d.r.random() < 0.5:
        return f"{d.k('Geachte')} heer, mevrouw,"
    return f"{d.k('Geacht')} {d.k('college')},"


@shape("salut_named", "salutation to a named person with title")
def salut_named(d, c, p):
    return f"{d.k('Geachte')} {p.title()} {p.f_sur(d)},"


NARR = {}


def narr(scen):
    def deco(f):
        NARR[scen] = f
        return f

    return deco


@narr("val")
@shape("narr_val", "claim narrative: a fall on a broken pavement tile")
def narr_val(d, c, loc):
    return (
        f"Op {d.k(c.weekday)} {d.k(c.d_inc)} ben ik {loc} gevallen over een {d.k('stoeptegel')} die een flink "
        f"stuk boven de andere uitstak. Ik ben op mijn pols en gezicht terechtgekomen en moest naar de "
        f"{d.k('Spoedeisende')} Hulp van het {d.k('ziekenhuis')}."
    )


@narr("kuil")
@shape("narr_kuil", "claim narrative: a car damaged by a pothole")
def narr_kuil(d, c, loc):
    pl = d.p(c.plate, "LICENSE_PLATE")
    return (
        f"Op {d.k(c.d_inc)} reed ik rond {d.r.randint(17, 22)}.{d.r.choice(['05', '15', '40'])} uur met mijn auto "
        f"({d.k('kenteken')} {pl}) {loc} door een diepe kuil in het {d.k('wegdek')}. De band klapte direct en "
        f"de velg is krom."
    )


@narr("tak")
@shape("narr_tak", "claim narrative: a falling branch on a parked car")
def narr_tak(d, c, loc):
    pl = d.p(c.plate, "LICENSE_PLATE")
    return (
        f"In de nacht van {d.k(c.d_inc)} is er een grote tak afgebroken van de gemeentelijke boom "
        f"({d.k('boomnummer')} {c.treeno}) {loc}. De tak kwam terecht op mijn geparkeerde auto met "
        f"{d.k('kenteken')} {pl}."
    )


@narr("kelder")
@shape("narr_kelder", "claim narrative: a flooded cellar after sewer works")
def narr_kelder(d, c, loc):
    return (
        f"Sinds de {d.k('rioolwerkzaamheden')} {loc} in {d.k(MONTHS[d.r.randint(0, 6)])} is mijn kelder twee "
        f"keer ondergelopen. Na de hevige bui van {d.k(c.d_inc)} stond er water tot aan de derde traptrede."
    )


@narr("fiets")
@shape("narr_fiets", "claim narrative: a bike taken away by enforcement")
def narr_fiets(d, c, loc):
    return (
        f"Op {d.k(c.d_inc)} heb ik mijn fiets netjes in het {d.k('fietsenrek')} {loc} gezet. Toen ik "
        f"terugkwam, was hij weg: {d.k('handhavers')} hadden hem meegenomen naar het {d.k('fietsdepot')} "
        f"({d.k('depotnummer')} {d.p(c.n_depot, 'CASE_NUMBER')})."
    )


@narr("wagen")
@shape("narr_wagen", "claim narrative: damage by a municipal truck")
def narr_wagen(d, c, loc):
    pl = d.p(c.plate, "LICENSE_PLATE")
    tp = d.p(c.truck_plate, "LICENSE_PLATE")
    return (
        f"Op {d.k(c.d_inc)} heeft een {d.k('vrachtwagen')} van de {d.k('reiniging')} ({tp}) bij het keren "
        f"{loc} mijn geparkeerde auto ({pl}) geraakt. De chauffeur heeft een {d.k('schadeformulier')} ingevuld."
    )


@shape("loc_lamp", "location by a lamppost number on a street")
def loc_lamp(d, c):
    return f"bij {d.k('lichtmast')} {c.lamp} aan de {d.p(c.pstreet, 'ADDRESS')}"


@shape("loc_cross", "location at a crossing of two streets")
def loc_cross(d, c):
    return f"op de {d.k('kruising')} {d.p(c.pstreet, 'ADDRESS')} / {d.p(c.pstreet2, 'ADDRESS')}"


@shape("loc_terhoogte", "location 'ter hoogte van' a house number")
def loc_terhoogte(d, c):
    return f"ter hoogte van {d.p(c.pstreet + ' ' + c.nbno, 'ADDRESS')}"


@shape("loc_tegenover", "location opposite a house number of a street")
def loc_tegenover(d, c):
    return f"tegenover huisnummer {c.nbno} aan de {d.p(c.pstreet, 'ADDRESS')}"


@shape("loc_own", "location in front of the resident's own house")
def loc_own(d, c):
    return f"voor mijn woning aan de {d.p(c.addr, 'ADDRESS')}"


LOCS = [loc_lamp, loc_cross, loc_terhoogte, loc_tegenover, loc_own]


def loc(d, c):
    return d.r.choice(LOCS)(d, c)


@shape("liab_stmt", "statement holding the municipality liable")
def liab_stmt(d, c):
    return (
        f"De gemeente is als {d.k('wegbeheerder')} verantwoordelijk voor een veilige openbare ruimte. Ik stel de "
        f"gemeente daarom {d.k('aansprakelijk')} voor de schade die ik heb geleden."
    )


@shape("liab_melding", "statement that the defect had been reported before, with a report number")
def liab_melding(d, c):
    return (
        f"Het gebrek was al eerder gemeld via de {d.k('Fixi')}-app ({d.k('meldnummer')} "
        f"{d.p(c.n_mor, 'CASE_NUMBER')}), maar er is niets mee gedaan."
    )


@shape("dmg_list_dash", "damage list: dash lines 'item: € amount'")
def dmg_list_dash(d, c):
    lines = [f"{d.k('Schadeoverzicht')}:"]
    for w, a in c.items:
        lines.append(f"- {w}: € {d.k(eur(a))}")
    return "\n".join(lines)


@shape("dmg_list_num", "damage list: numbered lines with dotted leaders")
def dmg_list_num(d, c):
    lines = [f"{d.k('Specificatie')} van de schade"]
    for n, (w, a) in enumerate(c.items, 1):
        lines.append(f"{n}. {w} ........ {d.k(eur(a))} euro")
    return "\n".join(lines)


@shape("dmg_list_tab", "damage list: tab-separated table with a header row")
def dmg_list_tab(d, c):
    lines = [f"{d.k('Post')}\t{d.k('Bedrag')}\t{d.k('Bewijs')}"]
    for w, a in c.items:
        lines.append(f"{w}\t€ {d.k(eur(a))}\t{d.r.choice(['bon', 'factuur', 'offerte', 'schatting'])}")
    return "\n".join(lines)


@shape("dmg_total", "total line of a damage list")
def dmg_total(d, c):
    return f"{d.k('Totaal')}: € {d.k(eur(c.total))}"


@shape("pay_iban", "payment request with IBAN and account holder")
def pay_iban(d, c):
    return (
        f"Ik verzoek u het bedrag binnen vier weken over te maken op rekening {d.p(c.iban, 'IBAN')} t.n.v. "
        f"{c.res.f_init(d)}."
    )


@shape("photo_inline", "photos named inline by file name with the resident's name in it")
def photo_inline(d, c):
    h = c.res.f_handle(d)
    return (
        f"{d.k('Bijgevoegd')} zijn de foto's {h}-{c.scen}-01.jpg en {h}-{c.scen}-02.jpg en de "
        f"{d.k('factuur')} van de {d.r.choice(['apotheek', 'garage', 'reparateur'])}."
    )


@shape("pv_line", "sentence with a police report number")
def pv_line(d, c):
    return (
        f"Van het voorval is {d.k('aangifte')} gedaan bij de {d.k('politie')} "
        f"({d.k('registratienummer')} {d.p(c.n_pv, 'CASE_NUMBER')})."
    )


@shape("id_line", "line with date of birth and BSN, as asked for by the insurer")
def id_line(d, c):
    return f"{d.k('Gevraagde')} gegevens: {c.dob_cue}{d.p(c.dob, 'DATE_OF_BIRTH')}, BSN {d.p(c.bsn, 'BSN')}."


@shape("fam_mention", "a family member sharing the family name")
def fam_mention(d, c):
    rel = d.r.choice(["echtgenote", "dochter", "zus"] if c.fam.gender == "v" else ["echtgenoot", "zoon", "broer"])
    return f"Mijn {rel} {c.fam.f_full(d)} was erbij en kan dit bevestigen; {c.fam.hij()} is bereikbaar via mij."


@shape("known_use", "the ordinary, lower-case use of the word in a known resident's name")
def known_use(d, c):
    d.k(c.known_word)
    s = c.known_sent.format(w=c.known_word, hij=c.res.hij())
    return f"{d.k('Overigens')}: {s}."


@shape("close_letter", "closing of a letter with the resident's name")
def close_letter(d, c):
    return (
        f"{d.r.choice(['Met vriendelijke groet', 'Hoogachtend', 'In afwachting van uw reactie'])},\n\n{c.res.f_full(d)}"
    )


@shape("close_initials", "closing with initials and surname")
def close_initials(d, c):
    return f"{d.k('Hoogachtend')},\n{c.res.f_init(d)}"


@shape("contact_muni", "generic municipal contact data")
def contact_muni(d, c):
    return (
        f"{d.k('Vragen')}? Bel {d.k(c.muni_tel)} of mail naar {d.k(c.muni_mail)} en vermeld uw "
        f"{d.k('kenmerk')} {d.p(c.n_as, 'CASE_NUMBER')}."
    )


# ----------------------------------------------------------------------------------------------- K1 claim letter
@shape("K_claim_letter", "document kind: a resident's claim letter with a list of damages")
def k_claim_letter(d, c):
    r = d.r
    parts = [
        hdr_sender_block(d, c),
        r.choice([addr_college, addr_postbus])(d, c),
        place_date(d, c),
        r.choice([subj_line, subj_upper])(d, c),
        salut_formal(d, c),
        NARR[c.scen](d, c, loc(d, c)),
    ]
    if c.known_word:
        parts.append(known_use(d, c))
    mid = [liab_stmt(d, c)]
    if r.random() < 0.5:
        mid.append(liab_melding(d, c))
    if r.random() < 0.5:
        mid.append(fam_mention(d, c))
    if r.random() < 0.4:
        mid.append(pv_line(d, c))
    parts.append(" ".join(mid))
    parts.append(r.choice([dmg_list_dash, dmg_list_num, dmg_list_tab])(d, c))
    parts.append(dmg_total(d, c))
    parts.append(pay_iban(d, c) + " " + photo_inline(d, c))
    if r.random() < 0.3:
        parts.append(id_line(d, c))
    parts.append(r.choice([close_letter, close_initials])(d, c))
    return "\n\n".join(parts)


# ----------------------------------------------------------------------------------------------- K2 file note
@shape("note_hdr", "file note header with case number")
def note_hdr(d, c):
    return f"{d.k('DOSSIERNOTITIE')} – {d.k('zaak')} {d.p(c.n_as, 'CASE_NUMBER')}"


@shape("note_meta", "file note meta lines: handler, date, claimant")
def note_meta(d, c):
    return (
        f"{d.k('Behandelaar')}: {c.off.f_init(d)} ({c.func}, {d.kk(c.dept)})\n"
        f"{d.k('Datum')}: {d.k(c.d_letter)}\n"
        f"{d.k('Claimant')}: {c.res.short_title(d.r)} {c.res.f_full(d)}, {d.p(c.addr, 'ADDRESS')}, "
        f"{d.p(c.pc, 'POSTCODE')} {d.k(c.city)}"
    )


@shape("note_claimant_dob", "file note line: claimant with date of birth without cue in brackets")
def note_claimant_dob(d, c):
    return f"{d.k('Betrokkene')}: {c.res.f_init(d)} ({d.p(c.dob, 'DATE_OF_BIRTH')})"


@shape("note_mor", "file note bullet: earlier report in the public space system")
def note_mor(d, c):
    return (
        f"- {d.k('Melding')} {d.p(c.n_mor, 'CASE_NUMBER')} over dit gebrek kwam binnen op "
        f"{d.k(date_str(d.r, 2025, 3, 12))}; status toen: 'in behandeling'."
    )


@shape("note_inspect", "file note bullet: road inspection round")
def note_inspect(d, c):
    return (
        f"- {d.k('Inspectieronde')} {d.kk(c.dept2)}: laatste schouw {d.r.randint(3, 14)} weken voor het "
        f"voorval, toen geen {d.k('hoogteverschil')} boven de norm vastgesteld."
    )


@shape("note_assess", "file note bullet: first assessment of liability")
def note_assess(d, c):
    return (
        f"- {d.k('Beoordeling')}: {d.r.choice(['aansprakelijkheid waarschijnlijk', 'aansprakelijkheid betwist', 'eerst expertise afwachten'])}"
        f" (art. 6:174 {d.k('BW')})."
    )


@shape("note_call", "file note bullet: phone contact with claimant, with phone number")
def note_call(d, c):
    return (
        f"- {d.k('Telefonisch')} contact met {c.res.f_titled(d)} op {d.p(c.phone, 'PHONE')}; "
        f"{c.res.hij()} stuurt nog foto's."
    )


@shape("note_fwd", "file note bullet: forwarded to the insurer under its claim number")
def note_fwd(d, c):
    return f"- {d.k('Doorgezet')} naar {d.kk(c.insurer)}, {d.k('schadenummer')} {d.p(c.n_ins, 'CASE_NUMBER')}."


@shape("note_plate", "file note bullet: vehicle data with plate and country")
def note_plate(d, c):
    land = f" ({c.plate_land} {d.k('kenteken')})" if c.plate_land else ""
    return f"- {d.k('Voertuig')}: {d.p(c.plate, 'LICENSE_PLATE')}{land}, eigenaar {c.res.f_init(d)}."


@shape("note_action", "file note action line with deadline weekday")
def note_action(d, c):
    return (
        f"{d.k('Actie')}: {c.off2.f_first(d)} {d.r.choice(['vraagt beheergegevens op', 'plant een schouw', 'belt de aannemer'])}"
        f" vóór {d.k(d.r.choice(WEEKDAYS))}."
    )


@shape("K_file_note", "document kind: a claims handler's file note")
def k_file_note(d, c):
    r = d.r
    parts = [note_hdr(d, c), note_meta(d, c)]
    if r.random() < 0.5:
        parts.append(note_claimant_dob(d, c))
    bullets = [f(d, c) for f in r.sample([note_mor, note_inspect, note_assess, note_call, note_fwd], r.randint(3, 5))]
    if c.scen in CAR:
        bullets.append(note_plate(d, c))
    if c.known_word:
        bullets.append("- " + known_use(d, c))
    parts.append("\n".join(bullets))
    parts.append(note_action(d, c))
    return "\n".join(parts)


# ----------------------------------------------------------------------------------------------- K3 insurer letter
@shape("ins_hdr", "insurer letterhead with department")
def ins_hdr(d, c):
    return f"{d.kk(c.insurer)} | {d.k('Afdeling')} {d.k('Schade')} {d.k('Overheden')}"


@shape("ins_refs", "insurer reference block: your ref, our ref, insured party")
def ins_refs(d, c):
    return (
        f"{d.k('Uw')} kenmerk: {d.p(c.n_as, 'CASE_NUMBER')}\n{d.k('Ons')} kenmerk: {d.p(c.n_ins, 'CASE_NUMBER')}\n"
        f"{d.k('Verzekerde')}: gemeente {d.k(c.city)}\n{d.k('Benadeelde')}: {c.res.f_init(d)}"
    )


@shape("ins_body", "insurer letter body: handling on behalf of the municipality")
def ins_body(d, c):
    return (
        f"Namens onze verzekerde, de gemeente {d.k(c.city)}, behandelen wij uw {d.k('aansprakelijkstelling')} "
        f"van {d.k(c.d_letter)} over {c.sc['what'].replace('mijn', 'uw')}."
    )


@shape("ins_request", "insurer letter: request for documents")
def ins_request(d, c):
    return (
        f"Om uw claim te beoordelen ontvangen wij graag: originele {d.k('nota')}'s, foto's van de plek en, "
        f"indien van toepassing, het {d.k('polisnummer')} van uw eigen verzekering "
        f"(wij noteerden {d.p(c.n_pol, 'CASE_NUMBER')})."
    )


@shape("ins_expert", "insurer letter: appointment of a loss adjuster by name")
def ins_expert(d, c):
    return (
        f"Wij hebben {d.kk(c.expert_bureau)} gevraagd de schade vast te stellen. {d.k('Schade-expert')} "
        f"{c.exp.f_full(d)} neemt binnen vijf werkdagen contact met u op (dossier {d.p(c.n_exp, 'CASE_NUMBER')})."
    )


@shape("ins_sign", "insurer sign-off with handler name and direct phone")
def ins_sign(d, c):
    ph = make_phone(d.r, "088")
    return (
        f"{d.k('Met')} vriendelijke groet,\n{c.ins.f_full(d)}\n{d.k('Claimbehandelaar')}\n"
        f"{d.k('Direct')}: {d.p(ph, 'PHONE')}"
    )


@shape("K_insurer_letter", "document kind: the municipality's insurer writes to the claimant")
def k_insurer_letter(d, c):
    r = d.r
    parts = [ins_hdr(d, c), ins_refs(d, c), salut_named(d, c, c.res), ins_body(d, c)]
    if c.known_word:
        parts.append(known_use(d, c))
    for f in r.sample([ins_request, ins_expert], r.randint(1, 2)):
        parts.append(f(d, c))
    parts.append(ins_sign(d, c))
    return "\n\n".join(parts)


# ----------------------------------------------------------------------------------------------- K4 expert report
@shape("exp_hdr", "expert report header with bureau and dossier number")
def exp_hdr(d, c):
    return f"{d.k('EXPERTISERAPPORT')} {d.p(c.n_exp, 'CASE_NUMBER')} – {d.kk(c.expert_bureau)}"


@shape("exp_table", "expert report: colon-aligned data table")
def exp_table(d, c):
    rows = [
        f"{d.k('Opdrachtgever')}  : {d.kk(c.insurer)} ({d.p(c.n_ins, 'CASE_NUMBER')})",
        f"{d.k('Benadeelde')}     : {c.res.f_full(d)}",
        f"{d.k('Adres')}          : {d.p(c.addr, 'ADDRESS')}, {d.p(c.pc, 'POSTCODE')} {d.k(c.city)}",
        f"{d.k('Opname')}         : {d.k(c.d_letter)}",
    ]
    if c.scen in CAR:
        rows.append(f"{d.k('Object')}         : personenauto {d.p(c.plate, 'LICENSE_PLATE')}")
    return "\n".join(rows)


@shape("exp_toedracht", "expert report: toedracht paragraph with location")
def exp_toedracht(d, c):
    return (
        f"{d.k('Toedracht')}\nVolgens benadeelde betreft het {c.sc['what'].replace('mijn', 'haar' if c.res.gender == 'v' else 'zijn')}"
        f", {loc(d, c)}. {d.k('Ondergetekende')} heeft de plek op {d.k(c.weekday)} bezocht."
    )


@shape("exp_omvang", "expert report: extent of damage with amounts")
def exp_omvang(d, c):
    lines = [f"{d.k('Schadeomvang')}"]
    for w, a in c.items[:3]:
        lines.append(f"  {w:<32} € {d.k(eur(a))}")
    return "\n".join(lines)


@shape("exp_dagwaarde", "expert report: depreciation sentence")
def exp_dagwaarde(d, c):
    pct = d.r.choice([10, 15, 20, 25, 30])
    return f"{d.k('Afschrijving')} wegens ouderdom: {pct}%. {d.k('Dagwaarde')} na aftrek: € {d.k(eur(c.total * (100 - pct) / 100))}."


@shape("exp_concl", "expert report: conclusion with neighbour statement reference")
def exp_concl(d, c):
    return (
        f"{d.k('Conclusie')}: de schade past bij de opgegeven toedracht. De verklaring van buurtbewoner "
        f"{c.nb.f_full(d)} ({d.p(c.pstreet + ' ' + c.nbno, 'ADDRESS')}) ondersteunt dit."
    )


@shape("K_expert_report", "document kind: a loss adjuster's report")
def k_expert_report(d, c):
    r = d.r
    parts = [exp_hdr(d, c), exp_table(d, c), exp_toedracht(d, c)]
    if c.known_word:
        parts.append(known_use(d, c))
    parts.append(exp_omvang(d, c))
    if r.random() < 0.6:
        parts.append(exp_dagwaarde(d, c))
    parts.append(exp_concl(d, c))
    parts.append(f"{c.exp.f_init(d)}, {d.k('register-expert')}")
    return "\n\n".join(parts)


# ----------------------------------------------------------------------------------------------- K5 witness statement
@shape("wit_title", "witness statement title")
def wit_title(d, c):
    return f"{d.k('GETUIGENVERKLARING')} bij {d.k('schadeclaim')} {d.p(c.n_as, 'CASE_NUMBER')}"


@shape("wit_intro", "witness introduces self: name, address, date of birth")
def wit_intro(d, c):
    cue, dob = make_dob(d.r)
    cue = cue or "geboren "
    return (
        f"{d.k('Ondergetekende')}, {c.nb.f_full(d)}, wonende {d.p(c.pstreet + ' ' + c.nbno, 'ADDRESS')} te "
        f"{d.k(c.city)}, {cue}{d.p(dob, 'DATE_OF_BIRTH')}, verklaart het volgende."
    )


@shape("wit_saw", "witness: what I saw, first person, naming the resident by first name")
def wit_saw(d, c):
    return (
        f"Ik stond op {d.k(c.d_inc)} bij het raam en zag dat {c.res.f_first(d)} {loc(d, c)} "
        f"{'ten val kwam' if c.scen == 'val' else 'bij de auto stond' if c.scen in CAR else 'water uit de kelder pompte' if c.scen == 'kelder' else 'het lege fietsenrek aanwees'}."
    )


@shape("wit_relation", "witness: relation to the resident with title and surname")
def wit_relation(d, c):
    return (
        f"Ik ken {c.res.f_titled(d)} als {d.r.choice(['bewoner van nummer ' + c.hn.split()[0], 'overbuur', 'lid van de bewonerscommissie'])}; "
        f"{c.res.hij()} woont al jaren in de straat."
    )


@shape("wit_poss", "witness: possessive form of the resident's first name")
def wit_poss(d, c):
    return f"{c.res.f_poss(d)} {d.r.choice(['schoen', 'jas', 'telefoon', 'auto', 'fiets'])} lag nog op de {d.k('stoep')} toen ik naar buiten liep."


@shape("wit_sign", "witness sign-off: truthfully filled in, place, date, signature")
def wit_sign(d, c):
    return f"{d.k('Naar')} waarheid ingevuld te {d.k(c.city)} op {d.k(c.d_letter)}.\n{d.k('Handtekening')}: {c.nb.f_init(d)}"


@shape("wit_phone", "witness adds own phone number for the insurer")
def wit_phone(d, c):
    return f"{d.k('Voor')} vragen ben ik bereikbaar op {d.p(make_phone(d.r, c.area), 'PHONE')}."


@shape("K_witness", "document kind: a neighbour's witness statement")
def k_witness(d, c):
    r = d.r
    parts = [wit_title(d, c), wit_intro(d, c), wit_saw(d, c)]
    if c.known_word:
        parts.append(known_use(d, c))
    for f in r.sample([wit_relation, wit_poss, wit_phone], r.randint(1, 3)):
        parts.append(f(d, c))
    parts.append(wit_sign(d, c))
    return "\n".join(parts)


# ----------------------------------------------------------------------------------------------- K6 garage quote
@shape("gar_hdr", "garage quote header with quote date")
def gar_hdr(d, c):
    return f"{d.kk(c.garage)} – {d.k('OFFERTE')} {d.k('SCHADEHERSTEL')}\n{d.k('Datum')}: {d.k(c.d_letter)}"


@shape("gar_client", "garage quote: customer, plate, make")
def gar_client(d, c):
    make = d.r.choice(["Volkswagen Polo", "Toyota Yaris", "Kia Picanto", "Opel Astra", "Renault Clio", "Peugeot 208"])
    return (
        f"{d.k('Klant')}: {c.res.f_init(d)}, {d.p(c.addr, 'ADDRESS')}, {d.p(c.pc, 'POSTCODE')} {d.k(c.city)}\n"
        f"{d.k('Voertuig')}: {d.kk(make)}, {d.k('kenteken')} {d.p(c.plate, 'LICENSE_PLATE')}"
    )


@shape("gar_lines", "garage quote: part and labour lines with hours")
def gar_lines(d, c):
    lines = []
    for w, a in c.items[:3]:
        lines.append(f"{w.upper():<30}{eur(a):>10}")
    hrs = d.r.choice(["2,5", "3,0", "4,5", "6,0"])
    lines.append(f"{d.k('Arbeid')} {hrs} uur à € {d.k('79,50')}")
    return "\n".join(lines)


@shape("gar_totals", "garage quote: totals excluding and including VAT")
def gar_totals(d, c):
    return f"{d.k('Subtotaal')} excl. btw: € {d.k(eur(c.total / 1.21))}\n{d.k('Totaal')} incl. 21% btw: € {d.k(eur(c.total))}"


@shape("gar_note", "garage quote: note on the cause of damage and the plate without dashes")
def gar_note(d, c):
    compact_plate = re.sub(r"[-\s]", "", c.plate)
    return (
        f"{d.k('Opmerking')}: schadebeeld past bij {c.sc['what'].replace('mijn', 'de')}. "
        f"{d.k('Werkorder')} op {d.p(compact_plate, 'LICENSE_PLATE')} pas na akkoord verzekeraar."
    )


@shape("K_garage_quote", "document kind: a garage's repair quote")
def k_garage_quote(d, c):
    parts = [gar_hdr(d, c), gar_client(d, c), gar_lines(d, c), gar_totals(d, c)]
    if d.r.random() < 0.6:
        parts.append(gar_note(d, c))
    if c.known_word:
        parts.append(known_use(d, c))
    return "\n\n".join(parts)


# ----------------------------------------------------------------------------------------------- K7 attachments list
@shape("att_hdr", "attachment list header with claim number")
def att_hdr(d, c):
    return f"{d.k('Bijlagen')} bij {d.k('schadeclaim')} {d.p(c.n_as, 'CASE_NUMBER')} ({c.res.f_full(d)})"


@shape("att_img", "attachment line: camera file name with description")
def att_img(d, c, n):
    return f"{n}. IMG_2026{d.r.randint(1, 8):02d}{d.r.randint(10, 28)}_{N(d.r, 4)}.jpg – {d.k('overzicht')} van de plek"


@shape("att_named", "attachment line: file name holding the resident's surname in lower case")
def att_named(d, c, n):
    return f"{n}. {c.scen}-{c.res.f_handle(d)}-{n:02d}.jpg – {d.k('detail')} {d.r.choice(['schade', 'ondergrond', 'meetlint'])}"


@shape("att_upper_name", "attachment line: scanned form with name in capitals")
def att_upper_name(d, c, n):
    return f"{n}. {d.k('Schadeformulier')} {c.res.f_upper(d)} (scan, 2 pagina's)"


@shape("att_pdf", "attachment line: quote or invoice pdf")
def att_pdf(d, c, n):
    return f"{n}. {d.k('factuur')}_{c.scen}_{N(d.r, 4)}.pdf – € {d.k(eur(c.total))}"


@shape("att_pv", "attachment line: police report with number")
def att_pv(d, c, n):
    return f"{n}. {d.k('Proces-verbaal')} {d.p(c.n_pv, 'CASE_NUMBER')}"


@shape("att_wa", "attachment line: screenshot of a message with the neighbour's phone")
def att_wa(d, c, n):
    return f"{n}. {d.k('Schermafbeelding')} bericht van {c.nb.f_first(d)} ({d.p(make_phone(d.r, c.area), 'PHONE')})"


@shape("K_attachments", "document kind: a list of attachments and photos by file name")
def k_attachments(d, c):
    r = d.r
    fs = [att_img, att_img, att_pdf, att_pv, att_wa, att_upper_name] + ([] if c.known_word else [att_named, att_named])
    chosen = r.sample(fs, r.randint(4, 6))
    lines = [att_hdr(d, c)] + [f(d, c, n) for n, f in enumerate(chosen, 1)]
    tail = f"{d.k('Ingediend')} via het {d.k('webformulier')} op {d.k(c.d_letter)}; {d.k('contact')}: {d.p(c.email, 'EMAIL')}."
    if c.known_word:
        tail += " " + known_use(d, c)
    lines.append(tail)
    return "\n".join(lines)


# ----------------------------------------------------------------------------------------------- K8 refusal letter
@shape("ref_hdr", "municipal letterhead with team and reference")
def ref_hdr(d, c):
    return (
        f"{d.k('Gemeente')} {d.k(c.city)} | {d.kk(c.dept)}\n{d.k('Ons')} kenmerk: {d.p(c.n_as, 'CASE_NUMBER')}\n"
        f"{d.k('Behandeld')} door: {c.off.f_full(d)}, {c.func}"
    )


@shape("ref_addressee", "addressee block of a municipal letter")
def ref_addressee(d, c):
    return f"{c.res.short_title(d.r)} {c.res.f_init(d)}\n{d.p(c.addr, 'ADDRESS')}\n{d.p(c.pc, 'POSTCODE')} {d.k(c.city.upper())}"


@shape("ref_subj", "subject: refusal of a claim")
def ref_subj(d, c):
    return f"{d.k('Onderwerp')}: {d.k('afwijzing')} van uw {d.k('aansprakelijkstelling')}"


@shape("ref_recv", "refusal: receipt of the claim letter")
def ref_recv(d, c):
    return (
        f"Op {d.k(c.d_letter)} ontvingen wij uw brief waarin u de gemeente aansprakelijk stelt voor "
        f"{c.sc['what'].replace('mijn', 'uw')} op {d.k(c.d_inc)}."
    )


@shape("ref_reason_inspect", "refusal reason: reasonable inspection policy")
def ref_reason_inspect(d, c):
    return (
        f"De gemeente inspecteert de openbare ruimte volgens een vast {d.k('inspectieschema')}. Bij de laatste "
        f"inspectie is geen gebrek vastgesteld. Een wegbeheerder hoeft niet elk gebrek direct te herstellen."
    )


@shape("ref_reason_hoogte", "refusal reason: height difference below the norm")
def ref_reason_hoogte(d, c):
    mm = d.r.choice([8, 12, 15, 18])
    return (
        f"Het {d.k('hoogteverschil')} dat wij ter plaatse hebben gemeten, bedroeg {mm} millimeter. Volgens vaste "
        f"rechtspraak hoeft een voetganger met dergelijke oneffenheden rekening te houden."
    )


@shape("ref_reason_storm", "refusal reason: storm as force majeure, tree was healthy")
def ref_reason_storm(d, c):
    return (
        f"De boom is in {d.k(MONTHS[d.r.randint(0, 5)])} nog gecontroleerd bij de {d.k('boomveiligheidscontrole')} "
        f"en was gezond. Het afbreken is het gevolg van uitzonderlijke windstoten."
    )


@shape("ref_reason_fiets", "refusal reason: bike was outside the racks after a warning label")
def ref_reason_fiets(d, c):
    return (
        f"Uw fiets stond buiten de vakken en had al zeven dagen een {d.k('waarschuwingslabel')}. De "
        f"{d.k('handhavers')} handelden volgens de {d.k('Algemene')} {d.k('Plaatselijke')} {d.k('Verordening')}."
    )


@shape("ref_reason_generic", "refusal reason: no causal link shown")
def ref_reason_generic(d, c):
    return f"U heeft niet aangetoond dat de schade is veroorzaakt door een {d.k('gebrek')} aan een gemeentelijke voorziening."


@shape("ref_remedy", "refusal: route to the civil court, no objection procedure")
def ref_remedy(d, c):
    return (
        f"Tegen deze brief kunt u geen {d.k('bezwaar')} maken. Bent u het er niet mee eens, dan kunt u zich "
        f"wenden tot de {d.k('kantonrechter')} of het {d.k('Juridisch')} {d.k('Loket')}."
    )


@shape("ref_sign", "refusal sign-off on behalf of the college")
def ref_sign(d, c):
    return f"{d.k('Namens')} het college,\n\n{c.off2.f_init(d)}\n{c.func2}, {d.kk(c.dept2)}"


@shape("K_refusal", "document kind: a refusal letter with reasons")
def k_refusal(d, c):
    r = d.r
    reason = {"val": ref_reason_hoogte, "tak": ref_reason_storm, "fiets": ref_reason_fiets}.get(
        c.scen, ref_reason_generic
    )
    parts = [ref_hdr(d, c), ref_addressee(d, c), ref_subj(d, c), salut_named(d, c, c.res), ref_recv(d, c)]
    if c.known_word:
        parts.append(known_use(d, c))
    body = [reason(d, c)]
    if r.random() < 0.6:
        body.insert(0, ref_reason_inspect(d, c))
    parts.append(" ".join(body))
    parts.append(ref_remedy(d, c))
    if r.random() < 0.5:
        parts.append(contact_muni(d, c))
    parts.append(ref_sign(d, c))
    return "\n\n".join(parts)


# ----------------------------------------------------------------------------------------------- K9 mediator notes
@shape("med_hdr", "mediation report header with mediation number")
def med_hdr(d, c):
    return (
        f"{d.k('Verslag')} {d.k('mediationgesprek')} {d.p(c.n_med, 'CASE_NUMBER')} – {d.k(c.weekday)} {d.k(c.d_letter)}"
    )


@shape("med_present", "mediation: list of those present with functions")
def med_present(d, c):
    return (
        f"{d.k('Aanwezig')}: {c.res.f_full(d)} (verzoeker), {c.fam.f_first(d)} (partner), {c.off.f_full(d)} "
        f"({c.func}, {d.kk(c.dept)}), {c.med.f_init(d)} ({d.k('mediator')})"
    )


@shape("med_pos", "mediation: the parties' positions")
def med_pos(d, c):
    return (
        f"{c.res.f_sur(d)} houdt vast aan het volledige bedrag van € {d.k(eur(c.total))}. De gemeente erkent "
        f"dat {c.sc['obj']} niet in orde was, maar betwist de hoogte van de post '{c.items[0][0]}'."
    )


@shape("med_settle", "mediation: settlement amount, IBAN and final discharge")
def med_settle(d, c):
    return (
        f"{d.k('Vaststellingsovereenkomst')}: de gemeente betaalt € {d.k(eur(c.offer))} op {d.p(c.iban, 'IBAN')}, "
        f"zonder erkenning van {d.k('aansprakelijkheid')}; daarmee is sprake van {d.k('finale')} kwijting."
    )


@shape("med_follow", "mediation: follow-up actions with names")
def med_follow(d, c):
    return (
        f"{d.k('Afspraak')}: {c.off.f_first(d)} zorgt vóór {d.k(date_str(d.r, 2026, 11, 12))} voor betaling; "
        f"{c.med.f_sur(d)} stuurt het verslag naar {d.p(c.email, 'EMAIL')}."
    )


@shape("K_mediation", "document kind: mediator notes on a settlement")
def k_mediation(d, c):
    parts = [med_hdr(d, c), med_present(d, c), med_pos(d, c)]
    if c.known_word:
        parts.append(known_use(d, c))
    parts += [med_settle(d, c), med_follow(d, c)]
    return "\n".join(parts)


# ----------------------------------------------------------------------------------------------- K10 e-mail thread
@shape("mail_hdr", "e-mail header lines: from with address, to, subject with claim number")
def mail_hdr(d, c):
    return (
        f"{d.k('Van')}: {c.res.f_full(d)} <{d.p(c.email, 'EMAIL')}>\n{d.k('Aan')}: {d.k(c.muni_mail)}\n"
        f"{d.k('Onderwerp')}: RE: {d.k('schadeclaim')} {d.p(c.n_as, 'CASE_NUMBER')}"
    )


@shape("mail_body", "e-mail body: resident asks about the state of the claim, signs with first name")
def mail_body(d, c):
    return (
        f"{d.k('Goedemiddag')},\n\nIk heb nog steeds niets gehoord van {d.kk(c.insurer)} over mijn claim "
        f"({d.k('hun')} nummer {d.p(c.n_ins, 'CASE_NUMBER')}). Kunt u laten weten wanneer de expert komt?\n\n"
        f"{d.k('Groet')},\n{c.res.f_first(d)}\n{d.p(c.phone, 'PHONE')}"
    )


@shape("mail_quote", "quoted earlier message 'Op … schreef …' by an official")
def mail_quote(d, c):
    return (
        f"> {d.k('Op')} {d.k(date_str(d.r, 2026, 8, 10))} schreef {c.off.f_full(d)}:\n> Uw claim is doorgestuurd "
        f"naar onze {d.k('verzekeraar')}. U hoort binnen zes weken van hen."
    )


@shape("mail_lower", "informal e-mail line with the surname in lower case")
def mail_lower(d, c):
    return f"> ps. de map in het zaaksysteem heet '{c.res.f_handle(d)} {c.scen}' voor wie hem zoekt."


@shape("K_mail_thread", "document kind: e-mail thread between resident and municipality")
def k_mail_thread(d, c):
    parts = [mail_hdr(d, c), mail_body(d, c)]
    if c.known_word:
        parts.append(known_use(d, c))
    parts.append(mail_quote(d, c))
    if not c.known_word and d.r.random() < 0.5:
        parts.append(mail_lower(d, c))
    return "\n\n".join(parts)


# ----------------------------------------------------------------------------------------------- K11 phone note
@shape("tel_hdr", "phone note header with time")
def tel_hdr(d, c):
    return f"{d.k('TELEFOONNOTITIE')} {d.k(c.d_letter)}, {d.r.randint(8, 16)}:{d.r.choice(['05', '20', '45'])} uur"


@shape("tel_caller", "phone note: caller with number and date of birth for verification")
def tel_caller(d, c):
    return (
        f"{d.k('Beller')}: {c.res.f_full(d)}, {d.p(c.phone, 'PHONE')} ({d.k('geverifieerd')} met "
        f"{c.dob_cue or 'geboortedatum '}{d.p(c.dob, 'DATE_OF_BIRTH')})"
    )


@shape("tel_summary", "phone note: summary of the call with location")
def tel_summary(d, c):
    return (
        f"{d.k('Samenvatting')}: {c.res.hij()} belt over {c.sc['what'].replace('mijn', c.res.zijn())} {loc(d, c)}; "
        f"wil weten of de {d.k('claim')} al bij de verzekeraar ligt."
    )


@shape("tel_callback", "phone note: call-back assignment to an official")
def tel_callback(d, c):
    return f"{d.k('Terugbelverzoek')} voor {c.off.f_init(d)} ({d.kk(c.dept)}), liefst op {d.k(c.weekday)}."


@shape("K_phone_note", "document kind: a telephone note")
def k_phone_note(d, c):
    parts = [tel_hdr(d, c), tel_caller(d, c), tel_summary(d, c)]
    if c.known_word:
        parts.append(known_use(d, c))
    parts.append(tel_callback(d, c))
    if d.r.random() < 0.5:
        parts.append(contact_muni(d, c))
    return "\n".join(parts)


# ----------------------------------------------------------------------------------------------- K12 legal aid letter
@shape("rb_hdr", "legal aid letterhead with own file number")
def rb_hdr(d, c):
    return (
        f"{d.k('Rechtsbijstand')} {d.k('Zuidwest')} | {d.k('dossier')} {d.p('RB-' + N(d.r, 6), 'CASE_NUMBER')}\n"
        f"{d.k('Betreft')}: {c.res.f_init(d)} / gemeente {d.k(c.city)}"
    )


@shape("rb_client", "legal aid: on behalf of our client with BSN and date of birth")
def rb_client(d, c):
    return (
        f"Namens onze cliënt(e), {c.res.f_full(d)}, {c.dob_cue}{d.p(c.dob, 'DATE_OF_BIRTH')}, BSN "
        f"{d.p(c.bsn, 'BSN')}, {d.k('wonende')} aan de {d.p(c.addr, 'ADDRESS')}, richten wij ons tot u."
    )


@shape("rb_facts", "legal aid: the facts in the third person, with location and date")
def rb_facts(d, c):
    what = c.sc["what"].replace("mijn", c.res.zijn())
    return (
        f"Op {d.k(c.d_inc)} leed cliënt schade door {what.removeprefix('schade aan ').removeprefix('schade door ')} "
        f"{loc(d, c)}. {d.k('Uw')} gemeente is als beheerder van {c.sc['obj']} daarvoor aansprakelijk."
    )


@shape("rb_summon", "legal aid: formal notice to pay within a term")
def rb_summon(d, c):
    return (
        f"Wij stellen u hierbij in {d.k('gebreke')} en {d.k('sommeren')} u binnen veertien dagen € "
        f"{d.k(eur(c.total))} te voldoen op rekening {d.p(c.iban, 'IBAN')}."
    )


@shape("rb_interest", "legal aid: statutory interest and costs")
def rb_interest(d, c):
    return (
        f"{d.k('Daarnaast')} maakt cliënt aanspraak op de {d.k('wettelijke')} rente en op vergoeding van de "
        f"{d.k('buitengerechtelijke')} kosten."
    )


@shape("rb_sign", "legal aid sign-off with jurist name and e-mail")
def rb_sign(d, c):
    j = Person(d.r)
    em = f"{compact(j.first)[0]}.{compact(j.surn)}@rbzuidwest.nl"
    return f"{j.f_full(d)}, {d.k('jurist')}\n{d.p(em, 'EMAIL')}"


@shape("K_legal_aid", "document kind: a legal aid insurer's notice of default on behalf of the resident")
def k_legal_aid(d, c):
    parts = [rb_hdr(d, c), salut_formal(d, c), rb_client(d, c), rb_facts(d, c)]
    if c.known_word:
        parts.append(known_use(d, c))
    parts += [rb_summon(d, c), rb_interest(d, c), rb_sign(d, c)]
    return "\n\n".join(parts)


# ----------------------------------------------------------------------------------------------- K13 driver report
@shape("trk_hdr", "municipal depot vehicle damage form header")
def trk_hdr(d, c):
    return f"{d.k('SCHADEFORMULIER')} {d.k('GEMEENTEWERF')} {d.k(c.city.upper())} – {d.k('intern')}"


@shape("trk_driver", "vehicle form: driver name, department, own vehicle plate")
def trk_driver(d, c):
    return (
        f"{d.k('Chauffeur')}: {c.driver.f_full(d)}, {d.k('Reiniging')}\n{d.k('Wagen')}: "
        f"{d.r.choice(['vuilniswagen', 'veegwagen', 'kraanwagen'])} {d.p(c.truck_plate, 'LICENSE_PLATE')}"
    )


@shape("trk_other", "vehicle form: other party with plate, name, phone")
def trk_other(d, c):
    land = f" ({c.plate_land})" if c.plate_land else ""
    return (
        f"{d.k('Tegenpartij')}: {c.res.f_full(d)}, {d.k('kenteken')} {d.p(c.plate, 'LICENSE_PLATE')}{land}, "
        f"tel {d.p(c.phone, 'PHONE')}"
    )


@shape("trk_desc", "vehicle form: description of the collision")
def trk_desc(d, c):
    return (
        f"{d.k('Omschrijving')}: bij het achteruitrijden {loc(d, c)} de {d.k('achterbumper')} van de geparkeerde "
        f"auto geraakt. {d.k('Camerabeelden')} veiliggesteld."
    )


@shape("trk_sign", "vehicle form: both parties signed, with the team leader's name")
def trk_sign(d, c):
    return f"{d.k('Getekend')} door beide partijen. {d.k('Gezien')}: {c.off2.f_init(d)}, {c.func2}."


@shape("K_truck_form", "document kind: municipal driver's damage form")
def k_truck_form(d, c):
    parts = [trk_hdr(d, c), trk_driver(d, c), trk_other(d, c), trk_desc(d, c)]
    if c.known_word:
        parts.append(known_use(d, c))
    parts.append(trk_sign(d, c))
    return "\n".join(parts)


# ----------------------------------------------------------------------------------------------- K14 bike depot
@shape("dep_hdr", "bike depot letter header with depot number")
def dep_hdr(d, c):
    return f"{d.k('Fietsdepot')} {d.k(c.city)} – {d.k('depotnummer')} {d.p(c.n_depot, 'CASE_NUMBER')}"


@shape("dep_body", "bike depot: the bike was removed, frame number, owner")
def dep_body(d, c):
    frame = f"WAW{N(d.r, 7)}"
    return (
        f"{d.k('Uw')} fiets (framenummer {frame}) is op {d.k(c.d_inc)} verwijderd {loc(d, c)}. "
        f"{d.k('Eigenaar')} volgens registratie: {c.res.f_init(d)}."
    )


@shape("dep_claim", "bike depot: resident disputes and claims costs, with IBAN")
def dep_claim(d, c):
    return (
        f"{c.res.f_sur(d)} betwist de verwijdering en vraagt € {d.k(eur(c.total))} terug op "
        f"{d.p(c.iban, 'IBAN')}; {c.res.hij()} noemt de {d.k('ophaalkosten')} onredelijk."
    )


@shape("K_depot", "document kind: bike depot notice with the resident's dispute")
def k_depot(d, c):
    parts = [dep_hdr(d, c), dep_body(d, c)]
    if c.known_word:
        parts.append(known_use(d, c))
    parts += [dep_claim(d, c), contact_muni(d, c)]
    return "\n\n".join(parts)


KINDS_ANY = [
    k_claim_letter,
    k_file_note,
    k_insurer_letter,
    k_expert_report,
    k_witness,
    k_attachments,
    k_refusal,
    k_mediation,
    k_mail_thread,
    k_phone_note,
    k_legal_aid,
]


def build(r: random.Random, i: int) -> dict:
    known = i % 4 == 1
    c = Ctx(r, known)
    d = Doc(r)
    kinds = list(KINDS_ANY)
    if c.scen in CAR:
        kinds.append(k_garage_quote)
    if c.scen == "wagen":
        kinds += [k_truck_form, k_truck_form]
    if c.scen == "fiets":
        kinds += [k_depot, k_depot]
    text = r.choice(kinds)(d, c)
    doc = {
        "id": f"fresh29c-{i:04d}",
        "text": text,
        "pii": [{"text": t, "label": lab} for t, lab in d.pii],
        "keep": list(d.keep),
    }
    if known:
        kn = {"names": [c.res.full]}
        if c.email in text:
            kn["emails"] = [c.email]
        if c.phone in text:
            kn["phones"] = [c.phone]
        doc["known"] = kn
    doc["_shapes"] = sorted(set(d.shapes))
    return doc


# ----------------------------------------------------------------------------------------------- gate
def _words(s: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", s)


def gate(doc: dict) -> str | None:
    """None if ``doc`` passes all gates, else the reason."""
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not eleven_ok(item["text"]):
            return f"bsn {item['text']}"
        if item["label"] == "IBAN" and not iban_ok(item["text"]):
            return f"iban {item['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    name_words = {
        w.lower()
        for it in doc["pii"]
        if it["label"] == "PERSON"
        for w in _words(it["text"])
        if w.lower() not in PARTICLES and len(w) > 1
    }
    known_words = {
        w.lower()
        for n in doc.get("known", {}).get("names", [])
        for w in _words(n)
        if w.lower() not in PARTICLES and len(w) > 1
    }
    for k in doc["keep"]:
        for w in _words(k):
            if w.lower() in name_words and not (w.lower() in known_words and w == w.lower()):
                return f"keep {k!r} shares {w!r} with a name"
    if "known" in doc:
        kw = [w for w in known_words if w in doc["keep"]]
        if not kw:
            return "known name without its ordinary use in keep"
    return None


def generate() -> tuple[list[dict], Counter, Counter]:
    docs, redraws, reasons = [], Counter(), Counter()
    for i in range(N_DOCS):
        attempt = 0
        while True:
            r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
            doc = build(r, i)
            why = gate({k: v for k, v in doc.items() if k != "_shapes"})
            if why is None:
                break
            reasons[why.split(":")[0].split(" ")[0]] += 1
            attempt += 1
            redraws[i] += 1
            assert attempt < 50, (i, why)
        docs.append(doc)
    return docs, redraws, reasons


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps({k: v for k, v in d.items() if k != "_shapes"}, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs, redraws, reasons = generate()
    text = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh29c_texts.jsonl is up to date" if same else "fresh29c_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        used = Counter(s for d in docs for s in d["_shapes"])
        kinds = Counter(s for d in docs for s in d["_shapes"] if s.startswith("K_"))
        print(f"documents: {len(docs)}")
        print(
            "pii per label: " + ", ".join(f"{lab} {labels[lab]}" for lab in LABELS) + f" (total {sum(labels.values())})"
        )
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(f"shapes registered: {len(SHAPES)}, used: {len(used)} (document kinds {len(kinds)})")
        print("document kinds: " + ", ".join(f"{k[2:]} {n}" for k, n in sorted(kinds.items())))
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(
            f"redraws: {sum(redraws.values())} over {len(redraws)} documents"
            + (" (" + ", ".join(f"{k} {n}" for k, n in reasons.most_common()) + ")" if reasons else "")
        )
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.relative_to(HERE.parent.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
