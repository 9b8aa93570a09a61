"""Benchmark the anonymizer: load time, peak memory, throughput, and the dev-corpus score.

    python bench/bench_anonymizer.py [--mb 4] [--deduce /tmp/deduce-venv/bin/python] [--stages]

Each figure is measured in a fresh subprocess so imports and memory are not shared. With
``--deduce`` the GPL tool deduce (installed in a separate, throwaway venv, never a project
dependency) is measured the same way on a smaller sample, side by side.
``--stages`` adds where the CPU time of the mixed text goes (structured identifiers, the case view, tokenizing,
person decisions, the genre finders of spoken numbers, record keys and foreign addresses, the rest), measured by
wrapping those steps in the worker (a few per cent of overhead).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "pii_dev.jsonl"
SCORER = ROOT.parent / "shared" / "tools" / "score_anonymizer.py"

FIRST = ["Anouk", "Mehmet", "Fatma", "Youssef", "Sanne", "Piotr", "Ravi", "Ling", "Kwame", "Ingrid", "Joost"]
LAST = [
    "de Jong",
    "Yıldız",
    "Amrani",
    "Kowalski",
    "Ramsaran",
    "Chen",
    "Mensah",
    "van der Meer",
    "Bos",
    "Groen",
]
STREETS = ["Hoofdstraat", "Lindelaan", "Stationsplein", "Kerkpad", "Oude Gracht", "Molendijk", "Rozenhof"]
# Narrative sentences without personal data, as most of a published case is.
PLAIN = [
    "De bewoner had al twee keer gebeld zonder antwoord te krijgen.",
    "Volgens de afdeling Vergunningen ontbrak er een tekening bij de aanvraag.",
    "Tijdens het gesprek bleek dat de brief naar een oud adres was gestuurd.",
    "De gemeente erkende dat de termijn ruim was overschreden en bood excuses aan.",
    "Afgesproken werd dat de consulent binnen vijf werkdagen terugbelt.",
    "Het team Handhaving heeft de situatie ter plekke bekeken en de boete heroverwogen.",
    "Les: leg bij een verhuizing direct vast welk adres de gemeente gebruikt.",
    "In maart volgde een tweede gesprek, waarin de oplossing werd bevestigd.",
    "De inwoner was tevreden over de snelle afhandeling, maar vond de eerste brief onduidelijk.",
    "Na overleg met Werk en Inkomen is de uitkering met terugwerkende kracht uitbetaald.",
]
SENTENCES = [
    "Mevrouw {n} uit {c} vroeg om afstemming over haar parkeervergunning.",
    "Volgens de consulent is de aanvraag voor bijzondere bijstand op {d} ontvangen.",
    "Mijn buurman {f} zet zijn container al weken niet aan de straat.",
    "De heer {n} woont aan de {s} {h} en is bereikbaar op 06-{p}.",
    "Het gesprek met de afdeling Vergunningen leidde tot een afspraak over de termijn.",
    "De gemeente betaalt € {a},00 terug; de kosten van het bezwaar worden vergoed.",
    "Na overleg met teamleider {f} werd de boete ingetrokken.",
    "Kenmerk Z/{k}: de melding over de losliggende stoeptegels is doorgezet naar Wijkbeheer.",
    "In maart volgde een keukentafelgesprek over de Wmo-voorziening.",
    "Bewoners klagen over geluidsoverlast van het evenement in het park.",
]
CITIES = ["Zwolle", "Amersfoort", "Tilburg", "Groningen", "Almere"]
MONTHS = ["januari", "maart", "mei", "juli", "september", "november"]


def make_text(mb: float, seed: int = 1, dense: bool = False) -> list[str]:
    """Generate about ``mb`` MB of Dutch case text, as documents of 4-10 sentences.

    By default about a third of the sentences carry personal data (like a case write-up);
    ``dense=True`` puts some in every sentence (like the annotated dev corpus).
    """
    rnd = random.Random(seed)
    docs, size = [], 0
    while size < mb * 1_000_000:
        sents = []
        for _ in range(rnd.randint(4, 10)):
            f = rnd.choice(FIRST)
            if not dense and rnd.random() < 0.65:
                sents.append(rnd.choice(PLAIN))
                continue
            sents.append(
                rnd.choice(SENTENCES).format(
                    n=f"{f} {rnd.choice(LAST)}",
                    f=f,
                    c=rnd.choice(CITIES),
                    s=rnd.choice(STREETS),
                    h=rnd.randint(1, 200),
                    p=rnd.randint(10000000, 99999999),
                    a=rnd.randint(50, 2000),
                    d=f"{rnd.randint(1, 28)} {rnd.choice(MONTHS)} {rnd.randint(2019, 2025)}",
                    k=f"{rnd.randint(20, 25)}/{rnd.randint(100000, 999999)}",
                )
            )
        doc = " ".join(sents)
        docs.append(doc)
        size += len(doc.encode("utf-8"))
    return docs


OURS = r"""
import json, resource, sys, time
t0 = time.perf_counter()
import anonymizer
anonymizer.anonymize("Mevrouw Jansen belde.")
load = time.perf_counter() - t0
docs = json.load(open(sys.argv[1], encoding="utf-8"))
size = sum(len(d.encode("utf-8")) for d in docs)
t0 = time.process_time()  # CPU time of this process: "MB per second on one core", robust to a busy machine
for d in docs:
    anonymizer.anonymize(d)
dt = time.process_time() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"load_s": load, "mb_per_s": size / 1e6 / dt, "peak_rss_mb": rss, "mb": size / 1e6}))
"""

DEDUCE = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from deduce import Deduce
deduce = Deduce()
deduce.deidentify("Mevrouw Jansen belde.")
load = time.perf_counter() - t0
docs = json.load(open(sys.argv[1], encoding="utf-8"))
size = sum(len(d.encode("utf-8")) for d in docs)
t0 = time.process_time()
for d in docs:
    deduce.deidentify(d)
dt = time.process_time() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"load_s": load, "mb_per_s": size / 1e6 / dt, "peak_rss_mb": rss, "mb": size / 1e6}))
"""


STAGES = r"""
import json, sys, time
import anonymizer
from anonymizer import core, persons
clock = time.process_time
spent = {}


def wrap(module, name, label):
    fn = getattr(module, name)

    def timed(*args, **kwargs):
        t0 = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + clock() - t0

    setattr(module, name, timed)


wrap(core, "_structured", "structured identifiers (patterns, fields)")
wrap(core, "case_view", "case view (casing)")
wrap(core, "tokenize", "tokenize (persons)")
wrap(core, "find_spoken", "numbers in words (spoken)")
wrap(core, "record_dates", "record keys (birthkeys)")
wrap(core, "foreign_addresses", "foreign addresses (abroad)")
wrap(persons, "_judge", "person decisions (persons._judge, judge, model)")
wrap(core, "find_person_chunks", "person chunks (persons)")
anonymizer.anonymize("Mevrouw Jansen belde.")
spent.clear()
docs = json.load(open(sys.argv[1], encoding="utf-8"))
t0 = clock()
for d in docs:
    anonymizer.anonymize(d)
total = clock() - t0
spent["person chunks (persons)"] -= spent["person decisions (persons._judge, judge, model)"]
spent["rest (core, extend, speakers)"] = total - sum(spent.values())
print(json.dumps({"total_s": total, "stages": spent}))
"""


def measure(python: str, code: str, docs: list[str]) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(docs, fh, ensure_ascii=False)
        path = fh.name
    # Start-up as an installed package has it: with compiled bytecode. A sandbox may set PYTHONDONTWRITEBYTECODE,
    # which makes every start compile the package's source again (about 0.15 s more, round fifteen); one warm-up
    # import writes the bytecode first.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([python, "-c", "import anonymizer"], capture_output=True, cwd=ROOT, env=env, timeout=600)
    try:
        proc = subprocess.run(
            [python, "-c", code, path], capture_output=True, text=True, cwd=ROOT, env=env, timeout=1800
        )
    finally:
        Path(path).unlink(missing_ok=True)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-1500:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def dev_score() -> str:
    if not (DEV.exists() and SCORER.exists()):
        return "dev corpus not found"
    proc = subprocess.run(
        [sys.executable, str(SCORER), str(DEV)], capture_output=True, text=True, cwd=ROOT, timeout=600
    )
    lines = proc.stdout.strip().splitlines()
    return lines[-1] if lines else proc.stderr.strip()[-300:]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=4.0, help="MB of generated text for the throughput run")
    ap.add_argument("--deduce", help="python of a separate venv with deduce installed (optional)")
    ap.add_argument("--deduce-mb", type=float, default=0.3, help="MB of text for deduce (it is slow)")
    ap.add_argument("--stages", action="store_true", help="also show where the CPU time of the mixed text goes")
    a = ap.parse_args()

    rows = [
        ("anonymizer", measure(sys.executable, OURS, make_text(a.mb))),
        ("  dense text", measure(sys.executable, OURS, make_text(a.mb / 2, dense=True))),
    ]
    if DEV.exists():
        docs = [json.loads(line)["text"] for line in DEV.open(encoding="utf-8") if line.strip()]
        rows.append(("  dev corpus", measure(sys.executable, OURS, docs * 5)))
    if a.deduce:
        if Path(a.deduce).exists():
            try:
                rows.append(("deduce", measure(a.deduce, DEDUCE, make_text(a.deduce_mb))))
                rows.append(("  dense text", measure(a.deduce, DEDUCE, make_text(a.deduce_mb / 2, dense=True))))
            except RuntimeError as exc:
                print(f"deduce skipped: {exc}", file=sys.stderr)
        else:
            print(f"deduce skipped: {a.deduce} not found", file=sys.stderr)

    print("MB/s is text per CPU second of the worker process (one core).")
    print(f"{'tool':12s} {'load s':>8s} {'MB/s':>8s} {'peak RSS MB':>12s} {'text MB':>8s}")
    for name, r in rows:
        print(f"{name:12s} {r['load_s']:8.2f} {r['mb_per_s']:8.2f} {r['peak_rss_mb']:12.0f} {r['mb']:8.2f}")
    if a.stages:
        got = measure(sys.executable, STAGES, make_text(a.mb))
        print("CPU time of the mixed text by step (wrapped, so a little slower than above):")
        for name, secs in sorted(got["stages"].items(), key=lambda kv: -kv[1]):
            print(f"  {name:50s} {100 * secs / got['total_s']:5.1f} %")
    print(f"dev score (anonymizer): {dev_score()}")
    targets = rows[0][1]
    ok = targets["load_s"] < 0.5 and targets["mb_per_s"] >= 2 and targets["peak_rss_mb"] < 200
    print("targets (start-up < 0.5 s, >= 2 MB/s per CPU second, < 200 MB):", "met" if ok else "NOT met")


if __name__ == "__main__":
    main()
