"""Identifiers and keep words of round ten (issue 10, H4): the shapes that leaked on the development corpora of
round nine (holdout9, fresh9m) and the formats an auditor would try next, each probed in other words and numbers than
the corpora, with the neighbouring things that must stay (ordinary dates, amounts, service numbers, years, times,
version numbers, shop order numbers, articles of laws, court decisions).
"""

from __future__ import annotations

from datetime import date

import pytest

from anonymizer import anonymize

# ---------------------------------------------------------------- shapes that leaked on the development corpora
LEAKED_SHAPES = [
    # a birth word broken at the end of a line, by a soft hyphen or by OCR
    ("Geachte heer Kok,\nU bent ge-\nboren op 3.11.1962. Wij hebben uw brief gelezen.", "3.11.1962", "[geb"),
    ("Uw geboorte-\ndatum 14 mei 1958 staat verkeerd in ons systeem.", "14 mei 1958", "[geb"),
    ("Uw geboorte\u00ac\ndatum: 8/2/1971 klopt niet.", "8/2/1971", "[geb"),
    ("Mevrouw is ge- boren op 5-7-1949 in Delft.", "5-7-1949", "[geb"),
    # a birth date right after the question that asks for it
    ("[03:12] Beller: Mijn geboortedatum? 1979-02-11. Ik woon aan de Vinkenlaan 3.", "1979-02-11", "[geb"),
    ("Medewerker: En uw geboortedatum? 09.10.1984, zegt meneer.", "09.10.1984", "[geb"),
    # the answer after "dat is"; a misspelt birth key
    ("Mijn geboortedatum? Dat is 4-8-1972, denk ik.", "4-8-1972", "[geb"),
    ("mijn geboordatum is 19-2-1983 en mijn adres weet u", "19-2-1983", "[geb"),
    ("Gebortedatum: 30-6-1958", "30-6-1958", "[geb"),
    # a birth key, a few words and "als" before the date; an HTML cell or form field keyed by an attribute
    ("Uw geboortedatum is bij ons bekend als 9.11.1951, klopt dat?", "9.11.1951", "[geb"),
    ('<td data-label="Geboortedatum">14-02-1977</td>', "14-02-1977", "[geb"),
    ('<td data-label="Postcode">3431 en</td>', "3431", "[postcode]"),
    ('<input type="text" name="geboortedatum" value="1982-09-07">', "1982-09-07", "[geb"),
    # "mijn geboorte is": the noun as a cue, in any spelling of the date
    ("hallo, mijn geboorte is 5 Maart 1988 en ik heb vraag.", "5 Maart 1988", "[geb"),
    ("mijn geboorte is 02-OCT-1975. help mij aub", "02-OCT-1975", "[geb"),
    ("haar geboorte was 11 sept. 1990, zegt de dochter.", "11 sept. 1990", "[geb"),
    # an HTML table: the cell under a birth-date header (and under a BSN, plate or postcode header)
    (
        "<table><tr><th>Cliënt</th><th>Geb. datum</th></tr>\n<tr><td>P. Smit</td><td>2/8/1966</td></tr></table>",
        "2/8/1966",
        "[geb",
    ),
    (
        '<table class="lijst"><tr><th>Naam</th><th>Geboortedatum</th><th>Mobiel</th></tr>'
        "<tr><td>Kees Mol</td><td>1971-04-03</td><td>06 3412 7788</td></tr></table>",
        "1971-04-03",
        "[geb",
    ),
    (
        "<table><tr><th>Naam</th><th>Kenteken</th></tr><tr><td>Bram Vos</td><td><b>31-KTX-7</b></td></tr></table>",
        "31-KTX-7",
        "[kenteken]",
    ),
    # an HTML key cell and its value cell side by side, in a row or a definition list
    ("<table><tr><td>Postcode</td><td>6412 we</td></tr></table>", "6412", "[postcode]"),
    ("<dl><dt>Straat</dt><dd>Lange Akker</dd><dt>Telefoon</dt><dd>612345678</dd></dl>", "Lange Akker", "[adres]"),
    ("<dl><dt>Straat</dt><dd>Lange Akker</dd><dt>Telefoon</dt><dd>612345678</dd></dl>", "612345678", "[tel"),
    # a compact date, year first, in brackets after a name
    ("Bericht over Anouk Blom (19810412) en haar zoon.", "19810412", "[geb"),
    # case numbers: a year, a department and a serial; a digit, a year and a serial; a department, a serial and
    # a two-digit year; a case in the path of a link inside the page
    ("Onderwerp: RE: huurtoeslag Smit (2024/WZ/5512)", "5512", "[zaaknummer]"),
    ("Subject: RE: kwijtschelding Bos (3.2024.48211)", "48211", "[zaaknummer]"),
    ("Betreft: mw. Bos, KLT/4471/25", "4471", "[zaaknummer]"),
    ("is het bestand (HHB/5519/25) bij jou?", "5519", "[zaaknummer]"),
    ('<p>Zie <a href="/dossiers/MZ 2025 3381">het dossier</a>.</p>', "3381", "[zaaknummer]"),
    # the code that tags a subject or "Betreft" line at its end (in brackets, after a comma or a dash)
    ("Subject: RE: Wmo Bakker (25.0431)", "0431", "[zaaknummer]"),
    ("RE: schuldhulp Jansen (0517-26)", "0517", "[zaaknummer]"),
    ("Betreft: mw. Bos, 0412/26/WZ", "0412", "[zaaknummer]"),
    ("Betreft: dhr. Kok, 26.0877.MO", "0877", "[zaaknummer]"),
    ("FW: bijstand \u2013 26.0412", "0412", "[zaaknummer]"),
    ("Subject: [25.0577] parkeervergunning Vos", "0577", "[zaaknummer]"),
    ("Onderwerp: 0913/26/WZ - bijstand", "0913", "[zaaknummer]"),
    # a postcode whose letters are a word, after a street in brackets or all in lower case
    ("Zij woonde op de Lange Kievitstraat 61 (3824 we Amersfoort) tot 2024.", "3824", "[postcode]"),
    ("mijn adres is kastanjeplein 12b, 7511 te enschede. bel mij", "7511", "[postcode]"),
    ("ik woon beukenlaan 7a 6821 te arnhem sinds mei", "6821", "[postcode]"),
    ("Zij woont Dorpsstraat 4; 7146 we Amersfoort.", "7146", "[postcode]"),
    # a street named in a heading, then families by their house numbers
    ("Geluidsoverlast Kalverhof: fam. Dekker nr. 8 en fam. Yilmaz nr. 10.", "Kalverhof", "[adres]"),
    ("Burenruzie Achterom: fam. Visser nr. 2 en fam. Demir nr. 4.", "Achterom", "[adres]"),
]


@pytest.mark.parametrize(("text", "gone", "tag"), LEAKED_SHAPES)
def test_round_ten_leaked_shapes_are_removed(text: str, gone: str, tag: str) -> None:
    out = anonymize(text).text
    assert gone not in out, out
    assert tag in out, out


KEEPS_OF_LEAKED_SHAPES = [
    # a broken word that is no birth word, a birth word before another event's date
    ("Zij is ge-\nboren en getogen in Gouda; op 12-03-2026 verhuisde zij.", "12-03-2026"),
    ("Wij ont-\nvingen uw brief op 4-5-2026.", "4-5-2026"),
    # a question about the birth date, then another date further on
    ("Wat is uw geboortedatum? Uw afspraak is op 12-05-2026.", "12-05-2026"),
    ("Uw geboortedatum is door ons gewijzigd op 12-03-2026.", "12-03-2026"),
    ("Uw geboortedatum werd op 12-03-2026 aangepast.", "12-03-2026"),
    ('<input name="datum" value="2026-01-01">', "2026-01-01"),
    ("De gebruiksdatum is 12-05-2026 en de gebouwdatum 1-1-1999.", "1-1-1999"),
    ("Met de auto naar de Wmo-A 2015 bijeenkomst.", "Wmo-A 2015"),
    # a date in another column of an HTML table with a birth column
    (
        "<table><tr><th>Naam</th><th>Geboortedatum</th><th>Datum intake</th></tr>"
        "<tr><td>Els Kok</td><td>3-4-1961</td><td>18-02-2026</td></tr></table>",
        "18-02-2026",
    ),
    ("<table><tr><th>Datum</th><th>Bedrag</th></tr><tr><td>1-3-2026</td><td>€ 120,00</td></tr></table>", "1-3-2026"),
    ("<table><tr><td>Datum</td><td>3-4-2026</td></tr><tr><td>Locatie</td><td>Stadhuis</td></tr></table>", "Stadhuis"),
    # a version with a year in it, a news path, a date in brackets after a heading
    ("Versie 2.14.3 van de app; build 1.2025.3.", "1.2025.3"),
    ('<a href="/nieuws/2025/12">nieuws</a>', "/nieuws/2025/12"),
    ("Het raadsbesluit (20240115) is openbaar.", "raadsbesluit"),
    # a subject's date, year span, time, article or version in brackets or after a comma
    ("Onderwerp: uitnodiging (12-03-2026)", "12-03-2026"),
    ("Onderwerp: begroting (2026-2027)", "2026-2027"),
    ("Onderwerp: bijeenkomst (14.30)", "14.30"),
    ("Onderwerp: Wmo (art. 2.3.5)", "2.3.5"),
    ("Onderwerp: nieuwe app (v2.14.3)", "v2.14.3"),
    ("RE: verordening, 2.3.14", "2.3.14"),
    ("Subject: RE: [2026-03-12] vergadering", "2026-03-12"),
    ("Onderwerp: v2.3.1 - release", "v2.3.1"),
    # numbers before a place name that are no postcode
    ("pagina 12, 2000 te veel en 3, 1200 in totaal", "2000 te veel"),
    ("Het pand staat aan de Kerkweg 12 in 2000 en Utrecht had er nog een.", "2000 en Utrecht"),
    ("Vergadering Raadzaal: fam. Bos nr. 3 is uitgenodigd.", "Raadzaal"),
    ("Geboortedata kinderen: 5-6-2013.\nAfspraak: 4-5-2026", "4-5-2026"),
    ("Het bsn is 9 cijfers lang, het IBAN 18 tekens.", "9 cijfers"),
    ("We kregen 12 (1990 en 2000) en 5 anderen.", "1990 en 2000"),
]


@pytest.mark.parametrize(("text", "kept"), KEEPS_OF_LEAKED_SHAPES)
def test_round_ten_keeps_beside_leaked_shapes(text: str, kept: str) -> None:
    out = anonymize(text).text
    assert kept in out, out


# ---------------------------------------------------------------- formats no corpus holds (an auditor's probes)
AUDIT_FORMATS = [
    # a birth word broken by OCR with a space inside it
    ("U bent gebo ren op 6-6-1952, staat in de brief.", "6-6-1952", "[geb"),
    # dates of birth in other languages: Polish, Turkish, English, German, French, Spanish, Italian, Portuguese, and
    # Arabic in Latin letters
    ("Data urodzenia 3 lipca 1979 r., adres w Polsce.", "3 lipca 1979", "[geb"),
    ("urodzona dnia 3.04.1977 w Gdańsku", "3.04.1977", "[geb"),
    ("Doğum tarihi: 14 Mart 1985", "14 Mart 1985", "[geb"),
    ("Ik ben geboren op 9 nisan 1982 in Izmir.", "9 nisan 1982", "[geb"),
    ("Date of birth: 2nd of May 1969", "2nd of May 1969", "[geb"),
    ("She was born on March 3rd, 1975 in Accra.", "March 3rd, 1975", "[geb"),
    ("Geburtsdatum: 12.03.1977; Wohnort Kleve", "12.03.1977", "[geb"),
    ("Née le 5 mars 1977 à Lyon.", "5 mars 1977", "[geb"),
    ("Nacido el 3 de mayo de 1980 en Cádiz.", "3 de mayo de 1980", "[geb"),
    ("Nato il 4 luglio 1969 a Bari.", "4 luglio 1969", "[geb"),
    ("tarikh al-milad: 15/06/1990", "15/06/1990", "[geb"),
    ("Verjaardag: 12 juni 1975", "12 juni 1975", "[geb"),
    # birth years: short after a birth word or a name, beside an age that agrees, before "geboren"
    ("Haar dochter Fatma (geb. '84) woont in Almere.", "'84", "[geboortejaar]"),
    ("In het gesprek waren Kees Mol ('71) en zijn zus.", "'71", "[geboortejaar]"),
    (f"Mevrouw Bos, {date.today().year - 1983} jaar (1983), belde gisteren.", "1983", "[geboortejaar]"),
    ("Mijn moeder is 1948 geboren in Paramaribo.", "1948", "[geboortejaar]"),
    # a plural birth key takes every date of its line; a birth key in brackets after the date
    ("Geboortedata kinderen: 5-6-2013 en 17-1-2016.", "17-1-2016", "[geb"),
    ("Zij gaf 14-11-1969 (geboortedatum) op als haar gegevens.", "14-11-1969", "[geb"),
    # a BSN after "bsn is" whatever its check digit (a typed BSN may be wrong and is still hers)
    ("en mijn vrouw haar bsn is 2345 67 891, klopt dat?", "67 891", "[BSN]"),
    # a BSN and an IBAN broken over a line; the last digits of a number after its kind
    ("Mijn BSN is 111222\n333 en ik woon hier.", "333", "[BSN]"),
    ("IBAN: NL91 ABNA 0417\n1643 00, t.n.v. mevrouw", "1643", "[IBAN]"),
    ("Het burgerservicenummer eindigend op 6782 is van haar.", "6782", "[BSN]"),
    ("Uw rekening eindigt op 4300, klopt dat?", "4300", "[IBAN]"),
    ("Het mobiele nummer dat eindigt op 45 67 is van de zoon.", "45 67", "[telefoonnummer]"),
    # e-mail addresses with spaced dots, a comma for the last dot, "op" for "at" before a free mail host
    ("mail: k.vos @ gmail . com", "k.vos", "[e-mailadres]"),
    ("mail: k_vos@hotmail,com", "k_vos", "[e-mailadres]"),
    ("mail mij naar p.bakker op gmail punt com", "p.bakker", "[e-mailadres]"),
    # a birth date or a BSN read by OCR with a letter for a digit, after its cue
    ("Geboortedatum: 12-1O-l980 (volgens de scan)", "l980", "[geb"),
    ("BSN: 1234S6782 staat op het formulier.", "1234S6782", "[BSN]"),
    ("Over te maken op NL91 ABNA O417 1643 OO onder vermelding van de factuur.", "1643", "[IBAN]"),
    # a phone number typed with the letter O for a zero or I for a one
    ("Bel haar op O6-41729358 na vijf uur.", "41729358", "[telefoonnummer]"),
    ("Werk: O1O-555I234, privé onbekend.", "555I234", "[telefoonnummer]"),
    # a German plate after a vehicle word; a person's number in a link's path
    ("Haar Duitse auto heeft kenteken KLE-AB 412.", "KLE-AB 412", "[kenteken]"),
    ('<a href="/personen/77120045/overzicht">overzicht</a>', "77120045", "[zaaknummer]"),
    # an address abroad with the number first, and the postcode before the foreign town
    ("Haar zus woont 23 Avenue Foch, 75016 Paris.", "75016", "[postcode]"),
    ("Haar zus woont 23 Avenue Foch, 75016 Paris.", "Avenue Foch", "[adres]"),
    ("Mijn broer woont in Londen, 221 Baker Street, al jaren.", "Baker Street", "[adres]"),
    ("Post naar Lindenstraße 5, 50667 Köln graag.", "50667", "[postcode]"),
    ("Zijn moeder woont Rue Haute 3, B-1000 Brussel.", "1000", "[postcode]"),
]


@pytest.mark.parametrize(("text", "gone", "tag"), AUDIT_FORMATS)
def test_round_ten_audit_formats_are_removed(text: str, gone: str, tag: str) -> None:
    out = anonymize(text).text
    assert gone not in out, out
    assert tag in out, out


AUDIT_KEEPS = [
    # public numbers: court decisions, articles of laws, service numbers, versions, times, years, amounts
    ("Zie ECLI:NL:RVS:2024:1234 en ECLI:NL:HR:2019:1125.", "ECLI:NL:RVS:2024:1234"),
    ("Op grond van art. 7:2 Awb en artikel 3:40 BW.", "7:2 Awb"),
    ("Op grond van art. 7:2 Awb en artikel 3:40 BW.", "3:40 BW"),
    ("Bel 14 020 of 14 0570 voor een afspraak om 14:30.", "14 0570"),
    ("Bel 14 020 of 14 0570 voor een afspraak om 14:30.", "14:30"),
    ("In 2026 kost het € 1.250,00 per jaar; versie 2.14.3 staat online.", "€ 1.250,00"),
    ("In 2026 kost het € 1.250,00 per jaar; versie 2.14.3 staat online.", "2.14.3"),
    # a shop's order, article or tracking number is no case number
    ("Mijn bestelnummer is 4000123456 bij de webwinkel.", "4000123456"),
    ("Artikelnummer: 8712345678901, maat 42.", "8712345678901"),
    ("Het ordernummer: 20261234 staat op de bon.", "20261234"),
    # a date after a birth in prose that is another event's; "nee" is no French "née"
    ("Hij is geboren in Tunis; op 12-03-2026 kwam hij naar Tilburg.", "12-03-2026"),
    ("Na de geboorte van haar zoon is ze op 12-03-2026 weer gaan werken.", "12-03-2026"),
    ("nee, 12-03-2026 komt niet uit", "12-03-2026"),
    ("Born in Ghana, moved 12-05-2020 to Zwolle.", "12-05-2020"),
    ("Gesprek met mevrouw Nascimento op 21-7-2025.", "21-7-2025"),
    # an age beside another year, a house number before "eindigt", "op" before a site
    ("Hij is 47 jaar, 1979 verhuisd naar Delft.", "1979"),
    ("Het huisnummer eindigt op 7 en de straat op -laan.", "eindigt op 7"),
    ("Kijk op gemeente.nl of op www.overheid.nl; ik zit op gmail punt com.", "gmail punt com"),
    ("Ik ben op 3.5 op gmail.com geweest.", "3.5"),
    # a chamber and a parliamentary year, a Belgian town's postcode without an address, a code of letters O
    ("Zie Kamerstukken II 2023/24, 36 410, nr. 5.", "II 2023/24"),
    ("Haar familie woont in 2000 Antwerpen.", "in 2000"),
    ("Olie 0612345 kost veel.", "0612345"),
    ("Het gebouw gaat op 12-lO-2O26 open.", "12-lO-2O26"),
]


@pytest.mark.parametrize(("text", "kept"), AUDIT_KEEPS)
def test_round_ten_audit_keeps(text: str, kept: str) -> None:
    out = anonymize(text).text
    assert kept in out, out


# ---------------------------------------------------------------- keep words the identifier rules damaged
KEEPS_OF_IDENTIFIER_RULES = [
    # a team's mailbox at a municipality's domain; a municipality named after no town, in a mailbox or a site
    ("Vragen? Mail de kennisbank@ommen.nl of bel ons.", "kennisbank@ommen.nl"),
    ("Vragen? Mail de kennisbank@lansingerland.nl of bel ons.", "kennisbank@lansingerland.nl"),
    ("Zie www.meierijstad.nl/parkeren voor de regels.", "www.meierijstad.nl/parkeren"),
    # the municipalities' service number after "nummer"
    ("Het nummer 14 020 hielp niet, zegt meneer.", "14 020"),
    # a case word is no cue inside a longer word: the word stays, only the number goes
    ("Er liep een bezwaar onder dossiernummer 26/WZ/4410; bel 06 1234 5678.", "dossiernummer"),
    # a dateline: a town, a comma and a recent date, in brackets or as a heading
    ("**Verslag** (Zwolle, 3 november 2026)\n\nHet ging om Kees Mol (geboren 4-5-1961).", "3 november 2026"),
    ("### Deventer, 9 juli 2026\n\nMevrouw Bos (geboren 2-2-1950) belde.", "9 juli 2026"),
]


@pytest.mark.parametrize(("text", "kept"), KEEPS_OF_IDENTIFIER_RULES)
def test_round_ten_keeps_of_identifier_rules(text: str, kept: str) -> None:
    out = anonymize(text).text
    assert kept in out, out


def test_round_ten_personal_mailboxes_at_a_municipality_stay_removed() -> None:
    out = anonymize("Mail k.smit@zaanstad.nl of bakker@zwolle.nl of wilma@ommen.nl.").text
    assert "smit" not in out and "bakker@" not in out and "wilma" not in out, out


def test_round_ten_a_name_ending_as_a_street_is_no_heading_street() -> None:
    out = anonymize("Aanwezig: Oumaima Haverkamp, Jurre Abu Rayya, Fam. Lodewijks nr. 35").text
    assert "] [adres]," not in out, out  # "Haverkamp" is a name's part, not the street of "nr. 35"
    out = anonymize("Burenruzie Johan de Wittlaan: fam. Bos nr. 3 en fam. Kok nr. 5.").text
    assert "Johan" not in out, out
