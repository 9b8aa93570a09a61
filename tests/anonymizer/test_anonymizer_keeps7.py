"""Ordinary words and public sites that the anonymizer must leave alone, beside the names it must still remove
(issue 10, round seven): bodies that answer or call ("reageerde Klantcontactcentrum"), compound nouns before
"van <name>", and a municipality's own site, recognised by the "gemeente X" in the same text.
"""

from __future__ import annotations

import pytest

from anonymizer import anonymize


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("Pas toen Khoury dreigde met een advocaat, reageerde Publiekszaken.", "Publiekszaken", ["Khoury"]),
        ("Na een herinnering belde Omgevingsdienst de heer Bos terug.", "Omgevingsdienst", ["Bos"]),
        ("Pas na twee weken antwoordde Klantcontactcentrum aan Sarita Ramdin.", "Klantcontactcentrum", ["Ramdin"]),
        ("Pas na twee weken belde Ramdin terug.", "belde", ["Ramdin"]),
        ("De aanvraag voor kinderopvangtoeslag van Rojhat B. Ekinci is toegekend.", "kinderopvangtoeslag", ["Ekinci"]),
        ("De woonadresregistratie van Huong Pham klopt niet.", "woonadresregistratie", ["Huong", "Pham"]),
        ("De bijstandsuitkering van Jurgen de Smet is gestopt.", "bijstandsuitkering", ["Jurgen", "Smet"]),
        ("Niet gebeurd De Nationale ombudsman (0800-33 55 555) verwees ons terug.", "Nationale ombudsman", []),
        ("Namens Leger des Heils schuift Teodora Rahimi aan.", "Leger des Heils", ["Teodora", "Rahimi"]),
        ("Toen belde De Witte terug over de Sociale dienst.", "Sociale dienst", ["Witte"]),
        ("Gisteren zei De Jonge dat het klopt.", "Gisteren zei", ["Jonge"]),
        ("Bijlage 2 - Overzicht betrokkenen\nKok, K.J. (schoonmoeder: Helen Habte)", "Overzicht", ["Kok", "Habte"]),
        ("Kosten: € 250,00\nJan: ik heb gebeld", "Kosten", ["Jan"]),
        ("Verslag - Fatma Yilmaz belde terug.", "Verslag", ["Fatma", "Yilmaz"]),
        ("- de teamleider Werk en Inkomen De Jong is het er niet mee eens", "Werk en Inkomen", ["Jong"]),
        ("Het conflict met Vos en Bloem Stam loopt al lang.", "Het conflict", ["Vos", "Bloem", "Stam"]),
        (
            "Mevrouw Savchenko logeert bij het gezin. Burgerservicenummer: 65 32 95 650",
            "Burgerservicenummer",
            ["Savchenko"],
        ),
        ("Het gaat om haar zoon. Jan belde en dhr. Jansen ook.", "Het gaat", ["Jan", "Jansen"]),
        ("Olena Savchenko staat niet ingeschreven, zegt Backoffice Wmo.", "Backoffice Wmo", ["Olena", "Savchenko"]),
        ("BEWONER: Van de Bijzondere Bijstand, over € 560,00.", "Bijzondere Bijstand", []),
        ("Aanwezigen: S.P. Ziani (opbouwwerker, Ruimtelijke Ordening)", "Ruimtelijke Ordening", ["Ziani"]),
        ("Aanwezig: mevrouw Grote Vos en Lange Jansen (buurman)", "Aanwezig", ["Vos", "Jansen"]),
        ("Dossier: Schippers, Anouk — geb. 14-02-1990", "Dossier", ["Schippers", "Anouk"]),
        ("Betrokkene: Kooistra, Femke\nTel: onbekend", "Betrokkene", ["Kooistra", "Femke"]),
        ("Reactie: Prima, Anouk! Tot morgen.", "Prima", ["Anouk"]),
        ("Opmerking: Bedankt, Anouk", "Bedankt", ["Anouk"]),
        ("Aan: De heer P. Smit, Laan van Meerdervoort 1201", "De heer", ["Smit", "Meerdervoort"]),
        ("Aan: De Vries, J.", "Aan", ["Vries"]),
        ("Graag contact met Ilse-Marie Terpstra over de planning.", "Graag contact", ["Ilse-Marie", "Terpstra"]),
        ("Mw. Griet Feenstra van Nationale ombudsman bevestigt dat.", "Nationale ombudsman", ["Griet", "Feenstra"]),
        ("Jan van Dijke kwam langs; Piet van Grote belde.", "langs", ["Jan", "Dijke", "Piet"]),
        ("Hij heeft de brief doorgestuurd naar Werkplein.", "Werkplein", []),
        ("Anne-Sophie belde gisteren over de Jeugd-Politie.", "Jeugd-Politie", ["Anne-Sophie"]),
        ("Sevda uit de Bloemenwijk heeft een klacht ingediend.", "klacht", ["Sevda"]),
        (
            "12-10-26 09:20 - Bemiddelaar: Dag Marleen, ik bel vanmiddag\n12-10-26 09:21 - Marleen Hoekstra: top",
            "Dag",
            ["Marleen", "Hoekstra"],
        ),
        ("12-10-26 09:20 - Bemiddelaar: ik bel\n12-10-26 09:21 - Ruud: top", "Bemiddelaar", ["Ruud"]),
        ("Aanwezig: Dag Hammarskjöld, Piet Jansen", "Aanwezig", ["Hammarskjöld", "Jansen"]),
        ("Nieuws uit de wijk. Siosaia uit Utrecht belde.", "Nieuws uit de wijk", ["Siosaia"]),
        ("Het verzoek om bijzondere bijstand van Merel van der Sloot kwam gisteren.", "bijstand", ["Merel", "Sloot"]),
    ],
)
def test_bodies_and_compounds_stay_names_go(text: str, kept: str, gone: list[str]) -> None:
    out = anonymize(text).text
    assert kept in out, out
    for part in gone:
        assert part not in out, out


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Gemeente Súdwest-Fryslân\nZie www.sudwestfryslan.nl/loket voor de openingstijden.",
            "www.sudwestfryslan.nl/loket",
        ),
        ("Team Stadsbeheer | gemeente Heuvelrug-Oost\nwww.heuvelrug-oost.nl", "www.heuvelrug-oost.nl"),
        ("gemeente Sittard-Geleen, www.sittardgeleen.nl", "www.sittardgeleen.nl"),
        ("Meer informatie: www.gouda.nl/bijzonderebijstand.", "www.gouda.nl/bijzonderebijstand"),
        ("De gemeente Lingedal (www.lingedal.nl) heeft gereageerd.", "www.lingedal.nl"),
        ("Reactie via www.rivierenhof.nl - naam: Jun Li", "www.rivierenhof.nl"),
    ],
)
def test_the_municipality_site_stays(text: str, site: str) -> None:
    assert site in anonymize(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Zijn eigen site is www.pietjansen.nl.",
        "Foto's staan op www.jansen-fotografie.nl.",
        "Foto's staan op www.fotografiejansen.nl.",
        "Knippen bij www.kapsalonfatima.nl.",
        "Zie www.gouda.nl/pjansen voor zijn profiel.",
        "gemeente Lingedal; haar site is www.marieke-de-vries.nl",
        "gemeente Lingedal, zie www.lingedal.nl/?bsn=123",
    ],
)
def test_personal_sites_go(text: str) -> None:
    assert "[url]" in anonymize(text).text


@pytest.mark.parametrize(
    "text",
    [
        "gemeente ",
        "gemeente www.",
        "Gemeente \x00\n www.x.nl",
        "gemeente " + "A" * 20000 + " www.a.nl",
        "gemeente 𝐀𝐁 www.𝐚𝐛.nl",
    ],
)
def test_odd_input(text: str) -> None:
    out = anonymize(text).text
    assert isinstance(out, str)


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("Geb.datum = 27 mei 1952\nDatum aanvraag = 18/7/2026\nNaam = Jan Smit", "18/7/2026", "27 mei"),
        ("Geboortedatum = 12-3-1960\nDatum aanvraag = 11 april 2024", "11 april 2024", "12-3-1960"),
        ("Floor ter Haar (12-01-'07) woont sinds dinsdag 3 maart hier.", "3 maart", "12-01-'07"),
        ("Jan de Vries (03-04-78) belde op 4 mei.", "4 mei", "03-04-78"),
    ],
)
def test_dates_of_birth_beside_other_dates(text: str, kept: str, gone: str) -> None:
    out = anonymize(text).text
    assert kept in out, out
    assert gone not in out, out
