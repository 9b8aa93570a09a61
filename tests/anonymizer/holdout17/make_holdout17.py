#!/usr/bin/env python3
"""Write holdout17, round seventeen's held-out anonymizer corpus (helper H1): 1,000 annotated Dutch documents.

  make_holdout17.py            write the four files
  make_holdout17.py --check    exit 1 if the committed files differ from what the generator writes
  make_holdout17.py --audit    overlap counts (first names, surnames, streets) with every other corpus (counts only)

Seed 20261217; document n of a file draws from Random("20261217:<file>:<n>:<attempt>"), redrawn (attempt + 1) when
``gate()`` refuses it. Standard library only.
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

import core17 as C  # noqa: E402
import shapes17 as S  # noqa: E402

ROOT = HERE.parent.parent.parent
SEED = 20261217
_spec = importlib.util.spec_from_file_location("score_for_holdout17", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

FILES = [("desk", 300), ("grants", 300), ("crisis", 250), ("known", 150)]
PARTICLES = score.PARTICLES


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"\w+", s.lower()) if len(w) > 1 and w not in PARTICLES}


def gate(doc: dict, known: bool) -> str | None:
    """None when ``doc`` passes every gate, else the reason."""
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    text = doc["text"]
    for it in doc["pii"]:
        if it["label"] not in C.LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not C.bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not C.iban_ok(it["text"]):
            return f"iban {it['text']}"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    persons = [it["text"] for it in doc["pii"] if it["label"] == "PERSON"]
    keepw = set().union(*(_words(k) for k in doc["keep"])) if doc["keep"] else set()
    if not known:
        for pt in persons:
            if _words(pt) & keepw:
                return f"keep shares a word with {pt!r}"
        return None
    kn = doc.get("known", {})
    names = kn.get("names", [])
    if not names or not all({"text": n, "label": "PERSON"} in doc["pii"] for n in names):
        return "known name not annotated"
    own = set().union(*(_words(n) for n in names))
    hit = [
        w
        for w in own
        if any(w in _words(pt) for pt in persons) and any(re.search(r"(?<!\w)" + w + r"(?!\w)", k) for k in doc["keep"])
    ]
    if not hit:
        return "no word of the known name kept in its ordinary sense"
    for pt in persons:
        if not (_words(pt) & own) and _words(pt) & keepw:
            return f"keep shares a word with another name {pt!r}"
    for e in kn.get("emails", []) + kn.get("phones", []):
        if e not in text:
            return f"known contact absent: {e}"
    return None


def _draw(fname: str, n: int, attempt: int) -> dict:
    r = Random(f"{SEED}:{fname}:{n}:{attempt}")
    ctx = S.Ctx(r)
    doc_id = f"holdout17-{fname}-{n:04d}"
    if fname == "known":
        d, p = S.known_doc(r, ctx, n)
        if {"text": p.full, "label": "PERSON"} not in d.pii:
            d.t("\nNaam verzoeker: ").p(p.full, "PERSON")
        kn: dict = {"names": [p.full]}
        emails = [
            it["text"] for it in d.pii if it["label"] == "EMAIL" and "@" + C.fold(ctx.muni).lower() not in it["text"]
        ]
        phones = [it["text"] for it in d.pii if it["label"] == "PHONE"]
        if emails and r.random() < 0.6:
            kn["emails"] = emails
        if phones and r.random() < 0.5:
            kn["phones"] = phones
        return {"id": doc_id, "text": d.text(), "known": kn, "pii": d.pii, "keep": d.keep}
    shapes = {"desk": S.DESK, "grants": S.GRANTS, "crisis": S.CRISIS}[fname]
    d = shapes[n % len(shapes)](r, ctx)
    if r.random() < 0.2:  # a second document of the same file appended
        d2 = r.choice(shapes)(r, ctx)
        d.t("\n\n---\n\n")
        d.parts += d2.parts
        for it in d2.pii:
            if it not in d.pii:
                d.pii.append(it)
        for k in d2.keep:
            if k not in d.keep:
                d.keep.append(k)
    return {"id": doc_id, "text": d.text(), "pii": d.pii, "keep": d.keep}


def generate() -> tuple[dict[str, list[dict]], Counter]:
    out, redraws = {}, Counter()
    for fname, count in FILES:
        docs = []
        for n in range(count):
            for attempt in range(200):
                doc = _draw(fname, n, attempt)
                if gate(doc, fname == "known") is None:
                    break
                redraws[fname] += 1
            else:
                raise SystemExit(f"{fname} {n}: no passing draw ({gate(doc, fname == 'known')})")
            docs.append(doc)
        out[f"holdout17_{fname}.jsonl"] = docs
    return out, redraws


def _dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def _audit() -> None:
    mine = {}
    for f in HERE.glob("holdout17_*.jsonl"):
        mine[f.name] = [json.loads(x) for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
    others = [p for p in (HERE.parent).rglob("*.jsonl") if HERE not in p.parents]
    others += sorted((ROOT.parent / "shared" / "data").rglob("*.jsonl")) if (ROOT.parent / "shared").exists() else []
    shared = ROOT / ".." / "shared" / "data"
    others += [p for p in shared.resolve().rglob("*.jsonl")] if shared.exists() else []
    others = sorted(set(p.resolve() for p in others))
    name_words, streets = set(), set()
    for p in others:
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError:
                continue
            for it in d.get("pii", []) if isinstance(d, dict) else []:
                if it.get("label") == "PERSON":
                    name_words |= _words(it.get("text", ""))
                elif it.get("label") == "ADDRESS":
                    t = it.get("text", "")
                    streets.add(re.sub(r"\s+\d.*$", "", t).lower())
    firsts, surs, my_streets, known_words = set(), set(), set(), set()
    for _name, docs in mine.items():
        for d in docs:
            for it in d["pii"]:
                if it["label"] == "ADDRESS":
                    my_streets.add(re.sub(r"\s+\d.*$", "", it["text"]).lower())
    # first names and surnames as drawn: re-draw the people of the pools' forms by their pii items
    for _name, docs in mine.items():
        for d in docs:
            for it in d["pii"]:
                if it["label"] != "PERSON":
                    continue
                ws = it["text"].split()
                if len(ws) >= 2 and not it["text"].isupper() and "," not in it["text"] and "." not in ws[0]:
                    firsts |= _words(ws[0])
                    surs |= _words(" ".join(ws[1:]))
            if "known" in d:
                for n in d["known"]["names"]:
                    known_words |= {w for w in _words(n) if any(w in _words(k) for k in d["keep"])}
    print(f"other corpora: {len(others)}")
    print(f"first-name words {len(firsts)}, used as a name part elsewhere {len(firsts & name_words)}")
    print(f"surname words {len(surs)}, used as a name part elsewhere {len(surs & name_words)}")
    print(f"streets {len(my_streets)}, occurring in other corpora's addresses {len(my_streets & streets)}")
    print(
        f"known-file word-names kept in their ordinary sense {len(known_words)}, "
        f"used as a name part elsewhere {len(known_words & name_words)}"
    )


def main(argv: list[str]) -> int:
    if "--audit" in argv:
        _audit()
        return 0
    files, redraws = generate()
    if "--check" in argv:
        bad = [
            n
            for n, docs in files.items()
            if not (HERE / n).exists() or (HERE / n).read_text(encoding="utf-8") != _dump(docs)
        ]
        if bad:
            print("differ:", ", ".join(bad))
            return 1
        print("holdout17: committed files match the generator")
        return 0
    total = Counter()
    for n, docs in files.items():
        (HERE / n).write_text(_dump(docs), encoding="utf-8")
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        total += labels
        print(
            f"{n}: {len(docs)} docs, {sum(labels.values())} pii, {sum(len(d['keep']) for d in docs)} keep; "
            + ", ".join(f"{k} {labels[k]}" for k in C.LABELS)
        )
    print("per label:", ", ".join(f"{k} {total[k]}" for k in C.LABELS), f"(all {sum(total.values())})")
    print("redraws:", ", ".join(f"{f} {redraws[f]}" for f, _ in FILES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
