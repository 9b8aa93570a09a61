"""Markdown rendering and sanitising: XSS payloads never survive, article Markdown renders."""

import pytest

from knowledgebase.render import plain_text, render_markdown, sanitize

PAYLOADS = [
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="  javascript:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="&#x6A;&#x61;vascript:alert(1)">x</a>',
    '<a href="java&#x09;script:alert(1)">x</a>',
    '<a href="jav&#x0A;ascript:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<a href="DATA:text/html,<script>alert(1)</script>">x</a>',
    "<img src=x onerror=alert(1)>",
    '<IMG SRC="javascript:alert(1)">',
    "<svg onload=alert(1)><circle r=1 /></svg>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mi xlink:href='javascript:alert(1)'>x</mi></math>",
    "<script>alert(1)</script>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<script src=//evil.example/x.js></script>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<p onclick="alert(1)">x</p>',
    '<a href="https://ok.example" onmouseover="alert(1)">x</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<object data="x.swf"></object><embed src="x.swf">',
    '<form action="https://evil.example"><input name=x></form>',
    "<scr<script>ipt>alert(1)</script>",
    '<div><a href="javascript&colon;alert(1)">x</a></div>',
    "<details open ontoggle=alert(1)>",
    '<body onload="alert(1)">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
]

DANGEROUS = ["<script", "javascript:", "vbscript:", "data:", "onerror", "onload", "onclick", "onmouseover",
             "ontoggle", "<img", "<svg", "<math", "<style", "style=", "<iframe", "<object", "<embed",
             "<form", "<input", "<meta", "<body", "<details"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_kb_sanitize_strips_xss(payload):
    out = sanitize(payload).lower()
    for bad in DANGEROUS:
        assert bad not in out, (payload, out)
    assert "alert(1)</" not in out


@pytest.mark.parametrize("payload", PAYLOADS)
def test_kb_render_markdown_strips_raw_html_xss(payload):
    out = render_markdown(f"Tekst voor.\n\n{payload}\n\nTekst na.").lower()
    for bad in DANGEROUS:
        assert bad not in out, (payload, out)


def test_kb_markdown_javascript_links_are_neutralised():
    out = render_markdown("[klik](javascript:alert(1)) en [ook](JAVASCRIPT:alert(1)) en ![img](x.png)")
    assert "javascript" not in out.lower()
    assert "<img" not in out
    assert "klik" in out


def test_kb_allowed_links_keep_href_and_get_rel():
    out = sanitize('<a href="https://www.example.nl/a?b=1" rel="opener" target="_blank">site</a>')
    assert 'href="https://www.example.nl/a?b=1"' in out
    assert 'rel="nofollow noopener"' in out
    assert "target" not in out
    out = sanitize('<a href="mailto:info@example.nl">mail</a>')
    assert 'href="mailto:info@example.nl"' in out and 'rel="nofollow noopener"' in out


def test_kb_render_markdown_article_structure():
    md = (
        "## Situatie\n\nDe **parkeervergunning** werd _geweigerd_.\n\n"
        "## Afstemming\n\n- gesprek\n- afspraak\n\n1. een\n2. twee\n\n"
        "> citaat\n\n`code`\n\n```\nblok\n```\n\n---\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "### Leren\n\nZie [Ombudsman](https://www.nationaleombudsman.nl).\n"
    )
    out = render_markdown(md)
    for tag in ["<h2>Situatie</h2>", "<strong>parkeervergunning</strong>", "<em>geweigerd</em>",
                "<ul>", "<ol>", "<li>", "<blockquote>", "<code>", "<pre>", "<hr", "<table>", "<td>",
                "<h3>Leren</h3>"]:
        assert tag in out, tag
    assert 'href="https://www.nationaleombudsman.nl" rel="nofollow noopener"' in out


def test_kb_h1_and_unknown_tags_are_stripped_but_text_kept():
    out = sanitize("<h1>Titel</h1><span class='x'>tekst</span><h5>kop</h5>")
    assert "<h1" not in out and "<span" not in out and "<h5" not in out
    assert "Titel" in out and "tekst" in out


def test_kb_render_empty_and_unicode():
    assert render_markdown("") == ""
    assert sanitize("") == ""
    out = render_markdown("Geïnformeerd over de café-regeling — € 12,50 ✓")
    assert "Geïnformeerd" in out and "€" in out


def test_kb_plain_text():
    md = "## Situatie\n\nDe **bewoner** belde [de gemeente](https://x.nl).\n\n- een\n- twee &amp; drie"
    text = plain_text(md)
    assert text == "De bewoner belde de gemeente. een twee & drie"
    assert plain_text("") == ""
