"""Leak and keep counting for annotated corpora, as ``../shared/tools/score_anonymizer.py`` defines them.

A gold item leaks when it can still be read in the output: a name part (not a particle, longer than one
character) as a whole word, as written or capitalised; an address as written (without its house number);
an e-mail by its part before the @; a phone by its last seven digits; other numbers and codes compared
without spaces, dots, dashes, slashes and brackets. A keep word must survive (case-insensitive).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}
STRUCTURED = ("BSN", "IBAN", "PHONE", "EMAIL", "POSTCODE", "LICENSE_PLATE", "CASE_NUMBER", "DATE_OF_BIRTH")


def _norm(s: str) -> str:
    return re.sub(r"[\s.\-/()]", "", s).upper()


def leaked(item: dict, out: str) -> bool:
    text, label = item["text"], item["label"]
    if label in ("PERSON", "ADDRESS"):
        if label == "PERSON":
            parts = [p for p in text.split() if p.lower() not in PARTICLES and len(p) > 1]
        else:
            parts = [text.rsplit(" ", 1)[0] if re.search(r"\d", text) else text]
        for p in parts:
            forms = {p, p[0].upper() + p[1:]} if label == "PERSON" else {p}
            if any(re.search(r"(?<![\w])" + re.escape(f) + r"(?![\w])", out) for f in forms):
                return True
        return False
    if label == "EMAIL":
        return text.split("@")[0].lower() in out.lower()
    if label == "PHONE":
        return re.sub(r"\D", "", text)[-7:] in re.sub(r"\D", "", out)
    if label == "DATE_OF_BIRTH" and not re.fullmatch(r"[\d\-]+", text):
        return text.lower() in out.lower()
    return _norm(text) in _norm(out)


def score(docs: list[dict], outputs: dict[str, str]) -> dict:
    """Per-label leak counts, overall leak rate and keep rate for ``docs`` given ``outputs`` by id."""
    total, leaks, examples = Counter(), Counter(), []
    kept = keep_total = 0
    for d in docs:
        out = outputs[d["id"]]
        for item in d["pii"]:
            total[item["label"]] += 1
            if leaked(item, out):
                leaks[item["label"]] += 1
                if len(examples) < 10:
                    examples.append((d["id"], item["label"], item["text"]))
        for w in d["keep"]:
            keep_total += 1
            kept += w.lower() in out.lower()
    n = sum(total.values())
    return {
        "total": dict(total),
        "leaks": dict(leaks),
        "leak_rate": sum(leaks.values()) / max(n, 1),
        "person_leak_rate": leaks["PERSON"] / max(total["PERSON"], 1),
        "structured_leaks": sum(leaks[label] for label in STRUCTURED),
        "keep_rate": kept / max(keep_total, 1),
        "examples": examples,
    }


def check_doc(d: dict) -> None:
    """A generated document's annotation self-check: every pii and keep string occurs; with every pii string blanked
    no pii item counts as leaked and every keep string survives (so no keep sits only inside a pii string)."""
    text = d["text"]
    for item in d["pii"]:
        assert item["text"] in text, (d["id"], item)
    blank = text
    for item in sorted(d["pii"], key=lambda i: -len(i["text"])):
        blank = blank.replace(item["text"], "[x]")
    for item in d["pii"]:
        assert not leaked(item, blank), (d["id"], item)
    for k in d["keep"]:
        assert k in text and k.lower() in blank.lower(), (d["id"], k)


def family_docs(families: tuple, seed: int) -> list[dict]:
    """The documents of a generator's (family, count) table, drawn from one seeded random stream and each checked by
    ``check_doc``: the shared body of the ``generate()`` of make_corpora11 and later."""
    import random

    r = random.Random(seed)
    docs = []
    for fam, count in families:
        for i in range(count):
            d = fam(r, i)
            check_doc(d)
            docs.append(d)
    return docs


def write_corpus(docs: list[dict], out: Path) -> None:
    """Write ``docs`` as JSON lines to ``out`` and say how many."""
    out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {out}")


def cli_outputs(docs: list[dict], cwd: str | Path, timeout: int = 300) -> dict[str, str]:
    """The anonymized text per document id, from one run of ``python -m anonymizer --jsonl`` (as a user runs it),
    with the document's ``known`` data where it has some (as the publication workflow passes it)."""
    feed = "".join(
        json.dumps(
            {"id": d["id"], "text": d["text"], **({"known": d["known"]} if "known" in d else {})}, ensure_ascii=False
        )
        + "\n"
        for d in docs
    )
    proc = subprocess.run(
        [sys.executable, "-m", "anonymizer", "--jsonl"],
        input=feed,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=timeout,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return {o["id"]: o["text"] for o in map(json.loads, filter(str.strip, proc.stdout.splitlines()))}
