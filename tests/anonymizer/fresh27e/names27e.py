"""Name parts for the fresh27e corpus: origin groups, native scripts and transliteration variants (helper F27E).

Most surnames and many first names are composed from origin-typical parts so that they sit on no common list.
"""

from __future__ import annotations

import unicodedata

# ---------------------------------------------------------------- Latin-script origin groups
# origin: (female first names, male first names, surname prefixes, surname suffixes)
LATIN = {
    "Dutch": (
        ["Anneke", "Marieke", "Ilse", "Femke", "Joke", "Wendy", "Gerda", "Lotte"],
        ["Gert", "Wouter", "Henk", "Ruud", "Joost", "Maarten", "Evert"],
        ["Hoog", "Brink", "Wester", "Zand", "Elzen", "Vlier", "Oude", "Steen", "Ekel", "Haver"],
        ["horst", "kamp", "broek", "inga", "hof", "wijk", "loo", "veld", "man"],
    ),
    "Frisian": (
        ["Sjoukje", "Aukje", "Tjitske", "Wytske", "Baukje"],
        ["Sjoerd", "Wiebe", "Jelle", "Tjeerd", "Hidde"],
        ["Hoek", "Wij", "Bout", "Sik", "Hel", "Jel", "Tsjal"],
        ["stra", "sma", "inga", "ema", "enga"],
    ),
    "Turkish": (
        ["Elif", "Zeynep", "Büşra", "Songül", "Derya"],
        ["Emre", "Murat", "Serkan", "Volkan", "Oğuz"],
        ["Kara", "Ak", "Öz", "Demir", "Kay", "Çel", "Er", "Gül"],
        ["taş", "han", "kaya", "türk", "doğan", "göz", "soy"],
    ),
    "Surinamese-Hindustani": (
        ["Sharmila", "Anjali", "Devika", "Reshma"],
        ["Ravindre", "Sunil", "Rakesh", "Vishaal"],
        ["Ram", "Sew", "Bal", "Jag", "Man", "Kal"],
        ["dhani", "nath", "kisoen", "bhadoer", "sing", "lal"],
    ),
    "Surinamese-Creole": (
        ["Marlies", "Shirley", "Gracia", "Naomi"],
        ["Romano", "Clyde", "Errol", "Ricardo"],
        ["Doel", "Vlij", "Sab", "Pin", "Koor", "Bran", "Lie"],
        ["wijt", "ter", "ajo", "as", "dwijk", "fuik"],
    ),
    "Surinamese-Javanese": (
        ["Sri", "Wartini", "Suriati", "Painem"],
        ["Soekidjo", "Pawiro", "Kasan", "Sardjo"],
        ["Soe", "Ka", "Pawi", "Dji", "Sar", "Wi"],
        ["kromo", "rono", "dirdjo", "pan", "min"],
    ),
    "Antillean": (
        ["Jurenne", "Gisela", "Shurella", "Miraida"],
        ["Shurandy", "Jandino", "Ruthmilo", "Giomar"],
        ["Mar", "Isen", "Ro", "Ma", "Cle", "Cor"],
        ["tina", "ia", "sario", "duro", "mens", "ona"],
    ),
    "Polish": (
        ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna"],
        ["Tomasz", "Paweł", "Grzegorz", "Krzysztof"],
        ["Wiśn", "Zieliń", "Dąbr", "Szczep", "Grab", "Lewand", "Sobcz"],
        ["ski", "owski", "ewski", "czyk", "iak"],
    ),
    "Somali": (
        ["Hodan", "Faadumo", "Ifrah", "Hibaaq"],
        ["Abdirahman", "Liban", "Mahad", "Guled"],
        ["Warsame", "Cabdi", "Xasan", "Jaamac", "Faarax", "Ducaale", "Cilmi"],
        [],
    ),
    "Indonesian": (
        ["Dewi", "Ratna", "Wulan", "Sekar"],
        ["Budi", "Agus", "Hendra", "Arief"],
        ["Hart", "Wij", "Sus", "Sant", "Kus", "Prab"],
        ["ono", "aya", "anto", "oso", "owo"],
    ),
    "Ghanaian": (
        ["Akosua", "Abena", "Efua", "Adwoa"],
        ["Kwame", "Kofi", "Yaw", "Kwabena"],
        ["Ase", "Owu", "Bo", "Osei", "Ama", "Dan"],
        ["dua", "su", "ateng", "nkwah", "quah"],
    ),
    "German": (
        ["Ute", "Heike", "Gudrun"],
        ["Jürgen", "Uwe", "Dieter"],
        ["Schwarz", "Kling", "Brück", "Eich", "Holz"],
        ["mann", "hauer", "bach", "inger"],
    ),
    "Flemish": (
        ["Griet", "Lieve", "Veerle"],
        ["Koen", "Pieter", "Dries"],
        ["Vande", "Ver", "Vanden"],
        ["velde", "meulen", "haeghe", "bruggen", "kerckhove"],
    ),
    "Cape Verdean": (
        ["Lurdes", "Odete", "Celeste"],
        ["Nélson", "Adilson", "Jailson"],
        ["Sem", "Tav", "Mont", "For", "Var"],
        ["edo", "ares", "eiro", "tes", "ela"],
    ),
    "Vietnamese": (
        ["Thi Lan", "Hoa", "Thu Trang"],
        ["Van Minh", "Duc Anh", "Quang"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Dang", "Bui", "Truong"],
        [],
    ),
    "Indian": (
        ["Priyanka", "Lakshmi", "Divya"],
        ["Arjun", "Karthik", "Rohan"],
        ["Venk", "Rag", "Kris", "Subr", "Nat"],
        ["atesan", "havan", "hnan", "amaniam", "arajan"],
    ),
    "Romanian": (
        ["Ioana", "Mihaela", "Andreea"],
        ["Bogdan", "Mihai", "Radu"],
        ["Pop", "Dumitr", "Stan", "Mar", "Vasil", "Tud"],
        ["escu", "ache", "oiu", "eanu"],
    ),
    "Portuguese": (
        ["Inês", "Filipa"],
        ["João", "Rui"],
        ["Fer", "Mor", "Ol", "Carv", "Per"],
        ["reira", "aes", "iveira", "alho", "eira"],
    ),
    "Italian": (
        ["Giulia", "Chiara"],
        ["Matteo", "Lorenzo"],
        ["Rus", "Bian", "Esp", "Gall", "Ferr"],
        ["so", "chi", "osito", "etti", "ini"],
    ),
    "Spanish": (
        ["Lucía", "Pilar"],
        ["Javier", "Álvaro"],
        ["Fern", "Gonz", "Rodr", "Mart", "Sánch"],
        ["ández", "ález", "íguez", "ínez"],
    ),
    "Kurdish": (
        ["Rojda", "Berfin", "Dilan"],
        ["Rêbaz", "Azad", "Şoreş"],
        ["Barz", "Zan", "Rek", "Hev", "Dûsk"],
        ["ani", "ki", "oyî"],
    ),
    "Nigerian": (
        ["Chiamaka", "Ngozi", "Funmilayo"],
        ["Chukwuemeka", "Oluwaseun", "Tunde"],
        ["Okon", "Ade", "Olu", "Nwa", "Eze"],
        ["kwo", "yemi", "wole", "chukwu", "bueze"],
    ),
    "Filipino": (
        ["Maricel", "Rowena", "Jocelyn"],
        ["Rommel", "Arnel", "Jericho"],
        ["Mag", "Bal", "Dim", "Pan", "Sal"],
        ["asaysay", "agtas", "aculangan", "gilinan"],
    ),
    "Pakistani": (
        ["Ayesha", "Sadia", "Nadia"],
        ["Imran", "Bilal", "Faisal"],
        ["Qur", "Chaud", "Mal", "Raz", "Sidd"],
        ["eshi", "hry", "ik", "vi", "iqui"],
    ),
    "Hungarian": (
        ["Zsófia", "Réka"],
        ["Gábor", "Zoltán"],
        ["Nagy", "Kov", "Szab", "Hor", "Bal"],
        ["ács", "váth", "falvi", "ogh"],
    ),
    "Ethiopian": (
        ["Meron", "Tigist"],
        ["Dawit", "Biniam"],
        ["Tes", "Alem", "Ger", "Tad"],
        ["fahun", "ayehu", "emew", "esse"],
    ),
}

DUTCH_PARTICLES = ["van", "van de", "van der", "de", "ter", "van den", "te"]

# ---------------------------------------------------------------- native-script origin groups
# first names: (native, [latin variants])  surnames: (native root, latin root), suffixes per gender
UK_F = [
    ("Олена", ["Olena", "Elena", "Ołena"]),
    ("Оксана", ["Oksana", "Oksanna"]),
    ("Ірина", ["Iryna", "Irina"]),
    ("Тетяна", ["Tetiana", "Tatjana", "Tetyana"]),
    ("Світлана", ["Svitlana", "Swietlana"]),
    ("Галина", ["Halyna", "Galina"]),
    ("Людмила", ["Liudmyla", "Ljoedmila", "Lyudmila"]),
    ("Наталія", ["Nataliia", "Natalia"]),
    ("Юлія", ["Yuliia", "Julia", "Yulia"]),
    ("Марія", ["Mariia", "Maria"]),
]
UK_M = [
    ("Андрій", ["Andrii", "Andriy", "Andrij"]),
    ("Олександр", ["Oleksandr", "Aleksandr"]),
    ("Дмитро", ["Dmytro", "Dmitro"]),
    ("Микола", ["Mykola", "Nikolaj"]),
    ("Сергій", ["Serhii", "Sergej", "Serhiy"]),
    ("Василь", ["Vasyl", "Wasyl"]),
    ("Богдан", ["Bohdan", "Bogdan"]),
    ("Тарас", ["Taras", "Tarass"]),
    ("Юрій", ["Yurii", "Joeri", "Yuriy"]),
]
UK_ROOTS = [
    ("Коваль", "Koval"),
    ("Бондар", "Bondar"),
    ("Мельнич", "Melnych"),
    ("Ткач", "Tkach"),
    ("Гонча", "Honcha"),
    ("Литвин", "Lytvyn"),
    ("Дорош", "Dorosh"),
    ("Кушнір", "Kushnir"),
    ("Пилип", "Pylyp"),
    ("Остап", "Ostap"),
    ("Гнат", "Hnat"),
    ("Сидор", "Sydor"),
    ("Яцен", "Yatsen"),
    ("Шаповал", "Shapoval"),
    ("Стець", "Stets"),
    ("Кравч", "Kravch"),
    ("Гриц", "Hryts"),
]
UK_SUF = [("енко", "enko"), ("ук", "uk"), ("чук", "chuk"), ("ишин", "yshyn")]
UK_PATR = [
    ("Петрівна", "Петрович"),
    ("Іванівна", "Іванович"),
    ("Миколаївна", "Миколайович"),
    ("Василівна", "Васильович"),
    ("Олегівна", "Олегович"),
    ("Степанівна", "Степанович"),
]

RU_F = [
    ("Елена", ["Elena", "Jelena", "Yelena"]),
    ("Наталья", ["Natalya", "Natalja"]),
    ("Ирина", ["Irina", "Iryna"]),
    ("Татьяна", ["Tatyana", "Tatjana"]),
    ("Светлана", ["Svetlana", "Swetlana"]),
    ("Ксения", ["Kseniya", "Xenia"]),
]
RU_M = [
    ("Алексей", ["Aleksey", "Alexej"]),
    ("Дмитрий", ["Dmitriy", "Dmitri"]),
    ("Сергей", ["Sergey", "Sergej"]),
    ("Павел", ["Pavel", "Pawel"]),
    ("Игорь", ["Igor", "Ihor"]),
]
RU_ROOTS = [
    ("Смирн", "Smirn"),
    ("Волк", "Volk"),
    ("Сокол", "Sokol"),
    ("Кузнец", "Kuznets"),
    ("Журавл", "Zhuravl"),
    ("Белоус", "Belous"),
    ("Зимин", "Zimin"),
    ("Ломак", "Lomak"),
    ("Тихомир", "Tikhomir"),
]
RU_SUF = [("ов", "ov"), ("ев", "ev"), ("ин", "in")]
RU_PATR = [
    ("Петровна", "Петрович"),
    ("Ивановна", "Иванович"),
    ("Николаевна", "Николаевич"),
    ("Сергеевна", "Сергеевич"),
    ("Викторовна", "Викторович"),
]

BG_F = [
    ("Мария", ["Mariya", "Maria"]),
    ("Десислава", ["Desislava", "Desislawa"]),
    ("Петя", ["Petya", "Petja"]),
    ("Гергана", ["Gergana", "Guergana"]),
    ("Цветелина", ["Tsvetelina", "Cvetelina"]),
]
BG_M = [
    ("Стефан", ["Stefan", "Stephan"]),
    ("Йордан", ["Yordan", "Jordan"]),
    ("Христо", ["Hristo", "Christo"]),
    ("Георги", ["Georgi", "Guéorgui"]),
]
BG_ROOTS = [
    ("Петк", "Petk"),
    ("Стоян", "Stoyan"),
    ("Тодор", "Todor"),
    ("Гроздан", "Grozdan"),
    ("Бойч", "Boych"),
    ("Велич", "Velich"),
    ("Драган", "Dragan"),
]
BG_SUF = [("ов", "ov"), ("ев", "ev")]

EL_F = [
    ("Ελένη", ["Eleni", "Elena"]),
    ("Κατερίνα", ["Katerina", "Caterina"]),
    ("Δέσποινα", ["Despoina", "Despina"]),
    ("Βασιλική", ["Vasiliki", "Vassiliki"]),
]
EL_M = [
    ("Δημήτρης", ["Dimitris", "Demetris"]),
    ("Γιάννης", ["Giannis", "Yannis"]),
    ("Νίκος", ["Nikos", "Nicos"]),
    ("Σπύρος", ["Spyros", "Spiros"]),
]
EL_ROOTS = [
    ("Παπαδ", "Papad"),
    ("Γεωργ", "Georg"),
    ("Οικονομ", "Oikonom"),
    ("Καραγιανν", "Karagiann"),
    ("Μαυρ", "Mavr"),
    ("Λαμπρ", "Lambr"),
    ("Σταυρ", "Stavr"),
]
EL_SUF_M = [("όπουλος", "opoulos"), ("ίδης", "idis"), ("άκης", "akis")]
EL_SUF_F = [("οπούλου", "opoulou"), ("ίδου", "idou"), ("άκη", "aki")]

AR_F = [
    ("فاطمة", ["Fatima", "Fatma", "Fatimah"]),
    ("خديجة", ["Khadija", "Khadidja"]),
    ("ريم", ["Reem", "Rim"]),
    ("هبة", ["Heba", "Hiba"]),
    ("رنا", ["Rana", "Ranaa"]),
    ("سلمى", ["Salma", "Selma"]),
    ("آمنة", ["Amina", "Aamina"]),
]
AR_M = [
    ("محمد", ["Mohammed", "Muhammad", "Mohamed"]),
    ("أحمد", ["Ahmad", "Ahmed"]),
    ("يوسف", ["Youssef", "Yusuf", "Joesoef"]),
    ("عمر", ["Omar", "Umar"]),
    ("سامر", ["Samer", "Sameer"]),
    ("كريم", ["Karim", "Kareem"]),
    ("خالد", ["Khaled", "Khalid"]),
]
AR_ROOTS_SY = [
    ("خطيب", "Khatib"),
    ("حداد", "Haddad"),
    ("نجار", "Najjar"),
    ("عطار", "Attar"),
    ("دباغ", "Dabbagh"),
    ("حلبي", "Halabi"),
    ("زعبي", "Zoubi"),
    ("حمصي", "Homsi"),
    ("قباني", "Kabbani"),
    ("شماع", "Shammaa"),
]
AR_ROOTS_IQ = [
    ("جبوري", "Jabouri"),
    ("ساعدي", "Saadi"),
    ("عبيدي", "Obeidi"),
    ("دليمي", "Dulaimi"),
    ("ربيعي", "Rubaie"),
    ("موسوي", "Moussawi"),
    ("كعبي", "Kaabi"),
]
AR_ROOTS_MA = [
    ("إدريس", "Idriss"),
    ("عمران", "Amran"),
    ("وزان", "Ouazzan"),
    ("مرابط", "Mrabet"),
    ("زيان", "Ziyan"),
    ("غاز", "Ghaz"),
    ("حموش", "Hammouch"),
    ("عزوز", "Azzouz"),
]

TI_F = [
    ("ሳባ", ["Saba", "Sabaa"]),
    ("ሩታ", ["Ruta", "Routa"]),
    ("ፀጋ", ["Tsega", "Tsegga"]),
    ("ዮርዳኖስ", ["Yordanos", "Jordanos"]),
    ("ሰናይት", ["Senait", "Senayt"]),
]
TI_M = [
    ("ተስፋይ", ["Tesfay", "Tesfai"]),
    ("ዮናስ", ["Yonas", "Jonas"]),
    ("ፍሊሞን", ["Filmon", "Philmon"]),
    ("ኣማኑኤል", ["Amanuel", "Emmanuel"]),
    ("ብርሃነ", ["Berhane", "Birhane"]),
]
TI_PRE = [
    ("ገብረ", "Gebre", "Ghebre"),
    ("ሃብተ", "Habte", "Habtè"),
    ("ወልደ", "Welde", "Wolde"),
    ("ተኽለ", "Tekle", "Tecle"),
    ("ዘርአ", "Zere", "Zerai"),
]
TI_SUF = [
    ("መድህን", "medhin"),
    ("ማርያም", "mariam"),
    ("ሚካኤል", "mikael"),
    ("ሂወት", "hiwet"),
    ("ኪዳን", "kidan"),
    ("ሥላሴ", "selassie"),
]

FA_F = [
    ("زهرا", ["Zahra", "Zahraa"]),
    ("مریم", ["Maryam", "Mariam"]),
    ("نرگس", ["Narges", "Nargis"]),
    ("فرشته", ["Fereshteh", "Fereshta"]),
    ("شکیبا", ["Shakiba", "Sjakiba"]),
]
FA_M = [
    ("فرید", ["Farid", "Fariid"]),
    ("مسعود", ["Masoud", "Massoud"]),
    ("سهراب", ["Sohrab", "Suhrab"]),
    ("داوود", ["Davood", "Dawud"]),
    ("بهرام", ["Bahram", "Behram"]),
]
FA_ROOTS = [
    ("رحیم", "Rahim", "Rahim"),
    ("حسین", "Hossein", "Husain"),
    ("عزیز", "Aziz", "Azis"),
    ("امین", "Amin", "Ameen"),
    ("صدیق", "Sediq", "Siddiq"),
    ("هاشم", "Hashem", "Hashim"),
    ("جعفر", "Jafar", "Djafar"),
    ("قاسم", "Ghasem", "Qasim"),
]
FA_SUF_IR = [("ی", "i", "i"), ("زاده", "zadeh", "zada"), ("پور", "pour", "pur")]
FA_SUF_AF = [("ی", "i", "i"), ("زی", "zai", "zay"), ("یار", "yar", "jar")]

ZH_SUR = [
    ("王", "Wang"),
    ("张", "Zhang"),
    ("陈", "Chen"),
    ("刘", "Liu"),
    ("杨", "Yang"),
    ("黄", "Huang"),
    ("赵", "Zhao"),
    ("周", "Zhou"),
    ("吴", "Wu"),
    ("徐", "Xu"),
    ("林", "Lin"),
    ("郑", "Zheng"),
]
ZH_GIV = [
    ("芳", "fang"),
    ("伟", "wei"),
    ("静", "jing"),
    ("敏", "min"),
    ("明", "ming"),
    ("华", "hua"),
    ("玲", "ling"),
    ("杰", "jie"),
    ("欣", "xin"),
    ("婷", "ting"),
    ("浩", "hao"),
    ("宇", "yu"),
    ("佳", "jia"),
    ("慧", "hui"),
    ("晓", "xiao"),
    ("雪", "xue"),
]

SCRIPT_ORIGINS = [
    "Ukrainian",
    "Russian",
    "Bulgarian",
    "Greek",
    "Syrian",
    "Iraqi",
    "Moroccan",
    "Eritrean",
    "Iranian",
    "Afghan",
    "Chinese",
]
LANG_OF = {
    "Ukrainian": "uk",
    "Russian": "ru",
    "Bulgarian": "bg",
    "Greek": "el",
    "Syrian": "ar",
    "Iraqi": "ar",
    "Moroccan": "ar",
    "Eritrean": "ti",
    "Iranian": "fa",
    "Afghan": "fa",
    "Chinese": "zh",
}

DUTCH_STYLE = [
    ("shch", "sjtsj"),
    ("kh", "ch"),
    ("zh", "zj"),
    ("sh", "sj"),
    ("ch", "tsj"),
    ("u", "oe"),
    ("y", "i"),
    ("ts", "ts"),
]


def dutch_style(s: str) -> str:
    """A Dutch-style transliteration variant of a Latin (passport) transliteration."""
    out = s.lower()
    for a, b in DUTCH_STYLE:
        out = out.replace(a, b)
    return out[0].upper() + out[1:]


def strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))


def cyr_gen(name: str, lang: str) -> str:
    """Genitive of a Ukrainian or Russian first name (as in 'для Олени')."""
    if name.endswith("ія"):
        return name[:-1] + "ї" if lang == "uk" else name[:-1] + "и"
    if name.endswith("ья"):
        return name[:-1] + "и"
    if name.endswith("а"):
        if lang == "uk" or name[-2] in "гкхжшчщ":
            return name[:-1] + "и"
        return name[:-1] + "ы"
    if name.endswith(("ій", "ий", "ей")):
        return name[:-1] + "я"
    if name.endswith("о"):
        return name[:-1] + "а"
    if name.endswith("ь"):
        return name[:-1] + "я"
    return name + "а"


def uk_voc(name: str) -> str:
    """Vocative of a Ukrainian female first name or patronymic (Олена -> Олено, Марія -> Маріє)."""
    if name.endswith("ія"):
        return name[:-1] + "є"
    return name[:-1] + "о"


DUTCH_TO_CYR = {
    "oe": "у",
    "ui": "ей",
    "ei": "ей",
    "ij": "ей",
    "ee": "е",
    "aa": "а",
    "oo": "о",
    "ch": "х",
    "sch": "сх",
    "a": "а",
    "b": "б",
    "c": "к",
    "d": "д",
    "e": "е",
    "f": "ф",
    "g": "х",
    "h": "г",
    "i": "і",
    "j": "й",
    "k": "к",
    "l": "л",
    "m": "м",
    "n": "н",
    "o": "о",
    "p": "п",
    "r": "р",
    "s": "с",
    "t": "т",
    "u": "ю",
    "v": "в",
    "w": "в",
    "z": "з",
    "y": "і",
}


def dutch_to_cyr(word: str) -> str:
    """A Dutch street name as a Ukrainian newcomer might write it in Cyrillic (Lindenlaan -> Лінденлан)."""
    out, i, w = [], 0, word.lower()
    while i < len(w):
        for n in (3, 2, 1):
            seg = w[i : i + n]
            if seg in DUTCH_TO_CYR:
                out.append(DUTCH_TO_CYR[seg])
                i += n
                break
        else:
            out.append(w[i])
            i += 1
    s = "".join(out)
    return s[0].upper() + s[1:]
