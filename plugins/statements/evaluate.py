"""`make evaluate`: the parser against hand-checked expectations, per field, precision and recall."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .parsing import Knowledge, SourceError, load_knowledge, parse_file
from .parsing.layout import fold


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, expected: set, found: set, where: str) -> None:
        self.tp += len(expected & found)
        self.fp += len(found - expected)
        self.fn += len(expected - found)
        if expected != found:
            self.misses.append(f"{where}: missing {sorted(expected - found)} extra {sorted(found - expected)}")

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Exact:
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, expected: object, found: object, where: str) -> None:
        self.total += 1
        if expected == found:
            self.right += 1
        else:
            self.misses.append(f"{where}: expected {expected!r}, got {found!r}")

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 1.0


def signatory_key(s: dict) -> str:
    if s.get("name"):
        return "person:" + fold(s["name"]).replace("-", " ")
    if s.get("country"):
        return "country:" + s["country"]
    return "organisation:" + (s.get("organisation") or s.get("role") or "?")


def _people_keys(items: list[dict]) -> set[str]:
    return {signatory_key(s) for s in items}


def _match_surnames(expected: set[str], found: set[str]) -> set[str]:
    """A surname-only name on one side matches the full name on the other."""
    out = set()
    for f in found:
        if f in expected or not f.startswith("person:"):
            out.add(f)
            continue
        surname = f.split()[-1]
        partner = [
            e
            for e in expected
            if e.startswith("person:")
            and e.split()[-1] == surname
            and (len(e.split()) == 1 or len(f.split()) == 1 or e.split(":")[1][:1] == f.split(":")[1][:1])
        ]
        out.add(partner[0] if partner else f)
    return out


def evaluate(folder: Path, knowledge: Knowledge) -> dict:
    exact = {k: Exact() for k in ("title", "date", "language", "publisher")}
    sets = {k: Tally() for k in ("signatories", "aligned", "meetings", "identifiers")}
    invented = []
    for expected_path in sorted(folder.glob("*.expected.json")):
        stem = expected_path.name[: -len(".expected.json")]
        text_path = next((p for p in folder.glob(stem + ".*") if p.suffix in (".txt", ".md")), None)
        if text_path is None:
            continue
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        try:
            found = parse_file(text_path, knowledge).to_dict()
        except SourceError as exc:
            found = {
                "title": "",
                "date": None,
                "language": None,
                "publisher": None,
                "signatories": [],
                "aligned": [],
                "meetings": [],
                "identifiers": [],
                "warnings": [str(exc)],
            }
        for key, tally in exact.items():
            if key in expected:
                tally.add(expected[key], found.get(key), stem)
        if expected.get("date") is None and found.get("date"):
            invented.append(stem)
        exp_people = _people_keys(expected.get("signatories", []))
        sets["signatories"].add(exp_people, _match_surnames(exp_people, _people_keys(found["signatories"])), stem)
        sets["aligned"].add(set(expected.get("aligned", [])), set(found["aligned"]), stem)
        sets["meetings"].add(
            {(m["relation"], m["date"]) for m in expected.get("meetings", [])},
            {(m["relation"], m["date"]) for m in found["meetings"]},
            stem,
        )
        sets["identifiers"].add(set(expected.get("identifiers", [])), set(found["identifiers"]), stem)
    return {"exact": exact, "sets": sets, "invented_dates": invented}


def figures(result: dict) -> dict[str, float]:
    out = {f"{k} exact": round(v.rate, 3) for k, v in result["exact"].items()}
    for k, v in result["sets"].items():
        out[f"{k} precision"] = round(v.precision, 3)
        out[f"{k} recall"] = round(v.recall, 3)
        out[f"{k} F1"] = round(v.f1, 3)
    out["dates invented"] = len(result["invented_dates"])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="statements-evaluate")
    parser.add_argument("folder", help="folder of NAME.txt + NAME.expected.json pairs")
    parser.add_argument("--data", help="registries to parse with (default: none, as for unseen statements)")
    parser.add_argument("--misses", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    knowledge, _ = load_knowledge(Path(args.data) if args.data else None)
    result = evaluate(Path(args.folder), knowledge)
    n = result["exact"]["title"].total
    print(f"{n} statements in {args.folder}")
    for name, value in figures(result).items():
        print(f"  {name:<24} {value}")
    if args.misses:
        for group in ("exact", "sets"):
            for key, tally in result[group].items():
                for miss in tally.misses:
                    print(f"[{key}] {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
