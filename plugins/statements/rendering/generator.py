"""Pelican glue: read every statement, build the archive, then write its pages."""

from __future__ import annotations

import logging
from collections import defaultdict
from pathlib import Path
from typing import Any

from pelican.generators import Generator

from ..linking import Archive, Urls, build_archive
from ..parsing import SourceError, find_statement_files, load_knowledge, parse_file
from .filters import FILTERS
from .pagination import paginate

logger = logging.getLogger(__name__)

INDEX_PAGES = {  # template name → setting holding where it is written
    "people": "PEOPLE_SAVE_AS", "themes": "THEMES_SAVE_AS", "meetings": "MEETINGS_SAVE_AS",
    "countries": "COUNTRIES_SAVE_AS", "organisations": "ORGANISATIONS_SAVE_AS", "years": "YEARS_SAVE_AS",
}
FEED_TEMPLATE = "person.atom.xml"


class StatementsGenerator(Generator):
    """Reads `STATEMENTS_PATHS` itself (Pelican's article generator would drop undated statements)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.env.filters.update(FILTERS)
        self.archive: Archive | None = None
        self.failures: list[str] = []

    def generate_context(self) -> None:
        content = Path(self.path)
        data_dir = content / self.settings.get("STATEMENTS_DATA_PATH", "data")
        knowledge, problems = load_knowledge(data_dir)
        self.context["SITE_ORIGIN"] = self.settings.get("SITEURL", "")  # absolute only when deployed with one
        for problem in problems:
            logger.warning("statements: %s", problem)
        dirs = [content / p for p in self.settings.get("STATEMENTS_PATHS", ["statements"])]
        files = find_statement_files([d for d in dirs if d.exists()])
        statements = []
        for path in files:
            rel = path.relative_to(content).as_posix()
            try:
                statements.append(parse_file(path, knowledge, source=rel))
            except SourceError as exc:
                self.failures.append(str(exc))
                logger.error("statements: %s", exc)
            except Exception as exc:  # a parser bug must not stop the build or hide the file
                self.failures.append(f"{rel}: could not be parsed ({type(exc).__name__}: {exc})")
                logger.error("statements: %s: could not be parsed (%s: %s); please report this with the file",
                             rel, type(exc).__name__, exc)
        self._report(statements)
        urls = Urls({k: v for k, v in self.settings.items() if k.endswith(("_URL", "_SAVE_AS"))})
        self.archive = build_archive(statements, urls, knowledge.people)
        self.context["archive"] = self.archive
        self.context["statement_failures"] = self.failures

    def _report(self, statements: list) -> None:
        """Warnings grouped by file; registry gaps grouped by name, so a repeat prints once."""
        unknown: dict[str, list[str]] = defaultdict(list)
        for st in statements:
            for w in st.warnings:
                if "not in the people registry" in w.message:
                    unknown[w.message].append(st.source)
                else:
                    logger.warning("statements: %s: %s", st.source, w)
        for message, sources in unknown.items():
            more = f" (and {len(sources) - 1} more)" if len(sources) > 1 else ""
            logger.warning("statements: %s%s: %s", sources[0], more, message)
        logger.info("statements: %d parsed, %d could not be read", len(statements), len(self.failures))

    def _write(self, writer: Any, save_as: str, template: str, **kwargs: Any) -> None:
        writer.write_file(save_as, self.get_template(template), self.context,
                          relative_urls=self.settings["RELATIVE_URLS"], template_name=template, **kwargs)

    def _write_paginated(self, writer: Any, url: str, save_as: str, template: str, entries: list, **kwargs: Any) -> None:
        per_page = int(self.settings.get("STATEMENTS_PER_PAGE", 25))
        for target, pagination, items in paginate(entries, per_page, url, save_as, self.settings):
            self._write(writer, target, template, entries=items, pagination=pagination, **kwargs)

    def _write_feed(self, writer: Any, archive: Archive, page: Any, entries: list) -> None:
        """An Atom feed per person; links are absolute when SITEURL is set, else relative to the feed."""
        if not self.settings.get("PERSON_FEED_SAVE_AS"):
            return
        writer.write_file(archive.urls.save_as("PERSON_FEED", page.slug), self.env.get_template(FEED_TEMPLATE), self.context,
                          relative_urls=not self.settings.get("SITEURL"), template_name=FEED_TEMPLATE,
                          page=page, entries=entries[: int(self.settings.get("FEED_MAX_ITEMS") or 20)])

    def generate_output(self, writer: Any) -> None:
        archive = self.archive
        if archive is None:
            return
        for entry in archive.entries:
            neighbours = archive.neighbours.get(entry.slug)
            self._write(writer, entry.save_as, "statement", entry=entry, statement=entry.statement,
                        previous=archive.by_slug.get(neighbours.previous or "") if neighbours else None,
                        next=archive.by_slug.get(neighbours.next or "") if neighbours else None,
                        related=archive.statements(archive.related.get(entry.slug, ())))
        paginated = {"person": archive.people, "theme": archive.themes, "country": archive.countries,
                     "organisation": archive.organisations, "year": archive.years}  # template → pages
        for template, pages in paginated.items():
            for p in pages.values():
                entries = archive.statements(p.statements)
                self._write_paginated(writer, p.url, p.save_as, template, entries, page=p)
                if template == "person":
                    self._write_feed(writer, archive, p, entries)
        for p in archive.meetings.values():
            self._write(writer, p.save_as, "meeting", page=p, links=archive.meeting_links.get(p.slug))
        for template, setting in INDEX_PAGES.items():
            if self.settings.get(setting):
                self._write(writer, self.settings[setting], template)
        if self.settings.get("STATEMENTS_SAVE_AS"):
            self._write_paginated(writer, self.settings.get("STATEMENTS_URL", "statements/"),
                                  self.settings["STATEMENTS_SAVE_AS"], "statements", list(archive.entries))
        self._write(writer, self.settings.get("INDEX_SAVE_AS", "index.html"), "index")
