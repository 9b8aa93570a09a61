"""Name, address and identifier material for fresh25a (petitions, initiatives, inspraak).

Surnames and many first names are composed from origin-typical parts, so most are on no common list.
"""

from __future__ import annotations

import unicodedata

# origin -> (female first names, male first names, surname prefixes, surname suffixes, particles or None)
ORIGINS = {
    "nederlands": (
        ["Wendeline", "Jorien", "Geertruida", "Marlous", "Hendrika", "Ilse"],
        ["Gerbrand", "Wouter", "Reinout", "Berend", "Joost", "Diederik"],
        ["Hoog", "Wester", "Kleine", "Blom", "Ruis", "Brink", "Haver", "Klaas"],
        ["kamp", "horst", "broek", "huis", "ink", "werf", "hout", "beek"],
        None,
    ),
    "nederlands_tussenvoegsel": (
        ["Annelot", "Femke", "Marijn", "Lieke", "Sietske", "Roosmarijn"],
        ["Thijmen", "Gijsbert", "Maarten", "Olivier", "Ruben", "Steven"],
        ["Wijn", "Hamer", "Loos", "Wiel", "Kool", "Gaas", "Sprok", "Tiel"],
        ["gaard", "drecht", "swaard", "ingen", "hagen", "dorp", "kum", "sveld"],
        ["van", "van de", "van der", "van den", "de", "ten", "ter", "in 't", "van 't", "op den", "te", "van den"],
    ),
    "fries": (
        ["Wytske", "Tjitske", "Sjoukje", "Hiske", "Jildou", "Aukje"],
        ["Sjoerd", "Hylke", "Jouke", "Sytse", "Freark", "Wiebren"],
        ["Wier", "Sijt", "Terp", "Hylk", "Dou", "Fok", "Rins", "Anne"],
        ["stra", "sma", "inga", "ema", "enga", "ma"],
        None,
    ),
    "marokkaans": (
        ["Nadia", "Samira", "Houda", "Ikram", "Latifa", "Soukaina"],
        ["Khalid", "Yassine", "Ilyas", "Soufiane", "Bilal", "Hicham"],
        ["Bou", "Ben", "El ", "Ait ", "Ou", "Ech-"],
        ["chaib", "taleb", "hamdi", "zerouali", "ghazi", "kadouri", "mrabet", "yahyaoui"],
        None,
    ),
    "turks": (
        ["Elif", "Zeynep", "Aylin", "Ebru", "Gülşen", "Derya"],
        ["Emre", "Burak", "Kerem", "Serkan", "Oğuz", "Volkan"],
        ["Kara", "Ak", "Demir", "Yıl", "Öz", "Çelik", "Kılıç", "Tepe"],
        ["oğlu", "kaya", "dağ", "taş", "han", "soy", "türk", "men"],
        None,
    ),
    "surinaams_hindoestaans": (
        ["Shanti", "Anjali", "Radjkoemarie", "Sunita", "Kavita", "Indra"],
        ["Ravi", "Vishnu", "Sharma", "Dinesh", "Rakesh", "Anand"],
        ["Ram", "Jag", "Sew", "Bal", "Mahab", "Ragh", "Kali", "Soek"],
        ["dien", "nath", "sing", "lal", "bier", "oebar", "harie"],
        None,
    ),
    "surinaams_creools": (
        ["Ruthcely", "Denise", "Marlène", "Gracia", "Jerusha", "Iwanka"],
        ["Marciano", "Gerold", "Jurgen", "Romeo", "Clifton", "Ewald"],
        ["Doel", "Wijn", "Heil", "Zand", "Vrede", "Geld", "Sabaj", "Amat"],
        ["wijt", "garde", "burg", "rust", "hoop", "o", "djais"],
        None,
    ),
    "antilliaans": (
        ["Sharlene", "Jurmaine", "Shurenska", "Giselle", "Ruthmila", "Naomy"],
        ["Quincy", "Giovanni", "Shurwen", "Jandino", "Rignald", "Edsel"],
        ["Mart", "Fran", "Cel", "Isen", "Rosal", "Coron", "Wal", "Juli"],
        ["ina", "cisca", "estina", "ia", "ez", "ana", "ette"],
        None,
    ),
    "pools": (
        ["Katarzyna", "Agnieszka", "Małgorzata", "Joanna", "Zofia", "Beata"],
        ["Piotr", "Tomasz", "Krzysztof", "Paweł", "Grzegorz", "Łukasz"],
        ["Nowa", "Kowal", "Wiśn", "Lewand", "Zielin", "Wojciech", "Kamin", "Dąbr"],
        ["ski", "ska", "czyk", "owski", "iak", "ewicz"],
        None,
    ),
    "syrisch": (
        ["Rasha", "Lina", "Yara", "Hala", "Nour", "Ghada"],
        ["Ahmad", "Omar", "Khaled", "Bassel", "Tarek", "Majd"],
        ["Al-Hal", "Al-Mas", "Al-Kha", "Al-Jab", "Al-Zou", "Al-Sab"],
        ["lak", "ri", "tib", "bi", "abi", "hani"],
        None,
    ),
    "eritrees": (
        ["Senait", "Helen", "Saba", "Mebrat", "Luwam", "Feven"],
        ["Yonas", "Tesfay", "Mebrahtu", "Filmon", "Dawit", "Samuel"],
        ["Tesfa", "Gebre", "Habte", "Berhane", "Weldu", "Kidane"],
        ["mariam", "michael", "slassie", "giorgis", "tsion", "yesus"],
        None,
    ),
    "somalisch": (
        ["Hodan", "Faadumo", "Ayaan", "Sahra", "Ifrah", "Ubah"],
        ["Abdi", "Mahad", "Liban", "Guled", "Abdirahman", "Bashir"],
        ["War", "Gul", "Abdul", "Hir", "Faa", "Maha", "Cige", "Xa"],
        ["same", "ed", "le", "si", "rah", "mud", "gaal"],
        None,
    ),
    "chinees": (
        ["Meiling", "Xiaoyu", "Jiawen", "Yuming", "Zhiling", "Huirong"],
        ["Jianhao", "Weimin", "Zhihao", "Yurong", "Xiaobo", "Haowen"],
        ["Ch", "Zh", "Hu", "W", "Ts", "L"],
        ["eung", "ang", "ao", "ong", "ai", "iang"],
        None,
    ),
    "indonesisch": (
        ["Dewi", "Sri", "Wulan", "Ratna", "Puspita", "Indah"],
        ["Wahyu", "Rudy", "Bambang", "Agus", "Hendra", "Joko"],
        ["Soe", "Kar", "Har", "Sas", "Pur", "Wira"],
        ["tomo", "sono", "djojo", "wati", "yanto", "dinata"],
        None,
    ),
    "moluks": (
        ["Yolanda", "Elsina", "Coba", "Marthina", "Welmintje", "Johanna"],
        ["Izaak", "Benny", "Semmy", "Josias", "Frits", "Dominggus"],
        ["Patti", "Lat", "Tuha", "Sahu", "Mana", "Wai"],
        ["asina", "uheru", "puttu", "leka", "sury", "tubun"],
        None,
    ),
    "ghanees": (
        ["Akosua", "Ama", "Abena", "Efua", "Adjoa", "Esi"],
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo", "Kwesi"],
        ["Ofo", "Men", "Boa", "Owu", "Asa", "Agy"],
        ["ri", "sah", "teng", "su", "nte", "eman", "kwa"],
        None,
    ),
    "nigeriaans": (
        ["Chiamaka", "Ngozi", "Folake", "Adaeze", "Temitope", "Ifeoma"],
        ["Chinedu", "Oluwaseun", "Emeka", "Babatunde", "Ikenna", "Tunde"],
        ["Ade", "Olu", "Chuk", "Nwa", "Oko", "Ige"],
        ["bayo", "wale", "wuemeka", "nkwo", "ye", "sanya"],
        None,
    ),
    "duits": (
        ["Katrin", "Ulrike", "Annegret", "Sabine", "Heike", "Dörte"],
        ["Jürgen", "Lukas", "Matthias", "Torsten", "Uwe", "Klaus"],
        ["Schwarz", "Hoff", "Wein", "Brau", "Stein", "Ober"],
        ["mann", "bach", "berger", "meier", "ler", "hauser"],
        None,
    ),
    "vlaams": (
        ["Griet", "Lieve", "Hilde", "Annelies", "Veerle", "Katrien"],
        ["Pieter-Jan", "Wouter", "Koen", "Bart", "Jef", "Stijn"],
        ["Ver", "Van", "Dewi", "Cal", "Mee"],
        ["haegen", "straete", "dewalle", "meulen", "ulst", "ckx", "beke"],
        None,
    ),
    "bulgaars": (
        ["Desislava", "Tsvetelina", "Radostina", "Mariela", "Yoana", "Velina"],
        ["Georgi", "Dimitar", "Stoyan", "Plamen", "Hristo", "Nikolay"],
        ["Petr", "Dimitr", "Stoy", "Tsank", "Iliy"],
        ["ov", "ova", "anov", "eva", "ev"],
        None,
    ),
    "roemeens": (
        ["Ioana", "Andreea", "Mihaela", "Roxana", "Cristina", "Oana"],
        ["Mihai", "Andrei", "Florin", "Sorin", "Bogdan", "Cătălin"],
        ["Pop", "Ionesc", "Dumitr", "Cost", "Radul", "Stănc"],
        ["escu", "u", "ache", "ea", "ilă"],
        None,
    ),
    "oekraiens": (
        ["Oksana", "Iryna", "Olena", "Nataliya", "Halyna", "Svitlana"],
        ["Taras", "Bohdan", "Mykola", "Oleksandr", "Yurii", "Vasyl"],
        ["Shev", "Kovalen", "Bondar", "Tkach", "Moroz", "Hry"],
        ["chenko", "ko", "uk", "enko", "yuk", "shyn"],
        None,
    ),
    "iraaks": (
        ["Zainab", "Shaima", "Rusul", "Hawraa", "Noor-Alhuda", "Ban"],
        ["Haider", "Mustafa", "Ali-Reza", "Saif", "Karrar", "Muntadher"],
        ["Al-Jub", "Al-Tam", "Al-Dul", "Al-Sa", "Al-Ani"],
        ["ouri", "imi", "aimi", "di", "bri"],
        None,
    ),
    "afghaans": (
        ["Mariam", "Freshta", "Parwana", "Zarghuna", "Nilofar", "Shabnam"],
        ["Farid", "Wahid", "Najib", "Zabihullah", "Ahmad Shah", "Hamid"],
        ["Ahmad", "Rahim", "Karim", "Nazar", "Sultan", "Amin"],
        ["zai", "i", "yar", "khil", "ullah"],
        None,
    ),
    "iraans": (
        ["Shirin", "Maryam", "Parisa", "Golnaz", "Niloufar", "Azadeh"],
        ["Reza", "Babak", "Kaveh", "Arash", "Dariush", "Behrouz"],
        ["Moham", "Hosse", "Rez", "Kaz", "Tehr", "Shir"],
        ["madi", "ini", "aei", "emi", "ani", "zadeh"],
        None,
    ),
    "vietnamees": (
        ["Thi Lan", "Thu Ha", "Ngoc Anh", "Mai Linh", "Hong Nhung", "Bich Van"],
        ["Minh Duc", "Van Long", "Quoc Bao", "Huu Thanh", "Duc Anh", "Tuan"],
        ["Ng", "Tr", "Ph", "Ho", "Vu", "Đ"],
        ["uyen", "an", "am", "ang", "ong", "inh"],
        None,
    ),
    "indiaas": (
        ["Priya", "Ananya", "Lakshmi", "Deepika", "Kavya", "Meenakshi"],
        ["Arjun", "Karthik", "Venkatesh", "Rohan", "Siddharth", "Pranav"],
        ["Ragh", "Venkat", "Krish", "Subra", "Nar", "Padman"],
        ["avan", "araman", "nan", "manian", "ayanan", "abhan"],
        None,
    ),
    "kaapverdisch": (
        ["Djalita", "Neusa", "Ivanilda", "Zuleica", "Edna", "Celeste"],
        ["Adilson", "Nelson", "Ailton", "Jailson", "Evandro", "Domingos"],
        ["Tav", "Mont", "Sem", "Fort", "Lop", "Var"],
        ["ares", "eiro", "edo", "es", "ela"],
        None,
    ),
    "portugees": (
        ["Inês", "Beatriz", "Leonor", "Mariana", "Joana", "Rita"],
        ["João", "Tiago", "Rui", "Duarte", "Gonçalo", "Nuno"],
        ["Fer", "Oliv", "Carv", "Sant", "Rodr", "Mag"],
        ["eira", "alho", "os", "igues", "ana", "alhães"],
        None,
    ),
    "spaans": (
        ["Lucía", "Carmen", "Pilar", "Nerea", "Ainhoa", "Rocío"],
        ["Javier", "Álvaro", "Íñigo", "Sergio", "Pablo", "Raúl"],
        ["Gar", "Mart", "Fern", "Lóp", "Sánch", "Ib"],
        ["cía", "ínez", "ández", "ez", "arra"],
        None,
    ),
    "italiaans": (
        ["Giulia", "Chiara", "Francesca", "Alessia", "Serena", "Martina"],
        ["Lorenzo", "Matteo", "Davide", "Simone", "Stefano", "Marco"],
        ["Ross", "Bianch", "Ferr", "Espos", "Coll", "Gall"],
        ["i", "etti", "ini", "ito", "elli", "ucci"],
        None,
    ),
    "grieks": (
        ["Eleni", "Katerina", "Despina", "Vasiliki", "Athina", "Sofia"],
        ["Giorgos", "Nikos", "Kostas", "Yannis", "Dimitris", "Stavros"],
        ["Papad", "Georgi", "Konst", "Nikol", "Kar", "Vlach"],
        ["opoulos", "ou", "antinou", "aidis", "akis", "elis"],
        None,
    ),
    "hongaars": (
        ["Zsófia", "Eszter", "Réka", "Katalin", "Ildikó", "Boglárka"],
        ["Bence", "Gábor", "Zoltán", "Levente", "Péter", "Tamás"],
        ["Nagy", "Kov", "Szab", "Horv", "Tót", "Vár"],
        ["ács", "ó", "áth", "h", "adi"],
        None,
    ),
    "ethiopisch": (
        ["Meseret", "Tigist", "Selamawit", "Hiwot", "Bethlehem", "Mekdes"],
        ["Tadesse", "Alemayehu", "Bekele", "Girma", "Abebe", "Yohannes"],
        ["Tade", "Ala", "Bek", "Ger", "Abe", "Wol"],
        ["sse", "mayehu", "ele", "ma", "be", "dehanna"],
        None,
    ),
    "egyptisch": (
        ["Mona", "Dina", "Rania", "Heba", "Yasmine", "Nermeen"],
        ["Karim", "Sherif", "Amr", "Hossam", "Tamer", "Waleed"],
        ["Abdel", "El-Sa", "Mans", "Ham", "Sha", "Farg"],
        ["rahman", "yed", "our", "dy", "fik", "hali"],
        None,
    ),
    "pakistaans": (
        ["Ayesha", "Sana", "Hina", "Rabia", "Saima", "Nadia"],
        ["Imran", "Usman", "Faisal", "Tariq", "Zeeshan", "Waqas"],
        ["Qur", "Chaud", "Bhat", "Mal", "Ra", "Butt"],
        ["eshi", "hry", "ti", "ik", "na", "ar"],
        None,
    ),
    "bosnisch": (
        ["Amra", "Selma", "Lejla", "Emina", "Azra", "Merima"],
        ["Edin", "Haris", "Nermin", "Senad", "Adnan", "Kenan"],
        ["Hadž", "Beg", "Kov", "Delal", "Mujan", "Hasan"],
        ["ić", "ović", "agić", "ija", "bašić"],
        None,
    ),
    "litouws": (
        ["Rūta", "Aistė", "Eglė", "Jurgita", "Laima", "Vaida"],
        ["Mantas", "Tomas", "Darius", "Vytautas", "Rimas", "Linas"],
        ["Kaz", "Jank", "Petr", "Balt", "Žemait", "Rim"],
        ["auskas", "evičius", "aitis", "ienė", "kus"],
        None,
    ),
    "koerdisch": (
        ["Rojda", "Berfin", "Nazdar", "Hêvî", "Dilan", "Zozan"],
        ["Rizgar", "Serhat", "Azad", "Dilshad", "Kawa", "Baran"],
        ["Bar", "Zan", "Sor", "Ami", "Bot", "Cizî"],
        ["zani", "a", "an", "edi", "rî"],
        None,
    ),
    "tamil": (
        ["Tharshika", "Kalaivani", "Nirosha", "Pirunthavi", "Sumathi", "Vathsala"],
        ["Sivakumar", "Thiruchelvam", "Kajan", "Nirmalan", "Prashanth", "Ramesh"],
        ["Sival", "Thiru", "Ratna", "Kana", "Bala", "Yoga"],
        ["ingam", "chelvam", "nathan", "kumar", "rajah"],
        None,
    ),
}

# known names: (ordinary word, surname as in the name, particle, ordinary-use clause with {w})
KNOWN = [
    ("groen", "Groen", None, "de petitie vraagt om meer groen op het plein"),
    ("bos", "Bos", None, "het bos achter de sporthal moet blijven"),
    ("beek", "Beek", "van", "langs de beek komt volgens het plan een fietspad"),
    ("hoek", "Hoek", "van den", "op de hoek bij het buurthuis staat geen zebrapad"),
    ("post", "Post", None, "de eerste handtekeningen kwamen per post binnen"),
    ("storm", "Storm", None, "sinds de storm van februari ligt het hek nog steeds plat"),
    ("winter", "Winter", None, "in de winter is het pad onverlicht"),
    ("zomer", "Zomer", None, "elke zomer is er overlast van brommers"),
    ("visser", "Visser", None, "geen visser kan nog bij de steiger komen"),
    ("bakker", "Bakker", None, "de bakker in het winkelcentrum legde de lijst op de toonbank"),
    ("boer", "Boer", "de", "de boer aan de rand van de wijk verliest zijn weiland"),
    ("koster", "Koster", None, "ook de koster van de dorpskerk tekende"),
    ("schipper", "Schipper", None, "een schipper van de rondvaartboot meldde de drempel"),
    ("haven", "Haven", "van der", "rond de haven is geen plek meer voor fietsen"),
    ("brug", "Brug", "van der", "de brug over het kanaal is al maanden dicht"),
    ("molen", "Molen", "van der", "het zicht op de molen verdwijnt door de nieuwbouw"),
    ("berg", "Berg", "van den", "er ligt al weken een berg afval naast de container"),
    ("dijk", "Dijk", "van", "de bewoners willen dat de dijk toegankelijk blijft"),
    ("sluis", "Sluis", "van der", "bij de sluis staan de auto's dubbel geparkeerd"),
    ("kok", "Kok", None, "de kok van het buurthuis kookte voor de inzamelaars"),
    ("vos", "Vos", None, "er is zelfs een vos gezien in het wijkpark"),
    ("wolf", "Wolf", None, "de schapen in de wei zijn bang voor de wolf"),
    ("vink", "Vink", None, "in de heg nestelt nog een vink"),
    ("jong", "Jong", "de", "jong en oud zetten hun handtekening"),
    ("wit", "Wit", "de", "het hek moet volgens het plan wit geschilderd worden"),
    ("smid", "Smid", None, "de smid van de oude werkplaats moet verhuizen"),
    ("timmerman", "Timmerman", None, "een timmerman uit de straat bood aan de bankjes te maken"),
    ("kramer", "Kramer", None, "iedere kramer op de weekmarkt kreeg een folder"),
    ("brouwer", "Brouwer", None, "de brouwer van het stadsbier sponsort de actie"),
    ("molenaar", "Molenaar", None, "de molenaar laat de wieken op zaterdag draaien"),
    ("kuiper", "Kuiper", None, "in het museum werkt nog een kuiper die vaten maakt"),
    ("zee", "Zee", "van der", "vanaf het duin zie je de zee niet meer"),
    ("heuvel", "Heuvel", "van den", "de heuvel in het park wordt afgegraven"),
    ("akker", "Akker", "van den", "op de akker naast de school komen woningen"),
    ("linden", "Linden", "van der", "de linden op het plein worden gekapt"),
    ("wijk", "Wijk", "van", "de wijk heeft geen eigen ontmoetingsplek meer"),
    ("haan", "Haan", "de", "de haan van de kinderboerderij kraait om vijf uur"),
    ("zwaan", "Zwaan", None, "een zwaan broedt naast het nieuwe fietspad"),
    ("valk", "Valk", None, "op de kerktoren broedt een valk"),
    ("boom", "Boom", None, "voor elke gekapte boom moet een nieuwe komen"),
    ("steen", "Steen", "van der", "de eerste steen van het buurthuis werd in 1962 gelegd"),
    ("veld", "Veld", "van 't", "het veld achter de flat is de enige speelplek"),
]
KNOWN_FIRSTS = [
    "Marloes",
    "Jeroen",
    "Anke",
    "Sander",
    "Nynke",
    "Pim",
    "Roel",
    "Hester",
    "Lotte",
    "Bas",
    "Ineke",
    "Frank",
    "Willemijn",
    "Koen",
    "Ria",
    "Teun",
]

STREET_A = [
    "Linden",
    "Eiken",
    "Berken",
    "Populieren",
    "Merel",
    "Lijster",
    "Zwaluw",
    "Vlas",
    "Hennep",
    "Klaver",
    "Akelei",
    "Goudsbloem",
    "Hyacint",
    "Sterrenkroos",
    "Kruidenier",
    "Zadelmaker",
    "Lakenweef",
    "Touwslager",
    "Rietdekker",
    "Wever",
    "Kievit",
    "Wilgen",
    "Esdoorn",
    "Meidoorn",
    "Korenbloem",
    "Pottenbakker",
    "Mandenmaker",
    "Zilversmid",
    "Boekdrukker",
    "Leeuwerik",
]
STREET_B = [
    "laan",
    "straat",
    "hof",
    "singel",
    "plein",
    "kade",
    "erf",
    "dreef",
    "pad",
    "weg",
    "gracht",
    "plantsoen",
    "veld",
    "hage",
]
SUFFIXES = ["", "", "", "", "a", "A", "-2", "-bis", " hs", "-III", " zw", "b", "-1", " bov"]
PLACES = [
    "Zwolle",
    "Deventer",
    "Amersfoort",
    "Leeuwarden",
    "Tilburg",
    "Zaandam",
    "Schiedam",
    "Almere",
    "Apeldoorn",
    "Hengelo",
    "Dordrecht",
    "Helmond",
    "Emmen",
    "Lelystad",
    "Gouda",
    "Purmerend",
    "Vlaardingen",
    "Nijmegen",
    "Haarlem",
    "Alkmaar",
    "Assen",
    "Venlo",
    "Middelburg",
    "Hoorn",
]
MAILHOSTS = [
    "ziggo.nl",
    "kpnmail.nl",
    "hotmail.com",
    "gmail.com",
    "outlook.com",
    "xs4all.nl",
    "planet.nl",
    "icloud.com",
    "live.nl",
    "proton.me",
]
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
MON3 = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, first, particle, last, origin, female):
        self.first, self.particle, self.last, self.origin, self.female = first, particle, last, origin, female

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.particle, self.last) if x)

    @property
    def sur(self):  # surname as used after a title: "Van den Berg"
        if self.particle:
            return self.particle[0].upper() + self.particle[1:] + " " + self.last
        return self.last

    @property
    def sur_low(self):  # "van den Berg" (after initials)
        return (self.particle + " " if self.particle else "") + self.last

    def initials(self, r):
        ini = self.first[0] + "."
        if r.random() < 0.5:
            ini += r.choice("ACEHJMPW") + "."
        return ini

    def title(self, r, formal=True):
        if self.female:
            return r.choice(["mevrouw", "mevr.", "mw."] if formal else ["mevrouw", "mw."])
        return r.choice(["de heer", "dhr.", "meneer"] if formal else ["de heer", "dhr."])


def make_person(r, origin=None, last=None, particle="keep"):
    origin = origin or r.choice(list(ORIGINS))
    fem, mal, pre, suf, parts = ORIGINS[origin]
    female = r.random() < 0.5
    first = r.choice(fem if female else mal)
    if last is None:
        last = r.choice(pre) + r.choice(suf)
        if last.endswith(" ") or last[-1] == "-":
            last = last + r.choice(suf)
        # capitalise the part after a space ("Ait Mrabet", "El Ghazi")
        if " " in last:
            a, b = last.split(" ", 1)
            last = a + " " + b[0].upper() + b[1:]
        if "-" in last:
            a, b = last.split("-", 1)
            last = a + "-" + b[0].upper() + b[1:]
    p = None
    if particle != "keep":
        p = particle
    elif parts:
        p = r.choice(parts)
    return Person(first, p, last, origin, female)


def relative(r, p):
    """A family member sharing the family name."""
    fem, mal, *_ = ORIGINS[p.origin]
    female = r.random() < 0.5
    first = r.choice([f for f in (fem if female else mal) if f != p.first])
    return Person(first, p.particle, p.last, p.origin, female)


def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    s = "".join(c for c in s if c.isdigit())
    if len(s) != 9:
        return False
    d = list(map(int, s))
    return (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(r, spaced=True):
    bank = r.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    chk = 98 - _iban_num(bank + acct + "NL00") % 97
    s = f"NL{chk:02d}{bank}{acct}"
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if spaced else s


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    return len(s) == 18 and _iban_num(s[4:] + s[:4]) % 97 == 1


def postcode(r, style=0):
    n = r.randint(1011, 9999)
    while True:
        a = r.choice("ABCEGHJKLMNPRTVWXZ") + r.choice("ABCEGHJKLMNPRTVWXZ")
        if a not in ("SA", "SD", "SS"):
            break
    return [f"{n} {a}", f"{n}{a}", f"{n} {a.lower()}"][style]


def phone(r):
    m = "".join(str(r.randint(0, 9)) for _ in range(8))
    k = r.randrange(6)
    if k == 0:
        return f"06-{m}"
    if k == 1:
        return f"06 {m[:4]} {m[4:]}"
    if k == 2:
        return f"+31 6 {m[:2]} {m[2:5]} {m[5:]}"
    if k == 3:
        return f"0031 6 {m}"
    if k == 4:
        return f"({r.choice(['038', '0570', '033', '058'])}) {m[:3]} {m[3:5]} {m[5:7]}"
    return f"06{m}"


def plate(r):
    L = "BDFGHJKLNPRSTVXZ"
    a = lambda n: "".join(r.choice(L) for _ in range(n))
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    return r.choice(
        [
            f"{a(2)}-{d(3)}-{a(1)}",
            f"{d(1)}-{a(3)}-{d(2)}",
            f"{a(1)}-{d(3)}-{a(2)}",
            f"{d(2)}-{a(3)}-{d(1)}",
            f"{a(3)}-{d(2)}-{a(1)}",
        ]
    )


def case_number(r):
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    return r.choice(
        [
            f"PET-2026-{d(4)}",
            f"Z/26/{d(6)}",
            f"BI.2026.{d(4)}",
            f"RtC-26-{d(3)}",
            f"INS/2026/{d(4)}",
            f"GR26.{d(5)}",
            f"D-26-{d(5)}",
            f"REF{d(2)}/{d(4)}",
            f"2026-PT-{d(5)}",
            f"W{d(3)}.26.{d(3)}",
        ]
    )


def dob(r):
    y, m, dd = r.randint(1938, 2006), r.randint(1, 12), r.randint(1, 28)
    k = r.randrange(9)
    return [
        f"{dd:02d}-{m:02d}-{y}",
        f"{dd}-{m}-{y}",
        f"{dd:02d}.{m:02d}.{y}",
        f"{dd} {MONTHS[m - 1]} {y}",
        f"{dd} {MON3[m - 1]} {y}",
        f"{y}-{m:02d}-{dd:02d}",
        f"{dd:02d}/{m:02d}/{y}",
        f"{dd} {MONTHS[m - 1]} '{str(y)[2:]}",
        f"{dd:02d}-{m:02d}-'{str(y)[2:]}",
    ][k]


def street(r):
    return r.choice(STREET_A) + r.choice(STREET_B)


def housenr(r):
    return str(r.randint(1, 240)) + r.choice(SUFFIXES)


def email_for(r, p):
    f, l = ascii_fold(p.first).lower().replace(" ", ""), ascii_fold(p.last).lower().replace(" ", "")
    part = (p.particle or "").replace(" ", "").replace("'", "")
    local = r.choice(
        [f"{f}.{l}", f"{f[0]}{part}{l}", f"{f}{r.randint(60, 99)}", f"{l}.{f[0]}", f"{f}_{part}{l}", f"fam.{l}"]
    )
    return f"{local}@{r.choice(MAILHOSTS)}"


def typo(r, word):
    if len(word) < 4:
        return word + word[-1]
    i = r.randrange(1, len(word) - 2)
    k = r.randrange(3)
    if k == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if k == 1:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]
