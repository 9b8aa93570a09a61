"""Build the bundled name, place and word lists in ``anonymizer/data/``.

Run once by a maintainer (not at runtime):

    python -m venv /tmp/faker-venv && /tmp/faker-venv/bin/pip install faker
    apt-get install wdutch            # OpenTaal word list -> /usr/share/dict/dutch
    /tmp/faker-venv/bin/python anonymizer/tools/build_lists.py

Sources (see DATA_SOURCES.md): the ``faker`` package (MIT) for first names, surnames and
Dutch place names (its nl_NL places come from the BAG, public domain), and the OpenTaal
word list (BSD / CC BY 3.0) for ordinary Dutch words that tell words from names.
"""

from __future__ import annotations

import gzip
import importlib
import importlib.util
import re
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
DICT = Path("/usr/share/dict/dutch")

# Locales whose names live in Dutch towns, in Latin script.
LOCALES = [
    "nl_NL",
    "nl_BE",
    "en_US",
    "en_GB",
    "en_IE",
    "en_IN",
    "en_NG",
    "en_PK",
    "en_KE",
    "de_DE",
    "de_AT",
    "fr_FR",
    "fr_BE",
    "fr_DZ",
    "es_ES",
    "es_MX",
    "it_IT",
    "pt_PT",
    "pt_BR",
    "pl_PL",
    "tr_TR",
    "ro_RO",
    "bg_BG",
    "hr_HR",
    "sl_SI",
    "sk_SK",
    "cs_CZ",
    "hu_HU",
    "lt_LT",
    "lv_LV",
    "et_EE",
    "fi_FI",
    "sv_SE",
    "da_DK",
    "no_NO",
    "id_ID",
    "vi_VN",
    "az_AZ",
    "sw",
    "yo_NG",
    "ig_NG",
    "ha_NG",
    "tw_GH",
    "zu_ZA",
    "ga_IE",
    "uz_UZ",
    "is_IS",
    "fil_PH",
    "tl_PH",
    "en_PH",
    "de_CH",
    "fr_CH",
]
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-ț'’\- ]+$")
# The one definition of name particles lives in ``anonymizer/wordlists.py``; it is loaded from its file so
# this tool runs without importing the package (whose lexicon needs the lists this tool builds).
_spec = importlib.util.spec_from_file_location(
    "_anonymizer_wordlists", Path(__file__).resolve().parent.parent / "wordlists.py"
)
assert _spec is not None and _spec.loader is not None
_wordlists = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_wordlists)
PARTICLES: frozenset[str] = _wordlists.PARTICLES
# Extra first names common among Dutch residents of Moroccan, Turkish, Surinamese, Cape Verdean,
# Somali, Syrian, Eritrean, Afghan, Ghanaian and Chinese background (hand-written, public knowledge); Frisian and
# regional Dutch first names the public lists miss ("Wietse", "Jorrit", "Marrit"; round thirty); Ethiopian, Eritrean,
# Vietnamese, Chinese, Korean, Indonesian, Filipino and Japanese given names (round thirty-one); Persian, Afghan,
# Hindustani, Ukrainian, Polish, Arabic, Somali, West African, Filipino, Kurdish and Javanese given names the lists
# missed (round thirty-two).
EXTRA_FIRST = """
Mohammed Muhammad Mustafa Mustapha Youssef Yousef Yusuf Rachid Rashid Said Saïd Hassan Hussein
Hamid Abdel Abdelkader Abdelaziz Abdellah Abdullah Abdul Karim Khalid Khaled Driss Brahim Ibrahim
Ismail Ayoub Anouar Anwar Bilal Hamza Ilias Ilyas Imad Jamal Nabil Nordin Noureddine Omar Redouan
Soufiane Sofian Tarik Tariq Yassine Yassin Zakaria Mehdi Mounir Fouad Adil Amine Aziz Younes
Fatma Aicha Aïcha Aisha Amina Naima Nadia Samira Malika Latifa Zineb Zainab Houda Hanane
Loubna Meryem Meriem Mariam Maryam Rachida Saida Salma Sara Siham Soumaya Yasmina Yasmine Zohra Nora
Ahmet Mehmet Mustafa Hüseyin Huseyin Hasan İbrahim Ibrahim Osman Murat Emre Emir Burak Kemal Kerem
Cem Can Deniz Eren Furkan Hakan Yusuf Ömer Omer Serkan Tolga Volkan Ayşe Ayse Emine Hatice Zeynep
Elif Esra Fadime Gül Gul Hülya Hulya Merve Özlem Ozlem Sevgi Songül Tuba Yasemin Büşra Busra Dilek
Ravi Rajesh Sunil Anil Vijay Sanjay Ashok Rakesh Anjali Sunita Kavita Radha Shanti Soerinder
Soenita Roshni Rakesh Navin Kishan Sharda Raj Rohit Amrita Jairam Ramdin Ramesh Devi Sita Lakshmi
Kwame Kofi Kwaku Kwabena Yaw Akosua Ama Abena Efua Adjoa Winston Errol Glenn Roy Ruud Marvin Romano
Sharon Shirley Jennifer Natasha Rowena Gaitrie Hira Asha Ayaan Abdi Abdirahman Hodan Hawa Faduma
Amanuel Yonas Semhar Saba Merhawi Filmon Ahmad Mahmoud Mahmud Walid Rami Ali Reza Hossein Farid
Farida Zahra Leila Layla Nasrin Parwin Mina Wei Li Ming Hui Jun Lei Yan Ying Xiaoming Lin
Piotr Paweł Pawel Krzysztof Tomasz Marcin Michał Michal Łukasz Lukasz Grzegorz Agnieszka Katarzyna
Małgorzata Malgorzata Joanna Magdalena Monika Ewa Dorota Beata Aleksandra Kasia Bogdan Andrzej
Gijsbert Henkjan Tjitske Willemijn Arend Sietske Rutger Wendelien Hendrika Hennie Truus Riet Ineke
Hanneke Marloes Bep Joop Ton Cor Frits Jannie Trijntje Grietje Aaltje Geertje Hilde Hiltje Wietske
Baukje Fokje Akke Janke Froukje Trijn Sjoukje Hylke Sybren Wiebe Tjeerd Jelle Folkert Durk Douwe
Tjalling Ate Oene Rients Gerben Jitse Wouter Gerrit Hendrik Harm Berend Egbert Evert Roelof Lambert
Reinier Wessel Jurriaan Bastiaan Maarten Olivier Sjors Thijmen Jochem Wijnand Huib Huub Sjaak Gert
Gertjan Henk-Jan Jan-Willem Jan-Peter Pieter-Jan Annelies Annemiek Anneke Aukje Carlijn Dieuwke
Elske Femmie Gonnie Hetty Jantine Jolien Jorien Klazina Lenie Leny Lidwien Marijke Marjolein
Mirjam Nelleke Petra Rianne Rineke Sjaan Tonnie Trees Wilhelmina Willy Wies Yvonne Zwaantje
Aad Ad Adrie Arjan Auke Cees Corné Eelco Freek Gerbrand Harrie Hein Jaap Jannes Kees Menno Rien
Rinus Robbert Sjef Ype Ynze Tjitte Sietse Ruurd Fokke Jurjen Gosse Hessel Lammert Reitse Sjouke
Wybren Ans Bets Ciska Dini Dirkje Doortje Elsje Femmy Janneke Jantje Jikke Josien Kaatje Klaasje
Margriet Mien Mientje Nel Neeltje Pietje Riek Rinske Toos Miep Jildou Doutzen Hiske Staf
Aant Afke Antsje Atsje Binne Bontsje Boukje Djoke Doede Durkje Eelkje Eeltsje Eke Fimke Freark Gatske Geart
Gerbrich Gerbrig Gjalt Goffe Grytsje Haitse Harke Haukje Heerke Hilbrand Hiltsje Hindrik Hinke Hylkje Ibeltsje
Idzerd Ietje Jantsje Jappie Jeen Jelmer Jeltsje Jildert Jitske Jorrit Jouke Klaaske Klaske Liskje Lolke Lolkje
Lysbeth Lútsen Marrit Mient Nanne Obe Oetske Otte Piter Popke Pytsje Reinou Rintje Romke Sape Sibbele Sible
Sieds Sjikke Sjoke Sjolle Sjuk Sytse Teake Teatske Tetje Tiede Tjipke Trientsje Tryntsje Tsjalling Tsjerk
Tsjipke Tsjitske Uilke Uilkje Ulke Watse Wibo Wiepkje Wietse Wikje Wybrig Wytse Wytske Yde Ymkje Ytsen Ytsje
Dinie Diny Geke Hermien Ids Rieks Roelofje Siebren Wolter Wubbo Ynske
Tadesse Tesfaye Abebe Berhane Yohannes Dawit Fikre Genet Hiwot Meron Mekdes Tigist Tsion Yordanos Senait Aster
Abeba Biniam Eyob Mussie Natnael Robel Semere Tesfay Zewdi Luwam Freweyni Winta Feven Kiflom Awet Teklit Haben
Tedros Yared Selamawit Meseret Mulu Fitsum Henok Kaleab Nahom Dagmawi Bereket Mikias Mesfin Ermias Tamrat Bao
Binh Chau Cuong Dung Duc Duong Giang Hai Hanh Hien Hieu Hoang Hung Huong Khanh Ngoc Nguyet Nhung Phuong Quynh
Thanh Thao Thuy Trang Trinh Tuan Tung Uyen Viet Vinh Vy Xuan Yen Diep Nhi Oanh Phuc Quoc Thien Toan Tuyet Huyen
Nga Ngan Nhan Phat Thang Thuan Vuong Yongping Jing Jie Hao Xin Xia Yun Qing Jian Zhen Zhi Xiu Yi Qiang Chao
Guang Ting Xiang Xue Wai Yee Wing Siu Chun Fai Shing Yuk Lok Tsz Kiong Tjeng Giok Hwa Jae Seung Hoon Kyung Hee
Hyun Eun Hye Joon Sung Seo Ji Yeon Woo Minjun Jiwoo Seoyeon Jihoon Sri Yuli Rizky Fajar Nur Marites Maricel
Jomar Marivic Ligaya Bayani Dalisay Mayumi Haruto Hiroshi Takeshi Kenji Akiko Yoko Keiko Yui Sota Daiki Kaito
Aoi Miyu Alemu Asfaw Ayele Bekele Berhe Desta Fang Feng Gebre Gebremedhin Gebreyesus Getachew Ghirmay Girma
Habtemariam Habtom Haile Hua Jia Jonalyn Kebede Kidane Kwok Lemma Liang Mehari Mekonnen Mulugeta Negassi Peng
Rodel Tao Tefera Tekie Tekle Tesfamariam Tewelde Tilahun Tsegaye Weldu Wondimu Worku Yemane Yuan Zerai Zewdu
Zhong
Kourosh Parisa Shirin Dariush Farhad Navid Babak Arash Azadeh Mahsa Roya Shahram Bijan Payam Kaveh Soheila
Behnam Behrouz Farzaneh Golnaz Homa Ladan Manijeh Mehrdad Mojgan Nasser Niloufar Omid Parviz Pouya Saeed Sahar
Sepideh Shadi Shiva Taraneh Yasaman Farshid Fereshteh Houman Elham Afsaneh Anahita Ardalan Arman Atefeh Bahar
Bita Darya Donya Faraz Firouzeh Ghazal Kianoush Mahboubeh Nazanin Negar Neda Pegah Pejman Siavash Sohrab Yalda
Zeynab Wahid Zabihullah Hekmat Mirwais Fawad Jawad Malalai Mursal Nilofar Parwana Qudratullah Rahmatullah
Shabnam Sohail Tahmina Wahida Yama Zarghona Zohal Zubair Ashwin Sharmila Nirmala Reshma Radjesh Dinesh Sandhya
Aarti Ajay Amit Anand Arvind Deepak Ganesh Geeta Gita Hemant Jitendra Kamla Kiran Mahesh Manoj Meena Mohan
Prakash Pradeep Preeti Rahul Rajendra Ranjit Rekha Sangeeta Shiv Shyam Sudha Suresh Sushila Usha Vikram Vinod
Yogesh Rajindra Ramdjan Dewanand Satish Santosh Reshmi Chandrika Mahendra Prem Roshan Sewnath Oksana Taras
Yaroslav Halyna Mykola Dmytro Serhii Andrii Vitalii Nadiia Kateryna Khrystyna Liudmyla Mariia Nataliia Oleh
Oleksandr Oleksandra Oleksii Olha Pavlo Petro Sofiia Svitlana Tetiana Valentyna Viktoriia Volodymyr Yevhen
Yevheniia Yuliia Yurii Zoriana Anastasiia Artem Denys Ihor Kyrylo Larysa Maksym Mykhailo Nazar Oksanka
Solomiia Vadym Valerii Vira Zakhar Marharyta Ulyana Wiktoria Zuzanna Oliwia Bartosz Bożena Czesław Grażyna
Jarosław Mirosław Sławomir Wiesław Wojtek Gosia Basia Patrycja Weronika Żaneta Nermeen Hala Lamis Tarek Wael
Asmaa Basma Doaa Ghada Hanan Huda Iman Lubna Maha Manal Nahla Randa Rasha Reem Rola Ruba Safaa Samah Sawsan
Suha Walaa Zeina Ammar Emad Fadi Firas Ghassan Haitham Hazem Hisham Husam Iyad Louay Marwan Muhannad Nizar
Samer Wissam Ziad Ariam Jhun Jovelyn Analyn Arnel Jericho Rizalino Mylene Chioma Folake Tunde Freweini Hagos
Kibrom Mehret Tesfaldet Tsega Mebrahtu Abrham Deeqa Fardowsa Hibo Ifrah Muna Nimco Sagal Sucaad Ubah Warsame
Bashir Guled Abdiaziz Abdikarim Cabdi Xasan Maxamed Faysal Chukwuma Nkechi Oluwaseun Olumide Temitope Tolu
Babatunde Bukola Funmilayo Damilola Segun Kayode Ebere Chidi Evangeline Girlie Jennelyn Jessa Ruel Weng Efren
Benjie Aljon Hoa Ling Hong Zhihao Xiaoli Jiahui Yichen Zihan Haoran Yuxuan Meiling Ebru Hacer Kübra Tayfun
Serdar Rojda Dilan Berfin Rojîn Hêvî Sîpan Baran Berxwedan Dilovan Rêber Şêrko Welat Zana Jiyan Evin Nazê
Delal Şîlan Ciwan Rizgar Soekarni Wagiman Sarmo Ngatinem Pariyem Sastro Karsidi Sukini Sumiati Tukinem Wiwit
Yatini Kartosen Sadimin Poniman Legiman Shurandy Rignald Shanaira Ruthmila Curtley Urvin Shaquille Jerrel Jaïr
Dwight Clifton
""".split()
# The municipalities of the Netherlands (2025), many named after no single town ("Zaanstad", "Súdwest-Fryslân",
# "Súdwest-Fryslân"): places, no names. Those of several words, and those that are also listed surnames or first
# names, are left out below.
MUNICIPALITIES = """
Aa en Hunze
Aalsmeer
Aalten
Achtkarspelen
Alblasserdam
Albrandswaard
Alkmaar
Almelo
Almere
Alphen aan den Rijn
Alphen-Chaam
Altena
Ameland
Amersfoort
Amstelveen
Amsterdam
Apeldoorn
Arnhem
Assen
Asten
Baarle-Nassau
Baarn
Barendrecht
Barneveld
Beek
Beekdaelen
Beesel
Berg en Dal
Bergeijk
Bergen
Bergen op Zoom
Berkelland
Bernheze
Best
Beuningen
Beverwijk
Bladel
Blaricum
Bloemendaal
Bodegraven-Reeuwijk
Boekel
Borger-Odoorn
Borne
Borsele
Boxtel
Breda
Bronckhorst
Brummen
Brunssum
Bunnik
Bunschoten
Buren
Capelle aan den IJssel
Castricum
Coevorden
Cranendonck
Culemborg
Dalfsen
Dantumadiel
De Bilt
De Fryske Marren
De Ronde Venen
De Wolden
Delft
Den Helder
Deurne
Deventer
Diemen
Dijk en Waard
Dinkelland
Doesburg
Doetinchem
Dongen
Dordrecht
Drechterland
Drimmelen
Dronten
Druten
Duiven
Echt-Susteren
Edam-Volendam
Ede
Eemnes
Eemsdelta
Eersel
Eijsden-Margraten
Eindhoven
Elburg
Emmen
Enkhuizen
Enschede
Epe
Ermelo
Etten-Leur
Geertruidenberg
Geldrop-Mierlo
Gemert-Bakel
Gennep
Gilze en Rijen
Goeree-Overflakkee
Goes
Goirle
Gooise Meren
Gorinchem
Gouda
Groningen
Gulpen-Wittem
Haaksbergen
Haarlem
Haarlemmermeer
Halderberge
Hardenberg
Harderwijk
Hardinxveld-Giessendam
Harlingen
Hattem
Heemskerk
Heemstede
Heerde
Heerenveen
Heerlen
Heeze-Leende
Heiloo
Hellendoorn
Helmond
Hendrik-Ido-Ambacht
Hengelo
Het Hogeland
Heumen
Heusden
Hillegom
Hilvarenbeek
Hilversum
Hoeksche Waard
Hof van Twente
Hollands Kroon
Hoogeveen
Hoorn
Horst aan de Maas
Houten
Huizen
Hulst
IJsselstein
Kaag en Braassem
Kampen
Kapelle
Katwijk
Kerkrade
Koggenland
Krimpen aan den IJssel
Krimpenerwaard
Laarbeek
Land van Cuijk
Landgraaf
Landsmeer
Lansingerland
Laren
Leeuwarden
Leiden
Leiderdorp
Leidschendam-Voorburg
Lelystad
Leudal
Leusden
Lingewaard
Lisse
Lochem
Loon op Zand
Lopik
Losser
Maasdriel
Maasgouw
Maashorst
Maassluis
Maastricht
Medemblik
Meerssen
Meierijstad
Meppel
Middelburg
Midden-Delfland
Midden-Drenthe
Midden-Groningen
Moerdijk
Molenlanden
Montferland
Montfoort
Mook en Middelaar
Neder-Betuwe
Nederweert
Nieuwegein
Nieuwkoop
Nijkerk
Nijmegen
Nissewaard
Noardeast-Fryslân
Noord-Beveland
Noordenveld
Noordoostpolder
Noordwijk
Nuenen, Gerwen en Nederwetten
Nuenen
Nunspeet
Oegstgeest
Oirschot
Oisterwijk
Oldambt
Oldebroek
Oldenzaal
Olst-Wijhe
Ommen
Oost Gelre
Oosterhout
Ooststellingwerf
Oostzaan
Opmeer
Opsterland
Oss
Oude IJsselstreek
Ouder-Amstel
Oudewater
Overbetuwe
Papendrecht
Peel en Maas
Pekela
Pijnacker-Nootdorp
Purmerend
Putten
Raalte
Reimerswaal
Renkum
Renswoude
Reusel-De Mierden
Rheden
Rhenen
Ridderkerk
Rijssen-Holten
Rijswijk
Roerdalen
Roermond
Roosendaal
Rotterdam
Rozendaal
Rucphen
Schagen
Scherpenzeel
Schiedam
Schiermonnikoog
Schouwen-Duiveland
Simpelveld
Sint-Michielsgestel
Sittard-Geleen
Sliedrecht
Sluis
Smallingerland
Soest
Someren
Son en Breugel
Stadskanaal
Staphorst
Stede Broec
Steenbergen
Steenwijkerland
Stein
Stichtse Vecht
Súdwest-Fryslân
Terneuzen
Terschelling
Texel
Teylingen
Tholen
Tiel
Tilburg
Tubbergen
Twenterand
Tynaarlo
Tytsjerksteradiel
Uitgeest
Uithoorn
Urk
Utrecht
Utrechtse Heuvelrug
Vaals
Valkenburg aan de Geul
Valkenswaard
Veendam
Veenendaal
Veere
Veldhoven
Velsen
Venlo
Venray
Vijfheerenlanden
Vlaardingen
Vlieland
Vlissingen
Voerendaal
Voorne aan Zee
Voorschoten
Voorst
Vught
Waadhoeke
Waalre
Waalwijk
Waddinxveen
Wageningen
Wassenaar
Waterland
Weert
West Betuwe
West Maas en Waal
Westerkwartier
Westerveld
Westervoort
Westerwolde
Westland
Weststellingwerf
Wierden
Wijchen
Wijdemeren
Wijk bij Duurstede
Winterswijk
Woensdrecht
Woerden
Wormerland
Woudenberg
Zaanstad
Zaltbommel
Zandvoort
Zeewolde
Zeist
Zevenaar
Zoetermeer
Zoeterwoude
Zuidplas
Zundert
Zutphen
Zwartewaterland
Zwijndrecht
Zwolle
's-Hertogenbosch
Den Haag
's-Gravenhage
""".strip().split("\n")
_SURNAME_TOO = frozenset({"Altena", "Westerveld", "Velsen"})  # also common surnames that no list has
COUNTRIES = """
Oekraïne Syrië Eritrea Somalië Afghanistan Irak Iran Ethiopië Sudan Soedan Jemen Libanon Egypte Tunesië
Algerije Ghana Nigeria Kaapverdië Curaçao Aruba Bonaire Indonesië China Vietnam India Pakistan Bangladesh
Filipijnen Thailand Roemenië Bulgarije Hongarije Griekenland Italië Spanje Portugal Brazilië Colombia
Venezuela Rusland Litouwen Letland Estland Kroatië Servië Bosnië Kosovo Albanië Macedonië Tsjechië Slowakije
Slovenië Oostenrijk Zwitserland Frankrijk Engeland Schotland Ierland Denemarken Zweden Noorwegen Finland
IJsland Amerika Canada Mexico Argentinië Chili Peru Cuba Jamaica Haïti Kenia Oeganda Congo Angola Mozambique
Zuid-Afrika Zimbabwe Kameroen Senegal Mali Guinee Liberia Ivoorkust Togo Benin Tsjaad Jordanië Israël
Palestina Koeweit Qatar Koerdistan Armenië Georgië Azerbeidzjan Kazachstan Oezbekistan Tadzjikistan Mongolië
Japan Korea Taiwan Maleisië Singapore Australië Nieuw-Zeeland Afrika Azië Moldavië Wit-Rusland Belarus Libië
Marokko Turkije Polen Suriname
""".split()
EXTRA_LAST = """
 Amrani Bouzid Benali Haddou Ouali Tahiri Ziani Boukhari Chaouki Lahlou Azzouzi Bouali
 Yıldız Yildiz Kaya Demir Şahin Sahin Çelik Celik Aydın Aydin Öztürk Ozturk Arslan Doğan Dogan
Kılıç Kilic Koç Koc Kurt Özdemir Ozdemir Polat Erdoğan Erdogan Aksoy Güneş Gunes Korkmaz Tekin
Ramdin Ramsaran Mahabier Jagesar Sewdien Soekhoe Ramautar Bhagwandin Kalloe Ramcharan Biharie
Baldew Chotoe Dwarka Gobardhan Ganpat Jhinkoe Kanhai Lachmon Mangal Nankoe Persaud Ramlal Sital
 Tran Le Pham Wong Chan Chen Lin Zhang Wang Liu Huang Zhou Wu
Kowalski Kowalska Nowak Wiśniewski Wisniewski Wójcik Wojcik Kowalczyk Kamiński Kaminski Lewandowski
Zieliński Zielinski Szymański Szymanski Woźniak Wozniak Dąbrowski Dabrowski Kozłowski Kozlowski
Patel Sharma Singh Kumar Gupta Reddy Rao Shah Mehta Joshi Mohan Pinas Sedney Kromodimedjo Soekarno
""".split()


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def seq(v) -> list[str]:
    if isinstance(v, dict):
        return list(v.keys())
    if isinstance(v, (list, tuple)):
        return list(v)
    return []


def collect() -> tuple[set[str], set[str], set[str]]:
    first: set[str] = set(EXTRA_FIRST)
    last: set[str] = set()
    for w in EXTRA_LAST:
        last.add(w)
    for loc in LOCALES:
        try:
            mod = importlib.import_module(f"faker.providers.person.{loc}")
        except ModuleNotFoundError:
            continue
        prov = mod.Provider
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            for n in seq(getattr(prov, attr, ())):
                for part in re.split(r"[\s]+", n):
                    if LATIN.match(part) and len(part) > 1:
                        first.add(part)
        for attr in ("last_names", "last_names_male", "last_names_female"):
            for n in seq(getattr(prov, attr, ())):
                for part in re.split(r"[\s]+", n):
                    if LATIN.match(part) and len(part) > 1 and part.lower() not in PARTICLES:
                        last.add(part)
    # Common short names of places whose BAG name is formal ("'s-Gravenhage" -> "Den Haag").
    places: set[str] = {
        "Den Haag",
        "Den Bosch",
        "Den Helder",
        "Den Ham",
        "Den Hoorn",
        "Den Burg",
        "Den Dungen",
        "Den Oever",
        "Den Ilp",
        "Den Andel",
        "Den Horn",
        "Ter Apel",
        "Ter Aar",
        "Ten Boer",
        "Ten Post",
        "De Bilt",
        "De Meern",
        "De Lier",
        "De Rijp",
        "De Koog",
        "De Kwakel",
        "Van Ewijcksluis",
        "Sint-Oedenrode",
        "Sint Maarten",
        "Bergen op Zoom",
        "Alphen aan den Rijn",
        "Capelle aan den IJssel",
        "Krimpen aan den IJssel",
        "Wijk bij Duurstede",
        "Zuid-Holland",
        "Noord-Holland",
        "Noord-Brabant",
        "Friesland",
        "Fryslân",
        "Groningen",
        "Drenthe",
        "Overijssel",
        "Gelderland",
        "Flevoland",
        "Utrecht",
        "Zeeland",
        "Limburg",
        "Randstad",
        "Nederland",
        "België",
        "Duitsland",
        "Turkije",
        "Marokko",
        "Suriname",
        "Polen",
        "Syrië",
    }
    # Countries and regions residents come from ("ik ben vluchteling uit Oekraïne"): places, no names.
    places |= set(COUNTRIES)
    # one word only (hyphens allowed): the words of "Hof van Twente" would make "Hof" a place word
    places |= {m for m in MUNICIPALITIES if " " not in m and m not in first and m not in last and m not in _SURNAME_TOO}
    for loc in ("nl_NL",):  # BAG woonplaatsen; Belgian names ("De Haan") clash with Dutch surnames
        mod = importlib.import_module(f"faker.providers.address.{loc}")
        for c in seq(getattr(mod.Provider, "cities", ())):
            places.add(c)
    return first, last, places


def main() -> None:
    DATA.mkdir(exist_ok=True)
    first, last, places = collect()
    # Ordinary Dutch words: lower-case entries of the OpenTaal list, single words only.
    words = set()
    for line in DICT.read_text(encoding="utf-8").splitlines():
        w = line.strip()
        if w and w[0].islower() and re.fullmatch(r"[a-zà-ÿ]+", w) and len(w) <= 16:
            words.add(w)
    # Proper nouns from OpenTaal (capitalised entries) are not used: they mix people and places.
    (DATA / "first_names.txt").write_text("\n".join(sorted(first)) + "\n", encoding="utf-8")
    (DATA / "surnames.txt").write_text("\n".join(sorted(last)) + "\n", encoding="utf-8")
    (DATA / "places.txt").write_text("\n".join(sorted(places)) + "\n", encoding="utf-8")
    payload = ("\n".join(sorted(words)) + "\n").encode("utf-8")
    with open(DATA / "dutch_words.txt.gz", "wb") as raw:  # mtime=0: identical bytes on every rebuild
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as fh:
            fh.write(payload)
    print(f"first={len(first)} last={len(last)} places={len(places)} words={len(words)}")


if __name__ == "__main__":
    main()
