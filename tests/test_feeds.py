"""Atom feeds: valid documents for the archive and each person, theme, meeting and country; stable dates."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import SETTINGS, SUBPATH_SITEURL, fixture_archive
from statements.rendering.feeds import UNDATED, feed_documents, feed_xml, feeds_enabled
from statements.rendering.output import Site

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$")
SITE = Site(SUBPATH_SITEURL, "Joint Statements Archive", "Europe/Brussels")
PUBLISH = {**SETTINGS, "SITEURL": SUBPATH_SITEURL, "STATEMENTS_FEEDS": True, "RELATIVE_URLS": False}


def check_atom(xml: str) -> ET.Element:
    """RFC 4287's must-haves: feed id, title, updated, an author for every entry; entry id, title,
    updated and an alternate link; ids absolute; dates RFC 3339."""
    feed = ET.fromstring(xml.encode("utf-8"))
    assert feed.tag == f"{ATOM}feed"
    for element in (feed, *feed.findall(f"{ATOM}entry")):
        for name in ("id", "title", "updated"):
            assert len(element.findall(f"{ATOM}{name}")) == 1 and element.findtext(f"{ATOM}{name}"), name
        assert element.findtext(f"{ATOM}id").startswith(("http://", "https://", "tag:", "urn:"))
        assert RFC3339_RE.match(element.findtext(f"{ATOM}updated"))
    assert feed.find(f"{ATOM}author/{ATOM}name") is not None
    assert feed.find(f"{ATOM}link[@rel='self']") is not None
    for entry in feed.findall(f"{ATOM}entry"):
        assert entry.find(f"{ATOM}link[@rel='alternate']").get("href").startswith(SUBPATH_SITEURL + "/")
    return feed


def entries_by_title(feed: ET.Element) -> dict[str, ET.Element]:
    return {e.findtext(f"{ATOM}title"): e for e in feed.findall(f"{ATOM}entry")}


def test_archive_feed_lists_every_statement_newest_first_with_stable_dates():
    archive = fixture_archive()
    feed = check_atom(feed_xml("Archive", "feeds/all.atom.xml", "", archive.entries, SITE))
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}id") for e in entries] == [SITE.link(e.url) for e in archive.entries]
    assert feed.findtext(f"{ATOM}updated") == "2019-03-12T00:00:00+01:00"  # the newest statement, not today
    undated = entries_by_title(feed)["Joint statement on trade cooperation"]
    assert undated.findtext(f"{ATOM}updated") == "1970-01-01T00:00:00+00:00"
    assert undated.find(f"{ATOM}published") is None
    assert undated.findtext(f"{ATOM}author/{ATOM}name") == "Ana Novak, France, Germany"


def test_entry_id_is_the_permanent_url_not_the_corrected_title():
    archive = fixture_archive()
    feed = ET.fromstring(feed_xml("Archive", "feeds/all.atom.xml", "", archive.entries, SITE).encode())
    corrected = entries_by_title(feed)["Joint statement on the Western Balkans migration route, 12 March 2019"]
    assert corrected.findtext(f"{ATOM}id").endswith(
        "/statements/2019-03-12-joint-statement-on-the-western-balkans-migration-route/"
    )


def test_a_feed_with_nothing_dated_or_nothing_at_all_is_still_deterministic():
    archive = fixture_archive()
    undated = [e for e in archive.entries if e.statement.date is None]
    for entries in (undated, []):
        xml = feed_xml("x", "feeds/x.atom.xml", "x/", entries, SITE)
        check_atom(xml)
        assert ET.fromstring(xml.encode()).findtext(f"{ATOM}updated") == UNDATED.isoformat()


def test_feeds_need_the_setting_and_an_absolute_siteurl():
    assert feeds_enabled(PUBLISH)
    assert not feeds_enabled({**PUBLISH, "STATEMENTS_FEEDS": False})
    assert not feeds_enabled({**PUBLISH, "SITEURL": ""})
    assert list(feed_documents(fixture_archive(), {**PUBLISH, "SITEURL": ""})) == []


def test_one_feed_per_person_theme_meeting_and_country():
    archive = fixture_archive()
    paths = [path for path, _ in feed_documents(archive, PUBLISH)]
    pages = [
        *archive.people.values(),
        *archive.themes.values(),
        *archive.meetings.values(),
        *archive.countries.values(),
    ]
    assert len(paths) == len(set(paths)) == 1 + len(pages)
    assert "feeds/people/ana-novak.atom.xml" in paths and "feeds/themes/trade.atom.xml" in paths


def test_every_published_feed_is_valid_and_announced_by_its_page(published_site: Path):
    feeds = sorted(published_site.glob("feeds/**/*.atom.xml"))
    assert len(feeds) > 20
    for path in feeds:
        feed = check_atom(path.read_text(encoding="utf-8"))
        page = feed.find(f"{ATOM}link[@rel='alternate']").get("href")[len(SUBPATH_SITEURL) + 1 :]
        html = (published_site / page / "index.html").read_text(encoding="utf-8")
        assert 'type="application/atom+xml"' in html and path.relative_to(published_site).as_posix() in html


def test_the_local_build_writes_no_feed(built_site: Path):
    assert not (built_site / "feeds").exists()
    assert "application/atom+xml" not in (built_site / "index.html").read_text(encoding="utf-8")
