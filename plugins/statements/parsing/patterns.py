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
    case-insensitive search of a long alternation is several times slower than a plain one."""
    return re.compile(pattern.pattern.removeprefix("(?i)"))
