"""Generator of holdout29, the held-out anonymizer corpus of round twenty-nine (seed 20261229, standard library only).

    python tests/anonymizer/holdout29/make_holdout29.py           # write the four files
    python tests/anonymizer/holdout29/make_holdout29.py --check   # exit 1 if the committed files differ
    python tests/anonymizer/holdout29/make_holdout29.py --audit   # overlap counts with the other corpora (counts only)

Every document draws from ``Random("20261229:<file>:<n>:<attempt>")``; a document that fails ``gate()`` is redrawn
with the next attempt.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import known29 as K  # noqa: E402
import shapes29 as S  # noqa: E402
from core29 import NAME_PARTICLES, Doc, words  # noqa: E402
from core29 import gate as _gate  # noqa: E402

SEED = 20261229
FILES = [
    ("holdout29_dwell.jsonl", "dwell", 300),
    ("holdout29_found.jsonl", "found", 275),
    ("holdout29_serve.jsonl", "serve", 275),
    ("holdout29_known.jsonl", "known", 150),
]
THEMES = {"dwell": S.DWELL, "found": S.FOUND, "serve": S.SERVE}


def gate(doc: dict, known: bool) -> str | None:
    """None when ``doc`` passes the four gates (see README), else the reason."""
    return _gate(doc, known)


def _one(tag: str, n: int, attempt: int) -> dict:
    r = random.Random(f"{SEED}:{tag}:{n}:{attempt}")
    d = Doc(r)
    did = f"holdout29-{tag}-{n:04d}"
    if tag == "known":
        order = list(range(len(K.WORDS)))
        random.Random(f"{SEED}:known:order:{n // len(K.WORDS)}").shuffle(order)
        entry = K.WORDS[order[n % len(K.WORDS)]]
        text, known = K.known_doc(d, n, entry)
        return d.build(did, text, known)
    shapes = THEMES[tag]
    text, main = shapes[n % len(shapes)](d)
    if r.random() < 0.3:  # a second shape of the same kind after it
        text2, _ = r.choice(shapes)(d)
        text += "\n\n---\n\n" + text2
    if r.random() < 0.3:
        text += S.ps(d, main)
    return d.build(did, text)


def generate() -> tuple[dict[str, list[dict]], Counter]:
    out, redraws = {}, Counter()
    for name, tag, count in FILES:
        docs = []
        for n in range(count):
            for attempt in range(50):
                doc = _one(tag, n, attempt)
                if gate(doc, tag == "known") is None:
                    break
                redraws[name] += 1
            else:
                raise SystemExit(f"{name} {n}: no passing draw")
            docs.append(doc)
        out[name] = docs
    return out, redraws


def _dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def _stats(out: dict[str, list[dict]]) -> None:
    for name, docs in out.items():
        labels = Counter(i["label"] for d in docs for i in d["pii"])
        print(
            f"{name}: {len(docs)} docs, {sum(labels.values())} pii, {sum(len(d['keep']) for d in docs)} keep; "
            + ", ".join(f"{k} {v}" for k, v in sorted(labels.items()))
        )


def _names(docs: list[dict]) -> tuple[set, set, set]:
    first, sur, streets = set(), set(), set()
    for d in docs:
        for it in d["pii"]:
            if it["label"] == "PERSON":
                toks = [t for t in re.findall(r"[^\W\d_][^\W\d_'\-]*", it["text"]) if t.lower() not in NAME_PARTICLES]
                toks = [t for t in toks if len(t) > 2 and not t.isupper()]
                if len(toks) >= 2:
                    first.add(toks[0].lower())
                    sur.update(t.lower() for t in toks[1:])
            elif it["label"] == "ADDRESS":
                streets.add(re.sub(r"\s+\S*\d\S*.*$", "", it["text"]).lower())
    return first, sur, streets


def audit() -> None:
    root = HERE.parent
    mine = [
        json.loads(x)
        for name, _, _ in FILES
        for x in (HERE / name).read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]
    f1, s1, st1 = _names(mine)
    others = [p for p in sorted(root.rglob("*.jsonl")) if HERE not in p.parents]
    others += sorted((root.parent.parent.parent / "shared" / "data").glob("*.jsonl"))
    parts, streets = set(), set()
    for p in others:
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError:
                continue
            for it in d.get("pii", []) if isinstance(d, dict) else []:
                if not isinstance(it, dict):
                    continue
                if it.get("label") == "PERSON":
                    parts |= words(it.get("text", ""))
                elif it.get("label") == "ADDRESS":
                    streets.add(re.sub(r"\s+\S*\d\S*.*$", "", it.get("text", "")).lower())
    kn = {e[0].lower() for e in K.WORDS}
    print(f"other corpora: {len(others)}")
    print(f"first-name words {len(f1)}, used as a name part elsewhere {len(f1 & parts)}")
    print(f"surname words {len(s1)}, used as a name part elsewhere {len(s1 & parts)}")
    print(f"streets {len(st1)}, occurring elsewhere {len(st1 & streets)}")
    print(f"known word-names {len(kn)}, used as a name part elsewhere {len(kn & parts)}")


def main(argv: list[str]) -> int:
    if "--audit" in argv:
        audit()
        return 0
    out, redraws = generate()
    if "--check" in argv:
        bad = [n for n, docs in out.items() if (HERE / n).read_text(encoding="utf-8") != _dump(docs)]
        if bad:
            print("differ:", ", ".join(bad))
            return 1
        print("files match the generator")
        return 0
    for name, docs in out.items():
        (HERE / name).write_text(_dump(docs), encoding="utf-8")
    _stats(out)
    print("redraws:", dict(redraws) or 0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
