"""Search: the Pagefind index of the statement pages a build wrote, for the static search page."""

from .index import SearchStats, write_search_index

__all__ = ["SearchStats", "write_search_index"]
