#!/usr/bin/env python3
"""holdout21 — held-out anonymizer corpus of round twenty-one (helper H1). See README.md in this folder.

Options: none = write the four files; ``--check`` = exit 1 if the committed files differ from what this writes;
``--audit`` = overlap counts (first names, surnames, streets) with every other ``*.jsonl`` under tests/anonymizer/ and
../shared/data/ (counts only, never texts). ``gate(doc, known)`` returns None when a document passes.
Standard library only; each document draws from ``Random("20261221:<file>:<n>:<attempt>")``.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from random import Random

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import ids21 as I  # noqa: E402
from shapes21 import FILES  # noqa: E402

SEED = 20261221
ROOT = HERE.parent.parent.parent
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
PARTICLES = {
    "van",
    "de",
    "der",
    "den",
    "het",
    "'t",
    "t",
    "ter",
    "te",
    "ten",
    "in",
    "op",
    "la",
    "le",
    "du",
    "del",
    "dos",
    "da",
    "do",
    "von",
    "di",
    "lo",
    "el",
    "al",
    "abu",
    "ben",
    "bou",
    "ait",
    "dela",
    "delos",
    "mc",
    "mac",
    "o",
    "d",
    "vanden",
    "vande",
    "ver",
}


def _load_score():
    spec = importlib.util.spec_from_file_location("score_for_holdout21", HERE.parent / "corpora" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _load_score()
ACCEPTED = {"persons": [], "streets": []}


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"\w+", s.lower()) if w not in PARTICLES and len(w) > 1}


def gate(doc: dict, known: bool) -> str | None:
    """None when ``doc`` passes the four gates of the README, else the reason."""
    try:
        SCORE.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    text = doc["text"]
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not I.bsn_ok(it["text"]):
            return "bsn"
        if it["label"] == "IBAN" and not I.iban_ok(it["text"]):
            return "iban"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    persons = [it["text"] for it in doc["pii"] if it["label"] == "PERSON"]
    keepw = set().union(*[_words(k) for k in doc["keep"]]) if doc["keep"] else set()
    if not known:
        namew = set().union(*[_words(p) for p in persons]) if persons else set()
        if keepw & namew:
            return "keep shares a name word"
        return None
    kn = doc.get("known", {}).get("names", [])
    if not kn or any(n not in persons for n in kn):
        return "known name not annotated"
    knw = set().union(*[_words(n) for n in kn])
    hit = [w for w in knw if any(w in _words(p) for p in persons) and w in keepw]
    if not hit:
        return "no word of the known name kept in its ordinary sense"
    others = set()
    for p in persons:
        pw = _words(p)
        if not pw <= knw:
            others |= pw - knw
            if pw & knw and pw - knw:
                others |= pw & knw
    if keepw & others:
        return "keep shares a word with someone else's name"
    return None


def build(fname: str, n: int, fam) -> tuple[dict, int]:
    for attempt in range(200):
        r = Random(f"{SEED}:{fname}:{n}:{attempt}")
        doc = fam(r, n)
        meta = doc.pop("_meta")
        doc["id"] = f"holdout21-{fname.split('_')[1].split('.')[0]}-{n:04d}"
        doc = {
            "id": doc["id"],
            "text": doc["text"],
            **({"known": doc["known"]} if "known" in doc else {}),
            "pii": doc["pii"],
            "keep": doc["keep"],
        }
        if gate(doc, fname.endswith("_known.jsonl")) is None:
            ACCEPTED["persons"].extend(meta["persons"])
            ACCEPTED["streets"].extend(meta["streets"])
            return doc, attempt
    raise RuntimeError(f"{fname} {n}: no passing draw")


def generate() -> dict[str, list[dict]]:
    out = {}
    for fname, count, fam in FILES:
        docs, redraws = [], 0
        for n in range(1, count + 1):
            d, a = build(fname, n, fam)
            docs.append(d)
            redraws += a
        out[fname] = docs
        out.setdefault("_redraws", {})[fname] = redraws
    return out


def _dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def _summary(out) -> None:
    from collections import Counter

    for fname, _, _ in FILES:
        docs = out[fname]
        lab = Counter(i["label"] for d in docs for i in d["pii"])
        print(
            f"{fname}: {len(docs)} docs, {sum(lab.values())} pii, {sum(len(d['keep']) for d in docs)} keep, "
            f"redraws {out['_redraws'][fname]}; " + ", ".join(f"{k} {lab[k]}" for k in sorted(lab))
        )


def audit() -> None:
    from collections import Counter

    mine = generate()
    firsts, surs, streets = set(), set(), set()
    from shapes21 import AUDIT

    for first, sur in ACCEPTED["persons"]:
        firsts.add(first.lower())
        for w in sur.replace("-", " ").split():
            surs.add(w.lower())
    streets = {s.lower() for s in ACCEPTED["streets"]}
    other_parts, other_streets, nfiles = set(), set(), 0
    paths = [p for p in (HERE.parent).rglob("*.jsonl") if HERE not in p.parents]
    paths += (
        list((ROOT.parent / "shared" / "data").glob("*.jsonl")) if (ROOT.parent / "shared" / "data").exists() else []
    )
    paths += list((ROOT / ".." / "shared" / "data").glob("*.jsonl"))
    seen = set()
    for path in paths:
        rp = path.resolve()
        if rp in seen:
            continue
        seen.add(rp)
        nfiles += 1
        for line in rp.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            d = json.loads(line)
            for it in d.get("pii", []):
                if it.get("label") == "PERSON":
                    other_parts |= {w.lower() for w in re.split(r"[\s\-]+", it["text"]) if w}
                elif it.get("label") == "ADDRESS":
                    t = it["text"]
                    other_streets.add((t.rsplit(" ", 1)[0] if re.search(r"\d", t) else t).lower())
    mine_persons = Counter()
    print(f"other corpora: {nfiles}")
    print(f"first names drawn: {len(firsts)}, used as a name part elsewhere: {len(firsts & other_parts)}")
    print(f"surname words drawn: {len(surs)}, used as a name part elsewhere: {len(surs & other_parts)}")
    print(f"streets drawn: {len(streets)}, occurring elsewhere: {len(streets & other_streets)}")
    kw = {w.lower() for w in AUDIT["known_words"]}
    print(f"known-file word-names: {len(kw)}, used as a name part elsewhere: {len(kw & other_parts)}")
    del mine_persons, mine


def main(argv: list[str]) -> int:
    if "--audit" in argv:
        audit()
        return 0
    out = generate()
    if "--check" in argv:
        bad = [
            f for f, _, _ in FILES if not (HERE / f).exists() or (HERE / f).read_text(encoding="utf-8") != _dump(out[f])
        ]
        print("differs: " + ", ".join(bad) if bad else "all four files match the generator")
        return 1 if bad else 0
    for f, _, _ in FILES:
        (HERE / f).write_text(_dump(out[f]), encoding="utf-8")
    _summary(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
