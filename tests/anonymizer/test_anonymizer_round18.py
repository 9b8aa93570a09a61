"""Round eighteen (issue 10): what holdout17 (held out in round seventeen, a development corpus since) and the blind
corpora fresh24a-d showed, each probed in other words than the corpus, beside the ordinary words that must stay.
"""

from __future__ import annotations

import pytest

from anonymizer import anonymize, find_entities

# ---------------------------------------------------------------- what goes
REMOVED = [
    # the signers after a signing key, also initials that spell a code or scheme when listed beside a name
    ("Getekend: PH, WW. Verzonden naar de griffie.", "PH"),
    ("Getekend: K. Bosman, WW. Verzonden naar de griffie.", "WW"),
    ("Handtekening: RB    datum: 3 maart 2026", "RB"),
    ("Ingevoerd door DT, 14-05-2026.", "DT"),
    ("Afgegeven door AM.", "AM"),
    ("G. Ondertekening: RvK en LB\n\n[intern] nummer volgt", "RvK"),
    ("G. Ondertekening: RvK en LB\n\n[intern] nummer volgt", "LB"),
    ("Gecontroleerd: NN, 7 mei 2026.", "NN"),
    ("Uitgereikt door TvdL op 3 mei.", "TvdL"),
    # initials under a column that says who served the customer, also where they spell a code
    (
        "| tijd | product | klant | bij |\n|---|---|---|---|\n| 9:00 | paspoort | Jan Kooi | RT |\n"
        "| 9:30 | rijbewijs | Ans Buis | NN |",
        "NN",
    ),
    ("| tijd | product | klant | bij |\n|---|---|---|---|\n| 9:00 | paspoort | Jan Kooi | RT |", "RT"),
    # a paraph typed in lower case after its key or after a sign-off and a comma
    ("Afspraak verplaatst naar 2 juni, paraaf kvd.", "kvd"),
    ("[Afgegeven aan J. Smit, legitimatie gezien, mvb]", "mvb"),
    # lower-case initials or a first name in brackets beside a found name; a surname before a bracketed name
    ("Balie 3: Hatice Korkmaz (hko), gastvrouw", "hko"),
    ("10:15 Selam Haile (selam) voor het wijkteam", "(selam)"),
    ("09:40 tesfay (Selam Tesfay) voor het wijkteam", "tesfay"),
    # a birth date answering a chat question on the next line
    ("[09:01] Gemeente: Wat is uw geboortedatum?\n[09:02] Anouk: 14-02-1979 denk ik", "14-02-1979"),
    ("Beller vraagt: Mag ik uw postcode en geboortedatum?\nMevrouw: 3 juni 1950 en 1234 AB", "3 juni 1950"),
    # "gd" as the key of a birth date, and the name right before it
    ("B017 11:20 kiosk: Okonkwo gd 04.09.1971 → Paspoort", "04.09.1971"),
    ("B017 11:20 kiosk: Okonkwo gd 04.09.1971 → Paspoort", "Okonkwo"),
    # chat handles of a first name and an initial; a colleague named in brackets after the body that speaks
    ("[10:02] MarijkeV: mijn rijbewijs is verlopen", "MarijkeV"),
    ("[10:01] Gemeente (Yusuf): Goedemiddag, waarmee kan ik helpen?", "Yusuf"),
    # users where a platform names them
    ("r/Zwolle • Geplaatst door u/KeesB\nWie weet hoe dit zit?", "KeesB"),
    ('[quote="ilse.vdberg"]Klopt helemaal.[/quote]\nDank je', "ilse.vdberg"),
    ("dewi_tan · 3d\nMooi initiatief!", "dewi_tan"),
    ("Mooi plan.\n\nbramkuipers Ik doe mee met de schoonmaak.", "bramkuipers"),
    ("Rosa M. op 3 mei om 10:12 schreef:\nIk ook.", "Rosa"),
    ("Dat zoeken we uit. ^Lieke Smit", "Lieke"),
    ("RT @el-amrani.samira: de lantaarnpaal is weer kapot", "el-amrani.samira"),
    ("Moderator: gebruiker joop.tak is gewaarschuwd.", "joop.tak"),
    ("In de groep schreef gebruiker hanneke77 dat het te druk is.", "hanneke77"),
    ("[Buurtapp]\nrikvdm: wie heeft mijn kat gezien?\nsanne_oost: die zat bij ons in de tuin", "rikvdm"),
    # a name opening a list item or keyed line before a comma and a birth date, and that date
    ("Opvang vannacht\nbed 4: Teuntje, 03-05-1961 – vaste gast", "Teuntje"),
    ("Opvang vannacht\nbed 4: Teuntje, 03-05-1961 – vaste gast", "03-05-1961"),
    ("Aanwezig:\n1. Mirsad, 12.11.1990 – nieuw", "Mirsad"),
    # initials after a surname and a comma without their last dot
    ("Eigenaar volgens chipregistratie: Ans Bakker, L.N, Dorpsstraat 4, Zwolle", "L.N"),
    # a visitor, a caller or a finder as a field
    ("Vinder: Koen Ruijsrinck, tel. 0612345678", "Ruijsrinck"),
    ("09:40  bezoeker: Amal Haddou | voor: balie 3 | pas 12", "Haddou"),
    # a name before the birth star of a gravestone
    ("Tekst op de steen: 'Aaltje Pruim * 12-03-1931 † 2-8-2020'.", "Aaltje"),
    # a plate of no Dutch sidecode in capitals; case numbers after a compound case word, also in spaced groups
    ("De auto met kenteken KB-412-TR staat al weken op de stoep.", "KB-412-TR"),
    ("In de app stond het verkeerde kenteken, niet GT-118-PL maar een ander.", "GT-118-PL"),
    ("De naheffingsaanslag PRK 4412 9087 11 is vernietigd.", "PRK 4412 9087 11"),
    ("Uw kapmelding BM/4471-K is ontvangen.", "BM/4471-K"),
    # a council's register number of an incoming letter, in a list or after "inzake"
    ("IS-26/44 | 12-03-2026 | Brief van de heer Bos over de brug.", "IS-26/44"),
    ("Brief van advocaat mr. Dekker inzake RB-25/118.", "RB-25/118"),
]


@pytest.mark.parametrize(("text", "item"), REMOVED)
def test_removed(text: str, item: str) -> None:
    assert item not in anonymize(text).text


# ---------------------------------------------------------------- what stays
KEPT = [
    # a body, a party or a scheme after "door" stays one; "OK" after a paraph key is no paraph
    ("Wij zijn benaderd door VNG.", "VNG"),
    ("De motie werd ingediend door SP.", "SP"),
    ("Een amendement, ingediend door PvdA en GroenLinks, haalde het niet.", "GroenLinks"),
    ("Dit wordt betaald door UWV.", "UWV"),
    ("Ingevoerd door KCC, 17 januari.", "KCC"),
    ("vertegenwoordigd door Ria Smit, BOA.", "BOA"),
    ("Paraaf: nvt", "nvt"),
    ("Ondertekening: VVD en CDA", "VVD"),
    ("Ondertekening: de voorzitter en de secretaris", "voorzitter"),
    # a function in brackets after a name is no nickname
    ("Toen Ubah Warsame (ombudsfunctionaris) dat deed, was het gesprek al voorbij.", "ombudsfunctionaris"),
    ("Overleg met Kees Vos (wijkconsulent) op maandag.", "wijkconsulent"),
    ("Ik sprak Jansen (buurman) en Pietersen (zzp).", "buurman"),
    # the date a question is not answered with: a letter's date, a time after a day and a month
    ("Mag ik uw geboortedatum?\nOp 12-03-2026 heb ik al gebeld.", "12-03-2026"),
    ("Mag ik uw geboortedatum?\nDat staat op de brief van 15 november.\n00:04:00 Beller: ja", "15 november"),
    # record keys and ordinary words at the start of lines with a colon are no chat users
    ("opmerking: geen\nstatus: open\ncreated_at: gisteren\nzaak_id: 12", "created_at"),
    ("opmerking: geen\nstatus: open\ncreated_at: gisteren\nzaak_id: 12", "opmerking"),
    ("De gebruiker ervaart overlast van de bouw.", "ervaart"),
    # a firm's legal form after a comma
    ("Het pand is van de firma Jansen, N.V", "N.V"),
    # a place or a word before a comma and a date is no name
    ("Besluit: Utrecht, 12-03-1980 vastgesteld", "Utrecht"),
    ("bed 3: Bod, vrijdag 9 juli 1982 – naar dagopvang", "Bod"),
    # a count after a plural noun; the recycling yard; a webcare team
    ("Wijkkrant Noord — Reacties (4)\n\nMooi stuk!", "Reacties"),
    ("Meldingen (12) en Vragen (3)", "Meldingen"),
    ("Goedemorgen, de Milieustraat is op zondag gesloten.", "Milieustraat"),
    ("Export Webcare — maart", "Webcare"),
    # ordinary words a chunk ran into before a form of address
    ("  15:00–15:30  Terugbellen Dhr. Balaitis", "Terugbellen"),
    # a code in capitals with dashes that is no plate: letters and figures in other groups
    ("Zie artikel 12 van de APV en formulier A-12.", "A-12"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_kept(text: str, word: str) -> None:
    assert word in anonymize(text).text


def test_a_trade_plural_with_an_age_is_still_a_person() -> None:
    """ "Reacties (4)" is a count, but "Kuipers (84)" is a person of 84: a trade's plural is also a surname."""
    found = {e.original for e in find_entities("Bezoek van Kuipers (84) en Bakkers (7).") if e.label == "PERSON"}
    assert {"Kuipers", "Bakkers"} <= found


def test_same_user_is_the_same_person() -> None:
    """A user name found where the platform names it is the same person where it recurs."""
    text = "r/Delft • Geplaatst door u/pietjanssen\nReactie van pietjanssen: eens!"
    assert "pietjanssen" not in anonymize(text).text


KEPT_THINGS = [
    # a make of car and its model; real organisations residents deal with
    ("Hij reed in een Renault Clio naar huis.", "Renault Clio"),
    ("Met de Toyota Yaris van de buren.", "Toyota Yaris"),
    ("De energie komt via Liander, het water via Vitens.", "Liander"),
    ("Zij kreeg een budgetplan van het Nibud en advies van de Woonbond.", "Woonbond"),
]


@pytest.mark.parametrize(("text", "word"), KEPT_THINGS)
def test_things_kept(text: str, word: str) -> None:
    assert word in anonymize(text).text


def test_a_name_beside_a_make_of_car_still_goes() -> None:
    """Only a make and its model are a vehicle: the owner after it and a person whose first name is a make go."""
    out = anonymize("De Volkswagen Polo van Jan Kuipers stond er ook. Ford Kuipers belde.").text
    assert "Kuipers" not in out


def test_a_date_after_today_is_no_birth_date_by_a_column() -> None:
    """A plan's evaluation date later than today, in a row beside a name under a birth header, stays; right after
    "geboren" the writer says it is a birth date."""
    from datetime import date, timedelta

    later = (date.today() + timedelta(days=40)).strftime("%d-%m-%Y")
    table = f"Geboortedatum kinderen: zie dossier.\n| nr | wie | evaluatie |\n|---|---|---|\n| 1 | Sinahit | {later} |"
    assert later in anonymize(table).text
    assert later not in anonymize(f"Kind: Noor, geboren {later}").text


PLACES_AND_LANGUAGES = [
    ("Het project in Kanaleneiland en Overvecht loopt goed.", "Kanaleneiland"),
    ("Bewoners uit Presikhaaf klagen over de stoep.", "Presikhaaf"),
    ("De tolk spreekt Farsi en Koerdisch.", "Farsi"),
]


@pytest.mark.parametrize(("text", "word"), PLACES_AND_LANGUAGES)
def test_neighbourhoods_and_languages_kept(text: str, word: str) -> None:
    assert word in anonymize(text).text


def test_a_neighbourhood_after_a_form_of_address_is_a_surname() -> None:
    assert "Transvaal" not in anonymize("Mevrouw Transvaal belde over de aanslag.").text


ABROAD_AND_BODIES = [
    ("Zij kwam via Lampedusa en Calais naar Nederland.", "Lampedusa"),
    ("Haar familie woont nog in Aleppo.", "Aleppo"),
    ("De Veiligheidsregio IJsselland verstuurde een NL-Alert.", "IJsselland"),
    ("De tolk spreekt Somali.", "Somali"),
]


@pytest.mark.parametrize(("text", "word"), ABROAD_AND_BODIES)
def test_places_abroad_and_bodies_kept(text: str, word: str) -> None:
    assert word in anonymize(text).text
