"""Counts over a group of statements: who signs in it, on which themes, in which years."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from ..parsing import Signatory
from .model import Count, Entry, Facets

UNDATED = "undated"  # the year slug of statements with no known date


def year_of(entry: Entry) -> str:
    return entry.statement.date[:4] if entry.statement.date else UNDATED


def tally(counter: Counter[str], names: dict[str, str] | None = None) -> tuple[Count, ...]:
    """Most frequent first; ties by name (or slug), so pages are stable between builds."""
    names = names or {}
    return tuple(
        Count(slug, n) for slug, n in sorted(counter.items(), key=lambda kv: (-kv[1], names.get(kv[0], kv[0])))
    )


def years_with_gaps(counter: Counter[str]) -> tuple[Count, ...]:
    """Per-year counts from the first year to the last, with the empty years a chart must show."""
    dated = sorted(int(y) for y in counter if y != UNDATED)
    if not dated:
        return ()
    return tuple(Count(str(y), counter.get(str(y), 0)) for y in range(dated[0], dated[-1] + 1))


def build_facets(
    entries: Iterable[Entry],
    names: dict[str, str],
    counts_signatory: Callable[[Signatory], bool] = lambda s: True,
    skip_person: str | None = None,
    skip_theme: str | None = None,
) -> Facets:
    """People, themes and years over `entries`; `names` (person slug → name) orders ties.

    `counts_signatory` narrows the people counted (a country page counts only those signing for it).
    """
    people: Counter[str] = Counter()
    themes: Counter[str] = Counter()
    years: Counter[str] = Counter()
    for e in entries:
        people.update({s.person for s in e.statement.signatories if s.person and counts_signatory(s)} - {skip_person})
        themes.update({t.id for t in e.statement.topics} - {skip_theme})
        years[year_of(e)] += 1
    return Facets(tally(people, names), tally(themes), years_with_gaps(years))
