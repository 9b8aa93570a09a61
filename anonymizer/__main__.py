"""Command line: ``python -m anonymizer --jsonl`` (stdin -> stdout) or ``python -m anonymizer FILE``.

Each input line is ``{"id", "text"}``, optionally with ``"known": {"names": [...], "emails": [...],
"phones": [...]}`` (the request record's own data, as the publication workflow passes it).
"""

from __future__ import annotations

import argparse
import json
import sys

from . import Known, anonymize


def _known(raw: object) -> Known | None:
    """The optional ``"known": {"names", "emails", "phones"}`` of an input line (lists of strings)."""
    if not isinstance(raw, dict):
        return None

    def strings(key: str) -> list[str]:
        val = raw.get(key) or []
        if isinstance(val, str):
            val = [val]
        return [str(v) for v in val if isinstance(v, (str, int)) and str(v).strip()] if isinstance(val, list) else []

    known = Known(names=strings("names"), emails=strings("emails"), phones=strings("phones"))
    return known if (known.names or known.emails or known.phones) else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m anonymizer", description=__doc__)
    ap.add_argument("file", nargs="?", help="text file to anonymize (prints the result)")
    ap.add_argument("--jsonl", action="store_true", help='read {"id","text"} lines on stdin, write results')
    a = ap.parse_args(argv)
    if a.jsonl:
        stdin = open(sys.stdin.fileno(), encoding="utf-8", closefd=False)
        stdout = open(sys.stdout.fileno(), "w", encoding="utf-8", closefd=False)
        for lineno, line in enumerate(stdin, 1):
            line = line.lstrip("\ufeff")
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"line {lineno}: not JSON ({exc}); skipped", file=sys.stderr)
                continue
            if not isinstance(doc, dict):
                print(f"line {lineno}: not a JSON object; skipped", file=sys.stderr)
                continue
            res = anonymize(str(doc.get("text") or ""), _known(doc.get("known")))
            ents = [{"start": e.start, "end": e.end, "label": e.label} for e in res.entities]
            out = {"id": doc.get("id"), "text": res.text, "entities": ents}
            line = json.dumps(out, ensure_ascii=False)
            try:
                line.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate ("\\ud800" is valid JSON): keep it escaped, as it came
                line = json.dumps(out)
            stdout.write(line + "\n")
        stdout.flush()
        return 0
    if not a.file:
        ap.error("give a FILE or --jsonl")
    with open(a.file, encoding="utf-8") as fh:
        sys.stdout.write(anonymize(fh.read()).text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
