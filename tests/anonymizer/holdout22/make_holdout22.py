"""Generate holdout22, round twenty-two's held-out anonymizer corpus (helper H1); see README.md in this folder.

    python tests/anonymizer/holdout22/make_holdout22.py           # write the four files
    python tests/anonymizer/holdout22/make_holdout22.py --check   # exit 1 if the committed files differ
    python tests/anonymizer/holdout22/make_holdout22.py --audit   # overlap counts with the other corpora (counts only)

Seed 20261222; document n of file f is drawn from Random("20261222:<f>:<n>:<attempt>"), redrawn while ``gate`` fails.
Standard library only.
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

import core22  # noqa: E402
import shapes22  # noqa: E402

SEED = 20261222
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
ORDER = ["elections", "nature", "media", "known"]
COUNTS = {"elections": 300, "nature": 300, "media": 250, "known": 150}


def _score():
    spec = importlib.util.spec_from_file_location("score_h22", HERE.parent / "corpora" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _score()
PARTICLES = SCORE.PARTICLES


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", s.lower()) if len(w) > 1 and w not in PARTICLES}


def bsn_ok(s: str) -> bool:
    n = re.sub(r"\D", "", s)
    if len(n) != 9:
        return False
    return (sum(int(c) * (9 - i) for i, c in enumerate(n[:8])) - int(n[8])) % 11 == 0


def iban_ok(s: str) -> bool:
    n = re.sub(r"[\s\-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", n):
        return False
    return int("".join(str(int(ch, 36)) for ch in n[4:] + n[:4])) % 97 == 1


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
    text = doc["text"]
    for k in doc["keep"]:
        if not re.search(r"(?<![\w])" + re.escape(k) + r"(?![\w])", text):
            return f"keep not a whole word: {k}"
    persons = [i["text"] for i in doc["pii"] if i["label"] == "PERSON"]
    if not known:
        names = set().union(*map(_words, persons)) if persons else set()
        for k in doc["keep"]:
            if _words(k) & names:
                return f"keep shares a name word: {k}"
        return None
    kn = doc.get("known", {}).get("names") or []
    if not kn or any(n not in persons for n in kn):
        return "known name not annotated"
    kw = set().union(*map(_words, kn))
    others = set()
    for p in persons:
        w = _words(p)
        if not w <= kw:
            others |= w
    keepw = set().union(*map(_words, doc["keep"])) if doc["keep"] else set()
    if keepw & others:
        return "keep shares a word with another name"
    shared = {w for w in kw if w in keepw and any(w in _words(p) for p in persons)}
    if not shared:
        return "known word not kept"
    for w in shared:
        if not re.search(r"[a-zà-ÿ] " + re.escape(w) + r"(?![\w])", text):
            return "known word not lower case mid-sentence"
    return None


def make_doc(name: str, n: int) -> tuple[dict, int]:
    for attempt in range(200):
        r = Random(f"{SEED}:{name}:{n}:{attempt}")
        d = core22.Doc(r)
        did = f"holdout22-{name}-{n:04d}"
        doc = shapes22.known_doc(d, did) if name == "known" else shapes22.file_doc(d, name, n, did)
        doc.pop("_word", None)
        if gate(doc, name == "known") is None:
            return doc, attempt
    raise RuntimeError(f"{name} {n}: no passing draw")


def build() -> dict[str, list[dict]]:
    out = {}
    for name in ORDER:
        docs, redraws = [], 0
        for n in range(COUNTS[name]):
            doc, a = make_doc(name, n)
            docs.append(doc)
            redraws += a
        out[name] = docs
        print(f"{name}: {len(docs)} docs, redraws {redraws}", file=sys.stderr)
    return out


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def path(name: str) -> Path:
    return HERE / f"holdout22_{name}.jsonl"


def totals(sets: dict[str, list[dict]]) -> None:
    all_lab: Counter = Counter()
    for name, docs in sets.items():
        lab = Counter(i["label"] for d in docs for i in d["pii"])
        all_lab += lab
        print(
            f"{path(name).name}: docs {len(docs)} pii {sum(lab.values())} keep {sum(len(d['keep']) for d in docs)} "
            f"| " + " ".join(f"{k} {lab[k]}" for k in sorted(LABELS))
        )
    print("all: " + " ".join(f"{k} {all_lab[k]}" for k in sorted(LABELS)) + f" | items {sum(all_lab.values())}")


def audit() -> None:
    mine = {n: [json.loads(x) for x in path(n).read_text(encoding="utf-8").splitlines() if x.strip()] for n in ORDER}
    firsts, surs, streets, known_words = set(), set(), set(), set()
    for n, docs in mine.items():
        for d in docs:
            for i in d["pii"]:
                if i["label"] == "PERSON":
                    toks = [t for t in i["text"].split() if t.lower() not in PARTICLES and len(t) > 2]
                    if len(toks) >= 2 and not i["text"].isupper() and not i["text"].islower():
                        firsts.add(toks[0])
                        surs.add(toks[-1])
                elif i["label"] == "ADDRESS":
                    streets.add(re.sub(r"\s+\d.*$", "", i["text"]))
            if n == "known":
                for k in d["known"]["names"]:
                    known_words |= {w for w in _words(k) if any(w in _words(x) for x in d["keep"])}
    others = [p for p in sorted(ROOT.glob("tests/anonymizer/**/*.jsonl")) if HERE not in p.parents]
    others += sorted((ROOT / ".." / "shared" / "data").resolve().glob("*.jsonl"))
    oparts, ostreets = set(), set()
    for p in others:
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            d = json.loads(line)
            for i in d.get("pii", []):
                if i.get("label") == "PERSON":
                    oparts |= {t.lower() for t in i["text"].split()}
                elif i.get("label") == "ADDRESS":
                    ostreets.add(re.sub(r"\s+\d.*$", "", i["text"]).lower())
    print(f"other corpora: {len(others)}")
    print(f"first names {len(firsts)}, used as a name part elsewhere {sum(f.lower() in oparts for f in firsts)}")
    print(f"surname words {len(surs)}, used as a name part elsewhere {sum(s.lower() in oparts for s in surs)}")
    print(f"streets {len(streets)}, occurring elsewhere {sum(s.lower() in ostreets for s in streets)}")
    print(
        f"known-file word-names kept {len(known_words)}, used as a name part elsewhere "
        f"{sum(w in oparts for w in known_words)}"
    )


def main(argv: list[str]) -> int:
    if "--audit" in argv:
        audit()
        return 0
    sets = build()
    if "--check" in argv:
        bad = [n for n in ORDER if not path(n).exists() or path(n).read_text(encoding="utf-8") != dump(sets[n])]
        print("differs: " + ", ".join(bad) if bad else "files match the generator")
        return 1 if bad else 0
    for n in ORDER:
        path(n).write_text(dump(sets[n]), encoding="utf-8")
    totals(sets)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
