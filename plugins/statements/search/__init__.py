"""Search: the Pagefind index of the statement pages a build wrote, for the static search page."""

from .index import SearchStats, write_search_index
from .pages import index_page

__all__ = ["SearchStats", "index_page", "write_search_index"]
