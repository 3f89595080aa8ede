"""Atom feeds: one for the whole archive, one per person, theme, meeting and country."""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Iterator, Sequence
from html import escape
from typing import Any
from zoneinfo import ZoneInfo

from feedgenerator import Atom1Feed

from ..linking import Archive, Entry, Page
from .output import Site, write_text

logger = logging.getLogger(__name__)

# An undated statement still needs an Atom <updated>. The build time would make every build differ
# and would push undated statements to the top of readers; the epoch is stable and sorts them last,
# as the site lists them.
UNDATED = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
PAGE_FEED_TITLES = {
    "PERSON": "statements signed by {name}",
    "THEME": "statements on {name}",
    "MEETING": "statements on {name}",
    "COUNTRY": "statements signed for {name}",
}


class StableAtomFeed(Atom1Feed):
    """feedgenerator stamps a feed with no dated entry with the build time; this one never does."""

    def latest_post_date(self) -> dt.datetime:
        return max((item["updateddate"] for item in self.items if item["updateddate"]), default=UNDATED)


def feeds_enabled(settings: dict) -> bool:
    return bool(settings.get("STATEMENTS_FEEDS")) and Site.from_settings(settings).absolute


def archive_feed_path(settings: dict) -> str | None:
    """Where the whole archive's feed is, or None when this build writes no feeds."""
    return settings.get("STATEMENTS_FEED_ATOM") if feeds_enabled(settings) else None


def page_feed_path(settings: dict, page: Page) -> str | None:
    pattern = settings.get(f"{page.kind}_FEED_ATOM")
    return pattern.format(slug=page.slug) if pattern and feeds_enabled(settings) else None


def _published(date: str | None, tz: str) -> dt.datetime | None:
    if not date:
        return None
    return dt.datetime.combine(dt.date.fromisoformat(date), dt.time(), tzinfo=ZoneInfo(tz))


def _content_html(entry: Entry) -> str:
    st = entry.statement
    return "".join(f"<p>{escape(p)}</p>" for p in (*st.paragraphs, *st.notes))


def _signed_by(entry: Entry) -> str | None:
    names = [s.name or s.organisation or s.country for s in entry.statement.signatories]
    return ", ".join(n for n in names if n) or None


def feed_xml(
    title: str, feed_path: str, page_path: str, entries: Sequence[Entry], site: Site, max_items: int | None = None
) -> str:
    """One Atom document; ids are the pages' permanent URLs, so they survive title corrections."""
    feed = StableAtomFeed(
        title=title,
        link=site.link(page_path),
        description="",
        feed_url=site.link(feed_path),
        feed_guid=site.link(feed_path),
        author_name=site.name,
    )
    for entry in list(entries)[:max_items]:
        st = entry.statement
        published = _published(st.date, site.timezone)
        url = site.link(entry.url)
        feed.add_item(
            title=st.title,
            link=url,
            description=None,
            content=_content_html(entry),
            unique_id=url,
            pubdate=published,
            updateddate=published or UNDATED,
            author_name=_signed_by(entry),
            categories=[t.label for t in st.topics],
        )
    out = io.StringIO()
    feed.write(out, "utf-8")
    return out.getvalue() + "\n"


def feed_documents(archive: Archive, settings: dict) -> Iterator[tuple[str, str]]:
    """(save_as, Atom XML) for every feed this build writes."""
    site = Site.from_settings(settings)
    limit = settings.get("FEED_MAX_ITEMS")
    path = archive_feed_path(settings)
    if path is None:
        return
    yield path, feed_xml(site.name, path, "", archive.entries, site, limit)
    for pages in (archive.people, archive.themes, archive.meetings, archive.countries):
        for page in pages.values():
            page_path = page_feed_path(settings, page)
            if page_path:
                title = f"{site.name}: {PAGE_FEED_TITLES[page.kind].format(name=page.name)}"
                yield page_path, feed_xml(title, page_path, page.url, archive.statements(page.statements), site, limit)


def write_feeds(writer: Any, archive: Archive, settings: dict) -> None:
    if settings.get("STATEMENTS_FEEDS") and not Site.from_settings(settings).absolute:
        logger.warning(
            "statements: STATEMENTS_FEEDS is on but SITEURL is not an absolute URL (%r); Atom needs "
            "one, so no feeds were written. Build with `make publish SITEURL=https://…`",
            settings.get("SITEURL"),
        )
    for save_as, xml in feed_documents(archive, settings):
        write_text(writer, save_as, xml)
