"""Name, street and identifier material for fresh26c (helper F26C). Standard library only."""

from __future__ import annotations

import unicodedata

# origin -> (first names, surname builder parts (stems, endings), particles or prefixes)
ORIGINS = {
    "nl": (
        [
            "Hendrik",
            "Geertruida",
            "Wouter",
            "Aaltje",
            "Reinier",
            "Jannigje",
            "Cornelis",
            "Dirkje",
            "Teunis",
            "Marrigje",
        ],
        (
            ["Dal", "Wester", "Hooge", "Brink", "Olde", "Lange", "Ruis", "Kamp", "Zand", "Holte"],
            ["huizen", "veld", "broek", "voort", "kamp", "werf", "hoeve", "horst", "dijkhuis", "inga"],
        ),
        ["van", "van der", "de", "ter", "van den", "in 't", "ten", ""],
    ),
    "fy": (
        ["Sjoerd", "Wytske", "Hylke", "Baukje", "Jildou", "Tsjalling", "Froukje", "Sipke", "Rinske", "Oebele"],
        (
            ["Bouw", "Sieb", "Holt", "Wyt", "Rinn", "Tjal", "Hiem", "Doek", "Aukj", "Jell"],
            ["stra", "sma", "inga", "ema", "enga", "stra", "ama"],
        ),
        [""],
    ),
    "ma": (
        ["Said", "Naima", "Youssef", "Fatiha", "Rachid", "Khadija", "Mourad", "Latifa", "Hamza", "Samira"],
        (
            ["Amr", "Bouzz", "Ghaz", "Hadd", "Mouss", "Tahr", "Zerk", "Ouahr", "Bakk", "Meskin"],
            ["ani", "aoui", "ouni", "iti", "ouchi", "ali"],
        ),
        ["El ", "Ben ", "Aït ", "", "", "El-"],
    ),
    "tr": (
        ["Emre", "Zeynep", "Kübra", "Mert", "Hatice", "Serkan", "Elif", "Orhan", "Gülsüm", "Tuncay"],
        (
            ["Kara", "Ak", "Demir", "Yıl", "Öz", "Gök", "Taş", "Sarı", "Çelik", "Ulu"],
            ["oğlu", "soy", "türk", "dağ", "ceylan", "baş", "tepe"],
        ),
        [""],
    ),
    "sr_hi": (
        ["Rakesh", "Sharmila", "Ravindre", "Anjali", "Soeniel", "Kamla", "Dewanand", "Radjkoemarie"],
        (
            ["Ram", "Jag", "Bal", "Sew", "Mahab", "Chot", "Soek", "Rag"],
            ["persad", "dew", "nath", "lal", "kisoen", "bali", "oebarsing"],
        ),
        [""],
    ),
    "sr_cr": (
        ["Errol", "Marlies", "Humphrey", "Gerda", "Ronny", "Ingrid", "Iwan", "Yvonne"],
        (
            ["Pin", "Amoe", "Lie", "Zaal", "Bran", "Wijn", "Fran", "Kart"],
            ["as", "tie", "kwie", "mann", "ford", "gaarde", "sen"],
        ),
        [""],
    ),
    "sr_jv": (
        ["Sumarni", "Paimin", "Wagijem", "Soerijo", "Tukinem", "Karijo"],
        (
            ["Sastro", "Karto", "Soe", "Wongso", "Atmo", "Redjo"],
            ["dikromo", "widjojo", "redjo", "semito", "pawiro", "soemito"],
        ),
        [""],
    ),
    "an": (
        ["Jurensley", "Shurandy", "Gisleine", "Rignald", "Chanella", "Urvin", "Sulaika", "Dwayne"],
        (
            ["Isen", "Ros", "Mart", "Jans", "Mere", "Coff", "Statt", "Wawo"],
            ["ia", "aria", "ina", "ilia", "ilda", "orio"],
        ),
        [""],
    ),
    "pl": (
        ["Agnieszka", "Krzysztof", "Małgorzata", "Grzegorz", "Katarzyna", "Wojciech", "Bożena", "Zbigniew"],
        (
            ["Kowal", "Wiśniew", "Brzo", "Zieliń", "Grab", "Szczep", "Pawl", "Jabł"],
            ["ski", "ska", "czyk", "owicz", "iak", "ońska"],
        ),
        [""],
    ),
    "sy": (
        ["Rami", "Lina", "Yaman", "Hiba", "Bashar", "Rasha", "Omar", "Nour"],
        (["Hal", "Naj", "Sabb", "Tarr", "Zuh", "Khal", "Dar", "Mahm"], ["abi", "ari", "ouri", "aji", "aoui", "ouli"]),
        ["Al-", "Al ", "", "al-"],
    ),
    "er": (
        ["Tesfay", "Senait", "Yonas", "Saba", "Filmon", "Mebrat", "Aklilu", "Luwam"],
        (
            ["Tesfa", "Ghebre", "Weld", "Habte", "Kidane", "Tekle", "Berh", "Asm"],
            ["mariam", "mikael", "selassie", "ezgi", "negus", "om"],
        ),
        [""],
    ),
    "so": (
        ["Hodan", "Abdirahman", "Faadumo", "Ayaan", "Guuleed", "Sahra", "Cabdullahi", "Idil"],
        (["Cali", "War", "Xirs", "Maxa", "Jaam", "Faar", "Dhuh", "Nuur"], ["ow", "same", "i", "ad", "aale", "diid"]),
        [""],
    ),
    "cn": (
        ["Xiaoming", "Jiahui", "Yulan", "Zhiwen", "Meifang", "Guoqiang", "Lihua", "Jianping"],
        (["Qiu", "Feng", "Gu", "Tang", "Xue", "Yan", "Shao", "Cai"], [""]),
        [""],
    ),
    "id": (
        ["Dewi", "Bambang", "Sri", "Agus", "Wulan", "Hendra", "Ratna", "Joko"],
        (
            ["Wira", "Setia", "Hadi", "Kusu", "Santo", "Puspa", "Suryo", "Budi"],
            ["wan", "budi", "atmadja", "ma", "negoro", "wati"],
        ),
        [""],
    ),
    "mo": (
        ["Johanis", "Magdalena", "Octovianus", "Elisabeth", "Semuel", "Welmina"],
        (["Latu", "Pattin", "Sahu", "Leiwa", "Tuha", "Wattim"], ["heru", "ama", "lessy", "kakit", "tuny", "ena"]),
        [""],
    ),
    "gh": (
        ["Kwame", "Akosua", "Kofi", "Ama", "Yaw", "Adwoa", "Kwabena", "Efua"],
        (
            ["Ampon", "Owu", "Asa", "Boat", "Ofori", "Agyei", "Dank", "Osei"],
            ["sah", "su", "ah", "eng", "wa", "-Boateng", "fo"],
        ),
        [""],
    ),
    "ng": (
        ["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Tunde", "Chiamaka"],
        (
            ["Oke", "Ade", "Olu", "Nwa", "Eze", "Ogun", "Ibe", "Aki"],
            ["chukwu", "bayo", "wole", "nkwo", "ogu", "lade", "nna"],
        ),
        [""],
    ),
    "cv": (
        ["Nelson", "Djeni", "Adilson", "Luzia", "Edmilson", "Zulmira"],
        (["Seme", "Fort", "Var", "Monteir", "Furt", "Tav"], ["do", "es", "ela", "inho", "ares", "ado"]),
        ["", "da ", "dos "],
    ),
    "af": (
        ["Farid", "Mariam", "Nasrin", "Wahid", "Shabnam", "Zalmai", "Habiba", "Khalil"],
        (["Sult", "Hab", "Naz", "Rah", "Kar", "Ward", "Ahm", "Jal"], ["ani", "ibi", "ari", "imi", "zai", "ak", "yar"]),
        [""],
    ),
    "ir": (
        ["Shirin", "Dariush", "Parvaneh", "Kourosh", "Golnar", "Behrouz"],
        (["Moh", "Tehr", "Jav", "Esf", "Kaz", "Shir"], ["ammadi", "ani", "adi", "ahani", "ian", "zadeh", "pour"]),
        [""],
    ),
    "iq": (
        ["Haider", "Zahraa", "Mustafa", "Huda", "Ammar", "Sura"],
        (["Jub", "Sam", "Kub", "Dul", "Rub", "Tam"], ["ouri", "arrai", "aisi", "aimi", "eidi", "imi"]),
        ["Al-", "al-"],
    ),
    "ku": (
        ["Rojda", "Shirwan", "Berivan", "Dilan", "Zana", "Hêvî"],
        (["Bar", "Zan", "Dil", "Ser", "Hew", "Kur"], ["zani", "koyî", "aneh", "dar", "ramî", "ani"]),
        [""],
    ),
    "vn": (
        ["Thanh", "Huong", "Minh", "Lan", "Quang", "Thu"],
        (["Trương", "Đỗ", "Huỳnh", "Phạm", "Võ", "Đặng", "Lâm"], [""]),
        [""],
    ),
    "in": (
        ["Arjun", "Priyanka", "Karthik", "Lakshmi", "Vikram", "Deepa"],
        (
            ["Venkat", "Subra", "Krish", "Ragh", "Bala", "Sesh"],
            ["araman", "manian", "nan", "avan", "subramaniam", "adri"],
        ),
        [""],
    ),
    "de": (
        ["Jürgen", "Friederike", "Gottfried", "Annegret", "Wolfram", "Hiltrud"],
        (["Schwarz", "Hoff", "Brück", "Lind", "Eber", "Kessel"], ["mann", "ner", "hauser", "meier", "bach", "ring"]),
        ["", "von "],
    ),
    "be": (
        ["Jozef", "Godelieve", "Marnix", "Veerle", "Lieven", "Hilde"],
        (["hecke", "broucke", "meulen", "straete", "damme", "velde", "poele"], [""]),
        ["Van ", "De ", "Vanden", "Ver", "Van de "],
    ),
    "gb": (
        ["Oliver", "Harriet", "Nigel", "Imogen", "Rupert", "Gwendolyn"],
        (["Ash", "Pen", "Whit", "Hart", "Thorn", "Black"], ["worth", "ridge", "ley", "combe", "bury", "wood"]),
        [""],
    ),
    "it": (
        ["Giuseppe", "Rosaria", "Salvatore", "Concetta", "Vincenzo", "Graziella"],
        (["Bell", "Cant", "Ferr", "Rus", "Marz", "Scog"], ["ucci", "elli", "oni", "etti", "ano", "amiglio"]),
        ["", "di ", "Di "],
    ),
    "pt": (
        ["João", "Luana", "Rogério", "Conceição", "Thiago", "Fabiana"],
        (["Figueir", "Carv", "Mour", "Sequei", "Brand", "Pinh"], ["edo", "alho", "ão", "ra", "eiro", "ais"]),
        [""],
    ),
    "bg": (
        ["Dimitar", "Radka", "Stoyan", "Violeta", "Hristo", "Desislava"],
        (["Petk", "Stoy", "Gerg", "Hrist", "Mladen", "Zhel"], ["ov", "ova", "anov", "ieva", "eva", "yazkov"]),
        [""],
    ),
    "ro": (
        ["Ioana", "Mihai", "Florentina", "Cătălin", "Mirela", "Ovidiu"],
        (["Popesc", "Dumitr", "Vasil", "Stăn", "Ciob", "Mureș"], ["u", "escu", "ache", "oiu", "anu", "eanu"]),
        [""],
    ),
    "hu": (
        ["Zsófia", "Bence", "Erzsébet", "Gyula", "Ildikó", "Levente"],
        (["Szil", "Bal", "Tót", "Var", "Hegy", "Fehér"], ["ágyi", "ogh", "hy", "ga", "esi", "váry"]),
        [""],
    ),
    "ua": (
        ["Oksana", "Taras", "Olena", "Bohdan", "Iryna", "Mykola"],
        (["Shevch", "Bond", "Koval", "Tkach", "Hrytsen", "Melnych"], ["enko", "aruk", "chuk", "uk", "yshyn", "ko"]),
        [""],
    ),
    "pk": (
        ["Imran", "Saima", "Tariq", "Rubina", "Asif", "Nabila"],
        (["Qure", "Ran", "Mirz", "Khok", "Chau", "Butt"], ["shi", "awat", "ani", "har", "dhry", "ar"]),
        [""],
    ),
    "gr": (
        ["Eleni", "Giorgos", "Dimitra", "Panagiotis", "Vasiliki", "Spyros"],
        (["Papad", "Kost", "Nik", "Alex", "Theod", "Stavr"], ["opoulos", "akis", "idis", "iou", "oulis", "aki"]),
        [""],
    ),
    "sd": (
        ["Mohanad", "Samah", "Elfatih", "Ikhlas", "Mujtaba", "Hanan"],
        (["Abdel", "Mahj", "Tij", "Musa", "Hass", "Ibr"], ["rahim", "oub", "ani", "wi", "abalrasoul", "ahim"]),
        [""],
    ),
}

NAME_PARTICLES = {
    "van",
    "de",
    "der",
    "den",
    "het",
    "'t",
    "ter",
    "te",
    "ten",
    "in",
    "op",
    "la",
    "le",
    "du",
    "von",
    "da",
    "dos",
    "di",
    "el",
    "al",
    "ben",
    "aït",
    "vanden",
    "ver",
}

# known names: (surname as Dutch word, particle, ordinary lower-case sentence containing the word)
KNOWN = [
    ("Voogd", "de", "Tot haar achttiende was haar oom de voogd van de kinderen."),
    ("Kist", "", "Bij de uitvaartondernemer is een eenvoudige kist uitgezocht."),
    ("Kluis", "van der", "Het testament lag volgens de bank in een kluis op het kantoor."),
    ("Erven", "van", "De kinderen willen niet zomaar erven als er nog schulden open staan."),
    ("Rentmeester", "", "Vroeger beheerde een rentmeester de landerijen van de familie."),
    ("Koster", "", "De koster van de kerk heeft de sleutel van de aula."),
    ("Bode", "de", "De stukken werden door een bode van de rechtbank afgegeven."),
    ("Akker", "van den", "Bij de boerderij hoort een akker die nog verpacht wordt."),
    ("Klok", "", "Op de inventarislijst staat ook een staande klok uit 1890."),
    ("Koopman", "", "Vader is jarenlang koopman in stoffen geweest op de weekmarkt."),
    ("Haven", "van der", "De sloep van de overledene ligt nog in de haven van de jachtclub."),
    ("Sloot", "van der", "Achter de woning loopt een sloot die de waterschapsgrens vormt."),
    ("Bos", "van den", "Een perceel bos aan de rand van het dorp hoort bij de nalatenschap."),
    ("Hoek", "van 't", "In de hoek van de slaapkamer stond een doos met oude bankafschriften."),
    ("Visser", "", "Haar vader was visser en liet weinig spaargeld na."),
    ("Schipper", "", "Als schipper op de binnenvaart had hij geen vaste woonplaats."),
    ("Bakker", "", "De bakker op de hoek kreeg nog een rekening van 38 euro betaald."),
    ("Mantel", "", "Haar mantel en sieraden zijn door de dochters verdeeld."),
    ("Timmerman", "", "Een timmerman heeft de kapotte achterdeur van de woning dichtgezet."),
    ("Wolf", "de", "Op de zolder vonden de kinderen een opgezette wolf en twee schilderijen."),
    ("Spijker", "", "Er is geen spijker meer in de muur; de woning is helemaal leeg."),
    ("Beek", "van der", "Het huisje staat vlak aan een beek en is slecht onderhouden."),
    ("Molenaar", "", "Opa was molenaar en de molen is in 1972 aan de gemeente verkocht."),
    ("Zilver", "", "Het zilver uit de kast is door de notaris apart getaxeerd."),
    ("Kuiper", "", "Een kuiper maakte vroeger vaten; dat ambacht had zijn grootvader ook."),
    ("Brouwer", "de", "Het pand was ooit van een brouwer en staat nu op de monumentenlijst."),
    ("Weduwe", "", "Als weduwe ontving zij een klein nabestaandenpensioen."),
    ("Gans", "", "Op het erf liepen nog een gans en drie kippen die zijn opgehaald."),
]

STREET_STEMS = [
    "Linden",
    "Eiken",
    "Merel",
    "Vlinder",
    "Bongerd",
    "Klaver",
    "Riet",
    "Wilgen",
    "Zwaluw",
    "Kastanje",
    "Hazelaar",
    "Iepen",
    "Distel",
    "Boekweit",
    "Fazant",
    "Gentiaan",
    "Korenbloem",
    "Ooievaar",
    "Sleedoorn",
    "Veldkers",
    "Wederik",
    "Zilverschoon",
    "Tormentil",
    "Patrijzen",
    "Hooiberg",
    "Karekiet",
]
STREET_ENDS = ["straat", "laan", "hof", "weg", "plein", "singel", "erf", "dreef", "kade", "pad", "gaarde"]

CITIES = [
    "Deventer",
    "Leeuwarden",
    "Heerlen",
    "Almere",
    "Zaanstad",
    "Dordrecht",
    "Tilburg",
    "Apeldoorn",
    "Lelystad",
    "Emmen",
    "Venlo",
    "Helmond",
    "Schiedam",
    "Assen",
    "Hoorn",
    "Roosendaal",
    "Gouda",
    "Kampen",
]
COURTS = [
    "Rechtbank Gelderland",
    "Rechtbank Noord-Nederland",
    "Rechtbank Overijssel",
    "Rechtbank Limburg",
    "Rechtbank Midden-Nederland",
    "Rechtbank Noord-Holland",
    "Rechtbank Zeeland-West-Brabant",
    "Rechtbank Rotterdam",
    "Rechtbank Oost-Brabant",
]
BIRTHPLACES = [
    "Paramaribo",
    "Willemstad",
    "Nador",
    "Kayseri",
    "Gdańsk",
    "Aleppo",
    "Asmara",
    "Mogadishu",
    "Surabaya",
    "Kumasi",
    "Ambon",
    "Praia",
    "Kabul",
    "Sneek",
    "Harlingen",
    "Tiel",
    "Nickerie",
]
MAILS = [
    "gmail.com",
    "hotmail.com",
    "ziggo.nl",
    "kpnmail.nl",
    "outlook.com",
    "live.nl",
    "planet.nl",
    "xs4all.nl",
    "home.nl",
    "icloud.com",
]
OFFICES = [
    "Bewindvoering De Stuwdam",
    "Stichting Beschermd Beheer",
    "Kantoor Rentwijzer",
    "Mentorschap Oost",
    "Bewindkantoor Het Anker",
    "Stichting Budgetbeheer Noord",
    "Curatele & Bewind Waalstroom",
]
NOTARY = [
    "Notariskantoor Wilgenburgh",
    "Notarissen aan de Gracht",
    "Notariaat Zuidpoort",
    "Notariskantoor De Eendracht",
]
BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in ".-"))


def bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - d[8]) % 11 == 0


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def iban(r, country="NL") -> str:
    if country == "NL":
        bban = r.choice(BANKS) + "".join(str(r.randint(0, 9)) for _ in range(10))
    else:
        bban = "".join(str(r.randint(0, 9)) for _ in range(12))
    t = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in t)) % 97
    return f"{country}{check:02d}{bban}"
