"""holdout4_known.jsonl: residents whose names are ordinary Dutch words or place names (passed as "known")."""

from __future__ import annotations

import pools4 as P
from core4 import Ctx, Person

# surname (particle|surname) -> ordinary uses (lower case, never sentence-initial); the keep is the {…} part
WORD_SURNAMES: dict[str, list[str]] = {
    "Bakker": ["hij haalt elke ochtend brood bij {de bakker} op de hoek", "de winkel naast {de bakker} staat leeg"],
    "Visser": ["zijn opa was {visser op de Noordzee}", "een {visser met een hengel} zat bij de brug"],
    "Koster": ["{de koster} van de kerk zegt dat de klok kapot is", "ze vroeg {de koster} om de sleutel"],
    "Kok": ["hij werkt {als kok} in een hotel", "in de keuken staat {een kok} uit Italië"],
    "Groen": ["het gras op het plein is {weer groen}", "de bank is {donker groen} geverfd"],
    "Winter": ["de leiding bevriest {in de winter}", "vorige {winter} stond de kelder onder water"],
    "Vos": ["er loopt {een vos} door de tuinen", "de kippen zijn door {een vos} gepakt"],
    "Wolf": ["in de krant stond dat {een wolf} schapen had gedood", "de kinderen zijn bang voor {de wolf}"],
    "Koning": ["op de verjaardag van {de koning} is er een braderie", "ze kreeg een lintje namens {de koning}"],
    "de|Boer": ["{de boer} verderop mest zijn land uit", "de stank komt van {de boer} aan de overkant"],
    "Brouwer": ["{de brouwer} van het café heeft een terrasvergunning", "het bier komt van {een brouwer} uit de stad"],
    "Molenaar": ["{de molenaar} geeft rondleidingen", "de wieken zijn volgens {de molenaar} te oud"],
    "Schipper": ["haar vader was {schipper} op de Rijn", "{de schipper} van de pont is ziek"],
    "Steen": ["er is {een steen} door de ruit gegooid", "de tuin ligt vol {steen en puin}"],
    "Bos": ["de kinderen spelen in {het bos}", "achter de flat ligt {een bos} met paden"],
    "Beek": ["{de beek} achter het huis treedt buiten zijn oevers", "er ligt afval in {de beek}"],
    "van|Dijk": ["ze fietst elke dag over {de dijk}", "het water stond tot aan {de dijk}"],
    "Zwart": ["het staat {zwart op wit} in de brief", "de muur is {zwart} van het roet"],
    "Vink": ["er nestelt {een vink} in de dakgoot", "elke ochtend fluit {een vink} in de heg"],
    "de|Haas": ["hij rende weg {als een haas}", "in de berm lag {een haas}"],
    "Baas": ["{haar baas} wil een verklaring", "{zijn baas} laat hem niet eerder weg"],
    "Voogd": ["{de voogd} van het kind moet tekenen", "ze is benoemd tot {voogd} van haar neefje"],
    "Post": ["{de post} komt hier pas om vier uur", "de brief zat niet bij {de post}"],
    "Prins": ["het kind was verkleed als {prins}", "de {prins} van de carnavalsvereniging kwam langs"],
    "Sloot": ["de auto is in {de sloot} beland", "{de sloot} langs het pad is niet gemaaid"],
    "van 't|Veld": ["op {het veld} achter de school", "het {voetbalveld} is afgesloten"],
    "de|Wit": ["er staat {een wit busje} voor de deur", "de gevel is {wit} geschilderd"],
    "Hamer": ["de buurman slaat {met een hamer} tegen de muur", "hij zocht {een hamer} en spijkers"],
    "Keizer": ["het plein is vernoemd naar {een keizer}", "de buurman gedraagt zich als {een keizer}"],
    "Bisschop": ["{de bisschop} kwam op bezoek in de parochie", "{de bisschop} wil dat de kerk openblijft"],
    "Berg": ["er ligt {een berg} grofvuil naast de container", "er lag {een berg} post op de mat"],
    "Zoet": ["de appels uit de tuin zijn {zoet}", "de dokter zegt dat ze te veel {zoet} eet"],
}
WORD_FIRSTS: dict[str, list[str]] = {
    "Roos": ["ze kreeg {een roos} van de buren", "de {rozen} in de tuin zijn vertrapt"],
    "Bloem": ["er ligt {een bloem} op het graf", "ze heeft {een bloem} op de stoep getekend"],
    "Hoop": ["ze belt {in de hoop dat} het nu opschiet", "er is {weinig hoop} op een snelle oplossing"],
    "Storm": ["na {de storm} lag de schutting plat", "{de storm} van vorige week heeft het dak beschadigd"],
    "Mei": ["{in mei} moet de aanvraag binnen zijn", "vanaf {1 mei} geldt de nieuwe regeling"],
    "Merel": ["{een merel} zingt voor het raam", "de kat ving {een merel}"],
    "Lieve": ["ze schreef {lieve} woorden op de kaart", "een {lieve} buurvrouw helpt met boodschappen"],
    "Zon": ["{de zon} schijnt door het kapotte dak", "het balkon ligt {in de zon}"],
    "Mees": ["er zit {een mees} in het vogelhuisje", "{de koolmees} broedt in de brievenbus"],
    "Bas": ["hij speelt {basgitaar} in een band", "de {basversterker} staat in de gang"],
    "Jet": ["{de jet} vloog laag over de wijk", "het geluid van {een jet} is oorverdovend"],
}
PLACE_SURNAMES: dict[str, list[str]] = {
    "van|Delft": ["ze verzamelt {Delfts blauw}", "een {Delftse} vaas is gebroken bij de verhuizing"],
    "van|Leiden": ["de {Leidse} kaas van de markt is op", "haar zoon studeert aan de {Leidse} hogeschool"],
    "van|Hoorn": ["de boot ligt in de {Hoornse} haven", "het brood komt van een {Hoornse} bakkerij"],
    "van|Kampen": ["op de markt liggen {Kamper} uien", "de kinderen bezochten de {Kamper} kogge"],
    "van|Tiel": ["ze staat met een kraam op de {Tielse} markt", "het gaat om een {Tielse} zaak"],
    "van|Dokkum": ["de kano ligt aan de {Dokkumer} Ee", "hij werkt bij een {Dokkumer} bedrijf"],
    "van|Assen": ["de {Asser} wielrenners fietsen door de wijk", "ze heeft een {Asser} jurist ingeschakeld"],
    "van|Gent": ["een {Gentse} vriend helpt met de formulieren", "ze gaat elk jaar naar de {Gentse} feesten"],
}


def _use(c: Ctx, phrase: str) -> str:
    start, end = phrase.index("{"), phrase.index("}")
    c.K(phrase[start + 1 : end])
    return phrase.replace("{", "").replace("}", "")


def _resident(c: Ctx, kind: str) -> tuple[Person, list[str]]:
    rng = c.rng
    if kind == "first":
        first = rng.choice(list(WORD_FIRSTS))
        origin = rng.choice(["dutch", "frisian", "suri_creole", "moluccan", "antillean", "polish", "ghanaian"])
        surs = P.ORIGINS[origin][1]
        raw = rng.choice([s for s in surs if "|" not in s])
        return Person(c, first, "", raw), WORD_FIRSTS[first]
    table = WORD_SURNAMES if kind == "sur" else PLACE_SURNAMES
    raw = rng.choice(list(table))
    particle, surname = raw.split("|") if "|" in raw else ("", raw)
    origin = rng.choices(
        ["dutch", "frisian", "turkish", "moroccan", "antillean", "polish", "iranian", "somali"],
        weights=[8, 2, 1, 1, 1, 1, 1, 1],
    )[0]
    first = rng.choice(P.ORIGINS[origin][0])
    return Person(c, first, particle, surname), table[raw]


def known_doc(c: Ctx) -> tuple[str, dict[str, list[str]]]:
    rng = c.rng
    kind = rng.choices(["sur", "first", "place"], weights=[6, 3, 2])[0]
    r, uses = _resident(c, kind)
    use1, use2 = rng.sample(uses, 2)
    team_name, scheme_name = rng.choice(P.TEAMS), rng.choice(P.SCHEMES)
    o = c.person()
    known: dict[str, list[str]] = {"names": [r._full()]}

    def u1() -> str:
        return _use(c, use1)

    def u2() -> str:
        return _use(c, use2)

    def team() -> str:
        return c.K(team_name)

    def scheme() -> str:
        return c.K(scheme_name)

    def ref() -> str:
        return r.first() if kind == "first" else r.sur(cap=True)

    shapes = [
        lambda: (
            f"{r.full()} belde op {c.date()} over de {scheme()}. Volgens de melder: {u1()}. {ref()} wil dat "
            f"{team()} terugbelt."
        ),
        lambda: (
            f"Verzoek van {r.formal()}. Achtergrond: {u1()}. {ref()} heeft {o.formal()} gemaild, zonder "
            f"antwoord. En verder: {u2()}."
        ),
        lambda: f"wo gebeld met {r.lower()}, geeft aan: {u1()}. afspraak: {o.initials()} ({team()}) belt terug.",
        lambda: f"{r.caps()} – {scheme()}\n- {u1()}\n- {ref()} is boos op {team()}\n- {u2()}",
        lambda: f"Bewoner: ik ben {r.full()}. Weet u, {u1()}.\nM: Dank u, {r.formal()}. Ik noteer het voor {team()}.",
        lambda: (
            f"[{c.K('14-02 09:12')}] {r.full()}: goedemorgen, {u1()}\n[{c.K('14-02 09:40')}] {o.first()}: "
            f"dank voor het bericht, {r.first()}. {scheme()} is in behandeling."
        ),
        lambda: f"Afgesproken met {r.formal()} dat {team()} vóór {c.date()} reageert. Ter info: {u1()}; {u2()}.",
        lambda: f"{r.poss()} buurvrouw belde: {u1()}. {ref()} zelf mailde later: {u2()}.",
        lambda: (
            f"Geachte {r.formal()},\nU schreef ons: '{u1()}'. En ook: '{u2()}'. Wij nemen contact met u op. "
            f"Met vriendelijke groet, {team()}"
        ),
        lambda: f"Naam: {r.full()}\nRegeling: {scheme()}\nOpmerking melder: {u1()}\nBehandelaar: {o.initials()}",
        lambda: f"{r.lower_first()} hier. {u1()} en {u2()}, dus ik bel maar weer eens over de {scheme()}",
        lambda: (
            f"Telefoonnotitie {c.date()}\n{ref()}: {u1()}.\nM: En wat wilt u van {team()}?\n"
            f"{ref()}: dat iemand gewoon terugbelt."
        ),
    ]
    text = rng.choice(shapes)()
    if rng.random() < 0.35:
        e = r.email()
        known["emails"] = [e]
        text += f"\nContact: {e}."
    if rng.random() < 0.3:
        ph = c.phone("mobile")
        known["phones"] = [ph]
        text += f"\nTel {ph}."
    return text, known
