"""Addresses known by where they stand (anonymizer/addresscues.py) and numbered things that are no person or address
(judge.rule_numbered_thing), with the own corpus ``corpora/addresses.jsonl`` (make_corpora11.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from anonymizer import anonymize
from anonymizer.addresscues import find_cued_addresses
from tests.anonymizer.corpora.make_corpora11 import generate
from tests.anonymizer.corpora.score import cli_outputs, score

ROOT = Path(__file__).resolve().parents[2]
FILE = Path(__file__).resolve().parent / "corpora" / "addresses.jsonl"


def _docs() -> list[dict]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_addresses_corpus_is_what_its_generator_writes() -> None:
    assert FILE.read_text(encoding="utf-8").splitlines() == [json.dumps(d, ensure_ascii=False) for d in generate()]


def test_addresses_corpus_through_the_cli() -> None:
    docs = _docs()
    outs = cli_outputs(docs, ROOT)
    res = score(docs, outs)
    assert res["leaks"] == {}, res["examples"]
    assert res["keep_rate"] == 1.0


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Het adres van de melder is Grutto 23; de brief kwam niet aan.", "Grutto"),
        ("Zij woont sinds de zomer op Weegbree 4 met haar zoon.", "Weegbree"),
        ("De heer Okafor (Tureluur 12) belde over de schutting.", "Tureluur"),
        ("Op Koggeschip 7 staat al maanden een aanhanger.", "Koggeschip"),
        ("De container op Haulerwijk 31 is niet geleegd.", "Haulerwijk 31"),
        ("De familie woonde tot 2024 aan de Lange Gouwe 9-II.", "Lange Gouwe"),
        ("Voorbij de Reigerbeemd staat een kapotte lantaarnpaal.", "Reigerbeemd"),
        ("De schade is bij Koggeschip nr. 12 ontstaan.", "Koggeschip"),
        ("De boom staat bij de Grutto, nummer 4.", "Grutto"),
        ("Ter hoogte van Tolhuis 8 ligt een gat in de weg.", "Tolhuis"),
        ("Locatie: Klaproos 31 - achterzijde woning", "Klaproos"),
        ("Uit de Laan van Meerzicht kwam de melding.", "Meerzicht"),
        ("Het gaat om de Oude Vaart.", "Oude Vaart"),
        ("De buren naast Noordeinde 7 klagen ook.", "Noordeinde"),
        ("De bewoners van de Sint Jansvaart klagen over hangjongeren.", "Jansvaart"),
    ],
)
def test_addresses_by_position_go(text: str, gone: str) -> None:
    out = anonymize(text).text
    assert gone not in out, out
    assert "[adres]" in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Zie Bijlage 2 voor de details.", "Bijlage 2"),
        ("Zie Lijn 5 van het verslag.", "Lijn 5"),
        ("Het adres staat in Hoofdstuk 3 van de nota.", "Hoofdstuk 3"),
        ("Op Zaterdag 12 maart is het spreekuur.", "Zaterdag 12"),
        ("De Wmo 2015 geldt ook voor wie op Texel woont.", "Wmo 2015"),
        ("Sinds de verhuizing zit haar zoon in Groep 7 van de school.", "Groep 7"),
        ("Zij werkt in Harderwijk en woont in Zevenbergen.", "Zevenbergen"),
        ("Het gesprek was in het Stadhuis, daarna bij de Voedselbank.", "Voedselbank"),
        ("Het adres van het loket staat op Pagina 12 van de folder.", "Pagina 12"),
        ("Zie Bijlage nr. 2 en Hoofdstuk nummer 3 van het rapport.", "Bijlage nr. 2"),
        ("De uitslag van Groep 7 is bekend.", "Groep 7"),
        ("De dienst in de Oude Kerk was druk.", "Oude Kerk"),
        ("Sinds vorig jaar geldt het Nieuwe Werken.", "Nieuwe Werken"),
        ("De Hoge Raad heeft beslist.", "Hoge Raad"),
    ],
)
def test_numbered_things_stay(text: str, kept: str) -> None:
    assert kept in anonymize(text).text


@pytest.mark.parametrize(
    "text",
    ["", "adres", "adres " + "Aa " * 5000 + "12", "woont op \x00 Kievit 12", "(" * 20000 + "Kievit 12)", "op Ⅻ 12",
     "adres is Kievit ١٢", "adres is Kievit 𝟏𝟐", "adres is Kievit " + "9" * 20],
)  # fmt: skip
def test_odd_input(text: str) -> None:
    from anonymizer import core

    for s, e, label, _r in find_cued_addresses(text, core._is_place, core._is_gov):
        assert 0 <= s < e <= len(text) and label == "ADDRESS"
    assert isinstance(anonymize(text).text, str)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Straat: Grutto\nHuisnummer: 14\nPostcode: 9401KL", "Grutto"),
        ('{"straat": "Lange Gouwe", "huisnummer": "12", "woonplaats": "Assen"}', "Lange Gouwe"),
        ("Naam: Merel Stam | Adres: Hofje van Staats 3 | 9401 KL Assen", "Hofje van Staats"),
        ("Woonadres: 't Zand 5, 9401 KL Assen", "Zand"),
    ],
)
def test_street_fields_go_whatever_their_form(text: str, gone: str) -> None:
    out = anonymize(text).text
    assert gone not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Wijkteam Noord\nBezoekadres: buurthuis De Schakel\nT: 0800-1234", "buurthuis De Schakel"),
        ("Adres: zie hierboven", "zie hierboven"),
        ("Postadres: Postbus 15, 9400 AA Assen", "Postbus 15"),
        ("Adres: de milieustraat achter het station", "milieustraat"),
    ],
)
def test_public_or_empty_address_fields_stay(text: str, kept: str) -> None:
    assert kept in anonymize(text).text
