#!/usr/bin/env python3
"""holdout20 — held-out anonymizer corpus of round twenty (helper H1). See README.md.

python tests/anonymizer/holdout20/make_holdout20.py           write the four files (seed 20261220)
python tests/anonymizer/holdout20/make_holdout20.py --check   exit 1 if the committed files differ
python tests/anonymizer/holdout20/make_holdout20.py --audit   overlap counts with every other corpus (counts only)
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from random import Random

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import core20 as C  # noqa: E402
import pools20 as P  # noqa: E402
import shapes20 as S  # noqa: E402

SEED = 20261220
ROOT = HERE.parent.parent.parent
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
FILES = [("school", 300, S.SCHOOL), ("health", 300, S.HEALTH), ("order", 250, S.ORDER), ("known", 150, None)]
SEPARATORS = ["\n\n---\n\n", "\n\n* * *\n\n", "\n\n=====\n\n"]
PARTICLE_WORDS = {"van", "de", "der", "den", "het", "'t", "t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def _score_module():
    spec = importlib.util.spec_from_file_location("score_for_holdout20", HERE.parent / "corpora" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _score_module()


def _ctx(r) -> dict:
    muni, domain, area = r.choice(P.MUNIS)
    return {"muni": muni, "domain": domain, "area": area}


def _footer(d) -> str:
    r = d.r
    k = r.randrange(4)
    if k == 0:
        return S.mediator_line(d)
    if k == 1:
        return (
            f"\n{d.k('Contact')}: {d.k(r.choice(S.TEAMS))}, {d.k('telefoon')} {d.k('14 ' + d.ctx['area'])}, "
            f"{d.muni_mail(r.choice(['info', 'afstemming', 'klantcontact']))}"
        )
    return ""


def build(name: str, shapes, r) -> dict:
    d = C.Doc(r, _ctx(r))
    if shapes is None:
        return build_known(d)
    main = r.choice(shapes)
    parts = [main(d)]
    if r.random() < 0.2:
        parts.append(r.choice(SEPARATORS) + r.choice(shapes)(d))
    text = "".join(parts) + _footer(d)
    return {"text": text, "pii": d.pii, "keep": d.keep, "_people": d.people}


def build_known(d) -> dict:
    r = d.r
    if r.random() < 0.88:
        word = r.choice(sorted(P.KNOWN_SURNAMES))
        phrases = P.KNOWN_SURNAMES[word]
        pe = d.person()
        pe.core, pe.particle = word, r.choice(P.KNOWN_PARTICLES)
    else:
        word = r.choice(sorted(P.KNOWN_FIRSTNAMES))
        phrases = P.KNOWN_FIRSTNAMES[word]
        pe = d.person()
        pe.first, pe.nick, pe.second = word, None, None
    first_word = word == pe.first
    off = d.person()
    known = {"names": [C.join(pe.first, pe.sur_in())]}
    head = d.k(r.choice(S.KNOWN_HEADS))
    form = r.randrange(4)
    opener = [pe.full, pe.surfirst, pe.caps, pe.ini][form]()
    full = pe.full()
    ph1, ph2 = phrases
    k1 = d.k(ph1)
    later = pe.first_() if (first_word or r.random() < 0.3) else f"{pe.title()} {pe.last()}"
    lines = [
        f"{head} — {d.k('kenmerk')} {d.case()}",
        f"{d.k('Betrokkene')}: {opener}" + (f" ({full})" if form else ""),
        f"Volgens {later} gaat het om {k1}; dat werd in het {d.k('gesprek')} met {off.ini()} duidelijk.",
    ]
    if r.random() < 0.5:
        e = d.mail(pe)
        known["emails"] = [e]
        lines.append(f"{d.k('E-mail')}: {e}")
    if r.random() < 0.4:
        ph = d.phone()
        known["phones"] = [ph]
        lines.append(f"{d.k('Telefoon')}: {ph}")
    if r.random() < 0.5:
        lines.append(f"PS: ook {d.k(ph2)} kwam ter sprake, zegt {pe.first_() if first_word else pe.last()}.")
    else:
        lines.append(f"{d.k('Vervolg')}: we spreken later over {d.k(ph2)} en de {d.k('afspraak')} van {d.date()}.")
    if r.random() < 0.3:
        lines.append(f"— {r.choice([pe.full, pe.caps, pe.ini])()}")
    lines.append(f"{d.k('Behandelaar')}: {off.full()} ({d.work_mail(off)})")
    d.known_word = word
    return {"text": "\n".join(lines), "known": known, "pii": d.pii, "keep": d.keep, "_people": d.people}


def _words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", s) if len(w) > 1 and w.lower() not in PARTICLE_WORDS}


def gate(doc: dict, known: bool) -> str | None:
    """None when ``doc`` passes the four gates, else the reason."""
    try:
        SCORE.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    text = doc["text"]
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not C.bsn_ok(it["text"]):
            return "bsn"
        if it["label"] == "IBAN" and not C.iban_ok(it["text"]):
            return "iban"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    persons = [it["text"] for it in doc["pii"] if it["label"] == "PERSON"]
    if not known:
        names = set().union(*[_words(p) for p in persons]) if persons else set()
        for k in doc["keep"]:
            if _words(k) & names:
                return f"keep shares a name word: {k}"
        return None
    kn = doc.get("known", {})
    names = kn.get("names") or []
    if not names or any({"text": n, "label": "PERSON"} not in doc["pii"] for n in names):
        return "known name not annotated"
    for e in kn.get("emails", []):
        if {"text": e, "label": "EMAIL"} not in doc["pii"]:
            return "known email not annotated"
    for ph in kn.get("phones", []):
        if {"text": ph, "label": "PHONE"} not in doc["pii"]:
            return "known phone not annotated"
    kw = set().union(*[_words(n) for n in names])
    person_words = set().union(*[_words(p) for p in persons])
    keep_words = set().union(*[{w for w in re.findall(r"\w+", k)} for k in doc["keep"]])
    shared = {w for w in kw & person_words if w in keep_words}  # lower case in a keep = ordinary sense
    if not shared:
        return "known word not kept in its ordinary sense"
    others = [p for p in persons if not (_words(p) & kw) or p in names]
    others = [
        p for p in persons if not _words(p) <= kw and not any(p in n or n in p for n in names) and not (_words(p) & kw)
    ]
    ow = set().union(*[_words(p) for p in others]) if others else set()
    for k in doc["keep"]:
        if _words(k) & ow:
            return f"keep shares another name's word: {k}"
    return None


def generate(collect: dict | None = None) -> dict[str, list[dict]]:
    out, redraws = {}, {}
    for name, count, shapes in FILES:
        docs, red = [], 0
        for n in range(count):
            attempt = 0
            while True:
                r = Random(f"{SEED}:{name}:{n}:{attempt}")
                d = build(name, shapes, r)
                people = d.pop("_people")
                doc = {"id": f"holdout20-{name}-{n:04d}", "text": d["text"]}
                if "known" in d:
                    doc["known"] = d["known"]
                doc["pii"], doc["keep"] = d["pii"], d["keep"]
                if gate(doc, name == "known") is None:
                    break
                attempt += 1
                red += 1
                assert attempt < 200, (name, n, gate(doc, name == "known"))
            if collect is not None:
                collect.setdefault("people", []).extend(people)
            docs.append(doc)
        out[f"holdout20_{name}.jsonl"] = docs
        redraws[name] = red
    if collect is not None:
        collect["redraws"] = redraws
    return out


def _dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def summary(files: dict[str, list[dict]], redraws: dict) -> None:
    total = Counter()
    for fname, docs in files.items():
        c = Counter(it["label"] for d in docs for it in d["pii"])
        total += c
        print(
            f"{fname}: {len(docs)} docs, {sum(c.values())} pii, {sum(len(d['keep']) for d in docs)} keep; "
            + ", ".join(f"{k} {c[k]}" for k in sorted(LABELS))
        )
    print("total:", sum(total.values()), dict(sorted(total.items())))
    print("redraws:", redraws)


def audit() -> None:
    col: dict = {}
    files = generate(col)
    firsts = {w for pe in col["people"] for w in re.findall(r"\w+", pe.first) if len(w) > 2}
    surs = {w for pe in col["people"] for w in re.findall(r"\w+", pe.core) if len(w) > 2}
    streets, persons = set(), set()
    known_words = set()
    for _fname, docs in files.items():
        for d in docs:
            for it in d["pii"]:
                if it["label"] == "ADDRESS":
                    streets.add(re.sub(r"\s+\d.*$", "", it["text"]).lower())
                if it["label"] == "PERSON":
                    persons.add(it["text"])
            if "known" in d:
                for n in d["known"]["names"]:
                    known_words |= {
                        w for w in re.findall(r"\w+", n) if w in P.KNOWN_SURNAMES or w in P.KNOWN_FIRSTNAMES
                    }
    other_words, other_streets, n_files = set(), set(), 0
    paths = [p for p in (ROOT / "tests" / "anonymizer").rglob("*.jsonl") if HERE not in p.parents]
    paths += list((ROOT.parent / "shared" / "data").rglob("*.jsonl")) if (ROOT.parent / "shared").exists() else []
    paths += list((ROOT / ".." / "shared" / "data").resolve().rglob("*.jsonl")) if not paths else []
    for p in sorted(set(paths)):
        n_files += 1
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except ValueError:
                continue
            for it in d.get("pii", []) if isinstance(d, dict) else []:
                if not isinstance(it, dict):
                    continue
                if it.get("label") == "PERSON":
                    other_words |= {w.lower() for w in re.findall(r"\w+", it.get("text", ""))}
                elif it.get("label") == "ADDRESS":
                    other_streets.add(re.sub(r"\s+\d.*$", "", it.get("text", "")).lower())
    fn_hit = sum(w.lower() in other_words for w in firsts)
    sn_hit = sum(w.lower() in other_words for w in surs)
    fresh = sum(1 for p in persons if not any(len(w) > 2 and w.lower() in other_words for w in re.findall(r"\w+", p)))
    print(f"other corpora: {n_files}")
    print(f"first-name words {len(firsts)}, used as a name part elsewhere {fn_hit}")
    print(f"surname words {len(surs)}, used as a name part elsewhere {sn_hit}")
    print(f"distinct PERSON items {len(persons)}, with no part (>2 letters) that is a name part elsewhere {fresh}")
    print(f"streets {len(streets)}, occurring elsewhere {len(streets & other_streets)}")
    print(
        f"known-file name words {len(known_words)}, used as a name part elsewhere "
        f"{sum(w.lower() in other_words for w in known_words)}"
    )


def main(argv: list[str]) -> int:
    if "--audit" in argv:
        audit()
        return 0
    col: dict = {}
    files = generate(col)
    if "--check" in argv:
        bad = [
            f
            for f, docs in files.items()
            if not (HERE / f).exists() or (HERE / f).read_text(encoding="utf-8") != _dump(docs)
        ]
        print("differs:" if bad else "ok", *bad)
        return 1 if bad else 0
    for f, docs in files.items():
        (HERE / f).write_text(_dump(docs), encoding="utf-8")
        print(f"{len(docs)} documents -> {f}")
    summary(files, col["redraws"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
