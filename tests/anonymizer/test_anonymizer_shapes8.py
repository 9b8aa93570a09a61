"""Own corpus ``corpora/shapes8.jsonl`` (make_corpora9.py): person names whose problem is the name form or the
sentence around it (issue 10, round six), with names none of the shared dev files use.

Run through the CLI and the library; scored with the shared scorer's leak rule (corpora/score.py). Plus the odd
inputs of the new rules: abbreviations stay abbreviations, enumerations stay enumerations, months stay dates.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from anonymizer import anonymize, find_entities
from tests.anonymizer.corpora.make_corpora9 import generate
from tests.anonymizer.corpora.score import score

ROOT = Path(__file__).resolve().parents[2]
FILE = Path(__file__).resolve().parent / "corpora" / "shapes8.jsonl"


def _docs() -> list[dict]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_shapes8_is_what_its_generator_writes() -> None:
    """Deterministic, and every document passed the generator's annotation self-check."""
    assert FILE.read_text(encoding="utf-8").splitlines() == [json.dumps(d, ensure_ascii=False) for d in generate()]


def test_shapes8_repeats_no_dev_name() -> None:
    """No person name part of the shared dev files (months as first names are the shape under test)."""
    from tests.anonymizer.corpora.make_corpora import AVOID

    particles = {"van", "de", "der", "den", "ter", "ten", "in", "'t", "el", "al"}
    for d in _docs():
        for item in d["pii"]:
            if item["label"] == "PERSON":
                parts = {p.lower() for p in item["text"].replace("-", " ").split() if len(p) > 1 and "." not in p}
                assert not (parts & AVOID) - particles, item


def test_shapes8_meets_the_targets_through_the_cli() -> None:
    docs = _docs()
    feed = "".join(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n" for d in docs)
    proc = subprocess.run(
        [sys.executable, "-m", "anonymizer", "--jsonl"],
        input=feed,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    outs = {o["id"]: o["text"] for o in map(json.loads, filter(str.strip, proc.stdout.splitlines()))}
    res = score(docs, outs)
    assert res["leak_rate"] == 0, res
    assert res["keep_rate"] == 1.0, res


def test_shapes8_library_matches_and_entities_cut_the_input() -> None:
    for d in _docs():
        ents = find_entities(d["text"])
        assert all(d["text"][e.start : e.end] == e.original for e in ents), d["id"]
        assert all(a.end <= b.start for a, b in zip(ents, ents[1:], strict=False)), d["id"]
        assert anonymize(d["text"]).entities == ents


@pytest.mark.parametrize(
    "text",
    [
        "N.B.: de termijn loopt af op vrijdag.",
        "Vanaf Juni krijgt u de toeslag per maand.",
        "In April 2026 is het besluit genomen; per 1 Juli gaat het in.",
        "a. de aanvraag\nb. het besluit\nc. de termijn",
        "Zie p. 3 en blz. 4 van het rapport, d.w.z. de bijlage.",
        "Geachte heer, mevrouw,\n\nNamens de gemeente danken wij u voor uw brief.",
        "Team (Wmo): de aanvraag is binnen.",
        "Mevrouw werkt bij Lindestede en meneer bij Woonvast.",
        "Namens Portalis was de huismeester aanwezig.",
        "Hij kwam vanuit Bonaire naar Nederland.",
        "Op de markt liggen Leidse kaas en Groninger koek.",
        "De ambtenaar komt uit Krimpen aan de Lek.",
        "Besluit -- Vanaf mei geldt de nieuwe regeling.",
        "De Sociale Dienst en Portalis overleggen.",
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert anonymize(text).text == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("3. K.L.: belt de aanvrager terug", "K.L."),
        ("12/3: M.R. belt opnieuw.\n14/3: M.R. tevreden.", "M.R."),
        ("cc: t. bălan; Team Wonen", "bălan"),
        ("Behandeld door r. van 't erve", "erve"),
        ("Kopie aan: g. muis (Team Inkomen)", "muis"),
        ("Webchat\nMedewerker (Zawadi): goedemiddag", "Zawadi"),
        ("[2/5 09:12] Juli: de brief is er\n[2/5 09:14] Rinse: top", "Juli"),
        ("de kinderen Daan (7) en Juni (10) spelen buiten", "Juni"),
        ("Zij zegt dat Olusola sinds maart niet meer komt.", "Olusola"),
        ("ff een vraagje: viola zei dat het geregeld was", "viola"),
        ("hoi ik heb gebeld met vlinder oduro van de gemeente", "vlinder"),
        ("ook tesfalem gebru wacht nog op antwoord", "gebru"),
        ("mijn dochter juli zit thuis want de bus komt niet", "juli"),
        ("Omschrijving: wethouder dos Anjos heeft het toegezegd.", "dos"),
        ("Afwezig: Hilke van Oudkerk\nNotulist: Dagmar Smits", "Oudkerk"),
        ("GRIET WIGBOLDUS\nMEIDOORNHAGE 12\n8012  KL  ASSEN", "WIGBOLDUS"),
    ],
)
def test_names_in_these_positions_are_removed(text: str, gone: str) -> None:
    assert gone not in anonymize(text).text
