"""Generate fresh34a_texts.jsonl: a blind anonymizer corpus of 300 Dutch texts on civil ceremonies and names
(weddings, registered partnerships, witnesses, naamskeuze, naamgebruik, erkenning, legalisation, fees and dates).

Usage (from the project root, PYTHONPATH=.):
    python tests/anonymizer/fresh34a/make_fresh34a.py           write the corpus
    python tests/anonymizer/fresh34a/make_fresh34a.py --check   exit 1 if the committed file differs
    python tests/anonymizer/fresh34a/make_fresh34a.py --stats   counts per label, shapes, known names, redraws

Seed 20261281: document i draws from random.Random("20261281-<i>"); a document that fails gate() is redrawn from
random.Random("20261281-<i>-<attempt>"). Standard library only.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import people34a as pp  # noqa: E402
import shapes34a as sh  # noqa: E402

_spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

SEED = 20261281
N_DOCS = 300
OUT = HERE / "fresh34a_texts.jsonl"
LABELS = (
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
)
MIN_KEEP = 5
MAX_ATTEMPTS = 200
sh.SHAPES["zin:verzoeker_kop"] = None


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[\w']+", s.lower()) if w not in PARTICLES and len(w) > 1}


def gate(doc: dict) -> str | None:
    """None when the document passes every gate, else the reason."""
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not pp.bsn_ok(item["text"]):
            return f"BSN eleven-test {item['text']}"
        if item["label"] == "IBAN" and not pp.iban_ok(item["text"]):
            return f"IBAN mod-97 {item['text']}"
    text = doc["text"]
    if len(doc["keep"]) < MIN_KEEP:
        return "fewer than five keep words"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    names = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            names |= _words(item["text"])
    known = set()
    for n in doc.get("known", {}).get("names", []):
        known |= _words(n)
    for k in doc["keep"]:
        for w in _words(k) & names:
            if not (k == k.lower() and w in known):
                return f"keep {k!r} shares {w!r} with a name"
    if "known" in doc:
        kn = doc["known"]["names"][0]
        if not any(i["text"] == kn and i["label"] == "PERSON" for i in doc["pii"]):
            return "known name not annotated"
        if not any(k == k.lower() and _words(k) & known for k in doc["keep"]):
            return "no ordinary use of the known name's word in keep"
    return None


def draw(i: int, r: random.Random) -> tuple[dict, list[str]]:
    is_known = i % 4 == 1
    c = sh.Ctx(r, i, is_known)
    kind = sh.DOC_KINDS[(i + i // 4) % len(sh.DOC_KINDS)]  # every kind, in known and other documents alike
    c.used.append("doc:" + kind.__name__)
    text = kind(c)
    if is_known:
        ks = sh.known_sentence(c)
        if not any(x["text"] == c.known.full for x in c.pii):
            c.used.append("zin:verzoeker_kop")
            text = f"Verzoeker: {c.nm(c.known, 'full')}\n" + text
        text = text + ("\n" if "\n" in text else " ") + ks
    d = {"id": f"fresh34a-{i:04d}", "text": text, "pii": c.pii, "keep": c.keep}
    if is_known:
        d["known"] = {"names": [c.known.full]}
        if c.known_emails:
            d["known"]["emails"] = c.known_emails
        if c.known_phones:
            d["known"]["phones"] = c.known_phones
    return d, c.used


def build() -> tuple[list[dict], Counter, int]:
    docs, shapes, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        d, used = draw(i, random.Random(f"{SEED}-{i}"))
        attempt = 0
        while gate(d) is not None:
            attempt += 1
            redraws += 1
            if attempt > MAX_ATTEMPTS:
                raise SystemExit(f"fresh34a-{i:04d}: no passing draw ({gate(d)})")
            d, used = draw(i, random.Random(f"{SEED}-{i}-{attempt}"))
        docs.append(d)
        shapes.update(set(used))
    return docs, shapes, redraws


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs, shapes, redraws = build()
    out = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == out
        print("fresh34a_texts.jsonl is up to date" if same else "fresh34a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(item["label"] for d in docs for item in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  {'total':14s} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(
            f"shapes registered: {len(sh.SHAPES)}; used: {len(shapes)} "
            f"({sum(1 for s in shapes if s.startswith('doc:'))} document kinds, "
            f"{sum(1 for s in shapes if s.startswith('zin:'))} sentence/line shapes)"
        )
        print(f"origin groups: {len(pp.GROUP_NAMES)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(out, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
