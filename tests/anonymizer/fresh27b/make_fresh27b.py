#!/usr/bin/env python3
"""Generate the blind anonymizer corpus fresh27b (housing allocation, urgency and homelessness; helper F27B).

Usage (from the repository root, PYTHONPATH=.):
  python tests/anonymizer/fresh27b/make_fresh27b.py            write fresh27b_texts.jsonl
  python tests/anonymizer/fresh27b/make_fresh27b.py --check    exit 1 if the committed file differs
  python tests/anonymizer/fresh27b/make_fresh27b.py --stats    counts per label, shapes, known names, redraws

Seed 20262102: document i draws from random.Random("20262102-<i>"); a document that fails gate() is redrawn from
random.Random("20262102-<i>-<attempt>"). Standard library only.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import f27b_people as P  # noqa: E402
from f27b_core import SHAPES, D  # noqa: E402
from f27b_kinds import KINDS  # noqa: E402

SEED = 20262102
N_DOCS = 300
OUT = HERE / "fresh27b_texts.jsonl"
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
MAX_ATTEMPTS = 60

_spec = importlib.util.spec_from_file_location("f27b_score", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

PARTICLES = score.PARTICLES
KNOWN_LIST = list(P.KNOWN_WORDS)


def _words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", s) if len(w) > 1 and w.lower() not in PARTICLES}


def gate(doc: dict) -> str | None:
    """None when the document passes every gate, else the reason."""
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    text = doc["text"]
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"unknown label {item['label']}"
        if item["label"] == "BSN" and not P.bsn_ok(item["text"]):
            return f"BSN fails eleven-test: {item['text']}"
        if item["label"] == "IBAN" and not P.iban_ok(item["text"]):
            return f"IBAN fails mod-97: {item['text']}"
    if len(doc["keep"]) < 5:
        return f"only {len(doc['keep'])} keep words"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    names = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            names |= _words(item["text"])
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= _words(n)
    for k in doc["keep"]:
        shared = _words(k) & names
        if "known" in doc and k == k.lower():
            shared -= known_words
        if shared:
            return f"keep {k!r} shares {sorted(shared)} with a name"
    if "known" in doc:
        if not any(k == k.lower() and _words(k) & known_words for k in doc["keep"]):
            return "known-name document without the ordinary use in keep"
    return None


def build(i: int, attempt: int) -> tuple[dict, list[str]]:
    r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
    d = D(r)
    is_known = i % 4 == 1
    if is_known:
        word = KNOWN_LIST[(i // 4 + attempt) % len(KNOWN_LIST)]
        d.known_word = word
        d.res = P.known_person(r, word)
    else:
        d.res = P.person(r)
    kind = KINDS[i % len(KINDS)]
    d.mark(kind.kind_name)
    text = kind(d)
    doc = {"id": f"fresh27b-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if is_known:
        known = {"names": [d.res.full]}
        em = d._emails.get(id(d.res))
        ph = d._phones.get(id(d.res))
        if em and em in text:
            known["emails"] = [em]
        if ph and ph in text:
            known["phones"] = [ph]
        doc["known"] = known
    return doc, d.shapes, d.res.origin


def generate() -> tuple[list[dict], dict]:
    docs, stats = [], {"redraws": 0, "redrawn_docs": 0, "shapes": Counter(), "reasons": Counter(), "origins": Counter()}
    for i in range(N_DOCS):
        for attempt in range(MAX_ATTEMPTS):
            doc, shapes, origin = build(i, attempt)
            reason = gate(doc)
            if reason is None:
                break
            stats["redraws"] += 1
            stats["reasons"][reason.split(":")[0]] += 1
        else:
            raise SystemExit(f"document {i} failed its gate {MAX_ATTEMPTS} times: {reason}")
        stats["redrawn_docs"] += attempt > 0
        stats["shapes"].update(shapes)
        stats["origins"][origin] += 1
        docs.append(doc)
    return docs, stats


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs, stats = generate()
    out = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == out
        print("fresh27b_texts.jsonl is up to date" if same else "fresh27b_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(item["label"] for d in docs for item in d["pii"])
        print(f"documents: {len(docs)}")
        print("pii per label:")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  {'total':14s} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        used = set(stats["shapes"])
        kinds = sum(1 for s in used if s.startswith("doc."))
        print(
            f"shapes registered: {len(SHAPES)}; used: {len(used)} ({kinds} document kinds, {len(used) - kinds} line/sentence shapes)"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        origins = set(stats["origins"]) - {"known"}
        print(
            f"origin groups of the main resident: {len(origins)} (known-name residents aside); "
            f"origin groups in the name material: {len(P.ORIGINS)}"
        )
        print(
            f"redraws: {stats['redraws']} over {stats['redrawn_docs']} documents"
            + (f" (reasons: {dict(stats['reasons'])})" if stats["redraws"] else "")
        )
        return 0
    OUT.write_text(out, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
