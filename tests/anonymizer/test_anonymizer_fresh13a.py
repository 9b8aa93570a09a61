"""The fresh13a corpus (helper B5, written blind): the committed file is what its generator makes, and every document
passes the shared annotation self-check. The anonymizer itself is not run here."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDER = HERE / "fresh13a"
CORPUS = FOLDER / "fresh13a_shapes.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _docs() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_generator_check_passes():
    proc = subprocess.run(
        [sys.executable, str(FOLDER / "make_fresh13a.py"), "--check"], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_document_passes_check_doc():
    score = _load("fresh13a_test_score", HERE / "corpora" / "score.py")
    docs = _docs()
    assert len(docs) == 300
    assert [d["id"] for d in docs] == [f"fresh13a-{i:04d}" for i in range(300)]
    for d in docs:
        score.check_doc(d)


def test_every_document_passes_the_generator_gate():
    gen = _load("fresh13a_test_gen", FOLDER / "make_fresh13a.py")
    score = _load("fresh13a_test_score2", HERE / "corpora" / "score.py")
    docs = _docs()
    for d in docs:
        gen.gate(d, score)
    assert sum("known" in d for d in docs) >= 60
