"""Round thirty-two (issue 10): what holdout31 (held out in round thirty-one, a development corpus since) and the
blind corpora fresh38a-e showed, each probed in other words than the corpus, beside the ordinary words that must
stay. Some cases already passed at the round's start in these words and guard the same shape.
"""

from __future__ import annotations

import pytest

from anonymizer import anonymize

# ---------------------------------------------------------------- what goes
REMOVED = [
    # holdout31: a postcode in lower case between two commas of a list's row
    ("Uitgifte compostbakken:\n1. Dhr. Verbeek, 4512 kr, 10:30\n2. Mevr. Aydın, 3061 gs, 11:00", "4512 kr"),
    ("Uitgifte compostbakken:\n1. Dhr. Verbeek, 4512 kr, 10:30\n2. Mevr. Aydın, 3061 gs, 11:00", "3061 gs"),
    # a role before a name: who organises, demonstrates, holds a key, or a police rank
    ("09:40 — Initiatiefnemer Hamdi meldt zich bij de poort.", "Hamdi"),
    ("Demonstrant KOFI ASANTE-BOAKYE werd aangesproken.", "ASANTE-BOAKYE"),
    ("Aangesproken door hoofdagent Schreuder van het team.", "Schreuder"),
    # fresh38d: a child and the date after "is van", in several spellings
    ("mijn zusje Liva is van 12.03.18 en zit nog thuis", "12.03.18"),
    ("mn neefje Dawit is van 4 februari '17 dus hij moet naar groep 4", "4 februari '17"),
    ("ik ben van 2007-11-30 en wil een eigen kamer", "2007-11-30"),
    # fresh38a: a number of four figures, a year and a serial of five between full stops
    ("De aanslag marktgeld staat nog open (3312.25.40981) bij de curator.", "3312.25.40981"),
    ("Zie vordering 7420.2026.11873 op de lijst.", "7420.2026.11873"),
    # fresh24a: a surname written before its initials in a list; holdout16: the parties' signatures on a claim form
    ("09:10 Rahimov T. + zoon (kind) – Paspoort", "Rahimov"),
    ("12. Handtekeningen: A KVD  B TSG", "KVD"),
    ("12. Handtekeningen: A KVD  B TSG", "TSG"),
    # fresh21a: initials with full stops for a person, no surname after them
    ("Vraag aan de groep: wat bedoelt P.J. eigenlijk met 'respect'?", "P.J."),
    ("Terugbellen H.K. op maandag, geen gehoor.", "H.K."),
    # fresh14d: "hij was van" and a date; fresh18b: "die" pointing at a person in speech
    ("mijn opa is vorig jaar overleden, hij was van 3 maart '38", "3 maart '38"),
    ("en dan die wubet alemseged van de wijkteam die belde niet terug", "alemseged"),
    # given names the lists missed
    ("Gisteren belde Taras over de sleutel.", "Taras"),
    ("Volgens Kourosh is de huur te hoog.", "Kourosh"),
    # holdout31: a name glued with "Fitz" is no body, so the initial and surname joined to it by "en" are a person
    ("Trainers: Siobhan FitzPatrick en K Nowacki", "Nowacki"),
    # a venue named after its owner stays removed
    ("Camping Yilmaz vraagt een vergunning voor de winter.", "Yilmaz"),
]


@pytest.mark.parametrize(("text", "item"), REMOVED)
def test_removed(text: str, item: str) -> None:
    assert item not in anonymize(text).text


# ---------------------------------------------------------------- what stays
KEPT = [
    # holdout31: a sentence after a house number's letter starts with a capital, not a name
    ("De buren kwamen samen op Esdoornlaan 14b. Achttien mensen schreven zich in.", "Achttien"),
    # a course's name after its lower-case kind; a list's name after its kind in a heading
    ("Meneer Olde volgt nu de cursus Veilig Bankieren op dinsdag.", "Veilig Bankieren"),
    ("Presentielijst Wegwijzer — Bibliotheek Assen\nnaam;telefoon", "Wegwijzer"),
    # a word before a place that some carry as a surname; a meeting room named with its article
    ("Geveltuinactie Zwolle — aanmeldingen\nnaam;straat", "Zwolle"),
    ("Wijkkamer De Eik — openingstijden\nma 10:00-12:00", "De Eik"),
    # a role glued to a word is no name, also in lower case
    ("Op zaterdag openen wethouder en jeugdburgemeester samen het speelveld.", "jeugdburgemeester"),
    ("09:40 — Initiatiefnemer Hamdi meldt zich bij de poort.", "Initiatiefnemer"),
    # a body of government IT, a platform, a country's adjective
    ("De activeringscode komt van Logius, niet van de gemeente.", "Logius"),
    ("Ze verhuren het huis via Vrbo en Booking in de zomer.", "Vrbo"),
    ("Het Europese vignet hangt niet aan de boot.", "Europese"),
    # fresh38e: prizes, buildings and bridges named after a person
    ("De Multatulipenning gaat dit jaar naar de voedselbank.", "Multatulipenning"),
    ("Ze vergaderen in het Lorentzgebouw naast de Wilhelminabrug.", "Lorentzgebouw"),
    ("De Annie Romeinprijs werd gisteren uitgereikt.", "Annie Romeinprijs"),
    # fresh38b: a department after a role; a heading's compound in capitals; a campsite and a hotel by their names
    ("Gesproken met handhaver Kamerverhuur over de melding.", "Kamerverhuur"),
    ("VERSLAG KEUKENTAFELGESPREK\nAanwezig: bewoner en consulent", "KEUKENTAFELGESPREK"),
    ("Beheerder Camping Bosrand belde over de afvalbakken.", "Camping Bosrand"),
    ("Hotel Zeewind vraagt een terrasvergunning.", "Hotel Zeewind"),
    # famous people, a school with its founder's initials, a college's title, a device and a firm's legal form
    ("De expositie over Rembrandt trekt veel bezoekers.", "Rembrandt"),
    ("Het leesclubje las Max Havelaar en daarna iets van Hella Haasse.", "Hella Haasse"),
    ("Haar zoon zit op de Jac. P. Thijsseschool in de wijk.", "P. Thijsseschool"),
    ("De leerlingen van het Dr. Nassau College helpen mee.", "Nassau College"),
    ("Het rapport van Deloitte B.V. kwam te laat.", "Deloitte"),
    ("Zie Bijlage A. voor de tekening.", "Bijlage A."),
    # a heading's noun before "op" and a street opening a line is no part of the address
    ("Verslag\nHuisbezoek op Kastanjelaan 4: alles in orde.", "Huisbezoek op"),
    # a name's possession in lower case stays: "Fenne's schoolpas"
    ("Hoi, Jorieke's fietssleutel is kwijt, kan ik die ophalen?", "fietssleutel"),
    # colleges, shop chains and country adjectives
    ("ik zit op het Deltion en loop stage bij de Praxis", "Deltion"),
    ("De Marokkaanse bakker en de Friese kaasboer staan op de markt.", "Friese"),
    # a quantity in lower case is no postcode
    ("De aanhanger weegt 1500 kg en de route is 2000 km.", "2000 km"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_kept(text: str, word: str) -> None:
    assert word in anonymize(text).text


# ---------------------------------------------------------------- unlisted names in new sentence shapes
# A probe written for this round: given names and surnames composed so that no list holds them, in forty shapes of
# halls, playgrounds, beaches and neighbours' devices that no corpus used as such. Three shapes leak still: an unknown
# name before another in brackets at a sentence's start (either way round), and an unknown name before a verb no list
# holds.
_FIRST = ("Jorieke", "Ayelet", "Fleurien", "Sennaya", "Wubalem")
_SUR = ("Oosterwierda", "Baghdasarian", "Harmsenhoek", "Kwakkelstein", "Overdijkink")
_LEAKING = (
    "{s} ({f}) heeft de zaal gehuurd voor 12 april.",
    "{f} ({s}) reageerde boos.",
    "{f} zwom te ver uit de kust.",
)
SHAPES = [
    "{s} ({f}) heeft de zaal gehuurd voor 12 april.",
    "{s} belde gisteren over de zaal.",
    "{f} zwom te ver uit de kust.",
    "| {f} {s} | zaal 2 | 12-04 | betaald |",
    "naam;zaal;datum\n{f} {s};De Eikenhof;12-04",
    "- {f} {s}\n- {f2}",
    "1. {s}, {f} – 2 uur",
    "ff checken: {f} komt om 3 uur",
    "de buurjongen {f} vliegt elke dag met zijn drone",
    "zaalverhuur {s} 2026",
    "{f} en ik hebben de sleutel teruggebracht.",
    "Hallo allemaal, {f} hier.",
    "Speeltuin-vrijwilliger {f} {s} maakte foto's.",
    "Tegen {s} is een last onder dwangsom opgelegd.",
    "Zienswijze {f} {s} over de zendmast",
    "Bezwaar van {s} tegen de warmtepomp van {s2}",
    "RE: zaalhuur {f} {s}",
    "Van: {f} {s}\nAan: Zaalverhuur",
    "Getuige: {f} (buurman)",
    "{f} {s}, die naast het speelveld woont, klaagt.",
    "Er is een melding gedaan door {f}.",
    "Ook {s} was aanwezig.",
    "Kinderen: {f} (6), {f2} (9).",
    "Volgens mij heeft {f} gelijk.",
    "@{f} kun je even bellen?",
    "{f} {s} heeft op 3 mei de gymzaal gehuurd.",
    "Als {s} de camera niet verplaatst, gaan wij naar de rechter.",
    "Nadat {f} was gevallen, kwam de EHBO.",
    "Overleg met de familie {s} gepland.",
    "De buurman ({s}) wil niet praten.",
    "{f} ({s}) reageerde boos.",
    "Hierbij meld ik, {f} {s}, dat de drempel gevaarlijk is.",
    "Groet, {s}",
    "Akkoord, {f}",
    "Beste {f},\nDank voor je bericht.",
    "Dag meneer {s},",
    "{f}/{s}",
    "Foto: {f} {s}",
    "Door {f} {s}, wijkbewoner",
    "{f} {s} - 06 12345678 - zaal A",
]


@pytest.mark.parametrize("shape", SHAPES)
def test_unlisted_names_in_new_shapes(shape: str) -> None:
    if shape in _LEAKING:
        pytest.xfail("a known gap of round thirty-two")
    for k in range(len(_FIRST)):
        f, f2, s, s2 = _FIRST[k], _FIRST[(k + 1) % 5], _SUR[k], _SUR[(k + 2) % 5]
        out = anonymize(shape.format(f=f, f2=f2, s=s, s2=s2)).text
        for key, part in (("{f}", f), ("{f2}", f2), ("{s}", s), ("{s2}", s2)):
            if key in shape:
                assert part not in out, out
