"""What a meeting page adds: its series' other occurrences, announcements before it, participants."""

from __future__ import annotations

from collections import defaultdict

from .model import Entry, MeetingLinks, Page

HOME_MEETINGS = 6  # recent and announced meetings on the home page
# A meeting page lists this many occurrences of its series on each side of itself, plus the first and the
# latest: listing a yearly series in full on every one of its pages would grow with the square of its length.
SERIES_WINDOW = 5


def _date(page: Page) -> str:
    return str(page.detail("date") or "")


def build_meeting_links(
    meetings: dict[str, Page], by_slug: dict[str, Entry], names: dict[str, str]
) -> dict[str, MeetingLinks]:
    """`names`: person slug → name, to list participants alphabetically."""
    series: dict[str, list[Page]] = defaultdict(list)
    for page in meetings.values():
        series[str(page.detail("series") or page.slug)].append(page)
    occurrences = {
        key: tuple(p.slug for p in sorted(pages, key=lambda p: (_date(p), p.slug))) for key, pages in series.items()
    }
    out: dict[str, MeetingLinks] = {}
    for page in meetings.values():
        date = _date(page)
        mentions = [by_slug[s] for s in page.detail("announced_by", ()) if s in by_slug]  # type: ignore[union-attr]
        before = tuple(e.slug for e in mentions if e.statement.date and date and e.statement.date < date)
        people: dict[str, str] = {}
        countries: set[str] = set()
        organisations: set[str] = set()
        for slug in page.detail("held_at", ()):  # type: ignore[union-attr]
            for s in by_slug[slug].statement.signatories:
                if s.person:
                    people[s.person] = names.get(s.person, s.name or s.person)
                elif s.country:
                    countries.add(s.country)
                elif s.organisation:
                    organisations.add(s.organisation)
        whole = occurrences[str(page.detail("series") or page.slug)]
        at = whole.index(page.slug)
        out[page.slug] = MeetingLinks(
            occurrences=whole,
            nearby=whole[max(0, at - SERIES_WINDOW) : at + SERIES_WINDOW + 1],
            announced_before=before,
            mentioned_after=tuple(e.slug for e in mentions if e.slug not in before),
            participants=tuple(sorted(people, key=lambda p: (people[p], p))),
            countries=tuple(sorted(countries)),
            organisations=tuple(sorted(organisations)),
        )
    return out


def recent_meetings(meetings: dict[str, Page]) -> tuple[str, ...]:
    """Meetings a statement was issued at, newest first."""
    held = [p for p in meetings.values() if p.detail("held_at") and _date(p)]
    return tuple(p.slug for p in sorted(held, key=lambda p: (_date(p), p.slug), reverse=True)[:HOME_MEETINGS])


def announced_meetings(meetings: dict[str, Page], links: dict[str, MeetingLinks]) -> tuple[str, ...]:
    """Meetings announced ahead by a statement but with none issued at them (yet), latest date first:
    what the archive says is coming, or what it has no record of beyond the announcement."""
    ahead = [p for p in meetings.values() if links[p.slug].announced_before and not p.detail("held_at")]
    return tuple(p.slug for p in sorted(ahead, key=lambda p: (_date(p), p.slug), reverse=True)[:HOME_MEETINGS])
