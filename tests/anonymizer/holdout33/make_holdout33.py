"""Generator of holdout33, round thirty-three's held-out anonymizer corpus (helper H1). See README.md here.

    python tests/anonymizer/holdout33/make_holdout33.py            # write the four files (seed 20261233)
    python tests/anonymizer/holdout33/make_holdout33.py --check    # exit 1 if the committed files differ
    python tests/anonymizer/holdout33/make_holdout33.py --audit    # overlap counts with every other corpus (counts only)

Standard library only. Each document draws from Random("20261233:<file>:<n>:<attempt>"); a document failing gate() is
redrawn with the next attempt.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from core33 import LABELS, bsn_ok, iban_ok, render  # noqa: E402
from shapes33 import Ctx, doc_body, known_doc  # noqa: E402

SEED = 20261233
ROOT = HERE.parent.parent.parent
FILES = [("hoard", 300), ("moving", 300), ("post", 250), ("known", 150)]
PARTICLES = {
    "van",
    "de",
    "der",
    "den",
    "het",
    "'t",
    "ter",
    "te",
    "ten",
    "in",
    "op",
    "la",
    "le",
    "du",
    "el",
    "al",
    "ait",
    "ben",
    "bou",
    "abu",
    "di",
    "del",
    "lo",
    "dos",
    "da",
    "do",
    "dela",
    "delos",
    "von",
    "vande",
    "vanden",
    "ver",
    "d'",
    "mc",
    "mac",
    "o'",
}


def _load_score():
    spec = importlib.util.spec_from_file_location("score_for_holdout33", HERE.parent / "corpora" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_score = _load_score()


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"\w+", s.lower()) if len(w) > 1 and w not in PARTICLES}


def gate(doc: dict, known: bool) -> str | None:
    """None when ``doc`` passes the four quality gates, else the reason."""
    try:
        _score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    persons = [it["text"] for it in doc["pii"] if it["label"] == "PERSON"]
    keepw = [(k, _words(k)) for k in doc["keep"]]
    if not known:
        names = set().union(*map(_words, persons)) if persons else set()
        for k, kw in keepw:
            if kw & names:
                return f"keep {k!r} shares a name word"
        return None
    kn = doc.get("known", {}).get("names", [])
    if not kn or not all(n in persons for n in kn):
        return "known name not annotated"
    kwords = set().union(*map(_words, kn))
    if not any(kwords & _words(pt) for pt in persons):
        return "known word not in a PERSON item"
    if not any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", k) for w in kwords for k in doc["keep"]):
        return "known word not kept in its ordinary sense"
    others = set().union(*map(_words, persons)) - kwords
    for k, kw in keepw:
        if kw & others:
            return f"keep {k!r} shares a word with another name"
    return None


def make(file: str, n: int) -> tuple[dict, int]:
    attempt = 0
    while True:
        r = random.Random(f"{SEED}:{file}:{n}:{attempt}")
        c = Ctx(r)
        if file == "known":
            marked, known = known_doc(c, n)
        else:
            marked, known = doc_body(c, file, n), None
        text, pii, keep = render(marked)
        d = {"id": f"holdout33-{file}-{n:04d}", "text": text, "pii": pii, "keep": keep}
        if known:
            d = {"id": d["id"], "text": text, "known": known, "pii": pii, "keep": keep}
        if gate(d, file == "known") is None:
            return d, attempt
        attempt += 1
        if attempt > 200:
            raise RuntimeError(f"{file} {n}: {gate(d, file == 'known')}")


def generate() -> dict[str, tuple[list[dict], int]]:
    out = {}
    for file, count in FILES:
        docs, redraws = [], 0
        for n in range(count):
            d, a = make(file, n)
            docs.append(d)
            redraws += a
        out[file] = (docs, redraws)
    return out


def _path(file: str) -> Path:
    return HERE / f"holdout33_{file}.jsonl"


def _dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def audit() -> None:
    """Overlap counts (first names, surname words, streets) with every other corpus; never prints texts."""
    mine = {}
    for file, _ in FILES:
        mine[file] = [json.loads(x) for x in _path(file).read_text(encoding="utf-8").splitlines() if x.strip()]
    firsts, surs, streets = set(), set(), set()
    for docs in mine.values():
        for d in docs:
            for it in d["pii"]:
                ws = [w for w in re.findall(r"[\w'-]+", it["text"]) if w.lower() not in PARTICLES and len(w) > 2]
                if it["label"] == "PERSON" and len(ws) >= 2 and not it["text"].isupper():
                    firsts.add(ws[0].lower())
                    surs.update(w.lower() for w in ws[1:])
                elif it["label"] == "ADDRESS":
                    streets.add(re.sub(r"\s+\S*\d\S*$", "", it["text"]).lower())
    other_names, other_streets, n_files = set(), set(), 0
    sources = list((HERE.parent).rglob("*.jsonl")) + list((ROOT.parent / "shared" / "data").rglob("*.jsonl"))
    for f in sources:
        if f.parent == HERE:
            continue
        n_files += 1
        for line in f.read_text(encoding="utf-8").splitlines():
            try:
                d = json.loads(line)
            except ValueError:
                continue
            for it in d.get("pii", []) if isinstance(d, dict) else []:
                if it.get("label") == "PERSON":
                    other_names.update(w.lower() for w in re.findall(r"[\w'-]+", it["text"]))
                elif it.get("label") == "ADDRESS":
                    other_streets.add(re.sub(r"\s+\S*\d\S*$", "", it["text"]).lower())
    print(f"other corpora: {n_files}")
    print(f"first-name words: {len(firsts)}, used as a name part elsewhere: {len(firsts & other_names)}")
    print(f"surname words: {len(surs)}, used as a name part elsewhere: {len(surs & other_names)}")
    print(f"streets: {len(streets)}, occurring elsewhere: {len(streets & other_streets)}")


def main(argv: list[str]) -> int:
    if "--audit" in argv:
        audit()
        return 0
    gen = generate()
    if "--check" in argv:
        bad = [
            f
            for f, (docs, _) in gen.items()
            if not _path(f).exists() or _path(f).read_text(encoding="utf-8") != _dump(docs)
        ]
        print("differ: " + ", ".join(bad) if bad else "all four files match the generator")
        return 1 if bad else 0
    from collections import Counter

    for file, (docs, redraws) in gen.items():
        _path(file).write_text(_dump(docs), encoding="utf-8")
        lab = Counter(it["label"] for d in docs for it in d["pii"])
        print(
            f"{file}: {len(docs)} docs, pii {sum(lab.values())}, keep {sum(len(d['keep']) for d in docs)}, redraws {redraws}; "
            + ", ".join(f"{k} {v}" for k, v in sorted(lab.items()))
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
