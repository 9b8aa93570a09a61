"""Identical-output check for anonymizer speed work: a digest of every output (text and spans).

    python bench/anon_identity.py --write /tmp/base.json [--root /tmp/anon-base]
    python bench/anon_identity.py --compare /tmp/base.json

Runs ``anonymizer.anonymize`` over every corpus a developer may read (the shared dev files, the corpora
and the held-out sets under tests/anonymizer that are development sets now: holdout, holdout2, holdout3), over
the bench's generated mixed and dense text, and over random number-heavy text (runs of digits, Unicode digits,
separators, capitals, lower-case words, NUL), and stores one SHA-256 digest per document of the replaced text
and the entity spans. ``--root`` imports the anonymizer from another checkout (for example a ``git worktree``
of the previous commit), so a speed change can be shown to change nothing: ``--compare`` lists every document
whose output differs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [
    *sorted((ROOT.parent / "shared" / "data").glob("pii_*.jsonl")),
    *sorted((ROOT / "tests" / "anonymizer" / "corpora").glob("*.jsonl")),
    *sorted((ROOT / "tests" / "anonymizer" / "holdout").glob("*.jsonl")),
    *sorted((ROOT / "tests" / "anonymizer" / "holdout2").glob("*.jsonl")),
    *sorted((ROOT / "tests" / "anonymizer" / "holdout3").glob("*.jsonl")),
]


def _documents() -> list[tuple[str, str, dict | None]]:
    """(key, text, known) for every document of every corpus, then the generated bench text."""
    sys.path.insert(1, str(ROOT))  # bench.bench_anonymizer from this checkout, after --root's anonymizer
    from bench.bench_anonymizer import make_text

    docs: list[tuple[str, str, dict | None]] = []
    for path in CORPORA:
        for n, line in enumerate(path.open(encoding="utf-8")):
            if line.strip():
                row = json.loads(line)
                docs.append((f"{path.name}:{row.get('id', n)}", row.get("text") or "", row.get("known")))
    for n, text in enumerate(make_text(0.3)):
        docs.append((f"mixed:{n}", text, None))
    for n, text in enumerate(make_text(0.1, seed=2, dense=True)):
        docs.append((f"dense:{n}", text, None))
    for n, text in enumerate(number_texts(600)):
        docs.append((f"numbers:{n}", text, None))
    return docs


_PIECES = (
    *"0123456789",
    "٣",  # an Arabic-Indic digit
    "３",  # a full-width digit
    *" .-/,:;|#()+\t\n",
    "\x00",
    "NL",
    "AB",
    "KP",
    "Z",
    "ZK ",
    "str. ",
    "straat ",
    "Kerkstraat ",
    "KERKSTRAAT ",
    "postcode ",
    "kenmerk ",
    "bsn ",
    "geb. ",
    "tel. ",
    "jz",
    "de ",
    "en ",
    "Jan ",
    "mevrouw ",
    "é",
    # around the gates of anonymizer/scan.py and the finders' literal gates: field keys, initials, birth keys,
    # foreign streets, characters whose case folding is special (İ, ı, Kelvin K, long s), combining marks, astral
    # digits, CRLF
    "Naam: ",
    "naam=",
    "'achternaam': ",
    "Achternaam\t: ",
    "cliënt: ",
    "A.B. ",
    "J.P. ",
    "geboren ",
    "geboortedatum: ",
    "bırth ",
    "Rue ",
    "Straße ",
    "Sokak ",
    "İ",
    "ı",
    "\u212a",
    "\u017f",
    "\u0308",
    "\U0001d7d8",
    "\r\n",
    "maart ",
    "zes ",
    "negentien ",
    "tweeduizend ",
    "vijfenzeventig ",
    "d. ",
    "mr. b. oduro ",
    "ik ben ",
    "IK BEN het, ",
    "mijn naam is ",
    "gebeld met ",
    "lieve zei ",
    "kidane haile wacht ",
    "roos ",
)


def number_texts(count: int, seed: int = 7) -> list[str]:
    """Random texts dense in numbers and the characters around them (every finder of numbers is tried on them)."""
    import random

    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rnd.randint(5, 60)):
            if rnd.random() < 0.4:
                parts.append("".join(rnd.choice("0123456789") for _ in range(rnd.randint(1, 12))))
            else:
                parts.append(rnd.choice(_PIECES))
        out.append("".join(parts))
    return out


def digests() -> dict[str, str]:
    """Digest of ``anonymize`` output (text and spans) per document key."""
    import anonymizer

    out: dict[str, str] = {}
    for key, text, raw in _documents():
        known = None
        if isinstance(raw, dict):
            known = anonymizer.Known(
                names=list(raw.get("names") or []),
                emails=list(raw.get("emails") or []),
                phones=list(raw.get("phones") or []),
            )
        res = anonymizer.anonymize(text, known)
        spans = [(e.start, e.end, e.label, e.replacement) for e in res.entities]
        blob = json.dumps([res.text, spans], ensure_ascii=False).encode("utf-8")
        out[key] = hashlib.sha256(blob).hexdigest()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", help="checkout whose anonymizer package is used (default: this one)")
    ap.add_argument("--write", help="store the digests in this JSON file")
    ap.add_argument("--compare", help="compare with digests stored earlier; exit 1 on any difference")
    a = ap.parse_args()
    if a.root:
        sys.path.insert(0, str(Path(a.root).resolve()))
    import anonymizer

    got = digests()
    print(f"{len(got)} documents, anonymizer from {Path(anonymizer.__file__).parent}")
    if a.write:
        Path(a.write).write_text(json.dumps(got, indent=0, sort_keys=True), encoding="utf-8")
    if a.compare:
        base = json.loads(Path(a.compare).read_text(encoding="utf-8"))
        diff = sorted(k for k in base.keys() | got.keys() if base.get(k) != got.get(k))
        for k in diff[:50]:
            print("differs:", k)
        print(f"{len(diff)} of {len(base)} documents differ")
        return 1 if diff else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
