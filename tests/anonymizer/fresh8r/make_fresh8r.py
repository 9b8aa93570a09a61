"""Generate the fresh8r corpus of Dutch structured records (helper H5, written blind).

python make_fresh8r.py           # write fresh8r_records.jsonl
python make_fresh8r.py --check   # regenerate in memory; exit 1 if the committed file differs
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_f8r import LAYOUTS, Doc  # noqa: E402
from pools_f8r import bsn_valid, iban_valid  # noqa: E402

SEED = 6122026
N_DOCS = 400
MAX_TRIES = 50
OUT = HERE / "fresh8r_records.jsonl"
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def _load_leaked() -> Callable[[dict, str], bool]:
    path = HERE.parent / "corpora" / "score.py"
    spec = importlib.util.spec_from_file_location("fresh8r_score", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.leaked


leaked = _load_leaked()


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", s.lower()) if w not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> list[str]:
    """The reasons ``doc`` fails the annotation gate (empty when it passes)."""
    text, pii, keep = doc["text"], doc["pii"], doc["keep"]
    errs = [f"missing {i['text']!r}" for i in pii if i["text"] not in text]
    blank = text
    for item in sorted(pii, key=lambda i: -len(i["text"])):
        blank = blank.replace(item["text"], "[x]")
    errs += [f"leak {i['label']} {i['text']!r}" for i in pii if leaked(i, blank)]
    errs += [f"keep lost {k!r}" for k in keep if k not in text or k.lower() not in blank.lower()]
    errs += [f"bad BSN {i['text']!r}" for i in pii if i["label"] == "BSN" and not bsn_valid(i["text"])]
    errs += [f"bad IBAN {i['text']!r}" for i in pii if i["label"] == "IBAN" and not iban_valid(i["text"])]
    names: set[str] = set()
    for i in pii:
        if i["label"] == "PERSON":
            names |= _words(i["text"])
    for k in keep:
        shared = _words(k) & names
        if shared:
            errs.append(f"keep {k!r} shares {sorted(shared)} with a name")
    if not pii or not keep:
        errs.append("empty pii or keep")
    return errs


def generate() -> tuple[list[dict], int]:
    """All documents from one seeded stream, and how many drafts the gate made us redraw."""
    r = random.Random(SEED)
    docs: list[dict] = []
    redrawn = 0
    seen: set[str] = set()
    for i in range(N_DOCS):
        layout = LAYOUTS[i % len(LAYOUTS)]
        for _ in range(MAX_TRIES):
            d = Doc(r)
            text = layout(d)
            doc = {"id": f"fresh8r-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
            if not gate(doc) and text not in seen:
                break
            redrawn += 1
        else:
            raise RuntimeError(f"{doc['id']} ({layout.__name__}) failed the gate {MAX_TRIES} times: {gate(doc)}")
        seen.add(text)
        docs.append(doc)
    return docs, redrawn


def render(docs: list[dict]) -> str:
    """The JSONL text of ``docs``."""
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str] | None = None) -> int:
    """Write the corpus, or with ``--check`` compare it with the committed file."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed file differs from a fresh run")
    a = ap.parse_args(argv)
    docs, redrawn = generate()
    data = render(docs)
    if a.check:
        same = OUT.exists() and OUT.read_bytes() == data.encode("utf-8")
        print("fresh8r_records.jsonl is up to date" if same else "fresh8r_records.jsonl differs from the generator")
        return 0 if same else 1
    OUT.write_bytes(data.encode("utf-8"))
    counts = Counter(i["label"] for d in docs for i in d["pii"])
    print(f"{len(docs)} documents -> {OUT.name}; {redrawn} drafts redrawn by the gate")
    for label, n in sorted(counts.items()):
        print(f"  {label:15} {n}")
    print(f"  keep            {sum(len(d['keep']) for d in docs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
