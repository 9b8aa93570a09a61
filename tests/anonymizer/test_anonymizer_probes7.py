"""Probes written by hand in round seven (issue 10), in shapes of no corpus: mediator's notes, chats, minutes,
forwarded mail, telephone notes, names of many origins and ordinary municipal sentences without personal data.
Each found a bug or guards a shape the corpora hold only rarely; the known misses are marked xfail.
"""

from __future__ import annotations

import pytest

from anonymizer import Known, anonymize

GONE = [
    ("Gesprek gehad met Wietske Hoogendoorn-Bakker over haar huurachterstand.", ["Wietske", "Hoogendoorn-Bakker"]),
    ("Zij vertelde dat haar ex, Ronald, nog op de Kloostertuin 14 staat ingeschreven.", ["Ronald", "Kloostertuin"]),
    ("Afspraak: Tjitske bespreekt het met haar teamleider, Marco Verbeek.", ["Tjitske", "Marco", "Verbeek"]),
    ("Op verzoek van Priya Ramcharan (dochter van mevr. Ramcharan-Sewdien) is het verplaatst.", ["Priya", "Ramcharan"]),
    ("Hallo, met Erik. Ik bel namens mijn moeder, mevrouw Bos, over de traplift.", ["Erik", "Bos"]),
    ("Via zijn buurvrouw Ineke kregen we het juiste adres: Ruysdaelkade 201-3.", ["Ineke", "Ruysdaelkade"]),
    ("Klager: K. de Wit-Zomer, Dorpsstraat 4, Ede", ["Wit-Zomer", "Dorpsstraat"]),
    ("Mijn naam is Kim Lin Tjoa, ik woon op nummer 8 van de Gouwe.", ["Kim", "Lin", "Tjoa", "Gouwe"]),
    ("hoi noor, kun je even checken of meneer bakker de brief heeft gehad? gr lieke", ["noor", "bakker", "lieke"]),
    ("> Op 3 mrt. 2026 om 10:12 schreef Hanneke Vos <h.vos@ziggo.nl>:", ["Hanneke", "Vos", "h.vos"]),
    ("AANVRAGER: GEERTRUIDA (TRUUS) VAN DER STEEN", ["GEERTRUIDA", "TRUUS", "STEEN"]),
    ("Gespreksdeelnemers: mw. Ploeg, dhr. Ait Taleb en bemiddelaar Van Ginkel", ["Ploeg", "Taleb", "Ginkel"]),
    ("Dossier: Schippers, Anouk — geb. 14-02-1990", ["Schippers", "Anouk", "14-02-1990"]),
    ('"Ik word er gek van," zegt Martijn Veenstra (43).', ["Martijn", "Veenstra"]),
    ("Meldingsnummer 2026-004512, melder: Hamid Bouzid, Pijlstaartstraat 9.", ["2026-004512", "Bouzid", "Pijlstaart"]),
    ("bericht van yvonne: ik kom morgen niet, mijn dochter fleur is ziek", ["yvonne", "fleur"]),
    ("Na overleg met Haas (Stadsbeheer) is besloten de boom te kappen.", ["Haas"]),
    ("Tesfalem Ghebremedhin heeft de brief op 4 maart ontvangen.", ["Tesfalem", "Ghebremedhin"]),
    ("Graag contact met Ilse-Marie Terpstra over de planning.", ["Ilse-Marie", "Terpstra"]),
    ("Sevda uit de Bloemenwijk heeft een klacht ingediend.", ["Sevda"]),
    ("Het gaat om de kinderen van Mirjeta en Arben Krasniqi.", ["Mirjeta", "Arben", "Krasniqi"]),
    ("Aan: De heer P. Smit, Laan van Meerdervoort 1201, 2555 CN Den Haag", ["Smit", "Meerdervoort", "2555"]),
    ("Hij verhuist volgende maand naar Hofstede 3a in Zwolle.", ["Hofstede"]),
    ("ze woont in de pijlkruidstraat nummer zesentwintig", ["pijlkruidstraat"]),
    ("Bewoner (Hoogeveen, 67) woont al 30 jaar aan de Esdoornlaan.", ["Hoogeveen", "Esdoornlaan"]),
    (
        "mr. J.A. (Jan-Albert) Terwisscha van Scheltinga\nteamleider Juridische Zaken",
        ["J.A.", "Jan-Albert", "Terwisscha"],
    ),
    ("namens de gemeente mevrouw drs. L.M. van Rijswijk (jurist).", ["L.M.", "Rijswijk"]),
    ("groetjes van ons allemaal, fam de boer", ["boer"]),
    ("Ik heb het doorgestuurd via Mustafa naar de juiste afdeling.", ["Mustafa"]),
    ("Memo aan Lisanne (teamleider) over de casus Bouwman.", ["Lisanne", "Bouwman"]),
    ("In de zaak Kroon is besloten de boete te laten vallen.", ["Kroon"]),
    ("Baas is het er niet mee eens dat de baas van de afdeling niet reageert.", ["Baas is"]),
    ("Vink, de buurman, heeft een verklaring afgelegd.", ["Vink"]),
    ("Post is er niet gekomen, zegt Post.", ["Post"]),
    ("Ford belde gisteren over de boete.", ["Ford"]),
    ("Mijn auto (Peugeot, 45TZ88) is weggesleept, zegt meneer Ford.", ["45TZ88", "Ford"]),
    ("mijn sofi-nr is 111222333", ["111222333"]),
    ("Anne-Maries aanvraag is binnen, net als Jansen-Bakkers brief.", ["Anne-Marie", "Jansen-Bakker"]),
    ("Dit schrijf ik i.o.v. Hendrika Scholten, die zelf niet kan mailen.", ["Hendrika", "Scholten"]),
    ("Zie bijgaand de brief van Geert Pool (huurder, 3 hoog).", ["Geert", "Pool"]),
    ("ik dacht dat ze sandra heette, maar er is niks gebeurd", ["sandra"]),
    ("k heb t formulier naar joyce gestuurd, die werkt toch bij jullie?", ["joyce"]),
    ("beste gemeente, dit is al de 3e keer dat ik mail!!! r. kartosen", ["kartosen"]),
    ("Sorry voor de late reactie, ik lag in het ziekenhuis. Mvg Trees van Vliet", ["Trees", "Vliet"]),
]

MISSES = [
    ("\"Het moet nu opgelost worden,\" zei 'Tom'.", ["Tom"]),
    ('Ik sprak met "Kees" gisteren.', ["Kees"]),
    ("ONDERWERP: KLACHT FAM. DE KONING OVER GELUIDSOVERLAST", ["KONING"]),
    ("ps. vergeet niet dat Mo morgen jarig is", ["Mo"]),
    ("Het gaat om de woning van Joop en Riet Haverkamp aan het Brinkje.", ["Brinkje"]),
    ("Tjerk uit Utrecht belde over de boete.", ["Tjerk"]),
]

KEEP = [
    "De gemeente Utrecht heeft het besluit op 12 maart 2026 herzien.",
    "Volgens de Participatiewet moet de aanvraag binnen acht weken worden beslist.",
    "Het Juridisch Loket en de Sociale Raadslieden gaven hetzelfde advies.",
    "Bel het algemene nummer 14 030 of mail naar info@utrecht.nl.",
    "Het college van burgemeester en wethouders heeft het bezwaar gegrond verklaard.",
    "Team Handhaving Noord heeft de auto laten wegslepen.",
    "De Raad van State deed op 4 juni uitspraak.",
    "Ik heb gebeld met de Belastingdienst en met DUO over de studieschuld.",
    "De Kinderombudsman schreef een rapport over jeugdzorg.",
    "Zorgverzekeraar Zilveren Kruis vergoedt de rolstoel niet.",
    "De Regionale Sociale Dienst Kromme Rijn stuurde een herinnering.",
    "Volgens Vluchtelingenwerk Nederland is de termijn te kort.",
    "Bijlage 2 - Overzicht betrokkenen",
    "Kosten: € 250,00",
    "Zie ook (bijlage 2) hier, i.v.m. (de) afspraak.",
    "Contact via WhatsApp of via Teams, aanvragen via DigiD.",
    "Het dossier Wmo is dicht; de casus Noord en de zaak Parkeren lopen nog.",
    "Er stond een witte Golf op de stoep, naast een zwarte Tesla.",
    "Zij heeft haar ID-bewijs getoond aan de balie.",
]


@pytest.mark.parametrize(("text", "gone"), GONE)
def test_probe_names_and_addresses_go(text: str, gone: list[str]) -> None:
    out = anonymize(text).text
    for part in gone:
        assert part not in out, out


@pytest.mark.xfail(strict=False, reason="known misses of round seven (issue 10)")
@pytest.mark.parametrize(("text", "gone"), MISSES)
def test_probe_known_misses(text: str, gone: list[str]) -> None:
    out = anonymize(text).text
    for part in gone:
        assert part not in out, out


@pytest.mark.parametrize("text", KEEP)
def test_probe_sentences_without_personal_data_stay_whole(text: str) -> None:
    assert anonymize(text).text == text


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("visser, r. heeft gebeld over de visser in de haven", "de visser in de haven", ["visser, r"]),
        ("Mw. R. Visser (roos) kwam langs met een roos.", "met een roos", ["(roos)", "Visser"]),
        ("Groetjes, roos", "Groetjes", ["roos"]),
        ("In de zomer (roos) bloeit het.", "(roos)", []),
    ],
)
def test_probe_known_resident_roos_visser(text: str, kept: str, gone: list[str]) -> None:
    out = anonymize(text, Known(names=["Roos Visser"])).text
    assert kept in out, out
    for part in gone:
        assert part not in out, out
