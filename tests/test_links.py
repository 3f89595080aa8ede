"""Link check: crawl each built site; no internal link, image or #anchor may point at nothing."""

from __future__ import annotations

import re
from pathlib import Path

from linkcheck import crawl

from conftest import SUBPATH_SITEURL

LOC_RE = re.compile(r"<loc>([^<]+)</loc>")
HREF_RE = re.compile(r'<link href="([^"]+)"')


def test_local_build_has_no_broken_link(built_site: Path):
    result = crawl(built_site)
    assert result.problems == []
    assert result.pages > 30 and result.links > 500  # the crawl really walked the site


def test_build_under_a_subpath_has_no_broken_link(published_site: Path):
    result = crawl(published_site, SUBPATH_SITEURL + "/")
    assert result.problems == []
    assert result.pages > 30 and result.links > 500


def test_sitemap_and_feeds_point_at_built_pages(published_site: Path):
    result = crawl(published_site, SUBPATH_SITEURL + "/")
    locs = LOC_RE.findall((published_site / "sitemap.xml").read_text(encoding="utf-8"))
    result.check_urls("sitemap.xml", locs)
    for feed in published_site.glob("feeds/**/*.xml"):
        result.check_urls(feed.relative_to(published_site).as_posix(), HREF_RE.findall(feed.read_text("utf-8")))
    assert result.problems == []
    assert len(locs) == len(set(locs)) > 30


def test_the_crawler_reports_what_is_broken(tmp_path: Path):
    (tmp_path / "people").mkdir()
    (tmp_path / "people/index.html").write_text('<h2 id="list">People</h2>', encoding="utf-8")
    (tmp_path / "index.html").write_text(
        '<a href="#main">skip</a><main id="main"></main>'
        '<a href="people/">ok</a><a href="people/#list">ok</a><a href="https://elsewhere.org/x">external</a>'
        '<a href="people/#nowhere">bad anchor</a><a href="themes/">missing page</a><img src="logo.png">'
        '<a href="../outside/">past the root</a><meta http-equiv="refresh" content="0; url=moved/">',
        encoding="utf-8",
    )
    problems = crawl(tmp_path).problems
    assert len(problems) == 5
    for expected in ("no id 'nowhere'", "themes/", "logo.png", "leaves the site's folder", "moved/"):
        assert any(expected in p for p in problems), expected
