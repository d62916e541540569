"""The pool of open stores: one per request in flight, reused when idle, at most ``size`` at once."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from starlette.exceptions import HTTPException

from quotegraph.store import store_exists
from quotegraph.web.stores import StorePool


@pytest.fixture
def pool(tmp_path: Path) -> StorePool:
    return StorePool(str(tmp_path / "corpus.db"), size=2)


def test_the_store_is_made_at_start_up(tmp_path: Path) -> None:
    url = str(tmp_path / "new.db")
    StorePool(url).close()
    assert store_exists(url)


def test_an_idle_store_is_reused_and_a_busy_one_never_shared(pool: StorePool) -> None:
    with pool.store() as first, pool.store() as second:
        assert second is not first
    with pool.store() as again:
        assert again in (first, second)
    pool.close()


def test_a_store_that_failed_is_closed_and_a_refused_request_keeps_it(pool: StorePool) -> None:
    with pytest.raises(HTTPException), pool.store() as refused:
        raise HTTPException(404)
    with pytest.raises(RuntimeError), pool.store() as failed:
        assert failed is refused
        raise RuntimeError("the connection may be in a bad state")
    with pytest.raises(sqlite3.ProgrammingError):
        failed.query("SELECT 1")
    with pool.store() as fresh:
        assert fresh is not failed and fresh.query("SELECT 1") == [(1,)]


def test_a_request_waits_when_every_store_is_busy(tmp_path: Path) -> None:
    pool = StorePool(str(tmp_path / "corpus.db"), size=1)
    served = threading.Event()

    def request() -> None:
        with pool.store():
            served.set()

    with pool.store():
        waiting = threading.Thread(target=request)
        waiting.start()
        assert not served.wait(0.3)
    assert served.wait(10)
    waiting.join()
    pool.close()
