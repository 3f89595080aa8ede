"""A crawler for a built site: every internal href, src and #anchor must resolve to a built file."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

LOCAL_BASE = "http://site/root/"  # a relative build, seen from a sub-path: '../' past the root shows up
LINK_ATTRS = {"href", "src", "poster", "action"}


class PageScan(HTMLParser):
    """The ids a page offers as anchors, and every URL it points at."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            elif name in LINK_ATTRS:
                self.urls.append(value)
            elif name == "srcset":
                self.urls.extend(part.split()[0] for part in value.split(",") if part.strip())
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            _, _, target = (values.get("content") or "").partition("url=")
            if target:
                self.urls.append(target.strip())


@dataclass
class Crawl:
    site: Path
    base: str  # the URL the site's root folder is served at, ending in '/'
    pages: int = 0
    links: int = 0
    problems: list[str] = field(default_factory=list)
    _scans: dict[Path, PageScan] = field(default_factory=dict)

    def scan(self, path: Path) -> PageScan:
        if path not in self._scans:
            parser = PageScan()
            parser.feed(path.read_text(encoding="utf-8"))
            self._scans[path] = parser
        return self._scans[path]

    def target(self, url: str) -> Path | None:
        """The built file a URL under `base` serves, or None."""
        rel = unquote(urlsplit(url).path[len(urlsplit(self.base).path) :])
        path = self.site / rel
        if rel == "" or rel.endswith("/"):
            path = path / "index.html"
        return path if path.is_file() else None

    def check(self, where: str, page_url: str, link: str) -> None:
        url = urljoin(page_url, link.strip())
        parts = urlsplit(url)
        base = urlsplit(self.base)
        if parts.scheme not in ("http", "https") or parts.netloc != base.netloc:
            return  # another site, mailto:, data:
        self.links += 1
        if not url.startswith(self.base):
            self.problems.append(f"{where}: {link} leaves the site's folder ({url})")
            return
        path = self.target(url)
        if path is None:
            self.problems.append(f"{where}: {link} → nothing built at {url}")
        elif parts.fragment and path.suffix == ".html" and unquote(parts.fragment) not in self.scan(path).ids:
            self.problems.append(f"{where}: {link} → no id '{parts.fragment}' in {path.relative_to(self.site)}")

    def check_pages(self) -> Crawl:
        for page in sorted(self.site.rglob("*.html")):
            rel = page.relative_to(self.site).as_posix()
            self.pages += 1
            for link in self.scan(page).urls:
                self.check(rel, self.base + rel, link)
        return self

    def check_urls(self, where: str, urls: list[str]) -> Crawl:
        """Absolute URLs from a sitemap or a feed."""
        for url in urls:
            self.check(where, self.base, url)
        return self


def crawl(site: Path, base: str = LOCAL_BASE) -> Crawl:
    return Crawl(site, base).check_pages()
