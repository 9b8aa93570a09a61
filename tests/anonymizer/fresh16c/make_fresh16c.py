#!/usr/bin/env python3
"""Generator of the blind anonymizer corpus fresh16c: formal letters and objection files.

Municipal decisions, receipts, objection letters by residents and by representatives, hearing reports, decisions on
objection, Woo requests and decisions. Seed 20261343; document i draws from random.Random("20261343-<i>") and, when it
fails ``gate()``, is redrawn from "20261343-<i>-<attempt>".

    python tests/anonymizer/fresh16c/make_fresh16c.py            # write fresh16c_texts.jsonl
    python tests/anonymizer/fresh16c/make_fresh16c.py --check    # exit 1 if the committed file differs
    python tests/anonymizer/fresh16c/make_fresh16c.py --stats    # counts per label, shapes, known names, redraws
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
from names16c import ORIGINS, Person, ascii_fold, make_person  # noqa: E402

ROOT = HERE.parents[2]
OUT = HERE / "fresh16c_texts.jsonl"
SEED = 20261343
N = 300
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

_spec = importlib.util.spec_from_file_location("corpora_score", ROOT / "tests/anonymizer/corpora/score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SHAPES: dict[str, str] = {}


def shape(name: str, what: str) -> str:
    SHAPES[name] = what
    return name


# ---------------------------------------------------------------- structured values


def bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - int(d[8])) % 11 == 0


def iban(r) -> str:
    bank = r.choice(["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = int("".join(str(int(c, 36)) for c in bank + acct + "NL00"))
    return f"NL{98 - num % 97:02d}{bank}{acct}"


def iban_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    return len(s) == 18 and int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def iban_fmt(r, s: str) -> str:
    return r.choice([s, " ".join(s[i : i + 4] for i in range(0, 18, 4))])


def bsn_fmt(r, s: str) -> str:
    return r.choice([s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


def postcode(r) -> str:
    letters = "ABCEGHJKLMNPRTVWXZ"
    pc = f"{r.randint(1011, 9999)} {r.choice(letters)}{r.choice(letters)}"
    return pc if r.random() < 0.8 else pc.replace(" ", "")


def mobile(r) -> str:
    d = "".join(str(r.randint(0, 9)) for _ in range(8))
    return r.choice(
        [
            f"06-{d}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            f"+31 6 {d[:4]} {d[4:]}",
            f"+31 (0)6 {d}",
            f"0031 6 {d[:2]}{d[2:4]} {d[4:]}",
            f"06{d}",
        ]
    )


def landline(r) -> str:
    area = r.choice(
        [
            "010",
            "013",
            "020",
            "023",
            "024",
            "026",
            "030",
            "033",
            "035",
            "038",
            "040",
            "045",
            "050",
            "053",
            "055",
            "058",
            "070",
            "071",
            "072",
            "073",
            "075",
            "076",
            "077",
            "078",
            "079",
        ]
    )
    d = "".join(str(r.randint(0, 9)) for _ in range(7))
    return r.choice([f"{area}-{d}", f"({area}) {d[:3]} {d[3:5]} {d[5:]}", f"{area} - {d[:3]} {d[3:]}"])


def plate(r) -> str:
    L = "BDFGHJKLNPRSTVXZ"
    a = lambda n: "".join(r.choice(L) for _ in range(n))  # noqa: E731
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
    return r.choice(
        [
            f"{a(2)}-{n(3)}-{a(1)}",
            f"{n(2)}-{a(3)}-{n(1)}",
            f"{n(1)}-{a(3)}-{n(2)}",
            f"{a(3)}-{n(2)}-{a(1)}",
            f"{a(1)}-{n(3)}-{a(2)}",
            f"{n(3)}-{a(2)}-{n(1)}",
        ]
    )


def case_number(r, kind: str | None = None) -> str:
    y = r.choice(["2025", "2026"])
    yy = y[2:]
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
    forms = {
        "bz": f"BZW-{y}-{n(5)}",
        "z": f"Z/{yy}/{n(6)}",
        "woo": f"WOO.{y}.{n(4)}",
        "hz": f"HZ{yy}-{n(4)}",
        "bob": f"BOB/{y}/{n(4)}-{r.choice('abcdef')}",
        "vth": f"VTH-{yy}-{n(5)}",
        "int": f"INT/B/{yy}.{n(4)}",
        "adv": f"{y}.{n(4)}/{r.choice(['MV', 'KT', 'RB', 'JH', 'AS'])}",
        "dos": f"D{yy}{n(2)}-{n(3)}",
        "bel": f"{n(4)}.{n(3)}.{n(3)}",
    }
    return forms[kind or r.choice(list(forms))]


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

# date of birth styles: (shape, format function of day, month, year) -> (line text, pii text)
DOB_STYLES = {
    shape("dob_geboren_long", "geboren op 3 maart 1961"): lambda d, m, y: ("geboren op {}", f"{d} {MONTHS[m - 1]} {y}"),
    shape("dob_geb_dashes", "geb. 03-03-1961"): lambda d, m, y: ("geb. {}", f"{d:02d}-{m:02d}-{y}"),
    shape("dob_iso", "geboortedatum 1961-03-03"): lambda d, m, y: ("geboortedatum {}", f"{y}-{m:02d}-{d:02d}"),
    shape("dob_slash", "geboren 03/03/1961"): lambda d, m, y: ("geboren {}", f"{d:02d}/{m:02d}/{y}"),
    shape("dob_star", "* 3.3.1961 (no cue word)"): lambda d, m, y: ("* {}", f"{d}.{m}.{y}"),
    shape("dob_abbr", "geb. 3 mrt. 1961"): lambda d, m, y: ("geb. {}", f"{d} {MON_ABBR[m - 1]} {y}"),
    shape("dob_paren_bare", "(3 maart 1961) after the name, no cue"): lambda d, m, y: (
        "({})",
        f"{d} {MONTHS[m - 1]} {y}",
    ),
    shape("dob_compact", "geboortedatum: 03031961"): lambda d, m, y: ("geboortedatum: {}", f"{d:02d}{m:02d}{y}"),
    shape("dob_ordinal", "geboren de 3e maart 1961"): lambda d, m, y: ("geboren de {}", f"{d}e {MONTHS[m - 1]} {y}"),
    shape("dob_dashes_short", "geb.datum 3-3-1961"): lambda d, m, y: ("geb.datum {}", f"{d}-{m}-{y}"),
}


# ---------------------------------------------------------------- places, offices, topics

MUNIS = [
    "Zaanstad",
    "Deventer",
    "Apeldoorn",
    "Leeuwarden",
    "Emmen",
    "Tilburg",
    "Venlo",
    "Almere",
    "Dordrecht",
    "Schiedam",
    "Heerlen",
    "Zoetermeer",
    "Lelystad",
    "Hengelo",
    "Oss",
    "Helmond",
    "Alkmaar",
    "Purmerend",
    "Amersfoort",
    "Gouda",
    "Roosendaal",
    "Den Helder",
    "Vlaardingen",
    "Kampen",
    "Assen",
    "Middelburg",
]
STREETS_A = [
    "Kastanje",
    "Wilgen",
    "Merel",
    "Zwaluw",
    "Lijster",
    "Goudsbloem",
    "Hazelaar",
    "Vlier",
    "Pluimstaart",
    "Boekweit",
    "Ravelijn",
    "Korenbloem",
    "Zeeaster",
    "Duizendblad",
    "Esdoorn",
    "Kievits",
    "Spreeuwen",
    "Tarwe",
    "Koekoeks",
    "Lupine",
    "Zilverschoon",
    "Bosbes",
    "Meidoorn",
    "Lisdodde",
    "Ratelaar",
]
STREETS_B = ["laan", "straat", "hof", "weg", "plein", "singel", "kade", "gracht", "dreef", "pad", "erf", "veld"]
TOWNHALL = ["Stadhuisplein 1", "Raadhuisplein 2", "Markt 1", "Stationsplein 10", "Burgerzaal 1"]
LAWFIRMS = [
    "Advocatenkantoor De Meerkoet",
    "Rechtshulp Noord",
    "Juridisch Loket",
    "Sociaal Raadslieden",
    "Van Raalte & Vennoten advocaten",
    "Bureau Rechtsbijstand Plus",
    "Stichting Wijkrecht",
]

# topic: subject word, law, department, decision clause, wants plate / iban / dob
TOPICS = [
    dict(
        subj="bewonersvergunning",
        law="Parkeerverordening",
        dept="Parkeren",
        plate=True,
        besl="uw aanvraag voor een bewonersvergunning af te wijzen",
        amount=False,
    ),
    dict(
        subj="naheffingsaanslag",
        law="Gemeentewet",
        dept="Belastingen",
        plate=True,
        besl="de naheffingsaanslag parkeerbelasting te handhaven",
        amount=True,
    ),
    dict(
        subj="bijzondere bijstand",
        law="Participatiewet",
        dept="Werk en Inkomen",
        iban=True,
        besl="u geen bijzondere bijstand toe te kennen voor de kosten van een wasmachine",
        amount=True,
    ),
    dict(
        subj="kwijtschelding",
        law="Invorderingswet",
        dept="Belastingen",
        iban=True,
        besl="uw verzoek om kwijtschelding van de afvalstoffenheffing af te wijzen",
        amount=True,
    ),
    dict(
        subj="omgevingsvergunning",
        law="Omgevingswet",
        dept="Vergunningen",
        besl="een omgevingsvergunning te verlenen voor het plaatsen van een dakkapel",
        amount=False,
    ),
    dict(
        subj="maatwerkvoorziening",
        law="Wmo",
        dept="Zorg en Welzijn",
        dob=True,
        besl="u een maatwerkvoorziening in de vorm van een scootmobiel te weigeren",
        amount=False,
    ),
    dict(
        subj="adresonderzoek",
        law="Wet BRP",
        dept="Publiekszaken",
        dob=True,
        besl="uw inschrijving op het adres te beëindigen",
        amount=False,
    ),
    dict(
        subj="dwangsom",
        law="Omgevingswet",
        dept="Toezicht en Handhaving",
        besl="u een last onder dwangsom op te leggen",
        amount=True,
    ),
    dict(
        subj="standplaatsvergunning",
        law="Marktverordening",
        dept="Economische Zaken",
        besl="uw standplaatsvergunning niet te verlengen",
        amount=False,
    ),
    dict(
        subj="leerlingenvervoer",
        law="Verordening",
        dept="Onderwijs",
        dob=True,
        besl="geen aangepast vervoer voor uw zoon toe te kennen",
        amount=False,
    ),
    dict(
        subj="terugvordering",
        law="Participatiewet",
        dept="Werk en Inkomen",
        iban=True,
        besl="de ten onrechte verstrekte bijstand van u terug te vorderen",
        amount=True,
    ),
    dict(
        subj="kapvergunning",
        law="Bomenverordening",
        dept="Vergunningen",
        besl="een vergunning te weigeren voor het kappen van twee esdoorns",
        amount=False,
    ),
]

# known names: surname (or first name) that is also an ordinary Dutch word, with a sentence using it lower case
KNOWN = [
    ("Boer", ["de", ""], "Het perceel wordt op dit moment verpacht aan een boer uit de polder."),
    ("Bakker", ["de", ""], "Ook de bakker op de hoek heeft de overlast bij ons gemeld."),
    ("Visser", ["de", ""], "De ligplaats werd eerder gebruikt door een visser uit het dorp."),
    ("Schipper", ["", "de"], "Volgens de havenmeester is geen enkele schipper vooraf gewaarschuwd."),
    ("Koster", ["de", ""], "De sleutel van de kerkzaal ligt sinds jaren bij de koster."),
    ("Molenaar", ["", "de"], "De molen wordt in het weekend bediend door een vrijwillige molenaar."),
    ("Schilder", ["", "de"], "Een schilder heeft de gevel inmiddels hersteld."),
    ("Timmerman", ["", ""], "De schuur is volgens de aanvraag door een timmerman gebouwd."),
    ("Slager", ["de", ""], "De slager naast de woning laat 's ochtends vroeg koelwagens lossen."),
    ("Dekker", ["", ""], "Voor het herstel van het dak is inmiddels een dekker ingeschakeld."),
    ("Kramer", ["", "de"], "Op de weekmarkt staat nu een andere kramer op de plek die zij aanvroeg."),
    (
        "Rechter",
        ["", "de"],
        "Bent u het niet eens met de beslissing op bezwaar, dan kunt u de rechter om een uitspraak vragen.",
    ),
    ("Burger", ["", ""], "Iedere burger kan op grond van de Woo een verzoek om informatie indienen."),
    ("Klerk", ["de", "de"], "Een klerk van het archief heeft de stukken opgezocht."),
    ("Bode", ["", "de"], "De stukken zijn door een bode van het stadhuis bezorgd."),
    ("Herder", ["de", ""], "Op het land graast een kudde schapen van een herder uit de buurt."),
    ("Jager", ["de", ""], "De wildschade aan de haag is door een jager vastgesteld."),
    ("Vos", ["de", ""], "Volgens de melding heeft een vos de kippen in de volkstuin gedood."),
    ("Haan", ["de", ""], "Een haan van de buren kraait elke ochtend vanaf vijf uur."),
    ("Dijk", ["van", "van"], "De schuur staat binnen de beschermingszone van de dijk."),
    ("Berg", ["van den", "van der"], "Achter de woning ligt al maanden een berg puin."),
    ("Bos", ["", "van den"], "Het gaat om drie eiken aan de rand van het bos."),
    ("Beek", ["van", "van der"], "De erfgrens loopt volgens het kadaster langs de beek."),
    ("Hoek", ["van der", "van den"], "De container staat sinds de zomer op de hoek van het plein."),
    ("Groen", ["", ""], "Het perceel heeft in het omgevingsplan de bestemming groen."),
    ("Zwart", ["", ""], "Op de foto's is een zwart busje te zien."),
    ("Winter", ["", "de"], "Tijdens de winter is de stoep niet één keer gestrooid."),
    ("Storm", ["", ""], "De schutting is tijdens de storm van vorige maand omgewaaid."),
    ("Sluis", ["", "van der"], "De boot lag op dat moment voor de sluis te wachten."),
    ("Groot", ["de", ""], "De aanbouw is volgens de welstandscommissie te groot voor het perceel."),
    ("Vink", ["", ""], "In de haag nestelt volgens de ecoloog een vink."),
    ("Koning", ["", "de"], "Het plein is ooit vernoemd naar een koning."),
    ("Roos", None, "Op de gevel naast de voordeur is een roos geschilderd."),
]


class Doc:
    def __init__(self, r: random.Random, i: int):
        self.r, self.i = r, i
        self.lines: list[str] = []
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.known: dict | None = None
        self.known_word: str | None = None
        self.to_lawyer = False

    def use(self, name: str) -> None:
        assert name in SHAPES, name
        self.shapes.append(name)

    def p(self, text: str, label: str) -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def P(self, text: str) -> str:
        return self.p(text, "PERSON")

    def k(self, *words: str) -> str:
        for w in words:
            for part in w.split():
                part = part.strip(".,:;()")
                if part and part not in self.keep:
                    self.keep.append(part)
        return words[0] if words else ""

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)


# ---------------------------------------------------------------- people of a document


class Cast:
    def __init__(self, d: Doc, known: bool):
        r = d.r
        self.muni = r.choice(MUNIS)
        self.topic = r.choice(TOPICS)
        if known:
            word, parts, sentence = r.choice(KNOWN)
            if parts is None:
                res = make_person(r, "Nederlands", female=True)
                res = Person(word, res.particle, res.last, True, "Nederlands")
            else:
                res = make_person(r, "Nederlands", last=(r.choice(parts), word))
            d.known_word, d.known_sentence = word.lower(), sentence
        else:
            res = make_person(r)
        self.res = res
        self.fam = make_person(r, res.origin, last=(res.particle, res.last))
        while self.fam.first == res.first:
            self.fam = make_person(r, res.origin, last=(res.particle, res.last))
        self.nb = make_person(r)
        self.off = make_person(r)
        self.off2 = make_person(r)
        self.chair = make_person(r)
        self.lawyer = make_person(r)
        self.street = r.choice(STREETS_A) + r.choice(STREETS_B)
        self.nr = str(r.randint(1, 240)) + r.choice(["", "", "", "A", "-2", " bis", "-hs"])
        if self.nr.endswith(" bis"):
            self.nr = self.nr.replace(" bis", "bis")
        self.pc = postcode(r)
        self.phone = r.choice([mobile, mobile, landline])(r)
        dom = r.choice(
            [
                "ziggo.nl",
                "kpnmail.nl",
                "gmail.com",
                "hotmail.com",
                "outlook.com",
                "xs4all.nl",
                "live.nl",
                "planet.nl",
                "icloud.com",
                "proton.me",
                "telfort.nl",
                "caiway.nl",
            ]
        )
        loc = r.choice(
            [
                f"{res.first_slug}.{res.slug}",
                f"{res.first_slug[0]}{res.slug}",
                f"{res.slug}{r.randint(50, 99)}",
                f"{res.first_slug}_{res.slug[:4]}",
                f"fam.{res.slug}",
            ]
        )
        self.email = f"{loc}@{dom}"
        self.bsn = bsn(r)
        self.iban = iban(r)
        self.plate = plate(r)
        self.dob = (r.randint(1, 28), r.randint(1, 12), r.randint(1936, 2006))
        self.fam_dob = (r.randint(1, 28), r.randint(1, 12), r.randint(2008, 2019))
        self.case = case_number(r)
        self.case2 = case_number(r)
        self.mslug = re.sub(r"[^a-z]", "", ascii_fold(self.muni.lower()))
        self.off_mail = f"{self.off.first_slug[0]}.{self.off.slug}@{self.mslug}.nl"
        self.off_phone = r.choice([f"14 0{r.randint(10, 99)}", "", ""])
        self.direct = landline(r)
        self.general = f"14 0{r.randint(10, 99)}"
        self.town_pc = f"{r.randint(1000, 9999)} {r.choice(['AA', 'GA', 'PA', 'EA', 'HA', 'MA'])}"
        self.postbus = f"Postbus {r.randint(10, 9000)}"
        self.firm = r.choice(LAWFIRMS)
        d1 = r.randint(1, 27)
        m1 = r.randint(1, 10)
        self.date_in = f"{d1} {MONTHS[m1 - 1]} 2026"
        self.date_out = f"{r.randint(1, 28)} {MONTHS[m1 + 1]} 2026"
        self.month_in, self.month_out = MONTHS[m1 - 1], MONTHS[m1 + 1]
        self.weekday = r.choice(WEEKDAYS)
        self.amount = f"{r.randint(80, 4800)},{r.choice(['00', '50', '95', '40'])}"


def street_forms(d: Doc, c: Cast, upper: bool = False) -> str:
    a = f"{c.street} {c.nr}"
    if upper:
        a = a.upper()
    return d.p(a, "ADDRESS")


def dob_text(d: Doc, c: Cast, who: tuple) -> str:
    name = d.r.choice(list(DOB_STYLES))
    d.use(name)
    cue, val = DOB_STYLES[name](*who)
    d.p(val, "DATE_OF_BIRTH")
    return cue.format(val)


def res_name(d: Doc, c: Cast, form: str | None = None) -> str:
    """The resident in one of several forms (each a PERSON item)."""
    p = c.res
    form = form or d.r.choice(["full", "ini", "title_bare", "title_bare_low", "title_full"])
    if form == "full":
        return d.P(p.full)
    if form == "ini":
        return d.P(p.ini)
    if form == "title_bare":
        return f"{p.title} {d.P(p.bare)}"
    if form == "title_bare_low":
        return f"{p.title} {d.P(p.ini)}"
    return f"{p.title} {d.P(p.full)}"


# ---------------------------------------------------------------- blocks (each a registered shape)


def letterhead(d: Doc, c: Cast) -> None:
    r = d.r
    v = r.choice(["lh_plain", "lh_college", "lh_caps"])
    d.use(v)
    if v == "lh_plain":
        d.add(f"Gemeente {d.k(c.muni)}", f"Afdeling {d.k(c.topic['dept'])}", "")
    elif v == "lh_college":
        d.add(f"{d.k('College')} van burgemeester en wethouders van {c.muni}", f"Team {d.k(c.topic['dept'])}", "")
    else:
        d.add(f"GEMEENTE {c.muni.upper()} | {d.k(c.topic['dept'])}", "")


SHAPES.update(
    {
        "lh_plain": "letterhead: Gemeente X / Afdeling Y",
        "lh_college": "letterhead: College van B&W / Team",
        "lh_caps": "letterhead: GEMEENTE X | department",
    }
)


def address_window(d: Doc, c: Cast) -> None:
    r = d.r
    v = r.choice(["aw_std", "aw_familie", "aw_caps", "aw_aangetekend", "aw_tav"])
    d.use(v)
    p = c.res
    town = c.muni
    if v == "aw_std":
        d.add(
            f"{p.title.capitalize()} {d.P(p.ini)}", street_forms(d, c), f"{d.p(c.pc, 'POSTCODE')}  {town.upper()}", ""
        )
    elif v == "aw_familie":
        d.add(f"De familie {d.P(p.bare)}", street_forms(d, c), f"{d.p(c.pc, 'POSTCODE')} {town}", "")
    elif v == "aw_caps":
        d.add(
            f"{p.title_short.upper()} {d.P(p.ini.upper())}",
            street_forms(d, c, upper=True),
            f"{d.p(c.pc, 'POSTCODE')} {town.upper()}",
            "",
        )
    elif v == "aw_aangetekend":
        d.add(
            f"{d.k('Aangetekend')} en per gewone post",
            f"{p.title.capitalize()} {d.P(p.full)}",
            street_forms(d, c),
            f"{d.p(c.pc, 'POSTCODE')} {town}",
            "",
        )
    else:
        d.add(f"{d.k(c.firm)}", f"T.a.v. mr. {d.P(c.lawyer.ini)}", f"{d.k(c.postbus)}", f"{c.town_pc} {town}", "")
        d.to_lawyer = True


SHAPES.update(
    {
        "aw_std": "address window: title + initials, street, postcode TOWN",
        "aw_familie": "address window: De familie X",
        "aw_caps": "address window in capitals",
        "aw_aangetekend": "address window under 'Aangetekend'",
        "aw_tav": "address window of a law firm, T.a.v. mr.",
    }
)


def refblock(d: Doc, c: Cast, incoming: bool = True) -> None:
    r = d.r
    v = r.choice(["ref_table", "ref_inline", "ref_tabbed"])
    d.use(v)
    off = c.off
    bv = r.randrange(3)
    if bv == 0:
        beh = f"{off.title_short} {d.P(off.ini)}"
    elif bv == 1:
        beh = d.P(off.full)
    else:
        beh = f"{d.P(off.ini)} ({d.k('jurist')})"
    rows = []
    if incoming:
        rows.append(("Uw brief van", c.date_in))
        d.k("brief")
    if r.random() < 0.5:
        rows.append(("Uw kenmerk", d.p(c.case2, "CASE_NUMBER")))
    rows.append(("Ons kenmerk", d.p(c.case, "CASE_NUMBER")))
    rows.append(("Behandeld door", beh))
    if r.random() < 0.7:
        rows.append(("Doorkiesnummer", d.p(c.direct, "PHONE")))
    if r.random() < 0.5:
        rows.append(("E-mail", d.p(c.off_mail, "EMAIL")))
    rows.append(("Bijlage(n)", str(r.randint(1, 4))))
    rows.append(("Datum", c.date_out))
    d.k("kenmerk", "Behandeld", "Datum")
    if v == "ref_table":
        d.add(*[f"{a}: {b}" for a, b in rows], "")
    elif v == "ref_inline":
        d.add(" | ".join(f"{a} {b}" for a, b in rows), "")
    else:
        d.add(*[f"{a}\t\t{b}" for a, b in rows], "")


SHAPES.update(
    {
        "ref_table": "reference block 'Label: value' lines",
        "ref_inline": "reference block on one line with pipes",
        "ref_tabbed": "reference block label<TAB><TAB>value",
    }
)


def salutation(d: Doc, c: Cast) -> None:
    r = d.r
    if d.to_lawyer:
        d.use("sal_lawyer")
        d.add(
            f"Geachte {c.lawyer.title.replace('de ', '')} {d.P(c.lawyer.bare)},",
            "",
            "In deze brief reageren wij namens het college op het bezwaar van uw "
            f"{d.k('cliënte') if c.res.female else d.k('cliënt')}, {res_name(d, c, 'title_full')}.",
        )
        return
    v = r.choice(["sal_title_bare", "sal_title_ini", "sal_heer_mevrouw", "sal_full"])
    d.use(v)
    p = c.res
    if v == "sal_title_bare":
        d.add(f"Geachte {p.title.replace('de ', '')} {d.P(p.bare)},", "")
    elif v == "sal_title_ini":
        d.add(f"Geachte {p.title.replace('de ', '')} {d.P(p.ini)},", "")
    elif v == "sal_heer_mevrouw":
        d.add("Geachte heer, mevrouw,", "")
    else:
        d.add(f"Beste {d.P(p.full)},", "")


SHAPES.update(
    {
        "sal_title_bare": "salutation Geachte mevrouw Van X,",
        "sal_title_ini": "salutation Geachte heer A.B. X,",
        "sal_heer_mevrouw": "salutation Geachte heer, mevrouw,",
        "sal_full": "salutation Beste <full name>,",
        "sal_lawyer": "salutation to the representative, naming the client",
    }
)


def signature_college(d: Doc, c: Cast) -> None:
    r = d.r
    v = r.choice(["sig_namens", "sig_mandaat", "sig_two"])
    d.use(v)
    off = c.off
    fn = r.choice(["teamleider", "senior jurist", "coördinator", "afdelingshoofd", "beleidsmedewerker"])
    d.k(fn)
    if v == "sig_namens":
        d.add(
            "Met vriendelijke groet,",
            f"namens het college van burgemeester en wethouders van {c.muni},",
            "",
            f"mr. {d.P(off.ini)}",
            f"{fn} {c.topic['dept']}",
            "",
        )
    elif v == "sig_mandaat":
        d.add(
            "Hoogachtend,",
            "de burgemeester van " + c.muni + ",",
            "voor deze,",
            "",
            d.P(off.full),
            f"{fn}, team {c.topic['dept']}",
            "",
        )
    else:
        d.add(
            "Met vriendelijke groet,",
            "namens het college,",
            "",
            f"{d.P(off.full)}\t\t{d.P(c.off2.full)}",
            f"{fn}\t\t\tsecretaris",
            "",
        )
        d.k("secretaris")


SHAPES.update(
    {
        "sig_namens": "signature: namens het college, mr. initials, function",
        "sig_mandaat": "signature: de burgemeester, voor deze",
        "sig_two": "signature: two officials side by side",
    }
)


def footer(d: Doc, c: Cast) -> None:
    r = d.r
    v = r.choice(["ft_bar", "ft_lines", "ft_visit"])
    d.use(v)
    mail = f"info@{c.mslug}.nl"
    if v == "ft_bar":
        d.add("—", f"Gemeente {c.muni} | {c.postbus} | {c.town_pc} {c.muni} | telefoon {c.general} | {mail}")
    elif v == "ft_lines":
        d.add(
            "—",
            f"Postadres: {c.postbus}, {c.town_pc} {c.muni}",
            f"Telefoon: {c.general} (op werkdagen van 8.30 tot 17.00 uur)",
            f"E-mail: {mail}",
            f"Internet: www.{c.mslug}.nl",
        )
    else:
        d.add("—", f"Bezoekadres: {r.choice(TOWNHALL)}, {c.muni} · Bereikbaar via {c.general} of {mail}")
    d.k(mail, "Telefoon" if v == "ft_lines" else "Gemeente" if v == "ft_bar" else "Bezoekadres")


SHAPES.update(
    {
        "ft_bar": "footer on one line with pipes",
        "ft_lines": "footer: Postadres / Telefoon / E-mail / Internet",
        "ft_visit": "footer: Bezoekadres ... Bereikbaar via 14 0xx",
    }
)


def enclosures(d: Doc, c: Cast) -> None:
    r = d.r
    v = r.choice(["bl_list", "bl_files", "bl_none"])
    d.use(v)
    if v == "bl_list":
        d.add(
            "Bijlagen:",
            "1. kopie van het bestreden besluit;",
            "2. machtiging;",
            f"3. {d.k('loonstroken')} over {c.month_in}.",
            "",
        )
        d.k("Bijlagen", "machtiging")
    elif v == "bl_files":
        f1 = f"bezwaar-{d.P(c.res.slug)}-{c.date_in.split()[-1]}.pdf"
        d.add("Bijlagen:", f"- {f1}", f"- besluit_{d.p(c.case, 'CASE_NUMBER')}.pdf", "")
        d.k("Bijlagen")
    else:
        d.add("Bijlage(n): geen", "")


SHAPES.update(
    {
        "bl_list": "enclosures numbered list",
        "bl_files": "enclosures as file names with the name and case number",
        "bl_none": "Bijlage(n): geen",
    }
)


def cc_line(d: Doc, c: Cast) -> None:
    r = d.r
    v = r.choice(["cc_names", "cc_teams"])
    d.use(v)
    if v == "cc_names":
        d.add(f"cc: {d.P(c.lawyer.ini)} ({c.firm}); {d.P(c.off2.ini)}, {d.k('Klantcontactcentrum')}", "")
        d.k(c.firm)
    else:
        d.add(f"cc: team {d.k(c.topic['dept'])}, {d.k('archief')} ({d.p(c.case, 'CASE_NUMBER')})", "")


SHAPES.update({"cc_names": "cc: named lawyer and official", "cc_teams": "cc: team and archive with case number"})


def known_line(d: Doc, c: Cast) -> None:
    if d.known_word:
        d.use("known_ordinary")
        d.add(d.known_sentence)
        d.k(d.known_word)


SHAPES["known_ordinary"] = "sentence using the known name's word in its ordinary sense"


# ---------------------------------------------------------------- body sentences (registered shapes)


def s(name: str, what: str):
    SHAPES[name] = what

    def deco(f):
        f.shape = name
        return f

    return deco


@s("b_received", "we received your objection on <date>")
def b_received(d, c):
    return (
        f"Op {c.date_in} hebben wij uw {d.k('bezwaarschrift')} ontvangen tegen ons besluit over uw {c.topic['subj']}."
    )


@s("b_decision", "we have decided to ...")
def b_decision(d, c):
    return f"Wij hebben besloten {c.topic['besl']}. Dit besluit is genomen op grond van de {d.k(c.topic['law'])}."


@s("b_bsn_line", "in our records under BSN")
def b_bsn_line(d, c):
    v = bsn_fmt(d.r, c.bsn)
    return (
        "In onze administratie staat u geregistreerd onder "
        f"{d.r.choice(['burgerservicenummer', 'BSN', 'bsn-nummer'])} {d.p(v, 'BSN')}."
    )


@s("b_bsn_mine", "resident: my citizen service number is")
def b_bsn_mine(d, c):
    v = bsn_fmt(d.r, c.bsn)
    return f"Voor de volledigheid: mijn {d.r.choice(['burgerservicenummer', 'BSN', 'sofinummer'])} is {d.p(v, 'BSN')}."


@s("b_iban_pay", "the amount will be paid into IBAN")
def b_iban_pay(d, c):
    v = iban_fmt(d.r, c.iban)
    what = d.r.choice(["vergoeding", "terugbetaling", "tegemoetkoming"])
    return (
        f"De {d.k(what)} van € {d.k(c.amount)} maken wij binnen {d.k('zes')} weken over op rekeningnummer "
        f"{d.p(v, 'IBAN')} ten name van {d.P(c.res.ini)}."
    )


@s("b_iban_leges", "refund of fees to IBAN given in the objection")
def b_iban_leges(d, c):
    v = iban_fmt(d.r, c.iban)
    return (
        f"U vraagt de {d.k('leges')} terug te storten op {d.r.choice(['IBAN', 'rekening', 'bankrekening'])} "
        f"{d.p(v, 'IBAN')}; dat verzoek wijzen wij niet af."
    )


@s("b_plate_seen", "vehicle with plate seen at the address")
def b_plate_seen(d, c):
    return (
        f"Bij de {d.k('controle')} op {c.date_in} stond een {d.r.choice(['bestelbus', 'aanhanger', 'camper'])} met "
        f"kenteken {d.p(c.plate, 'LICENSE_PLATE')} voor de woning."
    )


@s("b_iban_debt", "please pay the amount into the municipal account stating the case number")
def b_iban_debt(d, c):
    return (
        f"U kunt het bedrag van € {d.k(c.amount)} overmaken onder vermelding van {d.k('kenmerk')} "
        f"{d.p(c.case, 'CASE_NUMBER')}. Wij zien dat u eerder betaalde vanaf {d.p(iban_fmt(d.r, c.iban), 'IBAN')}."
    )


@s("b_plate", "the permit/levy concerns vehicle with plate")
def b_plate(d, c):
    return (
        f"Het gaat om het voertuig met {d.r.choice(['kenteken', 'het kenteken', 'registratienummer'])} "
        f"{d.p(c.plate, 'LICENSE_PLATE')}, dat volgens de {d.k('RDW')} op uw naam staat."
    )


@s("b_family", "family member with date of birth in the household")
def b_family(d, c):
    f = c.fam
    return (
        f"Tot uw huishouden behoort {f.title.replace('de heer', 'uw zoon').replace('mevrouw', 'uw dochter')} "
        f"{d.P(f.full)}, {dob_text(d, c, c.fam_dob)}."
    )


@s("b_res_dob", "resident with date of birth in the body")
def b_res_dob(d, c):
    return (
        f"De aanvraag is gedaan door {d.P(c.res.full)}, {dob_text(d, c, c.dob)}, wonende aan {street_forms(d, c)} te "
        f"{d.k(c.muni)}."
    )


@s("b_neighbour", "neighbour's view / zienswijze")
def b_neighbour(d, c):
    nb = c.nb
    return (
        f"Uw buurman, {nb.title.replace('de heer', 'de heer').replace('mevrouw', 'mevrouw')} {d.P(nb.full)}, heeft "
        f"een {d.k('zienswijze')} ingediend."
    )


@s("b_term", "you may object within six weeks")
def b_term(d, c):
    return (
        f"Bent u het niet eens met dit besluit? Dan kunt u binnen {d.k('zes')} weken na de verzenddatum een "
        f"bezwaarschrift indienen bij het {d.k('college')} van burgemeester en wethouders."
    )


@s("b_contact_official", "for questions contact <official> on direct number")
def b_contact_official(d, c):
    return (
        f"Heeft u vragen over deze brief? Neem dan contact op met {d.P(c.off.full)} van het team "
        f"{d.k(c.topic['dept'])}, {d.r.choice(['telefonisch bereikbaar op', 'via', 'op'])} {d.p(c.direct, 'PHONE')}."
    )


@s("b_general_contact", "call the general number on weekdays")
def b_general_contact(d, c):
    return f"U kunt ons op werkdagen bellen via {c.general} of mailen naar {d.k('info@' + c.mslug + '.nl')}."


@s("b_hearing_invite", "invitation to the hearing on <weekday date>")
def b_hearing_invite(d, c):
    return (
        f"De {d.k('hoorzitting')} vindt plaats op {d.k(c.weekday)} {c.date_out} om "
        f"{d.r.choice(['10.00', '13.30', '15.15'])} uur "
        f"in het {d.k('Stadskantoor')}, zaal {d.r.choice(['Eemzaal', 'Lindezaal', 'Raadzaal'])}."
    )


@s("b_herstel", "request to repair omission within two weeks")
def b_herstel(d, c):
    return (
        f"Uw bezwaarschrift is niet {d.k('ondertekend')} en bevat geen gronden. Wij geven u de gelegenheid dit verzuim "
        f"binnen {d.k('twee')} weken te herstellen."
    )


@s("b_phone_me", "resident: you can reach me on")
def b_phone_me(d, c):
    return f"Ik ben overdag bereikbaar op {d.p(c.phone, 'PHONE')} of per e-mail via {d.p(c.email, 'EMAIL')}."


@s("b_sign_gemachtigde", "lawyer acts for client born ... living at ...")
def b_sign_gemachtigde(d, c):
    return (
        f"Namens mijn {d.k('cliënte') if c.res.female else d.k('cliënt')}, {res_name(d, c, 'title_full')}, "
        f"wonende te {c.muni} aan de {street_forms(d, c)}, maak ik bezwaar tegen uw besluit van {c.date_in}."
    )


@s("b_proforma", "pro-forma objection, grounds follow")
def b_proforma(d, c):
    return (
        f"Dit bezwaar is {d.k('pro')} forma; de gronden volgen binnen vier weken na ontvangst van de {d.k('stukken')}."
    )


@s("b_costs", "request compensation of costs of legal aid")
def b_costs(d, c):
    return (
        f"Ook verzoek ik om {d.k('vergoeding')} van de kosten van rechtsbijstand op grond van artikel 7:15 "
        f"{d.k('Awb')}."
    )


@s("b_ground_unreasonable", "ground: decision unreasonable for my family")
def b_ground_unreasonable(d, c):
    return (
        f"Het besluit is onredelijk, omdat mijn {'man' if c.res.female else 'vrouw'} {d.P(c.fam.first)} sinds "
        f"{d.k(c.month_in)} afhankelijk is van {d.k('mantelzorg')}."
    )


@s("b_ground_motivation", "ground: the decision lacks reasons")
def b_ground_motivation(d, c):
    return (
        f"Het besluit is onvoldoende {d.k('gemotiveerd')}: nergens staat waarom de eerdere {d.k('indicatie')} niet "
        "meer geldt."
    )


@s("b_reporter_bare", "later reference by bare surname")
def b_reporter_bare(d, c):
    return (
        f"{c.res.title.capitalize()} {d.P(c.res.bare)} licht toe dat {'zij' if c.res.female else 'hij'} de brief pas "
        "na de termijn heeft ontvangen."
    )


@s("b_possessive", "possessive form of the surname")
def b_possessive(d, c):
    return f"{d.P(c.res.possessive)} {d.k('standpunt')} is dat de gemeente eerder had moeten reageren."


@s("b_first_only", "the resident by first name in a quote")
def b_first_only(d, c):
    return f"In de e-mail schrijft {d.P(c.fam.full)}: 'Wij hebben {d.P(c.res.first)} nooit een brief zien ontvangen.'"


@s("b_address_only_street", "street alone mentioned later")
def b_address_only_street(d, c):
    return f"Bij de {d.k('schouw')} bleek dat de schutting aan de {d.p(c.street, 'ADDRESS')} hoger is dan twee meter."


@s("b_mediator", "informal talk with the mediator")
def b_mediator(d, c):
    return (
        f"Op {c.date_in} heeft een {d.k('informeel')} gesprek plaatsgevonden met {d.P(c.chair.full)}, "
        f"{d.k('mediator')} van de gemeente, en {res_name(d, c, 'title_bare')}."
    )


@s("b_withdraw", "objection withdrawn after talk")
def b_withdraw(d, c):
    return (
        f"Naar aanleiding van dat gesprek trekt u uw bezwaar in. Het {d.k('dossier')} met {d.k('zaaknummer')} "
        f"{d.p(c.case2, 'CASE_NUMBER')} sluiten wij."
    )


@s("b_amount", "amount and deadline")
def b_amount(d, c):
    return f"De {d.k('dwangsom')} bedraagt € {d.k(c.amount)} per week, met een maximum van € 10.000,00."


@s("b_dob_check", "official check of identity by date of birth and BSN")
def b_dob_check(d, c):
    return (
        f"Ter controle: {d.P(c.res.full)} ({dob_text(d, c, c.dob)}, BSN {d.p(c.bsn, 'BSN')}) "
        f"staat sinds {d.k(c.month_in)} ingeschreven op het adres."
    )


@s("b_email_lower", "e-mail address quoted in lower case with the name")
def b_email_lower(d, c):
    return f"De {d.k('aanvraag')} kwam binnen vanaf {d.p(c.email, 'EMAIL')} en was ondertekend door {d.P(c.res.ini)}."


@s("b_upper_name", "name in capitals in a form field")
def b_upper_name(d, c):
    return f"Op het {d.k('formulier')} staat bij 'Naam aanvrager': {d.P(c.res.full.upper())}."


# ---------------------------------------------------------------- document kinds


def closing_res(d: Doc, c: Cast) -> None:
    v = d.r.choice(["cl_hoogachtend", "cl_groet_full", "cl_namens_fam"])
    d.use(v)
    if v == "cl_hoogachtend":
        d.add("", "Hoogachtend,", "", d.P(c.res.full), street_forms(d, c), f"{d.p(c.pc, 'POSTCODE')} {c.muni}")
    elif v == "cl_groet_full":
        d.add("", "Met vriendelijke groet,", "", f"{d.P(c.res.ini)}", f"tel. {d.p(c.phone, 'PHONE')}")
    else:
        d.add("", "Met vriendelijke groet,", "", f"{d.P(c.res.full)} en {d.P(c.fam.full)}")


SHAPES.update(
    {
        "cl_hoogachtend": "resident closing: Hoogachtend, name, address",
        "cl_groet_full": "resident closing with initials and tel.",
        "cl_namens_fam": "resident closing signed by two family members",
    }
)


def body(d: Doc, c: Cast, pool: list, n: int) -> None:
    fs = d.r.sample(pool, min(n, len(pool)))
    for f in fs:
        d.use(f.shape)
        d.add(f(d, c))
    d.add("")


def kind_beschikking(d, c):
    d.use("k_beschikking")
    letterhead(d, c)
    address_window(d, c)
    refblock(d, c)
    d.add(f"Onderwerp: {d.k('besluit')} op uw aanvraag {c.topic['subj']}", "")
    d.k("Onderwerp")
    salutation(d, c)
    pool = [
        b_decision,
        b_bsn_line,
        b_plate if c.topic.get("plate") else b_family,
        b_res_dob,
        b_neighbour,
        b_amount,
        b_iban_pay if c.topic.get("iban") else b_upper_name,
        b_email_lower,
        b_address_only_street,
        b_iban_leges,
        b_plate_seen,
    ]
    d.add(b_decision(d, c))
    d.use("b_decision")
    body(d, c, pool[1:], 4)
    known_line(d, c)
    d.add(b_term(d, c))
    d.use("b_term")
    signature_college(d, c)
    enclosures(d, c)
    footer(d, c)


def kind_ontvangst(d, c):
    d.use("k_ontvangst")
    letterhead(d, c)
    address_window(d, c)
    refblock(d, c)
    d.add(f"Betreft: {d.k('ontvangstbevestiging')} bezwaarschrift", "")
    salutation(d, c)
    d.use("b_received")
    d.add(b_received(d, c))
    body(
        d,
        c,
        [b_herstel, b_hearing_invite, b_contact_official, b_general_contact, b_bsn_line, b_email_lower, b_iban_leges],
        3,
    )
    known_line(d, c)
    signature_college(d, c)
    footer(d, c)


def betreft(d, c, lawyer: bool) -> None:
    v = d.r.choice(["bt_std", "bt_parties", "bt_caps"])
    d.use(v)
    if v == "bt_std":
        d.add(f"Betreft: bezwaar tegen besluit van {c.date_in}, kenmerk {d.p(c.case, 'CASE_NUMBER')}", "")
    elif v == "bt_parties":
        who = d.P(c.res.bare) if lawyer else d.P(c.res.full)
        d.add(f"Betreft: {who} / gemeente {c.muni} ({d.k(c.topic['subj'])})", "")
    else:
        d.add(f"BETREFT: BEZWAARSCHRIFT {d.P(c.res.full.upper())} — {d.p(c.case, 'CASE_NUMBER')}", "")
    if v != "bt_caps":
        d.k("Betreft")


SHAPES.update(
    {
        "bt_std": "Betreft: bezwaar tegen besluit van <date>, kenmerk",
        "bt_parties": "Betreft: X / gemeente Y (subject)",
        "bt_caps": "BETREFT in capitals with the name",
    }
)


def kind_bezwaar_res(d, c):
    d.use("k_bezwaar_bewoner")
    v = d.r.choice(["hd_sender_top", "hd_sender_block"])
    d.use(v)
    if v == "hd_sender_top":
        d.add(d.P(c.res.full), street_forms(d, c), f"{d.p(c.pc, 'POSTCODE')} {d.k(c.muni)}", d.p(c.phone, "PHONE"), "")
    else:
        d.add(f"Afzender: {d.P(c.res.ini)}, {street_forms(d, c)}, {d.p(c.pc, 'POSTCODE')} {d.k(c.muni)}", "")
        d.k("Afzender")
    d.add(
        f"Aan het college van burgemeester en wethouders van {c.muni}",
        f"{c.postbus}",
        f"{c.town_pc} {c.muni}",
        "",
        f"{c.muni}, {c.date_out}",
        "",
    )
    d.k(c.postbus.split()[0])
    betreft(d, c, False)
    d.add("Geacht college,", "")
    d.k("college")
    d.add(f"Hierbij maak ik {d.k('bezwaar')} tegen uw besluit over mijn {c.topic['subj']}.")
    body(
        d,
        c,
        [
            b_ground_unreasonable,
            b_ground_motivation,
            b_bsn_mine,
            b_phone_me,
            b_first_only,
            b_plate if c.topic.get("plate") else b_res_dob,
            b_neighbour,
            b_costs,
            b_upper_name,
            b_iban_leges,
            b_plate_seen,
        ],
        4,
    )
    known_line(d, c)
    closing_res(d, c)
    d.add("")
    enclosures(d, c)


def kind_bezwaar_gem(d, c):
    d.use("k_bezwaar_gemachtigde")
    d.add(
        d.k(c.firm),
        f"mr. {d.P(c.lawyer.full)}, {d.k('advocaat')}",
        f"Uw kenmerk: {d.p(c.case, 'CASE_NUMBER')}",
        f"Ons kenmerk: {d.p(case_number(d.r, 'adv'), 'CASE_NUMBER')}",
        "",
    )
    d.add(
        f"Aan het college van burgemeester en wethouders van {d.k(c.muni)}",
        f"t.a.v. de {d.k('Bezwaarschriftencommissie')}",
        "",
    )
    betreft(d, c, True)
    d.add("Geacht college,", "")
    d.use("b_sign_gemachtigde")
    d.add(b_sign_gemachtigde(d, c))
    body(
        d,
        c,
        [
            b_proforma,
            b_costs,
            b_ground_motivation,
            b_bsn_line,
            b_dob_check,
            b_reporter_bare,
            b_possessive,
            b_iban_debt,
            b_first_only,
            b_plate_seen,
        ],
        4,
    )
    known_line(d, c)
    lawyer_mail = (
        c.lawyer.first_slug[0] + "." + c.lawyer.slug + "@" + re.sub(r"[^a-z]", "", c.firm.lower())[:14] + ".nl"
    )
    d.add(
        f"Een {d.k('machtiging')} van mijn cliënt is bijgevoegd.",
        "",
        "Hoogachtend,",
        "",
        f"mr. {d.P(c.lawyer.ini)}",
        f"{d.p(d.r.choice([mobile, landline])(d.r), 'PHONE')} | {d.p(lawyer_mail, 'EMAIL')}",
        "",
    )
    cc_line(d, c)


def kind_verslag(d, c):
    d.use("k_verslag_hoorzitting")
    d.add(f"{d.k('Verslag')} van de hoorzitting van de {d.k('Commissie')} bezwaarschriften {c.muni}", "")
    d.add(
        f"Datum: {d.k(c.weekday)} {c.date_out}",
        f"Zaak: {d.p(c.case, 'CASE_NUMBER')} — {d.P(c.res.bare)} tegen college",
        "",
    )
    v = d.r.choice(["att_list", "att_inline"])
    d.use(v)
    if v == "att_list":
        d.add(
            "Aanwezig:",
            f"- {d.P(c.chair.full)}, {d.k('voorzitter')}",
            f"- {d.P(c.off2.ini)}, lid",
            f"- bezwaarde: {res_name(d, c, 'title_full')}, bijgestaan door mr. {d.P(c.lawyer.ini)} (gemachtigde)",
            f"- namens verweerder: {d.P(c.off.full)}, {d.k('jurist')} team {c.topic['dept']}",
            "",
        )
    else:
        d.add(
            f"Aanwezig: mr. {d.P(c.chair.ini)} ({d.k('voorzitter')}); namens bezwaarde {d.P(c.res.ini)} en "
            f"{d.P(c.fam.ini)}; namens verweerder {d.P(c.off.ini)} ({d.k('jurist')}).",
            "",
        )
    d.k("Aanwezig")
    d.add(
        f"De voorzitter opent de zitting om {d.r.choice(['9.30', '10.15', '14.00'])} uur en licht de "
        f"{d.k('procedure')} toe."
    )
    d.use("hz_bezwaarde")
    d.add(
        f"{c.res.title.capitalize()} {d.P(c.res.bare_low if d.r.random() < 0.5 else c.res.bare)} verklaart dat "
        f"{'zij' if c.res.female else 'hij'} de brief van {c.date_in} nooit heeft ontvangen."
    )
    body(
        d,
        c,
        [
            b_reporter_bare,
            b_possessive,
            b_first_only,
            b_address_only_street,
            b_dob_check,
            b_plate if c.topic.get("plate") else b_family,
            b_mediator,
            b_ground_motivation,
            b_plate_seen,
        ],
        3,
    )
    d.use("hz_verweerder")
    d.add(f"Namens verweerder merkt {d.P(c.off.bare)} op dat het besluit zorgvuldig is voorbereid.")
    known_line(d, c)
    d.add(f"De voorzitter sluit de hoorzitting. De {d.k('secretaris')}, {d.P(c.off2.full)}.", "")


SHAPES.update(
    {
        "att_list": "hearing: Aanwezig list with roles",
        "att_inline": "hearing: Aanwezig on one line",
        "hz_bezwaarde": "hearing: bezwaarde states ...",
        "hz_verweerder": "hearing: namens verweerder merkt X op",
    }
)


def kind_bob(d, c):
    d.use("k_beslissing_op_bezwaar")
    letterhead(d, c)
    address_window(d, c)
    refblock(d, c)
    d.add(f"Onderwerp: {d.k('beslissing')} op bezwaar", "")
    d.k("Onderwerp")
    salutation(d, c)
    d.use("bob_advice")
    d.add(
        f"Wij hebben uw bezwaar van {c.date_in} {d.r.choice(['gegrond', 'ongegrond', 'deels gegrond'])} verklaard. "
        f"Wij volgen daarmee het {d.k('advies')} van de commissie onder voorzitterschap van {d.P(c.chair.ini)}."
    )
    body(
        d,
        c,
        [
            b_reporter_bare,
            b_ground_motivation,
            b_bsn_line,
            b_iban_pay if c.topic.get("iban") else b_amount,
            b_costs,
            b_plate if c.topic.get("plate") else b_family,
            b_withdraw,
            b_iban_leges,
        ],
        3,
    )
    known_line(d, c)
    d.use("bob_beroep")
    d.add(f"Tegen deze beslissing kunt u binnen zes weken {d.k('beroep')} instellen bij de {d.k('rechtbank')}.")
    signature_college(d, c)
    cc_line(d, c)
    footer(d, c)


SHAPES.update(
    {"bob_advice": "decision on objection follows the committee's advice", "bob_beroep": "appeal to the court"}
)


def kind_woo_request(d, c):
    d.use("k_woo_verzoek")
    d.add(d.P(c.res.full), street_forms(d, c), f"{d.p(c.pc, 'POSTCODE')} {d.k(c.muni)}", d.p(c.email, "EMAIL"), "")
    d.add(
        f"Aan: gemeente {c.muni}, {d.k('Woo-coördinator')}",
        f"{c.muni}, {c.date_out}",
        "",
        f"Betreft: {d.k('verzoek')} om informatie op grond van de {d.k('Woo')}",
        "",
        "Geachte heer, mevrouw,",
        "",
    )
    d.use("woo_ask")
    d.add(
        f"Ik verzoek u om alle documenten over {c.topic['subj']} aan de {d.p(c.street, 'ADDRESS')} uit de periode "
        f"{d.k(c.month_in)} tot en met {d.k(c.month_out)} 2026, waaronder e-mails van {d.P(c.off.full)}."
    )
    body(d, c, [b_phone_me, b_upper_name, b_neighbour, b_first_only, b_bsn_mine], 2)
    known_line(d, c)
    closing_res(d, c)


def kind_woo_besluit(d, c):
    d.use("k_woo_besluit")
    letterhead(d, c)
    address_window(d, c)
    refblock(d, c)
    d.add(f"Onderwerp: besluit op uw Woo-verzoek, {d.p(case_number(d.r, 'woo'), 'CASE_NUMBER')}", "")
    d.k("Woo")
    salutation(d, c)
    d.use("woo_partial")
    d.add(
        f"Wij maken de documenten {d.k('gedeeltelijk')} openbaar. Persoonsgegevens zijn weggelakt en aangeduid met […]."
    )
    d.use("woo_excerpt")
    d.add(
        f"Document 4, e-mail van […] aan {d.P(c.off.ini)}: 'De bewoner van […] heeft opnieuw gebeld over de "
        f"{d.k('overlast')}.'"
    )
    d.use("woo_ground")
    d.add(
        f"Wij lakken namen van medewerkers op grond van artikel 5.1, tweede lid, onder e, van de Woo; de naam van "
        f"{d.P(c.off2.full)}, {d.k('wethouder')}, maken wij wel openbaar."
    )
    body(d, c, [b_contact_official, b_general_contact, b_address_only_street, b_term], 2)
    known_line(d, c)
    signature_college(d, c)
    enclosures(d, c)
    footer(d, c)


SHAPES.update(
    {
        "woo_ask": "Woo request: all documents about ... incl. e-mails of an official",
        "woo_partial": "Woo decision: partly public, redactions marked […]",
        "woo_excerpt": "Woo decision: quoted document with […] and a named official",
        "woo_ground": "Woo decision: ground 5.1 and a named alderman",
    }
)


def kind_uitnodiging(d, c):
    d.use("k_uitnodiging_hoorzitting")
    letterhead(d, c)
    address_window(d, c)
    refblock(d, c)
    d.add(f"Betreft: {d.k('uitnodiging')} hoorzitting", "")
    salutation(d, c)
    d.use("b_hearing_invite")
    d.add(b_hearing_invite(d, c))
    d.use("inv_committee")
    d.add(
        f"De commissie bestaat uit mr. {d.P(c.chair.ini)} ({d.k('voorzitter')}) en {d.P(c.off2.ini)}. "
        f"Verweerder wordt vertegenwoordigd door {d.P(c.off.full)}."
    )
    body(d, c, [b_contact_official, b_general_contact, b_email_lower, b_family, b_plate], 2)
    known_line(d, c)
    signature_college(d, c)
    footer(d, c)


SHAPES["inv_committee"] = "invitation: committee members named with roles"


def kind_machtiging(d, c):
    d.use("k_machtiging")
    d.add(d.k("MACHTIGING"), "")
    d.use("form_fields")
    d.add(
        f"Ondergetekende: {d.P(c.res.full)}",
        f"Geboortedatum: {d.p('{:02d}-{:02d}-{:d}'.format(*c.dob), 'DATE_OF_BIRTH')}",
        f"Adres: {street_forms(d, c)}, {d.p(c.pc, 'POSTCODE')} {d.k(c.muni)}",
        f"BSN: {d.p(c.bsn, 'BSN')}",
        f"Telefoon: {d.p(c.phone, 'PHONE')}",
        f"Rekeningnummer: {d.p(iban_fmt(d.r, c.iban), 'IBAN')}",
        "",
    )
    d.use("form_auth")
    d.add(
        f"machtigt hierbij mr. {d.P(c.lawyer.full)}, verbonden aan {d.k(c.firm)}, om namens "
        f"{'haar' if c.res.female else 'hem'} "
        f"bezwaar te maken en het {d.k('dossier')} {d.p(c.case, 'CASE_NUMBER')} in te zien."
    )
    known_line(d, c)
    d.add("", f"Plaats: {c.muni}   Datum: {c.date_in}", f"Handtekening: ____________ ({d.P(c.res.ini)})", "")
    d.k("Handtekening", "Plaats", "Ondergetekende")


SHAPES.update(
    {
        "form_fields": "form: Ondergetekende / Geboortedatum / Adres / BSN / Telefoon / Rekeningnummer",
        "form_auth": "form: machtigt hierbij mr. X",
    }
)


def kind_advies(d, c):
    d.use("k_advies_commissie")
    d.add(
        f"{d.k('ADVIES')} van de commissie bezwaarschriften",
        f"inzake het bezwaar van {res_name(d, c, 'ini')} ({d.p(c.case, 'CASE_NUMBER')})",
        "",
    )
    d.use("adv_sections")
    d.add(
        f"1. {d.k('Procesverloop')}",
        f"Bezwaarde heeft op {c.date_in} bezwaar gemaakt. Op {d.k(c.weekday)} {c.date_out} is "
        f"{'zij' if c.res.female else 'hij'} gehoord.",
        "",
        f"2. {d.k('Overwegingen')}",
    )
    body(
        d,
        c,
        [
            b_reporter_bare,
            b_possessive,
            b_ground_motivation,
            b_dob_check,
            b_address_only_street,
            b_amount,
            b_neighbour,
            b_plate_seen,
            b_iban_debt,
        ],
        3,
    )
    known_line(d, c)
    d.add(
        f"3. {d.k('Advies')}",
        "De commissie adviseert het bezwaar gegrond te verklaren.",
        "",
        f"mr. {d.P(c.chair.full)}, voorzitter\t{d.P(c.off2.full)}, secretaris",
    )
    d.k("voorzitter", "secretaris")


SHAPES["adv_sections"] = "advice: numbered sections Procesverloop / Overwegingen / Advies"


def kind_intrekking(d, c):
    d.use("k_intrekking_mediation")
    letterhead(d, c)
    address_window(d, c)
    refblock(d, c)
    d.add(f"Betreft: {d.k('bevestiging')} intrekking bezwaar", "")
    salutation(d, c)
    d.use("b_mediator")
    d.add(b_mediator(d, c))
    d.use("b_withdraw")
    d.add(b_withdraw(d, c))
    body(d, c, [b_contact_official, b_iban_pay, b_family, b_email_lower], 2)
    known_line(d, c)
    signature_college(d, c)
    footer(d, c)


def kind_begeleidend(d, c):
    d.use("k_begeleidende_brief")
    letterhead(d, c)
    address_window(d, c)
    refblock(d, c, incoming=False)
    d.add(f"Betreft: toezending {d.k('stukken')} dossier {d.p(c.case2, 'CASE_NUMBER')}", "")
    salutation(d, c)
    d.use("cov_send")
    d.add(
        f"Hierbij ontvangt u de {d.k('stukken')} die ten grondslag liggen aan het besluit over de "
        f"{d.k(c.topic['subj'])} van {d.P(c.res.full)}."
    )
    body(d, c, [b_bsn_line, b_res_dob, b_neighbour, b_contact_official, b_upper_name, b_iban_pay, b_plate_seen], 2)
    known_line(d, c)
    signature_college(d, c)
    enclosures(d, c)
    cc_line(d, c)
    footer(d, c)


SHAPES["cov_send"] = "cover letter: herewith the documents on the decision about <name>"

KINDS = [
    kind_beschikking,
    kind_ontvangst,
    kind_bezwaar_res,
    kind_bezwaar_gem,
    kind_verslag,
    kind_bob,
    kind_woo_request,
    kind_woo_besluit,
    kind_uitnodiging,
    kind_machtiging,
    kind_advies,
    kind_intrekking,
    kind_begeleidend,
]
for _name, _what in [
    ("k_beschikking", "municipal decision with letterhead"),
    ("k_ontvangst", "receipt of objection"),
    ("k_bezwaar_bewoner", "objection letter by a resident"),
    ("k_bezwaar_gemachtigde", "objection letter by a lawyer / representative"),
    ("k_verslag_hoorzitting", "report of a hearing"),
    ("k_beslissing_op_bezwaar", "decision on objection"),
    ("k_woo_verzoek", "Woo request by a resident"),
    ("k_woo_besluit", "Woo decision with […]"),
    ("k_uitnodiging_hoorzitting", "invitation to a hearing"),
    ("k_machtiging", "authorisation form"),
    ("k_advies_commissie", "advice of the objection committee"),
    ("k_intrekking_mediation", "confirmation of withdrawal after mediation"),
    ("k_begeleidende_brief", "cover letter with enclosures and cc"),
    ("hd_sender_top", "resident letter: sender block at the top"),
    ("hd_sender_block", "resident letter: Afzender: line"),
]:
    SHAPES[_name] = _what


# ---------------------------------------------------------------- gate and build

PARTICLES = score.PARTICLES


def _words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", s) if len(w) > 1 and w.lower() not in PARTICLES}


def gate(doc: dict) -> str | None:
    """None when the document passes every gate, else the reason."""
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", doc["text"]):
            return f"keep not a whole word: {k}"
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= _words(n)
    for it in doc["pii"]:
        if it["label"] != "PERSON":
            continue
        nw = _words(it["text"])
        for k in doc["keep"]:
            shared = _words(k) & nw
            if shared and not (k == k.lower() and shared <= known_words):
                return f"keep {k!r} shares a word with {it['text']!r}"
    return None


def build(i: int, r: random.Random) -> tuple[dict, list[str]]:
    d = Doc(r, i)
    known = i % 4 == 1
    c = Cast(d, known)
    r.choice(KINDS)(d, c)
    text = "\n".join(d.lines).strip() + "\n"
    text = re.sub(r"\n{3,}", "\n\n", text)
    doc = {"id": f"fresh16c-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if known:
        kn = {"names": [c.res.full]}
        if c.email in text:
            kn["emails"] = [c.email]
        if c.phone in text:
            kn["phones"] = [c.phone]
        doc["known"] = kn
    return doc, d.shapes


def generate() -> tuple[list[dict], Counter, int]:
    docs, shapes, redraws = [], Counter(), 0
    for i in range(N):
        doc, used = build(i, random.Random(f"{SEED}-{i}"))
        attempt = 0
        while gate(doc) is not None:
            attempt += 1
            redraws += 1
            assert attempt < 50, (i, gate(doc))
            doc, used = build(i, random.Random(f"{SEED}-{i}-{attempt}"))
        docs.append(doc)
        shapes.update(set(used))
    return docs, shapes, redraws


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs, shapes, redraws = generate()
    out = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == out
        print("fresh16c_texts.jsonl is up to date" if same else "fresh16c_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  {'total':14s} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(f"shapes registered: {len(SHAPES)}, used: {len(shapes)}")
        print(f"origin groups: {len(ORIGINS)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        failing = [d["id"] for d in docs if gate(d)]
        print(f"documents failing gate(): {len(failing)}")
        return 0
    OUT.write_text(out, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
