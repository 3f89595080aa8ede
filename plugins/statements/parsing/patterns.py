"""Regular expressions built from long word lists.

Python's `re` tries the branches of an alternation one by one at every position, so a pattern made of
thousands of names ("France|Francia|Frankreich|…") costs thousands of comparisons per character. The
same names arranged as a tree of shared prefixes ("Fran(?:ce|cia|kreich)") cost one comparison per
character and match exactly the same text: at each branch only one next character can fit, and a name
that continues is tried before one that ends, so the longest name that fits still wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .kept import compiled


def alternation(words: Iterable[str]) -> str:
    """A regex (no groups) matching any of `words`, longest first, as a prefix tree."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branch(tree) or "(?!)"


def _branch(node: dict) -> str:
    ends_here = "" in node
    branches = [re.escape(ch) + _branch(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends_here else body


def lowered(pattern: re.Pattern) -> re.Pattern:
    """A case-insensitive pattern written in small letters only, compiled to search lower-cased text: Python's
    case-insensitive search of a long alternation is several times slower than a plain one. For yes/no tests
    before the full pattern's, like `prefilter`'s."""
    return prefilter(pattern.pattern.removeprefix("(?i)"))


# A long hand-written alternation ("adopted|signed|endorsed|…") is tried branch by branch at every position of the
# text. Arranged as a prefix tree ("adopted|s(?:igned|…)|…"), each position is tried against one branch per first
# letter. `factored` does that to a pattern's source and keeps what it matches: branches are only brought together
# when nothing that could match the same text stands between them, a shared letter keeps its branches in order,
# and a level with a capturing group is left as it was (its groups' numbers would change).
QUANTIFIER_START = frozenset("?*+{")
META = frozenset("\\[](){}.*+?|^$#")
FACTORED_FROM: dict[re.Pattern, str] = {}  # each pattern `compile_factored` made, and its source: for the tests


def compile_factored(source: str, flags: int = 0) -> re.Pattern:
    """`re.compile(source, flags)`, matching exactly the same, and faster where the pattern has long alternations.
    (Build a pattern from another's source string, never from its `.pattern`: that is the factored text.)"""
    if flags & ~(re.IGNORECASE | re.DOTALL | re.MULTILINE):
        return re.compile(source, flags)
    ignorecase = bool(flags & re.IGNORECASE)
    pattern = compiled(("factored", source), lambda: factored(source, ignorecase=ignorecase), flags)
    FACTORED_FROM[pattern] = source
    return pattern


def prefilter(source: str) -> re.Pattern:
    """`source` compiled with every alternation factored, its branches in any order: it matches where `source`
    does, though not always the same span, so it is for yes/no tests (`if X.search(text)`) only."""
    return compiled(("prefilter", source), lambda: factored(source, keep_order=False))


def factored(source: str, keep_order: bool = True, ignorecase: bool = False) -> str:
    """`source` with its alternations arranged as prefix trees (see above); unchanged if it has flags other than
    a leading `(?i)`, `(?s)` or `(?m)`, or refers back to a group."""
    if "|" not in source:
        return source
    flags = re.match(r"\(\?([a-zA-Z]+)\)", source)
    if (flags and set(flags.group(1)) - set("ism")) or re.search(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[a-zA-Z]*[xaLu]", source):
        return source
    ignorecase = ignorecase or bool(flags and "i" in flags.group(1))
    head = flags.group(0) if flags else ""
    return head + _alternation(source[len(head) :], ignorecase, keep_order)


def _alternation(text: str, ignorecase: bool, keep_order: bool) -> str:
    alternatives = [_inside_groups(alt, ignorecase, keep_order) for alt in _split_alternatives(text)]
    if keep_order and any(_captures(alt) for alt in alternatives):
        return "|".join(alternatives)
    return "|".join(_by_first_letter(alternatives, ignorecase, keep_order))


# a regex source in pieces: an escape, a character class, a group's opening, ")", "|", or a run of anything else
TOKEN_RE = re.compile(
    r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\(\?P<\w+>|\(\?(?:[:=!>#(]|<[=!]|P=)|\(\?[a-zA-Z]*(?:-[a-zA-Z]+)?:|[()|]"
    r"|[^\\\[\]()|]+",
    re.DOTALL,
)


def _items(text: str) -> list:
    """The top level of `text`: its pieces, each group as (what opens it, what it holds)."""
    items: list = []
    depth, start, head = 0, 0, ""
    for m in TOKEN_RE.finditer(text):
        token = m.group(0)
        if token[0] == "(":
            if depth == 0:
                start, head = m.end(), token
            depth += 1
        elif token == ")":
            depth -= 1
            if depth == 0:
                items.append((head, text[start : m.start()]))
        elif depth == 0:
            items.append(token)
    if depth:
        raise ValueError(f"unbalanced group in {text[:60]!r}")
    return items


def _captures(alternative: str) -> bool:
    """Whether a group that counts (numbered or named) opens anywhere in `alternative`."""
    return any(t == "(" or t.startswith("(?P<") for t in TOKEN_RE.findall(alternative))


def _inside_groups(alternative: str, ignorecase: bool, keep_order: bool) -> str:
    """The alternative with the alternation inside each of its groups factored (not inside a lookbehind, whose
    branches must keep one width, nor an atomic group, where the first branch that fits is final)."""
    out = []
    for item in _items(alternative):
        if isinstance(item, str):
            out.append(item)
            continue
        head, body = item
        scoped = re.fullmatch(r"\(\?([a-z]*)(?:-([a-z]+))?:", head)
        if head in ("(", "(?:", "(?=", "(?!") or head.startswith("(?P<"):
            body = _alternation(body, ignorecase, keep_order)
        elif scoped and set(scoped.group(1) + (scoped.group(2) or "")) <= set("ism"):
            case = False if "i" in (scoped.group(2) or "") else True if "i" in scoped.group(1) else ignorecase
            body = _alternation(body, case, keep_order)
        out.append(head + body + ")")
    return "".join(out)


def _split_alternatives(text: str) -> list[str]:
    """The branches of `text`'s top-level alternation."""
    parts: list[list[str]] = [[]]
    for item in _items(text):
        if item == "|":
            parts.append([])
        else:
            parts[-1].append(item if isinstance(item, str) else item[0] + item[1] + ")")
    return ["".join(p) for p in parts]


def _first_letter(alternative: str, ignorecase: bool) -> str | None:
    """The plain character the alternative must begin with (no quantifier on it), as a case-insensitive pattern
    sees it; None if it may begin otherwise."""
    ch = alternative[:1]
    if not ch or ch in META or alternative[1:2] in QUANTIFIER_START:
        return None
    if not ignorecase:
        return ch
    low = ch.lower()
    # one small letter that is its own capital's small letter: not "ß", "ς", "ſ", "ı", whose matches are wider
    return low if len(low) == 1 and len(low.upper()) == 1 and low.upper().lower() == low else None


def _by_first_letter(alternatives: list[str], ignorecase: bool, keep_order: bool) -> list[str]:
    """Branches that begin with the same character share it, recursively. With keep_order, a branch that may
    begin otherwise stays where it was and nothing is moved across it; branches of different first letters
    never match at the same place, so their order does not matter."""
    out: list[str] = []
    run: dict[str, list[str]] = {}

    def flush() -> None:
        for first, rests in run.items():
            if len(rests) == 1:
                out.append(first + rests[0])
            elif keep_order:
                shared = _by_first_letter(rests, ignorecase, keep_order)
                out.append(first + shared[0] if len(shared) == 1 else f"{first}(?:{'|'.join(shared)})")
            else:
                shared = _by_first_letter([r for r in rests if r], ignorecase, keep_order)
                optional = "?" if "" in rests else ""
                body = shared[0] if len(shared) == 1 and not optional else f"(?:{'|'.join(shared)}){optional}"
                out.append(first + body)
        run.clear()

    others: list[str] = []
    for alt in alternatives:
        first = _first_letter(alt, ignorecase)
        if first is None:
            if keep_order:
                flush()
                out.append(alt)
            else:
                others.append(alt)
        else:
            run.setdefault(first, []).append(alt[1:])
    flush()
    return out + others


# Python's case-insensitive search is two to three times slower than a plain one, and most of the text the parser
# searches holds none of what it looks for. `gated` puts a plain search of the lower-cased text before a
# case-insensitive pattern's: the pattern in small letters, which finds something in the lower-cased text wherever the
# pattern finds something in the text. Lower-casing gives Python's matching, but for the letters Python also holds
# equal to another one (its own table, re._casefix: "ſ" and "s", "ı" and "i", "ς" and "σ", …): both the text and the
# pattern write each of those as one of them (CANONICAL), and a text that lower-casing makes longer ("İ") goes
# straight to the pattern's own search.
try:
    from re._casefix import _EXTRA_CASES as _CASES  # (a letter and the others it is held equal to)
except ImportError:  # another Python: no text is gated
    _CASES = None


def _canonical_letters(cases: dict[int, tuple[int, ...]]) -> dict[int, str]:
    """Each letter of a set Python holds equal → the one of them that is a capital letter's small one (the first if
    none is): "ſ" → "s", "ς" → "σ"."""
    out = {}
    for c, others in cases.items():
        group = sorted({c, *others})
        plain = [x for x in group if chr(x).upper().lower() == chr(x)] or group
        out.update({x: chr(plain[0]) for x in group if x != plain[0]})
    return out


CANONICAL = _canonical_letters(_CASES or {})
CANONICAL_RE = re.compile("[" + re.escape("".join(chr(c) for c in sorted(CANONICAL))) + "]") if CANONICAL else None
INLINE_FLAGS_RE = re.compile(r"\(\?[aiLmsux-]")
LETTER_ESCAPE_RE = re.compile(r"\\[xuUN0-7]")  # a letter written as its code could be a capital one
KEPT_AS_WRITTEN_RE = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")  # escapes (\S, \W), group names


def small_letters(text: str) -> str:
    """`text` lower-cased, each letter Python holds equal to another written as CANONICAL says."""
    low = text.lower()
    return low.translate(CANONICAL) if CANONICAL_RE is not None and CANONICAL_RE.search(low) else low


_last_small: tuple[str | None, str] = (None, "")  # the last text `Gated.may_match` lower-cased, and its small letters


class Gated:
    """A case-insensitive pattern whose `search`, `finditer` and `split` over a whole text first ask a plain search of its
    small letters (see above); anything else is the pattern's own. The same matches, faster where there are none."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern_object = pattern
        self.test = small_letter_test(pattern)

    def may_match(self, text: str) -> bool:
        if self.test is None:
            return True
        global _last_small
        seen, low = _last_small
        if seen is not text:  # (a sentence is tested against one gated pattern after another: lower-cased once)
            low = small_letters(text)
            _last_small = (text, low)
        return len(low) != len(text) or self.test.search(low) is not None

    def search(self, text: str, *bounds: int) -> re.Match | None:
        # (a search from a later position is the pattern's own: a lookbehind there reads what comes before it)
        if not bounds and not self.may_match(text):
            return None
        return self.pattern_object.search(text, *bounds)

    def finditer(self, text: str, *bounds: int):
        if not bounds and not self.may_match(text):
            return iter(())
        return self.pattern_object.finditer(text, *bounds)

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        if not self.may_match(text):
            return [text]
        return self.pattern_object.split(text, maxsplit)

    def __getattr__(self, name: str):
        return getattr(self.pattern_object, name)


def small_letter_test(pattern: re.Pattern) -> re.Pattern | None:
    """For a case-insensitive pattern: its source in small letters (CANONICAL ones), compiled as a yes/no test of
    `small_letters(text)` (`prefilter`); None where the source has a flag of its own or a letter written as its code,
    or Python's own table is not there."""
    if _CASES is None or not pattern.flags & re.IGNORECASE:
        return None
    body = FACTORED_FROM.get(pattern, pattern.pattern).removeprefix("(?i)")
    if INLINE_FLAGS_RE.search(body) or LETTER_ESCAPE_RE.search(body) or len(body.lower()) != len(body):
        return None
    pieces, at = [], 0
    for kept in KEPT_AS_WRITTEN_RE.finditer(body):
        pieces += [small_letters(body[at : kept.start()]), kept.group(0)]
        at = kept.end()
    return prefilter("".join(pieces) + small_letters(body[at:]))


def gated(pattern: re.Pattern) -> Gated:
    return Gated(pattern)
