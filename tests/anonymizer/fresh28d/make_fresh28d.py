#!/usr/bin/env python3
"""Generate the blind anonymizer corpus fresh28d (helper F28D, round twenty-two).

Register: older residents (70 to 100) in conflicts with the municipality, and the children, grandchildren,
neighbours and case managers who write for them.

    python tests/anonymizer/fresh28d/make_fresh28d.py            # write fresh28d_texts.jsonl
    python tests/anonymizer/fresh28d/make_fresh28d.py --check    # exit 1 if the committed file differs
    python tests/anonymizer/fresh28d/make_fresh28d.py --stats    # counts per label, shapes, known names, redraws
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
OUT = HERE / "fresh28d_texts.jsonl"
sys.path.insert(0, str(HERE))
from names28d import GRAND_NL, GROUPS, KNOWN, YOUNG_NL  # noqa: E402

SEED = 20262204
N_DOCS = 300
MAX_ATTEMPTS = 50
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


def _load_score():
    spec = importlib.util.spec_from_file_location("corpora_score_f28d", ROOT / "tests/anonymizer/corpora/score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _load_score()

# ---------------------------------------------------------------- structured values


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0


def iban_ok(s: str) -> bool:
    c = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def make_bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(c * w for c, w in zip(d, range(9, 1, -1))) % 11
        if last < 10:
            s = "".join(map(str, d + [last]))
            fmt = r.randrange(4)
            return [s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}.{s[3:6]}.{s[6:]}"][fmt]


def make_iban(r: random.Random) -> str:
    if r.random() < 0.12:
        cc, bban = "BE", "".join(str(r.randint(0, 9)) for _ in range(12))
    else:
        cc = "NL"
        bban = r.choice(["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "RBRB"]) + "".join(
            str(r.randint(0, 9)) for _ in range(10)
        )
    num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    iban = f"{cc}{98 - num % 97:02d}{bban}"
    if r.random() < 0.5:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def make_phone(r: random.Random, area: str, foreign: str | None = None) -> str:
    if foreign:
        return {
            "BE": lambda: f"+32 {r.randint(470, 499)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}",
            "TR": lambda: f"+90 5{digits(r, 2)} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
            "MA": lambda: f"+212 6{digits(r, 2)}-{digits(r, 6)}",
            "SR": lambda: f"+597 8{digits(r, 2)}-{digits(r, 4)}",
            "DE": lambda: f"+49 15{digits(r, 1)} {digits(r, 8)}",
        }[foreign]()
    k = r.randrange(7)
    m = "6" + str(r.randint(1, 5)) + digits(r, 7)
    if k == 0:
        return f"0{m[:1]}-{m[1:]}"
    if k == 1:
        return f"0{m[:1]} {m[1:5]} {m[5:]}"
    if k == 2:
        return f"+31 {m[:1]} {m[1:5]} {m[5:]}"
    if k == 3:
        return f"+31 (0){m[:1]} {m[1:3]} {m[3:6]} {m[6:]}"
    rest = str(r.randint(2, 9)) + digits(r, 9 - len(area))
    if k == 4:
        return f"{area}-{rest}"
    if k == 5:
        return f"({area}) {rest[:2]} {rest[2:4]} {rest[4:]}"
    return f"0031 {area[1:]} {rest}"


PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


def make_plate(r: random.Random) -> str:
    L = lambda n: "".join(r.choice(PLATE_LETTERS) for _ in range(n))
    return r.choice(
        [
            lambda: f"{digits(r, 2)}-{L(3)}-{r.randint(1, 9)}",
            lambda: f"{L(1)}-{r.randint(100, 999)}-{L(2)}",
            lambda: f"{L(2)}-{r.randint(100, 999)}-{L(1)}",
            lambda: f"{r.randint(1, 9)}-{L(3)}-{digits(r, 2)}",
            lambda: f"{L(3)}-{digits(r, 2)}-{L(1)}",
            lambda: f"{digits(r, 2)}-{L(2)}-{L(2)}",
        ]
    )()


CASE_FORMATS = [
    lambda r: f"WMO-{r.randint(23, 26)}-{digits(r, 5)}",
    lambda r: f"Z{r.randint(2023, 2026)}.{digits(r, 5)}",
    lambda r: f"OA/{r.randint(2023, 2026)}/{digits(r, 4)}-{r.choice('ABKM')}",
    lambda r: f"VtA-{r.randint(2024, 2026)}-{digits(r, 4)}",
    lambda r: f"BZW {r.randint(23, 26)}/{digits(r, 4)}",
    lambda r: f"{r.randint(2023, 2026)}-OUD-{digits(r, 4)}",
    lambda r: f"KLT.{digits(r, 3)}.{digits(r, 3)}",
    lambda r: f"HV{digits(r, 2)}-{digits(r, 4)}/TL",
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
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def make_dob(r: random.Random, y0: int, y1: int) -> str:
    y, m, d = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}/{m}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d} {MON_ABBR[m - 1]} {y}",
            f"{d} {MONTHS[m - 1]} '{str(y)[2:]}",
            f"{d}-{ROMAN[m - 1]}-{y}",
            f"{d:02d}{m:02d}{y}",
        ]
    )


CITIES = [
    ("Zwolle", "038"),
    ("Deventer", "0570"),
    ("Leeuwarden", "058"),
    ("Heerenveen", "0513"),
    ("Apeldoorn", "055"),
    ("Tilburg", "013"),
    ("Venlo", "077"),
    ("Emmen", "0591"),
    ("Hoorn", "0229"),
    ("Gouda", "0182"),
    ("Schiedam", "010"),
    ("Helmond", "0492"),
    ("Almelo", "0546"),
    ("Zaanstad", "075"),
    ("Den Helder", "0223"),
    ("Middelburg", "0118"),
    ("Roermond", "0475"),
    ("Assen", "0592"),
]
STREET_ROOT = [
    "Meidoorn",
    "Kastanje",
    "Vlier",
    "Klaproos",
    "Hoogeweg",
    "Sleutelbloem",
    "Koekoeks",
    "Pastoor Smits",
    "Reigers",
    "Bongerd",
    "Lijsterbes",
    "Esdoorn",
    "Ganzen",
    "Wilgen",
    "Zonnedauw",
    "Kerkhof",
]
STREET_SUF = ["laan", "straat", "hof", "weg", "dreef", "erf", "pad", "singel"]
DEPTS = [
    "Team Wmo",
    "Sociaal Wijkteam",
    "afdeling Belastingen",
    "Klantcontactcentrum",
    "Ouderenadvies",
    "team Wonen en Zorg",
    "afdeling Burgerzaken",
    "Schuldhulpverlening",
    "Vraagwijzer",
]
ORGS = ["CAK", "CIZ", "Zorgkantoor", "KBO", "Zonnebloem", "Alzheimer Café", "SVB", "Humanitas", "Thuiszorg West"]
SCHEMES = ["Wmo", "Wlz", "Wet zorg en dwang", "Participatiewet", "Mantelzorgcompliment", "Kwijtschelding"]
DOMAINS = [
    "ziggo.nl",
    "kpnmail.nl",
    "hetnet.nl",
    "home.nl",
    "planet.nl",
    "gmail.com",
    "xs4all.nl",
    "casema.nl",
    "hotmail.com",
    "live.nl",
    "outlook.com",
    "telfort.nl",
]
FOREIGN = {
    "Turks": "TR",
    "Marokkaans": "MA",
    "Surinaams-Hindostaans": "SR",
    "Surinaams-Creools": "SR",
    "Vlaams": "BE",
    "Duits": "DE",
}


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, doc, r, group, gender, surname, first=None, nick=None, role="", gen="old"):
        self.doc, self.r, self.group, self.gender, self.role = doc, r, group, gender, role
        g = GROUPS[group]
        if first is None:
            if group == "Nederlands" and gen in ("young", "grand"):
                first = r.choice((YOUNG_NL if gen == "young" else GRAND_NL)[gender])
                nick = None
            else:
                first, nick = r.choice(g[gender])
        self.first, self.nickname = first, nick or first
        self.part, self.core = surname  # particle (lower case, with trailing space or glued) and core
        self.maiden = None
        self._cache = {}

    # surname with lower-case particle (after a first name or initials)
    @property
    def sur_low(self):
        return self.part + self.core

    @property
    def sur_cap(self):
        p = self.part
        return (p[0].upper() + p[1:] if p and p[0].islower() else p) + self.core

    def initials(self):
        if "inits" not in self._cache:
            extra = self.r.choice(["", "", self.r.choice("AJMCGW") + "."])
            self._cache["inits"] = "".join(w[0] + "." for w in self.first.replace("-", " ").split()) + extra
        return self._cache["inits"]

    def attr(self, a):
        d, r = self.doc, self.r
        P = lambda s, lab="PERSON": d.pii(s, lab)
        if a == "f":
            return P(f"{self.first} {self.sur_low}")
        if a == "fn":
            return P(self.first)
        if a == "nick":
            return P(self.nickname)
        if a == "ln":
            return P(self.sur_cap)
        if a == "ini":
            return P(f"{self.initials()} {self.sur_low}")
        if a == "inits":
            return P(self.initials())
        if a == "up":
            return P(self.sur_low.upper())
        if a == "lo":
            return P(self.nickname.lower())
        if a == "poss":
            n = self.nickname
            return P(n + ("'s" if n[-1] in "aeiouy" else "s"))
        if a == "lof":
            return P(re.sub(r"[^\w]", "", self.core).lower())
        if a in ("mar", "fmar", "maiden"):
            if self.maiden is None:
                self.maiden = d.surname(r, self.group)
            mp, mc = self.maiden
            if a == "maiden":
                return P((mp[0].upper() + mp[1:] if mp and mp[0].islower() else mp) + mc)
            if a == "mar":
                return P(f"{self.sur_cap}-{mp}{mc}")
            return P(f"{self.first} {self.sur_low}-{mp}{mc}")
        if a == "handle":
            if "handle" not in self._cache:
                base = re.sub(
                    r"[^a-z]",
                    "",
                    (self.nickname + self.core[:4])
                    .lower()
                    .translate(str.maketrans("äöüéáíóúñçşğıą", "aoueaiouncsgia")),
                )
                self._cache["handle"] = base + str(r.randint(40, 99))
            return P(self._cache["handle"])
        if a == "em":
            if "em" not in self._cache:
                tr = str.maketrans("äöüéáíóúñçşğıąśłżćęńôòèàâîï", "aoueaiouncsgiaslzcenooeaaii")
                fn = re.sub(r"[^a-z]", "", self.first.split()[0].lower().translate(tr))
                nk = re.sub(r"[^a-z]", "", self.nickname.split()[0].lower().translate(tr))
                co = re.sub(r"[^a-z]", "", self.core.lower().translate(tr))
                pa = re.sub(r"[^a-z]", "", self.part.lower())
                local = r.choice(
                    [
                        f"{fn[0]}.{pa}{co}",
                        f"{nk}.{co}",
                        f"{nk}{co}{r.randint(40, 99)}",
                        f"fam.{pa}{co}",
                        f"{fn}_{co}",
                        f"{nk[:3]}{co}{r.randint(1, 9)}",
                    ]
                )
                dom = (
                    d.city_mail_domain
                    if self.role in ("official", "adviser")
                    else f"afstemming-{d.city_mail_domain}"
                    if self.role == "mediator"
                    else r.choice(DOMAINS)
                )
                self._cache["em"] = f"{local}@{dom}"
            return d.pii(self._cache["em"], "EMAIL")
        if a == "tel":
            if "tel" not in self._cache:
                f = FOREIGN.get(self.group) if self.role == "abroad" else None
                self._cache["tel"] = make_phone(r, d.area, f)
            return d.pii(self._cache["tel"], "PHONE")
        if a in ("addr", "street"):
            if "addr" not in self._cache:
                st = r.choice(STREET_ROOT) + r.choice(STREET_SUF)
                no = r.choice(
                    [
                        str(r.randint(1, 180)),
                        f"{r.randint(1, 90)}{r.choice('abc')}",
                        f"{r.randint(1, 60)}-{r.randint(1, 4)}",
                        f"{r.randint(2, 140)} bis",
                    ]
                )
                self._cache["addr"] = (st, f"{st} {no}")
            st, full = self._cache["addr"]
            return d.pii(full if a == "addr" else st, "ADDRESS")
        if a == "pc":
            if "pc" not in self._cache:
                L = "".join(r.choice("BCEGHJKLMNPRTVWXZ") for _ in range(2))
                self._cache["pc"] = f"{r.randint(1000, 9999)}{r.choice([' ', ''])}{L}"
            return d.pii(self._cache["pc"], "POSTCODE")
        if a == "dob":
            if "dob" not in self._cache:
                self._cache["dob"] = make_dob(r, 1925, 1955) if self.role == "resident" else make_dob(r, 1950, 1980)
            return d.pii(self._cache["dob"], "DATE_OF_BIRTH")
        if a == "bsn":
            if "bsn" not in self._cache:
                self._cache["bsn"] = make_bsn(r)
            return d.pii(self._cache["bsn"], "BSN")
        if a == "iban":
            if "iban" not in self._cache:
                self._cache["iban"] = make_iban(r)
            return d.pii(self._cache["iban"], "IBAN")
        if a == "rel":
            return {"C": "zoon" if self.gender == "m" else "dochter"}.get(
                self.role, "broer" if self.gender == "m" else "zus"
            )
        raise KeyError(a)


# ---------------------------------------------------------------- shapes (templates)
# {X.attr} = a person's item (pii), {word} = filler, [[...]] = keep word as written.

SHAPES: dict[str, str] = {}


def S(name: str, text: str) -> tuple[str, str]:
    assert name not in SHAPES, name
    SHAPES[name] = text
    return name, text


BODY = [
    S(
        "b_homehelp_cut",
        "[[Sinds]] {date} krijgt {mw} {R.ln} nog maar drie uur [[huishoudelijke hulp]] per week in plaats van vijf.",
    ),
    S(
        "b_stairlift_refused",
        "De aanvraag voor een [[traplift]] is afgewezen omdat {zij} volgens het [[Wmo-loket]] ook beneden kan slapen.",
    ),
    S(
        "b_stairlift_measure",
        "Op {wd} kwam de monteur de trap opmeten aan de {R.addr}; sindsdien hebben we niets meer gehoord.",
    ),
    S("b_waitlist", "{R.nick} staat sinds {month} op de wachtlijst voor [[verpleeghuis]] [[De Lindehof]]."),
    S(
        "b_house_sale",
        "Het huis aan de {R.addr}, {R.pc} {city} moet verkocht worden om de [[eigen bijdrage]] te kunnen betalen.",
    ),
    S("b_cak_bill", "Het [[CAK]] rekent {amt} per maand, terwijl er alleen [[AOW]] en een klein pensioen binnenkomt."),
    S(
        "b_volmacht_bank",
        "Ik heb een [[volmacht]] voor rekening {R.iban}, maar de bank wil toch een handtekening van {R.nick} zelf.",
    ),
    S("b_levenstestament", "In het [[levenstestament]] van {R.f} staan {C.fn} en {S.fn} allebei als gevolmachtigde."),
    S("b_dob_cue", "{Mw} {R.ln} is geboren op {R.dob} en woont al zestig jaar in {city}."),
    S("b_dob_bare", "Het gaat om {R.f} ({R.dob}), {wed} van {P.f}."),
    S(
        "b_bsn_letter",
        "In de brief van {date} staat het [[burgerservicenummer]] {R.bsn}, maar de naam is verkeerd gespeld.",
    ),
    S("b_hearing_phone", "{R.nick} hoort slecht aan de telefoon en dacht dat de [[ouderenadviseur]] van de bank was."),
    S(
        "b_shoebox",
        "Alle brieven van de gemeente liggen in een schoenendoos; {R.nick} weet niet meer welke belangrijk zijn.",
    ),
    S(
        "b_loneliness",
        "Via het programma [[Eén tegen Eenzaamheid]] kwam er twee keer een vrijwilliger, daarna niet meer.",
    ),
    S("b_case_ref", "Het gaat om dossier {case} en de [[beschikking]] van {date}."),
    S("b_cm_visit", "Casemanager {K.f} van het [[Dementienetwerk]] komt elke twee weken op {wd}."),
    S("b_neighbour_key", "Buurvrouw {N.f} heeft een sleutel en belt ons als er iets is ({N.tel})."),
    S("b_parking_card", "De [[gehandicaptenparkeerkaart]] staat op kenteken {plate}; dat is de auto van {C.fn}."),
    S("b_partner_died", "Sinds het overlijden van {P.fn} in {year} woont {zij} alleen in het grote huis."),
    S("b_siblings_cc", "Mijn {S.rel} {S.f} leest mee in de cc, {S.em}."),
    S("b_maiden", "Op de brieven staat steeds {R.mar}, maar bij de bank heet {zij} gewoon {R.maiden}."),
    S("b_wrong_name", "De gemeente schrijft {haar} naam als {R.up}, terwijl alles op naam van {P.ini} stond."),
    S("b_official_promise", "Mevrouw {O.f}, {func} bij het [[{dept}]], beloofde op {date} terug te bellen."),
    S(
        "b_official_mail",
        "Haar e-mailadres {O.em} werkt niet meer; de [[Vraagwijzer]] verwijst ons door naar {mphone}.",
    ),
    S(
        "b_adviser_visit",
        "[[Ouderenadviseur]] {A.f} heeft een [[huisbezoek]] gedaan en zag dat de douche niet veilig is.",
    ),
    S("b_grandchild_help", "Kleinkind {G.f} helpt {oma} met de computer, maar {zij} vertrouwt DigiD niet."),
    S("b_tante", "Tante {T.nick}, de zus van {R.nick}, kan niet meer komen omdat ze zelf in het ziekenhuis ligt."),
    S("b_opa_nick", "{Oma} {R.nick} vergeet {haar} pillen en laat de kachel aan staan."),
    S("b_amount_refund", "Er is {amt} te veel ingehouden op {R.iban}; we willen dat bedrag terug."),
    S("b_deadline", "De [[bezwaartermijn]] loopt af op {date}; daarom schrijf ik nu al."),
    S("b_alarm", "Het [[personenalarm]] is op {wd} weggehaald zonder dat iemand van de familie het wist."),
    S("b_scoot", "De [[scootmobiel]] staat al weken kapot in de berging van {R.street}."),
    S("b_sight", "{Zij} ziet slecht door [[maculadegeneratie]] en kan de brieven van de gemeente niet lezen."),
    S(
        "b_confusion_letter",
        "{R.nick} dacht dat de aanmaning van de [[afdeling Belastingen]] een rekening van de buren was.",
    ),
    S("b_mediator", "Bemiddelaar {M.f} van [[Verzoek tot Afstemming]] heeft een gesprek met het [[{dept}]] geregeld."),
    S("b_mediator_mail", "U kunt de bemiddelaar bereiken via {M.em} of {mphone}."),
    S("b_huisarts", "Huisarts {H.ini} schreef dat {zij} niet meer zelfstandig kan wonen."),
    S("b_daycare", "Twee dagen per week gaat {R.nick} naar de [[dagbesteding]] in het [[Wijkcentrum]]."),
    S("b_meals", "De [[maaltijdservice]] van {org} brengt elke middag warm eten, maar {zij} eet het niet op."),
    S("b_sibling_abroad", "Mijn {S.rel} {S.f} woont in het buitenland en is bereikbaar op {S.tel}."),
    S("b_child_address", "Post voor {mw} {R.ln} kan naar mijn adres: {C.addr}, {C.pc} {city}."),
    S("b_widow_pension", "Na de dood van {P.f} is het [[nabestaandenpensioen]] nog steeds niet geregeld."),
    S("b_poss", "{R.poss} [[rollator]] is gestolen bij de ingang van de [[supermarkt]]."),
    S("b_plate_permit", "Voor de auto van {S.fn} ({plate}) is een [[parkeervergunning]] voor bezoek aangevraagd."),
    S("b_cm_phone", "De casemanager is op werkdagen bereikbaar op {K.tel}."),
    S("b_case_two", "Naast {case} loopt er ook nog zaak {case2} over de [[kwijtschelding]]."),
    S("b_meeting", "Het gesprek is gepland op {wd} {date} om half elf in het [[Stadskantoor]]."),
    S("b_wlz", "Volgens het [[CIZ]] komt {zij} in aanmerking voor de [[Wlz]], maar de gemeente wacht daar niet op."),
    S("b_bsn_dob", "Gegevens van {mw}: BSN {R.bsn}, geboortedatum {R.dob}."),
    S("b_email_resident", "{R.nick} heeft wel een e-mailadres ({R.em}) maar leest het nooit."),
    S("b_phone_resident", "{Zij} neemt de vaste telefoon ({R.tel}) alleen op als hij lang genoeg overgaat."),
]

KINDS = {
    "mail_child": dict(
        head=[
            S(
                "mail_head_cc",
                "Van: {C.f} <{C.em}>\nAan: {mmail}\nCc: {S.f}; {G.em}\nOnderwerp: [[Bezwaar]] {ouder} – dossier {case}\n\n",
            ),
            S(
                "mail_head_fwd",
                "-------- Doorgestuurd bericht --------\nVan: {S.em}\nDatum: {date}\nAan: {C.em}\nOnderwerp: Re: brief [[Belastingen]] voor {oma} {R.nick}\n\n",
            ),
        ],
        intro=[
            S(
                "mail_greet_onbehalf",
                "Geachte heer, mevrouw,\n\nIk schrijf u namens mijn {ouder}, {R.f}, die zelf geen e-mail heeft.",
            ),
            S(
                "mail_greet_named",
                "Beste {O.ttl} {O.ln},\n\nIk ben {C.f}, {C.rel} van {R.ini}, en ik regel de zaken van mijn {ouder}.",
            ),
        ],
        extra=[S("mail_ps", "PS: mijn {S.rel} {S.fn} is het hier helemaal mee eens.")],
        close=[
            S("mail_close_rel", "\n\nMet vriendelijke groet,\n{C.f}\n{C.rel} van {R.f}\n{C.tel}"),
            S("mail_close_short", "\n\nGroet,\n{C.fn} ({C.rel} van {mw} {R.mar})\n[[Verstuurd]] vanaf mijn iPad"),
        ],
    ),
    "chat": dict(
        head=[
            S("chat_head_export", "WhatsApp-groep 'Familie {R.ln}' – geëxporteerd {date}\n\n"),
            S("chat_head_signal", "Groepsapp [[Zorg]] {oma} {R.nick} ({C.fn}, {S.fn}, {G.fn})\n\n"),
        ],
        lines=[
            S("chat_lower", "[{ts}] {S.fn}: heeft iemand {oma} {R.lo} vandaag gebeld? ze neemt niet op"),
            S("chat_handle", "[{ts}] {G.fn}: @{C.handle} kun jij {wd} mee naar de [[Wmo-consulent]]?"),
            S("chat_poss", "[{ts}] {C.fn}: {R.poss} [[pillendoos]] was weer niet leeg 😟"),
            S("chat_letter_photo", "[{ts}] {S.fn}: <foto> brief van de gemeente, kenmerk {case}, snappen jullie dit?"),
            S("chat_iban", "[{ts}] {C.fn}: eigen bijdrage gaat van {R.iban}, {amt} per maand!!"),
            S("chat_neighbour", "[{ts}] {S.fn}: buurvrouw {N.nick} belde, {ouder} stond om 6 uur bij de bushalte"),
            S("chat_official", "[{ts}] {C.fn}: die {O.ln} van de gemeente belt morgen terug zegt ze"),
            S("chat_plate", "[{ts}] {G.fn}: ik sta met de auto ({plate}) voor de deur, kaart ligt achter de ruit"),
            S("chat_tante", "[{ts}] {S.fn}: tante {T.nick} vraagt of we {month} een verjaardag doen voor {R.nick}"),
        ],
        close=[S("chat_end_ok", "[{ts}] {C.fn}: oké ik bel het [[Klantcontactcentrum]] wel ({mphone})")],
    ),
    "cm_report": dict(
        head=[
            S(
                "cm_head_block",
                "RAPPORTAGE CASEMANAGEMENT DEMENTIE\nCliënt: {R.ln}, {R.inits}\nGeboren: {R.dob}\nBSN: {R.bsn}\nCasemanager: {K.f}, [[Dementienetwerk]] {city}\nDossier: {case}\n\n",
            ),
            S("cm_head_soap", "[[Voortgangsverslag]] {date} – {R.fmar} (dossier {case})\n\n"),
        ],
        lines=[
            S("cm_obs", "[[Observatie]]: {mw} oogt verzorgd maar weet de datum niet en vraagt drie keer naar {P.fn}."),
            S(
                "cm_network",
                "[[Netwerk]]: {C.rel} {C.f} ({C.tel}) is eerste contactpersoon; {S.rel} {S.f} woont verder weg.",
            ),
            S(
                "cm_agree",
                "[[Afspraken]]: aanvraag [[dagbesteding]] via het [[Sociaal Wijkteam]]; evaluatie in {month}.",
            ),
            S("cm_risk", "[[Risico]]: dwaalgedrag, {zij} is twee keer door de politie thuisgebracht op de {R.street}."),
            S("cm_wzd", "[[Wet zorg en dwang]]: geen onvrijwillige zorg; familie wil geen GPS-tracker."),
        ],
        close=[S("cm_sign", "\n{K.ini}, casemanager dementie, {K.em}")],
    ),
    "typed_note": dict(
        head=[
            S("note_head_grand", "(briefje van {oma} {R.nick}, overgetypt door {G.fn})\n\n"),
            S("note_head_fridge", "[[Overgetypt]] van de koelkastdeur bij {R.f}:\n\n"),
        ],
        lines=[
            S("note_call", "bel {C.nick}: {C.tel}"),
            S("note_wmo", "Wmo mevr. {O.ln} komt {wd}!! NIET vergeten"),
            S("note_pass", "pasje + pincode ligt bij {S.fn} (niet bij {N.fn} geven)"),
            S("note_iban", "rek.nr. {R.iban} – pensioen komt op de 23e"),
            S("note_gemeente", "gemeente bellen {mphone}, vragen naar {dept}"),
            S("note_dob", "mijn geb. datum {R.dob} (voor de dokter)"),
        ],
        close=[S("note_end", "— {R.nick}")],
    ),
    "phone_note": dict(
        head=[
            S(
                "phone_head_block",
                "[[Telefoonnotitie]] {date}, {hh}\nGesprek met: {R.f} ({R.tel})\nOpgenomen door: {A.f}, [[ouderenadviseur]]\n\n",
            ),
            S("phone_head_inline", "[[Belnotitie]] {A.ini}: {mw} {R.ln} belde op {wd} over zaak {case}.\n\n"),
        ],
        lines=[
            S("phone_hearing", "{Mw} verstond mij slecht; ik heb alles twee keer herhaald en langzaam gesproken."),
            S("phone_dob_confirm", "Ter controle noemde {zij} {haar} geboortedatum: {R.dob}."),
            S("phone_callback", "[[Terugbelverzoek]]: {C.rel} {C.f} op {C.tel}, liefst na vijf uur."),
            S("phone_hearing_aid", "Het [[hoortoestel]] piepte; {zij} gaf de telefoon door aan buurvrouw {N.ln}."),
            S("phone_address_check", "Adres gecontroleerd: {R.addr}, {R.pc} {city}."),
        ],
        close=[S("phone_close_action", "\n[[Actie]]: brief in grote letters sturen en {C.fn} in kopie.")],
    ),
    "diary": dict(
        head=[S("diary_head", "[[Zorgdagboek]] {R.nick} – bijgehouden door {C.fn} en {S.fn}\n\n")],
        lines=[
            S("diary_day_visit", "{dd}: {C.fn} geweest, koelkast leeg, [[thuiszorg]] kwam niet."),
            S("diary_day_fall", "{dd}: {R.nick} gevallen in de gang, {N.f} heeft 112 gebeld."),
            S("diary_day_letter", "{dd}: brief over {case} gevonden onder de krant, niet geopend."),
            S("diary_day_cm", "{dd}: {K.fn} (casemanager) geweest, gesproken over [[verpleeghuis]]."),
            S("diary_day_good", "{dd}: goede dag, samen naar het [[Alzheimer Café]] geweest."),
        ],
        close=[S("diary_end", "\n(wordt vervolgd – {S.fn})")],
    ),
    "condolence": dict(
        head=[
            S("condo_head_addr", "Aan de nabestaanden van {R.f}\nt.a.v. {C.ini}\n{C.addr}\n{C.pc} {city}\n\n"),
            S("condo_head_fam", "Geachte familie {R.ln},\n\n"),
        ],
        lines=[
            S("condo_sorry", "Met verslagenheid hebben wij kennisgenomen van het overlijden van uw {ouder} op {date}."),
            S(
                "condo_open_case",
                "De aanvraag {case} voor [[woningaanpassing]] stond nog open; wij sluiten deze af tenzij u binnen zes weken reageert.",
            ),
            S(
                "condo_refund",
                "Het teveel betaalde bedrag van {amt} storten wij terug op {R.iban} ten name van de erven {R.ln}.",
            ),
            S("condo_dob_ref", "Het betreft wijlen {R.ini}, geboren {R.dob}, laatst wonend {R.addr}."),
        ],
        close=[S("condo_close_official", "\n\nMet oprechte deelneming,\n{O.f}\n{func}, [[{dept}]]")],
    ),
    "visit": dict(
        head=[
            S(
                "visit_head",
                "[[Verslag]] [[huisbezoek]] [[Ouderenadvies]]\nDatum bezoek: {date}\nBezocht: {R.fmar}, {R.addr}\nAanwezig: {C.f} ({C.rel}), {A.f} ([[ouderenadviseur]])\n\n",
            )
        ],
        lines=[
            S("visit_kitchen", "De keuken is netjes, maar er liggen stapels ongeopende post van het [[CAK]]."),
            S("visit_wish", "{Mw} wil thuis blijven wonen; {C.fn} denkt dat dat niet lang meer gaat."),
            S("visit_lonely", "{Zij} zegt dat {zij} soms dagen niemand spreekt; aangemeld bij de [[Zonnebloem]]."),
        ],
        close=[S("visit_next", "\n[[Vervolg]]: nieuw bezoek over zes weken, {A.em}.")],
    ),
    "objection": dict(
        head=[
            S(
                "obj_head",
                "{C.f}\n{C.addr}\n{C.pc} {city}\n\nAan het college van burgemeester en wethouders van {city}\n[[Betreft]]: [[bezwaar]] tegen beschikking {case}, namens {R.ini}\n\n",
            )
        ],
        lines=[
            S(
                "obj_volmacht",
                "Ik dien dit [[bezwaar]] in met een [[volmacht]] van mijn {ouder} (bijlage: volmacht_{R.lof}.pdf).",
            ),
            S(
                "obj_grounds",
                "[[Gronden]]: de [[Wmo]]-consulent heeft niet met {R.nick} zelf gesproken, alleen met de buurvrouw.",
            ),
        ],
        close=[S("obj_sign", "\n\nHoogachtend,\n\n{C.f}\n(gemachtigde van {R.f}, geboren {R.dob})")],
    ),
    "intake": dict(
        head=[
            S(
                "vta_head",
                "[[Verzoek]] tot [[Afstemming]] – [[intake]]\nVerzoeker: {C.f} namens {R.f}\nBemiddelaar: {M.f}\nBetrokken afdeling: [[{dept}]]\n\n",
            )
        ],
        lines=[
            S(
                "vta_question",
                "[[Kernvraag]]: waarom is de [[huishoudelijke hulp]] van {R.nick} gehalveerd zonder gesprek?",
            ),
            S(
                "vta_control",
                "[[Controlevraag]] gesteld aan {C.fn}: is alles besproken? Antwoord: ja, behalve de [[traplift]].",
            ),
        ],
        close=[S("vta_close", "\n[[Vervolg]]: {M.fn} belt {O.ln} ({O.tel}) voor {date}.")],
    ),
    "neighbour": dict(
        head=[
            S(
                "nb_head",
                "Beste mensen van de gemeente,\n\nIk ben {N.f}, de buurvrouw van {mw} {R.ln}, en ik woon op {N.addr}.\n\n",
            )
        ],
        lines=[
            S("nb_worry", "Ik maak me zorgen: {R.nick} loopt 's avonds in {haar} nachtjapon over straat."),
            S("nb_family", "De kinderen wonen ver weg; {C.fn} belt wel maar komt zelden."),
        ],
        close=[S("nb_close", "\n\nMet vriendelijke groet,\n{N.f}\n{N.tel}")],
    ),
    "widow_letter": dict(
        head=[S("wed_head", "Ondergetekende, {R.fmar}, {wed} van {P.f}, wonende {R.addr} te {city},\n\n")],
        lines=[
            S("wed_request", "verzoekt u vriendelijk de aanslag {case} op naam van wijlen {P.ini} te vernietigen."),
            S("wed_helper", "Deze brief is opgesteld door mijn kleindochter {G.f}, omdat mijn ogen niet meer willen."),
        ],
        close=[S("wed_sign", "\n\nHoogachtend,\n{R.ini}\n(geb. {R.dob})")],
    ),
    "volmacht_form": dict(
        head=[
            S(
                "form_head",
                "[[VOLMACHT]]\n\nVolmachtgever: {R.f}\nGeboortedatum: {R.dob}\nBSN: {R.bsn}\nAdres: {R.addr}, {R.pc} {city}\n\nGevolmachtigde: {C.f}\nGeboortedatum: {C.dob}\nTelefoon: {C.tel}\n\n",
            )
        ],
        lines=[
            S(
                "form_scope",
                "De gevolmachtigde mag namens mij alle zaken regelen met de gemeente {city}, het [[CAK]] en de [[SVB]].",
            ),
            S("form_bank", "Dit geldt ook voor rekening {R.iban}."),
        ],
        close=[
            S("form_sign", "\n[[Handtekening]] volmachtgever: ............ (ondertekend met kruisje, getuige {N.f})")
        ],
    ),
}

ALL_SHAPES_COUNT = len(SHAPES)


class Doc:
    def __init__(self, r: random.Random, known: bool):
        self.r = r
        self.items: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.people: dict[str, Person] = {}
        self.city, area = r.choice(CITIES)
        self.area = area
        slug = self.city.lower().replace(" ", "")
        self.city_mail_domain = r.choice([f"{slug}.nl", f"gemeente{slug}.nl"])
        self.mmail = f"info@{self.city_mail_domain}"
        self.mphone = f"14 {area}"
        rgroup = "Nederlands" if (known or r.random() < 0.3) else r.choice(sorted(GROUPS))
        self.rgroup = rgroup
        self.known_word = None
        if known:
            w = r.choice(sorted(KNOWN))
            self.known_word = w
            part, core = (w.split(" ", 1)[0] + " ", w.split(" ", 1)[1]) if " " in w else ("", w)
            fam = (part, core)
        else:
            fam = self.surname(r, rgroup)
        self.fam = fam
        self.rg = r.choice("mf")
        self.case = r.choice(CASE_FORMATS)(r)
        self.case2 = r.choice(CASE_FORMATS)(r)
        self.plate = make_plate(r)
        self.groups_used = {rgroup}

    def surname(self, r, group):
        g = GROUPS[group]
        return r.choice(g["part"]), r.choice(g["root"]) + r.choice(g["suf"])

    def pii(self, s, label):
        if not any(i["text"] == s and i["label"] == label for i in self.items):
            self.items.append({"text": s, "label": label})
        return s

    def person(self, key) -> Person:
        if key in self.people:
            return self.people[key]
        r = self.r
        if key == "R":
            p = Person(self, r, self.rgroup, self.rg, self.fam, role="resident")
        elif key == "P":
            p = Person(self, r, self.rgroup, "m" if self.rg == "f" else "f", self.fam, role="partner")
        elif key in ("C", "S", "G"):
            gen = "grand" if key == "G" else "young"
            fam = self.fam if key != "G" or r.random() < 0.5 else self.surname(r, self.rgroup)
            role = {"C": "C", "S": "abroad" if r.random() < 0.4 else "S", "G": "G"}[key]
            p = Person(self, r, self.rgroup, r.choice("mf"), fam, role=role, gen=gen)
            for other in ("C", "S", "G"):
                o = self.people.get(other)
                if o is not None and o.first == p.first:
                    p.first = p.nickname = p.first + "-" + r.choice(["Marie", "Jan", "Anne", "Willem"])
        elif key == "T":
            p = Person(self, r, self.rgroup, "f", self.surname(r, self.rgroup), role="aunt")
        else:
            g = r.choice(sorted(GROUPS))
            role = {"O": "official", "A": "adviser", "K": "adviser", "M": "mediator", "N": "neighbour", "H": "doctor"}[
                key
            ]
            gender = "f" if key in ("O", "N") else r.choice("mf")
            p = Person(
                self,
                r,
                g,
                gender,
                self.surname(r, g),
                role=role,
                gen="young" if key in ("O", "A", "K", "M", "H") else "old",
            )
        self.groups_used.add(p.group)
        self.people[key] = p
        return p

    def fill(self, tmpl: str) -> str:
        r, R = self.r, None
        fem = self.rg == "f"

        def keep(m):
            w = m.group(1)
            w = self.fill_plain(w)
            self.keep.append(w)
            return w

        def sub(m):
            key, attr = m.group(1), m.group(2)
            if attr:
                if attr == "ttl":
                    return "mevrouw"
                return self.person(key).attr(attr)
            return self.filler(key, fem)

        out = re.sub(r"\[\[(.+?)\]\]", keep, tmpl)
        return re.sub(r"\{(\w+)(?:\.(\w+))?\}", sub, out)

    def fill_plain(self, w):
        return re.sub(r"\{(\w+)\}", lambda m: self.filler(m.group(1), self.rg == "f"), w)

    def filler(self, key, fem):
        r = self.r
        K = lambda w: (self.keep.append(w), w)[1]
        if key == "date":
            d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2025, 2026])
            return K(r.choice([f"{d} {MONTHS[m - 1]} {y}", f"{d} {MONTHS[m - 1]}"]))
        if key == "dd":
            return f"{r.choice(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'])} {r.randint(1, 28)}/{r.randint(1, 12)}"
        if key == "ts":
            return f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-2026 {r.randint(7, 22):02d}:{r.randint(0, 59):02d}"
        if key == "hh":
            return f"{r.randint(8, 16)}.{r.choice(['05', '20', '35', '50'])} uur"
        if key == "wd":
            return K(r.choice(WEEKDAYS))
        if key == "month":
            return K(r.choice(MONTHS))
        if key == "year":
            return str(r.randint(2012, 2025))
        if key == "amt":
            return K(f"€ {r.randint(19, 480)},{r.randint(0, 99):02d}")
        if key == "city":
            return K(self.city)
        if key == "mphone":
            return K(self.mphone)
        if key == "mmail":
            return K(self.mmail)
        if key == "dept":
            return r.choice(DEPTS)
        if key == "org":
            return K(r.choice(ORGS))
        if key == "func":
            return K(r.choice(["Wmo-consulent", "beleidsmedewerker", "klantmanager", "teamleider", "consulent"]))
        if key == "plate":
            return self.pii(self.plate, "LICENSE_PLATE")
        if key == "case":
            return self.pii(self.case, "CASE_NUMBER")
        if key == "case2":
            return self.pii(self.case2, "CASE_NUMBER")
        gw = {
            "ouder": ("moeder", "vader"),
            "Ouder": ("Moeder", "Vader"),
            "zij": ("zij", "hij"),
            "Zij": ("Zij", "Hij"),
            "haar": ("haar", "zijn"),
            "Mw": ("Mevrouw", "Meneer"),
            "mw": ("mevrouw", "meneer"),
            "oma": ("oma", "opa"),
            "Oma": ("Oma", "Opa"),
            "Haar": ("Haar", "Zijn"),
            "wed": ("weduwe", "weduwnaar"),
        }
        if key in gw:
            return gw[key][0 if fem else 1]
        raise KeyError(key)

    def use(self, shape_and_text):
        name, text = shape_and_text
        self.shapes.append(name)
        return self.fill(text)


def build(i: int, r: random.Random) -> dict:
    known = i % 4 == 1
    d = Doc(r, known)
    kind = sorted(KINDS)[i % len(KINDS)] if r.random() < 0.5 else r.choice(sorted(KINDS))
    spec = KINDS[kind]
    d.shapes.append("kind_" + kind)
    parts = [d.use(r.choice(spec["head"]))]
    if "intro" in spec:
        parts.append(d.use(r.choice(spec["intro"])) + " ")
    body = []
    if "lines" in spec:
        lines = r.sample(spec["lines"], min(len(spec["lines"]), r.randint(2, 4)))
        body += [(ln, "\n") for ln in lines]
    for b in r.sample(BODY, r.randint(3, 5)):
        body.append((b, "\n" if kind in ("chat", "typed_note", "diary") else " "))
    if known:
        body.insert(r.randint(0, len(body)), (("known_use", KNOWN[d.known_word]), " "))
        d.keep.append(d.known_word.split()[-1].lower())
    if "extra" in spec and r.random() < 0.5:
        body.append((spec["extra"][0], " "))
    r.shuffle(body) if kind in ("chat", "diary", "typed_note") else None
    text = parts[0] + "".join(parts[1:])
    seps_lines = kind in ("chat", "typed_note", "diary", "cm_report", "phone_note")
    chunks = []
    for sh, sep in body:
        if sh[0] == "known_use":
            d.shapes.append("known_use")
            chunks.append(d.fill(sh[1]))
        elif kind == "chat" and not sh[0].startswith("chat_"):
            d.shapes.append("chat_prose_line")
            chunks.append(d.fill("[{ts}] {C.fn}: ") + d.use(sh))
        else:
            chunks.append(d.use(sh))
    joiner = "\n" if seps_lines else " "
    text += joiner.join(chunks)
    text += ("\n" if seps_lines else "") + d.use(r.choice(spec["close"]))
    doc = {"id": f"fresh28d-{i:04d}", "text": text, "pii": d.items, "keep": []}
    seen = set()
    for k in d.keep:
        if k not in seen and re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            seen.add(k)
            doc["keep"].append(k)
    if known:
        R = d.person("R")
        kn = {"names": [f"{R.first} {R.sur_low}"]}
        d.pii(kn["names"][0], "PERSON")
        if "em" in R._cache and R._cache["em"] in text:
            kn["emails"] = [R._cache["em"]]
        if "tel" in R._cache and R._cache["tel"] in text:
            kn["phones"] = [R._cache["tel"]]
        doc["known"] = kn
    doc["_shapes"] = d.shapes
    doc["_groups"] = sorted(d.groups_used)
    return doc


# ---------------------------------------------------------------- gate


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", s.lower()) if w not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    """None when the document passes all three gates, else the reason."""
    try:
        SCORE.check_doc(doc)
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
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= _words(n)
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            name_words |= _words(it["text"])
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", doc["text"]):
            return f"keep not a whole word: {k}"
        shared = _words(k) & name_words
        if shared and not (k == k.lower() and shared <= known_words):
            return f"keep {k!r} shares {sorted(shared)} with a name"
    if "known" in doc:
        kw = [k for k in doc["keep"] if k == k.lower() and _words(k) & known_words]
        if not kw:
            return "known name without its ordinary use in keep"
    return None


def generate():
    docs, redraws, meta = [], 0, []
    for i in range(N_DOCS):
        for attempt in range(MAX_ATTEMPTS):
            r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
            doc = build(i, r)
            shapes, groups = doc.pop("_shapes"), doc.pop("_groups")
            if gate(doc) is None:
                break
            redraws += 1
        else:
            raise SystemExit(f"fresh28d-{i:04d}: no passing draw ({gate(doc)})")
        docs.append(doc)
        meta.append((shapes, groups))
    return docs, redraws, meta


def render(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    docs, redraws, meta = generate()
    text = render(docs)
    if a.check:
        cur = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if cur != text:
            print(f"{OUT.name} differs from what the generator writes")
            return 1
        print(f"{OUT.name} is up to date ({len(docs)} documents)")
        return 0
    if a.stats:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        used = Counter(s for sh, _ in meta for s in set(sh))
        groups = set(g for _, gs in meta for g in gs)
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  {'total':14s} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(
            f"shapes registered: {len(SHAPES) + len(KINDS) + 2} ({len(SHAPES)} templates, {len(KINDS)} document kinds, known-use line, chat prose line)"
        )
        print(f"shapes used: {len(used)}")
        print(f"origin groups used: {len(groups)} of {len(GROUPS)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        print(f"gate failures in final file: {sum(gate(d) is not None for d in docs)}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.relative_to(ROOT)} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
