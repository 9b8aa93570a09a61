"""Blind anonymizer corpus fresh22c: objection procedures and legal correspondence (helper F22C, round sixteen).

Usage: make_fresh22c.py [--check | --stats]
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
from names22c import KNOWN, ORIGINS  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 202616121
N_DOCS = 300
OUT = HERE / "fresh22c_texts.jsonl"
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
MON_ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]

# municipality: (contact number, court, court code)
PLACES = {
    "Zaanstad": ("14 075", "Rechtbank Noord-Holland", "HAA"),
    "Amersfoort": ("14 033", "Rechtbank Midden-Nederland", "UTR"),
    "Deventer": ("14 0570", "Rechtbank Overijssel", "ZWO"),
    "Leeuwarden": ("14 058", "Rechtbank Noord-Nederland", "LEE"),
    "Tilburg": ("14 013", "Rechtbank Zeeland-West-Brabant", "BRE"),
    "Schiedam": ("14 010", "Rechtbank Rotterdam", "ROT"),
    "Almere": ("14 036", "Rechtbank Midden-Nederland", "LEL"),
    "Zoetermeer": ("14 079", "Rechtbank Den Haag", "SGR"),
    "Apeldoorn": ("14 055", "Rechtbank Gelderland", "ZUT"),
    "Heerlen": ("14 045", "Rechtbank Limburg", "ROE"),
    "Dordrecht": ("14 078", "Rechtbank Rotterdam", "ROT"),
    "Enschede": ("14 053", "Rechtbank Overijssel", "ZWO"),
    "Nijmegen": ("14 024", "Rechtbank Gelderland", "ARN"),
    "Zwolle": ("14 038", "Rechtbank Overijssel", "ZWO"),
    "Emmen": ("14 0591", "Rechtbank Noord-Nederland", "ASS"),
    "Vlaardingen": ("14 010", "Rechtbank Rotterdam", "ROT"),
}
ECLI_COURTS = [
    "CRVB",
    "RVS",
    "HR",
    "RBAMS",
    "RBROT",
    "RBMNE",
    "RBGEL",
    "RBOVE",
    "RBNHO",
    "RBDHA",
    "RBZWB",
    "RBLIM",
    "RBNNE",
    "GHARL",
]
PROVIDERS = [
    "ziggo.nl",
    "kpnmail.nl",
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "live.nl",
    "xs4all.nl",
    "planet.nl",
    "icloud.com",
    "proton.me",
]
BANKS = ["ABNA", "RABO", "INGB", "ASNB", "TRIO", "SNSB", "KNAB", "BUNQ", "RBRB"]
STREET_A = [
    "Hooi",
    "Ooievaar",
    "Meidoorn",
    "Vlas",
    "Kastanje",
    "Zeger",
    "Bleek",
    "Kogge",
    "Ravel",
    "Sitar",
    "Kornoelje",
    "Varen",
    "Tjalk",
    "Pelikaan",
    "Lisdodde",
    "Wederik",
    "Karveel",
    "Zwaluw",
    "Klaproos",
    "Boekweit",
    "Ganzerik",
    "Duizendblad",
    "Schoener",
    "Roerdomp",
]
STREET_B = ["straat", "laan", "hof", "plein", "singel", "gracht", "weg", "erf", "dreef", "kade", "pad", "wal"]

# topic: (decision objected to, law, keep words in it)
TOPICS = [
    ("de afwijzing van de aanvraag voor een scootmobiel", "Wmo 2015", ["scootmobiel"]),
    ("de beëindiging van de huishoudelijke ondersteuning", "Wmo 2015", ["huishoudelijke ondersteuning"]),
    ("de terugvordering van bijstand over een half jaar", "Participatiewet", ["terugvordering", "bijstand"]),
    ("de verlaging van de bijstandsuitkering met twintig procent", "Participatiewet", ["bijstandsuitkering"]),
    (
        "de afwijzing van bijzondere bijstand voor een wasmachine",
        "Participatiewet",
        ["bijzondere bijstand", "wasmachine"],
    ),
    (
        "de weigering om handhavend op te treden tegen de schutting van de buren",
        "Omgevingswet",
        ["handhavend", "schutting"],
    ),
    ("de last onder dwangsom voor de overkapping in de achtertuin", "Omgevingswet", ["dwangsom", "overkapping"]),
    (
        "de afwijzing van de aanvraag om kwijtschelding van de afvalstoffenheffing",
        "Invorderingswet 1990",
        ["kwijtschelding", "afvalstoffenheffing"],
    ),
    (
        "de weigering van een gehandicaptenparkeerplaats voor de deur",
        "Wegenverkeerswet 1994",
        ["gehandicaptenparkeerplaats"],
    ),
    ("de boete wegens schending van de inlichtingenplicht", "Participatiewet", ["boete", "inlichtingenplicht"]),
    ("de afwijzing van het verzoek om een woningaanpassing", "Wmo 2015", ["woningaanpassing"]),
    ("de toekenning van een lager pgb-tarief", "Wmo 2015", ["pgb-tarief"]),
]

# ---- helpers --------------------------------------------------------------------------------------------------------

_TRANS = str.maketrans(
    {"ı": "i", "ş": "s", "ğ": "g", "Ł": "L", "ł": "l", "ț": "t", "ș": "s", "ž": "z", "ć": "c", "ą": "a"}
)


def ascii_(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_TRANS))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False)) % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - int(d[8])) % 11 == 0


def _iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban(r: random.Random) -> str:
    bban = r.choice(BANKS) + "".join(str(r.randint(0, 9)) for _ in range(10))
    check = 98 - _iban_num(bban + "NL00") % 97
    return f"NL{check:02d}{bban}"


def iban_ok(s: str) -> bool:
    c = re.sub(r"\s", "", s).upper()
    return _iban_num(c[4:] + c[:4]) % 97 == 1


def spaced(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


# ---- persons --------------------------------------------------------------------------------------------------------


def _compose(r: random.Random, entry: str) -> str:
    return entry.replace("|", "")


class Person:
    def __init__(
        self,
        r: random.Random,
        group: str | None = None,
        last: str | None = None,
        particle: str | None = None,
        gender: str | None = None,
    ):
        self.group = group or r.choice(list(ORIGINS))
        fem, mal, s_a, s_b, parts = ORIGINS[self.group]
        self.gender = gender or r.choice("fm")
        pool = fem if self.gender == "f" else mal
        e = r.choice(pool)
        if "|" in e and r.random() < 0.6:  # recompose with another entry's end
            a = e.split("|")[0]
            ends = [x.split("|")[1] for x in pool if "|" in x]
            e = a + r.choice(ends)
        self.first = e.replace("|", "")
        if last is None:
            last = r.choice(s_a) + r.choice(s_b)
            if self.group == "pools" and self.gender == "f" and last.endswith("ski"):
                last = last[:-1] + "a"
            if self.group == "bulgaars" and self.gender == "f":
                last += "a"
            if r.random() < 0.08:
                last += "-" + r.choice(ORIGINS["nederlands"][2]) + r.choice(ORIGINS["nederlands"][3])
        self.last = last
        self.particle = particle if particle is not None else (r.choice(parts) if parts else "")
        words = self.first.split()
        self.initials = "".join(w[0] + "." for w in words)
        if r.random() < 0.5:
            self.initials += r.choice("ABCDEGHJKLMPRSTW") + "."

    def _p(self, cap: bool) -> str:
        if not self.particle:
            return ""
        return (self.particle[0].upper() + self.particle[1:] if cap else self.particle) + " "

    @property
    def full(self):
        return f"{self.first} {self._p(False)}{self.last}"

    @property
    def init(self):
        return f"{self.initials} {self._p(False)}{self.last}"

    @property
    def lastc(self):  # surname as used after a title
        return f"{self._p(True)}{self.last}"

    @property
    def compact(self):
        return ascii_((self.particle + self.last).replace(" ", "").replace("'", "").replace("-", "")).lower()

    def email(self, r: random.Random) -> str:
        f = ascii_(self.first.split()[0]).lower()
        style = r.randrange(4)
        local = [
            f"{f}.{self.compact}",
            f"{f[0]}{self.compact}",
            f"{self.compact}.{f}{r.randint(60, 99)}",
            f"{f}_{self.compact}",
        ][style]
        return f"{local}@{r.choice(PROVIDERS)}"


# ---- the document builder -------------------------------------------------------------------------------------------

SHAPES: dict[str, str] = {}  # shape name -> template (or document kind description)


def shape(name: str, template: str) -> str:
    assert name not in SHAPES, name
    SHAPES[name] = template
    return name


ROLE_FUNCS = {
    "O": [
        ("beleidsmedewerker bezwaar en beroep", "afdeling Juridische Zaken"),
        ("consulent Wmo", "team Maatschappelijke Ondersteuning"),
        ("klantmanager", "afdeling Werk en Inkomen"),
        ("handhaver", "afdeling Vergunningen, Toezicht en Handhaving"),
        ("medewerker invordering", "team Belastingen"),
        ("wijkregisseur", "afdeling Openbare Ruimte"),
    ],
    "O2": [
        ("teamleider", "team Bezwaar en Klachten"),
        ("jurist", "cluster Publiekrecht"),
        ("kwaliteitsmedewerker", "afdeling Sociaal Domein"),
    ],
}


class Doc:
    def __init__(self, r: random.Random, i: int, known: bool):
        self.r, self.i, self.known_flag = r, i, known
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.city = r.choice(list(PLACES))
        self.t14, self.court, self.ccode = PLACES[self.city]
        self.slug = self.city.lower()
        self.topic = r.choice(TOPICS)
        groups = list(ORIGINS)
        r.shuffle(groups)
        self.known_word = None
        if known:
            part, last, phrase = r.choice(KNOWN)
            self.R = Person(
                r,
                group=r.choice(["nederlands", "fries", "surinaams_creools", "antilliaans", "indisch", "moluks"]),
                last=last,
                particle=part,
            )
            self.known_word, self.known_phrase = last.lower(), phrase
        else:
            self.R = Person(r, group=groups[0])
        self.P = Person(
            r,
            group=self.R.group,
            last=self.R.last,
            particle=self.R.particle,
            gender="m" if self.R.gender == "f" else "f",
        )
        self.K = Person(r, group=self.R.group, last=self.R.last, particle=self.R.particle)
        while self.K.first in (self.R.first, self.P.first) or self.P.first == self.R.first:
            self.P = Person(
                r,
                group=self.R.group,
                last=self.R.last,
                particle=self.R.particle,
                gender="m" if self.R.gender == "f" else "f",
            )
            self.K = Person(r, group=self.R.group, last=self.R.last, particle=self.R.particle)
        self.N = Person(r, group=groups[1])
        self.O, self.O2, self.M = Person(r, group=groups[2]), Person(r, group=groups[3]), Person(r, group=groups[4])
        self.L, self.J, self.G = Person(r, group=groups[5]), Person(r, group=groups[6]), Person(r, group=groups[7])
        self.V, self.C1, self.C2 = Person(r, group=groups[8]), Person(r, group=groups[9]), Person(r, group=groups[10])
        self.S, self.A, self.D = Person(r, group=groups[11]), Person(r, group=groups[12]), Person(r, group=groups[13])
        self.func = {"O": r.choice(ROLE_FUNCS["O"]), "O2": r.choice(ROLE_FUNCS["O2"])}
        self.emails = {k: getattr(self, k).email(r) for k in ("R", "P", "N", "L", "A")}
        self.emails["O"] = f"{ascii_(self.O.first.split()[0])[0].lower()}.{self.O.compact}@{self.slug}.nl"
        self.emails["S"] = f"{ascii_(self.S.first.split()[0])[0].lower()}{self.S.compact}@{self.slug}.nl"
        st = r.choice(STREET_A) + r.choice(STREET_B)
        self.street = st
        num = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "B", "-2", "-1", " hs"])
        self.addr = f"{st} {num}" if not num.endswith(" hs") else f"{st} {num[:-3]}"
        self.nstreet = r.choice(STREET_A) + r.choice(STREET_B)
        self.naddr = f"{self.nstreet} {r.randint(1, 240)}"
        lets = "ABCDEGHJKLMNPRSTVWXZ"
        pc = f"{r.randint(1000, 9999)}{r.choice(lets)}{r.choice(lets)}"
        self.pc = pc if r.random() < 0.3 else f"{pc[:4]} {pc[4:]}"
        self.bsn_raw = bsn(r)
        self.iban_raw = iban(r)
        y = r.choice([2023, 2024, 2025])
        self.year = y
        m0 = r.randint(1, 5)
        self.dates = []
        for k in range(6):
            m = m0 + k + (1 if k > 2 else 0)
            yy = y + (m - 1) // 12
            self.dates.append(f"{r.randint(1, 28)} {MONTHS[(m - 1) % 12]} {yy}")
        by = r.randint(1941, 2004)
        self.dob = (r.randint(1, 28), r.randint(1, 12), by)
        self.kdob = (r.randint(1, 28), r.randint(1, 12), r.randint(2006, 2020))
        yy = str(y)[2:]
        self.case = r.choice(
            [
                f"BZW-{y}-{r.randint(100, 9999):05d}",
                f"Z/{yy}/{r.randint(100000, 999999)}",
                f"WMO.{yy}.{r.randint(1000, 99999)}",
                f"{y}-BZ{r.randint(1000, 9999)}",
                f"Bzw {yy}/{r.randint(100, 999)}-{r.choice(lets)}",
                f"PW{yy}-{r.randint(10000, 99999)}",
            ]
        )
        self.bzw = f"BC {yy}.{r.randint(1000, 9999)}" if r.random() < 0.5 else f"bezw-{r.randint(10000, 99999)}"
        self.courtno = f"{self.ccode} {int(yy) + (1 if r.random() < 0.3 else 0)}/{r.randint(100, 9999)}"
        self.rol = f"C/{r.randint(10, 19)}/{r.randint(600000, 799999)} / KG ZA {yy}-{r.randint(100, 999)}"
        self.jl = r.choice([f"JL{yy}-{r.randint(1000000, 9999999)}", f"JLN/{r.randint(100000, 999999)}/{yy}"])
        self.toev = f"{r.randint(1, 9)}{r.choice(lets)}{r.choice(lets)}{r.randint(1000, 9999)}"
        self.plate = self._plate()
        self.phones = [self._phone(mobile=True), self._phone(mobile=r.random() < 0.5), self._phone(mobile=False)]
        self.amounts = [self._amount(), self._amount()]
        self.eclis = [
            f"ECLI:NL:{r.choice(ECLI_COURTS)}:{r.randint(2012, 2024)}:{r.randint(100, 4999)}" for _ in range(2)
        ]

    # -- value formats
    def _plate(self):
        r, L = self.r, "BDFGHJKLNPRSTVXZ"
        d = lambda n: "".join(str(r.randint(1, 9)) for _ in range(n))  # noqa: E731
        l_ = lambda n: "".join(r.choice(L) for _ in range(n))  # noqa: E731
        return r.choice(
            [
                f"{d(2)}-{l_(3)}-{d(1)}",
                f"{d(1)}-{l_(3)}-{d(2)}",
                f"{l_(2)}-{d(3)}-{l_(1)}",
                f"{l_(1)}-{d(3)}-{l_(2)}",
                f"{l_(3)}-{d(2)}-{l_(1)}",
                f"{d(1)}-{l_(2)}-{d(3)}",
            ]
        )

    def _phone(self, mobile: bool):
        r = self.r
        if mobile:
            n = "".join(str(r.randint(0, 9)) for _ in range(8))
            return r.choice(
                [
                    f"06-{n}",
                    f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                    f"+31 6 {n[:4]} {n[4:]}",
                    f"+31 (0)6 {n}",
                    f"06{n}",
                ]
            )
        area = r.choice(["010", "020", "030", "050", "070", "024", "026", "040", "043", "053", "058", "072", "076"])
        n = str(r.randint(2000000, 9999999))
        return r.choice([f"{area}-{n}", f"({area}) {n[:3]} {n[3:5]} {n[5:]}", f"+31 {area[1:]} {n}"])

    def _amount(self):
        r = self.r
        v = r.randint(40, 9000)
        c = r.randint(0, 99)
        return f"€ {v // 1000}.{v % 1000:03d},{c:02d}" if v >= 1000 else f"€ {v},{c:02d}"

    # -- registration
    def add(self, text: str, label: str) -> str:
        it = {"text": text, "label": label}
        if it not in self.pii:
            self.pii.append(it)
        return text

    def k(self, word: str) -> str:
        if word not in self.keep:
            self.keep.append(word)
        return word

    def dob_text(self, d, style=None) -> str:
        day, mon, year = d
        style = self.r.randrange(7) if style is None else style
        return [
            f"{day} {MONTHS[mon - 1]} {year}",
            f"{day:02d}-{mon:02d}-{year}",
            f"{year}-{mon:02d}-{day:02d}",
            f"{day}-{mon}-{year}",
            f"{day:02d}.{mon:02d}.{year}",
            f"{day} {MON_ABBR[mon - 1]} {year}",
            f"{day:02d}/{mon:02d}/{year}",
        ][style]

    def slot(self, name: str) -> str:
        r = self.r
        if "." in name:
            who, form = name.split(".")
            p = getattr(self, who)
            if form == "full":
                return self.add(p.full, "PERSON")
            if form == "init":
                return self.add(p.init, "PERSON")
            if form == "last":
                return self.add(p.lastc, "PERSON")
            if form == "first":
                return self.add(p.first, "PERSON")
            if form == "caps":
                return self.add(p.lastc.upper(), "PERSON")
            if form == "capsfull":
                return self.add(p.full.upper(), "PERSON")
            if form == "poss":
                base = p.lastc
                return self.add(base + ("'s" if base[-1] in "aeiouy" else "'" if base[-1] in "sxz" else "s"), "PERSON")
            if form == "lower":
                return self.add(ascii_(p.first.split()[0][0]).lower() + p.compact, "PERSON")
            if form == "email":
                return self.add(self.emails[who], "EMAIL")
            if form == "mw":
                return "mevrouw" if p.gender == "f" else "de heer"
            if form == "Mw":
                return "Mevrouw" if p.gender == "f" else "De heer"
            if form == "mwk":
                return "mw." if p.gender == "f" else "dhr."
            if form == "zij":
                return "zij" if p.gender == "f" else "hij"
            if form == "Zij":
                return "Zij" if p.gender == "f" else "Hij"
            if form == "haar":
                return "haar" if p.gender == "f" else "zijn"
            if form == "aanhef":
                return ("Geachte mevrouw " if p.gender == "f" else "Geachte heer ") + self.add(p.lastc, "PERSON")
            if form == "func":
                f, dep = self.func[who]
                self.k(dep.split(" ", 1)[1])
                return f"{f}, {dep}"
            raise KeyError(name)
        if name == "addr":
            return self.add(self.addr, "ADDRESS")
        if name == "street":
            return self.add(self.street, "ADDRESS")
        if name == "naddr":
            return self.add(self.naddr, "ADDRESS")
        if name == "nstreet":
            return self.add(self.nstreet, "ADDRESS")
        if name == "pc":
            return self.add(self.pc, "POSTCODE")
        if name == "city":
            return self.k(self.city)
        if name == "CITY":
            return self.city.upper()
        if name == "gem":
            self.k(self.city)
            return f"gemeente {self.city}"
        if name == "info":
            return self.k(f"info@{self.slug}.nl")
        if name == "bezwaarmail":
            return self.k(f"bezwaarschriften@{self.slug}.nl")
        if name == "t14":
            return self.k(self.t14)
        if name in ("phone", "phone2", "phone3"):
            return self.add(self.phones[{"phone": 0, "phone2": 1, "phone3": 2}[name]], "PHONE")
        if name == "bsn":
            b = self.bsn_raw
            return self.add(r.choice([b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}"]), "BSN")
        if name == "iban":
            return self.add(r.choice([self.iban_raw, spaced(self.iban_raw)]), "IBAN")
        if name == "plate":
            return self.add(self.plate, "LICENSE_PLATE")
        if name == "dob":
            return self.add(self.dob_text(self.dob), "DATE_OF_BIRTH")
        if name == "kdob":
            return self.add(self.dob_text(self.kdob), "DATE_OF_BIRTH")
        if name in ("case", "bzw", "courtno", "rol", "jl", "toev"):
            return self.add(getattr(self, name), "CASE_NUMBER")
        if re.fullmatch(r"d\d", name):
            return self.k(self.dates[int(name[1])])
        if name in ("amt", "amt2"):
            return self.k(self.amounts[name == "amt2"])
        if name in ("ecli", "ecli2"):
            return self.k(self.eclis[name == "ecli2"])
        if name == "topic":
            for w in self.topic[2]:
                self.k(w)
            return self.topic[0]
        if name == "law":
            return self.k(self.topic[1])
        if name == "court":
            return self.k(self.court)
        if name == "wd":
            return self.k(self.r.choice(WEEKDAYS))
        if name == "time":
            return f"{r.randint(9, 16)}.{r.choice(['00', '15', '30', '45'])} uur"
        if name == "weeks":
            return r.choice(["vier", "zes", "acht"])
        if name == "gegrond":
            return self.k(r.choice(["gegrond", "ongegrond", "gedeeltelijk gegrond"]))
        if name == "year":
            return str(self.year)
        if name == "known":
            return self.k(self.known_word) and self.known_phrase
        raise KeyError(name)

    def render(self, shape_name: str) -> str:
        self.shapes.append(shape_name)
        tpl = SHAPES[shape_name]

        def sub(m):
            if m.group(1):
                return self.slot(m.group(1))
            return self.k(m.group(2))

        return re.sub(r"\{(\w+(?:\.\w+)?)\}|\[\[(.+?)\]\]", sub, tpl)


# ---- shapes: document kinds and their parts --------------------------------------------------------------------------
# {slot} renders (and annotates) a value; [[word]] is an ordinary word that must survive.

S = shape
# sender blocks and headings
HDR_RES = [
    S("hdr_res_block", "{R.full}\n{addr}\n{pc} {city}\n{phone}\n{R.email}"),
    S("hdr_res_inline", "Afzender: {R.init}, {addr}, {pc} {city} (tel. {phone})"),
    S("hdr_res_caps", "{R.capsfull}\n{addr} - {pc} {CITY}"),
]
TO_GEM = [
    S(
        "to_college",
        "Aan het [[College]] van burgemeester en wethouders van de {gem}\nt.a.v. de [[Commissie]] bezwaarschriften\n[[Postbus]] 4000",
    ),
    S(
        "to_commissie_mail",
        "Aan: {bezwaarmail}\nOnderwerp: [[Bezwaarschrift]] tegen besluit van {d0} (uw kenmerk {case})",
    ),
]
OPEN_RES = [
    S(
        "open_res_formal",
        "{city}, {d1}\n\n[[Betreft]]: bezwaar tegen {topic}\nUw kenmerk: {case}\n\nGeachte [[leden]] van de commissie,",
    ),
    S(
        "open_res_plain",
        "[[Onderwerp]]: ik ben het niet eens met {topic}\n\nBeste meneer of mevrouw,\n\nMijn naam is {R.full}, geboren op {dob}, en ik woon op {addr} in {city}.",
    ),
    S(
        "open_res_partner",
        "Hierbij maken wij, {R.full} en {P.full}, bezwaar tegen het besluit van {d0} met kenmerk {case}.",
    ),
]
GROUNDS_RES = [
    S(
        "gr_mediation_failed",
        "Ik heb eerst geprobeerd er met de buren uit te komen. Er zijn twee gesprekken geweest met de [[mediator]], {M.full}, maar {N.full} van {naddr} kwam bij het tweede gesprek niet opdagen.",
    ),
    S(
        "gr_buurman_quote",
        "{N.Mw} {N.last} zei letterlijk tegen mij: 'Je doet maar, de gemeente doet toch niks.' Dat was op {d0}, in het bijzijn van mijn partner {P.first}.",
    ),
    S(
        "gr_not_heard",
        "Ik ben niet gehoord voordat het besluit werd genomen. {O.Mw} {O.last} van de gemeente heeft mij alleen gebeld op {phone2}, terwijl ik om een gesprek had gevraagd.",
    ),
    S(
        "gr_medical",
        "Mijn gezondheid is verslechterd. Mijn huisarts, dr. {D.init}, kan dat bevestigen. Ik loop sinds [[januari]] met een rollator.",
    ),
    S(
        "gr_money",
        "Door het besluit moet ik {amt} terugbetalen. Dat bedrag heb ik niet. Mijn uitkering wordt gestort op {iban} en daar staat aan het eind van de maand niets meer op.",
    ),
    S(
        "gr_child",
        "Mijn zoon {K.first} ({kdob}) heeft autisme en raakt door de situatie met de buren volledig van slag.",
    ),
    S(
        "gr_car",
        "De auto met kenteken {plate} staat op mijn naam; die heb ik nodig om naar mijn werk in [[Utrecht]] te rijden.",
    ),
    S(
        "gr_wrong_facts",
        "In het besluit staat dat ik op {nstreet} woon. Dat klopt niet: ik woon al sinds 2016 op {addr}.",
    ),
    S(
        "gr_poss",
        "Het is niet mijn schuld dat het onderzoek zo lang duurde. In de rapportage staat letterlijk: '{R.poss} aanvraag lag drie maanden stil.'",
    ),
    S(
        "gr_email_ignored",
        "Ik heb op {d1} een e-mail gestuurd vanaf {R.email}, maar nooit antwoord gekregen van {O.full}.",
    ),
]
REQUEST_RES = [
    S(
        "req_revoke",
        "Ik vraag de commissie om het besluit te herroepen en mij alsnog de gevraagde [[voorziening]] toe te kennen. Ik wil graag worden [[gehoord]].",
    ),
    S("req_costs", "Ook verzoek ik om vergoeding van de kosten die ik in [[bezwaar]] heb moeten maken ({amt2})."),
]
SIGN_RES = [
    S("sign_res_plain", "Met vriendelijke groet,\n\n{R.full}\nBSN {bsn}"),
    S(
        "sign_res_dob",
        "Hoogachtend,\n{R.init} (geb. {dob})\n[[Bijlagen]]: kopie besluit, brief huisarts, bankafschriften",
    ),
    S("sign_res_attach", "Groeten,\n{R.full}\n\n[[Bijlage]]: bezwaar-{R.lower}-{year}.pdf"),
]
# lawyer letters
HDR_LAW = [
    S(
        "hdr_law_office",
        "[[Sociaal]] advocatenpraktijk [[Rechtshulp]] {city}\nmr. {L.init}\n[[Advocaat]]\nT {phone3} | E {L.email}",
    ),
    S("hdr_law_ref", "Ons kenmerk: {jl}\nToevoeging: {toev}\nUw kenmerk: {case}\nInzake: {R.caps} / {gem}"),
]
BODY_LAW = [
    S(
        "law_proforma",
        "Namens mijn cliënt(e), {R.Mw} {R.init}, wonende aan {addr}, {pc} {city}, maak ik hierbij pro forma bezwaar tegen het besluit van {d0}. De [[gronden]] volgen binnen de door u te stellen termijn.",
    ),
    S(
        "law_grounds_intro",
        "1. Cliënte, {R.full}, geboren {dob}, ontvangt sinds jaren een uitkering op grond van de {law}.",
    ),
    S(
        "law_art_awb_72",
        "2. Ingevolge artikel 7:2, eerste lid, van de [[Awb]] stelt het bestuursorgaan belanghebbenden in de gelegenheid te worden gehoord voordat op het bezwaar wordt beslist. Van het horen kan slechts in uitzonderlijke gevallen worden afgezien.",
    ),
    S(
        "law_ecli",
        "3. Ik verwijs naar de uitspraak van {ecli}, waarin werd geoordeeld dat het bestuursorgaan zich niet zonder nader onderzoek op het standpunt mocht stellen dat geen sprake was van een [[noodsituatie]].",
    ),
    S(
        "law_art_pw18",
        "4. Artikel 18, eerste lid, van de [[Participatiewet]] verplicht het college de bijstand af te stemmen op de omstandigheden, mogelijkheden en middelen van de belanghebbende. Die [[afstemming]] heeft hier niet plaatsgevonden.",
    ),
    S(
        "law_art_wmo",
        "5. Op grond van artikel 2.3.2 van de [[Wmo 2015]] had een zorgvuldig onderzoek moeten plaatsvinden, waarbij ook de [[mantelzorg]] door {P.full} had moeten worden betrokken.",
    ),
    S(
        "law_failed_mediation",
        "6. Cliënt heeft zich welwillend opgesteld: hij heeft deelgenomen aan [[buurtbemiddeling]] en aan een gesprek met de mediator, {M.mw} {M.init}. Dat de bemiddeling is gestrand, kan hem niet worden tegengeworpen.",
    ),
    S(
        "law_dwangsom",
        "7. Voor het geval niet tijdig wordt beslist, stel ik u hierbij in [[gebreke]] als bedoeld in artikel 4:17 van de [[Awb]].",
    ),
    S(
        "law_costs",
        "8. Ten slotte verzoek ik om vergoeding van de proceskosten op de voet van artikel 7:15 [[Awb]]; de [[toevoeging]] is afgegeven onder nummer {toev}.",
    ),
]
SIGN_LAW = [
    S("sign_law", "Met vriendelijke groet,\n\nmr. {L.init}\n[[Advocaat]]"),
    S("sign_law_cc", "Hoogachtend,\nmr. {L.full}\ncc: cliënt ({R.email})"),
]
# hearing report
HEAR = [
    S(
        "hear_head",
        "[[Verslag]] van de [[hoorzitting]] van de [[Commissie]] bezwaarschriften van de {gem}, gehouden op {wd} {d2} om {time}\nDossiernummer commissie: {bzw}",
    ),
    S(
        "hear_present",
        "Aanwezig:\n- mr. {V.init} ([[voorzitter]])\n- dr. {C1.init} ([[lid]])\n- {C2.full} ([[lid]])\n- mr. {S.init} ([[secretaris]])",
    ),
    S(
        "hear_parties",
        "Namens bezwaarde: {R.mw} {R.full}, bijgestaan door mr. {L.init}\nNamens het college: {O.full}, {O.func}",
    ),
    S(
        "hear_absent",
        "Niet verschenen: {N.mw} {N.last}, derde-belanghebbende, woonachtig op {naddr}, met kennisgeving.",
    ),
    S(
        "hear_chair_open",
        "De voorzitter opent de zitting en legt uit dat de commissie onafhankelijk is en het college adviseert. {R.Mw} {R.last} geeft aan dat {R.zij} de procedure spannend vindt.",
    ),
    S(
        "hear_res_says",
        "{R.Mw} {R.last}: 'Sinds {N.first} naast ons woont, slaap ik slecht. Ik heb alles geprobeerd, ook [[buurtbemiddeling]].'",
    ),
    S(
        "hear_off_says",
        "{O.Mw} {O.last} licht het besluit toe. Volgens het college is het verzoek zorgvuldig beoordeeld en is de situatie van de familie {R.last} meegewogen.",
    ),
    S(
        "hear_question",
        "Op vragen van mr. {V.last} antwoordt {R.mw} {R.last} dat {R.zij} bereikbaar is op {phone} en dat post naar {addr} aankomt.",
    ),
    S(
        "hear_lawyer_says",
        "Mr. {L.last} wijst op de rapportage van de [[GGD]] van {d1}, opgesteld door dr. {D.full}, waaruit volgt dat cliënte niet zelfstandig kan douchen.",
    ),
    S(
        "hear_close",
        "De voorzitter sluit de zitting om {time}. Het [[advies]] volgt binnen {weeks} weken. Verslag: mr. {S.last}, [[secretaris]].",
    ),
]
# advice with numbered considerations
ADV = [
    S(
        "adv_head",
        "[[Advies]] van de [[Commissie]] bezwaarschriften\ninzake het bezwaar van {R.init}, {addr}, {pc} {city}\nKenmerk {bzw}",
    ),
    S(
        "adv_31",
        "3.1 Bezwaarde, {R.full}, is geboren op {dob} en woont met {R.haar} partner {P.first} op het adres {addr}.",
    ),
    S(
        "adv_32",
        "3.2 De [[commissie]] overweegt dat het college bij de heroverweging op grond van artikel 7:11 [[Awb]] alle feiten en omstandigheden moet betrekken zoals die zich voordoen op het moment van de beslissing op bezwaar.",
    ),
    S(
        "adv_33",
        "3.3 Vast staat dat het conflict met {N.full} niet is opgelost. Het traject bij de mediator, {M.full}, is op {d1} zonder resultaat beëindigd.",
    ),
    S(
        "adv_34",
        "3.4 De commissie verwijst naar {ecli2}. Daaruit volgt dat een beroep op het [[gelijkheidsbeginsel]] alleen slaagt als sprake is van gelijke gevallen.",
    ),
    S(
        "adv_35",
        "3.5 Ter zitting heeft {O.last} erkend dat de rapportage van {d0} niet aan bezwaarde is toegestuurd. Het besluit ontbeert daarom een deugdelijke motivering (artikel 7:12 [[Awb]]).",
    ),
    S(
        "adv_4",
        "4. [[Conclusie]] en advies\nDe commissie adviseert het college het bezwaar gegrond te verklaren, het besluit te herroepen en een proceskostenvergoeding van {amt2} toe te kennen.\n\nmr. {V.init}, voorzitter              mr. {S.init}, secretaris",
    ),
]
# decision on objection
DEC = [
    S(
        "dec_head",
        "[[Beslissing]] op bezwaar\nOns kenmerk: {case}\n[[Behandeld]] door: {O.full}\nDoorkiesnummer: {phone3}",
    ),
    S(
        "dec_aanhef",
        "{R.aanhef},\n\nOp {d1} ontvingen wij uw [[bezwaarschrift]] tegen {topic}. Op {d2} bent u gehoord door de [[Commissie]] bezwaarschriften.",
    ),
    S(
        "dec_outcome",
        "Wij nemen het advies van de commissie over en verklaren uw bezwaar {gegrond}. Het bedrag van {amt} wordt binnen zes weken overgemaakt op rekeningnummer {iban} ten name van {R.init}.",
    ),
    S(
        "dec_appeal",
        "[[Beroep]]\nBent u het niet eens met deze beslissing, dan kunt u binnen zes weken beroep instellen bij de {court}, [[sector]] bestuursrecht. Vermeld daarbij uw BSN ({bsn}).",
    ),
    S("dec_sign", "Burgemeester en wethouders van {city},\nnamens dezen,\n\n{O2.full}\n{O2.func}"),
]
# legal aid office
JL = [
    S("jl_head", "[[Het Juridisch Loket]]\n[[Postbus]] 4000\nDossiernummer: {jl}\nBehandelaar: {A.full}"),
    S(
        "jl_body",
        "{R.aanhef},\n\nU bent op {d1} bij ons langs geweest op het [[spreekuur]] in {city}. U vertelde dat de gemeente uw bezwaar tegen {topic} te laat heeft behandeld.",
    ),
    S(
        "jl_advice",
        "Ons advies is om een [[ingebrekestelling]] te sturen. Wij hebben een voorbeeldbrief voor u klaargezet. Lukt het niet, bel ons dan op [[0900-8020]] en vraag naar {A.first}.",
    ),
    S(
        "jl_referral",
        "Omdat uw zaak ingewikkeld is, verwijzen wij u door naar een sociaal advocaat, mr. {L.full}. U heeft mogelijk recht op een [[toevoeging]]; de [[eigen bijdrage]] bedraagt {amt2}.",
    ),
    S("jl_sign", "Met vriendelijke groet,\n{A.init}\n[[Juridisch]] medewerker"),
]
# court registry
GRIF = [
    S(
        "grif_head",
        "{court}\n[[Team]] bestuursrecht\n[[Zaaknummer]]: {courtno}\n[[Onderwerp]]: [[ontvangstbevestiging]] beroepschrift",
    ),
    S(
        "grif_parties",
        "in de zaak tussen\n{R.capsfull}, te {city}, eiser(es),\n([[gemachtigde]]: mr. {L.init}),\nen\nhet college van burgemeester en wethouders van {city}, verweerder.",
    ),
    S(
        "grif_griffierecht",
        "Wij hebben uw beroepschrift ontvangen op {d3}. U moet [[griffierecht]] betalen: {amt}. Maakt u dit over onder vermelding van zaaknummer {courtno}.",
    ),
    S(
        "grif_zitting",
        "De zaak wordt behandeld op een zitting van {wd} {d4} om {time} in het [[Paleis van Justitie]]. De zaak wordt behandeld door mr. {J.init}, [[rechter]], in aanwezigheid van mr. {G.full}, [[griffier]].",
    ),
    S(
        "grif_kg",
        "In het kort geding met [[rolnummer]] {rol} tussen {R.full} en {N.full} is de mondelinge behandeling bepaald op {d4}.",
    ),
    S("grif_sign", "De griffier,\n{G.init}\nBij correspondentie altijd het zaaknummer vermelden."),
]
# e-mail and phone notes
MAIL = [
    S(
        "mail_head",
        "Van: {R.full} <{R.email}>\nAan: {S.email}\n[[Datum]]: {d2}\n[[Onderwerp]]: RE: [[hoorzitting]] {bzw}",
    ),
    S(
        "mail_body",
        "Beste mr. {S.last},\n\nIk kan op de datum van de hoorzitting niet, want mijn kind {K.full} heeft dan een [[operatie]] in het [[Maasstad Ziekenhuis]]. Kan het een week later? Mijn partner {P.first} kan wel mee als [[tolk]].",
    ),
    S("mail_sign", "[[Vriendelijke]] groet,\n{R.first}\n{phone}"),
]
TEL = [
    S("tel_head", "[[Telefoonnotitie]] {d2}, {time}\n[[Gesprek]] met: {R.init} ({phone})\nDossier: {case}"),
    S(
        "tel_body",
        "{R.Mw} {R.last} belt over het bezwaar. {R.Zij} wil weten waarom de buurman, {N.init}, een afschrift van het besluit heeft gekregen. Uitgelegd dat {N.last} derde-belanghebbende is.",
    ),
    S(
        "tel_action",
        "[[Actie]]: {S.init} belt {R.haar} zus terug; terugbellen op {phone2}. [[Genoteerd]] door {O.full}.",
    ),
]
MEMO = [
    S("memo_head", "[[Intern]] [[memo]]\nVan: {O.full}, {O.func}\nAan: {O2.full}\nBetreft: bezwaar {R.last} / {case}"),
    S(
        "memo_body",
        "De bemiddeling tussen {R.full} ({addr}) en {N.full} ({naddr}) is op {d1} gestopt. De mediator, {M.mw} {M.last}, zag geen basis meer voor een vervolggesprek.",
    ),
    S(
        "memo_data",
        "Gegevens bezwaarde: BSN {bsn}, geboortedatum {dob}, kenteken {plate}. Geen eerdere procedures bekend.",
    ),
    S(
        "memo_advice",
        "Advies: in gesprek gaan voordat de hoorzitting plaatsvindt (informele aanpak, zie werkinstructie [[Prettig Contact]]). Graag reactie voor {wd}.",
    ),
]
INVITE = [
    S("inv_head", "[[Uitnodiging]] [[hoorzitting]]\nKenmerk: {bzw}\n{R.Mw} {R.init}\n{addr}\n{pc}  {CITY}"),
    S(
        "inv_body",
        "{R.aanhef},\n\nU heeft bezwaar gemaakt tegen {topic}. Wij nodigen u uit voor de hoorzitting op {wd} {d2} om {time} in het [[Stadhuis]], [[Commissiekamer]] 2.",
    ),
    S(
        "inv_rules",
        "U mag iemand meenemen, bijvoorbeeld een familielid of een [[tolk]]. Laat u vóór {d1} weten wie u meeneemt via {bezwaarmail} of via {t14}.",
    ),
    S("inv_sign", "Met vriendelijke groet,\n\nmr. {S.full}\n[[Secretaris]] van de commissie bezwaarschriften"),
]
RECEIPT = [
    S("rec_head", "[[Ontvangstbevestiging]] bezwaarschrift\nUw kenmerk: -\nOns kenmerk: {bzw}"),
    S(
        "rec_body",
        "{R.aanhef},\n\nWij hebben op {d1} uw bezwaarschrift ontvangen tegen het besluit van {d0} met kenmerk {case}. Het bezwaar is ingediend door mr. {L.init} namens u.",
    ),
    S(
        "rec_term",
        "Wij beslissen binnen twaalf weken na afloop van de bezwaartermijn. Artikel 7:10 van de [[Algemene wet bestuursrecht]] staat toe dat deze termijn met zes weken wordt verdaagd.",
    ),
    S("rec_sign", "Team Bezwaar en Klachten\n{gem}\n{info} | {t14}"),
]
DEFENCE = [
    S(
        "def_head",
        "[[Verweerschrift]]\n[[Zaaknummer]]: {courtno}\n[[Eiser]]: {R.init}\n[[Verweerder]]: het college van burgemeester en wethouders van {city}",
    ),
    S(
        "def_body",
        "Verweerder handhaaft het standpunt dat eiser, geboren {dob}, in de periode van {d0} tot {d1} inkomsten heeft ontvangen op rekening {iban} die niet zijn gemeld (artikel 17 [[Participatiewet]]).",
    ),
    S(
        "def_case",
        "Verweerder verwijst naar de vaste rechtspraak van de [[Centrale Raad van Beroep]], onder meer {ecli}.",
    ),
    S("def_sign", "namens verweerder,\n{O2.init}\n{O2.func}"),
]
# extra lines usable in several kinds
EXTRA = [
    S("x_family", "In het gezin {R.last} wonen verder {K.full} (geboren {kdob}) en {P.full}."),
    S(
        "x_neighbour_plate",
        "De bestelbus van {N.last}, kenteken {plate}, staat volgens bezwaarde dagelijks voor de uitrit.",
    ),
    S("x_ecli_quote", "In {ecli2} overwoog de [[rechter]]: 'Een besluit moet berusten op een deugdelijke motivering.'"),
    S(
        "x_deadline",
        "De bezwaartermijn van zes weken (artikel 6:7 [[Awb]]) is verstreken op {d1}; het bezwaar is tijdig ingediend.",
    ),
    S("x_contact", "Voor vragen kunt u bellen met het algemene nummer {t14} of mailen naar {info}."),
    S("x_handle", "Op [[Facebook]] plaatste de buurman berichten over {R.first}, onder het account @{N.lower}."),
    S("x_dob_nocue", "{R.init}, {dob}, {addr}, {city}: geen eerdere bezwaren of [[klachten]] bekend."),
    S("x_file", "Zie het bestand {R.lower}_{year}_verslag.docx in het [[zaaksysteem]]."),
]
BUNDLE_HEAD = S(
    "bundle_head",
    "[[Samenvatting]] [[dossier]] {case} ({gem})\n[[Opgesteld]] door het [[secretariaat]] ten behoeve van de [[hoorzitting]]",
)
KNOWN_SHAPE = S("known_ordinary_use", "Ter toelichting: {known}.")

KINDS = {
    "kind_bezwaarschrift_bewoner": [
        HDR_RES,
        TO_GEM,
        OPEN_RES,
        ("pick", GROUNDS_RES, 3),
        REQUEST_RES,
        ("pick", EXTRA, 1),
        SIGN_RES,
    ],
    "kind_bezwaar_advocaat": [HDR_LAW, ("seq", BODY_LAW[:1]), ("pick", BODY_LAW[1:], 4), ("pick", EXTRA, 1), SIGN_LAW],
    "kind_pro_forma": [("seq", HDR_LAW), TO_GEM, ("seq", [BODY_LAW[0], BODY_LAW[6]]), SIGN_LAW],
    "kind_verslag_hoorzitting": [("seq", HEAR[:3]), ("pick", HEAR[3:9], 4), ("pick", EXTRA, 1), ("seq", HEAR[9:])],
    "kind_advies_commissie": [
        ("seq", ADV[:1]),
        ("seq", ADV[1:4]),
        ("pick", ADV[4:6], 1),
        ("pick", EXTRA, 1),
        ("seq", ADV[6:]),
    ],
    "kind_beslissing_op_bezwaar": [("seq", DEC[:3]), ("pick", EXTRA, 1), ("seq", DEC[3:])],
    "kind_juridisch_loket": [("seq", JL[:2]), ("pick", JL[2:4], 1), ("pick", GROUNDS_RES, 1), ("seq", JL[4:])],
    "kind_griffiebrief": [("seq", GRIF[:2]), ("pick", GRIF[2:5], 2), ("seq", GRIF[5:])],
    "kind_email_secretaris": [("seq", MAIL[:2]), ("pick", GROUNDS_RES, 1), ("seq", MAIL[2:])],
    "kind_telefoonnotitie": [("seq", TEL), ("pick", EXTRA, 1)],
    "kind_intern_memo": [("seq", MEMO[:2]), ("pick", MEMO[2:], 1), ("pick", EXTRA, 1)],
    "kind_uitnodiging_hoorzitting": [("seq", INVITE[:2]), ("pick", [INVITE[2]] + EXTRA[3:5], 1), ("seq", INVITE[3:])],
    "kind_ontvangstbevestiging": [("seq", RECEIPT[:2]), ("pick", [RECEIPT[2], EXTRA[3]], 1), ("seq", RECEIPT[3:])],
    "kind_verweerschrift": [
        ("seq", DEFENCE[:2]),
        ("pick", [DEFENCE[2], EXTRA[2], BODY_LAW[3]], 2),
        ("seq", DEFENCE[3:]),
    ],
    "kind_dossier_bundel": [
        [BUNDLE_HEAD],
        ("pick", HEAR[3:9], 2),
        ("pick", ADV[1:6], 2),
        ("pick", DEC[2:4], 1),
        ("pick", GROUNDS_RES, 1),
    ],
}
for _k in KINDS:
    S(_k, "document kind")


def build(r: random.Random, i: int) -> dict:
    known = i % 4 == 1
    d = Doc(r, i, known)
    kind = r.choice(list(KINDS))
    d.shapes.append(kind)
    parts = []
    for step in KINDS[kind]:
        if isinstance(step, list):
            names = [r.choice(step)]
        elif step[0] == "seq":
            names = list(step[1])
        else:
            names = r.sample(step[1], min(step[2], len(step[1])))
        parts.extend(d.render(n) for n in names)
    if known:
        parts.insert(r.randint(1, len(parts) - 1), d.render(KNOWN_SHAPE))
    text = "\n\n".join(parts)
    doc = {"id": f"fresh22c-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if known:
        doc["known"] = {"names": [d.R.full]}
        if d.emails["R"] in text:
            doc["known"]["emails"] = [d.emails["R"]]
        ph = [p for p in d.phones[:2] if {"text": p, "label": "PHONE"} in d.pii]
        if ph:
            doc["known"]["phones"] = ph
        doc["_known_word"] = d.known_word
    doc["_shapes"] = d.shapes
    return doc


# ---- gate -----------------------------------------------------------------------------------------------------------


def _name_words(s: str) -> set[str]:
    return {w for w in re.split(r"[\s\-.']+", s.lower()) if w and w not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    text = doc["text"]
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= _name_words(n)
    names = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            names |= _name_words(it["text"])
    for k in doc["keep"]:
        if not re.search(r"(?<![\w@.])" + re.escape(k) + r"(?![\w@])", text):
            return f"keep not a whole word: {k}"
        if k in known_words and k == k.lower():
            continue
        shared = _name_words(k) & names
        if shared:
            return f"keep {k!r} shares {shared} with a name"
    if "known" in doc:
        kw = [w for w in doc["keep"] if w in known_words]
        if not kw:
            return "known doc without ordinary use in keep"
    return None


def generate() -> tuple[list[dict], Counter, int]:
    docs, redraws, used = [], 0, Counter()
    reasons = Counter()
    for i in range(N_DOCS):
        attempt = 0
        while True:
            r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
            doc = build(r, i)
            reason = gate(doc)
            if reason is None:
                break
            reasons[reason.split(":")[0][:40]] += 1
            attempt += 1
            redraws += 1
            assert attempt < 50, (i, reason)
        used.update(doc.pop("_shapes"))
        doc.pop("_known_word", None)
        docs.append(doc)
    return docs, used, redraws, reasons


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs, used, redraws, reasons = generate()
    out = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == out
        print("fresh22c_texts.jsonl is up to date" if same else "fresh22c_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"pii items: {sum(labels.values())}, keep words: {sum(len(d['keep']) for d in docs)}")
        print(
            f"shapes registered: {len(SHAPES)}, used: {len(used)} (document kinds: "
            f"{sum(1 for s in used if s.startswith('kind_'))})"
        )
        origins = len(ORIGINS)
        print(f"origin groups: {origins}")
        print(f"known-name documents: {sum(1 for d in docs if 'known' in d)}")
        print(f"redraws: {redraws} ({', '.join(f'{k}: {v}' for k, v in reasons.most_common())})")
        return 0
    OUT.write_text(out, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
