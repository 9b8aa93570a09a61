"""Generator of holdout32, round thirty-two's held-out anonymizer corpus (helper H1); see README.md.

python tests/anonymizer/holdout32/make_holdout32.py            write the four files (seed 20261232)
python tests/anonymizer/holdout32/make_holdout32.py --check    exit 1 if the committed files differ
python tests/anonymizer/holdout32/make_holdout32.py --audit    overlap counts with every other corpus (counts only)
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

from core32 import LABELS, bsn_ok, iban_ok  # noqa: E402
from shapes32 import build  # noqa: E402

SEED = 20261232
ROOT = HERE.parent.parent.parent
SHARED = ROOT.parent / "shared" / "data"
ORDER = [("venues", 300), ("play", 300), ("noise", 250), ("known", 150)]
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
    "ait",
    "ben",
    "bou",
    "al",
    "abu",
    "di",
    "del",
    "lo",
    "dos",
    "da",
    "do",
    "dela",
    "delos",
    "mc",
    "mac",
    "von",
    "vanden",
    "vande",
    "vander",
    "ver",
    "d'",
    "o'",
    "el-",
    "al-",
}


def _score_mod():
    spec = importlib.util.spec_from_file_location("score_for_holdout32", HERE.parent / "corpora" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _score_mod()


def _words(s: str) -> set:
    return {w.lower() for w in re.split(r"[^\w]+", s) if len(w) > 1 and w.lower() not in PARTICLES}


def gate(doc: dict, known: bool) -> str | None:
    """None when ``doc`` passes the four gates, else the reason."""
    try:
        SCORE.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return "bsn"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return "iban"
    keepw = set()
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", doc["text"]):
            return f"keep not a whole word: {k}"
        keepw |= _words(k)
    persons = [it["text"] for it in doc["pii"] if it["label"] == "PERSON"]
    if not known:
        for n in persons:
            if _words(n) & keepw:
                return f"keep shares a word with {n!r}"
        return None
    names = doc.get("known", {}).get("names") or []
    if not names:
        return "no known name"
    kn = names[0]
    if {"text": kn, "label": "PERSON"} not in doc["pii"]:
        return "known name not annotated"
    kw = _words(kn)
    hit = [w for w in kw if w in keepw and any(w in _words(n) for n in persons)]
    if not hit:
        return "no word of the known name kept in its ordinary sense"
    for n in persons:
        if not (_words(n) & kw) and _words(n) & keepw:
            return f"keep shares a word with {n!r}"
    return None


def generate() -> dict[str, list[dict]]:
    out, redraws = {}, {}
    for fname, count in ORDER:
        docs, red = [], 0
        for n in range(count):
            attempt = 0
            while True:
                r = Random(f"{SEED}:{fname}:{n}:{attempt}")
                d = build(r, fname, n)
                doc = {"id": f"holdout32-{fname}-{n:04d}", "text": d["text"]}
                if "known" in d:
                    doc["known"] = d["known"]
                doc["pii"], doc["keep"] = d["pii"], d["keep"]
                why = gate(doc, fname == "known")
                if why is None:
                    break
                red += 1
                attempt += 1
                if attempt > 50:
                    raise SystemExit(f"{doc['id']}: {why}")
            docs.append(doc)
        out[fname], redraws[fname] = docs, red
    generate.redraws = redraws
    return out


def _path(fname: str) -> Path:
    return HERE / f"holdout32_{fname}.jsonl"


def _dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def _summary(files: dict) -> None:
    tot = Counter()
    for fname, docs in files.items():
        c = Counter(it["label"] for d in docs for it in d["pii"])
        tot += c
        print(
            f"{fname}: {len(docs)} docs, {sum(c.values())} pii, {sum(len(d['keep']) for d in docs)} keep, "
            f"redraws {generate.redraws[fname]}; " + ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
        )
    print("total: " + ", ".join(f"{k} {v}" for k, v in sorted(tot.items())) + f"; {sum(tot.values())} items")


def _name_parts(docs):
    first, sur = set(), set()
    for d in docs:
        for it in d["pii"]:
            if it["label"] == "PERSON":
                ws = [w for w in re.split(r"[\s,]+", it["text"]) if len(w) > 2 and w.lower() not in PARTICLES]
                if len(ws) >= 2 and "," not in it["text"]:
                    first.add(ws[0])
                    sur.update(ws[1:])
                elif ws:
                    sur.update(ws)
    return first, sur


def audit() -> None:
    files = {f: [json.loads(x) for x in _path(f).read_text(encoding="utf-8").splitlines()] for f, _ in ORDER}
    mine = [d for docs in files.values() for d in docs]
    first, sur = _name_parts(mine)
    streets = {
        re.sub(r"\s+\S*\d\S*(\s.*)?$", "", it["text"]) for d in mine for it in d["pii"] if it["label"] == "ADDRESS"
    }
    others = [
        p
        for p in sorted(list((ROOT / "tests" / "anonymizer").rglob("*.jsonl")) + list(SHARED.glob("*.jsonl")))
        if HERE not in p.parents
    ]
    oth_parts, oth_streets = set(), set()
    for p in others:
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except ValueError:
                continue
            for it in d.get("pii", []) if isinstance(d, dict) else []:
                if not isinstance(it, dict):
                    continue
                if it.get("label") == "PERSON":
                    oth_parts.update(w for w in re.split(r"[\s,]+", it.get("text", "")) if len(w) > 2)
                elif it.get("label") == "ADDRESS":
                    oth_streets.add(re.sub(r"\s+\S*\d\S*(\s.*)?$", "", it.get("text", "")))
    print(f"other corpora: {len(others)}")
    print(f"first-name words {len(first)}, used as a name part elsewhere {len(first & oth_parts)}")
    print(f"surname words {len(sur)}, used as a name part elsewhere {len(sur & oth_parts)}")
    print(f"streets {len(streets)}, occurring elsewhere {len(streets & oth_streets)}")


def main(argv: list[str]) -> int:
    if "--audit" in argv:
        audit()
        return 0
    files = generate()
    if "--check" in argv:
        bad = [
            f
            for f, docs in files.items()
            if not _path(f).exists() or _path(f).read_text(encoding="utf-8") != _dump(docs)
        ]
        print("differs: " + ", ".join(bad) if bad else "committed files match the generator")
        return 1 if bad else 0
    for f, docs in files.items():
        _path(f).write_text(_dump(docs), encoding="utf-8")
    _summary(files)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
