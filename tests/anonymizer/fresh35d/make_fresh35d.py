"""Generate fresh35d: a blind corpus of municipal-archive and family-history texts (helper A4, round 29).

Usage: PYTHONPATH=. python tests/anonymizer/fresh35d/make_fresh35d.py [--check | --stats]
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
from names35d import GROUPS, KNOWN  # noqa: E402

_spec = importlib.util.spec_from_file_location("score35d", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 20261294
N_DOCS = 300
OUT = HERE / "fresh35d_texts.jsonl"
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

SHAPES: dict[str, object] = {}  # "doc:<name>" document kinds, "s:<name>" sentence shapes
BODY: list[str] = []


def shape(kind):
    def deco(fn):
        name = f"{kind}:{fn.__name__}"
        SHAPES[name] = fn
        if kind == "s":
            BODY.append(name)
        return fn

    return deco


MAANDEN = "januari februari maart april mei juni juli augustus september oktober november december".split()
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()
DAGEN = "maandag dinsdag woensdag donderdag vrijdag".split()
CITIES = [
    "Schiedam",
    "Zwolle",
    "Leeuwarden",
    "Deventer",
    "Dordrecht",
    "Haarlem",
    "Tilburg",
    "Groningen",
    "Arnhem",
    "Leiden",
    "Delft",
    "Maastricht",
    "Almelo",
    "Gouda",
    "Breda",
    "Nijmegen",
    "Venlo",
    "Zaandam",
]
ORIGIN_PLACES = [
    "Paramaribo",
    "Willemstad",
    "Nador",
    "Kayseri",
    "Ambon",
    "Kumasi",
    "Aleppo",
    "Asmara",
    "Gdańsk",
    "Mogadishu",
    "Guangzhou",
    "Surabaya",
    "Praia",
    "Sarajevo",
    "Erbil",
    "Palermo",
    "Nickerie",
    "Kraków",
]
ARCHIVES = ["Stadsarchief", "Regionaal Archief", "Historisch Centrum", "Gemeentearchief", "Streekarchief"]
DEPTS = [
    "afdeling Burgerzaken",
    "team Publieksdiensten",
    "afdeling Collecties",
    "team Studiezaal",
    "afdeling Informatiebeheer",
    "team Basisregistratie Personen",
    "afdeling Erfgoed",
]
FUNCS = [
    "archivaris",
    "studiezaalmedewerker",
    "medewerker burgerzaken",
    "informatiespecialist",
    "genealogisch adviseur",
    "teamleider",
    "inspecteur archiefbeheer",
    "conservator",
]
STREET_A = "Linde Karmelieten Tol Vlas Turf Kalver Bagijnen Hout Lakenblekers Zijdewinde Koornmarkts Vischmarkt Ketel Spoor Noorder Wester".split()
STREET_B = "gracht straat steeg kade laan weg singel dijk hof pad".split()
DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "ziggo.nl",
    "kpnmail.nl",
    "outlook.com",
    "planet.nl",
    "xs4all.nl",
    "home.nl",
    "icloud.com",
    "live.nl",
    "caiway.nl",
    "telfort.nl",
]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
PLATE_L = "BDFGHJKLNPRSTVXZ"


def ascii_(s):
    return (
        "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
        .replace("ı", "i")
        .replace("ł", "l")
    )


class P:
    def __init__(self, first, sur, group):
        self.first, self.sur, self.group = first, sur, group

    @property
    def full(self):
        return f"{self.first} {self.sur}"

    @property
    def bare(self):
        return self.sur[0].upper() + self.sur[1:]


def make_surname(r, group):
    _, pre, suf, parts = GROUPS[group]
    pre, suf = pre.split(), suf.split()
    core = r.choice(pre) + (r.choice(suf) if suf else "")
    if group == "Dutch":
        return r.choice(parts) + " " + core
    if parts and r.random() < 0.6:
        p = r.choice(parts)
        return p + core if p.endswith("-") else f"{p} {core}"
    return core


def make_first(r, group):
    return r.choice(GROUPS[group][0].split())


class B:
    """Document builder: collects text pieces, pii items and keep words."""

    def __init__(self, r, known):
        self.r, self.pii, self.keeps, self.used = r, [], [], []
        self.people = []
        self.known = None
        self.archive = r.choice(ARCHIVES)
        self.city = r.choice(CITIES)
        g = r.choice(list(GROUPS))
        if known:
            sur, sent = r.choice(KNOWN)
            self.known = (sur, sent)
            g = r.choice(["Dutch", "Frisian", "Moroccan", "Surinamese Creole", "Moluccan", "Polish", "Indonesian"])
            self.R = P(make_first(r, g), sur, g)
        else:
            self.R = P(make_first(r, g), make_surname(r, g), g)
        self.people.append(self.R)
        self._rel = self._anc = self._nb = self._off = self._med = None

    # people -------------------------------------------------------------------------------------
    def _new(self, group=None, sur=None):
        r = self.r
        for _ in range(20):
            g = group or r.choice(list(GROUPS))
            p = P(make_first(r, g), sur or make_surname(r, g), g)
            if all(p.first != q.first and (sur or p.sur != q.sur) for q in self.people):
                self.people.append(p)
                return p
        self.people.append(p)
        return p

    @property
    def rel(self):
        if not self._rel:
            self._rel = self._new(self.R.group, self.R.sur)
        return self._rel

    @property
    def anc(self):
        if not self._anc:
            self._anc = self._new(self.R.group, self.R.sur)
        return self._anc

    @property
    def nb(self):
        if not self._nb:
            self._nb = self._new()
        return self._nb

    @property
    def off(self):
        if not self._off:
            self._off = self._new()
            self._off.func = self.r.choice(FUNCS)
            self._off.dept = self.r.choice(DEPTS)
        return self._off

    @property
    def med(self):
        if not self._med:
            self._med = self._new()
        return self._med

    # items --------------------------------------------------------------------------------------
    def p(self, text, label):
        if not any(i["text"] == text and i["label"] == label for i in self.pii):
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, word):
        if word not in self.keeps:
            self.keeps.append(word)
        return word

    def full(self, x):
        return self.p(x.full, "PERSON")

    def bare(self, x):
        return self.p(x.bare, "PERSON")

    def first(self, x):
        return self.p(x.first, "PERSON")

    def initial(self, x):
        return self.p(f"{x.first[0]}. {x.sur}", "PERSON")

    def upper(self, x):
        return self.p(x.sur.upper(), "PERSON")

    def slug(self, x):
        return self.p(re.sub(r"[^a-z]", "", ascii_(x.sur).lower()), "PERSON")

    def poss(self, x):
        s = x.bare + ("'" if x.bare[-1] in "sxz" else "'s")
        return self.p(s, "PERSON")

    def email(self, x, domain=None):
        r = self.r
        f, s = ascii_(x.first).lower().split("-")[0], re.sub(r"[^a-z]", "", ascii_(x.sur).lower())
        local = r.choice([f"{f}.{s}", f"{f[0]}{s}{r.randint(40, 99)}", f"{s}.{f}", f"{f}_{s}", f"{f[0]}.{s}"])
        return self.p(f"{local}@{domain or r.choice(DOMAINS)}", "EMAIL")

    def off_email(self):
        dom = re.sub(r"\s", "", self.archive.lower()) + "-" + self.city.lower() + ".nl"
        return self.email(self.off, dom)

    def phone(self):
        r = self.r
        d = [r.randint(0, 9) for _ in range(8)]
        ds = "".join(map(str, d))
        if r.random() < 0.6:
            s = r.choice(
                [
                    f"06-{ds}",
                    f"06 {ds[:2]} {ds[2:4]} {ds[4:6]} {ds[6:]}",
                    f"+31 6 {ds[:4]} {ds[4:]}",
                    f"0031 6 {ds}",
                    f"(06) {ds[:4]}-{ds[4:]}",
                    f"06{ds}",
                ]
            )
        else:
            area = r.choice(["010", "015", "020", "023", "038", "050", "058", "071", "073", "076"])
            s7 = ds[:7]
            s = r.choice(
                [
                    f"{area}-{s7}",
                    f"({area}) {s7[:3]} {s7[3:5]} {s7[5:]}",
                    f"+31 {area[1:]} {s7}",
                    f"{area} - {s7[:3]} {s7[3:]}",
                ]
            )
        return self.p(s, "PHONE")

    def street(self):
        return self.r.choice(STREET_A) + self.r.choice(STREET_B)

    def addr(self, alone=False):
        r = self.r
        st = self.street()
        if alone:
            return self.p(st, "ADDRESS")
        n = r.randint(1, 240)
        num = r.choice([str(n), f"{n}{r.choice('abc')}", f"{n}-{r.randint(1, 3)}", f"{n} bis", f"{n}-hs", f"{n}A"])
        return self.p(f"{st} {num}", "ADDRESS")

    def postcode(self):
        r = self.r
        while True:
            lt = r.choice(PLATE_L) + r.choice("ABCEGHJKLMNPRTVWXZ")
            if lt not in ("SA", "SD", "SS"):
                break
        return self.p(f"{r.randint(1011, 9999)}{r.choice([' ', ' ', ''])}{lt}", "POSTCODE")

    def bsn(self):
        r = self.r
        while True:
            d = [r.randint(0, 9) for _ in range(8)]
            if d[0] == 0:
                continue
            s = sum(x * (9 - i) for i, x in enumerate(d)) % 11
            if s < 10:
                d.append(s)
                break
        t = "".join(map(str, d))
        t = r.choice([t, t, f"{t[:4]}.{t[4:6]}.{t[6:]}", f"{t[:3]} {t[3:6]} {t[6:]}"])
        return self.p(t, "BSN")

    def iban(self):
        r = self.r
        bank = r.choice(BANKS)
        acct = "".join(str(r.randint(0, 9)) for _ in range(10))
        num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
        cd = 98 - int(num) % 97
        s = f"NL{cd:02d}{bank}{acct}"
        if r.random() < 0.6:
            s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        return self.p(s, "IBAN")

    def plate(self):
        r = self.r
        L = lambda n: "".join(r.choice(PLATE_L) for _ in range(n))
        D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        s = r.choice(
            [
                f"{L(2)}-{D(3)}-{L(1)}",
                f"{D(1)}-{L(3)}-{D(2)}",
                f"{L(1)}-{D(3)}-{L(2)}",
                f"{D(2)}-{L(3)}-{D(1)}",
                f"{L(3)}-{D(2)}-{L(1)}",
                f"{D(1)}-{L(2)}-{D(3)}",
            ]
        )
        return self.p(s, "LICENSE_PLATE")

    def case(self):
        r = self.r
        n = r.randint(1000, 99999)
        yy = r.choice([24, 25, 26])
        s = r.choice(
            [
                f"SA-20{yy}-{n:05d}",
                f"ARCH/{yy}/{n % 10000:04d}",
                f"VGO-{n:06d}",
                f"BRP-H {n % 10000:04d}/{yy}",
                f"Z{yy}.{n:05d}",
                f"{yy}-AFS-{n % 10000:04d}",
                f"STZ{yy}{n:05d}",
                f"GEN-{yy}-{n % 1000:03d}-{r.choice('KLMR')}",
            ]
        )
        return self.p(s, "CASE_NUMBER")

    def dob(self, y0=1925, y1=1995):
        r = self.r
        y, m, d = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
        s = r.choice(
            [
                f"{d} {MAANDEN[m - 1]} {y}",
                f"{d:02d}-{m:02d}-{y}",
                f"{d}-{m}-{y}",
                f"{d:02d}/{m:02d}/{y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d}.{m}.{y}",
                f"{d}-{ROMAN[m - 1]}-{y}",
                f"{d} {MAANDEN[m - 1][:3]}{'.' if m != 5 else ''} {y}",
                f"{d:02d}.{m:02d}.{y}",
            ]
        )
        return self.p(s, "DATE_OF_BIRTH")

    def dob_cued(self, y0=1925, y1=1995):
        c = self.r.choice(
            ["geboren op {}", "geb. {}", "geboortedatum {}", "* {}", "(° {})", "geboren {}", "geb.datum: {}"]
        )
        return c.format(self.dob(y0, y1))

    def date(self):
        r = self.r
        m = r.randint(1, 12)
        return f"{r.randint(1, 28)} {self.k(MAANDEN[m - 1])} 2026"

    def day(self):
        return self.k(self.r.choice(DAGEN))

    def pick(self, *opts):
        return self.r.choice(opts)


# ============================ sentence shapes ============================
@shape("s")
def birth_extract(b):
    return (
        f"Ik vraag een {b.k('uittreksel')} aan uit de {b.k('geboorteakte')} van mijn grootmoeder "
        f"{b.full(b.anc)}, {b.dob_cued(1890, 1935)}."
    )


@shape("s")
def population_card(b):
    return (
        f"Graag ontvang ik een kopie van de {b.k('persoonskaart')} van {b.full(b.anc)}; volgens de familie woonde "
        f"{b.pick('zij', 'hij')} rond 1950 aan de {b.addr(alone=True)} in {b.k(b.city)}."
    )


@shape("s")
def family_card(b):
    return (
        f"Op de {b.k('gezinskaart')} staan ook {b.first(b.rel)} en een jongere broer; kunt u nagaan of het "
        f"adres {b.addr()} klopt?"
    )


@shape("s")
def reading_room(b):
    return (
        f"Ik wil graag op {b.day()} {b.date()} een plaats in de {b.k('studiezaal')} reserveren om de "
        f"{b.k('notariële')} archieven in te zien."
    )


@shape("s")
def reading_room_car(b):
    return f"Ik kom met de auto ({b.plate()}); mag ik op het terrein van het {b.k(b.archive)} parkeren?"


@shape("s")
def inheritance(b):
    return (
        f"In het kader van een {b.k('erfgenamenonderzoek')} zoeken wij nakomelingen van {b.full(b.anc)}, "
        f"overleden in {b.k(b.city)}."
    )


@shape("s")
def notary(b):
    return (
        f"Het {b.k('notariskantoor')} vraagt of {b.bare(b.anc)} kinderen had uit een eerder huwelijk; "
        f"ons {b.k('kenmerk')} is {b.case()}."
    )


@shape("s")
def adoption(b):
    return (
        f"Ik ben in {b.k(b.r.choice(ORIGIN_PLACES))} geboren en als baby geadopteerd; mijn geboortedatum is "
        f"{b.dob(1960, 1995)} en ik zoek mijn biologische moeder."
    )


@shape("s")
def adoption_name(b):
    return f"Mijn {b.k('afstammingsgegevens')} noemen een moeder met de naam {b.full(b.rel)}, maar verder niets."


@shape("s")
def correction(b):
    return (
        f"In de {b.k('huwelijksakte')} is de naam van mijn vader verkeerd gespeld: er staat {b.upper(b.anc)} in "
        f"plaats van {b.bare(b.anc)}."
    )


@shape("s")
def correction_dob(b):
    return f"Ook de {b.k('geboortedatum')} in de {b.k('akte')} is fout; de juiste datum is {b.dob(1900, 1960)}."


@shape("s")
def deceased(b):
    return (
        f"Mijn oom {b.full(b.anc)} is in 1978 overleden; ik zoek zijn {b.k('overlijdensakte')} en de plek van het graf."
    )


@shape("s")
def grave_rights(b):
    return f"De {b.k('grafrechten')} op {b.k('begraafplaats')} Oud Eik staan nog op naam van {b.initial(b.anc)}."


@shape("s")
def contact_line(b):
    return f"U kunt mij bereiken op {b.phone()} of via {b.email(b.R)}."


@shape("s")
def address_line(b):
    return f"Mijn {b.k('postadres')}: {b.addr()}, {b.postcode()} {b.k(b.city)}."


@shape("s")
def fee_iban(b):
    return (
        f"De {b.k('leges')} van € {b.r.randint(8, 40)},{b.pick('00', '50', '25')} heb ik overgemaakt vanaf "
        f"{b.iban()} ten name van {b.initial(b.R)}."
    )


@shape("s")
def refund(b):
    return f"Wilt u het te veel betaalde {b.k('bedrag')} terugstorten op rekening {b.iban()}?"


@shape("s")
def bsn_ask(b):
    return f"Voor de aanvraag van een {b.k('afschrift')} uit de {b.k('basisregistratie')} geef ik mijn BSN: {b.bsn()}."


@shape("s")
def neighbour_witness(b):
    return f"Een oude buurvrouw, {b.full(b.nb)} van de {b.addr(alone=True)}, herinnert zich de familie nog goed."


@shape("s")
def neighbour_phone(b):
    return f"{b.k('Zij')} wil best vertellen wat zij weet; haar nummer is {b.phone()}."


@shape("s")
def war_archive(b):
    return (
        f"Mijn grootvader {b.full(b.anc)} werkte in de {b.k('oorlog')} in Duitsland; staat hij in het "
        f"{b.k('registratiesysteem')} van de {b.k('Arbeitseinsatz')}?"
    )


@shape("s")
def naturalisation(b):
    return (
        f"Mijn vader {b.full(b.anc)} is genaturaliseerd; het {b.k('naturalisatiebesluit')} zou in het "
        f"{b.k('Staatsblad')} moeten staan."
    )


@shape("s")
def origin_kin(b):
    return (
        f"De familie {b.bare(b.R)} kwam uit {b.k(b.r.choice(ORIGIN_PLACES))} en vestigde zich na 1960 in {b.k(b.city)}."
    )


@shape("s")
def scan_order(b):
    return (
        f"Via {b.k('Scannen')} op verzoek wil ik het {b.k('inventarisnummer')} {b.r.randint(100, 2999)} laten "
        f"digitaliseren."
    )


@shape("s")
def file_name(b):
    return (
        f"In de bijlage zit de scan akte-{b.slug(b.anc)}-{b.r.randint(1890, 1960)}.pdf; die is helaas "
        f"{b.k('onleesbaar')}."
    )


@shape("s")
def heading_caps(b):
    return f"{b.k('DOSSIER')} {b.upper(b.R)} – {b.k('ERFGENAMEN')}."


@shape("s")
def possessive(b):
    return f"{b.poss(b.anc)} {b.k('trouwboekje')} is bij een verhuizing zoekgeraakt."


@shape("s")
def restricted(b):
    return (
        f"Het dossier valt onder een {b.k('openbaarheidsbeperking')} tot 2031; u kunt {b.k('inzage')} aanvragen "
        f"met het {b.k('formulier')} op de website."
    )


@shape("s")
def archivist_answer(b):
    return (
        f"De {b.k(b.off.func)} {b.full(b.off)} ({b.k(b.off.dept.split()[1])}) heeft de {b.k('doop-')} en "
        f"{b.k('trouwboeken')} doorzocht."
    )


@shape("s")
def archivist_found(b):
    return (
        f"Wij vonden {b.bare(b.anc)} in het {b.k('bevolkingsregister')} van 1920–1939, {b.k('deel')} "
        f"{b.r.randint(3, 41)}, folio {b.r.randint(10, 300)}."
    )


@shape("s")
def archivist_none(b):
    return (
        f"Helaas is er geen {b.k('vermelding')} gevonden van {b.full(b.rel)} in de {b.k('registers')} "
        f"van {b.k(b.city)}."
    )


@shape("s")
def archivist_direct(b):
    return f"Voor vragen kunt u {b.first(b.off)} rechtstreeks mailen via {b.off_email()}."


@shape("s")
def mediator(b):
    return (
        f"{b.k('Bemiddelaar')} {b.full(b.med)} heeft met beide takken van de familie gesproken over de verdeling "
        f"van de {b.k('familiepapieren')}."
    )


@shape("s")
def mediator_bare(b):
    return f"Volgens {b.bare(b.med)} is een gezamenlijke {b.k('aanvraag')} de snelste route."


@shape("s")
def tree_forum(b):
    return (
        f"Wie heeft {b.full(b.anc)} ({b.dob(1850, 1920)}) in zijn {b.k('stamboom')}? Ik kom niet verder dan "
        f"de {b.k('volkstelling')}."
    )


@shape("s")
def tree_generation(b):
    return (
        f"{b.k('Generatie')} {b.pick('II', 'III', 'IV')}: {b.full(b.rel)}, {b.dob_cued(1880, 1930)}, "
        f"tr. {b.r.randint(1900, 1955)} te {b.k(b.city)}."
    )


@shape("s")
def dob_bare_list(b):
    return f"Naam: {b.full(b.R)} | {b.dob(1940, 1990)} | {b.k(b.city)}"


@shape("s")
def case_ref(b):
    return f"{b.k('Zaaknummer')}: {b.case()} ({b.k('genealogie')})."


@shape("s")
def case_reply(b):
    return f"Wilt u bij verdere correspondentie het {b.k('dossiernummer')} {b.case()} vermelden?"


@shape("s")
def delay(b):
    return f"Ik wacht al sinds {b.date()} op antwoord, terwijl de {b.k('termijn')} vier weken is."


@shape("s")
def generic_contact(b):
    return (
        f"Algemene vragen: {b.k('info@archief' + b.city.lower() + '.nl')} of 14 0{b.r.randint(10, 99)} "
        f"({b.k('werkdagen')})."
    )


@shape("s")
def opening_hours(b):
    return (
        f"De {b.k('studiezaal')} is open van {b.day()} tot en met zaterdag; op feestdagen is het "
        f"{b.k(b.archive)} gesloten."
    )


@shape("s")
def chat_short(b):
    return f"hoi, ik ben {b.first(b.R)} en mn overgrootvader heette {b.full(b.anc)} – wie helpt? ({b.k('dringend')})"


@shape("s")
def volunteer(b):
    return (
        f"Als {b.k('vrijwilliger')} bij het {b.k('transcriptieproject')} kwam ik de naam {b.full(b.anc)} tegen "
        f"in een {b.k('doopregister')}."
    )


@shape("s")
def volunteer_mail(b):
    return f"Mijn {b.k('coördinator')} is {b.full(b.nb)} ({b.email(b.nb)})."


@shape("s")
def religious(b):
    return (
        f"Volgens het {b.k('lidmatenregister')} van de {b.k('Hervormde')} gemeente is {b.first(b.anc)} in "
        f"{b.r.randint(1890, 1930)} belijdenis gedaan."
    )


@shape("s")
def migration(b):
    return f"In het {b.k('vreemdelingenregister')} staat {b.full(b.anc)} ingeschreven met verblijfsadres {b.addr()}."


@shape("s")
def guest_worker(b):
    return (
        f"Hij kwam in {b.r.randint(1962, 1974)} als {b.k('gastarbeider')} naar {b.k(b.city)} en woonde eerst in "
        f"een {b.k('pension')} aan de {b.addr(alone=True)}."
    )


@shape("s")
def ship(b):
    return f"Mijn grootmoeder {b.full(b.anc)} kwam in 1958 met de Johan van Oldenbarnevelt aan in {b.k('Amsterdam')}."


@shape("s")
def dna(b):
    return f"Na een {b.k('DNA-test')} vond ik een halfzus, {b.full(b.rel)}, die in {b.k(b.city)} woont."


@shape("s")
def proxy(b):
    return (
        f"Ik schrijf namens mijn moeder {b.full(b.rel)} ({b.dob_cued(1930, 1955)}), die zelf niet meer kan "
        f"{b.k('typen')}."
    )


@shape("s")
def proxy_consent(b):
    return f"Een {b.k('machtiging')} van {b.bare(b.rel)} stuur ik als bijlage mee."


@shape("s")
def reply_official_sign(b):
    return (
        f"Met vriendelijke groet,\n{b.full(b.off)}\n{b.k(b.off.func.capitalize())}, {b.k(b.off.dept.split()[1])}\n"
        f"{b.k(b.archive)} {b.k(b.city)}"
    )


@shape("s")
def phone_note(b):
    return (
        f"{b.k('Telefoonnotitie')} {b.date()}: {b.bare(b.R)} belde over de {b.k('inschrijving')} van "
        f"{b.first(b.rel)}; terugbellen op {b.phone()}."
    )


@shape("s")
def log_line(b):
    return f"[{b.date()}] {b.k('status')}: in behandeling bij {b.initial(b.off)} – {b.case()}"


@shape("s")
def table_row(b):
    return f"{b.case()} | {b.full(b.R)} | {b.k('persoonslijst')} | {b.k('afgehandeld')}"


@shape("s")
def whatsapp(b):
    return f"{b.first(b.rel)}: heb je de {b.k('akten')} al? {b.first(b.R)}: nee, morgen bellen met het {b.k(b.archive)}"


@shape("s")
def photo(b):
    return (
        f"Op de {b.k('foto')} uit de {b.k('beeldbank')} staat het huis aan de {b.addr()}; daar woonde {b.full(b.anc)}."
    )


@shape("s")
def address_history(b):
    return f"Eerdere adressen: {b.addr()} en {b.addr()}, beide in {b.k(b.city)}."


@shape("s")
def name_change(b):
    return (
        f"Bij de {b.k('naamswijziging')} in 1982 werd de achternaam {b.bare(b.R)} aangenomen; daarvoor stond "
        f"{b.first(b.R)} anders ingeschreven."
    )


@shape("s")
def colonial(b):
    return f"Het {b.k('slavenregister')} vermeldt een voorouder; de familienaam {b.bare(b.R)} komt pas na 1863 voor."


@shape("s")
def indies(b):
    return f"In de {b.k('Indische')} archieven zoek ik naar {b.full(b.anc)}, {b.dob_cued(1900, 1940)}."


@shape("s")
def foreign_record(b):
    return f"De {b.k('buitenlandse')} akte van {b.first(b.rel)} is vertaald door een {b.k('beëdigd')} vertaler."


@shape("s")
def legalisation(b):
    return f"Is een {b.k('apostille')} nodig voor het uittreksel van {b.full(b.rel)}?"


@shape("s")
def estate_bank(b):
    return f"Uit de {b.k('nalatenschap')} van {b.full(b.anc)} staat nog een saldo op {b.iban()}."


@shape("s")
def bsn_deceased(b):
    return f"Het BSN van de overledene, {b.bsn()}, staat op de {b.k('verklaring')} van erfrecht."


@shape("s")
def email_signoff(b):
    return f"Groet,\n{b.full(b.R)}\n{b.email(b.R)}"


@shape("s")
def mixed_case(b):
    form = b.p(b.R.sur.lower(), "PERSON") if " " not in b.R.sur else b.upper(b.R)
    return f"{b.k('Vraag')} van {b.full(b.R)}: in de index staat de naam als {form}."


@shape("s")
def handle(b):
    h = "@" + re.sub(r"[^a-z]", "", ascii_(b.R.first).lower()) + "_" + re.sub(r"[^a-z]", "", ascii_(b.R.sur).lower())
    b.p(h[1:], "PERSON")
    return f"Op het {b.k('forum')} heet ik {h}; daar staan mijn {b.k('bronnen')}."


@shape("s")
def grave_photo(b):
    return (
        f"De {b.k('grafsteen')} van {b.full(b.anc)} ({b.dob(1880, 1930)} – {b.r.randint(1950, 1999)}) is "
        f"{b.k('verweerd')}."
    )


@shape("s")
def archivist_copy(b):
    return (
        f"Een {b.k('gewaarmerkte')} kopie kost € {b.r.randint(10, 25)},50 en wordt binnen tien {b.k('werkdagen')} "
        f"verstuurd naar {b.addr()}, {b.postcode()}."
    )


@shape("s")
def court(b):
    return (
        f"Het {b.k('vonnis')} van de {b.k('arrondissementsrechtbank')} over de erkenning van {b.first(b.rel)} "
        f"moet in de {b.k('kantlijn')} worden bijgeschreven."
    )


@shape("s")
def marginal(b):
    return f"De {b.k('kantmelding')} bij de geboorteakte van {b.full(b.R)} ontbreekt nog."


# ============================ document kinds ============================
def body(b, n):
    picks = b.r.sample(
        [s for s in BODY if s not in b.used and s not in ("s:mediator", "s:reply_official_sign", "s:table_row")], n
    )
    b.used += picks
    return [SHAPES[s](b) for s in picks]


def known_line(b):
    if b.known:
        sur, sent = b.known
        b.k(sur.lower())
        b.used.append("s:known_ordinary")
        return [
            sent,
            f"{b.pick('Mevrouw', 'De heer', 'Familie')} {b.bare(b.R)} {b.pick('heeft het verzoek ingediend.', 'wacht op antwoord.', 'stuurt aanvullende stukken.')}",
        ]
    return []


@shape("doc")
def email_request(b):
    parts = (
        [
            f"{b.k('Onderwerp')}: {b.k('verzoek')} {b.k('uittreksel')}",
            f"Beste medewerker van het {b.k(b.archive)},",
            f"Mijn naam is {b.full(b.R)}.",
        ]
        + body(b, 3)
        + known_line(b)
        + [f"Met vriendelijke groet,\n{b.full(b.R)}"]
    )
    return "\n".join(parts)


@shape("doc")
def booking_form(b):
    rows = [
        f"{b.k('Reserveringsformulier')} {b.k('studiezaal')} – {b.k(b.archive)}",
        f"Naam bezoeker: {b.full(b.R)}",
        f"E-mail: {b.email(b.R)}",
        f"Telefoon: {b.phone()}",
        f"Datum bezoek: {b.day()} {b.date()}",
        f"{b.k('Onderzoeksonderwerp')}: " + " ".join(body(b, 2)),
    ] + known_line(b)
    return "\n".join(rows)


@shape("doc")
def archivist_letter(b):
    parts = (
        [
            f"Geachte {b.pick('mevrouw', 'heer')} {b.bare(b.R)},",
            f"{b.k('Naar')} aanleiding van uw verzoek van {b.date()} ({b.case()}) laten wij u het volgende weten.",
        ]
        + body(b, 3)
        + known_line(b)
        + [SHAPES["s:reply_official_sign"](b)]
    )
    b.used.append("s:reply_official_sign")
    return "\n\n".join(parts)


@shape("doc")
def inheritance_report(b):
    parts = (
        [
            f"{b.k('Rapport')} {b.k('erfgenamenonderzoek')}",
            f"{b.k('Erflater')}: {b.full(b.anc)}, {b.dob_cued(1920, 1950)}",
        ]
        + body(b, 3)
        + known_line(b)
    )
    return "\n".join(parts)


@shape("doc")
def adoption_search(b):
    parts = (
        [f"{b.k('Afstammingsonderzoek')} – {b.k('vertrouwelijk')}", f"Aanvrager: {b.full(b.R)}"]
        + body(b, 3)
        + known_line(b)
    )
    return " ".join(parts)


@shape("doc")
def correction_request(b):
    parts = (
        [
            f"{b.k('Verzoek')} tot {b.k('verbetering')} van een oude akte",
            f"Ondergetekende, {b.full(b.R)}, wonende {b.addr()} te {b.k(b.city)}, verzoekt het volgende.",
        ]
        + body(b, 3)
        + known_line(b)
    )
    return "\n".join(parts)


@shape("doc")
def forum_post(b):
    parts = (
        [f"[{b.k('Stamboomforum')}] {b.k('Zoekvraag')}", f"Gepost door {b.first(b.R)}{b.r.randint(50, 99)}:"]
        + body(b, 3)
        + known_line(b)
    )
    b.p(f"{b.R.first}{parts[1].split(':')[0][-2:]}", "PERSON")
    return "\n".join(parts)


@shape("doc")
def chat_transcript(b):
    lines = [
        f"{b.k('Chat')} {b.k('Klantcontactcentrum')}",
        f"{b.first(b.off)} ({b.k('archief')}): Goedemiddag, waarmee kan ik helpen?",
    ]
    lines += [f"{b.first(b.R)}: {s}" for s in body(b, 3)] + [f"{b.first(b.R)}: {s}" for s in known_line(b)]
    return "\n".join(lines)


@shape("doc")
def dossier_log(b):
    lines = (
        [f"{b.k('Dossieroverzicht')} {b.case()}"] + [f"- {s}" for s in body(b, 4)] + [f"- {s}" for s in known_line(b)]
    )
    return "\n".join(lines)


@shape("doc")
def phone_memo(b):
    parts = (
        [f"{b.k('Gespreksverslag')} {b.k('telefonisch')} {b.k('contact')}", f"Beller: {b.full(b.R)}, {b.phone()}"]
        + body(b, 3)
        + known_line(b)
    )
    return "\n".join(parts)


@shape("doc")
def complaint(b):
    parts = (
        [f"{b.k('Klacht')} over de {b.k('behandelduur')}", f"Van: {b.full(b.R)} <{b.email(b.R)}>"]
        + body(b, 3)
        + known_line(b)
    )
    return "\n".join(parts)


@shape("doc")
def mediation_summary(b):
    parts = (
        [f"{b.k('Verslag')} {b.k('bemiddeling')} familiearchief", SHAPES["s:mediator"](b)] + body(b, 3) + known_line(b)
    )
    b.used.append("s:mediator")
    return " ".join(parts)


@shape("doc")
def newsletter_question(b):
    parts = (
        [
            f"{b.k('Nieuwsbrief')} {b.k('Genealogische')} {b.k('Vereniging')} – {b.k('rubriek')} Wie weet het?",
            f"{b.full(b.R)} uit {b.k(b.city)} vraagt:",
        ]
        + body(b, 3)
        + known_line(b)
    )
    return "\n".join(parts)


@shape("doc")
def ticket_table(b):
    rows = [f"{b.k('Zaak')} | {b.k('Aanvrager')} | {b.k('Product')} | {b.k('Status')}", SHAPES["s:table_row"](b)]
    b.used.append("s:table_row")
    rows += [f"{b.k('Opmerking')}: " + " ".join(body(b, 2) + known_line(b))]
    return "\n".join(rows)


@shape("doc")
def scan_order_doc(b):
    parts = (
        [
            f"{b.k('Bestelling')} {b.k('scans')} #{b.r.randint(10000, 99999)}",
            f"Klant: {b.initial(b.R)}, {b.addr()}, {b.postcode()} {b.k(b.city)}",
        ]
        + body(b, 3)
        + known_line(b)
    )
    return "\n".join(parts)


@shape("doc")
def short_message(b):
    return " ".join(body(b, 2) + known_line(b) + [f"– {b.first(b.R)}"])


@shape("doc")
def grave_request(b):
    parts = (
        [
            f"{b.k('Aanvraag')} {b.k('verlenging')} {b.k('grafrechten')}",
            f"Rechthebbende: {b.full(b.R)}, {b.dob_cued(1940, 1980)}",
        ]
        + body(b, 3)
        + known_line(b)
    )
    return "\n".join(parts)


@shape("doc")
def restricted_inspection(b):
    parts = (
        [
            f"{b.k('Verzoek')} om {b.k('inzage')} in {b.k('beperkt')} openbare stukken",
            f"Ik, {b.full(b.R)}, {b.k('kleinkind')} van {b.full(b.anc)}, vraag toegang tot het dossier.",
        ]
        + body(b, 3)
        + known_line(b)
    )
    return " ".join(parts)


@shape("doc")
def volunteer_report(b):
    parts = (
        [f"{b.k('Weekrapport')} {b.k('vrijwilligers')}", f"Ingevoerd door {b.full(b.R)}:"] + body(b, 3) + known_line(b)
    )
    return "\n".join(parts)


@shape("doc")
def naturalisation_request(b):
    parts = (
        [
            f"{b.k('Aanvraag')} {b.k('naturalisatiedossier')}",
            f"{b.k('Betreft')}: {b.full(b.anc)}, {b.dob(1920, 1960)}, afkomstig uit {b.k(b.r.choice(ORIGIN_PLACES))}",
        ]
        + body(b, 3)
        + known_line(b)
    )
    return "\n".join(parts)


DOCS = [n for n in SHAPES if n.startswith("doc:")]
SHAPES["s:known_ordinary"] = None
SHAPES["s:mixed_case"] = SHAPES["s:mixed_case"]


# ============================ gate ============================
def _eleven(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def _mod97(s):
    t = s.replace(" ", "").upper()
    t = t[4:] + t[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def _words(s):
    return {w for w in re.findall(r"[^\W\d_]+", s.lower()) if w not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not _eleven(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not _mod97(it["text"]):
            return f"iban {it['text']}"
    text = doc["text"]
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keeps"
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= _words(n)
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            name_words |= _words(it["text"])
    for k in doc["keep"]:
        shared = _words(k) & name_words
        if shared and not (
            k == k.lower() and shared <= known_words and re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text)
        ):
            return f"keep {k} shares a name word"
    return None


# ============================ build ============================
def make_doc(i, r):
    b = B(r, known=(i % 4 == 1))
    kind = r.choice(DOCS)
    text = SHAPES[kind](b)
    b.used.insert(0, kind)
    doc = {"id": f"fresh35d-{i:04d}", "text": text, "pii": b.pii, "keep": b.keeps}
    if b.known:
        kn = {"names": [b.R.full]}
        em = [
            x["text"]
            for x in b.pii
            if x["label"] == "EMAIL"
            and x["text"].split("@")[0].endswith(re.sub(r"[^a-z]", "", ascii_(b.R.sur).lower()))
        ]
        if em:
            kn["emails"] = em[:1]
        doc["known"] = kn
        if b.R.full not in text:
            return doc, b.used, "known name not written in full"
    return doc, b.used, None


def generate():
    docs, used, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        attempt = 0
        r = random.Random(f"{SEED}-{i}")
        while True:
            doc, u, why = make_doc(i, r)
            why = why or gate(doc)
            if why is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 200:
                raise SystemExit(f"{doc['id']}: cannot pass gate: {why}")
            r = random.Random(f"{SEED}-{i}-{attempt}")
        docs.append(doc)
        used.update(set(u))
    return docs, used, redraws


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, used, redraws = generate()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == dump(docs)
        print("fresh35d_texts.jsonl is up to date" if same else "fresh35d_texts.jsonl differs")
        return 0 if same else 1
    if "--stats" in argv:
        lab = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for L in LABELS:
            print(f"  {L:15s} {lab[L]}")
        print(f"pii items: {sum(lab.values())}, keep words: {sum(len(d['keep']) for d in docs)}")
        n_doc = sum(1 for s in SHAPES if s.startswith("doc:"))
        n_s = sum(1 for s in SHAPES if s.startswith("s:"))
        print(f"shapes registered: {len(SHAPES)} ({n_doc} document kinds, {n_s} sentence shapes); used: {len(used)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"origin groups: {len(GROUPS)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(dump(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
