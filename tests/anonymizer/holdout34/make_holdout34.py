"""Generate holdout34, round thirty-four's held-out anonymizer corpus (helper H1). Standard library only.

    python tests/anonymizer/holdout34/make_holdout34.py           # write the four files
    python tests/anonymizer/holdout34/make_holdout34.py --check   # exit 1 if the committed files differ
    python tests/anonymizer/holdout34/make_holdout34.py --audit   # overlap counts with other corpora (no texts)

Seed 20261234; document n of file f is drawn from Random("20261234:<f>:<n>:<attempt>"), attempt 0 first and a
further attempt only when ``gate()`` rejects the document. See README.md.
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

from core34 import Doc  # noqa: E402
from shapes34 import GARDEN, LETTING, OWNERS, ctx, known_doc, mednote  # noqa: E402

ROOT = HERE.parent.parent.parent
SEED = 20261234
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
_spec = importlib.util.spec_from_file_location("score_for_holdout34", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)
PARTICLES = score.PARTICLES

FILES = [
    ("owners", 300, OWNERS, "vve"),
    ("garden", 300, GARDEN, "groen"),
    ("letting", 250, LETTING, "verhuur"),
    ("known", 150, None, None),
]


def _bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0


def _iban_ok(s: str) -> bool:
    t = re.sub(r"[\s\-]", "", s).upper()
    return (
        bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", t))
        and int("".join(str(int(ch, 36)) for ch in t[4:] + t[:4])) % 97 == 1
    )


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[\w']+", s.lower()) if w not in PARTICLES and len(w) > 1}


def gate(doc: dict, known: bool) -> str | None:
    """None when the document passes all four gates, else the reason."""
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    text = doc["text"]
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not _bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not _iban_ok(it["text"]):
            return f"iban {it['text']}"
    for k in doc["keep"]:
        if not re.search(r"(?<![\w])" + re.escape(k) + r"(?![\w])", text):
            return f"keep not a whole word: {k}"
    names = [it["text"] for it in doc["pii"] if it["label"] == "PERSON"]
    name_words = set().union(*map(_words, names)) if names else set()
    keep_words = set().union(*map(_words, doc["keep"])) if doc["keep"] else set()
    if not known:
        clash = keep_words & name_words
        return f"keep shares a name word: {sorted(clash)}" if clash else None
    kn = doc.get("known", {}).get("names", [])
    if not kn or kn[0] not in names:
        return "known name not annotated"
    own = _words(kn[0])
    word = next((w for w in own if w in keep_words and any(w in _words(n) for n in names)), None)
    if word is None:
        return "no word of the known name kept in its ordinary sense"
    if not re.search(r"(?<![\w])" + re.escape(word) + r"(?![\w])", text):
        return "ordinary word absent"
    clash = keep_words & (name_words - {word})
    return f"keep shares a name word: {sorted(clash)}" if clash else None


def _draw(fname: str, n: int, shapes, kind, attempt: int):
    r = Random(f"{SEED}:{fname}:{n}:{attempt}")
    d = Doc(r)
    if shapes is None:
        text, known, _ = known_doc(d, n)
        doc = {"id": f"holdout34-{fname}-{n:04d}", "text": text, "known": known}
    else:
        c = ctx(d)
        main = shapes[n % len(shapes)] if r.random() < 0.7 else r.choice(shapes)
        text = main(d, c)
        if r.random() < 0.2:
            other = r.choice([s for s in shapes if s is not main])
            c2 = ctx(d) if r.random() < 0.5 else c
            text += "\n\n" + r.choice(["---", "* * *", "====="]) + "\n\n" + other(d, c2)
        if r.random() < 0.25:
            text += mednote(d, c, kind)
        doc = {"id": f"holdout34-{fname}-{n:04d}", "text": text}
    doc["pii"] = d.pii
    doc["keep"] = d.keep
    return doc, d


def generate(with_meta: bool = False):
    out, redraws, meta = {}, {}, {}
    for fname, count, shapes, kind in FILES:
        docs, red, people, streets = [], 0, [], []
        for n in range(count):
            attempt = 0
            while True:
                doc, d = _draw(fname, n, shapes, kind, attempt)
                if gate(doc, shapes is None) is None:
                    break
                attempt += 1
                red += 1
                if attempt > 200:
                    raise SystemExit(f"{doc['id']}: {gate(doc, shapes is None)}")
            if shapes is None:
                doc = {k: doc[k] for k in ("id", "text", "known", "pii", "keep")}
            docs.append(doc)
            people += d.people
            streets += d.streets
        out[f"holdout34_{fname}.jsonl"] = docs
        redraws[fname] = red
        meta[fname] = (people, streets)
    return (out, redraws, meta) if with_meta else (out, redraws)


def _dump(docs) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def _stats(out, redraws):
    from collections import Counter

    tot = Counter()
    for name, docs in out.items():
        c = Counter(it["label"] for d in docs for it in d["pii"])
        tot += c
        print(
            f"{name}: {len(docs)} docs, {sum(c.values())} pii, {sum(len(d['keep']) for d in docs)} keep, "
            f"redraws {redraws[name[10:-6]]}; " + ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
        )
    print("total:", sum(len(v) for v in out.values()), "docs;", ", ".join(f"{k} {v}" for k, v in sorted(tot.items())))


def audit():
    out, _, meta = generate(with_meta=True)
    firsts, surs, streets = set(), set(), set()
    for people, sts in meta.values():
        for p in people:
            firsts |= {w for w in re.findall(r"\w+", p["first"] + " " + p["first2"]) if len(w) > 2}
            surs |= {w for w in re.findall(r"\w+", p["core"]) if len(w) > 2}
        streets |= set(sts)
    known_words = {
        w.lower()
        for d in out["holdout34_known.jsonl"]
        for n in d["known"]["names"]
        for w in _words(n)
        if any(w in _words(k) for k in d["keep"])
    }
    other_names, other_streets, files = set(), set(), 0
    paths = [p for p in (ROOT / "tests" / "anonymizer").rglob("*.jsonl") if HERE not in p.parents]
    paths += sorted((ROOT.parent / "shared" / "data").glob("*.jsonl")) if (ROOT.parent / "shared").exists() else []
    paths += sorted(Path("../shared/data").glob("*.jsonl"))
    for path in sorted(set(p.resolve() for p in paths)):
        files += 1
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            for it in json.loads(line).get("pii", []):
                if it.get("label") == "PERSON":
                    other_names |= {w for w in re.findall(r"\w+", it["text"])}
                elif it.get("label") == "ADDRESS":
                    other_streets.add(re.sub(r"\s+\d.*$", "", it["text"]))
    ours = {it["text"] for docs in out.values() for d in docs for it in d["pii"] if it["label"] == "PERSON"}
    fresh = sum(1 for t in ours if not any(w in other_names for w in re.findall(r"\w+", t) if len(w) > 2))
    print(f"other corpora: {files} files")
    print(f"first-name words {len(firsts)}, used as a name part elsewhere {len(firsts & other_names)}")
    print(f"surname words {len(surs)}, used as a name part elsewhere {len(surs & other_names)}")
    print(
        f"distinct PERSON items {len(ours)}, with no part (longer than two letters) that is a name part elsewhere {fresh}"
    )
    print(f"streets {len(streets)}, occurring elsewhere {len(streets & other_streets)}")
    print(
        f"known-file word-names kept in ordinary sense {len(known_words)}, used as a name part elsewhere "
        f"{len({w for w in known_words if w.capitalize() in other_names or w in other_names})}"
    )


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
        print("differs:", bad if bad else "none")
        return 1 if bad else 0
    for n, docs in out.items():
        (HERE / n).write_text(_dump(docs), encoding="utf-8")
    _stats(out, redraws)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
