"""A time limit on the extractions of one thread, checked between their steps.

A caller that stops waiting for an extraction (a web request past its budget) sets a limit with
``time_limit``; extraction checks it between the pipeline's components and between the words,
frames and passages attribution goes through, and stops with ``ExtractionTimeout`` once it has
passed. The thread is then free for the next request instead of running on for nobody. One
component already started runs to its end (the parser is one call), so the limit is overrun by at
most one component's time on the text, which grows linearly with its length.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class ExtractionTimeout(RuntimeError):
    """The extraction ran past the time limit its caller set; its results are dropped."""


_limits = threading.local()
_active = [0]
"""Limits in force in any thread: while there are none (batch extraction), ``check`` is one read."""
_counting = threading.Lock()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Extractions in this thread inside the block stop with ``ExtractionTimeout`` once
    ``seconds`` have passed (no limit when None; a limit set outside still holds if sooner)."""
    outer: float | None = getattr(_limits, "deadline", None)
    deadline = outer
    if seconds is not None:
        mine = time.monotonic() + seconds
        deadline = mine if outer is None else min(outer, mine)
    _limits.deadline = deadline
    with _counting:
        _active[0] += 1
    try:
        yield
    finally:
        _limits.deadline = outer
        with _counting:
            _active[0] -= 1


def check() -> None:
    """Raise ``ExtractionTimeout`` when this thread's time limit has passed."""
    if not _active[0]:
        return
    deadline: float | None = getattr(_limits, "deadline", None)
    if deadline is not None and time.monotonic() > deadline:
        raise ExtractionTimeout("extraction stopped: it ran past its time limit")
