"""Linking: statements gathered into one cross-referenced archive (people, themes, meetings, countries)."""

from .archive import Archive, Entry, Page, Urls, build_archive, country_slug, meeting_slug

__all__ = ["Archive", "Entry", "Page", "Urls", "build_archive", "country_slug", "meeting_slug"]
