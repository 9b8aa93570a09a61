"""Generator of the blind corpus fresh40c: village councils, neighbourhood councils and residents' committees.

Usage (from the project root, PYTHONPATH=.):
    python tests/anonymizer/fresh40c/make_fresh40c.py            write fresh40c_texts.jsonl
    python tests/anonymizer/fresh40c/make_fresh40c.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh40c/make_fresh40c.py --stats    counts per label, shapes, known names, redraws

Seed 20261343; document i draws from random.Random("20261343-<i>"); a document that fails gate() is redrawn from
random.Random("20261343-<i>-<attempt>").
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fresh40c_lines as L  # noqa: E402
from fresh40c_base import SHAPES, Doc  # noqa: E402

SEED = "20261343"
N_DOCS = 300
OUT = HERE / "fresh40c_texts.jsonl"
LABELS = (
    "PERSON",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "BSN",
    "IBAN",
    "LICENSE_PLATE",
    "CASE_NUMBER",
    "DATE_OF_BIRTH",
)
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def _load_score():
    root = HERE.parent.parent.parent
    spec = importlib.util.spec_from_file_location("fresh40c_score", root / "tests/anonymizer/corpora/score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_score = _load_score()


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return total % 11 == 0


def iban_ok(s: str) -> bool:
    t = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", t):
        return False
    moved = t[4:] + t[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _words(s: str) -> set[str]:
    return {w for w in re.split(r"[^\w']+", s.lower()) if len(w) > 1 and w not in PARTICLES}


def gate(doc: dict) -> str | None:
    """None when the document passes every gate, else the reason it fails."""
    try:
        _score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    text = doc["text"]
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not bsn_ok(item["text"]):
            return f"bsn {item['text']}"
        if item["label"] == "IBAN" and not iban_ok(item["text"]):
            return f"iban {item['text']}"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= _words(n)
    name_words = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            name_words |= _words(item["text"])
    for k in doc["keep"]:
        shared = _words(k) & name_words
        if shared and not (k == k.lower() and shared <= known_words):
            return f"keep {k!r} shares {sorted(shared)} with a name"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    return None


def make_doc(i: int) -> tuple[dict, list[str], int]:
    """Document i, the shapes it used and the number of redraws it needed."""
    import random

    attempt = 0
    while True:
        r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
        d = Doc(r, known=(i % 4 == 1))
        L.build(d)
        doc = d.finish(f"fresh40c-{i:04d}")
        reason = gate(doc)
        if reason is None:
            return doc, d.shapes + [f"origin:{o}" for o in d.origins], attempt
        attempt += 1
        if attempt > 60:
            raise RuntimeError(f"document {i} keeps failing: {reason}")


def generate():
    docs, shapes, redraws = [], Counter(), {}
    for i in range(N_DOCS):
        doc, used, n = make_doc(i)
        docs.append(doc)
        shapes.update(used)
        if n:
            redraws[doc["id"]] = n
    return docs, shapes, redraws


def render(docs) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs, shapes, redraws = generate()
    text = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh40c_texts.jsonl is up to date" if same else "fresh40c_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(item["label"] for d in docs for item in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]:5d}")
        print(f"  {'total pii':14s} {sum(labels.values()):5d}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min {min(len(d['keep']) for d in docs)} per document)")
        origins = Counter({s[7:]: n for s, n in shapes.items() if s.startswith("origin:")})
        shapes = Counter({s: n for s, n in shapes.items() if not s.startswith("origin:")})
        kinds = Counter(SHAPES[s][0] for s in shapes)
        print(
            f"shapes registered: {len(SHAPES)}; used: {len(shapes)} ({', '.join(f'{v} {k}' for k, v in sorted(kinds.items()))})"
        )
        unused = sorted(set(SHAPES) - set(shapes))
        if unused:
            print(f"  unused: {unused}")
        print(
            f"origin groups of generated people: {len(origins)} "
            f"({', '.join(f'{k} {v}' for k, v in sorted(origins.items(), key=lambda kv: (-kv[1], kv[0])))})"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {sum(redraws.values())} in {len(redraws)} documents")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
