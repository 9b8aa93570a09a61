"""Generate holdout13: the held-out anonymizer corpus of round thirteen (helper H1). Standard library only.

    python tests/anonymizer/holdout13/make_holdout13.py           # write the four files (seed 20261213)
    python tests/anonymizer/holdout13/make_holdout13.py --check   # exit 1 if the committed files differ
    python tests/anonymizer/holdout13/make_holdout13.py --audit   # overlap counts with other corpora (counts only)

Every document is drawn from ``Random("20261213:<file>:<n>:<attempt>")`` and must pass ``gate()``; a failing draw is
redrawn with the next attempt number.
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
ROOT = HERE.parent.parent.parent
sys.path.insert(0, str(HERE))

import core13 as C  # noqa: E402
import shapes13 as S  # noqa: E402

SEED = "20261213"
_spec = importlib.util.spec_from_file_location("score_for_holdout13", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

FILES = [("spoken", 300), ("meetings", 300), ("scans", 250), ("known", 150)]
SHAPES = {"spoken": S.SPOKEN, "meetings": S.MEETINGS, "scans": S.SCANS}
_WORD = re.compile(r"[\w']+")


def _words(s: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(s) if len(w) > 1 and w.lower() not in score.PARTICLES}


def gate(doc: dict, known: bool) -> str | None:
    """None if ``doc`` passes the four quality gates, else the reason."""
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc {e}"
    for it in doc["pii"]:
        if it["label"] not in C.LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not C.bsn_ok(it["text"]):
            return "bsn"
        if it["label"] == "IBAN" and not C.iban_ok(it["text"]):
            return "iban"
    keep_words = set().union(*[_words(k) for k in doc["keep"]]) if doc["keep"] else set()
    persons = [it["text"] for it in doc["pii"] if it["label"] == "PERSON"]
    if not known:
        for p in persons:
            if _words(p) & keep_words:
                return f"keep shares a word with {p!r}"
        return None
    names = doc.get("known", {}).get("names", [])
    if not names:
        return "no known name"
    kw = set().union(*[_words(n) for n in names])
    for n in names:
        if {"text": n, "label": "PERSON"} not in doc["pii"]:
            return "known name not annotated"
    person_words = set().union(*[_words(p) for p in persons])
    if not (kw & person_words & keep_words):
        return "no word of the known name both annotated and kept"
    for p in persons:
        other = _words(p) - kw
        if other & keep_words:
            return f"keep shares a word with {p!r}"
    return None


def _people(c: S.Ctx) -> list:
    return [p for p in (c.res, c.partner, c.child, c.nb, c.off, c.off2, c.med, c.sup) if p is not None]


def draw(fname: str, n: int, attempt: int) -> tuple[dict, list]:
    r = Random(f"{SEED}:{fname}:{n}:{attempt}")
    did = f"holdout13-{fname}-{n:04d}"
    if fname == "known":
        marked, known, c = S.kn_doc(r, n)
        text, pii, keep = C.render(marked)
        return {"id": did, "text": text, "known": known, "pii": pii, "keep": keep}, _people(c)
    shapes = SHAPES[fname]
    c = S.Ctx(r, young=(fname == "scans" and r.random() < 0.3))
    marked = shapes[n % len(shapes)](r, c)
    if r.random() < 0.25:
        marked += "\n\n" + r.choice(shapes)(r, c)
    text, pii, keep = C.render(marked)
    return {"id": did, "text": text, "pii": pii, "keep": keep}, _people(c)


def generate() -> tuple[dict[str, list[dict]], Counter, list]:
    out, redraws, people = {}, Counter(), []
    for fname, count in FILES:
        docs = []
        for n in range(count):
            for attempt in range(50):
                d, ppl = draw(fname, n, attempt)
                if gate(d, fname == "known") is None:
                    break
                redraws[fname] += 1
            else:
                raise SystemExit(f"no passing draw for {fname} {n}")
            docs.append(d)
            people.extend(p for p in ppl if any(p.sur in it["text"] for it in d["pii"]))
        out[fname] = docs
    return out, redraws, people


def _path(fname: str) -> Path:
    return HERE / f"holdout13_{fname}.jsonl"


def _dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def _summary(files: dict[str, list[dict]], redraws: Counter) -> None:
    total = Counter()
    for fname, docs in files.items():
        lab = Counter(it["label"] for d in docs for it in d["pii"])
        total.update(lab)
        print(
            f"{fname}: {len(docs)} docs, {sum(lab.values())} pii, {sum(len(d['keep']) for d in docs)} keep, "
            f"redraws {redraws[fname]}; " + ", ".join(f"{k} {v}" for k, v in sorted(lab.items()))
        )
    print("total:", sum(total.values()), dict(sorted(total.items())))


def audit(files: dict[str, list[dict]], people: list) -> None:
    """Overlap counts with every other corpus: first names, surnames, streets. Counts only, never texts."""
    others = [p for p in (HERE.parent).rglob("*.jsonl") if HERE not in p.parents]
    shared = ROOT.parent / "shared" / "data"
    if shared.exists():
        others += sorted(shared.rglob("*.jsonl"))
    name_words, streets, n_files = set(), set(), 0
    for p in sorted(others):
        n_files += 1
        for line in p.read_text(encoding="utf-8").splitlines():
            try:
                d = json.loads(line)
            except ValueError:
                continue
            for it in d.get("pii", []) if isinstance(d, dict) else []:
                if not isinstance(it, dict):
                    continue
                if it.get("label") == "PERSON":
                    name_words |= _words(it.get("text", ""))
                elif it.get("label") == "ADDRESS":
                    t = it.get("text", "")
                    streets.add((t.rsplit(" ", 1)[0] if re.search(r"\d", t) else t).lower())
    firsts = {w for p in people for w in _words(p.first)}
    surs = {w for p in people for w in _words(p.sur)}
    mine_streets = {
        (it["text"].rsplit(" ", 1)[0] if re.search(r"\d", it["text"]) else it["text"]).lower()
        for docs in files.values()
        for d in docs
        for it in d["pii"]
        if it["label"] == "ADDRESS"
    }
    items = {it["text"] for docs in files.values() for d in docs for it in d["pii"] if it["label"] == "PERSON"}
    fresh = sum(1 for t in items if not {w for w in _words(t) if len(w) > 2} & name_words)
    kn = {
        w
        for d in files["known"]
        for n in d["known"]["names"]
        for w in _words(n)
        if any(w in k.lower().split() for k in d["keep"])
    }
    print(f"other corpora: {n_files}")
    print(f"first-name words {len(firsts)}, used as a name part there {len(firsts & name_words)}")
    print(f"surname words {len(surs)}, used as a name part there {len(surs & name_words)}")
    print(f"distinct PERSON items {len(items)}, with no part (longer than two letters) named elsewhere {fresh}")
    print(f"streets {len(mine_streets)}, occurring there {len(mine_streets & streets)}")
    print(
        f"known-file name words kept in their ordinary sense {len(kn)}, used as a name part there "
        f"{len(kn & name_words)}"
    )


def main(argv: list[str]) -> int:
    files, redraws, people = generate()
    if "--check" in argv:
        bad = [
            f
            for f, docs in files.items()
            if not _path(f).exists() or _path(f).read_text(encoding="utf-8") != _dump(docs)
        ]
        print("differs: " + ", ".join(bad) if bad else "all four files match the generator")
        return 1 if bad else 0
    if "--audit" in argv:
        audit(files, people)
        return 0
    for f, docs in files.items():
        _path(f).write_text(_dump(docs), encoding="utf-8")
        print(f"{len(docs)} documents -> {_path(f).relative_to(ROOT)}")
    _summary(files, redraws)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
