#!/usr/bin/env python3
"""Generate holdout27, the held-out anonymizer corpus of round twenty-seven (helper H1); see README.md.

    python tests/anonymizer/holdout27/make_holdout27.py           # write the four files (seed 20261227)
    python tests/anonymizer/holdout27/make_holdout27.py --check   # exit 1 if the committed files differ
    python tests/anonymizer/holdout27/make_holdout27.py --audit   # overlap counts with every other corpus

Standard library only. Every document draws from ``Random("20261227:<file>:<n>:<attempt>")`` and is redrawn (next
attempt) until ``gate()`` passes.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from random import Random

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import core27  # noqa: E402
from core27 import LABELS, Person, bsn_ok, finish, iban_ok, m, name_words  # noqa: E402
from pools27 import KNOWN_FIRST, KNOWN_PARTICLES, KNOWN_SURNAMES  # noqa: E402
from shapes27 import HONOURS, INTEGRITY, KNOWN_SHAPES, WORKS, Ctx, med_note  # noqa: E402

SEED = 20261227
ROOT = HERE.parent.parent.parent
_spec = importlib.util.spec_from_file_location("score_for_holdout27", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

FILES = {
    "holdout27_honours.jsonl": ("honours", 300, HONOURS),
    "holdout27_integrity.jsonl": ("integrity", 300, INTEGRITY),
    "holdout27_works.jsonl": ("works", 250, WORKS),
    "holdout27_known.jsonl": ("known", 150, None),
}
SEPARATORS = ["\n\n---\n\n", "\n\n* * *\n\n", "\n\n=====\n\n"]


# ---------------------------------------------------------------- gate


def gate(doc: dict, known: bool) -> str | None:
    """None if ``doc`` passes the four gates, else the reason."""
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not bsn_ok(item["text"]):
            return f"bsn {item['text']}"
        if item["label"] == "IBAN" and not iban_ok(item["text"]):
            return f"iban {item['text']}"
    text = doc["text"]
    for kw in doc["keep"]:
        if not re.search(r"(?<![\w])" + re.escape(kw) + r"(?![\w])", text):
            return f"keep not a whole word: {kw}"
    persons = [i["text"] for i in doc["pii"] if i["label"] == "PERSON"]
    if not known:
        names = set().union(*(name_words(p) for p in persons)) if persons else set()
        for kw in doc["keep"]:
            if name_words(kw) & names:
                return f"keep shares a name word: {kw}"
        return None
    kn = doc.get("known", {}).get("names", [])
    if not kn or kn[0] not in persons:
        return "known name not annotated"
    kwords = name_words(kn[0])
    # words of the known person's items (the known name and its parts as written)
    own = [p for p in persons if name_words(p) and name_words(p) <= kwords | {w.lower() for w in kn[0].split()}]
    others = set().union(*(name_words(p) for p in persons if p not in own)) if len(own) < len(persons) else set()
    kept_word = False
    for kw in doc["keep"]:
        ws = name_words(kw)
        if ws & others:
            return f"keep shares another person's name word: {kw}"
        if ws & kwords and any(
            re.search(r"(?<![\w])" + re.escape(w) + r"(?![\w])", kw) for w in (x for x in kwords if x == x.lower())
        ):
            kept_word = True
    if not kept_word:
        return "no word of the known name kept in its ordinary sense"
    return None


# ---------------------------------------------------------------- documents


def make_doc(fname: str, n: int, attempt: int) -> dict:
    tag, _, shapes = FILES[fname]
    r = Random(f"{SEED}:{fname}:{n}:{attempt}")
    c = Ctx(r)
    doc_id = f"holdout27-{tag}-{n:04d}"
    if shapes is None:
        return known_doc(r, c, doc_id, n)
    body = shapes[(n + attempt) % len(shapes)](r, c)
    if r.random() < 0.2:
        body += r.choice(SEPARATORS) + r.choice(shapes)(r, c)
    if r.random() < 0.25:
        body += med_note(r, c, Person(r))
    return finish(doc_id, body)


class Known:
    def __init__(self, r, n: int):
        words = sorted(KNOWN_SURNAMES) + sorted(KNOWN_FIRST)
        self.word = words[n % len(words)] if n < len(words) else r.choice(words)
        pool = KNOWN_FIRST if self.word in KNOWN_FIRST else KNOWN_SURNAMES
        ph = pool[self.word][:]
        r.shuffle(ph)
        self.phrase = ph[0]
        self.phrase2 = ph[1] if r.random() < 0.5 else ""
        if self.word in KNOWN_FIRST:
            self.person = Person(r, origin="dutch", first=self.word, female=self.word == "Berber")
        else:
            part = KNOWN_PARTICLES.get(self.word, r.choice(["", "", "", "de", "van der", "van 't", "ter"]))
            self.person = Person(r, origin="dutch_particle" if part else "dutch", sur=self.word, particle=part)


def known_doc(r, c: Ctx, doc_id: str, n: int) -> dict:
    kn = Known(r, n)
    K = kn.person
    body = KNOWN_SHAPES[n % len(KNOWN_SHAPES)](r, c, K, kn)
    if m("PERSON", K.full_str()) not in body:
        body += f"\n\n{r.choice(['Namens', 'Verzoeker:', 'Betreft:'])} {K.full()}"
    known = {"names": [K.full_str()]}
    emails = re.findall(r"\x01EMAIL\x02([^\x03]*)\x03", body)
    own = [
        e
        for e in emails
        if core27.fold(K.sur).lower().replace(" ", "") in e.split("@")[0] and not e.endswith(f"@{c.mu}.nl")
    ]
    if own and r.random() < 0.7:
        known["emails"] = own[:1]
    if r.random() < 0.3:
        ph = m("PHONE", core27.mobile(r))
        body += f"\nTelefoon {K.firstname()}: {ph}"
        known["phones"] = [re.sub(r"\x01PHONE\x02|\x03", "", ph)]
    must = {kn.phrase} | ({kn.phrase2} if kn.phrase2 else set())
    return finish(doc_id, body, known=known, must_keep=must)


def generate() -> tuple[dict[str, list[dict]], dict[str, int]]:
    out, redraws = {}, {}
    for fname in FILES:
        docs, red = [], 0
        for n in range(FILES[fname][1]):
            for attempt in range(200):
                d = make_doc(fname, n, attempt)
                if gate(d, fname.endswith("_known.jsonl")) is None:
                    break
                red += 1
            else:
                raise SystemExit(f"{fname} {n}: no passing draw")
            docs.append(d)
        out[fname], redraws[fname] = docs, red
    return out, redraws


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def summary(files: dict[str, list[dict]], redraws: dict[str, int]) -> None:
    from collections import Counter

    tot = Counter()
    for fname, docs in files.items():
        lab = Counter(i["label"] for d in docs for i in d["pii"])
        tot += lab
        print(
            f"{fname}: {len(docs)} docs, {sum(lab.values())} pii, {sum(len(d['keep']) for d in docs)} keep, "
            f"redraws {redraws[fname]}; " + ", ".join(f"{k} {v}" for k, v in sorted(lab.items()))
        )
    print("total:", sum(tot.values()), dict(sorted(tot.items())))


# ---------------------------------------------------------------- audit


def audit() -> None:
    core27.REGISTRY.update({"first": set(), "sur": set(), "street": set()})
    files, _ = generate()
    mine = set(files)
    first = {w.lower() for w in core27.REGISTRY["first"]}
    sur = {w.lower() for w in core27.REGISTRY["sur"]}
    streets = set(core27.REGISTRY["street"])
    other_parts, other_streets, n_corpora = set(), set(), 0
    paths = sorted(p for p in (ROOT / "tests" / "anonymizer").rglob("*.jsonl") if p.name not in mine)
    shared = ROOT.parent / "shared" / "data"
    paths += sorted(shared.rglob("*.jsonl")) if shared.exists() else []
    for p in paths:
        n_corpora += 1
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError:
                continue
            for item in d.get("pii", []) if isinstance(d, dict) else []:
                if item.get("label") == "PERSON":
                    other_parts |= {w.lower().strip(",.") for w in item["text"].split()}
                elif item.get("label") == "ADDRESS":
                    t = item["text"]
                    other_streets.add(t.rsplit(" ", 1)[0] if re.search(r"\d", t) else t)
    kn_words = {w.lower() for w in list(KNOWN_SURNAMES) + list(KNOWN_FIRST)}
    used_kn = {d["known"]["names"][0] for d in files["holdout27_known.jsonl"]}
    used_kn_words = {w.lower() for n in used_kn for w in n.split()} & kn_words
    persons = {i["text"] for docs in files.values() for d in docs for i in d["pii"] if i["label"] == "PERSON"}
    fresh = sum(1 for p in persons if not any(len(w) > 2 and w.lower().strip(",.") in other_parts for w in p.split()))
    print(f"other corpora: {n_corpora}")
    print(f"first-name words drawn: {len(first)}, used as a name part elsewhere: {len(first & other_parts)}")
    print(f"surname words drawn: {len(sur)}, used as a name part elsewhere: {len(sur & other_parts)}")
    print(f"distinct PERSON items: {len(persons)}, with no part (>2 letters) that is a name part elsewhere: {fresh}")
    print(f"streets drawn: {len(streets)}, occurring elsewhere: {len(streets & other_streets)}")
    print(
        f"known-file name words: {len(used_kn_words)}, used as a name part elsewhere: "
        f"{len(used_kn_words & other_parts)}"
    )


def main() -> int:
    if "--audit" in sys.argv:
        audit()
        return 0
    files, redraws = generate()
    if "--check" in sys.argv:
        bad = [
            f
            for f, docs in files.items()
            if not (HERE / f).exists() or (HERE / f).read_text(encoding="utf-8") != dump(docs)
        ]
        if bad:
            print("differs:", ", ".join(bad))
            return 1
        print("all four files match the generator")
        return 0
    for f, docs in files.items():
        (HERE / f).write_text(dump(docs), encoding="utf-8")
    summary(files, redraws)
    return 0


if __name__ == "__main__":
    sys.exit(main())
