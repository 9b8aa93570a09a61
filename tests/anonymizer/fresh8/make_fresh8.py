"""Generate the fresh8 corpus (helper H4, round eight): a blind development corpus for the anonymizer.

Usage: python make_fresh8.py [--check]
Writes fresh8_genres.jsonl and fresh8_known.jsonl next to this file; with --check it regenerates in memory and
exits 1 when the committed files differ.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pools_f8 as P  # noqa: E402
import shapes_f8 as S  # noqa: E402

SEED = 5122026
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
KNOWN_COUNT = 200
FILES = {"genres": HERE / "fresh8_genres.jsonl", "known": HERE / "fresh8_known.jsonl"}


def _load_leaked() -> Callable[[dict, str], bool]:
    spec = importlib.util.spec_from_file_location("fresh8_score", HERE.parent / "corpora" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.leaked


leaked = _load_leaked()
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def _words(s: str) -> set[str]:
    return {w for w in re.split(r"[^\w']+", s.lower()) if w and w not in PARTICLES}


def problems(doc: dict, known_file: bool) -> list[str]:
    """Everything wrong with one document's annotation (empty when it passes the gate)."""
    out: list[str] = []
    text = doc["text"]
    if not doc["pii"]:
        out.append("no pii")
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            out.append(f"label {item['label']}")
        if item["text"] not in text:
            out.append(f"pii not in text: {item['text']!r}")
        if item["label"] == "BSN" and not S.bsn_ok(item["text"]):
            out.append(f"bad BSN {item['text']}")
        if item["label"] == "IBAN" and not S.iban_ok(item["text"]):
            out.append(f"bad IBAN {item['text']}")
    blank = text
    for item in sorted(doc["pii"], key=lambda i: (-len(i["text"]), i["text"])):
        blank = blank.replace(item["text"], "[x]")
    for item in doc["pii"]:
        if leaked(item, blank):
            out.append(f"leaks after blanking: {item['text']!r}")
    for k in doc["keep"]:
        if k not in text or k.lower() not in blank.lower():
            out.append(f"keep lost: {k!r}")
    if not known_file:
        names = set().union(*[_words(i["text"]) for i in doc["pii"] if i["label"] == "PERSON"] or [set()])
        for k in doc["keep"]:
            if _words(k) & names:
                out.append(f"keep shares a name word: {k!r}")
    else:
        if not doc["known"]["names"]:
            out.append("no known name")
    return out


def _doc(prefix: str, n: int, d: S.Doc) -> dict:
    return {"id": f"{prefix}-{n:04d}", "text": d.text, "pii": d.pii, "keep": d.keep}


def generate() -> tuple[dict[str, list[dict]], dict[str, int]]:
    """Both files' documents, drawn from one seeded stream; failing drafts are redrawn and counted."""
    r = random.Random(SEED)
    redraws = {"genres": 0, "known": 0}
    genres: list[dict] = []
    for name, fn, count in S.GENRES:
        for _ in range(count):
            while True:
                doc = _doc(f"fresh8-{name}", len(genres), fn(r))
                if not problems(doc, False):
                    break
                redraws["genres"] += 1
            genres.append(doc)
    entries = [(e, False) for e in P.WORDNAMES] + [(e, True) for e in P.WORDFIRST]
    known: list[dict] = []
    for i in range(KNOWN_COUNT):
        entry, first_word = entries[i % len(entries)]
        while True:
            d, rec = S.g_known(r, entry, first_word)
            doc = {"id": f"fresh8-known-{i:04d}", "text": d.text, "known": rec, "pii": d.pii, "keep": d.keep}
            if not problems(doc, True):
                break
            redraws["known"] += 1
        known.append(doc)
    return {"genres": genres, "known": known}, redraws


def render(docs: list[dict]) -> str:
    """The JSON-lines text of ``docs``."""
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str] | None = None) -> int:
    """Write the files, or with --check compare them with a fresh generation."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the committed files differ")
    a = ap.parse_args(argv)
    corpora, redraws = generate()
    bad = 0
    for key, path in FILES.items():
        body = render(corpora[key])
        if a.check:
            same = path.exists() and path.read_bytes() == body.encode("utf-8")
            print(f"{path.name}: {'ok' if same else 'DIFFERS'}")
            bad += not same
        else:
            path.write_bytes(body.encode("utf-8"))
            print(f"{len(corpora[key])} documents -> {path.name} (redrawn drafts: {redraws[key]})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
