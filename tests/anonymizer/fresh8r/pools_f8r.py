"""Name, street, organisation and identifier pools for the fresh8r record corpus (helper H5, written blind)."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field

# origin -> (first names, surnames). Surnames with a Dutch particle are written "particle|surname".
ORIGINS: dict[str, tuple[list[str], list[str]]] = {
    "nl": (
        [
            "Gerrit",
            "Annemieke",
            "Joost",
            "Wilma",
            "Bas",
            "Roos",
            "Thijs",
            "Marloes",
            "Hendrik",
            "Femke",
            "Guus",
            "Ilse",
            "Wouter",
            "Janneke",
            "Daan",
            "Lotte",
            "Kees",
            "Merel",
            "Stijn",
            "Gerda",
            "Teun",
            "Joke",
            "Bram",
            "Hanneke",
            "Wil",
            "Sjoerd",
            "Evert",
            "Trijntje",
            "Rik",
            "Liesbeth",
            "Job",
            "Mies",
            "Fenna",
            "Ko",
            "Lex",
        ],
        [
            "Hoekstra",
            "Brouwer",
            "Verhoeven",
            "Kuipers",
            "Dekker",
            "Schipper",
            "Vink",
            "Huisman",
            "Scholten",
            "Molenaar",
            "Koster",
            "Prins",
            "Wolters",
            "Zwart",
            "Post",
            "Veldhuis",
            "Timmer",
            "Bosman",
            "Kok",
            "Beek",
            "Visser",
            "Meulenbelt",
            "Rietveld",
            "Haverkamp",
            "Blom",
            "Groen",
            "Hamer",
            "Winter",
            "Vos",
            "van|Dam",
            "van der|Linden",
            "de|Graaf",
            "van den|Broek",
            "ter|Horst",
            "van 't|Hof",
            "de|Wit",
            "van|Leeuwen",
            "den|Hartog",
            "van der|Meulen",
            "in 't|Veld",
            "op den|Kamp",
            "van|Rossum",
            "'t|Hart",
            "van der|Zee",
            "de|Lange",
            "ten|Cate",
            "van|Gils",
            "Pronk",
            "Boer",
            "Lamers",
            "Snoek",
        ],
    ),
    "fy": (
        [
            "Sjoukje",
            "Wytze",
            "Hiltsje",
            "Gerben",
            "Auke",
            "Tsjitske",
            "Durk",
            "Jildou",
            "Sytse",
            "Baukje",
            "Oebele",
            "Froukje",
            "Jelle",
            "Ytsje",
        ],
        [
            "Hiemstra",
            "Dijkstra",
            "Wiersma",
            "Zijlstra",
            "Bosma",
            "Terpstra",
            "Sijbesma",
            "Tjeerdsma",
            "Haitsma",
            "Boersma",
            "Jongsma",
            "de|Boer",
            "Postma",
            "van der|Ploeg",
        ],
    ),
    "be": (
        ["Wout", "Lieve", "Jef", "Griet", "Stijn", "An", "Koen", "Hilde", "Pieter-Jan", "Els", "Dries", "Veerle"],
        [
            "Claes",
            "Peeters",
            "Vermeulen",
            "Goossens",
            "Wouters",
            "Verbruggen",
            "Maes",
            "De|Smet",
            "Van|Acker",
            "Vanderstraeten",
            "Declercq",
            "Van de|Velde",
            "D'Hondt",
            "Van Hoof",
        ],
    ),
    "ma": (
        [
            "Mohammed",
            "Fatima",
            "Youssef",
            "Khadija",
            "Soufiane",
            "Naima",
            "Hamza",
            "Samira",
            "Bilal",
            "Imane",
            "Redouan",
            "Hafsa",
            "Ayoub",
            "Loubna",
            "Driss",
            "Zineb",
        ],
        [
            "El Amrani",
            "Bouzid",
            "Ouali",
            "Azzouzi",
            "El Idrissi",
            "Benali",
            "Chaouch",
            "Ait Taleb",
            "Ben Haddou",
            "Boukhari",
            "Tahiri",
            "Lamrabet",
            "Ouahabi",
            "Zaoui",
            "el Khattabi",
        ],
    ),
    "tr": (
        [
            "Mehmet",
            "Ayşe",
            "Emre",
            "Elif",
            "Hüseyin",
            "Zeynep",
            "Burak",
            "Gülsüm",
            "Murat",
            "Büşra",
            "Ömer",
            "Şeyma",
            "Kemal",
            "Derya",
        ],
        [
            "Yılmaz",
            "Öztürk",
            "Çelik",
            "Şahin",
            "Aydın",
            "Kaya",
            "Doğan",
            "Arslan",
            "Koç",
            "Güneş",
            "Erdoğan",
            "Kılıç",
            "Özdemir",
            "Polat",
        ],
    ),
    "sr": (
        [
            "Rajesh",
            "Sharmila",
            "Glenn",
            "Ashwin",
            "Sunita",
            "Ricardo",
            "Chandni",
            "Rinaldo",
            "Jennifer",
            "Navin",
            "Priscilla",
            "Dewi",
        ],
        [
            "Ramdin",
            "Sewdien",
            "Jagroep",
            "Tjon A Joe",
            "Bhagwandin",
            "Pinas",
            "Fung A Loi",
            "Kartosen",
            "Doelwijt",
            "Mangroelal",
            "Sabajo",
            "Rozenblad",
            "Lie A Kwie",
        ],
    ),
    "aw": (
        ["Shurandy", "Jurensley", "Rosaly", "Quincy", "Giandra", "Ruthmila", "Djaimy", "Sharella"],
        ["Martina", "Isenia", "Rosaria", "Schotborgh", "Winklaar", "Statia", "Pieternella", "Croes", "Janga"],
    ),
    "id": (
        ["Wiwik", "Bambang", "Sri", "Agus", "Ratna", "Yudi", "Indah", "Hendra", "Titi"],
        [
            "Soebroto",
            "Hadiwijaya",
            "Pattinama",
            "Latuheru",
            "Tahapary",
            "Sahetapy",
            "Nanlohy",
            "Wattimena",
            "Kartawidjaja",
        ],
    ),
    "cn": (
        ["Wei", "Xiaoling", "Jun", "Mei Ling", "Hao", "Yan", "Lin", "Zhen"],
        ["Zhang", "Chen", "Liu", "Huang", "Wong", "Lam", "Cheung", "Zhou", "Xu", "Li"],
    ),
    "vn": (
        ["Minh", "Thi Lan", "Tuan", "Huong", "Quang", "Thu", "Duc", "Ngoc Anh"],
        ["Nguyễn", "Trần", "Phạm", "Lê", "Hoàng", "Vũ", "Đặng", "Bùi", "Tran", "Pham"],
    ),
    "pl": (
        ["Łukasz", "Agnieszka", "Krzysztof", "Małgorzata", "Paweł", "Katarzyna", "Tomasz", "Joanna", "Grzegorz"],
        [
            "Wiśniewski",
            "Kowalczyk",
            "Zieliński",
            "Wójcik",
            "Lewandowska",
            "Kamińska",
            "Szymański",
            "Dąbrowski",
            "Mazur",
            "Krawczyk",
        ],
    ),
    "ro": (
        ["Ștefan", "Ioana", "Mihai", "Andreea", "Florin", "Cristina", "Bogdan", "Raluca"],
        ["Popescu", "Ionescu", "Dumitrescu", "Constantin", "Stoica", "Munteanu", "Rădulescu", "Florea"],
    ),
    "sy": (
        ["Rami", "Rasha", "Ahmad", "Nour", "Omar", "Lama", "Firas", "Hala", "Yamen"],
        ["Al-Hassan", "Haddad", "Khalil", "Al Masri", "Darwish", "Hamwi", "Sabbagh", "Al-Khatib", "Kabbani"],
    ),
    "er": (
        ["Yonas", "Senait", "Tesfay", "Mebrat", "Filmon", "Helen", "Dawit", "Saba"],
        ["Ghebreyesus", "Tesfamariam", "Habte", "Weldemichael", "Kidane", "Berhane", "Tekle", "Asmerom"],
    ),
    "so": (
        ["Abdi", "Hodan", "Faisal", "Ifrah", "Abdirahman", "Sahra", "Liban", "Nimco"],
        ["Warsame", "Farah", "Jama", "Abdullahi", "Osman", "Hirsi", "Mohamud", "Aden"],
    ),
    "af": (
        ["Farid", "Mariam", "Ahmad Shah", "Zarghona", "Hamid", "Nilofar", "Wahid", "Shabnam"],
        ["Rahimi", "Popal", "Sultani", "Karimi", "Noorzai", "Azizi", "Haidari", "Wardak"],
    ),
    "ua": (
        ["Oleksandr", "Olena", "Dmytro", "Iryna", "Andriy", "Tetiana", "Serhiy", "Yuliia"],
        ["Shevchenko", "Bondarenko", "Tkachenko", "Kovalenko", "Melnyk", "Kravchuk", "Oliynyk", "Lysenko"],
    ),
    "gh": (
        ["Kwame", "Akosua", "Kofi", "Abena", "Yaw", "Efua", "Kwabena", "Adwoa"],
        ["Mensah", "Owusu", "Boateng", "Asante", "Appiah", "Agyeman", "Ofori", "Antwi"],
    ),
    "ng": (
        ["Chinedu", "Ngozi", "Emeka", "Funmilayo", "Tunde", "Chiamaka", "Obinna", "Yetunde"],
        ["Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze", "Okonkwo", "Adebayo", "Olaniyan"],
    ),
    "cv": (
        ["Djenifer", "Nelson", "Mariza", "Adilson", "Odete", "Hélio"],
        ["Tavares", "Fortes", "Semedo", "Lopes da Graça", "Monteiro", "Évora", "Delgado"],
    ),
    "pt": (
        ["João", "Inês", "Gonçalo", "Mariana", "Rui", "Conceição"],
        ["Gonçalves", "Ferreira", "Rodrigues", "Carvalho", "Sousa", "Magalhães"],
    ),
    "gr": (
        ["Dimitris", "Eleni", "Giorgos", "Katerina", "Nikos", "Sofia"],
        ["Papadopoulos", "Georgiou", "Konstantinidis", "Papadaki", "Nikolaidis", "Vlachou"],
    ),
    "hu": (
        ["Gyöngyi", "Zsolt", "Ágnes", "Péter", "Erzsébet", "Balázs"],
        ["Kovács", "Szabó", "Horváth", "Tóth", "Nagy", "Varga", "Fekete"],
    ),
    "in": (
        ["Anjali", "Vikram", "Priyanka", "Arjun", "Deepa", "Sanjay", "Lakshmi", "Rohit"],
        ["Sharma", "Iyer", "Patel", "Reddy", "D'Souza", "Nair", "Venkatesan", "Chaudhary"],
    ),
    "ph": (
        ["Maricel", "Jonathan", "Rowena", "Jerome", "Analyn", "Rodel"],
        ["Dela Cruz", "Santos", "Bautista", "Villanueva", "Mendoza", "Macaraeg"],
    ),
}

FEMALE_HINT = set(
    "Annemieke Wilma Roos Marloes Femke Ilse Janneke Lotte Merel Gerda Joke Hanneke Trijntje Liesbeth Mies Fenna "
    "Sjoukje Hiltsje Tsjitske Jildou Baukje Froukje Ytsje Lieve Griet An Hilde Els Veerle Fatima Khadija Naima Samira "
    "Imane Hafsa Loubna Zineb Ayşe Elif Zeynep Gülsüm Büşra Şeyma Derya Sharmila Sunita Chandni Jennifer Priscilla "
    "Dewi Rosaly Giandra Ruthmila Sharella Wiwik Sri Ratna Indah Titi Xiaoling Mei Yan Lin Thi Huong Thu Ngoc "
    "Agnieszka Małgorzata Katarzyna Joanna Ioana Andreea Cristina Raluca Rasha Nour Lama Hala Senait Mebrat Helen "
    "Saba Hodan Ifrah Sahra Nimco Mariam Zarghona Nilofar Shabnam Olena Iryna Tetiana Yuliia Akosua Abena Efua Adwoa "
    "Ngozi Funmilayo Chiamaka Yetunde Djenifer Mariza Odete Inês Mariana Conceição Eleni Katerina Sofia Gyöngyi Ágnes "
    "Erzsébet Anjali Priyanka Deepa Lakshmi Maricel Rowena Analyn".split()
)

# Dutch given names used as official first names ("Voornamen") beside a call name.
OFFICIAL_FIRST = {
    "Gerrit": "Gerardus",
    "Joost": "Jodocus",
    "Bas": "Sebastiaan",
    "Kees": "Cornelis",
    "Hendrik": "Hendrikus",
    "Wil": "Wilhelmina",
    "Bram": "Abraham",
    "Ko": "Jacobus",
    "Lex": "Alexander",
    "Mies": "Maria",
    "Teun": "Antonius",
    "Daan": "Daniël",
    "Job": "Jobbe",
    "Rik": "Hendrik",
}
SECOND_NAMES = ["Maria", "Johannes", "Petronella", "Willem", "Theodorus", "Geertruida", "Jan", "Anna", "Pieter"]

STREETS = [
    "Kastanjelaan",
    "Wilgenhof",
    "Prinses Margrietstraat",
    "Oude Gracht",
    "Zuiderhavenweg",
    "Lijsterbeslaan",
    "Koestraat",
    "Schaepmanstraat",
    "Burgemeester Roelenweg",
    "Tulpenstraat",
    "Achter de Muur",
    "Bisschopstraat",
    "Slingerbos",
    "Hooiweg",
    "Klaverweide",
    "De Wiekslag",
    "Van Speijkstraat",
    "Havikshorst",
    "Gasthuisstraat",
    "Pastoor Smitsstraat",
    "Nieuwe Markt",
    "Dotterbloem",
    "Vlasakker",
    "Dr. Schaepmanlaan",
    "Esdoornhof",
    "Kanaal Noord",
    "Hogeweg",
    "Schoutenhof",
    "Veenkade",
    "Molenkamp",
    "Sint Jorisstraat",
    "Zwanebloemlaan",
    "Torenveld",
    "Ridderspoorweg",
    "Kloosterhof",
    "Weverstraat",
    "Eikenrode",
    "Zandbergsweg",
    "Polderdijk",
    "Hoefsmidstraat",
    "Lindenlaan",
    "Brinkstraat",
    "Heerengracht",
    "Notenkraker",
    "Karspelstraat",
]
HOUSE_SUFFIX = ["", "", "", "", "A", "a", "B", "-1", "-2", "-II", "bis", "-hs", "C"]

TOWNS = [
    "Deventer",
    "Zwolle",
    "Apeldoorn",
    "Leeuwarden",
    "Emmen",
    "Amersfoort",
    "Tilburg",
    "Venlo",
    "Heerlen",
    "Almere",
    "Lelystad",
    "Zaandam",
    "Dordrecht",
    "Gouda",
    "Middelburg",
    "Roermond",
    "Assen",
    "Hengelo",
    "Kampen",
    "Sneek",
    "Purmerend",
    "Schiedam",
    "Vlaardingen",
    "Helmond",
    "Oss",
    "Harderwijk",
    "Meppel",
    "Hoorn",
    "Den Helder",
    "Ede",
]
# town -> service number ("14 0xx") of its municipality
SERVICE_NUMBERS = {
    "Deventer": "14 0570",
    "Zwolle": "14 038",
    "Apeldoorn": "14 055",
    "Leeuwarden": "14 058",
    "Emmen": "14 0591",
    "Amersfoort": "14 033",
    "Tilburg": "14 013",
    "Venlo": "14 077",
    "Heerlen": "14 045",
    "Almere": "14 036",
    "Lelystad": "14 0320",
    "Zaandam": "14 075",
    "Dordrecht": "14 078",
    "Gouda": "14 0182",
    "Middelburg": "14 0118",
    "Roermond": "14 0475",
    "Assen": "14 0592",
    "Hengelo": "14 074",
    "Kampen": "14 038",
    "Sneek": "14 0515",
    "Purmerend": "14 0299",
    "Schiedam": "14 010",
    "Vlaardingen": "14 010",
    "Helmond": "14 0492",
    "Oss": "14 0412",
    "Harderwijk": "14 0341",
    "Meppel": "14 0522",
    "Hoorn": "14 0229",
    "Den Helder": "14 0223",
    "Ede": "14 0318",
}

DEPARTMENTS = [
    "Publiekszaken",
    "Wijkteam",
    "Team Wmo",
    "Werk en Inkomen",
    "Vergunningen",
    "Belastingen",
    "Openbare Ruimte",
    "Leerplicht",
    "Schuldhulpverlening",
    "Klantcontactcentrum",
    "Burgerzaken",
    "Handhaving",
    "Jeugd",
    "Parkeren",
    "Afvalinzameling",
    "Bezwaar en Beroep",
    "Sociaal Domein",
    "Wonen",
    "Juridische Zaken",
    "Team Participatie",
]
FUNCTIONS = [
    "consulent",
    "wijkcoördinator",
    "casemanager",
    "beleidsmedewerker",
    "klantmanager",
    "handhaver",
    "jurist",
    "teamleider",
    "medewerker",
    "bemiddelaar",
    "leerplichtambtenaar",
    "schuldhulpverlener",
    "behandelaar",
    "toezichthouder",
    "secretaris",
    "adviseur",
]
ORGS = [
    "Woonstichting De Kern",
    "Stichting Welzijn Oost",
    "GGD",
    "UWV",
    "Sociale Verzekeringsbank",
    "Rechtsbijstand",
    "Juridisch Loket",
    "Vluchtelingenwerk",
    "Humanitas",
    "Veilig Thuis",
    "Belastingdienst",
    "Centraal Justitieel Incassobureau",
    "RDW",
    "Woonbedrijf",
    "thuiszorgorganisatie",
    "Stichting Leergeld",
]
TOPICS = [
    ("parkeervergunning", "vergunning"),
    ("huurtoeslag", "toeslag"),
    ("bijzondere bijstand", "bijstand"),
    ("traplift", "voorziening"),
    ("afvalcontainer", "container"),
    ("leerlingenvervoer", "vervoer"),
    ("kwijtschelding", "aanslag"),
    ("geluidsoverlast", "overlast"),
    ("bouwvergunning", "aanvraag"),
    ("uitkering", "betaling"),
    ("schuldregeling", "regeling"),
    ("huishoudelijke hulp", "indicatie"),
    ("scootmobiel", "hulpmiddel"),
    ("stoeptegels", "melding"),
    ("boete", "beschikking"),
    ("gehandicaptenparkeerkaart", "keuring"),
    ("rioolheffing", "heffing"),
    ("verhuizing", "inschrijving"),
]
STATUSES = [
    "ontvangen",
    "in behandeling",
    "in_verkenning",
    "in_afstemming",
    "opgelost",
    "afgerond",
    "doorverwezen",
    "wacht op reactie",
    "gesloten",
    "heropend",
]
ROLES_HOUSEHOLD = ["aanvrager", "partner", "kind", "kind", "inwonende ouder", "huisgenoot", "pleegkind"]
MAIL_DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "live.nl",
    "icloud.com",
    "planet.nl",
    "xs4all.nl",
    "yahoo.com",
    "proton.me",
    "telenet.be",
    "home.nl",
]
GENERIC_BOX = ["info", "bezwaar", "klachten", "wmo", "vergunningen", "publiekszaken", "belastingen", "post"]
BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
MONTHS_NL = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
MONTHS_ABBR = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MONTHS_EN3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def ascii_fold(s: str) -> str:
    """Strip diacritics and anything but letters, for user names and mailbox names."""
    repl = {"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ș": "s", "Ș": "S"}
    s = "".join(repl.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalpha())


def cap_particle(tv: str) -> str:
    """A particle as written when no first name or initials precede it ("van der" -> "Van der")."""
    return tv[0].upper() + tv[1:] if tv else tv


@dataclass
class Person:
    """One drawn person; the forms are built by the layouts."""

    first: str
    tv: str
    last: str
    female: bool
    origin: str
    official: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def surname(self) -> str:
        """Surname with its particle as after a first name: "van der Linden"."""
        return f"{self.tv} {self.last}" if self.tv else self.last

    @property
    def formal(self) -> str:
        """Surname as written alone: "Van der Linden"."""
        return f"{cap_particle(self.tv)} {self.last}" if self.tv else self.last

    @property
    def full(self) -> str:
        """First name and surname."""
        return f"{self.first} {self.surname}"

    def initials(self, style: int = 0) -> str:
        """Initials of the official first names in one of several styles."""
        names = (self.official or self.first).replace("-", " ").split()
        letters = [n[0].upper() for n in names]
        if style == 0:
            return "".join(c + "." for c in letters)
        if style == 1:
            return " ".join(c + "." for c in letters)
        return "".join(letters)

    def username(self, r: random.Random) -> str:
        """A user name derived from the name, as in audit logs."""
        f = ascii_fold(self.first).lower()
        last = ascii_fold(self.last).lower()
        tv = "".join(w[0] for w in self.tv.replace("'t", "t").split()).lower()
        style = r.randrange(5)
        if style == 0:
            return f"{f[0]}.{ascii_fold(self.tv).lower()}{last}"
        if style == 1:
            return f"{f[0]}{tv}{last}"
        if style == 2:
            return f"{f}.{last}"
        if style == 3:
            return (f[0] + tv + last[0]).upper() if tv else (f[0] + last[:2]).upper()
        return f"{last}{f[0]}"


def draw_person(r: random.Random, origin: str | None = None, female: bool | None = None) -> Person:
    """A person of a random (or given) origin."""
    if origin is None:
        keys = list(ORIGINS)
        origin = "nl" if r.random() < 0.3 else r.choice(keys)
    firsts, lasts = ORIGINS[origin]
    pool = firsts
    if female is not None:
        pool = [f for f in firsts if (f.split()[0] in FEMALE_HINT) == female] or firsts
    first = r.choice(pool)
    last = r.choice(lasts)
    tv, _, ln = last.rpartition("|")
    if r.random() < 0.08 and origin in ("nl", "fy"):
        other = r.choice(ORIGINS["nl"][1]).split("|")[-1]
        if other != ln:
            ln = f"{ln}-{other}"
    official = ""
    if origin in ("nl", "fy") and first in OFFICIAL_FIRST:
        official = OFFICIAL_FIRST[first] + (" " + r.choice(SECOND_NAMES) if r.random() < 0.6 else "")
    return Person(first, tv, ln, first.split()[0] in FEMALE_HINT, origin, official)


def draw_people(r: random.Random, n: int) -> list[Person]:
    """``n`` people with distinct surname and first-name words."""
    out: list[Person] = []
    seen: set[str] = set()
    while len(out) < n:
        p = draw_person(r)
        words = {w.lower() for w in (p.first + " " + p.last + " " + p.official).replace("-", " ").split()}
        if words & seen:
            continue
        seen |= words
        out.append(p)
    return out


# --- identifiers -----------------------------------------------------------------------------------------------


def bsn(r: random.Random) -> str:
    """A nine-digit number that passes the eleven-test."""
    while True:
        d = [r.randrange(1, 10)] + [r.randrange(10) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_valid(s: str) -> bool:
    """Eleven-test on the digits of ``s``."""
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=True)) - d[8]) % 11 == 0


def fmt_bsn(r: random.Random, b: str) -> str:
    """A BSN written plain, dotted or spaced."""
    style = r.randrange(4)
    if style == 1:
        return f"{b[:4]}.{b[4:6]}.{b[6:]}"
    if style == 2:
        return f"{b[:3]} {b[3:6]} {b[6:]}"
    if style == 3:
        return f"{b[:3]}.{b[3:6]}.{b[6:]}"
    return b


def _iban_check(country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(num) % 97:02d}"


def iban_valid(s: str) -> bool:
    """Mod-97 check of an IBAN written in any spacing or case."""
    s = s.replace(" ", "").upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def iban(r: random.Random) -> str:
    """A valid IBAN, mostly Dutch, sometimes Belgian or German, in one of several spellings."""
    kind = r.random()
    if kind < 0.8:
        bban = r.choice(BANKS) + "".join(str(r.randrange(10)) for _ in range(10))
        raw = "NL" + _iban_check("NL", bban) + bban
    elif kind < 0.9:
        ten = "".join(str(r.randrange(10)) for _ in range(10))
        cc = int(ten) % 97 or 97
        bban = f"{ten}{cc:02d}"
        raw = "BE" + _iban_check("BE", bban) + bban
    else:
        bban = "".join(str(r.randrange(10)) for _ in range(18))
        raw = "DE" + _iban_check("DE", bban) + bban
    style = r.randrange(5)
    if style in (0, 1):
        out = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    else:
        out = raw
    if style == 4:
        out = out.lower()
    return out


def phone(r: random.Random) -> str:
    """A phone number, Dutch mobile or landline or foreign, in many spellings."""
    m = "".join(str(r.randrange(10)) for _ in range(8))
    style = r.randrange(16)
    if style == 0:
        return f"06-{m}"
    if style == 1:
        return f"06 {m[:4]} {m[4:]}"
    if style == 2:
        return f"+31 6 {m[:4]} {m[4:]}"
    if style == 3:
        return f"+31(0)6-{m}"
    if style == 4:
        return f"0031 6 {m}"
    if style == 5:
        return f"06{m}"
    if style == 6:
        return f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}"
    if style == 7:
        area = r.choice(["010", "020", "030", "070", "050", "040", "038", "055", "058", "013"])
        return f"{area}-{m[1:]}"
    if style == 8:
        area = r.choice(["0570", "0591", "0320", "0182", "0118", "0513", "0546"])
        return f"({area}) {m[2:5]} {m[5:]}"
    if style == 9:
        return f"+32 4{m[:2]} {m[2:4]} {m[4:6]} {m[6:]}"
    if style == 10:
        return f"+49 17{m[0]} {m[1:]}"
    if style == 11:
        return f"+90 53{m[0]} {m[1:4]} {m[4:6]} {m[6:]}"
    if style == 12:
        return f"+212 6 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}"
    if style == 13:
        return f"+597 8{m[:2]}-{m[2:6]}"
    if style == 14:
        return f"+599 9 {m[:3]} {m[3:7]}"
    return f"+48 {m[:3]} {m[3:6]} {m[6:]}{r.randrange(10)}"


def postcode(r: random.Random) -> str:
    """A Dutch postcode as 1234 AB, 1234AB or 1234 ab."""
    num = r.randrange(1011, 9999)
    letters = "".join(r.choice("ABCDEGHJKLMNPRTVWXZ") for _ in range(2))
    style = r.randrange(5)
    if style < 3:
        return f"{num} {letters}"
    if style == 3:
        return f"{num}{letters}"
    return f"{num} {letters.lower()}"


PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


def plate(r: random.Random) -> str:
    """A Dutch number plate in one of the sidecodes, sometimes without dashes or in lower case."""

    def ls(n: int) -> str:
        return "".join(r.choice(PLATE_LETTERS) for _ in range(n))

    def ds(n: int) -> str:
        return "".join(str(r.randrange(10)) for _ in range(n))

    shapes = [
        lambda: [ls(2), ds(2), ds(2)],
        lambda: [ds(2), ds(2), ls(2)],
        lambda: [ds(2), ls(2), ds(2)],
        lambda: [ls(2), ds(2), ls(2)],
        lambda: [ls(2), ls(2), ds(2)],
        lambda: [ds(2), ls(2), ls(2)],
        lambda: [ds(2), ls(3), ds(1)],
        lambda: [ds(1), ls(3), ds(2)],
        lambda: [ls(2), ds(3), ls(1)],
        lambda: [ls(1), ds(3), ls(2)],
        lambda: [ls(3), ds(2), ls(1)],
        lambda: [ls(1), ds(2), ls(3)],
        lambda: [ds(1), ls(2), ds(3)],
        lambda: [ds(3), ls(2), ds(1)],
    ]
    parts = r.choice(shapes)()
    style = r.randrange(8)
    if style == 0:
        return "".join(parts)
    if style == 1:
        return "-".join(parts).lower()
    return "-".join(parts)


def case_number(r: random.Random, year: int) -> str:
    """A case number in one of many municipal formats."""
    y2 = year % 100
    n = r.randrange(10, 99999)
    style = r.randrange(16)
    forms = [
        f"Z-{year}-{n:05d}",
        f"Z/{y2}/{n:06d}",
        f"ZK{y2}.{n:06d}",
        f"{year}/{n:06d}",
        f"BZ-{year}-{n % 10000:04d}",
        f"wmo-{year}-{n % 10000:04d}",
        f"VTA-{year}-{n % 10000:04d}",
        f"KL-{y2}-{n % 1000:03d}",
        f"{year}.{r.randrange(1, 13):02d}.{n % 10000:04d}",
        f"HZ{year}-{n % 10000:04d}",
        f"DOS-{year}/{n % 1000:03d}",
        f"JZ{y2}-{n % 10000:04d}{r.choice('abcd')}",
        f"SB.{y2}.{n:05d}",
        f"INT/{year}/{n % 100000:05d}/W",
        f"OV{y2}{n:05d}",
        f"zaak {y2}-{n % 100000:05d}",
    ]
    out = forms[style]
    return out.split(" ", 1)[1] if out.startswith("zaak ") else out


def dob_date(r: random.Random, lo: int = 1934, hi: int = 2007) -> tuple[int, int, int]:
    """Year, month, day of a birth date in [lo, hi)."""
    return r.randrange(lo, hi), r.randrange(1, 13), r.randrange(1, 29)


def fmt_date(r: random.Random, ymd: tuple[int, int, int], style: int | None = None) -> str:
    """A date in one of many spellings (ISO, d-m-yyyy, dd.mm.yy, 3 mrt 1984, 03MAR1984, ...)."""
    y, m, d = ymd
    if style is None:
        style = r.randrange(10)
    forms = [
        f"{y}-{m:02d}-{d:02d}",
        f"{d}-{m}-{y}",
        f"{d:02d}-{m:02d}-{y}",
        f"{d:02d}.{m:02d}.{y % 100:02d}",
        f"{d} {MONTHS_ABBR[m - 1]} {y}",
        f"{d:02d}{MONTHS_EN3[m - 1]}{y}",
        f"{d} {MONTHS_NL[m - 1]} {y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d}-{MONTHS_ABBR[m - 1]}-{y}",
    ]
    return forms[style]


def plain_date(r: random.Random, year: int | None = None) -> tuple[int, int, int]:
    """An ordinary (non-birth) date in 2025-2026."""
    return (year or r.choice([2025, 2026, 2026])), r.randrange(1, 13), r.randrange(1, 29)


def clock(r: random.Random) -> str:
    """A time of day."""
    return f"{r.randrange(7, 19):02d}:{r.randrange(60):02d}"


def email_for(r: random.Random, p: Person, official_domain: str | None = None) -> str:
    """A personal e-mail address derived from the name (official when a municipal domain is given)."""
    f = ascii_fold(p.first).lower()
    last = ascii_fold(p.last).lower()
    tv = ascii_fold(p.tv).lower()
    if official_domain:
        return r.choice([f"{f[0]}.{tv}{last}", f"{f}.{tv}{last}", f"{f[0]}{last}"]) + "@" + official_domain
    local = r.choice(
        [
            f"{f}.{tv}{last}",
            f"{f}{last}{r.randrange(60, 99)}",
            f"{f[0]}.{last}",
            f"{last}.{f}",
            f"{f}_{last}",
            f"{f}{r.randrange(1, 9999)}",
        ]
    )
    return f"{local}@{r.choice(MAIL_DOMAINS)}"


def town_domain(town: str) -> str:
    """The municipal mail domain of a town."""
    return ascii_fold(town).lower() + ".nl"
