"""Pelican glue: read every statement, build the archive, then write its pages."""

from __future__ import annotations

import atexit
import gc
import logging
import os
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from jinja2 import pass_context
from markupsafe import Markup, escape
from pelican.generators import Generator
from pelican.plugins import signals
from pelican.utils import get_relative_path, path_to_url

from ..linking import Archive, Urls, build_archive, build_entries
from ..parsing import Statement, find_other_files, find_statement_files, load_knowledge
from ..search import SHARD_STATEMENTS, PendingIndex, index_page, start_search_index
from . import feeds, hosting, incremental, opendata, seo, structured
from .filters import FILTERS, QuickEscapeTemplate
from .incremental import ArchiveReads, Digests, PageCache, Rendered, rendered_from
from .output import Site, make_page_dirs, output_file
from .pagination import paginate
from .parallel import in_background, in_parallel
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
SITEURL_MARK = "\x00siteurl\x00"  # no text or URL holds it, and escaping leaves it as it is


def unindented(html: str) -> str:
    """A page as written: without the templates' indentation and blank lines. A browser shows it the same (a line
    break still separates words; no page has <pre> or white-space: pre), and it is some 15% smaller. (map and
    filter: some 15% less time than the same with generator expressions; a regular expression takes four times.)"""
    return "\n".join(filter(None, map(str.strip, html.split("\n")))) + "\n"


class PageWriter:
    """Writes the generator's pages as Pelican's `Writer.write_file` does, without its cost per page.

    Kept: the same bytes in the same files; SITEURL and `localsiteurl` worked out as `write_file` does; a path
    claimed twice fails through the writer's `_open_w`, which notes every path in `_written_files`; the
    `content_written` signal with the page's path and the context its template saw (Pelican's, plus Jinja's
    globals). Left out: `write_file` copies the whole context (two hundred settings) for each page and Jinja's
    `render` copies it twice more; here the context is merged with a template's globals once, and a page's values
    added in one copy. A folder made already (make_page_dirs) is not made again. (`write_file` would paginate
    values named `articles` or `dates`: no page has them; long lists are split by pagination.py.)

    Measured at 10,000 statements (14,973 pages), in one process: some 360 µs a page against 420 µs through
    `write_file` (the template's own code some 280 µs, `unindented` 34, the file 37). Nine write-only builds each,
    alternated: the "write" stage 4.5-4.9 s (mean 4.7) against 4.9-5.2 s (5.1); 11.8 s of CPU against 12.5 s.
    """

    def __init__(self, generator: Any, writer: Any, folders: set[str]) -> None:
        self.generator, self.writer = generator, writer
        self.folders = folders  # made already (make_page_dirs): a paginated list's page 2 on has a folder of its own
        self.relative_urls = generator.settings["RELATIVE_URLS"]
        self.contexts: dict[str, dict] = {}  # template name → its globals and the generator's context

    def write(self, save_as: str, template_name: str, values: dict) -> None:
        if not save_as:
            return
        template = self.generator.get_template(template_name)
        shared = self.generator.context
        context = self.contexts.get(template_name)
        if context is None:
            context = self.contexts[template_name] = {**template.globals, **shared}
        page = {**context, "localsiteurl": shared.get("localsiteurl"), "output_file": save_as}
        if self.relative_urls:
            page["SITEURL"] = page["localsiteurl"] = path_to_url(get_relative_path(save_as))
        page.update(values)
        if page["localsiteurl"]:
            shared["localsiteurl"] = page["localsiteurl"]  # (as write_file: Pelican's pages adjust their links by it)
        html = unindented(self.render(template, page))
        path = output_file(self.writer, save_as)
        folder = os.path.dirname(path)
        if folder not in self.folders:
            os.makedirs(folder, exist_ok=True)
            self.folders.add(folder)
        with self.writer._open_w(path, "utf-8") as f:
            f.write(html)
        logger.info('Writing "%s"', path)
        signals.content_written.send(path, context=page)

    def render(self, template: Any, page: dict) -> str:
        """Template.render(page), without its two copies of `page`: Jinja's own error handling is kept."""
        env = template.environment
        if env.is_async:
            return template.render(page)
        try:
            return env.concat(template.root_render_func(template.new_context(page, shared=True)))
        except Exception:
            env.handle_exception()  # (raises: the error with the template's file and line, as `render` gives it)


def _call(job: Callable[[], list]) -> list:
    return job()


class StatementsGenerator(Generator):
    """Reads `STATEMENTS_PATHS` itself (Pelican's article generator would drop undated statements)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.env.filters.update(FILTERS)
        self.env.template_class = QuickEscapeTemplate
        self.env.globals["statement_item"] = self._statement_item
        self._items: dict[tuple[str, str], Markup] = {}
        self._lines: dict[str, str] = {}
        self.archive: Archive | None = None
        self.search: PendingIndex | None = None
        self.failures: list[str] = []
        self.pages: PageCache | None = None
        self.digests: Digests | None = None
        self.page_writer: PageWriter | None = None
        self.statement_digests: list[tuple[Statement, bytes]] = []  # worked out by the parse workers
        self.build_started = time.time()

    @pass_context
    def _statement_item(self, context: Any, entry: Any) -> Markup:
        """A statement's line in a list: each statement is listed on many pages, at several link depths (SITEURL
        '..', '../..', …). Rendered once, with a mark where SITEURL goes, then the mark replaced for each depth."""
        key = (entry.slug, context.get("SITEURL", ""))
        item = self._items.get(key)
        if item is None:
            line = self._lines.get(entry.slug)
            if line is None:
                template = self.env.get_template("_statement_item.html")
                line = self._lines[entry.slug] = template.render(e=entry, SITEURL=SITEURL_MARK) + "\n"
            item = self._items[key] = Markup(line.replace(SITEURL_MARK, str(escape(key[1]))))
        return item

    def generate_context(self) -> None:
        started = time.perf_counter()
        gc.unfreeze()  # (what an earlier build in this process froze, if it stopped before the end of its output)
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
        reading = read_statements(jobs, knowledge, cache_file)
        # the statements, and the parser's tables, live until the build ends: frozen, Python's garbage collector
        # stops walking them (a tenth of a second a time at 10,000 statements) each time linking has allocated enough
        gc.freeze()
        statements, self.cached = reading.statements, reading.cached
        self.statement_digests = list(zip(reading.statements, reading.digests))
        for failure in reading.failures:
            self.failures.append(failure)
            logger.error("statements: %s", failure)
        self.timings = {"read": time.perf_counter() - started}
        urls = Urls({k: v for k, v in self.settings.items() if k.endswith(("_URL", "_SAVE_AS"))})
        entries = build_entries(statements, urls)
        if self.settings.get("STATEMENTS_SEARCH", True):  # the index needs only the entries: start it now
            self.search = self._start_search_index(entries)
        self._report(statements, entries)
        started = time.perf_counter()
        self.archive = build_archive(statements, urls, knowledge.people, entries)
        gc.freeze()  # (the archive too, for the same reason: until the end of generate_output)
        self.timings["link"] = time.perf_counter() - started
        reading.saved()
        self.context["archive"] = self.archive
        self.context["statement_failures"] = self.failures
        self.context["archive_feed"] = feeds.archive_feed_path(self.settings)
        self.context["open_data_files"] = opendata.linked_files()

    def _report(self, statements: list, entries: list) -> None:
        """What editors should look at, a line per file: its warnings; registry gaps grouped by name, so a
        repeat prints once; statements whose URL depends on file order. Each kind is one log message, as a
        log call costs more than its lines (some 1.3 ms each in Pelican's console)."""
        lines, unknown = [], defaultdict(list)
        for st in statements:
            own = []
            for w in st.warnings:
                if "not in the people registry" in w.message:
                    unknown[w.message].append(st.source)
                else:
                    own.append(str(w))
            if own:
                lines.append(f"{st.source}: " + "\n    ".join(own))
        for message, sources in unknown.items():
            more = f" (and {len(sources) - 1} more)" if len(sources) > 1 else ""
            lines.append(f"{sources[0]}{more}: {message}")
        sharing: dict[str, list[str]] = defaultdict(list)
        for e in entries:
            sharing[e.statement.slug].append(e.sources[0])
        for sources in (sorted(s) for s in sharing.values() if len(s) > 1):
            # the second gets '-2', which moves when files are added or renamed
            lines.append(
                f"{', '.join(sources[1:])}: has the same URL slug as {sources[0]}, so its URL depends on "
                "file order; give each its own 'slug:' in a sidecar file"
            )
        if lines:
            # no syntax highlighting: Pelican's console spends 0.5 s colouring 1,500 lines of file names
            logger.warning("statements: %s", "\n".join(lines), extra={"highlighter": None})
        logger.info("statements: %d parsed, %d could not be read", len(statements), len(self.failures))

    def _write(self, writer: Any, save_as: str, template: str, **kwargs: Any) -> list[tuple[str, Rendered | None]]:
        """Render one page, unless the last build rendered it from the same inputs and it is still on disk.

        Returns [(save_as, what it was rendered from, or None when it was kept)] for `_written`, which
        every process's pages go through.
        """
        pages, digests = self.pages, self.digests
        if pages is None or digests is None:
            self._render(writer, save_as, template, kwargs)
            return [(save_as, None)]
        inputs = digests.of_inputs(template, kwargs)
        if pages.unchanged(save_as, inputs, digests):
            return [(save_as, None)]
        reads: set = set()
        self._render(writer, save_as, template, {**kwargs, "archive": ArchiveReads(self.archive, reads)})
        return [(save_as, rendered_from(inputs, reads, digests))]

    def _render(self, writer: Any, save_as: str, template: str, kwargs: dict) -> None:
        assert self.page_writer is not None and self.page_writer.writer is writer
        self.page_writer.write(save_as, template, kwargs)

    def _written(self, writer: Any, results: Any) -> None:
        """Note the pages written or kept (by this process or the forked one) in the writer and the page cache."""
        for save_as, rendered in results:
            writer._written_files.add(output_file(writer, save_as))
            if self.pages is None:
                continue
            if rendered is None:
                self.pages.keep(save_as)
            else:
                self.pages.note(save_as, rendered)

    def _write_paginated(
        self, writer: Any, url: str, save_as: str, template: str, entries: list, **kwargs: Any
    ) -> list[tuple[str, Rendered | None]]:
        per_page = int(self.settings.get("STATEMENTS_PER_PAGE", 50))
        done = []
        for target, pagination, items in paginate(entries, per_page, url, save_as, self.settings):
            done += self._write(writer, target, template, entries=items, pagination=pagination, **kwargs)
        return done

    def generate_output(self, writer: Any) -> None:
        archive = self.archive
        if archive is None:
            return
        search = self.search
        try:
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
        finally:
            gc.unfreeze()  # (a build run inside another program leaves its collector as it found it)

    def _write_pages(self, writer: Any, archive: Archive) -> None:
        started = time.perf_counter()
        site = Site.from_settings(self.settings)
        self._open_page_cache(archive)

        def statement_page(entry: Any) -> list:
            neighbours = archive.neighbours.get(entry.slug)
            return self._write(
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

        def entity_page(job: tuple[str, Any]) -> list:
            template, p = job
            if template == "meeting":
                return self._write(
                    writer,
                    p.save_as,
                    "meeting",
                    page=p,
                    links=archive.meeting_links.get(p.slug),
                    feed_url=feeds.page_feed_path(self.settings, p),
                    **structured.page_meta(p, archive, site),
                )
            return self._write_paginated(
                writer,
                p.url,
                p.save_as,
                template,
                archive.statements(p.statements),
                page=p,
                feed_url=feeds.page_feed_path(self.settings, p),
                **structured.page_meta(p, archive, site),
            )

        def listing_page(job: tuple[str, str, str]) -> list:  # the home page, the people index, …
            template, save_as, path = job
            title = site.name if template == "index" else f"{template.capitalize()} — {site.name}"
            extra = (
                {"search_bundles": self.search.bundle_paths() if self.search else []} if template == "search" else {}
            )
            return self._write(writer, save_as, template, **structured.index_meta(title, path, site), **extra)

        def statements_list() -> list:
            url = self.settings.get("STATEMENTS_URL", "statements/")
            return self._write_paginated(
                writer,
                url,
                self.settings["STATEMENTS_SAVE_AS"],
                "statements",
                list(archive.entries),
                **structured.index_meta(f"Statements — {site.name}", url, site),
            )

        entities = [
            (template, p) for template, kind in PAGINATED_KINDS.items() for p in getattr(archive, kind).values()
        ]
        entities += [("meeting", p) for p in archive.meetings.values()]
        # every other page, as calls: split between the two writing processes like the statements' pages
        others = [partial(entity_page, job) for job in entities] + [
            partial(listing_page, job) for job in self._index_pages()
        ]
        if self.settings.get("STATEMENTS_SAVE_AS"):
            others.append(statements_list)
        others.append(partial(self._write, writer, NOT_FOUND_SAVE_AS, "404"))
        folders = make_page_dirs(writer, [e.save_as for e in archive.entries] + [p.save_as for _, p in entities])
        self.page_writer = PageWriter(self, writer, folders)
        # (what linking left is frozen too: never walked, nor copied into the forked writer by the walk's touching it)
        gc.freeze()
        written = in_parallel(list(archive.entries), statement_page)
        # the open data files (a second or so at 10,000 statements) are worked out beside the other pages
        open_data = in_background(partial(opendata.open_data_files, archive, site), len(archive.entries))
        try:
            written += in_parallel(others, _call)
        except BaseException:
            open_data.cancel()
            raise
        for done in written:
            self._written(writer, done)
        opendata.write_open_data(writer, open_data.result())
        feeds.write_feeds(writer, archive, self.settings)
        hosting.write_hosting_files(writer, self.settings)
        listed = [path for _, _, path in self._index_pages()] + [p.url for p in self.context.get("pages", [])]
        if self.settings.get("STATEMENTS_SAVE_AS"):
            listed.append(self.settings.get("STATEMENTS_URL", "statements/"))
        seo.write_seo_files(writer, archive, self.settings, listed)
        self._close_page_cache()
        self.timings["write"] = time.perf_counter() - started

    def _open_page_cache(self, archive: Archive) -> None:
        """The last build's record of what each page was rendered from (see incremental.py)."""
        self.pages, self.digests = None, None
        if not self.settings.get("STATEMENTS_CACHE", True):
            return
        plugin = Path(__file__).resolve().parent.parent
        theme = Path(self.settings["THEME"])
        mark = incremental.fingerprint(self.settings, self.context, [plugin, theme])
        cache_dir = Path(self.settings.get("CACHE_PATH") or "cache")
        self.pages = PageCache.load(cache_dir, Path(self.output_path), mark)
        self.digests = Digests(archive, self.statement_digests)

    def _close_page_cache(self) -> None:
        """Remove the pages of statements, people, … that are gone since the last build; save the record."""
        if self.pages is None:
            return
        for save_as in self.pages.stale():
            path = Path(self.output_path) / save_as
            try:
                if path.is_file() and path.stat().st_mtime < self.build_started:
                    path.unlink()
                    if not any(path.parent.iterdir()):
                        path.parent.rmdir()
            except OSError:
                pass  # a file that cannot be removed is left, as a build without this record would leave it
        self.pages.save()

    def _index_pages(self) -> list[tuple[str, str, str]]:
        """(template, save_as, URL) of every index page this build writes, and the home page."""
        pages = [
            (template, self.settings[f"{kind}_SAVE_AS"], self.settings[f"{kind}_URL"])
            for template, kind in INDEX_PAGES.items()
            if self.settings.get(f"{kind}_SAVE_AS")
        ]
        return [*pages, ("index", self.settings.get("INDEX_SAVE_AS", "index.html"), "")]

    def _start_search_index(self, entries: list) -> PendingIndex | None:
        """Pagefind starts on the statements as soon as they are read, and runs while the archive is linked
        and the pages are written."""
        from .filters import date_range, language_name, long_date

        pages = [("/" + e.url, e, e.statement.date) for e in entries]  # (rendered by the indexing process)
        render = partial(index_page, language_name=language_name, long_date=long_date, date_range=date_range)
        size = int(self.settings.get("STATEMENTS_SEARCH_SHARD_SIZE", SHARD_STATEMENTS))
        try:
            search = start_search_index(Path(self.output_path), pages, shard_size=size, render=render)
            atexit.register(search.cancel)  # a build that stops before writing leaves no Pagefind behind
            return search
        except Exception as exc:  # the site is still usable without search: say so, do not stop
            self._search_failed(exc)
            return None

    def _finish_search_index(self, search: PendingIndex) -> None:
        atexit.unregister(search.cancel)
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
        if self.pages is not None and self.pages.kept:
            lines.append(
                f"  pages: {self.pages.rendered} rendered, {self.pages.kept} kept as they were "
                "(nothing they show changed since the last build)"
            )
        stats = getattr(self, "search_stats", None)
        if stats:
            if stats.reused:
                how = "unchanged, kept"
            elif stats.reindexed == stats.shards:
                how = f"indexed in {stats.seconds:.1f} s"
            else:
                how = f"{stats.reindexed} changed, indexed in {stats.seconds:.1f} s; the others kept"
            lines.append(
                f"  search index: {stats.pages} statements in {stats.shards} shard{'s' if stats.shards > 1 else ''}, "
                f"{how}, {stats.bytes_on_disk / 1e6:.1f} MB in pagefind/"
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
