"""Name parts of 46 origin groups, streets, places and keep words for holdout34 (standard library only).

Each origin: (first-name parts A, first-name parts B or None, surname prefixes, surname suffixes, particles).
First names are joined A+B when B is given, else drawn from A (then joined at a syllable edge in 30%)."""

ORIGINS = {
    "dutch": ("Wou Ger Aal Hen Jo Bar Ber Wil Ma Ri Lie Fen Tjee Mar Ka Do", "ter rit bert ke nie rike ke na tje mijn rens da", "Ver Hoog Ter Wes Oost Brou Kleve Boek Zand Stee Wou Mee Hol Rijs Koe Bree Aal", "hout ink ema huizen voort kamp lenberg dijk veld mans wijk sink gens erink horst", ["van", "van der", "van de", "de", "ter", "ten", "van 't", "in 't", "op den", "van den"]),
    "frisian": ("Sj Wyb Hi Ou Ja Tj Ei Fok Ryk Ge Aa", "oerd ren dde ke pke itske ke le tse", "Hof Ploe Dijk Wiers Bos Fok Hoek Sik Tamm Yps Hel", "stra sma ma inga ema ga singa", []),
    "limburg": ("Ji Nol Twan Mi Ber Sjra Hu Lam Loe Ma", "ke te ny ke rt ef jbert bert k rieke", "Ver Hen Ker Ste Op Pol Schoe Oeb Lem Meu", "kens ckens ris gers mans ssen ssen mans lers", ["van", "van den", "op de", "in den"]),
    "flemish": ("Wa Lie Jo Brecht Geert Mie Staf Sie Ilse Lo", "uter ve ris je rt ke ndie ske", "Van Vande Ver Van den De Claes Goos Vanh Smeer Wou", "ckx ghe meulen aecke bergh elst dewalle ghem ens", ["Vanden", "Vande", "Ver", "De", "D'"]),
    "moroccan": ("Moh Kha Yous Fat Nou Sou Ham Ila Rach Abd Sal", "amed lid sef ima ra ad za ida ma id", "El Bou Ait Ou Ben Am Ach Azz Mek Tah", "hadi ali azzi rouch kouri laoui hari ouli ddouri iri", ["El", "Bou", "Ait", "Ben"]),
    "amazigh": ("Tif Itr Mass Ami Tas Yug Idi Nou Tan", "inagh ri insa ine ten rten ir", "Ou Ait Ame Izz Tam Aq Ams Id", "ahmou bella zian aghrout ouzzi rar ouarrak", ["Ait", "Ou"]),
    "turkish": ("Meh Emi Zey Mus Ay Öz Ha Bü Şe Çi", "met ne nep tafa şe lem kan şra vin", "Yıl Öz Kara Ak Çe Doğ Şah Gül Tok Bay", "maz türk oğlu kaya lik an bey dere soy rak", []),
    "kurdish": ("Ba Ro Di Zi Ber Hê Şi Ar", "rzan jda lan van ivan vî rin", "Zê Rê Bo Ker Şêx Ma Hes", "bari dar toni kî mo zin", []),
    "hindustani": ("Ra Su Ani Pri Sun Kri Dhar Ve Sa", "jesh nita ta ya eeta shna ma", "Ram Bhag Sew Jha Mahab Ram Kalloe Bis", "sahai wandin nath oerie ier djan sing", []),
    "creole": ("Win Ra Glen Ir Jur Ma Ci De Ro", "ston nald mis va gen rlon ndy", "Fer Lin Bleek Pin Hes Doe Sle Kar", "rier ger er as sel kel ijer lijn", []),
    "javanese": ("Sar Wa Ka Sup Pai Su Ti", "mo dimin rsi ardi jem mi nah", "Sa Ka Ri Sont Mo Pawi Soe", "rmo mijo ban ohadi rman kromo", []),
    "antillean": ("Gis Shu Ju Mi Rud Zu Jai", "elle ella sé reille y leika ro", "Mar Fran Ros Hooi Gom Isen Cov", "tina cisca ario boer ez ia", []),
    "moluccan": ("Ma Je Nus Ri Yo Bra", "rthen lle ky pina", "Ta Lat Wat Ri Hu Sa Pat", "hitu umahina tilete pasa lisang", []),
    "indonesian": ("Dew Bud Pu Ag Sri Lin Rah", "i i tri ung ani da mat", "Wij Kus Har Pur Sant Siman", "aya mawan tono nomo oso juntak", []),
    "chinese": ("Wei Li Xiu Hong Jun Mei Chen", "ming ling jie hua yan", "", "Zhang Wong Cheung Liang Tsang Kwok Yip Lau", []),
    "vietnamese": ("Thanh Minh Lan Thu Quang Ngoc Hoa", "Tâm Hằng Anh Đức Huy", "", "Nguyễn Trần Phạm Huỳnh Võ Đặng Bùi Dương", []),
    "polish": ("Ka Ma Pio Ag Grze Ło Zbi Bar", "sia tr ata niesz cja gniew tosz", "Wiś Kowal Zieliń Wojcie Mazur Kamiń Szyman Dąbr", "niewski czyk ski chowski kiewicz owski iak", []),
    "romanian": ("Io Ma Ad Lu Cris Mi Ga", "ana rian rina ciana tina hai briela", "Po Ion Dumit Sto Con Mun Rad", "pescu escu rache ianu stantin teanu ulescu", []),
    "bulgarian": ("Dim Ve Sto Pet Tsve Boy Ra", "itar selina yan ya tan ko dka", "Dim Ge Stoy Pet Ivan Tod Kol", "itrov orgiev anov kov ov orov", []),
    "ukrainian": ("Ok Bo Ta Ol Vo Ma Yu", "sana hdan ras eh lodymyr ryna liia", "Shev Bon Kov Tkach Lys Mel Hon", "chenko darenko alenko uk enko nyk charuk", []),
    "lithuanian": ("Ai Ju Rū Dai Vy Ig Lau", "stė ras ta nius tautas nas ra", "Kazl Jan Petr Stank Žuk Bal Vaš", "auskas kus aitis evičius ūnas čiūnas", []),
    "hungarian": ("Zsó Bal Gyö Eni Lász Kri Im", "fia ázs rgy kő ló szta re", "Szé Hor Nagy Tót Kis Vár Fa", "kely váth pál hné faludi gas", []),
    "czech": ("Ja Pe Vác Ka Mi Zde", "kub tra lav teřina loš něk", "Dvo Nová Svo Kuč Pro Hor", "řák ček boda era cházka áček", []),
    "bosnian": ("Am Sel Emi Har Mir Al Ne", "ra ma na is za dina rmin", "Hod Beg Hal Mu Del Kar Omer", "žić ović ilović jić ić čić agić", []),
    "albanian": ("Ar Bes Dri Ilir Vjo Ert Lind", "ben nik ta ana sa ina ita", "Hox Ber Kra Geg Shal Dur", "ha isha sniqi aj a mishi", []),
    "greek": ("Dim Ele Yan Kon Sof Ni Ath", "itris ni nis stantinos ia kos ina", "Pap Kon Geor Ant Nik Chris", "adopoulos stantinou giou oniou olaidis tou akis", []),
    "italian": ("Giu Fran Lo Ales Chia Mat Ro", "seppe cesca renzo sandro ra teo berta", "Espo Ric Ross Gal Fer Mar Col", "sito ci elli lo rari ino ombo", ["di", "Della", "Lo"]),
    "spanish": ("Ja Lu Al Ca Die Pi Ro", "vier cía ejandro rmen go lar cío", "Fer Gon Mar Rod Jim Ló Sán", "nández zález tínez ríguez énez pez chez", ["de", "del", "de la"]),
    "portuguese": ("Jo Ma Ped Ri Inê Tia Lu", "ão ria ro ta s go ísa", "Ferr Sil Cost Perei Alme Rodri Sou", "eira va a ra ida gues sa", ["dos", "da", "de"]),
    "capeverdean": ("Nel Ad Ju Ze Ivo Ede", "son ilson lião ferino son nilza", "Fur Tav Mon Sem Lop Var", "tado ares teiro edo es ela", ["dos", "da"]),
    "arabic": ("Ra Ni Yas Lay Ma Sa Hus", "sha zar min la jed mir sein", "Al-Ha Al-Ma Kh Dar Sh Has Nas", "shimi sri atib wish ami san rallah", []),
    "iraqi": ("Zai Ha Mun Ya Sa Ab", "nab idar tadhar ra ja bas", "Al-Ju Al-Ta Kaz Ob Jaf", "bouri ie emi aidi ari", []),
    "eritrean": ("Tes Se Ye Fi Me Ha", "faye laam mane ori kdes gos", "Ghe Tes Wel Keb Has Be", "bremeskel fay degebriel ede et rhane", []),
    "ethiopian": ("Abe Tsi Ye Bi Se Mek", "be on shi rhan lam onnen", "Ta Gir Al Hai Des Wol", "desse ma emu le ta de", []),
    "somali": ("Ay Ab Fa Hod Ism Ilh", "aan dirahman rhiya an ail aan", "Wa War Ja Far Ad Hir", "rsame sanneh ama ah an si", []),
    "afghan": ("Ah Fer Mas Za Shab Ha", "mad eshta oud rghuna nam mid", "Ah Sa Kar Rah Nab Ha", "madzai fi imi imi izada", []),
    "iranian": ("Par Da Sho Ka Ne Mi", "isa riush reh veh gin tra", "Ta Mo Ka Ja Ra Ho", "herian radi zemi vadi hmani sseini", []),
    "ghanaian": ("Kwa Ab Ya Ko Efu Am", "me ena a fi a", "Ow Men Bo Ag Asa Ad", "usu sah ateng yeman nte jei", []),
    "nigerian": ("Chi Olu Ade Ngo Ife Emeka", "nedu wa tola zi oma", "Ok Ade Ol Nwo Eze Ob", "afor yemi uwole su ike", []),
    "congolese": ("Ma Ju Ben Gra Pa Ro", "nu stin oit ce tience bert", "Ka Mu Ilun Lu Tsh Mbu", "bila tombo ga mumba isekedi", []),
    "tamil": ("Sel Ka Thu Vi Nal Ja", "vi vitha rga jay ini ya", "Sivak Kan Thav Rat Bal Param", "umar apathy arasa nam asingham", []),
    "pakistani": ("Im Ay Bil Sa Fa Zee", "ran esha al ba iza shan", "Chau Qur Butt Mal Raz Iq", "dhry eshi ik a bal", []),
    "filipino": ("Ma Je Ro Chri Ana Ma", "rilou ssa nel stine lyn risol", "Rey Sant Bau Gar Vil Agu", "es os tista cia lanueva ilar", ["dela", "de los"]),
    "irish": ("Sio Ai Cia Ni Eoi Sea", "bhan fe ran amh n mus", "O'Bri Mc Fitz Mac Kel Mur", "en Carthy gerald ken ly phy", []),
    "german": ("Jür Hei Ul Kla Sab Wol", "gen ke rike us ine fgang", "Schm Hoff Schu Wag Fisch Kr", "idt mann ltze ner er äuter", ["von", "von der"]),
    "thai": ("Som Nal Sup Kan Tha Wa", "chai inee apong ya nya nee", "Sae Chai Won Sri Sak", "tang yaphum gsawat suk dee", []),
    "korean": ("Ji Min Seo Hye Dong", "woo jun yeon jin hyun", "", "Kim Park Choi Jung Kang Yoon", []),
    "japanese": ("Yu Ha Ke Sa Mi", "ki ruto nji kura dori", "Tana Yama Wata Naka Kobay", "ka moto nabe mura ashi", []),
    "armenian": ("Ar Ani Gev Nar Tig Lus", "men i org ine ran ine", "Hako Petro Gri Avet Saak", "byan sian goryan isyan yan", []),
    "short": ("Bo Ai Li Ed Uz", None, "", "Ng Oz Li Ek Uy Im", []),
}

DUTCH_FIRST = ("Daan Sanne Thijs Noor Bram Fenna Gijs Ilse Koos Marloes Ruud Wieteke Joost Hennie Geesje Rutger Sjef Lotte "
               "Ymke Teun Femke Marijn Anouk Krijn Willemijn Hidde Esmee Jeroen Annelies Maarten Gerdien Stijn").split()
NICKS = ["Mo", "Sjonnie", "Lizzy", "Bennie", "Kiki", "Dolly", "Toontje", "Pimmie", "Jojo", "Floortje", "Tommie", "Nana"]

STREET_A = ("Rietgors Kievitsbloem Zandloper Lindeboog Hazelaar Kiezelwaard Meidoorn Wolfskers Kraaiheide Esdoorn "
            "Ganzerik Korenbloem Vlasakker Lisdodde Waterhoen Kamperfoelie Heideroos Zilverschoon Boterbloem Brem "
            "Zwanenbloem Klaproos Pijlkruid Slangenwortel Duinroos Goudsbloem Ratelaar Walstro").split()
STREET_B = ["straat", "laan", "hof", "pad", "weg", "gaarde", "erf", "singel", "plantsoen", "kade", "dreef", "veld"]
TITLED = ["Burgemeester", "Dokter", "Pastoor", "Meester", "Zuster", "Wethouder", "Notaris"]
TOWNS = ["Zwolle", "Deventer", "Apeldoorn", "Leeuwarden", "Assen", "Almere", "Lelystad", "Haarlem", "Leiden",
         "Gouda", "Delft", "Dordrecht", "Breda", "Tilburg", "Venlo", "Roermond", "Sittard", "Arnhem", "Nijmegen",
         "Ede", "Hengelo", "Enschede", "Emmen", "Hoorn", "Purmerend", "Zaandam", "Middelburg", "Vlissingen"]

DEPTS = ["team Wonen", "afdeling Vergunningen", "team Toezicht en Handhaving", "team Openbare Ruimte",
         "afdeling Belastingen", "Klantcontactcentrum", "team Bouwen en Wonen", "Juridische Zaken",
         "team Groen", "afdeling Burgerzaken", "Omgevingsdienst", "team Leefbaarheid"]
ORGS = ["Woonstichting Thuisbaas", "Huurteam", "Juridisch Loket", "Het Buurtbemiddelingshuis",
        "Vereniging Eigen Huis", "Rechtbank", "Kadaster", "Huurcommissie", "Omgevingsdienst Regio",
        "Veiligheidsregio", "Wijkteam Noord", "Stichting Groenwacht"]
LAWS = ["Omgevingswet", "Huisvestingswet", "Algemene wet bestuursrecht", "Burgerlijk Wetboek",
        "Algemene Plaatselijke Verordening", "Huisvestingsverordening", "Bomenverordening", "Wet goed verhuurderschap"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MAILHOSTS = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "icloud.com",
             "planet.nl", "xs4all.nl", "proton.me", "yahoo.com", "home.nl", "gmx.de", "telenet.be"]
GENERIC_MAIL = ["info@", "vergunningen@", "vve-loket@", "toezicht@", "groen@", "vakantieverhuur@", "klachten@",
                "bezwaar@"]

# The known file: surname or first-name words (not named in holdout8 … holdout33's READMEs), each with
# two ordinary lower-case phrases that hold the word as a whole word.
WORD_NAMES = {
    "Haring": ("een haring bij de viskraam", "de haring op de markt"), "Baars": ("een baars uit de vijver", "de baars die hij ving"),
    "Post": ("de post van vandaag", "de post op de mat"), "Hoek": ("de hoek van de straat", "de hoek van de tuin"),
    "Dam": ("de dam in de sloot", "de dam bij de boerderij"), "Vis": ("de vis in de vijver", "vis op vrijdag"),
    "Zeeman": ("een zeeman met verlof", "het leven van een zeeman"), "Ruiter": ("een ruiter op het jaagpad", "de ruiter en zijn paard"),
    "Boon": ("een boon in de moestuin", "geen boon gegeten"), "Peer": ("een peer van de boom", "de peer in de fruitschaal"),
    "Appel": ("een appel uit de boomgaard", "de appel valt niet ver"), "Kool": ("een kool uit de moestuin", "rode kool"),
    "Raap": ("een raap uit de grond", "de raap in de soep"), "Tuin": ("de tuin achter het huis", "de tuin van de buren"),
    "Wijngaard": ("een wijngaard aan de dijk", "de wijngaard van de buurman"), "Boomgaard": ("de boomgaard achter de school", "een boomgaard met peren"),
    "Schaap": ("een schaap in de wei", "het schaap van de buren"), "Kip": ("een kip in de ren", "de kip van de buurvrouw"),
    "Vos": ("een vos bij het kippenhok", "de vos in de nacht"), "Raaf": ("een raaf op het dak", "de raaf in de eik"),
    "Gans": ("een gans bij de vijver", "de gans op het grasveld"), "Noot": ("een noot op de balk", "een harde noot"),
    "Stoel": ("een stoel in de hal", "de stoel bij het raam"), "Kraal": ("een kraal van glas", "de kraal in de vloer"),
    "Schoen": ("een schoen in de gang", "de schoen op de stoep"), "Kap": ("de kap van de lamp", "een kap op de schoorsteen"),
    "Tuinman": ("de tuinman van het park", "een tuinman met een snoeischaar"), "Schoenmaker": ("de schoenmaker op de hoek", "een schoenmaker in de straat"),
    "Schrijver": ("een schrijver van boeken", "de schrijver van de brief"), "Leeuw": ("een leeuw in de dierentuin", "de leeuw op het wapen"),
    "Weide": ("de weide achter de dijk", "een weide vol koeien"), "Laan": ("de laan met platanen", "een laan vol bomen"),
    "Bron": ("de bron van de overlast", "een bron in het bos"), "Put": ("de put in de tuin", "een put bij de stoep"),
    "Wiel": ("het wiel van de fiets", "een wiel van de container"), "Winkel": ("de winkel op de hoek", "een winkel in het centrum"),
    "Zaal": ("de zaal van het wijkcentrum", "een volle zaal"), "Baron": ("een baron uit het verleden", "de baron van het kasteel"),
    "Vlieg": ("een vlieg op het raam", "de vlieg in de keuken"), "Slang": ("de slang van de kraan", "een slang in het terrarium"),
    "Vriend": ("een vriend van de familie", "de vriend van haar zoon"), "Kam": ("een kam in de tas", "de kam van de haan"),
    "Boek": ("een boek uit de bibliotheek", "het boek op tafel"), "Wachter": ("de wachter bij de poort", "een wachter van het park"),
    "Bode": ("de bode van de raad", "een bode met de post"), "Roem": ("de roem van het dorp", "roem en eer"),
    "Kracht": ("de kracht van de storm", "de kracht van de wind"), "Spruit": ("een spruit op het bord", "de spruit van de boom"),
    "Haver": ("de haver op het land", "een zak haver"), "Hart": ("het hart van de wijk", "het hart van de buurt"),
    "Vrolijk": ("een vrolijk gezicht", "de vrolijk beschilderde schutting"), "Goedkoop": ("een goedkoop alternatief", "de goedkoop gebouwde schuur"),
    "Wakker": ("een wakker oog", "de wakker geschrokken buren"), "Droog": ("droog weer", "de droog gevallen sloot"),
    "Krom": ("een krom hek", "de krom gegroeide paal"), "Kant": ("de kant van de weg", "de kant van de sloot"),
}
WORD_FIRST = {
    "Roman": ("een roman uit de bibliotheek", "de roman die ze las"), "Erica": ("de erica in de bloembak", "een pot erica"),
    "Viola": ("de viola in het orkest", "een viola in de kast"), "Flora": ("de flora langs de sloot", "flora en fauna"),
    "Constant": ("constant lawaai", "een constant geluid"), "Marjolein": ("marjolein in de kruidentuin", "een pot marjolein"),
}
# particles some word-surnames take in the known file
WORD_PARTICLE = {"Tuin": "van der", "Ruiter": "de", "Hart": "'t", "Put": "van de", "Wiel": "van de", "Laan": "van der",
                 "Weide": "van der", "Vos": "de", "Leeuw": "de", "Winkel": "te", "Dam": "van", "Kant": "van der",
                 "Hoek": "van den", "Vries": "de"}
