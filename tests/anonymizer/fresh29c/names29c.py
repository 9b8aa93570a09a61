"""Name, street and place material for the fresh29c generator (helper F29C).

Most surnames and many first names are composed from origin-typical parts, so that they are on no common list."""

from __future__ import annotations

import re
import unicodedata

# origin group -> (male first names, female first names, surname parts A, surname parts B, joiner, particles)
# a surname is A + joiner + B; some groups add their own prefixes.
GROUPS: dict[str, tuple] = {
    "Nederlands": (
        ["Gerrit", "Joost", "Maarten", "Wouter", "Teun", "Stijn", "Harm", "Koen", "Gijsbert", "Evert"],
        ["Ilse", "Marieke", "Anneke", "Femke", "Jolien", "Wilma", "Esther", "Hendrika", "Geertje", "Mirjam"],
        ["Hoog", "Ver", "Kamp", "Brink", "Wester", "Ooster", "Rijn", "Kool", "Meule", "Haver", "Boek", "Ruit"],
        ["land", "hoeven", "huis", "man", "kamp", "veld", "brugge", "horst", "beek", "hout", "werf", "schoten"],
        "", ["van", "van der", "de", "van den", "ter", "ten", "van 't", "in 't", "van de", "te"],
    ),
    "Fries": (
        ["Sjoerd", "Wybe", "Hylke", "Jelle", "Tjeerd", "Auke", "Sipke"],
        ["Sytske", "Froukje", "Baukje", "Wytske", "Hiske", "Janke"],
        ["Tjall", "Sijb", "Wier", "Bouw", "Rinn", "Hols", "Feik", "Dou", "Jell"],
        ["stra", "sma", "inga", "ema", "enga", "ingh"], "", [],
    ),
    "Vlaams": (
        ["Wannes", "Lieven", "Jorrit", "Pieter-Jan", "Brecht"],
        ["Griet", "Fien", "Lotte", "Nele", "Hanne"],
        ["Verm", "Goos", "Dewae", "Cl", "Vanderm", "Verb"],
        ["eulen", "sens", "ghe", "ercq", "eersch", "ruggen"], "", [],
    ),
    "Marokkaans": (
        ["Mohamed", "Youssef", "Hamza", "Anouar", "Soufiane", "Redouan", "Driss"],
        ["Fatima", "Samira", "Naima", "Khadija", "Loubna", "Houda", "Ikram"],
        ["Amr", "Khatt", "Ou", "Hadd", "Mouss", "Azz", "Tahr", "Kadd", "Boujd"],
        ["ani", "abi", "ali", "ouchi", "aoui", "ouzi", "iri", "ati"], "", [],
    ),
    "Turks": (
        ["Mehmet", "Emre", "Burak", "Kemal", "Serkan", "Oğuz"],
        ["Ayşe", "Elif", "Zeynep", "Hatice", "Büşra", "Gülsen"],
        ["Kara", "Ak", "Yıl", "Öz", "Demir", "Çelik", "Kurt", "Tun", "Er"],
        ["oğlu", "taş", "kaya", "han", "dağ", "soy", "can", "türk"], "", [],
    ),
    "Koerdisch": (
        ["Baran", "Zana", "Rêber", "Dilovan"], ["Rojda", "Dilan", "Berfin", "Hêvî"],
        ["Bar", "Zin", "Hes", "Ker", "Dil", "Sor"], ["zani", "wari", "kani", "mani", "ani"], "", [],
    ),
    "Surinaams-Hindostaans": (
        ["Ravi", "Sunil", "Anand", "Rakesh", "Dinesh", "Radj"],
        ["Sita", "Anjali", "Reshma", "Kavita", "Shanti", "Sunita"],
        ["Ram", "Jag", "Bal", "Man", "Sew", "Dhan", "Gan"],
        ["sahai", "dew", "kisoen", "bhajan", "nandan", "persad", "darsan"], "", [],
    ),
    "Surinaams-Creools": (
        ["Romano", "Clyde", "Errol", "Orlando", "Ruben"],
        ["Marisca", "Gracia", "Rosita", "Ingrid", "Ruth-Ann"],
        ["Nel", "Wijn", "Bran", "Pin", "Kwas", "Ama", "Lei"],
        ["dorp", "hanna", "gaarde", "as", "ie", "mokwa", "sberg"], "", [],
    ),
    "Surinaams-Javaans": (
        ["Wagiman", "Karijo", "Soeparman", "Rasmin"], ["Sriwati", "Sutinah", "Painem", "Wagini"],
        ["Soe", "Ka", "Sa", "Moes", "Ree", "Dji"], ["karto", "rijo", "min", "dikromo", "mito", "wongso"], "", [],
    ),
    "Surinaams-Chinees": (
        ["Jerrel", "Kenneth", "Patrick", "Humphrey"], ["Germaine", "Wendy", "Cindy", "Natasha"],
        ["Tjon A", "Lie A", "Tjin A", "Kong A", "Ho A"], ["Fong", "Loi", "Kiem", "San", "Joe", "Tsoi"], " ", [],
    ),
    "Antilliaans": (
        ["Jurich", "Shurandy", "Giovanni", "Quincy", "Ruthmilo"],
        ["Jusline", "Ashanty", "Rhoxanne", "Gisette", "Shurella"],
        ["Mart", "Mer", "Rosal", "Fran", "Cor", "Bernab", "Juli"],
        ["ina", "cera", "ia", "cisca", "nelia", "ela", "ana"], "", [],
    ),
    "Kaapverdiaans": (
        ["Adilson", "Edmilson", "Nelson", "Djamilo"], ["Zenaida", "Ivanilda", "Eunice", "Nilza"],
        ["Fur", "Tav", "Mont", "Sem", "Lop", "Varel"], ["tado", "ares", "eiro", "edo", "ela"], "", [],
    ),
    "Pools": (
        ["Paweł", "Krzysztof", "Tomasz", "Marek", "Grzegorz", "Łukasz"],
        ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Magdalena"],
        ["Wiśniew", "Kowal", "Zieliń", "Grab", "Wróbl", "Dąbrow", "Szymań", "Lewand"],
        ["ski", "czyk", "owicz", "iak", "ecki"], "", [],
    ),
    "Roemeens": (
        ["Andrei", "Ionuț", "Mihai", "Sorin"], ["Ioana", "Alina", "Raluca", "Florentina"],
        ["Pop", "Dumitr", "Rad", "Stoi", "Marin", "Vasil"], ["escu", "eanu", "ache", "ică", "oiu"], "", [],
    ),
    "Bulgaars": (
        ["Georgi", "Dimitar", "Stoyan", "Plamen"], ["Ivelina", "Yana", "Desislava", "Tsvetelina"],
        ["Petr", "Ivan", "Stoy", "Dimitr", "Kost"], ["ov", "ev", "anov", "adinov"], "", [],
    ),
    "Oekraïens": (
        ["Oleksandr", "Andrii", "Taras", "Bohdan"], ["Olena", "Iryna", "Oksana", "Solomiia"],
        ["Shevch", "Kovalen", "Bond", "Tkach", "Melnych"], ["enko", "uk", "arenko", "yshyn"], "", [],
    ),
    "Syrisch": (
        ["Ahmad", "Khaled", "Mahmoud", "Tarek", "Majd"], ["Rasha", "Lina", "Hala", "Ruba", "Nour"],
        ["Al-Hamw", "Al-Khat", "Sab", "Al-Haj", "Jaz", "Shaq"], ["i", "ib", "bagh", "ra", "ouri"], "", [],
    ),
    "Irakees": (
        ["Haider", "Mustafa", "Ammar"], ["Zainab", "Zahraa", "Shaima"],
        ["Al-Rub", "Al-Jub", "Al-Sam", "Al-Dul"], ["aie", "ouri", "arrai", "aimi"], "", [],
    ),
    "Afghaans": (
        ["Farid", "Wahid", "Nasrullah"], ["Mariam", "Zarghuna", "Freshta"],
        ["Ahmad", "Rahim", "Nour", "Karim", "Haid"], ["zai", "khel", "yar", "i"], "", [],
    ),
    "Iraans": (
        ["Dariush", "Babak", "Kaveh"], ["Shirin", "Parisa", "Laleh"],
        ["Tehr", "Kazem", "Ghaff", "Bahr", "Shir"], ["ani", "ari", "amian", "azi", "zadeh"], "", [],
    ),
    "Eritrees": (
        ["Yonas", "Tesfay", "Mehari", "Robel", "Filmon"], ["Senait", "Mebrat", "Lidya", "Saba", "Hiwet"],
        ["Ghebre", "Wolde", "Tesfa", "Haile", "Berhane"], ["mariam", "mikael", "selassie", "gabir", "yesus"], "", [],
    ),
    "Ethiopisch": (
        ["Abebe", "Dawit", "Bekele"], ["Tigist", "Meron", "Selamawit"],
        ["Ala", "Tade", "Gir", "Kebe", "Asfa"], ["mayehu", "sse", "ma", "de", "w"], "", [],
    ),
    "Somalisch": (
        ["Abdirahman", "Mahad", "Abdullahi", "Liban"], ["Hodan", "Fardowsa", "Sahra", "Ifrah", "Idil"],
        ["Cab", "Wars", "Xas", "Jaam", "Nuur", "Warfa"], ["di", "ame", "san", "ac", "sow", "deeq"], "", [],
    ),
    "Chinees": (
        ["Haoran", "Zhiwei", "Jianhua", "Yubin"], ["Xiaoling", "Meiling", "Jiayi", "Huifang"],
        ["Zh", "Ch", "X", "Q", "Sh"], ["ang", "eng", "iu", "uang", "ou", "ao"], "", [],
    ),
    "Vietnamees": (
        ["Thanh", "Minh", "Tuan", "Quang"], ["Huong", "Thuy", "Ngoc", "Phuong"],
        ["Ng", "Tr", "Ph", "Đ", "Hu"], ["uyen", "an", "am", "oang", "inh"], "", [],
    ),
    "Indonesisch": (
        ["Budi", "Agus", "Rudi", "Harjono"], ["Dewi", "Wulan", "Retno", "Sri"],
        ["Sutan", "Wira", "Harto", "Kusu", "Darma", "Sapu"], ["to", "yo", "wan", "madja", "wijaya"], "", [],
    ),
    "Moluks": (
        ["Johny", "Ferry", "Max", "Izaak"], ["Elisabeth", "Nona", "Mientje", "Welmoed"],
        ["Ma", "Pat", "Lat", "Wai", "Sou", "Hu"], ["tulessy", "tipeiru", "uheru", "lette", "matula", "wae"], "", [],
    ),
    "Ghanees": (
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo"], ["Akosua", "Ama", "Abena", "Efua", "Afia"],
        ["Bo", "Asa", "Ofo", "Men", "Adj", "Oppo"], ["ateng", "moah", "ri", "sah", "ei", "ku"], "", [],
    ),
    "Nigeriaans": (
        ["Chinedu", "Emeka", "Oluwaseun"], ["Ngozi", "Adaeze", "Funmilayo"],
        ["Okon", "Ade", "Eze", "Obi", "Olu"], ["kwo", "yemi", "kiel", "ora", "wale"], "", [],
    ),
    "Portugees": (
        ["João", "Tiago", "Rui"], ["Inês", "Beatriz", "Filipa"],
        ["Ferr", "Carv", "Ribe", "Guim", "Mour"], ["eira", "alho", "iro", "arães", "ão"], "", [],
    ),
    "Italiaans": (
        ["Giuseppe", "Matteo", "Luca"], ["Chiara", "Francesca", "Giulia"],
        ["Ross", "Bianch", "Marc", "Colomb", "Ricc"], ["ini", "etti", "ucci", "ato", "elli"], "", [],
    ),
    "Grieks": (
        ["Giorgos", "Nikos", "Kostas"], ["Eleni", "Dimitra", "Vasiliki"],
        ["Papa", "Kara", "Ant", "Nik", "Georg"], ["dopoulos", "giannis", "oniou", "olaidis", "iadis"], "", [],
    ),
    "Duits": (
        ["Jürgen", "Uwe", "Torsten"], ["Sabine", "Heike", "Ute"],
        ["Schm", "Hoff", "Richt", "Wagn", "Schwarz", "Krü"], ["itt", "mann", "er", "kopf", "bauer"], "", [],
    ),
    "Indiaas": (
        ["Arjun", "Rahul", "Vikram"], ["Priya", "Deepika", "Lakshmi"],
        ["Venkat", "Krishna", "Subra", "Raghu"], ["araman", "murthy", "swamy", "nathan"], "", [],
    ),
    "Pakistaans": (
        ["Imran", "Usman", "Faisal"], ["Ayesha", "Sana", "Mehwish"],
        ["Chaud", "Qur", "Raz", "Mal", "Bhat"], ["hry", "eshi", "vi", "ik", "ti"], "", [],
    ),
    "Bosnisch": (
        ["Edin", "Emir", "Adnan"], ["Amra", "Selma", "Lejla"],
        ["Hodž", "Beg", "Mehm", "Kovač", "Hasan"], ["ić", "ović", "edović", "agić"], "", [],
    ),
    "Filipijns": (
        ["Jonel", "Arnel", "Rodel"], ["Maricel", "Rowena", "Lovely"],
        ["Dela", "Mac", "Buen", "Sant", "Villa"], ["cruz", "apagal", "aventura", "os", "nueva"], "", [],
    ),
    "Braziliaans": (
        ["Thiago", "Rafael", "Gustavo"], ["Larissa", "Juliana", "Thaís"],
        ["Olive", "Sant", "Barb", "Nasc"], ["ira", "ana", "osa", "imento"], "", [],
    ),
    "Tamil": (
        ["Tharshan", "Sivakumar", "Kajan"], ["Kajani", "Nirosha", "Thusyanthy"],
        ["Thiru", "Siva", "Kana", "Bala", "Rajen"], ["chelvam", "lingam", "pathy", "thiran", "dran"], "", [],
    ),
    "Egyptisch": (
        ["Karim", "Sherif", "Hossam"], ["Mona", "Yasmin", "Rania"],
        ["Abdel ", "El-"], ["Fattah", "Rahman", "Sayed", "Hady", "Aziz"], "", [],
    ),
}

STREET_A = ["Linde", "Kastanje", "Meidoorn", "Vlier", "Hazelaar", "Wilgen", "Berken", "Eiken", "Populier",
            "Jasmijn", "Zilverschoon", "Klaproos", "Boterbloem", "Korenbloem", "Reiger", "Kievit", "Merel",
            "Zwaluw", "Spreeuw", "Leeuwerik", "Molen", "Kerk", "Dorps", "Haven", "Sluis", "Veer", "Esdoorn",
            "Hulst", "Gagel", "Ratelaar", "Duizendblad", "Lisdodde", "Pinksterbloem", "Otter", "Bever"]
STREET_B = ["laan", "straat", "weg", "hof", "pad", "plein", "singel", "kade", "dreef", "erf", "gaarde", "akker"]

CITIES = {"Amersfoort": "033", "Zwolle": "038", "Deventer": "0570", "Leeuwarden": "058", "Tilburg": "013",
          "Almere": "036", "Schiedam": "010", "Apeldoorn": "055", "Helmond": "0492", "Purmerend": "0299",
          "Lelystad": "0320", "Emmen": "0591", "Venlo": "077", "Heerlen": "045", "Dordrecht": "078",
          "Alkmaar": "072", "Gouda": "0182", "Hengelo": "074", "Roosendaal": "0165", "Zaanstad": "075"}

# known names: surname = a Dutch word; (word, particle options, sentence with {w} in lower case)
KNOWN = [
    ("steen", ["", "van den"], "de losliggende {w} is pas na drie weken teruggelegd"),
    ("boom", ["", "van den"], "de {w} voor het huis was volgens de buren al maanden ziek"),
    ("tak", ["", ""], "een {w} van ruim twee meter viel recht op de motorkap"),
    ("kuil", ["", "van der"], "de {w} in het wegdek was zeker twaalf centimeter diep"),
    ("kelder", ["", ""], "het water stond twintig centimeter hoog in de {w}"),
    ("storm", ["", ""], "ook zonder {w} waren de takken al eerder afgebroken"),
    ("paal", ["", "van der"], "de {w} van het verkeersbord stond al weken scheef"),
    ("sloot", ["van der", "van de"], "de fiets lag half in de {w} naast het fietspad"),
    ("plas", ["", "van der"], "de kuil was door een grote {w} water niet te zien"),
    ("hoek", ["van der", "van den"], "op de {w} van de straat ontbrak een stoeprand"),
    ("visser", ["", "de"], "een {w} op de kade zag het ongeluk gebeuren"),
    ("bakker", ["", "de"], "de {w} van de winkel ernaast belde direct de ambulance"),
    ("kok", ["", "de"], "{hij} werkt als {w} in een verpleeghuis en kon vier weken niet werken"),
    ("put", ["", "van de"], "het deksel van de {w} lag schuin in de goot"),
    ("brug", ["", "van der"], "vlak voor de {w} zakt het wegdek al jaren weg"),
    ("water", ["van de", "van der"], "het {w} kwam via de vloerputjes naar binnen"),
    ("wiel", ["van de", "van der"], "het {w} van de auto sloeg met een klap tegen de rand"),
    ("zand", ["van 't", "van het"], "na de rioolwerkzaamheden lag er los {w} op het fietspad"),
    ("dijk", ["van", "van der"], "de weg langs de {w} is slecht verlicht"),
    ("molenaar", ["", ""], "de {w} van de korenmolen heeft de politie gebeld"),
    ("schipper", ["", "de"], "een {w} die aan de kade lag, heeft foto's gemaakt"),
    ("beek", ["van der", "ter"], "de {w} achter de woningen trad buiten haar oevers"),
    ("veld", ["van het", "in 't"], "de vuilniswagen reed achteruit over het {w} naast de parkeerplaats"),
    ("hek", ["van", "van 't"], "het {w} van de voortuin is bij het keren geraakt"),
]


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def compact(s: str) -> str:
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())
