"""Generate the holdout24 held-out anonymizer corpus (round twenty-four, helper H1); standard library only.

    python tests/anonymizer/holdout24/make_holdout24.py           # write the four files
    python tests/anonymizer/holdout24/make_holdout24.py --check   # exit 1 if the committed files differ
    python tests/anonymizer/holdout24/make_holdout24.py --audit   # overlap counts with other corpora (counts only)

Each document is drawn from ``Random("20261224:<file>:<n>:<attempt>")``; a document that fails ``gate()`` is redrawn
with the next attempt.
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
sys.path.insert(0, str(HERE))

import core24 as C  # noqa: E402
import shapes24 as S  # noqa: E402

SEED = 20261224
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
FILES = [
    ("holdout24_property.jsonl", "property", 300, S.PROPERTY),
    ("holdout24_guardian.jsonl", "guardian", 300, S.GUARDIAN),
    ("holdout24_rural.jsonl", "rural", 250, S.RURAL),
    ("holdout24_known.jsonl", "known", 150, None),
]
SEPARATORS = ["\n\n---\n\n", "\n\n* * *\n\n", "\n\n=====\n\n"]


def _load_score():
    spec = importlib.util.spec_from_file_location("score_h24", HERE.parent / "corpora" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _load_score()
_SPLIT = re.compile(r"[\s\-,.;:'’/()\"|<>@_]+")


def _words(s: str) -> set[str]:
    return {w.lower() for w in _SPLIT.split(s) if len(w) > 1 and w.lower() not in C.PARTICLES}


def gate(doc: dict, known: bool) -> str | None:
    """None when the document passes the four gates, else the reason."""
    try:
        SCORE.check_doc(doc)
    except AssertionError as e:
        return f"check_doc {e}"
    text = doc["text"]
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not C.bsn_ok(it["text"]):
            return "bsn"
        if it["label"] == "IBAN" and not C.iban_ok(it["text"]):
            return "iban"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    keep_words = set()
    for k in doc["keep"]:
        keep_words |= _words(k)
    persons = [it["text"] for it in doc["pii"] if it["label"] == "PERSON"]
    if not known:
        for p in persons:
            if _words(p) & keep_words:
                return "keep shares a name word"
        return None
    names = doc.get("known", {}).get("names", [])
    if not names:
        return "no known name"
    pset = set(persons)
    if not all(n in pset for n in names):
        return "known name not annotated"
    kw = set()
    for n in names:
        kw |= _words(n)
    if not any(w in keep_words and any(w in _words(p) for p in persons) for w in kw):
        return "no word of the known name kept in its ordinary sense"
    for p in persons:
        ws = _words(p)
        if ws and not ws <= kw and (ws - kw) & keep_words:
            return "keep shares a word with another person's name"
        if ws and not ws <= kw and (ws & kw & keep_words):
            return "another person shares the kept word"
    return None


def _build(fname: str, tag: str, n: int, shapes, attempt: int):
    r = random.Random(f"{SEED}:{fname}:{n}:{attempt}")
    d = C.Doc(r)
    ctx = S.Ctx(d)
    known = None
    if shapes is None:
        text, known = S.known_doc(d, ctx, n)
    else:
        main = shapes[(n + attempt) % len(shapes)]
        text = main(d, ctx)
        if r.random() < 0.2:
            other = pick_other(r, shapes, main)
            text += r.choice(SEPARATORS) + other(d, ctx)
        if r.random() < 0.3:
            text += "\n\n" + S.mediator_note(d, ctx)
    doc = {"id": f"holdout24-{tag}-{n:04d}", "text": text}
    if known is not None:
        doc["known"] = known
    doc["pii"] = [{"text": it["text"], "label": it["label"]} for it in d.pii]
    doc["keep"] = list(d.keep)
    return doc, ctx


def pick_other(r, shapes, main):
    rest = [s for s in shapes if s is not main]
    return rest[r.randrange(len(rest))]


def generate(with_ctx: bool = False):
    out, redraws, ctxs = {}, Counter(), {}
    for fname, tag, count, shapes in FILES:
        docs = []
        for n in range(count):
            for attempt in range(200):
                doc, ctx = _build(fname, tag, n, shapes, attempt)
                if gate(doc, shapes is None) is None:
                    break
                redraws[fname] += 1
            else:
                raise RuntimeError(f"{fname} {n}: no passing draw")
            docs.append(doc)
            if with_ctx:
                ctxs[doc["id"]] = ctx
        out[fname] = docs
    return (out, redraws, ctxs) if with_ctx else (out, redraws)


def _dump(docs) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def _stats(out, redraws):
    tot = Counter()
    for fname, docs in out.items():
        lab = Counter(it["label"] for d in docs for it in d["pii"])
        tot.update(lab)
        npii = sum(len(d["pii"]) for d in docs)
        nkeep = sum(len(d["keep"]) for d in docs)
        print(
            f"{fname}: {len(docs)} docs, {npii} pii, {nkeep} keep, redraws {redraws[fname]}; "
            + ", ".join(f"{k} {v}" for k, v in sorted(lab.items()))
        )
    print("total: " + ", ".join(f"{k} {v}" for k, v in sorted(tot.items())) + f"; {sum(tot.values())} items")


def _audit() -> None:
    out, _, ctxs = generate(with_ctx=True)
    root = HERE.parent
    others = [p for p in root.rglob("*.jsonl") if HERE not in p.parents]
    shared = (root.parent.parent.parent / "shared" / "data").resolve()  # ../shared/data from the worktree root
    if shared.exists():
        others += list(shared.glob("*.jsonl"))
    name_words, streets = set(), set()
    for p in others:
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError:
                continue
            for it in doc.get("pii", []):
                if it.get("label") == "PERSON":
                    name_words |= _words(it["text"])
                elif it.get("label") == "ADDRESS":
                    t = it["text"]
                    streets.add((t.rsplit(" ", 1)[0] if re.search(r"\d", t) else t).lower())
    firsts, surs, mine_streets, items = set(), set(), set(), set()
    for docs in out.values():
        for doc in docs:
            ctx = ctxs[doc["id"]]
            text = doc["text"]
            for p in (ctx.res, ctx.partner, ctx.child, ctx.nb, ctx.nb2, ctx.off, ctx.off2, ctx.med):
                if p.first in text:
                    firsts |= _words(p.first)
                if p.last in text:
                    surs |= _words(p.last)
            for it in doc["pii"]:
                if it["label"] == "ADDRESS":
                    t = it["text"]
                    mine_streets.add((t.rsplit(" ", 1)[0] if re.search(r"\d", t) else t).lower())
                elif it["label"] == "PERSON":
                    items.add(it["text"])
    fresh_items = sum(1 for i in items if not any(len(w) > 2 and w in name_words for w in _words(i)))
    print(f"other corpora: {len(others)} files")
    print(f"first-name words: {len(firsts)}, used as a name part elsewhere: {len(firsts & name_words)}")
    print(f"surname words: {len(surs)}, used as a name part elsewhere: {len(surs & name_words)}")
    print(f"distinct PERSON items: {len(items)}, with no part (longer than two letters) used elsewhere: {fresh_items}")
    print(f"streets: {len(mine_streets)}, occurring elsewhere: {len(mine_streets & streets)}")
    kn = {w for d in out["holdout24_known.jsonl"] for n in d["known"]["names"] for w in _words(n)}
    kept = {w for d in out["holdout24_known.jsonl"] for k in d["keep"] for w in _words(k)}
    print(
        f"known-file name words kept in their ordinary sense: {len(kn & kept)}, used as a name part elsewhere: "
        f"{len(kn & kept & name_words)}"
    )


def main(argv) -> int:
    if "--audit" in argv:
        _audit()
        return 0
    out, redraws = generate()
    if "--check" in argv:
        bad = [
            f
            for f, docs in out.items()
            if not (HERE / f).exists() or (HERE / f).read_text(encoding="utf-8") != _dump(docs)
        ]
        if bad:
            print("differ: " + ", ".join(bad))
            return 1
        print("holdout24 files match the generator")
        return 0
    for f, docs in out.items():
        (HERE / f).write_text(_dump(docs), encoding="utf-8")
    _stats(out, redraws)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
