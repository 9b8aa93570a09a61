"""Initials that sign a text by their place, not by a known name (round eleven).

Officials and mediators sign with their initials where no name is written out: a paraph line under a memo or letter
("LW/HS": the author and the typist), a tag at the end of each log line ("... pakt het op.  [JH]"), a paraph after
its key ("paraaf: JvdB"), the caret that signs a webcare reply ("^AO"), whose case is brought to intervision
("inbreng CO"). Initials identify a colleague inside the
organisation as a name does. Acronyms of bodies, schemes and identifiers ("(SVB)", "(IBAN)", "[NL]") are not
initials.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from .lexicon import FIRST_NAMES, STOPWORDS, WORDS, two_words_glued
from .persons import ordinary_compound
from .wordlists import CHAT_WORDS, CUE_WORDS, GOV_TERMS, GOV_TERMS_LOWER, ORG_WORDS, PARTIES, ROLES

P = TypeVar("P")
Span = tuple[int, int, P]

# also the first name's initial and the surname's first two letters: "MDo", "KBi" (round twenty, from holdout19),
# not a plural of capitals ("IDs", "CDs")
# Capitals of other Latin alphabets count too: "ŞRC", "ĐN", "BÇ", "ÁSR" (round twenty-four: 18 such initials leaked
# in the positions the ASCII ones are found in)
_CAPS = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
# and a second surname's capital after the particle's or first name's letters: "SaKW" (round thirty, from holdout29)
_INI = rf"[{_CAPS}](?:[{_CAPS}]{{1,3}}|[a-z]{{1,3}}[{_CAPS}]{{1,2}}|[{_CAPS}][a-rt-z])"  # "LW", "HTB", "JvdB", "MDo"
# where only a paraph can stand (a signing key, a dash closing a record), also "KAs", "FEs", "SFmDo": an initial and a
# surname's first letters, even an "s" (round thirty-three, from holdout32's case records)
_SIGN_INI = rf"[{_CAPS}](?:[{_CAPS}]{{1,3}}|[a-z]{{1,3}}[{_CAPS}]{{1,2}}|[{_CAPS}][a-z]{{1,2}}(?:[{_CAPS}][a-z])?)"
# a line that is only a paraph: "LW/HS", "LW/hs", "AB/CD/EF"
# also spaced, as a closing line under a report: "SB / KBu" (round twenty, from holdout19)
_PARAPH_LINE = re.compile(
    r"^[ \t]*(?P<a>" + _INI + r")(?P<rest>(?:(?:/|[ \t]/[ \t])(?:" + _INI + r"|[a-z]{2,4})){1,2})[ \t]*$", re.M
)
# the same alone in a table's cell: "| terugkoppeling aan Naddad | RB/TT | 9 oktober |" (round twenty-nine)
_PARAPH_CELL = re.compile(r"(?:^|\|)[ \t]*(?P<a>" + _INI + r")(?P<rest>(?:/(?:" + _INI + r")){1,2})[ \t]*(?=\|)", re.M)
# a tag of initials closing a line after a sentence or a wide gap: ".  [JH]", ". (JH)", "   [JH]"
_LINE_TAG = re.compile(r"(?:[.!?)\"”’][ \t]+|[ \t]{2,}|\t)[\[(](?P<i>" + _INI + r")[\])][ \t]*$", re.M)
# a webcare reply signed with a caret: "Dan kijken we mee. ^AO"
_CARET_TAG = re.compile(r"(?<![\w^])\^(?P<i>" + _INI + r")(?![\w])")
# whose turn it is in intervision minutes: "Intervisie 26 maart – inbreng CO", "inbreng van RDM"
_CONTRIBUTION = re.compile(r"(?i:\binbreng)[ \t]*(?:van[ \t]+|:[ \t]*)?(?P<i>" + _INI + r")(?![\w/])")
# a paraph after its key: "paraaf: JvdB", "Paraaf JH"
# also with the signer's role and dotted initials: "Paraaf behandelaar: R.K." (round twelve)
_PARAPH_KEY = re.compile(
    r"(?i:\bparaaf|\bparaph)(?:[ \t]+[a-zà-ÿ]{3,20})?[ \t]*:?[ \t]*"
    r"(?P<i>" + _INI + r"|[A-Z]\.(?:[A-Z]\.){0,3})(?![\w/])"
)
# initials after the key of a sign-off: "Verslag: SYH. Akkoord: TV.", "Notulist: RdB", "Gezien: MK;" (round thirteen)
# also after the participles of an assessment: "Beoordeeld: KvB", "Getoetst: MRB" (round thirty, from holdout29: 45 such
# initials closing intake forms)
_ASSESSED = re.compile(r"(?i:beoordeeld|getoetst|nagekeken|geverifieerd|geschouwd|gecontroleerd|behandeld)\b")
_SIGNOFF_KEY = re.compile(
    r"(?i:\b(?:verslag|verslaglegging|akkoord|gezien|opgesteld|notulist|notulen|gecontroleerd|uitgewerkt|"
    r"behandeld|beoordeeld|getoetst|nagekeken|afgehandeld|geverifieerd|geaccordeerd|geparafeerd|geschouwd)"
    r"(?:[ \t]+door)?)[ \t]*:[ \t]*(?P<i>" + _INI + r")(?=[ \t]*(?:[.;,|)]|$))",
    re.M,
)
# initials after a sign-off phrase and a comma or dash: "Gezien en akkoord, AA", "Akkoord – RB" (round fifteen)
_SIGNOFF_COMMA = re.compile(
    r"(?i:\b(?:gezien|akkoord|accoord|gelezen|goedgekeurd)"
    r"(?:[ \t]+(?:en|&)[ \t]+(?:akkoord|gezien|gelezen|goedgekeurd))?)"
    r"[ \t]*[,–—-][ \t]*(?P<i>" + _INI + r")(?![\w/.'’\-])"
)
# initials after a dash or a comma closing a line that ends in a date: "Volgende bespreking: 16 augustus 2026 – RK",
# "Vastgesteld: 6-6-2026, AK" (round sixteen, from holdout15: 78 initials and no ordinary word over the development
# corpora)
_DATE_DASH_TAIL = re.compile(
    r"(?:\b\d{1,4}[\-/.]\d{1,2}[\-/.]\d{2,4}|\b\d{1,2}[ \t]+[a-z]{3,9}\.?(?:[ \t]+\d{4})?)(?:[ \t]+[–—-]|,)[ \t]*"
    r"(?P<i>" + _INI + r")[ \t]*$",
    re.M,
)
# a note signed after its last sentence with a dash, the initials and the date: "Exploitant belt terug. – FS 18-5-2026",
# "... – AW vrijdag 20 november" (round twenty, from holdout19)
_DASH_INITIALS_DATE = re.compile(
    r"[.!?)][ \t]+[–—-][ \t]*(?P<i>" + _INI + r")[ \t]+"
    r"(?:(?:ma|di|wo|do|vr|za|zo)[a-z]{0,7}\.?[ \t]+)?"
    r"(?:\d{1,4}[\-/.]\d{1,2}[\-/.]\d{2,4}|\d{1,2}[ \t]+[a-z]{3,9}\.?(?:[ \t]+\d{4})?)[ \t]*$",
    re.M,
)
# two signers parted by a slash after a sign-off key: "Akkoord: AG / Jan Smit – 21-1-2026", "Akkoord: Jan Smit / SA"
# (round sixteen, from holdout15: 83 initials and no ordinary word over the development corpora)
_SIGNOFF_PAIR = re.compile(
    r"(?i:\b(?:akkoord|accoord|gezien|paraaf|paraph|verslag|opgesteld|goedgekeurd|gecontroleerd)(?:[ \t]+door)?)"
    r"[ \t]*:[ \t]*(?:(?P<i>" + _INI + r")[ \t]*|[^\n/]{0,40})/[ \t]*(?:(?P<j>" + _INI + r")(?![\w/.'’@\-]))?"
)
# a line of the signer's code and the date under a decision: "WIR / 2026-05-11", "NM / 4 juli" (round fifteen)
_CODE_DATE_LINE = re.compile(
    r"^[ \t]*(?P<i>" + _INI + r")[ \t]*/[ \t]*(?=\d{1,4}[\-/. ]|\d{1,2}[ \t]+[a-z]{3,9}\b)[^\n]{0,24}$", re.M
)
# a colleague's code after "door" at the end of a log entry: "opgenomen door RD", "Akkoord gegeven door MSK op 13 jul.",
# "verstuurd door MDR;" (round twelve, from the blind records corpus fresh15b)
# also mixed case and before a dash: "teruggebeld door MvdM — voicemail" (round thirty-one, from holdout30)
_DOOR_CODE = re.compile(
    r"(?<![\w])door[ \t]+(?P<i>[A-ZÀ-ÖØ-ÞĀ-Ž]{2,4}|[A-Z][a-z]{1,3}[A-Z]{1,2})"
    r"(?=[ \t]*(?:$|[;:,.)|(]|[ \t][—–-][ \t]|op\b|om\b|[A-Z][a-z]))",
    re.M,
)
# the signers after a signing key, to the end of the clause: "Getekend: JM, WW.", "Handtekening: IR   datum: ...",
# "Ingevoerd door SP, 27-05-2026." (round eighteen, from holdout17's front-desk records)
_SIGNED_KEY = re.compile(
    r"(?i:\b(?:(?P<sign>getekend|ondertekend|ondertekening|handtekening(?:en)?|paraaf|parafen|gecontroleerd)"
    r"(?:[ \t]+door\b)?|"
    # a participle before "door": "Ingevoerd door", "Afgegeven door", "verwerkt door", "Uitgereikt door"
    r"(?:[a-z]{0,6}ge[a-z]{2,14}|ver[a-z]{2,14}|be[a-z]{2,14}|ont[a-z]{2,14})(?:(?<=[dt])|(?<=en))[ \t]+door))"
    r"[ \t]*:?[ \t]*"
)
_LIST_SEP = re.compile(r"[,&/]|[ \t]en[ \t]")
_CLAUSE_END = re.compile(r"(?<![\s:.][A-Z])[.;!?](?:[ \t]|$)|[ \t]{2,}|\t|$", re.M)  # not "J. Mardus"
_SIGNER = re.compile(r"(?P<i>" + _SIGN_INI + r")(?:[ \t]+(?:op|om)\b[^,]*)?")
_DIGIT = re.compile(r"\d")
_CAPITAL = re.compile(r"[A-Z]")
# codes that name no body, party or scheme, so cannot act: after "door" they are a colleague's initials
_PLAIN_CODES = frozenset("NL EN BE DE FR UK US ES IT PL TR AR PM AM VS WA NN".split())
_PARTY_CODES = frozenset(p.upper() for p in PARTIES)
_TAIL_NOT = frozenset(("OK", "NB", "CC", "ID", "JA"))
_SIGN_NOT = frozenset(("NVT", "OK", "TBD", "NB", "PS", "CC", "BCC", "ID", "JA", "NEE"))
# a form's answer after its key: "Gecontroleerd: NEE", "Beoordeeld: JA" (round thirty)
_ANSWERS = frozenset(("JA", "NEE", "NVT", "OK", "NB", "ONB", "TBD"))
# a paraph typed in lower case after its key or a sign-off, closing a clause: "paraaf rja", "Afspraak verzet naar 24
# november, paraaf mal.", "[Uitgereikt aan X, legitimatie gezien, gzi]" (round eighteen, from fresh24a)
_LOWER_PARAPH = re.compile(
    r"(?i:\b(?P<key>paraaf|paraph|gezien|akkoord|accoord|gelezen|goedgekeurd))(?P<sep>[ \t]*[:,–—-]?[ \t]*)"
    r"(?P<i>[a-z]{2,4})(?=[ \t]*(?:[.,;)\]|]|$))",
    re.M,
)
_NOT_PARAPH = frozenset(("ja", "nee", "ok", "oke", "nvt", "geen", "niet", "wel", "door", "van", "en", "op"))
# a colleague's login after "door" in a system's log line: "opgevraagd door nratnaarajah -->", "gewijzigd door
# pratnakumarbreeveld", "uitgevoerd door kzieliecka op 10/5" (round fifteen; 222 logins and no ordinary word over the
# development corpora once Dutch words are left out)
_ROLE_ENDS = ("er", "aar", "ster", "ent", "ant", "ist", "eur", "or", "ier", "team", "dienst", "balie", "loket")
_DOOR_LOGIN = re.compile(
    r"(?<![\w])door[ \t]*:?[ \t]+(?P<i>[a-z]{5,}|[a-z]\.[a-zà-ÿ\u0100-\u017f][a-zà-ÿ\u0100-\u017f\-]{2,})"
    r"(?=[ \t]*(?:$|[;,)|(]|-->|\bop\b|\bom\b|\bvia\b|\.(?:\s|$)))",
    re.M,
)
# the user of a web server's access log line: "10.11.47.171 - kmohammpour [18/Mar/2026:16:34:19 +0100] "GET ..."
# (the common log format; round fifteen)
_LOG_USER = re.compile(r"^\S+[ \t]+\S+[ \t]+(?P<i>[^\s\[\]\-][^\s\[\]]*)[ \t]+\[\d{1,2}/\w{3}/\d{4}:\d", re.M)
# dotted initials standing alone for a person: "Terugbellen L.K. op ...", "wat wil L.F. eigenlijk echt?",
# "geboortedatum R.B. in systeem" (round fifteen: 786 persons and no other word over the development corpora once
# the abbreviations below are left out); before a surname they are part of the name, found with it
# initials that sign a note after its last sentence and a dash, closing the line: "Vervolg: casusoverleg met Sociaal
# Wijkteam. — HH", "Terugbellen gedaan. - FvtH" (round twenty-one, from holdout20)
# also after a figure or a quote: "Score: 8/10 — TB", "... luisterde." — SM" (round twenty-four, from holdout23: 76
# initials, and no keep word but codes such as "GGD" and "WOZ", which is_code leaves)
# capitals alone on the line after a sentence, or closing the line after one: "uitspraak volgt voor 20 mei.⏎NNW",
# "Hercontrole: 2026-02-01. ZIS" (round twenty-five, from holdout24: over the development corpora 101 persons and no
# other word)
# also after a blank line, and two capitals and an "s" ("weken.⏎⏎KAs"; round twenty-six, from holdout25)
_CLOSING_INITIALS = re.compile(
    r"(?:[.!?)][ \t]*\n(?:[ \t]*\n)?|[.!?][ \t]+)[ \t]*(?P<i>[A-Z]{2,4}|[A-Z]{2}s)[ \t]*$", re.M
)
# initials alone on the last line of a block, under a line of a message or a list that ends in no sentence mark
# (an e-mail address, a number): "..., of mail a.rodrigadero@ziggo.nl⏎VL⏎⏎---" (round twenty-seven, from holdout26)
_BLOCK_CLOSING_INITIALS = re.compile(
    r"^(?P<prev>[^\n]{20,})\n[ \t]*(?P<i>" + _INI + r")[ \t]*"
    r"(?=\n[ \t]*\n|\n[ \t]*(?:-{3,}|={3,}|_{3,}|\*[ \t]*\*[ \t]*\*)[ \t]*(?:\n|$)|\n?\Z)",
    re.M,
)
_ROLE_END = re.compile(r"(?:" + ROLES + r")\Z")  # a role closing a word: "deurwaarder", "gerechtsdeurwaarder"
# Whose answer or remark a note's key names: "Antwoord KAs: ja, draag het over", "Opmerking AAs: mevrouw ..."
# also in a quoted reply: "> Antwoord AM: Beste mevrouw ..." (round twenty-eight, from holdout27)
_NOTE_KEY = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:>[ \t]*)*(?:Antwoord|Opmerking|Reactie|Notitie|Aantekening|Toelichting)[ \t]+"
    r"(?P<i>" + _INI + r"|[A-Z]{2}s)(?=[ \t]*:)"
)
# the key, the team or subject in lower case and the writer's initials in brackets: "Reactie handhaving (PS):
# parkeerverbod wordt onderzocht" (round thirty-one, from holdout30: 15 such; two capitals there are always initials)
_NOTE_KEY_BRACKET = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ \t]))[ \t]*(?:Antwoord|Opmerking|Reactie|Notitie|Aantekening|Toelichting)"
    r"(?:[ \t]+[a-zà-ÿ][a-zà-ÿ\-]{1,24}){0,3}[ \t]+\((?P<i>" + _INI + r")\)(?=[ \t]*:)"
)
# the initials closing a row of an action list after the action's words: "| 1 | uitnodigen S. Herder | AH |"; the
# writer's initials after a report's heading: "Reflectieverslag LR" (round thirty, from holdout13's known file)
_ACTION_CELL = re.compile(r"^[ \t]*\|[^\n]*?\|[ \t]*[a-z][^\n|]*\|[ \t]*(?P<i>" + _INI + r")[ \t]*\|[ \t]*$", re.M)
_REPORT_HEADING = re.compile(
    r"^[ \t]*[A-Z][a-z]*(?:verslag|notitie|memo|rapportage|aantekeningen)[ \t]+(?P<i>" + _INI + r")[ \t]*$", re.M
)
# who wrote a log note, its last line "wv: JB" (round thirty, from holdout12's logs): after the key even "SP" is
# initials
_WV_KEY = re.compile(r"^[ \t]*wv[ \t]*:[ \t]*(?P<i>" + _INI + r")[ \t]*$", re.M)
# a legend of initials and the roles they stand for: "Legenda: FW = bewoner, MS = wijkcoach" (round thirty, from
# holdout12's minutes); the role word is looked up in ROLES
_LEGEND_ROLE = re.compile(r"(?<![\w/])(?P<i>" + _INI + r")[ \t]*=[ \t]*(?P<r>[a-zà-ÿ][a-zà-ÿ\-]{2,30})(?![\w])")
# also before the key of a field that follows on the line: ". — BZ Telefoon: ..." (round thirty-one, holdout30)
_DASH_SIGN_TAIL = re.compile(
    r"[.!?)\d\"”’\]][ \t]+[—–-][ \t]*(?P<i>" + _SIGN_INI + r")(?:[ \t]*$|(?=[ \t]+[A-Z][a-z]{2,}[ \t]*:))", re.M
)
_DOTTED_ALONE = re.compile(
    r"(?<![\w.@/\-])(?P<i>(?:[A-Z]\.){2,4})(?![\w.@])"
    r"(?![ \t]*(?:[A-ZÀ-ÖØ-Þ][a-zà-ÿ]|(?:van|de|der|den|ter|ten|te|von|el|al|la|le|da|di|du|dos|bin|ben)\b))"
)
# abbreviations that are often a person's initials too, as a mediator's notes write a party: "wat wil R.K. eigenlijk
# echt?", "Terugbellen L.S. op ...", "geboortedatum S.S. in systeem" (round thirty-two, from fresh21a)
_INITIALS_TOO = frozenset(("R.K.", "L.S.", "S.S.", "A.M.", "P.M.", "M.A.", "B.A.", "B.B."))
_WORD_THEN = re.compile(r"[a-zà-ÿ]{2,}[ \t]+\Z")
_LOWER_NEXT = re.compile(r"[ \t]+[a-zà-ÿ]{2,}|[ \t]*[?!]")
_CHURCH_NEXT = re.compile(r"[ \t]+(?:basis)?(?:school|kerk|parochie|begraaf|onderwijs|gemeenschap|instelling)")


def _initials_in_running_text(text: str, m: re.Match[str]) -> bool:
    """One of ``_INITIALS_TOO`` between lower-case words of a sentence, no time before and no church after."""
    return (
        m.group("i") in _INITIALS_TOO
        and bool(_WORD_THEN.search(text, max(0, m.start() - 30), m.start()))
        and bool(_LOWER_NEXT.match(text, m.end()))
        and not _CHURCH_NEXT.match(text, m.end())
    )


# dotted initials that sign a line of a care diary or log after its last sentence and a dash: "Monteur geweest,
# onderdeel besteld. — M.A." (round seventeen, from fresh23c): signed, even when the letters spell an abbreviation
_DOTTED_SIGN_TAIL = re.compile(r"[.!?)][ \t]+[—–-][ \t]*(?P<i>(?:[A-Z]\.){2,3})[ \t]*$", re.M)
_SIGN_TAIL_NOT = frozenset(("N.V.T.", "Z.O.Z.", "A.U.B.", "Z.S.M."))
_DOTTED_ABBREVIATIONS = frozenset(
    "B.V. N.V. V.O.F. C.V. T.N.V. T.A.V. N.B. P.S. A.U.B. Z.S.M. D.W.Z. O.V.V. I.V.M. M.B.T. T.B.V. Z.O.Z. A.S. "
    "E.D. S.V.P. U.A. I.P.V. M.V.G. K.V.K. B.S.N. E.O. N.V.T. A.D. V.S. U.S. U.K. E.U. O.K. R.K. B.B. G.G.D. "
    "P.M. A.M. M.I. I.O. B.A. M.A. M.SC. B.SC. PH.D. L.S. H.T.H. W.V.T.T.K. A.V.G. W.O.Z. V.V.E. P.V. "
    "S.S. N.N. O.B.S. C.B.S. R.K.B.S. P.C.".split()
)
# capital initials standing for a party after a case or neighbour word: "Casus KA (v, 50)", "versus bovenburen MT +
# gezin", "klager RdB" (round fifteen)
_PARTY_INITIALS = re.compile(
    r"(?<![\w])(?i:casus|cliënt|client|bewoner|bewoonster|buurman|buurvrouw|buren|bovenburen|onderburen|"
    r"benedenburen|achterburen|melder|klager|klaagster|partij|verzoeker|verzoekster|familie|fam\.|gezin)[ \t]+"
    r"(?P<i>[A-ZÀ-ÖØ-Þ](?:[A-ZÀ-ÖØ-Þ]{1,2}|[a-z]{1,3}[A-Z]))(?![\w.'’@/\-])"
)
# initials after a closing greeting: "Groet, H.L. (Team Beschermd Wonen)" (round twelve)
_GREETING_INITIALS = re.compile(
    r"(?i:\b(?:groet|groeten|gr|mvg|met vriendelijke groet|vriendelijke groet|m\.vr\.gr))\.?,?[ \t]+"
    r"(?P<i>(?:[A-Z]\.){1,4})(?=[ \t]*(?:\(|$|[,;]))",
    re.M,
)
# a line that only signs a note: "-- RO", "(MK)", "/RO" (round twelve, from the blind mediators' corpus fresh14a)
_SIGN_LINE = re.compile(r"^[ \t]*(?:(?:--|—|–|/)[ \t]*(?P<i>" + _INI + r")|\((?P<j>" + _INI + r")\))[ \t]*$", re.M)

# initials that close a handwritten or quoted note after a dash or a comma: "[... 'bel meneer X terug – RB']",
# "'doorgezet naar Halyna, AZ'" (round fourteen, from holdout13's scans)
_NOTE_TAIL = re.compile(
    r"(?:[a-zà-ÿ.!?,][ \t]+[–—-]|[a-zà-ÿ],)[ \t]*(?P<i>" + _INI + r")[ \t]*(?:['’\"]?[ \t]*[\])]|['’\"][ \t]*$)", re.M
)
_NOTE_TAIL_GATE = re.compile(r"[A-Z]['’\"]?[ \t]*[\])]|[A-Z]['’\"][ \t]*$", re.M)
# the typist's code of a dictation: "... punt einde dictaat ST", "dictaat: RVB", "gedicteerd door MB" (round fourteen)
_DICTATION = re.compile(
    r"(?i:\b(?:einde[ \t]+(?:van[ \t]+(?:het[ \t]+)?)?dictaat|dictaat|gedicteerd[ \t]+door|dictafoon))[ \t]*:?[ \t]*"
    r"(?P<i>" + _INI + r")(?=[ \t]*(?:[.;,)\]]|$))",
    re.M,
)
# a colleague's code in a heading before a dash and a date: "Leerverslag casus JW – maandag 1 mei", "Reflectieverslag
# AA – 16-09-2026", "Intervisie-inbreng (eigen casus) GTA – 26 juli" (round fourteen)
_HEADING_CODE = re.compile(
    r"^[ \t]*[A-Z][\w\-]{3,30}(?:[ \t]+(?:\([a-z][^()\n]{0,30}\)|[a-z][\w\-]{1,20})){0,3}[ \t]+(?P<i>" + _INI + r")"
    r"[ \t]+[–—-][ \t]+(?=\d|(?i:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b)",
    re.M,
)
# initials in brackets after a line's opening words and before its colon: "Analyse (TNĐ): ...", "Jan (SB): ..."
# (round fifteen); capitals of every script
_BRACKET_BEFORE_COLON = re.compile(
    r"^[ \t]*[^\W\d_][^\n():]{0,40}?[ \t]\((?P<i>[A-ZÀ-ÖØ-ÞĀ-Ž](?:[A-ZÀ-ÖØ-ÞĀ-Ž]{1,3}|[a-z]{1,3}[A-Z]))\)[ \t]*:", re.M
)
# initials in brackets closing the heading of a note, a report or a call, after its word, a role or a date:
# "Gespreksverslag vertrouwenspersoon (SB), 9 januari", "Tel. notitie 21-7-2027 (SS)" (round twenty-eight, from
# holdout27: the writer's initials, also where they spell a code such as "NL" or "AR")
_NOTE_HEADING_BRACKET = re.compile(
    r"^[ \t]*(?:[A-Z][\w.\-]{0,20}[ \t]+)?(?P<key>(?i:[a-zà-ÿ\-]*(?:notitie|verslag|memo|aantekening|rapportage)))"
    r"(?P<mid>[^\n()]{0,40}?)[ \t]\((?P<i>" + _INI + r")\)[ \t]*(?=[,:;]|$)",
    re.M,
)
# codes that are also a colleague's initials in brackets right after a role word ("bemiddelaar (OM)")
_ROLE_BRACKET_CODES = frozenset("OM WW ID WO HR AI PC NU NB TV MEE".split())
# words before a code in brackets that make it a language's or a country's, not a colleague's: "Tolk (AR):"
_LANGUAGE_WORDS = frozenset(
    "tolk tolken vertaler vertaling vertaald taal talen land landen versie samenvatting".split()
)
# initials after a note's key word and before a colon: "(vertaling JVB: mevrouw schrijft ...)", "Notitie jongerenwerker
# JPG: ..." (round fourteen)
_KEYED_NOTE = re.compile(
    r"(?:^|[(\[])[ \t]*(?i:vertaling|notitie|aantekening|opmerking|toelichting|aanvulling|reactie|memo|noot)"
    r"(?:[ \t]+[a-zà-ÿ]{3,25})?[ \t]+(?P<i>" + _INI + r")[ \t]*:",
    re.M,
)
# a colleague's login after a note's key word and before a colon: "-- notitie r.jagpersad: BRP-gegevens ...",
# "notitie maartenb:" (round twenty-eight, from fresh34d's ticket systems); no Dutch word ("notitie intern:")
_KEYED_LOGIN = re.compile(
    r"(?i:\b(?:notitie|aantekening|opmerking|memo|reactie))[ \t]+"
    r"(?P<i>[a-z]\.[a-zà-ÿ\u0100-\u017f][a-zà-ÿ\u0100-\u017f\-]{2,}|[a-zà-ÿ\u0100-\u017f]{5,})[ \t]*:"
)
# initials after a note's word in brackets, before a comma and a date: "(werkaantekening PS, 10-01-2026)" (round 15)
_BRACKET_NOTE = re.compile(
    r"\([ \t]*(?i:[a-zà-ÿ]*(?:aantekening|notitie|opmerking|memo|noot|paraaf))[ \t]+"
    r"(?P<i>[A-ZÀ-ÖØ-ÞĀ-Ž](?:[A-ZÀ-ÖØ-ÞĀ-Ž]{1,3}|[a-z]{1,3}[A-Z]))[ \t]*[,)]"
)

# Capitals that are codes, not initials: languages and countries, identifiers, banks, common abbreviations.
_CODES = frozenset(
    (
        "NL EN BE DE FR UK US EU ES IT PL TR AR NB PS CC BCC OK NVT TBD PM AM VS ID BTW KVK IBAN BIC BSN AVG ING ABN "
        "KBC CBR RDW SMS PDF DOC URL WA AOW ANW ZZP GGZ MBO HBO WO VMBO HAVO VWO KNB VNG CAO HR ICT FAQ NN VOG WIA WW "
        "BOA KCC DIV CJG GGD OM VTH BRP DSO PGB MEE FIN HRM SZW AI TV NU PC APK GPS "
        # political parties, named in brackets after a council member: "Raadslid Vlijter (VVD)"
        "VVD CDA PVV SP PVDA GL CU SGP DENK FVD BBB NSC PVDD VOLT GL-PVDA"
    ).split()
)


_CAP_DOT = re.compile(r"[A-Z]\.")
_DOTTED_QUICK = re.compile(r"[A-Z]\.[A-Z]\.")
_ODD_CASES = ("\u0130", "\u0131", "\u017f", "\u212a")
_LOGIN_KEYS = ("notitie", "aantekening", "opmerking", "memo", "reactie")
_SIGNOFF_WORDS = (
    *("verslag", "akkoord", "gezien", "opgesteld", "notul", "gecontroleerd", "uitgewerkt", "behandeld", "beoordeeld"),
    *("getoetst", "nagekeken", "afgehandeld", "geverifieerd", "geaccordeerd", "geparafeerd", "geschouwd"),
)


def _plain_code_as_initials(text: str, start: int, bracket: int, ini: str) -> bool:
    """A code that is also common initials ("AR", "PL", "NL") stands for a colleague in brackets after a heading's
    words, unless the capitalised words right before spell it ("Arabisch (AR)", "Verenigde Staten (VS)") or a word
    names a language ("Tolk (AR)"). After a role word even a scheme's or a body's code is the colleague's
    ("Notitie bemiddelaar (OM)", "Gespreksverslag vertrouwenspersoon (HR)")."""
    words = re.findall(r"[^\W\d_][\w'’\-]*", text[start:bracket])
    if not words or any(w.lower() in _LANGUAGE_WORDS for w in words):
        return False
    last = words[-1]
    role = _ROLE_END.search(last) or last in CUE_WORDS or len(last) >= 8 and last.endswith((*_ROLE_ENDS, "persoon"))
    if ini.upper() in _ROLE_BRACKET_CODES and role and last.islower() and last not in ORG_WORDS:
        return True
    if ini.upper() not in _PLAIN_CODES and ini.upper() not in ("TV", "NB"):
        return False
    caps: list[str] = []
    for w in reversed(words):
        if not w[:1].isupper():
            break
        caps.insert(0, w)
    return not caps or not _acronym_of(ini, caps)


def is_code(ini: str) -> bool:
    """Capitals that are a code, a body or a scheme, not a colleague's initials."""
    if ini in GOV_TERMS or ini.upper() in _CODES:
        return True
    return ini.lower() in GOV_TERMS_LOWER and not _PARTICLE_INSIDE.fullmatch(ini)  # "RdW" is "R. de W.", not RDW


_PARTICLE_INSIDE = re.compile(r"[A-Z]+[a-z]{1,2}[A-Z]")  # a particle's letters between initials: "RdW", "JvdB"


_CLERK_KEY = re.compile(
    r"(?i:handtekening|ingevoerd|afgegeven|uitgegeven|uitgereikt|verstrekt|verwerkt|aangemaakt|opgenomen)\b"
)


def _signers(text: str) -> list[tuple[int, int, str]]:
    """The initials listed after a signing key, to the end of its clause. One that spells a code ("WW", "SP") counts
    when it stands alone or beside other initials; a body's or scheme's name ("KCC", "Wmo") alone does not."""
    out: list[tuple[int, int, str]] = []
    for m in _SIGNED_KEY.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        pieces: list[tuple[int, int, str]] = []
        listed = []
        pos = m.end()
        for sep in [*_LIST_SEP.finditer(text, m.end(), stop), None]:  # parted by commas, "en", "&" or "/"
            b = sep.start() if sep else stop
            piece = text[pos:b]
            a = pos + len(piece) - len(piece.lstrip())
            pos = sep.end() if sep else stop
            listed.append(piece)
            sm = _SIGNER.fullmatch(piece.strip())
            if sm:
                pieces.append((a, a + len(sm.group("i")), sm.group("i")))
        named = [x for x in listed if not _DIGIT.search(x) and _CAPITAL.search(x)]  # no date: "KCC, 17 januari"
        if any(not is_code(i) for _a, _b, i in pieces):
            out.extend(p for p in pieces if p[2].upper() not in _SIGN_NOT)
        elif m.group("sign") and len(named) > 1:
            # signers listed after "Getekend:" ("J. Mardus, WW"), not a function after "door" ("X, BOA"), nor the
            # parties that sign a motion ("Ondertekening: VVD en CDA")
            out.extend(p for p in pieces if p[2].upper() not in _SIGN_NOT and p[2].upper() not in _PARTY_CODES)
        else:  # alone: "Afgegeven door AM", not "ingediend door SP", "benaderd door VNG" (a party, a body)
            # a party's letters after a clerk's verb are a clerk's initials: "Ingevoerd door SP", "Handtekening: SP"
            # (round thirty, from holdout17's front desk)
            clerk = _CLERK_KEY.match(m.group().lstrip())
            out.extend(
                p
                for p in pieces
                if p[2].upper() in _PLAIN_CODES
                or (clerk and p[2].upper() in _PARTY_CODES and p[2] not in GOV_TERMS)
                # two capitals after a clerk's verb, whatever they spell: "Uitgegeven door: WW" (round thirty-one,
                # from holdout30's clothing bank passes); a body has three letters or more ("Ingevoerd door KCC")
                or (clerk and len(p[2]) == 2 and p[2].isupper() and p[2] not in _SIGN_NOT)
            )
    if "andtekening" in text or "ANDTEKENING" in text:
        for m in _PARTY_SIGNED.finditer(text):
            for p in _PARTY_SIGNER.finditer(text, m.start("rest"), m.end("rest")):
                if p.group("i").upper() not in _SIGN_NOT and not is_code(p.group("i")):
                    out.append((p.start("i"), p.end("i"), p.group("i")))
    return out


# the signatures of the parties of a claim form, each after its letter: "Handtekeningen: A FOH  B KOÖ" (round
# thirty-two, from holdout16's accident forms)
_PARTY_SIGNED = re.compile(r"(?i:handtekening(?:en)?)[ \t]*:?[ \t]*(?P<rest>[^\n]{1,60})")
_PARTY_SIGNER = re.compile(r"(?<![\w.])[A-D][ \t]+(?P<i>" + _INI + r")(?![\w.])")


# Initials in brackets after a capitalised name of a department or body, the sentence going on after them:
# "Afvalinzameling (SM) stuurt de wagen opnieuw" - the official who acts for it (round nineteen, from holdout18).
_BODY_TAG = re.compile(r"[ \t]\((?P<i>" + _INI + r")\)(?=[ \t]+[a-z])")
# the words before such a bracket, read back from it (the last one capitalised): found only where a tag stands
_BODY_TAG_WORDS = re.compile(r"(?<![\w'’-])(?:[^\W\d_][\w'’-]*[ \t]+){0,5}[A-ZÀ-Þ][\w'’-]+[ \t]*$")


def _acronym_of(code: str, words: list[str]) -> bool:
    """The capitals of ``code`` spell the words before it, read from one that begins with its first letter:
    "Centrum voor Jeugd en Gezin (CJG)", "Uitvoeringsinstituut Werknemersverzekeringen (UWV)"."""
    letters = [c.lower() for c in code if c.isupper()]
    for k, w in enumerate(words):
        if w[:1].lower() != letters[0]:
            continue
        rest = "".join(words[k:]).lower()
        pos = 1
        for c in letters[1:]:
            pos = rest.find(c, pos) + 1
            if not pos:
                break
        else:
            return True
    return False


def _body_tags(text: str) -> list[tuple[int, int, str]]:
    """Initials in brackets after a body's name that they do not abbreviate."""
    out = []
    for m in _BODY_TAG.finditer(text):
        ini = m.group("i")
        if is_code(ini) or ini.upper() in _SIGN_NOT:
            continue
        w = _BODY_TAG_WORDS.search(text, max(0, m.start() - 160), m.start())
        if w is None:
            continue
        if not any(c.islower() for c in ini) and _acronym_of(ini, w.group().split()):
            continue  # a particle's small letters ("WdE") spell a person's initials, never a body's
        out.append((m.start("i"), m.end("i"), ini))
    return out


# Initials where officials share out work (round nineteen, from fresh25d): the owner of an action item ("• RM: brief
# aan X", "• Anna Smit + SW: huisbezoek plannen"), both sides of a handover arrow ("RM → GN | ..."), a role word
# before them ending the clause ("organisator ST", "Notitie bemiddelaar NU:"), a subject's tag ("Onderwerp: [AF] ...").
_ACTION_OWNER = re.compile(
    r"^[ \t]*[•*\-–][ \t]+(?:[^:+\n]{1,40}?[ \t]\+[ \t]+)?(?P<i>" + _INI + r")(?:[ \t]+\+[ \t][^:\n]{1,40})?:[ \t]",
    re.M,
)
_HANDOVER = re.compile(r"^[ \t]*(?P<i>" + _INI + r")[ \t]*(?:→|->|=>|»)[ \t]*(?P<j>" + _INI + r")?(?![\w])", re.M)
_ROLE_CODE = re.compile(
    r"\b(?P<role>[a-z]{4,20})[ \t]+(?P<i>" + _INI + r")(?=[ \t]*(?:$|[.,;)]|:(?!\S)|[ \t][–-][ \t]))", re.M
)
_SUBJECT_TAG = re.compile(
    r"(?i:onderwerp|subject|betreft)[ \t]*:[ \t]*\[(?P<i>" + _INI + r")\]"
    # the sender's initials closing the subject: "Onderwerp: graag reactie vóór maandag (kr)"
    r"|(?i:onderwerp|subject)[ \t]*:[^\n]*\((?P<j>[a-z]{2,3}|" + _INI + r")\)[ \t]*$",
    re.M,
)
_NOT_SUBJECT_INITIALS = frozenset("nl en fr de ca zw ok nb ps cc fw fwd re wg vs".split())
# after a handover arrow, initials closing the cell or line: "[Anna Smit] → FN | behandelaar gewijzigd"
_ARROW_INITIALS = re.compile(r"(?:→|->|=>|»)[ \t]*(?P<i>" + _INI + r")(?=[ \t]*(?:\||,|;|$))", re.M)


# Necessary looks before scans that cost a pass over every position (round twenty, speed): a subject tag needs a colon
# and its key word (in lower case unless a letter that matches only case-insensitively is there); a role code needs a
# blank before initials that the role pattern's look-ahead accepts after them.
_SUBJECT_KEYS = ("onderwerp", "subject", "betreft")
# initials alone after a role's key, closing the line: "Akkoord coördinator: CvdV", "Notulist: RdB", "Docent: AK"
# (round twenty-four, from holdout23: 541 persons over the development corpora; the only others were codes of a body
# such as "Opgenomen door: KCC", which is_code leaves)
_ROLE_KEY_INITIALS = re.compile(r"(?:^|[\s(])(?i:" + ROLES + r")[ \t]*:[ \t]*(?P<i>" + _INI + r")[ \t]*$", re.M)
# two or more initials listed in brackets after a word: "Notitie selectiecommissie (MS, IK):" - the colleagues who
# wrote it (round twenty-four, from holdout23: 55 persons; the others were a body's code beside them, "(KCC, JYi)",
# and units of a measurement, "(LAr,LT)")
_LISTED_INITIALS = re.compile(r"[\w.][ \t]+\((?P<list>" + _INI + r"(?:[ \t]*,[ \t]*" + _INI + r")+)\)")
_ROLE_CODE_GATE = re.compile(r"[ \t](?:" + _INI + r")(?=[ \t]*(?:$|[.,;)]|:(?!\S)|[ \t][–-][ \t]))", re.M)
_PARTY_KEYS = ("casus", "cli", "bewo", "buur", "buren", "melder", "kla", "partij", "verzoek", "fam", "gezin")


def _line_ends_in_capital(text: str, also: str = "") -> bool:
    """Some line ends in an ASCII capital (or a letter of ``also``) before its blanks, as initials closing a line
    must."""
    return any((c := line.rstrip(" \t")[-1:]) in _ASCII_CAPITALS or (c and c in also) for line in text.split("\n"))


_ASCII_CAPITALS = frozenset(c for c in map(chr, range(0x180)) if c.isupper())  # with Latin-1 and Extended-A


def _keys_possible(low: str | None, keys: tuple[str, ...]) -> bool:
    """Some key of a case-insensitive choice of words can stand in a text: ``low`` is its lower case, or None when a
    letter that matches an ASCII letter only case-insensitively ("ſ", "K", "İ", "ı") is in it."""
    return low is None or any(k in low for k in keys)


def _shared_work(text: str) -> list[tuple[int, int, str]]:
    """Initials owning an action, handing over a file, after a role word, or tagging a mail's subject."""
    out = []
    subject = ":" in text and _keys_possible(
        text.lower() if not any(c in text for c in _ODD_CASES) else None, _SUBJECT_KEYS
    )
    # action items shared out among colleagues: a plain code ("ES", "NL") owns one too where another item's owner is
    # initials that spell no code ("- ES: foto's sturen⏎- EK: schadeformulier", round twenty-eight, from holdout27)
    owners = [m.group("i") for m in _ACTION_OWNER.finditer(text)] if ":" in text else []
    shared = any(not is_code(o) and o not in _SIGN_NOT for o in owners)
    for rx in (_ACTION_OWNER, _HANDOVER, _SUBJECT_TAG, _ARROW_INITIALS):
        if rx is _SUBJECT_TAG and not subject:
            continue
        for m in rx.finditer(text):
            if rx is _ACTION_OWNER and shared and m.group("i").upper() in _PLAIN_CODES:
                out.append((m.start("i"), m.end("i"), m.group("i")))
                continue
            for g in ("i", "j"):
                ini = m.group(g) if g in rx.groupindex else None
                if not ini or ini.lower() in _NOT_SUBJECT_INITIALS or ini.upper() in _PARTY_CODES:
                    continue
                if ini.islower() or not is_code(ini) and ini not in _SIGN_NOT:
                    out.append((m.start(g), m.end(g), ini))
    if ":" in text and _line_ends_in_capital(text):
        for m in _ROLE_KEY_INITIALS.finditer(text):
            ini = m.group("i")
            if not is_code(ini) and ini.upper() not in _SIGN_NOT and ini.upper() not in _PARTY_CODES:
                out.append((m.start("i"), m.end("i"), ini))
    if "," in text and "(" in text:
        for m in _LISTED_INITIALS.finditer(text):
            items = [(g.start() + m.start("list"), g.group()) for g in re.finditer(r"[^,\s]+", m.group("list"))]
            if any(w in _NOT_BARE_PARAPH for _s, w in items):
                continue  # units of a measurement: "(LAr, LT)"
            for a, w in items:
                if not is_code(w) and w.upper() not in _SIGN_NOT:
                    out.append((a, a + len(w), w))
    for m in _ROLE_CODE.finditer(text) if _ROLE_CODE_GATE.search(text) else ():
        ini, role = m.group("i"), m.group("role")
        role_word = role in CUE_WORDS or len(role) >= 8 and role.endswith(_ROLE_ENDS) and role not in STOPWORDS
        if role_word and not is_code(ini) and ini.upper() not in _SIGN_NOT:
            if ini.upper() not in _PARTY_CODES:
                out.append((m.start("i"), m.end("i"), ini))
    return out


# Headers of a table column that holds each row's paraph or signature (round twenty-two, from holdout21's attendance
# lists: "nr;achternaam;voornaam;land;paraaf").
_SIGN_HEADERS = frozenset(
    "paraaf parafen paraph initialen handtekening handtekeningen getekend ondertekend afgetekend".split()
) | frozenset(("paraaf deelnemer", "paraaf medewerker", "paraaf cliënt", "paraaf client", "voor gezien"))
# initials in such a cell, in any alphabet and mixed case ("ŞB", "RaN", "HbA", "J.P.", "JvdB")
_CELL_INITIALS = re.compile(r"[^\W\d_a-zß-ÿ](?:\.?[^\W\d_]){1,4}\.?")
_TABLE_SEPS = (";", "|", "\t")


def _sign_column_cells(text: str) -> list[tuple[int, int, str]]:
    """Initials in the rows of a delimited table under a header of paraphs or signatures: "1;Popali;Parsal;PP"."""
    out: list[tuple[int, int, str]] = []
    for sep in _TABLE_SEPS:
        if sep not in text:
            continue
        col, width, ls = -1, 0, 0
        for line in text.split("\n"):
            cells = line.split(sep)
            heads = [c.strip().lower() for c in cells]
            hit = [i for i, h in enumerate(heads) if h in _SIGN_HEADERS]
            if len(cells) < 2:
                col = -1
            elif hit:
                col, width = hit[0], len(cells)
            elif col >= 0 and len(cells) == width:
                cell = cells[col].strip()
                plain = cell not in GOV_TERMS and cell.upper() not in _SIGN_NOT
                if plain and _CELL_INITIALS.fullmatch(cell) and sum(c.isupper() for c in cell) >= 2:
                    at = ls + sum(len(c) + 1 for c in cells[:col]) + cells[col].index(cell)
                    out.append((at, at + len(cell), cell))
            ls += len(line) + 1
    return out


# A default for paraphs (round twenty-three, from holdout22; since round twenty-five, from holdout24, also three
# capitals and a small letter, "TJSc", and two capitals, small letters and a capital, "NAdM": 178 names over the
# development corpora and no other word): a word of two capitals and one or two small letters
# ("GHo", "MKa") or of a capital, up to three small letters of the first name or a particle, and a capital with one or
# two small letters ("AvdWe", "HvtOo", "JdBa", "SeBa") is a colleague's paraph wherever it stands. Over the
# development data such words were 1,382 names, 23 noise units ("LAeq", "LAr") and 9 times "TikTok"; with the letters
# of other Latin alphabets ("KKö", "HŞa"), nothing more but names.
_BARE_PARAPH = re.compile(
    r"(?<![\w.@/\\#&+'’-])(?:[A-ZÀ-ÖØ-Þ\u0100-\u017f][A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f]{1,2}"
    r"|[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f]{1,3}[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f]{1,2}"
    r"|[A-ZÀ-ÖØ-Þ\u0100-\u017f]{3}[a-zß-öø-ÿ\u0100-\u017f]"
    r"|[A-ZÀ-ÖØ-Þ\u0100-\u017f]{2}[a-zß-öø-ÿ\u0100-\u017f]{1,2}[A-ZÀ-ÖØ-Þ\u0100-\u017f])"
    r"(?![\w@/\\+’-]|['.][^\W\d_])"
)  # letters of Latin Extended-A are both cases in one range: their case is checked in code ("KKö", "FYı", "HŞa")
# units, degrees and brands of that shape; a word after a figure is a unit too ("35 MPa")
_NOT_BARE_PARAPH = frozenset(
    "LAeq LAr LCeq LCpeak MHz GHz THz MWh GWh TWh MWp GWp BSc MSc MPa GPa MBq GBq TBq PhD TikTok PayPal GoPro WiFi "
    "HiFi LoRa McDo".split()
)
_FIGURE_BEFORE = re.compile(r"\d[ \t]?$")


_SIGNOFF_BEFORE = re.compile(r"(?i:" + "|".join(_SIGNOFF_WORDS) + r"|paraaf|getekend|ondertekening)\w*[ \t]*:[ \t]*$")


def _paraph_cases(w: str) -> bool:
    """Capitals and small letters where a paraph has them: a capital first, one more capital, the rest small ("GHo",
    "JdBa"); or three capitals and one small letter ("TJSc"), or two capitals, small letters and a capital ("NAdM")."""
    caps = [i for i, c in enumerate(w) if c.isupper()]
    if not all(c.islower() for c in w if not c.isupper()) or not caps or caps[0] != 0:
        return False
    if len(caps) == 2:
        return caps[1] < len(w) - 1
    if len(caps) == 3 and caps[:2] == [0, 1]:
        # "TJSc" (not a plural of a code, "PGBs"), "NAdM", "ALlE"
        return (caps[2] == 2 and len(w) == 4 and w[3] != "s") or (caps[2] == len(w) - 1 and len(w) >= 4)
    return False


def _bare_paraphs(text: str) -> list[tuple[int, int, str]]:
    """Words of a paraph's shape anywhere in the text, but for units, degrees, brands and plurals of codes ("IDs")."""
    out = []
    for m in _BARE_PARAPH.finditer(text):
        w = m.group()
        if not _paraph_cases(w) or (len(w) == 3 and w[1].isupper() and w[2] == "s"):
            continue
        if w in _NOT_BARE_PARAPH and not _SIGNOFF_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # a unit or a brand, but "Gecontroleerd: MPa 1 december"
        if _FIGURE_BEFORE.search(text, max(0, m.start() - 2), m.start()):
            continue
        if two_words_glued(w):
            continue  # "WijkApp Oost": two words glued in camel case name an app (round thirty-one, fresh37e)
        out.append((m.start(), m.end(), w))
    return out


# Paraphs typed in lower case where only a paraph stands (round thirty-four, from holdout33: 136 of its 170 leaked
# names). Strong slots: a list line that closes on "(role) = jv", the slashed list after a signing key ("Handtekening:
# Ans Bos / wg / tc"), the writer of a postscript ("PS kt:", also in capitals) and the letters after a closing
# greeting ("m.v.g. sw"). Weak slots, where a Dutch word could stand: a dash closing a sentence's line ("bereikbaar op
# 06-... – th") and a line's last letters after its sentence ("Briefje door de bus. pt").
_LOW = r"[a-zà-ÿĀ-ž]{2,4}"
_LEGEND_LOWER = re.compile(r"^[ \t]*(?:[-*•·][ \t]*)?[^\n=]{3,90}\)[ \t]*=[ \t]*(?P<i>" + _LOW + r")[ \t]*$", re.M)
_SIGN_LIST = re.compile(
    r"(?i:handtekening(?:en)?|parafen|paraaf|getekend|ondertekend)[ \t]*:[ \t]*(?P<list>[^\n/]*(?:/[^\n/]*){1,5})$",
    re.M,
)
_PS_WRITER = re.compile(r"^[ \t]*P\.?S\.?[ \t]+(?P<i>" + _LOW + r"|[A-Z]{2,3})[ \t]*:", re.M)
_GREETING_LOWER = re.compile(
    r"(?i:\b(?:m\.?[ \t]?v\.?[ \t]?g|gr|grt|groet|groeten|groetjes|vr\.?[ \t]?gr))\.?,?[ \t]+(?P<i>"
    + _LOW
    + r")[ \t]*$",
    re.M,
)
_DASH_LOWER = re.compile(r"[.!?)\d\"”’\]][ \t]+[—–-][ \t]*(?P<i>" + _LOW + r")[ \t]*$", re.M)
_CLOSING_LOWER = re.compile(r"[a-zà-ÿ)\]][.!?][ \t]+(?P<i>" + _LOW + r")[ \t]*$", re.M)
# a clerk's login in a slashed signing line under a note: "— 2026-0412 / Publiekszaken / jdewaal / 3 mei 2026"
# (round thirty-four, from fresh40a); a piece in lower case that is no Dutch word
_DASH_SLASH_LINE = re.compile(r"^[ \t]*(?:—|–|--?)[ \t]*(?P<list>[^\n/]+(?:/[^\n/]+){2,5})$", re.M)
_LOGIN_PIECE = re.compile(r"[a-z][a-z.]{2,14}[a-z]")
# who handled a record, after "behandeld door" and the like (round thirty-four, own probe: "Behandeld door: jdv")
_DONE_BY_LOWER = re.compile(
    r"(?i:behandeld|opgesteld|ingevoerd|afgehandeld|aangemaakt|gecontroleerd)[ \t]+(?i:door)[ \t]*:?[ \t]*"
    r"(?P<i>" + _LOW + r")(?=[ \t]*(?:[.,;)]|$))",
    re.M,
)
_NOT_LOWER_SIGN = frozenset(("enz", "etc", "zie", "zoz", "tja", "hmm", "pff", "nou", "oh", "ah", "eh", "he", "hé")) | {
    *("mij", "mijn", "ons", "hem", "haar", "hun", "u", "jou", "jij", "wij", "zij", "ik", "ze", "we", "men", "wie")
}


def _lower_sign_ok(ini: str, strong: bool) -> bool:
    """Letters in a paraph's slot that are no answer, chat word or function word; in a weak slot also no Dutch word
    with a vowel ("tja", "zo"), while "ms" or "kg" still are letters there."""
    if ini in _NOT_PARAPH or ini in CHAT_WORDS or ini in STOPWORDS or ini in _NOT_LOWER_SIGN:
        return False
    return strong or ini not in WORDS or not any(c in "aeiouy" for c in ini)


def _lower_signs(text: str) -> list[tuple[int, int, str]]:
    """Paraphs in lower case (and a postscript's writer in capitals) in the slots where only a paraph stands."""
    found: list[tuple[int, int, str]] = []
    if "=" in text and ")" in text:
        for m in _LEGEND_LOWER.finditer(text):
            if _lower_sign_ok(m.group("i"), True):
                found.append((m.start("i"), m.end("i"), m.group("i")))
    if "/" in text:
        for m in _SIGN_LIST.finditer(text):
            pos = m.start("list")
            for piece in m.group("list").split("/"):
                w = piece.strip()
                if re.fullmatch(_LOW, w) and _lower_sign_ok(w, True):
                    a = text.index(w, pos)
                    found.append((a, a + len(w), w))
                pos += len(piece) + 1
    for m in _DASH_SLASH_LINE.finditer(text) if "/" in text else ():
        pos = m.start("list")
        for piece in m.group("list").split("/"):
            w = piece.strip()
            if _LOGIN_PIECE.fullmatch(w) and w not in WORDS and _lower_sign_ok(w, True) and not is_code(w):
                if not ordinary_compound(w) and not two_words_glued(w):
                    a = text.index(w, pos)
                    found.append((a, a + len(w), w))
            pos += len(piece) + 1
    if "P" in text:
        for m in _PS_WRITER.finditer(text):
            i = m.group("i")
            if i.islower() and _lower_sign_ok(i, True) or i.isupper() and i not in _SIGN_NOT and i not in _TAIL_NOT:
                if not i.isupper() or len(i) == 2 or not is_code(i):
                    found.append((m.start("i"), m.end("i"), i))
    for m in _DONE_BY_LOWER.finditer(text) if "door" in text else ():
        if _lower_sign_ok(m.group("i"), True) and not is_code(m.group("i")):
            found.append((m.start("i"), m.end("i"), m.group("i")))
    for m in _GREETING_LOWER.finditer(text):
        if _lower_sign_ok(m.group("i"), True):
            found.append((m.start("i"), m.end("i"), m.group("i")))
    for rx in (_DASH_LOWER, _CLOSING_LOWER):
        for m in rx.finditer(text):
            if _lower_sign_ok(m.group("i"), False) and not is_code(m.group("i")):
                found.append((m.start("i"), m.end("i"), m.group("i")))
    return found


def rule_paraphs(text: str, mask: bytearray, new_person: Callable[[list[str]], P]) -> list[Span[P]]:
    """Initials on a paraph line, in a tag closing log lines, or after "paraaf": each distinct set is a person."""
    gates = ("araaf", "araph", "nbreng", "door", "roet", "vg", "Gr", "erslag", "kkoord", "ezien", "psteld", "otul")
    gates += ("ontroleerd", "itgewerkt", "ehandeld", "ictaat", "ictafoon", "elezen", "oedgekeurd", "ccoord")
    gates += ("asus", "uren", "ezin", "amilie", "lager", "elder", "ewoner", "uurman", "uurvrouw", "artij", "erzoek")
    gates += ("etekend", "andtekening", "ndertekening")
    gates += ("oordeeld", "etoetst", "agekeken", "fgehandeld", "erifieerd", "ccordeerd", "eparafeerd", "eschouwd")
    dotted = _DOTTED_QUICK.search(text) is not None
    found: list[tuple[int, int, str]] = []
    for m in _DATE_DASH_TAIL.finditer(text) if _line_ends_in_capital(text) else ():
        if not is_code(m.group("i")):
            found.append((m.start("i"), m.end("i"), m.group("i")))
    for m in _DASH_INITIALS_DATE.finditer(text) if "–" in text or "-" in text or "—" in text else ():
        if not is_code(m.group("i")):
            found.append((m.start("i"), m.end("i"), m.group("i")))
    for m in _CLOSING_INITIALS.finditer(text) if _line_ends_in_capital(text, "s") else ():
        ini = m.group("i")
        if not is_code(ini) and ini not in _SIGN_NOT and ini not in _PARTY_CODES:
            found.append((m.start("i"), m.end("i"), ini))
    for m in _BLOCK_CLOSING_INITIALS.finditer(text) if _line_ends_in_capital(text) else ():
        ini = m.group("i")
        prev = m.group("prev").rstrip(" \t")
        if is_code(ini) or ini in _SIGN_NOT or ini in _PARTY_CODES or prev.endswith(":"):
            continue
        tail = prev.rsplit(",", 1)[-1].strip().lower() if "," in prev else ""
        role = _ROLE_END.search(tail) if tail and " " not in tail else None
        if role and (role.start() == 0 or len(role.group()) >= 6):
            continue  # "S. Goladi, gerechtsdeurwaarder⏎GGN": the firm under a signature
        found.append((m.start("i"), m.end("i"), ini))
    for m in _NOTE_KEY_BRACKET.finditer(text) if "):" in text else ():
        ini = m.group("i")
        if (len(ini) == 2 and ini not in _ANSWERS or not is_code(ini)) and ini not in _PARTY_CODES:
            found.append((m.start("i"), m.end("i"), ini))
    for m in _NOTE_KEY.finditer(text) if ":" in text else ():
        ini = m.group("i")
        # after the key even a plain code ("Antwoord AM:") is whose answer it is, not a body's ("Reactie GGD:")
        plain = ini.upper() in _PLAIN_CODES or ini.upper() == "TV"
        if (plain or not is_code(ini)) and (plain or ini.upper() not in _SIGN_NOT) and ini not in _PARTY_CODES:
            found.append((m.start("i"), m.end("i"), ini))
    for m in _ACTION_CELL.finditer(text) if "|" in text else ():
        if not is_code(m.group("i")):
            found.append((m.start("i"), m.end("i"), m.group("i")))
    heading = any(k in text for k in ("erslag ", "otitie ", "emo ", "apportage ", "antekeningen "))
    for m in _REPORT_HEADING.finditer(text) if heading else ():
        if not is_code(m.group("i")):
            found.append((m.start("i"), m.end("i"), m.group("i")))
    for m in _WV_KEY.finditer(text) if "wv" in text else ():
        if m.group("i").upper() not in _ANSWERS:
            found.append((m.start("i"), m.end("i"), m.group("i")))
    for m in _LEGEND_ROLE.finditer(text) if "=" in text else ():
        if m.group("r") in ROLES and m.group("i").upper() not in _SIGN_NOT:
            found.append((m.start("i"), m.end("i"), m.group("i")))
    for m in _DASH_SIGN_TAIL.finditer(text) if "–" in text or "-" in text or "—" in text else ():
        # two capitals that spell a code sign too after the closing dash: ". — AM", ". — IT", ". — PS" (round
        # thirty-one, from holdout30: 12 such, and a code or a department never closed a line so)
        i = m.group("i")
        if not is_code(i) and i not in _SIGN_NOT or len(i) == 2 and i.isupper() and i not in _TAIL_NOT:
            found.append((m.start("i"), m.end("i"), m.group("i")))
    found.extend(_shared_work(text))
    if "\n" in text and any(k in text.lower() for k in ("paraa", "paraph", "parafen", "initialen", "teken")):
        found.extend(_sign_column_cells(text))
    found.extend(_bare_paraphs(text))
    found.extend(_lower_signs(text))
    if not found and not dotted and not any(c in text for c in "/[(^-—–'’") and not any(g in text for g in gates):
        return []
    for m in [*_PARAPH_LINE.finditer(text), *(_PARAPH_CELL.finditer(text) if "|" in text else ())]:
        parts = [m.group("a"), *(p.strip() for p in m.group("rest").strip(" \t/").split("/"))]
        if all(is_code(p) for p in parts) or any(p in GOV_TERMS or p.lower() in GOV_TERMS_LOWER for p in parts):
            # "LW/PS": a typist's initials may spell a common code; "BZ/WMO": a body or scheme is named
            continue
        pos = m.start("a")
        for p in parts:
            s = text.index(p, pos)
            found.append((s, s + len(p), p))
            pos = s + len(p)
    if any(k in text for k in ("etekend", "andtekening", "ndertekening", "ontroleerd", "araaf", "arafen", " door")):
        found.extend(_signers(text))
    for m in _TALK_PAIR.finditer(text) if "/" in text else ():
        if not is_code(m.group("i")):
            found.append((m.start("i"), m.end("i"), m.group("i")))
    for m in _SIGN_LINE.finditer(text):
        g = "i" if m.group("i") else "j"
        # a plain code alone under a dash is the writer's: "— AM" (round twenty-nine, from holdout28)
        if not is_code(m.group(g)) or g == "i" and m.group(g) in _PLAIN_CODES and "/" not in m.group():
            found.append((m.start(g), m.end(g), m.group(g)))
    if "door" in text:
        for m in _DOOR_CODE.finditer(text):
            if not is_code(m.group("i")):
                found.append((m.start("i"), m.end("i"), m.group("i")))
        for m in _DOOR_LOGIN.finditer(text):
            if m.group("i") not in WORDS and m.group("i") not in STOPWORDS:
                if ":" in m.group() and m.group("i").endswith(_ROLE_ENDS):
                    continue  # "Ingevuld door: schuldhulpverlener": a role, not a login
                found.append((m.start("i"), m.end("i"), m.group("i")))
    if _CAP_DOT.search(text):  # dotted initials ("H.L.") after the greeting
        for m in _GREETING_INITIALS.finditer(text):
            found.append((m.start("i"), m.end("i"), m.group("i")))
    # the key words of _PARAPH_KEY and _SIGNOFF_KEY, looked up in lower case unless a letter that matches one of them
    # only case-insensitively ("ſ", "K", "İ", "ı") is in the text (round fifteen: cheap looks before the scans)
    low = text.lower() if not any(c in text for c in _ODD_CASES) else None
    rxs = (_LINE_TAG, _PARAPH_KEY, _CARET_TAG, _CONTRIBUTION, _SIGNOFF_KEY, _SIGNOFF_COMMA, _NOTE_TAIL, _DICTATION)
    for rx in (*rxs, _HEADING_CODE, _CODE_DATE_LINE):
        if rx is _DICTATION and "ictaat" not in text and "ictafoon" not in text:
            continue
        if rx is _LINE_TAG and "[" not in text and "(" not in text:
            continue
        if rx is _CARET_TAG and "^" not in text:
            continue
        if rx is _PARAPH_KEY and low is not None and "paraaf" not in low and "paraph" not in low:
            continue
        if rx is _SIGNOFF_KEY and (":" not in text or (low is not None and not any(k in low for k in _SIGNOFF_WORDS))):
            continue
        if rx is _NOTE_TAIL and not _NOTE_TAIL_GATE.search(text):
            continue  # no capital closing a quote or a bracket: no note signed so (one cheap look)
        if rx is _CONTRIBUTION and "nbreng" not in text:
            continue
        if rx is _SIGNOFF_COMMA and not _keys_possible(low, ("gezien", "akkoord", "accoord", "gelezen", "keurd")):
            continue
        for m in rx.finditer(text):
            if m.group("i").upper() in _ANSWERS and rx is not _PARAPH_KEY:
                continue  # after "Paraaf:" even "OK" is initials
            # after an assessment's participle a party's letters are a clerk's: "Beoordeeld: SP" (round thirty)
            assessed = rx is _SIGNOFF_KEY and m.group("i").upper() in _PARTY_CODES and _ASSESSED.match(m.group())
            if rx is _PARAPH_KEY or assessed or not is_code(m.group("i")):  # after "paraaf:" even "NL" is initials
                found.append((m.start("i"), m.end("i"), m.group("i")))
    if low is None or any(k in low for k in ("paraaf", "paraph", "gezien", "akkoord", "accoord", "gelezen", "keurd")):
        for m in _LOWER_PARAPH.finditer(text):
            ini = m.group("i")
            if ini in _NOT_PARAPH or is_code(ini) or ini in STOPWORDS:
                continue
            if m.group("key").lower() not in ("paraaf", "paraph") and (ini in WORDS or "," not in m.group("sep")):
                continue  # "akkoord, gzi]" but not "gezien mal."
            found.append((m.start("i"), m.end("i"), ini))
    if "/" in text and ":" in text:
        for m in _SIGNOFF_PAIR.finditer(text):
            for g in ("i", "j"):
                if m.group(g) and not is_code(m.group(g)):
                    found.append((m.start(g), m.end(g), m.group(g)))
    if "/" in text and "[" in text:
        for m in _LOG_USER.finditer(text):
            found.append((m.start("i"), m.end("i"), m.group("i")))
    if dotted:
        for m in _DOTTED_ALONE.finditer(text):
            if m.group("i") not in _DOTTED_ABBREVIATIONS or _initials_in_running_text(text, m):
                found.append((m.start("i"), m.end("i"), m.group("i")))
        for m in _DOTTED_SIGN_TAIL.finditer(text):
            if m.group("i") in _DOTTED_ABBREVIATIONS and m.group("i") not in _SIGN_TAIL_NOT:
                found.append((m.start("i"), m.end("i"), m.group("i")))
    if "(" in text and ":" in text:
        for m in _BRACKET_BEFORE_COLON.finditer(text):
            if not is_code(m.group("i")) or _plain_code_as_initials(text, m.start(), m.start("i") - 1, m.group("i")):
                found.append((m.start("i"), m.end("i"), m.group("i")))
    if "(" in text and (
        low is None or any(k in low for k in ("notitie", "verslag", "memo", "aantekening", "rapportage"))
    ):
        for m in _NOTE_HEADING_BRACKET.finditer(text):
            ini = m.group("i")
            if not is_code(ini) or _plain_code_as_initials(text, m.start(), m.start("i") - 1, ini):
                found.append((m.start("i"), m.end("i"), ini))
    for m in _PARTY_INITIALS.finditer(text) if _keys_possible(low, _PARTY_KEYS) else ():
        shouted = text[m.start() : m.start("i")].strip().isupper()  # "IK BEN BEWONER VAN DE FLAT": capitals only
        if not is_code(m.group("i")) and not shouted:
            found.append((m.start("i"), m.end("i"), m.group("i")))
    if "(" in text:
        found.extend(_body_tags(text))
        for m in _BRACKET_NOTE.finditer(text):
            if m.group("i") not in GOV_TERMS:  # after the note's word even "PS" is initials
                found.append((m.start("i"), m.end("i"), m.group("i")))
    if ":" in text:
        for m in _KEYED_NOTE.finditer(text):
            if not is_code(m.group("i")):
                found.append((m.start("i"), m.end("i"), m.group("i")))
        for m in _KEYED_LOGIN.finditer(text) if low is None or any(k in low for k in _LOGIN_KEYS) else ():
            ini = m.group("i")
            if "." in ini or (
                len(ini) <= 12 and ini not in WORDS and ini not in STOPWORDS and not ordinary_compound(ini)
            ):
                found.append((m.start("i"), m.end("i"), ini))
    # the same initials elsewhere in the text stand for the same colleague ("Vraag van CO: ..."); letters in lower
    # case only where they are no word and no abbreviation ("dr. Aziz")
    if found:
        seen = {(s, e) for s, e, _i in found}
        for ini in {i for _s, _e, i in found if len(i) >= 2 and not (i.islower() and i in WORDS)}:
            for m in re.finditer(r"(?<![\w@/.\-])" + re.escape(ini) + r"(?![\w@/\-])", text):
                if (m.start(), m.end()) not in seen and not (ini.islower() and text.startswith(".", m.end())):
                    found.append((m.start(), m.end(), ini))
    out: list[Span[P]] = []
    people: dict[str, P] = {}
    for s, e, ini in sorted(found):
        if mask.find(1, s, e) != -1:
            continue
        person = people.get(ini.upper())
        if person is None:
            person = people[ini.upper()] = new_person([ini])
        out.append((s, e, person))
        mask[s:e] = b"\x01" * (e - s)
    return out


_BRACKET_INITIALS = re.compile(r"[ \t]*\((?P<i>" + _INI + r")\)")
# a paraph and a slash before a found name, as a clerk signs a line: "SMM / Sosook Moriguchi, Publiekszaken" (round
# twenty-five, from holdout24)
_INITIALS_SLASH_BEFORE = re.compile(r"(?<![\w.@/'’-])(?P<i>" + _INI + r")[ \t]*/[ \t]*$")
# the colleague who spoke with someone, after a conversation's word and before a slash and the other's name:
# "Verslag telefoongesprek MGV / Nowaczyk" (round twenty-nine, from holdout13's minutes)
_TALK_PAIR = re.compile(
    r"(?i:gesprek|overleg|telefonade|afspraak)[ \t]+(?P<i>" + _INI + r")[ \t]*/[ \t]*(?=[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-ÿ])"
)
# and after it, closing a signature line before the department: "-- W. Mardikromo-Malti / WM, Wijkteam Noord"
# (round twenty-nine, from holdout28)
_SLASH_INITIALS_AFTER = re.compile(r"[ \t]*/[ \t]*(?P<i>" + _INI + r")(?=[ \t]*(?:[,;|]|$))", re.M)
# the bare initials opening a name that the name's span did not take: "I Dumitescu", "S. M. Pawisono"
_DEPARTMENT_NEXT = re.compile(r"[ \t]*,[ \t]*[A-Z]")
_INITIALS_OPENING = re.compile(r"(?<![\w.])(?:[A-ZÀ-ÖØ-ÞĀ-Ž]{1,2}\.?[ \t]?){1,3}$")


def _spells_name(ini: str, name: str) -> bool:
    """Capitals that open with the name's first letter and close with its surname's: "T.R. Vlasbloem (TV)", "Wim
    Ooms (WO)" - the person's own initials even where they spell a code (round twenty-eight, from holdout27); a party
    never does ("Jansen (VVD)")."""
    caps = [c for c in ini if c.isupper()]
    words = [w for w in re.split(r"[\s.]+", name) if w[:1].isupper() and len(w) > 1]
    return len(caps) >= 2 and ini.upper() not in _PARTY_CODES and bool(words) and caps[-1] == words[-1][0]


def rule_initials_in_brackets_after_name(text: str, mask: bytearray, spans: list[Span[P]]) -> list[Span[P]]:
    """A person's initials in brackets right after their found name are theirs: "agent Dralena (DWM)", "Kees
    (KBvV)" (round fourteen); so are initials and a slash right before it ("KD / Kim Do"). The first letter must be
    the name's, so that a party or a body after a name ("Jansen (VVD)") stays."""
    if "(" not in text and "/" not in text:
        return []
    out: list[Span[P]] = []
    for s, e, person in spans if "/" in text else ():
        m = _INITIALS_SLASH_BEFORE.search(text, max(0, s - 12), s)
        if not m or is_code(m.group("i")) or m.group("i") in _SIGN_NOT or mask.find(1, m.start("i"), m.end("i")) != -1:
            continue
        if m.group("i")[0] == text[s:e].lstrip()[:1].upper():
            out.append((m.start("i"), m.end("i"), person))
            mask[m.start("i") : m.end("i")] = b"\x01" * (m.end("i") - m.start("i"))
    for s, e, person in spans if "/" in text else ():
        m = _SLASH_INITIALS_AFTER.match(text, e)
        if not m or m.group("i") in _SIGN_NOT and m.group("i") != "ID" or mask.find(1, m.start("i"), m.end("i")) != -1:
            continue
        lead = _INITIALS_OPENING.search(text, max(0, s - 8), s)
        name = text[lead.start() if lead else s : e].lstrip()
        ini = m.group("i")
        # a party's letters count where they spell the name and a department follows ("S. Pawisono / SP, Wmo-loket")
        spelled = _spells_name(ini, name) or (
            ini.upper() in _PARTY_CODES and ini[-1] == name.split()[-1][:1] and _DEPARTMENT_NEXT.match(text, m.end())
        )
        if ini[0] == name[:1].upper() and (not is_code(ini) or spelled):
            for a, b in ((m.start("i"), m.end("i")), (lead.start(), s) if lead else (0, 0)):
                if b > a and mask.find(1, a, b) == -1:
                    out.append((a, b, person))
                    mask[a:b] = b"\x01" * (b - a)
    for s, e, person in spans:
        m = _BRACKET_INITIALS.match(text, e)
        if not m or mask.find(1, m.start("i"), m.end("i")) != -1:
            continue
        if m.group("i")[0] != text[s:e].lstrip()[:1].upper():
            continue
        if is_code(m.group("i")) and not _spells_name(m.group("i"), text[s:e]):
            continue
        out.append((m.start("i"), m.end("i"), person))
        mask[m.start("i") : m.end("i")] = b"\x01" * (m.end("i") - m.start("i"))
    for s, e, person in spans:
        # typed in a hurry beside the name in brackets: "Balie 1: Hanna Hoek (hho)", "Meron Tesfay (meron)",
        # "xieng (Xieng Li) voor wijkteam" (round eighteen, from the blind front-desk corpus fresh24a)
        for a, b in _lower_beside(text, s, e):
            if mask.find(1, a, b) == -1:
                out.append((a, b, person))
                mask[a:b] = b"\x01" * (b - a)
    return out


_LOWER_AFTER = re.compile(r"[ \t]*\((?P<w>[a-zà-ÿ]{2,20})\)")
_LOWER_BEFORE = re.compile(
    r"^[ \t]*(?:\d{1,2}[:.]\d{2}[ \t]+)?(?P<w>[a-zà-ÿ]{3,20}(?:-[a-zà-ÿ]{2,20})?)[ \t]*\($", re.M
)


def _lower_beside(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A lower-case word that is no Dutch word, no code and no body right after a found name in brackets, or right
    before it when the name is in brackets."""
    found = []
    m = _LOWER_AFTER.match(text, e)
    if m and m.group("w")[0] == text[s:e].lstrip()[:1].lower():
        w = m.group("w")
        if len(w) == 2 or len(w) == 3 and w not in WORDS and w not in STOPWORDS:
            return [m.span("w")]  # "Marlène (mp)", "Nikos (na)": her own initials, though they spell a word
    if m and (len(m.group("w")) <= 4 or m.group("w").capitalize() in FIRST_NAMES):  # "(hho)", "(meron)"
        found.append(m.span("w"))
    if s > 0 and text[s - 1] == "(" and text.startswith(")", e):
        b = _LOWER_BEFORE.search(text, max(0, s - 48), s)
        if b:
            found.append(b.span("w"))
    return [(a, b) for a, b in found if _unknown_lower(text[a:b])]


def _unknown_lower(word: str) -> bool:
    return not (
        word in WORDS
        or word in STOPWORDS
        or word in GOV_TERMS_LOWER
        or is_code(word)
        or word.rstrip("s") in WORDS
        or word.endswith(_ROLE_ENDS)
    )
