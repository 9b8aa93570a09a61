"""Records, lists and addresses of round six: the own corpus ``structured3.jsonl`` (``make_corpora8.py``) through the
command line and the library, single cases of each shape, and odd input for the layout finders of
``anonymizer/records.py``.

Issue 10: household tables (role, name, date of birth) and household lists under a heading, tab field lists under a
name line, forms with dotted leaders, SQL inserts, call lists, bank lines, street columns without house numbers, street
corners, streets joined to a street and streets without a street-type suffix beside an address cue.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from anonymizer import anonymize, find_entities
from tests.anonymizer.corpora.score import leaked

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "anonymizer" / "corpora" / "structured3.jsonl"


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


def test_corpus_has_no_leak_and_keeps_every_word(docs: list[dict], cli_outputs: dict) -> None:
    leaks = [(d["id"], i["label"], i["text"]) for d in docs for i in d["pii"] if leaked(i, cli_outputs[d["id"]])]
    lost = [(d["id"], k) for d in docs for k in d["keep"] if k.lower() not in cli_outputs[d["id"]].lower()]
    assert leaks == []
    assert lost == []
    assert len(docs) >= 240


def test_library_gives_the_same_text(docs: list[dict], cli_outputs: dict) -> None:
    for d in docs[::3]:
        assert anonymize(d["text"]).text == cli_outputs[d["id"]], d["id"]


def test_entities_cut_their_original(docs: list[dict]) -> None:
    for d in docs[::2]:
        ents = find_entities(d["text"])
        assert all(d["text"][e.start : e.end] == e.original for e in ents), d["id"]
        assert all(a.end <= b.start for a, b in zip(ents, ents[1:], strict=False)), d["id"]


@pytest.mark.parametrize(
    ("text", "secret", "label"),
    [
        (
            "Gezinssamenstelling\nouder     Wendelien Kortrijk   3 maart 1971\nkind 2    Oskar   9-11-2013",
            "Oskar",
            "PERSON",
        ),
        (
            "Gezinssamenstelling\nouder     Wendelien Kortrijk   3 maart 1971\nkind 2    Oskar   9-11-2013",
            "9-11-2013",
            "DATE_OF_BIRTH",
        ),
        ("Huishouden\npartner\tBerend Vos\t14 Okt. 1969\n", "14 Okt. 1969", "DATE_OF_BIRTH"),
        ("Achternaam ........ De Vliegher\nVoorletters ....... P.J.\n", "P.J.", "PERSON"),
        ("Achternaam ........ De Vliegher\nVoorletters ....... P.J.\n", "Vliegher", "PERSON"),
        ("INSERT INTO klant (naam, stad) VALUES ('Imke Roerdink', 'Zwolle');", "Roerdink", "PERSON"),
        ("| naam | straat |\n|---|---|\n| Kees Blom | Het Veerhuis |", "Het Veerhuis", "ADDRESS"),
        ("Naam\tGERDIEN SMAL\nGeb.datum\t2/3/1961\nBurgerservicenummer\t111222333", "GERDIEN", "PERSON"),
        ("Terugbellen\nSeverien Oldambt tel: 06-12345678\nmw Kranendonk tel. 06 87654321", "Severien", "PERSON"),
        ("Terugbellen\nSeverien Oldambt tel: 06-12345678\nmw Kranendonk tel. 06 87654321", "Kranendonk", "PERSON"),
        ("Noodcontacten\n- Ayaan (broer): +31 6 1234 5678", "Ayaan", "PERSON"),
        ("Thuiswonende kinderen\nFenneke, 12 Maart 2016\nOmar Zidane, 04032011", "04032011", "DATE_OF_BIRTH"),
        ("Thuiswonende kinderen\nFenneke, 12 Maart 2016\nOmar Zidane, 04032011", "Fenneke", "PERSON"),
        ("3 mei  € 12,50  naar NL91ABNA0417164300  WOUTERINA KLAPHEK  omschrijving huur", "KLAPHEK", "PERSON"),
        ("Er ligt afval op de hoek Zwanenhals/Hooimijt.", "Zwanenhals", "ADDRESS"),
        ("Er ligt afval op de hoek Zwanenhals/Hooimijt.", "Hooimijt", "ADDRESS"),
        ("Het speelt bij Vlasakker, hoek Molenweg, al weken.", "Vlasakker", "ADDRESS"),
        ("De put tussen de Molenweg en het Lisdodde is open.", "Lisdodde", "ADDRESS"),
        ("Ondergetekende, wonende Het Hoogwerf 12, 1234 AB Gouda", "Het Hoogwerf 12", "ADDRESS"),
        ("wij wonen op Zeggeveld 4 (1234ab) al jaren", "Zeggeveld 4", "ADDRESS"),
        ("Bel mij op 06 – 12345678 na vijven.", "12345678", "PHONE"),
        ("Een inwoner van de Meidoorngaarde wachtte lang.", "Meidoorngaarde", "ADDRESS"),
        ("melder\ttelefoon\nAy Koç\t+212 6 66 00 48 82", "66 00 48 82", "PHONE"),
    ],
)
def test_each_shape_is_replaced(text: str, secret: str, label: str) -> None:
    ents = [e for e in find_entities(text) if secret in e.original or e.original in secret]
    assert any(e.label == label for e in ents), find_entities(text)
    assert secret not in anonymize(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Naam\tGERDIEN SMAL\nGeb.datum\t2/3/1961\nBurgerservicenummer\t111222333", "Burgerservicenummer"),
        ("Naam\tGERDIEN SMAL\nGeb.datum\t2/3/1961\nDatum aanvraag\t4 mei 2026", "4 mei 2026"),
        ("INSERT INTO klant (naam, stad) VALUES ('Imke Roerdink', 'Zwolle');", "INSERT INTO"),
        ("naam\tbsn\tgeb.datum\nKees Blom\t111222333\t3-4-1970", "geb.datum"),
        ("| datum | locatie |\n|---|---|\n| 3 mei | Stadhuis |", "Stadhuis"),
        ("| datum | locatie |\n|---|---|\n| 3 mei | Utrecht |", "Utrecht"),
        ("Vergadering\nouder en kind    samen    12-03-2026\n", "12-03-2026"),
        ("Kinderen\nIngangsdatum, 1 mei 2026", "1 mei 2026"),
        ("Terugbellen\nBij geen gehoor: 0800-1234\nMobiel: 06-12345678", "Mobiel"),
        ("Terugbellen\nBij geen gehoor: 0800-1234", "Bij geen gehoor"),
        ("Postcode  1234 AB  Zwolle", "Zwolle"),
        ("Ga naar de hoek van de straat en sla links af.", "hoek van de straat"),
        ("Het team Noord werkt samen met team Zuid.", "team Zuid"),
        ("Betaald: €25,00 — 27/12/2024", "27/12/2024"),
        ("Ons kenmerk: HZ 2023 8137\nUw kenmerk: Z2023-632194", "Uw kenmerk"),
        ("Incassant: gemeente Heerlen, Postbus 3985", "Postbus 3985"),
        ("Adres moeder: Kerkstraat 12", "Adres moeder"),
        ("To: wijkteams@deventer.nl", "wijkteams@deventer.nl"),
        ("De vraag ligt nu bij de leden van de Tweede Kamer.", "Tweede Kamer"),
    ],
)
def test_keys_and_ordinary_values_stay(text: str, kept: str) -> None:
    assert kept in anonymize(text).text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n\n",
        "Gezinssamenstelling\n" + "kind   \t   \n" * 50,
        "ouder" + " " * 5000 + "x" + " " * 5000 + "1-1-2000",
        "INSERT INTO t (naam) VALUES (" + "'a'," * 500,
        "INSERT INTO t (naam, naam) VALUES ('\x00', '<script>alert(1)</script>');",
        "Voorletters ....... \x00\nAchternaam ........ 😀\n",
        "| straat |\n|---|\n| " + "Ä" * 300 + " |",
    ],
)
def test_odd_input_does_not_break(text: str) -> None:
    ents = find_entities(text)
    assert all(text[e.start : e.end] == e.original for e in ents)
    assert isinstance(anonymize(text).text, str)


def test_lines_with_taken_passes_a_taken_line_break() -> None:
    from anonymizer.records import _lines_with_taken

    text = "ab\ncd\nef"
    mask = bytearray(len(text))
    mask[1:4] = b"\x01\x01\x01"  # a span over the first line break
    mask[7] = 1
    assert _lines_with_taken(text, mask) == [0, 3, 6]
