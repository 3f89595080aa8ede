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
    child = _fork(lambda: [write(item) for item in items[1::2]], "a page-writing process")
    try:
        results = [write(item) for item in items[0::2]]
    except BaseException:
        child.cancel()
        raise
    return results + child.result()


class Pending(Generic[R]):
    """Work that `in_background` started: `result()` waits for it, `cancel()` stops it (a build that fails before
    asking for the result leaves no process behind, even inside a long-running `pelican --autoreload`)."""

    def __init__(self, compute: Callable[[], R], child: Any = None, receiving: Any = None, name: str = "") -> None:
        self._compute, self._child, self._receiving, self._name = compute, child, receiving, name

    def result(self) -> R:
        if self._child is None:  # not started: done here, now
            return self._compute()
        try:  # (received before joining: a large result would fill the pipe and block the child)
            ok, received = self._receiving.recv()
        except EOFError:
            ok, received = False, "it ended without a word"
        self._child.join()
        if not ok or self._child.exitcode != 0:
            raise RuntimeError(f"statements: {self._name} failed: {received or f'exit code {self._child.exitcode}'}")
        return received

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
    return _fork(compute, "a background process")


def _fork(compute: Callable[[], R], name: str) -> Pending[R]:
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_run, args=(compute, sending), daemon=True)
    child.start()
    sending.close()
    return Pending(compute, child, receiving, name)


def _run(compute: Callable[[], R], sending) -> None:
    try:
        result = compute()
    except BaseException as exc:  # report the reason to the parent, which fails the build with it
        sending.send((False, f"{type(exc).__name__}: {exc}"))
        os._exit(1)
    sending.send((True, result))
    os._exit(0)
