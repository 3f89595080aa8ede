"""Pelican plugin for the joint statements archive: parsing (pure), linking, rendering, search."""

from __future__ import annotations

from typing import Any


def get_generators(pelican: Any) -> Any:
    from .rendering import StatementsGenerator

    return StatementsGenerator


def register() -> None:
    import atexit
    import gc

    from pelican import signals

    signals.get_generators.connect(get_generators)
    # A process ending needs no last walk of its memory by the garbage collector (a quarter of a second after a
    # build of 10,000 statements): what is frozen is left to the operating system. (Python runs atexit handlers
    # before that walk; it never promised finalizers for what is still alive at exit.)
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)
