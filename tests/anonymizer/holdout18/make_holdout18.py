#!/usr/bin/env python3
"""holdout18: the held-out anonymizer corpus of round eighteen (helper H1). See README.md.

python tests/anonymizer/holdout18/make_holdout18.py            # write the four files (seed 20261218)
python tests/anonymizer/holdout18/make_holdout18.py --check    # exit 1 if the committed files differ
python tests/anonymizer/holdout18/make_holdout18.py --audit    # overlap counts with every other corpus (counts only)

Each document is drawn from Random("20261218:<file>:<n>:<attempt>"); a document that fails ``gate()`` is redrawn with
the next attempt. Standard library only.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from random import Random

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from core18 import LABELS, bsn_ok, iban_ok  # noqa: E402
from shapes18 import HOUSEHOLD, LEISURE, TRANSPORT, compose, known_doc  # noqa: E402

SEED = 20261218
ROOT = HERE.parent.parent.parent
FILES = [("transport", 300), ("leisure", 300), ("household", 250), ("known", 150)]
SHAPES = {"transport": TRANSPORT, "leisure": LEISURE, "household": HOUSEHOLD}
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def _score_module():
    spec = importlib.util.spec_from_file_location("score_for_holdout18", HERE.parent / "corpora" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader
    spec.loader.exec_module(mod)
    return mod


SCORE = _score_module()


def _words(s: str) -> set[str]:
    ws = {w.strip(".,'’:;()\"").lower() for w in re.split(r"[\s\-/]+", s)}
    return {w for w in ws if len(w) > 1 and w not in PARTICLES}


def _whole(k: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text) is not None


def gate(doc: dict, known: bool) -> str | None:
    """None when ``doc`` passes every gate of README.md, else the reason."""
    try:
        SCORE.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    text = doc["text"]
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not bsn_ok(item["text"]):
            return "bsn"
        if item["label"] == "IBAN" and not iban_ok(item["text"]):
            return "iban"
    for k in doc["keep"]:
        if not _whole(k, text):
            return f"keep not whole: {k}"
    keep_words = set().union(*(_words(k) for k in doc["keep"])) if doc["keep"] else set()
    persons = [i["text"] for i in doc["pii"] if i["label"] == "PERSON"]
    if not known:
        for p in persons:
            if _words(p) & keep_words:
                return "keep shares a word with a name"
        return None
    kn = doc.get("known", {})
    names = kn.get("names") or []
    if not names or names[0] not in persons:
        return "known name not annotated"
    kwords = _words(names[0])
    in_person = set().union(*(_words(p) for p in persons)) & kwords
    if not (in_person & keep_words):
        return "no name word kept in its ordinary sense"
    for p in persons:
        if (_words(p) - kwords) & keep_words:
            return "keep shares a word with another name"
    for e in kn.get("emails", []) + kn.get("phones", []):
        if e not in text:
            return "known contact not in text"
    return None


def make_doc(name: str, n: int, attempt: int) -> tuple[dict, list]:
    r = Random(f"{SEED}:{name}:{n}:{attempt}")
    known = None
    if name == "known":
        b, known = known_doc(r, n)
    else:
        b = compose(r, SHAPES[name], n)
    d = {"id": f"holdout18-{name}-{n:04d}", "text": b.text()}
    if known:
        d["known"] = known
    d["pii"] = b.pii
    d["keep"] = b.keep
    return d, b.people


def generate() -> tuple[dict[str, list[dict]], dict[str, int], list]:
    out, redraws, people = {}, {}, []
    for name, count in FILES:
        docs, red = [], 0
        for n in range(count):
            for attempt in range(200):
                d, pe = make_doc(name, n, attempt)
                if gate(d, name == "known") is None:
                    break
                red += 1
            else:
                raise SystemExit(f"{name} {n}: no passing draw")
            docs.append(d)
            people += pe
        out[f"holdout18_{name}.jsonl"] = docs
        redraws[name] = red
    return out, redraws, people


def _dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def audit(people: list, files: dict[str, list[dict]]) -> None:
    others = sorted(p for p in (ROOT / "tests" / "anonymizer").rglob("*.jsonl") if p.parent != HERE)
    others += sorted((ROOT.parent / "shared" / "data").rglob("*.jsonl")) if (ROOT.parent / "shared").exists() else []
    shared = ROOT / ".." / "shared" / "data"
    if not any(str(p).startswith(str(shared.resolve())) for p in others) and shared.exists():
        others += sorted(shared.resolve().rglob("*.jsonl"))
    name_parts, streets = set(), set()
    for f in others:
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError:
                continue
            for i in d.get("pii", []) if isinstance(d, dict) else []:
                if i.get("label") == "PERSON":
                    name_parts |= _words(i["text"])
                elif i.get("label") == "ADDRESS":
                    streets.add(re.sub(r"\s+\d.*$", "", i["text"]).lower())
    firsts = {w for p in people for w in _words(p.first)}
    surs = {w for p in people for w in _words(p.sur)}
    ours_streets = {
        re.sub(r"\s+\d.*$", "", i["text"]).lower()
        for docs in files.values()
        for d in docs
        for i in d["pii"]
        if i["label"] == "ADDRESS"
    }
    kept = {
        w
        for d in files["holdout18_known.jsonl"]
        for w in _words(d["known"]["names"][0])
        for k in d["keep"]
        if w in _words(k)
    }
    print(f"other corpora: {len(others)}")
    print(f"first-name words: {len(firsts)}, used as a name part elsewhere: {len(firsts & name_parts)}")
    print(f"surname words: {len(surs)}, used as a name part elsewhere: {len(surs & name_parts)}")
    print(f"streets: {len(ours_streets)}, in other corpora's addresses: {len(ours_streets & streets)}")
    print(
        f"known-file name words kept in their ordinary sense: {len(kept)}, name parts elsewhere: {len(kept & name_parts)}"
    )


def main() -> int:
    files, redraws, people = generate()
    if "--audit" in sys.argv:
        audit(people, files)
        return 0
    if "--check" in sys.argv:
        bad = [
            n
            for n, docs in files.items()
            if not (HERE / n).exists() or (HERE / n).read_text(encoding="utf-8") != _dump(docs)
        ]
        print("differ: " + ", ".join(bad) if bad else "all four files match the generator")
        return 1 if bad else 0
    for n, docs in files.items():
        (HERE / n).write_text(_dump(docs), encoding="utf-8")
        labels = Counter(i["label"] for d in docs for i in d["pii"])
        print(
            f"{n}: {len(docs)} docs, pii {sum(labels.values())}, keep {sum(len(d['keep']) for d in docs)}, "
            f"redraws {redraws[n.split('_')[1].split('.')[0]]}; "
            + ", ".join(f"{k} {v}" for k, v in sorted(labels.items()))
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
