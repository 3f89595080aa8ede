"""Who signs a statement: 'statement by …' clauses, opening sentences, group footnotes, signature blocks."""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import lru_cache

from .countries import (
    country_name,
    country_of_host,
    find_countries,
    nationality_adjective,
    official_languages,
    only_country_of,
    sovereign,
)
from .dates import find_weekday_in_any_case
from .layout import Layout, Line, fold, split_sentences
from .meetings import ADOPTED_TODAY_LOW, PRESIDENCY_WORD_RE, SIGNED_TODAY_LOW, SIGNED_TODAY_RE
from .meetings import NOUN_RE as MEETING_NOUN_RE
from .model import Signatory, Warning
from .named_bodies import body_adopting
from .names import (
    AGENT_WORDS,
    COMMISSION_MEMBER_RE,
    CONJUNCTIONS,
    EU_LEADERS_RE,
    GENITIVE_OFFICE_START,
    MEMBER_STATES_TAIL_RE,
    NAME_RUN_RE,
    PLURAL_ARTICLES,
    ROLE_LIST_AND,
    STATE_OF_END_RE,
    STATE_WORD_RE,
    UPPER,
    Name,
    clean_role,
    is_not_name,
    names_in,
    normal_case,
    strip_post_nominals,
)
from .patterns import compile_factored, gated, lowered
from .people import PeopleRegistry, person_slug
from .shared_offices import adjectives_start, shared_offices
from .signatures import (
    BULLET_RE,
    MARKER_START_RE,
    MAX_ACT_DATE_DISTANCE,
    NAMED_DOCUMENT_BEFORE_RE,
    SIGNED_BY_RE,
    SIGNED_LIST_BEFORE_RE,
    SIGNED_LIST_RE,
    WE_CLAUSE_RE,
    closing_lists,
    dated_before,
    signature_blocks,
    signature_list,
    signature_pairs,
    we_list,
)
from .vocabulary import (
    ALIGN_HINT_RE,
    ARTICLES_RE,
    COUNTRY_GROUP_RE,
    DECLARATION_RE,
    HIGH_REPRESENTATIVE_RE,
    INSTITUTION_BY_ALIAS,
    INSTITUTION_RE,
    LOCATION_BEFORE_RE,
    MEETING_COMPOUND_RE,
    MINISTRY,
    MINISTRY_RE,
    ON_BEHALF_WORDS,
    PLURAL_ROLE_END_RE,
    country_for_role,
    group_countries,
    is_role_word,
    organisation_for_role,
    singular_role,
)

# "Joint statement by …", "Verklaring van …", "Déclaration de …", "Gemeinsame Erklärung von …".
BY_CLAUSE_RE = compile_factored(
    r"(?i)\b(?:statement|declaration|communiqu[eé]|letter|message|appeal|press release|verklaring|persverklaring"
    r"|persbericht|pressemitteilung|op-ed"
    r"|déclaration|erklärung|dichiarazione|comunicato|declaración|comunicado|declaração|uttalande|förklaring"
    r"|erklæring|izjava|saopštenje|saopćenje|priopćenje|oświadczenie|deklaracja|prohlášení|δήλωση"
    r"|ανακοινωθέν|remarks)\w*"
    # up to three words between ("Joint statement issued by"), but not the start of what it is about
    r"(?:\s+(?:\([^)]*\)|(?!(?:ahead|today|on|in|at|about|after|before|following|regarding|to|for|over|sur|zu[mr]?|the"
    r"|über|inzake|concernant|sulla|sul|sui|sulle|sobre|om|o|για)\b)[\w-]+)){0,3}?\s+"
    r"(?:(?P<join>by|of|from|van|door|de la|des|du|de|von|vom|der|dei|della|degli|del|di|da|do|dos|das|av|fra|från|od"
    r"|przez|του|της|των|on behalf of)\s+|(?:de l|dell)['’])(?P<list>.+)"  # ("Dichiarazione dell'Alta rappresentante")
)
DAY_WORD_RE = compile_factored(r"(?i)(?:today|yesterday|vandaag|gisteren|heute|gestern|aujourd'hui|hier|hoy|ayer|oggi|ieri|hoje|ontem)\b")
# the statement's noun and its adjectives before a joining "de": "Declaración conjunta de …", "Déclaration finale de …"
BY_CLAUSE_HEAD_RE = compile_factored(
    r"(?i)\S+(?:\s+(?:conjunt[ao]s?|conjointes?|communes?|congiunt[ae]|comun[ei]?|común|comum|finale?s?))*\s+"
)
GENITIVE_CLAUSE_RE = compile_factored(
    r"(?i)\b(?:izjav[ae]|deklaracij[ae]|saopštenje|priopćenje|prohlášení|vyhlásenie|oświadczenie|deklaracja"
    r"|изјав[ае]|декларациј[ае]|декларация|съвместно изявление|ühisavaldus|kopīgais paziņojums|bendras pareiškimas"
    r"|declarați[ae](?: comună)?|comunicatul(?: comun)?)"
    r"\s+(?P<of>a\s+|al\s+|ai\s+|ale\s+|на\s+)?(?P<list>.+)"
)
GENITIVE_CLAUSE_LOW = lowered(GENITIVE_CLAUSE_RE)
# Where a list of signers in a title ends: a sentence end or the start of what the statement is about.
# who attended beside those named before: "…, with the participation of the Ambassadors of …", "en présence de …"
PRESENCE = (
    r"in (?:the )?presence|en présence|in anwesenheit|alla presenza|en presencia|na presença|i närvaro|w obecności"
    r"|u prisustvu|with the participation|avec la participation|con la partecipazione|con la participación"
    r"|com a participação|unter (?:der )?teilnahme|met deelname"
)
LIST_END_RE = compile_factored(
    r"(?i)(?<![A-Z]\.[A-Z])(?<!\b[A-Z])(?<!\bMM)(?<!\bMmes)(?<!\bMme)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)\.(?=\s|$)|:|\s[-–—]\s|\s\|\s"
    # (a committee's name goes on: "Chair of the Committee on Economic and Monetary Affairs")
    r"|(?<!Committee)\s(?:on (?!behalf)|following|ahead of|after|before|regarding|concerning|about|upon|at the|in (?:the )?"
    r"(?:context|light|view|framework|margins?)|to mark|marking|welcoming|condemning|over (?:de|het)|naar aanleiding"
    r"|ter gelegenheid|inzake|sur |à l'occasion|suite à|concernant|relative|zu[mr]? |über |anlässlich|nach "
    r"|sulla |sul |sugli |sulle |sullo |sui |sull['’]|in occasione|sobre |con motivo|om |angående|vedrørende|o |povodom|w sprawie|k |ku "
    r"|z okazji|u povodu|ob priložnosti|pri príležitosti|při příležitosti|cu ocazia|cu prilejul|por ocasião|i anledning|по случай"
    r"|privind |referitoare la |cu privire la |despre "  # (Romanian "concerning")
    r"|για |σχετικά|относно |поводом |във връзка |во врска |have |has |met |meeting |over "
    rf"|{PRESENCE}"
    r"|dopo |après |tras |después de |após |efter |etter |nakon |după )"  # ("… del Team Europa dopo l'incontro con …")
)
# Where the subject of an opening sentence ends: its verb, or "the following statement".
PREDICATE_RE = compile_factored(
    r"(?i)(?<!\w)(?:met|meet|meeting|made|make|issued|issue|adopted|adopt|said|say|says|declared|declare|spoke|speak"
    r"|travelled|traveled|arrived|came|gathered|reached"
    r"|talked|wrote|write|announced?|launched?|noted?|recalled?|stressed|underlined?|urged?|committed|commit"
    r"|supported?|confirmed?|took|take|released?|published|presented|call on|calls on|hereby|recommend(?:s|ed)?"
    r"|agreed|agree|stated|state|signed|sign|represented|welcomed?|express(?:ed)?|reaffirm(?:ed)?|today|have|has|had"
    r"|are|were|will|jointly|held|hold|discussed|condemn(?:ed)?|call(?:ed)?|reiterated?|gathered|convened"
    r"|hebben|heeft|hadden|zijn|verklaren|verklaarden|legden|ondertekenden|ont|sont|déclarent|se sont"
    r"|erklären|erklärten|erklärt|haben|hat|sind|trafen|unterzeichneten|hanno|ha|sono|han|hicieron|firmaron"
    # a body's verbs of regret, welcome and condemnation ("Die Europäische Union bedauert, dass …")
    r"|unterzeichnet|verabschiedet|vorgestellt|beschlossen|veröffentlicht"  # the participle closing the sentence
    r"|bedauert|begrüßt|verurteilt|fordert|bekräftigt|regrette|salue|condamne|réaffirme|deplora|condanna"
    r"|ribadisce|lamenta|condena|reitera|betreurt|verwelkomt|veroordeelt|beklager|fördömer|fordømmer"
    r"|afirmaron|declaran|declararam|reunidos|reunidas|réunis|réunies|riuniti|riunite|subscrevem|subscreveram|subscreveu|assinam|suscriben|firman|signent|unterzeichnen|firmano|ondertekenen|fizeram|assinaram|reuniram|har|gjorde|uttalar|möttes|møttes|mødtes"
    r"|undertecknade|underskrev|undertegnet|undertegnede|signerte|signerede|höll|holdt|afholdt|avholdt|izjavili|održali|potpisali|dali|podpisali|wydali|spotkali|prohlásili|vydali"
    r"|podepsali|přijali|kteří|δήλωσαν|έκαναν|υπέγραψαν|συναντήθηκαν|following|volgende|suivante|folgende"
    r"|seguente|siguiente|seguinte|följande|følgende|sljedeću|sledeću|następujące|následující|ακόλουθη"
    r"|heute|aujourd'hui|oggi|hoy|hoje|vandaag|idag|dziś|dzisiaj|dnes|danas|σήμερα"
    r"|nel corso|during|lors|durante|nakon|after|gemeinsam|podczas|przyjęli|који|које|усвојили|потписали"
    r"|sastali|sastale|sastao|sastala|potvrdili|usvojili|dogovorili|razgovarali|sešli|spotkali się|kamen|trafen"
    r"|састали|οι οποίοι|also|ook|aussi|auch|anche|también|também|också|også|takođe|także|také|επίσης"
    r"|денеска|днес|данас|одржаа|одржаха|одржали|потпишаа|подписаха|се сретнаа|се срещнаха|усвоија|приеха"
    r"|antoivat|allekirjoittivat|hyväksyivät|julkaisivat|tapasivat|totesivat|kokoontuivat|tänään"
    r"|allkirjastasid|kohtusid|võtsid|andsid|täna|parakstīja|tikās|pieņēma|šodien|pasirašė|susitiko|priėmė"
    r"|šiandien|aláírták|fogadták|találkoztak|fogadtak el|fogadták el|fogadott el|írták alá|írtak alá|írta alá|írt alá|adták ki|adtak ki|adott ki|au semnat|au adoptat|s-au întâlnit|s-a întâlnit|au declarat|astăzi"
    r"|sešli|sešly|setkali|setkaly|srečala|srečali|sestali se|spotkały się|przyjęły|wydały"
    r"|підписали|провели|ухвалили|зустрілися|подписали|провели|встретились|встретились|приняли"  # (Ukrainian, Russian)
    r"|podpísali|prijali|stretli|sta|podala|podali|sprejela|sprejeli|izdala|izdali|danes|i dag|podpisala|podpisale|podpisały|potpisala|potpisale|podepsaly|podepsala"
    r"|podpísala|sprejeli|sprejela|sestali|sestala|avaldasid|kinnitasid|leppisid|pauda|vienojās|paskelbė|pareiškė"
    r"|sutarė|sopivat|ilmaisivat|kiadták|elfogadták|tárgyalt|tárgyaltak|tartott|tartottak|u takuan|nënshkruan|miratuan|au emis|au convenit|går|gick|gikk|kræver|krever|kräver"
    r"|opfordrer|oppfordrer|uppmanar|offentliggjorde|publicerade|udsendte|vedtog|vedtok|antog|anunciaron|anunciam"
    r"|blevet enige|blitt enige|kommit överens|enedes|ble enige"
    r"|annoncent|kündigten|annunciano|hanno annunciato"
    r"|aprobaron|aprobó|adoptaron|adoptó|aprovaram|aprovou|adotaram|adotou|approuvent|adoptent|ont approuvé"
    r"|ont adopté|approvano|adottano|hanno approvato|hanno adottato|keurden|namen aan|acolheu|recebeu|acogió|recibió|a accueilli)(?!\w)"  # a host: "O Primeiro-Ministro, Name, acolheu hoje …"
)
# Verbs that make the subject a participant, not an author.
NOT_SIGNING_RE = compile_factored(
    r"(?i)(?:also\s+|were\s+|was\s+|has\s+|have\s+)?(?:attend|host|chair|receiv|visit|participat|join|accompan"
    r"|was present|were present|quoted|represent|woonde|assist|nahm|nahmen|partecip|asisti|deltog|deltok)"
)
ON_BEHALF_RE = compile_factored(rf"(?i)\b(?:{ON_BEHALF_WORDS})\s*(?:the\s+|la\s+|l'|de\s+|het\s+|der\s+)?(?P<org>[^,;.]+)")
SEPARATOR_RE = compile_factored(
    r"(?i)\s*(?:,|;|&|\band\b|\ben\b|\bet\b|\bund\b|\be\b|\by\b|\bi\b|\bog\b|\boch\b"
    r"|\boraz\b|\ba\b|\bκαι\b|\bas well as(?: by)?\b|\bsowie(?: von)?\b|\bainsi que(?: par)?\b|\balsmede(?: door)?\b)\s*"
)
LIST_CONJUNCTIONS = r"and|i|oraz|et|und|en|e|y|og|och|a"
LIST_JOINT_RE = compile_factored(rf"(\s*(?:,|;|&|\b(?:{LIST_CONJUNCTIONS})\b)\s*)")  # kept by split
MARKER_RE = compile_factored(r"(\*{1,3}|\+|\(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹]+)\s*$")
# "The European Union was represented by …": who spoke for each side at a summit
REPRESENTED_BY_RE = compile_factored(
    r"(?i)\b(?:represented|vertegenwoordigd|représentée?s?|vertreten|rappresentat[oa]|representad[oa]|företrädd"
    r"|representert|zastupljen[aoi]?|reprezentowan[aey]|repræsenteret|representerades|representerad|zastoupen[aáoyi]?"
    r"|zastúpen[aáoéý]?|reprezentat[ăe]?|εκπροσωπήθηκ\w*)\b(?:\s+[\w,]+){0,8}?\s+"
    r"(?:by|door|par|durch|da|por|av|af|od|przez|de către|από)\s+(?P<list>(?:[^.]|(?<=\b[A-Z])\.)+)"  # ("Name R. Name")
    # Finnish puts the party first, then the verb: "Ukrainaa edusti presidentti Name"
    r"|\bedusti(?:vat)?\s+(?P<fi_list>[^.]+)"
)
REPRESENT_HINT_RE = compile_factored(
    r"represent|vertegenwoordig|représent|vertr|rappresent|företr|repræsent|reprezent|zastup|edusti"
)
REPRESENTING_RE = compile_factored(
    r"(?i)\s*(?:represented|represent|vertegenwoordigden|représentaient|représentent|vertraten|vertreten"
    r"|rappresentavano|rappresentano|representaron|representan|representaram|representam|företrädde|representerade"
    r"|repræsenterede|representerte|reprezentowali|zastupali|zastupovali)\b"
)
MAX_LIST_CHARS = 3000  # a list of signers longer than this is not a list of signers


MAX_GENITIVE_OFFICE = 60  # an office in the genitive and "on behalf of" right after it


def _genitive_signers(text: str, of: str | None = None) -> bool:
    """'Srbije, Albanije, …', 'Înaltului Reprezentant …': a list in the genitive opens with a country or an office
    (in lower case only after a word that marks the genitive: 'Декларация на върховния представител')."""
    first = text.split()[:2]  # "Înaltului Reprezentant": an adjective may come first
    # (or before "on behalf of": "Izjava visoke predstavnice u ime EU-a")
    behalf = ON_BEHALF_RE.search(text[:MAX_GENITIVE_OFFICE])  # ("predsedstva v imenu Evropske unije")
    marked = of or first and first[0][:1].isupper() or behalf and behalf.start() <= len(" ".join(first)) + 1
    return _opens_with_country(text[:40]) or bool(first and marked and any(map(is_role_word, first)))


def _list_text(line: str) -> str | None:
    line = line[:MAX_LIST_CHARS]
    m = BY_CLAUSE_RE.search(line)
    if (
        m
        and (m.group("join") or "").lower() == "de"
        and not BY_CLAUSE_HEAD_RE.fullmatch(line, m.start(), m.start("join"))
        and not any(map(is_role_word, line[m.start() : m.start("join")].split()))  # ("… conjunta la ministra de …")
    ):
        m = None  # ("In de verklaring noemen de ministers …": the Dutch article after a verb, no French "of")
    if m is None and GENITIVE_CLAUSE_LOW.search(line.lower()):
        # "Zajednička izjava Srbije, Albanije, …": the signers in the genitive, with no preposition
        m = next(
            (g for g in GENITIVE_CLAUSE_RE.finditer(line) if _genitive_signers(g.group("list"), g.group("of"))), None
        )
    we = None if m else WE_CLAUSE_RE.search(line)
    if not (m or we):
        behalf = POSTPOSED_BEHALF_RE.match(line)
        # (Latvian and Lithuanian write the Union "ES": "Augstās pārstāves deklarācija ES vārdā"; Finnish and Estonian
        # decline it: "EU:n", "ELi")
        org = (behalf.group("org") or behalf.group("org2")) if behalf else ""
        org = EU if org in ("ES", "EU:n", "ELi") else org
        if behalf and INSTITUTION_RE.match(fold(org)):
            return f"{behalf.group('who') or behalf.group('who2')} on behalf of {org}"  # (read as the prepositional form)
        return None
    rest = (m or we).group("list")
    if (
        m
        and m.group(0)[0].isupper()
        and SIGNED_PARTICIPLE_RE.search(m.group(0))
        and NAMED_DOCUMENT_BEFORE_RE.search(line[max(0, m.start() - 80) : m.start()])
    ):
        return None  # "in accordance with the Joint Declaration signed by A and B on 13 April 1987": an earlier text's
        # (but "Albania aligns with the Declaration by the High Representative": the text that follows)
    if m and (rest[:1].isdigit() or DAY_WORD_RE.match(rest)):
        return None  # "la nostra dichiarazione del 3 aprile", "de verklaring van gisteren": a statement of a day
    if (
        m
        and PLURAL_ARTICLE_END_RE.search(line[: m.start("list")])
        and not any(map(is_role_word, rest.split()[:4]))
        and not find_countries(rest[:MAX_LIST_CHARS])  # ("dos Governos de Portugal e do Luxemburgo")
    ):
        return None  # "… contra los Ensayos Nucleares", "… dos Direitos Humanos": a plural thing's name, no signers
    first = (ARTICLES_RE.sub("", rest).split() or [""])[0].lower()
    body = INSTITUTION_RE.match(fold(ARTICLES_RE.sub("", rest)))  # ("… of the Council of the Baltic Sea States …")
    if m and not body and (MEETING_NOUN_RE.fullmatch(first) or MEETING_COMPOUND_RE.search(first)):
        return None  # "Gemensamt uttalande från toppmötet mellan EU och Indien i New Delhi": of a meeting
    end = LIST_END_RE.search(rest)
    if end and we:
        # "We, the Heads of State of the Initiative – Austria, Bulgaria, … – gathered": the dashes hold the members
        aside = re.match(r"\s[-–—]\s(?P<members>[^–—]+?)\s[-–—]\s", rest[end.start() :])
        if aside and len(find_countries(aside.group("members"))) >= 2:
            # "… – and the President of the European Council …, met today": the list goes on after the dashes
            after = rest[end.start() + aside.end() :]
            tail = LIST_END_RE.search(after)
            return (
                rest[: end.start()] + ": " + aside.group("members") + ", " + (after[: tail.start()] if tail else after)
            )
    rest = rest[: end.start()] if end else rest
    return _we_group(rest) if we else rest


# Finnish, Estonian, Latvian, Lithuanian and Hungarian put "on behalf of" after the body, and the Nordic languages
# around it: "Puheenjohtajavaltion julkilausuma Euroopan unionin puolesta", "Az elnökség nyilatkozata az Európai Unió
# nevében", "Ordförandeskapets förklaring på Europeiska unionens vägnar"
POSTPOSED_BEHALF_RE = compile_factored(
    r"(?i)^(?:az?\s+)?(?P<who>[^\W\d]+(?:\s+[^\W\d]+)?)\s+(?:julkilausuma|lausuma|julistus|avaldus|deklaratsioon"
    r"|nyilatkozat\w*|paziņojums|deklarācija|pareiškimas|deklaracija|förklaring|uttalande|erklæring|udtalelse)"
    r"\s+(?:az?\s+|på\s+)?(?P<org>[^\W\d]+(?:\s+[^\W\d]+){0,3}?)\s+(?:puolesta|nimel|nevében|vārdā|vardu|vägnar|vegne)\b"
    # (or the body before the statement's noun: "Korkean edustajan EU:n puolesta antama julkilausuma Malin vaaleista")
    r"|^(?P<who2>[^\W\d]+(?:\s+[^\W\d]+)?)\s+(?P<org2>EU:n|ELi|[^\W\d]+(?:\s+[^\W\d]+){0,2}?)\s+"
    r"(?:puolesta|nimel|nevében|vārdā|vardu)\s+(?:antama|esitatud|tett|sniegtā|pateiktas)\s"
)
PLURAL_ARTICLE_END_RE = compile_factored(rf"(?i)\b(?:{'|'.join(sorted(PLURAL_ARTICLES))})\s+$")
SIGNED_PARTICIPLE_RE = compile_factored(r"(?i)\s(?:signed|adopted|concluded|agreed|signée?s?|adoptée?s?|unterzeichnet)\s")
LIST_FILLERS = set(
    "and the of e y i et und en og och a as os les la le il de d' l' dell' du des di da do del della dei van von der het"
    " και της του των".split()
)


def _opens_with_country(piece: str) -> bool:
    """'and the Netherlands', 'e Portogallo': a list item opens with its country; 'condemn Russia's illegal
    invasion of Ukraine' names countries but does not."""
    return any(
        all(w.lower() in LIST_FILLERS for w in piece[:start].replace("'", "' ").split())
        for start, _, _ in find_countries(piece)
    )


# "…, as well as the President of the European Council": more signers after the list
ADDITIONS = r"as well as|ainsi que|sowie|así como|assim como|nonché|alsmede|samt med|samt"
ADDITION_RE = compile_factored(rf"(?i)^(?:{ADDITIONS})\s+")


def _we_group(text: str) -> str:
    """'We, the Prime Ministers of A, B and C, reaffirm …': the group ends at the comma before its verb,
    the first comma-separated piece that opens with a lower-case word naming no country."""
    pieces = text.split(", ")
    kept = pieces[:1]
    for k, piece in enumerate(pieces[1:], 1):
        first = piece.split(" ", 1)[0]
        if (
            first[:1].islower()
            # ("Mi, Name, ministar mora, prometa i infrastrukture …, i Name, …": a portfolio's next item, in
            # small letters, when another signer's name follows)
            and not (k + 1 < len(pieces) and NEXT_NAMED_SIGNER_RE.match(pieces[k + 1]))
            and not NEXT_NAMED_SIGNER_RE.match(piece)  # (", in Name Surname, …": Slovenian "and", then a name)
            # (or a longer portfolio, and a name alone between commas soon after: "…, för miljö, naturskydd,
            # kärnsäkerhet och konsumentskydd, Name Surname, …")
            and not any(NAME_PIECE_RE.fullmatch(p) for p in pieces[k + 1 : k + 1 + MAX_PORTFOLIO_PIECES])
            and not CAPACITY_RE.match(piece)
            and not any(is_role_word(w) for w in ADDITION_RE.sub("", piece).split()[:4])
            and first.lower() not in ("the", "and", "i", "a", "et", "und", "en", "e", "y", "og", "och", "ja", "un", "ir")
            and first.lower() not in ("és", "și", "και", "и", "oraz", "ter")  # (Polish, Slovenian "and")
            and not _opens_with_country(piece.split(",")[0][:40])
            and nationality_adjective(first) is None  # ("…, rakúsky spolkový minister … Name a …": another signer)
            and not FOR_PARTY_PIECE_RE.match(piece)  # ("the Commissioner …, for the European Union, and by …")
            and not PORTFOLIO_PIECE_RE.match(piece)  # ("ministre de l'Agriculture, de la Viticulture et du …")
        ):
            break
        kept.append(piece)
    return ", ".join(kept)


NAME_PIECE_RE = compile_factored(rf"[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+){{1,3}}")
MAX_PORTFOLIO_PIECES = 3
NEXT_NAMED_SIGNER_RE = compile_factored(rf"(?:and|i|in|a|et|und|e|y|og|och|és|și|και|и|oraz|ter)\s+[{UPPER}][\w-]+\s+[{UPPER}]")
# more of a portfolio after its comma: "de la Viticulture", "du Développement rural", "of Infrastructure"
PORTFOLIO_PIECE_RE = compile_factored(
    rf"(?:de|du|des|of|for|di|del|della|dello|dos|das|do|da|van|für)\s+(?:la\s+|le\s+|l'|the\s+|il\s+|el\s+|o\s+|a\s+)?[{UPPER}]"
)


# an aside for whom a signer signs, between commas: "the Commissioner …, for the European Union, and by …"
FOR_PARTY_WORDS = r"(?:for|pour|für|per|por|voor)"
FOR_PARTY_PIECE_RE = compile_factored(
    rf"{FOR_PARTY_WORDS}\s+(?:the|la|le|l'|die|den|il|el|o|a)\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){{0,3}}$"
)
FOR_PARTY_AND_BY_RE = compile_factored(
    rf",\s*{FOR_PARTY_WORDS}\s+[^,]{{3,60}},\s*(?:and|et|und|e|y|en)\s+(?:by|par|von|por|da|door)\s+"
)


INVITATION_RE = compile_factored(
    r"(?i)\b(?:at the invitation of|auf einladung|à l'invitation|su invito|por invitación|a convite|på inbjudan"
    r"|på invitasjon|på invitation|op uitnodiging|na zaproszenie|na pozvání|na pozvanie|na poziv|na povabilo"
    r"|kutsusta|meghívására|la invitația|по покана|по позиву|με πρόσκληση)\b"
)


HOST_VERBS = (  # (a source, not a compiled pattern: RECEIVED_RE is built from its text)
    r"(?i)\b(?:welcomed|received|hosted|acolheu|recebeu|reuniu|reunió|accueilli|a reçu|empfing|empfangen|ospitato"
    r"|ha ricevuto|ha accolto|ontving|tog emot|modtog|tok imot|przyjął|přijal|prijal|primio|primila|privítal|fogadta"
    r"|uzņēma|priėmė|υποδέχθηκε|угости\w*|ugostio|ugostila|gościł[a]?|hostil[a]?)\b"
)
HOST_VERB_RE = compile_factored(HOST_VERBS)
# the verb and its statement right before "together with": "… issues the following statement together with …"
FOLLOWING_ISSUED_RE = compile_factored(r"(?i)\b(?:issues?|issued|makes?|made|releases?|released)\s+the\s+following\s+\w+(?:\s+\w+)?\s+$")
TOGETHER_WITH_RE = compile_factored(
    r"(?i)\b(?:together with|along with|alongside|aux côtés de|à côté de|al lado de|accanto a|an der seite von|samen met|zusammen mit|gemeinsam mit|avec|ensemble avec|insieme a[il]?|insieme con"
    r"|junto con|junto a|juntamente com|tillsammans med|sammen med|yhdessä|wraz z|razem z|spolu s|zajedno s|skupaj z)\s+"
)


MAX_OFFICE_WORDS_BEFORE = 4  # small-letter words of an office before its role word, after the name
OPENING_NAME_RE = compile_factored(r"\s*((?:[^\W\d_][\w'’-]*\s+){1,3}[^\W\d_][\w'’-]*),\s")  # "Dévényi Csongor, …"


MEETING_OF_END_RE = compile_factored(r"(?i)\b(?P<noun>[^\W\d_]+)\s+(?:of|de|du|des|der|van|di|del|della)\s+(?:the\s+|la\s+|l'|le\s+)?$")
MAX_INTRO_CHARS = 400  # an opening clause before the subject, with the meeting's name, place and days


@lru_cache(maxsize=4096)  # pure; the cascade asks about one sentence's subject from more than one rule
def _subject_text(sentence: str, present_signs: bool = False) -> str | None:
    """'The Prime Minister of X, Name, … met today' → the part before the verb, if it names signers (or, with
    `present_signs`, if it is only present: attends, represents)."""
    sentence = PARTY_BRACKET_RE.sub("", sentence[:MAX_LIST_CHARS])  # ("Name (EPP, DE), European co-chair …")
    if INTRO_RE.match(sentence):
        # "At the close of the first joint meeting of the Assembly and the Parliament, held … in Strasbourg, the
        # President of …, Name, signed …": the subject opens after the comma that comes before an office
        chairs = CO_CHAIRS_RE.search(sentence[:MAX_INTRO_CHARS])
        # (not "… il Presidente …, Name, in qualità di co-presidenti, hanno …": offices before, the chairs after)
        chairs = chairs if chairs and not any(map(is_role_word, sentence[: chairs.start()].split())) else None
        for comma in re.finditer(r",\s+", sentence[:MAX_INTRO_CHARS]):
            if chairs and NAME_PIECE_RE.fullmatch(sentence[chairs.end() : comma.start()].strip()):
                # "…, the co-chairs Name Surname, chair of …, and Name, …, issued": the first chair's name after
                # the title, before his office
                return _subject_text(sentence[chairs.end() :], present_signs)
            if chairs and 0 <= comma.start() - chairs.end() <= 1:
                # ("At the end of the meeting the two co-chairs, Name (S&D, ES), chair of …, and Name …, issued")
                # (or with no office after the names: "…, the two co-presidents, Name (S&D, FR) and Name (Ghana),
                # issued …": the chairs' title is the names' office)
                return _subject_text(sentence[comma.end() :], present_signs) or _subject_text(
                    sentence[sentence.rfind(",", 0, chairs.start()) + 1 :], present_signs
                )
            opens = sentence[comma.end() :].split()[:3]
            if any(is_role_word(w) for w in opens):
                return _subject_text(sentence[comma.end() :], present_signs)
    signed_first = _signed_first(sentence)
    if signed_first:
        return signed_first
    starts = [m.start() for m in re.finditer(r"[\w/-]+", sentence[:200]) if is_role_word(m.group(0))]
    # ("The co-chairs of the … Committee, Name (ALDE, LT) and Name, member of …, issued …": a joint body's chairs)
    starts += [m.start() for m in CO_CHAIRS_RE.finditer(sentence[:80])]
    inst = INSTITUTION_RE.search(fold(sentence[:80]))
    group = COUNTRY_GROUP_RE.search(sentence[:120])
    governments = _governments_at(sentence)  # "De regeringen van Nederland en Duitsland hielden …"
    starts += [x.start() for x in (inst, group) if x]
    if governments and len(_country_list_head(sentence[governments.end() :])) >= MIN_COUNTRY_SUBJECT:
        starts.append(governments.start("word"))
    if _opens_with_country(sentence[:30]) and len(_country_list_head(sentence)) >= MIN_COUNTRY_SUBJECT:
        # "Nederlandene, Østrig, Sverige og Finland går sammen om …": the countries, as such (and "La France, …, la
        # Libye et l'Organisation des Nations unies, qui …": from the first, not from the body named after them)
        starts = [0]
    if not starts:
        return None
    start = min(starts)
    if WITH_BEFORE_RE.search(sentence[:start]):
        return None  # "Al termine dell'incontro con il sindaco dell'isola, Name, hanno …": whom they met
    before = [m for m in PREDICATE_RE.finditer(sentence[:start]) if not m.group(0)[0].isupper()]
    # ("Am ersten Tag …, haben Bundesentwicklungsministerin Name und …": an auxiliary right before the subject)
    # (or its article between: "…, hebben de president van de Republiek Litouwen, Name, …")
    auxiliary = (
        before
        and AUXILIARY_RE.fullmatch(before[-1].group(0))
        and AUX_GAP_RE.fullmatch(sentence[before[-1].end() : start])
    )
    # (a verb of meeting first, then when and where, then who met: "Rīgā otrdien tikās … ministrs … un …")
    met_first = (
        before
        and MEETING_VERB_RE.fullmatch(before[-1].group(0))
        and len(sentence[before[-1].end() : start].split()) <= MAX_MET_FIRST_GAP
    )
    if start > 300 or start > 200 and not auxiliary or before and start > 80 and not auxiliary and not met_first:
        return None
    # the subject starts at most three words before its first role or body ("Petar Orlić, Minister …")
    words = list(re.finditer(r"\S+", sentence[:start]))
    first = len(words) - 3 if len(words) >= 3 else 0
    if 0 < first and find_countries(words[first - 1].group(0)) and not is_role_word(words[first - 1].group(0)):
        first -= 1  # "Lietuvos švietimo ir mokslo ministras …": the country's genitive before its portfolio
    if 0 < first and words[first].group(0).endswith(",") and _name_word(words[first].group(0)):
        # "Victor Ciobanu, Deputy Prime Minister …": the name before the comma and the role is whole
        while 0 < first and _name_word(words[first - 1].group(0), 1):
            first -= 1
    elif 0 < first and _name_word(words[first].group(0)) and all(w.group(0).islower() for w in words[first + 1 :]):
        # "Bánhidi Gergely nemzeti fejlesztési miniszter": the name whole before its office's small-letter words
        while 0 < first and _name_word(words[first - 1].group(0), 1):
            first -= 1
    elif 0 < first and sentence[start].islower() and all(w.group(0).islower() for w in words[first:]):
        # "Bacsó Tamás építési és közlekedési miniszter": more small-letter words of the office, the name before them
        back = first
        while 0 < back and first - back < MAX_OFFICE_WORDS_BEFORE and words[back - 1].group(0).islower():
            back -= 1
        if back > 1 and _name_word(words[back - 1].group(0)) and _name_word(words[back - 2].group(0), 1):
            first = back - 1
            while 0 < first and _name_word(words[first - 1].group(0), 1):
                first -= 1
    first = adjectives_start([w.group(0) for w in words], first)  # ("Der deutsche und der französische Außenminister")
    while 0 < first < len(words) - 1 and re.fullmatch(r"[^\W\d_A-ZÀ-Þ][^\W\d_]*,", words[first].group(0)):
        first += 1  # "Otrdien, 14. maijā, Latvijas zemkopības ministrs …": a date's last word ends before the office
    agents = [i for i in range(first, len(words) - 1) if words[i].group(0).lower() in AGENT_WORDS]
    first = agents[-1] + 1 if agents else first  # "… was signed this morning by delegates of A, B and C": after "by"
    begin = words[first].start() if words else 0
    opening_name = OPENING_NAME_RE.match(sentence)
    if 0 < first and opening_name and opening_name.end() <= start and all(map(_name_word, opening_name.group(1).split())):
        # "Dévényi Csongor, a Közigazgatási és Igazságügyi Minisztérium … államtitkára és …": the name that opens the
        # sentence, its office after its comma, farther than three words on
        begin = 0
    if 0 < first and words[first - 1].group(0).lower() in PLURAL_ARTICLES and "," in sentence[begin:start]:
        # "Hoy, Día Internacional contra los Ensayos Nucleares, la Unión Europea recuerda …": a plural thing's name
        # after its article is no part of the subject, which opens after the comma that ends it
        begin = sentence.rfind(",", begin, start) + 1
    if auxiliary:
        begin = max(begin, before[-1].end())
    head = MEETING_OF_END_RE.search(sentence[:begin])
    if head and MEETING_NOUN_RE.fullmatch(head.group("noun")):
        return None  # "The seventh annual meeting of the … Council took place …": a meeting, no signers
    if INVITATION_RE.search(sentence[begin : start + 1]):
        return None  # "Auf Einladung der Innenministerin … trafen … die Minister von …": the host, not the subject
    dash = list(re.finditer(r"(?:\s|(?<=[.)]))[-–—]\s", sentence[begin:start]))
    if dash:  # "Lucemburk 16. června 2025 – Ministr … Ondřej Kábrt", "Granada (EFE).- Los …": a dateline's dash
        begin += dash[-1].end()
    capacities = [c.span() for c in CAPACITY_RE.finditer(sentence)]  # ("in zijn hoedanigheid": no verb "zijn")
    # "The Member of the Commission …, who represented the Commission at …, and the Chief Executive …, Name, met":
    # a relative clause between the signers has its own verb and places
    relatives = [r.span() for r in SUBJECT_RELATIVE_RE.finditer(sentence, start)]
    for m in PREDICATE_RE.finditer(sentence):  # a verb before the subject ("Vandaag hebben …") is skipped
        if any(a <= m.start() < b for a, b in capacities + relatives):
            continue
        if m.group(0).lower() in POSSESSIVE_VERBS and _possessive_before(sentence[m.end() :]):
            continue  # "… en zijn Belgische ambtgenoot, …": "his", not "are"
        if m.group(0).lower() == "state" and is_role_word((sentence[m.end() :].split() or [""])[0]):
            continue  # "Ministers and state secretaries of …": part of an office, no verb
        if m.start() > start and not m.group(0)[0].isupper():  # "the State of Israel" is no verb
            if NOT_SIGNING_RE.match(sentence[m.start() :]) and not present_signs:
                return None  # "… also attended the meeting": present, not signing
            subject = sentence[max(0, begin) : m.start()]
            made = OBJECT_BEFORE_VERB_RE.search(subject)  # "… és az Európai Bizottság … biztosa közös nyilatkozatot"
            roles = [w for w in re.findall(r"\w+", subject) if is_role_word(w) and not MINISTRY_WORD_RE.search(w)]
            if roles and all(INSTRUMENTAL_RE.search(w) for w in roles):
                return None  # "… Name cseh külügyminiszterrel, … államtitkárával tárgyalt": whom one met with
            subject = subject[: made.start()] if made else subject
            # "… vidékfejlesztési minisztere csütörtökön Pécsen közös nyilatkozatot írt alá": the subject ends at its day
            subject = _until_its_day(subject, max(0, start - begin))
            # (blanked, not cut: a caller reads the sentence on from the subject's length)
            return SUBJECT_RELATIVE_RE.sub(lambda r: "," + " " * (len(r.group(0)) - 1), subject) if relatives else subject
    if before and start - before[-1].end() <= MAX_INVERTED_GAP:
        # "Na afloop legden minister … Name, die …, en de Europees commissaris … een gezamenlijke verklaring af": the
        # verb before its subject, which ends at the statement it makes
        made = OBJECT_STATEMENT_RE.search(sentence, start)
        if made:
            return sentence[before[-1].end() : made.start()]
    if before and HELD_VERB_BEFORE_RE.fullmatch(before[-1].group(0)) and start - before[-1].end() <= MAX_INVERTED_GAP * 20:
        # "I går höll Estlands, Lettlands och Litauens försvarsministrar ett möte i …": the verb first, the subject
        # up to the meeting it held
        held = HELD_OBJECT_RE.search(sentence, start)
        if held and any(MEETING_NOUN_RE.fullmatch(w) for w in held.group("nouns").split()):
            return sentence[before[-1].end() : held.start()]
    if met_first:
        # "Aus diesem Anlass trafen sich am Montag in Vaduz Regierungschef-Stellvertreter … Name, …, und die …
        # Bundesministerin … Name.": who met, after the verb and when and where, to the sentence's end (from a name
        # before the office's small-letter words: "… tárgyalt Szalontai Gergely közlekedési és vízügyi miniszter és …")
        gap = list(re.finditer(r"\S+", sentence[before[-1].end() : start]))
        k = len(gap)
        while k and gap[k - 1].group(0).islower():
            k -= 1
        lower = len(gap) - k
        while lower and k and _name_word(gap[k - 1].group(0)):
            k -= 1
        opens = before[-1].end() + gap[k].start() if lower and k < len(gap) - lower else start
        return sentence[opens:].rstrip(" .")
    # "A Magyar Köztársaság miniszterelnöke és Románia miniszterelnöke szombaton Budapesten … aláírta": the verb last,
    # the subject up to the day
    day = find_weekday_in_any_case(sentence[start:MAX_LIST_CHARS])
    if not before and day and day.start() > 0 and sentence[start + day.start() - 1] == " ":
        subject = sentence[begin : start + day.start()]
        # (a comma only before a second signer's apposition, after the first's office: "Name … miniszter és Name, a
        # Szlovén Köztársaság … minisztere")
        apposition = any(map(is_role_word, subject.split(",")[0].split()))
        commas = re.sub(r",(?=\s+az?\s)", "", subject) if apposition else subject
        if sum(map(is_role_word, subject.split())) >= 2 and "," not in commas:
            return subject
    return None


def _office_words(role: str | None, lead: int = 2) -> list[str]:
    """An office's first words and its last: where its title stands ('Minister of …', '… közlekedési minisztere'; with
    `lead` 3, 'First Vice Minister of …')."""
    words = (role or "").split()
    return words[:lead] + words[lead:][-1:]


def _until_its_day(subject: str, office: int) -> str:
    """The subject up to a weekday after its first office (at `office`): a whole word, in small letters ('kedden',
    'pirmdien') or after 'on'/'am' ('on Tuesday'); a name such as 'Petar' or 'Martin' is no day."""
    day = find_weekday_in_any_case(subject[office:])
    if not day:
        return subject
    at, end = office + day.start(), office + day.end()
    word = re.match(r"[^\W\d_]*", subject[at:]).group(0)
    before = subject[:at]
    if not before.endswith(" ") or len(word) != end - at and not word.islower():
        return subject
    if word.islower():  # ("… minisztere csütörtökön", "… povjerenica u utorak")
        small = SMALL_DAY_PREPOSITION_RE.search(before)
        return before[: small.start()] if small else before.rstrip()
    on = DAY_PREPOSITION_RE.search(before)  # ("the Minister of Health on Wednesday")
    return before[: on.start()] if on else subject


DAY_PREPOSITION_RE = compile_factored(r"\s+(?:on|am)\s+$")
SMALL_DAY_PREPOSITION_RE = compile_factored(r"\s+(?:u|v|vo|w|ve|we|na|le|el|il)\s+$")  # "u utorak", "w środę", "vo štvrtok", "le mardi"
# (or one of a signer's capacity before the sentence's own verb: "…, Name, Minister for …, who represented the
# Presidency at the conference, issued …")
SUBJECT_RELATIVE_RE = compile_factored(
    r",\s+(?:who|which|qui|che|som|který|která|koji|kateri)\s[^,]{10,200},(?=\s+(?:and|et|e|och|og|a|i)\s)"
    r"|,\s+who\s+(?:represented|led|headed)\s[^,]{10,200},(?=\s+(?:issued|adopted|signed|released|published|made)\s)"
)
WITH_BEFORE_RE = compile_factored(
    r"(?i)\b(?:with|con|avec|mit|met|com|med|με)\s+(?:the|il|la|le|l'|el|o|a|dem|der|de|het|τον|την)?\s*$"
)
INSTRUMENTAL_RE = compile_factored(r"\w{4,}(?:val|vel|rel)$")  # Hungarian "with": "külügyminiszterrel", "államtitkárával"
# a ministry, a body (in compounds too: "külügyminisztérium"), beside the offices of people
MINISTRY_WORD_RE = compile_factored(MINISTRY.replace("^", "", 1))
POSSESSIVE_VERBS = ("zijn",)  # a verb that is also a possessive: Dutch "zijn" is "are" and "his"


def _possessive_before(rest: str) -> bool:
    """Whether the word after 'zijn' makes it a possessive: a nationality's adjective or a word for a counterpart."""
    word = (rest.split() or [""])[0].strip(",")
    return nationality_adjective(word.lower()) is not None or COUNTERPART_RE.match(word) is not None


COUNTERPART_RE = compile_factored(r"(?i)ambtgeno|collega|homolog")
MEETING_VERB_RE = compile_factored(
    r"(?i)trafen|met|gathered|reunidos|réunis|möttes|møttes|mødtes|kokoontuivat|kohtusid|tárgyalt|tárgyaltak"
    r"|tartott|tartottak"  # ("Sopronban tartott megbeszélést kedden Name … miniszter és …")
    # (the Baltic and Slavic "met", verb first: "Vilniuje ketvirtadienį susitiko … ministras … ir …")
    r"|susitiko|tikās|sastali|sastale|sešli|sešly|setkali|setkaly|srečala|srečali|sestali se|spotkali się|spotkały się"
)


OFFICE_PART_RE = compile_factored(r",\s+|\s+(?:and|och|og|und|et|e|y|i|a|és|en)\s+")
RELATIVE_ANYWHERE_RE = compile_factored(r",\s+(?:som|who|which|qui|der|die|který|která|koji|che|que)\s[^,]*(?=,|$)")


def _office_opening(office: str) -> bool:
    """'The Minister of …', 'Ο Υπουργός …': an article, then a role word."""
    m = ARTICLE_OFFICE_RE.match(office)
    return bool(m and is_role_word(m.group("word")))


ARTICLE_OFFICE_RE = compile_factored(r"(?i)\s*(?:the|la|le|der|die|il|lo|el|o|a|ο|η|de|het)\s+(?P<word>\S+)")
ARTICLE_WORD_RE = compile_factored(r"(?i)\b(?:the|la|le|les|der|die|das|dem|den|il|lo|gli|el|los|las|het|de|o|os|as|l')\s")


def _office_parts(glue: str) -> list[str]:
    """A run of offices parted by commas and "and", each with its own role word (a part with none belongs to the
    one before: "Minister for Foreign Affairs, Trade and Development"); relative clauses dropped."""
    parts: list[str] = []
    pieces = re.split(f"({OFFICE_PART_RE.pattern})", RELATIVE_ANYWHERE_RE.sub("", glue))
    for joint, part in zip(["", *pieces[1::2]], pieces[::2]):
        if parts and not any(map(is_role_word, part.split())):
            parts[-1] += joint + part
        elif part.strip():
            parts.append(part)
    return parts


# a relative clause set apart by commas after a name: "…, die de bijeenkomst voorzat,", "…, who chaired the meeting,"
RELATIVE_WORDS = "die|dat|der|welche|who|which|qui|che|que|kateri|který|koji"
RELATIVE_CLAUSE_RE = compile_factored(rf"^,\s+(?:{RELATIVE_WORDS})\s[^,]*,")
# an office with no article right after a name, before the next signer's office with one: the name's own
APPOSED_OFFICE_RE = compile_factored(
    r"^,\s+(?!(?:the|le|la|les|l'|der|die|das|dem|den|il|lo|el|los|las|de|het|o|a|os|as|and|et|und|y|e|i|en|og|och"
    r"|as well as|ainsi que)\s)[^\W\d_][^,]{3,80},"
    r"(?=\s+(?:the|le|la|les|der|die|il|el|de|het|o|a)\s)"
)
def _signed_first(sentence: str) -> str | None:
    """'Közös nyilatkozatot írt alá a … terén csütörtökön Szegeden Name, a … államtitkára és Name … államtitkár': a
    verb of signing first, then what was signed, when and where, then who signed, to the sentence's end."""
    if "alá" not in sentence and "fogad" not in sentence and " ki " not in sentence:
        return None  # (every verb it knows holds one of these: most sentences need no search of all the verbs)
    verb = PREDICATE_RE.search(sentence)
    if not verb or not SIGNED_FIRST_RE.fullmatch(verb.group(0)) or any(map(is_role_word, sentence[: verb.start()].split())):
        return None
    day = find_weekday_in_any_case(sentence[verb.end() :])
    if not day:
        return None
    rest = PLACE_IN_RE.sub("", sentence[verb.end() + day.end() :]).strip().rstrip(".")
    # (to the last office: the Hungarian name stands before it; what follows is what they signed about)
    last = [m.end() for m in re.finditer(r"\S+", rest) if is_role_word(m.group(0))]
    return rest[: last[-1]] if last and not PREDICATE_RE.search(rest[: last[-1]]) else None


SIGNED_FIRST_RE = compile_factored(
    r"(?i)írt alá|írtak alá|írták alá|aláírta|aláírták|fogadott el|fogadtak el|fogadták el|adott ki|adtak ki|adták ki"
)  # signed; adopted; issued
PLACE_IN_RE = compile_factored(rf"^\s+[{UPPER}][^\W\d_]*(?:en|on|ön|an|ban|ben)\b")  # "csütörtökön Szegeden": where
MAX_MET_FIRST_GAP = 8  # "tartott megbeszélést kedden Name Name Name nemzeti fejlesztési miniszter"
MAX_INVERTED_GAP = 6  # "legden minister …", "legden de minister …"
HELD_VERB_BEFORE_RE = compile_factored(r"(?i)höll|holdt|hielten|hielden|held|tenían|tinham|tennero|tinrent")
HELD_OBJECT_RE = compile_factored(r"(?i)\s(?:ett|et|en|ein\w*|een|a|an|un|una|um|uma)\s+(?P<nouns>[\w-]+(?:\s+[\w-]+)?)")
OBJECT_STATEMENT_RE = compile_factored(
    r"(?i)\s(?:een|de|het|die|eine|den|la|une|a|the|una|um|uma)\s+(?:[\w-]+\s+)?(?:verklaring|erklärung|déclaration"
    r"|declaration|statement|dichiarazione|declaración|declaração|communiqué)\b"
    # the Slavic demonstrative: "… vydali předseda …, předseda … a prezident … toto společné prohlášení"
    r"|\s(?:toto|tuto|ovu|ovo|tę|to)\s+(?:[\w-]+\s+)?(?:prohlášení|vyhlásenie|izjavu|izjava|oświadczenie|deklaraci\w*)\b"
)


# Hungarian puts the statement, with no article, between its signers and the verb
OBJECT_BEFORE_VERB_RE = compile_factored(r"(?i)\s(?:egy\s+)?(?:közös\s+)?(?:nyilatkozatot|közleményt|dokumentumot)\s*$")


MIN_COUNTRY_SUBJECT = 2
# a sentence that opens with when or where, before its subject
INTRO_RE = compile_factored(
    r"(?i)(?:at the (?:close|end)|after|following|upon|on the occasion|in the margins?|à l'issue|au terme|à l'occasion"
    r"|en marge|al término|al final|tras|nach|im anschluss|am rande|al termine|a margine|dopo|na afloop"
    r"|aan het einde|nakon|efter|etter)\b"
)
MIN_GOVERNMENTS = 3


def _governments_of_many(sentence: str, notes: tuple[Line, ...], registry: PeopleRegistry) -> list[Signatory]:
    """'The governments of A, B, C …' (three or more, no one named) as the subject of a sentence of the opening:
    the countries sign as such, whatever the verb."""
    sentence = sentence.lstrip(" \"'„“”«»")
    governing = _governments_at(sentence)
    if not governing or len(_country_list_head(sentence[governing.end() :])) < MIN_GOVERNMENTS:
        return []
    subject = _subject_text(sentence)
    found = _from_list(subject, notes, registry) if subject else []
    return [] if any(s.name for s in found) else [s for s in found if s.country or s.organisation]


# "… was adopted by Australia, Canada, …": a passive verb of adopting or signing, then the countries that did
ADOPTED_BY_RE = compile_factored(
    r"(?i)\b(?:adopted|signed|endorsed|approved|adopté|adoptée|signé|signée|approuvé|approuvée|adoptad[oa]|firmad[oa]"
    r"|aprobad[oa]|suscrit[oa]|adottat[oa]|firmat[oa]|approvat[oa]|angenommen|unterzeichnet|verabschiedet"
    r"|aangenomen|ondertekend|goedgekeurd|antagen|antaget|undertecknad|undertecknat|vedtaget|vedtatt|undertegnet"
    r"|adotad[oa]|aprovad[oa]|assinad[oa])\s+(?:par|by|por|pel[oa]s?|von|door|da|dai|dalla|dal|av|af)\s+(?P<list>.+)"
)


def _adopted_by_countries(sentence: str, notes: tuple[Line, ...], registry: PeopleRegistry) -> list[Signatory]:
    adopted = ADOPTED_BY_RE.search(sentence[:MAX_LIST_CHARS])
    if not adopted or not _opens_with_country(adopted.group("list")[:40]):
        return []
    if len(_country_list_head(adopted.group("list"))) < MIN_GOVERNMENTS:
        return []
    found = _from_list(adopted.group("list"), notes, registry)
    return [] if any(s.name for s in found) else [s for s in found if s.country or s.organisation]


def _governments_at(text: str) -> re.Match | None:
    """'The governments of …' opening the text, or after a phrase and its comma ('Al término del encuentro, los
    Gobiernos de España, …')."""
    starts = (0, *(m.end() for m in re.finditer(r",\s+|\s[-–—]\s+", text[:60])))  # ("BRUXELLES, 12 MAR - I governi")
    return next((g for pos in starts if (g := GOVERNMENTS_RE.match(text, pos))), None)
AUX_GAP_RE = compile_factored(  # (an adjective or two may come between: "haben der Parlamentarische Staatssekretär …")
    r"(?i)\s{0,2}|\s+(?:de|het|die|der|den|the|la|le|les|el|los|las|il|o|os|a|as)\s+(?:[^\W\d_]+\s+){0,2}"
)
AUXILIARY_RE = compile_factored(r"(?i)haben|hat|hebben|heeft|ont|a|hanno|ha|han|have|has|har|sind|sont|zijn")
# the governments of two or more countries as a sentence's subject, the countries sign
GOVERNMENTS_RE = compile_factored(
    r"(?i)\W{0,3}(?:the|de|les|die|i|los|os|οι)?\s*(?P<word>governments|regeringen|regeringarna|regeringerne"
    r"|regjeringene|gouvernements|regierungen|governi|gobiernos|governos|rządy|vlády|vlade|vlady|vladi"
    r"|κυβερνήσεις|guvernele|guvernelor|правителствата|владите|hallitukset|valitsused|valdības|vyriausybės"
    r"|kormányai|kormánya)\s+(?:of|van|des|du|der|de|di|dei|del|della|da|do|dos|das|på|af|av|της|των|на|в|ve)?\s*"
)


def _name_word(word: str, before: int = 0) -> bool:
    """A capitalised word that may be part of a name (a word before another keeps no punctuation at its end)."""
    return word[:1].isupper() and word[1:2].islower() and (not before or word[-1].isalpha()) and not is_role_word(word)


def _country_list_head(sentence: str) -> list[str]:
    """The countries a sentence opens with, listed one after the other with only commas and 'and's between."""
    out: list[str] = []
    pos = 0
    for start, end, country in find_countries(sentence[:300]):
        if not _only_joins(sentence[pos:start]):
            break
        out.append(country)
        pos = end
    return out


def _only_joins(gap: str) -> bool:
    """Between two countries of one list: punctuation, articles, prepositions, conjunctions and a state's noun
    ('du Grand-Duché de Luxembourg et du Royaume de Belgique'), nothing else."""
    words = re.sub(r"[,;&–—]|\s-\s", " ", gap).lower().split()
    return all(w in LIST_FILLERS or w in LIST_CONJUNCTION_WORDS or w in STATE_NOUNS for w in words)


STATE_NOUNS = set(
    "kingdom republic grand duchy grand-duchy principality federal royaume république grand-duché principauté"
    " fédérale reino república repubblica regno granducato königreich republik großherzogtum fürstentum"
    " bundesrepublik koninkrijk republiek groothertogdom vorstendom".split()
)


# the conjunctions between countries listed as a sentence's subject: the names' ones, and a few more
LIST_CONJUNCTION_WORDS = CONJUNCTIONS | {"ning", "un", "ir", "és", "și", "и", "sowie", "samt", "valamint", "sekä"}
MIN_POSTPOSED_COUNTRIES = 3


def _countries_then_role(sentence: str) -> list[Signatory]:
    """'… Csehország, Lengyelország, …, valamint Albánia, … és Szerbia külügyminiszterei fogadtak el': three or more
    countries in a row, then their office (a postposition: Hungarian, Finnish, the Baltic languages), then a verb."""
    found = find_countries(sentence[:MAX_LIST_CHARS])
    run: list[tuple[int, int, str]] = []
    for item in found:
        if run and not _only_joins(sentence[run[-1][1] : item[0]]):
            if len(run) >= MIN_POSTPOSED_COUNTRIES:
                break
            run = []
        run.append(item)
    if len(run) < MIN_POSTPOSED_COUNTRIES:
        return []
    after = re.match(r"[\s,–—-]*(\S+)((?:\s+\S+){0,3})", sentence[run[-1][1] :])
    if not after or not is_role_word(after.group(1)) or not (
        PREDICATE_RE.search(after.group(2)) or SIGNED_TODAY_RE.search(after.group(2))
    ):
        return []
    role = clean_role(re.sub(r"(?<=er)ei$", "", after.group(1)))[0]  # "külügyminiszterei": their ministers
    return [Signatory(name=None, role=role, country=c) for _, _, c in run]


def _list_until_end(text: str) -> str:
    """A list of signers from its start: up to the comma before a clause naming no country, or a list's end."""
    group = _we_group(text)
    end = LIST_END_RE.search(group)
    group = group[: end.start()] if end else group
    verb = next((m for m in PREDICATE_RE.finditer(group) if m.group(0)[0].islower()), None)
    group = group[: verb.start()] if verb else group  # "… e Spagna hanno sottoscritto con il Ministro Cusimano"
    signed = SIGNED_TODAY_RE.search(group)  # "… og Østrig underskrevet et fælles brev til Europa-Kommissionen"
    return group[: signed.start()] if signed else group


def _on_behalf_of_countries(sentence: str, registry: PeopleRegistry) -> list[Signatory]:
    """'… speaking on behalf of Denmark, France and Greece, ahead of …': two or more countries, and no one named,
    make the statement through the one who speaks."""
    m = ON_BEHALF_RE.search(sentence[:MAX_LIST_CHARS])
    if not m:
        return []
    group = _list_until_end(sentence[m.start("org") :])
    countries = find_countries(group)
    # ("chaired on behalf of the High Representative by …, attended by China, …": not on behalf of those)
    if len(countries) < 2 or names_in(group, registry) or not _opens_with_country(group[:60]):
        return []
    return [Signatory(name=None, country=name) for _, _, name in countries]


MIN_OFFICE_COUNTRIES = 3


def _no_signer(s: Signatory) -> bool:
    """Only an office ('ministros dos Assuntos Europeus de nove Estados-membros', however it was read), or the EU
    beside its member states: no person, no country, no other body."""
    if s.name or s.country:
        return False
    office = [w for w in (s.role, s.organisation) if w and w != EU]
    return all(is_role_word(w.split()[0]) for w in office)


EU = "European Union"


def _office_of_countries(
    opening: list[str], notes: tuple[Line, ...], registry: PeopleRegistry, issuing: bool = False
) -> list[Signatory]:
    """'A declaração … reúne os ministros da Bulgária, Croácia, …, Portugal e Roménia, o grupo …': with no one and
    no country found, an office held in three or more countries the opening lists, where no one is named; with
    `issuing`, only in a sentence that says the statement was issued jointly."""
    for sentence in opening:
        if issuing and not JOINT_ISSUE_RE.search(sentence):
            continue
        # ("… su dali zajedničku izjavu nakon što su ministri financija … Danske, Bugarske i Hrvatske odlučili …":
        # the ministers of a clause of time after the statement are not its signers)
        sentence = AFTER_CLAUSE_RE.split(sentence, maxsplit=1)[0]
        for word in re.finditer(r"[\w-]+", sentence[:MAX_LIST_CHARS]):
            if not is_role_word(word.group(0)):
                continue
            group = _list_until_end(sentence[word.start() :])
            if len(find_countries(group)) >= MIN_OFFICE_COUNTRIES and not names_in(group, registry):
                return [s for s in _from_list(group, notes, registry) if s.country]
    return []


AFTER_CLAUSE_RE = compile_factored(
    r"(?i)\s(?:nakon što|after|nachdem|après que|après qu'|dopo che|después de que|após|po tym,? jak|poté,? co"
    r"|efter att|etter at|nadat)\s"
)
NUMBERED_RE = compile_factored(r"^\s*\d{1,2}[.)]\s+")
MAX_WE_LINE = 40  # how far into the body a "We, the Leaders of …" paragraph is looked for


def _we_paragraph(layout: Layout, opening: list[str], registry: PeopleRegistry) -> list[Signatory]:
    """A news page that reports a meeting, then gives the statement: its '1. We, the Leaders of A, B and C, …'
    paragraph says who makes it, though it stands below the report's opening."""
    for line in layout.body[:MAX_WE_LINE]:
        text = NUMBERED_RE.sub("", line.text)
        if not WE_CLAUSE_RE.match(text) or any(text.startswith(o) or o.startswith(text) for o in opening):
            continue
        group = _list_text(text)
        if group and len(find_countries(group)) >= 2:
            return [s for s in _from_list(group, layout.notes, registry) if s.country and not s.name]
    return []


# "Contracting Parties represented at the meeting: Belgium, Denmark, …": a label naming parties, states or delegations
MAX_PARTIES_LINES = 16  # how far from the end such a list is looked for
PARTIES_LABEL_RE = compile_factored(
    r"(?i)^[^:]{0,60}?\b(?:parties|states|countries|delegations|signatories|parties contractantes|vertragsparteien"
    r"|partes|parti|staten|stater|länder|lande|państwa|države|státy|χώρες)\b[^:]{0,60}:\s*(?P<list>.+)$"
)


def _we_parties_listed(layout: Layout, registry: PeopleRegistry) -> list[Signatory]:
    """'We, the Ministers … of the Contracting Parties …' over a closing 'Contracting Parties represented at the
    meeting: A, B, …': the "we" are the parties listed, countries and bodies as such."""
    we = next((ln.text for ln in layout.body[:MAX_WE_LINE] if WE_CLAUSE_RE.match(NUMBERED_RE.sub("", ln.text))), None)
    if we is None:
        return []
    # "Wij, de staatshoofden … van de 25 lidstaten die … hebben ondertekend*, verklaren" over "* België, Bulgarije, …"
    for marker in GROUP_MARKER_RE.finditer(we[:MAX_LIST_CHARS]):
        note = _note_for(marker.group(1), layout.notes) or _note_for(marker.group(1), tuple(layout.body[-15:]))
        listed = note.text[len(marker.group(1)) :] if note else ""
        if len(find_countries(listed)) >= MIN_BARE_COUNTRIES:
            group = WE_CLAUSE_RE.match(NUMBERED_RE.sub("", we[: marker.start()]))
            role = singular_role(clean_role(group.group("list"))[0] or "") or None if group else None
            countries = dict.fromkeys(c for _, _, c in find_countries(listed))
            return [Signatory(name=None, role=role, country=c) for c in countries]
    for line in layout.body[-MAX_PARTIES_LINES:]:
        listed = PARTIES_LABEL_RE.match(line.text)
        if listed and len(find_countries(listed.group("list"))) >= MIN_BARE_COUNTRIES:
            return [s for s in _from_list(listed.group("list"), layout.notes, registry) if not s.name]
    return []


def _signed_by_paragraph(layout: Layout, opening: list[str], registry: PeopleRegistry) -> list[Signatory]:
    """'Unterzeichnet wurde sie von den Ministerinnen und Ministern … Bulgariens, Kroatiens, …' in a paragraph
    below the opening: a passive 'signed by' the holders of an office in two or more countries."""
    for line in layout.body[:MAX_WE_LINE]:
        for sentence in split_sentences(line.text):
            signers = SIGNED_BY_ROLES_RE.search(sentence[:MAX_LIST_CHARS])
            if signers and sentence not in opening and len(find_countries(signers.group("list"))) >= 2:
                return _from_list(_we_group(signers.group("list")), layout.notes, registry)
            # "The document was signed by Dobrev, …" (SIGNED_BY_RE)
            for pattern in (SIGNED_LIST_RE, SIGNED_LIST_BEFORE_RE, SIGNED_BY_RE):
                signers = pattern.search(sentence[:MAX_LIST_CHARS])
                # ("It was agreed by the negotiators …: for the European Union, …": the first word after an article)
                first = (ARTICLES_RE.sub("", signers.group("list")).split() or [""])[0] if signers else ""
                # a name, a role or a nationality ("český prezident"), not "… neljapäeval Pärnus ühisavalduse"
                if not (first[:1].isupper() or is_role_word(first) or nationality_adjective(first) is not None):
                    continue
                found = _from_list(signers.group("list"), layout.notes, registry)
                found = _surnames_named_before(signers.group("list"), found, layout, registry) + found
                if len([s for s in found if s.name or s.country]) >= 2 and any(s.name for s in found):
                    return found
    return []


MAX_OFFICES_LINE = 200


def _offices_over_points(layout: Layout, registry: PeopleRegistry) -> list[Signatory]:
    """'Předseda vlády České republiky a předseda vlády Republiky Slovinsko:' over points that each open with the
    verb they share ('- oceňují …'): the offices of two or more countries speak."""
    body = list(layout.body[:MAX_WE_LINE])
    for line, below in zip(body, body[1:]):
        text = line.text.rstrip()
        if not text.endswith(":") or len(text) > MAX_OFFICES_LINE or not BULLET_RE.match(below.text):
            continue
        found = _from_list(text[:-1], layout.notes, registry)
        if len(found) >= 2 and all(s.role and (s.country or s.organisation) for s in found):
            return found
    return []


def _surnames_named_before(
    text: str, found: list[Signatory], layout: Layout, registry: PeopleRegistry
) -> list[Signatory]:
    """'The document was signed by Dobrev, Romanian Foreign Minister …': a surname alone in the list is the person
    the text named in full before ('Foreign Minister Kiril Dobrev'), if only one."""
    out = []
    for item in SEPARATOR_RE.split(text):
        word = item.strip(" .")
        if not NAME_RUN_RE.fullmatch(word) or " " in word or is_not_name(word) or country_name(word):
            continue
        if any(s.name and s.name.split()[-1] == word for s in found):
            continue
        full = {
            n.text
            for ln in layout.body[:MAX_WE_LINE]
            for n in names_in(ln.text, registry)
            if n.text.split()[-1] == word and " " in n.text
        }
        if len(full) == 1:
            out.append(Signatory(name=full.pop()))
    return out


GROUP_TITLE_RE = compile_factored(
    r"(?i)(?:the|its|their|les|ses|leurs|die|de|i|gli|los|las|os|as)\s+(?:(?:two|three|both|deux|trois|beiden|dos|due)\s+)?[\w-]+"
)
HIGHLIGHT_RE = compile_factored(r"[-•*–]\s")
MAX_HIGHLIGHT = 150
JOINT_SAID_RE = compile_factored(
    r"(?i)\b(?:said|stated|declared|wrote|underlined|stressed)\s+in\s+(?:a|their)\s+joint\s+(?:statement|declaration)"
    r"|^\W*(?:in\s+(?:a|their)\s+joint\s+statement|dans une déclaration commune|in einer gemeinsamen erklärung"
    r"|in una dichiarazione congiunta|en una declaración conjunta|numa declaração conjunta"
    r"|in een gezamenlijke verklaring),\s"
)
JOINT_WORD_LOW = compile_factored(r"joint|commune|gemeinsam|congiunta|conjunta|gezamenlijk")
MAX_OPENING_TEXT_LINES = 10  # the opening's lines of text, below a page's short lines of chrome
MAX_OPENING_LINES = 30


# two capitalised words that open a line ("Jörg Tiemeyer van …"): a name, unless an article, office or body's
NAME_OPENS_LINE_RE = compile_factored(r"[^\W\d_a-zß][^\W\d_]+\s+(?:(?:van|von|de|da|di|del|der)\s+)?[^\W\d_a-zß][\w'’-]+[\s,]")
MIN_BROKEN_LINE = 60  # a line this long is prose the page broke, not a signature's


def _not_name_words(text: str) -> bool:
    """Whether the words are an article, an office or a body rather than a name ("Il Ministro", "The Council")."""
    return any(ARTICLES_RE.match(w + " ") or is_not_name(w) for w in text.split())


def _opening_sentences(layout: Layout) -> list[str]:
    """The first sentences of the first paragraphs: where a statement says who makes it."""
    out: list[str] = []
    paragraphs = 0
    lines = 0
    broken_at = None  # the number of the line before, if it stopped mid-sentence
    for line in layout.body[:MAX_OPENING_LINES]:
        if len(line.text) < 40 and not any(is_role_word(w) for w in line.text.split()):
            continue  # a dateline, a heading, a wrapper's label (however many a page's chrome has)
        if HIGHLIGHT_RE.match(line.text) and len(line.text) < MAX_HIGHLIGHT:
            continue  # a press release's highlights under its title ("- Employers to report on pay differences")
        lines += 1
        if lines > MAX_OPENING_TEXT_LINES:
            break
        if line.text.count(" | ") + line.text.count(" > ") >= 2:
            continue  # a menu or a breadcrumb ("Home | News | …", "Home > Newsroom > …")
        sentences = split_sentences(line.text)
        for i in range(len(sentences) - 2, -1, -1):  # "… on behalf of the following States:" and its list
            if sentences[i].rstrip().endswith(":"):
                sentences[i : i + 2] = [sentences[i] + " " + sentences[i + 1]]
        opens = NAME_OPENS_LINE_RE.match(line.text)
        if out and sentences and broken_at == line.number - 1 and opens and not _not_name_words(opens.group(0)):
            # "… en de Duitse parlementair staatssecretaris" / "Jörg Tiemeyer … hebben vandaag … ondertekend.": a
            # long line the page broke mid-sentence goes on in the next
            out[-1] = f"{out[-1]} {sentences.pop(0)}"
        words = line.text.split()
        # (only where an office ends it and its holder's name opens the next: headings too are long and stop)
        broken = len(line.text) >= MIN_BROKEN_LINE and is_role_word(words[-1]) and line.text != layout.title
        broken_at = line.number if broken else None
        out.extend(sentences[:3])
        if any(REPRESENTED_BY_RE.search(x) for x in sentences[:3]):
            # "The European Union was represented by …. The … also attended. Pakistan was represented by its President,
            # Name.": the other side, further on in the paragraph
            out.extend(x for x in sentences[3:6] if REPRESENTED_BY_RE.search(x))
        # a header ("Ministerio del Interior", "Ministero degli Affari Esteri e della Cooperazione Internazionale") or a
        # dateline is no paragraph
        paragraphs += len(line.text) >= 100 or len(line.text) >= 60 and line.text.rstrip()[-1:] in ".!?:;"
        if paragraphs == 3:
            break
    out = out[:7]
    # "Parliament's co-rapporteurs …, Name (EPP, DE) and Name (S&D, NL), said in a joint statement:" further down,
    # below a press release's report of the deal
    for line in layout.body[:MAX_OPENING_LINES]:
        if not JOINT_WORD_LOW.search(line.text.lower()):
            continue  # (one small-letter test a line before the pattern)
        if JOINT_SAID_RE.search(line.text):
            sentence = next((x for x in split_sentences(line.text) if JOINT_SAID_RE.search(x)), None)
            if sentence and sentence not in out:
                out.append(sentence)
            said = JOINT_SAID_RE.search(sentence or "")
            clause = sentence[: said.start()].rsplit(", ", 1) if said and said.start() else []
            if len(clause) == 2 and any(is_role_word(w) for w in clause[1].split()):
                # "Poland and Iceland will step up cooperation …, Poland's Deputy Foreign Minister Name and Iceland's
                # Minister of … said in a joint statement": what they said first, who said it after its comma
                out.append(clause[1] + " " + sentence[said.start() :])
            break
    return out


def _note_for(marker: str, notes: tuple[Line, ...]) -> Line | None:
    for note in notes:
        if note.text.startswith(marker) and not note.text.startswith(marker + marker[:1]):
            return note
    return None


def _member(item: str, group_role: str | None) -> list[Signatory]:
    """One member of a footnoted group: a name with its country and role, in whatever order."""
    label = re.match(r"^[^:]{0,40}:\s*", item)  # "The experts: Tomás …"
    if label and not names_in(label.group(0), PeopleRegistry()):
        item = item[label.end() :]
    names = names_in(item, PeopleRegistry())
    if len(names) > 1:  # "… Working Group: Olamide Bankole (Chair), Henrik Sjöberg and Sunil Rao": one role for all
        role, country, organisation = clean_role(item[: names[0].start])
        return [Signatory(name=n.text, role=role, country=country, organisation=organisation) for n in names]
    if not names:
        return []
    name = names[0]
    rest = (item[: name.start] + " " + item[name.end :]).strip(" ,:.")
    role, country, organisation = clean_role(rest)
    words = [w for w in re.findall(r"[\w/-]+", rest) if is_role_word(w)]
    return [
        Signatory(
            name=name.text,
            role=role if words else singular_role(group_role) if group_role else None,
            country=country,
            organisation=organisation,
        )
    ]


@lru_cache(maxsize=1024)  # the same footnote is read for the title, the opening and its marker
def _group_members(note: Line, role: str | None) -> tuple[Signatory, ...]:
    return tuple(_read_group(note, role))


GLUE = "_"  # holds a name's words together while a list is split at its "and"s


def _glue(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the spaces inside `spans` (a country's or an institution's name) glued."""
    for start, end in spans:
        text = text[:start] + text[start:end].replace(" ", GLUE) + text[end:]
    return text


def _unglue(text: str) -> str:
    return text.replace(GLUE, " ")


def _read_group(note: Line, role: str | None) -> list[Signatory]:
    """'*Ministers Jana HORVAT, Lukas ADAMOVIĆ (Serbia), …' → one signatory each."""
    text = re.sub(r"^\W+", "", note.text)
    if ";" in text:  # "Albania: Ardit LEKA; Kosovo: …", "Elira DOKO, Minister … of Albania; Nermin …"
        members = [m for item in re.split(r"\s*;\s*", text) for m in _member(item, role)]
        if len(members) >= 2:
            return members
    # "* WB6: Albania, Bosnia and Herzegovina, …": the group's members are countries (not in brackets after names)
    countries = list(dict.fromkeys(c for _, _, c in find_countries(re.sub(r"\([^)]*\)", " ", text))))
    if len(countries) >= 2 and not any(w.isupper() and len(w) > 2 and w.isalpha() for w in text.split()):
        return [Signatory(name=None, role=role, country=c) for c in countries]
    words = ARTICLES_RE.sub("", text).split()  # "De ministers Hendrik DEWAELE (België), …"
    lead = []
    while words and not words[0].isupper() and (is_role_word(words[0]) or is_not_name(words[0])):
        lead.append(words.pop(0))
    out: list[Signatory] = []
    joined = " ".join(words)
    joined = _glue(joined, [(start, end) for start, end, _ in find_countries(joined)])  # "Bosne i Hercegovine"
    for part in re.split(r"\s*(?:,|;|\band\b|\bet\b|\ben\b|\bi\b|\bund\b)\s*(?![^()]*\))", joined):
        part = _unglue(part).strip(" .")
        # "and Minister Ion DUMITRESCU (Romania), on behalf of the Presidency": the role before a name goes
        part_words = part.split()
        while len(part_words) > 2 and (
            is_role_word(part_words[0]) or part_words[0].lower() in ("and", "et", "en", "und")
        ):
            part_words.pop(0)
        part = " ".join(part_words)
        m = re.match(r"^(?P<name>[^()]+?)\s*\((?P<c>[^)]*)\)$", part)
        name, country = (m.group("name"), m.group("c")) if m else (part, None)
        if not name or not NAME_RUN_RE.fullmatch(name) or is_not_name(name.split()[-1]):
            # "Bundesministerin für Justiz Sabine PICHLER (Österreich)": a role before the name
            out.extend(_member(part, role))
            continue
        found = find_countries(country or "")
        out.append(
            Signatory(
                name=name,
                role=role or (singular_role(" ".join(lead)) if lead else None),
                country=found[0][2] if found else None,
            )
        )
    return out


# "its Troika — the Taoiseach …, the Prime Minister … and the Secretary-General … — met in …": what stands
# between the dashes
ASIDE_RE = compile_factored(r"[^—–]{0,40}?\s[—–]\s(?P<aside>[^—–]+)\s[—–]\s")


CAPACITY_RE = compile_factored(
    r"(?i)\s*,?\s*(?:in (?:his|her|its|their) capacity as|en sa qualité de|in (?:seiner|ihrer) Eigenschaft als"
    r"|in qualità di|en su calidad de|na qualidade de|in (?:zijn|haar) hoedanigheid (?:van|als)|în calitate de"
    r"|i egenskap av|i egenskab af|u svojstvu|in (?:seiner|ihrer) Funktion als)\s+"
    r"|\s*,?\s*(?:jako|ako|kao)\s+(?=předsed|predsed|predsjed)"  # "Name jako předsedající Evropské rady"
)


POST_NOMINALS_ONLY_RE = compile_factored(r"(?:(?:[A-Z]\.?){1,4}(?:\s*,?\s*(?:[A-Z]\.?){1,4})*)?")  # ("Name, T.D., in his …")


MAX_CAPACITY_GAP = 25  # characters between the holder's country and "in his capacity as"


ESSIVE_ROLE_RE = compile_factored(r"\w{6,}(?:na|nä)$")  # Finnish "as": "puheenjohtajana", "pääministerinä"


def _capacity_country(item: str) -> str | None:
    """'in ihrer Funktion als Vertreterin der deutschen EU-Ratspräsidentschaft' → Germany: the country named by the
    adjective of a capacity phrase."""
    if not CAPACITY_RE.match(" " + item):
        return None
    words = re.findall(r"[^\W\d_]+", item)
    return next((c for w in words if w.islower() and (c := nationality_adjective(w))), None)


def _in_capacity(segment: str, found: list[Signatory]) -> list[Signatory]:
    """'the Federal Chancellor of Austria, in his capacity as President of the European Council': one signer, the
    country's office holder, speaking for the institution; the institution's head found apart is the same person."""
    out = list(found)
    for m in CAPACITY_RE.finditer(segment):
        # ("the Prime Minister of Sweden, in his capacity as …", "Sveriges statsminister, i egenskap av …")
        before = [c for _, end, c in find_countries(segment[: m.start()]) if end >= m.start() - MAX_CAPACITY_GAP]
        office = segment[m.end() :].split(",")[0]
        inst = INSTITUTION_RE.search(fold(office))
        organisation = INSTITUTION_BY_ALIAS.get(inst.group(0)) if inst else None
        head = next((s for s in out if s.organisation == organisation and not s.name and not s.country), None)
        if organisation and head and POST_NOMINALS_ONLY_RE.fullmatch(segment[: m.start()].strip(" ,")):
            # "Name, en su calidad de presidente en ejercicio del Consejo Europeo, …": the name before it holds it
            out.remove(head)
            continue
        if not before or not organisation:
            continue
        holder = next((s for s in out if s.country == before[-1] and not s.name), None)
        if head is None or holder is None:
            continue
        out.remove(head)
        out[out.index(holder)] = replace(holder, organisation=organisation)
    return out


def _institution_heads(segment: str, already: list[Signatory]) -> list[Signatory]:
    """'… and the President of the European Commission': an institution's head signing beside countries."""
    out: list[Signatory] = []
    folded = fold(segment)

    def add(role: str | None, organisation: str | None) -> None:
        if organisation and all(s.organisation != organisation for s in [*already, *out]):
            out.append(Signatory(name=None, role=role, organisation=organisation))

    for m in INSTITUTION_RE.finditer(folded):
        organisation = INSTITUTION_BY_ALIAS[m.group(0)]
        if group_countries(organisation):
            continue  # "the Leaders of the Group of Seven": its countries sign, listed on their own
        before = segment[max(0, m.start() - 40) : m.start()]
        if m.start() > 40 and segment[m.start() - 41].isalnum():
            before = re.sub(r"^[\w-]+", "", before)  # (not the end of a word cut in two: "…ierungschefs")
        role_words = [w for w in re.findall(r"[\w/-]+", before) if is_role_word(w)]
        # "the President of the European Commission"; "Ambasadori Upravnog odbora …" (a genitive, no "of")
        if role_words and (
            re.search(
                r"(?i)(?<!\w)(?:of|for|del|della|dello|de|du|des|de la|der|van|von|di|do|da|dos|das|на|της|του|των)\s+(?:the\s+)?$",
                before,
            )
            or before.rstrip().endswith(role_words[-1])
        ):
            if re.search(r"/\s*$", before[: before.rfind(role_words[-1])]):
                continue  # "… Security Policy / Vice-President of the European Commission": the HR/VP's second title
            role, _, _ = clean_role(before[before.rfind(role_words[-1]) :])
            add(role, organisation)
            continue
        # "the EU Delegation in Montenegro", "the EU Special Representative"
        after = re.match(r"\s+((?:[\w-]+\s+){0,2}?[\w/-]+)", segment[m.end() :])
        if after and is_role_word(after.group(1).split()[-1]):
            add(clean_role(after.group(1))[0], organisation)
    for m in re.finditer(r"\bEU\s+((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)", segment):  # "the EU Delegation"
        if is_role_word(m.group(1).split()[-1]):
            add(clean_role(m.group(1))[0], "European Union")
    # "and the European Commissioner for Trade", "e o Comissário Europeu …": a role that belongs to one institution
    high = HIGH_REPRESENTATIVE_RE.search(segment)
    parts = re.split(r"(\s*(?:,|;|&|\b(?:and|e|et|y|und|en|og|och|и|και|és|și|ja)\b)\s*)", segment)
    pieces = parts[:1]
    for sep, piece in zip(parts[1::2], parts[2::2]):
        words = piece.split()
        if words and words[0][:1].isupper() and not any(map(is_role_word, words)) and not find_countries(piece):
            # "the Commissioner for Science and Research": a portfolio's second half, not another office
            if any(map(is_role_word, pieces[-1].split())):
                pieces[-1] += sep + piece
                continue
        pieces.append(piece)
    for piece in pieces:
        if high and "/" in piece:
            continue  # "… Security Policy / Vice-President of the European Commission": the HR/VP's second title
        if not find_countries(piece) and any(is_role_word(w) for w in piece.split()):
            role, _, organisation = clean_role(piece)
            add(role, organisation or organisation_for_role(role))
    return out




# "X and the Y": two offices joined by "and" and an article; each part must hold a role word of its own
OFFICES_JOINED_RE = compile_factored(
    r",?\s+(?:and|et|und|en|e|y)\s+(?=(?:the|la|le|les|der|die|den|het|il|el|lo)\s"
    rf"|{GENITIVE_OFFICE_START})"  # ("del Ministro della Salute e della Commissaria per la Salute …")
)


# a role that leads to the country after it: "… the Prime Ministers of (the Republic of)", "… Cancelliere federale di"
ROLE_OF_END_RE = compile_factored(
    r"(?i)(?<!\w)(?:of|de|du|des|della|dello|di|del|da|do|dos|das|van|von|der|för|af|av|της|του|των|на)\s+"
    r"(?:the\s+|la\s+|le\s+|l'|el\s+)?$"
)


CONJOINED_INSTITUTION_RE = compile_factored(
    "(?i)"
    + "|".join(
        sorted(
            (re.escape(a) for a in INSTITUTION_BY_ALIAS if re.search(r" (?:and|et|und|en) ", a)), key=len, reverse=True
        )
    )
)




def _countryless_offices(pieces: list[str]) -> list[Signatory]:
    """One office named before the countries' own, with no country of its own ('El presidente del Gobierno y el
    canciller federal de Alemania'): the publisher's own head, whose country is settled later (`_home_office`)."""
    out = []
    for piece in pieces:
        words = re.findall(r"[\w/-]+", piece)
        if COMMISSION_MEMBER_RE.search(piece) and _office_length(piece):
            # ("The Member of the Commission responsible for …, the Attorney General of the United States …": an
            # institution's office, before the countries' own)
            role, _, organisation = clean_role(re.sub(rf"{LIST_JOINT_RE.pattern}$", "", piece))
            out.append(Signatory(name=None, role=role, organisation=organisation))
            continue
        if len(words) > MAX_OFFICE_WORDS or not any(
            is_role_word(w) and not PLURAL_ROLE_END_RE.search(w) for w in words[:3]
        ):
            continue
        role, country, organisation = clean_role(re.sub(rf"{LIST_JOINT_RE.pattern}$", "", piece))
        if role and not organisation and is_role_word(role.split()[0]) and (not country or country_for_role(role)):
            out.append(Signatory(name=None, role=role, country=country))  # ("the Taoiseach": its own country)
    return out[:1]


# "… in danski minister …", "… a lucemburský ministr …", "… ir Slovakijos … ministras": "and", then another
# country's office, by its adjective or its name in the genitive
FOREIGN_OFFICE_RE = compile_factored(r"\s+(?:a|i|in|ir|un|ja|és|og|och|en|e|y|et|und|și|и|і|та|και)\s+(?=([^\W\d_]+)((?:\s+\S+){1,3}))")


def _at_foreign_office(segment: str) -> tuple[str, str] | None:
    """An office with no country, 'and', and another country's office: the two apart."""
    if len(segment) > MAX_OFFICE_CHARS:
        return None
    for m in FOREIGN_OFFICE_RE.finditer(segment):
        word, after = m.group(1), m.group(2)
        foreign = nationality_adjective(word) or (find_countries(word) and not is_role_word(word))
        if not foreign or not any(is_role_word(w.strip(",")) for w in [word, *after.split()]):
            continue
        home = segment[: m.start()]
        # (the first office may name its own country by adjective: "Hrvatski ministar … i ciparski ministar …"; or
        # by name, another than the adjective's: "Ministr zemědělství ČR a maďarský ministr …")
        named = [c for _, _, c in find_countries(home)]
        adjective = nationality_adjective(word)
        if not any(is_role_word(w) for w in home.split()) or named and (not adjective or named != [named[0]] or adjective in named):
            continue
        return home, segment[m.end() :]
    return None


def _postposed_roles(segment: str, found: list[tuple[int, int, str]]) -> dict[str, str | None]:
    """'Lietuvos švietimo ir mokslo ministras ir Slovakijos švietimo, … ministras': each country in the genitive
    opens its own office (Baltic, Finnish, Hungarian order); empty unless every country has one."""
    if len(found) < 2 or found[0][0] > 2:
        return {}
    out: dict[str, str | None] = {}
    for k, (_, end, country) in enumerate(found):
        piece = segment[end : found[k + 1][0] if k + 1 < len(found) else len(segment)]
        capacity = CAPACITY_RE.search(piece)  # ("Sveriges statsminister, i egenskap av …")
        words = piece[: capacity.start()].split() if capacity else piece.split()
        last = max((i for i, w in enumerate(words) if is_role_word(w.strip(",.;"))), default=None)
        if last is None:
            return {}
        tail = [w.strip(",") for w in words[last + 1 :] if w.strip(",")]
        if k + 1 < len(found) and not capacity and (len(tail) > 1 or tail and tail[0] not in LIST_CONJUNCTION_WORDS):
            return {}  # ("Greece's Deputy Minister … and a State Secretary at Romania's …": an office runs on)
        out[country] = clean_role(" ".join(words[: last + 1]))[0]
    return out


def _portfolio_goes_on(office: str, piece: str) -> bool:
    """'Maritime Affairs' after 'the Commissioner for Environment': capitalised words with no role, body or country
    of their own, after an office's portfolio ('for …'), are more of it."""
    words = piece.split()
    return bool(
        words
        and len(words) <= MAX_PORTFOLIO_PIECE_WORDS
        and all(w[:1].isupper() for w in words if len(w) > 3)
        and PORTFOLIO_FOR_TAIL_RE.search(office)
        and not any(is_role_word(w) for w in words)
        and not INSTITUTION_RE.search(fold(piece))
        and not find_countries(piece)
    )


# an office with its portfolio: "Commissioner for Environment", "Commissioner for International Cooperation"
PORTFOLIO_FOR_TAIL_RE = compile_factored(
    r"(?i)\b(?:commissioner|minister|secretary)\s+(?:for|of)\s+(?:the\s+)?[A-Z][^;]*$"
    r"|\b(?:υπουργ|υφυπουργ)\w*\s+[Α-ΩΆ-Ώ][^;]*$"  # (Greek: the portfolio in the genitive, "Υπουργός Υποδομών")
)
MAX_PORTFOLIO_PIECE_WORDS = 4
PLURAL_FOR_RE = compile_factored(r"(?:the\s+)?\b(?P<role>Commissioners|Ministers)\s+for\s+(?P<a>[^,;]+?)\s+and\s+for\s+")
VICE_PRESIDENT_OF_COMMISSION_RE = compile_factored(r"(?i)(?:the\s+)?vice-president\s+of\s+the\s+(?:european\s+)?commission$")


# between the items of a list of offices (kept by split): the Slavic "a" only before an office ("komisár pre … a
# prezident Európskej centrálnej banky"), the Romance "e"/"y" only before an article ("… do Conselho Europeu e o
# presidente …") or a genitive office ("… del Ministro della Salute e della Commissaria …")
LIST_SEPARATOR_RE = compile_factored(
    r"(\s*(?:,|;|\band\b|\bet\b|\ben\b|\bund\b|\bog\b|\boch\b|\bja\b|\bκαι\b|&|\ba\b(?=\s+(?:prezident|predsed|komis|minist))"
    r"|\b[ey]\b(?=\s+(?:o|a|os|as|il|la|lo|l'|el|los|las)\s)"
    rf"|\b[ey]\b(?=\s+{GENITIVE_OFFICE_START}))\s*)"
)


def _unnamed(segment: str, notes: tuple[Line, ...], org_default: str | None) -> list[Signatory]:
    """Signers in a stretch of the list that names no person: groups, countries, institutions."""
    out: list[Signatory] = []
    segment = segment.strip(" ,;")
    if not segment:
        return out
    # "the Commissioners for International Cooperation and Development and for Health …": one office each
    segment = PLURAL_FOR_RE.sub(
        lambda m: f"the {m.group('role')[:-1]} for {m.group('a')} and the {m.group('role')[:-1]} for ", segment
    )
    marker = MARKER_RE.search(segment)
    if marker:
        note = _note_for(marker.group(1), notes)
        if note:
            # "the Commissioner for Energy and the Energy Ministers of the CESEC region*": the office before the
            # group signs beside its members
            *offices, group = OFFICES_JOINED_RE.split(segment[: marker.start()])
            role, _, _ = clean_role(group)
            out = []
            for office in offices:
                o_role, o_country, o_org = clean_role(office)
                if o_role and any(is_role_word(w) for w in o_role.split()):
                    out.append(
                        Signatory(
                            name=None,
                            role=o_role,
                            country=o_country,
                            organisation=o_org or organisation_for_role(o_role),
                        )
                    )
            return out + list(_group_members(note, role))
    split = _at_foreign_office(segment)
    if split:
        # "Minister za kmetijstvo, gozdarstvo in prehrano in danski minister za okolje …": the home office (its
        # country is the site's), then the other country's, named by its adjective or genitive
        home, other = split
        # (not an agency's place and name, nor when and where before the office, nor a reflexive after the other:
        # "Praha (ČTK) – V úterý v Brně ministr … a maďarský ministr … se …")
        home, other = _without_when_where(AGENCY_LEAD_RE.sub("", home)), REFLEXIVE_END_RE.sub("", other)
        h_role, h_country, h_org = clean_role(home)
        first = [Signatory(name=None, role=h_role, country=h_country, organisation=h_org)] if h_role else []
        return first + _unnamed(other, notes, org_default)
    # "the Embassies of A, B and C in Montenegro": a country after "in" or "to" is where they sit, not a signer
    found = find_countries(segment)
    # (but "Slovenije in Danske", nothing but countries: Slovenian "in" is "and")
    only_countries = len(found) >= 2 and not re.sub(
        r"\s*(?:,|\bin\b|\bi\b|\ba\b)\s*", "", "".join(segment[e : s2] for (_, e, _), (s2, _, _) in zip(found, found[1:]))
    ) and not segment[: found[0][0]].strip() and not segment[found[-1][1] :].strip()
    countries = [c for start, _, c in found if only_countries or not LOCATION_BEFORE_RE.search(segment[:start])]
    groups = group_countries(segment)
    if countries or groups:
        first = min(
            [m.start() for m in [COUNTRY_GROUP_RE.search(segment)] if m] + [c[0] for c in find_countries(segment)][:1]
        )
        *before, own = OFFICE_SPLIT_RE.split(segment[:first])
        # ("signed this morning by delegates of A, B and C"; "Kryeministrat e Republikës së A dhe …": the link to the
        # first state is no part of the office)
        role, _, _ = clean_role(STATE_OF_END_RE.sub("", AGENT_BY_RE.split(own)[-1]))
        out.extend(_countryless_offices(before))  # "El presidente del Gobierno y el canciller … de Alemania"
        after_last = segment[max(end for _, end, _ in found) :] if found else ""
        if role is None and any(is_role_word(w) for w in after_last.split()[:3]):
            role, _, _ = clean_role(after_last)  # "Suomen, Maltan ja Sveitsin ulkoministerit": the countries first
        if role is None:  # "the E3 Foreign Ministers", "Sveriges försvarsminister"
            role, _, _ = clean_role(re.sub(r"(?i)^.*?\b(?:E3|G7|NB8|V4)\b", "", segment))
        # "the President of Cyprus, the President of France, the Prime Ministers of Croatia, Greece …": a role
        # between two countries is the next countries' own
        roles: dict[str, str | None] = {}
        current, prev_end = role, None
        for start, end, country in found:
            between = segment[prev_end:start] if prev_end is not None else ""
            if ROLE_OF_END_RE.search(between) and any(is_role_word(w) for w in re.findall(r"[\w/-]+", between)):
                current = clean_role(OFFICE_SPLIT_RE.split(between)[-1])[0] or current
            roles.setdefault(country, current)
            # "the US Secretary of State", "Canada's Prime Minister": the country before its own office
            post = COUNTRY_THEN_OFFICE_RE.match(segment, end)
            before = segment[max(0, start - 5) : start].split()[-1:]  # "the US Secretary …", "… och USA:s president"
            opens = not before or before[0].lower() in ("the", ",", *LIST_CONJUNCTION_WORDS) or before[0].endswith(",")
            if post and opens and any(
                map(is_role_word, post.group("office").split()[:2])
            ):
                roles[country] = clean_role(post.group("office"))[0] or roles[country]
            prev_end = max(prev_end or 0, end)
        roles.update(_postposed_roles(segment, found))
        for country in [*countries, *groups]:
            if all(s.country != country for s in out):
                out.append(Signatory(name=None, role=roles.get(country, role), country=country))
        if HIGH_REPRESENTATIVE_RE.search(segment):
            out.append(Signatory(name=None, role="High Representative", organisation="European Union"))
        out.extend(_institution_heads(segment, out))
        out = _in_capacity(segment, out)
        # "The Ambassadors of France, Portugal, the United States and the European Union": an institution in the list
        items = SEPARATOR_RE.split(segment)
        for i, item in enumerate(items):
            key = fold(ARTICLES_RE.sub("", item.strip(" *"))).strip()
            # ("… en de Europese Commissie het communiqué … ondertekend": the list's last item runs on into the verb's
            # object)
            opening = INSTITUTION_RE.match(key) if i == len(items) - 1 else None
            # "l'Ufficio dell'Unione europea in Kosovo", "the Office of the European Union": the body's office
            office = OFFICE_OF_RE.match(key)
            opening = opening or (INSTITUTION_RE.match(key, office.end()) if office else None)
            organisation = (
                INSTITUTION_BY_ALIAS.get(key)
                or (INSTITUTION_BY_ALIAS[opening.group(0)] if opening else None)
                or _named_at_end(item)
            )
            if organisation and not group_countries(organisation) and all(x.organisation != organisation for x in out):
                out.append(Signatory(name=None, organisation=organisation))
        return out
    titled: list[tuple[int, Signatory]] = []  # offices whose title alone names their institution, and where
    # "the European Bank for Reconstruction and Development": no list's "and" inside an institution's name
    joined = _glue(segment, [m.span() for m in CONJOINED_INSTITUTION_RE.finditer(segment)])
    # (the Slavic "a" only before an office: "komisár pre … a prezident Európskej centrálnej banky")
    pieces = LIST_SEPARATOR_RE.split(joined)
    items = [pieces[0]]
    for sep, piece in zip(pieces[1::2], pieces[2::2]):
        if _portfolio_goes_on(items[-1], piece):
            items[-1] += sep + piece  # "the Commissioner for Environment, Maritime Affairs and Fisheries"
        else:
            items.append(piece)
    items_after = [_unglue(x) for x in items[1:]]  # the item after each
    for i, item in enumerate(items):
        item = _unglue(item).rstrip(" :.")  # ("… a prezident Európskej centrálnej banky:" over the text)
        vice = VICE_PRESIDENT_OF_COMMISSION_RE.match(item)
        high = next((m for x in items[:i] if (m := HIGH_REPRESENTATIVE_RE.search(x))), None) if vice else None
        if high:
            # "the High Representative … and Vice-President of the European Commission": one office, the HR/VP's
            hr = [t for t in titled if t[1].organisation == EU]
            titled = [t for t in titled if t not in hr]
            if all(s.organisation != EU for s in out):
                out.append(hr[0][1] if hr else Signatory(name=None, role=high.group(0), organisation=EU))
            continue
        if ESSIVE_ROLE_RE.search(item) and is_role_word(item.split()[-1]):
            continue  # "Euroopan unionin neuvoston puheenjohtajana": as the Council's chair, a capacity
        # ("de l'Union africaine, de la CEDEAO et des Nations Unies": the genitive's preposition goes too)
        key = fold(ARTICLES_RE.sub("", LEADING_OF_RE.sub("", item.strip(" *")))).strip()
        # "Chisinau - The European Union": an institution closing the item (a dateline may come before it)
        inst = INSTITUTION_RE.search(key)
        head = False
        if (
            key in INSTITUTION_BY_ALIAS
            or inst
            and inst.end() == len(key)
            and re.search(r"[-–—:]\s*(?:the\s+)?$", key[: inst.start()])
            or inst
            and inst.start() == 0  # "the Council of the Baltic Sea States Ministerial Session in Wismar"
            or inst
            and _office_of(key) == inst.start()  # "the members of the European Council"
            or (head := _head_of(key, inst, item))
        ):
            organisation = (
                INSTITUTION_BY_ALIAS[key] if key in INSTITUTION_BY_ALIAS else INSTITUTION_BY_ALIAS[inst.group(0)]
            )
            if all(s.organisation != organisation for s in out):
                words = item.split()
                at = next((k for k, w in enumerate(words) if is_role_word(w)), 0)
                role = clean_role(" ".join(words[at:]))[0] if head else None  # ("dem Präsidenten des …")
                out.append(Signatory(name=None, role=role, organisation=organisation))
        elif (named := _named_at_end(item)) and all(s.organisation != named for s in out):
            out.append(Signatory(name=None, organisation=named))
        elif any(map(is_role_word, ARTICLES_RE.sub("", item).split()[:2])) or is_role_word((item.split() or [""])[-1]):
            # (or its last: "oikeus- ja sisäasioista vastaava komissaari", the portfolio first)
            # "komisár pre hospodárske a menové záležitosti", "the European Commissioner for …" among other
            # institutions' offices (before or after them): its own institution, by its title
            by_role = organisation_for_role(item)
            presidency = _capacity_country(items_after[i]) if i < len(items_after) else None
            if by_role:
                titled.append((len(out), Signatory(name=None, role=clean_role(item)[0], organisation=by_role)))
            elif presidency:
                # "Die Bundeskanzlerin, in ihrer Funktion als Vertreterin der deutschen EU-Ratspräsidentschaft, …":
                # the country whose presidency the office holder represents
                titled.append((len(out), Signatory(name=None, role=clean_role(item)[0], country=presidency)))
            elif GOVERNMENT_HEAD_RE.match(clean_role(item)[0] or "") and not any(clean_role(item)[1:]):
                # "o Primeiro-Ministro, na qualidade de Presidente do Conselho Europeu, e o Presidente da Comissão
                # Europeia": a head of government of no country named, the site's own (`_home_office` gives it the
                # site's country)
                titled.append((len(out), Signatory(name=None, role=clean_role(item)[0])))
    if out:  # each in its place in the list
        for at, office in reversed(titled):
            # (the body itself, or one of its offices: "… the Commissioner for Health and Food Safety" beside the
            # Commissioner for Development is another)
            if all(s.organisation != office.organisation or s.role and s.role != office.role for s in out):
                out.insert(at, office)
    elif len(titled) == 1 and LEADING_AND_BY_RE.match(segment):
        # "… Name ja oikeus- ja sisäasioista vastaava komissaari antoivat …": the list's last signer, by office
        out = [titled[0][1]]
    high = HIGH_REPRESENTATIVE_RE.search(segment) if out else None
    if high and all(s.organisation != EU for s in out):
        # "la Haute représentante …, au nom de l'Union européenne, et du Secrétaire Général du Conseil de l'Europe"
        out.insert(0, Signatory(name=None, role=high.group(0), organisation=EU))
    if not out:
        # "litewska minister spraw wewnętrznych i łotewska minister …": offices named by their nationality
        offices: list[tuple[str, str]] = []  # (country, its office's words: "ministra del Mare, dei Trasporti …")
        first_pieces: list[str] = []
        for piece in LIST_JOINT_RE.split(segment):
            words = piece.split()
            country = next((c for w in words[:3] if w.islower() and (c := nationality_adjective(w))), None)
            if country and any(is_role_word(w) for w in words) and all(c != country for c, _ in offices):
                offices.append((country, piece))
            elif offices:
                offices[-1] = (offices[-1][0], offices[-1][1] + piece)
            else:
                first_pieces.append(piece)
        for country, text in offices:
            role = clean_role(re.sub(rf"{LIST_JOINT_RE.pattern}$", "", text))[0]
            out.append(Signatory(name=None, role=role, country=country))
        if offices:  # "Die Bundeskanzlerin und der französische Staatspräsident"
            out[:0] = _countryless_offices(["".join(first_pieces)])
        if len(out) == 1 and not re.search(rf"(?i)\b(?:{LIST_CONJUNCTIONS})\b", segment):
            out = []  # one office alone in a stretch of text: not a list of signers
    if not out:  # "Čelnici država članica Europske unije": the Union's leaders are the European Council's members
        role, _, organisation = clean_role(segment)
        if organisation == "European Council" and role and EU_LEADERS_RE.search(role):
            return [Signatory(name=None, role=role, organisation=organisation)]
    role_words = [w for w in re.findall(r"[\w/-]+", segment) if is_role_word(w)]
    singular = [w for w in role_words if not PLURAL_ROLE_END_RE.search(w)]
    if not out and singular:  # a plural group with no footnote names nobody: nothing to record
        # "the High Representative and the Commissioner for Enlargement": two offices, each signing
        offices = [p for p in OFFICES_JOINED_RE.split(segment) if p.strip()]
        if len(offices) < 2 or not all(set(re.findall(r"[\w/-]+", p)) & set(singular) for p in offices):
            offices = [segment]
        for office in offices:
            role, country, organisation = clean_role(office)
            if role:
                organisation = (
                    org_default or organisation or (organisation_for_role(role) if len(offices) > 1 else None)
                )
                out.append(Signatory(name=None, role=role, country=country, organisation=organisation))
    return out


AND_OFFICE_RE = compile_factored(
    r"\s+(?:and|et|und|e|y|en|i|og|och)\s+(?:the\s+|la\s+|le\s+|der\s+|die\s+|il\s+|el\s+|de\s+|het\s+)?"
    r"(?:[\w-]+\s+)??(?P<word>[\w/-]+)"
)


DASHED_MEMBERS_RE = compile_factored(r"\s[–—]\s?(?P<members>[^–—]{10,800}?)\s?[–—],?\s+(?P<after>\S+(?:\s+\S+){0,2})")
MIN_DASHED_MEMBERS = 3
HYPHENED_MEMBERS_RE = compile_factored(  # (or spaced: "… nove Paesi dell'Unione europea - Italia, …, e Slovenia - hanno …")
    r"\s-\s?(?=\S)(?P<members>[^–—-]{10,800}?)(?<=\S)\s?-\s+(?P<after>\S+(?:\s+\S+){0,2})"
)
# "the States Parties of Mercosur – …": states as such, who hold no office
STATES_WORDS = {"states", "estados", "états", "etats", "stati", "staaten", "państwa", "države", "countries", "países"}
MAX_OFFICE_CHARS = 160  # institutions listed after the dashed states, before the verb
# a group's members that are no office of their own
REPRESENTATIVE_WORDS = {
    "representatives",
    "représentants",
    "representantes",
    "rappresentanti",
    "vertreter",
    "vertegenwoordigers",
    "företrädare",
    "repræsentanter",
    "representanter",
    "przedstawiciele",
    "zástupci",
    "predstavnici",
    "εκπρόσωποι",
}


def _hyphened_members(sentence: str) -> re.Match | None:
    """The first pair of hyphens around two or more countries (a news dateline's hyphen may come before it:
    "BRUXELLES - I capi di Stato … di nove Paesi - Italia, Francia, … e Slovenia - hanno firmato …")."""
    first = None
    for dash in re.finditer(r"\s-", sentence):
        m = HYPHENED_MEMBERS_RE.match(sentence, dash.start())
        if m and len(find_countries(m.group("members"))) >= MIN_DASHED_MEMBERS:
            return m
        first = first or m
    return first


def _dashed_offices(dashed: re.Match, registry: PeopleRegistry) -> list[Signatory]:
    """'Representatives of the Group – the Secretary-General of A, the Foreign Minister of B, … and the Commissioner
    for C – met today …': the offices between the dashes, each of its country or body, are who met and speak."""
    if not PREDICATE_RE.match(dashed.group("after")) or dashed.group("after")[:1].isupper():
        return []
    offices = _from_list(dashed.group("members"), (), registry)
    if len(offices) < MIN_DASHED_MEMBERS or not all(
        s.role and (s.country or s.organisation) and len(s.role.split()) <= MAX_DASHED_OFFICE_WORDS for s in offices
    ):
        return []
    # (each its own office: not one group's office shared out, "– the Presidents of A, B and C –")
    return offices if 2 * len({s.role for s in offices}) >= len(offices) else []


MAX_DASHED_OFFICE_WORDS = 8


def _dashed_subject(sentence: str, dashed: re.Match) -> list[Signatory]:
    """'Les ministres de l'Intérieur de douze États membres – la France, …, et la Suède – ont adopté …', 'Los
    representantes de los dieciocho Estados miembros que han ratificado … —Alemania, …— se han reunido': the states
    between the dashes are the subject of the sentence's verb, and sign as the office that opens it (when the subject
    as read otherwise ends before the dashes, at a relative clause's verb)."""
    after = re.sub(r"^\s*[–—-],?\s*", "", sentence[dashed.end("members") :])
    verb = next((m for m in PREDICATE_RE.finditer(after[:MAX_OFFICE_CHARS]) if not m.group(0)[0].isupper()), None)
    if not verb:
        return []
    # "… et la Finlande –, la Commission européenne et l'Institut monétaire européen sont convenus": institutions
    # listed after the dashes, before the verb, are of the subject too
    listed = re.sub(r"(?i)^(?:and|et|und|y|e|en|i|og|och|a)\s+", "", after[: verb.start()])  # ("- y la Comisión")
    more = _from_list(listed, (), PeopleRegistry()) if verb.start() else []
    if verb.start() and not (
        re.fullmatch(r"(?:se|si|sich|zich|sig|się)\s+", after[: verb.start()])
        or more
        and all(s.organisation and not s.name and not s.country for s in more)
    ):
        return []
    subject = _subject_text(sentence)
    if subject and len(subject) >= dashed.end("members"):
        held = {(s.country, s.organisation) for s in _from_list(subject, (), PeopleRegistry())}
        wanted = {(c, None) for _, _, c in find_countries(dashed.group("members"))}
        if wanted | {(None, s.organisation) for s in more if s.organisation} <= held:
            return []  # the subject as read otherwise holds them all
    opening = sentence[: dashed.start()].split()[:5]
    at = next((i for i, w in enumerate(opening) if is_role_word(w)), None)
    states = at is None and any(w.lower() in STATES_WORDS for w in opening)
    if at is None and not states:
        return []
    office = "" if states else MEMBER_STATES_TAIL_RE.sub("", " ".join(sentence[: dashed.start()].split()[at:])).strip(" ,")
    two_offices = re.search(r"\s(?:and|et|und|y|e|en|i)\s+(?:the|les|die|los|las|le|la|de|i|gli|os|as)\s", office)
    role = (
        None
        if not office or office.lower() in REPRESENTATIVE_WORDS or not _office_length(office) or two_offices
        else singular_role(office)
    )
    members = [Signatory(name=None, role=role, country=c) for _, _, c in find_countries(dashed.group("members"))]
    return members + [s for s in more if s.organisation]


AGENT_BY_RE = compile_factored(r"(?i)(?:^|\s)(?:by|par|por|door)\s+(?=\S)")
# "The delegation of Saint Kitts and Nevis was led by the Minister …, Name, and the European Union delegation by the
# Ambassador …": who led each side's delegation speaks for it
LED_BY_RE = compile_factored(
    r"(?i)\b(?:delegation|délégation|delegación|delegação|delegazione|delegatie|delegacij\w*|delegáci\w*|delegac\w*)"
    r"\b[^.;]{0,60}?\b(?:was|were|is|est|a été|fue|foi|è stata|wurde|werd)\s+(?:led|headed|conduite|dirigée|encabezada"
    r"|presidida|chefiada|guidata|geleitet|geleid)\s+(?:by|par|por|pela|pelo|da|dal|dalla|von|door)\s+"
    r"(?P<list>(?:[^.;]|(?<=\b[A-Z])\.)+)"
    r"(?P<fi_list>(?!x)x)?"
)
AND_BY_RE = compile_factored(r"(?i)\s*,?\s*(?:and|et|und|e|y|en|och|og)\s+(?:by|par|von|por|pel[oa]s?|da|door|av|af)\s+")
GOVERNMENT_RE = compile_factored(
    r"(?i)(?:the\s+)?(?:\w+\s+)?(?:government|gouvernement|regierung|regering|regjering|gobierno|governo|vlada|vláda|rząd"
    r"|κυβέρνηση|правителство|влада)\b"
)


# a list's lead-in before its colon: "the following members of the ICG:", "les membres suivants :", "die folgenden
# Staaten:", "de volgende landen:"
FOLLOWING_LEAD_RE = compile_factored(
    r"(?i)^\s*(?:(?:the\s+)?following\s+[^:,;]{0,60}|(?:les|des)\s+\w+\s+suivant\w*|(?:die\s+)?folgenden\s+[^:,;]{0,40}"
    r"|de\s+volgende\s+[^:,;]{0,40})\s*:\s*"
)


PARAGRAPH_NUMBER_RE = compile_factored(r"^\s*\d{1,2}[.)]\s+")
# one holder's second office, after "and" with no article: "the Prime Minister of Sweden and President-in-Office
# of the European Council, the President of …"
SECOND_OFFICE_RE = compile_factored(
    r"\s+and\s+(?!the\s|a\s|an\s|by\s)(?P<office>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+of\s+the\s+[^,;]+?)(?=,|;|\s+and\s+the\s|$)"
)


def _second_office_of_one(text: str) -> str:
    """The list without an office that a country's office holder also holds (its institution named after 'of the')."""
    for m in SECOND_OFFICE_RE.finditer(text):
        before = find_countries(text[max(0, m.start() - 40) : m.start()])
        if (
            before
            and before[-1][1] == min(40, m.start())  # (the country closes the first office)
            and is_role_word(m.group("office").split()[0])
            and INSTITUTION_RE.search(fold(m.group("office")))
        ):
            return text[: m.start()] + text[m.end() :]
    return text


# the place of those a list names, at its end: "… in the United Republic of Tanzania" (with its article: Slovenian
# and Croatian "in" is "and")
LIST_PLACE_END_RE = compile_factored(r"\s+in\s+the\s+(?P<place>[A-Z][^,;:]*?)\s*$")
# a delegation's or an embassy's posting: "the Delegation of the European Union to Nepal and Bhutan issues …"
POSTED_TO_RE = compile_factored(
    r"\b(?P<body>(?:Delegation|Embassy|Mission|Representation|Office)\s+of\s+the\s+(?:European\s+Union|EU))\s+to\s+"
    r"(?:the\s+)?[A-Z][^,;:]*?(?=\s+(?:issues?|issued|makes?|made|releases?|released)\b"
    # (or before the embassies that sign beside it: "… to the Republic of X and the Embassies of A, B …")
    r"|\s+and\s+the\s+(?:Embass|Mission|Head|Representation|Ambassador))"
)
# an office's remit in brackets, a list of places or bodies: "the EU Special Representative (Horn of Africa, Red Sea and IGAD)"
OFFICE_REMIT_RE = compile_factored(rf"(?P<office>\b[^\W\d_]+)\s*\((?=[^()]*(?:,|\s(?:{LIST_CONJUNCTIONS})\s))[^()]*\)")


# "Magyarország részéről Name …, szerb részről Name …": each signer after the country it signs for, a postposition
FOR_PART_AFTER_RE = compile_factored(
    r"(?:^|,\s+|\s+(?:és|ja)\s+|(?<=\s))(?:az?\s+)?(?P<who>[^\W\d_][\w-]*(?:\s[^\W\d_][\w-]*)?)\s+(?:részéről|részről)\s+"
)

HUNGARIAN_SIGNED_RE = compile_factored(r"\s+(?:írt(?:a|ák)\s+alá|aláírt\w*)\b")


COUNTERPART_WORDS = (
    r"counterparts?|homologues?|homólog[oa]s?|omolog\w*|amtskolleg\w*|ambtgeno\w*|protějš\w*|náprotiv\w*|odpowiedni\w*"
    r"|kolleg\w*|koleg\w*|ομόλογ\w*"
)
COUNTERPART_LOW_RE = compile_factored(rf"\b(?:{COUNTERPART_WORDS})")
# "the Czech interior minister and his Austrian counterpart", "ministr zemědělství a jeho polský protějšek", "le ministre
# … et son homologue allemand": a second office, the first's role in another country (by its adjective)
WITH_COUNTERPART_RE = compile_factored(
    r"(?i)\s+(?:and|et|und|e|y|i|a|és|og|och|en|ja|și|и|oraz|και)\s+"
    r"(?:(?:his|her|their|son|sa|ses|leur|seine[mnr]?|ihre[mnr]?|il\s+suo|la\s+sua|su|seu|sua|o\s+seu|a\s+sua|jeho|její|jej|jego"
    r"|njegov\w*|njezin\w*|hans|hennes|sin|zijn|haar|του|της)\s+)?"
    rf"(?:(?P<adj>[^\W\d_]+)\s+)?(?P<word>{COUNTERPART_WORDS})(?:\s+(?P<after>[^\W\d_]+))?\s*(?=$|,)"
)


def _with_counterpart(text: str) -> list[Signatory] | None:
    """An office, 'and', and its holder's counterpart of another country named by adjective: both offices, the same
    role; else None."""
    m = WITH_COUNTERPART_RE.search(text)
    if not m or names_in(text, NO_REGISTRY):
        return None  # (named signers are read with their own offices: "… and his Dutch counterpart, Name, …")
    other = next(
        (c for w in (m.group("adj"), m.group("after")) if w and (c := nationality_adjective(w.lower()) or _country_of(w))),
        None,
    )
    role, country, organisation = clean_role(text[: m.start()])
    if not other or not role or organisation or other == country or not any(map(is_role_word, role.split())):
        return None
    return [Signatory(name=None, role=role, country=country), Signatory(name=None, role=role, country=other)]


def _country_of(word: str) -> str | None:
    """The country an English adjective in capitals names ("Polish"), read as find_countries reads it."""
    found = find_countries(word)
    return found[0][2] if len(found) == 1 else None


CAPITAL_DATELINE_RE = compile_factored(r"^\s*([^\W\d_][\w .'-]{1,30}?),?\s\([A-Z][\w/]{1,10}\)\s*[:–—-]\s*")


def _for_parts(text: str, notes: tuple[Line, ...], registry: PeopleRegistry) -> list[Signatory] | None:
    """A list of two or more parts that each open with the country they sign for, as a postposition: each part's
    signers, with its country; else None."""
    text = HUNGARIAN_SIGNED_RE.split(text, maxsplit=1)[0]  # ("…, szerb részről Name külügyminiszter írta alá.")
    parts = list(FOR_PART_AFTER_RE.finditer(text))
    lead = text[: parts[0].start()] if parts else ""
    if len(parts) < 2 or names_in(lead, registry) or any(is_role_word(w) for w in lead.split()):
        return None  # (what the sentence says before the first part names no one: "A nyilatkozatot …")
    out: list[Signatory] = []
    for part, following in zip(parts, [*parts[1:], None]):
        who = part.group("who")
        country = next((c for _, _, c in find_countries(who)), None) or nationality_adjective(who.split()[-1])
        found = _from_list(text[part.end() : following.start() if following else len(text)], notes, registry)
        out += [replace(s, country=s.country or country) for s in found]
    return out


def _from_list(text: str, notes: tuple[Line, ...], registry: PeopleRegistry) -> list[Signatory]:
    lead = CAPITAL_DATELINE_RE.match(text)
    if lead and lead.group(1).isupper():
        text = text[lead.end() :]  # "TROMSØ (NTB): Norway's Minister …": the agency's place, no signer
    paired = _with_counterpart(text) if COUNTERPART_LOW_RE.search(text.lower()) else None
    if paired:
        return paired
    if "rész" in text:
        parts = _for_parts(text, notes, registry)
        if parts is not None:
            return parts
    later: list[Signatory] = []  # signers named after an "on behalf of" body, read on their own
    governed: list[str] = []  # the country whose government they sign on behalf of
    text = FOLLOWING_LEAD_RE.sub("", text, count=1)  # ("the following members of the ICG: the European Union, …")
    text = PARAGRAPH_NUMBER_RE.sub("", text, count=1)  # ("1. The European Union and the Republics of …")
    text = POSTED_TO_RE.sub(r"\g<body>", text)  # ("the Delegation of the European Union to A and B": where, not who)
    where = LIST_PLACE_END_RE.search(text)
    if where and find_countries(where.group("place")) and find_countries(text[: where.start()]):
        text = text[: where.start()]  # ("… and the Embassies of A, B and C in the Republic of X issue …": where they are)
    text = OFFICE_REMIT_RE.sub(lambda m: m.group(0) if not is_role_word(m.group("office")) else m.group("office"), text)
    text = shared_offices(text, registry)  # ("the French and German foreign ministers, Name and Name": each one's)
    text = _without_assistant(text)
    out = _from_list_once(text, notes, registry, later, governed)
    if governed:
        out = [replace(s, country=governed[0]) if s.name and not s.country else s for s in out]
    return out + later


ADDRESSED_TO_RE = compile_factored(
    r"(?i),?\s+(?:(?:and|e|et|y|und|en)\s+)?(?:addressed to|dirigid[oa]s? a|dirigid[oa]s? ao|dirigid[oa]s? à"
    r"|adressée?s? à|adressée?s? au|indirizzat[oa] a\w*|gerichtet an)\b"
)


def _joined_by_and(text: str, piece: str) -> bool:
    """Whether `piece` follows an "and" and an article in `text` ("… és az Európai Bizottság … biztosa")."""
    at = text.find(piece)
    return at > 0 and (AND_ARTICLE_END_RE.search(text[:at]) is not None or AND_START_RE.match(piece) is not None)


AND_ARTICLE_OFFICE_RE = compile_factored(r"(?i)\s(?:and|et|und|en|e|y)\s+(?=(?:the|la|le|der|die|de|het|il|el|o)\s+[^,]*$)")
AND_ARTICLE_END_RE = compile_factored(r"(?i)\s(?:and|et|und|e|y|és|en)\s+$")
AND_START_RE = compile_factored(r"(?i)\s*(?:and|et|und|e|y|és|en)\s+(?:the|la|le|les|der|die|az|a|il|el|o|het|de)\s")
# a role of small-letter words right after a name, no comma between: "Name nemzeti fejlesztési miniszter,"
BARE_ROLE_AFTER_RE = compile_factored(
    r"(?:\s+[^\W\d_A-ZÁÉÍÓÖŐÚÜŰĽŠČŽŘ]+){1,4}(?=,|\s+(?:és|a|i|and)\s+[^\W\d_a-z])"
)
# the same before another signer's office: "Name agrárminiszter és a Horvát Köztársaság … minisztere"
BARE_ROLE_BEFORE_OFFICE_RE = compile_factored(
    r"(?:\s+[^\W\d_A-ZÁÉÍÓÖŐÚÜŰĽŠČŽŘ]+){1,6}?(?=\s+(?:és|and)\s+(?:az?|the)\s+[^\W\d_a-z])"
)
# small-letter words after a name up to a comma or the sentence's end: "Name belügyminiszter, …"
BARE_ROLE_CLOSED_RE = compile_factored(r"(?:\s+[^\W\d_A-ZÁÉÍÓÖŐÚÜŰĽŠČŽŘ]+){1,4}(?=\s*(?:[,.;]|$))")
# or all the list holds after its one name: "Name belügyminiszter"
BARE_ROLE_ALONE_RE = compile_factored(r"(?:\s+[^\W\d_A-ZÁÉÍÓÖŐÚÜŰĽŠČŽŘ]+){1,4}")
ROLE_AFTER_RE = compile_factored(rf"\s*,\s*(?!\s|(?:{LIST_CONJUNCTIONS})\s)(?P<role>[^,;]+)")


OFFICE_THEN_AND_RE = compile_factored(rf"(?P<office>.+?)\s+(?:{LIST_CONJUNCTIONS})$")


def _office_and_name(opening: str, after: str, registry: PeopleRegistry) -> Signatory | None:
    """'the Minister of Health and Name, Special Envoy of …': one office before 'and', then a name with its own role
    after a comma: the office is another signer's, unnamed."""
    m = OFFICE_THEN_AND_RE.fullmatch(opening)
    if not m or "," in m.group("office") or not any(is_role_word(w.strip(",")) for w in after.split()):
        return None
    office = m.group("office")
    role, country, organisation = clean_role(office)
    if not role or not is_role_word(role.split()[0]) or not _office_length(office) or names_in(office, registry):
        return None
    return Signatory(name=None, role=role, country=country, organisation=organisation)


def _office_before_pairs(text: str, names: Sequence[Name], registry: PeopleRegistry) -> Signatory | None:
    """An office before the first of several 'Name, Role' pairs (every name has a role after it, the last name comes
    after 'and') when it cannot be that name's own: it is another country's or institution's than the role after
    the name."""
    if not re.search(r",\s*$", text[: names[0].start]) or not GLUE_AND_RE.search(text[: names[-1].start]):
        return None  # ("Office, Name, Office, Name and …": each office before its name)
    own = [ROLE_AFTER_RE.match(text, n.end) for n in names]
    if not all(own) or not all(clean_role(m.group("role"))[0] for m in own[1:]):
        return None
    office = text[: names[0].start].strip(" ,")
    o_role, o_country, o_org = clean_role(office)
    a_role, a_country, a_org = clean_role(own[0].group("role"))
    if not (o_role and a_role):
        return None
    if not ((o_country or o_org) and (a_country or a_org)) or (o_country, o_org) == (a_country, a_org):
        return None
    if not _office_length(office) or names_in(office, registry):
        return None
    return Signatory(name=None, role=o_role, country=o_country, organisation=o_org)


# a member's party and state, or a US lawmaker's party and state, in brackets after the name: "(EPP, DE)", "(R-Ohio)"
PARTY_BRACKET_RE = compile_factored(r"\s*\((?:[A-Z][\w&/-]{0,9}(?:\s[A-Z][\w&/-]{0,9}){0,2},\s*[A-Z]{1,3}|[RDI]-[A-Z][\w.]+|[A-Z])\)")  # (and "(V)"; the older codes: "(PSE, IRL)", "(PPE, D)")


CO_CHAIRS_RE = compile_factored(r"(?i)\bco-?(?:chair|president)\w*")
CHAIRS_RE = compile_factored(
    r"(?i)\b(?:co-?chair\w*|co-?presidents?|heads? of (?:the (?:two )?)?delegations?|chefs? de (?:la )?délégation"
    r"|jefes? de (?:la )?delegación|chefes? de delegação|capi (?:della )?delegazione|delegationsleiter\w*"
    r"|delegatieleiders?)\b"
)
ISSUED_RE = compile_factored(
    r"(?i)\b(?:issued|agreed|adopted|released|approved|publi(?:é|ée|erten|eerden)|adopt(?:é|ée|aron|arono|aram)"
    r"|emitieron|emitiram|verabschiedet\w*|veröffentlicht\w*)\b"
)
CHAIRED_BY_RE = compile_factored(
    r"(?i)\b(?:co-?chaired|chaired|co-?presided(?: over)?|presided over|co-?led|coprésidée?|copresidid[oa]"
    r"|copresiedut[oa]|co-?presidid[oa])\s+(?:by|par|por|da|dal|dalla|pelo|pela)\s+"
    # (to the sentence's end, whose abbreviations were told apart already: "…, Ma. Corazon …"; not who issued it)
    rf"(?P<list>[^;]+?)(?=,?\s+(?:who|qui|quien|que|die|der|welche|{PRESENCE})\s|\.?\s*$)(?P<fi_list>(?!x)x)?"
)
DEPARTMENT_OF_RE = compile_factored(
    r"(?i)(?:the\s+)?(?:(?:private|press)\s+)?(?:office|department|cabinet|secretariat)\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}"
)


def _from_list_once(
    text: str, notes: tuple[Line, ...], registry: PeopleRegistry, later: list[Signatory], governed: list[str]
) -> list[Signatory]:
    org_default = None
    if DEPARTMENT_OF_RE.fullmatch(text.strip(" .,;:")):
        return []  # "Press Release by the Office of the Prime Minister": the office's department publishes, no one signs
    text = PARTY_BRACKET_RE.sub("", text)
    text = ADDRESSED_TO_RE.split(text, maxsplit=1)[0]  # "…, e dirigida ao vice-presidente …": to whom, not by whom
    for behalf in reversed(list(ON_BEHALF_RE.finditer(text))):
        rest = text[behalf.end() :]
        more = AND_MORE_RE.match(rest) and (INSTITUTION_RE.search(fold(rest)) or find_countries(rest))
        # ("the Prime Minister of the Netherlands, on behalf of the incoming Presidency, the President of …")
        after = (
            re.match(r"\s*,\s*(.+)", rest)
            if PRESIDENCY_WORD_RE.search(behalf.group("org")) and not AND_BY_RE.match(rest)
            else None
        )
        more = more or after and any(map(is_role_word, after.group(1).split()[:4]))
        # "…, en de Deense minister … Name, namens het Deense voorzitterschap van de Raad, hebben …": after the last of
        # several names, the phrase is that one's
        named_before = names_in(text[: behalf.start()], registry)
        last_only = len(named_before) >= 2 and not text[named_before[-1].end : behalf.start()].strip(" ,i*")
        if names_in(rest, registry) or more or last_only:
            # "… Name, on behalf of the Presidency, and …", "the Prime Minister of Belgium on behalf of the Belgian
            # Presidency …, and the social partners ETUC, BusinessEurope …": the phrase qualifies one signer
            text = text[: behalf.start()] + " " * (behalf.end() - behalf.start()) + text[behalf.end() :]
            continue
        org = behalf.group("org")
        end = LIST_END_RE.search(org)
        org = (org[: end.start()] if end else org).strip(" *")
        # "… on behalf of the European Union and the Secretary General of the Council of Europe": another signer
        # after the body, by office
        more = next((m for m in AND_OFFICE_RE.finditer(org) if is_role_word(m.group("word"))), None)
        if more:
            org, also = org[: more.start()], org[more.start() :]
            later += _from_list(re.sub(r"^\s*\S+\s+", "", also) + text[behalf.end() :], notes, registry)
        by_more = AND_BY_RE.match(text[behalf.end() :])
        if by_more:  # "… by Prime Minister Name on behalf of the Government of Ukraine, and by the European Commission"
            later += _from_list(text[behalf.end() + by_more.end() :], notes, registry)
        # "… undertegnet på vegne av Norge": a country is no organisation; nor is a country's government
        governing = GOVERNMENT_RE.match(org) and find_countries(org)
        if governing:
            governed.append(governing[0][2])
        org_default = (
            None
            if country_name(org) or governing
            else INSTITUTION_BY_ALIAS.get(fold(ARTICLES_RE.sub("", org)).strip(), org)
        )
        if org_default == org and org.islower() and len(org.split()) == 1:
            org_default = None  # "on behalf of the conference": a common noun alone names no body
        text = text[: behalf.start()]
    names = names_in(text, registry)
    if not names:
        # ("the Prime Minister of X and President-in-Office of the European Council, …": one holder, one signer)
        out = _unnamed(_second_office_of_one(text), notes, org_default)
        return out or ([Signatory(name=None, organisation=org_default)] if org_default else [])
    # role after the name ("Ana Novak, Minister of …"): the list opens with a name, a comma and a role
    opening = text[: names[0].start].strip(" ,")
    follows = re.match(
        r"\s*,\s*(?:the\s+|la\s+|le\s+|de\s+|der\s+|il\s+|el\s+|az?\s+)?(\S+(?:\s+\S+){0,3})", text[names[0].end :]
    )
    opening = TITLE_ONLY_RE.sub("", opening)  # "MM. Name, ministre …, et Name, …"
    # "the co-rapporteurs Name (…), rapporteur for …, and Name (…), rapporteur for …": a group's title, then each
    # name's own office after it
    group_title = (
        len(names) >= 2
        and GROUP_TITLE_RE.fullmatch(opening) is not None
        and (is_role_word(opening.split()[-1]) or CO_CHAIRS_RE.fullmatch(opening.split()[-1]) is not None)
        and opening.split()[-1][-1:].lower() in ("s", "i", "x")  # a plural ("The Taoiseach, Name, and …" is one's)
        # (a comma after the title only for co-chairs: "its two co-chairs, Name (…), Chair of …, and Name, …")
        and (not text[: names[0].start].rstrip().endswith(",") or CO_CHAIRS_RE.search(opening) is not None)
        and not find_countries(opening)
    )
    role_after = bool(
        (not opening or opening.lower() in ("the", "we", "nous", "wij", "wir") or group_title)
        and follows
        and any(is_role_word(w.strip(",")) for w in follows.group(1).split())
    )
    # "Bánhidi Gergely nemzeti fejlesztési miniszter, Dorin Vlăsceanu román …": no comma before the role
    bare_role = BARE_ROLE_AFTER_RE.match(text, names[0].end) if not opening and len(names) >= 2 else None
    role_after = role_after or bool(bare_role and any(map(is_role_word, bare_role.group(0).split())))
    out: list[Signatory] = []
    lead = None if role_after or len(names) < 2 else _office_before_pairs(text, names, registry)
    lead = lead or (None if role_after or not follows else _office_and_name(opening, follows.group(1), registry))
    if lead:
        # "The European Commissioner for …, Name, Minister of … of Moldova, and Name, Minister of … of Ukraine": the
        # office before the first name is another signer's; each name's own follows it
        out.append(lead)
        role_after = True
    beside: list[Signatory] = []  # other signers' offices after the last name's own
    plural_role = None
    for i, name in enumerate(names):
        if role_after:
            nxt = names[i + 1].start if i + 1 < len(names) else len(text)
            glue = text[name.end : nxt]
            if i + 1 < len(names):  # ", Minister of X, and " → the part before the last separator
                glue = re.sub(r"\s+és\s*$", "", glue).lstrip(" ,")  # (Hungarian: "Name … miniszter és Name …")
                glue = re.split(r"(?i),?\s+(?:and|et|en|und|e|y|i|og|och)\s+(?=[^,]*$)|,(?=[^,]*$)", glue)[0]
            else:
                # "Name, ministrul de externe al României, ministrul federal de externe al Germaniei și ministrul de
                # externe al Franței, în calitate de copreședinți": the first office is the name's, the others' follow
                offices = [(o, clean_role(o)) for o in OFFICE_SPLIT_RE.split(glue) if o.strip() and not CAPACITY_RE.match(o)]
                # (an institution's office only after "and the": "…, président en exercice du Conseil" is the name's)
                held = [(o, r) for o, r in offices if r[0] and (r[1] or r[2] and _joined_by_and(glue, o))]
                if len(held) >= 2 and len({r[1] or r[2] for _, r in held}) == len(held) and held[0] == offices[0]:
                    glue = held[0][0]
                    beside = [Signatory(name=None, role=r[0], country=r[1], organisation=r[2]) for _, r in held[1:]]
                elif (
                    len(offices) >= 2
                    and held == offices[1:]
                    and offices[0][1][0]
                    and not any(offices[0][1][1:])
                    and len({r[1] or r[2] for _, r in held}) == len(held)
                ):
                    # "Name, az … Minisztérium … államtitkára és a Litván Köztársaság … minisztere": the name's
                    # own office, of no country written (the site's), then other countries' offices
                    glue = offices[0][0]
                    beside = [Signatory(name=None, role=r[0], country=r[1], organisation=r[2]) for _, r in held]
            role, country, organisation = clean_role(glue)
        else:
            start = names[i - 1].end if i else 0
            if i:  # "President A of the Republic of Poland and …": that country was A's, not this name's
                start += _of_country(text[start : name.start])[0]
            glue = text[start : name.start]
            offices = _office_pieces(glue)
            if i:  # (between two names; before the first, "OSCE Chairperson-in-Office and Albania's Minister …" is one)
                offices = [part for office in offices for part in _before_possessive(office)]
            if i and not offices[0].strip():  # ", ki v imenu … vodi Evropski svet, predsednik …": the earlier name's own
                offices = offices[1:]
            if i and len(offices) >= 2:
                # "…, prezident Turecké republiky a za Egypt ministr ropného průmyslu Name": the last office before
                # "and for Egypt" is another signer's
                offices = offices[:-1] + FOR_COUNTRY_SPLIT_RE.split(offices[-1], maxsplit=1)
            # (the earlier name's role came before it: "předseda vlády Name, předseda Evropské komise, …, Name";
            # the pieces after it are all other signers' offices)
            own = 0 if out and out[-1].name and out[-1].role else 1
            if i and len(offices) > 1 + own and any(is_role_word(w) for w in re.findall(r"[\w/-]+", offices[-1])):
                # "Name, in his capacity as President of the European Council, the President of the European
                # Commission and the President of Brazil, Name": offices between two names sign unnamed; the first
                # piece is the earlier name's own, the last this name's (its own office: not the end of a long
                # portfolio, "…, della Pesca e dell'Alimentazione,"), and one who assists or attends does not sign
                before = len(out)
                for office in offices[own:-1]:
                    o_role, o_country, o_org = clean_role(office)
                    if (
                        o_role
                        and (o_country or o_org)
                        and _office_length(office)
                        and not CAPACITY_RE.match(office)
                        and not NOT_SIGNING_RE.match(office)
                        and not names_in(office, registry)
                    ):
                        out.append(Signatory(name=None, role=o_role, country=o_country, organisation=o_org))
                if len(out) > before:
                    glue = offices[-1]
            if not i:
                # "The President of the European Council, the President of the European Commission and the Prime
                # Minister of Japan, Name": offices before the first name's own sign unnamed
                # (in languages with no article before an office; where articles part them, OFFICE_SPLIT_RE has)
                parts = _office_parts(glue) if len(offices) <= 2 and not ARTICLE_WORD_RE.search(glue) else []
                if len(parts) >= 3 and any(clean_role(p)[1] or clean_role(p)[2] for p in parts[1:-1]):
                    # "Statsministern, som … ledde EU:s delegation, Europeiska kommissionens ordförande och Kinas
                    # premiärminister Name": offices with no article, parted by commas and "and"
                    offices = parts
                possessive = POSSESSIVE_OFFICE_RE.match(glue) if len(offices) == 1 else None
                if possessive:
                    # "the Commissioner for Internal Market and Finland's Minister of … Name": two offices (but "OSCE
                    # Chairperson-in-Office and Albania's Minister … Name", with no article, is one person's two)
                    offices = [glue[: possessive.start("and")], glue[possessive.end("and") :]]
                if len(offices) == 1 and ", " in glue:
                    # "The Prime Minister of Poland, Czech Prime Minister Name": two countries' offices
                    head, _, rest = glue.rpartition(", ")
                    h_role, h_country, _ = clean_role(head)
                    r_role, r_country, _ = clean_role(rest)
                    if h_role and r_role and h_country and r_country and h_country != r_country:
                        offices = [head, rest]
                titled = TITLE_AND_RE.search(glue) if len(offices) == 1 else None
                if titled:
                    # "the President of the European Commission and President Name": an institution's office, then
                    # the name's own title alone
                    h_role, _, h_org = clean_role(glue[: titled.start()])
                    if h_role and h_org and is_role_word(titled.group("title").split()[-1]):
                        offices = [glue[: titled.start()], titled.group("title")]
                # "Ministeeriumi … asekantsler ja Moldova … minister Name", "The Undersecretary … and Ecuador's
                # Minister … Name": the page's own official, unnamed and of no country written, then the name's office
                # of another country
                halves = _office_halves(glue) if len(offices) == 1 else None
                # (one office each, not a group's title before the first: "The Co-Chairs, EU Special Representative …")
                two = list(halves) if halves else offices if singular_role(offices[0]) == offices[0] else []
                own, other = (clean_role(two[0]), clean_role(two[1])) if len(two) == 2 else ((None,) * 3,) * 2
                own_office = bool(other[0] and other[1] and not any(own[1:]) and not names_in(two[0], registry))
                offices = two if own_office else offices
                host = HOST_VERB_RE.search(glue)
                if host:  # "The Executive Vice-President … and the Commissioner for Energy received Norway's Minister
                    # …, Name": the hosts' offices before the verb, the guest's own after it
                    offices = [*OFFICE_SPLIT_RE.split(glue[: host.start()]), glue[host.end() :]]
                for office in offices[:-1]:
                    if len(find_countries(office)) >= 2:  # "the ministers of A, B and C as well as by Minister Name"
                        out.extend(_unnamed(office, notes, org_default))
                        continue
                    # "…, and was co-chaired by the High Representative … and by Name, Minister …": the office after
                    # the agent's "by"
                    office = AGENT_BY_RE.split(office)[-1]
                    intro = office[: len(office) - len(_from_first_role_word(office))]
                    if not _office_length(office) and INTRO_THE_RE.fullmatch(intro) and not find_countries(intro):
                        office = office[len(intro) :]  # ("On this occasion the Vice-President of the Commission …")
                    o_role, o_country, o_org = clean_role(office)
                    short = _office_length(office)  # not a sentence that lists countries
                    if o_role and (o_country or o_org) and short and not names_in(office, registry):
                        out.append(Signatory(name=None, role=o_role, country=o_country, organisation=o_org))
                    elif members := _members_of(office):  # "The members of the European Council and the Prime …"
                        out.append(Signatory(name=None, organisation=members))
                    elif o_role and short and (own_office or all(map(_office_opening, offices))) and not names_in(
                        office, registry
                    ):
                        # "Ο Υπουργός Ναυτιλίας … και ο Υπουργός Μεταφορών … της Μάλτας, Name": the site's own
                        # minister, whose country the page does not repeat
                        out.append(Signatory(name=None, role=o_role))
                glue = offices[-1] if len(offices) > 1 and out else glue
            conj = GLUE_AND_RE.search(glue) if i == len(names) - 1 else None
            if conj and _role_follows(text[name.end :]):
                # the last name's own role follows it (read below); the office before "and" is someone else's
                office = glue[: conj.start()]
                o_role, o_country, o_org = clean_role(office)
                if i and office.lstrip().startswith(","):
                    # "Name, Commissioner for Enlargement, and Name, Deputy Prime Minister …": the earlier name's
                    if out[-1].name and out[-1].role is None and o_role:
                        out[-1] = replace(
                            out[-1], role=o_role, country=o_country or out[-1].country, organisation=o_org
                        )
                    glue = ""
                elif (
                    not i
                    and o_role
                    and (o_country or o_org)
                    and _office_length(_from_first_role_word(office))  # ("At its close the High Representative …")
                    and not names_in(office, registry)
                ):
                    # "… the Commissioner for Enlargement and European Neighbourhood Policy and Tomislav Brezovečki,
                    # Deputy Prime Minister … of Croatia": another signer, by office
                    out.append(Signatory(name=None, role=o_role, country=o_country, organisation=o_org))
                    glue = ""
            joined = AND_ARTICLE_OFFICE_RE.search(glue) if i and not role_after else None
            if joined and clean_role(glue[joined.end() :])[0]:
                # "Minister Name van Defensie en de Duitse … staatssecretaris Name": the earlier
                # name's portfolio, then this name's office
                glue = glue[joined.end() :]
            role, country, organisation = clean_role(glue)
            of_country = _of_country(text[name.end :])[1]
            if of_country:  # "… under the Japanese Presidency, … President Name of Ukraine": the nearer country
                country = of_country
                # "President A and Prime Minister B of X": both of X; "President A and President B of X" are two
                # countries' presidents
                if i and out[-1].country is None and AND_ROLE_RE.fullmatch(glue) and out[-1].role != role:
                    out[-1] = replace(out[-1], country=of_country)
            plural = [w for w in re.findall(r"[\w-]+", glue) if is_role_word(w) and w.lower().endswith("s")]
            if plural:
                plural_role = role
            elif role is None and plural_role and len(glue.strip(" ,&").split()) <= 1:
                role = plural_role  # "Commissioners Novak and Horvat"
        out.append(
            Signatory(
                name=name.text,
                role=role,
                country=country,
                organisation=organisation or (org_default if not country else None),
            )
        )
    out += beside
    if not role_after:
        tail = text[names[-1].end + _of_country(text[names[-1].end :])[0] :]
        bare_role = (
            BARE_ROLE_BEFORE_OFFICE_RE.match(tail) or BARE_ROLE_ALONE_RE.fullmatch(tail.rstrip(" ."))
            if len(names) == 1 and not opening.strip("–—- ")
            else None
        )
        if out[-1].role is None and bare_role and is_role_word(bare_role.group(0).split()[-1]):
            # "Name agrárminiszter és a Horvát Köztársaság … minisztere": the name's office after it,
            # in small letters, then another signer's
            role, country, organisation = clean_role(bare_role.group(0))
            out[-1] = replace(out[-1], role=role, country=country or out[-1].country, organisation=organisation)
            tail = tail[bare_role.end() :]
        if out[-1].role is None and _role_follows(tail):
            # "…, and Petar Orlić, Minister of the Interior of Croatia": the last name's role follows it
            role, country, organisation = clean_role(tail)
            last = out[-1]
            out[-1] = Signatory(
                name=last.name,
                role=role,
                country=country or last.country,
                organisation=organisation or last.organisation,
            )
        else:
            # ("… et le président français ont signé vendredi …": the office ends at the verb)
            verb = next((m for m in PREDICATE_RE.finditer(tail) if not m.group(0)[0].isupper()), None)
            office = tail[: verb.start()] if verb else ""
            # (or offices, each with its role word: ", el presidente del Consejo Europeo y el presidente de la Comisión
            # Europea firmaron …")
            pieces = [p for p in OFFICE_SPLIT_RE.split(office.lstrip(" ,")) if p.strip()]
            if not pieces or not all(
                "," not in p and _content_words(p) <= MAX_TAIL_OFFICE_WORDS and any(map(is_role_word, p.split()))
                for p in pieces
            ):
                verb = None  # ("… ha presidido la reunión, en la que han participado el ministro …")
            tail = tail[: verb.start()] if verb else tail
            met = MET_WITH_RE.search(tail)  # "… arrived in Kyiv and met with the President …": whom they met
            tail = tail[: met.start()] if met else tail
            # ("Name, die de informele bijeenkomst … voorzat, en de Europees commissaris …": what the last one did;
            # "Name, président en exercice du Conseil européen, le président de …": the name's own second office)
            tail = RELATIVE_CLAUSE_RE.sub(",", tail)
            apposed = APPOSED_OFFICE_RE.match(tail)
            if apposed and any(map(is_role_word, apposed.group(0).split()[:2])):
                tail = tail[apposed.end() - 1 :]
            out.extend(_unnamed(tail, notes, org_default))
    # "Alemania, Australia, …, Suiza, Centro Checo, FinnAgora, …": countries listed bare beside a few names
    bare = [country_name(item.strip(" *")) for item in SEPARATOR_RE.split(text)]
    held = {s.country for s in out}
    extra = [c for c in dict.fromkeys(c for c in bare if c) if c not in held]
    if len(extra) >= MIN_BARE_COUNTRIES:
        out.extend(Signatory(name=None, country=c) for c in extra)
    return out


MIN_BARE_COUNTRIES = 3
LEADING_OF_RE = compile_factored(
    r"(?i)^(?:(?:des|du|de|of|van|von|der|di|del|della|dei|degli|da|do|dos|das)\s+|d'|l'|dell')+(?=\S)"
)


def _named_at_end(item: str) -> str | None:
    """'the European cross-industry social partners ETUC': a body named by its acronym or brand (two capitals
    or more: 'ETUC', 'BusinessEurope') at the end of a description in small letters."""
    words = item.strip(" *.").split()
    if len(words) < 2 or len(words[-1]) < 4 or not words[-2][:1].islower() or sum(map(str.isupper, words[-1])) < 2:
        return None
    return INSTITUTION_BY_ALIAS.get(fold(words[-1]))
def _head_of(key: str, inst: re.Match | None, item: str) -> bool:
    """'presidents of the european parliament' (folded), 'dem Präsidenten des Europäischen Parlaments': an
    institution's head, the institution closing the item."""
    words = ARTICLES_RE.sub("", LEADING_OF_RE.sub("", item.strip(" *"))).split()
    return bool(
        inst
        and inst.end() == len(key)
        and any(map(is_role_word, words[:2]))  # ("dem Präsidenten des …")
        and HEAD_OF_RE.fullmatch(key[: inst.start()])
    )


HEAD_OF_RE = compile_factored(r"(?:\S+\s+)?\S+\s+(?:(?:of the|of|de la|de l'|du|des|del|della|dell'|van de|van het|der|de)\s*)?")  # (or a genitive)
AND_MORE_RE = compile_factored(
    rf"\s*,\s*(?:and|et|und|e|y|en|og|och|in(?=\s+\w*(?:predsedni|minist|komisar))|{ADDITIONS})\s+"
    r"(?!by\s|par\s|por\s|door\s)"
)
ASSISTANT_RE = compile_factored(
    r"(?i),?\s+(?:assisted by|accompanied by|assisté|accompagné|begleitet von|unterstützt von|assistito|accompagnato"
    r"|asistido|acompañad[oa]|assistid[oa]|acompanhad[oa]|bijgestaan|vergezeld|biträdd av|bistået af)\b"
)
# … or the delegation's other members: "… was led by the Minister …, Name, and included the Minister of …"
ASSISTED_RE = compile_factored(rf"{ASSISTANT_RE.pattern}|,?\s+and\s+(?:also\s+)?(?:included|comprised)\b")


def _sides(sentence: str, first: re.Match, notes: tuple[Line, ...], registry: PeopleRegistry) -> list[Signatory]:
    """Who represented or led each side: 'Canada was represented by its Prime Minister, Name', 'The delegation of
    Saint Kitts and Nevis was led by …; the Bahraini delegation was led by …' (`first` is the first such clause)."""
    out: list[Signatory] = []
    # ("…; the Bahraini delegation was led by …": each side's delegation in turn)
    sides = [first, *(m for m in LED_BY_RE.finditer(sentence[:MAX_LIST_CHARS]) if m.start() > first.start())]
    for side in sides:
        # "Canada was represented by its Prime Minister, Name": the country before the verb is the signer's
        # ("The delegation of Saint Kitts and Nevis was led by …": the country before the verb)
        verb_end = side.start("list") if side.group("list") else side.start()
        before = find_countries(sentence[max(0, side.start() - 60) : verb_end])
        # ("the Bahraini delegation was led by …": a side by its adjective)
        adjectives = {c for w in sentence[side.start() : verb_end].split() if (c := nationality_adjective(w))}
        country = (
            before[0][2] if len(before) == 1 else adjectives.pop() if len(adjectives) == 1 and not before else None
        )
        # "… Name, …, och av …"
        side_list = side.group("list") or side.group("fi_list")
        # "… represented by its Troika — the Taoiseach …, the Prime Minister … and the Secretary-General … — met in
        # Guadalajara, Mexico": the offices between the dashes
        aside = ASIDE_RE.match(side_list)
        chunks = AND_BY_RE.split(_until_assisted(aside.group("aside") if aside else side_list))
        for part, gapped in [p for chunk in chunks for p in _gapped_parts(chunk)]:
            # ("…, y Luxemburgo por el ministro delegado …, Name": the next country, by its own signer)
            country = gapped or country
            # ("Plusieurs de ces pays étaient représentés par leur chef d'État …": an office of no one in
            # particular is no signer)
            out += [
                s if s.country or s.organisation or not country else replace(s, country=country)
                for s in _from_list(part, notes, registry)
                if s.name or s.country or s.organisation or country
            ]
    return out


NEXT_OFFICE_RE = compile_factored(  # (", and by the President of …": the agent of "represented by" again)
    r"(?i),\s+(?=(?:(?:and|et|und|y|e|en)\s+)?(?:(?:by|par|por|von|door)\s+)?(?:the|la|le|il|el|der|die|de|het|o|a)\s+\S+)"
)


def _without_assistant(text: str) -> str:
    """'The President of X, assisted by the Secretary-General of the Council, the President of the Commission and …':
    who assists a signer, up to the next office in the list, does not sign (nor anyone after, when none follows)."""
    m = ASSISTANT_RE.search(text)
    if not m:
        return text
    comma = NEXT_OFFICE_RE.search(text, m.end())
    return text[: m.start()] + text[comma.start() :] if comma else text[: m.start()]


def _until_assisted(text: str) -> str:
    """'… and by the President of the European Commission, assisted by the High Representative': who assists a
    signer does not sign."""
    m = ASSISTED_RE.search(text)
    if not m:
        return text
    # ("…, assisted by the Secretary-General …, and by the President of the Commission": the next side's agent)
    again = AGENT_AGAIN_RE.search(text, m.end())
    return text[: m.start()] + text[again.start() :] if again else text[: m.start()]


AGENT_AGAIN_RE = compile_factored(r"(?i),\s+(?:and|et|und|y|e|en)\s+(?:by|par|por|von|door)\s+(?:the|la|le|il|el|der|die|de|het|o|a)\s")


def _for_country(sentence: str, listed: list[Signatory]) -> list[Signatory]:
    """'Pour la Belgique, la déclaration a été signée par …, Name': the country the sentence opens with is the
    signers' (who have none of their own)."""
    home = _for_country_of(sentence)
    if not home:
        return listed
    return [s if s.country or s.organisation else replace(s, country=home) for s in listed]


# one person signing: "the Prime Minister signed", "a signé", "υπέγραψε", "sopodpisal" (co-signed)
SIGNED_ONE_RE = compile_factored(
    r"(?i)\b(?:signed|co-?signed|countersigned|a signé|signa|contresigné|unterzeichnete|hat unterzeichnet"
    r"|mitunterzeichnet\w*|firmó|cofirmó|ha firmato|firmou|assinou|ondertekende|tekende|undertecknade|underskrev"
    r"|undertegnet|υπέγραψε|συνυπέγραψε|podpisał|podepsal|spolupodepsal|podpísal|potpisao|potpisala|supotpisao"
    r"|podpisal|podpisala|sopodpisal|sopodpisala|a semnat|aláírta|allekirjoitti|parakstīja|pasirašė"
    r"|allkirjastas|kirjutas\s+\w+\s+alla|kirjutas\s+alla|подписа|потписа)\b"
)
COSIGNED_RE = compile_factored(
    r"(?i)\b(?:co-?signed|countersigned|contresigné|mitunterzeichnet\w*|cofirmó|συνυπέγραψε|spolupodepsal"
    r"|supotpisao|sopodpisal\w*)\b"
)


def _one_signer(sentence: str, registry: PeopleRegistry) -> list[Signatory]:
    """One person named as signing for one country: 'Για την Ελλάδα τη διακήρυξη υπέγραψε ο πρωθυπουργός Name'
    ('For Greece, the declaration was signed by the Prime Minister, Name'), or as co-signing: 'Sporazum je … sopodpisal
    švedski predsednik vlade Name'. The office stands between the verb and the name."""
    home = _for_country_of(sentence)
    body = _for_institution_of(sentence)
    verb = SIGNED_ONE_RE.search(sentence[:MAX_LIST_CHARS]) if home or body or COSIGNED_RE.search(sentence) else None
    if not verb:
        return []
    names = names_in(sentence[verb.end() : MAX_LIST_CHARS], registry)
    if body and not names:
        # "Za Evropskou komisi jej podepsal komisař pro rozšíření": the institution's office, unnamed
        # ("For Den europeiske union undertegnet Rådets formann, Tysklands utenriksminister": the presidency's
        # minister, who signs as his country's office)
        role, country, _ = clean_role(RELATIVE_ANYWHERE_RE.sub("", sentence[verb.end() : MAX_LIST_CHARS].rstrip(" .")))
        if role and country:
            return [Signatory(name=None, role=role, country=country)]
        return [Signatory(name=None, role=role, organisation=body)] if role else []
    if len(names) != 1:
        return []
    role, country, organisation = clean_role(sentence[verb.end() : verb.end() + names[0].start])
    country = home or country
    if not (role and (country or organisation)):
        return []
    return [Signatory(name=names[0].text, role=role, country=country, organisation=organisation)]


# "For the Union …; for Mexico by …", "U ime Republike Hrvatske Sporazum su potpisali …", "…, a u ime Evropske unije
# …": who signs for each party
PARTY_MARK_RE = compile_factored(
    rf"(?i)(?:(?:^(?:\S+\s+)?|[,;:]\s*|\s(?:and|a|i|et|und|y|e|en|og|och)\s+|(?<=signed\s))"
    rf"(?:for|pour|für|por|per|voor|för|za|dla|για)"
    rf"|(?<!\w)(?:{ON_BEHALF_WORDS}))\s+(?:(?:the|la|le|les|die|der|den|dem|het|el|il|lo|την|το|τη)\s+|l')?"
)
PARTY_VERB_RE = compile_factored(
    r"(?i)\b(?:signed|signé\w*|signèrent|signent|ont signé|unterzeichne\w*|unterschrieben|firm\w*|ondertek\w*|tekende"
    r"|undertecknade|underskrev|undertegnet|potpis\w*|podpis\w*|podeps\w*|υπέγραψ\w*|semnat|assin\w*|sign)\b"
)
AGENT_START_RE = compile_factored(r"(?i)^\W*(?:(?:and\s+)?(?:by|par|von|door|por|da|av|af|od|przez|από|от)\s+)")
UNION_WORDS = {"union", "unie", "unione", "unii", "unije", "unija", "unionen"}  # (folded)
# a clause about the country, set apart by commas: "…, whose country holds the presidency,", "…, zemlje koja …,"
ABOUT_CLAUSE_RE = compile_factored(
    r",\s+[^,]*\b(?:whose|dont|deren|dessen|cuyo|cuya|cui|koja|koji|které|který|która|which)\b[^,]*,"
)


def _signed_for_parties(sentence: str, registry: PeopleRegistry) -> list[Signatory]:
    """A sentence that says who signed for each party: each signer takes its party's country (an institution's
    signers keep their own offices' countries and bodies, the Union itself does not sign)."""
    if not PARTY_VERB_RE.search(sentence[:MAX_LIST_CHARS]):
        return []
    marks: list[tuple[int, int, str | None, str | None]] = []  # (start, end of the party's name, country, body)
    for m in PARTY_MARK_RE.finditer(sentence[:MAX_LIST_CHARS]):
        after = sentence[m.end() : m.end() + 80]
        found = find_countries(after)
        # ("U ime Republike Hrvatske …": the state's word before its name)
        if found and all(STATE_WORD_RE.match(fold(w)) for w in after[: found[0][0]].split()):
            marks.append((m.start(), m.end() + found[0][1], found[0][2], None))
            continue
        inst = INSTITUTION_RE.match(fold(after))
        bare = re.match(r"[^\W\d_]+", after)
        if inst:
            marks.append((m.start(), m.end() + inst.end(), None, INSTITUTION_BY_ALIAS[inst.group(0)]))
        elif bare and fold(bare.group(0)).lower() in UNION_WORDS:  # "For the Union the agreement was signed by …"
            marks.append((m.start(), m.end() + bare.end(), None, EU))
        elif adjective := next(
            (c for w in re.finditer(r"[^\W\d_]+", after[:40]) if w.group(0).islower() and (c := nationality_adjective(w.group(0)))),
            None,
        ):  # "Prohlášení za pořádající české předsednictví podepsal …": the party by its nationality's adjective
            marks.append((m.start(), m.end(), adjective, None))
    if not marks:
        return []
    out: list[Signatory] = []
    for i, (_, end, country, _) in enumerate(marks):
        chunk = sentence[end : marks[i + 1][0] if i + 1 < len(marks) else len(sentence)]
        verb = PARTY_VERB_RE.search(chunk)
        listed = chunk[verb.end() :] if verb else chunk
        listed = ABOUT_CLAUSE_RE.sub(",", AGENT_START_RE.sub("", listed.strip(" ,;:.")))
        listed = CLITICS_RE.sub("", listed)  # ("potpisali su ga belgijski ministar …")
        signers = []
        # ("by Mr Name, Minister … and President-in-Office of the Council, and by the Commissioner …": each "and by")
        for part in AND_BY_RE.split(listed.rstrip(" ,;.")):
            found = [x for x in _from_list(part, (), registry) if x.name or x.role]
            if any(x.name for x in found):  # ("Name, Vorsteherin des …": her own office, not another signer)
                signers += [x for x in found if x.name]
            else:
                signers += _party_offices(part) or found
        if not signers:
            return []
        for x in signers:
            if country and not x.country and not x.organisation:
                x = replace(x, country=country)
            out.append(x)
    if not any(country for _, _, country, _ in marks) and not all(x.country or x.organisation for x in out):
        return []  # ("Für die Europäische Union unterzeichneten der niederländische Ministerpräsident … und …")
    return out if len(out) >= 2 else []


AGREEMENT_RE = compile_factored(
    r"(?i)\b(?:agreements?|accords?|abkommen|vertr[aä]ge?|sporazum\w*|overeenkomst\w*|acuerdos?|accordi|acordos?|umow\w*"
    r"|dohod\w*|συμφωνί\w*|tratados?|treat(?:y|ies)|memorand\w*)\b"
)
SIGNATORIES_RE = compile_factored(
    r"(?i)\b(?:signatories|signataires|unterzeichnenden|unterzeichner|potpisnic\w*|podpisnic\w*|firmantes|firmatari"
    r"|ondertekenaars|undertecknarna|underskriverne|signatários|sygnatariusze|signatari|υπογράφοντες)\b"
)
CLITICS_RE = compile_factored(r"(?i)^(?:(?:su|ga|je|ih|se|sa|so|jo|ju|hat|haben|ont|has|have|was|were|wurde|wurden)\s+)+")
LEADING_AND_BY_RE = compile_factored(r"(?i)^(?:and|und|et|i|a|y|e|en|og|och|ja|és)\s+(?:(?:by|von|par|por)\s+)?")
PARTY_OFFICE_SPLIT_RE = compile_factored(r"(?i),\s+|\s+(?:and|und|et|i|a|y|e|en|og|och|és|και|и)\s+(?:(?:by|von|par|por)\s+)?")
CAPACITY_WORDS_RE = compile_factored(r"(?i)^(?:as|als|en tant que|in qualità di|como|som|jako|ako|kao)\s")
ARTICLE_START_RE = compile_factored(r"(?i)^(?:the|le|la|les|l'|der|die|das|dem|den|il|lo|el|los|las|de|het|o|a|os|as)\s")


def _party_offices(listed: str) -> list[Signatory]:
    """'the Luxembourg Minister for Foreign Affairs, President-in-Office of the Council, and by the Vice-President of
    the European Commission …': the offices that signed for one party, each its own signer; an office in apposition
    (no article where the others have one) or in capacity ('als amtierender Ratspräsident') is the one before."""
    pieces = [LEADING_AND_BY_RE.sub("", p.strip()) for p in PARTY_OFFICE_SPLIT_RE.split(listed) if p and p.strip()]
    articled = bool(pieces) and bool(ARTICLE_START_RE.match(pieces[0]))
    out: list[Signatory] = []
    for i, piece in enumerate(pieces):
        if CAPACITY_RE.match(piece) or CAPACITY_WORDS_RE.match(piece):
            continue
        if i and articled and not ARTICLE_START_RE.match(piece):
            continue
        piece = re.split(r"(?i)\s(?:als|as|en tant que)\s", piece)[0]  # "der … Ministerpräsident als amtierender …"
        role, country, organisation = clean_role(piece)
        if role and (country or organisation):  # (an institution's office: "… responsible for Latin America")
            out.append(Signatory(name=None, role=role, country=None if organisation else country, organisation=organisation))
    return out


# "For Belgium, …", "Pour la Belgique, …": a sentence about one country's signer
FOR_COUNTRY_RE = compile_factored(
    r"(?i)\W{0,3}(?:for|pour|für|por|per|voor|för|på vegne af|på vegne av|za|dla|για|namens|au nom d[eu]|im namen"
    r"|en nombre de|a nome d[ei]|em nome d[eo])\s+(?:(?:the|la|le|die|het|den|την|το|τη)\s+|l')?"
)


FOR_COUNTRY_AFTER_RE = compile_factored(r"\W{0,3}(?P<country>\S+(?:\s\S+)?)\s+(?:poolt|puolesta|részéről)\b")


def _for_institution_of(sentence: str) -> str | None:
    """The institution a sentence opens with after 'for': 'Za Evropskou komisi jej podepsal …' → the Commission."""
    m = FOR_COUNTRY_RE.match(sentence)
    inst = INSTITUTION_RE.match(fold(sentence[m.end() : m.end() + 60])) if m else None
    return INSTITUTION_BY_ALIAS[inst.group(0)] if inst else None


def _for_country_of(sentence: str) -> str | None:
    """The country a sentence opens with after 'for': 'Pour la Belgique, …' → Belgium."""
    m = FOR_COUNTRY_RE.match(sentence)
    found = find_countries(sentence[m.end() : m.end() + 40]) if m else []
    if found and found[0][0] == 0:
        return found[0][2]
    # the postpositions: "Eesti poolt kirjutas avaldusele alla …", "Suomen puolesta …"
    after = FOR_COUNTRY_AFTER_RE.match(sentence)
    found = find_countries(after.group("country")) if after else []
    return found[0][2] if len(found) == 1 else None
# "…, and Luxembourg by the Minister …": the verb left out before the next country's signer
GAPPED_BY_RE = compile_factored(
    r",?\s+(?:and|y|et|und|e|en|og|och|i|a|és|ja|și|και|и)\s+(?P<country>[^\W\d][^,;]{1,40}?)\s+"
    r"(?:by|por|par|von|durch|door|da|av|af|przez|od|από|от)\s+"
)


def _gapped_parts(text: str) -> list[tuple[str, str | None]]:
    """'the State Secretary …, Name, and Luxembourg by the Minister …, Name' → each signer's words, with the country
    that opens its part (None for the first)."""
    parts: list[tuple[str, str | None]] = []
    start, country = 0, None
    for m in GAPPED_BY_RE.finditer(text):
        found = find_countries(m.group("country"))
        if len(found) == 1 and _only_joins(m.group("country")[: found[0][0]]):
            parts.append((text[start : m.start()], country))
            start, country = m.end(), found[0][2]
    parts.append((text[start:], country))
    return parts


# "… and President ", "… and Prime Minister " right before a name: a title of one to three words, all role words
TITLE_AND_RE = compile_factored(
    r"\s+(?:and|et|und|en|e|y|i|og|och)\s+(?P<title>(?:[\w-]+\s+){0,2}?[\w-]+)\s*$"
)
POSSESSIVE_AND_RE = compile_factored(r"\s+(?:and|&)\s+")


def _before_possessive(office: str) -> list[str]:
    """'the Foreign Minister of Ukraine and Moldova's acting Prime Minister': two offices, the second opening with
    its country's possessive."""
    for m in POSSESSIVE_AND_RE.finditer(office):
        found = find_countries(office[m.end() : m.end() + 60])
        if found and found[0][0] == 0 and office[m.end() + found[0][1] - 2 : m.end() + found[0][1]] in ("'s", "’s"):
            return [office[: m.start()], *_before_possessive(office[m.end() :])]
    return [office]


def _members_of(text: str) -> str | None:
    """'The members of the European Council' → the European Council: its members sign as the body."""
    key = fold(ARTICLES_RE.sub("", text.strip(" ,"))).strip()
    at = _office_of(key)
    inst = INSTITUTION_RE.match(key, at) if at >= 0 else None
    return INSTITUTION_BY_ALIAS[inst.group(0)] if inst and inst.end() == len(key) else None


def _office_of(key: str) -> int:
    """Where the institution starts after 'the office of', 'the members of' … (-1 if the key opens otherwise)."""
    m = OFFICE_OF_RE.match(key)
    return m.end() if m else -1
# an institution's office or delegation somewhere, or its members, on the folded text: they speak for the institution
OFFICE_OF_RE = compile_factored(
    r"(?:dell'|de l'|del |della |des |du |de la |of the |of )?(?:office|ufficio|bureau|buro|oficina|delegation"
    r"|delegazione|delegacion|delegacao|delegatie|vertretung|delegacija|delegacja|delegace"
    r"|members|membres|mitglieder|leden|membri|miembros|membros|medlemmer|medlemmar|członkowie|clenove|clanovi)"
    r"\s+(?:of the |of |dell'|della |del |de l'|de la |du |des |de |der |van de |van het |da |do )"
    r"|(?:członkowie|clenove|clanovi|clenovia|člani|clani)\s+"  # (the Slavic genitive: "členové Evropské rady")
)


INTRO_THE_RE = compile_factored(r"[^\W\d_][^,;]{0,40},?\s(?:the|la|le|il|el|der|die|de|het)\s+")  # "On this occasion the "


def _from_first_role_word(text: str) -> str:
    """The text from its first role word on: 'At its close the High Representative …' → 'Representative …'."""
    first = next((m.start() for m in re.finditer(r"[\w/-]+", text) if is_role_word(m.group(0))), 0)
    return text[first:]


def _office_pieces(glue: str) -> list[str]:
    """The offices a list's separators part, where each piece holds a role word: a piece with none goes on the one
    before it ("the Managing Director for Asia and the Pacific of the …": a region's "and", not a new office)."""
    pieces: list[str] = []
    start = end = 0  # where the piece after the last separator starts; where the last piece kept ends
    seps = list(OFFICE_SPLIT_RE.finditer(glue))
    seps += [
        m
        for m in NATIONAL_OFFICE_AND_RE.finditer(glue)
        if nationality_adjective(m.group("adjective")) and not any(m.start() < o.end() and o.start() < m.end() for o in seps)
    ]
    seps.sort(key=lambda m: m.start())
    for sep in [*seps, None]:
        stop = sep.start() if sep else len(glue)
        piece = glue[start:stop]
        if (
            pieces
            and sep
            and piece.strip(" ,")
            and not any(is_role_word(w) for w in re.findall(r"[\w/-]+", piece))
            and not CAPACITY_RE.match(piece)  # ("…, in his capacity as holder of the Presidency, …": its own piece)
            and not COMMISSION_MEMBER_RE.search(piece)  # ("the Member of the Commission responsible for …")
            and not find_countries(piece)  # (nor a list's next country: "Außenminister Polens, der Slowakei, …")
        ):
            pieces[-1] += glue[end:stop]  # the separator and the piece, as written
        else:
            pieces.append(piece)
        end = stop
        start = sep.end() if sep else len(glue)
    return pieces


def _office_length(office: str) -> bool:
    """Short enough to be one office, not a sentence that lists countries: ten words, or twice as many for an
    office that opens with its title ('the High Representative of the Union for Foreign Affairs and …')."""
    words = ARTICLES_RE.sub("", office.strip(" ,–—-")).split()
    titled = any(is_role_word(w) for w in words[:2]) or COMMISSION_MEMBER_RE.match(" ".join(words)) is not None
    return len(words) <= MAX_OFFICE_WORDS or (len(words) <= 2 * MAX_OFFICE_WORDS and titled)
TITLE_ONLY_RE = compile_factored(r"^(?:MM|Mmes?|Messrs|Mr|Mrs|Ms|Dr|M|Herren|Signori|Sres)\.?$")
MAX_OFFICE_WORDS = 10
OF_COUNTRY_RE = compile_factored(
    r"\s*,?\s*(?:of|from|för|for)\s+(?:the\s+)?(?:(?:Federal\s+)?(?:Republic|Kingdom|Grand\s+Duchy|Principality)\s+of\s+(?:the\s+)?)?"
)
# "the President of …, the Prime Minister of … and": an article after a comma or "and"; without articles
# ("český prezident, prezident SR Name"), a lower-case word after a comma
POSSESSIVE_OFFICE_RE = compile_factored(
    r"\s*(?:the|la|le|der|die|de|het)\s+[^,]*?(?P<and>\s+(?:and|et|en|und)\s+)(?=[A-Z][\w-]+['’]s?\s)", re.IGNORECASE
)
OFFICE_SPLIT_RE = compile_factored(
    r"\s*;\s+(?:(?:and|et|und|y|e|en|i)\s+)?"  # "The Vice-President …; the Slovenian Minister …; and the Head …"
    # "…, de voorzitter van de Europese Commissie en premier Name": the next name's bare title after "and"
    r"|\s+(?:and|en|et|und)\s+(?=(?:premier|president|präsident|président|chancellor|kanselier|bondskanselier"
    r"|minister|ministre|kanzler\w*|bundeskanzler\w*)\s*$)"
    rf"|(?:,\s+|\s+and\s+|\s+et\s+|\s+e\s+|\s+y\s+|\s+und\s+|\s+και\s+|\s+és\s+|\s+[–—]\s+)"
    r"(?=(?:the|la|le|les|il|lo|gli|el|los|las|der|die|dem|den|o|os|a|as|az|ο|η|οι|dal|dalla|dallo|dai|dagli|dalle)\s)"
    rf"|,\s+(?![{UPPER}])(?=[^\W\d_])"
    r"|\s+și\s+(?=[^\W\d_]*(?:minist|prim|președint|secretar|comisar))"  # Romanian: the article is the noun's end
    r"|(?:,\s+|\s+en\s+)(?=(?:de|het)\s+\w+\s+van\s)"  # Dutch: "de voorzitter van …, de voorzitter van … en de …"
    r"|\s+(?:och|og)\s+$"  # "Statsministern och Tysklands förbundskansler": the office before the country's
    # Greek offices in the genitive or accusative: "του Υπουργού … και του Αντιπροέδρου της …"
    r"|\s+και\s+(?=(?:του|της|τον|την)\s+(?i:υπουργ|υφυπουργ|πρωθυπουργ|πρ[οό][εέ]δρ|αντιπρ[οό][εέ]δρ|επίτροπ|επιτρόπ))"
    # no articles: "predsednik Evropske komisije in predsednik Ruske federacije" (and a role word after the "and")
    r"|\s+(?:in|i|a|и|és|ir|un|ja)\s+(?=(?:[^\W\d_]+(?:ský|ská|ski|ska|sky|ští|ški)\s+)?"  # ("a kanadský premiér")
    r"(?:predsedni|předsed|predsjedni|predsjeda|predsedava|prezident|presiden|premijer|premiér|ministr"
    r"|minist|kancl|kancelar|kanclerz|kansler)\w*\s)"
    r"|\s+(?:as well as(?: by)?|and by|samt(?: av)?|sowie(?: von)?|ainsi que(?: par)?|og af|og av)\s+"
    # a title's offices in the genitive: "… del Presidente X e della Presidente Y", "… et du Premier ministre …"
    rf"|\s+(?:and|et|e|y)\s+(?={GENITIVE_OFFICE_START})"
)
# "Austria's Minister of Transport, Innovation and Technology and Slovenian Infrastructure Minister": a country's
# adjective after "and", then the next office's title (not "Vice Prime Minister and Foreign Minister": one holder's)
NATIONAL_OFFICE_AND_RE = compile_factored(
    r"\s+and\s+(?=(?P<adjective>[A-Z][a-z]+)\s+(?:[A-Z][a-z]+\s+){0,2}"
    r"(?:Minister|Prime\s+Minister|President|Secretary|Chancellor)\b)"
)
FOR_COUNTRY_SPLIT_RE = compile_factored(
    r"(?i)\s+(?:and|a|i|et|und|e|y|en|og|och|és|și)\s+(?=(?:za|for|pour|für|por|per|voor|dla|för)\s+\w)"
)
COUNTRY_THEN_OFFICE_RE = compile_factored(
    r"(?:['’]?s?|:s)\s+(?!(?:and|et|und|y|e|och|og|samt|sowie)\s)"
    r"(?P<office>[^,;]{3,60}?)(?=\s*(?:,|;|\s(?:and|et|und|y|e|och|og|samt|sowie)\s|$))"
)
MET_WITH_RE = compile_factored(
    r"(?i)\b(?:met|meet|meets)\s+(?:with\s+)?(?:the|their|his|her)\b|\bse reuni[óe]\w* con\b|\bs'est entretenue? avec\b"
    r"|\bont rencontré\b|\ba rencontré\b|\btrafen?\s+(?:sich\s+)?mit\b|\bincontrat[oi] con\b|\bontmoette\b"
    r"|\bspotkał\w* się z\b|\bsastao se s\b|\bσυναντήθηκ\w+ με\b"
)
DELEGATION_RE = compile_factored(r"(?i)delegat|délégation|delegación|delegacij|delegacj|delegace")
MAX_TAIL_OFFICE_WORDS = 6  # "… et le président français ont signé": an office after the last name, before the verb


def _content_words(role: str | None) -> int:
    """An office's length without its small words, nor an office in apposition after a comma: "Ministro de Estado e
    dos Negócios Estrangeiros" is four, "ministre des affaires étrangères, président en exercice du Conseil" three."""
    return sum(1 for w in (role or "").split(",")[0].split() if len(w) > 3)
GLUE_AND_RE = compile_factored(
    r"(?i)(?<=\S)\s+(?:and|et|und|en|e|y|i|og|och|és|și|και|и)(?:\s+(?:by|par|von|por|pel[oa]|da|door))?\s*$"
)  # ("… co-chaired by the High Representative … and by Name, Minister …")


def _role_follows(tail: str) -> bool:
    """', Minister of the Interior of Croatia' after a name: its role (one country at most, and not another signer's
    office after a conjunction: ', și de ministrul afacerilor externe al Ucrainei')."""
    tail = re.sub(r"^\s+i(?=\s*,)", "", tail)  # ("Name i, Minister of …": a link's icon after the name)
    after = re.match(r"\s*,\s*(?:the\s+)?([^,]*(?:,[^,]*)?)", tail)
    return bool(
        after
        and any(is_role_word(w) for w in after.group(1).split()[:3])
        and len({c for _, _, c in find_countries(after.group(0).split(",")[1])}) <= 1
        and after.group(1).split()[0].lower() not in LIST_CONJUNCTION_WORDS
    )


AND_ROLE_RE = compile_factored(r"(?i)\s*(?:and|et|und|e|y|i|og|och|en)\s+[^,;]+")


BRACKETED_RE = compile_factored(r"\s*\(([^()]{2,60})\)")  # "(Estonia)" right after a name


def _of_country(text: str) -> tuple[int, str | None]:
    """'… of the Republic of Poland to the White House' → (length of 'of the Republic of Poland', 'Poland')."""
    bracket = BRACKETED_RE.match(text)  # "Prime Minister Name (Estonia), …"
    if bracket:
        found = find_countries(bracket.group(1))
        whole = found and found[0][0] == 0 and found[0][1] == len(bracket.group(1).strip())
        return (bracket.end(), found[0][2]) if whole else (0, None)
    m = OF_COUNTRY_RE.match(text)
    if not m:
        return 0, None
    found = find_countries(text[m.end() : m.end() + 60])
    if not found or found[0][0] != 0:
        return 0, None
    return m.end() + found[0][1], found[0][2]


# "EU Statement in Response to …", "Joint Nordic Declaration on …": the title opens with who speaks
TITLED_BY_RE = compile_factored(
    r"(?i)^\s*(?:joint\s+)?(?P<who>[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:press\s+)?(?:statement|declaration|communiqu[eé]|verklaring"
    r"|déclaration|erklärung|dichiarazione|declaración|declaração|uttalande|erklæring|izjava|oświadczenie|prohlášení)\b"
)


def _titled_by(title: str) -> list[Signatory]:
    m = TITLED_BY_RE.match(title)
    if not m:
        return []
    members = group_countries(m.group("who"))
    if members:
        return [Signatory(name=None, country=c) for c in members]
    key = fold(ARTICLES_RE.sub("", m.group("who"))).strip()
    return [Signatory(name=None, organisation=INSTITUTION_BY_ALIAS[key])] if key in INSTITUTION_BY_ALIAS else []


def _a_place_in(name: str, layout: Layout) -> bool:
    """'Declaração de Ponta Delgada …' over '… reuniram-se em Ponta Delgada': a title's 'of X' that the text has
    someone meet *in* is a place."""
    where = re.compile(rf"\b(?:{PLACE_PREPOSITIONS})\s+{re.escape(name)}\b")
    return any(where.search(ln.text) for ln in layout.body[:MAX_PLACE_LINES])


PLACE_PREPOSITIONS = "in|em|en|à|im|in der|w|we|v|ve|u|i|στην|στο|στη|в"
MAX_PLACE_LINES = 20


def _headline_speakers(title: str, registry: PeopleRegistry) -> list[Signatory]:
    """'Latvijas un Slovākijas ārlietu ministri: simtgade mūs aicina …', 'Foreign Ministers of A and B: …': a
    headline that opens with the offices of two or more countries, and no verb, before its colon names who
    speaks."""
    m = HEADLINE_SPEAKERS_RE.match(title)
    if not m or PREDICATE_RE.search(m.group("who")) or not any(map(is_role_word, m.group("who").split())):
        return []
    if len(find_countries(m.group("who"))) < 2 or names_in(m.group("who"), registry):
        return []
    # (each country's one office, where the plural was undone: "Foreign Ministers" → "Foreign Minister"; a plural
    # kept as written, "ārlietu ministri", is no one's office: the text's own reading, if any, gives it)
    written = set(m.group("who").split())

    def one_office(role: str | None) -> str | None:
        role = singular_role(role or "")
        return None if any(is_role_word(w) and w in written for w in role.split()) else role or None

    return [
        replace(s, role=one_office(s.role)) for s in _from_list(m.group("who"), (), registry) if not s.name and s.country
    ]


HEADLINE_SPEAKERS_RE = compile_factored(r"(?P<who>[^:]{5,80}):\s+\S")


# "Polskę reprezentował Prezes Rady Ministrów …": who stood for one of the signing countries
REPRESENTED_ACTIVE_RE = compile_factored(
    r"(?i)\b(?:reprezentował[a]?|zastupoval[a]?|predstavljao|predstavljala|represented|vertegenwoordigde"
    r"|représentait|vertrat|rappresentava|representó|representou|företrädde|representerte|repræsenterede)\b"
)


def _role_stem(role: str | None) -> str:
    words = [w for w in re.findall(r"[\w/-]+", role or "") if is_role_word(w)]
    return fold(words[0])[:5] if words else ""


FOR_BEFORE_RE = compile_factored(
    r"(?i)(?:(?:^|[,;]\s*)(?:for|za|pour|für|per|por|voor|för|на|за|dla)|"
    rf"\b(?:{ON_BEHALF_WORDS}))\s+(?:the\s+|la\s+|le\s+|l'|die\s+|den\s+|el\s+|de\s+)?$"
)


def _role_stems(role: str | None) -> set[str]:
    return {fold(w)[:5] for w in re.findall(r"[\w/-]+", role or "") if is_role_word(w)}


NO_REGISTRY = PeopleRegistry()


def _role_beside(sentence: str, name: str) -> bool:
    """Whether a role word stands right before `name` (within twelve words) or right after it ('Name, Minister …')."""
    at = sentence.find(name)
    if at < 0:
        return False
    window = " ".join(sentence[:at].split()[-12:])
    others = names_in(window, NO_REGISTRY)  # "La ministra …, Elena Ruiz Navarro, ha presidido hoy en Las Palmas …":
    before = window[others[-1].end :].split() if others else window.split()  # the role was the other name's
    after = re.match(r"\s*,\s*((?:\S+\s+){0,3}\S+)", sentence[at + len(name) :])
    # (or small-letter words right after it, no comma: "Name belügyminiszter")
    bare = BARE_ROLE_CLOSED_RE.match(sentence, at + len(name))
    near = before + (after.group(1).split() if after else []) + (bare.group(0).split()[-1:] if bare else [])
    return any(is_role_word(w.strip(",.;:")) for w in near)


def _name_unnamed(
    found: list[Signatory],
    sentences: list[str],
    registry: PeopleRegistry,
    home: str | None = None,
    later: Sequence[str] = (),
) -> list[Signatory]:
    """'The Foreign Ministers of Georgia, Moldova and Ukraine' and, in the text, 'Minister for Foreign Affairs of
    Ukraine Andriy Kovalenko': the one person holding that country's signing role is its signatory.

    In the opening, a minister named without a country is the site's own (`home`): 'met in Tallinn at the
    invitation of Foreign Minister Name' on the Estonian ministry's page. Further down (`later`), only a person
    named with the country ('Cyprus's Deputy Minister for Migration Name said') is taken."""
    unnamed = {s.country: s for s in found if not s.name and s.country}
    if not unnamed:
        return found
    candidates: dict[str, set[str]] = {}
    people: dict[str, Signatory] = {}
    for sentence, opening in [*((x, True) for x in sentences), *((x, False) for x in later)]:
        represented = REPRESENTED_ACTIVE_RE.search(sentence) is not None
        # "Za Českou republiku prohlášení podepsal ministr … Name": the country he signed for
        signed_for = [c for start, _, c in find_countries(sentence) if FOR_BEFORE_RE.search(sentence[:start])]
        for s in _from_list(sentence, (), registry):
            signed_for_one = bool(s.name and len(signed_for) == 1 and s.country in (None, signed_for[0]))
            if signed_for_one:
                s = replace(s, country=signed_for[0])
            at_home = bool(s.name and not s.country and home and opening)
            if at_home:
                s = replace(s, country=home)
            group = unnamed.get(s.country)
            quoted = QUOTE_MARK_RE.search(sentence) is not None  # ("…", ha aggiunto la ministra francese Name)
            if not s.name or group is None or (at_home or not opening or quoted) and not group.role:
                continue  # a country signing as such is not named by a person found on weaker evidence
            stem = _role_stem(s.role)
            words = (s.role or "").split()
            role_words = next((words[i:] for i, w in enumerate(words) if is_role_word(w.strip(",."))), [])
            if not _role_beside(sentence, s.name):
                continue  # "… condemn the attack on journalist Name": no role of hers in sight
            if VERB_THEN_ARTICLE_RE.search(" ".join(role_words)) or INFINITIVE_RE.search(" ".join(role_words)):
                continue  # "la ministra neerlandesa visitó el Centro de Estudios …": a verb and its object, no name
                # (and "… interior ministers call for EU to take over Operation Name": an infinitive, no office)
            role = s.role or ""
            if any(_declaration_at(role, at) for at in (0, role.find(" ") + 1)):
                # ("Colle di Tenda, dichiarazione congiunta dei Ministri …": the place first)
                continue  # "Zajednička izjava ministara … o graničnom prijelazu Stara Gradiška": a headline's place
            leaders = _leaders(group.role) and HEAD_ROLE_IN_RE.search(s.role or "")  # "… chaired by the President"
            # "Sveriges og Tysklands …": any minister; a "Deputy Minister" for a country's minister
            same_role = not group.role or _role_stem(group.role) in _role_stems(s.role)
            if signed_for_one or stem and len(role_words) <= 8 and (represented or leaders or same_role):
                if fold(s.name) not in candidates.setdefault(s.country, set()):
                    candidates[s.country].add(fold(s.name))
                    people.setdefault(s.country, []).append(replace(s, role=s.role or group.role))
    # one person holds the signing role; "the leaders of X and Y" may be a country's president and prime minister
    named = {c: people[c] for c, names in candidates.items() if len(names) == 1 or _leaders(unnamed[c].role)}
    out: list[Signatory] = []
    for s in found:
        out.extend(named.get(s.country, [s]) if not s.name and s.country else [s])
    return _last_one_left(out)


QUOTE_MARK_RE = compile_factored(r"[\"“”„«»]")
# more languages' words for a declaration, where one opens a headline ("Declarație comună a miniștrilor …")
MORE_DECLARATION_RE = compile_factored(
    r"(?i)\b(?:declarați\w*|nyilatkozat\w*|julkilausum\w*|ühisavaldus\w*|paziņojum\w*|pareiškim\w*|oświadczeni\w*"
    r"|изявлени\w*)"
)


def _declaration_at(text: str, at: int) -> bool:
    return DECLARATION_RE.match(text, at) is not None or MORE_DECLARATION_RE.match(text, at) is not None
INFINITIVE_RE = compile_factored(r"\bto\s+(?!the\b|an?\b)[a-z]{3,}\b")  # ("Ambassador to the EU" is an office)
# a small-letter word and an article after it, inside what reads as a role: a verb and its object
VERB_THEN_ARTICLE_RE = compile_factored(r"\b[^\W\d_A-Z]{5,}\s+(?:el|la|los|las|the|le|les|der|die|das|den|il|lo|gli|het)\s")


def _last_one_left(found: list[Signatory]) -> list[Signatory]:
    """'Minister Jens Kofoed met the Swedish and the German minister' under 'the ministers of Denmark, Sweden and
    Germany': when every other country has its signer, the one signer without a country and the one country
    without a signer are the same."""
    homeless, unnamed = _homeless_and_unnamed(found)
    if len(homeless) != 1 or len(unnamed) != 1 or not any(s.name and s.country for s in found):
        return found
    if _other_portfolio(homeless[0].role, unnamed[0].role):
        return found  # "Name, Staatsminister für Infrastruktur …" is not "dem Minister für Verkehr der Tschechischen Republik"
    return _settle(found, homeless[0], unnamed[0])


def _portfolio(role: str | None) -> set[str]:
    """The longer words after an office's role word: 'Minister für Verkehr' → {'verkehr'}."""
    words = (role or "").split()
    first = next((i for i, w in enumerate(words) if is_role_word(w)), None)
    return set() if first is None else {fold(w) for w in words[first + 1 :] if len(w) >= MIN_PORTFOLIO_WORD}


MIN_PORTFOLIO_WORD = 5  # shorter words are particles: "für", "des", "and", "della"


def _other_portfolio(one: str | None, other: str | None) -> bool:
    """Both offices name a portfolio, and no word of it is the same."""
    a, b = _portfolio(one), _portfolio(other)
    return bool(a and b and not a & b)


def _homeless_and_unnamed(found: list[Signatory]) -> tuple[list[Signatory], list[Signatory]]:
    """Named signers with no country or body, and countries signing with no one named."""
    homeless = [s for s in found if s.name and not s.country and not s.organisation]
    return homeless, [s for s in found if not s.name and s.country]


def _settle(found: list[Signatory], person: Signatory, country: Signatory) -> list[Signatory]:
    """`person` signs for `country`, whose unnamed entry goes."""
    merged = replace(person, country=country.country, role=person.role or country.role)
    return [merged if s is person else s for s in found if s is not country]


# langid tells Serbian, Croatian and Bosnian apart poorly: a text in any of them may come from any of their countries
SHTOKAVIAN = frozenset({"sr", "hr", "bs"})


def _speaks(country: str, language: str) -> bool:
    spoken = official_languages(country)
    return language in spoken or language in SHTOKAVIAN and bool(spoken & SHTOKAVIAN)


def _home_not_guest(found: list[Signatory], guests: set[str]) -> list[Signatory]:
    """'Prime Minister Name welcomed the Heads of State or Government of Cyprus, France, …': the host is from the
    one signing country that is none of his guests'."""
    return _home(found, lambda country: country not in guests) if guests else found


def _home_by_language(
    found: list[Signatory], language: str | None, guests: AbstractSet[str] = frozenset()
) -> list[Signatory]:
    """A ministry's release in its own language names its own minister without a country ('Ministr průmyslu a
    obchodu Ondřej Kábrt') beside the countries that signed: the one listed country that speaks the language is
    his. Not for English, which governments everywhere publish in."""
    if not language or language == "en":
        return found
    return _home(found, lambda country: country not in guests and _speaks(country, language))


def _home_among_named(
    found: list[Signatory], layout: Layout, language: str | None, guests: AbstractSet[str] = frozenset()
) -> list[Signatory]:
    """'puolustusministeri Ville-Pekka Hautala, Tanskan puolustusministeri …, Norjan …': a ministry names its own
    minister without a country beside named foreign ones. When every other signer has a country or an institution,
    the one country named in the text that speaks its language (and no other signer holds) is his. Not for
    English."""
    homeless, unnamed = _homeless_and_unnamed(found)
    if not language or language == "en" or len(homeless) != 1 or len(found) < 2:
        return found
    if any(not (s.country or s.organisation) and s is not homeless[0] for s in found):
        return found  # (an institution's office beside them speaks for no country)
    taken = {s.country for s in found if s.name}
    # (the title's countries too: "Nederland, Duitsland en Denemarken ondertekenen …")
    texts = [ln.text for ln in layout.body] + [layout.title or ""]
    named = {c for text in texts for _, _, c in find_countries(text)} - taken
    fits = [c for c in named if c not in guests and _speaks(c, language)]
    if len(fits) != 1:
        return found
    same = [s for s in unnamed if s.country == fits[0]]
    if same:  # "Os ministros da Cultura de Portugal, Espanha e França …": the country's unnamed entry is his
        return _settle(found, homeless[0], same[0])
    return [replace(s, country=fits[0]) if s is homeless[0] else s for s in found]


def _home_office(found: list[Signatory], layout: Layout, language: str | None, guests: AbstractSet[str]) -> list[Signatory]:
    """'El presidente del Gobierno y el canciller federal de Alemania': one office with no country beside countries
    signing is the publisher's own: the country the site's header names, or else the one country named in the text
    that speaks its language (not English) and has no signer yet. Without either, a single office is dropped."""
    homeless = [s for s in found if not s.name and not s.country and not s.organisation and s.role]
    if not homeless:
        return found
    taken = {s.country for s in found if s.country}
    home = None
    # (or beside bodies alone, a head of government: "o Primeiro-Ministro, …, e o Presidente da Comissão Europeia")
    # (or a minister beside another body's office: "El ministro de … y la comisaria europea de … firmaron …")
    beside_office = any(s.organisation and s.role for s in found) and MINISTER_WORD_RE.match(homeless[0].role or "")
    if len(homeless) == 1 and (taken or GOVERNMENT_HEAD_RE.match(homeless[0].role or "") or beside_office):
        site = _site_country(layout)
        if site and site not in taken and site not in guests:
            home = site
        elif language and language != "en" and (taken or beside_office):
            # (not a place: "beim Verkehrsministerrat am 7. Juni 2012 in Luxemburg")
            named = {
                sovereign(c)  # ("en Guadeloupe et à Saint-Martin": France's)
                for ln in layout.body[:MAX_LATER_LINES]
                for start, _, c in find_countries(ln.text)
                if not LOCATION_BEFORE_RE.search(ln.text[max(0, start - 12) : start])
            } - taken
            fits = [c for c in named if c not in guests and _speaks(c, language)]
            # (or the title's one other country: "Dichiarazione congiunta Italia-Cipro …" over the Swiss signer)
            titled = _title_countries(layout.title or "") - taken - set(guests)
            beside_named = taken and any(s.name for s in found)  # (beside offices alone, the pair rules read them)
            home = fits[0] if len(fits) == 1 else titled.pop() if not fits and len(titled) == 1 and beside_named else None
    if home is None:  # one office of no country is no signer (a body's name, a group, are kept as before)
        return [s for s in found if not (s in homeless and _countryless_offices([s.role or ""]))]
    return [replace(s, country=home) if s is homeless[0] else s for s in found]


def _named_home_by_site(
    found: list[Signatory], layout: Layout, language: str | None, guests: AbstractSet[str]
) -> list[Signatory]:
    """'Predsjednik Vlade Name i povjerenica Europske komisije …' under 'Vlada Republike Hrvatske': the one named
    signer who holds an office of no country or institution is the site's country's own, if no one else signs
    for it."""
    homeless = [s for s in found if s.name and s.role and not s.country and not s.organisation]
    if len(homeless) != 1:
        return found
    site = _site_country(layout)
    if not site or site in guests or any(s.country == site and s.name for s in found):
        return found
    if language and language != "en" and not _speaks(site, language):
        return found  # ("Granada" in a Spanish page's header is a city, not Grenada)
    same = [s for s in found if s.country == site]
    if len(same) == 1:  # "the Prime Ministers of North Macedonia and Greece" over "Prime Minister Name and …": his
        return _settle(found, homeless[0], same[0])
    if same:
        return found
    return [replace(s, country=site) if s is homeless[0] else s for s in found]


UNION_OFFICE_BODIES = frozenset({"European Council", "European Commission"})


def _union_leaders_by_office(found: list[Signatory]) -> list[Signatory]:
    """'We, the leaders of Japan and of the European Union' after the Presidents of the European Council and of the
    Commission were named by office: the Union's leaders are those offices, not one more signer."""
    if not any(s.organisation in UNION_OFFICE_BODIES and s.role for s in found):
        return found
    # (nor, where a title said the Union and the text names its office, is the Union one more: "Joint Statement by the
    # European Union, A and B" over "The Commissioner for Trade … of the European Commission and the Ministers …")
    return [s for s in found if not (s.organisation == EU and not s.name and (s.role is None or _leaders(s.role)))]


def _named_home_beside_one(found: list[Signatory], layout: Layout, language: str | None) -> list[Signatory]:
    """'Name agrárminiszter és a Horvát Köztársaság … minisztere': a named signer whose office gives
    no country, beside one other signer of one country, holds the office of the other country the page points to
    (its site's, its title's other, or the one that speaks its language)."""
    homeless = [s for s in found if s.name and s.role and not s.country and not s.organisation]
    others = [s for s in found if s not in homeless]
    if len(homeless) != 1 or len(others) != 1 or not others[0].country:
        return found
    home = _home_country(layout, language, others[0].country)
    return [replace(s, country=home) if s is homeless[0] else s for s in found] if home else found


def _unnamed_home_by_title(found: list[Signatory], layout: Layout) -> list[Signatory]:
    """'Joint Declaration of Greece and Malta' over 'The Minister of Shipping … and the Minister of Transport … of
    Malta, Name': the one office the text gives no country holds the one country of the title that no one else
    signs for (the site's own, which its page does not repeat)."""
    homeless = [s for s in found if not s.name and s.role and not s.country and not s.organisation]
    if len(homeless) != 1 or not layout.title:
        return found
    signing = {s.country for s in found if s.country and (s.name or s.role)}
    left = {c for _, _, c in find_countries(layout.title)} - signing
    if len(left) != 1 or not signing:
        return found
    country = next(iter(left))  # (and the country itself, where the title alone had it sign, is that office)
    return [
        replace(s, country=country) if s is homeless[0] else s
        for s in found
        if s is homeless[0] or s.name or s.role or s.organisation or s.country != country
    ]


MAX_SITE_LINE = 80
MAX_SITE_ADJECTIVE_LINES = 3  # the site's name, under the title


SITE_OFFICE_ADJECTIVE_RE = compile_factored(
    r"(?i:presid[eê]ncia|presidenza|présidence|presidencia|governo|gobierno|gouvernement|government)\s+([A-Z][^\W\d_]{4,})"
)


MIN_HEADLINE_WORDS = 3  # small-letter words of four letters or more: a sentence, not a site's name


SENTENCE_END_RE = compile_factored(r"[.!?:;\"”»]\s*$")


def _restates(headline: list[Signatory], found: list[Signatory]) -> bool:
    """Whether a sentence names again (by surname at least) someone a headline named."""
    surnames = {s.name.split()[-1] for s in headline if s.name}
    return any(s.name and s.name.split()[-1] in surnames for s in found)


def _headline(text: str) -> bool:
    """'Undersecretary Name, Hungarian minister call for EU action on looted art': a headline's line about office
    holders (a sentence, with an office that is no ministry's), not a site's name."""
    words = re.findall(r"[^\W\d_]+", text)
    lower = [w for w in words if w.islower() and len(w) >= 4]
    return len(lower) >= MIN_HEADLINE_WORDS and any(is_role_word(w) and not MINISTRY_WORD_RE.search(w) for w in words)


def _site_country(layout: Layout) -> str | None:
    """'Government of the Republic of Estonia' at the top of a news page: the one country its short top lines name."""
    top = [
        ln.text
        for ln in (*layout.header_lines, *layout.body[:4])
        if len(ln.text) <= MAX_SITE_LINE and ln.text != layout.title  # (the title names what it is about)
        and not _headline(ln.text)
    ]
    named = {c for text in top for _, _, c in find_countries(text)}
    # ("Le gouvernement luxembourgeois", "Présidence luxembourgeoise": the site's country by its adjective)
    if not named:
        lines = [text for text in top[:MAX_SITE_ADJECTIVE_LINES] if "|" not in text]  # (no language menu)
        words = [w for text in lines for w in re.findall(r"\b[^\W\d_]{5,}\b", text) if w.islower()]
        # (or capitalised after a presidency: "Presidência Portuguesa da União Europeia")
        words += [m.group(1).lower() for text in lines for m in SITE_OFFICE_ADJECTIVE_RE.finditer(text)]
        named = {c for w in words if (c := nationality_adjective(w))}
    if not named:  # ("gov.ie", "Search gov.ie": the site's own address)
        named = {c for text in top for c in [country_of_host(text)] if c}
    return named.pop() if len(named) == 1 else None


def _home_by_site(found: list[Signatory], layout: Layout, guests: AbstractSet[str] = frozenset()) -> list[Signatory]:
    """A news page that names its own Prime Minister without a country beside the countries that signed: the one
    listed country the site's header names."""
    home = _site_country(layout)
    return _home(found, home.__eq__) if home and home not in guests else found


MAX_LATER_LINES = 30


def _later_sentences(layout: Layout, opening: list[str]) -> list[str]:
    """The body's sentences after the opening, up to MAX_LATER_LINES lines."""
    seen = set(opening)
    return [x for ln in layout.body[:MAX_LATER_LINES] for x in split_sentences(ln.text) if x not in seen]


def _home(found: list[Signatory], fits: Callable[[str], bool]) -> list[Signatory]:
    """The one named signer without a country, among two or more countries signing unnamed, takes the one
    country that `fits` (and its unnamed entry goes)."""
    homeless, unnamed = _homeless_and_unnamed(found)
    chosen = [s for s in unnamed if fits(s.country or "")]
    if len(homeless) != 1 or len(chosen) != 1 or len(unnamed) < 2:
        return found
    return _settle(found, homeless[0], chosen[0])


# "the Leaders of …", "Heads of State or Government": whoever leads the country, president or prime minister
LEADERS_RE = compile_factored(r"(?i)(?:^|\s)(?:leader|heads?\s+of\s+(?:state|government))")  # ("Venezia dei leader")
HEAD_ROLES = (
    r"(?i)^(?:federal\s+)?(?:president|pr[ée]sident|präsident|presidente|prezydent|prezident|predsjednik|predsednik"
    r"|prime\s+minister|premier|primo\s+ministro|primer\s+ministro|primeiro-ministro|chancellor|chancelier"
    r"|bundeskanzler|kanzler|taoiseach|statsminister|pääministeri)\b"
)
HEAD_ROLE_RE = compile_factored(HEAD_ROLES)


HEAD_ROLE_IN_RE = compile_factored(HEAD_ROLES.replace("^", r"\b", 1))


def _leaders(role: str | None) -> bool:
    return bool(role and LEADERS_RE.match(role))


GROUP_MARKER_RE = compile_factored(r"(?<=[\w)])(\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹]+|\(\d{1,2}\))(?![\w*])")


def _footnoted_members(layout: Layout) -> list[Signatory]:
    """'… and the Energy Ministers of the Baltic Sea Region*' with '*Ministers Anders HOLMGREN (Denmark), …' below:
    the members a footnote names sign, whichever sentence carries the marker."""
    out: list[Signatory] = []
    texts = [layout.title or ""] + [ln.text for ln in layout.body[:14]]
    seen: set[str] = set()
    for text in texts:
        markers = list(GROUP_MARKER_RE.finditer(text[:MAX_LIST_CHARS]))
        if markers and ALIGN_HINT_RE.search(text.lower()):
            continue  # "Candidate countries North Macedonia*, … align themselves …": the note says why, not who
        for m in markers:
            marker = m.group(1)
            if marker in seen:
                continue
            # a footnote may stand among the last lines of the text rather than below it
            note = _note_for(marker, layout.notes) or _note_for(marker, tuple(layout.body[-15:]))
            if note is None:
                continue
            seen.add(marker)
            before = text[max(0, m.start() - 120) : m.start()]
            plural = [w for w in re.finditer(r"[\w/-]+", before) if is_role_word(w.group(0))]
            role = singular_role(clean_role(before[plural[-1].start() :])[0] or "") if plural else None
            out.extend(_group_members(note, role or None))
            # "(1) Ms Lira BEKTESHI, Minister … of Albania" / "Mr Damir …, Minister … of Bosnia …": one per line
            for line in _following(note, layout):
                out.extend(_member(line.text, role or None))
    return out


def _following(note: Line, layout: Layout) -> list[Line]:
    """The lines right under a footnote (no blank line between) that carry no marker of their own."""
    lines = {ln.number: ln for ln in (*layout.body, *layout.notes)}
    out: list[Line] = []
    number = note.number + 1
    while number in lines and not MARKER_START_RE.match(lines[number].text):
        out.append(lines[number])
        number += 1
    return out


def _expand_surnames(signatories: list[Signatory], body: str) -> list[Signatory]:
    """A surname alone (from the title) takes the full name the body gives, if it gives one."""
    out = []
    for s in signatories:
        if s.name and len(s.name.split()) == 1:
            # the first mention with a given name ("Commissioner Veltman" in a repeated title gives none)
            for m in re.finditer(rf"(?<![\w-])((?:[{UPPER}][\w'’-]+\s+){{1,2}}){re.escape(s.name)}\b", body):
                given = [w for w in m.group(1).split() if not is_not_name(w)]
                if given:
                    s = Signatory(
                        name=f"{given[-1]} {s.name}", role=s.role, organisation=s.organisation, country=s.country
                    )
                    break
        out.append(s)
    return out


def _with_one_signers(found: list[Signatory], one_signers: list[Signatory]) -> list[Signatory]:
    for one in one_signers:
        if _key(one) in {_key(s) for s in found}:
            found = _merge(found, [one])  # (the same person, now with the country signed for)
        else:
            # beside whoever else signs, and instead of the unnamed entry of the same country
            found = _merge([s for s in found if s.name or s.country != one.country], [one])
    return found


@lru_cache(maxsize=8192)  # merging asks for the same signatories' keys again and again
def _key(s: Signatory) -> str:
    if s.name:
        return "p:" + fold(strip_post_nominals(s.name).split()[-1])
    return f"c:{s.country or ''}|{s.organisation or ''}|{'' if s.country or s.organisation else s.role}"


def _merge(found: list[Signatory], more: list[Signatory]) -> list[Signatory]:
    out = list(found)
    index: dict[str, int] = {}
    for i, o in enumerate(out):
        index.setdefault(_key(o), i)
    for s in more:
        i = index.get(_key(s))
        if i is None:
            index[_key(s)] = len(out)
            out.append(s)
            continue
        old = out[i]
        out[i] = Signatory(
            name=old.name if old.name and len(old.name) >= len(s.name or "") else s.name,
            role=_fuller_role(old.role, s.role),
            organisation=old.organisation or s.organisation,
            country=old.country or s.country,
        )
    return out


def _fuller_role(one: str | None, other: str | None) -> str | None:
    """The longer of two readings of a role, unless it is the shorter with a clause before it ('Delegaciji sta
    vodila minister za zunanje zadeve' against 'minister za zunanje zadeve'; but 'Deputy Prime Minister')."""
    long, short = sorted((one or "", other or ""), key=len, reverse=True)
    prefix = long[: len(long) - len(short)].strip()
    # (one long word before is a portfolio's adjective: "mezőgazdasági miniszter"; "av", "te", ":" are not)
    clause = len(prefix.split()) >= 2 or len(prefix) <= 3
    if short and long != short and long.endswith(short) and clause and _tight_role(long) == short:
        return short
    return long or None


JOINT_NOUN_LOW = compile_factored(r"\b(?:kopīg\w*|bendr[aąoų]\w*|ühis\w*|közös)")  # "kopīgu paziņojumu", "bendrą", "közös nyilatkozat"
HOST_AUX_RE = compile_factored(r"\s(?:je|u|v|on|is|has)\s(?=\S)")  # ("… je danes …", "… u petak …")
RECEIVED_RE = compile_factored(
    HOST_VERBS.replace(
        r"(?:welcomed|",
        r"(?:welcomed|met with|sprejel[a]?|gostil[a]?|συναντήθηκε|tikās ar|susitiko su|recibió|ha recibido|a primit|tapasi"
        r"|träffade|võttis(?:\s+\w+){0,3}?\s+vastu|otti(?:\s+\w+){0,3}?\s+vastaan",
        1,
    )
)
MAX_HOST_OFFICE_WORDS = 16
MAX_HOST_GAP_WORDS = 4  # "Name trečiadienį Vilniuje susitiko su …"
MAX_OFFICE_LEAD_WORD = 3  # "al", "με", "τον": a preposition or an article before the office, not its words


def _article_after_name(word: str, following: str) -> bool:
    """'… al Palazzo Farnese il Ministro …': a capitalised word before an article is a place's end, not the office's
    adjective."""
    return word[:1].isupper() and following in OFFICE_ARTICLES


OFFICE_ARTICLES = frozenset({"il", "lo", "la", "le", "el", "the", "der", "die", "o", "a", "os", "as", "l'"})


def _office_from_role_word(text: str) -> str:
    """'W środę w Warszawie Minister Spraw Zagranicznych RP' → 'Minister Spraw Zagranicznych RP'; 'Rīgā Latvijas
    ārlietu ministrs' → 'Latvijas ārlietu ministrs': the office from its first role word, with the small-letter
    words and the country's name right before it (a portfolio, an adjective), not the when and where before them."""
    words = text.split()
    at = next(
        (i for i, w in enumerate(words) if is_role_word(w.strip(",;:")) and not MINISTRY_WORD_RE.search(w)), None
    )
    if at is None:
        return text
    # (a capital in the office's first word: "Ārlietu ministrs", "Ministrul muncii …")
    while at and not _article_after_name(words[at - 1], words[at]) and (
        words[at - 1][:1].islower()
        or find_countries(words[at - 1])
        or STATE_WORD_RE.match(fold(words[at - 1]))  # ("Kipras Republikas ārlietu ministru")
        or nationality_adjective(words[at - 1])  # ("a Bolgár Köztársaság kulturális miniszterét")
        or any(start == 0 for start, _, _ in find_countries(" ".join(words[at - 1 : at + 1])))  # ("Dán Királyság")
        or at == 1
        and words[0].istitle()
    ):
        at -= 1
    while at < len(words) - 1 and len(words[at]) <= MAX_OFFICE_LEAD_WORD and words[at].islower():
        at += 1
    return " ".join(words[at:])


def _title_countries(title: str) -> set[str]:
    """The countries a title names, by name or in a compound of adjectives ('Magyar–bolgár közös nyilatkozat')."""
    found = {c for _, _, c in find_countries(title)}
    for compound in re.findall(r"[^\W\d_]+(?:[-–][^\W\d_]+)+", title):
        parts = re.split(r"[-–]", compound)
        found |= {c for part in parts if (c := nationality_adjective(part) or COMBINING_FORMS.get(fold(part)))}
    return found


# the first half of a compound adjective in the Romance languages and English: "hispano-neerlandesa", "franco-"
COMBINING_FORMS = {
    "hispano": "Spain",
    "franco": "France",
    "germano": "Germany",
    "italo": "Italy",
    "luso": "Portugal",
    "anglo": "United Kingdom",
    "austro": "Austria",
    "belgo": "Belgium",
    "greco": "Greece",
    "polono": "Poland",
    "sino": "China",
    "russo": "Russia",
    "nippo": "Japan",
}


def _home_country(layout: Layout, language: str | None, other: str) -> str | None:
    """The country of an office a page names without one, beside another country's: the site's own, else the one
    other country of the title ('Romania and Luxembourg, joint declaration …'), else the one other country named in
    the text that speaks the page's language (not English), else the one country whose language it is."""
    site = _site_country(layout)
    if site:
        return site if site != other else None
    titled = _title_countries(layout.title or "") - {other}
    if len(titled) == 1:
        return titled.pop()
    if not language or language == "en" or titled:
        return None
    named = {c for ln in layout.body[:MAX_LATER_LINES] for _, _, c in find_countries(ln.text)} - {other}
    fits = [c for c in named if _speaks(c, language)]
    if fits:
        return fits[0] if len(fits) == 1 else None
    # (a page in a language of one country: "A belügyminiszter … fogadta Ausztria … miniszterét" is Hungary's)
    home = only_country_of(language)
    return home if home != other else None


def _up_to_country(text: str) -> str:
    """'il Ministro … della Repubblica dell'Ecuador per il terzo ciclo di …': a guest's office ends at its country,
    before what the visit is for."""
    found = find_countries(text)
    if (
        found
        and OF_BEFORE_COUNTRY_RE.search(text[: found[0][0]])
        and re.match(r"\s+[^\W\d_A-ZÀ-Þ]", text[found[0][1] :])
    ):
        return text[: found[0][1]]
    return text


OF_BEFORE_COUNTRY_RE = compile_factored(  # ("… della Repubblica del Perù", "… della Repubblica dell'Ecuador")
    r"(?i)\b(?:of|de|du|des|della|del|di|da|do|dos|das|van|von|der)\s+(?:\S+\s+){0,2}(?:dell['’]|d['’])?$"
)


def _host_and_guest_offices(
    sentences: list[str],
    layout: Layout,
    language: str | None,
    host: Signatory | None = None,
    registry: PeopleRegistry | None = None,
) -> list[Signatory]:
    """A host's office that received or met another country's office, named by neither's holder, and the next
    sentence (or the one after) in which the two issue, sign or adopt the statement: both sign. With `host`, a
    signer named as the host ('Energetikos ministras Name … susitiko su Maltos … ministru'): his guest's office.
    With `registry`, a host named in the sentence ('Name belügyi államtitkár szerdán … fogadta Málta …
    belügyminiszterét'): he and his guest's office."""
    for i, sentence in enumerate(sentences):
        verb = RECEIVED_RE.search(sentence)
        met = None if verb or host else MET_WITH_RE.search(sentence)  # ("… met the Ministers of …": a list of guests)
        verb = verb or met
        if verb and host:
            # (the host the verb's subject: its name right before, when and where between)
            at = sentence.find(host.name or "", 0, verb.start())
            between = sentence[at + len(host.name or "") : verb.start()]
            if at < 0 or len(between.split()) > MAX_HOST_GAP_WORDS or "," in between.strip().lstrip(","):
                continue
        if not verb or not any(
            JOINT_ISSUE_LOW.search(x.lower())
            or JOINT_NOUN_LOW.search(x.lower())
            or ADOPTED_TODAY_LOW.search(x.lower())
            or SIGNED_TODAY_LOW.search(x.lower())  # ("… cei doi miniștri au semnat următoarea declarație comună")
            for x in sentences[i : i + 3]
        ):
            continue
        named = names_in(sentence[: verb.start()], registry) if registry is not None and not host else []
        if len(named) > 1:
            continue
        host_text = re.sub(r"\s\w{1,2}-$", "", sentence[: verb.start()].rstrip())  # (Romanian "… al României l-a primit")
        host_text = host_text[named[0].end :] if named else _office_from_role_word(host_text)
        # (up to when and where: "Predsjednik Vlade u petak je u Banskim dvorima", "Minister … je danes v Ljubljani")
        when = [m.start() for m in (PREDICATE_RE.search(host_text), find_weekday_in_any_case(host_text), HOST_AUX_RE.search(host_text)) if m]
        host_text = host_text[: min(when)] if when else host_text
        if named and not any(is_role_word(w) for w in host_text.split()):
            host_text = _office_from_role_word(sentence[: named[0].start])  # "Energetikos ministras Name …"
        # (from the last comma's piece that holds a role word: "Il Ministro delle Politiche agricole alimentari,
        # forestali e del turismo", its portfolio's commas on)
        parts = re.split(r",\s", host_text)
        at = max((k for k, part in enumerate(parts) if any(map(is_role_word, part.split()))), default=len(parts) - 1)
        while at > 0 and any(map(is_role_word, parts[at - 1].split())):
            at -= 1  # ("Premier ministre, ministre d'État": one holder's two offices)
        office = clean_role(", ".join(parts[at:]) if not named else host_text)
        # (after when and where: "… συναντήθηκε σήμερα, Δευτέρα, στο Υπουργείο … με τον Υφυπουργό …"; a portfolio's
        # commas up to the country: "przyjął wicepremiera, ministra spraw zagranicznych … Wielkiego Księstwa Luksemburga")
        pieces = re.split(r"([,.;]\s|\.$)", sentence[verb.end() :])
        # (not where: "… ha ricevuto oggi al Ministero, in via …, il Ministro …")
        first = next(
            (
                k
                for k in range(0, len(pieces), 2)
                if any(is_role_word(w) and not MINISTRY_RE.match(w) for w in pieces[k].split())
            ),
            None,
        )
        guest_text, guest = "", (None, None, None)
        for k in range(first if first is not None else len(pieces), len(pieces), 2):
            guest_text = (guest_text + (pieces[k - 1] if guest_text else "") + pieces[k]) if guest_text else pieces[k]
            guest_text = _up_to_country(guest_text)
            guest = clean_role(_office_from_role_word(guest_text))
            if guest[1] or pieces[k - 1 if k else 0].startswith(".") or len(guest_text.split()) > MAX_HOST_OFFICE_WORDS:
                break
        if first and not guest[1]:
            # (the country before a portfolio's commas: Hungarian "fogadta Ausztria egészségügyi, szociális …
            # miniszterét")
            whole = "".join(pieces[: first + 1])
            before = clean_role(_office_from_role_word(_up_to_country(whole)))
            if before[1] and len(whole.split()) <= MAX_HOST_OFFICE_WORDS and "." not in "".join(pieces[1:first:2]):
                guest_text, guest = whole, before
        if len(_office_from_role_word(guest_text).split()) > MAX_HOST_OFFICE_WORDS:
            continue
        # "On 9 May in Lima, the High Representative met the representatives of the Andean Community: the
        # Minister of Foreign Affairs of Ecuador, … and the Vice-Minister of Foreign Affairs of Peru": the host, from
        # the last comma before the verb, and every guest's office
        lead = clean_role(re.split(r",\s", sentence[: verb.start()])[-1]) if not host and not named else (None,) * 3
        guests = _guest_offices(sentence[verb.end() :], registry) if lead[0] and (lead[1] or lead[2]) else []
        if guests and lead[1] not in {g.country for g in guests}:
            return [Signatory(name=None, role=lead[0], country=lead[1], organisation=lead[2]), *guests]
        if met:
            continue
        if host and guest[0] and guest[1] and guest[1] != host.country:
            return [Signatory(name=None, role=guest[0], country=guest[1])]
        if host or not ((office[0] or named) and guest[0] and guest[1]):
            continue
        host_country = office[1] or _home_country(layout, language, guest[1])
        if host_country and guest[1] != host_country:
            guests = [Signatory(name=None, role=guest[0], country=guest[1])]
            # (two guests: "… gostil avstrijskega zveznega ministra za Evropo, integracijo in zunanje zadeve in
            # italijansko ministrico za zunanje zadeve")
            halves = _office_halves(re.split(r"\.(?:\s|$)", sentence[verb.end() :])[0])
            two = [clean_role(_office_from_role_word(half)) for half in halves] if halves else []
            if two and all(g[0] and g[1] and g[1] != host_country for g in two) and two[0][1] != two[1][1]:
                guests = [Signatory(name=None, role=g[0], country=g[1]) for g in two]
            return [Signatory(name=named[0].text if named else None, role=office[0], country=host_country), *guests]
    return []


def _guest_offices(after_verb: str, registry: PeopleRegistry | None) -> list[Signatory]:
    """The offices a host met or received, two or more, each of another country and none named, listed after the verb
    or after the colon of the group they represent; else none."""
    text = re.split(r"\.(?:\s|$)", after_verb)[0]
    text = text.split(":", 1)[1] if ":" in text else text
    listed = _from_list(text, (), registry or PeopleRegistry(()))
    if len(listed) < 2 or any(s.name or not (s.role and s.country) for s in listed):
        return []
    return listed if len({s.country for s in listed}) == len(listed) else []


REFLEXIVE_END_RE = compile_factored(r"\s+(?:si|se|sa|się|sich|sig)(?:\s+\S+){0,3}?\s*$")  # (and when: "sa vo štvrtok")
AGENCY_LEAD_RE = compile_factored(r"^\s*[^\W\d_][\w .'-]{0,30},?\s\([A-Z][\w/]{1,10}\)\s*[:–—-]?\s*")  # a place and an agency
OFFICE_AND_RE = compile_factored(r"(?i)\s(?:and|et|und|en|e|y|i|in|a|și|és|ir|un|ja|sekä|og|och|και|и|oraz)\s")
MAX_PAIR_OFFICE_WORDS = 16
OPENING_ARTICLE_CHARS = 4  # "a ", "the ", "la ": the most that may come before a country that opens an office


def _office_halves(subject: str) -> tuple[str, str] | None:
    """'Minister hospodárstva SR a spolkový minister hospodárstva a energetiky …' → the two offices an "and" joins:
    the second opens with its role word, after an article or an adjective ("și ministrul", "a spolkový minister",
    "και ο Κοινοβουλευτικός Υφυπουργός"), not a portfolio's "and" ("… a energetiky"), or with its country ("és a
    Ciprusi Köztársaság mezőgazdasági, … és környezetvédelmi minisztere"). Of several such "and"s, the one that leaves
    a country on each side."""
    subject = AGENCY_LEAD_RE.sub("", subject)  # ("Stockholm (TT) Sveriges näringsminister och …")
    subject = REFLEXIVE_END_RE.sub("", subject)  # ("… della Repubblica d'Austria si sono incontrati"): the verb's
    candidates: list[tuple[str, str]] = []
    for m in OFFICE_AND_RE.finditer(subject):
        first, second = subject[: m.start()], subject[m.end() :]
        if first.endswith("-"):
            continue  # a compound's shared end: "majandus- ja taristuminister", "Wirtschafts- und …"
        if not any(map(is_role_word, first.split())) or not any(map(is_role_word, second.split())):
            continue
        lead = second.split()[:3]
        at = next((k for k, w in enumerate(lead) if is_role_word(w)), None)
        opens_office = at is not None and not OFFICE_AND_RE.search(" " + " ".join(lead[: at + 1]))
        # ("… infrastructurii și comunicațiilor și ministrul …": the next "and" is the offices')
        opens_country = any(start <= OPENING_ARTICLE_CHARS for start, _, _ in find_countries(second))
        if not (opens_office or opens_country):
            continue
        if len(first.split()) > MAX_PAIR_OFFICE_WORDS or len(second.split()) > MAX_PAIR_OFFICE_WORDS:
            continue
        candidates.append((first, second))
    if not candidates:
        return None
    return max(candidates, key=lambda c: sum(bool(clean_role(half)[1]) for half in c))  # (the first of the best)


def _without_when_where(office: str) -> str:
    """'W środę w Bredzie Minister Obrony …' → 'Minister Obrony …': a short word (a preposition) before the first role
    word opens when and where, not the office (but 'Deputy Prime Minister', 'Κοινοβουλευτικός Υφυπουργός' stay)."""
    words = office.split()
    at = next((i for i, w in enumerate(words) if is_role_word(w)), 0)
    # (an article opening the office is no preposition: "ο Κοινοβουλευτικός Υφυπουργός", but "W środę w …" is)
    short = [i for i, w in enumerate(words[:at]) if len(w) <= 2 and w.isalpha()]
    opens_clause = any(i or words[1][:1].islower() for i in short)
    return _office_from_role_word(office) if opens_clause else office


def _two_countries_offices(
    halves: tuple[str, str], layout: Layout, language: str | None
) -> list[tuple[str, str | None, str]]:
    """(role, organisation, country) of each of two offices of two countries; the one the page names without a
    country is the page's own (the site's, the title's other, or the language's)."""
    one, two = clean_role(_without_when_where(halves[0])), clean_role(_without_when_where(halves[1]))
    if not (one[0] and two[0]) or one[2] or two[2] or not (one[1] or two[1]):
        return []
    one_country = one[1] or _home_country(layout, language, two[1])
    two_country = two[1] or _home_country(layout, language, one[1])
    if not (one_country and two_country) or one_country == two_country:
        return []
    return [(one[0], one[2], one_country), (two[0], two[2], two_country)]


def _office_pair(sentences: list[str], layout: Layout, language: str | None) -> list[Signatory]:
    """'Hrvatski ministar unutarnjih poslova i ciparski ministar unutarnjih poslova potpisali su …', 'Ministrul … și
    ministrul … al Marelui Ducat al Luxemburgului au semnat astăzi …': two offices, named by neither's holder, that
    sign or issue the statement, each of its own country."""
    for k, sentence in enumerate(sentences):
        low = sentence.lower()
        if not (SIGNED_TODAY_LOW.search(low) or ADOPTED_TODAY_LOW.search(low) or JOINT_ISSUE_LOW.search(low)):
            continue
        subject = _subject_text(sentence)
        if k and (subject is None or _only_the_pair(subject)):
            # "Ministar … Republike Hrvatske i ministar … Bosne i Hercegovine sastali su se u Staroj Gradiški. Nakon
            # sastanka potpisali su zajedničku izjavu.": a verb with no subject of its own, or "the ministers" ("…
            # päätteeksi ministerit antoivat …"), signs for the last sentence's
            subject = _subject_text(sentences[k - 1])
        halves = _office_halves(subject) if subject else None
        if halves:
            offices = _two_countries_offices(halves, layout, language)
            return [Signatory(name=None, role=role, country=country) for role, _, country in offices]
    return []


def _only_the_pair(subject: str) -> bool:
    """'Tapaamisen päätteeksi ministerit', 'After the meeting the ministers': the signers again, by a plural office
    alone, with no country and no name."""
    words = re.findall(r"[\w-]+", subject)
    return len(words) <= MAX_PAIR_SUBJECT_WORDS and any(map(is_role_word, words)) and not find_countries(subject)


MAX_PAIR_SUBJECT_WORDS = 5
OPENING_QUOTES = "“„«"
QUOTE_CHARS_RE = compile_factored('["“”„«»]')
CLOSING_QUOTES = "”»"


def _quoted(sentence: str, in_quote: bool) -> tuple[bool, bool]:
    """Whether `sentence` lies wholly within a quotation (one open before it, or opened at its start and not closed
    in it: a statement quoted over several paragraphs opens each with a mark), and whether one is open after it."""
    if not in_quote and not QUOTE_CHARS_RE.search(sentence):
        return False, False  # (most sentences hold no quotation mark)
    text = sentence.strip()
    opens = text[:1] in OPENING_QUOTES or text[:1] == '"'
    inside = in_quote or opens
    for ch in text[1 if opens else 0 :]:
        if ch == '"':
            inside = not inside
        elif ch in CLOSING_QUOTES or (ch == "“" and text[:1] == "„"):  # („…“: German closes with “)
            inside = False
        elif ch in OPENING_QUOTES:
            inside = True
    whole = (in_quote or opens) and inside
    return whole, inside


def _noted_office_holders(members: list[Signatory], layout: Layout, language: str | None) -> list[Signatory]:
    """'La secretaria general … del Reino de España y el director general … de la República de Austria*' over '*
    Name y Name.': the two names a note gives after two offices of two countries hold them, in order."""
    if len(members) != 2 or not all(s.name and not (s.role or s.country or s.organisation) for s in members):
        return members
    for line in layout.body[:MAX_OPENING_LINES]:
        marker = GROUP_MARKER_RE.search(line.text[:MAX_LIST_CHARS])
        if not marker:
            continue
        before = line.text[: marker.start()]
        ends = list(SENTENCE_END_RE.finditer(before))
        subject = before[ends[-1].end() if ends else 0 :]
        halves = _office_halves(subject)
        offices = _two_countries_offices(halves, layout, language) if halves else []
        if not offices:
            return members
        return [replace(s, role=role, organisation=org, country=country) for s, (role, org, country) in zip(members, offices)]
    return members


CONCLUSIONS_TITLE_RE = compile_factored(
    r"(?i)\bcouncil conclusions\b|\bconclusions du conseil\b|\bschlussfolgerungen des rates\b|\bconclusiones del consejo\b"
    r"|\bconclusioni del consiglio\b|\bconclusões do conselho\b|\bconclusies van de raad\b"
)
PAIR_WORDS = (
    r"(?:two|both|két|mindkét|dvojica|dva|dvije|oba|obaj|obie|beide[n]?|deux|dos|ambos|due|entrambi|två"
    r"|begge|kaksi|molemmat|abu|abi|mõlemad|divi|doi|cei doi|ambii|δύο|двамата|двата)"
)
# at the start, or before the office's last words: "… przy alei Szucha obaj ministrowie"
PAIR_ROLE_RE = compile_factored(rf"(?i)^(?:the\s+)?{PAIR_WORDS}\s|\s{PAIR_WORDS}\s(?:\S+\s+){{0,3}}?\S+$")
# "Name (Renew, NL)", "Name (EPP, DE)": a Member of the European Parliament, by political group and member state
MEP_BRACKET_RE = r"\s*\((?:[A-Z][\w&/-]{0,9}|S&D),\s*[A-Z]{2}\)"
MEP_ANY_RE = compile_factored(MEP_BRACKET_RE)


def _members_of_parliament(signatories: list[Signatory], text: str) -> list[Signatory]:
    """Named signers the text marks with a political group and a member state's code sign for the Parliament."""
    if not any(s.name and not s.organisation for s in signatories) or not MEP_ANY_RE.search(text):
        return signatories  # (most texts mark no one so: one search, not one a name)
    return [
        replace(s, organisation="European Parliament")
        if s.name and not s.organisation and re.search(re.escape(s.name) + MEP_BRACKET_RE, text)
        else s
        for s in signatories
    ]


def _with_publisher_organisation(signatories: list[Signatory], publisher: str | None) -> list[Signatory]:
    """'Statement by the Spokesperson', republished from the EEAS: the role speaks for the publisher."""
    if not publisher:
        return signatories
    m = INSTITUTION_RE.search(fold(publisher))
    if not m:
        return signatories
    organisation = INSTITUTION_BY_ALIAS[m.group(0)]
    return [
        replace(s, organisation=organisation) if not s.name and s.role and not s.organisation and not s.country else s
        for s in signatories
    ]


# A council or committee of the EU and one partner, which speaks as one body ("The EU-Georgia Association Council
# welcomed …"): "EU-Georgia Association Council", or "Cooperation Council between the European Union and Kazakhstan".
JOINT_BODY = (
    r"(?:(?:Stabili[sz]ation and Association|Association|Co-?operation|Partnership(?: and Co-?operation)?|Joint)"
    r"\s+(?:Council|Committee)|Joint\s+Commission)"
)
JOINT_BODY_RE = compile_factored(
    rf"\b(?P<side>EU|European Union|NATO)\s?[-–]\s?(?P<other>[A-Z][\w]+(?:\s[A-Z][\w]+)??)\s+"
    rf"(?P<body>{JOINT_BODY}|Commission|Council)\b"
    rf"|\b(?P<body2>{JOINT_BODY})(?:\s+meeting)?\s+between\s+the\s+(?:European Union|EU)\s+and\s+(?P<other2>[^,.;:]{{2,60}})"
)


def joint_body(text: str) -> str | None:
    """'EU-Serbia Stabilisation and Association Council' if `text` names such a body, else None."""
    for m in JOINT_BODY_RE.finditer(text):
        found = find_countries(m.group("other") or m.group("other2"))
        if found:
            side = "NATO" if m.group("side") == "NATO" else "EU"
            return f"{side}-{found[0][2]} {m.group('body') or m.group('body2')}"
    return None


def extract_signatories(
    layout: Layout, registry: PeopleRegistry, date: str | None, language: str | None = None
) -> tuple[list[Signatory], list[Warning]]:
    """Who signs, from the most to the least explicit evidence.

    1. signatures: a closing 'signed/endorsed by …', a signature list, 'For the Republic of X' blocks;
    2. a 'statement by …' clause in the title or the opening text, 'represented by …';
    3. the subject of the opening sentence ('The Prime Minister of X, Name, … met today').
    The first of these that names people decides; the others only add to people it already has.
    Without any person, the countries and institutions of all three are kept.
    """
    warnings: list[Warning] = []
    signed: list[Signatory] = []
    for text, sentence in closing_lists(layout, date):
        listed = _for_country(sentence, _from_list(text, layout.notes, registry))
        signed = _merge(signed, _surnames_named_before(text, listed, layout, registry) + listed)
    signed = _merge(signed, signature_list(layout, registry))
    signed = _merge(signed, we_list(layout))
    signed = _merge(signed, signature_blocks(layout, registry))
    signed = _merge(signed, signature_pairs(layout))
    title_text = _list_text(layout.title) if layout.title else None
    strong = _from_list(title_text, layout.notes, registry) if title_text else []
    strong = [s for s in strong if not (s.name and _a_place_in(s.name, layout))]
    if title_text and len(strong) == 1 and not strong[0].name and JOINT_ISSUE_RE.search(layout.title or ""):
        strong = _two_offices(title_text, layout.notes, registry) or strong
    if not strong and layout.title:
        strong = _titled_by(layout.title) or _headline_speakers(layout.title, registry)
    weak: list[Signatory] = []
    weak_headline = False  # the weak reading came from a headline's line
    weak_issue = False  # the sentence of the weak reading says its people issue the statement
    fallback: list[Signatory] = []
    opening = _opening_sentences(layout)
    named_after_list = False  # the first person named comes after a sentence that listed countries
    issued_by_list = False  # the first sentence that lists countries (and names no one) issues the statement
    one_signers: list[Signatory] = []  # one person named as signing for a country, or as co-signing
    issuing_offices: list[Signatory] = []  # offices, unnamed, that issue the statement after someone was named
    governments_signing: list[Signatory] = []  # "the Governments of A, B and C signed", after someone was named
    guest_countries: set[str] = set()
    bodies_signing: list[Signatory] = []
    publisher_body = INSTITUTION_BY_ALIAS.get(fold(re.sub(r"\s*\(.*?\)", "", layout.publisher or "")).strip())
    council_publisher = publisher_body if publisher_body == COUNCIL else None
    # the signers of an agreement sign the statement only where the text says its signatories issued it
    titled_body = joint_body(layout.title) if layout.title else None
    # "At the close of the Dialogue, the two heads of delegation issued the following joint press statement": who led
    # each side, or co-chaired, signs (not the parties, nor the dialogue the title names)
    later = _later_sentences(layout, opening)
    chairs_issue = any(
        CHAIRS_RE.search(sentence) and JOINT_ISSUE_RE.search(sentence) and ISSUED_RE.search(sentence)
        for sentence in opening + later
    )
    chairs_read = False  # a clause of the opening said who led or chaired each side
    signatories_named = SIGNATORIES_RE.search("\n".join(ln.text for ln in layout.body[:MAX_LATER_LINES])) is not None
    parties_found = False
    delegations_led = False  # who led each side's delegation was read as a signer
    in_quote = False  # the sentences so far opened a quotation that has not closed
    for position, sentence in enumerate(opening):
        signers_issue = signatories_named or not AGREEMENT_RE.search(sentence)
        representing = (
            _subject_text(sentence, present_signs=True) if REPRESENT_HINT_RE.search(sentence.lower()) else None
        )
        if representing and REPRESENTING_RE.match(sentence[sentence.find(representing) + len(representing) :]):
            # "The President of the European Council and the President of the European Commission represented the EU
            # at the summit": offices, unnamed, sign for their side (a named envoy who represents a presidency at a
            # meeting does not)
            offices = _from_list(representing, layout.notes, registry)
            if not any(s.name for s in offices):
                bodies_signing.extend(s for s in offices if s.organisation and s.role and not s.country)
        following = ON_BEHALF_OF_FOLLOWING_RE.search(sentence[:MAX_LIST_CHARS])
        if following:  # "… this statement on behalf of the following participating States: A, B, …"
            strong = _merge(
                strong, [s for s in _from_list(following.group("list"), layout.notes, registry) if s.country]
            )
            continue
        parties = _signed_for_parties(sentence, registry) if signers_issue else []
        if parties:  # "For the Union the agreement was signed by …; for Mexico by Name, …": beside the others
            one_signers += parties
            parties_found = True
            continue
        behalf = ON_BEHALF_RE.match(sentence.lstrip())
        inst = INSTITUTION_RE.match(fold(behalf.group("org"))) if behalf else None
        if inst and SIGNED_TODAY_RE.search(sentence):
            # "Namens de Europese Commissie ondertekenden de vicevoorzitter … en de commissaris …": the body signs
            bodies_signing.append(Signatory(name=None, organisation=INSTITUTION_BY_ALIAS[inst.group(0)]))
            continue
        one = _one_signer(sentence, registry)
        if one:  # "Για την Ελλάδα τη διακήρυξη υπέγραψε ο πρωθυπουργός Name", "… sopodpisal švedski premier Name"
            one_signers += one
            continue
        on_behalf = _on_behalf_of_countries(sentence, registry)
        if on_behalf:  # "I am speaking on behalf of Denmark, France, Greece and Slovenia, ahead of …"
            strong = _merge(strong, on_behalf)
            continue
        dashed = (
            DASHED_MEMBERS_RE.search(sentence[:MAX_LIST_CHARS])
            if "–" in sentence or "—" in sentence
            # "Los Estados partes del Mercosur -Argentina, Brasil, Paraguay y Uruguay- y la Comisión Europea …"
            else _hyphened_members(sentence[:MAX_LIST_CHARS])
            if " -" in sentence
            else None
        )
        members = find_countries(dashed.group("members")) if dashed else []
        if (
            len(members) >= MIN_DASHED_MEMBERS
            and any(is_role_word(w) for w in dashed.group("after").split())
            and not WE_CLAUSE_RE.search(sentence)  # "We, the Leaders of the Group of Seven – Canada, … –": read below
        ):
            # "Kaheteistkümne … liikmesriigi – Austria Vabariigi, …, Sloveenia Vabariigi – presidendid ja kõrged
            # esindajad, kes kohtusid …": the states between the dashes, then who of them speaks
            strong = _merge(strong, [Signatory(name=None, country=c) for _, _, c in members])
            continue
        offices = _dashed_offices(dashed, registry) if dashed else []
        if offices:
            strong = _merge(strong, offices)
            continue
        if len(members) >= MIN_DASHED_MEMBERS:
            subject = _dashed_subject(sentence, dashed)
            if subject:
                strong = _merge(strong, subject)
                continue
        postposed = _countries_then_role(sentence)
        if postposed:
            strong = _merge(strong, postposed)
            continue
        # ("… los Gobiernos de España, Francia y Portugal … han suscrito" after a host was named: beside him, below)
        governments = [] if any(s.name for s in weak) else _governments_of_many(sentence, layout.notes, registry)
        if governments:  # "„Die Regierungen Belgiens, Dänemarks, … haben den Bericht … geprüft": they speak
            strong = _merge(strong, governments)
            continue
        adopted = _adopted_by_countries(sentence, layout.notes, registry)
        if adopted:  # "… l'Appel de Christchurch … a été adopté par l'Australie, le Canada, …"
            strong = _merge(strong, adopted)
            continue
        signers = SIGNED_BY_ROLES_RE.search(sentence[:MAX_LIST_CHARS])
        if signers and (
            len(find_countries(signers.group("list"))) >= 2
            # "Unterzeichnet haben Bundesumweltministerin Name, die österreichische Bundesministerin … Name, …"
            or len(names_in(signers.group("list"), registry)) >= 2
            # "Vyhlásenie podpísali minister financií SR Name, predseda Euroskupiny, … a prezident Európskej
            # centrálnej banky": one named, the others institutions' offices
            or len(names_in(signers.group("list"), registry)) == 1
            and (
                INSTITUTION_RE.search(fold(signers.group("list")))
                # ("… was signed … by the Commissioner for Home Affairs and by the Minister …, Name")
                or any(organisation_for_role(w) for w in signers.group("list").split()[:6] if is_role_word(w))
            )
        ):
            # "Společné prohlášení podepsali ministři odpovědní za energetiku Belgie, Bulharska, …"
            # ("Assinaram a declaração o presidente do Governo Regional …, Name, …": the verb's object first)
            opens = OBJECT_THEN_OFFICE_RE.match(signers.group("list"))
            listed = _we_group(signers.group("list")[opens.end() if opens and is_role_word(opens.group("w")) else 0 :])
            every = names_in(signers.group("list"), registry)
            if len(names_in(listed, registry)) < len(every):
                # ("…, rakúsky spolkový minister pre poľnohospodárstvo, klímu a vodné hospodárstvo Name a …": a
                # portfolio's commas; the list runs to its last name and that name's office)
                rest = signers.group("list")[every[-1].end :]
                listed = signers.group("list")[: every[-1].end] + re.match(r"[^,.;:]*", rest).group(0)
            # ("the Commissioner …, for the European Union, and by the ministerial representatives of …": the aside
            # says for whom the first one signed; the list goes on)
            strong = _merge(strong, _from_list(FOR_PARTY_AND_BY_RE.sub(", and ", listed), layout.notes, registry))
            continue
        by_clause = _list_text(sentence)
        at = sentence.find(by_clause) if by_clause else -1
        if by_clause and dated_before(sentence[at : at + len(by_clause) + MAX_ACT_DATE_DISTANCE], date):
            # "the judgment delivered by the Court of Appeal of Tonga on 21 July 2022": an earlier act's author
            by_clause = None
        if by_clause and sentence.find(by_clause) > 0:
            # ("Der Bundesminister …, Name, und der … Minister …, Name, haben … eine Gemeinsame Erklärung zum Ausbau
            # der Schienenverbindung … unterzeichnet": what the statement is about, after a subject that names them)
            # (but "Name … issued a joint statement of France, Germany and the United Kingdom": more sign there)
            named_subject = _subject_text(sentence)
            subject_names = names_in(named_subject, registry) if named_subject else []
            if (
                subject_names
                and sentence.find(by_clause) >= len(named_subject)
                and len(_from_list(by_clause, layout.notes, registry)) < len(subject_names)
            ):
                by_clause = None
        represented = (
            None
            if by_clause
            else REPRESENTED_BY_RE.search(sentence[:MAX_LIST_CHARS])
            # (but the EU-Georgia Association Council's statement is the council's, whoever led each side)
            or (None if titled_body and not chairs_issue else LED_BY_RE.search(sentence[:MAX_LIST_CHARS]))
            # ("The Dialogue was co-chaired by the Deputy Managing Director … and by Name, Ambassador …")
            or (CHAIRED_BY_RE.search(sentence[:MAX_LIST_CHARS]) if chairs_issue else None)
        )
        listed = _from_list(by_clause, layout.notes, registry) if by_clause else []
        delegations_led = delegations_led or bool(represented and represented.re is LED_BY_RE.pattern_object)
        if represented:
            listed += _sides(sentence, represented, layout.notes, registry)
            chairs_read = True
        if listed:  # ("… la Dichiarazione di Roma": a declaration of a place names no signer; the subject may)
            strong = _merge(strong, _for_country(sentence, listed))
            continue
        council = COUNCIL_SUBJECT_RE.match(sentence)
        if council and council_publisher and PREDICATE_RE.match(sentence, council.end()):
            # "The Council agreed on the following" on the Council's own page: the Council signs
            bodies_signing.append(Signatory(name=None, organisation=council_publisher))
            continue
        # (a sentence wholly within quotes is someone's words, the statement's own or a speaker's, not who makes it)
        quoted, in_quote = _quoted(sentence, in_quote)
        subject = None if quoted else _subject_text(sentence)
        if subject and (not any(s.name for s in weak) or weak_headline):
            found = _from_list(subject, layout.notes, registry)
            if any(s.name for s in found) and (not weak_headline or _restates(weak, found)):
                # the first sentence that names people says who makes the statement (a headline's second line, with no
                # full stop, gives way to the text's first sentence that names them again, more fully)
                weak_headline = not weak_headline and not SENTENCE_END_RE.search(sentence) and _headline(sentence)
                weak = found
                # ("…, Name, who issued the following …", or "At the end of the meeting, the two co-chairs issued …")
                following = opening[position + 1] if position + 1 < len(opening) else ""
                weak_issue = bool(
                    JOINT_ISSUE_RE.search(sentence) or JOINT_ISSUE_RE.search(following) and CO_CHAIRS_RE.search(following)
                )
                named_after_list = bool(fallback)
                together = TOGETHER_WITH_RE.search(sentence, len(subject) - 1)
                offices = [
                    s for s in _from_list(sentence[len(subject) :], layout.notes, registry) if s.country and s.role
                ]
                hosting = HOST_VERB_RE.search(sentence, len(subject) - 1)
                if hosting and not any(s.country for s in found) and len(offices) >= MIN_OFFICE_COUNTRIES:
                    # "O Primeiro-Ministro, Name, acolheu hoje … a Cimeira …, que reuniu chefes de Estado … da
                    # Bulgária, da Chéquia, …": the host's guests, by office
                    weak = _merge(weak, [s for s in offices if not s.name])
                    guest_countries = {s.country for s in offices}
                if together and SIGNED_TODAY_RE.search(sentence):
                    # "Minister Name heeft vandaag samen met de ministers van België, Denemarken, … ondertekend"
                    guests = _from_list(_list_until_end(sentence[together.end() :]), layout.notes, registry)
                    weak = _merge(weak, [s for s in guests if (s.country or s.organisation) and not s.name])
                    guest_countries = {s.country for s in guests if s.country}  # the host is from none of them
            elif not fallback:
                fallback = found
                issued_by_list = bool(JOINT_ISSUE_RE.search(sentence))
                together = TOGETHER_WITH_RE.search(sentence, len(subject) - 1)
                if together and issued_by_list and FOLLOWING_ISSUED_RE.search(sentence, 0, together.start()):
                    # "The Delegation of the European Union issues the following statement together with the Embassies
                    # of A, B and C": those countries issue it beside the body
                    beside = _from_list(_list_until_end(sentence[together.end() :]), layout.notes, registry)
                    fallback = _merge(fallback, [s for s in beside if s.country and not s.name])
                if together and SIGNED_TODAY_RE.search(sentence) and any(s.role for s in found):
                    # "Die Bundeskanzlerin hat heute … gemeinsam mit dem Präsidenten des Europäischen Parlaments und
                    # dem Präsidenten der Europäischen Kommission die Erklärung unterzeichnet": offices, all unnamed
                    # (up to the statement's name in quotes: "… der Europäischen Kommission die „Berliner Erklärung"")
                    listed = re.split(r"\s(?:\w+\s)?[„“«\"]", sentence[together.end() :])[0]
                    guests = _from_list(_list_until_end(listed), layout.notes, registry)
                    fallback = _merge(fallback, [s for s in guests if (s.country or s.organisation) and not s.name])
            elif not any(s.country for s in fallback) and len([s for s in found if s.country]) >= MIN_BARE_COUNTRIES:
                # "Ten North Seas countries and the Commission sign …" over "Ministers … of Belgium, Denmark, …,
                # together with the Commissioner …, today signed": the countries a later sentence lists join the bodies
                fallback = _merge(fallback, found)
        elif subject and _governments_at(subject) and SIGNED_TODAY_RE.search(sentence):
            # "Al término del encuentro, los Gobiernos de España, Francia y Portugal y la Comisión Europea han
            # suscrito la Declaración": the governments sign as their states, beside whoever hosted
            governments_signing = _from_list(subject, layout.notes, registry)
        elif subject and not issuing_offices and JOINT_ISSUE_RE.search(sentence):
            # "Following the meeting, the President of the European Commission, the US Secretary of State, the Prime
            # Minister of Armenia and the High Representative … issued the following joint statement", after a
            # sentence that named one of them
            issuing_offices = [s for s in _from_list(subject, layout.notes, registry) if not s.name]
    if chairs_issue and not chairs_read:
        # ("The Guyanese delegation was led by …" in the second paragraph, "the two heads of delegation issued …" in
        # the third)
        for sentence in later:
            led = LED_BY_RE.search(sentence[:MAX_LIST_CHARS]) or CHAIRED_BY_RE.search(sentence[:MAX_LIST_CHARS])
            if led:
                strong = _merge(strong, _for_country(sentence, _sides(sentence, led, layout.notes, registry)))
                delegations_led = True
    if parties_found:  # "Für die Europäische Union unterzeichneten …" in the paragraph's fourth sentence
        for sentence in later:
            if signatories_named or not AGREEMENT_RE.search(sentence):
                one_signers += _signed_for_parties(sentence, registry)
    if not strong:
        strong = _we_paragraph(layout, opening, registry)
    if not strong:
        strong = _signed_by_paragraph(layout, opening, registry)
    if not strong:
        strong = _offices_over_points(layout, registry)
    parties = _we_parties_listed(layout, registry) if not any(s.name for s in strong) else []
    if parties:
        strong = parties
    guests = _host_and_guests(opening, registry)
    hosted = False  # who signs came from a host and the guests
    if len(guests) > len([s for s in weak if s.name]):
        # (in the order the text gives them; the subject's reading of a role, where it has one, over the whole
        # sentence's: "minister infrastruktury", not "Gospodarzem spotkania był minister infrastruktury")
        subject_roles = {_key(s): s.role for s in weak if s.name and s.role}
        weak = [
            replace(s, role=subject_roles.get(_key(s), s.role if s.organisation else _tight_role(s.role)))
            for s in _merge(guests, [s for s in weak if s.name])
        ]
        hosted = True
    host = None if any(s.name for s in [*signed, *strong, *weak]) else _inviting_host(opening, registry)
    if host and not bodies_signing:
        # "Réunis … à l'invitation du ministre de l'Intérieur, Name, les ministres … de A, B, … ont adopté …": the
        # host is one of the ministers who adopt it
        weak, hosted = [host], True
    # "… following the EU-Georgia Association Council"; "Joint statement of the NATO-Georgia Commission"
    body = joint_body(layout.title) if layout.title and not title_text else None
    if title_text and re.match(
        rf"(?i)(?:the\s+)?(?:EU|European Union|NATO)\s?[-–]\s?\S+\s+(?:{JOINT_BODY}|Commission|Council)\b", title_text
    ):
        body = joint_body(title_text)
    # (but "The European Union and the Republic of Uzbekistan issued the following joint press release at the close of
    # the … Cooperation Council": the text says who issues it)
    # the countries and bodies of the sentence that says who issues the statement ("The European Union and the Kingdom
    # of Bahrain issued the following joint press release:")
    issuers = [s for s in fallback if s.country or s.organisation] if issued_by_list else []
    # (but "The meeting was co-chaired by the Deputy Secretary General … and by the Undersecretary …, Name, who issued
    # the following joint press release": the text says who issues it)
    if body and not any(s.name for s in [*signed, *strong]) and not (weak_issue and any(s.name for s in weak)):
        # "Joint press release following the … EU-Georgia Association Council": the council speaks; who chaired,
        # led a delegation or attended does not sign (but "The European Union and the Republic of Uzbekistan issued
        # the following joint press release at the close of the … Cooperation Council": the text says who issues it)
        return (issuers if len(issuers) >= 2 else [Signatory(name=None, organisation=body)]), warnings
    if delegations_led and len(issuers) >= 2 and not any(s.name for s in signed) and not chairs_issue:
        # "The European Union and the Kingdom of Bahrain issued the following joint press release: … The EU delegation
        # was led by …": the parties that issue it sign; who led their delegations does not
        return issuers, warnings
    tiers = [signed, strong, weak]
    chosen = next((tier for tier in tiers if any(s.name for s in tier)), None)
    members = _noted_office_holders(_footnoted_members(layout), layout, language)
    if any(s.name for s in members):
        chosen = _merge(chosen, members) if chosen is not None else members
    if chosen is not None:
        names = {_key(s) for s in chosen if s.name}
        found = list(chosen)
        for tier in tiers:
            if tier is not chosen and any(_key(s) in names for s in tier if s.name):
                # roles and full names (but not another body for one who already speaks for a country, nor the
                # reverse: a weaker reading that ran two offices together)
                mine = {_key(s): s for s in chosen if s.name}
                found = _merge(
                    found,
                    [
                        replace(
                            s,
                            organisation=None if mine[_key(s)].country else s.organisation,
                            country=None if mine[_key(s)].organisation else s.country,
                        )
                        for s in tier
                        if s.name and _key(s) in names
                    ],
                )
        listed = [s for s in fallback if s.country]
        if chosen is not weak and issued_by_list and len(listed) >= max(MIN_OFFICE_COUNTRIES, 2 * len(names)):
            # "Les ministres de l'Intérieur de douze États membres – … – ont adopté … une déclaration commune" and
            # "Pour la Belgique, la déclaration a été signée par …, Name": the twelve sign, one of them named
            found = _merge(found, fallback)
        if chosen is weak and len(governments_signing) >= 2 and not any(s.name for s in governments_signing):
            named_countries = {s.country for s in found if s.name and s.country}
            found = _merge(found, [s for s in governments_signing if s.organisation or s.country not in named_countries])
        if chosen is weak and len(issuing_offices) >= 2:
            # the named host is one of the offices that issue it (by country, or by office where the text gave it no
            # country yet), and takes that office's country; the others sign beside
            for person in [s for s in weak if s.name]:
                same = [
                    o
                    for o in issuing_offices
                    if o.country and (o.country == person.country or not person.country and o.role == person.role)
                ]
                if len(same) == 1:
                    issuing_offices.remove(same[0])
                    if not person.country:
                        found = [replace(s, country=same[0].country) if s is person else s for s in found]
                    found = _merge(found, issuing_offices)
                    break
        if chosen is weak:
            # "Declaración de los ministros de España, Francia, Italia y Portugal" over an opening that names only
            # the host: the title's countries still sign (and get their ministers' names below, where given)
            found = _merge(found, [s for s in strong if not s.name and s.country])
            within = {s.country for s in weak if s.country} <= {s.country for s in listed}
            if hosted and within and len(listed) >= MIN_OFFICE_COUNTRIES:
                # "The High Representative … and the Ministers of Foreign Affairs of A, B, C, D and E met today …,
                # hosted by the Minister of Foreign Affairs of B, Name": the meeting's list is whole, the host in it
                found = _merge(found, fallback)
            elif named_after_list and len(listed) >= max(MIN_OFFICE_COUNTRIES, 2 * len([s for s in weak if s.name])):
                # "… i leader di Austria, Belgio, … hanno firmato oggi …" and only then "ospitato dal Presidente del
                # Consiglio Name": the first sentence's list signs, and the host is one of them (but four ministers
                # named after "the Nordic defence ministers" are the group, whoever else it may hold)
                found = _merge(found, fallback)
            if not any(s.country and not s.name for s in strong):
                # "… i ministri della Salute di Croazia, Cipro, … hanno sottoscritto con il Ministro Cusimano una
                # dichiarazione congiunta": the host's guests, by office, in the sentence that issues the statement
                found = _merge(found, _office_of_countries(opening, layout.notes, registry, issuing=True))
        # "the Ministers of X, Y and Z" and the three ministers named: the same signers, once (the site's own
        # office holder, named without a country, first takes the site's: "predseda vlády SR Name a predseda vlády
        # Ukrajiny" on the Slovak government's page)
        found = _named_home_by_site(_unnamed_home_by_title(found, layout), layout, language, guest_countries)
        people = [s for s in found if s.name]
        unnamed_countries = [s for s in found if not s.name and s.country]
        people_countries = {p.country for p in people if p.country}
        as_many = len(people) >= len(unnamed_countries)

        # one office of a country listed beside the named in the same list ("Name (V), Sveriges migrationsminister og
        # …") is another person; a plural ("the Ministers of X and Y") may be the named ones
        roles_of_unnamed = Counter(s.role for s in chosen if not s.name and s.country)
        listed_beside = {
            _key(s)
            for s in chosen
            if not s.name
            and s.country
            and roles_of_unnamed[s.role] == 1  # (one office shared by several countries is a group)
            and _content_words(s.role) <= MAX_TAIL_OFFICE_WORDS
            and not DELEGATION_RE.match(s.role or "")
            # (the role word first, or last in a language that puts the office's words before it)
            and any(is_role_word(w) and not PLURAL_ROLE_END_RE.search(w) for w in _office_words(s.role))
        }

        def same_signer(s: Signatory) -> bool:  # a country already signing through its named minister
            if not s.name and _key(s) in listed_beside and any(p.name for p in chosen):
                return s.country in people_countries
            return not s.name and bool(s.country) and (s.country in people_countries or as_many and same_office(s))

        def same_office(s: Signatory) -> bool:  # "the Ministers of X and Y" beside two ministers named; but "le
            # Premier ministre polonais Name et le président français" are two offices
            homeless = [p for p in people if not p.country]
            if homeless and all(_other_portfolio(p.role, s.role) for p in homeless):
                return False  # ("Deputy Minister of Transport Name and Moldova's State Secretary for Agriculture": another)
            words = (s.role or "").split()
            office = (
                0 < _content_words(s.role) <= MAX_TAIL_OFFICE_WORDS
                and any(map(is_role_word, _office_words(s.role, lead=3)))
                and not DELEGATION_RE.match(words[0])
            )
            # (every named signer speaks for another country: the unnamed office is someone else)
            return not office or not all(p.country and p.role for p in people)

        found = [s for s in found if not same_signer(s)]
        # "Statements by the HR/VP" over a named HR/VP: the unnamed role is the same person
        # (unless no named signer holds its role or its institution: "the President of the European Council, …
        # and the Prime Minister of Japan, Name")
        named = [p for p in found if p.name]

        # offices listed unnamed beside the names, in the same list ("the President of the European Commission and
        # the President of Brazil, Name"), are other people than those names
        # (the role word may close a genitive: "Európai Bizottság energiaügyi biztosa")
        beside_names = {
            _key(s)
            for s in chosen
            if not s.name
            and s.role
            and (
                any(map(is_role_word, [*s.role.split()[:3], *s.role.split()[-1:]]))
                or COMMISSION_MEMBER_RE.match(s.role)  # ("The Member of the Commission responsible for …")
            )
        }

        def held_by_named(s: Signatory) -> bool:  # when every named signer speaks for a country, an institution's
            # office is someone else
            if any(p.role == s.role or s.organisation and p.organisation == s.organisation for p in named):
                return True
            if not s.organisation:  # (a head of government listed beside a named envoy of another body: the site's)
                # (or a minister beside named signers who each speak for a country: "Il Ministro delle Infrastrutture
                # e la Consigliera federale Name, …": the site's own)
                own = GOVERNMENT_HEAD_RE.match(s.role or "") or (
                    MINISTER_WORD_RE.match(s.role or "") and all(p.country and p.role != s.role for p in named)
                )
                return _key(s) not in beside_names or not own
            return not all(p.country for p in named) and _key(s) not in beside_names

        # (the offices a first sentence lists beside its countries, before the host is named, are their own)
        listed_first = {_key(s) for s in fallback} if named_after_list else set()
        found = [
            s for s in found if s.name or s.country or s.role is None or _key(s) in listed_first or not held_by_named(s)
        ]
    else:
        found = _merge(_merge(signed, strong), weak)
        listed = {s.country for s in fallback if s.country}
        have = {s.country for s in found if s.country}
        if len(listed) >= 2 and have and have <= listed:
            # "… van de Benelux en de Noordse landen" and the opening lists all eight: the opening's list is whole
            # (with the EU offices it names beside them: "…, insieme al Presidente del Consiglio europeo e …")
            found = _merge(
                found, [s for s in fallback if s.country or (s.organisation and s.role and not _leaders(s.role))]
            )
        if fallback and not any(s.country or s.organisation for s in found):
            found = fallback  # "Erklärung der Außenminister der deutschsprachigen Staaten": the opening names them
        sides = {(s.country, s.organisation) for s in fallback if s.role and (s.country or s.organisation)}
        held = {(s.country, s.organisation) for s in found if s.country or s.organisation}
        more = [s for s in fallback if (s.country, s.organisation) not in held]
        if held and held < sides and not any(s.name for s in found) and all(s.country for s in more):
            # "Joint statement by the Presidency and the High Representative" over "The Minister for Foreign Affairs of
            # Arvenia, on behalf of the Presidency, and the High Representative … issued …": the opening's offices
            # are the title's, and a country's office besides
            found = fallback
        if all(_no_signer(s) for s in found):
            # nothing found, or the EU beside its member states' ministers; a joint body ("the Council of the
            # Baltic Sea States") signs instead of the members the opening lists
            offices = _office_of_countries(opening, layout.notes, registry)
            if offices:
                found = _merge([s for s in found if s.organisation == EU], offices)
    found = _merge(found, bodies_signing)
    found = _with_one_signers(found, [one for one in one_signers if one.name])
    found = _name_unnamed(found, opening, registry, _site_country(layout), later)
    # (an office said to sign for its party is no unnamed entry a named signer of another country could fill)
    found = _with_one_signers(found, [one for one in one_signers if not one.name])
    found = _expand_surnames(found, "\n".join(ln.text for ln in layout.body[:10]))
    if language in DECLINING_LANGUAGES:
        # a photo caption ("Foto: Petar Orlić, Tadej Kranjc i …") is not text, but it spells names in the nominative
        lines = (*layout.body, *layout.notes, *layout.dropped)
        found = _nominative_names(found, "\n".join(ln.text for ln in lines), registry)
    found = _home_not_guest(found, guest_countries)
    found = _home_by_site(found, layout, guest_countries)
    found = _home_by_language(found, language, guest_countries)
    found = _home_among_named(found, layout, language, guest_countries)
    found = _home_office(found, layout, language, guest_countries)
    found = _named_home_by_site(found, layout, language, guest_countries)
    found = _named_home_beside_one(found, layout, language)
    found = _with_publisher_organisation(found, layout.publisher)
    found = _union_leaders_by_office(found)
    # ("Ministar … Republike Hrvatske i ministar …" read as one office shared by the two countries: maybe two offices)
    # (or the second office read with the first before it: "Minister … SR" and "Minister … SR a minister …")
    run_together = (
        len(found) == 2
        and found[0].role is not None
        and (
            found[0].role == found[1].role
            or (found[1].role or "").startswith(found[0].role)
            and OFFICE_AND_RE.match(found[1].role, len(found[0].role)) is not None
        )
    )
    # (or countries alone, from a title: "Съвместна декларация на България и Естония" over their two ministers)
    bare = len(found) >= 2 and all(s.country and not (s.role or s.organisation) for s in found)
    if not any(s.name for s in found) and (len([s for s in found if s.country]) < 2 or run_together or bare):
        # "Minister za zunanje zadeve … je danes v Ljubljani sprejel latvijskega zunanjega ministra. … sta ministra
        # sprejela skupno izjavo": a host's office, its guest's, and the two issue the statement
        pair = _host_and_guest_offices(opening, layout, language, registry=registry) or _office_pair(
            opening, layout, language
        )
        # (in place of one office that ran on into the other: "Minister … SR a spolkový minister …")
        replaced = pair and all(s.country in {p.country for p in pair} or not (s.country or s.organisation) for s in found)
        found = pair if replaced else _merge(found, pair)
    elif len([s for s in found if s.name]) == 1 and len(found) == 1:
        # "Energetikos ministras Name … susitiko su Maltos … ministru. … ministrai pasirašė bendrą pareiškimą"
        found = _merge(found, _host_and_guest_offices(opening, layout, language, host=found[0]))
    # "…: Statement by the Spokesperson on …" on the EEAS's own page ("European External Action Service" under the
    # title, or its "UNIQUE ID"): the Service's spokesperson speaks for it, not the Union the text names
    if (
        layout.title
        and SPOKESPERSON_TITLE_RE.search(layout.title)
        # (or the Service's own numbering: "UNIQUE ID: 200914_21")
        and any(fold(ln.text.strip()) == EEAS_KEY or "UNIQUE ID" in ln.text for ln in layout.body[:SPOKESPERSON_HEADER_LINES])
        # (a country before the title's colon is what the statement is about: "Tuvalu: Statement by …")
        and all(
            not s.name and (s.organisation == EU or not s.organisation and s.country in _title_countries(
                layout.title.split(":")[0]) | {None})
            for s in found
        )
    ):
        found = [Signatory(name=None, role="Spokesperson", organisation=INSTITUTION_BY_ALIAS[EEAS_KEY])]
    if not found and layout.title and CONCLUSIONS_TITLE_RE.search(layout.title):
        found = [Signatory(name=None, organisation=COUNCIL)]  # "… – Council conclusions": the Council adopts them
    if not found:
        body = body_adopting(opening)  # "The Arvenian-Borlandian Joint Council adopted the following declaration"
        found = [body] if body else []
    found = _members_of_parliament(found, "\n".join(ln.text for ln in layout.body[:MAX_OPENING_LINES]))
    # "A két miniszter …", "the two ministers", "dvojica predsjednika vlada": the signers again, as a pair
    found = [s for s in found if s.name or s.country or s.organisation or not PAIR_ROLE_RE.search(s.role or "")]
    found = _without_dateline_place(found, layout)
    return resolve_people(found, registry, date, warnings), warnings


DATELINE_WORD_RE = compile_factored(rf"^\(?([{UPPER}][\w'’\-]+),\s")  # "Tatabánya, 2009. …", "Szolnok, (MTI) – …"
MAX_DATELINE_LINE = 8


def _without_dateline_place(found: list[Signatory], layout: Layout) -> list[Signatory]:
    """'… írt alá csütörtökön Tatabányán Name Name' under the dateline 'Tatabánya, …': the dateline's place in a
    case ending is where they signed, no part of the name after it."""
    if not any(len((s.name or "").split()) >= 3 for s in found):
        return found  # (most names are two words: no place before them to look for)
    places = [
        fold(m.group(1))
        for ln in layout.body[:MAX_DATELINE_LINE]
        if (m := DATELINE_WORD_RE.match(ln.text)) and not find_weekday_in_any_case(m.group(1))
    ]
    out = []
    for s in found:
        words = (s.name or "").split()
        if len(words) >= 3 and any(
            fold(words[0]).startswith(p) and 0 < len(words[0]) - len(p) <= MAX_CASE_ENDING for p in places
        ):
            s = replace(s, name=" ".join(words[1:]))
        out.append(s)
    return out


SPOKESPERSON_TITLE_RE = compile_factored(r"\bStatement by the (?:EEAS )?Spokesperson\b")
SPOKESPERSON_HEADER_LINES = 3
EEAS_KEY = "european external action service"
# a minister's office, in any language's word for it ("ministro de …", "Υπουργός …", "miniszter")
MINISTER_WORD_RE = compile_factored(r"(?i)^\w*(?:minist|υπουργ|miniszt|министр|министър)")
# a head of government's office (not a president's, which many bodies have)
GOVERNMENT_HEAD_RE = compile_factored(
    r"(?i)^(?:prime\s+minister|premier|primo\s+ministro|primer\s+ministro|primeiro-ministro|chancellor|chancelier"
    r"|bundeskanzler\w*|taoiseach|statsminister\w*|pääministeri|president[ea] del consiglio(?! d[ei]\w* (?!ministri))|president[ea] del gobierno"
    r"|predsjednik vlade|predsednik vlade|předseda vlády|predseda vlády|prezes rady ministrów|premierminister"
    r"|minister-president|ministerpräsident\w*|πρωθυπουργ\w*)\b"
)


COUNCIL = "Council of the European Union"
# "The Council agreed …", "Le Conseil a adopté …": the Council as a sentence's subject
COUNCIL_SUBJECT_RE = compile_factored(
    r"\W{0,3}(?:The|Le|Der|Il|De|El|O)\s+(?:Council|Conseil|Rat|Consiglio|Raad|Consejo|Conselho)\s+"
    r"(?:has\s+|have\s+|a\s+|hat\s+|ha\s+|heeft\s+)?"
)
ON_BEHALF_OF_FOLLOWING_RE = compile_factored(
    r"(?i)\b(?:on behalf of|au nom d[eu]s?|im namen der|en nombre de|em nome d[eo]s?|a nome d[ei])\s+"
    r"(?:the\s+|les\s+|los\s+|os\s+|gli\s+)?(?:following|suivants?|folgenden|siguientes|seguintes|seguenti)\b"
    r"[^:]{0,60}:\s*(?P<list>.+)"
)
# "… prohlášení podepsali ministři … Belgie, Bulharska, …": the verb of signing, then the signers by office
SIGNED_BY_ROLES_RE = compile_factored(
    r"(?i)\b(?:su potpisali|potpisali su|podpisali|podepsali|podpísali|unterzeichneten|unterzeichnet haben|unterschrieben haben"
    r"|hanno firmato|ont signé|pasirašė|parakstīja|allkirjastasid|allekirjoittivat|aláírta|aláírták|au semnat"
    r"|assinaram|subscreveram|firmaron|suscribieron|firmarono|signèrent"  # ("Assinaram a declaração o presidente …")
    r"|подписаха|потписаше|υπέγραψαν"
    r"|ondertekenden|undertecknade|underskrev|undertegnet"
    r"|(?:was|were) signed(?:\s+(?:in|at|on)\s+[\w-]+(?:\s+\d{4})?)?\s+by"  # ("… was signed in Nouakchott by …")
    r"|unterzeichnet\s+(?:wurde|wurden)\s+(?:sie|es|die\s+\w+)?\s*von|firmad[oa]s?\s+por|firmat[oa]\s+da"
    r"|sign[ée]e?s?\s+par|ondertekend\s+door|assinad[oa]s?\s+(?:por|pel[oa]s?))\s+"
    r"(?P<list>(?:[\w,]+\s+){0,6}?(?=\w*(?:minist|ministr|minister|ministre|ministro|leader|premier|prim[eiao]|prezident|president"
    r"|präsident|kanzler|kancléř|πρωθυπουργ|πρόεδρ|υπουργ|президент|председ|министър|commission|commissaire"
    r"|kommissar|comisari|komisa|επίτροπ|high representative))\w+.+)"
)
# a signing verb's object before the list of signers: "a declaração o presidente …", "la declaración el ministro …"
OBJECT_THEN_OFFICE_RE = compile_factored(
    r"(?i)(?:a|la|le|il|the|die|de)\s+\w+\s+(?=(?:o|a|os|as|el|la|los|las|le|les|il|lo|i|the|der|die)\s+(?P<w>\S+))"
)
# "… and the two ministers signed the following joint statement" after a sentence naming a host and the guests
TWO_OFFICES_AND_RE = compile_factored(
    r"\s(?:and|et|und|en|e|y|i|og|och)\s+(?:(?:the|of the|del|della|dello|de la|de l'|du|des|der|van de)\s+)?"
    r"(?P<word>\S+(?:\s+\S+)?)"
)


def _two_offices(text: str, notes: tuple[Line, ...], registry: PeopleRegistry) -> list[Signatory]:
    """'Joint Statement by the High Representative/Vice-President and Commissioner for European Neighbourhood
    Policy …': a joint statement has two signers, so the offices joined by 'and' are two people's."""
    for m in TWO_OFFICES_AND_RE.finditer(text):
        if any(map(is_role_word, m.group("word").split())):
            first = _from_list(text[: m.start()], notes, registry)
            # the second office from its first word, after "and" and a genitive's preposition ("… e del Primo Ministro")
            second = _from_list(text[m.start("word") :], notes, registry)
            pair = (*first, *second)
            if len(first) == len(second) == 1 and all(s.role for s in pair) and any(s.organisation or s.country for s in pair):
                return first + second
    return []


JOINT_ISSUE_RE = compile_factored(
    r"(?i)\b(?:joint|congiunt[ao]|conjunt[ao]|conjointe?s?|commune|gemeinsame\w*|gezamenlijke|gemensamt?|f[æe]lles\w*|yhtei\w+"
    r"|zajedni[čc]k\w*|skupn\w+|wspóln\w+|společn\w+|spoločn\w+|κοιν[ήέ]\w*)\b"
    # "… les trois ministres ont adopté la déclaration suivante": the statement that follows, joint or not
    r"|\bfollowing (?:joint )?(?:statement|declaration|communiqu)|(?:déclaration|communiqué|dichiarazione"
    r"|declaración|declaração) (?:suivante|seguente|siguiente|seguinte)\b|\b(?:folgende|volgende|följande|følgende)"
    r" (?:erklärung|verklaring|uttalande|förklaring|erklæring|udtalelse)"
)


JOINT_ISSUE_LOW = lowered(JOINT_ISSUE_RE)


def _host_and_guests(sentences: list[str], registry: PeopleRegistry) -> list[Signatory]:
    """'Minister A received Minister B of Spain and Minister C of Morocco. … the three ministers signed the following
    joint declaration': everyone the sentence before names with a role beside them signs."""
    for j, issuing in enumerate(sentences):
        issued = issuing[:200]  # "… los cinco países han firmado una declaración conjunta en la que reclaman …"
        # "… hebben een gezamenlijke verklaring ondertekend", "… i tre Ministri hanno firmato la Dichiarazione di Ancona"
        issues = JOINT_ISSUE_LOW.search(issued.lower()) or (
            SIGNED_TODAY_LOW.search(issued.lower()) and DECLARATION_RE.search(issued)
        )
        # (a name after the verb is what the statement is about: "… podpisali wspólne oświadczenie w sprawie …
        # Via Baltica")
        if not issues or names_in(issued[: issues.end()], registry):
            continue
        for sentence in sentences[max(0, j - 2) : j][::-1]:  # the sentence just before, else the one before it
            # named with a role beside them, or a country's or an institution's office ("el ministro del Interior
            # de Italia", "the High Representative of the Union …")
            people = [
                s
                for s in _people_together(sentence, registry)
                if (s.name and _role_beside(sentence, s.name)) or (not s.name and (s.country or s.organisation) and s.role)
            ]
            # (a one-word "name" after an office is often its place or body in the genitive: "se srečala z županom
            # Idrije in predstavniki Centra …", the mayor of Idrija and the Centre's staff, whom they met)
            # (but "… a remis la demande … à Name, ministre …" and then "M. Surname et le commissaire … ont fait la
            # déclaration conjointe suivante": the second sentence names who of them issues it)
            if len(people) >= 2 and any(s.name and " " in s.name for s in people):
                surnames = [n.text.split()[-1] for n in names_in(sentence, registry)]
                issuers_named = [x for x in surnames if re.search(rf"\b{re.escape(x)}\b", issued[: issues.start()])]
                return people if not issuers_named or len(issuers_named) == len(surnames) else []
        # "Os ministros da Cultura de Portugal, Espanha e França assinaram hoje … uma declaração conjunta." and then
        # "A ministra …, Margarida Lopes Vieira, recebeu … o ministro … espanhol, …": the next sentence names them,
        # as many as the countries
        countries = find_countries(issued)
        if j + 1 < len(sentences) and len(countries) >= 2:
            after = sentences[j + 1]
            people = [s for s in _from_list(after, (), registry) if s.name and _role_beside(after, s.name)]
            if len(people) == len(countries):
                return people
    return []


INVITATION_RE = compile_factored(
    r"(?i)\b(?:at the invitation of|on the invitation of|à l'invitation d[eu]s?|auf Einladung (?:von|des|der)"
    r"|su invito d\w*|por invitación d\w*|a convite d\w*|op uitnodiging van|na zaproszenie|na pozvání|na pozvanie"
    r"|na poziv|på inbjudan av|på invitation fra|etter invitasjon fra)\s+"
)


def _inviting_host(sentences: Sequence[str], registry: PeopleRegistry) -> Signatory | None:
    """'à l'invitation du ministre de l'Intérieur, Name, …': the one person named as the host who invited."""
    for sentence in sentences:
        invited = INVITATION_RE.search(sentence)
        if not invited:
            continue
        if INSTITUTION_RE.match(fold(ARTICLES_RE.sub("", sentence))):
            return None  # ("The Council of the Baltic Sea States … met … at the invitation of …": the body speaks)
        after = sentence[invited.end() : invited.end() + MAX_HOST_PHRASE]
        names = names_in(after, registry)
        if not names or not any(is_role_word(w) for w in after[: names[0].start].split()):
            return None
        role, country, organisation = clean_role(after[: names[0].start])
        return Signatory(name=names[0].text, role=role, country=country, organisation=organisation) if role else None
    return None


MAX_HOST_PHRASE = 120


AUXILIARY_AFTER_COMMA_RE = compile_factored(r",\s+(?:a|ont|ha|hanno|hat|haben|has|have|heeft|hebben|har|je|su)\s+(?=\w)")


def _tight_role(role: str | None) -> str | None:
    """A role read out of a whole sentence, from its first role word on, with the nationality adjectives and
    capitalised titles right before it: 'Gospodarzem spotkania był minister infrastruktury' → 'minister
    infrastruktury', 'spotkał się z ministrem komunikacji' → 'ministrem komunikacji'."""
    if not role:
        return role
    role = AUXILIARY_AFTER_COMMA_RE.split(role, maxsplit=1)[0]  # ("ministre de …, a réuni ce lundi …": its verb)
    words = role.split()
    # (a ministry is where an office is, not the office: "държавен секретар в Министерството на …")
    first = next((i for i, w in enumerate(words) if is_role_word(w) and not MINISTRY_RE.match(w)), None)
    if first is None:
        return role
    capital = words[first][:1].isupper()  # "Transport and Communications Minister", but "Warszawie minister …"
    start = first
    while start > 0:
        word = words[start - 1]
        part = (
            nationality_adjective(word)
            or TITLE_BEFORE_ROLE_RE.match(word)
            or word.endswith("-")  # "justitie- och beredskapsminister"
            or (capital and word[:1].isupper())
            or (word in ROLE_LIST_AND and start >= 2 and (words[start - 2].endswith("-") or capital))
        )
        if not part:
            break
        start -= 1
    return " ".join(words[start:])


TITLE_BEFORE_ROLE_RE = compile_factored(
    r"(?i)^(?:deputy|vice|prime|first|federal|chief|high|executive|state|acting|eerste|premier|primer|haute?|hohen?"
    r"|alt[ao]|alta)$"
)


def _people_together(sentence: str, registry: PeopleRegistry) -> list[Signatory]:
    """Everyone a sentence names, read on each side of 'together with' / 'aux côtés de' when it has one: the
    subject's role stands before its name, the others' often after theirs ('M. Name, Premier ministre de …')."""
    sentence = SUBJECT_RELATIVE_RE.sub(",", sentence)  # (", who represented the Commission at …, and": no signers)
    together = TOGETHER_WITH_RE.search(sentence)
    if not together:
        return _from_list(sentence, (), registry)
    before = _from_list(sentence[: together.start()], (), registry)
    return _merge(before, _from_list(_list_until_end(sentence[together.end() :]), (), registry))


# Languages that decline names: "sa … ministrom Tadejem Kranjcem", "Viron pääministerin Kaja Roostarin"
DECLINING_LANGUAGES = {"pl", "cs", "sk", "hr", "sr", "bs", "sl", "fi", "et", "lt", "lv", "el", "hu", "uk", "bg", "mk"}
MAX_CASE_ENDING = 3


def _same_stem(declined: str, nominative: str) -> bool:
    a, b = fold(declined), fold(nominative)
    common = len(os.path.commonprefix([a, b]))
    return 0 <= len(a) - len(b) <= MAX_CASE_ENDING and common >= max(3, len(b) - 1) and a != b


def _nominative_names(found: list[Signatory], text: str, registry: PeopleRegistry) -> list[Signatory]:
    """A name in a declined form takes the form the text also gives it in the nominative, in a signature line, a
    caption or a later mention ('Tadejem Kranjcem' → 'Tadej Kranjc'): the shortest such form, word for word."""
    forms = {n.text for n in names_in(text, registry)}
    out = []
    for s in found:
        if s.name:
            words = s.name.split()
            same = [
                f
                for f in forms
                if len(f.split()) == len(words)
                and all(_same_stem(w, v) or w == v for w, v in zip(words, f.split()))
                and f != s.name
            ]
            if same and not _starts_a_line(s.name, text):
                # a signature line or a caption opens with the nominative: "Denisa Králiková, ministrica …"
                s = replace(s, name=min(same, key=lambda f: (not _starts_a_line(f, text), len(f))))
        out.append(s)
    return out


def _starts_a_line(name: str, text: str) -> bool:
    return re.search(rf"(?m)^{re.escape(name)}\b", text) is not None


def resolve_people(
    found: list[Signatory], registry: PeopleRegistry, date: str | None, warnings: list[Warning]
) -> list[Signatory]:
    """Registry spelling, slug, and role facts at the statement's date; unknown names flagged."""
    out: list[Signatory] = []
    seen: set[str] = set()
    for s in found:
        if s.name:
            s = replace(s, name=strip_post_nominals(s.name))
        if not s.name:
            key = f"{s.country}|{s.organisation}|{s.role}"
            if key not in seen:
                seen.add(key)
                out.append(s)
            continue
        person = registry.find(s.name)
        if person:
            role = person.role_on(date)
            s = Signatory(
                name=person.name,
                person=person.slug,
                role=s.role or (role.title if role else None),
                organisation=s.organisation or (role.organisation if role else None) or person.organisation,
                country=s.country or (role.country if role else None) or person.country,
            )
        else:
            name = normal_case(s.name)
            s = Signatory(
                name=name,
                person=person_slug(name),
                role=s.role,
                organisation=s.organisation or organisation_for_role(s.role),
                country=s.country,
            )
            if len(registry):
                warnings.append(
                    Warning(
                        f"'{name}' is not in the people registry; add it to data/people.yaml as "
                        f"'- name: {name}' (with 'spellings:' for other forms) so every spelling reaches one page"
                    )
                )
        if s.person in seen:
            continue
        seen.add(s.person or "")
        out.append(s)
    return out


# The patterns tried on most sentences, each behind a plain search of its small letters (patterns.gated): the same
# matches, and the sentences that hold none, most of them, are passed over two to three times faster.
GATED = (
    "CHAIRS_RE",
    "AGREEMENT_RE",
    "SIGNATORIES_RE",
    "ON_BEHALF_OF_FOLLOWING_RE",
    "SIGNED_BY_ROLES_RE",
    "ON_BEHALF_RE",
    "COSIGNED_RE",
    "SIGNED_ONE_RE",
    "PARTY_VERB_RE",
    "ADOPTED_BY_RE",
    "REPRESENTED_BY_RE",
    "BY_CLAUSE_RE",
    "JOINT_ISSUE_RE",
    "ISSUED_RE",
    "CHAIRED_BY_RE",
    "LED_BY_RE",
    "TOGETHER_WITH_RE",
    "ASSISTANT_RE",
    "MET_WITH_RE",
    "JOINT_SAID_RE",
    "HOST_VERB_RE",
    "ADDRESSED_TO_RE",
)
for _name in GATED:
    globals()[_name] = gated(globals()[_name])
