"""Search: the Pagefind index of the statement pages a build wrote, for the static search page."""

from .index import SHARD_STATEMENTS, PendingIndex, SearchIndexError, SearchStats, start_search_index
from .pages import index_page

__all__ = ["SHARD_STATEMENTS", "PendingIndex", "SearchIndexError", "SearchStats", "index_page", "start_search_index"]
