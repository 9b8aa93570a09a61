"""Seeded generator of the blind anonymizer corpus fresh28a: living in unusual places (holiday parks, houseboats and
moorings, caravan sites, tiny houses, sheds) and the municipality.

Usage (from the worktree root, PYTHONPATH=.):
    python tests/anonymizer/fresh28a/make_fresh28a.py           write fresh28a_texts.jsonl
    python tests/anonymizer/fresh28a/make_fresh28a.py --check   exit 1 if the committed file differs
    python tests/anonymizer/fresh28a/make_fresh28a.py --stats   counts per label, shapes, known docs, redraws
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
from names28a import KNOWN, ORIGINS  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

SEED = 20262201
N_DOCS = 300
OUT = HERE / "fresh28a_texts.jsonl"
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

SHAPES: dict[str, str] = {}  # shape id -> template (documents kinds, header/footer lines, body sentences)

# ---------------------------------------------------------------------------------------------- numbers and codes


def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def fmt_bsn(r, b):
    return r.choice([b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}", f"{b[:3]}-{b[3:6]}-{b[6:]}"])


def iban(r: random.Random) -> str:
    bank = r.choice(["RABO", "INGB", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    check = 98 - int(num) % 97
    return f"NL{check:02d}{bank}{acct}"


def iban_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def fmt_iban(r, i):
    return r.choice([i, " ".join(i[k : k + 4] for k in range(0, len(i), 4)), i.lower() if r.random() < 0.1 else i])


def phone(r: random.Random) -> str:
    mob = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
    area = r.choice(["0341", "0522", "0513", "0224", "0118", "0575", "0314", "0492", "0546", "0566"])
    loc = "".join(str(r.randint(0, 9)) for _ in range(6))
    return r.choice(
        [
            f"0{mob}",
            f"0{mob[0]}-{mob[1:]}",
            f"+31 {mob[0]} {mob[1:5]} {mob[5:]}",
            f"06 {mob[1:3]} {mob[3:5]} {mob[5:7]} {mob[7:]}",
            f"0031{mob}",
            f"+316{mob[1:]}",
            f"({area}) {loc[:2]} {loc[2:4]} {loc[4:]}",
            f"{area}-{loc}",
            f"06.{mob[1:3]}.{mob[3:5]}.{mob[5:7]}.{mob[7:]}",
        ]
    )


CONS = "BDFGHJKLNPRSTVXZ"


def plate(r: random.Random) -> str:
    L = lambda n: "".join(r.choice(CONS) for _ in range(n))
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    return r.choice(
        [
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"W{L(1)}-{D(2)}-{L(2)}",
            f"O{L(1)}-{D(2)}-{L(2)}",
            f"{D(2)}-{L(2)}-{L(2)}",
        ]
    )


def case_no(r: random.Random, kind: str) -> str:
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    return {
        "pb": r.choice([f"PB-{r.choice(['2019', '2021', '2026'])}-{D(5)}", f"PGB/RP/{D(4)}", f"pb.{D(2)}.{D(4)}"]),
        "lp": r.choice([f"LPV/2026/{D(4)}", f"LP-{D(3)}-W", f"WSL.{D(5)}"]),
        "ww": r.choice([f"WWS-{D(4)}-{r.choice('KLMN')}", f"STP{D(6)}", f"WL/{D(3)}/{D(2)}"]),
        "hh": r.choice([f"HH.26.{D(5)}", f"TOE-{D(6)}", f"HV/{D(4)}/2026"]),
        "brp": r.choice([f"BRP-BA-2026-{D(4)}", f"BA{D(7)}", f"GBA/{D(5)}"]),
        "bz": r.choice([f"BZW 2026-{D(4)}", f"Bz/{D(5)}/26", f"OB.{D(3)}.{D(3)}"]),
        "bb": r.choice([f"BB-{D(5)}", f"BMD/{D(4)}", f"intake {D(3)}-{D(3)}".split()[1]]),
        "z": r.choice([f"Z/26/{D(6)}", f"ZK{D(8)}", f"Z-2026-{D(5)}"]),
    }[kind]


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
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def dob(r: random.Random) -> tuple[str, str]:
    """(text of the date of birth, the sentence piece with its cue) in many styles."""
    y, m, d = r.randint(1938, 2008), r.randint(1, 12), r.randint(1, 28)
    style = r.randrange(11)
    if style == 0:
        t = f"{d} {MONTHS[m - 1]} {y}"
        return t, "geboren op {}"
    if style == 1:
        t = f"{d:02d}-{m:02d}-{y}"
        return t, "geb. {}"
    if style == 2:
        t = f"{y}-{m:02d}-{d:02d}"
        return t, "geboortedatum {}"
    if style == 3:
        t = f"{d:02d}.{m:02d}.{y}"
        return t, "* {}"
    if style == 4:
        t = f"{d}/{m}/{y}"
        return t, "° {}"
    if style == 5:
        t = f"{d} {MON3[m - 1]} {y}"
        return t, "{}"
    if style == 6:
        t = f"{d}-{m}-{str(y)[2:]}"
        return t, "geb {}"
    if style == 7:
        t = f"{d:02d}{m:02d}{y}"
        return t, "gebdat. {}"
    if style == 8:
        t = f"{d} {MONTHS[m - 1]} '{str(y)[2:]}"
        return t, "jarig sinds {}"
    if style == 9:
        t = f"{d}-{MONTHS[m - 1][:3]}-{y}"
        return t, "geboren {}"
    t = f"{d:02d}/{m:02d}/{y}"
    return t, "d.o.b. {}"


# ---------------------------------------------------------------------------------------------- names


def ascii_(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalnum() and not unicodedata.combining(c)).lower()


class Person:
    def __init__(self, r: random.Random, surname: tuple[str, str] | None = None, first: str | None = None):
        self.origin = r.choice(sorted(ORIGINS))
        firsts, stems, ends, pre = ORIGINS[self.origin]
        self.first = first or r.choice(firsts)
        if surname is None:
            sur = r.choice(stems) + r.choice(ends)
            particle = ""
            if pre and r.random() < 0.6:
                p = r.choice(pre)
                if p in ("van", "van de", "van der", "de", "ter", "van 't", "van den", "te"):
                    particle = p
                elif p.endswith("-"):
                    sur = p + sur
                else:
                    sur = p.strip() + " " + sur
            surname = (particle, sur)
        self.particle, self.sur = surname
        self.title = r.choice(["mevrouw", "de heer", "mw.", "dhr.", "mevr.", "meneer"])

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.particle, self.sur) if x)

    @property
    def surname(self):  # bare surname, particle capitalised
        if self.particle:
            return self.particle[0].upper() + self.particle[1:] + " " + self.sur
        return self.sur

    def forms(self, r: random.Random, key: str) -> dict:
        s = self.surname
        last = self.sur.split()[-1]
        poss = s + ("'" if s[-1] in "sxz" else "'s" if s[-1] in "aeiouyé" else "s")
        fposs = self.first + ("'" if self.first[-1] in "sxz" else "'s" if self.first[-1] in "aeiouyè" else "s")
        comp = ascii_(self.particle + self.sur)
        fa = ascii_(self.first)
        initials = ".".join(w[0] for w in self.first.replace("-", " ").split()) + "."
        reg = f"{self.sur}, {self.first}" + (f" {self.particle}" if self.particle else "")
        return {
            key: (self.full, "PERSON"),
            key + "f": (self.first, "PERSON"),
            key + "s": (s, "PERSON"),
            key + "u": (s.upper(), "PERSON"),
            key + "i": (f"{initials} {self.particle + ' ' if self.particle else ''}{self.sur}", "PERSON"),
            key + "p": (poss, "PERSON"),
            key + "fp": (fposs, "PERSON"),
            key + "r": (reg, "PERSON"),
            key + "h": (
                r.choice([f"{fa}_{comp}", f"{fa}{comp[:3]}", f"{comp}{r.randint(60, 99)}", f"{fa}.{comp}"]),
                "PERSON",
            ),
            key + "l": (comp, "PERSON"),
            key + "fl": (fa, "PERSON"),
            key + "t": (self.title, None),
            key + "la": (last, "PERSON"),
        }


def email(r, p: Person) -> str:
    fa, comp = ascii_(p.first), ascii_(p.particle + p.sur)
    dom = r.choice(
        [
            "ziggo.nl",
            "kpnmail.nl",
            "hotmail.com",
            "gmail.com",
            "outlook.com",
            "live.nl",
            "planet.nl",
            "xs4all.nl",
            "proton.me",
            "icloud.com",
            "home.nl",
            "telfort.nl",
        ]
    )
    return r.choice(
        [
            f"{fa}.{comp}@{dom}",
            f"{fa[0]}{comp}{r.randint(1, 99)}@{dom}",
            f"fam.{comp}@{dom}",
            f"{comp}.{fa}@{dom}",
            f"{fa}{comp}@{dom}",
            f"{fa}_{comp[:4]}{r.randint(1960, 2005)}@{dom}",
        ]
    )


# ---------------------------------------------------------------------------------------------- places

STREET_STEMS = [
    "Meeuwen",
    "Reiger",
    "Dennen",
    "Heide",
    "Berken",
    "Eiken",
    "Zwanen",
    "Kievit",
    "Lijster",
    "Vlier",
    "Brem",
    "Helm",
    "Riet",
    "Wilgen",
    "Fuut",
    "Oeverzwaluw",
    "Grutto",
    "Watersnip",
    "Lisdodde",
    "Waterlelie",
    "Dotter",
    "Kwartel",
    "Hazelaar",
    "Vossen",
    "Otter",
    "Bever",
    "Egel",
    "Kraanvogel",
    "Zeearend",
    "Tureluur",
]
STREET_ENDS = ["laan", "pad", "weg", "hof", "dreef", "gaarde", "hoek", "veld", "kamp", "rade"]
QUAYS = [
    "Noorderkade",
    "Zuiderkade",
    "Houtkade",
    "Westerwal",
    "Oosterhavenkade",
    "Turfkade",
    "Scheepmakerskade",
    "Kalkovenkade",
    "Zoutkeetkade",
    "Bolwerkskade",
    "Veerkade",
    "Trekvaartkade",
    "Lorentzkade",
    "Marskramerkade",
    "Jaagpad",
    "Sluiskade",
    "Binnenhavenkade",
    "Steenbakkerskade",
]
TOWN_STREETS = [
    "Klaproosstraat",
    "Molenakker",
    "Ganzenmarkt",
    "Vlasstraat",
    "Hoefsmidstraat",
    "Kuipersweg",
    "Touwslagerij",
    "Brinkweg",
    "Zadelmakersstraat",
    "Pottenbakkerslaan",
    "Smederij",
    "Lakenvelderstraat",
    "Wolweversweg",
    "Bleekveld",
    "Hennepstraat",
    "Kuiperstraat",
    "Gruttersweg",
    "Leerlooierspad",
]
MUNIS = [
    "Zeewolde",
    "Putten",
    "Ermelo",
    "Hellendoorn",
    "Harderwijk",
    "Lochem",
    "Ommen",
    "Oisterwijk",
    "Schagen",
    "Hollands Kroon",
    "Westerveld",
    "Dronten",
    "Hof van Twente",
    "Weststellingwerf",
    "Loon op Zand",
    "Bergen",
    "Texel",
    "Epe",
    "Nunspeet",
    "Oldebroek",
    "Vlagtwedde",
    "Veere",
    "Zaanstad",
    "Leeuwarden",
    "Utrecht",
]
PARK_KIND = ["Recreatiepark", "Vakantiepark", "Bungalowpark", "Chaletpark", "Camping", "Landgoed", "Natuurcamping"]
PARK_NAME = [
    "De Zilvermeeuw",
    "Het Veluwse Ven",
    "Boschrand",
    "De Kraanvogel",
    "Zandhorst",
    "De Lange Duinen",
    "Het Groene Woud",
    "Wiede Wiek",
    "De Berkenhoeve",
    "Heideparel",
    "Zonnekamp",
    "De Eekhoorn",
    "Meerzicht",
    "Het Wielewaal",
    "De Zeeuwse Klei",
    "Dennenoord",
]
CARAVAN_SITES = [
    "Woonwagencentrum De Vlonder",
    "Woonwagenlocatie Ketelhaven",
    "Standplaatsenlocatie Oude Molen",
    "Woonwagenkamp Het Hoefijzer",
    "Woonwagenlocatie De Karrebaan",
]


def postcode(r):
    while True:
        letters = r.choice("BCEGHJKLMNPRTVWXZ") + r.choice("ABCEGHJKLMNPRTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9999)
    return r.choice([f"{n} {letters}", f"{n}{letters}"])


def money(r):
    v = r.choice([r.randint(35, 980), r.randint(1000, 9500)])
    c = r.choice(["00", "50", "25", "75", "40"])
    return f"{v:,}".replace(",", ".") + "," + c


def odate(r, year=2026):
    d, m = r.randint(1, 28), r.randint(1, 12)
    return r.choice(
        [f"{d} ^{MONTHS[m - 1]} {year}", f"^{WEEKDAYS[r.randrange(7)]} {d} ^{MONTHS[m - 1]}", f"{d} ^{MONTHS[m - 1]}"]
    )


# ---------------------------------------------------------------------------------------------- shapes
# Keep words are marked in templates with ^word or ^[several words]; {slot} fills a context value.

KINDS = {
    "park_letter": (
        "park",
        " ",
        {
            "head": [
                "{park}\n^Parkbeheer en ^Receptie\n{P}, ^bedrijfsleider\n\n{Rt} {R}\n{ADDR} ({unit})\n{PC} {city}\n\n{city}, {date1}\n^Betreft: ^bewoning van uw {unitw}\n",
                "Aan de bewoner(s) van {unit}, {park}\nt.a.v. {Rt} {Ri}\n{ADDR}, {PC} {city}\n^Onderwerp: ^jaarlijkse ^controle ^inschrijving\n^Datum: {date1}\n",
            ],
            "body": [
                "Bij de ^controle op {date2} hebben wij vastgesteld dat u het {unitw} het hele jaar bewoont. ^Permanente ^bewoning is volgens het ^parkreglement niet toegestaan.",
                "Uit de ^Basisregistratie ^Personen blijkt dat u sinds {date3} op het adres {ADDR} staat ingeschreven.",
                "Wij verzoeken u, {Rt} {Rs}, uiterlijk {date2} aan te tonen dat u elders een ^hoofdverblijf heeft.",
                "Uw ^jaarplaats kost voor 2027 € ^[{amt}]; uw rekening {IBAN} staat bij ons bekend voor de ^automatische ^incasso.",
                "Ook de auto met kenteken {PLATE} staat al maanden op het ^parkeerterrein naast {unit}.",
                "Wij hebben de ^gemeente {muni} over deze situatie geïnformeerd, zoals de ^huurovereenkomst ons toestaat.",
                "Volgens onze ^administratie woont ook {F} ({DOBFc}) bij u in.",
                "Bent u het niet eens met deze ^brief, neem dan contact op met {Pt} {Ps} via {PPHONE}.",
            ],
            "foot": ["\n^Met vriendelijke groet,\n\n{P}\n{park}", "\n^Hoogachtend,\n^namens de ^directie,\n{Pi}"],
        },
    ),
    "enforcement_report": (
        "park",
        " ",
        {
            "head": [
                "^RAPPORT VAN ^BEVINDINGEN\n^Zaaknummer: {CASE}\n^Toezichthouder: {O} ({Ofunc}, ^afdeling {Odept})\n^Locatie: {park}, {unit}, {ADDR}\n^Datum ^bezoek: {date1}\n",
                "^Handhavingsverzoek ^permanente ^bewoning – {CASE}\n^Opgemaakt door: {Oi}, {Ofunc}\n^Adres: {ADDR}, {PC} {city}\n",
            ],
            "body": [
                "Ter plaatse trof ik {Rt} {R} aan, {DOBc}, die verklaarde sinds {date2} in het {unitw} te wonen.",
                "Betrokkene toonde een ^legitimatiebewijs; het ^burgerservicenummer is {BSN}.",
                "In het {unitw} stonden een ^wasmachine, een ^bed en ^winterkleding; op het ^erf stond een ^personenauto ({PLATE}).",
                "{Rs} gaf aan geen andere ^woonruimte te kunnen vinden en op de ^wachtlijst van de ^woningcorporatie te staan.",
                "De ^buurman, {N}, verklaarde dat {Rs} er ook in de ^wintermaanden woont.",
                "Een ^persoonsgebonden ^beschikking is niet aangetroffen; volgens het ^archief is aanvraag {CASE2} in 2019 afgewezen.",
                "^Conclusie: er is sprake van ^strijdig ^gebruik met het ^bestemmingsplan. Ik adviseer een ^vooraankondiging ^last onder ^dwangsom.",
            ],
            "foot": [
                "\n^Aldus naar waarheid opgemaakt,\n{O}\n^Toezicht en ^Handhaving, ^gemeente {muni}",
                "\n^Paraaf ^teamleider: {O2i}",
            ],
        },
    ),
    "berth_inspection": (
        "boat",
        "\n",
        {
            "head": [
                "^Inspectienotitie ^ligplaats\n^Kade: {STREET}, {berth}\n^Ligplaatsvergunning: {CASE}\n^Houder: {Rr}\n^Inspecteur: {O}, {Ofunc}",
                "^Havendienst {muni} — ^controle ^woonschepen {date1}\n{berth} ({ADDR})",
            ],
            "body": [
                "Het ^woonschip ligt niet binnen de ^afmetingen van de ^vergunning: gemeten lengte 21,4 ^meter, toegestaan 20 ^meter.",
                "De ^loopplank naar {berth} is los en vormt een ^gevaar voor ^voorbijgangers.",
                "{Rt} {Rs} was aanwezig en gaf een ^telefoonnummer op: {PHONE}.",
                "Op de ^kade staat een ^aanhanger met kenteken {PLATE2} die volgens {Rf} van een ^vriend is.",
                "De ^aansluiting op het ^riool ontbreekt nog; {R} zegt dat de ^aannemer pas in ^[{month}] komt.",
                "Het ^liggeld over 2026 (€ ^[{amt}]) is nog niet ontvangen; ^herinnering verstuurd naar {EMAIL}.",
                "^Foto's opgeslagen als {berthfile}_{Rl}_{date4}.jpg in het ^zaakdossier.",
            ],
            "foot": ["^Vervolg: ^hercontrole over zes ^weken. — {Oi}"],
        },
    ),
    "waitlist_extract": (
        "caravan",
        "\n",
        {
            "head": [
                "^UITTREKSEL ^WACHTLIJST ^WOONWAGENSTANDPLAATSEN\n^Gemeente {muni}, ^peildatum {date1}\n",
                "^Wachtlijst ^standplaatsen {site} — ^stand per {date1}\n",
            ],
            "body": [
                "{pos}. {Ru}, {Rf} — {DOB} — ^ingeschreven {date2} — ^kenmerk {CASE} — ^voorrang: ^familiestandplaats",
                "{pos2}. {Fr} ({DOBF}) — {ADDR2}, {PC2} — ^status: ^actief",
                "{pos3}. {Nr} — ^inschrijving {CASE2} — woont nu bij ^familie op {site}, {pitch}",
                "^Opmerking: {Rt} {Rs} vraagt een ^standplaats naast die van {F}, die ^familie is.",
                "^Telefoon ^aanvrager: {PHONE}; ^e-mail: {EMAIL}.",
                "^Wachttijd ^gemiddeld: 7 ^jaar. ^Vrijkomende ^standplaatsen wijst de ^woningcorporatie toe.",
            ],
            "foot": ["\n^Opgemaakt door {Oi}, ^team ^Wonen. ^Vragen: {mtel} of {minfo}."],
        },
    ),
    "whatsapp": (
        "any",
        "\n",
        {
            "head": [
                "^WhatsApp-groep ‘{group}’",
                "[{date1}] ^Chatexport ^bewonersgroep {park}",
                "^Berichten en ^oproepen zijn end-to-end versleuteld. ^Groep ‘{group}’",
            ],
            "body": [
                "[{time1}] {Rf}: weer een ^brief van {P}, ze willen dat we voor 1 ^april weg zijn 😡",
                "[{time2}] {Nf}: @{Rh} heb jij die ^brief ook naar de ^advocaat gestuurd?",
                "[{time3}] {PHONE2}: wie rijdt er met die {PLATE} over de ^parkweg??",
                "[{time4}] {Ff}: mijn ^moeder heeft haar ^beschikking al sinds 2003, dossier {CASE}",
                "[{time2}] {Nf}: morgen ^inloopspreekuur in de ^kantine, {O} van de ^gemeente komt ook",
                "[{time3}] {Rf}: ik zit op {unit}, bel me maar {PHONE}",
                "[{time4}] {Rf}: {Nfp} ^hond blaft de hele nacht, kan iemand iets zeggen",
                "[{time1}] {Nf}: heb net met {Rfl} gebeld, ligt in het ^ziekenhuis 🙏",
            ],
            "foot": [],
        },
    ),
    "mediator_intake": (
        "park",
        " ",
        {
            "head": [
                "^Intake ^Buurtbemiddeling — ^dossier {CASE}\n^Bemiddelaar: {M}\n^Datum ^intake: {date1}\n^Aanmelder: {R} ({DOBc}), {unit}, {park}\n",
                "^Buurtbemiddeling {muni}\n^Intakeverslag, opgesteld door {Mi}\n^Partij A: {R}, {ADDR}\n^Partij B: {N}\n",
            ],
            "body": [
                "{Rf} vertelt dat de ^ruzie begon toen {Nt} {Ns} een ^schutting op de ^kavelgrens zette.",
                "Volgens {Rs} parkeert {Nf} een ^bestelbus ({PLATE2}) steeds voor het ^chalet.",
                "{Rt} {Rs} wil geen ^politie erbij, maar wel dat de ^parkeigenaar ingrijpt.",
                "{Rf} is bereikbaar op {PHONE} en per mail op {EMAIL}, liever niet na 20.00 ^uur.",
                "{Ns} staat volgens {Rf} zelf ook niet ingeschreven op het park, wat de ^spanning vergroot.",
                "^Afspraak: ^gesprek met beide ^partijen op {date2} in het ^buurthuis.",
                "^Actie: {Mf} neemt contact op met {N} via {PHONE2}.",
            ],
            "foot": ["\n— {Mi}, ^vrijwillig ^bemiddelaar"],
        },
    ),
    "brp_briefadres": (
        "any",
        "\n",
        {
            "head": [
                "^Aangifte ^briefadres — ^Burgerzaken {muni}\n^Zaak: {CASE}",
                "^Melding ^inschrijving ^BRP op ^briefadres\n^Verwerkt: {date1}, {Oi} (^Burgerzaken)",
            ],
            "body": [
                "^Aangever: {R}, {DOBc}, ^BSN {BSN}.",
                "^Briefadres bij: {F}, {ADDR2}, {PC2} {city2}; ^hoofdverblijf: {unitw} op {park}, waar inschrijving niet mogelijk is.",
                "^Briefadresgever {Ff} heeft schriftelijk ^toestemming gegeven (^formulier ontvangen {date2}).",
                "^Reden: {Rt} {Rs} woont op een ^recreatiepark waar de ^gemeente ^permanente ^bewoning niet toestaat.",
                "^Adresonderzoek: ^huisbezoek op {date3} door {O}; niemand aangetroffen op {ADDR}.",
                "^Post voor {Ri} wordt ^doorgestuurd; ^contact via {PHONE}.",
            ],
            "foot": [
                "^Geldigheid ^briefadres: ^maximaal een ^jaar, daarna ^herbeoordeling.",
                "^Verwerkt in de ^BRP door {O}.",
            ],
        },
    ),
    "objection_letter": (
        "any",
        " ",
        {
            "head": [
                "{R}\n{ADDR}\n{PC} {city}\n{EMAIL}\n\n^Aan het ^college van ^burgemeester en ^wethouders van {muni}\nt.a.v. de ^Commissie ^Bezwaarschriften\n\n{city}, {date1}\n\n^Betreft: ^bezwaar tegen ^besluit {CASE}\n",
                "^Bezwaarschrift\n^Indiener: {Ri}, geboren {DOB}\n^Kenmerk ^besluit: {CASE}\n",
            ],
            "body": [
                "^Geachte ^commissie,\n",
                "Hierbij maak ik ^bezwaar tegen de ^last onder ^dwangsom van {date2} wegens ^permanente ^bewoning van {unit}.",
                "Ik woon al sinds 2004 op deze plek, samen met mijn {relw} {Ff}, en heb nooit een andere ^woning gehad.",
                "In 2008 heeft {Ot} {Os} van de ^gemeente mij mondeling gezegd dat ik mocht blijven.",
                "Mijn ^huisarts kan bevestigen dat ik om ^medische redenen niet kan verhuizen.",
                "Ik verzoek u mij te horen; ik ben bereikbaar op {PHONE}.",
                "De ^dwangsom van € ^[{amt}] per ^maand kan ik niet betalen van mijn ^AOW.",
            ],
            "foot": [
                "\n\n^Met vriendelijke groet,\n{R}\n\n^Bijlagen: ^kopie ^besluit, verklaring_{Rl}.pdf",
                "\n\n^Hoogachtend,\n{Rr}",
            ],
        },
    ),
    "pb_decision": (
        "park",
        " ",
        {
            "head": [
                "^Gemeente {muni}\n^Afdeling {Odept}\n\n{Rt} {R}\n{ADDR}\n{PC} {city}\n\n^Ons ^kenmerk: {CASE}\n^Datum: {date1}\n^Onderwerp: ^persoonsgebonden ^beschikking ^permanente ^bewoning\n",
                "^BESCHIKKING — ^gedogen van ^permanente ^bewoning op ^persoonsgebonden basis\n^Registratienummer {CASE}\n",
            ],
            "body": [
                "Op grond van het ^overgangsrecht in het ^omgevingsplan geeft het ^college u, {R}, {DOBc}, een ^persoonsgebonden ^beschikking voor {ADDR}.",
                "De ^beschikking geldt alleen voor u en uw ^partner {F}; zij vervalt bij ^verhuizing of ^verkoop.",
                "Wij hebben uw ^inschrijving in de ^BRP gecontroleerd (BSN {BSN}).",
                "^Leges: € ^[{amt}], te betalen binnen 30 ^dagen; de eerder betaalde ^dwangsom storten wij terug op {IBAN}.",
                "Heeft u vragen? Neem contact op met {Ot} {O}, {Ofunc}, via {mtel} of {minfo}.",
            ],
            "foot": ["\n\n^Burgemeester en ^wethouders van {muni},\nnamens dezen,\n{O2}\n^teamleider"],
        },
    ),
    "tiny_house_mail": (
        "shed",
        "\n",
        {
            "head": [
                "^Van: {R} <{EMAIL}>\n^Aan: {minfo}\n^Onderwerp: ^tiny ^house op ^eigen ^grond\n^Verzonden: {date1}\n",
                "^Van: {EMAIL}\n^Aan: ^vergunningen@{mdom}\n^Onderwerp: RE: {CASE}\n",
            ],
            "body": [
                "^Beste ^medewerker,",
                "Ik woon sinds de ^scheiding in de ^schuur achter het huis van mijn {relw} {F} aan de {ADDR2}.",
                "De ^garage aan de {ADDR} is verbouwd tot ^woonruimte met een ^badkamer en een ^keukenblok.",
                "Kan ik me daar inschrijven? Mijn ^burgerservicenummer is {BSN} en ik ben {DOBc}.",
                "De ^buren, ^familie {Ns}, hebben geen ^bezwaar; {Nf} heeft dat ook per mail bevestigd ({EMAIL2}).",
                "Ik heb al een ^melding gedaan via het ^Omgevingsloket onder nummer {CASE2}.",
                "Bel me gerust op {PHONE}.",
            ],
            "foot": ["\n^Groet,\n{Rf}", "\n^Met vriendelijke groeten,\n{Ri}\n^Verstuurd vanaf mijn ^iPhone"],
        },
    ),
    "kcc_phone_note": (
        "boat",
        "\n",
        {
            "head": [
                "^Telefoonnotitie ^KCC — {date1}, {time1}\n^Beller: {R}\n^Terugbelnummer: {PHONE}\n^Onderwerp: ^ligplaats",
                "^Terugbelverzoek voor {O} ({Odept})\n^Klant: {Rt} {Ri}, {ADDR}",
            ],
            "body": [
                "{Rt} {Rs} belt namens {relw} {F}, die slechthorend is.",
                "^Beller wil weten waarom de ^aanvraag {CASE} voor een ^ligplaatsvergunning nog niet is behandeld.",
                "Volgens de ^beller heeft {Ot} {Os} in ^augustus gezegd dat het ^besluit binnen acht ^weken zou komen.",
                "^Klant is boos: de ^woonark van {Nt} {N} ligt er al jaren zonder ^vergunning.",
                "^Geboortedatum ter ^verificatie: {DOB}.",
                "^Beller vraagt of de ^naheffing voor de auto {PLATE} op de ^kade vervalt.",
            ],
            "foot": ["^Terugbellen vóór ^{wd}. ^Notitie: {Oi}"],
        },
    ),
    "quay_minutes": (
        "boat",
        "\n",
        {
            "head": [
                "^Verslag ^overleg ^woonbooteigenaren {STREET} — {date1}\n^Aanwezig: {R}, {N}, {M} (^voorzitter), {O} ({Odept})",
                "^Notulen ^bewonersoverleg {park}\n^Datum: {date1}\n^Aanwezig: {R}, {F}, {N}; namens de ^gemeente {Oi}",
            ],
            "body": [
                "1. ^Opening. {Mf} heet iedereen welkom in de ^kantine.",
                "2. {Rs} vraagt wanneer de nieuwe ^steigers worden aangelegd.",
                "3. {Os} legt uit dat de ^Woonbotenverordening in 2027 wordt herzien.",
                "4. {Ns} meldt dat de ^boot bij {berth} lekt en vraagt ^uitstel van de ^keuring.",
                "5. ^Rondvraag: {Ff} wil weten of ^huurtoeslag mogelijk is voor een ^ligplaats.",
                "^Actiepunt: {Oi} stuurt de ^kaart met ^ligplaatsnummers naar {EMAIL}.",
            ],
            "foot": ["^Volgend ^overleg: {date2}. ^Notulist: {Mi}"],
        },
    ),
    "fee_invoice": (
        "caravan",
        "\n",
        {
            "head": [
                "^NOTA ^LIGGELD 2027\n^Debiteur: {Rr}\n^Debiteurnummer: {CASE}\n^Ligplaats: {berth}, {ADDR}",
                "^Factuur ^standplaatshuur — {site}\n^Huurder: {R}\n{pitch}, {ADDR}\n{PC} {city}",
            ],
            "body": [
                "^Bedrag: € ^[{amt}] ^excl. ^precariobelasting.",
                "Wij schrijven het bedrag af van {IBAN} ten name van {Ri}.",
                "^Betaal binnen 30 ^dagen onder vermelding van {CASE}.",
                "^Achterstand per {date2}: € ^[{amt2}]; een ^betalingsregeling is mogelijk via {minfo}.",
            ],
            "foot": ["^Vragen over deze ^nota? Bel {mtel}."],
        },
    ),
}

GENERIC = [
    "{Rt} {Rs} woont met {relw} {Ff} op {unit}.",
    "^Sinds de ^verkoop van het park aan een ^belegger worden de ^regels strenger gehandhaafd.",
    "^Contactpersoon ^familie: {F}, {PHONE2}.",
    "^Kenteken ^trekker: {PLATE}.",
    "^Let op: {Rt} {Rs} spreekt beperkt Nederlands; {Ff} tolkt.",
    "^Eerder contact: ^dossier {CASE2}, behandeld door {O2}.",
    "In de ^raadsvergadering van {date2} is de ^Vakantieparkenaanpak besproken.",
]

KNOWN_SHAPES = [
    "Volgens {Rs} ging het gesprek vooral over {KUSE}.",
    "{Rt} {Rs} stuurde een foto van {KUSE}.",
    "Op de foto van {Rf} is {KUSE} goed te zien.",
    "{Rs} wees de inspecteur op {KUSE}.",
]

for _k, (_set, _join, _pools) in KINDS.items():
    SHAPES[f"doc:{_k}"] = _k
    for _part in ("head", "body", "foot"):
        for _j, _t in enumerate(_pools[_part]):
            SHAPES[f"{_part}:{_k}:{_j}"] = _t
for _j, _t in enumerate(GENERIC):
    SHAPES[f"generic:{_j}"] = _t
for _j, _t in enumerate(KNOWN_SHAPES):
    SHAPES[f"known:{_j}"] = _t
DOB_STYLES = 11


# ---------------------------------------------------------------------------------------------- documents


def context(r: random.Random, setting: str, known: tuple[str, str] | None) -> dict:
    c: dict = {}
    if known:
        word = known[0].split()[-1]
        particle = " ".join(known[0].split()[:-1])
        res = Person(r, surname=(particle, word))
        c["KUSE"] = re.sub(rf"\b{word.lower()}\b", "^" + word.lower(), known[1], count=1)
    else:
        res = Person(r)
    fam = Person(r, surname=(res.particle, res.sur))
    while fam.first == res.first:
        fam = Person(r, surname=(res.particle, res.sur))
    for key, p in (
        ("R", res),
        ("F", fam),
        ("N", Person(r)),
        ("O", Person(r)),
        ("O2", Person(r)),
        ("M", Person(r)),
        ("P", Person(r)),
    ):
        c.update(p.forms(r, key))
    c["_res"] = res
    muni = r.choice(MUNIS)
    c["muni"] = " ".join("^" + w if w[0].isupper() else w for w in muni.split())
    c["mdom"] = ascii_(muni) + ".nl"
    c["minfo"] = "^" + r.choice(["info", "vakantieparken", "wonen", "ligplaatsen"]) + "@" + c["mdom"]
    c["mtel"] = f"^[14 0{r.randint(100, 599)}]"
    c["city"] = c["city2"] = c["muni"]
    pk = r.choice(PARK_KIND) + " " + r.choice(PARK_NAME)
    c["park"] = " ".join("^" + w if w[0].isupper() and w not in ("De", "Het") else w for w in pk.split())
    c["group"] = r.choice(["^Bewoners ", "^Parkgenoten ", "^Buurtapp ", "^Steiger "]) + r.choice(
        ["^Zilvermeeuw 🏕️", "^Noordhoek", "^Zomerweide", "^Kadezicht 🚤", "^Samen ^Sterk"]
    )
    c["site"] = " ".join(
        "^" + w if w[0].isupper() and w not in ("De", "Het") else w for w in r.choice(CARAVAN_SITES).split()
    )
    n = r.randint(1, 240)
    lane = r.choice(STREET_STEMS) + r.choice(STREET_ENDS)
    quay = r.choice(QUAYS)
    town = r.choice(TOWN_STREETS)
    town2 = r.choice([t for t in TOWN_STREETS if t != town])
    if setting == "boat":
        street = quay
        addr = r.choice([f"{quay} t/o {n}", f"{quay} {n}", f"{quay} bij {n}", f"{quay} {n}-W"])
    elif setting == "shed":
        street = town
        addr = r.choice([f"{town} {n}", f"{town} {n}a", f"{town} {n}-achter"])
    else:
        street = lane
        addr = r.choice([f"{lane} {n}", f"{lane} {n}-{r.randint(1, 40)}", f"{lane} {n}{r.choice('abc')}"])
    c["ADDR"], c["STREET"] = (addr, "ADDRESS"), (street, "ADDRESS")
    c["ADDR2"] = (f"{town2} {r.randint(1, 180)}", "ADDRESS")
    c["PC"], c["PC2"] = (postcode(r), "POSTCODE"), (postcode(r), "POSTCODE")
    c["unit"] = {
        "park": r.choice([f"chalet {n}", f"kavel {n}", f"bungalow {n}", f"plaats C-{n}", f"stacaravan {n}"]),
        "boat": r.choice([f"ligplaats {n}", f"steiger B, box {n % 30 + 1}", "tegenover steiger " + r.choice("ABCD")]),
        "caravan": f"standplaats {n % 40 + 1}",
        "shed": "het tuinhuis",
        "any": r.choice([f"chalet {n}", f"kavel {n}", f"ligplaats {n}", f"standplaats {n % 40 + 1}"]),
    }[setting]
    c["unitw"] = r.choice(["^chalet", "^vakantiehuis", "^huisje", "^recreatiehuis"])
    c["berth"] = r.choice([f"ligplaats {n}", f"ligplaatsnummer {n}", f"steiger {r.choice('ABCDE')}-{n % 20 + 1}"])
    c["berthfile"] = "lp" + str(n)
    c["pitch"] = r.choice([f"standplaats {n % 40 + 1}", f"plaats {n % 40 + 1}b", f"familieplaats {n % 12 + 1}"])
    c["BSN"] = (fmt_bsn(r, bsn(r)), "BSN")
    c["IBAN"] = (fmt_iban(r, iban(r)), "IBAN")
    c["PHONE"], c["PHONE2"], c["PPHONE"] = (phone(r), "PHONE"), (phone(r), "PHONE"), (phone(r), "PHONE")
    c["EMAIL"] = (email(r, res), "EMAIL")
    c["EMAIL2"] = (email(r, Person(r)), "EMAIL")  # placeholder, replaced below by the neighbour's address
    c["PLATE"], c["PLATE2"] = (plate(r), "LICENSE_PLATE"), (plate(r), "LICENSE_PLATE")
    kinds = {"park": "pb", "boat": "lp", "caravan": "ww", "shed": "z", "any": "bz"}
    c["CASE"] = (case_no(r, kinds[setting]), "CASE_NUMBER")
    c["CASE2"] = (case_no(r, r.choice(["hh", "brp", "bb", "z", "bz"])), "CASE_NUMBER")
    d1, cue1 = dob(r)
    d2, cue2 = dob(r)
    c["DOB"], c["DOBF"] = (d1, "DATE_OF_BIRTH"), (d2, "DATE_OF_BIRTH")
    c["DOBc"], c["DOBFc"] = cue1.format("{DOB}"), cue2.format("{DOBF}")
    c["date1"], c["date2"], c["date3"] = odate(r), odate(r), odate(r, r.choice([2019, 2022, 2024, 2025]))
    c["date4"] = f"2026{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    c["month"] = MONTHS[r.randrange(12)]
    c["wd"] = WEEKDAYS[r.randrange(5)]
    c["amt"], c["amt2"] = money(r), money(r)
    for k in ("time1", "time2", "time3", "time4"):
        c[k] = f"{r.randint(6, 23):02d}:{r.randint(0, 59):02d}"
    c["pos"], c["pos2"], c["pos3"] = (str(x) for x in sorted(r.sample(range(1, 90), 3)))
    c["relw"] = r.choice(
        ["^dochter", "^zoon", "^partner", "^broer", "^zus", "^moeder", "^vader", "^neef", "^schoonzus"]
    )
    c["Ofunc"] = r.choice(
        [
            "^toezichthouder",
            "^handhaver",
            "^beleidsmedewerker ^wonen",
            "^havenmeester",
            "^adviseur ^vakantieparken",
            "^medewerker ^Burgerzaken",
            "^jurist",
        ]
    )
    c["Odept"] = r.choice(
        [
            "^Vergunningen, ^Toezicht en ^Handhaving",
            "^Wonen",
            "^Burgerzaken",
            "^Ruimte",
            "^Openbare ^Ruimte",
            "^Publiekszaken",
            "^Veiligheid",
        ]
    )
    return c


KEEP_RE = re.compile(r"\^\[([^\]]+)\]|\^(\w[\w@.\-]*\w|\w)")
SLOT_RE = re.compile(r"\{(\w+)\}")


def render(tmpl: str, c: dict, used: list) -> str:
    def sub(m):
        v = c[m.group(1)]
        if m.group(1) not in used:
            used.append(m.group(1))
        return v[0] if isinstance(v, tuple) else v

    for _ in range(3):
        tmpl = SLOT_RE.sub(sub, tmpl)
    return tmpl


def build(i: int, r: random.Random) -> tuple[dict, list[str]]:
    is_known = i % 4 == 1
    kind = r.choice(sorted(KINDS))
    setting, join, pools = KINDS[kind]
    if setting == "any":
        setting = r.choice(["park", "boat", "caravan", "shed"])
    known = r.choice(KNOWN) if is_known else None
    c = context(r, setting, known)
    # the neighbour's own e-mail address
    c["EMAIL2"] = (email(r, _NeighbourView(c)), "EMAIL")
    shapes = [f"doc:{kind}"]
    hi = r.randrange(len(pools["head"]))
    shapes.append(f"head:{kind}:{hi}")
    nb = min(len(pools["body"]), r.randint(4, 6))
    bis = sorted(r.sample(range(len(pools["body"])), nb))
    shapes += [f"body:{kind}:{j}" for j in bis]
    body = [pools["body"][j] for j in bis]
    for j in sorted(r.sample(range(len(GENERIC)), r.randint(0, 2))):
        body.insert(r.randint(0, len(body)), GENERIC[j])
        shapes.append(f"generic:{j}")
    if known:
        j = r.randrange(len(KNOWN_SHAPES))
        body.insert(r.randint(1, len(body)), KNOWN_SHAPES[j])
        shapes.append(f"known:{j}")
    parts = [pools["head"][hi], join.join(body) if join == " " else "\n".join(body)]
    if pools["foot"]:
        fi = r.randrange(len(pools["foot"]))
        shapes.append(f"foot:{kind}:{fi}")
        parts.append(pools["foot"][fi])
    used: list = []
    text = render("\n".join(parts), c, used)
    keep: list[str] = []

    def kp(m):
        w = m.group(1) or m.group(2)
        if w not in keep:
            keep.append(w)
        return w

    text = KEEP_RE.sub(kp, text)
    pii, seen = [], set()
    for k in used:
        v = c[k]
        if isinstance(v, tuple) and v[1] and v not in seen:
            seen.add(v)
            pii.append({"text": v[0], "label": v[1]})
    doc = {"id": f"fresh28a-{i:04d}", "text": text, "pii": pii, "keep": keep}
    if known:
        res = c["_res"]
        kn = {"names": [res.full]}
        if "EMAIL" in used:
            kn["emails"] = [c["EMAIL"][0]]
        if "PHONE" in used:
            kn["phones"] = [c["PHONE"][0]]
        doc["known"] = kn
    return doc, shapes


class _NeighbourView:
    """The neighbour's name parts, read back from the context forms (for the neighbour's e-mail address)."""

    def __init__(self, c):
        self.first = c["Nf"][0]
        self.particle = ""
        self.sur = c["Ns"][0].replace(" ", "")


# ---------------------------------------------------------------------------------------------- gate and output


def _words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", s) if w.lower() not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    """None when the document passes all gates, else the reason."""
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
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= _words(n)
    for k in doc["keep"]:
        shared = _words(k) & names
        if shared and not (k == k.lower() and shared <= known_words):
            return f"keep {k!r} shares {shared} with a name"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    if "known" in doc:
        kw = {w for w in known_words if w in {x[0].split()[-1].lower() for x in KNOWN}}
        if not any(k in kw for k in doc["keep"]):
            return "known document without the ordinary use of the name's word"
    return None


def generate() -> tuple[list[dict], Counter, int, Counter]:
    docs, shape_use, redraws, reasons = [], Counter(), 0, Counter()
    for i in range(N_DOCS):
        r = random.Random(f"{SEED}-{i}")
        attempt = 0
        while True:
            doc, shapes = build(i, r)
            why = gate(doc)
            if why is None:
                break
            reasons[why.split(":")[0].split(" ")[0]] += 1
            attempt += 1
            redraws += 1
            r = random.Random(f"{SEED}-{i}-{attempt}")
        docs.append(doc)
        shape_use.update(shapes)
    return docs, shape_use, redraws, reasons


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs, shape_use, redraws, reasons = generate()
    text = dump(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh28a_texts.jsonl is up to date" if same else "fresh28a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:<14} {labels[lab]}")
        print(f"  {'total':<14} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(
            f"shapes registered: {len(SHAPES)}; shapes used: {len(shape_use)}; document kinds: {len(KINDS)}; "
            f"date-of-birth styles: {DOB_STYLES}"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"origin groups in the name tables: {len(ORIGINS)}")
        print(
            f"redraws: {redraws}" + (f" ({', '.join(f'{k} {v}' for k, v in reasons.most_common())})" if reasons else "")
        )
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
