"""Country names in the archive's languages (CLDR via Babel), mapped to one English short name."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from babel import Locale

from .dates import DATE_LOCALES
from .kept import compiled, kept
from .layout import fold, fold_same_length
from .patterns import alternation, compile_factored

FORMER = {"CS": "Serbia and Montenegro"}  # countries that no longer exist keep their name
# after a union ended, its name in a list is its two states side by side: "… of Croatia, Serbia and Montenegro" (2019)
UNION_PARTS = {"Serbia and Montenegro": (2006, ("Serbia", "Montenegro"))}


def union_parts(country: str | None, date: str | None) -> tuple[str, ...] | None:
    """The states a former union's name stands for in a text dated after the union ended; else None."""
    ended = UNION_PARTS.get(country or "")
    return ended[1] if ended and date and int(date[:4]) > ended[0] else None


# A country's name in one language that is a European city's in the statements: "Granada" is Grenada in Spanish
# names that are another language's common word: "Granada" the Spanish city, Icelandic "Indland" (India) the Nordic
# "inland" ("Ritzau | Indland": a news agency's home desk)
CITIES_NOT_COUNTRIES = ("Granada", "Indland")
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "AQ", "BV", "HM", "UM", "IC", "EA", "DG", "CP", "AC", "TA"}
# English short names where CLDR's display name is not what a reader expects.
ENGLISH_NAMES = {
    "BA": "Bosnia and Herzegovina",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "TT": "Trinidad and Tobago",
    "AG": "Antigua and Barbuda",
    "KN": "Saint Kitts and Nevis",
    "VC": "Saint Vincent and the Grenadines",
    "ST": "Sao Tome and Principe",  # the ISO 3166 short name, as the UN writes it
    "PS": "Palestine",
    "MM": "Myanmar",
    "CI": "Côte d'Ivoire",
    "HK": "Hong Kong",
    "MO": "Macao",
    "CV": "Cabo Verde",  # the ISO 3166 short name since 2013
}
# Other names seen in statements over the years, and adjectives used as "the French Minister".
EXTRA_NAMES = {
    "GR": [
        "Hellenic Republic",
        "Hellenic",
        "Ελληνική Δημοκρατία",
        "Ελληνικής Δημοκρατίας",
        "Ελλάδος",
        "Helenska Republika",
        "Helenske Republike",
        "Хеленска Република",
        "Хеленске Републике",
        "République hellénique",
        "Repubblica ellenica",
        "República Helénica",
        "Hellenische Republik",
        "Helleense Republiek",
    ],
    "CY": ["Κυπριακή Δημοκρατία", "Κυπριακής Δημοκρατίας"],  # the states' own long names in Greek
    "MK": [
        "Macedonia",
        "Mazedonien",
        "Macédoine",
        "Macedonië",
        "Macedónia",
        "Makedonien",
        "Makedonia",
        "Makedonija",
        "Makedonie",  # (Czech: "Bývalá jugoslávská republika Makedonie")
        "Macedonii",
        "Macedoniei",
        "former Yugoslav Republic of Macedonia",
        "FYROM",
        "Македония",
        "Македонија",
        "Република Македония",
        "Република Македонија",
        "Republic of North Macedonia",
        "Noord-Macedonië",
        "Sjeverna Makedonija",
        "voormalige Joegoslavische Republiek Macedonië",
        "ancienne République yougoslave de Macédoine",
        "ehemalige jugoslawische Republik Mazedonien",
        "ex Repubblica jugoslava di Macedonia",
        "antigua República Yugoslava de Macedonia",
    ],
    # CLDR's short name was "Czech Republic" until 2016, and older texts in every language use the long form
    "CZ": [
        "Czech Republic",
        "République tchèque",
        "Tschechische Republik",
        "Tsjechische Republiek",
        "Repubblica ceca",
        "República Checa",
        "Tjeckiska republiken",
        "Tjekkiske Republik",
        "Den Tsjekkiske republikk",
        "Tšekin tasavalta",
        "Republika Czeska",
        "Česká republika",
        "Tsjekkia",
        "ČR",  # "předseda vlády ČR"
    ],
    "HR": ["RH"],  # "Vlada RH", "predsjednik Vlade RH"
    "DK": ["Dán Királyság"],  # (Hungarian "dán" is too short a stem to read as an adjective)
    # (and the Kingdom's formal name in Polish, a plural that CLDR's "Holandia" does not decline to: "Królestwa
    # Niderlandów")
    "NL": ["Holland", "Koninkrijk der Nederlanden", "Nederlanden", "Niderlandy", "Niderlandów", "Niderlandach"],
    # the French Republic's long name, as governments' pages write it
    "FR": [
        "French Republic",
        "Franse Republiek",
        "République française",
        "Französische Republik",
        "Französischen Republik",
        "Repubblica francese",
        "República Francesa",
    ],
    # the Swiss Confederation's own names in its four languages, and its Latin one
    "CH": [
        "Schweizerische Eidgenossenschaft",
        "Schweizerischen Eidgenossenschaft",
        "Swiss Confederation",
        "Confédération suisse",
        "Confederazione Svizzera",
        "Confederaziun svizra",
        "Confoederatio Helvetica",
    ],
    "GB": [
        "UK",
        "Great Britain",
        "Britain",
        "Vereinigten Königreichs",
        "Vereinigten Königreich",
        "United Kingdom of Great Britain and Northern Ireland",
        "Northern Ireland",
        # the Romance and Dutch long forms, whose "Northern Ireland" is no Ireland
        "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
        "Regno Unito di Gran Bretagna e Irlanda del Nord",
        "Reino Unido de Gran Bretaña e Irlanda del Norte",
        "Reino Unido da Grã-Bretanha e Irlanda do Norte",
        "Verenigd Koninkrijk van Groot-Brittannië en Noord-Ierland",
        "Irlande du Nord",
        "Irlanda del Nord",
        "Irlanda del Norte",
        "Irlanda do Norte",
        "Noord-Ierland",
        # the Nordic long forms ("Förenade kungarikets premiärminister")
        "Förenade kungariket",
        "Det Forenede Kongerige",
        "Det forente kongerike",
    ],
    # the long forms the Nordic languages write beside CLDR's "USA" ("Förenta staternas president")
    "US": [
        "USA",
        "United States of America",
        "U.S.",
        "US",
        "Förenta staterna",
        "De Forenede Stater",
        "De forente stater",
        "Vereinigten Staaten",  # (the German dative and genitive: "den Vereinigten Staaten")
        "Sjedinjenih Američkih Država",  # (and the South Slavic genitive and dative)
        "Sjedinjenim Američkim Državama",
        "Stanów Zjednoczonych",  # (the Polish genitive and locative of "Stany Zjednoczone")
        "Stanach Zjednoczonych",
        "Spojených států amerických",  # (the Czech and Slovak genitives)
        "Spojených států",
        "Spojených štátov amerických",
        "Spojených štátov",
    ],
    "TR": ["Turkey", "Türkiye"],
    "MD": ["Republic of Moldova", "Moldove", "Moldovi", "Moldovu"],  # (Croatian and Serbian decline "Moldova" too)
    # the Federation's name in the South Slavic languages, in its cases ("predsednik Ruske federacije")
    "RU": ["Russian Federation", "Ruska federacija", "Ruske federacije", "Ruski federaciji", "Rusko federacijo"],
    "KG": ["Kyrgyz Republic"],
    "SK": ["Slovak Republic", "Slovaki Vabariik", "Slovaki Vabariigi"],
    # (the formal name in other languages: Romanian, with its genitive, French, Spanish, Italian, German)
    "KR": [
        "Republic of Korea",
        "Republica Coreea",
        "Republicii Coreea",
        "République de Corée",
        "República de Corea",
        "Repubblica di Corea",
        "Republik Korea",
        # (and in the other languages of the archive, in the cases an office's country takes: "minister … Kórejskej
        # republiky", "Korean tasavallan ulkoministeri", "a Koreai Köztársaság nagykövete")
        "Kórejská republika",
        "Kórejskej republiky",
        "Korejská republika",
        "Korejské republiky",
        "Republika Korei",
        "Republiki Korei",
        "Republika Koreja",
        "Republike Koreje",
        "Republiko Korejo",
        "Korėjos Respublika",
        "Korėjos Respublikos",
        "Korejas Republika",
        "Korejas Republikas",
        "Korean tasavalta",
        "Korean tasavallan",
        "Korea Vabariik",
        "Korea Vabariigi",
        "Koreai Köztársaság",
        "Republiken Korea",
        "Republikken Korea",
        "Republiek Korea",
        "Δημοκρατία της Κορέας",
        "Δημοκρατίας της Κορέας",
        "Република Корея",
        "Република Кореја",
    ],
    "BA": ["Bosnia-Herzegovina", "BiH", "Bosnia"],
    "AL": ["Shqipëria", "Shqipërisë", "Shqipërinë"],  # (Albanian's definite and genitive forms: "Republika e Shqipërisë")
    "XK": ["Kosovo*"],
    "VA": ["Holy See"],
    "CV": ["Cabo Verde"],
    "CS": [
        "Serbia and Montenegro",
        "Serbie-et-Monténégro",
        "Servië en Montenegro",
        "Serbien und Montenegro",
        "Srbija i Crna Gora",
        "Србија и Црна Гора",
        "Serbia e Montenegro",
        "Serbia y Montenegro",
        "Sérvia e Montenegro",
        "Serbia și Muntenegru",
        "Serbiei și Muntenegrului",  # (Romanian's genitive: "miniștrii … ai Serbiei și Muntenegrului")
        "Serbia i Czarnogóra",
        "Serbii i Czarnogóry",
        "Srbsko a Černá Hora",
        "Srbsko a Čierna Hora",
        "Szerbia és Montenegró",
        "Σερβία και Μαυροβούνιο",
        "Σερβίας και Μαυροβουνίου",
        "Сърбия и Черна гора",
        "Serbien och Montenegro",
        "Serbien og Montenegro",
        "Serbia ja Montenegro",
        "Srbija in Črna gora",
    ],
    "SZ": ["Swaziland"],
    "CI": ["Ivory Coast"],
}
ADJECTIVES = {
    "AL": "Albanian",
    "AT": "Austrian",
    "BE": "Belgian",
    "BG": "Bulgarian",
    "HR": "Croatian",
    "CY": "Cypriot",
    "CZ": "Czech",
    "DK": "Danish",
    "EE": "Estonian",
    "FI": "Finnish",
    "FR": "French",
    "DE": "German",
    "GR": "Greek",
    "HU": "Hungarian",
    "IE": "Irish",
    "IT": "Italian",
    "LV": "Latvian",
    "LT": "Lithuanian",
    "LU": "Luxembourgish",
    "MT": "Maltese",
    "NL": "Dutch",
    "PL": "Polish",
    "PT": "Portuguese",
    "RO": "Romanian",
    "SK": "Slovak",
    "SI": "Slovenian",
    "ES": "Spanish",
    "SE": "Swedish",
    "NO": "Norwegian",
    "IS": "Icelandic",
    "CH": "Swiss",
    "GB": "British",
    "US": "American",
    "CA": "Canadian",
    "JP": "Japanese",
    "UA": "Ukrainian",
    "RS": "Serbian",
    "ME": "Montenegrin",
    "BA": "Bosnian",
    "XK": "Kosovar",
    "MK": "North Macedonian",
    "TR": "Turkish",
    "MD": "Moldovan",
    "GE": "Georgian",
    "AM": "Armenian",
    "AZ": "Azerbaijani",
    "RU": "Russian",
    "CN": "Chinese",
    "IN": "Indian",
    "AU": "Australian",
    "NZ": "New Zealand",
    "IL": "Israeli",
    # (and the partners' that the archive's statements name beside their offices: "the Belarusian energy minister")
    "BY": "Belarusian",
    "KZ": "Kazakh",
    "UZ": "Uzbek",
    "KG": "Kyrgyz",
    "TJ": "Tajik",
    "TM": "Turkmen",
    "MN": "Mongolian",
    "BR": "Brazilian",
    "MX": "Mexican",
    "AR": "Argentine",
    "CL": "Chilean",
    "CO": "Colombian",
    "PE": "Peruvian",
    "VE": "Venezuelan",
    "EC": "Ecuadorian",
    "CU": "Cuban",
    "EG": "Egyptian",
    "MA": "Moroccan",
    "TN": "Tunisian",
    "DZ": "Algerian",
    "NG": "Nigerian",
    "KE": "Kenyan",
    "ET": "Ethiopian",
    "ZA": "South African",
    "SA": "Saudi",
    "JO": "Jordanian",
    "LB": "Lebanese",
    "SY": "Syrian",
    "IQ": "Iraqi",
    "IR": "Iranian",
    "AF": "Afghan",
    "PK": "Pakistani",
    "ID": "Indonesian",
    "VN": "Vietnamese",
    "PH": "Filipino",
    "MY": "Malaysian",
    "SG": "Singaporean",
}


# Finnish consonant gradation in a name's last syllable, for its genitive ("Islanti" → "Islannin")
FINNISH_GRADATION = {"nt": "nn", "lt": "ll", "rt": "rr", "kk": "k", "pp": "p", "tt": "t"}


@lru_cache(maxsize=1)
@kept  # (built from CLDR once, then read from the store: kept.py)
def _table() -> dict[str, str]:
    english = Locale.parse("en").territories
    table: dict[str, str] = {}

    def add(name: str, code: str) -> None:
        key = fold_same_length(name).strip()
        if len(key) >= 2:
            table.setdefault(key, code)

    codes = [c for c in english if len(c) == 2 and c.isalpha() and c not in NOT_COUNTRIES]
    for code in codes:
        add(english_name(code), code)
        add(english[code], code)
    for code, names in EXTRA_NAMES.items():
        for name in names:
            add(name, code)
    for code, adjective in ADJECTIVES.items():
        add(adjective, code)
    for lid in DATE_LOCALES:
        territories = Locale.parse(lid).territories
        for code in codes:
            if code in territories:
                add(territories[code], code)
    # Slavic languages decline country names ("premierzy Czech, Polski, Słowacji i Węgier", "vlády Maďarska"):
    # a one-word name of six letters or more also matches its stem with a case ending (CLDR lists only the
    # nominative). Added after every listed name, so a real name always wins over a declined form.
    for lid in SLAVIC_LOCALES:
        territories = Locale.parse(lid).territories
        for code in codes:
            name = fold_same_length(territories.get(code, "")).strip()
            # "Slovensko" → "Slovenska", "Polska" → "Polski", "Hrvatska" → "Hrvatske", "Slovenija" → "Slovenije"
            stem = name[:-1] if name.endswith(("ska", "sko")) else re.sub(r"(?:ija|ja|ia|a|o|e|i|y|u)$", "", name)
            if " " not in name and len(name) >= 6 and name.endswith("ija"):
                for ending in ("e", "i", "u", "om"):  # "Srbija" → "Srbije" (its stem alone, "Srb", is too short)
                    add(name[:-1] + ending, code)
            if lid in ("pl", "cs", "sk") and " " not in name and len(name) == 5 and name.endswith("a"):
                # short names take only their genitive: "Litwa" → "Litwy", "Litva" → "Litvy", "Dania" → "Danii"
                add(name[:-1] + ("i" if name.endswith("ia") else "y"), code)
            elif " " not in name and len(name) == 5 and name.endswith("a") and not name.endswith(("ska", "cka")):
                add(name[:-1] + "e", code)  # (and in the South Slavic languages in "-e": "Litva" → "Litve")
            if " " in name or len(name) < 6 or len(stem) < 4:
                continue
            # (a neuter name in "-sko" has no form in "-i": "Slovenski" is Slovenian and Croatian for "Slovene")
            for ending in SLAVIC_CASE_ENDINGS:
                if not (name.endswith("sko") and ending in ("i", "í")):
                    add(stem + ending, code)
    # and the names CLDR no longer lists decline as its own do: "Srbije i Makedonije", "Албаније и Македоније"
    for code, names in EXTRA_NAMES.items():
        for name in names:
            if " " not in name and name.endswith(("ija", "ија")):
                for ending in ("e", "i", "u", "om") if name.endswith("ija") else ("е", "и", "у", "ом"):
                    add(name[:-1] + ending, code)
    # Ukrainian and Russian decline them too: "міністр … України", "Румунії", "министр … России", "Украины"
    for lid, cases in EAST_SLAVIC_CASES.items():
        territories = Locale.parse(lid).territories
        for code in codes:
            name = fold_same_length(territories.get(code, "")).strip()
            if " " in name or "-" in name or len(name) < 5:
                continue
            for end, endings in cases.items():
                if name.endswith(end):
                    for ending in endings:
                        add(name[: -len(end)] + ending, code)
                    break
    # Polish plural names take their genitive with no ending, often with an "e" put in: "Węgry" → "Węgier",
    # "Niemcy" → "Niemiec", "Włochy" → "Włoch"
    for code in codes:
        name = fold_same_length(Locale.parse("pl").territories.get(code, "")).strip()
        stem = name[:-1]
        if " " in name or not name.endswith("y") or len(stem) < 4:
            continue
        add(stem, code)
        add(stem[:-1] + "ie" + stem[-1], code)
    # Croatian and Serbian short names in -ška/-ska/-čka decline too ("Češka" → "Češke", "Grčka" → "Grčke")
    for lid in ("hr", "bs", "sr_Latn"):
        for code in codes:
            name = fold_same_length(Locale.parse(lid).territories.get(code, "")).strip()
            if " " not in name and len(name) == 5 and name.endswith(("ska", "cka")):
                for ending in ("e", "oj", "u", "om"):
                    add(name[:-1] + ending, code)
    # Serbian in Cyrillic the same: "Мађарска" → "Мађарске", "Аустрија" → "Аустрије", "Србија" → "Србији"
    for code in codes:
        name = fold_same_length(Locale.parse("sr").territories.get(code, "")).strip()
        if " " in name or len(name) < 5:
            continue
        if name.endswith("ија"):
            for ending in ("ије", "ији", "ију", "ијом"):
                add(name[:-3] + ending, code)
            continue
        stem = name[:-1] if name.endswith(("ска", "ско")) else re.sub(r"(?:ја|а|о|е|и|у)$", "", name)
        if len(stem) >= 4:
            for ending in ("а", "е", "и", "у", "ом", "ој"):
                add(stem + ending, code)
    # and names of several words decline word by word: "Crna Gora" → "Crne Gore", "Bosna i Hercegovina" → "Bosne i
    # Hercegovine", "Sjeverna Makedonija" → "Sjeverne Makedonije" (each word in -a takes the same case)
    for lid, endings in SOUTH_SLAVIC_CASES.items():
        territories = Locale.parse(lid).territories
        for code in codes:
            words = fold_same_length(territories.get(code, "")).split()
            if len(words) < 2 or not any(w.endswith(("a", "а")) for w in words):
                continue
            for ending in endings:
                add(" ".join(w[:-1] + ending if w.endswith(("a", "а")) and len(w) > 3 else w for w in words), code)
    # Greek declines them too: "της Ελλάδας", "της Κύπρου", "του Λιβάνου"
    for code in codes:
        name = fold_same_length(Locale.parse("el").territories.get(code, "")).strip()
        if " " in name or len(name) < 4:
            continue
        if name.endswith("ος"):
            add(name[:-2] + "ου", code)
        elif name.endswith(("α", "η")):
            add(name + "ς", code)
        elif name.endswith("ο"):
            add(name + "υ", code)  # "του Λουξεμβούργου", "του Βελγίου"
    # Romanian its genitive: "președinții Ungariei, României și Poloniei"
    for code in codes:
        name = fold_same_length(Locale.parse("ro").territories.get(code, "")).strip()
        if " " not in name and len(name) >= 5 and name.endswith("a"):
            add(name[:-1] + "ei", code)
    # Lithuanian and Latvian theirs: "Estijos Respublikos", "Latvijos Saeima"; "Igaunijas", "Lietuvas"
    for lid, ending in (("lt", "os"), ("lv", "s")):
        for code in codes:
            name = fold_same_length(Locale.parse(lid).territories.get(code, "")).strip()
            if " " not in name and len(name) >= 5 and name.endswith("a"):
                add(name[:-1] + ending if lid == "lt" else name + ending, code)
    # and Finnish its genitive: "Viron pääministeri", "Ruotsin ulkoministeri"
    # ("Ruotsin", "Unkarin", "Suomen"), with the consonant gradation of the last syllable ("Islannin", "Kreikan")
    for code in codes:
        name = fold_same_length(Locale.parse("fi").territories.get(code, "")).strip()
        # (a short name in -i is left out: "Mali" → "Malin" is a first name)
        if " " not in name and len(name) >= (6 if name.endswith("i") else 4) and name[-1] in "aeiouyäö":
            add(name + "n", code)
            graded = re.sub(r"(nt|lt|rt|kk|pp|tt)(?=[aeiouyäö]$)", lambda m: FINNISH_GRADATION[m.group(1)], name)
            if graded != name:
                add(graded + "n", code)
        if " " not in name and len(name) >= 4 and name[-1] not in "aeiouyäö":
            add(name + "in", code)  # a name ending in a consonant: "Luxemburg" → "Luxemburgin", "Israel" → "Israelin"
        if " " not in name and name.endswith("mi"):
            add(name[:-1] + "en", code)  # "Suomi" → "Suomen"
        # and its partitive, the object of "edusti" ("Ukrainaa edusti …"): "Ukraina" → "Ukrainaa", "Japani" → "Japania"
        if " " not in name and len(name) >= 5 and name[-1] in "aä":
            add(name + name[-1], code)
        elif " " not in name and len(name) >= 6 and name.endswith("i") and not name.endswith("mi"):
            add(name + "a", code)
    for city in CITIES_NOT_COUNTRIES:
        table.pop(fold_same_length(city), None)
    return table


# Nationality adjectives CLDR's language names cannot give (no language named after the state, or a name unlike the
# state's: "irlandais"), by their stems in the archive's languages: "son homologue belge", "il ministro cipriota"
NATIONALITY_STEMS = {
    "BE": ("belge", "belga", "belgian", "belgisch", "belgijsk", "belgick", "belgisk", "belgialai", "βελγ", "белгийск", "белгијск"),
    "CY": ("chypriot", "cipriot", "chipriot", "zyprisch", "zypriot", "cypriot", "cypryjsk", "kypersk", "cypersk",
           "ciparsk", "ciprsk", "κυπρια", "κυπριο", "κύπρι", "кипърск", "кипарск", "kyproslai", "kypriotisk", "ciprusi"),
    "IE": ("irlandai", "irlandes", "irlandés", "irländsk", "irisch", "ierse", "irlandzk", "irsk", "ιρλανδ",
           "ирландск", "irlantilai"),
    "CH": ("schweizerisch", "zwitsers", "švýcarsk", "švajčiarsk", "švicarsk", "швајцарск", "швейцарск", "ελβετ",
           "sveitsisk", "schweizisk", "svájci", "elvețian", "šveicarsk"),
    # a name of two words makes its adjective of both ("Crna Gora" → "crnogorski", "Bosna i Hercegovina" →
    # "bosanskohercegovački", "Sjeverna Makedonija" → "sjevernomakedonski")
    "ME": ("crnogorsk", "črnogorsk", "црногорск", "černohorsk", "čiernohorsk", "czarnogórsk", "черногорск"),
    "BA": ("bosanskohercegovačk", "босанскохерцеговачк", "bosensko-hercegovsk"),
    "MK": ("sjevernomakedonsk", "severnomakedonsk", "северномакедонск", "severomakedonsk"),
    # adjectives no language's name in CLDR gives: "rakouská ministryně", "německý ministr", "lotyšský"
    "AT": ("rakousk", "аустријск", "oostenrijks", "østerriksk", "itävaltalai", "αυστριακ"),
    "DE": ("německ", "nemeck"),
    "LV": ("lotyšsk",),
}  # fmt: skip
SOUTH_SLAVIC_CASES = {
    "hr": ("e", "i", "u", "om", "oj"),
    "bs": ("e", "i", "u", "om", "oj"),
    "sr_Latn": ("e", "i", "u", "om", "oj"),
    "sl": ("e", "i", "o", "ijo"),
    "sr": ("е", "и", "у", "ом", "ој"),
}
SLAVIC_LOCALES = ("pl", "cs", "sk", "hr", "bs", "sr_Latn", "sl")
# a name's last letters and what its cases put in their place
EAST_SLAVIC_CASES = {
    "uk": {"ія": ("ії", "ію", "ією"), "а": ("и", "і", "у", "ою")},
    "ru": {"ия": ("ии", "ию", "ией"), "а": ("ы", "и", "е", "у", "ой")},
}
SLAVIC_CASE_ENDINGS = (
    "a",
    "e",
    "i",
    "u",
    "y",
    "ę",
    "ą",
    "ie",
    "ii",
    "ji",
    "iji",
    "iju",
    "ije",
    "em",
    "om",
    "ou",
    "ě",
    "í",
    "oj",
    "ju",
)


@lru_cache(maxsize=512)  # (babel parses the locale on every call)
def english_name(code: str) -> str:
    if code in FORMER:
        return FORMER[code]
    return ENGLISH_NAMES.get(code) or Locale.parse("en").territories[code].replace(" & ", " and ")


@lru_cache(maxsize=1)
def _country_re() -> re.Pattern:
    # a footnote digit may be glued to the name ("Montenegro1"); a letter may not
    # German genitives ("Deutschlands", "Österreichs") and English possessives ("Canada's") count too
    return compiled(  # (88,000 characters: compiled once, then read from the store: kept.py)
        ("countries",), lambda: r"(?<![\w-])(?:" + alternation(_table()) + r")(?:s|'s|’s)?(?![^\W\d_]|-\w)"
    )


# A state named by its adjective: "Republicii Polone", "Repubblica Italiana", "Polské republiky"
STATE_ADJECTIVE_RE = compile_factored(
    r"(?i)\b(?:re(?:s)?publi\w*|repubbli\w*|republik\w*|републи\w*|rzeczy?pospolit\w*)\s+(?P<after>[^\W\d_]{4,})"
    # (the state's word looked at, not taken: "ministrów Republiki Włoskiej" holds the first form too)
    r"|\b(?P<before>[^\W\d_]{4,})\s+(?=republik\w*|републи\w*|республи\w*|δημοκρατ\w*"
    # ("Lucemburského velkovévodství", "Nizozemského království", "Belgického kráľovstva": a grand duchy, a kingdom)
    r"|velkov[eé]vodstv\w*|veľkovojvodstv\w*|kr[aá]lovstv\w*|kráľovstv\w*|kraljevin\w*|kraljevstv\w*"
    r"|k[oö]zt[aá]rsas[aá]g\w*|kir[aá]lys[aá]g\w*)"  # ("a Bolgár Köztársaság kulturális miniszterét", "a Dán Királyság")
)


def find_countries(text: str) -> list[tuple[int, int, str]]:
    """(start, end, English short name) for every country name or adjective in `text`."""
    return list(_countries_in(text))


GIVEN_NAME_BEFORE_RE = compile_factored(r"(?:\bMme|\bMrs|\bMs|\bMr|\bSra|\bSr|\bFrau|\bHerr|\bM)\.?\s+$")
GREEK_MINISTRY_BEFORE_RE = compile_factored(r"(?i)(?:υπουργ|υφυπουργ)\w*\s+(?:\w+\s+)?$")
AMERICAN_REGION_RE = compile_factored(r"(?i)\b(?:latin|south|north|central|meso|pan)[\s-]$")
ISLANDS_OF_RE = compile_factored(r"[A-ZÀ-Þ][\w'’-]*\s+$")  # a capitalised name right before "Islands"
ISLAND_NOUN_RE = compile_factored(r"\s+[A-Z][a-z]")  # "Island Policy": a capitalised English word goes on


@lru_cache(maxsize=4096)  # the signature rules ask about the same sentences and lists several times each
def _countries_in(text: str) -> tuple[tuple[int, int, str], ...]:
    folded = fold_same_length(text)
    states = (
        "publi", "pubbl", "публи", "δημοκρατ", "pospolit", "koztarsasag", "kiralysag", "kralovstv", "vevodstv", "vojvodstv",
        "kraljev",
    )  # fmt: skip
    out = _state_adjectives(text, folded) if any(w in folded for w in states) else []
    for m in _country_re().finditer(folded):
        original = text[m.start() : m.end()]
        if not any(ch.isupper() for ch in original):
            continue  # country names are capitalised; "chad" or "turkey" in lower case are words
        key = m.group(0)
        if key == "islands" and ISLANDS_OF_RE.search(text[: m.start()]):
            continue  # "the Pacific Islands Forum", "the Faroe Islands": not Iceland's Nordic genitive "Islands"
        if key == "island" and ISLAND_NOUN_RE.match(text, m.end()):
            continue  # "Minister of Shipping and Island Policy", "Island States": the English noun, not Iceland
        if key == "american" and AMERICAN_REGION_RE.search(text[max(0, m.start() - 10) : m.start()]):
            continue  # "Central American Foreign Ministers", "Latin American": a region's, not the United States
        code = _table().get(key) or _table().get(re.sub(r"(?:'s|’s|s)$", "", key))
        if code == "GE" and GREEK_MINISTRY_BEFORE_RE.search(folded[max(0, m.start() - 30) : m.start()]):
            continue  # "Υπουργός Γεωργίας": Greek "Γεωργία" is agriculture as well as Georgia
        if GIVEN_NAME_BEFORE_RE.search(text[max(0, m.start() - 6) : m.start()]):
            continue  # "Mme Montserrat Name", "Mrs Georgia Name": a given name after a title, not the country
        if code and not any(s <= m.start() < e for s, e, _ in out):
            out.append((m.start(), m.end(), english_name(code)))
    return tuple(sorted(out))


def _state_adjectives(text: str, folded: str) -> list[tuple[int, int, str]]:
    out = []
    for m in STATE_ADJECTIVE_RE.finditer(folded):
        word = m.group("after") or m.group("before")
        start = m.start("after") if m.group("after") else m.start("before")
        original = text[start : start + len(word)]
        if country_name(original) is None and (country := nationality_adjective(original) or _state_word(original)):
            out.append((start, start + len(word), country))  # the adjective's span, as a name's would be
    return out


# adjectives that name a state only beside its word for "republic", too short or too like a name to be read alone:
# Romanian "Republica Polonă", "Republicii Cehe", "Republicii Elene"
STATE_ONLY_STEMS = {"polon": "PL", "ceh": "CZ", "elen": "GR"}
STATE_ONLY_ENDINGS = ("a", "e", "ă")


def _state_word(word: str) -> str | None:
    key = fold(word)
    for stem, code in STATE_ONLY_STEMS.items():
        if key.startswith(stem) and (key[len(stem) :] in STATE_ONLY_ENDINGS or key[len(stem) :] == ""):
            return english_name(code)
    # ("Repubblica Tunisina", "República Argelina": the name's last vowel turned into an Italian or Spanish "-ino")
    ino = INO_ADJECTIVE_RE.fullmatch(key)
    for vowel in ("a", "o", "e", "ia") if ino else ():
        if country := country_name(ino.group(1) + vowel):
            return country
    return None


INO_ADJECTIVE_RE = compile_factored(r"([a-z]{4,})in[aeoi]s?")


def country_name(text: str) -> str | None:
    """The English short name if `text` is exactly a country name (any language), else None."""
    key = fold_same_length(text.strip().strip("*+")).strip()
    code = _table().get(key) or (_table().get(key[:-1]) if key.endswith("s") and len(key) > 4 else None)
    return english_name(code) if code else None


# Nationality adjectives in the archive's languages ("il Ministro francese", "den österreichischen Bundesminister",
# "polského prezidenta"). CLDR has no adjectives, but a language's name is its people's adjective in most of these
# languages ("francese", "französisch", "francuski", "fransk"), or the adjective's stem ("francouzština" →
# "francouzsk-ý"). The language stands for the country it is named after.
MIN_ADJECTIVE_STEM = 4
MIN_NAME_STEM = 4
MAX_ADJECTIVE_ENDING = 7  # "ransk" + "alainen", "francouzsk" + "ého"


def _language_country(code: str, english: Locale) -> str | None:
    """'fr' → 'FR', 'sv' → 'SE', 'pt' → 'PT' (not Brazil), 'ca' → None: the country whose English name begins as
    the language's does (French/France, Swedish/Sweden, Dutch/NL by its code)."""
    from babel.core import get_global

    likely = get_global("likely_subtags").get(code, "").split("_")[-1]
    language = english.languages.get(code, "")
    for territory in (likely, code.upper()):
        name = english.territories.get(territory, "")
        if territory in _codes() and (territory == code.upper() == likely or name[:3] == language[:3]):
            return territory
    # "Danish"/Denmark, "Irish"/Ireland: the one country where the language is official
    official = [t for t in _codes() if code in official_codes(t)]
    return official[0] if official == [likely] else None


@lru_cache(maxsize=512)
def official_codes(code: str) -> frozenset[str]:
    """'AT' → {'de'}: the languages CLDR lists as official in a territory."""
    from babel.languages import get_official_languages

    return frozenset(lang.split("_")[0] for lang in get_official_languages(code, de_facto=True))


@lru_cache(maxsize=64)
def only_country_of(language: str) -> str | None:
    """'hu' → 'Hungary', 'lv' → 'Latvia'; 'de', 'sv', 'el' → None: the one country where CLDR lists the language as
    official, if there is one."""
    found = [c for c in _codes() if language in official_codes(c)]
    return english_name(found[0]) if len(found) == 1 else None


@lru_cache(maxsize=256)
def official_languages(country: str) -> frozenset[str]:
    """'Czechia' → {'cs'}, 'Belgium' → {'nl', 'fr', 'de'}: what CLDR lists as official there ('sr_Latn' as 'sr')."""
    from babel.languages import get_official_languages

    code = next((c for c in _codes() if english_name(c) == country), None)
    return frozenset(lang.split("_")[0] for lang in get_official_languages(code)) if code else frozenset()


@lru_cache(maxsize=1)
def _codes() -> frozenset[str]:
    english = Locale.parse("en").territories
    return frozenset(c for c in english if len(c) == 2 and c.isalpha() and c not in NOT_COUNTRIES)


# A site's own address among its top lines: "gov.ie", "Search gov.ie", "www.vlada.si". Country-code domains that are
# sold to anyone (".tv", ".io", "bit.ly") name no country.
HOST_RE = compile_factored(r"(?<![\w@/.-])(?:[a-z0-9-]+\.)+(?P<tld>[a-z]{2})(?![\w.@-])")
VANITY_DOMAINS = frozenset({"ai", "cc", "co", "fm", "io", "ly", "me", "tv", "ws", "to", "gg", "im"})


# Territories of a member state that CLDR lists as territories of their own ("la Martinique", "la Guyane"): where a
# text's places point to a signer's home, they are that state's
OVERSEAS = {
    **dict.fromkeys(("GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "PF", "NC", "WF"), "FR"),
    **dict.fromkeys(("GL", "FO"), "DK"),
    **dict.fromkeys(("AW", "CW", "SX", "BQ"), "NL"),
}


@lru_cache(maxsize=1)
def _overseas_names() -> dict[str, str]:
    return {english_name(code): english_name(state) for code, state in OVERSEAS.items()}


def sovereign(country: str) -> str:
    """'Martinique' → 'France': the state an overseas territory belongs to; any other country unchanged."""
    return _overseas_names().get(country, country)


def country_of_host(text: str) -> str | None:
    """The one country whose domain a line's host names ("gov.ie" → Ireland), or None."""
    found = {
        m.group("tld").upper() for m in HOST_RE.finditer(text) if m.group("tld") not in VANITY_DOMAINS
    } & _codes()
    return english_name(found.pop()) if len(found) == 1 else None


def _adjective_stem(name: str) -> str:
    stem = re.sub(r"(?:stina|scina|cina)$", "sk", fold(name))  # Czech, Slovak, Slovenian: "čeština" → "česk-ý"
    return re.sub(r"[aeiouyαεηιουωаеиоуъюяы]+$", "", stem)


# words that open with an adjective's stem: "Service", "servicio", "serviço", "servizio" (Portuguese "sérvio", Serbian)
# words that start like a short stem ("cong-", Congolese; "vend-", Venda) and are common in statements: Italian
# "congiunta" (joint), "congress"/"kongres", French "vendredi"
NOT_NATIONALITY_STEMS = ("servic", "servis", "serviz", "congiun", "congr", "kongr", "vendr")


@lru_cache(maxsize=1)
@kept  # (built from CLDR once, then read from the store: kept.py)
def _adjectives() -> dict[str, str]:
    english = Locale.parse("en")
    countries = {code: _language_country(code, english) for code in english.languages if len(code) == 2}
    stems: dict[str, set[str]] = {}
    for lid in DATE_LOCALES:
        if lid.startswith("en"):
            continue  # English adjectives are in ADJECTIVES, and capitalised: find_countries reads them
        for code, country in countries.items():
            name = Locale.parse(lid).languages.get(code)
            if country and name and " " not in name:
                stem = _adjective_stem(name)
                if len(stem) >= MIN_ADJECTIVE_STEM:
                    stems.setdefault(stem, set()).add(country)
    # German also makes them from the country's name: "Österreich" → "österreichisch-en"
    for code, name in Locale.parse("de").territories.items():
        if code in _codes() and " " not in name:
            stems.setdefault(fold(name) + "isch", set()).add(code)
    # states with no language named after them and no variant for one: their adjectives' stems as written
    for code, written in NATIONALITY_STEMS.items():
        for stem in written:
            stems.setdefault(fold(stem), set()).add(code)
    # and a country without a language of its own has one in a variant: "tedesco austriaco", "allemand suisse"
    unlike: dict[str, set[str]] = {}
    for lid in DATE_LOCALES:
        locale = Locale.parse(lid)
        for variant, name in locale.languages.items():
            base, _, code = variant.partition("_")
            country_here = fold(locale.territories.get(code, ""))
            extra = set(fold(name).replace("(", " ").replace(")", " ").split()) - set(
                fold(locale.languages.get(base, "")).split()
            )
            if code in _codes() and len(extra) == 1:
                word = extra.pop()
                if len(_adjective_stem(word)) < MIN_ADJECTIVE_STEM:
                    continue
                if word[:4] == country_here[:4]:
                    stems.setdefault(_adjective_stem(word), set()).add(code)
                elif base in official_codes(code) and not re.match(r"(?:euro|evro|eiro|eorp|iber|ευρω|евро)", word):
                    # "portugais européen", "Spáinnis Eorpach": a continent's adjective names no state
                    # "osztrák német" (Ausztria), "brit angol": kept if no other variant uses the word
                    unlike.setdefault(_adjective_stem(word), set()).add(code)
    for stem, found in unlike.items():
        stems.setdefault(stem, found)
    for stem in NOT_NATIONALITY_STEMS:
        stems[stem] = set()  # names none, and stops the shorter stem
    # a stem two languages give two countries ("slovensk-": Slovak in Slovak, Slovene in Slovene) names none, and
    # no shorter stem is tried after it: "" (so "Slovenskej" is not read by "sloven-", Slovene in Italian)
    return {stem: next(iter(c)) if len(c) == 1 else "" for stem, c in stems.items()}


@lru_cache(maxsize=65536)
def nationality_adjective(word: str) -> str | None:
    """The English short name of the country a nationality adjective names ('portoghese', 'českého'), else None."""
    key = fold(word)
    table = _adjectives()
    for length in range(len(key), max(MIN_ADJECTIVE_STEM, len(key) - MAX_ADJECTIVE_ENDING) - 1, -1):
        code = table.get(key[:length])
        if code == "" and key[:length] == SLOVAK_STEM:  # Slovak's own endings, else Slovene and Croatian
            return english_name("SK" if key[length:] in SLOVAK_ENDINGS else "SI")
        if code is not None:
            return english_name(code) if code else None
    names = _name_adjectives()
    for length in range(len(key) - 1, max(MIN_NAME_STEM, len(key) - MAX_ADJECTIVE_ENDING) - 1, -1):
        code = names.get(key[:length])  # (the name and an ending: "Botswana" alone is the name, no adjective)
        if code is not None and NAME_ADJECTIVE_ENDING_RE.fullmatch(key[length:]):
            return english_name(code) if code else None
    return None


# what the languages add to a country's name to make its adjective: "Colombia-n", "Peru-vian", "colombia-aanse",
# "colombi-ano", "Colombie-n", "Tunisi-na", "Malta-ese"
NAME_ADJECTIVE_ENDING_RE = compile_factored(
    r"v?i?(?:an|en|ain)(?:[aeoi]s?|s[aeo]?)?|ienne?s?|aanse?|e?ese|isk[aeo]?|i|ai[s]?|aise|ier|i?n[aeo]?s?"
)


@lru_cache(maxsize=1)
@kept  # (built from CLDR once, then read from the store: kept.py)
def _name_adjectives() -> dict[str, str]:
    """A country with no adjective in the table above has one made from its name as a language writes it, with an
    ending: "Colombia" → "colombiaanse", "colombiano", "Colombian"; "Colombie" → "colombien" (names of five letters
    or more, of countries no adjective stem starts like: not "Slovensko" for "slovenskog")."""
    # (German's "-isch" from every name, "peruisch", leaves the other languages' "peruaanse", "peruano" free)
    taken = {stem[:MIN_ADJECTIVE_STEM] for stem in _adjectives() if not stem.endswith("isch")}
    stems: dict[str, set[str]] = {}
    # ("Dominica" is no stem of "Dominican", the first word of another state's name)
    first_words = sorted(
        {fold(name.split()[0]) for lid in DATE_LOCALES for name in Locale.parse(lid).territories.values() if " " in name}
    )
    for lid in DATE_LOCALES:
        for code, name in Locale.parse(lid).territories.items():
            key = fold(name)
            if code in _codes() and len(key) >= MIN_NAME_STEM and " " not in key and "-" not in key:
                if key[:MIN_ADJECTIVE_STEM] not in taken and not _starts_a_longer(key, first_words):
                    stems.setdefault(key, set()).add(code)
    return {stem: next(iter(c)) if len(c) == 1 else "" for stem, c in stems.items()}


def _starts_a_longer(key: str, words: list[str]) -> bool:
    """Whether a word of the sorted `words` starts with `key` and goes on: the words after `key` in sorting order
    that start with it come right after it."""
    after = bisect_right(words, key)
    return after < len(words) and words[after].startswith(key)


# "slovensk-" is Slovak in Slovak and Czech and Slovene in Slovene and Croatian: Slovak's own case endings tell them
# apart ("Slovenskej republiky", "slovenský", "slovenskou" against "slovenski", "slovenskoj", "slovenska")
SLOVAK_STEM = "slovensk"
SLOVAK_ENDINGS = frozenset({"y", "ej", "ou", "eho", "emu", "ych", "ym", "ymi"})
