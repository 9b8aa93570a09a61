"""Round twenty's speed shortcuts (issue 10, S20): each cheap look before a scan says no only when the scan finds
nothing, on random, pathological and development text.

- ``paraphs._shared_work`` scans for ``_SUBJECT_TAG`` only when a colon and one of its key words are in the text (in
  lower case, unless a letter that matches only case-insensitively is there), and for ``_ROLE_CODE`` only when
  ``_ROLE_CODE_GATE`` (a blank, initials and the role pattern's look-ahead) finds something;
- ``paraphs.rule_paraphs`` scans for ``_SIGNOFF_COMMA`` and ``_PARTY_INITIALS`` only when one of their key words can
  stand in the text (``_keys_possible``), for ``_DATE_DASH_TAIL`` only when some line ends in a capital
  (``_line_ends_in_capital``);
- ``patterns.find_dob`` asks ``DOB_HINT`` once, and only when "geb" or "gd" is in the lower-case text;
- ``core._handles_of_names`` scans for user names only when some found name part is in the lower-case text with its
  hyphens dropped (every piece of a user name is: the lemma tested here), unless a capital sigma is there.
"""

import json
import sys
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]

PIECES = [
    "Onderwerp",
    "ONDERWERP: ",
    "subject:",
    "ſubject: [AB]",
    "betreft:[JvdB]",
    "Betreft : (kr)",
    "onderwerp: graag reactie (AB) ",
    "casus ",
    "Cliënt ",
    "CLIËNT\t",
    "client ",
    "bewoonster ",
    "Bovenburen ",
    "buurman ",
    "BUURVROUW ",
    "klaagster ",
    "Verzoeker ",
    "fam. ",
    "familie\t",
    "gezin ",
    "partij ",
    "melder ",
    "KA",
    "RdB",
    "MT",
    "ÉÀ",
    "JvdB",
    "AB",
    "x",
    "gezien",
    "Akkoord",
    "ACCOORD",
    "goedgekeurd",
    "gelezen en akkoord",
    "gezien & gelezen",
    ", ",
    " – ",
    " - ",
    " — ",
    "-",
    ",",
    ".",
    ";",
    ")",
    ":",
    " ",
    "\t",
    "\n",
    "\r\n",
    "12-03-2026",
    "3 mei",
    "14 maart 2025",
    "teamleider ",
    "organisator ",
    "bemiddelaar ",
    "notitie ",
    "geb",
    "Geb.",
    "geboren",
    "geboortedatum",
    "gebdt",
    "geb. dt",
    "gd. 3",
    "gd 12",
    "xgd 1",
    "mariporn2010",
    "min-jun2013",
    "bram_slo",
    "xxkwamexx",
    "DurkTheGoat08",
    "week12",
    "İ",
    "ı",
    "ſ",
    "\u212a",
    "\u03a3",
    "ΑΣ'Β",
    "\x00",
    "٣",
    "３",
    "𝟙",
    "𐒠",
    "😀",
    "(",
    "[",
    "]",
    "/",
]
text = st.lists(st.one_of(st.sampled_from(PIECES), st.characters()), max_size=30).map("".join)

PATHOLOGICAL = [
    "(" * 20_000,
    "[" * 20_000 + "AB" + "]" * 20_000,
    "casus " * 3_000 + "AB",
    "\x00" * 5_000 + "onderwerp: [AB]\x00",
    "٣٣-٠٣-١٩٨٥ – AB\n" * 200,
    "𝟙𝟚-𝟘𝟛-𝟚𝟘𝟚𝟞 – AB\n3 mei – CD",
    "teamleider " * 2_000 + "AB.",
    "geb" * 5_000,
    "a-" * 10_000 + "b2010",
]


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def _scans(text: str):
    """(shortcut, plain) for each of round twenty's shortcuts on ``text``."""
    from anonymizer import paraphs, patterns

    low = text.lower() if not any(c in text for c in paraphs._ODD_CASES) else None
    found = _spans(paraphs._SUBJECT_TAG.finditer(text))
    yield found if ":" in text and paraphs._keys_possible(low, paraphs._SUBJECT_KEYS) else [], found
    found = _spans(paraphs._ROLE_CODE.finditer(text))
    yield found if paraphs._ROLE_CODE_GATE.search(text) else [], found
    keys = ("gezien", "akkoord", "accoord", "gelezen", "keurd")
    found = _spans(paraphs._SIGNOFF_COMMA.finditer(text))
    yield found if paraphs._keys_possible(low, keys) else [], found
    found = _spans(paraphs._PARTY_INITIALS.finditer(text))
    yield found if paraphs._keys_possible(low, paraphs._PARTY_KEYS) else [], found
    found = _spans(paraphs._DATE_DASH_TAIL.finditer(text))
    yield found if paraphs._line_ends_in_capital(text) else [], found
    folded = text.lower()
    hint = patterns.DOB_HINT.search(folded) is not None
    yield ("geb" in folded or "gd" in folded) and hint, hint


def _user_name_pieces_in_text(text: str) -> bool:
    """The lemma of ``core._handles_of_names``' look: every piece it reads of a user name, hyphens dropped, is in the
    text's lower case with its hyphens dropped (when no capital sigma is in the text)."""
    import re

    from anonymizer import core

    if "\u03a3" in text:
        return True
    flat = text.lower().replace("-", "")
    for m in core._USER_NAME.finditer(text):
        token = m.group("n").lower()
        letters = [w.removeprefix("xx").removesuffix("xx") for w in re.sub(r"[\d_.]+", " ", token).split()]
        letters += [w.replace("-", "") for w in letters if "-" in w]
        if any(w.replace("-", "") not in flat for w in letters):
            return False
    return True


@settings(max_examples=500, deadline=None)
@given(text)
@example("Onderwerp: [AB] verslag\nsubject: graag bellen (kr)\nBetreft:[JvdB]")
@example("ſubject: [AB]\n\u212aLAGER JK, casus KA (v, 50), bovenburen MT + gezin, klager RdB")
@example("klaagster AB, KLAGER RdB; Verzoekster CD, fam. EF, Cliënt GH, bewoonster IJ, buren KL, partij MN")
@example("gezien, AB\nAkkoord – CD\ngelezen en akkoord, EF.\nGOEDGEKEURD - GH")
@example("12-03-2026 – AB\n3 mei, CD  \n14 maart 2025 — EF\t\nx")
@example("de teamleider AB. organisator ST, notitie bemiddelaar NU: x")
@example("geb. 3 mei, gd. 12 x, GEBOREN, xgd 1")
@example("\x00(" + "(" * 200 + "AB)\x00")
def test_round_twenty_shortcuts_find_what_the_plain_scans_find(text):
    for fast, plain in _scans(text):
        assert fast == plain
    assert _user_name_pieces_in_text(text)


def test_round_twenty_shortcuts_on_pathological_text():
    for t in PATHOLOGICAL:
        for fast, plain in _scans(t):
            assert fast == plain
        assert _user_name_pieces_in_text(t)


def test_round_twenty_handles_of_names_look_keeps_the_answer():
    """The look before the scan changes no answer: found parts in the text give the handle, parts elsewhere none."""
    from anonymizer import anonymize

    out = anonymize("Mariporn belde gisteren (mariporn2010 op insta). Min-Jun ook, als min-jun2013.").text
    assert "mariporn2010" not in out and "min-jun2013" not in out
    assert "week12" in anonymize("Mariporn belde in week12 terug.").text


def test_round_twenty_shortcuts_on_the_development_corpora():
    """Every document of every development corpus, and the bench's text: the shortcuts find what the plain scans do."""
    sys.path.insert(0, str(ROOT))
    from bench.anon_scorecard import dev_files
    from bench.bench_anonymizer import make_text

    texts = make_text(0.05) + make_text(0.05, dense=True)
    for path in dev_files():
        for line in path.open(encoding="utf-8"):
            if line.strip():
                texts.append(json.loads(line).get("text") or "")
    assert len(texts) > 1000
    for t in texts:
        for fast, plain in _scans(t):
            assert fast == plain
        assert _user_name_pieces_in_text(t)
