"""Structured identifiers in every spelling: the own corpus ``structured2.jsonl`` (``make_structured2.py``) through
the command line and the library, and single cases of each shape beside numbers that are no identifier.

Issue 10: "no structured identifier leaked" — BSN, postcode, licence plate, case number and street address, in
lists, tables, CSV, JSON, forms, e-mails, minutes, chats, register extracts, payment batches and vertical tables.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from anonymizer import anonymize, find_entities
from tests.anonymizer.corpora.score import leaked, score

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "anonymizer" / "corpora" / "structured2.jsonl"
LABELS = ("BSN", "POSTCODE", "LICENSE_PLATE", "CASE_NUMBER", "ADDRESS", "DATE_OF_BIRTH")


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def cli_outputs(docs: list[dict]) -> dict[str, str]:
    feed = "".join(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n" for d in docs)
    proc = subprocess.run(
        [sys.executable, "-m", "anonymizer", "--jsonl"],
        input=feed,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        check=True,
    )
    rows = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert len(rows) == len(docs)
    return {r["id"]: r["text"] for r in rows}


def test_no_structured_identifier_leaks_through_the_command_line(docs: list[dict], cli_outputs: dict) -> None:
    leaks = [
        (d["id"], item["label"], item["text"])
        for d in docs
        for item in d["pii"]
        if item["label"] in LABELS and leaked(item, cli_outputs[d["id"]])
    ]
    assert leaks == []
    res = score(docs, cli_outputs)
    assert res["structured_leaks"] == 0, res
    assert res["keep_rate"] >= 0.98, res


def test_library_gives_the_same_text(docs: list[dict], cli_outputs: dict) -> None:
    for d in docs[::3]:
        assert anonymize(d["text"]).text == cli_outputs[d["id"]], d["id"]


def test_entities_cut_their_original(docs: list[dict]) -> None:
    for d in docs[::4]:
        ents = find_entities(d["text"])
        assert all(d["text"][e.start : e.end] == e.original for e in ents), d["id"]
        assert all(a.end <= b.start for a, b in zip(ents, ents[1:], strict=False)), d["id"]


def _labels(text: str) -> dict[str, str]:
    return {e.original: e.label for e in find_entities(text)}


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("volgnr;bsn;postcode\n1;12345672;1234 ab", "12345672"),  # BSN with its leading zero dropped, by header
        ('{"burgerservicenummer": 12345672, "huisnummer": 12}', "12345672"),
        ('{"bsn": "1112.22.333", "postcode": "9999-zz"}', "1112.22.333"),
        ('{"bsn": "1112.22.333", "postcode": "9999-zz"}', "9999-zz"),
        ("BSN\n-----------\n111222333\n123456782\n", "123456782"),
        ("GET /personen?bsn=12345672 gaf 404", "12345672"),
        ("[10:03] medewerker: uw postcode?\n[10:04] inwoner: 7321 kp\n", "7321 kp"),
        ("| BSN | Kenteken |\n|---|---|\n| 111222333 | XR 51 34 |", "XR 51 34"),
        ("en rijdt in D 34 SKS naar huis", "D 34 SKS"),
        ("AAN DE BEWONERS VAN\nVLIERBESSENSTRAAT 113\n2120 JC HEEMSTEDE", "VLIERBESSENSTRAAT 113"),
        ("Naar aanleiding van uw brief (zaaknummer 23/79701) bellen wij u.", "23/79701"),
        ("samengevoegd met kenmerk: jz24.77372 van vorig jaar", "jz24.77372"),
        ("- 111222333 | € 290,83 | kenmerk 1400233", "1400233"),
        ("Kenmerk\n7654321\n", "7654321"),
        ("mijn postcode is 7321 kp en ik woon daar al jaren", "7321 kp"),
        ("Naam      BSN          Postcode\nJansen    12345672     7321 kp\n", "12345672"),
        ("Naam      BSN          Postcode\nJansen    12345672     7321 ja\n", "7321 ja"),
        ("de 12bdx3 stond weer op de stoep", "12bdx3"),
        ("kenteken: gb 123 x", "gb 123 x"),
        ("Wmo-24-00123 is afgewezen", "Wmo-24-00123"),
        ("ook wmo24-00123 loopt nog", "wmo24-00123"),
        ("Kerkstraat 12 - 7321 KP - Apeldoorn", "Kerkstraat"),  # the spaced dash starts the postcode
        ("Kerkstraat 12 - 7321 KP - Apeldoorn", "7321 KP"),
        ("Adres: Kerkstr. 12, 7321 KP Apeldoorn", "Kerkstr"),
    ],
)
def test_each_shape_is_replaced(text: str, secret: str) -> None:
    out = anonymize(text).text
    assert secret not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Bel de gemeente op 14 020 of gratis via 0800-0432, tussen 10:30 en 12:00.",
        "Volgens artikel 2.3.5 Wmo en artikel 4:8 Awb is de eigen bijdrage € 1.250,00 per jaar (12,5%).",
        "Jaar;Aantal\n2024;12\n",
        "De bijdrage gaat op 1 januari 2025 in; in week 12 volgt de planning.",
        "Postcode;Aantal\nnvt;2024\n",
        "BSN\n-----------\nonbekend\n",
        "De vrachtwagen van 1000kg mag de brug niet over; het busje reed 2500km.",
        "Bel 14 0318 of gratis 0800-1234; ons nummer is 088 123 4567.",
        "In 2024 kregen 1500 huishoudens (12%) een brief; factuur 2024-03 van € 1.234,56.",
    ],
)
def test_numbers_that_are_no_identifier_stay(text: str) -> None:
    assert anonymize(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "bsn;postcode\n" + "111222333;1234 ab\n" * 4000,  # a large export
        "BSN\x00111222333\x00postcode 1234 ab",  # NUL bytes
        "bsn: <script>alert(1)</script> 111222333",
        "kenteken: 12-ÄBC-3 ✓ zaak Z/24/123456 ☃",
        '{"bsn": "' + "9" * 5000 + '"}',
        "",
    ],
)
def test_hostile_input_does_not_break(text: str) -> None:
    res = anonymize(text)
    assert "111222333" not in res.text
    assert "Z/24/123456" not in res.text
