"""Files written beside Pelican's pages: the site's public address, and writing text through Pelican's writer."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from pelican.utils import sanitised_join


@dataclass(frozen=True)
class Site:
    """What feeds, data files and structured data need to know about the site."""

    url: str  # SITEURL: "https://owner.github.io/repo" when publishing, "" for a local build
    name: str
    timezone: str = "UTC"

    @classmethod
    def from_settings(cls, settings: dict) -> Site:
        return cls(
            str(settings.get("SITEURL") or "").rstrip("/"),
            str(settings.get("SITENAME") or ""),
            str(settings.get("TIMEZONE") or "UTC"),
        )

    @property
    def absolute(self) -> bool:
        return self.url.startswith(("http://", "https://"))

    def link(self, path: str) -> str:
        """A site-relative path ('people/x/') as the public sees it: absolute once SITEURL is set,
        else left relative to the site's root (a local build may be opened from anywhere)."""
        return f"{self.url}/{path}" if self.url else path


def output_file(writer: Any, save_as: str) -> str:
    return sanitised_join(writer.output_path, save_as)


def is_written(writer: Any, save_as: str) -> bool:
    """Whether this build already wrote `save_as` (a page, a feed, a data file)."""
    return output_file(writer, save_as) in writer._written_files


def write_text(writer: Any, save_as: str, text: str) -> None:
    """Write through Pelican's writer, so two outputs claiming one path fail the build instead of
    one silently replacing the other (Pelican 4.12 has no public call for non-template files)."""
    path = output_file(writer, save_as)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with writer._open_w(path, "utf-8") as f:
        f.write(text)


def write_bytes(writer: Any, save_as: str, data: bytes) -> None:
    """As write_text, for a binary file: Pelican's writer claims the path (and fails on a second claim)."""
    path = output_file(writer, save_as)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    writer._open_w(path, "utf-8").close()
    with open(path, "wb") as f:
        f.write(data)


def make_page_dirs(writer: Any, save_as_paths: list[str]) -> set[str]:
    """Create the folder of every page before the page-writing processes start. Each page has a folder of its
    own (`statements/<slug>/index.html`); two processes creating thousands of folders side by side in one parent
    folder wait on each other in the kernel (on ext4, three to six times the system time of one process doing
    it alone), while writing a file into a folder of its own does not. Returns the folders, made."""
    folders = {os.path.dirname(output_file(writer, save_as)) for save_as in save_as_paths}
    for folder in sorted(folders):
        os.makedirs(folder, exist_ok=True)
    return folders
