"""Name material for fresh16c: first names and surname parts of origin groups present in the Dutch population.

Most surnames are composed from an origin-typical start and ending, so that they appear on no common list.
"""

from __future__ import annotations

import re
import unicodedata

# origin: (male first names, female first names, surname starts, surname endings, particles or None)
ORIGINS = {
    "Nederlands": (
        ["Gerrit", "Maarten", "Joost", "Wouter", "Teun", "Bart-Jan"],
        ["Marieke", "Hendrika", "Geertje", "Liesbeth", "Anouk", "Fenna"],
        ["Ooster", "Bleeker", "Zand", "Riet", "Kamp", "Steen", "Wester", "Hooge", "Broek", "Vlied"],
        ["hoven", "veld", "dijk", "kamp", "huis", "horst", "beek", "man", "ink", "bergen"],
        ["van", "van de", "van der", "van den", "de", "ter", "ten", "in 't", "op de", "'t"],
    ),
    "Fries": (
        ["Sjoerd", "Wiebe", "Hylke", "Jelmer", "Tjalling"],
        ["Tjitske", "Sytske", "Baukje", "Froukje", "Wietske"],
        ["Hoek", "Wier", "Terp", "Hiem", "Sipk", "Jell", "Tjal", "Wyb", "Folk", "Reit"],
        ["stra", "sma", "inga", "ema", "enga", "ga"],
        None,
    ),
    "Marokkaans": (
        ["Youssef", "Khalid", "Hamza", "Zakaria", "Bilal", "Soufiane"],
        ["Fatima-Zahra", "Houda", "Siham", "Ikram", "Naima", "Loubna"],
        ["Bou", "El Ha", "Ben A", "Ait Ou", "Ach", "Az", "Mouh", "El Ma"],
        ["dadi", "ziani", "rhoudi", "mrani", "llouchi", "hbibi", "kkari", "rbouh"],
        None,
    ),
    "Turks": (
        ["Emre", "Mert", "Burak", "Oğuz", "Serkan"],
        ["Elif", "Zeynep", "Büşra", "Şeyma", "Gülay"],
        ["Yıl", "Kara", "Ak", "Öz", "Demir", "Çelik", "Ay", "Tun"],
        ["dağ", "taş", "kaya", "soy", "oğlu", "türk", "can", "ören"],
        None,
    ),
    "Surinaams-Hindoestaans": (
        ["Rakesh", "Anand", "Sunil", "Dinesh"],
        ["Shanti", "Reshma", "Sarita", "Kavita"],
        ["Ram", "Jag", "Mah", "Bal", "Chot", "Sew", "Ganp", "Mung"],
        ["bali", "ernath", "kisoen", "dew", "persad", "sing", "adin"],
        None,
    ),
    "Surinaams-Creools": (
        ["Errol", "Rinaldo", "Clyde", "Ricardo"],
        ["Marlène", "Gloria", "Ingrid-Lee", "Romaine"],
        ["Lie", "Pin", "Wijn", "Kor", "Mont", "Sab", "Ferr"],
        ["ngaarde", "nhout", "sia", "atini", "ando", "ier", "sel"],
        None,
    ),
    "Antilliaans": (
        ["Jurich", "Shurandy", "Giovanni", "Jeandro"],
        ["Shudaisy", "Ruthmila", "Jenayra", "Sharlene"],
        ["Mar", "Cor", "Vic", "Isen", "Hooi", "Fran", "Pie"],
        ["tina", "sen", "toria", "ia", "cisca", "ternella", "ck"],
        None,
    ),
    "Pools": (
        ["Piotr", "Krzysztof", "Tomasz", "Paweł"],
        ["Agnieszka", "Katarzyna", "Małgorzata", "Justyna"],
        ["Now", "Wiśn", "Kowal", "Zieliń", "Dąbr", "Grab", "Kwiat", "Sobcz"],
        ["ak", "ewski", "owski", "czyk", "iewicz", "ek"],
        None,
    ),
    "Syrisch": (
        ["Ahmad", "Omar", "Khaled", "Tarek"],
        ["Rasha", "Lina", "Hala", "Rim"],
        ["Al-Ha", "Al-Sh", "Kha", "Dar", "Haj", "Mas", "Naj"],
        ["labi", "ami", "tib", "wish", "jar", "ri"],
        None,
    ),
    "Eritrees": (
        ["Tesfay", "Yonas", "Filmon", "Biniam"],
        ["Selam", "Senait", "Lula", "Mebrat"],
        ["Gebre", "Tesfa", "Habte", "Weldu", "Kidane", "Berhe"],
        ["mariam", "michael", "selassie", "gabriel", "tsion", "hiwet"],
        None,
    ),
    "Somalisch": (
        ["Abdirahman", "Mohamud", "Liban"],
        ["Hodan", "Faduma", "Ayaan", "Sahra"],
        ["War", "Far", "Cum", "Xir", "Ciis", "Dhu"],
        ["same", "ane", "si", "ale", "gure", "deeq"],
        None,
    ),
    "Chinees": (
        ["Jiahao", "Zhiwei", "Haoran", "Yuming"],
        ["Xiuying", "Meilan", "Huifang", "Yuling"],
        ["Zh", "Li", "Ch", "Ts", "Kw", "Y"],
        ["ou", "ang", "eung", "oi", "ok", "ip"],
        None,
    ),
    "Indonesisch": (
        ["Bambang", "Hendra", "Agus"],
        ["Wulan", "Dewi", "Sekar"],
        ["Soe", "Wiria", "Sasto", "Poer", "Kar", "Tjok"],
        ["karno", "atmadja", "wardoyo", "tono", "nomo", "rodiningrat"],
        None,
    ),
    "Ghanees": (
        ["Kwame", "Kofi", "Kwabena"],
        ["Akosua", "Abena", "Efua"],
        ["Ofo", "Ase", "Boa", "Owu", "Agy", "Kuf"],
        ["ri", "nte", "teng", "su", "ei", "quah", "four"],
        None,
    ),
    "Nigeriaans": (
        ["Chinedu", "Emeka", "Oluwaseun"],
        ["Ngozi", "Chiamaka", "Funmilayo"],
        ["Okon", "Ade", "Olu", "Nwa", "Eze", "Obi"],
        ["kwo", "yemi", "wale", "chukwu", "agu", "nna"],
        None,
    ),
    "Iraaks": (
        ["Haider", "Mustafa", "Sajjad"],
        ["Zainab", "Ruqaya", "Baneen"],
        ["Al-Ja", "Al-Ob", "Kad", "Saa", "Al-Ta"],
        ["bouri", "eidi", "hum", "dani", "mimi"],
        None,
    ),
    "Afghaans": (
        ["Wahid", "Farid", "Naweed"],
        ["Zarghona", "Nilofar", "Freshta"],
        ["Popal", "Naz", "Stan", "Sad", "Hak", "Karim"],
        ["zai", "ari", "ikzai", "eqzada", "yar"],
        None,
    ),
    "Iraans": (
        ["Dariush", "Kaveh", "Babak"],
        ["Shirin", "Parisa", "Golnaz"],
        ["Tehr", "Mor", "Hos", "Kaz", "Shir", "Rah"],
        ["ani", "adi", "seini", "emi", "zadeh", "avi"],
        None,
    ),
    "Vietnamees": (
        ["Quang Minh", "Duc Anh", "Thanh Tuan"],
        ["Thi Hoa", "Ngoc Lan", "Thu Trang"],
        ["Vu", "Dang", "Bui", "Ngo", "Duong", "Trinh"],
        ["", "", ""],
        None,
    ),
    "Bulgaars": (
        ["Georgi", "Dimitar", "Stoyan"],
        ["Petya", "Desislava", "Radost"],
        ["Petr", "Dimi", "Stoy", "Georg", "Nik", "Tsvet"],
        ["ova", "ov", "anov", "cheva", "iev", "olova"],
        None,
    ),
    "Roemeens": (
        ["Andrei", "Mihai", "Ionuț"],
        ["Ioana", "Andreea", "Roxana"],
        ["Pop", "Dumi", "Stan", "Constan", "Radu", "Marin"],
        ["escu", "eanu", "ache", "ovici", "tinescu"],
        None,
    ),
    "Duits": (
        ["Jürgen", "Matthias", "Lukas"],
        ["Ute", "Birgit", "Anke"],
        ["Schwarz", "Hof", "Wald", "Stein", "Brück", "Ried"],
        ["mann", "meier", "hauser", "bach", "ner", "inger"],
        None,
    ),
    "Vlaams": (
        ["Wout", "Jens", "Pieter-Jan"],
        ["Lieselot", "Griet", "Elke"],
        ["Ack", "Sme", "Meul", "Hoeck", "Peet", "Goos"],
        ["ers", "dts", "enaere", "ebeke", "ermans", "sens"],
        ["Van", "De", "Vande"],
    ),
    "Kaapverdiaans": (
        ["Tiago", "Ruben", "Nuno"],
        ["Inês", "Maria João", "Adilsa"],
        ["Fer", "Tav", "Mon", "Lob", "Gonç", "Sou"],
        ["reira", "ares", "teiro", "ato", "alves", "sa"],
        None,
    ),
    "Italiaans": (
        ["Giuseppe", "Marco", "Luca"],
        ["Giulia", "Francesca", "Chiara"],
        ["Ross", "Bian", "Espos", "Ferr", "Gall", "Benedet"],
        ["ini", "chi", "ito", "ara", "etti", "ucci"],
        None,
    ),
    "Grieks": (
        ["Giorgos", "Nikos", "Dimitris"],
        ["Eleni", "Katerina", "Sofia"],
        ["Papa", "Kon", "Geor", "Niko", "Chri", "Ioan"],
        ["dopoulos", "stantinou", "giou", "laidis", "stodoulou", "nidis"],
        None,
    ),
    "Hongaars": (
        ["Bence", "Zoltán", "Gergely"],
        ["Réka", "Zsófia", "Eszter"],
        ["Hor", "Kov", "Szab", "Var", "Fekete", "Bala"],
        ["váth", "ács", "ó", "ga", "falvi", "nyi"],
        None,
    ),
    "Oekraïens": (
        ["Oleksandr", "Dmytro", "Andriy"],
        ["Olena", "Iryna", "Oksana"],
        ["Shev", "Bond", "Tkach", "Kra", "Melny", "Hnat"],
        ["chenko", "arenko", "alenko", "uk", "vets", "chuk"],
        None,
    ),
    "Indiaas": (
        ["Arjun", "Vikram", "Rohan"],
        ["Ananya", "Kavya", "Deepa"],
        ["Ravi", "Krish", "Venk", "Subra", "Iyen", "Nara"],
        ["chandran", "namurthy", "atesh", "maniam", "gar", "yanan"],
        None,
    ),
    "Pakistaans": (
        ["Imran", "Usman", "Faisal"],
        ["Ayesha", "Sana", "Mahnoor"],
        ["Qur", "Chau", "Mal", "Ash", "Raz", "Jav"],
        ["eshi", "dhry", "ik", "raf", "aq", "ed"],
        None,
    ),
    "Koerdisch": (
        ["Rebwar", "Dilshad", "Azad"],
        ["Shilan", "Berfin", "Rojda"],
        ["Bar", "Zeb", "Gul", "Hew", "Aso", "Kar"],
        ["zani", "ari", "istani", "rami", "wan", "doxi"],
        None,
    ),
    "Bosnisch": (
        ["Emir", "Adnan", "Haris"],
        ["Amra", "Lejla", "Selma"],
        ["Hodž", "Beg", "Muj", "Hal", "Kurt", "Oman"],
        ["ić", "ović", "agić", "ilović", "anović"],
        None,
    ),
    "Filipijns": (
        ["Rommel", "Jericho", "Arnel"],
        ["Maricel", "Rowena", "Jocelyn"],
        ["Mac", "Bau", "Mana", "Sant", "Pang", "Dimag"],
        ["apagal", "tista", "lo", "os", "ilinan", "uiba"],
        None,
    ),
    "Moluks": (
        ["Johny", "Ferry", "Dominggus"],
        ["Yvonne", "Wilhelmina", "Bettie"],
        ["Lati", "Sah", "Wattil", "Tehu", "Pattip", "Leiw"],
        ["meten", "ureka", "ete", "ayo", "ilohy", "akabessy"],
        None,
    ),
    "Ethiopisch": (
        ["Dawit", "Abebe", "Yared"],
        ["Tigist", "Meron", "Hirut"],
        ["Tade", "Ale", "Bekel", "Gir", "Wold", "Asf"],
        ["sse", "mu", "ema", "egiorgis", "aw", "mariam"],
        None,
    ),
    "Litouws": (
        ["Mantas", "Tomas", "Darius"],
        ["Rūta", "Eglė", "Ieva"],
        ["Kaz", "Jank", "Petr", "Balt", "Stank", "Žem"],
        ["lauskas", "auskas", "aitis", "ūnas", "evičius"],
        None,
    ),
}


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, first: str, particle: str, last: str, female: bool, origin: str):
        self.first, self.particle, self.last, self.female, self.origin = first, particle, last, female, origin

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.first, self.particle, self.last) if x)

    @property
    def bare(self) -> str:
        """Surname as written without a first name or initials: particle capitalised."""
        return f"{self.particle[0].upper()}{self.particle[1:]} {self.last}" if self.particle else self.last

    @property
    def bare_low(self) -> str:
        return f"{self.particle} {self.last}" if self.particle else self.last

    @property
    def initials(self) -> str:
        return "".join(p[0].upper() + "." for p in re.split(r"[ \-]", self.first) if p)

    @property
    def ini(self) -> str:
        return f"{self.initials} {self.bare_low}"

    @property
    def possessive(self) -> str:
        b = self.bare
        if b[-1] in "sxz":
            return b + "'"
        if b[-1] in "aeiouy":
            return b + "'s"
        return b + "s"

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z]", "", ascii_fold((self.particle + self.last).lower()))

    @property
    def first_slug(self) -> str:
        return re.sub(r"[^a-z]", "", ascii_fold(self.first.split()[0].split("-")[0].lower()))

    @property
    def title(self) -> str:
        return "mevrouw" if self.female else "de heer"

    @property
    def title_short(self) -> str:
        return "mw." if self.female else "dhr."


def make_person(r, origin: str | None = None, female: bool | None = None, last: tuple | None = None) -> Person:
    origin = origin or r.choice(list(ORIGINS))
    m, f, starts, ends, particles = ORIGINS[origin]
    female = r.random() < 0.5 if female is None else female
    first = r.choice(f if female else m)
    if last is not None:
        particle, surname = last
    else:
        surname = r.choice(starts) + r.choice(ends)
        if origin == "Vietnamees":
            surname = r.choice(starts)
        particle = ""
        if particles and r.random() < 0.6:
            particle = r.choice(particles)
    return Person(first, particle, surname, female, origin)
