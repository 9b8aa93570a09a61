#!/usr/bin/env python3
"""holdout25: the held-out anonymizer corpus of round twenty-five (helper H1), seed 20261225.

Four files of 1,000 annotated Dutch documents: mediators' reflection and supervision notes, messages in a second or
mixed language, the formal route (complaints, objection, ombudsman), and residents whose name holds an ordinary word.

    python tests/anonymizer/holdout25/make_holdout25.py           # write the four files
    python tests/anonymizer/holdout25/make_holdout25.py --check   # exit 1 if the committed files differ
    python tests/anonymizer/holdout25/make_holdout25.py --audit   # overlap counts with the other corpora
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
sys.path.insert(0, str(HERE))

import core25 as C  # noqa: E402
import pools25 as P  # noqa: E402
import shapes25 as S  # noqa: E402

SEED = 20261225
LABELS = {
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
}
FILES = [("reflect", 300), ("languages", 300), ("route", 250), ("known", 150)]
SHAPES = {"reflect": S.REFLECT, "languages": S.LANGUAGES, "route": S.ROUTE}
SEPARATORS = ["\n---\n", "\n* * *\n", "\n=====\n"]


def _load_score():
    spec = importlib.util.spec_from_file_location("score_h25", HERE.parent / "corpora" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _load_score()


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", s.lower()) if len(w) > 1 and w not in C.PARTICLES}


def gate(doc: dict, known: bool) -> str | None:
    """None when ``doc`` passes the four gates, else the reason."""
    try:
        SCORE.check_doc(doc)
    except AssertionError as e:
        return f"check_doc {e}"
    text = doc["text"]
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not C.bsn_ok(it["text"]):
            return "bsn"
        if it["label"] == "IBAN" and not C.iban_ok(it["text"]):
            return "iban"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text, re.I):
            return f"keep not a whole word: {k}"
    kw = set().union(*(_words(k) for k in doc["keep"])) if doc["keep"] else set()
    persons = [it["text"] for it in doc["pii"] if it["label"] == "PERSON"]
    if not known:
        names = set().union(*(_words(p) for p in persons)) if persons else set()
        if kw & names:
            return f"keep shares a name word: {sorted(kw & names)}"
        return None
    kn = doc.get("known", {}).get("names") or []
    if not kn or kn[0] not in persons:
        return "known name not annotated"
    for e in doc["known"].get("emails", []):
        if {"text": e, "label": "EMAIL"} not in doc["pii"]:
            return "known email"
    for ph in doc["known"].get("phones", []):
        if {"text": ph, "label": "PHONE"} not in doc["pii"]:
            return "known phone"
    own = _words(kn[0])
    shared = kw & own
    if not shared or not any(shared & _words(p) for p in persons):
        return "no known word kept"
    others = set()
    for p in persons:
        w = _words(p)
        if not w <= own:
            others |= w - own
    if kw & others:
        return f"keep shares another name: {sorted(kw & others)}"
    return None


def _build(name: str, n: int, r: Random) -> dict:
    d = C.Doc(r)
    c = S.Ctx(d)
    did = f"holdout25-{name}-{n:04d}"
    if name == "known":
        pool = sorted(P.WORDNAMES) + sorted(P.FIRST_WORDNAMES)
        word = pool[n % len(pool)] if n < len(pool) else r.choice(pool)
        is_first = word in P.FIRST_WORDNAMES
        ph = P.FIRST_WORDNAMES[word] if is_first else P.WORDNAMES[word]
        x = S.known_person(r, word, is_first)
        known = S.k_shape(d, c, x, ph, n % 10)
        return d.out(did, known)
    shapes = SHAPES[name]
    shapes[n % len(shapes)](d, c)
    if r.random() < 0.2:
        d.w(r.choice(SEPARATORS))
        r.choice(shapes)(d, c)
    return d.out(did)


REDRAWS: Counter = Counter()


def generate() -> dict[str, list[dict]]:
    out = {}
    REDRAWS.clear()
    for name, count in FILES:
        docs = []
        for n in range(count):
            for attempt in range(200):
                snap = {k: set(v) for k, v in C.REG.items()}
                doc = _build(name, n, Random(f"{SEED}:{name}:{n}:{attempt}"))
                if gate(doc, name == "known") is None:
                    break
                REDRAWS[name] += 1
                for k, v in snap.items():
                    C.REG[k] = v
            else:
                raise SystemExit(f"no passing draw for {name} {n}")
            docs.append(doc)
        out[f"holdout25_{name}.jsonl"] = docs
    return out


def _dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def _report(files: dict[str, list[dict]]) -> None:
    tot_pii = tot_keep = 0
    for fn, docs in files.items():
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        pii = sum(labels.values())
        keep = sum(len(d["keep"]) for d in docs)
        tot_pii += pii
        tot_keep += keep
        print(
            f"{fn}: {len(docs)} docs, {pii} pii, {keep} keep, redraws {REDRAWS[fn[10:-6]]}; "
            + ", ".join(f"{k} {labels[k]}" for k in sorted(labels))
        )
    print(f"total: {sum(len(v) for v in files.values())} docs, {tot_pii} pii, {tot_keep} keep")


def audit() -> None:
    generate()
    root = HERE.parent
    others = [p for p in sorted(root.rglob("*.jsonl")) if HERE not in p.parents]
    others += sorted((root.parent.parent.parent / "shared" / "data").rglob("*.jsonl"))
    name_parts, addr_texts = set(), []
    for p in others:
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            for it in json.loads(line).get("pii", []):
                if it["label"] == "PERSON":
                    name_parts |= {w for w in re.findall(r"[^\W\d_]+", it["text"].lower()) if len(w) > 2}
                elif it["label"] == "ADDRESS":
                    addr_texts.append(it["text"].lower())
    first = {w for w in C.REG["first"] if len(w) > 2}
    sur = {w for w in C.REG["sur"] if len(w) > 2}
    streets = {s.lower() for s in C.REG["street"]}
    addr_blob = "\n".join(addr_texts)
    print(f"other corpora: {len(others)}")
    print(f"first-name words: {len(first)}, used as a name part elsewhere: {len(first & name_parts)}")
    print(f"surname words: {len(sur)}, used as a name part elsewhere: {len(sur & name_parts)}")
    print(f"streets: {len(streets)}, occurring in other address items: {sum(1 for s in streets if s in addr_blob)}")
    kw = {w.lower() for w in list(P.WORDNAMES) + list(P.FIRST_WORDNAMES)}
    print(f"known word-names: {len(kw)}, used as a name part elsewhere: {len(kw & name_parts)}")


def main(argv: list[str]) -> int:
    if "--audit" in argv:
        audit()
        return 0
    files = generate()
    if "--check" in argv:
        bad = [
            fn
            for fn, docs in files.items()
            if not (HERE / fn).exists() or (HERE / fn).read_text(encoding="utf-8") != _dump(docs)
        ]
        print("differ: " + ", ".join(bad) if bad else "all files match")
        return 1 if bad else 0
    for fn, docs in files.items():
        (HERE / fn).write_text(_dump(docs), encoding="utf-8")
    _report(files)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
