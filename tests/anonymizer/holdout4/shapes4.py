"""Sentence shapes and genres for holdout4_shapes.jsonl. Each shape registers what it writes on the Ctx."""

from __future__ import annotations

from collections.abc import Callable

import ids4
import pools4 as P
from core4 import Ctx


class Cast:
    """The people of one document: resident, official, neighbour, mediator, child."""

    def __init__(self, c: Ctx) -> None:
        self.c = c
        self.r = c.person()
        self.o = c.person()
        self.n = c.person()
        self.m = c.person(origin="dutch") if c.rng.random() < 0.6 else c.person()
        self.k = c.person()


Shape = Callable[[Ctx, Cast], str]


SIGN_ROLES = ["teamleider", "beleidsmedewerker", "consulent", "klantmanager", "casemanager", "jurist"]


def wd(c: Ctx) -> str:
    d, m = c.rng.randint(1, 28), c.rng.randint(1, 12)
    return c.K(f"{c.pick(ids4.WD_SHORT)} {d}/{m}")


# --- mediator's shorthand log lines -------------------------------------------------------------------------
LOG: list[Shape] = [
    lambda c, x: f"{wd(c)} gebeld met {x.r.formal()}, vm geen gehoor, vm ingesproken.",
    lambda c, x: f"{wd(c)} tel. {x.r.title()} {x.r.sur()} ({c.phone()}) - wil z.s.m. terugbelverzoek",
    lambda c, x: (
        f"{wd(c)}: i.o.m. {x.o.initials()} ({c.kp(P.TEAMS)}) besloten de {c.kp(P.SCHEMES)}-aanvraag "
        f"opnieuw te beoordelen"
    ),
    lambda c, x: (
        f"- {c.date()} huisbezoek {x.r.formal()} samen met {c.kp(P.ROLES)} {x.o.sur()}, "
        f"{c.address()}, bel werkt niet, achterom gelopen"
    ),
    lambda c, x: (
        f"{wd(c)} mail van dhr {x.r.sur()} ontv., stuurt foto's van de schimmel. doorgezet naar "
        f"{c.K('woningcorporatie')}"
    ),
    lambda c, x: f"nb: {x.r.lower_first()} wil niet dat {x.n.formal()} weet dat {x.r.zij()} gebeld heeft!!",
    lambda c, x: f"{wd(c)} terugbelverzoek uitgezet bij {c.kp(P.TEAMS)} t.a.v. {x.o.full()}, zaaknr {c.case()}",
    lambda c, x: f"ivm {c.kp(P.HOLIDAYS)} pas {c.date()} weer contact; {x.r.first()} akkoord",
    lambda c, x: f"{wd(c)} dhr/mw {x.r.sur()} - gesprek 45 min, veel emotie, {x.k.kind()} ({x.k.first()}) was erbij",
    lambda c, x: f"actie MV: {x.o.formal()} vragen of de beschikking van {c.date()} nog klopt",
]


# --- running text sentences ---------------------------------------------------------------------------------
BODY: list[Shape] = [
    lambda c, x: (
        f"{x.r.formal(cap=True)} woont sinds {c.rng.randint(2001, 2022)} aan de {c.address()} en ergert "
        f"zich aan de geluidsoverlast van de bovenburen."
    ),
    lambda c, x: f"Volgens {x.r.full()} is de brief van {c.date()} nooit aangekomen.",
    lambda c, x: f"De buurman ({x.n.full()}) parkeert zijn bus ({c.plate()}) al weken op de stoep bij de {c.street()}.",
    lambda c, x: f"{x.r.poss()} moeder heeft een rollator en kan de trap niet meer op.",
    lambda c, x: (
        f"ik heb al 3x gebeld met {c.kp(P.TEAMS)} maar {x.o.first()} zegt steeds dat het dossier bij een collega ligt"
    ),
    lambda c, x: (
        f"Het gaat om de woning op nr. {c.rng.randint(2, 160)} aan de {c.street()}, waar "
        f"{x.r.formal()} met drie kinderen woont."
    ),
    lambda c, x: (
        f"{x.r.formal(cap=True)} (geb. {c.dob()}) ontvangt sinds {c.date()} een uitkering op grond van "
        f"de {c.kp(['Participatiewet', 'Toeslagenwet'])}."
    ),
    lambda c, x: (
        f"wethouder {x.o.sur()} heeft op {c.date()} toegezegd dat de {c.kp(P.BENEFITS)} "
        f"binnen {c.K('zes weken')} wordt uitbetaald"
    ),
    lambda c, x: (
        f"De heer {x.o.sur()} van {c.kp(P.TEAMS)} legt uit dat de naheffing terecht is, maar "
        f"{x.r.formal()} is het daar niet mee eens."
    ),
    lambda c, x: (
        f"Na overleg met {x.o.initials()} / {c.kp(P.TEAMS)} is besloten de boete van "
        f"{c.K('€ ' + str(c.rng.randint(40, 400)) + ',00')} te laten vallen."
    ),
    lambda c, x: (
        f"{x.r.first()} ({x.r.kind()} van {x.n.formal()}) belt namens {x.r.haar()} {x.n.ouder()} omdat "
        f"{x.n.zij()} slecht Nederlands spreekt."
    ),
    lambda c, x: f"Bewoner woont op de {c.street()}, huisnummer {c.rng.randint(1, 99)}, tweede verdieping.",
    lambda c, x: (
        f"Hij heeft de melding op {c.K(c.pick(ids4.WEEKDAYS))} gedaan via {c.kp(P.MUNI_WWW)}, onder nummer {c.case()}."
    ),
    lambda c, x: (
        f"mevrouw heeft haar rekeningnummer ({c.iban()}) al twee keer doorgegeven aan de "
        f"{c.kp(['SVB', 'Belastingdienst', 'Kredietbank'])}."
    ),
    lambda c, x: (
        f"Het probleem speelt bij de {c.street()}, hoek {c.street()}, waar de stoeptegels al sinds "
        f"{c.kp(ids4.MONTHS)} los liggen."
    ),
    lambda c, x: (
        f"{x.k.given()}, het {'dochtertje' if x.k.female else 'zoontje'} van {x.r.formal()}, "
        f"gaat naar school in een andere wijk en "
        f"heeft recht op {c.K('leerlingenvervoer')}."
    ),
    lambda c, x: f"Ze is geboren op {c.dob()} en woont alleen; haar BSN is {c.bsn()}.",
    lambda c, x: (
        f"{x.r.title(cap=True)} {x.r.initials()} zegt dat {x.o.formal()} {x.r.hem()} heeft "
        f"uitgelachen aan de balie in {c.kp(P.BUILDINGS)}."
    ),
    lambda c, x: f"Bij {c.kp(P.BUILDINGS)} kreeg {x.r.first()} te horen dat het {c.kp(P.PUBLIC_NUMBERS)} moest bellen.",
    lambda c, x: (
        f"De auto met kenteken {c.plate()} staat op naam van {x.n.initials()}, dus de bon is aan de "
        f"verkeerde persoon gestuurd."
    ),
    lambda c, x: f"Haar nieuwe adres is {c.full_address()}; post naar het oude adres komt niet meer aan.",
    lambda c, x: (
        f"{x.r.full()} is {c.K('mantelzorger')} voor {x.r.haar()} schoonmoeder (mevrouw {x.n.sur()}) en "
        f"vraagt een {c.K('parkeervergunning')}."
    ),
    lambda c, x: f"De jongens van {x.n.sur()} spelen voetbal tegen de gevel van nummer {c.rng.randint(3, 90)}.",
    lambda c, x: (
        f"Op {c.kp(ids4.WEEKDAYS)} heeft {c.kp(P.ROLES)} {x.o.full()} samen met {x.r.formal()} de situatie bekeken."
    ),
    lambda c, x: (
        f"{x.r.formal(cap=True)} kan het best bereikt worden op {c.phone('mobile')} (na 17.00 uur) of "
        f"via {x.r.email()}."
    ),
    lambda c, x: f"Zijn broer in Turkije is bereikbaar op {c.phone('foreign')}.",
    lambda c, x: f"Mail graag naar {x.r.email()}, niet naar {c.kp(P.MUNI_MAILS)}, want daar kijkt niemand.",
    lambda c, x: (
        f"{x.r.formal(cap=True)} en {x.r.haar()} ex-partner ({x.n.full()}) zijn het oneens over de "
        f"verdeling van de {c.K('kinderbijslag')}."
    ),
    lambda c, x: f"de klacht van {x.r.lower()} is op {c.date()} doorgestuurd naar {c.kp(P.BODIES)}.",
    lambda c, x: f"Het {c.K('bezwaarschrift')} van {x.r.caps()} (kenmerk {c.case()}) is te laat ingediend.",
    lambda c, x: f"Volgens de buren ({x.n.sur()} en {x.k.sur()}) staat de container al sinds {c.kp(P.HOLIDAYS)} vol.",
]

# --- phone transcript lines (speaker labels) -----------------------------------------------------------------
CALL: list[Shape] = [
    lambda c, x: (
        f"M: Goedemiddag, u spreekt met {x.m.first()} van het {c.K('Afstemmingspunt')}.\n"
        f"Bewoner: Ja hallo met {x.r.full()}, ik bel over die brief."
    ),
    lambda c, x: f"M: Mag ik uw geboortedatum?\nBewoner: {c.dob(written_ok=True)}.",
    lambda c, x: (
        f"M: En op welk nummer kan ik u terugbellen?\nB: {c.phone()}, of anders mijn {x.k.kind()} {x.k.first()}."
    ),
    lambda c, x: (
        f"{x.r.sur()}: ik heb {x.o.formal()} al drie keer gemaild maar krijg niks terug\n"
        f"M: Dat is vervelend, ik ga het navragen bij {c.kp(P.TEAMS)}."
    ),
    lambda c, x: f"B: we wonen op de {c.address()}, dat is boven de {c.K('snackbar')}\nM: Dank u.",
    lambda c, x: f"M: Heeft u een zaaknummer?\nBewoner: eh ja, {c.case()} staat erop",
]

# --- WhatsApp export lines ------------------------------------------------------------------------------------
CHAT: list[Shape] = [
    lambda c, x: f"[{c.K(_hm(c))}] {x.r.full()}: goedemorgen, heeft u al iets gehoord van de gemeente?",
    lambda c, x: f"[{c.K(_hm(c))}] {x.m.first()} (bemiddelaar): Nog niet, ik bel {x.o.formal()} vandaag na.",
    lambda c, x: f"[{c.K(_hm(c))}] {x.r.first()}: mijn nieuwe nummer is {c.phone('mobile')} btw",
    lambda c, x: f"[{c.K(_hm(c))}] {x.r.first()}: ze hebben weer een brief gestuurd over de {c.kp(P.SCHEMES)} 😡😡",
    lambda c, x: f"[{c.K(_hm(c))}] {x.r.first()}: <Media weggelaten>",
    lambda c, x: f"[{c.K(_hm(c))}] {x.m.first()}: Top! Ik heb het doorgezet, kenmerk {c.case()}",
]


def _hm(c: Ctx) -> str:
    return (
        f"{c.rng.randint(1, 28):02d}-{c.rng.randint(1, 12):02d} {c.rng.randint(7, 22):02d}:{c.rng.randint(0, 59):02d}"
    )


# --- signatures, agreements, bullets, PDF paste -------------------------------------------------------------
SIGN: list[Shape] = [
    lambda c, x: (
        f"Met vriendelijke groet,\n\n{x.o.full()}\n{c.kp(SIGN_ROLES)} | {c.kp(P.TEAMS)}\n"
        f"{c.kp(P.MUNIS)}\nT {c.phone('land')} | {c.K('bereikbaar ma-do')}"
    ),
    lambda c, x: f"Groet,\n{x.o.initials()}\n{c.kp(P.TEAMS)}\n{c.kp(P.PUBLIC_NUMBERS)}",
    lambda c, x: f"mvg {x.r.lower_first()}\n\nVerzonden vanaf mijn iPhone",
    lambda c, x: (
        f"Hartelijke groet,\n{x.m.full()}\nbemiddelaar {c.K('Verzoek tot Afstemming')}\n"
        f"{c.phone('mobile')} (niet op vrijdag)"
    ),
]

AGREE: list[Shape] = [
    lambda c, x: (
        f"Partijen:\n1. {x.r.full()}, wonend {c.full_address()}, hierna: bewoner;\n"
        f"2. {c.kp(P.MUNIS)}, vertegenwoordigd door {x.o.full()}, {c.kp(P.ROLES)}."
    ),
    lambda c, x: (
        f"Afgesproken met {x.o.formal()} dat de {c.kp(P.BENEFITS)} uiterlijk {c.date()} is "
        f"uitbetaald op rekening {c.iban()}."
    ),
    lambda c, x: (
        f"{x.r.formal(cap=True)} trekt de klacht in zodra de {c.K('terugbetalingsregeling')} schriftelijk is bevestigd."
    ),
    lambda c, x: (
        f"Getekend te {c.kp(P.TOWNS)}, {c.date()}\n\n______________          ______________\n"
        f"{x.r.full()}                {x.o.initials()}"
    ),
]

BULLET: list[Shape] = [
    lambda c, x: f"* aanwezig: {x.r.formal()}, {x.o.full()} ({c.kp(P.TEAMS)}), {x.m.first()} (verslag)",
    lambda c, x: f"- {x.r.first()} voelt zich niet gehoord door {c.kp(P.BODIES)}",
    lambda c, x: f"- afspraak: {x.o.sur()} belt vóór {c.date()} terug",
    lambda c, x: f"• huurachterstand {c.K('€ ' + str(c.rng.randint(300, 4000)) + ',-')} bij {c.K('Woonbedrijf')}",
]

PDF: list[Shape] = [
    lambda c, x: f"{x.r.full()}\n{c.full_address()}",
    lambda c, x: (
        f"Betreft: uw aanvraag {c.K('individuele inkomenstoeslag')}\nOns kenmerk: {c.case()}\n"
        f"Behandeld door: {x.o.initials()}"
    ),
    lambda c, x: (
        f"Geachte {'mevrouw' if x.r.female else 'heer'} {x.r.sur()},\n\n"
        f"Naar aanleiding van uw ver-\nzoek van {c.date()} "
        f"delen wij u mee dat de {c.kp(P.BENEFITS)}\nis toegekend."
    ),
    lambda c, x: (
        f"Wij hebben uw gegevens gecontroleerd bij het {c.K('UWV')}. U\nheeft geen recht meer op "
        f"een uitkering per\n{c.date()}."
    ),
]

MD: list[Shape] = [
    lambda c, x: (
        "| datum | wie | wat |\n|---|---|---|\n"
        f"| {c.date()} | {x.r.formal()} | belt over {c.kp(P.SCHEMES)} |\n"
        f"| {c.date()} | {x.o.full()} | terugbelafspraak |"
    ),
]


def persons_extra(c: Ctx, x: Cast) -> str:
    """Names inside parentheses and after slashes, married names."""
    return c.rng.choice(
        [
            lambda: f"Contactpersoon: {x.o.first()}/{x.o.sur()} ({c.kp(P.TEAMS)}).",
            lambda: (
                f"Mevrouw {c.P(x.n._sur(True) + '-' + x.r._sur())} heeft ook namens haar man "
                f"({x.n.initials()}) getekend."
            ),
            lambda: f"In de cc: {x.o.full()} en {x.m.full()}.",
            lambda: f"de heer {x.o.sur()} van {c.kp(P.TEAMS)} (tel. {c.phone('land')}) heeft de stukken.",
            lambda: f"{x.r.nick()} (eigenlijk {x.r.full()}) is de contactpersoon.",
        ]
    )()


# --- more running-text shapes: prepositions without number, slashes, birth dates without a cue word -----------
BODY += [
    lambda c, x: f"De lantaarnpaal op de hoek {c.street()}/{c.street()} is al sinds {c.kp(P.HOLIDAYS)} kapot.",
    lambda c, x: (
        f"{x.r.full()} ({c.dob()}) heeft op {c.date()} een {c.K('aanvraag')} gedaan, maar die is volgens "
        f"{c.kp(P.TEAMS)} nooit binnengekomen."
    ),
    lambda c, x: f"De fam. {x.r.sur()} woont tegenover de {c.street()}.",
    lambda c, x: (
        f"mw. {x.r.sur()} / dhr. {x.n.sur()} hebben samen een {c.K('bezwaar')} ingediend tegen de {c.K('WOZ-waarde')}."
    ),
    lambda c, x: f"{x.k.poss()} school heeft gebeld met {c.kp(P.BODIES)} over het {c.K('leerlingenvervoer')}.",
    lambda c, x: (
        f"Bereikbaar via tel: {c.phone()} of via de {c.K('balie')} van {c.kp(P.BUILDINGS)} op {c.kp(ids4.WEEKDAYS)}."
    ),
    lambda c, x: (
        f"Huisnummer {c.rng.randint(1, 120)} aan de {c.street()} is een {c.K('huurwoning')} van "
        f"{c.K('Woonbedrijf')}; daar woont {x.r.formal()}."
    ),
    lambda c, x: (
        f"Volgens {c.K('de wijkagent')} ({x.o.full()}) is er bij {x.n.formal()} op nr. {c.rng.randint(2, 80)} al "
        f"drie keer ingebroken."
    ),
]

# --- residents' own messages: lower case, run-on, no punctuation ----------------------------------------------
INFORMAL: list[Shape] = [
    lambda c, x: (
        f"hoi ik ben {x.r.lower()} en ik woon op de {c.street()} nr "
        f"{c.rng.randint(1, 150)} en ik wil ff zeggen dat niemand mij terugbelt"
    ),
    lambda c, x: f"mijn {x.k.kind()} {x.k.lower_first()} zit thuis want het {c.K('taxibusje')} komt niet",
    lambda c, x: (
        f"bel me maar op {c.phone('mobile')} ik ben er na 3 uur, of mail {x.r.email()} want post komt hier niet aan"
    ),
    lambda c, x: f"die meneer {x.o.sur()} van de gemeente zei dat het geregeld was",
    lambda c, x: f"ik heb de brief met {c.K('kenmerk')} {c.case()} nooit gekregen!!!",
    lambda c, x: f"groetjes {x.r.lower_first()} ({x.r.sur()})",
]


def _broken(s: str) -> str:
    """Break a multi-word string at its last space, as text pasted from a PDF does."""
    head, _, tail = s.rpartition(" ")
    return f"{head}\n{tail}" if head else s


def _pdf_name(c: Ctx, x: Cast) -> str:
    name = x.r._sur(cap=True)
    title = x.r.title()
    shown = f"{title} {c.P(_broken(name))}" if " " in name else f"{title}\n{c.P(name)}"
    return (
        f"Op {c.date()} is het ver-\nzoek van {shown} beoordeeld door de {c.K('commissie')}.\n"
        f"De aan-\nvraag is on-\nvolledig."
    )


def _pdf_street(c: Ctx, x: Cast) -> str:
    first, rest = c.pick([s for s in P.STREETS if " " in s]).split(" ", 1)
    street = c.A(f"{first}\n{rest} {c.rng.randint(1, 99)}")  # the line breaks inside the street name
    return f"Het college heeft besloten de woning aan de {street} aan te merken als {c.K('urgent')}."


PDF += [_pdf_name, _pdf_street]
