"""Generator of fresh40a: a blind annotated corpus of lost and found property texts (gevonden voorwerpen).

Usage: make_fresh40a.py [--check | --stats]
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
from names40a import KNOWN, ORIGINS  # noqa: E402
from shapes40a import BODIES, CLOSES, KINDS, KNOWN_SHAPE_PREFIX  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

SEED = 20261341
N_DOCS = 300
OUT = HERE / "fresh40a_texts.jsonl"
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

SHAPES = {**KINDS, **BODIES, **CLOSES}
for _p, _s, _sent in KNOWN:
    SHAPES[KNOWN_SHAPE_PREFIX + _s.lower()] = _sent

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
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]
CITIES = [
    "Deventer",
    "Apeldoorn",
    "Leeuwarden",
    "Tilburg",
    "Dordrecht",
    "Haarlem",
    "Venlo",
    "Helmond",
    "Almere",
    "Lelystad",
    "Emmen",
    "Schiedam",
    "Zaanstad",
    "Amersfoort",
    "Gouda",
    "Alkmaar",
    "Hengelo",
    "Roosendaal",
    "Nijmegen",
    "Middelburg",
    "Purmerend",
    "Heerlen",
    "Assen",
    "Delft",
]
AREA = {
    "Deventer": "0570",
    "Apeldoorn": "055",
    "Leeuwarden": "058",
    "Tilburg": "013",
    "Dordrecht": "078",
    "Haarlem": "023",
    "Venlo": "077",
    "Helmond": "0492",
    "Almere": "036",
    "Lelystad": "0320",
    "Emmen": "0591",
    "Schiedam": "010",
    "Zaanstad": "075",
    "Amersfoort": "033",
    "Gouda": "0182",
    "Alkmaar": "072",
    "Hengelo": "074",
    "Roosendaal": "0165",
    "Nijmegen": "024",
    "Middelburg": "0118",
    "Purmerend": "0299",
    "Heerlen": "045",
    "Assen": "0592",
    "Delft": "015",
}
STREETS = [
    "Lijsterbeslaan",
    "Merelstraat",
    "Esdoornlaan",
    "Havenkade",
    "Julianastraat",
    "Tuinbouwweg",
    "Kastanjehof",
    "Brinklaan",
    "Spoorsingel",
    "Vondellaan",
    "Zuiderhaven",
    "Kerkewijk",
    "Lindenhof",
    "Klaproosstraat",
    "Rietzangerweg",
    "Wilgenweg",
    "Dr. Schaepmanstraat",
    "Molenweg",
    "Slotplein",
    "Pastoor van Arsstraat",
    "Bilderdijkstraat",
    "Kamperfoeliepad",
    "Hertogsingel",
    "Nachtegaalstraat",
    "Van Heemskerckstraat",
    "Gasthuisstraat",
    "Beukenhage",
    "Boerhaavelaan",
    "Plataanstraat",
    "Zonnebloemweg",
]
BIKES = [
    "Gazelle Chamonix",
    "Batavus Finez",
    "Cortina U4",
    "Sparta M7b",
    "VanMoof S3",
    "Cube Kathmandu",
    "Giant Expression",
    "Trek FX 2",
    "Stromer ST3",
    "Koga F3",
    "Union Lieve",
    "Azor Ubbink",
]
PHONES = [
    "iPhone 13",
    "Samsung Galaxy A54",
    "Fairphone 5",
    "Google Pixel 7",
    "Xiaomi Redmi Note 12",
    "Nokia G22",
    "OnePlus Nord",
    "Motorola Edge 40",
]
WALLETS = [
    "Fossil-portemonnee",
    "Burkely-portemonnee",
    "portemonnee van Michael Kors",
    "Tommy Hilfiger-pasjeshouder",
    "Secrid-kaarthouder",
]
JEWELS = ["trouwring", "zegelring", "Seiko-horloge", "Casio-horloge", "gouden armband", "Swarovski-hanger"]
BAGS = [
    "Eastpak-rugzak",
    "Fjällräven Kånken",
    "Samsonite-koffer",
    "sporttas van Adidas",
    "Herschel-rugzak",
    "laptoptas van Dell",
]
EARS = ["AirPods Pro", "Galaxy Buds", "JBL-oordopjes", "Bose QuietComfort"]
GLASSES = ["Ray-Ban zonnebril", "leesbril van Hans Anders", "Oakley-sportbril", "bril van Pearle"]
STROLLERS = ["Bugaboo Fox", "Joolz Day", "Mutsy Nexo", "Cybex Priam"]
LOCKS = ["AXA-ringslot", "Abus-kettingslot", "Trelock-beugelslot"]
JEWELBRANDS = ["Pandora", "Thomas Sabo", "Trollbeads"]
PETS = ["kater", "poes", "hond", "Jack Russell", "grijze kat", "cavia", "Maine Coon", "labrador", "parkiet"]
TRANS = ["NS", "Arriva", "Qbuzz", "Keolis", "Connexxion", "EBS", "RET", "Hermes"]
LOCS = [
    "het Stadspark",
    "de Bibliotheek",
    "het Wijkcentrum",
    "de Schouwburg",
    "het station",
    "de Markthal",
    "het Gemeentehuis",
    "het Zwembad",
    "de Sporthal",
    "het Ziekenhuis",
    "de Kermis",
    "het Bevrijdingsfestival",
    "de Kringloopwinkel",
    "de Jaarmarkt",
    "het Busstation",
]
ASIELS = ["Dierenasiel Ravelijn", "Dierenopvang Noorderhof", "Stichting Dierenhulp Regio", "Kattenopvang Spinnewiel"]
WIJKEN = ["de Binnenstad", "Oosterpark", "Zuidoost", "het Centrum", "Noorderhaven", "de Vogelwijk"]
UNIS = ["Saxion", "Fontys", "Hogeschool Utrecht", "Universiteit Twente", "Avans", "Windesheim"]
IDDOCS = ["paspoort", "rijbewijs", "identiteitskaart", "verblijfsdocument"]
FUNCS = [
    ("medewerker Gevonden Voorwerpen", "Gevonden"),
    ("teamleider Publiekszaken", "teamleider"),
    ("baliemedewerker", "baliemedewerker"),
    ("juridisch adviseur", "adviseur"),
    ("handhaver", "handhaver"),
    ("beheerder Fietsdepot", "beheerder"),
    ("klantcontactmedewerker", "klantcontactmedewerker"),
    ("coördinator Dierenwelzijn", "Dierenwelzijn"),
]
DEPTS = [
    "Publiekszaken",
    "Stadsbeheer",
    "Juridische Zaken",
    "Klantcontactcentrum",
    "Team Fietsparkeren",
    "Openbare Ruimte",
    "Burgerzaken",
    "Toezicht en Handhaving",
]
MAILDOMS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "live.nl",
    "icloud.com",
    "planet.nl",
    "xs4all.nl",
    "proton.me",
    "yahoo.com",
]
TITLES = {"m": ["de heer", "dhr.", "meneer", "de heer"], "f": ["mevrouw", "mevr.", "mw.", "mevrouw"]}
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
BANKS = ["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s: str) -> bool:
    c = re.sub(r"\s", "", s).upper()
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def make_bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(d[i] * (9 - i) for i in range(8)) % 11
        if last < 10:
            s = "".join(map(str, d + [last]))
            break
    return r.choice([s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


def make_iban(r: random.Random) -> str:
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = int("".join(str(int(ch, 36)) for ch in bank + acct + "NL00"))
    iban = f"NL{98 - num % 97:02d}{bank}{acct}"
    return r.choice([iban, " ".join(iban[i : i + 4] for i in range(0, 18, 4))])


def make_plate(r: random.Random) -> str:
    L = lambda n: "".join(r.choice(PLATE_LETTERS) for _ in range(n))
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    return r.choice(
        [
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{D(2)}-{L(2)}-{L(2)}",
        ]
    )


def make_case(r: random.Random) -> str:
    n = r.randint(100, 99999)
    return r.choice(
        [
            f"GV-2026-{n:05d}",
            f"GV/26/{n % 10000:04d}",
            f"VV.2026.{n:05d}",
            f"Z26-GV-{n:05d}",
            f"DA-26-{n % 10000:04d}",
            f"BZ-2026-{n % 1000:03d}",
            f"MED/2026/{n % 1000:03d}",
            f"FD26.{n:05d}",
            f"gv2026-{n:05d}",
        ]
    )


def make_phone(r: random.Random, city: str | None = None) -> str:
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    m = str(r.randint(1, 6)) + D(7)
    if city and r.random() < 0.3:
        a = AREA[city]
        rest = D(10 - len(a))
        return r.choice([f"{a}-{rest}", f"({a}) {rest}"])
    return r.choice(
        [
            f"06-{m}",
            f"06 {m[:4]} {m[4:]}",
            f"+31 6 {m}",
            f"+31 (0)6 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
            f"0031 6 {m}",
            f"06{m}",
        ]
    )


def make_dob(r: random.Random) -> str:
    y, mo, d = r.randint(1938, 2011), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d:02d}-{mo:02d}-{y}",
            f"{d} {MONTHS[mo - 1]} {y}",
            f"{d:02d}.{mo:02d}.{y}",
            f"{d}-{mo}-'{str(y)[2:]}",
            f"{y}-{mo:02d}-{d:02d}",
            f"{d:02d}/{mo:02d}/{y}",
            f"{d} {MONTHS[mo - 1][:3]}. {y}",
            f"{d} {MONTHS[mo - 1]} '{str(y)[2:]}",
        ]
    )


def make_date(r: random.Random) -> str:
    return f"{r.randint(1, 28)} {r.choice(MONTHS)} 2026"


def make_postcode(r: random.Random) -> str:
    while True:
        a, b = r.choice("ABCDEFGHJKLMNPRSTVWXZ"), r.choice("ABCDEGHJKLMNPRSTVWXZ")
        if a + b not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9999)
    return r.choice([f"{n} {a}{b}", f"{n} {a}{b}", f"{n}{a}{b}"])


def make_address(r: random.Random) -> str:
    n = r.randint(1, 240)
    return f"{r.choice(STREETS)} " + r.choice([str(n), str(n), f"{n}a", f"{n}-{r.randint(1, 3)}", f"{n}B"])


class Person:
    def __init__(self, r: random.Random, gender=None, part=None, base=None, origin=None):
        self.origin = origin or r.choice(list(ORIGINS))
        firsts, pre, suf, parts = ORIGINS[self.origin]
        m, f = firsts.split("|")
        self.g = gender or r.choice("mf")
        self.first = r.choice((m if self.g == "m" else f).split())
        if base is None:
            if parts:
                part, base = r.choice(parts), r.choice(pre.split())
            else:
                part, base = "", r.choice(pre.split()) + r.choice(suf.split())
                if base.startswith("Al-") or "-" in base:
                    base = base[0].upper() + base[1:]
        self.part, self.base = part or "", base

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.part, self.base) if x)

    @property
    def bare(self):
        if not self.part:
            return self.base
        return self.part[0].upper() + self.part[1:] + " " + self.base

    @property
    def initials(self):
        return " ".join(x for x in (self.first[0] + ".", self.part, self.base) if x)

    @property
    def card(self):
        return " ".join(x for x in (self.first[0] + ".", self.part.upper(), self.base.upper()) if x)

    @property
    def poss(self):
        f = self.first
        if f[-1] in "sxz":
            return f + "'"
        if f[-1] in "aiouyé":
            return f + "'s"
        return f + "s"

    @property
    def file(self):
        return re.sub(r"[^a-z]", "", ascii_fold(self.part + self.base).lower())

    def email(self, r, dom=None):
        f, s = re.sub(r"[^a-z]", "", ascii_fold(self.first).lower()), self.file
        local = r.choice(
            [f"{f}.{s}", f"{f[0]}{s}", f"{s}.{f}{r.randint(60, 99)}", f"{f}{s[:4]}", f"{f}_{s}", f"{f[0]}.{s}"]
        )
        return f"{local}@{dom or r.choice(MAILDOMS)}"


class Doc:
    """The filling of one document: persons and values, cached per placeholder."""

    def __init__(self, r: random.Random, i: int, known):
        self.r, self.i = r, i
        self.city = r.choice(CITIES)
        self.gem = self.city
        self.dom = ascii_fold(self.gem).lower() + ".nl"
        if known:
            kp, kb, self.ksent = known
            self.R = Person(r, part=kp, base=kb, origin="Nederlands")
        else:
            self.ksent = None
            self.R = Person(r)
        fg = r.choice("mf")
        self.F = Person(r, gender=fg, part=self.R.part, base=self.R.base, origin=self.R.origin)
        while self.F.first == self.R.first:
            self.F = Person(r, gender=fg, part=self.R.part, base=self.R.base, origin=self.R.origin)
        self.F2, self.N, self.O, self.M, self.P = (Person(r) for _ in range(5))
        self.cache = {}
        self.pii, self.keep = [], []
        self.used_email, self.used_phone = [], []

    def title(self, p: Person):
        return self.r.choice(TITLES[p.g]) + " "

    def value(self, key: str):
        """Segments (text, label) for a placeholder; label is a pii label, 'KEEP' or None."""
        r = self.r
        if key in ("R.t", "F.t", "N.t", "O.t", "M.t", "P.t"):
            p = getattr(self, key[0])
            return [(self.title(p), None), (p.bare, "PERSON")]
        if key in self.cache:
            return self.cache[key]
        v = self._value(key)
        self.cache[key] = v
        return v

    def _value(self, key: str):
        r = self.r
        who, _, attr = key.partition(".")
        if who in ("R", "F", "F2", "N", "O", "M", "P"):
            p = getattr(self, who)
            if attr == "":
                return [(p.full, "PERSON")]
            if attr == "f":
                return [(p.first, "PERSON")]
            if attr == "s":
                return [(p.bare, "PERSON")]
            if attr == "i":
                return [(p.initials, "PERSON")]
            if attr == "U":
                return [(p.card, "PERSON")]
            if attr == "poss":
                return [(p.poss, "PERSON")]
            if attr == "file":
                return [(p.file, "PERSON")]
            if attr == "h":
                return [("@" + re.sub(r"[^a-z]", "", ascii_fold(p.first).lower()) + "." + p.file, "PERSON")]
            if attr == "initials":
                return [(re.sub(r"[^a-z]", "", ascii_fold(p.first[0]).lower()) + p.file[:6], "PERSON")]
            if attr == "e":
                e = p.email(r, self.dom if who == "O" else None)
                if who == "R":
                    self.used_email.append(e)
                return [(e, "EMAIL")]
            if attr in ("p", "p2"):
                ph = make_phone(r, self.city if who == "R" else None)
                if who == "R":
                    self.used_phone.append(ph)
                return [(ph, "PHONE")]
            if attr in ("a", "a2"):
                return [(make_address(r), "ADDRESS")]
            if attr == "st":
                a = self.value(who + ".a")[0][0]
                return [(re.sub(r" \S*\d\S*$", "", a), "ADDRESS")]
            if attr in ("pc", "pc2"):
                return [(make_postcode(r), "POSTCODE")]
            if attr == "c":
                return [(self.city, "KEEP")]
            if attr == "c2":
                return [(r.choice([c for c in CITIES if c != self.city]), "KEEP")]
            if attr == "bsn":
                return [(make_bsn(r), "BSN")]
            if attr == "iban":
                return [(make_iban(r), "IBAN")]
            if attr == "dob":
                return [(make_dob(r), "DATE_OF_BIRTH")]
            if attr == "plate":
                return [(make_plate(r), "LICENSE_PLATE")]
            if attr == "fn":
                fn, kw = self.ofunc
                return [(fn, None)] if kw not in fn.split() else _keep_in(fn, kw)
            if attr == "dept":
                d = self.odept
                return [(d, "KEEP")]
        if key in ("CASE", "CASE2", "PCASE"):
            if key == "PCASE":
                return [(f"PL{r.randint(1000, 9999)}-2026{r.randint(100000, 999999)}", "CASE_NUMBER")]
            return [(make_case(r), "CASE_NUMBER")]
        if key == "OLDSTREET":
            return [(r.choice(STREETS), "ADDRESS")]
        if key in ("D", "D2"):
            return [(make_date(r), "KEEP")]
        if key in ("DAY",):
            return [(r.choice(DAYS), "KEEP")]
        if key == "MONTH":
            return [(r.choice(MONTHS), "KEEP")]
        if key in ("TIME", "TIME2"):
            return [(f"{r.randint(8, 17):02d}:{r.randint(0, 59):02d}", None)]
        if key in ("AMT", "AMT2"):
            return [
                (
                    r.choice(
                        [
                            "€ 10,00",
                            "€ 12,50",
                            "€ 25,00",
                            "€ 35,00",
                            "€ 7,50",
                            "€ 45,00",
                            "€ 150,00",
                            "€ 320,00",
                            "€ 1.150,00",
                        ]
                    )
                    if key == "AMT"
                    else r.choice(["€ 640,00", "€ 1.299,00", "€ 875,00", "€ 2.100,00"]),
                    "KEEP",
                )
            ]
        if key in ("BIKE", "BIKE2"):
            return _brand(r.choice(BIKES))
        if key == "PHONEM":
            return _brand(r.choice(PHONES))
        if key == "WALLET":
            return _brand(r.choice(WALLETS))
        if key == "JEWEL":
            return _brand(r.choice(JEWELS))
        if key == "BAG":
            return _brand(r.choice(BAGS))
        if key == "EAR":
            return _brand(r.choice(EARS))
        if key == "GLASSES":
            return _brand(r.choice(GLASSES))
        if key == "STROLLER":
            return _brand(r.choice(STROLLERS))
        if key == "LOCK":
            return _brand(r.choice(LOCKS))
        if key == "JEWELBRAND":
            return _brand(r.choice(JEWELBRANDS))
        if key == "ITEM":
            pool = r.choice([PHONES, BIKES, WALLETS, JEWELS, BAGS, EARS, GLASSES, ["sleutelbos", "fietssleutel"]])
            return _brand(r.choice(pool))
        if key == "PET":
            return [(r.choice(PETS), None)]
        if key == "LOC":
            return _brand(r.choice(LOCS))
        if key == "TRANS":
            return [(r.choice(TRANS), "KEEP")]
        if key == "ASIEL":
            return _brand(r.choice(ASIELS))
        if key == "WIJK":
            return _brand(r.choice(WIJKEN))
        if key == "UNI":
            return _brand(r.choice(UNIS))
        if key == "IDDOC":
            return [(r.choice(IDDOCS), "KEEP")]
        if key == "GEM":
            return [(self.gem, "KEEP")]
        if key == "GEMMAIL":
            return [(r.choice(["info@", "gevondenvoorwerpen@", "fietsdepot@"]) + self.dom, "KEEP")]
        if key == "GEMTEL":
            return [("14 " + AREA[self.city], "KEEP")]
        if key == "FRAME":
            return [
                (
                    r.choice("ABCEGHKLMW")
                    + r.choice("ABCEGHKLMW")
                    + str(r.randint(100000, 999999))
                    + r.choice("ABCEGHKLMW"),
                    None,
                )
            ]
        if key == "WK":
            return [(str(r.randint(2, 50)), None)]
        if key == "YEAR":
            return [(str(r.randint(1979, 2024)), None)]
        if key == "LINE":
            return [(str(r.randint(1, 199)), None)]
        if key == "VAK":
            return [(f"{r.choice('ABCD')}{r.randint(1, 40)}", None)]
        if key == "REL":
            return [
                (
                    r.choice(
                        {"m": ["zoon", "broer", "vader", "partner"], "f": ["dochter", "zus", "moeder", "partner"]}[
                            self.F.g
                        ]
                    ),
                    None,
                )
            ]
        if key == "REL2":
            return [(r.choice(["buurvrouw", "oma", "vriendin", "oom", "collega"]), None)]
        if key == "PARENT":
            return [({"m": "vader", "f": "moeder"}[self.F.g], None)]
        raise KeyError(key)

    @property
    def ofunc(self):
        if "_ofunc" not in self.cache:
            self.cache["_ofunc"] = self.r.choice(FUNCS)
        return self.cache["_ofunc"]

    @property
    def odept(self):
        if "_odept" not in self.cache:
            self.cache["_odept"] = self.r.choice(DEPTS)
        return self.cache["_odept"]


def _brand(s: str):
    """A product or place phrase: its capitalised words are keep words."""
    segs = []
    for j, w in enumerate(re.split(r"(\s+|-)", s)):
        if w and w[0].isupper() and len(w) > 1:
            segs.append((w, "KEEP"))
        else:
            segs.append((w, None))
    return segs


def _keep_in(phrase: str, kw: str):
    segs = []
    for j, w in enumerate(phrase.split(" ")):
        if j:
            segs.append((" ", None))
        segs.append((w, "KEEP" if w == kw else None))
    return segs


TOKEN = re.compile(r"\{([A-Za-z0-9_.]+)\}|\*([^*]+)\*")


def render(doc: Doc, template: str) -> str:
    out, pos = [], 0
    for m in TOKEN.finditer(template):
        out.append(template[pos : m.start()])
        pos = m.end()
        if m.group(2):
            out.append(m.group(2))
            _add(doc.keep, m.group(2))
            continue
        for text, label in doc.value(m.group(1)):
            out.append(text)
            if label == "KEEP":
                _add(doc.keep, text)
            elif label:
                item = {"text": text, "label": label}
                if item not in doc.pii:
                    doc.pii.append(item)
    out.append(template[pos:])
    return "".join(out)


def _add(lst, x):
    if x not in lst:
        lst.append(x)


def build(i: int, stream: str) -> tuple[dict, list[str]]:
    r = random.Random(stream)
    known = KNOWN[r.randrange(len(KNOWN))] if i % 4 == 1 else None
    doc = Doc(r, i, known)
    kind = r.choice(sorted(KINDS))
    bodies = r.sample(sorted(BODIES), r.randint(3, 5))
    close = r.choice(sorted(CLOSES))
    shapes = [kind] + bodies + [close]
    parts = [render(doc, KINDS[kind])]
    body_txt = [render(doc, BODIES[b]) for b in bodies]
    if known:
        shapes.append(KNOWN_SHAPE_PREFIX + known[1].lower())
        body_txt.insert(r.randint(0, len(body_txt)), render(doc, known[2]))
    parts.append(" ".join(body_txt))
    parts.append(render(doc, CLOSES[close]))
    text = "\n".join(parts[:2]) + "\n\n" + parts[2]
    d = {"id": f"fresh40a-{i:04d}", "text": text, "pii": doc.pii, "keep": doc.keep}
    if known:
        d["known"] = {"names": [doc.R.full]}
        if doc.used_email:
            d["known"]["emails"] = doc.used_email
        if doc.used_phone:
            d["known"]["phones"] = doc.used_phone
    return d, shapes


def _words(s: str) -> set[str]:
    return {w for w in re.split(r"[\s\-_.@'’/,()]+", s.lower()) if len(w) > 1 and w not in PARTICLES}


def gate(doc: dict) -> str | None:
    """None when the document passes all three gates, else the reason."""
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not bsn_ok(item["text"]):
            return f"bsn {item['text']}"
        if item["label"] == "IBAN" and not iban_ok(item["text"]):
            return f"iban {item['text']}"
    names = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            names |= _words(item["text"])
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= _words(n)
    for k in doc["keep"]:
        clash = _words(k) & names
        if clash and not (k == k.lower() and clash <= known_words):
            return f"keep {k!r} shares {sorted(clash)} with a name"
    return None


def generate():
    docs, redraws, shape_use = [], 0, Counter()
    for i in range(N_DOCS):
        d, shapes = build(i, f"{SEED}-{i}")
        attempt = 0
        while gate(d) is not None:
            attempt += 1
            redraws += 1
            d, shapes = build(i, f"{SEED}-{i}-{attempt}")
        docs.append(d)
        shape_use.update(shapes)
    return docs, redraws, shape_use


def dump(docs) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, redraws, shape_use = generate()
    text = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh40a_texts.jsonl is up to date" if same else "fresh40a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:<14} {labels[lab]}")
        print(
            f"pii items: {sum(labels.values())}  keep words: {sum(len(d['keep']) for d in docs)}"
            f"  (min per document {min(len(d['keep']) for d in docs)})"
        )
        print(
            f"shapes registered: {len(SHAPES)} (kinds {len(KINDS)}, bodies {len(BODIES)}, closes {len(CLOSES)},"
            f" known-word sentences {len(KNOWN)}); used: {len(shape_use)}"
        )
        print(f"origin groups: {len(ORIGINS)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
