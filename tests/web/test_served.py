"""``quotegraph serve`` itself, as a user starts it: the Host names it answers to, and every API
operation against its own OpenAPI schema (schemathesis, a bounded number of examples each)."""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import (
    positive_data_acceptance,
)

from tests.serving import serving, status

EXAMPLES = 15
"""Examples per API operation, of valid and of invalid data each: about half a minute in all."""


@pytest.fixture(scope="module")
def served(corpus_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of ``quotegraph serve`` on loopback over a copy of the test corpus."""
    db = tmp_path_factory.mktemp("served") / "corpus.db"
    shutil.copy(corpus_db, db)
    env = {k: v for k, v in os.environ.items() if k != "QUOTEGRAPH_TOKEN"}
    with serving(["--db", str(db)], env, timeout=60) as (base, _):
        yield base


def test_serve_on_loopback_answers_only_to_loopback_names(served: str) -> None:
    port = served.rsplit(":", 1)[1]
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", "localhost", f"[::1]:{port}"):
        assert status(f"{served}/api/quotes", host=host) == 200, host
    for host in ("rebound.example", f"rebound.example:{port}", f"192.168.1.20:{port}"):
        assert status(f"{served}/api/quotes", host=host) == 400, host


REFUSES_CONTENT = ("/api/extract", "/api/articles")
"""Routes that refuse a text for what it says (not English, no letters): a 422 to a body the schema
allows is their contract, so only the check that valid data is accepted is left out for them."""


def test_api_answers_as_its_schema_says(served: str) -> None:
    schema = schemathesis.openapi.from_url(f"{served}/api/openapi.json")
    failed: list[str] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    for operation, mode in itertools.product(operations, GenerationMode):
        excluded = [positive_data_acceptance] if operation.path in REFUSES_CONTENT else []

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
            derandomize=True,  # the same examples on every run: a landing never hangs on a draw
        )
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate(excluded_checks=excluded)  # noqa: B023

        try:
            check()
        except Unsatisfiable:
            continue  # nothing in the operation can be made invalid (it takes no parameters)
        except Exception as exc:  # one report for every operation that fails
            failed.append(f"{operation.method.upper()} {operation.path} ({mode.value}): {exc}")
    assert not failed, "\n\n".join(failed)
