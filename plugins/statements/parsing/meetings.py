"""Meetings a statement was issued at (held) or mentions with a date (referenced), grouped in series."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from slugify import slugify

from .dates import DateMatch, day_before_and, find_dates, find_weekday, find_weekday_in_any_case, weekday_of
from .layout import ABBREVIATION_END_RE, MONTH_DAY_END_RE, UPPER, Layout, fold
from .model import Meeting
from .patterns import compile_factored, gated, lowered, prefilter
from .vocabulary import INSTITUTION_RE, PORTFOLIO_WORDS, is_role_word

# political consultations between two foreign ministries ("… după consultările politice de la Iași"): a meeting, of no
# name of its own
POLITICAL_CONSULTATIONS = (
    r"Political [Cc]onsultations|Consultations politiques|Consultazioni politiche|Consultas pol[ií]ticas"
    r"|Consult[aă]r\w* politice|Konsultacj\w* polityczn\w*|Politick\w* konzultac\w*|Političk\w* konzultacij\w*"
    r"|Politikai konzultáció\w*|Poliittis\w* konsultaatio\w*|Poliitilis\w* konsultatsioon\w*"
    r"|Политически консултации|Πολιτικ\w* διαβουλε\w*"
)
MEETING_NOUN = (
    r"(?:Ministerial|Summit|Council|Conference|Forum|Fórum|Meeting|Dialogue|Session|Sessione|Sesión|Sessão|Assembly"
    r"|Round[- ]?table"
    r"|Gipfel\w*|Treffen\w*|Tagung|Konferenz|Rat(?:es|s)?|Sommet|Réunion|Conférence|Conseil|Top|Bijeenkomst"
    r"|Vergadering|Raad|Vertice|Riunione|Incontro|Conferenza|Consiglio|Cumbre|Reunión|Conferencia|Consejo|Cimeira"
    r"|Reunião|Encontro|Састан\w*|Самит\w*|Конференциј\w*|Засједањ\w*|Möte\w*|Møde\w*|Møte\w*"
    r"|Conferência|Conselho|Toppmøte|Møte|Möte|Toppmöte|Møde|Topmøde|Samit\w*|Sastan\w*|Konferencij\w*|Vijeć\w*"
    r"|Spotkani\w*|Szczyt\w*|Szczyc\w*|Konferencj\w*|Setkání|Zasedání\w*|Jednání|Summit(?:u|ul|ului|em|om)?|Konferenc(?:e|i|í|ia|ii|iu)|Σύνοδ\w*|Συνόδ\w*|Συνάντησ\w*|Διάσκεψ\w*"
    r"|Reuniun\w*|Întâlnir\w*|Conferinț\w*|Consiliul\w*|Средб\w*|Срещ\w*|Заседани\w*|Конференци\w*|Srečanj\w*"
    r"|Ontmoeting|(?:Intergovernmental|Government) [Cc]onsultations|Consultations intergouvernementales"
    r"|(?-i:COP\d{1,2})"  # a UN climate conference, by its number: "at COP29 in Baku"
    r"|Eurogroup|Eurogruppe|Eurogroupe|Eurogruppo|Eurogrupo|Eurogroep|Eurogrupa|Eurogrupp\w*|Euroskupin\w*|ECOFIN"
    r"|Konsultacj\w* międzyrządow\w*|Consultazioni intergovernative|Consultas intergubernamentales"
    r"|[Mm]ezivládní konzultac\w*|[Mm]edzivládn\w* konzultáci\w*"
    rf"|{POLITICAL_CONSULTATIONS}"
    r"|Video-?conference|Videokonferenz|Visioconférence|Videoconferencia|Videoconferenza|Videoconferentie"
    r"|Kokous\w*|Kokouks\w*|Kohtumi\w*|Sanāksm\w*|Tikšanā\w*|Tikšano\w*|Susitikim\w*|Találkozó\w*|Ülés(?!ez)\w*|Csúcs\w*"
    r"|(?-i:Tanács\w{0,3})"  # Hungarian: a council, with its capital ("Általános Ügyek Tanácsa")
    r"|Stretnut\w*|Rokovan\w*|Zasadnut\w*|Posiedzeni\w*|Huippukokou\w*|Sesjon\w*|Nõukogu\w*|Ülemkogu\w*|Tippkohtumi\w*"
    # councils: "Evropská rada", "Rada Europejska", "Eurooppa-neuvosto", "Eiropadome", "Съвета по
    # енергетика", "Svet za pravosodje": words that also mean "advice" or "world" count with their capital only
    r"|neuvost\w*|Eiropadom\w*|padom\w*|(?:Evropsk|Európsk)\w*\s+rad\w*|(?:europeisk|europæisk)\w*\s+råd\w*"
    r"|(?:Evropsk|Europsk)\w*\s+(?:svet|savet|vijeć)\w*"
    r"|Европейски\w*\s+съвет\w*|(?-i:Vadovų Taryb\w{0,3})"  # Bulgarian "Европейският съвет", Lithuanian "Vadovų Taryba"
    # Lithuanian council configurations and sittings: "Aplinkos tarybos posėdyje", "Ministrų Tarybos posėdyje"
    # (not "Aukščiausioji Taryba", a parliament: a configuration's "taryba" is in small letters)
    r"|(?-i:[A-ZĄČĘĖĮŠŲŪŽ][a-ząčęėįšųūž]+\s+taryb\w{0,3})|(?-i:Ministrų\s+Taryb\w{0,3})|Posėd\w*"
    r"|(?-i:Συμβο[υύ]λ[ιί]\w*)|vrh(?:a|u|om)?(?=\s+(?:EU|[A-ZČŠŽ]|v\s|na\s))|(?-i:Rad[aouyěeęą]\w{0,2}|Råd(?:et|ets)?|Svet\w{0,2}|Съвет\w{0,2}))"
)
# Germanic compounds end in the noun: "Innenministertreffen", "ministermöte", "Gipfeltreffen"
COMPOUND_ENDS = (
    r"(?:treffen|gipfel|konferenz|konferanse\w{0,2}|konference\w{0,2}|konferens\w{0,2}"
    r"|tagung|möte|møde|møte|topmøde|toppmøte|överleg|overleg|beraad|nõukogu|kokous"
    r"|konsultation|consultatie|ministerrat|ministerraad|ministerråd|forum|forumet|foorum|kokouks\w{0,3}|kokouk\w{0,4}"
    # Finnish councils: "liikenneneuvostossa" (not the Security Council, the Nordic Council of Ministers or the
    # Government, which are bodies)
    r"|(?<!-)(?<![Tt]urvallisuus)(?<!ministeri)(?<![Vv]altio)neuvost\w{0,4})\w{0,2}"  # "Regierungskonsultationen"
)
OTHER_COMPOUNDS = (
    r"(?-i:[A-ZÀ-Þ][\w]+-?top)"  # Dutch summits: "Noordzeetop", "NAVO-top" (a capital first: not "stop", "laptop")
    r"|(?-i:[A-Z][a-zë]{3,}raad)"  # Dutch councils: "Milieuraad", "Landbouwraad" (a capital first)
    # Swedish and Danish Council configurations: "fiskerådet", "miljörådet", "Ekofinrådet" (not the UN's "säkerhetsrådet",
    # nor a research council)
    r"|(?-i:(?![a-zåäöæø]*(?:säkerhets|sikkerheds|forsknings))[a-zåäöæø]{3,}-?rådet|(?:EKOFIN|Ekofin|Ecofin|ECOFIN)-?rådet)"
)
COMPOUND_NOUN = rf"(?:\w+-?)?{COMPOUND_ENDS}|{OTHER_COMPOUNDS}"
NOUN_RE = compile_factored(rf"(?i)\b(?:{MEETING_NOUN}|{COMPOUND_NOUN})\b")
POLITICAL_CONSULTATIONS_RE = compile_factored(rf"(?i){POLITICAL_CONSULTATIONS}")
# the same in small letters, for lower-cased text: its case-sensitive parts ("(?-i:…)") lowered too, together they
# find every match of NOUN_RE, and a few more. A compound's end is looked for on its own (a word's end somewhere is
# one), and in a search of its own: tried at every letter, it would make the search of whole words try every letter.
NOUN_START_LOW = prefilter(rf"\b(?:{MEETING_NOUN}|{OTHER_COMPOUNDS})\b".lower())
COMPOUND_END_LOW = prefilter(rf"{COMPOUND_ENDS}\b|top\b|raad\b|rådet\b".lower())


def any_noun_low(low: str) -> bool:
    """Whether lower-cased text may hold a meeting's noun: NOUN_RE finds none where this says no."""
    return bool(NOUN_START_LOW.search(low) or COMPOUND_END_LOW.search(low))
# "Today's meeting", "met today", "at today's Council": the statement was issued at a meeting.
HELD_TODAY_RE = compile_factored(
    r"(?i)\b(?:today'?s?|this (?:morning|afternoon|evening)'?s?|tonight'?s?|vandaag|vandaags\w*|aujourd'hui"
    r"|heute|heutig\w*|oggi|odiern\w*|hoy|hoje|idag|i dag|danas|današnj\w*|dzisiaj|dziś|dzisiejsz\w*|dnes|dnešní|σήμερα"
    r"|данас|данашњ\w*|astăzi|astazi|šiandien|šodien|täna|tänään|danes|днес|денеска"
    r"|i kväll|i kveld|i aften|ce soir|heute abend|stasera|esta noche|hoje à noite|vanavond)\b"
)
MIN_BROKEN_LINE = 40
# a meeting's participle of having been held, beside "yesterday" (those HELD_VERB_RE has, "celebrado", "održan", are
# not repeated)
HELD_PARTICIPLE_RE = compile_factored(
    r"(?i)\b(?:held|svoltasi|svoltosi|tenutasi|tenue|gehouden|abgehalten\w*|realizad[oa]|odbyt[aey]|konan[aéý]"
    r"|uskutočnen[aéý])\b"
)
# "…, which opened on 3 March in Nairobi and runs until 14 March": from the first day to the second
OPENED_ON_RE = compile_factored(
    r"(?i)\b(?:opened|began|started|s'est ouvert\w*|a commencé|begann|hat begonnen|comenzó|se inició|è iniziat[oa]"
    r"|iniziat[oa]|começou)\s+(?:on\s+|le\s+|am\s+|el\s+|il\s+|em\s+)?$"
)
UNTIL_END_RE = compile_factored(r"(?i)\b(?:until|till|through|jusqu'au|bis zum|bis|hasta el|hasta|fino al|até)\s+$")
MAX_UNTIL_GAP = 80  # characters between the opening day and "until" its last
# "…, which opens today in Glasgow and runs until 12 November": from the statement's day to that one
OPENS_TODAY_UNTIL_RE = compile_factored(
    r"(?i)\b(?:opens|opened|begins|began|starts|started|s'ouvre|s'est ouvert\w*|beginnt|begann|se abre|inizia)\s+"
    r"(?:(?P<today>today|aujourd'hui|heute|hoy|oggi)|yesterday|hier|gestern|ayer|ieri)\b"
    r".*\b(?:until|till|through|to|jusqu'au|bis|hasta el|hasta|fino al)\s+$"
)
# "meeting on the margins of …", "réunis à …": the signers are at the meeting as they write
HELD_NOW_RE = compile_factored(
    r"(?i)\b(?:meeting (?:today|in|at|on the margins)|gathered (?:in|at)|assembled in|réunis|reunidos|reunidas"
    r"|riuniti|versammelt|bijeen in|samlet i|samlade i|okupljeni|zebrani|shromážděni|reuniți|reuniti)\b"
)
TODAYS_NOUN_RE = compile_factored(
    rf"(?i)\b(?:today'?s|this (?:morning|afternoon|evening)'?s|tonight'?s|heutige\w*|odiern\w*|d'aujourd'hui"
    rf"|de hoy|de hoje|dagens|današnj\w*|dzisiejsz\w*|dnešní|σημερινή|данашњ\w*)\b(?:\s+\S+){{0,3}}\s+{MEETING_NOUN}"
    rf"|{MEETING_NOUN}\w*\s+(?:\w+\s+){{0,2}}(?:d'aujourd'hui|di oggi|de hoy|de hoje|van vandaag|von heute)"
)
WE_OR_ROLE_RE = compile_factored(
    r"(?i)^\s*(?:we|wij|nous|wir|noi|nosotros|vi|mi|my)\b|minist|commission|president|secretar|representative"
)
NOT_MEETING_AFTER_RE = compile_factored(
    r"(?i)^\W*(?:resolutions?|decisions?|conclusions|regulations?|directives?|presidency|formation|members?"
    r"|resoluties?|besluit|résolutions?|décisions?|beschlüsse|beschluss)\b"
)
PRESIDENCY_WORDS = (
    r"presidency|présidence|präsidentschaft|vorsitz|voorzitterschap|presidenza|presidencia|presidência"
    r"|ordförandeskap\w*|formandskab\w*|formannskap\w*|předsednictv\w*|predsedníctv\w*|prezydencj\w*"
    r"|predsjedanj\w*|predsedovanj\w*|puheenjohtaj\w*|eesistum\w*|prezidentūr\w*|elnökség\w*|președinți\w*"
    r"|προεδρί\w*|председателств\w*"
    # presiding, as a verb: "predseduje Svetu …", "predsjeda Vijećem …", "predsedalo Rade EÚ", "presiding over the"
    r"|predseduj\w*|predsjeda\w*|predsedal\w*|předsedá\w*|presiding over|presides over|préside|presiede"
)
PRESIDENCY_BEFORE_RE = compile_factored(rf"(?i)\b(?:{PRESIDENCY_WORDS})\s+(?:\S+\s+){{0,2}}$")
PRESIDENCY_WORD_RE = compile_factored(rf"(?i)\b(?:{PRESIDENCY_WORDS})\b")
FOUNDED_WORDS = (
    r"established|founded|created|set up|gegründet|fondée?|opgericht|istituit[oa]|fondat[oa]"
    r"|cread[oa]|criad[oa]|założon\w*|založen\w*|osnovan\w*|perustettu|asutatud|izveidot\w*|įkurt\w*"
    r"|alapított\w*|înființat\w*|основан\w*|grundlagt|grundad|ιδρύθηκε"
)
FOUNDED_AFTER_RE = compile_factored(rf"(?i)^[^.;]{{0,30}}?\b(?:{FOUNDED_WORDS})\b")
FOUNDED_WORD_RE = compile_factored(rf"(?i)\b(?:{FOUNDED_WORDS})\b")
# a body's act between the day and the body, the verb before its subject: "… 2011. június 24-én fogadta el az Európai
# Tanács" (adopted it), "… el 24 de junio aprobó el Consejo"
YEAR_WORD_RE = compile_factored(r"(?i)\.?\s*(?:(?:aasta|gada|m\.|évi|roku|year's)\s+)?")  # (after a date: "1994. aasta …")
# another event's day, written right after it: "the presidential election of 9 March 2014, …", "the initialling,
# on 2 June 2019, of …", "the signature in Accra, on 5 May 1980, of the first treaty": not a meeting's day
OTHER_EVENT_BEFORE_DAY_RE = compile_factored(
    r"(?i)\b(?:elections?|élections?|wahl(?:en)?|elezion[ei]|eleccion(?:es)?|eleiç(?:ão|ões)|verkiezingen|wybor(?:y|ów)"
    r"|volby|volieb|izbor[ai]?|referend(?:um|a)|initiall?ing|paraphe|signature|signing|unterzeichnung|firma|assinatura"
    r"|ondertekening|podpisani[ea]|accession|adhésion|beitritt|independence|indépendance|unabhängigkeit|anniversary"
    r"|anniversaire|jahrestag|attacks?|attentats?|anschlag|earthquake|séisme|erdbeben|invasion|coup)"
    r"\b[^.;:]{0,30}?(?:\bof|\bon|\bdu|\bvom|\bdel|\bdo|\bvan|,)\s*$"
    # (or a state's joining, its verb right before the day: "… ki je pristopila 1. julija 2013")
    r"|\b(?:acceded|pristopil\w*|pristupil\w*|přistoupil\w*|pristúpil\w*|przystąpił\w*|csatlakozott|aderat\w*"
    r"|beigetreten|toegetreden)\s+(?:(?:on|le|am|el|il|em|op)\s+)?$"
)
ACT_BEFORE_BODY_RE = compile_factored(
    r"(?i)\b(?:fogadta el|fogadták el|hagyta jóvá|jóváhagyta|elfogadta|adopted|approved|endorsed|aprobó|adoptó"
    r"|adottato|approvato|přijala|prijala|przyjęła|przyjęła|adopta|approuva|verabschiedete|beschloss)\b"
)
DOCUMENT_WORD_RE = compile_factored(
    r"(?i)\b(?:resolution|decision|conclusions|regulation|directive|résolution|décision|beschluss|besluit"
    r"|risoluzione|resolución|resolução|rezolucij|rezoluc|resolutsioon|päätösl|uchwał|usnesení|határozat)\w*"
)
# a day a meeting was first planned for and moved from
ORIGINALLY_PLANNED_RE = compile_factored(
    r"(?i)\b(?:originally|initially|first)\s+(?:been\s+)?(?:planned|scheduled|set)|ursprungligen\s+(?:planer|inplaner)"
    r"|oprindeligt\s+planlagt|opprinnelig\s+planlagt|ursprünglich\s+(?:geplant|vorgesehen|angesetzt)"
    r"|initialement\s+prévu|inizialmente\s+previst|inicialmente\s+previst|oorspronkelijk\s+gepland"
    r"|pierwotnie\s+planowan|původně\s+plánovan|alun\s+perin\s+suunnitel"
)
# an agreement's own day right after it: "… the Cotonou Partnership Agreement signed on 23 June 2000"
SIGNED_DOCUMENT_BEFORE_RE = compile_factored(
    r"(?i)\b(?:agreement|treaty|convention|accord|charter|protocol|memorandum|pact|accordo|acuerdo|abkommen|vertrag"
    r"|traité|tratado|trattato|verdrag|umowa|sporazum|dohod|avtal|aftale|convenção|convención|convenzione)\w*\s+"
    # (its words, or its whole name to a comma: "the Convention on … of the Rhine Basin, signed in Bern on")
    r"(?:(?:[\w-]+\s+){0,2}?|[^.;:]{0,250}?,\s+)"
    r"(?:signed|concluded|signé\w*|conclu\w*|unterzeichnet\w*|firmad\w*|firmat\w*|assinad\w*|ondertekend|podpisan\w*"
    r"|potpisan\w*|undertecknat\w*|underskrevet)\s+(?:(?:in|em|en|à|a|te|i|u|w)\s+\S+\s+)?"
    r"(?:on\s+|le\s+|am\s+|el\s+|il\s+|em\s+|op\s+|den\s+|a\s+)?$"
)
BY_AGENT_RE = compile_factored(
    r"(?i)\b(?:adopted|approved|endorsed|proclaimed|established|decided|convened|organi[sz]ed)\s+by\s+(?:the\s+)?(?:\S+\s+){0,3}$"
    # "… adotado pelo Conselho", "adopté par le Conseil", "adottato dal Consiglio", "verabschiedet vom Rat"
    r"|\b(?:adotad[oa]|aprovad[oa]|adoptad[oa]|aprobad[oa]|adopté|adoptée|approuvé|adottat[oa]|approvat[oa]"
    r"|verabschiedet|angenommen|aangenomen)\s+(?:pel[oa]|por|par|dal|dalla|vom|von|door)\s+(?:\S+\s+){0,2}$"
)
# "the guidelines set by the European Council of 3 and 4 March", "agreed at the Council of 3 May": the meeting
# acted before, whatever the sentence says "will" of (its year is not next year's)
PAST_AGENT_RE = compile_factored(
    r"(?i)\b(?:set|laid down|agreed|adopted|approved|endorsed|given|expressed|reached|taken|made|launched|defined"
    r"|outlined|established|decided|confirmed|reaffirmed|called for|requested)\s+(?:by|at)\s+(?:the\s+)?(?:\S+\s+){0,3}$"
    r"|\b(?:fixé|fixée|fixés|fixées|défini|définie|définies|arrêté|arrêtée|fissat[aoie]|definit[aoie]|fijad[oa]s?"
    r"|definid[oa]s?|festgelegt|vastgesteld)\s+(?:par|dal|dalla|por|pel[oa]|vom|von|door)\s+(?:\S+\s+){0,2}$"
)
OF_DAY_RE = compile_factored(r"(?:\s+[A-ZÀ-Þ]\w+){0,2}\s+(?:of|del|du|de la|de|des|vom|van|dell'|della|do|da)\s+\d")
# "conforme a la Recomendación del Consejo de 22 de abril": a document of the body, dated, not a meeting
DOCUMENT_OF_RE = compile_factored(
    r"(?i)\b(?:recommendation|recomendación|recommandation|empfehlung|raccomandazione|recomendação|aanbeveling"
    r"|zalecenie|doporučení|odporúčanie|preporuk\w*|priporočil\w*|decision|decisión|décision|beschluss|besluit"
    r"|regulation|reglamento|règlement|verordnung|regolamento|regulamento|verordening"
    r"|resolution|résolution|resolución|risoluzion|resolução|ψηφίσμα|ψηφισμ|απόφασ)\w*\s+"
    r"(?:of the|du|de la|del|des|der|des|della|dello|do|da|van de|van het|de|του|της)\s+$"
)
WILL_RE = compile_factored(
    r"(?i)\b(?:will|shall|'ll|zal|zullen|wird|werden|sera|seront|sarà|saranno|será|serán|vil|skal|kommer att|će)\b"
)
HELD_VERB_RE = compile_factored(
    r"(?i)\b(?:ontmoet|ontmoetten|getroffen|rencontrés|rencontrées|incontrati|incontrato|reunieron|reunió|sreli|took place|takes place|held(?=\s+(?:its|their)\s)|held(?=\s+the\s+[^.,;]{0,60}?\b(?:dialogue|summit|meeting|conference|session|consultations|council|forum)\b)|(?:held|had)(?=\s+(?:talks|consultations|discussions)\b)|se sont entretenu(?:e)?s|s'est entretenue?|was held|were held|is being held|fand statt|findet statt|a eu lieu|ont eu lieu"
    r"|si è svolt[oa]|tuvo lugar|teve lugar|ägde rum|fant sted|fandt sted|održan[aoi]?|održal[aoi]|bijeen\w*"
    r"|zusammen(?:gekommen)?|kamen|höll|holdt|hielten|réuni\w*|riunit\w*|reunid\w*|sastal\w*|møtt\w*|mött\w*|met|meeting|gathered|convened|vergaderd|bijeen|réunis|se sont réunis|trafen sich|getroffen"
    r"|getagt|tagte|tagten|träffat|tog\s+(?:\w+\s+){0,2}?emot|tok\s+(?:\w+\s+){0,2}?imot|tog\s+(?:\w+\s+){0,2}?imod"  # ("des Rates, der gestern in Luxemburg getagt hat")
    r"|riuniti|reunieron|reuniram|møttes|möttes|träffades|träffats|mødtes|sastali|sastanku|spotkali|spotkawszy|setkali|setkaly|setkal|setkala|sešli|sešly|sestal[aei]?|srečal[aei]?|stretli|sprejel|primio|primila|прие|received|a reçu|empfing|ha ricevuto|recibió|recebeu|ontving|συναντήθηκαν"
    r"|састали|incontro|spotkania|sešli|sešly|είχαν|received|recibido|recibió|reçu|empfangen|ricevuto|recebeu"
    r"|ontvangen|ontving|celebrad[oa]|celebró|tenutosi|zusammengetroffen|ugostio|ugostila|ugostili|gościł"
    r"|hosted|hosts|meeting in|meeting on|reunidos|reunidas|réunis|riuniti"
    # talks as the meeting: "after talks held in Kestrel", "after their talks today", "след разговорите в …"
    r"|talks held|(?:after|following) (?:their |the )?talks|след разговорите"
    r"|presieduto|ont présidé|presidieron|presidiram"
    # one host receiving or meeting guests: "spotkał się", "privítal", "υποδέχθηκε", "tapasi", "sastao se", "empfing"
    r"|välkomnade|ønsket velkommen|bød velkommen"  # a host who welcomed guests to a meeting
    r"|spotkał[a]?|przyjął|przyjęła|privítal[a]?|přivítal[a]?|přijal[a]?|prijal[a]?|υποδέχθηκε|συναντήθηκε"
    r"|tapasi(?:vat)?|sastao|sastala|primio|primila|empfing|traf|träffade|møtte|accueilli|ospitato|ha ospitato"
    r"|reuniți|reuniti|s-au reunit|s-au întâlnit|s-a întâlnit|a primit|a găzduit|φιλοξένησε|συγκάλεσε|hostil[a]?|gostil[ai]?"
    r"|spotkały się|tartott megbeszélést|tartottak megbeszélést|tárgyalást folytatott|tárgyalást folytattak"
    # ("han mantenido hoy en Madrid una reunión de trabajo": held a meeting, not any "maintained")
    r"|(?:mantenido|mantuvieron|mantuvo|mantiveram|manteve|mantido)(?=\s+(?:[^\s.,;]+\s+){0,4}?(?:una?|uma)\s+"
    r"(?:reuni|encuentro|encontro|conversa|entrevista))"
    r"|састао|састала|састали су|срели|susitiko|susitikę|срещнаха|заседава\w*|одржаа|одржаха|се сретнаа"
    r"|pidettiin|kokoontuivat|kohtusid|toimus|tikās|notika|vyko|találkoztak|tartották|konalo|konala|stretli"
    r"|угостио|угостила|угостили|kohtus|fogadta|fogadták|tárgyalt|tárgyaltak|találkozott|ülésezett|üléseztek|tanácskozott|tanácskoztak|värd för|vært for|vert for"
    # "took place" in more languages: "odbyły się", "se konalo", "a avut loc", "πραγματοποιήθηκε", "se proveo"
    r"|odbył\w* się|odbyło się|odbyły się|odbyła się|se konal\w*|sa konal\w*|uskutočnil\w*|proběhl\w*|potekal\w*"
    r"|a avut loc|au avut loc|се проведе|се състоя|πραγματοποιήθηκ\w+|realizou-se|decorreu|si è tenut[oa]"
    r"|si sono tenut[ie]|se celebraron|hat stattgefunden|haben stattgefunden"
    r"|acolheu|acogió|ha acogido|accueille|võttis|chaired|a présidé|ha presieduto|presidió|presidiu"
    r"|predsedavao|predsedavala|predsjedao|predsjedala|predsedoval|predsedala|председава\w*"
    # the meeting as the object: "hebben … een Benelux-top gehouden", "haben … abgehalten", "ont tenu"
    r"|gehouden|hielden|abgehalten|ont tenu|a tenu|hanno tenuto|celebraron|realizaram|pidivät|höll|holdt)\b"
)
FUTURE_RE = compile_factored(
    r"(?i)\b(?:upcoming|next|forthcoming|future|will (?:take place|be held|meet|convene|host)|to be held"
    r"|taking place|scheduled|planned|due to|komende|volgende|aanstaande|prochaine?|à venir|kommende[nr]?|nächste[nr]?"
    r"|prossim[oa]|próxim[oa]|neste|nästa|næste|sljedeć\w*|sledeć\w*|następn\w*|příští|επόμεν\w*"
    # "we look forward to … the Summit in Madrid on 29-30 June", "le sommet qui se tiendra à Barcelone le 16 janvier"
    r"|look(?:s|ing)? forward to|se tiendr(?:a|ont)|attend(?:ent|ons) avec intérêt|freuen sich auf|kijken uit naar"
    r"|si terr(?:à|anno)|se celebrar(?:á|án)|ter(?:á|ão) lugar|odbęd(?:zie|ą) się|se uskuteční"
    # a meeting being prepared is ahead: "przy przygotowaniu posiedzenia Rady … 18 listopada", "in preparation for"
    r"|preparation (?:of|for)|preparing (?:for )?the|przygotowani\w*|préparation d\w*|Vorbereitung d\w*"
    r"|preparazione d\w*|preparación d\w*|preparação d\w*|voorbereiding (?:van|op))\b"
)
# the Slavic council as MEETING_NOUN finds it ("Rada", "Radu"), which in Romanian is a first name
SLAVIC_COUNCIL_RE = compile_factored(r"Rad[aouyěeęą]\w{0,2}")
# Romanian "la" is "at" before a place (in Spanish, Italian and French the same word is an article)
ROMANIAN_AT_PLACE_RE = compile_factored(rf"\bla\s+([{UPPER}][\w-]+(?:\s+[{UPPER}][\w-]+)?)(?=[\s,.;])")
HUNGARIAN_STATE_END_RE = compile_factored(r"(?:Köztársaság|Királyság|Nagyhercegség)\w*$")
PLACE_RE = compile_factored(
    r"(?:\bin|\bà|\ben|\bte|\bin|\ba|\bem|\b(?P<i>i)|\bu|\bwe?|\bve?|^(?:We?|Ve?|U)|\bστην?|\bστο|(?<!\w)у|(?<!\w)в)\s+"
    r"(?P<place>[" + UPPER + r"][\w'’\-]+(?:\s+(?:upon|am|an der|sur|de)?\s*[A-ZА-Я][\w\-]+)?)"
)
ORDINAL_RE = compile_factored(r"(?i)\b\d+(?:st|nd|rd|th|e|er|ème|\.)?\b|\b(?:19|20)\d\d\b")
NAME_WORD = r"(?:[" + UPPER + r"0-9][\w'’\-/]*|of|on|for|and|the|de|du|des|van|von|der|di|del|&)"
MAX_LINES = 400  # meetings are named near the top; a huge file is not scanned to its end
NOT_PLACES = {
    "The",
    "Its",
    "This",
    "These",
    "Order",
    "Addition",
    "Particular",
    "Line",
    "View",
    "Accordance",
    "Light",
    "Context",
    "Support",
    "Brussels,",
}


SENTENCE_BREAK_RE = compile_factored(rf"(?<=[.!?])\s+(?=[{UPPER}\"“(])|\n")


YEAR_END_RE = compile_factored(r"(?<!\d)(?:1[89]|20)\d\d\.$")


def _runs_on(before: str) -> bool:
    """Whether the point before a break is no sentence's end: an ordinal ("am 8. Oktober", but not "… on April 25.
    Both") or an abbreviation ("Rady ds. Rolnictwa")."""
    if before[-2:-1].isdigit():
        # (but a year ends a sentence: "… ve druhé polovině roku 2007. Po jednání …")
        return not MONTH_DAY_END_RE.search(before[-16:]) and not YEAR_END_RE.search(before[-6:])
    return ABBREVIATION_END_RE.search(before[-6:]) is not None


def _sentences(text: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for m in SENTENCE_BREAK_RE.finditer(text):  # (a capital of any script opens the next: "… an. Über …")
        if m.group(0) != "\n" and _runs_on(text[start : m.start()]):
            continue
        out.append((start, text[start : m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return [(s, t) for s, t in out if t.strip()]


# "antog i dag … vid NB8-utrikesministermötet", "Issued following the G7 Foreign Ministers' videoconference"
# a day from which something applies ("ab dem 31. März", "as of 1 January"): no meeting's day
FROM_DAY_RE = compile_factored(
    r"(?i)\b(?:ab(?: dem)?|as of|as from|with effect from|à partir du|a partire dal|a decorrere dal|a partir del?"
    r"|desde el|vanaf|från och med|fra og med|fra|od dnia|od"
    r"|since|sinds|seit|depuis le|depuis|sedan|siden|dal)\s+$"  # ("de regels, die sinds 1 maart gelden": since when)
)
# "… weeks after the Commission recommended on 13 October": the day of something else, some time from the meeting
SOME_TIME_FROM_RE = compile_factored(
    r"(?i)\b(?:weeks?|days?|months?|veckor|dagar|månader|uger|dage|måneder|uker|dager|semaines|jours|mois|Wochen|Tage"
    r"|Monate|settimane|giorni|mesi|semanas|días|dias|meses|weken|dagen|maanden)\s+(?:after|before|efter|innan|före"
    r"|etter|før|après|avant|nach|vor|dopo|prima|después|antes|depois|na|voor)\b"
)
# within a meeting: "im Rahmen einer Videokonferenz", "dans le cadre de la réunion", "w ramach posiedzenia"
WITHIN = (
    r"im rahmen (?:einer|eines|der|des)|in the (?:framework|context) of|dans le cadre d|nell'ambito d|en el marco d"
    r"|no âmbito d|in het kader van|w ramach|v rámci|u okviru|v okviru"
)
AT_MEETING_RE = compile_factored(
    rf"(?i)\b(?:at|vid|på|bei|beim|auf|op|tijdens|bij|à|au|lors d[ue]|al|alla|na|στη|στο|following|after|μετά"
    rf"|nach|après|dopo|después de|após|efter|po|(?:in|on) the margins? of|en marge d[eu]|am Rande d\w+|{WITHIN}\w*)\s+"
    rf"(?:the\s+|de\s+|der\s+|dem\s+|la\s+|le\s+|il\s+|el\s+|l'|τη\s+|την\s+|το\s+)?(?:\S+\s+){{0,4}}?[\w-]*?(?:{MEETING_NOUN}|{COMPOUND_NOUN})\b"
)
PAST_RE = compile_factored(
    r"(?i)\b(?:last|previous|earlier|past|vorige|dernier|dernière|letzte\w*|scors[oa]|pasad[oa]|förra)\b"
)


def _at_meeting(sentence: str, today: re.Match) -> bool:
    """'adopted today … at the NB8 ministerial': the day's word, then, close behind it, the meeting it was at."""
    at = AT_MEETING_RE.search(sentence, today.end())
    if at and at.start() - today.end() < 60 and not PAST_RE.search(sentence[today.end() : at.end()]):
        return True
    # "na hun ontmoeting vandaag in Den Haag": the meeting named just before the day's word
    # (a common noun in lower case: "the Council of Europe today launched" names a body, not a meeting)
    before = NOUN_RE.search(sentence[max(0, today.start() - 30) : today.start()])
    return before is not None and before.group(0)[0].islower()


def _signed_at_meeting(sentence: str, low: str) -> bool:
    """'The declaration was signed at a video meeting between A and B': signed at a meeting of no other day or year."""
    signed = SIGNED_TODAY_LOW.search(low)
    at = AT_MEETING_RE.search(sentence, signed.end()) if signed else None
    return bool(
        signed and at and at.start() - signed.end() < MAX_SIGNED_AT_GAP and not YEAR_RE.search(sentence)
        and not PAST_RE.search(sentence[signed.end() : at.end()])
    )


MAX_SIGNED_AT_GAP = 30
YEAR_RE = compile_factored(r"\b(?:1[89]|20)\d\d\b")
MAX_OWN_DAY_GAP = 12
DAY_THEN_AT_RE = compile_factored(
    r"(?i)\s+(?:on|in) the margins? of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}|\s+(?:en marge d[eu]|am Rande d\w+)\s+(?:la\s+|l'|des\s+)?"
    r"(?:[\w-]+\s+){0,4}"
)
# "hebben vandaag in Den Haag een gezamenlijke verklaring ondertekend": signed together, in one place, today
SIGNED_TODAY_RE = compile_factored(
    r"(?i)\b(?:signed|ondertekend|ondertekenden|ondertekende|unterzeichnet|unterzeichneten|signé|signèrent|firmato|firmado"
    r"|assinado|undertecknade|undertecknat|undertecknades|underskrev|underskrevet|undertegnet|potpisali|potpisala|potpisale|podpisali|podpisala|podpisale|podpisały|podepsali|podepsala|podepsaly|podpísali|podpísala|потписали|потпишаа|подписаха"
    r"|parakstīja|pasirašė|allkirjastasid|kirjutasid alla|allekirjoittivat|aláírták|aláírta|semnat|assinaram|firmaron|firmarono"
    r"|hanno firmato|ont signé|signèrent|haben unterzeichnet|потписали су|су потписали|потписали|írtak alá|írták alá|írta alá|írt alá"
    r"|suscrito|suscribieron|subscreveram|subscreveu|sottoscritto|sottoscritta|hanno sottoscritto|υπέγραψαν)(?!\w)"
)
# adopted, where one is: "adotaram hoje, em Lisboa, uma declaração conjunta" (the meeting rules only)
ADOPTED_TODAY_LOW = compile_factored(
    r"\b(?:adotaram|adoptaram|adoptaron|adoptèrent|ont adopté|hanno adottato|verabschiedeten|haben verabschiedet"
    r"|przyjęli|přijali|usvojili|au adoptat|elfogadták|hyväksyivät|pieņēma|priėmė|antog|vedtog|vedtok"
    r"|enats|enades|blev enige|ble enige)(?!\w)"  # (the Nordic "agreed": "har i går i Visby enats om …")
)
# at a meeting's close, or after it: "zum Abschluss des …", "à l'issue de la …", "posle sastanka …"
CLOSE_OF_RE = compile_factored(
    r"(?i)\b(?:at the (?:close|end|conclusion) of|zum Abschluss|am Ende|à l'issue d|au terme d|al término d|al final d"
    r"|na afloop van|aan het einde van|al termine d|alla fine d|no final d|ao término d|posle|nakon|po skončení|po ukončení"
    r"|po zakończeniu|na zakończenie|efter|etter|la finalul|la sfârșitul|la încheierea|după|na závěr|na záver|na kraju"
    r"|ob koncu|po koncu|στο τέλος|μετά|в края на|след)\w*"
)
AFTER_NOUN_RE = compile_factored(rf"(?i)\b(?:after|following)\s+(?:the|their|its|his|her|a)\s+(?:\S+\s+){{0,2}}?{MEETING_NOUN}")
MAX_OPENING_LINES = 4  # an opening paragraph a page broke into lines: its first line and up to three more
MAX_CLOSE_GAP = 60  # from the phrase to the meeting's noun: "zum Abschluss des 18. Deutsch-Französischen Ministerrats"
# a verb of issuing, adopting or signing, tested on the lower-cased sentence
ISSUE_LOW = compile_factored(
    r"issued|adopted|signed|agreed|abgegeben|verabschiedet|unterzeichnet|adopté|signé|publié|adottato|firmato"
    r"|adoptado|firmado|aprovado|assinado|aangenomen|ondertekend|uitgegeven|usvojil|potpisal|přijal|podepsal|vydal"
    r"|przyjęl|podpisal|antog|undertecknade|vedtog|underskrev|vedtok|undertegnet|adoptat|semnat|prijal|podpísal"
    r"|sprejel|υιοθέτησ|υπέγραψ|εξέδωσ|приеха|подписаха|направиха|издадоха"  # ("направиха … съвместно изявление")
    r"|objavil|izdal|zveřejnil|zverejnil|opublikowal|wydal|publicaron|publicaram|pubblicato|veröffentlicht"
)
ISSUED_AT_RE = compile_factored(r"(?i)^\s*(?:issued|adopted|released)\s+(?:following|after|at)\b")
YESTERDAY_RE = compile_factored(
    r"(?i)\b(?:yesterday|gisteren|hier|gestern|ieri|ayer|ontem|igår|i går|jučer|juče|wczoraj|včera|χθες|јуче|vakar|eile|eilen|tegnap|вчера|včeraj)\b"
)
TOMORROW_RE = compile_factored(
    r"(?i)\b(?:tomorrow|morgen|demain|domani|mañana|amanhã|imorgon|i morgen|sutra|jutro|zítra|αύριο|сутра)\b"
    # (not a morning: "la sesión de la mañana", "esta mañana", "Guten Morgen")
    r"(?<!\bde la mañana)(?<!\besta mañana)(?<!\bpor la mañana)(?<!\bguten morgen)(?<!\bde manhã)"
)
# A header line naming the session a text was adopted at: "3735th Council meeting", "3735. zasedání Rady".
SESSION_LINE_RE = compile_factored(rf"(?i)^\d{{3,5}}(?:st|nd|rd|th|e|ème|\.)?\s+(?:\w+\s+){{0,3}}{MEETING_NOUN}\b.*$")
# "OSCE Permanent Council No. 1417": a header naming the sitting by its number
SITTING_LINE_RE = compile_factored(rf"^(?:[A-Z][\w-]*\s+){{0,4}}{MEETING_NOUN}\s+(?:No\.?|Nr\.?|n°|br\.)\s*\d{{1,5}}\s*$")


AT_BEFORE_NOUN_RE = compile_factored(
    rf"(?i)\b(?:beim|bei der|auf der|at the|during the|lors du|lors de la|au|à la|al|alla|nel|nella|en el|en la"
    r"|op de|op het|tijdens|während|under|vid|på|at an?|during an?|at their|at its|during their|bei einer|auf einer"
    rf"|{WITHIN}\w*)\s+(?:\S+\s+){{0,3}}$"
)


def _at_noun(sentence: str, nouns: list[re.Match]) -> bool:
    """'… am Dienstag beim Deutsch-Französischen Ministerrat …': at a meeting, on a weekday."""
    return any(AT_BEFORE_NOUN_RE.search(sentence[max(0, n.start() - 60) : n.start()]) for n in nouns)


def _meeting_noun(sentence: str, nouns: list[re.Match], after: int) -> re.Match | None:
    """The noun that names the meeting: the first after the verb of meeting, and one that names a meeting rather
    than a body that meets ('the President of the European Council … met … for the 19th EU-Canada Summit')."""
    names = {n.start(): _name_around(sentence, n) for n in nouns}
    meetings = [n for n in nouns if not INSTITUTION_RE.fullmatch(fold(names[n.start()]))]
    order = [n for n in meetings if n.start() > after] + [n for n in meetings if n.start() <= after]
    # a meeting with a name of its own before a bare 'meeting' ("the Association Council … held its meeting")
    return next((n for n in order if len(names[n.start()].split()) > 1), None) or (order or nouns or [None])[0]


ROMANCE_OF_NAME_RE = compile_factored(
    rf"\s+(?:de|da|do|das|dos|del|della|dei|degli|des|du|di)\s+(?:la\s+|le\s+|l['’])?[{UPPER}][\w'’-]*"
    rf"(?:\s+(?:(?:de|da|do|das|dos|del|della|des|du|di|e|et|y|la|le)\s+)*(?:[dl]['’])?[{UPPER}][\w'’-]*)*"
)
SMALL_WORD = r"(?!(?:i|a|in|и)\s)[^\W\d_A-ZÀ-ÞĀ-Ž]\w*"  # (a word in small letters, no "and")
# a Slavic council's configuration, in small letters after "for": "Vijeća za zaštitu okoliša, klimu i energetiku",
# "Rady pro zemědělství a rybářství", "Sveta za kmetijstvo"
SLAVIC_FOR_RE = compile_factored(
    rf"\s+(?:za|pro|pre|ds\.|для)\s+{SMALL_WORD}(?:\s+{SMALL_WORD})?"
    # (more of the list, not a relative clause: "…, které se uskuteční")
    rf"(?:(?:,\s+(?!(?:kter|koj|ktor|któr|ki\b|kat)\w*)|\s+(?:i|a|in|и)\s+){SMALL_WORD}(?:\s+{SMALL_WORD})?){{0,3}}"
)
SLAVIC_COUNCIL_NOUN_RE = compile_factored(r"(?i)(?:vijeć|rad[aouyěeęą]|svet|savet|савет|съвет|рад[аеу])\w*$")
OF_MINISTERS_RE = compile_factored(r"\s+der\s+[\w-]*minister(?:innen|in)?(?:\s+und\s+-?[\w-]*minister)?\b")


def _name_around(sentence: str, noun: re.Match) -> str:
    """The proper name of the meeting: capitalised words before the noun, 'of/on X' after it."""
    words = sentence[: noun.start()].split()
    kept: list[str] = []
    for w in reversed(words):
        # (a margin is no part of the name: "Am Rande des EU-USA-Gipfels")
        if re.fullmatch(NAME_WORD, w) and w.lower() not in ("the", "of", "on", "for", "and", "rande", "marge"):
            kept.insert(0, w)
        else:
            break
    while kept and kept[0] in ("of", "on", "for", "and", "&", "de", "du", "des", "van", "von", "der", "di", "del"):
        kept.pop(0)
    name = " ".join(kept + [noun.group(0)])
    if kept and sentence[noun.start() - 1 : noun.start()] == "-":
        name = name.replace("- " + noun.group(0), "-" + noun.group(0))  # "Eurooppa-neuvosto": one word
    # "Raad Landbouw en Visserij", "Rat Justiz und Inneres", "Cumbre Hispano-Portuguesa"
    follow = re.match(
        rf"\s+((?:[{UPPER}][\w-]+)(?:\s+(?:en|und|y|e|et|i|and)\s+[{UPPER}][\w-]+|\s+[{UPPER}][\w-]+)*)",
        sentence[noun.end() :],
    )
    if follow and not find_dates(follow.group(1)):
        name += " " + follow.group(1)
    # "Rat der EU-Umweltministerinnen und -minister", "Treffen der Außenminister": the ministers who meet
    ministers = OF_MINISTERS_RE.match(sentence, noun.end())
    if ministers and not follow:
        name += ministers.group(0).rstrip()
    # "Conferência de Ministros da Saúde da CPLP", "Sommet des Chefs d'État": a Romance name's capitalised words
    romance = None if follow or ministers else ROMANCE_OF_NAME_RE.match(sentence, noun.end())
    if romance and not find_dates(romance.group(0)):
        name += romance.group(0).rstrip()
    slavic = None if follow or ministers or romance else SLAVIC_FOR_RE.match(sentence, noun.end())
    if slavic and SLAVIC_COUNCIL_NOUN_RE.match(noun.group(0)):
        name += slavic.group(0).rstrip()
    after = re.match(r"\s+(?:of|on|for)\s+(?:the\s+)?((?:[A-Z][\w\-]*\s*){1,4})", sentence[noun.end() :])
    if after and not re.match(
        r"(?i)(?:january|february|march|april|may|june|july|august|september|october|"
        r"november|december)",
        after.group(1),
    ):
        name += sentence[noun.end() : noun.end() + after.end()].rstrip()
    return name.strip(" ,")


# where, by a case ending, with no preposition: Finnish "Helsingissä", Hungarian "Budapesten", Latvian "Rīgā",
# "Briselē", Lithuanian "Vilniuje", "Rygoje", "Briuselyje"
LOCATIVE_PLACE_RE = compile_factored(r"\b[" + UPPER + r"][\w\-]+(?:ssa|ssä|ban|ben|ā|ē|oje|uje|yje)\b")


# "ZAGREB, (Hina) - …", "Madrid (TASR) – …", "ATHENS (ANA-MPA) -- …", "Rīga, LETA.": a news agency's dateline
AGENCY_DATELINE_RE = compile_factored(
    rf"^([{UPPER}][\w'’\-]+(?:\s[{UPPER}][\w\-]+)?)(?:,\s*|\s+)"
    rf"(?:\(?[A-Z][A-Za-z/-]{{1,10}}\)?\s*(?:[-–—]{{1,2}}\s|\.$)|\([A-Z]{{2,6}}\)\s+(?=[{UPPER}]))"  # ("Stockholm (TT) Sveriges …")
)
# "KESTREL - The ministers …", "Brno - Ministři …": a place and a dash opening the text, no agency named
PLACE_DASH_DATELINE_RE = compile_factored(rf"^([{UPPER}][\w'’\-]+(?:\s[{UPPER}][\w\-]+)?)\s+[-–—]{{1,2}}\s+(?=[{UPPER}]\w*\s)(?=.{{80}})")
# "(ANSA) - Rome - …": the agency first
AGENCY_FIRST_DATELINE_RE = compile_factored(rf"^\([A-Z][A-Za-z/-]{{1,10}}\)\s*[-–—]{{1,2}}\s*([{UPPER}][\w'’\-]+(?:\s[{UPPER}][\w\-]+)?)\s*[-–—]{{1,2}}\s")
# "issued a joint statement on Tuesday": what an agency's copy reports of the day
JOINT_ISSUED_LOW = compile_factored(
    r"\b(?:issued|released) (?:a|the) joint\b"
    r"|gezamenlijke verklaring (?:afgelegd|afgegeven|uitgegeven|uitgebracht)|gemeinsame erklärung abgegeben"
    r"|ont publié une déclaration commune|hanno rilasciato una dichiarazione congiunta"
    r"|(?:vydali|zveřejnili|zverejnili|wydali|izdali|objavili|sprejeli) (?:společn|spoločn|wspóln|zajedni|skupn)\w*"
    # (Finnish and Estonian, with the day and place between: "antoivat torstaina Oulussa yhteisen julkilausuman",
    # "andsid eile Tartus välja ühisavalduse")
    r"|antoivat (?:\w+ ){0,3}yhteisen julkilausuman|andsid (?:\w+ ){0,3}välja ühisavalduse"
)


def _agency_place(layout: Layout) -> str | None:
    for ln in layout.body[:8]:
        m = (
            AGENCY_DATELINE_RE.match(ln.text)
            or AGENCY_FIRST_DATELINE_RE.match(ln.text)
            or PLACE_DASH_DATELINE_RE.match(ln.text)
        )
        if m and not find_weekday(m.group(1)) and m.group(1).split()[0] not in NOT_PLACES:
            return m.group(1).title() if m.group(1).isupper() else m.group(1)  # ("ZAGREB" is Zagreb)
    return None


# the Parliament's, the Council's and the Commission's negotiators meeting on a law
TRILOGUE_RE = compile_factored(r"(?i)\btrilog(?:ue|o|)s?\b|\btrílogos?\b|\btriloog\b|\btrilogu\b")
MAX_TRILOGUE_LINE = 20


def _alias(between: str, noun: re.Match) -> bool:
    """A meeting's short name in brackets or commas right after its full one."""
    return between in ("(", " (") or between == ", " and noun.group(0).isupper()


def _place(sentence: str) -> str | None:
    return _place_after_preposition(sentence) or next(
        (m.group(0) for m in LOCATIVE_PLACE_RE.finditer(sentence) if m.start() > 0), None
    )


def _romanian_place(text: str, language: str | None) -> str | None:
    """'… au semnat astăzi, la București, …': Romanian "la" is "at" before a place (in Spanish, Italian and French
    the same word is an article)."""
    m = ROMANIAN_AT_PLACE_RE.search(text) if language == "ro" else None
    return m.group(1) if m else None


def _place_right_after(text: str) -> str | None:
    """'… allkirjastasid täna Tallinnas ühisavalduse': in a language with no preposition for where, the one
    capitalised word right after 'today' (not a role, and not the start of a name)."""
    m = re.match(rf"\s+([{UPPER}][\w\-]+)\s+(?-i:[a-z\u00df-\u024f])", text)
    return m.group(1) if m and not is_role_word(m.group(1)) and m.group(1) not in NOT_PLACES else None


def _place_after_preposition(sentence: str) -> str | None:
    # "i" is "in" in the Nordic languages but "and" in the Slavic ones ("… Kultury i Dziedzictwa"): last
    found = sorted(PLACE_RE.finditer(sentence), key=lambda m: m.group("i") is not None)
    for m in found:
        place = m.group("place").rstrip(",.")
        if place.split()[0] in NOT_PLACES or find_dates(place):
            continue
        if place.split()[0].lower() in PORTFOLIO_WORDS:
            continue  # "… Minister Kultury i Dziedzictwa Narodowego …": an office's portfolio, not a place
        if INSTITUTION_RE.match(fold(place)):
            continue  # "… pedem à Comissão Europeia …": an institution, not a place
        if HUNGARIAN_STATE_END_RE.search(place):
            continue  # "… fogadta a Bolgár Köztársaság … miniszterét": Hungarian "a" is "the", before a state
        if re.match(
            r"(?i)(?:january|february|march|april|may|june|july|august|september|october|november"
            r"|december)$",
            place.split()[0],
        ):
            continue
        return place
    return None


@lru_cache(maxsize=65536)  # pure: the same meeting names recur
def series_slug(name: str) -> str:
    base = ORDINAL_RE.sub(" ", name)
    base = re.sub(r"(?i)\b(?:upcoming|next|forthcoming|today'?s|the|annual|informal|extraordinary)\b", " ", base)
    return slugify(base) or "meeting"


def _year_for(dm: DateMatch, statement: dt.date | None, future: bool) -> int | None:
    if dm.year:
        return dm.year
    if not statement:
        return None
    year = statement.year
    try:
        candidate = dt.date(year, dm.month, dm.day)
    except ValueError:
        return None
    if future and (statement - candidate).days > 60:
        year += 1
    return year


# A heading naming the event the text was given at: an event noun, not only an institution's name
HEADING_EVENT_RE = compile_factored(rf"(?i)\b(?:open debate|debate|{MEETING_NOUN})\b")
INSTITUTION_NOUNS = {"council", "raad", "conseil", "rat", "consiglio", "consejo", "conselho", "assembly"}
# (and the Council's name in the other languages of its press releases' header: "EUROOPAN UNIONIN NEUVOSTO")
INSTITUTION_NOUNS |= {"nõukogu", "neuvosto", "padome", "taryba", "rada", "tanács", "svet", "vijeće", "rådet", "συμβούλιο"}
INSTITUTION_NOUNS |= {"съвет", "consiliul", "kunsill", "comhairle"}


def _heading_meeting(layout: Layout, day: dt.date | None) -> str | None:
    """A title-case line at the top of the body, right above a dateline of the statement's own day, that names an
    event ('United Nations Security Council Open Debate on …'): the meeting the statement was given at."""
    lines = layout.body[:5]
    for line, below in zip(lines, lines[1:]):
        text = line.text.strip()
        if not 20 < len(text) < 160 or text.endswith((".", ":", ",")):
            continue
        events = [m for m in HEADING_EVENT_RE.finditer(text) if m.group(0).lower() not in INSTITUTION_NOUNS]
        words = [w for w in text.split() if len(w) > 3]
        if not events:
            continue
        if sum(w[:1].isupper() for w in words) < 0.6 * len(words):
            continue
        dates = find_dates(below.text)
        if day and dates and len(below.text) < 60 and dates[0].to_date(dates[0].year or day.year) == day:
            return text
    return None


# Whether a line can hold a meeting at all, tested on the lower-cased line: Python's case-insensitive search
# is several times slower, and most lines have no meeting word. With COMPOUND_END_LOW (line_sign_low) it matches
# whatever NOUN_RE, HELD_TODAY_RE, HELD_NOW_RE or YESTERDAY_RE match, and a little more (any word ending in "top",
# "raad" or "rådet").
LINE_SIGN_RE = prefilter(
    "|".join(
        [rf"\b{MEETING_NOUN.lower()}\b", r"\bhaving (?:met|gath)"]
        + [lowered(p).pattern for p in (HELD_TODAY_RE, HELD_NOW_RE, YESTERDAY_RE)]
    )
)


def line_sign_low(low: str) -> bool:
    """LINE_SIGN_RE or a compound's end (COMPOUND_END_LOW), on the lower-cased line."""
    return bool(LINE_SIGN_RE.search(low) or COMPOUND_END_LOW.search(low))


# "We, the Ministers …, [their names,] having met in Ohrid on 31 May 2013 at the Formal Meeting of …": the
# declaration's own meeting, a paragraph or two below its opening
HAVING_MET_RE = compile_factored(r"(?i)(?:^|,\s+)having (?:met|gathered|convened|assembled)\b")  # (after the signers)
HELD_VERB_LOW, FUTURE_LOW, SIGNED_TODAY_LOW, WILL_LOW = map(
    lowered, (HELD_VERB_RE, FUTURE_RE, SIGNED_TODAY_RE, WILL_RE)
)


def _meeting(name: str, date: str | None, relation: str, place: str | None, end_date: str | None = None) -> Meeting:
    if POLITICAL_CONSULTATIONS_RE.fullmatch(name):
        name = "meeting"
    return Meeting(name=name, date=date, end_date=end_date, place=place, relation=relation, series=series_slug(name))


def _met(sentence: str) -> bool:
    """A verb of meeting (not the noun 'meeting') in the sentence."""
    return any(not m.group(0).startswith("meeting") for m in HELD_VERB_LOW.finditer(sentence.lower()))


ACCESSION_BEFORE_RE = compile_factored(r"(?i)\b(?:prístupov|přístupov|pristupn|akcesyjn|accession|adhésion|beitritts)\w*\s+$")
# "at" or "in" and a word in Latin letters, of either case: somewhere, though the patterns may not know it as a place
AT_SOMEWHERE_RE = compile_factored(
    r"(?i)\s+(?:in|at|à|au|alla|al|nella|nel|en|i|på|im|in der|in de|op|w|v|u|na)\s+"
    r"(?:the\s+|la\s+|le\s+|de\s+|het\s+|der\s+|dem\s+)?[A-ZÀ-Þ]"
)
MET_TODAY_LOW = compile_factored(r"\b(?:met|meet) (?:here )?today\b")
MAX_MEETING_DAYS = 7  # a longer span beside the statement's weekday is an event's, not the signers' meeting's


def _covering(sentence: str, day: dt.date | None, language: str | None = None) -> tuple[str | None, str | None]:
    """The (start, end) of a date in `sentence` whose days cover `day` ('on 20 and 21 June 2022'), if any."""
    if day is None:
        return None, None
    for dm in find_dates(sentence, language):
        start = dm.to_date(dm.year or day.year)
        end = dm.to_end_date(dm.year or day.year)
        if start and end and (end - start).days > MAX_MEETING_DAYS and weekday_of(sentence, day):
            continue  # "the championship, under way from 21 February to 5 March, … met on Friday": the event's days
        if start and start <= day <= (end or start) + dt.timedelta(days=1):
            return start.isoformat(), end.isoformat() if end else None
    if day_before_and(sentence, day):  # "held their … Meeting in Strasbourg on Wednesday and Thursday", a Thursday
        return (day - dt.timedelta(days=1)).isoformat(), day.isoformat()
    return None, None


def _within(day: str | None, meeting: Meeting) -> bool:
    return bool(day and meeting.date and meeting.end_date and meeting.date <= day <= meeting.end_date)


def extract_meetings(
    layout: Layout,
    date: str | None,
    dateline_place: str | None = None,
    dateline_days: tuple[str, str] | None = None,
    language: str | None = None,
) -> list[Meeting]:
    statement_day = dt.date.fromisoformat(date) if date else None
    if statement_day is None and not dateline_place:
        dateline_place = _agency_place(layout)  # an undated copy: where the agency filed it from
    meetings: list[Meeting] = []
    held_today = False
    met_apart = False  # the signers met today apart from the event under way around them
    apart: list[Meeting] = []
    for line in layout.body[:8]:
        if (SESSION_LINE_RE.match(line.text) or SITTING_LINE_RE.match(line.text)) and len(line.text) < 80:
            meetings.append(_meeting(line.text.strip(), date, "held", dateline_place))
            held_today = True
            break
    # the opening paragraph: the first one long enough to be text, not a dateline or a label
    # (or a page's first line of it, when the page broke the paragraph into lines)
    # (a line the page broke goes on in a line of text: not a ministry's long name over its site's address)
    numbers = {ln.number: len(ln.text) for ln in layout.body[:15]}
    opening = [
        ln
        for ln in layout.body[:14]
        if len(ln.text) >= 80
        and (ln.text.rstrip().endswith((".", ":")) or numbers.get(ln.number + 1, 0) >= MIN_BROKEN_LINE)
        and ln.text != layout.title  # (the page's headline again above the text)
        and not ln.text.startswith(("- ", "• ", "– "))  # (a press release's highlights under its title)
    ][:1]
    if opening and not opening[0].text.rstrip().endswith((".", ":")):
        # the rest of that paragraph, line by line as the page broke it ("… ministra ds. europejskich" / "Irlandii*
        # spotkali się we wtorek w Warszawie.")
        at = layout.body.index(opening[0])
        for ln in layout.body[at + 1 : at + MAX_OPENING_LINES]:
            if ln.number != opening[-1].number + 1:
                break
            opening.append(ln)
    # the text's first paragraphs: a dateline, a page's labels and a photo caption above them are no paragraph
    first_paragraphs = [ln for ln in layout.body[:14] if len(ln.text) >= 60 and not ln.text.startswith("[")][:3]
    for line in layout.body[:MAX_LINES]:
        undated_second = statement_day is None and line in first_paragraphs[:2]  # (an undated copy's)
        if line not in opening and not undated_second and not line_sign_low(line.text.lower()):
            continue  # no meeting word, no "today" or "yesterday": nothing below can fire on this line
        for _, sentence in _sentences(line.text):
            low = sentence.lower()  # for the tests of small-letter patterns
            # (most sentences name no meeting: the small-letter pattern, which finds all that NOUN_RE finds and a few
            # more, rules them out at a quarter of the cost)
            nouns = list(NOUN_RE.finditer(sentence)) if any_noun_low(low) or len(low) != len(sentence) else []
            if language == "ro":  # the Slavic council ("Rada", "Radu") is a Romanian first name ("Radu Popescu")
                nouns = [n for n in nouns if not SLAVIC_COUNCIL_RE.fullmatch(n.group(0))]
            today = HELD_TODAY_RE.search(sentence)
            signed_on_weekday = None
            if (
                not today
                and statement_day is None
                and line in opening
                and (SIGNED_TODAY_LOW.search(low) or JOINT_ISSUED_LOW.search(low))
            ):
                # an undated news copy: "… hebben dinsdag in Brussel een gezamenlijke verklaring ondertekend", "…
                # ceturtdien Rīgā parakstīja …" under the agency's "Rīga, LETA."
                where = _place(sentence) or dateline_place
                today = signed_on_weekday = find_weekday_in_any_case(sentence) if where else None
            weekday = weekday_of(sentence, statement_day) if not today and statement_day and line in opening else None
            after_noun = None
            if weekday and (
                SIGNED_TODAY_LOW.search(low)
                or ADOPTED_TODAY_LOW.search(low)
                or _met(sentence)
                or _at_noun(sentence, nouns)
                # ("… issued the following joint statement after their interparliamentary meeting in Strasbourg on
                # Wednesday", on a Wednesday)
                or (after_noun := AFTER_NOUN_RE.search(sentence) if nouns and ISSUE_LOW.search(low) else None)
                # ("… at the end of the … Committee meeting, held in Strasbourg on Monday and Tuesday", a Tuesday)
                or (nouns and HELD_PARTICIPLE_RE.search(sentence, nouns[0].end(), weekday.start()))
            ):
                # "… írtak alá hétfőn Budapesten" in a copy dated a Monday: signed, adopted or met on the statement's
                # day ("ont adopté ce jeudi à Vilnius")
                today = weekday
            if not today and ISSUED_AT_RE.match(sentence) and nouns and line in layout.body[:10]:
                today = ISSUED_AT_RE.match(sentence)  # "Issued following the … videoconference on Thursday"
            # (or the second paragraph's, when the first is a headline's summary: "… issued the following joint
            # statement at the end of the meeting of the … Committee in Strasbourg:")
            close = CLOSE_OF_RE.search(sentence) if (line in opening or line in first_paragraphs[:2]) and nouns else None
            if close and not (
                any(0 <= n.start() - close.end() <= MAX_CLOSE_GAP for n in nouns) and ISSUE_LOW.search(low)
            ):
                close = None
            # "… haben zum Abschluss des 18. Deutsch-Französischen Ministerrats in Metz die folgende gemeinsame Erklärung
            # abgegeben", "… usvojili su danas, posle sastanka u Palati Srbija, zajedničku izjavu": the statement closes
            # the meeting, on its day
            today = today or close
            # "… today in Vienna signed …"; or the dateline's place itself, in a language with no preposition
            # for where ("… ministri šodien Rīgā parakstīja …" under "Rīgā, 2024. gada 12. septembrī")
            after_today = sentence[today.start() :] if today else ""
            signed_here = (
                today
                and (SIGNED_TODAY_LOW.search(low) or ADOPTED_TODAY_LOW.search(low) or JOINT_ISSUED_LOW.search(low))
                and (
                    _place(after_today)
                    or (dateline_place and re.search(rf"\b{re.escape(dateline_place)}\w{{0,4}}\b", after_today))
                    # ("Wien, 12. März 2024 – Bei einem Arbeitsgespräch … haben … heute … unterzeichnet": the sentence
                    # opens with its dateline)
                    or (dateline_place and sentence.lstrip().startswith(dateline_place))
                    or _place_right_after(sentence[today.end() :])
                    or _romanian_place(after_today, language)  # ("au semnat astăzi, la București")
                    or (today in (weekday, signed_on_weekday) and _place(sentence))  # "signed … in Vienna on Monday"
                    or (today is signed_on_weekday and dateline_place)  # ("ZAGREB, (Hina) - … on Thursday signed …")
                )
            )
            # (or signed today somewhere the patterns do not know as a place, and no meeting named: "… hanno firmato
            # oggi alla Galleria Borghese …", "… har i dag på Ösel enats om …")
            somewhere = bool(
                today
                and not signed_here
                and not nouns
                and today.re is HELD_TODAY_RE.pattern_object
                and (SIGNED_TODAY_LOW.search(low) or ADOPTED_TODAY_LOW.search(low) or JOINT_ISSUED_LOW.search(low))
                and AT_SOMEWHERE_RE.match(sentence, today.end())
            )
            if (
                today
                and not signed_here
                and not somewhere
                and not (HELD_VERB_LOW.search(low) or TODAYS_NOUN_RE.search(sentence) or _at_meeting(sentence, today))
                and not close
            ):
                today = None  # "the agreement reached tonight with the Council": not where the text was issued
            now = HELD_NOW_RE.search(sentence)
            if not today and now and line in first_paragraphs and WE_OR_ROLE_RE.search(sentence[: now.start()]):
                today = now
            on_day = date
            yesterday = None if today else YESTERDAY_RE.search(sentence)
            # ("… at the meeting of senior officials held in Brussels yesterday", "… riunione informale … svoltasi ieri")
            if yesterday and nouns and (_met(sentence) or HELD_PARTICIPLE_RE.search(sentence)):
                on_day = (statement_day - dt.timedelta(days=1)).isoformat() if statement_day else None
                if not held_today:  # "riuniti ieri a Venezia per la riunione MED5": adopted there
                    today = yesterday
                elif on_day:  # "Tras el Consejo … celebrado ayer en Bruselas", said at today's meeting
                    name = _name_around(sentence, nouns[0])
                    meetings.append(_meeting(name, on_day, "referenced", _place(sentence)))
                    nouns = nouns[1:]
            if today and (nouns or HELD_VERB_LOW.search(low) or signed_here or somewhere) and not held_today:
                held_today = True
                noun = next((n for n in nouns if n.start() > today.start()), nouns[0] if nouns else None)
                if after_noun:  # ("… of Ecuador's National Assembly issued … after their meeting …": that meeting)
                    noun = next((n for n in nouns if after_noun.start() <= n.start() < after_noun.end()), noun)
                name = _name_around(sentence, noun) if noun else "meeting"
                if name.lower() in ("meeting", "council", "session", "conference", "summit"):
                    name = name.lower()
                start, end = _covering(sentence, statement_day, language)
                if (
                    noun is not None
                    and noun.end() < today.start()
                    and end
                    and MET_TODAY_LOW.search(low, noun.end())
                ):
                    # "…, who attend the … Forum held in Riga on 13 and 14 May, met today
                    # at the Palace and signed …": the conference is held on its days, and they met apart, today
                    meetings.append(_meeting(name, start, "held", _place(sentence[noun.end() :]), end))
                    name, start, end = "meeting", None, None
                    met_apart = True
                # "… dnes v Bratislave podpísali …": signed where the dateline says, not at a country named earlier
                place = (
                    (
                        dateline_place
                        or _place(sentence[today.start() :])
                        or _place_right_after(sentence[today.end() :])
                        or _romanian_place(after_today, language)
                        or _place(sentence)  # "signed a joint statement in Valletta on Friday"
                    )
                    if signed_here
                    else _place(sentence[today.start() :]) or _place(sentence)
                )
                if met_apart:  # (kept beside the event it falls within)
                    apart.append(_meeting(name, start or on_day, "held", place or dateline_place, end))
                else:
                    meetings.append(_meeting(name, start or on_day, "held", place or dateline_place, end))
                nouns = [n for n in nouns if noun is None or n.start() > noun.end()]
            elif (
                not held_today
                and (
                    line in opening
                    or line in layout.body[:14] and HAVING_MET_RE.search(sentence)
                    # (an undated copy's second paragraph: "The two ministers met at the prefecture in Kestrel …")
                    or undated_second
                )
                and (_met(sentence) or AT_MEETING_RE.match(sentence) or _signed_at_meeting(sentence, low))
            ):
                # "On 17 May, the Minister hosted his counterparts in Kyiv", "spotkali się w Koszycach na szczycie":
                # the opening paragraph reports a meeting on the statement's own day (or names none other)
                start, end = _covering(sentence, statement_day, language)
                undated = not find_dates(sentence, language) and not FUTURE_LOW.search(low)
                # "The Ministers … met in Bucharest to reaffirm …": a meeting, where, and no other day named;
                # in a statement with no date, "met on Friday in Nicosia" is a meeting on a day not known
                if start or (undated or statement_day is None) and (nouns or _place(sentence)):
                    held_today = True
                    verb = HELD_VERB_RE.search(sentence)  # "… Polski, Niemiec i Węgier spotkali się dziś w Warszawie"
                    # "We, the President of the European Council, …, met in St. John's … for the 19th EU-Canada
                    # Summit": the meeting is named after the verb; a body in the subject is who met
                    noun = _meeting_noun(sentence, nouns, verb.start() if verb else 0)
                    name = _name_around(sentence, noun) if noun else "meeting"
                    name = name.lower() if len(name.split()) == 1 and "-" not in name else name  # ("JBZ-Raad")
                    place = (_place(sentence[verb.start() :]) if verb else None) or _place(sentence)
                    meetings.append(_meeting(name, start or date, "held", place or dateline_place, end))
                    nouns = [n for n in nouns if noun is None or n.start() > noun.end()]
            if not nouns:
                continue
            dates = find_dates(sentence, language)  # (the text's language names its months: pl "listopad" is November)
            if not dates:
                continue
            future = bool(FUTURE_LOW.search(low))
            # "we will meet at the Summit on 9-11 July", said in November: next July
            ahead = future or bool(WILL_LOW.search(low))
            held = bool(HELD_VERB_LOW.search(low)) and not future
            # "the UN Climate Change Conference (COP28)", "…, COP30, in Belém": the same meeting by its short name
            nouns = [n for i, n in enumerate(nouns) if not (i and _alias(sentence[nouns[i - 1].end() : n.start()], n))]
            for i, noun in enumerate(nouns):
                if NOT_MEETING_AFTER_RE.match(sentence[noun.end() :]):
                    continue  # "Security Council resolutions", "Council decision": not a meeting
                if ACCESSION_BEFORE_RE.search(sentence[max(0, noun.start() - 30) : noun.start()]) and not re.match(
                    r"(?i)konferen|conferen|summit|sommet|gipfel", noun.group(0)
                ):
                    continue  # "prístupové rokovania 8. novembra": accession talks, a process opened that day (but an
                    # accession conference is a meeting)
                if PRESIDENCY_BEFORE_RE.search(sentence[max(0, noun.start() - 50) : noun.start()]):
                    continue  # "the German Presidency of the Council, which began on 1 January": a term of office
                if FOUNDED_AFTER_RE.search(sentence[noun.end() : noun.end() + 60]):
                    continue  # "the Council of Ministers, established on 13 June 1994": a body, not a meeting
                # the first date after the noun and before the next one; else, for the last noun, the one before it
                limit = nouns[i + 1].start() if i + 1 < len(nouns) else len(sentence)
                after = [d for d in dates if noun.end() <= d.start < limit]
                before = [d for d in dates if d.end <= noun.start()] if i + 1 == len(nouns) else []
                # "… signed on 24 May 2017 on the margins of the Arvenia Summit": the day right before, at that meeting
                at_it = [d for d in dates if d.end <= noun.start() and DAY_THEN_AT_RE.fullmatch(sentence[d.end : noun.start()])]
                own_day = bool(after) and after[0].start - noun.end() <= MAX_OWN_DAY_GAP  # ("… Council of 28 June")
                if at_it and not own_day:
                    after, dm = [], at_it[-1]
                else:
                    dm = after[0] if after else (before[-1] if before else None)
                if dm is None:
                    continue
                if not after and FOUNDED_WORD_RE.search(sentence[dm.end : noun.start()]):
                    continue  # "13. juunil 1994 asutatud Balti Ministrite Nõukogu": the body's founding
                if not after and not dm.end_day and FROM_DAY_RE.search(sentence[max(0, dm.start - 20) : dm.start]):
                    continue  # "… sollen ab dem 31. März 2024 entfallen, sofern der Rat …": from when a rule applies
                event_at = max(0, dm.start - 60) if not after else noun.end()
                if OTHER_EVENT_BEFORE_DAY_RE.search(sentence[event_at : dm.start]):
                    # "Recalling the presidential election of 9 March 2014, … an open dialogue", "… held as a
                    # Partnership Dialogue since the initialling, on 2 June 2019, of …": another event's day
                    continue
                if not after and ACT_BEFORE_BODY_RE.search(sentence[dm.end : noun.start()]):
                    continue  # "… 2011. június 24-én fogadta el az Európai Tanács": the body adopted it that day
                if after and not dm.end_day and FROM_DAY_RE.search(sentence[max(0, dm.start - 20) : dm.start]):
                    continue  # "… ontmoeting …, de regels, die sinds 1 maart gelden": since when, not the meeting's day
                if after and SOME_TIME_FROM_RE.search(sentence[noun.end() : dm.start]):
                    continue  # "The meeting took place some weeks after the Commission proposed on 4 May …": another day
                if after and PRESIDENCY_WORD_RE.search(sentence[noun.end() : dm.start]):
                    continue  # "… odbyło się w czasie polskiej prezydencji …, która rozpoczęła się 1 stycznia": its term
                if after and ORIGINALLY_PLANNED_RE.search(sentence[noun.end() : dm.start]):
                    continue  # "Konferensen hade ursprungligen planerats till den 16 mars men flyttades": not that day
                if after and SIGNED_DOCUMENT_BEFORE_RE.search(sentence[noun.end() : dm.start]):
                    continue  # "… dialogue, as provided for in Article 8 of the … Agreement signed on 23 June 2000"
                if after and DOCUMENT_WORD_RE.match(sentence, dm.end + len(YEAR_WORD_RE.match(sentence, dm.end).group(0))):
                    continue  # "ÜRO Julgeolekunõukogu 3. märtsi 2001. aasta resolutsiooniga …": its document's day
                if after and DOCUMENT_WORD_RE.search(sentence[noun.end() : dm.start]):
                    continue  # "the General Assembly, in resolution 65/209 of 21 December 2010": the document's date
                if DOCUMENT_OF_RE.search(sentence[max(0, noun.start() - 40) : noun.start()]):
                    continue  # "la Recomendación del Consejo de 22 de abril de 2013": the body's document
                if (
                    BY_AGENT_RE.search(sentence[max(0, noun.start() - 40) : noun.start()])
                    and not OF_DAY_RE.match(sentence, noun.end())
                    and not (after and _place_after_preposition(sentence[noun.end() : dm.start]))
                ):  # (but "aprobada por el Consejo Europeo del 17 de junio", "adopted by the Competitiveness Council in
                    # Brussels on 2 March": the meeting of that day, there, did it)
                    continue  # "adopted by the UN General Assembly on 20 December 2006": a body acting, not a meeting
                acted = not future and PAST_AGENT_RE.search(sentence[max(0, noun.start() - 50) : noun.start()])
                year = _year_for(dm, statement_day, ahead and not acted)
                start = dm.to_date(year)
                if not start:
                    continue
                end = dm.to_end_date(year)
                until = next((d for d in dates if d.start > dm.end), None)
                runs_until = bool(
                    not end
                    and until
                    and until.start - dm.end <= MAX_UNTIL_GAP
                    and OPENED_ON_RE.search(sentence[max(0, dm.start - 30) : dm.start])
                    and UNTIL_END_RE.search(sentence[dm.end : until.start])
                )
                if runs_until:  # "COP30, which opened on 10 March … and runs until 21 March": told of, elsewhere
                    end = until.to_date(until.year or year)
                opened = (
                    OPENS_TODAY_UNTIL_RE.search(sentence[noun.end() : dm.start])
                    if statement_day and not end and start > statement_day
                    else None
                )
                if opened:  # "COP26, which opens today in Glasgow and runs until 12 November": elsewhere, from today
                    # (or from the day before: "… where it opened yesterday and will run until 21 March")
                    start, end = statement_day - dt.timedelta(days=0 if opened.group("today") else 1), start
                # the statement was issued at it: the meeting's days cover the statement's date (or end just before)
                covers = statement_day is not None and start <= statement_day <= (end or start) + dt.timedelta(days=1)
                name = _name_around(sentence, noun)
                if name.lower() == noun.group(0).lower() and not ahead and not held and dm.start - noun.end() > 40:
                    continue  # a bare noun far from a date ("the Council … 3 May"): no sign of a meeting
                if len(name.split()) == 1 and "-" not in name and not name.isupper():  # (not "JBZ-Raad", "COP29")
                    name = name.lower()
                # on the statement's own date (or ending the day before) and not announced: where it was issued
                relation = "held" if covers and (held or not future) and not (opened or runs_until) else "referenced"
                place = _place(sentence[dm.end : limit]) or _place(sentence[noun.end() : limit]) or _place(sentence)
                if relation == "held" and any(
                    m.relation == "held" and m.place and place and m.place != place and m.date != start.isoformat()
                    for m in meetings
                ):
                    # "… des Europäischen Rates, der seit gestern … in Brüssel tagt", in a statement issued at a meeting
                    # in Breisach: under way elsewhere, not where the statement was issued
                    relation = "referenced"
                meetings.append(_meeting(name, start.isoformat(), relation, place, end.isoformat() if end else None))
    if statement_day:
        for line in layout.body[:MAX_LINES]:
            m = TOMORROW_RE.search(line.text)
            if not m:
                continue
            sentence = next(t for s, t in _sentences(line.text) if s <= m.start() < s + len(t) + 1)
            noun = NOUN_RE.search(sentence) or re.search(r"(?i)\b(?:trilateral\w*|incontro|meeting)\b", sentence)
            if noun:
                name = _name_around(sentence, noun)
                meetings.append(
                    _meeting(
                        name if len(name.split()) > 1 else name.lower(),
                        (statement_day + dt.timedelta(days=1)).isoformat(),
                        "referenced",
                        _place(sentence[m.start() :]) or _place(sentence),
                    )
                )
    if date and not any(m.relation == "held" for m in meetings):
        heading = _heading_meeting(layout, statement_day)
        if heading:  # "United Nations Security Council Open Debate on …" over "New York, 21 May 2024"
            meetings.insert(0, _meeting(heading, date, "held", dateline_place))
        else:
            # "… reached a provisional agreement … at the final round of interinstitutional negotiations (trilogue)":
            # the Parliament's and the Council's negotiators met on the day of the release
            trilogue = next((ln.text for ln in layout.body[:MAX_TRILOGUE_LINE] if TRILOGUE_RE.search(ln.text)), None)
            if trilogue:
                sentence = next(x for _, x in _sentences(trilogue) if TRILOGUE_RE.search(x))
                meetings.insert(0, _meeting("trilogue", date, "held", _place(sentence) or dateline_place))
    unique: list[Meeting] = []
    for m in meetings:
        if any(u.date == m.date and (u.series == m.series or u.relation == m.relation == "held") for u in unique):
            continue
        if m.end_date and any(u.date == m.date and u.end_date == m.end_date for u in unique):
            continue  # the same days named twice in a sentence ("… Euroopa Ülemkogu … kohtumise …, 15.–16. oktoober")
        if m.relation == "held" and any(u.relation == "held" and _within(m.date, u) for u in unique):
            continue  # "Vrh EU-Rusija, …, 26.-27. 6. 2008" under the text: the meeting held over those days, again
        unique.append(m)
    unique[1:1] = apart
    if dateline_days and dateline_days[1] == date:
        # the dateline's days are those of the meeting held today ("Laxenburg, 25 – 26 June 2024")
        start, end = dateline_days
        unique = [
            replace(m, date=start, end_date=end) if m.relation == "held" and m.date == date and not m.end_date else m
            for m in unique
        ]
    return unique


# The patterns tried on most lines, each behind a plain search of its small letters (patterns.gated): the same
# matches, and the lines that hold none, most of them, are passed over two to three times faster.
TOMORROW_RE, HELD_NOW_RE, YESTERDAY_RE, HELD_TODAY_RE, TRILOGUE_RE = map(
    gated, (TOMORROW_RE, HELD_NOW_RE, YESTERDAY_RE, HELD_TODAY_RE, TRILOGUE_RE)
)
