"""Generate the holdout5 corpus (held out for issue 10: never tune the anonymizer to it).

    .venv/bin/python tests/anonymizer/holdout5/make_holdout5.py          # write the three .jsonl files
    .venv/bin/python tests/anonymizer/holdout5/make_holdout5.py --check  # verify the committed files

Deterministic (seed 3122026). Every document passes h5core.check: each listed item occurs in the text, a
perfect anonymizer (one that removes every listed item) leaks nothing under the shared scorer and keeps every
keep string, and no name part of a generated person or identifier-like string is left unlisted.
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

import h5core  # noqa: E402
import h5known  # noqa: E402
import h5shapes  # noqa: E402
import h5structured  # noqa: E402
from h5ctx import Ctx  # noqa: E402

SEED = 3122026
FILES = {
    "holdout5_shapes.jsonl": (h5shapes.TEMPLATES, 350, "h5s"),
    "holdout5_known.jsonl": (h5known.TEMPLATES, 150, "h5k"),
    "holdout5_structured.jsonl": (h5structured.TEMPLATES, 200, "h5t"),
}


def generate(name: str, scorer: object | None) -> tuple[list[dict], Counter]:
    templates, n, prefix = FILES[name]
    rng = random.Random(f"{SEED}:{name}")
    order = list(range(len(templates)))
    docs: list[dict] = []
    rejects: Counter = Counter()
    while len(docs) < n:
        if len(docs) % len(templates) == 0:
            rng.shuffle(order)
        tmpl = templates[order[len(docs) % len(templates)]]
        for _attempt in range(50):
            x = Ctx(rng)
            raw = tmpl(x)
            text, pii, keep = h5core.parse(raw)
            known = getattr(x, "known", None)
            problems = h5core.check(text, pii, keep, x.names, scorer)
            if not problems:
                break
            rejects[tmpl.__name__] += 1
        else:
            raise SystemExit(f"{tmpl.__name__}: no valid document in 50 tries: {problems}")
        doc: dict = {"id": f"{prefix}-{len(docs):04d}", "text": text, "pii": pii, "keep": keep}
        if known:
            doc["known"] = known
        docs.append(doc)
    return docs, rejects


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="verify the committed files instead of writing")
    ap.add_argument("--stats", action="store_true", help="print per-label counts and rejected drafts")
    a = ap.parse_args()
    scorer = h5core.load_scorer()
    if scorer is None:
        print("warning: ../shared/tools/score_anonymizer.py not found; leak self-check limited", file=sys.stderr)
    bad = 0
    for name in FILES:
        docs, rejects = generate(name, scorer)
        lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
        path = HERE / name
        if a.check:
            if not path.exists() or path.read_text(encoding="utf-8") != lines:
                print(f"{name}: differs from what the generator makes now")
                bad += 1
        else:
            path.write_text(lines, encoding="utf-8")
        if a.stats:
            labels = Counter(i["label"] for d in docs for i in d["pii"])
            n_keep = sum(len(d["keep"]) for d in docs)
            print(name, len(docs), "docs", dict(sorted(labels.items())), "keep", n_keep)
            print(
                "  templates",
                len(FILES[name][0]),
                "rejected drafts",
                sum(rejects.values()),
                dict(rejects.most_common(5)),
            )
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
