"""`make bench`: this project's full build against plain Pelican on the same generated statements.

For each size: generate an archive (tests/generate_archive.py, seeded), then
  (a) this project's `make html` build, search index included: cold (no output, no cache), unchanged
      rebuild, and rebuild after editing one statement;
  (b) plain Pelican on the same statements written as Markdown with Authors/Tags/Category, the
      `simple` theme and no plugins.
Prints wall time, statements per second, peak memory, output size and the ratio (a)/(b); then, with `--repeat N`
(default 3), N cold builds of each, alternating, and the ratio of their medians: one pair's ratio moves by about 5%
from run to run on a shared machine.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "tests"))

SEARCH_SECONDS = r"indexed in (\d+\.\d) s"  # Pagefind's own time; it runs beside the page writing
PLAIN_SETTINGS = """\
SITENAME = "Plain Pelican"
SITEURL = ""
PATH = "content"
THEME = "simple"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
RELATIVE_URLS = True
"""


def run(cmd: list[str], cwd: Path) -> tuple[float, float, str]:
    """Wall seconds, peak memory (MB) of the command's own process (GNU time), and its stderr."""
    started = time.perf_counter()
    result = subprocess.run(
        ["/usr/bin/time", "-f", "PEAK-KB %M", *cmd], cwd=cwd, capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - started
    if result.returncode:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{result.stdout}\n{result.stderr}")
    peak = re.search(r"PEAK-KB (\d+)", result.stderr)
    return wall, int(peak.group(1)) / 1024 if peak else float("nan"), result.stderr


def size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def write_plain_markdown(archive: Path, target: Path) -> int:
    """The same statements as Pelican articles: parsed once here, so both builds see the same metadata."""
    from statements.parsing import Knowledge, SourceError, find_statement_files, parse_file

    target.mkdir(parents=True)
    written = 0
    for path in find_statement_files([archive / "statements"]):
        try:
            st = parse_file(path, Knowledge())
        except SourceError:
            continue
        authors = "; ".join(s.name or s.country or s.organisation or "" for s in st.signatories if s.name or s.country)
        tags = "; ".join(t.label for t in st.topics)
        body = "\n\n".join(st.paragraphs)
        (target / f"{path.stem}.md").write_text(
            f"Title: {st.title}\nDate: {st.date or '2000-01-01'}\nAuthors: {authors or 'Unknown'}\n"
            f"Tags: {tags}\nCategory: statements\nSlug: {path.stem}\n\n{body}\n",
            encoding="utf-8",
        )
        written += 1
    return written


def ours(archive: Path, out: Path, cache: Path) -> tuple[float, float, str]:
    pelican = str(Path(sys.executable).parent / "pelican")
    return run(
        [
            pelican,
            str(archive),
            "-o",
            str(out),
            "-s",
            str(ROOT / "pelican.conf.py"),
            "--extra-settings",
            f'CACHE_PATH="{cache}"',
        ],
        ROOT,
    )


def search_bytes(site: Path, query: str = "migration") -> str:
    """Bytes the browser fetches from pagefind/ for one search, in Debian's Chromium; '-' without one."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        return "-"
    from playwright.sync_api import sync_playwright

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    fetched = 0
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(chromium), args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()

            def count(response) -> None:
                nonlocal fetched
                if "/pagefind/" in response.url:
                    fetched += len(response.body())

            page.on("response", count)
            page.goto(f"http://127.0.0.1:{server.server_port}/search/?q={query}")
            page.wait_for_function("() => /found/.test(document.querySelector('.search-status').textContent)")
            page.wait_for_timeout(500)
            browser.close()
    finally:
        server.shutdown()
    return f"{fetched / 1e3:.0f} kB"


def report_value(log: str, pattern: str) -> str:
    m = re.search(pattern, log)
    return m.group(1) if m else "?"


def bench(n: int, work: Path, repeat: int = 1) -> list[dict]:
    from generate_archive import generate_archive

    archive = work / f"archive-{n}"
    generate_archive(n, archive)
    rows = []
    out, cache = work / f"out-{n}", work / f"cache-{n}"
    for label in ("cold", "unchanged", "one edited"):
        if label == "one edited":
            # a sentence added after the title line: the statement's text changes, so its page and the index do
            edited = sorted((archive / "statements").glob("*.txt"))[n // 2]
            title, _, rest = edited.read_text(encoding="utf-8").partition("\n")
            edited.write_text(f"{title}\n\nThe ministers will meet again next year.\n{rest}", encoding="utf-8")
        wall, peak, log = ours(archive, out, cache)
        if label == "cold":
            index_mb, seconds = size_mb(out / "pagefind"), report_value(log, SEARCH_SECONDS)
            print(
                f"{n:>6} search index: {index_mb:.1f} MB on disk, {search_bytes(out)} fetched for one query "
                f"('migration'), indexed in {seconds} s",
                flush=True,
            )
        rows.append(
            {
                "size": n,
                "build": f"ours, {label}",
                "wall": wall,
                "peak": peak,
                "out": size_mb(out),
                "search": report_value(log, SEARCH_SECONDS) if "indexed in" in log else "kept",
                "stages": re.sub(r" s(,|$)", r"\1", report_value(log, r"time: ([^(\n]+)").strip()),
                "own": report_value(log, r"this process peaked at (\d+) MB"),
                "helpers": report_value(log, r"Pagefind at (\d+) MB"),
            }
        )
    plain = work / f"plain-{n}"
    count = write_plain_markdown(archive, plain / "content")
    (plain / "pelican.conf.py").write_text(PLAIN_SETTINGS, encoding="utf-8")
    pelican = str(Path(sys.executable).parent / "pelican")
    wall, peak, _ = run([pelican, "content", "-o", "output", "-s", "pelican.conf.py"], plain)
    # more cold pairs, alternating (each into folders of its own: deleting one first would slow the next build)
    cold, plains = [rows[0]["wall"]], [wall]
    for r in range(2, repeat + 1):
        cold.append(ours(archive, work / f"out-{n}-{r}", work / f"cache-{n}-{r}")[0])
        plains.append(run([pelican, "content", "-o", f"output-{r}", "-s", "pelican.conf.py"], plain)[0])
    if repeat > 1:
        print(
            f"{n:>6} cold pairs (ours / plain Pelican): "
            + ", ".join(f"{a:.1f}/{b:.1f}={a / b:.2f}" for a, b in zip(cold, plains))
            + f"; medians {statistics.median(cold):.1f} / {statistics.median(plains):.1f} s, "
            f"ratio of the medians {statistics.median(cold) / statistics.median(plains):.2f}, "
            f"median ratio {statistics.median(a / b for a, b in zip(cold, plains)):.2f}",
            flush=True,
        )
    rows.append(
        {
            "size": n,
            "build": "plain Pelican",
            "wall": wall,
            "peak": peak,
            "out": size_mb(plain / "output"),
            "search": "-",
            "own": f"{peak:.0f}",
            "helpers": "-",
            "articles": count,
            "stages": "-",
        }
    )
    # (each size's folders stay until the end: on ext4, a file created within a minute or so of a large deletion
    # makes the kernel step over every freed inode, a cost that would fall on the next size's first build)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000])
    parser.add_argument("--work", help="folder for the archives and builds (default: a temporary one)")
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="cold builds of each kind at each size, alternating ours and plain Pelican; the ratio is given per pair "
        "and for the medians (default 3: one pair moves by 5%% from run to run)",
    )
    args = parser.parse_args(argv)
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="statements-bench-"))
    print(
        f"{'size':>6} {'build':<18} {'wall s':>7} {'stmts/s':>8} {'ratio':>6} {'search s':>8} "
        f"{'pelican MB':>10} {'workers+pagefind MB':>19} {'output MB':>9} {'MB/stmt':>8}  stages (s)"
    )
    for n in args.sizes:
        rows = bench(n, work, args.repeat)
        plain = rows[-1]["wall"]
        for r in rows:
            ratio = r["wall"] / plain
            print(
                f"{r['size']:>6} {r['build']:<18} {r['wall']:>7.1f} {r['size'] / r['wall']:>8.0f} {ratio:>6.2f} "
                f"{r['search']:>8} {r['own']:>10} {r['helpers']:>19} {r['out']:>9.0f} {r['out'] / r['size']:>8.3f}"
                f"  {r['stages']}",
                flush=True,
            )
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
