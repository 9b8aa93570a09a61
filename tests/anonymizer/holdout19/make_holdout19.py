"""Generator of holdout19, round nineteen's held-out anonymizer corpus (helper H1). Standard library only.

    python tests/anonymizer/holdout19/make_holdout19.py            # write the four files (seed 20261219)
    python tests/anonymizer/holdout19/make_holdout19.py --check    # exit 1 if the committed files differ
    python tests/anonymizer/holdout19/make_holdout19.py --audit    # overlap counts with the other corpora

Every document draws from Random("20261219:<file>:<n>:<attempt>") and must pass ``gate()``; a failing document is
redrawn with the next attempt.
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
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import core19 as C  # noqa: E402
import pools19 as P  # noqa: E402
import shapes19 as S  # noqa: E402

SEED = 20261219
ROOT = HERE.parent.parent.parent
SHARED = ROOT.parent / "shared"
FILES = [
    ("holdout19_business.jsonl", "business", 300),
    ("holdout19_energy.jsonl", "energy", 300),
    ("holdout19_heritage.jsonl", "heritage", 250),
    ("holdout19_known.jsonl", "known", 150),
]
SHAPES = {"business": S.BUSINESS, "energy": S.ENERGY, "heritage": S.HERITAGE}
KNOWN = [(w, s1, s2) for w, s1, s2 in P.KNOWN_FIRSTS] + list(P.KNOWN_SURNAMES)


def _score():
    spec = importlib.util.spec_from_file_location("score_for_holdout19", HERE.parent / "corpora" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _score()
PARTICLES = SCORE.PARTICLES


def _words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", s) if len(w) > 1 and w.lower() not in PARTICLES}


def gate(doc: dict, known: bool) -> str | None:
    """None if ``doc`` passes the four gates, else the reason."""
    try:
        SCORE.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in C.LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not C.bsn_ok(it["text"]):
            return "bsn"
        if it["label"] == "IBAN" and not C.iban_ok(it["text"]):
            return "iban"
    keepw = [(k, _words(k)) for k in doc["keep"]]
    for k, _ in keepw:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", doc["text"]):
            return f"keep not a whole word: {k}"
    persons = [it["text"] for it in doc["pii"] if it["label"] == "PERSON"]
    if not known:
        for p in persons:
            pw = _words(p)
            for _k, kw in keepw:
                if pw & kw:
                    return "keep shares a word with a name"
        return None
    names = doc.get("known", {}).get("names") or []
    if not names or names[0] not in persons:
        return "known name not annotated"
    kn = _words(names[0])
    hit = any(kn & _words(p) and (kn & _words(p)) & set().union(*(kw for _, kw in keepw)) for p in persons)
    if not hit:
        return "known word not kept"
    for p in persons:
        pw = _words(p)
        if pw & kn:
            continue
        for _k, kw in keepw:
            if pw & kw:
                return "keep shares a word with another name"
    return None


def make_doc(kind: str, n: int, attempt: int) -> dict:
    r = Random(f"{SEED}:{kind}:{n}:{attempt}")
    ctx = C.Ctx(r)
    d = C.Doc()
    doc = {"id": f"holdout19-{kind}-{n:04d}"}
    if kind == "known":
        entry = KNOWN[n % len(KNOWN)]
        known = S.known_doc(ctx, d, r, entry, n % len(KNOWN) < len(P.KNOWN_FIRSTS))
    else:
        shapes = SHAPES[kind]
        main = shapes[n % len(shapes)]
        main(ctx, d, r)
        if r.random() < 0.2:
            S.second_part(d, r)
            r.choice([s for s in shapes if s is not main])(ctx, d, r)
        known = None
    doc["text"] = d.text()
    if known:
        doc["known"] = known
    doc["pii"] = d.pii
    doc["keep"] = d.keep
    return doc


def generate() -> tuple[dict[str, list[dict]], Counter]:
    out, redraws = {}, Counter()
    for name, kind, count in FILES:
        docs = []
        for n in range(count):
            for attempt in range(200):
                doc = make_doc(kind, n, attempt)
                if gate(doc, kind == "known") is None:
                    break
                redraws[kind] += 1
            else:
                raise SystemExit(f"{kind} {n}: no passing draw")
            docs.append(doc)
        out[name] = docs
    return out, redraws


def _dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def audit() -> None:
    files, _ = generate()
    mine_p = [it["text"] for docs in files.values() for d in docs for it in d["pii"] if it["label"] == "PERSON"]
    others = [
        p
        for p in list((ROOT / "tests" / "anonymizer").rglob("*.jsonl")) + list(SHARED.joinpath("data").rglob("*.jsonl"))
        if HERE not in p.parents
    ]
    parts, addrs, nfiles = set(), [], 0
    for p in others:
        nfiles += 1
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except ValueError:
                continue
            for it in d.get("pii", []) if isinstance(d, dict) else []:
                if it.get("label") == "PERSON":
                    parts.update(w.lower() for w in re.split(r"[\s\-]", it["text"]) if len(w) > 2)
                elif it.get("label") == "ADDRESS":
                    addrs.append(it["text"].lower())
    first, sur, streets = C.DRAWN["first"], C.DRAWN["sur"], C.DRAWN["street"]
    blob = "\n".join(addrs)
    print(f"other corpora: {nfiles}")
    print(
        f"first-name words drawn: {len(first)}, used as a name part elsewhere: {sum(w.lower() in parts for w in first)}"
    )
    print(f"surname words drawn: {len(sur)}, used as a name part elsewhere: {sum(w.lower() in parts for w in sur)}")
    items = set(mine_p)
    fresh = sum(1 for t in items if not any(w.lower() in parts for w in re.split(r"[\s\-]", t) if len(w) > 2))
    print(
        f"distinct PERSON items: {len(items)}, with no part (longer than two letters) "
        f"that is a name part elsewhere: {fresh}"
    )
    print(
        f"streets drawn: {len(streets)}, "
        f"occurring in other corpora's addresses: {sum(s.lower() in blob for s in streets)}"
    )
    kw = {e[0] for e in KNOWN}
    print(f"known-file word-names: {len(kw)}, used as a name part elsewhere: {sum(w.lower() in parts for w in kw)}")


def main(argv: list[str]) -> int:
    if "--audit" in argv:
        audit()
        return 0
    files, redraws = generate()
    bad = 0
    for name, kind, _ in FILES:
        path = HERE / name
        text = _dump(files[name])
        docs = files[name]
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(
            f"{name}: {len(docs)} docs, {sum(labels.values())} pii, {sum(len(d['keep']) for d in docs)} keep, "
            f"redraws {redraws[kind]}; " + ", ".join(f"{k} {labels[k]}" for k in C.LABELS)
        )
        if "--check" in argv:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                print(f"  differs: {name}")
                bad = 1
        else:
            path.write_text(text, encoding="utf-8")
    return bad


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
