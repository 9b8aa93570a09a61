"""Generator of holdout23, round twenty-three's held-out anonymizer corpus (helper H1). Standard library only.

    python tests/anonymizer/holdout23/make_holdout23.py           # write the four files (seed 20261223)
    python tests/anonymizer/holdout23/make_holdout23.py --check   # exit 1 if the committed files differ
    python tests/anonymizer/holdout23/make_holdout23.py --audit   # overlap counts with other corpora (counts only)

Each document draws from ``Random("20261223:<file>:<n>:<attempt>")``; a document failing ``gate()`` is redrawn
with the next attempt."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from random import Random

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import core23  # noqa: E402
import pools23 as P  # noqa: E402
import shapes23 as S  # noqa: E402

SEED = 20261223
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
FILES = [("research", 300), ("staff", 300), ("abroad", 250), ("known", 150)]
SHAPES = {"research": S.RESEARCH, "staff": S.STAFF, "abroad": S.ABROAD}
# particles (and particle-like name parts) set aside when comparing keep words with names
NAME_PARTICLES = {
    "van",
    "de",
    "der",
    "den",
    "het",
    "'t",
    "ter",
    "ten",
    "te",
    "in",
    "op",
    "la",
    "le",
    "du",
    "vanden",
    "vande",
    "vander",
    "d'",
    "el",
    "el-",
    "ait",
    "ben",
    "bou",
    "al",
    "al-",
    "abu",
    "di",
    "del",
    "lo",
    "dos",
    "da",
    "do",
    "dela",
    "delos",
    "von",
    "o'",
    "mc",
    "mac",
}


def _score_module():
    spec = importlib.util.spec_from_file_location("score_for_holdout23", HERE.parent / "corpora" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _score_module()


def _words(s: str) -> set[str]:
    return {w for w in re.split(r"[^\w'’]+", s.lower()) if w}


def _name_words(s: str) -> set[str]:
    return {w for w in _words(s) if len(w) > 1 and w not in NAME_PARTICLES}


def _blank(text: str, pii: list[dict]) -> str:
    for item in sorted(pii, key=lambda i: -len(i["text"])):
        text = text.replace(item["text"], "[x]")
    return text


def build(file: str, n: int, attempt: int) -> tuple[dict, core23.Ctx]:
    r = Random(f"{SEED}:{file}:{n}:{attempt}")
    c = core23.Ctx(r, f"holdout23-{file}-{n:04d}")
    if file == "known":
        word, isfirst, phrases = P.WORDNAMES[(n * 7) % len(P.WORDNAMES)]
        text = S.known_doc(c, word, isfirst, phrases)
    else:
        shapes = SHAPES[file]
        text = shapes[n % len(shapes)](c)
        if r.random() < 0.2:
            text += "\n\n" + r.choice(["---", "* * *", "====="]) + "\n\n" + r.choice(shapes)(c)
    pii, seen = [], set()
    for t, label in c.items:
        if (t, label) not in seen:
            seen.add((t, label))
            pii.append({"text": t, "label": label})
    blank = _blank(text, pii)
    keep = []
    for k in dict.fromkeys(c.keeps):
        pat = r"(?<![\w])" + re.escape(k) + r"(?![\w])"
        if re.search(pat, text) and re.search(pat, blank, flags=re.I):
            keep.append(k)
    doc = {"id": c.id, "text": text, "pii": pii, "keep": keep}
    if c.known:
        doc = {"id": c.id, "text": text, "known": c.known, "pii": pii, "keep": keep}
    return doc, c


def gate(doc: dict, known: bool) -> str | None:
    """None when ``doc`` passes the four quality gates, else the reason."""
    try:
        SCORE.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not core23.bsn_ok(item["text"]):
            return "bsn eleven-test"
        if item["label"] == "IBAN" and not core23.iban_ok(item["text"]):
            return "iban mod-97"
    keep_words = set()
    for k in doc["keep"]:
        keep_words |= _words(k)
    persons = [i["text"] for i in doc["pii"] if i["label"] == "PERSON"]
    if not known:
        names = set().union(*(_name_words(p) for p in persons)) if persons else set()
        if keep_words & names:
            return f"keep shares a name word: {sorted(keep_words & names)[:3]}"
        return None
    kn = doc.get("known", {}).get("names") or []
    if not kn or not any(i["text"] == kn[0] and i["label"] == "PERSON" for i in doc["pii"]):
        return "known name not annotated"
    kwords = _name_words(kn[0])
    person_words = set().union(*(_name_words(p) for p in persons)) if persons else set()
    if not any(w in person_words and w in keep_words for w in kwords):
        return "no word of the known name is kept in its ordinary sense"
    others = set()
    for p in persons:
        w = _name_words(p)
        if not (w & kwords) or (w - kwords and p.lower() not in kn[0].lower()):
            others |= w - kwords
    if keep_words & others:
        return f"keep shares another person's name word: {sorted(keep_words & others)[:3]}"
    for e in doc.get("known", {}).get("emails", []) + doc.get("known", {}).get("phones", []):
        if e not in doc["text"]:
            return "known e-mail/phone absent"
    return None


def generate(verbose: bool = False) -> tuple[dict[str, list[dict]], dict[str, int], dict[str, list]]:
    out, redraws, people = {}, {}, {}
    for file, count in FILES:
        docs, red, ppl = [], 0, []
        for n in range(count):
            for attempt in range(200):
                doc, c = build(file, n, attempt)
                why = gate(doc, file == "known")
                if why is None:
                    break
                red += 1
                if verbose:
                    print(f"  redraw {doc['id']} attempt {attempt}: {why[:160]}", file=sys.stderr)
            else:
                raise SystemExit(f"no passing draw for {file} {n}")
            docs.append(doc)
            ppl.append(c)
        out[file], redraws[file], people[file] = docs, red, ppl
    return out, redraws, people


def _path(file: str) -> Path:
    return HERE / f"holdout23_{file}.jsonl"


def _dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def _report(out: dict[str, list[dict]], redraws: dict[str, int]) -> None:
    tot = Counter()
    for file, docs in out.items():
        lab = Counter(i["label"] for d in docs for i in d["pii"])
        tot.update(lab)
        print(
            f"{_path(file).name}: {len(docs)} docs, {sum(lab.values())} pii, {sum(len(d['keep']) for d in docs)} keep, "
            f"{redraws[file]} redraws; " + ", ".join(f"{k} {lab[k]}" for k in sorted(lab))
        )
    print("total: " + ", ".join(f"{k} {tot[k]}" for k in sorted(tot)) + f"; {sum(tot.values())} items")


def audit() -> None:
    out, _, people = generate()
    root = HERE.parent
    others = [p for p in root.rglob("*.jsonl") if HERE not in p.parents]
    shared = HERE.parent.parent.parent.parent / "shared" / "data"
    if shared.exists():
        others += list(shared.rglob("*.jsonl"))
    name_words, addr_texts, ncorp = set(), [], 0
    for f in others:
        had = False
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError:
                continue
            if not isinstance(d, dict) or "pii" not in d:
                continue
            had = True
            for i in d["pii"]:
                if i.get("label") == "PERSON":
                    name_words |= _name_words(i["text"])
                elif i.get("label") == "ADDRESS":
                    addr_texts.append(i["text"].lower())
        ncorp += had
    firsts, lasts, streets, wn = set(), set(), set(), set()
    for file, ctxs in people.items():
        for c in ctxs:
            for p in c.people:
                firsts |= _name_words(p.first)
                lasts |= _name_words(p.last)
        for d in out[file]:
            for i in d["pii"]:
                if i["label"] == "ADDRESS":
                    st = re.sub(r"\s+\d.*$", "", i["text"]) if re.search(r"\d", i["text"]) else i["text"]
                    if not st[:1].isdigit():
                        streets.add(st.lower())
    for d in out["known"]:
        wn |= _name_words(d["known"]["names"][0]) & {w.lower() for w, _, _ in P.WORDNAMES}
    addr_blob = "\n".join(addr_texts)
    print(f"other corpora with pii: {ncorp}")
    print(f"first-name words {len(firsts)}, used as a name part elsewhere {len(firsts & name_words)}")
    print(f"surname words {len(lasts)}, used as a name part elsewhere {len(lasts & name_words)}")
    print(f"streets {len(streets)}, occurring in other corpora's addresses {sum(1 for s in streets if s in addr_blob)}")
    print(f"known-file word-names {len(wn)}, used as a name part elsewhere {len(wn & name_words)}")


def main(argv: list[str]) -> int:
    if "--audit" in argv:
        audit()
        return 0
    out, redraws, _ = generate(verbose="-v" in argv)
    if "--check" in argv:
        bad = [f for f in out if not _path(f).exists() or _path(f).read_text(encoding="utf-8") != _dump(out[f])]
        if bad:
            print("differ: " + ", ".join(bad))
            return 1
        print("files match the generator")
        return 0
    for f, docs in out.items():
        _path(f).write_text(_dump(docs), encoding="utf-8")
    _report(out, redraws)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
