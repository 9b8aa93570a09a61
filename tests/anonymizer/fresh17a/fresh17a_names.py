"""Name parts for the fresh17a corpus: first names and surname pieces of many origin groups in the Dutch population.

Most surnames are composed from a root and an ending typical of the group, so that they are on no common list.
"""

from __future__ import annotations

import random

# origin: (first names, surname roots, surname endings, particles or prefixes)
ORIGINS: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    "dutch": (
        ["Jorien", "Wessel", "Maartje", "Gerbrand", "Liesbet", "Thijmen", "Anouk", "Reinout", "Femke", "Ewout"],
        ["Hoog", "Brak", "Haver", "Zand", "Ooster", "Krui", "Wester", "Ebbe", "Rietz", "Glas"],
        ["kamp", "horst", "veld", "werf", "brink", "stee", "beek", "laar", "hout", "dijk"],
        [""],
    ),
    "dutch_particle": (
        ["Hendrikje", "Joost", "Marieke", "Floris", "Geertje", "Bart", "Wendelien", "Coen", "Sietske", "Rutger"],
        ["Wiel", "Zwaluw", "Heul", "Brugh", "Esch", "Laak", "Voor", "Gaag", "Helm", "Leed"],
        ["", "en", "de", "st", "ink", "ert"],
        ["van der", "van de", "van den", "de", "ter", "ten", "in 't", "op den", "van", "van 't"],
    ),
    "frisian": (
        ["Sjoerd", "Tjitske", "Wytse", "Geeske", "Hylke", "Baukje", "Jelmer", "Sytske", "Oebele", "Froukje"],
        ["Hetting", "Boers", "Wierd", "Anne", "Tsjalle", "Jolder", "Sipke", "Dou", "Ruur", "Hiem"],
        ["sma", "stra", "inga", "ema", "ia", "enga"],
        [""],
    ),
    "moroccan": (
        ["Yassine", "Naima", "Bilal", "Khadija", "Soufiane", "Ikram", "Anouar", "Loubna", "Hamza", "Siham"],
        ["Amr", "Bakk", "Hadd", "Ouazz", "Tahr", "Azd", "Bouj", "Ghazz", "Mrab", "Zerh"],
        ["ani", "ali", "ouchi", "idi", "aoui", "ouni"],
        ["El ", "Ben ", "Ait ", "", ""],
    ),
    "turkish": (
        ["Emre", "Elif", "Burak", "Zeynep", "Onur", "Merve", "Kaan", "Büşra", "Serkan", "Hatice"],
        ["Yıldı", "Kaya", "Öz", "Demir", "Akb", "Çeli", "Arsl", "Doğ", "Kurt", "Şah"],
        ["rım", "soy", "türk", "taş", "ulut", "kan", "oğlu", "bay"],
        [""],
    ),
    "surinamese_hindustani": (
        ["Ravindra", "Sharda", "Anil", "Kavita", "Dinesh", "Rosita", "Sunil", "Indra", "Mahesh", "Soenita"],
        ["Ramd", "Jagg", "Bhola", "Sew", "Moh", "Ganp", "Kalloe", "Ragh", "Pers", "Doeb"],
        ["in", "esar", "sing", "nath", "oe", "adhin", "ie"],
        [""],
    ),
    "surinamese_creole": (
        ["Ruthmila", "Errol", "Glenda", "Marciano", "Cheryl", "Romano", "Ivanka", "Dennis", "Sharon", "Roël"],
        ["Zaal", "Kross", "Liefd", "Mont", "Wijng", "Pinas", "Bunt", "Vreug", "Kleinm", "Tjon"],
        ["man", "berg", "ing", "ana", "el", "aarde"],
        [""],
    ),
    "antillean": (
        ["Jurgen", "Shurandy", "Giselle", "Rignald", "Yuraima", "Elvis", "Suhaylah", "Jandino", "Nathaly", "Curtley"],
        ["Martij", "Maduro", "Isenia", "Coffie", "Rosari", "Statia", "Janga", "Fleming", "Zimmer", "Winklaa"],
        ["n", "ra", "o", "ie", "r", "h"],
        [""],
    ),
    "polish": (
        ["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Magdalena", "Krzysztof", "Joanna", "Paweł", "Ewelina", "Marek"],
        ["Wiśn", "Kowal", "Zielin", "Grab", "Szczep", "Jaworsk", "Duda", "Wrob", "Majewsk", "Pietrz"],
        ["iewska", "ewski", "czyk", "owicz", "iak", "ak"],
        [""],
    ),
    "syrian": (
        ["Rami", "Lina", "Omar", "Rasha", "Tarek", "Nour", "Majd", "Hiba", "Ayham", "Ruba"],
        ["Haj", "Mahm", "Khat", "Sabb", "Darw", "Hamw", "Jaber", "Kass", "Naj", "Rifa"],
        ["oud", "ib", "agh", "ish", "i", "ar"],
        ["Al ", "Al-", ""],
    ),
    "eritrean": (
        ["Semhar", "Yonas", "Luwam", "Tesfay", "Selam", "Filmon", "Mebrat", "Dawit", "Rahwa", "Habtom"],
        ["Tekl", "Gebre", "Haile", "Berh", "Wold", "Kidan", "Ghebr", "Tesfa", "Mehar", "Okbag"],
        ["emariam", "mesk", "ane", "ezgi", "u", "ab"],
        [""],
    ),
    "somali": (
        ["Hodan", "Abdirahman", "Ifrah", "Mahad", "Sagal", "Liban", "Ayaan", "Guled", "Nasra", "Farhan"],
        ["Warsa", "Jama", "Farah", "Egal", "Osma", "Hersi", "Duale", "Abdil", "Guda", "Isma"],
        ["me", "c", "d", "le", "n", "il"],
        [""],
    ),
    "chinese": (
        ["Wei", "Xiaoling", "Jun", "Meiying", "Hao", "Lanfang", "Zhiwei", "Yuqing", "Bo", "Shuhui"],
        ["Zh", "Ch", "X", "L", "W", "Y"],
        ["ang", "en", "iu", "ao", "ei", "uo"],
        [""],
    ),
    "indonesian": (
        ["Dewi", "Agus", "Sri", "Bambang", "Wulan", "Hendra", "Ratna", "Joko", "Indah", "Teddy"],
        ["Soema", "Kartod", "Hadiw", "Pranot", "Wirja", "Sastr", "Nugroh", "Santos", "Tjokr", "Poerw"],
        ["rdi", "ikromo", "idjojo", "o", "anto", "osoemarto"],
        [""],
    ),
    "moluccan": (
        ["Noes", "Johny", "Hetty", "Semmy", "Wilhelmina", "Ferry", "Netty", "Eddy", "Anneke", "Frans"],
        ["Latu", "Pattin", "Wattim", "Lekat", "Sahul", "Tehup", "Manus", "Risak", "Tuan", "Leiw"],
        ["heru", "ama", "ena", "ompo", "eiory", "akotta"],
        [""],
    ),
    "ghanaian": (
        ["Kwame", "Abena", "Kofi", "Akosua", "Yaw", "Efua", "Kwabena", "Adwoa", "Kojo", "Ama"],
        ["Ow", "Asant", "Boat", "Mens", "Oppo", "Agye", "Darko", "Frimp", "Addo", "Nkrum"],
        ["usu", "eng", "ah", "ong", "i", "ema"],
        [""],
    ),
    "nigerian": (
        ["Chinedu", "Ngozi", "Emeka", "Adaeze", "Tunde", "Folake", "Obinna", "Yetunde", "Ifeanyi", "Bisola"],
        ["Okonk", "Adeb", "Nwach", "Olu", "Eze", "Balog"],
        ["wo", "ayo", "ukwu", "wole", "anya", "un"],
        [""],
    ),
    "cape_verdean": (
        ["Ludmila", "Nelson", "Edna", "Adilson", "Zenaida", "Evandro", "Keila", "Djeison", "Mirian", "Ailton"],
        ["Tavar", "Semed", "Fortes", "Lop", "Monteir", "Brito"],
        ["es", "o", "a", "inho"],
        [""],
    ),
    "iraqi": (
        ["Haider", "Zainab", "Mustafa", "Dunya", "Ammar", "Shahad", "Ali", "Rusul", "Karrar", "Noor"],
        ["Jubour", "Saadi", "Obaid", "Khaf", "Rubai", "Taai"],
        ["i", "y", "aji", "awi"],
        ["Al-", ""],
    ),
    "afghan": (
        ["Farid", "Mariam", "Wahid", "Fereshta", "Nasir", "Shabnam", "Jawad", "Mursal", "Rahmat", "Hasina"],
        ["Ahmadz", "Rahim", "Safi", "Popal", "Karz", "Noori", "Stanekz", "Hotak"],
        ["ai", "i", "y", "zada"],
        [""],
    ),
    "iranian": (
        ["Dariush", "Shirin", "Kaveh", "Parisa", "Babak", "Leila", "Arash", "Golnar", "Behrouz", "Azadeh"],
        ["Tehr", "Moham", "Rez", "Kaz", "Hossein", "Farahm"],
        ["ani", "madi", "aei", "emi", "pour", "and"],
        [""],
    ),
    "kurdish": (
        ["Rojda", "Dilovan", "Berfin", "Serhat", "Zilan", "Baran", "Hêvî", "Azad", "Nûjîn", "Rêzan"],
        ["Bar", "Zan", "Ger", "Hes", "Dil"],
        ["zani", "govi", "eli", "ani"],
        [""],
    ),
    "vietnamese": (
        ["Thanh", "Lan", "Minh", "Huong", "Tuan", "Ngoc", "Duc", "Thu", "Quang", "Mai"],
        ["Ngu", "Tr", "Ph", "Ho", "Vu", "Dang"],
        ["yen", "an", "am", "ang", "", "uong"],
        [""],
    ),
    "hindustani_indian": (
        ["Priyanka", "Arjun", "Deepa", "Rahul", "Ananya", "Vikram", "Shreya", "Karthik", "Meera", "Nikhil"],
        ["Venkat", "Krishn", "Raghav", "Subram", "Iyeng", "Chandr"],
        ["araman", "amurthy", "an", "aniam", "ar", "asekhar"],
        [""],
    ),
    "pakistani": (
        ["Imran", "Sana", "Faisal", "Ayesha", "Usman", "Hira", "Kamran", "Mehwish", "Adnan", "Rabia"],
        ["Chaud", "Qures", "Butt", "Malik", "Mirz", "Sidd"],
        ["hry", "hi", "ar", "a", "iqui"],
        [""],
    ),
    "ukrainian": (
        ["Oksana", "Dmytro", "Iryna", "Bohdan", "Olena", "Taras", "Yuliia", "Andrii", "Halyna", "Mykola"],
        ["Shevch", "Bondar", "Kovalch", "Tkach", "Moroz", "Lysen"],
        ["enko", "uk", "yshyn", "ova", "ko"],
        [""],
    ),
    "romanian": (
        ["Ionuț", "Andreea", "Mihai", "Roxana", "Florin", "Ioana", "Cătălin", "Bianca", "Sorin", "Mădălina"],
        ["Popes", "Dumitr", "Stoic", "Ionesc", "Constant", "Marin"],
        ["cu", "ache", "escu", "u", "inescu"],
        [""],
    ),
    "bulgarian": (
        ["Stoyan", "Desislava", "Georgi", "Tsvetelina", "Hristo", "Radostina", "Ivaylo", "Milena"],
        ["Petk", "Dimitr", "Todor", "Georgi", "Stoyan"],
        ["ova", "ov", "eva", "ev"],
        [""],
    ),
    "portuguese": (
        ["João", "Mariana", "Tiago", "Inês", "Rui", "Beatriz", "Duarte", "Leonor"],
        ["Ferr", "Gonçalv", "Mour", "Pint", "Carvalh", "Teix"],
        ["eira", "es", "a", "o", "aes"],
        [""],
    ),
    "italian": (
        ["Giulia", "Matteo", "Chiara", "Lorenzo", "Federica", "Alessandro", "Martina", "Davide"],
        ["Esposit", "Romagn", "Colomb", "Ferrar", "Bianch", "Gallucc"],
        ["o", "oli", "etti", "esi", "ini", "i"],
        [""],
    ),
    "spanish": (
        ["Lucía", "Javier", "Nerea", "Álvaro", "Itziar", "Sergio", "Rocío", "Iñigo"],
        ["Fernánd", "Goicoech", "Etxeb", "Rodrígu", "Sanch", "Olabarr"],
        ["ez", "ea", "arria", "ieta", "is"],
        [""],
    ),
    "greek": (
        ["Eleni", "Giorgos", "Sofia", "Nikos", "Katerina", "Yannis", "Despina", "Christos"],
        ["Papad", "Kostop", "Alexi", "Georgi", "Vlach", "Konstant"],
        ["opoulos", "oulou", "adis", "ou", "akis"],
        [""],
    ),
    "bosnian": (
        ["Amra", "Edin", "Selma", "Haris", "Lejla", "Nermin", "Emina", "Adnan"],
        ["Hodž", "Beg", "Muj", "Kovač", "Delal", "Halilov"],
        ["ić", "ović", "anović", "agić", "ić"],
        [""],
    ),
    "egyptian": (
        ["Mostafa", "Yasmin", "Karim", "Heba", "Sherif", "Dina", "Amr", "Mona"],
        ["Abdel", "Mansour", "Shaw", "Farouk", "Gamal", "Soliman"],
        ["rahman", "ky", "i", "y", "aldin"],
        ["El-", ""],
    ),
    "filipino": (
        ["Maricel", "Rodel", "Jocelyn", "Arnel", "Lorna", "Ramil", "Marivic", "Jericho"],
        ["Dimag", "Macar", "Bautist", "Villan", "Manal", "Tolent"],
        ["iba", "aeg", "a", "ueva", "o", "ino"],
        [""],
    ),
    "brazilian": (
        ["Thaís", "Rodrigo", "Larissa", "Gustavo", "Camila", "Thiago", "Juliana", "Felipe"],
        ["Albuquer", "Nasciment", "Cavalcant", "Guimarã", "Sant"],
        ["que", "o", "i", "es", "ana"],
        [""],
    ),
}

FEMALE_HINT = ("a", "e", "ie", "je", "ke", "y", "in", "at", "ar", "am", "ah", "ng", "ra", "el")


def compose(r: random.Random, origin: str) -> tuple[str, str, str]:
    """(first name, particle or prefix, surname core) of one person of ``origin``."""
    firsts, roots, ends, pres = ORIGINS[origin]
    first = r.choice(firsts)
    core = r.choice(roots) + r.choice(ends)
    if origin == "chinese" and len(core) < 3:
        core = core + "o"
    pre = r.choice(pres)
    return first, pre, core


def first_names(origin: str) -> list[str]:
    return ORIGINS[origin][0]
