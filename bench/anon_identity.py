"""Identical-output check for anonymizer speed work: a digest of every output (text, spans and labels).

    python bench/anon_identity.py --save /tmp/base.json [--root /tmp/anon-base]
    python bench/anon_identity.py --check /tmp/base.json
    (--write / --compare are the older names of --save / --check)

Runs ``anonymizer.anonymize`` over every development corpus (``bench/anon_scorecard.py``'s ``dev_files()``: the
shared dev files, the corpora and the held-out sets that are development sets now), over the bench's generated
mixed and dense text, and over random number-heavy text (runs of digits, Unicode digits, separators, capitals,
lower-case words, NUL), and stores one SHA-256 digest per document of the full result: the replaced text and every
entity (start, end, label, original, replacement), JSON-dumped with sorted keys. ``--root`` imports the anonymizer
from another checkout (for example a ``git worktree`` of main), so a speed change can be shown to change nothing:
``--check`` lists every document whose output differs, by id (never its text).

``--holdout7`` also digests the files under tests/anonymizer/holdout7/ if it exists. Their ids are never printed
and never stored: only one digest per file and, on ``--check``, how many of those files differ. It is off by
default, so that a developer who must not run the held-out set does not run it by accident.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT7 = ROOT / "tests" / "anonymizer" / "holdout7"


def corpora() -> list[Path]:
    """The development corpora, exactly the scorecard's list, from this checkout (also under ``--root``)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("_anon_scorecard", ROOT / "bench" / "anon_scorecard.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # its own "import anonymizer" finds the one already imported
    return mod.dev_files()


def _rows(path: Path) -> list[tuple[str, str, dict | None]]:
    docs = []
    for n, line in enumerate(path.open(encoding="utf-8")):
        if line.strip():
            row = json.loads(line)
            docs.append((f"{path.name}:{row.get('id', n)}", row.get("text") or "", row.get("known")))
    return docs


def _documents() -> list[tuple[str, str, dict | None]]:
    """(key, text, known) for every document of every corpus, then the generated bench text."""
    sys.path.insert(1, str(ROOT))  # bench.bench_anonymizer from this checkout, after --root's anonymizer
    from bench.bench_anonymizer import make_text

    docs: list[tuple[str, str, dict | None]] = []
    for path in corpora():
        docs.extend(_rows(path))
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


def _digest(text: str, raw: dict | None) -> str:
    """SHA-256 of the full ``anonymize`` result of one document."""
    import anonymizer

    known = None
    if isinstance(raw, dict):
        known = anonymizer.Known(
            names=list(raw.get("names") or []),
            emails=list(raw.get("emails") or []),
            phones=list(raw.get("phones") or []),
        )
    res = anonymizer.anonymize(text, known)
    spans = [
        {"start": e.start, "end": e.end, "label": e.label, "original": e.original, "replacement": e.replacement}
        for e in res.entities
    ]
    blob = json.dumps({"text": res.text, "entities": spans}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def digests(holdout7: bool = False) -> dict[str, str]:
    """Digest of ``anonymize`` output per document key; with ``holdout7`` one combined digest per held-out file."""
    out = {key: _digest(text, raw) for key, text, raw in _documents()}
    if holdout7 and HOLDOUT7.is_dir():
        for n, path in enumerate(sorted(HOLDOUT7.glob("*.jsonl"))):
            h = hashlib.sha256()
            for _key, text, raw in _rows(path):
                h.update(_digest(text, raw).encode("ascii"))
            out[f"{HELD}{n}"] = h.hexdigest()
    return out


HELD = "held-out file #"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", help="checkout whose anonymizer package is used (default: this one)")
    ap.add_argument("--save", "--write", dest="save", help="store the digests in this JSON file")
    ap.add_argument("--check", "--compare", dest="check", help="compare with stored digests; exit 1 on a difference")
    ap.add_argument("--holdout7", action="store_true", help="also digest holdout7 (hashes and a count only)")
    a = ap.parse_args()
    if a.root:
        sys.path.insert(0, str(Path(a.root).resolve()))
    import anonymizer

    got = digests(a.holdout7)
    print(f"{len(got)} documents, anonymizer from {Path(anonymizer.__file__).parent}")
    if a.save:
        Path(a.save).write_text(json.dumps(got, indent=0, sort_keys=True), encoding="utf-8")
    if a.check:
        base = json.loads(Path(a.check).read_text(encoding="utf-8"))
        diff = sorted(k for k in base.keys() | got.keys() if base.get(k) != got.get(k))
        dev = [k for k in diff if not k.startswith(HELD)]
        for k in dev[:50]:
            print("differs:", k)
        print(f"{len(dev)} of {sum(not k.startswith(HELD) for k in base)} development documents differ")
        if a.holdout7:
            print(f"held-out files that differ: {len(diff) - len(dev)} of {sum(k.startswith(HELD) for k in base)}")
        return 1 if diff else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
