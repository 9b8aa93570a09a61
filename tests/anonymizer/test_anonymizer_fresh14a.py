"""The blind corpus fresh14a (a mediator's own notes) is sound: it regenerates byte for byte and every document passes
the shared annotation self-check. The anonymizer is not scored here."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDER = HERE / "fresh14a"
CORPUS = FOLDER / "fresh14a_texts.jsonl"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def _docs() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_generator_check_passes():
    proc = subprocess.run(
        [sys.executable, str(FOLDER / "make_fresh14a.py"), "--check"], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_document_passes_check_doc():
    score = _load("fresh14a_test_score", HERE / "corpora" / "score.py")
    docs = _docs()
    assert len(docs) == 300
    assert [d["id"] for d in docs] == [f"fresh14a-{i:04d}" for i in range(300)]
    for d in docs:
        score.check_doc(d)


def test_every_document_passes_the_gate():
    gen = _load("fresh14a_test_gen", FOLDER / "make_fresh14a.py")
    for d in _docs():
        known = d.get("known", {}).get("names", [])
        word = None
        if known:
            shared = {k.lower() for k in d["keep"]} & {w.lower() for w in known[0].split()}
            assert len(shared) == 1, d["id"]
            word = shared.pop()
        gen.gate(d, word)
