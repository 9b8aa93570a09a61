"""The fresh8 corpus (helper H4, round eight): its files match the seeded generator and pass the annotation gate."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent / "fresh8"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fresh8", HERE / "make_fresh8.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _docs(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_files_match_generator() -> None:
    """Regenerating in memory gives byte-identical files."""
    proc = subprocess.run(
        [sys.executable, str(HERE / "make_fresh8.py"), "--check"], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_annotation_gate_holds_on_committed_files() -> None:
    """Every committed document passes the gate: pii as written, nothing leaks once blanked, keep words survive."""
    gen = _generator()
    genres, known = _docs("fresh8_genres.jsonl"), _docs("fresh8_known.jsonl")
    assert len(genres) >= 380 and len(known) >= 190
    ids = [d["id"] for d in genres + known]
    assert len(ids) == len(set(ids))
    for d in genres:
        assert not gen.problems(d, False), (d["id"], gen.problems(d, False))
    for d in known:
        assert set(d["known"]) == {"names", "emails", "phones"}
        assert not gen.problems(d, True), (d["id"], gen.problems(d, True))


def test_gate_rejects_bad_annotations() -> None:
    """The gate catches a missing string, a name left in the text, a lost keep word and bad check digits."""
    gen = _generator()
    known = {"names": ["Anna Vos"], "emails": [], "phones": []}
    doc = {
        "id": "x",
        "text": "Mevrouw Vos belt over de vos in de tuin.",
        "pii": [{"text": "Vos", "label": "PERSON"}],
        "keep": ["vos", "tuin"],
        "known": known,
    }
    assert not gen.problems(doc, True)
    assert gen.problems(doc, False)  # outside the known file a keep word may not share a name word
    assert gen.problems({**doc, "pii": [{"text": "Vosje", "label": "PERSON"}]}, True)  # not in the text
    left = {**doc, "text": "Anna Vos belt. Vos wacht in de tuin.", "pii": [{"text": "Anna Vos", "label": "PERSON"}]}
    assert gen.problems({**left, "keep": ["tuin"]}, True)  # 'Vos' alone is still readable
    inside = {**doc, "text": "Mevrouw Vos belt over de tuin.", "keep": ["Vos"]}
    assert gen.problems(inside, True)  # a keep word that only stands inside a name
    bad = {
        "id": "y",
        "text": "BSN 123456789, IBAN NL00ABNA0123456789.",
        "pii": [{"text": "123456789", "label": "BSN"}, {"text": "NL00ABNA0123456789", "label": "IBAN"}],
        "keep": [],
    }
    found = gen.problems(bad, False)
    assert any("BSN" in p for p in found) and any("IBAN" in p for p in found)
