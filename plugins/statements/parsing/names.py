"""People's names and roles inside a list of signers: where a name starts, what role precedes it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .countries import ADJECTIVES, ISLAND_NOUN_RE, country_name, find_countries, nationality_adjective
from .layout import UPPER, fold
from .meetings import NOUN_RE as MEETING_NOUN_RE
from .patterns import compile_factored
from .people import IRISH_PARTICLES, PARTICLES, PeopleRegistry
from .vocabulary import (
    ARTICLES_RE,
    INSTITUTION_BY_ALIAS,
    INSTITUTION_RE,
    LOCATION_BEFORE_RE,
    MEETING_COMPOUND_RE,
    NOT_NAME_WORDS,
    PLURAL_ROLE_END_RE,
    PORTFOLIO_WORDS,
    country_for_role,
    is_role_word,
    organisation_for_role,
    singular_role,
)

# an Arabic article joined to a name may be written in lower case: "Faïez al-Mahdi", "Abdel Fattah el-Sisi"
NAME_TOKEN = rf"(?:[{UPPER}][\w'’.\-]*|(?:al|el|ad|as|ash|at|az|ibn|bin|abu|ould)-[{UPPER}][\w'’.\-]*)"
NAME_RUN_RE = compile_factored(rf"{NAME_TOKEN}(?:\s+(?:(?:{'|'.join(sorted(PARTICLES))})\s+)*{NAME_TOKEN})*")
MAX_APPOSED_WORDS = 5
PLURAL_ARTICLES = frozenset({"los", "las", "dos", "das", "degli", "delle", "dei", "gli"})
NOTE_MARKS = " *†‡¹²³⁴⁵⁶⁷⁸⁹()0123456789"
AGENT_WORDS = {"by", "par", "por", "von", "door", "av", "af", "przez", "od", "από"}  # "signed by Name"
PREPOSITIONS = {
    "of",
    "for",
    "the",
    "van",
    "voor",
    "de",
    "du",
    "des",
    "la",
    "le",
    "für",
    "der",
    "di",
    "del",
    "della",
    "per",
    "para",
    "do",
    "da",
    "för",
    "za",
    "dla",
    "pro",
    "του",
    "της",
    "на",  # (Bulgarian "of": "… перспектива на Западните Балкани")
    "в",  # (Bulgarian and Macedonian "in": "… във Стара Загора", "… во Скопје": a place)
    "във",
    "во",
    "on",
    "in",
    "at",
    "to",
    "from",
    "with",
    "dell'",
    "d'",
    "l'",
    "nell'",
    "al",  # ("ha ricevuto oggi al Palazzo Chigi il Ministro …": a place, not a person)
    "sul",
    "dal",
    "alla",
    "allo",
    "agli",
    "alle",
    "nella",
    "nello",
    "sulla",
    "dalla",
    "all'",
    "sull'",
    "dall'",
    "de l'",
    # where: "reuniram-se … em Ponta Delgada", "réunis à Paris", "im Kanzleramt" (not the Slavic "w", "v", "na":
    # "Sekretarz stanu w MSWiA Name")
    "em",
    "no",
    "à",
    "au",
    "im",
    "nel",
}
ARTICLE_WORDS = {"the", "le", "la", "der", "die", "il", "el", "de"}
CONJUNCTIONS = {"and", "en", "et", "und", "e", "y", "i", "og", "och", "oraz", "a", "και", "ja", "&"}
HONORIFIC_WORDS = (
    r"Mr|Mrs|Ms|Dr|Prof|Mme|Mmes|MM|M|Herr|Frau|Sr|Sra|Sig|Sig\.ra|Dott|Dr\.\s*h\.c|H\.E|κ|κα|Δρ|г|г-н|г-жа|gospodin"
    r"|gospođa|The Rt Hon|Rt Hon|The Honourable|Honourable|The Hon|Hon"
    r"|Doña|Dña|Dª|Don(?=\s+[A-ZÀ-Þ]\S*\s+[A-ZÀ-Þ])"  # Spanish "Don Name Surname" (not the given name "Don Smith")
    r"|Dato['’] Seri|Dato['’] Sri|Datuk Seri|Dato['’]|Datuk|Tan Sri|Tun"  # Malaysian titles: "Dato' Seri Name"
    # Central European degrees written before a name: "Ing. Name", "JUDr. Name", "Mag. Name", "dr. Name"
    r"|Ing|Mgr|JUDr|MUDr|PhDr|RNDr|PaedDr|MVDr|ThDr|Dipl\.-Ing|Mag|doc|Doc|prof|dr"
    r"|DI(?=\s+[A-ZÀ-Þ][a-zà-ÿ])"  # (Austria's "DI Name"; not an Italian "DI" in capitals: "Luigi DI MAIO")
)
HONORIFICS_RE = compile_factored(rf"(?:(?<=\s)|^)(?:(?:{HONORIFIC_WORDS})\.?\s+)+(?=[{UPPER}])")


GENITIVE_END_RE = compile_factored(r"(?:skiej|ckiej|iej|ej|ije|iji|ske|ského|ské|ských|skog|ского|ске|ије|ији|ών|ου|ής)$")


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    text: str


@lru_cache(maxsize=65536)  # pure: the same names recur
def normal_case(name: str) -> str:
    """'Bejtush GASHI' → 'Bejtush Gashi', 'VAN DER BERG' → 'van der Berg' after a first name; mixed case kept."""

    def fix(token: str, first: bool) -> str:
        if not token.isupper() or len(token) < 2:
            return token
        if not first and token.lower() in PARTICLES and token.lower() not in IRISH_PARTICLES:
            return token.lower()
        parts = re.split(r"([-'’])", token.lower().replace("i\u0307", "i"))  # ("ÖZDEMİRCİ": the dotted capital I)
        return "".join(p[:1].upper() + p[1:] if p not in "-'’" else p for p in parts)

    tokens = name.split()
    # "KISFALUDI Gergely", "VON DER LEYEN Ursula": the surname first, in capitals, as Hungarian and EU lists write
    # it; the given names go first
    lead = next((k for k, t in enumerate(tokens) if not (t.isupper() and len(t) > 1)), len(tokens))
    if 0 < lead < len(tokens) and all(t[:1].isupper() and t[1:].islower() for t in tokens[lead:]):
        tokens = tokens[lead:] + tokens[:lead]
        return " ".join(fix(t, i < len(tokens) - lead) for i, t in enumerate(tokens))
    return " ".join(fix(t, i == 0) for i, t in enumerate(tokens))


# Abstract nouns ("Diversification", "Integration", "Wirtschaft") name portfolios, not people.
NOUN_SUFFIX_RE = compile_factored(
    r"(?:tions?|sions?|ments?|ity|ances?|(?<![wuoa]r)ences?|ism|ics|ships?|ness|tures?|ogy|(?<!el)ies|ung|ungen|heit|heiten|keit|keiten"
    r"|schaft|schaften"
    r"|ión|iones|zione|zioni|ção|ções|teit|ité|ija|stvo|ство|[úu]blic[ao]s"  # ("Gestión del Agua", "Obras Públicas")
    r"|[áéíó](?:tic|nic|mic|gic)[ao]s?|(?:it|ent|ion)[áa]ri[ao]s?)$"  # "Ação Climática", "Ajuda Humanitária": nouns, adjectives
)


FOLDED_NOT_NAME_WORDS = {fold(w) for w in NOT_NAME_WORDS}
# Roman ordinals of meetings and sessions, in capitals; only I, V and X, so that "LI" or "DI" stay names
ROMAN_ORDINAL_RE = compile_factored(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")


MAX_ACRONYM = 5


def _as_alias(written: str) -> bool:
    """Whether a body's alias, as written, names the body: a short one only in capitals ("PACE", but "Silvio Pace
    Bonello" is a name)."""
    return len(written) > MAX_ACRONYM or written.isupper()


NEXT_WORD_RE = compile_factored(rf" ([{UPPER}][\w'’-]+)")
# what follows a person's name in a list: a comma and an office, or a member's party and state in brackets
OFFICE_OR_PARTY_AFTER_RE = compile_factored(r"\s*(?:,\s*(?:the\s+|la\s+|le\s+|il\s+|el\s+)?(?P<word>[\w-]+)|\([A-Z][\w&/-]{0,9},\s*[A-Z]{2}\))")
LIST_PLACE_BEFORE_RE = compile_factored(r"(?:^|[,;:(]|\b(?:and|et|und|e|y|i|a|en|og|och))\s*$")


def _given_country_name(text: str, tokens: list[tuple[int, str]]) -> bool:
    """Whether a run of two words that opens with a country's name is a person's, its given name a country's name
    ("Jordan Whitfield, Minister of Trade", Czech and Slovak "Dominika Kováčová (EPP, SK)"): in a list's place, with
    an office or a party after it, and the second word no country's, role's or body's."""
    (start, first), (_, second) = tokens
    if not country_name(first) or is_role_word(first) or is_not_name(second):
        return False
    if not LIST_PLACE_BEFORE_RE.search(text[:start]):
        return False
    after = OFFICE_OR_PARTY_AFTER_RE.match(text, tokens[-1][0] + len(second))
    return bool(after and (after.group("word") is None or is_role_word(after.group("word"))))


def _mask(text: str) -> str:
    """Country and institution names blanked with '·', so they neither join nor start a name."""
    chars = list(text)
    for start, end, _ in find_countries(text):
        following = NEXT_WORD_RE.match(text, end)
        if following and _given_country_name(text, [(start, text[start:end]), (following.start(1), following.group(1))]):
            continue  # ("Jordan Whitfield, Minister of Trade": a given name)
        chars[start:end] = "·" * (end - start)
    folded = fold(text)
    if len(folded) == len(text):
        for m in INSTITUTION_RE.finditer(folded):
            if not _as_alias(text[m.start() : m.end()]):
                continue
            chars[m.start() : m.end()] = "·" * (m.end() - m.start())
    return "".join(chars)


# The word for a republic in any of the archive's languages, in any case: "Republicii", "Respublikos", "Републиката"
STATE_WORD_RE = compile_factored(
    r"(?:re(?:s)?publi|републи|koztarsasag|rzeczy?pospolit|δημοκρατ"
    # grand duchies and kingdoms: "Didžiosios Hercogystės", "Madalmaade Kuningriigi", "Lielhercogistes"
    r"|hercogyst|karalyst|kuningri|suurhertsogi|lielhercogist|karalist|velkovevodstv|velkovojvodstv"
    r"|ducat|ducado|granducato|grossherzog|groothertog|storhertug|suurherttu"  # ("Marelui Ducat al Luxemburgului")
    r"|krolestw|kralovstv|kraljevin|kraljevstv|regatul|βασιλει|ksiestw|kiralysag"  # ("Królestwa Belgii", "Regatul Spaniei")
    r"|federac|федерац|foderation|federatie|federazion)"  # ("Federacji Rosyjskiej", "Российской Федерации")
)
# the word that makes a state federal or grand, before or after its name: "Spolkovej republiky", "Republiki Federalnej"
STATE_KIND_RE = compile_factored(r"(?:spolkov|federal|foderal|savezn|marelui\b|velkeho\b|velikog\b|wielki|ομοσπονδιακ)")
STATE_LINK_WORDS = frozenset({"al", "ale", "of", "de", "del", "della", "der", "des", "do", "da", "της", "του"})
STATE_LINK_END_RE = compile_factored(r"(?i)\s+(?:of(?: the)?|de(?: la)?|du|des|der|di|della|del|al|ale|της|του|των)$")


def _without_state_words(head: str) -> str:
    """'spolkový minister … Spolkovej republiky' → 'spolkový minister …', '… Republiki Federalnej' and '… al Marelui
    Ducat al' likewise: the state's own words before its name, once the name is read as the country."""
    words = head.split()
    while len(words) > 1 and words[-1].lower() in STATE_LINK_WORDS and STATE_WORD_RE.match(fold(words[-2])):
        words.pop()
    kind_after = len(words) > 1 and STATE_KIND_RE.match(fold(words[-1])) and STATE_WORD_RE.match(fold(words[-2]))
    if kind_after:
        words.pop()
    if words and STATE_WORD_RE.match(fold(words[-1])):
        words.pop()
        # (but "Kanclerz Federalny Republiki Federalnej": the office's own word)
        if words and words[-1][:1].isupper() and STATE_KIND_RE.match(fold(words[-1])) and not kind_after:
            words.pop()
        return STATE_LINK_END_RE.sub("", " ".join(words))
    return head


# Spanish given names that are nouns of feasts, with a noun's ending ("Ascensión Ortega", "Concepción Ruiz")
FEAST_GIVEN_NAMES = frozenset(
    "ascensión asunción concepción encarnación purificación visitación consolación anunciación presentación"
    " resurrección montserrat".split()  # (and Catalan "Montserrat", a Marian name too, not the island)
)


@lru_cache(maxsize=65536)  # a pure test of one word: the same words recur in every statement
def is_not_name(token: str) -> bool:
    bare = token.strip(".,*'’:;()").lower()
    if bare in FEAST_GIVEN_NAMES:
        return False  # (nor the island: "Ascensión")
    return (
        bare in NOT_NAME_WORDS
        or fold(bare) in FOLDED_NOT_NAME_WORDS
        or ("-" in bare and any(part in NOT_NAME_WORDS for part in bare.split("-")))  # "Nordic-Baltic Eight"
        or (len(bare) >= 8 and NOUN_SUFFIX_RE.search(bare) is not None)
        or bare.endswith(("stión", "gión", "sión", "unión"))  # "Gestión del Agua", "Región de Murcia" (not "Carrión")
        or is_role_word(bare)
        or country_name(token.strip("*,.")) is not None
        or (fold(bare) in INSTITUTION_BY_ALIAS and _as_alias(token.strip(".,*'’:;()")))
        or any(ch.isdigit() for ch in bare)
        or "/" in bare
        or bare.endswith("-")  # "Die Staats- und Regierungschefs": the first half of a compound, not a surname
        or MEETING_NOUN_RE.fullmatch(bare) is not None  # "Summit", "Συνάντησης": a meeting, not a person
        or MEETING_COMPOUND_RE.search(bare) is not None  # "Regeringsconferentie", "Außenministertreffen"
        or ROMAN_ORDINAL_RE.fullmatch(token.strip(".,*'’:;()")) is not None  # "XII Reunión": an ordinal
        or STATE_WORD_RE.search(fold(bare)) is not None  # "Republicii Cehe", "Volksrepubliek": a state
        or NOT_NAME_STEM_RE.match(fold(bare)) is not None  # "Unii Europejskiej", "Deklarację Łańcucką"
        or (len(bare) >= 9 and FINNISH_PLACE_CASE_RE.search(bare) is not None)  # "Reykjavikissa": in a place
        or (len(bare) >= 6 and LITHUANIAN_LOCATIVE_RE.search(bare) is not None)  # "Vilniuje": in a place
        or GREEK_ADJECTIVE_GENITIVE_RE.search(fold(bare)) is not None  # "Νησιωτικής Πολιτικής": a portfolio
        or GREEK_ACTION_GENITIVE_RE.search(fold(bare)) is not None
        or (len(bare) == 3 and token.strip(".,*'’:;()") in _currency_codes())  # "EUR 210 million" (not "Bob")
        or ACRONYM_PAIR_RE.fullmatch(token.strip(".,*'’:;()")) is not None  # "cimeira UE-EUA", "EU-CELAC"
        or (  # "președintele PDSR": a party's initials (but "TD", "MP" after a name are its letters, dropped later)
            token.strip(".,*'’:;()").isupper()
            and len(bare.replace(".", "")) >= 2  # (not an initial: "Daniel W. Harrow")
            and not VOWEL_RE.search(bare)
            and token.strip(".,*'’:;()").replace(".", "") not in POST_NOMINALS
        )
    )


# the partners of a parliament's delegation, not the country of its chair
RELATIONS_WITH_RE = compile_factored(r"(?i)\b(?:relations\s+with|relations\s+avec|beziehungen\s+zu)\b")
MIN_COMMON_WORD = 4  # shorter lower-case words may be links inside a name's run: "Bosne i Hercegovine"
VOWEL_RE = compile_factored(r"[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýěůαεηιουωаеиоуыэюяієё]")
ACRONYM_PAIR_RE = compile_factored(rf"[{UPPER}]{{2}}(?:[-–][{UPPER}0-9]{{2,6}})+")  # (a surname: "BAR-SHALEV")


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    """ISO 4217 codes as written in capitals beside an amount ('EUR', 'USD'), from CLDR."""
    from babel import Locale

    return frozenset(code for code in Locale.parse("en").currencies if len(code) == 3 and code.isalpha())


# Stems of words that are never a person's name, in any of their forms: Europe's adjectives, a union, a declaration
# or statement, a policy, the Nordic countries in Finnish
NOT_NAME_STEM_RE = compile_factored(
    r"(?:europ|evrop|euroop|eirop|ευρωπ|европ|uni[aeijoęą]$|unij|union|deklarac|declarat|declarac|dichiaraz"
    r"|erklar|erklaer|verklaring|izjav|oswiadcz|prohlasen|vyhlasen|δηλωσ|декларац|изјав|изявлен|politic|politiq"
    # the word for "joint" before a declaration's name: "потписали су у Кладову Заједничку изјаву …"
    r"|pałac|palac[eiu]?$|zamk[uoy]?$|zamek$"  # a palace, a castle: "w Pałacu Kazimierzowskim", "na Zamku Królewskim"
    r"|zajednick|заједничк|spolecn|wspoln|skupn[aoiue]$|gemeinsam|kozos|kopig|yhteine|faelles|gemensam|съвместн|спільн"
    r"|совместн|congiunt|conjunt|conjoint|gezamenlijk"
    r"|politik|polityk|pohjoismai|agend|κρατ|κυβερν|επικρατ|τραπεζ|επενδυσ|memorand|entendimiento"
    r"|\w*eromu|\w*kraftwerk|elektrarn|elektrown"  # a power plant: "a Paksi Atomerőmű", "Kernkraftwerk"
    # Greek weekdays ("σήμερα, Τρίτη,") and a body's common nouns ("του Ευρωπαϊκού Μηχανισμού Πολιτικής Προστασίας")
    r"|(?:δευτερα|τριτη|τεταρτη|πεμπτη|παρασκευη|σαββατο|κυριακη)ς?$|μηχανισμ|προστασ|υπουργει"
    r"|statni|statna|drzavn|panstwow"  # a state's adjective: "premiér Státní rady Čínské lidové republiky"
    r"|landes$|bundeslandes$|freistaat"  # a German Land: "des Landes Brandenburg", "Freistaat Sachsen"
    r"|kreis$|kreises$|bezirk$|bezirks$|bezirkes$"  # a district: "Hauptmann des Pilsner Kreises"
    r"|narodn|sejm|senat"  # a parliament's name: "predseda Národnej rady", "Marszałek Sejmu", "Marszałek Senatu"
    r"|parlament|parlement|congres|kongres|asamble|assemble"  # "Andean Parliament (Parlamento Andino)"
    r"|deputes$|deputati$|diputados$|deputados$"  # its chamber of deputies: "Chambre des Députés"
    r"|verkhovn|verhovn|saeim|seimas|riigikog|skupstin|storting|riksdag|folketing|eduskun|oireachtas|bundestag|knesset"
    # nations and saints' places: "Unie van Zuid-Amerikaanse Naties", "Palácio de São Bento"
    r"|naties$|nations$|nazioni$|naciones$|nacoes$|nationen$|sao$"
    r"|amtskolleg|ambtgeno|homolog|counterpart"  # a word for a counterpart: "ihr polnischer Amtskollege Name"
    r"|trojkat|triang|dreieck|trojuhel|trokut"  # a group's format: "Trójkąt Weimarski", "Lublin Triangle"
    # Polish bodies in the genitive: "Departament Współpracy Zagranicznej", "Kraju Związkowego Brandenburgia"
    r"|wspolprac|kraju$|zwiazkow"
    # Greek portfolios in the genitive: "Υπουργός Εσωτερικών, Εθνικής Ασφάλειας και …"
    r"|εξωτερικ|εσωτερικ|ασφαλει|αμυν|οικονομικ|υγει|παιδει|ενεργει|μεταναστευσ|ασυλ|εθνικ|δικαιοσυν|ναυτιλι"
    r"|περιβαλλοντ|αναπτυξ|μεταφορ|υποδομ|τουρισμ|πολιτισμ|εργασι|επιβολ|νομου"
    r"|δημοσι|ταξησ$|προστασι|αγροτικ|εμπορι|βιομηχαν|εκπαιδευσ|θρησκευ|αθλητισμ|ψηφιακ|κλιματ"
    r"|υποθεσ|αποδημ|ελληνισμ|βετεραν"
    r"|οικονομι|νοσοκομει|hospital|krankenhaus|ziekenhuis|ospedale)"  # a hospital: "στο Γενικό Νοσοκομείο Σερρών"  # ("… για τον Απόδημο Ελληνισμό", "Υπουργός Υποθέσεων Βετεράνων")
)
# in a place: Finnish "Reykjavikissa", Hungarian "Vigadóban", "Parlamentben" (a long word's inessive; not an Italian
# surname in "-essa": "Marco Bardolessa")
LITHUANIAN_LOCATIVE_RE = compile_factored(r"(?:iuje|oje|yje|ėje)$")
FINNISH_PLACE_CASE_RE = compile_factored(r"(?:issa|issä|(?<!e)ssa|ssä|óban|ában|ében|őben|[^\W\d_]{5}ban|[^\W\d_]{5}ben)$")
# A Greek adjective in -ικ- in the genitive ("Κεφαλαιουχικών Έργων", "Νησιωτικής Πολιτικής") names a portfolio; a
# signer's name stands in the nominative ("Αγγελική", not "Αγγελικής")
GREEK_ADJECTIVE_GENITIVE_RE = compile_factored(r"[α-ω]{3,}ικ(?:ησ|ων)$")  # (folded: a final "ς" is "σ")
# and so does a noun of action in the genitive ("Ψηφιακής Διακυβέρνησης", "Ανάπτυξης", "Ενίσχυσης"), which no
# nominative name ends like ("Αναστάσης" does not)
GREEK_ACTION_GENITIVE_RE = compile_factored(r"[α-ω]{3,}(?:ησ|ωσ|υσ|ξ|ψ)ησ$")


ACRONYM_RE = compile_factored(r"\(\s*[^\W\d_]*[A-Z][A-Z0-9&/-]+\s*\)")


POST_NOMINALS = {"TD", "MP", "MEP", "MdB", "MdEP", "QC", "KC", "MLA", "MSP", "OBE", "CBE", "KBE", "DBE", "PhD"}


def strip_post_nominals(name: str) -> str:
    """'Ciarán Kilbride T.D.', 'Rupert Tolhurst MP' → the name without the letters after it."""
    words = name.split()
    while len(words) > 2 and words[-1].strip(",").replace(".", "") in POST_NOMINALS:
        words.pop()
    return " ".join(words)


STATE_INITIALS_RE = compile_factored(rf"[{UPPER}]{{2,3}}")
POST_NOMINAL_START_RE = compile_factored(rf"^\s*(?:{'|'.join(sorted(POST_NOMINALS))})\b")


def _ends_country(text: str) -> bool:
    """Whether `text` ends with a country's name ('… Bosne i Hercegovine')."""
    return any(end == len(text) for _, end, _ in find_countries(text))


OF_THEN_RE = compile_factored(r"^\s+(?:de|da|do|of|van|von|di|del|du|des)\s+(?:la\s+|the\s+|l'|el\s+)?")


def _country_follows(after: str) -> bool:
    """'… de la República de Hungría', '… of the Republic of Latvia': 'of', then a country (its state's word first)."""
    m = OF_THEN_RE.match(after)
    if not m:
        return False
    rest = STATE_OF_START_RE.sub("", after[m.end() :])
    # (or a body: "… for Economic and Global Issues of the European External Action Service")
    return any(start == 0 for start, _, _ in find_countries(rest[:60])) or INSTITUTION_RE.match(fold(rest[:60])) is not None


def _portfolio_before_country(after: str) -> bool:
    """Whether a capitalised run is followed by 'of <Country>,' and a name: it ended a role, it named no one."""
    m = OF_THEN_RE.match(after)
    if not m:
        return False
    rest = after[m.end() :]
    country = next((end for start, end, _ in find_countries(rest[:60]) if start == 0), None)
    return country is not None and re.match(rf"\s*,\s*[{UPPER}]", rest[country:]) is not None


def _after_plural_title(before: str) -> bool:
    """Whether a list of surnames opens after a plural title ("Commissioners Pullicino Sacco and Kallionpää"), where
    a surname of two words may come before one of one."""
    words = before.split()
    return bool(words) and is_role_word(words[-1]) and words[-1].lower().endswith("s")


BUILDING_RE = compile_factored(
    r"(?i)pala(?:cio|ce|is|zzo|ácio|ts)|castle|castillo|castello|château|schloss|villa|casa|maison|house|hall|hôtel"
    r"|hotel|centre|center|centro|zentrum"
)
ADDRESSEE_PREPOSITIONS = frozenset({"to", "with", "à"})  # met with, handed to, remis à: a person may follow
APPOSED_OFFICE_RE = compile_factored(r",\s+(?:(?:the|la|le|el|il|o|a|der|die|de)\s+)?(\S+)")


def _office_apposed(text: str, end: int) -> bool:
    """Whether a comma and an office follow `end`: ', Minister of Finance', ', la ministre …'."""
    m = APPOSED_OFFICE_RE.match(text, end)
    return bool(m and is_role_word(m.group(1).strip(",")))


def _office_follows(after: str) -> bool:
    """Whether a small-letter role word comes right after a word ("Vlaams | minister van …")."""
    following = after.split()[:1]
    return bool(following) and following[0][:1].islower() and is_role_word(following[0].strip(",.;:"))


WORD_SPAN_RE = compile_factored(r"\S+")


def names_in(text: str, registry: PeopleRegistry) -> list[Name]:
    """Person names in a list of signers, by the shape of the text around them."""
    original = text
    titled = {m.end() for m in HONORIFICS_RE.finditer(text)}  # where a name follows "M.", "Mr", "Dr" …
    text = _mask(HONORIFICS_RE.sub(lambda m: " " * len(m.group(0)), text))
    # "(ODIHR)", "(WB6)": a bracketed capital word is an abbreviation, never a name
    text = ACRONYM_RE.sub(lambda m: " " * len(m.group(0)), text)
    names: list[Name] = []
    for m in NAME_RUN_RE.finditer(text):
        tokens = [(t.start() + m.start(), t.group(0)) for t in WORD_SPAN_RE.finditer(m.group(0))]
        while tokens and tokens[-1][1].strip(",").replace(".", "") in POST_NOMINALS:
            tokens.pop()  # "Fergal Ó Ceallaigh TD", "Declan Horgan T.D.": letters after a name are not part of it
        if not tokens:
            continue
        # "Minister Gerrit Hoogendam van Economische Zaken": a particle before a portfolio ends the name
        for i, (_, tok) in enumerate(tokens):
            if (
                i >= 2
                and tok.lower() in PARTICLES
                and tokens[i + 1 :]
                and all(is_not_name(t) for _, t in tokens[i + 1 :])
            ):
                tokens = tokens[:i]
                while len(tokens) > 2 and tokens[-1][1].lower() in PARTICLES:
                    tokens.pop()  # "Zhang Heping van de Volksrepubliek China": both particles go
                break
        cut = 0  # the name follows the last role, portfolio, region or country word of the run
        for i, (_, tok) in enumerate(tokens):
            if is_not_name(tok):
                cut = i + 1
        if cut == 1 and len(tokens) == 2 and _given_country_name(text, tokens):
            cut = 0
        rest = tokens[cut:]
        linked = False  # "Ministro de Estado": a role's complement after a particle, not "Minister Novak"
        # (but capitalised particles and one word right after a role word are a surname: "commissaris De Vries",
        # "Minister Van Dijk", "President Von der Leyen")
        word_before = (text[: tokens[0][0]].split() or [""])[-1]
        after_role = is_role_word(tokens[cut - 1][1] if cut else word_before)
        surname = (
            after_role
            and len(rest) >= 2
            and rest[0][1][:1].isupper()
            and all(t.lower() in PARTICLES for _, t in rest[:-1])
        )
        while rest and rest[0][1].lower() in PARTICLES and not surname:
            rest = rest[1:]
            linked = True
        if not rest:
            continue
        before = text[: rest[0][0]].rstrip()
        prev_word = before.split()[-1].lower().replace("’", "'") if before.split() else ""
        if prev_word in PLURAL_ARTICLES and cut == 0:
            continue  # "… contra los Ensayos Nucleares", "… dos Direitos Humanos": a plural thing, not a person
        # "Boštjan Vrhovnik, Ivana Lovrić, Emir Halilović in Jelena Stanković": after a list of names, Slovenian
        # "in" is "and"
        listed = (
            len(names) >= 2
            and text[names[-2].end : names[-1].start].strip() == ","
            and text[names[-1].end : rest[0][0]].strip() == prev_word
        )
        # "ministerpræsident for Slesvig-Holsten Jens-Uwe Petersdorf": a role's one-word complement, then the name
        role_prep = len(before.split()) >= 2 and is_role_word(before.split()[-2])
        # (or two: "de Vlaamse minister van Binnenlands Bestuur Koen Vanderstichelen")
        if cut == 0 and prev_word in PREPOSITIONS and role_prep and len(rest) in (3, 4) and not listed:
            rest = rest[-2:]
        elif (
            cut == 0
            and prev_word in PREPOSITIONS
            and not listed
            and rest[0][0] not in titled  # "et de M. Name": a person all the same
            and not registry.find(" ".join(t for _, t in rest))
            # ("… met with Ana Novak, Minister of Finance", "… à Jan van Dijk, ministre …": an office in apposition)
            and not (
                prev_word in ADDRESSEE_PREPOSITIONS
                and len(rest) >= 2
                and _office_apposed(text, rest[-1][0] + len(rest[-1][1]))
            )
            # ("…, ministrica … Republike Slovenije, in Name Surname, minister …": Slovenian "and" after a comma)
            and not (
                prev_word == "in"
                and before[: -len(prev_word)].rstrip().endswith(",")
                and len(rest) >= 2
                and _office_apposed(text, rest[-1][0] + len(rest[-1][1]))
            )
        ):
            continue  # "of the Western Balkans": a complement of the role, not a person
        # a run glued to the role ("… Bosne i Hercegovine Adnan Mujkić") keeps its last two words
        # (not after "by": "… and by Gustavo Larralde Quiroga, Minister …" is a whole name)
        # (and not after a longer word in lower case, which no name runs on from: "Ministrica turizma i sporta Ivana
        # Pezelj Šarić")
        # "* Ana Belén Zurbarán Lecue y …": a run that opens a note (or a line) is a name whole, as after a comma
        opens_note = cut == 0 and not before.strip(NOTE_MARKS)
        glued = (
            cut == 0 and not before.endswith((",", ":")) and before and not opens_note and not is_role_word(prev_word)
            and prev_word not in AGENT_WORDS
            and not (len(prev_word) >= MIN_COMMON_WORD and before.split()[-1].islower())
            and not (prev_word in CONJUNCTIONS and before[: -len(prev_word)].rstrip().endswith(","))  # (", and Name")
            # ("Name Surname Surname y Name Surname Surname": a name, "and", another name whole)
            and not (prev_word in CONJUNCTIONS and names and text[names[-1].end : rest[0][0]].strip() == prev_word)
        )
        # (but "… Republike Hrvatske Vesna KRALJEVIĆ ŠUPUT": a given name before a surname of two capitalised words)
        caps_surname = (
            len(rest) > 2 and all(t.isupper() and len(t) > 1 for _, t in rest[-2:]) and not rest[-3][1].isupper()
        )
        # (and "Luis Miguel SOTOMAYOR REY": two given names before it)
        given = 2 if caps_surname and len(rest) > 3 and not rest[-4][1].isupper() else 1
        keep = 2 + given if caps_surname else 2
        # (but after a portfolio word and "and", one or two words end the portfolio and three are the name: "van Milieu
        # en Voedsel Jens Overgaard Kjær", "voor Handel en Digitale Zaken Anne Holm Sørensen")
        words_before = before.split()
        noun_alone = False
        portfolio_and = (
            len(rest) in (4, 5)
            and prev_word in CONJUNCTIONS
            and len(words_before) >= 2
            and is_not_name(words_before[-2])
        )
        if portfolio_and and not any(t.lower() in PARTICLES for _, t in rest):
            # (five words: a portfolio of two opens on an adjective, "Digitale Zaken", "Ländliche Entwicklung"; a noun
            # alone is the portfolio, and four words the name: "en Plattelandsontwikkeling José Luis Ortega Prieto")
            noun_alone = len(rest) == 5 and not rest[0][1].lower().endswith("e")
            rest = rest[-4:] if noun_alone else rest[-3:]
        elif len(rest) > keep and glued and not any(t.lower() in PARTICLES for _, t in rest[-3:-1]):
            rest = rest[-keep:]
        # "… Bosne i Hercegovine Nedžad HADŽIOSMANOVIĆ": the end of a country's name is no part of the name
        while len(rest) > 2 and _ends_country(text[max(0, rest[0][0] - 40) : rest[0][0] + len(rest[0][1])]):
            rest = rest[1:]
        # (but a run set apart by commas that holds no role word is a name whole: ", Aurélio Vasco Mourão Pinheiro,")
        apposed = cut == 0 and (before.endswith(",") or opens_note) and len(rest) <= MAX_APPOSED_WORDS
        # (nor four right after a role word: "El canciller Héctor Alfonso Quiñónez Batres", two given names and two
        # surnames)
        # (or after a portfolio's last word: "… van Handel, Industrie en Toerisme Andrés Felipe Urdaneta Rojas")
        after_role_word = (
            (cut == 0 and is_role_word(prev_word) or cut and tokens[cut - 1][1].lower() in PORTFOLIO_WORDS)
            and len(rest) == 4
            and not any(t.isupper() or GENITIVE_END_RE.search(t) for _, t in rest)
        )
        if (
            len(rest) > max(3, keep)
            and not any(t.lower() in PARTICLES for _, t in rest)
            and not apposed
            and not after_role_word
            and not noun_alone
        ):
            # four capitalised words with no particle: a portfolio we do not know, then the name
            rest = rest[-keep:]
        # "Representative for the South Caucasus Petra Novotná": after "the", three capitalised words are the end
        # of a complement and a name
        run_before = text[: tokens[0][0]].split()
        after_article = bool(run_before) and run_before[-1].lower() in ("the", "der", "la", "le", "de", "het")
        ends_role = cut and (tokens[cut - 1][1].lower() in PORTFOLIO_WORDS or is_role_word(tokens[cut - 1][1]))
        if (
            len(rest) == 3
            and cut
            and after_article
            and not ends_role
            and not any(t.lower() in PARTICLES for _, t in rest)
        ):
            rest = rest[-2:]
        # a declined adjective or genitive before the name ("Polskiej Tomasz …", "Србије Марко …")
        while len(rest) > 2 and GENITIVE_END_RE.search(rest[0][1]):
            rest = rest[1:]
        # "prezident SR Ľubomír Sedliak": a state's initials before the name ("SR", "ČR", "RH") are no part of it
        if len(rest) > 2 and STATE_INITIALS_RE.fullmatch(rest[0][1]) and not rest[1][1].isupper():
            rest = rest[1:]
        while len(rest) > 1 and rest[-1][1] in PARTICLES:
            rest = rest[:-1]  # "… de Agricultura y Silvicultura de la República …": no name ends on a small particle
        word = rest[0][1].strip(".,")
        role_before = tokens[cut - 1][1] if cut else prev_word
        if is_role_word(role_before) and ROMANIAN_PORTFOLIO_RE.match(f"{role_before} {word}"):
            continue  # Romanian "ministrul Energiei", "ministrul Dezvoltării Regionale": a portfolio in the genitive
        single = len(rest) == 1
        if single and linked:
            continue
        if linked and cut and BUILDING_RE.fullmatch(tokens[cut - 1][1]):
            continue  # "en el Palacio de San Telmo", "au Palais de Rohan": a building's name, no person
        if single and not (
            (
                word.isupper()
                and len(word) > 2
                and fold(word) not in INSTITUTION_BY_ALIAS
                and prev_word not in ARTICLE_WORDS | {"het", "des", "du", "dem", "den", "das"}  # "voor het GBVB"
                and not before.endswith("/")  # "the OSCE/ODIHR": two bodies' initials, no surname
                and not AGENCY_DATELINE_RE.match(original, rest[0][0] + len(rest[0][1]))  # "SARAJEVO, (FENA) –"
            )
            # a registry's surname, but not a title after an article ("the King of Jordan" is no Julian King)
            or (registry.find(word) and prev_word not in ARTICLE_WORDS)
            # "minister Tamm", not "ministre, Tórshavn", nor a place after a plural ("ārlietu ministri Valmierā")
            or (is_role_word(prev_word) and not prev_word.endswith(",") and not PLURAL_ROLE_END_RE.search(prev_word))
            or (cut and is_role_word(tokens[cut - 1][1]))
            # "Secretary of State Stanwick", "Secretary of Commerce Valdespino": a role and its portfolio, then a surname
            or (
                cut
                and tokens[cut - 1][1].lower() in PORTFOLIO_WORDS
                and _role_in_run(tokens[:cut], text)
                and _list_goes_on(original[rest[0][0] + len(rest[0][1]) :])
            )
            or (prev_word in CONJUNCTIONS or before.endswith(","))
            and names
            and (len(names[-1].text.split()) == 1 or _after_plural_title(text[: names[-1].start]))
            # (not after a date: "… Malcolm Attard Pace trešdien, 15. februārī, Rīgā parakstīja": a place)
            and not any(c.isdigit() for c in text[names[-1].end : rest[0][0]])
        ):
            continue
        if len(word) < 2:
            continue
        if single and _office_follows(original[rest[0][0] + len(rest[0][1]) :]):
            continue  # "… en Vlaams minister van Cultuur …": a region's adjective before its office, no name
        start = rest[0][0]
        end = rest[-1][0] + len(rest[-1][1])
        if _portfolio_before_country(original[end:]):
            continue  # "ministra da Agricultura e Soberania Alimentar de França, Name": the end of a portfolio
        if (
            prev_word in CONJUNCTIONS
            and len(words_before) >= 2
            and words_before[-2][:1].isupper()
            and _country_follows(original[end:])
        ):
            continue  # "el ministro de Justicia y Orden Público de la República de Hungría": a portfolio's end
        if (
            prev_word in CONJUNCTIONS
            and len(words_before) >= 2
            and words_before[-2][:1].isupper()
            and not words_before[-2].endswith(",")  # (", and Name, Deputy Prime Minister …": the next signer)
            and not (names and names[-1].text.split()[-1] == words_before[-2])
            and any(is_role_word(w.strip(",")) for w in words_before[-7:-2])
            and len(tokens) - cut <= 2  # (not "… en Voedsel Mateja Brezovšek": the portfolio's end and a name)
            # (the list of offices goes on, or ends, or the office's holder follows between commas)
            and (PORTFOLIO_TAIL_END_RE.match(original[end:]) or HOLDER_BETWEEN_COMMAS_RE.match(original[end:]))
            and not registry.find(text[start:end])
        ):
            continue  # "Ministro da Ciência, Tecnologia e Ensino Superior": the portfolio's last item, no one's name
        if _office_then_name(original[end:]) and not registry.find(text[start:end]):
            continue  # "Seimo Užsienio reikalų komiteto pirmininkas Name": the capitalised start of an office
        names.append(Name(start, end, text[start:end].rstrip(".,:")))
    return names



MAX_OFFICE_WORDS_AFTER_RUN = 4
MIN_OFFICE_WORD = 4  # shorter small words are conjunctions and particles ("и", "és", "sta"), no part of an office


def _office_then_name(after: str) -> bool:
    """After a capitalised run: small-letter words that end in a role word, right before a name of two or more
    capitalised words ('… reikalų komiteto pirmininkas Name Surname'). The run opened that office's body."""
    words = after.split()[: MAX_OFFICE_WORDS_AFTER_RUN + 2]
    for i, word in enumerate(words[:MAX_OFFICE_WORDS_AFTER_RUN]):
        if not (word.isalpha() and word.islower()):
            return False
        if i and is_role_word(word):
            following = [w.rstrip(",.") for w in words[i + 1 : i + 3]]
            return len(following) == 2 and all(w[:1].isupper() and w.isalpha() for w in following)
        if len(word) < MIN_OFFICE_WORD or word in CONJUNCTIONS:
            return False  # (not "… и премиер Name": a conjunction, or a word of a clause, before the role)
    return False


# a Romanian office with its article, then its portfolio in the genitive: "ministrul Energiei", "ministrului Muncii"
ROMANIAN_PORTFOLIO_RE = compile_factored(r"(?i)\S+(?:ul|lui|le)\s+\S+(?:ului|iei|ii|elor|ilor)$")


AGENCY_DATELINE_RE = compile_factored(r",?\s*\(?[A-Z][A-Za-z/]{1,8}\)?\s*[–—-]\s|,\s*\(")


def _list_goes_on(after: str) -> bool:
    """After a surname in a list of offices: the list's end, or the next office ('…, Secretary of Commerce …')."""
    m = re.match(r"\s*(?:$|[.;:)]|(?:,\s*|\s+(?:and|et|und|y|e|en|och|og)\s+)(?:the\s+)?(\S+)(?:\s+(\S+))?)", after)
    return bool(m) and (m.group(1) is None or any(is_role_word(w) for w in m.groups() if w))


def _role_in_run(tokens: list[tuple[int, str]], text: str) -> bool:
    """Whether a role word opens the capitalised run, or stands within three words before it ('Secretary of State')."""
    before = text[max(0, tokens[0][0] - 40) : tokens[0][0]].split()[-3:]
    return any(is_role_word(t) for _, t in tokens) or any(is_role_word(w) for w in before)


STATE_AFTER_ADJECTIVE_RE = compile_factored(r"^(?:Republic|Kingdom|Federation|Confederation|Principality|Grand Duchy)\b")


# "Today, President", "welcomed President": a time word or a past-tense verb before the role is no part of it
LEADING_NON_ROLE_RE = compile_factored(
    r"^(?:[^\W\d_]+,\s+|(?:[a-z]+ed\s+)+"
    # "Po spotkaniu ministrowie …", "Nakon sastanka dvojica predsjednika …": after the meeting, who
    r"|(?:Po|Nakon|Poslije|Posle|Pēc|After|Après|Nach|Dopo|Tras|Após|Efter|Etter|Μετά|След)\s+(?:the\s+)?[^\W\d_]+,?\s+)"
    r"(?=\S)"
)


def _without_leading_non_role(text: str) -> str:
    m = LEADING_NON_ROLE_RE.match(text)
    if m and not any(is_role_word(w) for w in m.group(0).replace(",", " ").split()):
        return text[m.end() :]
    return text


MAX_WORDS_BEFORE_ROLE = 3
RESPONSIBLE_WORDS = frozenset({"felelős", "vastaava", "ansvarig", "ansvarlig"})
ROLE_LIST_AND = (CONJUNCTIONS - {"a"}) | {"és", "și"}  # ("a" is also Romance "to": "a la ministra")
# after a portfolio's last item: the list of offices goes on, or ends
PORTFOLIO_TAIL_END_RE = compile_factored(rf"\s*(?:[;.]|$|(?:{'|'.join(map(re.escape, sorted(ROLE_LIST_AND)))})\s)")
MAX_WORDS_IN_PORTFOLIO_ROLE = 8
# "…, Tecnologia e Ensino Superior, Henrique Belmonte Quadros, e o …": a name of two to four words between commas
HOLDER_BETWEEN_COMMAS_RE = compile_factored(rf",\s+(?:[{UPPER}][\w'’-]+\s+){{1,3}}[{UPPER}][\w'’-]+\s*,")


LEADING_ARTICLE_RE = compile_factored(r"(?i)^(?:the|az|a|die|der|la|le|l'|il|el|de|het)\s+")


def _is_month(word: str) -> bool:
    """'березня', 'mars': a month's name (a date's day may stand before it, or be read off as a dateline)."""
    from .dates import find_dates

    return bool(find_dates(f"1 {word} 2000"))


def _from_role_word(text: str) -> str:
    """'mødtes i dag, i København med forsvarsminister', 'una riunione con il Ministro …': a clause before the role
    word is no part of the role; capitalised words and nationality adjectives right before it are ('Deputy Prime
    Minister', 'tschechischen Innenminister')."""
    words = text.split(" ")
    stems = [i for i, w in enumerate(words) if is_role_word(w.strip(",.;:"))]
    first = stems[0] if stems else None
    # "reunión ministerial del MED5, en la que han participado el ministro …": a clause after a comma opens
    # onto the role word that follows it
    opens_with_role = first is not None and (first == 0 or words[first][:1].isupper() or not words[0])
    for comma in (i for i, w in enumerate(words) if w.endswith(",") and not opens_with_role):
        after = next((i for i in stems if i > comma), None)
        if after is not None and after - comma - 1 > MAX_WORDS_BEFORE_ROLE:
            first = after
    clause = any(re.search(r"[,\"“”«»]", w) for w in words[: first or 0])  # 'together," said Minister'
    joined = [i for i, w in enumerate(words[: first or 0]) if w in ROLE_LIST_AND]
    # (only after a name's tail, capitalised: not "majandus- ja tööstusminister", "Tánaiste and Minister for …")
    if (
        joined
        and not clause
        and all((w[:1].isupper() or len(w) == 1) and not w.endswith("-") for w in words[: joined[-1]])
        and not any(is_role_word(w) or w.lower() in PORTFOLIO_WORDS for w in words[: joined[-1]])
    ):
        return _from_role_word(" ".join(words[joined[-1] + 1 :]))  # "Broek i en commissaris voor …": the last name's tail, then "and"
    # "5 березня у Чопі заступник Міністра …": when, then a preposition and a place, then the office
    where = [
        k
        for k, w in enumerate(words[: first or 0])
        if 0 < len(w) <= 2
        and w.isalpha()
        and w.islower()
        and k + 1 < (first or 0)
        and words[k + 1][:1].isupper()
        and not nationality_adjective(words[k + 1])
        and not find_countries(words[k + 1])
    ]
    before_where = words[: where[-1]] if where else []
    when = before_where and (before_where[0][:1].isdigit() or _is_month(before_where[0]))
    if when and not any(w[:1].isupper() for w in before_where):
        return " ".join(words[where[-1] + 2 :])
    article = 1 if LEADING_ARTICLE_RE.match(text) else 0  # ("A belügyi és igazságügyi miniszter")
    if first is None or (first - article <= MAX_WORDS_BEFORE_ROLE and not clause):
        return text
    # "kultúráért és innovációért felelős miniszter", "oikeus- ja sisäasioista vastaava komissaari": a portfolio of
    # small-letter words, then "responsible", then the office
    if words[first - 1].lower() in RESPONSIBLE_WORDS and all(w[:1].islower() and "," not in w for w in words[:first]):
        return text
    # "Latvijas Republikas izglītības un zinātnes ministre": a role phrase may open with its country's
    # genitive and a long portfolio, commas and all (Baltic, Finnish, Hungarian word order)
    # (or an institution's: "az Európai Bizottság energiaügyi biztosa")
    opens_with_holder = any(start == 0 for start, _, _ in find_countries(LEADING_ARTICLE_RE.sub("", text)[:40])) or (
        INSTITUTION_RE.match(fold(LEADING_ARTICLE_RE.sub("", text))) is not None
    )
    quoted = any(re.search(r"[\"“”«»]", w) for w in words[:first])
    if opens_with_holder and first <= MAX_WORDS_IN_PORTFOLIO_ROLE and not quoted:
        return text
    start = first
    while start > 0 and not words[start - 1].endswith(","):
        word = words[start - 1]
        if not (word[:1].isupper() or nationality_adjective(word)):  # "den tschechischen Innenminister"
            break
        start -= 1
    return " ".join(words[start:])


EU_BEFORE_ROLE_RE = compile_factored(r"(?:the\s+)?(?P<body>EU|UN)\s+(?=[A-Z]\w)")
POSSESSOR_RE = compile_factored(r"[A-Z][\w-]+['’]s\s+(?=\S)")
TRAILING_HONORIFIC_RE = compile_factored(rf"(?:[\s,]+(?:the\s+|του\s+|της\s+)?(?:{HONORIFIC_WORDS}|Don)\.?)+$")
TRAILING_LINK_RE = compile_factored(r"(?i)\s+(?:of(?: the)?|de(?: la)?|du|des|der|di|della|del|της|του|των)$")
# What stands between an office and its country's name: "of the", "de la", "du Royaume de", "del Reino de"
STATE_WORDS = (
    r"kingdom|royaume|reino|regno|koninkrijk|königreich|kongeriget|konungariket|kongeriket|republic|république"
    r"|república|repubblica|republiek|republik|grand duchy|grand-duché|großherzogtum|principality|principauté"
    r"|bundesrepublik|confederation|confédération|δημοκρατίας|δημοκρατία|republikës"
)
STATE_OF_END_RE = compile_factored(
    r"(?i)\s*(?:,|(?<!\w)(?:of|van|de|du|des|der|von|di|della|del|da|av|för|for|i|dell'|d'|της|του|των|e|të))\s*"
    r"(?:the\s+|la\s+|le\s+|l'|het\s+|die\s+|das\s+|il\s+|el\s+|o\s+)?"
    rf"(?:(?:{STATE_WORDS})(?:\s+(?:of|de|van|von|di|do|da|des|du|del|della|d'|së)\s*)?)?\s*$"
)
ENGLISH_ADJECTIVE_WORDS = frozenset(fold(adjective) for adjective in ADJECTIVES.values())
FORMAL_NAME_REST_RE = compile_factored(rf"[{UPPER}]\w+(?:\s+(?:e|y|et|and|und|i|a|og|och|és)\s+[{UPPER}]\w+)+$")
HEAD_OF_STATE_END_RE = compile_factored(r"(?i)(?:president|présidente?|presidente|präsident(?:in)?|prezident|predsjednik)$")
STATE_OF_START_RE = compile_factored(
    rf"^(?i:(?:{STATE_WORDS}))\s+(?:of|de|van|von|di|do|da|des|du|del|della|d')\s+(?:the\s+|la\s+)?"
)
# "ministro de … de la República de" with the country cut off after it (a list's): the state's word goes with it
STATE_BEFORE_CUT_RE = compile_factored(
    r"(?i)\s+(?:of|van|de|du|des|der|von|di|della|del|da)\s+(?:the\s+|la\s+|le\s+|het\s+|die\s+|il\s+|el\s+|o\s+)?"
    rf"(?:{STATE_WORDS})\s+(?:of|de|van|von|di|do|da|des|du|del|della|d')\s*$"
)


# "the Member of the Commission responsible for fisheries": how the Commission's own releases long named a
# Commissioner's office (the word "Member" alone is no office: "Member States", "Members of the Council")
COMMISSION_MEMBER_RE = compile_factored(
    r"(?i)(?:member|membre|mitglied|membro|miembro|lid)\s+(?:of the|de la|der|della|van de)\s+"
    r"(?:European\s+|europäischen\s+|Europese\s+)?(?:Commission|Kommission|Commissione|Comisión|Commissie)\b(?!\s+(?:of|on|for)\b)"
)
# "… of twelve Member States of the European Union", "de los dieciocho Estados miembros que …": how many states a
# group's office is held in, not part of the office
MEMBER_STATES_TAIL_RE = compile_factored(
    r"(?i)\s+(?:of|de|des|der|van|di|dei|degli|da|dos|af|av|från|z|iz)(?:\s+(?:the|los|las|la|les|de|het|die|i|os|as))?"
    r"\s+(?:\S+\s+)?(?:member states|états membres|etats membres|estados miembros|estados-membros|stati membri"
    r"|mitgliedstaaten|lidstaten|medlemsstater|medlemsländer|medlemslande|państw członkowskich|členských států"
    r"|država članica|states|états|estados|paesi|países|pays|countries|länder|landen)\b.*$"
)
# the Union's heads of state or government: the European Council's members
EU_LEADERS_RE = compile_factored(
    r"(?i)\bheads? of state|\bjef[ea]s? de estado|\bchefs? d'[ée]tat|\bcap[io] di stato|staats- und regierungschef"
    r"|\bchefes? de estado|\bleaders? of the (?:european union|eu)\b|staatshoofden|regeringsleiders"
    r"|stats- (?:och|og) regeringschef|\bčelnic|\bšefovi država|\bszefowie państw|\bprzywódc|\bhlavy (?:států|štátov)"
    r"|\bαρχηγοί κρατών|állam- és kormányf"
)
EURO_AREA_RE = compile_factored(r"(?i)euro area|eurozone|zone euro|zona (?:del )?euro|strefy euro|euroraum|euro-währungsgebiet|eurozóny|área do euro")
# an office's portfolio named after it: "Minister for …", "secretario de Estado para …" (on the folded text)
PORTFOLIO_AFTER_RE = compile_factored(r"\s+(?:affairs|matters|relations)\b")
PORTFOLIO_FOR_RE = compile_factored(
    r"(?:\b(?:for|para|pour|fur|per|voor|til|za|dla|pro|για|do spraw|chargee?\s+de|charge\s+des)"
    r"|\b(?:affairs|affaires|asuntos|assuntos|affari|zaken)\s+(?:of|de|des|del|di|van|do|da))"
    r"\s+(?:the\s+|la\s+|l'|die\s+|de\s+|het\s+|den\s+|a\s+|i\s+|dell'|della\s+)?$"
)


# (but the Nordic chair is "for" his body: "formanden for Det Europæiske Råd", "leder for")
PORTFOLIO_THEN_BODY_RE = compile_factored(r"\bfor\s+(?:[\w-]+\s+){1,3}affairs\s+of\s+(?:the\s+)?$")
NORDIC_HEAD_FOR_RE = compile_factored(r"\b(?:formand|formann|ordforer|leder)\w*\s+for\s+$")


REGION_OF_AMERICA_RE = compile_factored(
    r"(?i)\b(?:latin|south|north|central|sud|nord|centro|süd|mittel)[\s-]?am[eé]ri[ck]\w*|\bam[eé]rica latina\b"
    r"|\bam[eé]ri(?:ca|que)s\b"  # "Managing Director for the Americas", "las Américas", "les Amériques": the continents
)
OF_CAPITAL_RE = compile_factored(rf"\s+(?:of|from)\s+(?:the\s+)?(?P<w>[{UPPER}][\w-]*)")


# an office in the genitive after "and", as titles write two offices: "… du Président X et du Premier ministre Y",
# "… del Presidente del Gobierno y de la Presidenta de …", "… of the President of A and of the Prime Minister of B"
GENITIVE_OFFICE_START = (
    r"(?:of the|du|de la|des|della|del|dello|dei|degli|do|da|dos|das)\s+"
    r"(?=(?i:presiden|président|primo|primeiro|premier|prime|minist|commissa|comisari|comissári|vice|alt[oa]\s|haut"
    r"|high\s|segretari|secretar|secrétaire|chancel|cancill|cancell|chanceler))"
)


@lru_cache(maxsize=65536)  # pure: the same role phrases recur in every statement
def clean_role(text: str) -> tuple[str | None, str | None, str | None]:
    """A role phrase → (role, country, organisation), articles and 'of <Country>' removed."""
    text = POST_NOMINAL_START_RE.sub("", text)  # " TD, and the Prime Minister …": the last name's letters
    text = re.sub(
        r"^[\s,;&–-]*(?:\d{1,2}[.)]\s+)?(?:(?:and|en|et|und|e|y|i|in(?=\s+[^\W\d_]*(?:predsedni|minist|podpredsedni|komisar))|dal|dalla|dallo|dai|dagli|dalle|pelo|pela|pelos|pelas|og|och|oraz|ja|ning|un|ir|és|și|as well as|sowie|ainsi que|alsmede|και|и|та)\s+){0,2}(?:(?:by|par|por|door)\s+(?=\S))?"
        rf"(?:{GENITIVE_OFFICE_START})?",  # "… Name i and Commissioner …": a link's "i" first; "and by the …": the agent's word
        "",
        text,
    )
    text = re.sub(r"[\s,;&–-]*$", "", text).strip(" *")
    text = re.sub(r"(?<=\w{4})\.$", "", text)  # "… de l'Union européenne." (but "St.", "Gen.")
    text = TRAILING_HONORIFIC_RE.sub("", text)  # "Secretary of State for Transport, the Rt Hon" before the name
    cut = STATE_BEFORE_CUT_RE.search(text)  # ("ministro … de la República de" before a country cut off)
    if cut and not HEAD_OF_STATE_END_RE.search(text[: cut.start()]):  # (but "président de la République de")
        text = text[: cut.start()]
    text = TRAILING_LINK_RE.sub("", text)  # "Αρχηγοί Κρατών και Κυβερνήσεων της" before the countries
    text = _from_role_word(_without_leading_non_role(text))
    possessor = POSSESSOR_RE.match(text)  # "Parliament's co-rapporteurs for the Committee on …": whose, then the office
    if possessor and not find_countries(possessor.group(0)) and is_role_word(text[possessor.end() :].split()[0]):
        text = text[possessor.end() :]
    text = ARTICLES_RE.sub("", text)
    text = HONORIFICS_RE.sub("", text + " ").strip()
    country = organisation = None
    relations = RELATIONS_WITH_RE.search(text)  # "Chair of the Delegation for relations with Switzerland and Norway"
    found = [
        f
        for f in find_countries(text)
        if not LOCATION_BEFORE_RE.search(text[: f[0]]) and not (relations and relations.start() < f[0])
    ]
    if found:
        country = found[-1][2]
        start, end, _ = found[-1]
        # "Minister of the Interior of Croatia", "Croatian Minister", "Sveriges försvarsminister"
        head = STATE_OF_END_RE.sub("", STATE_OF_END_RE.sub("", text[:start])).strip()
        head = _without_state_words(head)  # "minister transportu Republiki Litewskiej"
        if head.lower() in ("za", "for", "pour", "für", "por", "per", "voor", "dla", "för"):
            head = ""  # "za Egypt ministr ropného průmyslu": for whom, then the office
        tail = re.sub(r"^['’]s?(?!\w)", "", text[end:]).strip(" ,")  # "Canada's", "Cyprus' Minister"
        tail = STATE_AFTER_ADJECTIVE_RE.sub("", tail).strip(" ,")  # "President of the Italian Republic"
        if tail and STATE_WORD_RE.match(fold(tail.split()[0])):
            tail = tail.split(" ", 1)[1] if " " in tail else ""  # "Lietuvos Respublikos Seimo Pirmininkas"
        if tail.lower() in CONJUNCTIONS:
            tail = ""  # "… of the Federal Republic of Germany, and": the list goes on
        if FORMAL_NAME_REST_RE.match(tail) and re.search(rf"(?i)(?:{STATE_WORDS})\s*$", text[:start]):
            tail = ""  # "… della Repubblica Tunisina Democratica e Federale" (invented): the rest of a state's formal name
        # ("… of the Libyan interim government", "… of the Jordanian House of Senators": an adjective that
        # names the country of the body after it, which the office is of)
        of_body = (
            tail
            and fold(text[start:end]) in ENGLISH_ADJECTIVE_WORDS
            and re.search(r"(?i)\bof(?:\s+the)?\s+$", text[:start])
        )
        text = text[:start].strip() + " " + tail if of_body else (head + " " + tail).strip() if head else tail
    if not found:  # "il Ministro francese dell'Agricoltura", "den österreichischen Bundesminister"
        for m in re.finditer(r"[^\W\d_]+", text):
            adjective = nationality_adjective(m.group(0)) if not is_role_word(m.group(0)) else None
            if adjective and m.group(0) == "Island" and ISLAND_NOUN_RE.match(text, m.end()):
                continue  # "Minister of Shipping and Island Policy": the English noun, not Iceland's name
            if adjective and REGION_OF_AMERICA_RE.search(text, max(0, m.start() - 12), m.end() + 9):
                continue  # "responsible for relations with Latin America": a continent's part, not the United States
            if adjective:
                country = adjective
                before, after = text[: m.start()].rstrip(), text[m.end() :]
                if before and STATE_WORD_RE.match(fold(before.split()[-1])):
                    before = before.rsplit(" ", 1)[0] if " " in before else ""  # "Republiki Litewskiej"
                text = re.sub(r"\s{2,}", " ", before + " " + after).strip()
                break
    eu = EU_BEFORE_ROLE_RE.match(text)
    if eu and is_role_word(text[eu.end() :].split()[0]) and not organisation:
        # "the EU Administrator of Mostar", "EU Ambassador", "UN Representative to …"
        organisation = "European Union" if eu.group("body") == "EU" else "United Nations"
        text = text[eu.end() :]
    folded = fold(text)
    inst = INSTITUTION_RE.search(folded) if organisation is None else None
    if inst and PORTFOLIO_AFTER_RE.match(folded, inst.end()):
        inst = None  # "Minister of Foreign and CARICOM Affairs": the body names a portfolio
    if inst and (
        not PORTFOLIO_FOR_RE.search(folded[: inst.start()])
        or NORDIC_HEAD_FOR_RE.search(folded[: inst.start()])
        # ("Deputy Secretary General for Political Affairs of the European External Action Service": the portfolio
        # came first, after "for"; the body whose office it is follows it)
        or PORTFOLIO_THEN_BODY_RE.search(folded[: inst.start()])
    ):
        # (a national "secretario de Estado para la Unión Europea" holds a portfolio, not an office of the Union)
        organisation = INSTITUTION_BY_ALIAS[inst.group(0)]
    # the body's name before its office is the organisation, not the role ("Committee of Ministers Chairman",
    # "Európai Bizottság energiaügyi biztosa", "Council of Europe Commissioner for Human Rights")
    body_end = inst.end() if inst and inst.start() == 0 and len(folded) == len(text) else 0
    if body_end and any(is_role_word(w) for w in text[body_end:].split()):
        text = re.sub(r"^['’]s?\s", "", text[body_end:]).strip()  # ("European Commission's Chief Negotiator")
    # "Ministers of the Interior of the Brdo Process": keep the portfolio, drop the complement after the role word
    role_at = next((w.start() for w in WORD_SPAN_RE.finditer(text) if is_role_word(w.group(0))), 0)
    m = OF_CAPITAL_RE.search(text, role_at)
    while m:
        if m.group("w").lower() not in PORTFOLIO_WORDS:
            text = text[: m.start()]
            break
        m = OF_CAPITAL_RE.search(text, m.end())
    text = re.split(r"(?i)\s+and\s+of\s+|\s+–\s+|\s+-\s+", text)[0].strip(" ,")
    text = re.sub(
        r"(?i)(?:\s+(?:of|for|van|voor|de|du|des|der|von|di|del|da|av|i|the|of the|l'|dell'|d'|los|las|dos|das|do|al|ale|ai"
        r"|din|на|от))+\s*$",
        "",
        text,
    )
    text = MEMBER_STATES_TAIL_RE.sub("", text)
    if not any(is_role_word(w.strip(",.")) for w in text.split()) and not COMMISSION_MEMBER_RE.match(text):
        return None, country, organisation
    role = singular_role(text)
    if organisation == "European Union" and EU_LEADERS_RE.search(role):
        organisation = "European Council"  # "los jefes de Estado o de Gobierno de la Unión Europea": its members
    elif EU_LEADERS_RE.search(role) and EURO_AREA_RE.search(role):
        organisation = "Euro Summit"  # "szefowie państw lub rządów strefy euro": the euro area's leaders
    country = country or country_for_role(role)  # ("the Taoiseach")
    by_role = organisation_for_role(role)
    if by_role == "European Union":  # "High Representative …/Vice-President of the European Commission" speaks for the Union
        return role, country, by_role
    return role, country, organisation or by_role
