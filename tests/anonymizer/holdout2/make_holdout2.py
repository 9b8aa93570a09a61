#!/usr/bin/env python3
"""Generate the second held-out anonymizer corpus: holdout2_shapes, holdout2_known and holdout2_structured.jsonl.

Deterministic (fixed seed, own pools, standard library only); every document passes the annotation self-check in
core.py before it is written. Usage, from anywhere:

    python tests/anonymizer/holdout2/make_holdout2.py            # (re)write the three files next to this script
    python tests/anonymizer/holdout2/make_holdout2.py --out DIR  # write them elsewhere (the test compares)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import h2_known as known  # noqa: E402
import h2_shapes as shapes  # noqa: E402
import h2_shapes2 as shapes2  # noqa: E402
import h2_structured as structured  # noqa: E402
from h2_core import AnnotationError, Gen, check, render  # noqa: E402

SEED = 20261203
SIZES = {"shapes": 350, "known": 150, "structured": 200}
PREFIX = {"shapes": "h2s", "known": "h2k", "structured": "h2t"}
MAX_TRIES = 25


def build(kind: str, n: int, seed: int = SEED) -> tuple[list[dict], Counter]:
    """n checked documents of one kind; a draw that fails the self-check is redrawn (and counted)."""
    templates = {
        "shapes": shapes.TEMPLATES + shapes2.TEMPLATES,
        "known": known.TEMPLATES,
        "structured": structured.TEMPLATES,
    }[kind]
    master = random.Random(f"{seed}-{kind}")
    docs, retries = [], Counter()
    for i in range(n):
        template = templates[i % len(templates)]
        doc_id = f"{PREFIX[kind]}-{i:04d}"
        for _ in range(MAX_TRIES):
            g = Gen(random.Random(master.getrandbits(64)))
            produced = template(g)
            marked, known_rec = produced if isinstance(produced, tuple) else (produced, None)
            try:
                text, pii, keeps, pii_spans, keep_spans = render(marked)
                doc = {"id": doc_id, "text": text}
                if known_rec:
                    doc["known"] = known_rec
                doc["pii"] = pii
                doc["keep"] = keeps
                check(doc, pii_spans, keep_spans)
            except AnnotationError as exc:
                retries[f"{template.__name__}: {str(exc)[:60]}"] += 1
                continue
            docs.append(doc)
            break
        else:
            raise SystemExit(f"{doc_id} ({template.__name__}): no valid draw in {MAX_TRIES} tries")
    return docs, retries


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--verbose", action="store_true", help="print label counts and redraw reasons")
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    for kind, n in SIZES.items():
        docs, retries = build(kind, n)
        (a.out / f"holdout2_{kind}.jsonl").write_text(dump(docs), encoding="utf-8")
        if a.verbose:
            labels = Counter(i["label"] for d in docs for i in d["pii"])
            n_keep = sum(len(d["keep"]) for d in docs)
            print(
                f"{kind}: {len(docs)} docs, {sum(labels.values())} pii, {n_keep} keep; {dict(sorted(labels.items()))}"
            )
            for why, count in retries.most_common(8):
                print(f"   redrawn {count}x  {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
