"""Generator of the blind anonymizer corpus fresh30b: calamities, emergency shelter and victim support.

Run from the worktree root:  PYTHONPATH=. python tests/anonymizer/fresh30b/make_fresh30b.py [--check | --stats]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from core_f30b import Doc  # noqa: E402
from shapes_f30b import KINDS, SHAPES, new_ctx  # noqa: E402

_spec = importlib.util.spec_from_file_location("f30b_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)

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
SEED = 20262402
N_DOCS = 300
OUT = HERE / "fresh30b_texts.jsonl"
PARTICLES = _score.PARTICLES
KIND_ORDER = sorted(KINDS)


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0


def iban_ok(s: str) -> bool:
    t = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d\d[A-Z]{4}\d{10}", t):
        return False
    return int("".join(str(int(c, 36)) for c in t[4:] + t[:4])) % 97 == 1


def _words(s: str) -> set:
    return {w for w in re.findall(r"\w+", s.lower()) if w not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    """None when the document passes every gate, else the reason."""
    try:
        _score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= _words(n)
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            name_words |= _words(it["text"])
    for k in doc["keep"]:
        shared = _words(k) & name_words
        if not shared:
            continue
        if k == k.lower() and shared <= known_words:
            continue
        return f"keep {k!r} shares {sorted(shared)} with a name"
    return None


def build(i: int, attempt: int) -> dict:
    r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
    did = f"fresh30b-{i:04d}"
    d = Doc(r, did)
    c = new_ctx(d)
    kp = d.known_person() if i % 4 == 1 else None
    kname = KIND_ORDER[(i + attempt) % len(KIND_ORDER)] if attempt < 3 else r.choice(KIND_ORDER)
    d.use(kname)
    text = KINDS[kname](d, c, kp)
    doc = {"id": did, "text": text, "pii": d.pii, "keep": [k for k in d.keep if k in text]}
    if kp:
        known = {"names": [f"{kp.first} {kp.body}"]}
        mails = [
            it["text"]
            for it in d.pii
            if it["label"] == "EMAIL" and it["text"].split("@")[0].find(kp.surname.lower()) >= 0
        ]
        if mails:
            known["emails"] = mails
        doc["known"] = known
    doc["_shapes"] = d.shapes
    return doc


def generate() -> tuple[list[dict], int, Counter]:
    docs, redraws, used = [], 0, Counter()
    for i in range(N_DOCS):
        attempt = 0
        while True:
            doc = build(i, attempt)
            shapes = doc.pop("_shapes")
            if gate(doc) is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"{doc['id']}: {gate(doc)}")
        used.update(shapes)
        docs.append(doc)
    return docs, redraws, used


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed file differs")
    ap.add_argument("--stats", action="store_true", help="counts per label, shapes, known names, redraws")
    a = ap.parse_args()
    docs, redraws, used = generate()
    text = dump(docs)
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh30b_texts.jsonl is up to date" if same else "fresh30b_texts.jsonl differs from the generator")
        return 0 if same else 1
    if a.stats:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"{lab:15s} {labels[lab]}")
        print(f"pii items: {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(f"shapes registered: {len(SHAPES)} (document kinds {len(KINDS)}), used: {len(used)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        unused = sorted(set(SHAPES) - set(used))
        if unused:
            print("unused shapes:", ", ".join(unused))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
