"""`make publish` and the GitHub Pages workflow: one settings file, a valid workflow, Pages' own files."""

from __future__ import annotations

import filecmp
import re
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT, SUBPATH_SITEURL, run_publish
from statements.rendering.hosting import custom_domain, hosting_files

WORKFLOW = ROOT / ".github/workflows/pages.yml"


def check_workflow(path: Path) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).parent / "check-jsonschema"
    return subprocess.run(
        [str(exe), "--builtin-schema", "vendor.github-workflows", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_workflow_is_valid_against_githubs_schema(tmp_path: Path):
    result = check_workflow(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr
    broken = tmp_path / "broken.yml"  # the check would catch a mistake: a job with no runner
    broken.write_text(WORKFLOW.read_text().replace("runs-on: ubuntu-latest", "runs_on: ubuntu-latest", 1))
    assert check_workflow(broken).returncode != 0


def test_workflow_builds_with_make_publish_and_deploys_with_the_pages_actions():
    workflow = yaml.safe_load(WORKFLOW.read_text())
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
    used = {s["uses"].split("@")[0] for s in steps if "uses" in s}
    assert {
        "actions/checkout",
        "actions/configure-pages",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
    } <= used
    runs = " ".join(s.get("run", "") for s in steps)
    assert re.search(r'make publish SITEURL="?\$\{\{ steps\.pages\.outputs\.base_url \}\}', runs)
    assert "make test" in runs
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}


def make_dry_run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["make", "--no-print-directory", "-n", "-o", ".venv/.installed", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_make_publish_is_make_html_plus_publishing_overrides():
    html = make_dry_run("html", "OUTPUTDIR=/tmp/site").stdout.strip()
    publish = make_dry_run("publish", "SITEURL=https://owner.github.io/repo/", "OUTPUTDIR=/tmp/site").stdout
    command = publish.strip().splitlines()[-1]
    assert command.startswith(html)  # the same command and settings file, with overrides after it
    overrides = command[len(html) :].split()
    assert overrides == [
        "--extra-settings",
        "SITEURL='\"https://owner.github.io/repo\"'",
        "RELATIVE_URLS=false",
        "STATEMENTS_FEEDS=true",
        "DELETE_OUTPUT_DIRECTORY=true",
    ]


def test_make_publish_without_siteurl_says_what_to_give():
    result = subprocess.run(
        ["make", "--no-print-directory", "-o", ".venv/.installed", "publish", "SITEURL="],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0 and "SITEURL=https://owner.github.io/repo" in result.stderr


def test_published_site_has_nojekyll_and_a_404_page_with_absolute_links(published_site: Path):
    assert (published_site / ".nojekyll").read_text() == ""
    page = (published_site / "404.html").read_text(encoding="utf-8")
    hrefs = re.findall(r'href="([^"]+)"', page)
    assert "Page not found" in page and hrefs
    # GitHub Pages serves it at any missing address, so a relative link would resolve from there
    assert all(h.startswith((SUBPATH_SITEURL, "#", "data:")) for h in hrefs), hrefs
    assert not (published_site / "CNAME").exists()  # STATEMENTS_CNAME is empty


def test_cname_comes_from_the_setting_as_a_bare_host():
    assert hosting_files({"STATEMENTS_CNAME": "https://Statements.Example.org/"})["CNAME"] == "statements.example.org\n"
    assert "CNAME" not in hosting_files({"STATEMENTS_CNAME": ""})
    assert "CNAME" not in hosting_files({"STATEMENTS_CNAME": "not a domain"})
    assert custom_domain("statements.example.org/path") is None


def test_two_builds_are_byte_identical_and_stale_files_go(published_site: Path, site_content: Path, tmp_path: Path):
    again = tmp_path / "again"
    (again / "statements/removed-long-ago").mkdir(parents=True)
    (again / "statements/removed-long-ago/index.html").write_text("stale", encoding="utf-8")
    result = run_publish(site_content, again, SUBPATH_SITEURL)
    assert result.returncode == 0, result.stderr
    assert not (again / "statements/removed-long-ago").exists()
    differ = []

    def walk(cmp: filecmp.dircmp) -> None:
        differ.extend(cmp.left_only + cmp.right_only + cmp.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        differ.extend(mismatch + errors)
        for sub in cmp.subdirs.values():
            walk(sub)

    # Pagefind's fragment names differ between runs (same pages indexed); test_build checks its page count
    walk(filecmp.dircmp(published_site, again, ignore=["pagefind"]))
    assert differ == []
