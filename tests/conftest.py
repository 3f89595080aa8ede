"""Shared fixtures: the repository's paths, real Pelican builds of content/ (and `make publish`) and of a generated archive."""

from __future__ import annotations

import functools
import os
import runpy
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
FIXTURES = ROOT / "tests" / "fixtures"
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))  # Debian's; the browser tests need it
NO_BROWSER = (
    f"browser tests skipped: no Chromium at {CHROMIUM}. Install it with `apt-get install chromium` "
    "(or point $CHROMIUM at a Chromium binary)"
)
SEED = CONTENT / "statements" / "2018-06-19-commissioners-and-western-balkans-interior-ministers.txt"
SETTINGS = {k: v for k, v in runpy.run_path(str(ROOT / "pelican.conf.py")).items() if k.isupper()}
SUBPATH_SITEURL = "http://example.org/repo"  # a GitHub Pages project site lives under /repo/
BUILD_ENV = {**os.environ, "COLUMNS": "400"}  # Pelican's log lines unwrapped, so tests can read them
PELICAN = Path(sys.executable).parent / "pelican"
sys.path.insert(0, str(ROOT / "plugins"))


def fixture_archive(*extra_statements):
    """The archive of the seed and the publishing fixtures, as the build makes it, without Pelican."""
    from statements.linking import Urls, build_archive
    from statements.parsing import find_statement_files, load_knowledge, parse_file

    knowledge, _ = load_knowledge(CONTENT / "data")
    files = [SEED, *find_statement_files([FIXTURES / "site" / "statements"])]
    statements = [parse_file(f, knowledge, source=f"statements/{f.name}") for f in files]
    urls = Urls({k: v for k, v in SETTINGS.items() if k.endswith(("_URL", "_SAVE_AS"))})
    return build_archive([*statements, *extra_statements], urls)


def run_build(content: Path, output: Path, *extra: str) -> subprocess.CompletedProcess:
    """The same command `make html` runs, with the project's real settings file."""
    return subprocess.run(
        [str(PELICAN), str(content), "-o", str(output), "-s", str(ROOT / "pelican.conf.py"), *extra],
        cwd=ROOT,
        env=BUILD_ENV,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def run_publish(content: Path, output: Path, siteurl: str) -> subprocess.CompletedProcess:
    """`make publish`, as the Pages workflow runs it, with this interpreter's Pelican (-o: no reinstall)."""
    return subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-o",
            ".venv/.installed",
            "publish",
            f"SITEURL={siteurl}",
            f"INPUTDIR={content}",
            f"OUTPUTDIR={output}",
            f"PELICAN={PELICAN}",
        ],
        cwd=ROOT,
        env=BUILD_ENV,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.fixture(scope="session")
def site_content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """content/ plus the publishing fixtures: a statement whose title an editor corrected and which
    keeps two old URLs, an undated one signed by a person and two countries, and an editor's page."""
    content = tmp_path_factory.mktemp("content")
    shutil.copytree(CONTENT, content, dirs_exist_ok=True)
    shutil.copytree(FIXTURES / "site", content, dirs_exist_ok=True)
    return content


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory, site_content: Path) -> Path:
    output = tmp_path_factory.mktemp("site")
    result = run_build(site_content, output)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


@pytest.fixture(scope="session")
def published_site(tmp_path_factory: pytest.TempPathFactory, site_content: Path) -> Path:
    """`make publish` under a sub-path SITEURL: absolute URLs, feeds, sitemap."""
    output = tmp_path_factory.mktemp("published")
    result = run_publish(site_content, output, SUBPATH_SITEURL)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


GENERATED_STATEMENTS = 300  # enough for long lists, many co-signatories and paginated pages


@pytest.fixture(scope="session")
def generated_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated archive (tests/generate_archive.py) built with the real settings into a temp folder."""
    from generate_archive import generate_archive

    content = generate_archive(GENERATED_STATEMENTS, tmp_path_factory.mktemp("generated"))
    output = tmp_path_factory.mktemp("generated-site")
    result = run_build(content, output)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say once, at the end, that the browser tests did not run and how to make them run."""
    if not CHROMIUM.exists():
        terminalreporter.write_sep("!", NO_BROWSER, yellow=True, bold=True)


# --- the browser: Debian's Chromium driven by Playwright, against a site served on 127.0.0.1 ---

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def base_url(generated_site: Path) -> Iterator[str]:
    """The generated site over HTTP on a free port of 127.0.0.1, for as long as the session lasts."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(generated_site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: run `make test`")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Visit:
    """A browser context that refuses and records every request to a host other than the test server."""

    def __init__(self, browser: object, base_url: str, **options: object) -> None:
        self.base_url = base_url
        self.foreign: list[str] = []
        self.context = browser.new_context(**options)  # type: ignore[attr-defined]
        self.context.route("**/*", self._only_local)
        self.page = self.context.new_page()

    def _only_local(self, route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        if urlsplit(url).hostname == "127.0.0.1":
            route.continue_()  # type: ignore[attr-defined]
        else:
            self.foreign.append(url)
            route.abort()  # type: ignore[attr-defined]

    def open(self, path: str) -> object:
        response = self.page.goto(urljoin(self.base_url, path))
        assert response is not None and response.ok, f"{path}: HTTP {response.status if response else '?'}"
        return self.page

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser: object, base_url: str) -> Iterator:
    opened: list[Visit] = []

    def make(**options: object) -> Visit:
        opened.append(Visit(browser, base_url, **options))
        return opened[-1]

    yield make
    for v in opened:
        v.close()
