"""The generated archive (a few hundred statements) built with the real settings: every page kind exists,
long lists are paginated, every link resolves, and pages stay light and self-contained."""

from __future__ import annotations

import re
from pathlib import Path

from test_build import links_of

from statements.rendering.pagination import paginate

PAGE_KINDS = ("statements", "people", "themes", "meetings", "countries", "organisations", "years")


def html(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def test_every_page_kind_and_its_index_exist(generated_site: Path):
    for kind in PAGE_KINDS:
        pages = list((generated_site / kind).glob("*/index.html"))
        assert len(pages) >= 2, kind
        assert (generated_site / kind / "index.html").is_file()


def test_each_page_kind_is_reached_from_the_home_page_and_from_a_statement(generated_site: Path):
    home = links_of(generated_site, "index.html")
    assert {f"{kind}/" for kind in PAGE_KINDS} <= home
    statement = next(u for u in home if re.fullmatch(r"statements/\d{4}-[^/]+/", u))
    reached = {u.split("/")[0] for u in links_of(generated_site, statement) if u.count("/") == 2}
    assert {"people", "themes", "years", "statements"} <= reached


def test_a_busy_person_s_statements_continue_on_page_two_and_back(generated_site: Path):
    paginated = sorted((generated_site / "people").glob("*/page/2/index.html"))
    assert paginated, "no person has more than one page of statements"
    person = paginated[0].parent.parent.parent.relative_to(generated_site).as_posix() + "/"
    assert f"{person}page/2/" in links_of(generated_site, person)
    assert person in links_of(generated_site, f"{person}page/2/")
    first = html(generated_site, person)
    from conftest import SETTINGS

    per_page = SETTINGS["STATEMENTS_PER_PAGE"]
    assert "Signed together with" in first and f"Statements 1–{per_page} of" in first
    assert f'start="{per_page + 1}"' in html(generated_site, f"{person}page/2/")  # numbering goes on


def test_every_internal_link_of_the_generated_site_resolves(generated_site: Path):
    broken = []
    for page in generated_site.rglob("*.html"):
        rel = page.relative_to(generated_site).as_posix()
        for url in links_of(generated_site, rel):
            target = generated_site / url
            if not (target.is_file() or (target / "index.html").is_file()):
                broken.append(f"{rel} → {url}")
    assert broken == []


def test_a_statement_page_with_its_stylesheet_stays_under_60_kb(generated_site: Path):
    css = (generated_site / "static/css/site.css").stat().st_size
    largest = max((generated_site / "statements").glob("*/index.html"), key=lambda p: p.stat().st_size)
    assert largest.stat().st_size + css < 60_000, f"{largest}: {largest.stat().st_size} + {css} bytes"


def test_pages_load_nothing_from_other_hosts_and_need_no_script(generated_site: Path):
    resource = re.compile(r"<(?:link|script|img|iframe|source)\b[^>]*\b(?:href|src)=\"(?://|https?:)", re.IGNORECASE)
    for page in generated_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not resource.search(text), page
        if page.relative_to(generated_site).parts[0] != "search":  # the search page says so without script
            assert "<script" not in text, page


def test_every_page_has_breadcrumbs_the_search_box_and_the_citation_footer(generated_site: Path):
    for page in list(generated_site.rglob("index.html"))[::25]:
        text = page.read_text(encoding="utf-8")
        assert 'aria-label="Breadcrumb"' in text, page
        assert re.search(r'<form[^>]+role="search"[^>]+action="[^"]*search/"', text), page
        assert 'name="q"' in text and "How to cite" in text and "Reuse" in text, page


def test_statement_text_is_escaped_not_interpreted(tmp_path: Path):
    from conftest import run_build

    (tmp_path / "statements").mkdir()
    (tmp_path / "statements" / "x.txt").write_text(
        "Joint statement by Commissioner for Trade Ana NOVAK on <script>alert(1)</script> trade\n\n"
        "Brussels, 3 March 2020\n\nTrade & tariffs <b>matter</b>.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert run_build(tmp_path, out).returncode == 0
    page = next((out / "statements").glob("*/index.html")).read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page and "Trade &amp; tariffs" in page
    assert "<b>matter" not in page  # formatting markup pasted from a web page is dropped, never interpreted


def test_pagination_writes_page_two_on_at_the_paginated_url():
    pages = paginate(
        list(range(60)),
        25,
        "people/ana/",
        "people/ana/index.html",
        {"PAGINATED_URL": "{url}page/{number}/", "PAGINATED_SAVE_AS": "{url}page/{number}/index.html"},
    )
    assert [p[0] for p in pages] == [
        "people/ana/index.html",
        "people/ana/page/2/index.html",
        "people/ana/page/3/index.html",
    ]
    last = pages[-1][1]
    assert (last.first, last.last, last.total, last.previous_url, last.next_url) == (
        51,
        60,
        60,
        "people/ana/page/2/",
        None,
    )
    assert list(pages[-1][2]) == list(range(50, 60))


def test_many_pages_show_the_first_last_and_nearby_page_links_with_gaps():
    pages = paginate(list(range(500)), 25, "themes/x/", "themes/x/index.html", {})
    links = [n for n, _ in pages[9][1].links()]
    assert links == [1, None, 8, 9, 10, 11, 12, None, 20]


def test_the_quick_escape_gives_what_markupsafes_escape_gives_and_templates_print_the_same():
    from jinja2 import DictLoader, Environment
    from markupsafe import Markup, escape

    from statements.rendering.filters import QuickEscapeTemplate, quick_escape

    values = ["", "plain", "<b>&'\"</b>", "Šefčovič & Mektić", Markup("<a href='x'>y</a>"), 0, 42, -7, 1.5, None, True]
    for value in values:
        assert quick_escape(value) == escape(value) and type(quick_escape(value)) is Markup, value
    source = "{% macro m(x) %}<i>{{ x }}</i>{% endmacro %}{{ a }} {{ m(a) }} {{ n }} {{ b }} {{ a ~ b }}"
    rendered = []
    for template_class in (None, QuickEscapeTemplate):
        env = Environment(loader=DictLoader({"t": source}), autoescape=True)
        if template_class:
            env.template_class = template_class
        template = env.get_template("t")
        assert (template.root_render_func.__globals__["escape"] is quick_escape) == bool(template_class)
        rendered.append(template.render(a="<x & y>", n=3, b=Markup("<br>")))
    assert rendered[0] == rendered[1] == "&lt;x &amp; y&gt; <i>&lt;x &amp; y&gt;</i> 3 <br> &lt;x &amp; y&gt;<br>"
