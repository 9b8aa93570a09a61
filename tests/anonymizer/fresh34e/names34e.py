"""Name material for fresh34e: per origin group, first names (m, f) and surname parts that are composed."""

from __future__ import annotations

import unicodedata

S = str.split

# group: (male first names, female first names, surname parts A, surname parts B, joiner)
#   joiner "cat": A+B ; "sp": A + " " + B ; "pre": prefix A (may end in space/hyphen) + B ; "list": A only
GROUPS = {
    "Nederlands": (
        S("Gerrit Jeroen Teunis Hendrik Wouter Bart Sjaak Evert Ruud Lambert"),
        S("Wilma Hennie Marjolein Ineke Gerda Annemiek Truus Mirjam Fenna Liesbeth"),
        S("Hoog Wester Brink Ooster Zand Haver Vleer Molen Berk Lange Rijn Klomp"),
        S("veld kamp huis broek ink horst dorp beek man werf"),
        "cat",
    ),
    "Fries": (
        S("Sjoerd Tsjalling Hylke Oebele Jelle Wybren Auke Sieds"),
        S("Wytske Baukje Froukje Sietske Jitske Tjitske Aukje Geeske"),
        S("Feen Tal Wier Sjol Hoek Rinse Bylt Kloost Hettin Jouw"),
        S("stra sma inga ema ma enga"),
        "cat",
    ),
    "Marokkaans": (
        S("Mohssine Abdelkader Brahim Yassine Driss Hamid Noureddine Rachid"),
        S("Fatiha Naima Khadija Souad Latifa Zoubida Ikram Malika"),
        ["El ", "Ben ", "Aït ", "Bou", "Ouled "],
        S("hadouchi kaddouri mrabet azzouzi ouahabi bakkali yousfi ouriaghli tahiri"),
        "pre",
    ),
    "Turks": (
        S("Mehmet Hüseyin Cengiz Erdal Kemal Orhan Serkan Levent"),
        S("Ayşe Emine Hatice Sevgi Gülsen Nurten Elif Songül"),
        S("Yıldız Kara Demir Akın Öz Ay Taş Gül Ateş Çelik Bay Kurt"),
        S("oğlu han kan soy türk can bey ekin"),
        "cat",
    ),
    "Surinaams-Hindoestaans": (
        S("Rajesh Dewkoemar Ravi Soerindre Anand Radjen Prem Ashwin"),
        S("Sunita Anjali Shanti Sarita Radhika Kamla Nirmala Soeshila"),
        S("Ram Chand Jhagroe Bhola Mahab Sew Kalloe Bis Goed Rambha"),
        S("sing dat adjal persad bali nath ai harie"),
        "cat",
    ),
    "Surinaams-Creools": (
        S("Errol Wensley Clifton Marlon Romano Glenn Ricardo Stanley"),
        S("Gracia Sheila Naomi Ingrid Jennifer Shirley Gerda Marcia"),
        S("Doel Zee Kensen Wijn Sabaj Nijman Graan Pina Bron Lieuw"),
        S("wijt fuik huis gaarde o stoe kon"),
        "cat",
    ),
    "Surinaams-Javaans": (
        S("Soekarmin Wagiman Parto Sarmo Djoko Soepardi"),
        S("Marijem Soeminah Sri Tumirah Satinem Wartini"),
        S("Soe Kar Sar Pawiro Sadi Ponto Kromo Sastro"),
        S("dikromo mo redjo sono dimedjo wirjo"),
        "cat",
    ),
    "Antilliaans": (
        S("Jurgen Shurendy Rignald Giovanni Ruthsel Sherwin"),
        S("Roxanne Giselle Zuleika Jeanine Shurmaine Yaniska"),
        S("Mar Isen Roz Ange Mart Pie Fran Cijn Sil"),
        S("tina ia ela ster koi ca tje lé"),
        "cat",
    ),
    "Pools": (
        S("Bartosz Krzysztof Tomasz Wojciech Grzegorz Przemysław"),
        S("Agnieszka Małgorzata Joanna Katarzyna Dorota Beata"),
        S("Kowal Grab Sobcz Mazur Wrob Pawl Kaczm Szym Jank"),
        S("czyk owicz ak iec ewicz arek"),
        "cat",
    ),
    "Syrisch": (
        S("Ghaith Yamen Maher Rami Nizar Wael"),
        S("Rasha Lina Rania Hala Dima Nour"),
        ["Al-", "Al ", "", "Abu "],
        S("Hamwi Halabi Khatib Dimashqi Shami Sabbagh Atassi Jabri Kurdi"),
        "pre",
    ),
    "Eritrees": (
        S("Tesfay Yonas Filmon Berhane Mussie Awet"),
        S("Senait Mebrat Semhar Helen Saba Luwam"),
        S("Gebre Hai Kidane Wolde Tekle Ghebre Tes Mehari"),
        S("mariam le meskel slassie ab hans fay zghi"),
        "cat",
    ),
    "Somalisch": (
        S("Abdirahman Mahad Abdullahi Liban Guled Mukhtar"),
        S("Hodan Farhiya Ayaan Sahra Ubah Nimco"),
        S("Warsame Jama Farah Hirsi Dirie Samatar Elmi Guleid Aadan"),
        [],
        "list",
    ),
    "Chinees": (
        S("Wei Jun Hao Zhen Jianguo Haoran"),
        S("Xiaoling Meiling Yan Jiaqi Lihua Xiu"),
        S("Zhou Lin Chen Huang Liu Zheng Tang Cheung Xu"),
        [],
        "list",
    ),
    "Moluks": (
        S("Semuel Ronald Johan Izaak Frits Jopie"),
        S("Femmy Agustina Elvira Nona Christina Wilhelmina"),
        S("Latu Mana Tuha Sopa Pattin Wattim Lekat Tahap"),
        S("heru sahu ssina ena asina ama ompo ary"),
        "cat",
    ),
    "Ghanees": (
        S("Kwame Kofi Yaw Kwabena Kwaku Kojo"),
        S("Akosua Ama Abena Efua Adwoa Afua"),
        S("Ofori Mensah Asante Boateng Owusu Agyeman Appiah Darko Adjei"),
        S("Atta Bonsu Ansah Manu"),
        "hyph",
    ),
    "Duits": (
        S("Jürgen Dieter Matthias Rainer Uwe Klaus"),
        S("Ursula Heike Sabine Brigitte Anke Gisela"),
        S("Schwarz Hof Brenn Wald Stein Eich Link Rott"),
        S("meier mann ecker bauer berger hauser"),
        "cat",
    ),
    "Vlaams": (
        S("Wout Koen Jens Stijn Pieter-Jan Dries"),
        S("Lieve Griet Ine Hilde An-Sofie Veerle"),
        ["Ver", "Vanden", "Van", "De"],
        S("haeghe broucke cauter meulen straete poorter eeckhout"),
        "cat",
    ),
    "Roemeens": (
        S("Ionuț Florin Cătălin Mihai Adrian Vasile"),
        S("Mihaela Andreea Ioana Florentina Roxana Elena"),
        S("Pop Dumitr Stoic Munt Radul Georgi Vlăd Cost"),
        S("escu eanu ache oiu"),
        "cat",
    ),
    "Bulgaars": (
        S("Dimitar Stoyan Plamen Hristo Todor Kalin"),
        S("Galina Rumyana Desislava Snezhana Tsvetelina Milena"),
        S("Petk Ivan Stoy Dimitr Kolev Gospod Yord"),
        S("ov"),
        "cat",
    ),
    "Oekraïens": (
        S("Oleksandr Bohdan Taras Mykola Andriy Yurii"),
        S("Iryna Oksana Nataliya Halyna Olena Larysa"),
        S("Shevch Bond Kovalch Tkach Melnych Kravch Hnat Savch"),
        S("enko uk yshyn iv"),
        "cat",
    ),
    "Afghaans": (
        S("Farid Habib Wahid Najib Samiullah Khalid"),
        S("Zarmina Nilofar Parwana Mursal Freshta Shabnam"),
        S("Ahmad Karim Rahim Naser Hakim Sharif Amin Wardak"),
        S("zai yar khel zada i"),
        "cat",
    ),
    "Iraaks": (
        S("Haider Ammar Ahmed Saif Mustafa Hassanein"),
        S("Zainab Sura Dunya Ruqaya Shaimaa Hiba"),
        ["Al-"],
        S("Jubouri Saadi Rubaie Tamimi Obeidi Zubaidi Khafaji"),
        "pre",
    ),
    "Koerdisch": (
        S("Rezan Dilshad Karwan Shvan Azad Hozan"),
        S("Berivan Rojda Nishtiman Hêvî Zozan Gulistan"),
        S("Baran Zana Dil Roj Ser Kawa Bakhti"),
        S("ani bar zadî ar"),
        "cat",
    ),
    "Iraans": (
        S("Dariush Kourosh Babak Siamak Behrouz Arash"),
        S("Shirin Nasrin Mahnaz Farnaz Golnar Parisa"),
        S("Ahmadi Rezai Mohseni Tehrani Shirazi Karimi Jafari Sadeghi"),
        S("nejad pour far zadeh"),
        "cat",
    ),
    "Vietnamees": (
        S("Thanh Minh Duc Quang Tuan Hung"),
        S("Lan Huong Thu Ngoc Phuong Hanh"),
        S("Tran Pham Hoang Dang Bui Huynh Truong Dinh"),
        [],
        "list",
    ),
    "Indiaas": (
        S("Pranav Arjun Siddharth Vikram Rohan Karthik"),
        S("Divya Kavya Lakshmi Priyanka Shreya Ananya"),
        S("Venkat Subra Rama Nara Srini Gopal Krishna"),
        S("murthy raman swamy yanan vasan krishnan"),
        "cat",
    ),
    "Pakistaans": (
        S("Imran Bilal Usman Tariq Kashif Waqas"),
        S("Saima Ayesha Farzana Nadia Rubina Sadia"),
        S("Chaudhry Qureshi Malik Siddiqui Rana Bajwa Cheema Gondal"),
        [],
        "list",
    ),
    "Portugees": (
        S("Tiago Rui Nuno Duarte Gonçalo Vasco"),
        S("Inês Filipa Joana Catarina Beatriz Leonor"),
        S("Teixeira Carvalho Figueiredo Monteiro Lourenço Rebelo"),
        S("Tavares Gonçalves Pinto Barros Sequeira"),
        "sp",
    ),
    "Kaapverdisch": (
        S("Adilson Eder Elton Nelson Hélder Kevin"),
        S("Djenifer Nilda Zuleica Edna Ivanilda Maria-José"),
        S("Semedo Fortes Lopes Brito Varela Furtado Monteiro"),
        [],
        "list",
    ),
    "Italiaans": (
        S("Giuseppe Salvatore Luca Vincenzo Massimo Carmine"),
        S("Francesca Chiara Giulia Rosaria Concetta Alessandra"),
        S("Esposit Ruzz Gallucc Marin Cap Lombard Ferr Bianc"),
        S("o i elli ucci etti one"),
        "cat",
    ),
    "Spaans": (
        S("Javier Álvaro Sergio Rafael Íñigo Jorge"),
        S("Carmen Lucía Pilar Nerea Rocío Montserrat"),
        S("Fernández González Rodríguez Martínez Sánchez López Jiménez"),
        S("Ortega Molina Navarro Delgado Serrano Iglesias Cabello"),
        "sp",
    ),
    "Grieks": (
        S("Giorgos Kostas Nikos Thanasis Stavros Vangelis"),
        S("Eleni Dimitra Sofia Katerina Despina Vasiliki"),
        S("Papa Kara Anto Dimo Christo Vasil"),
        S("dopoulos nikolaou giannis kakis poulos iadis"),
        "cat",
    ),
    "Hongaars": (
        S("Zoltán Gábor Attila László Tibor Csaba"),
        S("Erzsébet Ildikó Katalin Zsuzsanna Ágnes Edit"),
        S("Szabó Kovács Tóth Farkas Balogh Varga Horváth Molnár Lakatos"),
        [],
        "list",
    ),
    "Bosnisch": (
        S("Emir Senad Adnan Mirza Haris Nermin"),
        S("Amra Lejla Selma Aida Emina Nermina"),
        S("Hodž Mehmed Begov Kovač Halil Mujk Hasan"),
        S("ić ović agić ević"),
        "cat",
    ),
    "Ethiopisch": (
        S("Abebe Dawit Yohannes Tewodros Biniam Henok"),
        S("Meron Selamawit Tigist Hirut Bethlehem Mahlet"),
        S("Bekele Tadesse Alemu Girma Mengistu Assefa Wondimu Desta"),
        [],
        "list",
    ),
    "Nigeriaans": (
        S("Chinedu Emeka Oluwaseun Tunde Ikenna Obinna"),
        S("Ngozi Adaeze Funmilayo Chiamaka Yetunde Ifeoma"),
        S("Oko Ade Nwa Olu Ogun Chukwu Ibe"),
        S("nkwo yemi chukwu wole leye meka"),
        "cat",
    ),
    "Filipijns": (
        S("Jerome Arnel Jericho Rommel Dindo Jun-Jun"),
        S("Maricel Rowena Lovely Marivic Analyn Jocelyn"),
        ["Dela Cruz", "Bautista", "Villanueva", "Macaraeg", "Dimaculangan", "Sarmiento", "Panganiban"],
        [],
        "list",
    ),
}

DUTCH_PARTICLES = ["van", "van de", "van der", "van den", "de", "ter", "ten", "van 't", "in 't", "den"]

# known-name surnames: (particle, surname, ordinary lower-case word, sentence with {w})
KNOWN = [
    ("", "Mol", "mol", "Op het middenpad wroet al weken een mol; niemand wil hem vergiftigen."),
    ("", "Kool", "kool", "De rupsen hebben bijna elke kool op de oostkant kaalgevreten."),
    ("van der", "Tuin", "tuin", "Wie zijn tuin niet bijhoudt, krijgt eerst een mondelinge waarschuwing."),
    ("", "Boon", "boon", "Geen boon kwam op na de koude nachten in mei."),
    ("", "Wortel", "wortel", "Een wortel uit eigen grond smaakt anders, zeggen de kinderen."),
    ("", "Peer", "peer", "De oude peer bij het hek moet volgens de boomdeskundige blijven staan."),
    ("", "Haas", "haas", "Een haas komt 's avonds door het gat in het gaas de sla opeten."),
    ("", "Vink", "vink", "Zet per onderdeel een vink in de kolom 'in orde'."),
    ("", "Kraai", "kraai", "Een kraai pikt elke ochtend de zaaibedden leeg."),
    ("de", "Vos", "vos", "Vorige week heeft een vos twee kippen van het complex gehaald."),
    ("van der", "Sloot", "sloot", "De sloot langs de achterste rij moet in het najaar worden uitgebaggerd."),
    ("van den", "Akker", "akker", "De oude akker achter de kantine wordt een pluktuin voor de buurt."),
    ("van 't", "Veld", "veld", "Het lege veld naast het complex is aangewezen voor woningbouw."),
    ("van der", "Haag", "haag", "De haag rond het complex mag niet hoger worden dan 1,80 meter."),
    ("", "Bos", "bos", "Aan de rand van het bos staat de nieuwe composthoop."),
    ("van der", "Beek", "beek", "Water uit de beek oppompen is volgens het waterschap niet toegestaan."),
    ("", "Riet", "riet", "Het riet in de greppel wordt in februari gemaaid."),
    ("", "Ploeg", "ploeg", "De ploeg van de zaterdagochtend maait de paden."),
    ("", "Roos", "roos", "Een roos op de erfgrens telt niet als haag, zegt het reglement."),
    ("", "Groen", "groen", "Het hele complex moet groen blijven, ook in de winter."),
    ("", "Bijl", "bijl", "Een bijl en een kettingzaag horen niet in een onafgesloten schuur."),
    ("de", "Wit", "wit", "Het hek is vorig jaar wit geschilderd door vrijwilligers."),
    ("", "Vogel", "vogel", "Een vogel nestelt in de dakgoot van de kas, dus die blijft even staan."),
    ("", "Slot", "slot", "Het slot van de gereedschapsschuur is opengebroken."),
    ("van der", "Wal", "wal", "De wal van de sloot is op twee plekken ingezakt."),
    ("van den", "Heuvel", "heuvel", "Op de heuvel achter de kantine komt een bijenhotel."),
    ("van der", "Brug", "brug", "De houten brug naar de achterste tuinen is onveilig."),
    ("", "Zwaan", "zwaan", "Een zwaan broedt naast de vijver; het pad blijft daar dicht."),
    ("", "Spreeuw", "spreeuw", "Een spreeuw heeft de kersen eerder geplukt dan wij."),
    ("", "Molenaar", "molenaar", "De molenaar van de korenmolen levert het meel voor de oogstdag."),
    ("", "Kok", "kok", "Op de oogstdag kookt een kok van het buurthuis met onze groente."),
    ("", "Schaap", "schaap", "Een schaap van de kinderboerderij graast op het braakliggende stuk."),
    ("", "Hooi", "hooi", "Het hooi van de bloemenweide mag niet op de composthoop."),
    ("", "Prins", "prins", "De kinderen van de schooltuin speelden een prins en een boer in de oogstmusical."),
]

KNOWN_FIRST = {
    "m": S("Gerrit Jeroen Teun Sjoerd Evert Ruud Auke Bart Hylke Lammert"),
    "f": S("Wilma Hennie Marjolein Ineke Baukje Gerda Truus Fenna Liesbeth Wytske Annemiek"),
}

TRANS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "æ": "ae"})


def ascii_(s: str) -> str:
    s = s.translate(TRANS)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
