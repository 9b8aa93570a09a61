"""Blind anonymizer corpus fresh35b: commemoration and naming after people (helper A2, round twenty-nine).

Usage (from the worktree root, PYTHONPATH=.):
    python tests/anonymizer/fresh35b/make_fresh35b.py            write fresh35b_texts.jsonl
    python tests/anonymizer/fresh35b/make_fresh35b.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh35b/make_fresh35b.py --stats    counts per label, shapes, known-name docs, redraws
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
from names35b import GROUPS, KNOWN  # noqa: E402

_spec = importlib.util.spec_from_file_location("score35b", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)

SEED = 20261292
N_DOCS = 300
OUT = HERE / "fresh35b_texts.jsonl"
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

SHAPES: dict[str, object] = {}


def shape(name):
    def deco(f):
        SHAPES[name] = f
        return f

    return deco


CITIES = [
    "Zwolle",
    "Leeuwarden",
    "Dordrecht",
    "Deventer",
    "Roermond",
    "Vlissingen",
    "Assen",
    "Amersfoort",
    "Tilburg",
    "Schiedam",
    "Enschede",
    "Heerlen",
    "Alkmaar",
    "Gouda",
    "Nijmegen",
    "Zaanstad",
    "Almere",
    "Hoorn",
    "Venlo",
    "Middelburg",
    "Kampen",
    "Helmond",
    "Emmen",
    "Purmerend",
]
PUBLIC = [
    "Hannie Schaftstraat",
    "Titus Brandsmaplein",
    "Anne Frankschool",
    "Anton de Komplein",
    "Aletta Jacobshal",
    "Johanna Westerdijkplein",
    "Jan Campertstraat",
    "Mies Boissevainlaan",
    "Nelson Mandelabrug",
    "Martin Luther Kingpark",
    "Marga Klompéhof",
    "Hendrik Werkmanstraat",
    "Koningin Julianabrug",
    "Prinses Irenestraat",
    "Generaal Maczekstraat",
    "Dr. Schaepmanlaan",
    "Kwakoe-beeld",
    "Wilhelminapark",
    "Tula-monument",
    "Etty Hillesumcentrum",
]
MONUMENTS = [
    "Nationaal Monument op de Dam",
    "Indië-monument",
    "Joods Monument",
    "Verzetsmonument",
    "monument voor de gevallenen",
    "Homomonument",
    "Slavernijmonument",
    "oorlogsmonument",
]
STREET_A = [
    "Lijsterbes",
    "Kastanje",
    "Merel",
    "Zilverschoon",
    "Hazelaar",
    "Boterbloem",
    "Vlinder",
    "Reiger",
    "Meidoorn",
    "Goudsbloem",
    "Korenaar",
    "Wilgen",
    "Spreeuwen",
    "Vlasakker",
    "Hooiberg",
    "Zeeklaver",
    "Duivenslag",
    "Brem",
    "Lisdodde",
    "Watermunt",
]
STREET_B = ["straat", "laan", "hof", "weg", "pad", "singel", "kade", "dreef", "erf", "gaarde"]
DEPTS = [
    "afdeling Ruimte en Erfgoed",
    "team Basisregistraties",
    "cluster Cultuur",
    "Team Evenementen",
    "afdeling Openbare Ruimte",
    "team Monumentenzorg",
    "afdeling Publiekszaken",
    "Bestuursondersteuning",
]
FUNCS = [
    "beleidsadviseur erfgoed",
    "medewerker straatnaamgeving",
    "coördinator herdenkingen",
    "senior adviseur openbare ruimte",
    "secretaris van de straatnamencommissie",
    "evenementencoördinator",
    "gebiedsregisseur",
    "archivaris",
]
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
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
BANKS = ["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
PROVIDERS = [
    "ziggo.nl",
    "kpnmail.nl",
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "xs4all.nl",
    "planet.nl",
    "live.nl",
    "icloud.com",
    "proton.me",
]


def _plain(s: str) -> str:
    repl = {
        "ı": "i",
        "ş": "s",
        "ç": "c",
        "ğ": "g",
        "ö": "o",
        "ü": "u",
        "ä": "a",
        "é": "e",
        "è": "e",
        "ê": "e",
        "ë": "e",
        "á": "a",
        "í": "i",
        "ó": "o",
        "ú": "u",
        "ñ": "n",
        "ń": "n",
        "ł": "l",
        "ą": "a",
        "ę": "e",
        "ś": "s",
        "ź": "z",
        "ż": "z",
        "ć": "c",
        "č": "c",
        "ž": "z",
        "š": "s",
        "ū": "u",
        "ė": "e",
        "î": "i",
        "û": "u",
        "â": "a",
        "ô": "o",
        "Ł": "L",
        "Ö": "O",
        "Ü": "U",
        "Ş": "S",
        "Ç": "C",
        "Ž": "Z",
    }
    s = "".join(repl.get(ch, ch) for ch in s)
    return re.sub(r"[^A-Za-z0-9]", "", s).lower()


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0 and d[0] != "0"


def iban_ok(s: str) -> bool:
    t = re.sub(r"\s", "", s).upper()
    t = t[4:] + t[:4]
    num = "".join(str(int(ch, 36)) for ch in t)
    return int(num) % 97 == 1


class Ctx:
    def __init__(self, r: random.Random, known: bool):
        self.r = r
        self.city = r.choice(CITIES)
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.used: list[str] = []
        self.people: dict[str, dict] = {}
        self.family = None
        self.known_doc = known
        self.known: dict | None = None
        self.groups: list[str] = []
        self.year = r.choice([2025, 2026, 2027])

    # ---- registration ----
    def p(self, text: str, label: str) -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, *words: str) -> str:
        for w in words:
            if w not in self.keep:
                self.keep.append(w)
        return words[0]

    def say(self, name: str, *a) -> str:
        self.used.append(name)
        return SHAPES[name](self, *a)

    # ---- people ----
    def make(self, role: str, family: dict | None = None, known: bool = False) -> dict:
        r = self.r
        g = r.choice(list(GROUPS))
        males, females, pre, suf, parts = GROUPS[g]
        fem = r.random() < 0.5
        first = r.choice(females if fem else males)
        if family is not None:
            last, particle, g2 = family["last"], family["particle"], family["group"]
            if r.random() < 0.6:
                males, females = GROUPS[g2][0], GROUPS[g2][1]
                g = g2
            taken = [q["first"] for q in self.people.values()]
            pool = [f for f in (females if fem else males) if f not in taken] or [first]
            first = r.choice(pool)
        elif known:
            kw = r.choice(KNOWN)
            bits = kw[0].split()
            last, particle = bits[-1], " ".join(bits[:-1])
            self.known_word = kw
        else:
            last = r.choice(pre) + r.choice(suf)
            particle = ""
            if parts and r.random() < 0.55:
                particle = r.choice(parts)
                last = last[0].upper() + last[1:]
            if r.random() < 0.08 and g not in ("Chinees", "Vietnamees"):
                g2 = r.choice(list(GROUPS))
                last = last + "-" + r.choice(GROUPS[g2][2]) + r.choice(GROUPS[g2][3])
        if g not in self.groups:
            self.groups.append(g)
        person = {"first": first, "last": last, "particle": particle, "fem": fem, "role": role, "group": g}
        self.people[role] = person
        return person

    def family_of(self, p: dict, role: str) -> dict:
        return self.make(role, family={"last": p["last"], "particle": p["particle"], "group": p["group"]})

    def surname(self, p: dict, cap: bool = False) -> str:
        if p["particle"]:
            part = p["particle"][0].upper() + p["particle"][1:] if cap else p["particle"]
            return f"{part} {p['last']}"
        return p["last"]

    def full(self, p):
        return self.p(f"{p['first']} {self.surname(p)}", "PERSON")

    def last(self, p, cap=True):
        return self.p(self.surname(p, cap), "PERSON")

    def first(self, p):
        return self.p(p["first"], "PERSON")

    def init(self, p):
        ini = "".join(x[0] + "." for x in p["first"].replace("-", " ").split())
        if self.r.random() < 0.3:
            ini += self.r.choice("AJMEHW") + "."
        return self.p(f"{ini} {self.surname(p)}", "PERSON")

    def upper(self, p):
        return self.p(self.surname(p, True).upper(), "PERSON")

    def lowerfile(self, p):
        return self.p(_plain(p["last"]), "PERSON")

    def poss(self, p, which="first"):
        base = p["first"] if which == "first" else self.surname(p, True)
        if base[-1] in "aeiouyé":
            s = base + "'s"
        elif base[-1] in "sxz":
            s = base + "'"
        else:
            s = base + "s"
        return self.p(s, "PERSON")

    def title(self, p):
        return "mevrouw" if p["fem"] else "de heer"

    def ref(self, p, start=False):
        """A short reference to a person already introduced."""
        c = self.r.random()
        if c < 0.5:
            t = self.title(p)
            return f"{t[0].upper() + t[1:] if start else t} {self.last(p)}"
        if c < 0.75:
            return self.first(p)
        return self.full(p)

    # ---- structured items ----
    def street(self):
        return self.r.choice(STREET_A) + self.r.choice(STREET_B)

    def addr(self, bare=False):
        st = self.street()
        if bare:
            return self.p(st, "ADDRESS")
        n = str(self.r.randint(1, 240))
        n += self.r.choice(["", "", "", "a", "b", "-II", "-1", "-hs", "A"])
        return self.p(f"{st} {n}", "ADDRESS")

    def pc(self):
        r = self.r
        letters = "".join(r.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
        sep = r.choice([" ", " ", ""])
        return self.p(f"{r.randint(1000, 9999)}{sep}{letters}", "POSTCODE")

    def phone(self, p=None):
        r = self.r
        d = "".join(str(r.randint(0, 9)) for _ in range(8))
        st = r.randrange(7)
        if st == 0:
            s = f"06-{d}"
        elif st == 1:
            s = f"+31 6 {d[:4]} {d[4:]}"
        elif st == 2:
            s = f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
        elif st == 3:
            s = f"0031 (0)6 {d}"
        elif st == 4:
            area = r.choice(["038", "058", "078", "0570", "0475", "0118", "0592"])
            s = f"{area}-{d[: 7 if len(area) == 3 else 6]}"
        elif st == 5:
            s = f"(0{r.randint(10, 79)}) {d[:3]} {d[3:5]} {d[5:7]}"
        else:
            s = f"+316{d}"
        s = self.p(s, "PHONE")
        if p is not None and p.get("role") == "resident" and self.known is not None:
            self.known.setdefault("phones", []).append(s)
        return s

    def email(self, p):
        r = self.r
        fn, ln = _plain(p["first"]), _plain(p["last"])
        st = r.randrange(5)
        if st == 0:
            local = f"{fn}.{ln}"
        elif st == 1:
            local = f"{fn[0]}{ln}"
        elif st == 2:
            local = f"{ln}{r.randint(40, 99)}"
        elif st == 3:
            local = f"{fn}_{ln[:4]}"
        else:
            local = f"{fn}{ln[0]}"
        if p.get("role") == "official":
            s = f"{fn[0]}.{ln}@{self.city.lower()}.nl"
        else:
            s = f"{local}@{r.choice(PROVIDERS)}"
        s = self.p(s, "EMAIL")
        if p.get("role") == "resident" and self.known is not None:
            self.known.setdefault("emails", []).append(s)
        return s

    def bsn(self):
        r = self.r
        while True:
            d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
            tot = sum(d[i] * (9 - i) for i in range(8))
            last = tot % 11
            if last < 10:
                d.append(last)
                break
        s = "".join(map(str, d))
        st = r.randrange(3)
        if st == 1:
            s = f"{s[:3]}.{s[3:5]}.{s[5:7]}.{s[7:]}" if r.random() < 0.2 else f"{s[:3]}.{s[3:6]}.{s[6:]}"
        elif st == 2:
            s = f"{s[:4]} {s[4:6]} {s[6:]}"
        return self.p(s, "BSN")

    def iban(self):
        r = self.r
        bank = r.choice(BANKS)
        acc = "".join(str(r.randint(0, 9)) for _ in range(10))
        num = "".join(str(int(ch, 36)) for ch in bank + acc + "NL00")
        chk = 98 - int(num) % 97
        s = f"NL{chk:02d}{bank}{acc}"
        if r.random() < 0.6:
            s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
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
                f"{L(3)}-{D(2)}-{L(1)}",
                f"{D(2)}-{L(3)}-{D(1)}",
                f"{L(2)}-{D(2)}-{L(2)}",
            ]
        )
        return self.p(s, "LICENSE_PLATE")

    def case(self):
        r = self.r
        y = self.year
        s = r.choice(
            [
                f"HRD-{y}-{r.randint(1000, 99999):05d}",
                f"SNC/{y % 100}/{r.randint(100, 9999):04d}",
                f"ERF.{y}.{r.randint(1000, 9999)}.{r.choice('ABCDK')}",
                f"MON{r.randint(100000, 999999)}",
                f"NOR {y}/{r.randint(100, 999)}-{r.randint(1, 9)}",
                f"z{y}-{r.randint(10000, 99999)}",
                f"STP-{r.choice('ABCDEFGH')}{r.randint(10, 99)}-{r.randint(100, 999)}",
                f"{y}.{r.randint(10, 52)}.{r.randint(1000, 9999)}/BOR",
            ]
        )
        return self.p(s, "CASE_NUMBER")

    def dob(self, old=False):
        r = self.r
        y = r.randint(1921, 1944) if old else r.randint(1934, 2004)
        m, d = r.randint(1, 12), r.randint(1, 28)
        st = r.randrange(10)
        s = [
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {MON_ABBR[m - 1]} {y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {MONTHS[m - 1].upper()} {y}",
            f"{d}/{m}/{y}",
            f"{d} {MONTHS[m - 1]} '{y % 100:02d}",
        ][st]
        return self.p(s, "DATE_OF_BIRTH")

    def date(self):
        r = self.r
        m = r.randint(1, 12)
        return f"{r.randint(1, 28)} {MONTHS[m - 1]} {self.year}"


# ===================================================================================== sentence shapes
# --- openings / headers (one per document kind) ---


@shape("doc:stolperstein-brief")
def _h1(c):
    res = c.people["resident"]
    return (
        f"Aan het college van burgemeester en wethouders van {c.k('gemeente ' + c.city)}\n"
        f"{c.k('Betreft')}: aanvraag {c.k('Stolpersteine')} voor de familie {c.last(res)}\n\n"
        f"Geachte heer, mevrouw,"
    )


@shape("doc:stolperstein-mail")
def _h2(c):
    res = c.people["resident"]
    return (
        f"Van: {c.full(res)} <{c.email(res)}>\n{c.k('Aan')}: {c.k('Team Erfgoed')}\n"
        f"{c.k('Onderwerp')}: {c.k('Stolperstein')} voor mijn opa"
    )


@shape("doc:straatnaam-voorstel")
def _h3(c):
    return (
        f"{c.k('Voorstel')} {c.k('straatnaamgeving')} — nieuwbouwwijk {c.k('De Vlasakkers')}\n"
        f"{c.k('Ingediend')} bij de {c.k('Commissie Naamgeving Openbare Ruimte')}"
    )


@shape("doc:straatnaam-advies")
def _h4(c):
    return (
        f"{c.k('Advies')} {c.k('straatnamencommissie')} {c.city} — vergadering van {c.k(c.date())}\n"
        f"{c.k('Agendapunt')} 4: {c.k('vernoemingsverzoeken')}"
    )


@shape("doc:brugnaam")
def _h5(c):
    return f"{c.k('Brug')} 17 over de {c.k('Stadsgracht')}: {c.k('inspraakreactie')} op de naamgeving"


@shape("doc:plein-levend")
def _h6(c):
    return (
        f"{c.k('Verzoek')} om het {c.k('buurtplein')} bij de {c.k('Wilgenhof')} te vernoemen naar een "
        f"{c.k('buurtbewoner')}"
    )


@shape("doc:gebouw")
def _h7(c):
    return f"{c.k('Naamgeving')} nieuwe {c.k('sporthal')} {c.k('Noorderpark')} — {c.k('reacties')} uit de wijk"


@shape("doc:plaquette")
def _h8(c):
    return f"{c.k('Tekstvoorstel')} {c.k('plaquette')} {c.k('Verzetsmonument')} ({c.k('concept')} {c.k('versie')} 3)"


@shape("doc:eregraf")
def _h9(c):
    return f"{c.k('Aanvraag')} {c.k('eregraf')} / {c.k('verlenging')} {c.k('grafrecht')} {c.k('Algemene Begraafplaats')} {c.city}"


@shape("doc:draaiboek")
def _h10(c):
    return (
        f"{c.k('DRAAIBOEK')} {c.k('NATIONALE DODENHERDENKING')} {c.year} — {c.k('gemeente ' + c.city)}\n"
        f"{c.k('Locatie')}: {c.k(c.r.choice(MONUMENTS))}"
    )


@shape("doc:kranslijst")
def _h11(c):
    return f"{c.k('Kranslegging')} 4 mei — {c.k('volgorde')} en {c.k('namen')} (intern, niet publiceren)"


@shape("doc:veteranendag")
def _h12(c):
    return (
        f"{c.k('Aanmelding')} {c.k('Veteranendag')} {c.year}, {c.k('Malieveld')} — "
        f"{c.k('parkeerkaart')} en {c.k('vervoer')}"
    )


@shape("doc:bevrijdingsfestival")
def _h13(c):
    return f"{c.k('Melding')} {c.k('kleinschalig evenement')}: {c.k('Bevrijdingsdag')} in de {c.k('Merelbuurt')}"


@shape("doc:klacht-monument")
def _h14(c):
    return f"{c.k('Klacht')} over {c.k('onderhoud')} van het {c.k(c.r.choice(MONUMENTS))}"


@shape("doc:bezwaar-hernoeming")
def _h15(c):
    return (
        f"{c.k('Bezwaarschrift')} tegen het {c.k('besluit')} tot {c.k('hernoeming')} van de {c.k('Van Heutszstraat')}"
    )


@shape("doc:mediation")
def _h16(c):
    return f"{c.k('Verslag')} {c.k('bemiddelingsgesprek')} ({c.k('Verzoek tot Afstemming')}) — {c.k('vertrouwelijk')}"


@shape("doc:raadsvragen")
def _h17(c):
    return (
        f"{c.k('Schriftelijke vragen')} ex {c.k('artikel 42')} {c.k('Reglement van Orde')} over {c.k('Stolpersteine')}"
    )


@shape("doc:appgroep")
def _h18(c):
    return f"[{c.k('Buurtapp')} {c.k('Bloemenbuurt')} — {c.k('export')} {c.k(c.date())}]"


@shape("doc:telefoonnotitie")
def _h19(c):
    return f"{c.k('TELEFOONNOTITIE')} — {c.k('Klantcontactcentrum')} {c.k('14 0' + str(c.r.randint(10, 99)))}"


@shape("doc:formulier")
def _h20(c):
    return f"{c.k('Formulier')} {c.k('Adoptie')} {c.k('oorlogsgraf')} — {c.k('Oorlogsgravenstichting')} / {c.k('gemeente ' + c.city)}"


@shape("doc:herdenkingsboom")
def _h21(c):
    return f"{c.k('Herdenkingsboom')} in het {c.k('Wilhelminapark')}: {c.k('aanvraag')} door nabestaanden"


@shape("doc:persbericht")
def _h22(c):
    return f"{c.k('CONCEPT')} {c.k('persbericht')} — {c.k('embargo')} tot {c.k(c.r.choice(WEEKDAYS))} 10.00 uur"


@shape("doc:collegebesluit")
def _h23(c):
    return (
        f"{c.k('Collegebesluit')} — {c.k('vaststelling')} {c.k('straatnamen')} {c.k('fase')} 2 {c.k('Havenkwartier')}"
    )


@shape("doc:nieuwsbrief")
def _h24(c):
    return f"{c.k('Nieuwsbrief')} {c.k('Wijkraad')} {c.k('Oost')} — {c.k(MONTHS[c.r.randint(2, 5)])} {c.year}"


@shape("doc:toespraak")
def _h25(c):
    return f"{c.k('Toespraak')} bij de {c.k('onthulling')} van het {c.k('gedenkteken')} ({c.k('uitgesproken')} door een omwonende)"


@shape("doc:keti-koti")
def _h26(c):
    return f"{c.k('Aanvraag')} {c.k('subsidie')} {c.k('Keti Koti')}-{c.k('herdenking')} bij het {c.k('Kwakoe-beeld')}"


DOC_KINDS = [n for n in SHAPES if n.startswith("doc:")]

# --- body sentences specific to the register ---


@shape("s:victim-lived")
def _b1(c):
    res = c.people["resident"]
    rel = c.family_of(res, "victim")
    return (
        f"Mijn {'overgrootmoeder' if rel['fem'] else 'overgrootvader'} {c.full(rel)} woonde tot 1943 op het adres {c.addr()} en werd vanuit "
        f"{c.k('Westerbork')} weggevoerd."
    )


@shape("s:victim-born")
def _b2(c):
    v = c.people.get("victim") or c.family_of(c.people["resident"], "victim")
    return f"{c.first(v)} is geboren op {c.dob(old=True)} en kwam niet terug uit {c.k('Sobibor')}."


@shape("s:stone-text")
def _b3(c):
    v = c.people.get("victim") or c.family_of(c.people["resident"], "victim")
    return (
        f'{c.k("Voorgestelde")} tekst: "{c.k("HIER WOONDE")} {c.upper(v)} — {c.k("GEDEPORTEERD")} 1942 — '
        f'{c.k("VERMOORD")} IN {c.k("AUSCHWITZ")}"'
    )


@shape("s:public-street-keep")
def _b4(c):
    pub = c.k(c.r.choice(PUBLIC))
    return f"De route loopt langs de {pub}, die al sinds 1985 zo heet en zo moet blijven heten."


@shape("s:public-near")
def _b5(c):
    pub = c.k(c.r.choice(PUBLIC))
    return f"{c.k('Verzamelen')} om 19.15 uur bij het begin van de route: {pub}."


@shape("s:proposal-deceased")
def _b6(c):
    res = c.people["resident"]
    rel = c.family_of(res, "honoree")
    return (
        f"Wij stellen voor de nieuwe straat te vernoemen naar mijn {'grootmoeder' if rel['fem'] else 'grootvader'} {c.full(rel)}, die in de "
        f"{c.k('Tweede Wereldoorlog')} onderduikers verborg."
    )


@shape("s:proposal-living")
def _b7(c):
    hon = c.make("honoree")
    return (
        f"Het {c.k('wijkcomité')} wil het plein laten vernoemen naar {c.full(hon)} ({c.r.randint(88, 103)}), "
        f"die al veertig jaar het {c.k('buurthuis')} runt; {c.ref(hon)} weet nog van niets."
    )


@shape("s:living-rule")
def _b8(c):
    return (
        f"{c.k('Volgens')} de {c.k('Verordening')} {c.k('naamgeving')} en {c.k('nummering')} worden in beginsel "
        f"geen {c.k('openbare ruimten')} vernoemd naar levende personen."
    )


@shape("s:five-year")
def _b9(c):
    return (
        f"{c.k('De commissie')} hanteert een {c.k('wachttermijn')} van vijf jaar na overlijden, met "
        f"{c.k('uitzondering')} van leden van het {c.k('Koninklijk Huis')}."
    )


@shape("s:veteran-intro")
def _b10(c):
    v = c.make("veteran") if "veteran" not in c.people else c.people["veteran"]
    return (
        f"{c.k('Veteraan')} {c.full(v)} (geboren {c.dob(old=c.r.random() < 0.5)}) diende bij "
        f"{c.k(c.r.choice(['UNIFIL', 'Dutchbat', 'de Koninklijke Marine', 'SFOR', 'ISAF']))} en neemt deel aan het "
        f"{c.k('defilé')}."
    )


@shape("s:veteran-plate")
def _b11(c):
    v = c.people.get("veteran") or c.people["resident"]
    return (
        f"{c.k('Kenteken')} voor de {c.k('invalidenparkeerplaats')}: {c.plate()} (auto van "
        f"{c.poss(v, 'first')} dochter)."
    )


@shape("s:wreath-line")
def _b12(c):
    off = c.people.get("official") or c.make("official")
    n = c.make("wreath")
    return (
        f"- 19.5{c.r.randint(0, 9)} uur: {c.k('krans')} namens de {c.k('Oranjevereniging')} door {c.full(n)}\n"
        f"- 20.0{c.r.randint(2, 9)} uur: {c.k('bloemstuk')} namens het {c.k('college')} door "
        f"{c.k('wethouder')} {c.init(off)}"
    )


@shape("s:two-minutes")
def _b13(c):
    return (
        f"Om 20.00 uur volgen twee minuten {c.k('stilte')}, daarna het {c.k('Wilhelmus')} (couplet 1 en 6) en "
        f"de {c.k('Taptoe')}."
    )


@shape("s:reader-poem")
def _b14(c):
    kid = c.make("reader")
    return (
        f"Het {c.k('gedicht')} wordt voorgelezen door {c.full(kid)}, leerling van groep 8 van de "
        f"{c.k(c.r.choice(['Anne Frankschool', 'Mies Boissevainschool', 'Titus Brandsmaschool']))}."
    )


@shape("s:plaque-text")
def _b15(c):
    hon = c.people.get("honoree") or c.make("honoree")
    return (
        f'{c.k("Tekst")} {c.k("plaquette")}: "{c.k("Ter nagedachtenis")} aan {c.full(hon)}, '
        f'{c.k("verzetsvrouw") if hon["fem"] else c.k("verzetsman")}, gefusilleerd {c.k(c.date()[:-5])} 1944"'
    )


@shape("s:plaque-dob")
def _b16(c):
    hon = c.people.get("honoree") or c.make("honoree")
    return f'Op de tweede regel komt "{c.last(hon)}, * {c.dob(old=True)}" in kleinere letters.'


@shape("s:grave-location")
def _b17(c):
    return (
        f"Het graf ligt in {c.k('vak')} {c.r.choice('ABCDEFG')}, {c.k('rij')} {c.r.randint(1, 30)}, "
        f"{c.k('nummer')} {c.r.randint(1, 90)} op de {c.k('Algemene Begraafplaats')}."
    )


@shape("s:grave-fee")
def _b18(c):
    amt = f"€ {c.r.randint(3, 19)}{c.r.randint(0, 9)}{c.r.randint(0, 9)},00"
    return f"De {c.k('grafrechten')} van {c.k(amt)} per tien jaar worden tot nu toe betaald van rekening {c.iban()}."


@shape("s:honorary")
def _b19(c):
    return (
        f"Wij vragen de gemeente het graf aan te merken als {c.k('eregraf')}, zoals in de "
        f"{c.k('Beheerverordening')} {c.k('begraafplaatsen')} mogelijk is."
    )


@shape("s:stone-damaged")
def _b20(c):
    return (
        f"Sinds de {c.k('werkzaamheden')} aan de {c.k('riolering')} ligt één {c.k('Stolperstein')} los en een "
        f"ander is {c.k('verdwenen')}."
    )


@shape("s:neighbour-cleans")
def _b21(c):
    nb = c.make("neighbour")
    return (
        f"Buurvrouw {c.full(nb)} poetst de stenen ieder jaar rond 4 mei, maar kan niet bij de losliggende steen."
        if nb["fem"]
        else f"Buurman {c.full(nb)} poetst de stenen ieder jaar rond 4 mei; {c.ref(nb)} vroeg mij dit te melden."
    )


@shape("s:objection-costs")
def _b22(c):
    return (
        f"Door de {c.k('hernoeming')} moeten wij ons {c.k('adres')} wijzigen bij de bank, de "
        f"{c.k('zorgverzekeraar')} en de {c.k('Kamer van Koophandel')}."
    )


@shape("s:objection-history")
def _b23(c):
    return (
        f"Ik begrijp het {c.k('koloniale verleden')} van de naam, maar vraag om een "
        f"{c.k('overgangsregeling')} en een {c.k('tegemoetkoming')}."
    )


@shape("s:mediation-parties")
def _b24(c):
    res = c.people["resident"]
    off = c.people.get("official") or c.make("official")
    med = c.make("mediator")
    return (
        f"{c.k('Aanwezig')}: {c.full(res)} ({c.k('verzoeker')}), {c.full(off)} "
        f"({c.k(c.r.choice(FUNCS))}, {c.k(c.r.choice(DEPTS))}) en {c.full(med)} ({c.k('mediator')})."
    )


@shape("s:mediation-outcome")
def _b25(c):
    res = c.people["resident"]
    return f"{c.k('Afspraak')}: de gemeente legt de steen opnieuw en {c.ref(res)} krijgt vóór {c.k(c.date())} bericht."


@shape("s:council-q")
def _b26(c):
    cm = c.make("councillor")
    return (
        f"{c.k('Vraag')} 1 van raadslid {c.full(cm)} ({c.k(c.r.choice(['GroenLinks-PvdA', 'CDA', 'VVD', 'D66', 'SP', 'Stadsbelang']))}): "
        f"{c.k('Is het college')} bekend met de wachtlijst voor {c.k('Stolpersteine')}?"
    )


@shape("s:chat-line")
def _b27(c):
    a = c.make("chat1")
    b = c.make("chat2")
    h = _plain(a["first"]) + _plain(a["last"])[:3]
    c.p(h, "PERSON")
    return (
        f"[{c.k('19:02')}] {c.full(a)}: wie weet of de steen van nr. {c.r.randint(2, 99)} al terug is?\n"
        f"[19:05] {c.first(b)}: nee, ik heb het gemeld. zie het filmpje van @{h}\n"
        f"[19:06] {c.first(a)}: 👍 {c.k('dank')}\n"
        f"[19:08] {c.first(b)}: top, ik zeg het morgen ook tegen {c.p(a['first'].lower(), 'PERSON')} z'n buren"
    )


@shape("s:phone-note")
def _b28(c):
    res = c.people["resident"]
    return f"{c.k('Beller')}: {c.title(res)} {c.last(res)}, terugbellen op {c.phone(res)} (liefst na 16.00 uur)."


@shape("s:form-lines")
def _b29(c):
    res = c.people["resident"]
    return (
        f"{c.k('Naam')} {c.k('aanvrager')}: {c.init(res)}\n{c.k('Geboortedatum')}: {c.dob()}\n"
        f"{c.k('Adres')}: {c.addr()}, {c.pc()} {c.city}\n{c.k('Telefoon')}: {c.phone(res)}"
    )


@shape("s:form-upper")
def _b30(c):
    res = c.people["resident"]
    return f"{c.k('ACHTERNAAM')}: {c.upper(res)}    {c.k('VOORNAMEN')}: {c.p(res['first'].upper(), 'PERSON')}"


@shape("s:tree-species")
def _b31(c):
    return (
        f"Wij denken aan een {c.k('zomereik')} of een {c.k('tulpenboom')}, met een klein {c.k('bordje')} zonder foto."
    )


@shape("s:press-quote")
def _b32(c):
    off = c.people.get("official") or c.make("official")
    return f'"{c.k("Herdenken")} doen we samen", zegt {c.k("wethouder")} {c.full(off)}. "Iedere naam telt."'


@shape("s:press-contact")
def _b33(c):
    return (
        f"{c.k('Noot')} voor de redactie: {c.k('pers@' + c.city.lower() + '.nl')} of "
        f"{c.k('14 0' + str(c.r.randint(10, 99)))}."
    )


@shape("s:decision")
def _b34(c):
    pub = c.k(c.r.choice(PUBLIC))
    return (
        f"Het college besluit de nieuwe straten te noemen naar verzetsmensen, waaronder de {pub}, en de "
        f"{c.k('Basisregistratie Adressen en Gebouwen')} aan te passen."
    )


@shape("s:decision-family")
def _b35(c):
    res = c.people["resident"]
    return (
        f"De familie {c.last(res)} heeft schriftelijk {c.k('toestemming')} gegeven voor de vernoeming "
        f"(brief van {c.k(c.date())})."
    )


@shape("s:newsletter-call")
def _b36(c):
    v = c.make("volunteer")
    return f"{c.k('Vrijwilligers')} gezocht voor de {c.k('stille tocht')}! Aanmelden bij {c.full(v)}, {c.email(v)}."


@shape("s:speech-family")
def _b37(c):
    res = c.people["resident"]
    rel = c.people.get("victim") or c.family_of(res, "victim")
    return (
        f'"Mijn moeder vertelde altijd over {c.poss(rel, "first")} fiets, die in 1944 werd gevorderd", '
        f"zei {c.full(res)}."
    )


@shape("s:keti-koti")
def _b38(c):
    return (
        f"Op 1 juli herdenken we de {c.k('afschaffing')} van de {c.k('slavernij')} met {c.k('muziek')}, "
        f"{c.k('bogobita')} en een {c.k('dekolonisatiewandeling')}."
    )


@shape("s:budget")
def _b39(c):
    amt = f"€ {c.r.randint(1, 9)}.{c.r.randint(100, 999)}"
    return f"De {c.k('begroting')} komt uit op {c.k(amt)}, waarvan de helft {c.k('eigen bijdrage')}."


@shape("s:event-permit")
def _b40(c):
    return (
        f"Er komen naar verwachting {c.r.randint(40, 400)} bezoekers; we gebruiken geen {c.k('versterkte muziek')} "
        f"na 22.00 uur."
    )


@shape("s:organiser")
def _b41(c):
    res = c.people["resident"]
    return (
        f"{c.k('Organisator')}: {c.full(res)}, {c.addr()}, {c.pc()} {c.k(c.city)}; "
        f"{c.k('KvK')} {c.k('stichting')} aangevraagd."
    )


@shape("s:case-ref")
def _b42(c):
    return f"Uw {c.k('zaaknummer')} is {c.case()}; vermeld dit bij iedere {c.k('correspondentie')}."


@shape("s:case-ref2")
def _b43(c):
    return f"({c.k('ons kenmerk')} {c.case()}, {c.k('uw brief')} van {c.k(c.date())})"


@shape("s:bsn-line")
def _b44(c):
    res = c.people["resident"]
    return f"{c.k('Burgerservicenummer')} van {c.ref(res)}: {c.bsn()}."


@shape("s:iban-line")
def _b45(c):
    res = c.people["resident"]
    return f"De {c.k('vergoeding')} kan worden overgemaakt op {c.iban()} t.n.v. {c.init(res)}."


@shape("s:address-change")
def _b46(c):
    old = c.addr()
    return (
        f"Ons huidige adres {old} wordt na het besluit {c.k('ambtshalve')} omgezet; het {c.k('huisnummer')} "
        f"blijft gelijk."
    )


@shape("s:street-only")
def _b47(c):
    st = c.addr(bare=True)
    return f"Wij wonen al 31 jaar aan de {st}, pal naast het {c.k('monument')}."


@shape("s:email-contact")
def _b48(c):
    res = c.people["resident"]
    return f"U kunt mij bereiken via {c.email(res)} of {c.phone(res)}."


@shape("s:attachment")
def _b49(c):
    res = c.people["resident"]
    f = c.lowerfile(res)
    return (
        f"{c.k('Bijlage')}: het {c.k('bidprentje')} (scan_{f}_1944.jpg) en {c.k('uittreksel')} uit het "
        f"{c.k('bevolkingsregister')}."
    )


@shape("s:archive-research")
def _b50(c):
    arch = c.make("archivist")
    return (
        f"{c.k('Het onderzoek')} in het {c.k('Stadsarchief')} is gedaan door {c.full(arch)}; zij vond de "
        f"{c.k('persoonskaart')} terug."
        if arch["fem"]
        else f"{c.k('Het onderzoek')} in het {c.k('Stadsarchief')} is gedaan door {c.full(arch)}; hij vond de "
        f"{c.k('persoonskaart')} terug."
    )


@shape("s:official-sign")
def _b51(c):
    off = c.people.get("official") or c.make("official")
    return (
        f"{c.k('Met vriendelijke groet')},\n{c.init(off)}\n{c.k(c.r.choice(FUNCS).capitalize())}, "
        f"{c.k(c.r.choice(DEPTS))}\n{c.email(off)}"
    )


@shape("s:resident-sign")
def _b52(c):
    res = c.people["resident"]
    return f"{c.k('Hoogachtend')},\n\n{c.full(res)}\n{c.addr()}\n{c.pc()} {c.city.upper()}"


@shape("s:mail-sign")
def _b53(c):
    res = c.people["resident"]
    return f"{c.k('Groeten')},\n{c.first(res)}\n{c.k('Verstuurd')} vanaf mijn telefoon"


@shape("s:note-sign")
def _b54(c):
    off = c.people.get("official") or c.make("official")
    return (
        f"{c.k('Genoteerd')} door {c.init(off)}, {c.k(c.r.choice(WEEKDAYS))} {c.k(c.date())}; "
        f"{c.k('doorgezet')} naar {c.k(c.r.choice(DEPTS))}."
    )


@shape("s:thanks-close")
def _b55(c):
    return f"Alvast {c.k('hartelijk dank')} voor de moeite. {c.k('Nooit meer oorlog')}."


@shape("s:newsletter-sign")
def _b56(c):
    ed = c.make("editor")
    return f"{c.k('Redactie')}: {c.full(ed)} — kopij voor de volgende editie vóór de 15e."


@shape("s:monument-bench")
def _b57(c):
    nb = c.make("neighbour2")
    return (
        f"Het {c.k('bankje')} bij het monument is geschonken door {c.full(nb)} ter herinnering aan "
        f"{'haar' if nb['fem'] else 'zijn'} broer {c.p(c.r.choice([x for x in GROUPS[nb['group']][0] if x != nb['first']]), 'PERSON')}."
    )


@shape("s:graffiti")
def _b58(c):
    return (
        f"In de nacht van {c.k(c.r.choice(WEEKDAYS))} is het {c.k('monument')} beklad met {c.k('graffiti')}; de "
        f"{c.k('politie')} heeft een {c.k('proces-verbaal')} opgemaakt."
    )


@shape("s:lighting")
def _b59(c):
    return f"De {c.k('verlichting')} bij de {c.k('gedenkmuur')} is al sinds {c.k(MONTHS[c.r.randint(0, 11)])} kapot."


@shape("s:bridge-candidates")
def _b60(c):
    a = c.make("cand1")
    return (
        f"{c.k('Kandidaten')} voor de brugnaam: {c.k('Nelson Mandelabrug')} (bestaat al elders), "
        f"{c.k('Vrijheidsbrug')}, of een naam naar de veerman {c.full(a)}, die hier tot 1961 overzette."
    )


@shape("s:bridge-resident")
def _b61(c):
    res = c.people["resident"]
    return (
        f"{c.k('Als')} {c.k('omwonende')} van de {c.addr(bare=True)} steun ik {c.k('Vrijheidsbrug')}; "
        f"{c.ref(res)} woont hier sinds de jaren zeventig."
    )


@shape("s:building-names")
def _b62(c):
    sp = c.make("athlete")
    return (
        f"De meeste stemmen gingen naar oud-{c.k('olympiër')} {c.full(sp)} (nog in leven) en naar "
        f"{c.k('Marga Klompéhal')}."
    )


@shape("s:building-rule")
def _b63(c):
    return (
        f"{c.k('Gebouwen')} van de gemeente mogen wél naar levende personen heten, als de "
        f"{c.k('gemeenteraad')} daarmee instemt."
    )


@shape("s:veteran-transport")
def _b64(c):
    v = c.people.get("veteran") or c.people["resident"]
    bg = c.make("buddy")
    return (
        f"{c.first(v)} reist met de {c.k('bus')} vanaf het {c.k('station')}; begeleider is {c.full(bg)} ({c.phone()})."
    )


@shape("s:invite")
def _b65(c):
    return (
        f"U bent van harte welkom bij de {c.k('onthulling')} op {c.k(c.r.choice(WEEKDAYS))} {c.k(c.date())} "
        f"om 14.00 uur, met {c.k('koffie')} in het {c.k('Etty Hillesumcentrum')}."
    )


@shape("s:bsn-form")
def _b66(c):
    return f"{c.k('BSN')} (alleen voor de {c.k('grafadministratie')}): {c.bsn()}"


@shape("s:relative-contact")
def _b67(c):
    res = c.people["resident"]
    rel = c.family_of(res, "sibling")
    return (
        f"Mijn {'zus' if rel['fem'] else 'broer'} {c.full(rel)} in {c.k(c.r.choice(CITIES))} is tweede "
        f"{c.k('contactpersoon')}: {c.phone()}."
    )


@shape("s:dob-nocue")
def _b68(c):
    rel = c.people.get("sibling") or c.family_of(c.people["resident"], "child")
    return f"{c.full(rel)} ({c.dob()}) tekent mee als {c.k('rechthebbende')}."


@shape("s:plate-event")
def _b69(c):
    return (
        f"{c.k('Ontheffing')} voor het {c.k('afgesloten')} gebied: bestelbus {c.plate()} van de "
        f"{c.k('geluidsman')}, alleen tussen 17.00 en 23.30 uur."
    )


@shape("s:unveil-official")
def _b70(c):
    off = c.people.get("official") or c.make("official")
    return (
        f"Namens de gemeente is {c.full(off)}, {c.k(c.r.choice(FUNCS))}, aanwezig; {c.poss(off, 'first')} "
        f"{c.k('toespraak')} duurt vijf minuten."
    )


@shape("s:speech-line")
def _b71(c):
    return (
        f'"{c.k("Wij")} staan hier niet om te treuren alleen, maar om te beloven dat wij blijven {c.k("vertellen")}."'
    )


@shape("s:naming-procedure")
def _b72(c):
    return (
        f"{c.k('Na')} het advies volgt een {c.k('zienswijzeperiode')} van zes weken; daarna beslist het "
        f"{c.k('college')}."
    )


@shape("s:possessive-surname")
def _b73(c):
    res = c.people["resident"]
    return f"In {c.poss(res, 'last')} {c.k('familiearchief')} zitten nog brieven uit {c.k('kamp Vught')}."


@shape("s:handle-post")
def _b74(c):
    res = c.people["resident"]
    h = _plain(res["first"])[:1] + _plain(res["last"]) + str(c.r.randint(1, 99))
    c.p(h, "PERSON")
    return f"Zie ook de oproep op {c.k('Instagram')} van @{h} met oude foto's van de {c.k('Jodenbuurt')}."


@shape("s:bevrijdingsvuur")
def _b75(c):
    return (
        f"Het {c.k('bevrijdingsvuur')} komt om 01.30 uur binnen via {c.k('Wageningen')} en wordt ontstoken op "
        f"het {c.k('Stadhuisplein')}."
    )


@shape("s:camp-visit")
def _b76(c):
    return (
        f"De klas bezoekt in {c.k(MONTHS[c.r.randint(0, 11)])} {c.k('Kamp Westerbork')} met steun uit het "
        f"{c.k('Fonds')} {c.k('Herdenkingseducatie')}."
    )


@shape("s:mediation-feel")
def _b77(c):
    res = c.people["resident"]
    return (
        f'{c.ref(res, start=True)} gaf aan zich niet gehoord te voelen: "Ik kreeg drie keer een ander '
        f'{c.k("antwoord")}."'
    )


@shape("s:old-name-sign")
def _b78(c):
    return (
        f"Het oude {c.k('straatnaambord')} blijft twee jaar hangen met een rode streep en een "
        f"{c.k('onderbord')} met uitleg."
    )


# --- known-name sentence ---


@shape("s:known")
def _known(c):
    res = c.people["resident"]
    word = c.known_word
    c.k(word[1])
    return f"{word[2]} {c.full(res)} {c.r.choice(['regelt dat', 'heeft daarom gebeld', 'vraagt of dat zo blijft'])}."


# ===================================================================================== document plans

PLAN = {
    "doc:stolperstein-brief": (
        ["s:victim-lived", "s:victim-born", "s:stone-text"],
        [
            "s:form-lines",
            "s:bsn-line",
            "s:attachment",
            "s:archive-research",
            "s:case-ref2",
            "s:relative-contact",
            "s:possessive-surname",
        ],
        "s:resident-sign",
    ),
    "doc:stolperstein-mail": (
        ["s:victim-born", "s:stone-damaged"],
        ["s:neighbour-cleans", "s:email-contact", "s:handle-post", "s:public-near", "s:case-ref"],
        "s:mail-sign",
    ),
    "doc:straatnaam-voorstel": (
        ["s:proposal-deceased", "s:five-year"],
        [
            "s:public-street-keep",
            "s:archive-research",
            "s:decision-family",
            "s:email-contact",
            "s:dob-nocue",
            "s:possessive-surname",
        ],
        "s:resident-sign",
    ),
    "doc:straatnaam-advies": (
        ["s:proposal-living", "s:living-rule"],
        ["s:naming-procedure", "s:five-year", "s:public-street-keep", "s:case-ref", "s:decision-family"],
        "s:official-sign",
    ),
    "doc:brugnaam": (
        ["s:bridge-candidates", "s:bridge-resident"],
        ["s:naming-procedure", "s:email-contact", "s:public-near", "s:case-ref2"],
        "s:resident-sign",
    ),
    "doc:plein-levend": (
        ["s:proposal-living", "s:living-rule"],
        ["s:organiser", "s:street-only", "s:email-contact", "s:naming-procedure"],
        "s:mail-sign",
    ),
    "doc:gebouw": (
        ["s:building-names", "s:building-rule"],
        ["s:naming-procedure", "s:press-quote", "s:public-street-keep"],
        "s:official-sign",
    ),
    "doc:plaquette": (
        ["s:plaque-text", "s:plaque-dob"],
        ["s:decision-family", "s:archive-research", "s:invite", "s:case-ref"],
        "s:official-sign",
    ),
    "doc:eregraf": (
        ["s:grave-location", "s:honorary"],
        ["s:grave-fee", "s:bsn-form", "s:attachment", "s:relative-contact", "s:form-lines", "s:dob-nocue"],
        "s:resident-sign",
    ),
    "doc:draaiboek": (
        ["s:two-minutes", "s:wreath-line"],
        ["s:reader-poem", "s:plate-event", "s:bevrijdingsvuur", "s:public-near"],
        "s:note-sign",
    ),
    "doc:kranslijst": (
        ["s:wreath-line", "s:two-minutes"],
        ["s:reader-poem", "s:veteran-intro", "s:monument-bench"],
        "s:note-sign",
    ),
    "doc:veteranendag": (
        ["s:veteran-intro", "s:veteran-plate"],
        ["s:veteran-transport", "s:bsn-line", "s:email-contact", "s:case-ref"],
        "s:mail-sign",
    ),
    "doc:bevrijdingsfestival": (
        ["s:event-permit", "s:organiser"],
        ["s:plate-event", "s:budget", "s:bevrijdingsvuur", "s:iban-line", "s:case-ref"],
        "s:resident-sign",
    ),
    "doc:klacht-monument": (
        ["s:graffiti", "s:lighting"],
        ["s:street-only", "s:neighbour-cleans", "s:phone-note", "s:email-contact", "s:case-ref2"],
        "s:resident-sign",
    ),
    "doc:bezwaar-hernoeming": (
        ["s:objection-costs", "s:objection-history"],
        ["s:address-change", "s:case-ref2", "s:bsn-line", "s:iban-line", "s:old-name-sign"],
        "s:resident-sign",
    ),
    "doc:mediation": (
        ["s:mediation-parties", "s:mediation-feel"],
        ["s:stone-damaged", "s:mediation-outcome", "s:case-ref", "s:phone-note"],
        "s:thanks-close",
    ),
    "doc:raadsvragen": (
        ["s:council-q", "s:stone-damaged"],
        ["s:public-street-keep", "s:living-rule", "s:camp-visit"],
        "s:thanks-close",
    ),
    "doc:appgroep": (["s:chat-line"], ["s:stone-damaged", "s:public-near", "s:handle-post"], "s:thanks-close"),
    "doc:telefoonnotitie": (
        ["s:phone-note", "s:mediation-feel"],
        ["s:stone-damaged", "s:graffiti", "s:case-ref", "s:dob-nocue"],
        "s:note-sign",
    ),
    "doc:formulier": (
        ["s:form-upper", "s:form-lines"],
        ["s:grave-location", "s:bsn-form", "s:iban-line", "s:case-ref"],
        "s:thanks-close",
    ),
    "doc:herdenkingsboom": (
        ["s:tree-species", "s:victim-born"],
        ["s:organiser", "s:budget", "s:invite", "s:email-contact", "s:attachment"],
        "s:resident-sign",
    ),
    "doc:persbericht": (
        ["s:press-quote", "s:invite"],
        ["s:camp-visit", "s:reader-poem", "s:public-street-keep"],
        "s:press-contact",
    ),
    "doc:collegebesluit": (
        ["s:decision", "s:decision-family"],
        ["s:naming-procedure", "s:old-name-sign", "s:case-ref", "s:five-year"],
        "s:official-sign",
    ),
    "doc:nieuwsbrief": (
        ["s:newsletter-call", "s:bevrijdingsvuur"],
        ["s:camp-visit", "s:monument-bench", "s:lighting", "s:public-near"],
        "s:newsletter-sign",
    ),
    "doc:toespraak": (
        ["s:speech-line", "s:speech-family"],
        ["s:unveil-official", "s:victim-born", "s:two-minutes"],
        "s:thanks-close",
    ),
    "doc:keti-koti": (
        ["s:keti-koti", "s:budget"],
        ["s:organiser", "s:iban-line", "s:event-permit", "s:case-ref2"],
        "s:resident-sign",
    ),
}


def build(r: random.Random, i: int) -> tuple[dict, list[str], list[str]]:
    known = i % 4 == 1
    c = Ctx(r, known)
    kind = DOC_KINDS[i % len(DOC_KINDS)]
    c.make("resident", known=known)
    if known:
        c.known = {"names": []}
    if r.random() < 0.5:
        c.make("official")
    must, optional, close = PLAN[kind]
    parts = [c.say(kind)]
    for s in must:
        parts.append(c.say(s))
    extra = r.sample(optional, k=min(len(optional), r.randint(2, 3)))
    for s in extra:
        parts.append(c.say(s))
    if known:
        pos = r.randint(2, len(parts))
        parts.insert(pos, c.say("s:known"))
        c.known["names"] = [f"{c.people['resident']['first']} {c.surname(c.people['resident'])}"]
        c.p(c.known["names"][0], "PERSON")
    parts.append(c.say(close))
    sep = (
        "\n"
        if kind in ("doc:kranslijst", "doc:formulier", "doc:appgroep", "doc:draaiboek")
        else r.choice(["\n\n", " ", "\n"])
    )
    text = parts[0] + r.choice(["\n", "\n\n"]) + sep.join(parts[1:])
    # known name must occur in full in the text
    pii = [it for it in c.pii if it["text"] in text]
    doc = {"id": f"fresh35b-{i:04d}", "text": text, "pii": pii, "keep": [w for w in c.keep if w in text]}
    if known:
        if c.known["names"][0] not in text:
            text = f"{c.full(c.people['resident'])} — " + text
            doc["text"] = text
            doc["pii"] = [it for it in c.pii if it["text"] in text]
        kn = {"names": c.known["names"]}
        for key in ("emails", "phones"):
            if c.known.get(key):
                kn[key] = list(dict.fromkeys(c.known[key]))
        doc["known"] = kn
        doc = {"id": doc["id"], "text": doc["text"], "known": doc["known"], "pii": doc["pii"], "keep": doc["keep"]}
    return doc, c.used, c.groups


def _words(s: str) -> list[str]:
    return [w for w in re.findall(r"\w+", s.lower()) if w not in PARTICLES and len(w) > 1]


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
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", doc["text"]):
            return f"keep not a whole word: {k}"
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            name_words.update(_words(it["text"]))
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words.update(_words(n))
    for k in doc["keep"]:
        for w in _words(k):
            if w in name_words and not (k == k.lower() and w in known_words):
                return f"keep {k!r} shares {w!r} with a name"
    if "known" in doc:
        kw = _words(doc["known"]["names"][0])
        if not any(k == k.lower() and w in _words(k) for k in doc["keep"] for w in kw):
            return "known name without ordinary use in keep"
    return None


def generate() -> tuple[list[dict], dict]:
    docs, info = [], {"redraws": 0, "shapes": Counter(), "groups": Counter(), "reasons": Counter()}
    for i in range(N_DOCS):
        attempt = 0
        while True:
            seed = f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}"
            doc, used, groups = build(random.Random(seed), i)
            why = gate(doc)
            if why is None:
                break
            info["reasons"][why.split(":")[0].split(" ")[0]] += 1
            attempt += 1
            info["redraws"] += 1
            if attempt > 200:
                raise SystemExit(f"{doc['id']}: no passing draw ({why})")
        docs.append(doc)
        info["shapes"].update(used)
        info["groups"].update(groups)
    return docs, info


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs, info = generate()
    text = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh35b_texts.jsonl is up to date" if same else "fresh35b_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  {'total':14s} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(
            f"shapes registered: {len(SHAPES)}; used: {len(info['shapes'])} "
            f"({sum(1 for s in info['shapes'] if s.startswith('doc:'))} document kinds, "
            f"{sum(1 for s in info['shapes'] if s.startswith('s:'))} line/sentence shapes)"
        )
        print(f"origin groups used: {len(info['groups'])}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {info['redraws']} {dict(sorted(info['reasons'].items()))}")
        bad = [d["id"] for d in docs if gate(d) is not None]
        print(f"documents failing gate(): {len(bad)}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
