"""Lower-case names by their position, for the case view (issue 10, round six).

``casing.case_view`` capitalises lower-case names found by positive evidence; these rules add positions it did not
know, each on the view as it stands (so a name capitalised there counts as a name here):

- a listed first name that is also a word, as the subject of a verb of speech or contact at the start of a clause:
  "ff een vraagje: lieve zei vorige week ...", "..., roos is bang dat ...";
- a name introducing itself ("ik ben amber van wijngaarden", "hoi ik ben het, bo van de ..."): a listed first name
  or an unknown word after "ik ben", "mijn naam is", "spreekt met", "gebeld met", with its particles and surname;
- a word beside a name the view capitalised: before it a word that is no Dutch word or a listed first name ("lê
  thanh Tùng", "met vlinder Savchuk"), after it a listed name before a pronoun or the end ("Zhou mei ik bel");
- a lower-case word after a relation before a verb or a stop ("mijn dochter mei zit thuis");
- two unknown lower-case words side by side of which one is a listed name, or that open a clause before a verb
  ("ook kidane haile wacht").

Only texts with a lower-case letter after a space are looked at; each rule is gated by a literal or a set test.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator

from .lexicon import FIRST_NAMES, STOPWORDS, SURNAMES, WORDS, english_words
from .patterns import _matches_at
from .rxutil import (
    ascii_fold_lower,
    find_all,
    opening_words,
    search_at_word_start,
)
from .wordlists import (
    CHAT_WORDS,
    CUE_WORDS,
    FOREIGN_WORDS,
    GOV_TERMS,
    INTERJECTIONS,
    NAME_PARTICLE_WORDS,
    ORG_WORDS,
    role_compound,
)

_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
_SPEECH_AFTER = re.compile(
    r" (?:zei|zegt|vertelde|vertelt|belde|belt|vroeg|vraagt|mailde|mailt|appte|appt|meldde|meldt|schreef|schrijft|"
    r"is bang|was bang|heeft gebeld|heeft gezegd|had gezegd|wil|wilde|denkt|dacht|vindt|vond|weet|wist|kwam|komt)\b"
)
_CLAUSE_WORDS = frozenset("dat en maar want toen ook omdat of".split())
_INTRO_BEFORE = re.compile(
    r"(?:\bik ben(?: het,?)?|\bmijn naam is|\bik heet|\bspreekt met|\bgebeld met|\bgebelt met|\bgesproken met|"
    # "de chauffeur heette dorentina hoxj" (round twenty-five, from holdout24)
    r"\bbellen met|\bcontact met|\bheette|\bgenaamd)[ \t]+\Z",  # \Z: "$" would also match before a line break
    re.I,
)
_CONTACT_BEFORE = re.compile(r"\b(?:met|ben|heet|is)[ \t]+$", re.I)
_AFTER_NAME_END = re.compile(r"[ \t]*(?:$|[.,!?;:)\n]| (?:ik|en|die|zij|hij|ze|u|wil|kan|heeft|is|bel|belt)\b)")
_PARTICLE_WORDS = NAME_PARTICLE_WORDS
_GLUED_LOWER = re.compile(r"(?:al|el|ben|bin|abu|ibn|ait|ould)-[a-zà-öø-ÿ\u0100-\u024f]{2,}$")
_RELATION_THEN_WORD = re.compile(
    r"\b(?:mijn|m'n|mn|haar|zijn|z'n|onze|hun|uw|je|jouw)[ \t]+"
    r"(?:zoon|zoontje|dochter|dochtertje|broer|broertje|zus|zusje|"
    r"kleinzoon|kleindochter|neef|nicht|man|vrouw|partner|vriend|vriendin|buurvrouw|buurman|moeder|vader|oma|opa|"
    r"tante|oom|collega)[ \t]+(?P<w>[a-zà-öø-ÿ\u0100-\u024f][\w'’]+)"
)
_COPULA_ENDS = re.compile(r"[ \t]+(?:is|was|zijn|waren|werd|wordt|bleek|blijkt|lijkt|leek)[ \t]*(?:[.,;:!?)]|$)", re.M)
_PERSON_VERB = re.compile(
    r"[ \t]+(?:zit|zat|is|was|gaat|ging|woont|woonde|heeft|had|kan|kon|wil|wilde|moet|moest|mag|komt|kwam|ligt|lag|"
    r"werkt|speelt|krijgt|kreeg|wordt|werd|slaapt|sliep|zegt|zei)\b"
)
_FIRST_GATE = re.compile(r"(?:^|[\s(])[a-zà-öø-ÿ\u0100-\u024f]")


def _cap(w: str) -> str:
    return w[:1].upper() + w[1:]


def _is_word(w: str) -> bool:
    lo = w.lower()
    return lo in WORDS or lo in STOPWORDS


_BLOCKED: dict[str, bool] = {}  # word -> _blocked_word, remembered (every lower-case word of a text asks)
_UNKNOWN: dict[str, bool] = {}  # word -> _unknown, remembered


def _blocked_word(w: str) -> bool:
    got = _BLOCKED.get(w)
    if got is None:
        lo = w.lower()
        got = (
            lo in STOPWORDS
            or lo in CUE_WORDS
            or lo in ORG_WORDS
            or lo in CHAT_WORDS
            or lo in _PARTICLE_WORDS
            or _cap(lo) in GOV_TERMS
            or len(lo) < 2
        )
        if len(_BLOCKED) > 100_000:
            _BLOCKED.clear()
        _BLOCKED[w] = got
    return got


def _unknown(w: str) -> bool:
    """No Dutch word: "kidane", "lê", "thanh" (two letters only with a letter outside ASCII)."""
    got = _UNKNOWN.get(w)
    if got is None:
        got = not (_is_word(w) or w in CHAT_WORDS) and (len(w) >= 3 or any(ord(c) > 127 for c in w))
        if got and role_compound(w.lower()) and not _listed(w):
            got = False  # "kinderburgemeester": a role (round thirty-two)
        if got and w.lower() in FOREIGN_WORDS and not _listed(w):
            got = False  # "ayuda", "szkoły": a common word of another language (round twenty-one)
        if got and w.lower() in english_words() and not _listed(w):
            got = False  # "came", "because": an English word that no name list holds (round twenty-one)
        if len(_UNKNOWN) > 100_000:
            _UNKNOWN.clear()
        _UNKNOWN[w] = got
    return got


_MAYBE_NAME: dict[str, bool] = {}  # word -> _maybe_name, remembered
_NOT_NAME: set[str] = set()  # the words _maybe_name said no to (most words: a set difference skips them at once)


def _maybe_name(w: str) -> bool:
    """Whether the first loop of ``lower_names`` can take ``w`` at all: every rule there asks for a word that is not
    blocked and is a listed first name or an unknown word (so a Dutch word is skipped with one look-up)."""
    got = _MAYBE_NAME.get(w)
    if got is None:
        got = not _blocked_word(w) and (_first(w) or _unknown(w))
        if len(_MAYBE_NAME) > 100_000:
            _MAYBE_NAME.clear()
            _NOT_NAME.clear()
        _MAYBE_NAME[w] = got
        if not got:
            _NOT_NAME.add(w)
    return got


# The last words of the phrases of ``_INTRO_BEFORE``: without one of them (and a space) before a word, no phrase is.
_INTRO_LAST = ("ben", "het", "het,", "is", "heet", "met", "heette", "genaamd")


def _intro_before(view: str, s: int) -> bool:
    """``_INTRO_BEFORE.search(view, max(0, s - 30), s)``, tried only after a space or tab that follows the last word
    of one of its phrases (an ASCII test in lower case first; other text goes to the pattern)."""
    if not s or view[s - 1] not in " \t":
        return False
    tail = view[max(0, s - 30) : s].rstrip(" \t")
    if tail.isascii() and not tail.lower().endswith(_INTRO_LAST):
        return False
    return bool(_INTRO_BEFORE.search(view, max(0, s - 30), s))


def _first(w: str) -> bool:
    return _cap(w) in FIRST_NAMES


def _listed(w: str) -> bool:
    return _cap(w) in FIRST_NAMES or _cap(w) in SURNAMES


def _subject_before_verb(view: str, i: int, toks: list[tuple[int, int, str]], j: int = 0) -> bool:
    """The pair opens a clause and a verb follows it: "ook kidane haile wacht nog op antwoord", also after a label
    or a line's start: "18:59 EHBO: adris mehmedovović gestoken door een wesp" (round thirty-three, from holdout32)."""
    from .persons import VERB_AFTER  # persons.py imports casing.py, which imports this module

    prev = toks[i - 1][2].lower() if i else ""
    opens = not prev or prev in _CLAUSE_WORDS or bool(_LABEL_GAP.search(view, toks[i - 1][1], toks[i][0]))
    j = j or i + 1
    after = view[toks[j][1] : toks[j][1] + 40]
    return opens and bool(VERB_AFTER.match(after) or _PASSIVE_AFTER.match(after))


_LABEL_GAP = re.compile(r"[:\n]")
# a participle and "door": "gestoken door", "gebeten door", "geraakt door" (the pair is what it happened to)
_PASSIVE_AFTER = re.compile(r"[ \t]+ge[a-zà-ÿ]{2,}(?:en|d|t)[ \t]+door\b")
# what a surname nobody lists may follow after a given name in lower case: "katarzyna ly gestoken", "bavo de claeman,"
_SURNAME_TAIL_END = re.compile(
    r"[ \t]*(?:$|[.,!?;:()\n–—]|[ \t]-[ \t]|"
    r"[ \t]+(?:en|die|zij|hij|ze|is|was|heeft|had|op|in|uit|bij|aan|met|naar|voor|van)\b)"
)


def surnames_after_firsts(text: str, chars: list[str]) -> bool:
    """Capitalise in ``chars`` (the case view of ``text``) the lower-case particles and surname after each listed
    given name the view wrote as a name (see ``_surname_after_first``)."""
    view = "".join(chars)
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(view)]
    lower = [text[s].islower() and view[s].islower() for s, _e, _w in toks]

    def gap(i: int) -> str:
        return view[toks[i - 1][1] : toks[i][0]] if i > 0 else ""

    changed = False
    for i, (s, _e, _w) in enumerate(toks):
        if view[s].isupper() and text[s].islower():
            for k in _surname_after_first(view, toks, lower, i, gap):
                c = chars[toks[k][0]].upper()
                if len(c) == 1:
                    chars[toks[k][0]] = c
                    changed = True
    return changed


def _surname_after_first(
    view: str, toks: list[tuple[int, int, str]], lower: list[bool], i: int, gap: Callable[[int], str]
) -> list[int]:
    """The particles and the unlisted surname in lower case after a listed given name taken as a name, before the
    clause goes on: "[katarzyna] ly gestoken door", "[trijnelien] van den kerkhuis," (round thirty-three, from
    holdout32's logs)."""
    if not (_first(toks[i][2]) or _unknown(toks[i][2])):
        return []
    k, chain = i + 1, []
    while k < len(toks) and gap(k) == " " and lower[k] and toks[k][2].lower() in _PARTICLE_WORDS and len(chain) < 3:
        chain.append(k)
        k += 1
    if k >= len(toks) or gap(k) != " " or not lower[k] or _blocked_word(toks[k][2]) or _listed(toks[k][2]):
        return []
    if not chain and not _first(toks[i][2]):
        return []  # after an unlisted word only with particles: "sûnder fergunning" is Frisian (round 33, holdout25)
    w = toks[k][2]
    short = len(w) == 2 and w.isalpha() and not _is_word(w) and w not in CHAT_WORDS and _first(toks[i][2])
    if not (_unknown(w) or short):
        return []
    from .persons import VERB_AFTER  # persons.py imports casing.py, which imports this module

    after = view[toks[k][1] : toks[k][1] + 40]
    if _SURNAME_TAIL_END.match(after) or VERB_AFTER.match(after) or _PASSIVE_AFTER.match(after):
        return [*chain, k]
    return []


def lower_names(text: str, chars: list[str], view: str | None = None) -> bool:
    """Capitalise in ``chars`` (the case view of ``text``, same length) the lower-case names found by position;
    ``view``, if given, is ``"".join(chars)`` (the caller has it already)."""
    if not _FIRST_GATE.search(text):
        return False
    view = "".join(chars) if view is None else view
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(view)]
    if not toks:
        return False
    if view == text:  # the usual case: nothing capitalised yet, so a word is lower case by its first letter
        lower = [w[0].islower() for _s, _e, w in toks]
        named = [False] * len(toks)
    else:
        lower = [text[s].islower() and view[s].islower() for s, _e, _w in toks]
        named = [view[s].isupper() and text[s].islower() for s, _e, _w in toks]
    up: set[int] = set()

    def gap(i: int) -> str:
        return view[toks[i - 1][1] : toks[i][0]] if i > 0 else ""

    maybe = {w for w in {t[2] for t in toks} - _NOT_NAME if _maybe_name(w)}  # the words the rules below can take
    for i in [i for i, t in enumerate(toks) if t[2] in maybe]:
        s, e, w = toks[i]
        if not lower[i]:
            continue
        # a listed first name as the subject of a verb of speech at the start of a clause
        if _first(w) and _SPEECH_AFTER.match(view, e):
            before = view[max(0, s - 3) : s].rstrip(" \t")
            prev = toks[i - 1][2].lower() if i else ""
            if (
                not before
                or before[-1] in ":.!?,;\n"
                or unicodedata.category(before[-1]) == "So"  # "Hey Freweini 👋 anita vroeg of ..."
                or (gap(i) == " " and prev in _CLAUSE_WORDS)
            ):
                up.add(i)
                continue
        # a name introducing itself, with its particles and surname
        if _intro_before(view, s) and (_first(w) or _unknown(w)):
            j = i + 1
            chain: list[int] = []
            while j < len(toks) and toks[j][2].lower() in _PARTICLE_WORDS and gap(j) == " ":
                chain.append(j)
                j += 1
            nxt_ok = j < len(toks) and gap(j) == " " and lower[j] and not _blocked_word(toks[j][2])
            if chain and nxt_ok:
                up.update((i, j))
                continue
            if not chain and nxt_ok and (_unknown(toks[j][2]) or _listed(toks[j][2])) and not _is_word(toks[j][2]):
                up.update((i, j))
                continue
            if _AFTER_NAME_END.match(view, e) or chain:
                up.add(i)
                continue
        # two unknown words side by side, one of them a listed name, or particles between them before a verb
        j = i + 1
        while j < len(toks) and j - i <= 3 and gap(j) == " " and lower[j] and toks[j][2].lower() in _PARTICLE_WORDS:
            j += 1  # "bavo de claeman gestoken door" (round thirty-three, from holdout32)
        if j < len(toks) and gap(j) == " " and lower[j] and _unknown(w):
            w2 = toks[j][2]
            if (
                _unknown(w2)
                and not _blocked_word(w2)
                and len(w) >= 3
                and len(w2) >= 3
                and ((j == i + 1 and (_listed(w) or _listed(w2))) or _subject_before_verb(view, i, toks, j))
            ):
                up.update(range(i, j + 1))
    # a relation and a lower-case word before a verb: "mijn dochter mei zit thuis", "mijn zoon kees zit thuis"
    for m in _RELATION_THEN_WORD.finditer(view):
        w = m.group("w")
        if _blocked_word(w) or not text[m.start("w")].islower():
            continue
        if _is_word(w) and not _listed(w) and _COPULA_ENDS.match(view, m.end("w")):
            continue  # "dat zijn moeder opgelucht was.": an ordinary word before a copula that ends the clause
        from .persons import VERB_AFTER  # persons.py imports casing.py, which imports this module

        after = view[m.end("w") : m.end("w") + 40]
        if (
            VERB_AFTER.match(after)
            or _PERSON_VERB.match(after)
            or (  # "mijn zoon kees." but not "haar dochter belde.": an ordinary word closing the clause is its verb
                re.match(r"[ \t]*[,.;!?)]", view[m.end("w") : m.end("w") + 2]) and not (_is_word(w) and not _listed(w))
            )
        ):
            i = next((k for k, t in enumerate(toks) if t[0] == m.start("w")), -1)
            if i >= 0:
                up.add(i)
    # words beside a name the view capitalised (or one found above)
    names = {i for i, n in enumerate(named) if n} | up
    for i in sorted(names):
        k = i - 1
        while k >= 0 and gap(k + 1) == " " and lower[k] and k not in up and not _blocked_word(toks[k][2]):
            w = toks[k][2]
            if _unknown(w) or (_first(w) and _CONTACT_BEFORE.search(view, max(0, toks[k][0] - 12), toks[k][0])):
                up.add(k)
                k -= 1
                continue
            if _CONTACT_BEFORE.search(view, max(0, toks[k][0] - 12), toks[k][0]) and not _SPEECH_AFTER.match(" " + w):
                up.add(k)  # "gebeld met vlinder Savchuk": after "met", the word before the surname
            break
        k = i + 1
        if k < len(toks) and gap(k) == " " and lower[k] and k not in up and not _blocked_word(toks[k][2]):
            w = toks[k][2]
            if _listed(w) and _AFTER_NAME_END.match(view, toks[k][1]) and not named[k]:
                up.add(k)
            elif _GLUED_LOWER.match(w):  # "met Nour al-masri hier": a glued particle and surname after a name
                up.add(k)
    changed = False
    for i in up:
        s = toks[i][0]
        if chars[s].islower():
            c = chars[s].upper()
            if len(c) == 1:
                chars[s] = c
                changed = True
    return changed


# ---------------------------------------------------------------- person slots (round seven)

_LW = r"[a-zà-öø-ÿ\u0100-\u024f][\w'’]*(?:-[a-zà-öø-ÿ\u0100-\u024f][\w'’]*)*"
_END = r"(?![\w'’@/\\]|-\w|\.\w)"
# The subject of a request at the start of a clause: "kan faisal van Centrum voor Jeugd mij terugbellen?".
_REQUEST_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?:;\n]) ?|(?<=, )|(?<=[\w'’] )(?<!\bik )(?<!\bje )(?<!\bu )(?<!\bwe )(?<!\bwij )(?<!\bze )"
    r"(?<!\bzij )(?<!\bhij )(?<!\bjij )(?<!\bdie )(?<!\bwie )(?<!\bdat )(?<!\bwat ))"
    r"(?i:kan|kon|wil|zou|mag|moet)[ \t]+(?P<w>" + _LW + r")" + _END
    + r"(?:[ \t]+(?:van|bij|uit|namens)[ \t]+[^?.!\n]{1,60}?\b(?:mij|me|ons)\b"
    + r"|[ \t]+(?:mij|me|ons)[ \t]+(?:even[ \t]+)?(?:terug)?(?:bellen|mailen|appen|helpen|laten[ \t]+weten)\b)",
    re.M,
)  # fmt: skip
# The speaker after a verb of speech that ends the sentence: "..., zegt maarten", "aldus nelson."
_SPEAKER_AFTER_VERB = re.compile(
    r"(?:,|^|\n)[ \t]*(?:zegt|zei|aldus|vertelt|vertelde|meldt|meldde|schrijft|schreef|vraagt|vroeg)[ \t]+"
    r"(?P<w>" + _LW + r")" + _END + r"(?=[ \t]*(?:[.!]|$|\n)|[ \t]+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])",
    re.M,
)
# The subject after the verb when an adverb opens the clause: "en toen vroeg yusra of het klopte".
_INVERTED_SPEAKER = re.compile(
    r"\b(?i:toen|daarna|daarop|gisteren|vandaag|vanochtend|vanmiddag|later|net|eerst|ook|dan)[ \t]+"
    r"(?:belde|zei|vroeg|vertelde|mailde|appte|meldde|schreef|kwam|liet)[ \t]+(?P<w>" + _LW + r")" + _END
    + r"(?=[ \t]+(?:of|dat|nog|me|mij|ons|terug|al|ook|toen|even|zelf|weten|langs)\b|[ \t]*(?:[.,!?]|$))",
    re.M,
)  # fmt: skip
# Whose view is told: "volgens ferry is er nooit een brief gekomen".
# A name of one word, or of a first name, particles and a surname in lower case: "henrike", "yusra van der molen".
_NAME_PHRASE = (
    r"(?P<w>" + _LW + r")" + _END
    + r"(?:[ \t]+(?P<parts>(?:(?:van|de|der|den|ter|ten|te|el|al|ben|bin|da|dos|la|le|du|'t)[ \t]+)*)(?P<w2>" + _LW
    + r")" + _END + r")??"
)  # fmt: skip
_ACCORDING_TO = re.compile(
    r"\b(?i:volgens)[ \t]+" + _NAME_PHRASE + r"(?:[ \t]+zelf)?"
    + r"(?=[ \t]+(?:is|was|heeft|had|zijn|waren|moet|moest|kan|kon|zou|wordt|werd|gaat|ging|klopt)\b)"
)  # fmt: skip
# Whom something is told or asked: "zeg maar tegen sulaika dat ...", "vraag aan jun of ...".
_TOLD_TO = re.compile(r"\b(?:tegen|aan)[ \t]+(?P<w>" + _LW + r")" + _END + r"(?=[ \t]+(?:dat|of)\b)")
# With whom one spoke: "ik heb gisteren met hendrikus bouwmeester gebeld".
_SPOKE_WITH = re.compile(
    r"\bmet[ \t]+" + _NAME_PHRASE
    + r"(?=[ \t]+(?:gebeld|gesproken|gemaild|geappt|afgesproken|overlegd)\b)"
    + r"|\b(?:gebeld|gesproken|gemaild|geappt|overlegd|contact)[ \t]+met[ \t]+" + _NAME_PHRASE.replace("?P<", "?P<x")
    + r"(?=[ \t]*[,.;:!?\n]|[ \t]*$|[ \t]+(?:en|over|want|maar|die|zij|hij|geeft|zegt|zei)\b)"
    + r"|\bmet[ \t]+" + _NAME_PHRASE.replace("?P<", "?P<y")  # "met arjen van Wijkteam Noord gebeld"
    + r"(?=[ \t]+van[ \t]+(?:(?:het|de)[ \t]+)?(?:team[ \t]+|afdeling[ \t]+)?[A-ZÀ-ÖØ-Þ])"
)  # fmt: skip
# Whose file or request it is: "kun je kijken naar het dossier van muntadhar hamdan?".
_CASE_WORDS = ("dossier", "aanvraag", "zaak", "klacht", "melding", "verzoek", "bezwaar", "uitkering", "situatie")
_CASE_OF = re.compile(
    r"\b(?:" + "|".join(_CASE_WORDS) + r")[ \t]+van[ \t]+" + _NAME_PHRASE
    + r"(?=[ \t]*(?:[?.!,;:\n]|$)|[ \t]+(?:is|was|heeft|had|staat|ligt|en|want|maar|nog|al|niet)\b)"
)  # fmt: skip
# Whose appointment a mediator's planning or log lists: "Maandag 09:30 intake kaswish — Eempad 187", "Intake
# dimitranov,17-4-2026", "nazorg tsong;" (round twenty-five, from fresh21a: 28 persons over the development corpora;
# the other words there were Dutch words, "intake met", "intake dinsdag", which ``_slot_word`` leaves)
_APPOINTMENT_WORDS = ("intake", "nazorg", "huisbezoek")
_APPOINTMENT_OF = re.compile(
    r"\b(?i:intake|nazorg|huisbezoek)[ \t]+" + _NAME_PHRASE + r"(?=[ \t]*(?:[—–,;:(\n]|[ \t]-[ \t]|$))"
)
# Whom one is told to ask: "vraag het habibullah maar, die heeft ..." (round twenty-five, from fresh14d)
# Whom one lives with, ending the clause: "woont daar sinds vorig jaar met harrt." (round twenty-six, from holdout25's
# dictated notes, read as written text)
_LIVES_WITH = re.compile(
    r"\b(?i:woont|woonde|wonen|woonden)\b[^.\n;:]{0,40}?\bmet[ \t]+(?P<w>" + _LW + r")" + _END
    + r"(?=[ \t]*(?:[.,;!?)\n]|$))"
)  # fmt: skip
# Whom one lives or stays with, in one's own words, before the clause ends or "en": "ik woon gewoon bij liting,",
# "weer alleen met mehari en ..." (round thirty-four, from fresh40b); a listed first name or no Dutch word only
_LIVES_AT = re.compile(
    r"\b(?i:woon|woont|woonde|wonen|logeer|logeert|logeerde|slaap|slaapt|verblijf|verblijft)\b[^.\n;:]{0,40}?"
    r"\b(?:bij|met)[ \t]+(?P<w>" + _LW + r")" + _END + r"(?=[ \t]*(?:[.,;!?)\n'’\"]|$)|[ \t]+en\b)"
)
# Whose name an account or a payment is in, ending the clause: "naar RO78... op naam van mies pluymmans?" (round
# twenty-seven, from holdout26's chat messages of scammers)
_HOLDER = re.compile(
    r"\b(?i:op[ \t]+naam[ \t]+van|ten[ \t]+name[ \t]+van|t\.n\.v\.?)[ \t]+" + _NAME_PHRASE
    + r"(?=[ \t]*(?:[.,;!?)\n]|$))"
)  # fmt: skip
# Whom one will contact, in chat: "top, ik app mebrahtu morgen", "ik bel naima even" (round twenty-seven, from
# fresh33d's team channel)
_I_CONTACT = re.compile(
    r"\b(?i:ik|we|wij)[ \t]+(?:app|bel|mail|sms|whatsapp|contact)[ \t]+(?P<w>" + _LW + r")" + _END
    + r"(?=[ \t]*(?:[.,;!?)\n]|$)|[ \t]+(?:morgen|vandaag|straks|even|nog|later|vanavond|vanmiddag|zo|terug|wel|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|na|om|voor|over)\b)"
)  # fmt: skip
# The name someone goes by: "een jongen die zich 'mukhtar' liet noemen", "die zich xiaomei noemt" (round 27, fresh33f)
_GOES_BY = re.compile(
    r"\bzich[ \t]+['‘\"“]?(?P<w>" + _LW + r")" + _END
    + r"['’\"”]?[ \t]+(?:liet[ \t]+noemen|laat[ \t]+noemen|noemt|noemde)\b"
)  # fmt: skip
# Whom to reach, before the phone number: "dansles – contact elke van bruynaert, 06-..." (round thirty-three, from
# holdout32's hall rosters)
_CONTACT_PHONE = re.compile(
    r"\b(?i:contact|contactpersoon|contactpersonen|aanspreekpunt|bereikbaar[ \t]+via)[ \t]*:?[ \t]+" + _NAME_PHRASE
    + r"(?=[ \t]*[,(;|/][ \t]*(?:tel\.?[ \t]*:?[ \t]*)?(?:\+|00|0)\d)"
)  # fmt: skip
# Round thirty-three (from fresh18b's speech turned into text): who it was ("was het niet chineduokonkwo die ..."),
# whom not to forget to call ("niet vergeten uwe bellen"), who of a team is pointed at ("die ngu yen van de wijkteam")
_CLEFT = re.compile(r"\b(?i:was|is)[ \t]+het[ \t]+(?:niet[ \t]+)?" + _NAME_PHRASE + r"(?=[ \t]+die\b)")
_TODO_CALL = re.compile(
    r"\b(?i:vergeten|nog|even|graag|ook)[ \t]+" + _NAME_PHRASE + r"(?=[ \t]+(?:terug)?(?:bellen|mailen|appen)\b)"
)
_POINTED_OF_TEAM = re.compile(
    r"\bdie[ \t]+" + _NAME_PHRASE + r"(?=[ \t]+van[ \t]+(?:de|het)[ \t]+[a-zà-ÿ]*(?:team|loket|afdeling)\b)"
)
_ASK_IT = re.compile(r"\b(?i:vraag[ \t]+het)[ \t]+" + _NAME_PHRASE + r"(?=[ \t]+maar\b)")
# A name announcing itself at the start of a message or line: "bram hier. ze gaat ...".
_NAME_HERE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?] ))[ \t]*" + _NAME_PHRASE + r"(?=[ \t]+hier[ \t]*[.,!:;\n-])")
# An unknown word and a second word at the start of a clause before a verb of speech: "ff een vraagje: wai man zei".
_PAIR_BEFORE_SPEECH = re.compile(
    r"(?:^|(?<=[.!?:;\n]) ?|(?<=, ))(?P<w>" + _LW + r")" + _END + r"[ \t]+(?P<w2>" + _LW + r")" + _END
    + r"(?= (?:zei|zegt|vertelde|vertelt|belde|belt|vroeg|vraagt|mailde|appte|meldde|meldt|schreef)\b)",
    re.M,
)  # fmt: skip


# Round ten: more places where a lower-case word stands for a person in notes and chats.
# An official named with the team: "zegt dat adekwuma van team Geldzaken zou bellen", "nikos (team Wonen) vragen".
_OF_TEAM = re.compile(
    r"(?<![\w'’@])(?P<w>" + _LW + r")" + _END
    + r"(?=[ \t]+van[ \t]+(?:het[ \t]+|de[ \t]+)?(?:(?:team|afdeling)[ \t]+\S|[A-Z][\w\-]*team\b)"
    + r"|[ \t]*\((?:het[ \t]+|de[ \t]+)?(?:(?:team|afdeling)[ \t]+\S|[A-Z][\w\-]*team\b))"
)  # fmt: skip
# A relative named in brackets: "Jaow's broer (bartd) belt vaak".
_RELATIVE_IN_BRACKETS = re.compile(
    r"\b(?i:broer|zus|zoon|dochter|moeder|vader|partner|man|vrouw|neef|nicht|oom|tante|opa|oma|kleinzoon|"
    r"kleindochter|schoonzoon|schoondochter|schoonmoeder|schoonvader|buurman|buurvrouw|vriend|vriendin)[ \t]*\("
    + _NAME_PHRASE + r"[ \t]*\)"
)  # fmt: skip
# Who goes along, in brackets: "huisbezoek fam. Pawirono (met hasmina)".
_WITH_IN_BRACKETS = re.compile(r"\((?i:met|samen met|incl\.?|en)[ \t]+" + _NAME_PHRASE + r"[ \t]*\)")
# A sign-off after thanks or a greeting, at the end of a line: "Thx! eeien", "groet, özcan".
_SIGN_OFF = re.compile(
    r"(?:\b(?i:thx|thanks|bedankt|dankjewel|dank je|groetjes|groet|gr|mvg|doei|tot straks|tot morgen)[!.,]+"
    # kisses opening the last line: "xx rodel reyganiban" (round twenty-six, from holdout25)
    r"|(?:^|(?<=\n))[ \t]*(?i:xx|xxx))[ \t]+"
    + _NAME_PHRASE + r"[ \t]*(?=\r?\n|$)"
)  # fmt: skip
# The caller in the header of a phone note: "tel 10:15 rorayla girigio".
_CALL_HEADER = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?i:tel\.?|telefoon|telefonisch|gebeld|belde|bel|call|gesprek)[ \t:.-]*"
    r"\d{1,2}[:.]\d{2}[ \t:-]+"
    + _NAME_PHRASE + r"(?=[ \t]*(?:\r?\n|$|[,(–-]))"
)  # fmt: skip
# Whom one phones, mails or meets, before a bracket or the end: "bellen met oleras wolf (inschrijving)".
_CONTACT_WITH = re.compile(
    r"\b(?i:bellen|mailen|appen|overleg|gesprek|afspraak|contact|bellen)[ \t]+met[ \t]+" + _NAME_PHRASE
    + r"(?=[ \t]*(?:[(,.;:!?\n]|$)|[ \t]+(?:over|om|op|voor|re|ivm|i\.v\.m\.)\b)"
)  # fmt: skip


def _appositions_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from .wordlists import ROLES

    return (
        # "de docent, semal ridder, wil ...": a name in commas after a role (matched from the role word; the article
        # before it is checked apart)
        re.compile(r"(?i:" + ROLES + r")[ \t]*,[ \t]+" + _NAME_PHRASE + r"[ \t]*,"),
        # "- bartke verhaert – mantelzorger – verklaring": a name before a dash and a role in a list item
        re.compile(r"[ \t]*(?:[-•*]|\[[ xX]?\])[ \t]+" + _NAME_PHRASE + r"[ \t]+[–—-][ \t]+(?i:" + ROLES + r")\b"),
    )


_ARTICLE_BEFORE_ROLE = re.compile(r"(?i:\b(?:de|het|een|mijn|m'n|haar|zijn|z'n|hun|onze|uw))[ \t]+$")
_ROLE_APPOSITION, _ITEM_BEFORE_ROLE = _appositions_re()
# A cheap test for the round-ten slots above (the older ones have their own gate).
_ROUND10_GATE = re.compile(
    r"[(,–]|\n[ \t]*(?:[-•*]|\[[ xX]?\]) |(?i:team|afdeling|thx|thanks|bedankt|dank|groet|tel|met )"
)


def _field_name_re() -> re.Pattern[str]:
    from .wordlists import NAME_HEADERS

    heads = "|".join(sorted(NAME_HEADERS, key=len, reverse=True))
    return re.compile(
        r"(?:^|(?<=\n))[ \t]*(?i:" + heads + r")[ \t]*[:=][ \t]*(?P<w>" + _LW + r")" + _END
        + r"(?:[ \t]+(?:(?:van|de|der|den|ter|ten|te|in|op|'t|el|al|ben|bin|da|dos|la|le|du)[ \t]+){0,3}(?P<w2>"
        + _LW + r")" + _END + r")?(?=[ \t]*(?:\r?\n|$|[;,|]))"
    )  # fmt: skip


# A name field whose value is written in lower case: "melder: verkerk", "naam: fatma yilmaz".
_FIELD_NAME = _field_name_re()
# Words that speak without being a name: pronouns and what a child calls a parent ("..., zegt men.", "zegt mama").
_NO_SPEAKER = frozenset("men iedereen niemand iemand allebei beiden zelf mama papa mam pap moeders vaders".split())
_SPEECH_GATE = re.compile(r"\b(?:zeg|zei|vertel|meld|schr|vra|vroeg|bel|mail|app)")
# Chat: whom one thanks, with whom one does something, whom one asks: "bedankt anneloes", "ik en oluwaseun komen",
# "vraag maar aan sibel"; and a name before "en ik" or "bedankt": "oluwaseun en ik", "ok sibel bedankt".
_CHAT_BEFORE = re.compile(
    r"\b(?:(?:ik|wij|we)[ \t]+en|bedankt|dankjewel|dankje|thanks|thx|vraag[ \t]+(?:het[ \t]+)?maar[ \t]+aan|"
    r"(?:woon|woont|wonen|woonde)[ \t]+naast)"
    r"[ \t]+(?P<w>" + _LW + r")" + _END,
    re.I,
)
_CHAT_AFTER = re.compile(r"(?<![\w'’@])(?P<w>" + _LW + r")" + _END + r"(?=[ \t]+(?:en[ \t]+ik|bedankt)\b)")
# Necessary for a match (round ten): _REQUEST_SUBJECT ends in the word "mij", "me" or "ons"; _CASE_OF has a case
# word and "van" after blanks (its opening, without the boundary before it).
_ME_WORD = re.compile(r"\b(?:mij|me|ons)\b")
_CASE_VAN = re.compile(r"(?:" + "|".join(_CASE_WORDS) + r")[ \t]+van[ \t]")
_SLOT_GATE = re.compile(
    r"\b(?:kan|kon|wil|zou|mag|moet|zegt|zei|aldus|vertel|meld|schr|vra|vroeg|belde|mailde|appte|kwam|liet|"
    r"volgens|tegen|aan|met|hier|dossier|aanvraag|zaak|klacht|melding|verzoek|bezwaar|uitkering|situatie|en|bedankt|"
    r"dankjewel|dankje|thanks|thx|naast|intake|nazorg|huisbezoek|vraag|woon|naam|name|t\.n\.v|ik|we|wij|zich|contact|"
    r"aanspreekpunt|bereikbaar|was het|is het|vergeten|bellen|mailen|appen|die)"
)


def _slot_word(w: str) -> bool:
    """A lower-case word in a person slot is a name when it is a listed first name or no Dutch word, and no
    function, cue, chat or group word."""
    return not _blocked_word(w) and (_first(w) or _unknown(w))


def _word_starts(s: str, words: tuple[str, ...], back: bool = False, whole: bool = True) -> list[int]:
    """Every offset in ``s`` where one of ``words`` starts (with ``whole``: not right after a word character, as the
    patterns ask), ascending; with ``back`` also the offsets a match may open at before it: the blanks (spaces, tabs)
    right before the word and the character before those."""
    out: set[int] = set()
    for w in words:
        p = s.find(w)
        while p != -1:
            if whole and p and (s[p - 1].isalnum() or s[p - 1] == "_"):
                p = s.find(w, p + 1)
                continue
            out.add(p)
            if back:
                q = p
                while q > 0 and s[q - 1] in " \t":
                    q -= 1
                out.update(range(max(0, q - 1), p))
            p = s.find(w, p + 1)
    return sorted(out)


_SENTENCE_GAP = re.compile(r"[.!?] ")
_CONTACT_WORDS = ("gebeld", "gesproken", "gemaild", "geappt", "overlegd", "contact")  # "gebeld met X" (a test checks)


def _clause_starts(s: str) -> list[int]:
    """Line starts and the offsets right after a full stop, "!" or "?" and a space."""
    return sorted({*_line_starts(s), *(m.end() for m in _SENTENCE_GAP.finditer(s))})


def _line_starts(s: str) -> list[int]:
    return [0, *(i + 1 for i, c in enumerate(s) if c == "\n")] if "\n" in s else [0]


# Where a match of a pattern of slot_names can start (its first word, or a line start), so that the pattern is tried
# only there (``patterns._matches_at``: the same matches as a scan of the whole text, which for a pattern that opens
# with a look-behind or a choice of words tries every position). For a pattern under re.I the word is looked for in
# the lower-case text (``_ascii_lower``: offsets agree and the letters that fold to ASCII are folded); None: scan.
_CHAT_OPENERS = opening_words(_CHAT_BEFORE)  # read from the pattern (rxutil.opening_words); None: scan
_REQUEST_WORDS = ("kan", "kon", "wil", "zou", "mag", "moet")  # the words that open these patterns (a test checks)
_SPEECH_WORDS = (
    "zegt",
    "zei",
    "aldus",
    "vertelt",
    "vertelde",
    "meldt",
    "meldde",
    "schrijft",
    "schreef",
    "vraagt",
    "vroeg",
)
_INVERTED_WORDS = (
    "toen", "daarna", "daarop", "gisteren", "vandaag", "vanochtend", "vanmiddag", "later", "net", "eerst", "ook", "dan"
)  # fmt: skip
_PAIR_WORDS = ("zei", "zegt", "vertelde", "vertelt", "belde", "belt", "vroeg", "vraagt", "mailde", "appte", "meldde")
_PAIR_WORDS += ("meldt", "schreef")


def _run_start(s: str, j: int) -> int:
    """The start of the run of word characters, apostrophes and hyphens that ends at ``j``."""
    while j > 0 and (s[j - 1].isalnum() or s[j - 1] in "_'’-"):
        j -= 1
    return j


def _pair_starts(v: str) -> list[int]:
    """Where a ``_PAIR_BEFORE_SPEECH`` match can start: two words before each " <verb of speech>" (its look-ahead);
    the first word opens after a boundary, so it starts a run of word characters (or one space before it)."""
    out: set[int] = set()
    for end in _word_starts(v, tuple(" " + w for w in _PAIR_WORDS), whole=False):
        j2 = _run_start(v, end)
        k = j2
        while k > 0 and v[k - 1] in " \t":
            k -= 1
        if k < j2:
            j1 = _run_start(v, k)
            out.update((max(0, j1 - 1), j1))
    return sorted(out)


# ``_ascii_lower``: the folded lower-case copy in which an ASCII word stands exactly where ``(?i:word)`` matches
# (rxutil.ascii_fold_lower, shared with the other patterns tried at their opening words).
_ascii_lower = ascii_fold_lower


def _starts_in(v: str, lo: str, words: tuple[str, ...], back: bool = False) -> list[int] | None:
    f = _ascii_lower(v, lo)
    return None if f is None else _word_starts(f, words, back)


_SLOT_STARTS: dict[re.Pattern[str], Callable[[str, str], list[int] | None]] = {
    _REQUEST_SUBJECT: lambda v, lo: _starts_in(v, lo, _REQUEST_WORDS, True),
    _SPEAKER_AFTER_VERB: lambda v, lo: _word_starts(v, _SPEECH_WORDS, True),
    _ACCORDING_TO: lambda v, lo: _starts_in(v, lo, ("volgens",)),
    _TOLD_TO: lambda v, lo: _word_starts(v, ("tegen", "aan")),
    _NAME_HERE: lambda v, lo: _clause_starts(v),
    _INVERTED_SPEAKER: lambda v, lo: _starts_in(v, lo, _INVERTED_WORDS),
    _SPOKE_WITH: lambda v, lo: _word_starts(v, ("met", *_CONTACT_WORDS)),
    _FIELD_NAME: lambda v, lo: _line_starts(v),
    _PAIR_BEFORE_SPEECH: lambda v, lo: _pair_starts(v),
    _CASE_OF: lambda v, lo: _word_starts(v, _CASE_WORDS),
    _APPOINTMENT_OF: lambda v, lo: _starts_in(v, lo, _APPOINTMENT_WORDS),
    _ASK_IT: lambda v, lo: _starts_in(v, lo, ("vraag",)),
    _LIVES_WITH: lambda v, lo: _word_starts(v, ("woont", "woonde", "wonen", "woonden")),
    _LIVES_AT: lambda v, lo: _word_starts(v, ("woon", "woont", "woonde", "wonen", "logeer", "logeert", "slaap")),
    _HOLDER: lambda v, lo: _starts_in(v, lo, ("op naam", "ten name", "t.n.v")),
    _I_CONTACT: lambda v, lo: _starts_in(v, lo, ("ik ", "we ", "wij ")),
    _GOES_BY: lambda v, lo: _word_starts(v, ("zich",)),
    _CHAT_BEFORE: lambda v, lo: _starts_in(v, lo, _CHAT_OPENERS) if _CHAT_OPENERS else None,  # round ten
}

# The same table by id (round nine): a compiled pattern as a dict key hashes its whole program on every look-up, 1-5 µs
# for these patterns; the patterns above are module constants that the table keeps alive, so an id stays theirs.
_SLOT_STARTS_BY_ID = {id(rx): where for rx, where in _SLOT_STARTS.items()}


def _slot_matches(rx: re.Pattern[str], view: str, lo: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(view)``, tried only where a match can start (``_SLOT_STARTS``)."""
    where = _SLOT_STARTS_BY_ID.get(id(rx))
    starts = where(view, lo) if where is not None else None
    return rx.finditer(view) if starts is None else _matches_at(rx, view, starts)


def _word_before(low: str, p: int) -> int:
    """The start of the word that ends right before the blanks before ``p``."""
    q = p
    while q > 0 and low[q - 1] in " \t":
        q -= 1
    while q > 0 and (low[q - 1].isalnum() or low[q - 1] in "'’-"):
        q -= 1
    return q


_TEAM_TAILS = (" van team", " van afdeling", " van het ", " van de ", "(team", "(afdeling", "(het ", "(de ")
_SIGN_OFF_WORDS = ("thx", "thanks", "bedankt", "dankjewel", "dank je", "groetjes", "groet", "gr", "mvg", "doei", "tot ")
_SIGN_OFF_WORDS += ("xx",)
_CALL_WORDS = ("tel", "telefoon", "telefonisch", "gebeld", "belde", "bel", "call", "gesprek")
_CONTACT_WITH_WORDS = ("bellen", "mailen", "appen", "overleg", "gesprek", "afspraak", "contact")


def _round10_spots(view: str, lo: str) -> list[int]:
    """The round-ten slots, each tried only at the places a match can open (found by plain substring tests)."""
    low = ascii_fold_lower(view, lo or None)
    if low is None:  # a lower-case copy of another length: scan plainly
        low = view.lower()
        tries = [(rx, None) for rx in (_OF_TEAM, _WITH_IN_BRACKETS, _RELATIVE_IN_BRACKETS, _SIGN_OFF, _CALL_HEADER,
                                       _CONTACT_WITH, _ROLE_APPOSITION, _ITEM_BEFORE_ROLE)]  # fmt: skip
    else:
        line_starts = [0] + [i + 1 for i in find_all(low, ("\n",))]
        tries = [
            (_OF_TEAM, sorted({_word_before(low, p) for p in find_all(low, _TEAM_TAILS)})),
            (_WITH_IN_BRACKETS, find_all(low, ("(met ", "(samen met ", "(incl", "(en "))),
            (_RELATIVE_IN_BRACKETS, sorted({_word_before(low, p) for p in find_all(low, ("(",))})),
            (_SIGN_OFF, _word_starts(low, _SIGN_OFF_WORDS)),
            (_CALL_HEADER, line_starts if any(w in low for w in _CALL_WORDS) else []),
            (_CONTACT_WITH, _word_starts(low, _CONTACT_WITH_WORDS) if "met " in low else []),
            (_ROLE_APPOSITION, sorted({_word_before(low, p) for p in find_all(low, (",",))}) if ", " in low else []),
            (_ITEM_BEFORE_ROLE, line_starts if ("–" in low or "-" in low or "—" in low) else []),
        ]
    spots: list[int] = []
    for rx, starts in tries:
        for m in rx.finditer(view) if starts is None else _matches_at(rx, view, starts):
            if rx is _ROLE_APPOSITION and not _ARTICLE_BEFORE_ROLE.search(view, max(0, m.start() - 12), m.start()):
                continue
            a, b = ("w", "w2")
            w, w2 = m.group(a), m.groupdict().get(b)
            one_known = _slot_word(w) or (w2 is not None and _unknown(w2) and not _blocked_word(w2))
            if one_known and not _blocked_word(w) and len(w) >= 2:
                spots.append(m.start(a))
                if w2 and not _blocked_word(w2):
                    spots.append(m.start(b))
    return spots


# The slots that name only a person, whatever the word in them: whose name an account is in, whom one lives with,
# will call or is to ask, the name one goes by. Their words reach the person judge as named by the slot (``found``
# of ``slot_names``); the other slots ("nazorg X", "contact met X") also take roles and groups, which the judge
# weighs as it does any capitalised word.
_SURE_SLOTS = frozenset(
    map(id, (_HOLDER, _LIVES_WITH, _I_CONTACT, _ASK_IT, _GOES_BY, _CONTACT_PHONE))
)  # by id: see _SLOT_STARTS_BY_ID


# The speaker of a chat line after its bracketed time or tag: "[16:27] bich hanh: koper wil ...", "[bericht] wei
# chu: mijn nieuwe nummer is ..." (round thirty-one, from fresh37a and fresh37d); read in a chat of two lines or more
_CHAT_SPEAKER = re.compile(
    r"^[ \t]*\[[^\]\n]{1,24}\][ \t]*(?P<w>" + _LW + r")(?:[ \t]+(?P<w2>" + _LW + r"))?[ \t]*:[ \t]", re.M
)
_CHAT_LINE = re.compile(r"^[ \t]*\[[^\]\n]{1,24}\][ \t]*[^\W\d_][^:\n]{0,40}:[ \t]", re.M)


def _chat_speakers(view: str) -> list[int]:
    """Where the lower-case speakers of a chat's lines start (see ``_CHAT_SPEAKER``): a word no list has among
    them, none a function, cue or chat word."""
    if len(_CHAT_LINE.findall(view)) < 2:
        return []
    out = []
    for m in _CHAT_SPEAKER.finditer(view):
        w, w2 = m.group("w"), m.group("w2")
        words = [w, w2] if w2 else [w]
        if any(_blocked_word(x) for x in words) or not any(_unknown(x) or _first(x) for x in words):
            continue
        out += [m.start("w")] + ([m.start("w2")] if w2 else [])
    return out


def slot_names(text: str, chars: list[str], view: str | None = None, found: list[int] | None = None) -> bool:
    """Capitalise in ``chars`` the lower-case words that stand where a person stands: the subject of a request,
    the speaker after a verb of speech, "volgens X is", "tegen X dat", "met X Y gebeld", "X hier.", the value of a
    name field ("melder: verkerk"). ``view``, if given, is ``"".join(chars)``; ``found`` collects the offsets of
    the words of a sure slot (``_SURE_SLOTS``), so that the person judge knows the slot named them."""
    old = ":" in text or "=" in text or bool(search_at_word_start(_SLOT_GATE, text))
    if not old and not _ROUND10_GATE.search(text):
        return False
    view = "".join(chars) if view is None else view
    lo = view.lower() if old else ""
    speech = search_at_word_start(_SPEECH_GATE, lo)
    spots: list[int] = []
    for rx, gate in (
        (_REQUEST_SUBJECT, (" mij" in lo or " me" in lo or " ons" in lo) and search_at_word_start(_ME_WORD, text)),
        (_SPEAKER_AFTER_VERB, speech or "aldus" in lo),
        (_ACCORDING_TO, "volgens" in lo),
        (_TOLD_TO, " dat" in lo or " of " in lo),
        (_NAME_HERE, " hier" in lo),
        (_INVERTED_SPEAKER, speech or "kwam" in lo or "liet" in lo),
        (_CASE_OF, " van " in lo and _CASE_VAN.search(text) is not None),
        (_APPOINTMENT_OF, "intake " in lo or "nazorg " in lo or "huisbezoek " in lo),
        (_ASK_IT, "vraag het " in lo),
        (_LIVES_WITH, "woon" in lo and "met " in lo),
        (_LIVES_AT, ("woon" in lo or "logeer" in lo or "slaap" in lo) and ("bij " in lo or "met " in lo)),
        (_HOLDER, "naam van" in lo or "name van" in lo or "t.n.v" in lo),
        (_I_CONTACT, "ik " in lo or "we " in lo or "wij " in lo),
        (_GOES_BY, "zich " in lo and "noem" in lo),
        (_CHAT_BEFORE, " en " in lo or "dank" in lo or "th" in lo or "aan " in lo or "naast " in lo),
        (_CHAT_AFTER, " en ik" in lo or " bedankt" in lo),
        (_CONTACT_PHONE, "contact" in lo or "aanspreekpunt" in lo or "bereikbaar via" in lo),
        (_CLEFT, " het " in lo and " die" in lo),
        (_TODO_CALL, "bellen" in lo or "mailen" in lo or "appen" in lo),
        (_POINTED_OF_TEAM, "die " in lo and " van " in lo),
    ):
        for m in _slot_matches(rx, text, lo) if gate else ():
            w = m.group("w")
            # after a verb of speech that ends the sentence any word not a function, cue or chat word is the
            # speaker ("..., zegt tao"); elsewhere only a listed first name or no Dutch word
            w2 = m.groupdict().get("w2")
            if (
                _slot_word(w)
                or (rx is _SPEAKER_AFTER_VERB and not _blocked_word(w) and len(w) >= 3 and w not in _NO_SPEAKER)
                or (w2 and not _blocked_word(w) and len(w) >= 3 and _unknown(w2) and not _blocked_word(w2))
                or (rx is _CONTACT_PHONE and m.group("parts") and w2 and _unknown(w2) and not _blocked_word(w2))
            ):  # "volgens rinse brito-osinga is": a word nobody lists after the first makes the pair a name
                spots.append(m.start("w"))
                if w2 and not _blocked_word(w2):  # "volgens henrike zadel zelf is", "yusra van der molen hier,"
                    spots.append(m.start("w2"))
                if found is not None and id(rx) in _SURE_SLOTS:
                    found.extend(m.start(g) for g in ("w", "w2") if m.groupdict().get(g) and not _blocked_word(m[g]))
    spots += _round10_spots(view, lo)
    for m in _slot_matches(_SPOKE_WITH, text, lo) if "met " in lo else ():
        a, b = ("w", "w2") if m.group("w") else ("xw", "xw2") if m.group("xw") else ("yw", "yw2")
        w, w2 = m.group(a), m.group(b)
        if _slot_word(w):
            spots.append(m.start(a))
            if w2 and not _blocked_word(w2):
                spots.append(m.start(b))
    for m in _slot_matches(_FIELD_NAME, text, lo) if ":" in view or "=" in view else ():
        w, w2 = m.group("w"), m.group("w2")
        if not _blocked_word(w) and (_listed(w) or _unknown(w)) and not (w2 and _blocked_word(w2)):
            spots.append(m.start("w"))
            if w2:
                spots.append(m.start("w2"))
    for m in _slot_matches(_PAIR_BEFORE_SPEECH, text, lo) if speech else ():
        w, w2 = m.group("w"), m.group("w2")
        # also a listed first name before a surname nobody lists: "maarten oosterenveld schreef" (round 27)
        first = _first(w) and _unknown(w2)
        if (
            (_unknown(w) or first)
            and not _blocked_word(w)
            and w2 not in STOPWORDS
            and w2 not in CHAT_WORDS
            and len(w2) >= 2
        ):
            spots += [m.start("w"), m.start("w2")]
    if "?" in view and "naam" in lo:
        for m in _NAME_ANSWER.finditer(view):
            words = [g for g in ("w", "w2", "w3") if m.group(g)]
            plain = (STOPWORDS, CHAT_WORDS, INTERJECTIONS)
            if not any(m.group(g) in ws for g in words for ws in plain) and not all(
                _blocked_word(m.group(g)) for g in words
            ):
                spots += [m.start(g) for g in words]
    if "]" in view:
        spots += _chat_speakers(view)
    changed = False
    for s in spots:
        if chars[s].islower() and text[s].islower():
            c = chars[s].upper()
            if len(c) == 1:
                chars[s] = c
                changed = True
    return changed


# The answer to a question for one's name, on the next line after the speaker's label, before the date of birth
# asked with it or the line's end: "Wat is uw naam en geboortedatum?⏎Bezoeker: thu đỗ 12 maart 1946" (round
# thirty-four, from holdout33's counter dialogues); Vietnamese letters too
_ANSWER_WORD = r"[a-zà-öø-ÿ\u0100-\u024f\u1e00-\u1eff][\w'’]*(?:-[\w'’]+)*"
_NAME_ANSWER = re.compile(
    r"(?i:\bnaam\b)[^\n?]{0,40}\?[ \t]*\r?\n[ \t]*[^\n:]{1,24}:[ \t]*(?P<w>" + _ANSWER_WORD + r")"
    r"(?:[ \t]+(?P<w2>" + _ANSWER_WORD + r"))?(?:[ \t]+(?P<w3>" + _ANSWER_WORD + r"))?(?=[ \t]+\d|[ \t]*[.,]?[ \t]*$)",
    re.M,
)


# A caller naming themselves: "hoi met", "u spreekt met", "ik ben", "mijn naam is", or "met" opening a line.
_SELF_INTRO = re.compile(
    r"(?:\bik ben(?: het,?)?|\bmijn naam is|\bik heet|\bspreekt met|\bspreek je met|\b(?:dit|hier) is|"
    r"\b(?:hoi|hallo|hey|hee|dag|goedemorgen|goedemiddag|goedenavond),? met|(?:^|\n)[ \t]*met)[ \t]+$",
    re.I,
)
_NAME_THEN_LOWER = re.compile(
    r"(?<![\w'’\-])[A-ZÀ-ÖØ-Þ\u0100-\u024f][\w'’]*(?:-[\w'’]+)*[ \t]+(?:(?P<w1>" + _LW + r")" + _END
    + r"[ \t]+)?(?P<w>" + _LW + r")" + _END
)  # fmt: skip
_PREV_NAME = re.compile(r"(?<![\w'’\-])[A-ZÀ-ÖØ-Þ\u0100-\u024f][\w'’]*[ \t]+$")
_SURNAME_END = re.compile(r"[ \t]*(?:$|\r?\n|[.,!?;:)]| (?:ik|en|mijn|wij|we|uit|van de|over|hier)\b)")


def self_named_surnames(text: str, chars: list[str]) -> bool:
    """After a caller's first name capitalised in the view ("hoi met Baukje hofstede⏎", "ik ben Daan prins-brouwer en
    ik woon", "u spreekt met Zhou mei ik bel ..."), one lower-case word that ends the name (the line ends, or "ik",
    "en", "mijn" follows) is the surname, even when it is a Dutch word; function and chat words are not. Of two such
    words the first must be a listed name or no Dutch word ("hoi met gunnhild nwachukwu ketel-molen⏎")."""
    view = "".join(chars)
    changed = False
    for m in _NAME_THEN_LOWER.finditer(view):
        s = m.start()
        if not text[s].islower():
            continue  # only a name the view capitalised, right after a self-introduction
        if not _SELF_INTRO.search(view, max(0, s - 40), s):
            p = _PREV_NAME.search(view, max(0, s - 40), s)  # or after a first name that follows one
            ps = p.start() if p else 0
            if not p or not text[ps].islower() or not _SELF_INTRO.search(view, max(0, ps - 40), ps):
                continue
        w, w1 = m.group("w"), m.group("w1")
        keys: tuple[str, ...] = ("w1", "w") if w1 else ("w",)
        if w1 and not (
            not _blocked_word(w)
            and not _blocked_word(w1)
            and _SURNAME_END.match(view, m.end("w"))
            and (_unknown(w1) or _listed(w1) or _unknown(w) or _listed(w))
        ):  # of two surnames one is a listed name or no Dutch word ("gunnhild nwachukwu ketel-molen")
            w, keys = w1, ("w1",)
            end = m.end("w1")
        else:
            end = m.end("w")
        if _blocked_word(w) or not text[m.start(keys[-1])].islower() or not _SURNAME_END.match(view, end):
            continue
        for k in keys:
            c = chars[m.start(k)].upper()
            if len(c) == 1:
                chars[m.start(k)] = c
                changed = True
    return changed
