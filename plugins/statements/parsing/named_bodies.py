"""A body with a name of its own that adopts the statement: "The Arvenia-Borland Joint Council of Ministers adopted
the following joint declaration …". The body signs, under the name the text gives it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .layout import fold
from .model import Signatory
from .patterns import compile_factored
from .vocabulary import INSTITUTION_BY_ALIAS

BODY_NOUN = r"(?:Council|Conference|Committee|Commission|Board|Assembly)"
# one capitalised word of a body's name, and the small words that join them ("Council of the Arvenian and Borlandian
# Initiative")
NAME_WORD = r"(?:(?!The\b)[A-Z][\w'’-]*|EU)"
LINK = r"(?:(?:and|of|for|on)\s+(?:the\s+)?)"
BODY_ADOPTS_RE = compile_factored(
    # at the sentence's start, or after a dateline's dash ("Kestrel, 11:05 - The … Council, …")
    rf"(?:^|\s[-–—]\s)\W*(?:The\s+)?(?P<body>(?:{NAME_WORD}\s+{LINK}?){{0,6}}{BODY_NOUN}"
    rf"(?:\s+of\s+(?:the\s+)?{NAME_WORD}(?:\s+{LINK}?{NAME_WORD}){{0,4}})?)"
    # (what it is, between commas: "…, which brings together the ministers of …,")
    r"(?:\s*,[^,;]{0,200},)?"
    r"\s+(?:has\s+)?(?:adopted|adopts|issued|issues|approved|approves|endorsed|endorses|agreed|agrees)\b"
    # (when and where: "adopted on Monday in Kestrel a declaration")
    r"(?:\s+(?:on|in|at|today)\b[^,;.]{0,40}?)?"
    r"\s+(?:the\s+following|a|an|this|its)\s+(?:joint\s+)?(?:declaration|statement|communiqu[eé])"
)


NAMED_BODY_RE = compile_factored(rf"(?<!\w)(?:{NAME_WORD}\s+{LINK}?){{1,6}}{BODY_NOUN}\b")


def body_adopting(sentences: Sequence[str]) -> Signatory | None:
    """The first opening sentence whose subject is a named body adopting a declaration or a statement: that body.

    A known institution keeps its usual name ("The European Council adopted …" is the European Council); a body of
    one word, or one of no name ("The Council adopted …", "The Joint Committee adopted …"), is left to the other
    rules, which know whose it is."""
    for i, sentence in enumerate(sentences):
        m = BODY_ADOPTS_RE.search(sentence)
        if not m:
            continue
        body = m.group("body")
        if re.fullmatch(rf"(?:Joint|Ministerial|Permanent|Standing)?\s*{BODY_NOUN}(?:\s+of\s+Ministers)?", body):
            # ("The fifth meeting of the Arvenian-Borlandian Council was held … The Council adopted …": the body the
            # sentences before named, if it is no institution the other rules know)
            noun = body.split()[-1] if body.split()[-1] != "Ministers" else body.split()[0]
            named = [b for x in sentences[:i] for b in NAMED_BODY_RE.findall(x) if b.split()[-1] == noun]
            if named and fold(named[-1]) not in INSTITUTION_BY_ALIAS and len(named[-1].split()) > 1:
                return Signatory(name=None, organisation=named[-1])
            continue
        return Signatory(name=None, organisation=INSTITUTION_BY_ALIAS.get(fold(body), body))
    return None
