"""Word lists the extractors share: role words, portfolio words, institutions. Patterns, not names."""

from __future__ import annotations

import re
from functools import lru_cache

from .layout import fold
from .patterns import alternation, compile_factored, gated, lowered

# A token holding one of these stems is a role word in one of the archive's languages.
ROLE_STEM_RE = compile_factored(
    r"(?i)^(?:\w+-(?=\w*mini[sșş]t))?(?:\w*mini[sșş]t|\w*ministr|commission(?:er|ers|aris|aire|ario|ari)|commissari[oae]?$|(?:\w+-)?\w*kommiss(?:ar|är|ær)|komisār|comisar(?:ul|ului)?$"
    r"|komesar|komisa(?:rz|ř|r)|comisari|comiss[aá]ri|επίτροπ|υπουργ|πρωθυπουργ|(?:αντι)?πρ[οό][εέ]δρ(?!ί?ας?$|ία)|president|présiden|präsident"
    r"|presidente|voorzitter|vorsitz|ordförande|formand|formann|\w*predsjedni|predsedni|prezyden|prezident|premier"
    r"|chancellor|\w*kanzler|vicepremi|chancelier|cancellier|canciller|chanceler|kanclerz|kancléř|kancellár|\w*kansler|\w*kantsler|secretar|secrétaire|\w*sekret|segretari|representative"
    r"|représentant|reprezentant|vertegenwoordig|vertreter|rappresentant|representant|predstavni|przedstawiciel"
    r"|představitel|представител|представник|governor|gouverneur|gobernador|director|directeur|direktor|diret+or[ea]?(?!\w)|dyrektor|[řr]editel|riaditeľ|igazgató|ambassador|ambassadeur"
    r"|botschafter|ambasador|veleposlani|chair(?:man|woman|person)?|mayor|burgemeester|maire"
    # regions' and cities' heads: "hejtman", "župan", "marszałek", "Landeshauptmann", "Hauptmann", "primátor", "polgármester"
    r"|čelni[kc]|hejtman|župan|glavar|marsza[lł]\w*|wojewod|(?:landes|kreis)?haupt(?:mann|frau)|landshövding|starost[aoy]?(?![\w])|primátor|primator"
    r"|burmistrz|polgármester|vallavanem|linnapea|mērs(?![\w])|meras(?![\w])|gradonačelni|borgmästar|borgmester"
    r"|pormestar|préfet|prefect|prefekt"
    r"|\w*bürgermeister|sindaco|alcalde|heads?(?![\w])|leaders?(?:hip)?(?![\w])|hr/vp|hrvp|vice-president|vicepresident"
    r"|taoiseach|t[áa]naiste|vice-?premier|statsminister|statsråd|ministerpräsident|bundeskanzler|premijer|premiér|\w*chef(?:e|es|in|innen|s)?(?![\w])|p[rř]edsed|negotiator"
    r"|pregovara[cč]|negocjator|vyjednava|attorney|hr/vp|commissaris|kommissionär|комесар|министар|министер|председ(?!ателств)"
    r"|prosecutor|procurador(?!ia)|procureure?|procurator|procuratore|\w*staatsanw[aä]lt|hoofdaanklager|prokuror"
    r"|минист|мініст|заместник|заступни|секретар|predsjedav|chairperson|coordinat(?:or|rice|eur)|co[oö]rdina(?:dor|tore)|koordinator|envoy|spokes"
    r"|szef(?:owie|a|em|owa|owej|owi)?(?![\w])|prezes|vorsteher|jef[ea]s?(?![\w])|cap[oi](?![\w])|šef(?:a|u|ovi|ica|ice|ovi)?(?![\w])"
    r"|glav[ae](?![\w])|hlav[ay](?![\w])|staatshoofd|regeringsleder|regeringschef|leiter"
    r"|embass|ambasad|botschaft|ambassade|delegation|délégation|delegación|delegatie|delegazione|delegacij|delegacj"
    r"|eurocommiss|eurokommiss|eurokomis|комисар|еврокомис|bundesr[aä]t|regierungsr[aä]t|staatsr[aä]t|\w*landesr[aä]t|councill?or|conseill[eè]re?|consiglier[ea]|pre[sș]edint|\w*miniszt|\w*eln[oö]k|\w*titk[aá]r|pirminink|priek[sš]s[eē]d[eē]t[aā]j|esimees"
    r"|\w*präsident|\w*secretar|\w*segretari|secret[aá]ri|commissair|komissaar|premjer|presidend|премиер|премијер|\w*sihteeri"
    r"|\w*johtaja|borgm[eä]st|ordfører|sindac[oa](?!\w)|wicepremier|ve[lľ]vyslan|taj[eo]mn|náměst|\w*p[rř]edsed|gradonačel"
    r"|primátor|посланик|амбасадор|primar(?:ul|ului|ii)?(?!\w)|nagykövet|polgármester|υφυπουργ|πρέσβ|δήμαρχ|αρχηγ"
    r"|speakers?(?!\w)|talman(?:nen)?(?!\w)|puhemie"  # a parliament's presiding officer
    # a parliament's rapporteurs: "the co-rapporteurs Name (Renew, NL), rapporteur for the Committee on …"
    r"|(?:co-?)?rapporte(?:u|ri)r|berichterstatter|ponente(?!\w)|relator(?:a|e)?(?!\w)|sprawozdaw|zpravodaj|spravodaj"
    r"|izvjestitelj|poročeval|raportor|εισηγητ|докладчик"
    # monarchs: "ο Βασιλιάς της Ιορδανίας" (only in words that are no one's surname, as "King", "König", "Kralj",
    # "Rey" and "Emir" are)
    r"|βασιλι(?:άς|ά|ας|α)(?!\w)"
    r"|\w*biztos(?:a|ok|ai)?(?!\w)"  # Hungarian: "az Európai Bizottság energiaügyi biztosa"
    r"|marsza[lł]|\w*direkt[oö]r|gezant|delegates?(?!\w)|délégu[ée]|delegad[oa]s?(?!\w)|delegat[oa](?!\w)|povjereni[kc]|komisár|президент)[\w/-]*$"
)


@lru_cache(maxsize=65536)  # the same words recur in every statement
def is_role_word(word: str) -> bool:
    """'Minister', 'ministres', 'Präsidentin', 'υπουργός': a token holding a role stem."""
    word = word.strip(',.;:()"«»“”')  # "Director," in "Director, EIGE"
    return (
        ROLE_STEM_RE.match(word) is not None
        and not MEETING_COMPOUND_RE.search(word)
        and not ADMINISTRATION_RE.match(word)  # ("administrations" holds "minist" but names no office)
    )


ADMINISTRATION_RE = compile_factored(r"(?i)adminis(?!trat(?:or|eur|ore|ör)\w*$)")


# "Rijnministersconferentie", "Ministerrat", "Außenministertreffen": a meeting or a council of office holders
MEETING_COMPOUND_RE = compile_factored(
    r"(?i)\w{4}(?:conferentie|konferenz\w*|konference|konferencia|conferenza|conferencia|treffen|overleg|gipfel"
    r"|tagung|sitzung|bijeenkomst|vergadering|møde|möte|møte|mødet|mötet|kokous\w*)$"
    # "Ministerrat" (but "Bundesrat", "Regierungsrat" are Swiss offices, and Albanian "Kryeministrat" are prime ministers)
    r"|minister\w*(?:rat|raad|rådet|råd)$"
)


# A declaration or statement, by its name in the archive's languages
DECLARATION_RE = compile_factored(
    r"(?i)\b(?:declaration|statement|communiqu[eé]|déclaration|erklärung|dichiarazione|declaración|declaração"
    r"|verklaring|förklaring|erklæring|izjav[aue]|deklaracij?[aęeiu]|prohlášení|vyhlásenie|δήλωση|декларациј?[аеу])"
)


# "… align themselves with this declaration" in the archive's languages: these countries align, they do not sign
ALIGN_RE = compile_factored(
    r"(?i)\balign(?:s|ed)? (?:themselves|itself)\b|sluiten zich\b.*\baan\b|s'alignent|se rallient|schließen sich"
    r"|si allineano|se suman|se alinean|subscrevem|ansluter sig|slutter seg|tilslutter sig|pridružuju|pridružuje"
    r"|przyłączają się|se připojují|ευθυγραμμίζονται|συντάσσονται|συντάσσεται|share the values|associate(?:s|d)? (?:themselves|itself)"
    r"|si associano|s'associent|associam-se|alinham-se|se aliniază|се присъединяват|sa pripájajú|se pridružujejo"
    r"|usklađuju se|usklađuje se|se usklađuju|se uskladijo|se usklajujejo|усклађују се"
    r"|se k \w+ \w+ připojují|sa k \w+ \w+ pripájajú|připojují se|pripájajú sa"  # the declaration between them
    r"|csatlakoznak|pritaria|pievienojas|ühinevad|yhtyvät|придружују се|се придружуваат"
    r"|anpassar sig|ställer sig bakom|tilpasser sig|stiller sig bag|sluttar seg|yhdenmukaistavat"
    r"|suscriben la presente declaración|sottoscrivono la presente dichiarazione"  # (the candidates "subscribe" to it)
)
# the same, tested first on the lower-cased line: a case-insensitive search of every line is several times slower
ALIGN_HINT_RE = lowered(ALIGN_RE)
# A ministry is a body, not an office: "Ministerstwo Infrastruktury" under a press office's name signs nothing
MINISTRY = (
    r"(?i)^(?:ministr(?:y|ies)|minist[eè]re|ministerium|minister(?:o|io|ie|iet|ul|stvo|stwo|ija)|ministério"
    r"|ministarstv|ministrstv|ministeerium|ministrija|minisztérium|υπουργείο|министерств|министарств)"
)
MINISTRY_RE = compile_factored(MINISTRY)
# Capitalised words that name a portfolio: part of a role ("Minister of the Interior"), never a name.
PORTFOLIO_WORDS = set(
    """
affairs home interior foreign internal external security migration citizenship trade economy economic
economics finance financial finances justice defence defense energy climate action health food safety
development cooperation neighbourhood neighborhood enlargement negotiations policy policies digital
agriculture rural transport mobility environment oceans fisheries maritime education culture youth
sport research innovation science higher competition budget human resources administration employment social
rights inclusion equality values transparency crisis management humanitarian aid regional urban taxation
customs union services markets capital jobs growth investment industry industrial market stability
single strategy international relations partnerships partnership public works werken openbare infrastructure tourism
european commission council parliament presidency state states
inneres innern auswärtiges auswärtigen heimat bau finanzen justiz verbraucherschutz wirtschaft energie
verteidigung gesundheit arbeit soziales umwelt naturschutz landwirtschaft ernährung verkehr bildung
forschung familie entwicklung zusammenarbeit europa klimaschutz digitales bundes bundesministerium
infrastruktur gemeinden territorien wohnen bauwesen kultur medien sport tourismus wissenschaft
interno esteri difesa economia giustizia affari interior exteriores asuntos defensa hacienda
interno estrangeiros negócios negocios extranjeros administração interna comunidades green deal commerce
assuntos europeus europeias exteriores externos
vice-president
executive
zaken buitenlandse binnenlandse visserij landbouw natuur natuurlijke hulpbronnen milieu financiën justitie
veiligheid defensie economische klimaat onderwijs volksgezondheid welzijn infrastructuur waterstaat asiel
handel ontwikkelingssamenwerking koninkrijksrelaties sociale werkgelegenheid maritieme mobiliteit groene groei
medische zorg medical care
entrepreneurship enterprise local government information technology communications telecommunications
affaires étrangères intérieur européennes integration integração integración äußeres europäische
asuntos exteriores unión europea cooperación medio ambiente transición ecológica energética justicia hacienda
defensa sanidad educación trabajo industria comercio agricultura pesca solidaria spraw zagranicznych wewnętrznych zagraniczne
εξωτερικών εσωτερικών υπουργός υπουργείο οικονομικών άμυνας ενέργειας πολιτισμού υγείας παιδείας μεταφορών ανάπτυξης
περιβάλλοντος τουρισμού ναυτιλίας δικαιοσύνης μετανάστευσης εργασίας ψηφιακής αγροτικής διεθνούς συνεργασίας
έρευνας καινοτομίας διακυβέρνησης τεχνολογίας πολιτικής επενδύσεων αθλητισμού θρησκευμάτων υποδομών προστασίας спољних унутрашњих послова трговине
asylum refugees protection border borders consumer consumers gender equality communications telecommunications
sports labour welfare family families women children diaspora abroad expatriates nationals veterans construction housing planning water
forests forestry mining natural resources territorial cohesion reforms reform recovery resilience space
angelegenheiten beziehungen entwicklungszusammenarbeit
petroleum oil gas mines minerals utilities trade-related industries fisheries ports shipping aviation
seguridad segurança sicurezza sécurité económica económico economica economico économique econômica desarrollo
desenvolvimento sviluppo développement salud saúde salute santé trabajo trabalho lavoro travail vivienda
habitação energía énergie transportes trasporti transports educación educação istruzione éducation agricoltura
pescas pêche sanidad migraciones migrazione migrations defesa nacional national nationale nazionale
internazionale internacional internationale cooperazione coopération cooperação europee europei europea europeo
turismo tourisme tourismus toerisme turystyki cultura kultur kultura cultuur ambiente environnement clima klima
energia finanze finanzas finanças tesoro infrastrutture infraestructuras innovazione innovación inovação ricerca
investigación recherche università universidades universités sociali sociais transizione ecologica écologique
alimentare alimentación alimentaire alimentação sovranità soberanía souveraineté soberania
agricole alimentari forestali agroalimentari forestale
infrastruktury transportu cyfryzacji rozwoju finansów zdrowia klimatu środowiska rolnictwa kultury edukacji nauki
wsi morskiej żeglugi śródlądowej szkolnictwa wyższego regionalnego technologii administracji dziedzictwa społecznej skarbu
obrony narodowej sprawiedliwości gospodarki energii aktywów państwowych funduszy polityki regionalnej pracy rodziny
socjalnej sportu komunikacji łączności inwestycji dopravy zahraničních věcí vnitra obrany financí zdravotnictví
průmyslu obchodu zemědělství spravedlnosti životního prostředí vanjskih poslova unutarnjih obrane financija
gospodarstva prometa zdravstva poljoprivrede zunanje zadeve notranje okolje
građevinarstva saobraćaja infrastrukture finansija privrede šumarstva vodoprivrede zdravlja pravde prosvete nauke
tehnološkog razvoja kulture informisanja zaštite životne sredine rudarstva energetike trgovine turizma telekomunikacija
graditeljstva prostornoga uređenja mora regionalnoga razvoja fondova europske unije
грађевинарства саобраћаја инфраструктуре финансија привреде пољопривреде шумарства водопривреде здравља правде
просвете науке технолошког развоја културе информисања заштите животне средине рударства енергетике трговине
туризма телекомуникација иновације технологију технологије
ciencia ciência scienza tecnología tecnologia technologie enseñanza ensino insegnamento enseignement superior
superiore supérieur universidad universidade università leefmilieu bossen aangelegenheden dierenwelzijn
ordenamiento territorio dezvoltării dezvoltarii rurale samenwerking
""".split()
)
# Capitalised words that name a region, a body or a title: never part of a person's name (compared folded).
NOT_NAME_WORDS = PORTFOLIO_WORDS | set(
    """
europe presidencies government federal republic kingdom member
estados-membros estados-miembros estados comunidade comunidad comunità communauté países paesi pays
united nations nation western eastern northern southern central balkans balkan region mediterranean
african africa asian asia america american new arctic baltic nordic black sea zee ocean oceaan ozean océan oceano océano middle east gulf north south
east west high representative vice president prime minister ministers commissioner commissioners
secretary general deputy first acting chief executive director governor ambassador chair chairman
mr mrs ms dr prof h.e. his her excellency sir lady dame hon honourable the and of for with on in
im am zum zur beim vom
eu un nato osce g7 g20 e3 imf ecb eib ebrd oecd who wto un. unhcr iom frontex europol eurojust brics svetu
ministry department office agency bank fund court group committee forum summit meeting ministerial war wars second
biuro bureau büro ufficio oficina kancelaria kancelář ured urad
vlada vlade vladi vladu vladom vláda vlády vládě vládou влада владе влади владу правителство правителството
regione región région regio regija regiji regionu palazzo palacio palais palácio
roi reine könig königin rainha koning koningin kung drottning konge dronning král król królowa βασιλιάς крал краљ
conference dialogue platform initiative process team task force today joint statement declaration
victims remembrance regimes zahodni zahodnega zahodnem balkana balkanu desafio desafío demográfico
governments governos gobiernos governi gouvernements regierungen regeringen rządy królestwa królestwo polskiej
programme program plan agenda agreement act regulation directive roadmap pact compact treaty convention charter
framework package facility mechanism instrument report review conclusions protocol memorandum strategy
friends amigos amis freunde vrienden amici przyjaciele přátelé prijatelji ystävät vänner venner
press release communique communiqué minister's government's people republic's κ. κα κ mr. mrs. ms. dr.
repubblica república república república republika republike republiky rzeczypospolitej δημοκρατίας
federal federale fédérale bundesrepublik kingdom königreich royaume regno reino koninkrijk
participants members partners parties contracting signatories benelux presidency's secretariat republiki rzeczypospolitej
prensa imprensa stampa presse pers prasowe prasowy tiskové tlačové τύπου gabinete cabinet kabinet língua lingua langue
msz mzv mvep mfa mae mae-c
republik republiek république confederation federation föderation fédération federazione federación eidgenossenschaft
principality fürstentum principauté duchy großherzogtum grand-duché
републике републиканско ελληνικής κυπριακής αραβικής δημοκρατίας αιγύπτου special union's eu's
institute institut instituto istituto institutt instytut centre center centro zentrum centrum foro
two three four five six seven eight nine ten twelve twenty
day days week anniversary journée giornata
street square avenue road house palace straße strasse platz rue
gewest provincie province provinz provincia kanton canton cantone
facebook twitter linkedin instagram youtube whatsapp telegram flickr print share imprimer partager drucken teilen
related stories story newsletter subscribe
court strafhof gerechtshof gerichtshof strafgerichtshof tribunal tribunale tribunál cour corte
stampa condividi imprimir compartir partilhar ispis podijeli tisk sdílet natisni tulosta jaa skriv dela udskriv
""".split()
)
# "on behalf of" in the archive's languages, as a pattern without its article ("on behalf of the …"); one list for
# every rule that reads it: signature blocks, inline signers, a country named after it
ON_BEHALF_WORDS = (
    r"on behalf of|in the name of|namens|uit naam van|au nom d(?:e|u|es)|im namen (?:der|des|von)"
    r"|(?:a|in) nome d(?:i|el|ella|ello|ei|egli|elle)|en nombre de(?:l)?|en representación de(?:l)?"
    r"|em nome d(?:e|o|a|os|as)|på vegne av|på vegne af|på uppdrag av|u ime|у име|v imenu|v mene|jménem"
    r"|w imieniu|în numele|от името на|εξ ονόματος|εκ μέρους"
)
ARTICLES_RE = compile_factored(
    r"(?i)^(?:(?:the|its|his|her|their|de|het|la|le|les|der|die|das|dem|il|lo|gli|el|los|las|o|os|a|az|as|den|det|ο|η|οι|τον|την|το"
    r"|τους|τις|του|της|των)\s+|l['’]\s*)"  # ("l'Organisation des Nations unies")
)

# Institutions that sign as such: any alias (folded) → English full name.
INSTITUTIONS = {
    "European Commission": [
        "european commission",
        "the commission",
        "commission",  # "For the Commission" over a signature: an exact name only, never searched for in text
        "europese commissie",
        "commission européenne",
        "europäische kommission",
        "commissione europea",
        "comisión europea",
        "comissão europeia",
        "europeiska kommissionen",
        "europakommisjonen",
        "europa-kommissionen",
        "evropska komisija",
        "europska komisija",
        "komisja europejska",
        "evropská komise",
        "ευρωπαϊκή επιτροπή",
        # in the cases a president's or a commissioner's title puts it in
        "evropske komisije",
        "europske komisije",
        "komisji europejskiej",
        "evropské komise",
        "európskej komisie",
        "európska komisia",
        "ευρωπαϊκής επιτροπής",
        "europäischen kommission",
        "comisiei europene",
        "comisia europeană",
        "европейската комисия",
        "euroopan komission",
        "euroopan komissio",
        "euroopa komisjoni",
        "euroopa komisjon",
        "eiropas komisijas",
        "eiropas komisija",
        "europos komisijos",
        "europos komisija",
        "európai bizottság",
        "europa-kommissionens",
        # and in the accusative ("Za Evropskou komisi jej podepsal …")
        "evropskou komisi",
        "európsku komisiu",
        "komisję europejską",
        "europsku komisiju",
        "evropsko komisijo",
        "evropsku komisiju",
    ],
    # the Union's diplomatic service: its officials' offices are its own ("Managing Director … of the EEAS")
    "European External Action Service": [
        "european external action service",
        "eeas",
        "edeo",
        "seae",
        "europese dienst voor extern optreden",
        "service européen pour l'action extérieure",
    ],
    "European Union": [
        "european union",
        "eu",
        "europese unie",
        "union européenne",
        "ue",
        "europäische union",
        "europäischen union",  # ("im Namen der Europäischen Union")
        "unione europea",
        "unión europea",
        "união europeia",
        "europeiska unionen",
        "europeiska unionens",  # (the Nordic genitive: "på Europeiska unionens vägnar")
        "den europeiske unions",
        "den europæiske unions",
        "den europeiske union",
        "den europæiske union",
        "europeiske union",  # (after "for den": "For Den europeiske union undertegnet …")
        "europæiske union",
        "evropska unija",
        "europska unija",
        "eu-a",  # (the Croatian and Serbian cases of the letters: "u ime EU-a", "u EU-u")
        "eu-u",
        "eu-om",
        "unia europejska",
        "evropská unie",
        "ευρωπαϊκή ένωση",
        "εε",
        "ес",
        "еу",
        "европейския съюз",
        "европейският съюз",
        "европейски съюз",
        "европска унија",
        "euroopan unioni",
        "euroopa liit",
        "eiropas savienība",
        "europos sąjunga",
        "európai unió",
        "uniunea europeană",
        "európska únia",
        # in the genitive an office's "on behalf of" puts it in
        "unii europejskiej",
        "evropské unie",
        "európskej únie",
        "europske unije",
        "evropske unije",
        "европейския съюз",
        "uniunii europene",
        "euroopan unionin",
        "euroopa liidu",
        "eiropas savienības",
        "europos sąjungos",
        "ευρωπαϊκής ένωσης",
        "europese unie",
    ],
    "Council of the European Union": [
        "council of the european union",
        "council of the eu",
        # the formal signer of joint declarations with the Member States
        "council and the representatives of the governments of the member states meeting within the council",
        "conseil et les representants des gouvernements des etats membres reunis au sein du conseil",
        "raad van de europese unie",
        "rådet for den europeiske union",
        "rådet for den europæiske union",
        "europeiska unionens råd",
        "council",
        "the council",
        "de raad",
        "le conseil",
        "der rat",
        "il consiglio",
        "conseil de l'union européenne",
        "rat der europäischen union",
        "consiglio dell'unione europea",
        "consejo de la unión europea",
        "conselho da união europeia",
    ],
    "European Council": [
        "european council",
        "europese raad",
        "conseil européen",
        "europäischer rat",
        "consiglio europeo",
        "consejo europeo",
        "conselho europeu",
        "europeiska rådet",
        "det europæiske råd",
        "det europeiske råd",
        "rada europejska",
        "rady europejskiej",
        "evropská rada",
        "európska rada",
        "europsko vijeće",
        "evropski svet",
        "ευρωπαϊκό συμβούλιο",
        "consiliul european",
        "европейски съвет",
        "eurooppa-neuvosto",
        "euroopa ülemkogu",
        "eiropadome",
        "europos vadovų taryba",
        "európai tanács",
        # in the cases a president's title puts it in
        "evropskega sveta",
        "europskog vijeća",
        "evropské rady",
        "európskej rady",
        "europäischen rates",
        "ευρωπαϊκού συμβουλίου",
        "consiliului european",
        "европейския съвет",
        "eurooppa-neuvoston",
        "euroopa ülemkogu",
        "eiropadomes",
        "europos vadovų tarybos",
        "európai tanács elnöke",
        "europeiska rådets",
        "det europæiske råds",
        "det europeiske råds",
    ],
    "European Parliament": [
        "european parliament",
        "europees parlement",
        "parlement européen",
        "europäisches parlament",
        "europäischen parlaments",
        "parlamento europeo",
        "parlamento europeu",
        "europaparlamentet",
        "europa-parlamentet",
        "parlament europejski",
        "evropský parlament",
        "európsky parlament",
        "europski parlament",
        "evropski parlament",
        "ευρωπαϊκό κοινοβούλιο",
        "parlamentul european",
        "euroopan parlamentti",
        "euroopa parlament",
        "eiropas parlaments",
        "europos parlamentas",
        "európai parlament",
        "европейски парламент",
        # in the cases a president's title puts it in
        "ευρωπαϊκού κοινοβουλίου",
        "parlamentu europejskiego",
        "evropského parlamentu",
        "európskeho parlamentu",
        "europskog parlamenta",
        "evropskega parlamenta",
        "европейския парламент",
        "parlamentului european",
        "europäischen parlament",
    ],
    "European Central Bank": [
        "european central bank",
        "ecb",
        "europese centrale bank",
        "bce",
        "ezb",
        "banque centrale européenne",
        "europäische zentralbank",
        "európskej centrálnej banky",
        "evropské centrální banky",
        "europejskiego banku centralnego",
        "europske središnje banke",
        "europäischen zentralbank",
    ],
    "European Investment Bank": [
        "european investment bank",
        "eib",
        "bei",
        "banque européenne d'investissement",
        "europäische investitionsbank",
        "europäischen investitionsbank",
        "banca europea per gli investimenti",
        "banco europeo de inversiones",
        "banco europeu de investimento",
        "europese investeringsbank",
        "europeiska investeringsbanken",
        "den europæiske investeringsbank",
        "euroopan investointipankki",
        "europejski bank inwestycyjny",
        "europejskiego banku inwestycyjnego",
        "evropská investiční banka",
        "evropské investiční banky",
        "európska investičná banka",
        "europska investicijska banka",
        "europske investicijske banke",
        "banca europeană de investiții",
        "ευρωπαϊκή τράπεζα επενδύσεων",
        "ευρωπαϊκής τράπεζας επενδύσεων",
        "европейската инвестиционна банка",
    ],
    "European Monetary Institute": [
        "european monetary institute",
        "institut monétaire européen",
        "europäisches währungsinstitut",
        "europäischen währungsinstituts",
        "istituto monetario europeo",
        "instituto monetario europeo",
        "instituto monetário europeu",
        "europees monetair instituut",
    ],
    "European Stability Mechanism": ["european stability mechanism", "esm"],
    "European Bank for Reconstruction and Development": ["european bank for reconstruction and development", "ebrd"],
    "International Monetary Fund": [
        "international monetary fund",
        "imf",
        "fmi",
        "iwf",
        "internationaal monetair fonds",
    ],
    "World Bank": ["world bank", "wereldbank", "banque mondiale", "weltbank"],
    "International Energy Agency": [
        "international energy agency",
        "iea",
        "agence internationale de l'énergie",
        "internationale energieagentur",
        "agenzia internazionale dell'energia",
        "agencia internacional de la energía",
    ],
    "European Space Agency": [
        "european space agency",
        "agence spatiale européenne",
        "europäische weltraumorganisation",
        "agenzia spaziale europea",
        "agencia espacial europea",
        "agência espacial europeia",
        "europees ruimteagentschap",
    ],
    # the Union's predecessor in its agreements and conventions, a contracting party as such until 2009
    "European Community": [
        "european community",
        "communauté européenne",
        "europäische gemeinschaft",
        "europäischen gemeinschaft",
        "comunità europea",
        "comunidad europea",
        "comunidade europeia",
        "europese gemeenschap",
        "europeiska gemenskapen",
        "europæiske fællesskab",
        "wspólnota europejska",
        "evropské společenství",
        "europska zajednica",
        "ευρωπαϊκή κοινότητα",
    ],
    # the euro area's heads of state or government, meeting as such (Article 12 of the Fiscal Compact)
    "Euro Summit": [
        "euro summit",
        "euro area summit",
        "sommet de la zone euro",
        "sommet de la zone €",
        "euro-gipfel",
        "eurogipfel",
        "gipfel des euro-währungsgebiets",
        "vertice euro",
        "vertice della zona euro",
        "cumbre del euro",
        "cumbre de la zona del euro",
        "cimeira do euro",
        "cimeira da área do euro",
        "eurotop",
        "szczyt strefy euro",
        "szczytu strefy euro",
        "summit eurozóny",
        "eurotoppmötet",
    ],
    "Eurogroup": [
        "eurogroup",
        "eurogroep",
        "eurogroupe",
        "eurogruppe",
        "eurogruppo",
        "euroskupina",
        "euroskupiny",
        "euroskupine",
        "eurogrupa",
        "eurogrupy",
    ],
    "United Nations": [
        "united nations",
        "un",
        "verenigde naties",
        "nations unies",
        "vereinte nationen",
        "organisation des nations unies",
        "onu",
        "nazioni unite",
        "organizzazione delle nazioni unite",
        "naciones unidas",
        "organización de las naciones unidas",
        "nações unidas",
        "organização das nações unidas",
        "narody zjednoczone",
        "organizacja narodów zjednoczonych",
        "ujedinjeni narodi",
        "ujedinjenih naroda",
        "organizace spojených národů",
    ],
    "North Atlantic Treaty Organization": ["nato", "north atlantic treaty organization", "otan", "navo"],
    "North Atlantic Council": ["north atlantic council", "noord-atlantische raad", "conseil de l'atlantique nord"],
    "Economic Community of West African States": [
        "economic community of west african states",
        "ecowas",
        "cedeao",
        "communauté économique des états de l'afrique de l'ouest",
    ],
    "Association of Southeast Asian Nations": ["asean", "association of southeast asian nations"],
    # other regional groups, which sign as one beside the Union ("the European Union and the Pacific Islands Forum")
    "Southern African Development Community": ["sadc", "southern african development community"],
    "Caribbean Community": ["caricom", "caribbean community"],
    "Caribbean Forum": ["cariforum", "caribbean forum of acp states", "caribbean forum"],
    "Mercosur": ["mercosur", "mercosul", "southern common market", "mercado común del sur"],
    "Community of Latin American and Caribbean States": ["celac", "community of latin american and caribbean states"],
    "Union of South American Nations": ["unasur", "union of south american nations"],
    "Gulf Cooperation Council": ["gcc", "gulf cooperation council", "cooperation council for the arab states of the gulf"],
    "Pacific Islands Forum": ["pacific islands forum"],
    "Intergovernmental Authority on Development": ["igad", "intergovernmental authority on development"],
    "League of Arab States": ["league of arab states", "arab league"],
    "Organisation of Islamic Cooperation": [
        "organisation of islamic cooperation",
        "organization of islamic cooperation",
        "organisation de la cooperation islamique",
        "oic",
        "oci",
    ],
    # (its name until 2011, kept as the text gives it)
    "Organisation of the Islamic Conference": [
        "organisation of the islamic conference",
        "organization of the islamic conference",
        "organisation de la conference islamique",
    ],
    "Rio Group": ["rio group", "grupo de río", "grupo de rio"],
    "Organization for Security and Co-operation in Europe": [
        "osce",
        "organization for security and co-operation in europe",
        "ovse",
        "osze",
        "organisation pour la sécurité et la coopération en europe",
    ],
    "Organisation for Economic Co-operation and Development": [
        "oecd",
        "ocde",
        "organisation for economic co-operation and development",
    ],
    "Council of Europe": ["council of europe", "raad van europa", "conseil de l'europe", "europarat"],
    "Parliamentary Assembly of the Council of Europe": [
        "parliamentary assembly of the council of europe",
        "parliamentary assembly",
        "assemblée parlementaire du conseil de l'europe",
        "pace",
    ],
    "Committee of Ministers of the Council of Europe": [
        "committee of ministers of the council of europe",
        "committee of ministers",
        "comité des ministres",
    ],
    "Peace Implementation Council Steering Board": [
        "peace implementation council steering board",
        "pic steering board",
        "pic sb",
        "upravnog odbora vijeća za provedbu mira",
        "upravni odbor vijeća za provedbu mira",
        "upravnog odbora savjeta za provođenje mira",
        "управног одбора савјета за спровођење мира",
    ],
    "African Union": ["african union", "afrikaanse unie", "union africaine", "ua", "au"],
    "G7": ["g7", "group of seven"],
    "G20": ["g20", "group of twenty"],
    "E3": ["e3"],
    "Nordic countries": ["nordic countries", "de nordiske land", "de nordiska länderna", "de nordiske lande"],
    "Western Balkans Six": ["western balkans six", "wb6"],
    "Office of the United Nations High Commissioner for Refugees": [
        "office of the united nations high commissioner for refugees",
        "unhcr",
        "un refugee agency",
        "hcr",
    ],
    "International Organization for Migration": ["international organization for migration", "iom", "oim"],
    "United Nations Children's Fund": ["united nations children's fund", "unicef"],
    "World Food Programme": ["world food programme", "wfp", "pam"],
    "United Nations Development Programme": ["united nations development programme", "undp", "pnud"],
    "World Health Organization": ["world health organization", "organisation mondiale de la santé"],
    "United Nations Security Council": ["united nations security council", "un security council", "security council"],
    "Council of the Baltic Sea States": ["council of the baltic sea states", "cbss"],
    # the European social partners, who sign with the institutions (the Porto Social Commitment, Val Duchesse)
    "ETUC": ["etuc", "european trade union confederation", "confédération européenne des syndicats"],
    "BusinessEurope": ["businesseurope", "business europe"],
    "SMEunited": ["smeunited"],
    "SGI Europe": ["sgi europe", "ceep"],
    # the EU's agencies and bodies, which sign joint statements of their own
    "European Centre for Disease Prevention and Control": ["european centre for disease prevention and control", "ecdc"],
    "European Medicines Agency": ["european medicines agency", "ema"],
    "European Food Safety Authority": ["european food safety authority", "efsa"],
    "European Chemicals Agency": ["european chemicals agency", "echa"],
    "European Environment Agency": ["european environment agency"],  # (not "EEA": the European Economic Area)
    "European Union Agency for Cybersecurity": ["european union agency for cybersecurity", "enisa"],
    "European Union Agency for Fundamental Rights": ["european union agency for fundamental rights", "fra"],
    "European Union Agency for Asylum": ["european union agency for asylum", "euaa", "easo"],
    "European Banking Authority": ["european banking authority", "eba"],
    "European Securities and Markets Authority": ["european securities and markets authority", "esma"],
    "European Insurance and Occupational Pensions Authority": [
        "european insurance and occupational pensions authority",
        "eiopa",
    ],
    "European Union Aviation Safety Agency": ["european union aviation safety agency", "easa"],
    "European Maritime Safety Agency": ["european maritime safety agency", "emsa"],
    "European Labour Authority": ["european labour authority", "ela"],
    "European Institute for Gender Equality": ["european institute for gender equality", "eige"],
    "European Defence Agency": ["european defence agency", "eda"],
    "European Public Prosecutor's Office": [
        "european public prosecutor's office",
        "eppo",
        "parquet européen",
        "europäische staatsanwaltschaft",
        "procura europea",
        "fiscalía europea",
        "procuradoria europeia",
        "europees openbaar ministerie",
    ],
    "European Data Protection Supervisor": ["european data protection supervisor", "edps"],
    "European Court of Auditors": ["european court of auditors", "eca"],
    "European Economic and Social Committee": ["european economic and social committee", "eesc"],
    "European Committee of the Regions": ["european committee of the regions", "committee of the regions"],
}
INSTITUTION_BY_ALIAS = {fold(alias): name for name, aliases in INSTITUTIONS.items() for alias in aliases}
INSTITUTION_RE = compile_factored(
    r"(?<!\w)(?:"
    + alternation(
        a
        for a in INSTITUTION_BY_ALIAS
        if len(a) > 3
        and a not in ("council", "the council", "de raad", "der rat", "le conseil", "il consiglio", "commission")
    )
    + r")(?!\w)"
)

# Groups of countries that sign under one name, and their members (English short names).
COUNTRY_GROUPS = {
    "e3": ("France", "Germany", "United Kingdom"),
    "g7": ("Canada", "France", "Germany", "Italy", "Japan", "United Kingdom", "United States"),
    "nordic": ("Denmark", "Finland", "Iceland", "Norway", "Sweden"),
    "nb8": ("Denmark", "Estonia", "Finland", "Iceland", "Latvia", "Lithuania", "Norway", "Sweden"),
    "v4": ("Czechia", "Hungary", "Poland", "Slovakia"),
    "visegrad": ("Czechia", "Hungary", "Poland", "Slovakia"),
    "benelux": ("Belgium", "Netherlands", "Luxembourg"),
    "baltic": ("Estonia", "Latvia", "Lithuania"),
    # formats with a fixed membership, named by the format rather than by their countries
    "weimar": ("France", "Germany", "Poland"),
    "lublin": ("Lithuania", "Poland", "Ukraine"),
    "b9": ("Bulgaria", "Czechia", "Estonia", "Hungary", "Latvia", "Lithuania", "Poland", "Romania", "Slovakia"),
    "craiova": ("Bulgaria", "Greece", "Romania", "Serbia"),
    "slavkov": ("Austria", "Czechia", "Slovakia"),
}
COUNTRY_GROUP_RE = compile_factored(
    r"(?i)(?<!\w)(?:(?P<code>E3|G7|NB8|V4|Benelux)|(?P<nordic>nordic|nordiske?|nordiska|pohjoismai|noordse|nordiques?"
    r"|nordischen|nordici|nórdicos)\w*(?:(?:\s+(?:og|and|och|ja|en|et|und|e|y)\s+|\s*-\s*)"
    r"(?P<baltic>baltic|baltiske?|baltiska|baltische|baltes|baltischen|baltici|bálticos)\w*)?"
    r"(?:\s+(?:countries|landen|lande|land|länderna|länder|pays|paesi|países))?|(?P<visegrad>visegr[aá]d)\w*"
    r"|(?P<format>weimar|lublin|lubelsk|craiova|slavkov|bucharest nine|b9)\w*)(?!\w)"
)


PORTFOLIO_FOR_END_RE = compile_factored(r"(?i)\b(?:for|för|pour|für|per|para|voor|til|za)\s+$")


def group_countries(text: str) -> tuple[str, ...]:
    """Members of the country groups named in `text` (E3, G7, Nordic, Nordic-Baltic, V4, Benelux)."""
    out: list[str] = []
    for m in COUNTRY_GROUP_RE.finditer(text):
        if PORTFOLIO_FOR_END_RE.search(text[max(0, m.start() - 8) : m.start()]):
            continue  # "minister för nordiskt samarbete", "Minister for Nordic Cooperation": a portfolio, no members
        if m.group("code"):
            key = m.group("code").lower()
        elif m.group("nordic"):
            key = "nb8" if m.group("baltic") else "nordic"
        elif m.group("format"):
            word = m.group("format").lower()
            key = {"lubelsk": "lublin", "bucharest nine": "b9"}.get(word, word)
        else:
            key = "visegrad"
        out.extend(c for c in COUNTRY_GROUPS[key] if c not in out)
    return tuple(out)


# The institution a role implies when the text says no more.
# The High Representative in the archive's languages: an office of the Union
HIGH_REPRESENTATIVE_WORDS = (
    r"high representative|haute? représentante?|hoge vertegenwoordiger|hohen? vertreter(?:in)?|hoher vertreter"
    r"|alt[oa] rappresentante|alt[oa] representante|høye representant|hög\w* representant|højtstående repræsentant"
    r"|korkea edustaja|visok\w* predstavni|wysok\w+ przedstawiciel|vysok[ýá] představitel|ύπατ[οη] εκπρόσωπ"
)
HIGH_REPRESENTATIVE_RE = compile_factored(rf"(?i){HIGH_REPRESENTATIVE_WORDS}")
ROLE_ORGANISATION_RE = [
    (
        re.compile(rf"(?i)hr/vp|hrvp|{HIGH_REPRESENTATIVE_WORDS}"),
        "European Union",
    ),
    (
        re.compile(r"(?i)commiss|kommiss|komissaar|komesar|komisa|komisár|comisari|comiss|επίτροπ|комисар|комесар|еврокомис|europsk\w* povjeren"),
        "European Commission",
    ),  # ("commissaris", "commissaire", "commissario" as well as "commissioner")
    (
        # the Commission's Executive Vice-Presidents (from 2019), named by office alone on its pages
        re.compile(
            r"(?i)executive vice-?president|vice-?président(?:e)? exécuti|vicepresident[ea] esecutiv|vicepresidente ejecutiv"
            r"|exekutiv-?vizepräsident|uitvoerend vicevoorzitter|wiceprzewodnicząc\w* wykonawcz|výkonn\w+ místopředsed"
        ),
        "European Commission",
    ),
    (re.compile(r"(?i)president of the european council|voorzitter van de europese raad"), "European Council"),
    (re.compile(r"(?i)eurogroup|eurogroep"), "Eurogroup"),
    (re.compile(r"(?i)european central bank|\becb\b"), "European Central Bank"),
    (re.compile(r"(?i)european parliament"), "European Parliament"),
    (re.compile(r"(?i)secretary.general of nato|nato secretary"), "North Atlantic Treaty Organization"),
    (re.compile(r"(?i)international monetary fund|\bimf\b"), "International Monetary Fund"),
    (
        # the European Chief Prosecutor: "Procuradora-Geral Europeia", "procureure générale européenne"
        re.compile(
            r"(?i)european chief prosecutor|procurador\w*-?\s?geral europe|procureur\w* général\w* europé"
            r"|europäische\w* generalstaatsanwält|procuratore capo europeo|fiscal general europe|europees hoofdaanklager"
        ),
        "European Public Prosecutor's Office",
    ),
]


@lru_cache(maxsize=65536)  # pure: the same roles recur
def organisation_for_role(role: str | None) -> str | None:
    if not role:
        return None
    for pattern, organisation in ROLE_ORGANISATION_RE:
        if pattern.search(role):
            return organisation
    return None


# Offices that only one country has, by their own name (folded): the Irish head of government and deputy
ONE_COUNTRY_OFFICES = {"taoiseach": "Ireland", "an taoiseach": "Ireland", "tanaiste": "Ireland"}


# Switzerland's seven ministers, by their title in French, Italian and English ("la Consigliera federale Name", "le
# conseiller fédéral …, chef du Département …"; not German "Bundesrat", also a member of Austria's second chamber)
SWISS_COUNCILLOR_RE = compile_factored(r"(?i)^(?:conseill[eè]re?\s+f[eé]d[eé]rale?|consiglier[ea]\s+federale|federal\s+councill?or)\b")


def country_for_role(role: str | None) -> str | None:
    """'Taoiseach' → Ireland, 'consigliere federale' → Switzerland: an office that names its country by itself."""
    if not role:
        return None
    return ONE_COUNTRY_OFFICES.get(fold(role).strip()) or ("Switzerland" if SWISS_COUNCILLOR_RE.match(role) else None)


# plural endings of role words: "ministers", "ministri", "Staats- und Regierungschefs" are groups, not one office
PLURAL_ROLE_END_RE = compile_factored(
    r"(?i)(?:ers|ents|ives|res|ori|rene|erne|arna|orna|ne|ow|ów|é|(?<!ster)(?<!aar)(?<!ntt)i|ών|ων|ara|ů|ých|ové)$"
)


def singular_role(role: str) -> str:
    """'Ministers of Interior' → 'Minister of Interior'; 'Foreign Ministers' → 'Foreign Minister'."""
    words = role.split()
    for i, word in enumerate(words):
        if is_role_word(word):
            lower = word.lower()
            if lower.endswith(("ers", "ors", "ents", "ives", "aries", "ants", "ters", "eurs")):
                words[i] = word[:-3] + "y" if lower.endswith("aries") else word[:-1]
            elif lower.endswith("res") and lower.startswith("minist"):
                words[i] = word[:-1]  # French "ministres"
    return " ".join(words)


# "… in Montenegro", "… au Mali", "Ambassador of X to Y": a country after these is where someone sits, not whom they speak for
LOCATION_BEFORE_RE = compile_factored(
    r"(?i)\b(?:in|to|at|à|au|aux|nach|u|w|v|ve|στην|στο|σε)\s+(?:the\s+|la\s+|le\s+|l'|de\s+)?$"
)


# tried on the words of many sentences (patterns.gated: the same matches, faster where there are none)
MEETING_COMPOUND_RE = gated(MEETING_COMPOUND_RE)
