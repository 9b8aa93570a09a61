"""Registered shapes of the fresh27e corpus (helper F27E): document kinds (openers), body lines and closers.

A template names its context fields in braces; a shape is only used for a document whose context has every field.
Keep words are written ``⟨word⟩``; personal values arrive already marked from the context.
"""

from __future__ import annotations

OPENERS = {
    # WhatsApp messages to the host family
    "wa_host_native": "[{time}] {r_first}: {hello}, {h_first}! {nat1}\n[{time}] {r_first}: (vertaling) {nl1}",
    "wa_host_lower": "{time} - {r_first_lc}: {hello} {h_first_lc}, {nat1}\n{time} - {h_first_lc}: ⟨Geen⟩ probleem, ik bel {wd} de ⟨gemeente⟩.",
    "wa_group_volunteers": "Groepsapp ⟨Vrijwilligers⟩ {city}\n{v_first}: ⟨Wie⟩ kan {wd} mee naar het ⟨Stadskantoor⟩ met {r_full}? {r_pron_c} spreekt alleen {lang_nl}.",
    # interpreter's notes
    "tolk_note": "Aantekening tolk {lang_nl} ({t_full}), gesprek op {date1}:\n⟨Cliënte⟩/cliënt {r_full} ({r_nat_full}) verklaart:",
    "tolk_telephone": "⟨Telefoontolk⟩ {lang_nl} via ⟨Tolkcontact⟩. ⟨Aanwezig⟩: {r_title} {r_lastb}, {o_title} {o_full} ({o_func}, {o_dept}).",
    # machine translation pasted under the original
    "mt_pasted": "{hello}!\n{nat1}\n{nat2}\n— ⟨Google⟩ ⟨Translate⟩ —\n{nl1} {nl2}",
    "mt_deepl": "{nat1}\n\n[⟨DeepL⟩, automatisch vertaald uit het {lang_nl}]\n{nl1}",
    # forms filled in with Cyrillic (or other script) letters
    "form_cyr": "⟨Aanmeldformulier⟩ {scheme}\n⟨Achternaam⟩ / {fl_sur}: {r_nat_last}\n⟨Voornaam⟩ / {fl_first}: {r_nat_first}\n{fl_dob}: {r_dob}",
    "form_caps": "⟨Formulier⟩ {scheme} — in te vullen in blokletters\n{r_caps_nat}\n⟨Geboortedatum⟩: {r_dob}",
    "form_latin_caps": "⟨Intakeformulier⟩ {o_dept}\n⟨Naam⟩: {r_caps}\n⟨Nationaliteit⟩: {country}\n⟨Geboren⟩: {r_dob}",
    # letters from the municipality with the name in both scripts
    "letter_both": "⟨Gemeente⟩ {city}, {o_dept}\n⟨Aan⟩: {r_title} {r_full} / {r_nat_full}\n{addr}\n{pc} {city}\n⟨Ons⟩ kenmerk: {case}",
    "letter_both_caps": "{city}, {date1}\n⟨Betreft⟩: {scheme}\n{r_caps_nat} ({r_full})\n⟨Dossiernummer⟩ {case}",
    "letter_bilingual_head": "⟨Besluit⟩ / {decision_nat}\n⟨Naam⟩: {r_full} ({r_nat_full})\n⟨Zaaknummer⟩: {case}",
    # volunteers' summaries in Dutch quoting the resident
    "vol_summary": "⟨Samenvatting⟩ {v_full} (⟨Vluchtelingenwerk⟩), {date1}.\n{r_title_c} {r_full} belde mij op {wd}.",
    "vol_quote": '⟨Verslag⟩ huisbezoek {date1}. {r_first} zei letterlijk: "{nat1}" ({nl1_lc})',
    # e-mails to the mediator
    "mail_mediator": "⟨Van⟩: {r_email}\n⟨Aan⟩: {m_email}\n⟨Onderwerp⟩: {subject}\n\n{formal}, {m_title} {m_lastb},",
    "mail_host_for": "⟨Beste⟩ {m_title} {m_lastb},\n\nIk schrijf namens onze gast {r_full} ({r_nat_full}), die bij ons woont sinds {date1}.",
    "telegram_export": "⟨Telegram⟩ · {r_handle}\n{hello}! {nat1}",
    "sms_short": "⟨SMS⟩ van {r_phone}: {hello} {m_first}, {nat2}",
    "intake_mediator": "⟨Intake⟩ bemiddelaar {m_full}, {date1}. ⟨Kanaal⟩: {channel}. ⟨Verzoeker⟩: {r_full}, spreekt {lang_nl}.",
    "desk_note": "⟨Baliecontact⟩ {o_dept}, {wd} {date1}. {r_title_c} {r_alt_full} (in ⟨BRP⟩: {r_full}) meldt zich met een brief die {r_pron} niet begrijpt.",
    "voicemail": '⟨Voicemail⟩ uitgeschreven door {v_first}: "{hello}... {r_first_lc}... {nat2}" — ⟨Terugbellen⟩ op {r_phone}.',
}

BODIES = {
    # names in transliteration variants
    "translit_two": "{r_title_c} {r_full} staat in ons systeem ook als {r_alt_full}; het is dezelfde persoon.",
    "translit_passport": "⟨Paspoort⟩ zegt {r_first}, de ⟨IND⟩ schrijft {r_alt_first}; {r_pron} tekent zelf met {r_nat_first}.",
    "translit_three": "⟨Naam⟩ in het ⟨BRP⟩: {r_full}. Op het ⟨huurcontract⟩: {r_alt_full}. ⟨Handtekening⟩: {r_nat_full}.",
    "caps_patr_line": "⟨Volgens⟩ het paspoort: {r_caps_nat}.",
    "patr_address": "{v_first} spreekt {r_first} aan als {r_patr_full}, met vadersnaam, zoals thuis gebruikelijk is.",
    "voc_quote": 'In de ⟨brief⟩ van de school staat: "{r_voc_q}, ми чекаємо на документи."',
    "genitive": '⟨Op⟩ de envelop schreef de buurvrouw: "для {r_gen}" (voor {r_first}).',
    "possessive": "{r_poss} aanvraag voor {scheme} ligt al {weeks} weken bij {o_dept}.",
    "lower_chat": "{h_first_lc}: heb je de brief van {r_first_lc} al gezien?\n{v_first_lc}: ja, {r_first_lc} moet {wd} naar het ⟨Stadskantoor⟩ 👍",
    "handle_line": "⟨Op⟩ ⟨Telegram⟩ heet {r_pron} {r_handle}; daar stuurde {r_pron} de foto van de brief.",
    "file_names": "⟨Bijlagen⟩: {r_file}, ⟨huurcontract⟩.pdf, ⟨loonstrook⟩-{month}.jpg",
    "nat_full_line": "{hello} — {r_nat_full} — {nat2}",
    # family
    "family_member": "{r_pron_c} woont samen met {r_poss_pron} {f_rel} {f_full} (geboren {f_dob}).",
    "family_nat": "⟨Ook⟩ {f_rel} {f_nat_first} ({f_first}) staat op het formulier.",
    "family_school": "{f_first} zit sinds {date2} in de ⟨Internationale⟩ ⟨Schakelklas⟩; de ⟨Leerplicht⟩ vraagt een inschrijfbewijs.",
    "family_dob_nocue": "{f_full}, {f_dob}, {f_rel} van {r_first}.",
    # host family and neighbours
    "host_intro": "⟨Gastgezin⟩: {h_title} {h_full}, {addr}, {pc} {city}, telefoon {h_phone}.",
    "host_complaint": "{h_title_c} {h_lastb} vraagt waarom de ⟨leefgeldregeling⟩ nog steeds niet is uitbetaald.",
    "host_mail": "{h_first} is bereikbaar via {h_email} en vertaalt waar nodig in het Engels.",
    "neighbour": "⟨Buurman⟩ {n_full} helpt {r_first} met de post.",
    "neighbour_complaint": "{n_title_c} {n_lastb} (nummer {n_no}) klaagt over geluid; {r_first} zegt dat het de wasmachine is.",
    # officials and mediator
    "official_fn": "{o_title_c} {o_full}, {o_func} bij {o_dept}, belt {r_first} terug met een tolk.",
    "official_bare": "{o_title_c} {o_lastb} heeft toegezegd dat het besluit vóór {date2} komt.",
    "mediator_promise": "⟨Bemiddelaar⟩ {m_full} spreekt met {o_title} {o_lastb} af dat de brief ook in het {lang_nl} wordt gestuurd.",
    "mediator_call": "{m_first} belde {wd} met {o_dept}; ⟨Afspraak⟩: terugkoppeling binnen {weeks} weken.",
    # numbers and codes
    "bsn_line": "⟨BSN⟩ {bsn} is nog niet gekoppeld aan het adres {addr}.",
    "bsn_nat": "{fl_sur}/{fl_first}: {r_nat_full}, BSN: {bsn}",
    "iban_nl": "⟨Leefgeld⟩ graag storten op {iban}, t.n.v. {r_caps}.",
    "iban_foreign": "{r_pron_c} heeft alleen een rekening in {country}: {iban_f}. ⟨Een⟩ Nederlandse rekening is aangevraagd.",
    "plate_ua": "{r_poss_pron_c} auto met buitenlands kenteken {plate_f} kreeg een ⟨naheffing⟩ van {amount}.",
    "plate_nl": "⟨Kenteken⟩ {plate} van {h_title} {h_lastb} staat op de parkeervergunning voor ⟨bezoekers⟩.",
    "plate_cyr": "⟨Op⟩ het formulier schreef {r_pron} het kenteken in Cyrillische letters: {plate_c}.",
    "postcode_cyr": "⟨Adres⟩ zoals {r_pron} het noteerde: {addr_cyr}, {pc}.",
    "street_bare": "⟨Aan⟩ de {street} is de ⟨opvanglocatie⟩ vol; {r_first} wil naar een kleinere plek.",
    "address_full": "{r_title_c} {r_lastb} woont sinds {date2} op {addr}, {pc} {city}.",
    "case_cue_nat": "{case_cue} / ⟨zaaknummer⟩: {case}",
    "case_two": "⟨Oude⟩ zaak {case2} is gesloten; de nieuwe melding heeft nummer {case}.",
    "phone_abroad": "{r_pron_c} is ook bereikbaar op een buitenlands nummer: {r_phone_f}.",
    "phone_email": "⟨Contact⟩: {r_phone}, {r_email}.",
    "muni_contact": "⟨Vragen⟩? ⟨Bel⟩ {muni_phone} of mail {muni_mail}; vermeld het kenmerk {case}.",
    # dates of birth in many styles
    "dob_cue_nat": "{dob_cue}: {r_dob_nat}",
    "dob_geb": "{r_full}, geb. {r_dob}, afkomstig uit {home}.",
    "dob_paren": "{r_nat_full} ({r_dob})",
    "dob_star": "{r_alt_full} *{r_dob_num}",
    "dob_beside": "⟨Geboortedatum⟩ {r_dob}; ⟨aankomst⟩ in Nederland op {date2}.",
    # scheme and institution lines (mostly keep)
    "scheme_rto": "⟨Tijdelijke⟩ ⟨Bescherming⟩ loopt tot {date2}; de ⟨sticker⟩ in het paspoort is verlopen.",
    "coa_line": "Het ⟨COA⟩ verwijst {r_first} terug naar de ⟨gemeente⟩ {city}.",
    "uwv_line": "⟨Sinds⟩ {month} werkt {r_pron} via een uitzendbureau; het ⟨UWV⟩ vraagt een werkgeversverklaring.",
    "duo_line": "⟨Voor⟩ de ⟨inburgering⟩ bij ⟨DUO⟩ moet {r_first} het examen op {date2} doen.",
    "ggd_line": "De ⟨GGD⟩ belde over de vaccinaties van {f_first}.",
    "weekday_line": "⟨Elke⟩ {wd} is er ⟨spreekuur⟩ in de ⟨Bibliotheek⟩; daar helpt {v_full}.",
    "amount_line": "⟨Het⟩ leefgeld is {amount} per week; {r_first} ontving in {month} niets.",
    "rent_line": "⟨Eigen⟩ ⟨bijdrage⟩ voor de kamer: {amount}; {h_title} {h_lastb} heeft nooit een factuur gestuurd.",
    "quote_nat_nl": '"{nat2}" — {r_first}, vertaald door {t_first}: "{nl2}"',
    "english_mix": "⟨Please⟩ help, I don't understand letter from ⟨gemeente⟩.\n{r_first_lc} ({r_nat_first})",
    "mixed_three": "{hello}! ⟨Sorry⟩ for my English. ⟨Ik⟩ leer Nederlands. {nat1}",
    "known_host": "{h_title_c} {h_lastb} vertelt: {kw_phrase}.",
    "known_family": "⟨Bij⟩ het gastgezin van {h_full} hoorde de bemiddelaar: {kw_phrase}.",
    "known_volunteer": "{v_first} schrijft: {kw_phrase}, en {h_first} helpt waar mogelijk.",
    "interpreter_remark": "({t_first}: het woord dat {r_first} gebruikt betekent eerder '⟨toeslag⟩' dan '⟨uitkering⟩'.)",
    "interpreter_bare": "⟨Tolk⟩ {t_full} was niet aanwezig; {h_first} vertaalde via de telefoon.",
    "greek_church": "⟨Bij⟩ de ⟨Grieks-Orthodoxe⟩ parochie kreeg {r_first} hulp met het formulier.",
    "letter_lost": "⟨Volgens⟩ {r_first} is de brief van {date2} nooit aangekomen op {street}.",
    "deadline": "⟨Reactietermijn⟩: zes weken na {date2}. {r_first} wacht nog steeds.",
    "chinese_shop": "{r_pron_c} werkt in het restaurant van een oom in {city}; {o_dept} twijfelt over de inkomsten.",
    "eritrean_church": "⟨Zondag⟩ na de kerkdienst vroeg {r_first} aan {v_first} om de brief van de ⟨Belastingdienst⟩ te lezen.",
    "afghan_shift": "{r_title_c} {r_lastb} werkt in ploegendienst en kan alleen op {wd} na vier uur.",
    "bulgarian_work": "⟨Het⟩ ⟨uitzendbureau⟩ regelt de kamer; {r_first} betaalt {amount} per week en staat niet ingeschreven op {addr}.",
    "syrian_family": "{r_full} kwam via ⟨gezinshereniging⟩; {f_rel} {f_first} volgde in {month}.",
    "host_tired": "{h_first} schrijft eerlijk dat het gastgezin na {weeks} maanden op is.",
}

CLOSERS = {
    "close_thanks_nat": "{thanks}!\n{r_first}",
    "close_bye_nat_both": "{bye},\n{r_nat_full}\n({r_full})",
    "close_mediator_sig": "⟨Met⟩ vriendelijke groet,\n{m_full}\n⟨Bemiddelaar⟩ ⟨Verzoek⟩ tot ⟨Afstemming⟩, {city}",
    "close_official_sig": "⟨Hoogachtend⟩,\n{o_full}\n{o_func}, {o_dept}\n{muni_phone}",
    "close_host_sig": "⟨Groet⟩, {h_full} ({h_phone})",
    "close_volunteer_sig": "{v_full}, ⟨vrijwilliger⟩ ⟨Taalmaatje⟩",
    "close_control_q": '⟨Controlevraag⟩ aan {r_first}: is alles besproken? ⟨Antwoord⟩ via de tolk: "{thanks}."',
    "close_wa_emoji": "{r_first_lc}: {thanks} 🙏🙏",
    "close_caps_sign": "{r_caps_nat}\n{date1}",
    "close_phone_only": "⟨Bel⟩ mij: {r_phone}",
    "close_translation_note": "(⟨Vertaling⟩ door {t_full}, beëdigd tolk {lang_nl})",
    "close_ps_mail": "P.S. {r_poss_pron_c} nieuwe e-mailadres is {r_email}.",
}
