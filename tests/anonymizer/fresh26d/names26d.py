"""Name, street and number material for fresh26d (origin-typical parts, composed so most names are on no list)."""

from __future__ import annotations

import unicodedata

# origin: (first names, surname prefixes, surname suffixes, particles or None, joiner)
ORIGINS = {
    "nederlands": (
        ["Joost", "Wouter", "Marloes", "Femke", "Teun", "Janneke", "Rutger", "Wendelien", "Gert-Jan", "Mirthe"],
        ["Ver", "Hoog", "Bree", "Wes", "Olde", "Stolk", "Ravel", "Mee", "Klomp", "Bruggink"],
        ["hoeven", "kamp", "veld", "link", "dijk", "horst", "broek", "ink", "huis", "schot"],
        None,
    ),
    "nederlands-tussenvoegsel": (
        ["Anneloes", "Hidde", "Margriet", "Sander", "Tineke", "Floor", "Jochem", "Willemijn"],
        ["Wijn", "Zand", "Leest", "Hulst", "Brak", "Els", "Ravens", "Kruis", "Eik", "Ooster"],
        ["gaard", "en", "hout", "sloot", "berge", "wetering", "bergen", "kamp", "hoff", "laar"],
        ["van", "van de", "van der", "de", "ter", "van den", "in 't", "ten", "op de", "van 't"],
    ),
    "fries": (
        ["Sjoukje", "Hylke", "Wiebe", "Tsjerk", "Baukje", "Jildou", "Sietse", "Gerben", "Tsjitske", "Durk"],
        ["Sybr", "Wyt", "Haitj", "Rinsm", "Tjall", "Bouw", "Hoekst", "Jelsm", "Fokk", "Dijkh"],
        ["andsma", "ema", "inga", "stra", "enga", "sma", "ama", "uis"],
        None,
    ),
    "limburgs": (
        ["Sjef", "Harie", "Mia", "Jozef", "Truus", "Sjra", "Bèr", "Leny"],
        ["Vleu", "Crom", "Pel", "Snie", "Hen", "Wou", "Lem", "Goe"],
        ["gels", "bach", "ters", "kers", "dries", "mans", "mers"],
        None,
    ),
    "vlaams": (
        ["Wannes", "Lieselot", "Jozefien", "Stijn", "Bert", "Ilke", "Jelle"],
        ["Ver", "Vande", "De", "Van"],
        ["haegen", "straeten", "meulen", "cauwenberghe", "velde", "putte", "casteele"],
        None,
    ),
    "duits": (
        ["Jürgen", "Anke", "Uwe", "Sabine", "Heike", "Torsten"],
        ["Schwar", "Hüb", "Krau", "Bren", "Leh", "Wink", "Roth"],
        ["mann", "ner", "ecke", "hofer", "stein", "berger"],
        None,
    ),
    "marokkaans": (
        ["Yassine", "Bilal", "Anouar", "Soufiane", "Nadia", "Samira", "Ikram", "Houda", "Loubna", "Zineb", "Redouan"],
        ["El Hamd", "El Ouaz", "Ben Amr", "Ait Idr", "El Farh", "Ben Ghaz", "Bakk", "Ait Bouz"],
        ["aoui", "ani", "ouchi", "iti", "ali", "issi"],
        None,
    ),
    "riffijns": (
        ["Mimoun", "Tarik", "Fadma", "Thiziri", "Massin", "Yamina", "Ilias"],
        ["Aza", "Bou", "Amgh", "Tah", "Ouali", "Azir"],
        ["ouagh", "hamou", "rouch", "djoun", "dach", "ar"],
        None,
    ),
    "turks": (
        ["Emre", "Burak", "Oğuz", "Elif", "Zeynep", "Büşra", "Gülay", "Hatice", "Mert", "Serkan"],
        ["Yıl", "Kara", "Ak", "Demir", "Öz", "Kay", "Çel", "Topr", "Er", "Gün"],
        ["dız", "taş", "soy", "oğlu", "can", "kaya", "men", "doğan", "türk"],
        None,
    ),
    "koerdisch": (
        ["Rojhat", "Berfin", "Şiyar", "Zozan", "Dilan", "Baran", "Rojda"],
        ["Bar", "Ze", "Rog", "Ara", "Cud", "Hev"],
        ["zani", "bari", "kan", "dağ", "ger"],
        None,
    ),
    "hindostaans": (
        ["Ravi", "Sunita", "Anjali", "Rakesh", "Shantie", "Devika", "Vishnu", "Soerish"],
        ["Ram", "Jag", "Bal", "Mohan", "Kal", "Chit", "Gir", "Bhai"],
        ["dhanie", "roep", "sing", "bali", "kisoen", "lal", "jawan"],
        None,
    ),
    "creools": (
        ["Marcia", "Glenn", "Sharon", "Clyde", "Jerrel", "Romana", "Ruud", "Xaviera"],
        ["Sab", "Pin", "Doel", "Lin", "Mont", "Kan", "Bie", "Wij"],
        ["ajo", "as", "wijt", "ger", "ezuma", "tan", "kepot", "ngaarde"],
        None,
    ),
    "javaans": (
        ["Sutinah", "Wagino", "Paimin", "Sriyati", "Kartini", "Djoko", "Soeparti"],
        ["Kar", "Sar", "Sem", "Kro", "Sas", "Pawi"],
        ["todirdjo", "ijo", "mo", "wirjo", "pawiro", "min"],
        None,
    ),
    "antilliaans": (
        ["Jurich", "Shurandy", "Gerianne", "Ruthsel", "Dayenne", "Quincy", "Jeandra"],
        ["Mar", "Rosa", "Cove", "Brion", "Fran", "Isen", "Mart"],
        ["tina", "lia", "ris", "cisca", "ia", "hoek"],
        None,
    ),
    "kaapverdisch": (
        ["Djamila", "Nilton", "Ivanilda", "Adilson", "Nelida"],
        ["Tav", "Fort", "Sem", "Mont", "Var"],
        ["ares", "edo", "eiro", "es", "ela"],
        None,
    ),
    "pools": (
        ["Agnieszka", "Tomasz", "Katarzyna", "Paweł", "Małgorzata", "Grzegorz", "Wojtek", "Joanna"],
        ["Kowal", "Wiśniew", "Lewan", "Zieliń", "Kamiń", "Wójc", "Sobcz", "Mazur"],
        ["ski", "ska", "czyk", "ak", "ewicz"],
        None,
    ),
    "roemeens": (
        ["Ionuț", "Andreea", "Mihai", "Florentina", "Bogdan", "Ioana"],
        ["Pop", "Dumitr", "Stoi", "Radul", "Constant", "Ungur"],
        ["escu", "ache", "eanu", "ica"],
        None,
    ),
    "bulgaars": (
        ["Desislava", "Stoyan", "Petya", "Radoslav", "Tsvetelina"],
        ["Ivan", "Petr", "Dimitr", "Stoy", "Georgi", "Kras"],
        ["ova", "ov", "eva", "ev"],
        None,
    ),
    "oekraiens": (
        ["Oksana", "Taras", "Iryna", "Bohdan", "Mykola", "Olena"],
        ["Shev", "Bondar", "Kovalen", "Tkach", "Moroz", "Hrysh"],
        ["chenko", "uk", "ko", "enko", "yuk"],
        None,
    ),
    "hongaars": (
        ["Zsófia", "Bence", "Eszter", "Gábor", "Réka"],
        ["Hor", "Fark", "Bal", "Mészá", "Szil"],
        ["váth", "as", "ogh", "ros", "ágyi"],
        None,
    ),
    "bosnisch": (
        ["Amela", "Edin", "Selma", "Mirza", "Emina", "Adnan"],
        ["Had", "Beg", "Mehm", "Hus", "Del", "Sal"],
        ["žić", "ović", "edović", "ić", "alić"],
        None,
    ),
    "syrisch": (
        ["Rami", "Lina", "Tarek", "Rasha", "Ghaith", "Hiba", "Nour"],
        ["Al-Hal", "Al-Sham", "Khat", "Darw", "Al-Mas", "Haddadj"],
        ["abi", "ib", "ish", "ri", "moud", "i"],
        None,
    ),
    "iraaks": (
        ["Mustafa", "Zainab", "Haider", "Duaa", "Sajjad"],
        ["Al-Jub", "Al-Obe", "Kaz", "Rub", "Al-Sa"],
        ["ouri", "idi", "imi", "aie", "adi"],
        None,
    ),
    "afghaans": (
        ["Farid", "Mariam", "Wahid", "Shabnam", "Khalid", "Freshta"],
        ["Ahma", "Popal", "Sadi", "Nuri", "Haki", "Stanek"],
        ["dzai", "zai", "qi", "stani", "mi"],
        None,
    ),
    "iraans": (
        ["Shirin", "Babak", "Parisa", "Kaveh", "Ladan", "Dariush"],
        ["Ras", "Tehr", "Moh", "Farah", "Kam", "Sade"],
        ["uli", "ani", "seni", "mand", "ghi"],
        None,
    ),
    "eritrees": (
        ["Tesfay", "Senait", "Yonas", "Selam", "Merhawi", "Semhar", "Filmon"],
        ["Tesf", "Ghebre", "Hab", "Wolde", "Kidane", "Tekle"],
        ["amariam", "mikael", "tom", "selassie", "ab", "haimanot"],
        None,
    ),
    "ethiopisch": (
        ["Abebe", "Tigist", "Dawit", "Meseret", "Yohannes"],
        ["Tades", "Beke", "Ale", "Gir", "Ayele", "Wond"],
        ["se", "le", "mu", "ma", "ew", "imu"],
        None,
    ),
    "somalisch": (
        ["Hodan", "Abdirahman", "Faadumo", "Liban", "Ayaan", "Xamse", "Sahra", "Cabdi"],
        ["Warsa", "Mohamu", "Jama", "Guled", "Nuur", "Xirsi", "Cali"],
        ["me", "d", "le", "ow", "ye", "an"],
        None,
    ),
    "chinees": (
        ["Xiaoling", "Mei-Ling", "Zhiwei", "Yiling", "Jiahui", "Wenjun", "Huifang"],
        ["Cheung", "Kwok", "Lau", "Tang", "Zhou", "Liu", "Tjon", "Hsieh"],
        [""],
        None,
    ),
    "vietnamees": (
        ["Thanh", "Huong", "Minh", "Linh", "Quang", "Phuong"],
        ["Tran", "Pham", "Huynh", "Vo", "Dang", "Bui", "Truong"],
        [""],
        None,
    ),
    "indonesisch": (
        ["Wulan", "Bambang", "Dewi", "Agus", "Ratna", "Hendrik", "Soetini"],
        ["Soe", "Wiria", "Hadi", "Sastro", "Poer", "Kusu"],
        ["karno", "atmadja", "wijaya", "dirdjo", "wanto", "ningrat"],
        None,
    ),
    "moluks": (
        ["Marthen", "Elsina", "Semuel", "Rosalina", "Johny", "Sientje"],
        ["Sahu", "Late", "Matu", "Pattiha", "Nanu", "Wattim"],
        ["leka", "uheru", "tihu", "siwa", "ena", "ury"],
        None,
    ),
    "ghanees": (
        ["Kwame", "Akosua", "Kofi", "Yaw", "Efua", "Kwabena", "Abena"],
        ["Owu", "Asa", "Boa", "Mensa", "Adja", "Ose", "Agye"],
        ["su", "nte", "teng", "hene", "wusi", "mang"],
        None,
    ),
    "nigeriaans": (
        ["Chidi", "Ngozi", "Oluwaseun", "Emeka", "Folake", "Tunde"],
        ["Ade", "Oke", "Nwa", "Obi", "Olu", "Eze"],
        ["yemi", "chukwu", "nna", "wale", "ke", "agu"],
        None,
    ),
    "indiaas": (
        ["Priyanka", "Arjun", "Sneha", "Karthik", "Lakshmi"],
        ["Venkat", "Krish", "Raghu", "Subra", "Nara"],
        ["araman", "nan", "nathan", "manian", "yanan"],
        None,
    ),
    "pakistaans": (
        ["Imran", "Sadia", "Usman", "Ayesha", "Faisal"],
        ["Qure", "Chaud", "Mal", "Rash", "Bukh"],
        ["shi", "hry", "ik", "eed", "ari"],
        None,
    ),
    "filipijns": (
        ["Maricel", "Jhun", "Rowena", "Arnel", "Lovely"],
        ["Mag", "Bau", "Sant", "Dimag", "Pan"],
        ["bago", "tista", "os", "iba", "lilio"],
        None,
    ),
    "portugees": (
        ["João", "Thaís", "Rodrigo", "Fernanda", "Luana"],
        ["Carv", "Ribe", "Perei", "Alm", "Figu"],
        ["alho", "iro", "ra", "eida", "eredo"],
        None,
    ),
    "spaans": (
        ["Nerea", "Iñigo", "Lucía", "Javier", "Ainhoa"],
        ["Echev", "Goy", "Arrie", "Zub", "Mend"],
        ["arría", "ena", "ta", "izarreta", "oza"],
        None,
    ),
    "italiaans": (
        ["Giulia", "Matteo", "Chiara", "Lorenzo"],
        ["Bel", "Ross", "Mar", "Fer", "Cap"],
        ["lini", "etti", "ucci", "rante", "ozzi"],
        None,
    ),
    "grieks": (
        ["Eleni", "Giorgos", "Dimitra", "Nikos"],
        ["Papa", "Kon", "Geor", "Alex", "Chr"],
        ["dopoulos", "stantinou", "giou", "akis", "istodoulou"],
        None,
    ),
}

# Known-name words: (surname as a name, particle, the ordinary lower-case word, a fragment using it ordinarily).
KNOWN = [
    ("Visser", "", "visser", "de visser van de haven kreeg die vragenlijst ook"),
    ("Bakker", "", "bakker", "de bakker op de hoek heeft de poster opgehangen"),
    ("Wit", "de", "wit", "de nieuwe bankjes zijn wit en al helemaal beklad"),
    ("Vos", "de", "vos", "er loopt 's nachts een vos door het plantsoen"),
    ("Jong", "de", "jong", "het plein moet er zijn voor jong en oud"),
    ("Brouwer", "", "brouwer", "de brouwer van het buurtcafé doet ook mee"),
    ("Bruin", "de", "bruin", "het water in de vijver is al weken bruin"),
    ("Schipper", "", "schipper", "als schipper ben ik vaak weken van huis"),
    ("Kok", "", "kok", "ik werk als kok in het verzorgingshuis"),
    ("Valk", "", "valk", "er broedt een valk op de kerktoren"),
    ("Haas", "de", "haas", "gisteren zat er nog een haas in de berm"),
    ("Berg", "van den", "berg", "de berg zand ligt er al drie weken"),
    ("Post", "", "post", "de post wordt hier steeds bij de buren bezorgd"),
    ("Winter", "", "winter", "afgelopen winter lag het fietspad vol ijs"),
    ("Veld", "in 't", "veld", "het veld achter de school is een modderbak"),
    ("Beek", "van der", "beek", "de beek stinkt als het warm is"),
    ("Bos", "", "bos", "het bos achter de wijk wordt gekapt"),
    ("Koning", "de", "koning", "je voelt je hier geen koning maar een nummer"),
    ("Bloem", "", "bloem", "er staat geen bloem meer in de plantenbakken"),
    ("Zwart", "", "zwart", "de gevel is zwart van het roet"),
    ("Molenaar", "", "molenaar", "de molenaar geeft zaterdag rondleidingen"),
    ("Wolf", "", "wolf", "er is een wolf gezien bij de hei"),
    ("Klein", "", "klein", "het speeltuintje is echt te klein"),
    ("Kort", "", "kort", "het gesprek was kort maar heel prettig"),
    ("Vink", "", "vink", "ik heb overal een vink gezet behalve bij vraag 9"),
    ("Mees", "", "mees", "er broedt een mees in het kastje bij de ingang"),
    ("Snoek", "", "snoek", "mijn zoon ving een snoek in de singel"),
    ("Timmerman", "", "timmerman", "de timmerman van de corporatie kwam pas na maanden"),
    ("Koster", "", "koster", "de koster van de kerk deed de zaal open"),
    ("Mol", "", "mol", "er zit een mol in het grasveld"),
    ("Spijker", "", "spijker", "er steekt een spijker uit het hek van de speeltuin"),
    ("Steen", "van den", "steen", "er ligt een losse steen in de stoep"),
    ("Poort", "van der", "poort", "de poort achter de flat staat altijd open"),
    ("Brink", "ten", "brink", "op de brink was het te koud voor de markt"),
    ("Vogel", "", "vogel", "een vogel nestelt al weken in de goot"),
    ("Wiel", "van de", "wiel", "het wiel van mijn rolstoel bleef in een gat steken"),
    ("Haring", "", "haring", "de haring op de markt is nog steeds goed"),
    ("Hof", "van 't", "hof", "de hof achter de kerk wordt een parkeerplaats"),
]
KNOWN_FIRST = [
    ("Roos", "roos", "er staat een roos in de plantenbak bij de rotonde"),
    ("Merel", "merel", "er zingt elke ochtend een merel in de tuin"),
]
DUTCH_FIRST = ["Kees", "Anouk", "Joris", "Ilse", "Bart", "Loes", "Gijs", "Hanneke", "Ruud", "Marieke", "Thijs", "Ellen"]

STREET_PRE = [
    "Populieren",
    "Korenbloem",
    "Dahlia",
    "Vlier",
    "Zeemans",
    "Kastanje",
    "Wilgen",
    "Hoefsmid",
    "Lijster",
    "Gerbera",
    "Anjer",
    "Zwaluw",
    "Koper",
    "Orion",
    "Pegasus",
    "Vondel",
    "Bilderdijk",
    "Lorentz",
    "Kamperfoelie",
    "Sleedoorn",
    "Goudsbloem",
    "Pelikaan",
    "Aalscholver",
    "Uiver",
    "Zilverschoon",
]
STREET_SUF = ["laan", "straat", "hof", "weg", "pad", "plein", "kade", "singel", "erf", "dreef", "gaarde", "hage"]

TOWNS = [
    "Zaandam",
    "Deventer",
    "Leeuwarden",
    "Tilburg",
    "Heerlen",
    "Almere",
    "Schiedam",
    "Emmen",
    "Lelystad",
    "Zoetermeer",
    "Apeldoorn",
    "Helmond",
    "Purmerend",
    "Vlaardingen",
    "Sittard",
    "Kampen",
    "Hoorn",
    "Roosendaal",
]
WIJKEN = [
    "Kruidenbuurt",
    "Oosterpark",
    "Vogelwijk",
    "Bomenbuurt",
    "Schildersbuurt",
    "Stationskwartier",
    "Havenkwartier",
    "Molenwijk",
    "Centrum",
    "Dichtersbuurt",
    "Rivierenwijk",
    "Zeeheldenbuurt",
    "Componistenbuurt",
    "Tuindorp",
]
DOMAINS = [
    "ziggo.nl",
    "hotmail.com",
    "gmail.com",
    "kpnmail.nl",
    "xs4all.nl",
    "outlook.com",
    "live.nl",
    "planet.nl",
    "icloud.com",
    "home.nl",
    "yahoo.com",
    "caiway.nl",
]
AREA = [
    "010",
    "020",
    "024",
    "030",
    "040",
    "050",
    "058",
    "070",
    "072",
    "073",
    "076",
    "079",
    "0475",
    "0512",
    "0599",
    "0223",
]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
PLATE_L = "BDFGHJKLNPRSTVXZ"
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
MON3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11 == 0


def make_bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        c = sum((9 - i) * d[i] for i in range(8)) % 11
        if c < 10:
            return "".join(map(str, d + [c]))


def iban_ok(s: str) -> bool:
    s = "".join(s.split()).upper()
    if len(s) != 18 or not s.startswith("NL"):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def make_iban(r) -> str:
    bank = r.choice(BANKS)
    acc = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acc + "NL00")
    return f"NL{98 - int(num) % 97:02d}{bank}{acc}"
