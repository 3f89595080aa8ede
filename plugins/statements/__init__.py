"""Pelican plugin for the joint statements archive: parsing (pure), linking, rendering, search."""

from __future__ import annotations

from typing import Any


def get_generators(pelican: Any) -> Any:
    from .rendering import StatementsGenerator

    return StatementsGenerator


def register() -> None:
    from pelican import signals

    signals.get_generators.connect(get_generators)
