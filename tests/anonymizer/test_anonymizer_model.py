"""The statistical person model (anonymizer/model.py): bundled weights, deterministic training, and its place
beside the named rules (it only turns decisions the rules took on weak evidence)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from anonymizer import anonymize
from anonymizer import model as M
from anonymizer.judge import Evidence
from anonymizer.tools import train_model as T

ROOT = Path(__file__).resolve().parents[2]

# Shapes written for this test, not taken from a corpus: a name on a bullet line before a verb no rule lists, and a
# capitalised ordinary word mid-sentence (a writer's emphasis).
BULLET_NAME = "Verslag 4 april\n- Tsegaye begrijpt de beschikking niet goed"
CAPITALISED_WORD = "De buren hebben Geluidsoverlast gemeld bij de gemeente."


def _judged(text: str) -> list[tuple[Evidence, str, str | None]]:
    M.COLLECT = []
    try:
        anonymize(text)
        return list(M.COLLECT)
    finally:
        M.COLLECT = None


def test_bundled_weights_load_and_are_small() -> None:
    assert M.MODEL_PATH.exists()
    assert M.MODEL_PATH.stat().st_size < 3_000_000
    w = M.load()
    assert len(w) == 1 << M.BITS
    assert sum(1 for x in w if x != 0.0) > 1000


def test_missing_weights_give_a_neutral_model(tmp_path: Path) -> None:
    try:
        w = M.load(tmp_path / "none.bin.gz")
        assert not any(w)
    finally:
        M.load()


def test_training_on_a_subset_is_deterministic(tmp_path: Path) -> None:
    src = ROOT / "tests/anonymizer/corpora/shapes5.jsonl"
    subset = tmp_path / "subset.jsonl"
    subset.write_text("".join(src.read_text(encoding="utf-8").splitlines(keepends=True)[:24]), encoding="utf-8")
    examples = T.collect([str(subset)])
    assert examples and any(e[1] for e in examples) and not all(e[1] for e in examples)
    a, b = T.fit(examples, iters=40), T.fit(T.collect([str(subset)]), iters=40)
    assert a.tobytes() == b.tobytes()
    M.save(a, tmp_path / "a.bin.gz")
    M.save(b, tmp_path / "b.bin.gz")
    assert (tmp_path / "a.bin.gz").read_bytes() == (tmp_path / "b.bin.gz").read_bytes()
    assert M.load(tmp_path / "a.bin.gz").tobytes() == a.tobytes()
    M.load()


def test_a_name_in_a_new_shape_is_removed_by_the_model() -> None:
    out = anonymize(BULLET_NAME).text
    assert "Tsegaye" not in out and "beschikking" in out
    ((ev, _rule, _kind),) = [j for j in _judged(BULLET_NAME) if j[0].surface == "Tsegaye"]
    assert M.chunk_prob(ev) >= M.T_ADD


def test_an_ordinary_capitalised_word_is_kept_by_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "Geluidsoverlast" in anonymize(CAPITALISED_WORD).text
    ((ev, rule, kind),) = [j for j in _judged(CAPITALISED_WORD) if j[0].surface == "Geluidsoverlast"]
    assert M.chunk_prob(ev) <= M.T_DROP
    if kind is not None:  # the rules alone take it for a name: the model is what keeps it
        assert rule in M.WEAK_REMOVE
        monkeypatch.setattr(M, "ENABLED", False)
        assert "Geluidsoverlast" not in anonymize(CAPITALISED_WORD).text


def test_strong_evidence_is_never_overruled() -> None:
    """A form of address decides by itself, whatever the model thinks of the word."""
    text = "Gisteren sprak ik mevrouw Bereikbaar over de brief."
    judged = [j for j in _judged(text) if "Bereikbaar" in j[0].surface]
    assert judged and judged[0][1] not in M.WEAK_KEEP | M.WEAK_REMOVE
    assert "Bereikbaar" not in anonymize(text).text


@pytest.mark.parametrize(
    "text",
    ["", "\x00", "<script>alert(1)</script> Jansen", "Ωmega Ærø " * 200, "X" * 5000, "- Ŀŀ\x00ŀ begrijpt het"],
)
def test_odd_input_does_not_break_the_model(text: str) -> None:
    assert isinstance(anonymize(text).text, str)


def test_cli_uses_the_model_and_can_switch_it_off() -> None:
    line = json.dumps({"id": "m1", "text": BULLET_NAME}) + "\n"
    on = subprocess.run(
        [sys.executable, "-m", "anonymizer", "--jsonl"], input=line, capture_output=True, text=True, cwd=ROOT
    )
    assert on.returncode == 0, on.stderr
    assert "Tsegaye" not in json.loads(on.stdout)["text"]
    env = {**os.environ, "ANONYMIZER_MODEL": "off"}
    off = subprocess.run(
        [sys.executable, "-m", "anonymizer", "--jsonl"], input=line, capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert off.returncode == 0, off.stderr
    assert json.loads(off.stdout)["id"] == "m1"
