"""Addresses whose street has no street-type suffix, is an ordinary word or carries a town's name, known by where
they stand rather than by the word: a capitalised phrase and a house number after an address cue somewhere earlier in
the sentence ("het adres van de melder is Kievit 23", "woont sinds 2019 op Boterbloem 4"), in brackets after a name
("De heer Pronk (Zilverschoon 12)"), or right after an address preposition when the phrase is a town's name or has
several words ("op Zwanenburg 12", "aan de Oude Delft 41": towns have no house numbers), right before a postcode or a
known town ("Zonnedauw 192bis, 3345-WA Purmerend", "Gagelhil 3 Zwolle"), right after a town and a comma ("Woonachtig
te Zwolle, Ratelom 14"), after a verb of living or a word for a building ("ik woon Ratelom 12", "de woning Vlierdrift
12"), or after "naar"/"bij" with a number addition or a mail cue ("zijn post gaat naar Buitenom 36"). A title's full
stop ends no sentence ("bij mw. Osman aan de Oude Delft 119"). In chat text a lower-case street after a verb of living
counts too ("ik woon op de zonnewijzer 128a").

Numbered things are no street ("Bijlage 2", "Fase 3", "Groep 7", "Kamer 12"), nor a year ("Wmo 2015"), a quantity
("12 uur") or a public body. The finder starts from the runs of digits ``patterns.digit_runs`` already found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .lexicon import WORDS, split_compound
from .patterns import _PREFIX_ONE, _THING_ENDINGS, STREET_END, STREET_SUFFIX, STREET_TYPE_WORD, _matches_at, digit_runs
from .rxutil import ascii_fold_lower
from .wordlists import CUE_WORDS

Cand = tuple[int, int, str, str]

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽŞŠŽ"
# The house number at a digit run: no leading zero, an optional addition, then no more digits or a date. The addition
# also as the registry writes it, a capital and two digits ("189A01", round nine).
_NUMBER = re.compile(
    r"[1-9]\d{0,3}(?:(?:[ \t]?-[ \t]?\d{1,3}|/\d{1,3}|[ \t]?-?[A-Za-z](?![\w])|-?[A-Z]\d\d(?![\w])|"
    r"[ \t](?:hs|bis|I{1,3}|rood|zw)\b|"
    r"-(?:I{1,3}|hs|huis|ws)\b|bis\b))?(?![\w\-/.,:]\d|\d|[\w])"  # "60-ws": a houseboat's berth (round thirty)
)
_AFTER_NOT = re.compile(
    r"\s*(?:jaar|jr\b|keer|dagen|weken|maanden|uur|u\b|euro|procent|%|km|m\b|kilo|minuten|stuks|personen|"
    r"mensen|woningen|huizen|kinderen|punten|stemmen|jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)",
    re.I,
)
# A capitalised phrase of one to four words ending right before the house number; inner particles allowed
# ("Laan van Nieuw Oosteinde", "Achter de Hoven").
_PHRASE_BEFORE = re.compile(
    r"(?:(?<=[\s(\"'„“:,;])|^)(?P<p>["
    + _UP
    + r"][\w'’\-]*(?:[ ]+(?:(?:van|de|der|den|het|'t|en|op|aan|in|te|ten|ter)"  # no tab: one cell, one street
    r"[ ]+)*[" + _UP + r"0-9][\w'’\-.]*){0,3})(?P<marker>,?[ \t]+(?:nr\.?|no\.?|nummer|huisnummer))?[ \t]+$"
)
NUMBERED_THINGS = frozenset(
    """
bijlage bijlagen fase artikel art groep week stap versie hoofdstuk tabel figuur kamer ronde deel bus lijn zaal
punt agendapunt vraag bladzijde pagina blz nummer nr klas niveau jaar dag maand uur periode seizoen editie module
les sessie regel lid paragraaf par noot optie variant scenario kwartaal schaal trede categorie type model serie box
loket balie spoor perron gate plek vak blok verdieping etage toren hal gebouw unit postbus antwoordnummer
tafel kanaal zender route tram metro afslag snelweg rijksweg provinciale team wijk zone district kavel stand
bed cel vleugel afdeling deur ingang bijeenkomst bericht brief mail melding aanvraag zaak dossier casus
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli augustus
september oktober november december ronde wedstrijd speelronde klasse divisie nummertje prioriteit urgentie
stadium graad huisnummer klacht klachtnummer factuur nota rekening polis contract order bon ticket besluit
beschikking stembureau stembus kieskring lijstnummer jaargang aflevering uitgave
volkstuin tuin moestuin perceel standplaats ligplaats garagebox berging parkeerplaats kluis locker
""".split()
)  # round thirty-four: plots, moorings and boxes ("Volkstuin nummer 15 gaat naar ...", fresh40c)
_ADDRESS_CUE = re.compile(
    r"(?i)\b(?:adres|woonadres|postadres|bezoekadres|verblijfadres|huisadres|adreswijziging|adresgegevens)\b"
)
_RESIDE = re.compile(
    r"(?i)\b(?:woon|woont|woonde|wonen|woonachtig|wonende|verhuisd|verhuist|verhuizen|ingetrokken|intrekken|"
    r"ingeschreven|staat\s+ingeschreven)\b"
)
_MAIL = re.compile(r"(?i)\b(?:post|brief|brieven|correspondentie|pakket|stukken|stuur|stuurt|gestuurd|verstuurd)\b")
_TOWN_BEFORE = re.compile(r"(?:^|[\s(:])(?P<t>[" + _UP + r"][\w'’\-]+(?:[ \t]+[" + _UP + r"][\w'’\-]+)?),[ \t]*$")
_TITLE_NAME_COMMA = re.compile(
    r"(?i:\b(?:fam|familie|mevrouw|mevr|mw|meneer|de[ \t]+heer|dhr|heer)\.?)[ \t]+(?:[A-Z]\.[ \t]*)*"
    r"(?:(?:van|de|der|den|ter|ten|el|al)[ \t]+)*[" + _UP + r"][\w'’\-]+,[ \t]*$"
)
_RESIDE_DIRECT = re.compile(r"(?i)\b(?:woon|woont|wonen|woonde|woonden|woning|pand|perceel)[ \t]+$")
# A visit to a home right before the street: "huisbezoek Tichelwerk 90 zw", "adrescontrole bij Kolk 3" (round nine).
_VISIT_BEFORE = re.compile(
    r"(?i)\b(?:huisbezoek(?:en)?|adrescontrole|adresonderzoek|woningcontrole|woonfraudecontrole|woningbezoek)"
    r"(?:[ \t]+(?:bij|aan|op|in)(?:[ \t]+(?:de|het|'t))?)?[ \t]*:?[ \t]+$"
)
_HOME_WORDS = frozenset(("thuis", "woning", "huis", "huisje", "flat", "adres", "bewoner", "bewoners", "buren"))
_PREP_BEFORE = re.compile(r"(?i)(?:^|[\s(])(?P<prep>op|aan|naar|bij|vanaf|tegenover|naast|achter|voor|van)[ \t]+"
                          r"(?:(?:de|het|'t)[ \t]+)?$")  # fmt: skip
_RESIDE_PREP = re.compile(r"(?i)(?:^|[\s(])(?:op|aan|naar|van|uit|in)[ \t]+(?:(?:de|het|'t)[ \t]+)?$")
# A part of a house or its plot right before the preposition (round eight): "voor de deur op X 4", "de kelder van X
# 19", "de tuin bij X 7". A house number after it is a home's.
_HOUSE_PART_BEFORE = re.compile(
    r"(?i)\b(?:deur|voordeur|achterdeur|kelder|zolder|tuin|voortuin|achtertuin|schuur|garage|oprit|stoep|gevel|dak|"
    r"balkon|portiek|galerij|trappenhuis|brievenbus|woning|huis|flat|benedenwoning|bovenwoning|pand|perceel|erf|"
    r"keuken|badkamer|slaapkamer|woonkamer|lift|voorgevel|achtergevel|schutting|heg)[ \t]+"
    r"(?:op|aan|van|bij|naast|tegenover)[ \t]+(?:(?:de|het|'t)[ \t]+)?$"
)
# A verb of living right after the house number: "die niet op Tjalk 157 woont", "dat op X 4 woonde".
_RESIDE_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:nog|al|niet|meer|nu|ook|sinds|zelf)[ \t]+){0,2}"
    r"(?:woont|woonde|woonden|wonen|woonachtig|ingeschreven|staat[ \t]+ingeschreven)\b"
)
_LEADING_PREPS = frozenset({"op", "aan", "bij", "naar", "vanaf", "tegenover", "naast", "achter", "voor", "van"})
# A capitalised word for a building before the street: "Pand Mispelom 2 is gesloopt", "Woning Ratelom 4".
_BUILDING_LEADS = frozenset({"pand", "woning", "perceel"})
_LOCATION_CUE = re.compile(
    r"(?i)(?:\bter[ \t]+hoogte[ \t]+van|\bt\.h\.v\.|\blocatie[ \t]*:|\bplaats[ \t]+delict)[ \t]*$"
)
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
# A full stop after a title, an abbreviation or an initial ends no sentence: "Postadres van dhr. Karimi: ...",
# "Het huisbezoek bij mw. Osman aan de ...".
_ABBREV_BEFORE_DOT = re.compile(
    r"(?:(?<![\w.])[A-Za-zÀ-ÿ]|\b(?i:dhr|mw|mevr|mr|dr|drs|ir|ing|prof|fam|ds|st|bijv|ca|nr|no|tel|evt|o\.a|i\.v\.m|"
    r"m\.b\.t|t\.a\.v|t\.h\.v|z\.s\.m|geb|resp))\.\s$"
)


def _sentence_start(text: str, i: int, width: int = 120) -> int:
    """Where the sentence holding offset ``i`` starts, looking back at most ``width`` characters."""
    lo = max(0, i - width)
    ends = [
        m.end()
        for m in _SENTENCE_END.finditer(text, lo, i)
        if m.group() == "\n" or not _ABBREV_BEFORE_DOT.search(text, max(0, m.start() - 8), m.end())
    ]
    return ends[-1] if ends else lo


def _plain_word(w: str) -> bool:
    """A capitalised word that could name a street: no acronym or amount ("EUR"), no letters after a capital."""
    return len(w) > 2 and w[1:].islower() and "-" not in w


# A postcode right after the house number, on the same line after a comma, bar or spaces, in brackets, or at the
# start of the next line: the line is an address whatever the street is called.
_POSTCODE_AFTER = re.compile(
    r"(?:[ \t]*[,;|][ \t]*|[ \t]*\n[ \t]*|[ \t]+[-–][ \t]+|[ \t]+)\(?[1-9]\d{3}(?:[ \t\u00a0]{1,2}|-)?[A-Za-z]{2}"
    r"(?![\w\-])"
)
# A town right after the house number: after a comma, a space, a dash or a bracket, on the next line, or after "in"
# or "te"; then the end of the phrase ("Gagelhil 3 Zwolle", "Vlierdrift 12 (Zwolle)", "Vlierdrift 12 te Zwolle").
_TOWN_AFTER = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]*\n[ \t]*|[ \t]+(?:in|te)[ \t]+|[ \t]+[-–]?[ \t]*\(?)"
    r"(?P<t>[" + _UP + r"][\w'’\-]+(?:[ \t]+[" + _UP + r"][\w'’\-]+)?)"
    r"(?=[ \t]*(?:[.,;:)\n]|$))"
)


def _postcode_or_town_after(text: str, end: int, is_place: Callable[[str], bool]) -> bool:
    """A postcode or a known town follows the house number ending at ``end``."""
    if _POSTCODE_AFTER.match(text, end):
        return True
    t = _TOWN_AFTER.match(text, end)
    return bool(t) and is_place(t.group("t"))


_WHOLE_STREET = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]{2,}(?:" + STREET_SUFFIX + r")")


# initials right before a word: dotted ("R.S. ", "J. W. ", "M.H ") or two or three capitals ("WJ ") (round
# twenty-eight, from holdout27's lists of signatures)
_INITIALS_BEFORE = re.compile(
    r"(?:(?<![\w.])(?:[A-Z]\.[ ]?){1,4}|(?<![\w.])[A-Z]\.[A-Z][ ]"
    r"|(?<![\w.])(?!(?:DE|OP|IN|AAN|BIJ|TE|HET|EEN|NAAR|VAN|TOT|UIT|EN|OF|NR)[ ])[A-Z]{2,3}[ ])"
    r"(?:(?:van|de|der|den|ten|ter|te|in|'t|op)[ ]){0,3}\Z"
)


_NAME_PARTICLES = frozenset(
    "van de der den ten ter te vande vander del della di da dos du el al le la in 't op".split()
)
_STRONG_STREET_END = re.compile(r"(?:straat|straatje|laan|weg|plein|gracht|kade|singel|dreef|steeg|dijk|pad|markt)\Z")


def _surname_shaped(words: list[str]) -> bool:
    """A surname, perhaps after its particles ("Kaptijnova", "Vander Wouelaere", "ten Sande"), and no word that ends
    as only a street does: after initials and before ", nr. 12" it names the person of that house."""
    if len(words) > 1 and not all(w.lower() in _NAME_PARTICLES for w in words[:-1]):
        return False
    return not _STRONG_STREET_END.search(words[-1].lower())


def find_cued_addresses(text: str, is_place: Callable[[str], bool], is_gov: Callable[[str], bool]) -> Iterator[Cand]:
    """Addresses known by their position (see the module docstring)."""
    for ds, _de in digit_runs(text):
        if ds < 2 or text[ds - 1] not in " \t":
            continue
        num = _NUMBER.match(text, ds)
        if num is None or _AFTER_NOT.match(text, num.end()):
            continue
        no = num.group()
        if re.fullmatch(r"(?:19|20)\d\d", no):
            continue  # a year ("Wmo 2015", "Plein 1945" is found by the suffix rules)
        if no == "14" and _SERVICE_NUMBER_TAIL.match(text, num.end()):
            continue  # "het nummer 14 020": the municipalities' service number (round ten)
        m = _PHRASE_BEFORE.search(text, max(0, ds - 60), ds)
        if m is None:
            continue
        ps = m.start("p")
        words = m.group("p").split()
        if len(words) >= 3 and m.group("p").isupper() and all(w.lower() in WORDS for w in words):
            continue  # "OFFERTE ONTRUIMING EN REINIGING nr. 1456": a heading in capitals (round thirty-four)
        lead = ""
        if len(words) > 1 and (words[0].lower() in _LEADING_PREPS or words[0].lower() in _BUILDING_LEADS):
            lead = words[0].lower()
            # "Op Boterbloem 4 staat ...": a capitalised preposition opening the sentence is no part of the street
            ps = m.start("p") + len(words[0])
            while text[ps] in " \t":
                ps += 1
            words = words[1:]
        if (
            len(words) == 2
            and len(words[0]) >= 8
            and words[0][:1].isupper()
            and _WHOLE_STREET.fullmatch(words[1])
            and not _PREFIX_ONE.fullmatch(words[0])
        ):
            # "Huisbezoek Wilgendreef 174": a heading's noun before a whole street name (round thirteen)
            ps = m.start("p") + m.group("p").index(words[1], len(words[0]))
            words = words[1:]
        options = [(ps, words, lead, bool(m.group("marker")))]
        # a letter wrapped by hand: "de woning aan de Het⏎Want 49", "aan de Oude⏎Rijn 10"
        wrap = _WRAPPED_HEAD.search(text, max(0, ps - 40), ps) if text[ps - 1 : ps] == "\n" else None
        if wrap:
            options.insert(0, (wrap.start("x"), [wrap.group("x"), *words], "", bool(m.group("marker"))))
        # "bij mw. Osman aan de Oude Delft 119": the phrase took the name and the preposition; try what follows it
        for inner in list(_INNER_PREP.finditer(text, ps, m.end("p")))[-1:]:
            opt = (inner.end(), text[inner.end() : m.end("p")].split(), "", bool(m.group("marker")))
            head = text[ps : inner.start()].split()
            if len(head) == 1 and _plain_noun(head[0]) and (ps == 0 or text[ps - 1] == "\n"):
                options.insert(0, opt)  # "Huisbezoek op Wilgenkade 111" opening a line: a noun, no street (r. 32)
            else:
                options.append(opt)
        for ps, words, lead, marker in options:
            if _decide(text, ps, words, lead, marker, num.end(), no, is_place, is_gov):
                yield ps, num.end(), "ADDRESS", "[adres]"
                if marker and _FAMILY_BEFORE.search(text, max(0, ps - 16), ps):
                    yield from _street_named_before(text, ps, is_place, is_gov)
                break
    low = text.lower()
    if "woon" in low or "wonen" in low:
        yield from _lower_resident_streets(text)


# "Burenruzie Ganzenmarkt: fam. Oosterhout nr. 12 en fam. Okafor nr. 14" (round ten): a family and a house number,
# the street named once before in the sentence or heading, a word with a street ending or a street's type word.
_FAMILY_BEFORE = re.compile(r"(?i:\b(?:fam|familie|dhr|mw|mevr|mevrouw|meneer|de[ \t]+heer)\.?)[ \t]+$")
_STREET_WORD = re.compile(
    r"(?<![\w\-])[" + _UP + r"][a-zà-ÿ'’]{2,}?(?:" + STREET_SUFFIX + r"|om|rode)(?![\w\-])"
    r"|(?<![\w\-])(?:" + STREET_TYPE_WORD + r")(?![\w\-])"
)


def _street_named_before(
    text: str, ps: int, is_place: Callable[[str], bool], is_gov: Callable[[str], bool]
) -> Iterator[Cand]:
    """The street a family's house number belongs to: the subject of the line's heading, one street-like word
    before a colon after at most one topic word ("Burenruzie Achterom:"); not a name's part ("Fam. Haverkamp")."""
    ls = text.rfind("\n", 0, ps) + 1
    h = _HEADING_STREET.match(text, ls, ps)
    if h is None:
        return
    w = h.group("w")
    if _STREET_WORD.fullmatch(w) and not is_place(w) and not is_gov(w):
        yield h.start("w"), h.end("w"), "ADDRESS", "[adres]"


_HEADING_STREET = re.compile(r"[ \t#*_]*(?:[" + _UP + r"][a-zà-ÿ]+[ \t]+)?(?P<w>[" + _UP + r"][a-zà-ÿ'’]+):")


# Chat and spoken text in lower case: "ik woon op de zonnewijzer 128a", "wij wonen aan lange voren 12". A verb of
# living, "op"/"aan", a lower-case name of one or two words and a house number; a numbered thing is no street.
_LOWER_RESIDE = re.compile(
    r"(?i:\b(?:woon|woont|wonen|woonde|woonden)[ \t]+(?:(?:nu|al|sinds|hier|daar)[ \t]+)?(?:op|aan)[ \t]+"
    r"(?:(?:de|het|'t)[ \t]+)?)(?P<p>[a-zà-ÿ][a-zà-ÿ'’\-]{3,}(?:[ \t]+[a-zà-ÿ][a-zà-ÿ'’\-]{3,})?)[ \t]+"
    r"(?P<no>[1-9]\d{0,3}(?:[ \t]?-?[a-z](?![\w])|-\d{1,3}|[ \t](?:hs|bis)\b|bis\b)?)(?![\w\-/.,:]\d|\d|[\w])"
)


def _lower_resident_streets(text: str) -> Iterator[Cand]:
    """Lower-case streets after a verb of living (see ``_LOWER_RESIDE``)."""
    for m in _LOWER_RESIDE.finditer(text):
        words = m.group("p").split()
        if any(w in NUMBERED_THINGS or w in _LOWER_NOT for w in words) or _AFTER_NOT.match(text, m.end()):
            continue
        yield m.start("p"), m.end("no"), "ADDRESS", "[adres]"


_LOWER_NOT = frozenset(("huisnummer", "nummer", "etage", "verdieping", "kamer", "adres", "zelfde", "eerste", "tweede"))


_SERVICE_NUMBER_TAIL = re.compile(r"[ \t\-.]?0\d{2,3}(?!\d)")
_DETERMINERS = frozenset(("het", "de", "een", "dit", "dat", "die", "deze", "ons", "onze", "uw", "mijn", "zijn", "haar"))


_WRAPPED_HEAD = re.compile(
    r"(?i:\b(?:aan|op|bij|naar|van|naast|tegenover|achter|voor)[ \t]+(?:de|het|'t)?[ \t]*)"
    r"(?P<x>De|Het|'t|Oude|Nieuwe|Lange|Korte|Hoge|Lage|Grote|Kleine|Sint)[ \t]*\n\Z"
)
_INNER_PREP = re.compile(
    r"[ \t](?:aan|op|naar|bij|naast|tegenover|vanaf)[ \t]+(?:(?:de|het|'t)[ \t]+)?(?=[" + _UP + r"])"
)


def _plain_noun(w: str) -> bool:
    """A capitalised Dutch word or compound of two, no street's name: "Huisbezoek", "Controle"."""
    lo = w.lower()
    if STREET_END.search(lo):
        return False
    return lo in WORDS or split_compound(lo)


def _decide(
    text: str,
    ps: int,
    words: list[str],
    lead: str,
    marker: bool,
    end: int,
    no: str,
    is_place: Callable[[str], bool],
    is_gov: Callable[[str], bool],
) -> bool:
    """Whether ``words`` (starting at ``ps``) with the house number ``no`` ending at ``end`` is an address."""
    phrase = " ".join(words)
    first = words[0].lower().strip("'’")
    if len(words) == 1 and first in _DETERMINERS:
        return False  # "Het nummer 12": an article or pronoun before a marker names no street (round ten)
    if re.fullmatch(r"[A-Z]{2}\d{2}", words[0]) or (len(words) == 1 and re.fullmatch(r"[A-Z]{2,4}", words[0])):
        return False  # an IBAN's country and check digits ("op NL93 INGB 7764 ..."), an acronym ("BSN 0564 50 515")
    if first in NUMBERED_THINGS or words[-1].lower() in NUMBERED_THINGS or is_gov(phrase) or is_gov(words[0]):
        return False
    if words[-1].lower().endswith(_THING_ENDINGS) and not _WHOLE_STREET.fullmatch(words[-1]):
        return False  # "Reactiekaart nr. 43", "Aanvraagformulier 2": a numbered card or form (round twenty)
    if marker and _INITIALS_BEFORE.search(text, max(0, ps - 24), ps) and _surname_shaped(words):
        return False  # "- R.S. Kaptijnova, nr. 12 – akkoord": a person's initials and surname, then their house number
    sent = _sentence_start(text, ps)
    before = text[sent:ps]
    after = text[end : end + 40]
    if marker or _LOCATION_CUE.search(before):
        return True  # "Koggeschip nr. 12", "de Grutto, nummer 4", "ter hoogte van Tolhuis 8"
    if _postcode_or_town_after(text, end, is_place):
        return True  # "Zonnedauw 192bis, 3345-WA Purmerend", "Noordeinde 206b⏎3438NE Den Helder"
    if _ADDRESS_CUE.search(before) or (_RESIDE.search(before) and _RESIDE_PREP.search(before)):
        return True  # "het adres van de melder is Kievit 23", "woont sinds 2019 op Boterbloem 4"
    town = _TOWN_BEFORE.search(before)
    if town and is_place(town.group("t")) and not is_place(phrase):
        return True  # "Woonachtig te Zwolle, Ratelom 14": a town, a comma, then the street
    if _RESIDE_DIRECT.search(before) or _VISIT_BEFORE.search(before):
        return True  # "ik woon Ratelom 12 en ...", "de woning Vlierdrift 12 is verkocht"
    if before.endswith("(") and (after.startswith(")") or after.startswith(",")):
        # "(Zilverschoon 12)" after a name: a capitalised word before the bracket; or a bracket holding only a name
        # and a house number after a word for a home or a house number with an addition ("bij hen thuis (Boterbloem
        # 78)", "het portiek (Boterbloem 121 II)"); "(Windows 10)" stays
        prev = before[:-1].rstrip().split()[-1:] if before[:-1].strip() else []
        if prev and (prev[0][:1].isupper() or prev[0].lower() in CUE_WORDS):
            return True  # "De heer Pronk (Zilverschoon 12)", "de melder (Ratelom 9)"
        return after.startswith(")") and (not no.isdigit() or (bool(prev) and prev[0].lower() in _HOME_WORDS))
    prep = _PREP_BEFORE.search(before)
    if lead in _BUILDING_LEADS:
        return True  # "Pand Mispelom 2 is gesloopt"
    if _TITLE_NAME_COMMA.search(before):
        return True  # "Fam. Öztürk, Noordeinde 3", "mevrouw J. de Vries, Ratelom 12"
    if _MAIL.search(before) and before.rstrip().endswith(","):
        return True  # "de brief sturen naar mevrouw Jansen, Gagelhil 12"
    if lead in ("op", "aan") and before.strip().lower() == lead:
        return True  # "Op Boterbloem 4 staat ...": the preposition opens the sentence
    if prep and (len(words) > 1 or is_place(words[0])):
        return True  # "op Zwanenburg 12", "aan de Oude Delft 41", "naast Noordeinde 7"
    if prep and _plain_word(words[0]) and (_HOUSE_PART_BEFORE.search(before) or _RESIDE_AFTER.match(after)):
        return True  # "de container staat voor de deur op Tjalk 224", "in de kelder van Tjalk 19", "die niet op Tjalk
        # 157 woont": a part of a house before the preposition, or a verb of living after the number
    # "de handhaver gaat langs bij Bolwerk 23a", "het portiek van Boterbloem 121 II", "zijn post gaat naar Buitenom 36"
    return bool(
        prep
        and _plain_word(words[0])
        and (
            not no.isdigit()
            or (prep.group("prep").lower() != "van" and _MAIL.search(before) and _RESIDE_PREP.search(before))
        )
    )


# Street-type endings that are also endings of towns, estates and buildings ("-veld", "-horst", "-hoven"; not
# "-park" or "-bos": public parks and woods stay): a
# street without a house number only after a lower-case article ("in de Molenhorst", "voorbij de Zwanenweide"),
# because a town takes no article and a street does.
_TOPO_END = (
    "veld", "akker", "kamp", "weide", "polder", "dam", "gaarde", "hout", "donk", "tuin", "tuinen", "horst", "zoom",
    "oord", "vaart", "zijde", "hoek", "berg", "heuvel", "hoven", "hoeve", "wetering", "brink", "esch", "laar",
    "hage", "wijk", "poort", "vliet", "sloot", "burcht", "stede", "waard", "schans", "kreek", "beemd", "rade", "meent",
    "burg", "pleintje", "straatje", "diep", "vest", "veste", "gang", "rak", "til", "loop", "dal", "zicht",
    "lust", "oever", "kant", "zand", "dries", "voort", "stein", "steyn", "ven", "hof", "singel", "dreef", "erf", "wei",
)  # fmt: skip
_ARTICLE_TOPO = re.compile(
    r"(?<![\w'’])(?:de|het|'t)[ \t]+(?P<w>[" + _UP + r"](?:[\w'’]+[ \t])?[\w'’\-]{2,}?(?:" + "|".join(_TOPO_END) + r"))"
    r"(?![\w\-])(?![ \t]+[" + _UP + r"0-9])"
)


# Where a lower-case article stands before a capital: every match of ``_ARTICLE_TOPO`` and ``_PREFIXED`` starts at one
# of these (both open with a look-behind, which the engine tries at every position); one literal-led scan per text,
# shared by the two finders, which then try their pattern only there (``patterns._matches_at``: the same matches).
_ARTICLE_LEAD = re.compile(r"(?:de|het|'t)[ \t]+[" + _UP + r"]")
_LEADS: tuple[str | None, list[int]] = (None, [])


def _article_starts(text: str) -> list[int]:
    global _LEADS
    last, starts = _LEADS  # one read of the pair: safe when threads share the module
    if last is not text:
        starts = [m.start() for m in _ARTICLE_LEAD.finditer(text)]
        _LEADS = (text, starts)
    return starts


def find_article_streets(
    text: str, is_word: Callable[[str], bool], is_place: Callable[[str], bool], is_name: Callable[[str], bool]
) -> Iterator[Cand]:
    """Streets without a number whose ending is also a town's or a building's, after a lower-case article."""
    for m in _matches_at(_ARTICLE_TOPO, text, _article_starts(text)):
        w = m.group("w")
        words = w.split()
        last = words[-1]
        if len(last) < 7 and len(words) == 1:
            continue  # "de Kamp", "het Bos": too short to be more than the word
        if is_place(last) or is_name(last) or is_name(w):
            continue
        if is_word(last.lower()) and not (len(words) == 1 and last.lower().endswith(_STREET_TOPO_END)):
            continue  # "de Kinderboerderij", "de Speeltuin"; but "in de Veerdam", "in de Paardenwei": a common noun
            # ending as streets end, capitalised after a lower-case article, names a street
        if len(words) == 2 and (is_word(words[0].lower()) and words[0].lower() not in _STREET_ADJ):
            continue
        if last.lower().endswith(("wijk", "buurt", "kwartier", "zone")):
            continue  # "in de Rivierenwijk", "het Havenkwartier": a neighbourhood, no street (round fourteen)
        yield m.start("w"), m.end("w"), "STREET", "[adres]"


# the endings of ``_TOPO_END`` that name a street or a polder road, not a building, a garden or a corner
_STREET_TOPO_END = ("dam", "wei", "weide", "akker", "kamp", "gaarde", "wetering", "erf", "brink", "vliet", "sloot",
                    "singel", "dreef")  # fmt: skip
_STREET_ADJ = frozenset({"oude", "nieuwe", "lange", "korte", "hoge", "lage", "grote", "kleine", "sint"})


# The value of a street or address field, whatever its form: "Straat: Grutto", '"straat": "Lange Gouwe"',
# "Adres: 't Zand 5". The key is the evidence; a post box, an e-mail address or a public body is no street, and an
# organisation's "Bezoekadres"/"Postadres" (a public building) is not read.
# Also a key set off by dot leaders ("Straatnaam .......: X"), by a tab or by two spaces or more in a padded form
# ("Straat            X"; then the value is one cell, and no key: "Straat    Huisnummer" is a header), and an XML
# element ("<Straat>X</Straat>"). A BRP extract numbers its keys: "11.10 Straatnaam .......: X".
_FIELD_STREET = re.compile(
    r"(?m)(?:^|[|;{,][ \t]*|\t|(?P<lt><))[ \t]*(?:\d\d\.\d\d[ \t]+)?"
    r"\"?(?P<key>(?i:straat(?:naam)?|street|(?:woon|correspondentie|verblijf|"
    r"huis)?adres(?:regel)?(?:[ \t]*\d)?|address))\"?(?(lt)>|(?:[ \t]*(?:\.{2,}[ \t]*)?[:=]|(?P<gap>\t|[ ]{2,})))"
    r"[ \t]*\"?(?P<v>(?:'t[ \t]+|[" + _UP + r"])[^\n|;,\"{}<>@]{1,58})"
)
# What must follow a key of _FIELD_STREET for it to match (round ten): its ending ("naam", "regel", a number), a quote
# and then a ">", a separator or a gap; asked after each "straat", "street", "adres" and "address" in the folded
# lower-case text (``rxutil.ascii_fold_lower``: where ``(?i:...)`` matches), a necessary test before the scan.
_FIELD_KEYS = ("straat", "street", "adres", "address")
_AFTER_FIELD_KEY = re.compile(r"(?:naam|regel)?(?:[ \t]*\d)?\"?(?:>|[ \t]*(?:\.{2,}[ \t]*)?[:=]|\t|[ ]{2,})")


def _field_key_possible(text: str) -> bool:
    """False only if no key of _FIELD_STREET is followed by what the pattern asks after it (then it finds nothing)."""
    f = ascii_fold_lower(text)
    if f is None:
        return True
    for key in _FIELD_KEYS:
        p = f.find(key)
        while p != -1:
            if _AFTER_FIELD_KEY.match(f, p + len(key)):
                return True
            p = f.find(key, p + 1)
    return False


_CELL_GAP = re.compile(r"\t| {2}")
_KEY_WORD = re.compile(r"(?i)nummer|\bnr\b|postcode|plaats|toevoeging|huisletter")
_NOT_STREET_VALUE = re.compile(r"(?i)^(?:postbus|antwoordnummer|bus\b|zie\b|onbekend|geen|n\.?v\.?t|idem|gemeente\b)")


# A street field's value in lower case, as residents type it: "Straat: otterweg  Huisnummer: 48b", "straat: vlierweg
# 12" (round sixteen, from the blind corpus fresh22b): a house number or a number key must follow, or a street word
# end it.
_FIELD_STREET_LOW = re.compile(
    r"(?m)(?:^|[|;{,][ \t]*|\t)[ \t]*(?i:straat(?:naam)?|street)[ \t]*:[ \t]*"
    r"(?P<v>[a-zà-ÿ][a-zà-ÿ'’\-]{2,40}(?:[ ][a-zà-ÿ'’\-]{2,20}){0,3}?)"
    r"(?P<next>[ \t]*\d|[ \t]+(?i:huisnummer|huisnr|nummer|nr)\b|[ \t]*(?:$|[,;|]|\t|[ ]{2,}))"
)


def _lower_field_streets(text: str) -> Iterator[Cand]:
    """The lower-case values of street fields (see ``_FIELD_STREET_LOW``)."""
    for m in _FIELD_STREET_LOW.finditer(text):
        v = m.group("v")
        if _NOT_STREET_VALUE.match(v):
            continue
        after = text[m.end("v") : m.end("v") + 20].lstrip(" \t").lower()
        numbered = after[:1].isdigit() or after.startswith(("huisnummer", "huisnr", "nummer", "nr"))
        if numbered or any(v.endswith(w) for w in STREET_WORDS):
            yield m.start("v"), m.end("v"), "ADDRESS", "[adres]"


# A street named by where along it something happened: "Plaats: Klepsydrapark ter hoogte van nummer 50" (round
# sixteen, from holdout15: 41 streets and no other word over the development corpora).
_AT_NUMBER = re.compile(
    r"(?P<v>[" + _UP + r"][\w'’\-]+(?:[ \t][" + _UP + r"][\w'’\-]+)?)[ \t]+(?i:ter hoogte van)[ \t]+"
    r"(?i:huis)?(?i:nummer|nr\.?)[ \t]*\d{1,4}"
)


_STREET_ENDS = ("straat", "weg", "laan", "plein", "gracht", "singel", "kade", "dijk", "hof", "pad", "steeg", "dreef")


# also a street said to lack its house number: "ik zie Stokrozenpark zonder huisnummer" (round thirty-four, from
# holdout33's address changes)
_NO_NUMBER = re.compile(
    r"(?P<v>[" + _UP + r"][\w'’\-]+(?:[ \t][" + _UP + r"][\w'’\-]+)?)[ \t]+(?i:zonder|maar geen|geen)[ \t]+huisnummer"
)


def find_streets_at_number(text: str, is_gov: Callable[[str], bool], is_word: Callable[[str], bool]) -> Iterator[Cand]:
    """The street before "ter hoogte van nummer N" (see ``_AT_NUMBER``) or "zonder huisnummer"; a body's name and an
    ordinary word ("Parkeerplaats ter hoogte van nummer 12") stay."""
    if "hoogte van" not in text and "huisnummer" not in text:
        return
    for m in (*_AT_NUMBER.finditer(text), *(_NO_NUMBER.finditer(text) if "huisnummer" in text else ())):
        start, v = m.start("v"), m.group("v")
        if v.startswith(("De ", "Het ")):  # "De Parkeerplaats ter hoogte van ...": the article opens a sentence
            start, v = start + v.index(" ") + 1, v[v.index(" ") + 1 :]
        if is_gov(v.split()[0]):
            continue
        # an ordinary word stays, but one that ends in a street's word is the street: "Kerkweg ter hoogte van
        # huisnummer 84" (round twenty-five, from the blind corpus fresh31d)
        if " " not in v and is_word(v.lower()) and not v.lower().endswith(_STREET_ENDS):
            continue
        yield start, m.end("v"), "ADDRESS", "[adres]"


# A house number before a lower-case street after "adres (is)": "adres is 233b watermuntveld 1234 AB Emmen" (round
# sixteen, from the blind corpus fresh22b: 8 streets and no other word over the development corpora).
_NUMBER_FIRST = re.compile(
    r"(?i:\badres)(?:[ \t]+is)?[ \t]*:?[ \t]+(?P<n>\d{1,4}[a-z]?(?:-\d{1,3}|-hs)?)[ \t]+"
    r"(?P<v>[a-zà-ÿ][a-zà-ÿ'’\-]{3,30})(?![\w])"
)


def find_field_streets(text: str, low: str, is_gov: Callable[[str], bool]) -> Iterator[Cand]:
    """The value of a street or address field (see ``_FIELD_STREET``); ``low`` is ``text`` in lower case."""
    if "adres" in low:
        for m in _NUMBER_FIRST.finditer(text):
            v = m.group("v").lower()
            if not _NOT_STREET_VALUE.match(v) and (v not in WORDS or v.endswith(tuple(STREET_WORDS))):
                yield m.start("n"), m.end("v"), "ADDRESS", "[adres]"  # not "Mijn adres is 12 jaar oud"
    if "straat" not in low and "adres" not in low and "street" not in low or not _field_key_possible(text):
        return
    for m in _FIELD_STREET.finditer(text):
        v = m.group("v").rstrip(" \t.,")
        if not v or _NOT_STREET_VALUE.match(v) or is_gov(v.split()[0]):
            continue
        if m.group("gap") and (_CELL_GAP.search(v) or _KEY_WORD.search(v)):
            continue  # "Straat    Huisnummer    Postcode": a header, not a field
        yield m.start("v"), m.start("v") + len(v), "ADDRESS", "[adres]"
    if "straat" in low or "street" in low:
        yield from _lower_field_streets(text)


# A street named by a position or size word and a name, or "Laan van X", after a lower-case article, without a
# house number: "in de Lange Gouwe", "uit de Laan van Meerzicht", "de Oude Delft" (a town takes no article). When
# the last word is an ordinary word it must be a street word ("de Oude Vaart"), not a building ("de Oude Kerk").
_PREFIXED = re.compile(
    r"(?<![\w'’])(?:de|het|'t)[ \t]+(?P<w>(?:(?:Oude|Nieuwe|Lange|Korte|Hoge|Lage|Grote|Kleine|Binnen|Buiten|Noorder|"
    r"Zuider|Ooster|Wester|Opper|Neder)[ \t]+[" + _UP + r"][\w'’\-]{2,}|Laan[ \t]+van[ \t]+(?:[" + _UP + r"][\w'’\-]+)"
    r"(?:[ \t]+[" + _UP + r"][\w'’\-]+)?))(?![\w\-])(?![ \t]+[" + _UP + r"])"
)
STREET_WORDS = frozenset(
    "straat weg laan plein gracht singel kade dijk hof pad steeg dreef markt haven wal vaart vest veste gang ring "
    "baan brink dam erf zand loop kreek sloot wetering".split()
)


def find_prefixed_streets(text: str, is_word: Callable[[str], bool], is_gov: Callable[[str], bool]) -> Iterator[Cand]:
    """Streets like "de Lange Gouwe" and "de Laan van Meerzicht" without a number (see ``_PREFIXED``)."""
    if "de " not in text and "het " not in text and "'t " not in text:
        return
    for m in _matches_at(_PREFIXED, text, _article_starts(text)):
        words = m.group("w").split()
        last = words[-1]
        low = last.lower()
        if is_gov(last) or low in NUMBERED_THINGS:
            continue
        if is_word(low) and not low.endswith(tuple(STREET_WORDS)):
            continue  # "de Oude Kerk", "het Nieuwe Werken"
        yield m.start("w"), m.end("w"), "STREET", "[adres]"
