"""Why the anonymizer decided what it did on a text: for the lead reading a development corpus's leaks.

    .venv/bin/python -m anonymizer.tools.trace "Tijdens de Dag van de Mediation belde Kees."
    .venv/bin/python -m anonymizer.tools.trace --who Mediation "Tijdens de Dag van de Mediation belde Kees."

Without ``--who``: each chunk the person judge saw, the rule that decided it, the kind before and after the person
model's review and the model's probability, then the output. With ``--who WORD``: every function of the anonymizer
that returned a span starting at WORD's offset (a finder, a filter, the resolver), in the order they returned, so a
removed word can be traced to the rule that took it. Slow (a trace of every call); never used by the anonymizer.
"""

from __future__ import annotations

import argparse
import sys
from types import FrameType
from typing import Any

from anonymizer import anonymize, find_entities
from anonymizer import model as M
from anonymizer.model import chunk_prob


def judged(text: str) -> tuple[list[str], str]:
    """The person judge's decisions on ``text`` (one line each) and the anonymized text."""
    M.TRACE = []
    try:
        out = anonymize(text).text
        lines = []
        for ev, rule, kind, final in M.TRACE:
            words = " ".join(t.text for t in ev.chunk)
            lines.append(
                f"{words!r:40s} rule={rule or '-':40s} kind={kind!s:12s} final={final!s:12s} p={chunk_prob(ev):.3f}"
            )
    finally:
        M.TRACE = None
    return lines, out


def who(text: str, word: str) -> list[tuple[str, str, Any]]:
    """(file, function, returned value) for each anonymizer function that returned a span starting at ``word``."""
    pos = text.index(word)
    hits: list[tuple[str, str, Any]] = []

    def spans(value: Any) -> list[Any]:
        if isinstance(value, tuple) and len(value) >= 2 and value[0] == pos:
            return [value]
        if isinstance(value, list):
            return [x for x in value[:500] if isinstance(x, tuple) and len(x) >= 2 and x[0] == pos]
        return []

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "return" and "anonymizer" in frame.f_code.co_filename:
            for span in spans(arg):
                hits.append((frame.f_code.co_filename.rsplit("/", 1)[-1], frame.f_code.co_name, span))
        return tracer

    anonymize("warm up")  # lists and models loaded outside the trace
    sys.settrace(tracer)
    try:
        find_entities(text)
    finally:
        sys.settrace(None)
    seen: set[tuple[str, str]] = set()
    out = []
    for f, fn, span in hits:
        if (f, fn) not in seen:
            seen.add((f, fn))
            out.append((f, fn, span))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("texts", nargs="+")
    ap.add_argument("--who", help="trace the spans that start at this word")
    a = ap.parse_args(argv)
    for text in a.texts:
        if a.who:
            for f, fn, span in who(text, a.who):
                print(f"{f}:{fn} {span!r}")
            continue
        lines, out = judged(text)
        print("\n".join(lines))
        print("OUT:", out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
