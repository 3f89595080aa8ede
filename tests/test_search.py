"""Search in a real Chromium: Pagefind's index of the generated archive, served on 127.0.0.1.

A surname typed without diacritics finds the person's statements, a theme filter narrows the
results, the URL restores a search, the page works under a GitHub Pages sub-path, and without
JavaScript it says so and points to the browse pages.
"""

from __future__ import annotations

import functools
import gzip
import json
import threading
import unicodedata
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import CHROMIUM, NO_BROWSER, _QuietHandler

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=NO_BROWSER)


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@pytest.fixture(scope="session")
def person_with_diacritics(generated_site: Path) -> dict:
    """The signatory with the most statements among those whose surname carries a diacritic."""
    people = json.loads(gzip.decompress((generated_site / "data/people.json.gz").read_bytes()))
    marked = [p for p in people if ascii_fold(p["name"].split()[-1]) != p["name"].split()[-1]]
    assert marked, "the generated archive should have names with diacritics"
    return max(marked, key=lambda p: len(p["statements"]))


def results(page) -> list[dict]:
    page.wait_for_selector(".search-ready")
    page.wait_for_function("() => /found|Type words/.test(document.querySelector('.search-status').textContent)")
    return page.evaluate("""() => [...document.querySelectorAll('.search-results li')].map(li => ({
        href: li.querySelector('a').getAttribute('href'), meta: li.querySelector('.meta').textContent,
        excerpt: li.querySelector('.excerpt').innerHTML}))""")


def found(page) -> int:
    return int(page.inner_text(".search-status").split()[0])


def test_a_surname_without_diacritics_finds_the_persons_statements(visit, person_with_diacritics: dict):
    surname = person_with_diacritics["name"].split()[-1]
    page = visit().open("search/")
    page.fill("#search-q", ascii_fold(surname))
    page.keyboard.press("Enter")  # keyboard only
    page.wait_for_function("() => /found/.test(document.querySelector('.search-status').textContent)")
    listed = results(page)
    assert found(page) >= len(person_with_diacritics["statements"]) > 0
    assert person_with_diacritics["name"] in listed[0]["meta"]  # title, date and signatories are shown
    assert "<mark>" in "".join(r["excerpt"] for r in listed)  # matched words highlighted
    assert parse_qs(urlsplit(page.url).query)["q"] == [ascii_fold(surname)]


def test_a_theme_filter_narrows_the_results_and_the_url_restores_them(visit):
    v = visit()
    page = v.open("search/?q=ministers")
    results(page)
    everything = found(page)
    box = page.locator(".search-filters fieldset:has(legend:text('Theme')) input").first
    label = page.locator(f"label[for='{box.get_attribute('id')}']").inner_text()
    box.check()
    page.wait_for_function(f"() => !document.querySelector('.search-status').textContent.startsWith('{everything} ')")
    narrowed = found(page)
    assert 0 < narrowed < everything
    assert int(label.rsplit("(", 1)[1].rstrip(")")) == narrowed  # the filter's count was right
    shared = page.url
    assert "theme=" in shared
    again = visit().open(shared[len(v.base_url) :])
    results(again)
    assert again.input_value("#search-q") == "ministers"
    assert again.locator(".search-filters input:checked").count() == 1
    assert found(again) == narrowed


@pytest.fixture(scope="session")
def subpath_url(generated_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The same site served under /repo/, as GitHub Pages serves a project site."""
    root = tmp_path_factory.mktemp("pages-root")
    (root / "repo").symlink_to(generated_site, target_is_directory=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/repo/"
    server.shutdown()
    server.server_close()


def test_search_works_under_a_sub_path(browser, subpath_url: str):
    context = browser.new_context()
    page = context.new_page()
    page.goto(subpath_url + "statements/")
    page.fill("header input[name=q]", "ministers")  # the header's search box on any page
    page.keyboard.press("Enter")
    listed = results(page)
    assert listed and all(r["href"].startswith("/repo/statements/") for r in listed)
    page.click(".search-results a >> nth=0")
    assert page.url.startswith(subpath_url + "statements/") and page.locator("h1").count() == 1
    context.close()


def test_without_javascript_the_page_says_so_and_points_to_browsing(browser, base_url: str):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "search/?q=ministers")
    notice = page.locator("noscript, .notice").first.inner_text()
    assert "JavaScript" in notice
    assert page.locator(".notice a[href*='statements/']").count() == 1
    context.close()
