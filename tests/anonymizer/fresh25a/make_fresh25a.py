"""Generator of the blind corpus fresh25a: petitions and signature lists, citizens' initiatives, right-to-challenge
proposals, inspraak at council and committee meetings, griffie letters, motions, referendum requests, collected
reactions and press quotes.

Usage (from the worktree root, PYTHONPATH=.):
    python tests/anonymizer/fresh25a/make_fresh25a.py            write fresh25a_texts.jsonl
    python tests/anonymizer/fresh25a/make_fresh25a.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh25a/make_fresh25a.py --stats    counts per label, shapes, known names, redraws
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
import names25a as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("score25a", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked = _score.check_doc, _score.leaked

SEED = 202619101
NDOCS = 300
OUT = HERE / "fresh25a_texts.jsonl"
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

SHAPES: dict[str, str] = {}  # shape name -> kind (document / line / sentence)


def shape(kind):
    def deco(f):
        SHAPES[f.__name__] = kind
        return f

    return deco


PARTIES = [
    "GroenLinks-PvdA",
    "VVD",
    "D66",
    "CDA",
    "ChristenUnie",
    "SP",
    "PvdD",
    "Volt",
    "JA21",
    "Stadsbelang",
    "Lokaal Sterk",
    "BBB",
    "SGP",
    "Partij voor de Dieren",
]
COMMITTEES = [
    "commissie Ruimte",
    "commissie Bestuur en Middelen",
    "commissie Samenleving",
    "commissie Mobiliteit en Wonen",
    "Raadsinformatiebijeenkomst",
    "commissie Leefomgeving",
]
DEPTS = [
    "Ruimtelijke Ontwikkeling",
    "Openbare Ruimte",
    "Verkeer en Vervoer",
    "Wonen",
    "Sport en Cultuur",
    "Participatie",
    "Vergunningen",
    "Groenbeheer",
    "Stadsontwikkeling",
]
FUNCTIONS = [
    "beleidsmedewerker",
    "projectleider",
    "wijkregisseur",
    "griffier",
    "raadsadviseur",
    "omgevingsmanager",
    "communicatieadviseur",
    "wijkwethouder",
]
ORGS = [
    "de bewonersvereniging {w}",
    "het bewonerscomité {w}",
    "de huurdersvereniging {w}",
    "de werkgroep Groen {w}",
    "de ondernemersvereniging {w}",
    "Stichting Buurtkracht {w}",
    "de ouderraad van basisschool {w}",
    "het wijkplatform {w}",
]
WIJKEN = [
    "Oosterpark",
    "Zuiderhof",
    "Kruidenwijk",
    "De Vlinderbuurt",
    "Havenkwartier",
    "Stadshagen-Noord",
    "Het Zand",
    "Molenbuurt",
    "Schilderswijk-Oost",
    "De Weteringen",
    "Sterrenwijk",
    "Rivierenbuurt",
]
TOPICS = [
    ("de kap van veertig platanen", "bomenkap"),
    ("de komst van een windturbine", "windturbine"),
    ("het sluiten van het zwembad", "zwembad"),
    ("een hondenlosloopgebied", "hondenlosloopgebied"),
    ("betaald parkeren in de wijk", "parkeerregulering"),
    ("de verhuizing van de bibliotheek", "bibliotheek"),
    ("een opvanglocatie in de oude school", "opvanglocatie"),
    ("de verbreding van de ringweg", "ringweg"),
    ("het behoud van de speeltuin", "speeltuin"),
    ("een zonnepark op de polder", "zonnepark"),
    ("de herinrichting van het marktplein", "herinrichting"),
    ("snelheidsremmers bij de school", "verkeersveiligheid"),
    ("het verdwijnen van de bushalte", "bushalte"),
    ("een buurtmoestuin", "moestuin"),
]
CONCERNS = [
    "de verkeersdrukte al jaren toeneemt",
    "kinderen geen veilige plek meer hebben om te spelen",
    "de bewoners pas achteraf zijn geïnformeerd",
    "het participatietraject te laat is gestart",
    "de geluidsbelasting boven de norm komt",
    "ouderen de bushalte niet meer kunnen bereiken",
    "de parkeerdruk in de avond onhoudbaar is",
    "er geen alternatief is onderzocht",
    "de beloofde compensatie er nooit is gekomen",
    "het draagvlak in de buurt groot is",
]
QUESTIONS = [
    "de buurt betrokken is bij de variantenkeuze",
    "er een second opinion komt",
    "de indieners een vervolggesprek willen",
    "het college de petitie serieus neemt",
    "er een tijdelijke oplossing mogelijk is",
]


def date_str(r, year=2026):
    return f"{r.randint(1, 28)} {r.choice(N.MONTHS)} {year}"


def dkeep(d):
    """An ordinary date (kept: its month)."""
    s = date_str(d.r)
    d.k(s.split()[1])
    return s


class Doc:
    def __init__(self, r):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []
        self.lines: list[str] = []
        self.known = None
        self.ordinary = None
        self.emails: dict[int, list[str]] = {}

    # registration -------------------------------------------------------------------------------------------
    def p(self, text, label):
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, *words):
        for w in words:
            if w not in self.keep:
                self.keep.append(w)
        return words[0] if len(words) == 1 else words

    def use(self, name):
        assert name in SHAPES, name
        self.shapes.append(name)

    def add(self, line):
        self.lines.append(line)

    # persons ------------------------------------------------------------------------------------------------
    def full(self, pp):
        return self.p(pp.full, "PERSON")

    def sur(self, pp):
        return self.p(pp.sur, "PERSON")

    def titled(self, pp, formal=True):
        return f"{pp.title(self.r, formal)} {self.sur(pp)}"

    def init(self, pp):
        return self.p(f"{pp.initials(self.r)} {pp.sur_low}", "PERSON")

    def first(self, pp):
        return self.p(pp.first, "PERSON")

    def lower(self, pp):
        return self.p(pp.full.lower(), "PERSON")

    def caps(self, pp):
        return self.p(pp.full.upper(), "PERSON")

    def surfirst(self, pp):
        return self.p(f"{pp.last}, {pp.first}" + (f" {pp.particle}" if pp.particle else ""), "PERSON")

    def poss(self, word):
        if word[-1] in "aiouyé":
            w = word + "'s"
        elif word[-1] in "sxz":
            w = word + "'"
        else:
            w = word + "s"
        return self.p(w, "PERSON")

    def addr(self, lower=False):
        st, nr = N.street(self.r), N.housenr(self.r)
        s = f"{st} {nr}"
        if lower:
            s = s.lower()
        return self.p(s, "ADDRESS")

    def pc(self, style=None):
        return self.p(N.postcode(self.r, self.r.randrange(3) if style is None else style), "POSTCODE")

    def place(self):
        return self.k(self.r.choice(N.PLACES))

    def email(self, pp):
        e = self.p(N.email_for(self.r, pp), "EMAIL")
        self.emails.setdefault(id(pp), []).append(e)
        return e

    def phone(self):
        return self.p(N.phone(self.r), "PHONE")

    def dob(self):
        return self.p(N.dob(self.r), "DATE_OF_BIRTH")

    def case(self):
        return self.p(N.case_number(self.r), "CASE_NUMBER")

    def person(self):
        return N.make_person(self.r)

    def meeting(self):
        com = self.r.choice(COMMITTEES)
        wd = self.r.choice(N.WEEKDAYS[:4])
        dt = date_str(self.r)
        ap = f"{self.r.randint(2, 14)}" + self.r.choice(["", ".1", ".2", "a", "b"])
        self.k(com.split()[-1] if com.startswith("commissie") else com, wd, dt.split()[1])
        return com, wd, dt, ap


# ---------------------------------------------------------------------------------------------------------------
# line shapes: one signer on one line
# ---------------------------------------------------------------------------------------------------------------
@shape("line")
def sig_pipe(d, n, pp):
    return f"| {n} | {d.full(pp)} | {d.addr()} | {d.pc()} | {d.place()} |"


@shape("line")
def sig_surname_first(d, n, pp):
    return f"{n}. {d.surfirst(pp)} — {d.addr()}, {d.pc(0)} {d.place()}"


@shape("line")
def sig_initials(d, n, pp):
    return f"{n}) {d.init(pp)}, {d.addr()}"


@shape("line")
def sig_lower(d, n, pp):
    return f"{n} {d.lower(pp)}, {d.addr(lower=True)}, {d.pc(2)}"


@shape("line")
def sig_dob_cue(d, n, pp):
    cue = d.r.choice(["geb.", "geboren", "geb.datum", "°", "*"])
    return f"{n}. {d.full(pp)}, {d.addr()} ({cue} {d.dob()})"


@shape("line")
def sig_email(d, n, pp):
    return f"{n}. {d.full(pp)} <{d.email(pp)}> {d.pc()}"


@shape("line")
def sig_csv(d, n, pp):
    st = d.p(N.street(d.r), "ADDRESS")
    return f"{n};{d.first(pp)};{pp.particle or ''};{d.p(pp.last, 'PERSON')};{st};{N.housenr(d.r)};{d.pc(1)};ja"


@shape("line")
def sig_handwritten(d, n, pp):
    bad_first = d.p(N.typo(d.r, pp.first), "PERSON")
    bad_last = N.typo(d.r, pp.last)
    d.p(bad_last, "PERSON")
    tail = d.r.choice(["", " [paraaf]", " (handtekening onleesbaar)", " [doorgestreept]"])
    return f"{n}  {bad_first} {(pp.particle + ' ') if pp.particle else ''}{bad_last}  {d.addr()}{tail}"


@shape("line")
def sig_family(d, n, pp):
    rel = N.relative(d.r, pp)
    return f"{n}. fam. {d.sur(pp)} ({d.first(pp)} en {d.first(rel)}), {d.addr()}"


@shape("line")
def sig_tab(d, n, pp):
    signed = date_str(d.r)
    d.k(signed.split()[1])
    return f"{d.full(pp)}\t{d.addr()}\t{d.pc()}\t{signed}"


@shape("line")
def sig_caps(d, n, pp):
    st = N.street(d.r).upper()
    a = d.p(f"{st} {N.housenr(d.r).upper()}", "ADDRESS")
    return f"{n}. {d.caps(pp)}  {a}"


@shape("line")
def sig_postcode_first(d, n, pp):
    return f"{d.pc(0)} {d.place()}, {d.addr()} – {d.init(pp)}"


@shape("line")
def sig_online(d, n, pp):
    comment = d.r.choice(
        [
            "helemaal mee eens",
            "eindelijk!",
            "mijn kinderen spelen daar elke dag",
            "graag een echte oplossing",
            "ik woon er veertig jaar",
        ]
    )
    return f"#{n} {d.first(pp)} {pp.last[0]}. — ‘{comment}’"


@shape("line")
def sig_dob_nocue(d, n, pp):
    return f"{n}. {d.full(pp)}, {d.addr()}, {d.dob()}"


@shape("line")
def sig_email_only(d, n, pp):
    return f"{n}. {d.email(pp)} ({d.place()})"


@shape("line")
def sig_phone_bullet(d, n, pp):
    return f"- {d.titled(pp)}, tel. {d.phone()}"


@shape("line")
def sig_name_colon(d, n, pp):
    return f"Naam: {d.full(pp)}   Adres: {d.addr()}   Handtekening: {d.r.choice(['✓', 'x', '(getekend)'])}"


@shape("line")
def sig_caps_surname(d, n, pp):
    ini = pp.initials(d.r)
    s = d.p(pp.last.upper(), "PERSON")
    return f"{n}. {s}, {ini}{(' ' + pp.particle) if pp.particle else ''} ({d.place()}, {d.pc(0)})"


@shape("line")
def sig_married(d, n, pp):
    p2 = d.person()
    nm = d.p(f"{pp.first} {p2.last}-{pp.last}", "PERSON")
    return f"{n}. {nm}, {d.addr()}, tel. {d.phone()}"


SIG_LINES = [
    sig_pipe,
    sig_surname_first,
    sig_initials,
    sig_lower,
    sig_dob_cue,
    sig_email,
    sig_csv,
    sig_handwritten,
    sig_family,
    sig_tab,
    sig_caps,
    sig_postcode_first,
    sig_online,
    sig_dob_nocue,
    sig_email_only,
    sig_phone_bullet,
    sig_name_colon,
    sig_caps_surname,
    sig_married,
]
SIG_HEADERS = {
    sig_pipe: "| nr | naam | adres | postcode | plaats |",
    sig_csv: "nr;voornaam;tussenvoegsel;achternaam;straat;huisnr;postcode;akkoord",
    sig_tab: "Naam\tAdres\tPostcode\tDatum ondertekening",
}


def signer_block(d, count=None):
    r = d.r
    kinds = r.sample(SIG_LINES, r.choice([1, 2, 2, 3]))
    out = []
    n0 = r.randint(1, 380)
    for j in range(count or r.randint(3, 6)):
        f = kinds[j % len(kinds)]
        if j < len(kinds) and f in SIG_HEADERS:
            out.append(SIG_HEADERS[f])
        d.use(f.__name__)
        out.append(f(d, n0 + j, d.person()))
    return out


# ---------------------------------------------------------------------------------------------------------------
# sentence shapes
# ---------------------------------------------------------------------------------------------------------------
def cap(s):
    return s[0].upper() + s[1:]


def hz(pp):
    return "haar" if pp.female else "zijn"


@shape("sentence")
def s_spk_namens(d, pp):
    org = d.r.choice(ORGS).format(w=d.k(d.r.choice(WIJKEN).split()[-1]))
    return f"Namens {org} spreekt {pp.title(d.r)} {d.full(pp)} ({d.addr()})."


@shape("sentence")
def s_spk_said(d, pp):
    return f"{cap(d.titled(pp))} zegt dat {d.r.choice(CONCERNS)}."


@shape("sentence")
def s_spk_question(d, pp):
    rl = d.person()
    party = d.k(d.r.choice(PARTIES))
    return f"Raadslid {d.full(rl)} ({party}) vraagt {d.titled(pp)} of {d.r.choice(QUESTIONS)}."


@shape("sentence")
def s_spk_answer_first(d, pp):
    return f"{d.first(pp)} antwoordt dat de buurt al sinds {d.k(str(d.r.randint(2015, 2024)))} om overleg vraagt."


@shape("sentence")
def s_chair_thanks(d, pp):
    return f"De voorzitter dankt {d.titled(pp)} voor {hz(pp)} inbreng en sluit het {d.k('inspraakdeel')}."


@shape("sentence")
def s_spk_family(d, pp):
    rel = N.relative(d.r, pp)
    role = d.r.choice(["dochter", "zoon", "echtgenoot", "schoonzus", "broer", "moeder"])
    return f"{cap(d.titled(pp))} spreekt mede namens {hz(pp)} {role} {d.full(rel)}."


@shape("sentence")
def s_neighbour(d, pp):
    nb = d.person()
    w = "buurvrouw" if nb.female else "buurman"
    return f"Ook {w} {d.full(nb)} van nummer {d.r.randint(1, 90)} tekende, net als {d.poss(nb.first)} kinderen."


@shape("sentence")
def s_official(d, pp):
    off = d.person()
    fn, dept = d.r.choice(FUNCTIONS), d.r.choice(DEPTS)
    d.k(dept.split()[0], fn)
    return f"{fn[0].upper() + fn[1:]} {d.full(off)} van de afdeling {dept} licht toe dat het plan nog niet vastligt."


@shape("sentence")
def s_mediator(d, pp):
    med = d.person()
    d.k("Buurtbemiddeling")
    return (
        f"Bemiddelaar {d.full(med)} van Buurtbemiddeling sprak eerder met {d.titled(pp)} en de "
        f"{d.k('omwonenden')}; {d.sur(med)} adviseert een keukentafelgesprek."
    )


@shape("sentence")
def s_case_ref(d, pp):
    return f"Uw {d.k('petitie')} is geregistreerd onder nummer {d.case()}; vermeld dit nummer bij {d.k('correspondentie')}."


@shape("sentence")
def s_iban(d, pp):
    return (
        f"Wie de actie wil steunen kan een bijdrage overmaken op {d.p(N.iban(d.r, d.r.random() < 0.6), 'IBAN')} "
        f"t.n.v. {d.init(pp)} onder vermelding van ‘{d.k('actiekas')}’."
    )


@shape("sentence")
def s_bsn(d, pp):
    return f"BSN aanvrager: {d.p(N.bsn(d.r), 'BSN')} (alleen voor de {d.k('subsidieaanvraag')})."


@shape("sentence")
def s_plate(d, pp):
    return (
        f"De bestelbus van {d.titled(pp)} ({d.k('kenteken')} {d.p(N.plate(d.r), 'LICENSE_PLATE')}) kreeg "
        f"tijdens de actie een {d.k('bekeuring')}."
    )


@shape("sentence")
def s_dob_cue(d, pp):
    cue = d.r.choice(["geboren op", "geboortedatum", "geb.", "geboren"])
    return f"Indiener: {d.full(pp)}, {cue} {d.dob()}, {d.addr()}."


@shape("sentence")
def s_press_quote(d, pp):
    q = d.r.choice(
        [
            "We zijn niet tegen verandering, wel tegen besluiten over ons zonder ons",
            "Binnen twee weken hadden we de handtekeningen binnen",
            "De gemeente moet nu echt luisteren",
            "Dit plein is van de buurt",
        ]
    )
    return f"‘{q},’ zegt {d.k('initiatiefnemer')} {d.full(pp)} ({d.r.randint(24, 81)})."


@shape("sentence")
def s_press_sur_first(d, pp):
    return f"{d.sur(pp)}: ‘Wij blijven {d.k('aanwezig')} bij elke {d.k('raadsvergadering')} tot er een besluit ligt.’"


@shape("sentence")
def s_handle(d, pp):
    h = d.p(
        "@"
        + N.ascii_fold(pp.first).lower().replace(" ", "")
        + d.r.choice(["_", "."])
        + N.ascii_fold(pp.last).lower().replace(" ", "").replace("-", ""),
        "PERSON",
    )
    return f"{d.full(pp)} ({h}) deelde de oproep op {d.k('Instagram')} en {d.k('Facebook')}."


@shape("sentence")
def s_filename(d, pp):
    fn = d.p(N.ascii_fold(pp.last).replace(" ", "-"), "PERSON")
    return f"Bijlage: handtekeningenlijst-{fn}-{d.r.randint(1, 9)}.pdf ({d.k('ingescand')})"


@shape("sentence")
def s_possessive(d, pp):
    return f"{d.poss(pp.first)} oproep in de {d.k('buurtapp')} leverde in één weekend {d.r.randint(80, 400)} steunbetuigingen op."


@shape("sentence")
def s_lower_signoff(d, pp):
    return f"groetjes en tot {d.k(d.r.choice(N.WEEKDAYS))}, {d.p(pp.first.lower(), 'PERSON')}"


@shape("sentence")
def s_motion_residents(d, pp):
    a, b = d.person(), d.person()
    st = d.p(N.street(d.r), "ADDRESS")
    return (
        f"verzoekt het college in gesprek te gaan met de bewoners {d.full(pp)}, {d.full(a)} en {d.full(b)} "
        f"van de {st} over een {d.k('alternatief')} {d.k('ontwerp')},"
    )


@shape("sentence")
def s_referendum_comite(d, pp):
    a = d.person()
    return (
        f"Het {d.k('referendumverzoek')} is ingediend door {d.full(pp)} en {d.init(a)} namens het comité "
        f"‘{d.k('Stem')} over de {d.k('Stadswerf')}’."
    )


@shape("sentence")
def s_email_header(d, pp):
    place = d.r.choice(N.PLACES)
    g = d.k(f"griffie@{place.lower()}.nl")
    return f"Van: {d.full(pp)} <{d.email(pp)}>\nAan: {g}\nOnderwerp: {d.k('Aanmelding')} inspraak"


@shape("sentence")
def s_phone_contact(d, pp):
    return f"Bereikbaar op {d.phone()} ({d.k('na')} 18.00 uur) of via {d.email(pp)}."


@shape("sentence")
def s_reaction_item(d, pp):
    t = d.r.choice(
        [
            "Ik ben voor, maar niet op deze plek.",
            "Waarom is er geen informatieavond geweest?",
            "De bomen zijn ouder dan de wijk zelf.",
            "Graag een verkeerstelling vóór het besluit.",
        ]
    )
    return f"Reactie {d.r.randint(1, 140)} — {d.init(pp)}, {d.addr()}: ‘{t}’"


@shape("sentence")
def s_reaction_street(d, pp):
    st = d.p(N.street(d.r), "ADDRESS")
    return f"Een bewoner van de {st} schrijft dat de {d.k('inloopavond')} te vroeg op de avond was."


@shape("sentence")
def s_caps_header(d, pp):
    return f"{d.k('INDIENER')}: {d.caps(pp)}"


@shape("sentence")
def s_signature_count(d, pp):
    n = d.r.randint(120, 2400)
    m = n - d.r.randint(3, 60)
    return f"In totaal zijn {d.k(str(n))} {d.k('handtekeningen')} ingeleverd, waarvan {m} {d.k('geldig')}."


@shape("sentence")
def s_generic_contact(d, pp):
    num = d.k(f"14 0{d.r.randint(10, 99)}")
    return f"Vragen over inspreken? Bel {num} of kijk op de website van de {d.k('gemeenteraad')}."


@shape("sentence")
def s_meeting_line(d, pp):
    com, wd, dt, ap = d.meeting()
    return f"Vergadering: {com}, {wd} {dt}, aanvang 19.30 uur, {d.k('agendapunt')} {ap}."


@shape("sentence")
def s_surfirst_formal(d, pp):
    return f"Indiener: {d.surfirst(pp)}, {d.addr()}, {d.pc(0)} {d.place()}"


@shape("sentence")
def s_dob_paren(d, pp):
    return f"Eerste ondertekenaar is {d.full(pp)} ({d.dob()}), {d.k('oud-wijkagent')}."


@shape("sentence")
def s_written_by(d, pp):
    off = d.person()
    dept = d.k(d.r.choice(DEPTS).split()[0])
    return f"Opgesteld door {d.init(off)} (team {dept}), {d.k('namens')} de {d.k('griffie')}."


@shape("sentence")
def s_party_reacts(d, pp):
    fv = d.person()
    party = d.k(d.r.choice(PARTIES))
    return f"Fractievoorzitter {d.full(fv)} ({party}) reageert dat de fractie de zorgen van {d.titled(pp)} deelt."


@shape("sentence")
def s_typo_later(d, pp):
    t = d.p(N.typo(d.r, pp.last), "PERSON")
    return f"(Op de lijst staat de naam van {d.titled(pp)} gespeld als ‘{t}’.)"


@shape("sentence")
def s_spoke_for_minutes(d, pp):
    mins = d.k(str(d.r.randint(3, 5)))
    return f"{cap(d.titled(pp))} krijgt {mins} minuten {d.k('spreektijd')}."


@shape("sentence")
def s_budget(d, pp):
    amt = f"€ {d.r.randint(8, 240)}.{d.r.choice(['000', '500', '250'])}"
    d.k(amt.split()[1])
    return f"De initiatiefnemers vragen een {d.k('budget')} van {amt} uit het {d.k('wijkbudget')}."


@shape("sentence")
def s_plate_parking(d, pp):
    return (
        f"Op de {d.k('parkeerplaats')} bij het buurthuis staat al weken de aanhanger {d.p(N.plate(d.r), 'LICENSE_PLATE')} "
        f"van {d.full(pp)}, tot ergernis van de {d.k('ondertekenaars')}."
    )


@shape("sentence")
def s_phone_app(d, pp):
    return f"App {d.first(pp)} via {d.phone()} voor een {d.k('lijst')} om zelf handtekeningen te verzamelen."


@shape("sentence")
def s_relative_poss(d, pp):
    rel = N.relative(d.r, pp)
    w = "dochter" if rel.female else "zoon"
    return f"{d.poss(pp.last)} {w} {d.full(rel)} haalde op de {d.k('weekmarkt')} de meeste handtekeningen op."


@shape("sentence")
def s_secretary(d, pp):
    sec = d.person()
    return f"{d.k('Secretaris')} {d.full(sec)} ({d.email(sec)}) houdt de {d.k('ledenlijst')} bij."


@shape("sentence")
def s_speaker_order(d, pp):
    a = d.person()
    return f"Na {d.titled(a)} is {d.titled(pp)} aan het woord; de {d.k('griffier')} houdt de tijd bij."


@shape("sentence")
def s_lower_mention(d, pp):
    return (
        f"ik heb het ook aan {d.lower(d.person())} gevraagd, die woont er al sinds {d.k(str(d.r.randint(1975, 2010)))}."
    )


@shape("sentence")
def s_dob_age(d, pp):
    return f"De jongste ondertekenaar, {d.full(d.person())} (geboortedatum: {d.dob()}), mocht de doos overhandigen."


SENTENCES = [
    s_spk_namens,
    s_spk_said,
    s_spk_question,
    s_spk_answer_first,
    s_chair_thanks,
    s_spk_family,
    s_neighbour,
    s_official,
    s_mediator,
    s_case_ref,
    s_iban,
    s_bsn,
    s_plate,
    s_dob_cue,
    s_press_quote,
    s_press_sur_first,
    s_handle,
    s_filename,
    s_possessive,
    s_lower_signoff,
    s_motion_residents,
    s_referendum_comite,
    s_email_header,
    s_phone_contact,
    s_reaction_item,
    s_reaction_street,
    s_caps_header,
    s_signature_count,
    s_generic_contact,
    s_meeting_line,
    s_surfirst_formal,
    s_dob_paren,
    s_written_by,
    s_party_reacts,
    s_typo_later,
    s_spoke_for_minutes,
    s_budget,
    s_plate_parking,
    s_phone_app,
    s_relative_poss,
    s_secretary,
    s_speaker_order,
    s_lower_mention,
    s_dob_age,
]


def sent(d, f, pp):
    d.use(f.__name__)
    return f(d, pp)


def extras(d, pp, n):
    return [sent(d, f, pp) for f in d.r.sample(SENTENCES, n)]


# ---------------------------------------------------------------------------------------------------------------
# document kinds
# ---------------------------------------------------------------------------------------------------------------
@shape("document")
def k_petition_letter(d, pp):
    topic, kw = d.r.choice(TOPICS)
    d.k(kw)
    d.add(f"Aan de {d.k('gemeenteraad')} van {d.place()}")
    d.add(f"{d.k('Betreft')}: {d.k('petitie')} tegen {topic}")
    d.add(
        f"Geachte raadsleden, hierbij bieden wij u namens de buurt een petitie aan. {d.full(pp)} "
        f"({d.addr()}, {d.pc()}) is {d.k('eerste')} {d.k('indiener')}."
    )
    d.add(sent(d, s_signature_count, pp))
    d.add(f"{d.k('Ondertekenaars')} (selectie):")
    d.lines += signer_block(d)
    d.lines += extras(d, pp, 2)


@shape("document")
def k_signature_table(d, pp):
    d.add(f"{d.k('HANDTEKENINGENLIJST')} — {d.k('Behoud')} {d.k('wijkcentrum')} {d.k(d.r.choice(WIJKEN).split()[-1])}")
    d.add(f"Contactpersoon: {d.full(pp)}, {d.phone()}")
    d.lines += signer_block(d, d.r.randint(5, 8))
    d.add(f"Ingeleverd bij de {d.k('Griffie')} op {dkeep(d)}.")


@shape("document")
def k_handwritten_transcript(d, pp):
    d.add(f"[{d.k('Transcriptie')} van een handgeschreven lijst, {d.k('blad')} {d.r.randint(2, 9)}]")
    d.add(f"‘{d.k('Wij')} willen de {d.k('bushalte')} terug!’ — verzameld door {d.init(pp)}")
    out = []
    for j in range(d.r.randint(4, 6)):
        f = d.r.choice([sig_handwritten, sig_handwritten, sig_lower, sig_initials])
        d.use(f.__name__)
        out.append(f(d, j + 1, d.person()))
    d.lines += out
    d.add(sent(d, s_typo_later, pp))


@shape("document")
def k_citizens_initiative(d, pp):
    d.add(f"{d.k('Burgerinitiatief')} ‘{d.k('Groene')} {d.k('Schoolroute')}’ — {d.case()}")
    d.add(f"{d.k('Initiatiefnemer')}: {d.full(pp)}, {d.addr()}, {d.pc()} {d.place()}")
    d.add(f"Het voorstel wordt op grond van de {d.k('Verordening')} {d.k('burgerinitiatief')} aan de raad voorgelegd.")
    d.add(f"De eerste {d.k('ondersteuners')}:")
    d.lines += signer_block(d, d.r.randint(2, 4))
    d.lines += extras(d, pp, 3)


@shape("document")
def k_right_to_challenge(d, pp):
    d.add(
        f"{d.k('Right')} to {d.k('Challenge')}: {d.k('Stichting')} {d.k('Buurtkracht')} neemt het groenonderhoud over"
    )
    d.add(f"{d.k('Penvoerder')}: {d.titled(pp)} ({d.email(pp)})")
    d.add(sent(d, s_budget, pp))
    d.add(sent(d, s_iban, pp))
    d.lines += extras(d, pp, 2)


@shape("document")
def k_inspraak_request(d, pp):
    d.add(sent(d, s_email_header, pp))
    com, wd, dt, ap = d.meeting()
    d.add(
        f"{d.k('Geachte')} griffie, graag meld ik mij aan om in te spreken bij {com} op {wd} {dt}, "
        f"{d.k('agendapunt')} {ap}. Ik spreek namens mijzelf en mijn buren."
    )
    d.add(f"Met vriendelijke groet, {d.full(pp)}, {d.addr()}")
    d.lines += extras(d, pp, 1)


@shape("document")
def k_speakers_list(d, pp):
    com, wd, dt, ap = d.meeting()
    d.add(f"{d.k('Sprekerslijst')} {com} — {wd} {dt}")
    d.add(f"{d.k('Agendapunt')} {ap}: {d.k(d.r.choice(TOPICS)[1])}")
    for j, sp in enumerate([pp] + [d.person() for _ in range(d.r.randint(2, 4))]):
        org = d.r.choice(ORGS).format(w=d.k(d.r.choice(WIJKEN).split()[-1]))
        form = d.r.choice([d.full, d.init, d.titled])
        d.add(f"{j + 1}. {form(sp)} — namens {org}")
    d.add(sent(d, s_generic_contact, pp))


@shape("document")
def k_inspraak_minutes(d, pp):
    com, wd, dt, ap = d.meeting()
    d.add(f"{d.k('Verslag')} {com}, {wd} {dt} — {d.k('Inspraak')} bij {d.k('agendapunt')} {ap}")
    d.add(sent(d, s_spk_namens, pp))
    d.add(sent(d, s_spk_said, pp))
    d.add(sent(d, s_spk_question, pp))
    d.add(sent(d, s_spk_answer_first, pp))
    d.add(sent(d, s_chair_thanks, pp))
    if d.r.random() < 0.6:
        other = d.person()
        d.add(sent(d, s_spk_family, other))
        d.add(sent(d, s_spk_said, other))


@shape("document")
def k_griffie_confirmation(d, pp):
    com, wd, dt, ap = d.meeting()
    d.add(f"{pp.title(d.r)} {d.full(pp)}")
    d.add(f"{d.addr()}")
    d.add(f"{d.pc(0)} {d.place()}")
    d.add(f"Ons {d.k('kenmerk')}: {d.case()}")
    d.add(
        f"{d.k('Geachte')} {d.titled(pp)}, hierbij {d.k('bevestigen')} wij dat u bent ingeschreven als inspreker "
        f"bij de {com} van {wd} {dt} ({d.k('agendapunt')} {ap})."
    )
    d.add(sent(d, s_spoke_for_minutes, pp))
    d.add(sent(d, s_written_by, pp))


@shape("document")
def k_motion(d, pp):
    d.add(f"{d.k('Motie')} {d.k('vreemd')} aan de orde van de dag: ‘{d.k('Luister')} naar de {d.k('Kruidenwijk')}’")
    d.add(f"De raad, in vergadering bijeen op {dkeep(d)},")
    d.add(f"{d.k('constaterende')} dat {d.r.choice(CONCERNS)};")
    d.add(sent(d, s_motion_residents, pp))
    d.add(f"en gaat over tot de orde van de dag. {d.k(d.r.choice(PARTIES))}, {d.k(d.r.choice(PARTIES))}")
    d.lines += extras(d, pp, 1)


@shape("document")
def k_referendum_request(d, pp):
    d.add(f"{d.k('Inleidend')} verzoek om een {d.k('raadgevend')} {d.k('referendum')} — {d.case()}")
    d.add(sent(d, s_referendum_comite, pp))
    d.add(sent(d, s_dob_cue, pp))
    d.add(f"Het verzoek is gesteund door {d.k(str(d.r.randint(300, 900)))} kiesgerechtigden, onder wie:")
    d.lines += signer_block(d, d.r.randint(2, 3))
    d.lines += extras(d, pp, 1)


@shape("document")
def k_reactions(d, pp):
    topic, kw = d.r.choice(TOPICS)
    d.add(f"{d.k('Reactienota')} {d.k('participatie')} — {d.k(kw)}")
    d.add(f"Verzameld door {d.full(pp)} ({d.k('wijkraad')})")
    for _ in range(d.r.randint(2, 4)):
        d.add(sent(d, s_reaction_item, d.person()))
    d.add(sent(d, s_reaction_street, pp))


@shape("document")
def k_press_release(d, pp):
    d.add(f"{d.k('PERSBERICHT')} — {d.k('Buurt')} biedt petitie aan op het {d.k('stadhuis')}")
    d.add(sent(d, s_press_quote, pp))
    d.add(sent(d, s_press_sur_first, pp))
    d.add(sent(d, s_party_reacts, pp))
    d.add(f"Noot voor de {d.k('redactie')}: {d.titled(pp)} is bereikbaar op {d.phone()}.")


@shape("document")
def k_online_export(d, pp):
    d.add(f"{d.k('Export')} {d.k('onlinepetitie')} (stand {dkeep(d)}) — beheerder {d.email(pp)}")
    d.lines += [f(d, 40 + j, d.person()) for j, f in enumerate([sig_online, sig_email_only, sig_online, sig_email])]
    for f in (sig_online, sig_email_only, sig_email):
        d.use(f.__name__)
    d.add(sent(d, s_handle, pp))


@shape("document")
def k_handover_report(d, pp):
    d.add(f"{d.k('Aanbieding')} petitie in de {d.k('hal')} van het {d.k('stadhuis')}, {dkeep(d)}")
    wh = d.person()
    d.add(
        f"{d.full(pp)} overhandigde de dozen met handtekeningen aan {d.k('wethouder')} {d.full(wh)} en "
        f"{d.k('burgemeester')} {d.full(d.person())}."
    )
    d.add(f"{d.sur(wh)} beloofde een reactie binnen zes weken.")
    d.lines += extras(d, pp, 2)


@shape("document")
def k_rib_programme(d, pp):
    dt = date_str(d.r)
    d.add(f"{d.k('Raadsinformatiebijeenkomst')} {d.k(d.r.choice(N.WEEKDAYS[:4]))} {dt}")
    d.k(dt.split()[1])
    d.add(f"19.30 {d.k('Opening')} door {d.k('voorzitter')} {d.full(d.person())}")
    d.add(f"19.40 {d.k('Presentatie')} {d.k('initiatiefnemers')}: {d.full(pp)} en {d.full(N.relative(d.r, pp))}")
    off = d.person()
    d.add(f"20.10 {d.k('Toelichting')} {d.r.choice(FUNCTIONS)} {d.init(off)} ({d.k(d.r.choice(DEPTS).split()[0])})")
    d.add("20.40 Vragen uit de raad")
    d.lines += extras(d, pp, 1)


@shape("document")
def k_mail_thread(d, pp):
    g = d.person()
    d.add(sent(d, s_email_header, pp))
    d.add(f"Beste {d.first(g)}, kan ik bij de {d.k('commissie')} ook foto's laten zien? {d.first(pp)}")
    d.add(
        f"> Beste {d.titled(pp)}, dat kan; stuur ze uiterlijk {d.k(d.r.choice(N.WEEKDAYS))} 12.00 uur. "
        f"Met groet, {d.full(g)}, {d.k('griffiemedewerker')}"
    )
    d.add(sent(d, s_lower_signoff, pp))


@shape("document")
def k_signature_validation(d, pp):
    d.add(f"{d.k('Controle')} {d.k('ondersteuningsverklaringen')} {d.case()}")
    d.add(f"Van de ingeleverde verklaringen zijn er {d.k(str(d.r.randint(3, 30)))} ongeldig, onder meer:")
    for _ in range(d.r.randint(2, 4)):
        p2 = d.person()
        why = d.r.choice(["geen inwoner van de gemeente", "dubbel ondertekend", "jonger dan 16", "adres onleesbaar"])
        d.add(f"- {d.surfirst(p2)}, {d.addr()}, {d.dob()}: {why}")
    d.use("s_dob_cue")
    d.add(f"Gecontroleerd door {d.init(d.person())}, {d.k('Burgerzaken')}.")


@shape("document")
def k_agenda_incoming(d, pp):
    d.add(f"{d.k('Lijst')} {d.k('ingekomen')} {d.k('stukken')} raadsvergadering {dkeep(d)}")
    for j in range(d.r.randint(2, 4)):
        p2 = d.person() if j else pp
        d.add(
            f"{j + 1}. Brief van {d.init(p2)} over {d.r.choice(TOPICS)[0]} ({d.case()}) — {d.k('voorstel')}: "
            f"ter {d.k('afdoening')} naar het college"
        )


@shape("document")
def k_neighbourhood_newsletter(d, pp):
    d.add(f"{d.k('Wijkkrant')} {d.k(d.r.choice(WIJKEN).split()[-1])} — {d.k('Bewoners')} in actie")
    d.add(f"{d.k('Sinds')} de zomer verzamelen {d.full(pp)} en buurtgenoten handtekeningen.")
    d.lines += extras(d, pp, 3)


@shape("document")
def k_challenge_assessment(d, pp):
    d.add(f"{d.k('Beoordeling')} {d.k('uitdaagrecht')}-voorstel {d.case()}")
    d.add(f"{d.k('Aanvrager')}: {d.surfirst(pp)}, {d.addr()}, {d.pc(1)}")
    d.add(sent(d, s_bsn, pp))
    d.add(sent(d, s_official, pp))
    d.add(sent(d, s_mediator, pp))


@shape("document")
def k_written_questions(d, pp):
    rl = d.person()
    party = d.k(d.r.choice(PARTIES))
    d.add(f"{d.k('Schriftelijke')} vragen ex artikel {d.r.randint(38, 44)} {d.k('Reglement')} van Orde")
    d.add(f"{d.k('Vragensteller')}: {d.full(rl)} ({party}), {dkeep(d)}")
    d.add(f"1. Is het college bekend met de petitie van {d.titled(pp)} en {d.r.randint(40, 600)} medebewoners?")
    d.add(f"2. Klopt het dat {d.r.choice(CONCERNS)}?")
    d.lines += extras(d, pp, 2)


@shape("document")
def k_consultation_request(d, pp):
    d.add(f"{d.k('Verzoek')} om een {d.k('buurtraadpleging')} over {d.r.choice(TOPICS)[0]} — {d.case()}")
    d.add(f"Namens de {d.k('straatcommissie')} schrijven {d.full(pp)} en {d.full(d.person())}:")
    d.add(f"‘Wij vragen de raad om vóór {dkeep(d)} alle huishoudens in het gebied te raadplegen.’")
    d.add(f"{d.k('Medeondertekenaars')}:")
    d.lines += signer_block(d, d.r.randint(2, 4))
    d.lines += extras(d, pp, 2)


DOC_KINDS = [
    k_petition_letter,
    k_signature_table,
    k_handwritten_transcript,
    k_citizens_initiative,
    k_right_to_challenge,
    k_inspraak_request,
    k_speakers_list,
    k_inspraak_minutes,
    k_griffie_confirmation,
    k_motion,
    k_referendum_request,
    k_reactions,
    k_press_release,
    k_online_export,
    k_handover_report,
    k_rib_programme,
    k_mail_thread,
    k_signature_validation,
    k_agenda_incoming,
    k_neighbourhood_newsletter,
    k_challenge_assessment,
    k_written_questions,
    k_consultation_request,
]


# ---------------------------------------------------------------------------------------------------------------
# known-name documents, gate, build
# ---------------------------------------------------------------------------------------------------------------
@shape("sentence")
def s_known_ordinary(d, pp):
    return f"Uit de toelichting: {d.ordinary}."


def name_words(text):
    return {w.lower() for w in re.split(r"[\W_]+", text) if len(w) > 1 and w.lower() not in PARTICLES}


def gate(doc: dict) -> str | None:
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not N.bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not N.iban_ok(it["text"]):
            return f"iban {it['text']}"
    known_words = set()
    for nm in doc.get("known", {}).get("names", []):
        known_words |= name_words(nm)
    names = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            names |= name_words(it["text"])
    for k in doc["keep"]:
        for w in re.split(r"[\W_]+", k):
            if len(w) < 2 or w.lower() in PARTICLES:
                continue
            if w.lower() in names and not (w == w.lower() and w in known_words):
                return f"keep {k!r} shares a word with a name"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


def draw(i: int, rs: str):
    r = random.Random(rs)
    d = Doc(r)
    if i % 4 == 1:
        w, last, part, clause = r.choice(N.KNOWN)
        pp = N.Person(r.choice(N.KNOWN_FIRSTS), part, last, "nederlands", r.random() < 0.5)
        d.ordinary = clause
        d.k(w)
        d.known = {"names": [pp.full]}
    else:
        pp = d.person()
    kind = DOC_KINDS[(i + r.randrange(len(DOC_KINDS))) % len(DOC_KINDS)] if r.random() < 0.5 else r.choice(DOC_KINDS)
    d.use(kind.__name__)
    kind(d, pp)
    if d.known:
        if pp.full not in "\n".join(d.lines):
            d.lines.insert(1, f"{d.k('Contactpersoon')}: {d.full(pp)}")
        d.use("s_known_ordinary")
        d.lines.insert(min(len(d.lines), 2 + r.randrange(2)), s_known_ordinary(d, pp))
        txt = "\n".join(d.lines)
        ems = [e for e in dict.fromkeys(d.emails.get(id(pp), [])) if e in txt]
        if ems:
            d.known["emails"] = ems
    text = "\n".join(d.lines)
    names = set()
    for it in d.pii:
        if it["label"] == "PERSON":
            names |= name_words(it["text"])
    known_words = name_words(d.known["names"][0]) if d.known else set()
    keep = []
    for k in d.keep:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            continue
        ws = [w for w in re.split(r"[\W_]+", k) if len(w) > 1 and w.lower() not in PARTICLES]
        if any(w.lower() in names and not (w == w.lower() and w in known_words) for w in ws):
            continue
        keep.append(k)
    pii = [it for it in d.pii if it["text"] in text]
    doc = {"id": f"fresh25a-{i:04d}", "text": text, "pii": pii, "keep": keep[:12]}
    if d.known:
        doc["known"] = d.known
    return doc, d.shapes


def build():
    docs, shapes, redraws = [], Counter(), 0
    for i in range(NDOCS):
        doc, sh = draw(i, f"{SEED}-{i}")
        attempt = 0
        while gate(doc) is not None:
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"doc {i}: {gate(doc)}")
            doc, sh = draw(i, f"{SEED}-{i}-{attempt}")
        docs.append(doc)
        shapes.update(sh)
    return docs, shapes, redraws


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes, redraws = build()
    if "--check" in argv:
        ok = OUT.exists() and OUT.read_text(encoding="utf-8") == dump(docs)
        print("fresh25a_texts.jsonl is up to date" if ok else "fresh25a_texts.jsonl differs from the generator")
        return 0 if ok else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  total pii      {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        kinds = Counter(SHAPES.values())
        used = Counter(SHAPES[s] for s in shapes)
        print(
            f"shapes registered: {len(SHAPES)} ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}); "
            f"used: {len(shapes)} ({', '.join(f'{k} {v}' for k, v in sorted(used.items()))})"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        print(f"gate failures in final corpus: {sum(gate(d) is not None for d in docs)}")
        return 0
    OUT.write_text(dump(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
