"""Pelican glue: read every statement, build the archive, then write its pages."""

from __future__ import annotations

import logging
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from jinja2 import pass_context
from markupsafe import Markup
from pelican.generators import Generator

from ..linking import Archive, Urls, build_archive
from ..parsing import find_other_files, find_statement_files, load_knowledge
from ..search import PendingIndex, index_page, start_search_index
from . import feeds, hosting, opendata, seo, structured
from .filters import FILTERS
from .output import Site
from .pagination import paginate
from .parallel import in_parallel
from .reading import parser_fingerprint, read_statements

logger = logging.getLogger(__name__)

INDEX_PAGES = {  # template name → the <KIND>_URL / <KIND>_SAVE_AS settings that place it
    "search": "SEARCH",
    "people": "PEOPLE",
    "themes": "THEMES",
    "meetings": "MEETINGS",
    "countries": "COUNTRIES",
    "organisations": "ORGANISATIONS",
    "years": "YEARS",
    "guide": "GUIDE",
}
PAGINATED_KINDS = {  # template → the archive's pages of that kind; their statement lists go on over pages
    "person": "people",
    "theme": "themes",
    "country": "countries",
    "organisation": "organisations",
    "year": "years",
}
NOT_FOUND_SAVE_AS = "404.html"  # where GitHub Pages looks for it


class Unindented:
    """A template whose pages are written without the templates' indentation and blank lines: a browser shows
    them the same (a line break still separates words; no page has <pre> or white-space: pre), and they are
    some 15% smaller."""

    def __init__(self, template: Any) -> None:
        self.template = template

    def render(self, *args: Any, **kwargs: Any) -> str:
        lines = (line.strip() for line in self.template.render(*args, **kwargs).split("\n"))
        return "\n".join(line for line in lines if line) + "\n"


class StatementsGenerator(Generator):
    """Reads `STATEMENTS_PATHS` itself (Pelican's article generator would drop undated statements)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.env.filters.update(FILTERS)
        self.env.globals["statement_item"] = self._statement_item
        self._items: dict[tuple[str, str], Markup] = {}
        self.archive: Archive | None = None
        self.failures: list[str] = []

    @pass_context
    def _statement_item(self, context: Any, entry: Any) -> Markup:
        """A statement's line in a list, rendered once per link depth: each statement is listed on many pages."""
        key = (entry.slug, context.get("SITEURL", ""))
        if key not in self._items:
            template = self.env.get_template("_statement_item.html")
            self._items[key] = Markup(template.render(e=entry, SITEURL=key[1]) + "\n")
        return self._items[key]

    def generate_context(self) -> None:
        started = time.perf_counter()
        content = Path(self.path)
        data_dir = content / self.settings.get("STATEMENTS_DATA_PATH", "data")
        knowledge, problems = load_knowledge(data_dir)
        self.context["SITE_ORIGIN"] = self.settings.get("SITEURL", "")  # absolute only when deployed with one
        for problem in problems:
            logger.warning("statements: %s", problem)
        dirs = [content / p for p in self.settings.get("STATEMENTS_PATHS", ["statements"])]
        files = find_statement_files([d for d in dirs if d.exists()])
        for folder in (d for d in dirs if d.exists()):
            for other in find_other_files(folder):
                rel = other.relative_to(content).as_posix()
                self.failures.append(
                    f"{rel}: not read, only .txt and .md files are statements "
                    "(and NAME.meta.yaml their corrections); save it as plain text"
                )
                logger.error("statements: %s", self.failures[-1])
        cache_file = None
        if self.settings.get("STATEMENTS_CACHE", True):
            cache_dir = Path(self.settings.get("CACHE_PATH") or "cache")
            cache_file = cache_dir / f"statements-{parser_fingerprint(data_dir)}.pickle"
        jobs = [(path, path.relative_to(content).as_posix()) for path in files]
        statements, failures, self.cached = read_statements(jobs, knowledge, cache_file)
        for failure in failures:
            self.failures.append(failure)
            logger.error("statements: %s", failure)
        self.timings = {"read": time.perf_counter() - started}
        self._report(statements)
        urls = Urls({k: v for k, v in self.settings.items() if k.endswith(("_URL", "_SAVE_AS"))})
        started = time.perf_counter()
        self.archive = build_archive(statements, urls, knowledge.people)
        self.timings["link"] = time.perf_counter() - started
        self.context["archive"] = self.archive
        self.context["statement_failures"] = self.failures
        self.context["archive_feed"] = feeds.archive_feed_path(self.settings)
        self.context["open_data_files"] = opendata.linked_files()

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
        first_with: dict[str, str] = {}
        for st in statements:  # the second gets '-2', which moves when files are added or renamed
            if st.slug in first_with:
                logger.warning(
                    "statements: %s: has the same URL slug as %s, so its URL depends on file order; "
                    "give it its own 'slug:' in a sidecar file",
                    st.source,
                    first_with[st.slug],
                )
            first_with.setdefault(st.slug, st.source)
        logger.info("statements: %d parsed, %d could not be read", len(statements), len(self.failures))

    def _write(self, writer: Any, save_as: str, template: str, **kwargs: Any) -> None:
        writer.write_file(
            save_as,
            Unindented(self.get_template(template)),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            template_name=template,
            **kwargs,
        )

    def _write_paginated(
        self, writer: Any, url: str, save_as: str, template: str, entries: list, **kwargs: Any
    ) -> None:
        per_page = int(self.settings.get("STATEMENTS_PER_PAGE", 25))
        for target, pagination, items in paginate(entries, per_page, url, save_as, self.settings):
            self._write(writer, target, template, entries=items, pagination=pagination, **kwargs)

    def generate_output(self, writer: Any) -> None:
        archive = self.archive
        if archive is None:
            return
        search = self._start_search_index(archive) if self.settings.get("STATEMENTS_SEARCH", True) else None
        try:
            self._write_pages(writer, archive)
        except BaseException:
            if search:
                search.cancel()
            raise
        if search:
            started = time.perf_counter()
            self._finish_search_index(search)
            self.timings["waiting for search"] = time.perf_counter() - started
        self._print_report()

    def _write_pages(self, writer: Any, archive: Archive) -> None:
        started = time.perf_counter()
        site = Site.from_settings(self.settings)

        def statement_page(entry: Any) -> None:
            neighbours = archive.neighbours.get(entry.slug)
            self._write(
                writer,
                entry.save_as,
                "statement",
                entry=entry,
                statement=entry.statement,
                previous=archive.by_slug.get(neighbours.previous or "") if neighbours else None,
                next=archive.by_slug.get(neighbours.next or "") if neighbours else None,
                related=archive.statements(archive.related.get(entry.slug, ())),
                **structured.statement_meta(entry, archive, site),
            )

        def entity_page(job: tuple[str, Any]) -> None:
            template, p = job
            if template == "meeting":
                self._write(
                    writer,
                    p.save_as,
                    "meeting",
                    page=p,
                    links=archive.meeting_links.get(p.slug),
                    feed_url=feeds.page_feed_path(self.settings, p),
                    **structured.page_meta(p, archive, site),
                )
                return
            self._write_paginated(
                writer,
                p.url,
                p.save_as,
                template,
                archive.statements(p.statements),
                page=p,
                feed_url=feeds.page_feed_path(self.settings, p),
                **structured.page_meta(p, archive, site),
            )

        entities = [
            (template, p) for template, kind in PAGINATED_KINDS.items() for p in getattr(archive, kind).values()
        ]
        entities += [("meeting", p) for p in archive.meetings.values()]
        in_parallel(list(archive.entries), statement_page)
        in_parallel(entities, entity_page)
        for template, save_as, path in self._index_pages():
            title = site.name if template == "index" else f"{template.capitalize()} — {site.name}"
            self._write(writer, save_as, template, **structured.index_meta(title, path, site))
        if self.settings.get("STATEMENTS_SAVE_AS"):
            url = self.settings.get("STATEMENTS_URL", "statements/")
            self._write_paginated(
                writer,
                url,
                self.settings["STATEMENTS_SAVE_AS"],
                "statements",
                list(archive.entries),
                **structured.index_meta(f"Statements — {site.name}", url, site),
            )
        self._write(writer, NOT_FOUND_SAVE_AS, "404")
        feeds.write_feeds(writer, archive, self.settings)
        opendata.write_open_data(writer, archive, self.settings)
        hosting.write_hosting_files(writer, self.settings)
        listed = [path for _, _, path in self._index_pages()] + [p.url for p in self.context.get("pages", [])]
        if self.settings.get("STATEMENTS_SAVE_AS"):
            listed.append(self.settings.get("STATEMENTS_URL", "statements/"))
        seo.write_seo_files(writer, archive, self.settings, listed)
        self.timings["write"] = time.perf_counter() - started

    def _index_pages(self) -> list[tuple[str, str, str]]:
        """(template, save_as, URL) of every index page this build writes, and the home page."""
        pages = [
            (template, self.settings[f"{kind}_SAVE_AS"], self.settings[f"{kind}_URL"])
            for template, kind in INDEX_PAGES.items()
            if self.settings.get(f"{kind}_SAVE_AS")
        ]
        return [*pages, ("index", self.settings.get("INDEX_SAVE_AS", "index.html"), "")]

    def _start_search_index(self, archive: Archive) -> PendingIndex | None:
        """Pagefind starts on the statements now and runs while the pages are written."""
        from .filters import date_range, language_name, long_date

        pages = [("/" + e.url, index_page(e, language_name, long_date, date_range)) for e in archive.entries]
        try:
            return start_search_index(Path(self.output_path), pages)
        except Exception as exc:  # the site is still usable without search: say so, do not stop
            self._search_failed(exc)
            return None

    def _finish_search_index(self, search: PendingIndex) -> None:
        try:
            self.search_stats = search.finish()
        except Exception as exc:
            self._search_failed(exc)

    @staticmethod
    def _search_failed(exc: Exception) -> None:
        logger.error(
            "statements: the search index could not be written (%s: %s); the site has no search. "
            "Run `make html` again; if it fails again, reinstall with `rm -rf .venv && make html`",
            type(exc).__name__,
            exc,
        )

    def _print_report(self) -> None:
        """What was published and what was not: every input is accounted for."""
        archive = self.archive
        assert archive is not None
        files = sum(len(e.sources) for e in archive.entries)
        merged = files - len(archive.entries)
        warned = sum(1 for e in archive.entries if e.statement.warnings)
        lines = [
            f"statements: build report: {len(archive.entries)} statements published from {files} files"
            + (f" ({merged} duplicate files merged into the statement they repeat)" if merged else "")
        ]
        cached = getattr(self, "cached", 0)
        lines.append(
            "  time: "
            + ", ".join(f"{k} {v:.1f} s" for k, v in getattr(self, "timings", {}).items())
            + (f" ({cached} files unchanged since the last build, not parsed again)" if cached else "")
        )
        stats = getattr(self, "search_stats", None)
        if stats:
            how = "unchanged, kept" if stats.reused else f"indexed in {stats.seconds:.1f} s"
            lines.append(
                f"  search index: {stats.pages} statements, {how}, {stats.bytes_on_disk / 1e6:.1f} MB in pagefind/"
            )
        if warned:
            lines.append(f"  {warned} statements carry warnings for an editor (listed above)")
        if self.failures:
            lines.append(f"  {len(self.failures)} files NOT published:")
            lines.extend(f"    {failure}" for failure in self.failures)
            lines.append("  `make check` fails while any file is not published")
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        helpers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        lines.append(f"  memory: this process peaked at {own:.0f} MB; parse workers and Pagefind at {helpers:.0f} MB")
        print("\n".join(lines), file=sys.stderr)  # always shown, whatever Pelican's log level
