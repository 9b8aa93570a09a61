"""Name parts, places and spoken-number helpers for make_fresh16a.py (helper B1, round thirteen)."""

# origin group: (male first names, female first names, surname first parts, surname second parts, style)
ORIGINS = {
    "Nederlands": (
        ["Gerrit", "Wouter", "Joost", "Ruud", "Harm", "Teun"],
        ["Anouk", "Maaike", "Hester", "Ilse", "Marloes", "Lotte"],
        ["Hoog", "Brink", "Wal", "Leuve", "Stroo", "Gaal", "Meule", "Wester"],
        ["kamp", "horst", "ink", "veld", "man", "hof", "broek"],
        "particle",
    ),
    "Fries": (
        ["Sjoerd", "Hessel", "Douwe", "Sytze", "Jelle"],
        ["Wytske", "Tjitske", "Jildou", "Baukje", "Sjoukje"],
        ["Wyn", "Tsjerk", "Haring", "Bouw", "Jelt", "Feik", "Hylk"],
        ["stra", "sma", "inga", "enga", "ma"],
        "plain",
    ),
    "Marokkaans": (
        ["Youssef", "Hamza", "Soufiane", "Zakaria", "Anouar"],
        ["Ilham", "Nawal", "Siham", "Hafsa", "Loubna"],
        ["El Mrab", "Ben Azz", "Ait Hadd", "Bouch", "El Ghaz", "Ouaz"],
        ["ti", "ouzi", "ani", "ari", "ouni", "ach"],
        "plain",
    ),
    "Amazigh (Rif)": (
        ["Mimoun", "Yuba", "Massin", "Aksel"],
        ["Tiziri", "Dihya", "Thanina", "Tafsut"],
        ["Ou", "Id ", "Amz", "Boud"],
        ["hadi", "rimou", "iane", "ghar", "errahi"],
        "plain",
    ),
    "Turks": (
        ["Emre", "Burak", "Oğuz", "Serkan", "Kaan"],
        ["Elif", "Zeynep", "Kübra", "Derya", "Sevgi"],
        ["Kara", "Ak", "Yıl", "Öz", "Demir", "Çe", "Ay"],
        ["taş", "soy", "kan", "dağ", "oğlu", "tepe", "lik"],
        "plain",
    ),
    "Koerdisch": (
        ["Azad", "Rêbaz", "Şiyar", "Welat"],
        ["Rojda", "Dilan", "Berivan", "Hêvî"],
        ["Baran", "Zan", "Rojh", "Ciwan", "Hev"],
        ["î", "ani", "zade", "pur"],
        "plain",
    ),
    "Surinaams-Creools": (
        ["Marciano", "Jerrel", "Ricardo", "Romano"],
        ["Rowena", "Gersha", "Shirley", "Marscha"],
        ["Zee", "Nooit", "Lijf", "Vrede", "Doe", "Goede"],
        ["fuik", "gedacht", "rust", "zorg", "burg", "lust"],
        "plain",
    ),
    "Hindoestaans": (
        ["Ravi", "Rajesh", "Vikash", "Kiran"],
        ["Sunita", "Anjali", "Shanti", "Devika"],
        ["Ram", "Sew", "Jag", "Bhag", "Chot", "Ganga"],
        ["dien", "nath", "essar", "persad", "lall", "bali"],
        "plain",
    ),
    "Javaans-Surinaams": (
        ["Wagiman", "Poniman", "Djoko", "Soekimin"],
        ["Sarmi", "Soekarni", "Tumirah", "Ngatinah"],
        ["Kar", "Soe", "Par", "Mo", "Sa"],
        ["tosen", "kardjo", "dikromo", "redjo", "idjo"],
        "plain",
    ),
    "Chinees-Surinaams": (
        ["Lionel", "Edwin", "Steven"],
        ["Mei Ling", "Sylvia", "Joyce"],
        ["Tjon ", "Lie ", "Fung ", "Tjoe "],
        ["A Fat", "Sjoe Kon", "A Hung", "Kon Sen"],
        "plain",
    ),
    "Chinees": (
        ["Wei", "Jun", "Hao", "Zhiwei"],
        ["Mei", "Lian", "Xiaoli", "Yuqing"],
        ["Zh", "Qi", "Ji", "Li"],
        ["ou", "ang", "u", "ao"],
        "plain",
    ),
    "Antilliaans": (
        ["Shurandy", "Rignald", "Jurgen", "Gilmar"],
        ["Giselle", "Sharelly", "Jeanique", "Ruthmila"],
        ["Mart", "Isen", "Piet", "Stat", "Cijnt", "Koe"],
        ["ina", "ia", "ernella", "je", "ijk"],
        "plain",
    ),
    "Kaapverdiaans": (
        ["Edmilson", "Nilton", "Adilson"],
        ["Djamila", "Odete", "Edna"],
        ["Fur", "Tav", "Monte", "Sem", "Var"],
        ["tado", "ares", "iro", "edo", "ela"],
        "plain",
    ),
    "Pools": (
        ["Grzegorz", "Wojciech", "Paweł", "Tomasz"],
        ["Agnieszka", "Małgorzata", "Katarzyna", "Joanna"],
        ["Kowal", "Wiśn", "Zielin", "Grab", "Krzyż", "Sob"],
        ["czyk", "iewicz", "owski", "ak", "iak"],
        "plain",
    ),
    "Roemeens": (
        ["Ionuț", "Mihai", "Florin"],
        ["Andreea", "Ioana", "Roxana"],
        ["Dumit", "Stăn", "Mar", "Ghe", "Vlăd"],
        ["escu", "eanu", "oiu", "ache"],
        "plain",
    ),
    "Bulgaars": (
        ["Dimitar", "Stoyan", "Plamen"],
        ["Desislava", "Radka", "Tsvetelina"],
        ["Petk", "Todor", "Stoy", "Hrist", "Yord"],
        ["ov", "anov", "chev", "ev"],
        "plain",
    ),
    "Syrisch": (
        ["Rami", "Yaman", "Ghaith", "Mahmoud"],
        ["Lama", "Raghad", "Rasha", "Hiba"],
        ["Al-Hamw", "Khat", "Shaq", "Al-Sabb", "Hal"],
        ["i", "ib", "ra", "agh", "abi"],
        "plain",
    ),
    "Iraaks": (
        ["Haider", "Mustafa", "Ammar"],
        ["Zahraa", "Duaa", "Noor"],
        ["Al-Jub", "Ans", "Obai", "Sam", "Daf"],
        ["ouri", "ari", "di", "arrai", "aie"],
        "plain",
    ),
    "Afghaans": (
        ["Farid", "Wahid", "Jawed"],
        ["Mariam", "Zarghona", "Shabnam"],
        ["Nazar", "Rahim", "Sadiq", "Ward", "Pop"],
        ["zai", "yar", "khel", "ak", "al"],
        "plain",
    ),
    "Iraans": (
        ["Babak", "Dariush", "Kourosh"],
        ["Shirin", "Parisa", "Golnaz"],
        ["Tehr", "Kamal", "Farah", "Rez", "Mirz"],
        ["pour", "zadeh", "ani", "nejad"],
        "plain",
    ),
    "Eritrees": (
        ["Tesfay", "Yonas", "Filmon", "Awet"],
        ["Selam", "Luwam", "Senait", "Helen"],
        ["Tekle", "Gebre", "Habte", "Kidane", "Woldu"],
        ["mariam", "hiwet", "selassie", "zgi", "ab"],
        "plain",
    ),
    "Ethiopisch": (
        ["Dawit", "Abebe", "Yared"],
        ["Meron", "Hiwot", "Tigist"],
        ["Alem", "Bekel", "Tades", "Mengist", "Hail"],
        ["ayehu", "work", "e", "u"],
        "plain",
    ),
    "Somalisch": (
        ["Mahad", "Liban", "Abdirahman"],
        ["Hodan", "Faadumo", "Ayaan"],
        ["Warsam", "Xirs", "Cilm", "Jaam", "Cabd"],
        ["e", "i", "a", "ale", "iye"],
        "plain",
    ),
    "Ghanees": (
        ["Kwame", "Kofi", "Yaw"],
        ["Akosua", "Abena", "Efua"],
        ["Ofo", "Agy", "Boa", "Ase", "Ank", "Oti"],
        ["ri", "ei", "teng", "ante", "omah"],
        "plain",
    ),
    "Nigeriaans": (
        ["Chinedu", "Emeka", "Tunde"],
        ["Ngozi", "Adaeze", "Funmilayo"],
        ["Okon", "Adeb", "Ezeo", "Nwach", "Olu"],
        ["kwo", "ayo", "ukwu", "ola", "wole"],
        "plain",
    ),
    "Indonesisch": (
        ["Budi", "Hendra", "Agus"],
        ["Ratna", "Wulan", "Sri"],
        ["Sastro", "Wiria", "Kusu", "Pur", "Harto"],
        ["wardojo", "atmadja", "santoso", "wijaya", "nomo"],
        "plain",
    ),
    "Moluks": (
        ["Semuel", "Yopie", "Johny"],
        ["Ribka", "Nona", "Welmoed"],
        ["Patti", "Latu", "Sahe", "Tuhu", "Lea"],
        ["asina", "heru", "tapy", "mury", "temia"],
        "plain",
    ),
    "Vietnamees": (
        ["Minh", "Tuan", "Quang"],
        ["Thuy", "Hoa", "Lan"],
        ["Trịnh", "Phạm", "Đặng", "Huỳnh", "Lương"],
        [""],
        "plain",
    ),
    "Duits": (
        ["Jürgen", "Uwe", "Dieter"],
        ["Heike", "Sabine", "Ulrike"],
        ["Schwar", "Hein", "Lütt", "Ober", "Kr"],
        ["zmann", "ke", "gens", "huber", "ämer"],
        "plain",
    ),
    "Vlaams": (
        ["Wannes", "Lieven", "Jef"],
        ["Griet", "Lien", "Ilse"],
        ["Van", "De ", "Ver", "Van "],
        ["haegen", "Poucke", "meulen", "straeten", "Cauteren"],
        "plain",
    ),
    "Brits": (
        ["Gareth", "Oliver", "Callum"],
        ["Siobhan", "Imogen", "Bethany"],
        ["Ash", "Whit", "Pem", "Brad", "Hol"],
        ["worth", "combe", "bridge", "shaw", "ley"],
        "plain",
    ),
    "Italiaans": (
        ["Matteo", "Giuseppe", "Lorenzo"],
        ["Chiara", "Francesca", "Giulia"],
        ["Bel", "Casa", "Ross", "Ferr", "Lom"],
        ["lini", "grande", "etti", "aro", "bardi"],
        "plain",
    ),
    "Portugees": (
        ["Tiago", "Rui", "Duarte"],
        ["Joana", "Inês", "Beatriz"],
        ["Fer", "Lou", "Sar", "Ped"],
        ["reira", "renço", "aiva", "rosa"],
        "plain",
    ),
    "Oekraïens": (
        ["Taras", "Bohdan", "Oleksii"],
        ["Oksana", "Olena", "Nataliia"],
        ["Shevch", "Bondar", "Kovalen", "Tkach", "Hryts"],
        ["enko", "uk", "chuk", "ko"],
        "plain",
    ),
    "Pakistaans": (
        ["Imran", "Bilal", "Usman"],
        ["Saima", "Ayesha", "Sana"],
        ["Chaud", "Qur", "Bhat", "Mal", "Raz"],
        ["hry", "eshi", "ti", "ik", "vi"],
        "plain",
    ),
    "Tamil (Sri Lanka)": (
        ["Kumaran", "Sivakumar", "Thayalan"],
        ["Thushanthy", "Kalaivani", "Nirosha"],
        ["Tharma", "Balas", "Yoga", "Sella"],
        ["lingam", "ubramaniam", "rajah", "durai"],
        "plain",
    ),
    "Hongaars": (
        ["Zoltán", "Gábor", "Levente"],
        ["Zsófia", "Erzsébet", "Réka"],
        ["Szé", "Tót", "Horv", "Kiss"],
        ["kely", "h", "áth", "vári"],
        "plain",
    ),
}

PARTICLES_NL = ["van", "van der", "de", "ter", "van den", "'t", "in 't", "op den", "van de", "ten"]

# known-name words: surname (or first name) -> ordinary sentence using the word in lower case, {w} marks the word
KNOWN = {
    "Visser": "de boot van een ((visser)) lag voor de deur",
    "Bakker": "ze haalde brood bij de ((bakker)) op de hoek",
    "Smit": "de ((smit)) aan het eind van de straat maakt veel lawaai",
    "Koster": "de ((koster)) van de kerk heeft de sleutel van de zaal",
    "Schipper": "haar vader werkte als ((schipper)) op de binnenvaart",
    "Brouwer": "naast hem woont een ((brouwer)) met een kleine brouwerij",
    "Kok": "hij is ((kok)) in een restaurant aan de haven",
    "Vos": "er loopt 's nachts een ((vos)) door de tuinen",
    "Groen": "het gras op het speelveld is al weken niet meer ((groen))",
    "Winter": "vorige ((winter)) was de verwarming drie weken kapot",
    "Storm": "na de ((storm)) lag er een tak op de schuur",
    "Post": "de ((post)) komt daar pas om vier uur",
    "Steen": "er is een ((steen)) door de ruit gegooid",
    "Boom": "de ((boom)) voor het huis moet volgens de buurt gekapt",
    "Haas": "er zit een ((haas)) in het weiland achter de wijk",
    "Valk": "er broedt een ((valk)) op de toren",
    "Hoek": "de container staat precies op de ((hoek))",
    "Berg": "er ligt een ((berg)) afval achter de garages",
    "Bos": "ze wandelt elke ochtend met de hond in het ((bos))",
    "Beek": "de ((beek)) achter het huis stroomt bij regen over",
    "Timmerman": "een ((timmerman)) moet de voordeur nog repareren",
    "Wolf": "volgens de krant is er een ((wolf)) gezien",
    "Klein": "de woning is te ((klein)) voor vijf kinderen",
    "Lang": "het duurt gewoon te ((lang))",
    "Wit": "de muur is vorige maand ((wit)) geverfd",
    "Zwart": "de rook uit de schoorsteen was ((zwart))",
    "Dekker": "de ((dekker)) moet nog naar het rieten dak kijken",
    "Sluis": "bij de ((sluis)) staat 's zomers een rij boten",
    "Vink": "er zit een ((vink)) in de dakgoot",
    "Roos": "ze kreeg een ((roos)) van de buurvrouw",
}
KNOWN_FIRST = {"Roos"}

STREET_A = [
    "Lijster",
    "Kastanje",
    "Wilgen",
    "Zwaluw",
    "Brem",
    "Reiger",
    "Vlier",
    "Hazel",
    "Goudsbloem",
    "Koren",
    "Vlas",
    "Turf",
    "Schelp",
    "Distel",
    "Ooievaar",
    "Spoor",
    "Laak",
    "Eiken",
    "Klaver",
    "Mees",
    "Meidoorn",
    "Grutto",
    "Tulp",
    "Zeilmakers",
    "Touwslagers",
    "Smids",
    "Leemkuil",
    "Dorsvloer",
    "Veenkade",
]
STREET_B = ["straat", "laan", "weg", "hof", "pad", "kade", "singel", "plein", "dreef", "erf", "gaarde"]
CITIES = [
    "Deventer",
    "Helmond",
    "Schiedam",
    "Almelo",
    "Purmerend",
    "Roermond",
    "Vlaardingen",
    "Emmen",
    "Kampen",
    "Heerlen",
    "Gouda",
    "Tiel",
    "Sittard",
    "Assen",
    "Lelystad",
    "Veenendaal",
    "Nieuwegein",
    "Zutphen",
    "Harderwijk",
    "Oss",
]
AREA = {
    "Deventer": "0570",
    "Helmond": "0492",
    "Schiedam": "010",
    "Almelo": "0546",
    "Purmerend": "0299",
    "Roermond": "0475",
    "Vlaardingen": "010",
    "Emmen": "0591",
    "Kampen": "038",
    "Heerlen": "045",
    "Gouda": "0182",
    "Tiel": "0344",
    "Sittard": "046",
    "Assen": "0592",
    "Lelystad": "0320",
    "Veenendaal": "0318",
    "Nieuwegein": "030",
    "Zutphen": "0575",
    "Harderwijk": "0341",
    "Oss": "0412",
}
DEPTS = [
    "Werk en Inkomen",
    "Inkomensondersteuning",
    "Publiekszaken",
    "Wijkteam Noord",
    "Vergunningverlening",
    "Belastingsamenwerking",
    "Leerplicht",
    "Beheer Openbare Ruimte",
    "Sociaal Domein",
    "Jeugdhulp",
    "Klantcontactcentrum",
    "Burgerzaken",
    "Parkeerbeheer",
    "Wonen en Welzijn",
]
FUNCS = [
    "consulent",
    "wijkverpleegkundige",
    "handhaver",
    "leerplichtambtenaar",
    "teamleider",
    "beleidsmedewerker",
    "klantmanager",
    "jurist",
    "casemanager",
    "coördinator",
    "inspecteur",
    "medewerker",
]
SCHEMES = [
    "Wmo",
    "Participatiewet",
    "Meedoenregeling",
    "Stadspas",
    "energietoeslag",
    "individuele inkomenstoeslag",
    "huishoudelijke hulp",
    "parkeerontheffing",
    "gehandicaptenparkeerkaart",
    "omgevingsvergunning",
    "briefadres",
    "Jeugdwet",
    "Awb",
    "Wet open overheid",
    "scootmobiel",
    "traplift",
    "schuldsanering",
]
ORGS = [
    "GGD",
    "CAK",
    "UWV",
    "Belastingdienst",
    "Vluchtelingenwerk",
    "Humanitas",
    "Sociaal Raadslieden",
    "Woonbron",
    "Rode Kruis",
    "Voedselbank",
    "Nationale ombudsman",
    "Stadskantoor",
    "Wijkcentrum De Schakel",
    "Bibliotheek",
]
EVENTS = ["Koningsdag", "Suikerfeest", "Sinterklaas", "Keti Koti", "Pasen", "Kerst", "Ramadan", "Pinksteren"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]
MONTHS = [
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
PROVIDERS = ["hotmail.com", "gmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "planet.nl", "icloud.com"]
ALPHA = {
    "A": "Anton",
    "B": "Bernard",
    "C": "Cornelis",
    "D": "Dirk",
    "E": "Eduard",
    "F": "Ferdinand",
    "G": "Gerard",
    "H": "Hendrik",
    "I": "Izaak",
    "J": "Johannes",
    "K": "Karel",
    "L": "Lodewijk",
    "M": "Maria",
    "N": "Nico",
    "O": "Otto",
    "P": "Pieter",
    "Q": "Quotiënt",
    "R": "Rudolf",
    "S": "Simon",
    "T": "Theodoor",
    "U": "Utrecht",
    "V": "Victor",
    "W": "Willem",
    "X": "Xantippe",
    "Y": "Ypsilon",
    "Z": "Zacharias",
}

U = (
    "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien "
    "achttien negentien"
).split()
T = {2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig", 6: "zestig", 7: "zeventig", 8: "tachtig", 9: "negentig"}
DIGIT_WORDS = {w: str(i) for i, w in enumerate(U[:10])}


def words(n: int) -> str:
    """A number below 1000 in Dutch words."""
    if n < 20:
        return U[n]
    if n < 100:
        t, u = divmod(n, 10)
        if not u:
            return T[t]
        return U[u] + ("ën" if U[u].endswith("e") else "en") + T[t]
    h, rest = divmod(n, 100)
    return ("honderd" if h == 1 else U[h] + "honderd") + (words(rest) if rest else "")


def pair(s: str) -> str:
    """Two digits as spoken: '05' -> 'nul vijf', '34' -> 'vierendertig'."""
    return "nul " + U[int(s[1])] if s[0] == "0" else words(int(s))


def year_words(y: int) -> str:
    if y < 2000:
        return "negentien " + (words(y % 100) if y % 100 >= 10 else "honderd " + U[y % 100])
    return "tweeduizend " + words(y % 100) if y % 100 else "tweeduizend"


def digits_spoken(s: str) -> str:
    return " ".join(U[int(ch)] for ch in s)
