"""holdout16 core: name parts of the origin groups, identifiers, people, streets and the marked-text builder.

Standard library only. A shape writes text with marked slots: ``P(text, label)`` for a personal item, ``K(text)`` (or
``[[text]]``) for a keep word; ``finish()`` strips the marks and records every item exactly as the slot wrote it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

# --------------------------------------------------------------------------------------------------- marked text


def P(text: str, label: str = "PERSON") -> str:
    return f"\x01{label}\x02{text}\x03"


def K(text: str) -> str:
    return f"\x04{text}\x05"


_MARK = re.compile(r"\x01(\w+)\x02(.*?)\x03|\x04(.*?)\x05", re.S)


def finish(marked: str) -> tuple[str, list[dict], list[str]]:
    marked = re.sub(r"\[\[(.+?)\]\]", lambda m: K(m.group(1)), marked)
    out, pii, keep, pos = [], [], [], 0
    seen_p, seen_k = set(), set()
    for m in _MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        pos = m.end()
        if m.group(1):
            t, lab = m.group(2), m.group(1)
            out.append(t)
            if (t, lab) not in seen_p:
                seen_p.add((t, lab))
                pii.append({"text": t, "label": lab})
        else:
            t = m.group(3)
            out.append(t)
            if t not in seen_k:
                seen_k.add(t)
                keep.append(t)
    out.append(marked[pos:])
    return "".join(out), pii, keep


# --------------------------------------------------------------------------------------------------- origins

DUTCH_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "van 't", "in 't", "op den", "van het", "het"}

# key: (weight, male first names, female first names, surname prefixes, surname suffixes, fixed surnames,
#       particle probability, particles "a|b|c", particle capitalised in the full name)
_O = {
    "nl": (
        12,
        "Gerrit Wouter Maarten Sjoerd Ruud Joost Bram Koen Thijs Hidde Casper Rutger Lucas Reinier",
        "Lotte Sanne Femke Marloes Ilse Anouk Janneke Roosmarijn Ellen Willemijn Marieke Hester Annelies Evelien",
        "Hoog Brak Wes Hol Kort Leeu Zand Bolk Hees Stee Rijn Wage Bleek Dros Geer Kuyt Nijl Ooster Tromp Wierd "
        "Gaal Haring Loo Mulk Pruis Scheep Teer Vree Wolter Zwier",
        "kamp stede enga veld brink horst hoven dijk man huis broek beek ink weg sloot hout",
        "",
        0.45,
        "van der|van de|van den|de|ter|ten|te|van 't|in 't|op den|van het|den|van",
        False,
    ),
    "fy": (
        3,
        "Wopke Hylke Durk Jelle Sybren Folkert Tjeerd Bauke",
        "Sjoukje Tjitske Gerbrich Aukje Froukje Baukje Hiske Jitske",
        "Wyn Sjol Brou Fok Tjep Rinz Zijl Wier Elz Terp Hylk Ouk",
        "stra sma inga ema enga tra",
        "",
        0,
        "",
        False,
    ),
    "li": (
        2,
        "Sjef Jeu Huub Wiel Sjra Mathieu Gène",
        "Truus Mia Netty Mariëlle Trees Wies Jacqueline",
        "Sjroe Keu Ploem Vlie Duyk Hennek Lenss Creem Spron Gulp Ramak",
        "ckx kens mans ers ens hoven",
        "",
        0.1,
        "van",
        False,
    ),
    "be": (
        2,
        "Wannes Jelle Brecht Stijn Pieter-Jan Lowie Seppe Warre",
        "Lieve Griet Joke Sofie Elke Hanne Lien Fien",
        "Wael Smedt Coster Meule Ryck Baet Geest Clerc Brauw Wint Vyn Poort",
        "eleer aere ghem brouck mans elynck emaeker",
        "D'Haese D'Hondt D'hooghe",
        0.5,
        "De|Van|Vanden|Vande|Ver|Van de|Van den",
        True,
    ),
    "ma": (
        4,
        "Youssef Mohamed Soufiane Bilal Hamza Anouar Reda Mourad Ilias Zakaria",
        "Khadija Fatima Nadia Ilham Zineb Samira Naima Hafsa Loubna Siham",
        "Amr Haddo Bakk Ouar Azz Tah Mrab Kharb Bouzi Benal Zarr Chaou Mess",
        "ani ouchi ach aoui ti idi ouani ali",
        "",
        0.45,
        "El|Ait|Ben|Bou|El-",
        True,
    ),
    "tr": (
        4,
        "Mehmet Emre Burak Hüseyin Oğuz Mustafa Serkan Volkan Kemal Cem",
        "Ayşe Zeynep Elif Gülşen Derya Hatice Emine Sibel Büşra Özlem",
        "Yıl Kara Ak Öz Demir Çelik Kay Tek Gün Bay Ars Kork Sarı Eren Dur",
        "dız oğlu man türk kan soy er taş can dağ",
        "",
        0,
        "",
        False,
    ),
    "ku": (
        1,
        "Baran Serhat Zana Rojhat Welat Azad",
        "Rojda Hêvî Dilan Berfin Jiyan Zozan",
        "Ber Zer Barz Hes Dil Roj Ker Şer Zin",
        "warî anî ekî dar",
        "",
        0,
        "",
        False,
    ),
    "sh": (
        2,
        "Rakesh Anand Vishnu Sunil Ravindra Dinesh Krishna Anil",
        "Sharmila Reshma Priya Shanti Sunita Radha Kavita Asha",
        "Ram Sew Jagan Bish Mahab Ragh Bhol Kalloe Gir Soek",
        "lal dat nath oe sing persad doelan",
        "",
        0,
        "",
        False,
    ),
    "sc": (
        2,
        "Ricardo Marciano Errol Romano Glenn Orlando Remy Humphrey",
        "Gwendolyn Ruth Shirley Jolanda Marcia Ingrid Cheryl Yvonne",
        "Wij Slag Kor Pin Brun Graan Vlij Zeeg Dors Hals Kaik",
        "ngaarde veld sie tong ings burg",
        "",
        0,
        "",
        False,
    ),
    "sj": (
        1,
        "Wagiman Djoko Sarmo Soeparman Karijo",
        "Soekarni Sarmi Poniem Wagini Roesmini",
        "Sastro Karto Ardjo Kromo Setro Wongso Pawiro",
        "redjo dikromo semito widjojo sentono dimedjo",
        "",
        0,
        "",
        False,
    ),
    "an": (
        1,
        "Jurgen Shurandy Rignald Quincy Giovanni Urvin Sherwin",
        "Yanuaria Giselle Shudaika Ruthmila Marisol Xiomara",
        "Mar Isen Gir Cijn Stat Koe Wier Fran Lacr Rom",
        "tina ia igorie tje sen oe ken",
        "",
        0,
        "",
        False,
    ),
    "ml": (
        1,
        "Semuel Johannes Jacob Paulus Otniel",
        "Johanna Theresia Welmina Agustina Naomi",
        "Patti Latu Sahe Tuhu Noya Manu Huwae Rumah Lease Sopa",
        "nama mahina rtian mury lessy kotta pessy wael",
        "",
        0,
        "",
        False,
    ),
    "id": (
        1,
        "Budi Agus Bambang Hendra Eko",
        "Sri Dewi Wulan Ratna Indah",
        "Har Wi Sant Sus Pras Sur Hadi Kus",
        "tono bowo oso ilo etyo yanto wijaya",
        "",
        0,
        "",
        False,
    ),
    "cn": (
        1,
        "Wei Jun Hao Jian Ming",
        "Jing Xiaoming Mei-Ling Yan Li-Hua",
        "",
        "",
        "Chen Lin Zhou Huang Zheng Tang Liang Xu Guo Luo",
        0,
        "",
        False,
    ),
    "vn": (
        1,
        "Minh Đức Quang Huy Tuấn",
        "Lan Hoa Thảo Ngọc Hương",
        "",
        "",
        "Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Huỳnh",
        0,
        "",
        False,
    ),
    "pl": (
        3,
        "Krzysztof Paweł Tomasz Grzegorz Marcin Piotr Łukasz Wojciech",
        "Agnieszka Małgorzata Joanna Katarzyna Magdalena Ewa Dorota Beata",
        "Kowal Wiśniew Nowac Lewand Zieliń Szyman Wojcie Dąbrow Kamiń Jabłoń Grabow Kaczmar Zawadz",
        "ski czyk ak owicz ek",
        "",
        0,
        "",
        False,
    ),
    "ro": (
        2,
        "Andrei Mihai Florin Alexandru Ionuț Cătălin",
        "Ioana Cristina Alina Mirela Roxana Ionela",
        "Popes Ionesc Dumitr Stoic Radul Munte Ștefăn Georges Marines Vlăd",
        "cu escu anu ache ean oiu",
        "",
        0,
        "",
        False,
    ),
    "bg": (
        1,
        "Georgi Dimitar Stoyan Ivaylo Hristo",
        "Milena Ivanka Desislava Radka Tsvetelina",
        "Petr Ivan Georgi Dimitr Todor Hrist Stoyan Nikol Angel",
        "ov ev",
        "",
        0,
        "",
        False,
    ),
    "ua": (
        1,
        "Oleksandr Mykola Taras Andriy Bohdan",
        "Olena Iryna Oksana Nataliya Halyna",
        "Shevch Kovalen Bondar Tkach Melnych Hryts Lysen Moroz Savch",
        "enko uk yshyn ak iv",
        "",
        0,
        "",
        False,
    ),
    "lt": (
        1,
        "Tomas Mindaugas Darius Vytautas",
        "Rasa Giedrė Agnė Jurgita",
        "Kazlausk Petraus Jankausk Stank Butk Žukausk Paulausk",
        "as",
        "",
        0,
        "",
        False,
    ),
    "cz": (
        1,
        "Jiří Lukáš Tomáš Petr Ondřej",
        "Petra Tereza Lenka Jana Markéta",
        "Dvoř Nov Svobod Procház Kuč Hor Pospíš Ver",
        "ák ek íček",
        "",
        0,
        "",
        False,
    ),
    "ba": (
        1,
        "Emir Senad Adnan Edin Haris",
        "Amra Lejla Selma Aida Emina",
        "Hodž Beg Hasan Mujk Deli Mehmed Hadž Sulejman Alij",
        "ić ović agić",
        "",
        0,
        "",
        False,
    ),
    "al": (
        1,
        "Arben Dritan Fatmir Agron Besnik",
        "Blerta Elira Drita Valbona Arta",
        "Hox Kras Berish Gash Shal Kel Dem Ram",
        "ha niqi aj eti ani",
        "",
        0,
        "",
        False,
    ),
    "gr": (
        1,
        "Giorgos Nikos Dimitris Kostas Yannis",
        "Eleni Maria Katerina Sofia Despina",
        "Papad Georgi Konstant Alexi Karam Vlach Stavr Christ",
        "opoulos akis idis anis",
        "",
        0,
        "",
        False,
    ),
    "it": (
        1,
        "Giuseppe Luca Matteo Alessandro Davide",
        "Francesca Chiara Giulia Valentina Silvia",
        "Ross Bian Espos Ferr Marin Gall Cont Rizz Lomb Santor",
        "ello etti ini ucci ano one",
        "",
        0.2,
        "Di|De|Lo|Del",
        True,
    ),
    "es": (
        1,
        "Javier Alejandro Pablo Sergio Diego",
        "Lucía Carmen Marta Pilar Elena",
        "Fern Rodr Gonz Herr Ordó Iba Jimé Cabr Varg",
        "ández íguez ález ero illo ñez",
        "",
        0.2,
        "de la|del",
        False,
    ),
    "pt": (
        1,
        "João Thiago Rafael Bruno Tiago",
        "Ana Beatriz Inês Mariana Raquel",
        "Ferr Carv Perei Olive Sant Mour Barb Cost",
        "eira alho ira os ão",
        "",
        0.35,
        "dos|da|do",
        False,
    ),
    "cv": (
        1,
        "Adilson Edmilson Nelson Elton",
        "Djénifer Nilza Ivanilda Edna",
        "Tava Seme Fort Moni Varel Brit",
        "res do es la",
        "",
        0.2,
        "da|dos",
        False,
    ),
    "sy": (
        2,
        "Ahmad Khaled Omar Firas Tarek Samer",
        "Rania Lina Hiba Dima Nour Rasha",
        "Hamd Khat Masr Shar Najj Hadd Sabb Kurd",
        "ani ib ar awi ad ouni",
        "",
        0.4,
        "Al-|Al|Abu",
        True,
    ),
    "er": (
        1,
        "Tesfay Yonas Filmon Ermias Mussie",
        "Mebrat Senait Helen Saba Luwam",
        "Tesfa Ghebre Habte Wolde Kidane Berhane Tekle",
        "mariam mikael selassie giorgis haimanot",
        "",
        0,
        "",
        False,
    ),
    "et": (
        1,
        "Abebe Dawit Yared Henok",
        "Tigist Meron Bethlehem Selamawit",
        "Ale Gebre Tade Worku Asfaw Demis",
        "mayehu sse gegn lign",
        "",
        0,
        "",
        False,
    ),
    "so": (
        1,
        "Abdirahman Liban Abdullahi Hassan Mahad",
        "Hodan Faadumo Ayaan Sahra Idil",
        "Warsa Jama Far Cali Nuur Xirsi Dual Ismac",
        "me ah ale aan",
        "",
        0,
        "",
        False,
    ),
    "af": (
        1,
        "Mohammad Farid Ahmad Nasir Wahid",
        "Zahra Mariam Shabnam Fereshta Nilofar",
        "Ahmad Rahim Sultan Karim Hakim Nazar Wardak",
        "zai yar ullah",
        "",
        0,
        "",
        False,
    ),
    "ir": (
        1,
        "Reza Dariush Mehdi Babak Kian",
        "Shirin Parisa Niloufar Maryam Leila",
        "Hossein Rah Mohamm Karim Tehr Nazar Farah Sadegh",
        "i pour zadeh nejad ani",
        "",
        0,
        "",
        False,
    ),
    "gh": (
        1,
        "Kwame Kofi Yaw Kwabena Kojo",
        "Akosua Ama Adwoa Abena Efua",
        "Ofo Mens Asa Bote Owu Agye Ampo Oppo",
        "ri ah nte ng su fo",
        "",
        0,
        "",
        False,
    ),
    "ng": (
        1,
        "Chinedu Oluwaseun Emeka Tunde Obinna",
        "Ngozi Adaeze Funmilayo Chiamaka Yetunde",
        "Okon Adey Ogun Eze Nwa Ola Obi Ade",
        "kwo emi bunmi chukwu wale nna",
        "",
        0,
        "",
        False,
    ),
    "cd": (
        1,
        "Jean-Pierre Patrice Dieudonné Guylain",
        "Mireille Grâce Nathalie Clarisse",
        "Mbu Kaba Lum Ngo Ilun Tshi Kase Mwa",
        "yi mba ala bo sekedi nga",
        "",
        0,
        "",
        False,
    ),
    "ta": (
        1,
        "Tharshan Sivakumar Kajan Prashanth",
        "Nirosha Kavitha Tharani Sharmila",
        "Sivan Thang Kana Rajar Selv Bala Yoga",
        "athan arajah esan ingam adurai",
        "",
        0,
        "",
        False,
    ),
    "pk": (
        1,
        "Imran Bilal Usman Kamran Asif",
        "Ayesha Sana Mehwish Saima Hina",
        "Chaud Qur Javi Ashr Iqb Mahm Sidd",
        "hry eshi ed af al ood iqui",
        "",
        0,
        "",
        False,
    ),
    "in": (
        1,
        "Ramesh Arjun Vikram Rohan Sandeep",
        "Priyanka Deepa Ananya Lakshmi Shreya",
        "Shar Pat Red Nai Venk Kris Ayy",
        "ma el dy atesan nan",
        "",
        0,
        "",
        False,
    ),
    "ph": (
        1,
        "Jonathan Jerome Ramon Jericho Anthony",
        "Maricel Rowena Lovely Jocelyn Rhea",
        "Santi Bauti Mend Rey Agu Maca Villa Panga",
        "ago sta oza es ilar raeg nueva niban",
        "",
        0.3,
        "Dela|delos",
        False,
    ),
    "ie": (
        1,
        "Declan Ciaran Padraig Eoin Cormac",
        "Siobhan Aoife Niamh Orla Saoirse",
        "Sull Donn Carth Gerald Conn Nei Brenn Keeff",
        "ivan ell ald ors an",
        "",
        0.8,
        "O'|Mc|Mac|Fitz",
        True,
    ),
    "de": (
        1,
        "Jürgen Klaus Dieter Uwe Matthias",
        "Ursula Sabine Heike Birgit Kerstin",
        "Schnei Hoff Wagn Krüg Schwarz Weiß Zimm Lehm Kessel",
        "der mann er kopf bach ring",
        "",
        0.1,
        "von|von der",
        False,
    ),
    "hu": (
        1,
        "Zoltán Gábor László Attila Tamás",
        "Ildikó Krisztina Erzsébet Zsófia Katalin",
        "Szab Tót Horv Kov Varg Molnár Farka Balog",
        "ó áth ács ás",
        "",
        0,
        "",
        False,
    ),
    "th": (
        1,
        "Somchai Prasert Anan Chaiwat",
        "Nattaya Sirirat Pranee Kannika",
        "Srisuk Wongsa Chai Boon Kitti Siri Rattan",
        "wat kul yawong phan sak porn",
        "",
        0,
        "",
        False,
    ),
    "kr": (
        1,
        "Min-jun Ji-ho Seung-woo Dong-hyun",
        "Ji-woo Seo-yeon Hye-jin Min-ji",
        "",
        "",
        "Kim Park Choi Jung Kang Yoon Jang Lim Han",
        0,
        "",
        False,
    ),
    "am": (
        1,
        "Armen Tigran Aram Hayk Gevorg",
        "Anahit Lusine Ani Nare Mariam",
        "Grigor Harout Sark Petros Avet Hakob Vardan Mkrt",
        "yan ian isyan chyan",
        "",
        0,
        "",
        False,
    ),
    "eg": (
        1,
        "Mina Bishoy Karim Mahmoud Amr",
        "Marina Mariam Yasmin Nourhan Dina",
        "Girg Fahm Hann Mikha Ghal Bous Sham",
        "is y il ali ros",
        "",
        0,
        "",
        False,
    ),
    "sd": (
        1,
        "Osman Elfatih Babiker Musa",
        "Amna Hawa Nafisa Samah",
        "Abdal Elno Babik Osm Ibra Elta",
        "la ur er an him yeb",
        "",
        0,
        "",
        False,
    ),
    "xs": (1, "Ab Bo Ed Jo Ko Ty", "Li Mo Bo Jo Ky", "", "", "Ng Wu Ek Yi Ly", 0, "", False),
}
ORIGIN_NAMES = {
    "nl": "Dutch (also with particles)",
    "fy": "Frisian",
    "li": "Limburg/Brabant",
    "be": "Flemish",
    "ma": "Moroccan",
    "tr": "Turkish",
    "ku": "Kurdish",
    "sh": "Surinamese Hindustani",
    "sc": "Surinamese Creole",
    "sj": "Surinamese Javanese",
    "an": "Antillean/Aruban",
    "ml": "Moluccan",
    "id": "Indonesian",
    "cn": "Chinese",
    "vn": "Vietnamese",
    "pl": "Polish",
    "ro": "Romanian",
    "bg": "Bulgarian",
    "ua": "Ukrainian",
    "lt": "Lithuanian",
    "cz": "Czech",
    "ba": "Bosnian",
    "al": "Albanian",
    "gr": "Greek",
    "it": "Italian",
    "es": "Spanish",
    "pt": "Portuguese/Brazilian",
    "cv": "Cape Verdean",
    "sy": "Syrian/Arabic",
    "er": "Eritrean",
    "et": "Ethiopian",
    "so": "Somali",
    "af": "Afghan",
    "ir": "Iranian",
    "gh": "Ghanaian",
    "ng": "Nigerian",
    "cd": "Congolese",
    "ta": "Tamil",
    "pk": "Pakistani",
    "in": "Indian",
    "ph": "Filipino",
    "ie": "Irish",
    "de": "German",
    "hu": "Hungarian",
    "th": "Thai",
    "kr": "Korean",
    "am": "Armenian",
    "eg": "Egyptian",
    "sd": "Sudanese",
    "xs": "very short names",
}
ORIGINS = {}
for _k, (_w, _m, _f, _pre, _suf, _fix, _pp, _parts, _cap) in _O.items():
    ORIGINS[_k] = dict(
        w=_w,
        m=_m.split(),
        f=_f.split(),
        pre=_pre.split(),
        suf=_suf.split(),
        fixed=_fix.split(),
        pp=_pp,
        parts=[p for p in _parts.split("|") if p],
        cap=_cap,
    )
_OKEYS = list(ORIGINS)
_OWEIGHTS = [ORIGINS[k]["w"] for k in _OKEYS]

_V = set("aeiouyáéíóúàèìòùäëïöüâêîôûãõåæøıəăâ")


def _runs(s: str) -> list[int]:
    """Start indices of the vowel runs of ``s``."""
    out, prev = [], False
    for i, ch in enumerate(s.lower()):
        v = ch in _V
        if v and not prev:
            out.append(i)
        prev = v
    return out


def blend(a: str, b: str) -> str | None:
    """Join the first syllable of ``a`` to ``b`` from the consonant before its second vowel run."""
    ra, rb = _runs(a), _runs(b)
    if len(ra) < 2 or len(rb) < 2 or "-" in a + b or " " in a + b:
        return None
    i = ra[0]
    while i < len(a) and a[i].lower() in _V:
        i += 1
    j = rb[1] - 1
    if j <= 0 or b[j].lower() in _V:
        return None
    out = a[:i] + b[j:].lower()
    return out if len(out) >= 4 and out not in (a, b) else None


def fem_surname(o: str, s: str) -> str:
    if o == "pl" and s.endswith("ski"):
        return s[:-1] + "a"
    if o == "bg":
        return s + "a"
    if o == "lt":
        return s[:-2] + ("ienė" if s[0] < "M" else "aitė")
    if o == "cz":
        return s + "ová"
    if o == "gr":
        for a, b in (("opoulos", "opoulou"), ("akis", "aki"), ("idis", "idou"), ("anis", "ani")):
            if s.endswith(a):
                return s[: -len(a)] + b
    return s


def fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


# --------------------------------------------------------------------------------------------------- identifiers


def bsn(r) -> str:
    while True:
        d = [r.randint(1, 6)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if s < 10:
            digits = "".join(map(str, d + [s]))
            if digits[8] != "0" or r.random() < 0.3:
                return digits


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) - int(d[8])) % 11 == 0


def bsn_fmt(r, d: str) -> str:
    return r.choice(
        [
            d,
            d,
            f"{d[:4]}.{d[4:6]}.{d[6:]}",
            f"{d[:3]} {d[3:6]} {d[6:]}",
            f"{d[:3]}-{d[3:6]}-{d[6:]}",
            f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}",
        ]
    )


_BANKS = "ABNA INGB RABO SNSB TRIO ASNB KNAB BUNQ RBRB FVLB REVO HAND".split()
# country: BBAN pattern (L letter, D digit)
_IBAN = {
    "NL": "LLLLDDDDDDDDDD",
    "BE": "BE",
    "DE": "D" * 18,
    "FR": "D" * 23,
    "ES": "D" * 20,
    "PT": "D" * 21,
    "IT": "L" + "D" * 22,
    "PL": "D" * 24,
    "TR": "DDDDD0" + "D" * 16,
    "RO": "LLLL" + "D" * 16,
    "BG": "LLLL" + "D" * 14,
    "LT": "D" * 16,
    "GR": "D" * 23,
    "AT": "D" * 16,
    "CZ": "D" * 20,
    "HU": "D" * 24,
    "IE": "LLLL" + "D" * 14,
    "LU": "D" * 16,
    "HR": "D" * 17,
    "GB": "LLLL" + "D" * 14,
}
_LET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _mod97(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def iban(r, country: str | None = None) -> str:
    c = country or r.choice(["NL"] * 10 + list(_IBAN))
    pat = _IBAN[c]
    if c == "NL":
        bban = r.choice(_BANKS) + "".join(str(r.randint(0, 9)) for _ in range(10))
    elif c == "BE":
        n = r.randint(10**9, 10**10 - 1)
        k = n % 97 or 97
        bban = f"{n:010d}{k:02d}"
    else:
        bban = "".join(r.choice(_LET) if ch == "L" else (ch if ch == "0" else str(r.randint(0, 9))) for ch in pat)
    check = 98 - _mod97(bban + c + "00")
    return f"{c}{check:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = re.sub(r"[\s\-]", "", s).upper()
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s)) and _mod97(s[4:] + s[:4]) == 1


def iban_fmt(r, s: str) -> str:
    g = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return r.choice([g, g, g, s, g.lower(), s[:2] + " " + g[2:], g.replace(" ", "-")])


def phone(r, kind: str | None = None) -> str:
    kind = kind or r.choice(["m"] * 6 + ["l"] * 3 + ["f"] * 2)
    dd = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    if kind == "m":
        n = str(r.randint(1, 9)) + dd(7)
        a, b, c, d = n[:2], n[2:4], n[4:6], n[6:]
        return r.choice(
            [
                f"06-{n}",
                f"06 {n}",
                f"06 {n[:4]} {n[4:]}",
                f"06-{n[:4]} {n[4:]}",
                f"06 {a} {b} {c} {d}",
                f"+31 6 {n}",
                f"+316{n}",
                f"+31 (0)6 {n[:4]} {n[4:]}",
                f"0031 6 {a} {b} {c} {d}",
                f"(06) {n[:4]}-{n[4:]}",
                f"06.{a}.{b}.{c}.{d}",
                f"+31-6-{n[:4]}-{n[4:]}",
                f"06/{n}",
            ]
        )
    if kind == "l":
        area = r.choice(
            "010 020 030 040 050 070 013 015 024 026 033 035 036 038 043 045 046 053 055 058 071 072 073 074 075 076 077 078 079 "
            "0511 0592 0318 0345 0413 0475 0546 0570 0591 0229 0252 0164 0113 0481 0486 0523 0525 0572 0575 0294 0297 0343 0416 0493 "
            "0513 0561".split()
        )
        n = str(r.randint(2, 8)) + dd(9 - len(area))
        if len(area) == 3:
            return r.choice(
                [
                    f"{area}-{n}",
                    f"{area} {n[:3]} {n[3:]}",
                    f"({area}) {n[:3]} {n[3:5]} {n[5:]}",
                    f"+31 {area[1:]} {n[:3]} {n[3:]}",
                    f"0031 {area[1:]} {n}",
                    f"{area}-{n[:3]} {n[3:5]} {n[5:]}",
                ]
            )
        return r.choice(
            [
                f"{area}-{n}",
                f"{area} {n[:2]} {n[2:4]} {n[4:]}",
                f"({area}) {n}",
                f"+31 {area[1:]} {n[:3]} {n[3:]}",
                f"{area}-{n[:3]} {n[3:]}",
            ]
        )
    pat = r.choice(
        [
            "+32 4dd dd dd dd",
            "+49 15d dddd dddd",
            "+90 53d ddd dd dd",
            "+212 6dd dd dd dd",
            "+48 6dd ddd ddd",
            "+40 72d ddd ddd",
            "+380 6d ddd dddd",
            "+597 8dd dddd",
            "+599 9 5dd dddd",
            "+44 7700 9ddddd",
            "+351 91d ddd ddd",
            "+34 6dd dd dd dd",
            "+39 3dd ddd dddd",
            "+33 6 dd dd dd dd",
            "+359 88 ddd dddd",
            "+370 6dd ddddd",
            "+420 60d ddd ddd",
            "+387 61 ddd ddd",
            "+355 69 ddd dddd",
            "+30 69d ddd dddd",
            "+36 20 ddd dddd",
            "+251 91 ddd dddd",
            "+291 7 dddddd",
            "+252 61 5dddddd",
            "+93 70 ddd dddd",
            "+98 912 ddd dddd",
            "+233 24 ddd dddd",
            "+234 803 ddd dddd",
            "+243 81 ddd dddd",
            "+94 77 ddd dddd",
            "+92 300 ddddddd",
            "+63 917 ddd dddd",
            "+353 87 ddd dddd",
            "+66 81 ddd dddd",
            "+82 10 dddd dddd",
            "+374 91 dddddd",
            "+20 100 ddd dddd",
            "+249 91 ddd dddd",
            "+62 812 dddd dddd",
            "+84 91 ddd dd dd",
            "+86 138 dddd dddd",
            "+964 750 ddd dddd",
            "+963 944 ddd ddd",
        ]
    )
    s = "".join(str(r.randint(0, 9)) if ch == "d" else ch for ch in pat)
    return "00" + s[1:] if r.random() < 0.3 else s


def postcode(r) -> str:
    n = r.randint(1000, 9999)
    l2 = r.choice("ABCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
    if l2 in ("SA", "SD", "SS"):
        l2 = "KL"
    return r.choice([f"{n} {l2}"] * 5 + [f"{n}{l2}", f"{n}{l2}", f"{n} {l2.lower()}", f"{n}  {l2}"])


_PL = "BDFGHJKLNPRSTVXZ"


def plate(r) -> str:
    L = lambda: r.choice(_PL)  # noqa: E731
    D = lambda: str(r.randint(0, 9))  # noqa: E731
    code = r.choice(
        [
            "LL-DD-DD",
            "DD-DD-LL",
            "DD-LL-DD",
            "LL-DD-LL",
            "LL-LL-DD",
            "DD-LL-LL",
            "DD-LLL-D",
            "D-LLL-DD",
            "LL-DDD-L",
            "L-DDD-LL",
            "LLL-DD-L",
            "L-DD-LLL",
            "D-LL-DDD",
            "DDD-LL-D",
        ]
    )
    s = "".join(L() if ch == "L" else D() if ch == "D" else ch for ch in code)
    return r.choice([s] * 6 + [s.replace("-", ""), s.replace("-", " "), s.lower()])


MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
MON_AB = "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split()
EN_MON = "January February March April May June July August September October November December".split()
DAYS = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
NUMW = (
    "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien "
    "negentien twintig eenentwintig tweeëntwintig drieëntwintig vierentwintig vijfentwintig zesentwintig zevenentwintig "
    "achtentwintig negenentwintig dertig eenendertig"
).split()


def dob_date(r, lo: int = 1936, hi: int = 2007) -> dt.date:
    return dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


def dob_fmt(r, d: dt.date, style: int | None = None) -> str:
    y, m, dd = d.year, d.month, d.day
    styles = [
        f"{dd:02d}-{m:02d}-{y}",
        f"{dd:02d}/{m:02d}/{y}",
        f"{dd:02d}.{m:02d}.{y}",
        f"{dd} {MONTHS[m - 1]} {y}",
        f"{dd} {MON_AB[m - 1]} {y}",
        f"{y}-{m:02d}-{dd:02d}",
        f"{dd}-{m}-'{y % 100:02d}",
        f"{dd} {MONTHS[m - 1].upper()} {y}",
        f"{NUMW[dd - 1]} {MONTHS[m - 1]} {y}",
        f"{dd}e {MONTHS[m - 1]} {y}",
        f"{DAYS[d.weekday()]} {dd} {MONTHS[m - 1]} {y}",
        f"{y}{m:02d}{dd:02d}",
        f"{dd:02d}{m:02d}{y}",
        f"{EN_MON[m - 1]} {dd}, {y}",
        f"{dd} {EN_MON[m - 1][:3]} {y}",
        f"{dd}-{MON_AB[m - 1].rstrip('.')}-{y}",
        f"{dd}/{m}/{y % 100:02d}",
    ]
    return styles[style] if style is not None else r.choice(styles)


def plain_date(r, style: int | None = None, year: int | None = None) -> str:
    d = dt.date(year or r.choice([2025, 2026, 2026]), r.randint(1, 12), r.randint(1, 28))
    y, m, dd = d.year, d.month, d.day
    styles = [
        f"{dd} {MONTHS[m - 1]} {y}",
        f"{dd:02d}-{m:02d}-{y}",
        f"{DAYS[d.weekday()]} {dd} {MONTHS[m - 1]}",
        f"{dd} {MON_AB[m - 1]} {y}",
        f"{y}-{m:02d}-{dd:02d}",
        f"{dd}-{m}-{y}",
    ]
    return styles[style] if style is not None else r.choice(styles)


# case numbers in formats of this set's own
def _cn(r, pat: str) -> str:
    y = r.choice([25, 26, 26])
    out = pat.replace("YYYY", str(2000 + y)).replace("YY", str(y)).replace("MM", f"{r.randint(1, 12):02d}")
    return "".join(
        str(r.randint(0, 9)) if ch == "9" else (r.choice("ABCDEFGHKLMNPRSTVWXZ") if ch == "@" else ch) for ch in out
    )


CASE_FORMATS = {
    "claim": [
        "AS-YY-99999",
        "SCH/YYYY/9999",
        "AANSPR-YY.9999",
        "VSO-YY/9999",
        "EXP-YYYY-99999",
        "CLM YY-99-999",
        "PV YYYY9999999",
        "SR.YY.9999.@",
    ],
    "space": [
        "MOR-YYMM-9999",
        "OV-YY.99999",
        "ZW-YYYY-999",
        "EVG/YY/9999",
        "KAP-YY-9999",
        "HHV.YY.9999-@",
        "PVG YY-99999",
        "MLC/YY/9999/@@",
        "AFV-YYYY-99999",
    ],
    "council": [
        "PET-YYYY-99",
        "I-YY.999",
        "INS-YY-999",
        "BI-YYYY-999",
        "RGR-999999",
        "ENQ-YY-9999",
        "BBR-YYYY-9999",
        "MO-YY/99",
        "DOC-YYYY.99999",
        "RV-YY-999-@",
    ],
}


def case_number(r, group: str) -> str:
    return _cn(r, r.choice(CASE_FORMATS[group]))


# streets of this set's own: spices and herbs, old ship types, dances, old coins, apple and pear varieties
STREET_PRE = (
    "Kaneel Kruidnagel Anijs Saffraan Koriander Venkel Dragon Kervel Marjolein Lavas Bieslook Gember Kardemom Karwij "
    "Kogge Galjoen Tjalk Botter Boeier Kotter Fregat Snauw Hoeker Pinas Schokker Praam "
    "Menuet Gavotte Polka Mazurka Sarabande Horlepiep Quadrille Bolero Fandango Galop "
    "Dukaat Stuiver Daalder Florijn Schelling Rijder Plak Oortjes Gulden Penning "
    "Goudreinet Elstar Bellefleur Sterappel Notarisappel Gieser Winterjan Bergamot Kweepeer Suikerpeer"
).split()
STREET_SUF = (
    "straat laan weg hof plein gracht kade singel pad dreef erf steeg wal baan akker zoom plantsoen passage".split()
)
STREET_TITLE = "Burgemeester Dokter Pastoor Meester Notaris Wethouder Kolonel Dominee Juffrouw Kapitein".split()


def street(r) -> str:
    x = r.random()
    if x < 0.1:
        return f"{r.choice(['Korte', 'Lange', 'Oude', 'Nieuwe'])} {r.choice(STREET_PRE)}{r.choice(['straat', 'gracht', 'laan', 'weg'])}"
    if x < 0.2:
        o = ORIGINS[r.choice(["nl", "fy", "li", "nl"])]
        sur = r.choice(o["pre"]) + r.choice(o["suf"])
        return f"{r.choice(STREET_TITLE)} {sur}{r.choice(['straat', 'laan', 'plein', 'singel'])}"
    s = r.choice(STREET_PRE) + r.choice(STREET_SUF)
    return s.replace("ss", "s") if s.endswith("sstraat") else s


def house_number(r) -> str:
    n = r.randint(1, 180)
    return r.choice([str(n)] * 8 + [f"{n}a", f"{n}B", f"{n}-II", f"{n}-3", f"{n} hs", f"{n} bis", f"{n}-1"])


PROVIDERS = (
    "ziggo.nl kpnmail.nl gmail.com hotmail.com outlook.com live.nl planet.nl xs4all.nl icloud.com yahoo.com home.nl "
    "telfort.nl hetnet.nl protonmail.com online.nl upcmail.nl caiway.nl hotmail.nl"
).split()


# --------------------------------------------------------------------------------------------------- people


class Person:
    def __init__(
        self,
        r,
        origin: str | None = None,
        gender: str | None = None,
        family: Person | None = None,
        town: str = "",
        young: bool = False,
        first: str | None = None,
        sur: tuple | None = None,
    ):
        self.r = r
        if family is not None:
            origin = family.origin
        self.origin = origin or r.choices(_OKEYS, _OWEIGHTS)[0]
        o = ORIGINS[self.origin]
        self.g = gender or r.choice("mf")
        self.firsts = [first] if first else [self._first(o)]
        if not first and r.random() < 0.18 and self.origin not in ("vn", "kr", "xs"):
            f2 = self._first(o)
            if f2 != self.firsts[0]:
                self.firsts.append(f2)
        if self.origin == "vn" and not first:
            self.firsts[0] = ("Thị " if self.g == "f" else "Văn ") + self.firsts[0]
        if family is not None:
            self.part, self.sur, self.capfull = family.part, family.sur, family.capfull
            if family.origin in ("pl", "bg", "lt", "cz", "gr") and family.g != self.g:
                self.sur = family.base if self.g == "m" else fem_surname(self.origin, family.base)
            self.base = family.base
        elif sur is not None:
            self.part, self.sur = sur
            self.base = self.sur
            self.capfull = False
        else:
            self.part, self.base, self.capfull = self._surname(o)
            self.sur = fem_surname(self.origin, self.base) if self.g == "f" else self.base
            if r.random() < 0.07:
                other = Person(r)
                self.sur = f"{self.sur}-{(other.part + ' ') if other.part and other.part[-1] not in '-' + chr(39) else other.part}{other.sur}"
        self.nick = None
        if r.random() < 0.15:
            f = self.firsts[0].split()[-1]
            self.nick = r.choice(
                [
                    f[:3] + "ie",
                    f[:3] + "y",
                    f[:4] + "o",
                    r.choice(
                        "Sjaak Bennie Jopie Tonny Kiki Lola Didi Momo Sisi Bobby Rikkie Jojo Toto Nana Pino Fefe Lulu".split()
                    ),
                ]
            )
            if self.nick.lower() == f.lower() or len(self.nick) < 3:
                self.nick = None
        self.town = town
        self.young = young
        self._cache: dict = {}

    # ---- composition
    def _first(self, o: dict) -> str:
        pool = o[self.g] or o["m"] + o["f"]
        if len(pool) >= 5 and self.r.random() < 0.4:
            b = blend(self.r.choice(pool), self.r.choice(pool))
            if b:
                return b
        return self.r.choice(pool)

    def _surname(self, o: dict) -> tuple[str, str, bool]:
        r = self.r
        if o["fixed"] and (not o["pre"] or r.random() < 0.25):
            base = r.choice(o["fixed"])
        else:
            base = r.choice(o["pre"]) + r.choice(o["suf"])
            base = base[0].upper() + base[1:]
        part = ""
        if o["parts"] and r.random() < o["pp"] and "'" not in base:
            part = r.choice(o["parts"])
            if part[-1] in "-'" or part in ("Mc", "Mac", "Fitz"):
                base, part = part + base, ""
        return part, base, o["cap"]

    # ---- strings
    @property
    def fullname(self) -> str:
        return " ".join([self.firsts[0]] + ([self.part] if self.part else []) + [self.sur])

    @property
    def fullname2(self) -> str:
        return " ".join(self.firsts + ([self.part] if self.part else []) + [self.sur])

    @property
    def alone(self) -> str:
        """The surname standing alone (a Dutch particle capitalised)."""
        if not self.part:
            return self.sur
        return self.part[0].upper() + self.part[1:] + " " + self.sur

    @property
    def initials_list(self) -> list[str]:
        out = []
        for f in self.firsts:
            for w in f.split():
                out.append("-".join(x[0].upper() for x in w.split("-")))
        return out

    def inits(self, style: int | None = None) -> str:
        L = self.initials_list
        st = style if style is not None else self.r.choice([0, 0, 0, 1, 2, 3])
        if st == 0:
            return "".join(x.replace("-", ".-") + "." for x in L)
        if st == 1:
            return " ".join(x + "." for x in L)
        if st == 2:
            return "".join(L).replace("-", "")
        return ".".join(L)

    @property
    def paraph_s(self) -> str:
        p = "".join(x.replace("-", "") for x in self.initials_list)
        if self.part:
            p += "".join(w[0] for w in self.part.split())
        p += self.sur[0].upper()
        return p if len(p) >= 3 else p + self.sur[1:3].lower()

    # ---- marked forms
    def full(self) -> str:
        return P(self.fullname)

    def full2(self) -> str:
        return P(self.fullname2)

    def first(self) -> str:
        return P(self.firsts[0])

    def call(self) -> str:
        return P(self.nick) if self.nick else P(self.firsts[0])

    def nickfull(self) -> str:
        if not self.nick:
            return self.full()
        return f'{P(self.firsts[0])} "{P(self.nick)}" {P(self.alone if not self.part else self.part + " " + self.sur)}'

    def sur_(self) -> str:
        return P(self.alone)

    def ttl(self, cap: bool = False) -> str:
        t = self.r.choice(
            ["mevrouw", "mevrouw", "mw.", "mevr."] if self.g == "f" else ["de heer", "de heer", "dhr.", "meneer"]
        )
        if cap:
            t = t[0].upper() + t[1:]
        return f"{t} {P(self.alone)}"

    def Ttl(self) -> str:
        return self.ttl(True)

    def ini(self) -> str:
        return P(" ".join([self.inits()] + ([self.part] if self.part else []) + [self.sur]))

    def tini(self, cap: bool = False) -> str:
        t = self.r.choice(["mevrouw", "mw.", "mevr."] if self.g == "f" else ["de heer", "dhr."])
        if cap:
            t = t[0].upper() + t[1:]
        return f"{t} {self.ini()}"

    def rev(self) -> str:
        if self.part and self.r.random() < 0.5 and not self.capfull:
            return f"{P(self.sur)}, {P(self.inits(0))} {self.part}"
        return f"{P(self.alone)}, {P(self.inits(0))}"

    def revfull(self) -> str:
        return f"{P(self.alone)}, {P(' '.join(self.firsts))}"

    def caps(self) -> str:
        return P(self.fullname.upper())

    def capsur(self) -> str:
        return P(self.alone.upper())

    def lower(self) -> str:
        return P(self.fullname.lower())

    def par(self) -> str:
        return P(self.paraph_s)

    def poss(self) -> str:
        s = self.alone
        return P(s) + ("'" if s[-1] in "sxz" else "'s")

    def any(self) -> str:
        return self.r.choice([self.full, self.full, self.ini, self.ttl])()

    def later(self) -> str:
        return self.r.choice([self.ttl, self.ttl, self.sur_, self.first])()

    # ---- personal data (drawn once, on first use)
    def _get(self, key, fn):
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    @property
    def email_s(self) -> str:
        def mk():
            r = self.r
            f = fold(self.firsts[0]).lower().replace(" ", "").replace("'", "")
            s = fold((self.part or "") + self.sur).lower().replace(" ", "").replace("'", "").replace("-", "")
            i = "".join(fold(x)[0].lower() for x in self.initials_list)
            loc = r.choice(
                [
                    f"{f}.{s}",
                    f"{i}.{s}",
                    f"{f}{s}",
                    f"{s}.{f}",
                    f"{f}_{s}",
                    f"{i}{s}{r.randint(60, 99)}",
                    f"{f}.{s}{r.randint(1, 99)}",
                    f"{s}{r.randint(1950, 2005)}",
                    f"{f}{r.randint(100, 999)}",
                    f"{f}.{s}+post",
                ]
            )
            if len(re.sub(r"\W", "", loc)) < 7:
                loc += str(r.randint(10, 99))
            return f"{loc}@{r.choice(PROVIDERS)}"

        return self._get("email", mk)

    def work_email(self, domain: str) -> str:
        s = fold((self.part or "") + self.sur).lower().replace(" ", "").replace("'", "").replace("-", "")
        i = "".join(fold(x)[0].lower() for x in self.initials_list)
        loc = self._get(
            "wloc",
            lambda: self.r.choice([f"{i}.{s}", f"{fold(self.firsts[0]).lower().replace(' ', '')}.{s}", f"{i}{s}"]),
        )
        if len(loc) < 7:
            loc += ".gem"
        return P(f"{loc}@{domain}", "EMAIL")

    def mail(self) -> str:
        return P(self.email_s, "EMAIL")

    def tel(self, kind: str | None = None) -> str:
        return P(self._get("tel", lambda: phone(self.r, kind)), "PHONE")

    def tel2(self) -> str:
        return P(self._get("tel2", lambda: phone(self.r, "l")), "PHONE")

    @property
    def street_s(self) -> str:
        return self._get("street", lambda: street(self.r))

    @property
    def addr_s(self) -> str:
        return self._get("addr", lambda: f"{self.street_s} {house_number(self.r)}")

    def share_home(self, other: Person) -> None:
        for k in ("street", "addr", "pc"):
            if k in other._cache or k == "street":
                pass
        self._cache["street"] = other.street_s
        self._cache["addr"] = other.addr_s
        self._cache["pc"] = other.pc_s
        self.town = other.town

    def addr(self) -> str:
        return P(self.addr_s, "ADDRESS")

    def street_only(self) -> str:
        return P(self.street_s, "ADDRESS")

    @property
    def pc_s(self) -> str:
        return self._get("pc", lambda: postcode(self.r))

    def pc(self) -> str:
        return P(self.pc_s, "POSTCODE")

    def city(self) -> str:
        return K(self.town)

    def block(self, caps: bool = False) -> str:
        if caps:
            return f"{self.caps()}\n{P(self.addr_s.upper(), 'ADDRESS')}\n{P(self.pc_s.upper(), 'POSTCODE')}  {K(self.town.upper())}"
        return f"{self.r.choice([self.full, self.ini, self.tini])()}\n{self.addr()}\n{self.pc()}  {self.city()}"

    @property
    def dob_d(self) -> dt.date:
        return self._get("dobd", lambda: dob_date(self.r, 2008, 2016) if self.young else dob_date(self.r))

    def dob(self, style: int | None = None) -> str:
        return P(dob_fmt(self.r, self.dob_d, style), "DATE_OF_BIRTH")

    def bsn(self) -> str:
        return P(self._get("bsnf", lambda: bsn_fmt(self.r, self._get("bsn", lambda: bsn(self.r)))), "BSN")

    def iban(self, country: str | None = None) -> str:
        return P(self._get("iban", lambda: iban_fmt(self.r, iban(self.r, country))), "IBAN")

    def plate(self) -> str:
        return P(self._get("plate", lambda: plate(self.r)), "LICENSE_PLATE")

    def file_sur(self) -> str:
        """The surname ASCII-folded, in lower case, as in a file name (annotated)."""
        return P(fold(self.sur).lower().replace(" ", "-"))

    def names_words(self) -> set[str]:
        return set(re.findall(r"[^\W\d_]+", self.fullname2.lower()))
