"""Input files on any Hadoop-compatible file system, read by the ``ingest`` package's own readers.

Listing goes through Hadoop's ``FileSystem`` on the driver; Python tasks then stream the files
themselves (local paths, else pyarrow's file systems: ``s3://``, ``gs://``, ``hdfs://``), so no file
is ever held whole in memory. ``Source`` gives a stream the few ``pathlib.Path`` methods the readers
use, so the readers, their ids, sources and error reasons are exactly the single-machine ones.

A WARC file is split into ranges of whole records (``warc_ranges``, one streaming pass that reads no
payload into memory), each read by its own task: a task's memory does not grow with the file.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, cast

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from quotegraph.ingest import IngestError, Item
from quotegraph.ingest.base import no_progress
from quotegraph.ingest.walk import reader_for

WARC_SUFFIXES = (".warc", ".warc.gz")
RANGE_BYTES = 16 << 20
"""A WARC range's size on disk: about 500 CC-NEWS records, a few minutes of one core's work."""
WHOLE = -1
READ_BUFFER = 1 << 20
"""A range's end meaning "to the end of the file"."""


@dataclass(frozen=True)
class InputFile:
    rank: int
    """Position in the single-machine tool's reading order (paths as given, folders sorted)."""
    uri: str
    display: str
    """How the single-machine tool names the file: a local path without ``file:``, else the URI."""


def display_name(uri: str) -> str:
    """``file:/a/b.jsonl`` and ``file:///a/b.jsonl`` -> ``/a/b.jsonl``; other schemes stay as they are."""
    if uri.startswith("file:"):
        rest = uri[len("file:") :]
        return "/" + rest.lstrip("/") if rest.startswith("/") else rest
    return uri


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def open_uri(uri: str) -> BinaryIO:
    """A seekable binary stream of the file at ``uri``: local files directly, others through
    pyarrow's file systems (Hadoop's ``s3a://`` and ``s3n://`` are pyarrow's ``s3://``)."""
    if uri.startswith("file:") or "://" not in uri:
        return open(display_name(uri), "rb")  # noqa: SIM115 (the caller closes it)
    import pyarrow.fs as pafs

    for hadoop in ("s3a://", "s3n://"):
        if uri.startswith(hadoop):
            uri = "s3://" + uri[len(hadoop) :]
    fs, path = pafs.FileSystem.from_uri(uri)
    return cast(BinaryIO, fs.open_input_file(path))


class RangeReader(io.RawIOBase):
    """Bytes ``start`` to ``end`` of a stream (end of file if ``end`` is ``WHOLE``), telling the
    stream's own offsets, so WARC record offsets are the file's. Unbuffered: read it through an
    ``io.BufferedReader``."""

    def __init__(self, raw: BinaryIO, start: int, end: int) -> None:
        self._raw = raw
        raw.seek(start)
        self._end = end

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        left = len(view) if self._end == WHOLE else min(len(view), self._end - self._raw.tell())
        if left <= 0:
            return 0
        data = self._raw.read(left)
        view[: len(data)] = data
        return len(data)

    def tell(self) -> int:
        return self._raw.tell()

    def close(self) -> None:
        self._raw.close()
        super().close()


class Source:
    """A file (or a range of one) behind the slice of ``pathlib.Path`` the ingest readers call."""

    def __init__(self, display: str, opener: Callable[[], BinaryIO], size: int = 0) -> None:
        self._display = display
        self._opener = opener
        self._size = size
        self.name = PurePosixPath(display).name
        self.stem = PurePosixPath(display).stem
        self.suffix = PurePosixPath(display).suffix

    def open(self, mode: str = "rb") -> BinaryIO:
        if mode != "rb":
            raise ValueError("a Source is read-only and binary")
        return self._opener()

    def stat(self) -> os.stat_result:
        return os.stat_result((0, 0, 0, 0, 0, 0, self._size, 0, 0, 0))

    def read_bytes(self) -> bytes:
        with self._opener() as f:
            return f.read()

    def __str__(self) -> str:
        return self._display

    def __repr__(self) -> str:
        return f"Source({self._display!r})"


def read_source(source: Source) -> Iterator[Item]:
    """Every article and per-item error in one file (or WARC range), as ``read_paths`` gives them."""
    reader = reader_for(Path(source.name))
    if reader is None:
        yield IngestError(str(source), "unsupported file type")
        return
    try:
        yield from reader(cast(Path, source), no_progress)
    except OSError as e:
        yield IngestError(str(source), f"unreadable: {e.strerror or e}")


def read_range(file: InputFile, start: int = 0, end: int = WHOLE) -> Iterator[Item]:
    """The items of bytes ``start`` to ``end`` of ``file`` (a WARC range holds whole records)."""

    def opener() -> BinaryIO:
        # Buffered: the JSONL reader iterates lines, which on a raw stream is a call per byte.
        return cast(BinaryIO, io.BufferedReader(RangeReader(open_uri(file.uri), start, end), READ_BUFFER))

    return read_source(Source(file.display, opener))


def read_blob(display: str, data: bytes) -> Iterator[Item]:
    """Every article and per-item error in a file's bytes."""
    return read_source(Source(display, lambda: io.BytesIO(data), len(data)))


def warc_ranges(file: InputFile, target: int = RANGE_BYTES) -> Iterator[tuple[int, int]]:
    """(start, end) byte ranges of whole records, about ``target`` bytes each, covering the file.

    One streaming pass over the records (payloads are skipped, never held). A file warcio cannot
    parse to the end is one range, so its reader meets the failure exactly where ``read_warc`` does.
    """
    bounds: list[tuple[int, int]] = []
    start = 0
    try:
        with open_uri(file.uri) as f:
            records = ArchiveIterator(f)
            for _ in records:
                offset = records.get_record_offset()
                if offset - start >= target:
                    bounds.append((start, offset))
                    start = offset
    except (ArchiveLoadFailed, OSError):
        yield 0, WHOLE
        return
    yield from bounds
    yield start, WHOLE


def _hidden(relative: str) -> bool:
    return any(part.startswith(".") for part in relative.split("/") if part)


def expand_inputs(spark: Any, inputs: list[str]) -> tuple[list[InputFile], list[IngestError]]:
    """Files under ``inputs`` (paths, URIs, globs; folders recursively), in the single-machine order,
    and an error for each input that names nothing or a file no reader takes, named or in a folder.

    Listing goes through Hadoop's ``FileSystem`` on the driver, so ``s3a://``, ``hdfs://``, ``gs://``
    and ``abfs://`` work wherever the cluster has the connector.
    """
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    files: list[InputFile] = []
    errors: list[IngestError] = []
    uris: list[str] = []
    for raw in inputs:
        path = jvm.org.apache.hadoop.fs.Path(raw)
        fs = path.getFileSystem(conf)
        matched = fs.globStatus(path)
        if not matched:
            errors.append(IngestError(raw, "no such file or folder"))
            continue
        for status in sorted(matched, key=lambda s: s.getPath().toString()):
            uri = status.getPath().toString()
            if status.isDirectory():
                found = []
                listing = fs.listFiles(status.getPath(), True)
                while listing.hasNext():
                    child = listing.next().getPath().toString()
                    relative = child[len(uri) :]
                    if _hidden(relative):
                        continue
                    if reader_for(Path(child.rsplit("/", 1)[-1])) is not None:
                        found.append(child)
                    else:  # as ingest: a file no reader takes is an error, in a folder too
                        errors.append(IngestError(display_name(child), "unsupported file type"))
                uris.extend(sorted(found))
            elif reader_for(Path(uri.rsplit("/", 1)[-1])) is not None:
                uris.append(uri)
            else:
                errors.append(IngestError(raw, "unsupported file type"))
    seen: set[str] = set()
    for uri in uris:
        if uri not in seen:
            seen.add(uri)
            files.append(InputFile(len(files), uri, display_name(uri)))
    return files, errors
