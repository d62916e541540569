"""``quotegraph spark`` and its stand-alone twin for ``spark-submit`` take the same commands and
options, and refuse bad ones before any Spark starts (``load``'s errors: tests/spark/test_load.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from quotegraph.cli import build_parser
from quotegraph.cli import main as cli_main
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


@pytest.mark.parametrize("via", ["quotegraph", "quotegraph-spark"])
def test_a_local_input_that_names_nothing_stops_before_spark(
    via: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing local path or a glob that matches nothing is refused with its name and exit 1, as
    ``quotegraph extract`` refuses it, before any Spark starts; a Hadoop URI is the cluster's."""
    real = tmp_path / "a.jsonl"
    real.write_text("", encoding="utf-8")
    out = ["--out", str(tmp_path / "out")]
    argv = ["extract", str(real), str(tmp_path / "typo.jsonl"), str(tmp_path / "*.warc.gz"), "s3a://b/x", *out]
    code = cli_main(["spark", *argv]) if via == "quotegraph" else spark_cli.main(argv)
    err = capsys.readouterr().err
    assert code == 1
    assert "typo.jsonl" in err and "*.warc.gz" in err and "a.jsonl" not in err and "s3a" not in err
    assert not (tmp_path / "out").exists()
