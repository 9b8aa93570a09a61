"""Templates for holdout5_known.jsonl: residents whose names are ordinary words or place names.

The request record's own data is passed as "known" (names, sometimes e-mail and phone), and the same words
occur in their ordinary sense in the text: those must be kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import h5pools as pools
from h5core import K
from h5ctx import Ctx, Person

Template = Callable[[Ctx], str]
TEMPLATES: list[Template] = []

# name word -> sentences using it as an ordinary word ({w} is the marked keep phrase)
WORD_USE: dict[str, list[str]] = {
    "Roos": ["Op de gevel zit een rode {w} geschilderd.", "ze kreeg een {w} van de buurvrouw"],
    "Bloem": ["Het perkje met één {w} erin is door de gemeente weggehaald."],
    "Hoop": ["ze heeft weinig {w} dat het nog goed komt.", "Er ligt een {w} grond achter de garage."],
    "Storm": ["Na de {w} van vorige week lag er een boom op de auto."],
    "Merel": ["In de heg zit een {w} te broeden, daarom mag er niet gesnoeid worden."],
    "Iris": ["De oogarts zag iets aan de {w} van haar linkeroog."],
    "Amber": ["Ze draagt een kettinkje van {w}."],
    "Linde": ["De oude {w} voor het huis moet volgens de gemeente gekapt worden."],
    "Vlinder": ["De kinderen tekenden een {w} op de stoep."],
    "Zon": ["Het balkon ligt de hele middag in de {w}."],
    "Juni": ["De keuring is pas in {w}."],
    "April": ["Vanaf {w} geldt de nieuwe regeling."],
    "Mei": ["De huurverhoging gaat in {w} in."],
    "Hope": ["the {w} is gone zei ze in het Engels."],
    "Grace": ["Er is een periode van {w} afgesproken (coulance)."],
    "de Boer": ["De grond is gepacht door een {w} uit de buurt."],
    "Visser": ["Haar vader was {w} in IJmuiden."],
    "Koster": ["De {w} van de kerk heeft de sleutel van het zaaltje."],
    "Kok": ["Hij werkt als {w} in een restaurant."],
    "Bakker": ["Bij de {w} op de hoek hangt een briefje over de buurtavond."],
    "Groen": ["Het {w} in de wijk wordt slecht onderhouden."],
    "Winter": ["In de {w} is de stoep spekglad."],
    "de Haan": ["Een {w} van de buren kraait elke ochtend om vijf uur."],
    "Vos": ["Een {w} heeft de kippen in de volkstuin gepakt."],
    "Wolf": ["Op de hei is een {w} gezien, volgens de boswachter."],
    "Koning": ["Ze stuurde zelfs een brief aan de {w}."],
    "Kuiper": ["Het oude pand was vroeger van een {w} die vaten maakte."],
    "Molenaar": ["De {w} van de korenmolen geeft rondleidingen."],
    "Schipper": ["De {w} van het veer weigerde de scootmobiel."],
    "Post": ["De {w} wordt sinds de verhuizing niet doorgestuurd."],
    "Vink": ["Op het formulier moet een {w} bij 'akkoord'."],
    "Haas": ["Er zit een {w} in de tuin van het complex."],
    "Snoek": ["In de vijver is een dode {w} gevonden."],
    "Zwart": ["De gevel is {w} van het roet."],
    "de Wit": ["De muur van de berging is {w} geverfd."],
    "Steen": ["Er is een {w} door de ruit gegooid."],
    "Bos": ["De kinderen spelen in het {w} achter de school."],
    "Baas": ["Haar {w} wil een verklaring van de gemeente."],
    "Vrolijk": ["Hij was niet bepaald {w} na het gesprek."],
    "Slot": ["Het {w} van de fietsenberging is kapot."],
    "Pauw": ["Bij de kinderboerderij loopt een {w}."],
    "Hamer": ["Hij sloeg met een {w} op de verwarmingsbuis."],
    "Spijker": ["Er stak een {w} uit de schutting."],
    "Bruin": ["Het water uit de kraan is {w}."],
    "Hoorn": ["Ze legde de {w} er gewoon op."],
    "Sluis": ["De {w} bij de haven is dicht wegens onderhoud."],
    "Doorn": ["Het kind kreeg een {w} in zijn voet in het speeltuintje."],
    "Beek": ["De {w} achter het huis treedt buiten haar oevers."],
    "van Putten": ["Het water komt uit twee oude {w} in de tuin."],
    "Bergen": ["Er liggen {w} zand op de stoep sinds de werkzaamheden."],
    "Kampen": ["De jongeren gaan in de zomer op {w} met het jongerenwerk."],
    "Valk": ["Op de kerktoren broedt een {w}."],
    "Kooi": ["De konijnen zitten in een {w} op het balkon."],
    "Otter": ["In de plas is een {w} gezien."],
}
WORDS_FIRST = [w for w in pools.WORD_FIRST if w in WORD_USE]
WORDS_SUR = [w for w in pools.WORD_SUR if w in WORD_USE]


def resident(x: Ctx) -> tuple[Person, list[str]]:
    """A resident with a first name, a surname or both that are ordinary words; sets x.known."""
    base = x.person(word=0.0)
    mode = x.rng.randrange(3)
    first, sur = base.first, base.sur
    words = []
    if mode in (0, 2):
        first = x.pick(WORDS_FIRST)
        words.append(first)
    if mode in (1, 2):
        sur = x.pick(WORDS_SUR)
        words.append(sur)
    p = Person(first, sur, base.gender, "gs")
    known: dict[str, list[str]] = {"names": [p.full]}
    x.known = known
    return p, words


def use(x: Ctx, words: list[str]) -> str:
    """One ordinary-use sentence per name word, the word kept."""
    out = []
    for w in words:
        out.append(ordinary(x.pick(WORD_USE[w]), w))
    return " ".join(out)


def ordinary(sentence: str, word: str) -> str:
    """The sentence with the word kept together with the word before it ("de zon", "een merel")."""
    phrase = word.split()[-1].lower()
    return re.sub(r"(\S+) \{w\}", lambda m: K(f"{m.group(1)} {phrase}"), sentence)


def add_known(x: Ctx, key: str, marked: str) -> str:
    from h5core import parse

    assert x.known is not None
    x.known.setdefault(key, []).append(parse(marked)[1][0]["text"])
    return marked


def t(fn: Template) -> Template:
    TEMPLATES.append(fn)
    return fn


@t
def k_intake(x: Ctx) -> str:
    p, w = resident(x)
    return (
        f"Intake {x.date()}: {x.full(p)} meldt zich bij het {x.dept()}. {use(x, w)} {x.title(p)} wil weten of "
        f"er recht is voor {x.scheme()}."
    )


@t
def k_mail(x: Ctx) -> str:
    p, w = resident(x)
    return (
        f"Van: {add_known(x, 'emails', x.email(p))}\nOnderwerp: mijn aanvraag\n\nGoedemiddag,\n{use(x, w)} Kunt u "
        f"mij laten weten hoe het staat met mijn aanvraag? Groet, {x.full(p)}"
    )


@t
def k_log(x: Ctx) -> str:
    p, w = resident(x)
    return (
        f"{x.short_date()} gebeld met {x.title(p)}. {use(x, w)} {x.sur(p)} vraagt om een huisbezoek, "
        f"liefst op {x.weekday()}."
    )


@t
def k_phone(x: Ctx) -> str:
    p, w = resident(x)
    return (
        f"Terugbelverzoek: {x.full(p)}, {add_known(x, 'phones', x.phone())}. {use(x, w)} Graag vóór "
        f"{x.date()} terugbellen."
    )


@t
def k_letter(x: Ctx) -> str:
    p, w = resident(x)
    return (
        f"Geachte {x.title(p)},\n\nNaar aanleiding van uw brief van {x.date()} het volgende. {use(x, w)} "
        f"Wij hebben uw verzoek doorgestuurd naar het {x.dept()}.\n\nMet vriendelijke groet,\n{x.gemeente()}"
    )


@t
def k_agreement(x: Ctx) -> str:
    p, w = resident(x)
    o = x.person()
    return (
        f"Afspraak: {x.full(o)} van {x.dept()} regelt met {x.full(p)} een betalingsregeling van "
        f"{x.amount()} per maand. {use(x, w)} {x.sur(p)} krijgt de regeling schriftelijk."
    )


@t
def k_initials(x: Ctx) -> str:
    p, w = resident(x)
    return f"Behandeld: {x.init(p)} -- {use(x, w)} Dossier over {x.scheme()} afgesloten op {x.date()}."


@t
def k_quote(x: Ctx) -> str:
    p, w = resident(x)
    return (
        f"{x.first(p)} zegt: 'ik heb alles ingevuld en nog krijg ik niks.' {use(x, w)} Volgens {x.title(p)} "
        f"heeft {x.body()} de stukken kwijtgemaakt."
    )


@t
def k_neighbour(x: Ctx) -> str:
    p, w = resident(x)
    nb = x.person(gender="f")
    return (
        f"Buurvrouw {x.full(nb)} klaagt over {x.full(p)}. {use(x, w)} {x.sur(p)} erkent dat er spanningen "
        f"zijn en wil bemiddeling."
    )


@t
def k_known_email_phone(x: Ctx) -> str:
    p, w = resident(x)
    return (
        f"Contactgegevens volgens het verzoek: {x.full(p)}, {add_known(x, 'phones', x.mobile())}, "
        f"{add_known(x, 'emails', x.email(p))}. {use(x, w)}"
    )


@t
def k_possessive(x: Ctx) -> str:
    p, w = resident(x)
    return f"{x.poss(p)} zoon kan niet naar school door het {x.scheme()}-besluit. {use(x, w)}"


@t
def k_minutes(x: Ctx) -> str:
    p, w = resident(x)
    m = x.person()
    return (
        f"Verslag {x.date()}\nAanwezig: {x.full(p)}, {x.full(m)} (bemiddelaar)\n{use(x, w)}\nActie: "
        f"{x.first(m)} belt {x.body()}."
    )


@t
def k_caps(x: Ctx) -> str:
    p, w = resident(x)
    return f"AANVRAGER: {x.caps(p)}\nTOELICHTING: {use(x, w)} Aanvraag {x.scheme()} ingediend."


@t
def k_sms(x: Ctx) -> str:
    p, w = resident(x)
    return (
        f"sms aan {add_known(x, 'phones', x.mobile())}: hallo {x.first(p)}, uw afspraak is {x.weekday()} "
        f"{x.time()}. {use(x, w)}"
    )


@t
def k_voicemail(x: Ctx) -> str:
    p, w = resident(x)
    return (
        f"voicemail: goedemiddag met {x.full(p)} ik bel over mijn aanvraag {x.scheme()} wilt u terugbellen. "
        f"Notitie medewerker: {use(x, w)}"
    )


@t
def k_lower_other(x: Ctx) -> str:
    p, _w = resident(x)
    return (
        f"chat: hoi ik ben {x.lower(p)} en ik wacht nog steeds op de {x.scheme()}. Doorgezet naar {x.dept()} "
        f"op {x.date()}."
    )


PLACE_FIRST = {"Sahara": "de woestijn", "Jordan": "Jordanië", "Paris": "Parijs", "Lotus": "de lotusbloem"}


@t
def k_place_first(x: Ctx) -> str:
    base = x.person(word=0.0)
    first = x.pick(list(PLACE_FIRST))
    p = Person(first, base.sur, base.gender, "gs")
    x.known = {"names": [p.full]}
    return (
        f"{x.full(p)} is vorig jaar uit {K(PLACE_FIRST[first])} naar {x.ktown()} verhuisd en zoekt werk. "
        f"{x.title(p)} heeft een afspraak bij het {x.body()} op {x.weekday()}."
    )


@t
def k_whatsapp(x: Ctx) -> str:
    p, w = resident(x)
    m = x.person()
    return (
        f"[{x.short_date()} {x.time()}] {x.first(p)}: hoi {x.first(m)} ben je er nog\n"
        f"[{x.short_date()} {x.time()}] {x.first(m)}: ja zeg het maar\n[{x.short_date()} {x.time()}] "
        f"notitie bemiddelaar: {use(x, w)}"
    )


@t
def k_council(x: Ctx) -> str:
    p, w = resident(x)
    return (
        f"Antwoord college: de situatie van {x.title(p)} is bekend. {use(x, w)} Het {x.dept()} heeft op "
        f"{x.date()} contact gehad met {x.sur(p)}."
    )


@t
def k_invite(x: Ctx) -> str:
    p, w = resident(x)
    a = x.person()
    return (
        f"Onderwerp: gesprek {x.full(p)}\nDeelnemers: {x.full(a)}; {x.full(p)}; {x.dept()}\n"
        f"Locatie: {x.building()}\nToelichting: {use(x, w)}"
    )
