"""The forked helpers of the page writing: every page written once, and a failure in a helper fails the build
with its reason (never a build that looks finished with pages or data missing)."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from statements.rendering.parallel import PARALLEL_FROM, in_background, in_parallel


def test_every_item_is_written_once_by_one_of_two_processes():
    items = list(range(PARALLEL_FROM + 1))
    done = in_parallel(items, lambda i: (i, os.getpid()))
    assert sorted(i for i, _ in done) == items
    assert len({pid for _, pid in done}) == (2 if (os.cpu_count() or 1) > 1 else 1)


def test_a_failing_page_writer_fails_with_its_reason():
    def write(i: int) -> int:
        if i == 1:  # an item of the forked half
            raise ValueError("template error on item 1")
        return i

    with pytest.raises((RuntimeError, ValueError), match="template error on item 1"):
        in_parallel(list(range(PARALLEL_FROM)), write)


def test_background_work_returns_its_result():
    pending = in_background(lambda: {"data/x.json.gz": b"\x1f\x8b" + bytes(100_000)}, PARALLEL_FROM)
    assert pending.result() == {"data/x.json.gz": b"\x1f\x8b" + bytes(100_000)}  # (larger than a pipe's buffer)


def test_background_work_that_fails_fails_with_its_reason():
    def compute() -> None:
        raise KeyError("no such meeting")

    pending = in_background(compute, PARALLEL_FROM)
    with pytest.raises((RuntimeError, KeyError), match="no such meeting"):
        pending.result()


def test_little_work_is_done_in_this_process():
    pid = os.getpid()
    assert in_background(os.getpid, PARALLEL_FROM - 1).result() == pid


def test_background_work_of_a_failed_build_is_stopped():
    """A build that fails before asking for the result (its pages could not be written) stops the work: a result
    larger than a pipe's buffer would otherwise keep the process waiting for a reader for ever."""
    before = set(multiprocessing.active_children())
    pending = in_background(lambda: bytes(1_000_000), PARALLEL_FROM)
    pending.cancel()
    assert set(multiprocessing.active_children()) <= before
