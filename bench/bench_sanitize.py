#!/usr/bin/env python3
"""Sanitiser benchmark: bleach (knowledgebase.render.sanitize) vs nh3 on rendered articles.

Reports throughput (articles/s and MB/s) on realistic Markdown-rendered articles and checks that
both sanitisers neutralise the same dangerous inputs (XSS payloads) under the same allowlist.

Since issue 13 an article is rendered once, when it is saved or imported, never per page view; so the figures that
matter are the time of one save (a largest allowed article: four sections of 20,000 characters) and of a
`kb import` at the issue's size (--articles, default 100,000). The report prints both, for bleach and nh3.

Usage: .venv/bin/python bench/bench_sanitize.py [--n 2000] [--repeat 3] [--articles 100000]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time

import nh3

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from knowledgebase.render import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_PROTOCOLS,
    ALLOWED_TAGS,
    render_checked,
    render_markdown,
    sanitize,
)
from knowledgebase.render import markdown as md_lib

PAYLOADS = [
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="java&#x09;script:alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)><circle r=1 /></svg>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mi xlink:href='javascript:alert(1)'>x</mi></math>",
    "<script>alert(1)</script>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<p style="background:url(javascript:alert(1))" onclick="alert(1)">x</p>',
    '<iframe src="https://evil.example"></iframe>',
    "<scr<script>ipt>alert(1)</script>",
    "<details open ontoggle=alert(1)>",
    '<form action="https://evil.example"><input name=x></form>',
]
DANGEROUS = [
    "<script",
    "javascript:",
    "data:",
    "onerror",
    "onload",
    "onclick",
    "ontoggle",
    "<img",
    "<svg",
    "<math",
    "<style",
    "style=",
    "<iframe",
    "<form",
    "<input",
    "<details",
    "alert(1)</",
]

WORDS = (
    "parkeervergunning bewoner gemeente afstemming bemiddelaar afspraak wachtlijst uitkering "
    "container afvalinzameling dakkapel omgevingsvergunning schimmel huurwoning corporatie "
    "geluidsoverlast horeca leerpunt dossier termijn gesprek ambtenaar oplossing"
).split()


def article(rnd: random.Random) -> str:
    """A realistic article in Markdown: sections, lists, links, emphasis, a table, sometimes raw HTML."""

    def para(k: int) -> str:
        words = [rnd.choice(WORDS) for _ in range(k)]
        if rnd.random() < 0.5:
            words[rnd.randrange(k)] = f"**{rnd.choice(WORDS)}**"
        if rnd.random() < 0.3:
            words[rnd.randrange(k)] = f"[link](https://www.example.nl/{rnd.choice(WORDS)})"
        return " ".join(words).capitalize() + "."

    parts = []
    for name in ("Situatie", "Afstemming", "Uitkomst", "Leren"):
        paras = [para(rnd.randint(15, 40)) for _ in range(rnd.randint(1, 3))]
        parts.append(f"## {name}\n\n" + "\n\n".join(paras))
        if rnd.random() < 0.4:
            parts.append("\n".join(f"- {para(6)}" for _ in range(rnd.randint(2, 5))))
    if rnd.random() < 0.2:
        parts.append("| stap | termijn |\n|---|---|\n| intake | 2 dagen |\n| gesprek | 5 dagen |")
    if rnd.random() < 0.1:
        parts.append(rnd.choice(PAYLOADS))
    return "\n\n".join(parts)


def nh3_clean(html: str) -> str:
    """nh3 with the same allowlist as knowledgebase.render.sanitize."""
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) - {"rel"} for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(ALLOWED_PROTOCOLS),
        link_rel="nofollow noopener",
        strip_comments=True,
    )


def bench(fn, docs: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            fn(d)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--articles", type=int, default=100_000, help="size of the kb import to extrapolate to")
    args = ap.parse_args()
    rnd = random.Random(1)
    rendered = [
        md_lib.markdown(article(rnd), extensions=["tables", "sane_lists", "fenced_code"]) for _ in range(args.n)
    ]
    mb = sum(len(h.encode()) for h in rendered) / 1e6
    print(f"corpus: {len(rendered)} rendered articles, {mb:.2f} MB HTML ({mb * 1e6 / len(rendered):.0f} B/article)")

    t_bleach = bench(sanitize, rendered, args.repeat)
    t_nh3 = bench(nh3_clean, rendered, args.repeat)
    t_full = bench(render_markdown, [article(random.Random(i)) for i in range(min(500, args.n))], 1)
    for name, t in (("bleach", t_bleach), ("nh3", t_nh3)):
        print(
            f"{name:7s}: {len(rendered) / t:8.0f} articles/s  {mb / t:6.1f} MB/s  "
            f"({t / len(rendered) * 1e6:.0f} us/article)"
        )
    print(f"nh3 is {t_bleach / t_nh3:.1f}x faster than bleach")
    print(f"render_markdown (markdown + bleach): {min(500, args.n) / t_full:.0f} articles/s")

    # At the size: one save of the largest article the editor takes, and a whole kb import.
    big_rnd = random.Random(7)
    big_md = "\n\n".join(
        f"## {name}\n\n"
        + "\n\n".join(
            " ".join(big_rnd.choice(WORDS) + (" [persoon 1]" if big_rnd.random() < 0.05 else "") for _ in range(170))
            + "."
            for _ in range(15)
        )[:20000]
        for name in ("Situatie", "Afstemming", "Uitkomst", "Leren")
    )
    big_html = md_lib.markdown(big_md, extensions=["tables", "sane_lists", "fenced_code"])
    t_big_bleach = bench(sanitize, [big_html], args.repeat)
    t_big_nh3 = bench(nh3_clean, [big_html], args.repeat)
    t_big_render = bench(render_checked, [big_md], args.repeat)
    print(
        f"largest article ({len(big_md):,} characters of Markdown): save renders in {t_big_render * 1e3:.0f} ms, "
        f"of which sanitising {t_big_bleach * 1e3:.0f} ms with bleach, {t_big_nh3 * 1e3:.1f} ms with nh3"
    )
    per_bleach, per_nh3 = t_bleach / len(rendered), t_nh3 / len(rendered)
    per_render = t_full / min(500, args.n)
    print(
        f"kb import of {args.articles:,} articles: rendering {args.articles * per_render:.0f} s in all, "
        f"of which sanitising {args.articles * per_bleach:.0f} s with bleach, {args.articles * per_nh3:.0f} s "
        f"with nh3 (one CPU core); page views: 0 (stored HTML)"
    )

    ok = True
    for p in PAYLOADS:
        for name, fn in (("bleach", sanitize), ("nh3", nh3_clean)):
            out = fn(f"<p>tekst</p>{p}").lower()
            bad = [b for b in DANGEROUS if b in out]
            if bad:
                ok = False
                print(f"  {name} LET THROUGH {bad}: {p!r} -> {out!r}")
    same_links = sanitize('<a href="https://x.nl">a</a>') == nh3_clean('<a href="https://x.nl">a</a>')
    print(
        f"dangerous payloads: {len(PAYLOADS)} tried, "
        f"{'both sanitisers neutralise all' if ok else 'SEE FAILURES ABOVE'}; "
        f"identical link output: {same_links}"
    )


if __name__ == "__main__":
    main()
