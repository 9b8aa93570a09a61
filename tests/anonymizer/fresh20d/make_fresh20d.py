"""Generator of the blind anonymizer corpus fresh20d: entrepreneurs, businesses and permits.

Usage (from the project root, PYTHONPATH=.):
    python tests/anonymizer/fresh20d/make_fresh20d.py            write fresh20d_texts.jsonl
    python tests/anonymizer/fresh20d/make_fresh20d.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh20d/make_fresh20d.py --stats    counts per label, shapes, known names, redraws

Annotation policy: the name of a person inside a business name ("Bakkerij Van Oort", "Kapsalon Yasmina",
"Autobedrijf H. Demir & Zn.", "Mehmet's Grillroom") is a PERSON item; the trade word and "& Zn." are not.
Business names without a person's name ("Eetcafé De Gouden Leeuw") are not personal data.
KvK and VAT numbers are not one of the ten labels: they are kept.
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
import names20d as N  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked = _score.check_doc, _score.leaked

SEED = 202615104
N_DOCS = 300
OUT = HERE / "fresh20d_texts.jsonl"
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

SHAPES: dict[str, str] = {}  # shape name -> kind ("doc" or pool name)
POOLS: dict[str, list] = {}


def shape(kind: str):
    def deco(fn):
        name = f"{kind}:{fn.__name__}"
        SHAPES[name] = kind
        POOLS.setdefault(kind, []).append((name, fn))
        return fn

    return deco


class B:
    """Document builder: records pii items, keep words and shapes while the text is composed."""

    def __init__(self, r: random.Random, w):
        self.r, self.w = r, w
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []

    def p(self, text: str, label: str) -> str:
        item = {"text": text, "label": label}
        if item not in self.pii:
            self.pii.append(item)
        return text

    def k(self, word: str) -> str:
        if word not in self.keep:
            self.keep.append(word)
        return word

    # person forms
    def full(self, P):
        return self.p(P.full, "PERSON")

    def bare(self, P):
        return self.p(P.bare, "PERSON")

    def init(self, P):
        return self.p(P.initial, "PERSON")

    def first(self, P):
        return self.p(P.first, "PERSON")

    def upper(self, P):
        return self.p(P.full.upper(), "PERSON")

    def poss(self, P):
        s = P.bare
        return self.p(s + ("'s" if s[-1] in "aeiouy" else "s"), "PERSON")

    def low(self, P):  # lower-case surname as in file names and handles
        return self.p(N.ascii_fold(P.core).lower().replace(" ", ""), "PERSON")

    def any_name(self, P):
        return self.r.choice([self.full, self.full, self.init, self.bare])(P)

    def addr(self, street, num=None):
        return self.p(f"{street} {num}" if num else street, "ADDRESS")

    def pool(self, kind: str, n: int = 1, sep: str = " ") -> str:
        opts = POOLS[kind]
        picks = self.r.sample(opts, min(n, len(opts)))
        out = []
        for name, fn in picks:
            self.shapes.append(name)
            out.append(fn(self, self.w))
        return sep.join(out)


BIZ_TYPES = [
    "Bakkerij",
    "Kapsalon",
    "Autobedrijf",
    "Bloemenzaak",
    "Nagelstudio",
    "Grillroom",
    "Toko",
    "Slagerij",
    "Fietsenmakerij",
    "Lunchroom",
    "Schoenmakerij",
    "Visspeciaalzaak",
    "IJssalon",
    "Snackbar",
    "Kledingzaak",
    "Koffiebar",
    "Brillenzaak",
    "Theehuis",
]
FANCY = [
    "De Gouden Leeuw",
    "Het Zonnetje",
    "De Blauwe Druif",
    "De Drie Kronen",
    "Het Wapen van Zeeland",
    "De Zilveren Maan",
    "De Oude Waag",
    "Het Groene Luik",
    "De Vergulde Ster",
    "Het Anker",
]
HORECA = ["Eetcafé", "Grand Café", "Restaurant", "Café", "Bistro", "Proeflokaal"]
FUNCTIONS = [
    ("vergunningverlener", "team Vergunningen"),
    ("toezichthouder", "afdeling Toezicht en Handhaving"),
    ("marktmeester", "team Markten"),
    ("jurist", "team Bezwaar en Beroep"),
    ("evenementencoördinator", "Evenementenloket"),
    ("adviseur", "Bedrijvenloket"),
    ("handhaver", "team Bijzondere Wetten"),
    ("beleidsmedewerker", "afdeling Economische Zaken"),
    ("medewerker", "team Openbare Ruimte"),
]


class World:
    def __init__(self, r: random.Random, known_word: str | None):
        self.city = r.choice(N.CITIES)
        self.gem_mail = f"vergunningen@{self.city.lower()}.nl"
        self.gem_tel = f"14 0{r.randint(10, 99)}"
        if known_word:
            self.owner = N.make_person(r, "Dutch", core=known_word)
        else:
            self.owner = N.make_person(r)
        self.partner = N.make_person(r, self.owner.origin, surname_of=self.owner)
        while self.partner.first == self.owner.first:
            self.partner = N.make_person(r, self.owner.origin, surname_of=self.owner)
        self.staff = N.make_person(r)
        self.nb1 = N.make_person(r)
        self.nb2 = N.make_person(r)
        self.off = N.make_person(r)
        self.off2 = N.make_person(r)
        self.med = N.make_person(r)
        self.func, self.dept = r.choice(FUNCTIONS)
        self.func2, self.dept2 = r.choice(FUNCTIONS)
        self.street = r.choice(N.STREET_A) + r.choice(N.STREET_B)
        self.num = f"{r.randint(1, 220)}{r.choice(['', '', '', 'a', 'B', '-1', '-2'])}"
        self.pc = N.postcode(r)
        self.home_street = r.choice(N.STREET_A) + r.choice(N.STREET_B)
        while self.home_street == self.street:
            self.home_street = r.choice(N.STREET_A) + r.choice(N.STREET_B)
        self.home_num = str(r.randint(1, 180))
        self.home_pc = N.postcode(r)
        self.nb_num = str(r.randint(1, 220))
        self.phone = N.phone(r)
        self.phone2 = N.phone(r)
        self.email = f"{self.owner.slug(r.choice(['.', '', '_']))}@{r.choice(N.PROVIDERS)}"
        self.nb_email = f"{self.nb1.slug('.')}@{r.choice(N.PROVIDERS)}"
        self.bsn = N.bsn(r)
        self.bsn2 = N.bsn(r)
        self.iban = N.iban(r, r.random() < 0.6)
        self.plate = N.plate(r)
        self.dob = N.dob(r)
        self.dob2 = N.dob(r)
        self.date = N.ordinary_date(r)
        self.date2 = N.ordinary_date(r)
        self.kvk = str(r.randint(10000000, 99999999))
        self.vat = f"NL{r.randint(100000000, 999999999)}B0{r.randint(1, 9)}"
        self.amount = f"€ {r.randint(40, 2400)},{r.choice(['00', '50', '25', '95'])}"
        self.m2 = r.randint(6, 48)
        self.tables = r.randint(2, 14)
        # business name
        self.biz_form = r.choice(["surname", "first", "initial_zn", "poss_first", "fancy", "fancy", "surname"])
        self.biz_type = r.choice(BIZ_TYPES)
        self.horeca = r.choice(HORECA)
        self.fancy = r.choice(FANCY)
        self.cases = {}

    def case(self, b: B, kind: str) -> str:
        if kind not in self.cases:
            self.cases[kind] = N.case_number(b.r, kind)
        return b.p(self.cases[kind], "CASE_NUMBER")

    def biz(self, b: B) -> str:
        o = self.owner
        if self.biz_form == "surname":
            return f"{self.biz_type} {b.bare(o)}"
        if self.biz_form == "first":
            return f"{self.biz_type} {b.first(o)}"
        if self.biz_form == "initial_zn":
            return f"{self.biz_type} {b.init(o)} & Zn."
        if self.biz_form == "poss_first":
            f = o.first
            return b.p(f + ("'s" if f[-1] in "aeiouy" else "s"), "PERSON") + f" {self.biz_type}"
        return f"{self.horeca} {b.k(self.fancy)}"

    def biz_upper(self, b: B) -> str:
        o = self.owner
        if self.biz_form == "surname":
            return f"{self.biz_type.upper()} {b.p(o.bare.upper(), 'PERSON')}"
        if self.biz_form == "first":
            return f"{self.biz_type.upper()} {b.p(o.first.upper(), 'PERSON')}"
        if self.biz_form == "initial_zn":
            return f"{self.biz_type.upper()} {b.p(o.initial.upper(), 'PERSON')} & ZN."
        if self.biz_form == "poss_first":
            f = o.first.upper()
            return b.p(f + ("'S" if f[-1] in "AEIOUY" else "S"), "PERSON") + f" {self.biz_type.upper()}"
        return f"{self.horeca.upper()} {self.fancy.upper()}"

    def premises(self, b: B) -> str:
        return f"{b.addr(self.street, self.num)}, {b.p(self.pc, 'POSTCODE')} {b.k(self.city)}"

    def home(self, b: B) -> str:
        return f"{b.addr(self.home_street, self.home_num)}, {b.p(self.home_pc, 'POSTCODE')} {b.k(self.city)}"


# ---------------------------------------------------------------- pool: intro (who applies, for which business)


@shape("intro")
def intro_owner_since(b, w):
    return (
        f"Ik ben {b.full(w.owner)}, eigenaar van {w.biz(b)} aan de {w.premises(b)}. "
        f"De zaak staat sinds {b.k(str(b.r.randint(1998, 2022)))} op mijn naam."
    )


@shape("intro")
def intro_we_run(b, w):
    return (
        f"Samen met {b.full(w.partner)} run ik, {b.full(w.owner)}, {w.biz(b)} op {b.addr(w.street, w.num)}. "
        f"{b.k('Doordeweeks')} staan we er met zijn tweeën."
    )


@shape("intro")
def intro_third_person(b, w):
    return (
        f"Ondernemer {b.full(w.owner)} exploiteert {w.biz(b)} in het pand {w.premises(b)}, "
        f"dat {b.bare(w.owner)} huurt van een {b.k('vastgoedbeheerder')}."
    )


@shape("intro")
def intro_took_over(b, w):
    return (
        f"Per {b.k(w.date)} heeft {b.full(w.owner)} de zaak overgenomen van {b.full(w.nb2)}, "
        f"die met pensioen ging. Het {b.k('Bedrijvenloket')} heeft de overdracht genoteerd."
    )


@shape("intro")
def intro_family_firm(b, w):
    return (
        f"{w.biz(b)} is een familiebedrijf: {b.full(w.owner)} doet de inkoop, "
        f"{b.poss(w.owner)} dochter {b.full(w.partner)} de administratie."
    )


@shape("intro")
def intro_starter(b, w):
    return (
        f"Als startende {b.k('ondernemer')} wil {b.full(w.owner)} in {b.k(w.city)} een {b.k(w.biz_type.lower())} "
        f"beginnen op de {b.addr(w.street)}."
    )


@shape("intro")
def intro_applicant_line(b, w):
    return f"Aanvrager: {b.init(w.owner)}, handelend onder de naam {w.biz(b)}, vestigingsadres {w.premises(b)}."


@shape("intro")
def intro_on_behalf(b, w):
    return (
        f"Namens mijn cliënt {b.full(w.owner)} ({w.biz(b)}) dien ik deze {b.k('aanvraag')} in. "
        f"{b.k('Correspondentie')} graag via mij, {b.full(w.staff)}, adviseur bij {b.k('Horecaadvies Noord')}."
    )


# ---------------------------------------------------------------- pool: contact


@shape("contact")
def contact_phone_mail(b, w):
    return f"U kunt mij bellen op {b.p(w.phone, 'PHONE')} of mailen naar {b.p(w.email, 'EMAIL')}."


@shape("contact")
def contact_labelled(b, w):
    return f"Tel.: {b.p(w.phone, 'PHONE')} | E-mail: {b.p(w.email, 'EMAIL')}"


@shape("contact")
def contact_evening(b, w):
    return (
        f"{b.k('Overdag')} sta ik in de zaak; 's avonds ben ik bereikbaar op {b.p(w.phone2, 'PHONE')} "
        f"(mobiel van {b.first(w.partner)})."
    )


@shape("contact")
def contact_home_address(b, w):
    return f"Mijn privéadres is {w.home(b)}; post over de vergunning graag daarheen."


@shape("contact")
def contact_whatsapp(b, w):
    return f"Appen mag ook: {b.p(w.phone, 'PHONE')}, maar niet tijdens de {b.k('lunchdrukte')}."


@shape("contact")
def contact_instagram(b, w):
    h = b.low(w.owner)
    return f"Foto's van de gevel staan op ons {b.k('Instagram')}-account @{h}.{b.k('zaak')}."


@shape("contact")
def contact_signature(b, w):
    return f"Met vriendelijke groet,\n{b.full(w.owner)}\n{w.biz(b)}\n{b.p(w.phone, 'PHONE')}\n{b.p(w.email, 'EMAIL')}"


@shape("contact")
def contact_desk(b, w):
    return (
        f"Vragen? Bel het {b.k('Bedrijvenloket')} op {b.k(w.gem_tel)} of mail {b.k(w.gem_mail)} "
        f"onder vermelding van het {b.k('zaaknummer')}."
    )


# ---------------------------------------------------------------- pool: ident (BSN, birth date, IBAN)


@shape("ident")
def ident_bsn_dob(b, w):
    return (
        f"BSN aanvrager: {b.p(w.bsn, 'BSN')}, geboren op {b.p(w.dob, 'DATE_OF_BIRTH')} "
        f"(aanvraag ingediend op {b.k(w.date)})."
    )


@shape("ident")
def ident_dob_bare(b, w):
    return (
        f"{b.full(w.owner)} ({b.p(w.dob, 'DATE_OF_BIRTH')}) wordt in de {b.k('vergunning')} als leidinggevende vermeld."
    )


@shape("ident")
def ident_iban_refund(b, w):
    return (
        f"Het teveel betaalde bedrag van {b.k(w.amount)} wordt teruggestort op {b.p(w.iban, 'IBAN')} "
        f"ten name van {b.init(w.owner)}."
    )


@shape("ident")
def ident_manager_table(b, w):
    return (
        f"Leidinggevende 1: {b.full(w.owner)}, geb. {b.p(w.dob, 'DATE_OF_BIRTH')}, BSN {b.p(w.bsn, 'BSN')}\n"
        f"Leidinggevende 2: {b.full(w.staff)}, geb. {b.p(w.dob2, 'DATE_OF_BIRTH')}, BSN {b.p(w.bsn2, 'BSN')}"
    )


@shape("ident")
def ident_sv_certificate(b, w):
    return (
        f"Het {b.k('Verklaring Sociale Hygiëne')} staat op naam van {b.full(w.staff)}, geboortedatum "
        f"{b.p(w.dob2, 'DATE_OF_BIRTH')}."
    )


@shape("ident")
def ident_leges_iban(b, w):
    return f"De leges ({b.k(w.amount)}) zijn op {b.k(w.date2)} afgeschreven van rekening {b.p(w.iban, 'IBAN')}."


@shape("ident")
def ident_born_in(b, w):
    place = b.k(b.r.choice(["Rotterdam", "Paramaribo", "Istanbul", "Nador", "Gdańsk", "Willemstad", "Accra", "Aleppo"]))
    return f"{b.bare(w.owner)}, geboren {b.p(w.dob, 'DATE_OF_BIRTH')} te {place}, is enig aandeelhouder."


@shape("ident")
def ident_age_check(b, w):
    return (
        f"Bij de {b.k('Bibob-toets')} is gecontroleerd: burgerservicenummer {b.p(w.bsn, 'BSN')}, "
        f"geboortedatum {b.p(w.dob, 'DATE_OF_BIRTH')}."
    )


# ---------------------------------------------------------------- pool: vehicle


@shape("vehicle")
def vehicle_loading(b, w):
    return (
        f"Voor het laden en lossen vraagt {b.bare(w.owner)} een {b.k('ontheffing')} voor de bestelbus met kenteken "
        f"{b.p(w.plate, 'LICENSE_PLATE')}."
    )


@shape("vehicle")
def vehicle_market(b, w):
    return f"Op de markt staat de verkoopwagen ({b.p(w.plate, 'LICENSE_PLATE')}) achter de kraam."


@shape("vehicle")
def vehicle_parking(b, w):
    return (
        f"De {b.k('parkeerontheffing')} geldt alleen voor {b.p(w.plate, 'LICENSE_PLATE')}, de auto van "
        f"{b.full(w.partner)}."
    )


@shape("vehicle")
def vehicle_blocking(b, w):
    return (
        f"Een busje met kenteken {b.p(w.plate, 'LICENSE_PLATE')} blokkeerde volgens {b.full(w.nb1)} "
        f"iedere ochtend de stoep voor nummer {b.k(w.nb_num)}."
    )


# ---------------------------------------------------------------- pool: detail (permit content, keep-rich)


@shape("detail")
def detail_terrace_size(b, w):
    return (
        f"Het {b.k('terras')} wordt {b.k(f'{w.m2} m²')} groot, met {w.tables} tafels en een "
        f"{b.k('windscherm')} aan de kant van de {b.k('rijbaan')}."
    )


@shape("detail")
def detail_hours(b, w):
    return (
        f"{b.k('Openingstijden')}: {b.k('maandag')} tot en met {b.k('zaterdag')} van 08.00 tot 23.00 uur, "
        f"{b.k('zondag')} vanaf 12.00 uur."
    )


@shape("detail")
def detail_apv(b, w):
    return (
        f"De aanvraag is getoetst aan de {b.k('Algemene Plaatselijke Verordening')} en het "
        f"{b.k('Terrassenbeleid')} {b.k(str(b.r.choice([2021, 2023, 2024])))}."
    )


@shape("detail")
def detail_sign(b, w):
    return (
        f"Het {b.k('uithangbord')} is 80 bij 60 cm, {b.k('verlicht')} met leds en hangt 2,40 m boven de {b.k('stoep')}."
    )


@shape("detail")
def detail_stall(b, w):
    return (
        f"De {b.k('standplaats')} is 6 meter breed, op de {b.k('weekmarkt')} van {b.k('donderdag')}; "
        f"{b.k('stroom')} wordt afgenomen van de {b.k('marktkast')}."
    )


@shape("detail")
def detail_event(b, w):
    ev = b.k(b.r.choice(["Koningsdag", "Zomerfeest", "Braderie", "Sinterklaasintocht", "Foodtruckfestival"]))
    return (
        f"Tijdens {ev} wil de zaak een {b.k('podium')} plaatsen met {b.k('livemuziek')} tot 22.00 uur, "
        f"voor ongeveer {b.k(str(b.r.choice([150, 300, 450, 800])))} bezoekers."
    )


@shape("detail")
def detail_alcohol(b, w):
    return (
        f"Op grond van de {b.k('Alcoholwet')} moet steeds een leidinggevende aanwezig zijn; "
        f"zwak-alcoholhoudende drank wordt alleen aan de bar geschonken."
    )


@shape("detail")
def detail_fee(b, w):
    return f"De {b.k('leges')} bedragen {b.k(w.amount)}, te betalen binnen {b.k('dertig dagen')}."


@shape("detail")
def detail_kvk(b, w):
    return f"{b.k('KvK-nummer')} {b.k(w.kvk)}, {b.k('btw-identificatienummer')} {b.k(w.vat)}."


@shape("detail")
def detail_deadline(b, w):
    return (
        f"Wij nemen binnen {b.k('acht weken')} een {b.k('besluit')}; die termijn kan één keer met "
        f"{b.k('zes weken')} worden verlengd."
    )


@shape("detail")
def detail_fire(b, w):
    return (
        f"De {b.k('Veiligheidsregio')} adviseert een {b.k('vluchtroute')} van minimaal 1,20 m vrij te houden "
        f"en een {b.k('brandblusser')} bij de uitgifte."
    )


@shape("detail")
def detail_noise(b, w):
    return (
        f"Het {b.k('geluidsniveau')} mag op de gevel van de woningen niet hoger zijn dan 70 dB(A) "
        f"na {b.k('zonsondergang')}."
    )


# ---------------------------------------------------------------- pool: people (staff, family, neighbours)


@shape("people")
def people_staff_shift(b, w):
    return (
        f"Op {b.k('vrijdag')} en {b.k('zaterdag')} staat {b.full(w.staff)} achter de bar; "
        f"{b.first(w.staff)} heeft ook het {b.k('diploma')} sociale hygiëne."
    )


@shape("people")
def people_partner_sign(b, w):
    return f"{b.full(w.partner)} tekent mee als {b.k('mede-eigenaar')} van de {b.k('vennootschap onder firma')}."


@shape("people")
def people_neighbour_upstairs(b, w):
    return (
        f"Boven de zaak woont {b.full(w.nb1)} op {b.addr(w.street, w.nb_num)}; "
        f"{b.bare(w.nb1)} heeft geen bezwaar tegen het terras."
    )


@shape("people")
def people_neighbour_signed(b, w):
    return (
        f"De omwonenden {b.full(w.nb1)} en {b.full(w.nb2)} hebben een {b.k('handtekeningenlijst')} "
        f"ingeleverd bij de {b.k('gemeente')}."
    )


@shape("people")
def people_son_helps(b, w):
    return (
        f"In de {b.k('zomervakantie')} helpt {b.first(w.partner)}, de jongste van de familie "
        f"{b.bare(w.owner)}, in de winkel."
    )


@shape("people")
def people_official_visit(b, w):
    return (
        f"Op {b.k(w.date2)} kwam {w.func} {b.full(w.off)} van {art(w.dept)} {b.k(w.dept)} langs om de "
        f"situatie te bekijken."
    )


@shape("people")
def people_neighbour_email(b, w):
    return f"{b.full(w.nb1)} ({b.p(w.nb_email, 'EMAIL')}) wil op de hoogte blijven van de {b.k('procedure')}."


@shape("people")
def people_landlord(b, w):
    return f"De verhuurder, {b.full(w.nb2)}, heeft schriftelijk {b.k('toestemming')} gegeven voor de {b.k('luifel')}."


@shape("people")
def people_mediator(b, w):
    return (
        f"{b.k('Buurtbemiddeling')} heeft {b.full(w.med)} gevraagd een gesprek te leiden tussen "
        f"{b.bare(w.owner)} en {b.bare(w.nb1)}."
    )


@shape("people")
def people_previous_owner(b, w):
    return f"Onder de vorige eigenaar, {b.init(w.nb2)}, was er volgens de {b.k('wijkagent')} nooit een {b.k('klacht')}."


@shape("people")
def people_initial_upper(b, w):
    return f"Contactpersoon bij de {b.k('Omgevingsdienst')}: {b.init(w.off2)}, {w.func2}."


@shape("detail")
def detail_waste(b, w):
    return (
        f"Het {b.k('bedrijfsafval')} wordt op {b.k('woensdag')} opgehaald; de {b.k('rolcontainers')} staan tot die tijd "
        f"binnen, niet in de {b.k('steeg')}."
    )


@shape("detail")
def detail_bike_rack(b, w):
    return (
        f"Voor het terras staat een {b.k('fietsenrek')} van de gemeente; het {b.k('Team Openbare Ruimte')} "
        f"wil dat het rek {b.k('bereikbaar')} blijft."
    )


@shape("people")
def people_staff_mail(b, w):
    mail = f"{N.ascii_fold(w.staff.first).lower()}@{N.ascii_fold(w.owner.core).lower().replace(' ', '')}-{w.biz_type.lower()}.nl"
    return f"{b.k('Roosters')} en {b.k('bestellingen')} lopen via {b.full(w.staff)}: {b.p(mail, 'EMAIL')}."


@shape("ident")
def ident_dob_sentence(b, w):
    return (
        f"Omdat {b.first(w.owner)} op {b.p(w.dob, 'DATE_OF_BIRTH')} is geboren, geldt de "
        f"{b.k('leeftijdsgrens')} van de {b.k('Alcoholwet')} niet als probleem."
    )


# ---------------------------------------------------------------- pool: close


@shape("close")
def close_official(b, w):
    return f"Met vriendelijke groet,\n{b.full(w.off)}\n{w.func}, {b.k(w.dept)}\n{b.k('Gemeente')} {b.k(w.city)}"


@shape("close")
def close_mandate(b, w):
    return (
        f"Namens het {b.k('college van burgemeester en wethouders')},\n{b.init(w.off)}\n"
        f"{b.k('Teamleider')} {b.k(w.dept)}"
    )


@shape("close")
def close_appeal(b, w):
    return (
        f"Bent u het niet eens met dit besluit, dan kunt u binnen {b.k('zes weken')} {b.k('bezwaar')} maken "
        f"bij het {b.k('college')}."
    )


@shape("close")
def close_thanks_owner(b, w):
    return f"Alvast bedankt voor de moeite.\nGroet, {b.first(w.owner)} ({w.biz(b)})"


@shape("close")
def close_cc(b, w):
    return f"Cc: {b.full(w.off2)} ({b.k(w.dept2)}), {b.k('dossier')}"


@shape("close")
def close_attach(b, w):
    return f"Bijlagen: {b.k('situatietekening')}, plattegrond-{b.low(w.owner)}.pdf, {b.k('huurovereenkomst')}"


# ---------------------------------------------------------------- document kinds


def art(dept: str) -> str:
    return "de" if dept.startswith("afdeling") else "het"


def _lines(*parts) -> str:
    return "\n".join(p for p in parts if p)


@shape("doc")
def doc_terrace_application(b, w):
    return _lines(
        f"{b.k('Aanvraag')} {b.k('terrasvergunning')} — {b.k('kenmerk')} {w.case(b, 'terras')}",
        b.pool("intro"),
        b.pool("detail", 2),
        b.pool("people"),
        b.pool("contact"),
    )


@shape("doc")
def doc_market_stall(b, w):
    return _lines(
        f"{b.k('Aanvraagformulier')} {b.k('standplaats')} {b.k('weekmarkt')} {b.k(w.city)}",
        f"Naam: {b.full(w.owner)}",
        f"Adres: {w.home(b)}",
        f"{b.k('Telefoon')}: {b.p(w.phone, 'PHONE')}",
        f"{b.k('Branche')}: {b.k(b.r.choice(['groente en fruit', 'kaas', 'textiel', 'bloemen', 'stroopwafels']))}",
        b.pool("vehicle"),
        b.pool("detail"),
        f"{b.k('Zaaknummer')} {w.case(b, 'markt')}, {b.k('ingekomen')} {b.k(w.date)}.",
    )


@shape("doc")
def doc_event_application(b, w):
    return _lines(
        f"{b.k('Evenementenvergunning')} ({w.case(b, 'event')})",
        f"{b.k('Organisator')}: {w.biz(b)}, vertegenwoordigd door {b.full(w.owner)}.",
        b.pool("detail", 2),
        b.pool("ident"),
        b.pool("people"),
        b.pool("contact"),
    )


@shape("doc")
def doc_sign_application(b, w):
    return _lines(
        f"Betreft: {b.k('reclamevergunning')} voor {w.biz(b)}, {w.premises(b)}",
        f"Uw {b.k('kenmerk')}: {w.case(b, 'reclame')}",
        b.pool("detail"),
        b.pool("people"),
        b.pool("close"),
    )


@shape("doc")
def doc_exploitation(b, w):
    return _lines(
        f"{b.k('Exploitatievergunning')} {b.k('horeca')} — {w.biz(b)}",
        f"{b.k('Dossiernummer')}: {w.case(b, 'expl')}",
        b.pool("intro"),
        b.pool("ident", 2),
        b.pool("detail"),
        b.pool("contact"),
    )


@shape("doc")
def doc_decision(b, w):
    o = w.owner
    return _lines(
        f"{b.k('Besluit')} op uw aanvraag van {b.k(w.date)}",
        f"Geachte heer/mevrouw {b.bare(o)},",
        f"Wij {b.k(b.r.choice(['verlenen', 'weigeren']))} de gevraagde vergunning voor {w.biz(b)} "
        f"op {b.addr(w.street, w.num)} ({b.k('zaaknummer')} {w.case(b, 'zaak')}).",
        b.pool("detail", 2),
        b.pool("close", 2),
    )


@shape("doc")
def doc_objection(b, w):
    return _lines(
        f"{b.k('Bezwaarschrift')} tegen de terrasvergunning van {w.biz(b)}",
        f"Ik, {b.full(w.nb1)}, woon op {b.addr(w.street, w.nb_num)}, direct naast de zaak van {b.bare(w.owner)}.",
        f"{b.k('Sinds')} de vergunning ({w.case(b, 'terras')}) staan er tot middernacht gasten onder mijn raam.",
        b.pool("people"),
        b.pool("vehicle"),
        f"Mijn bezwaar is geregistreerd onder {w.case(b, 'bezwaar')}. {b.k('Telefoon')}: {b.p(w.phone2, 'PHONE')}.",
    )


@shape("doc")
def doc_inspection(b, w):
    return _lines(
        f"{b.k('Controlerapport')} {w.case(b, 'insp')} — {b.k('Toezicht')} {b.k('horeca')}",
        f"{b.k('Datum')} {b.k('controle')}: {b.k(w.date2)}, {b.k(b.r.choice(['22.40', '23.15', '00.30']))} uur",
        f"{b.k('Locatie')}: {w.biz(b)}, {w.premises(b)}",
        f"{b.k('Aanwezig')}: {b.full(w.staff)} (barpersoneel); de leidinggevende {b.full(w.owner)} was niet aanwezig.",
        b.pool("detail"),
        b.pool("people"),
        f"{b.k('Conclusie')}: {b.k(b.r.choice(['geen overtreding', 'waarschuwing', 'hercontrole']))}.",
    )


@shape("doc")
def doc_mail_owner(b, w):
    return _lines(
        f"Van: {b.p(w.email, 'EMAIL')}",
        f"Aan: {b.k(w.gem_mail)}",
        f"Onderwerp: {b.k('vraag')} over {w.case(b, 'zaak')}",
        f"Beste {b.full(w.off)},",
        f"Ik wacht nog op een reactie op mijn {b.k('aanvraag')} voor {w.biz(b)}.",
        b.pool("detail"),
        b.pool("people"),
        b.pool("contact"),
    )


@shape("doc")
def doc_mail_desk(b, w):
    return _lines(
        f"Beste {b.p(w.owner.first, 'PERSON')},",
        f"Dank voor uw mail van {b.k(w.date)}. Uw aanvraag ({w.case(b, 'zaak')}) is in behandeling bij "
        f"mijn collega {b.full(w.off2)} van {art(w.dept2)} {b.k(w.dept2)}.",
        b.pool("detail", 2),
        b.pool("close"),
    )


@shape("doc")
def doc_kvk_extract(b, w):
    return _lines(
        f"Hieronder het {b.k('uittreksel')} uit het {b.k('Handelsregister')} dat {b.bare(w.owner)} meestuurde:",
        f"{b.k('KvK-nummer')} {b.k(w.kvk)}",
        f"{b.k('Handelsnaam')}: {w.biz_upper(b)}",
        f"{b.k('Rechtsvorm')}: {b.k(b.r.choice(['Eenmanszaak', 'Vennootschap onder firma', 'Besloten Vennootschap']))}",
        f"{b.k('Bezoekadres')}: {w.premises(b)}",
        f"{b.k('Eigenaar')}: {b.upper(w.owner)}, {b.p(w.dob, 'DATE_OF_BIRTH')}",
        f"{b.k('SBI-code')}: {b.k(b.r.choice(['56101', '47241', '96021', '45201', '56102']))}",
        b.pool("people"),
    )


@shape("doc")
def doc_invoice(b, w):
    return _lines(
        f"{b.k('FACTUUR')} {b.k(str(b.r.randint(2026001, 2026999)))}",
        f"{b.k('Reclamebelettering')} {b.k('Oostwold')} B.V.",
        f"Aan: {w.biz(b)}, t.a.v. {b.init(w.owner)}, {w.premises(b)}",
        f"Leveren en monteren {b.k('gevelbord')}: {b.k(w.amount)} excl. btw",
        f"Graag binnen 14 dagen overmaken. Uw btw-nummer: {b.k(w.vat)}.",
        b.pool("ident"),
    )


@shape("doc")
def doc_quotation(b, w):
    return _lines(
        f"{b.k('Offerte')} {b.k('terrasmeubilair')} voor {b.full(w.owner)}",
        f"{b.k('Afleveradres')}: {w.premises(b)}",
        f"{w.tables} tafels, {w.tables * 4} stoelen en twee {b.k('parasols')}: {b.k(w.amount)}.",
        f"{b.k('Geldig')} tot {b.k(w.date2)}. Contact: {b.full(w.staff)}, {b.k('verkoop')}.",
        b.pool("detail"),
    )


@shape("doc")
def doc_phone_note(b, w):
    return _lines(
        f"{b.k('Telefoonnotitie')} {b.k(w.date)}, {w.case(b, 'zaak')}",
        f"Gesproken met: {b.full(w.owner)} ({b.p(w.phone, 'PHONE')})",
        f"{b.bare(w.owner)} belde over de {b.k('hercontrole')} en wil een afspraak met {b.full(w.off)}.",
        b.pool("people"),
        b.pool("ident"),
        f"{b.k('Terugbellen')} door: {b.init(w.off2)}",
    )


@shape("doc")
def doc_hearing(b, w):
    return _lines(
        f"{b.k('Verslag')} {b.k('hoorzitting')} {b.k('bezwaarcommissie')}, {w.case(b, 'bezwaar')}",
        f"{b.k('Aanwezig')}: {b.full(w.nb1)} ({b.k('bezwaarmaker')}), {b.full(w.owner)} "
        f"({b.k('vergunninghouder')}), {b.full(w.off)} ({w.func}).",
        f"{b.bare(w.nb1)} zegt dat de {b.k('geluidsoverlast')} sinds de zomer is toegenomen. "
        f"{b.bare(w.owner)} wijst op de nieuwe {b.k('geluidsbegrenzer')}.",
        b.pool("people"),
        b.pool("detail"),
    )


@shape("doc")
def doc_mediation(b, w):
    return _lines(
        f"{b.k('Afsprakenlijst')} {b.k('buurtbemiddeling')}, {b.k(w.date)}",
        f"{b.k('Partijen')}: {b.full(w.owner)} ({w.biz(b)}) en {b.full(w.nb1)} ({b.addr(w.street, w.nb_num)}).",
        f"{b.k('Bemiddelaar')}: {b.full(w.med)}.",
        f"1. De {b.k('afzuiginstallatie')} gaat om 22.00 uur uit.",
        f"2. {b.bare(w.nb1)} belt eerst {b.first(w.owner)} voordat er een melding naar de gemeente gaat.",
        b.pool("people"),
    )


@shape("doc")
def doc_enforcement(b, w):
    return _lines(
        f"{b.k('Vooraankondiging')} {b.k('last onder dwangsom')}",
        f"{b.k('Ons kenmerk')}: {w.case(b, 'handh')}",
        f"Aan {w.biz(b)}, t.a.v. {b.full(w.owner)}, {w.premises(b)}",
        f"Bij een {b.k('controle')} op {b.k(w.date2)} stond het terras buiten de vergunde grenzen.",
        b.pool("detail"),
        b.pool("close"),
    )


@shape("doc")
def doc_exemption(b, w):
    return _lines(
        f"Verzoek {b.k('ontheffing')} {b.k('sluitingstijd')} ({w.case(b, 'ontheff')})",
        f"{b.full(w.owner)} vraagt voor {w.biz(b)} een {b.k('nachtontheffing')} tot 03.00 uur "
        f"in de nacht van {b.k(w.date)}.",
        b.pool("vehicle"),
        b.pool("ident"),
        b.pool("contact"),
    )


@shape("doc")
def doc_bibob(b, w):
    return _lines(
        f"{b.k('Bibob-vragenlijst')}, {b.k('onderdeel')} B: {b.k('financiering')}",
        f"{b.k('Aanvrager')}: {b.full(w.owner)}",
        b.pool("ident", 2),
        f"De inventaris is gefinancierd met een lening van {b.full(w.nb2)} ({b.k('familie')} van {b.full(w.partner)}).",
        b.pool("detail"),
    )


@shape("doc")
def doc_manager_change(b, w):
    return _lines(
        f"{b.k('Melding')} {b.k('wijziging')} {b.k('leidinggevende')} — {w.case(b, 'expl')}",
        f"Per {b.k(w.date)} treedt {b.full(w.staff)} af als leidinggevende van {w.biz(b)}.",
        b.pool("ident"),
        b.pool("people"),
        b.pool("contact"),
    )


@shape("doc")
def doc_whatsapp(b, w):
    t1, t2 = b.r.randint(7, 11), b.r.randint(10, 55)
    return _lines(
        f"[{t1:02d}:{t2:02d}] {b.first(w.owner)}: hoi {b.first(w.off)}, is de {b.k('vergunning')} al binnen?",
        f"[{t1:02d}:{t2 + 3:02d}] {b.first(w.off)}: nog niet, {b.full(w.off2)} moet nog tekenen",
        f"[{t1 + 1:02d}:05] {b.first(w.owner)}: oké, de {b.k('parasols')} staan al klaar",
        b.pool("detail"),
    )


@shape("doc")
def doc_complaint_form(b, w):
    return _lines(
        f"{b.k('Meldingsformulier')} {b.k('overlast')} {b.k('bedrijven')}",
        f"Melder: {b.full(w.nb1)}, {b.addr(w.home_street, w.home_num)}",
        f"E-mail melder: {b.p(w.nb_email, 'EMAIL')}",
        f"Over: {w.biz(b)} ({b.addr(w.street)})",
        f"Omschrijving: {b.k('bevoorrading')} om 06.00 uur, {b.k('koelwagen')} met draaiende motor.",
        b.pool("vehicle"),
        f"{b.k('Registratienummer')}: {w.case(b, 'handh')}",
    )


@shape("doc")
def doc_municipal_invoice(b, w):
    return _lines(
        f"{b.k('Legesnota')} {b.k('Gemeente')} {b.k(w.city)}",
        f"{b.k('Debiteur')}: {b.init(w.owner)}, {w.home(b)}",
        f"{b.k('Omschrijving')}: {b.k('terrasvergunning')} {w.case(b, 'terras')}, {b.k('seizoen')} "
        f"{b.k(str(b.r.choice([2026, 2027])))}",
        f"{b.k('Bedrag')}: {b.k(w.amount)}; {b.k('vervaldatum')} {b.k(w.date2)}.",
        f"{b.k('Automatische incasso')} van {b.p(w.iban, 'IBAN')} is mogelijk.",
        b.pool("contact"),
    )


# ---------------------------------------------------------------- assembly and gates

DOC_KINDS = POOLS["doc"]


def build(r: random.Random, i: int, known_word: str | None) -> dict:
    w = World(r, known_word)
    b = B(r, w)
    name, fn = DOC_KINDS[r.randrange(len(DOC_KINDS))] if i >= len(DOC_KINDS) else DOC_KINDS[i]
    b.shapes.append(name)
    text = fn(b, w)
    doc = {"id": f"fresh20d-{i:04d}"}
    if known_word:
        sent = N.KNOWN_WORDS[known_word]
        lead = r.choice(["Over {}: ", "Toelichting bij {}: ", "Aanvulling van {}: ", "Notitie ({}): "])
        text = text + "\n" + lead.format(b.full(w.owner)) + sent
        b.k(known_word.lower())
        known = {"names": [w.owner.full]}
        if w.email in text:
            known["emails"] = [w.email]
        if w.phone in text:
            known["phones"] = [w.phone]
        doc["known"] = known
    doc["text"] = text
    doc["pii"] = b.pii
    doc["keep"] = [k for k in b.keep if k in text]
    doc["_shapes"] = b.shapes
    return doc


def _name_words(doc: dict) -> set[str]:
    out = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            for t in re.findall(r"\w+", item["text"].lower()):
                if t not in PARTICLES and len(t) > 1:
                    out.add(t)
    return out


def gate(doc: dict) -> str | None:
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not N.bsn_ok(item["text"]):
            return f"bsn {item['text']}"
        if item["label"] == "IBAN" and not N.iban_ok(item["text"]):
            return f"iban {item['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    names = _name_words(doc)
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= {t for t in re.findall(r"\w+", n.lower()) if t not in PARTICLES and len(t) > 1}
    for k in doc["keep"]:
        for t in re.findall(r"\w+", k.lower()):
            if t in names and not (t in known_words and k == k.lower()):
                return f"keep {k!r} shares {t!r} with a name"
    return None


def generate() -> tuple[list[dict], int]:
    docs, redraws = [], 0
    known_cycle = sorted(N.KNOWN_WORDS)
    for i in range(N_DOCS):
        known_word = known_cycle[(i // 4) % len(known_cycle)] if i % 4 == 1 else None
        attempt = 0
        while True:
            seed = f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}"
            doc = build(random.Random(seed), i, known_word)
            if gate(doc) is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 200:
                raise RuntimeError(f"doc {i} keeps failing: {gate(doc)}")
        docs.append(doc)
    return docs, redraws


def serialise(docs: list[dict]) -> str:
    lines = []
    for d in docs:
        out = {"id": d["id"], "text": d["text"], "pii": d["pii"], "keep": d["keep"]}
        if "known" in d:
            out["known"] = d["known"]
        lines.append(json.dumps(out, ensure_ascii=False) + "\n")
    return "".join(lines)


def stats(docs: list[dict], redraws: int) -> str:
    labels = Counter(item["label"] for d in docs for item in d["pii"])
    used = Counter(s for d in docs for s in d["_shapes"])
    origins = set()
    lines = ["label counts:"]
    lines += [f"  {lab:15s} {labels[lab]}" for lab in LABELS]
    lines.append(f"  total           {sum(labels.values())}")
    lines.append(
        f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})"
    )
    kinds = Counter(SHAPES[s] for s in used)
    lines.append(
        f"shapes registered: {len(SHAPES)}; used: {len(used)} "
        f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})"
    )
    lines.append(f"documents: {len(docs)}; known-name documents: {sum('known' in d for d in docs)}")
    lines.append(f"origin groups available: {len(N.ORIGINS)}")
    lines.append(f"redraws: {redraws}")
    del origins
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    docs, redraws = generate()
    text = serialise(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh20d_texts.jsonl is up to date" if same else "fresh20d_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        print(stats(docs, redraws))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
