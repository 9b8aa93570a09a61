"""Name, place and number material for fresh26f (helper F26F). Standard library only."""

from __future__ import annotations

# origin group: (label, male first names, female first names, surname stems, surname endings, prefixes, particles)
# A surname is prefix + stem + ending; most combinations are on no common list.
ORIGINS = [
    ("Nederlands", "Gerrit Wout Teun Hidde Marnix Evert Joost Ruud", "Hennie Ineke Marlies Gerda Wilma Annelot Joke Trees",
     "Wester Ooster Hoog Ravens Dorren Vlier Hazel Elsen Brinke Leeuwe Olde Kolder", "kamp veld hof huis beek horst sloot weerd", "", ""),
    ("Nederlands met tussenvoegsel", "Bert Kees Henk Arie Dolf Rien Jaap Willem", "Annie Riek Dineke Tineke Greet Nel Corrie Els",
     "Zwaluw Rieten Linde Hazen Meer Esch Vossen Koppel Elzen Wilgen Ruigen Tollen", "berg broek dijk kamp hoven veld laar", "",
     "van|van der|van den|de|ter|van 't|in 't|den"),
    ("Fries", "Sjoerd Wiebe Tsjalling Jelle Auke Hessel Sipke Durk", "Sytske Baukje Froukje Tjitske Geeske Aaltsje Janke Romkje",
     "Hoek Wyt Sij Bouw Ytte Jell Tjeer Harm Wier Douw Ruurd Jaar", "stra sma inga enga ma", "", ""),
    ("Gronings", "Eppo Harm Geert Roelf Derk", "Grietje Hilje Wubbina Jantje Aukje", "Wolt Lub Hovin Bolhuis Eben Tamming",
     "jer ens ga ink ing", "", ""),
    ("Limburgs", "Sjef Huub Har Pierre Jeu Ger", "Mia Truus Lieske Jet Mariet Trees", "Vroe Schme Vlie Coum Hoge Spronc",
     "mans kens gens ets ers", "", ""),
    ("Vlaams", "Jef Lieven Koen Wim Stijn Bart", "Hilde Veerle Griet Katrien Sofie Lien", "putte velde walle kerckhove haeghe straete",
     "", "Vande|Ver|Vanden|De", ""),
    ("Marokkaans", "Youssef Bilal Hamza Karim Rachid Noureddine Said Mounir", "Fatima Samira Khadija Nadia Houda Zineb Malika Ikram",
     "Amr Idr Hadd Ouar Kharr Mous Azz Bakk Tahr Ghaz", "ani ouchi issi aoui ach imi", "El |Ben |Ait |Bou|", ""),
    ("Turks", "Mehmet Emre Burak Oğuz Serkan Kemal Murat Volkan", "Ayşe Elif Zeynep Derya Emine Sevgi Gülay Hatice",
     "Kara Ak Öz Yıl Tur Er Ay Gök Çak Dem", "soy demir kaya han taş oğlu dağ bulut", "", ""),
    ("Koerdisch", "Azad Dilovan Rojhat Berzan Şoreş", "Nalin Rojda Berivan Hêvî Jiyan", "Bar Zan Ame Sor Hew Ker", "zani dî kî anî man", "", ""),
    ("Surinaams-Hindostaans", "Ravi Anand Sunil Dinesh Kishan Radjesh", "Sita Radha Shanti Kavita Asha Sarita", "Ram Jag Bis Ragh Mah Sew",
     "sahai bali oebar nath djie lal", "", ""),
    ("Surinaams-Creools", "Errol Ronald Winston Humphrey Orlando", "Jolanda Gracia Marlene Ingrid Roseline", "Zeeg Liev Mont Grav Ament Wijng",
     "elo ink ua ens aarde", "", ""),
    ("Javaans-Surinaams", "Soekarmin Paino Wagimin Roesman", "Sitie Wagiem Karsiem Painem", "Sar Kart Soe Wir Kro", "modjo dikromo wirjo kromo redjo", "", ""),
    ("Antilliaans", "Ruthmilo Shurendy Giandro Jurick Edsel", "Shudayra Jeanaya Gisèlle Nathaly Jusmiely", "Celes Ros Isen Regal Mart Stat",
     "tina aria ia ado ie", "", ""),
    ("Pools", "Tomasz Piotr Krzysztof Marek Paweł Grzegorz", "Agnieszka Katarzyna Małgorzata Joanna Ewa Beata", "Wiśn Kowal Nowa Zieli Grab Dąbr",
     "ewski owski czyk ak iński", "", ""),
    ("Roemeens", "Mihai Ionuţ Florin Andrei Cătălin", "Ioana Mirela Simona Daniela Loredana", "Stoi Pope Dumi Rad Mare Ghe", "anu escu ică oiu ean", "", ""),
    ("Bulgaars", "Georgi Stoyan Plamen Hristo", "Desislava Petya Galina Rumyana", "Ivan Dimit Georg Stoy Petk Hrist", "ov ev ovski", "", ""),
    ("Oekraïens", "Oleksandr Taras Dmytro Bohdan Mykola", "Olena Oksana Iryna Halyna Nataliya", "Shevch Kovalch Bond Tkach Mel Hord",
     "enko uk ar yk nyk", "", ""),
    ("Syrisch", "Ahmad Omar Khaled Firas Tarek", "Rania Lama Hala Reem Dima", "Hamw Khat Shar Masr Halab Dar", "i ani awi", "Al-", ""),
    ("Iraaks", "Haider Mustafa Karrar Hussein", "Zainab Noor Ruqaya Sura", "Jubour Saad Tamim Rubai Obaid", "i awi", "Al-|", ""),
    ("Iraans", "Reza Hossein Dariush Kaveh Babak", "Shirin Parisa Maryam Leila Golnaz", "Rahim Moh Tehr Jafar Nour Ashk", "zadeh pour ani nejad far", "", ""),
    ("Afghaans", "Farid Wahid Zabihullah Najib", "Fereshta Mursal Nazanin Madina", "Sult Hak Popal Ahmad Ward Naz", "ani imi zai yar i", "", ""),
    ("Eritrees", "Tesfay Yonas Mehari Filmon Semere", "Senait Selam Rahwa Yordanos Luwam", "Gebre Tesfa Haile Welde Kidane Berhane",
     "mariam medhin selassie michael giorgis hiwet", "", ""),
    ("Ethiopisch", "Dawit Abebe Yared Biniam", "Meron Tigist Bethlehem Hiwot", "Ale Tade Mulu Ayele Bek", "mayehu sse gheta le ele", "", ""),
    ("Somalisch", "Abdi Abdirahman Liban Mahad Guled", "Hodan Faduma Sahra Ayaan Hibo", "Warsa Jaam Egaa Diri Xirs Nuur", "me ac l ye i", "", ""),
    ("Chinees", "Wei Jun Hao Ming Zhiwei", "Mei Xiu Ying Jing Xiaoling", "Zh Ch Hu Zh Ou", "ang en uang ou yang", "", ""),
    ("Hongkong-Chinees", "Kwok-Wing Siu-Ming Chi-Keung", "Wai-Ling Mei-Fong Suk-Yee", "Ch Ch L Y Kw", "an eung am eung an", "", ""),
    ("Surinaams-Chinees", "Frank Roy Edwin", "Carmen Ellen Monique", "Fong Kiem Ling Joe Sam", "", "Tjon A |Tjin A |Lie A |Tsoi A ", ""),
    ("Vietnamees", "Minh Tuan Duc Khoa Thanh", "Lan Thu Huong Ngoc Thao", "Ngu Tr Ph Ho Vu Da", "yen an am ang", "", ""),
    ("Indonesisch", "Rudy Benny Ferry Robby Hendra", "Lily Yvonne Mientje Wulan Dewi", "Sastro Wira Harto Kusuma Tjokro Soeria",
     "amidjojo wijaya diningrat atmodjo putra", "", ""),
    ("Moluks", "Johannes Izaak Semuel Ferdinand", "Yohana Sara Ellen Nona", "Latu Pattina Tuha Manu Tela Ririm", "heru sina puly putty hatu masse", "", ""),
    ("Ghanees", "Kwame Kofi Kwabena Yaw Kojo", "Akosua Ama Abena Efua Adwoa", "Asa Ofo Boat Men Ow Add", "nte ri eng sah usu o", "", ""),
    ("Nigeriaans", "Chinedu Emeka Oluwaseun Tunde Ifeanyi", "Ngozi Chioma Funmilayo Adaeze Bukola", "Ade Olu Oko Chukwu Eze Ola",
     "yemi wole nkwo buike nwa", "", ""),
    ("Kaapverdiaans", "Djeison Nilton Adilson Ailton", "Ivone Nely Djenifer Edna", "Fort Seme Tava Lop Vare Monte", "es do res ela iro", "", ""),
    ("Italiaans", "Giuseppe Marco Luca Salvatore", "Giulia Chiara Francesca Rosaria", "Russ Esposi Bianc Colomb Ferr", "o etti elli ini ara", "", ""),
    ("Grieks", "Giorgos Nikos Dimitris Kostas", "Eleni Katerina Despina Vasiliki", "Papa Kara Georgi Vlach Anto", "dopoulos kis adis ou", "", ""),
    ("Duits", "Jürgen Klaus Dieter Uwe Horst", "Ursula Heike Brigitte Sabine", "Schn Weiß Hoff Kell Brau Lehm", "eider mann meier ner", "", ""),
    ("Hongaars", "László Zoltán Gábor Attila", "Zsuzsanna Erzsébet Katalin Ildikó", "Kov Szab Tót Varg Feke", "ács ó h a ete", "", ""),
    ("Pakistaans", "Imran Asif Tariq Kashif", "Ayesha Saima Rabia Sadia", "Qures Chaudh Maj Ran Bhat", "hi ry eed a ti", "", ""),
    ("Indiaas", "Arjun Vikram Rohit Sandeep", "Priya Deepa Anjali Lakshmi", "Krishna Venkat Subra Ragha", "murthy raman swamy van", "", ""),
]

# (city, first two postcode digits, area code, municipal short number, e-mail domain)
CITIES = [
    ("Zaanstad", "15", "075", "14 075", "zaanstad.nl"), ("Apeldoorn", "73", "055", "14 055", "apeldoorn.nl"),
    ("Leeuwarden", "89", "058", "14 058", "leeuwarden.nl"), ("Tilburg", "50", "013", "14 013", "tilburg.nl"),
    ("Almere", "13", "036", "14 036", "almere.nl"), ("Enschede", "75", "053", "14 053", "enschede.nl"),
    ("Dordrecht", "33", "078", "14 078", "dordrecht.nl"), ("Venlo", "59", "077", "14 077", "venlo.nl"),
    ("Zwolle", "80", "038", "14 038", "zwolle.nl"), ("Haarlem", "20", "023", "14 023", "haarlem.nl"),
    ("Emmen", "78", "0591", "14 0591", "emmen.nl"), ("Helmond", "57", "0492", "14 0492", "helmond.nl"),
    ("Deventer", "74", "0570", "14 0570", "deventer.nl"), ("Heerlen", "64", "045", "14 045", "heerlen.nl"),
    ("Amersfoort", "38", "033", "14 033", "amersfoort.nl"), ("Schiedam", "31", "010", "14 010", "schiedam.nl"),
    ("Gouda", "28", "0182", "14 0182", "gouda.nl"), ("Lelystad", "82", "0320", "14 0320", "lelystad.nl"),
]

STREET_A = ("Lijsterbes Vlinderkruid Koppel Zilverschoon Ganzenbloem Kievits Spoorsingel Ooievaars Brem Reigers Pastoor Molenwiek "
            "Akelei Gerstakker Zeilmakers Klaproos Dotterbloem Turfschip Kwartel Vlasakker Hoefsmid Bijenkorf Lindeboom Egelantier").split()
STREET_B = "laan straat weg hof pad singel erf dreef kade plantsoen".split()
STREET_PRE = ["Van Heemskerck", "Pieter Maas", "Burgemeester Leenders", "Dokter Zamenhof", "Generaal Foulkes", "Jacob Catsz"]

MAIL_PROVIDERS = ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "outlook.com", "planet.nl", "xs4all.nl", "live.nl", "icloud.com"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_SHORT = "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split()
WEEKDAYS = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()

# Known-name words: (word, slot, particle, sentence with the ordinary lower-case use, {w} = the word)
KNOWN = [
    ("Stok", "sur", "", "De chauffeur liet de {w} van meneer achter in de taxi liggen."),
    ("Kruk", "sur", "", "Onder de douche zit zij inmiddels op een {w} met rugleuning."),
    ("Trap", "sur", "", "Volgens de ergotherapeut is de {w} naar de slaapkamer te steil voor een gewone leuning."),
    ("Bus", "sur", "", "Sinds de verbouwing stopt de {w} niet meer aan de verhoogde kant van de halte."),
    ("Poort", "sur", "", "De {w} naast de garage is te smal voor de scootmobiel."),
    ("Paal", "sur", "", "Er staat nu een {w} midden op de gehandicaptenparkeerplaats."),
    ("Voet", "sur", "", "Sinds de operatie is de rechter {w} gevoelloos en autorijden lukt niet meer."),
    ("Kok", "sur", "", "Vroeger werkte zij als {w} in de keuken van het verpleeghuis."),
    ("Schipper", "sur", "", "Haar man was {w} op de Rijn en is vaak weg."),
    ("Timmerman", "sur", "", "Een {w} heeft de drempel bij de achterdeur al weggezaagd."),
    ("Schilder", "sur", "", "De {w} had de leuning van de oprit net opnieuw gelakt."),
    ("Hoek", "sur", "", "De taxi wacht steeds om de {w} in plaats van voor de deur."),
    ("Zwart", "sur", "", "De elektrische rolstoel is {w} en valt in het donker slecht op."),
    ("Groen", "sur", "", "Het voetgangerslicht bij de oversteek staat te kort op {w}."),
    ("Kort", "sur", "", "De overstaptijd bij het station is te {w} voor iemand met een rollator."),
    ("Storm", "sur", "", "Door de {w} van vorige week viel de rit naar de dagbesteding uit."),
    ("Sterk", "sur", "", "Haar dochter is niet {w} genoeg om de handbewogen rolstoel de helling op te duwen."),
    ("Lange", "sur", "de", "Na een {w} wachttijd kwam de vervangende scootmobiel eindelijk."),
    ("Groot", "sur", "de", "Het verschil tussen de oude en de nieuwe indicatie is {w}."),
    ("Wiel", "sur", "van de", "Het voorste {w} van de rolstoel piept en slingert."),
    ("Boom", "sur", "van den", "Een omgewaaide {w} blokkeert het trottoir naar de bushalte."),
    ("Brug", "sur", "van der", "De {w} over de singel heeft geen leuning aan de fietskant."),
    ("Berg", "sur", "van den", "Er ligt een {w} papierwerk van de keuring op de keukentafel."),
    ("Winter", "sur", "de", "In de {w} is de oprit naar de voordeur vaak glad."),
    ("Visser", "sur", "", "Haar zoon is {w} in IJmuiden en kan alleen in het weekend rijden."),
    ("Bakker", "sur", "", "De {w} op de hoek bewaart de opvouwbare rolstoel als de taxi laat is."),
    ("Koster", "sur", "", "De {w} van de kerk helpt haar op zondag bij de oprit."),
    ("Roos", "first", "", "Naast de oprit staat een {w} die over het pad groeit."),
    ("Merel", "first", "", "Een {w} heeft een nest gebouwd in de overkapping van de scootmobiel."),
    ("Rem", "sur", "", "De {w} van de scootmobiel grijpt niet meer op de helling."),
]
