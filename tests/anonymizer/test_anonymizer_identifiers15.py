"""Dates of birth, case numbers and addresses in forms no earlier corpus held (issue 10, round eight, H2), with the own
corpus ``corpora/identifiers15.jsonl`` (make_corpora15.py): birth dates and years in brackets, tables, person lines
and written-out forms; case numbers after every cue; streets after house parts, in blocks, lists and fields; beside
ordinary dates, years, law articles and public numbers that stay.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from anonymizer import anonymize
from tests.anonymizer.corpora.make_corpora15 import generate
from tests.anonymizer.corpora.score import STRUCTURED, cli_outputs, score

ROOT = Path(__file__).resolve().parents[2]
FILE = Path(__file__).resolve().parent / "corpora" / "identifiers15.jsonl"


def _docs() -> list[dict]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_identifiers15_corpus_is_what_its_generator_writes() -> None:
    assert FILE.read_text(encoding="utf-8").splitlines() == [json.dumps(d, ensure_ascii=False) for d in generate()]


def test_identifiers15_corpus_through_the_cli() -> None:
    docs = _docs()
    res = score(docs, cli_outputs(docs, ROOT))
    assert res["structured_leaks"] == 0, res["examples"]
    assert res["leak_rate"] <= 0.005
    assert res["keep_rate"] >= 0.99


def test_identifiers15_corpus_through_the_library() -> None:
    docs = _docs()
    res = score(docs, {d["id"]: anonymize(d["text"]).text for d in docs})
    assert sum(v for k, v in res["leaks"].items() if k in STRUCTURED) == 0, res["examples"]
    assert res["keep_rate"] >= 0.99


@pytest.mark.parametrize(
    ("text", "gone", "tag"),
    [
        # a birth year alone: in brackets after a name, after a birth word or sign, listed under a birth-year heading
        ("Yolanda Rosaria (1965) heeft een indicatie voor begeleid wonen.", "1965", "[geboortejaar]"),
        ("Betrokkenen:\n- Nuno Coelho (aanvrager)\n- Stijn Coelho (kind, 2017)", "2017", "[geboortejaar]"),
        ("Het dossier van Femmigje Rijnders (*2008) is overgedragen.", "2008", "[geboortejaar]"),
        ("Op 3 mei sprak ik met Wilmer Nauta (geb. 1971) over de huur.", "1971", "[geboortejaar]"),
        ("Zij is geboren in 1984 en woont alleen.", "1984", "[geboortejaar]"),
        ("Geboortejaar: 1979", "1979", "[geboortejaar]"),
        ("Kinderen (naam, geboortejaar):\n* Meryem Tamminga, 2017\n* Mirthe Tuinstra, 2002", "2002", "[geboortejaar]"),
        # birth dates in other spellings and places
        ("Geboortedatum van Rami Sabbagh: 5 maa. 1976.", "5 maa. 1976", "[geboortedatum]"),
        ("U bent geboren op 15e van augustus 1956.", "augustus 1956", "[geboortedatum]"),
        ("Ik ben Saskia Oudejans, geboren 22de december 1943, en ik schrijf u.", "december 1943", "[geboortedatum]"),
        ("Betrokkene: Lieke Nauta - 24-5-2006\nGesprek: 06-01-2026", "24-5-2006", "[geboortedatum]"),
        ("Mirthe Tamminga – 4 okt. '60 – aanvrager", "okt. '60", "[geboortedatum]"),
        ("| naam | dob | aangemeld |\n|---|---|---|\n| Lieke Nauta | 13/7/'02 | 9 sep. 2026 |", "13/7/'02", "[geb"),
        # case numbers: letter groups before a year and a serial, a kind of request as the cue, spaced groups
        ("Onderwerp: terugbelverzoek 26-6530", "26-6530", "[zaaknummer]"),
        ("1. De heer Haidari-Kolev (GEM/VTH/2026/4356): huurachterstand loopt op.", "4356", "[zaaknummer]"),
        ("Zie ook WMO-HH-26-0012 in het systeem.", "0012", "[zaaknummer]"),
        ("Wij behandelen uw handhavingsverzoek 2023 811 776 binnen acht weken.", "811 776", "[zaaknummer]"),
        # addresses: a house part before the preposition, a verb of living after the number, blocks, fields, lists,
        # dash-separated record lines, a street after a name and a comma
        ("De container staat al weken voor de deur op Tjalk 224.", "Tjalk", "[adres]"),
        ("Er is wateroverlast in de kelder van Pijlkruid 19.", "Pijlkruid", "[adres]"),
        ("Roxana Ciobanu, die niet op Tjalk 157 woont, rijdt in de bus.", "Tjalk", "[adres]"),
        ("T.a.v. Imane Ouali\nKoggeschip\n59 bis\n9141 ML Sneek", "Koggeschip", "[adres]"),
        ("Naheffingsaanslag\nLocatie: Koggeschip\nHouder: G.R. Sedney", "Koggeschip", "[adres]"),
        ("MELDING OPENBARE RUIMTE\nLocatie: Ossenmarkt t.h.v. nr 85\nMelder: mw. Smit", "Ossenmarkt", "[adres]"),
        ("Wijkschouw\n- Kraneweg 25 B: kapotte lantaarnpaal\n- Oude Kijk: zwerfafval", "Oude Kijk", "[adres]"),
        ("Wijkschouw\n- Reigerhof 79: kapotte lantaarnpaal\n- Hoefslag 159-bis: scheve boom", "Hoefslag", "[adres]"),
        ("Dossier U26.82335 – Sousa, F. – Sleedoorn 120", "Sleedoorn", "[adres]"),
        ("Geb. 18/12/1992: Navin Bhola, Lange Akker 136-2. Het zaaknummer is BZ-2026-8720.", "Lange Akker", "[adres]"),
    ],
)
def test_round_eight_shapes_are_removed(text: str, gone: str, tag: str) -> None:
    out = anonymize(text).text
    assert gone not in out, out
    assert tag in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # years and dates that are no birth: no name before the bracket, an event's key, another table column
        ("Sinds 2019 werkt de gemeente met de Wmo (2015).", "(2015)"),
        ("Het jaar *2019* was zwaar voor het team.", "2019"),
        ("Gegevens betrokkene: Teun Schaafsma, geb.: 25/1/'49. Termijn: 2026-05-03.", "2026-05-03"),
        ("geboren: 12-3-1980 | overleg: 21 november 2026", "21 november 2026"),
        ("naam;geboortedag;laatste contact\nRamon Nauta;27/3/'42;21-04-2025", "21-04-2025"),
        ("| naam | geb.datum | contact |\n|---|---|---|\n| Inaya Adjei | 6 Feb '49 | 19-06-2025 |", "19-06-2025"),
        ("Kind: 3-4-2015\nGesprek: 12-05-2025", "12-05-2025"),
        ("FAMILIE CHEN – 17 mei 2024", "17 mei 2024"),
        # numbers that are no case number
        ("De raad besloot op 23 mei 2026 (raadsvoorstel 2026-014).", "2026-014"),
        ("Het meldingsnummer is 2023 184 356; de melding is op 22-02-2025 gedaan.", "22-02-2025"),
        ("Motie 2025/112 is aangenomen.", "2025/112"),
        # places that are no home address
        ("Locatie: Stadskantoor\nDatum: 3 maart 2026", "Stadskantoor"),
        ("Agenda\n- Punt 1: opening\n- Punt 2: notulen\n- Kerkstraat 4: bouwplan", "Punt 2"),
        ("Jan Jansen, Artikel 12. Zie ook bijlage 2.", "Artikel 12"),
        ("Wij praatten voor de deur op dinsdag 12 maart over de brief.", "12 maart"),
    ],
)
def test_round_eight_keeps(text: str, kept: str) -> None:
    out = anonymize(text).text
    assert kept in out, out
