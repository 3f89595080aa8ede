"""Parse CPU per statement: one process, no Pelican, best of several passes over generated statements.

The build's read stage is this parse on two cores, so a parser rule's cost shows here first, without the
machine's noise in a whole build. Compare two checkouts of the parser by running this once from each, in turn:

    .venv/bin/python benchmarks/parse_cpu.py                      # this checkout
    .venv/bin/python benchmarks/parse_cpu.py --plugins ../old/plugins
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="parse_cpu", description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=10_000, help="size of the generated archive")
    parser.add_argument("--every", type=int, default=8, help="parse every Nth statement")
    parser.add_argument("--passes", type=int, default=5, help="passes; the best is reported")
    parser.add_argument("--plugins", type=Path, default=ROOT / "plugins", help="the parser to measure")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.plugins.resolve()))
    sys.path.insert(0, str(ROOT / "tests"))
    from generate_archive import generate_archive

    from statements.parsing import load_knowledge, parse_file
    from statements.rendering.reading import _warm_up

    with tempfile.TemporaryDirectory() as work:
        archive = generate_archive(args.statements, Path(work))
        files = sorted((archive / "statements").glob("*.txt"))[:: args.every]
        # the archive's people and themes registries, as a build reads them: names resolve against them
        knowledge, _ = load_knowledge(archive / "data")
        _warm_up(knowledge)  # the tables a build builds once before its workers fork
        best = float("inf")
        for _ in range(args.passes):
            start = time.process_time()
            for path in files:
                parse_file(path, knowledge, source=path.name)
            best = min(best, time.process_time() - start)
    print(
        f"{args.plugins}: {best * 1000 / len(files):.2f} ms per statement (best of {args.passes}, {len(files)} statements, the archive's registries)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
