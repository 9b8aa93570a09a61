#!/usr/bin/env python3
"""Blind anonymizer corpus fresh37c: residents with East and Southeast Asian roots and their family businesses.

Written by helper C1 (round thirty-one) without reading the anonymizer. Standard library only.

    python tests/anonymizer/fresh37c/make_fresh37c.py            write fresh37c_texts.jsonl
    python tests/anonymizer/fresh37c/make_fresh37c.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh37c/make_fresh37c.py --stats    counts per label, shapes, known names, redraws
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
import names37c as nm  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked = _score.check_doc, _score.leaked

SEED = 20261313
N_DOCS = 300
OUT = HERE / "fresh37c_texts.jsonl"
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
PARTICLES = _score.PARTICLES

SHAPES: dict[str, tuple[str, object]] = {}  # name -> (kind, function)


def shape(kind, name):
    def deco(f):
        assert name not in SHAPES, name
        SHAPES[name] = (kind, f)
        return f

    return deco


# ---------------------------------------------------------------------------------------------------------------------
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
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]
CITIES = [
    ("Rotterdam", "14 010", "rotterdam.nl"),
    ("Den Haag", "14 070", "denhaag.nl"),
    ("Amsterdam", "14 020", "amsterdam.nl"),
    ("Utrecht", "14 030", "utrecht.nl"),
    ("Zwolle", "14 038", "zwolle.nl"),
    ("Groningen", "14 050", "groningen.nl"),
    ("Nijmegen", "14 024", "nijmegen.nl"),
    ("Eindhoven", "14 040", "eindhoven.nl"),
    ("Almere", "14 036", "almere.nl"),
    ("Leiden", "14 071", "leiden.nl"),
    ("Arnhem", "14 026", "arnhem.nl"),
    ("Tilburg", "14 013", "tilburg.nl"),
    ("Breda", "14 076", "breda.nl"),
    ("Delft", "14 015", "delft.nl"),
]
BIZ = [
    (
        "restaurant",
        [
            "Gouden Draak",
            "Jade Paleis",
            "Lotustuin",
            "Pho Saigon",
            "Hanoi Kitchen",
            "Seoul Garden",
            "Sakura",
            "Wok Palace",
            "Dim Sum Huis",
            "Bamboe",
        ],
    ),
    (
        "toko",
        [
            "Toko Sederhana",
            "Toko Rasa Sayang",
            "Toko Melati",
            "Toko Sumber Rejeki",
            "Toko Manila",
            "Toko Pinoy Store",
            "Toko Asia Markt",
        ],
    ),
    ("nagelsalon", ["Lotus Nails", "Golden Nails", "Orchid Beauty", "Nail Studio Perla", "Happy Nails"]),
    (
        "importbedrijf",
        ["Oriental Trading", "Asia Food Import", "Mekong Foods", "Pacific Rim Import", "Dragon Gate Wholesale"],
    ),
    ("afhaalzaak", ["Kota Radja", "Bami Express", "Kimbap Corner", "Ramen Hinode", "Lumpia Lane"]),
]
DEPTS = [
    "Vergunningen",
    "Handhaving",
    "Burgerzaken",
    "Publiekszaken",
    "Belastingen",
    "Economische Zaken",
    "Team Horeca",
    "Werk en Inkomen",
    "Wijkteam Centrum",
    "Omgevingsdienst",
    "Schuldhulpverlening",
    "Leerplicht",
    "Wonen",
]
FUNCS = [
    "toezichthouder",
    "vergunningverlener",
    "casemanager",
    "klantmanager",
    "inspecteur",
    "beleidsmedewerker",
    "wijkconsulent",
    "medewerker",
    "teamleider",
    "jurist",
    "accountmanager",
]
RELS = [
    "dochter",
    "zoon",
    "kleindochter",
    "kleinzoon",
    "broer",
    "zus",
    "nicht",
    "neef",
    "echtgenoot",
    "moeder",
    "vader",
    "tante",
]
STREET_A = [
    "Goudsbloem",
    "Populieren",
    "Havik",
    "Reiger",
    "Korenbloem",
    "Zeemans",
    "Scheeps",
    "Tuinders",
    "Wevers",
    "Ketel",
    "Laurier",
    "Mispel",
    "Jasmijn",
    "Kastanje",
    "Pelikaan",
    "Zilverschoon",
    "Buizerd",
    "Lijster",
    "Lindeboom",
    "Zuidwal",
    "Oosterhaven",
    "Kruidenier",
    "Hoefsmid",
    "Touwslagers",
]
STREET_B = ["straat", "laan", "weg", "plein", "hof", "kade", "gracht", "singel", "dreef", "pad", "steeg"]
LANGS = ["Mandarijn", "Kantonees", "Vietnamees", "Indonesisch", "Tagalog", "Koreaans", "Japans", "Thai"]
LANG_OF = {
    "Chinees": ["Mandarijn", "Wu-Chinees"],
    "Hongkongs": ["Kantonees", "Hakka"],
    "Vietnamees": ["Vietnamees"],
    "Chinees-Indonesisch": ["Indonesisch", "Hokkien"],
    "Indonesisch": ["Indonesisch", "Javaans"],
    "Filipijns": ["Tagalog", "Cebuano"],
    "Koreaans": ["Koreaans"],
    "Japans": ["Japans"],
    "Thais": ["Thai"],
}
KNOWN_SUR = {
    "Lam": nm.hk,
    "Man": nm.hk,
    "Mok": nm.hk,
    "Tong": nm.zh,
    "Lang": nm.zh,
    "Kok": nm.idc,
    "Kam": nm.hk,
    "Fan": nm.zh,
    "Pan": nm.zh,
    "Bui": nm.vn,
    "Ton": nm.vn,
    "Tang": nm.zh,
    "Ding": nm.zh,
    "Long": nm.zh,
    "Bang": nm.kr,
    "Ma": nm.zh,
    "Kan": nm.jp,
    "Ban": nm.kr,
}
KNOWN_GIVEN = ["Mei", "Roos"]
KNOWN_USE = {
    "lam": "Sinds het ongeluk is zijn linkerarm half <<lam>>, daarom schrijft de familie deze <<brief>>.",
    "man": "Haar <<man>> staat elke dag in de <<keuken>> en heeft geen tijd voor het loket.",
    "mok": "Bij het <<gesprek>> kreeg iedereen een <<mok>> jasmijnthee van de familie.",
    "tong": "Op de nieuwe <<menukaart>> staan gebakken <<tong>> en gestoomde garnalen.",
    "lang": "Het duurt nu al erg <<lang>> voordat er een <<besluit>> komt.",
    "kok": "De <<kok>> van de zaak wacht nog op zijn <<verklaring>> omtrent het gedrag.",
    "kam": "In de salon lag volgens het <<rapport>> een <<kam>> zonder desinfectie op de tafel.",
    "fan": "Haar zoon is een grote <<fan>> van de <<bibliotheek>> in de wijk.",
    "pan": "Bij de <<controle>> stond een <<pan>> rijst zonder deksel op het aanrecht.",
    "bui": "Tijdens een flinke <<bui>> lekte het <<dak>> boven de opslag.",
    "ton": "De <<verbouwing>> kost bijna een <<ton>>, schrijft de familie.",
    "tang": "De <<monteur>> moest met een <<tang>> de meterkast openen.",
    "ding": "Dat <<ding>> op de gevel is een <<lichtbak>>, geen uithangbord, zegt de familie.",
    "long": "Haar vader heeft een ontstoken <<long>> en kan niet naar het <<stadskantoor>> komen.",
    "bang": "Mijn moeder is <<bang>> dat de <<zaak>> dicht moet.",
    "ma": "Mijn <<ma>> spreekt weinig Nederlands, daarom schrijf ik deze <<mail>> voor haar.",
    "kan": "Zij <<kan>> de <<brief>> van de gemeente niet goed lezen.",
    "ban": "De familie voelt zich door de <<buurt>> in de <<ban>> gedaan.",
    "mei": "De <<inspectie>> was op 14 <<mei>> en duurde twee uur.",
    "roos": "Op de <<toonbank>> stond een <<roos>> van zijde naast de kassa.",
}


class Person:
    def __init__(self, group, fam, given, order, xn=None, sex=None):
        self.group, self.fam, self.given, self.order, self.xn = group, fam, given, order, xn
        self.sex = sex
        self.email = self.phone = None
        self.kw_given = False
        # Vietnamese names: people are called by the last syllables, not by the middle name
        self.call = given.split(" ", 1)[1] if group == "Vietnamees" and " " in given else given
        if group == "Vietnamees" and given.split()[0] in ("Thi", "Van"):
            self.sex = "v" if given.startswith("Thi") else "m"

    @property
    def full(self):
        return f"{self.fam} {self.given}" if self.order == "ff" else f"{self.given} {self.fam}"


class Ctx:
    def __init__(self, r: random.Random, known: bool):
        self.r = r
        self.known = known
        self.used: list[str] = []
        self.city, self.c14, self.cdom = r.choice(CITIES)
        self.bkind, names = r.choice(BIZ)
        self.biz = r.choice(names)
        g = r.choices([a for a, _ in nm.ASIAN_W], [w for _, w in nm.ASIAN_W])[0]
        self.kword = None
        if known:
            if r.random() < 0.85:
                sur = r.choice(sorted(KNOWN_SUR))
                fn = KNOWN_SUR[sur]
                _, given, order = fn(r)
                self.res = Person("known", sur, given, order, sex=r.choice("mv"))
                self.kword = sur.lower()
            else:
                kw = r.choice(KNOWN_GIVEN)
                fam, _, _ = (nm.zh if kw == "Mei" else nm.vn)(r)
                if kw == "Mei":
                    self.res = Person("known", fam, "Mei", "ff", sex="v")
                else:
                    self.res = Person("known", fam, "Roos", "gf", sex="v")
                self.res.kw_given = True
                self.kword = kw.lower()
        else:
            fam, given, order = nm.ASIAN[g](r)
            xn = r.choice(nm.XNAMES) if r.random() < 0.3 else None
            self.res = Person(g, fam, given, order, xn, r.choice("mv"))
        grp = (
            self.res.group
            if self.res.group != "known"
            else {
                nm.hk: "Hongkongs",
                nm.zh: "Chinees",
                nm.vn: "Vietnamees",
                nm.idc: "Chinees-Indonesisch",
                nm.kr: "Koreaans",
                nm.jp: "Japans",
            }.get(KNOWN_SUR.get(self.res.fam), "Chinees")
        )
        self.lang = r.choice(LANG_OF.get(grp, LANGS))
        # family member with the same surname
        fn = {"known": nm.zh}.get(self.res.group) or nm.ASIAN.get(self.res.group, nm.zh)
        if self.res.group == "known":
            fn = KNOWN_SUR.get(self.res.fam, nm.zh)
        _, given2, _ = fn(r)
        xn2 = r.choice(nm.XNAMES) if r.random() < 0.55 else None
        self.fam2 = Person(self.res.group, self.res.fam, given2, self.res.order, xn2, r.choice("mv"))
        self.rel = r.choice(RELS)
        self.nb = self._other()
        self.off = self._other(asian=0.25)
        self.off_fn, self.off_dept = r.choice(FUNCS), r.choice(DEPTS)
        self.med = self._other(asian=0.3)

    def _other(self, asian=0.0):
        r = self.r
        if r.random() < asian:
            g = r.choice(sorted(nm.ASIAN))
            fam, given, order = nm.ASIAN[g](r)
            return Person(g, fam, given, order, r.choice(nm.XNAMES) if r.random() < 0.5 else None, r.choice("mv"))
        g, fam, first = nm.other(r)
        return Person(g, fam, first, "gf", None, r.choice("mv"))

    # ---- markers -------------------------------------------------------------------------------------------------
    @staticmethod
    def K(w):
        return f"<<{w}>>"

    def N(self, p, form="full"):
        r = self.r
        if form == "lower" and p.kw_given:
            form = "given"
        if form == "fam":
            s = p.fam if len(p.fam) > 2 else p.full
        elif form == "given":
            s = p.call
        elif form == "xn":
            s = f"{p.xn} {p.fam}" if p.xn else p.full
        elif form == "xfirst":
            s = p.xn or p.call
        elif form == "caps":
            s = f"{p.fam.upper()} {p.given}" if p.order == "ff" else f"{p.given} {p.fam.upper()}"
        elif form == "init":
            ini = "".join(x[0] + "." for x in re.split(r"[ \-]", p.given) if x and x[0].isalpha())
            s = f"{ini} {p.fam}"
        elif form == "poss":
            base = p.xn or p.call
            s = base + ("'s" if base[-1] in "aeiouy" else "s")
        elif form == "file":
            s = nm.ascii_fold(f"{p.fam}_{p.given}").lower().replace(" ", "_").replace("-", "_").replace(".", "")
        elif form == "handle":
            s = re.sub(r"[ \-.]", "", nm.ascii_fold((p.xn or p.call) + p.fam)).lower() + str(r.randint(1, 99))
        elif form == "lower":
            s = p.call.lower()
        else:
            s = p.full
        return f"[[PERSON|{s}]]"

    def T(self, p, cap=False):
        t = self.r.choice(["mevrouw", "mevr.", "mw."] if p.sex == "v" else ["meneer", "de heer", "dhr."])
        t = t[0].upper() + t[1:] if cap else t
        return f"{t} {self.N(p, 'fam')}"

    def E(self, p):
        r = self.r
        g = re.sub(r"[ \-.]", "", nm.ascii_fold(p.xn or p.given)).lower()
        f = re.sub(r"[ \-.']", "", nm.ascii_fold(p.fam)).lower()
        local = r.choice(
            [f"{g}.{f}", f"{f}.{g}{r.randint(1, 99)}", f"{g}_{f}", f"{g[0]}{f}{r.randint(60, 99)}", f"{f}{g}"]
        )
        dom = r.choice(
            [
                "gmail.com",
                "hotmail.com",
                "outlook.com",
                "ziggo.nl",
                "kpnmail.nl",
                "live.nl",
                "icloud.com",
                "yahoo.com.hk",
                "naver.com",
                "qq.com",
                "163.com",
                "yahoo.co.id",
                "planet.nl",
            ]
        )
        p.email = f"{local}@{dom}"
        return f"[[EMAIL|{p.email}]]"

    def F(self, p=None, foreign=None):
        r = self.r
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        g = p.group if p else ""
        opts = [
            f"06-{d(8)}",
            f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+31 6 {d(4)} {d(4)}",
            f"+31 (0)6 {d(8)}",
            f"0{r.choice(['10', '70', '20', '30', '50'])}-{r.randint(2, 9)}{d(6)}",
            f"0031 6 {d(3)} {d(5)}",
        ]
        if foreign or (g and r.random() < 0.3):
            opts = [
                f"+852 {r.choice('5679')}{d(3)} {d(4)}",
                f"+84 9{d(2)} {d(3)} {d(3)}",
                f"+62 812-{d(4)}-{d(4)}",
                f"+63 917 {d(3)} {d(4)}",
                f"+82 10-{d(4)}-{d(4)}",
                f"+81 90-{d(4)}-{d(4)}",
                f"+86 139 {d(4)} {d(4)}",
            ]
        s = r.choice(opts)
        if p:
            p.phone = s
        return f"[[PHONE|{s}]]"

    def A(self, alone=False):
        r = self.r
        st = r.choice(STREET_A) + r.choice(STREET_B)
        if alone:
            return f"[[ADDRESS|{st}]]"
        n = r.randint(1, 240)
        num = r.choice([str(n), f"{n}A", f"{n}-B", f"{n} bis", f"{n}-2", f"{n} hs", f"{n}C"])
        return f"[[ADDRESS|{st} {num}]]"

    def PC(self):
        r = self.r
        a, b = r.choice("BCEGHJKLMNPRTVWXZ"), r.choice("ABCEGHJKLMNPRTVWXZ")
        return f"[[POSTCODE|{r.randint(1011, 9999)}{r.choice([' ', ''])}{a}{b}]]"

    def B(self):
        s = nm.bsn(self.r)
        s = self.r.choice([s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])
        return f"[[BSN|{s}]]"

    def I(self):
        return f"[[IBAN|{nm.iban(self.r, self.r.random() < 0.6)}]]"

    def L(self):
        r = self.r
        L_ = lambda n: "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(n))
        D_ = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        s = r.choice(
            [
                f"{L_(2)}-{D_(3)}-{L_(1)}",
                f"{D_(1)}-{L_(3)}-{D_(2)}",
                f"{L_(1)}-{D_(3)}-{L_(2)}",
                f"{L_(3)}-{D_(2)}-{L_(1)}",
                f"{D_(2)}-{L_(3)}-{D_(1)}",
                f"{L_(2)}-{L_(2)}-{D_(2)}",
            ]
        )
        return f"[[LICENSE_PLATE|{s}]]"

    def Z(self):
        r = self.r
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        s = r.choice(
            [
                f"HOR-2026-{d(5)}",
                f"EXP/{r.randint(24, 26)}/{d(4)}",
                f"Z26.{d(6)}",
                f"OMG-{d(4)}-KX",
                f"VTA {d(3)}.{d(3)}",
                f"WI/{d(2)}-{d(5)}",
                f"ALC26-{d(4)}",
                f"BZ {d(4)} {d(2)}",
                f"DOS-{d(6)}/T",
                f"2026-HH-{d(4)}",
            ]
        )
        return f"[[CASE_NUMBER|{s}]]"

    def D(self):
        r = self.r
        y, m, dd = r.randint(1938, 2009), r.randint(1, 12), r.randint(1, 28)
        s = r.choice(
            [
                f"{dd:02d}-{m:02d}-{y}",
                f"{dd} {MONTHS[m - 1]} {y}",
                f"{dd}/{m}/{y}",
                f"{y}-{m:02d}-{dd:02d}",
                f"{dd:02d}.{m:02d}.{y}",
                f"{dd} {MON3[m - 1]} {y}",
                f"{y}年{m}月{dd}日",
                f"{dd}-{m}-'{str(y)[2:]}",
                f"{dd} {MONTHS[m - 1].capitalize()} {y}",
                f"{dd:02d}{m:02d}{y}",
            ]
        )
        return f"[[DATE_OF_BIRTH|{s}]]"

    def OD(self):
        r = self.r
        return f"{r.randint(1, 28)} <<{r.choice(MONTHS[8:] + MONTHS[:3])}>> 2026"

    def DAY(self):
        return f"<<{self.r.choice(DAYS)}>>"

    def M(self):
        r = self.r
        return f"€ {r.randint(1, 19)}.{r.randint(0, 9)}{r.choice(['50', '00', '75'])},-"

    def s(self, name):
        """Render a registered shape by name and note its use."""
        self.used.append(name)
        return SHAPES[name][1](self)

    def pick(self, kind, k):
        names = [n for n, (kd, _) in SHAPES.items() if kd == kind]
        return [self.s(n) for n in self.r.sample(names, k)]


# ---- sentence shapes -------------------------------------------------------------------------------------------------
def S(name):
    return shape("zin", name)


@S("hygiene-controle")
def _(c):
    return (
        f"{c.K('Tijdens')} de {c.K('hygiënecontrole')} van de {c.K('NVWA')} op {c.OD()} was {c.T(c.res)} niet "
        f"in {c.K(c.biz)}; {c.N(c.fam2, 'xn')} ving de {c.K('inspecteur')} op."
    )


@S("kind-schrijft-namens")
def _(c):
    return (
        f"Ik schrijf namens mijn {c.rel} {c.N(c.res)}, die vooral {c.K(c.lang)} spreekt en de "
        f"{c.K('brieven')} van de {c.K('gemeente')} niet kan lezen."
    )


@S("familienaam-eerst-uitleg")
def _(c):
    return (
        f"{c.K('Let')} op: in het paspoort staat de familienaam voorop, dus {c.N(c.res, 'caps')} is dezelfde "
        f"persoon als {c.T(c.res)} in uw {c.K('systeem')}."
    )


@S("christelijke-naam")
def _(c):
    return (
        f"{c.K('Op')} de {c.K('werkvloer')} noemt iedereen {c.N(c.fam2, 'given')} gewoon "
        f"{c.N(c.fam2, 'xfirst') if c.fam2.xn else c.N(c.fam2, 'given')}, ook de "
        f"{c.K('accountant')}."
    )


@S("exploitatievergunning-aanvraag")
def _(c):
    return (
        f"{c.K('De')} {c.K('exploitatievergunning')} voor {c.K(c.biz)} is aangevraagd door "
        f"{c.N(c.res)} (geboren {c.D()}) onder {c.K('zaaknummer')} {c.Z()}."
    )


@S("bibob-vragenlijst")
def _(c):
    return (
        f"{c.K('Voor')} het {c.K('Bibob-onderzoek')} vulde {c.N(c.fam2, 'xn')} de {c.K('vragenlijst')} in; "
        f"BSN {c.B()} hoort bij {c.T(c.res)}."
    )


@S("tolk-gevraagd")
def _(c):
    return (
        f"{c.K('Graag')} een {c.K('tolk')} {c.K(c.lang)} bij het {c.K('gesprek')} op {c.DAY()}; "
        f"{c.T(c.res)} is bereikbaar via {c.N(c.fam2, 'given')} op {c.F(c.fam2)}."
    )


@S("afzuiging-klacht")
def _(c):
    return (
        f"{c.K('Buurman')} {c.N(c.nb)} van de {c.A()} klaagt over de {c.K('afzuiginstallatie')} van "
        f"{c.K(c.biz)} en over de {c.K('geur')} na tienen."
    )


@S("terras-overschrijding")
def _(c):
    return (
        f"{c.K('Handhaving')} mat een {c.K('terras')} dat 1,20 meter te breed was; de {c.K('waarschuwing')} "
        f"ging naar {c.T(c.res)}, {c.A()}, {c.PC()} {c.K(c.city)}."
    )


@S("nagelsalon-ventilatie")
def _(c):
    return (
        f"{c.K('In')} de {c.K('nagelsalon')} werkt {c.N(c.fam2, 'xn')} met acrylaat; de {c.K('GGD')} adviseert "
        f"betere {c.K('ventilatie')} en een {c.K('afzuigtafel')}."
    )


@S("importzending-douane")
def _(c):
    return (
        f"{c.K('De')} zending van {c.K(c.biz)} staat nog bij de {c.K('Douane')}; {c.N(c.res, 'init')} moet het "
        f"{c.K('keurmerk')} voor de sojasaus aanleveren."
    )


@S("bestelbus-kenteken")
def _(c):
    return (
        f"{c.K('De')} bestelbus met kenteken {c.L()} staat op naam van {c.N(c.res)} en kreeg een "
        f"{c.K('naheffing')} in de {c.K('milieuzone')}."
    )


@S("ontheffing-laden-lossen")
def _(c):
    return (
        f"{c.K('Voor')} laden en lossen vroeg {c.N(c.fam2, 'xn')} een {c.K('ontheffing')} aan voor de bus "
        f"{c.L()}, {c.K('kenmerk')} {c.Z()}."
    )


@S("iban-leges")
def _(c):
    return f"{c.K('De')} {c.K('leges')} van {c.M()} zijn betaald vanaf {c.I()} ten name van {c.N(c.res, 'caps')}."


@S("kwijtschelding")
def _(c):
    return (
        f"{c.T(c.res, cap=True)} vraagt {c.K('kwijtschelding')} van de {c.K('afvalstoffenheffing')}; het inkomen "
        f"komt binnen op {c.I()}."
    )


@S("inschrijving-brp")
def _(c):
    return (
        f"{c.K('Bij')} {c.K('Burgerzaken')} is {c.N(c.fam2)} ({c.D()}) nog ingeschreven op het adres van "
        f"{c.T(c.res)}, {c.A()}."
    )


@S("naam-spelling-fout")
def _(c):
    return (
        f"{c.K('In')} de {c.K('beschikking')} staat de naam van {c.T(c.res)} verkeerd om; de juiste volgorde is "
        f"{c.N(c.res)}."
    )


@S("buurvrouw-helpt")
def _(c):
    return (
        f"{c.K('Buurvrouw')} {c.N(c.nb)} hielp {c.T(c.res)} met het {c.K('formulier')} van de {c.K('Belastingdienst')}."
    )


@S("ambtenaar-functie")
def _(c):
    return (
        f"{c.K('Volgens')} {c.N(c.off)}, {c.K(c.off_fn)} bij {c.K(c.off_dept)}, ontbreekt nog de "
        f"{c.K('plattegrond')} van de {c.K('keuken')}."
    )


@S("bemiddelaar-voorstel")
def _(c):
    return (
        f"{c.K('Bemiddelaar')} {c.N(c.med)} stelt voor dat {c.T(c.res)} en {c.N(c.nb)} samen een "
        f"{c.K('afspraak')} maken over de {c.K('vuilcontainers')}."
    )


@S("wachttijd-besluit")
def _(c):
    return (
        f"{c.K('Sinds')} {c.OD()} wacht {c.N(c.res, 'xn')} op een {c.K('besluit')} over {c.Z()}; de "
        f"{c.K('beslistermijn')} is verstreken."
    )


@S("chinees-nieuwjaar-evenement")
def _(c):
    return (
        f"{c.K('Voor')} het {c.K('Chinees Nieuwjaar')} wil {c.N(c.fam2, 'xn')} een leeuwendans voor "
        f"{c.K(c.biz)} houden; daarvoor is een {c.K('evenementenvergunning')} nodig."
    )


@S("tet-feest")
def _(c):
    return (
        f"{c.K('Rond')} {c.K('Tết')} is de zaak drukker, schrijft {c.N(c.res, 'given')}, en dan is er extra "
        f"{c.K('personeel')} nodig."
    )


@S("paspoort-bijlage")
def _(c):
    return (
        f"{c.K('Als')} {c.K('bijlage')} stuur ik paspoort_{c.N(c.res, 'file')}.pdf en de "
        f"{c.K('huurovereenkomst')} van de {c.K('bedrijfsruimte')}."
    )


@S("whatsapp-kind")
def _(c):
    return f"{c.K('Mijn')} {c.rel} {c.N(c.fam2, 'xfirst')} stuurde de {c.K('foto')}'s via WhatsApp vanaf {c.F(c.fam2)}."


@S("instagram-handle")
def _(c):
    return f"{c.K('Reclame')} voor {c.K(c.biz)} loopt via het account @{c.N(c.fam2, 'handle')} op {c.K('Instagram')}."


@S("mail-terugbellen")
def _(c):
    return (
        f"{c.K('Mail')} gerust naar {c.E(c.fam2)} of bel {c.N(c.fam2, 'xfirst')}, want {c.T(c.res)} neemt vaak niet op."
    )


@S("geboortedatum-check")
def _(c):
    return f"{c.K('Ter')} controle: {c.N(c.res)}, geboortedatum {c.D()}, BSN {c.B()}."


@S("huisbezoek")
def _(c):
    return (
        f"{c.K('Op')} {c.DAY()} is er een {c.K('huisbezoek')} bij {c.T(c.res)} op de {c.A()}; "
        f"{c.N(c.fam2, 'given')} vertaalt."
    )


@S("huurtoeslag-terugvordering")
def _(c):
    return f"{c.K('De')} {c.K('terugvordering')} van {c.M()} kwam voor {c.N(c.res, 'poss')} ouders als verrassing."


@S("leerplicht-verzuim")
def _(c):
    return (
        f"{c.K('De')} {c.K('leerplichtambtenaar')} belde over {c.N(c.fam2, 'xfirst')}, die tijdens het "
        f"{c.K('Maanfeest')} een week in {c.K('Hongkong')} was."
    )


@S("brandveiligheid")
def _(c):
    return (
        f"{c.K('De')} {c.K('Veiligheidsregio')} vond bij {c.K(c.biz)} een geblokkeerde {c.K('nooduitgang')}; "
        f"{c.T(c.res)} heeft de dozen weggehaald."
    )


@S("alcoholwet-leidinggevende")
def _(c):
    return (
        f"{c.K('Op')} het {c.K('aanhangsel')} bij de {c.K('Alcoholwet')} staat {c.N(c.fam2)} als "
        f"{c.K('leidinggevende')}, geboren {c.D()}."
    )


@S("verklaring-sociale-hygiene")
def _(c):
    return (
        f"{c.N(c.fam2, 'xn')} heeft het {c.K('diploma')} {c.K('Sociale Hygiëne')} gehaald en staat nu in het "
        f"{c.K('register')}."
    )


@S("kvk-inschrijving")
def _(c):
    return (
        f"{c.K('Volgens')} de {c.K('KvK')} zijn {c.N(c.res)} en {c.N(c.fam2)} allebei {c.K('vennoot')} in de "
        f"{c.K('vof')}."
    )


@S("zelfde-achternaam-verwarring")
def _(c):
    return (
        f"{c.K('Er')} zijn twee keer {c.N(c.res, 'fam')} in het {c.K('dossier')}: {c.N(c.res, 'init')} en "
        f"{c.N(c.fam2, 'init')} zijn {c.K('familie')}, geen dubbele registratie."
    )


@S("telefoonnotitie-zin")
def _(c):
    return (
        f"{c.N(c.off)} ({c.K(c.off_dept)}) belde {c.F(c.res)} en sprak met {c.N(c.fam2, 'xfirst')}; de "
        f"{c.K('terugbelnotitie')} staat in {c.Z()}."
    )


@S("woningruil")
def _(c):
    return f"{c.K('Voor')} de {c.K('woningruil')} verhuist {c.T(c.res)} van de {c.A()} naar de {c.A()}."


@S("parkeervergunning-bedrijf")
def _(c):
    return (
        f"{c.K('De')} {c.K('bedrijfsparkeervergunning')} voor {c.L()} is afgewezen omdat {c.K(c.biz)} al "
        f"twee vergunningen heeft."
    )


@S("schuldhulp-iban")
def _(c):
    return (
        f"{c.K('Schuldhulpverlening')} zet de vaste lasten van {c.N(c.res, 'xn')} over naar {c.I()}, "
        f"{c.K('beheerrekening')} van de {c.K('budgetbeheerder')}."
    )


@S("inburgering")
def _(c):
    return (
        f"{c.N(c.fam2, 'xn')} doet mee aan de {c.K('Wet inburgering')} en heeft op {c.DAY()} "
        f"{c.K('taalles')} bij het {c.K('Taalhuis')}."
    )


@S("mantelzorg-ouder")
def _(c):
    return f"{c.K('Als')} {c.K('mantelzorger')} regelt {c.N(c.fam2)} de {c.K('Wmo')}-aanvraag voor {c.T(c.res)}."


@S("uithangbord-reclame")
def _(c):
    return (
        f"{c.K('Het')} {c.K('uithangbord')} met Chinese karakters boven {c.K(c.biz)} heeft geen "
        f"{c.K('omgevingsvergunning')}, meldt {c.N(c.off)}."
    )


@S("rijst-voorraad-kelder")
def _(c):
    return (
        f"{c.K('In')} de {c.K('kelder')} aan de {c.A(alone=True)} lagen zakken rijst op de vloer, zag "
        f"{c.K('toezichthouder')} {c.N(c.off)}."
    )


@S("sluitingstijden")
def _(c):
    return (
        f"{c.K('Op')} {c.K('vrijdag')} en {c.K('zaterdag')} wil {c.N(c.res, 'xn')} tot 01.00 uur open, zegt "
        f"{c.K('wijkagent')} {c.N(c.nb)}."
    )


@S("zorgverzekering-premie")
def _(c):
    return f"{c.K('De')} {c.K('zorgtoeslag')} van {c.N(c.res, 'poss')} moeder is stopgezet; haar BSN is {c.B()}."


@S("lowercase-chat")
def _(c):
    return (
        f"{c.K('Oké')}, {c.N(c.fam2, 'lower')} stuurt morgen het {c.K('uittreksel')} door, schreef "
        f"{c.N(c.res, 'given')} in de {c.K('chat')}."
    )


@S("adres-buitenland")
def _(c):
    return (
        f"{c.K('Tot')} de verhuizing is {c.T(c.fam2)} ook bereikbaar via {c.F(c.fam2, foreign=True)}, "
        f"{c.K('werkdagen')} na 14.00 uur."
    )


@S("postadres-zaak")
def _(c):
    return (
        f"{c.K('Post')} voor {c.K(c.biz)} graag naar {c.A()}, {c.PC()} {c.K(c.city)}, ter attentie van "
        f"{c.N(c.fam2, 'xn')}."
    )


@S("gemeente-contact")
def _(c):
    return (
        f"{c.K('Vragen')}? {c.K('Bel')} {c.K(c.c14)} of mail {c.K('info@' + c.cdom)} en noem "
        f"{c.K('zaaknummer')} {c.Z()}."
    )


@S("geboren-cue-loos")
def _(c):
    return (
        f"{c.N(c.fam2)}, {c.D()}, {c.K(c.rel)} van {c.T(c.res)}, staat als {c.K('medebewoner')} op het "
        f"{c.K('formulier')}."
    )


@S("import-vergunning-nvwa")
def _(c):
    return (
        f"{c.K('Voor')} gedroogde paddenstoelen uit {c.K('Vietnam')} heeft {c.N(c.res, 'xn')} een "
        f"{c.K('importcertificaat')} nodig, {c.K('dossier')} {c.Z()}."
    )


@S("koreaans-eten-festival")
def _(c):
    return (
        f"{c.K('Op')} de {c.K('Koningsdag')}markt verkoopt {c.N(c.fam2, 'xn')} kimbap; de "
        f"{c.K('standplaats')} staat op naam van {c.T(c.res)}."
    )


@S("vertaling-japans")
def _(c):
    return (
        f"{c.K('De')} beëdigde {c.K('vertaling')} van de geboorteakte van {c.N(c.res)} ({c.D()}) kwam uit "
        f"{c.K('Osaka')}."
    )


@S("filipijns-huishoudelijk")
def _(c):
    return (
        f"{c.T(c.res, cap=True)} werkt als {c.K('huishoudelijk')} medewerker en stuurt geld naar familie in "
        f"{c.K('Manilla')} via {c.I()}."
    )


# ---- line shapes (form lines, headers, signatures) -----------------------------------------------------------------
def Ln(name):
    return shape("regel", name)


@shape("slot", "regel-naam-familienaam")
def _(c):
    return f"Familienaam / voornamen: {c.N(c.res, 'caps')}"


@Ln("regel-geboortedatum")
def _(c):
    return f"{c.K('Geboortedatum')}: {c.D()}"


@Ln("regel-adres-postcode")
def _(c):
    return f"{c.K('Adres')}: {c.A()}, {c.PC()} {c.K(c.city)}"


@Ln("regel-telefoon")
def _(c):
    return f"Tel.: {c.F(c.res)}"


@Ln("regel-email")
def _(c):
    return f"E-mail: {c.E(c.res)}"


@Ln("regel-bsn")
def _(c):
    return f"BSN aanvrager: {c.B()}"


@Ln("regel-iban")
def _(c):
    return f"{c.K('Rekeningnummer')}: {c.I()}"


@Ln("regel-kenteken")
def _(c):
    return f"{c.K('Kenteken')} bedrijfsbus: {c.L()}"


@Ln("regel-zaaknummer")
def _(c):
    return f"{c.K('Zaaknummer')}: {c.Z()}"


@Ln("regel-contactpersoon-kind")
def _(c):
    return f"{c.K('Contactpersoon')} ({c.rel}): {c.N(c.fam2, 'xn')}, {c.F(c.fam2)}"


@Ln("regel-onderwerp")
def _(c):
    return f"{c.K('Onderwerp')}: {c.K(c.bkind)} {c.K(c.biz)}"


@shape("slot", "regel-van-aan")
def _(c):
    return f"Van: {c.N(c.fam2, 'xn')} <{c.E(c.fam2)}>\nAan: {c.K('info@' + c.cdom)}"


@shape("slot", "regel-cc-ambtenaar")
def _(c):
    return f"Cc: {c.N(c.off)}, {c.K(c.off_dept)}"


@shape("slot", "regel-groet-namens")
def _(c):
    return f"{c.K('Met')} vriendelijke groet,\n{c.N(c.fam2, 'xn')}\n(namens {c.N(c.res)})"


@shape("slot", "regel-groet-ambtenaar")
def _(c):
    return f"{c.K('Hoogachtend')},\n{c.N(c.off)}\n{c.K(c.off_fn)}, {c.K(c.off_dept)}"


@shape("slot", "regel-chat-tijd")
def _(c):
    return (
        f"[{c.r.randint(8, 22):02d}:{c.r.randint(0, 59):02d}] {c.N(c.fam2, 'xfirst')}: {c.K('mama')} vraagt of het "
        f"{c.K('loket')} {c.K('morgen')} open is"
    )


@shape("slot", "regel-bijlagen")
def _(c):
    return f"{c.K('Bijlagen')}: {c.N(c.res, 'file')}_kvk.pdf, {c.K('plattegrond')}.jpg"


@shape("slot", "regel-datum-plaats")
def _(c):
    return f"{c.K(c.city)}, {c.OD()}"


@Ln("regel-voorkeurstaal")
def _(c):
    return f"{c.K('Voorkeurstaal')}: {c.K(c.lang)} ({c.K('tolk')} gewenst)"


@Ln("regel-bedrijfsadres")
def _(c):
    return f"{c.K('Vestigingsadres')}: {c.A()}, {c.PC()}"


@Ln("regel-medewerker-inspectie")
def _(c):
    return f"{c.K('Inspecteur')}: {c.N(c.off)} ({c.K(c.off_dept)})"


# ---- document kinds -------------------------------------------------------------------------------------------------
def Dk(name):
    return shape("soort", name)


def body(c, lo=3, hi=5):
    return " ".join(c.pick("zin", c.r.randint(lo, hi)))


def lines(c, k):
    return "\n".join(c.pick("regel", k))


@Dk("brief-kind-voor-ouder")
def _(c):
    return (
        f"{c.K('Geachte')} heer, mevrouw,\n\n{c.s('kind-schrijft-namens')} {body(c, 2, 4)}\n\n"
        f"{c.s('regel-groet-namens')}"
    )


@Dk("aanvraagformulier")
def _(c):
    return (
        f"{c.K('AANVRAAGFORMULIER')} {c.K('EXPLOITATIEVERGUNNING')}\n{c.s('regel-naam-familienaam')}\n"
        f"{lines(c, 4)}\n{c.K('Toelichting')}: {body(c, 1, 3)}"
    )


@Dk("e-mail-bericht")
def _(c):
    return f"{c.s('regel-van-aan')}\n{c.s('regel-onderwerp')}\n\n{body(c, 3, 5)}"


@Dk("telefoonnotitie")
def _(c):
    return f"{c.K('TELEFOONNOTITIE')} {c.DAY()} {c.OD()}\n{body(c, 2, 4)} {c.s('telefoonnotitie-zin')}"


@Dk("controlerapport")
def _(c):
    return (
        f"{c.K('Controlerapport')} {c.K(c.bkind)} {c.K(c.biz)}\n{c.s('regel-medewerker-inspectie')}\n"
        f"{c.s('regel-bedrijfsadres')}\n{c.K('Bevindingen')}: {body(c, 2, 4)}"
    )


@Dk("verslag-keukentafel")
def _(c):
    return (
        f"{c.K('Verslag')} {c.K('keukentafelgesprek')} — {c.s('regel-datum-plaats')}\n{c.K('Aanwezig')}: "
        f"{c.N(c.res)}, {c.N(c.fam2, 'xn')} ({c.rel}), {c.N(c.off)}.\n{body(c, 3, 4)}"
    )


@Dk("chatexport")
def _(c):
    return f"{c.s('regel-chat-tijd')}\n{body(c, 2, 3)}\n{c.s('lowercase-chat')}"


@Dk("bemiddelingsverslag")
def _(c):
    return (
        f"{c.K('Buurtbemiddeling')} {c.K(c.city)} — {c.K('intakeverslag')}\n{c.s('bemiddelaar-voorstel')} "
        f"{body(c, 2, 4)}"
    )


@Dk("bezwaarschrift")
def _(c):
    return (
        f"{c.K('Bezwaarschrift')}\n{c.s('regel-zaaknummer')}\n{c.K('Namens')} {c.N(c.res)} maak ik bezwaar. "
        f"{body(c, 2, 4)}\n{c.s('regel-groet-namens')}"
    )


@Dk("tolkaanvraag")
def _(c):
    return f"{c.K('Tolkaanvraag')}\n{c.s('regel-voorkeurstaal')}\n{c.s('tolk-gevraagd')} {body(c, 1, 3)}"


@Dk("interne-overdracht")
def _(c):
    return f"{c.K('Overdracht')} aan {c.K('collega')} {c.N(c.med)}: {body(c, 3, 4)}\n{c.s('regel-cc-ambtenaar')}"


@Dk("beschikking-fragment")
def _(c):
    return (
        f"{c.K('BESCHIKKING')}\n{c.s('regel-naam-familienaam')}\n{lines(c, 2)}\n{c.K('Overwegingen')}: "
        f"{body(c, 2, 3)}\n{c.s('regel-groet-ambtenaar')}"
    )


@Dk("meldingsformulier-buren")
def _(c):
    return (
        f"{c.K('Melding')} {c.K('woonoverlast')}\n{c.s('afzuiging-klacht')} {body(c, 2, 3)}\n{c.s('gemeente-contact')}"
    )


@Dk("klantcontact-log")
def _(c):
    return "\n".join(f"- {x}" for x in c.pick("zin", c.r.randint(4, 6)))


@Dk("vertaalde-brief")
def _(c):
    return (
        f"[{c.K('Vertaling')} uit het {c.K(c.lang)}]\n{c.K('Beste')} {c.K('ambtenaar')}, {body(c, 3, 4)}\n{c.N(c.res)}"
    )


@Dk("intake-ondernemersloket")
def _(c):
    return (
        f"{c.K('Ondernemersloket')} — {c.K('intake')} {c.K(c.bkind)}\n{lines(c, 3)}\n{body(c, 2, 3)}\n"
        f"{c.s('regel-bijlagen')}"
    )


# ---- building and gating --------------------------------------------------------------------------------------------
MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]|<<(.*?)>>")


def render(marked: str):
    pii, keep = [], []

    def sub(m):
        if m.group(1):
            it = {"text": m.group(2), "label": m.group(1)}
            if it not in pii:
                pii.append(it)
            return m.group(2)
        if m.group(3) not in keep:
            keep.append(m.group(3))
        return m.group(3)

    return MARK.sub(sub, marked), pii, keep


def build(i: int, stream: str):
    r = random.Random(stream)
    known = i % 4 == 1
    c = Ctx(r, known)
    kinds = [n for n, (kd, _) in SHAPES.items() if kd == "soort"]
    kind = r.choice(kinds)
    marked = c.s(kind)
    if known:
        c.used.append("known-gewone-betekenis")
        marked += "\n" + KNOWN_USE[c.kword] + f" {c.K('Daarom')} vraagt {c.N(c.res)} om uitstel."
    text, pii, keep = render(marked)
    doc = {"id": f"fresh37c-{i:04d}", "text": text, "pii": pii, "keep": keep}
    if known:
        kn = {"names": [c.res.full]}
        if c.res.email and c.res.email in text:
            kn["emails"] = [c.res.email]
        if c.res.phone and c.res.phone in text:
            kn["phones"] = [c.res.phone]
        doc["known"] = kn
    return doc, c.used


def _name_words(s):
    return {w.lower() for w in re.split(r"[\s\-_.,']+", s) if len(w) > 1 and w.lower() not in PARTICLES}


def gate(doc: dict) -> str | None:
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not nm.bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not nm.iban_ok(it["text"]):
            return f"iban {it['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    names = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            names |= _name_words(it["text"])
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= _name_words(n)
    for k in doc["keep"]:
        for w in re.findall(r"\w+", k):
            lw = w.lower()
            if len(w) < 2 or lw in PARTICLES or lw not in names:
                continue
            if w == lw and lw in known_words:
                continue
            return f"keep {k!r} shares {w!r} with a name"
    if "known" in doc:
        if not any(k == k.lower() and k in known_words for k in doc["keep"]):
            return "known document without ordinary use in keep"
    return None


def generate():
    docs, used, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        attempt = 0
        stream = f"{SEED}-{i}"
        while True:
            doc, u = build(i, stream)
            if gate(doc) is None:
                break
            attempt += 1
            redraws += 1
            assert attempt < 200, (i, gate(doc))
            stream = f"{SEED}-{i}-{attempt}"
        docs.append(doc)
        used.update(u)
    return docs, used, redraws


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, used, redraws = generate()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == dump(docs)
        print("fresh37c_texts.jsonl is up to date" if same else "fresh37c_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)}")
        kinds = Counter()
        for n, k in used.items():
            kinds[SHAPES[n][0] if n in SHAPES else "bekend"] += k
        print(f"shapes registered: {len(SHAPES) + 1} (incl. the known-name sentence), used: {len(used)}")
        distinct = Counter(SHAPES[n][0] if n in SHAPES else "bekend" for n in used.keys())
        print("  distinct per kind: " + ", ".join(f"{k} {v}" for k, v in sorted(distinct.items())))
        print("  uses per kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
        print(f"shape uses: {sum(used.values())}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(dump(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
