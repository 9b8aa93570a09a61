"""Name material for fresh36c: origin groups with first names and surname parts that are composed per person.

Each group: (female first names, male first names, surname builder). Builders mostly glue origin-typical parts
together, so that most surnames are on no common list. A surname is returned as (particle, core): the particle is
lower case ("van der") or, for Flemish names, already capitalised ("Van den").
"""

from __future__ import annotations


def _glue(pre, post, sep=""):
    return lambda r: ("", r.choice(pre) + sep + r.choice(post))


def _dutch(r):
    core = r.choice(
        ["Hooge", "Klaver", "Wester", "Berken", "Linde", "Rietk", "Zand", "Eike", "Haver", "Sloot"]
    ) + r.choice(["veld", "kamp", "broek", "horst", "hof", "wijk", "beek", "donk", "meer", "laar"])
    part = r.choice(["van", "de", "van der", "van den", "ter", "ten", "te", "van 't", "in 't", "op den", "van de", ""])
    return (part, core)


def _frisian(r):
    return (
        "",
        r.choice(["Wierd", "Hylk", "Sjoerd", "Jelle", "Dou", "Tsjal", "Wyb", "Oebel"])
        + r.choice(["sma", "stra", "inga", "ema", "enga", "ma"]),
    )


def _flemish(r):
    return (
        r.choice(["Van den", "Van de", "De", "Vander"]).replace("Vander", "Van der"),
        r.choice(["Bossch", "Stee", "Velde", "Kerckhov", "Moortg", "Bruyn"])
        + r.choice(["e", "ne", "n", "ele", "aert"]),
    )


def _tjon(r):
    return (
        "",
        r.choice(["Tjon A ", "Tjin A ", "Lie A ", "Ho A "]) + r.choice(["Fong", "Loi", "Joe", "Kon", "Sjoe", "Ten"]),
    )


def _arab(pre):
    def b(r):
        return (
            "",
            r.choice(pre)
            + r.choice(["Hal", "Sham", "Dar", "Hom", "Kha", "Zou", "Naj", "Raw"])
            + r.choice(["abi", "wi", "wish", "ali", "tib", "bi", "jar", "di"]),
        )

    return b


GROUPS = {
    "Nederlands": (
        ["Anouk", "Mieke", "Jolanda", "Sanne", "Ineke", "Marjolein", "Femke"],
        ["Gert-Jan", "Bas", "Wouter", "Henk", "Ruud", "Teun", "Joris"],
        _dutch,
    ),
    "Fries": (
        ["Wytske", "Jitske", "Tjitske", "Sjoukje", "Baukje"],
        ["Sjoerd", "Hylke", "Auke", "Wiebe", "Jelmer"],
        _frisian,
    ),
    "Vlaams": (["Lieve", "Griet", "Hanne", "An"], ["Jef", "Wout", "Pieter-Jan", "Koen"], _flemish),
    "Marokkaans": (
        ["Fatima", "Khadija", "Hanane", "Nadia", "Ilham", "Soumaya"],
        ["Youssef", "Mohamed", "Bilal", "Said", "Hamid", "Anouar"],
        lambda r: (
            "",
            r.choice(["El ", "Ait ", "Ben ", "Bou", "Ou"])
            + r.choice(["Kaddou", "Hamma", "Azzou", "Mesba", "Tahi", "Ghaza", "Yacou"])
            + r.choice(["ri", "hi", "di", "ani", "lali", "bi"]),
        ),
    ),
    "Turks": (
        ["Ayşe", "Emine", "Zeynep", "Elif", "Hatice", "Gülsüm"],
        ["Mehmet", "Hüseyin", "Murat", "Oğuz", "Recep", "Cengiz"],
        _glue(
            ["Yıl", "Kara", "Ak", "Demir", "Öz", "Çelik", "Kay", "Tok"],
            ["dağ", "soy", "taş", "oğlu", "türk", "ay", "han", "gül"],
        ),
    ),
    "Surinaams-Creools": (
        ["Ramona", "Chantal", "Sharon", "Marlène"],
        ["Gerold", "Romeo", "Iwan", "Errol", "Ricardo"],
        _glue(["Sor", "Kas", "Lie", "Mon", "Wal", "Pin", "Doel"], ["dam", "sie", "ker", "tou", "hout", "as", "wijk"]),
    ),
    "Surinaams-Hindoestaans": (
        ["Sunita", "Anjali", "Devika", "Radha", "Shanti"],
        ["Ashwin", "Radjesh", "Kiran", "Sanjay", "Navin"],
        _glue(["Ram", "Jag", "Bal", "Kal", "Man", "Son", "Bis"], ["sahai", "esar", "desing", "loe", "ai", "dew", "oe"]),
    ),
    "Surinaams-Javaans": (
        ["Sumarni", "Ngatini", "Sriwati", "Wagini"],
        ["Sugiarto", "Wagiman", "Soeparman", "Kartowi"],
        _glue(["Sar", "Kro", "Sos", "Mor", "Tas", "Ker"], ["modjo", "mosemito", "dikromo", "ikin", "sodikromo", "ijo"]),
    ),
    "Surinaams-Chinees": (["Mei-Ling", "Sandra", "Carla"], ["Ronald", "Edwin", "Guno"], _tjon),
    "Antilliaans": (
        ["Shurandy", "Giselle", "Maylin", "Rudsel"],
        ["Jurick", "Quincy", "Ruendy", "Shaquille"],
        _glue(
            ["Mar", "Isa", "Rosa", "Cele", "Fran", "Zimm", "Ange"],
            ["tina", "bella", "ria", "stijn", "cisca", "erman", "lica"],
        ),
    ),
    "Pools": (
        ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna"],
        ["Tomasz", "Paweł", "Krzysztof", "Grzegorz"],
        _glue(
            ["Kowal", "Nowa", "Wiśn", "Zieliń", "Lewand", "Grab", "Szyma"],
            ["czyk", "ak", "iewicz", "owicz", "czak", "iak"],
        ),
    ),
    "Syrisch": (
        ["Lina", "Rasha", "Nour", "Yara", "Ghalia"],
        ["Rami", "Omar", "Hussam", "Fadi", "Tarek"],
        _arab(["Al-", "", "Al-"]),
    ),
    "Iraaks": (
        ["Zainab", "Sura", "Huda"],
        ["Haider", "Mustafa", "Ali", "Karrar"],
        _glue(["Al-"], ["Juboori", "Saadi", "Obaidi", "Tamimi", "Rubaie", "Shammari", "Dulaimi"]),
    ),
    "Eritrees": (
        ["Semhar", "Luwam", "Freweini", "Helen", "Saba"],
        ["Yonas", "Tesfay", "Mehari", "Filmon", "Robel"],
        _glue(
            ["Gebre", "Tesfa", "Habte", "Wolde", "Kidane", "Ghebre"],
            ["mariam", "michael", "giorgis", "selassie", "mikael", "hiwet"],
        ),
    ),
    "Ethiopisch": (
        ["Meseret", "Tigist"],
        ["Dawit", "Abebe"],
        _glue(["Tade", "Ale", "Bek", "Gir"], ["sse", "mu", "ele", "ma"]),
    ),
    "Somalisch": (
        ["Hodan", "Faduma", "Hibaaq", "Sahra", "Ifrah"],
        ["Abdirahman", "Abdi", "Mohamud", "Liban", "Guled"],
        _glue(["War", "Far", "Gu", "Ab", "Ja", "Hir", "Ega"], ["same", "ah", "led", "dulle", "ma", "si", "al"]),
    ),
    "Chinees": (
        ["Xiaoling", "Meiyu", "Lan"],
        ["Wei", "Jun", "Haoran"],
        _glue(["Yeung", "Tsang", "Kwok", "Sze", "Leung", "Mok", "Tsui"], ["", "-Chiu", "-Lam"]),
    ),
    "Vietnamees": (
        ["Thi Lan", "Thi Hoa", "Ngoc Anh"],
        ["Minh Duc", "Quang", "Thanh"],
        _glue(["Ng", "Tr", "Ph", "Hu", "Đ"], ["uyen", "an", "am", "ynh", "ang"]),
    ),
    "Indonesisch": (
        ["Johanna", "Nona", "Wilhelmina"],
        ["Semuel", "Yopie", "Dominggus"],
        _glue(["Latu", "Tuhu", "Sahu", "Watti", "Matu", "Pattiwa"], ["mahina", "mury", "lekal", "ete", "sina", "el"]),
    ),
    "Ghanees": (
        ["Akosua", "Abena", "Ama", "Efua"],
        ["Kwame", "Kofi", "Yaw", "Kwabena"],
        _glue(["Ofo", "Ase", "Boa", "Men", "Owu", "Agye", "Amo"], ["ri", "nso", "teng", "sah", "su", "man", "ako"]),
    ),
    "Nigeriaans": (
        ["Ngozi", "Adaeze", "Chiamaka"],
        ["Chinedu", "Emeka", "Obinna"],
        _glue(["Oko", "Eze", "Nwa", "Obi", "Ade", "Olu"], ["nkwo", "kwe", "chukwu", "ayo", "bisi", "wole"]),
    ),
    "Kaapverdiaans": (
        ["Djenifer", "Mirela", "Ivone"],
        ["Ivanildo", "Odair", "Nelson"],
        _glue(["Sem", "Tav", "Var", "Fur", "Mon", "Lop"], ["edo", "ares", "ela", "tado", "teiro", "inho"]),
    ),
    "Afghaans": (
        ["Mariam", "Zahra", "Farzana", "Shabnam"],
        ["Farid", "Sohail", "Ahmad Shah", "Najib"],
        _glue(["Ahmad", "Rahim", "Sult", "Noor", "Ka", "Popal"], ["zai", "i", "yar", "zada", "khel"]),
    ),
    "Iraans": (
        ["Shirin", "Parisa", "Niloufar"],
        ["Babak", "Kourosh", "Dariush"],
        _glue(["Moha", "Hossei", "Rah", "Far", "Tehr", "Shir"], ["mmadi", "ni", "imi", "hadi", "ani", "azi"]),
    ),
    "Koerdisch": (
        ["Rojda", "Berfin", "Dilan"],
        ["Serhat", "Rêber", "Azad"],
        _glue(["Bar", "Zin", "Şer", "Ard"], ["zani", "dar", "wan", "alan"]),
    ),
    "Bulgaars": (
        ["Desislava", "Mariya", "Tsvetelina"],
        ["Petar", "Georgi", "Stoyan"],
        _glue(["Dimi", "Ivan", "Petk", "Stoy", "Georg", "Yord"], ["trov", "ov", "anov", "iev", "chev"]),
    ),
    "Roemeens": (
        ["Ioana", "Elena", "Andreea"],
        ["Mihai", "Andrei", "Bogdan"],
        _glue(["Pop", "Ion", "Dumi", "Stan", "Con", "Radu"], ["escu", "eanu", "trescu", "ciu", "lescu"]),
    ),
    "Oekraïens": (
        ["Oksana", "Olena", "Iryna", "Halyna"],
        ["Dmytro", "Taras", "Bohdan", "Mykola"],
        _glue(["Kovalen", "Shevch", "Bondar", "Tkach", "Melny", "Hryts"], ["ko", "enko", "uk", "chuk", "yk"]),
    ),
    "Pakistaans": (
        ["Saima", "Ayesha", "Rubina"],
        ["Imran", "Tariq", "Usman"],
        _glue(["Qure", "Chaud", "Bu", "Mal", "Rash", "Jan"], ["shi", "hry", "tt", "ik", "eed", "jua"]),
    ),
    "Indiaas": (
        ["Priya", "Lakshmi", "Divya"],
        ["Arjun", "Rohit", "Venkat"],
        _glue(
            ["Subra", "Krish", "Venka", "Ragha", "Nara", "Bala"], ["manian", "nan", "tesh", "vendra", "yanan", "murthy"]
        ),
    ),
    "Italiaans": (
        ["Giulia", "Francesca", "Chiara"],
        ["Marco", "Luca", "Salvatore"],
        _glue(["Ross", "Bian", "Espos", "Ricc", "Lomb", "Gall"], ["i", "chi", "ito", "ardi", "ello", "uzzo"]),
    ),
    "Spaans": (
        ["Lucía", "Carmen", "Pilar"],
        ["Javier", "Sergio", "Manuel"],
        _glue(["Fern", "Gonz", "Rodr", "Mart", "Hern", "Sánch"], ["ández", "ález", "íguez", "ínez", "ez"]),
    ),
    "Duits": (
        ["Ulrike", "Heike", "Sabine"],
        ["Jürgen", "Dieter", "Uwe"],
        _glue(["Schr", "Kr", "Hoff", "Wagn", "Beck", "Zimm"], ["öder", "üger", "mann", "er", "ert", "ling"]),
    ),
    "Sudanees": (
        ["Amna", "Samah"],
        ["Osman", "Elfatih"],
        _glue(["Abd", "Moham", "Ibra", "Yous"], ["elrahim", "edain", "him", "if"]),
    ),
    "Brazilaans": (
        ["Thaís", "Juliana"],
        ["Thiago", "Rodrigo"],
        _glue(["Olive", "Sou", "Carv", "Pere"], ["ira", "za", "alho", "ira da Silva"]),
    ),
}

# Known-name material: (surname particle, surname core, ordinary-use sentence with the lower-case word marked <..>).
KNOWN = [
    ("", "Post", "De brief lag twee weken tussen de <post> voordat iemand hem opende."),
    ("", "Visser", "Zijn broer werkt als <visser> in IJmuiden en kan overdag niet tolken."),
    ("", "Bakker", "De <bakker> op de hoek leest soms brieven voor aan klanten."),
    ("", "Koster", "Ook de <koster> van de kerk hielp een keer met het formulier."),
    ("", "Brouwer", "Een oom is <brouwer> en spreekt beter Nederlands, maar woont ver weg."),
    ("", "Molenaar", "De <molenaar> van de stadsmolen gaf de taalgroep een rondleiding."),
    ("de", "Vos", "Op de folder stond een <vos>, en daardoor dacht men dat het over dieren ging."),
    ("", "Haas", "De <haas> op het boekje van de bibliotheek maakte het duidelijk voor de kinderen."),
    ("de", "Groot", "Het lettertype van de aanslag was niet <groot> genoeg."),
    ("", "Klein", "De letters op het formulier waren veel te <klein>."),
    ("de", "Wit", "Het formulier was helemaal <wit> en had geen logo, dus het leek niet echt."),
    ("", "Zwart", "Op de brief stond een <zwart> kader met de betaaltermijn."),
    ("", "Winter", "In de <winter> is het spreekuur op dinsdagavond, nu niet."),
    ("", "Storm", "Door de <storm> ging de afspraak met de tolk niet door."),
    ("van der", "Hoek", "De balie voor tolkafspraken zit in de <hoek> van de hal."),
    ("van", "Dijk", "Het wijkcentrum staat achter de <dijk>, niet bij het station."),
    ("", "Koning", "Eerst dacht men dat de brief van de <koning> kwam, vanwege het wapen."),
    ("", "Baas", "Toen belde de <baas> van de schoonmaakploeg namens hem de gemeente."),
    ("", "Kok", "Overdag werkt men als <kok> in een restaurant, dus bellen kan alleen 's avonds."),
    ("", "Vogel", "Een <vogel> had een nest gebouwd boven de brievenbus, zodat de post nat werd."),
    ("", "Schipper", "Vroeger werkte de vader als <schipper> op de Rijn."),
    ("", "Boom", "Volgens de brief moet de <boom> voor het huis weg, dat was het hele misverstand."),
    ("", "Steen", "Er lag een <steen> op de stapel brieven zodat die niet wegwaaiden."),
    ("", "Lang", "Het telefoongesprek met de tolk duurde erg <lang>."),
    ("", "Kort", "Het antwoord van het loket was heel <kort> en onduidelijk."),
    ("", "Sterk", "De koffie bij het Taalhuis is <sterk>, zegt iedereen."),
    ("", "Stil", "In de wachtruimte was het erg <stil>."),
    ("", "Wolf", "Op de poster stond een <wolf>, waardoor de kinderen bang werden."),
]
