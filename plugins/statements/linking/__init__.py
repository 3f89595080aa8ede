"""Linking: statements gathered into one cross-referenced archive (people, themes, meetings, countries)."""

from .archive import Archive, build_archive, build_entries, country_slug, meeting_slug, organisation_slug
from .model import Count, Entry, Facets, MeetingLinks, Neighbours, Numbers, Page, RolePeriod, Urls

__all__ = [
    "Archive",
    "Count",
    "Entry",
    "Facets",
    "MeetingLinks",
    "Neighbours",
    "Numbers",
    "Page",
    "RolePeriod",
    "Urls",
    "build_archive",
    "build_entries",
    "country_slug",
    "meeting_slug",
    "organisation_slug",
]
