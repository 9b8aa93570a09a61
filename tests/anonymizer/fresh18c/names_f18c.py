"""Name material for fresh18c: per origin group, first names (F/M) and a surname builder from origin-typical parts."""

from __future__ import annotations

# group: (female first names, male first names, surname prefixes, surname suffixes, joiner/style)
GROUPS = {
    "nederlands": (
        ["Hendrika", "Jorien", "Marijke", "Lieke", "Geertje", "Anouk", "Wilma", "Fenna"],
        ["Gerrit", "Wouter", "Tijmen", "Rutger", "Joost", "Harm", "Teun", "Arjen"],
        ["Hout", "Wester", "Brink", "Steen", "Rijn", "Slot", "Wouden", "Oever", "Heuvel", "Wiel"],
        ["kamp", "horst", "veld", "ink", "hof", "stede", "man", "broek", "weerd", "dijk"],
        "dutch",
    ),
    "fries": (
        ["Wytske", "Tjitske", "Jetske", "Baukje", "Gerbrich", "Sytske", "Aukje"],
        ["Sjoerd", "Hylke", "Auke", "Sybren", "Douwe", "Wiebe", "Jelmer"],
        ["Hoek", "Wijn", "Sikk", "Terp", "Hylk", "Jelt", "Wierd", "Eelk", "Rinz"],
        ["stra", "sma", "inga", "ema", "enga", "tsma"],
        "plain",
    ),
    "marokkaans": (
        ["Souad", "Ilham", "Najat", "Loubna", "Siham", "Hafsa", "Ikram"],
        ["Nordin", "Yassine", "Brahim", "Hakim", "Zakaria", "Driss", "Anouar"],
        ["Hadd", "Amr", "Bouz", "Azz", "Mour", "Kharb", "Touh", "Ouarr", "Mess", "Tahr"],
        ["ouchi", "ani", "aoui", "ach", "iri", "ouli"],
        "moroccan",
    ),
    "turks": (
        ["Emine", "Sevgi", "Gülay", "Derya", "Havva", "Songül", "Filiz"],
        ["Mehmet", "Hüseyin", "Serkan", "Oğuz", "Volkan", "Ramazan", "Levent"],
        ["Kara", "Ak", "Gök", "Bal", "Tun", "Öz", "Kay", "Yıl", "Ser", "Çam"],
        ["dağ", "soy", "taş", "can", "oğlu", "türk", "yol", "demir", "ırmak"],
        "plain",
    ),
    "surinaams-hindoestaans": (
        ["Sunita", "Shanti", "Anjali", "Nirmala", "Reshma", "Kavita"],
        ["Radjesh", "Dewkoemar", "Ravindra", "Sanjay", "Mahesh", "Prakash"],
        ["Ram", "Jag", "Soek", "Mahab", "Rag", "Chot", "Ganp", "Bis"],
        ["adin", "esar", "hoe", "lall", "ath", "oebar", "ai"],
        "plain",
    ),
    "surinaams-creools": (
        ["Ruthlyn", "Sharleen", "Ivanka", "Gracia", "Marlies", "Denise"],
        ["Marvin", "Glenn", "Romano", "Errol", "Ricardo", "Winston"],
        ["Ams", "Pin", "Blin", "Zeeg", "Kwa", "Dap", "Tjon", "Wijng"],
        ["elaar", "ter", "kam", "hout", "as", "aarde", "berg"],
        "plain",
    ),
    "antilliaans": (
        ["Xiomara", "Sulaika", "Jeandra", "Shanaira", "Ruthmila", "Gisette"],
        ["Giandro", "Rignald", "Jurensley", "Dwight", "Edsel", "Quincy"],
        ["Cel", "Mer", "Ros", "Luc", "Fel", "Jans", "Wal"],
        ["estina", "ilia", "ario", "iano", "ecilia", "ota"],
        "plain",
    ),
    "pools": (
        ["Małgorzata", "Agnieszka", "Zofia", "Beata", "Joanna", "Ewelina"],
        ["Tomasz", "Paweł", "Grzegorz", "Wojciech", "Krzysztof", "Marek"],
        ["Nowa", "Kowal", "Wiśniew", "Zieliń", "Kamiń", "Szyman", "Woźni", "Dąbrow"],
        [],
        "polish",
    ),
    "syrisch": (
        ["Lama", "Hala", "Reem", "Ghalia", "Rouba", "Dima"],
        ["Rami", "Ghaith", "Bashar", "Tarek", "Fadi", "Wassim"],
        ["Hal", "Khat", "Sabb", "Darw", "Nass", "Hamw", "Jaz"],
        ["abi", "ib", "agh", "ish", "ouri", "ani"],
        "al",
    ),
    "eritrees": (
        ["Senait", "Mebrat", "Semhar", "Luwam", "Yordanos", "Saba"],
        ["Tesfay", "Yonas", "Filmon", "Kibrom", "Efrem", "Robel"],
        ["Ghebre", "Tekle", "Habte", "Wolde", "Berhane", "Kidane"],
        ["mariam", "haimanot", "giorgis", "selassie", "mikael", "medhin"],
        "plain",
    ),
    "somalisch": (
        ["Hodan", "Faadumo", "Ayaan", "Sahra", "Ubah", "Khadra"],
        ["Abdirahman", "Liban", "Mahad", "Abdiwali", "Guled", "Bashiir"],
        ["Jaam", "Cawa", "Xas", "War", "Maxa", "Cilm", "Dool"],
        ["ac", "le", "ane", "same", "mad", "iye"],
        "plain",
    ),
    "chinees": (
        ["Xiaoling", "Meihua", "Lanying", "Yufei", "Qingyan", "Wenjing"],
        ["Haoran", "Zhiwei", "Jianguo", "Yuchen", "Wenbo", "Qiming"],
        ["Zhou", "Wang", "Chen", "Huang", "Xu", "Liang", "Guo", "Zheng"],
        [],
        "single",
    ),
    "indonesisch": (
        ["Wulan", "Ratna", "Sari", "Kartini", "Puspita", "Lestari"],
        ["Bambang", "Hendra", "Indra", "Joko", "Rudy", "Teguh"],
        ["Sur", "Wira", "Hadi", "Sant", "Pur", "Setia", "Kusu"],
        ["yadi", "wan", "joso", "nomo", "wati", "dharma"],
        "plain",
    ),
    "ghanees": (
        ["Akosua", "Abena", "Efua", "Adwoa", "Afia", "Yaa"],
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Kwaku", "Kojo"],
        ["Ofo", "Men", "Owu", "Asa", "Boa", "Adj", "Agy", "Dank"],
        ["ri", "sah", "su", "nte", "teng", "ei", "wa"],
        "plain",
    ),
    "moluks": (
        ["Marthina", "Josina", "Welmina", "Nelly", "Christina", "Elsina"],
        ["Johny", "Ronald", "Semmy", "Frits", "Alfons", "Benny"],
        ["Patti", "Latu", "Tuhu", "Sahe", "Nanl", "Manu", "Watti"],
        ["nama", "hihin", "mury", "tapy", "ohy", "hutu", "lessy"],
        "plain",
    ),
    "afghaans": (
        ["Mariam", "Shabnam", "Nasrin", "Freshta", "Mursal", "Zarghuna"],
        ["Farid", "Wahid", "Jawed", "Hamid", "Naweed", "Sohrab"],
        ["Ahmad", "Rahim", "Nazar", "Karim", "Sultan", "Amin"],
        ["zai", "yar", "khil", "i"],
        "plain",
    ),
    "iraaks": (
        ["Zainab", "Rusul", "Shahad", "Marwa", "Hawraa", "Duaa"],
        ["Haider", "Mustafa", "Hussein", "Ammar", "Muntadher", "Sajjad"],
        ["Jubur", "Ubaid", "Tamim", "Shammar", "Rubai", "Saad"],
        ["i", "awi"],
        "al",
    ),
    "iraans": (
        ["Shirin", "Parisa", "Niloofar", "Maryam", "Golnaz", "Azadeh"],
        ["Dariush", "Kaveh", "Babak", "Arash", "Kourosh", "Siavash"],
        ["Tehr", "Moham", "Rez", "Kaz", "Naj", "Ghas", "Farh"],
        ["ani", "adi", "aei", "emi", "afi", "ami"],
        "plain",
    ),
    "koerdisch": (
        ["Rojda", "Berivan", "Dilan", "Hêvî", "Newroz", "Zozan"],
        ["Serhat", "Zana", "Baran", "Rêber", "Azad", "Şivan"],
        ["Bar", "Zin", "Kob", "Sor", "Qer", "Bot"],
        ["zani", "dar", "ani", "ek", "eyî"],
        "plain",
    ),
    "oekraiens": (
        ["Olena", "Iryna", "Halyna", "Nataliya", "Oksanka", "Larysa"],
        ["Mykola", "Taras", "Bohdan", "Andriy", "Vasyl", "Yaroslav"],
        ["Shev", "Koval", "Bond", "Tkach", "Melnych", "Hryts", "Lys"],
        ["chuk", "enko", "arenko", "uk", "ovych"],
        "plain",
    ),
    "roemeens": (
        ["Andreea", "Mihaela", "Ioana", "Roxana", "Cristina", "Loredana"],
        ["Ionuț", "Florin", "Bogdan", "Cătălin", "Sorin", "Marius"],
        ["Pop", "Dumitr", "Stan", "Ghe", "Constant", "Rad"],
        ["escu", "eanu", "oiu", "ache", "ulescu"],
        "plain",
    ),
    "bulgaars": (
        ["Tsvetelina", "Radka", "Kalina", "Desislava", "Milena", "Yordanka"],
        ["Dimitar", "Stoyan", "Georgi", "Plamen", "Hristo", "Lyubomir"],
        ["Petr", "Dimitr", "Stoyan", "Kol", "Todor", "Zhel"],
        [],
        "bulgarian",
    ),
    "kaapverdisch": (
        ["Nilda", "Zenaida", "Ilídia", "Djenifer", "Odete", "Arlete"],
        ["Edson", "Arlindo", "Djamilo", "Nelson", "Adilson", "Manuel"],
        ["Tava", "Seme", "Mont", "Vare", "Lope", "Fur"],
        ["res", "do", "eiro", "la", "tado"],
        "plain",
    ),
    "vietnamees": (
        ["Thu Trang", "Ngoc Lan", "Minh Chau", "Thanh Huong", "Bich Ngoc"],
        ["Duc Anh", "Hoang Long", "Quang Huy", "Minh Tuan", "Thanh Son"],
        ["Nguyen", "Tran", "Pham", "Dang", "Bui", "Huynh", "Phan", "Vo"],
        [],
        "single",
    ),
    "indiaas": (
        ["Priyanka", "Deepa", "Lakshmi", "Kavya", "Ananya", "Meenakshi"],
        ["Arjun", "Vikram", "Rohan", "Karthik", "Siddharth", "Venkatesh"],
        ["Venkat", "Krishn", "Ragh", "Subram", "Nara", "Bala"],
        ["araman", "amurthy", "avan", "anian", "yanan", "chandran"],
        "plain",
    ),
    "pakistaans": (
        ["Saima", "Ayesha", "Rabia", "Nadia", "Sadia", "Humaira"],
        ["Imran", "Bilal", "Kashif", "Waqas", "Tariq", "Usman"],
        ["Qure", "Chaud", "Hash", "Bhat", "Siddi", "Awa"],
        ["shi", "hry", "mi", "ti", "qui", "n"],
        "plain",
    ),
    "ethiopisch": (
        ["Meron", "Tigist", "Selam", "Hiwot", "Bethlehem", "Mahlet"],
        ["Dawit", "Abebe", "Yohannes", "Tewodros", "Henok", "Biruk"],
        ["Ale", "Des", "Tades", "Wor", "Beke", "Gir", "Ayel"],
        ["mu", "ta", "se", "ku", "le", "ma"],
        "plain",
    ),
    "nigeriaans": (
        ["Ngozi", "Adaeze", "Folake", "Chiamaka", "Funmilayo", "Ifeoma"],
        ["Chinedu", "Emeka", "Oluwaseun", "Tunde", "Obinna", "Babajide"],
        ["Okon", "Adeb", "Okaf", "Nwos", "Babat", "Olu"],
        ["kwo", "ayo", "or", "u", "unde", "wole"],
        "plain",
    ),
    "duits": (
        ["Annegret", "Heike", "Ute", "Dagmar", "Sabine", "Gudrun"],
        ["Jürgen", "Sven", "Torsten", "Uwe", "Dieter", "Holger"],
        ["Schm", "Hoff", "Zimmer", "Krü", "Lehm", "Wink", "Bött"],
        ["idt", "mann", "ger", "nitz", "cher", "ner"],
        "plain",
    ),
    "vlaams": (
        ["Griet", "Katrien", "Sofie", "Lieve", "An-Sofie", "Veerle"],
        ["Lieven", "Bart", "Wim", "Koen", "Pieterjan", "Dries"],
        ["Vande", "Ver", "Van ", "De "],
        ["velde", "straete", "haegen", "poorten", "walle", "cauter", "ryckere"],
        "plain",
    ),
    "portugees": (
        ["Inês", "Filipa", "Beatriz", "Leonor", "Mariana", "Catarina"],
        ["João", "Rui", "Tiago", "Duarte", "Gonçalo", "Nuno"],
        ["Carv", "Ferr", "Guim", "Mour", "Sequ", "Mag"],
        ["alho", "eira", "arães", "ão", "alhães"],
        "plain",
    ),
    "italiaans": (
        ["Chiara", "Francesca", "Giulia", "Serena", "Federica", "Ilaria"],
        ["Giuseppe", "Matteo", "Lorenzo", "Davide", "Stefano", "Alessio"],
        ["Ross", "Bian", "Espos", "Colomb", "Ricc", "Marc"],
        ["elli", "ini", "ito", "etti", "one", "ucci"],
        "plain",
    ),
    "grieks": (
        ["Eleni", "Dimitra", "Sofia", "Katerina", "Vasiliki", "Despina"],
        ["Giorgos", "Kostas", "Nikos", "Yannis", "Spyros", "Thanasis"],
        ["Papad", "Georgi", "Konst", "Alex", "Nikol", "Stavr"],
        ["opoulos", "akis", "iadis", "idis", "ou"],
        "plain",
    ),
    "hongaars": (
        ["Zsófia", "Réka", "Eszter", "Ildikó", "Krisztina", "Boglárka"],
        ["Balázs", "Gábor", "Levente", "Zoltán", "Tamás", "Gergely"],
        ["Kov", "Szab", "Horv", "Vár", "Nagy", "Bar"],
        ["ács", "ó", "áth", "adi", "falvi", "tók"],
        "plain",
    ),
    "egyptisch": (
        ["Heba", "Dina", "Yasmin", "Rania", "Shaimaa", "Nermeen"],
        ["Mahmoud", "Karim", "Sherif", "Hesham", "Amr", "Tamer"],
        ["Sha", "Mans", "Rag", "Hass", "Ezz", "Fahm"],
        ["ker", "our", "ab", "anein", "eldin", "y"],
        "plain",
    ),
    "filipijns": (
        ["Maricel", "Rhea", "Lovely", "Jocelyn", "Rowena", "Marites"],
        ["Jomar", "Arnel", "Jericho", "Rommel", "Dindo", "Reynaldo"],
        ["Manal", "Villan", "Bautis", "Maca", "Dimag", "Pangil"],
        ["o", "ueva", "ta", "pagal", "iba", "inan"],
        "plain",
    ),
    "bosnisch": (
        ["Amela", "Selma", "Lejla", "Azra", "Merima", "Sanela"],
        ["Emir", "Adnan", "Mirza", "Haris", "Kenan", "Edin"],
        ["Hodž", "Begov", "Muj", "Hasan", "Deliz", "Halil"],
        ["ić", "ović", "agić", "ević"],
        "plain",
    ),
    "braziliaans": (
        ["Thaís", "Luana", "Jéssica", "Raíssa", "Fernanda", "Daiane"],
        ["Thiago", "Rodrigo", "Wellington", "Cleber", "Anderson", "Ronaldo"],
        ["Nasci", "Olivei", "Cavalc", "Sous", "Medei", "Bezer"],
        ["mento", "ra", "anti", "a", "ros"],
        "plain",
    ),
}

DUTCH_PARTICLES = ["van der", "van de", "van den", "de", "van", "ter", "ten", "in 't", "'t", "van 't", "op de"]


def make_name(r, group: str, gender: str):
    """(first, particle, surname) for an origin group and gender 'f'/'m'."""
    fem, mal, pre, suf, style = GROUPS[group]
    first = r.choice(fem if gender == "f" else mal)
    particle = ""
    if style == "dutch":
        particle = r.choice(DUTCH_PARTICLES)
        sur = r.choice(pre) + r.choice(suf)
    elif style == "moroccan":
        sur = r.choice(["El ", "Ait ", "Oulad ", "Ben ", ""]) + r.choice(pre) + r.choice(suf)
    elif style == "polish":
        sur = r.choice(pre) + ("ska" if gender == "f" else "ski") if r.random() < 0.7 else r.choice(pre)[:-1] + "czyk"
    elif style == "bulgarian":
        sur = r.choice(pre) + r.choice(["ova", "cheva"] if gender == "f" else ["ov", "chev"])
    elif style == "al":
        sur = "Al-" + r.choice(pre) + r.choice(suf)
    elif style == "single":
        sur = r.choice(pre)
    else:
        sur = r.choice(pre) + r.choice(suf)
    return first, particle, sur
