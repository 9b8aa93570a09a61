"""Name, street and number material for make_fresh39b.py (standard library only).

Most surnames and many first names are composed from origin-typical parts, so that they sit on no common list.
Each origin group: (female first names, male first names, surname composer parts, particles or prefixes).
"""

from __future__ import annotations

import random


def _c(r: random.Random, a, b) -> str:
    return r.choice(a) + r.choice(b)


# origin -> (female firsts, male firsts, surname function)
ORIGINS: dict[str, tuple] = {}


def origin(name, fem, mal, sur):
    ORIGINS[name] = (fem, mal, sur)


origin(
    "Nederlands",
    ["Anneke", "Marieke", "Jorien", "Hendrikje", "Wilma", "Ineke", "Gerda", "Lotte", "Sanne", "Femke", "Riet"],
    ["Gerrit", "Wouter", "Teun", "Harm", "Evert", "Klaas", "Joost", "Bart", "Dirk-Jan", "Ruud", "Arie"],
    lambda r: (
        "",
        _c(
            r,
            ["Hoog", "Wester", "Bron", "Ooster", "Kamp", "Mid", "Veen", "Hol", "Zand", "Esch"],
            ["broek", "horst", "hof", "kamp", "werf", "velde", "donk", "rade", "hoven", "ink"],
        ),
    ),
)
origin(
    "Nederlands met tussenvoegsel",
    ["Margriet", "Willemijn", "Ans", "Cora", "Jikke", "Marloes", "Heleen"],
    ["Bram", "Hidde", "Cor", "Maarten", "Sieds", "Jurriaan", "Wessel"],
    lambda r: (
        r.choice(["van", "van der", "van den", "de", "ter", "van 't", "in 't", "den", "van de"]),
        _c(
            r,
            ["Hoog", "Brink", "Graaf", "Leeuw", "Voort", "Wetering", "Maas", "Lin", "Esch", "Kolk"],
            ["", "e", "land", "weerd", "hout", "beek", "sloot"],
        ),
    ),
)
origin(
    "Fries",
    ["Hiltsje", "Baukje", "Jitske", "Froukje", "Sytske", "Aukje", "Grietje"],
    ["Sjoerd", "Wiebe", "Tsjerk", "Durk", "Jelle", "Haije", "Ype"],
    lambda r: (
        "",
        _c(
            r,
            ["Wier", "Tjal", "Hette", "Ynte", "Atse", "Sjol", "Feike", "Rinse", "Wyb", "Hoek"],
            ["stra", "sma", "inga", "ma", "enga", "ema"],
        ),
    ),
)
origin(
    "Marokkaans",
    ["Nouhaila", "Houda", "Ikram", "Siham", "Khaoula", "Hafsa", "Soukaina", "Naima"],
    ["Yassine", "Soufiane", "Anouar", "Bilal", "Hamza", "Redouan", "Zakaria", "Ilyas"],
    lambda r: (
        r.choice(["", "", "El", "Ait"]),
        _c(
            r,
            ["Hadd", "Amr", "Bouz", "Azz", "Ouahr", "Khamm", "Tahr", "Benn", "Moust", "Chaf"],
            ["ouchi", "ani", "idi", "ari", "aoui", "ouli"],
        ),
    ),
)
origin(
    "Turks",
    ["Zeynep", "Esra", "Hatice", "Büşra", "Gülten", "Aysel", "Şenay", "Nurcan"],
    ["Emre", "Burak", "Mert", "Oğuz", "Kemal", "Serkan", "Volkan", "Erdal"],
    lambda r: (
        "",
        _c(
            r,
            ["Kara", "Ak", "Demir", "Öz", "Yıldı", "Çelik", "Tok", "Gün", "Bozk", "Ergü"],
            ["taş", "soy", "dağ", "kaya", "er", "han", "oğlu", "türk", "yurt"],
        ),
    ),
)
origin(
    "Surinaams-Hindoestaans",
    ["Sunita", "Kavita", "Shanti", "Anjali", "Reshma", "Sharmila"],
    ["Radjesh", "Anil", "Ravi", "Sanjay", "Kishan", "Dinesh"],
    lambda r: (
        "",
        _c(
            r,
            ["Ramdi", "Bisses", "Jagan", "Ramkh", "Sewd", "Mahab", "Chedi", "Harkis"],
            ["har", "sing", "nath", "oebar", "ien", "abier", "oe"],
        ),
    ),
)
origin(
    "Surinaams-Creools",
    ["Gwendolyn", "Sharon", "Ingrid", "Marvella", "Rosita", "Jacqueline"],
    ["Marlon", "Clifton", "Ruben", "Romeo", "Glenn", "Errol"],
    lambda r: (
        "",
        _c(
            r,
            ["Amat", "Sabaj", "Doek", "Kasan", "Bisoe", "Toel", "Refos", "Wijng"],
            ["o", "ie", "aal", "ini", "ra", "ham"],
        ),
    ),
)
origin(
    "Antilliaans",
    ["Shanaira", "Ruthmila", "Dyantely", "Jurnisha", "Sherida"],
    ["Giovanni", "Jurich", "Shurandy", "Ergilio", "Rignald"],
    lambda r: (
        "",
        _c(
            r,
            ["Mart", "Ros", "Cijnt", "Loup", "Girig", "Faneyt", "Wawol"],
            ["ina", "aria", "orio", "je", "ius", "ette"],
        ),
    ),
)
origin(
    "Pools",
    ["Katarzyna", "Agnieszka", "Małgorzata", "Zofia", "Justyna", "Ewelina"],
    ["Tomasz", "Paweł", "Krzysztof", "Grzegorz", "Marek", "Wojciech"],
    lambda r: (
        "",
        _c(
            r,
            ["Wiśni", "Kowal", "Zieli", "Lewand", "Dąbr", "Kaczm", "Grab", "Szyman"],
            ["ewicz", "czyk", "owski", "arek", "iak"],
        ),
    ),
)
origin(
    "Syrisch",
    ["Rasha", "Lina", "Nour", "Ghalia", "Rouba", "Hiba"],
    ["Rami", "Yamen", "Tarek", "Fadi", "Majd", "Wassim"],
    lambda r: (
        "",
        "Al-" + _c(r, ["Hamw", "Khat", "Jab", "Sabb", "Dar", "Najj", "Halab"], ["i", "ib", "ar", "ouni", "awi"]),
    ),
)
origin(
    "Eritrees",
    ["Senait", "Selam", "Saba", "Mehret", "Luwam"],
    ["Yonas", "Tesfay", "Filmon", "Samuel", "Robel"],
    lambda r: (
        "",
        _c(
            r,
            ["Gebre", "Tesfa", "Haile", "Wolde", "Berhane", "Kidane"],
            ["mariam", "medhin", "selassie", "giorgis", "michael", "yesus"],
        ),
    ),
)
origin(
    "Somalisch",
    ["Hodan", "Ayaan", "Sahra", "Faadumo", "Ifrah"],
    ["Abdirahman", "Faarax", "Mahad", "Cabdi", "Xasan"],
    lambda r: ("", _c(r, ["War", "Jaam", "Faar", "Xirsi", "Dual", "Guul"], ["same", "ac", "ah", "aan", "eed"])),
)
origin(
    "Chinees",
    ["Xiaoling", "Meiling", "Yuqi", "Jiawen", "Liting"],
    ["Jianhao", "Zhiqiang", "Weiming", "Yuhang", "Haoran"],
    lambda r: ("", r.choice(["Zhou", "Liang", "Xu", "Tang", "Cheung", "Lam", "Hsieh", "Kwok", "Tjoa", "Yip"])),
)
origin(
    "Indonesisch",
    ["Ratna", "Dewi", "Sri", "Wulan", "Indah"],
    ["Hendra", "Budi", "Wayan", "Agus", "Bambang"],
    lambda r: (
        "",
        _c(r, ["Sura", "Wiradi", "Hadi", "Kusu", "Pur", "Sant"], ["djaja", "poetro", "wijaya", "oso", "nomo"]),
    ),
)
origin(
    "Ghanees",
    ["Akosua", "Efua", "Abena", "Adwoa", "Afia"],
    ["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo"],
    lambda r: ("", _c(r, ["Ofo", "Asa", "Boa", "Men", "Owu", "Adj"], ["su", "nte", "teng", "sah", "ei", "pong"])),
)
origin(
    "Kaapverdisch",
    ["Ivanilda", "Jandira", "Edna", "Suely", "Djenifer"],
    ["Nilton", "Adilson", "Elton", "Zeferino", "Dario"],
    lambda r: ("", _c(r, ["Sem", "Tav", "Mont", "Var", "Fort", "Barr"], ["edo", "ares", "eiro", "ela", "eto"])),
)
origin(
    "Moluks",
    ["Nelly", "Elsye", "Josina", "Martha", "Corry"],
    ["Johny", "Ferry", "Benny", "Octo", "Hein"],
    lambda r: (
        "",
        _c(
            r,
            ["Lati", "Paria", "Mana", "Tua", "Sahu", "Wattil", "Pattira"],
            ["masa", "kan", "puty", "hatu", "sila", "wane"],
        ),
    ),
)
origin(
    "Irakees",
    ["Zahraa", "Zainab", "Huda", "Ruqaya", "Sura"],
    ["Haider", "Mustafa", "Ammar", "Qasim", "Murtadha"],
    lambda r: ("", "Al-" + _c(r, ["Jub", "Rub", "Sud", "Amer", "Kaab"], ["uri", "aie", "ani", "i", "awi"])),
)
origin(
    "Afghaans",
    ["Zarghuna", "Freshta", "Mursal", "Laila", "Shabnam"],
    ["Farid", "Nasir", "Ajmal", "Wahid", "Hamid"],
    lambda r: ("", _c(r, ["Ahmad", "Rah", "Sult", "Nour", "Kar", "Stan"], ["zai", "ani", "yar", "khel", "i"])),
)
origin(
    "Iraans",
    ["Shirin", "Parisa", "Mahsa", "Golnar", "Roya"],
    ["Dariush", "Kaveh", "Babak", "Arash", "Kourosh"],
    lambda r: (
        "",
        _c(r, ["Mo", "Ra", "Sha", "Ka", "Beh", "Fa"], ["hammadi", "stegar", "hbazi", "zemi", "rouzi", "rahani"]),
    ),
)
origin(
    "Vietnamees",
    ["Thanh Huong", "Ngoc Anh", "Thi Lan", "Bich Hoa"],
    ["Van Minh", "Duc Anh", "Quang Huy", "Tuan Kiet"],
    lambda r: ("", r.choice(["Trần", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Lương"])),
)
origin(
    "Roemeens",
    ["Ioana", "Oana", "Roxana", "Mădălina", "Corina"],
    ["Bogdan", "Cătălin", "Mihai", "Sorin", "Dragoș"],
    lambda r: ("", _c(r, ["Pop", "Ionesc", "Dumitr", "Stanc", "Munt", "Vlăd"], ["escu", "eanu", "ache", "oiu"])),
)
origin(
    "Bulgaars",
    ["Desislava", "Radostina", "Tsvetelina", "Galya"],
    ["Georgi", "Stoyan", "Plamen", "Todor"],
    lambda r: ("", _c(r, ["Petr", "Iliev", "Dimitr", "Stoyan", "Todor", "Kost"], ["ov", "ev", "anov"])),
)
origin(
    "Oekraïens",
    ["Oksana", "Olena", "Nataliya", "Halyna", "Iryna"],
    ["Taras", "Bohdan", "Mykola", "Yaroslav", "Andriy"],
    lambda r: (
        "",
        _c(r, ["Shevch", "Kovalen", "Bondar", "Tkach", "Moroz", "Hrytsen"], ["enko", "uk", "chuk", "yshyn"]),
    ),
)
origin(
    "Portugees",
    ["Filipa", "Inês", "Joana", "Leonor"],
    ["Tiago", "Rui", "Nuno", "Duarte"],
    lambda r: ("", _c(r, ["Carv", "Ribe", "Alm", "Pere", "Figue", "Mour"], ["alho", "iro", "eida", "ira", "ão"])),
)
origin(
    "Italiaans",
    ["Chiara", "Francesca", "Giulia", "Serena"],
    ["Giuseppe", "Luca", "Matteo", "Salvatore"],
    lambda r: ("", _c(r, ["Ross", "Bian", "Espos", "Ricc", "Marin", "Gall"], ["elli", "etti", "ito", "ardi", "ucci"])),
)
origin(
    "Duits",
    ["Heike", "Sabine", "Ulrike", "Gudrun"],
    ["Jürgen", "Uwe", "Dieter", "Holger"],
    lambda r: (
        "",
        _c(r, ["Schwarz", "Hof", "Brand", "Linde", "Kirch", "Stein"], ["mann", "meier", "hoff", "inger", "bauer"]),
    ),
)
origin(
    "Grieks",
    ["Eleni", "Despina", "Vasiliki", "Sofia"],
    ["Nikos", "Yannis", "Stavros", "Kostas"],
    lambda r: ("", _c(r, ["Papa", "Kara", "Geor", "Dimi", "Vlach"], ["dopoulos", "giannis", "akis", "triou", "idis"])),
)
origin(
    "Filipijns",
    ["Maricel", "Jonalyn", "Rowena", "Analyn"],
    ["Rodel", "Arnel", "Jericho", "Romnick"],
    lambda r: ("", _c(r, ["Mang", "Bautis", "Villa", "Santi", "Manal", "Dumag"], ["ubat", "ta", "nueva", "ago", "uy"])),
)
origin(
    "Indiaas",
    ["Priyanka", "Divya", "Lakshmi", "Ananya"],
    ["Arjun", "Rohan", "Vikram", "Karthik"],
    lambda r: (
        "",
        _c(r, ["Sharm", "Kulk", "Desh", "Iyen", "Ragh", "Venk"], ["a", "arni", "pande", "gar", "avan", "atesh"]),
    ),
)
origin(
    "Pakistaans",
    ["Ayesha", "Sana", "Mehwish", "Rabia"],
    ["Imran", "Usman", "Faisal", "Adnan"],
    lambda r: ("", _c(r, ["Qur", "Chaud", "Hashm", "Abb", "Raj"], ["eshi", "hry", "i", "asi", "put"])),
)
origin(
    "Nigeriaans",
    ["Ngozi", "Folake", "Chiamaka", "Adaeze"],
    ["Chinedu", "Oluwaseun", "Emeka", "Tunde"],
    lambda r: ("", _c(r, ["Okon", "Adebay", "Okaf", "Nwos", "Olaw"], ["kwo", "o", "or", "u", "ale"])),
)
origin(
    "Ethiopisch",
    ["Meseret", "Tigist", "Hirut", "Bethlehem"],
    ["Dawit", "Abebe", "Getachew", "Yared"],
    lambda r: ("", _c(r, ["Ale", "Tade", "Bek", "Wor", "Assef", "Neg"], ["mu", "sse", "ele", "ku", "ash"])),
)
origin(
    "Egyptisch",
    ["Dalia", "Mona", "Rania", "Shaimaa"],
    ["Hossam", "Karim", "Sherif", "Tamer"],
    lambda r: ("", "Abdel " + _c(r, ["Fatt", "Raz", "Maj", "Hal", "Gaw"], ["ah", "ek", "id", "im", "ad"])),
)
origin(
    "Bosnisch",
    ["Lejla", "Amra", "Selma", "Merima"],
    ["Edin", "Amir", "Adnan", "Senad"],
    lambda r: ("", _c(r, ["Hodž", "Beg", "Mehm", "Hasan", "Kar", "Sal"], ["ić", "ović", "edović", "agić"])),
)


def person_name(r: random.Random, org: str, gender: str) -> tuple[str, str, str]:
    """(first, particle, core) for an origin and gender ('v' or 'm')."""
    fem, mal, sur = ORIGINS[org]
    first = r.choice(fem if gender == "v" else mal)
    particle, core = sur(r)
    if particle in ("El", "Ait"):
        core, particle = particle + " " + core, ""
    return first, particle, core


# known-name documents: a Dutch word that is also a name part, with a sentence using it in its ordinary sense
KNOWN_WORDS = [
    ("sur", "", "Visser", "visser", "Mijn grootvader was visser op de Noordzee en leerde mij geduld."),
    ("sur", "", "Smit", "smit", "Vroeger maakte een smit uit het dorp de hekken van onze tuinen."),
    ("sur", "", "Molenaar", "molenaar", "Als kind liet de molenaar ons de zolder van de molen zien."),
    ("sur", "", "Koster", "koster", "Alleen de koster van de kerk had de sleutel van het zaaltje."),
    ("sur", "", "Timmerman", "timmerman", "Later heeft een timmerman de kapotte deur voor niets gerepareerd."),
    ("sur", "", "Kok", "kok", "Mijn oom werkte jarenlang als kok in een restaurant aan de haven."),
    ("sur", "", "Vos", "vos", "In de tuin zagen we 's nachts soms een vos lopen."),
    ("sur", "", "Haas", "haas", "De kinderen vonden ooit een haas in het weiland achter de flat."),
    ("sur", "de", "Groot", "groot", "Het bedrag was voor ons te groot om in een keer te betalen."),
    ("sur", "", "Zwart", "zwart", "Na de brand was de muur van het trappenhuis zwart van het roet."),
    ("sur", "", "Bos", "bos", "Achter de wijk ligt een bos waar ik elke ochtend met de hond loop."),
    ("sur", "van den", "Berg", "berg", "Er lag weken een berg afval naast de container."),
    ("sur", "", "Winter", "winter", "Die winter was de verwarming wekenlang kapot."),
    ("sur", "", "Storm", "storm", "Na de storm lag de schutting van de buren in onze tuin."),
    ("sur", "", "Beek", "beek", "Langs de beek loopt een smal pad naar het station."),
    ("sur", "", "Schipper", "schipper", "Mijn vader was schipper op de Rijn en vaak weken van huis."),
    ("sur", "", "Vink", "vink", "Elke ochtend zat er een vink op de vensterbank."),
    ("sur", "", "Mol", "mol", "Een mol had het gazon van het hofje helemaal omgewoeld."),
    ("sur", "", "Klein", "klein", "Ons huis is klein, maar het was altijd ons thuis."),
    ("sur", "de", "Wit", "wit", "De gang was toen nog wit geschilderd."),
    ("sur", "van der", "Zee", "zee", "Vroeger gingen we elke zomer een dag naar de zee."),
    ("sur", "", "Valk", "valk", "Boven het veld cirkelde die middag een valk."),
    ("sur", "", "Kraai", "kraai", "Een kraai pikte elke nacht de vuilniszakken open."),
    ("sur", "", "Koopman", "koopman", "Mijn opa was koopman op de markt en kende iedereen."),
    ("sur", "", "Dekker", "dekker", "Een dekker uit de buurt heeft het lekkende dak bekeken."),
    ("sur", "", "Brouwer", "brouwer", "De oude brouwer op de hoek verkocht nog bier in flessen."),
    ("sur", "de", "Jager", "jager", "Een jager uit het dorp had de hond teruggebracht."),
    ("sur", "", "Vogel", "vogel", "Op het balkon lag een dode vogel die niemand weghaalde."),
    ("first", "", "Roos", "roos", "Mijn moeder plantte ooit een roos naast de voordeur."),
    ("first", "", "Merel", "merel", "In de boom voor het raam zingt elke ochtend een merel."),
    ("first", "", "Lente", "lente", "In de lente begon het gedoe met de schutting opnieuw."),
]

STREET_A = [
    "Lijsterbes",
    "Goudvink",
    "Reiger",
    "Hazelaar",
    "Vlas",
    "Rietgans",
    "Zilverschoon",
    "Wilgenroos",
    "Kievit",
    "Populier",
    "Schelde",
    "Korenbloem",
    "Dotter",
    "Berken",
    "Hoefsmid",
    "Touwslager",
    "Bleekveld",
    "Zeilmaker",
    "Esdoorn",
    "Merelhof",
    "Sleedoorn",
    "Kastanje",
    "Boekweit",
    "Pluimgras",
]
STREET_B = ["straat", "laan", "hof", "dreef", "singel", "kade", "erf", "plein", "gracht", "weg", "pad", "hage", "veld"]

CITIES = [
    "Almere",
    "Tilburg",
    "Zaandam",
    "Apeldoorn",
    "Leeuwarden",
    "Venlo",
    "Dordrecht",
    "Lelystad",
    "Helmond",
    "Emmen",
    "Deventer",
    "Vlaardingen",
    "Schiedam",
    "Haarlem",
    "Arnhem",
    "Nijmegen",
    "Enschede",
    "Hengelo",
    "Purmerend",
    "Zoetermeer",
    "Alkmaar",
    "Roosendaal",
    "Gouda",
    "Hoorn",
    "Capelle aan den IJssel",
]
ELSEWHERE = [
    "Istanbul",
    "Nador",
    "Paramaribo",
    "Willemstad",
    "Gdańsk",
    "Aleppo",
    "Asmara",
    "Mogadishu",
    "Kanton",
    "Surabaya",
    "Kumasi",
    "Praia",
    "Ambon",
    "Basra",
    "Herat",
    "Shiraz",
    "Hanoi",
    "Cluj",
    "Plovdiv",
    "Lviv",
    "Porto",
    "Napels",
    "Keulen",
    "Thessaloniki",
    "Manilla",
    "Pune",
    "Lahore",
    "Lagos",
    "Gondar",
    "Alexandrië",
    "Tuzla",
    "Groningen",
    "Sneek",
    "Kerkrade",
]


def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d)) + str(last)


def bsn_valid(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]


def iban(r: random.Random) -> str:
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    check = 98 - int(num) % 97
    return f"NL{check:02d}{bank}{acct}"


def iban_valid(s: str) -> bool:
    s = s.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
