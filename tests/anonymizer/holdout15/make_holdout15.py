#!/usr/bin/env python3
"""holdout15: write the held-out anonymizer corpus of round fifteen (helper H1); see README.md.

make_holdout15.py           write the four files (seed 20261215, standard library only)
make_holdout15.py --check   exit 1 if the committed files differ from what the generator writes
make_holdout15.py --audit   overlap counts (first names, surnames, streets) with every other corpus; counts only
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from random import Random

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
sys.path.insert(0, str(HERE))

import core15  # noqa: E402
import shapes15  # noqa: E402

SEED = 20261215
_spec = importlib.util.spec_from_file_location("score_for_holdout15", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

FILES = [("care", 300), ("work", 300), ("housing", 250), ("known", 150)]
SHAPES = {"care": shapes15.CARE, "work": shapes15.WORK, "housing": shapes15.HOUSE}
PARTICLES = score.PARTICLES


def _words(s: str) -> set:
    return {w for w in re.split(r"[^\w']+", s.lower()) if len(w) > 1 and w not in PARTICLES}


def gate(doc: dict, known: bool) -> str | None:
    """None when ``doc`` passes the four gates, else the reason."""
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in core15.LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not core15.bsn_ok(it["text"]):
            return "bsn"
        if it["label"] == "IBAN" and not core15.iban_ok(it["text"]):
            return "iban"
    persons = [it["text"] for it in doc["pii"] if it["label"] == "PERSON"]
    if not known:
        names = set().union(*(_words(p) for p in persons)) if persons else set()
        for k in doc["keep"]:
            if _words(k) & names:
                return "keep shares a word with a name"
        return None
    kn = doc.get("known", {}).get("names") or []
    if not kn or kn[0] not in persons:
        return "known name not annotated"
    kwords = _words(kn[0])
    keepwords = set().union(*(_words(k) for k in doc["keep"] if k == k.lower())) if doc["keep"] else set()
    hit = {w for w in kwords if w in keepwords and any(w in _words(p) for p in persons)}
    if not hit:
        return "no word of the known name kept in its ordinary sense"
    others = set()
    for p in persons:
        ws = _words(p)
        if not ws & kwords:
            others |= ws
    for k in doc["keep"]:
        if _words(k) & others:
            return "keep shares a word with another name"
    return None


def make_doc(fname: str, n: int, stats: dict) -> dict:
    attempt = 0
    while True:
        r = Random(f"{SEED}:{fname}:{n}:{attempt}")
        d = core15.Doc(r)
        did = f"holdout15-{fname}-{n:04d}"
        if fname == "known":
            text, known = shapes15.known_doc(d, n)
            doc = d.build(text, did)
            doc["known"] = known
        else:
            doc = d.build(shapes15.family_doc(d, SHAPES[fname], n), did)
        why = gate(doc, fname == "known")
        if why is None:
            stats.setdefault("people", []).extend(d.people)
            return doc
        stats[fname] = stats.get(fname, 0) + 1
        attempt += 1
        if attempt > 50:
            raise SystemExit(f"{did}: {why}")


def generate(stats=None) -> dict[str, list[dict]]:
    stats = {} if stats is None else stats
    return {f: [make_doc(f, n, stats) for n in range(count)] for f, count in FILES}


def _dump(docs) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def _path(f: str) -> Path:
    return HERE / f"holdout15_{f}.jsonl"


def audit() -> None:
    stats: dict = {}
    sets = generate(stats)
    mine = [it for docs in sets.values() for d in docs for it in d["pii"]]
    pwords = set()
    for it in mine:
        if it["label"] == "PERSON":
            pwords |= {w for w in re.split(r"[\s\-,]+", it["text"]) if len(w) > 2}
    firsts = {p.first for p in stats["people"] if p.first in pwords}
    surs = {w for p in stats["people"] for w in re.split(r"[\s\-]+", p.sur) if w in pwords}
    streets = {
        it["text"].rsplit(" ", 1)[0] if re.search(r"\d", it["text"]) else it["text"]
        for it in mine
        if it["label"] == "ADDRESS"
    }
    other_names, other_addr, n = set(), "", 0
    others = [p for p in (ROOT / "tests" / "anonymizer").rglob("*.jsonl") if HERE not in p.parents]
    others += list((ROOT.parent / "shared" / "data").glob("*.jsonl")) if (ROOT.parent / "shared").exists() else []
    others += [p for p in (ROOT / ".." / "shared" / "data").resolve().glob("*.jsonl") if p not in others]
    addr_parts = []
    for path in others:
        n += 1
        for line in path.read_text(encoding="utf-8").splitlines():
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
                    other_names |= {w for w in re.split(r"[\s\-,]+", it.get("text", "")) if len(w) > 2}
                elif it.get("label") == "ADDRESS":
                    addr_parts.append(it.get("text", ""))
    other_addr = "\n".join(addr_parts)
    st_hit = sum(1 for s in streets if s in other_addr)
    persons = {it["text"] for it in mine if it["label"] == "PERSON"}
    fresh = sum(1 for t in persons if not any(w in other_names for w in re.split(r"[\s\-,]+", t) if len(w) > 2))
    kn_words = {
        d["known"]["names"][0].split()[-1]
        if d["known"]["names"][0].split()[0] not in shapes15.WORD_FIRST
        else d["known"]["names"][0].split()[0]
        for d in sets["known"]
    }
    print(f"other corpora: {n}")
    print(f"first-name words drawn: {len(firsts)}, used as a name part elsewhere: {len(firsts & other_names)}")
    print(f"surname words drawn: {len(surs)}, used as a name part elsewhere: {len(surs & other_names)}")
    print(
        f"distinct PERSON items: {len(persons)}, with no part (longer than two letters) a name part elsewhere: {fresh}"
    )
    print(f"streets: {len(streets)}, occurring in other corpora's addresses: {st_hit}")
    print(f"known-file word-names: {len(kn_words)}, used as a name part elsewhere: {len(kn_words & other_names)}")


def main(argv: list[str]) -> int:
    if "--audit" in argv:
        audit()
        return 0
    stats: dict = {}
    sets = generate(stats)
    if "--check" in argv:
        bad = [f for f in sets if not _path(f).exists() or _path(f).read_text(encoding="utf-8") != _dump(sets[f])]
        if bad:
            print("differs:", ", ".join(bad))
            return 1
        print("holdout15 files match the generator")
        return 0
    from collections import Counter

    for f, docs in sets.items():
        _path(f).write_text(_dump(docs), encoding="utf-8")
        lab = Counter(it["label"] for d in docs for it in d["pii"])
        print(
            f"{f}: {len(docs)} docs, pii {sum(lab.values())}, keep {sum(len(d['keep']) for d in docs)}, "
            f"redraws {stats.get(f, 0)}; " + ", ".join(f"{k} {v}" for k, v in sorted(lab.items()))
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
