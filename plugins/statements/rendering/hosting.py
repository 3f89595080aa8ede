"""GitHub Pages files at the site's root: .nojekyll, and CNAME for a custom domain."""

from __future__ import annotations

import logging
import re
from typing import Any

from .output import write_text

logger = logging.getLogger(__name__)

HOST_RE = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def custom_domain(value: object) -> str | None:
    """'https://Statements.example.org/' → 'statements.example.org'; None when unset or not a host name."""
    text = str(value or "").strip().lower()
    text = re.sub(r"^[a-z]+://", "", text).rstrip("/")
    return text if HOST_RE.match(text) else None


def hosting_files(settings: dict) -> dict[str, str]:
    """save_as → text. `.nojekyll` keeps Pages from running Jekyll over a finished site (which would
    hide files starting with `_`); CNAME names the custom domain when STATEMENTS_CNAME gives one."""
    files = {".nojekyll": ""}
    given = settings.get("STATEMENTS_CNAME")
    domain = custom_domain(given)
    if domain:
        files["CNAME"] = domain + "\n"
    elif given:
        logger.warning(
            "statements: STATEMENTS_CNAME = %r is not a domain name; no CNAME file was written. "
            'Give the bare host, e.g. STATEMENTS_CNAME = "statements.example.org"',
            given,
        )
    return files


def write_hosting_files(writer: Any, settings: dict) -> None:
    for save_as, text in hosting_files(settings).items():
        write_text(writer, save_as, text)
