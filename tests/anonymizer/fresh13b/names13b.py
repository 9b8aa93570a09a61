"""Name, street and identifier material for the fresh13b corpus (standard library only).

Most surnames and many first names are composed from origin-typical parts, so that they are on no list.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


def _c(r, a, b):
    return r.choice(a) + r.choice(b)


def _nl_sur(r):
    stems = ["Brink", "Hout", "Kamp", "Wolde", "Mars", "Horst", "Beek", "Haar", "Steen", "Esch", "Rade", "Lint", "Gors"]
    stems += ["Velt", "Wester", "Ooster", "Holt", "Mulle", "Smeen", "Ravel", "Bronk", "Hende", "Klink", "Dorre"]
    suf = ["man", "huis", "kamp", "link", "ink", "mans", "ers", "hof", "broek", "werf", "schot", "mate", "riet", "ing"]
    base = _c(r, stems, suf)
    if r.random() < 0.45:
        part = r.choice(["van", "van de", "van der", "van den", "ter", "ten", "te", "van 't", "in 't", "op de", "de"])
        return f"{part} {base}"
    return base


def _fy_sur(r):
    return _c(
        r,
        ["Hylk", "Sjoerd", "Wier", "Tjall", "Bouw", "Feik", "Jel", "Sikk", "Doek", "Rinz", "Fok", "Atz"],
        ["ema", "sma", "stra", "inga", "enga", "ma"],
    )


def _be_sur(r):
    if r.random() < 0.5:
        return _c(r, ["Vande", "Verh", "Ver", "Vanden"], ["walle", "aeghe", "straete", "schueren", "cruysse", "poel"])
    return _c(r, ["De"], ["smedt", "clercq", "backere", "meyere", "wulf", "grieck"])


def _ma_sur(r):
    x = r.random()
    if x < 0.35:
        return "El " + r.choice(["Ouali", "Kaddouri", "Hamdaoui", "Bakkali", "Messaoudi", "Ghazouani", "Yacoubi"])
    if x < 0.5:
        return "Ben " + r.choice(["Haddou", "Allal", "Ayad", "Moussa", "Hammou"])
    return _c(
        r, ["Bou", "Aza", "Ouar", "Cha", "Ait ", "Moka", "Zer"], ["zidi", "hmani", "ghach", "ddouri", "rifi", "llal"]
    )


def _tr_sur(r):
    return _c(
        r,
        ["Kara", "Ak", "Öz", "Yıl", "Demir", "Gül", "Kılıç", "Bay", "Tek", "Çak", "Şen", "Kurt"],
        ["türk", "can", "dağ", "soy", "kaya", "oğlu", "taş", "han", "doğan", "er", "ateş", "yiğit"],
    )


def _pl_sur(r, g):
    if r.random() < 0.6:
        return r.choice(["Wiśniew", "Lewandow", "Dąbrow", "Grabow", "Jankow", "Szymań", "Kamiń", "Sikor"]) + (
            "ska" if g == "f" else "ski"
        )
    return _c(r, ["Kowal", "Krawc", "Wójc", "Pawl", "Sobc", "Nowa"], ["czyk", "ak", "ik", "ek"])


def _gender_suffix(stem, g, m, f):
    return stem + (f if g == "f" else m)


ORIGINS: dict = {
    "nl": (
        ["Marieke", "Lotte", "Femke", "Ilse", "Joke", "Gerda", "Tineke", "Mirjam", "Jolanda", "Henny", "Wilma"],
        ["Gert-Jan", "Henk", "Bart", "Wouter", "Kees", "Ruud", "Arjen", "Maarten", "Teun", "Gijs", "Harm"],
        lambda r, g: _nl_sur(r),
    ),
    "fy": (
        ["Sjoukje", "Tjitske", "Aaltje", "Geeske", "Hiltje", "Wytske"],
        ["Hylke", "Sjoerd", "Tjalling", "Wybren", "Auke", "Durk"],
        lambda r, g: _fy_sur(r),
    ),
    "be": (
        ["Griet", "Lieve", "Nele", "Katrien", "Veerle"],
        ["Wannes", "Koen", "Jef", "Stijn", "Pieter-Jan"],
        lambda r, g: _be_sur(r),
    ),
    "ma": (
        ["Fatiha", "Samira", "Houda", "Ikram", "Loubna", "Ghizlane", "Soukaina", "Rachida", "Siham", "Nawal"],
        ["Youssef", "Hamza", "Soufiane", "Abdelkader", "Redouan", "Mustapha", "Anouar", "Ilias", "Othman"],
        lambda r, g: _ma_sur(r),
    ),
    "tr": (
        ["Zeynep", "Emine", "Hatice", "Gülsen", "Sevgi", "Derya", "Nurcan", "Ayşegül", "Dilek", "Songül"],
        ["Mustafa", "Hüseyin", "Kemal", "Orhan", "Serkan", "Volkan", "Onur", "Tarık", "Yusuf", "Uğur"],
        lambda r, g: _tr_sur(r),
    ),
    "ku": (
        ["Rojda", "Berfin", "Zilan", "Hêvî", "Nesrin", "Jiyan"],
        ["Zana", "Rêber", "Baran", "Şoreş", "Azad", "Serhat"],
        lambda r, g: _c(r, ["Ame", "Zax", "Hawr", "Sind", "Dosk", "Bota"], ["di", "oyî", "ami", "ani", "kî"]),
    ),
    "srh": (
        ["Soenita", "Radjkoemarie", "Anjali", "Roshni", "Kavita", "Devika", "Sarita", "Asha"],
        ["Radjesh", "Sunil", "Anand", "Dinesh", "Vishal", "Ashwin", "Kishan", "Navin"],
        lambda r, g: _c(
            r,
            ["Ram", "Jag", "Sew", "Bal", "Mahab", "Har", "Chan", "Bis"],
            ["dihal", "essar", "lal", "charan", "dew", "oebir", "adin", "sing", "pat"],
        ),
    ),
    "src": (
        ["Ramona", "Marlies", "Jocelyn", "Sheila", "Gisela", "Urmie", "Germaine"],
        ["Marlon", "Remy", "Clyde", "Errol", "Humphrey", "Iwan", "Glenn", "Romano"],
        lambda r, g: _c(
            r,
            ["Doel", "Zaal", "Lie", "Sno", "Bie", "Kruis", "Fraen", "Ams"],
            ["wijt", "lind", "fort", "ijde", "kel", "land", "wal"],
        ),
    ),
    "srj": (
        ["Sumiati", "Tini", "Kasmini", "Wagini", "Sriwati"],
        ["Soekirno", "Ardjo", "Paimin", "Sardjo", "Wagiman"],
        lambda r, g: _c(
            r,
            ["Kromo", "Sarmo", "Karto", "Sastro", "Wongso", "Mangoen"],
            ["redjo", "dikromo", "semito", "dimedjo", "karjo", "rono"],
        ),
    ),
    "an": (
        ["Giselle", "Maritza", "Sharlyn", "Ruthmila", "Jeanine", "Dianne"],
        ["Giandro", "Shurendy", "Jurick", "Sherwin", "Rudsel", "Jeandric"],
        lambda r, g: (
            r.choice(["Winklaar", "Koeiman", "Maduro", "Croes", "Felida", "Sillie", "Pieternella"])
            if r.random() < 0.4
            else _c(r, ["Mar", "Ros", "Fel", "Car", "Ange"], ["tina", "aria", "ida", "olina", "lica"])
        ),
    ),
    "mol": (
        ["Josephine", "Nona", "Wilhelmina", "Mientje", "Corry"],
        ["Johannis", "Elias", "Dominggus", "Nus", "Max"],
        lambda r, g: _c(
            r,
            ["Latu", "Tuhu", "Patti", "Sahu", "Wattil", "Lesi", "Pela", "Sopa", "Hatu"],
            ["mahina", "wael", "lekka", "ena", "ruhu", "puty", "mena", "pessy", "sina"],
        ),
    ),
    "id": (
        ["Dewi", "Endang", "Wulan", "Ayu", "Putri"],
        ["Budi", "Agus", "Bambang", "Hendra", "Rizky"],
        lambda r, g: _c(
            r,
            ["Wira", "Sutan", "Hadi", "Kusuma", "Prawiro", "Soeta"],
            ["atmadja", "wijaya", "negoro", "dirdjo", "sastro", "midjojo"],
        ),
    ),
    "cn": (
        ["Meiling", "Huiqing", "Xiaoting", "Yanfang", "Wenyi", "Jingwen"],
        ["Junjie", "Haolong", "Zhifeng", "Mingyu", "Jianqiang", "Weihao"],
        lambda r, g: r.choice(["Zhang", "Huang", "Zhou", "Xu", "Zhu", "Guo", "Luo", "Cheung", "Tsang", "Leung"]),
    ),
    "cns": (
        ["Carmen", "Sylvia", "Jacqueline", "Lydia"],
        ["Humphrey", "Frank", "Reginald", "Edwin"],
        lambda r, g: (
            _c(r, ["Tjin", "Lie", "Tjoe", "Kon", "Fung"], [" A ", " A ", "-A-"])
            + r.choice(["Kwie", "Djie", "Sjoe", "Tham", "Len", "Joe"])
        ),
    ),
    "vn": (
        ["Thi Lan", "Thi Hoa", "Ngoc Mai", "Thu Hanh", "Kim Oanh"],
        ["Van Minh", "Duc Anh", "Quoc Bao", "Van Long"],
        lambda r, g: r.choice(["Nguyen", "Tran", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Ngo", "Duong"]),
    ),
    "pl": (
        ["Agnieszka", "Małgorzata", "Katarzyna", "Dorota", "Beata", "Joanna"],
        ["Krzysztof", "Paweł", "Marcin", "Grzegorz", "Łukasz", "Wojciech"],
        _pl_sur,
    ),
    "ro": (
        ["Ioana", "Andreea", "Mihaela", "Roxana", "Cristina"],
        ["Ionuț", "Mihai", "Florin", "Cătălin", "Bogdan"],
        lambda r, g: _c(r, ["Pop", "Rad", "Dumitr", "Stoic", "Niculesc", "Munten", "Barb"], ["escu", "eanu", "ache"]),
    ),
    "bg": (
        ["Desislava", "Yordanka", "Tsvetelina", "Radka"],
        ["Dimitar", "Stoyan", "Hristo", "Ivaylo", "Plamen"],
        lambda r, g: _gender_suffix(
            r.choice(["Dimitr", "Stoyan", "Hrist", "Todor", "Angel", "Kostadin"]), g, "ov", "ova"
        ),
    ),
    "ua": (
        ["Olena", "Halyna", "Tetiana", "Nataliia", "Svitlana", "Mariia"],
        ["Oleksandr", "Bohdan", "Andrii", "Mykola", "Yurii", "Vasyl"],
        lambda r, g: _c(
            r,
            ["Kovalen", "Bondar", "Tkach", "Moroz", "Kravch", "Lysen", "Hrytsen", "Savch"],
            ["ko", "enko", "uk", "yshyn"],
        ),
    ),
    "ru": (
        ["Anastasia", "Ekaterina", "Yulia"],
        ["Sergei", "Aleksei", "Vladimir"],
        lambda r, g: _gender_suffix(r.choice(["Smirn", "Kuzn", "Sokol", "Volk", "Lebed", "Orl"]), g, "ov", "ova"),
    ),
    "de": (
        ["Ursula", "Sabine", "Heike", "Birgit", "Anke"],
        ["Jürgen", "Klaus", "Uwe", "Dieter", "Matthias"],
        lambda r, g: (
            ("von " if r.random() < 0.2 else "")
            + _c(
                r,
                ["Hof", "Stein", "Wald", "Kirch", "Rosen", "Lichten", "Schön"],
                ["bauer", "berger", "hauser", "meier"],
            )
        ),
    ),
    "gb": (
        ["Siobhan", "Aisling", "Gemma", "Kirsty", "Bethany"],
        ["Callum", "Declan", "Rhys", "Gareth", "Alistair"],
        lambda r, g: (
            r.choice(["O'", "Mc", "Fitz"])
            + r.choice(["Sullivan", "Donnell", "Rourke", "Allister", "Kenna", "Gerald", "Leary"])
        ),
    ),
    "it": (
        ["Giulia", "Francesca", "Chiara", "Alessandra", "Federica"],
        ["Matteo", "Giuseppe", "Davide", "Stefano"],
        lambda r, g: (
            ("Di " if r.random() < 0.2 else "")
            + _c(
                r,
                ["March", "Bell", "Ross", "Ferr", "Gall", "Bianch", "Fontan"],
                ["etti", "ini", "elli", "ucci", "otti"],
            )
        ),
    ),
    "es": (
        ["Lucía", "Pilar", "Inmaculada", "Marisol"],
        ["Javier", "Alejandro", "Íñigo", "Jorge"],
        lambda r, g: " ".join(
            r.sample(["García", "Martínez", "Fernández", "Navarro", "Iglesias", "Ortega", "Castillo", "Herrera"], 2)
        ),
    ),
    "cv": (
        ["Nilza", "Edna", "Ivone", "Elisângela"],
        ["Nilton", "Adilson", "Edmilson", "Ailton"],
        lambda r, g: r.choice(["Tavares", "Fortes", "Semedo", "Monteiro", "Varela", "Évora", "Brito"]),
    ),
    "br": (
        ["Thaís", "Larissa", "Juliana", "Camila"],
        ["Wellington", "Anderson", "Thiago", "Rodrigo"],
        lambda r, g: r.choice(["da ", "dos ", "de "]) + r.choice(["Rocha", "Souza", "Fonseca", "Cavalcanti", "Prado"]),
    ),
    "gr": (
        ["Eleni", "Katerina", "Despina", "Vasiliki"],
        ["Nikos", "Giorgos", "Kostas", "Stavros"],
        lambda r, g: _c(r, ["Papa", "Georgi", "Kon", "Dimitr", "Stavr", "Vlach"], ["dakis", "opoulos", "idis", "akis"]),
    ),
    "yu": (
        ["Amra", "Mirela", "Jasmina", "Dragana", "Selma", "Lejla"],
        ["Dragan", "Mirza", "Nenad", "Emir", "Adnan"],
        lambda r, g: _c(
            r, ["Had", "Beg", "Jovan", "Hodž", "Kovač", "Mus", "Ibrah", "Del"], ["žić", "ović", "ević", "ić"]
        ),
    ),
    "hu": (
        ["Zsófia", "Katalin", "Réka", "Anikó"],
        ["Gábor", "László", "Zoltán", "Balázs", "Attila"],
        lambda r, g: r.choice(["Kovács", "Szabó", "Tóth", "Horváth", "Varga", "Molnár", "Balogh", "Szűcs"]),
    ),
    "lt": (
        ["Rūta", "Indrė", "Ieva", "Ilze"],
        ["Mantas", "Darius", "Andris", "Jānis"],
        lambda r, g: (
            r.choice(["Kazl", "Petr", "Jank", "Baltr", "Vaitk"])
            + (r.choice(["auskienė", "aitė"]) if g == "f" else r.choice(["auskas", "aitis", "ūnas"]))
        ),
    ),
    "sy": (
        ["Rasha", "Lina", "Hala", "Rania", "Dima", "Reem"],
        ["Omar", "Mahmoud", "Firas", "Bassel", "Ammar", "Ziad"],
        lambda r, g: "Al-" + r.choice(["Masri", "Halabi", "Hamwi", "Shami", "Dabbagh", "Zoubi", "Rifai", "Obeidi"]),
    ),
    "af": (
        ["Zarghuna", "Mursal", "Freshta", "Parwana", "Nazifa"],
        ["Mirwais", "Ajmal", "Naqibullah", "Zabiullah"],
        lambda r, g: _c(
            r, ["Ahmad", "Noor", "Popal", "Sultan", "Hotak", "Safi", "Stanek"], ["zai", "yar", "khel", "i"]
        ),
    ),
    "ir": (
        ["Mahsa", "Shirin", "Parisa", "Nasrin", "Golnar", "Azadeh"],
        ["Behrouz", "Kaveh", "Arash", "Dariush", "Babak"],
        lambda r, g: _c(
            r,
            ["Rahim", "Ghorban", "Mousav", "Tehran", "Shir", "Naser", "Kazem"],
            ["zadeh", "pour", "i", "ian", "nejad", "far"],
        ),
    ),
    "er": (
        ["Selam", "Rahwa", "Luwam", "Feven", "Senait", "Yordanos"],
        ["Tesfay", "Mehari", "Biniam", "Kidane", "Robel"],
        lambda r, g: _c(r, ["Ghebre", "Tesfa", "Wolde", "Habte", "Berhane"], ["mariam", "selassie", "giorgis", "ab"]),
    ),
    "et": (
        ["Tigist", "Meron", "Hirut", "Almaz"],
        ["Tadesse", "Getachew", "Bekele", "Yohannes"],
        lambda r, g: _c(r, ["Alem", "Wond", "Ger", "Ket", "Bir"], ["ayehu", "imu", "ema", "hanu", "esse"]),
    ),
    "so": (
        ["Hodan", "Fadumo", "Sahra", "Ifrah", "Nimco", "Hibaaq"],
        ["Abdirahman", "Abdullahi", "Liban", "Guled"],
        lambda r, g: r.choice(["Warsame", "Jama", "Egal", "Hirsi", "Dirie", "Samatar", "Nuur", "Cismaan"]),
    ),
    "gh": (
        ["Akosua", "Abena", "Efua", "Adwoa", "Afia"],
        ["Kwame", "Kwabena", "Kwaku", "Kojo", "Kwesi"],
        lambda r, g: _c(r, ["Agye", "Amp", "Ofo", "Boa", "Dan", "Ase"], ["man", "onsah", "ri", "teng", "quah", "dua"]),
    ),
    "ng": (
        ["Chioma", "Ngozi", "Funmilayo", "Adaeze", "Yetunde"],
        ["Chinedu", "Oluwaseun", "Emeka", "Ikechukwu"],
        lambda r, g: _c(
            r, ["Ade", "Olu", "Oko", "Nwa", "Oye", "Aki"], ["bayo", "wale", "nkwo", "eze", "kanmi", "dele"]
        ),
    ),
    "ph": (
        ["Maricel", "Rowena", "Lorna", "Marites"],
        ["Jomar", "Rodel", "Ramil", "Arnel", "Jericho"],
        lambda r, g: r.choice(["dela Cruz", "Macaraeg", "Mangubat", "Dimaculangan", "Sarmiento", "Panganiban"]),
    ),
    "in": (
        ["Deepa", "Ananya", "Shreya", "Kavya", "Meenakshi"],
        ["Arjun", "Venkat", "Prakash", "Rohan", "Karthik"],
        lambda r, g: _c(
            r, ["Subra", "Krish", "Venkata", "Raghu", "Bala", "Sriniv"], ["maniam", "nan", "raman", "murthy"]
        ),
    ),
    "pk": (
        ["Ayesha", "Mehwish", "Rabia", "Uzma"],
        ["Imran", "Faisal", "Adeel", "Kamran", "Tariq"],
        lambda r, g: r.choice(["Qureshi", "Chaudhry", "Siddiqui", "Abbasi", "Awan", "Bhatti"]),
    ),
    "lk": (
        ["Tharani", "Kalaivani", "Nirmala", "Sumathi"],
        ["Sivakumar", "Jeyakanthan", "Tharmalingam"],
        lambda r, g: _c(r, ["Thillai", "Siva", "Jeya", "Kanaga", "Pathma"], ["nathan", "rajah", "lingam", "sundaram"]),
    ),
    "eg": (
        ["Nermeen", "Doaa", "Heba", "Marwa"],
        ["Mina", "Amr", "Tamer", "Sherif"],
        lambda r, g: r.choice(["Soliman", "Fahmy", "Mansour", "Girgis", "Boutros", "Shenouda", "Tawfik"]),
    ),
}

NICK = {
    "Gert-Jan": "GJ",
    "Abdelkader": "Kader",
    "Radjkoemarie": "Koemarie",
    "Wilhelmina": "Mien",
    "Johannis": "Hans",
    "Oleksandr": "Sasha",
    "Agnieszka": "Aga",
    "Małgorzata": "Gosia",
    "Katarzyna": "Kasia",
    "Krzysztof": "Krzysiek",
    "Dominggus": "Domy",
    "Mustafa": "Musti",
    "Hüseyin": "Hüso",
    "Oluwaseun": "Seun",
    "Ikechukwu": "Ike",
    "Abdirahman": "Abdi",
    "Naqibullah": "Naqib",
    "Zabiullah": "Zabi",
    "Meenakshi": "Meena",
    "Jeyakanthan": "Jeya",
    "Soekirno": "Kirno",
    "Alessandra": "Sandra",
    "Wellington": "Welly",
    "Sivakumar": "Siva",
    "Tharmalingam": "Tharma",
    "Funmilayo": "Funmi",
    "Kwabena": "Kobby",
    "Hendrikus": "Henkie",
    "Yordanka": "Danka",
    "Tjalling": "Tjal",
    "Humphrey": "Humph",
    "Giuseppe": "Beppe",
    "Elisângela": "Zanza",
    "Jeandric": "Jeje",
    "Giandro": "Gigi",
}

# Surnames and first names that are also ordinary Dutch words (for the "known" documents), each with a sentence in
# which the word is used in its ordinary sense; {N} full name, {L} title and surname, {F} first name.
KNOWN_LAST = [
    (
        "Visser",
        "visser",
        "{L} heeft als visser op een kotter gevaren en kreeg na de sloop van het schip geen uitkering.",
    ),
    (
        "Molenaar",
        "molenaar",
        "Omdat hij vrijwillig molenaar is bij de korenmolen, vraagt {L} een ontheffing voor de dijk.",
    ),
    ("Smid", "smid", "De smid naast {N} maakt volgens haar tot laat in de avond herrie."),
    ("Koster", "koster", "{N} is koster van de Antoniuskerk en vreest dat haar vrijwilligersvergoeding wordt gekort."),
    (
        "Schipper",
        "schipper",
        "Sinds {L} geen schipper meer is, woont hij aan de wal en betaalt hij ineens forensenbelasting.",
    ),
    ("Brouwer", "brouwer", "{N} werkt bij een brouwer in de binnenstad en kan alleen na zessen bellen."),
    ("Timmerman", "timmerman", "Volgens {L} heeft een timmerman van de corporatie de trapleuning scheef bevestigd."),
    ("Kok", "kok", "{N} werkt als kok in een verpleeghuis en heeft wisselende diensten."),
    (
        "de Vos",
        "vos",
        "Een vos heeft alle kippen van {L} doodgebeten; Stadsbeheer vindt dat geen zaak voor de gemeente.",
    ),
    ("Wolf", "wolf", "{N} zag vorige week een wolf bij de speeltuin en wil dat de gemeente waarschuwt."),
    ("de Wit", "wit", "De gevel van {L} moet volgens Welstand wit blijven, maar de verf is niet te krijgen."),
    ("Hoek", "hoek", "Het huis van {L} staat precies in de hoek waar de vuilcontainer al drie weken overloopt."),
    ("van den Bos", "bos", "{N} laat haar hond uit in het bos achter de sportvelden, waar nu hekken staan."),
    ("Blok", "blok", "Het hele blok van {L} zit sinds zaterdag zonder warm water."),
    ("Klaver", "klaver", "Het gazon van {N} staat vol klaver sinds de gemeente de bomen kapte."),
    ("Valk", "valk", "Op de kerktoren broedt een valk, zegt {L}, en daarom mag de steiger er nog niet staan."),
    ("Zwaan", "zwaan", "{N} meldde een gewonde zwaan in de vijver; de dierenambulance kwam pas na een dag."),
    ("Vink", "vink", "In de heg van {L} zit een vink te broeden, dus snoeien kan pas in augustus."),
    ("Appel", "appel", "Voor een appel en een ei kocht {N} een scootmobiel die de gemeente nu niet wil keuren."),
    ("Winter", "winter", "Deze winter stond de woning van {L} twee weken zonder verwarming."),
    ("Vorst", "vorst", "Door de vorst van januari sprong de waterleiding in de kelder van {N}."),
    ("Haas", "haas", "Een haas vreet de moestuin van {L} leeg; hij vraagt om een hoger hek."),
    ("van Dijk", "dijk", "{N} woont vlak achter de dijk en krijgt geen antwoord over de verhoging."),
    ("Baas", "baas", "Haar baas wil een verklaring dat {N} op dinsdag naar de zitting moet."),
    ("Kuiper", "kuiper", "Zijn opa was kuiper, vertelde {L}, en de werkplaats achter het huis is een monument."),
    ("de Jong", "jong", "{L} is nog jong, negentien, en woont sinds kort zelfstandig."),
    ("Groen", "groen", "Het plantsoen voor het huis van {N} is al maanden niet groen maar bruin."),
    ("Zwart", "zwart", "{N} zegt dat de schimmel op de slaapkamermuur zwart is geworden."),
    ("de Bruin", "bruin", "Het kraanwater bij {L} komt bruin uit de leiding."),
    ("Koning", "koning", "Op de dag van de koning staat de kraam van {N} altijd voor de deur."),
    ("Keizer", "keizer", "{L} speelde keizer in het toneelstuk van de buurtvereniging en kreeg daarvoor een bijdrage."),
    ("Tak", "tak", "Tijdens de storm viel een tak op de auto van {N}."),
    ("Lam", "lam", "Sinds het ongeluk is de linkerarm van {L} half lam."),
    ("Man", "man", "Haar man is overleden, zegt {N}, en sindsdien komt er geen post meer op haar naam."),
    ("Kan", "kan", "{N} zegt dat zij de trap niet meer op kan zonder hulp."),
    ("Tas", "tas", "{N} raakte bij de balie een tas met haar papieren kwijt."),
    ("Ram", "ram", "Een ram van de kinderboerderij brak uit en liep de tuin van {L} in."),
    ("Vroom", "vroom", "{N} noemt zichzelf niet vroom, maar de moskee helpt haar met de huur."),
    ("Rijk", "rijk", "Volgens {N} is ze allesbehalve rijk: na de vaste lasten blijft er niets over."),
]
KNOWN_FIRST = [
    ("Merel", "merel", "In de dakgoot boven de voordeur van {N} broedt een merel."),
    ("Roos", "roos", "{N} legde een roos bij het monument en kreeg daarvoor een boete van een boa."),
    ("Linde", "linde", "De linde voor het huis van {N} wordt gekapt en niemand heeft haar iets gevraagd."),
    ("Jasmijn", "jasmijn", "Tegen de schutting van {N} groeit jasmijn, die de buurman zonder overleg afknipte."),
    ("Ben", "ben", "Tegen de baliemedewerker zei {N}: 'Ik ben het wachten zat.'"),
    ("Daan", "daan", None),
]
KNOWN_FIRST = [k for k in KNOWN_FIRST if k[2]]

STREET_A = [
    "Linden",
    "Beuken",
    "Kastanje",
    "Wilgen",
    "Populieren",
    "Meidoorn",
    "Vlier",
    "Hazelaar",
    "Berken",
    "Iepen",
    "Klaproos",
    "Boterbloem",
    "Korenbloem",
    "Lavendel",
    "Distel",
    "Kievit",
    "Grutto",
    "Wulp",
    "Zwaluw",
    "Ooievaar",
    "Fazant",
    "Veer",
    "Sluis",
    "Polder",
    "Gors",
    "Kreek",
    "Vaart",
    "Duin",
    "Heide",
    "Vlas",
]
STREET_B = ["straat", "laan", "weg", "hof", "plein", "pad", "kade", "dreef", "singel", "erf", "hoven", "wal", "steeg"]
STREET_PRE = ["Lange", "Korte", "Nieuwe", "Oude", "Hoge", "Lage"]
STREET_PRE_B = ["Vaart", "Gracht", "Haven", "Dijk", "Markt", "Raam", "Veste"]


def street(r):
    x = r.random()
    if x < 0.6:
        return _c(r, STREET_A, STREET_B)
    if x < 0.75:
        return r.choice(STREET_PRE) + " " + r.choice(STREET_PRE_B)
    if x < 0.9:
        who = r.choice(["Burgemeester ", "Dokter ", "Pastoor ", "Meester ", ""])
        return (
            who
            + r.choice(["Hoytema", "Kalsbeek", "Feitsma", "Stuivenga", "Wenckebach", "Abspoel", "Nolthenius"])
            + ("laan" if r.random() < 0.5 else "straat")
        )
    return r.choice(
        [
            "Anton de Komstraat",
            "Hannie Schaftplein",
            "Kwame Nkrumahlaan",
            "Rosa Parkshof",
            "Aletta Jacobsdreef",
            "Tula Boulevard",
            "Boni Bonistraat",
        ]
    )


def house(r):
    n = str(r.randint(1, 240))
    return n + r.choice(["", "", "", "A", "B", "-2", "-3", "-hs", "-II", "bis"])


def ascii_(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@dataclass
class Person:
    first: str
    last: str
    gender: str
    origin: str
    ini: str
    nick: str | None

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


DUTCH_PART = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op"}


def cap_last(last: str) -> str:
    """A surname as written without first name or initials before it: a Dutch particle gets a capital."""
    head = last.split(" ", 1)[0]
    if head in DUTCH_PART:
        return last[0].upper() + last[1:]
    return last


def make_person(r, origin=None, gender=None, first=None, last=None) -> Person:
    origin = origin or r.choice(sorted(ORIGINS))
    gender = gender or r.choice("fm")
    fem, mal, sur = ORIGINS[origin]
    fn = first or r.choice(fem if gender == "f" else mal)
    ln = last or sur(r, gender)
    letters = [w[0] for w in fn.replace("-", " ").split()]
    extra = r.choice(["", "", "", "M.", "J.", "H.", "A.", "C.M.", "W."])
    ini = "".join(c + "." for c in letters) + extra
    nick = NICK.get(fn)
    if nick is None and len(fn) > 6 and r.random() < 0.5:
        nick = fn[:3] if fn[2] not in "aeiou" else fn[:4]
    return Person(fn, ln, gender, origin, ini, nick)
