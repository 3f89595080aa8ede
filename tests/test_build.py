"""One real Pelican build of content/: the pages exist and link to each other both ways."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin

STATEMENT = "statements/2018-06-19-joint-statement-by-commissioners-avramopoulos-and-king-the/"


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.hrefs.append(value)


def links_of(site: Path, page: str) -> set[str]:
    """Internal links of a page, resolved to site-relative URLs ('people/x/')."""
    parser = Links()
    parser.feed(
        (site / page / "index.html").read_text(encoding="utf-8")
        if not page.endswith(".html")
        else (site / page).read_text(encoding="utf-8")
    )
    base = "http://site/" + page
    out = set()
    for href in parser.hrefs:
        url = urljoin(base, href)
        if url.startswith("http://site/"):
            out.add(unquote(url[len("http://site/") :].split("#")[0]))
    return out


def test_statement_links_to_ten_people_and_each_links_back(built_site: Path):
    people = {u for u in links_of(built_site, STATEMENT) if re.fullmatch(r"people/[^/]+/", u)}
    assert len(people) == 10
    for person in people:
        assert STATEMENT in links_of(built_site, person)


def test_statement_links_to_themes_and_back(built_site: Path):
    themes = {u for u in links_of(built_site, STATEMENT) if re.fullmatch(r"themes/[^/]+/", u)}
    assert themes
    for theme in themes:
        assert STATEMENT in links_of(built_site, theme)


def test_statement_links_to_both_meetings_and_back(built_site: Path):
    meetings = {u for u in links_of(built_site, STATEMENT) if re.fullmatch(r"meetings/[^/]+/", u)}
    assert any(m.startswith("meetings/2018-06-19") for m in meetings)
    assert "meetings/2018-10-04-eu-western-balkans-home-affairs-ministerial/" in meetings
    for meeting in meetings:
        assert STATEMENT in links_of(built_site, meeting)
    page = (built_site / "meetings/2018-10-04-eu-western-balkans-home-affairs-ministerial/index.html").read_text()
    assert "4–5 October 2018" in page and "Tirana" in page


def test_person_page_uses_registry_spelling(built_site: Path):
    page = (built_site / "people/dragan-mektic/index.html").read_text(encoding="utf-8")
    assert "Dragan Mektić" in page and "Bosnia and Herzegovina" in page


def test_index_pages_list_every_entity(built_site: Path):
    for index, pattern in (
        ("people/", r"people/[^/]+/"),
        ("themes/", r"themes/[^/]+/"),
        ("meetings/", r"meetings/[^/]+/"),
        ("countries/", r"countries/[^/]+/"),
    ):
        listed = {u for u in links_of(built_site, index) if re.fullmatch(pattern, u)}
        on_disk = {p.parent.relative_to(built_site).as_posix() + "/" for p in (built_site / index).glob("*/index.html")}
        assert listed == on_disk and listed
    assert STATEMENT in links_of(built_site, "index.html")


def test_two_builds_are_byte_identical(built_site: Path, site_content: Path, tmp_path: Path):
    from conftest import run_build

    again = tmp_path / "again"
    assert run_build(site_content, again).returncode == 0

    # Pagefind names and orders its index fragments differently on each run (same pages, same
    # results); every file this project writes itself is compared byte for byte.
    def files(root: Path) -> dict:
        return {
            p.relative_to(root): p.read_bytes()
            for p in root.rglob("*")
            if p.is_file() and p.relative_to(root).parts[0] != "pagefind"
        }

    first, second = files(built_site), files(again)
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []
    counts = [
        json.loads((root / "pagefind/all/pagefind-entry.json").read_text())["languages"]["en"]["page_count"]
        for root in (built_site, again)
    ]
    assert counts[0] == counts[1] > 0


def test_the_build_writes_nothing_outside_its_output_folder(built_site: Path):
    from conftest import ROOT

    assert not (ROOT / "pagefind").exists()  # Pagefind once wrote a second copy of its index into the cwd
