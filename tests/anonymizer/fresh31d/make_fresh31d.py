"""Generator of the blind corpus fresh31d: regional languages (Frysk, Limburgs, Nedersaksisch, Zeeuws, Brabants).

Helper H5, round twenty-five. Seed 20261234; document i draws from random.Random("20261234-<i>"), a document that
fails gate() is redrawn from "20261234-<i>-<attempt>".

    python tests/anonymizer/fresh31d/make_fresh31d.py            # write fresh31d_texts.jsonl
    python tests/anonymizer/fresh31d/make_fresh31d.py --check    # exit 1 if the committed file differs
    python tests/anonymizer/fresh31d/make_fresh31d.py --stats    # counts per label, shapes, known names, redraws
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
from names31d import KNOWN, LOCAL_ORIGINS, ORIGINS, REGIONS  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

SEED = 20261234
N_DOCS = 300
OUT = HERE / "fresh31d_texts.jsonl"
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
KINDS: dict[str, object] = {}
BODY: dict[str, object] = {}


def shape(table, name):
    def deco(f):
        assert name not in SHAPES, name
        SHAPES[name] = f
        table[name] = f
        f.shape = name
        return f

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
FY_MONTHS = [
    "jannewaris",
    "febrewaris",
    "maart",
    "april",
    "maaie",
    "juny",
    "july",
    "augustus",
    "septimber",
    "oktober",
    "novimber",
    "desimber",
]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]
MAILDOM = [
    "ziggo.nl",
    "hetnet.nl",
    "home.nl",
    "kpnmail.nl",
    "gmail.com",
    "outlook.com",
    "planet.nl",
    "online.nl",
    "xs4all.nl",
    "freonen.frl",
    "hotmail.com",
    "icloud.com",
    "telfort.nl",
    "caiway.nl",
]
BANKS = ["RABO", "INGB", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
PC_LETTERS = "ABCEGHJKLMNPRTVWXZ"
FUNCTIONS = [
    ("consulent Wmo", "team Sociaal Domein"),
    ("klantmanager", "afdeling Werk en Inkomen"),
    ("wijkcoördinator", "team Dorpen en Wijken"),
    ("handhaver", "team Toezicht en Handhaving"),
    ("medewerker Vergunningen", "afdeling Omgevingszaken"),
    ("beleidsmedewerker streektaal", "team Cultuur"),
    ("gebiedsregisseur", "team Leefomgeving"),
    ("medewerker Burgerzaken", "afdeling Burgerzaken"),
    ("medewerker Belastingen", "afdeling Belastingen"),
    ("dorpencoördinator", "team Kernen"),
    ("schuldhulpverlener", "team Geldzaken"),
    ("leerplichtambtenaar", "team Onderwijs"),
]
FAMG = {
    "Heit": "m",
    "Mem": "f",
    "Pake": "m",
    "Beppe": "f",
    "Pap": "m",
    "Mam": "f",
    "Opa": "m",
    "Oma": "f",
    "Moeke": "f",
    "Va": "m",
    "Opoe": "f",
    "Pa": "m",
    "Moe": "f",
    "Vaoder": "m",
    "Ons Ma": "f",
    "Ons Pa": "m",
}
MED_TITLES = ["bemiddelaar", "afstemmer", "onafhankelijk bemiddelaar", "buurtbemiddelaar", "mediator"]
TOPICS = [
    "huishoudelijke hulp",
    "kwijtschelding",
    "bouwvergunning",
    "leerlingenvervoer",
    "mantelzorgwaardering",
    "bijzondere bijstand",
    "paasvuurvergunning",
    "evenementenvergunning",
    "mestopslag",
    "erfgrens",
    "WOZ-waarde",
    "afvalstoffenheffing",
    "trapliftaanvraag",
    "standplaatsvergunning",
    "gladheidsbestrijding",
]


def ascii_(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L").replace("ı", "i"))
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in s if not unicodedata.combining(c)).lower())


class Person:
    def __init__(self, r, origin, gender=None, core=None, particle=None, given=None):
        m, f, pre, suf, parts, pshare = ORIGINS[origin]
        self.origin = origin
        self.gender = gender or r.choice("mf")
        self.given = given or r.choice(m if self.gender == "m" else f)
        if core is None:
            core = r.choice(pre) + r.choice(suf)
            if self.gender == "f" and origin == "Pools" and core.endswith("ski"):
                core = core[:-1] + "a"
            if self.gender == "f" and origin == "Bulgaars":
                core += "a"
            particle = r.choice(parts) if parts and r.random() < pshare else ""
        self.core, self.particle = core, particle or ""
        self.sur = (self.particle + " " + self.core) if self.particle else self.core
        self.sur_cap = self.sur[0].upper() + self.sur[1:]
        self.full = self.given + " " + self.sur
        self.phone = self.email = self.dob = None

    def words(self):
        return [w for w in re.split(r"[\s\-]+", self.full) if w]


class Doc:
    def __init__(self, r, i):
        self.r, self.i = r, i
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.persons: list[Person] = []
        self.known = None
        self.used_numbers: set[str] = set()

    # --- recording helpers -------------------------------------------------------------------------------------
    def _p(self, text, label):
        if {"text": text, "label": label} not in self.pii:
            self.pii.append({"text": text, "label": label})
        return text

    def K(self, *words):
        for w in words:
            if w not in self.keep:
                self.keep.append(w)
        return words[0]

    def N(self, p: Person, form="full"):
        if p not in self.persons:
            self.persons.append(p)
        if getattr(p, "no_lower", False) and form in ("lower", "lowerfull", "filecore"):
            form = {"lower": "given", "lowerfull": "full", "filecore": "given"}[form]
        if form == "full":
            t = p.full
        elif form == "given":
            t = p.given
        elif form == "sur":
            t = p.sur_cap
        elif form == "init":
            t = p.given[0] + ". " + p.sur
        elif form == "upper":
            t = p.sur.upper()
        elif form == "lower":
            t = p.given.lower()
        elif form == "lowerfull":
            t = p.full.lower()
        elif form == "possg":
            t = p.given + ("'s" if p.given[-1] in "aiouy" else "s")
        elif form == "posss":
            t = p.sur_cap + ("'s" if p.sur[-1] in "aiouy" else "s")
        elif form == "handle":
            t = "@" + ascii_(p.given) + "_" + ascii_(p.core)[:5]
        elif form == "filecore":
            t = ascii_(p.core)
        else:
            raise ValueError(form)
        return self._p(t, "PERSON")

    def A(self, addr):
        return self._p(addr, "ADDRESS")

    def S(self, name):
        self.shapes.append(name)


# --- structured values -------------------------------------------------------------------------------------------
def bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 9:
        return False
    return (sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])) % 11 == 0


def iban(r, spaced):
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    check = 98 - int(num) % 97
    s = f"NL{check:02d}{bank}{acct}"
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if spaced else s


def iban_ok(s):
    s = s.replace(" ", "").upper()
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def plate(r):
    L = lambda n: "".join(r.choice(PLATE_LETTERS) for _ in range(n))
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    return r.choice(
        [
            f"{L(2)}-{D(2)}-{D(2)}",
            f"{D(2)}-{L(2)}-{D(2)}",
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"V{L(1)}-{D(3)}-{L(1)}",
        ]
    )


def case_number(r, slug):
    n = r.randint(1000, 999999)
    y = r.choice([2025, 2026])
    ab = ascii_(slug)[:3].upper()
    return r.choice(
        [
            f"{ab}/{y}/{n:06d}",
            f"Z{y % 100}-{ab[:2]}{n % 10000:04d}",
            f"AFS.{y % 100}.{n:06d}",
            f"BZW-{n % 100000:05d}/{y % 100}",
            f"Mld.{n:07d}",
            f"{y % 100}{ab[:2]}{n % 100000:05d}",
            f"{ab}-WMO-{n % 100000:05d}",
            f"dossier-{y}-{ab}{n % 1000:03d}",
            f"VA{y}{n % 10000:04d}{ab[0]}",
        ]
    )


def phone(r, reg, mobile=None):
    if mobile is None:
        mobile = r.random() < 0.55
    if mobile:
        d = "".join(str(r.randint(0, 9)) for _ in range(8))
        return r.choice(
            [
                f"06-{d}",
                f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                f"+31 6 {d[:4]} {d[4:]}",
                f"0031 6 {d}",
                f"(06) {d[:4]} {d[4:]}",
                f"+316{d}",
            ]
        )
    a = r.choice(reg["area"])
    d = "".join(str(r.randint(0, 9)) for _ in range(10 - len(a)))
    return r.choice(
        [f"{a}-{d}", f"({a}) {d}", f"{a} {d[:3]} {d[3:]}" if len(d) > 5 else f"{a} {d}", f"+31 {a[1:]} {d}"]
    )


def postcode(r, reg):
    lo, hi = reg["pc"]
    s = str(r.randint(lo, hi)) + r.choice(["", " "]) + "".join(r.choice(PC_LETTERS) for _ in range(2))
    return s


def email(r, p: Person):
    g, c, pa = ascii_(p.given), ascii_(p.core), ascii_(p.particle)
    local = r.choice(
        [
            f"{g}.{pa}{c}",
            f"{g[0]}.{pa}{c}",
            f"{g}{c}{r.randint(50, 99)}",
            f"{c}.{g}",
            f"{g}_{c}",
            f"{pa}{c}{g[0]}",
            f"fam.{pa}{c}",
        ]
    )
    return local + "@" + r.choice(MAILDOM)


def odate(r, frisian=False):
    """An ordinary (non-birth) date in 2025-2026."""
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2025, 2026])
    months = FY_MONTHS if frisian else MONTHS
    return r.choice([f"{d} {months[m - 1]} {y}", f"{d} {MONTHS[m - 1]}"])


def dob(r, reg_lang):
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1932, 2008)
    fy = reg_lang == "Frysk"
    shapes = [
        ("geboren op", f"{d} {MONTHS[m - 1]} {y}"),
        ("geb.", f"{d:02d}-{m:02d}-{y}"),
        ("geboortedatum", f"{y}-{m:02d}-{d:02d}"),
        ("°", f"{d}/{m}/{y}"),
        ("*", f"{d:02d}.{m:02d}.{y}"),
        ("", f"{d}-{m}-{y}"),
        ("jarig op", f"{d} {MONTHS[m - 1][:3]}. {y}"),
        ("geboren in", f"{MONTHS[m - 1]} {y}") if False else ("geb. datum", f"{d:02d}{m:02d}{y}"),
        ("van", f"{d} {MONTHS[m - 1]} '{y % 100:02d}"),
    ]
    if fy:
        shapes.append(("berne op", f"{d} {FY_MONTHS[m - 1]} {y}"))
    if reg_lang == "Limburgs":
        shapes.append(("gebore op", f"{d} {MONTHS[m - 1]} {y}"))
    if reg_lang in ("Twents", "Drents", "Gronings"):
        shapes.append(("geboorn", f"{d}-{m:02d}-{y}"))
    return r.choice(shapes)


# --- the context of one document ---------------------------------------------------------------------------------
class Ctx:
    pass


def make_ctx(r, d: Doc, known: bool):
    c = Ctx()
    c.rname = r.choice(sorted(REGIONS))
    c.reg = REGIONS[c.rname]
    c.lang = c.reg["lang"]
    c.muni, c.slug = r.choice(c.reg["munis"])
    c.place = r.choice(c.reg["places"])
    c.place2 = r.choice([p for p in c.reg["places"] if p != c.place])
    origins = sorted(ORIGINS)

    def pick_origin(local_share):
        return r.choice(LOCAL_ORIGINS[c.rname]) if r.random() < local_share else r.choice(origins)

    if known:
        sur, part, clause = r.choice(KNOWN)
        og = r.choice(LOCAL_ORIGINS[c.rname])
        c.res = Person(r, og, core=sur, particle=part)
        c.known_word = sur.lower()
        c.known_clause = clause.replace("{w}", c.known_word)
    else:
        c.res = Person(r, pick_origin(0.5))
        c.known_word = None
    c.fam = Person(r, c.res.origin, core=c.res.core, particle=c.res.particle)
    while c.fam.given == c.res.given:
        c.fam = Person(r, c.res.origin, core=c.res.core, particle=c.res.particle)
    c.res.no_lower = c.fam.no_lower = known
    c.nb = Person(r, pick_origin(0.4))
    c.off = Person(r, pick_origin(0.4))
    c.med = Person(r, pick_origin(0.3))
    c.func, c.dept = r.choice(FUNCTIONS)
    c.medtitle = r.choice(MED_TITLES)
    c.topic = r.choice(TOPICS)
    st_pre, st_suf = c.reg["street"]
    streets = set()
    while len(streets) < 3:
        streets.add(r.choice(st_pre) + r.choice(st_suf))
    c.street, c.street_nb, c.street3 = sorted(streets)
    c.nr = str(r.randint(1, 160)) + r.choice(["", "", "", "a", "-II", " B", "-3"])
    c.nr_nb = str(r.randint(1, 160))
    c.house = r.choice(c.reg["houses"])
    c.pc = postcode(r, c.reg)
    c.date = odate(r, c.lang == "Frysk" and r.random() < 0.4)
    c.date2 = odate(r)
    c.contact = "14 " + c.reg["area"][0]
    c.info = "info@" + c.slug + ".nl"
    c.org = r.choice(c.reg["orgs"])
    c.event = r.choice(c.reg["events"])
    c.famword = r.choice([w for w in c.reg["family"] if FAMG[w] == c.fam.gender])
    c.res.phone = phone(r, c.reg)
    c.res.email = email(r, c.res)
    c.nb.phone = phone(r, c.reg)
    c.off.email = f"{ascii_(c.off.given)[0]}.{ascii_(c.off.particle)}{ascii_(c.off.core)}@{c.slug}.nl"
    c.off.phone = phone(r, c.reg, mobile=False)
    c.med.email = email(r, c.med)
    c.dob_cue, c.dob = dob(r, c.lang)
    c.fam_dob_cue, c.fam_dob = dob(r, c.lang)
    c.bsn = bsn(r)
    c.iban = iban(r, r.random() < 0.5)
    c.plate = plate(r)
    c.case = case_number(r, c.slug)
    c.case2 = case_number(r, c.slug)
    c.amount = r.choice(
        [
            f"€ {r.randint(1, 9)}.{r.randint(100, 999)},-",
            f"{r.randint(40, 900)} euro",
            f"€ {r.randint(12, 980)},{r.randint(10, 99)}",
        ]
    )
    c.r = r
    return c


# shorthand: structured item recorders on the doc
def PH(d, p):
    d.used_numbers.add(p.phone)
    return d._p(p.phone, "PHONE")


def EM(d, p):
    return d._p(p.email, "EMAIL")


def ADR(d, c, who="res"):
    if who == "res":
        return d.A(f"{c.street} {c.nr}")
    return d.A(f"{c.street_nb} {c.nr_nb}")


def PC(d, c):
    return d._p(c.pc, "POSTCODE")


def DOB(d, c, fam=False):
    cue, val = (c.fam_dob_cue, c.fam_dob) if fam else (c.dob_cue, c.dob)
    d._p(val, "DATE_OF_BIRTH")
    return (cue + " " + val).strip()


def BSN_(d, c):
    return d._p(c.bsn, "BSN")


def IBAN_(d, c):
    return d._p(c.iban, "IBAN")


def PLATE(d, c):
    return d._p(c.plate, "LICENSE_PLATE")


def CASE(d, c, second=False):
    return d._p(c.case2 if second else c.case, "CASE_NUMBER")


def PLACE(d, c, dutch=False, second=False):
    p = c.place2 if second else c.place
    return d.K(p[1] if dutch else p[0])


def CLAUSE(d, c):
    text, keeps = c.r.choice(c.reg["clauses"])
    for k in keeps:
        d.K(k)
    return text.replace("{", "").replace("}", "")


def ND(d, c):
    """A fresh ordinary date for one sentence, recorded as a keep word."""
    for _ in range(20):
        t = odate(c.r)
        if t not in d.keep:
            break
    return d.K(t)


# --- body sentences (each registered as a shape) -------------------------------------------------------------------
@shape(BODY, "s_bilingual_letters")
def _(d, c):
    return (
        f"{d.N(c.res, 'full')} vraagt of de gemeente {d.K(c.muni)} de brieven voortaan in het "
        f"{d.K(c.lang)} kan sturen; volgens de {d.K('Taalwet')} mag dat."
    )


@shape(BODY, "s_place_sign")
def _(d, c):
    return (
        f"Op het {d.K('plaatsnaambord')} staat {PLACE(d, c)} boven {PLACE(d, c, dutch=True)}, en "
        f"{d.N(c.nb, 'full')} van de {ADR(d, c, 'nb')} wil dat het andersom wordt."
    )


@shape(BODY, "s_farm_address")
def _(d, c):
    return (
        f"De {d.K('boerderij')} heet {d.A(c.house)} en ligt aan de {ADR(d, c)}, {PC(d, c)} "
        f"{PLACE(d, c, dutch=True)}; daar wonen {d.N(c.res, 'given')} en {d.N(c.fam, 'full')}."
    )


@shape(BODY, "s_farm_renumber")
def _(d, c):
    return (
        f"Sinds de {d.K('hernummering')} heeft {d.A(c.house)} geen eigen naam meer in de {d.K('BAG')}, "
        f"alleen nog {ADR(d, c)}; {d.N(c.res, 'sur')} vindt dat jammer."
    )


@shape(BODY, "s_family_word")
def _(d, c):
    return (
        f"{d.K(c.famword)} ({d.N(c.fam, 'full')}, {DOB(d, c, fam=True)}) woont in bij {d.N(c.res, 'given')} "
        f"en heeft {d.K('dagbesteding')} nodig."
    )


@shape(BODY, "s_dob_plain")
def _(d, c):
    return f"Het gaat om {d.N(c.res, 'full')}, {DOB(d, c)}, met {d.K('BSN')} {BSN_(d, c)}."


@shape(BODY, "s_bsn_iban")
def _(d, c):
    return (
        f"Graag het {d.K('bedrag')} van {d.K(c.amount)} overmaken op {IBAN_(d, c)} ten name van {d.N(c.res, 'init')}."
    )


@shape(BODY, "s_iban_frisian")
def _(d, c):
    return (
        f"It jild kin op rekken {IBAN_(d, c)}, dat is de {d.K('rekken')} fan {d.N(c.res, 'given')} en "
        f"{d.N(c.fam, 'given')}."
    )


@shape(BODY, "s_tractor_plate")
def _(d, c):
    return (
        f"De {d.K('trekker')} met kenteken {PLATE(d, c)} van {d.N(c.nb, 'sur')} staat al weken op de "
        f"{d.K('berm')} bij de {d.K('brug')}."
    )


@shape(BODY, "s_plate_parking")
def _(d, c):
    return (
        f"{d.K('Handhaving')} schreef een bon uit voor {PLATE(d, c)}, maar volgens {d.N(c.res, 'given')} "
        f"stond de {d.K('camper')} op eigen erf."
    )


@shape(BODY, "s_case_cue")
def _(d, c):
    return f"Uw {d.K('zaaknummer')} is {CASE(d, c)}; noem dit nummer als u belt met {d.K(c.contact)}."


@shape(BODY, "s_case_frisian")
def _(d, c):
    return f"Ús {d.K('kenmerk')}: {CASE(d, c)}. Jo kinne reagearje oant {ND(d, c)}."


@shape(BODY, "s_phone_evening")
def _(d, c):
    return f"{d.N(c.res, 'given')} is 's avonds na het {d.K('melken')} bereikbaar op {PH(d, c.res)}, overdag niet."


@shape(BODY, "s_email_plain")
def _(d, c):
    return f"Stuur de stukken liever naar {EM(d, c.res)} dan per {d.K('post')}, want de brievenbus lekt."


@shape(BODY, "s_official_intro")
def _(d, c):
    return (
        f"{d.N(c.off, 'full')}, {c.func} van het {d.K(c.dept.split()[-1])}-team, komt op "
        f"{d.K(c.date)} langs op de {ADR(d, c)}."
    )


@shape(BODY, "s_official_mail")
def _(d, c):
    return f"Vragen kunnen naar {d._p(c.off.email, 'EMAIL')} of naar het algemene adres {d.K(c.info)}."


@shape(BODY, "s_official_phone")
def _(d, c):
    return (
        f"Het directe nummer van {d.N(c.off, 'sur')} is {PH(d, c.off)}; de {d.K('receptie')} zit op {d.K(c.contact)}."
    )


@shape(BODY, "s_mediator")
def _(d, c):
    return (
        f"{d.K('Mediator')} {d.N(c.med, 'full')} sprak met beide partijen in het {d.K('dorpshuis')} van {PLACE(d, c)}."
    )


@shape(BODY, "s_mediator_mail")
def _(d, c):
    return f"De {c.medtitle} ({EM(d, c.med)}) stelt voor om na de {d.K(c.event)} opnieuw om tafel te gaan."


@shape(BODY, "s_neighbour_hedge")
def _(d, c):
    return f"De {d.K('heg')} van {d.N(c.nb, 'full')} groeit over de {d.K('erfgrens')}, zegt {d.N(c.res, 'sur')}."


@shape(BODY, "s_neighbour_dog")
def _(d, c):
    return (
        f"{d.N(c.nb, 'possg')} hond blaft elke nacht; {d.N(c.res, 'given')} belde {d.K('Veilig Thuis')} "
        f"niet, maar de {d.K('wijkagent')}."
    )


@shape(BODY, "s_manure_smell")
def _(d, c):
    return (
        f"Sinds de nieuwe {d.K('mestkelder')} ruikt het bij {d.N(c.nb, 'sur')} op {ADR(d, c, 'nb')} naar {d.K('gier')}."
    )


@shape(BODY, "s_dialect_clause")
def _(d, c):
    return f'{d.N(c.res, "given")} schrijft: "{CLAUSE(d, c)}"'


@shape(BODY, "s_dialect_quote_neighbour")
def _(d, c):
    return f'Buurman {d.N(c.nb, "given")} zegt daarover in het {d.K(c.lang)}: "{CLAUSE(d, c)}"'


@shape(BODY, "s_org_scheme")
def _(d, c):
    return f"Via {d.K(c.org)} kreeg {d.N(c.res, 'full')} een folder over de {d.K('regeling')} voor {d.K(c.topic)}."


@shape(BODY, "s_event_permit")
def _(d, c):
    return (
        f"Voor de {d.K(c.event)} op {ND(d, c)} vraagt {d.N(c.nb, 'full')} een "
        f"{d.K('ontheffing')} aan; {d.K('dossiernummer')} {CASE(d, c, True)}."
    )


@shape(BODY, "s_possessive_sur")
def _(d, c):
    return (
        f"{d.N(c.res, 'posss')} {d.K('aanvraag')} voor {d.K(c.topic)} ligt sinds {d.K(c.date)} "
        f"bij de {d.K('afdeling')}."
    )


@shape(BODY, "s_upper_header")
def _(d, c):
    return f"BETREFT {d.N(c.res, 'upper')}, {d.N(c.res, 'given')} — {d.K(c.topic)}, {CASE(d, c)}."


@shape(BODY, "s_lower_full")
def _(d, c):
    return f"ps. {d.K('groetjes')} van {d.N(c.fam, 'lowerfull')} en de {d.K('kinderen')}"


@shape(BODY, "s_handle")
def _(d, c):
    return (
        f"Op {d.K('Facebook')} plaatste {d.N(c.nb, 'handle')} een foto van de {d.K('wateroverlast')} "
        f"bij {d.N(c.res, 'posss')} {d.K('schuur')}."
    )


@shape(BODY, "s_file_name")
def _(d, c):
    fn = f"bijlage-{d.N(c.res, 'filecore')}-{c.r.randint(1, 9)}.pdf"
    return f"In de {d.K('bijlage')} ({fn}) zit de {d.K('taxatie')} van de woning."


@shape(BODY, "s_earthquake")
def _(d, c):
    return (
        f"Het {d.K('Instituut Mijnbouwschade Groningen')} nam de schade aan {ADR(d, c)} op; "
        f"{d.N(c.res, 'given')} wacht nog op het {d.K('rapport')}."
    )


@shape(BODY, "s_noaberschap")
def _(d, c):
    return (
        f"Via {d.K('noaberschap')} helpt {d.N(c.nb, 'full')} bij het {d.K('boodschappen')} doen "
        f"voor {d.N(c.fam, 'given')}."
    )


@shape(BODY, "s_ringrijden")
def _(d, c):
    return (
        f"De {d.K('ringrijders')} lopen met hun paarden over het land van {d.N(c.res, 'sur')}; "
        f"dat gaf {d.K('schade')} van {d.K(c.amount)}."
    )


@shape(BODY, "s_carnival")
def _(d, c):
    return (
        f"Tijdens {d.K('Vastelaovend')} stond de {d.K('wagen')} van de {d.K('buurtvereniging')} "
        f"voor de deur van {d.N(c.res, 'full')}."
    )


@shape(BODY, "s_dialect_lesson")
def _(d, c):
    return (
        f"De {d.K('basisschool')} in {PLACE(d, c)} geeft les in het {d.K(c.lang)}, en "
        f"{d.N(c.fam, 'given')} ({DOB(d, c, fam=True)}) mag daar niet aan meedoen."
    )


@shape(BODY, "s_name_spelling")
def _(d, c):
    return (
        f"Bij {d.K('Burgerzaken')} is de naam van {d.N(c.res, 'given')} verkeerd gespeld; in de "
        f"{d.K('BRP')} staat het zonder {d.K('accent')}."
    )


@shape(BODY, "s_wmo_visit")
def _(d, c):
    return f"Op {d.K(c.date)} was er een {d.K('keukentafelgesprek')} met {d.N(c.res, 'full')} en {d.N(c.off, 'full')}."


@shape(BODY, "s_debt")
def _(d, c):
    return (
        f"De {d.K('achterstand')} bij de {d.K('energieleverancier')} is {d.K(c.amount)}; "
        f"{d.N(c.res, 'sur')} wil een {d.K('betalingsregeling')}."
    )


@shape(BODY, "s_tax_waiver")
def _(d, c):
    return (
        f"Het verzoek om {d.K('kwijtschelding')} van de {d.K('afvalstoffenheffing')} (aanslag "
        f"{CASE(d, c)}) is afgewezen."
    )


@shape(BODY, "s_school_transport")
def _(d, c):
    return f"{d.N(c.fam, 'given')} moet elke dag {d.K('veertig')} kilometer naar school; de taxi stopt bij {ADR(d, c)}."


@shape(BODY, "s_storm_damage")
def _(d, c):
    return (
        f"Na de {d.K('storm')} van {ND(d, c)} lag de boom van {d.N(c.nb, 'sur')} op het dak van {d.N(c.res, 'given')}."
    )


@shape(BODY, "s_windmill")
def _(d, c):
    return (
        f"Over de {d.K('windmolens')} bij {PLACE(d, c, second=True)} is {d.N(c.res, 'full')} "
        f"(bereikbaar op {PH(d, c.res)}) niet te spreken."
    )


@shape(BODY, "s_two_dobs")
def _(d, c):
    return f"Aanvragers: {d.N(c.res, 'full')} ({DOB(d, c)}) en {d.N(c.fam, 'full')} ({DOB(d, c, fam=True)})."


@shape(BODY, "s_ordinary_dates")
def _(d, c):
    return f"Het {d.K('bezwaar')} kwam binnen op {d.K(c.date)}; de {d.K('hoorzitting')} is op {ND(d, c)}."


@shape(BODY, "s_weekday")
def _(d, c):
    wd = c.r.choice(WEEKDAYS)
    return (
        f"Elke {d.K(wd)} brengt {d.N(c.fam, 'given')} {d.N(c.res, 'given')} naar de "
        f"{d.K('huisarts')} in {PLACE(d, c, dutch=True)}."
    )


@shape(BODY, "s_ice_rink")
def _(d, c):
    return (
        f"De {d.K('ijsbaan')} achter {ADR(d, c, 'nb')} loopt onder water; {d.N(c.nb, 'full')} "
        f"vraagt of de {d.K('pomp')} aan mag."
    )


@shape(BODY, "s_terp")
def _(d, c):
    return (
        f"Bij het graven op de {d.K('terp')} vond {d.N(c.res, 'given')} scherven; de "
        f"{d.K('archeoloog')} van de provincie kwam kijken."
    )


@shape(BODY, "s_postcode_only")
def _(d, c):
    return f"Postadres is postcode {PC(d, c)}, huisnummer {d.K('ontbreekt')} in het formulier."


@shape(BODY, "s_street_alone")
def _(d, c):
    return f"Op de {d.A(c.street3)} wordt te hard gereden, aldus de {d.K('dorpsraad')} van {PLACE(d, c)}."


@shape(BODY, "s_phone_neighbour")
def _(d, c):
    return (
        f"Bel bij geen gehoor {d.N(c.nb, 'given')} (buurvrouw of buurman) op {PH(d, c.nb)}; die heeft "
        f"een {d.K('sleutel')}."
    )


@shape(BODY, "s_mantelzorg")
def _(d, c):
    return (
        f"{d.N(c.res, 'given')} is {d.K('mantelzorger')} voor {d.K(c.famword)} en vraagt de "
        f"{d.K('mantelzorgwaardering')} aan."
    )


@shape(BODY, "s_init_official")
def _(d, c):
    return f"Behandelaar: {d.N(c.off, 'init')}, {d.K(c.dept.split()[-1])}."


@shape(BODY, "s_frisian_thanks")
def _(d, c):
    return (
        f"Tige tank foar it {d.K('petear')}, {d.N(c.off, 'given')}; ik hear graach wat de "
        f"{d.K('wethâlder')} derfan fynt."
    )


@shape(BODY, "s_zeeuws_dike")
def _(d, c):
    return f"Het {d.K('Waterschap')} wil de {d.K('dijk')} verhogen over het erf van {d.N(c.res, 'full')} ({ADR(d, c)})."


@shape(BODY, "s_brabant_kermis")
def _(d, c):
    return (
        f"De {d.K('kermis')} staat pal voor {ADR(d, c)}; {d.N(c.res, 'given')} kan er met de "
        f"{d.K('rollator')} niet langs."
    )


@shape(BODY, "s_solar_park")
def _(d, c):
    return (
        f"{d.N(c.nb, 'full')} wil een {d.K('zonnepark')} op het land; {d.N(c.res, 'sur')} vreest "
        f"voor het {d.K('uitzicht')}."
    )


@shape(BODY, "s_dob_no_cue")
def _(d, c):
    cue, val = c.dob_cue, c.dob
    d._p(val, "DATE_OF_BIRTH")
    return f"{d.N(c.res, 'full')} ({val}) staat niet meer ingeschreven op de {ADR(d, c)}."


@shape(BODY, "s_mail_sign_contact")
def _(d, c):
    return f"Antwoord graag aan {EM(d, c.res)} of bel {PH(d, c.res)} (na zessen)."


@shape(BODY, "s_interpreter")
def _(d, c):
    return (
        f"{d.N(c.fam, 'full')} tolkte voor {d.N(c.res, 'given')}, want die spreekt alleen "
        f"{d.K(c.lang)} en een beetje {d.K('Nederlands')}."
    )


REGION_ONLY = {
    "s_earthquake": {"groningen"},
    "s_noaberschap": {"twente", "drenthe"},
    "s_ringrijden": {"zeeland"},
    "s_carnival": {"limburg"},
    "s_terp": {"fryslan", "groningen"},
    "s_zeeuws_dike": {"zeeland", "fryslan", "groningen"},
    "s_brabant_kermis": {"brabant", "limburg"},
    "s_frisian_thanks": {"fryslan"},
    "s_iban_frisian": {"fryslan"},
    "s_case_frisian": {"fryslan"},
    "s_ice_rink": {"fryslan", "groningen", "drenthe", "twente"},
    "s_bilingual_letters": {"fryslan"},
}
CALLER = {
    "fryslan": ("mei", "Ik skilje oer it"),
    "limburg": ("mèt", "Ich bel euver"),
    "twente": ("met", "Ik bel oaver"),
    "groningen": ("mit", "Ik bel over"),
    "drenthe": ("mit", "Ik bel over"),
    "zeeland": ("mee", "k Bel over"),
    "brabant": ("mee", "Ik bel over"),
}
GROUP = {
    "fryslan": "Wy binne",
    "limburg": "Veer zien",
    "twente": "Wi'j bint",
    "groningen": "Wie binnen",
    "drenthe": "Wi'j bin",
    "zeeland": "Wulder zien",
    "brabant": "Wij zijn",
}


# --- document kinds (each registered as a shape) ----------------------------------------------------------------
def body(d, c, n, prefer=()):
    r = c.r
    names = [s for s in BODY if c.rname in REGION_ONLY.get(s, REGIONS)]
    picked = [p for p in prefer if p in BODY]
    while len(picked) < n:
        s = r.choice(names)
        if s not in picked:
            picked.append(s)
    out = []
    for s in picked:
        d.S(s)
        out.append(BODY[s](d, c))
    if c.known_word:
        d.S("s_known_clause")
        out.insert(r.randint(1, len(out)), f"Ter toelichting: {c.known_clause}.")
        d.K(c.known_word)
    return out


@shape(SHAPES, "s_known_clause")
def _(d, c):  # placeholder: registered so --stats counts it; the clause is built in body()
    return ""


def greet(d, c):
    d.S("l_greeting_regional")
    return d.K(c.r.choice(c.reg["open"]).rstrip(","))


def signoff(d, c, p):
    d.S("l_signoff_regional")
    so = c.r.choice(c.reg["close"]).rstrip(",")
    return f"{d.K(so)},\n{d.N(p, 'full')}"


@shape(KINDS, "k_letter")
def _(d, c):
    b = body(d, c, c.r.randint(3, 5))
    d.S("l_letter_head")
    head = (
        f"{PLACE(d, c, dutch=True)}, {d.K(c.date)}\n\nAan het college van {d.K('burgemeester')} en "
        f"{d.K('wethouders')} van {d.K(c.muni)}\n{d.K(c.dept)}\n\nOnderwerp: {d.K(c.topic)}"
    )
    return (
        f"{head}\n\n{greet(d, c)},\n\n"
        + " ".join(b)
        + "\n\n"
        + signoff(d, c, c.res)
        + f"\n{ADR(d, c)}\n{PC(d, c)} {PLACE(d, c)}"
    )


@shape(KINDS, "k_email")
def _(d, c):
    d.S("l_mail_headers")
    head = f"Van: {d.N(c.res, 'full')} <{EM(d, c.res)}>\nAan: {d.K(c.info)}\nOnderwerp: {d.K(c.topic)} ({CASE(d, c)})"
    b = body(d, c, c.r.randint(2, 4))
    g = greet(d, c)
    g = g + " " + d.N(c.off, "given") if " " not in g else g
    return f"{head}\n\n{g},\n\n" + " ".join(b) + "\n\n" + signoff(d, c, c.res)


@shape(KINDS, "k_chat")
def _(d, c):
    d.S("l_chat_line")
    r = c.r
    hh = r.randint(7, 21)
    b = body(d, c, r.randint(2, 4))
    g = c.r.choice(c.reg["open"]).rstrip(",").lower()
    d.S("l_greeting_regional")
    mm = sorted(r.sample(range(10, 60), len(b) + 1))
    lines = [f"[{ND(d, c)} {hh:02d}:{mm[0]}] {d.N(c.res, 'full')}: {d.K(g)} {d.N(c.off, 'lower')}, {d.K('vraagje')}"]
    who = [c.res, c.off]
    for k, s in enumerate(b):
        p = who[k % 2]
        lines.append(f"[{hh:02d}:{mm[k + 1]}] {d.N(p, 'given')}: {s}")
    lines.append(f"[{hh + 1:02d}:0{r.randint(1, 9)}] {d.N(c.res, 'given')}: {d.K('dankewol')} 👍")
    return "\n".join(lines)


@shape(KINDS, "k_call_transcript")
def _(d, c):
    d.S("l_transcript_turn")
    b = body(d, c, c.r.randint(2, 4))
    lines = [
        f"{d.K('Telefoonnotitie')} {d.K(c.date)} — {d.K('Klantcontactcentrum')} {d.K(c.muni)}",
        f"MEDEWERKER ({d.N(c.off, 'full')}): {d.K('Goedemiddag')}, u spreekt met de gemeente.",
        f"BELLER: {greet(d, c)}, {CALLER[c.rname][0]} {d.N(c.res, 'full')}. {CALLER[c.rname][1]} de {d.K(c.topic)}.",
    ]
    for k, s in enumerate(b):
        lines.append(("BELLER: " if k % 2 == 0 else "MEDEWERKER: ") + s)
    lines.append(f"MEDEWERKER: Ik noteer {PH(d, c.res)} als {d.K('terugbelnummer')}.")
    return "\n".join(lines)


@shape(KINDS, "k_council_minutes")
def _(d, c):
    d.S("l_minutes_item")
    b = body(d, c, c.r.randint(2, 4))
    return (
        f"{d.K('Notulen')} {d.K('raadsvergadering')} {d.K(c.muni)}, {d.K(c.date)}\n"
        f"{d.K('Agendapunt')} 3 — {d.K('Inspraak')} over {d.K(c.topic)}\n"
        f"De {d.K('voorzitter')} geeft het woord aan {d.N(c.res, 'full')} uit {PLACE(d, c)}. "
        f"De inspreker spreekt in het {d.K(c.lang)}; een vertaling wordt nagestuurd.\n"
        + "\n".join(b)
        + f"\nDe {d.K('wethouder')} zegt toe dat {d.N(c.off, 'full')} ({c.func}) contact opneemt."
    )


@shape(KINDS, "k_kitchen_table")
def _(d, c):
    d.S("l_form_fields")
    b = body(d, c, c.r.randint(2, 3))
    return (
        f"{d.K('Verslag')} {d.K('keukentafelgesprek')} — {d.K('Wmo')}\n"
        f"Cliënt: {d.N(c.res, 'full')}\nAdres: {ADR(d, c)}, {PC(d, c)} {PLACE(d, c, dutch=True)}\n"
        f"{DOB(d, c).capitalize() if c.dob_cue else 'Geboortedatum ' + DOB(d, c)}\n"
        f"{d.K('BSN')}: {BSN_(d, c)}\n{d.K('Aanwezig')}: {d.N(c.fam, 'given')} ({d.K(c.famword)}), {d.N(c.off, 'full')}\n\n"
        + " ".join(b)
    )


@shape(KINDS, "k_farm_visit")
def _(d, c):
    d.S("l_visit_log")
    b = body(d, c, c.r.randint(2, 4), prefer=("s_farm_address",))
    return (
        f"{d.K('Huisbezoek')} {d.K('buitengebied')} — {d.K(c.date)}\n"
        f"{d.K('Locatie')}: {d.A(c.house)}\n\n" + " ".join(b) + f"\n\n{d.K('Opgesteld')} door {d.N(c.off, 'init')}"
    )


@shape(KINDS, "k_objection")
def _(d, c):
    d.S("l_objection_head")
    b = body(d, c, c.r.randint(2, 4))
    return (
        f"{d.K('Bezwaarschrift')}\n{d.K('Bezwaarmaker')}: {d.N(c.res, 'full')}, {ADR(d, c)}, {PC(d, c)} "
        f"{PLACE(d, c, dutch=True)}\n{d.K('Besluit')} van {d.K(c.date)}, kenmerk {CASE(d, c)}\n\n"
        f"{greet(d, c)},\n\n"
        + " ".join(b)
        + f"\n\nEventuele vergoeding graag op {IBAN_(d, c)}.\n\n"
        + signoff(d, c, c.res)
    )


@shape(KINDS, "k_village_meeting")
def _(d, c):
    d.S("l_village_agenda")
    b = body(d, c, c.r.randint(2, 4))
    return (
        f"{d.K('Ledenvergadering')} {d.K('Dorpsbelang')} {PLACE(d, c)}, {d.K(c.date)}\n"
        f"{d.K('Voorzitter')}: {d.N(c.nb, 'full')}. {d.K('Notulist')}: {d.N(c.fam, 'full')}.\n\n"
        + "\n".join("- " + s for s in b)
    )


@shape(KINDS, "k_sms")
def _(d, c):
    d.S("l_sms_line")
    b = body(d, c, 2)
    return (
        f"SMS van {PH(d, c.res)}:\n{greet(d, c)}, hjir {d.N(c.res, 'lower')}. "
        + " ".join(b)
        + f"\nSMS aan {PH(d, c.res)}: {d.K('Ontvangen')}, we bellen {d.K('morgen')}. {d.N(c.off, 'given')}"
    )


@shape(KINDS, "k_voicemail")
def _(d, c):
    d.S("l_voicemail_head")
    b = body(d, c, c.r.randint(2, 3))
    return (
        f"{d.K('Voicemail')} ({ND(d, c)}, 00:{c.r.randint(31, 59)}) — {d.K('automatisch')} "
        f'{d.K("uitgeschreven")}:\n"{greet(d, c)}, met {d.N(c.res, "lowerfull")}. '
        + " ".join(b)
        + f' Mijn nummer is {PH(d, c.res)}. {d.K("Doei")}."'
    )


@shape(KINDS, "k_facebook_group")
def _(d, c):
    d.S("l_social_comment")
    b = body(d, c, c.r.randint(2, 3))
    return (
        f'{d.K("Facebookgroep")} "{GROUP[c.rname]} {PLACE(d, c)}"\n{d.N(c.nb, "full")} schreef: '
        + " ".join(b)
        + f"\n  ↳ {d.N(c.res, 'lowerfull')}: {d.K('klopt')}, hier ook!\n  ↳ {d.N(c.fam, 'given')}: "
        f"{d.K('jammer')} dat de gemeente niks doet"
    )


@shape(KINDS, "k_web_form")
def _(d, c):
    d.S("l_form_fields")
    b = body(d, c, c.r.randint(1, 3))
    return (
        f"{d.K('Webformulier')} {d.K('Melding')} {d.K('Openbare')} {d.K('Ruimte')}\n"
        f"Naam melder: {d.N(c.res, 'full')}\nE-mail: {EM(d, c.res)}\nTelefoon: {PH(d, c.res)}\n"
        f"Locatie melding: {d.A(c.street3)} ter hoogte van huisnummer {c.r.randint(1, 90)}\n"
        f"Omschrijving: " + " ".join(b) + (f"\nBSN (optioneel): {BSN_(d, c)}" if c.r.random() < 0.5 else "")
    )


@shape(KINDS, "k_mediation_report")
def _(d, c):
    d.S("l_mediation_parties")
    b = body(d, c, c.r.randint(2, 4), prefer=("s_mediator",))
    return (
        f"{d.K('Bemiddelingsverslag')} — {d.K('Buurtbemiddeling')} {d.K(c.muni)}\n"
        f"{d.K('Partij')} A: {d.N(c.res, 'full')}, {ADR(d, c)}\n{d.K('Partij')} B: {d.N(c.nb, 'full')}, "
        f"{ADR(d, c, 'nb')}\n\n" + " ".join(b) + f"\n\n{d.K('Afspraak')}: evaluatie op {ND(d, c)}."
    )


@shape(KINDS, "k_translation_note")
def _(d, c):
    d.S("l_translation_pair")
    text, keeps = c.r.choice(c.reg["clauses"])
    for k in keeps:
        d.K(k)
    b = body(d, c, c.r.randint(2, 3))
    return (
        f"{d.K('Vertaling')} {d.K(c.lang)} → {d.K('Nederlands')}, ingediend door {d.N(c.res, 'full')}\n"
        f'Origineel: "{text.replace("{", "").replace("}", "")}"\n{d.K("Toelichting")}: ' + " ".join(b)
    )


@shape(KINDS, "k_enforcement_log")
def _(d, c):
    d.S("l_log_entry")
    b = body(d, c, c.r.randint(1, 3), prefer=("s_tractor_plate",))
    hh = c.r.randint(8, 17)
    return (
        f"{d.K('Logboek')} {d.K('BOA')} — {d.K(c.date)}\n{hh:02d}.{c.r.randint(10, 59)} "
        f"{d.K('Controle')} {d.A(c.street3)}: "
        + " ".join(b)
        + f"\n{hh + 1:02d}.05 {d.K('Rapport')} naar {d.N(c.off, 'full')}."
    )


for _n in (
    "l_greeting_regional",
    "l_signoff_regional",
    "l_letter_head",
    "l_mail_headers",
    "l_chat_line",
    "l_transcript_turn",
    "l_minutes_item",
    "l_form_fields",
    "l_visit_log",
    "l_objection_head",
    "l_village_agenda",
    "l_sms_line",
    "l_voicemail_head",
    "l_social_comment",
    "l_mediation_parties",
    "l_translation_pair",
    "l_log_entry",
):
    SHAPES.setdefault(_n, None)


# --- gate -------------------------------------------------------------------------------------------------------
_WB = r"(?<![A-Za-zÀ-ÿĀ-ž])"
_WE = r"(?![A-Za-zÀ-ÿĀ-ž])"


def _words(s):
    return [w for w in re.split(r"[^\wÀ-ž'’]+", s) if w]


def gate(doc: dict) -> str | None:
    """None when the document passes, else the reason."""
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    text = doc["text"]
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not bsn_ok(item["text"]):
            return f"bsn {item['text']}"
        if item["label"] == "IBAN" and not iban_ok(item["text"]):
            return f"iban {item['text']}"
    known_words = set()
    if "known" in doc:
        known_words = {w.lower() for n in doc["known"]["names"] for w in n.split()}
    name_words = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            for w in _words(item["text"]):
                if len(w) > 1 and w.lower() not in PARTICLES:
                    name_words.add(w.lower())
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
        for w in _words(k):
            wl = w.lower()
            if len(w) > 1 and wl not in PARTICLES and wl in name_words:
                if not (w == wl and wl in known_words):
                    return f"keep {k!r} shares name word {w!r}"
    # every form of a name is annotated: no name word left in any case once pii is blanked
    blank = text
    for item in sorted(doc["pii"], key=lambda i: -len(i["text"])):
        blank = blank.replace(item["text"], "[x]")
    for kw in known_words:
        blank = re.sub(_WB + re.escape(kw) + _WE, "[k]", blank)
    for w in name_words:
        if re.search(_WB + re.escape(w) + _WE, blank, re.I):
            return f"unannotated name form {w!r}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


# --- building -------------------------------------------------------------------------------------------------------
def build(i: int, r: random.Random) -> tuple[dict, list[str]]:
    d = Doc(r, i)
    known = i % 4 == 1
    c = make_ctx(r, d, known)
    kind = r.choice(sorted(KINDS))
    d.S(kind)
    text = KINDS[kind](d, c)
    doc = {"id": f"fresh31d-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if known:
        kn = {"names": [c.res.full]}
        if c.res.email in text:
            kn["emails"] = [c.res.email]
        if c.res.phone in text:
            kn["phones"] = [c.res.phone]
        doc = {"id": doc["id"], "text": text, "known": kn, "pii": d.pii, "keep": d.keep}
    return doc, d.shapes


def generate():
    docs, used, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        attempt = 0
        while True:
            seed = f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}"
            doc, shapes = build(i, random.Random(seed))
            why = gate(doc)
            if why is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 200:
                raise RuntimeError(f"{doc['id']}: {why}")
        docs.append(doc)
        used.update(set(shapes))
    return docs, used, redraws


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, used, redraws = generate()
    data = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print("fresh31d_texts.jsonl is up to date" if same else "fresh31d_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(p["label"] for d in docs for p in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  {'total':14s} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        kinds = [s for s in SHAPES if s.startswith("k_")]
        lines = [s for s in SHAPES if s.startswith("l_")]
        sents = [s for s in SHAPES if s.startswith("s_")]
        print(
            f"shapes registered: {len(SHAPES)} ({len(kinds)} document kinds, {len(lines)} line shapes, "
            f"{len(sents)} sentence shapes); used: {sum(1 for s in SHAPES if used[s])}"
        )
        print(f"origin groups in name tables: {len(ORIGINS)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(data, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} (redraws: {redraws})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
