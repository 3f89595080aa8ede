"""Shared fixtures: the repository's paths, a real Pelican build of content/ and one of a generated archive."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
FIXTURES = ROOT / "tests" / "fixtures"
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))  # Debian's; the browser tests need it
NO_BROWSER = (f"browser tests skipped: no Chromium at {CHROMIUM}. Install it with `apt-get install chromium` "
              "(or point $CHROMIUM at a Chromium binary)")
SEED = CONTENT / "statements" / "2018-06-19-commissioners-and-western-balkans-interior-ministers.txt"
sys.path.insert(0, str(ROOT / "plugins"))


def run_build(content: Path, output: Path, *extra: str) -> subprocess.CompletedProcess:
    """The same command `make html` runs, with the project's real settings file."""
    pelican = Path(sys.executable).parent / "pelican"
    return subprocess.run(
        [str(pelican), str(content), "-o", str(output), "-s", str(ROOT / "pelican.conf.py"), *extra],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("site")
    result = run_build(CONTENT, output)
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
