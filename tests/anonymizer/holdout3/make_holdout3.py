"""Generate the holdout3 corpus (deterministic, seed 4042026): three .jsonl files next to this script.

    python tests/anonymizer/holdout3/make_holdout3.py [--check]

Every document passes the self-check in h3_core.check (a perfect anonymizer leaks nothing and keeps every keep
word; the untouched text leaks every item). --check regenerates in memory and compares with the files on disk.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import h3_core as C  # noqa: E402
import h3_ctx  # noqa: E402
import h3_known  # noqa: E402
import h3_pools as P  # noqa: E402
import h3_shapes  # noqa: E402
import h3_structured  # noqa: E402

SEED = 4042026
SIZES = {"shapes": 350, "known": 150, "structured": 200}


def _name_tokens() -> set[str]:
    tokens = set()
    for pool in P.ORIGINS.values():
        for key in ("f", "m", "s"):
            for name in pool[key]:
                tokens |= {t for t in re.split(r"[\s\-]+", name) if t.lower() not in C.PARTICLES and len(t) > 2}
    return tokens


NAME_TOKENS = _name_tokens()


def stray_names(doc: C.Doc) -> list[str]:
    """Capitalised pool names outside the recorded spans: a name written into a template by mistake."""
    text, out, pos = doc.text, [], 0
    outside = []
    for a, b, _label in sorted(doc.spans):
        outside.append(text[pos:a])
        pos = b
    outside.append(text[pos:])
    for chunk in outside:
        out += [w for w in re.findall(r"\w[\w']*", chunk) if w in NAME_TOKENS]
    return out


def generate() -> tuple[dict[str, list[dict]], Counter]:
    rng = random.Random(SEED)
    problems: Counter = Counter()
    files: dict[str, list[dict]] = {}
    known_entries = h3_known.entries(rng)
    for name, size in SIZES.items():
        docs = []
        for i in range(size):
            for _attempt in range(50):
                doc = C.Doc(f"h3-{name}-{i:03d}")
                ctx = h3_ctx.Ctx(rng, doc)
                if name == "shapes":
                    h3_shapes.build(ctx, rng)
                elif name == "known":
                    h3_known.build(ctx, rng, i, known_entries)
                else:
                    h3_structured.build(ctx, rng, i)
                reason = C.check(doc)
                if reason is None and stray_names(doc):
                    reason = "stray name outside the annotation"
                if reason is None:
                    break
                problems[f"{name}: {reason}"] += 1
            else:
                raise SystemExit(f"no valid document for {name} {i}")
            docs.append(doc.record())
        files[name] = docs
    return files, problems


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main() -> None:
    files, problems = generate()
    if "--check" in sys.argv:
        for name, docs in files.items():
            if (HERE / f"holdout3_{name}.jsonl").read_text(encoding="utf-8") != dump(docs):
                raise SystemExit(f"holdout3_{name}.jsonl differs from the generator")
        print("files match the generator")
        return
    for name, docs in files.items():
        (HERE / f"holdout3_{name}.jsonl").write_text(dump(docs), encoding="utf-8")
        labels = Counter(item["label"] for d in docs for item in d["pii"])
        keeps = sum(len(d["keep"]) for d in docs)
        print(
            f"{name}: {len(docs)} docs, {sum(labels.values())} items, {keeps} keep words; "
            + ", ".join(f"{k} {v}" for k, v in sorted(labels.items()))
        )
    print(
        f"sentence shapes: shapes {h3_shapes.count_shapes()} ({h3_shapes.count_body_shapes()} body sentences, "
        f"{len(h3_shapes.GENRES)} genres), structured {h3_structured.count_shapes()}"
    )
    print("rejected drafts (redrawn):", dict(problems) or "none")


if __name__ == "__main__":
    main()
