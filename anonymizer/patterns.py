"""Detectors for structured personal data: numbers, codes, addresses, dates of birth.

Each detector yields ``(start, end, label, replacement)`` candidates; ``core`` resolves overlaps.
Checks from python-stdnum (BSN eleven-test, IBAN mod-97) and phonenumbers (VALID, region NL)
are used where a check exists; Dutch shapes are accepted as a safety net where it does not.

Speed: every pattern starts with a character class (a digit, an upper-case letter, "+", "(")
and checks its left boundary with a look-behind *after* that first character, so the regex
engine can skip most positions; keyword-driven detectors first test the lower-cased text with
``in`` before running a regex.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any

import phonenumbers

from .lexicon import FIRST_NAMES, PLACES_FULL, SURNAMES, WORDS, split_compound
from .rxutil import answers_question
from .wordlists import EVENT_ENDINGS, GOV_TERMS_LOWER


def _stdnum() -> tuple[Any, Any]:
    """python-stdnum's IBAN and BSN checks, imported on first use (round ten: its import pulls in ssl, ~30 ms of
    start-up, and most texts never reach a check)."""
    from stdnum import iban
    from stdnum.nl import bsn

    return iban, bsn


# Municipalities named after no single town (their domains: "zaanstad.nl", "haarlemmermeer.nl", "sudwestfryslan.nl"),
# and some whose town the place list lacks; the places list holds the towns (round ten; written for this project).
_MUNICIPALITIES = """
Aa en Hunze; Achtkarspelen; Alphen-Chaam; Altena; Ameland; Amstelveen; Barneveld; Beekdaelen; Berg en Dal;
Bergeijk; Berkelland; Bernheze; Bodegraven-Reeuwijk; Borger-Odoorn; Bronckhorst; Capelle aan den IJssel;
Cranendonck; Dantumadiel; De Bilt; De Fryske Marren; De Ronde Venen; De Wolden; Dijk en Waard;
Drechterland; Drimmelen; Echt-Susteren; Eemsdelta; Eijsden-Margraten; Gemert-Bakel; Goeree-Overflakkee;
Gooise Meren; Gulpen-Wittem; Haarlemmermeer; Halderberge; Heeze-Leende; Het Hogeland; Hoeksche Waard;
Hof van Twente; Hollands Kroon; Horst aan de Maas; Kaag en Braassem; Krimpenerwaard; Laarbeek;
Land van Cuijk; Lansingerland; Leidschendam-Voorburg; Lingewaard; Maashorst; Meierijstad; Midden-Delfland;
Midden-Drenthe; Midden-Groningen; Molenlanden; Montferland; Neder-Betuwe; Nissewaard; Noardeast-Fryslân;
Noordenveld; Noordoostpolder; Oldambt; Olst-Wijhe; Ooststellingwerf; Opsterland; Oude IJsselstreek;
Overbetuwe; Peel en Maas; Pekela; Pijnacker-Nootdorp; Reusel-De Mierden; Rijssen-Holten; Sittard-Geleen;
Smallingerland; Stede Broec; Stichtse Vecht; Súdwest-Fryslân; Teylingen; Tynaarlo; Tytsjerksteradiel;
Twenterand; Utrechtse Heuvelrug; Vijfheerenlanden; Voorne aan Zee; Waadhoeke; Westerkwartier; Westerveld;
Westerwolde; West Betuwe; Westland; Weststellingwerf; Wijdemeren; Zaanstad; Zuidplas; Buren; Dinkelland;
Hardinxveld-Giessendam; Hendrik-Ido-Ambacht; Krimpen aan den IJssel; Loon op Zand; Moerdijk; Oost Gelre;
Oisterwijk; Sint-Michielsgestel; Steenwijkerland; Tholen; Veere; Vught; Waalre; Westervoort; Zundert
"""


def _fold(name: str) -> str:
    """A place's name as a domain writes it: lower case, no spaces or hyphens, no accents ("Súdwest-Fryslân")."""
    flat = unicodedata.normalize("NFKD", name.lower().replace(" ", "").replace("-", ""))
    return "".join(c for c in flat if not unicodedata.combining(c))


_PLACES_LOWER = frozenset(p.lower().replace(" ", "").replace("-", "") for p in PLACES_FULL) | frozenset(
    _fold(n) for n in _MUNICIPALITIES.replace("\n", " ").split(";") if n.strip()
)

Cand = tuple[int, int, str, str]

_ANY_DIGIT_RE = re.compile(r"\d")
_RUN_RE = re.compile(r"\d+")
_RUNS: tuple[str | None, list[tuple[int, int]]] = (None, [])


# Separators that word processors and mail programs put inside numbers, folded to their plain form with the same
# length (offsets stay valid): no-break and narrow spaces to a space, the non-breaking hyphen and minus to "-".
_FOLD = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u2011": "-", "\u2010": "-",
                       "\u2212": "-"})  # fmt: skip
_FOLD_CHARS = ("\u00a0", "\u202f", "\u2007", "\u2009", "\u2011", "\u2010", "\u2212")


# A letter that OCR reads for a digit, inside a run of digits: "12-O3-1961", "O6-1234567l" ("O" for 0, "l"/"I" for 1).
_OCR_DIGIT = re.compile(r"(?<=\d)[OoIl](?=\d)|(?<=\d[\-./])[OoIl](?=\d)|(?<=\d)[OoIl](?=[\-./]\d)")
_OCR_TO_DIGIT = {"O": "0", "o": "0", "I": "1", "l": "1"}
_OCR_GATE = re.compile(r"\d[\-./]?[OoIl]\d|\d[OoIl][\-./]?\d")


def fold_separators(text: str) -> str:
    """``text`` with no-break spaces and hyphens folded to plain ones (the same string when it has none), so the
    finders of numbers read "06\u00a012345678" and "111\u00a0222\u00a0333" as they read the plain forms; and a
    letter that a scan read for a digit inside a run of digits as that digit ("12-O3-1961"). Same length."""
    if not text.isascii() and any(c in text for c in _FOLD_CHARS):
        text = text.translate(_FOLD)
    if _OCR_GATE.search(text):  # a cheap scan first: a letter of the four right beside a digit
        text = _OCR_DIGIT.sub(lambda m: _OCR_TO_DIGIT[m.group()], text)
    return text


def digit_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run of digits in ``text``, in order: ONE scan of the text, remembered for the text
    being anonymized and shared by the finders of numbers. Each finder whose every match starts at a known place
    around a run (the run's first digit, the separator before it, a letter or capital right before it) tries its
    pattern only there (``_matches_at``) instead of scanning the whole text again: same matches, fewer scans."""
    global _RUNS
    last, runs = _RUNS
    if last is text:
        return runs
    runs = [m.span() for m in _RUN_RE.finditer(text)]
    _RUNS = (text, runs)
    return runs


def first_digit(text: str) -> int:
    """Offset of the first digit in ``text`` (its length if none). A pattern whose every match starts with a
    digit finds the same matches when its scan starts there (a few characters earlier for one that may start
    with a letter or separator right before the digits); from the shared scan ``digit_runs``."""
    runs = digit_runs(text)
    return runs[0][0] if runs else len(text)


def _matches_at(rx: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches of ``rx.finditer(text)`` when every match can only start at one of ``starts`` (ascending,
    repeats allowed): the pattern is tried there alone, a match's end skips the starts inside it, as finditer
    does. ``rx`` must not match the empty string."""
    end = -1
    for p in starts:
        if p >= end:
            m = rx.match(text, p)
            if m is not None:
                end = m.end()
                yield m


MONTHS = (
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"jan|feb|febr|mrt|maa|apr|jun|jul|aug|sep|sept|okt|nov|dec|"
    r"january|february|march|may|june|july|august|october|mar|oct"  # English, in a date with day and year only
)

# ---------------------------------------------------------------- e-mail, URL, IP
EMAIL_RE = re.compile(r"@(?<=[\w.+\-]@)[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
EMAIL_LOCAL_END = re.compile(r"[\w.+\-]+$")
URL_RE = re.compile(r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"'()\[\]]+", re.I)
# A bare domain with a path: "facebook.com/jan.jansen", "linkedin.com/in/…".
BARE_URL_RE = re.compile(r"\b[\w\-]+(?:\.[\w\-]+)*\.(?:nl|com|org|net|eu|be|de|info|nu|io|me)/[^\s<>\"'()\[\]]+")
IPV4_RE = re.compile(r"\d(?<![\w.]\d)\d{0,2}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w.]|\.\d)")
IPV6_HINT = re.compile(r":[0-9A-Fa-f]{0,4}:")
IPV6_RE = re.compile(r"[0-9A-Fa-f:](?<![\w:][0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){1,7}[0-9A-Fa-f]{0,4}(?![\w:])")


# Mailboxes of a service rather than a person ("wmo@groningen.nl", "info@…", "klachten@…").
FUNCTION_MAILBOXES = frozenset(
    """
info post contact klantcontact kcc klachten klacht bezwaar bezwaren secretariaat receptie servicedesk helpdesk
noreply no-reply publiekszaken burgerzaken vergunningen wmo jeugd werkeninkomen werk inkomen schuldhulp
gemeente griffie ombudsman ombudsfunctie privacy fg avg communicatie pers redactie subsidie subsidies
belastingen afval parkeren handhaving meldingen melding loket zorgloket wijkteam sociaalteam toeslagen
administratie financien financiën debiteuren crediteuren facturen planning afspraken balie bestuur raad
postbus vta verzoektotafstemming afstemming bemiddeling oov veiligheid openbareorde
werkenbij werkenvoor vacatures vacature sollicitaties sollicitatie solliciteren recruitment jobs careers hr hrm
personeelszaken salarisadministratie salaris verlof arbo integriteit vertrouwenspersoon ggd jgz vaccinatie
infectieziekten medischadvies leerplicht leerlingenvervoer wonen bouwen omgevingsvergunning omgevingsloket
evenementen klantenservice service support webmaster aanvragen archief woo informatieverzoek datalek dpo
""".split()
)
FREE_MAIL = frozenset(
    """
hotmail gmail outlook live yahoo ziggo kpnmail kpnplanet planet home zeelandnet xs4all caiway mail icloud me
hetnet chello casema quicknet online telfort tele2 upcmail gmx protonmail proton msn hotmail.nl telenet skynet
""".split()
)
_SPLIT_LOCAL = re.compile(r"[._\-+]")


def public_mailbox(address: str) -> bool:
    """True for a service mailbox of an organisation: a function word before the @, no free-mail domain."""
    local, _, domain = address.lower().partition("@")
    host = domain.split(".")[0] if domain else ""
    if not local or host in FREE_MAIL:
        return False
    parts = [p for p in _SPLIT_LOCAL.split(local) if p]
    if bool(parts) and all(_function_word(p) for p in parts):
        return True
    if host in _PLACES_LOWER and parts and all(_team_word(p) for p in parts):
        return True  # "kennisbank@eindhoven.nl", "parkeerbeheer@zaanstad.nl": a team's word at a town's domain
    # a scan read by OCR writes "w" as "vv" and "m" as "rn": "bezvvaar@deventer.nl" (round nine)
    ocr = [p.replace("vv", "w").replace("rn", "m") for p in parts]
    return ocr != parts and all(_function_word(p) for p in ocr)


def _team_word(p: str) -> bool:
    """A word of the language naming a team or a task, no name: "kennisbank", "maatschappelijke" (round ten), also
    a compound of two such words: "afvalstoffenheffing", "leerplichtzaken" (round nineteen, from holdout18)."""
    return (
        len(p) >= 5
        and p.isalpha()
        and (p in WORDS or two_words(p))
        and p.capitalize() not in FIRST_NAMES
        and p.capitalize() not in SURNAMES
    )


def two_words(p: str) -> bool:
    """``p`` is two words of four letters or more, glued as Dutch glues them (with a linking "s" or none)."""
    for i in range(4, len(p) - 3):
        head, tail = p[:i], p[i:]
        if tail in WORDS and (head in WORDS or head.endswith("s") and head[:-1] in WORDS):
            return True
    return False


def _function_word(p: str) -> bool:
    """A function or body word of a mailbox, also in the plural ("wijkteams", "meldingen" is listed)."""
    if p in FUNCTION_MAILBOXES or p in GOV_TERMS_LOWER:
        return True
    if len(p) >= 5 and p in WORDS and p.capitalize() not in FIRST_NAMES and p.capitalize() not in SURNAMES:
        return True  # an ordinary word that is no name: "kennisbank@", "leerlingenvervoer@" (round ten)
    return len(p) > 4 and p.endswith("s") and (p[:-1] in FUNCTION_MAILBOXES or p[:-1] in GOV_TERMS_LOWER)


# An address written so that robots miss it: "naam [at] domein [dot] nl", "naam(at)domein.nl", "naam at domein punt
# nl", "naam @ domein.nl", "naam＠domein.nl". A bare "at"/"dot"/"punt" only before a known top-level domain.
# (round ten: also " . " with spaces on both sides, "jan @ gmail . com")
_OBF_DOT = r"(?:\s*[\[({<]\s*(?:dot|punt|\.)\s*[\])}>]\s*|\s+(?:dot|punt)\s+| ?\. ?)"
_OBF_TLD = r"(?:nl|com|org|net|eu|be|de|info|nu|io|me|fr|uk|co\.uk)"
# the "at" itself, every branch led by a literal character (a fast scan); the spaces around it are read in code
_OBF_AT_RE = re.compile(
    r"[\[({<][ \t]*(?:at|a|apenstaartje|@)[ \t]*[\])}>]|＠|@@?"
    r"|\sat(?=\s)|\sapenstaartje(?=\s)|\sop(?=\s)",  # "j.smit op gmail punt com" (round ten; see below)
    re.I,
)
# a comma typed for the last dot: "jan_smit@gmail,com" (round ten)
_OBF_REST = re.compile(
    r"(?P<host>[\w\-]+(?:" + _OBF_DOT + r"[\w\-]+)*?)(?:" + _OBF_DOT + r"|(?P<comma>,))(?P<tld>" + _OBF_TLD + r")"
    r"(?![\w\-])",
    re.I,
)
_OBF_GATE = ("at", "@", "＠", "apenstaartje", "(a)", "[a]")
_LOCAL_MARK = re.compile(r"[._\d+\-]")
_OBF_PLAIN = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}")


_SAID_DOT_BEFORE = re.compile(r"(?<![\w.+\-])[\w][\w.+\-]*\s+(?:punt|dot)\s+$", re.I)


_OP_HOSTS = ("gmail", "hotmail", "outlook", "live", "yahoo", "ziggo", "kpnmail", "icloud", "xs4all", "planet", "msn")


def _obf_at_starts(text: str, low: str, said_op: bool = False) -> list[int]:
    r"""Where an ``_OBF_AT_RE`` match can start in an ASCII text (``low`` its lower case): a bracket, an "@", or the
    space before "at"/"apenstaartje" (its last branches open with ``\s``, which the scan tries at every space)."""
    out: set[int] = set()
    for lit in ("[", "(", "{", "<", "@"):
        p = text.find(lit)
        while p != -1:
            out.add(p)
            p = text.find(lit, p + 1)
    for word in ("at", "apenstaartje", "op") if said_op else ("at", "apenstaartje"):
        p = low.find(word, 1)
        while p != -1:
            if low[p - 1].isspace() and low[p + len(word) : p + len(word) + 1].isspace():
                out.add(p - 1)  # round ten: only a word between blanks ("dat", "straat" open no match)
            p = low.find(word, p + 1)
    return sorted(out)


def _find_obfuscated_email(text: str, low: str) -> Iterator[Cand]:
    """E-mail addresses whose "@" or dots are written out or spaced ("naam [at] domein [dot] nl"), found from the
    "at" (rare) back to the local part and on to a known top-level domain."""
    said_op = " op " in low and any(f" op {h}" in low for h in _OP_HOSTS)  # "j.smit op gmail punt com"
    if not said_op and not any(g in low for g in _OBF_GATE):
        return
    for a in (
        _matches_at(_OBF_AT_RE, text, _obf_at_starts(text, low, said_op))
        if low.isascii()
        else _OBF_AT_RE.finditer(text)
    ):
        p, q = a.start(), a.end()
        while p > 0 and p > a.start() - 3 and text[p - 1].isspace():
            p -= 1
        while q < len(text) and q < a.end() + 3 and text[q].isspace():
            q += 1
        local = EMAIL_LOCAL_END.search(text, max(0, p - 80), p)
        rest = _OBF_REST.match(text, q) if local else None
        if local is None or rest is None or not local.group()[0].isalnum():
            continue
        s, e = local.start(), rest.end()
        while (said := _SAID_DOT_BEFORE.search(text, max(0, s - 40), s)) is not None:
            s = said.start()  # "k punt vos apenstaartje gmail punt com": dots said in the local part too
        if _OBF_PLAIN.fullmatch(text, s, e):
            continue  # an ordinary address: find_email has it
        host = re.sub(_OBF_DOT, ".", rest["host"], flags=re.I)
        if a.group()[1:].lower() == "op" and (
            not said_op
            or host.split(".")[0].lower() not in FREE_MAIL
            or not _LOCAL_MARK.search(local.group())
            or not local.group()[0].isalpha()
        ):
            continue  # "op" for "at" only between a marked local part and a free mail host: "j.smit op gmail punt com"
        bare = a.group()[0] not in "[({<＠@"  # "naam at domein.nl": also "is at gemeente.nl"
        if bare and "." in text[a.end() : e] and not re.search(r"[._\d+\-]", local.group()):
            if host.split(".")[0].lower() not in FREE_MAIL:
                continue
        if not public_mailbox(f"{local.group()}@{host}.{rest['tld']}".lower()):
            yield s, e, "EMAIL", "[e-mailadres]"


# an address encoded in a URL or a form post: "email=v.vandermeulen%40live.nl" (round sixteen, from fresh22d)
_URL_EMAIL_RE = re.compile(r"(?<![\w.+\-])[\w.+\-]+%40[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")


def find_email(text: str, low: str) -> Iterator[Cand]:
    yield from _find_obfuscated_email(text, low)
    if "%40" in text:
        for m in _URL_EMAIL_RE.finditer(text):
            if not public_mailbox(m.group().replace("%40", "@")):
                yield m.start(), m.end(), "EMAIL", "[e-mailadres]"
    if "@" not in text:
        return
    for m in EMAIL_RE.finditer(text):
        local = EMAIL_LOCAL_END.search(text, max(0, m.start() - 80), m.start())
        if local and not public_mailbox(text[local.start() : m.end()]):
            yield local.start(), m.end(), "EMAIL", "[e-mailadres]"


_TLD_SLASH = re.compile(r"\.(?:nl|com|org|net|eu|be|de|info|nu|io|me)/")


_MAILBOX_RE = re.compile(r"[\w.+\-]+@(?P<host>[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,})")


def _public_hosts(text: str) -> frozenset[str]:
    """Domains of the service mailboxes in ``text`` ("info@zaanstad.nl" -> "zaanstad.nl"): evidence that a site
    on the same domain is the body's own, even when its name is on no list."""
    if "@" not in text:
        return frozenset()
    return frozenset(m.group("host").lower() for m in _MAILBOX_RE.finditer(text) if public_mailbox(m.group()))


_MUNICIPALITY_RE = re.compile(r"\b[Gg]emeente\s+(?P<name>[^\W\d_][\w'’]*(?:[\- ][A-Z][\w'’]*)?)")


def _municipality_starts(text: str) -> list[int]:
    """Where a ``_MUNICIPALITY_RE`` match can start: the "G"/"g" right before each "emeente" (a literal search)."""
    out = []
    p = text.find("emeente", 1)
    while p != -1:
        out.append(p - 1)
        p = text.find("emeente", p + 1)
    return out


def _slug(name: str) -> str:
    """How a body's name is written in its domain: "Súdwest-Fryslân" -> "sudwestfryslan"."""
    flat = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in flat if c.isalnum() and not unicodedata.combining(c))


def _municipal_hosts(text: str) -> frozenset[str]:
    """Domain names of the municipalities named in ``text`` ("gemeente Sittard-Geleen" -> "sittardgeleen",
    "gemeente Heuvelrug-Oost" -> "heuvelrug-oost", "heuvelrugoost"): the body's own site, not a person's."""
    out: set[str] = set()
    for m in _matches_at(_MUNICIPALITY_RE, text, _municipality_starts(text)):
        name = m.group("name")
        for cand in (name, name.split(" ")[0]):
            out.update((_slug(cand), "-".join(_slug(p) for p in cand.split("-"))))
    return frozenset(out)


def find_url(text: str, low: str) -> Iterator[Cand]:
    bare = "/" in text and bool(_TLD_SLASH.search(low))
    if not bare and "://" not in text and "www." not in low:
        return  # no site in the text: the hosts of its mailboxes and municipalities are not needed
    hosts = _public_hosts(text) if "@" in text else frozenset()
    if "emeente" in text:
        hosts |= _municipal_hosts(text)
    if bare:
        for m in BARE_URL_RE.finditer(text):
            s, e = m.span()
            while e > s and text[e - 1] in ".,;:!?":
                e -= 1
            if not public_site(text[s:e], hosts):  # "www.venlo.nl/contact": the municipality's own page stays
                yield s, e, "URL", "[url]"
    if "://" not in text and "www." not in low:
        return
    for m in URL_RE.finditer(text):
        s, e = m.span()
        while e > s and text[e - 1] in ".,;:!?":
            e -= 1
        if not public_site(text[s:e], hosts):
            yield s, e, "URL", "[url]"
        else:  # the body's own page stays, a case's number in its path goes
            c = _CASE_IN_PATH.search(text, s, e)
            if c:
                yield c.start("c"), c.end("c"), "CASE_NUMBER", "[zaaknummer]"


# a case's number closing the path of a municipality's page: "https://loket.weert.nl/ontheffing/DL-2026-689" (round
# thirty-four, from holdout33's moves); capitals, then groups of figures
_CASE_IN_PATH = re.compile(r"/(?P<c>[A-Z]{1,5}[-.]?\d{2,4}(?:[-.]\d{2,8})+)(?=[/?#]|$|[.,;:!?]*(?:\s|$))", re.M)


_SOCIAL = frozenset({"facebook", "instagram", "linkedin", "twitter", "x", "tiktok", "youtube", "wa", "t"})
_URL_SPLIT = re.compile(r"[/\-_.]")


def public_site(url: str, public_hosts: frozenset[str] = frozenset()) -> bool:
    """True for the bare site of a public body ("www.groningen.nl", "https://www.toeslagen.nl/contact"):
    the host is a place, a scheme, an ordinary word or the domain of a service mailbox in the same text
    (``public_hosts``), and the path has only ordinary words, no query."""
    u = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower())
    host, _, path = u.partition("/")
    if "?" in url or "#" in url or "@" in url or "." not in host:
        return False
    labels = host.split(".")[:-1]
    if not labels or any(lab in _SOCIAL for lab in labels):
        return False
    name = labels[-1]
    if not (
        host in public_hosts
        or name in public_hosts
        or name in GOV_TERMS_LOWER
        or name in FUNCTION_MAILBOXES
        or name.startswith("gemeente")
        or name in _PLACES_LOWER
        or (name in WORDS and name.capitalize() not in FIRST_NAMES and name.capitalize() not in SURNAMES)
        or ("-" in name and all(_plain_word(p) for p in name.split("-")))
        or _word_pair(name)  # "rivierenhof", "westerkwartier": a place or body named by two words
    ):
        return False
    return all(
        p.isdigit() or p in GOV_TERMS_LOWER or _plain_word(p) or _word_pair(p) for p in _URL_SPLIT.split(path) if p
    )


def _plain_word(p: str) -> bool:
    """An ordinary word that is no listed name, or a place ("heuvelrug", "oost", "zaanstad")."""
    return (p in WORDS and p.capitalize() not in FIRST_NAMES and p.capitalize() not in SURNAMES) or p in _PLACES_LOWER


def _word_pair(p: str) -> bool:
    """Two ordinary words run together, as site paths write them ("bijzonderebijstand", "afvalkalender")."""
    return len(p) >= 8 and any(_plain_word(p[:i]) and _plain_word(p[i:]) for i in range(3, len(p) - 2))


def _ip_starts(text: str) -> list[int]:
    """Where an ``IPV4_RE`` match can start: a run of digits (nothing word-like before it) that a full stop ends."""
    return [s for s, e in digit_runs(text) if text[e : e + 1] == "."]


def find_ip(text: str, low: str) -> Iterator[Cand]:
    for m in _matches_at(IPV4_RE, text, _ip_starts(text)):
        try:
            ipaddress.IPv4Address(m.group())
        except ValueError:
            continue
        yield m.start(), m.end(), "IP", "[IP-adres]"
    if text.count(":") < 2 or not IPV6_HINT.search(text):
        return
    for m in IPV6_RE.finditer(text):
        g = m.group()
        if g.count(":") < 2 or not re.search(r"[0-9A-Fa-f]", g):
            continue
        try:
            ipaddress.IPv6Address(g)
        except ValueError:
            continue
        yield m.start(), m.end(), "IP", "[IP-adres]"


# ---------------------------------------------------------------- IBAN
# Starts at the check digits (a digit), with the two country letters checked behind it.
IBAN_RE = re.compile(
    r"\d(?:(?<=[A-Za-z]{2}\d)|(?<=[A-Za-z]{2} \d))(?<![A-Za-z0-9][A-Za-z]{2}\d)(?<![A-Za-z0-9][A-Za-z]{2} \d)"
    r" ?\d(?:(?:[ .\-]|  )?[A-Za-z0-9]){10,30}"  # groups also apart by two spaces, as a scan's text has them
)
NL_IBAN_SHAPE = re.compile(r"NL\d{2}[A-Z]{4}\d{10}")
# A Dutch IBAN with a digit too many or too few still identifies the account.
NL_IBAN_TYPO = re.compile(r"NL\d{2}[A-Z]{4}\d{9,11}")
# IBAN lengths of the countries whose accounts residents most often have (typos in the check digits
# still identify the account, so the shape is enough).
IBAN_LENGTHS = {
    "NL": 18,
    "BE": 16,
    "DE": 22,
    "FR": 27,
    "ES": 24,
    "PT": 25,
    "IT": 27,
    "GB": 22,
    "IE": 22,
    "LU": 20,
    "AT": 20,
    "CH": 21,
    "PL": 28,
    "RO": 24,
    "BG": 22,
    "HU": 28,
    "CZ": 24,
    "SK": 24,
    "LT": 20,
    "LV": 21,
    "EE": 20,
    "GR": 27,
    "TR": 26,
    "DK": 18,
    "SE": 24,
    "NO": 15,
    "FI": 18,
    "HR": 21,
    "SI": 19,
    "MA": 28,
    "SR": 0,
    "UA": 29,
    "MT": 31,
    "CY": 28,
}


def iban_shape(compact: str) -> bool:
    """Country code, two check digits and the country's IBAN length (check digits not verified)."""
    if compact[:2] == "NL" or IBAN_LENGTHS.get(compact[:2], -1) != len(compact) or not compact[2:4].isdigit():
        return False
    bban = compact[4:]
    return sum(c.isdigit() for c in bban) * 2 >= len(bban) and bban[-3:].isalnum()


_BASE36 = {ord(c): str(int(c, 36)) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}


def _mod97(compact: str) -> bool:
    """Cheap ISO 7064 mod-97 pre-check; python-stdnum does the full validation afterwards."""
    s = compact[4:] + compact[:4]
    if not s.isalnum():
        return False  # a character that is no base-36 digit
    try:  # letters become their base-36 values ("A" -> "10"), digits stay: one int() of the whole
        return int(s.translate(_BASE36)) % 97 == 1
    except ValueError:
        return False


# An account number of the old notation (no IBAN) after an account word: "rekeningnummer 12.34.56.789".
ACCOUNT_RE = re.compile(
    r"\b(?:bank)?rek(?:ening)?(?:nummer|nr)?\.?(?:\s*nr\.?)?\s*[:#]?\s*(?P<n>[1-9][\d. ]{5,12}\d)(?![\d\w]| \d)|"
    r"\bgiro(?:nummer)?\s*[:#]?\s*(?P<g>[1-9]\d{2,6})(?![\d\w]| \d)"
)


# "NL91 ABNA⏎0417 1643 00", "NL91 ABNA 0417⏎1643 00": one line break after the bank code or between the digits
_LINE_BREAK = r"[ \t]*\r?\n[ \t]*"
_IBAN_BROKEN = re.compile(
    r"[Nn][Ll](?<![\w][Nn][Ll])\d\d ?[A-Za-z]{4}(?:" + _LINE_BREAK + r"| ?)\d(?:(?:[ .\-]?|" + _LINE_BREAK + r")\d){9}"
    r"(?![\w\-])"
)


_IBAN_LOOKALIKE = re.compile(
    r"[Nn][Ll](?<![\w][Nn][Ll])[0-9OI]{2} ?[A-Za-z]{4}[ .\-]?[0-9OoIl](?:[ .\-]?[0-9OoIl]){9}(?![\w\-])"
)
_LOOKALIKE_DIGITS_UPPER = str.maketrans("OOIL", "0011")


def find_iban(text: str, low: str) -> Iterator[Cand]:
    if "rekening" in low or "rek." in low or "reknr" in low or "giro" in low:
        for m in ACCOUNT_RE.finditer(low):
            g = "n" if m.group("n") else "g"
            if len(re.sub(r"\D", "", m.group(g))) >= 3:
                yield m.start(g), m.end(g), "IBAN", "[IBAN]"
    yield from _iban_matches(text)
    if "NL" in text or "nl" in text:  # "NL91 ABNA O417 1643 OO": OCR read a letter for a digit (round ten)
        for m in _IBAN_LOOKALIKE.finditer(text):
            compact = re.sub(r"[ .\-]", "", m.group()).upper()
            num = compact[8:].translate(_LOOKALIKE_DIGITS_UPPER)
            if not compact[8:].isdigit() and num.isdigit() and _mod97(compact[:8] + num):
                yield m.start(), m.end(), "IBAN", "[IBAN]"
    if "\n" in text:  # "NL91 ABNA⏎0417 1643 00": a Dutch IBAN broken after its bank code
        for m in _IBAN_BROKEN.finditer(text):
            if "\n" in m.group() and NL_IBAN_SHAPE.fullmatch(re.sub(r"\s|[.\-]", "", m.group()).upper()):
                yield m.start(), m.end(), "IBAN", "[IBAN]"


def _ascii_letter(c: str) -> bool:
    return "a" <= c <= "z" or "A" <= c <= "Z"


def _iban_starts(text: str) -> list[int]:
    """Where an ``IBAN_RE`` match can start: the first digit of a run right after two letters ("NL91"), or after
    two letters and a space ("NL 91")."""
    out = []
    for s, _e in digit_runs(text):
        if s >= 2 and _ascii_letter(text[s - 1]) and _ascii_letter(text[s - 2]):
            out.append(s)
        elif s >= 3 and text[s - 1] == " " and _ascii_letter(text[s - 2]) and _ascii_letter(text[s - 3]):
            out.append(s)
    return out


# An account word right before: a code with a country's letters that passes mod-97 is an account number even at a
# length the country's IBAN does not have, as typed or copied wrong: "Spaarrekening DE08 3405 1623 7979" (round
# twenty, from fresh26c)
_ACCOUNT_BEFORE = re.compile(r"(?i:rekening|iban|account|konto|compte|rek\.|reknr)[^\n\d]{0,12}\Z")


def _iban_matches(text: str) -> Iterator[Cand]:
    """IBAN candidates; a failed match resumes one character further, so a number in front of the
    IBAN ("BSN is 123 en mijn rekening NL62 ABNA …") cannot swallow it."""
    pos = 0
    for start in _iban_starts(text):
        if start < pos or (m := IBAN_RE.match(text, start)) is None:
            continue  # the first match at or after ``pos``, as ``IBAN_RE.search(text, pos)`` finds it
        pos = m.start() + 1
        s = m.start() - (3 if text[m.start() - 1] == " " else 2)
        raw = text[s : m.end()]
        if not raw[:2].isupper() and raw[:2].upper() not in IBAN_LENGTHS:
            continue  # "en 1234…": lower-case letters only for a known IBAN country ("nl07 asnb …")
        # Try the longest prefix (ending on a letter or digit) that passes mod-97, in any spacing.
        ends = [i + 1 for i, c in enumerate(raw) if c.isalnum()]
        full = re.sub(r"[ .\-]", "", raw).upper()
        if len(full) != len(ends):  # raw holds only letters, digits and " .-": never
            full = ""
        for k in range(len(ends), 0, -1):
            cut = ends[k - 1]
            # the first k characters of the compact form (the prefix raw[:cut] holds k letters and digits)
            compact = full[:k] if full else re.sub(r"[ .\-]", "", raw[:cut]).upper()
            if len(compact) < 15:
                break
            if len(compact) > 34:
                continue
            if compact[:2] == "NL" and len(compact) in (17, 19) and NL_IBAN_TYPO.fullmatch(compact):
                yield s, s + cut, "IBAN", "[IBAN]"
                pos = s + cut
                break
            if (compact[:2] != "NL" or len(compact) == 18) and (
                (_mod97(compact) and _stdnum()[0].is_valid(compact))
                or NL_IBAN_SHAPE.fullmatch(compact)
                or iban_shape(compact)
                or (compact[:2] in IBAN_LENGTHS and _mod97(compact) and _ACCOUNT_BEFORE.search(text, max(0, s - 24), s))
            ):
                yield s, s + cut, "IBAN", "[IBAN]"
                pos = s + cut
                break


# ---------------------------------------------------------------- BSN
# (round ten: also "bsn is", "burgerservicenummer was")
BSN_CUE = re.compile(
    r"\b(?:bsn|burgerservicenummer|sofi-?nummer|bsn-nummer)\b\s*(?:nummer|nr\.?)?\s*[:#=]?\s*(?:(?:is|was|luidt):?\s+)?"
)
# a comma before the number only as a field separator (",841092928," in a CSV row; round sixteen), not in "3,141592653"
NUM9_RE = re.compile(r"\d(?<![\w./\-]\d)(?<!\d,\d)(?:[ .\-]?\d){8}(?![\w]|[.,/\-]\d)")
NUM8_RE = re.compile(r"\d(?<![\w.,/\-]\d)\d{7}(?!\w|[.,/\-]\d)")
ANYNUM_RE = re.compile(r"\d[\d .\-]{6,12}\d")


def _eleven_test(digits: str) -> bool:
    """Cheap BSN eleven-test pre-check; python-stdnum confirms."""
    total = sum(int(c) * w for c, w in zip(digits[:8], (9, 8, 7, 6, 5, 4, 3, 2), strict=True))
    return (total - int(digits[8])) % 11 == 0


_INTL_PREFIX = re.compile(r"(?:\+|\b00)[1-9]\d{0,2}[ \-.]?(?:\(0\)[ \-]?)?$")
_AMOUNT_BEFORE = re.compile(r"(?:€|EUR|eur)\s*$")
_MORE_DIGITS = re.compile(r"[ \-]\d")


_NUM_SEPS = frozenset(" .-")


def _bsn_starts(text: str) -> list[int]:
    """Where a ``NUM9_RE`` match can start: a run of nine digits or more, or one that a separator ends."""
    return [s for s, e in digit_runs(text) if e - s >= 9 or text[e : e + 1] in _NUM_SEPS]


# The Belgian national number (rijksregisternummer): birth date YY.MM.DD, a serial and a mod-97 check,
# "85.07.30-033.61" (in that notation without a cue), or eleven digits after "rijksregister"/"INSZ".
_RRN_RE = re.compile(r"\d(?<![\w.\-]\d)\d[. ]?[01]\d[. ]?[0-3]\d[ .\-]?\d{3}[. ]?\d{2}(?![\w\-]|[.,]\d)")
_RRN_CUES = ("rijksregister", "insz", "rrn", "nationaal nummer", "identificatienummer")


def _rrn_ok(digits: str) -> bool:
    if len(digits) != 11:
        return False
    body, check = int(digits[:9]), int(digits[9:])
    return check in (97 - body % 97, 97 - (2_000_000_000 + body) % 97)


_RRN_DOTTED = re.compile(r"\.[01]\d\.[0-3]\d-\d{3}\.\d\d")  # led by the full stop: a fast scan


def _belgian_national_numbers(text: str, low: str) -> Iterator[Cand]:
    cue = any(w in low for w in _RRN_CUES)
    if cue:
        found = _RRN_RE.finditer(text)
    else:
        found = (m for d in _RRN_DOTTED.finditer(text) if d.start() >= 2 and (m := _RRN_RE.match(text, d.start() - 2)))
    for m in found:
        g = m.group()
        if _rrn_ok(re.sub(r"\D", "", g)) and (cue or re.fullmatch(r"\d\d\.\d\d\.\d\d-\d{3}\.\d\d", g)):
            yield m.start(), m.end(), "BSN", "[BSN]"


def find_bsn(text: str, low: str) -> Iterator[Cand]:
    yield from _belgian_national_numbers(text, low)
    for m in _matches_at(NUM9_RE, text, _bsn_starts(text)):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) == 9 and _eleven_test(digits) and _stdnum()[1].is_valid(digits):
            if "." in m.group() and _AMOUNT_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                continue  # "€ 123.456.789": an amount, not a BSN
            if _DATE_START.match(m.group()) or _MORE_DIGITS.match(text, m.end()):
                continue  # "24-03-2026 8:15" (a date and a time), "0800 193 16 84" (nine digits of a longer number)
            if _INTL_PREFIX.search(text, max(0, m.start() - 6), m.start()):
                continue  # "+212 6 66 00 48 82": the subscriber part of a foreign phone number
            yield m.start(), m.end(), "BSN", "[BSN]"
    if "bsn" in low or "burgerservice" in low or "sofi" in low:
        # a BSN that lost its leading zero in a spreadsheet, in a text that speaks of BSNs
        for m in NUM8_RE.finditer(text, first_digit(text)):
            if _eleven_test("0" + m.group()):
                yield m.start(), m.end(), "BSN", "[BSN]"
        for m in BSN_CUE.finditer(low):
            n = ANYNUM_RE.match(text, m.end())
            if n:
                yield n.start(), n.end(), "BSN", "[BSN]"
            elif (n := _BSN_LOOKALIKE.match(text, m.end())) and _eleven_test(n.group().translate(_BSN_DIGITS)):
                yield n.start(), n.end(), "BSN", "[BSN]"  # "BSN: 1234S6782": OCR read a letter for a digit
            elif (n := _BSN_BROKEN.match(text, m.end() + _skip_is(low, m.end()))) and _eleven_test(
                re.sub(r"\D", "", n.group())
            ):
                yield n.start(), n.end(), "BSN", "[BSN]"  # "BSN 111222⏎333": broken over a line (round ten)
    if "eindig" in low:
        yield from _partial_endings(low)


_BSN_LOOKALIKE = re.compile(r"(?=[\dOoIlSB]{9}(?![\w]))(?=[^\s]*\d)[\dOoIlSB]{9}")
_BSN_DIGITS = str.maketrans("OoIlSB", "001158")
_IS_WORD = re.compile(r"(?:is|was|luidt)\s+")


def _skip_is(low: str, pos: int) -> int:
    """The length of "is " at ``pos`` ("mijn BSN is 1234..."), else 0."""
    m = _IS_WORD.match(low, pos)
    return m.end() - pos if m else 0


_BSN_BROKEN = re.compile(r"\d(?:(?:[ .\-]?|" + _LINE_BREAK + r")\d){8}(?!\d)")
# The last digits of a number after its kind, as a letter or a caller checks them: "burgerservicenummer eindigend op
# 6782", "uw rekening eindigt op 4300", "het mobiele nummer dat eindigt met 45 67" (round ten). They identify the
# person as the number does: removed with its label.
_PARTIAL_ENDING = re.compile(
    r"\b(?P<kind>bsn|burgerservicenummer|sofinummer|iban|(?:bank)?rekening(?:nummer)?|rekeningnr|pasnummer|"
    r"telefoonnummer|telefoon|mobiele nummer|mobiel nummer|mobiel|nummer)\b[^.\n\d]{0,24}?"
    r"\beindig(?:t|end|en|de)\s+(?:op|met|in|op de cijfers|met de cijfers)\s+"
    r"(?P<n>\d(?:[ .\-]?\d){2,5})(?![\w\-]|[.,]\d)"
)
_PARTIAL_LABEL = {"bsn": "BSN", "burgerservicenummer": "BSN", "sofinummer": "BSN", "iban": "IBAN"}


def _partial_endings(low: str) -> Iterator[Cand]:
    for m in _PARTIAL_ENDING.finditer(low):
        kind = m["kind"]
        lab = _PARTIAL_LABEL.get(kind) or ("IBAN" if "rek" in kind or kind == "pasnummer" else "PHONE")
        repl = {"BSN": "[BSN]", "IBAN": "[IBAN]", "PHONE": "[telefoonnummer]"}[lab]
        yield m.start("n"), m.end("n"), lab, repl


# ---------------------------------------------------------------- phone
_SEP = r"[ \-.]?"
PHONE_RES = [
    # international: +31 / 0031, optional (0), then 9 digits
    re.compile(r"(?:\+(?<![\w+]\+)|0(?<![\w+]0)0)\s?31\s?(?:\(0\)\s?|0\s?)?-?\s?\d(?:\s?[\-.]?\s?\d){8}(?!\d)"),
    # "(0)6 52183460", "(0)20-5551234": the country code left out, its bracketed zero kept (round twenty-three, from
    # fresh29d's transcripts)
    re.compile(r"\((?<![\w)]\()0\)[ \u00a0]?-?[ \u00a0]?[1-9](?:[ \u00a0]?[\-./]?[ \u00a0]?\d){8}(?!\d)"),
    # (010) 123 45 67, (0229) 867379
    re.compile(r"\((?<!\w\()0\d{1,3}\)\s?-?\s?\d(?:" + _SEP + r"\d){5,7}(?!\d)"),
    # national 0xx-xxxxxxx in any grouping, also "06 - 12345678" and "06/12345678"
    # (never across a line break or a tab: "707.00⏎2025-10-22" in a CSV export)
    # (not from the minutes of a time: "13:09  06 66 54 74 04" is a time and a phone number)
    re.compile(r"0(?<![\w+/]0)(?<!\d:0)\d(?:[ \u00a0]?[\-./]?[ \u00a0]?\d){8}(?![\d/])"),
    # an en or em dash after the area code: "06 – 12345678", "020 — 6241234" (not "€25,00 — 27/12/2024")
    re.compile(r"0(?<![\w+/,.]0)\d{1,3}[ \u00a0]?[–—][ \u00a0]?\d(?:[ \u00a0]?-?[ \u00a0]?\d){5,7}(?![\d/\-]|\.\d)"),
    # other international numbers, "+" or "00" in front (never across a line break: "+905345596708⏎03-06-2025")
    # (the last group may be one digit: "+212 67 81 31 52 5", round thirty, from fresh36c)
    re.compile(r"\+(?<![\w+]\+)[1-9]\d{0,2}[^\S\n]?[\-.]?(?:\(?\d{1,4}\)?[^\S\n]?[\-./]?){2,5}\d+(?!\d)"),
    re.compile(r"0(?<![\w+]0)0 ?[1-9]\d{0,2}[^\S\n]?[\-.]?(?:\(?\d{1,4}\)?[^\S\n]?[\-.]?){2,5}\d+(?!\d)"),
    # a country code or an American area code in brackets without "+": "(297) 599-2453" (Aruba), "(721) 542-1234"
    # (Sint Maarten): round twenty-five, from the blind corpus fresh31b; kept only when it reads as a valid number
    re.compile(r"\((?<![\w(]\()[1-9]\d{2,3}\)[ \u00a0]?\d{3}[ \-.]?\d{4}(?![\d\-/])"),
]
PUBLIC_PREFIXES = ("0800", "0900", "0906", "0909", "088", "14")


def _phone_ok(digits: str) -> bool:
    """True if a digit string (national form, leading 0) is a private Dutch phone number."""
    if digits.startswith(PUBLIC_PREFIXES):
        return False
    return len(digits) == 10 and digits[0] == "0"


_DATE_START = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d(?!\d)")
_SPACED_SEP = re.compile(r"[ \t]+([-/.])[ \t]+")  # "01 - 02 - 2025" read as "01-02-2025"


# A number broken by a line break after its area code: "bel mij op (020)⏎6123456", "tel. 010 -⏎4123456". The
# area code in brackets or with a dash, or a phone word shortly before; ten digits in all.
_PHONE_BROKEN = re.compile(
    r"(?P<area>\((?<!\w\()0\d{1,3}\)|0(?<![\w+/]0)\d{1,3})(?P<sep>[ \t]*[\-–]?)[ \t]*\r?\n[ \t]*"
    r"\d(?:[ \-.]?\d){5,7}(?![\d/\-]|[.,]\d)"
)
_PHONE_WORD_BEFORE = re.compile(r"(?:tel|telefoon|nummer|nr|bel|gsm|mob|mobiel|bereikbaar|whatsapp|app)\W[^\n]{0,30}$")


def _broken_phones(text: str, low: str) -> Iterator[Cand]:
    if "\n" not in text:
        return
    for m in _PHONE_BROKEN.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) != 10 or not _phone_ok(digits):
            continue
        if m["area"][0] == "(" or m["sep"].strip() or _PHONE_WORD_BEFORE.search(low, max(0, m.start() - 40), m.start()):
            yield m.start(), m.end(), "PHONE", "[telefoonnummer]"


# A Belgian landline has nine digits ("03 231 45 67", "09/234.56.78", "011 23 45 67"): after a phone word only.
_PHONE_NINE = re.compile(r"0(?<![\w+/.,]0)[1-9](?:[ \u00a0]?[\-./]?[ \u00a0]?\d){7}(?![\d/\-]|[.,]\d)")


_FLEMISH_WRITING = re.compile(
    r"0[1-9]\d{0,2}/\d{2,3}\.\d{2}\.\d{2}"
    # also spaced in pairs, a shape no Dutch number of ten figures has: "089 90 72 62", "03 231 45 67" (round thirty,
    # from fresh36b)
    r"|0[1-9]\d \d\d \d\d \d\d|0[1-9] \d{3} \d\d \d\d"
)


def _nine_digit_phones(text: str, low: str) -> Iterator[Cand]:
    for m in _PHONE_NINE.finditer(text):
        raw = m.group()
        if re.sub(r"\D", "", raw).startswith(PUBLIC_PREFIXES) or _MORE_DIGITS.match(text, m.end()):
            continue  # "0800 408 62 41": a public number; nine digits of a longer one
        if raw.isdigit() or _DATE_START.match(raw):
            continue
        if not (_FLEMISH_WRITING.fullmatch(raw) or _PHONE_WORD_BEFORE.search(low, max(0, m.start() - 40), m.start())):
            continue  # without a phone word only in the Flemish notation "050/12.34.56"
        try:
            num = phonenumbers.parse(raw, "BE")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(num):
            yield m.start(), m.end(), "PHONE", "[telefoonnummer]"


# Two numbers joined by a slash without spaces: "06-48123456/020-1234567" (the national pattern stops at a slash).
_PHONE_PAIR = re.compile(r"0(?<![\w+/]0)\d(?:[ \-.]?\d){8}/0\d(?:[ \-.]?\d){8}(?![\d/])")
# "mijn 06 is 48123456", "haar 06: 48 12 34 56": the mobile prefix said as a word, the eight digits after it.
_SPOKEN_06 = re.compile(
    r"\b(?:mijn|zijn|haar|ons|hun|het|een|nieuwe|oude|z'n|m'n)\s+06(?:[\-\s]?nummer)?\s*(?:is|:|=)?\s*"
    r"(?P<n>[1-9](?:[ \-.]?\d){7})(?![\d\-/]|[.,]\d)",
    re.I,
)


_SPOKEN_06_WORDS = ("mijn", "zijn", "haar", "ons", "hun", "het", "een", "nieuwe", "oude", "z'n", "m'n")


def _spoken_06_possible(text: str, low: str) -> bool:
    """A necessary condition of a ``_SPOKEN_06`` match (whose scan tries every position): some "06" has blanks and one
    of its words right before it. A text that is not ASCII goes to the pattern (case folding)."""
    if not low.isascii() or len(low) != len(text):
        return True
    p = low.find("06")
    while p != -1:
        q = p
        while q > 0 and low[q - 1].isspace():
            q -= 1
        if q < p and low.endswith(_SPOKEN_06_WORDS, 0, q):
            return True
        p = low.find("06", p + 1)
    return False


# A number dictated or typed with pauses as runs of dashes between its groups: "06 - - - 5861 - 0609", "(06) - 124 -
# 57 - 271" (round eleven). Ten digits in two to five groups that make a private Dutch number.
_PHONE_PAUSED = re.compile(
    r"(?:\((?<![\w(]\()0\d{1,3}\)|0(?<![\w+/.,:]0)\d{1,3})"
    r"(?:[ \t]*-[ \-\t]*\d{2,4}|[ \t]+\d{2,4}){1,4}(?![\d/]|[ \t]*-[ \-\t]*\d|[.,]\d)"
)


def _paused_phones(text: str) -> Iterator[Cand]:
    for m in _PHONE_PAUSED.finditer(text):
        raw = m.group()
        if "- -" not in raw and " - " not in raw:
            continue  # the other spellings are the national patterns' work
        digits = re.sub(r"\D", "", raw)
        if _phone_ok(digits) and not _DATE_START.match(_SPACED_SEP.sub(r"\1", raw)):
            yield m.start(), m.end(), "PHONE", "[telefoonnummer]"


def _more_phones(text: str, low: str) -> Iterator[Cand]:
    if " - " in text or "- -" in text:
        yield from _paused_phones(text)
    if "/" in text:
        for m in _PHONE_PAIR.finditer(text):
            a, b = m.group().split("/")
            if _phone_ok(re.sub(r"\D", "", a)) and _phone_ok(re.sub(r"\D", "", b)):
                yield m.start(), m.start() + len(a), "PHONE", "[telefoonnummer]"
                yield m.end() - len(b), m.end(), "PHONE", "[telefoonnummer]"
    if "06" in text and _spoken_06_possible(text, low):
        for m in _SPOKEN_06.finditer(text):
            yield m.start("n"), m.end("n"), "PHONE", "[telefoonnummer]"


# A number right after a phone word that lost its shape: the leading zero dropped by a spreadsheet
# ("Telefoon: 612345678"), the country code without "+" ("Tel: 31612345678"), a digit too many ("06-123456789").
# also after "bereiken op" and "bel X terug", with the area code in brackets: "U kunt mij bereiken op 0165 44 04 729",
# "bel Yuliie terug (0492) 5549126" (round fourteen, from fresh19a)
_PHONE_FIELD = re.compile(
    r"(?:tel(?:efoon)?(?:nummer|nr)?|mobiel(?:e nummer)?|gsm|whatsapp|mob|phone|mobile|bereiken op|bereikbaar op|"
    r"bel(?:[ \t]+[^\W\d_][\w\-]*){1,2}[ \t]+terug(?:[ \t]+op)?)\.?"
    r"(?:[ \t]*\([^)\n]{0,12}\)(?=[ \t]*[:=]))?[ \t]*(?:[:=]|-+>?|=>|\.{2,}|…)?[ \t]*[\"']?"
    r"(?P<n>\+?\(?\d(?:\)?[ \-.]?\d){7,12})(?![\w\-/]|[.,]\d)"
)


def phone_digits_fit(digits: str) -> bool:
    """Digits that are a phone number once it is known to be one (a field or cue says so): nine without the
    leading zero, eleven with the country code 31, or a Dutch number with one digit too many."""
    if digits.startswith(PUBLIC_PREFIXES) or digits.startswith(("31800", "31900", "3188")):
        return False
    if len(digits) == 9:
        return digits[0] != "0"
    if len(digits) == 11:
        return digits.startswith(("31", "0"))  # also an area code's number with a figure too many (a scan)
    return len(digits) == 10 and digits[0] == "0"


# a cue glued to the number: "tel0612345678", "bsn111222333"
_GLUED_CUE_NUMBER = re.compile(r"(?P<cue>bsn|sofi|tel|gsm|mob)(?P<n>\d{9,10})(?!\d)")  # led by a literal


def _glued_cue_numbers(text: str, low: str) -> Iterator[Cand]:
    for m in _GLUED_CUE_NUMBER.finditer(low):
        if m.start() and low[m.start() - 1].isalpha():
            continue  # "hotel0612...": the cue must start a word
        n = m["n"]
        if m["cue"] in ("bsn", "sofi"):
            if len(n) == 9 and _eleven_test(n):
                yield m.start("n"), m.end("n"), "BSN", "[BSN]"
        elif _phone_ok(n):
            yield m.start("n"), m.end("n"), "PHONE", "[telefoonnummer]"


def _phone_fields(text: str, low: str) -> Iterator[Cand]:
    yield from _glued_cue_numbers(text, low)
    for m in _PHONE_FIELD.finditer(low):
        if m.start() and low[m.start() - 1].isalnum():
            continue  # "hotel", "stemgsm": the phone word must start a word
        digits = re.sub(r"\D", "", m["n"])
        if len(digits) in (9, 11) and phone_digits_fit(digits) and not _DATE_START.match(m["n"]):
            yield m.start("n"), m.end("n"), "PHONE", "[telefoonnummer]"


# A number typed with the letter O for a zero or I/l for a one ("O6-12345678", "020-555I234", "06-1234567O"): ten
# characters in the shape of a Dutch number, at least one of them a look-alike letter and seven true digits (round ten).
_LOOKALIKE_PHONE = re.compile(r"(?<![\w+/])[0Oo][1-9Il](?:[ \-.]?[0-9OoIl]){8}(?![\w])")
_LOOKALIKE = str.maketrans("OoIl", "0011")


def _lookalike_phones(text: str) -> Iterator[Cand]:
    starts = sorted({p for s, _e in digit_runs(text) for p in range(max(0, s - 3), s + 1) if text[p] in "0Oo"})
    for m in _matches_at(_LOOKALIKE_PHONE, text, starts):
        raw = re.sub(r"[ \-.]", "", m.group())
        if raw.isdigit() or sum(c.isdigit() for c in raw) < 7:
            continue
        if _phone_ok(raw.translate(_LOOKALIKE)):
            yield m.start(), m.end(), "PHONE", "[telefoonnummer]"


# A German number written the German way: a mobile "0176 15787871", a landline with a slash after the area code
# "02821/590816" (round thirty, from fresh36b's frontier workers); eleven or twelve figures, valid in Germany.
_GERMAN_PHONE = re.compile(r"0(?<![\w+/.,]0)(?:1[5-7]\d{1,2}[ \-/]?\d{7,8}|[2-9]\d{2,4}/\d{4,8})(?![\d/\-]|[.,]\d)")


def _german_phones(text: str) -> Iterator[Cand]:
    for m in _GERMAN_PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) not in (11, 12):
            continue
        try:
            ok = phonenumbers.is_valid_number(phonenumbers.parse(m.group(), "DE"))
        except phonenumbers.NumberParseException:
            continue
        if ok:
            yield m.start(), m.end(), "PHONE", "[telefoonnummer]"


def find_phone(text: str, low: str) -> Iterator[Cand]:
    yield from _broken_phones(text, low)
    yield from _german_phones(text)
    yield from _lookalike_phones(text)
    yield from _phone_fields(text, low)
    yield from _nine_digit_phones(text, low)
    yield from _more_phones(text, low)
    for s, e, label, repl in _phones_by_pattern(text):
        if s and text[s - 1] == "(" and ")" in text[s : min(e, s + 7)]:
            s -= 1  # "(+351) 912 242 185": the bracket around the country code goes with it
        yield s, e, label, repl


_LENGTH_SLIPS = (
    phonenumbers.ValidationResult.IS_POSSIBLE,
    phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
    phonenumbers.ValidationResult.TOO_LONG,
    phonenumbers.ValidationResult.INVALID_LENGTH,
)


def _foreign_phone_fits(num: phonenumbers.PhoneNumber, digits: str) -> bool:
    """A foreign number of a real country code whose length may be off by a slip ("+40 7270 042 783", a digit too
    many): it still identifies the caller. Seven to fifteen digits in all, the most a number can have (E.164)."""
    if not 7 <= len(digits.lstrip("0")) <= 15:
        return False
    return phonenumbers.is_possible_number_with_reason(num) in _LENGTH_SLIPS


# A company's 088 number is public, but not under a key that gives one person's own line (round twenty-three, from
# fresh29c's claims handlers).
_DIRECT_KEY = re.compile(
    r"(?i:\b(?:direct|rechtstreeks|doorkies\w*|eigen[ \t]+nummer|mobiel))[ \t]*(?:nr\.?|nummer)?[ \t]*[:.]?[ \t]*$"
)


def _direct_line(text: str, start: int) -> bool:
    return _DIRECT_KEY.search(text, max(0, start - 24), start) is not None


def _valid_intl(number: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, None))
    except phonenumbers.NumberParseException:
        return False


def _phones_by_pattern(text: str) -> Iterator[Cand]:
    for rx in PHONE_RES:
        for m in rx.finditer(text):
            raw = m.group()
            if raw[:1] == "0" and (_DATE_START.match(raw) or _DATE_START.match(_SPACED_SEP.sub(r"\1", raw))):
                continue  # "02-03-2026 13:30": a date and a time, not a phone number
            digits = re.sub(r"\D", "", raw)
            if raw.startswith("+") or raw.startswith("00"):
                if digits.startswith("0031"):
                    digits = digits[2:]
                if digits.startswith("31"):
                    national = digits[2:]
                    if national.startswith("0"):
                        national = national[1:]
                    national = "0" + national
                    if _phone_ok(national) or (national.startswith("088") and _direct_line(text, m.start())):
                        yield m.start(), m.end(), "PHONE", "[telefoonnummer]"
                    continue
                intl = "+" + raw[2:].lstrip() if raw.startswith("00") else raw
                try:
                    num = phonenumbers.parse(intl.replace("(0)", ""), None)
                except phonenumbers.NumberParseException:
                    continue
                # a possible number is enough: residents mistype, and a foreign number identifies them anyway
                if phonenumbers.is_valid_number(num) or _foreign_phone_fits(num, digits):
                    yield m.start(), m.end(), "PHONE", "[telefoonnummer]"
                continue
            if raw[:1] == "(" and raw[1:2] != "0":  # "(297) 599-2453": a country code, or an area code of +1
                if any(_valid_intl(p + digits) for p in ("+", "+1")):
                    yield m.start(), m.end(), "PHONE", "[telefoonnummer]"
                continue
            if _phone_ok(digits):
                yield m.start(), m.end(), "PHONE", "[telefoonnummer]"
                continue
            if raw[:2] == "(0" and len(digits) == 9 and not digits.startswith(PUBLIC_PREFIXES):
                # "(058) 619362": a bracketed area code and six digits, as old numbers and mistyped ones are written
                # (round thirty, from fresh36c)
                yield m.start(), m.end(), "PHONE", "[telefoonnummer]"
                continue
            if digits.startswith("088") and len(digits) == 10 and _direct_line(text, m.start()):
                yield m.start(), m.end(), "PHONE", "[telefoonnummer]"  # "Direct: 088-0090359": one person's line
                continue
            try:
                num = phonenumbers.parse(raw, "NL")
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(num) and not digits.startswith(PUBLIC_PREFIXES):
                yield m.start(), m.end(), "PHONE", "[telefoonnummer]"


# ---------------------------------------------------------------- postcode
POSTCODE_RE = re.compile(r"[1-9](?<![\w\-/.,][1-9])\d{3}\s?[A-Z]{2}(?![\w\-])")  # kept for callers


# A postcode in lower or mixed case ("3509bg", "8854 lc"), only right after a house number or a cue.
# "3511 AB", "3511AB", "3511-AB", "NL-3511 AB", after a comma without a space too ("Kerkstraat 5,3511AB").
POSTCODE_ANYCASE_RE = re.compile(
    r"[1-9](?<![\w/.][1-9])(?<![\w\-/.][\-][1-9])(?<=[^\d]{0}[1-9])\d{3}(?:[ \t\u00a0]{1,2}|-)?[A-Za-z]{2}(?![\w\-])"
)
_POSTCODE_BEFORE = re.compile(
    r"(?:\d[A-Za-z]{0,3}|\d\s?-?\s?(?:[A-Za-z]{1,3}|I{1,3}|hs|bis|rood|zwart|boven|beneden|huis)|(?:postcode|pc)\s*[:=]?"
    r"|[;|\t=(])[\s,;|]{0,3}$",  # "Leeuweriklaan 213 rood, 7066 ch": a floor written out after the number
    re.I,
)


# also an XML element ("<Postcode>9959 jn</Postcode>")
# also "postcodegebied 9599 zn", "Postcode/huisnr: 5852 cb / 38", "Postcode + huisnummer: 1234 ab 12"
# "Postcode / Woonplaats: 3243 lz HEERLEN" (round fourteen)
_POSTCODE_CUE = re.compile(
    r"\b(?:postcode(?:gebied)?|pc)(?:\s*[/+&]\s*(?:(?:huis)?(?:nummer|nr|hnr)|(?:woon)?plaats)\.?)?(?:\s+(?:is|was|luidt|wordt))?"
    r"\s*(?:[:=>]|-+>?|=>|\.{2,}|…)?\s*$",
    re.I,
)
# "verhuisd naar 3956 er Etten-Leur": a postcode whose letters are a word, after "naar"/"te" and before a place
# "postcodegebied 1012 is druk": the "letters" are a lower-case word that goes on into the sentence
_LOWER_WORD_AFTER = re.compile(r"[a-z]{2}[ \t]+[a-zà-ÿ]")
_YEAR_PREP_BEFORE = re.compile(r"\b(?:in|sinds|vanaf|tot|per|na|voor|begin|eind|medio)[ \t]+$")
_LOWER_WORD_NEXT = re.compile(r"[ \t]+[a-zà-ÿ]{2,}\b")
_TO_PLACE_BEFORE = re.compile(r"\b(?:naar|te|woonachtig|adres)[ \t]+$")
_POSTCODE_PLACE_AFTER = re.compile(r"[ \t]*[,;|\t]?[ \t]*(?P<place>[A-Z][\w'\-]+(?: [A-Z][\w'\-]+)?)")


# units of measure glued to a number ("1000kg", "2500km") are quantities, not postcodes without a space
_UNITS = frozenset("kg km cm mm mg ml cl dl kw mw gw kv pk mb gb kb tb hz ha dm hl".split())
_TWO_LETTER_WORDS = frozenset("in op en te of is om na nu al ja zo af er ik je we ze u aan de".split())


# A house number ending its line or field right before: "Walnootlaan 130\n1873 ja  AMERSFOORT".
# Also in brackets after it: "Reigerstraat 187 (7146 we Amersfoort)" (round ten).
_NUMBER_LINE_BEFORE = re.compile(r"\d[A-Za-z]{0,3}(?:[ \-](?:hs|bis|I{1,3}|[A-Za-z]))?[ \t]*(?:,|\r?\n|\()[ \t]*$")
_CAPS_PLACE_AFTER = re.compile(r"[ \t]+(?P<w>[A-Z][A-Za-z'\-]{2,})(?![\w])")


def _street_number_before(text: str, start: int) -> bool:
    """A street name ending in a street word and its house number right before ``start`` ("oranjeplein 232a, ")."""
    return _STREET_NUMBER_BEFORE.search(text, max(0, start - 40), start) is not None


def _address_postcode(text: str, start: int, end: int) -> bool:
    """A postcode whose letters are a word ("1873 ja", "4541 en") in an address block: after a house number that
    ends its line or field, before a place name (also in capitals, as on envelopes)."""
    street = _street_number_before(text, start)  # "Dorpsstraat 4; 7146 we", "kastanjeplein 12b 7511 te"
    if street and text[start : start + 2] in ("19", "20") and text[start - 1] in " \t" and text[start - 2] != ",":
        street = False  # "Kerkweg 12 in 2000 en ...": a year after the address, not its postcode
    if not street and not _NUMBER_LINE_BEFORE.search(text, max(0, start - 40), start):
        return False
    if text[end - 2 : end].islower() and _lower_place_after(text, end) and street:
        return True  # "oranjeplein 232a, 5848 te enschede": all in lower case (round ten)
    m = _CAPS_PLACE_AFTER.match(text, end)
    if not m:
        return False
    w = m.group("w")
    return w.isupper() or w in PLACES_FULL or w.capitalize() in PLACES_FULL


def _place_after(text: str, pos: int) -> bool:
    m = _POSTCODE_PLACE_AFTER.match(text, pos)
    return bool(m) and (m.group("place") in PLACES_FULL or m.group("place").split()[0] in PLACES_FULL)


POSTCODE_NL_RE = re.compile(r"\bNL-(?P<pc>[1-9]\d{3}\s?[A-Za-z]{2})(?![\w\-])")


# also a field between dashes: "Jan Bakker – 111222333 – 6036 nj – 06..." (round twelve)
_FIELD_BEFORE = ("", "\n", ": ", ":\t", '"', "'", "\t", "| ", "; ", "– ", "— ")
_DASHES_BEFORE = ("– ", "— ")
_DASHES_AFTER = (" –", " —")
_FIELD_AFTER_PC = frozenset(("", "\n", '"', "'", ";", "|", "\t", ",", ")"))


def _whole_field(text: str, start: int, end: int) -> bool:
    """A value that is a field on its own: a line, a chat message, a JSON string, a table cell."""
    if text[end : end + 1] not in _FIELD_AFTER_PC and text[end : end + 2] not in (" |", " ;", "  ", " –", " —"):
        return False
    before = text[max(0, start - 2) : start]
    if (before in _DASHES_BEFORE or text[end : end + 2] in _DASHES_AFTER) and text[end - 2 : end].lower() in _UNITS:
        return False  # "Het gewicht – 1500 kg – was te veel": a quantity between dashes
    return start == 0 or text[start - 1] in "\n\"'\t" or before in _FIELD_BEFORE or before == "  "


def _comma_cell(text: str, start: int, end: int) -> bool:
    """A value between two commas of a list's row, no unit: "2. Dhr. Karakaya, 6217 hc, 11:30" (round thirty-two,
    from holdout31)."""
    return (
        text[max(0, start - 2) : start] == ", "
        and text[end : end + 1] == ","
        and text[start + 4 : start + 5] == " "
        and text[end - 2 : end].lower() not in _UNITS
    )


def _postcode_starts(text: str) -> list[int]:
    """Where a ``POSTCODE_ANYCASE_RE`` match can start: a run of exactly four digits, not led by a zero."""
    return [s for s, e in digit_runs(text) if e - s == 4 and text[s] != "0"]


# A postcode with its house number glued on, as a registration key: "3512JK12", "3512 JK-12", "3512JK12A".
_POSTCODE_NUMBER_RE = re.compile(r"[1-9](?<![\w\-/.,][1-9])\d{3} ?[A-Z]{2}-?\d{1,5}[A-Za-z]?(?![\w\-])")


_SPACE_DIGIT = re.compile(r"[ \t]+\d")
_LOWER_PLACE_AFTER = re.compile(r"[ \t]*,?[ \t]*(?P<w>[a-z][a-z'\-]{2,}(?: [a-z][a-z'\-]{2,})?)(?![\w\-])")
_LIVE_IN_BEFORE = re.compile(r"(?:woon|woont|wonen|woonde|verhuisd|verhuis|verhuizen)\s+(?:in|op|naar)\s+$")


def _lower_place_after(text: str, pos: int) -> bool:
    """A place name in lower case right after a lower-case postcode ("3512 jk utrecht")."""
    m = _LOWER_PLACE_AFTER.match(text, pos)
    if m is None:
        return False
    w = m["w"]
    return w.replace(" ", "").replace("-", "") in _PLACES_LOWER or w.split()[0] in _PLACES_LOWER


# A month and a day right before four figures make them a year: "December 18, 1876 in Kampen" (round twenty).
_MONTH_DAY_BEFORE = re.compile(r"\b(?:" + MONTHS + r")\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]*$")


# the answer to a question that asks for the postcode, opening the next turn of a chat ("Sam: En je postcode en
# geboortedatum?" / "Bezoeker: 6880 kb 19810809"; round twenty-two, from holdout21's chat and webcare threads)
_ANSWER_START = re.compile(r"[ \t]*(?:[@\w.\-]{1,30}(?:[ \t]\w{1,20})?[ \t]*:[ \t]*|[>\-–*][ \t]*)?")
_ASKS_POSTCODE = re.compile(r"\b(?:postcode|pc)\b[^\n?]{0,80}\?", re.I)


def _answers_postcode_question(text: str, low: str, s: int) -> bool:
    """``s`` opens the answer to the question asked in one of the two lines above it, and that asks for a postcode."""
    return answers_question(text, s, _ASKS_POSTCODE, lines_up=2, opening=_ANSWER_START, asked_in=low)


# Postcodes as they are said and typed along (round twenty-three, from the transcripts of fresh29d): the letters one
# by one ("8658 R X", "1766 c m") or the figures in pairs ("19 37 pr", "69 44 PP"). Taken after a postcode cue or a
# house number, or before a place name. Over the development data the first shape was otherwise only the start of
# "t.n.v." or "i.v.m." after an account or a phone number, the second also a licence plate or a phone number's tail.
_SPOKEN_POSTCODE = re.compile(
    r"(?<![\w.,\-])[1-9](?:\d{3}[ \t][A-Za-z][ \t][A-Za-z](?![\w.])|\d[ \t]\d\d[ \t]?[A-Za-z]{2}(?![\w\-]))"
)
_SPOKEN_POSTCODE_GATE = re.compile(r"\d[ \t][A-Za-z][ \t][A-Za-z]|\d\d[ \t]\d\d[ \t]?[A-Za-z]{2}")
_SPOKEN_PLACE_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:(?:ja|eh|uhm|ehm)[ \t,]+)*(?:in[ \t]+)?(?=[A-Za-z])")


def _spoken_postcodes(text: str, low: str) -> Iterator[Cand]:
    """Postcodes said letter by letter or in pairs of figures, by a cue, a house number or a place beside them."""
    if not _SPOKEN_POSTCODE_GATE.search(text):
        return
    for m in _SPOKEN_POSTCODE.finditer(text):
        one_by_one = m.group()[-2] in " \t"
        letters = (m.group()[-3] + m.group()[-1] if one_by_one else m.group()[-2:]).lower()
        if letters in _TWO_LETTER_WORDS or (letters in _UNITS and not one_by_one):
            continue
        a = _SPOKEN_PLACE_AFTER.match(text, m.end())
        place = a is not None and (_place_after(text, a.end()) or _lower_place_after(text, a.end()))
        cue = _POSTCODE_CUE.search(text, max(0, m.start() - 32), m.start()) is not None
        house = _street_number_before(text, m.start()) or _NUMBER_LINE_BEFORE.search(
            text, max(0, m.start() - 40), m.start()
        )
        if cue or (place and (house or m.group()[4] != " ")):
            yield m.start(), m.end(), "POSTCODE", "[postcode]"


def find_postcode(text: str, low: str) -> Iterator[Cand]:
    yield from _spoken_postcodes(text, low)
    for m in _matches_at(_POSTCODE_NUMBER_RE, text, _postcode_starts(text)):
        if m.group()[4:].lstrip()[:2].lower() not in _TWO_LETTER_WORDS:  # "1000 EN 12"
            yield m.start(), m.end(), "POSTCODE", "[postcode]"
    if "NL-" in text:
        for m in POSTCODE_NL_RE.finditer(text):
            yield m.start(), m.end("pc"), "POSTCODE", "[postcode]"
    for m in _matches_at(POSTCODE_ANYCASE_RE, text, _postcode_starts(text)):
        letters = m.group()[-2:].lower()
        spaced_word = letters in _TWO_LETTER_WORDS and m.group()[4] in " \t"  # "2001 is het jaar"
        if (
            "postcode" in low
            and letters not in _UNITS
            and not spaced_word
            and _answers_postcode_question(text, low, m.start())
        ):
            yield m.start(), m.end(), "POSTCODE", "[postcode]"
            continue
        if m.group()[:2] in ("18", "19", "20") and _MONTH_DAY_BEFORE.search(low, max(0, m.start() - 20), m.start()):
            continue
        if letters in _TWO_LETTER_WORDS and _SPACE_DIGIT.match(text, m.end()):
            continue  # "IN 1990 EN 1991", "3512 EN 3513": a word between two numbers
        if (
            m.group()[:2] in ("19", "20")
            and _YEAR_PREP_BEFORE.search(low, max(0, m.start() - 8), m.start())
            and _LOWER_WORD_NEXT.match(text, m.end())
            and not _lower_place_after(text, m.end())
            and not _LIVE_IN_BEFORE.search(low, max(0, m.start() - 24), m.start())
        ):
            continue  # "wie in 2024 WW ontving": a year, a scheme's abbreviation and the sentence going on
        if letters not in _TWO_LETTER_WORDS and m.group()[-2:].islower():
            if _lower_place_after(text, m.end()) or _LIVE_IN_BEFORE.search(low, max(0, m.start() - 24), m.start()):
                yield m.start(), m.end(), "POSTCODE", "[postcode]"  # "3512 jk utrecht", "ik woon in 3512 jk"
                continue
        if (
            m.group()[-2:].isupper()
            or _address_postcode(text, m.start(), m.end())
            or (
                _POSTCODE_CUE.search(text, max(0, m.start() - 32), m.start())
                and not (
                    letters in _TWO_LETTER_WORDS
                    and m.group()[4] in " \t"
                    and _LOWER_WORD_AFTER.match(text, m.end() - 2)
                )
            )
            or (
                text[m.start() + 4 : m.start() + 5] == " "
                and _TO_PLACE_BEFORE.search(low, max(0, m.start() - 16), m.start())
                and _CAPS_PLACE_AFTER.match(text, m.end())
                and _place_after(text, m.end())
            )
            or (text[m.start() - 1 : m.start()] in (",", ";", "|", "\t") and "postcode" in low)
            or (
                (m.group()[-2:].lower() not in _TWO_LETTER_WORDS or "postcode" in low)
                and (_whole_field(text, m.start(), m.end()) or _comma_cell(text, m.start(), m.end()))
            )
            or (
                (
                    len(m.group()) == 6
                    and m.group()[-2:].lower() not in _TWO_LETTER_WORDS
                    and m.group()[-2:] not in _UNITS
                )
                or (
                    m.group()[-2:].lower() not in _TWO_LETTER_WORDS
                    or m.group()[4] != " "
                    or text[max(0, m.start() - 1) : m.start()] in (";", "|", "\t")
                )
                and (_POSTCODE_BEFORE.search(text, max(0, m.start() - 16), m.start()) or _place_after(text, m.end()))
            )
        ):
            yield m.start(), m.end(), "POSTCODE", "[postcode]"


# ---------------------------------------------------------------- licence plate
PLATE_DASH_RE = re.compile(
    r"[A-Za-z0-9](?<![\w\-][A-Za-z0-9])([A-Za-z0-9]{0,2})-([A-Za-z0-9]{1,3})-([A-Za-z0-9]{1,3})(?![\w\-])"
)
PLATE_CUE_WORDS_EXTRA = ("nummerplaat", "taxi", "vrachtauto", "motorfiets", "aanhangwagen", "personenauto")
PLATE_CUE_WORDS = (
    "kenteken",
    "auto",
    "wagen",
    "voertuig",
    "nummerbord",
    "bus",
    "scooter",
    "brommer",
    "motor",
    "aanhanger",
    "caravan",
    "camper",
)
# plurals too: "busjes (PO 0BG62)", "Voertuigen voor de deur: CJ 86 AUM" (round thirty-one, from holdout30)
PLATE_CUE = re.compile(
    r"\b(?:kenteken\w*|auto|wagen|voertuig|nummerbord|bus|bestelbus|busje|scooter|"
    r"brommer|motor|aanhanger|caravan|camper|vrachtwagen|bestelauto|nummerplaat|taxi|vrachtauto|motorfiets|"
    r"aanhangwagen|personenauto|auto's|plaat|busjes|bestelbusjes|bussen|bestelbussen|voertuigen|wagens|"
    r"vrachtwagens|bestelauto's|personenauto's|taxi's|scooters|campers|caravans|aanhangers|nummerborden|"
    r"nummerplaten)\b"
)
PLATE_BARE_RE = re.compile(r"[A-Z0-9](?<![\w\-][A-Z0-9])[A-Z0-9]{5}(?![\w\-])")
_DIGITS_RE = re.compile(r"\d\d*")  # a class first (not a repeat): the engine skips to a digit
PLATE_SPACED_RE = re.compile(r"[A-Z0-9](?<![\w\-][A-Z0-9])[A-Z0-9]{0,2} [A-Z0-9]{1,3} [A-Z0-9]{1,3}(?![\w\-])")
# Dutch sidecodes as letter (L) / digit (D) group shapes.
SIDECODES = {
    "LL-DD-DD",
    "DD-DD-LL",
    "DD-LL-DD",
    "LL-DD-LL",
    "LL-LL-DD",
    "DD-LL-LL",
    "DD-LLL-D",
    "D-LLL-DD",
    "LL-DDD-L",
    "L-DDD-LL",
    "LLL-DD-L",
    "D-LL-DDD",
    "DDD-LL-D",
    "L-DD-LLL",
    "LLL-D-LL",
    "LL-D-LLL",
}


def _shape(groups: list[str]) -> str:
    return "-".join("".join("D" if c.isdigit() else "L" for c in g) for g in groups)


def _bare_shapes(s: str) -> bool:
    for code in SIDECODES:
        parts = code.split("-")
        i, groups = 0, []
        for p in parts:
            groups.append(s[i : i + len(p)])
            i += len(p)
        if _shape(groups) == code:
            return True
    return False


_DASH_PAIR = re.compile(r"-[A-Za-z0-9]{1,3}-[A-Za-z0-9]")


# A plate with its groups set off by spaced dashes or full stops: "JP - 01 - 42", "LP.21.JJ", "63.TXL.1" (round
# twelve, from the blind records corpus fresh14c). In capitals and Dutch plate letters only, a sidecode's shape.
_PLATE_SPACED_DASH = re.compile(
    r"(?<![\w\-.])(?P<a>[A-Z0-9]{1,3})(?P<s> - |\.)(?P<b>[A-Z0-9]{1,3})(?P=s)(?P<c>[A-Z0-9]{1,3})(?![\w\-]|\.\w)"
)


def _spaced_plates(text: str) -> Iterator[Cand]:
    for m in _PLATE_SPACED_DASH.finditer(text):
        groups = [m["a"], m["b"], m["c"]]
        if sum(map(len, groups)) == 6 and _shape(groups) in SIDECODES and _plate_letters("".join(groups)):
            yield m.start(), m.end(), "LICENSE_PLATE", "[kenteken]"


def _plate_matches(text: str):
    """Plate-shaped matches, searched only around "x-yy-z" dash pairs (dashes are rare)."""
    last_end = -1
    for d in _DASH_PAIR.finditer(text):
        p = d.start()
        for q in (p - 3, p - 2, p - 1):
            if q < 0 or q < last_end:
                continue
            m = PLATE_DASH_RE.match(text, q)
            if m:
                last_end = m.end()
                yield m
                break


def _glued_lower_plate(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` is "12bdx3": lower case, a sidecode not starting with four digits ("1000kg"), plate letters."""
    g = text[a:b]
    return (
        len(g) == 6
        and g.islower()
        and (a == 0 or text[a - 1] != "-")
        and text[b : b + 1] != "-"
        and _bare_shapes(g.upper())
        and _plate_letters(g)
        and not g[:4].isdigit()
    )


def _spaced_plate(g: str) -> bool:
    """``g`` is "12 BDX 3" or "XR 51 34": upper case, a sidecode and plate letters only."""
    s = g.replace(" ", "")
    return len(s) == 6 and not s.isdigit() and not s.isalpha() and _bare_shapes(s) and _plate_letters(s)


def _spaced_neighbour(text: str, a: int, b: int) -> bool:
    """The capitals and digits around the run ``text[a:b]`` form a group of at most three, with another such group
    a single space before or after it: what every ``PLATE_SPACED_RE`` match holding the run has ("12 BDX 3")."""
    s, e = a, b
    while s > 0 and text[s - 1] in _CAPS_DIGITS:
        s -= 1
    while e < len(text) and text[e] in _CAPS_DIGITS:
        e += 1
    if e - s > 3:
        return False
    return (s >= 2 and text[s - 1] == " " and text[s - 2] in _CAPS_DIGITS) or (
        text[e : e + 1] == " " and text[e + 1 : e + 2] in _CAPS_DIGITS
    )


def _plates_from_digits(text: str) -> Iterator[Cand]:
    """Plates without dashes and without a cue, found from their digit groups (digits are rare, letters are not):
    glued in lower case ("12bdx3") or spaced in capitals ("12 BDX 3", "XR 51 34")."""
    n, last = len(text), -1
    for a, b in digit_runs(text):
        if a < last or b - a > 3:
            continue
        before, after = text[a - 1 : a], text[b : b + 1]
        if ("a" <= before <= "z") or ("a" <= after <= "z"):
            s, e = a, b
            while s > 0 and text[s - 1].isalnum():
                s -= 1
            while e < n and text[e].isalnum():
                e += 1
            last = e
            if _glued_lower_plate(text, s, e):
                yield s, e, "LICENSE_PLATE", "[kenteken]"
            continue
        if (before == " " or after == " ") and _spaced_neighbour(text, a, b):
            # the first plate-shaped match starting at most 8 before the digits that reaches them; a match is at
            # most 11 long, so the scan can stop a few characters on (its look-ahead still sees the next one)
            q, stop = max(0, a - 8), a + 13
            while (m := PLATE_SPACED_RE.search(text, q, stop)) is not None and m.start() <= a:
                if m.end() > a:
                    if _spaced_plate(m.group()):
                        last = m.end()
                        yield m.start(), m.end(), "LICENSE_PLATE", "[kenteken]"
                    break
                q = m.start() + 1


_CAPS_DIGITS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _plate_bare_starts(text: str) -> list[int]:
    """Where a ``PLATE_BARE_RE`` match holding a digit can start: at the first of the capitals and digits around a
    run of digits (a match is a whole word of six; one without a digit is never a plate)."""
    out = []
    for s, _e in digit_runs(text):
        q = s
        while q > 0 and s - q < 6 and text[q - 1] in _CAPS_DIGITS:
            q -= 1
        if not out or out[-1] != q:
            out.append(q)
    return out


# The cue words as substrings: "vrachtauto", "personenauto", "motorfiets" and "aanhangwagen" hold "auto", "motor" and
# "wagen", so they need no test of their own.
_PLATE_CUE_SUBSTRINGS = tuple(
    w for w in (*PLATE_CUE_WORDS, *PLATE_CUE_WORDS_EXTRA) if not any(v != w and v in w for v in PLATE_CUE_WORDS)
)


def _has_plate_cue(low: str) -> bool:
    """``any(w in low for w in PLATE_CUE_WORDS + PLATE_CUE_WORDS_EXTRA)``: a vehicle word anywhere in the text."""
    for w in _PLATE_CUE_SUBSTRINGS:
        if w in low:
            return True
    return False


_NL_PLATE = re.compile(r"(?<![\w\-])NL-(?P<p>[A-Za-z0-9]{1,3}-[A-Za-z0-9]{1,3}-[A-Za-z0-9]{1,3})(?![\w\-])")
_BE_PLATE = re.compile(r"[1-9](?<![\w\-][1-9])(?:-[A-Za-z]{3}-|[A-Za-z]{3})\d{3}(?![\w\-])")


# Plates of other countries in capitals: Turkish (province number, one to three letters, two to four digits) and Polish
# (two or three district letters, four or five characters); since round thirty-one (from holdout30's labour
# migrants) Bulgarian ("CA 0613 TU"), Romanian ("B 940 RAF", "CJ 86 AUM"), Czech ("8K2 8425") and Baltic
# ("PHC 834") ones.
_ABROAD_PLATE = re.compile(
    r"(?<![\w\-])(?:(?:0[1-9]|[1-7]\d|8[01])[ \t]?[A-Z]{1,3}[ \t]?\d{2,4}|[A-Z]{1,2}[ \t]\d{4}[ \t][A-Z]{2}"
    r"|[A-Z]{1,2}[ \t]\d{2,3}[ \t][A-Z]{3}|[A-Z]{2,3}[ \t]\d[0-9A-Z]{3,4}|\d[A-Z]\d[ \t]\d{4}"
    r"|(?!EUR|USD|GBP|CHF|PLN|RON|BGN|CZK|HUF|SEK|NOK|DKK|TRY)[A-Z]{3}[ \t]\d{3})"
    r"(?![\w\-]|[,.]\d)"  # not an amount: "EUR 996,95"
)


_OTHER_PLATE_SHAPE = re.compile(r"[A-Z]{2}-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-[A-Z]{2}|[A-Z]{2}-\d{2}-[A-Z]{3}")


# What parts the plates of a list: "NS-701-P, 7Y0 6932, PB 5782 UV en UBP 877".
_PLATE_LIST_GLUE = re.compile(r"[ \t]*(?:[,;/][ \t]*(?:en[ \t]+|of[ \t]+)?|[ \t]+(?:en|of)[ \t]+)")


def find_plate(text: str, low: str) -> Iterator[Cand]:
    """Licence plates: Dutch sidecodes anywhere, other shapes after a vehicle word or in a list of found plates."""
    found = list(_find_plate(text, low))
    yield from found
    if not found or not _has_plate_cue(low):
        return
    # a foreign plate listed after a found one, however far from the vehicle word (round thirty-one, holdout30)
    ends = {e for _s, e, _l, _r in found}
    for m in _ABROAD_PLATE.finditer(text):
        g = _PLATE_LIST_GLUE.match(text, _back_to_plate_end(text, m.start(), ends))
        if g is not None and g.end() == m.start() and g.end() > g.start():
            ends.add(m.end())
            yield m.start(), m.end(), "LICENSE_PLATE", "[kenteken]"


def _back_to_plate_end(text: str, p: int, ends: set[int]) -> int:
    """The end of a found plate that the separator before ``p`` follows, or ``p`` (then nothing glues)."""
    for q in range(p - 1, max(-1, p - 9), -1):
        if q in ends:
            return q
    return p


def _find_plate(text: str, low: str) -> Iterator[Cand]:
    has_cue = _has_plate_cue(low)
    if "-" in text:
        for m in _plate_matches(text):
            g = m.group()
            groups = g.upper().split("-")
            if _shape(groups) in SIDECODES and (
                g.upper() == g
                or _plate_letters(g)
                or (has_cue and PLATE_CUE.search(low, max(0, m.start() - 40), m.start()))
            ):
                yield m.start(), m.end(), "LICENSE_PLATE", "[kenteken]"
            elif _OTHER_PLATE_SHAPE.fullmatch(g) and (
                _plate_letters(g) or (has_cue and PLATE_CUE.search(low, max(0, m.start() - 40), m.start()))
            ):
                # "RH-867-GT": two letters, three figures, two letters, a plate of no Dutch sidecode (a foreign or a
                # personalised one), in capitals (round eighteen, from the blind public-space corpus fresh24c)
                yield m.start(), m.end(), "LICENSE_PLATE", "[kenteken]"
    # "12BDX3" without a cue: upper case, a Dutch sidecode and plate letters only
    for m in _matches_at(PLATE_BARE_RE, text, _plate_bare_starts(text)):  # a digit among its six
        g = m.group()
        if (
            g[:4].isdigit()
            and g[0] != "0"
            and (not has_cue or _POSTCODE_CUE.search(text, max(0, m.start() - 20), m.start()))
        ):
            continue  # "7321KP" without a vehicle word or under a postcode key: a postcode (its finder takes it)
        if not g.isdigit() and not g.isalpha() and _bare_shapes(g) and _plate_letters(g):
            yield m.start(), m.end(), "LICENSE_PLATE", "[kenteken]"
    yield from _plates_from_digits(text)
    # a British plate, two letters, two figures and three letters, anywhere: "LB40 ZKJ", "GS96RBN" (round
    # twenty-three, from fresh29c; over the development data the shape was nothing else)
    for s, e in digit_runs(text):
        m = _UK_PLATE.match(text, max(0, s - 2)) if e - s == 2 else None
        if m is not None and m.start() == s - 2:
            yield m.start(), m.end(), "LICENSE_PLATE", "[kenteken]"
    if " - " in text or "." in text:
        yield from _spaced_plates(text)
    if "NL-" in text:  # "NL-45-TZ-88": the country letters glued on with a dash
        for m in _NL_PLATE.finditer(text):
            if _shape(m["p"].upper().split("-")) in SIDECODES:
                yield m.start("p"), m.end("p"), "LICENSE_PLATE", "[kenteken]"
    if "-" in text or has_cue:
        # a Belgian plate "1-ABC-234" (upper case, or any case after a vehicle word); "1ABC234" after a vehicle word
        for m in _BE_PLATE.finditer(text):
            g = m.group()
            if (g.isupper() and "-" in g) or (has_cue and PLATE_CUE.search(low, max(0, m.start() - 40), m.start())):
                yield m.start(), m.end(), "LICENSE_PLATE", "[kenteken]"
    # a German plate with a dash after a parking charge or fine: "naheffingsaanslag voor HS-HF 7564" (round thirty)
    if "naheffing" in low or "parkeer" in low or "bekeuring" in low:
        for m in _DE_PLATE.finditer(text):
            if "-" in m.group() and _PARKING_CUE.search(low, max(0, m.start() - 40), m.start()):
                yield m.start(), m.end(), "LICENSE_PLATE", "[kenteken]"
    # "12 ABC 3", "12abc3": plates without dashes, in any case, after a vehicle word
    if not has_cue:
        return
    # a German plate after a vehicle word: district, letters and digits, "B-AB 1234", "KLE-X 99E" (round ten)
    for m in _DE_PLATE.finditer(text):
        if PLATE_CUE.search(low, max(0, m.start() - 40), m.start()):
            yield m.start(), m.end(), "LICENSE_PLATE", "[kenteken]"
    # a Turkish or Polish plate after a vehicle word: "auto 34 ABC 123", "kenteken WPX 10374" (round thirteen)
    for m in _ABROAD_PLATE.finditer(text):
        if PLATE_CUE.search(low, max(0, m.start() - 30), m.start()):
            yield m.start(), m.end(), "LICENSE_PLATE", "[kenteken]"
    for cue in PLATE_CUE.finditer(low):
        window_end = min(len(text), cue.end() + 40)
        for m in PLATE_LOOSE_RE.finditer(text, cue.end(), window_end):
            g = m.group("p")
            if m.end("p") > window_end + 10:
                continue
            s = re.sub(r"[ .]", "", g).upper()
            spaced = " " in g or "." in g
            if spaced and not _plate_letters(g) and any(x.isalpha() and not x.isupper() for x in re.split(r"[ .]", g)):
                continue  # "en IP 10": words, not a plate
            if g.islower() and g[:4].isdigit():
                continue  # "1000kg", "2500km": a quantity and its unit
            if g[:4].isdigit() and _POSTCODE_CUE.search(text, max(0, m.start() - 20), m.start()):
                continue  # "Kenteken ...⏎Postcode<TAB>1573KM": a postcode under its own key
            if len(s) == 6 and not s.isdigit() and not s.isalpha() and _bare_shapes(s):
                yield m.start("p"), m.end("p"), "LICENSE_PLATE", "[kenteken]"


_UK_PLATE = re.compile(r"(?<![\w\-])[A-Z]{2}\d{2} ?[A-Z]{3}(?![\w\-])")
_DE_PLATE = re.compile(r"(?<![\w\-])[A-ZÄÖÜ]{1,3}[\- ][A-Z]{1,2}[ \-]?[1-9]\d{0,3}[EH]?(?![\w\-])")
_PARKING_CUE = re.compile(r"\b(?:naheffing\w*|parkeer\w*|bekeuring\w*)\b")


# Dutch plates since 1978 use no vowels (and no C, M, Q, W, Y): a strong sign in lower case too.
_PLATE_LETTERS = frozenset("BDFGHJKLNPRSTVXZ")


def _plate_letters(g: str) -> bool:
    letters = [c for c in g.upper() if c.isalpha()]
    return bool(letters) and all(c in _PLATE_LETTERS for c in letters)


# overlapping candidates (a lookahead), so "met 12 ABC 3" still tries "12 ABC 3"
PLATE_LOOSE_RE = re.compile(
    r"(?<![\w\-])(?=(?P<p>[A-Za-z0-9]{6}|[A-Za-z0-9]{1,3}[ .][A-Za-z0-9]{1,3}[ .][A-Za-z0-9]{1,3})(?![\w\-]))"
)


# ---------------------------------------------------------------- case numbers
CASE_WORDS = frozenset(
    """
kenmerk zaaknummer zaaknr zaak dossiernummer dossiernr dossier klantnummer klantnr cliëntnummer
clientnummer relatienummer referentienummer referentie ref registratienummer registratienr
aanvraagnummer meldingsnummer meldingnummer meldnummer ticketnummer ticket factuurnummer aanslagnummer
beschikkingsnummer polisnummer contractnummer huurcontractnummer volgnummer verzoeknummer bezwaarnummer
klachtnummer documentnummer nr kenmerknummer subsidienummer vergunningnummer
vergunningsnummer pasnummer cjib-nummer cjibnummer betalingskenmerk debiteurnummer debiteurennummer
huurdernummer lidnummer abonneenummer werknemersnummer personeelsnummer zaak-id dossier-id
""".split()
)
# Weaker cues: the number after them must have 5+ digits or mix letters and digits ("melding Z-123456").
CASE_WEAK_WORDS = frozenset(
    {
        "melding",
        "aanvraag",
        "verzoek",
        "bezwaar",
        "klacht",
        "zaak",
        "brief",
        "beschikking",
        "aanslag",
        "factuur",
        "nummer",
        "onder",
        "registratie",
        "uw",
        "ons",
        "code",
    }
)
CASE_FILLER = frozenset({"is", "was", "luidt", ":", "#", "nr", "nr.", "nummer", "no", "no.", "met", "onder"})
# A token with at least one digit, starting with an upper-case letter or a digit.
CASE_TOKEN = re.compile(r"[A-Z0-9](?<![\w/\-.][A-Z0-9])(?=[A-Za-z0-9/\-._]*\d)[A-Za-z0-9]*(?:[/\-._][A-Za-z0-9]+)*")
_THREE_DIGITS = re.compile(r"(?:\D*\d){3}")
_FIVE_DIGITS = re.compile(r"(?:\D*\d){5}")
_YEARISH = re.compile(r"(?:19|20)\d\d(?:[\-/](?:19|20)?\d\d)?")
# One leading character class for all shapes, so the engine skips ahead to a capital or a 1/2 (an alternation of
# shapes that each start with a class is tried at every position); the shapes are then tried in their order.
CASE_SHAPES = re.compile(
    r"[A-Z12](?:(?<=[A-Z])(?<![\w\-/][A-Z])"
    r"(?:[A-Z]{0,5}[\-/.]?\d{2,4}[\-/.]\d{3,8}(?:[\-/.][A-Z0-9]{1,6}|[A-Za-z])?(?![\w\-/])"
    r"|[A-Z]{0,4}\d{5,12}(?![\w\-/])"
    r"|[A-Z]{0,5}[\-/]\d{5,10}(?![\w\-/]))"
    r"|(?<=[12])(?<![\w\-/][12])(?:(?<=1)9|(?<=2)0)\d{2}[/\-](?!(?:19|20)\d{2}(?!\d))\d{3,8}(?![\w\-/]))"
)
# Rarer notations, each scanned only when a cheap test finds its shape in the text.
CASE_EXTRA = (
    # "ZK 21-001234"
    (
        re.compile(r"[A-Z]{2} \d\d"),
        re.compile(r"[A-Z](?<![\w\-/][A-Z])[A-Z]{1,4}(?<!EUR)(?<!USD)(?<!GBP) \d{2,4}[\-/.]\d{3,8}(?![\w\-/]|[.,]\d)"),
    ),
    # "2021.12345" (a comma after it may start the next field of a record, not only decimals)
    (
        re.compile(r"\d\.\d{4}"),
        re.compile(r"[12](?<![\w\-/.][12])(?:(?<=1)9|(?<=2)0)\d{2}\.\d{4,8}(?![\w\-/]|\.\d|,\d{1,2}(?!\d))"),
    ),
    # "ZK 2021 4471": letters, a year and a number, separated by spaces
    (
        re.compile(r"[A-Z] (?:19|20)\d\d \d"),
        re.compile(
            r"[A-Z](?<![\w\-/][A-Z])[A-Z]{0,3}(?<!EUR)(?<!USD) (?:19|20)\d\d \d{3,8}"
            r"(?![\w\-/]|\.\d|,\d{1,2}(?!\d))"
        ),
    ),
    # "2023-WB-1187", "2026/TK/1781": a year, letters and a number
    (
        re.compile(r"\d[\-/][A-Z]{1,4}[\-/]\d"),
        re.compile(r"(?<![\w\-/.])(?:19|20)\d\d(?P<sep>[\-/])[A-Z]{1,4}(?P=sep)\d{3,8}(?![\w\-/])"),
    ),
    # "17/2290/KT": numbers and closing letters between slashes
    (re.compile(r"\d/[A-Z]{1,4}\b"), re.compile(r"(?<![\w\-/.])\d{1,4}/\d{3,8}/[A-Z]{1,4}(?![\w\-/])")),
    # "12345/2021"
    (re.compile(r"\d/(?:19|20)\d\d"), re.compile(r"\d(?<![\w\-/.,]\d)\d{3,7}/(?:19|20)\d{2}(?![\w\-/]|[.,]\d)")),
    # "#123456"
    (re.compile(r"#\d"), re.compile(r"#\d{5,12}(?!\d)")),
    # "#A5652-24": letters, digits and a year after the sign (round twelve)
    (re.compile(r"#[A-Z]"), re.compile(r"#[A-Z]{1,4}\d{3,10}(?:[\-/.]\d{2,6})?(?![\w\-/])")),
    # "26.8060.WMO": a year, a number and a scheme's letters between full stops (round twelve)
    (re.compile(r"\d\.[A-Z]{2}"), re.compile(r"(?<![\w\-/.])\d{2}\.\d{3,6}\.[A-Z]{2,5}(?![\w\-/]|\.\w)")),
    # "SHV-2026-09-2596": letters, a year, a month and a number (round twelve)
    (
        re.compile(r"\d-\d\d-\d{3}"),
        re.compile(r"[A-Z](?<![\w\-/][A-Z])[A-Z]{0,4}-(?:19|20)\d\d-\d{1,2}-\d{3,6}(?![\w\-/]|[.,]\d)"),
    ),
    # "OB-065-26", "LLV-4028/25": letters, a number and a two-digit year; three digits in the middle, so no licence
    # plate (round twelve)
    (
        re.compile(r"[A-Z]-\d{3,4}[\-/]\d\d(?!\d)"),
        re.compile(r"[A-Z](?<![\w\-/][A-Z])[A-Z]{0,4}-\d{3,4}[\-/]\d{2}(?![\w\-/]|[.,]\d)"),
    ),
    # "2025.57.8756": a year, a short number and a long one between full stops (round twelve)
    (
        re.compile(r"\d\.\d{1,3}\.\d{3}"),
        re.compile(r"(?<![\w\-/.])(?:19|20)\d\d\.\d{1,3}\.\d{3,8}(?![\w\-/]|\.\d|,\d{1,2}(?!\d))"),
    ),
)
# The gates above in one scan led by a digit (digits are rare, capitals are not): "2021.12345", "2023-WB-1",
# "17/2290/KT", "12345/2021", "ZK 21-0012" (two capitals before the digits), "ZK 2021 4471" (a capital before).
_CASE_EXTRA_ANY = re.compile(
    r"\d(?:\.\d{4}|[\-/][A-Z]{1,4}[\-/]\d|/[A-Z]{1,4}\b|/(?:19|20)\d\d|(?<=-\d\d\d)[\-/]\d\d(?!\d)|(?<=-\d{4})[\-/]\d\d(?!\d)"
    r"|\.[A-Z]{2}|(?<=\d\d\d\d-\d\d)-\d{3}|(?<=\d\d\d\d-\d)-\d{3}"
    r"|(?<=\d\d\d\d\.\d)\.\d{3}|(?<=\d\d\d\d\.\d\d)\.\d{3}|(?<=\d\d\d\d\.\d\d\d)\.\d{3}"
    r"|(?<=[A-Z][A-Z] \d)\d|(?<=[A-Z] 1)9\d\d \d|(?<=[A-Z] 2)0\d\d \d)"
)
# lower-case prefixes: "zk-2023-001234", "bz/23/4567" (found from the digits, then the prefix is checked)
_CASE_TAIL = re.compile(r"[\-/.]\d{2,4}[\-/.]\d{3,8}(?![\w\-/])")
_LOWER_PREFIX = re.compile(r"(?<![\w\-/])(?:[a-z]{1,5}|[A-Z][a-z]{1,4})$")
_GLUED_TAIL = re.compile(r"[a-z]{2,5}\d{2,4}[\-/.]\d{3,8}")
_LOWER_DIGIT = re.compile(r"\d(?<=[a-z]\d)")  # led by the digit: digits are rare, letters are not
# "\d+(?:[-/.]?\d+)*" matched the same but split a long digit run in every possible way before failing (seconds for
# "jz" and 25 digits glued to a word): the separator is no longer optional.
_CASE_LOWER_GLUED = re.compile(r"(?<![\w\-/])[a-z]{1,5}\d+(?:[\-/.]\d+)*(?![\w\-/]|[.,]\d)")


_DATE_TOKEN = re.compile(
    r"(?:0?[1-9]|[12]\d|3[01])([\-/.])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d"
)


_DAY_MONTH = re.compile(r"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])")


# A default for keys (round twenty-three, from fresh29a): a compound of "nummer" or "nr" is a case cue unless it names
# something else. Over the development data such compounds were followed by 7,311 case numbers; the other values
# (about 700) stood after the keys below (a house, a phone, a shirt, a chip, a colleague, a mast), or were bank
# accounts, citizen service numbers and phone numbers under keys that their own finders read. A shop's order, article
# or tracking number is no case number either (round ten).
_NOT_CASE_KEY_HEADS = tuple(
    """
    huis telefoon doorkies terugbel nood rug chip personeels tolk ligplaats identificatie dienst
    handhavers mast frame antwoord kenteken rekening burgerservice sofi persoons fax mobiel gsm whatsapp
    bel bus lijn versie artikel pagina serie kvk btw postbus paspoort rijbewijs id-kaart bsn iban pin
    kamer bank giro lantaarn paal perceel kavel standplaats box bed rij stoel stembureau lot vak baan
    bestel order product model type onderdeel track zending verzend pakket ean isbn
    """.split()
)


def _compound_case_key(word: str) -> bool:
    """A key such as "reserveringsnummer" or "boekingsnr" that no list names, not one of another thing's number."""
    for tail in ("nummer", "nr"):
        if word.endswith(tail) and len(word) >= len(tail) + 3:
            head = word[: -len(tail)].rstrip("-")
            other = head.endswith(_NOT_CASE_KEY_HEADS) or (head[-1:] == "s" and head[:-1].endswith(_NOT_CASE_KEY_HEADS))
            return head.isalpha() and not other
    return False


def _case_cue(before: str) -> int:
    """2 for a strong cue ("kenmerk"), 1 for a weak one ("melding"), 0 for none."""
    words = before.lower().split()[-4:]
    popped_number = False
    while words and (words[-1] in CASE_FILLER or words[-1].strip(":#.") == ""):
        popped_number = popped_number or words[-1].rstrip(":#.") in ("nummer", "nr", "no")
        words.pop()
    last = words[-1].rstrip(":#.,").lstrip("([") if words else ""
    if last in CASE_WORDS or _compound_case_key(last):
        return 2
    # a member's number and a pass's ("lid 27.5403", "stadspas 6307.976.235"), not the badge at a desk ("pas 31")
    card = last == "lid" or (last.endswith("pas") and len(last) > 5 and last != "kompas")
    return 1 if last in CASE_WEAK_WORDS or popped_number or card else 0  # "onder nummer 2021.12345"


# public service numbers: 0800/090x numbers, 088 numbers, "14 020" (14 and an area code), 112
_PUBLIC_NO = re.compile(r"(?:0800|090\d)(?:[\-. ]?\d){4,7}|088(?:[\-. ]?\d){7}|14[\-. ]?0(?:[\-. ]?\d){2,3}|112")
_DIGIT_RUN = re.compile(r"\d\d+")  # a class first: a fast scan
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/-._")


def _case_tokens(text: str):
    """Tokens around runs of 2+ digits, grown over letters, digits and / - . _ (cheaper than a full scan)."""
    last_end = -1
    n = len(text)
    for d_start, d_end in digit_runs(text):
        if d_end - d_start < 2 or d_start < last_end:
            continue
        s = d_start
        while s > 0 and text[s - 1] in _TOKEN_CHARS:
            s -= 1
        e = d_end
        while e < n and text[e] in _TOKEN_CHARS:
            e += 1
        last_end = e
        m = CASE_TOKEN.match(text, s)
        while m is None and s < d_start:
            s += 1
            m = CASE_TOKEN.match(text, s)
        if m is not None and m.end() >= d_end:
            yield m


_SPACED_CUES = (
    "kenmerk",
    "zaak",
    "dossier",
    "referentie",
    "melding",
    "nummer",
    "nr",
    "aanvraag",
    "ref",
    "verzoek",
    "pas",
    "lid",
)
_SPACED_DIGITS = re.compile(r"\d (?:\d|[a-z]{1,3}\d)")  # led by one class, so the engine skips to a digit
CASE_SPACED_RE = re.compile(
    r"\b(?:kenmerk|zaaknummer|zaaknr|zaak|dossiernummer|dossiernr|dossier|referentienummer|referentie|ref|"
    r"klantnummer|registratienummer|aanvraagnummer|meldingsnummer|volgnummer|melding|aanvraag|nummer|nr"
    # "beschikkingsnummer cjib: 1234 5678", "stadspas 2916 3914 1613"
    r"|[a-z]{3,}(?:nummer|nr)(?: [a-z]{2,5}(?=\s*:))?|[a-z]{3,}verzoek|[a-z]{3,}pas|lid)"
    r"(?![a-z])"  # the whole word: "dossier" is no cue inside "dossiernummer 25/KL/6889" (round ten)
    # a word naming what the reference is of, before a colon: "Kenmerk besluit: MO 26 47055" (round twenty-eight)
    r"(?:[ \t][a-z]{3,12}(?=[ \t]*:))?"
    r"\.?\s*[:#]?\s*(?:(?:is|was|luidt)\s+)?"
    r"(?P<n>[a-z0-9]{1,6}(?: [a-z]{0,3}\d[a-z0-9\-/.]{0,10}){1,3})(?![\w\-/])"
)


_SPACED_NOT_LEAD = frozenset(("op", "van", "per", "tot", "sinds", "om", "te", "in", "de", "het", "een", "en", "vanaf"))


# A bare number of six to ten digits opening a numbered item before a dash ("4) 7114993 — mw. X — Bbz"), or as
# a field of a client line after the name ("Cliënt: Brinkman, G., 8738510"): a case or client number.
CASE_ITEM_RE = re.compile(r"(?m)^[ \t]*\d{1,2}[).][ \t]+(?P<n>[1-9]\d{5,9})(?=[ \t]+[—–-][ \t])")
CASE_CLIENT_FIELD_RE = re.compile(
    r"(?im)^[ \t]*(?:cliënt|client|klant|aanvrager|betrokkene|dossier)[ \t]*:"
    r"[^\n]*?,[ \t]*(?P<n>[1-9]\d{5,7})(?=[ \t]*$)"
)


_CAPS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _case_shape_starts(text: str) -> list[int]:
    """Where a ``CASE_SHAPES`` match can start: the first of up to six capitals before a run of digits (a hyphen,
    slash or full stop may stand between them), and the run's first digit ("2023/1234")."""
    out = []
    for s, _e in digit_runs(text):
        q = s - 1 if s and text[s - 1] in "-/." else s
        stop = max(0, q - 6)
        while q > stop and text[q - 1] in _CAPS:
            q -= 1
        if q < s and text[q] in _CAPS:
            out.append(q)
        out.append(s)
    return out


def _long_run(text: str, runs: list[tuple[int, int]], most: int, before: str) -> bool:
    """A run of six to ``most`` digits, not led by a zero, right after one of the characters ``before``: what every
    ``CASE_ITEM_RE`` (10, a space or tab) and ``CASE_CLIENT_FIELD_RE`` (8, a comma, space or tab) match holds."""
    return any(6 <= e - s <= most and "1" <= text[s] <= "9" and s and text[s - 1] in before for s, e in runs)


def _case_tail_starts(text: str) -> list[int]:
    """Where a ``_CASE_TAIL`` match can start: the hyphen, slash or full stop right before a run of digits."""
    return [s - 1 for s, _e in digit_runs(text) if s and text[s - 1] in "-/."]


def _case_extra_any(text: str) -> bool:
    """``_CASE_EXTRA_ANY.search(text)``, tried only where a match can start: the last digit of a run that a full
    stop, hyphen or slash ends, or the first digit of a run after a capital and a space."""
    for s, e in digit_runs(text):
        if text[e : e + 1] in _CASE_EXTRA_AFTER and _CASE_EXTRA_ANY.match(text, e - 1):
            return True
        if s >= 2 and text[s - 1] == " " and "A" <= text[s - 2] <= "Z" and _CASE_EXTRA_ANY.match(text, s):
            return True
    return False


_CASE_EXTRA_AFTER = frozenset("./-")


def _spaced_digits(text: str, low: str) -> bool:
    """``_SPACED_DIGITS.search(low)``, tried only at the last digit of a run that a space ends (``low`` has the
    digits of ``text`` at the same offsets)."""
    if len(low) != len(text):
        return _SPACED_DIGITS.search(low) is not None
    return any(low[e : e + 1] == " " and _SPACED_DIGITS.match(low, e - 1) for _s, e in digit_runs(text))


_LETTERS_SPACE = re.compile(r"[A-Za-z]{2,6}[ .:]+")


# The number of a public document: "raadsvoorstel 2026-014", "Motie 2025/112", "Stb. 2019, 459" (round eight).
_PUBLIC_DOC_BEFORE = re.compile(
    r"(?i)(?:raadsvoorstel|raadsbesluit|raadsbrief|raadsinformatiebrief|collegebesluit|motie|amendement|"
    r"verordening|kamerstuk(?:ken)?|stb\.?|staatsblad|stcrt\.?|staatscourant|gemeenteblad|wetsvoorstel)"
    r"[ \t]*(?:nr\.?|nummer)?[ \t:]*$"
)


def public_document_number(text: str, start: int) -> bool:
    """A number at ``start`` names a public document (see ``_PUBLIC_DOC_BEFORE``)."""
    return (
        start > 4
        and text[start - 1] in " \t:"
        and _PUBLIC_DOC_BEFORE.search(text, max(0, start - 40), start) is not None
    )


def find_case(text: str, low: str) -> Iterator[Cand]:
    for c in _find_case(text, low):
        lead = _LETTERS_SPACE.match(text, c[0], c[1])
        if lead and _PUBLIC_NO.fullmatch(text, lead.end(), c[1]):
            continue  # "UWV 0900-8844", "CBR 0800-2000": an organisation and its public number
        if public_document_number(text, c[0]):
            continue
        yield c


def _find_case(text: str, low: str) -> Iterator[Cand]:
    runs = digit_runs(text)
    if (") " in text or ". " in text) and _long_run(text, runs, 10, " \t"):
        for m in CASE_ITEM_RE.finditer(text):
            yield m.start("n"), m.end("n"), "CASE_NUMBER", "[zaaknummer]"
    if ":" in text and _long_run(text, runs, 8, ", \t"):
        for m in CASE_CLIENT_FIELD_RE.finditer(text):
            yield m.start("n"), m.end("n"), "CASE_NUMBER", "[zaaknummer]"
    for m in _case_tokens(text):
        tok = m.group().rstrip("._-/")
        if not _THREE_DIGITS.match(tok):
            continue
        if _PUBLIC_NO.fullmatch(tok):
            continue
        cue = _case_cue(text[max(0, m.start() - 40) : m.start()])
        if (_DATE_TOKEN.fullmatch(tok) or _DAY_MONTH.fullmatch(tok)) and (
            cue != 2 or "datum" in text[max(0, m.start() - 24) : m.start()].lower()
        ):
            continue  # "Datum aanvraag: 22-7-2024", "datum melding: 18/1": a date, not an application number
        if cue == 2 or (cue == 1 and (_FIVE_DIGITS.match(tok) or not tok.isdigit()) and not _YEARISH.fullmatch(tok)):
            yield m.start(), m.start() + len(tok), "CASE_NUMBER", "[zaaknummer]"
    for m in _matches_at(CASE_SHAPES, text, _case_shape_starts(text)):
        yield m.start(), m.end(), "CASE_NUMBER", "[zaaknummer]"
    if "#" in text or _case_extra_any(text):  # most texts have none of these shapes
        for gate, rx in CASE_EXTRA:
            if gate.search(text):
                for m in rx.finditer(text):
                    yield m.start(), m.end(), "CASE_NUMBER", "[zaaknummer]"
    # "zaaknummer jz24.77372": a lower-case prefix glued to the digits, only after a strong cue
    last = -1
    for s, _e in digit_runs(text):
        if not (s and "a" <= text[s - 1] <= "z"):
            continue  # a digit right after a lower-case letter starts a run (``_LOWER_DIGIT``)
        while s > 0 and "a" <= text[s - 1] <= "z":
            s -= 1
        m = _CASE_LOWER_GLUED.match(text, s) if s > last else None
        if (
            m
            and _THREE_DIGITS.match(m.group())
            and (_GLUED_TAIL.fullmatch(m.group()) or _case_cue(text[max(0, s - 40) : s]) == 2)
        ):
            last = m.end()
            yield s, m.end(), "CASE_NUMBER", "[zaaknummer]"
    for m in _matches_at(_CASE_TAIL, text, _case_tail_starts(text)):
        pre = _LOWER_PREFIX.search(text, max(0, m.start() - 6), m.start())
        if pre and pre.group()[0].isupper() and (text[m.start()] == "." or pre.group() in ("Tel", "Fax", "Nr", "No")):
            continue  # "Wmo-24-00123" yes, "Tel-020-1234567" no
        if pre:
            yield pre.start(), m.end(), "CASE_NUMBER", "[zaaknummer]"
    # "kenmerk Z 2023 12345": groups with spaces right after a strong cue
    if _spaced_digits(text, low) and any(w in low for w in _SPACED_CUES):
        for m in CASE_SPACED_RE.finditer(low):
            n = m.group("n").rstrip(".-/")  # a full stop after the number ends the sentence
            head, _sp, tail = n.partition(" ")
            if head in _SPACED_NOT_LEAD or _DATE_TOKEN.fullmatch(tail):
                continue  # "de melding is op 22-02-2025 gedaan": a preposition and a date
            if len(re.sub(r"\D", "", n)) >= 5 and not _PUBLIC_NO.fullmatch(n):
                yield m.start("n"), m.start("n") + len(n), "CASE_NUMBER", "[zaaknummer]"


# ---------------------------------------------------------------- date of birth
# the month also in Roman numerals, lower case (the finders read the lower-cased text): "3-iv-1987"
_ROMAN_MONTH = r"(?:x(?:i{1,2})?|i(?:[vx]|i{0,2})|vi{0,3})"
# the Roman month also between spaces, before a four-digit year: "16 XI 1951" (round twelve)
DATE_NUM = (
    r"\d{1,2}(?:\s?[\-/.]\s?(?:\d{1,2}|"
    + _ROMAN_MONTH
    + r")\s?[\-/.]\s?|[ \t]"
    + _ROMAN_MONTH
    + r"[ \t](?=(?:19|20)\d\d(?!\d)))(?P<y1>\d{4}|['’]?\d{2})"
)
# the month also as three letters glued to the day and the year, as legacy systems print it: "14jan1963", "03MAY85"
_MON3 = r"jan|feb|mrt|maa|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec"
DATE_TXT = (
    r"\d{1,2}(?:(?:e|de|den|ste|st|nd|rd|th)?(?:\s+(?:van\s+)?|[\-/])(?:" + MONTHS + r")\.?(?:\s+|[\-/])"
    r"|\.(?:" + _MON3 + r")\.(?=\d)"  # "14.JAN.1963"
    r"|(?:" + _MON3 + r")(?=\d\d(?:\d\d)?(?!\d)))"
    r"(?P<y2>\d{4}|['’]?\d{2}(?!\d))"
)
# "03041978", "19780403": only after a birth cue
DATE_COMPACT = r"(?:[0-3]\d[01]\d(?P<y4>(?:19|20)\d\d)|(?P<y5>(?:19|20)\d\d)[01]\d[0-3]\d)(?!\d)"
# Six figures, day month year, only after a birth cue: "geb datum is 240446" (round seventeen).
DATE_COMPACT6 = r"(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?P<k6>\d\d)(?![\d\-/.,]\d)(?!\d)"
# A weekday or "de" before a full date, part of it: "vrijdag 2 november 1962", "de 16e van november 1953".
DATE_LEAD = (
    r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?,?[ \t]+)?"
    r"(?:de[ \t]+)?"
)
_LEAD_WORDS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "de",
               "ma", "di", "wo", "do", "vr", "za", "zo")  # fmt: skip
# "12 03 1985", "maart 1985": a date in spaced digits, a month and a year; only right after a birth cue
DATE_SPACED = r"[0-3]?\d[ \t][01]?\d[ \t](?P<y7>(?:19|20)\d\d)(?!\d)"
DATE_MY = r"(?:" + MONTHS + r")\.?[ \t](?P<y8>(?:19|20)\d\d)(?!\d)"
# "March 12, 1964", "juni 22, 1975": the English order, with an English or Dutch month, only after a birth cue
DATE_US = r"(?:" + MONTHS + r")\.?\s+\d{1,2}"
DATE_US += r"(?:st|nd|rd|th)?,?\s+(?P<y6>(?:19|20)\d\d)(?!\d)"
# Dutch day numbers written out, as a resident says a date on the phone ("zeventien januari 1939").
DAY_WORDS = (
    "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|"
    "achttien|negentien|twintig|eenentwintig|tweeëntwintig|drieëntwintig|vierentwintig|vijfentwintig|"
    "zesentwintig|zevenentwintig|achtentwintig|negenentwintig|dertig|eenendertig"
)
# a day, a word and a year: after a birth cue a month in any language ("15 lipca 1964", "3 mars 1990", "12 Ocak 1985")
DATE_ANY_MONTH = r"\d{1,2}\.?[ \t]+[^\W\d_]{3,12}\.?[ \t]+(?P<da>(?:19|20)\d\d)(?!\d)"
DATE_SPELLED = r"(?:" + DAY_WORDS + r")[ \t]+(?:" + MONTHS + r")[ \t]+(?P<ds>(?:19|20)\d\d)(?!\d)"
DATE_ISO = r"(?P<y3>(?:18|19|20)\d{2})([\-/.])\d{1,2}(?:-|/|\.)\d{1,2}"
# the signs "°" and "*" only right before the date: "* 3-4-1978", not the bullet of "* actie: bellen voor 2 mei"
DOB_RE = re.compile(
    r"(?:g(?<![\w]g)eb(?:oren\b|\b\.?(?:\s*datum)?|oortedatum\w*|oorte\s*datum|oortedag|oortemaand|\.?\s?dat(?:um|\.)?"
    r"|d\b\.?|\.?[ ]?dt\b\.?|oortedat\b\.?"  # "gebd.", "geb.dt.", "geboortedat." (round twelve)
    r"|oorte(?=[ \t]+(?:is|was)[ \t])"  # "mijn geboorte is 3 mei 1990" (round ten)
    # misspelt keys and words: "geboordatum", "geboortendatum", "gebortedatum", "gebooren", "gebore op"
    r"|o{1,2}r[a-z]{0,4}datum\b|oore?n\b|ore(?=[ \t]+op\b))"
    r"|d(?<![\w]d)(?:\.?o\.?b\.?|ate of birth)|b(?<![\w]b)irth[ _\-]?(?:date|day)|b(?<![\w]b)orn\b"
    r"|g(?<![\w]g)d(?=\.?[ \t]+\d)"  # "kiosk: OBIWALE gd 16 jul '81": "gd" for geboortedatum (round eighteen)
    r"|(?:°|(?<![*:])\*(?!\*))(?=[\s:(]*(?:\d|"  # a lone "*", not Markdown's bold "**Datum:** 24 mrt. 2026"
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b|"
    r"(?:" + MONTHS + r")\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d\d|"  # "* November 28, 2001"
    r"(?:" + DAY_WORDS + r")[ \t]+(?:" + MONTHS + r")[ \t]+(?:19|20)\d\d)))"  # "* vijfentwintig november 2004"
    r"(?:[\s:,.()/\-]+(?!\d)[^\W\d]+\.?){0,4}?"  # "geboortedatum aanvrager:", "geboren op dinsdag"
    # "**Geboren:** 3 mei 1961": Markdown's bold around the key; "Geboortedatum</td><td>3-4-1961": HTML cells
    # "Mijn geboortedatum? 12-5-1970": the date right after the question mark answers it (round ten)
    r"(?:[\s:,.()=\"'>/\-–*_?]|</?[a-zA-Z]{1,6}>)*(?P<date>"
    + DATE_LEAD
    + "(?:"
    + DATE_NUM
    + "|"
    + DATE_TXT
    + "|"
    + DATE_ISO
    + "|"
    + DATE_COMPACT
    + "|"
    + DATE_COMPACT6
    + "|"
    + DATE_US
    + "|"
    + DATE_SPACED
    + "|"
    + DATE_ANY_MONTH  # "Geboortedatum: 15 lipca 1964", "12 Mart 1980": a month in another language (round 16)
    + "|"
    + DATE_SPELLED  # "* vijfentwintig november 2004" (round sixteen)
    + "|"
    + DATE_MY
    + "))",  # also <tag>
)
DOB_HINT = re.compile(
    r"geb(?:oren|oorte|dat|\b|o{1,2}r[a-z]{0,4}datum|oore?n|ore\b|d\b|\.?[ ]?dt\b)|(?<![\w])gd\.?[ \t]+\d"
)
# A full date of a year long past, in brackets right after a word: "Jan Jansen (03-05-1971)".
DOB_BRACKET = re.compile(
    r"\((?P<date>"
    + DATE_LEAD
    + "(?:"
    + DATE_NUM
    + "|"
    + DATE_TXT
    + "|"
    + DATE_US  # "(December 10, 1982)" (round twelve)
    + r"|(?P<cd>[0-3]\d)(?P<cm>[01]\d)(?P<cy>(?:19|20)\d\d)|(?P<iy>(?:19|20)\d\d)(?P<im>[01]\d)(?P<id>[0-3]\d)))\)"
)  # also "Bakker (12031964)", "Bakker (19640312)": a compact date that is a real calendar date


# A full date standing as a field of a record (line start, after ";", ",", "|", tab or ":"), of a year at
# least twelve years back: in lists, tables and comma-separated lines that is a date of birth.
_FIELD_DATES = "|".join(
    (
        DATE_NUM.replace("(?P<y1>", "(?P<f1>"),
        DATE_TXT.replace("(?P<y2>", "(?P<f2>"),
        DATE_ISO.replace("(?P<y3>", "(?P<f3>"),
    )
)
# starts at a digit that starts a number
# also a quoted CSV field: "Naam","1945-01-01","Kampen" (round twelve)
DOB_FIELD_RE = re.compile(r"[;,|\t:(\n=][ \t]*\"?(?P<date>" + DATE_LEAD + "(?:" + _FIELD_DATES + r"))(?![\w\-/]|\.\d)")
# an English date as a field: "| [name] | 4 jaar | November 19, 1951 |" (round sixteen, from holdout15)
DOB_US_FIELD_RE = re.compile(r"[;,|\t:(\n=][ \t]*\"?(?P<date>" + DATE_US.replace("y6", "f6") + r")(?![\w\-/]|\.\d)")
_EN_MONTH_DAY = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d"
)
DOB_FIELD_START_RE = re.compile(r"[ \t]*(?P<date>" + DATE_LEAD + "(?:" + _FIELD_DATES + r"))(?![\w\-/]|\.\d)")
DOB_COMPACT_FIELD_RE = re.compile(
    r"(?:^|[;,|\t:(\n=])[ \t]*(?P<date>(?P<d>[0-3]\d)(?P<m>[01]\d)(?P<y>(?:19|20)\d\d))(?![\w\-/]|[.,]\d)"
)
_FIELD_AFTER = re.compile(r"(?:(?<=\d)\")?[ \t]*(?:[;,|\t)\n]|$|\.(?:\s|$))")
DOB_YEAR_MAX = date.today().year - 12
# old enough for an ancestor in an archive's records: "geb.datum: 1894-02-19" (round twenty-nine, from fresh35d)
DOB_YEAR_MIN = 1850
# Words that name a child on a line: a date of last year or this one beside a name there may be its birth (round 11).
CHILD_WORD = re.compile(
    r"(?i:\b(?:kind|kinderen|kind\(eren\)|zoon|zoontje|dochter|dochtertje|baby|pasgeboren|geboren|gezin|"
    r"gezinssamenstelling|broertje|zusje))"
)
DOB_CUE_AFTER_RE = re.compile(
    r"(?<![\w\-/.])(?P<date>" + DATE_NUM + "|" + DATE_TXT + "|" + DATE_ISO + "|" + DATE_COMPACT + r")(?![\w\-/])"
    # on the date's line ("Datum besluit: X⏎Geboren (partner)"); or the child's name between: "Op 4 december 2025 is
    # Amira El Idrissi-Bakker geboren" (round thirty-four, from fresh40b)
    r"(?:(?:[ \t]+\w+){0,2}|[ \t]+(?:is|werd|zijn|werden)(?:[ \t]+[\w'’\-]+){1,5}?)[ \t]+"
    r"(?:geboren|ter\s+wereld|het\s+levenslicht)"
)


# Right after a person's name a full date is that person's whatever its century: an ancestor in an archive
# request, "oudtante Femke ter Schuur, 1876-12-18 te Kampen" (round twenty); the other finders keep 1900 as floor.
NAMED_BIRTH_YEAR_MIN = 1800


def _any_century(pattern: str) -> str:
    """``pattern`` with its four-digit years opened to the nineteenth century."""
    return pattern.replace("(?:19|20)", "(?:1[89]|20)")


DATE_AFTER_NAME = re.compile(
    # "(Groningen, 3 april 1899 – Assen, 1 mei 1970)": a place of birth may stand in the bracket first (round 19)
    r"[ \t]?(?:(?P<comma>,)|,?[ \t]{0,2}\((?:[A-ZÀ-Þ][\w'’\-]+(?:[ \t][\w'’\-]+){0,2},[ \t]*)?"
    r"|[–—\-](?=[ \t]{1,3}[^\n]{3,14}?(?<!\d)(?:19\d\d|20[01]\d|[3-9]\d)(?!\d)"
    # (in the dash's look-ahead) a young child's date when the line calls it a child: "Kavya N. – 14/12/2023 – kind"
    # (round twenty-one, from fresh27b)
    r"|[ \t]{1,3}[^\n]{3,14}?(?<!\d)20[0-2]\d(?!\d)[ \t]*[–—\-,(|][ \t]*"
    r"(?i:kind|zoon|zoontje|dochter|dochtertje|baby|pleegkind)\b"
    # or eight figures, day month year or year month day: "Fatma Yilmaz – 18091944 – Dorpsstraat 4" (round nineteen)
    r"|[ \t]{1,3}(?:[0-3]\d[01]\d(?:19\d\d|20[01]\d)|(?:19\d\d|20[01]\d)[01]\d[0-3]\d)(?!\d))"
    r"|\|(?=[ \t]{1,3}[^\n|]{3,14}?(?<!\d)(?:19\d\d|20[01]\d)(?!\d)))?[ \t]{0,3}"
    # after a comma no date of last year, this year or later: "RE: hoorzitting K. Owusu, 2026-12-17" (round nine)
    rf"(?(comma)(?!(?:{date.today().year - 1}|{date.today().year}|{date.today().year + 1})-))(?P<date>"
    + DATE_LEAD
    + "(?:"
    + DATE_NUM
    + "|"
    + DATE_TXT
    + "|"
    + _any_century(DATE_ISO)
    # "- Noor, 20080621, groep 4", "Ilse, September 5, 2011", "Mo, elf september 2013" (round sixteen, holdout15)
    + "|"
    + _any_century(DATE_COMPACT.replace("y4", "c4").replace("y5", "c5"))
    + "|"
    + _any_century(DATE_US.replace("y6", "u6"))
    + "|"
    + DATE_SPELLED
    + r"))(?![\w\-/]|\.\d|\)?:)"
    r"(?![ \t]+\d{1,2}:\d\d)"  # "Kees Vos<TAB>14-02-2025 15:33": a time after the date makes it a log stamp
    rf"(?<!{date.today().year})(?<!{date.today().year + 1})"  # "Verslag: O. Tekin, 20 juli 2026": a signature's date
    # "Overzicht bewoners Wierdehof (26 juli 2025)⏎⏎": last year's date in brackets closing a heading (round nine)
    rf"(?!(?<={date.today().year - 1})\)[ \t]*\n[ \t]*(?:\n|\||$))"
    rf"(?(comma)(?<!{date.today().year - 1}))",
    # "Lucas Ramdin, 3 Januari 2019", "| Petra Jansen | 12-03-1964 |", "A. Bakker – 3 april 1987" (after a dash only
    # a year before 2020 or a two-digit year from '30: "FAMILIE CHEN – 17 mei 2024" is a heading's date)
    re.I,
)


_BIRTH_VALUE = re.compile(
    DATE_LEAD + "(?:" + DATE_NUM + "|" + DATE_TXT + "|" + DATE_ISO + "|" + DATE_COMPACT + r")(?:T[\d:.]+Z?)?", re.I
)


def birth_value_year(value: str) -> int | None:
    """The year of ``value`` when the whole of it is one date (a table cell under a birth column), else None."""
    m = _BIRTH_VALUE.fullmatch(value.strip())
    if m is None:
        return None
    year = (m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4") or m.group("y5") or "").lstrip("'’")
    if len(year) == 2:
        year = "19" + year if int(year) > DOB_YEAR_MAX % 100 + 12 else "20" + year
    return int(year) if year.isdigit() else None


# A date in a list item, between the person's name and the next field: "- Ruud Bal (2019-02-18): kindpakket",
# "1. Griet Baan – 10.12.2020 – lid 27.5403" (round twenty-three, from fresh29a). Over the development data every such
# date after a person was a birth date, of any year: 248 of 248, 67 of them born since 2015, when ``DATE_AFTER_NAME``
# asks for an older year (a dated heading: "Overdracht Roya -> Io (9 oktober 2025)").
_DATE_IN_ITEM = re.compile(
    r"[ \t]?(?P<open>\(|[ \t]{0,2}[–—\-][ \t]{1,3})(?P<date>"
    + DATE_NUM
    + "|"
    + DATE_TXT
    + "|"
    + _any_century(DATE_ISO)
    + r")(?P<close>\):|[ \t]{1,3}[–—\-][ \t])",
    re.I,
)


def birth_date_in_item(text: str, end: int) -> tuple[int, int, str] | None:
    """A date of a year at least three years past between brackets and a colon, or between two dashes, right after a
    name ending at ``end``: its span and year."""
    m = _DATE_IN_ITEM.match(text, end)
    if m is None or (m.group("open") == "(") != (m.group("close") == "):"):
        return None
    year = year_of(m) or recent_year_of(m)
    if not year or not NAMED_BIRTH_YEAR_MIN <= int(year) <= date.today().year - 3:
        return None
    return m.start("date"), m.end("date"), year


def year_of(m: re.Match[str]) -> str:
    """The four-digit year of a date match (two digits read as 19xx), or ""."""
    g = m.groupdict()
    year = next((g[k] for k in ("y1", "y2", "y3", "c4", "c5", "u6", "ds", "k6") if g.get(k)), "").lstrip("'’")
    if len(year) == 2:
        year = "19" + year if int(year) > DOB_YEAR_MAX % 100 + 12 else ""
    return year


def recent_year_of(m: re.Match[str]) -> str:
    """The four-digit year of a two-digit year that ``year_of`` leaves open ("'07"), read as this century when
    that is not in the future: for a date that is known to be a birth date."""
    year = (m.group("y1") or m.group("y2") or "").lstrip("'’")
    if len(year) != 2:
        return ""
    return str(2000 + int(year)) if 2000 + int(year) <= date.today().year else "19" + year


# A field label that names another date than a birth date: "Datum aanvraag:", "Start:", "Sinds:", "Termijn:".
_OTHER_DATE_LABEL = re.compile(
    r"(?:datum|date|dag|sinds|start|termijn|vanaf|ingang|einde|verzonden|verzending|ontvangen|gemaakt|"
    r"opgevraagd|aangevraagd|afspraak|gesprek|week|peil)[\w. ]*:[ \t]*$"
)


# a label naming a birth in Dutch, English, French, German, Polish or Turkish ("date de naissance", "doğum tarihi")
_BIRTH_IN_LABEL = ("geb", "birth", "born", "naissance", "geburt", "urodz", "doğum", "dogum")


_CASE_CELL_BEFORE = re.compile(r"(?:kenmerk|zaak|dossier|referentie|nummer|\bnr\b|\bref\b)[^|;]*\d")


# the heading of a meeting's or a paper's record, dated after a comma (round twenty-eight, from fresh34e)
_MEETING_LINE = re.compile(
    r"[ \t#*]*(?:notulen|verslag|agenda|besluitenlijst|actielijst|nieuwsbrief|nota|memo|uitnodiging|"
    r"jaarvergadering|ledenvergadering|bestuursvergadering|vergadering|overleg)\b"
)


def _other_date_field(low: str, m: re.Match[str], year: str) -> bool:
    """A date standing as a field is no date of birth when its label names another date ("Datum aanvraag:
    22-7-2024"), or when it is a recent date in brackets ("Export Bbz (7 januari 2024)"): a child's date of birth
    in brackets follows a name and is found there (``DATE_AFTER_NAME``)."""
    sep = low[m.start()]
    if sep == "(":
        return len(year) == 4 and int(year) > DOB_YEAR_MAX
    if sep == "," and len(year) == 4 and int(year) > DOB_YEAR_MAX:
        place = _WORD_BEFORE_COMMA.search(low, max(0, m.start() - 40), m.start())
        if place and (place["w"].title() in PLACES_FULL or place["w"].replace(" ", "") in _PLACES_LOWER):
            return True  # "(Nijmegen, 2 oktober 2026)", "### Almere, 1 maart 2026": a dateline (round ten)
        if _MEETING_LINE.match(low, low.rfind("\n", 0, m.start()) + 1):
            return True  # "Notulen Bestuursvergadering Tuinpark De Klaverweide, 8 december 2025": a meeting's date
    if sep in "|;":  # a table row "| ontvangen | 19.02.2026 |": the cell before is the label
        cell0 = max(low.rfind(c, 0, m.start()) for c in "\n|;") + 1
        label = low[cell0 : m.start()].strip(" \t:.=") + ":"
        if len(year) == 4 and int(year) > DOB_YEAR_MAX and _CASE_CELL_BEFORE.search(label):
            return True  # "Kenmerk JT26.04010 | 10 oktober 2025": a letter's date beside its reference (round 15)
        if label == ":" and len(year) == 4 and int(year) >= date.today().year - 1:
            return True  # "| 7 juni 2026 | 8:45 | Station |": a row opening with a recent date is dated (round 19)
        return not any(w in label for w in _BIRTH_IN_LABEL) and bool(_OTHER_DATE_LABEL.search(label))
    if sep not in ":\t=":
        return False
    # the label back to the field's start: a line break, or a separator of fields on one line ("Geboortedatum: X |
    # Datum aanvraag: Y" names another date in its second field)
    start = max(low.rfind(c, 0, m.start()) for c in "\n|;,\t") + 1
    start = max(start, low.rfind(". ", 0, m.start()) + 2)  # "geb.: 25/1/'49. Termijn: X": a sentence ends a label
    label = low[start : m.start()].rstrip(" \t:.=") + ":"  # "Datum aanvraag<TAB>", "Datum aanvraag ="
    if any(w in label for w in _BIRTH_IN_LABEL):
        return False
    if _OTHER_DATE_LABEL.search(label):
        return True
    # a date of this decade under a key that names no birth and no household role ("overleg: 3-3-2026", "Termijn:
    # ..."): the date of an event, also in a text with a birth-date field elsewhere (round eight)
    return (
        sep in ":="
        and len(year) == 4
        and int(year) > DOB_YEAR_MAX
        and _WORD3.search(label) is not None
        and _ROLE_IN_LABEL.search(label) is None
    )


_WORD3 = re.compile(r"[a-zà-ÿ]{3}")
_WORD_BEFORE_COMMA = re.compile(r"(?:^|[\s(#*_])(?P<w>[a-zà-ÿ'][a-zà-ÿ'\-]+(?: [a-zà-ÿ][a-zà-ÿ\-]+)?)$")
_SENTENCE_DOT = re.compile(r"[a-zà-ÿ]{4,}\.\s")  # "Geboren: onbekend. In maart 2020 ...": a sentence ended
_ROLE_IN_LABEL = re.compile(
    r"kind|zoon|zonen|dochter|partner|echtgeno|gezin|moeder|vader|aanvrager|persoon|baby|pasgeboren|broer|zus"
)


_DOB_FIELD_SEPS = frozenset(";,|\t:(\n=")


def _dob_field_starts(text: str) -> list[int]:
    """Where a ``DOB_FIELD_RE`` match can start: a field separator, then spaces or tabs (a tab separates too), then
    a run of digits."""
    out = []
    for s, _e in digit_runs(text):
        q = s
        while q > 0 and text[q - 1] in " \t":
            q -= 1
        if q > 1 and text[q - 1] == '"':
            q -= 1  # a quoted CSV field
        for p in range(max(q - 1, 0), s):
            if text[p] in _DOB_FIELD_SEPS:
                out.append(p)
        lead = _lead_word_start(text, q)  # ",vrijdag 2 november 1962", "| de 22e van juni 2005", ";vr. de 2e ..."
        for _ in range(2):
            if lead is None:
                break
            r = lead
            while r > 0 and text[r - 1] in " \t":
                r -= 1
            out += [p for p in range(max(r - 1, 0), lead) if text[p] in _DOB_FIELD_SEPS]
            lead = _lead_word_start(text, r)
    return out


def _lead_word_start(text: str, q: int) -> int | None:
    """Where a weekday or "de" ends right at ``q`` (a ``DATE_LEAD`` before a date), its start; else None."""
    if q == 0 or not text[q - 1].isalpha() and text[q - 1] not in ",.":
        return None
    end = q - 1 if text[q - 1] in ",." else q
    for w in _LEAD_WORDS:
        a = end - len(w)
        if a >= 0 and text[a:end].lower() == w and (a == 0 or not text[a - 1].isalnum()):
            return a
    return None


_ROLE_FIELD_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:kind(?:eren)?|zoon|zonen|dochters?|partner|echtgeno(?:ot|te)|gezinsleden|kleinkinderen)"
    r"(?:[ \t]*\(?\d{1,2}\)?)?[ \t]*:(?P<rest>[^\n]*)"
)
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])(?P<w>[a-zà-ÿ]+)\.?[ \t]*$")
_ANY_DATE = re.compile(r"(?<![\w\-/.])(?:" + DATE_NUM + "|" + DATE_TXT + r")(?![\w\-/]|\.\d)")
# on a household role's line also a date without separators: "kinderen: Soekarni 22042014" (round fifteen)
_ROLE_LINE_DATE = re.compile(
    r"(?<![\w\-/.])(?:" + DATE_NUM + "|" + DATE_TXT + "|" + DATE_COMPACT + r")(?![\w\-/]|\.\d)(?P<y3>(?!))?"
)
_IS_OF_PHRASES = (
    "ik ben",
    "ben ik",
    "hij is",
    "is hij",
    "zij is",
    "is zij",
    "ze is",
    "is ze",
    "hij was",
    "zij was",
    "ze was",
    "ik was",
    # a family member as the subject: "mijn moeder is van 11/9/66" (round thirty, from fresh36c)
    *(f"{w} {v}" for w in ("moeder", "vader", "zoon", "dochter", "broer", "zus", "oma", "opa") for v in ("is", "was")),
)  # _IS_OF_DATE's openers, also its gate
_IS_OF_DATE = re.compile(
    r"\b(?:" + "|".join(_IS_OF_PHRASES) + r")\s+van\s+(?P<date>" + DATE_NUM + "|" + DATE_TXT + "|" + DATE_ISO + r")"
    r"(?![\w\-/]|\.\d|\s*(?:tot|t/m|[–\-]))"  # not "zij is van 1 januari 2010 tot ..." (a period)
)
_DATE_AS_BIRTH = re.compile(
    r"(?<![\w\-/.])(?P<date>" + DATE_NUM + "|" + DATE_TXT + "|" + DATE_ISO + r")[ \t]+als[ \t]+geboortedatum\b"
)
# A full date closing a numbered or bulleted list line of cells set off by spaced dashes, after two cells (a person
# and a scheme): "3. M. BOUZID – persoonsgebonden budget – 18-7-1991" (round nine). A year long past only.
_DASH_ROW_DATE = re.compile(
    r"(?m)^[ \t]*(?:\d{1,3}[.)]|[-*•])[ \t]+[^\n]*?[ \t][–—-][ \t]+[^\n]*?[ \t][–—-][ \t]+(?P<date>"
    + DATE_NUM
    + "|"
    + DATE_TXT
    + "|"
    + DATE_ISO
    + r"|[0-3]\d[01]\d(?:19|20)\d\d)[ \t]*$"
)
_INITIAL = re.compile(r"\b[A-Z](?:\.|\b)")
_CAP_WORD = re.compile(r"\b[A-ZÀ-Þ][\w'’\-]+")
_DASH_FIRST_CELL = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-*•])[ \t]+([^\n]*?)[ \t][–—-][ \t]")
_BORN_MONTH_YEAR = re.compile(
    r"\bgeboren\s+(?:in\s+|op\s+)?(?P<date>(?:" + MONTHS + r")\.?\s+(?P<y>(?:19|20)\d\d))(?!\d)"
)


_KEY_WAS_ON = re.compile(r"datum\w*[\s:]+(?:is|werd|wordt|was)\s+(?:\w+\s+)?op\s*$")
# words of another event between a birth cue and a date: the date is that event's
_EVENT_BETWEEN = re.compile(
    r"\b(?:kwam|kwamen|verhuis\w*|sinds|vanaf|getrouwd|trouwde|overleden|overleed|aangekomen|ingeschreven|"
    r"woont|woonde|gescheiden|arrived|moved|married)\b"
)


# A household role as a field label: "Kind 2:", "partner:", "Dochter (1):".
_ROLE_LABEL = re.compile(
    r"(?:^|\n)[ \t]*(?:kind|zoon|dochter|partner|echtgeno(?:ot|te)|moeder|vader|aanvrager|gezinslid)"
    r"(?:[ \t]*\(?\d{1,2}\)?)?[ \t]*:$"
)


# A birth word broken at the end of a line or by OCR ("ge-⏎boren op", "geboorte¬⏎datum", "ge- boren", "gebo ren"):
# a hyphen or a "not" sign (perhaps before a line break), a soft hyphen, a line break or one space inside the word.
_BREAK = r"(?:[\-\u00ac\u00ad][ \t]*(?:\r?\n[ \t]*)?|[ \t]*\r?\n[ \t]*|[ \t])"
_BROKEN_CUE = re.compile(
    r"(?<![\w])(?:"
    + "|".join(
        re.escape(w[:i]) + _BREAK + re.escape(w[i:])
        for w in ("geboortedatum", "geboren", "geboorte")
        for i in range(1, len(w))
    )
    + r")(?![\w])"
)
_BROKEN_GATE = ("oren", "datum", "orte", "ren")
_BREAK_CHARS = re.compile(_BREAK)


def _broken_cue_dobs(low: str) -> Iterator[Cand]:
    """A birth date after a birth word broken over a line, by a soft hyphen or by OCR ("U bent ge-⏎boren op
    21.03.1947", "Geboorte-⏎datum: 3 mei 1961"): the word is read whole (round ten)."""
    if not any(g in low for g in _BROKEN_GATE):
        return
    for b in _BROKEN_CUE.finditer(low):
        head = _BREAK_CHARS.sub("", b.group())
        m = DOB_RE.match(head + low[b.end() : b.end() + 160])
        if m is None or m.start("date") < len(head):
            continue
        year = m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4") or m.group("y5") or m.group("y6") or ""
        year = (year or m.group("y7") or m.group("y8") or m.group("ds") or m.group("da") or "").lstrip("'’")
        if _EVENT_BETWEEN.search(m.group()[: m.start("date")]):
            continue
        shift = b.end() - len(head)
        repl = "[geboortedatum] " + year if len(year) == 4 else "[geboortedatum]"
        yield m.start("date") + shift, m.end("date") + shift, "DATE_OF_BIRTH", repl


# A plural birth key: every date on its line is a birth date ("Geboortedata kinderen: 3-4-2012 en 12-9-2015"); a birth
# key in brackets right after a date names it ("12-03-1980 (geboortedatum)") (round ten).
_PLURAL_BIRTH = re.compile(r"\bgeboortedat(?:a|ums)\b[^\n]*")
_BRACKET_BIRTH_AFTER = re.compile(
    r"(?<![\w\-/.])(?P<date>" + DATE_NUM + "|" + DATE_TXT + "|" + DATE_ISO + r")[ \t]*"
    r"\((?:geboortedatum|geb\.?(?:[ \t]?datum)?|geboren|dob|geboortedag)\)"
)

# the place of birth right after a date names it a birth date: "2. 14 mei 1950, geboorteplaats Assen", "7/2/48, geboren
# te Sneek", "March 3, 1961, geboorteplaats Zwolle" (round twenty-eight, from holdout27's numbered nomination forms)
_BIRTHPLACE_AFTER = re.compile(
    r"(?<![\w\-/.])(?P<date>" + DATE_NUM + "|" + DATE_TXT + "|" + DATE_ISO + "|" + DATE_US + r")[ \t]*[,;]?[ \t]*"
    r"(?:geboorteplaats|geb\.?[ \t]?plaats|geboren[ \t]+(?:te|in)|geb\.?[ \t]+te)\b"
)


# A birth date read by OCR with a letter for a digit ("12-1O-l980": O for 0, l or I for 1), right after a birth word.
_LOOKALIKE_DATE = re.compile(
    r"(?<![\w])(?P<d>[0-3OoIl]?[0-9OoIl])(?P<s>[\-/.])(?P<m>[01OoIl]?[0-9OoIl])(?P=s)(?P<y>[12Il][0-9OoIl]{3})(?![\w])"
)
_LOOKALIKE_CUE = re.compile(r"(?:geb(?:oren|oortedatum|\.|\b)[^\n\d]{0,24}?|dob[\s:]*)$")
_LOOKALIKE_DIGITS = str.maketrans("OoIl", "0011")


def _lookalike_dobs(text: str, low: str) -> Iterator[Cand]:
    """A birth date with a letter read for a digit after a birth word (round ten)."""
    for m in _LOOKALIKE_DATE.finditer(text):
        if m.group().replace(m["s"], "").isdigit():
            continue  # an ordinary date: the other rules read it
        if not _LOOKALIKE_CUE.search(low, max(0, m.start() - 30), m.start()):
            continue
        d, mo, y = (int(m[g].translate(_LOOKALIKE_DIGITS)) for g in ("d", "m", "y"))
        if 1 <= d <= 31 and 1 <= mo <= 12 and DOB_YEAR_MIN <= y <= date.today().year:
            yield m.start(), m.end(), "DATE_OF_BIRTH", f"[geboortedatum] {y}"


# The answer to a birth question after "dat is": "Mijn geboortedatum? Dat is 12-5-1970." (round ten)
_QUESTION_THEN_IS = re.compile(
    r"(?:geboortedatum|geboren|geboortedag)[ \t]*\?[ \t]*(?:dat|die|het|hij|zij|ze)?[ \t]*(?:is|was)[ \t]+"
    r"(?:eh\.*[ \t]+)?"
    r"(?P<date>" + DATE_NUM + "|" + DATE_TXT + "|" + DATE_ISO + r")(?![\w\-/]|\.\d)"
)


# A question for the birth date on one line of a chat or call, and the answer on one of the next two lines:
# "[12:00] Gemeente: Mag ik uw geboortedatum en postcode?⏎[12:03] BertG: 21071984 en 1234 AB" (round eighteen, from the
# blind front-desk corpus fresh24a). The first full date of the answer is the birth date.
_ASKED_BIRTH = re.compile(r"(?:geboortedatum|geboortedag|geboren)[^\n?]{0,80}\?[^\n]*\n(?P<ans>[^\n]*(?:\n[^\n]*)?)")
_ANSWER_DATE = re.compile(
    r"(?<![\w\-/.])(?P<date>" + DATE_NUM + "|" + DATE_TXT + "|" + DATE_ISO + "|" + DATE_COMPACT + r")(?![\w\-/]|\.\d)"
)


_TWO_DIGIT_YEAR_AFTER_SPACE = re.compile(r"\s\d\d\Z")


def _answered_dobs(low: str) -> Iterator[tuple[int, int, str, str]]:
    """The date answering a question for the birth date on the line or two after it."""
    for q in _ASKED_BIRTH.finditer(low):
        m = _ANSWER_DATE.search(low, q.start("ans"), q.end("ans"))
        if m is None or "\n" in m.group() or _TWO_DIGIT_YEAR_AFTER_SPACE.search(m.group()):
            continue  # not "de brief van 15 november.⏎00:04:00": a year of two figures after a space is a time
        year = year_of(m) or m.group("y4") or m.group("y5") or recent_year_of(m)
        if year and DOB_YEAR_MIN <= int(year) <= DOB_YEAR_MAX:
            yield m.start("date"), m.end("date"), "DATE_OF_BIRTH", "[geboortedatum] " + year


# A birth key, a few words and "als"/"is" right before the date: "Uw geboortedatum is bij ons bekend als 21.03.1947",
# "geboortedatum staat in ons systeem als ..." (round ten); not "... gewijzigd op 12-03-2026" (another event's date).
_KEY_WORDS_AS = re.compile(
    r"\b(?:geboortedatum|geboortedag|geb\.?[ \t]?datum)[ \t]+(?:(?:is|staat|stond|was|werd)[ \t]+)"
    r"(?P<mid>(?:[a-zà-ÿ]+[ \t]+){0,5}?)(?:als|is)[ \t]+(?P<date>" + DATE_NUM + "|" + DATE_TXT + "|" + DATE_ISO + r")"
    r"(?![\w\-/]|\.\d)"
)


# A birth word and, later in the same sentence, a date long past: "noemt zijn geboortedatum niet; volgens de BRP is dat
# 17 december 2005" (round twelve); not a date after another event's word ("geboren in Gouda, verhuisd op ...").
_KEY_LATER_DATE = re.compile(
    r"\b(?:geboortedatum|geboortedag|geboren|geb\.?[ \t]?datum|geb\.?dat\b\.?|geboorteakte|geboortebewijs)"
    r"(?P<mid>[^\n.!?]{0,80}?)(?<![\w\-/.])"
    r"(?P<date>" + DATE_NUM + "|" + DATE_TXT + "|" + DATE_ISO + "|" + DATE_COMPACT + r")(?![\w\-/]|\.\d)"
)


def _key_later_dates(low: str) -> Iterator[Cand]:
    for m in _KEY_LATER_DATE.finditer(low):
        year = year_of(m) or m.group("y4") or m.group("y5") or ""
        if year and DOB_YEAR_MIN <= int(year) <= DOB_YEAR_MAX and not _EVENT_BETWEEN.search(m["mid"]):
            yield m.start("date"), m.end("date"), "DATE_OF_BIRTH", "[geboortedatum] " + year


# A birthday word before or after a full date of a past year: "zij is jarig op 12-06-1976", "verjaardag van Bo is
# 2016-11-25", "🎂 13/09/1985 = mijn geboortedag" (round twelve, from the blind chat corpus fresh14d). A date of
# this year after "jarig" or "verjaardag" is the day of a party, not of a birth.
_BIRTHDAY = r"(?:jarig|verjaardag|verjaart|birthday|geboortedag)"
_BIRTHDAY_DATE = r"(?P<date>" + DATE_NUM + "|" + DATE_TXT + "|" + DATE_ISO + "|" + DATE_COMPACT + ")"
_BIRTHDAY_BEFORE = re.compile(
    r"\b" + _BIRTHDAY + r"\b(?P<mid>[^\n.!?]{0,40}?)(?<![\w\-/.])" + _BIRTHDAY_DATE + r"(?![\w\-/]|\.\d)"
)
_BIRTHDAY_AFTER = re.compile(
    r"(?<![\w\-/.])"
    + _BIRTHDAY_DATE
    + r"[ \t]*(?:=|:|is|was|[–\-])?[ \t]*(?:(?:mijn|zijn|haar|z'n|d'r|de|m'n)[ \t]+)?"
    + _BIRTHDAY
    + r"\b"
)


# An age and then a date in brackets after a name: "Kees (10 jr, 25-06-'15)", "(5 jaar, 26072019)" (round twelve).
_AGE_THEN_DATE = re.compile(r"\([ \t]*\d{1,3}[ \t]*(?:jr|jaar|j)\.?[ \t]*[,;/][ \t]*" + _BIRTHDAY_DATE + r"[ \t]*\)")


def _age_then_dates(low: str) -> Iterator[Cand]:
    for m in _AGE_THEN_DATE.finditer(low):
        year = year_of(m) or recent_year_of(m) or m.group("y4") or m.group("y5") or ""
        if year and DOB_YEAR_MIN <= int(year) <= date.today().year:
            yield m.start("date"), m.end("date"), "DATE_OF_BIRTH", "[geboortedatum] " + year


# A line of cells set off by spaced dashes whose first cell names a person and one later cell is a full date long
# past, alone: "Bakker, Jan — vrijdag 16 juli 1948 — Kerkstraat 5" (round twelve).
_DASH_CELL_SPLIT = re.compile(r"[ \t][–—][ \t]")
_LONE_DATE = re.compile(
    r"[ \t]*(?P<date>" + DATE_LEAD + "(?:" + DATE_NUM + "|" + DATE_TXT + "|" + DATE_ISO + r"))[ \t]*"
)


def _dash_cell_dates(text: str, low: str) -> Iterator[Cand]:
    pos = 0
    for line in text.split("\n"):
        cuts = [m.span() for m in _DASH_CELL_SPLIT.finditer(line)]
        if len(cuts) >= 2:
            first = line[: cuts[0][0]]
            if _INITIAL.search(first) or any(not _plain_word(w.lower()) for w in _CAP_WORD.findall(first)):
                bounds = [(cuts[i][1], cuts[i + 1][0] if i + 1 < len(cuts) else len(line)) for i in range(len(cuts))]
                for a, b in bounds:
                    m = _LONE_DATE.fullmatch(low, pos + a, pos + b)
                    year = year_of(m) if m else ""
                    if m and year and DOB_YEAR_MIN <= int(year) <= DOB_YEAR_MAX:
                        yield m.start("date"), m.end("date"), "DATE_OF_BIRTH", "[geboortedatum] " + year
        pos += len(line) + 1


def _birthday_dates(low: str) -> Iterator[Cand]:
    for rx in (_BIRTHDAY_BEFORE, _BIRTHDAY_AFTER):
        for m in rx.finditer(low):
            year = year_of(m) or recent_year_of(m) or m.group("y4") or m.group("y5") or ""
            if rx is _BIRTHDAY_BEFORE and _EVENT_BETWEEN.search(m["mid"]):
                continue
            if year and DOB_YEAR_MIN <= int(year) < date.today().year:
                yield m.start("date"), m.end("date"), "DATE_OF_BIRTH", "[geboortedatum] " + year


# Two or more "word date" pairs on a line, set off by commas: "hristo 12-7-1949, bavo 24-10-1978, allebei ..." (a name
# in lower case and its birth date; round twelve). Years long past only.
# Led by the date (digits are rare, words are not): a date after blanks, closing its pair; the word before is checked.
_PAIR_DATE = re.compile(
    r"(?<=[ \t])(?P<date>" + DATE_NUM + "|" + DATE_TXT + "|" + DATE_ISO + r")(?=[ \t]*(?:,|;|\ben\b|$))", re.M
)
_WORD_BEFORE_PAIR_DATE = re.compile(r"(?<![\w\-])[^\W\d_][\w'’\-]*[ \t]+\Z")


def _word_date_pairs(low: str) -> Iterator[Cand]:
    by_line: dict[int, list[tuple[int, int, str]]] = {}
    for m in _PAIR_DATE.finditer(low):
        year = year_of(m)
        line = low.rfind("\n", 0, m.start()) + 1
        if year and DOB_YEAR_MIN <= int(year) <= DOB_YEAR_MAX and _WORD_BEFORE_PAIR_DATE.search(low, line, m.start()):
            by_line.setdefault(line, []).append((m.start(), m.end(), year))
    for found in by_line.values():
        if len(found) >= 2:
            for s, e, year in found:
                yield s, e, "DATE_OF_BIRTH", "[geboortedatum] " + year


def _plural_and_bracket_cues(low: str) -> Iterator[Cand]:
    for line in _PLURAL_BIRTH.finditer(low):
        for m in _ANY_DATE.finditer(low, line.start(), line.end()):
            year = year_of(m) or recent_year_of(m)
            if year and DOB_YEAR_MIN <= int(year) <= date.today().year:
                yield m.start(), m.end(), "DATE_OF_BIRTH", "[geboortedatum] " + year
    for m in _KEY_WORDS_AS.finditer(low):
        year = year_of(m) or recent_year_of(m)
        if year and DOB_YEAR_MIN <= int(year) <= date.today().year and not _EVENT_BETWEEN.search(m["mid"]):
            yield m.start("date"), m.end("date"), "DATE_OF_BIRTH", "[geboortedatum] " + year
    for m in _BRACKET_BIRTH_AFTER.finditer(low):
        year = year_of(m) or recent_year_of(m)
        if year and DOB_YEAR_MIN <= int(year) <= date.today().year:
            yield m.start("date"), m.end("date"), "DATE_OF_BIRTH", "[geboortedatum] " + year


def _birthplace_after(low: str) -> Iterator[Cand]:
    """Dates right before the place of birth (see ``_BIRTHPLACE_AFTER``)."""
    for m in _BIRTHPLACE_AFTER.finditer(low):
        year = year_of(m) or m.group("y6") or recent_year_of(m)
        if year and DOB_YEAR_MIN <= int(year) <= date.today().year:
            yield m.start("date"), m.end("date"), "DATE_OF_BIRTH", "[geboortedatum] " + year


# a date inside a JSON object about the birth, however deep: '"geboorte": {"datum": {"datum": "1995-03-10"}' (round
# sixteen, from the blind corpus fresh22d; a BRP-API answer nests it so)
_JSON_BIRTH_OBJECT = re.compile(
    r"\"(?:geboorte|birth)[\w]*\"[ \t]*:[ \t\n]*\{(?:[^{}\n]|\n|\{){0,160}?\"(?P<date>"
    + DATE_ISO.replace("y3", "j3")
    + "|"
    + DATE_NUM.replace("y1", "j1")
    + r")\""
)


def json_birth_dates(low: str) -> Iterator[re.Match[str]]:
    """The dates inside JSON objects about the birth (see ``_JSON_BIRTH_OBJECT``); ``low`` is the lower-case text."""
    if '"geboorte' in low or '"birth' in low:
        yield from _JSON_BIRTH_OBJECT.finditer(low)


def find_dob(text: str, low: str) -> Iterator[Cand]:
    for m in json_birth_dates(low):
        year = m.group("j3") or m.group("j1") or ""
        if len(year) == 4 and DOB_YEAR_MIN <= int(year) <= date.today().year:
            yield m.start("date"), m.end("date"), "DATE_OF_BIRTH", "[geboortedatum] " + year
    # with a birth cue somewhere in the text (a table header "geboortedatum"), children's dates count too
    hint = ("geb" in low or "gd" in low) and DOB_HINT.search(low) is not None  # asked once (its literals first)
    year_max = DOB_YEAR_MAX + 12 if hint else DOB_YEAR_MAX
    first = DOB_FIELD_START_RE.match(low)
    fields = (
        DOB_FIELD_RE.finditer(low) if len(low) != len(text) else _matches_at(DOB_FIELD_RE, low, _dob_field_starts(text))
    )
    for m in ([first] if first else []) + list(fields):
        year = (m.group("f1") or m.group("f2") or m.group("f3") or "").lstrip("'’")
        if len(year) == 2 and int(year) > DOB_YEAR_MAX % 100 + 12:
            year = "19" + year  # "03-04-78" as a field: a two-digit year that cannot be recent
        if _other_date_field(low, m, year):
            continue
        if len(year) == 4 and int(year) >= date.today().year - 1 and m.group("date")[:1].isalpha():
            continue  # "Telefoonnotitie Burgerzaken, donderdag 13 november 2026": a weekday dates an event (r. 31)
        if len(year) == 4 and DOB_YEAR_MIN <= int(year) <= year_max and _FIELD_AFTER.match(low, m.end()):
            yield m.start("date"), m.end("date"), "DATE_OF_BIRTH", "[geboortedatum] " + year
    if _EN_MONTH_DAY.search(low):
        for m in DOB_US_FIELD_RE.finditer(low):
            year = m.group("f6")
            if not _other_date_field(low, m, year) and int(year) <= year_max and _FIELD_AFTER.match(low, m.end()):
                yield m.start("date"), m.end("date"), "DATE_OF_BIRTH", "[geboortedatum] " + year
    # "11021979" as a field of a record with a birth cue (a "geboortedatum" column), or under a household role
    # ("Kind 2: 05101998"): a real calendar date
    if year_max > DOB_YEAR_MAX or ":" in low:
        for m in DOB_COMPACT_FIELD_RE.finditer(low):
            day, month, year = int(m.group("d")), int(m.group("m")), int(m.group("y"))
            if year_max == DOB_YEAR_MAX and not _ROLE_LABEL.search(low, max(0, m.start() - 30), m.start() + 1):
                continue
            in_range = 1 <= day <= 31 and 1 <= month <= 12 and DOB_YEAR_MIN <= year <= year_max
            if in_range and _FIELD_AFTER.match(low, m.end()):
                yield m.start("date"), m.end("date"), "DATE_OF_BIRTH", f"[geboortedatum] {year}"
    # the cue after the date: "die op 3 april 1978 werd geboren"
    if "geboren" in low or "ter wereld" in low or "levenslicht" in low:
        for m in DOB_CUE_AFTER_RE.finditer(low):
            year = m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4") or m.group("y5") or ""
            repl = "[geboortedatum] " + year if len(year) == 4 else "[geboortedatum]"
            yield m.start("date"), m.end("date"), "DATE_OF_BIRTH", repl
    if "(" in text:
        for m in DOB_BRACKET.finditer(low):
            year = m.group("y1") or m.group("y2") or m.group("y6") or m.group("cy") or m.group("iy") or ""
            if m.group("cy") and not (1 <= int(m.group("cd")) <= 31 and 1 <= int(m.group("cm")) <= 12):
                continue
            if m.group("iy") and not (1 <= int(m.group("id")) <= 31 and 1 <= int(m.group("im")) <= 12):
                continue
            if len(year) == 4 and DOB_YEAR_MIN <= int(year) <= 2012:
                yield m.start("date"), m.end("date"), "DATE_OF_BIRTH", "[geboortedatum] " + year
    if ":" in low:  # "Kinderen: 3-4-2012 en 12-9-2015": every date on the line of a household role
        for line in _ROLE_FIELD_LINE.finditer(low):
            for m in _ROLE_LINE_DATE.finditer(low, line.start("rest"), line.end("rest")):
                year = m.group("y4") or m.group("y5") or year_of(m) or recent_year_of(m)
                word = _WORD_BEFORE.search(text, max(line.start("rest"), m.start() - 30), m.start())  # names: caps
                if word and word["w"] not in ("en", "geb", "geboren", "born"):
                    continue  # "Partner: komt mee op 4 mei 2026", "Kind 1: afspraak 12-03-2025": another date
                if year and DOB_YEAR_MIN <= int(year) < date.today().year:
                    yield m.start(), m.end(), "DATE_OF_BIRTH", "[geboortedatum] " + year
    if "\n" in low and (" – " in low or " - " in low or " — " in low):  # "3. M. Bouzid – pgb – 18-7-1991"
        for m in _DASH_ROW_DATE.finditer(low):
            year = year_of(m) or (m.group("date")[-4:] if m.group("date").isdigit() else "")
            if m.group("date").isdigit() and not (
                1 <= int(m.group("date")[:2]) <= 31 and 1 <= int(m.group("date")[2:4]) <= 12
            ):
                continue
            first = _DASH_FIRST_CELL.match(text, m.start())
            cell = first.group(1) if first else ""
            if not (_INITIAL.search(cell) or any(not _plain_word(w.lower()) for w in _CAP_WORD.findall(cell))):
                continue  # "- Jaarverslag – afdeling – 12-03-2010": the first cell names no person
            if year and DOB_YEAR_MIN <= int(year) <= DOB_YEAR_MAX:
                yield m.start("date"), m.end("date"), "DATE_OF_BIRTH", "[geboortedatum] " + year
    if " van " in low and any(x in low for x in _IS_OF_PHRASES):  # "ik ben van 26 maart 1975": "is of" a past date
        for m in _IS_OF_DATE.finditer(low):
            year = year_of(m)
            if year and DOB_YEAR_MIN <= int(year) <= DOB_YEAR_MAX:
                yield m.start("date"), m.end("date"), "DATE_OF_BIRTH", "[geboortedatum] " + year
    if " als geboortedat" in low:  # "26/11/77 als geboortedatum": the key after the date (round thirty)
        for m in _DATE_AS_BIRTH.finditer(low):
            year = year_of(m)
            if year and DOB_YEAR_MIN <= int(year) <= DOB_YEAR_MAX:
                yield m.start("date"), m.end("date"), "DATE_OF_BIRTH", "[geboortedatum] " + year
    if "geboren" in low:  # "geboren in maart 1975": a month and a year
        for m in _BORN_MONTH_YEAR.finditer(low):
            yield m.start("date"), m.end("date"), "DATE_OF_BIRTH", "[geboortedatum] " + m["y"]
    yield from _broken_cue_dobs(low)
    if "jarig" in low or "verjaar" in low or "birthday" in low or "geboortedag" in low:
        yield from _birthday_dates(low)
    if " j" in low and "(" in low:
        yield from _age_then_dates(low)
    if " — " in text or " – " in text:
        yield from _dash_cell_dates(text, low)
    if low.count(",") >= 1:
        yield from _word_date_pairs(low)
    if hint:
        yield from _lookalike_dobs(text, low)
        yield from _key_later_dates(low)
    if "geboortedat" in low or "(geb" in low or "(dob" in low:
        yield from _plural_and_bracket_cues(low)
    if "geb" in low:
        yield from _birthplace_after(low)
    if "?" in low and hint:
        yield from _answered_dobs(low)
        for m in _QUESTION_THEN_IS.finditer(low):
            year = year_of(m) or recent_year_of(m)
            if year and DOB_YEAR_MIN <= int(year) <= date.today().year:
                yield m.start("date"), m.end("date"), "DATE_OF_BIRTH", "[geboortedatum] " + year
    if not (hint or any(c in low for c in ("°", "*", "birth", "dob", "d.o.b", "born"))):
        return
    for m in DOB_RE.finditer(low):
        year = m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4") or m.group("y5") or m.group("y6") or ""
        year = (year or m.group("y7") or m.group("y8") or m.group("ds") or m.group("da") or "").lstrip("'’")
        between = low[m.start() : m.start("date")]
        if (m.group("y7") or m.group("y8")) and (
            len(between) > 40 or any(c in between for c in ",;\n") or _SENTENCE_DOT.search(between)
        ):
            continue  # "12 03 1985", "maart 1985" only right after the cue: "geboren in Syrië, in maart 2010 ..."
        if _EVENT_BETWEEN.search(between) or ("," in between and len(year) == 4 and int(year) > DOB_YEAR_MAX):
            continue  # "Geboren in Utrecht, verhuisd op 12-03-2020": the date of another event
        if len(year) == 4 and int(year) > DOB_YEAR_MAX and _KEY_WAS_ON.search(between):
            continue  # "Uw geboortedatum werd op 12-03-2026 aangepast": the key changed on a recent day (round ten)
        repl = "[geboortedatum] " + year if len(year) == 4 else "[geboortedatum]"
        yield m.start("date"), m.end("date"), "DATE_OF_BIRTH", repl


# ---------------------------------------------------------------- addresses
STREET_SUFFIX = (
    r"straat|straatje|straatweg|weg|laan|laantje|plein|pleintje|gracht|singel|kade|dijk|hof|pad|steeg|"
    r"dreef|erf|park|baan|ring|markt|plantsoen|boulevard|allee|wal|haven|veld|akker|kamp|weide|"
    r"polder|dam|gaarde|hout|donk|tuin|tuinen|horst|zoom|oord|vaart|zijde|promenade|passage|hoek|"
    r"berg|heuvel|bosch|bos|hoven|hoeve|wetering|brink|esch|laar|hage|"
    r"wijk|poort|vliet|sloot|burcht|steiger|stede|waard|schans|kwartier|"
    r"kreek|acker|kaai|leane|loane|strjitte|dyk|voorstraat|achterstraat|plaats"
)
# the endings the person rules read as a street's, without the bank's ("Rijnoever" is also an ordinary compound)
STREET_SUFFIX_OF_NAMES = STREET_SUFFIX
STREET_END_OF_NAMES = re.compile(r"(?:" + STREET_SUFFIX_OF_NAMES + r")$")
STREET_SUFFIX += "|oever"  # "Krabbenscheeroever 172-ws": moorings along a bank (round thirty, from holdout29)
STREET_END = re.compile(r"(?:" + STREET_SUFFIX + r")$")  # a lower-case word ending as a street's name
_STREET_NUMBER_BEFORE = re.compile(
    r"(?i:" + STREET_SUFFIX + r")[ \t]+\d{1,5}[A-Za-z]{0,3}(?:[ \-][A-Za-z]{1,3})?"
    r"(?:[ \t]*[,(;\n][ \t]*|[ \t]+(?:[\-–][ \t]+|in[ \t]+)?)$"
)
STREET_TYPE_WORD = (
    r"Straat|Weg|Laan|Plein|Gracht|Singel|Kade|Dijk|Hof|Pad|Steeg|Dreef|Markt|Haven|Wal|Dam|Ring|"
    r"Boulevard|Plantsoen|Vaart|Brink|Poten|Kerkhof|Buitenhof|Binnenhof|Wijk|Achterom|Burcht"
)
STREET_PREFIX = (
    r"Burgemeester|Burg\.|Dokter|Dr\.|Prins|Prinses|Koning|Koningin|Sint|St\.|Oude|Nieuwe|Grote|"
    r"Kleine|Lange|Korte|Hoge|Lage|Noord|Zuid|Oost|West|Noorder|Zuider|Ooster|Wester|Eerste|Tweede|"
    r"Derde|Vierde|1e|2e|3e|4e|Pastoor|Kapelaan|Generaal|Gen\.|Professor|Prof\.|Mr\.|Graaf|Gravin|"
    r"Hertog|Jonkheer|Admiraal|Kapitein|Luitenant|Kolonel|Majoor|Pater|Dominee|Ds\.|Meester|Mgr\.|"
    r"Monseigneur|Bisschop|Kardinaal|Onze|Lieve|Vrouwe|Hendrik|Willem|Jan|Johan|Pieter|Frans|Van|"
    r"De|Den|Der|Ter|Ten|Te|'t|Het"
)
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’\-]*"
_PART = r"(?:van|de|der|den|het|'t|ter|ten|te|op|in|aan|bij|voor|achter|over|tot|en)"
HOUSE_NO = (
    r"\d{1,5}(?![\d,.]\d)(?:(?:\s?-\s?|\s)?(?:bis|hs|huis|bg|boven|beneden|rood|zw|ws|I{1,3})\b|"
    r"(?:(?:-|/)\d{1,4}(?!\d)|(?:\s-\s?|-\s)\d{1,4}(?!\d)(?![ \t]?[A-Z]{2}(?![\w\-])))(?:\s?-?\s?hoog)?|"
    r"[ \t]?-?[A-Za-z](?![\w/])|"  # never across a line break ("Bakker 12⏎P. de Vries")
    r"\s?-?\s?\d?\s?-?hoog\b|"
    r"\s(?:[1-9]e\s)?(?:hoog|etage)\b)*"
)
STREET_WORD = r"[A-ZÀ-ÖØ-Þ'][\w'’\-]*?(?:" + STREET_SUFFIX + r")"
_PREFIXES = r"(?:(?:" + STREET_PREFIX + r")\s+(?:" + _PART + r"\s+)*)"
# "Kanaalweg Oost", "Rijksstraatweg-Zuid": a compass word that belongs to the street name.
COMPASS = r"(?:[ \-](?:Noord|Oost|Zuid|West|Noordzijde|Oostzijde|Zuidzijde|Westzijde|NZ|OZ|ZZ|WZ)(?![\w\-]))?"
_COMPASS_WORDS = frozenset("Noord Oost Zuid West Noordzijde Oostzijde Zuidzijde Westzijde NZ OZ ZZ WZ".split())
STREET_RE = re.compile(  # the look-ahead (every way in starts so) fails most positions before the alternatives
    r"(?<![\w\-])(?=[A-ZÀ-ÖØ-Þ'1-4])(?P<street>(?:"
    r""
    + _PREFIXES
    + r"*(?:"
    + STREET_TYPE_WORD
    + r")(?:\s+"
    + _PART
    + r")+\s+"
    + _CAP
    + r"(?:\s+"
    + _CAP
    + r"){0,2}"
    + r"|"
    + _PREFIXES
    + r"*(?:"
    + _CAP
    + r"\s(?![ \t]))?"  # not "Straat            Wilgenhof": a padded key before its value
    + STREET_WORD
    + r"|"
    + _PREFIXES
    + r"*(?:"
    + STREET_TYPE_WORD
    + r"))"
    + COMPASS
    + r")"
    r"(?:[ \t\u00a0]+(?P<no>" + HOUSE_NO + r"))?(?![\w])(?!\s*(?:jaar|jr\b|kinderen|keer|dagen|weken|maanden|euro|%))"
)  # the house number on the street's line ("Daan van Wijk⏎2026-02-12" has none)
_ARTICLE_PREFIXES = frozenset({"De", "Het", "'t", "Te", "Van", "Den", "Ter", "Ten", "Der"})
_PREFIX_ONE = re.compile(r"(?:" + STREET_PREFIX + r")")
_TYPE_ONE = re.compile(r"(?:" + STREET_TYPE_WORD + r")")
STREET_NONUM_OK = re.compile(
    r"(?:straat|straatje|straatweg|laan|gracht|singel|kade|dijk|steeg|dreef|plein|weg|hof|pad|erf|markt|"
    r"plantsoen|boulevard|ring|baan|wal|haven|allee|promenade|passage|kaai|dyk|strjitte|oever)$"
)


def _street_matches(text: str, toks):
    """Run the street pattern only around capitalised tokens that look like a street name."""
    n = len(text)
    for t in toks:
        w = t.text
        if not t.cap or len(w) < 3:
            continue
        if w in _TYPE_WORDS or (w[-3:].lower() in _SUFFIX_ENDS and w.lower().endswith(_SUFFIX_TUPLE)):
            for m in STREET_RE.finditer(text, max(0, t.start - 40), min(n, t.end + 30)):
                if m.start() <= t.start and m.end("street") >= t.end:
                    yield m


_SUFFIX_TUPLE = tuple(STREET_SUFFIX.split("|"))
_TYPE_WORDS = frozenset(STREET_TYPE_WORD.split("|"))
_SUFFIX_ENDS = frozenset(x[-3:] for x in _SUFFIX_TUPLE)


LOWER_STREET_NO_RE = re.compile(
    r"(?<![\w\-])(?P<street>(?:(?:korte|lange|oude|nieuwe|kleine|grote|hoge|lage) )?"
    r"[a-zà-ÿ][a-zà-ÿ'\-]{2,}(?:"
    + STREET_SUFFIX
    + r")) (?P<no>\d{1,5}(?:\s?-\s?[a-z0-9]{1,3}|[a-z](?!\w))?)(?![\w\-,.]\w)"
)


_LOWER_THEN_NUMBER = re.compile(r" (?=\d)(?<=[a-zà-ÿ] )")
_LOWER_PREFIXES = ("korte ", "lange ", "oude ", "nieuwe ", "kleine ", "grote ", "hoge ", "lage ")


def _lower_letter(c: str) -> bool:
    """``c`` in ``[a-zà-ÿ]``."""
    return "a" <= c <= "z" or "à" <= c <= "ÿ"


def _lower_street_matches(text: str) -> Iterator[re.Match[str]]:
    """``LOWER_STREET_NO_RE`` matched only where a lower-case word meets a number (" 4" after "meidoornplein"):
    a scan for that pair is far cheaper than trying the pattern at every word."""
    last_end = 0
    for run_start, _e in digit_runs(text):
        # a space before a run of digits after a lower-case letter (``_LOWER_THEN_NUMBER``)
        if run_start < 2 or text[run_start - 1] != " " or not _lower_letter(text[run_start - 2]):
            continue
        space = ws = run_start - 1
        while ws > 0 and (text[ws - 1].isalpha() or text[ws - 1] in "'-"):
            ws -= 1
        if ws < last_end:
            continue
        starts = [ws]
        for pre in _LOWER_PREFIXES:
            if text.startswith(pre, ws - len(pre)):
                starts.insert(0, ws - len(pre))
                break
        for st in starts:
            m = LOWER_STREET_NO_RE.match(text, st)
            if m and m.end("street") == space:
                last_end = m.end()
                yield m
                break


_LOWER_ADDRESS_CUE = re.compile(
    r"(?:\badres(?:[ \t]+is)?[ \t]*:?|\bwoon(?:t|de)?[ \t]+(?:op|aan)(?:[ \t]+de)?|\bwonende?[ \t]+aan(?:[ \t]+de)?)"
    r"[ \t]+\Z"
)


def lower_street_candidates(text: str, low: str, is_word) -> Iterator[Cand]:
    """A street written in lower case with its house number ("ik woon op de meidoornplein 4"): the street
    word is a compound ending in a street word, not an ordinary Dutch word ("snelweg 4" stays)."""
    for m in _lower_street_matches(text):
        word = m.group("street").split()[-1]
        if (is_word(word) or is_word(word.split("-")[-1])) and not _LOWER_ADDRESS_CUE.search(
            low, max(0, m.start("street") - 30), m.start("street")
        ):
            continue  # an ordinary word ("snelweg 4") is a street only after an address cue ("mijn adres is")
        yield m.start("street"), m.end("no"), "ADDRESS", "[adres]"


_DATE_TXT_AT = re.compile(DATE_TXT, re.I)


def _ring_noun(lo: str, is_word: Callable[[str], bool]) -> bool:
    """A word on "-ring" whose last part of seven letters or more is a dictionary word ("privacyverklaring":
    "verklaring"), unlike a ring road ("Binnenring", "Zuiderring"), a street on "-string" ("Batistring") or a
    watercourse ("Lange Wetering")."""
    if not lo.endswith("ring") or lo.endswith("wetering"):
        return False
    return any(is_word(lo[i:]) for i in range(0, len(lo) - 6))


_HEADING_TAILS = ("overzicht", "verslag", "notitie", "rapport", "bezoek", "melding", "controle", "onderzoek")


def _record_heading(lo: str) -> bool:
    """A compound naming a record or a visit, heading the street it is about: "Bewoningsoverzicht Dorpsstraat 4",
    "Huisbezoek Kerkstraat 3" (round thirty-four, from fresh40b)."""
    return lo.endswith(_HEADING_TAILS) and split_compound(lo, linking_s=True)


def street_candidates(text: str, toks, is_word, is_place) -> Iterator[Cand]:
    """Streets with a house number, and street names (by suffix or street word) without one.

    ``is_word(w)`` tells ordinary Dutch words ("snelweg", "mevrouw") from street names;
    ``is_place(w)`` keeps place names that end like a street ("Zandvoort" does not, "Harderwijk" does).
    """
    seen: set[tuple[int, int]] = set()
    for m in _street_matches(text, toks):
        if m.span() in seen:
            continue
        seen.add(m.span())
        s = m.start("street")
        street = m.group("street")
        if "\n" in street or "\t" in street:
            # "De heer H. Moussaoui\nVechtstraat 23a", "S.T. NIJLAND<TAB>Kerkstraat 3-3": a street name never spans two
            # lines or two cells
            s += max(street.rfind("\n"), street.rfind("\t")) + 1
            street = text[s : m.end("street")]
        words = street.split()
        if not m.group("no") and len(words) > 1 and words[-2].lower().endswith(_ORG_ENDINGS + ("kantoor", "praktijk")):
            continue  # "Incassobureau Maasoever": an organisation's word before the name (round thirty)
        # Trim words in front that are not part of the street name: sentence-initial articles,
        # honorifics and other ordinary words ("Mevrouw Kerkstraat" never happens, "Ze" might).
        compass = len(words) > 1 and words[-1] in _COMPASS_WORDS
        while len(words) > 1:
            w = words[0]
            if compass and len(words) == 2:
                break  # "Kanaalweg Oost": the street word stays
            if _TYPE_ONE.fullmatch(w) or (_PREFIX_ONE.fullmatch(w) and w not in _ARTICLE_PREFIXES):
                break
            if w in ("De", "Van", "Den", "Ter") and words[1][:1].isupper():
                break
            if w[:1].isupper() and not is_word(w.lower()) and not is_place(w) and not _record_heading(w.lower()):
                break
            s = text.index(words[1], s + len(w))
            words = words[1:]
        if m.group("no"):
            if len(words) == 1 and words[0].lower().endswith(("woord", "koord")) and is_word(words[0].lower()):
                continue  # "Antwoord 1", "Akkoord 2": a numbered word that only ends like a street ("-oord")
            if _DATE_START.match(text, m.start("no")) or _DATE_TXT_AT.match(text, m.start("no")):
                continue  # "A. Bakker 12-03-1964", "J. Oosterhof 21 feb. 1983": a name and a birth date
            yield s, m.end("no"), "ADDRESS", "[adres]"
            continue
        if len(words) > 1 and words[0].lower().endswith(_ORG_ENDINGS):
            continue  # "Woonbedrijf Eemhof": an organisation word opens a body's name, not a street's
        if compass:
            words = words[:-1]
        last = words[-1].split("-")[0] if words[-1].endswith(tuple("-" + c for c in _COMPASS_WORDS)) else words[-1]
        if len(words) == 1 and _TYPE_ONE.fullmatch(last):
            continue  # "Markt", "Singel" alone: a street only with a house number
        tail = last.split("-")[-1]
        if tail != last and tail[:1].islower() and is_word(tail.lower()):
            continue  # "Wajong-uitkering": a compound word, not a street
        if not STREET_NONUM_OK.search(last):
            continue  # "Hof van Justitie", "Oude Gracht": without a number not taken as an address
        if words[0] in _ARTICLE_PREFIXES and _TYPE_ONE.fullmatch(last):
            continue  # "'t Hof", "De Markt" without a number: too often part of a name or a place
        if last.lower().endswith("ering"):
            continue  # "Gedragsverandering", "Uitkering": nouns on -ring, not ring roads
        if _ring_noun(last.lower(), is_word):
            continue  # "Privacyverklaring", "Ervaring": a noun on "-aring" or the like (round twenty-four)
        if last.lower() in _FACILITY_LANES or _sport_lane(last.lower(), is_word):
            continue  # "de Milieustraat is op zondag gesloten": a facility, not a street (round eighteen)
        if len(words) == 1 and not compass:
            core = STREET_NONUM_OK.search(last)
            # a listed word capitalised right after a lower-case article is the street ("de stoep van de Havenstraat")
            word = is_word(last.lower()) and not text.endswith((" de ", " het "), 0, s)
            if word or is_place(last) or core is None or core.start() < 3:
                continue
        # Without a house number a street name is only a weak candidate ("STREET"): a person's
        # name found by context ("Ik ben Rutger Oosterhof") wins over it.
        yield s, m.end("street"), "STREET", "[adres]"


# Facilities whose name ends like a street: the municipal recycling yard and the like, named with "de" and a capital.
_FACILITY_LANES = frozenset(
    ("milieustraat", "afvalstraat", "wasstraat", "kassastraat", "inzamelstraat", "sorteerstraat", "keuringsstraat")
)
# courts and tracks of a sports park or a playground: "Jeu-de-boulesbaan: € 1.900" (round thirty-four, fresh40c)
_SPORT_LANES = ("tennisbaan", "ijsbaan", "atletiekbaan", "golfbaan", "grasbaan", "boulesbaan", "skeelerbaan")
_SPORT_LANES += ("bowlingbaan", "zwembaan", "wielerbaan", "renbaan", "drafbaan", "skatebaan", "crossbaan")
_SPORT_LANES += ("schaatsbaan", "sintelbaan", "padelbaan", "kegelbaan", "speelbaan", "bmxbaan", "mountainbikebaan")


def _sport_lane(lo: str, is_word: Callable[[str], bool]) -> bool:
    """``lo`` is a court or track, alone or after a word or a hyphen ("kunstgrasbaan"), not "anijsbaan"."""
    lane = next((x for x in _SPORT_LANES if lo.endswith(x)), "")
    head = lo[: len(lo) - len(lane)]
    return bool(lane) and (not head or head.endswith("-") or (len(head) >= 3 and is_word(head)))


# Streets without a recognisable suffix ("Bongerd 130 hs", "Achterom 4"): a capitalised word that is no
# ordinary word, place or scheme, followed by a house number, after an address preposition or with
# a house-number addition.
_UP = "A-ZÀ-ÖØ-ÞĀ-ŽŞŠŽ"
BARE_STREET_RE = re.compile(
    r"[" + _UP + r"](?<![\w'’\-][" + _UP + r"])[\w'’]+(?:-[" + _UP + r"][\w'’]+)?"
    r"[ \t\u00a0]+(?P<no>(?!0)\d{1,4}(?![\d,.]\d)(?P<add>(?:[ \t]?-[ \t]?\d{1,3}|/\d{1,3}|[ \t]?-?[A-Za-z](?![\w])|"
    r"[ \t](?:hs|bis|I{1,3}|rood|zw)\b|-(?:I{1,3}|hs|huis)\b|bis\b)*))(?![\w])(?![\-/.]\d)"
    # on one line, no leading 0, no date after it ("Telefoonnotitie 05-01-2024")
    r"(?!\s*(?:jaar|jr\b|keer|dagen|weken|maanden|uur|euro|procent|%|km|m\b|kilo))"
)
ADDRESS_PREPS = frozenset(
    {
        "aan",
        "op",
        "in",
        "naar",
        "bij",
        "adres",
        "adres:",
        "vanaf",
        "woont",
        "woonachtig",
        "straat:",
        "ligt",
        "gelegen",
        "t/m",
        "tot",
    }
)


def _word_char(c: str) -> bool:
    r"""``c`` matches ``[\w'’\-]``."""
    return c.isalnum() or c in "_'’-"


def _bare_street_starts(text: str) -> list[int]:
    """Where a ``BARE_STREET_RE`` match can start: the first character of the word before the white space before a
    run of digits (the house number)."""
    out = []
    for s, _e in digit_runs(text):
        q = s
        while q > 0 and text[q - 1].isspace():
            q -= 1
        if q == s or q == 0:
            continue
        while q > 0 and _word_char(text[q - 1]):
            q -= 1
        if q < s and (not out or out[-1] != q):
            out.append(q)
    return out


_FILE_EXT = re.compile(r"\.(?i:pdf|docx?|xlsx?|odt|jpe?g|png|txt|msg|eml|zip)\b")


_ROMAN = re.compile(r"[IVXLC]{1,5}")
_SEASON = re.compile(r"(?:19|20)\d\d/\d\d")


_MONTH_WORDS = frozenset(MONTHS.split("|"))


def bare_street_candidates(text: str, is_word, is_place, is_name) -> Iterator[Cand]:
    """Suffix-less street names with a house number (see ``BARE_STREET_RE``)."""
    for m in _matches_at(BARE_STREET_RE, text, _bare_street_starts(text)):
        word = m.group().split()[0]
        if is_place(word) or is_name(word) or word.lower() in _MONTH_WORDS:
            continue  # "On 8 July 2025 I waited": a month, a year and a pronoun (round thirty-one, from fresh37b)
        no = m.group("no")
        add = m.group("add")
        if not add and re.fullmatch(r"(?:19|20)\d\d", no):
            continue
        if add.startswith("/") and _DAY_MONTH.fullmatch(no[: len(no) - len(add)] + add):
            continue  # "Telefoonnotitie 28/1": a date; "De Wending 169/3" is a house number
        if _ROMAN.fullmatch(word) or _SEASON.fullmatch(no):
            continue  # "Kamerstukken II 2023/24": a chamber and a parliamentary year (round ten)
        if _DATE_TOKEN.fullmatch(no):
            continue  # "Uitbetaaldatum    2025-05-03": a date after a key
        if text.startswith(":", m.end("no")) and text[m.end("no") + 1 : m.end("no") + 2].isdigit():
            continue  # "Spraakmemo 4 - 0:45": a time after the dash, no house number's addition
        if _FILE_EXT.match(text, m.end("no")):
            continue  # "Bijlage: Brief Mohamud 6-12.pdf": a file's name, not an address
        before = text[max(0, m.start() - 24) : m.start()].lower().split()[-2:]
        prev = before[-1:]
        at_address = bool(prev) and prev[0] in ADDRESS_PREPS
        if not at_address and len(before) == 2 and before[1] in ("de", "het", "'t") and before[0] in ADDRESS_PREPS:
            at_address = True  # "bij De Wending 169/3": the article belongs to the street's name
        if is_word(word.lower()):
            # an ordinary word ("Bongerd", "Kamer") only with an address preposition and an addition
            if not (at_address and add) and not (prev and prev[0] in ("woont", "woonachtig", "adres", "adres:")):
                continue
        if add or at_address:
            yield m.start(), m.end("no"), "ADDRESS", "[adres]"


# An address line without a street suffix: capitalised words and a house number ending a line or field right
# before a postcode ("Lange Voort 206\n5120 KJ Heerlen", "| Spoorzicht 130, 7817 ke Amersfoort |"), or after an
# address cue ("ADRES: NIEUWE GOUWE 93", "ik woon op Lange Voort 94", "verhuisd naar de Nieuwe Gouwe 31 bis").
_AL_WORD = r"[" + _UP + r"][\w'’]*(?:-[" + _UP + r"][\w'’]+)?"
_AL_NO = r"(?P<no>\d{1,5}(?:(?:[ \-]?(?:bis|hs|huis|I{1,3}|rood|zw)|[-/]\d{1,3}|-?[A-Za-z]))?)(?![\w\-.,/]\w|[\w])"
ADDRESS_BEFORE_POSTCODE_RE = re.compile(
    r"(?m)(?:^|[|:;\t,])[ \t]*\"?(?P<street>"
    + _AL_WORD
    + r"(?:[ \t]+"
    + _AL_WORD
    + r"){0,3})[ \t]+"
    + _AL_NO
    + r"\"?[ \t]*(?:,|\r?\n|(?=\())[ \t]*[(\"]?[1-9]\d{3}[ \t]?[A-Za-z]{2}(?![\w])"
)
ADDRESS_CUE_RE = re.compile(
    r"(?=[AaWwVvSs])"  # every cue starts so: most positions fail before the alternatives
    r"(?i:\badres(?:[ \t]+(?:is|wordt|was))?[ \t]*:?[ \t]|(?<=[a-z])adres[ \t]*[:=]?[ \t]*|\badres[ \t]*=[ \t]*|"
    r"\bwoon(?:t|de|achtig)?[ \t]+(?:op|aan)[ \t]|\bwonen[ \t]+(?:op|aan)[ \t]|\bwonende(?:[ \t]+(?:op|aan))?[ \t]|"
    r"\bstraat(?:naam)?[ \t]*(?:(?:\+|en|&)[ \t]*huis(?:nummer|nr\.?))?[ \t]*[:=][ \t]*|"
    r"\bverhuisd[ \t]+naar[ \t]|\bverhuist[ \t]+naar[ \t])[ \t]*(?:(?:de|het|'t)[ \t]+)?(?P<street>"
    + _AL_WORD
    + r"(?:[ \t]+"
    + _AL_WORD
    + r"){0,3})[ \t]+"
    + _AL_NO
)
_NOT_STREET_START = frozenset({"postbus", "antwoordnummer", "bus", "kamer", "blok", "week", "dag", "bijlage"})
_ANY_DIGIT = re.compile(r"\d")
# What every ADDRESS_BEFORE_POSTCODE_RE match holds, in a scan led by one class (that pattern is tried everywhere).
_POSTCODE_LINE_GATE = re.compile(r"[,\n][ \t\"(]*[1-9]\d{3}")


def _postcode_line(text: str, runs: list[tuple[int, int]]) -> bool:
    """``_POSTCODE_LINE_GATE.search(text)`` from the runs of digits: four or more digits, not led by a zero, after
    a comma or a line break and spaces or tabs."""
    for s, e in runs:
        if e - s >= 4 and "1" <= text[s] <= "9":
            p = s - 1
            while p >= 0 and text[p] in ' \t"(':  # also a quote or a bracket: ',"7903HN"', '(6162pz)'
                p -= 1
            if p >= 0 and text[p] in ",\n":
                return True
    return False


# How every cue of ``ADDRESS_CUE_RE`` begins, in lower case. No letter of these has a case-insensitive match outside
# ASCII (unlike "i", "k" and "s"), so ``low`` holds them exactly where the pattern can start.
_ADDRESS_CUE_HEADS = ("adre", "woon", "wonen", "verhu", "straat")


def _word_starts(low: str, heads: tuple[str, ...]) -> list[int]:
    """Every offset in ``low`` where one of ``heads`` begins, ascending."""
    out = []
    for h in heads:
        i = low.find(h)
        while i != -1:
            out.append(i)
            i = low.find(h, i + 1)
    out.sort()
    return out


def address_line_candidates(text: str, low: str, is_place, is_name) -> Iterator[Cand]:
    """Streets without a street suffix, known by their place in an address (see ``ADDRESS_BEFORE_POSTCODE_RE`` and
    ``ADDRESS_CUE_RE``): the shape of the line is the evidence, not the word. Post boxes and places are no street."""
    runs = digit_runs(text)
    if not runs:
        return
    hits = []
    if ("\n" in text or "," in text) and _postcode_line(text, runs):
        hits += list(ADDRESS_BEFORE_POSTCODE_RE.finditer(text))
    if "adres" in low or "woon" in low or "wonen" in low or "verhuis" in low or "straat" in low:
        if len(low) != len(text):
            hits += list(ADDRESS_CUE_RE.finditer(text))
        else:  # the pattern opens with a look-ahead, so a scan tries it everywhere: only where its cue starts
            hits += list(_matches_at(ADDRESS_CUE_RE, text, _word_starts(low, _ADDRESS_CUE_HEADS)))
    for m in hits:
        words = m.group("street").split()
        first = words[0].lower()
        if first in _NOT_STREET_START or (len(words) == 1 and (is_place(words[0]) or is_name(words[0]))):
            continue
        no = m.group("no")
        if re.fullmatch(r"(?:19|20)\d\d", no):
            continue  # a year, not a house number
        yield m.start("street"), m.end("no"), "ADDRESS", "[adres]"


# A street named without a house number after a place preposition and an article: "langs het Zuiderdiep",
# "op de hoek van de Bleekweide en het Rokin". Only capitalised words that are no ordinary word, place,
# scheme or name are taken, and only as a weak candidate (a name found by context wins).
PREP_STREET_RE = re.compile(
    r"\b(?i:langs|achter|naast|tegenover|aan|op|bij|via|vanaf|richting|over|hoek\s+van|kruising\s+(?:van|met)|"
    r"hoek)\s+(?:de|het|'t)\s+(?P<w>[" + _UP + r"][\w'’]{3,}(?:-[" + _UP + r"][\w'’]+)?)(?![\w\-])",
)
_HOEK_EN_RE = re.compile(
    r"\s+en\s+(?:de|het|'t)\s+(?P<w>[" + _UP + r"][\w'’]{3,}(?:-[" + _UP + r"][\w'’]+)?)(?![\w\-])"
)


_NEXT_CAP = re.compile(r" [" + _UP + r"]")
_CAPS_LINE = re.compile(r"[^a-zà-ÿ\n]*")
# endings of a scheme, a card, a document or a sea: no street ends so (round nine)
_THING_ENDINGS = (
    "kaart", "toeslag", "uitkering", "vergunning", "regeling", "subsidie", "premie", "aanslag", "beschikking",
    "aanvraag", "belasting", "bijstand", "pas", "zee", "oceaan",
    # rules and requests ("toetsing aan de Parkeerverordening", "bij het Verzoek tot Afstemming"), round ten
    "verordening", "reglement", "verzoek", "besluit", "protocol", "richtlijn",
    # a plan, a budget, a form or an evening of the municipality ("over het Buurtbudget", "Reactiekaart nr. 43"),
    # round twenty
    "budget", "plan", "formulier", "avond", "enquête", "enquete",
    *EVENT_ENDINGS,
)  # fmt: skip
# one pattern per article, each with a literal prefix the regex engine can search for quickly
_ART_CAPS = tuple(re.compile(a + r" [" + _UP + r"][\w'’]{3,}") for a in ("de", "het", "'t"))
_STREET_NOT = frozenset(
    "gemeente stadhuis gemeentehuis politie rechtbank wijkteam buurthuis bibliotheek school kerk moskee supermarkt "
    "winkel bank post markt huisarts apotheek ziekenhuis kantoor balie loket brief website app "
    "kamer rechter minister staatssecretaris burgemeester wethouder ombudsman inspectie "
    "week dag maand jaar avond nacht ochtend middag weekend".split()  # bodies, offices; times ("op de Week van ...")
)
_ORG_ENDINGS = (
    "dienst", "team", "zaken", "loket", "centrum", "beleid", "regeling", "wet", "raad", "bank", "fonds", "bedrijf",
    "bureau", "stichting", "corporatie",
    # buildings of a body: "bij het Stadsmuseum", "op de Muziekschool" (round thirty-three, from fresh39c)
    "museum", "bibliotheek", "theater", "school", "kerk", "moskee", "ziekenhuis", "kliniek", "apotheek", "zwembad",
    "college", "lyceum", "instituut", "academie",
)  # fmt: skip
LOWER_NOUN_NEXT = re.compile(r"[ \t]+(?P<n>[a-zà-ÿ]{4,})\b")


_ABSTRACT_ENDINGS = ("ing", "heid", "schap", "teit", "atie", "isme")


def _abstract_noun(w: str, is_word: Callable[[str], bool]) -> bool:
    """A long dictionary word with an abstract noun's ending ("Bemiddeling", "Gezondheid", "Vereniging"); not "-ring"
    ("Binnenring") and no short word ("Helling"), which streets are named by (round thirteen)."""
    lo = w.lower()
    if len(lo) < 8 or not lo.endswith(_ABSTRACT_ENDINGS):
        return False
    if lo.endswith("ring") and not (lo.endswith("ering") and not lo.endswith("wetering")):
        return False  # "Binnenring" is a street; "Ledenvergadering" a meeting (round seventeen)
    return any(is_word(lo[i:]) for i in range(0, len(lo) - 5))  # the word, or its last part ("-voorziening")


_BODY_NOUN_NEXT = re.compile(
    r"[ \t]+(?:ombudsman|ombudsvrouw|politie|raad|rekenkamer|commissie|omroep|bank|wet|dienst|zaken|vereniging)\b"
)


def prep_street_candidates(text: str, low: str, is_word, is_place, is_name) -> Iterator[Cand]:
    """Suffix-less street names without a house number after a place preposition (see ``PREP_STREET_RE``)."""
    if not any(k in low for k in ("langs", "achter", "naast", "tegenover", "hoek", "aan de", "op de", "op het")):
        return
    arts = sorted([m for rx in _ART_CAPS for m in rx.finditer(text)], key=lambda m: m.start())
    for a in arts:
        m = PREP_STREET_RE.search(text, max(0, a.start() - 22), a.end())
        if m is None or m.end() != a.end():
            continue
        hits = [m]
        if "hoek" in m.group().lower() or "kruising" in m.group().lower():
            nxt = _HOEK_EN_RE.match(text, m.end())
            if nxt:
                hits.append(nxt)
        for h in hits:
            w = h.group("w")
            # capitalised after an article mid-sentence: a proper name even when it is also a compound word
            # ("de Vismarkt"); a place takes no article, so places are not checked
            if w[:1].islower() or is_name(w) or w.lower() in _STREET_NOT or w.endswith(_ORG_ENDINGS):
                continue
            if _NEXT_CAP.match(text, h.end("w")):  # "het Juridisch Loket": a name of several words, not a street
                continue
            if (nxt := LOWER_NOUN_NEXT.match(text, h.end("w"))) and nxt["n"].endswith(_ORG_ENDINGS):
                continue  # "op het Erasmus college": a place named after a person (round thirty-three, fresh39b)
            if w.endswith("e") and is_word(w.lower()) and _BODY_NOUN_NEXT.match(text, h.end("w")):
                continue  # "aan de Nationale ombudsman": an adjective of a body's title (round twenty-three)
            if w.lower().endswith(_THING_ENDINGS):
                continue  # "belde over de Gehandicaptenparkeerkaart", "visser op de Noordzee": a thing, a sea
            if _abstract_noun(w, is_word):
                continue  # "aan de Bemiddeling te bellen", "op de Afdeling": an abstract noun names no street
            if w.isupper() and not _CAPS_LINE.fullmatch(text, h.start("w") - 12, h.end("w")):
                continue  # "bij het OCMW", "bij de GGD": an acronym names a body (round nine); in capitals only
                # when its line is in capitals too ("OP DE MARKT")
            yield h.start("w"), h.end("w"), "STREET", "[adres]"
