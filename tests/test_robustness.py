"""Bad input never breaks the build, nothing is lost, nothing unsafe is published.

The fixtures in tests/fixtures/robustness/ are copied into a fresh archive together with the
files too awkward to commit (binary, 5 MB, a 100,000-character line, an unreadable file), and the
archive is built once with the real settings.
"""

from __future__ import annotations

import re
import shutil
from html import unescape
from pathlib import Path

import pytest

from conftest import CHROMIUM, FIXTURES, NO_BROWSER, run_build

GENERATED = ("binary.txt", "five-megabytes.txt", "long-line.txt", "unreadable.txt")


@pytest.fixture(scope="session")
def robust(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    content = tmp_path_factory.mktemp("robust-content")
    statements = content / "statements"
    shutil.copytree(FIXTURES / "robustness", statements)
    (statements / "binary.txt").write_bytes(bytes(range(256)) * 40)
    paragraph = "The ministers discussed migration, trade and energy in the region at length. " * 12
    (statements / "five-megabytes.txt").write_text(
        "A very long statement\n\nBrussels, 1 June 2020\n\n" + (paragraph + "\n\n") * 5500, encoding="utf-8"
    )
    (statements / "long-line.txt").write_text(
        "A statement on one line\n\nBrussels, 2 June 2020\n\n" + "word " * 20_000 + "\n", encoding="utf-8"
    )
    (statements / "unreadable.txt").symlink_to(statements / "no-such-file")
    output = tmp_path_factory.mktemp("robust-site")
    result = run_build(content, output)
    return content, output, result.stdout + result.stderr + f"\nexit {result.returncode}"


def statement_pages(output: Path) -> list[Path]:
    return [p for p in (output / "statements").glob("*/index.html")]


def test_the_build_finishes(robust):
    _, _, log = robust
    assert log.endswith("exit 0"), log


def test_every_input_is_published_or_named_in_the_report(robust):
    content, output, log = robust
    inputs = sorted(p.name for p in (content / "statements").iterdir())
    m = re.search(r"build report: (\d+) statements published from (\d+) files", log)
    assert m, log
    published, files = int(m.group(1)), int(m.group(2))
    not_published = (
        re.findall(r"^\s{4}(\S+?): ", log.split("NOT published:")[-1], re.MULTILINE) if "NOT published" in log else []
    )
    assert sorted(Path(p).name for p in not_published) == [
        "binary.txt",
        "empty.txt",
        "unreadable.txt",
        "whitespace.txt",
    ]
    assert files + len(not_published) == len(inputs)  # reconciled: nothing disappears silently
    assert published == len(statement_pages(output)) == files - 1  # the duplicate pair is one page


def test_report_says_what_to_do(robust):
    _, _, log = robust
    assert "binary" in log and "Save it as plain text" in log
    assert "is empty" in log and "cannot be read" in log


def test_no_raw_html_from_statement_text_reaches_a_page(robust):
    _, output, _ = robust
    pages = "\n".join(p.read_text(encoding="utf-8") for p in statement_pages(output))
    for raw in (
        "<script>alert",
        "<script>document",
        "<img src=x",
        "<iframe",
        'href="javascript:',
        "<style>body",
        "<b onmouseover",
    ):
        assert raw not in pages
    assert "&lt;script&gt;" in pages  # shown as text, so a reader sees what the source contained


def test_every_page_forbids_inline_script(robust):
    _, output, _ = robust
    for page in output.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "Content-Security-Policy" in html and "script-src 'self'" in unescape(html)
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), page


def test_encodings_and_line_ends_are_read(robust):
    _, output, _ = robust
    pages = {p.parent.name: p.read_text(encoding="utf-8") for p in statement_pages(output)}
    assert any("Déclaration conjointe des ministres" in html for html in pages.values())
    assert any(name.endswith("joint-statement-with-a-bom-and-windows-line-ends") for name in pages)


def test_greek_title_gets_a_transliterated_url(robust):
    _, output, _ = robust
    greek = [
        p.parent.name
        for p in statement_pages(output)
        if re.search(r"<h1[^>]*>Κοινή δήλωση", p.read_text(encoding="utf-8"))
    ]
    assert len(greek) == 1 and greek[0].isascii() and "koine" in greek[0]


def test_same_title_gets_distinct_urls_and_same_text_one_page(robust):
    _, output, _ = robust
    names = [p.parent.name for p in statement_pages(output)]
    western = [n for n in names if n.startswith("2019-06-05-joint-statement-on-the-western-balkans")]
    assert len(western) == 2
    baltic = [
        p
        for p in statement_pages(output)
        if re.search(r"<h1[^>]*>Joint statement on fisheries in the Baltic Sea", p.read_text(encoding="utf-8"))
    ]
    assert len(baltic) == 1
    html = baltic[0].read_text(encoding="utf-8")
    assert "duplicate-a.txt" in html and "duplicate-b.txt" in html


def test_huge_inputs_are_published_with_a_warning(robust):
    _, output, log = robust
    names = [p.parent.name for p in statement_pages(output)]
    assert any("a-very-long-statement" in n for n in names) and any("a-statement-on-one-line" in n for n in names)
    assert "unusually long" in log


def test_undated_conflicting_and_future_dates_are_flagged(robust):
    _, _, log = robust
    assert re.search(r"no-date.txt: .*no year", log)
    assert re.search(r"conflicting-dates.txt: .*source line says 2017-09-15", log)
    assert re.search(r"future-date.txt: .*in the future", log)


@pytest.mark.skipif(not CHROMIUM.exists(), reason=NO_BROWSER)
def test_a_statement_carrying_scripts_runs_none_in_a_browser(robust, browser):
    _, output, _ = robust
    page_path = next(p for p in statement_pages(output) if "script-alert-title" in p.parent.name)
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(page_path.as_uri())
    page.wait_for_load_state("load")
    assert page.evaluate("() => window.__scriptRan === undefined")  # neither <script> nor onerror ran
    assert dialogs == [] and page.title().startswith("Joint statement <script>")  # shown as text
    assert "<img src=x onerror" in page.inner_text("main")  # the reader sees what the source contained
    context.close()
