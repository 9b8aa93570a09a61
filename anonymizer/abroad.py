"""Addresses abroad: family members in Belgium, Germany, Morocco, Turkey or Suriname (issue 10, round five).

The Dutch street rules know Dutch street endings. An address abroad is written in its own country's way:
"Lindenstraße 5", "Rue Ibn Khaldoun 17", "Avenue Hassan II n° 23", "Atatürk Caddesi No: 15 Daire 4",
"Cumhuriyet Mah. 1203 Sok. No: 7", "Kerkstraat 12 bus 3". ``foreign_addresses`` finds these as ADDRESS candidates
(with the house number). ``shield_places`` keeps the town written after a found address ("…, 50667 Köln",
"…, Tanger", "… in Paramaribo"): a town is no personal data, yet a foreign town is unknown to the lexicon and would
otherwise be read as a name. A text without a trigger word or ending pays a few substring tests.
"""

from __future__ import annotations

import re

from .addresscues import _STREET_ENDS
from .lexicon import FIRST_NAMES, PLACES_FULL, SURNAMES
from .rxutil import word_alternation

_CAP = r"[A-ZÀ-ÖØ-ÞİÇŞĞÜ][\w'’\-]*"
_NAME_WORD = rf"(?:{_CAP}|de|du|des|del|della|dos|das|da|la|le|el|al|ibn|ben|bin|von|der|dem|[IVX]{{1,4}}|\d{{1,2}}\.)"
_NO = r"(?:(?:n°|nº|no\.?|nr\.?|No:|Nr:)[ \t]*)?\d{1,4}[a-zA-Z]?(?:[/\-]\d{1,3})?"
_EXTRA = r"(?:[ \t]+(?:bus|boîte|bte|Daire|D:|Kat|apt\.?|app\.?|Whg\.?)[ \t]*\d{1,3}[a-zA-Z]?)?"
# "Rue Ibn Khaldoun 17", "Avenue Hassan II n° 23", "Calle Mayor 4", "Straße des 17. Juni 5"
_PREFIX_STREET = (
    r"(?:Rue|Avenue|Av\.|Boulevard|Bd\.?|Bld\.?|Place|Chemin|Allée|Impasse|Route|Quai|Calle|Avenida|Via|Viale|"
    r"Piazza|Rua|Derb|Hay|Zanqat|Straße|Strasse|[Uu]lica|[Aa]leja|Rruga|[Uu]l\.|[Vv]ul\.|Str\.|Strada|Calea|вул\.|ул\.)"
)
_PREFIX_RE = re.compile(rf"(?<![\w])(?P<a>{_PREFIX_STREET}(?:[ \t]+{_NAME_WORD}){{1,4}},?[ \t]+{_NO}{_EXTRA})(?![\w])")
# "Lindenstraße 5", "Schillerstrasse 12a", "Goethegasse 3", "Marktplatz 1"
_SUFFIX_RE = re.compile(
    rf"(?<![\w])(?P<a>[A-ZÀ-ÖØ-Þ][\w\-]*(?:straße|strasse|gasse|platz|damm|ufer|chaussee)(?:[ \t]+{_NO}){_EXTRA})"
    r"(?![\w])"
)
# "Atatürk Caddesi No: 15 Daire 4", "Cumhuriyet Mah. 1203 Sok. No: 7", "Gül Sokak 12"
_TURKISH_RE = re.compile(
    rf"(?<![\w])(?P<a>(?:{_CAP}[ \t]+){{1,3}}(?:Mah\.|Mahallesi)?[ \t]*(?:\d{{1,5}}[ \t]+)?"
    rf"(?:Caddesi|Cad\.|Cd\.|Sokak|Sokağı|Sok\.|Sk\.|Bulvarı|Blv\.|Yolu)[ \t]*,?[ \t]*{_NO}{_EXTRA})(?![\w])"
)
# "Kerkstraat 12 bus 3": a Belgian box number after a Dutch street found by the other rules
BUS_RE = re.compile(r"[ \t]+(?:bus|bte\.?|boîte)[ \t]*\d{1,4}[a-zA-Z]?(?![\w])")
# "Renmin Lu 237", "Jiefang Dajie 12": a Chinese street in pinyin, its type word after the name (round thirteen)
_CHINESE_RE = re.compile(
    rf"(?<![\w])(?P<a>{_CAP}(?:[ \t]+{_CAP})?[ \t]+(?:Lu|Jie|Dajie|Dadao|Xiang|Hutong)[ \t]+\d{{1,4}}[a-zA-Z]?)(?![\w])"
)
_CHINESE_GATE = (" Lu ", " Jie ", " Dajie ", " Dadao ", " Xiang ", " Hutong ")
# Cheap gates: each pattern runs only when one of its words occurs (plain substring tests).
_PREFIX_GATE = tuple(
    f"{w} "
    for w in "Rue Avenue Av. Boulevard Bd Bd. Bld Bld. Place Chemin Allée Impasse Route Quai Calle Avenida Via Viale "
    "Piazza Rua Derb Hay Zanqat Straße Strasse Ulica ulica Aleja aleja Rruga ul. Ul. vul. Vul. Str. Strada Calea "
    "вул. ул.".split()
)
_SUFFIX_GATE = ("straße", "strasse", "gasse", "platz", "damm", "ufer", "chaussee")
_TURKISH_GATE = ("Caddesi", "Cad.", "Cd.", "Sokak", "Sokağı", "Sok.", "Sk.", "Bulvarı", "Blv.", "Yolu")
# As a prefix tree (the same matches; the engine tries each position once per first letter instead of per word).
_ANY_GATE = re.compile(word_alternation(_PREFIX_GATE + _SUFFIX_GATE + _TURKISH_GATE + _CHINESE_GATE))
_POSTBUS_RE = re.compile(r"Postbus[ \t]+\d{1,6}")
# the town after an address: ", 50667 Köln", ", Tanger", ", B-2000 Antwerpen", " in Paramaribo", ", Kadıköy/İstanbul"
_PLACE_AFTER = re.compile(
    rf"(?:(?:[ \t]*,[ \t]*|[ \t]+in[ \t]+|[ \t]+te[ \t]+)(?:(?:(?:[A-Z]{{1,2}}-)?\d{{4,6}}|\d\d-\d{{3}})[ \t]+)?"
    rf"|[ \t]+(?:(?:[A-Z]{{1,2}}-)?\d{{4,6}}|\d\d-\d{{3}})[ \t]+)"
    rf"(?P<place>{_CAP}(?:[ \t/\-]{_CAP})?)(?=[ \t]*(?:[,.;:)(\n]|$))"
)


# Round ten: the number first, as France and Belgium's French side write it ("23 Avenue Foch", "5 bis rue Haute"), and
# as English addresses do ("221 Baker Street", "14 Elm Road").
_NUMBER_FIRST_RE = re.compile(
    r"(?<![\w,.])(?P<a>\d{1,4}(?:[ \t]?(?:bis|ter|[A-Za-z]))?,?[ \t]+"
    # the type word in lower case too, as French writes it ("77 avenue Foch", "44 chemin des Vignes"; round 24)
    r"(?:[Rr]ue|[Aa]venue|[Bb]oulevard|Bd\.?|[Pp]lace|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Rr]oute|[Qq]uai)"
    r"(?:[ \t]+" + _NAME_WORD + r"){1,4}"
    r"|\d{1,4}[A-Za-z]?[ \t]+(?:" + _CAP + r"[ \t]+){1,3}"
    r"(?:Street|Road|Lane|Avenue|Drive|Close|Crescent|Gardens|Square|Terrace))(?![\w])"
)
_NUMBER_FIRST_GATE = (
    *(" Rue ", " rue ", " Avenue ", " Boulevard ", " Bd", " Place ", " Chemin ", " Allée ", " Impasse ", " Route "),
    *(" avenue ", " boulevard ", " place ", " chemin ", " allée ", " impasse ", " route ", " quai "),
    *(" Quai ", " Street", " Road", " Lane", " Drive", " Close", " Crescent", " Gardens", " Square", " Terrace"),
)
# The postcode of a foreign address before its town: ", 50667 Köln", ", B-1000 Brussel", ", 75016 Paris" (round ten)
_CODE_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?P<pc>(?:[A-Z]{1,2}-)?\d{4,6}|\d{2}-\d{3})[ \t]+" + _CAP + r"(?![\d])"
)  # also Poland's "82-153 Rzeszów" and six digits ("580314 Qingtian", round thirteen)


def foreign_addresses(text: str) -> list[tuple[int, int, str, str]]:
    """ADDRESS candidates written the way of another country, and the postcode after each (POSTCODE)."""
    out: list[tuple[int, int, str, str]] = []
    found: list[re.Match[str]] = []
    if any(w in text for w in _NUMBER_FIRST_GATE):
        found += [m for m in _NUMBER_FIRST_RE.finditer(text) if "\n" not in m.group("a")]
    if found or _ANY_GATE.search(text):
        for rx, gate in (
            (_PREFIX_RE, _PREFIX_GATE),
            (_SUFFIX_RE, _SUFFIX_GATE),
            (_TURKISH_RE, _TURKISH_GATE),
            (_CHINESE_RE, _CHINESE_GATE),
        ):
            if not any(w in text for w in gate):
                continue
            found += [m for m in rx.finditer(text) if "\n" not in m.group("a")]
    for m in found:
        out.append((m.start("a"), m.end("a"), "ADDRESS", "[adres]"))
        pc = _CODE_AFTER.match(text, address_end(text, m.end("a")))
        if pc:
            out.append((pc.start("pc"), pc.end("pc"), "POSTCODE", "[postcode]"))
    return out


def address_end(text: str, end: int) -> int:
    """Where an address ending at ``end`` ends with a Belgian box number ("Kerkstraat 12 bus 3")."""
    m = BUS_RE.match(text, end)
    return m.end() if m else end


def shield_places(text: str, mask: bytearray, addresses: list[tuple[int, int]]) -> None:
    """Mark the town right after each address as taken, so that no rule reads it as a name."""
    if "Postbus" in text:
        addresses = addresses + [m.span() for m in _POSTBUS_RE.finditer(text)]
    for _s, e in addresses:
        e = address_end(text, e)
        m = _PLACE_AFTER.match(text, e)
        if not m or mask.find(1, m.start("place"), m.end("place")) != -1:
            continue
        first = re.split(r"[ \t/\-]", m.group("place"))[0]
        has_code = any(c.isdigit() for c in text[e : m.start("place")])  # "3000 Leuven": surely a town
        if not has_code and (first in FIRST_NAMES or first in SURNAMES) and first not in PLACES_FULL:
            continue  # "Kerkstraat 12, Jansen.": a name after an address is judged by the person rules
        if (
            not has_code
            and first not in PLACES_FULL
            and not first.lower().endswith(_STREET_ENDS)
            and not any(c.isdigit() for c in text[_s:e])
        ):
            continue  # "Aanwezig: Oostererhof, Gijsbel (...)": a street without a number may be a surname written
            # first; only a listed town after it is shielded (round twenty-seven, from holdout26)
        mask[m.start("place") : m.end("place")] = b"\x01" * (m.end("place") - m.start("place"))
