"""Generate the fresh14c corpus: forms, letters and records full of structured identifiers (helper B3, round twelve).

Written blind: without reading the anonymizer, its tests or the other corpora. Standard library only.

    python tests/anonymizer/fresh14c/make_fresh14c.py           # write fresh14c_texts.jsonl
    python tests/anonymizer/fresh14c/make_fresh14c.py --check   # exit 1 if the committed file differs
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh14c_texts.jsonl"
SEED = 20261223
N_DOCS = 300
LABELS = {
    "PERSON",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "BSN",
    "IBAN",
    "LICENSE_PLATE",
    "CASE_NUMBER",
    "DATE_OF_BIRTH",
}
PARTICLE_WORDS = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def _load_score():
    spec = importlib.util.spec_from_file_location("fresh14c_score", HERE.parent / "corpora" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _load_score()

# --------------------------------------------------------------------------------------------------- segments


def P(x):
    return ("PERSON", x)


def A(x):
    return ("ADDRESS", x)


def PC(x):
    return ("POSTCODE", x)


def PH(x):
    return ("PHONE", x)


def EM(x):
    return ("EMAIL", x)


def BS(x):
    return ("BSN", x)


def IB(x):
    return ("IBAN", x)


def LP(x):
    return ("LICENSE_PLATE", x)


def CN(x):
    return ("CASE_NUMBER", x)


def DB(x):
    return ("DATE_OF_BIRTH", x)


def K(x):
    return ("KEEP", x)


class Builder:
    def __init__(self):
        self.parts: list[str] = []
        self.pii: list[dict] = []
        self.keep: list[str] = []

    def add(self, *segs):
        for s in segs:
            if isinstance(s, str):
                self.parts.append(s)
                continue
            label, text = s
            self.parts.append(text)
            if label == "KEEP":
                if text not in self.keep:
                    self.keep.append(text)
            else:
                item = {"text": text, "label": label}
                if item not in self.pii:
                    self.pii.append(item)

    def text(self) -> str:
        return "".join(self.parts)


# --------------------------------------------------------------------------------------------------- names


def _c(*lists):
    """A composer: one part from each list, concatenated."""
    return lambda r, g: "".join(r.choice(x) for x in lists)


def _gendered(roots, male, female):
    return lambda r, g: r.choice(roots) + r.choice(male if g == "m" else female)


ORIGINS = {
    "nederlands": dict(
        m=["Gerrit", "Maarten", "Joost", "Wouter", "Hidde", "Ruud", "Teun", "Gijs", "Stijn", "Thijmen", "Jelle"],
        f=["Marloes", "Ilse", "Femke", "Lieke", "Jorien", "Wendela", "Ineke", "Gonnie", "Anouk", "Noortje", "Evelien"],
        sur=_c(
            [
                "Hoog",
                "Wester",
                "Ooster",
                "Brink",
                "Hol",
                "Ekel",
                "Wiel",
                "Zand",
                "Bree",
                "Stok",
                "Wijn",
                "Kort",
                "Nijen",
            ],
            ["veld", "hof", "kamp", "dijk", "huis", "horst", "broek", "kes", "ink", "stee", "werf", "gaard", "sloot"],
        ),
        particles=["van", "van de", "van der", "de", "ter", "van 't", "in 't", "op de", "van den", "te"],
        pp=0.45,
        words=["Veldman", "Kok", "Brouwer", "de Wolf", "Groen", "Zwart", "Smid", "Kuiper", "Molenaar", "Hoogland"],
    ),
    "fries": dict(
        m=["Sjoerd", "Wybren", "Douwe", "Tsjerk", "Hessel", "Jelmer", "Auke"],
        f=["Sytske", "Baukje", "Tjitske", "Aukje", "Froukje", "Hiske"],
        sur=_c(
            ["Hiem", "Wyt", "Dou", "Tsjal", "Bou", "Yp", "Jel", "Rin", "Sie", "Hoit"], ["sma", "stra", "inga", "enga"]
        ),
    ),
    "zuid-nederlands": dict(
        m=["Sjef", "Harrie", "Twan", "Lei", "Driek", "Sjraar"],
        f=["Loes", "Netty", "Mia", "Jacqueline", "Trees", "Wilma"],
        sur=_c(["Geu", "Hen", "Lam", "Wil", "Smee", "Mee", "Bo"], ["rts", "sen", "mans", "lemans", "ckx", "ts"]),
    ),
    "vlaams": dict(
        m=["Pieter-Jan", "Wout", "Jens", "Lowie", "Brecht", "Dries"],
        f=["Griet", "Lien", "Katrien", "Elke", "Hanne", "Sofie"],
        sur=_c(["Straete", "Cammen", "Haegen", "Poorte", "Meersch", "Wilghe", "Bruyne", "Acker"], ["", "n", "ns"]),
        particles=["Van", "De", "Vande", "Ver"],
        pp=0.8,
        flemish=True,
    ),
    "marokkaans": dict(
        m=["Youssef", "Hamza", "Bilal", "Anouar", "Soufiane", "Reda", "Othman"],
        f=["Houda", "Naima", "Ikram", "Samira", "Loubna", "Hajar", "Wafae"],
        sur=_c(
            ["Bou", "Ham", "Ouaz", "Mes", "Ziy", "Kad", "Tah", "Aar"], ["zani", "daoui", "saoudi", "jdaini", "rouchi"]
        ),
        prefixes=["El ", "el ", "Ben ", "Ait ", ""],
    ),
    "amazigh": dict(
        m=["Amezian", "Massin", "Aksil", "Yidir", "Moussa"],
        f=["Tiziri", "Dihya", "Tanirt", "Siham", "Thiziri"],
        sur=_c(["Ait ", "Id ", "Ou"], ["Taleb", "Bella", "Hammou", "Lhaj", "Mouloud"]),
    ),
    "turks": dict(
        m=["Mert", "Onur", "Serkan", "Volkan", "Barış", "Kerem", "Uğur"],
        f=["Zeynep", "Gülşen", "Ebru", "Dilek", "Sevgi", "Esra", "Hatice", "Merve"],
        sur=_c(
            ["Kara", "Ak", "Yıl", "Öz", "Koç", "Gül", "Dem", "Kılıç", "Tat", "Şen"],
            ["taş", "yürek", "türk", "doğan", "kaya", "oğlu", "soy", "er"],
        ),
    ),
    "koerdisch": dict(
        m=["Rojhat", "Dilovan", "Serhat", "Baran", "Azad"],
        f=["Berfin", "Rojda", "Dilan", "Zozan", "Nûdem"],
        sur=_c(["Bar", "Zan", "Ker", "Dil", "Ser", "Roj"], ["zani", "kar", "dar", "van", "hat"]),
    ),
    "hindoestaans": dict(
        m=["Ravi", "Anand", "Sunil", "Dinesh", "Radjesh", "Kishan"],
        f=["Sita", "Shanti", "Asha", "Radhika", "Kavita", "Nirmala", "Reshma"],
        sur=_c(
            ["Ram", "Gan", "Bis", "Soe", "Raj", "Mah", "Kal", "Sew"],
            ["dien", "pat", "kharan", "bali", "adhin", "nandan", "persad"],
        ),
    ),
    "creools": dict(
        m=["Romeo", "Errol", "Glenn", "Orlando", "Ricardo", "Lucien"],
        f=["Marisca", "Sharon", "Ivette", "Gracia", "Rosita", "Chantal"],
        sur=_c(
            ["Wij", "Bran", "Lie", "Rel", "Non", "Ven", "Kor"],
            ["ngaarde", "dwijk", "fde", "kom", "oen", "etië", "sang"],
        ),
        words=["Vrede", "Lont", "Hoop", "Dapper", "Vriesde"],
    ),
    "javaans": dict(
        m=["Sugiman", "Wagino", "Soerdjo", "Paidi"],
        f=["Sriwati", "Tumirah", "Wartini", "Poniem"],
        sur=_c(
            ["Kasan", "Sarmo", "Pawiro", "Dongo", "Karto", "Sowi"], ["wikromo", "redjo", "dikromo", "semito", "dirdjo"]
        ),
    ),
    "antilliaans": dict(
        m=["Jurgen", "Giovanni", "Shurandy", "Rigeno", "Dwayne"],
        f=["Shurella", "Jeannette", "Chanella", "Ruthmila", "Giselle"],
        sur=_c(["Sil", "Cor", "Zim", "Leo", "Wer", "Cel"], ["vania", "sen", "mering", "nard", "velt", "estina"]),
    ),
    "moluks": dict(
        m=["Domingus", "Izaak", "Freddy", "Johny", "Semuel"],
        f=["Yosina", "Agustina", "Nelly", "Wilhelmina", "Juliana"],
        sur=_c(
            ["Pat", "Sapu", "Mat", "Wati", "Nanu", "Sou"], ["tiasina", "lette", "ruru", "sahalessy", "lessy", "hina"]
        ),
    ),
    "indisch": dict(
        m=["Robby", "Edwin", "Hendra", "Budi", "Frits"],
        f=["Dewi", "Wulan", "Indah", "Lilian", "Sri"],
        sur=_c(["Har", "Wi", "Sur", "Kus", "Poer"], ["tono", "djaja", "yadi", "wanto", "nomo"]),
    ),
    "chinees": dict(
        m=["Weiming", "Jiahao", "Ka Wai", "Zhiqiang", "Wing-Kit"],
        f=["Xiaoling", "Meiyan", "Hui Wen", "Wing-Yee", "Jiayi"],
        sur=lambda r, g: r.choice(["Zhou", "Lau", "Kwok", "Tsang", "Yip", "Huang", "Xu", "Fong", "Leung", "Tse"]),
    ),
    "vietnamees": dict(
        m=["Văn Hùng", "Quốc Tuấn", "Minh Dũng", "Van Thanh"],
        f=["Thị Lan", "Ngọc Trang", "Thị Hương", "Thi Mai"],
        sur=lambda r, g: r.choice(["Nguyễn", "Trần", "Phạm", "Võ", "Đặng", "Bùi", "Huỳnh", "Dương", "Nguyen", "Tran"]),
    ),
    "pools": dict(
        m=["Łukasz", "Krzysztof", "Paweł", "Grzegorz", "Bartosz", "Jakub"],
        f=["Agnieszka", "Magdalena", "Joanna", "Beata", "Ewelina", "Małgosia"],
        sur=_gendered(
            ["Kras", "Dąb", "Wol", "Sław", "Brzoz", "Pietr", "Wiśn"],
            ["owski", "iński", "ewski"],
            ["owska", "ińska", "ewska"],
        ),
    ),
    "roemeens": dict(
        m=["Andrei", "Mihai", "Ionuț", "Florin", "Ștefan"],
        f=["Ioana", "Andreea", "Mihaela", "Roxana", "Bianca"],
        sur=_c(["Pop", "Ion", "Rad", "Stan", "Dumitr", "Vas"], ["escu", "ică", "ulescu", "ache", "eanu"]),
    ),
    "bulgaars": dict(
        m=["Hristo", "Stoyan", "Nikolay", "Dimitar"],
        f=["Desislava", "Svetla", "Radka", "Vesela"],
        sur=_gendered(["Petr", "Dimitr", "Georgi", "Todor", "Stoyan", "Hrist", "Ange"], ["ov", "ev"], ["ova", "eva"]),
    ),
    "oekraïens": dict(
        m=["Oleksandr", "Bohdan", "Mykola", "Andriy", "Taras"],
        f=["Olena", "Nataliya", "Svitlana", "Yuliya", "Halyna"],
        sur=_c(["Bondar", "Tkach", "Melnych", "Kravch", "Hrytsen", "Lys", "Savch"], ["enko", "uk", "ko"]),
    ),
    "duits": dict(
        m=["Jürgen", "Uwe", "Matthias", "Dieter", "Lukas"],
        f=["Ute", "Sabine", "Heike", "Annegret", "Katja"],
        sur=_c(["Eichen", "Wald", "Stein", "Rosen", "Hage", "Linden"], ["bach", "berger", "hauser", "meier", "brink"]),
        particles=["von"],
        pp=0.15,
    ),
    "syrisch": dict(
        m=["Mohammad", "Omar", "Ahmad", "Ammar", "Feras"],
        f=["Nour", "Hiba", "Rania", "Dana", "Ghalia"],
        sur=_c(["Al-", "Al ", ""], ["Hamw", "Hal", "Shaq", "Nahh", "Sabb", "Hour"], ["i", "abi", "ouri", "agh", "ani"]),
    ),
    "iraaks": dict(
        m=["Haider", "Mustafa", "Hussein", "Zaid", "Karrar"],
        f=["Zainab", "Maryam", "Shahad", "Zahraa", "Ruqaya"],
        sur=_c(["Al-"], ["Obaid", "Jubour", "Rubai", "Tamim", "Saad", "Khaf"], ["i", "ie", "awi"]),
    ),
    "afghaans": dict(
        m=["Farid", "Wahid", "Jawad", "Hamid", "Najib"],
        f=["Farzana", "Mariam", "Shabnam", "Nargis", "Parwana"],
        sur=_c(["Ahmad", "Karim", "Rahim", "Hakim", "Nazar", "Sultan"], ["zai", "i", "yar", "khel", "zada"]),
    ),
    "iraans": dict(
        m=["Reza", "Dariush", "Kaveh", "Arash", "Babak"],
        f=["Shirin", "Mahsa", "Parisa", "Laleh", "Roya"],
        sur=_c(
            ["Ja", "Sha", "Beh", "Far", "Kaz", "Nou", "Tah"], ["fari", "hbazi", "rouzi", "hadi", "emi", "rian", "masbi"]
        ),
    ),
    "eritrees": dict(
        m=["Tesfalem", "Mehari", "Filmon", "Robel", "Habtom", "Kidane"],
        f=["Selam", "Senait", "Winta", "Saba", "Ruta", "Feven"],
        sur=_c(
            ["Ghebre", "Tesfa", "Wolde", "Habte", "Kidane", "Berhane"],
            ["mariam", "medhin", "selassie", "michael", "giorgis"],
        ),
    ),
    "ethiopisch": dict(
        m=["Abebe", "Dawit", "Tadesse", "Girma", "Yared"],
        f=["Tigist", "Meron", "Hiwot", "Bethlehem", "Mahlet"],
        sur=_c(["Alemu", "Bekele", "Haile", "Gebre", "Tsegaye", "Wondimu"], ["", "", " Mekonnen", " Ayele"]),
    ),
    "somalisch": dict(
        m=["Abdirahman", "Abdullahi", "Mahad", "Liban", "Guled"],
        f=["Hodan", "Ayaan", "Faadumo", "Sahra", "Ifrah", "Ubah"],
        sur=lambda r, g: r.choice(["Warsame", "Jama", "Farah", "Hirsi", "Egal", "Samatar", "Dahir", "Gedi", "Abdille"]),
    ),
    "ghanees": dict(
        m=["Kwame", "Kofi", "Kwabena", "Yaw", "Kojo"],
        f=["Akosua", "Abena", "Efua", "Adwoa", "Akua"],
        sur=_c(["Boa", "Amo", "Agye", "Asan", "Owu", "Oppo", "Ansa"], ["teng", "ako", "mang", "tewaa", "su", "ku"]),
    ),
    "nigeriaans": dict(
        m=["Chinedu", "Emeka", "Oluwaseun", "Tunde", "Ifeanyi"],
        f=["Ngozi", "Chiamaka", "Funmilayo", "Adaeze", "Folake"],
        sur=_c(["Okon", "Ade", "Nwa", "Olu", "Eze", "Obi"], ["kwo", "yemi", "chukwu", "wole", "anya", "orah"]),
    ),
    "kaapverdisch": dict(
        m=["Nelson", "Adilson", "Edmilson", "Djon"],
        f=["Odete", "Nilda", "Ivone", "Maria da Luz"],
        sur=lambda r, g: (
            r.choice(["Semedo", "Tavares", "Monteiro", "Fortes", "Lopes", "Barbosa"])
            + r.choice(["", " Tavares", " da Graça", " dos Santos", " Andrade"])
        ),
    ),
    "braziliaans": dict(
        m=["João Pedro", "Thiago", "Rafael", "Luiz Felipe"],
        f=["Ana Luíza", "Thaís", "Juliana", "Letícia"],
        sur=lambda r, g: r.choice(["de Oliveira", "Ferreira da Costa", "Nascimento", "Cavalcanti", "dos Reis Moura"]),
    ),
    "spaans": dict(
        m=["Javier", "Iñigo", "Alejandro", "Sergio"],
        f=["Begoña", "Lucía", "Nuria", "Itziar"],
        sur=_c(
            ["Fernández", "González", "Rodríguez", "Martínez", "Ibáñez", "Lozano", "Herrero", "Cabrera"],
            [" "],
            ["Ruiz", "Soler", "Prieto", "Gil"],
        ),
    ),
    "italiaans": dict(
        m=["Giuseppe", "Matteo", "Lorenzo", "Salvatore"],
        f=["Chiara", "Giulia", "Francesca", "Rosaria"],
        sur=_c(["Ros", "Bian", "Colomb", "Ferr", "Gall", "Ricc", "Stef"], ["ini", "etti", "ucci", "ano", "elli"]),
        particles=["Di", "De", "Lo"],
        pp=0.25,
        flemish=True,
    ),
    "grieks": dict(
        m=["Giorgos", "Nikos", "Yannis", "Stavros"],
        f=["Eleni", "Katerina", "Despina", "Vasiliki"],
        sur=_gendered(
            ["Papa", "Kosta", "Georgi", "Nikol", "Dimitr", "Karag"],
            ["dopoulos", "kis", "idis"],
            ["dopoulou", "ki", "idou"],
        ),
    ),
    "bosnisch-servisch": dict(
        m=["Dragan", "Emir", "Nenad", "Mirza", "Goran"],
        f=["Jasmina", "Amra", "Vesna", "Mirela", "Selma"],
        sur=_c(["Jovan", "Petr", "Hodž", "Bab", "Đorđ", "Mehmed", "Kov"], ["ović", "ić", "ević", "ačević"]),
    ),
    "hongaars": dict(
        m=["Zoltán", "Gábor", "László", "Bence"],
        f=["Zsófia", "Krisztina", "Erzsébet", "Réka"],
        sur=_c(["Sza", "Hor", "Far", "Ba", "Mol", "Ker"], ["bó", "váth", "kas", "lázs", "nár", "ékes"]),
    ),
    "indiaas": dict(
        m=["Aarav", "Vikram", "Arjun", "Rahul"],
        f=["Ananya", "Divya", "Sneha", "Lakshmi"],
        sur=_c(
            ["Venkat", "Subra", "Krishna", "Rama", "Bala", "Sriniv"],
            ["esan", "manian", "murthy", "swamy", "chandran", "asan"],
        ),
    ),
    "pakistaans": dict(
        m=["Imran", "Faisal", "Usman", "Bilawal"],
        f=["Ayesha", "Sana", "Mehwish", "Rabia"],
        sur=lambda r, g: r.choice(["Chaudhry", "Qureshi", "Siddiqui", "Rajput", "Gondal", "Cheema"]),
    ),
    "filipijns": dict(
        m=["Jericho", "Mark Anthony", "Rommel", "Jun-Jun"],
        f=["Rowena", "Maricel", "Jennylyn", "Marites"],
        sur=lambda r, g: r.choice(["dela Cruz", "Bautista", "Macaraeg", "Villanueva", "de los Reyes", "Dimaculangan"]),
    ),
    "iers-brits": dict(
        m=["Callum", "Rhys", "Ciarán", "Declan"],
        f=["Siobhan", "Niamh", "Aoife", "Gwen"],
        sur=_c(["Mac", "Mc", "O'", "Fitz"], ["Allister", "Kenna", "Donnell", "Sullivan", "Gerald", "Carthy"]),
    ),
}

NICKS = {
    "Abdirahman": "Abdi",
    "Oleksandr": "Sasha",
    "Krzysztof": "Krzysiek",
    "Mohammad": "Mo",
    "Giuseppe": "Beppe",
    "Salvatore": "Totò",
    "Wilhelmina": "Mien",
    "Hendra": "Hen",
    "Nataliya": "Natasha",
    "Magdalena": "Magda",
    "Zsófia": "Zsófi",
    "Ifeanyi": "Ify",
    "Chiamaka": "Amaka",
    "Shurandy": "Shu",
    "Jeannette": "Jeanny",
    "Tesfalem": "Tesfa",
    "Radjesh": "Raj",
    "Pieter-Jan": "PJ",
    "Alejandro": "Álex",
    "Noortje": "Noor",
    "Evelien": "Eef",
    "Gerrit": "Gert",
    "Wendela": "Del",
    "Sugiman": "Man",
    "Domingus": "Mingus",
    "Giovanni": "Gio",
    "Oluwaseun": "Seun",
    "Funmilayo": "Funmi",
    "Ruthmila": "Ruthy",
    "Łukasz": "Łukasz",
}

# resident names that contain a Dutch word, with a sentence using that word in its ordinary sense (lower case)
KNOWN_SUR = [
    ("Valk", "Op de schoorsteen van de flat broedt een valk; de werkzaamheden wachten daarop."),
    ("Zwaan", "Een zwaan blokkeert elke ochtend het fietspad langs de vijver."),
    ("Vink", "Volgens de buren zat er een vink klem in de dakgoot."),
    ("Haring", "De viskraam verkoopt er op donderdag haring en makreel."),
    ("Knol", "Het volkstuinblok staat vol met knol en kool."),
    ("Vroom", "Het gezin is vroom en gaat op zondag naar de kerk; de bus rijdt dan niet."),
    ("Slot", "Het slot van de centrale toegangsdeur is al maanden kapot."),
    ("Hamer", "De aannemer liet een hamer en een zaag in het trappenhuis liggen."),
    ("Spijker", "Er stak een spijker uit de drempel van de invalidentoilet."),
    ("Koster", "De koster van de kerk heeft de sleutel van het buurthuis."),
    ("Schipper", "Hij werkte veertig jaar als schipper op de binnenvaart."),
    ("Timmerman", "Een timmerman van de woningcorporatie heeft de drempel verwijderd."),
    ("Kalf", "Op de kinderboerderij is deze week een kalf geboren."),
    ("Baars", "Bij de steiger vangen kinderen soms een baars."),
    ("Wortel", "De konijnen van de buren krijgen elke dag een wortel."),
    ("Blok", "Het hele blok zat twee dagen zonder stroom."),
    ("Vrede", "Zij wil alleen in vrede met haar bovenburen leven."),
    ("Winter", "Afgelopen winter is de verwarming drie keer uitgevallen."),
    ("Beek", "Na de regen trad de beek achter de tuinen buiten haar oevers."),
    ("Koning", "Op de verjaardag van de koning stond de straat vol kramen."),
    ("Lam", "Er liep een lam los op de rotonde bij de boerderij."),
    ("Man", "Zij vertelt dat haar man sinds maart in het ziekenhuis ligt."),
    ("Baas", "Zijn baas wil een verklaring van de gemeente voor het verzuim."),
    ("Kerkhof", "Het pad naar het kerkhof is niet verlicht."),
]
KNOWN_FIRST = [
    ("Merel", "f", "In de heg naast de oprit nestelt een merel."),
    ("Roos", "f", "Bij het bloemperk is een roos vertrapt door de maaier."),
    ("Iris", "f", "De oogarts zag een ontsteking aan de iris van haar oog."),
    ("Linde", "f", "De linde voor het huis wordt gekapt volgens de groenploeg."),
    ("Jasmijn", "f", "Achter de schutting bloeit jasmijn over de erfgrens."),
    ("Ben", "m", "Onder het formulier staat met de hand geschreven: ik ben ten einde raad."),
    ("Lot", "f", "Zij laat haar lot niet over aan een loket, schrijft de consulent."),
    ("Job", "m", "Hij heeft sinds mei een job in de haven, via het uitzendbureau."),
    ("Ton", "m", "De schuld is opgelopen tot bijna een ton aan boetes en rente."),
    ("Bas", "m", "De bas van de bovenburen dreunt tot na middernacht."),
    ("Mees", "m", "In het nestkastje op het balkon zit een mees."),
]

TOWNS = [
    "Apeldoorn",
    "Deventer",
    "Almere",
    "Breda",
    "Tilburg",
    "Leeuwarden",
    "Zoetermeer",
    "Nijmegen",
    "Venlo",
    "Hengelo",
    "Helmond",
    "Alkmaar",
    "Purmerend",
    "Gouda",
    "Roosendaal",
    "Vlaardingen",
    "Hoorn",
    "Oss",
    "Assen",
    "Kampen",
    "Den Helder",
    "Middelburg",
    "Maassluis",
    "Capelle aan den IJssel",
    "Sittard-Geleen",
    "Zutphen",
]
BIRTHPLACES = [
    "Paramaribo",
    "Nador",
    "Ankara",
    "Kabul",
    "Asmara",
    "Willemstad",
    "Gdańsk",
    "Mogadishu",
    "Kumasi",
    "Damascus",
    "Teheran",
    "Boekarest",
    "Hué",
    "Sarajevo",
    "Praia",
    "Utrecht",
    "Heerenveen",
    "Ambon",
    "Lagos",
    "Mosul",
]
DEPTS = [
    "Publiekszaken",
    "Burgerzaken",
    "Parkeerbeheer",
    "Vergunningverlening",
    "Team Inkomen",
    "Sociaal Wijkteam",
    "Klantcontactcentrum",
    "Team Leerlingenvervoer",
    "Belastingzaken",
    "Bureau Bezwaarschriften",
    "Team Wonen",
    "Toezicht en Handhaving",
    "Schuldhulpverlening",
    "Jeugd en Gezin",
    "Bureau Kwijtschelding",
]
FUNCS = [
    "consulent Wmo",
    "beleidsmedewerker",
    "teamleider",
    "medewerker Parkeren",
    "wijkcoach",
    "casemanager",
    "juridisch adviseur",
    "afdelingshoofd",
    "klantmanager",
    "toezichthouder",
    "schuldhulpverlener",
    "jeugdconsulent",
]
SCHEMES = [
    ("bijzondere bijstand", "Participatiewet"),
    ("individuele inkomenstoeslag", "Participatiewet"),
    ("huishoudelijke ondersteuning", "Wmo 2015"),
    ("een scootmobiel", "Wmo 2015"),
    ("leerlingenvervoer", "Verordening leerlingenvervoer"),
    ("kwijtschelding van de afvalstoffenheffing", "Invorderingswet 1990"),
    ("een gehandicaptenparkeerkaart", "Wegenverkeerswet 1994"),
    ("een bewonersvergunning", "Parkeerverordening"),
    ("jeugdhulp", "Jeugdwet"),
    ("een woonvoorziening", "Wmo 2015"),
]
ORGS = ["CAK", "CJIB", "RDW", "UWV", "DUO", "GGD", "Belastingdienst", "SVB", "Veilig Thuis", "Juridisch Loket"]
CARS = ["Toyota Yaris", "Volkswagen Polo", "Kia Picanto", "Opel Corsa", "Peugeot 208", "Renault Clio", "Skoda Fabia"]

STREET_A = [
    "Wilgen",
    "Zwaluw",
    "Meidoorn",
    "Kievit",
    "Hyacinten",
    "Smeden",
    "Kuipers",
    "Bleek",
    "Ooievaar",
    "Populieren",
    "Goudsbloem",
    "Reiger",
    "Hazelaar",
    "Vlasakker",
    "Kastanje",
    "Gerst",
    "Boekweit",
    "Pijlkruid",
    "Zilverschoon",
    "Lijnbaan",
    "Touwslagers",
    "Klaproos",
    "Wielewaal",
    "Schapendrift",
    "Turfsteker",
]
STREET_B = [
    "straat",
    "laan",
    "hof",
    "weg",
    "singel",
    "kade",
    "dreef",
    "erf",
    "plantsoen",
    "gaarde",
    "pad",
    "akker",
    "plein",
    "wal",
    "steeg",
    "veld",
]
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
MON3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


class Person:
    def __init__(
        self,
        r: random.Random,
        origin: str | None = None,
        gender: str | None = None,
        first: str | None = None,
        core: str | None = None,
        double: bool = True,
    ):
        self.origin = origin or r.choice(sorted(ORIGINS))
        o = ORIGINS[self.origin]
        self.gender = gender or r.choice("mf")
        self.first = first or r.choice(o[self.gender])
        if self.origin == "nederlands" and first is None and r.random() < 0.25:
            self.first = self.first + " " + r.choice(["Johanna", "Maria", "Hendrik", "Cornelis", "Geertruida"])
        self.flemish = bool(o.get("flemish"))
        self.particle = ""
        if core is not None:
            self.core = core
        elif o.get("words") and r.random() < 0.25:
            self.core = r.choice(o["words"])
        else:
            self.core = o["sur"](r, self.gender).strip()
            if o.get("prefixes"):
                self.core = (r.choice(o["prefixes"]) + self.core).strip()
            if o.get("particles") and r.random() < o.get("pp", 0.3):
                self.particle = r.choice(o["particles"])
        if core is None and double and r.random() < 0.14:
            other = Person(r, origin=r.choice(sorted(ORIGINS)), gender="m", double=False)
            second = (other.particle + " " if other.particle and not other.flemish else "") + other.core
            self.core = self.core + "-" + second
        self.nick = NICKS.get(self.first.split()[0])

    @property
    def call(self) -> str:
        if self.origin in ("vietnamees", "chinees", "filipijns", "braziliaans"):
            return self.first
        return self.first.split()[0]

    def sur(self) -> str:
        return f"{self.particle} {self.core}" if self.particle else self.core

    def sur_cap(self) -> str:
        s = self.sur()
        return s[0].upper() + s[1:]

    def full(self) -> str:
        return f"{self.call} {self.sur()}"

    def all_full(self) -> str:
        return f"{self.first} {self.sur()}"

    def inits(self) -> str:
        return "".join(p[0] + "." for p in re.split(r"[ -]", self.first) if p)

    def ini_full(self) -> str:
        return f"{self.inits()} {self.sur()}"

    def title(self, r, kind="any") -> str:
        if self.gender == "m":
            return r.choice(["de heer", "dhr.", "meneer", "De heer"] if kind == "any" else ["de heer"])
        return r.choice(["mevrouw", "mevr.", "mw.", "Mevrouw"] if kind == "any" else ["mevrouw"])

    def sal(self) -> str:
        return "heer" if self.gender == "m" else "mevrouw"

    def words(self) -> set[str]:
        return {w for w in re.findall(r"[\w']+", self.all_full().lower()) if w not in PARTICLE_WORDS and len(w) > 1}


# --------------------------------------------------------------------------------------------------- identifiers


def bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True)) % 11
        if s < 10:
            return "".join(map(str, d + [s]))


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=True)) - d[8]) % 11 == 0


def fmt_bsn(r, s) -> str:
    return r.choice(
        [
            s,
            f"{s[:4]}.{s[4:6]}.{s[6:]}",
            f"{s[:3]} {s[3:6]} {s[6:]}",
            f"{s[:3]}.{s[3:6]}.{s[6:]}",
            f"{s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:]}",
            f"{s[:3]}-{s[3:6]}-{s[6:]}",
        ]
    )


def _iban_check(cc: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{98 - int(num) % 97:02d}"


def iban_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def iban(r) -> str:
    k = r.random()
    if k < 0.75:
        bban = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"])
        bban += "".join(str(r.randint(0, 9)) for _ in range(10))
        cc = "NL"
    elif k < 0.9:
        first = r.randint(10**9, 10**10 - 1)
        chk = first % 97 or 97
        bban, cc = f"{first}{chk:02d}", "BE"
    else:
        bban, cc = "".join(str(r.randint(0, 9)) for _ in range(18)), "DE"
    return cc + _iban_check(cc, bban) + bban


def fmt_iban(r, s) -> str:
    grouped = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return r.choice([s, grouped, grouped, s.lower(), grouped.lower(), f"{s[:2]} {s[2:4]} {s[4:8]} {s[8:]}"])


def postcode(r) -> str:
    while True:
        letters = r.choice("ABCDEGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            return f"{r.randint(1000, 9999)} {letters}"


def fmt_pc(r, pc) -> str:
    n, l2 = pc.split()
    return r.choice([pc, pc, n + l2, f"{n} {l2.lower()}", f"{n}{l2.lower()}", f"{n}  {l2}"])


def phone(r) -> str:
    k = r.random()
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    if k < 0.45:
        m = str(r.randint(1, 6)) + d(7)
        return r.choice(
            [
                f"06-{m}",
                f"06 {m[:4]} {m[4:]}",
                f"06{m}",
                f"+31 6 {m}",
                f"+31(0)6-{m}",
                f"0031 6 {m[:4]} {m[4:]}",
                f"06.{m[:2]}.{m[2:4]}.{m[4:6]}.{m[6:]}",
                f"(06) {m}",
            ]
        )
    if k < 0.75:
        area = r.choice(["010", "020", "030", "040", "050", "053", "055", "058", "070", "071", "073", "076", "077"])
        s = str(r.randint(2, 9)) + d(6)
        area4 = r.choice(["0111", "0167", "0229", "0318", "0475", "0546", "0598"])
        s6 = str(r.randint(2, 9)) + d(5)
        return r.choice(
            [
                f"{area}-{s[:3]} {s[3:5]} {s[5:]}",
                f"({area}) {s}",
                f"{area} - {s[:3]} {s[3:]}",
                f"+31 {area[1:]} {s}",
                f"{area4}-{s6}",
                f"{area4} {s6[:2]} {s6[2:4]} {s6[4:]}",
            ]
        )
    return r.choice(
        [
            f"+32 4{r.randint(60, 99)} {d(2)} {d(2)} {d(2)}",
            f"+49 15{r.randint(1, 9)} {d(8)}",
            f"+90 5{r.randint(30, 59)} {d(3)} {d(2)} {d(2)}",
            f"+212 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+597 8{d(2)}-{d(4)}",
            f"+48 {r.randint(500, 799)} {d(3)} {d(3)}",
            f"+44 7{d(3)} {d(6)}",
            f"+380 {r.randint(50, 99)} {d(3)} {d(4)}",
        ]
    )


def email(r, p: Person, town: str | None = None) -> str:
    first = re.sub(r"[^a-z]", "", ascii_fold(p.call).lower())
    last = re.sub(r"[^a-z]", "", ascii_fold(p.core).lower())
    part = re.sub(r"[^a-z]", "", ascii_fold(p.particle).lower())
    if town:
        dom = re.sub(r"[^a-z-]", "", ascii_fold(town).lower().replace(" ", "-"))
        return r.choice(
            [
                f"{first[0]}.{part}{last}@{dom}.nl",
                f"{first}.{part}{last}@gemeente{dom.replace('-', '')}.nl",
                f"{first[0]}{last}@{dom}.nl",
            ]
        )
    host = r.choice(
        [
            "gmail.com",
            "hotmail.com",
            "outlook.com",
            "ziggo.nl",
            "kpnmail.nl",
            "live.nl",
            "icloud.com",
            "xs4all.nl",
            "yahoo.fr",
            "web.de",
            "proton.me",
            "home.nl",
        ]
    )
    n = r.randint(1, 99)
    return r.choice(
        [
            f"{first}.{part}{last}@{host}",
            f"{first[0]}{part}{last}{n}@{host}",
            f"{last}.{first}@{host}",
            f"{first}{last}{1950 + n % 60}@{host}",
            f"fam.{part}{last}@{host}",
            f"{first}_{last[:4]}{n}@{host}",
        ]
    )


PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


def plate(r) -> str:
    L = lambda n: "".join(r.choice(PLATE_LETTERS) for _ in range(n))  # noqa: E731
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    code = r.choice(
        [
            (L(2), D(2), D(2)),
            (D(2), D(2), L(2)),
            (D(2), L(2), D(2)),
            (L(2), D(2), L(2)),
            (L(2), L(2), D(2)),
            (D(2), L(2), L(2)),
            (D(2), L(3), D(1)),
            (D(1), L(3), D(2)),
            (L(2), D(3), L(1)),
            (L(1), D(3), L(2)),
            (L(3), D(2), L(1)),
            (L(1), D(2), L(3)),
            (D(1), L(2), D(3)),
            (D(3), L(2), D(1)),
        ]
    )
    return "-".join(code)


def fmt_plate(r, p) -> str:
    return r.choice(
        [
            p,
            p,
            p,
            p.replace("-", ""),
            p.lower(),
            p.replace("-", " "),
            p.lower().replace("-", ""),
            p.replace("-", "."),
            p.replace("-", " - "),
        ]
    )


def case_number(r, year: int) -> str:
    y2 = year % 100
    n = r.randint
    return r.choice(
        [
            f"GEM.{year}.PRK.{n(1, 99999):05d}",
            f"PV-{n(1, 9999):04d}/{year}",
            f"{year}-BB-{n(1, 99999):05d}",
            f"Z{year}-{n(1, 9999999):07d}",
            f"HH/{y2}/{n(1000, 9999)}-{r.choice('ABCD')}",
            f"OV.{y2}.{n(10000, 99999)}",
            f"#A{n(1000, 9999)}-{y2}",
            f"DOS {n(100, 999)}.{n(100, 999)}",
            f"{y2}.{n(1000, 9999)}.WMO",
            f"BZW-{y2}-{n(1, 9999):04d}",
            f"INT/{year}/{n(1, 9999):04d}/SD",
            f"R{y2}-{n(1000, 9999)}",
            f"SHV-{year}-{n(1, 52):02d}-{n(1, 9999):04d}",
            f"ZN {n(1, 9999):04d}.{n(100, 999)}.{n(100, 999)}",
            f"{year}/PW/{n(10000, 99999)}",
            f"JZ{y2}-{n(1, 99999):05d}",
            f"LLV-{n(1000, 9999)}/{y2}",
            f"KB{year}.{n(1, 99999):05d}",
            f"BO-{n(1000, 9999)}-{year}",
            f"{n(100, 999)}{r.choice(PLATE_LETTERS)}{y2}x{n(100, 999)}",
        ]
    )


def fmt_dob(r, d: dt.date, style: int | None = None) -> str:
    s = r.randrange(16) if style is None else style
    y, m, dd = d.year, d.month, d.day
    return [
        f"{dd:02d}-{m:02d}-{y}",
        f"{dd}-{m}-{y}",
        f"{dd:02d}/{m:02d}/{y}",
        f"{dd:02d}.{m:02d}.{y}",
        f"{y}-{m:02d}-{dd:02d}",
        f"{dd} {MONTHS[m - 1]} {y}",
        f"{dd} {MON3[m - 1]}. {y}",
        f"{dd:02d}-{MON3[m - 1]}-{y}",
        f"{dd:02d}{m:02d}{y}",
        f"{dd}-{m}-'{y % 100:02d}",
        f"{dd:02d}-{m:02d}-{y % 100:02d}",
        f"{dd} {MONTHS[m - 1].upper()} {y}",
        f"{y}{m:02d}{dd:02d}",
        f"{dd}-{ROMAN[m - 1]}-{y}",
        f"{dd}/{m}/{y}",
        f"{WEEKDAYS[d.weekday()]} {dd} {MONTHS[m - 1]} {y}",
    ][s]


def fmt_date(r, d: dt.date) -> str:
    return r.choice(
        [
            f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            f"{d.day:02d}-{d.month:02d}-{d.year}",
            f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            f"{d.year}-{d.month:02d}-{d.day:02d}",
            f"{d.day}-{d.month}-{d.year}",
            f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}",
        ]
    )


def amount(r) -> str:
    v = r.randint(1200, 250000) / 100
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return r.choice([f"€ {s}", f"€{s}", f"EUR {s}", f"{s} euro"])


def street(r) -> str:
    k = r.random()
    base = r.choice(STREET_A) + r.choice(STREET_B)
    if k < 0.6:
        return base
    if k < 0.7:
        return r.choice(["Oude ", "Korte ", "Lange ", "Hoge ", "Nieuwe "]) + base
    if k < 0.8:
        p = Person(r, origin="nederlands")
        return f"Burgemeester {p.core}{r.choice(['laan', 'singel', 'straat'])}"
    if k < 0.9:
        return f"Van {Person(r, origin='nederlands').core}{r.choice(['straat', 'laan'])}"
    return f"{r.choice(['Eerste', 'Tweede', 'Derde'])} {r.choice(STREET_A)}dwarsstraat"


def housenr(r) -> str:
    n = str(r.randint(1, 240))
    return r.choice(
        [
            n,
            n,
            n,
            n + r.choice("abcd"),
            n + "-" + r.choice(["I", "II", "III", "1", "2", "bis"]),
            n + r.choice("ABC"),
            n + "-hs",
            n + " zw",
        ]
    )


def in_year(r, y0, y1) -> dt.date:
    return dt.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


# --------------------------------------------------------------------------------------------------- context


class Ctx:
    def __init__(self, r: random.Random, known: bool):
        self.r = r
        self.b = Builder()
        self.known = None
        self.known_sentence = ""
        if known:
            if r.random() < 0.65:
                word, sentence = r.choice(KNOWN_SUR)
                origins = ["chinees", "vietnamees"] if word in ("Lam", "Man") else ["nederlands", "creools", "fries"]
                self.res = Person(r, origin=r.choice(origins), core=word)
            else:
                word, g, sentence = r.choice(KNOWN_FIRST)
                self.res = Person(r, gender=g, first=word)
            self.known = word
            self.known_sentence = sentence
        else:
            self.res = Person(r)
        self.p2 = Person(r, origin=self.res.origin if r.random() < 0.6 else None)
        self.kid = Person(r, origin=self.res.origin, core=self.res.core, gender=r.choice("mf"))
        self.kid.particle = self.res.particle
        self.offs = [Person(r) for _ in range(3)]
        self.town = r.choice(TOWNS)
        self.dept = r.choice(DEPTS)
        self.year = r.randint(2024, 2026)
        self.street = street(r)
        self.nr = housenr(r)
        self.pc = postcode(r)
        self.dob = in_year(r, 1932, 1999)
        self.dob2 = in_year(r, 1930, 2010)
        self._ids: dict[str, str] = {}
        self.used: list[str] = []
        self.no_lower = known

    def get(self, key: str, make):
        if key not in self._ids:
            self._ids[key] = make()
        return self._ids[key]

    # stable per-document identifiers, in a spelling drawn once
    def phone(self, k="res"):
        return self.get("ph" + k, lambda: phone(self.r))

    def mail(self, p=None, official=False):
        p = p or self.res
        return self.get("em" + p.all_full(), lambda: email(self.r, p, self.town if official else None))

    def bsn(self, k="res"):
        return self.get("bsn" + k, lambda: fmt_bsn(self.r, bsn(self.r)))

    def iban(self):
        return self.get("iban", lambda: fmt_iban(self.r, iban(self.r)))

    def plate(self):
        return self.get("plate", lambda: fmt_plate(self.r, plate(self.r)))

    def case(self, k="a"):
        return self.get("case" + k, lambda: case_number(self.r, self.year))

    def date(self):
        return fmt_date(self.r, in_year(self.r, self.year, self.year))

    def addr(self):
        return f"{self.street} {self.nr}"

    def name_lower(self, p: Person) -> str:
        return p.full() if self.no_lower else p.full().lower()


SHAPES: dict[str, object] = {}


def shape(fn):
    name = fn.__name__[2:]
    SHAPES[name] = fn

    def run(c: Ctx):
        c.used.append(name)
        fn(c)

    run.__name__ = fn.__name__
    return run


# --------------------------------------------------------------------------------------------------- shapes


def poss(name: str) -> str:
    """The Dutch possessive ending after a name: Gerrits, Sofia's, Kees'."""
    if name[-1] in "sxz":
        return "'"
    return "'s" if name[-1] in "aeiouyé" else "s"


def child_word(p: Person, grand: bool) -> str:
    return ("klein" if grand else "") + ("zoon" if p.gender == "m" else "dochter")


# Intake forms (key: value lines)


@shape
def s_kv_name_split(c):
    p = c.res
    c.b.add(K("Achternaam"), ": ", P(p.sur_cap() if not p.particle else p.core), "\n")
    if p.particle:
        c.b.add("Tussenvoegsel: ", p.particle, "\n")
    c.b.add(K("Voornamen"), ": ", P(p.first), "\n", "Voorletters: ", P(p.inits()), "\n")


@shape
def s_kv_dob(c):
    r = c.r
    cue = r.choice(["Geboortedatum", "Geb.datum", "Geboren op", "Datum van geboorte", "Geb. dat.", "DOB"])
    c.b.add(cue, ": ", DB(fmt_dob(r, c.dob)), "   ", K("Leeftijd"), ": ", str(c.year - c.dob.year), " jaar")


@shape
def s_kv_address(c):
    r = c.r
    c.b.add(r.choice(["Straat + huisnr.", "Woonadres", "Adres (straat/nr)"]), ": ", A(c.addr()), "\n")
    c.b.add("Postcode/plaats: ", PC(fmt_pc(r, c.pc)), " ", K(c.town))


@shape
def s_kv_contact(c):
    c.b.add("Tel. (mobiel): ", PH(c.phone()), " / e-mail: ", EM(c.mail()))


@shape
def s_kv_leader(c):
    r = c.r
    c.b.add(
        "Burgerservicenummer ........ ",
        BS(c.bsn()),
        "\n",
        "Rekeningnummer (IBAN) ...... ",
        IB(c.iban()),
        "\n",
        "t.n.v. ..................... ",
        P(c.res.ini_full()),
    )
    if r.random() < 0.5:
        c.b.add(" ", K("en/of"), " ", P(c.p2.ini_full()))


@shape
def s_kv_referral(c):
    o = c.offs[0]
    func = c.r.choice(FUNCS)
    c.b.add("Aangemeld door: ", K(func), " ", P(o.full()), " (", K(c.dept), ")")


@shape
def s_kv_household(c):
    r = c.r
    c.b.add(
        "Gezinssamenstelling: partner ",
        P(c.p2.full()),
        " (° ",
        DB(fmt_dob(r, c.dob2, r.choice([0, 3, 5]))),
        "), ",
        K("kinderen"),
        " ",
        P(c.kid.call),
        " en ",
        P(Person(r, origin=c.res.origin).call),
    )


@shape
def s_kv_checkbox(c):
    r = c.r
    opts = ["Wmo", "Jeugdwet", "Participatiewet", "Schuldhulp", "Leerlingenvervoer"]
    c.b.add(K("Regeling"), ": ", "   ".join(("[x] " if r.random() < 0.4 else "[ ] ") + o for o in opts), "\n")
    c.b.add("Intake afgenomen door ", P(c.offs[1].ini_full()), " op ", K(c.date()))


@shape
def s_kv_helpvraag(c):
    kid = c.kid.call if c.no_lower else c.kid.call.lower()
    grand = c.year - c.dob.year > 55
    c.b.add(
        K("Hulpvraag"),
        " (in eigen woorden): mijn ",
        child_word(c.kid, grand),
        " ",
        P(kid),
        " is 14 en kan niet meer alleen met de ",
        K("bus"),
        " naar school, ik werk tot half zes",
    )


# Web-form exports


@shape
def s_wf_semicolon(c):
    p = c.res
    c.b.add(
        "form_id=",
        K(str(c.r.randint(40000, 49999))),
        ";voornaam=",
        P(p.call),
        ";achternaam=",
        P(p.sur()),
        ";email=",
        EM(c.mail()),
        ";telefoon=",
        PH(c.phone()),
        ";onderwerp=",
        K(c.r.choice(SCHEMES)[0]),
    )


@shape
def s_wf_json(c):
    p = c.res
    c.b.add(
        '{"naam": "',
        P(p.full()),
        '", "postcode": "',
        PC(fmt_pc(c.r, c.pc)),
        '", "huisnummer": "',
        c.nr,
        '", "geboortedatum": "',
        DB(fmt_dob(c.r, c.dob, 4)),
        '"}',
    )


@shape
def s_wf_toelichting_lower(c):
    c.b.add(
        "Veld 'Toelichting': goedemiddag, hier ",
        P(c.name_lower(c.res)),
        ". nog steeds geen ",
        K("pasje"),
        " voor de ",
        K("milieustraat"),
        " ontvangen terwijl ik wel betaal",
    )


@shape
def s_wf_sent_by(c):
    c.b.add("[Verzonden via het ", K("webformulier"), " op ", K(c.date()), " om 14:32 door ", EM(c.mail()), "]")


@shape
def s_wf_subject_plate(c):
    c.b.add("Onderwerp bericht: ", K("bezwaar"), " ", K("naheffing"), " kenteken ", LP(c.plate()))


@shape
def s_wf_digid(c):
    p = c.res
    c.b.add(
        "Ingelogd met ", K("DigiD"), " als: ", P(p.core.upper()), ", ", P(p.inits()), "\nBSN (uit DigiD): ", BS(c.bsn())
    )


@shape
def s_wf_callback_nick(c):
    p = c.res
    who = p.nick or p.call
    c.b.add("Terugbellen? ja, op ", PH(c.phone()), " na 16.00 uur, vragen naar ", P(who))


# CSV and pipe tables


@shape
def s_csv_participants(c):
    r = c.r
    c.b.add("volgnr;achternaam;voorletters;geb.datum;postcode;huisnr\n")
    people = [c.res, c.p2] + [Person(r) for _ in range(r.randint(1, 3))]
    style = r.choice([0, 2, 4, 8])
    for i, p in enumerate(people, 1):
        d = c.dob if p is c.res else in_year(r, 1940, 2006)
        pc = c.pc if p is c.res else postcode(r)
        c.b.add(
            f"{i};",
            P(p.sur()),
            ";",
            P(p.inits()),
            ";",
            DB(fmt_dob(r, d, style)),
            ";",
            PC(pc.replace(" ", "")),
            ";",
            str(r.randint(1, 199)),
            "\n",
        )


@shape
def s_csv_quoted(c):
    r = c.r
    p = c.res
    c.b.add(
        '"', P(p.core), ", ", P(p.inits()), '","', DB(fmt_dob(r, c.dob, 4)), '","', PH(c.phone()), '","', K(c.town), '"'
    )


@shape
def s_csv_fines(c):
    r = c.r
    c.b.add("datum;tijd;kenteken;zone;bedrag\n")
    for _ in range(r.randint(2, 4)):
        c.b.add(
            K(fmt_date(r, in_year(r, c.year, c.year))),
            ";",
            f"{r.randint(8, 21):02d}:{r.randint(0, 59):02d};",
            LP(fmt_plate(r, plate(r))),
            ";",
            K(r.choice(["Centrum-Oost", "Schil", "Stationsgebied", "Haven"])),
            ";",
            K(amount(r)),
            "\n",
        )


@shape
def s_pipe_meeting(c):
    r = c.r
    c.b.add("| Naam | Rol | Telefoon |\n|---|---|---|\n")
    c.b.add("| ", P(c.res.full()), " | ", K("bewoner"), " | ", PH(c.phone()), " |\n")
    for i, o in enumerate(c.offs[:2]):
        c.b.add("| ", P(o.ini_full()), " | ", K(r.choice(FUNCS)), " | ", PH(c.phone(f"off{i}")), " |\n")


@shape
def s_pipe_cases(c):
    r = c.r
    c.b.add("| Zaak | Behandelaar | Status |\n")
    c.b.add("| ", CN(c.case()), " | ", P(c.offs[0].sur_cap()), " | ", K("in behandeling"), " |\n")
    c.b.add("| ", CN(c.case("b")), " | ", P(c.offs[1].call), " (", K(r.choice(DEPTS)), ") | ", K("afgerond"), " |")


@shape
def s_pipe_plates(c):
    c.b.add(
        "Kenteken   | Houder            | Vergunning\n",
        LP(c.plate()),
        " | ",
        P(c.res.ini_full()),
        " | ",
        K("bewonersvergunning"),
        " ",
        K("zone B"),
    )


# Decision letters


@shape
def s_letter_addressblock(c):
    p = c.res
    c.b.add(
        c.r.choice(["Aan ", ""]),
        p.title(c.r),
        " ",
        P(p.ini_full()),
        "\n",
        A(c.addr()),
        "\n",
        PC(fmt_pc(c.r, c.pc)),
        "  ",
        K(c.town.upper()),
    )


@shape
def s_letter_refline(c):
    r = c.r
    c.b.add(
        "Ons kenmerk: ",
        CN(c.case()),
        " | Uw brief van: ",
        K(c.date()),
        " | Behandeld door: ",
        P(c.offs[0].ini_full()),
        " | Doorkiesnummer: ",
        K(r.choice(["14 0", "140"]) + str(r.randint(10, 99))),
    )


@shape
def s_letter_subject(c):
    scheme, law = c.r.choice(SCHEMES)
    c.b.add(K("Onderwerp"), ": ", K("besluit"), " op uw aanvraag ", K(scheme), " (", K(law), ")")


@shape
def s_letter_salutation(c):
    c.b.add("Geachte ", c.res.sal(), " ", P(c.res.sur_cap()), ",")


@shape
def s_letter_passive(c):
    c.b.add("Uw aanvraag is op ", K(c.date()), " door ", P(c.offs[1].full()), " van ", K(c.dept), " beoordeeld.")


@shape
def s_letter_apposition_io(c):
    scheme, _ = c.r.choice(SCHEMES)
    c.b.add(
        "Wij kennen u, ",
        P(c.res.all_full()),
        ", ",
        K(scheme),
        " toe van ",
        K(amount(c.r)),
        " per maand, ingaande ",
        K(c.date()),
        ".",
    )


@shape
def s_letter_payment(c):
    c.b.add(
        "Het bedrag wordt overgemaakt naar rekeningnummer ", IB(c.iban()), " ten name van ", P(c.res.ini_full()), "."
    )


@shape
def s_letter_objection(c):
    c.b.add(
        "Bent u het niet eens met dit besluit? Stuur dan binnen zes weken een ",
        K("bezwaarschrift"),
        " naar het college en vermeld daarin ",
        CN(c.case()),
        ".",
    )


@shape
def s_letter_signature(c):
    o = c.offs[2]
    c.b.add(
        "Namens het college van burgemeester en wethouders,\n\n\n",
        P(o.full()),
        "\n",
        K(c.r.choice(FUNCS)),
        ", ",
        K(c.dept),
    )


@shape
def s_letter_cc(c):
    c.b.add(
        "Afschrift aan: ",
        P(c.offs[0].ini_full()),
        " (",
        K(c.r.choice(DEPTS)),
        "); ",
        c.p2.title(c.r),
        " ",
        P(c.p2.sur_cap()),
        " (",
        K("gemachtigde"),
        ")",
    )


# Registration extracts


@shape
def s_brp_upper(c):
    p = c.res
    c.b.add("Geslachtsnaam      : ", P(p.core.upper()), "\n")
    if p.particle:
        c.b.add("Voorvoegsel        : ", p.particle.upper(), "\n")
    c.b.add("Voornamen          : ", P(p.first.upper()), "\n")


@shape
def s_brp_born(c):
    r = c.r
    c.b.add("Geboren: ", DB(fmt_dob(r, c.dob, r.choice([5, 6, 11, 15, 13]))), " te ", K(r.choice(BIRTHPLACES)))


@shape
def s_brp_since(c):
    c.b.add("Adres sinds ", K(c.date()), ": ", A(c.addr()), ", ", PC(fmt_pc(c.r, c.pc)), " ", K(c.town))


@shape
def s_brp_previous(c):
    c.b.add("Vorig adres: ", A(street(c.r)), " (", K("verhuisd"), " binnen de gemeente)")


@shape
def s_brp_parent(c):
    r = c.r
    c.b.add(
        "Ouder 1: ",
        P(c.p2.all_full()),
        ", geb. ",
        DB(fmt_dob(r, c.dob2, r.choice([0, 1, 7]))),
        "; ",
        K("Nationaliteit"),
        ": ",
        K(r.choice(["Nederlandse", "Belgische", "Syrische", "Turkse", "Poolse"])),
    )


@shape
def s_brp_bsn_line(c):
    c.b.add("Burgerservicenummer: ", BS(c.bsn()), "   ", K("Uittreksel"), " ", K("Basisregistratie Personen"))


# Payment arrangements


@shape
def s_pay_parties(c):
    c.b.add(
        "Tussen de gemeente ",
        K(c.town),
        " en ",
        P(c.res.all_full()),
        " (hierna: ",
        K("schuldenaar"),
        "), wonende aan de ",
        A(c.addr()),
        ", is het volgende overeengekomen.",
    )


@shape
def s_pay_incasso(c):
    c.b.add(
        "Schuldenaar betaalt ",
        K(amount(c.r)),
        " per maand via automatische incasso van ",
        IB(c.iban()),
        ", te beginnen op ",
        K(c.date()),
        ".",
    )


@shape
def s_pay_mandate(c):
    c.b.add(
        "Machtiging: ondergetekende, ",
        P(c.res.ini_full()),
        ", machtigt ",
        K(c.r.choice(ORGS)),
        " om het bedrag af te schrijven.",
    )


@shape
def s_pay_terms(c):
    r = c.r
    for i in range(1, 4):
        c.b.add("termijn ", str(i), " | ", K(fmt_date(r, in_year(r, c.year, c.year))), " | ", K(amount(r)), "\n")


@shape
def s_pay_sign(c):
    c.b.add("Voor akkoord: ____________ (", P(c.res.full()), ")   Plaats/datum: ", K(c.town), ", ", K(c.date()))


@shape
def s_pay_refund(c):
    c.b.add(
        "Teveel betaald? Het verschil (",
        K(amount(c.r)),
        ") storten wij terug op ",
        IB(c.iban()),
        ", rekeninghouder ",
        P(c.res.ini_full()),
        ".",
    )


# Parking and permit letters


@shape
def s_park_expires(c):
    c.b.add(
        "De parkeervergunning voor het voertuig met kenteken ",
        LP(c.plate()),
        " (",
        K(c.r.choice(CARS)),
        ") vervalt op ",
        K(c.date()),
        ".",
    )


@shape
def s_park_question_lower(c):
    p = plate(c.r).lower()
    c.b.add("Is ", LP(p), " nog steeds uw auto? Geef een wijziging dan door via ", K("Mijn Gemeente"), ".")


@shape
def s_park_scan(c):
    c.b.add(
        "Op ",
        K(c.date()),
        " om 09:14 is uw voertuig (",
        LP(plate(c.r).replace("-", "")),
        ") gescand in ",
        K("vergunningsgebied"),
        " ",
        K(c.r.choice(["Centrum-Oost", "Schil", "Noord"])),
        " aan de ",
        A(c.street),
        ".",
    )


@shape
def s_park_rdw(c):
    c.b.add(
        "De ",
        K("RDW"),
        " registreert ",
        P(c.res.full()),
        " sinds ",
        K(c.date()),
        " als eigenaar van het voertuig; adres houder: ",
        A(c.addr()),
        ".",
    )


@shape
def s_park_visitor_nick(c):
    who = c.p2.nick or c.p2.call
    c.b.add(
        "Bezoekersvergunning: gastgebruiker ",
        P(who),
        " (",
        LP(fmt_plate(c.r, plate(c.r))),
        "), ",
        K("maximaal"),
        " 3 uur per dag.",
    )


@shape
def s_park_disabled(c):
    rel = ("zijn " if c.p2.gender == "m" else "haar ") + ("vader" if c.res.gender == "m" else "moeder")
    c.b.add(
        "De ",
        K("gehandicaptenparkeerplaats"),
        " bij ",
        A(c.addr()),
        " is aangevraagd door ",
        P(c.p2.full()),
        " namens ",
        rel,
        ", ",
        c.res.title(c.r),
        " ",
        P(c.res.sur_cap()),
        ".",
    )


# Medical and Wmo indications


@shape
def s_wmo_indication(c):
    p = c.res
    c.b.add(
        K("Indicatie"),
        ": ",
        K("hulp bij het huishouden"),
        ", 3 uur per week, voor cliënt ",
        P(p.core),
        ", ",
        P(p.inits()),
        " (",
        DB(fmt_dob(c.r, c.dob, c.r.choice([0, 2, 3, 10]))),
        ")",
    )


@shape
def s_wmo_ggd(c):
    c.b.add(
        K("Medisch advies"),
        " ",
        K("GGD"),
        " (arts: ",
        P(c.offs[2].ini_full()),
        "): cliënt kan maximaal ",
        K("100 meter"),
        " lopen.",
    )


@shape
def s_wmo_carer(c):
    c.b.add("Contactpersoon/", K("mantelzorger"), ": ", P(c.p2.full()), ", ", K("dochter"), ", ", PH(c.phone("p2")))


@shape
def s_wmo_floor(c):
    c.b.add(
        "Cliënt (",
        str(c.year - c.dob.year),
        " jaar) woont zelfstandig op de derde ",
        K("etage"),
        " aan de ",
        A(c.street),
        "; er is geen ",
        K("lift"),
        ".",
    )


@shape
def s_wmo_kitchen_enum(c):
    c.b.add(
        "Verslag ",
        K("keukentafelgesprek"),
        " d.d. ",
        K(c.date()),
        "; aanwezig waren cliënt, diens ",
        child_word(c.kid, False),
        " ",
        P(c.kid.call),
        " en ",
        K("wijkcoach"),
        " ",
        P(c.offs[0].call),
        ".",
    )


@shape
def s_wmo_doctor(c):
    c.b.add(
        "De ",
        K("huisarts"),
        ", dokter ",
        P(c.offs[2].sur_cap()),
        ", bevestigt dat de klachten sinds ",
        K(c.date()),
        " zijn toegenomen.",
    )


@shape
def s_wmo_reported(c):
    c.b.add(
        P(c.res.sur_cap()),
        " vertelt dat ",
        "ze" if c.res.gender == "f" else "hij",
        " 's nachts niet meer zelfstandig naar het ",
        K("toilet"),
        " kan.",
    )


@shape
def s_wmo_direct(c):
    c.b.add('"Ik wil," zegt ', P(c.res.call), ', "gewoon in mijn eigen huis blijven wonen."')


@shape
def s_wmo_bsn(c):
    c.b.add("BSN cliënt: ", BS(c.bsn()), " (gecontroleerd aan de hand van het ", K("identiteitsbewijs"), ")")


# Lists of participants


@shape
def s_list_bullets(c):
    r = c.r
    for o in c.offs[:2]:
        c.b.add("- ", o.title(r), " ", P(o.ini_full()), " (", K(r.choice(FUNCS)), ", ", K(r.choice(DEPTS)), ")\n")
    c.b.add("- ", P(c.res.full()), ", ", K("bewoner"))


@shape
def s_list_numbered(c):
    c.b.add(
        "1. ",
        P(c.res.core),
        ", ",
        P(c.res.call),
        " — ",
        K("bewoner"),
        " ",
        A(c.street),
        "\n2. ",
        P(c.p2.core),
        ", ",
        P(c.p2.call),
        " — ",
        K("buurman"),
    )


@shape
def s_list_absent(c):
    o = c.offs
    c.b.add("Afgemeld: ", P(o[1].full()), " en ", P(o[2].full()), "; ", P(o[0].sur_cap()), " schuift later aan.")


@shape
def s_list_chair(c):
    c.b.add(
        K("Voorzitter"),
        ": ",
        P(c.offs[0].full()),
        "; ",
        K("notulist"),
        ": ",
        P(c.offs[1].inits()),
        " ",
        P(c.offs[1].core),
    )


@shape
def s_list_action(c):
    c.b.add(
        "Actie ",
        P(c.offs[0].call),
        ": contact opnemen met ",
        c.res.title(c.r, "formal"),
        " ",
        P(c.res.sur()),
        " vóór ",
        K(c.date()),
        ".",
    )


# Logbooks and telephone notes


@shape
def s_log_call(c):
    c.b.add(
        "[",
        K(c.date()),
        " 10:42] Tel. ",
        PH(c.phone()),
        ": ",
        c.res.title(c.r),
        " ",
        P(c.res.sur()),
        " belt over de ",
        K(c.r.choice(["beschikking", "aanmaning", "herindicatie", "naheffing"])),
        ".",
    )


@shape
def s_log_noanswer(c):
    o = c.offs[1]
    c.b.add("Teruggebeld door ", P(o.nick or o.call), "; geen gehoor, ", K("voicemail"), " ingesproken.")


@shape
def s_log_forward(c):
    c.b.add("Mail van ", EM(c.mail()), " doorgestuurd naar ", EM(c.mail(c.offs[0], official=True)), ".")


@shape
def s_log_secret(c):
    c.b.add("Klant wil niet dat ", P(c.p2.call), " (ex-partner) het nieuwe ", K("adres"), " te weten komt.")


@shape
def s_log_question(c):
    c.b.add("Wie is ", P(c.p2.full()), "? Niet bekend in het ", K("zaaksysteem"), " onder ", CN(c.case("b")), ".")


@shape
def s_log_bsn_inline(c):
    c.b.add(
        "Voor ",
        c.res.title(c.r),
        " ",
        P(c.res.sur()),
        " (bsn ",
        BS(c.bsn()),
        ") is een ",
        K("terugbelnotitie"),
        " aangemaakt.",
    )


# Resident letters


@shape
def s_res_objection(c):
    c.b.add(
        "Aan de gemeente, afdeling ",
        K(c.dept),
        ",\n\nHierbij maak ik, ",
        P(c.res.all_full()),
        ", bezwaar tegen uw brief met kenmerk ",
        CN(c.case()),
        ".",
    )


@shape
def s_res_couple_sign(c):
    c.b.add("Met de hartelijke groet van ons allemaal,\n", P(c.res.call), " en ", P(c.p2.call), " ", P(c.res.core))


@shape
def s_res_ps_lower(c):
    c.b.add("PS mijn nieuwe nummer is ", PH(c.phone("new")), " want het oude is ", K("gestolen"))


@shape
def s_res_daughter_paren(c):
    c.b.add(
        "Graag reactie naar mijn ",
        child_word(c.kid, False),
        " ",
        P(c.kid.call),
        " (",
        EM(c.mail(c.kid)),
        "), ",
        "zij" if c.kid.gender == "f" else "hij",
        " regelt de ",
        K("post"),
        " voor mij.",
    )


@shape
def s_res_nick(c):
    p = c.res
    if p.nick and p.nick != p.call:
        c.b.add("Groetjes van ", P(p.nick), " (eigenlijk ", P(p.call), ")")
    else:
        c.b.add("Groetjes, ", P(p.call), " uit de ", A(c.street))


# E-mail exports


@shape
def s_mail_headers(c):
    c.b.add(
        "Van: ",
        P(c.res.full()),
        " <",
        EM(c.mail()),
        ">\nAan: ",
        K(c.dept.lower().replace(" ", "")),
        "@",
        K(ascii_fold(c.town).lower().replace(" ", "")),
        ".nl\nDatum: ",
        K(c.date()),
        "\nOnderwerp: RE: ",
        CN(c.case()),
    )


@shape
def s_mail_quote(c):
    o = c.offs[0]
    c.b.add(
        "Op ",
        K(c.date()),
        " schreef ",
        P(o.full()),
        " <",
        EM(c.mail(o, official=True)),
        ">:\n> Wij nemen ",
        K("binnen tien werkdagen"),
        " contact met u op.",
    )


# General prose shapes (any register)


@shape
def s_gen_object(c):
    c.b.add(
        "De ",
        K("handhaver"),
        " heeft ",
        P(c.res.full()),
        " op ",
        K(c.date()),
        " aangesproken bij de ",
        A(c.street),
        ".",
    )


@shape
def s_gen_possessive_s(c):
    c.b.add(
        P(c.res.sur_cap()), poss(c.res.core), " ", K("aanvraag"), " is volgens ", P(c.offs[1].ini_full()), " compleet."
    )


@shape
def s_gen_possessive_apos(c):
    c.b.add("Bij ", P(c.kid.call), poss(c.kid.call), " ", K("school"), " is geen ", K("invalidenparkeerplaats"), ".")


@shape
def s_gen_lower_title(c):
    o = c.offs[2]
    c.b.add(
        "volgens ",
        "mevr." if o.gender == "f" else "dhr.",
        " ",
        P(o.sur() if c.no_lower else o.sur().lower()),
        " is het ",
        K("dossier"),
        " compleet",
    )


@shape
def s_gen_passive_agent(c):
    c.b.add(
        "Door ",
        P(c.offs[0].ini_full()),
        " is vastgesteld dat de ",
        K("woning"),
        " niet ",
        K("rolstoeltoegankelijk"),
        " is.",
    )


@shape
def s_gen_colon_start(c):
    c.b.add(P(c.p2.sur_cap()), ": geen bezwaar tegen de ", K("dakkapel"), ", wel tegen de ", K("schutting"), ".")


@shape
def s_gen_end(c):
    c.b.add("Sinds ", K(c.date()), " ligt het ", K("dossier"), " op het bureau van ", P(c.offs[1].full()))


@shape
def s_gen_star_dob(c):
    c.b.add(
        P(c.res.full()),
        " (* ",
        DB(fmt_dob(c.r, c.dob, c.r.choice([1, 9, 12, 14]))),
        ") staat sinds ",
        K(c.date()),
        " ingeschreven.",
    )


@shape
def s_gen_age_dob(c):
    c.b.add(
        K("leeftijd"), " ", str(c.year - c.dob.year), " (geb. ", DB(fmt_dob(c.r, c.dob, c.r.choice([6, 7, 10]))), ")"
    )


@shape
def s_gen_imperative(c):
    c.b.add(
        "Bel ",
        c.res.title(c.r, "formal"),
        " ",
        P(c.res.sur()),
        " terug op ",
        PH(c.phone()),
        " en noteer het ",
        K("kenmerk"),
        " ",
        CN(c.case()),
        ".",
    )


@shape
def s_gen_reported_official(c):
    o = c.offs[0]
    c.b.add(
        K(c.r.choice(FUNCS).capitalize()),
        " ",
        P(o.full()),
        " belooft schriftelijk: de ",
        K("nabetaling"),
        " (",
        K(amount(c.r)),
        ") staat uiterlijk ",
        K(c.date()),
        " op de rekening.",
    )


@shape
def s_gen_plate_spaces(c):
    c.b.add(
        "Auto van ", P(c.p2.call), ": ", LP(c.plate()), ", geparkeerd op de ", K("stoep"), " voor ", A(c.addr()), "."
    )


@shape
def s_gen_nophone_intl(c):
    c.b.add(
        "Bij geen gehoor: broer ",
        P(Person(c.r, origin=c.res.origin, gender="m").call),
        ", verblijft in het ",
        K("buitenland"),
        ", ",
        PH(c.phone("intl")),
        ".",
    )


@shape
def s_gen_ref_upper(c):
    c.b.add("REF. ", CN(c.case()), " — ", P(c.res.full().upper()), " — ", K(c.r.choice(SCHEMES)[1].upper()))


@shape
def s_gen_date_pair(c):
    c.b.add(
        "Ingangsdatum ",
        K(c.date()),
        "; geboortedatum aanvrager ",
        DB(fmt_dob(c.r, c.dob)),
        "; ",
        K("einddatum"),
        " ",
        K(fmt_date(c.r, in_year(c.r, c.year + 1, c.year + 1))),
        ".",
    )


@shape
def s_gen_with_nr_after(c):
    c.b.add(
        "Woonachtig: ",
        A(c.street),
        " nummer ",
        c.nr,
        ", in ",
        K(c.town),
        ", ",
        K("postcode"),
        " ",
        PC(fmt_pc(c.r, c.pc)),
        ".",
    )


@shape
def s_gen_initials_only(c):
    c.b.add(
        "Paraaf ",
        K("behandelaar"),
        ": ",
        P(c.offs[1].inits() + c.offs[1].core[0] + "."),
        " / ",
        K("tweede lezer"),
        ": ",
        P(c.offs[2].full()),
    )


@shape
def s_gen_known(c):
    w = c.known.lower()
    m = re.search(r"\b" + re.escape(w) + r"\b", c.known_sentence)
    c.b.add(c.known_sentence[: m.start()], K(w), c.known_sentence[m.end() :])


@shape
def s_gen_requester(c):
    c.b.add(K("Aanvrager"), ": ", P(c.res.full()), " (", K("zie dossier"), ")")


# --------------------------------------------------------------------------------------------------- families


def _body(c, fixed_head, pool, k_range, fixed_tail, sep):
    r = c.r
    body = r.sample(pool, r.randint(*k_range))
    if c.known:
        body.insert(r.randint(0, len(body)), s_gen_known)
    seq = list(fixed_head) + body + list(fixed_tail)
    for i, fn in enumerate(seq):
        if i:
            c.b.add(sep)
        fn(c)
    if c.known and P(c.res.full()) not in [(i["label"], i["text"]) for i in c.b.pii]:
        c.b.add(sep)
        s_gen_requester(c)


def f_intake(c):
    c.b.add(K("INTAKEFORMULIER"), " ", K(c.dept.upper()), "\n")
    _body(
        c,
        [s_kv_name_split, s_kv_dob, s_kv_address, s_kv_contact],
        [s_kv_leader, s_kv_referral, s_kv_household, s_kv_checkbox, s_kv_helpvraag, s_gen_age_dob, s_gen_with_nr_after],
        (2, 4),
        [],
        "\n",
    )


def f_webform(c):
    c.b.add(
        "Export ",
        K("webformulier"),
        " '",
        K(c.r.choice(["Melding openbare ruimte", "Contact", "Aanvraag", "Bezwaar indienen"])),
        "'\n",
    )
    _body(
        c,
        [],
        [
            s_wf_semicolon,
            s_wf_json,
            s_wf_toelichting_lower,
            s_wf_sent_by,
            s_wf_subject_plate,
            s_wf_digid,
            s_wf_callback_nick,
            s_gen_date_pair,
        ],
        (4, 5),
        [],
        "\n",
    )


def f_tables(c):
    _body(
        c,
        [],
        [s_csv_participants, s_csv_quoted, s_csv_fines, s_pipe_meeting, s_pipe_cases, s_pipe_plates],
        (2, 3),
        [c.r.choice([s_gen_end, s_gen_colon_start, s_gen_initials_only])],
        "\n\n",
    )


def f_decision(c):
    r = c.r
    c.b.add(K("Gemeente"), " ", K(c.town), "\n", K(c.dept), "\n\n")
    tail = [s_letter_objection, s_letter_signature] + ([s_letter_cc] if r.random() < 0.4 else [])
    _body(
        c,
        [s_letter_addressblock, s_letter_refline, s_letter_subject, s_letter_salutation],
        [
            s_letter_passive,
            s_letter_apposition_io,
            s_letter_payment,
            s_gen_object,
            s_gen_possessive_s,
            s_gen_passive_agent,
            s_gen_star_dob,
            s_gen_reported_official,
            s_pay_refund,
        ],
        (2, 4),
        tail,
        "\n\n",
    )


def f_brp(c):
    c.b.add(K("UITTREKSEL"), " ", K("BASISREGISTRATIE PERSONEN"), " — ", K("gemeente"), " ", K(c.town), "\n")
    _body(
        c,
        [s_brp_upper, s_brp_born, s_brp_since],
        [s_brp_previous, s_brp_parent, s_brp_bsn_line, s_gen_ref_upper],
        (2, 3),
        [],
        "\n",
    )


def f_payment(c):
    c.b.add(K("BETALINGSREGELING"), " ", CN(c.case()), "\n\n")
    _body(
        c,
        [s_pay_parties, s_pay_incasso],
        [s_pay_mandate, s_pay_terms, s_gen_imperative, s_letter_payment, s_gen_date_pair, s_pay_refund],
        (1, 3),
        [s_pay_sign],
        "\n",
    )


def f_parking(c):
    c.b.add(K("Parkeerbeheer"), " ", K(c.town), "\n\n")
    _body(
        c,
        [s_letter_addressblock, s_letter_refline],
        [
            s_park_expires,
            s_park_question_lower,
            s_park_scan,
            s_park_rdw,
            s_park_visitor_nick,
            s_park_disabled,
            s_gen_plate_spaces,
        ],
        (3, 4),
        [s_letter_signature],
        "\n\n",
    )


def f_wmo(c):
    c.b.add(K("Indicatiebesluit"), " ", K("Wmo 2015"), " — ", K(c.town), "\n")
    _body(
        c,
        [s_wmo_indication],
        [
            s_wmo_ggd,
            s_wmo_carer,
            s_wmo_floor,
            s_wmo_kitchen_enum,
            s_wmo_doctor,
            s_wmo_reported,
            s_wmo_direct,
            s_gen_lower_title,
            s_gen_possessive_apos,
            s_wmo_bsn,
        ],
        (3, 5),
        [],
        "\n",
    )


def f_participants(c):
    c.b.add(K("Presentielijst"), " ", K("wijkoverleg"), " ", K(c.date()), "\n")
    _body(
        c,
        [c.r.choice([s_list_bullets, s_list_numbered])],
        [s_list_absent, s_list_chair, s_list_action, s_gen_colon_start, s_gen_end],
        (2, 4),
        [],
        "\n",
    )


def f_logbook(c):
    c.b.add(K("Logboek"), " ", K("Klantcontactcentrum"), "\n")
    _body(
        c,
        [],
        [
            s_log_call,
            s_log_noanswer,
            s_log_forward,
            s_log_secret,
            s_log_question,
            s_gen_nophone_intl,
            s_gen_initials_only,
            s_log_bsn_inline,
        ],
        (3, 5),
        [],
        "\n",
    )


def f_resident(c):
    _body(
        c,
        [s_res_objection],
        [s_res_ps_lower, s_res_daughter_paren, s_gen_nophone_intl, s_wmo_direct, s_gen_imperative],
        (1, 3),
        [c.r.choice([s_res_couple_sign, s_res_nick])],
        "\n\n",
    )


def f_email(c):
    _body(
        c,
        [s_mail_headers],
        [
            s_gen_object,
            s_gen_possessive_apos,
            s_gen_reported_official,
            s_log_secret,
            s_gen_plate_spaces,
            s_log_bsn_inline,
        ],
        (1, 3),
        [s_mail_quote],
        "\n\n",
    )


FAMILIES = [
    (f_intake, 30),
    (f_webform, 30),
    (f_tables, 30),
    (f_decision, 40),
    (f_brp, 20),
    (f_payment, 20),
    (f_parking, 30),
    (f_wmo, 30),
    (f_participants, 20),
    (f_logbook, 20),
    (f_resident, 20),
    (f_email, 10),
]

# --------------------------------------------------------------------------------------------------- gate


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[\w']+", s.lower()) if w not in PARTICLE_WORDS and len(w) > 1}


def gate(d: dict) -> None:
    """The brief's three gates; raises AssertionError."""
    SCORE.check_doc(d)
    for item in d["pii"]:
        assert item["label"] in LABELS, item
        if item["label"] == "BSN":
            assert bsn_ok(item["text"]), item
        if item["label"] == "IBAN":
            assert iban_ok(item["text"]), item
    allowed = {d["known_word"].lower()} if "known" in d else set()
    names = set().union(*(_words(i["text"]) for i in d["pii"] if i["label"] == "PERSON"))
    for k in d["keep"]:
        clash = (_words(k) & names) - allowed
        assert not clash, (d["id"], k, clash)
    if "known" in d:
        known_word = d["known_word"]
        assert known_word.lower() in d["keep"], d["id"]


def make_doc(i: int, fam, r: random.Random, known: bool) -> tuple[dict, list[str]]:
    c = Ctx(r, known)
    fam(c)
    d = {"id": f"fresh14c-{i:04d}", "text": c.b.text(), "pii": c.b.pii, "keep": c.b.keep}
    if known:
        d["known"] = {"names": [c.res.full()]}
        d["known_word"] = c.known
    return d, c.used


def generate() -> tuple[list[dict], dict]:
    docs, used, redraws = [], set(), 0
    i = 0
    for fam, count in FAMILIES:
        for _ in range(count):
            r = random.Random(f"{SEED}-{i}")
            known = i % 4 == 0
            for _attempt in range(200):
                d, u = make_doc(i, fam, r, known)
                try:
                    gate(d)
                    break
                except AssertionError:
                    redraws += 1
            else:
                raise SystemExit(f"document {i} failed its gates 200 times")
            d.pop("known_word", None)
            docs.append(d)
            used.update(u)
            i += 1
    return docs, {"shapes_used": sorted(used), "redraws": redraws}


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed file differs from regeneration")
    ap.add_argument("--stats", action="store_true", help="print counts per label and the shapes used")
    a = ap.parse_args(argv)
    docs, info = generate()
    text = render(docs)
    if a.stats:
        from collections import Counter

        labels = Counter(i["label"] for d in docs for i in d["pii"])
        print(dict(sorted(labels.items())), sum(labels.values()))
        print("known docs:", sum("known" in d for d in docs), "keep:", sum(len(d["keep"]) for d in docs))
        print("shapes used:", len(info["shapes_used"]), "of", len(SHAPES), "redraws:", info["redraws"])
        return 0
    if a.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.name} differs from regeneration", file=sys.stderr)
            return 1
        print(f"{OUT.name}: {len(docs)} documents, identical to regeneration")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
