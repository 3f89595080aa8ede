"""Browser tests: Debian's Chromium, driven by Playwright, on the generated archive served on 127.0.0.1.

Each page kind loads, its key links lead where they say, axe-core finds no violation (light and dark),
nothing is requested from another host, nothing overflows at 360 px, the pages work without JavaScript
and print without their navigation. Screenshots at 375 and 1280 px go to test-artifacts/screenshots/.
Without /usr/bin/chromium (or $CHROMIUM) the tests are skipped with a message saying what to install.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import pytest

from conftest import CHROMIUM, NO_BROWSER, ROOT, Visit

SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
WIDTHS = (375, 1280)

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=NO_BROWSER)

# page kind → how to find it: a URL, or (page kind to start from, CSS selector of the link to follow)
PAGES: dict[str, str | tuple[str, str]] = {
    "home": "",
    "meeting": ("home", "section[aria-labelledby=recent-h] a"),
    "statement": ("meeting", "section[aria-labelledby=held-h] ol.statements a"),
    "theme": ("statement", "section[aria-labelledby=themes-h] a"),
    "country": ("statement", ".signatories .where a[href*='countries/']"),
    "organisation": ("statement", ".signatories a[href*='organisations/']"),
    "year": ("statement", ".breadcrumbs a[href*='years/']"),
    "statements": "statements/",
    "people": "people/",
    "themes": "themes/",
    "meetings": "meetings/",
    "countries": "countries/",
    "organisations": "organisations/",
    "years": "years/",
    "search": "search/?q=ministers",
    "guide": "guide/",
}


@pytest.fixture(scope="session")
def urls(browser: object, base_url: str) -> dict[str, str]:
    """Site-relative URL of one page of each kind, found by following the site's own links."""
    v = Visit(browser, base_url)
    found: dict[str, str] = {}
    for kind, how in PAGES.items():
        if isinstance(how, str):
            found[kind] = how
            continue
        start, selector = how
        v.open(found[start])
        href = v.page.locator(selector).first.get_attribute("href")
        assert href, f"no link '{selector}' on the {start} page ({found[start]})"
        found[kind] = urljoin(urljoin(base_url, found[start]), href)[len(base_url) :]
    # the busiest person: most statements, so their list runs over several pages
    v.open("people/")
    found["person"] = v.page.evaluate("""() => {
        const rows = [...document.querySelectorAll('.index li')];
        rows.sort((a, b) => +b.querySelector('.count').textContent - +a.querySelector('.count').textContent);
        return rows[0].querySelector('a').getAttribute('href');
    }""").replace("../", "")
    found["person-page-2"] = found["person"] + "page/2/"
    v.close()
    return found


KINDS = [*PAGES, "person", "person-page-2"]


@pytest.mark.parametrize("kind", KINDS)
def test_page_loads_fits_360_px_and_is_screenshot_at_two_widths(kind: str, urls: dict[str, str], visit) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    v = visit(viewport={"width": 360, "height": 800})
    page = v.open(urls[kind])
    assert page.locator("h1").count() == 1 and page.locator("h1").inner_text().strip()
    overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{urls[kind]} is {overflow} px wider than a 360 px screen"
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        shot = SCREENSHOTS / f"{kind}-{width}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 5_000
    assert v.foreign == [], f"requests to other hosts: {v.foreign}"


DARK = ("home", "statement", "person", "theme", "meeting")  # the page kinds with the most colour


@pytest.mark.parametrize(("kind", "scheme"), [(k, "light") for k in KINDS] + [(k, "dark") for k in DARK])
def test_axe_finds_no_accessibility_violation(kind: str, scheme: str, urls: dict[str, str], visit) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page = visit(viewport={"width": 1280, "height": 900}, color_scheme=scheme).open(urls[kind])
    results = Axe().run(page, options={"resultTypes": ["violations"]})
    assert results.violations_count == 0, results.generate_report()


def test_key_links_lead_where_they_say(urls: dict[str, str], visit) -> None:
    page = visit().open("")
    meeting = page.locator("section[aria-labelledby=recent-h] a").first
    name = meeting.inner_text()
    meeting.click()
    assert page.locator("h1").inner_text() == name
    statement = page.locator("section[aria-labelledby=held-h] ol.statements a").first
    title = statement.inner_text()
    statement.click()
    assert page.locator("h1").inner_text() == title
    slug = urlsplit(page.url).path.rstrip("/").rsplit("/", 1)[-1]
    assert "Cite this statement" in page.locator(".cite").inner_text() and title in page.locator(".cite").inner_text()

    signer = page.locator(".signatories .who a").first
    who = signer.inner_text()
    signer.click()
    assert page.locator("h1").inner_text() == who
    assert page.locator(f".statements a[href$='/{slug}/']").count() == 1  # the statement is on their page
    page.go_back()

    theme = page.locator("section[aria-labelledby=themes-h] a").first
    label = theme.inner_text()
    theme.click()
    assert page.locator("h1").inner_text() == label and page.locator(".chart .bar").count() >= 2
    page.go_back()

    page.locator(".neighbours a[rel=prev]").click()
    assert page.locator(".neighbours a[rel=next]").count() == 1  # and back again
    page.locator(".neighbours a[rel=next]").click()
    assert urlsplit(page.url).path.endswith(f"/{slug}/")


def test_a_long_list_pages_on_and_back(urls: dict[str, str], visit) -> None:
    page = visit().open(urls["person"])
    name = page.locator("h1").inner_text()
    page.locator(".pager a[rel=next]").click()
    assert page.url.endswith(urls["person-page-2"])
    assert page.locator(".breadcrumbs [aria-current=page]").inner_text() == "Page 2"
    assert page.locator("h1").inner_text() == name
    page.locator(".breadcrumbs a", has_text=name).click()
    assert page.url.endswith(urls["person"])


def test_the_search_box_sends_the_query_to_the_search_page(urls: dict[str, str], visit) -> None:
    page = visit().open(urls["statement"])
    page.fill("input[name=q]", "border management")
    with page.expect_request(lambda r: "q=" in r.url) as request:
        page.press("input[name=q]", "Enter")
    sent = urlsplit(request.value.url)
    assert sent.path == "/search/" and sent.query == "q=border+management"


def test_everything_is_browsable_without_javascript(urls: dict[str, str], visit) -> None:
    page = visit(java_script_enabled=False).open(urls["person"])
    more = page.locator("details.more").first
    assert not more.evaluate("d => d.open")
    more.locator("summary").click()  # native disclosure, no script
    assert more.evaluate("d => d.open") and more.locator("li").first.is_visible()
    page.locator(".pager a[rel=next]").click()
    assert page.url.endswith(urls["person-page-2"])


def test_print_leaves_out_navigation_and_keeps_the_text(urls: dict[str, str], visit) -> None:
    page = visit().open(urls["statement"])
    page.emulate_media(media="print")
    assert page.locator("header.site .sections").is_hidden() and page.locator("form.search").is_hidden()
    assert page.locator(".breadcrumbs").is_hidden() and page.locator(".neighbours").is_hidden()
    assert page.locator(".text p").first.is_visible() and page.locator(".cite").is_visible()


def test_dark_mode_follows_the_system_setting(urls: dict[str, str], visit) -> None:
    def background(scheme: str) -> list[int]:
        page = visit(color_scheme=scheme).open(urls["statement"])
        rgb = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
        return [int(x) for x in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3]]

    assert sum(background("light")) > 600 and sum(background("dark")) < 150
