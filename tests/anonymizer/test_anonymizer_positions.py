"""Person names found by the sentence around them, written from a probe of cue words and positions (issue 10, round
six): the go-between after "via", whom a call or message goes to, and names joined to a found name by "&", "/" or
"+" (coordination.py), beside bodies and channels in the same places that must stay.
"""

from __future__ import annotations

import pytest

from anonymizer import anonymize


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Via Natasja Wolf kwam de melding bij ons binnen.", ["Natasja", "Wolf"]),
        ("Vorige week kwam via Tomasz Wiśniewski de melding binnen.", ["Tomasz", "Wiśniewski"]),
        ("z.s.m. terugbellen naar Hüseyin, hij wacht op antwoord.", ["Hüseyin"]),
        ("De brief is doorgestuurd naar Mirjam Okonkwo van de huurcommissie.", ["Mirjam", "Okonkwo"]),
        ("Kun je dit mailen naar Kenneth?", ["Kenneth"]),
        ("Contactpersonen: Haddad/de Wilde", ["Haddad", "Wilde"]),
        ("Contactpersonen: Boukhari/Tesfamariam", ["Boukhari", "Tesfamariam"]),
        ("Aanwezig: Nouha & Tomasz Wiśniewski", ["Nouha", "Tomasz", "Wiśniewski"]),
        ("De regeling is niet duidelijk, zegt Bloem Stam.", ["Bloem", "Stam"]),
        ("Het conflict met Vos Bloem loopt al sinds de zomer.", ["Vos", "Bloem"]),
        ("Zomer en Joy Kramer hebben samen een klacht ingediend.", ["Zomer", "Joy", "Kramer"]),
        ("De consulent vertelde dat Ed Schaap de aanvraag had ingetrokken.", ["Schaap"]),
        ("Noor, Bram en Wen waren bij het gesprek.", ["Noor", "Bram", "Wen"]),
        ("BETREFT: MEREL ZOMER", ["MEREL", "ZOMER"]),
        ("MEREL VISSER - BEZWAAR PARKEERBOETE", ["MEREL", "VISSER"]),
        ("Er is te weinig contact, aldus ben Youssef.", ["ben", "Youssef"]),
        ("Volgens bin Salim is de brief zoek.", ["bin", "Salim"]),
        ("Ik sprak met al Masri over de huur.", ["al ", "Masri"]),
        ("VERSLAG GESPREK MET STORM VISSER\nDatum: 3 mei", ["STORM", "VISSER"]),
    ],
)
def test_names_by_position_go(text: str, gone: list[str]) -> None:
    out = anonymize(text).text
    for part in gone:
        assert part not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("De woning is toegewezen via Woongoed Middenland.", "Woongoed Middenland"),
        ("De vraag kwam binnen via WhatsApp en via de website.", "WhatsApp"),
        ("De klacht is doorgestuurd naar Nationale ombudsman.", "Nationale ombudsman"),
        ("De stukken zijn gestuurd naar Burgerzaken.", "Burgerzaken"),
        ("Zij heeft gebeld naar Utrecht over de verhuizing.", "Utrecht"),
        ("Mevrouw Okonkwo van Werk & Inkomen belde terug.", "Werk & Inkomen"),
        ("Mevrouw Okonkwo (Zorg/Welzijn) belde terug.", "Zorg/Welzijn"),
        ("Gesprek met Tomasz Wiśniewski en Burgerzaken over de verhuizing.", "Burgerzaken"),
        ("Overleg tussen Tomasz Wiśniewski en Sociaal Domein over de schuld.", "Sociaal Domein"),
        ("Gisteren spraken Tomasz Wiśniewski en Handhaving af.", "Handhaving"),
        ("Ik hoorde dat Grote Markt dicht is.", "Grote Markt"),
        ("Met Noor, Bram en Handhaving is afgesproken dat de heg weg gaat.", "Handhaving"),
        ("Hij zei dat Sociaal Domein de aanvraag afwees.", "Sociaal Domein"),
        ("Volgens de Nationale Ombudsman is de klacht terecht.", "Nationale Ombudsman"),
        ("BETREFT: MEREL BEZWAAR", "BEZWAAR"),
        ("HOOP EN VREDE IN DE WIJK", "HOOP EN VREDE"),
        ("Hallo, ik ben Youssef en ik woon hier.", "ik ben"),
        ("Zij heeft al Jan de Vries gebeld.", "heeft al"),
        ("AAN: MEREL VISSER\nCC: WIJKTEAM NOORD", "WIJKTEAM NOORD"),
        ("De zomer was droog, zegt het Waterschap Rivierenland.", "Waterschap Rivierenland"),
    ],
)
def test_bodies_and_channels_in_those_positions_stay(text: str, kept: str) -> None:
    assert kept in anonymize(text).text


@pytest.mark.parametrize("text", ["via", "Via ", "terugbellen naar", "terugbellen naar " + "A" * 10000, "via \x00 Jan"])
def test_odd_input(text: str) -> None:
    assert isinstance(anonymize(text).text, str)
