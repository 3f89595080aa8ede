"""The generated archive (a few hundred statements) built with the real settings: every page kind exists,
long lists are paginated, every link resolves, and pages stay light and self-contained."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
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


PAGE_TEMPLATES = {  # what the theme's templates use: settings, SITEURL, page values, globals, an import with context
    "_partials.html": "{% macro home() %}<a href='{{ SITEURL }}/'>{{ SITENAME }}</a>{% endmacro %}",
    "page.html": """{% from "_partials.html" import home with context %}
        <html>
          {{ home() }}
          {% set ns = namespace(n=0) %}{% for i in range(3) %}{% set ns.n = ns.n + i %}{% endfor %}
          <p>{{ ns.n }} {{ output_file }} {{ localsiteurl }} {{ item(title) }}</p>

          <p>  {{ title }} &amp; {{ THEME_STATIC_DIR }}  </p>
        </html>
    """,
    "broken.html": "<p>\n{{ title.upper() // 0 }}\n</p>",
}


def _page_writer_and_pelicans(tmp_path: Path, relative_urls: bool):
    """A PageWriter and Pelican's own Writer, each on its own output folder, with the same templates and context."""
    from types import SimpleNamespace

    from jinja2 import Environment, FileSystemLoader, pass_context
    from pelican.writers import Writer

    from statements.rendering.generator import PageWriter

    (tmp_path / "templates").mkdir(parents=True)
    for name, source in PAGE_TEMPLATES.items():
        (tmp_path / "templates" / name).write_text(source, encoding="utf-8")
    env = Environment(loader=FileSystemLoader(tmp_path / "templates"), autoescape=True, trim_blocks=True)
    env.globals["item"] = pass_context(lambda context, title: f"[{title} at {context['SITEURL']}]")
    settings = {"RELATIVE_URLS": relative_urls, "PAGINATED_TEMPLATES": {}}
    context = {
        **settings,
        "SITENAME": "Archive",
        "SITEURL": "" if relative_urls else "https://example.org/repo",
        "THEME_STATIC_DIR": "static",
        "localsiteurl": "" if relative_urls else "https://example.org/repo",
    }
    generator = SimpleNamespace(
        settings=settings, context=context, get_template=lambda n: env.get_template(n + ".html")
    )
    lean = PageWriter(generator, Writer(str(tmp_path / "lean"), settings), folders=set())
    return lean, Writer(str(tmp_path / "pelican"), settings), generator


@pytest.mark.parametrize("relative_urls", [True, False])
def test_the_page_writer_writes_the_bytes_pelicans_writer_writes_and_sends_its_signal(tmp_path, relative_urls):
    from pelican.plugins import signals

    from statements.rendering.generator import unindented

    class Unindented:  # Pelican's writer renders a template; pages are written unindented
        def __init__(self, template):
            self.template = template

        def render(self, context):
            return unindented(self.template.render(context))

    pages = ["index.html", "people/ana/index.html", "people/ana/page/2/index.html"]  # (page 2: a folder not made yet)
    lean, pelicans, generator = _page_writer_and_pelicans(tmp_path, relative_urls)
    sent: list = []

    def note(path, context):
        sent.append((Path(path).relative_to(tmp_path).parts[1:], context))  # (without lean/ or pelican/)

    signals.content_written.connect(note)
    try:
        for save_as in pages:
            values = {"title": f"<{save_as}>"}
            template = Unindented(generator.get_template("page"))
            pelicans.write_file(
                save_as, template, generator.context, relative_urls=relative_urls, template_name="page", **values
            )
            lean.write(save_as, "page", values)
    finally:
        signals.content_written.disconnect(note)
    for save_as in pages:
        written = (f"{pelicans.output_path}/{save_as}", f"{lean.writer.output_path}/{save_as}")
        assert Path(written[0]).read_bytes() == Path(written[1]).read_bytes(), save_as
        assert written[1] in lean.writer._written_files
    home = "../../../../" if relative_urls else "https://example.org/repo/"  # (from people/ana/page/2/)
    assert Path(written[1]).read_text().startswith(f"<html>\n<a href='{home}'>Archive</a>\n<p>3 people/ana/")
    # the signal: the page's path, and its context as Pelican's writer sends it (and Jinja's globals)
    assert [p for p, _ in sent[::2]] == [p for p, _ in sent[1::2]] == [tuple(p.split("/")) for p in pages]
    for (_, theirs), (_, ours) in zip(sent[::2], sent[1::2]):
        assert theirs.items() <= ours.items()
        assert set(ours) - set(theirs) <= set(generator.get_template("page").globals)


def test_the_page_writer_fails_on_a_page_written_twice_and_shows_a_template_error_s_line(tmp_path: Path):
    import traceback

    from pelican.writers import FileOverwriteFailedError

    lean, _, _ = _page_writer_and_pelicans(tmp_path, relative_urls=True)
    lean.write("people/ana/index.html", "page", {"title": "Ana"})
    with pytest.raises(FileOverwriteFailedError, match="already written"):
        lean.write("people/ana/index.html", "page", {"title": "Ana again"})
    with pytest.raises(TypeError) as failed:
        lean.write("people/bob/index.html", "broken", {"title": "Bob"})
    frames = traceback.extract_tb(failed.value.__traceback__)
    assert (frames[-1].filename, frames[-1].lineno) == (str(tmp_path / "templates" / "broken.html"), 2)
