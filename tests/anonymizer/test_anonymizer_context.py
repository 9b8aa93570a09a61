"""Context rules: what makes a capitalised word a name, and what keeps departments, bodies and places."""

import re

import pytest

from anonymizer import anonymize


def out(text: str) -> str:
    return anonymize(text).text


def gone(word: str, text: str) -> bool:
    return not re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)


@pytest.mark.parametrize(
    "text",
    [
        "De afdeling Burgerzaken van de gemeente Utrecht reageerde snel.",
        "Het Sociaal Wijkteam Noord werkt samen met Vluchtelingenwerk.",
        "De Nationale ombudsman en de Raad van State gaven een oordeel.",
        "Via DigiD kon ze inloggen op MijnOverheid.",
        "De Centrale Raad van Beroep oordeelde anders.",
        "Ze ging naar het UWV en daarna naar de Belastingdienst.",
        "Handhaving kwam langs en Stadsbeheer heeft de lantaarnpaal gerepareerd.",
        "Een medewerker van Team Parkeren belde terug.",
        "De rechter van de Rechtbank Midden-Nederland besliste in juni.",
        "De Nederlandse Schuldhulproute verwees door naar Geldfit.",
        "Ook het Leger des Heils en de GGD werden ingeschakeld.",
        "De klacht ging over de Wmo en de Jeugdwet.",
        "Op Koningsdag 2023 was het stadhuis dicht.",
        "In het Zuiderpark werd een evenement gehouden.",
        "De Voedselbank in Amersfoort hielp het gezin.",
    ],
)
def test_bodies_departments_and_places_kept(text):
    assert out(text) == text


@pytest.mark.parametrize(
    "text,names",
    [
        ("Volgens Van der Zwaan is de beslissing onterecht.", ["Zwaan"]),
        ("Samen met Sietske van der Zwaan bezocht de bemiddelaar het wijkteam.", ["Sietske", "Zwaan"]),
        ("Het advies van ir. R. Oosterhof was duidelijk.", ["Oosterhof"]),
        ("Ik ben Ouassima Sterk en ik woon hier al tien jaar.", ["Ouassima", "Sterk"]),
        ("Dat is niet juist, aldus Hoogeveen.", ["Hoogeveen"]),
        ("Schaap belde twee keer met het Klantcontactcentrum.", ["Schaap"]),
        ("Daarna nam Arend contact op met de wijkcoach.", ["Arend"]),
        (
            "De melding is doorgezet naar Arend Wiśniewska van de afdeling Openbare Ruimte.",
            ["Arend", "Wiśniewska"],
        ),
        ("Toen belde Meindert met de vraag of het al geregeld was.", ["Meindert"]),
        ("Contactpersoon: Albertine Kooistra, telefoon 06-12345678.", ["Albertine", "Kooistra"]),
        ("Dhr. De Haan (geb. 3 mei 2002) ontvangt een uitkering.", ["Haan"]),
        ("Van: Rutger Oosterhof <r.oosterhof@ziggo.nl>", ["Rutger", "Oosterhof"]),
        ("Soufian Schaap en haar zus wonen boven de bakkerij.", ["Soufian", "Schaap"]),
        ("Terugbetaling t.n.v. mevrouw Kowalczyk.", ["Kowalczyk"]),
        ("Groet,\nTjitske\n", ["Tjitske"]),
    ],
)
def test_names_found_by_context(text, names):
    res = out(text)
    for n in names:
        assert gone(n, res), res


def test_honorific_van_belongs_to_name_role_van_does_not():
    assert out("Mevrouw van Dijk belde.") == "Mevrouw [persoon 1] belde."
    res = out("Na de verhuizing van Desiree naar Apeldoorn bleef de post komen.")
    assert res == "Na de verhuizing van [persoon 1] naar Apeldoorn bleef de post komen."


def test_street_without_number_vs_surname():
    assert out("De bewoners van de Sleedoornhof klaagden.") == "De bewoners van de [adres] klaagden."
    assert out("Ik ben Rutger Oosterhof.") == "Ik ben [persoon 1]."


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Op Bongerd 130 hs is de goot verstopt.", "Op [adres] is de goot verstopt."),
        ("Ze woont op Achterom 4 in Delft.", "Ze woont op [adres] in Delft."),
        ("Het pand aan de Singel 211c staat leeg.", "Het pand aan de [adres] staat leeg."),
        ("Op Kamer 12 was het koud.", "Op Kamer 12 was het koud."),
    ],
)
def test_streets_without_suffix(text, expected):
    assert out(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Geboortedatum aanvrager: 25-3-1977.", "Geboortedatum aanvrager: [geboortedatum] 1977."),
        ("Jan Jansen (03-05-1971) woont hier.", "[persoon 1] ([geboortedatum] 1971) woont hier."),
        ("geboren op dinsdag 3 mei 1960", "geboren op [geboortedatum] 1960"),  # the weekday goes with the date
        ("DOB: 03-05-1971", "DOB: [geboortedatum] 1971"),
        ("Hij is gebeld op 3-5-2023.", "Hij is gebeld op 3-5-2023."),
        ("De vergadering (12-03-2023) ging door.", "De vergadering (12-03-2023) ging door."),
    ],
)
def test_birth_date_shapes(text, expected):
    assert out(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Uw melding Z-748557 is in behandeling.", "Uw melding [zaaknummer] is in behandeling."),
        ("Uw aanvraag 2023 is binnen.", "Uw aanvraag 2023 is binnen."),
        ("Geregistreerd onder zaaknummer 2024.12345.", "Geregistreerd onder zaaknummer [zaaknummer]."),
        ("Het verzoek ZK-123456 loopt.", "Het verzoek [zaaknummer] loopt."),
    ],
)
def test_case_numbers_by_weaker_cues(text, expected):
    assert out(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Esra, de moeder van twee kinderen, belde.", "[persoon 1], de moeder van twee kinderen, belde."),
        ("Jan: ik heb gebeld.", "[persoon 1]: ik heb gebeld."),
        ("Bewoner: ik heb gebeld.", "Bewoner: ik heb gebeld."),
        (
            "Handhaving, de afdeling die boetes geeft, reageerde.",
            "Handhaving, de afdeling die boetes geeft, reageerde.",
        ),
        (
            "De Akkerman's hebben de schutting zelf betaald.",
            "De [persoon 1] hebben de schutting zelf betaald.",
        ),
        ("Zie facebook.com/jan.jansen.9 voor de foto.", "Zie [url] voor de foto."),
        ("IBAN: NL 91AB NA04 1716 4300.", "IBAN: [IBAN]."),
        ("Burgerservicenummer 111-222-333", "Burgerservicenummer [BSN]"),
    ],
)
def test_more_shapes(text, expected):
    assert out(text) == expected


def test_repeated_numbers_and_streets_without_their_cue():
    text = "Op Bongerd 130 hs is de goot verstopt. De hele Bongerd heeft last. Klantnummer 884213; 884213."
    assert out(text) == (
        "Op [adres] is de goot verstopt. De hele [adres] heeft last. Klantnummer [zaaknummer]; [zaaknummer]."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Luisteren, Oplossen en Leren zijn de drie stappen.",
        "Het Rode Kruis en Dokters van de Wereld verleenden hulp.",
        "BurgerkrachtCentraal zal ook zelf gemeenten benaderen.",
        "Gedragsverandering\n\nEr moet iets veranderen.",
        "Lees ook het rapport van de Veteranenombudsman.",
    ],
)
def test_headings_verbs_and_brands_kept(text):
    assert out(text) == text
