"""Social-media posts, messages and logs: @handles, #hashtags and bare initials (issue 10, round five).

A personal handle ("@floor_87") names a person: it becomes ``[persoon N]`` after the "@". A handle of a public body
("@gemeente_zwolle", "@politie", "@wijkteam_oost") is kept. A hashtag ("#Burendag") is a topic, never a name: it is
shielded from the person rules. Both are skipped at once when the text has no "@" or "#". Bare capital initials
("A.B." in a log line, "met K.L. gesproken") stand for a person unless they are a common abbreviation ("N.B.", "B.V.").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from .lexicon import STOPWORDS, WORDS, english_all
from .paraphs import is_code
from .patterns import _matches_at
from .persons import in_thing_column
from .rxutil import ascii_fold_lower, line_and_cell_starts, matches_at_opening_words, opening_words
from .wordlists import CUE_WORDS

P = TypeVar("P")

# "@name" not inside an e-mail address or a word
# also with a hyphen inside: "@al-rubaidi.haider" (round eighteen)
_HANDLE_RE = re.compile(r"(?<![\w.@/])@(?P<h>[A-Za-z][\w.\-]{1,29}[A-Za-z0-9_])(?![\w@\-])")
_HASHTAG_RE = re.compile(r"(?<![\w&#/])#[^\W\d_][\w]{1,60}")
# short bodies only as a whole part of the handle: "@uwv_nl", not "@selma.begovic56" (round thirty, from fresh36a)
_BODY_HANDLE = re.compile(
    r"gemeente|politie|wijkteam|wijkagent|team|brandweer|omroep|nieuws|krant|dagblad|provincie|"
    r"rijksoverheid|belastingdienst|buurtbemiddeling|woningcorporatie|wonen|school|bibliotheek|"
    r"stichting|vereniging|nl$|online|official|afdeling|directie|sector|cluster|bureau|loket|dienst|"
    r"zaken$|beheer$|balie|servicedesk|helpdesk|backoffice|frontoffice|"
    r"^(?:ggd|rtv|nos|uwv|svb|duo|ns_|info|gov|kcc)|(?:^|[._\-])(?:ggd|rtv|nos|uwv|svb|duo|info|gov|kcc)(?:$|[._\-\d])|"
    r"(?:ggd|rtv|nos|uwv|svb|duo|info|gov|kcc)$",
    re.IGNORECASE,
)


def shield_hashtags(text: str, mask: bytearray) -> None:
    """Mark every #hashtag as taken, so no rule reads it as a name."""
    if "#" not in text:
        return
    for m in _HASHTAG_RE.finditer(text):
        mask[m.start() : m.end()] = b"\x01" * (m.end() - m.start())


def rule_handles(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[tuple[int, int, P]]:
    """A personal @handle is a person (the "@" stays, so the reader sees it was a handle)."""
    if "@" not in text:
        return []
    out: list[tuple[int, int, P]] = []
    seen: dict[str, P] = {}
    for m in _HANDLE_RE.finditer(text):
        s, e = m.start("h"), m.end("h")
        handle = m.group("h").rstrip(".")
        e = s + len(handle)
        if mask.find(1, s, e) != -1 or _BODY_HANDLE.search(handle):
            continue
        key = handle.lower()
        if key not in seen:
            seen[key] = new_person([handle])
        out.append((s, e, seen[key]))
        mask[s:e] = b"\x01" * (e - s)
    return out


# Common abbreviations written as capital initials: never a person.
_ABBREVIATIONS = frozenset(
    """N.B. P.S. B.V. N.V. V.O.F. A.U.B. O.A. T.A.V. I.V.M. M.B.T. Z.S.M. C.Q. D.W.Z. I.P.V. T.Z.T. E.D. E.A. M.V.G.
    V.G. M.I.V. I.O.V. I.C.M. O.B.V. N.A.V. S.V.P. R.I.P. P.V. W.O. A.M. P.M. U.S.A. E.U. V.S. K.V.K. B.O.A. W.M.O.
    A.O.W. B.S.N. G.G.D. U.W.V. I.N.D. O.M. V.V.E. V.V.V. C.V. P.O. V.O. H.O. M.B.O. H.B.O. E.H.B.O. T.V. D.J. O.K.
    G.G.Z. C.J.G. A.P.K. W.W. K.B. N.S. R.D.W. N.L. B.E. U.K. A.V.G. W.A. K.M. N.O. Z.O. Z.W. N.W. B.B.Q. S.O.S.
    A.D. V.C. I.E. E.G. P.P. Z.Z.P. B.T.W. O.Z.B. W.O.Z. G.B.A. B.R.P. A.W.B. M.R. D.D. R.O. V.D. T.B.V. L.S.""".split()
)
# "12:04 A.B. belde", "met K.L. gesproken", "; A.B.;", "Optioneel: A.B." - initials after a cue, before a verb or a stop
_BARE_INITIALS = re.compile(r"(?<![\w.])(?P<i>(?:[A-Z]\.){2,3})(?=[ \t]+[a-zà-ÿ]|[ \t]*(?:[;,)|\n]|:[ \t]|$))")
_INITIALS_GATE = re.compile(r"\.[A-Z]\.")
_CUE_BEFORE = re.compile(
    r"(?:^|[;,:(|]|\d\d|(?<![\w])(?:met|door|en|aan|bij|voor|namens|mw\.?|dhr\.?|mevr\.?|hr\.|cliënt|client|"
    r"bewoner|melder|buurman|buurvrouw|zoon|dochter|moeder|vader)|^[ \t]*(?:\d{1,3}[.)]|[-*•–]))[ \t]*$",
    re.MULTILINE,
)
# an item of an enumerated or bulleted list: "2. ", "- "
_ITEM_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,3}[.)]|[-*•–])[ \t]*$")
# abbreviations that open a note or a list item themselves
_NOTE_ABBREVIATIONS = frozenset(
    "N.B. P.S. O.A. E.A. T.A.V. I.V.M. Z.O.Z. A.U.B. D.W.Z. C.Q. M.B.T. T.B.V. Z.S.M.".split()
)
# a verb of contact or speech right after initials that look like an abbreviation ("M.R. belt", "A.D. mailt")
_PERSON_VERB_AFTER = re.compile(
    r"[ \t]+(?:belt|belde|mailt|mailde|meldt|meldde|zegt|zei|vraagt|vroeg|stuurt|stuurde|schrijft|schreef|appt|"
    r"appte|komt|kwam|wil|heeft gebeld|laat weten|reageert|reageerde|antwoordt|antwoordde)\b"
)


def rule_bare_initials(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[tuple[int, int, P]]:
    """Capital initials standing alone for a person in a log, list or note ("12:04 A.B. belde terug")."""
    if not _INITIALS_GATE.search(text):  # every match holds ".X." (a literal first: a fast scan)
        return []
    out: list[tuple[int, int, P]] = []
    seen: dict[str, P] = {}
    for m in _BARE_INITIALS.finditer(text):
        s, e = m.span("i")
        ini = m.group("i")
        if mask.find(1, s, e) != -1:
            continue
        if ini in seen:  # the same initials again in this text: the same person ("M.R. belt" ... "M.R. tevreden")
            out.append((s, e, seen[ini]))
            mask[s:e] = b"\x01" * (e - s)
            continue
        if ini in _ABBREVIATIONS and not _PERSON_VERB_AFTER.match(text, e):
            item = text.startswith(":", e) and _ITEM_BEFORE.search(text, max(0, s - 12), s)
            if not item or ini in _NOTE_ABBREVIATIONS:
                continue  # "N.B.: ...": a note; but "2. W.O.: terugbellen" is whose action it is
        if not _CUE_BEFORE.search(text, max(0, text.rfind("\n", 0, s) + 1, s - 40), s):
            continue
        if ini not in seen:
            seen[ini] = new_person([ini])
        out.append((s, e, seen[ini]))
        mask[s:e] = b"\x01" * (e - s)
    return out


# The author line of a forum post or a quoted mail: "benali98 schreef:", "> kwabena.asa wrote:" (a user name, also
# in lower case, with digits, dots or underscores).
_AUTHOR_LINE = re.compile(
    r"(?:^|(?<=\n))[ \t>]*(?P<h>[^\W_][\w.\-]{2,40}?)[ \t]+(?:schreef|wrote|schrijft|zei|reageerde)"
    r"(?:[ \t]*:|[ \t]+(?:op|on|om|at)[ \t][^\n]{1,60}:[ \t]*$)",  # "amber43 schreef op 3 april:"
    re.M,
)
_AUTHOR_GATE = re.compile(r" (?:schreef|wrote|schrijft|zei|reageerde)(?:[ \t]*:|[ \t]+(?:op|on|om|at)[ \t])")


def rule_forum_authors(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[tuple[int, int, P]]:
    """The user name alone before "schreef:" at the start of a line names the author of a forum post or quoted mail:
    "benali98 schreef:", "parwin_sultanimenon schreef:", "amber43 schreef op 3 april:". Found names there are left
    to the name rules."""
    if ":" not in text or not _AUTHOR_GATE.search(text):  # the gate ends in a colon: a cheap test first (same bool)
        return []
    out: list[tuple[int, int, P]] = []
    seen: dict[str, P] = {}  # as written -> person
    by_key: dict[str, P] = {}  # in lower case -> person
    for m in _AUTHOR_LINE.finditer(text):
        s, e = m.span("h")
        handle = m.group("h")
        if mask.find(1, s, e) != -1 or _BODY_HANDLE.search(handle) or not any(c.isalpha() for c in handle):
            continue
        if handle[:1].isupper() and not any(c.isdigit() or c in "._" for c in handle):
            continue  # "Marieke schreef:": a name, judged by the name rules
        key = handle.lower()
        if key not in by_key:
            by_key[key] = new_person([handle])
        seen.setdefault(handle, by_key[key])
        out.append((s, e, by_key[key]))
        mask[s:e] = b"\x01" * (e - s)
    return out + _user_names_again(text, mask, seen)


# A user name after a log's verb of acting or a login key: "aangemaakt door ines.goncalves", "toegewezen aan spronk
# (Bezwaar en Beroep)", "login: szaboe". Lower case, with dots, underscores or digits inside.
_USER_AFTER = re.compile(
    r"(?i:(?:aangemaakt|gewijzigd|bijgewerkt|verwijderd|gesloten|geopend|heropend|afgehandeld|ingevoerd|"
    r"toegevoegd|notitie|opmerking|behandeld|goedgekeurd|afgewezen|geraadpleegd|bekeken|geplaatst|gepost|gedeeld|"
    r"bewerkt|wijziging)"
    r"[ \t]+door|toegewezen[ \t]+aan|overgedragen[ \t]+aan|"
    r"(?:login|user(?:name)?|gebruiker(?:snaam)?|account)[ \t]*[:=]|"
    r"(?:gebruiker|user|lid)[ \t]+(?=[a-z][a-z0-9._\-]*[ \t]+(?:schreef|zei|reageerde|meldde|postte|opende|sloot|"
    r"wijzigde|bekeek|bewerkte|maakte|plaatste|las|is|werd|wordt|heeft|kreeg|krijgt)\b))"
    # a user name in lower case, or a colleague's code in capitals ("aangemaakt door TVTH", round twelve)
    r"[ \t]*['\"]?(?P<h>[a-z][a-z0-9]*(?:[._\-][a-z0-9]+){0,3}|[A-Z]{2,5}(?![\w@.\-]))(?![\w@]|\.\w)"
)
# The words a match of _USER_AFTER opens with, read from the pattern: it is tried only where one stands (round nine:
# a pattern opening with a case-insensitive choice of words is otherwise tried at every position of the text).
_USER_OPENINGS = opening_words(_USER_AFTER)
# Necessary for _USER_AFTER to match when no line has cells ("door" or "aan" between blanks, or a login word), written
# as its literals in lower case: found in the folded lower-case text by plain substring tests (round nine; a
# case-insensitive scan of every position cost 16 µs a text). _USER_GATE is the same test as a pattern.
_USER_GATE_WORDS = (
    *(b + w + a for w in ("door", "aan") for b in " \t" for a in " \t"),
    "login",
    "user",
    "gebruiker",
    "account",
    "lid",
)
_USER_GATE = re.compile("|".join(re.escape(w) for w in _USER_GATE_WORDS), re.I)


# The words before "door" and "aan" in _USER_AFTER and its other opening words (a test holds them to the pattern):
# a match needs one of these verbs, blanks and "door"/"aan", or a login word, in the folded lower-case text.
_USER_DOOR_VERBS = (
    "aangemaakt", "gewijzigd", "bijgewerkt", "verwijderd", "gesloten", "geopend", "heropend", "afgehandeld",
    "ingevoerd", "toegevoegd", "notitie", "opmerking", "behandeld", "goedgekeurd", "afgewezen", "geraadpleegd",
    "bekeken", "geplaatst", "gepost", "gedeeld", "bewerkt", "wijziging",
)  # fmt: skip
_USER_AAN_VERBS = ("toegewezen", "overgedragen")
_USER_LOGIN_WORDS = ("login", "user", "gebruiker", "account", "lid")


def _user_after_possible(text: str) -> bool:
    """False only if _USER_AFTER cannot match in ``text`` (round ten: a necessary test by ``str.find``, so that the
    scan at its 27 opening words is skipped in most texts): a login word, or "door"/"aan" after blanks right after
    one of its verbs, stands in the folded lower-case text."""
    f = ascii_fold_lower(text)
    if f is None or any(w in f for w in _USER_LOGIN_WORDS):
        return True
    p = f.find("door")
    while p != -1:
        q = p
        while q > 0 and f[q - 1] in " \t":
            q -= 1
        if q < p and f.endswith(_USER_DOOR_VERBS, 0, q):
            return True
        p = f.find("door", p + 1)
    for verb in _USER_AAN_VERBS:  # rare words: found first, then "aan" after their blanks
        p = f.find(verb)
        while p != -1:
            q = r = p + len(verb)
            while r < len(f) and f[r] in " \t":
                r += 1
            if r > q and f.startswith("aan", r):
                return True
            p = f.find(verb, p + 1)
    return False


def _user_gate(text: str) -> bool:
    """``bool(_USER_GATE.search(text))``."""
    f = ascii_fold_lower(text)
    return bool(_USER_GATE.search(text)) if f is None else any(w in f for w in _USER_GATE_WORDS)


# A user name alone in a cell of a log or table line: "2026-03-01 10:22 | j.hoogeveen | status gewijzigd".
_USER_CELL = re.compile(r"(?:^|(?<=[|;\t]))[ \t]*(?P<h>[a-z]{1,3}\.[a-z]{3,}[a-z0-9]*)[ \t]*(?=[|;\t])", re.M)


def _cell_starts(text: str) -> list[int]:
    """Where a _USER_CELL match can open (round ten: its opening is a line start or a cell separator before it, so it
    is tried there, not at every position): the text's start and right after each line break, "|", ";" or tab."""
    return line_and_cell_starts(text, "|;\t")


def rule_user_names(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[tuple[int, int, P]]:
    """A user name in a log or a record ("status gewijzigd door j.devries", "login: szaboe") is a person, and so is
    the same user name elsewhere in the text. Words that are function words or body names are left."""
    in_cells = "|" in text or "\t" in text or ";" in text
    possible = _user_after_possible(text)  # if not, _USER_AFTER finds nothing: the same answer without its scan
    if not (possible or in_cells) or (not in_cells and not _user_gate(text)):
        return []
    out: list[tuple[int, int, P]] = []
    seen: dict[str, P] = {}
    cells = _matches_at(_USER_CELL, text, _cell_starts(text)) if in_cells else ()
    after = matches_at_opening_words(_USER_AFTER, _USER_OPENINGS, text) if possible else ()
    for m in (*after, *cells):
        s, e = m.span("h")
        h = m.group("h")
        if mask.find(1, s, e) != -1 or _BODY_HANDLE.search(h) or h in _NOT_USERS:
            continue
        if len(h) < 3 and not (h.isupper() and len(h) == 2):
            continue
        if h.isupper() and is_code(h):
            continue  # "toegewezen aan KCC", "afgehandeld door WMO": a team or a scheme
        if h.islower() and h.isalpha() and h in CUE_WORDS:
            continue  # "overgedragen aan collega T. Weisbach": a role before the name (round thirty-one, fresh37d)
        if in_cells and in_thing_column(text, s, e):
            continue  # "| geb.datum |" in a header row of labels (round twenty)
        if h not in seen:
            seen[h] = new_person([h])
        out.append((s, e, seen[h]))
        mask[s:e] = b"\x01" * (e - s)
    return out + _user_names_again(text, mask, seen)


# A login of letters and two digits, the form of a municipality's or a firm's accounts: "crosini06", "| rwijnkasi04 |",
# "wijzigde behandelaar naar tadegu05" (round nineteen, from fresh25d). Its letters are no word ("groep08" stays).
# A machine's name in a system log ("relay01 postfix/smtp[3490]:") is none.
_LOGIN_DIGITS = re.compile(r"(?<![\w@./\-])(?P<h>[a-z]{4,14}\d{2})(?![\w@/]|\.\w)(?![ \t]+[\w/\-]+\[\d+\]:)")
# A handle of two name parts and figures: "chinedu_okonkwo99", "aukje.siersma75" (round twenty-three, from fresh29d:
# "op Facebook heet ik ..."). Over the development data such words were 108 names and 5 e-mail addresses' first parts.
# also letters of Latin Extended-A and one figure: "oğuz_dem87", "juliana_bar4" (round twenty-seven, from fresh33f),
# the first part then no Dutch word ("rapport_def2")
_NAME_HANDLE = re.compile(
    r"(?<![\w@./\-])(?P<h>(?P<first>[a-zà-ÿ\u0100-\u017f]{2,20})[_.][a-zà-ÿ\u0100-\u017f]{2,24}(?P<fig>\d{1,4}))"
    r"(?![\w@/]|\.\w)(?![ \t]+[\w/\-]+\[\d+\]:)"
)
_MACHINE_WORDS = frozenset(
    "relay server host node mail smtp imap proxy router switch printer scanner laptop desktop admin test user "
    "backup cluster worker gateway firewall".split()
)


def rule_login_ids(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[tuple[int, int, P]]:
    """A login of letters and two digits is a person's, wherever it stands; the same login is the same person."""
    out: list[tuple[int, int, P]] = []
    seen: dict[str, P] = {}
    logins = list(_LOGIN_DIGITS.finditer(text))
    if "_" in text or "." in text:
        logins += _NAME_HANDLE.finditer(text)
    for m in logins:
        s, e = m.span("h")
        h = m.group("h")
        letters = h[:-2] if m.re is _LOGIN_DIGITS else ""
        if mask.find(1, s, e) != -1 or letters in WORDS or letters in STOPWORDS or letters in _MACHINE_WORDS:
            continue
        if m.re is _NAME_HANDLE and len(m.group("fig")) == 1 and m.group("first") in WORDS:
            continue
        if _BODY_HANDLE.search(h):
            continue
        if h not in seen:
            seen[h] = new_person([h])
        out.append((s, e, seen[h]))
        mask[s:e] = b"\x01" * (e - s)
    return out


# Lower-case words that follow "door" or "aan" in ordinary text: never a user name.
_NOT_USERS = frozenset(
    "de het een mij me ons hen hem haar hun u jou jullie iemand niemand iedereen wie die dat deze dit zijn mijn "
    "onze uw beide allen alle elkaar zichzelf welke wat middel toedoen omstandigheden systeem automatisch".split()
)


def _user_names_again(text: str, mask: bytearray, seen: dict[str, P]) -> list[tuple[int, int, P]]:
    """Every other mention of a found user name, as written ("@benali98", "door spronk:"), for the same person."""
    out: list[tuple[int, int, P]] = []
    for h, person in seen.items():
        for m in re.finditer(r"(?<![\w.@])" + re.escape(h) + r"(?![\w@]|\.\w)", text):
            if mask.find(1, m.start(), m.end()) == -1:
                out.append((m.start(), m.end(), person))
                mask[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return out


# Where a platform names its users (round eighteen, from the blind social-media corpus fresh24d): a Reddit-style
# "u/ZwaanO", a forum's "[quote="akgul.burak"]", a comment's author line "wilmakam · 13d" or "wytskeypk Zie bijlage"
# (a handle opening a line after a blank line, before a capital), a named quote header "Plamen D. op 2 augustus om
# 11:40 schreef:", a webcare reply signed "^Bao Hai".
_SLASH_USER = re.compile(r"(?<![\w/])u/(?P<h>[A-Za-z0-9][\w.\-]{1,38}[A-Za-z0-9_])")
_QUOTE_USER = re.compile(r"\[quote=[\"']?(?P<h>[^\"'\]\n]{2,40}?)[\"']?\]", re.I)
_AGE_AUTHOR = re.compile(r"^[ \t]*(?P<h>[^\W\d_][\w.\-]{2,40})[ \t]+·[ \t]+\d{1,3}[ \t]?[a-z]{1,5}\b", re.M)
_OPENING_HANDLE = re.compile(
    r"(?:\A|\n[ \t]*\n)(?P<h>[a-z][a-z0-9._\-]{3,40}|[A-Z][a-z]{2,}[A-Z]{1,2})[ \t]+(?=[A-Z@])"
)
_NAMED_AUTHOR = re.compile(
    r"^[ \t]*(?P<h>[A-ZÀ-Þ][^\W\d_]+(?:[ \t][A-ZÀ-Þ][^\W\d_]*\.?){0,2})[ \t]+(?:op|on)[ \t][^\n]{1,40}?"
    r"[ \t](?:schreef|wrote|zei):",
    re.M,
)
# a user name typed after "gebruiker": "In de buurtapp schreef gebruiker julianavanoostper dat ..."
_AFTER_USER_WORD = re.compile(r"(?i:\bgebruiker)[ \t]+(?P<h>[a-z][a-z0-9._\-]{2,40}[a-z0-9_])(?![\w@\-])")
# a handle after the platform's name or a verb of posting, a dot, an underscore or a figure in it: "(op Instagram
# griet.vandenlindt)", "Op Facebook reageerde alvaro_rodralez onder ..." (round thirty, from fresh36b)
_PLATFORM_USER = re.compile(
    r"(?i:\b(?:instagram|facebook|tiktok|twitter|snapchat|threads|x|reageerde|postte|plaatste|deelde|tagde))"
    r"[ \t]*:?[ \t]+(?P<h>[a-z][a-z0-9\-]*[._][a-z0-9._\-]*[a-z0-9]|[a-z][a-z\-]*\d{1,4})(?![\w@\-]|\.\w)"
)
# a user name of a first name and a surname glued in title case, a dot or underscore and a year's figures, as a
# platform proposes it: "TigistBerhonnen.84", "Pieke_Gerkens92" (round thirty-one, from fresh37d)
_CAMEL_HANDLE = re.compile(
    r"(?<![\w@.])(?P<h>[A-ZÀ-Þ][a-zà-ÿ]{2,}(?:[A-ZÀ-Þ][a-zà-ÿ]{2,})+[._]\d{2,4}|[A-ZÀ-Þ][a-zà-ÿ]{2,}_[A-ZÀ-Þ][a-zà-ÿ]{2,}\d{2,4})"
    r"(?![\w@]|\.\w)"
)


def _named(handle: str) -> bool:
    """The glued parts of a handle are not all words ("PowerPoint.2016" is a product's)."""
    parts = re.findall(r"[A-ZÀ-Þ][a-zà-ÿ]+", handle)
    return not all(p.lower() in WORDS or p.lower() in english_all() for p in parts)


_PLATFORM_GATE = ("nstagram", "acebook", "ikTok", "iktok", "witter", "napchat", "hreads", "X ", "reageerde", "postte")
# the speakers of a chat copied without times, each line a user name and a colon: "pinakel_i: wie staat er weer
# met de Nissan Leaf op de stoep?", "glengovannoordbos: dat is de bus van de schilder" (two lines at least)
_BARE_CHAT_LINE = re.compile(r"^(?P<h>[a-z][a-z0-9._\-]{2,40}[a-z0-9_]):[ \t]+(?=[^\W\d])", re.M)
_KEY_PARTS = frozenset("id at nr no date datum naam name type code status tijd time by door key value url".split())
_CARET_NAME = re.compile(r"(?<![\w^])\^(?P<h>[A-ZÀ-Þ][a-zà-ÿ]+(?:[ \t][A-ZÀ-Þ][a-zà-ÿ]+){1,2})(?![\w])")


def _handle(h: str) -> bool:
    """A user name, not a word or a record's key: "pinakel_i", "gerdiente96", "glengovannoordbos", not "opmerking",
    "created_at", "zaak_id"."""
    if _plain_word(h) or is_code(h) or any(part in _KEY_PARTS for part in re.split(r"[._\-]", h)):
        return False
    return not (h.isalpha() and len(h) < 5)


def _plain_word(h: str) -> bool:
    low = h.lower()
    return low in WORDS or low in STOPWORDS


def rule_platform_users(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[tuple[int, int, P]]:
    """A user named where a platform names its users is a person; the same user name elsewhere is the same one."""
    out: list[tuple[int, int, P]] = []
    seen: dict[str, P] = {}
    found: list[tuple[int, int, str]] = []
    if "u/" in text:
        found += [(m.start("h"), m.end("h"), m.group("h")) for m in _SLASH_USER.finditer(text)]
    if "[quote" in text.lower():
        found += [(m.start("h"), m.end("h"), m.group("h")) for m in _QUOTE_USER.finditer(text)]
    if "·" in text:
        found += [
            (m.start("h"), m.end("h"), m.group("h")) for m in _AGE_AUTHOR.finditer(text) if not _plain_word(m["h"])
        ]
    if "\n\n" in text:
        found += [
            (m.start("h"), m.end("h"), m.group("h")) for m in _OPENING_HANDLE.finditer(text) if not _plain_word(m["h"])
        ]
    if "schreef" in text or "wrote" in text or " zei:" in text:
        for m in _NAMED_AUTHOR.finditer(text):
            first = m.group("h").split()[0]
            if not _plain_word(first) and not is_code(first):
                found.append((m.start("h"), m.end("h"), m.group("h")))
    if "^" in text:
        found += [(m.start("h"), m.end("h"), m.group("h")) for m in _CARET_NAME.finditer(text)]
    if "ebruiker" in text:
        found += [(m.start("h"), m.end("h"), m.group("h")) for m in _AFTER_USER_WORD.finditer(text) if _handle(m["h"])]
    if ("." in text or "_" in text) and any(g in text for g in _PLATFORM_GATE + ("plaatste", "deelde", "tagde")):
        found += [(m.start("h"), m.end("h"), m.group("h")) for m in _PLATFORM_USER.finditer(text) if _handle(m["h"])]
    if "." in text or "_" in text:
        found += [(m.start("h"), m.end("h"), m.group("h")) for m in _CAMEL_HANDLE.finditer(text) if _named(m["h"])]
    if ":" in text:
        lines = [m for m in _BARE_CHAT_LINE.finditer(text) if _handle(m["h"])]
        if len(lines) >= 2:
            found += [(m.start("h"), m.end("h"), m.group("h")) for m in lines]
    for s, e, h in sorted(found):
        h = h.rstrip(".-")
        e = s + len(h)
        if mask.find(1, s, e) != -1 or _BODY_HANDLE.search(h) or len(h) < 2:
            continue
        key = h.lower()
        if key not in seen:
            seen[key] = new_person(h.split())
        out.append((s, e, seen[key]))
        mask[s:e] = b"\x01" * (e - s)
    return out + _user_names_again(text, mask, {h: p for h, p in seen.items() if len(h) >= 4 and " " not in h})
