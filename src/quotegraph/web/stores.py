"""A small pool of open stores, one per request in flight, so threads never share a connection."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from starlette.exceptions import HTTPException

from quotegraph.store import Store, open_store


class StorePool:
    """At most ``size`` stores open at once; a request waits for one when all are busy.

    SQLite connections and psycopg connections are not safe to use from two threads at the same
    time, and each SQLite connection keeps its own page cache, so a few reused connections serve
    many requests better than one per thread.
    """

    def __init__(self, url: str, size: int = 8) -> None:
        self.url = url
        self._slots = threading.BoundedSemaphore(size)
        self._idle: queue.LifoQueue[Store] = queue.LifoQueue()
        with open_store(url):  # migrate (or fail) once, at start-up, not in the first request
            pass

    @contextmanager
    def store(self) -> Iterator[Store]:
        with self._slots:
            try:
                store = self._idle.get_nowait()
            except queue.Empty:
                store = open_store(self.url)
            try:
                yield store
            except HTTPException:
                self._idle.put(store)
                raise
            except BaseException:
                store.close()  # the connection may be in a bad state; the next request opens another
                raise
            self._idle.put(store)

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return
