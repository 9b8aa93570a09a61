"""Generate holdout30, round thirty's held-out anonymizer corpus (helper H1); see README.md.

    python tests/anonymizer/holdout30/make_holdout30.py            # write the four files (seed 20261230)
    python tests/anonymizer/holdout30/make_holdout30.py --check    # exit 1 if the committed files differ
    python tests/anonymizer/holdout30/make_holdout30.py --audit    # overlap counts with every other corpus (counts only)

Standard library only. Every document draws from ``Random("20261230:<file>:<n>:<attempt>")``; a document that fails
``gate()`` is redrawn with the next attempt.
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
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import core30 as C  # noqa: E402
import pools30 as P  # noqa: E402
import shapes30 as S  # noqa: E402

SEED = 20261230
ROOT = HERE.parent.parent.parent
_spec = importlib.util.spec_from_file_location("score_for_holdout30", HERE.parent / "corpora" / "score.py")
assert _spec and _spec.loader
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

FILES = [("supply", 300, S.SUPPLY), ("aid", 300, S.AID), ("migrant", 250, S.MIGRANT), ("known", 150, None)]
KNOWN_POOL = [(w, ph, False) for w, ph in P.KNOWN_SURNAMES] + [(w, ph, True) for w, ph in P.KNOWN_FIRSTS]


def _words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w']+", s)}


def _name_words(s: str) -> set[str]:
    return {w for w in _words(s) if w not in score.PARTICLES and len(w) > 1}


def gate(doc: dict, known: bool) -> str | None:
    """None when the document passes the four gates of the README, else the reason."""
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc {e}"
    text = doc["text"]
    for it in doc["pii"]:
        if it["label"] not in C.LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not C.bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not C.iban_ok(it["text"]):
            return f"iban {it['text']}"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    persons = [it["text"] for it in doc["pii"] if it["label"] == "PERSON"]
    if not known:
        names = set().union(*(_name_words(p) for p in persons)) if persons else set()
        for k in doc["keep"]:
            if _name_words(k) & names:
                return f"keep shares a name word: {k}"
        return None
    kn = doc.get("known", {}).get("names", [])
    if not kn or kn[0] not in persons:
        return "known name not annotated"
    kw = _name_words(kn[0])
    keepw = set().union(*(_words(k) for k in doc["keep"])) if doc["keep"] else set()
    if not any(w in keepw and any(w in _words(p) for p in persons) for w in kw):
        return "no word of the known name kept in its ordinary sense"
    others = set().union(*(_name_words(p) for p in persons if not _name_words(p) <= kw)) if persons else set()
    for k in doc["keep"]:
        if _name_words(k) & others:
            return f"keep shares another's name word: {k}"
    return None


def build(name: str, n: int, attempt: int) -> tuple[dict, list]:
    r = random.Random(f"{SEED}:{name}:{n}:{attempt}")
    d = C.Doc(r)
    c = S.ctx(r, d)
    doc_id = f"holdout30-{name}-{n:04d}"
    if name == "known":
        word, phrases, is_first = KNOWN_POOL[n % len(KNOWN_POOL)] if n < len(KNOWN_POOL) else r.choice(KNOWN_POOL)
        if is_first:
            kp = C.Person(r, r.choice(["nl", "nlp", "fry", "bra", "vla"]), female=True)
            kp.first = word
        else:
            part = r.choice(["de", "van der", "van de", "van 't", "ter"]) if r.random() < 0.15 else ""
            kp = C.Person(r, r.choice(["nl", "nl", "fry", "bra", "lim", "vla"]), sur=word, particle=part)
        kp.second = ""
        kp.nick = ""
        text = S.known_doc(d, c, kp, word, phrases, n + attempt)
        doc = {"id": doc_id, "text": text, "known": d.known, "pii": d.pii, "keep": d.keep}
        return doc, d.people
    shapes = dict((f, s) for f, _, s in FILES)[name]
    text = shapes[n % len(shapes)](d, c)
    if r.random() < 0.2:
        text += "\n\n" + r.choice(["---", "* * *", "====="]) + "\n" + r.choice(shapes)(d, c)
    residents = [p for p in d.people if p is not c["med"] and p is not c["off"]]
    if residents and r.random() < 0.3:
        text += S.ps(d, c, r.choice(residents))
    return {"id": doc_id, "text": text, "pii": d.pii, "keep": d.keep}, d.people


def generate() -> tuple[dict[str, list[dict]], dict[str, int], list]:
    out, redraws, people = {}, {}, []
    for name, count, _ in FILES:
        docs, red = [], 0
        for n in range(count):
            for attempt in range(200):
                doc, ppl = build(name, n, attempt)
                if gate(doc, name == "known") is None:
                    break
                red += 1
            else:
                raise SystemExit(f"{name} {n}: no passing draw")
            docs.append(doc)
            people += ppl
        out[f"holdout30_{name}.jsonl"] = docs
        redraws[name] = red
    return out, redraws, people


def _dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def _totals(files: dict[str, list[dict]]) -> None:
    for fname, docs in files.items():
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(
            f"{fname}: {len(docs)} docs, {sum(labels.values())} pii, {sum(len(d['keep']) for d in docs)} keep; "
            + ", ".join(f"{k} {labels[k]}" for k in sorted(labels))
        )


def audit(files: dict[str, list[dict]], people: list) -> None:
    others = [p for p in sorted(HERE.parent.rglob("*.jsonl")) if HERE not in p.parents]
    shared = ROOT.parent / "shared" / "data"
    others += sorted(shared.glob("*.jsonl")) if shared.is_dir() else []
    parts, streets_other = set(), []
    for f in others:
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError:
                continue
            for it in o.get("pii", []) if isinstance(o, dict) else []:
                if it.get("label") == "PERSON":
                    parts |= {w.lower() for w in it["text"].split() if len(w) > 1}
                elif it.get("label") == "ADDRESS":
                    streets_other.append(it["text"].lower())
    firsts = {p.first.lower() for p in people}
    surs = {w.lower() for p in people for w in p.core.split()}
    mine = set()
    for docs in files.values():
        for d in docs:
            for it in d["pii"]:
                if it["label"] == "ADDRESS":
                    mine.add(re.sub(r"\s+\d.*$", "", it["text"]).lower())
    blob = "\n".join(streets_other)
    hit_streets = sum(1 for s in mine if s in blob)
    kn = {d["known"]["names"][0] for d in files["holdout30_known.jsonl"]}
    kwords = {w for n in kn for w in _name_words(n)}
    print(f"other corpora: {len(others)}")
    print(f"first-name words {len(firsts)}, used as a name part there {len(firsts & parts)}")
    print(f"surname words {len(surs)}, used as a name part there {len(surs & parts)}")
    print(f"streets {len(mine)}, occurring in other corpora's addresses {hit_streets}")
    print(f"known-file name words {len(kwords)}, used as a name part there {len(kwords & parts)}")


def main(argv: list[str]) -> int:
    files, redraws, people = generate()
    if "--check" in argv:
        bad = [
            f
            for f, docs in files.items()
            if not (HERE / f).exists() or (HERE / f).read_text(encoding="utf-8") != _dump(docs)
        ]
        if bad:
            print("differ:", ", ".join(bad))
            return 1
        print("holdout30: files match the generator")
        return 0
    if "--audit" in argv:
        audit(files, people)
        return 0
    for f, docs in files.items():
        (HERE / f).write_text(_dump(docs), encoding="utf-8")
    _totals(files)
    print("redraws:", ", ".join(f"{k} {v}" for k, v in redraws.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
