"""Related statements: the ones sharing most signatories and themes, looked for near in time.

Comparing every pair would be quadratic (10,000 statements, 50 million pairs). Candidates come
instead from the lists a statement is already on (each signatory's, each theme's), taking only the
few statements nearest to it in date on each list, then score by what they share.
"""

from __future__ import annotations

import datetime as dt

from .model import Entry

WINDOW = 6  # candidates taken on each side of a statement, in each of its lists
LIMIT = 5  # related statements shown
PERSON_WEIGHT = 2  # a shared signatory says more than a shared theme
MIN_SCORE = 2  # one shared theme alone does not make statements related


def _days(date: str | None) -> int | None:
    return dt.date.fromisoformat(date).toordinal() if date else None


def build_related(entries: tuple[Entry, ...], lists: list[list[Entry]]) -> dict[str, tuple[str, ...]]:
    """`lists`: every person's and every theme's statements, each newest first."""
    positions: dict[str, list[tuple[list[Entry], int]]] = {e.slug: [] for e in entries}
    for members in lists:
        for i, e in enumerate(members):
            positions[e.slug].append((members, i))
    people = {e.slug: {s.person for s in e.statement.signatories if s.person} for e in entries}
    themes = {e.slug: {t.id for t in e.statement.topics} for e in entries}
    days = {e.slug: _days(e.statement.date) for e in entries}

    related: dict[str, tuple[str, ...]] = {}
    for e in entries:
        candidates = {
            c.slug for members, i in positions[e.slug] for c in members[max(0, i - WINDOW) : i + WINDOW + 1]
        } - {e.slug}
        scored = []
        for c in candidates:
            score = PERSON_WEIGHT * len(people[e.slug] & people[c]) + len(themes[e.slug] & themes[c])
            if score < MIN_SCORE:
                continue
            a, b = days[e.slug], days[c]
            distance = abs(a - b) if a is not None and b is not None else 10**6
            scored.append((-score, distance, c))
        related[e.slug] = tuple(c for _, _, c in sorted(scored)[:LIMIT])
    return related
