"""Identifiers and keep words in records written blind (issue 10, round eight, H6): the shapes that failed on the
``fresh8r`` corpus, probed in texts of our own. Dates with a glued month ("07MAR1981"), a birth-date column of a
table aligned with spaces, case numbers "year.month.serial" and with a closing lower-case letter, street fields
with dot leaders, a tab, padding or as an XML element, a postcode in an XML element; and the keys, headers and dates
of such records that must stay (a form's first "name key<TAB>value" line is no table header, XML element names,
delimited header lines, padded keys, log stamps after a name).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from anonymizer import anonymize, find_entities
from tests.anonymizer.corpora.score import STRUCTURED, score

CORPUS = Path(__file__).resolve().parent / "fresh8r" / "fresh8r_records.jsonl"


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a date with the month glued to day and year, under a birth key in several layouts
        ("Geboortedatum: 07MAR1981\nWoonplaats: Zwolle", "07MAR1981"),
        ("<Persoon>\n  <Geboortedatum>19oct1958</Geboortedatum>\n</Persoon>", "19oct1958"),
        ("Gezinsleden:\nouder\tWillem Prins\t21JUL1979\nkind\tSanne Prins\t02FEB2014", "02FEB2014"),
        ("- W. Prins (11DEC1966), Reigerbos 12", "11DEC1966"),
        ("Geboortedatum: 23.APR.1971", "23.APR.1971"),
        (
            "KLANTNR  NAAM              GEBDAT       POSTC\n100236   VOS, P.           14/jan/1963  1234 AB",
            "14/jan/1963",
        ),
        # a birth-date column of a table aligned with spaces, also after other columns
        (
            "KLANTNR  ACHTERNAAM        GEBDAT     PLAATS\n"
            "100234   PRINS, W.         04.05.62   Zwolle\n"
            "100235   BAKKER, T.        17OCT1990  Delft",
            "04.05.62",
        ),
        (
            "KLANTNR  ACHTERNAAM        GEBDAT     PLAATS\n"
            "100234   PRINS, W.         04.05.62   Zwolle\n"
            "100235   BAKKER, T.        17OCT1990  Delft",
            "17OCT1990",
        ),
        # case numbers: a year, a month and a serial too long for a day; letters, a year and a serial with a
        # closing lower-case letter
        ("Prins\tvraag over 2024.03.5521 (afvalpas)\t12-03-2026 10:02", "2024.03.5521"),
        ("Onderwerp: lantaarnpaal QR25-4410b", "QR25-4410b"),
        # street fields: dot leaders, a tab, padding, an XML element
        ("Straatnaam ..........: Reigerbos\nHuisnr ..............: 12", "Reigerbos"),
        ("Straat\tVlasbloem\nHuisnummer\t8", "Vlasbloem"),
        ("Achternaam          Prins\nStraat              Merelhof\nNr.                 3", "Merelhof"),
        ("<Adres><Straat>Lange Vijver</Straat><Huisnummer>4</Huisnummer></Adres>", "Lange Vijver"),
        # a lower-case postcode in an XML element
        ("<Adres><Postcode>4811 kl</Postcode><Woonplaats>Breda</Woonplaats></Adres>", "4811 kl"),
    ],
)
def test_identifier_is_removed(text: str, gone: str) -> None:
    out = anonymize(text).text
    assert gone not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the keys of a form padded with spaces or set off by tabs, whose first line is a name key and its value
        ("Achternaam          Prins\nGeslacht            man\nGeboorteplaats      Zwolle", "Geslacht"),
        ("Achternaam          Prins\nGeslacht            man\nGeboorteplaats      Zwolle", "Geboorteplaats"),
        (
            "Naam inwoner\tPrins, W.\ngeb.\t04-05-1962\nStraatnaam\tVlasbloem\nPlaats\tSneek\nStatus\tafgerond",
            "Status",
        ),
        ("Achternaam\tPrins\nVoornaam\tWillem\nStraatnaam\tReigerbos\nHuisnummer\t12", "Straatnaam"),
        # the headers of a space-aligned table with the name column after another column
        ("KLANTNR  NAAM              GEBDAT     POSTC\n100234   PRINS, W.         04.05.62   4811 KL", "GEBDAT"),
        ("KLANTNR  NAAM              GEBDAT     POSTC\n100234   PRINS, W.         04.05.62   4811 KL", "NAAM"),
        # XML element names
        ("<Dossier>\n  <Betrokkene>\n    <Achternaam>Prins</Achternaam>\n  </Betrokkene>\n</Dossier>", "Betrokkene"),
        ("<Dossier>\n  <Betrokkene>\n    <Achternaam>Prins</Achternaam>\n  </Betrokkene>\n</Dossier>", "Dossier"),
        # delimited header lines
        ("Voornaam;Achternaam;Straat;Huisnr;Woonplaats\nWillem;Prins;Reigerbos;12;Zwolle", "Huisnr"),
        ("Naam\tRol\tGeboortedatum\nWillem Prins\tpartner\t04.05.1962", "Rol"),
        ("naam,Email,Postcode,aangemaakt\nWillem Prins,w.prins@example.nl,4811 KL,2026-01-03", "Email"),
        # padded keys that are no names
        ("Naam        Willem Prins\nMob.        06-12345678\nVoorna(a)m(en)  Willem", "Mob."),
        ("Naam        Willem Prins\nMob.        06-12345678\nVoorna(a)m(en)  Willem", "Voorna(a)m(en)"),
        ("Naam : Willem Prins\nMob. : 06-12345678", "Mob."),
        # ordinary dates: after a key as a padded field, with a glued month in a heading, a log stamp after a name
        ("Omschrijving      afvalpas\nUitbetaaldatum    2026-03-14", "2026-03-14"),
        ("### Zaakoverzicht Wonen (14FEB2026)\n\n| Naam | Status |\n|---|---|\n| W. Prins | open |", "14FEB2026"),
        ("Van\tOnderwerp\tOntvangen\nWillem Prins\tgesprek met Prins\t03-03-2025 10:12", "03-03-2025"),
    ],
)
def test_keep_word_survives(text: str, kept: str) -> None:
    out = anonymize(text).text
    assert kept.lower() in out.lower(), out


def test_fresh8r_records_identifiers_and_keeps() -> None:
    docs = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    res = score(docs, {d["id"]: anonymize(d["text"]).text for d in docs})
    assert sum(v for k, v in res["leaks"].items() if k in STRUCTURED) == 0, res["examples"]
    assert res["leaks"].get("ADDRESS", 0) == 0, res["examples"]
    assert res["keep_rate"] >= 0.995


def test_postcode_under_its_key_is_a_postcode_beside_a_vehicle_word() -> None:
    text = "Kenteken voertuig\tGK-45-57\nHuisnr\t19\nPostcode\t4811KL\nPlaats\tBreda"
    labels = {e.original: e.label for e in find_entities(text)}
    assert labels["4811KL"] == "POSTCODE", labels
