"""One plural office with several countries' adjectives: each country's own office, its holder named in the same order.

"The French and German foreign ministers, Name and Name" is read as "French foreign minister, Name, and German foreign
minister, Name"; so are "les ministres français et espagnol de l'agriculture", "i ministri degli Esteri italiano e
francese" and "der deutsche und der französische Außenminister". Without names, each country's office is one signer.
"""

from __future__ import annotations

from .countries import ADJECTIVES, english_name, find_countries, nationality_adjective
from .names import names_in
from .patterns import compile_factored
from .people import PeopleRegistry
from .vocabulary import is_role_word, singular_role

ARTICLE = r"(?:the|der|die|das|den|des|dem|de|het|le|la|les|du|il|i|gli|dei|degli|del|della|el|los|las|o|os|as|do|dos|lo|az|a)"
# (and the Central European "and": "a magyar és a szlovák … miniszter", "polský a český ministr …")
AND = r"(?:and|et|und|en|e|y|og|och|és|a|i|ir|un|ja|și)"
WORD = r"[^\W\d_]{3,}"
# two or more words joined by commas and a last "and", each perhaps after its article: the countries' adjectives
ADJECTIVES_RE = compile_factored(rf"(?i)\b{WORD}(?:\s*,\s*(?:{ARTICLE}\s+)?{WORD})*\s+{AND}\s+(?:{ARTICLE}\s+)?{WORD}\b")
ADJECTIVE_WORD_RE = compile_factored(rf"(?i)(?:^|,|\s{AND}\s)\s*(?:{ARTICLE}\s+)?({WORD})")
LEADING_ARTICLE_RE = compile_factored(rf"(?i)^\s*(?:{ARTICLE}\s+)?")
ARTICLE_WORD_RE = compile_factored(rf"(?i){ARTICLE}")
AND_WORD_RE = compile_factored(rf"(?i){AND}")
NAMES_JOINED_RE = compile_factored(rf"(?i)^\s*(?:,\s*(?:{AND}\s+)?|\s+{AND}\s+)$")
ENGLISH_ADJECTIVES = {adjective.lower(): code for code, adjective in ADJECTIVES.items()}
# Romance plurals of the offices that come before their countries' adjectives: "ministri" → "ministro"
ROMANCE_SINGULARS = {"ministri": "ministro", "ministros": "ministro", "ministras": "ministra"}
ROMANCE_SINGULARS |= {"presidenti": "presidente", "presidentes": "presidente"}


def country_adjective(word: str) -> str | None:
    """The country a nationality adjective names ('français', 'German'); None for anything else, a country's own
    name too ('Italia', 'Deutschlands')."""
    code = ENGLISH_ADJECTIVES.get(word.lower())
    if code:
        return english_name(code)
    return None if find_countries(word) else nationality_adjective(word)


def _singular(office: str) -> str:
    words = singular_role(office).split()
    for i, word in enumerate(words):
        one = ROMANCE_SINGULARS.get(word.lower())
        if one:
            words[i] = one.capitalize() if word[0].isupper() else one
    return " ".join(words)


def _is_office(words: str) -> bool:
    """A few words of an office, no country in them: "foreign ministers", "ministres", "ministri degli Esteri"."""
    split = words.split()
    return 0 < len(split) <= 5 and any(is_role_word(w) for w in split) and not find_countries(words)


def shared_offices(text: str, registry: PeopleRegistry) -> str:
    """`text` with one plural office of several countries written as each country's office, else `text` unchanged."""
    for m in ADJECTIVES_RE.finditer(text):
        adjectives = ADJECTIVE_WORD_RE.findall(m.group(0))
        countries = [country_adjective(a) for a in adjectives]
        if not all(countries) or len(set(countries)) != len(countries):
            continue
        head = LEADING_ARTICLE_RE.sub("", text[: m.start()], count=1).strip()
        comma = text.find(",", m.end())
        office_end = comma if comma >= 0 else len(text)
        tail = text[m.end() : office_end].strip()
        if not head and _is_office(tail):
            # "the French and German foreign ministers": the adjectives before the office
            offices = [f"{a} {_singular(tail)}" for a in adjectives]
        elif _is_office(head) and is_role_word(head.split()[0]) and not any(is_role_word(w) for w in tail.split()):
            # "les ministres français et espagnol de l'agriculture": the office first, its remit after the adjectives
            offices = [f"{_singular(head)} {a}{' ' + tail if tail else ''}" for a in adjectives]
        else:
            continue
        rest = text[office_end:]
        if not rest.strip(" ,.;"):
            return f"{', '.join(offices[:-1])} and {offices[-1]}"
        names = names_in(rest, registry)
        if len(names) != len(offices) or rest[: names[0].start].strip() != ",":
            return text
        if not all(NAMES_JOINED_RE.match(rest[a.end : b.start]) for a, b in zip(names, names[1:])):
            return text
        pairs = [f"{office}, {rest[n.start : n.end]}," for office, n in zip(offices, names)]
        return f"{' '.join(pairs[:-1])} and {pairs[-1].rstrip(',')}{rest[names[-1].end :]}"
    return text


def adjectives_start(words: list[str], first: int) -> int:
    """Where a subject that opens at `words[first]` really opens, if that word joins two countries' adjectives
    ("Der deutsche | und der französische Außenminister"): at the first adjective's article; else `first`."""
    at = first
    if at >= 2 and ARTICLE_WORD_RE.fullmatch(words[at]) and AND_WORD_RE.fullmatch(words[at - 1]):
        at -= 1  # ("A magyar és | a szlovák környezetvédelmi miniszter": the second adjective's article)
    if at < 1 or not AND_WORD_RE.fullmatch(words[at]) or not country_adjective(words[at - 1]):
        return first
    at -= 1
    return at - 1 if at > 0 and ARTICLE_WORD_RE.fullmatch(words[at - 1]) else at
