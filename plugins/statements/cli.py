"""`statements parse --json PATH...`: the parser on the command line, one JSON object per file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .parsing import SourceError, find_statement_files, load_knowledge, parse_file


def _default_data_dir() -> Path | None:
    for candidate in (Path("content/data"), Path("data")):
        if candidate.is_dir():
            return candidate
    return None


def _error_object(path: Path, message: str) -> dict:
    return {
        "source": str(path),
        "title": "",
        "date": None,
        "language": None,
        "signatories": [],
        "topics": [],
        "meetings": [],
        "warnings": [message],
        "identifiers": [],
        "aligned": [],
        "publisher": None,
    }


def cmd_parse(args: argparse.Namespace) -> int:
    data_dir = Path(args.data) if args.data else _default_data_dir()
    knowledge, problems = load_knowledge(data_dir)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    files = find_statement_files(args.paths)
    results = []
    status = 0
    for path in files:
        try:
            statement = parse_file(path, knowledge, source=str(path))
            results.append(statement.to_dict())
        except SourceError as exc:
            results.append(_error_object(path, str(exc)))
            print(f"error: {exc}", file=sys.stderr)
            status = 1
    if args.json:
        json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for r in results:
            who = "; ".join(s["name"] or s["country"] or s["organisation"] or "?" for s in r["signatories"])
            print(f"{r['source']}\n  {r['date'] or 'no date'} | {r['language']} | {r['title'][:90]}\n  signed: {who}")
            for w in r["warnings"]:
                print(f"  warning: {w}")
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="statements", description="Joint statements archive tools.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse raw statements and print what was found")
    p.add_argument("paths", nargs="+", help="statement files or folders of them")
    p.add_argument("--json", action="store_true", help="print a JSON array, one object per file")
    p.add_argument("--data", help="folder with people.yaml and themes.yaml (default: content/data if present)")
    p.set_defaults(func=cmd_parse)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
