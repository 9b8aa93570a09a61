#!/usr/bin/env python3
"""Generator of holdout26, round twenty-six's held-out anonymizer corpus (helper H1); see README.md.

    python tests/anonymizer/holdout26/make_holdout26.py           # write the four files (seed 20261226)
    python tests/anonymizer/holdout26/make_holdout26.py --check   # exit 1 if the committed files differ
    python tests/anonymizer/holdout26/make_holdout26.py --audit   # overlap counts with every other corpus

Standard library only. Every document draws from Random("20261226:<file>:<n>:<attempt>") and is redrawn while its
``gate()`` fails.
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

import core26 as C  # noqa: E402
import pools26 as P  # noqa: E402
import shapes26 as S  # noqa: E402

ROOT = HERE.parent.parent.parent
SEED = 20261226
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
    "holdout26_fraud.jsonl": ("fraud", 300),
    "holdout26_family.jsonl": ("family", 300),
    "holdout26_justice.jsonl": ("justice", 250),
    "holdout26_known.jsonl": ("known", 150),
}
SHAPES = {"fraud": S.FRAUD, "family": S.FAMILY, "justice": S.JUSTICE}


def _score():
    spec = importlib.util.spec_from_file_location("score_holdout26", HERE.parent / "corpora" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _score()
PARTICLES = SCORE.PARTICLES


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", s.lower()) if w not in PARTICLES and len(w) > 1}


def gate(doc: dict, known: bool) -> str | None:
    """None when ``doc`` passes every gate of the README, else the reason."""
    try:
        SCORE.check_doc(doc)
    except AssertionError as e:
        return f"check_doc {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not C.bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not C.iban_ok(it["text"]):
            return f"iban {it['text']}"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", doc["text"]):
            return f"keep not whole {k}"
    persons = [it["text"] for it in doc["pii"] if it["label"] == "PERSON"]
    if not known:
        names = set().union(*map(_words, persons)) if persons else set()
        for k in doc["keep"]:
            if _words(k) & names:
                return f"keep shares name word {k}"
        return None
    kn = doc.get("known", {}).get("names", [])
    if not kn or not all(n in persons for n in kn):
        return "known name not annotated"
    kw = set().union(*map(_words, kn))
    kept = set().union(*map(_words, doc["keep"])) if doc["keep"] else set()
    if not any(any(w in _words(p) for p in persons) and w in kept for w in kw):
        return "no known word kept in its ordinary sense"
    others = set().union(*(_words(p) - kw for p in persons)) if persons else set()
    for k in doc["keep"]:
        if _words(k) & others:
            return f"keep shares other name word {k}"
    return None


def one(kind: str, fname: str, n: int, attempt: int) -> dict:
    r = random.Random(f"{SEED}:{fname}:{n}:{attempt}")
    c = S.Ctx(r)
    did = f"holdout26-{kind}-{n:04d}"
    if kind == "known":
        p, w, phr = S.known_person(r, c, n)
        shape = S.KNOWN_SHAPES[(n + r.randint(0, 1)) % len(S.KNOWN_SHAPES)]
        d = shape(r, c, p, w, phr)
        text = d.text()
        if p.full() not in text:
            d.t(
                r.choice(["\n\n[[Verzoeker]]: {n}", "\n– {n}", "\n\n[[Naam verzoeker]]: {n}", "\n[[Dossier]] {n}"]),
                n=S.PER(p.full()),
            )
        if r.random() < 0.5:
            d.t(
                r.choice(["\n", " "])
                + r.choice(["[[Later]] ging het ook nog even over {ph}.", "[[Nagekomen]]: ook {ph} speelt mee."]),
                ph=S.Kp(phr[r.randint(0, 1)]),
            )
        known = {"names": [p.full()]}
        em = [t for t, lab in d.pii if lab == "EMAIL"]
        ph = [t for t, lab in d.pii if lab == "PHONE"]
        if em:
            known["emails"] = em[:1]
        if ph and r.random() < 0.7:
            known["phones"] = ph[:1]
        return d.build(did, known)
    shapes = SHAPES[kind]
    d = shapes[n % len(shapes)](r, c)
    if r.random() < 0.18:
        d.t("\n\n{sep}\n\n", sep=r.choice(["---", "* * *", "====="]))
        d2 = r.choice([s for s in shapes if s is not shapes[n % len(shapes)]])(r, c)
        d.parts += d2.parts
        d.pii += d2.pii
        d.keep += d2.keep
    if r.random() < 0.25:
        S.mediator_note(r, c, d, c.people or [c.med])
    return d.build(did)


def generate() -> tuple[dict[str, list[dict]], dict[str, int]]:
    out, redraws = {}, {}
    for fname, (kind, count) in FILES.items():
        docs, red = [], 0
        for n in range(count):
            for attempt in range(200):
                d = one(kind, fname, n, attempt)
                if gate(d, kind == "known") is None:
                    break
                red += 1
            else:
                raise SystemExit(f"{fname} {n}: no passing draw")
            docs.append(d)
        out[fname], redraws[fname] = docs, red
    return out, redraws


def _dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def _other_corpora() -> list[Path]:
    mine = HERE.resolve()
    paths = [p for p in (ROOT / "tests" / "anonymizer").rglob("*.jsonl") if mine not in p.resolve().parents]
    shared = (ROOT / ".." / "shared" / "data").resolve()
    if shared.exists():
        paths += sorted(shared.glob("*.jsonl"))
    return sorted(paths)


def audit() -> None:
    """Overlap counts (no texts) of this set's first names, surnames and streets with every other corpus."""
    docs, _ = generate()
    firsts, surs, streets, items = set(), set(), set(), set()
    for ds in docs.values():
        for d in ds:
            for it in d["pii"]:
                if it["label"] == "PERSON":
                    items.add(it["text"])
                if it["label"] == "ADDRESS":
                    streets.add(re.sub(r"\s+\d.*$", "", it["text"]))
    # name words split by role, from the generator's pools as drawn
    for it in items:
        ws = [
            w
            for w in re.findall(r"[^\W\d_][\w'-]*", it)
            if w.lower() not in PARTICLES and len(w) > 2 and not w.isupper()
        ]
        if "," in it:
            head, _, tail = it.partition(",")
            surs.update(w for w in ws if w in head)
            firsts.update(w for w in ws if w in tail)
        elif len(ws) >= 2:
            firsts.add(ws[0])
            surs.update(ws[1:])
    other_parts, other_text_streets, ncorp = set(), set(), 0
    for path in _other_corpora():
        ncorp += 1
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
                    other_parts.update(re.findall(r"[^\W\d_][\w'-]*", it.get("text", "")))
                elif it.get("label") == "ADDRESS":
                    other_text_streets.add(re.sub(r"\s+\d.*$", "", it.get("text", "")))
    distinct_free = sum(
        1
        for it in items
        if not any(
            w in other_parts for w in re.findall(r"[^\W\d_][\w'-]*", it) if len(w) > 2 and w.lower() not in PARTICLES
        )
    )
    known_words = {w.capitalize() for _, _, w, _ in P.KNOWN} | {f for f, _, _ in P.KNOWN_FIRST}
    print(f"other corpora: {ncorp}")
    print(f"first-name words: {len(firsts)}, used as a name part elsewhere: {len(firsts & other_parts)}")
    print(f"surname words: {len(surs)}, used as a name part elsewhere: {len(surs & other_parts)}")
    print(
        f"distinct PERSON items: {len(items)}, with no part (>2 letters) that is a name part elsewhere: {distinct_free}"
    )
    print(f"streets: {len(streets)}, occurring elsewhere: {len(streets & other_text_streets)}")
    print(
        f"known-file word-names in the pool: {len(known_words)}, used as a name part elsewhere: {len(known_words & other_parts)}"
    )


def main(argv: list[str]) -> int:
    if "--audit" in argv:
        audit()
        return 0
    docs, redraws = generate()
    if "--check" in argv:
        bad = [
            f
            for f, ds in docs.items()
            if not (HERE / f).exists() or (HERE / f).read_text(encoding="utf-8") != _dump(ds)
        ]
        if bad:
            print("differ:", ", ".join(bad))
            return 1
        print("all four files match the generator")
        return 0
    from collections import Counter

    tot = Counter()
    for f, ds in docs.items():
        (HERE / f).write_text(_dump(ds), encoding="utf-8")
        lab = Counter(it["label"] for d in ds for it in d["pii"])
        tot.update(lab)
        print(
            f"{f}: {len(ds)} docs, {sum(lab.values())} pii, {sum(len(d['keep']) for d in ds)} keep, "
            f"redraws {redraws[f]}; " + ", ".join(f"{k} {lab[k]}" for k in sorted(lab))
        )
    print("total:", sum(tot.values()), dict(sorted(tot.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
