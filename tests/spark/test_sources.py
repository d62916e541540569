"""The inputs a Spark job reads: the files and errors single-machine ingest finds, and a WARC
file read range by range gives what ``read_warc`` gives reading it whole."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

from quotegraph.ingest import IngestError
from quotegraph.ingest.walk import input_files
from quotegraph.ingest.warc import read_warc
from quotegraph.spark.sources import WHOLE, InputFile, expand_inputs, read_range, warc_ranges

from .articles import write_warc


def items(found: object) -> list[tuple[str, str, object]]:
    return [(type(i).__name__, i.source, getattr(getattr(i, "article", None), "text", None)) for i in found]  # type: ignore[attr-defined]


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_ranges_read_as_the_whole_file(tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_warc(path, 12, gzip)
    file = InputFile(0, str(path), str(path))
    ranges = list(warc_ranges(file, target=2_000))
    assert len(ranges) > 3  # really split
    assert ranges[0][0] == 0 and ranges[-1][1] == WHOLE
    assert all(a[1] == b[0] for a, b in itertools.pairwise(ranges))  # contiguous
    whole = items(read_warc(path))
    assert len(whole) == 9
    assert items(item for start, end in ranges for item in read_range(file, start, end)) == whole


def test_a_damaged_warc_is_one_range_failing_where_read_warc_does(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, 6, True)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] + b"not a warc record at all" + data[len(data) // 2 :])
    file = InputFile(0, str(path), str(path))
    assert list(warc_ranges(file, target=500)) == [(0, WHOLE)]
    assert items(read_range(file)) == items(read_warc(path))


def test_a_file_no_reader_takes_is_an_error_named_or_in_a_folder(spark: Any, tmp_path: Path) -> None:
    """As ``quotegraph ingest`` and ``extract`` say: hidden files are skipped, anything else no
    reader takes is an error record, and so is a path that names nothing."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / ".cache").mkdir()
    (folder / "a.txt").write_text("Ann Lee said the pier would reopen.", encoding="utf-8")
    (folder / "sub" / "scan.pdf").write_bytes(b"%PDF-1.4")
    (folder / ".cache" / "old.pdf").write_bytes(b"%PDF-1.4")
    (folder / ".DS_Store").write_bytes(b"\0")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    inputs = [str(folder), str(tmp_path / "notes.docx"), str(tmp_path / "gone.txt")]
    files, errors = expand_inputs(spark, inputs)
    assert [f.display for f in files] == [str(folder / "a.txt")]
    assert sorted(errors, key=str) == sorted(
        [
            IngestError(str(folder / "sub" / "scan.pdf"), "unsupported file type"),
            IngestError(str(tmp_path / "notes.docx"), "unsupported file type"),
            IngestError(str(tmp_path / "gone.txt"), "no such file or folder"),
        ],
        key=str,
    )
    assert sorted(errors, key=str) == sorted((e for e in input_files(inputs) if isinstance(e, IngestError)), key=str)
