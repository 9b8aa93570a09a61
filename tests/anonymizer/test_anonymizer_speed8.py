"""Round eight's speed shortcuts (issue 10, H3) find exactly what the plain scans find, on random and adversarial text.

Each shortcut replaces a scan or a rule call by a cheaper necessary test or by a search at fewer places; the tests
here compare the two spellings on text built from the pieces the patterns care about, from characters whose case
folding is special (dotless and dotted i, the long s, the Kelvin sign) and from arbitrary characters.
"""

from hypothesis import example, given, settings
from hypothesis import strategies as st

PIECES = [
    "kan ",
    "KAN ",
    "Kon ",
    "wil ",
    "wıl ",
    "W\u0130L ",
    "\u212aan ",
    "zou ",
    "mag ",
    "moet ",
    "mij",
    " me ",
    " ons",
    "volgens ",
    "VOLGENS ",
    "vo\u0131gens ",
    "volgenſ ",
    "toen ",
    "daarna ",
    "gisteren ",
    "ook ",
    "dan ",
    " vroeg ",
    " zei ",
    " belde ",
    "faisal ",
    "yusra ",
    "van ",
    "bij ",
    " is ",
    " dat ",
    " of ",
    ", ",
    ". ",
    "\n",
    "\t",
    " ",
    "é",
    "€",
    "İ",
    "ı",
    "ſ",
    "\u212a",
    "Yıldız ",
    "groet,\n",
    "Met vriendelijke groet\r\n",
    "Gr.\n",
    "mvg\n \n",
    "bedankt!\n",
]
text = st.lists(st.one_of(st.sampled_from(PIECES), st.characters()), max_size=40).map("".join)


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@settings(max_examples=500, deadline=None)
@given(text)
@example("kan yusra van de buurt mij bellen? Yıldız")
@example("toen vroeg yusra of het klopte. €")
@example("volgens ferry is er nooit een brief gekomen é")
@example("W\u0130L faisal bij ons mij")
@example("\u212aan faisal van x mij")
def test_slot_patterns_at_their_starts_in_any_text(text):
    """``lowernames._slot_matches`` (the slot patterns tried only at their opening words, found in a folded lower-case
    copy also for non-ASCII text) gives the matches of the plain ``finditer``."""
    from anonymizer import lowernames

    for rx in lowernames._SLOT_STARTS:
        assert _spans(lowernames._slot_matches(rx, text, text.lower())) == _spans(rx.finditer(text)), rx.pattern[:50]
    folded = lowernames._ascii_lower(text, text.lower())
    if folded is not None:
        assert len(folded) == len(text)
