"""URLs for crawlers and old links: sitemap.xml, robots.txt, and redirect pages at a statement's old URLs."""

from __future__ import annotations

import logging
import posixpath
from collections.abc import Iterable
from html import escape
from typing import Any
from urllib.parse import unquote, urlsplit
from xml.sax.saxutils import escape as xml_escape

from ..linking import Archive, Entry
from .output import Site, is_written, write_text

logger = logging.getLogger(__name__)

SITEMAP_SAVE_AS = "sitemap.xml"
ROBOTS_SAVE_AS = "robots.txt"


def _newest(dates: Iterable[str | None]) -> str | None:
    return max((d for d in dates if d), default=None)


def sitemap_urls(archive: Archive, other_paths: Iterable[str] = ()) -> list[tuple[str, str | None]]:
    """(site-relative path, lastmod) for every page, sorted by path; lastmod is the newest statement date."""
    urls: dict[str, str | None] = {}
    newest = _newest(e.statement.date for e in archive.entries)
    for path in other_paths:  # home, index pages, the editors' own pages
        urls[path] = newest
    for e in archive.entries:
        urls[e.url] = e.statement.date
    for pages in (
        archive.people,
        archive.themes,
        archive.meetings,
        archive.countries,
        archive.organisations,
        archive.years,
    ):
        for p in pages.values():
            urls[p.url] = _newest(e.statement.date for e in archive.statements(p.statements))
    return sorted(urls.items())


def sitemap_xml(urls: Iterable[tuple[str, str | None]], site: Site) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for path, lastmod in urls:
        stamp = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
        lines.append(f"  <url><loc>{xml_escape(site.link(path))}</loc>{stamp}</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def robots_txt(site: Site) -> str:
    """Everything may be crawled; the sitemap is named when the site has an absolute address."""
    text = "User-agent: *\nDisallow:\n"
    if site.absolute:
        text += f"Sitemap: {site.link(SITEMAP_SAVE_AS)}\n"
    return text


def alias_save_as(alias: str, site: Site) -> str | None:
    """Where the redirect page for an old URL is written; None for a URL that is not on this site.

    Old URLs are paths under the site ('statements/old-slug/', '/2017/06/old.html'), or full URLs
    starting with SITEURL. A path without a file name gets an index.html, as Pelican writes pages."""
    text = alias.strip()
    if site.url and text.startswith(site.url + "/"):
        text = text[len(site.url) :]
    elif "://" in text or text.startswith("//"):
        return None
    path = unquote(urlsplit(text).path).lstrip("/")
    if not path or any(part in ("", ".", "..") for part in path.rstrip("/").split("/")):
        return None
    if path.endswith("/"):
        return path + "index.html"
    if posixpath.splitext(path)[1].lower() in (".html", ".htm"):
        return path
    return path + "/index.html"


def redirect_target(target_path: str, save_as: str, site: Site) -> str:
    """The target as the redirect page links it: absolute when published, else relative to the page."""
    if site.absolute:
        return site.link(target_path)
    rel = posixpath.relpath(target_path or ".", posixpath.dirname(save_as) or ".")
    return rel + "/" if not target_path or target_path.endswith("/") else rel


def redirect_html(target: str, title: str) -> str:
    """A page that sends browsers and crawlers on to `target`, with a link for anyone it does not."""
    href, name = escape(target, quote=True), escape(title)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<title>Moved: {name}</title>\n<meta name="robots" content="noindex">\n'
        f'<link rel="canonical" href="{href}">\n<meta http-equiv="refresh" content="0; url={href}">\n'
        f'</head>\n<body>\n<p>This page has moved to <a href="{href}">{name}</a>.</p>\n</body>\n</html>\n'
    )


def redirects(archive: Archive, site: Site) -> list[tuple[str, Entry]]:
    """(save_as, statement) for every usable old URL, sorted; the unusable ones are reported."""
    found: dict[str, Entry] = {}
    for e in archive.entries:
        for alias in e.statement.aliases:
            save_as = alias_save_as(alias, site)
            if save_as is None:
                logger.warning(
                    "statements: %s: old URL '%s' is not a path on this site; give it as a path "
                    "such as statements/old-slug/ (or a URL starting with SITEURL)",
                    e.statement.source,
                    alias,
                )
            elif save_as == e.save_as:
                logger.warning(
                    "statements: %s: old URL '%s' is the statement's own URL; remove it from aliases",
                    e.statement.source,
                    alias,
                )
            elif save_as in found:
                logger.warning(
                    "statements: %s: old URL '%s' is already claimed by %s; keep it on one statement",
                    e.statement.source,
                    alias,
                    found[save_as].statement.source,
                )
            else:
                found[save_as] = e
    return sorted(found.items())


def write_seo_files(writer: Any, archive: Archive, settings: dict, other_paths: Iterable[str]) -> None:
    site = Site.from_settings(settings)
    if site.absolute:  # a sitemap must list absolute URLs
        write_text(writer, SITEMAP_SAVE_AS, sitemap_xml(sitemap_urls(archive, other_paths), site))
    write_text(writer, ROBOTS_SAVE_AS, robots_txt(site))
    for save_as, entry in redirects(archive, site):
        if is_written(writer, save_as):  # written last, so every page of this build is known by now
            logger.warning(
                "statements: %s: old URL %s is now another page of this build; no redirect is "
                "written there, remove it from aliases",
                entry.statement.source,
                save_as,
            )
            continue
        write_text(writer, save_as, redirect_html(redirect_target(entry.url, save_as, site), entry.statement.title))
