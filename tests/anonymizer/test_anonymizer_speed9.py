"""Round nine's speed shortcuts (issue 10, H3) find exactly what the plain scans find, on random, adversarial and
development text.

Each shortcut tries a pattern only at the places a match can open, found by ``str.find`` in a folded lower-case copy of
the text, instead of letting the regex engine try every position; the tests compare the two spellings.
"""

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

PIECES = [
    "aangemaakt door ",
    "Gewijzigd  door\t",
    "GEWİJZİGD door ",
    "gewıjzigd door ",
    "toegewezen aan ",
    "Overgedragen aan ",
    "login: ",
    "LOGIN=",
    "user:",
    "username = ",
    "gebruikersnaam: ",
    "account:",
    "\u212aan ",
    "j.devries",
    "szaboe",
    "spronk",
    "'x_y'",
    '"ines.goncalves"',
    " ",
    "\t",
    "\n",
    ":",
    "=",
    "é",
    "€",
    "İ",
    "ı",
    "ſ",
    "\u212a",
    "NM",
    "nm ",
    "(NM, ",
    "E-G-A-L",
    "j.a.m.a",
    "a. b",
    "-",
    ".",
    "x-",
    "Ö.",
    "De ",
    "Van ",
    "de cammen",
    "Della ",
    "'De ",
    "xDe ",
    "BEN",
    "Ben ",
    "VROOM",
    "Vroom",
    "@",
    "bram.visser@example.org",
    "x@y.",
    "@@",
    "a@b.c@d.e",
    "'+_",
    "٣",
    "bram ",
    "visser",
    "VISSER",
    "van ",
    "der ",
    "v.d. ",
    "'t ",
    "ait ",
    "\u00a0",
    "o'brien ",
    "fadoua",
    "door",
    "DOOR ",
    "ſer",
    "/",
    "\\",
    ".x",
    "-1",
]
text = st.lists(st.one_of(st.sampled_from(PIECES), st.characters()), max_size=30).map("".join)


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def _user_patterns():
    from anonymizer import social

    return [(social._USER_AFTER, social._USER_OPENINGS)]


@settings(max_examples=500, deadline=None)
@given(text)
@example("status gewijzigd door j.devries")
@example("GEWİJZİGD door szaboe, toegewezen aan spronk")
@example("xaangemaakt door abc")
def test_patterns_at_their_opening_words_in_any_text(text):
    """``rxutil.matches_at_opening_words`` gives the matches of the plain ``finditer``."""
    from anonymizer.rxutil import ascii_fold_lower, matches_at_opening_words

    for rx, words in _user_patterns():
        assert words, rx.pattern[:40]
        assert _spans(matches_at_opening_words(rx, words, text)) == _spans(rx.finditer(text)), rx.pattern[:40]
    folded = ascii_fold_lower(text)
    if folded is not None:
        assert len(folded) == len(text)


def _coordination_scans(text):
    """(shortcut, plain) match spans of the two scans of coordination.py tried at fewer places."""
    from anonymizer import coordination as C
    from anonymizer.patterns import _matches_at
    from anonymizer.rxutil import find_all

    forms = {"NM", "AP", "JvdB", "nm"}
    fast = [m.span() for m in _matches_at(C._CAPS_TOKEN, text, find_all(text, forms)) if m.group() in forms]
    plain = [m.span() for m in C._CAPS_TOKEN.finditer(text) if m.group() in forms]
    yield fast, plain
    yield _spans(_matches_at(C._SPELLED, text, find_all(text, "-.", -1))), _spans(C._SPELLED.finditer(text))
    for rx, parts in ((C._CAPS_WORD, {"VROOM", "BEN"}), (C._TITLE_WORD, {"Ben", "Vroom", "Wil"})):
        fast = [m.span() for m in _matches_at(rx, text, find_all(text, parts)) if m.group() in parts]
        yield fast, [m.span() for m in rx.finditer(text) if m.group() in parts]


def _other_scans(text):
    """(shortcut, plain) results of the other scans tried at fewer places."""
    from anonymizer import extend

    yield extend._email_locals(text), extend._EMAIL_LOCAL.findall(text)
    from anonymizer import social

    plain_gate = r"(?i)[ \t]door[ \t]|[ \t]aan[ \t]|login|user|gebruiker|account|lid"  # the gate as a pattern
    yield social._user_gate(text), bool(re.search(plain_gate, text))
    pairs = [("bram", "visser"), ("ait", "ait"), ("van", "der"), ("o'brien", "visser"), ("jür", "gen")]
    for local in extend._email_locals(text):  # the text's own addresses, as the rule reads them
        pieces = [p for p in re.split(r"[._+\-\d]+", local.lower()) if p]
        if len(pieces) == 2:
            pairs.append((pieces[0], pieces[1]))
    for first, last in pairs:
        plain = _spans(extend._pair_pattern(first, last).finditer(text))
        yield extend._pair_spans(text, first, last), plain
    from anonymizer import casing, core
    from anonymizer.rxutil import find_all

    for lit in ("bram.visser@example.org", "bram.visser", "visser", "aa"):  # a request's known address, its local part
        yield core._literal_spans(text, lit, None, None), _spans(re.finditer(re.escape(lit), text, re.I))
        plain = re.finditer(r"(?<![\w.])" + re.escape(lit) + r"(?![\w])", text, re.I)
        yield core._literal_spans(text, lit, core._LOCAL_BEFORE, core._LOCAL_AFTER), _spans(plain)
    for parts in (["visser"], ["bram", "visser"], ["o'brien", "brien"], ["de groot", "groot"], ["ait", "aitx"]):
        yield core._known_part_spans(text, parts), _spans(core._known_part_pattern(parts).finditer(text))
    for w in ("VISSER", "bram", "Fadoua"):
        plain = re.search(r"[a-zà-ÿ,] " + re.escape(casing._cap(w)) + r"(?![\w\-])", text) is not None
        yield casing.rule_caps_written_as_name("unknown", w, text), plain
    for w in ("fadoua", "visser", "bram", "o'brien", "ait", "é"):  # a candidate type of casing._lower_view
        fast = [
            p
            for p in find_all(text, (w,))
            if casing._TYPE_BEFORE.match(text, p) and casing._TYPE_AFTER.match(text, p + len(w))
        ]
        yield (
            fast,
            [m.start() for m in re.finditer(r"(?<![\w@/\\.\-'’])" + re.escape(w) + r"(?![\w@/\\]|\.\w|-[\w\d])", text)],
        )


@settings(max_examples=500, deadline=None)
@given(text)
@example("klant bram visser ... bram.visser@example.org, a@b.c@d.e")
@example("x@@y.z.a@b.")
def test_other_scans_at_their_starts_in_any_text(text):
    """The local parts of e-mail addresses read from each "@" backwards are those of the plain ``findall``; the pieces
    of an address side by side, the known name parts, the candidate types of the case view and a capitalised word
    mid-sentence, found without compiling a pattern for each, are those of the compiled pattern."""
    for fast, plain in _other_scans(text):
        assert fast == plain


def _lookbehind_scans(text):
    """(shortcut, plain) match spans of the patterns scanned past their leading look-behind."""
    from anonymizer import casing, coordination, extend, social
    from anonymizer.rxutil import finditer_past_lookbehind

    for rx in (extend._CAP_PARTICLE_LOWER, coordination._TITLE_WORD, coordination._CAPS_WORD, casing.WORD_RE):
        yield _spans(finditer_past_lookbehind(rx, text)), _spans(rx.finditer(text))
        n = len(text)
        yield (
            _spans(finditer_past_lookbehind(rx, text, n // 3, n - n // 4)),
            _spans(rx.finditer(text, n // 3, n - n // 4)),
        )
    yield _spans(finditer_past_lookbehind(social._USER_AFTER, text)), _spans(social._USER_AFTER.finditer(text))


@settings(max_examples=500, deadline=None)
@given(text)
@example("wethouder De cauteren, L. De cammen")
@example("xDe cammen 'De bos De de wit")
def test_lookbehind_patterns_scanned_past_it_in_any_text(text):
    """``rxutil.finditer_past_lookbehind`` (the rest of the pattern searched, the look-behind tested at each hit) gives
    the matches of the plain ``finditer``, also between a start and an end offset."""
    for fast, plain in _lookbehind_scans(text):
        assert fast == plain


def test_lookbehind_is_split_off_whole():
    """The look-behind ends at its own closing bracket, past classes that hold brackets."""
    from anonymizer.rxutil import _split_lookbehind

    assert _split_lookbehind(r"(?<![\w'’])(?P<p>De)") == (r"(?<![\w'’])", r"(?P<p>De)")
    assert _split_lookbehind(r"(?<![\])x(])a") == (r"(?<![\])x(])", "a")
    assert _split_lookbehind(r"(?<=[]a)])b") == (r"(?<=[]a)])", "b")
    assert _split_lookbehind(r"(?<=(?:a|b))c") == (r"(?<=(?:a|b))", "c")
    assert _split_lookbehind("abc") is None


@settings(max_examples=500, deadline=None)
@given(text)
@example("Aanwezig: Nelson Monteiro (NM, wijkcoördinator) ... AP 1: NM vraagt")
@example("u spreekt met Egal, dat is E-G-A-L.")
@example("-a-b-c .d.e.f")
def test_coordination_scans_at_their_starts_in_any_text(text):
    """The initialisms of found names tried only where a form occurs, and spelled names only at the letter before a
    "-" or ".", give the matches of the plain ``finditer``."""
    for fast, plain in _coordination_scans(text):
        assert fast == plain


def test_opening_words_are_read_from_the_pattern():
    """The opening words come from the parsed pattern: every alternative, through groups and a leading boundary; a
    pattern that can open otherwise has none (then the caller scans the whole text)."""
    from anonymizer.rxutil import opening_words

    assert opening_words(re.compile(r"(?i:(?:ab|cd)[ \t]+x|ef[ \t]*:)")) == ("ab", "cd", "ef")
    assert opening_words(re.compile(r"\b(?:Tegen|aan)\b")) == ("aan", "tegen")
    assert opening_words(re.compile(r"user(?:name)?:")) == ("user",)
    assert opening_words(re.compile(r"(?:ab|[cd]e)")) is None
    assert opening_words(re.compile(r"(?:ab)?cd")) is None
    assert opening_words(re.compile(r"(?:ab|)cd")) is None
    assert opening_words(re.compile(r"^ab")) == ("ab",)
    assert opening_words(re.compile(r"\d+")) is None
    assert opening_words(re.compile(r"é")) is None


def test_patterns_at_their_opening_words_on_the_development_corpora():
    """The same on every document of every development corpus and on the bench's text."""
    import json
    import sys
    from pathlib import Path

    from anonymizer.rxutil import matches_at_opening_words

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root))
    from bench.anon_scorecard import dev_files
    from bench.bench_anonymizer import make_text

    texts = make_text(0.05) + make_text(0.02, seed=3, dense=True)
    for path in dev_files():
        rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        texts += [r.get("text") or "" for r in rows]
    assert len(texts) > 1000
    for t in texts:
        for rx, words in _user_patterns():
            assert _spans(matches_at_opening_words(rx, words, t)) == _spans(rx.finditer(t))
        for fast, plain in _coordination_scans(t):
            assert fast == plain
        for fast, plain in _lookbehind_scans(t):
            assert fast == plain
        for fast, plain in _other_scans(t):
            assert fast == plain
