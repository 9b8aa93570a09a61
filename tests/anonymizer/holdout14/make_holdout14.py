#!/usr/bin/env python3
"""Generate holdout14, round fourteen's held-out anonymizer corpus (seed 20261214, standard library only).

    python tests/anonymizer/holdout14/make_holdout14.py           # write the four files
    python tests/anonymizer/holdout14/make_holdout14.py --check   # exit 1 if the committed files differ
    python tests/anonymizer/holdout14/make_holdout14.py --audit   # overlap counts with other corpora (counts only)

Every document draws from ``Random("20261214:<file>:<n>:<attempt>")``; a document that fails ``gate()`` is redrawn
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
ROOT = HERE.parent.parent.parent
sys.path.insert(0, str(HERE))

import core14  # noqa: E402
import pools14  # noqa: E402
import shapes14  # noqa: E402

SEED = "20261214"
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
FILES = [("finance", 300), ("systems", 300), ("civil", 250), ("known", 150)]


def _score():
    spec = importlib.util.spec_from_file_location("score_for_holdout14", HERE.parent / "corpora" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _score()
PARTICLES = (
    set(SCORE.PARTICLES)
    | {p.lower().strip("'-") for g in pools14.GROUPS.values() for p in g[4] if p}
    | {w for p in pools14.KNOWN_PARTICLES for w in p.lower().split()}
    | {"d", "o"}
)


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"\w+", s.lower()) if w not in PARTICLES and len(w) > 1}


def gate(doc: dict, known: bool) -> str | None:
    """None when ``doc`` passes the four quality gates, else the reason."""
    try:
        SCORE.check_doc(doc)
    except AssertionError as e:
        return f"check_doc {e}"
    text = doc["text"]
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not core14.bsn_ok(it["text"]):
            return "bsn"
        if it["label"] == "IBAN" and not core14.iban_ok(it["text"]):
            return "iban"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    persons = [it["text"] for it in doc["pii"] if it["label"] == "PERSON"]
    if not known:
        names = set().union(*map(_words, persons)) if persons else set()
        for k in doc["keep"]:
            if _words(k) & names:
                return f"keep shares a name word: {k}"
        return None
    kn = doc.get("known", {}).get("names") or []
    if not kn or kn[0] not in persons:
        return "known name not annotated"
    kw = _words(kn[0])
    in_person = set().union(*(_words(p) & kw for p in persons))
    kept = {w for k in doc["keep"] for w in re.findall(r"\w+", k) if w.lower() in in_person and w == w.lower()}
    if not kept:
        return "known word not kept in its ordinary sense"
    others = set().union(*(_words(p) for p in persons if not _words(p) <= kw), set())
    for k in doc["keep"]:
        if _words(k) & others:
            return f"keep shares a word with another name: {k}"
    return None


def make_doc(name: str, n: int, attempt: int) -> dict:
    r = random.Random(f"{SEED}:{name}:{n}:{attempt}")
    core14.REGISTRY.clear()
    doc_id = f"holdout14-{name}-{n:04d}"
    if name == "known":
        marked, known = shapes14.known_doc(r, n % 8)
        text, pii, keep = core14.render(marked)
        return {"id": doc_id, "text": text, "known": known, "pii": pii, "keep": keep}
    funcs = {"finance": shapes14.FINANCE, "systems": shapes14.SYSTEMS, "civil": shapes14.CIVIL}[name]
    c = shapes14.Ctx(r)
    parts = [funcs[n % len(funcs)](c)]
    if r.random() < 0.25:
        parts.append(funcs[r.randrange(len(funcs))](c))
    text, pii, keep = core14.render("\n\n---\n\n".join(parts))
    return {"id": doc_id, "text": text, "pii": pii, "keep": keep}


def generate(verbose: bool = True) -> tuple[dict[str, list[dict]], dict, dict]:
    out, redraws, people = {}, {}, {"first": set(), "sur": set()}
    for name, count in FILES:
        docs, red = [], 0
        for n in range(count):
            attempt = 0
            while True:
                d = make_doc(name, n, attempt)
                if gate(d, name == "known") is None:
                    break
                attempt += 1
                red += 1
                if attempt > 50:
                    raise SystemExit(f"{d['id']}: no passing draw ({gate(d, name == 'known')})")
            text = d["text"]
            for p in core14.REGISTRY:
                if re.search(r"(?<!\w)" + re.escape(p.first) + r"(?!\w)", text):
                    people["first"].add(p.first)
                for w in p.sur.split("-"):
                    if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                        people["sur"].add(w)
            docs.append(d)
        out[name] = docs
        redraws[name] = red
    if verbose:
        totals = Counter()
        for name, docs in out.items():
            c = Counter(it["label"] for d in docs for it in d["pii"])
            totals.update(c)
            print(
                f"{name}: {len(docs)} docs, {sum(c.values())} pii, {sum(len(d['keep']) for d in docs)} keep, "
                f"redraws {redraws[name]}; " + ", ".join(f"{k} {c[k]}" for k in sorted(c))
            )
        print("all: " + ", ".join(f"{k} {totals[k]}" for k in sorted(totals)) + f"; {sum(totals.values())} items")
    return out, redraws, people


def _path(name: str) -> Path:
    return HERE / f"holdout14_{name}.jsonl"


def _dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def audit(out: dict, people: dict) -> None:
    others = [p for p in sorted((HERE.parent).rglob("*.jsonl")) if HERE not in p.parents]
    shared = ROOT.parent / "shared" / "data"
    if not shared.exists():
        shared = ROOT / ".." / "shared" / "data"
    others += sorted(Path(shared).rglob("*.jsonl")) if Path(shared).exists() else []
    name_parts, streets = set(), set()
    for f in others:
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError:
                continue
            for it in d.get("pii", []) if isinstance(d, dict) else []:
                if it.get("label") == "PERSON":
                    name_parts.update(w.lower() for w in re.findall(r"\w+", it["text"]) if len(w) > 2)
                elif it.get("label") == "ADDRESS":
                    t = it["text"]
                    streets.add((t.rsplit(" ", 1)[0] if re.search(r"\d", t) else t).lower())
    firsts = {w.lower() for p in people["first"] for w in re.findall(r"\w+", p)}
    surs = {w.lower() for p in people["sur"] for w in re.findall(r"\w+", p) if len(w) > 1}
    items = {it["text"] for docs in out.values() for d in docs for it in d["pii"] if it["label"] == "PERSON"}
    fresh = sum(1 for t in items if not {w.lower() for w in re.findall(r"\w+", t) if len(w) > 2} & name_parts)
    my_streets = set()
    for docs in out.values():
        for d in docs:
            for it in d["pii"]:
                if it["label"] == "ADDRESS":
                    t = it["text"]
                    my_streets.add((t.rsplit(" ", 1)[0] if re.search(r"\d", t) else t).lower())
    kwords = set()
    for d in out["known"]:
        kwords |= {w.lower() for w in re.findall(r"\w+", d["known"]["names"][0])} & {
            w.lower() for k in d["keep"] for w in re.findall(r"\w+", k)
        }
    kwords -= PARTICLES
    print(f"other corpora: {len(others)}")
    print(f"first-name words {len(firsts)}, used as a name part elsewhere {len(firsts & name_parts)}")
    print(f"surname words {len(surs)}, used as a name part elsewhere {len(surs & name_parts)}")
    print(f"distinct PERSON items {len(items)}, with no part (longer than two letters) a name part elsewhere {fresh}")
    print(f"streets {len(my_streets)}, occurring elsewhere {len(my_streets & streets)}")
    print(
        f"known-file name words kept in their ordinary sense {len(kwords)}, a name part elsewhere "
        f"{len(kwords & name_parts)}"
    )


def main(argv: list[str]) -> int:
    out, _, people = generate(verbose="--check" not in argv)
    if "--audit" in argv:
        audit(out, people)
        return 0
    if "--check" in argv:
        bad = [
            n for n, docs in out.items() if not _path(n).exists() or _path(n).read_text(encoding="utf-8") != _dump(docs)
        ]
        if bad:
            print("differ: " + ", ".join(bad))
            return 1
        print("files match the generator")
        return 0
    for name, docs in out.items():
        _path(name).write_text(_dump(docs), encoding="utf-8")
        print(f"{len(docs)} documents -> {_path(name).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
