"""Name, address and number parts for the fresh34a corpus (civil ceremonies and names).

Most surnames and many first names are composed from origin-typical parts, so that they sit on no common list.
Standard library only.
"""

from __future__ import annotations

# group -> (female first names, male first names, surname builder spec)
# surname spec: (prefixes, stems, suffixes); a surname is prefix + stem + suffix (prefix may be "").
# Female/male first name lists may hold (start, end) tuples to compose from.
GROUPS = {
    "nederlands": (
        ["Sanne", "Femke", "Marloes", "Anouk", "Ilse", "Lieke", "Renske", "Jorien", "Mirthe", "Wendelien"],
        ["Joris", "Wouter", "Thijs", "Gijs", "Maarten", "Reinout", "Bart-Jan", "Hidde", "Stijn", "Teun"],
        (
            ["Wester", "Ooster", "Hooge", "Brede", "Lange", "Hoog", "Blanken", "Zuider", "Nieuwe", "Olde"],
            ["veld", "broek", "horst", "kamp", "hoeven", "wijk", "laar", "sloot", "stede", "beek", "vaart"],
            [""],
        ),
    ),
    "fries": (
        ["Wietske", "Jildou", "Tjitske", "Baukje", "Froukje", "Sytske", "Hiltje", "Anneke"],
        ["Sjoerd", "Hylke", "Sietse", "Gerben", "Jelmer", "Auke", "Rinse", "Wiebe", "Tjalling"],
        (
            [""],
            ["Hoek", "Sieb", "Tjal", "Wyb", "Fok", "Rein", "Hait", "Gers", "Oed", "Jel", "Douw"],
            ["stra", "sma", "inga", "enga", "ema", "ma", "ienga"],
        ),
    ),
    "marokkaans": (
        ["Fatima", "Khadija", "Imane", "Salma", "Ikram", "Siham", "Houda", "Zineb", "Nisrine", "Loubna"],
        ["Youssef", "Soufiane", "Hamza", "Zakaria", "Oussama", "Bilal", "Mourad", "Redouan", "Anouar", "Tarik"],
        (
            ["El ", "Ben ", "Ait ", "Bou", "El ", ""],
            ["hamd", "mouss", "kadd", "ouahab", "azz", "tah", "mans", "zer", "khatt", "hadd", "amr"],
            ["aoui", "ouri", "ani", "ach", "ati", "ouni", "iri"],
        ),
    ),
    "turks": (
        ["Elif", "Zeynep", "Merve", "Büşra", "Esra", "Ayşe", "Gülsüm", "Derya", "Tuba", "Sevda"],
        ["Emre", "Burak", "Mehmet", "Kerem", "Serkan", "Yusuf", "Onur", "Volkan", "Hakan", "Ozan"],
        (
            [""],
            ["Kara", "Ak", "Öz", "Yıl", "Çelik", "Demir", "Kaya", "Er", "Şahin", "Tek", "Gül", "Bay", "Koç"],
            ["oğlu", "han", "dağ", "soy", "türk", "taş", "can", "ay", "ok", "yiğit"],
        ),
    ),
    "surinaams_hindoestaans": (
        ["Shanti", "Priya", "Sunita", "Kavita", "Reshma", "Anjali", "Sharmila", "Vidya"],
        ["Radjesh", "Anil", "Vikash", "Dharmindra", "Ashwin", "Ravindra", "Sanjay", "Navin"],
        (
            [""],
            ["Ram", "Jan", "Bal", "Maha", "Sew", "Ragh", "Chan", "Bis", "Moti", "Soek"],
            ["dien", "dhari", "sing", "persad", "baran", "kisoen", "lal", "raadj", "bali"],
        ),
    ),
    "surinaams_creools": (
        ["Shanaira", "Gwendolyn", "Jolanda", "Marcia", "Ravenna", "Chantal", "Lucretia", "Quincy-Ann"],
        ["Marvin", "Romano", "Delano", "Clyde", "Errol", "Ricardo", "Dwight", "Orlando"],
        (
            [""],
            ["Doel", "Wan", "Zee", "Sab", "Mac", "Ken", "Bie", "Pin", "Koor", "Fre"],
            ["wijt", "dal", "ajo", "nel", "bosch", "as", "ster", "mijn", "dom"],
        ),
    ),
    "surinaams_javaans": (
        ["Sumiati", "Ratna", "Wartini", "Sriyani", "Tumirah", "Lasmi"],
        ["Soedarsono", "Wagiman", "Sarmo", "Kartono", "Paimin", "Soeparman"],
        (
            [""],
            ["Soe", "Ka", "Sa", "Wi", "Pa", "Mo", "Ke", "Dji"],
            ["kimin", "rijo", "dikromo", "sidin", "kromo", "redjo", "tosen", "semito"],
        ),
    ),
    "antilliaans": (
        ["Sharina", "Yudelka", "Jeandra", "Shurenska", "Glenda", "Rubenia"],
        ["Shurandy", "Jurensly", "Giovanni", "Rudsel", "Jandino", "Elvis", "Curtley"],
        (
            [""],
            ["Mar", "Cor", "Rom", "Fran", "Pie", "Mer", "Isen", "Ced", "Lak", "Wal"],
            ["tina", "sen", "ella", "cisca", "tersz", "cera", "ia", "eño", "wijk"],
        ),
    ),
    "pools": (
        ["Katarzyna", "Agnieszka", "Magdalena", "Joanna", "Małgorzata", "Beata", "Ewelina", "Dorota"],
        ["Piotr", "Tomasz", "Łukasz", "Krzysztof", "Paweł", "Grzegorz", "Marek", "Wojciech"],
        (
            [""],
            ["Kowal", "Nowa", "Wiśniew", "Zieliń", "Szyman", "Kamiń", "Lewand", "Dąbrow", "Grab", "Pietrz"],
            ["SKI"],
        ),
    ),
    "syrisch": (
        ["Rasha", "Lina", "Hiba", "Nour", "Yara", "Rima", "Ghada", "Dima"],
        ["Omar", "Khaled", "Ahmad", "Tarek", "Mazen", "Bashar", "Fadi", "Wael"],
        (
            ["Al-", "Abu ", "", "Al-"],
            ["Hal", "Ham", "Sab", "Dar", "Mas", "Naj", "Zah", "Kass", "Jab"],
            ["abi", "wi", "atib", "bagh", "wish", "ri", "jar", "ra", "bour"],
        ),
    ),
    "eritrees": (
        ["Senait", "Luwam", "Semhar", "Selam", "Freweyni", "Mehret", "Saba"],
        ["Yonas", "Tesfay", "Mebrahtu", "Filmon", "Dawit", "Samuel", "Habtom"],
        (
            [""],
            ["Gebre", "Tekle", "Haile", "Woldu", "Berhe", "Kidane", "Zere", "Mehari"],
            ["mariam", "michael", "selassie", "giorgis", "ab", "mikael", "tsion", "hans"],
        ),
    ),
    "somalisch": (
        ["Hodan", "Faadumo", "Ayaan", "Sahra", "Ifrah", "Hibaaq", "Ubah"],
        ["Abdirahman", "Mahad", "Liban", "Warsame", "Guled", "Abdiwali", "Mukhtar"],
        (
            [""],
            ["Wars", "Far", "Hir", "Ja", "Cil", "Dhu", "Xas", "Gee"],
            ["ame", "dille", "aax", "si", "maale", "oow", "ey", "diid"],
        ),
    ),
    "chinees": (
        [("Xiao", "ling"), ("Jia", "hui"), ("Yu", "wen"), ("Shu", "fang"), ("Hui", "qing"), ("Li", "ying")],
        [("Zhi", "hao"), ("Ming", "jun"), ("Jian", "wei"), ("Guo", "qiang"), ("Yong", "le"), ("Hao", "ran")],
        ([""], ["Zhang", "Huang", "Zhou", "Cheung", "Lam", "Tsang", "Leung", "Kwok", "Yip", "Chow"], [""]),
    ),
    "indonesisch": (
        ["Dewi", "Wulan", "Indah", "Sekar", "Ayu", "Kartika"],
        ["Budi", "Agus", "Rudi", "Bambang", "Hendra", "Joko"],
        (
            [""],
            ["Sas", "Pur", "Wid", "Har", "Su", "Kus", "Set", "Prab"],
            ["tro", "wanto", "jaja", "yono", "harto", "madi", "iadi", "owo"],
        ),
    ),
    "moluks": (
        ["Bernadette", "Welmoed", "Johanna", "Femmy", "Nelleke"],
        ["Julius", "Johannes", "Izaak", "Semuel", "Frits"],
        (
            [""],
            ["Tuhu", "Lati", "Sahu", "Mana", "Patti", "Watti", "Riri", "Lesi"],
            ["teru", "lete", "mena", "lau", "ssina", "ppy", "sa", "wa", "rissa"],
        ),
    ),
    "ghanees": (
        ["Ama", "Akosua", "Abena", "Efua", "Adwoa", "Afia"],
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Kwaku", "Kwesi"],
        (
            [""],
            ["Asa", "Bo", "Ow", "Ofo", "Agye", "Dar", "Ant", "Amo", "Obe"],
            ["moah", "ateng", "usu", "ri", "man", "kwa", "do", "nsah", "ng"],
        ),
    ),
    "nigeriaans": (
        ["Ngozi", "Adaeze", "Funmilayo", "Chiamaka", "Yetunde"],
        ["Chinedu", "Oluwaseun", "Emeka", "Tunde", "Obinna"],
        (
            [""],
            ["Okon", "Ade", "Oba", "Nwo", "Eze", "Oko", "Olu", "Ogu"],
            ["kwo", "yemi", "ji", "su", "ani", "nkwo", "biyi", "dike"],
        ),
    ),
    "kaapverdiaans": (
        ["Djenifer", "Edna", "Nilza", "Ivanilda", "Jandira"],
        ["Adilson", "Nelson", "Ailton", "Dany", "Elton"],
        ([""], ["Tava", "For", "Mon", "Sem", "Vare", "Cabr", "Gom"], ["res", "tes", "teiro", "edo", "la", "al", "ina"]),
    ),
    "afghaans": (
        ["Farida", "Mahbooba", "Nazanin", "Frishta", "Mursal"],
        ["Zalmai", "Habib", "Najib", "Farid", "Wahid"],
        ([""], ["Ahmad", "Naz", "Sultan", "Haki", "Rah", "Kar", "Popal", "Stanek"], ["zai", "mi", "yar", "khel", "i"]),
    ),
    "iraans": (
        ["Shirin", "Parisa", "Nasrin", "Golnaz", "Azadeh"],
        ["Dariush", "Kaveh", "Reza", "Babak", "Arash"],
        (
            [""],
            ["Moham", "Rez", "Tehr", "Hossein", "Kaz", "Sad", "Gol", "Ebrah"],
            ["adi", "ani", "zadeh", "pour", "nejad", "ian", "imi"],
        ),
    ),
    "iraaks": (
        ["Zainab", "Zahraa", "Ruqaya", "Maryam", "Duaa"],
        ["Haider", "Mustafa", "Hussein", "Karrar", "Muntadhar"],
        (
            ["Al-"],
            ["Ru", "Ju", "Tami", "Oba", "Sham", "Zub", "Kaab", "Dul"],
            ["bai", "bouri", "mi", "idi", "mari", "aimi"],
        ),
    ),
    "koerdisch": (
        ["Rojda", "Berfin", "Dilan", "Zilan", "Hêvîn", "Rojin"],
        ["Azad", "Serhat", "Baran", "Rêbaz", "Kawa", "Şiyar"],
        (
            [""],
            ["Ba", "Ze", "Ro", "Ser", "Ak", "Ko", "Zag", "Bot"],
            ["rzani", "naki", "danî", "çer", "ros", "han", "ani"],
        ),
    ),
    "oekraiens": (
        ["Oksana", "Iryna", "Olena", "Halyna", "Nataliya", "Solomiya"],
        ["Taras", "Bohdan", "Mykola", "Andriy", "Ostap", "Yevhen"],
        (
            [""],
            ["Kovalen", "Shevchen", "Bondar", "Tkachen", "Melnych", "Kravch", "Hrytsen", "Lysen"],
            ["ko", "uk", "enko", "yshyn", "ak"],
        ),
    ),
    "roemeens": (
        ["Ioana", "Elena", "Alina", "Roxana", "Bianca"],
        ["Andrei", "Mihai", "Florin", "Bogdan", "Sorin"],
        ([""], ["Pop", "Ion", "Dum", "Stan", "Rad", "Con", "Mar", "Vlad"], ["escu", "eanu", "ovici", "ache", "itru"]),
    ),
    "bulgaars": (
        ["Desislava", "Tsvetelina", "Radostina", "Mariyana", "Gergana"],
        ["Georgi", "Ivaylo", "Hristo", "Stoyan", "Plamen"],
        ([""], ["Dimi", "Ivan", "Petk", "Ston", "Georgi", "Todor", "Kost"], ["OV"]),
    ),
    "vietnamees": (
        [("Thi ", "Lan"), ("Thu ", "Trang"), ("Thi ", "Huong"), ("Ngoc ", "Anh"), ("Bich ", "Ngoc")],
        [("Van ", "Minh"), ("Duc ", "Anh"), ("Quang ", "Huy"), ("Minh ", "Tuan"), ("Thanh ", "Long")],
        ([""], ["Nguyen", "Tran", "Pham", "Hoang", "Dang", "Huynh", "Phan", "Truong"], [""]),
    ),
    "indiaas": (
        ["Priyanka", "Ananya", "Deepa", "Lakshmi", "Kavya"],
        ["Arjun", "Rohan", "Karthik", "Srinath", "Vivek"],
        (
            [""],
            ["Venkat", "Krishna", "Raghu", "Subra", "Srini", "Bala", "Gopal"],
            ["raman", "murthy", "nathan", "vasan", "swamy", "krishnan"],
        ),
    ),
    "filipijns": (
        ["Maricel", "Rowena", "Lovely", "Jocelyn", "Analyn"],
        ["Jericho", "Jomar", "Arnel", "Rommel", "Jayson"],
        (
            [""],
            ["Maca", "Dima", "Pangi", "Mana", "Sali", "Bala", "Taga"],
            ["pagal", "culangan", "linan", "lo", "ngsang", "uit"],
        ),
    ),
    "duits": (
        ["Annegret", "Friederike", "Heike", "Gudrun", "Silke"],
        ["Jürgen", "Lukas", "Matthias", "Dieter", "Sönke"],
        (
            ["", "", "von "],
            ["Schwarz", "Hoff", "Brandt", "Zimmer", "Kessel", "Hart", "Wald", "Stein"],
            ["mann", "meier", "ner", "hauser", "bach", "berger"],
        ),
    ),
    "braziliaans": (
        ["Larissa", "Juliana", "Thaís", "Fernanda", "Priscila"],
        ["Thiago", "Rafael", "Caio", "Leandro", "Gustavo"],
        ([""], ["Oliv", "Carv", "Fer", "Alm", "Sil", "Rodr", "Mour"], ["eira", "alho", "reira", "eida", "veira", "ão"]),
    ),
    "italiaans": (
        ["Giulia", "Chiara", "Federica", "Alessia"],
        ["Matteo", "Lorenzo", "Davide", "Simone"],
        (
            [""],
            ["Ros", "Bianc", "Ferr", "Espos", "Colom", "Ricc", "Galli"],
            ["setti", "hini", "ari", "ito", "bo", "ardi"],
        ),
    ),
    "spaans": (
        ["Lucía", "Carmen", "Nerea", "Ainhoa"],
        ["Javier", "Álvaro", "Iñigo", "Sergio"],
        ([""], ["Fernán", "Gonzá", "Martí", "Hernán", "Ló", "Rodrí", "Domín"], ["dez", "lez", "nez", "pez", "guez"]),
    ),
    "grieks": (
        ["Eleni", "Katerina", "Despina", "Vasiliki"],
        ["Dimitrios", "Giorgos", "Stavros", "Nikos"],
        ([""], ["Papa", "Kon", "Geor", "Niko", "Chrys", "Anto"], ["dopoulou", "stantinou", "giou", "laidou"]),
    ),
    "pakistaans": (
        ["Ayesha", "Sana", "Mehwish", "Rabia"],
        ["Imran", "Usman", "Faisal", "Kamran"],
        ([""], ["Chaud", "Qur", "Siddi", "Mal", "Bhat", "Awan"], ["hry", "eshi", "qui", "ik", "ti", "zada"]),
    ),
    "bosnisch": (
        ["Amra", "Selma", "Lejla", "Aida"],
        ["Emir", "Adnan", "Haris", "Mirza"],
        ([""], ["Hodž", "Beg", "Muj", "Had", "Del", "Omer", "Kur"], ["ić", "ović", "agić", "žić", "ašević"]),
    ),
    "hongaars": (
        ["Zsófia", "Réka", "Boglárka", "Eszter"],
        ["Bence", "Levente", "Gergő", "Zsolt"],
        ([""], ["Horv", "Kov", "Szab", "Fark", "Bal", "Lakat"], ["áth", "ács", "ó", "as", "ogh", "os"]),
    ),
}

# Dutch particles, written lower case after a first name or initials.
DUTCH_PARTICLES = ["van", "van der", "van de", "de", "ter", "ten", "van den", "in 't", "op de", "te", "van 't", "der"]

STREET_A = [
    "Linde",
    "Berken",
    "Meidoorn",
    "Kastanje",
    "Wilgen",
    "Iepen",
    "Hazel",
    "Vlier",
    "Ratel",
    "Kievit",
    "Zwaluw",
    "Reiger",
    "Merel",
    "Spreeuw",
    "Fazant",
    "Oranje",
    "Molen",
    "Veer",
    "Haven",
    "Sluis",
    "Gracht",
    "Dorps",
    "Akker",
    "Klaver",
    "Esdoorn",
    "Lijster",
    "Wielewaal",
    "Tulpen",
    "Jasmijn",
    "Vossen",
]
STREET_B = ["laan", "straat", "weg", "hof", "plein", "pad", "singel", "kade", "dreef", "erf", "gaarde", "dijk"]
STREET_PRE = ["", "", "", "", "Oude ", "Lange ", "Korte ", "Nieuwe ", "Achter de "]

PLACES = [
    "Zaanstad",
    "Almere",
    "Apeldoorn",
    "Leeuwarden",
    "Tilburg",
    "Zwolle",
    "Enschede",
    "Haarlem",
    "Delft",
    "Nijmegen",
    "Breda",
    "Schiedam",
    "Deventer",
    "Heerlen",
    "Alkmaar",
    "Amersfoort",
    "Lelystad",
    "Gouda",
    "Vlaardingen",
    "Emmen",
    "Hoorn",
    "Purmerend",
    "Sittard",
    "Helmond",
    "Roosendaal",
    "Capelle",
]

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
    "hetnet.nl",
]

BANKS = ["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]

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

# Known-name words: (word, where in the name, ordinary uses written lower case in the same document).
# {S} is the bare name (surname alone, or first name), {T} a title; the ordinary word itself stays lower case.
KNOWN = [
    (
        "Ring",
        "sur",
        [
            "De ring van oma ligt bij de getuige; {T} {S} haalt hem vrijdag op.",
            "Tijdens de ceremonie viel de ring op de vloer, vertelde {S} later.",
        ],
    ),
    (
        "Bloem",
        "sur",
        [
            "Elke gast krijgt een bloem op de revers, schreef {S} aan de trouwzaal.",
            "Volgens {T} {S} mag er geen enkele bloem op de trappen van het stadhuis.",
        ],
    ),
    (
        "Koster",
        "sur",
        [
            "De koster van de kapel opent om tien uur, zei {T} {S}.",
            "{T_} {S} belde de koster over de sleutel van de kapel.",
        ],
    ),
    (
        "Zanger",
        "sur",
        [
            "Een zanger tijdens de ceremonie is toegestaan, liet de trouwzaal {S} weten.",
            "{T_} {S} vroeg of er een zanger mee mag naar de raadzaal.",
        ],
    ),
    (
        "Visser",
        "sur",
        [
            "De getuige is visser van beroep en vaart die week uit, meldde {S}.",
            "{T_} {S} legde uit dat haar vader als visser niet eerder aan land is.",
        ],
    ),
    (
        "Bakker",
        "sur",
        [
            "De taart komt van een bakker uit het dorp, zei {S}.",
            "{T_} {S} vroeg of de bakker de taart in de hal mag zetten.",
        ],
    ),
    (
        "Schipper",
        "sur",
        [
            "De schipper van de trouwboot heeft een vergunning nodig, schreef {S}.",
            "Volgens {S} wil de schipper vooraf de route weten.",
        ],
    ),
    (
        "Brouwer",
        "sur",
        [
            "Het bier komt van een brouwer uit de buurt, vertelde {T} {S}.",
            "{T_} {S} vroeg of de brouwer een tap in de tuin mag zetten.",
        ],
    ),
    (
        "Kok",
        "sur",
        [
            "De kok van de catering komt om drie uur, mailde {S}.",
            "{T_} {S} wil dat de kok al om twaalf uur in de keuken kan.",
        ],
    ),
    (
        "Groen",
        "sur",
        ["De trouwzaal wordt helemaal groen versierd, schreef {S}.", "{T_} {S} wil de bogen groen laten aankleden."],
    ),
    (
        "Trouw",
        "sur",
        [
            "Ze beloven elkaar trouw in de raadzaal, zei {T} {S}.",
            "Het woord trouw staat op de uitnodiging, legde {S} uit.",
        ],
    ),
    (
        "Blij",
        "sur",
        ["We zijn blij met de nieuwe datum, schreef {T} {S}.", "{T_} {S} is niet blij met de late reactie."],
    ),
    (
        "Vrolijk",
        "sur",
        ["Het moet een vrolijk feest worden, zei {S}.", "{T_} {S} vond de ambtenaar niet erg vrolijk aan de telefoon."],
    ),
    (
        "Winter",
        "sur",
        ["Ze willen in de winter trouwen, schreef {T} {S}.", "{T_} {S} vroeg of de tuin in de winter open is."],
    ),
    (
        "Maan",
        "sur",
        [
            "Op de kaart staat een maan boven het stadhuis, vertelde {S}.",
            "{T_} {S} koos de avond omdat het dan volle maan is.",
        ],
    ),
    (
        "Kruis",
        "sur",
        [
            "Op het formulier moest een kruis bij naamgebruik, schreef {S}.",
            "{T_} {S} zette het kruis in het verkeerde vakje.",
        ],
    ),
    ("Post", "sur", ["De akte kwam per post, meldde {T} {S}.", "{T_} {S} heeft de stukken per post opgestuurd."]),
    (
        "Zaal",
        "sur",
        ["De zaal was te klein voor de gasten, schreef {S}.", "{T_} {S} wil de zaal een uur langer huren."],
    ),
    (
        "Hoek",
        "sur",
        ["De fotograaf stond in de hoek van de raadzaal, zei {S}.", "{T_} {S} vroeg of de tafel in de hoek mag staan."],
    ),
    (
        "Huisman",
        "sur",
        [
            "Hij is huisman en zorgt voor de kinderen, zei {T} {S}.",
            "{T_} {S} is thuis huisman en kan overdag langskomen.",
        ],
    ),
    (
        "Koopman",
        "sur",
        ["Haar vader was koopman in Paramaribo, schreef {S}.", "{T_} {S} noemde zichzelf een koopman zonder kantoor."],
    ),
    ("Roos", "first", ["In het boeket zit een witte roos, vertelde {S}.", "{S} wil op elke tafel een roos."]),
    (
        "Mei",
        "first",
        ["De voorkeursdatum is zaterdag in mei, schreef {S}.", "{S} vroeg of er in mei nog een datum vrij is."],
    ),
    (
        "Hoop",
        "sur",
        ["We hebben de hoop nog niet opgegeven, schreef {T} {S}.", "{T_} {S} houdt hoop op een datum in de zomer."],
    ),
    (
        "Lange",
        "sur",
        [
            "De lange wachttijd voor een afspraak kwam ter sprake bij {S}.",
            "{T_} {S} klaagt over de lange rij bij de balie.",
        ],
    ),
]
