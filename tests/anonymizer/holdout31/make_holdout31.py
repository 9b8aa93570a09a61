#!/usr/bin/env python3
"""holdout31: held-out anonymizer corpus of round thirty-one (helper H1). Standard library only.

    python tests/anonymizer/holdout31/make_holdout31.py           # write the four files (seed 20261231)
    python tests/anonymizer/holdout31/make_holdout31.py --check   # exit 1 if the committed files differ
    python tests/anonymizer/holdout31/make_holdout31.py --audit   # overlap counts with other corpora (counts only)

Each document n of file f is drawn from Random("20261231:<f>:<n>:<attempt>"), redrawn with the next attempt until
gate() passes. See README.md.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from random import Random

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import core31  # noqa: E402
from core31 import LABELS, K, L, bsn_valid, iban_valid, ordinary_date, render  # noqa: E402
from pools31 import KNOWN_WORDS, ORIGINS  # noqa: E402
from shapes31 import AD, BS, CASE, CLIMATE, DIGITAL, GATHER, IB, PC, WM, P, ctx, later, title  # noqa: E402

SEED = 20261231
_spec = importlib.util.spec_from_file_location("score_for_holdout31", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

FILES = [("digital", 300, DIGITAL), ("climate", 300, CLIMATE), ("gather", 250, GATHER), ("known", 150, None)]
PARTICLES = score.PARTICLES


# ---------------------------------------------------------------- documents of the three kind files


def note(r, c):
    med, tw = c["med"], c["town"]
    extra = r.random()
    tail = ""
    if extra < 0.3:
        tail = f" {K('Intern')}: {BS(r)}."
    elif extra < 0.5:
        tail = f" {K('Terugbetaling')} via {IB(r)}."
    return (
        f"\n{K('Notitie')} {K('bemiddelaar')} {P(med.full())} ({WM(r, med, tw)}): {K('verzoek tot afstemming')} "
        f"geregistreerd, {CASE(r)}; {K('terugkoppeling')} op {K(ordinary_date(r))}.{tail}\n"
    )


def kind_doc(r, shapes):
    c = ctx(r)
    tpl = r.choice(shapes)(r, c)
    if r.random() < 0.2:
        c2 = ctx(r)
        c2["town"] = c["town"]
        tpl += f"\n{r.choice(['---', '* * *', '====='])}\n" + r.choice(shapes)(r, c2)
    if r.random() < 0.25:
        tpl += note(r, c)
    return tpl, None


# ---------------------------------------------------------------- the known file

KNOWN_HEAD = [
    "{K('Informatiepunt Digitale Overheid')} — {K('hulpvraag')}",
    "{K('Aanvraag')} {K('subsidie afkoppelen regenwater')}",
    "{K('Hitteplan')} — {K('belronde')}",
    "{K('Kennisgeving')} {K('betoging')}",
    "{K('Aanvraag')} {K('buurtbudget')}",
    "{K('Bezoekverslag')} {K('Digimaatje')}",
    "{K('Verslag')} {K('Klimaatstraat')}",
    "{K('Buurtpreventie')} — {K('aanmelding')}",
]
FRAMES = [
    "In het gesprek ging het ook over {ph}.",
    "De foto bij de aanvraag toont {ph}.",
    "Volgens de melding gaat het mede om {ph}.",
    "Op de bijlage is {ph} te zien.",
    "Ze noemde daarnaast {ph} als reden.",
    "Er werd kort gesproken over {ph}.",
    "Daarna vertelde de bewoner over {ph}.",
    "Het verslag noemt verder {ph}.",
]
PARTS = ["de", "van", "van de", "van der", "van den", "de", "ter"]


def known_person(r, w, kind):
    origin = r.choice(["dutch", "dutch", "frisian", "limburg", "dutch_particle", "creole", "moluccan", "flemish"])
    if kind == "s":
        part = r.choice(PARTS) if r.random() < 0.3 else ""
        p = core31.Person(r, origin=origin, sur=(part, w))
    else:
        p = core31.Person(r, origin="dutch")
        p.first, p.first2 = w, None
        p.nick = None
    return p


def known_doc(r, n):
    w, phrases, kind = KNOWN_WORDS[n % len(KNOWN_WORDS)] if n < len(KNOWN_WORDS) else r.choice(KNOWN_WORDS)
    p = known_person(r, w, kind)
    c = ctx(r)
    tw, off = c["town"], c["off"]
    lw = w.lower()
    ph = [re.sub(r"(?<!\w)" + re.escape(lw) + r"(?!\w)", lw, x) for x in phrases]
    known = {"names": [p.full()]}
    head = eval('f"' + r.choice(KNOWN_HEAD) + '"', {"K": K})
    first_form = r.choice(["full", "full", "ini", "sf", "caps"])
    lines = [head]
    if first_form == "full":
        lines.append(f"{K('Naam')}: {P(p.full())}")
    elif first_form == "ini":
        lines.append(f"{K('Naam')}: {P(p.ini(r.randrange(4)))} ({P(p.full())})")
    elif first_form == "sf":
        lines.append(f"{K('Naam')}: {P(p.sf(0))}; {P(p.full())}")
    else:
        lines.append(f"{K('NAAM')}: {P(p.caps())} ({P(p.full())})")
    if r.random() < 0.5:
        lines.append(f"{K('Adres')}: {AD(c['a'])}, {PC(c['a'])} {K(c['a'].town)}")
    if r.random() < 0.35:
        em = p.mail(r)
        known["emails"] = [em]
        lines.append(f"{K('E-mail')}: {L('EMAIL', em)}")
    if r.random() < 0.4:
        tel = p.phone(r)
        known["phones"] = [tel]
        lines.append(f"{K('Telefoon')}: {L('PHONE', tel)}")
    if r.random() < 0.3:
        lines.append(f"{K('Geboortedatum')}: {L('DATE_OF_BIRTH', core31.dob_fmt(r, p.dob))}")
    fr = r.sample(FRAMES, 2)
    lines.append("")
    tl = title(r, p)
    lines.append(
        f"{tl[0].upper() + tl[1:]} {P(p.surname())} kwam op {K(ordinary_date(r))} langs. "
        + fr[0].replace("{ph}", K(ph[0]))
    )
    if r.random() < 0.5:
        lines.append(f"{K('Contact')} met {P(off.full())} ({WM(r, off, tw)}); {CASE(r)}.")
    if r.random() < 0.5:
        lines.append(
            f"\n{K('PS')}: "
            + fr[1].replace("{ph}", K(ph[1]))
            + f" {later(r, p) if kind == 's' else P(p.first)} laat het weten."
        )
    if r.random() < 0.3:
        lines.append(f"\n— {P(p.full()) if r.random() < 0.5 else P(p.ini())}")
    return "\n".join(lines) + "\n", known


# ---------------------------------------------------------------- gate


def _name_words(text):
    return {
        w.lower().strip("'.")
        for w in re.split(r"[\s\-]+", text)
        if len(w.strip("'.")) > 1 and w.lower().strip("'.") not in PARTICLES
    }


def _keep_words(k):
    return {w.lower() for w in re.findall(r"\w+", k) if len(w) > 1 and w.lower() not in PARTICLES}


def gate(doc: dict, known: bool) -> str | None:
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    text = doc["text"]
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_valid(it["text"]):
            return "bsn"
        if it["label"] == "IBAN" and not iban_valid(it["text"]):
            return "iban"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    keepw = set().union(*[_keep_words(k) for k in doc["keep"]]) if doc["keep"] else set()
    persons = [it["text"] for it in doc["pii"] if it["label"] == "PERSON"]
    if not known:
        for t in persons:
            if _name_words(t) & keepw:
                return f"keep shares a word with a name: {t}"
        return None
    kn = doc.get("known", {})
    if not kn.get("names"):
        return "no known name"
    name = kn["names"][0]
    if name not in persons:
        return "known name not annotated"
    for e in kn.get("emails", []):
        if not any(it["text"] == e and it["label"] == "EMAIL" for it in doc["pii"]):
            return "known email"
    for ph in kn.get("phones", []):
        if not any(it["text"] == ph and it["label"] == "PHONE" for it in doc["pii"]):
            return "known phone"
    kwords = _name_words(name)
    kept = {w for w in kwords if any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", k) for k in doc["keep"])}
    if not kept:
        return "no known word kept"
    if not any(kept & _name_words(t) for t in persons):
        return "known word not in a PERSON item"
    for t in persons:
        ws = _name_words(t)
        own = ws & kwords
        if own:
            if (ws - kept) & keepw:
                return f"keep shares a word with the known name: {t}"
        elif ws & keepw:
            return f"keep shares a word with another name: {t}"
    for w in kept:  # the ordinary use is lower case and never sentence-initial
        for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
            pre = text[: m.start()].rstrip(" ")
            if not pre or pre[-1] in ".!?\n:":
                return "ordinary use sentence-initial"
    return None


# ---------------------------------------------------------------- generate

REDRAWS = {}


def make_doc(fname, n, shapes):
    attempt = 0
    while True:
        r = Random(f"{SEED}:{fname}:{n}:{attempt}")
        tpl, known = known_doc(r, n) if shapes is None else kind_doc(r, shapes)
        text, pii, keep = render(tpl)
        d = {"id": f"holdout31-{fname}-{n:04d}", "text": text}
        if known:
            d["known"] = known
        d["pii"], d["keep"] = pii, keep
        if gate(d, shapes is None) is None:
            REDRAWS[fname] = REDRAWS.get(fname, 0) + attempt
            return d
        attempt += 1
        if attempt > 200:
            raise RuntimeError(f"{fname} {n}: {gate(d, shapes is None)}")


def generate():
    out = {}
    for fname, count, shapes in FILES:
        out[f"holdout31_{fname}.jsonl"] = [make_doc(fname, n, shapes) for n in range(count)]
    return out


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def stats(files):
    from collections import Counter

    tot = Counter()
    for name, docs in files.items():
        c = Counter(it["label"] for d in docs for it in d["pii"])
        tot.update(c)
        print(
            f"{name}: {len(docs)} docs, {sum(c.values())} pii, {sum(len(d['keep']) for d in docs)} keep, "
            f"redraws {REDRAWS.get(name[10:-6], 0)}; " + ", ".join(f"{k} {c[k]}" for k in LABELS)
        )
    print("total: " + ", ".join(f"{k} {tot[k]}" for k in LABELS) + f"; {sum(tot.values())} items")


def audit(files):
    others = [p for p in (HERE.parent).rglob("*.jsonl") if HERE not in p.parents]
    others += list((ROOT.parent / "shared" / "data").rglob("*.jsonl"))
    words, addrs, n = set(), [], 0
    for p in others:
        used = False
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError:
                continue
            for it in d.get("pii", []) if isinstance(d, dict) else []:
                used = True
                if it.get("label") == "PERSON":
                    words |= {w.lower() for w in re.split(r"[\s\-]+", it["text"]) if w}
                elif it.get("label") == "ADDRESS":
                    addrs.append(it["text"].lower())
        n += used
    first = {w.lower() for w in core31.DRAWN["first"]}
    sur = {w.lower() for w in core31.DRAWN["sur"]}
    streets = core31.DRAWN["street"]
    blob = "\n".join(addrs)
    st_hit = sum(1 for s in streets if s.lower() in blob)
    kw = {w.lower() for w, _, _ in KNOWN_WORDS}
    print(f"other corpora with pii: {n}")
    print(f"first-name words {len(first)}, used as a name part there {len(first & words)}")
    print(f"surname words {len(sur)}, used as a name part there {len(sur & words)}")
    print(f"streets {len(streets)}, occurring inside another corpus's address {st_hit}")
    print(f"known-file word-names {len(kw)}, used as a name part there {len(kw & words)}")
    print(f"origin groups {len(ORIGINS)}")


def main(argv):
    files = generate()
    if "--check" in argv:
        bad = [
            n
            for n, docs in files.items()
            if not (HERE / n).exists() or (HERE / n).read_text(encoding="utf-8") != dump(docs)
        ]
        print("differ: " + ", ".join(bad) if bad else "all files match")
        return 1 if bad else 0
    if "--audit" in argv:
        audit(files)
        return 0
    for n, docs in files.items():
        (HERE / n).write_text(dump(docs), encoding="utf-8")
    stats(files)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
