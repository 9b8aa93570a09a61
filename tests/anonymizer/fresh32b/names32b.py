"""Name, address and number parts for make_fresh32b.py (helper A2, round twenty-six; written blind)."""

from __future__ import annotations

import unicodedata

# origin group: (female first names, male first names, surname heads, surname tails, particles or None)
# A surname is head + tail; a tail of "" keeps the head as it is.
GROUPS = {
    "Dutch": (
        ["Sanne", "Femke", "Ilse", "Maaike", "Lotte", "Wietske", "Marjolein"],
        ["Gerrit", "Joost", "Bram", "Wouter", "Teun", "Reinier", "Hidde"],
        ["Ver", "Hoog", "Lange", "Brink", "Zand", "Kroon", "Elsen", "Beuk", "Wiel"],
        ["meulen", "hoven", "kamp", "beek", "horst", "veld", "kes", "ink"],
        None,
    ),
    "Dutch-particle": (
        ["Anouk", "Mirjam", "Esmee", "Hester", "Jolien"],
        ["Daan", "Gijs", "Maarten", "Rutger", "Sjors"],
        ["Brink", "Haver", "Wilg", "Esch", "Linth", "Kolk", "Eyk", "Hulst"],
        ["hof", "kamp", "horst", "ven", "bergh", "stee", ""],
        ["van", "van der", "van den", "de", "ter", "van 't", "in 't", "op den", "van de", "ten"],
    ),
    "Frisian": (
        ["Sjoukje", "Wypkje", "Baukje", "Gerbrich", "Tsjitske"],
        ["Sjoerd", "Hylke", "Wybren", "Auke", "Tsjalling"],
        ["Hoek", "Wier", "Bouw", "Rinz", "Sikk", "Haitj", "Jell", "Dijkst"],
        ["stra", "sma", "ma", "inga", "enga", "er"],
        None,
    ),
    "Limburg": (
        ["Mieke", "Truus", "Joke"],
        ["Sjef", "Jup", "Har", "Frens"],
        ["Ruij", "Bonn", "Ment", "Schrijn", "Heuts"],
        ["ters", "ens", "jes", "makers"],
        None,
    ),
    "Moroccan": (
        ["Fatima", "Khadija", "Naima", "Siham", "Ikram", "Loubna"],
        ["Youssef", "Mohamed", "Bilal", "Hamza", "Ayoub", "Tarik"],
        ["El Amr", "Bouz", "Azzou", "Ouald", "Ait Tal", "Benha", "Zaro"],
        ["ani", "idi", "zi", "ouch", "ach", "ddou"],
        None,
    ),
    "Turkish": (
        ["Elif", "Zeynep", "Büşra", "Merve", "Songül"],
        ["Mehmet", "Emre", "Serkan", "Oğuz", "Burak"],
        ["Kara", "Yıl", "Öz", "Demir", "Çel", "Kay", "Gül", "Tun"],
        ["taş", "oğlu", "dağ", "soy", "kan", "türk", "er"],
        None,
    ),
    "Kurdish": (
        ["Rojda", "Berivan", "Nazdar"],
        ["Rêber", "Dilan", "Serhat"],
        ["Zana", "Bote", "Ere", "Hev"],
        ["yî", "ri", "ni", "ali"],
        None,
    ),
    "Surinamese-Hindustani": (
        ["Anjali", "Sunita", "Priya", "Kiran"],
        ["Rajesh", "Vikash", "Anand", "Soerin"],
        ["Ramdh", "Bisoe", "Jagr", "Mahab", "Sew", "Ganga"],
        ["anie", "ndat", "oep", "ier", "dien"],
        None,
    ),
    "Surinamese-Creole": (
        ["Jennifer", "Glenda", "Marlies", "Ruth"],
        ["Iwan", "Ruben", "Clifton", "Delano"],
        ["Pinas", "Wijngaar", "Kross", "Lie", "Sedney", "Amat", "Zaal"],
        ["", "de", "man", "berg", "ie"],
        None,
    ),
    "Surinamese-Javanese": (
        ["Sri", "Wati", "Nurhayati"],
        ["Soekardi", "Tarmidi", "Pawiro"],
        ["Karso", "Sarmo", "Kromo", "Sastro"],
        ["dikromo", "wirjo", "redjo", "sentono"],
        None,
    ),
    "Antillean": (
        ["Shurandy", "Jusmary", "Giselle", "Maritza"],
        ["Jurensley", "Dwayne", "Rignaldo", "Curtley"],
        ["Martin", "Rosa", "Isen", "Fran", "Mer"],
        ["a", "ia", "ita", "cisca", "cera"],
        None,
    ),
    "Polish": (
        ["Agnieszka", "Małgorzata", "Katarzyna", "Zofia"],
        ["Paweł", "Tomasz", "Krzysztof", "Marek"],
        ["Kowal", "Wiśniew", "Zielin", "Grabow", "Sobcz", "Dąbrow", "Pawł", "Kaczm"],
        ["ski", "ska", "czyk", "iak", "ewicz", "arek"],
        None,
    ),
    "Syrian": (
        ["Rasha", "Lina", "Rama", "Hiba"],
        ["Ahmad", "Mahmoud", "Omar", "Khaled"],
        ["Al-Hal", "Haddad", "Shami", "Kassab", "Darw"],
        ["abi", "", "i", "ish"],
        None,
    ),
    "Eritrean": (
        ["Senait", "Helen", "Mebrat", "Almaz"],
        ["Yonas", "Tesfay", "Habtom", "Dawit"],
        ["Tekle", "Ghebre", "Woldu", "Kidane"],
        ["mariam", "haimanot", "giorgis", "selassie", ""],
        None,
    ),
    "Somali": (
        ["Hodan", "Ayaan", "Fadumo", "Sahra"],
        ["Abdirahman", "Mahad", "Liban", "Abdi"],
        ["Warsame", "Farah", "Jama", "Guled", "Cabdi"],
        ["", "le", "dhere"],
        None,
    ),
    "Chinese": (
        ["Xiaoling", "Meiying", "Yuqing", "Huimin"],
        ["Weijie", "Zhiqiang", "Jianhua", "Haoran"],
        ["Zhou", "Lin", "Chen", "Xu", "Huang", "Tang"],
        [""],
        None,
    ),
    "Vietnamese": (
        ["Thi Hoa", "Lan Anh", "Thu Trang"],
        ["Van Minh", "Quoc Bao", "Duc Anh"],
        ["Nguy", "Tr", "Ph", "Ho"],
        ["en", "an", "am", "ang"],
        None,
    ),
    "Indonesian": (
        ["Dewi", "Ratna", "Wulan", "Indah"],
        ["Budi", "Agus", "Hendra", "Wahyu"],
        ["Sugi", "Hadi", "Wira", "Setia", "Santo"],
        ["arto", "wijaya", "atmadja", "nugroho"],
        None,
    ),
    "Moluccan": (
        ["Yolanda", "Ria", "Natasja"],
        ["Johnny", "Ronald", "Rudi"],
        ["Lat", "Manu", "Pattin", "Wat", "Tuhu"],
        ["uperisa", "sama", "ama", "timena", "lepu"],
        None,
    ),
    "Ghanaian": (
        ["Akosua", "Abena", "Efua", "Adwoa"],
        ["Kwame", "Kofi", "Yaw", "Kwabena"],
        ["Asa", "Owu", "Bo", "Ofo", "Mensa"],
        ["nte", "su", "ateng", "ri", "h-Bonsu"],
        None,
    ),
    "Nigerian": (
        ["Chiamaka", "Ngozi", "Funmilayo"],
        ["Chinedu", "Oluwaseun", "Emeka"],
        ["Okon", "Adeb", "Nwa", "Ogun"],
        ["kwo", "ayo", "chukwu", "leye"],
        None,
    ),
    "Cape Verdean": (
        ["Djeniffer", "Lurdes", "Ivone"],
        ["Nelson", "Adilson", "Edmilson"],
        ["Tavar", "Semed", "Mon", "Fortes"],
        ["es", "o", "teiro", ""],
        None,
    ),
    "Iranian": (
        ["Shirin", "Parisa", "Maryam"],
        ["Dariush", "Kaveh", "Farhad"],
        ["Moham", "Tehr", "Rahim", "Kaz"],
        ["madi", "ani", "zadeh", "emi"],
        None,
    ),
    "Afghan": (
        ["Zarghuna", "Mariam", "Fereshta"],
        ["Ahmad Shah", "Najib", "Wahid"],
        ["Popal", "Sulta", "Noor", "Hakimi"],
        ["zai", "ni", "i", ""],
        None,
    ),
    "Iraqi": (
        ["Zainab", "Noor", "Huda"],
        ["Haider", "Mustafa", "Ali"],
        ["Al-Jub", "Al-Sa", "Kadh", "Musaw"],
        ["ouri", "adi", "im", "i"],
        None,
    ),
    "Bulgarian": (
        ["Desislava", "Radostina", "Milena"],
        ["Stoyan", "Nikolay", "Plamen"],
        ["Petr", "Dimit", "Georgi", "Ivan"],
        ["ova", "ov", "eva", "ev"],
        None,
    ),
    "Romanian": (
        ["Ioana", "Andreea", "Mihaela"],
        ["Bogdan", "Ionuț", "Răzvan"],
        ["Popes", "Munt", "Stoi", "Radul"],
        ["cu", "eanu", "ca", "escu"],
        None,
    ),
    "Portuguese": (
        ["Inês", "Joana", "Beatriz"],
        ["João", "Rui", "Tiago"],
        ["Ferr", "Carv", "Rib", "Sous"],
        ["eira", "alho", "eiro", "a"],
        None,
    ),
    "Italian": (
        ["Chiara", "Giulia", "Francesca"],
        ["Matteo", "Lorenzo", "Davide"],
        ["Esposi", "Bianc", "Romag", "Ferra"],
        ["to", "hi", "noli", "ri"],
        None,
    ),
    "German": (
        ["Ute", "Heike", "Brigitte"],
        ["Jürgen", "Uwe", "Dieter"],
        ["Schwarz", "Kessel", "Hof", "Lindner"],
        ["kopf", "ring", "mann", ""],
        None,
    ),
    "Flemish": (
        ["Griet", "Lieve", "Katrien"],
        ["Wim", "Jef", "Koenraad"],
        ["Vandeper", "Declerc", "Goos", "Verstrae"],
        ["re", "q", "sens", "ten"],
        None,
    ),
    "British": (
        ["Siobhan", "Harriet", "Gemma"],
        ["Callum", "Rhys", "Alistair"],
        ["Whit", "Ash", "Pember", "Hollings"],
        ["more", "worth", "ton", "ley"],
        None,
    ),
    "Indian": (
        ["Lakshmi", "Divya", "Ananya"],
        ["Arjun", "Karthik", "Venkatesh"],
        ["Raghu", "Subra", "Krishna", "Iyeng"],
        ["nathan", "maniam", "murthy", "ar"],
        None,
    ),
    "Ukrainian": (
        ["Oksana", "Olena", "Iryna"],
        ["Bohdan", "Taras", "Mykola"],
        ["Shevch", "Kovalen", "Bondar", "Tkach"],
        ["enko", "ko", "chuk", "uk"],
        None,
    ),
    "Ethiopian": (
        ["Tigist", "Meseret", "Bethlehem"],
        ["Abebe", "Getachew", "Solomon"],
        ["Alem", "Tadesse", "Bekele", "Haile"],
        ["u", "", "ayehu"],
        None,
    ),
    "Filipino": (
        ["Maricel", "Rowena", "Jocelyn"],
        ["Renato", "Jomar", "Arnel"],
        ["Dela Cruz", "Bautis", "Manal", "Villanu"],
        ["", "ta", "o", "eva"],
        None,
    ),
}

# Dutch words that are also surnames or first names (known-name documents): (word, part, sentence with the ordinary use)
KNOWN_WORDS = [
    ("Zanger", "last", "de zanger van de coverband zong tot na middernacht"),
    ("Koster", "last", "de koster van de Grote Kerk opende de toren voor bezoekers"),
    ("Brouwer", "last", "een brouwer uit de regio schenkt er speciaalbier"),
    ("Koopman", "last", "elke koopman op de markt betaalt hetzelfde marktgeld"),
    ("Slager", "last", "de slager in de hoek van het plein verkoopt ook worst"),
    ("Visser", "last", "de kraam van de visser staat vlak bij de fontein"),
    ("Haring", "last", "de kraam verkoopt verse haring en kibbeling"),
    ("Timmerman", "last", "een timmerman bouwde het houten podium"),
    ("Tamboer", "last", "de tamboer van de drumband liep voorop"),
    ("Speelman", "last", "een speelman met accordeon trok langs de kramen"),
    ("Hoorn", "last", "de hoorn van de harmonie klonk tot in de zijstraat"),
    ("Fluit", "last", "een fluit van de scheidsrechter gaf het startsein"),
    ("Molenaar", "last", "de molenaar liet de wieken draaien tijdens de open dag"),
    ("Storm", "last", "door de storm van zaterdag moest de tent worden gestreken"),
    ("Winter", "last", "in de winter staat er een ijsbaan op het plein"),
    ("Vos", "last", "volgens de beheerder graaft een vos gaten onder het hek"),
    ("Kok", "last", "de kok van de foodtruck kookt op gas"),
    ("Schipper", "last", "de schipper van de rondvaartboot meert aan bij de kade"),
    ("Klok", "last", "de klok van de kerktoren slaat elk kwartier"),
    ("Smid", "last", "de smid op de ambachtsmarkt werkt met open vuur"),
    ("Herder", "last", "een herder met schapen loopt mee in de optocht"),
    ("Appel", "last", "bij de kraam krijgt elk kind een appel"),
    ("Pauw", "last", "in de stadstuin loopt een pauw rond"),
    ("Roos", "first", "op elke tafel staat een roos van de bloemenkraam"),
    ("Merel", "first", "vanaf vier uur zingt een merel in de lindeboom"),
    ("Mees", "first", "in het nestkastje bij de ingang broedt een mees"),
    ("Linde", "first", "de oude linde op het plein mag niet worden beschadigd"),
    ("Iris", "first", "in de border bloeit een blauwe iris naast het bankje"),
]

STREETS = [
    "Lindenhofstraat",
    "Korte Havenstraat",
    "Wilgenweg",
    "Pastoor van Arsplein",
    "Ketelboetersgang",
    "Spoorsingel",
    "Bongerdlaan",
    "Zwanenwater",
    "Meidoornhof",
    "Oude Raamstraat",
    "Prinses Margrietlaan",
    "Klaproosstraat",
    "Veerpad",
    "Achter de Muur",
    "Ganzenmarkt",
    "Tichelwerk",
    "Slotermeerlaan",
    "Ruysdaelkade",
    "Boterdiep",
    "Pelmolenweg",
    "Kraaiennest",
    "Turfsingel",
    "Hooiberglaan",
    "Esdoornplantsoen",
    "Schoolmeesterpad",
    "Vondellaan",
    "Distelvlinderstraat",
    "Tolhuisweg",
    "Paardenwei",
]
PLACES = [
    "Deventer",
    "Amersfoort",
    "Leeuwarden",
    "Tilburg",
    "Dordrecht",
    "Almere",
    "Zaandam",
    "Heerlen",
    "Apeldoorn",
    "Schiedam",
    "Helmond",
    "Venlo",
    "Assen",
    "Gouda",
    "Delft",
    "Emmen",
    "Roosendaal",
    "Alkmaar",
]
DOMAINS = [
    "ziggo.nl",
    "kpnmail.nl",
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "xs4all.nl",
    "planet.nl",
    "live.nl",
    "icloud.com",
    "proton.me",
]
FESTIVALS = [
    "Kadefestival",
    "Lichtjesavond",
    "Polderpop",
    "Zomerparade",
    "Klinkerkermis",
    "Havendagen",
    "Bloesemloop",
    "Singelsounds",
    "Pleinpicknick",
    "Oogstmarkt",
    "Winterwonderweek",
    "Dijkduathlon",
    "Brassbandparade",
    "Straatrumoer",
    "Wijkfeest Noordkwartier",
]
VENUES = [
    "wijkcentrum De Schakel",
    "buurthuis Het Anker",
    "Theater De Vest",
    "Bibliotheek Oost",
    "muziekschool Cantabile",
    "wijkcentrum De Kroon",
    "buurthuis De Paraplu",
    "poppodium De Gieterij",
    "Cultuurhuis Pakhuis",
    "Schouwburg Noord",
    "wijkcentrum Het Trefpunt",
]
ASSOCIATIONS = [
    "Stichting Buurtfeest Lindenhof",
    "Harmonie Sint-Caecilia",
    "Fanfare Eendracht",
    "Toneelvereniging Het Masker",
    "Stichting Kunst op Straat",
    "Volkstuinvereniging De Eerste Spa",
    "Oranjevereniging Noordkwartier",
    "Popkoor Stemband",
    "Schutterij Sint-Joris",
    "Stichting Jeugdcircus Hoepla",
    "Atletiekclub Snelvoet",
    "Vereniging Straatmuzikanten",
]
BANDS = [
    "The Dijkrockers",
    "Drumband Overwinning",
    "Koperkwintet Blik",
    "Coverband Nachtwerk",
    "Dweilorkest Toeter",
    "Salsaband Calor",
]


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def bsn(r) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


BANKS = ["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]


def iban(r) -> str:
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    check = 98 - int(num) % 97
    return f"NL{check:02d}{bank}{acct}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not s.startswith("NL") or len(s) != 18:
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


# public event sites (where a party, market or race is held); not anyone's address
EVENT_SITES = [
    "Grote Markt",
    "Havenkade",
    "Burgwal",
    "Nieuwe Markt",
    "Boulevard",
    "Kaaipoort",
    "Veemarkt",
    "Lange Gracht",
    "Oude Haven",
    "Parkweide",
    "Stadswal",
]
