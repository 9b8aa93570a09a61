#!/usr/bin/env python3
"""Generate holdout28, round twenty-eight's held-out anonymizer corpus (seed 20261228, standard library only).

make_holdout28.py            write the four files
make_holdout28.py --check    exit 1 if the committed files differ from what the generator writes
make_holdout28.py --audit    overlap counts (first names, surnames, streets) with every other corpus; counts only
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

import core28 as C  # noqa: E402
import pools28 as P  # noqa: E402
import shapes28 as S  # noqa: E402

SEED = 20261228
ROOT = HERE.parent.parent.parent
FILES = [("access", 285, S.ACCESS), ("faith", 285, S.FAITH), ("street", 280, S.STREET), ("known", 150, None)]
PARTICLES = {"van", "de", "der", "den", "het", "'t", "t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def _score():
    spec = importlib.util.spec_from_file_location("score_for_holdout28", HERE.parent / "corpora" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _score()


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"\w+", s.lower()) if w not in PARTICLES and len(w) > 1}


def gate(doc: dict, known: bool) -> str | None:
    """None when ``doc`` passes the four gates, else the reason."""
    try:
        SCORE.check_doc(doc)
    except AssertionError as e:
        return f"check_doc {e}"
    for it in doc["pii"]:
        if it["label"] not in C.LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not C.bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not C.iban_ok(it["text"]):
            return f"iban {it['text']}"
    persons = [it["text"] for it in doc["pii"] if it["label"] == "PERSON"]
    keepw = set().union(*(_words(k) for k in doc["keep"])) if doc["keep"] else set()
    if not known:
        names = set().union(*(_words(p) for p in persons)) if persons else set()
        clash = keepw & names
        return f"keep shares a name word {sorted(clash)}" if clash else None
    kn = doc.get("known", {}).get("names", [])
    if not kn or not all(n in persons for n in kn):
        return "known name not annotated"
    kw = set().union(*(_words(n) for n in kn))
    if not any(kw & _words(p) for p in persons):
        return "no known word in a PERSON item"
    if not kw & keepw:
        return "known word not kept in its ordinary sense"
    # a keep word must mean the ordinary word as written, not appear capitalised as a name word outside PERSON items
    others = set().union(*(_words(p) for p in persons if not (_words(p) & kw))) if persons else set()
    others -= kw
    clash = keepw & others
    return f"keep shares another name word {sorted(clash)}" if clash else None


REGISTRY: list = []
_orig_init = C.Person.__init__


def _reg_init(self, *a, **k):
    _orig_init(self, *a, **k)
    REGISTRY.append(self)


C.Person.__init__ = _reg_init


def make_doc(fname: str, n: int, attempt: int, shapes) -> dict:
    r = Random(f"{SEED}:{fname}:{n}:{attempt}")
    REGISTRY.clear()
    c = S.Ctx(r)
    d = C.Doc()
    doc = {"id": f"holdout28-{fname}-{n:04d}"}
    if shapes is None:
        entry = P.KNOWN[n % len(P.KNOWN)]
        doc["known"] = S.known_doc(r, c, d, entry)
    else:
        r.choice(shapes)(r, c, d)
        for _ in range(r.choice([0, 1, 1, 2])):
            S.ids_tail(r, c, d)
    doc["text"] = d.text()
    doc["pii"] = [{"text": t, "label": lab} for t, lab in d.pii]
    doc["keep"] = list(d.keep)
    if "known" in doc:
        doc = {"id": doc["id"], "text": doc["text"], "known": doc["known"], "pii": doc["pii"], "keep": doc["keep"]}
    else:
        doc = {"id": doc["id"], "text": doc["text"], "pii": doc["pii"], "keep": doc["keep"]}
    return doc


def generate(collect: dict | None = None) -> tuple[dict[str, list[dict]], dict[str, int]]:
    out, redraws = {}, {}
    for fname, count, shapes in FILES:
        docs, red = [], 0
        for n in range(count):
            for attempt in range(200):
                doc = make_doc(fname, n, attempt, shapes)
                if gate(doc, shapes is None) is None:
                    break
                red += 1
            else:
                raise SystemExit(f"no passing draw for {fname} {n}")
            if collect is not None:
                for p in REGISTRY:
                    if re.search(r"(?<!\w)" + re.escape(p.first) + r"(?!\w)", doc["text"]):
                        collect["first"].add(p.first)
                    if re.search(r"(?<!\w)" + re.escape(p.sur) + r"(?!\w)", doc["text"]):
                        collect["sur"].add(p.sur)
            docs.append(doc)
        out[f"holdout28_{fname}.jsonl"] = docs
        redraws[fname] = red
    return out, redraws


def _dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def summary(files: dict[str, list[dict]], redraws: dict[str, int]) -> None:
    tot = Counter()
    for name, docs in files.items():
        lab = Counter(it["label"] for d in docs for it in d["pii"])
        tot.update(lab)
        print(
            f"{name}: {len(docs)} docs, {sum(lab.values())} pii, {sum(len(d['keep']) for d in docs)} keep; "
            + ", ".join(f"{k} {v}" for k, v in sorted(lab.items()))
        )
    print("all:", ", ".join(f"{k} {v}" for k, v in sorted(tot.items())), "| redraws:", redraws)


def audit() -> None:
    mine = {"first": set(), "sur": set()}
    files, _ = generate(mine)
    streets = {
        re.sub(r"\s+\S*\d\S*(\s+(bis|rood|hs))?$", "", it["text"])
        for docs in files.values()
        for d in docs
        for it in d["pii"]
        if it["label"] == "ADDRESS"
    }
    known_words = {e[0].lower() for e in P.KNOWN}
    other_names, other_streets, n_files = set(), set(), 0
    roots = [ROOT / "tests" / "anonymizer", (ROOT / ".." / "shared" / "data").resolve()]
    for root in roots:
        for f in sorted(root.rglob("*.jsonl")):
            if HERE in f.parents:
                continue
            n_files += 1
            for line in f.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                try:
                    d = json.loads(line)
                except ValueError:
                    continue
                for it in d.get("pii", []) if isinstance(d, dict) else []:
                    if it.get("label") == "PERSON":
                        other_names |= _words(it["text"])
                    elif it.get("label") == "ADDRESS":
                        other_streets.add(re.sub(r"\s+\S*\d\S*(\s+(bis|rood|hs))?$", "", it["text"]).lower())
    firstw = set().union(*(_words(f) for f in mine["first"]))
    surw = set().union(*(_words(s) for s in mine["sur"])) - known_words
    print(f"other corpora: {n_files}")
    print(f"first-name words {len(firstw)}, used as a name part elsewhere {len(firstw & other_names)}")
    print(f"surname words {len(surw)}, used as a name part elsewhere {len(surw & other_names)}")
    print(f"streets {len(streets)}, occurring elsewhere {len({s.lower() for s in streets} & other_streets)}")
    print(f"known-file word-names {len(known_words)}, used as a name part elsewhere {len(known_words & other_names)}")


def main(argv: list[str]) -> int:
    if "--audit" in argv:
        audit()
        return 0
    files, redraws = generate()
    if "--check" in argv:
        bad = [
            n
            for n, docs in files.items()
            if not (HERE / n).exists() or (HERE / n).read_text(encoding="utf-8") != _dump(docs)
        ]
        if bad:
            print("differs:", bad)
            return 1
        print("committed files match the generator")
        return 0
    for name, docs in files.items():
        (HERE / name).write_text(_dump(docs), encoding="utf-8")
    summary(files, redraws)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
