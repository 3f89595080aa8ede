"""Writing pages on both cores: a forked process renders every other page of a long list."""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from typing import TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")
PARALLEL_FROM = 400  # below this, starting a process costs more than it saves


def in_parallel(items: Sequence[T], write: Callable[[T], None]) -> None:
    """Call `write` on every item, half of them in a forked child (which inherits templates and data).

    Each page is written by exactly one process, to its own file, so the output is the same as a
    sequential run. A child that fails makes the build fail with its reason, as a sequential run would.
    """
    workers = os.cpu_count() or 1
    if len(items) < PARALLEL_FROM or workers < 2 or sys.platform == "win32":
        for item in items:
            write(item)
        return
    context = multiprocessing.get_context("fork")
    errors = context.SimpleQueue()
    child = context.Process(target=_run, args=(items[1::2], write, errors))
    child.start()
    for item in items[0::2]:
        write(item)
    child.join()
    if child.exitcode != 0 or not errors.empty():
        reason = errors.get() if not errors.empty() else f"exit code {child.exitcode}"
        raise RuntimeError(f"statements: a page-writing process failed: {reason}")


def _run(items: Sequence[T], write: Callable[[T], None], errors) -> None:
    try:
        for item in items:
            write(item)
    except BaseException as exc:  # report the reason to the parent, which fails the build with it
        errors.put(f"{type(exc).__name__}: {exc}")
        os._exit(1)
    os._exit(0)
