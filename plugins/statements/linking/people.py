"""What a person page adds to its statements: roles over time and the meetings they took part in."""

from __future__ import annotations

from collections import defaultdict

from ..parsing.layout import fold
from ..parsing.people import PeopleRegistry, surname_of
from .model import Entry, RolePeriod


def build_role_periods(
    people: dict[str, list[Entry]], registry: PeopleRegistry | None
) -> dict[str, tuple[RolePeriod, ...]]:
    """Registry roles with their official dates when the registry has them; otherwise each role as
    signed, from the first statement to the last (marked `observed`). Newest role first."""
    known = {p.slug: p for p in registry.people} if registry else {}
    out: dict[str, tuple[RolePeriod, ...]] = {}
    for slug, entries in people.items():
        person = known.get(slug)
        if person and person.roles:
            periods = [RolePeriod(r.title, r.start, r.end, r.organisation, r.country) for r in person.roles]
        else:
            periods = _observed(slug, entries)
        out[slug] = tuple(sorted(periods, key=lambda r: r.start or "", reverse=True))
    return out


def _observed(slug: str, entries: list[Entry]) -> list[RolePeriod]:
    seen: dict[str, list[str | None]] = {}  # role → [first date, last date]
    where: dict[str, tuple[str | None, str | None]] = {}
    for e in entries:
        for s in e.statement.signatories:
            if s.person != slug or not s.role:
                continue
            date = e.statement.date
            span = seen.setdefault(s.role, [date, date])
            if date:
                span[0] = min(d for d in (span[0], date) if d)
                span[1] = max(d for d in (span[1], date) if d)
            where.setdefault(s.role, (s.organisation, s.country))
    return [RolePeriod(role, first, last, *where[role], observed=True) for role, (first, last) in seen.items()]


def build_person_meetings(
    meeting_held_at: dict[str, tuple[str, ...]], entries: dict[str, Entry], meeting_dates: dict[str, str | None]
) -> dict[str, tuple[str, ...]]:
    """Person slug → meetings they took part in (signed a statement issued there), newest first."""
    out: dict[str, set[str]] = defaultdict(set)
    for meeting, held in meeting_held_at.items():
        for slug in held:
            for s in entries[slug].statement.signatories:
                if s.person:
                    out[s.person].add(meeting)
    return {p: tuple(sorted(ms, key=lambda m: (meeting_dates.get(m) or "", m), reverse=True)) for p, ms in out.items()}


def build_people_index(names: dict[str, str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """People by surname, grouped under its first letter (diacritics folded: Č under C), for the A–Z index."""

    def key(slug: str) -> tuple[str, str]:
        return fold(surname_of(names[slug])), fold(names[slug])

    groups: dict[str, list[str]] = defaultdict(list)
    for slug in sorted(names, key=key):
        initial = key(slug)[0][:1].upper()
        groups[initial if initial.isalpha() else "#"].append(slug)
    return tuple((letter, tuple(slugs)) for letter, slugs in groups.items())
