"""Train the lower-case name model (``anonymizer/lowmodel.py``) on the annotated development corpora.

    .venv/bin/python -m anonymizer.tools.train_lowmodel                  # rewrites anonymizer/data/lower_model.bin.gz
    .venv/bin/python -m anonymizer.tools.train_lowmodel --logo fresh12a --logo fresh12b   # leave-one-group-out

A candidate is a lower-case word the case view looks at (``casing.candidate_word``: no Dutch word, chat word or
compound). It is a positive example when it is a word of a gold PERSON item of its document and no keep word. A
logistic regression (L2, full-batch AdaGrad, fixed iteration count) makes training deterministic. ``--logo GROUP``
trains without the group and prints precision and recall on it at several thresholds: what a new writer's text
would see; ``--logo-docs GROUP`` scores the group's documents (PERSON leaks, keep rate) with the model off and with a
model trained without it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from array import array
from typing import Any

import numpy as np

from anonymizer import lowmodel as L
from anonymizer.casing import LOWER_WORD_RE, candidate_word
from anonymizer.model import save
from anonymizer.tools.train_model import GROUPS, ROOT

_NAME_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")


def examples(paths: list[str]) -> list[tuple[list[str], int]]:
    """(features, label) of every candidate in the documents of ``paths``."""
    out: list[tuple[list[str], int]] = []
    for path in paths:
        for line in (ROOT / path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            d: dict[str, Any] = json.loads(line)
            text = d["text"]
            names = {w.lower() for it in d["pii"] if it["label"] == "PERSON" for w in _NAME_WORD.findall(it["text"])}
            keep = {w.lower() for k in d.get("keep", []) for w in _NAME_WORD.findall(k)}
            facts = L.doc_facts(text)
            for m in LOWER_WORD_RE.finditer(text):
                w = m.group()
                if not candidate_word(w) or not L.model_candidate(w):
                    continue
                y = int(w in names and w not in keep)
                out.append((L.features(text, m.start(), m.end(), w in facts[0], facts[1]), y))
    return out


def train(ex: list[tuple[list[str], int]], iters: int = 300, l2: float = 1e-3, lr: float = 0.5) -> array:
    rows = [np.array(sorted({L._slot(f) for f in feats}), dtype=np.int64) for feats, _y in ex]
    y = np.array([lab for _f, lab in ex], dtype=np.float64)
    idx = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    row_of = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
    w = np.zeros(L.MASK + 1)
    g2 = np.full(L.MASK + 1, 1e-8)
    n = max(len(rows), 1)
    for _ in range(iters):
        z = np.bincount(row_of, weights=w[idx], minlength=len(rows))
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = p - y
        grad = np.bincount(idx, weights=err[row_of], minlength=L.MASK + 1) / n + l2 * w
        g2 += grad * grad
        w -= lr * grad / np.sqrt(g2)
    return array("f", w.astype(np.float32).tobytes())


def evaluate(w: array, ex: list[tuple[list[str], int]]) -> str:
    probs = [L.prob_of(f, w) for f, _y in ex]
    ys = [y for _f, y in ex]
    pos = sum(ys)
    lines = [f"  candidates {len(ys)}, names {pos}"]
    for t in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        tp = sum(1 for p, y in zip(probs, ys, strict=True) if p >= t and y)
        fp = sum(1 for p, y in zip(probs, ys, strict=True) if p >= t and not y)
        prec = tp / (tp + fp) if tp + fp else 1.0
        lines.append(f"  t={t:.2f}: precision {prec:.3f} recall {tp / pos if pos else 0:.3f} (tp {tp}, fp {fp})")
    return "\n".join(lines)


def logo_docs(group: str) -> str:
    """PERSON leaks and lost keep words of ``group`` without the model and with one trained without the group."""
    from anonymizer import model as person_model
    from anonymizer.tools.train_model import evaluate

    pw = person_model.load()  # the person model as bundled, on in both runs
    saved = L.THRESHOLD
    try:
        L.THRESHOLD = 2.0  # off
        base = evaluate(GROUPS[group], pw)
        rest = [f for k, fs in GROUPS.items() if k != group for f in fs]
        L.set_weights(train(examples(rest)))
        L.THRESHOLD = saved
        new = evaluate(GROUPS[group], pw)
    finally:
        L.THRESHOLD = saved
        L.load()
    return f"{group}: PERSON {base['person']} -> {new['person']}, keep {base['keep']:.4f} -> {new['keep']:.4f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--logo", action="append", default=[], help="train without GROUP and evaluate on it")
    ap.add_argument("--logo-docs", action="append", default=[], help="document scores of GROUP, model off and on")
    ap.add_argument("--out", default=str(L.MODEL_PATH))
    a = ap.parse_args(argv)
    for g in a.logo_docs:
        print(logo_docs(g), flush=True)
    if a.logo_docs:
        return 0
    if a.logo:
        for g in a.logo:
            rest = [f for k, fs in GROUPS.items() if k != g for f in fs]
            w = train(examples(rest))
            print(f"{g} (trained without it):")
            print(evaluate(w, examples(GROUPS[g])))
        return 0
    ex = examples([f for fs in GROUPS.values() for f in fs])
    w = train(ex)
    save(w, a.out)
    print(f"{len(ex)} candidates, {sum(y for _f, y in ex)} names; wrote {a.out}")
    print(evaluate(w, ex))
    return 0


if __name__ == "__main__":
    sys.exit(main())
