"""Train the statistical person model (``anonymizer/model.py``) on the annotated development corpora.

    .venv/bin/python -m anonymizer.tools.train_model                 # rewrites anonymizer/data/person_model.bin.gz
    .venv/bin/python -m anonymizer.tools.train_model --without holdout4 --out /tmp/m.bin.gz --eval holdout4

Every document is run through the anonymizer with the model switched to recording (``model.COLLECT``): each chunk
the rules judge yields its name tokens with their features. A token is a positive example when its text is a name
part of a gold PERSON item of its document (as written, or capitalised) and no keep word; everything else the
rules looked at is a negative. A logistic regression (L2, full-batch gradient descent with AdaGrad steps, fixed
iteration count, sorted inputs) makes training deterministic: the same corpora give the same bytes.

``--eval GROUP`` scores the held-out group with the shared scorer's leak definition, rules only and rules + model,
per label. ``--oof`` prints out-of-fold chunk statistics per deciding rule (each corpus group predicted by a model
trained on the others), from which ``WEAK_KEEP``/``WEAK_REMOVE`` and the thresholds in ``model.py`` were chosen;
``--oof-docs`` scores every file of every group with a model trained without that group (leave-one-group-out:
PERSON leaks and lost keep words, rules only against rules + model), which is what a new text would see.
``--where GROUP`` counts where the group's leaked name parts are decided: the rule that kept the chunk, or never a
candidate (lower case, capitals, a capitalised word at a start or mid-sentence).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import zlib
from array import array
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from anonymizer import Known, anonymize, find_entities
from anonymizer import model as M

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"

# The development corpora under tests/anonymizer/ besides corpora/, in the order they came. Never a held-out set
# (the honest yardsticks); bench/anon_scorecard.py scores the same list.
DEV_CORPORA = (
    *("holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9"),
    *("holdout10", "fresh8", "fresh8r", "fresh9", "fresh9m", "fresh10", "fresh11w", "fresh11c"),
    *("fresh12a", "fresh12b", "fresh12c", "fresh12d", "fresh13a", "fresh13b", "holdout11"),
    *("fresh14a", "fresh14b", "fresh14c", "fresh14d", "fresh15a", "fresh15b"),
    *("holdout12", "fresh16a", "fresh16b", "fresh16c", "fresh16d", "fresh17a", "fresh17b"),
    *("holdout13", "fresh18a", "fresh18b", "fresh18c", "fresh18d", "fresh19a", "fresh19b"),
    *("holdout14", "fresh20a", "fresh20b", "fresh20c", "fresh20d", "fresh21a", "fresh21b"),
    *("holdout15", "fresh22a", "fresh22b", "fresh22c", "fresh22d"),
    *("holdout16", "fresh23a", "fresh23b", "fresh23c", "fresh23d"),
    *("holdout17", "fresh24a", "fresh24b", "fresh24c", "fresh24d"),
    *("holdout18", "fresh25a", "fresh25b", "fresh25c", "fresh25d"),
    *("holdout19", "fresh26a", "fresh26b", "fresh26c", "fresh26d", "fresh26e", "fresh26f"),
    *("holdout20", "fresh27a", "fresh27b", "fresh27c", "fresh27d", "fresh27e"),
    *("holdout21", "fresh28a", "fresh28b", "fresh28c", "fresh28d"),
    *("holdout22", "fresh29a", "fresh29b", "fresh29c", "fresh29d"),
    *("holdout23", "fresh30a", "fresh30b", "fresh30c", "fresh30d"),
    *("holdout24", "fresh31a", "fresh31b", "fresh31c", "fresh31d"),
    *("holdout25", "fresh32a", "fresh32b", "fresh32c", "fresh32d"),
    *("holdout26", "fresh33a", "fresh33b", "fresh33c", "fresh33d", "fresh33e", "fresh33f"),
    *("holdout27", "fresh34a", "fresh34b", "fresh34c", "fresh34d", "fresh34e", "fresh34f"),
    *("holdout28", "fresh35a", "fresh35b", "fresh35c", "fresh35d"),
    *("holdout29", "fresh36a", "fresh36b", "fresh36c", "fresh36d"),
    *("holdout30", "fresh37a", "fresh37b", "fresh37c", "fresh37d", "fresh37e"),
    *("holdout31", "fresh38a", "fresh38b", "fresh38c", "fresh38d", "fresh38e"),
    *("holdout32", "fresh39a", "fresh39b", "fresh39c"),
    *("holdout33", "fresh40a", "fresh40b", "fresh40c"),
)


def _files(folder: str) -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests/anonymizer" / folder).glob("*.jsonl"))


# Corpus groups: a group is left out or evaluated as a whole.
GROUPS: dict[str, list[str]] = {
    "dev": ["../shared/data/pii_dev.jsonl", "../shared/data/pii_dev2.jsonl", "../shared/data/pii_known_dev.jsonl"],
    "corpora": _files("corpora"),
    **{name: _files(name) for name in DEV_CORPORA},
}
OOF_THRESHOLDS = (0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98)
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def read_docs(path: str) -> list[dict[str, Any]]:
    p = ROOT / path
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def _known(d: dict[str, Any]) -> Known | None:
    k = d.get("known")
    if not isinstance(k, dict):
        return None
    return Known(names=k.get("names") or [], emails=k.get("emails") or [], phones=k.get("phones") or [])


def _gold_parts(d: dict[str, Any]) -> tuple[set[str], set[str]]:
    names: set[str] = set()
    for item in d["pii"]:
        if item["label"] == "PERSON":
            for whole in item["text"].split():
                for p in {whole, *whole.split("-")}:
                    p = p.strip(".,()")
                    if len(p) > 1 and p.lower() not in PARTICLES:
                        names.update((p, p[0].upper() + p[1:]))
    keep = {w.lower() for w in d.get("keep", [])}
    return names, keep


Example = tuple[list[str], int, str, str | None, int, str]  # features, label, rule, kind, chunk id, where


def collect(files: list[str]) -> list[Example]:
    """Run the rules over every document and return one example per name token of every judged chunk."""
    out: list[Example] = []
    cid = 0
    for path in files:
        for d in read_docs(path):
            text = d["text"]
            names, keep = _gold_parts(d)
            M.COLLECT = []
            try:
                find_entities(text, _known(d))
                seen = M.COLLECT
            finally:
                M.COLLECT = None
            for ev, rule, kind in seen:
                for i, tok in enumerate(ev.name_toks):
                    w = text[tok.start : tok.end]
                    base = w[:-2] if w.endswith(("'s", "’s")) else w
                    y = int((w in names or base in names) and w.lower() not in keep)
                    out.append((M.token_features(ev, i), y, rule, kind, cid, f"{d['id']}: {w}"))
                cid += 1
    return out


def _matrix(examples: list[Example]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows, cols = [], []
    for r, (feats, *_rest) in enumerate(examples):
        for f in sorted(set(feats)):
            rows.append(r)
            cols.append(zlib.crc32(f.encode("utf-8", "surrogatepass")) & M.MASK)
    y = np.array([e[1] for e in examples], dtype=np.float64)
    return np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64), y


def fit(examples: list[Example], iters: int = 300, l2: float = 1e-4, lr: float = 0.5) -> array:
    """Logistic regression by full-batch AdaGrad; deterministic for the same examples."""
    rows, cols, y = _matrix(examples)
    n, dim = len(y), M.MASK + 1
    w = np.zeros(dim)
    g2 = np.full(dim, 1e-8)
    for _ in range(iters):
        z = np.bincount(rows, weights=w[cols], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        grad = np.bincount(cols, weights=(p - y)[rows], minlength=dim) / n + l2 * w
        g2 += grad * grad
        w -= lr * grad / np.sqrt(g2)
    return array("f", w.astype(np.float32).tobytes())


def _chunk_probs(examples: list[Example], w: array) -> dict[int, tuple[float, int, str, str | None]]:
    acc: dict[int, list[Any]] = {}
    for feats, y, rule, kind, cid, _where in examples:
        z = sum(w[zlib.crc32(f.encode("utf-8", "surrogatepass")) & M.MASK] for f in feats)
        p = 1.0 / (1.0 + np.exp(-max(-30.0, min(30.0, z))))
        a = acc.setdefault(cid, [0.0, 0, 0, rule, kind])
        a[0] += p
        a[1] += 1
        a[2] = max(a[2], y)
    return {c: (a[0] / a[1], a[2], a[3], a[4]) for c, a in acc.items()}


def oof_report(by_group: dict[str, list[Example]]) -> None:
    """Out-of-fold: per deciding rule, how many chunks the model would flip at each threshold and how many rightly."""
    stats: dict[str, list[tuple[float, int, bool]]] = defaultdict(list)
    for g, ex in by_group.items():
        train = [e for h, exs in by_group.items() if h != g for e in exs]
        w = fit(train)
        for p, y, rule, kind in _chunk_probs(ex, w).values():
            stats[rule or "<none>"].append((p, y, kind is not None))
    print(f"{'rule':45s} {'dec':>4s} {'n':>5s} {'pos':>5s}  flips at each of OOF_THRESHOLDS as right/wrong")
    for rule in sorted(stats):
        rows = stats[rule]
        person = rows[0][2]
        cells = []
        for t in OOF_THRESHOLDS:
            if person:
                fl = [y for p, y, _ in rows if p <= 1 - t]
                cells.append(f"{sum(1 for y in fl if not y)}/{sum(fl)}")
            else:
                fl = [y for p, y, _ in rows if p >= t]
                cells.append(f"{sum(fl)}/{sum(1 for y in fl if not y)}")
        pos = sum(y for _, y, _ in rows)
        print(f"{rule:45s} {'P' if person else '-':>4s} {len(rows):5d} {pos:5d}  {' '.join(cells)}")


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_anonymizer", SHARED / "tools" / "score_anonymizer.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def evaluate(files: list[str], w: array | None) -> dict[str, Any]:
    """Leak and keep per label with the shared scorer's definitions; ``w`` None: rules only."""
    sc = _scorer()
    M.ENABLED = w is not None
    if w is not None:
        M.set_weights(w)
    total: Counter[str] = Counter()
    leaks: Counter[str] = Counter()
    kept = keep_total = 0
    for path in files:
        for d in read_docs(path):
            out = anonymize(d["text"], _known(d)).text
            for item in d["pii"]:
                total[item["label"]] += 1
                leaks[item["label"]] += bool(sc.leaked(item, out))
            for k in d.get("keep", []):
                keep_total += 1
                kept += k.lower() in out.lower()
    M.ENABLED = True
    return {
        "leak": sum(leaks.values()) / max(1, sum(total.values())),
        "person": f"{leaks['PERSON']}/{total['PERSON']}",
        "keep": kept / max(1, keep_total),
        "lost": keep_total - kept,
        "labels": {k: f"{leaks[k]}/{total[k]}" for k in sorted(total)},
    }


def oof_docs(
    by_group: dict[str, list[Example]], groups: dict[str, list[str]] | None = None
) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """Leave-one-group-out on whole documents: per file, rules only and rules + a model trained without its group."""
    groups = groups or GROUPS
    out: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    tot = [0, 0, 0, 0]
    print(f"{'group':9s} {'file':30s} {'rules: PERSON':>14s} {'lost':>5s} | {'+model: PERSON':>14s} {'lost':>5s}")
    for g in sorted(by_group):
        w = fit([e for h in sorted(by_group) if h != g for e in by_group[h]])
        for path in groups[g]:
            base, mod = evaluate([path], None), evaluate([path], w)
            out[path] = (base, mod)
            print(
                f"{g:9s} {Path(path).name:30s} {base['person']:>14s} {base['lost']:5d} | "
                f"{mod['person']:>14s} {mod['lost']:5d}{'  WORSE' if _worse(base, mod) else ''}"
            )
            for i, r in enumerate((base, mod)):
                tot[2 * i] += int(r["person"].split("/")[0])
                tot[2 * i + 1] += r["lost"]
    print(f"total PERSON leaks {tot[0]} -> {tot[2]}, lost keep words {tot[1]} -> {tot[3]}")
    return out


def _worse(base: dict[str, Any], mod: dict[str, Any]) -> bool:
    return int(mod["person"].split("/")[0]) > int(base["person"].split("/")[0]) or mod["lost"] > base["lost"]


def where(files: list[str]) -> Counter[str]:
    """Where each leaked gold name part is decided: the rule that kept its chunk (and what the model made of it), or
    never a candidate, by its form (lower case, capitals, a capitalised word at a line or sentence start or not)."""
    sc = _scorer()
    out: Counter[str] = Counter()
    for path in files:
        for d in read_docs(path):
            text = d["text"]
            M.TRACE = []
            try:
                ents = find_entities(text, _known(d))
                traced = M.TRACE
            finally:
                M.TRACE = None
            cov = bytearray(len(text))
            for e in ents:
                cov[e.start : e.end] = b"\x01" * (e.end - e.start)
            seen: set[tuple[int, int]] = set()
            for item in d["pii"]:
                if item["label"] != "PERSON":
                    continue
                for p in sc.name_parts(item["text"]):
                    for form in {p, p[0].upper() + p[1:]}:
                        for m in re.finditer(r"(?<![\w])" + re.escape(form) + r"(?![\w])", text):
                            s, e = m.span()
                            if (s, e) in seen or cov.find(1, s, e) != -1:
                                continue
                            seen.add((s, e))
                            out[_where_one(text, s, e, traced)] += 1
    return out


def _where_one(text: str, s: int, e: int, traced: list[tuple[Any, ...]]) -> str:
    for ev, rule, kind, final in traced:
        if ev.start <= s < ev.end:
            return f"judged {rule or '<none>'} {kind}->{final}"
    w = text[s:e]
    if w.islower():
        return "no candidate: lower case"
    if w.isupper() and len(w) > 1:
        return "no candidate: capitals"
    head = text[text.rfind("\n", 0, s) + 1 : s]
    start = not head.strip() or re.search(r"[.!?:][\"”']?\s*$", head)
    return "no candidate: capitalised at a start" if start else "no candidate: capitalised mid-sentence"


def train(files: list[str]) -> array:
    """Collect examples from ``files`` and fit the model (the shipped weights: all development groups)."""
    return fit(collect(files))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--without", action="append", default=[], help="leave a corpus group out of training")
    ap.add_argument("--out", default=str(M.MODEL_PATH))
    ap.add_argument("--eval", action="append", default=[], help="score a group: rules only vs rules + model")
    ap.add_argument("--oof", action="store_true", help="out-of-fold statistics per deciding rule")
    ap.add_argument("--oof-docs", action="store_true", help="leave-one-group-out scores of every file")
    ap.add_argument("--load", help="evaluate these weights instead of training")
    ap.add_argument("--where", action="append", default=[], help="where a group's leaked name parts are decided")
    a = ap.parse_args(argv)
    if a.where:
        for k, v in where([f for g in a.where for f in GROUPS[g]]).most_common():
            print(f"{v:5d}  {k}")
        return 0
    if a.load:
        w = M.load(a.load)
        _report(a.eval, w)
        return 0
    groups = {g: fs for g, fs in GROUPS.items() if g not in a.without}
    by_group = {g: collect(fs) for g, fs in groups.items()}
    examples = [e for g in sorted(by_group) for e in by_group[g]]
    print(f"{len(examples)} token examples, {sum(e[1] for e in examples)} positive, groups {sorted(by_group)}")
    if a.oof:
        oof_report(by_group)
    if a.oof_docs:
        oof_docs(by_group)
    w = fit(examples)
    M.save(w, a.out)
    print(f"wrote {a.out} ({Path(a.out).stat().st_size} bytes)")
    _report(a.eval, w)
    return 0


def _report(groups: list[str], w: array) -> None:
    for g in groups:
        for path in GROUPS[g]:
            base = evaluate([path], None)
            mod = evaluate([path], w)
            print(
                f"{path}: rules leak={base['leak']:.4f} PERSON {base['person']} keep={base['keep']:.4f} | "
                f"+model leak={mod['leak']:.4f} PERSON {mod['person']} keep={mod['keep']:.4f}"
            )
            for lab in base["labels"]:
                if base["labels"][lab] != mod["labels"][lab]:
                    print(f"    {lab}: {base['labels'][lab]} -> {mod['labels'][lab]}")


if __name__ == "__main__":
    sys.exit(main())
