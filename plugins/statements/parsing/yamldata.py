"""Reading the YAML an editor writes (registries, sidecar corrections), with libyaml when it is there."""

from __future__ import annotations

from typing import Any

import yaml

# PyYAML's C loader reads the registries about ten times faster; the pure-Python one is the fallback.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
YAMLError = yaml.YAMLError


def load_yaml(text: str) -> Any:
    """Plain data (dicts, lists, strings, numbers, dates) from `text`; raises YAMLError when it is not YAML."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 — a safe loader, only plain data
