"""Write holdout12, round twelve's held-out anonymizer corpus (seed 20261212, standard library only).

    python tests/anonymizer/holdout12/make_holdout12.py           # regenerate the four files
    python tests/anonymizer/holdout12/make_holdout12.py --check   # exit 1 if the committed files differ
    python tests/anonymizer/holdout12/make_holdout12.py --audit   # overlap counts with other corpora (no texts)

Every document passes ``gate()``; a failing one is redrawn from its own stream
``Random("20261212:<file>:<n>:<attempt>")``.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from random import Random
from types import ModuleType

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import core12 as C  # noqa: E402
import pools12 as P  # noqa: E402
import shapes12 as S  # noqa: E402

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
FILES = [("logs", 300), ("public", 300), ("short", 250), ("known", 150)]
PARTICLES = {"van", "de", "der", "den", "het", "t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def _score() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_for_holdout12", HERE.parent / "corpora" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _score()


def _words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", s) if len(w) > 1 and w.lower() not in PARTICLES}


def gate(d: dict, known: bool) -> str | None:
    """None when the document passes every gate, else the reason."""
    try:
        SCORE.check_doc(d)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in d["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not C.bsn_ok(it["text"]):
            return "bsn"
        if it["label"] == "IBAN" and not C.iban_ok(it["text"]):
            return "iban"
    persons = [it["text"] for it in d["pii"] if it["label"] == "PERSON"]
    keepw = [(k, _words(k)) for k in d["keep"]]
    if not known:
        names = set().union(*(_words(p) for p in persons)) if persons else set()
        for k, kw in keepw:
            if kw & names:
                return f"keep {k!r} shares a name word"
        return None
    name = d["known"]["names"][0]
    if name not in persons:
        return "known name not annotated"
    nw = _words(name)
    hit = [w for w in nw if any(w in _words(p) for p in persons) and any(w in kw for _, kw in keepw)]
    if not hit:
        return "no name word kept in its ordinary sense"
    others = set()
    for p in persons:
        pw = _words(p)
        if not (pw & nw) and not any(w in nw for w in pw):
            others |= pw
    for k, kw in keepw:
        if kw & others:
            return f"keep {k!r} shares a word with another name"
    return None


def build(fname: str, n: int) -> tuple[dict, int]:
    for attempt in range(200):
        r = Random(f"20261212:{fname}:{n}:{attempt}")
        did = f"holdout12-{fname}-{n:04d}"
        if fname == "logs":
            d = S.log_doc(r, n).doc(did)
        elif fname == "public":
            d = S.public_doc(r, n).doc(did)
        elif fname == "short":
            d = S.short_doc(r, n).doc(did)
        else:
            b, known = S.known_doc(r, n)
            d = b.doc(did, known)
        if gate(d, fname == "known") is None:
            return d, attempt
    raise RuntimeError(f"{fname} {n}: no passing draw")


def generate() -> dict[str, tuple[list[dict], int]]:
    out = {}
    for fname, count in FILES:
        docs, redraws = [], 0
        for n in range(count):
            d, a = build(fname, n)
            docs.append(d)
            redraws += a
        out[fname] = (docs, redraws)
    return out


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def report(res: dict) -> None:
    tot_items = tot_keep = 0
    for fname, (docs, redraws) in res.items():
        c = Counter(it["label"] for d in docs for it in d["pii"])
        items = sum(c.values())
        keep = sum(len(d["keep"]) for d in docs)
        tot_items += items
        tot_keep += keep
        labs = ", ".join(f"{k} {c[k]}" for k in sorted(LABELS))
        print(f"{fname}: {len(docs)} docs, {items} pii, {keep} keep, redraws {redraws}; {labs}")
    print(f"total: {tot_items} items, {tot_keep} keep words")


def audit() -> None:
    """Overlap COUNTS of this set's name parts and streets with every other corpus; prints no text."""
    root = HERE.parent
    shared = HERE.parent.parent.parent.parent / "shared" / "data"
    others = [p for p in root.rglob("*.jsonl") if HERE not in p.parents] + sorted(shared.glob("*.jsonl"))
    other_parts: set[str] = set()
    other_text = []
    for p in others:
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            d = json.loads(line)
            for it in d.get("pii", []):
                if it.get("label") == "PERSON":
                    other_parts |= {w for w in re.split(r"[\s\-]+", it["text"]) if len(w) > 2}
                elif it.get("label") == "ADDRESS":
                    other_text.append(it["text"])
    res = generate()
    first, sur, persons, streets, kwords = set(), set(), set(), set(), set()
    for fname, (docs, _) in res.items():
        for d in docs:
            for it in d["pii"]:
                if it["label"] == "PERSON":
                    persons.add(it["text"])
                elif it["label"] == "ADDRESS":
                    streets.add(re.sub(r"\s+\d.*$", "", it["text"]))
            if fname == "known":
                kept = set().union(*(_words(k) for k in d["keep"])) if d["keep"] else set()
                kwords |= {w for w in d["known"]["names"][0].split() if w.lower() in kept}
    # first-name and surname words of the people drawn for each document (from its passing stream)
    for fname, count in FILES:
        for n in range(count):
            _, a = build(fname, n)
            c = S.ctx(Random(f"20261212:{fname}:{n}:{a}"))
            for p in c["cast"].people:
                first |= {w for w in re.split(r"[\s\-]+", p.first) if len(w) > 2}
                sur |= {w for w in re.split(r"[\s\-]+", p.sur_base) if len(w) > 2}
    joined = "\n".join(other_text)
    print(f"corpora compared: {len(others)}")
    print(f"first-name words {len(first)}, used as a name part elsewhere {len(first & other_parts)}")
    print(f"surname words {len(sur)}, used as a name part elsewhere {len(sur & other_parts)}")
    fresh = sum(1 for p in persons if not ({w for w in re.split(r"[\s\-]+", p) if len(w) > 2} & other_parts))
    print(f"distinct PERSON items {len(persons)}, with no part (longer than two letters) named elsewhere {fresh}")
    print(f"streets {len(streets)}, occurring in other corpora's addresses {sum(1 for s in streets if s in joined)}")
    print(f"known-file name words kept {len(kwords)}, used as a name part elsewhere {len(kwords & other_parts)}")
    print(f"origin groups {len(P.ORIGIN_KEYS)}")


def _read(p: Path) -> str:
    return p.read_text(encoding="utf-8") if p.exists() else ""


def main(argv: list[str]) -> int:
    if "--audit" in argv:
        audit()
        return 0
    res = generate()
    report(res)
    if "--check" in argv:
        bad = [f for f, (docs, _) in res.items() if _read(HERE / f"holdout12_{f}.jsonl") != dump(docs)]
        if bad:
            print("differ:", ", ".join(bad))
            return 1
        print("committed files match the generator")
        return 0
    for f, (docs, _) in res.items():
        (HERE / f"holdout12_{f}.jsonl").write_text(dump(docs), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
