"""``quotegraph spark`` and its stand-alone twin for ``spark-submit`` take the same commands and
options, and refuse bad ones before any Spark starts (``load``'s errors: tests/spark/test_load.py)."""

from __future__ import annotations

import argparse

import pytest

from quotegraph.cli import build_parser
from quotegraph.cli import spark as spark_cli


def options(parser: argparse.ArgumentParser) -> dict[str, list[str]]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {name: sorted(o for a in p._actions for o in a.option_strings) for name, p in sub.choices.items()}


def test_spark_submit_parser_offers_what_quotegraph_spark_does() -> None:
    main = options(build_parser())
    spark = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)).choices["spark"]
    assert options(spark) == options(spark_cli.build_parser())
    assert sorted(options(spark)) == ["cluster", "extract", "identity", "resolve"]
    assert "load" in main and "--db" in main["load"]


@pytest.mark.parametrize(
    "argv",
    [["resolve", "out", "--partitions", "0"], ["extract", "in.jsonl"], ["dedupe", "out"]],
    ids=["no-partitions", "no-out", "unknown"],
)
def test_bad_arguments_stop_before_spark(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        spark_cli.main(argv)
    assert stopped.value.code == 2 and "quotegraph-spark" in capsys.readouterr().err
