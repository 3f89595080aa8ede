"""Long statement lists split into pages: page 1 at the page's own URL, page n at PAGINATED_URL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

WINDOW = 2  # page links shown on each side of the current page, besides the first and the last


@dataclass(frozen=True)
class Pagination:
    number: int  # 1-based
    count: int  # number of pages
    total: int  # number of items on all pages
    first: int  # 1-based positions of this page's first and last item in the whole list
    last: int
    urls: tuple[str, ...]  # URL of every page, page 1 first

    @property
    def previous_url(self) -> str | None:
        return self.urls[self.number - 2] if self.number > 1 else None

    @property
    def next_url(self) -> str | None:
        return self.urls[self.number] if self.number < self.count else None

    def links(self) -> list[tuple[int | None, str | None]]:
        """(number, url) for the page links to show; (None, None) marks a gap."""
        shown = sorted({1, self.count, *range(max(1, self.number - WINDOW), min(self.count, self.number + WINDOW) + 1)})
        out: list[tuple[int | None, str | None]] = []
        for n in shown:
            if out and out[-1][0] is not None and n - out[-1][0] > 1:  # type: ignore[operator]
                out.append((None, None))
            out.append((n, self.urls[n - 1]))
        return out


def paginate(
    items: Sequence[Any], per_page: int, url: str, save_as: str, settings: dict
) -> list[tuple[str, Pagination, Sequence[Any]]]:
    """(save_as, pagination, the page's items) for every page; a list that fits is one page."""
    per_page = max(1, per_page)
    count = max(1, -(-len(items) // per_page))
    url_pattern = settings.get("PAGINATED_URL", "{url}page/{number}/")
    save_pattern = settings.get("PAGINATED_SAVE_AS", "{url}page/{number}/index.html")
    urls = tuple(url if n == 1 else url_pattern.format(url=url, number=n) for n in range(1, count + 1))
    pages = []
    for n in range(1, count + 1):
        target = save_as if n == 1 else save_pattern.format(url=url, number=n)
        start = (n - 1) * per_page
        page_items = items[start : start + per_page]
        pages.append((target, Pagination(n, count, len(items), start + 1, start + len(page_items), urls), page_items))
    return pages
