"""The corpora written blind in rounds eleven, thirteen, fourteen and fifteen (round eleven: fresh12a-d by helpers
B1-B4, fresh13a-b by B5 and B6; round thirteen: fresh16a-d by B1-B4, fresh17a-b late in the round by B5 and B6; round
fourteen: fresh18a-d by B1-B4, fresh19a-b late; round fifteen: fresh20a-d early, fresh21a-b late; see their
READMEs). For each:
the file matches its seeded generator, it holds 300 documents in id order, every document passes the shared annotation
check with valid labels and check digits, the known-name documents are there, and the set's own checks (its gate, its
known-name rules) hold. The anonymizer is not run here: the sets' scores are in their READMEs."""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from anonymizer.patterns import _eleven_test, _mod97

HERE = Path(__file__).resolve().parent
# Round eleven's sets wrote "<set>_shapes.jsonl"; round thirteen's were briefed to one interface ("<set>_texts.jsonl",
# ``gate(doc)``, known names in every fourth document).
ROUND11 = ("fresh12a", "fresh12b", "fresh12c", "fresh12d", "fresh13a", "fresh13b")
ROUND13 = ("fresh16a", "fresh16b", "fresh16c", "fresh16d", "fresh17a", "fresh17b")
ROUND14 = ("fresh18a", "fresh18b", "fresh18c", "fresh18d", "fresh19a", "fresh19b")
ROUND15 = ("fresh20a", "fresh20b", "fresh20c", "fresh20d", "fresh21a", "fresh21b")
ROUND16 = ("fresh22a", "fresh22b", "fresh22c", "fresh22d")
ROUND17 = ("fresh23a", "fresh23b", "fresh23c", "fresh23d")
ROUND18 = ("fresh24a", "fresh24b", "fresh24c", "fresh24d")
ROUND19 = ("fresh25a", "fresh25b", "fresh25c", "fresh25d")
ROUND20 = ("fresh26a", "fresh26b", "fresh26c", "fresh26d", "fresh26e", "fresh26f")
ROUND21 = ("fresh27a", "fresh27b", "fresh27c", "fresh27d", "fresh27e")
ROUND22 = ("fresh28a", "fresh28b", "fresh28c", "fresh28d")
ROUND23 = ("fresh29a", "fresh29b", "fresh29c", "fresh29d")
ROUND24 = ("fresh30a", "fresh30b", "fresh30c", "fresh30d")
ROUND25 = ("fresh31a", "fresh31b", "fresh31c", "fresh31d")
ROUND26 = ("fresh32a", "fresh32b", "fresh32c", "fresh32d")
ROUND27 = ("fresh33a", "fresh33b", "fresh33c", "fresh33d", "fresh33e", "fresh33f")
ROUND28 = ("fresh34a", "fresh34b", "fresh34c", "fresh34d", "fresh34e", "fresh34f")
ROUND29 = ("fresh35a", "fresh35b", "fresh35c", "fresh35d")
ROUND30 = ("fresh36a", "fresh36b", "fresh36c", "fresh36d")
ROUND31 = ("fresh37a", "fresh37b", "fresh37c", "fresh37d", "fresh37e")
ROUND32 = ("fresh38a", "fresh38b", "fresh38c", "fresh38d", "fresh38e")
ROUND33 = ("fresh39a", "fresh39b", "fresh39c")
ROUND34 = ("fresh40a", "fresh40b", "fresh40c")
BRIEFED = (
    ROUND13
    + ROUND14
    + ROUND15
    + ROUND16
    + ROUND17
    + ROUND18
    + ROUND19
    + ROUND20
    + ROUND21
    + ROUND22
    + ROUND23
    + ROUND24
    + ROUND25
    + ROUND26
    + ROUND27
    + ROUND28
    + ROUND29
    + ROUND30
    + ROUND31
    + ROUND32
    + ROUND33
    + ROUND34
)  # one interface, from docs/corpus-briefs/blind_author.md
SETS = ROUND11 + BRIEFED
LABELS = {
    *("PERSON", "ADDRESS", "POSTCODE", "PHONE", "EMAIL"),
    *("BSN", "IBAN", "LICENSE_PLATE", "CASE_NUMBER", "DATE_OF_BIRTH"),
}


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))  # a generator imports its own helper modules
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(path.parent))
    return mod


@functools.cache
def _score() -> ModuleType:
    return _load("blind11_score", HERE / "corpora" / "score.py")


@functools.cache
def _docs(s: str) -> tuple[dict, ...]:
    name = f"{s}_shapes.jsonl" if s in ROUND11 else f"{s}_texts.jsonl"
    lines = (HERE / s / name).read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())


@pytest.mark.parametrize("s", SETS)
def test_generator_files_match(s: str) -> None:
    proc = subprocess.run(
        [sys.executable, str(HERE / s / f"make_{s}.py"), "--check"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        cwd=HERE.parent.parent,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("s", SETS)
def test_every_document_passes_the_annotation_check(s: str) -> None:
    docs = _docs(s)
    assert [d["id"] for d in docs] == [f"{s}-{i:04d}" for i in range(300)]
    for d in docs:
        _score().check_doc(d)
        assert d["pii"], d["id"]
        for item in d["pii"]:
            assert item["label"] in LABELS, (d["id"], item)
            if re.search(r"[a-z]{3,}", item["text"]) and s in BRIEFED:
                continue  # said in words ("NL 88 TRIO acht drie zes ..."): the set's own gate checks it
            digits = re.sub(r"[\s.\-]", "", item["text"]).upper()
            if item["label"] == "BSN":
                assert _eleven_test(digits.zfill(9)), (d["id"], item)
            if item["label"] == "IBAN":
                assert _mod97(digits), (d["id"], item)
    assert sum("known" in d for d in docs) >= 60


def _fresh12a(d: dict) -> None:
    """A PERSON item is written with words of the known name."""
    (name,) = d["known"]["names"]
    words = set(name.lower().replace("-", " ").split())
    forms = [i["text"] for i in d["pii"] if i["label"] == "PERSON"]
    assert any(set(f.lower().replace("-", " ").split()) <= words for f in forms), d["id"]


def _fresh12b(d: dict) -> None:
    """A keep word is a word of the known name, used in its ordinary sense as a whole word."""
    words = {w for name in d["known"]["names"] for w in name.split()}
    ordinary = [k for k in d["keep"] if k[0].upper() + k[1:] in words]
    assert ordinary, d["id"]
    assert all(re.search(rf"(?<!\w){re.escape(k)}(?!\w)", d["text"]) for k in ordinary), d["id"]


def _fresh12c(d: dict) -> None:
    """A keep word is a word of the known name in lower case."""
    words = {w.lower() for name in d["known"]["names"] for w in name.split()}
    assert any(k in words for k in d["keep"]), d["id"]


def _fresh12d(d: dict) -> None:
    """The known surname is in the text."""
    for name in d["known"]["names"]:
        assert name.split()[-1] in d["text"], (d["id"], name)


def _fresh13b(d: dict) -> None:
    """A part of the known name is in the text, and a lower-case keep word is a word of the name."""
    (name,) = d["known"]["names"]
    parts = [w for w in name.split() if w.lower() not in {"van", "de", "den", "der"}]
    assert any(w in d["text"] for w in parts), d["id"]
    assert any(k.islower() and k in name.lower().split() for k in d["keep"]), d["id"]


KNOWN_CHECKS: dict[str, Callable[[dict], None]] = {
    "fresh12a": _fresh12a,
    "fresh12b": _fresh12b,
    "fresh12c": _fresh12c,
    "fresh12d": _fresh12d,
    "fresh13b": _fresh13b,
}


@pytest.mark.parametrize("s", sorted(KNOWN_CHECKS))
def test_known_name_documents_follow_their_set_rules(s: str) -> None:
    for d in _docs(s):
        if "known" in d:
            KNOWN_CHECKS[s](d)
    if s == "fresh12d":  # its gate also requires keep words in every document
        assert sum("known" in d for d in _docs(s)) >= 70
        assert all(d["keep"] for d in _docs(s))


def test_fresh13a_documents_pass_their_generators_gate() -> None:
    gen = _load("blind11_make_fresh13a", HERE / "fresh13a" / "make_fresh13a.py")
    for d in _docs("fresh13a"):
        gen.gate(d, _score())


@pytest.mark.parametrize("s", BRIEFED)
def test_known_names_every_fourth_document(s: str) -> None:
    """Round thirteen's sets: documents 1, 5, 9, ... pass the resident's name, and a part of it is in the text."""
    for i, d in enumerate(_docs(s)):
        assert ("known" in d) == (i % 4 == 1), d["id"]
        if "known" in d and s != "fresh18a":  # fresh18a's OCR damages the name where it is written: not found whole
            name = d["known"]["names"][0]
            parts = [w for w in re.split(r"[\s\-]+", name) if len(w) > 2]
            assert any(p.lower() in d["text"].lower() for p in parts), (d["id"], name)


@pytest.mark.parametrize("s", BRIEFED)
def test_every_document_passes_its_generators_gate(s: str) -> None:
    gen = _load(f"blind_make_{s}", HERE / s / f"make_{s}.py")
    bad = [(d["id"], r) for d in _docs(s) if (r := gen.gate(d)) is not None]
    assert not bad, bad[:5]
