"""Generate holdout11, round eleven's held-out anonymizer corpus (seed 20261211, standard library only).

    python tests/anonymizer/holdout11/make_holdout11.py           # write the four files
    python tests/anonymizer/holdout11/make_holdout11.py --check   # exit 1 if the committed files differ
    python tests/anonymizer/holdout11/make_holdout11.py --audit   # overlap counts with every other corpus

Each document is drawn from its own seeded stream ``Random("20261211:<file>:<n>:<attempt>")`` and must pass
``gate()``; a failing document is redrawn with the next attempt.
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

import core11 as C  # noqa: E402
import shapes11 as S  # noqa: E402

SEED = 20261211
ROOT = HERE.parent.parent.parent
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}
FILES = {
    "holdout11_kb.jsonl": (S.KB, 300, "kb"),
    "holdout11_messages.jsonl": (S.MESSAGES, 300, "msg"),
    "holdout11_mixed.jsonl": (S.MIXED, 250, "mix"),
    "holdout11_known.jsonl": (S.KNOWN, 150, "known"),
}


def _score():
    spec = importlib.util.spec_from_file_location("score_h11", HERE.parent / "corpora" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _score()


def words(s: str) -> set[str]:
    return {w for w in re.findall(r"[\w']+", s.lower()) if w not in PARTICLES and len(w) > 1}


def gate(d: dict, known: bool = False) -> str | None:
    """None when ``d`` passes the four gates, else the reason."""
    try:
        SCORE.check_doc(d)
    except AssertionError as e:
        return f"check_doc {e}"
    for it in d["pii"]:
        if it["label"] not in C.LABELS:
            return f"label {it}"
        if it["label"] == "BSN" and not C.eleven_ok(it["text"]):
            return f"bsn {it}"
        if it["label"] == "IBAN" and not C.iban_ok(it["text"]):
            return f"iban {it}"
    persons = [it["text"] for it in d["pii"] if it["label"] == "PERSON"]
    keepw = [words(k) for k in d["keep"]]
    if not known:
        names = set().union(*map(words, persons)) if persons else set()
        for k, kw in zip(d["keep"], keepw, strict=True):
            if kw & names:
                return f"keep {k!r} shares a word with a name"
        return None
    name = d["known"]["names"][0]
    if name not in persons:
        return "known name not annotated"
    nw = words(name)
    annotated = set().union(*map(words, persons))
    ok = [w for w in nw if w in annotated and any(w in kw or any(x.startswith(w) for x in kw) for kw in keepw)]
    if not ok:
        return "no name word kept in its ordinary sense"
    others = annotated - nw
    for k, kw in zip(d["keep"], keepw, strict=True):
        if kw & others:
            return f"keep {k!r} shares a word with another name"
    return None


def generate() -> tuple[dict[str, list[dict]], Counter]:
    out: dict[str, list[dict]] = {}
    redraws: Counter = Counter()
    for fname, (shapes, count, tag) in FILES.items():
        known = fname.endswith("_known.jsonl")
        docs = []
        for n in range(count):
            shape = shapes[n % len(shapes)]
            for attempt in range(200):
                r = random.Random(f"{SEED}:{fname}:{n}:{attempt}")
                d = S.build(shape, r, f"holdout11-{tag}-{n:04d}")
                if gate(d, known) is None:
                    break
                redraws[fname] += 1
            else:
                raise SystemExit(f"{fname} {n}: no passing draw ({gate(d, known)})")
            docs.append(d)
        out[fname] = docs
    return out, redraws


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def summary(out: dict[str, list[dict]]) -> None:
    tot_items = tot_keep = 0
    for fname, docs in out.items():
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        keep = sum(len(d["keep"]) for d in docs)
        tot_items += sum(labels.values())
        tot_keep += keep
        print(f"{fname}: {len(docs)} docs, {sum(labels.values())} items, {keep} keep; {dict(sorted(labels.items()))}")
    print(f"total: {sum(map(len, out.values()))} docs, {tot_items} items, {tot_keep} keep words")


def audit(out: dict[str, list[dict]]) -> None:
    """Overlap COUNTS with every other corpus (reads only their ``pii`` lists; prints no texts)."""
    others = [p for p in (ROOT / "tests" / "anonymizer").rglob("*.jsonl") if HERE not in p.parents]
    others += sorted((ROOT.parent / "shared" / "data").glob("*.jsonl"))
    other_name_words: set[str] = set()
    other_addr: set[str] = set()
    for p in others:
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            for it in json.loads(line).get("pii", []):
                if it["label"] == "PERSON":
                    other_name_words |= words(it["text"])
                elif it["label"] == "ADDRESS":
                    other_addr.add(re.sub(r"\s+\S*\d\S*$", "", it["text"]).lower())
    mine = [it for docs in out.values() for d in docs for it in d["pii"]]
    persons = {it["text"] for it in mine if it["label"] == "PERSON"}
    firsts = set().union(*(words(f) for people in C.PEOPLE.values() for f, _ in people))
    surs = set().union(*(words(s) for people in C.PEOPLE.values() for _, s in people)) - firsts
    fresh = [p for p in persons if not {w for w in words(p) if len(w) > 2} & other_name_words]
    streets = {re.sub(r"\s+\S*\d\S*$", "", it["text"]).lower() for it in mine if it["label"] == "ADDRESS"}
    known_sur = set()
    for d in out["holdout11_known.jsonl"]:
        known_sur |= {w for w in words(d["known"]["names"][0]) if any(w in k.lower().split() for k in d["keep"])}
    print(f"other corpora: {len(others)}")
    print(f"first-name words: {len(firsts)}, {len(firsts & other_name_words)} used as a name part there")
    print(f"surname words: {len(surs)}, {len(surs & other_name_words)} used as a name part there")
    print(f"distinct PERSON items: {len(persons)}, {len(fresh)} with no part (>2 letters) a name part elsewhere")
    print(f"streets: {len(streets)}, {len(streets & other_addr)} occur there")
    print(
        f"known-file name words kept in their ordinary sense: {len(known_sur)}, "
        f"{len(known_sur & other_name_words)} used as a name there"
    )


def main(argv: list[str]) -> int:
    out, redraws = generate()
    if "--check" in argv:
        bad = [f for f, docs in out.items() if not (HERE / f).exists() or (HERE / f).read_text("utf-8") != dump(docs)]
        print("differ: " + ", ".join(bad) if bad else "all files match the generator")
        return 1 if bad else 0
    if "--audit" in argv:
        audit(out)
        return 0
    for f, docs in out.items():
        (HERE / f).write_text(dump(docs), encoding="utf-8")
    summary(out)
    print("redraws: " + ", ".join(f"{f.split('_')[1].split('.')[0]} {redraws[f]}" for f in out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
