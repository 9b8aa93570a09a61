"""Generate the held-out anonymizer corpus of round sixteen (helper H1): four files, 1,000 documents.

    python tests/anonymizer/holdout16/make_holdout16.py           # write the four files
    python tests/anonymizer/holdout16/make_holdout16.py --check   # exit 1 if the committed files differ
    python tests/anonymizer/holdout16/make_holdout16.py --audit   # overlap counts with every other corpus (counts only)

Seed 20261216; document n of file F, attempt a, draws from ``Random("20261216:F:n:a")``. Standard library only.
``gate(doc, known)`` returns None when a document passes, else the reason.
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

import core16  # noqa: E402
import shapes16  # noqa: E402

SEED = 20261216
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
# file name, group, count
FILES = [
    ("holdout16_claims.jsonl", "claim", 300),
    ("holdout16_space.jsonl", "space", 300),
    ("holdout16_council.jsonl", "council", 250),
    ("holdout16_known.jsonl", "known", 150),
]
SHAPES = {"claim": shapes16.CLAIMS, "space": shapes16.SPACE, "council": shapes16.COUNCIL}


def _score_module():
    spec = importlib.util.spec_from_file_location("score_for_holdout16", HERE.parent / "corpora" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader
    spec.loader.exec_module(mod)
    return mod


SCORE = _score_module()
PARTICLES = SCORE.PARTICLES


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", s.lower()) if len(w) > 1 and w not in PARTICLES}


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
        if it["label"] == "BSN" and not core16.bsn_ok(it["text"]):
            return "bsn eleven-test"
        if it["label"] == "IBAN" and not core16.iban_ok(it["text"]):
            return "iban mod-97"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return "keep not a whole word"
    persons = [it["text"] for it in doc["pii"] if it["label"] == "PERSON"]
    keep_words = set().union(*[_words(k) for k in doc["keep"]]) if doc["keep"] else set()
    if not known:
        for p in persons:
            if _words(p) & keep_words:
                return "keep shares a word with a name"
        return None
    names = doc.get("known", {}).get("names") or []
    if not names or names[0] not in persons:
        return "known name not annotated"
    kw = _words(names[0])
    own = [p for p in persons if _words(p) <= kw]
    others = [p for p in persons if not _words(p) <= kw]
    if not any(w in keep_words and any(w in _words(p) for p in own) for w in kw):
        return "no name word kept in its ordinary sense"
    for p in others:
        if _words(p) & keep_words:
            return "keep shares a word with another name"
    for e in doc.get("known", {}).get("emails", []) + doc.get("known", {}).get("phones", []):
        if e not in text:
            return "known data not in text"
    return None


STATS: dict = {"first": set(), "sur": set(), "street": set(), "origins": Counter(), "words": set()}


def build(fname: str, group: str, n: int, attempt: int) -> tuple[dict, shapes16.Ctx, str | None]:
    r = Random(f"{SEED}:{fname}:{n}:{attempt}")
    stem = fname.split("_", 1)[1].split(".")[0]
    doc_id = f"holdout16-{stem}-{n + 1:04d}"
    if group == "known":
        c = shapes16.Ctx(r, "space" if n % 8 in (2, 3, 4) else "council" if n % 8 in (5, 6, 7) else "claim")
        marked, known, word = shapes16.known_doc(c, n)
        text, pii, keep = core16.finish(marked)
        return {"id": doc_id, "text": text, "known": known, "pii": pii, "keep": keep}, c, word
    c = shapes16.Ctx(r, group)
    shapes = SHAPES[group]
    first = shapes[n % len(shapes)] if r.random() < 0.7 else r.choice(shapes)
    marked = first(c)
    if r.random() < 0.2:
        second = r.choice([s for s in shapes if s is not first])
        marked += "\n\n---\n\n" + second(c)
    text, pii, keep = core16.finish(marked)
    return {"id": doc_id, "text": text, "pii": pii, "keep": keep}, c, None


def generate(verbose: bool = True) -> dict[str, list[dict]]:
    out = {}
    for fname, group, count in FILES:
        docs, redraws = [], 0
        for n in range(count):
            for attempt in range(60):
                d, c, word = build(fname, group, n, attempt)
                if gate(d, group == "known") is None:
                    break
                redraws += 1
            else:
                raise SystemExit(f"{fname} {n}: no passing draw ({gate(d, group == 'known')})")
            docs.append(d)
            text = d["text"]
            for p in c.people:
                if p.fullname in text or p.alone in text:
                    STATS["first"].update(p.firsts)
                    STATS["sur"].add(p.sur)
                    STATS["origins"][p.origin] += 1
                    if "street" in p._cache and p.street_s in text:
                        STATS["street"].add(p.street_s)
            for it in d["pii"]:
                if it["label"] == "ADDRESS":
                    STATS["street"].add(
                        re.sub(r"\s+\d.*$", "", it["text"]) if re.search(r"\d", it["text"]) else it["text"]
                    )
            if word:
                STATS["words"].add(word)
        out[fname] = docs
        if verbose:
            tot = Counter(it["label"] for d in docs for it in d["pii"])
            print(
                f"{fname}: {len(docs)} docs, {sum(tot.values())} pii, {sum(len(d['keep']) for d in docs)} keep, "
                f"redraws {redraws}; " + ", ".join(f"{k} {tot[k]}" for k in sorted(tot))
            )
    return out


def _dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def audit() -> None:
    generate(verbose=False)
    other_names, other_streets, n_files = set(), set(), 0
    paths = [p for p in (ROOT / "tests" / "anonymizer").rglob("*.jsonl") if HERE not in p.parents]
    shared = (ROOT / ".." / "shared" / "data").resolve()
    if not shared.exists():
        shared = Path("/work/shared/data")
    paths += list(shared.rglob("*.jsonl"))
    for path in paths:
        n_files += 1
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError:
                continue
            for it in d.get("pii", []) if isinstance(d, dict) else []:
                if it.get("label") == "PERSON":
                    other_names.update(w for w in re.findall(r"[^\W\d_]+", it["text"].lower()) if len(w) > 1)
                elif it.get("label") == "ADDRESS":
                    t = it["text"]
                    other_streets.add((re.sub(r"\s+\d.*$", "", t) if re.search(r"\d", t) else t).lower())
    firsts = {w for f in STATS["first"] for w in re.findall(r"[^\W\d_]+", f.lower()) if len(w) > 1}
    surs = {w for s in STATS["sur"] for w in re.findall(r"[^\W\d_]+", s.lower()) if len(w) > 1 and w not in PARTICLES}
    streets = {s.lower() for s in STATS["street"]}
    words = {w.lower() for w in STATS["words"]}
    print(f"other corpora: {n_files} files")
    print(f"first-name words: {len(firsts)}, used as a name part elsewhere: {len(firsts & other_names)}")
    print(f"surname words: {len(surs)}, used as a name part elsewhere: {len(surs & other_names)}")
    print(f"streets: {len(streets)}, in other corpora's addresses: {len(streets & other_streets)}")
    print(f"known-file word-names: {len(words)}, used as a name part elsewhere: {len(words & other_names)}")
    print(f"origin groups drawn: {len(STATS['origins'])}")


def main(argv: list[str]) -> int:
    if "--audit" in argv:
        audit()
        return 0
    out = generate(verbose="--check" not in argv)
    if "--check" in argv:
        bad = [
            f
            for f, docs in out.items()
            if not (HERE / f).exists() or (HERE / f).read_text(encoding="utf-8") != _dump(docs)
        ]
        if bad:
            print("differs:", ", ".join(bad))
            return 1
        print("all four files match the generator")
        return 0
    for f, docs in out.items():
        (HERE / f).write_text(_dump(docs), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
