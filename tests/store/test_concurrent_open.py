"""A new store opened by many processes at once: each open succeeds and the schema is made once."""

from __future__ import annotations

import multiprocessing
import threading
import traceback

from quotegraph.store import open_store
from quotegraph.store.migrate import migrations

OPENERS = 8
THREADS = 40


def _open(url: str, start: object, results: object) -> None:
    start.wait()  # type: ignore[attr-defined]
    try:
        with open_store(url) as store:
            results.put(("ok", store.schema_version()))  # type: ignore[attr-defined]
    except BaseException:
        results.put(("error", traceback.format_exc()))  # type: ignore[attr-defined]


def test_many_processes_open_a_new_store_at_once(db_url: str) -> None:
    context = multiprocessing.get_context("fork")  # this process holds no connection to inherit
    start, results = context.Event(), context.Queue()
    workers = [context.Process(target=_open, args=(db_url, start, results)) for _ in range(OPENERS)]
    for w in workers:
        w.start()
    start.set()
    outcomes = [results.get(timeout=120) for _ in workers]
    for w in workers:
        w.join(timeout=60)
    errors = [detail for status, detail in outcomes if status == "error"]
    assert not errors, errors[0]
    latest = migrations("postgres" if db_url.startswith("postgres") else "sqlite")[-1].version
    assert {v for _, v in outcomes} == {latest}
    with open_store(db_url) as store:
        versions = [v for (v,) in store.query("SELECT version FROM schema_version ORDER BY version")]
    assert versions == [m.version for m in migrations(store.dialect)]


def test_many_threads_open_a_new_store_at_once(db_url: str) -> None:
    start = threading.Barrier(THREADS)
    errors: list[str] = []

    def one() -> None:
        start.wait()
        try:
            open_store(db_url).close()
        except BaseException:
            errors.append(traceback.format_exc())

    threads = [threading.Thread(target=one) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, f"{len(errors)} of {THREADS} failed: {errors[0]}"
