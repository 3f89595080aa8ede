"""Rendering: the Pelican generator that writes statement, person, theme, meeting and country pages."""

from .generator import StatementsGenerator

__all__ = ["StatementsGenerator"]
