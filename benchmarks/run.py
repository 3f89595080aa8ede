"""`make bench`: this project's full build against plain Pelican on the same generated statements.

For each size: generate an archive (tests/generate_archive.py, seeded), then
  (a) this project's `make html` build, search index included: cold (no output, no cache), unchanged
      rebuild, and rebuild after editing one statement;
  (b) plain Pelican on the same statements written as Markdown with Authors/Tags/Category, the
      `simple` theme and no plugins.
Prints wall time, statements per second, peak memory, output size and the ratio (a)/(b).
"""

from __future__ import annotations

import argparse
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "tests"))

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
    """Wall seconds, peak memory (MB) of the command's own process, and its stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if result.returncode:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{result.stdout}\n{result.stderr}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(after, before) / 1024, result.stderr


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
            f"Tags: {tags}\nCategory: statements\nSlug: {path.stem}\n\n{body}\n", encoding="utf-8")
        written += 1
    return written


def ours(archive: Path, out: Path, cache: Path) -> tuple[float, float, str]:
    pelican = str(Path(sys.executable).parent / "pelican")
    return run([pelican, str(archive), "-o", str(out), "-s", str(ROOT / "pelican.conf.py"),
                "--extra-settings", f'CACHE_PATH="{cache}"'], ROOT)


def report_value(log: str, pattern: str) -> str:
    m = re.search(pattern, log)
    return m.group(1) if m else "?"


def bench(n: int, work: Path) -> list[dict]:
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
        rows.append({"size": n, "build": f"ours, {label}", "wall": wall, "peak": peak, "out": size_mb(out),
                     "search": report_value(log, r"search (\d+\.\d) s"),
                     "own": report_value(log, r"this process peaked at (\d+) MB"),
                     "helpers": report_value(log, r"Pagefind at (\d+) MB")})
    plain = work / f"plain-{n}"
    count = write_plain_markdown(archive, plain / "content")
    (plain / "pelican.conf.py").write_text(PLAIN_SETTINGS, encoding="utf-8")
    pelican = str(Path(sys.executable).parent / "pelican")
    wall, peak, _ = run([pelican, "content", "-o", "output", "-s", "pelican.conf.py"], plain)
    rows.append({"size": n, "build": "plain Pelican", "wall": wall, "peak": peak, "out": size_mb(plain / "output"),
                 "search": "-", "own": f"{peak:.0f}", "helpers": "-", "articles": count})
    for f in ("out", "cache"):
        shutil.rmtree(locals()[f], ignore_errors=True)
    shutil.rmtree(plain, ignore_errors=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000])
    parser.add_argument("--work", help="folder for the archives and builds (default: a temporary one)")
    args = parser.parse_args(argv)
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="statements-bench-"))
    print(f"{'size':>6} {'build':<18} {'wall s':>7} {'stmts/s':>8} {'ratio':>6} {'search s':>8} "
          f"{'pelican MB':>10} {'workers+pagefind MB':>19} {'output MB':>9} {'MB/stmt':>8}")
    for n in args.sizes:
        rows = bench(n, work)
        plain = rows[-1]["wall"]
        for r in rows:
            ratio = r["wall"] / plain
            print(f"{r['size']:>6} {r['build']:<18} {r['wall']:>7.1f} {r['size'] / r['wall']:>8.0f} {ratio:>6.2f} "
                  f"{r['search']:>8} {r['own']:>10} {r['helpers']:>19} {r['out']:>9.0f} {r['out'] / r['size']:>8.3f}",
                  flush=True)
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
