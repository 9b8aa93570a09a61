"""Case, file and reference numbers in many formats and positions (anonymizer/casenumbers.py), with the own corpus
``corpora/cases.jsonl`` (make_corpora10.py): formats built from parts, cues before, after and further away, shapes
without any cue, and ordinary numbers beside them that must stay.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from anonymizer import anonymize
from anonymizer.casenumbers import find_case_more
from tests.anonymizer.corpora.make_corpora10 import generate
from tests.anonymizer.corpora.score import cli_outputs, score

ROOT = Path(__file__).resolve().parents[2]
FILE = Path(__file__).resolve().parent / "corpora" / "cases.jsonl"


def _docs() -> list[dict]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_cases_corpus_is_what_its_generator_writes() -> None:
    """Deterministic, and every document passed the generator's annotation self-check."""
    assert FILE.read_text(encoding="utf-8").splitlines() == [json.dumps(d, ensure_ascii=False) for d in generate()]


def test_cases_corpus_through_the_cli() -> None:
    docs = _docs()
    outs = cli_outputs(docs, ROOT)
    res = score(docs, outs)
    assert res["leaks"] == {}, res["examples"]
    assert res["keep_rate"] == 1.0


def test_cases_corpus_through_the_library() -> None:
    docs = _docs()
    res = score(docs, {d["id"]: anonymize(d["text"]).text for d in docs})
    assert res["leaks"] == {}, res["examples"]
    assert res["keep_rate"] == 1.0


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("De klacht die onder KWT_20_88123 bekend is, ligt bij de ombudsman.", "KWT_20_88123"),
        ("2019-4471203-BR is het nummer van de zaak.", "2019-4471203-BR"),
        ("Graag o.v.v. 2024.118.3307 betalen.", "2024.118.3307"),
        ("Het dossier met het nummer 88412093 is overgedragen.", "88412093"),
        ("De melding staat als zaaknummer hvr/2023/771/ab in het systeem.", "hvr/2023/771/ab"),
        ("Over PLN.4471209: de termijn is verlengd.", "PLN.4471209"),
        ("Het bezwaarschrift van mw. Khoury (23.649.015) is gegrond verklaard.", "23.649.015"),
        ("ID: 25.409.832\nstatus: open", "25.409.832"),
        ("Postbus 10000\nBetreft: 26.875.004", "26.875.004"),
        ("Klantnummer: K-68954 | relatie 25/8493 | contact via 14 030", "25/8493"),
    ],
)
def test_case_numbers_go(text: str, gone: str) -> None:
    out = anonymize(text).text
    assert gone not in out, out
    assert "[zaaknummer]" in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("De aanslag van € 1.250,00 is verlaagd.", "1.250,00"),
        ("Het bezwaar ging over 1.250.000 euro aan subsidie.", "1.250.000"),
        ("Het bezwaar ging over € 21.250.000 aan subsidie.", "21.250.000"),
        ("De regio telt 17.250.000 inwoners en 12.000.000 huishoudens.", "17.250.000"),
        ("Hij haalde 50/1000 punten bij de toets.", "50/1000"),
        ("Sinds 12/2025 woont zij hier, 24/7 bereikbaar.", "12/2025"),
        ("De zaak duurde van 12-03-2024 tot 2025.", "12-03-2024"),
        ("Het spreekuur over uw aanvraag is om 14.30 uur.", "14.30"),
        ("Bel voor uw melding 0800-1234567 of 14 020.", "0800-1234567"),
        ("Het pakket van 1000kg werd na de melding opgehaald.", "1000kg"),
        ("In het besluit staat artikel 4:84 van de Awb en de Wmo 2015.", "2015"),
        ("Het nummer van de bus is 4012; de melding is gedaan.", "4012"),
    ],
)
def test_ordinary_numbers_near_case_words_stay(text: str, kept: str) -> None:
    assert kept in anonymize(text).text


def test_a_house_number_beside_a_case_word_is_no_case_number() -> None:
    text = "De klacht ging over de Dorpsstraat 228a en de Kerkweg 12-B."
    assert list(find_case_more(text, text.lower())) == []
    labels = {e.original: e.label for e in anonymize(text).entities}
    assert labels == {"Dorpsstraat 228a": "ADDRESS", "Kerkweg 12-B": "ADDRESS"}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "zaaknummer",
        "zaaknummer " + "9" * 20,
        "kenmerk " + "1/" * 5000,
        "dossier \x00 2024-12345 \x00",
        "zaak ٢٠٢٤-١٢٣٤٥ en 𝟐𝟎𝟐𝟒-𝟏𝟐𝟑𝟒𝟓",
        "nummer " + "_".join(["AB"] * 3000) + "_12345",
        "ref. 2024-1234\r\nzaak 2025-5678\r\n",
    ],
)
def test_odd_input_gives_spans_inside_the_text(text: str) -> None:
    low = text.lower()
    for s, e, label, _repl in find_case_more(text, low if len(low) == len(text) else text):
        assert 0 <= s < e <= len(text) and label == "CASE_NUMBER"
    assert isinstance(anonymize(text).text, str)


def test_a_twenty_digit_id_after_a_cue_goes() -> None:
    out = anonymize("zaaknummer " + "7" * 20 + " is gesloten").text
    assert "7" * 7 not in out


@pytest.mark.parametrize("sep", [" | ", "; ", ", ", "\t", "\n"])
def test_a_record_on_one_line_keeps_its_other_dates(sep: str) -> None:
    """The label of a date field is read back to the field's start, not the line's: "Geboortedatum: X | Datum
    aanvraag: Y" removes X and keeps Y."""
    text = sep.join(
        ["Naam: Merel Stam", "Geboortedatum: 03-04-1978", "Datum aanvraag: 12-03-2025", "Ontvangen op: 14-03-2025"]
    )
    out = anonymize(text).text
    assert "03-04-1978" not in out and "12-03-2025" in out and "14-03-2025" in out, out


def test_a_register_number_is_no_case_number() -> None:
    out = anonymize("KvK-nummer gemeente: 50724312 | btw-nummer: NL001234567B01 | zaaknummer 88412093").text
    assert "50724312" in out and "88412093" not in out, out
