"""Name, address and number material for fresh33e (tenants and their housing association).

Most surnames and many first names are composed from origin-typical parts, so that they are on no common list.
Standard library only.
"""

from __future__ import annotations

import re
import unicodedata

# origin -> (first names, surname heads, surname tails, surname prefix or "")
ORIGINS = {
    "nederlands": (
        ["Gerrit", "Wilma", "Jeroen", "Hendrikje", "Teunis", "Marijke", "Koenraad", "Aaltje", "Reinout", "Dineke"],
        ["Boek", "Ver", "Hove", "Wester", "Klaas", "Mulder", "Holte", "Brinke", "Rozen", "Steen"],
        ["kamp", "hoeven", "berg", "veld", "huizen", "link", "kate", "beek", "dal", "horst"],
        "",
    ),
    "fries": (
        ["Sjoerd", "Tjitske", "Hylke", "Durkje", "Wiebren", "Jildou", "Auke", "Sytske", "Folkert", "Geeske"],
        ["Hoek", "Wij", "Douw", "Hette", "Sieds", "Jelt", "Tjall", "Rin", "Bouw", "Anne"],
        ["stra", "sma", "inga", "ema", "enga", "ster", "ma", "ia"],
        "",
    ),
    "marokkaans": (
        ["Mohamed", "Fatiha", "Youssef", "Khadija", "Nordin", "Samira", "Hamza", "Naima", "Bilal", "Ikram"],
        ["Ouar", "Haddou", "Bakk", "Azzou", "Amr", "Boujd", "Chaa", "Moussa", "Idrissi", "Tahir"],
        ["ouchi", "ani", "ali", "zi", "iti", "aoui", "ine"],
        "El ",
    ),
    "berbers": (
        ["Mimoun", "Tlaitmas", "Abdelkader", "Thiziri", "Yassin", "Malika", "Achraf", "Soumaya"],
        ["Ait Ham", "Ou", "Amgh", "Bouzi", "Ahar", "Ait Bel"],
        ["mou", "aziz", "ar", "ane", "dour", "ouch"],
        "",
    ),
    "turks": (
        ["Emre", "Ayşegül", "Mehmet", "Elif", "Burak", "Zeynep", "Oğuzhan", "Hatice", "Serkan", "Gülsüm"],
        ["Kara", "Yıl", "Ak", "Demir", "Öz", "Kaya", "Çelik", "Şahin", "Aslan", "Tur"],
        ["oğlu", "dız", "taş", "ci", "türk", "baş", "kan", "göz"],
        "",
    ),
    "koerdisch": (
        ["Serhat", "Rojda", "Welat", "Berivan", "Rêber", "Zozan"],
        ["Baran", "Zagros", "Rêz", "Şêx", "Amed"],
        ["î", "an", "o", "zade"],
        "",
    ),
    "surinaams-hindostaans": (
        ["Rakesh", "Soenita", "Anand", "Vidya", "Dewkoemar", "Sharmila", "Radjesh", "Indra"],
        ["Ram", "Sital", "Bisse", "Jagg", "Mahab", "Ragh", "Chote", "Kalloe"],
        ["charan", "sing", "swar", "ernath", "ier", "oebar", "lal", "pat"],
        "",
    ),
    "surinaams-creools": (
        ["Errol", "Marlies", "Romano", "Glenda", "Clarence", "Ruthline", "Rinaldo", "Jozefa"],
        ["Doel", "Pin", "Vaan", "Sabaj", "Lie", "Wij", "Graan", "Eduards"],
        ["wijt", "as", "tip", "o", "kram", "nerweg", "burg"],
        "",
    ),
    "javaans-surinaams": (
        ["Ponirin", "Sutinah", "Wagiman", "Soekini", "Sarmoedi", "Djasmin"],
        ["Karto", "Sarmo", "Wongso", "Atmo", "Soe", "Pawiro"],
        ["redjo", "semito", "dikromo", "wirjo", "taroeno", "sentono"],
        "",
    ),
    "antilliaans": (
        ["Shurandy", "Roshendra", "Gilmar", "Ilianne", "Jurnick", "Quennely", "Dionisio", "Shardeline"],
        ["Ise", "Mar", "Sta", "Cova", "Merce", "Anthon", "Fran", "Rose"],
        ["nia", "tina", "tie", "cho", "lina", "ia", "sisca", "berg"],
        "",
    ),
    "arubaans": (
        ["Eldrick", "Ryanne", "Jair", "Giselle"],
        ["Croe", "Wer", "Koole", "Gio"],
        ["s", "leman", "man", "tta"],
        "",
    ),
    "pools": (
        ["Krzysztof", "Agnieszka", "Tomasz", "Małgorzata", "Paweł", "Justyna", "Grzegorz", "Katarzyna"],
        ["Nowa", "Wiśniew", "Kowal", "Zieliń", "Szyman", "Wojcie", "Lewandow", "Dąbrow"],
        ["kowski", "ski", "czyk", "ewicz", "iak", "ska"],
        "",
    ),
    "roemeens": (
        ["Ionuț", "Mihaela", "Florin", "Andreea", "Cătălin", "Roxana"],
        ["Popes", "Dumit", "Stoi", "Radu", "Mun"],
        ["cu", "rescu", "anu", "leanu", "teanu"],
        "",
    ),
    "bulgaars": (
        ["Dimitar", "Yordanka", "Stoyan", "Desislava", "Plamen"],
        ["Petk", "Geor", "Dimi", "Stoy", "Tod"],
        ["ov", "ova", "iev", "anov", "orov"],
        "",
    ),
    "oekraiens": (
        ["Oleksandr", "Nataliya", "Bohdan", "Oksana", "Taras", "Iryna"],
        ["Shev", "Kovalen", "Bondar", "Tkach", "Moroz"],
        ["chenko", "ko", "uk", "enko", "yuk"],
        "",
    ),
    "syrisch": (
        ["Ammar", "Rasha", "Rami", "Lina", "Mouaz", "Hiba", "Wassim", "Nour"],
        ["Al-Ham", "Kabb", "Al-Hal", "Shami", "Al-Haj", "Darw", "Khat", "Al-Mas"],
        ["wi", "ani", "abi", "ish", "ri", "eeb"],
        "",
    ),
    "iraaks": (
        ["Haider", "Zainab", "Mustafa", "Ruqaya", "Karrar"],
        ["Al-Saa", "Jaf", "Al-Mou", "Kaz"],
        ["di", "fari", "sawi", "imi"],
        "",
    ),
    "eritrees": (
        ["Yonas", "Senait", "Tesfay", "Selamawit", "Mebrahtu", "Abrehet", "Filmon", "Freweini"],
        ["Ghebre", "Tesfa", "Habte", "Wolde", "Kidane", "Berhane"],
        ["medhin", "selassie", "mariam", "giorgis", "mikael", "hiwet"],
        "",
    ),
    "ethiopisch": (
        ["Dawit", "Meseret", "Abebe", "Tigist"],
        ["Gebre", "Alem", "Tade", "Ase"],
        ["yes", "ayehu", "sse", "fa"],
        "",
    ),
    "somalisch": (
        ["Abdirahman", "Hodan", "Mahad", "Faadumo", "Cabdiwali", "Sahra", "Warsame", "Ubax"],
        ["Cabdi", "Xasan", "Maxa", "Jaam", "Faarax", "Cali"],
        ["laahi", "qaadir", "med", "ac", "nuur", "ow"],
        "",
    ),
    "soedanees": (
        ["Osman", "Amna", "Elhadi", "Nafisa"],
        ["Abdel", "Elamin", "Suli", "Babi"],
        ["rahim", "gadir", "man", "ker"],
        "",
    ),
    "chinees": (
        ["Weiming", "Xiaolan", "Junhao", "Meiling", "Zhiwei", "Yuqing", "Haoran", "Shufen"],
        ["Zh", "Ch", "Hu", "Li", "Xi", "Gu"],
        ["ou", "eng", "ang", "ao", "ong", "uan"],
        "",
    ),
    "hongkongs": (
        ["Siu Ming", "Mei Kuen", "Chun Kit", "Ka Yan"],
        ["Cheu", "Tsa", "Kwo", "Leu"],
        ["ng", "i", "k", "ung"],
        "",
    ),
    "vietnamees": (
        ["Minh Tuan", "Thanh Huong", "Quang Vinh", "Ngoc Anh"],
        ["Ngu", "Tr", "Ph", "Ho"],
        ["yen", "an", "am", "ang"],
        "",
    ),
    "indonesisch": (
        ["Wellem", "Johanna", "Ferdinand", "Yvonne", "Maurits", "Hetty"],
        ["Patti", "Leka", "Sahe", "Latu", "Tehu", "Manu"],
        ["nama", "hena", "tapy", "heru", "pelory", "puttij"],
        "",
    ),
    "ghanees": (
        ["Kwame", "Akosua", "Kofi", "Abena", "Kwabena", "Adwoa", "Yaw", "Efua"],
        ["Agye", "Opp", "Osei-", "Boa", "Asa", "Owu", "Men", "Ofo"],
        ["man", "ong", "Bonsu", "teng", "nte", "su", "sah", "ri"],
        "",
    ),
    "nigeriaans": (
        ["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka"],
        ["Okon", "Ade", "Nwa", "Obi"],
        ["kwo", "yemi", "chukwu", "ora"],
        "",
    ),
    "kaapverdiaans": (
        ["Joaquim", "Edna", "Nelson", "Arlinda", "Adilson", "Djamila"],
        ["Fortes", "Tavares", "Semedo", "Brito", "Furtado"],
        [" Varela", " Monteiro", " Gomes", "-Lopes"],
        "",
    ),
    "portugees": (
        ["Rui", "Joana", "Tiago", "Filipa"],
        ["Ferr", "Marq", "Pinh", "Carv"],
        ["eira", "ues", "eiro", "alho"],
        "",
    ),
    "iraans": (
        ["Dariush", "Shirin", "Kourosh", "Parisa", "Babak", "Nasrin"],
        ["Mohaj", "Ahma", "Tehr", "Kiaros"],
        ["er", "dinejad", "ani", "tami"],
        "",
    ),
    "afghaans": (
        ["Farid", "Mariam", "Habibullah", "Zarghona", "Wahid"],
        ["Popal", "Nazar", "Haki", "Sult"],
        ["zai", "i", "mi", "ani"],
        "",
    ),
    "bosnisch": (
        ["Adnan", "Emina", "Mirsad", "Selma", "Edin", "Amra"],
        ["Hodž", "Beg", "Mehm", "Hadž"],
        ["ić", "ović", "edović", "ibegović"],
        "",
    ),
    "duits": (
        ["Jürgen", "Anke", "Dietmar", "Heike", "Lothar"],
        ["Schwarz", "Kleine", "Hoff", "Brau", "Wenzel"],
        ["kopf", "bichler", "meister", "hauser", "mann"],
        "",
    ),
    "vlaams": (
        ["Wannes", "Jozefien", "Jef", "Lieselot", "Pieterjan", "Griet"],
        ["Vande", "De Sme", "Ver", "Goos"],
        ["velde", "dt", "cauteren", "sens"],
        "",
    ),
    "brits": (
        ["Gareth", "Siobhan", "Nigel", "Fiona"],
        ["Ashw", "Pember", "Whit", "Hollings"],
        ["orth", "ton", "combe", "head"],
        "",
    ),
    "italiaans": (
        ["Giuseppe", "Francesca", "Salvatore", "Chiara"],
        ["Lom", "Espo", "Ferra", "Cappel"],
        ["bardi", "sito", "ioli", "letti"],
        "",
    ),
    "filipijns": (
        ["Jericho", "Maricel", "Arnel", "Rowena"],
        ["Dimag", "Bautis", "Maca", "Pangili"],
        ["iba", "ta", "pagal", "nan"],
        "",
    ),
    "pakistaans": (
        ["Imran", "Saima", "Tariq", "Nazia"],
        ["Chaud", "Qure", "Butt", "Rash"],
        ["hry", "shi", "ar", "eed"],
        "",
    ),
    "tamil": (
        ["Sivakumar", "Tharshini", "Niroshan", "Kavitha"],
        ["Thava", "Nades", "Sella", "Kana"],
        ["rajah", "an", "thurai", "gasabai"],
        "",
    ),
    "braziliaans": (
        ["Rodrigo", "Thaís", "Everton", "Luana"],
        ["Nasci", "Olivei", "Guima", "Sant"],
        ["mento", "ra", "rães", "ana"],
        "",
    ),
}

# origin -> ((male heads, male tails), (female heads, female tails)): first names composed from typical parts
FIRST_PARTS = {
    "surinaams-hindostaans": (
        (["Dew", "Radj", "Shiw", "Ram"], ["koemar", "nath", "pal"]),
        (["Sharm", "Soen", "Ind", "Raj"], ["ila", "ita", "rawatie"]),
    ),
    "javaans-surinaams": (
        (["Sar", "Wag", "Pon", "Karto"], ["moedi", "iman", "irin"]),
        (["Soe", "Suti", "Sri"], ["kini", "nah", "yati"]),
    ),
    "turks": (
        (["Oğuz", "Er", "Bat", "Ser"], ["han", "kan", "tuğ"]),
        (["Gül", "Ay", "Nur", "Sev"], ["süm", "şegül", "ten", "gi"]),
    ),
    "fries": (
        (["Sjo", "Wieb", "Hyl", "Fol"], ["erd", "ren", "ke", "kert"]),
        (["Tjit", "Syt", "Gees", "Jil"], ["ske", "dou", "je"]),
    ),
    "antilliaans": (
        (["Shu", "Jur", "Gil", "Rud"], ["randy", "nick", "mar", "sel"]),
        (["Ilian", "Shar", "Quen", "Rosh"], ["ne", "deline", "nely"]),
    ),
    "somalisch": (
        (["Cabdi", "Maxa", "Axmed"], ["wali", "rashiid", "nuur"]),
        (["Faa", "Hod", "Ub"], ["dumo", "an", "ax"]),
    ),
    "eritrees": (
        (["Tesfa", "Mebra", "Habte", "Kibro"], ["y", "htu", "mariam", "m"]),
        (["Sela", "Abre", "Frewe", "Sena"], ["mawit", "het", "ini", "it"]),
    ),
    "chinees": (
        (["Wei", "Jun", "Zhi", "Hao"], ["ming", "hao", "wei", "ran"]),
        (["Xiao", "Mei", "Yu", "Shu"], ["lan", "ling", "qing", "fen"]),
    ),
    "marokkaans": ((["Abdel", "Nour", "Moh"], ["kader", "din", "sin"]), (["Fati", "Kha", "Nai"], ["ha", "dija", "ma"])),
}

DUTCH_PARTICLES = ["van", "de", "van der", "van den", "ter", "van de", "in 't", "den", "te"]

# known-name material: (surname, particle, sentence with the ordinary lower-case use, the ordinary word)
KNOWN = [
    ("Schimmel", "", "Op het plafond van de badkamer groeit zwarte schimmel en het ruikt muf.", "schimmel"),
    ("Lek", "", "Het lek boven het aanrecht is na drie bezoeken nog steeds niet gevonden.", "lek"),
    ("Kraan", "", "Ook drupt de kraan in de keuken al weken, dag en nacht.", "kraan"),
    ("Ketel", "", "De monteur zegt dat de ketel vijftien jaar oud is en eigenlijk vervangen moet worden.", "ketel"),
    ("Goot", "van der", "Bij elke regenbui loopt de goot over en komt het water langs de gevel naar binnen.", "goot"),
    ("Dekker", "", "Er is nog steeds geen dekker geweest om de losse dakpannen vast te leggen.", "dekker"),
    ("Timmerman", "", "Een timmerman van de aannemer zou de voordeur bijstellen, maar kwam niet opdagen.", "timmerman"),
    ("Schilder", "", "De schilder liet de ramen openstaan terwijl het de hele middag regende.", "schilder"),
    ("Buurman", "", "Volgens de melding zet de buurman van driehoog elke nacht de muziek hard.", "buurman"),
    ("Muis", "", "In de meterkast zat een muis en de ongediertebestrijder kwam pas na drie weken.", "muis"),
    ("Blok", "", "Het hele blok zat twee dagen zonder warm water.", "blok"),
    ("Kelder", "", "De kelder staat na elke flinke bui onder water.", "kelder"),
    ("Brand", "", "Sinds de brand in de bergingen ruikt het trappenhuis nog naar rook.", "brand"),
    ("Storm", "", "Tijdens de storm van vorige week waaide een deel van de dakbedekking los.", "storm"),
    ("Steen", "", "Er viel vorige maand een steen uit de gevel op het fietspad.", "steen"),
    ("Hoek", "", "In de hoek van de slaapkamer is het behang nat en bladdert het af.", "hoek"),
    ("Poort", "van der", "Ook sluit de poort naar de binnentuin al maanden niet meer.", "poort"),
    ("Tuin", "van der", "Sinds de bezuiniging wordt de gemeenschappelijke tuin niet meer onderhouden.", "tuin"),
    ("Wit", "de", "De aannemer heeft de vochtplekken alleen wit overgeschilderd.", "wit"),
    ("Metselaar", "", "De metselaar heeft de voegen van de achtergevel nog altijd niet hersteld.", "metselaar"),
    ("Smid", "", "Volgens de planning zou een smid het hekwerk van de galerij repareren.", "smid"),
    ("Veer", "van der", "Omdat de veer van de branddeur kapot is, slaat die deur steeds hard dicht.", "veer"),
    ("Wind", "de", "Door de wind klappert het raam in de slaapkamer de hele nacht.", "wind"),
    ("Sleutel", "", "De nieuwe sleutel van de berging past niet in het slot.", "sleutel"),
    ("Trap", "", "Daardoor is de trap naar de tweede verdieping glad van het lekwater.", "trap"),
    ("Baas", "de", "Ook de baas van de schoonmaakploeg belooft al maanden beterschap.", "baas"),
    ("Pot", "", "Er staat nu een pot onder de lekkage in de gang.", "pot"),
    ("Kamer", "van der", "Daardoor is de kleine kamer aan de achterkant niet meer te gebruiken.", "kamer"),
]
KNOWN_FIRST = [
    "Henk",
    "Ria",
    "Bert",
    "Joke",
    "Kees",
    "Truus",
    "Arjen",
    "Mieke",
    "Dick",
    "Ineke",
    "Wouter",
    "Gerda",
    "Ruud",
    "Hennie",
    "Sander",
    "Yvonne",
    "Martijn",
    "Lies",
]

STREET_HEADS = [
    "Lijster",
    "Populieren",
    "Gerbera",
    "Schoener",
    "Fregat",
    "Tjalk",
    "Koggen",
    "Wilgen",
    "Vlier",
    "Hazelaar",
    "Kievit",
    "Plevier",
    "Meidoorn",
    "Duindoorn",
    "Zandloper",
    "Korenaar",
    "Spinnerij",
    "Weverij",
    "Looierij",
    "Zuidwal",
    "Kamille",
    "Salie",
    "Keizersgracht",
    "Bisschop Hamer",
    "Abeel",
    "Esdoorn",
    "Lupine",
    "Reiger",
    "Aak",
    "Botter",
    "Ploeger",
    "Pionier",
    "Zeilmaker",
    "Touwslager",
    "Klokkengieter",
    "Kuiper",
]
STREET_TAILS = ["straat", "laan", "hof", "plein", "weg", "singel", "erf", "gaarde", "kade", "dreef", "park", "pad"]

CITIES = [
    ("Zwolle", "14 038"),
    ("Almere", "14 036"),
    ("Tilburg", "14 013"),
    ("Leeuwarden", "14 058"),
    ("Schiedam", "14 010"),
    ("Nijmegen", "14 024"),
    ("Lelystad", "14 032"),
    ("Deventer", "14 057"),
    ("Zaandam", "14 075"),
    ("Hengelo", "14 074"),
    ("Heerlen", "14 045"),
    ("Vlaardingen", "14 010"),
    ("Amersfoort", "14 033"),
    ("Arnhem", "14 026"),
    ("Emmen", "14 059"),
    ("Dordrecht", "14 078"),
    ("Helmond", "14 049"),
    ("Purmerend", "14 029"),
]

ASSOCS = [
    ("Woonstichting Eemvallei", "eemvallei.nl"),
    ("WoonGoed Rivierland", "woongoedrivierland.nl"),
    ("Stichting Thuisbaken", "thuisbaken.nl"),
    ("Woonpartners Lingezicht", "lingezicht.nl"),
    ("Wooncorporatie De Vesting", "devesting-wonen.nl"),
    ("Woonkracht Oost", "woonkrachtoost.nl"),
    ("Stichting Havenwonen", "havenwonen.nl"),
    ("Woonbedrijf Kempenhof", "kempenhof.nl"),
]
COMPLEXES = [
    "De Wieken",
    "Het Bolwerk",
    "De Driemaster",
    "Parkzicht",
    "De Schakel",
    "Het Carillon",
    "De Kroonkurk",
    "Zonnehoeve",
    "De Lichtmast",
    "Het Ravelijn",
    "De Zeshoek",
    "Waterfront",
]
CONTRACTORS = [
    "Installatiebedrijf Voltmeer",
    "Bouwbedrijf Gebr. Stapelaar",
    "Dakwerken Nokvast",
    "Liftservice Omhoog",
    "Schilderwerken Kwastwerk",
    "Loodgietersbedrijf Druppelvrij",
    "Vochtbestrijding Droogzaam",
]
MAILHOSTS = [
    "ziggo.nl",
    "kpnmail.nl",
    "hotmail.com",
    "gmail.com",
    "outlook.com",
    "live.nl",
    "xs4all.nl",
    "planet.nl",
    "icloud.com",
    "yahoo.com",
    "home.nl",
    "caiway.nl",
]
BANKS = ["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
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
MONTHS_SHORT = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]

_ASCII = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "ê": "e", "î": "i"})


def ascii_fold(s: str) -> str:
    s = s.translate(_ASCII)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


class Person:
    def __init__(self, first: str, particle: str, surname: str, origin: str, female: bool):
        self.first, self.particle, self.surname, self.origin, self.female = first, particle, surname, origin, female

    @property
    def last(self) -> str:
        return f"{self.particle} {self.surname}" if self.particle else self.surname

    @property
    def Last(self) -> str:
        return self.last[0].upper() + self.last[1:]

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def initials(self) -> str:
        return "".join(p[0] + "." for p in self.first.replace("-", " ").split()) + " " + self.last

    @property
    def poss(self) -> str:
        b = self.Last
        if b[-1] in "sxz":
            return b + "'"
        if b[-1] in "aeiouy":
            return b + "'s"
        return b + "s"

    def title(self, r) -> str:
        return r.choice(["mevrouw", "mw.", "mevr."] if self.female else ["meneer", "dhr.", "de heer"])


def make_person(r, origin: str | None = None, surname_of: Person | None = None) -> Person:
    if surname_of is not None:
        firsts = ORIGINS[surname_of.origin][0]
        first = r.choice([f for f in firsts if f != surname_of.first])
        return Person(first, surname_of.particle, surname_of.surname, surname_of.origin, firsts.index(first) % 2 == 1)
    origin = origin or r.choice(list(ORIGINS))
    firsts, heads, tails, prefix = ORIGINS[origin]
    first = r.choice(firsts)
    sur = r.choice(heads) + r.choice(tails)
    sur = sur[0].upper() + sur[1:]
    particle = ""
    if origin == "nederlands" and r.random() < 0.6:
        particle = r.choice(DUTCH_PARTICLES)
    if prefix and r.random() < 0.6:
        sur = prefix + sur
    female = firsts.index(first) % 2 == 1
    if origin in FIRST_PARTS and r.random() < 0.5:
        female = r.random() < 0.5
        heads, tails = FIRST_PARTS[origin][1 if female else 0]
        first = r.choice(heads) + r.choice(tails)
    return Person(first, particle, sur, origin, female)


def bsn(r) -> str:
    while True:
        ds = [r.randint(1, 3)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(d * w for d, w in zip(ds, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, ds + [last]))


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(r) -> str:
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    check = 98 - _iban_num(bank + acct + "NL00") % 97
    return f"NL{check:02d}{bank}{acct}"


def iban_ok(s: str) -> bool:
    c = re.sub(r"\s", "", s).upper()
    return len(c) == 18 and _iban_num(c[4:] + c[:4]) % 97 == 1


def postcode(r) -> str:
    letters = "ABCEGHJKLMNPRTVWXZ"
    while True:
        pc = f"{r.randint(1000, 9999)}{r.choice(letters)}{r.choice(letters)}"
        if pc[4:] not in ("SA", "SD", "SS"):
            return pc


def plate(r) -> str:
    L = "BDFGHJKLNPRSTVXZ"

    def l(n):
        return "".join(r.choice(L) for _ in range(n))

    def n(k):
        return "".join(str(r.randint(1, 9)) for _ in range(k))

    return r.choice(
        [
            f"{n(2)}-{l(3)}-{n(1)}",
            f"{n(1)}-{l(3)}-{n(2)}",
            f"{l(2)}-{n(3)}-{l(1)}",
            f"{l(1)}-{n(3)}-{l(2)}",
            f"{l(3)}-{n(2)}-{l(1)}",
            f"{n(1)}-{l(2)}-{n(3)}",
            f"V{l(1)}-{n(3)}-{l(1)}",
        ]
    )


def mobile(r) -> str:
    d = "".join(str(r.randint(0, 9)) for _ in range(8))
    return r.choice(
        [
            f"06-{d}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            f"+31 6 {d[:4]} {d[4:]}",
            f"+316{d}",
            f"06{d}",
            f"(06) {d[:4]} {d[4:]}",
            f"0031 6 {d}",
        ]
    )


def landline(r) -> str:
    area = r.choice(["038", "036", "013", "058", "010", "024", "0320", "0570", "075", "074", "045", "033", "026"])
    k = 10 - len(area)
    d = "".join(str(r.randint(0, 9)) for _ in range(k))
    return r.choice([f"{area}-{d}", f"{area} {d[:3]} {d[3:]}", f"({area}) {d}"])
