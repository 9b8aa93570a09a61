#!/usr/bin/env python3
"""Generate holdout10, the held-out anonymizer corpus of round ten (seed 20261210, standard library only).

    python tests/anonymizer/holdout10/make_holdout10.py           # write the four files
    python tests/anonymizer/holdout10/make_holdout10.py --check   # exit 1 if the committed files differ
    python tests/anonymizer/holdout10/make_holdout10.py --audit   # overlap counts with other corpora (no texts)

See README.md in this folder. Held out: nobody tuning the anonymizer in round ten reads these files or this code.
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
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import core10 as C  # noqa: E402
import pools10 as P  # noqa: E402
import shapes10 as S  # noqa: E402

SEED = 20261210
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
FILES = {
    "holdout10_requests.jsonl": (S.REQUESTS, 300),
    "holdout10_casefiles.jsonl": (S.CASEFILES, 300),
    "holdout10_official.jsonl": (S.OFFICIAL, 250),
    "holdout10_known.jsonl": (S.KNOWN, 150),
}
# Share of documents in a file made of two shapes (a request with its follow-up message, two notes of one file).
PAIRED = {"holdout10_requests.jsonl": 0.35, "holdout10_casefiles.jsonl": 0.4, "holdout10_official.jsonl": 0.45}
SEPARATORS = {
    "holdout10_requests.jsonl": ["\n\n--- vervolgbericht ---\n", "\n\n-----\n", "\n\nPS: nog een bericht:\n", "\n\n"],
    "holdout10_casefiles.jsonl": ["\n\n* * *\n\n", "\n\n==== vervolg ====\n", "\n\n", "\n\n[notitie 2]\n"],
    "holdout10_official.jsonl": ["\n\n", "\n\n---\n", "\n\n"],
}
# The second shape of a paired document: another of the file's shapes, or (official) a letter's footer.
SECOND = {"holdout10_official.jsonl": S.FOOTERS}
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def _score_module():
    spec = importlib.util.spec_from_file_location("score_for_holdout10", HERE.parent / "corpora" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_SCORE = _score_module()


def _words(s: str) -> set[str]:
    return {w.lower() for w in re.split(r"[^\w']+", s) if len(w) > 1 and w.lower() not in PARTICLES}


def gate(doc: dict, known: bool) -> str | None:
    """None when ``doc`` passes every quality gate, else the reason."""
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if not item["text"].strip():
            return "empty pii"
        if item["label"] == "BSN" and not C.bsn_ok(item["text"]):
            return "bsn"
        if item["label"] == "IBAN" and not C.iban_ok(item["text"]):
            return "iban"
    try:
        _SCORE.check_doc(doc)
    except AssertionError as e:
        return f"check_doc {e}"
    names = set().union(*[_words(i["text"]) for i in doc["pii"] if i["label"] == "PERSON"]) if doc["pii"] else set()
    if not known:
        for k in doc["keep"]:
            if _words(k) & names:
                return "keep shares a word with a name"
    else:
        if "known" not in doc or not doc["known"].get("names"):
            return "known data missing"
        kw = set().union(*[_words(k) for k in doc["keep"]]) if doc["keep"] else set()
        forms = {w.lower(): {f.lower() for f in fs} for w, fs in P.KNOWN_SURNAMES + P.KNOWN_FIRSTS}
        if not any(forms.get(n, set()) & kw for n in names):
            return "no name word used in its ordinary sense"
        for n in doc["known"]["names"]:
            if not any(i["text"] == n for i in doc["pii"]):
                return "known name not annotated"
        own = set().union(*[_words(n) for n in doc["known"]["names"]])
        others = set().union(*[_words(i["text"]) for i in doc["pii"] if i["label"] == "PERSON"]) - own
        for k in doc["keep"]:
            if _words(k) & others:
                return "keep shares a word with another person's name"
    return None


def _pair(d1: dict, d2: dict, sep: str) -> dict:
    """Two shapes as one document: texts joined, pii and keep words merged (first occurrence wins)."""
    d = {"id": d1["id"], "text": d1["text"] + sep + d2["text"]}
    seen = set()
    d["pii"] = []
    for i in d1["pii"] + d2["pii"]:
        if (i["text"], i["label"]) not in seen:
            seen.add((i["text"], i["label"]))
            d["pii"].append(i)
    d["keep"] = list(dict.fromkeys(d1["keep"] + d2["keep"]))
    return d


def generate() -> tuple[dict[str, list[dict]], dict[str, int]]:
    out, redraws = {}, {}
    for name, (families, count) in FILES.items():
        docs, n_redraw = [], 0
        for n in range(count):
            fam = families[n % len(families)]
            for attempt in range(200):
                r = random.Random(f"{SEED}:{name}:{n}:{attempt}")
                did = f"{name.split('_')[1].split('.')[0]}-{n:03d}"
                d = fam(r, did)
                if r.random() < PAIRED.get(name, 0.0):
                    d = _pair(d, r.choice(SECOND.get(name, families))(r, did), r.choice(SEPARATORS[name]))
                if gate(d, name.endswith("_known.jsonl")) is None:
                    break
                n_redraw += 1
            else:
                raise SystemExit(f"{name} {n}: no document passes the gates: {gate(d, False)}")
            docs.append(d)
        out[name], redraws[name] = docs, n_redraw
    return out, redraws


def _dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def _totals(out: dict[str, list[dict]]) -> None:
    for name, docs in out.items():
        labels = Counter(i["label"] for d in docs for i in d["pii"])
        n_pii = sum(labels.values())
        n_keep = sum(len(d["keep"]) for d in docs)
        print(
            f"{name}: {len(docs)} docs, {n_pii} pii, {n_keep} keep; "
            + ", ".join(f"{k} {v}" for k, v in sorted(labels.items()))
        )


def audit() -> None:
    """Overlap of this corpus's names and streets with every other corpus (counts only)."""
    C.REGISTRY.clear()
    out, _ = generate()
    mine_street, mine_items = set(), set()
    for docs in out.values():
        for d in docs:
            for i in d["pii"]:
                if i["label"] == "PERSON":
                    mine_items.add(i["text"])
                elif i["label"] == "ADDRESS":
                    mine_street.add(re.sub(r"\s+\S*\d\S*$", "", i["text"]).lower())
    mine_first = {w.lower() for p in C.REGISTRY for w in re.split(r"[\s-]", p.first) if len(w) > 1}
    mine_sur = {
        w.strip("'").lower()
        for p in C.REGISTRY
        for w in re.split(r"[\s-]", p.last)
        if len(w) > 1 and w.lower() not in PARTICLES
    }
    other_names, other_streets, n_corpora = set(), set(), 0
    roots = [HERE.parent, HERE.parents[2].parent / "shared" / "data"]
    seen = set()
    for root in roots:
        if not root.exists():
            continue
        for f in sorted(root.rglob("*.jsonl")):
            rf = f.resolve()
            if HERE in rf.parents or rf in seen:
                continue
            seen.add(rf)
            n_corpora += 1
            for line in f.read_text(encoding="utf-8").splitlines():
                try:
                    d = json.loads(line)
                except ValueError:
                    continue
                if not isinstance(d, dict):
                    continue
                for i in d.get("pii", []) or []:
                    if not isinstance(i, dict):
                        continue
                    if i.get("label") == "PERSON":
                        other_names |= {w.strip(".,'").lower() for w in re.split(r"[\s-]", i.get("text", ""))}
                    elif i.get("label") == "ADDRESS":
                        other_streets.add(re.sub(r"\s+\S*\d\S*$", "", i.get("text", "")).lower())
    items_new = sum(
        1
        for t in mine_items
        if not any(w.strip(".,'").lower() in other_names for w in re.split(r"[\s-]", t) if len(w.strip(".,'")) > 2)
    )
    known_words = {w.lower() for w, _ in P.KNOWN_SURNAMES} | {w.lower() for w, _ in P.KNOWN_FIRSTS}
    print(f"other corpora: {n_corpora}")
    print(f"first-name words: {len(mine_first)}, used as a name part elsewhere: {len(mine_first & other_names)}")
    print(f"surname words: {len(mine_sur)}, used as a name part elsewhere: {len(mine_sur & other_names)}")
    print(f"distinct PERSON items: {len(mine_items)}, with no part (>2 letters) used as a name elsewhere: {items_new}")
    print(f"streets: {len(mine_street)}, occurring elsewhere: {len(mine_street & other_streets)}")
    print(f"known-file name words: {len(known_words)}, used as a name part elsewhere: {len(known_words & other_names)}")


def main(argv: list[str]) -> int:
    if "--audit" in argv:
        audit()
        return 0
    out, redraws = generate()
    if "--check" in argv:
        bad = [
            n
            for n, docs in out.items()
            if not (HERE / n).exists() or (HERE / n).read_text(encoding="utf-8") != _dump(docs)
        ]
        if bad:
            print("differ from the generator:", ", ".join(bad))
            return 1
        print("all files match the generator")
        return 0
    for name, docs in out.items():
        (HERE / name).write_text(_dump(docs), encoding="utf-8")
    _totals(out)
    print("redraws: " + ", ".join(f"{n} {k}" for n, k in redraws.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
