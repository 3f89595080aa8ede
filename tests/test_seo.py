"""URLs that never break (stable slugs, redirects from old URLs), sitemap.xml and robots.txt."""

from __future__ import annotations

import dataclasses
import logging
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import SUBPATH_SITEURL, fixture_archive
from statements.rendering.output import Site
from statements.rendering.seo import alias_save_as, redirect_html, redirect_target, redirects, robots_txt

LOCAL = Site("", "Archive")
PUBLISHED = Site(SUBPATH_SITEURL, "Archive")
ROUTE = "statements/2019-03-12-joint-statement-on-the-western-balkans-migration-route/"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
REFRESH_RE = re.compile(r'<meta http-equiv="refresh" content="0; url=([^"]+)">')


@pytest.mark.parametrize(
    "alias, save_as",
    [
        ("statements/old-slug/", "statements/old-slug/index.html"),
        ("/statements/old-slug/", "statements/old-slug/index.html"),
        ("statements/old-slug", "statements/old-slug/index.html"),
        ("/archive/2019/route.html", "archive/2019/route.html"),
        ("statements/caf%C3%A9/", "statements/café/index.html"),
        (f"{SUBPATH_SITEURL}/statements/old-slug/", "statements/old-slug/index.html"),
        ("https://elsewhere.org/statements/old-slug/", None),
        ("//elsewhere.org/x/", None),
        ("../outside/", None),
        ("statements//x/", None),
        ("/", None),
    ],
)
def test_where_an_old_url_is_written(alias: str, save_as: str | None):
    assert alias_save_as(alias, PUBLISHED) == save_as


def test_redirect_target_is_relative_locally_and_absolute_when_published():
    assert (
        redirect_target(ROUTE, "statements/old/index.html", LOCAL)
        == "../2019-03-12-joint-statement-on-the-western-balkans-migration-route/"
    )
    assert redirect_target(ROUTE, "old.html", LOCAL) == ROUTE
    assert redirect_target(ROUTE, "old.html", PUBLISHED) == f"{SUBPATH_SITEURL}/{ROUTE}"


def test_redirect_page_refreshes_names_the_canonical_page_and_links_it():
    html = redirect_html("../new/?a=1&b=2", 'Statement "on" <trade>')
    assert '<meta http-equiv="refresh" content="0; url=../new/?a=1&amp;b=2">' in html
    assert '<link rel="canonical" href="../new/?a=1&amp;b=2">' in html
    assert '<a href="../new/?a=1&amp;b=2">Statement &quot;on&quot; &lt;trade&gt;</a>' in html
    assert '<meta name="robots" content="noindex">' in html


def test_unusable_and_conflicting_old_urls_are_reported(caplog: pytest.LogCaptureFixture):
    archive = fixture_archive()
    route = next(e for e in archive.entries if e.url == ROUTE)
    other = next(e for e in archive.entries if e is not route)
    claims = {
        route: (*route.statement.aliases, "https://elsewhere.org/x/", ROUTE),
        other: ("statements/western-balkans-route/",),
    }
    archive = dataclasses.replace(
        archive,
        entries=tuple(
            dataclasses.replace(e, statement=dataclasses.replace(e.statement, aliases=claims.get(e, ())))
            for e in archive.entries
        ),
    )
    with caplog.at_level(logging.WARNING):
        found = redirects(archive, LOCAL)
    assert [(save_as, e.url) for save_as, e in found] == [
        ("archive/2019/route.html", ROUTE),
        ("statements/western-balkans-route/index.html", ROUTE),
    ]
    messages = " ".join(r.getMessage() for r in caplog.records)
    assert "'https://elsewhere.org/x/' is not a path on this site" in messages
    assert "is the statement's own URL" in messages and "already claimed by" in messages


def test_corrected_title_keeps_the_url_and_old_urls_redirect(built_site: Path, published_site: Path):
    page = (built_site / ROUTE / "index.html").read_text(encoding="utf-8")
    assert "Joint statement on the Western Balkans migration route, 12 March 2019" in page  # the correction
    relative = ("../2019-03-12-joint-statement-on-the-western-balkans-migration-route/", f"../../{ROUTE}")
    for site, expected in ((built_site, relative), (published_site, (f"{SUBPATH_SITEURL}/{ROUTE}",) * 2)):
        old = [site / "statements/western-balkans-route/index.html", site / "archive/2019/route.html"]
        for path, target in zip(old, expected):
            html = path.read_text(encoding="utf-8")
            assert REFRESH_RE.search(html).group(1) == target
            assert f'<link rel="canonical" href="{target}">' in html and f'<a href="{target}">' in html


def test_sitemap_lists_every_page_once_with_absolute_urls(published_site: Path):
    tree = ET.parse(published_site / "sitemap.xml")
    urls = {u.findtext(f"{SITEMAP}loc"): u.findtext(f"{SITEMAP}lastmod") for u in tree.getroot()}
    pages = {p.parent.relative_to(published_site).as_posix() for p in published_site.rglob("index.html")}
    expected = {f"{SUBPATH_SITEURL}/" + ("" if p == "." else p + "/") for p in pages}
    redirects_ = {f"{SUBPATH_SITEURL}/statements/western-balkans-route/"}
    assert set(urls) == expected - redirects_  # an old URL is no page of its own
    assert urls[f"{SUBPATH_SITEURL}/{ROUTE}"] == "2019-03-12"
    assert urls[f"{SUBPATH_SITEURL}/statements/joint-statement-on-trade-cooperation/"] is None
    assert urls[f"{SUBPATH_SITEURL}/"] == "2019-03-12"


def test_robots_names_the_sitemap_only_when_it_can(built_site: Path, published_site: Path):
    assert (published_site / "robots.txt").read_text() == robots_txt(PUBLISHED)
    assert f"Sitemap: {SUBPATH_SITEURL}/sitemap.xml" in robots_txt(PUBLISHED)
    assert "Sitemap" not in (built_site / "robots.txt").read_text()
    assert not (built_site / "sitemap.xml").exists()  # a sitemap needs absolute URLs


def test_two_statements_sharing_a_slug_are_reported(tmp_path: Path):
    from conftest import SEED, run_build

    content = tmp_path / "content"
    (content / "statements").mkdir(parents=True)
    seed = SEED.read_text(encoding="utf-8")
    title, _, rest = seed.partition("\n")
    (content / "statements" / "a.txt").write_text(seed, encoding="utf-8")
    # the same title and date, another text: two statements (the same text twice is one, with two files)
    (content / "statements" / "b.txt").write_text(f"{title}\n\nA sentence more.\n{rest}", encoding="utf-8")
    result = run_build(content, tmp_path / "out")
    log = result.stdout + result.stderr
    assert result.returncode == 0 and "statements/b.txt: has the same URL slug as statements/a.txt" in log
