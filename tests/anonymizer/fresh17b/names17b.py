"""Names for fresh17b: origin groups present in the Dutch population, with surnames (and many first names) composed
from origin-typical parts so that most of them are on no common list."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

# group: (male first names, female first names, surname prefixes, surname suffixes, joiner)
GROUPS: dict[str, tuple[list[str], list[str], list[str], list[str], str]] = {
    "Dutch": (
        ["Gerlof", "Wijnand", "Harmen", "Joost", "Reinout", "Berend", "Tijmen", "Maarten"],
        ["Wilmijn", "Geertje", "Marrit", "Hester", "Annelot", "Jorien", "Mirthe", "Ingeborg"],
        ["Wester", "Hooge", "Brink", "Ooster", "Ravens", "Kolder", "Hulse", "Eggen", "Lam", "Wiggel"],
        ["kamp", "broek", "hout", "veld", "horst", "werf", "ink", "steeg", "dijk", "mans"],
        "",
    ),
    "Dutch-particle": (
        ["Diederik", "Jelmer", "Onno", "Rutger", "Sybren", "Thijmen", "Wessel", "Floris"],
        ["Machteld", "Roosmarijn", "Emmelie", "Jacolien", "Marleen", "Fenna", "Sterre", "Hendrika"],
        ["Berk", "Heem", "Hul", "Wete", "Zand", "Hoog", "Brug", "Esch", "Linge", "Mid"],
        ["hoven", "stede", "kolk", "laar", "ring", "voort", "weerd", "donk", "hage", "lo"],
        "",
    ),
    "Frisian": (
        ["Sjoerd", "Tsjerk", "Auke", "Durk", "Gerben", "Wiebren", "Folkert", "Hidde"],
        ["Wietske", "Hiltsje", "Jildou", "Sytske", "Baukje", "Froukje", "Tjitske", "Aukje"],
        ["Terp", "Sieds", "Tjal", "Wyn", "Haring", "Hylk", "Douw", "Jaars", "Bouw", "Sikk"],
        ["stra", "sma", "inga", "ema", "ga", "tsma", "enga", "ma"],
        "",
    ),
    "Moroccan": (
        ["Soufiane", "Nordin", "Yassine", "Anouar", "Zakaria", "Hamza", "Ilias", "Redouan"],
        ["Ilham", "Houda", "Naima", "Rachida", "Hafsa", "Ikram", "Siham", "Loubna"],
        ["Bou", "El ", "Ben", "Ait ", "Ou"],
        ["tayeb", "kaddour", "lahcen", "hammou", "zerouali", "yahyaoui", "mimouni", "idrissi", "haddouti"],
        "cap",
    ),
    "Turkish": (
        ["Emre", "Burak", "Hakan", "Serkan", "Mert", "Yusuf", "Oğuz", "Volkan"],
        ["Elif", "Zeynep", "Gülsüm", "Esra", "Dilek", "Büşra", "Hatice", "Sevgi"],
        ["Kara", "Öz", "Demir", "Yıl", "Kay", "Çelik", "Bay", "Tek", "Ak", "Gök"],
        ["oğlu", "han", "kaya", "dağ", "türk", "can", "soy", "taş", "ersoy"],
        "",
    ),
    "Surinamese-Hindustani": (
        ["Radjesh", "Ravindra", "Kiran", "Sunil", "Anand", "Dinesh", "Rakesh", "Vishal"],
        ["Shanti", "Anjali", "Sunita", "Sharmila", "Dewkoemarie", "Rashmi", "Kavita", "Indira"],
        ["Ram", "Jag", "Man", "Bhoe", "Sew", "Dji", "Gan", "Sit"],
        ["dien", "essar", "sahai", "charan", "nath", "lal", "koemar", "persad", "tahal"],
        "",
    ),
    "Surinamese-Creole": (
        ["Quincy", "Marlon", "Rodney", "Earl", "Romeo", "Clifton", "Errol", "Virgil"],
        ["Ginelva", "Priscilla", "Gracia", "Sharlene", "Angelique", "Jerusha", "Ilona", "Clarissa"],
        ["Zee", "Doel", "Wijn", "Ama", "Kros", "Slag", "Pina", "Sabaj"],
        ["fuik", "wijt", "gaarde", "ferre", "sigt", "burg", "s", "o"],
        "",
    ),
    "Surinamese-Javanese": (
        ["Soekirman", "Sarmin", "Wagiem", "Soekardi", "Rasmin", "Kartomo", "Parman", "Djoko"],
        ["Ratmini", "Kartini", "Tini", "Soerti", "Wagini", "Sitie", "Roekmini", "Painem"],
        ["Soemo", "Kasan", "Karijo", "Kromo", "Sastro", "Wongso"],
        ["dihardjo", "pawiro", "redjo", "wikromo", "semito", "diredjo"],
        "",
    ),
    "Chinese-Surinamese": (
        ["Humphrey", "Gerold", "Stanley", "Edwin", "Ricardo", "Glenn"],
        ["Jacqueline", "Marcia", "Vanessa", "Yvonne", "Sandra", "Lucille"],
        ["Tjon A ", "Tjin A ", "Lie A ", "Kon A ", "Sjauw "],
        ["Fong", "Ton", "Kwie", "Joe", "Len", "Sjoe", "Kiem"],
        "",
    ),
    "Antillean": (
        ["Jurensley", "Shurandy", "Giandro", "Rignald", "Kenrick", "Jeandro", "Ruthsel", "Churandy"],
        ["Sherwienela", "Jeandra", "Xiomara", "Sulay", "Jurmaine", "Giselle", "Shakira", "Rosalinda"],
        ["Isen", "Feli", "Giri", "Rosa", "Mar", "Koei", "Win", "Sta"],
        ["ia", "da", "gori", "ria", "tina", "man", "klaar", "tia"],
        "",
    ),
    "Polish": (
        ["Tomasz", "Łukasz", "Paweł", "Grzegorz", "Wojciech", "Krzysztof", "Marek", "Jarosław"],
        ["Katarzyna", "Agnieszka", "Małgorzata", "Zofia", "Joanna", "Ewelina", "Dorota", "Beata"],
        ["Kowal", "Wiśniew", "Zielin", "Kamin", "Dąbrow", "Szyman", "Grabow", "Nowic", "Jabłon", "Sadow"],
        ["ski", "ski", "czyk", "iak", "owicz"],
        "",
    ),
    "Syrian": (
        ["Rami", "Tarek", "Ghaith", "Bashir", "Fadi", "Wassim", "Majd", "Samer"],
        ["Lina", "Hala", "Rasha", "Nour", "Dima", "Reem", "Ghalia", "Rouba"],
        ["Al-"],
        ["Hamwi", "Khatib", "Nabulsi", "Attar", "Sabbagh", "Jabri", "Halabi", "Shami", "Homsi"],
        "",
    ),
    "Iraqi": (
        ["Haider", "Mustafa", "Hussein", "Ammar", "Mohanad", "Karrar"],
        ["Zainab", "Sura", "Ruqaya", "Duaa", "Shahad", "Marwa"],
        ["Al-"],
        ["Jubouri", "Saadi", "Obaidi", "Rubaie", "Hashimi", "Dulaimi", "Zubaidi", "Tamimi"],
        "",
    ),
    "Eritrean": (
        ["Yonas", "Tesfay", "Filmon", "Habtom", "Biniam", "Mehari", "Robel", "Samuel"],
        ["Selam", "Mebrat", "Senait", "Luwam", "Saba", "Helen", "Yodit", "Feven"],
        ["Gebre", "Tesfa", "Welde", "Habte", "Zere", "Kidane", "Ghirma"],
        ["mariam", "medhin", "michael", "selassie", "giorgis", "tsion", "yohannes"],
        "",
    ),
    "Ethiopian": (
        ["Abebe", "Dawit", "Yohannes", "Tewodros", "Getachew", "Henok"],
        ["Tigist", "Meseret", "Hiwot", "Bethlehem", "Mahlet", "Almaz"],
        ["Bek", "Tade", "Ale", "Mulu", "Wondi", "Des"],
        ["ele", "sse", "mu", "geta", "mu", "ta"],
        "",
    ),
    "Somali": (
        ["Abdirahman", "Mahad", "Warsame", "Abdiqani", "Liban", "Mukhtar", "Guled", "Abdiwali"],
        ["Hodan", "Faadumo", "Ayaan", "Sahra", "Ifrah", "Ubah", "Hibo", "Nimco"],
        ["Abdi", "Cabdi", "Xirsi", "Warsa", "Faa", "Cilmi"],
        ["kariim", "laahi", "qani", "me", "rax", "xasan"],
        "",
    ),
    "Chinese": (
        ["Zhiwei", "Haoran", "Jianguo", "Wenbo", "Yuchen", "Qiang"],
        ["Xiaoling", "Jiahui", "Meiling", "Yuting", "Wenqing", "Xinyan"],
        ["Zhang", "Chen", "Wang", "Huang", "Zhou", "Liang", "Tang", "Guo", "Xie", "Feng"],
        [""],
        "",
    ),
    "Vietnamese": (
        ["Thanh", "Minh", "Quoc", "Duc", "Tuan", "Khoa"],
        ["Ngoc", "Huong", "Thao", "Trang", "Phuong", "Hanh"],
        ["Tran", "Pham", "Hoang", "Dang", "Bui", "Ngo", "Duong", "Huynh", "Truong", "Vo"],
        [""],
        "",
    ),
    "Indonesian": (
        ["Wahyu", "Budi", "Agus", "Hendra", "Bambang", "Rudi"],
        ["Dewi", "Ratna", "Putri", "Sri", "Wulan", "Indah"],
        ["Su", "Har", "Wi", "Pra", "Sar", "Kus", "Bu"],
        ["tanto", "tono", "jaya", "yadi", "setyo", "wanto", "mono"],
        "",
    ),
    "Moluccan": (
        ["Ronny", "Johnny", "Frans", "Sammy", "Dominggus", "Otniel"],
        ["Femmy", "Yolanda", "Naomi", "Bertha", "Josina", "Elly"],
        ["Patti", "Latu", "Manu", "Taha", "Sahe", "Watti", "Lewe", "Nan"],
        ["asina", "hihin", "hutu", "pary", "tapy", "mena", "rissa", "lohy", "wael"],
        "",
    ),
    "Ghanaian": (
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo", "Kwaku"],
        ["Akosua", "Ama", "Abena", "Efua", "Adwoa", "Afua"],
        ["Agye", "Ampon", "Ofo", "Boa", "Afri", "Nyar", "Asa"],
        ["man", "sah", "ri", "teng", "yie", "ko", "nte"],
        "",
    ),
    "Nigerian": (
        ["Chinedu", "Emeka", "Tunde", "Oluwaseun", "Ikenna", "Babajide"],
        ["Ngozi", "Adaeze", "Folake", "Chiamaka", "Yetunde", "Nkechi"],
        ["Okon", "Ade", "Olu", "Nwa", "Eze", "Oba", "Chukwu"],
        ["kwo", "yemi", "wole", "nna", "femi", "dike", "lowo"],
        "",
    ),
    "Afghan": (
        ["Farid", "Habib", "Wais", "Naweed", "Jawad", "Sayed"],
        ["Zarmina", "Nasrin", "Shabnam", "Freshta", "Mursal", "Nilofar"],
        ["Ahmad", "Rahim", "Karim", "Nazar", "Sultan", "Haidar", "Noor"],
        ["zai", "i", "yar", "khil", "zada"],
        "",
    ),
    "Iranian": (
        ["Dariush", "Babak", "Kourosh", "Arash", "Payam", "Siavash"],
        ["Shirin", "Parisa", "Nasim", "Mahsa", "Golnaz", "Azadeh"],
        ["Hossein", "Tehran", "Shir", "Ghaf", "Raz", "Kaz", "Mir", "Nik"],
        ["zadeh", "pour", "nejad", "ian", "far", "khah"],
        "",
    ),
    "Kurdish": (
        ["Serhat", "Baran", "Welat", "Azad", "Rizgar", "Dilovan"],
        ["Rojda", "Dilan", "Zozan", "Berfin", "Nazdar", "Hêvîn"],
        ["Bar", "Roj", "Zer", "Dil", "Hev", "Ser"],
        ["zani", "hilat", "deşt", "men", "alî", "wan"],
        "",
    ),
    "Romanian": (
        ["Andrei", "Mihai", "Bogdan", "Florin", "Sorin", "Cătălin"],
        ["Ioana", "Roxana", "Alina", "Oana", "Bianca", "Mădălina"],
        ["Pop", "Stan", "Radu", "Dumitr", "Marin", "Vasil", "Nicol", "Ghiț"],
        ["escu", "eanu", "ache", "oiu"],
        "",
    ),
    "Bulgarian": (
        ["Dimitar", "Georgi", "Hristo", "Plamen", "Stoyan", "Todor"],
        ["Svetla", "Desislava", "Radka", "Milena", "Tsvetelina", "Galya"],
        ["Petr", "Iv", "Dimitr", "Stoyan", "Hrist", "Todor", "Kol", "Nikol"],
        ["ov", "ev", "ov"],
        "",
    ),
    "Ukrainian": (
        ["Taras", "Bohdan", "Mykola", "Andriy", "Oleksiy", "Yaroslav"],
        ["Oksana", "Olena", "Iryna", "Khrystyna", "Solomiya", "Halyna"],
        ["Shevch", "Kovalen", "Bondar", "Tkach", "Kravch", "Moroz", "Hnat", "Lys"],
        ["enko", "uk", "yshyn", "ko"],
        "",
    ),
    "Cape Verdean": (
        ["Adilson", "Nelson", "Elísio", "Djoy", "Arlindo", "Ivanildo"],
        ["Djamila", "Ivone", "Arlete", "Lucinda", "Nilza", "Edna"],
        ["Fortes", "Lopes", "Tavares", "Semedo", "Monteiro", "Varela", "Cabral", "Rocha"],
        ["Fortes", "Lopes", "Tavares", "Semedo", "Monteiro", "Varela", "Cabral", "Rocha"],
        " ",
    ),
    "Italian": (
        ["Lorenzo", "Matteo", "Giuseppe", "Davide", "Simone", "Alessio"],
        ["Chiara", "Francesca", "Giulia", "Serena", "Federica", "Ilaria"],
        ["Bar", "Capo", "Ross", "Sant", "Fer", "Caval", "Mont"],
        ["otti", "ella", "ini", "elli", "ucci", "one", "agna"],
        "",
    ),
    "German": (
        ["Jürgen", "Matthias", "Torsten", "Ulf", "Henning", "Detlef"],
        ["Ulrike", "Anke", "Heike", "Birgit", "Silke", "Dörte"],
        ["Schwarz", "Hoff", "Neu", "Kirch", "Wald", "Stein", "Eich", "Brand"],
        ["mann", "berger", "hofer", "meier", "bauer", "ner"],
        "",
    ),
    "Flemish": (
        ["Jens", "Koen", "Stijn", "Wouter", "Brecht", "Dries"],
        ["Lieselotte", "Griet", "Veerle", "Annelies", "Hanne", "Ine"],
        ["Vanden", "Ver", "De ", "Van "],
        ["broucke", "straete", "bossche", "hoecke", "meersch", "poele", "kinderen"],
        "cap",
    ),
    "Indian": (
        ["Arjun", "Rohan", "Vikram", "Karthik", "Pranav", "Sandeep"],
        ["Sneha", "Ananya", "Deepika", "Lakshmi", "Pooja", "Divya"],
        ["Krishna", "Venkat", "Subra", "Ragha", "Srini", "Bala", "Naga"],
        ["murthy", "raman", "swamy", "van", "nathan", "krishnan"],
        "",
    ),
    "Pakistani": (
        ["Imran", "Usman", "Faisal", "Kamran", "Zeeshan", "Adnan"],
        ["Ayesha", "Sana", "Hira", "Mahnoor", "Sadia", "Rabia"],
        ["Qure", "Chaud", "Sidd", "Rehm", "Bhat"],
        ["shi", "hry", "iqui", "ani", "ti"],
        "",
    ),
    "Filipino": (
        ["Jericho", "Jomar", "Arnel", "Rommel", "Dindo", "Jayson"],
        ["Maricel", "Rowena", "Lorelie", "Jocelyn", "Marites", "Analyn"],
        ["Maca", "Dima", "Pangi", "Mana", "Bala", "Villa"],
        ["raeg", "culangan", "linan", "lo", "tbat", "nueva"],
        "",
    ),
    "Egyptian": (
        ["Sherif", "Amr", "Karim", "Tamer", "Hesham", "Wael"],
        ["Mona", "Heba", "Dina", "Rania", "Nermin", "Yasmin"],
        ["Abdel", "El-", "Shen", "Heg", "Far"],
        ["rahman", "Sayed", "ouda", "azy", "ouk", "aziz"],
        "",
    ),
    "Hungarian": (
        ["Bence", "Levente", "Gergely", "Zsolt", "Balázs", "Attila"],
        ["Zsófia", "Réka", "Dóra", "Eszter", "Kinga", "Boglárka"],
        ["Szent", "Kis", "Fehér", "Vár", "Hegy", "Bala"],
        ["györgyi", "falvi", "hegyi", "házi", "kuti", "tonyi"],
        "",
    ),
    "Greek": (
        ["Giorgos", "Nikos", "Dimitris", "Stavros", "Yannis", "Kostas"],
        ["Eleni", "Katerina", "Sofia", "Vasiliki", "Despina", "Maria"],
        ["Papa", "Karam", "Nikol", "Georgi", "Christo", "Kons"],
        ["dopoulos", "anlis", "aidis", "akis", "poulos"],
        "",
    ),
}

PARTICLE_CHOICES = ["van", "de", "van der", "van den", "ter", "ten", "in 't", "op de", "van de", "van 't", "te"]

ASCII = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ș": "s", "ț": "t", "ă": "a", "ê": "e", "î": "i"})


def ascii_fold(s: str) -> str:
    s = s.translate(ASCII)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _feminine(group: str, surname: str) -> str:
    if group == "Polish" and surname.endswith("ski"):
        return surname[:-1] + "a"
    if group == "Bulgarian" and (surname.endswith("ov") or surname.endswith("ev")):
        return surname + "a"
    if group == "Greek" and surname.endswith("os"):
        return surname[:-2] + "u"
    return surname


@dataclass
class Person:
    first: str
    surname: str  # as written after a first name ("van der Meulen")
    female: bool
    group: str
    nick: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"

    @property
    def sur_cap(self) -> str:  # the surname standing alone ("Van der Meulen")
        return self.surname[0].upper() + self.surname[1:]

    @property
    def title(self) -> str:
        return "mevrouw" if self.female else "meneer"

    @property
    def initial(self) -> str:
        return f"{self.first[0]}. {self.surname}"

    @property
    def possessive(self) -> str:
        f = self.first
        if f[-1] in "aeiouy":
            return f + "'s"
        if f[-1] in "sxz":
            return f + "'"
        return f + "s"

    def words(self) -> set[str]:
        return {w.lower() for w in self.full.replace("-", " ").split()}


def _nick(first: str) -> str:
    vowels = "aeiouyáéíóúäëïöüâ"
    i = 0
    while i < len(first) and first[i].lower() not in vowels:
        i += 1
    while i < len(first) and first[i].lower() in vowels:
        i += 1
    stem = first[: i + 1] if i < len(first) else first
    return stem + ("ie" if stem[-1].lower() not in vowels else "tje")


def make_person(r: random.Random, group: str | None = None, female: bool | None = None, surname: str | None = None):
    group = group or r.choice(sorted(GROUPS))
    males, females, pre, suf, joiner = GROUPS[group]
    female = r.random() < 0.5 if female is None else female
    first = r.choice(females if female else males)
    if surname is None:
        a, b = r.choice(pre), r.choice(suf)
        if joiner == " ":
            while b == a:
                b = r.choice(suf)
            surname = f"{a} {b}"
        elif joiner == "cap" and a.endswith(" "):
            surname = a + b[0].upper() + b[1:]
        else:
            surname = a + b
        if group == "Dutch-particle":
            surname = f"{r.choice(PARTICLE_CHOICES)} {surname}"
        surname = _feminine(group, surname) if female else surname
    return Person(first, surname, female, group, _nick(first))
