#!/usr/bin/env python3
"""Search benchmark: synthetic Dutch corpus -> index build rate, index size, query latency.

Generates a deterministic (seeded) corpus of varied Dutch articles: compounds built from a few
hundred noun parts, verbs, adjectives and sentence templates, themes and departments, so the
vocabulary is large and not trivial. Builds a ``SearchIndex`` in a temp dir and times 200 mixed
queries (single words, plurals, compound parts, split compounds, typos, multi-word, filters,
browse) through ``SearchIndex.search``.

Usage: .venv/bin/python bench/bench_search.py [--n 100000] [--queries 200] [--seed 42] [--keep DIR] [--whoosh] [--ab]
       [--engine dense|maxscore|hybrid] [--replay ROUNDS]

``--whoosh`` also builds a plain Whoosh index of the same articles and prints the build-time ratio.
``--ab`` then replays the queries once more with the result cache bypassed, the exhaustive engine
("reference"), the default one ("dense"), the bounded one ("maxscore") and "hybrid" interleaved query by query, counts
answers that differ and prints how many postings "maxscore" scored of those the queries' words hold.
``--replay ROUNDS`` replays the queries that many more times through the chosen engine without the result cache.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from knowledgebase.search import ArticleDoc, SearchIndex, SearchQuery

PARTS = """afval water riool straat parkeer bouw woning huur zorg jeugd school leer bijstand uitkering
belasting honden gemeente buurt wijk speel park boom groen fiets auto verkeer licht lantaarn geluid
lucht vocht schimmel dak kelder tuin hek muur stoep tegel brug haven markt winkel horeca terras
evenement feest sport zwem bad bibliotheek museum kerk begraaf plaats graf vergunning aanvraag
besluit bezwaar klacht melding brief telefoon loket balie afspraak paspoort rijbewijs kaart pas
identiteit adres verhuis inschrijving geboorte huwelijk trouw scheiding schuld hulp budget geld
betaling regeling toeslag kosten heffing aanslag waarde taxatie container bak glas papier plastic
textiel chemisch grof vuil zwerf hond kat dier ongedierte rat duif meeuw bomen blad sneeuw strooi
zout ijs regen storm wind zon energie warmte isolatie zonnepaneel laad paal stroom gas net kabel
glasvezel internet digitaal formulier website account wachtwoord code brief post bezorg pakket
vervoer bus tram trein taxi leerling ouder kind baby peuter kleuter tiener oudere mantel vrijwilliger
buur bewoner huurder eigenaar verhuurder corporatie makelaar aannemer schilder loodgieter elektra
monteur inspecteur handhaver boa politie brandweer ambulance dokter huisarts tandarts apotheek
""".split()

HEADS = """vergunning aanvraag overlast melding regeling toeslag heffing belasting kosten plan beleid
besluit procedure termijn wachtlijst loket punt dienst team inzameling onderhoud reparatie controle
keuring inspectie handhaving boete schade claim vergoeding subsidie budget uitkering pas kaart
plaats park tuin weg pad straat route lijn halte paal bak container zak hek""".split()

VERBS = """werd afgewezen bleef liggen werd vergeten kwam te laat werd niet beantwoord werd verlengd
werd ingetrokken werd opnieuw beoordeeld werd toegekend werd stopgezet liep vertraging op
werd doorgestuurd raakte zoek werd hersteld werd aangepast werd gecontroleerd""".split("\n")
VERB_PHRASES = [v.strip() for line in VERBS for v in line.split(" werd ") if v.strip()]

ADJ = """kapotte losse oude nieuwe dure tijdelijke verkeerde dubbele late onterechte onduidelijke
gevaarlijke lawaaiige vieze natte koude onveilige""".split()

THEMES = [
    "Parkeren",
    "Belastingen",
    "Werk en inkomen",
    "Zorg en ondersteuning",
    "Jeugd en onderwijs",
    "Openbare orde",
    "Openbare ruimte",
    "Bouwen en wonen",
    "Burgerzaken",
    "Dienstverlening",
    "Verkeer en vervoer",
    "Milieu en energie",
    "Sport en cultuur",
    "Economie",
]
DEPTS = [
    "Vergunningen",
    "Belastingen",
    "Werk en Inkomen",
    "Wmo",
    "Jeugd",
    "Onderwijs",
    "Handhaving",
    "Afval",
    "Groen",
    "Wegen",
    "Wonen",
    "Burgerzaken",
    "Klantcontact",
    "Schuldhulpverlening",
    "Verkeer",
    "Milieu",
    "Sport",
    "Cultuur",
    "Economische Zaken",
    "Riolering",
]
OUTCOMES = ["opgelost", "deels opgelost", "niet opgelost", "doorverwezen"]

FILLER = [
    "De bemiddelaar sprak eerst met de bewoner en daarna met de betrokken ambtenaar.",
    "De bewoner voelde zich gehoord.",
    "Binnen twee weken was er een oplossing.",
    "Er volgde een controlegesprek na een maand.",
    "De afspraak werd schriftelijk bevestigd.",
    "Het vertrouwen tussen bewoner en gemeente herstelde zich.",
    "In een gesprek aan tafel werd duidelijk wat de bewoner echt dwarszat.",
    "De afdeling nam het signaal mee in haar werkproces.",
]
LESSONS = [
    "Leerpunt: bel eerst, schrijf daarna.",
    "Leerpunt: communiceer termijnen vooraf.",
    "Leerpunt: leg afspraken vast in het dossier.",
    "Leerpunt: betrek de uitvoering vroeg.",
]


def plural(word: str) -> str:
    if word.endswith(("e", "el", "er", "em", "je")):
        return word + "s"
    if word[-1] in "aiouy":
        return word + "'s"
    return word + "en"


def compound(rnd: random.Random) -> str:
    a = rnd.choice(PARTS)
    b = rnd.choice(HEADS)
    link = rnd.choice(["", "", "", "s", "en"]) if not a.endswith(("s", "e")) else ""
    return a + link + b


def sentence(rnd: random.Random, topic: list[str]) -> str:
    c1 = rnd.choice(topic)
    c2 = rnd.choice(topic) if rnd.random() < 0.6 else compound(rnd)
    kind = rnd.randrange(6)
    if kind == 0:
        return f"De {c1} {rnd.choice(VERB_PHRASES)}."
    if kind == 1:
        return f"De {rnd.choice(ADJ)} {c1} zorgde voor problemen met de {c2}."
    if kind == 2:
        return f"{plural(c1).capitalize()} in de wijk {rnd.choice(VERB_PHRASES)}."
    if kind == 3:
        return f"Na het gesprek over de {c1} werd de {c2} alsnog geregeld."
    if kind == 4:
        return f"De bewoner meldde een {rnd.choice(ADJ)} {c1} bij de {c2}."
    return f"Er was onduidelijkheid over de {c1} en de {rnd.choice(ADJ)} {c2}."


def make_corpus(n: int, seed: int = 42) -> list[ArticleDoc]:
    """``n`` deterministic synthetic Dutch articles."""
    rnd = random.Random(seed)
    topics = [[compound(rnd) for _ in range(rnd.randint(3, 6))] for _ in range(max(50, n // 40))]
    docs = []
    for i in range(n):
        topic = rnd.choice(topics)
        title_word = rnd.choice(topic)
        title = f"{title_word.capitalize()} {rnd.choice(VERB_PHRASES)}"
        sections = []
        for name in ("Situatie", "Afstemming", "Uitkomst"):
            sents = [sentence(rnd, topic) for _ in range(rnd.randint(1, 3))]
            sents += rnd.sample(FILLER, rnd.randint(1, 2))
            rnd.shuffle(sents)
            sections.append(f"## {name}\n\n" + " ".join(sents))
        sections.append("## Leren\n\n" + rnd.choice(LESSONS))
        year = rnd.randint(2019, 2026)
        docs.append(
            ArticleDoc(
                reference=f"KB-{year}-{i:06d}",
                title=title,
                body="\n\n".join(sections),
                theme=rnd.choice(THEMES),
                department=rnd.choice(DEPTS),
                outcome=rnd.choice(OUTCOMES),
                year=year,
            )
        )
    return docs


def typo(rnd: random.Random, word: str) -> str:
    if len(word) < 6:
        return word
    i = rnd.randrange(2, len(word) - 1)
    op = rnd.randrange(3)
    if op == 0:
        return word[:i] + word[i + 1 :]
    if op == 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + rnd.choice("aeiou") + word[i:]


def make_queries(docs: list[ArticleDoc], k: int, seed: int = 7) -> list[SearchQuery]:
    rnd = random.Random(seed)
    out = []
    for _ in range(k):
        d = rnd.choice(docs)
        words = [w.strip(".,:").lower() for w in d.body.split() if len(w) > 7 and w[0].islower()]
        w = rnd.choice(words) if words else "vergunning"
        kind = rnd.randrange(9)
        if kind == 0:
            q = SearchQuery(q=plural(w))
        elif kind == 1:
            q = SearchQuery(q=rnd.choice(PARTS))
        elif kind == 2:
            q = SearchQuery(q=f"{rnd.choice(PARTS)} {rnd.choice(HEADS)}")
        elif kind == 3:
            q = SearchQuery(q=typo(rnd, w))
        elif kind == 4:
            q = SearchQuery(q=f"{w} {rnd.choice(ADJ)} {rnd.choice(PARTS)}")
        elif kind == 5:
            q = SearchQuery(q=w, theme=rnd.choice(THEMES))
        elif kind == 6:
            q = SearchQuery(q="", department=rnd.choice(DEPTS), page=rnd.randint(1, 3))
        elif kind == 7:
            q = SearchQuery(q=w, sort="date", page=2)
        else:
            q = SearchQuery(q=f"{rnd.choice(HEADS)} {w}")
        out.append(q)
    return out


def our_build(docs: list[ArticleDoc]) -> float:
    """Seconds to build our index of ``docs`` in a fresh temp dir."""
    path = tempfile.mkdtemp(prefix="kbours-")
    try:
        t0 = time.perf_counter()
        SearchIndex(path).rebuild(docs)
        return time.perf_counter() - t0
    finally:
        shutil.rmtree(path, ignore_errors=True)


def plain_whoosh_build(docs: list[ArticleDoc]) -> float:
    """Seconds to build a plain Whoosh index (LanguageAnalyzer("nl"), stored title/body, facet IDs)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from whoosh import fields, index
        from whoosh.analysis import LanguageAnalyzer

        path = tempfile.mkdtemp(prefix="kbplain-")
        try:
            t0 = time.perf_counter()
            ana = LanguageAnalyzer("nl")
            schema = fields.Schema(
                reference=fields.ID(stored=True, unique=True),
                title=fields.TEXT(analyzer=ana, stored=True),
                body=fields.TEXT(analyzer=ana, stored=True),
                theme=fields.ID(stored=True, sortable=True),
                department=fields.ID(stored=True, sortable=True),
                outcome=fields.ID(stored=True, sortable=True),
                year=fields.ID(stored=True, sortable=True),
            )
            ix = index.create_in(path, schema)
            writer = ix.writer(limitmb=256)
            for d in docs:
                writer.add_document(
                    reference=d.reference,
                    title=d.title,
                    body=d.body,
                    theme=d.theme,
                    department=d.department,
                    outcome=d.outcome,
                    year=str(d.year),
                )
            writer.commit(optimize=True)
            return time.perf_counter() - t0
        finally:
            shutil.rmtree(path, ignore_errors=True)


def dir_size(path: str) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for f in files:
            total += os.path.getsize(os.path.join(root, f))
    return total


def compare_engines(path: str, queries: list[SearchQuery]) -> None:
    """All engines on the same queries, interleaved, without the result cache: latency and differing answers.

    Also the postings the bounded engine ("maxscore") scored of those its queries' words hold (the other
    engines score all of them).
    """
    from knowledgebase import maxscore

    names = ("reference", "dense", "maxscore", "hybrid")
    engines = {name: SearchIndex(path, engine=name) for name in names}
    times: dict[str, list[float]] = {name: [] for name in engines}
    differ = dict.fromkeys(names[1:], 0)
    shares: list[tuple[float, int, int, str]] = []
    visited = 0
    for i, q in enumerate(queries):
        answers = {}
        turn = [*names[i % len(names) :], *names[: i % len(names)]]  # each engine first as often: no cache bias
        for name, ix in ((n, engines[n]) for n in turn):
            with ix._reading() as st:
                t0 = time.perf_counter()
                answers[name] = ix._search(st, q)
                times[name].append((time.perf_counter() - t0) * 1000)
            if name == "maxscore" and maxscore.STATS.postings and q.q:
                s = maxscore.STATS
                shares.append((s.scored / s.postings, s.scored, s.postings, q.q))
                visited += s.visited
                s.scored = s.postings = s.visited = 0
        for name in names[1:]:
            differ[name] += answers[name] != answers["reference"]
    for name, ts in times.items():
        ts.sort()
        print(
            f"engine {name}: p50={statistics.median(ts):.1f} ms p95={ts[int(0.95 * (len(ts) - 1))]:.1f} ms "
            f"max={ts[-1]:.1f} ms (result cache bypassed)"
        )
    for name, n in differ.items():
        print(f"answers of {name} that differ from the reference: {n} of {len(queries)}")
    if shares:
        shares.sort()
        scored, held = sum(x[1] for x in shares), sum(x[2] for x in shares)
        worst = shares[-1]
        print(
            f"maxscore postings scored: {scored} of {held} ({100 * scored / held:.1f}%) over {len(shares)} queries; "
            f"per query median {100 * statistics.median(x[0] for x in shares):.1f}%, "
            f"worst {100 * worst[0]:.1f}% ({worst[1]} of {worst[2]}, q={worst[3]!r}); "
            f"postings compared with a threshold in the blocks read: {visited}"
        )


def replay(index: SearchIndex, queries: list[SearchQuery], rounds: int) -> None:
    """The queries ``rounds`` more times through the engine, without the result cache (postings already read)."""
    times = []
    for _ in range(rounds):
        for q in queries:
            with index._reading() as st:
                t0 = time.perf_counter()
                index._search(st, q)
                times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    print(
        f"replay x{rounds} ({index.engine}, result cache bypassed): p50={statistics.median(times):.2f} ms "
        f"p95={times[int(0.95 * (len(times) - 1))]:.2f} ms max={times[-1]:.1f} ms"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--keep", help="index dir to keep; reused when it holds n docs (default: temp dir)")
    ap.add_argument("--whoosh", action="store_true", help="also time a plain Whoosh build of the same articles")
    ap.add_argument("--whoosh-rounds", type=int, default=3, help="interleaved build rounds for --whoosh")
    ap.add_argument("--ab", action="store_true", help="also compare the engines query by query")
    ap.add_argument("--engine", default="dense", help="engine of the timed replay: dense, maxscore, hybrid, reference")
    ap.add_argument("--replay", type=int, default=0, help="then replay the queries this many times, no result cache")
    args = ap.parse_args()

    t0 = time.perf_counter()
    docs = make_corpus(args.n, args.seed)
    gen_s = time.perf_counter() - t0
    vocab = len({w for d in docs[:20000] for w in d.body.lower().split()})
    print(f"corpus: {len(docs)} articles generated in {gen_s:.1f}s (~{vocab} distinct tokens in first 20k)")

    path = args.keep or tempfile.mkdtemp(prefix="kbbench-")
    try:
        index = SearchIndex(path, engine=args.engine)
        t0 = time.perf_counter()
        if args.keep and index.exists() and index.doc_count() == len(docs):
            print("build: reusing the index in --keep")
        else:
            index.rebuild(docs)
        build_s = time.perf_counter() - t0
        size = dir_size(path)
        print(
            f"build: {len(docs) / build_s:.0f} articles/s ({build_s:.1f}s), index size {size / 1e6:.1f} MB "
            f"({size / max(1, len(docs)):.0f} B/article)"
        )

        if args.whoosh:  # interleaved rounds: a shared machine's load hits both builds alike
            ours, plain = [build_s], []
            for r in range(args.whoosh_rounds):
                plain.append(plain_whoosh_build(docs))
                if r + 1 < args.whoosh_rounds:
                    ours.append(our_build(docs))
            ratios = [o / p for o, p in zip(ours, plain, strict=True)]
            print(
                f"plain Whoosh (LanguageAnalyzer('nl'), same articles): median {statistics.median(plain):.1f}s, "
                f"ours median {statistics.median(ours):.1f}s; ours/plain per round "
                f"{' '.join(f'{x:.2f}' for x in ratios)} (median {statistics.median(ratios):.2f})"
            )

        queries = make_queries(docs, args.queries)
        t0 = time.perf_counter()
        index.search(SearchQuery(q="vergunning"))  # open the searcher, load columns
        print(f"first query (open + warm columns): {(time.perf_counter() - t0) * 1000:.0f} ms")
        times = []
        zero = 0
        slow = []
        for q in queries:
            t0 = time.perf_counter()
            res = index.search(q)
            ms = (time.perf_counter() - t0) * 1000
            times.append(ms)
            zero += res.total == 0
            slow.append((ms, q.q, q.theme or q.department or "", res.total))
        times.sort()
        p50 = statistics.median(times)
        p95 = times[int(0.95 * (len(times) - 1))]
        print(
            f"search: {len(times)} queries p50={p50:.1f} ms p95={p95:.1f} ms max={times[-1]:.1f} ms zero_result={zero}"
        )
        for ms, q, f, total in sorted(slow, reverse=True)[:5]:
            print(f"  slow: {ms:6.1f} ms q={q!r} filter={f!r} total={total}")
        if args.replay:
            replay(index, queries, args.replay)
        if args.ab:
            compare_engines(path, queries)
    finally:
        if not args.keep:
            shutil.rmtree(path, ignore_errors=True)


if __name__ == "__main__":
    main()
