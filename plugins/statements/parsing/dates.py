"""Dates in statements: month and weekday names from CLDR (Babel), and which date is the statement's own."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache

from babel import Locale

from .kept import compiled, kept
from .layout import PUBLISHED_KEYS, REFERENCE_KEYS, SENT_KEYS, UPDATED_KEYS, UPPER, Layout, Line, fold_same_length
from .model import Warning
from .patterns import Gated, alternation, compile_factored, gated

# Languages whose month names we read; CLDR locale ids. Nordic, South Slavic (both scripts) included.
DATE_LOCALES = ("en", "nl", "fr", "de", "de_AT", "it", "es", "pt", "sv", "nb", "nn", "da", "fi", "is", "sr_Latn", "sr", "hr", "bs", "sl", "mk", "bg", "sq", "pl", "cs", "sk", "el", "hu", "ro", "et", "lv", "lt", "ga", "mt", "ca", "uk", "ru")  # fmt: skip
LANGUAGE_TO_LOCALES = {
    "no": ("nb", "nn"),
    "sr": ("sr_Latn", "sr"),
    "sh": ("sr_Latn", "hr", "bs"),
    "de": ("de", "de_AT"),
}
# South Slavic months are declined ("oktobar" → "12. oktobra"); CLDR lists one form, so their stems count too.
DECLINED_LOCALES = ("sr_Latn", "sr", "bs", "hr", "sl", "mk")


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    day: int
    month: int
    year: int | None
    end_day: int | None = None  # for ranges such as "4-5 October"
    end_month: int | None = None

    def to_date(self, year: int | None = None) -> dt.date | None:
        y = self.year or year
        if not y:
            return None
        try:
            return dt.date(y, self.month, self.day)
        except ValueError:
            return None

    def to_end_date(self, year: int | None = None) -> dt.date | None:
        if not self.end_day:
            return None
        y = self.year or year
        try:
            return dt.date(y, self.end_month or self.month, self.end_day) if y else None
        except ValueError:
            return None


@cache
def _names(locale_ids: tuple[str, ...]) -> tuple[dict[str, int], set[str]]:
    """Month name → number for these locales (names two of them disagree on are left out), and weekdays."""
    months, weekdays, _ = _names_with_ambiguous(locale_ids)
    return months, weekdays


@cache
def _wide_months(locale_ids: tuple[str, ...]) -> frozenset[str]:
    """The months' full names in these locales ("kovo", "maja": short, but no abbreviation)."""
    if locale_ids == DATE_LOCALES:
        return frozenset()
    return frozenset(
        fold_same_length(name)
        for lid in locale_ids
        if lid != "en"
        for context in ("format", "stand-alone")
        for name in Locale.parse(lid).months[context]["wide"].values()
    )


@cache
@kept  # (built from CLDR once, then read from the store: kept.py)
def _names_with_ambiguous(locale_ids: tuple[str, ...]) -> tuple[dict[str, int], set[str], set[str]]:
    months: dict[str, int] = {}
    ambiguous: set[str] = set()
    weekdays: set[str] = set()
    for lid in locale_ids:
        loc = Locale.parse(lid)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in loc.months[context][width].items():
                    key = fold_same_length(name).strip(".")
                    if len(key) < 3 or not key.replace(" ", "").isalpha():
                        continue
                    if months.get(key, number) != number:
                        ambiguous.add(key)
                    months.setdefault(key, number)
                for name in loc.days[context][width].values():
                    key = fold_same_length(name).strip(".")
                    if len(key) >= 3:
                        weekdays.add(key)
    for key in ambiguous:
        months.pop(key, None)
    for lid in locale_ids:
        if lid not in DECLINED_LOCALES:
            continue
        for number, name in Locale.parse(lid).months["format"]["wide"].items():
            key = fold_same_length(name)
            for stem in (key[:-1], key[:-2]):  # "oktobar" → "oktoba", "oktob": declined forms extend them
                if len(stem) >= 5:
                    for ending in ("a", "ra", "u", "om", "e"):
                        months.setdefault(stem + ending, number)
            for ending in ("a", "ja"):  # Slovenian genitives: "aprila", "julija", "avgusta", "februarja"
                if key.isascii() and key.isalpha():
                    months.setdefault(key + ending, number)
            if len(key) <= 4 and key.isalpha():  # "мај" → "маја", "jul" → "jula": a short name takes the ending whole
                for ending in ("a", "u", "а", "у"):
                    if ending.isascii() == key.isascii():
                        months.setdefault(key + ending, number)
    if "fi" in locale_ids:
        # Finnish dates may put the month in the genitive before the day ("maaliskuun 24. päivänä")
        for number, name in Locale.parse("fi").months["stand-alone"]["wide"].items():
            months.setdefault(fold_same_length(name) + "n", number)
    if "lv" in locale_ids:
        # Latvian dates put the month in the locative ("2025. gada 17. janvārī"); CLDR lists the nominative
        for number, name in Locale.parse("lv").months["format"]["wide"].items():
            key = fold_same_length(name)
            locative = key[:-2] + "i" if key.endswith("is") else key[:-1] + "a"
            months.setdefault(locative, number)
    if "et" in locale_ids:
        # Estonian dates put the month in the adessive ("4. detsembril", "17. märtsil")
        for number, name in Locale.parse("et").months["format"]["wide"].items():
            key = fold_same_length(name)
            # "juuli" → "juulil", "märts" → "märtsil", "detsember" → "detsembril"
            adessive = key[:-2] + "ril" if key.endswith("ber") else key + ("l" if key[-1] in "aeiouõäöü" else "il")
            months.setdefault(adessive, number)
            # and in the genitive before a noun ("24.–25. novembri kohtumisel", "5. märtsi istungil")
            genitive = key[:-2] + "ri" if key.endswith("ber") else key + ("" if key[-1] in "aeiouõäöü" else "i")
            months.setdefault(genitive, number)
    # "Sept." and "Sept" are common English abbreviations CLDR does not list
    months.setdefault("sept", 9)
    return months, weekdays, ambiguous


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """One date pattern for every language: the month names of all of them (the statement's language
    only decides what an ambiguous name means, when the match is read)."""
    months, weekdays, ambiguous = _names_with_ambiguous(DATE_LOCALES)
    mon = alternation({*months, *ambiguous})
    day = r"(?P<d>[0-3]?\d)"
    dmy = (
        # (Greek ordinals: "της 19ης και 20ής Μαρτίου"; Czech and Slovak "až", folded: "3. až 14. června")
        # (and an article after the joining word: Danish "fra den 10. til den 21. november", German "bis zum 21.")
        rf"(?:(?P<d1>[0-3]?\d)(?:\.|ης|η|ας|α)?\s*(?:-|–|—|to|and|until|tot en met|tot|en|au|et|bis|und|al|a|e|y|do|az|i|и|και|til|till|och|og|ja|un|ir|es|si|in)\s*(?:(?:den|zum|dem)\s+)?)?"
        rf"{day}(?:\.|st|nd|rd|th|er|e|º|°|ης|η|ας|α)?\s*(?:de\s+|di\s+|of\s+|του\s+)?(?P<m>{mon})\.?"
        rf"(?:,?\s*(?:de\s+|del\s+|of\s+)?(?P<y>(?:19|20)\d\d)\b)?"
    )
    mdy = (
        # (and Finnish "maaliskuun 24.–25. päivän": the month in the genitive, the days with their dots)
        rf"(?P<m2>{mon})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th|\.)?(?:\s*(?:-|–|to|and)\s*(?P<d3>[0-3]?\d)\.?)?"
        rf"(?:,?\s+(?P<y2>(?:19|20)\d\d)\b)?"  # "on April 11" in a US text: the year is the statement's
    )
    numeric = (
        # "19/11/2018", "30.4.2019", "5. 12. 2022" (Czech and Slovak space after the dots), "03/14/2022"
        r"(?P<nd>[0-3]?\d)(?P<sep>[/-]|\.\s?)(?P<nm>[0-3]?\d)(?P=sep)(?P<ny>(?:19|20)\d\d|\d\d)(?![\d/])"
        r"|(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)"
        # Hungarian year first with dots: "2024. 03. 03.", "2024.03.03."
        r"|(?P<hy>(?:19|20)\d\d)\.\s?(?P<hm>[01]?\d)\.\s?(?P<hd>[0-3]?\d)\.?"
    )
    # year first: Hungarian "2025. január 17.", Lithuanian "2024 m. vasario 24 d.", Latvian "2025. gada 17. …"
    ymd = (
        rf"(?P<y4>(?:19|20)\d\d)\.?\s*(?:m\.|gada|évi)?\s*"
        rf"(?:(?P<d5>[0-3]?\d)\.\s*(?P<m4>{mon})|(?P<m5>{mon})\s+(?P<d6>[0-3]?\d))\.?(?:\s*d\.)?"
    )
    source = rf"(?<![\w/.])(?:{ymd}|{dmy}|{mdy}|{numeric})(?![\w])"
    date_re = compiled(("dates", source), lambda: source)  # (compiled once, then read from the store: kept.py)
    weekday_re = re.compile(rf"\b(?:{alternation(weekdays)})\b\.?,?")
    return date_re, weekday_re


def _locales_for(language: str | None) -> tuple[str, ...]:
    if not language:
        return DATE_LOCALES
    own = LANGUAGE_TO_LOCALES.get(language, (language,))
    own = tuple(lid for lid in own if lid in DATE_LOCALES) or ()
    # the statement's own language first decides ambiguous names (hr "listopad" is October)
    return own + ("en",) if own and own != ("en",) else DATE_LOCALES


def find_weekday(text: str) -> re.Match | None:
    """A weekday's name in `text`, in any of the archive's languages (positions are the text's own)."""
    return _patterns()[1].search(fold_same_length(text))


def find_weekday_in_any_case(text: str) -> re.Match | None:
    """A weekday's name, or one of its case forms ('ceturtdien', 'v stredu', 'hétfőn'): the first in `text`."""
    folded = fold_same_length(text)
    found = [m for m in (_weekday_re(n).search(folded) for n in range(7)) if m]
    return min(found, key=lambda m: m.start()) if found else None


HAS_DIGIT_RE = compile_factored(r"\d")
MAX_ABBREVIATED_MONTH = 4


@cache
def _weekday_re(number: int) -> Gated:
    """The weekday `number` (0 is Monday) in the archive's languages, in any case form ('hétfőn', 'w środę')."""
    forms, exact = _weekday_forms(number)
    return gated(
        compiled(  # (built from CLDR once, then read from the store: kept.py)
            ("weekday", number),
            lambda: rf"(?i)\b(?:(?:{alternation(forms)})\w{{0,3}}|{alternation(exact) if exact else '(?!)'})\b",
        )
    )


@kept
def _weekday_forms(number: int) -> tuple[frozenset[str], frozenset[str]]:
    """The weekday's name in each language, as it begins its case forms, and the short names matched whole."""
    forms, exact = set(), set()
    for lid in DATE_LOCALES:
        for context in ("format", "stand-alone"):
            name = fold_same_length(Locale.parse(lid).days[context]["wide"][number]).lower()
            if len(name) >= 5:
                forms.add(name[:-1])  # "hétfő" → "hétfőn", "środa" → "środę", but not "środowisko"
            elif len(name) == 4:
                forms.add(name)  # "kedd" → "kedden"
            else:
                exact.add(name)  # Romanian "joi", alone: "join" is no Thursday
    return frozenset(forms), frozenset(exact)


def weekday_of(text: str, day: dt.date) -> re.Match | None:
    """Where `text` names the weekday of `day` ('hétfőn' on a Monday, 'neljapäeval' on a Thursday)."""
    return _weekday_re(day.weekday()).search(fold_same_length(text))


def day_before_and(text: str, day: dt.date) -> bool:
    """Whether `text` names the weekday before `day`'s and then `day`'s ('on Wednesday and Thursday', on a
    Thursday): two days, ending on `day`."""
    today = weekday_of(text, day)
    pair = WEEKDAY_PAIR_END_RE.search(fold_same_length(text)[: today.start()]) if today else None
    return bool(pair and _weekday_re((day.weekday() - 1) % 7).fullmatch(pair.group(1)))


WEEKDAY_PAIR_END_RE = compile_factored(r"(?i)(\w+)\s+(?:and|und|et|y|e|i|a|og|och|ja|és|și|ir|un|en)\s+$")


def find_dates(text: str, language: str | None = None) -> list[DateMatch]:
    """Every date-like span in `text` (full dates, day-month without year, numeric, ranges)."""
    if not HAS_DIGIT_RE.search(text):
        return []  # every date pattern holds a digit, and most lines have none
    date_re, _ = _patterns()
    own, _ = _names(_locales_for(language))
    anywhere, _ = _names(DATE_LOCALES)
    folded = fold_same_length(text)
    out: list[DateMatch] = []
    position = 0
    while m := date_re.search(folded, position):
        position = m.end()
        g = m.groupdict()
        lowercase_month = g["m2"] and not g["y2"] and not text[m.start()].isupper()
        short = len(g["m2"] or "") <= MAX_ABBREVIATED_MONTH and g["m2"] not in _wide_months(_locales_for(language))
        if lowercase_month and (short or g["m2"] in _names(("en",))[0]):  # (but Lithuanian "kovo 20 d." is March)
            position = m.start() + 1  # "des 24 et 25 septembre": no month here, but a date may start inside
            continue  # "may 5" is no date either; an English month is written with a capital (Hungarian
            # "június 18-19-i" is not), and "des" may be a word ("des 24 et 25 septembre")
        name = g["m"] or g["m2"] or g["m4"] or g["m5"]
        if name:
            # the statement's language first decides an ambiguous name (hr "listopad" is October)
            number = own.get(name) or anywhere.get(name)
            if number is None:
                continue
            months = {name: number}
        if g["y4"]:
            dm = _make(m, int(g["d5"] or g["d6"]), months[name], int(g["y4"]))
        elif g["m"]:
            year = int(g["y"]) if g["y"] else None
            dm = _make(m, int(g["d"]), months[g["m"]], year, int(g["d1"]) if g["d1"] else None)
        elif g["m2"]:
            year = int(g["y2"]) if g["y2"] else None
            dm = _make(m, int(g["d2"]), months[g["m2"]], year, None, int(g["d3"]) if g["d3"] else None)
        elif g["nd"]:
            y = int(g["ny"])
            if len(g["ny"]) == 2:
                y += 2000 if y < 50 else 1900
            day, month = int(g["nd"]), int(g["nm"])
            if month > 12 >= day:  # "03/14/2022" can only be month first (a US source); "03/04" stays day first
                day, month = month, day
            dm = _make(m, day, month, y)
        elif g["hy"]:
            dm = _make(m, int(g["hd"]), int(g["hm"]), int(g["hy"]))
        else:
            dm = _make(m, int(g["id"]), int(g["im"]), int(g["iy"]))
        if dm:
            out.append(dm)
    return _month_ranges(out, folded)


# between the two ends of a range that spans months: "from 30 November to 12 December", "du 30 novembre au 12 décembre"
RANGE_JOIN_RE = compile_factored(
    r"\s*(?:-|–|—|to|until|till|through|au|bis|al|a|hasta el|hasta|tot en met|tot|do|az|-ig|til|t\.o\.m\.|ate|ao)\s*"
)


def _month_ranges(found: list[DateMatch], folded: str) -> list[DateMatch]:
    """Two dates joined as a range's ends, the second in a later month of the same year, as one range."""
    out: list[DateMatch] = []
    for dm in found:
        first = out[-1] if out else None
        if (
            first
            and first.end_day is None
            and dm.end_day is None
            and (first.year is None or first.year == dm.year)
            and first.month < dm.month
            and RANGE_JOIN_RE.fullmatch(folded[first.end : dm.start])
        ):
            out[-1] = DateMatch(first.start, dm.end, first.day, first.month, dm.year, end_day=dm.day, end_month=dm.month)
        else:
            out.append(dm)
    return out


def _make(
    m: re.Match, day: int, month: int, year: int | None, start_day: int | None = None, end_day: int | None = None
) -> DateMatch | None:
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if start_day is not None:  # "4-5 October": the match's day is the end of the range
        if not start_day < day:
            return None
        return DateMatch(m.start(), m.end(), start_day, month, year, end_day=day)
    if end_day is not None and not day < end_day:
        end_day = None
    dm = DateMatch(m.start(), m.end(), day, month, year, end_day=end_day)
    if year and dm.to_date() is None:
        return None
    return dm


# Before a dateline's date: nothing, "(", a place ("Brussels,", "Bruxelles, le"), "Done at X,".
DATELINE_PREFIX_RE = compile_factored(
    r"^[\s(\[•*·–-]*(?:[\w .'’-]{1,40}\s*[|·]\s*)*"  # "• ", "Nieuwsbericht | ", "Udenrigsministeriet · Nyhed · "
    r"(?:(?<=\()[A-Za-z]{2,12}\)\s*[–—-]\s*)?"  # ("(ANSA) - Bari, March 3 2004 - …": the agency before the place)
    r"(?P<done>(?:done at|done in|fait à|fait a|gedaan te|geschehen zu|fatto a|hecho en|feito em|v|w|u|в)\s+)?"
    # a place, and the island or region it is on ("Base das Lajes, Terceira, 16 de Março de 2003")
    # ("La Seu d'Urgell, …": an elided article before a word of the name)
    r"(?P<place>(?:(?-i:[" + UPPER + r"])[\w'’.\-]*(?:[ /-](?:(?:de|del|de la|di|da|das|do|dos|pri|am|an der|sur|upon)\s|d['’])?"
    r"(?-i:[" + UPPER + r"(])[\w'’.\-)]*){0,3}\s*,\s*){1,2}"
    r"|(?<=done at )[A-Z][\w'’.\-]*\s+"
    r"|(?-i:[" + UPPER + r"])[\w'’.\-]*(?:[ /-](?-i:[" + UPPER + r"(])[\w'’.\-)]*){0,2}\s+(?=dne|den\b))?"
    r"(?:le|den|am|il|el|the|on|op|dne|dnia|στις)?\s*$",
    re.IGNORECASE,
)
# "Signed in Accra on …", "Done at Vienna, …", "Fait à Paris, le …": the formula that closes a signed text; whatever
# follows its date ("in two originals in the English language") does not make it a sentence.
SIGNED_AT_RE = compile_factored(
    r"^[\s(\[•*·–-]*(?:done|signed|adopted|fait|signé|adopté|gedaan|getekend|ondertekend|geschehen|unterzeichnet"
    r"|fatto|firmato|sottoscritto|hecho|firmado|feito|assinado|sporządzono|podpisano|podepsáno|utfärdat|undertecknat"
    r"|undertegnet|underskrevet|sastavljeno|potpisano|υπογράφηκε)\s+"
    r"(?:at|in|à|a|te|zu|in|en|em|na|no|nel|nella|w|v|ve|i|u|στ[οην]{1,2})\s+"  # ("Feito na Ilha de …")
    # (two places: "Signed at Lisbon and Helsinki on …", a text each side signed at home; "Ilha do Sal")
    r"(?-i:[" + UPPER + r"])[\w'’.\-]*(?:(?:[ /-]|\s(?:and|et|y|e|und|en|och|og|i|a|de|da|do|di|del)\s)"
    r"(?-i:[" + UPPER + r"(])[\w'’.\-)]*){0,3}"
    r"\s*,?\s*"
    r"(?:on|le|am|il|el|the|op|em|aos|ao|dnia|dne|den|στις)?\s*$",
    re.IGNORECASE,
)
# After it: the end, a time, a bracket, or a dash before the text starts ("r." and "god." close Slavic dates).
# after a dateline's date: nothing, a dash or bar, or a time ("at 17:48", "às 18h10", "a las 12.30", "klo 15.40")
DATELINE_SUFFIX_RE = compile_factored(
    r"^[\s.)\]]*(?:r\.|g\.|god\.|godine|године|г\.|року)?[\s.]*(?:$|//|[-–—|:•·]|\(|,?\s*(?:[^\W\d_]{1,5}\.?\s+){0,2}\d{1,2}[:.h]\d\d)"
)
DATELINE_COMMA_RE = compile_factored(r"^\s*,")
PLACE_NO_COMMA_RE = compile_factored(r"^\s*[" + UPPER + r"][\w'’.\-]*(?:\s[" + UPPER + r"][\w'’.\-]*){0,2}\s+$")
DATE_THEN_PLACE_RE = compile_factored(
    r"\s*(?:року|года|г\.|godine|године|r\.)?\s*,\s*(?:м\.|г\.|m\.)?\s*[" + UPPER + r"][\w'’.\-]*(?:[ -][" + UPPER
    + r"][\w'’.\-]*){0,3}\s*$"
)
DATE_PLACE_DASH_RE = compile_factored(r"\s*,\s*[" + UPPER + r"][\w'’.\-]*(?:\s[" + UPPER + r"][\w'’.\-]*){0,3}\s*[–—-]\s")
# ("Tisková zpráva, 29. 11. 2001"; "Press Releases  SEDE  AFET  20-02-2018": a label, the committees' codes)
LABEL_RE = compile_factored(
    r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}(?:\s+(?:du|del|vom|of))?(?:\s+[A-Z]{2,6}){0,3}"
    # ("Comunicato Stampa N° 112 del 19/07/2023": the release's number, then "of" its date)
    r"(?:\s+(?:N[°º.o]?|No\.?|Nr\.?|n\.|br\.|č\.)\s*\d+(?:/\d+)?\s+(?:del|of|du|vom|de|from|od|z)\s*)?"
    r"(?:,|\s+[–—-])?\s+"  # ("Communiqué de presse – 07.11.2016": or a dash before the date)
)
PUBLISHED_LABEL_RE = compile_factored(
    r"(?i)\s*(?:[^\W\d_]+\s+){0,2}(?:date|data|datum|dátum|fecha|publi\w*|posted|updated|ημερομηνία|дата|päiväys|datums)"
    r"(?:\s+[^\W\d_]+){0,2}\s*:\s*"
)
OF_DAY_END_RE = compile_factored(r"(?i)\s(?:du|del|vom|of)\s*$")
PRESS_LABEL_RE = compile_factored(
    r"(?i)comunicat|communiqu|press|prensa|imprensa|persbericht|tiskov|prasow|sajtó|komunikat|priopćenj|sporočil"
    r"|tiedot|pressmeddel|pressemedd|pressemeld|δελτίο|korrespondenz|aussendung|mitteilung"
)
# A numeric date opening a header line, then a short label of at most five words and no sentence end.
NUMERIC_HEADER_RE = compile_factored(r"^[\d./\s-]+\s(?:[^\W\d][\w-]*\s*){1,5}$")
TOP_LINES, BOTTOM_LINES = 6, 14  # signature blocks can follow "Done at …, <date>"
SIGNED_AT_LINES = 30  # a line that opens "Signed at …" counts this far from the end
MAX_HEADER_LINES = 30


NEWS_DATELINE_RE = compile_factored(r"\s*[A-ZÀ-Þ][A-ZÀ-Þ'’.-]{2,}(?:[ /-][A-ZÀ-Þ][A-ZÀ-Þ'’.-]+)*,")  # "TALLINN,", "NEW YORK,"
AGENCY_CREDIT_RE = compile_factored(r"\s*\((?:[^\W\d_][\w/.-]{1,9})\)")  # "Jun 9 (TAP)", "14 MAR (ANSA)"
MAX_COPY_DELAY_DAYS = 7  # a page that copies an agency's story carries a date this many days after its dateline, or fewer


def _yearless(dm: "DateMatch", page: dt.date) -> dt.date | None:
    """The day and month of a dateline without a year, in the year of a page dated on or a few days after it."""
    for year in (page.year, page.year - 1):
        try:
            day = dt.date(year, dm.month, dm.day)
        except ValueError:
            continue
        if 0 <= (page - day).days <= MAX_COPY_DELAY_DAYS:
            return day
    return None


WEEKDAY_SENTENCE_CHARS = 300  # the dateline's sentence, where "on Thursday" says which day it was
YEAR_RE = compile_factored(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")


def _year_by_weekday(dm: "DateMatch", line: Line, body: list[Line]) -> dt.date | None:
    """A dateline's day and month in the one year, of those the text names, in which that day was the weekday its
    sentence names; else None."""
    weekday = find_weekday_in_any_case(line.text[dm.end : dm.end + WEEKDAY_SENTENCE_CHARS])
    if not weekday:
        return None
    named = {int(y) for ln in body for y in YEAR_RE.findall(ln.text)}
    fits = []
    for year in sorted(named):
        try:
            day = dt.date(year, dm.month, dm.day)
        except ValueError:
            continue
        if weekday_of(line.text[dm.end + weekday.start() : dm.end + weekday.end()], day):
            fits.append(day)
    return fits[0] if len(fits) == 1 else None


def top_lines(body: tuple[Line, ...] | list[Line]) -> list[Line]:
    """Where a dateline can stand at the top: the first TOP_LINES lines, or, when a page's menus and labels
    push it further down, every line down to the text's first paragraph (which may open with one)."""
    first = next((i for i, ln in enumerate(body[:MAX_HEADER_LINES]) if _is_paragraph(ln.text)), MAX_HEADER_LINES)
    return list(body[: max(TOP_LINES, first + 1)])


def _is_paragraph(text: str) -> bool:
    return len(text) >= 80 and text.rstrip().endswith((".", ":", "!", "?", '"', "”", "»"))


HEADER_DASH_RE = compile_factored(r" [-−–] ")


def _dateline(line: Line, language: str | None) -> DateMatch | None:
    """The date on a line that *is* a dateline, not a date inside a sentence."""
    text = line.text
    for separator in (" | ", " - "):
        # ("Press release - External relations − 03-05-2011 - 18:12": a minus sign or a dash between two fields)
        fields = HEADER_DASH_RE.split(text) if separator == " - " else text.split(separator)
        if len(fields) < (2 if separator == " | " else 3) or len(text) > 160:
            continue
        # "Politics | October 17, 2025, Friday // 17:48 | views 1 284", "Press release - External relations -
        # 03-07-2015 - 15:26": a header of fields, one of them the date
        offset = 0
        for field in fields:
            dm = _dateline(Line(line.number, field), language) if field != text else None
            if dm is not None:
                return replace(dm, start=dm.start + offset, end=dm.end + offset)
            offset += len(field) + len(separator)
    long_paragraph = len(text) > 400  # "Bern, 03.05.2024 – Bundesrätin …": only a place, a date and a dash open one
    for dm in find_dates(text[:120], language)[:1]:
        if dm.start > 60 and not SIGNED_FORMULA_RE.match(text[: dm.start]):
            return None
        _, weekday_re = _patterns()
        prefix = _strip_weekday(text[: dm.start], weekday_re)
        if SIGNED_AT_RE.match(prefix) or SIGNED_FORMULA_RE.match(prefix):
            return dm
        m = DATELINE_PREFIX_RE.match(prefix)
        suffix = text[dm.end :]
        weekday_after = weekday_re.match(fold_same_length(suffix), re.match(r"\s*,?\s*", suffix).end())
        if weekday_after:  # "October 17, 2025, Friday // 17:48"
            suffix = suffix[weekday_after.end() :]
        if not m and PLACE_NO_COMMA_RE.match(prefix) and re.match(r"\s*[–—-]\s+\S.{20}", suffix):
            return dm  # "Praha 9. října 2024 – Ministr zemědělství …": a place without its comma, the text after a dash
        if not m:
            # "Pressemitteilung 18.10.2024", "Nota de prensa 12/03/2024": a short header of a label and a date
            label = len(text) <= 60 and LABEL_RE.fullmatch(prefix) and DATELINE_SUFFIX_RE.match(suffix)
            # (a numbered label's date is the release's own only on a press release: "Comunicato Stampa N° 112 del
            # 19/07/2023"; "Bulletin Nr. 7 vom 24. Januar 1997" is a periodical's issue)
            if label and re.search(r"\d", prefix) and not PRESS_LABEL_RE.search(prefix):
                return None
            if label and OF_DAY_END_RE.search(prefix) and not PRESS_LABEL_RE.search(prefix):
                return None  # "POR EL TERREMOTO DEL 15 DE AGOSTO": an event "of" a day; only a release is dated so
            if not label and PUBLISHED_LABEL_RE.fullmatch(prefix) and DATELINE_SUFFIX_RE.match(suffix):
                return dm  # "Data publikacji: 14.10.2005", "Published: 12/03/2024": the page's own date, labelled
            return dm if label else None
        if not prefix.strip() and DATE_PLACE_DASH_RE.match(suffix):
            return dm  # "26 October 2023, New York – Statement on behalf of …"
        if not prefix.strip() and DATE_THEN_PLACE_RE.match(suffix):
            return dm  # "5 березня 2004 року, м. Львів": the date, then the place, alone on the line
        if long_paragraph:
            return dm if m.group("place") and re.match(r"\s*[–—-]\s", suffix) else None
        if not prefix.strip() and NUMERIC_HEADER_RE.match(text[dm.start : dm.end] + suffix):
            return dm  # "07.03.2013 PIC SB Ambasadori": a listing's date, then its category
        # "Done at Vienna, on 14 November 2017, in four originals": a comma may follow a place's date
        if (
            DATELINE_SUFFIX_RE.match(suffix)
            or (m.group("place") or m.group("done"))
            and DATELINE_COMMA_RE.match(suffix)
        ):
            return dm
    return None


def dateline_range(layout: Layout, language: str | None) -> tuple[str, str] | None:
    """'Santa Cruz de Tenerife, 13 – 14 March 2024' at the top: the days of the meeting the text comes from."""
    for ln in top_lines(layout.body):
        dm = _dateline(ln, language)
        if dm is not None:
            start, end = dm.to_date(), dm.to_end_date()
            return (start.isoformat(), end.isoformat()) if start and end else None
    return None


def _strip_weekday(prefix: str, weekday_re: re.Pattern) -> str:
    folded = fold_same_length(prefix)
    keep = list(prefix)
    for m in weekday_re.finditer(folded):
        for i in range(m.start(), m.end()):
            keep[i] = " "
    return "".join(keep)


TITLE_TAIL_RE = compile_factored(r"\(([^()]{4,80})\)\s*$")


def _title_date(title: str, language: str | None) -> dt.date | None:
    """'… (Amman, Jordan, March 14, 2017)', '… (3 février 2021)', '…: Joint Statement, London, 22 April 1987': a
    title that ends with its own date, alone or after a place."""
    m = TITLE_TAIL_RE.search(title)
    if m:
        inside = m.group(1)
    else:
        tail = title.rstrip(" .")
        found = find_dates(tail, language)
        if not found or found[-1].end < len(tail):
            return None
        # the date after the title's last ',', '–' or ':' ("… on the elections of 9 May 2021" has none)
        cut = max(tail.rfind(sep, 0, found[-1].start) for sep in (", ", " – ", " - ", ": "))
        inside = tail[cut + 1 :] if cut >= 0 else ""
        if not inside:
            return None
    for dm in find_dates(inside, language)[:1]:
        rest = (inside[: dm.start] + inside[dm.end :]).strip(" ,.–-:")
        if dm.to_date() and all(part.strip()[:1].isupper() for part in rest.split(",") if part.strip()):
            return dm.to_date()
    return None


# Metadata keys for when a website put the page up: the text's own dateline, where it has one, is the
# statement's date ("Publicerad 18 maj" over "Stockholm den 17 maj 2022").
THIS_TEXT_DATED_RE = compile_factored(
    r"(?i)\bth(?:is|e present) (?:joint )?(?:statement|declaration|communiqu[eé]|memorandum|letter|text)"
    r"(?: of intent)? (?:was|is|has been) (?:signed|adopted|issued|agreed|approved)\b"
    r"|\bthe following (?:joint )?(?:statement|declaration|communiqu[eé]) (?:was|has been) (?:issued|adopted|published|released)\b"
)
ALSO_DATED_RE = compile_factored(r"(?i)[,;|]\s*(?:release |issue |publication )?date\s*:\s*")


def _signed_at(line: Line, language: str | None) -> bool:
    """'Signed at Helsinki on 8 February 2018 …', 'Signed in duplicate, in the English language, in Lisbon and The
    Hague, on 23 September 2020.': the formula that closes a signed text, with its date."""
    dm = _dateline(line, language) if line.text[:1].isalpha() else None
    if dm is None:
        return False
    prefix = line.text[: dm.start]
    return SIGNED_AT_RE.match(prefix) is not None or SIGNED_FORMULA_RE.match(prefix) is not None


# the same formula with its asides: copies, languages, two places
SIGNED_FORMULA_RE = compile_factored(
    r"(?i)^(?:done|signed|fait|signé|gedaan|getekend|ondertekend|geschehen|unterzeichnet|fatto|firmato|hecho"
    r"|firmado|feito|assinado)\s+in\s+(?:duplicate|triplicate|two|three|four|\w+\s+(?:copies|originals))\b[^.\d]{0,150}$"
)


def statement_date(
    layout: Layout, language: str | None, today: dt.date | None = None
) -> tuple[str | None, list[Warning]]:
    """The statement's own date: metadata block, dateline (top, then bottom), source line."""
    warnings: list[Warning] = []
    candidates: list[tuple[str, dt.date, int | None]] = []
    undated: list[Line] = []
    published: list[tuple[str, dt.date, int | None]] = []  # a website's publication date: after any dateline
    updated: list[dt.date] = []  # when a page was last changed: never the statement's date, but its year may be
    for key, value, number in layout.meta:
        if key.startswith(REFERENCE_KEYS + UPDATED_KEYS):
            also = ALSO_DATED_RE.search(value)  # "Reference Number: PR251204, Release Date: Jul 04, 2025"
            if not also:
                if key.startswith(UPDATED_KEYS):
                    updated += [dm.to_date() for dm in find_dates(value, language)[:1] if dm.to_date()]
                continue
            value = value[also.end() :]
        for dm in find_dates(value, language)[:1]:
            if dm.to_date():
                (published if key.startswith(PUBLISHED_KEYS + SENT_KEYS) else candidates).append(
                    ("metadata line", dm.to_date(), number)
                )
    body = list(layout.body)
    top = top_lines(body)
    # ("Signed at Helsinki on 8 February 2018" above two columns of blocks that a PDF's layout unfolded: further up)
    signed_at = [ln for ln in body[-SIGNED_AT_LINES:-BOTTOM_LINES] if _signed_at(ln, language)]
    positions = top + [ln for ln in [*signed_at, *body[-BOTTOM_LINES:]] if ln not in top]
    for ln in positions:
        dm = _dateline(ln, language)
        if dm is None:
            continue
        if ln not in top and re.match(r"\s*:\s*\S", ln.text[dm.end :]):
            continue  # "15 September 2023: Added French and German translations." – a page's change log
        if dm.to_date():
            # "Laxenburg, 25 – 26 June 2024" over a meeting's declaration: adopted on its last day
            candidates.append(("dateline", dm.to_end_date() or dm.to_date(), ln.number))
        elif dm.year is None:
            undated.append(ln)
            # "Montevideo, 6 dic (EFE).-" over "Actualizado: 06/12/2024 14:52": the same day, so that year
            same_day = [d for d in updated if (d.day, d.month) == (dm.day, dm.month)]
            # ("Courier | Friday, June 10, 2005" over "TUNIS, Jun 9 (TAP) -": the page's day is its copy's, the
            # agency's dateline a day or a few before it is the statement's, in the page's year)
            credited = AGENCY_CREDIT_RE.match(ln.text, dm.end) is not None
            page = [_yearless(dm, d) for _, d, where in [*candidates, *published] if credited and (where or 0) < ln.number]
            page = [d for d in page if d]
            if same_day:
                candidates.append(("dateline", same_day[0], ln.number))
            elif page:
                candidates.insert(0, ("dateline", page[0], ln.number))
            elif weekday_year := _year_by_weekday(dm, ln, body):
                # ("VALLETTA, Mar 14 (MNA) -- … on Tuesday signed …", and the text's one year in which 14 March was
                # a Tuesday)
                candidates.append(("dateline", weekday_year, ln.number))
    for ln in body:
        # "7. This Joint Communiqué was signed in Athens on 28 January 2025 by …": the text dates itself
        m = THIS_TEXT_DATED_RE.search(ln.text)
        found = find_dates(ln.text[m.end() : m.end() + 80], language)[:1] if m else []
        if found and found[0].to_date():
            candidates.append(("signing formula", found[0].to_date(), ln.number))
            break
    # "The Baltic Courier – Saturday, 14 March 2009" over "TALLINN, Friday, 13 March 2009 – …": a newspaper's
    # day above, the story's dateline (a place in capitals) a day or a few before it: the story's
    datelines = [c for c in candidates if c[0] == "dateline"]
    if len(datelines) >= 2 and 0 < (datelines[0][1] - datelines[1][1]).days <= MAX_COPY_DELAY_DAYS:
        story = next((ln for ln in body if ln.number == datelines[1][2]), None)
        if story and NEWS_DATELINE_RE.match(story.text) and not NEWS_DATELINE_RE.match(
            next((ln.text for ln in body if ln.number == datelines[0][2]), "")
        ):
            candidates.remove(datelines[1])
            candidates.insert(0, datelines[1])
    candidates += published
    title_date = _title_date(layout.title, language)
    if title_date:
        candidates.append(("title", title_date, layout.title_line))
    if layout.source_date_text:
        for dm in find_dates(layout.source_date_text, language)[:1]:
            if dm.to_date():
                candidates.append(("source line", dm.to_date(), layout.source_line))
    if not candidates:
        if undated:
            warnings.append(
                Warning(
                    f"the dateline '{undated[0].text[:60]}' has no year, so the date is left empty; "
                    "set it with 'Date: YYYY-MM-DD' in a header or sidecar file",
                    undated[0].number,
                )
            )
        else:
            warnings.append(
                Warning(
                    "no date found in a source line, dateline or metadata block; the date is left empty. "
                    "Set it with 'Date: YYYY-MM-DD' in a header or sidecar file"
                )
            )
        return None, warnings
    kind, chosen, number = candidates[0]
    others = {(k, d) for k, d, _ in candidates[1:] if d != chosen}
    for other_kind, other in sorted(others):
        if abs((other - chosen).days) > 1:
            warnings.append(
                Warning(
                    f"the {kind} says {chosen.isoformat()} but the {other_kind} says {other.isoformat()}; "
                    f"using the {kind}. Correct it with 'Date:' if that is wrong",
                    number,
                )
            )
            break
    today = today or dt.date.today()
    if chosen > today:
        warnings.append(Warning(f"the date {chosen.isoformat()} is in the future; check the {kind}", number))
    return chosen.isoformat(), warnings


# a line of each statement is searched for its own date's mention (patterns.gated: the same matches, faster)
THIS_TEXT_DATED_RE = gated(THIS_TEXT_DATED_RE)
