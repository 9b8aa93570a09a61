#!/usr/bin/env python3
"""Generator of the blind anonymizer corpus fresh27c: work and income under the Participatiewet (reintegration,
job coaches, wage subsidy, sheltered work, work placements, tegenprestatie, sanctions, sickness during a trajectory).

Written blind by helper F27C (round twenty-one): the anonymizer was never read or run. Seed 20262103; document i is
drawn from random.Random("20262103-<i>"); a document that fails gate() is redrawn from "20262103-<i>-<attempt>".

    python tests/anonymizer/fresh27c/make_fresh27c.py           # write fresh27c_texts.jsonl
    python tests/anonymizer/fresh27c/make_fresh27c.py --check   # exit 1 if the committed file differs
    python tests/anonymizer/fresh27c/make_fresh27c.py --stats   # counts per label, shapes, known names, redraws
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

from fresh27c_kinds import KINDS, SHAPES, Doc, known_word_of  # noqa: E402

SEED = "20262103"
N_DOCS = 300
OUT = HERE / "fresh27c_texts.jsonl"
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
# every kind 7 or 8 times, in an order fixed by the seed (so known-name documents fall on every kind)
KIND_PLAN = random.Random(f"{SEED}-kinds").sample([KINDS[j % len(KINDS)] for j in range(N_DOCS)], N_DOCS)
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def _load_score():
    path = HERE.parent / "corpora" / "score.py"
    spec = importlib.util.spec_from_file_location("fresh27c_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _load_score()


def bsn_ok(s: str) -> bool:
    digits = re.sub(r"\D", "", s)
    if len(digits) != 9:
        return False
    total = sum(int(c) * w for c, w in zip(digits[:8], range(9, 1, -1), strict=False)) - int(digits[8])
    return total % 11 == 0


def iban_ok(s: str) -> bool:
    c = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    moved = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def _words(s: str) -> set[str]:
    return {w for w in re.split(r"[^\w']+", s.lower()) if w and w not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    """None when the document passes every gate, else the reason it fails."""
    try:
        SCORE.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"unknown label {item['label']}"
        if item["label"] == "BSN" and not bsn_ok(item["text"]):
            return f"BSN fails the eleven-test: {item['text']}"
        if item["label"] == "IBAN" and not iban_ok(item["text"]):
            return f"IBAN fails mod-97: {item['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", doc["text"]):
            return f"keep not a whole word: {k}"
    name_words = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            name_words |= _words(item["text"])
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= _words(n)
    for k in doc["keep"]:
        shared = _words(k) & name_words
        if shared and not (k == k.lower() and shared <= known_words):
            return f"keep {k!r} shares {sorted(shared)} with a name"
    if "known" in doc:
        ordinary = [k for k in doc["keep"] if k == k.lower() and _words(k) & known_words]
        if not ordinary:
            return "known-name document without the ordinary use in keep"
        as_name = {w for item in doc["pii"] if item["label"] == "PERSON" for w in item["text"].split()}
        if not any(k.capitalize() in as_name for k in ordinary):
            return "known-name document where the name's word is never written as a name"
    return None


ORIGINS_USED: Counter = Counter()


def build(i: int) -> tuple[dict, set[str], int]:
    """Document i, the shapes it used and how many redraws it needed."""
    attempt = 0
    while True:
        r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
        d = Doc(r, known=(i % 4 == 1))
        kind = KIND_PLAN[i] if attempt == 0 else r.choice(KINDS)
        doc = d.render(f"fresh27c-{i:04d}", kind)
        reason = gate(doc)
        if reason is None:
            ORIGINS_USED.update(d.origins)
            return doc, d.shapes, attempt
        attempt += 1
        if attempt > 60:
            raise SystemExit(f"fresh27c-{i:04d}: no passing draw ({reason})")


def generate() -> tuple[list[dict], Counter, list[int]]:
    docs, used, redraws = [], Counter(), []
    for i in range(N_DOCS):
        doc, shapes, attempts = build(i)
        docs.append(doc)
        used.update(shapes)
        redraws.append(attempts)
    return docs, used, redraws


def dumps(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def stats(docs: list[dict], used: Counter, redraws: list[int]) -> str:
    labels = Counter(item["label"] for d in docs for item in d["pii"])
    lines = [f"documents: {len(docs)}"]
    lines += [f"  {lab:<14}{labels[lab]:>6}" for lab in LABELS]
    lines.append(f"  {'total':<14}{sum(labels.values()):>6}")
    lines.append(
        f"keep words: {sum(len(d['keep']) for d in docs)} (min {min(len(d['keep']) for d in docs)} per document)"
    )
    cats = Counter(s.split(":")[0] for s in used)
    lines.append(
        f"shapes used: {len(used)} of {len(SHAPES)} registered ("
        + ", ".join(f"{c} {n}" for c, n in sorted(cats.items()))
        + ")"
    )
    unused = sorted(set(SHAPES) - set(used))
    if unused:
        lines.append("  unused: " + ", ".join(unused))
    lines.append(f"origin groups of the names: {len(ORIGINS_USED)}")
    known = [d for d in docs if "known" in d]
    words = Counter(known_word_of(d) for d in known)
    lines.append(
        f"known-name documents: {len(known)} ({len(words)} different words; "
        f"with e-mail {sum('emails' in d['known'] for d in known)}, "
        f"with phone {sum('phones' in d['known'] for d in known)})"
    )
    lines.append(f"redraws: {sum(redraws)} over {sum(1 for x in redraws if x)} documents (max {max(redraws)})")
    fails = [d["id"] for d in docs if gate(d) is not None]
    lines.append(f"gate failures: {len(fails)}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    docs, used, redraws = generate()
    text = dumps(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh27c_texts.jsonl is up to date" if same else "fresh27c_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        print(stats(docs, used, redraws))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
