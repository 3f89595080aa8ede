"""Writing pages on both cores: a forked process renders every other page of a long list, another works out
the open data beside them."""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")
PARALLEL_FROM = 400  # below this, starting a process costs more than it saves


def in_parallel(items: Sequence[T], write: Callable[[T], R]) -> list[R]:
    """Call `write` on every item, half of them in a forked child (which inherits templates and data), and
    return what the calls returned (in no particular order).

    Each page is written by exactly one process, to its own file, so the output is the same as a
    sequential run. A child that fails makes the build fail with its reason, as a sequential run would.
    """
    workers = os.cpu_count() or 1
    if len(items) < PARALLEL_FROM or workers < 2 or sys.platform == "win32":
        return [write(item) for item in items]
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_run, args=(items[1::2], write, sending))
    child.start()
    sending.close()
    results = [write(item) for item in items[0::2]]
    try:
        ok, received = receiving.recv()  # before join: a large result would fill the pipe and block the child
    except EOFError:
        ok, received = False, "it ended without a word"
    child.join()
    if not ok or child.exitcode != 0:
        raise RuntimeError(f"statements: a page-writing process failed: {received or f'exit code {child.exitcode}'}")
    return results + received


class Pending(Generic[R]):
    """Work that `in_background` started: `result()` waits for it, `cancel()` stops it (a build that fails before
    asking for the result leaves no process behind, even inside a long-running `pelican --autoreload`)."""

    def __init__(self, compute: Callable[[], R], child: Any = None, receiving: Any = None) -> None:
        self._compute, self._child, self._receiving = compute, child, receiving

    def result(self) -> R:
        if self._child is None:  # not started: done here, now
            return self._compute()
        try:
            ok, received = self._receiving.recv()
        except EOFError:
            ok, received = False, "it ended without a word"
        self._child.join()
        if not ok or self._child.exitcode != 0:
            raise RuntimeError(
                f"statements: a background process failed: {received or f'exit code {self._child.exitcode}'}"
            )
        return received[0]

    def cancel(self) -> None:
        if self._child is not None and self._child.is_alive():
            self._child.terminate()
            self._child.join()


def in_background(compute: Callable[[], R], size: int) -> Pending[R]:
    """Start `compute` in a forked child (which inherits the data) beside whatever this process does next. For
    less than PARALLEL_FROM items of work, or where processes cannot be forked, nothing starts: `compute` runs when
    its result is asked for."""
    if size < PARALLEL_FROM or (os.cpu_count() or 1) < 2 or sys.platform == "win32":
        return Pending(compute)
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_run, args=([None], lambda _: compute(), sending), daemon=True)
    child.start()
    sending.close()
    return Pending(compute, child, receiving)


def _run(items: Sequence[T], write: Callable[[T], R], sending) -> None:
    try:
        results = [write(item) for item in items]
    except BaseException as exc:  # report the reason to the parent, which fails the build with it
        sending.send((False, f"{type(exc).__name__}: {exc}"))
        os._exit(1)
    sending.send((True, results))
    os._exit(0)
