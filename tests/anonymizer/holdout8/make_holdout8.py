"""Generate the holdout8 anonymizer corpus (helper H1, round eight): four seeded JSONL files of annotated Dutch text.

    python tests/anonymizer/holdout8/make_holdout8.py           # write the four files
    python tests/anonymizer/holdout8/make_holdout8.py --check   # exit 1 if the committed files differ
    python tests/anonymizer/holdout8/make_holdout8.py --audit   # overlap counts with other corpora (counts only)

Standard library only; the leak/keep logic comes from ``tests/anonymizer/corpora/score.py`` (loaded by path).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))

import forms8  # noqa: E402
import ids8  # noqa: E402
import pools8  # noqa: E402
import shapes8  # noqa: E402

SEED = 4122026
MAX_REDRAWS = 60
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


def _load_score():
    spec = importlib.util.spec_from_file_location("h8_score", ROOT / "tests" / "anonymizer" / "corpora" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


score = _load_score()

# file key: (file name, id prefix, shapes, document count)
FILES = {
    "prose": ("holdout8_prose.jsonl", "h8-prose", shapes8.PROSE, 400),
    "formal": ("holdout8_formal.jsonl", "h8-formal", shapes8.FORMAL, 200),
    "known": ("holdout8_known.jsonl", "h8-known", shapes8.KNOWN, 150),
    "records": ("holdout8_records.jsonl", "h8-rec", shapes8.RECORDS, 250),
}


def _words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]+", s)}


def gate(d: dict, known_file: bool) -> str | None:
    """Why ``d`` fails the annotation gate, or None if it passes."""
    try:
        score.check_doc(d)
    except AssertionError:
        return "annotation"
    if not d["pii"] or not d["keep"]:
        return "empty"
    if any(item["label"] not in LABELS for item in d["pii"]):
        return "label"
    for item in d["pii"]:
        if item["label"] == "BSN" and not ids8.bsn_valid(item["text"]):
            return "bsn"
        if item["label"] == "IBAN" and not ids8.iban_valid(item["text"]):
            return "iban"
    if not known_file:
        name_words = set()
        for item in d["pii"]:
            if item["label"] == "PERSON":
                name_words |= _words(item["text"]) - forms8.PARTICLE_WORDS
        for k in d["keep"]:
            if _words(k) & name_words:
                return "keep-name"
    else:
        # the name word that is also an ordinary word occurs as a name (annotated) and in its ordinary sense (kept)
        person_words = set()
        for item in d["pii"]:
            if item["label"] == "PERSON":
                person_words |= _words(item["text"])
        known_words = set()
        for n in d["known"]["names"]:
            known_words |= _words(n)
        if not (known_words & person_words & {k.lower() for k in d["keep"]}):
            return "known"
    return None


def make_doc(key: str, i: int, attempt: int) -> dict:
    """Document ``i`` of file ``key`` from its own seeded stream (``attempt`` > 0 for a redraw)."""
    _, prefix, shapes, _ = FILES[key]
    r = random.Random(f"{SEED}:{key}:{i}:{attempt}")
    g = forms8.G(r)
    shape = shapes[i % len(shapes)]
    res = shape(g)
    known = None
    if isinstance(res, tuple):
        res, known = res
    text, items, keeps = forms8.render(res)
    d: dict = {"id": f"{prefix}-{i:04d}", "text": text}
    if known is not None:
        d["known"] = known
    d["pii"] = items
    d["keep"] = keeps
    return d


def generate(key: str) -> tuple[list[dict], int]:
    """The documents of one file and how many redraws the gate caused."""
    docs, redraws = [], 0
    for i in range(FILES[key][3]):
        for attempt in range(MAX_REDRAWS):
            d = make_doc(key, i, attempt)
            if gate(d, key == "known") is None:
                break
            redraws += 1
        else:
            raise RuntimeError(f"{key} {i}: no passing draw")
        docs.append(d)
    return docs, redraws


def serialise(docs: list[dict]) -> str:
    """JSON lines, UTF-8 as is, newline-terminated."""
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def _pool_name_parts() -> dict[str, set[str]]:
    firsts, surs = set(), set()
    for fs, ms, ss in pools8.ORIGINS.values():
        for n in fs + ms:
            firsts |= _words(n)
        for n in ss:
            surs |= _words(n)
    firsts |= {w.lower() for w in pools8.WORD_FIRSTS_F + pools8.WORD_FIRSTS_M + list(pools8.NICKNAMES.values())}
    surs |= {w.lower() for w in pools8.WORD_SURNAMES}
    known = {w[0].lower() for w in pools8.KNOWN_WORDS} | {w[0].lower() for w in pools8.KNOWN_FIRSTS}
    drop = forms8.PARTICLE_WORDS
    return {
        "first names": {w for w in firsts if len(w) > 1} - drop,
        "surnames": {w for w in surs if len(w) > 1} - drop,
        "known-file name words": known,
    }


def audit() -> None:
    """Print overlap counts (never texts) between the pools and every other JSONL corpus."""
    paths = sorted((ROOT.parent / "shared" / "data").glob("**/*.jsonl"))
    paths += sorted(p for p in (ROOT / "tests" / "anonymizer").glob("**/*.jsonl") if HERE not in p.parents)
    tokens: set[str] = set()
    name_tokens: set[str] = set()
    blob_parts = []
    for p in paths:
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                text = d.get("text", "") + " " + " ".join(i.get("text", "") for i in d.get("pii", []))
                tokens |= _words(text)
                for i in d.get("pii", []):
                    if i.get("label") == "PERSON":
                        name_tokens |= _words(i.get("text", ""))
                blob_parts.append(text.lower())
    blob = "\n".join(blob_parts)
    print(f"corpora scanned: {len(paths)} files")
    total = hit = hit_names = 0
    for cat, parts in _pool_name_parts().items():
        n = sum(1 for w in parts if w in tokens)
        nn = sum(1 for w in parts if w in name_tokens)
        print(
            f"{cat}: {len(parts)} parts, {n} anywhere in other corpora ({n / max(len(parts), 1):.1%}), "
            f"{nn} in their PERSON annotations ({nn / max(len(parts), 1):.1%})"
        )
        if cat != "known-file name words":
            total += len(parts)
            hit += n
            hit_names += nn
    print(
        f"all name parts (first names and surnames): {total}, {hit} anywhere ({hit / max(total, 1):.1%}), "
        f"{hit_names} as names ({hit_names / max(total, 1):.1%})"
    )
    streets = pools8.STREETS + pools8.PERSON_STREETS
    ns = sum(1 for s in streets if re.search(r"(?<!\w)" + re.escape(s.lower()) + r"(?!\w)", blob))
    print(f"streets: {len(streets)}, {ns} in other corpora ({ns / len(streets):.1%})")
    towns = pools8.TOWNS + pools8.FLEMISH_TOWNS
    nt = sum(1 for s in towns if re.search(r"(?<!\w)" + re.escape(s.lower()) + r"(?!\w)", blob))
    print(f"towns (kept, not personal): {len(towns)}, {nt} in other corpora")


def main(argv: list[str] | None = None) -> int:
    """Write, check or audit the holdout8 files."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed files differ from a regeneration")
    ap.add_argument("--audit", action="store_true", help="print overlap counts with other corpora")
    a = ap.parse_args(argv)
    if a.audit:
        audit()
        return 0
    bad = 0
    for key, (name, _, _, _) in FILES.items():
        docs, redraws = generate(key)
        body = serialise(docs)
        path = HERE / name
        if a.check:
            same = path.exists() and path.read_bytes() == body.encode("utf-8")
            print(f"{name}: {'ok' if same else 'DIFFERS'}")
            bad += not same
        else:
            path.write_bytes(body.encode("utf-8"))
            n_pii = sum(len(d["pii"]) for d in docs)
            n_keep = sum(len(d["keep"]) for d in docs)
            print(f"{name}: {len(docs)} docs, {n_pii} pii, {n_keep} keep, {redraws} redraws")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
