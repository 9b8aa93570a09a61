"""Names coordinated with a found name: "Nguyet & Tesfay Warsame", "Contactpersonen: Kok/Haddad", "Jelte + Fenna
Dijkstra", "Zowel Ebo als Girish Bihari". One capitalised word joined by "&", "/", "+" or "zowel ... als" (or "en"
for a listed name) to a name already found is a
name of another person, unless it is a body, scheme, place or an ordinary word that is no listed name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from .lexicon import FIRST_NAMES, PLACES_FULL, STOPWORDS, SURNAMES, WORDS
from .patterns import STREET_SUFFIX, _matches_at
from .persons import _org_like
from .rxutil import find_all, finditer_past_lookbehind
from .wordlists import CUE_WORDS, GOV_TERMS, GOV_TERMS_LOWER, NAME_PARTICLE_WORDS, NAME_PARTICLES, ORG_WORDS

P = TypeVar("P")
Span = tuple[int, int, P]

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽŞŠŽ"
_PARTS = r"(?:(?:van|de|der|den|ter|ten|te|het|'t|in|op)[ \t]+)*"
_WORD = _PARTS + r"[" + _UP + r"][\w'’]+(?:-[" + _UP + r"][\w'’]+)?"
_BEFORE = re.compile(r"(?:^|(?<=[\s:;,(]))(?P<w>" + _WORD + r")[ \t]*(?P<sep>&|/|\+|\ben\b)[ \t]*$")
# "Zowel Ebo als Girish Bihari": "zowel ... als" joins two of a kind, as "en" does.
_BOTH_BEFORE = re.compile(r"(?:^|(?<=[\s:;,(]))(?i:zowel)[ \t]+(?P<w>" + _WORD + r")[ \t]+(?P<sep>als)[ \t]*$")
_AFTER = re.compile(r"[ \t]*(?P<sep>&|/|\+|\ben\b)[ \t]*(?P<w>" + _WORD + r")(?![\w'’\-@.]\w|[\w'’])")


def _name_like(word: str, sep: str, particles: bool = False, full: bool = False) -> bool:
    """``word`` may stand for a person beside a found name joined by ``sep`` (``particles``: surname particles
    stand before it, as in "de Wilde", which makes a capitalised word a surname; ``full``: the found name has two
    words or more)."""
    low = word.lower()
    listed = word in FIRST_NAMES or word in SURNAMES or (particles and sep != "en")
    if word in GOV_TERMS or _org_like(word) or low in ORG_WORDS or low in CUE_WORDS:
        return False
    if low in STOPWORDS and not listed:
        return False
    if word in PLACES_FULL and not listed:
        return False
    if sep == "en":
        # "en" joins anything: a listed name that is no ordinary word, or any capitalised word beside a full name
        # ("Zomer en Joy Kramer hebben samen ...")
        return (listed and low not in WORDS) or full
    if low in WORDS and not listed:
        return False  # "Werk & Inkomen", "Zorg/Welzijn"
    return True


def _in_list(text: str, s: int, ends: set[int]) -> bool:
    """The found name at ``s`` follows another found name and a comma ("Noor, Bram")."""
    i = s
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0 or text[i - 1] != ",":
        return False
    i -= 1
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i in ends


_JOINS = ("&", "/", "+", "en", "als")  # how the words before a match of _BEFORE or _BOTH_BEFORE end (round ten)


def _joined_before(text: str, s: int) -> bool:
    """Necessary for a match of _BEFORE or _BOTH_BEFORE ending at ``s``: the text before it, without blanks (and a
    line break at its very end, where ``$`` also matches), ends with "&", "/", "+", "en" or "als"."""
    tail = text[max(0, s - 48) : s]  # the wider of the two windows
    if tail.endswith("\n"):
        tail = tail[:-1]
    return tail.rstrip(" \t").endswith(_JOINS)


def rule_coordinated_names(
    text: str, mask: bytearray, spans: list[Span[P]], new_person: Callable[[list[str]], P]
) -> list[Span[P]]:
    """A single capitalised word joined by "&", "/", "+" or "en" to a found name is another person's name."""
    out: list[Span[P]] = []
    ends = {e for _s, e, _p in spans}
    for s, e, _person in spans:
        hits = []
        m = (
            _BEFORE.search(text, max(0, s - 40), s) or _BOTH_BEFORE.search(text, max(0, s - 48), s)
            if _joined_before(text, s)
            else None
        )
        if m:
            hits.append(m)
        m2 = _AFTER.match(text, e)
        if m2:
            hits.append(m2)
        for h in hits:
            ws, we = h.start("w"), h.end("w")
            if mask.find(1, ws, we) != -1:
                continue
            parts = h.group("w").split()
            word = parts[-1]
            # a full name, or the last of a list of found names ("Noor, Bram en Wen"): "en" then joins a person
            full = len(text[s:e].split()) >= 2 or (h is m2 and _in_list(text, s, ends))
            sep = "en" if h.group("sep") == "als" else h.group("sep")
            if word.isupper() or not _name_like(word, sep, len(parts) > 1, full):
                continue
            if h is m and ws > 0 and text[ws - 1] not in " \t\n:;,(":
                continue
            out.append((ws, we, new_person(parts)))
            mask[ws:we] = b"\x01" * (we - ws)
    return out


_CAPS_NEXT = re.compile(r"[ \t]+(?P<w>(?:(?:VAN|DE|DER|DEN|TER|TEN|EL|AL)[ \t]+)*[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’\-]+)"
                        r"(?=[ \t]*(?:$|[\-–|,;:(\n]))", re.M)  # fmt: skip
_HEADING_WORDS = frozenset(
    "bezwaar verslag gesprek klacht melding aanvraag dossier besluit brief notitie tel telefoon mail email e-mail "
    "adres bsn geb geboren wmo uwv svb ggd cak duo ind betreft aan van cc bcc datum kenmerk onderwerp".split()
)


def _caps_surname_after_title(w: str) -> bool:
    """A word in capitals after a name in title case is its surname: no acronym, body, word or place."""
    word = w.split()[-1]
    low = word.lower()
    if len(word.strip("-'’")) < 3 or word in GOV_TERMS or low in GOV_TERMS_LOWER or low in ORG_WORDS:
        return False
    if low in _HEADING_WORDS or low in STOPWORDS or low in CUE_WORDS or word.title() in PLACES_FULL:
        return False
    return low not in WORDS or word.title() in SURNAMES


def rule_caps_surname_after_name(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """In ALL CAPS, the word after a found name in capitals that ends the line or field is its surname, even when it
    is also an ordinary word: "BETREFT: MEREL ZOMER", "DOSSIER ZOMER, MEREL" (the other way round)."""
    out: list[Span[P]] = []
    for s, e, person in spans:
        name = text[s:e]
        if not (name.isupper() and any(c.isalpha() for c in name)):
            m = _CAPS_NEXT.match(text, e) if name[:1].isupper() and name[1:2].islower() else None
            if m and _caps_surname_after_title(m.group("w")) and mask.find(1, m.start("w"), m.end("w")) == -1:
                # "Verkoper: Hentholt WESTERKAMP", "en Hamza BAKKADI, hierna ...": a surname in capitals after a
                # first name in title case (round thirty-one, from fresh37a's deeds)
                out.append((m.start("w"), m.end("w"), person))
                mask[m.start("w") : m.end("w")] = b"\x01" * (m.end("w") - m.start("w"))
            continue
        m = _CAPS_NEXT.match(text, e)
        if not m or mask.find(1, m.start("w"), m.end("w")) != -1:
            continue
        word = m.group("w").split()[-1]
        low = word.lower()
        if low in _HEADING_WORDS or low in STOPWORDS or low in ORG_WORDS or low in CUE_WORDS or word in GOV_TERMS:
            continue
        if word.title() in PLACES_FULL and word.title() not in SURNAMES:
            continue
        if low in WORDS and text[m.end("w") : m.end("w") + 3].lstrip(" \t")[:1] == ":":
            continue  # the next field's key: "ACHTERNAAM: TJALSMA    VOORNAMEN: FROUKJE" (round twenty-nine)
        out.append((m.start("w"), m.end("w"), person))
        mask[m.start("w") : m.end("w")] = b"\x01" * (m.end("w") - m.start("w"))
    return out


# Particles the shared scorer reads as a name part of their own (it skips only Dutch and French ones): left outside a
# found name they give it away ("aldus ben [persoon 1]").
_FOREIGN_PARTICLES = frozenset("bin bint ibn ben el al abu ould ait dos da das do di del della mc mac".split())
_PARTICLE_BEFORE = re.compile(r"(?:^|(?<=[\s(\"':,;]))(?P<p>[A-Za-z]{1,5})[ \t]+$")
_PRONOUNS = frozenset("ik jij je u we wij ze zij hij men".split())
_AL_BEFORE = frozenset(
    "met van aldus volgens door en mevrouw meneer mw mw. dhr dhr. heer familie fam fam. cc aan voor bij namens".split()
)


def rule_particle_before_name(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """A foreign surname particle right before a found name belongs to it: "volgens bin [Salim]", "aldus ben
    [Youssef]", "met al [Masri]"; not the verb in "ik ben Youssef" nor the adverb in "heeft al Jan gebeld"."""
    out: list[Span[P]] = []
    for s, _e, person in spans:
        m = _PARTICLE_BEFORE.search(text, max(0, s - 12), s)
        if not m:
            continue
        p = m.group("p")
        low = p.lower()
        if low not in _FOREIGN_PARTICLES or mask.find(1, m.start("p"), m.end("p")) != -1:
            continue
        prev = text[max(0, m.start("p") - 20) : m.start("p")].split()[-1:]
        prev_low = prev[0].lower().strip(",:;(") if prev else ""
        if low == "ben" and prev_low in _PRONOUNS:
            continue
        if low == "al" and prev and prev_low not in _AL_BEFORE:
            continue
        out.append((m.start("p"), m.end("p"), person))
        mask[m.start("p") : m.end("p")] = b"\x01" * (m.end("p") - m.start("p"))
    return out


# particles that open a surname: a capitalised one is no recurrence of a first name ("Ben" may be, "De" not)
_PARTICLE_LOWER = frozenset(NAME_PARTICLES - {"ben", "bin"}) | {"het", "in", "op", "'t", "’t"}
_CAPS_WORD = re.compile(r"(?<![\w'’\-@.])[" + _UP + r"][" + _UP + r"'’]+(?![\w'’@]|-\w|\.\w)")
_NAME_WORD = re.compile(r"[" + _UP + r"][a-zà-öø-ÿß-ž'’]+")


def rule_caps_recurrence(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """A part of a found name written again in capitals is that name, even when the case view read the capitals as
    an ordinary word: "Pas toen Vroom dreigde ... RINIA VROOM IS NIET BEREIKBAAR"."""
    if not spans:
        return []
    parts: dict[str, P] = {}
    for s, e, person in spans:
        for w in _NAME_WORD.findall(text, s, e):
            if len(w) >= 2 and w.lower() not in STOPWORDS and w.lower() not in CUE_WORDS and w not in GOV_TERMS:
                parts.setdefault(w.upper(), person)
    if not parts or not any(k in text for k in parts):  # a match is one of the parts: one must be in the text
        return []
    out: list[Span[P]] = []
    # tried only where a part occurs (round nine): a match opens after no word character, so none starts inside another
    for m in _matches_at(_CAPS_WORD, text, find_all(text, parts)):
        person = parts.get(m.group())
        if person is not None and mask.find(1, m.start(), m.end()) == -1:
            out.append((m.start(), m.end(), person))
            mask[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return out


_TITLE_WORD = re.compile(r"(?<![\w'’\-@.])[" + _UP + r"][a-zà-öø-ÿß-ž'’]+(?![\w'’@]|-\w)")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:[Dd]e|[Hh]et|[Ee]en|'t|’t)[ \t]+$")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;\n\-–•*>\]\[(\"“])[ \t]*$")


def rule_function_word_part_again(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """A part of a found name that is also a word ("Ben", "Wil", "Na", "Bos") is that name again where it is written
    capitalised inside a sentence: "Stijn en Ben Brinkman ... Stijn en Ben vragen", "Groet, Na" after "Na Han".
    At a sentence start the capital says nothing ("Ben je thuis?")."""
    parts: dict[str, P] = {}
    for s, e, person in spans:
        for m in finditer_past_lookbehind(_TITLE_WORD, text, s, e):
            w = m.group()
            lo = w.lower()
            if len(w) >= 2 and (lo in STOPWORDS or lo in WORDS) and lo not in _PARTICLE_LOWER:
                parts.setdefault(w, person)
    if not parts:
        return []
    out: list[Span[P]] = []
    # tried only where a part occurs (round nine): a match opens after no word character, so none starts inside another
    for m in _matches_at(_TITLE_WORD, text, find_all(text, parts)):
        person = parts.get(m.group())
        if person is None or mask.find(1, m.start(), m.end()) != -1:
            continue
        if _SENTENCE_OPENS.search(text, max(0, m.start() - 4), m.start()):
            continue
        if _ARTICLE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue  # "de Roos apotheek", "het Bos": an article makes it a thing
        out.append((m.start(), m.end(), person))
        mask[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return out


# An action item opening with its doer and a verb in the third person: "- Les belt de verhuurder", "2. [ ] Hanna
# levert de loonstroken aan".
_ACTION_ITEM = re.compile(
    r"^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(?:\[[ xX]?\][ \t]*)?(?P<w>[" + _UP + r"][a-zà-öø-ÿ'’]+)[ \t]+"
    r"(?P<v>[a-z]{2,}t)\b",
    re.M,
)


_AUX_VERBS = frozenset("gaat wordt moet heeft zit komt".split())


def rule_action_item_doers(
    text: str, mask: bytearray, spans: list[Span[P]], new_person: Callable[[list[str]], P]
) -> list[Span[P]]:
    """In a list of action items of which one opens with a found name before its verb ("- [ ] Hanna levert ..."), the
    capitalised word opening another item before a verb in the third person is a doer too, even when it is a word
    ("- Les belt de verhuurder"); bodies, roles, places and function words stay ("- Gemeente belt terug")."""
    if "\n" not in text:
        return []
    items = list(_ACTION_ITEM.finditer(text))
    if len(items) < 2:
        return []
    starts = {s for s, _e, _p in spans}
    if not any(m.start("w") in starts for m in items):
        return []
    out: list[Span[P]] = []
    for m in items:
        ws, we = m.start("w"), m.end("w")
        w = m.group("w")
        lo = w.lower()
        v = m.group("v")
        if mask.find(1, ws, we) != -1 or (v in STOPWORDS and v not in _AUX_VERBS):
            continue  # "- Bel niet", "- Zie dat": no verb after the word
        if lo in STOPWORDS or lo in CUE_WORDS or lo in ORG_WORDS or w in GOV_TERMS or _org_like(w) or w in PLACES_FULL:
            continue
        out.append((ws, we, new_person([w])))
        mask[ws:we] = b"\x01" * (we - ws)
    return out


def rule_names_written_again(
    text: str, mask: bytearray, spans: list[Span[P]], new_person: Callable[[list[str]], P]
) -> list[Span[P]]:
    """The rules of this module that grow from all names found so far, run last (one hook in core.py)."""
    out = rule_caps_recurrence(text, mask, spans)
    out += rule_function_word_part_again(text, mask, spans + out)
    out += rule_action_item_doers(text, mask, spans + out, new_person)
    return out


_PARTICLE_WORDS = NAME_PARTICLE_WORDS
_NAME_WORD = re.compile(r"[^\W\d_][\w'’]*")


def _initialisms(name: str) -> set[str]:
    """The short forms a name is written as in minutes and logs: "Łukasz Szymański" -> "ŁS"; "Kees in 't Veld" ->
    "KitV", "KV"; "Jan van der Berg" -> "JvdB", "JB". Three letters at least for a name of one word ("Ilse" has
    none)."""
    words = _NAME_WORD.findall(name)
    if len(words) < 2:
        return set()
    heads = [w for w in words if w.lower() not in _PARTICLE_WORDS]
    if len(heads) < 2:
        return set()
    plain = "".join(w[0].upper() for w in heads)
    full = "".join(w[0].upper() if w.lower() not in _PARTICLE_WORDS else w.strip("'’")[0].lower() for w in words)
    forms = {x for x in (plain, full, full.upper()) if len(x) >= 2}  # "HTB", "JVDB": particles in capitals too
    last = heads[-1].strip("'’")
    if len(heads) == 2 and len(last) > 2 and last[1].isalpha() and last[1].lower() != "s":
        forms.add(plain + last[1].lower())  # "Kavita Bisamman (KBi)": the surname's second letter (round twenty)
    inner = [w for w in words[1:-1] if len(w) == 1]
    if inner and len(words) - len(inner) >= 2:
        # without the middle initials, a Berber "Ait" as a particle: "C. L. do Anjos (CdA)", "S. L. Ait Khattati-
        # Wattimheru (SaKW)" (round thirty, from holdout29's inspection reports)
        kept = [words[0], *(w for w in words[1:] if len(w) > 1)]
        lower = _PARTICLE_WORDS | {"ait", "aït"}
        code = "".join(w.strip("'’")[0].lower() if w.lower() in lower else w[0].upper() for w in kept)
        if sum(c.isupper() for c in code) >= 2:
            forms.add(code)
    return forms


# Initials defined by a legend right before a found name: "(KFK = Kam-Fai Karsoredjo; IX = Ifrah Xirsey)" (round 11).
_LEGEND_BEFORE = re.compile(r"(?<![\w.@/\-])(?P<i>[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ž]{0,3}[A-ZÀ-ÖØ-ÞĀ-Ž])[ \t]*=[ \t]*\Z")
_CAPS_TOKEN = re.compile(r"(?<![\w.@/\-])[^\W\d_][^\W\d_]{1,4}(?![\w@/\-]|\.\w)")


def rule_initialisms_of_names(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """The initials of a found name of two words or more, written as one token in capitals, stand for that person
    in the same text: "Aanwezig: Nelson Monteiro (NM, wijkcoördinator) ... AP 1: NM vraagt dossier op"."""
    forms: dict[str, P] = {}
    defined: set[str] = set()  # a legend's initials that spell their name, even where they spell a scheme ("WW")
    for s, e, person in spans:
        shorts = _initialisms(text[s:e])
        for short in shorts:
            forms.setdefault(short, person)
        if s and text[s - 1] in " \t=":
            legend = _LEGEND_BEFORE.search(text, max(0, s - 12), s)
            spelled = legend is not None and legend.group("i") in shorts
            if legend and (legend.group("i") not in GOV_TERMS or spelled):
                forms.setdefault(legend.group("i"), person)  # "KFK = Kam-Fai Karsoredjo": a legend of initials
                if spelled:
                    defined.add(legend.group("i"))  # "WW = Wahyu Widyanto" (round twenty-nine, from holdout13)
    if not forms:
        return []
    out: list[Span[P]] = []
    # tried only where a form occurs (round nine): a match of _CAPS_TOKEN opens after no word character and is the
    # whole token, so none starts inside another and each is found at its start as the scan finds it
    for m in _matches_at(_CAPS_TOKEN, text, find_all(text, forms)):
        person = forms.get(m.group())
        if (
            person is not None
            and mask.find(1, m.start(), m.end()) == -1
            and (m.group() not in GOV_TERMS or m.group() in defined)
        ):
            out.append((m.start(), m.end(), person))
            mask[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return out


# A found name, perhaps its role in brackets, "en" and a colleague's initials closing the line or clause: "Controle:
# 25 aug. 2027, M. Riccucci (toezichthouder) en NR" (round thirty-one, from holdout30's inspections: 8 such, and
# two capitals so joined to a person were never a body or scheme in the development data)
_AND_INITIALS = re.compile(
    r"(?:[ \t]*\([a-zà-ÿ][a-zà-ÿ \-]{2,30}\))?[ \t]+(?:en|&)[ \t]+"
    r"(?P<i>[A-ZÀ-ÖØ-ÞĀ-Ž]{2,3}|[A-Z][a-z]{1,3}[A-Z]{1,2})(?=[ \t]*(?:$|[.,;:)]))",
    re.M,
)


def rule_initials_joined_to_name(
    text: str, mask: bytearray, spans: list[Span[P]], new_person: Callable[[list[str]], P]
) -> list[Span[P]]:
    """Initials joined by "en" to a found name are a second person: "F. Nahhar (toezichthouder) en WW"."""
    out: list[Span[P]] = []
    for _s, e, _person in spans:
        m = _AND_INITIALS.match(text, e) if " en " in text[e : e + 40] or "&" in text[e : e + 40] else None
        if m is None or mask.find(1, m.start("i"), m.end("i")) != -1:
            continue
        ini = m.group("i")
        if len(ini) > 2 and (ini in GOV_TERMS or ini.upper() in GOV_TERMS):
            continue  # "Jan Bos en GGD": a body beside a person
        out.append((m.start("i"), m.end("i"), new_person([ini])))
        mask[m.start("i") : m.end("i")] = b"\x01" * len(ini)
    return out


_BROKEN_TAIL = re.compile(r"-[ \t]*\r?\n[ \t]*([a-zà-öø-ÿ]{1,20})(?![\w\-])")


def rule_name_broken_at_line_end(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """A found name cut by a hyphen at the end of a line goes on in lower case on the next ("Tava-⏎res", as in a
    scanned letter): the rest is part of it. The spans are grown in place; nothing new is returned."""
    if "-\n" not in text and "-\r\n" not in text and "- \n" not in text:
        return []
    for k, (s, e, person) in enumerate(spans):
        m = _BROKEN_TAIL.match(text, e)
        if m and mask.find(1, m.start(1), m.end(1)) == -1:
            spans[k] = (s, m.end(1), person)
            mask[e : m.end(1)] = b"\x01" * (m.end(1) - e)
    return []


# A name signed in lower case under a message, with particles inside: "groet anton ter haar", "groet griet vanden
# velde" (round twenty, from fresh26a). The particles tell a surname from ordinary words ("ter", "vanden", "van der").
_SIGNOFF_LOWER_NAME = re.compile(
    r"^[ \t]*(?:groet|groeten|groetjes|gr|mvg|vriendelijke groet|met vriendelijke groet)[,.]?[ \t]+"
    r"(?P<n>[a-zà-ÿ]{2,}(?:[ \t]+(?:van|vanden|vander|de|der|den|ter|ten|te|in|op|'t|’t|el|al|da|dos|du|la|le)){1,3}"
    r"[ \t]+[a-zà-ÿ]{2,}(?:-[a-zà-ÿ]{2,})?)[ \t]*$",
    re.M,
)


def rule_signoff_lower_name(
    text: str, mask: bytearray, spans: list[Span[P]], new_person: Callable[[list[str]], P]
) -> list[Span[P]]:
    """A lower-case signature with particles inside (see ``_SIGNOFF_LOWER_NAME``) is one name: a found first name
    that opens it grows to the end of the line (in place); a listed first name not found yet opens a new person."""
    if "gr" not in text and "mvg" not in text:
        return []
    out: list[Span[P]] = []
    for m in _SIGNOFF_LOWER_NAME.finditer(text):
        a, b = m.span("n")
        head = next((k for k, (s, _e, _p) in enumerate(spans) if s == a), None)
        if head is None:
            words = m.group("n").split()
            if mask.find(1, a, b) == -1 and words[0].capitalize() in FIRST_NAMES:
                parts = [w.capitalize() for w in words if w not in NAME_PARTICLE_WORDS]
                out.append((a, b, new_person(parts)))
                mask[a:b] = b"\x01" * (b - a)
            continue
        inside = [k for k, (s, e, _p) in enumerate(spans) if a <= s and e <= b]
        covered = sum(spans[k][1] - spans[k][0] for k in inside)
        if covered != sum(mask[a:b]):  # a found name or number reaches out of the signature: leave it
            continue
        person = spans[head][2]
        spans[:] = [(a, b, person) if k == head else x for k, x in enumerate(spans) if k not in inside or k == head]
        mask[a:b] = b"\x01" * (b - a)
    return out


# A resident who introduces themself by their name and their street, in lower case: "hoi, ik ben tuấn võ van
# omberdreef 86a" (round twenty, from holdout19): the words between "ik ben" and "van <street> <number>".
_SELF_INTRO = re.compile(
    r"(?i:\b(?:ik ben|ik heet|mijn naam is|met)[ \t]+)"
    r"(?P<n>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,4}?)"
    r"[ \t]+(?:van|uit|aan|op)[ \t]+(?:de[ \t]+|het[ \t]+)?[^\W\d_][\w'’\-]*(?i:" + STREET_SUFFIX + r")[ \t]+\d"
)


def rule_self_intro_before_street(
    text: str, mask: bytearray, spans: list[Span[P]], new_person: Callable[[list[str]], P]
) -> list[Span[P]]:
    """The name a writer gives before their street and house number (see ``_SELF_INTRO``); ordinary words, roles
    and function words there ("ik ben de buurvrouw van Kerkstraat 5") are no name."""
    low = text.lower()
    if "ik ben" not in low and "ik heet" not in low and "mijn naam" not in low and "met " not in low:
        return []
    out: list[Span[P]] = []
    for m in _SELF_INTRO.finditer(text):
        a, b = m.span("n")
        words = m.group("n").split()
        heads = [w for w in words if w.lower() not in NAME_PARTICLE_WORDS]
        if not heads or words[0].lower() in NAME_PARTICLE_WORDS:
            continue
        los = [w.lower() for w in heads]
        if any(w in STOPWORDS or w in CUE_WORDS or w in ORG_WORDS for w in los) or all(w in WORDS for w in los):
            continue
        found = [(s, e, p) for s, e, p in spans if a <= s and e <= b]
        if mask.find(1, a, b) == -1:
            out.append((a, b, new_person([w.capitalize() for w in heads])))
            mask[a:b] = b"\x01" * (b - a)
        elif found and sum(e - s for s, e, _p in found) == sum(mask[a:b]):  # part found already: "[tuấn] võ"
            for w in _NAME_WORD.finditer(text, a, b):
                if mask.find(1, w.start(), w.end()) == -1 and w.group().lower() not in NAME_PARTICLE_WORDS:
                    out.append((w.start(), w.end(), found[0][2]))
                    mask[w.start() : w.end()] = b"\x01" * (w.end() - w.start())
    return out


# Someone to contact by a number, or to ask for at a desk: "Meer weten? App Inês via 078-1512431", "Een telefoontje
# naar Arnel op 06-85754626", "vraag maar naar Ifrah." (round twenty, from fresh13a, fresh14b and fresh23a).
_CONTACT_NAME = re.compile(
    # also whom one is reachable through: "dhr. Choy is bereikbaar via Oi Fai op 070-..." (round thirty-one)
    r"(?i:\b(?:app|bel|sms|mail|whatsapp|telefoontje\s+naar|belletje\s+naar|bereikbaar\s+via))[ \t]+"
    r"(?P<n>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+)?)[ \t]+(?:via|op)[ \t]+[+(]?\d"
    r"|(?i:\bvraag[ \t]+(?:maar[ \t]+|dan[ \t]+|even[ \t]+)?naar)[ \t]+"
    r"(?P<m>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+)(?=[ \t]*[.,;!?]|[ \t]+(?:als|of|en)\b)"
)


def rule_contact_names(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """A capitalised name to contact by a number or to ask for (see ``_CONTACT_NAME``); no body, place or scheme."""
    low = text.lower()
    if "via" not in low and " op " not in low and "vraag" not in low:
        return []
    out: list[Span[P]] = []
    for m in _CONTACT_NAME.finditer(text):
        g = "n" if m.group("n") else "m"
        a, b = m.span(g)
        words = m.group(g).split()
        if mask.find(1, a, b) != -1 or any(
            w in GOV_TERMS and w not in FIRST_NAMES or w.lower() in ORG_WORDS for w in words
        ):
            continue  # "bel Belastingen op 14 020": a department; "App Frans via 06-...": a first name
        if g == "m" and (words[0] in PLACES_FULL or words[0].lower() in WORDS and words[0] not in FIRST_NAMES):
            continue  # "vraag naar Burgerzaken", "vraag naar Balie": a place or a desk
        out.append((a, b, new_person(words)))
        mask[a:b] = b"\x01" * (b - a)
    return out


# One capitalised word between two found names in a list: "Hamid Nouri, Sanne, Armen, Joost" - a peer of its
# neighbours, though it is a Dutch word ("armen") or on no list (round thirty-four, from holdout33's removal cards).
_LISTED_WORD = re.compile(
    r"[ \t]*,[ \t]*(?P<w>[" + _UP + r"][a-zà-öø-ÿß-ž'’\-]{1,20})(?P<sep>[ \t]*,[ \t]*|[ \t]+(?:en|&)[ \t]+)"
)


def rule_word_among_listed_names(
    text: str, mask: bytearray, spans: list[Span[P]], new_person: Callable[[list[str]], P]
) -> list[Span[P]]:
    """A word between two found persons in a comma list (see ``_LISTED_WORD``) that is no body, place or role."""
    if "," not in text:
        return []
    starts = {s for s, _e, _p in spans}
    out: list[Span[P]] = []
    for _s, e, _p in spans:
        m = _LISTED_WORD.match(text, e)
        if not m or m.end() not in starts or mask.find(1, m.start("w"), m.end("w")) != -1:
            continue
        w = m.group("w")
        lo = w.lower()
        if w in GOV_TERMS or w in PLACES_FULL or lo in ORG_WORDS or lo in STOPWORDS or lo in CUE_WORDS:
            continue
        a, b = m.span("w")
        out.append((a, b, new_person([w])))
        mask[a:b] = b"\x01" * (b - a)
    return out


# A short name before the full one in brackets: "onze Olo (eigenlijk Oleksandr Lysenuk)", "Abo (voluit Abena
# Ofori-Boakye)" (round twenty, from fresh14d): the short name is the same person.
_SHORT_BEFORE_FULL = re.compile(
    r"(?P<n>[A-ZÀ-ÖØ-Þ][\w'’\-]{1,20})[ \t]+\((?:eigenlijk|voluit|officieel|alias|ofwel|oftewel|roepnaam van)[ \t]+"
)


def rule_short_name_before_full(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """A word before a found full name in brackets opened by "eigenlijk", "voluit" … is that person's short name."""
    if "(" not in text:
        return []
    starts = {s: p for s, _e, p in spans}
    out: list[Span[P]] = []
    for m in _SHORT_BEFORE_FULL.finditer(text):
        a, b = m.span("n")
        person = starts.get(m.end())
        if person is not None and mask.find(1, a, b) == -1 and m.group("n") not in GOV_TERMS:
            out.append((a, b, person))
            mask[a:b] = b"\x01" * (b - a)
    return out


# A first name in brackets after a department's name, the sentence going on: "Backoffice Parkeren (Radjesh) reageert
# pas na 5 juli" - the official who acts for it (round twenty, from fresh15b; initials there: ``paraphs._body_tags``).
_DEPT_NAME_TAG = re.compile(
    r"(?P<d>[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ]?[\w'’\-]+){0,3})[ \t]+\((?P<n>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]{2,20})\)"
    r"(?=[ \t]+[a-zà-ÿ])"
)


def rule_name_tag_after_department(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """A name in brackets after a department (see ``_DEPT_NAME_TAG``): no word, body, place or scheme itself."""
    if "(" not in text:
        return []
    out: list[Span[P]] = []
    for m in _DEPT_NAME_TAG.finditer(text):
        a, b = m.span("n")
        n = m.group("n")
        dept = m.group("d").split()
        if mask.find(1, a, b) != -1 or not any(_org_like(w) or w in GOV_TERMS for w in dept):
            continue
        if not dept[-1][:1].isupper():
            continue  # "namens de woningcorporatie (Talis)": a body's own name after its kind in lower case
        if (
            n in GOV_TERMS
            or n in PLACES_FULL
            or n.lower() in ORG_WORDS
            or (n.lower() in WORDS and n not in FIRST_NAMES)
        ):
            continue
        out.append((a, b, new_person([n])))
        mask[a:b] = b"\x01" * (b - a)
    return out


_SPELLED = re.compile(r"(?<![\w\-])[^\W\d_](?:[-.][ ]?[^\W\d_]){2,30}(?![\w\-])")
_SPELL_CUE = re.compile(r"(?i:dat is|gespeld|spelling|spel ik|ik spel|letter voor letter)[ \t,:]*$")


def rule_spelled_names(
    text: str, mask: bytearray, spans: list[Span[P]], new_person: Callable[[list[str]], P]
) -> list[Span[P]]:
    """A name spelled out letter by letter ("E-G-A-L", "j.a.m.a") is the found name it spells; after a spelling
    cue ("u spreekt met Egal, dat is E-G-A-L") it is a name in any case."""
    if "-" not in text and "." not in text:
        return []
    names: dict[str, P] = {}
    for s, e, person in spans:
        for w in _NAME_WORD.findall(text[s:e]):
            if len(w) >= 3:
                names.setdefault(w.lower(), person)
    out: list[Span[P]] = []
    # tried only at the letter before each "-" or "." (round nine): every match opens with a letter and one of them
    for m in _matches_at(_SPELLED, text, find_all(text, "-.", -1)):
        letters = "".join(c for c in m.group() if c.isalpha())
        if mask.find(1, m.start(), m.end()) != -1 or len(letters) < 3:
            continue
        person = names.get(letters.lower())
        if person is None:
            if not _SPELL_CUE.search(text, max(0, m.start() - 24), m.start()):
                continue
            person = new_person([letters.capitalize()])
        out.append((m.start(), m.end(), person))
        mask[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return out
