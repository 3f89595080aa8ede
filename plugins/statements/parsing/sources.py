"""Raw statement files: bytes to text, and the editor's header split from the body."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .patterns import compile_factored

STATEMENT_EXTENSIONS = (".txt", ".md")
SIDECAR_SUFFIX = ".meta.yaml"
MAX_BYTES = 20 * 1024 * 1024  # larger files are refused, not truncated: say so instead
HEADER_LINE_RE = compile_factored(r"^([A-Za-z][A-Za-z_ -]{0,30}):\s*(.*)$")


class SourceError(Exception):
    """A file that cannot be read as a statement; the message says what to do."""


@dataclass(frozen=True)
class Source:
    path: str
    text: str  # the statement text, header removed, line ends normalised
    header: tuple[tuple[str, str], ...] = ()  # editor's fields from a Markdown header, in order
    body_offset: int = 0  # raw line number (0-based) where `text` starts
    encoding: str = "utf-8"
    markdown: bool = False


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Return (text, encoding). UTF-8 (with or without BOM) first, then Windows-1252."""
    if b"\x00" in data[:8192]:
        raise SourceError(
            f"{path}: looks like a binary file (NUL bytes), not a text statement. "
            "Save it as plain text (UTF-8) or remove it from content/."
        )
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")


def split_header(text: str) -> tuple[list[tuple[str, str]], str, int]:
    """Split a Pelican-style `Key: value` header (up to the first blank line) from the body."""
    lines = text.split("\n")
    header: list[tuple[str, str]] = []
    for i, line in enumerate(lines):
        if not line.strip():
            if header:
                return header, "\n".join(lines[i + 1 :]), i + 1
            continue
        m = HEADER_LINE_RE.match(line)
        if not m:
            break
        header.append((m.group(1).strip().lower(), m.group(2).strip()))
    return [], text, 0


def read_source(path: Path | str) -> Source:
    """Read one statement file. Raises SourceError with a message for the editor."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise SourceError(f"{p}: cannot be read ({exc.strerror or exc}). Check the file's permissions.") from exc
    if len(data) > MAX_BYTES:
        raise SourceError(
            f"{p}: is {len(data) // 1_000_000} MB, more than a statement can be "
            f"({MAX_BYTES // 1_000_000} MB). Split it or remove it from content/."
        )
    text, encoding = decode_bytes(data, str(p))
    text = normalise_newlines(text)
    if not text.strip():
        raise SourceError(f"{p}: is empty. Paste the statement's text into it or remove it.")
    if p.suffix.lower() == ".md":
        header, body, offset = split_header(text)
        return Source(str(path), body, tuple(header), offset, encoding, markdown=True)
    return Source(str(path), text, (), 0, encoding)


def _is_candidate(f: Path) -> bool:
    # a dangling link is kept, so that reading it reports the problem instead of skipping it
    return (f.is_file() or f.is_symlink()) and not f.name.startswith(".") and not f.name.lower().startswith("readme")


def find_statement_files(paths: list[str] | list[Path]) -> list[Path]:
    """Expand directories to the statement files inside them, sorted; keep files as given."""
    found: list[Path] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            found.extend(
                sorted(f for f in p.rglob("*") if _is_candidate(f) and f.suffix.lower() in STATEMENT_EXTENSIONS)
            )
        else:
            found.append(p)
    return found


def find_other_files(folder: Path) -> list[Path]:
    """Files in a statements folder that are neither statements nor sidecars: reported, never ignored."""
    return sorted(
        f
        for f in folder.rglob("*")
        # (the names first: the statements, thousands of them, need no look at the disk here)
        if f.suffix.lower() not in STATEMENT_EXTENSIONS and not f.name.endswith(SIDECAR_SUFFIX) and _is_candidate(f)
    )
