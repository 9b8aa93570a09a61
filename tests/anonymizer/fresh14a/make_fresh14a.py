"""Generate the blind corpus fresh14a: a mediator's own notes in the portal (conversation logs, agreements, to-do lines,
hand-over notes), written by ten mediators with their own habits.

Standard library only. Every document passes ``gate()``; a failing document is redrawn from its own seeded stream.

    python tests/anonymizer/fresh14a/make_fresh14a.py           # write fresh14a_texts.jsonl
    python tests/anonymizer/fresh14a/make_fresh14a.py --check   # exit 1 when the committed file differs
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh14a_texts.jsonl"
SEED = 20261221
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
NL_PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def _load_score():
    path = HERE.parent / "corpora" / "score.py"
    spec = importlib.util.spec_from_file_location("fresh14a_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _load_score()

# ---------------------------------------------------------------------------------------------------------------
# Names: per origin group first names (m, f), surname parts (prefixes x suffixes, composed), a few particles.
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Origin:
    key: str
    m: list[str]
    f: list[str]
    pre: list[str]
    suf: list[str]
    particles: list[str] = field(default_factory=list)
    p_particle: float = 0.0
    joiner: str = ""
    country: str = "Spanje"
    cc: str = "+34"
    gendered: dict[str, str] = field(default_factory=dict)  # male suffix -> female suffix
    fixed: list[str] = field(default_factory=list)  # a few ordinary surnames of the group
    p_fixed: float = 0.15


def _og(key, m, f, pre, suf, **kw) -> Origin:
    return Origin(key, m.split(), f.split(), pre.split(), suf.split(), **kw)


ORIGINS = [
    _og(
        "nederlands",
        "Joris Bram Gerrit Hendrik Wouter Teun Koen Ruud Maarten Thijs Gijs Arend Rutger Evert Willem",
        "Annelies Marieke Ineke Lieke Mirjam Hennie Gerda Willemijn Tineke Margriet Janneke Anouk Ilse Hester",
        "Hoog Berk Wester Klaver Ruis Bunnik Eik Holt Voor Zand Brink Kamp Mos Elsen Hulst Esch Over Bree Haver Gort",
        "huis kamp veld man ink hof beek horst dijk broek meijer berg bosch kate stege wijk loo",
        particles=["van", "van de", "van der", "van den", "de", "ter", "ten", "van 't", "in 't", "op de"],
        p_particle=0.45,
        fixed=["Smit", "de Wit", "Visser", "Koning", "Prins", "de Jong", "Vos", "Bakker"],
        p_fixed=0.25,
    ),
    _og(
        "fries",
        "Sjoerd Wytse Jelmer Hylke Tsjerk Auke Douwe Jappie",
        "Sytske Baukje Froukje Aukje Jildou Tjitske Wietske Hiske",
        "Wier Hoek Dijk Bouw Sieb Hett Jell Tjal Rinn Wijb Zijl Reit Hinn Feik",
        "stra sma ema inga enga ga senga",
        country="Spanje",
    ),
    _og(
        "zuidelijk",
        "Sjef Harrie Twan Luuk Huub Ties Jos Bèr Sjra",
        "Mieke Ine Loes Mia Sjan Noëlle Truus Jet",
        "Hou Lem Smee Gei Bro Schreu Kuij Roe Pee Hab Wijn Mer",
        "ben mens nen drickx ets hoeven len ders ters kx rmans",
        country="België",
        cc="+32",
    ),
    _og(
        "vlaams",
        "Pieter-Jan Wannes Jef Lander Stijn Dries Jonas",
        "Griet Lien Els Katrien Leen Ilse Veerle",
        "Vande Vanden Ver Wou Claes Bra Goe Van",
        "velde putte ghem straete meulen aert beke brouck kerckhove linden casteele",
        country="België",
        cc="+32",
    ),
    _og(
        "marokkaans",
        "Youssef Mohamed Bilal Said Hamza Soufiane Adil Othman Redouan Tarik",
        "Nadia Samira Khadija Fatiha Houda Loubna Siham Ikram Zineb Hafsa",
        "Khatt Hamd Mour Kadd Bakk Yac All Ouar Harr Mess Tahr Zerou Ghal Amr",
        "abi aoui ouri ali ouchi ani oudi iti ati",
        particles=["El", "Ben", "Ait", "Bou"],
        p_particle=0.5,
        joiner="",
        country="Marokko",
        cc="+212",
    ),
    _og(
        "turks",
        "Mehmet Emre Burak Kemal Murat Oğuz Serkan Yiğit Hakan Ercan Çağlar",
        "Ayşe Elif Gülşen Şeyma Zeynep Derya Hülya Aynur Songül Büşra Özlem",
        "Kara Ak Yıl Öz Demir Kal Şen Ay Gün Tek Er Gök Sarı",
        "taş kaya dağ soy türk gül han can oğlu yıldız bulut pınar",
        country="Turkije",
        cc="+90",
    ),
    _og(
        "koerdisch",
        "Hawre Baran Rebin Dilshad Shivan Soran",
        "Shirin Rojda Berfin Zilan Nazdar Avin",
        "Hawr Barz Zeb Dosk Mirz Talab Sind Bot Goran",
        "ami ani ayi ari",
        country="Irak",
        cc="+964",
    ),
    _og(
        "hindoestaans",
        "Rajesh Anand Dinesh Ravi Sunil Kishan Navin Prem",
        "Anita Sunita Reshma Shanti Priya Kavita Radha Sarita",
        "Ram Jag Sew Bis Man Mahab Chot Dhar Bhol Lach",
        "din persad sing lal dajal baran kan radj mohan",
        country="Suriname",
        cc="+597",
    ),
    _og(
        "creools",
        "Errol Romeo Ricardo Clifton Dwight Marciano Rinaldo",
        "Marcia Jozefien Gracia Shanice Cheryl Ingrid Romy",
        "Wijden Doel Lie Vreed Zee Pin Sab Kaik Blu Hee Fort",
        "bosch wijt veld zaam fuik as ajo usi stein",
        country="Suriname",
        cc="+597",
    ),
    _og(
        "javaans",
        "Soekimin Karijo Wagiman Soeparman Ngadimin",
        "Sriwati Soerati Ngatini Marmi Tuminah Painem",
        "Kasan Sastro Karso Setro Pawiro Wongso Djojo",
        "dikromo wirjo redjo moesdiran dimedjo inangun semito",
        country="Suriname",
        cc="+597",
    ),
    _og(
        "antilliaans",
        "Jurgen Giandro Ruthmilo Shurandy Sherwin Ronchi",
        "Shudaira Ruthsela Gisette Jahaira Quisaida Naomi",
        "Mar Win Ros Sta Koei Fran Cor Dom Gir",
        "tis klaar aria tia sisca ina acao aldo",
        country="Curaçao",
        cc="+599 9",
    ),
    _og(
        "moluks",
        "Johny Semuel Ferdinand Izaak Welhelmus Octavianus",
        "Nona Wilhelmina Jacoba Etha Cornelia Bernadetha",
        "Pat La Tu Sa Ma Wat Leu Sal",
        "tinama tuheru humury hetapy nuputty tilete hupessy atiwael",
        country="Indonesië",
        cc="+62",
    ),
    _og(
        "chinees",
        "Wei Jun Hao Zhiwei Jianhua Yong",
        "Xiaoling Meiling Jiahui Yan Lihua Shu",
        "",
        "",
        fixed=["Chen", "Wong", "Lin", "Zhou", "Cheung", "Tang", "Lau", "Kwok", "Yeung", "Chan", "Zheng"],
        p_fixed=1.0,
        country="China",
        cc="+86",
    ),
    _og(
        "vietnamees",
        "Văn_Minh Quốc_Bảo Đức_Anh Thanh_Tùng Hoàng",
        "Thị_Hồng Ngọc_Ánh Thu_Trang Thị_Mai Phương",
        "",
        "",
        fixed=["Nguyễn", "Trần", "Phạm", "Đặng", "Võ", "Huỳnh", "Bùi", "Đỗ", "Hồ", "Nguyen", "Tran"],
        p_fixed=1.0,
        country="Vietnam",
        cc="+84",
    ),
    _og(
        "pools",
        "Krzysztof Tomasz Paweł Łukasz Grzegorz Wojciech Marek",
        "Agnieszka Joanna Ewelina Dorota Beata Kinga Jadwiga",
        "Wiśn Grab Kowal Lewand Dąbr Mazur Szyman Wróbl Kamin Jank Zawadz Sobcz",
        "owski ski ewski",
        gendered={"owski": "owska", "ski": "ska", "ewski": "ewska"},
        country="Polen",
        cc="+48",
    ),
    _og(
        "roemeens",
        "Andrei Mihai Ionuț Florin Cătălin Sorin",
        "Ioana Mihaela Andreea Roxana Elena Loredana",
        "Drago Stăn Rad Mare Ghe Constan Vasil Dumitr Băl Tud",
        "escu eanu ache oiu aru",
        country="Roemenië",
        cc="+40",
    ),
    _og(
        "bulgaars",
        "Georgi Dimitar Stoyan Ivaylo Plamen",
        "Desislava Tsvetelina Radka Milena Yordanka",
        "Petr Todor Angel Hrist Kost Zhel Nedelch Vas",
        "ov ev",
        gendered={"ov": "ova", "ev": "eva"},
        country="Bulgarije",
        cc="+359",
    ),
    _og(
        "oekraiens",
        "Oleksandr Dmytro Bohdan Taras Serhiy Andriy",
        "Oksana Kateryna Nataliya Yulia Olha Halyna",
        "Kovalen Shevch Bondar Tkach Kravch Melnych Polishch Hryts Savch",
        "enko uk chuk yshyn",
        country="Oekraïne",
        cc="+380",
    ),
    _og(
        "syrisch",
        "Ammar Firas Ghaith Rami Mazen Wassim",
        "Rasha Lina Hala Rana Dima Ghalia",
        "Al-Hamw Al-Halab Al-Homs Al-Idl Al-Raqq Al-Tart Sabb Najj Qass Shaab",
        "i agh ar an",
        country="Libanon",
        cc="+961",
    ),
    _og(
        "eritrees",
        "Tesfay Yonas Merhawi Filmon Habtom Samuel",
        "Senait Selam Mebrat Saba Freweyni Luwam",
        "Tesfa Ghebre Haile Tekle Berhane Kidane Wolde",
        "mariam hiwet mikael giorgis selassie yesus tsion",
        country="Eritrea",
        cc="+291",
    ),
    _og(
        "somalisch",
        "Abdirahman Mahad Liban Guled Abdiweli Sakariye",
        "Hodan Faadumo Sahra Ifrah Nasra Khadra",
        "Cabdi Maxa Cali Jaa Faa Xir Cil Guu",
        "qaadir med rax mac nuur si le",
        country="Somalië",
        cc="+252",
    ),
    _og(
        "afghaans",
        "Farid Jawad Mirwais Nasir Shafiq Hamid",
        "Farzana Mariam Parwana Zarghona Nilofar Fereshta",
        "Ahmad Noor Safi Stanik Haqq Sult Rah Karim Popal Wardak",
        "zai yar khel zada",
        country="Afghanistan",
        cc="+93",
    ),
    _og(
        "iraans",
        "Reza Arash Kourosh Babak Dariush Omid",
        "Maryam Parisa Niloufar Azadeh Roya Shabnam",
        "Rezaei Hossein Tehran Ahmadi Jafar Kazem Nazar Sadegh Mir",
        "pour zadeh nejad ian far",
        country="Iran",
        cc="+98",
    ),
    _og(
        "ghanees",
        "Kwame Kofi Yaw Kwabena Kwaku Fiifi",
        "Akosua Ama Abena Efua Adwoa Akua",
        "Men Owu Asan Boat Ofo Agye Opo Bon Daa",
        "sah su te eng ri man ku tey kwa",
        country="Ghana",
        cc="+233",
    ),
    _og(
        "nigeriaans",
        "Chinedu Oluwaseun Emeka Tunde Obinna Ifeanyi",
        "Ngozi Adaeze Funmilayo Chiamaka Yetunde Bisola",
        "Ade Oke Olu Chukwu Nwa Oko Obi Ola",
        "yemi bayo tunji ke nkwo agwu ora dele",
        country="Nigeria",
        cc="+234",
    ),
    _og(
        "kaapverdisch",
        "Nelson Adilson Edson Djalma Ivanildo",
        "Dulce Nilda Jandira Ivone Lúcia",
        "Tava Fort Monte Seme Vare Furt Rodri",
        "res es iro do la ado gues",
        particles=["da", "dos", "de"],
        p_particle=0.3,
        country="Kaapverdië",
        cc="+238",
    ),
    _og(
        "portugees",
        "João Tiago Rodrigo Luís Gonçalo",
        "Inês Beatriz Leonor Mariana Conceição",
        "Gonç Fern Mart Alv Ferr Sant Mag Carv",
        "alves andes ins eira alhães alho",
        particles=["dos", "da"],
        p_particle=0.25,
        country="Portugal",
        cc="+351",
    ),
    _og(
        "spaans",
        "Alejandro Javier Sergio Álvaro Iñigo",
        "Lucía Carmen Nuria Pilar Begoña",
        "Fern Sánch Jimén Rodríg Hern Gonz Ram Ord Benít",
        "ández ez írez óñez",
        country="Spanje",
        cc="+34",
    ),
    _og(
        "italiaans",
        "Giuseppe Marco Luca Salvatore Davide",
        "Giulia Francesca Chiara Rosaria Alessia",
        "Bran Espo Ferr Ross Gall Cont Lomb Ricc Vitt Scar",
        "cato sito elli ini etti one ucci ardi iello",
        particles=["Di", "De", "Lo"],
        p_particle=0.2,
        country="Italië",
        cc="+39",
    ),
    _og(
        "duits",
        "Jürgen Matthias Lukas Florian Dieter",
        "Ulrike Anke Birgit Kerstin Heike",
        "Schnei Hoff Wagn Beck Bau Kell Zimm Hart Schwarz Rein",
        "mann er bauer hofer meier inger haus",
        particles=["von"],
        p_particle=0.15,
        country="Duitsland",
        cc="+49",
    ),
    _og(
        "indiaas",
        "Venkat Srinivas Arjun Karthik Vikram Pranav",
        "Lakshmi Deepa Ananya Kavya Sowmya",
        "Sri Krishna Venkata Subra Rama Ragha Bala Nara",
        "nivasan murthy raman manian swamy van yanan",
        country="India",
        cc="+91",
    ),
    _og(
        "brits-iers",
        "Liam Callum Declan Oliver Niall",
        "Siobhán Fiona Imogen Aoife Harriet",
        "O'Sulliv O'Conn Mc Ash Whit Brad Hol",
        "an or Carthy Kenna worth field combe ley",
        country="Ierland",
        cc="+353",
    ),
    _og(
        "grieks",
        "Giorgos Nikos Dimitris Kostas Stavros",
        "Eleni Katerina Sofia Despina Vasiliki",
        "Papa Konstanti Georgi Niko Chrysto Vasi Athana",
        "dopoulos dakis nidis laou kos",
        country="Griekenland",
        cc="+30",
    ),
    _og(
        "hongaars",
        "László Zoltán Gábor Bence Tamás",
        "Zsófia Erzsébet Katalin Réka Ildikó",
        "Szent Fehér Kis Balog Vár Kovács Bod",
        "falvi györgyi hegyi völgyi házi",
        country="Hongarije",
        cc="+36",
    ),
    _og(
        "filipijns",
        "Rommel Jerome Arnel Jayson Reynaldo",
        "Maricel Rowena Jocelyn Marites Analyn",
        "Maca Dima Pangi Mana Lacsa Tolen Bala",
        "raeg culangan linan lo mana tino oy",
        particles=["dela"],
        p_particle=0.2,
        country="Filipijnen",
        cc="+63",
    ),
    _og(
        "tamil",
        "Sivakumar Tharshan Prasanth Kajan Nirojan",
        "Thusyanthy Kavitha Nirosha Sangeetha Mathumitha",
        "Siva Thar Kana Jega Yoga Param Nava Suntha",
        "kumar malingam lingam nathan rajah sothy ratnam",
        country="Sri Lanka",
        cc="+94",
    ),
    _og(
        "pakistaans",
        "Imran Usman Faisal Zeeshan Kamran",
        "Ayesha Sana Mehwish Hina Rabia",
        "Qur Chaud Sidd Mirz Haid Awa Bhatt",
        "eshi hry iqui a ari an i",
        country="Pakistan",
        cc="+92",
    ),
    _og(
        "ethiopisch",
        "Dawit Tewodros Yared Biniam Henok",
        "Meron Tigist Hirut Mekdes Tsion",
        "Tade Beke Ale Menge Asfa Dere Gir",
        "sse le mu stu w je ma",
        country="Ethiopië",
        cc="+251",
    ),
]
ORIGIN = {o.key: o for o in ORIGINS}

NICKS = {
    "Mohamed": "Mo",
    "Hendrik": "Henk",
    "Gerrit": "Gert",
    "Abdirahman": "Abdi",
    "Krzysztof": "Krzysiek",
    "Oleksandr": "Sasha",
    "Kwabena": "Kobby",
    "Giuseppe": "Peppe",
    "Oluwaseun": "Seun",
    "Sivakumar": "Siva",
    "Funmilayo": "Funmi",
    "Khadija": "Dija",
    "Willemijn": "Mijn",
    "Margriet": "Grietje",
    "Tesfay": "Tesfo",
    "Soekimin": "Kimin",
    "Ruthmilo": "Milo",
    "Alejandro": "Álex",
    "Wilhelmina": "Mien",
    "Cornelia": "Corrie",
    "Jacoba": "Coby",
    "Annelies": "Lies",
    "Tsvetelina": "Tsveti",
    "Ioana": "Ioni",
    "Dariush": "Dari",
    "Mariana": "Mari",
    "Marciano": "Chano",
    "Kateryna": "Katya",
    "Hennie": "Hen",
    "Salvatore": "Toto",
}

# Surnames or first names that are Dutch words, with a line using the word in its ordinary sense (mid-sentence, lower
# case). "first" marks a first name; the others are surnames (optional particle first, e.g. "de|haan").
KNOWN = [
    ("post", "sur", "Ook de {post} van vorige week is volgens <R.him> nooit aangekomen."),
    ("bakker", "sur", "<R.He> werkt 's nachts bij een {bakker} in het centrum."),
    ("visser", "sur", "<R.His> vader was {visser} op de Noordzee."),
    ("koster", "sur", "Sleutel van het buurthuis ligt bij de {koster} van de kerk."),
    ("kok", "sur", "<R.He> werkt als {kok} in een verpleeghuis en heeft wisselende diensten."),
    ("brouwer", "sur", "Naast de woning huurt een {brouwer} de loods; de ketels brommen 's nachts."),
    ("schipper", "sur", "Als {schipper} is <R.he> vaak weken van huis."),
    ("timmerman", "sur", "De {timmerman} van de corporatie komt donderdag kijken."),
    ("boer", "sur", "Een {boer} achter de wijk bemest tot vlak bij de tuinen."),
    ("de|haan", "sur", "De {haan} van de buren kraait elke ochtend om vijf uur."),
    ("de|vos", "sur", "Er loopt 's nachts een {vos} door de tuinen."),
    ("zwaan", "sur", "Een {zwaan} broedt op het fietspad, daarom is de route afgezet."),
    ("van der|hoek", "sur", "De lantaarnpaal op de {hoek} is al weken kapot."),
    ("brug", "sur", "Sinds de {brug} dicht is, moet <R.he> twintig minuten omrijden."),
    ("steen", "sur", "Een losse {steen} in het trottoir was de oorzaak van de val."),
    ("groen", "sur", "Het {groen} achter de flat wordt niet meer gemaaid."),
    ("de|wit", "sur", "De muren van de slaapkamer zijn {wit} uitgeslagen."),
    ("zwart", "sur", "De voegen in de badkamer zien {zwart} van de schimmel."),
    ("klein", "sur", "De woning is te {klein} voor vijf personen."),
    ("de|groot", "sur", "Het tekort is te {groot} om zelf op te lossen."),
    ("de|jong", "sur", "De kinderen zijn nog te {jong} om alleen naar school te fietsen."),
    ("winter", "sur", "Afgelopen {winter} deed de verwarming het drie weken niet."),
    ("bloem", "sur", "In de gemeenschappelijke tuin staat geen {bloem} meer."),
    ("roos", "first", "In de voortuin staat een {roos} die over het pad groeit."),
    ("van het|veld", "sur", "Het {veld} achter de school staat na elke bui blank."),
    ("pot", "sur", "Volgens de gemeente is de {pot} voor dit jaar leeg."),
    ("kist", "sur", "Alle papieren zitten in een {kist} op zolder."),
    ("baas", "sur", "<R.His> {baas} bij de schoonmaak wil een verklaring van de gemeente."),
    ("plas", "sur", "In de hal staat na elke regenbui een {plas} water."),
    ("kooi", "sur", "De {kooi} met konijnen van de buren staat tegen de schutting."),
    ("van der|wal", "sur", "De woonboot ligt zonder vergunning aan de {wal}."),
    ("lam", "sur", "Sinds de beroerte is <R.his> linkerarm half {lam}."),
    ("van|dam", "sur", "De {dam} naar het achterpad is weggespoeld."),
    ("bal", "sur", "Kinderen trappen de hele middag een {bal} tegen de gevel."),
    ("tas", "sur", "<R.He> nam een {tas} vol brieven mee naar het gesprek."),
    ("ram", "sur", "Volgens de buren is de {ram} van de kinderboerderij weer ontsnapt."),
    ("man", "sur", "De {man} van de woningbouw kwam niet opdagen."),
    ("merel", "first", "Er nestelt een {merel} in de kapotte dakgoot."),
    ("fleur", "first", "Sinds het ontslag is de {fleur} eraf, zegt <R.he> zelf."),
    ("jasmijn", "first", "De {jasmijn} tegen de schutting moet weg van de verhuurder."),
    ("linde", "first", "De {linde} voor het huis wordt gekapt; daar gaat het bezwaar over."),
    ("bas", "first", "De {bas} van de buren dreunt tot diep in de nacht door."),
    ("wolf", "first", "Vorige maand is er een {wolf} gezien bij de schapenweide."),
    ("storm", "first", "Sinds de {storm} lekt het dak bij de dakkapel."),
    ("van den|berg", "sur", "Er ligt een {berg} grofvuil naast de container."),
    ("van der|beek", "sur", "De {beek} achter het huis trad in maart buiten haar oevers."),
    ("van den|bos", "sur", "Het {bos} achter de wijk wordt deels gekapt."),
    ("van|dijk", "sur", "De woning ligt direct aan de {dijk}."),
    ("kerk", "sur", "De klok van de {kerk} slaat elk kwartier, ook 's nachts."),
    ("molen", "sur", "De {molen} in de wijk draait alleen op zaterdag."),
    ("vogel", "sur", "Een dode {vogel} ligt al dagen in de goot."),
    ("pauw", "sur", "Een {pauw} van de kinderboerderij loopt door de straat."),
    ("kraai", "sur", "Een {kraai} pikt elke nacht de vuilniszakken open."),
    ("spijker", "sur", "Er zat een {spijker} in de band van de scootmobiel."),
    ("hamer", "sur", "<R.He> sloeg met een {hamer} het slot open toen de sleutel kwijt was."),
    ("ploeg", "sur", "De {ploeg} van de groendienst kwam niet opdagen."),
    ("haas", "sur", "In de volkstuin zit een {haas} die alles opeet."),
    ("das", "sur", "Een {das} graaft gangen onder het pad."),
]
KNOWN_ORIGIN = {
    "lam": "chinees",
    "man": "chinees",
    "kok": "chinees",
    "bal": "turks",
    "tas": "turks",
    "ram": "hindoestaans",
}

# ---------------------------------------------------------------------------------------------------------------
# Places, organisations, topics, roles
# ---------------------------------------------------------------------------------------------------------------

TOWNS = (
    "Deventer Apeldoorn Zwolle Enschede Almelo Hengelo Leeuwarden Assen Emmen Zutphen Doetinchem Arnhem Nijmegen "
    "Tilburg Breda Venlo Roermond Sittard Alkmaar Hoorn Purmerend Gouda Leiden Delft Vlaardingen Zoetermeer "
    "Amersfoort Hilversum Kampen Harderwijk Meppel Hoogeveen Oss Helmond Terneuzen Middelburg"
).split()
STREET_ROOTS = (
    "Kievit Hazelaar Meidoorn Ooievaar Zilverschoon Ganzerik Wederik Pijlkruid Lisdodde Beemd Kamille Rietgans "
    "Tureluur Kluut Grutto Watersnip Klaproos Boterbloem Korenaar Smeerwortel Veldkers Distel Hop Walnoot Mispel "
    "Kornoelje Vlier Zwaluw Roerdomp Pimpernel Weegbree Dotter Brem Berberis Koekoek Hoenderik Spoorzicht "
    "Molenvliet Schutterij Lindenhorst Oude Wetering Emmaus Sint-Joris Cronjé Multatuli Buitenwerf Ravelijn"
).split()
STREET_SUFFIX_DE = "straat laan weg gracht kade singel dreef steeg akker wal dijk ring baan hage gaarde".split()
STREET_SUFFIX_HET = "plein pad hof erf veld park plantsoen".split()
STREET_WHOLE = [
    ("de", "Lange Voort"),
    ("het", "Achterom"),
    ("de", "Kolk"),
    ("de", "Oude Haven"),
    ("het", "Zandpad"),
    ("de", "Wemenstede"),
    ("het", "Hooghuis"),
    ("de", "Scheperskamp"),
]

ORGS = [
    "Woonstichting De Veste",
    "Stadsbank Oost",
    "Humanitas",
    "Vluchtelingenwerk",
    "MEE",
    "Leger des Heils",
    "Voedselbank",
    "Welzijn Centraal",
    "Jeugdzorg Oost",
    "de Kredietbank",
]

TOPICS = [
    ("de {kwijtschelding} van de {afvalstoffenheffing}", "Belastingen", "{kwijtschelding}", "{Invorderingswet}"),
    ("een {traplift}", "Wmo-loket", "{maatwerkvoorziening}", "{Wmo 2015}"),
    ("de {gehandicaptenparkeerkaart}", "Parkeerbeheer", "{parkeervergunning}", "{Wegenverkeerswet}"),
    ("{bijzondere bijstand} voor een {wasmachine}", "Werk en Inkomen", "{bijzondere bijstand}", "{Participatiewet}"),
    (
        "{beslag} op de {toeslagen}",
        "Schuldhulpverlening",
        "{beslagvrije voet}",
        "{Wet gemeentelijke schuldhulpverlening}",
    ),
    ("{geluidsoverlast} van een {shishalounge}", "Handhaving", "{exploitatievergunning}", "{APV}"),
    ("de {kapvergunning} voor twee {essen}", "Vergunningen", "{omgevingsvergunning}", "{Omgevingswet}"),
    ("een {thuiszitter} zonder passende school", "Leerplicht", "{vrijstelling}", "{Leerplichtwet}"),
    ("de {huishoudelijke ondersteuning} die is gehalveerd", "Wmo-loket", "{indicatie}", "{Wmo 2015}"),
    ("een {briefadres} na de scheiding", "Burgerzaken", "{inschrijving}", "{Wet BRP}"),
    ("{grofvuil} dat niet wordt opgehaald", "Stadsbeheer", "{afvalpas}", "{afvalstoffenverordening}"),
    ("{schimmel} in de huurwoning", "Wonen", "{huurverlaging}", "{Huurcommissie}"),
    ("de {wachtlijst} voor {jeugdhulp}", "Jeugd", "{pgb}", "{Jeugdwet}"),
    ("een {terugvordering} van {bijstand}", "Werk en Inkomen", "{terugvordering}", "{Participatiewet}"),
    ("de {energietoeslag} die niet is uitbetaald", "Werk en Inkomen", "{energietoeslag}", "{Participatiewet}"),
    ("de {Stadspas} die is geweigerd", "Werk en Inkomen", "{minimaregeling}", "{Participatiewet}"),
    ("de verplaatste {bushalte}", "Verkeer", "{verkeersbesluit}", "{Wegenverkeerswet}"),
    ("een {last onder dwangsom} voor een {tuinhuis}", "Handhaving", "{handhavingsverzoek}", "{Awb}"),
    ("de {inburgering} en het {taalniveau}", "Inburgering", "{leerroute}", "{Wet inburgering}"),
    ("{grafrechten} die zonder bericht zijn verlopen", "Begraafplaatsen", "{grafruiming}", "{Wet op de lijkbezorging}"),
    ("een {adresonderzoek} na een anonieme tip", "Handhaving", "{uitschrijving}", "{Wet BRP}"),
]
ROLES = [
    ("wijkconsulent", "Wijkteam"),
    ("handhaver", "Handhaving"),
    ("consulent Wmo", "Wmo-loket"),
    ("woonconsulent", "Wonen"),
    ("klantmanager", "Werk en Inkomen"),
    ("schuldhulpverlener", "Schuldhulpverlening"),
    ("teamleider", "Stadsbeheer"),
    ("jurist", "Bezwaar en Beroep"),
    ("boa", "Handhaving"),
    ("leerplichtambtenaar", "Leerplicht"),
    ("inkomensconsulent", "Werk en Inkomen"),
    ("casemanager", "Sociaal Team"),
    ("klachtencoördinator", "Concernstaf"),
    ("behandelaar", "Bezwaar en Beroep"),
    ("medewerker", "Burgerzaken"),
    ("beleidsadviseur", "Belastingen"),
]
CHANNELS = ["telefoon", "balie", "huisbezoek", "e-mail", "WhatsApp", "spreekuur", "Teams"]
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
MON3 = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
WEEKDAYS = "maandag dinsdag woensdag donderdag vrijdag".split()
WD2 = "ma di wo do vr".split()
FAM_F = ["dochter", "zus", "moeder", "schoondochter", "nicht", "kleindochter", "tante"]
FAM_M = ["zoon", "broer", "vader", "schoonzoon", "neef", "kleinzoon", "oom"]
CHILD = {"dochter", "zoon", "kleindochter", "kleinzoon"}
CONSONANTS = "BDFGHJKLNPRSTVXZ"
BANKS = ["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"]
MAIL_HOSTS = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "icloud.com", "planet.nl"]
AREA = ["020", "010", "070", "030", "040", "050", "053", "055", "058", "038", "024", "026", "043", "076"]
AREA4 = ["0570", "0591", "0523", "0172", "0318", "0548", "0546", "0575", "0314", "0492"]

# ---------------------------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------------------------


def _ascii(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def lower(s: str) -> str:
    return s.replace("İ", "i").lower()


@dataclass
class Person:
    first: str
    particle: str
    surname: str
    g: str
    origin: str
    nick: str = ""
    rel: str = ""
    role: str = ""
    dept: str = ""
    extra_init: str = ""
    ids: dict = field(default_factory=dict)

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.first, self.particle, self.surname) if x)

    def sur(self, cap: bool = True) -> str:
        if not self.particle:
            return self.surname
        p = self.particle
        if cap and p.split()[0] in NL_PARTICLES:
            p = p[0].upper() + p[1:]
        return f"{p} {self.surname}"

    @property
    def initials(self) -> str:
        parts = re.split(r"[\s\-]+", self.first)
        return "".join(x[0].upper() + "." for x in parts if x) + self.extra_init

    @property
    def init(self) -> str:
        return " ".join(x for x in (self.initials, self.particle, self.surname) if x)

    @property
    def initc(self) -> str:
        """Compact initials as a sign-off: FvO, RS, JvdM."""
        letters = [x[0].upper() for x in re.split(r"[\s\-]+", self.first) if x]
        parts = "".join(w[0] for w in self.particle.split()) if self.particle else ""
        return "".join(letters) + parts + self.surname[0].upper()


def make_first(r: random.Random, o: Origin, g: str) -> str:
    return r.choice(o.f if g == "f" else o.m).replace("_", " ")


def make_surname(r: random.Random, o: Origin, g: str) -> tuple[str, str]:
    if o.fixed and r.random() < o.p_fixed:
        s = r.choice(o.fixed)
        if " " in s and s.split()[0] in NL_PARTICLES:
            p, s = s.rsplit(" ", 1)
            return p, s
        return "", s
    pre, suf = r.choice(o.pre), r.choice(o.suf)
    if g == "f" and suf in o.gendered:
        suf = o.gendered[suf]
    if pre in ("O'Sulliv", "O'Conn") and suf not in ("an", "or"):
        suf = "an" if pre == "O'Sulliv" else "or"
    if pre == "Mc" and suf not in ("Carthy", "Kenna"):
        suf = r.choice(["Carthy", "Kenna"])
    if suf in ("Carthy", "Kenna") and pre != "Mc":
        suf = "ley"
    if pre.startswith("Al-"):
        suf = "i"
    elif o.key == "syrisch":
        suf = r.choice(["agh", "ar", "an"])
    if pre.endswith(suf[:1]) and len(suf) > 1:
        suf = suf[1:] if suf[1] not in "aeiou" or len(suf) > 2 else suf
    s = pre + suf
    particle = ""
    if o.particles and r.random() < o.p_particle:
        particle = r.choice(o.particles)
        if o.key == "marokkaans":
            s = s[0].upper() + s[1:]
    return particle, s


def make_person(r: random.Random, origin: str | None = None, g: str | None = None) -> Person:
    o = ORIGIN[origin] if origin else r.choice(ORIGINS)
    g = g or r.choice("fm")
    first = make_first(r, o, g)
    particle, sur = make_surname(r, o, g)
    p = Person(first, particle, sur, g, o.key)
    if r.random() < 0.12:  # married name, double-barrelled
        o2 = r.choice(ORIGINS)
        p2, s2 = make_surname(r, o2, g)
        sur2 = f"{p2} {s2}" if p2 else s2
        p.surname = f"{p.surname}-{sur2}"
    p.nick = NICKS.get(first, "")
    if r.random() < 0.3:
        p.extra_init = r.choice("ABCDEFGHJKLMNPRSTW") + "."
    return p


MEDIATORS = [
    # key, first, particle, surname, g, origin
    ("formeel", "Femke", "", "Olde Hampsink", "f"),
    ("kortaf", "Rachid", "", "Ouazzani-Boerhave", "m"),
    ("kleine letters", "Jildou", "", "Wybenga", "f"),
    ("overdracht", "Nazira", "", "Sultanzai", "f"),
    ("hoofdletters", "Sven", "", "Lammerdink", "m"),
    ("tijdlijn", "Mireille", "", "Kasandikromo", "f"),
    ("tabel", "Bohdan", "", "Kravchyshyn", "m"),
    ("initialen", "Sabine", "", "Pattiwael", "f"),
    ("ik-verhaal", "Koen", "", "Vandekerckhove", "m"),
    ("vragen", "Adwoa", "", "Ofori-Mensink", "f"),
]


@dataclass
class Persona:
    key: str
    me: Person
    abbr: bool
    titles: tuple[str, str] | None
    lower: bool
    bullet: str
    dates: str
    header: list[str]
    footer: list[str]
    timeline: bool = False
    capsur_cap_particle: bool = True


def _personas() -> list[Persona]:
    me = {k: Person(f, p, s, g, "bemiddelaar") for k, f, p, s, g in MEDIATORS}
    return [
        Persona(
            "formeel",
            me["formeel"],
            False,
            ("mevrouw", "de heer"),
            False,
            "- ",
            "long",
            [
                "{Gespreksverslag} <DATE>, <TIME>\n{Onderwerp}: <ISSUE>\n{Zaak}: <CASE>",
                "{Gespreksverslag} <CHANNEL> <DATE>\n{Betreft}: <R.tfull>, <ISSUE>",
            ],
            ["{Opgesteld} door <M.full>, {bemiddelaar}", "<M.full>\n{bemiddelaar} {gemeente} <TOWN>"],
        ),
        Persona(
            "kortaf",
            me["kortaf"],
            True,
            ("mw.", "dhr."),
            False,
            "- ",
            "dm",
            ["<DATE> | zaaknr. <CASE> | <R.init>", "<DATE> [tel.|telefonisch] <R.tsur> (<CHANNEL>)"],
            ["/<M.initc>", "-- <M.initc>"],
        ),
        Persona(
            "kleine letters",
            me["kleine letters"],
            True,
            None,
            True,
            "- ",
            "slash",
            ["notitie <DATE> <R.first>", "{todo} en verslag <DATE>"],
            ["- <M.first>", "(<M.first>)"],
        ),
        Persona(
            "overdracht",
            me["overdracht"],
            False,
            ("mevr.", "meneer"),
            False,
            "• ",
            "long",
            ["{Overdracht} <R.capsur> – van <M.first> aan <C.first>", "{Overdracht} aan <C.full> (<DATE>)"],
            ["{Groet}, <M.first>", "{Succes}! <M.first>"],
        ),
        Persona(
            "hoofdletters",
            me["hoofdletters"],
            True,
            ("Mw.", "Dhr."),
            False,
            "> ",
            "dotted",
            [
                "{HUISBEZOEK} <DATE> — <R.capsur>, <R.initials> — <STREET:R>",
                "{GESPREK} <R.capsfull> / <CASE>",
            ],
            ["<M.first> <M.sur>", "{BEMIDDELING} <TOWN> – <M.first>"],
        ),
        Persona(
            "tijdlijn",
            me["tijdlijn"],
            True,
            ("mw", "hr"),
            False,
            "",
            "wd",
            ["[<DATE>] <R.full>", "[<DATE>] zaak <CASE>"],
            ["(<M.init>)", "(<M.initc>)"],
            timeline=True,
        ),
        Persona(
            "tabel",
            me["tabel"],
            False,
            ("mevrouw", "meneer"),
            False,
            "| ",
            "iso",
            ["{Dossier} <CASE> | {bewoner}: <R.tinit> | {thema}: <ISSUE>", "{Dossier} <CASE> | <R.tfull>"],
            ["— <M.full>", "{bemiddelaar}: <M.full>"],
        ),
        Persona(
            "initialen",
            me["initialen"],
            True,
            ("mw.", "dhr."),
            False,
            "- ",
            "dmy",
            ["{Verslag} contact d.d. <DATE>, ons kenmerk <CASE>", "{Verslag} d.d. <DATE> inz. <R.tinit>"],
            ["m.vr.gr.\n<M.init>\n{bemiddelaar} <TOWN>", "<M.init>, {bemiddelaar}"],
        ),
        Persona(
            "ik-verhaal",
            me["ik-verhaal"],
            False,
            ("mevrouw", "meneer"),
            False,
            "",
            "long",
            ["Vandaag (<DATE>) sprak ik <R.tfull> over <ISSUE>.", "Notities bij mijn gesprek van <DATE>."],
            ["<M.first>", "<M.first> (even niet bereikbaar tot <DATE>)"],
        ),
        Persona(
            "vragen",
            me["vragen"],
            True,
            ("mevr.", "dhr."),
            False,
            "? ",
            "short",
            ["{Stand van zaken} <R.full> per <DATE>", "{Open punten} <R.capsur> (<CASE>)"],
            ["{Vragen}? Bel mij: <PHONE:M>", "<M.first> | <PHONE:M>"],
        ),
    ]


# ---------------------------------------------------------------------------------------------------------------
# Body shapes: {keep}, <ROLE.form>, <KIND:ROLE>, <KIND>, [abbreviated|written out]; "\n" starts a new line.
# Roles: R resident, F family member, N and N2 neighbours, O and P officials, C colleague mediator, M the writer,
# X ex-partner or other private person, L landlord or contact at an organisation, D doctor.
# ---------------------------------------------------------------------------------------------------------------

SHAPES = [
    "[Tel. gespr.|Telefoongesprek] met <R.tsur> n.a.v. <ISSUE>; <R.he> klinkt moe en wil vooral duidelijkheid.",
    "[Afspr.|Afspraak]: <O.first> (<O.role>) stuurt uiterlijk <DATE> een nieuwe {beschikking} aan <R.tsur>.",
    "[Actie|Actiepunt] <C.first>: <R.first> terugbellen op <PHONE:R>, liefst na <TIME>.",
    "Niemand thuis bij <R.tfull>; kaartje achtergelaten op <ADDR:R>.",
    "<R.first>: 'Ik heb <O.first> drie keer gemaild en nooit iets gehoord.'",
    "Heeft <O.tsur> de stukken al doorgestuurd naar <DEPT>? Navragen.",
    "Bel <O.first> van <DEPT> over de {termijn} en mail <R.tsur> daarna op <EMAIL:R>.",
    "Betrokken: <R.full>, <R.his> <F.rel> <F.first>, <N.rel> <N.sur> en <O.init> van <O.dept>.",
    "<R.poss> <K.rel> <K.first> (geb. <DOB:K>) staat niet ingeschreven op <ADDR:R>.",
    "Het {bezwaar} van <R.tsur> is door <O.tfull> afgedaan zonder {hoorzitting}.",
    "<O.full>, <O.role> bij <O.dept>, heeft de melding van <N.first> nooit doorgezet.",
    "[I.o.m.|In overleg met] <C.full> besloten de zaak aan te houden tot <DATE>.",
    "[N.a.v.|Naar aanleiding van] het huisbezoek bij fam. <R.sur>: <R.he> wil eerst met <F.first> overleggen.",
    "{BRP} gecontroleerd: BSN <BSN:R>, geboortedatum <DOB:R>.",
    "Terugbetaling loopt via rek. <IBAN:R> t.n.v. <R.init>.",
    "Boete op <PLATE:R> ({parkeerboete} <AMOUNT>) is volgens <R.first> onterecht: de kaart lag achter de voorruit.",
    "{To do}:\n<B><O.first> mailen (<EMAIL:O>)\n<B><R.sur> uitnodigen voor {keukentafelgesprek}"
    "\n<B>verslag naar <C.first>",
    "<TIME> <R.first> belt, overstuur.\n<TIME> teruggebeld.\n<TIME> <O.first> (<O.role>) gebeld: voicemail.",
    "{Wie} | {Wat} | {Wanneer}\n<O.full> | besluit op {bezwaar} | <DATE>"
    "\n<R.first> | {loonstroken} aanleveren | <DATE>",
    "Volgens <N.full> (<N.rel>, nr. <NUM>) staat de {container} al sinds <DATE> aan de straat.",
    "<R.first> zegt dat <O.first> aan de balie had beloofd dat <AMOUNT> zou worden terugbetaald.",
    "Mail van <R.full> (<EMAIL:R>) doorgestuurd naar <O.init>.",
    "<R.first> zit tot <DATE> bij familie in <COUNTRY:R>; bereikbaar via {WhatsApp} <FPHONE:R>.",
    "{Briefadres} tijdelijk: p/a <F.tfull>, <ADDR:F>, <PC:F> <TOWN>.",
    "<R.tsur> wil niet dat <O.sur> nog langskomt; <R.he> voelt zich niet serieus genomen.",
    "Gesprek met <O.role> <O.first> en <O.his> collega <P.full> van <P.dept>.",
    "<R.nick> (zo noemt de hele straat <R.first>) wil geen hulp van <ORG>.",
    "Bij <R.first> thuis <ATSTREET:R> is de {vochtplek} sinds <DATE> groter geworden.",
    "[Zaaknr.|Zaaknummer] <CASE>: {beslistermijn} verloopt <DATE>; <O.tsur> vraagt {verdaging} aan.",
    "Van <C.first> overgenomen: <R.full> (<PHONE:R>), <ISSUE>.",
    "Dit heb ik vanmiddag teruggekoppeld aan <C.full>.",
    "Ik heb <O.first> de foto's van de {lekkage} gegeven.",
    "<C.first> heeft <R.tsur> een folder over de <SCHEME> meegegeven.",
    "Toelichting <O.role> <O.full>: het inkomen van <R.first> en <F.first> samen ligt boven de {norm}.",
    "Gebeld door <O.tsur> ([tel.|telefoon] <PHONE:O>) met de vraag of <R.first> nog {bezwaar} wil maken.",
    "{Huisarts} van <R.first> (dokter <D.sur>) schrijft een {medische verklaring}.",
    "Kenteken <PLATE:R> – naheffing <CASE2> – <R.init>",
    "Voor <R.first>: aanvraag opnieuw ingediend, ontvangstbevestiging gaat naar <ADDR:R>, <PC:R> <TOWN>.",
    "<O.first> (<O.dept>) zegt toe: vóór <DATE> uitsluitsel. Haalt <O.first> dat? Betwijfel het.",
    "Met <R.first> en <F.first> doorgenomen wat <O.tsur> op <DATE> schreef.",
    "LET OP: <R.first> wil niet gebeld worden op het vaste nummer (<LAND:R>), alleen op <PHONE:R>.",
    "Stand van zaken voor <C.first>, die mij vanaf <DATE> vervangt: <R.tsur> wacht nog op <O.first>.",
    "Terugkoppeling aan <R.tfull> per brief: <ADDR:R>, <PC:R> <TOWN>.",
    "Afgesproken dat <R.first> de {loonstroken} van <F.first> mailt naar <EMAIL:O>.",
    "<O.role> <O.full> heeft <R.tsur> op <DATE> gesproken, buiten mij om.",
    "<R.first> belde weer. Boos. <O.first> had <R.him> niet teruggebeld.",
    "Wie belt <N.tsur>? → <C.first>",
    "{Controlevraag} gesteld aan <R.tsur>: is alles besproken? 'Ja,' zegt <R.first>, 'maar graag op papier.'",
    "Ontvangen van <R.first>: {huurcontract}, {bankafschrift} (<IBAN:R>), brief van <O.init>.",
    "<R.first> en <R.his> ex, <X.full>, wonen nog samen op <ADDR:R> tot de verkoop rond is.",
    "Vraag van <O.first>: kan <R.tsur> zelf naar het {loket} komen? Nee, <R.he> heeft geen vervoer.",
    "Navraag bij <O.full> ({Burgerzaken}): <R.first> staat sinds <DATE> ingeschreven op <ADDR:R>.",
    "De buren (<N.full> en <N2.first>) klagen over de hond van <R.first>.",
    "<F.rel> <F.first> tolkt; <F.he> spreekt beter Nederlands dan <R.first>.",
    "Dossier overgedragen aan <C.full>: ik ken <R.first> privé via de voetbalclub.",
    "<R.first> vraagt wat <O.first> bedoelt met 'buiten behandeling gesteld'.",
    "Gelezen en akkoord: <R.full>, <DATE>.",
    "Graag contact met <O.first> op <PHONE:O>, bij voorkeur vóór <TIME>.",
    "Geen reactie van <O.tsur> op mijn mail van <DATE>; {rappel} verstuurd.",
    "In het gesprek viel de naam <L.full> als vorige contactpersoon bij <ORG>.",
    "{Vervolgafspraak}: <WEEKDAY> <DATE>, <TIME>, bij <R.tsur> thuis (<ADDR:R>).",
    "Kopie: <C.full>; <O.init>; <P.first>",
    "<C.first>, wil jij het gesprek met <O.tsur> doen? Ik zit die dag op {cursus}.",
    "Verhuurder <L.full> weigert de reparatie; <R.first> betaalt de huur op <IBAN:L>.",
    "Volgens de {boa} (<O.first>) stond <PLATE:R> er al drie dagen.",
    "<R.full> heeft het {gezag} over <K.first> (<DOB:K>).",
    "<B><DATE> <R.init> gebeld (<PHONE:R>), geen gehoor",
    "<R.first> heeft een {schuldhulptraject} bij <O.full>; de {regeling} gaat in per <DATE>.",
    "Dank aan <O.first> voor het snelle schakelen!",
    "Het was <O.first> die de fout vond, niet <P.first>.",
    "Aan: <C.first>\nVan: <M.first>\nBetreft: <R.sur>, <ISSUE>",
    "Postcode in het systeem klopt niet: <PC2:R> moet <PC:R> zijn; <R.first> zag het zelf.",
    "Wat <R.first> vooral wil: excuses van <O.tsur>.",
    "<R.tsur> gaf aan dat <F.first> (<F.rel>) <R.him> helpt met {DigiD}.",
    "ff gebeld met <O.first>, zegt dat <R.first> gewoon opnieuw moet aanvragen",
    "<R.capsfull> — {SPOED}: {afsluiting} van de energie dreigt per <DATE>!",
    "Zeg tegen <R.first> dat <O.first> schriftelijk excuses aanbiedt.",
    "Heb <R.first> gevraagd of ik <F.first> mag bellen. Mag, op <PHONE:F>.",
    "E-mailadres <R.tsur>: <EMAIL:R> (niet meer het oude adres <EMAIL2:R>).",
    "Namens de {corporatie} was <L.full> erbij als {woonconsulent}; <L.he> noteerde alles.",
    "{Geboortedatum} <R.first> volgens de {uitkeringsbrief}: <DOB:R>.",
    "Zie ook de notitie van <C.first> d.d. <DATE> over de aanvraag van <R.tsur>.",
    "<O.first> ging ervan uit dat <R.tsur> al {huurtoeslag} kreeg — klopt niet.",
    "Heb <O.tinit> gewezen op de {servicenorm} van tien werkdagen.",
    "<N.tsur> (<ADDR:N>) wil als getuige meepraten; <R.first> vindt dat goed.",
    "Beste <C.first>, kun jij <R.first> volgende week bellen? Ik ben er niet. Groet, <M.first>",
    '<R.first>: "<O.first> is de enige die echt luistert."',
    "<F.rel> <F.full> (geboren <DOB:F>) woont sinds kort weer bij <R.first>.",
    "Brief van <ORG> met kenmerk <CASE2> ligt bij <R.first> op tafel, nog ongeopend.",
    "BSN van <F.first> ontbreekt nog; <R.first> geeft het door: <BSN:F>.",
    "<O.init> (<O.dept>) en ik hebben <R.first> samen gebeld: toezegging <AMOUNT> {tegemoetkoming}.",
    "{Uitkomst}: <O.first> herziet het besluit, <R.first> trekt de klacht in en <C.first> sluit het dossier.",
    "Kenteken bestelbus <F.poss> werkgever: <PLATE:F>; die mag niet op het parkeerterrein.",
    "Kan <C.first> navragen of <O.tsur> nog bij <O.dept> werkt?",
    "Doorverwezen naar <ORG>; contactpersoon <L.first> <L.sur>, tel. <PHONE:L>.",
    "<R.poss> {aanvraag} is volgens <O.tsur> compleet, volgens <P.tsur> niet.",
    "<R.tsur> en <X.tsur> hebben samen één {huurcontract}; alleen <R.first> staat op de {aanslag}.",
    "Verzoek van <R.tsur>: niet <O.first> maar een andere {consulent}.",
    "Tussen haakjes: <R.first> (de <R.parent> van <K.first>) belt liever na schooltijd.",
    "<R.init>, <ADDR:R>, <PC:R>, BSN <BSN:R>, geb. <DOB:R>",
    "{Dwangbevel} met nummer <CASE2> is na overleg met <O.first> ingetrokken.",
    "Gebeld met de {jurist} (<O.tfull>): <R.first> is binnen de {bezwaartermijn}.",
    "Waarom heeft niemand <R.tsur> verteld dat <O.first> met verlof was?",
    "Nummer van <N.first> (<N.rel>): <PHONE:N>; <N.he> heeft een sleutel.",
    "Door <C.first> gebeld namens <R.tsur>; telefoonnummer bij ons bekend (<PHONEALT:R>).",
    "{Samenvatting} voor <P.role> <P.tsur>: zie <CASE>.",
    "Nabetaling van <AMOUNT> gaat naar <IBAN:R> t.n.v. <R.tinit>; {akkoord} van <O.first> is binnen.",
    "Burgerservicenummer <R.tsur>: <BSN:R> (nagekeken door <O.first>).",
    "Bij de {controle} van <DATE> is <PLATE:X> weggesleept; de auto staat op naam van <R.poss> ex <X.full>.",
    "<K.first> (<K.rel>, °<DOB:K>) en <R.first> kregen samen één {beschikking}, met BSN <BSN:K> erop.",
    "Graag even checken bij <O.first>: is <IBAN:R> het goede rekeningnummer van <R.first>?",
    "Hoe spreek je <R.nick> eigenlijk aan? Zelf zegt <R.he>: noem mij maar <R.nick>, niet <R.first>.",
]
INTRO = [i for i, s in enumerate(SHAPES) if "<R.full>" in s or "<R.tfull>" in s]
CASE_FORMATS = [
    "Z/{yy}/{d6}",
    "ZK{yy}-{d6}",
    "{yyyy}-{d7}",
    "BZ{yy}.{d5}",
    "W&I/{yyyy}/{d5}",
    "DEC-{yyyy}-{d6}",
    "JZ{yy}/{d4}",
    "UIT-{yy}-{d5}",
    "K{yyyy}.{d4}",
    "VTA{yy}{d4}",
]
CASE2_FORMATS = ["CJIB {d4} {d4} {d4} {d4}", "{d2}.{d3}.{d4}", "AJ-{d8}", "OM/{yyyy}/{d6}", "B{d10}"]


class Doc:
    def __init__(self, r: random.Random, persona: Persona, topic: tuple, town: str, org: str):
        self.r = r
        self.persona = persona
        self.topic = topic
        self.town = town
        self.org = org
        self.people: dict[str, Person] = {}
        self.case = self.case_number(CASE_FORMATS)
        self.times: list[int] = []
        self._retries = 0

    # --- people and identifiers --------------------------------------------------------------------------------

    def person(self, key: str) -> Person:
        if key in self.people:
            return self.people[key]
        r = self.r
        if key == "M":
            p = self.persona.me
        elif key == "C":
            others = [x for x in PERSONAS if x.key != self.persona.key]
            p = r.choice(others).me
        elif key == "F":
            res = self.person("R")
            g = r.choice("fm")
            rel = r.choice(FAM_F if g == "f" else FAM_M)
            if r.random() < 0.55 and rel not in ("schoondochter", "schoonzoon"):
                p = make_person(r, res.origin if res.origin in ORIGIN else None, g)
                p.particle, p.surname = res.particle, res.surname.split("-")[0]
            else:
                p = make_person(r, res.origin if res.origin in ORIGIN and r.random() < 0.6 else None, g)
            p.rel = rel
        elif key == "K":
            res = self.person("R")
            g = r.choice("fm")
            p = make_person(r, res.origin if res.origin in ORIGIN else None, g)
            if r.random() < 0.75:
                p.particle, p.surname = res.particle, res.surname.split("-")[0]
            p.rel = r.choice(["dochter", "kleindochter"] if g == "f" else ["zoon", "kleinzoon"])
        elif key in ("N", "N2"):
            p = make_person(r)
            p.rel = "buurvrouw" if p.g == "f" else "buurman"
        elif key in ("O", "P"):
            p = make_person(r)
            role, dept = r.choice(ROLES)
            if key == "O" and r.random() < 0.5:
                dept = self.topic[1]
            p.role, p.dept = role, dept
        else:
            p = make_person(r)
        taken = {q.first for q in self.people.values()} | {q.surname for q in self.people.values()}
        if key not in ("M", "C") and (p.first in taken or (p.surname in taken and key not in ("F", "K"))):
            if self._retries < 30:
                self._retries += 1
                return self.person(key)
        if key in ("M", "C") and (p.first in taken or p.surname in taken) and self._retries < 30:
            self._retries += 1
            return self.person(key)
        self.people[key] = p
        return p

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def case_number(self, formats: list[str]) -> str:
        r = self.r
        y = r.choice([2024, 2025, 2026])
        return r.choice(formats).format(
            yy=str(y)[2:],
            yyyy=y,
            d2=self.digits(2),
            d3=self.digits(3),
            d4=self.digits(4),
            d5=self.digits(5),
            d6=self.digits(6),
            d7=self.digits(7),
            d8=self.digits(8),
            d10=self.digits(10),
        )

    def mobile(self) -> str:
        return "6" + self.r.choice("12345") + self.digits(7)

    def spell_mobile(self, n: str) -> str:
        a = n[1:]
        return self.r.choice(
            [
                f"0{n[:1]}-{a}",
                f"0{n[:1]} {a[:4]} {a[4:]}",
                f"0{n}",
                f"0{n[:1]}-{a[:4]} {a[4:]}",
                f"+31 {n[:1]} {a}",
                f"+31(0){n[:1]} {a[:4]} {a[4:]}",
                f"0031 {n[:1]} {a[:4]} {a[4:]}",
                f"+31{n[:1]} {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
                f"0{n[:1]} {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
            ]
        )

    def landline(self) -> str:
        r = self.r
        if r.random() < 0.5:
            area, sub = r.choice(AREA), str(r.randint(2, 9)) + self.digits(6)
            return r.choice(
                [f"{area}-{sub}", f"({area}) {sub[:3]} {sub[3:5]} {sub[5:]}", f"{area} {sub[:3]} {sub[3:]}"]
            )
        area, sub = r.choice(AREA4), str(r.randint(2, 9)) + self.digits(5)
        return r.choice([f"{area}-{sub}", f"({area}) {sub[:2]} {sub[2:4]} {sub[4:]}", f"{area} - {sub[:3]} {sub[3:]}"])

    def foreign_phone(self, origin: str) -> str:
        o = ORIGIN.get(origin)
        cc = o.cc if o else "+34"
        d = str(self.r.randint(2, 9)) + self.digits(8)
        return self.r.choice([f"{cc} {d[:3]} {d[3:6]} {d[6:]}", f"{cc} {d[:2]} {d[2:5]} {d[5:]}", f"{cc}{d}"])

    def email(self, p: Person, official: bool = False, other: bool = False) -> str:
        r = self.r
        first = re.sub(r"[^a-z]", "", lower(_ascii(p.first.split()[0])))
        sur = re.sub(r"[^a-z]", "", lower(_ascii(p.surname.split("-")[0])))
        part = re.sub(r"[^a-z]", "", lower(_ascii(p.particle)))
        if official:
            host = lower(_ascii(self.town))
            return r.choice([f"{first[0]}.{part}{sur}@{host}.nl", f"{first}.{part}{sur}@gemeente{host}.nl"])
        yy = str(r.randint(60, 99) if r.random() < 0.5 else r.randint(1, 24)).zfill(2)
        local = r.choice(
            [
                f"{first}.{part}{sur}",
                f"{first[0]}{part}{sur}{yy}",
                f"{sur}.{first}",
                f"{first}_{sur}{yy}",
                f"{first}{yy}{sur[:3]}",
            ]
        )
        if other:
            local = f"{first}{sur}{r.randint(100, 999)}"
        return f"{local}@{r.choice(MAIL_HOSTS)}"

    def street(self) -> tuple[str, str]:
        r = self.r
        if r.random() < 0.15:
            return r.choice(STREET_WHOLE)
        root = r.choice(STREET_ROOTS)
        if r.random() < 0.3:
            suf = r.choice(STREET_SUFFIX_HET)
            art = "het"
        else:
            suf = r.choice(STREET_SUFFIX_DE)
            art = "de"
        if " " in root:
            return art, f"{root}{suf}" if r.random() < 0.3 else f"{root} {suf.capitalize()}"
        joint = "-" if root[-1] == suf[0] else ""
        if r.random() < 0.2 and not joint:
            root += "s"
        return art, f"{root}{joint}{suf}"

    def postcode(self, digits: str | None = None) -> str:
        r = self.r
        d = digits or str(r.randint(1000, 9999))
        while True:
            letters = r.choice(CONSONANTS + "AEU") + r.choice(CONSONANTS + "AEU")
            if letters not in ("SA", "SD", "SS"):
                break
        return r.choice([f"{d} {letters}", f"{d}{letters}", f"{d} {letters.lower()}", f"{d}-{letters}"])

    def bsn(self) -> str:
        r = self.r
        while True:
            ds = [r.randint(1, 6)] + [r.randint(0, 9) for _ in range(7)]
            s = sum(d * w for d, w in zip(ds, range(9, 1, -1), strict=True)) % 11
            if s < 10:
                ds.append(s)
                break
        n = "".join(map(str, ds))
        return r.choice([n, n, f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}.{n[3:6]}.{n[6:]}"])

    def iban(self) -> str:
        r = self.r
        kind = r.choices(["NL", "BE", "DE", "PL"], [8, 1, 1, 1])[0]
        if kind == "NL":
            bban = r.choice(BANKS) + self.digits(10)
        elif kind == "BE":
            ten = str(r.randint(1, 9)) + self.digits(9)
            chk = int(ten) % 97 or 97
            bban = f"{ten}{chk:02d}"
        elif kind == "DE":
            bban = self.digits(18)
        else:
            bban = self.digits(24)
        num = "".join(str(int(c, 36)) for c in bban + kind + "00")
        iban = f"{kind}{98 - int(num) % 97:02d}{bban}"
        style = r.random()
        if style < 0.45:
            return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        if style < 0.85:
            return iban
        return lower(iban) if kind == "NL" else iban

    def plate(self) -> str:
        r = self.r
        code = r.choice(
            [
                "XX-99-99",
                "99-99-XX",
                "99-XX-99",
                "XX-99-XX",
                "XX-XX-99",
                "99-XX-XX",
                "99-XXX-9",
                "9-XXX-99",
                "XX-999-X",
                "X-999-XX",
                "XXX-99-X",
                "X-99-XXX",
                "9-XX-999",
                "999-XX-9",
            ]
        )
        p = "".join(r.choice(CONSONANTS) if c == "X" else str(r.randint(0, 9)) if c == "9" else c for c in code)
        style = r.random()
        if style < 0.7:
            return p
        if style < 0.85:
            return p.replace("-", "")
        return lower(p)

    def dob(self, p: Person) -> str:
        r = self.r
        y = r.randint(2007, 2021) if p.rel in CHILD else r.randint(1936, 2004)
        m, d = r.randint(1, 12), r.randint(1, 28)
        return r.choice(
            [
                f"{d:02d}-{m:02d}-{y}",
                f"{d}-{m}-{y}",
                f"{d:02d}/{m:02d}/{y}",
                f"{d:02d}.{m:02d}.{y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d} {MONTHS[m - 1]} {y}",
                f"{d} {MON3[m - 1]}. {y}",
                f"{d} {MON3[m - 1]} '{str(y)[2:]}",
                f"{d}/{m}/{str(y)[2:]}",
            ]
        )

    def ident(self, kind: str, key: str) -> list[tuple[str, str | None]]:
        p = self.person(key)
        ids = p.ids
        if kind in ("ADDR", "STREET", "ATSTREET"):
            if "street" not in ids:
                res = self.people.get("R")
                if key in ("N", "N2") and res is not None and "street" in res.ids and self.r.random() < 0.7:
                    ids["street"] = res.ids["street"]
                else:
                    ids["street"] = self.street()
                num = str(self.r.randint(1, 240))
                num += self.r.choice(["", "", "", "a", "B", "-2", "-II", "hs", "-bis"])
                ids["num"] = num
            art, st = ids["street"]
            if kind == "ADDR":
                return [(f"{st} {ids['num']}", "ADDRESS")]
            if kind == "STREET":
                return [(st, "ADDRESS")]
            return [(f"aan {art} ", None), (st, "ADDRESS")]
        if kind == "PHONEALT":
            if "mob" not in ids:
                ids["mob"] = self.mobile()
                ids["PHONE"] = self.spell_mobile(ids["mob"])
            for _ in range(20):
                alt = self.spell_mobile(ids["mob"])
                if alt != ids["PHONE"]:
                    break
            return [(alt, "PHONE")]
        if kind == "COUNTRY":
            o = ORIGIN.get(p.origin)
            return [(o.country if o else "Spanje", "KEEP")]
        if kind in ids:
            return [(ids[kind], LABEL_OF[kind])]
        if kind == "PHONE":
            if key in ("O", "P", "M") and self.r.random() < 0.6:
                v = self.landline()
            else:
                ids["mob"] = self.mobile()
                v = self.spell_mobile(ids["mob"])
        elif kind == "LAND":
            v = self.landline()
        elif kind == "FPHONE":
            v = self.foreign_phone(p.origin)
        elif kind == "EMAIL":
            v = self.email(p, official=key in ("O", "P"))
        elif kind == "EMAIL2":
            v = self.email(p, other=True)
        elif kind == "PC":
            v = self.postcode()
        elif kind == "PC2":
            right = self.ident("PC", key)[0][0]
            v = self.postcode(right[:4])
            while re.sub(r"\W", "", v).upper() == re.sub(r"\W", "", right).upper():
                v = self.postcode(right[:4])
        elif kind == "BSN":
            v = self.bsn()
        elif kind == "IBAN":
            v = self.iban()
        elif kind == "PLATE":
            v = self.plate()
        elif kind == "DOB":
            v = self.dob(p)
        else:
            raise KeyError(kind)
        ids[kind] = v
        return [(v, LABEL_OF[kind])]

    # --- ordinary values ---------------------------------------------------------------------------------------

    def date(self) -> str:
        r = self.r
        m, d, y = r.randint(1, 12), r.randint(1, 28), r.choice([2025, 2026])
        wd = r.randint(0, 4)
        style = self.persona.dates
        if style == "long":
            return f"{d} {MONTHS[m - 1]} {y}" if r.random() < 0.5 else f"{d} {MONTHS[m - 1]}"
        if style == "dm":
            return f"{d}-{m}"
        if style == "slash":
            return f"{d}/{m}"
        if style == "dotted":
            return f"{d:02d}.{m:02d}.{str(y)[2:]}"
        if style == "wd":
            return f"{WD2[wd]} {d}-{m}"
        if style == "iso":
            return f"{y}-{m:02d}-{d:02d}"
        if style == "dmy":
            return f"{d:02d}-{m:02d}-{y}"
        return f"{WEEKDAYS[wd]} {d} {MON3[m - 1]}"

    def time(self) -> str:
        r = self.r
        if not self.times:
            self.times.append(r.randint(8 * 60, 10 * 60))
        else:
            self.times.append(self.times[-1] + r.randint(5, 50))
        t = self.times[-1]
        h, mi = divmod(t, 60)
        mi = mi - mi % 5
        return r.choice([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} uur", f"{h}u{mi:02d}"]) if h < 24 else "23:55"

    def amount(self) -> str:
        r = self.r
        v = r.choice([r.randint(20, 400), r.randint(400, 4000)])
        c = r.randint(0, 99)
        return r.choice([f"€ {v},{c:02d}", f"EUR {v},-", f"{v} euro", f"€{v},{c:02d}"]).replace(",00", ",-")

    # --- rendering ---------------------------------------------------------------------------------------------

    def pform(self, key: str, form: str) -> list[tuple[str, str | None]]:
        p = self.person(key)
        titles = self.persona.titles
        title = ""
        if titles:
            title = titles[0] if p.g == "f" else titles[1]
        pro = {
            "he": "zij" if p.g == "f" else "hij",
            "him": "haar" if p.g == "f" else "hem",
            "his": "haar" if p.g == "f" else "zijn",
        }
        low = form.lower()
        if low in pro:
            v = pro[low]
            return [(v.capitalize() if form[0].isupper() else v, None)]
        if form == "parent":
            return [("moeder" if p.g == "f" else "vader", None)]
        if form == "rel":
            return [(p.rel, "KEEP")]
        if form == "role":
            return [(p.role, "KEEP")]
        if form == "dept":
            return [(p.dept, "KEEP")]
        cap = self.persona.capsur_cap_particle
        if form == "full":
            return [(p.full, "PERSON")]
        if form == "first":
            return [(p.first, "PERSON")]
        if form == "sur":
            return [(p.sur(cap), "PERSON")]
        if form == "nick":
            return [(p.nick, "PERSON")]
        if form == "init":
            return [(p.init, "PERSON")]
        if form == "initc":
            return [(p.initc, "PERSON")]
        if form == "initials":
            return [(p.initials, "PERSON")]
        if form == "capsur":
            return [(p.sur(True).upper(), "PERSON")]
        if form == "capsfull":
            return [(p.full.upper(), "PERSON")]
        if form == "poss":
            f = p.first
            end = "'" if f[-1] in "sxz" or f.endswith("sh") else "'s" if f[-1] in "aiouyé" else "s"
            return [(f, "PERSON"), (end, None)]
        if form in ("tsur", "tfull", "tinit"):
            if not title:
                return [(p.first if form == "tsur" else p.full, "PERSON")]
            name = {"tsur": p.sur(cap), "tfull": p.full, "tinit": p.init}[form]
            return [(title + " ", None), (name, "PERSON")]
        raise KeyError(form)

    TOKEN = re.compile(r"\{([^{}]+)\}|<([A-Za-z0-9_]+)(?:([.:])([A-Za-z0-9_]+))?>|\[([^\[\]|]*)\|([^\[\]]*)\]")

    def render(self, template: str) -> list[list[tuple[str, str | None]]]:
        lines = []
        for raw in template.split("\n"):
            segs: list[tuple[str, str | None]] = []
            pos = 0
            for m in self.TOKEN.finditer(raw):
                if m.start() > pos:
                    segs.append((raw[pos : m.start()], None))
                pos = m.end()
                segs.extend(self.token(m))
            if pos < len(raw):
                segs.append((raw[pos:], None))
            lines.append(segs)
        return lines

    def inline(self, text: str) -> list[tuple[str, str | None]]:
        out = []
        for line in self.render(text):
            out.extend(line)
        return out

    def token(self, m: re.Match) -> list[tuple[str, str | None]]:
        keep, name, sep, arg, short, long_ = m.groups()
        if keep is not None:
            return [(keep, "KEEP")]
        if short is not None:
            return [(short if self.persona.abbr else long_, None)]
        if sep == ".":
            return self.pform(name, arg)
        if sep == ":":
            return self.ident(name, arg)
        if name == "DATE":
            return [(self.date(), "KEEP")]
        if name == "TIME":
            return [(self.time(), None)]
        if name == "WEEKDAY":
            return [(self.r.choice(WEEKDAYS), None)]
        if name == "AMOUNT":
            return [(self.amount(), "KEEP")]
        if name == "ISSUE":
            return self.inline(self.topic[0])
        if name == "DEPT":
            return [(self.topic[1], "KEEP")]
        if name == "SCHEME":
            return self.inline(self.topic[2])
        if name == "LAW":
            return self.inline(self.topic[3])
        if name == "ORG":
            return [(self.org, "KEEP")]
        if name == "TOWN":
            return [(self.town, "KEEP")]
        if name == "CASE":
            return [(self.case, "CASE_NUMBER")]
        if name == "CASE2":
            return [(self.case_number(CASE2_FORMATS), "CASE_NUMBER")]
        if name == "CHANNEL":
            return [(self.r.choice(CHANNELS), "KEEP")]
        if name == "NUM":
            return [(str(self.r.randint(2, 90)), None)]
        if name == "B":
            return [(self.persona.bullet or "- ", None)]
        raise KeyError(name)


LABEL_OF = {
    "PHONE": "PHONE",
    "LAND": "PHONE",
    "FPHONE": "PHONE",
    "EMAIL": "EMAIL",
    "EMAIL2": "EMAIL",
    "PC": "POSTCODE",
    "PC2": "POSTCODE",
    "BSN": "BSN",
    "IBAN": "IBAN",
    "PLATE": "LICENSE_PLATE",
    "DOB": "DATE_OF_BIRTH",
}
PERSONAS = _personas()


def _cap_first(segs: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    out = list(segs)
    for i, (t, lab) in enumerate(out):
        for j, ch in enumerate(t):
            if ch.isalpha():
                if ch.islower():
                    out[i] = (t[:j] + ch.upper() + t[j + 1 :], lab)
                return out
            if not (ch.isspace() or ch in "-•>|?*'\"(["):
                if ch.isdigit():
                    break
                return out
        else:
            continue
        return out
    return out


def make_doc(r: random.Random, i: int) -> dict:
    known = i % 4 == 2
    persona = r.choice(PERSONAS)
    while known and persona.lower:
        persona = r.choice(PERSONAS)
    doc = Doc(r, persona, r.choice(TOPICS), r.choice(TOWNS), r.choice(ORGS))
    kw = None
    if known:
        kw = r.choice(KNOWN)
        word, pos, _ = kw
        g = r.choice("fm")
        if pos == "first":
            g = "m" if word in ("bas", "wolf", "storm") else "f"
            res = make_person(r, None, g)
            res.first = word.capitalize()
            res.nick = ""
        else:
            particle, _, w = word.rpartition("|")
            res = make_person(r, KNOWN_ORIGIN.get(w), g)
            res.particle, res.surname = particle, w.capitalize()
        doc.people["R"] = res

    body: list[str] = []
    idx = list(range(len(SHAPES)))
    r.shuffle(idx)
    n = r.randint(3, 6)
    if known or r.random() < 0.6:
        intro = r.choice(INTRO)
        body.append(SHAPES[intro])
        idx.remove(intro)
    for j in idx:
        if len(body) >= n:
            break
        s = SHAPES[j]
        if "<R.nick>" in s and not doc.person("R").nick:
            continue
        if known and s.startswith("<R.capsfull>"):
            continue
        body.append(s)
    if known:
        body.insert(r.randint(1, len(body)), kw[2])
    lines: list[list[tuple[str, str | None]]] = []
    header = r.choice(persona.header) if persona.header and r.random() < 0.85 else ""
    if header:
        lines.extend(doc.render(header))
    for s in body:
        rendered = doc.render(s)
        if persona.timeline and "<TIME>" not in s:
            rendered[0] = [(doc.time() + " ", None), *rendered[0]]
        elif persona.bullet in ("• ", "> ") and len(rendered) == 1 and r.random() < 0.5:
            rendered[0] = [(persona.bullet, None), *rendered[0]]
        lines.extend(rendered)
    if r.random() < 0.7:
        lines.extend(doc.render(r.choice(persona.footer)))
    if persona.lower:
        lines = [[(lower(t), lab) for t, lab in line] for line in lines]
    else:
        lines = [_cap_first(line) for line in lines]
    text = "\n".join("".join(t for t, _ in line) for line in lines)
    pii: list[dict] = []
    keep: list[str] = []
    seen = set()
    for line in lines:
        for t, lab in line:
            if lab == "KEEP":
                if t.lower() not in {k.lower() for k in keep}:
                    keep.append(t)
            elif lab and (t, lab) not in seen:
                seen.add((t, lab))
                pii.append({"text": t, "label": lab})
    d = {"id": f"fresh14a-{i:04d}", "text": text}
    if known:
        d["known"] = {"names": [doc.people["R"].full]}
    d["pii"] = pii
    d["keep"] = keep
    d["_known_word"] = kw[0].rpartition("|")[2] if kw else None
    return d


# ---------------------------------------------------------------------------------------------------------------
# Gate
# ---------------------------------------------------------------------------------------------------------------


def bsn_ok(s: str) -> bool:
    ds = [int(c) for c in re.sub(r"\D", "", s)]
    return len(ds) == 9 and (sum(d * w for d, w in zip(ds[:8], range(9, 1, -1), strict=True)) - ds[8]) % 11 == 0


def iban_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", lower(s)) if len(w) > 1 and w not in NL_PARTICLES}


def gate(d: dict, known_word: str | None = None) -> None:
    """Raise AssertionError unless the document is sound (see the README)."""
    SCORE.check_doc(d)
    for item in d["pii"]:
        assert item["label"] in LABELS, item
        if item["label"] == "BSN":
            assert bsn_ok(item["text"]), item
        if item["label"] == "IBAN":
            assert iban_ok(item["text"]), item
    names = set()
    for item in d["pii"]:
        if item["label"] == "PERSON":
            names |= _words(item["text"])
    for k in d["keep"]:
        shared = _words(k) & names
        assert not shared or (known_word and shared == {known_word}), (d["id"], k, shared)
    if "known" in d:
        assert known_word and known_word in d["keep"], d["id"]


def generate() -> list[dict]:
    docs = []
    for i in range(N_DOCS):
        r = random.Random(SEED * 1000 + i)
        for _attempt in range(200):
            d = make_doc(r, i)
            kw = d.pop("_known_word")
            try:
                gate(d, kw)
            except AssertionError:
                continue
            break
        else:
            raise RuntimeError(f"document {i} fails its gate 200 times")
        docs.append(d)
    return docs


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed file differs from regeneration")
    a = ap.parse_args(argv)
    text = dump(generate())
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh14a: up to date" if same else "fresh14a: differs from regeneration")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10))} documents -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
