"""Round ten's speed shortcuts (issue 10, H3) find exactly what the plain scans find, on random, adversarial and
development text.

- ``birthkeys.birth_years`` tries ``_BIRTH_YEAR`` only where one of ``_BIRTH_YEAR_GATE`` ("geb", "born", "°", "*")
  stands in the lower-case text, instead of scanning it from every position;
- ``lowernames.slot_names`` tries ``_CHAT_BEFORE`` only at the words it opens with (``rxutil.opening_words``);
- ``slot_names`` asks ``_REQUEST_SUBJECT`` only when the word "mij", "me" or "ons" is in the text, ``_CASE_OF`` only
  when a case word and "van" follow each other (when the gate says no, the pattern must find nothing);
- ``patterns._obf_at_starts`` gives the blank before "at"/"apenstaartje" only when the word stands between blanks;
- ``social.rule_user_names`` asks ``_USER_AFTER`` only when one of its verbs stands before "door"/"aan" or a login
  word is in the text (``_user_after_possible``), and tries ``_USER_CELL`` only at line starts and after a cell
  separator (``_cell_starts``);
- record fields and cells (``social._USER_CELL``, ``addresslines._FIELD_RUN``, ``streets._FIELD_TOWN``) are tried only
  at line starts and at or after their separators (``rxutil.line_and_cell_starts``), "familie-X"
  (``extend._FAMILY_HYPHEN``) only at its opening words;
- ``namesites.rule_name_after_closing_line`` asks its closing-line pattern only when the words before the chunk end
  in a line break and blanks, as every match does;
- ``birthkeys.short_birth_years`` scans each of its patterns only when the literal every match holds is in the text
  (a quote, "geboren", a bracket);
- ``coordination.rule_coordinated_names`` asks its patterns before a name only when the text there ends with "&", "/",
  "+", "en" or "als" (``_joined_before``);
- ``addresscues.find_field_streets`` scans for ``_FIELD_STREET`` only when some key is followed by what the pattern
  asks after it (``_field_key_possible``; when it says no, the scan must find nothing).

Each test compares the shortcut with the plain ``finditer``; a pattern changed so that a match can open elsewhere
fails here.
"""

import json
import re
import sys
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]

PIECES = [
    "geb",
    "geb.",
    "Geb. ",
    "geboren",
    "geboren in ",
    "geboren het jaar ",
    "geboortejaar",
    "GEBOORTEJAAR: ",
    "born",
    "born in ",
    "BORN ",
    "°",
    "*",
    "**",
    "(*",
    "x*",
    ":",
    "=",
    " ",
    "\t",
    "\n",
    "1984",
    "2019",
    "19",
    "20",
    "2",
    "-",
    "/",
    ".",
    ",",
    "'",
    "é",
    "İ",
    "ı",
    "ſ",
    "\u212a",
    "ik en ",
    "wij en ",
    "we  en\t",
    "bedankt ",
    "Dankjewel ",
    "dankje ",
    "THANKS ",
    "thx ",
    "vraag maar aan ",
    "vraag het maar aan ",
    "woont naast ",
    "WOON naast ",
    "wonen naast ",
    "anneloes",
    "oluwaseun",
    "Sibel",
    "x-y",
    "abc-Def",
    "ook",
    "kijk",
    "Straat",
    "straatnaam",
    "STREET",
    "adres",
    "Woonadres",
    "adresregel",
    "address",
    "ſtraat",
    "<",
    ">",
    '"',
    "..",
    "  ",
    "Grutto",
    "'t Zand 5",
    "kan ",
    "Kon ",
    "faisal",
    " mij ",
    "me",
    "ons",
    "xme",
    " bellen",
    "van ",
    "dossier",
    "melding\tvan ",
    "klacht  van ",
    " at ",
    "AT",
    "dat",
    "[at]",
    "(a)",
    "apenstaartje",
    "gmail",
    " punt ",
    "nl",
    "@",
    "aangemaakt door ",
    "Gewijzigd  door\t",
    "GEWİJZİGD door ",
    "toegewezen\taan ",
    "Overgedragen aan ",
    "door ",
    " aan ",
    "login: ",
    "USER=",
    "gebruikersnaam:",
    "lid ",
    "j.devries",
    "szaboe",
    "|",
    ";",
    " | j.hoogeveen | ",
    "M.;;Kanhai;Akkerwinde;86;9040 MD;01031970",
    "Noordeinde,1,7609 HD,Assen",
    "Lange Akker",
    "\t12\t",
    "locatie: ",
    "Plaats delict:",
    "Adres: Molendijk, Almere",
    "|",
    "de familie-Aydoğan",
    "Gezin-De Vries",
    "FAM-",
    "echtpaar-Van der Berg",
    "familie-",
    "Met vriendelijke groet,",
    "groetjes",
    "Gr.",
    "mvg",
    "\r\n",
    "\n\n",
    "Bram",
    "de docent, ",
    "mijn buurman ,",
    "Z'N Maatschappelijk werker, ",
    "semal ridder",
    ", wil",
    "- bartke verhaert – mantelzorger – ",
    "\n[x] ",
    "\n• ",
    "van team Geldzaken",
    "(team Wonen)",
    " (de afdeling X",
    "van het Wijkteam ",
    "adekwuma",
    "nikos",
    "thx! eeien",
    "groet, özcan",
    "tot straks, ",
    "bellen met oleras wolf (",
    "tel 10:15 rorayla girigio\n",
    "broer (bartd)",
    "(met hasmina)",
    "C:\\scans\\brief_ter_horst.docx",
    "dossier/2026/ko-huisbezoek.pdf",
    "bleijx-huurcontract.PDF",
    ".pdf",
    ".docx",
    "\\",
    "`",
    "*",
    "{",
    "Ebo & ",
    "Ebo/",
    "Jan en ",
    "zowel Ebo als ",
    "Bihari",
    "De verhuurder, ",
    "werkgever ",
    "de eigenaar:",
    "HAAR verhuurder (",
    "٣",
    "_",
    "geb. '84",
    "geboren in ’79",
    "Zij is 1975 GEBOREN",
    "42 jaar (1983)",
    "49 JR. ( 1976 )",
]
text = st.lists(st.one_of(st.sampled_from(PIECES), st.characters()), max_size=30).map("".join)


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def _low(text: str) -> str:
    """The lower-case text ``birthkeys.record_dates`` hands on (same length)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


def _scans(text: str):
    """(shortcut, plain) for each of round ten's shortcuts on ``text``."""
    from anonymizer import birthkeys, lowernames

    low = _low(text)
    plain_years = [
        (m.start("year"), m.end("year"), "DATE_OF_BIRTH", "[geboortejaar]")
        for m in birthkeys._BIRTH_YEAR.finditer(low)
        if 1900 <= int(m["year"]) < birthkeys.date.today().year
    ]
    yield birthkeys.birth_years(text, low), plain_years
    rx = lowernames._CHAT_BEFORE
    yield _spans(lowernames._slot_matches(rx, text, text.lower())), _spans(rx.finditer(text))
    from anonymizer import addresscues

    found = _spans(addresscues._FIELD_STREET.finditer(text))
    yield found if addresscues._field_key_possible(text) else [], found
    from anonymizer.rxutil import search_at_word_start

    for rx, gate in (
        (lowernames._REQUEST_SUBJECT, search_at_word_start(lowernames._ME_WORD, text)),
        (lowernames._CASE_OF, lowernames._CASE_VAN.search(text) is not None),
    ):
        found = _spans(rx.finditer(text))
        yield found if gate else [], found
    from anonymizer import patterns, social

    found = _spans(social._USER_AFTER.finditer(text))
    yield found if social._user_after_possible(text) else [], found
    yield (
        _spans(patterns._matches_at(social._USER_CELL, text, social._cell_starts(text))),
        _spans(social._USER_CELL.finditer(text)),
    )
    from anonymizer import addresslines, extend, streets
    from anonymizer.rxutil import find_all, line_and_cell_starts, matches_at_opening_words

    for rx, starts in (
        (addresslines._FIELD_RUN, line_and_cell_starts(text, ";,|\t")),
        (streets._FIELD_TOWN, line_and_cell_starts(text, "|;", at_sep=True)),
    ):
        yield _spans(patterns._matches_at(rx, text, starts)), _spans(rx.finditer(text))
    for rx, on, needed in (
        (birthkeys._SHORT_BIRTH_YEAR, text, "'" in text or "’" in text),
        (birthkeys._YEAR_THEN_BORN, text, "geboren" in low),
        (birthkeys._AGE_YEAR, low, "(" in low),
    ):
        found = _spans(rx.finditer(on))
        yield found if needed else [], found
    from anonymizer import coordination

    for k in sorted({len(text), *(p + d for p in find_all(text, ("\n", " ")) for d in (0, 1))}):
        k = min(k, len(text))
        found = bool(
            coordination._BEFORE.search(text, max(0, k - 40), k)
            or coordination._BOTH_BEFORE.search(text, max(0, k - 48), k)
        )
        yield found and coordination._joined_before(text, k), found
    from anonymizer import namesites

    rx = namesites._CLOSING_LINE_BEFORE
    for k in sorted({len(text), *(p + d for p in find_all(text, ("\n",)) for d in (0, 1, 2))}):
        before = text[max(0, k - 48) : k]
        found = rx.search(before) is not None
        yield found and before.rstrip(" \t").endswith("\n"), found
    rx = extend._FAMILY_HYPHEN
    yield _spans(matches_at_opening_words(rx, extend._FAMILY_OPENINGS, text)), _spans(rx.finditer(text))
    if low.isascii():
        rx = patterns._OBF_AT_RE
        yield (
            _spans(patterns._matches_at(rx, text, patterns._obf_at_starts(text, low, True))),
            _spans(rx.finditer(text)),
        )


@settings(max_examples=500, deadline=None)
@given(text)
@example("geboren in 1984, geb. 1971 (*2008) ° 1990 born in 1979")
@example("GEBOREN İN 1984 geb.:1971 x*1999 **1980*")
@example("ik en anneloes, bedankt oluwaseun; vraag maar aan sibel. WOON naast ſibel")
@example("\u212aan bedankt x, thx abc-Def")
@example('Straat: Grutto\n"straat": "Lange Gouwe"\n<Adres>Kerkpad 3</Adres>|adres 2:  Hof 1')
@example("kan faisal van x mij bellen? Kon yusra me terugbellen. dossier van bram is; melding\tvan x.")
@example("naam at gmail punt nl, k.vos AT gmail.com dat straat [at] (a)\tat\napenstaartje x")
@example("status gewijzigd door j.devries; toegewezen\taan spronk | login: szaboe\n| j.hoogeveen |")
@example("M.;;Kanhai;Akkerwinde;86;9040 MD;01031970\nNoordeinde,1,7609 HD,Assen\n|Lange Akker\t12\t9040 MD")
@example("Locatie: Molendijk, Almere\n* plaats delict: Oude Gracht, Zwolle | adres: Kerkpad, Tilburg;")
@example("de familie-Aydoğan, Gezin-De Vries, FAM-Chen, echtpaar-Van der Berg, xfamilie-Bos")
@example("Met vriendelijke groet,\r\n\nBram\ngroetjes \n  Gr.\nmvg\n\n\n")
@example("de docent, semal ridder, wil\n- bartke verhaert – mantelzorger – verklaring\nZ'N buurman , x y,")
@example("zegt dat adekwuma van team Geldzaken zou bellen, nikos (team Wonen) vragen; thx! eeien\ngroet, özcan")
@example("tel 10:15 rorayla girigio\nbellen met oleras wolf (inschrijving) broer (bartd) (met hasmina)")
@example("zie C:\\scans\\brief_ter_horst.docx en dossier/2026/ko-huisbezoek.pdf, x.PDF. a.b.pdf.x (x/y) www.x.nl/a*b")
@example("Ebo & Bihari, Jan en \nPiet, zowel Ebo als Girish Bihari; x/ Y +\tZ")
@example("De verhuurder, Woongoed; werkgever Portaal\nde eigenaar:\n HAAR verhuurder ( x_٣ ,\t(\n")
@example("geb. '84, geboren in ’79; Zij is 1975 GEBOREN, 42 jaar (1983), 49 JR. ( 1976 )")
@example("Straatnaam .......: Zand\nWoonadres\tKade 4\n\u017ftraat: Dijk, adresregel 1 = Erf")
def test_round_ten_shortcuts_find_what_the_plain_scans_find(text):
    for fast, plain in _scans(text):
        assert fast == plain


def test_round_ten_shortcuts_read_what_the_patterns_say():
    """Drift guards: the birth-year gate names how each branch of the pattern opens; the chat slot pattern has opening
    words, and they are the ones the start table uses."""
    from anonymizer import birthkeys, lowernames
    from anonymizer.rxutil import opening_words

    pattern = birthkeys._BIRTH_YEAR.pattern
    assert pattern.startswith("(?:(?<![\\w])(?:geboortejaar|geb(?:oren)?") and "|born(?:" in pattern
    assert "|(?<![\\w*])[°*])" in pattern
    assert birthkeys._BIRTH_YEAR_GATE == ("geb", "born", "°", "*")
    assert lowernames._CHAT_OPENERS == opening_words(lowernames._CHAT_BEFORE)
    assert lowernames._CHAT_OPENERS and "bedankt" in lowernames._CHAT_OPENERS
    assert lowernames._CHAT_BEFORE in lowernames._SLOT_STARTS
    from anonymizer import social

    user = social._USER_AFTER.pattern
    assert user.startswith("(?i:(?:" + "|".join(social._USER_DOOR_VERBS) + ")[ \\t]+door|")
    assert "|".join(v + "[ \\t]+aan" for v in social._USER_AAN_VERBS) in user
    logins = {"login", "user", "gebruiker", "account", "lid"}
    assert set(social._USER_LOGIN_WORDS) == logins
    assert set(opening_words(social._USER_AFTER)) == {*social._USER_DOOR_VERBS, *social._USER_AAN_VERBS, *logins}
    from anonymizer import addresslines, extend, streets

    assert addresslines._FIELD_RUN.pattern.startswith("(?:^|(?<=[;,|\\t]))") and addresslines._FIELD_RUN.flags & re.M
    assert streets._FIELD_TOWN.pattern.startswith("(?im)(?:^|[|;][ \\t]*)")
    assert extend._FAMILY_OPENINGS == opening_words(extend._FAMILY_HYPHEN) and "familie" in extend._FAMILY_OPENINGS
    assert opening_words(re.compile(r"(?i:tot straks|m'n) x")) == ("m'n", "tot straks")
    assert opening_words(re.compile(r"(?: a|b)")) is None
    assert social._USER_CELL.pattern.startswith("(?:^|(?<=[|;\\t]))") and social._USER_CELL.flags & re.M


def test_round_ten_shortcuts_on_the_development_corpora():
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
