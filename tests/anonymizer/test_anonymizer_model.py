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


# Shapes written for these tests: a contact list whose name carries a generation suffix the acronym veto takes for an
# abbreviation, and a document that names someone at a sentence start and again mid-sentence.
ACRONYM_LIST = (
    "Contactpersonen:\n• Mirjam Vos II (Kledingbank) – m.vos@voorbeeld.nl\n"
    "• Teun Baas (Buurtteam) – t.baas@voorbeeld.nl"
)
NAMED_AGAIN = "Yerlan belt morgen terug. Ik heb Yerlan gisteren ook al gesproken over de Huurtoeslag en de huurtoeslag."


def _traced(text: str) -> list[tuple[Evidence, str, str | None, str | None]]:
    M.TRACE = []
    try:
        anonymize(text)
        return list(M.TRACE)
    finally:
        M.TRACE = None


def test_veto_rules_are_turned_only_above_their_own_threshold() -> None:
    assert all(M.T_ADD <= t < 1 for r, t in M.WEAK_KEEP.items() if r not in ("rule_short",))
    assert all(0 < t <= 0.1 for t in M.WEAK_REMOVE.values())
    traced = [t for t in _traced(ACRONYM_LIST) if "Vos" in t[0].surface]
    assert traced
    ev, rule, kind, final = traced[0]
    assert rule == "rule_acronym" and kind is None
    assert (final is not None) == (M.chunk_prob(ev) >= M.WEAK_KEEP[rule])
    if final is not None:
        assert "Vos" not in anonymize(ACRONYM_LIST).text


def test_document_features_see_the_word_elsewhere() -> None:
    feats = {}
    for ev, _rule, _kind, _final in _traced(NAMED_AGAIN):
        for i, tok in enumerate(ev.name_toks):
            feats.setdefault(tok.text, set()).update(M.token_features(ev, i))
    # named mid-sentence elsewhere: a sentence-start name with support from the rest of the text
    assert any(f.startswith("doc_midcap=1") for f in feats["Yerlan"])
    # written in lower case elsewhere: an ordinary word with a capital
    if "Huurtoeslag" in feats:
        assert any(f.startswith("doc_low=1") for f in feats["Huurtoeslag"])
    assert any(f.startswith("g_low=") for f in feats["Yerlan"])
    assert "Yerlan" not in anonymize(NAMED_AGAIN).text


def test_out_of_fold_documents_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = (ROOT / "tests/anonymizer/corpora/shapes5.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    groups = {}
    for i, name in enumerate(("a", "b")):
        f = tmp_path / f"{name}.jsonl"
        f.write_text("".join(lines[12 * i : 12 * i + 12]), encoding="utf-8")
        groups[name] = [str(f)]
    by_group = {g: T.collect(fs) for g, fs in groups.items()}
    try:
        res = T.oof_docs(by_group, groups)
    finally:
        M.load()
    assert set(res) == {groups["a"][0], groups["b"][0]}
    for base, mod in res.values():
        assert base["person"].split("/")[1] == mod["person"].split("/")[1]
        assert 0 <= mod["lost"] and 0.0 <= mod["keep"] <= 1.0
    assert "total PERSON leaks" in capsys.readouterr().out


def test_a_word_after_a_listed_first_name_is_never_kept_by_the_model() -> None:
    """A surname judged apart from the listed first name before it: whatever the model thinks of it, the rules'
    "name" stands. (A name in quotes is one chunk since round eight: "'Marta Wiśniewska'".)"""
    text = "INSERT INTO klant (naam, tel) VALUES ('Marta Wiśniewska', '06-12345678');"
    traced = [t for t in _traced(text) if "Wiśniewska" in t[0].surface]
    assert traced and (M._after_first_name(traced[0][0]) or "Marta" in traced[0][0].surface)
    assert traced[0][3] is not None
    out = anonymize(text).text
    assert "Wiśniewska" not in out and "Marta" not in out


def test_where_names_the_deciding_rule_or_no_candidate(tmp_path: Path) -> None:
    """Mechanics of ``--where``: an ordinary lower-case word labelled as a name is leaked and never a candidate; a
    capitalised one mid-sentence that a veto rule keeps is counted under that rule; removed names are not counted."""
    doc = {
        "id": "w1",
        "text": "mijn buurvrouw zegt dat de container weer vol staat.\nMevrouw Okafor belde de Gemeente Almere.",
        "pii": [
            {"label": "PERSON", "text": "container"},
            {"label": "PERSON", "text": "Almere"},
            {"label": "PERSON", "text": "Okafor"},
        ],
        "keep": [],
    }
    f = tmp_path / "w.jsonl"
    f.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    counts = T.where([str(f)])
    assert counts["no candidate: lower case"] == 1
    assert sum(n for k, n in counts.items() if k.startswith("judged")) == 1
    assert sum(counts.values()) == 2
