"""The options several commands share (``cli.options``): dates only as YYYY-MM-DD, confidences 0-1,
counts from 1, a read-only command refusing a store that does not exist, colours and NO_COLOR."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from quotegraph.cli.options import CommandError, confidence_value, day_value, existing_db, positive, use_color
from quotegraph.store import open_store


def test_a_day_is_written_yyyy_mm_dd() -> None:
    assert day_value(" 2016-10-01 ") == "2016-10-01"
    for ambiguous in ("10/01/2016", "1.10.16"):
        with pytest.raises(argparse.ArgumentTypeError, match="ambiguous"):
            day_value(ambiguous)
    for wrong in ("2016-13-45", "2016-02-30", "yesterday", "20161001"):
        with pytest.raises(argparse.ArgumentTypeError, match="not a date"):
            day_value(wrong)


def test_confidences_and_counts_in_range() -> None:
    assert (confidence_value("0"), confidence_value("0.5"), confidence_value("1")) == (0.0, 0.5, 1.0)
    for bad in ("1.5", "-0.1", "high", "nan"):
        with pytest.raises(argparse.ArgumentTypeError):
            confidence_value(bad)
    assert positive("3") == 3
    for bad in ("0", "-2", "2.5", "many"):
        with pytest.raises(argparse.ArgumentTypeError):
            positive(bad)


def test_a_read_only_command_refuses_a_store_that_does_not_exist(tmp_path: Path) -> None:
    typo = tmp_path / "typo.db"
    with pytest.raises(CommandError, match="no corpus at"):
        existing_db(argparse.Namespace(db=str(typo)))
    assert not typo.exists()  # and makes none
    with open_store(str(tmp_path / "corpus.db")):
        pass
    assert existing_db(argparse.Namespace(db=str(tmp_path / "corpus.db"))) == str(tmp_path / "corpus.db")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colours_on_a_terminal_unless_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_color(False, Terminal()) and not use_color(False, io.StringIO())
    assert use_color(True, io.StringIO())  # --color
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color(False, Terminal()) and use_color(True, Terminal())
