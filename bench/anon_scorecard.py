"""Score the anonymizer on every development corpus at once, in one process, with the shared scorer's rules.

    python bench/anon_scorecard.py                      # all development corpora, one line each
    python bench/anon_scorecard.py --save /tmp/a.json   # keep the figures to compare later
    python bench/anon_scorecard.py --diff /tmp/a.json   # show only what changed against a saved run
    python bench/anon_scorecard.py --show FILE [--label PERSON] [--keeps]   # the leaks (or lost keeps) of one file
    python bench/anon_scorecard.py --dump /tmp/l.jsonl  # every leak and lost keep, with its context, one per line

Held-out sets that must not be read or tuned to (holdout34 and later) are refused: score those with
``../shared/tools/score_anonymizer.py`` and read the aggregate only.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from anonymizer import Known, anonymize  # noqa: E402
from anonymizer.tools.train_model import DEV_CORPORA  # noqa: E402

HELD_OUT = ("holdout34", "holdout35", "holdout36")


def dev_files() -> list[Path]:
    """Every annotated development corpus: the shared dev files, our own corpora, the read held-out sets."""
    files = sorted((SHARED / "data").glob("pii_*.jsonl"))
    files += sorted((ROOT / "tests/anonymizer/corpora").glob("*.jsonl"))
    for name in DEV_CORPORA:
        files += sorted((ROOT / "tests/anonymizer" / name).glob("*.jsonl"))
    return files


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_anonymizer", SHARED / "tools" / "score_anonymizer.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _known(d: dict[str, Any]) -> Known | None:
    k = d.get("known")
    if not isinstance(k, dict):
        return None
    return Known(names=k.get("names") or [], emails=k.get("emails") or [], phones=k.get("phones") or [])


def score_file(path: Path, sc: Any, collect: bool = False) -> dict[str, Any]:
    """Leak and keep figures of one corpus; with ``collect`` also the leaked items and lost keeps."""
    total: Counter[str] = Counter()
    leaks: Counter[str] = Counter()
    kept = keep_total = 0
    leaked: list[tuple[str, str, str]] = []
    lost: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        out = anonymize(d["text"], _known(d)).text
        for item in d["pii"]:
            total[item["label"]] += 1
            if sc.leaked(item, out):
                leaks[item["label"]] += 1
                if collect:
                    leaked.append((d["id"], item["label"], item["text"]))
        for k in d.get("keep", []):
            keep_total += 1
            if k.lower() in out.lower():
                kept += 1
            elif collect:
                lost.append((d["id"], k))
    n = sum(total.values())
    res: dict[str, Any] = {
        "leak": round(sum(leaks.values()) / max(n, 1), 4),
        "keep": round(kept / max(keep_total, 1), 4),
        "leaks": dict(leaks),
        "total": dict(total),
        "lost_keeps": keep_total - kept,
    }
    if collect:
        res["leaked"], res["lost"] = leaked, lost
    return res


def _line(name: str, r: dict[str, Any]) -> str:
    labels = " ".join(f"{k}:{v}/{r['total'][k]}" for k, v in sorted(r["leaks"].items()) if v)
    return f"{name:58s} leak {r['leak']:.4f} keep {r['keep']:.4f} lost {r['lost_keeps']:3d}  {labels}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--save", help="write the figures as JSON")
    ap.add_argument("--diff", help="compare with figures saved earlier; print only changed files")
    ap.add_argument("--show", help="print the leaks of this one corpus file")
    ap.add_argument("--label", help="with --show: only this label")
    ap.add_argument("--keeps", action="store_true", help="with --show: print the lost keep words instead")
    ap.add_argument("--dump", help="write every leak and lost keep of the full run as JSON lines, with context")
    a = ap.parse_args(argv)
    sc = _scorer()
    if a.show:
        path = Path(a.show).resolve()
        if any(h in str(path) for h in HELD_OUT):
            print("refused: this set is held out; score it with ../shared/tools/score_anonymizer.py", file=sys.stderr)
            return 2
        r = score_file(path, sc, collect=True)
        print(_line(path.name, r))
        if a.keeps:
            for doc_id, k in r["lost"]:
                print(f"  {doc_id}  lost keep {k!r}")
        else:
            for doc_id, label, text in r["leaked"]:
                if not a.label or label == a.label:
                    print(f"  {doc_id}  {label:14s} {text!r}")
        return 0
    results = {}
    for path in dev_files():
        name = str(path.relative_to(ROOT.parent)) if SHARED in path.parents else str(path.relative_to(ROOT))
        results[name] = score_file(path, sc, collect=bool(a.dump))
    before = json.loads(Path(a.diff).read_text()) if a.diff else {}
    for name, r in results.items():
        if a.diff:
            old = before.get(name)
            if old and old["leaks"] == r["leaks"] and old["lost_keeps"] == r["lost_keeps"]:
                continue
            if old:
                print(_line("  was " + name, old))
        print(_line(name, r))
    tot = Counter[str]()
    leak = Counter[str]()
    for r in results.values():
        tot.update(r["total"])
        leak.update(r["leaks"])
    print(
        f"{'ALL':58s} leaks {sum(leak.values())}/{sum(tot.values())}  PERSON {leak['PERSON']}/{tot['PERSON']}  "
        f"lost keeps {sum(r['lost_keeps'] for r in results.values())}"
    )
    if a.dump:
        _dump(Path(a.dump), results)
        for r in results.values():
            r.pop("leaked", None), r.pop("lost", None)
    if a.save:
        Path(a.save).write_text(json.dumps(results, indent=1))
    return 0


def _dump(out: Path, results: dict[str, dict[str, Any]]) -> None:
    """One JSON line per leaked item or lost keep word: corpus, document id, label, text and 80 characters around
    its first place in the document, so a whole run's failures can be counted by shape."""
    with out.open("w", encoding="utf-8") as fh:
        for name, r in results.items():
            path = (SHARED / name.removeprefix("shared/")) if name.startswith("shared/") else ROOT / name
            texts = {}
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    d = json.loads(line)
                    texts[d["id"]] = d["text"]
            rows = [(i, lab, t) for i, lab, t in r.get("leaked", [])] + [(i, "KEEP", k) for i, k in r.get("lost", [])]
            for doc_id, label, item in rows:
                t = texts[doc_id]
                k = t.find(item)
                ctx = t[max(0, k - 80) : k + len(item) + 80] if k >= 0 else ""
                row = {"file": name, "id": doc_id, "label": label, "text": item, "ctx": ctx}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
