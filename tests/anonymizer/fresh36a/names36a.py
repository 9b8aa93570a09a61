"""Name, street and number material for the fresh36a corpus (helper A1, round thirty).

Most surnames and many first names are composed from origin-typical parts, so that they are on no common list."""

from __future__ import annotations

import unicodedata

# origin: (male first names, female first names, surname prefixes, surname suffixes, optional leading words)
ORIGINS = {
    "Nederlands": (["Gerrit", "Wouter", "Joost", "Maarten", "Teun", "Harm", "Sjaak", "Dirk-Jan"],
                   ["Marieke", "Ilse", "Janneke", "Femke", "Gerda", "Anouk", "Wendela", "Hennie"],
                   ["Brem", "Klomp", "Wiss", "Stok", "Haver", "Rozen", "Span", "Vel"],
                   ["kamp", "ink", "mans", "horst", "beek", "hout", "ers", "tjes"], [""]),
    "Nederlands met tussenvoegsel": (["Bart", "Gijs", "Ruud", "Hendrik", "Wim", "Olivier", "Steven"],
                   ["Marjan", "Carolien", "Wilma", "Tineke", "Roosmarijn", "Heleen", "Sientje"],
                   ["Rooi", "Weyde", "Laer", "Brake", "Haer", "Gaag", "Kolk", "Wiel"],
                   ["", "hoven", "ing", "dijk", "lande", "mortel"],
                   ["van ", "van der ", "van den ", "de ", "ter ", "ten ", "van 't ", "in 't ", "van de ", "den "]),
    "Fries": (["Sjoerd", "Wytze", "Jelmer", "Auke", "Tjeerd", "Hidde"], ["Sietske", "Baukje", "Froukje", "Geeske", "Jitske", "Wietske"],
              ["Hof", "Wyn", "Bote", "Sikk", "Jell", "Hiem", "Osin", "Rink"], ["stra", "sma", "inga", "enga", "ema", "tsma"], [""]),
    "Marokkaans": (["Youssef", "Hamza", "Bilal", "Soufiane", "Anouar", "Yassine", "Driss"], ["Nadia", "Samira", "Houda", "Imane", "Loubna", "Siham", "Naima"],
                   ["Amr", "Bouk", "Haddo", "Azzou", "Moustak", "Chaou", "Ouaz", "Tahi"], ["ani", "ili", "ouchi", "ari", "ssi", "ati"], ["", "", "El ", "Aït "]),
    "Turks": (["Mehmet", "Emre", "Burak", "Kaan", "Serkan", "Volkan", "Onur"], ["Ayşe", "Elif", "Zeynep", "Esra", "Büşra", "Derya", "Sevda"],
              ["Kara", "Yıl", "Demir", "Öz", "Kurt", "Tun", "Çelik"], ["taş", "soy", "dız", "kaya", "oğlu", "han", "bulut"], [""]),
    "Surinaams-Hindostaans": (["Ravindra", "Sunil", "Rajesh", "Anand", "Kishan", "Dinesh"], ["Sharmila", "Anita", "Reshma", "Sunita", "Kavita", "Sarita"],
              ["Ram", "Jhin", "Mahab", "Bhag", "Soek", "Ganga", "Rampa"], ["kisoen", "garhi", "ier", "wandin", "lal", "adsingh", "dien"], [""]),
    "Surinaams-Creools": (["Rodney", "Errol", "Orlando", "Clyde", "Humphrey", "Ricardo"], ["Gracia", "Jerrelyn", "Ilona", "Ursula", "Yvonne", "Marcia"],
              ["Doel", "Zeeg", "Amar", "Kart", "Lieuw", "Ableh", "Poet"], ["wijt", "elaar", "ali", "osoen", "ing", "man", "je"], [""]),
    "Surinaams-Javaans": (["Soeparman", "Wagiman", "Sarmo", "Joyo"], ["Sriwati", "Soekinem", "Wartini", "Ngatmi"],
              ["Soe", "Kar", "Sar", "Pawiro", "Mangoen", "Djo"], ["karso", "dikromo", "mito", "sonto", "redjo", "dirjo"], [""]),
    "Antilliaans": (["Jurich", "Shurandy", "Giandro", "Rignald", "Jair", "Quirino"], ["Jeanine", "Shudaisy", "Rusella", "Gisette", "Naomy", "Yurisca"],
              ["Marti", "Mer", "Isen", "Cijn", "Fran", "Koo", "Wal"], ["na", "cera", "ia", "rio", "tje", "ina", "le"], [""]),
    "Pools": (["Krzysztof", "Piotr", "Tomasz", "Paweł", "Grzegorz", "Łukasz"], ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Magdalena", "Ewa"],
              ["Kowal", "Wiś", "Szyman", "Woźn", "Kamień", "Lewand", "Dąbr"], ["czyk", "ewicz", "iak", "ak", "ek"], [""]),
    "Syrisch": (["Ahmad", "Khaled", "Fadi", "Mahmoud", "Rami", "Bashar"], ["Rasha", "Lina", "Hiba", "Rana", "Dima", "Ghadir"],
                ["Hal", "Khat", "Mas", "Shal", "Dar", "Hom"], ["abi", "ib", "ri", "wish", "si", "wani"], ["Al-", "Al-", ""]),
    "Eritrees": (["Tesfay", "Yonas", "Berhane", "Dawit", "Goitom", "Filmon"], ["Senait", "Rahwa", "Selam", "Mebrat", "Luwam", "Saba"],
                 ["Ghebre", "Tesfa", "Hailem", "Welde", "Berha", "Kidane"], ["mariam", "michael", "ezgi", "negus", "slassie"], [""]),
    "Somalisch": (["Abdirahman", "Mohamud", "Abdullahi", "Liban", "Farah", "Abdiqani"], ["Hodan", "Sahra", "Ifrah", "Fadumo", "Ubah", "Hamdi"],
                  ["Warsa", "Abdi", "Gure", "Nuur", "Hirsi", "Jama", "Dua"], ["me", "le", "ow", "sow", "ye", "leh"], [""]),
    "Chinees": (["Wei", "Jian", "Hao", "Zhiming", "Junjie"], ["Xiuying", "Meiling", "Lingfang", "Yanhua", "Huilan"],
                ["Ts", "Yeu", "Leu", "Fu", "Kw", "Zh"], ["oi", "ng", "ong", "ok", "ang", "ou"], [""]),
    "Indonesisch": (["Budi", "Agus", "Hendra", "Rudy"], ["Dewi", "Ratna", "Wulan", "Indah"],
                    ["Sura", "Widj", "Harto", "Kusu", "Santo"], ["tomo", "djaja", "nata", "wardoyo", "sa"], [""]),
    "Moluks": (["Johnny", "Semuel", "Izaak", "Frits"], ["Wilhelmina", "Christina", "Nelly", "Elsina"],
               ["Patti", "Latu", "Tehu", "Sahu", "Wattim", "Leiwak"], ["wael", "perissa", "ssina", "lessy", "ena", "kabessy"], [""]),
    "Ghanees": (["Kwame", "Kofi", "Kwabena", "Kojo", "Ebo"], ["Akosua", "Abena", "Efua", "Adwoa", "Esi"],
                ["Asa", "Ofo", "Boa", "Mensa", "Owu", "Agye"], ["moah", "ri", "teng", "su", "man", "kwa"], [""]),
    "Nigeriaans": (["Chinedu", "Emeka", "Oluwaseun", "Tunde"], ["Ngozi", "Chiamaka", "Funmilayo", "Adaeze"],
                   ["Okon", "Ade", "Nwa", "Obi", "Eze", "Ola"], ["kwo", "yemi", "chukwu", "nna", "wale"], [""]),
    "Kaapverdisch": (["Adilson", "Jailson", "Nelson", "Edmilson"], ["Djenifer", "Ivanilda", "Elisangela", "Nilza"],
                     ["Seme", "Fort", "Delga", "Monte", "Tava"], ["do", "es", "iro", "res", "na"], [""]),
    "Portugees": (["João", "Rui", "Tiago", "Duarte"], ["Inês", "Filipa", "Marta", "Beatriz"],
                  ["Carva", "Ferre", "Rodri", "Gonçal", "Mag"], ["lho", "ira", "gues", "ves", "alhães"], [""]),
    "Spaans": (["Javier", "Alejandro", "Iñigo"], ["Lucía", "Marisol", "Rocío"], ["Lor", "Vill", "Cast", "Berme", "Ordó"], ["ente", "alba", "illo", "jo", "ñez"], [""]),
    "Italiaans": (["Giuseppe", "Matteo", "Salvatore"], ["Giulia", "Francesca", "Chiara"], ["Espo", "Lom", "Ruggi", "Cara", "Ferra"], ["sito", "bardi", "ero", "vaggio", "nte"], [""]),
    "Duits": (["Jürgen", "Uwe", "Dieter"], ["Heike", "Birgit", "Anke"], ["Schwarz", "Holz", "Kirch", "Brück", "Wald"], ["mann", "hoff", "ner", "berger", "meier"], [""]),
    "Roemeens": (["Ionuț", "Mihai", "Florin"], ["Ioana", "Andreea", "Mirela"], ["Dumi", "Ionesc", "Moldov", "Radul", "Stănc"], ["escu", "eanu", "ache", "oiu"], [""]),
    "Iraaks-Koerdisch": (["Karwan", "Rebwar", "Hawre", "Shvan"], ["Shilan", "Bahar", "Avin", "Nazdar"], ["Bar", "Zan", "Kak", "Rash", "Hawr"], ["zani", "gana", "wais", "eyi", "amy"], [""]),
    "Afghaans": (["Farid", "Wahid", "Sayed", "Jawed"], ["Fereshta", "Zarmina", "Nilofar", "Mariam"], ["Nazar", "Rahim", "Hakim", "Wardak", "Popal"], ["zai", "yar", "khel", "zada"], [""]),
    "Iraans": (["Arash", "Babak", "Kourosh", "Dariush"], ["Shirin", "Parisa", "Ladan", "Mahnaz"], ["Tehr", "Shir", "Mola", "Khos", "Ghaf"], ["ani", "azi", "vi", "ravi", "ouri"], [""]),
    "Vietnamees": (["Minh", "Tuan", "Quang", "Duc"], ["Thi Lan", "Thu Trang", "Ngoc Anh", "Thanh Huong"], ["Tr", "Ph", "Hu", "Đ", "Bu"], ["an", "am", "ynh", "ang", "i"], [""]),
    "Ethiopisch": (["Abebe", "Getachew", "Tadesse"], ["Tigist", "Meron", "Hirut"], ["Abe", "Tade", "Wolde", "Gebre", "Desta"], ["bech", "sse", "giorgis", "yohannes"], [""]),
    "Hongaars": (["László", "Gábor", "Zoltán"], ["Erzsébet", "Katalin", "Zsófia"], ["Szil", "Bog", "Fehér", "Halá", "Mol"], ["ágyi", "dányi", "vári", "nár", "csik"], [""]),
    "Grieks": (["Giorgos", "Nikos", "Dimitris"], ["Eleni", "Katerina", "Despina"], ["Papa", "Kosta", "Niko", "Anto", "Geor"], ["dopoulos", "kis", "laidis", "giadis"], [""]),
    "Bosnisch": (["Emir", "Adnan", "Senad", "Mirza"], ["Amra", "Lejla", "Selma", "Azra"], ["Hodž", "Beg", "Mehmed", "Kovač", "Delal"], ["ić", "ović", "agić", "ević", "bašić"], [""]),
    "Oekraïens": (["Oleksandr", "Andriy", "Taras"], ["Oksana", "Olena", "Yulia"], ["Shevch", "Bond", "Kovalen", "Tkach", "Lysen"], ["enko", "arenko", "uk", "ychuk"], [""]),
    "Indiaas": (["Arjun", "Vikram", "Rohit"], ["Ananya", "Deepika", "Lakshmi"], ["Ravi", "Venkat", "Subra", "Krishna", "Nara"], ["chandran", "raman", "swamy", "murthy"], [""]),
    "Pakistaans": (["Imran", "Usman", "Faisal"], ["Ayesha", "Sana", "Rabia"], ["Qure", "Chaudh", "Siddi", "Mirz", "Awa"], ["shi", "ry", "qui", "ai", "n"], [""]),
    "Egyptisch": (["Mostafa", "Tarek", "Sherif"], ["Dalia", "Yasmin", "Heba"], ["Fatt", "Ghan", "Moni", "Rahm", "Sha"], ["ah", "em", "an", "wky"], ["El-", "Abdel "]),
    "Filipijns": (["Rodel", "Jomar", "Arnel"], ["Maricel", "Rowena", "Jocelyn"], ["Bautis", "Manala", "Villa", "Santi", "Cabre"], ["ta", "stas", "nueva", "ago", "ra"], [""]),
    "Tamil (Sri Lanka)": (["Tharshan", "Sivakumar", "Kajan"], ["Thushanthi", "Vasuki", "Nirosha"], ["Sivan", "Thevar", "Kanaga", "Rasa", "Jeya"], ["esan", "ajah", "ratnam", "lingam"], [""]),
    "Braziliaans": (["Thiago", "Leandro", "Wellington"], ["Fernanda", "Luana", "Thaís"], ["Nascim", "Brit", "Coutinh", "Fag", "Camarg"], ["ento", "o", "undes"], [""]),
    "Vlaams": (["Jens", "Wout", "Stijn"], ["Lien", "Ellen", "Griet"], ["Vande", "Verh", "Declerc", "Mert", "Vanhove"], ["velde", "aegen", "k", "ens", "rbeke"], [""]),
    "Colombiaans": (["Andrés", "Camilo", "Julián"], ["Valentina", "Daniela", "Yulieth"], ["Ospi", "Restre", "Zulu", "Agu", "Cardo"], ["na", "po", "aga", "delo", "zo"], [""]),
}

# known names: (surname, ordinary lower-case word, sentence with the ordinary use; {w} is the marked word)
KNOWN = [
    ("Zwart", "zwart", "volgens de melder werkt hij al maanden {w} in een autowasstraat"),
    ("Visser", "visser", "de buurvrouw denkt dat hij 's nachts als {w} meevaart op een kotter"),
    ("Kok", "kok", "op sociale media staat een foto van iemand die als {w} in een wokrestaurant werkt"),
    ("Bakker", "bakker", "de tipgever zag haar om vijf uur 's ochtends bij een {w} naar binnen gaan"),
    ("Koopman", "koopman", "hij zegt dat hij alleen als hobby {w} speelt op de rommelmarkt"),
    ("Post", "post", "de {w} van de gemeente kwam drie keer onbestelbaar retour"),
    ("Baas", "baas", "de vorige {w} verklaarde schriftelijk dat het dienstverband was beëindigd"),
    ("Huisman", "huisman", "hij noemt zichzelf {w} omdat hij voor de kinderen zorgt"),
    ("Klein", "klein", "het ging volgens de advocaat om een {w} bedrag van een familielid"),
    ("Hoek", "hoek", "de auto stond volgens de rechercheur telkens om de {w} geparkeerd"),
    ("Boom", "boom", "de bestelbus stond onder de {w} voor het portiek"),
    ("Winter", "winter", "sinds de {w} woont er volgens de buren een tweede volwassene"),
    ("Storm", "storm", "na de {w} van februari was de dakgoot weggewaaid en kwam er een aannemer"),
    ("Bos", "bos", "zij laat de hond elke ochtend uit in het {w} achter de flat"),
    ("Berg", "berg", "bij het huisbezoek lag er een {w} ongeopende post op tafel"),
    ("Koning", "koning", "zij zegt dat zij niet leeft als een {w} en elke euro omdraait"),
    ("Schipper", "schipper", "de broer van de bewoner werkt als {w} op de binnenvaart en logeert soms"),
    ("Koster", "koster", "hij is vrijwilliger en helpt de {w} met het openen van de kerk"),
    ("Timmerman", "timmerman", "een oud-collega noemt hem een handige {w} die klusjes doet"),
    ("Brouwer", "brouwer", "zij werkte vroeger bij een {w} en heeft daar geen inkomen meer"),
    ("de Vrij", "vrij", "zij zegt dat zij op vrijdag altijd {w} is en dan oppast op haar kleinzoon"),
    ("de Wit", "wit", "de tipgever noemt een {w} busje dat elke ochtend voor de deur staat"),
    ("Haas", "haas", "hij vertrok volgens de melder als een {w} toen de controleurs aanbelden"),
    ("Vos", "vos", "de melder zag 's nachts geen bezoek, alleen een {w} die door de tuin liep"),
    ("van der Molen", "molen", "zij werkt als vrijwilliger bij de {w} aan de dijk, onbetaald"),
    ("Smid", "smid", "haar zoon leert voor {w} en verdient als leerling een kleine vergoeding"),
]

STREET_A = ["Vlier", "Berken", "Lijster", "Spreeuwen", "Merel", "Kastanje", "Hazelaar", "Zonnebloem", "Akelei", "Wilgen",
            "Dotter", "Fazant", "Koekoek", "Reiger", "Kievit", "Boterbloem", "Gentiaan", "Klaproos", "Otter", "Bever",
            "Watermolen", "Korenaar", "Vlas", "Hennep", "Distel", "Wolfskers", "Plataan", "Zwaluw", "Eikenhout", "Ruisvoorn"]
STREET_B = ["straat", "laan", "hof", "weg", "plein", "singel", "dreef", "kade", "gracht", "erf", "pad", "hage", "veld", "rode"]

CITIES = [("Zaanstad", "zaanstad"), ("Almere", "almere"), ("Tilburg", "tilburg"), ("Enschede", "enschede"),
          ("Dordrecht", "dordrecht"), ("Leeuwarden", "leeuwarden"), ("Heerlen", "heerlen"), ("Lelystad", "lelystad"),
          ("Schiedam", "schiedam"), ("Vlaardingen", "vlaardingen"), ("Helmond", "helmond"), ("Emmen", "emmen"),
          ("Arnhem", "arnhem"), ("Nijmegen", "nijmegen"), ("Zoetermeer", "zoetermeer"), ("Alkmaar", "alkmaar"),
          ("Deventer", "deventer"), ("Venlo", "venlo"), ("Sittard-Geleen", "sittard-geleen"), ("Gouda", "gouda")]

PROVIDERS = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "icloud.com", "yahoo.com", "planet.nl"]


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ş", "s").replace("ğ", "g").replace("Đ", "D").replace("ț", "t").replace("ă", "a")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
