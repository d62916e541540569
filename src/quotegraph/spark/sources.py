"""Input files on any Hadoop-compatible file system, read by the ``ingest`` package's own readers.

Spark hands each file to a Python task as bytes (``binaryFiles``); ``Blob`` gives those bytes the few
``pathlib.Path`` methods the readers use, so the readers, their ids, sources and error reasons are
exactly the single-machine ones.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, cast

from quotegraph.ingest import IngestError, Item
from quotegraph.ingest.base import no_progress
from quotegraph.ingest.walk import reader_for


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


class Blob:
    """A file's bytes behind the slice of ``pathlib.Path`` the ingest readers call."""

    def __init__(self, display: str, data: bytes) -> None:
        self._display = display
        self._data = data
        self.name = PurePosixPath(display).name
        self.stem = PurePosixPath(display).stem
        self.suffix = PurePosixPath(display).suffix

    def open(self, mode: str = "rb") -> BinaryIO:
        if mode != "rb":
            raise ValueError("a Blob is read-only and binary")
        return io.BytesIO(self._data)

    def stat(self) -> os.stat_result:
        return os.stat_result((0, 0, 0, 0, 0, 0, len(self._data), 0, 0, 0))

    def read_bytes(self) -> bytes:
        return self._data

    def __str__(self) -> str:
        return self._display

    def __repr__(self) -> str:
        return f"Blob({self._display!r}, {len(self._data)} bytes)"


def read_blob(display: str, data: bytes) -> Iterator[Item]:
    """Every article and per-item error in one file's bytes, as ``read_paths`` gives them."""
    reader = reader_for(Path(PurePosixPath(display).name))
    if reader is None:
        yield IngestError(display, "unsupported file type")
        return
    try:
        yield from reader(cast(Path, Blob(display, data)), no_progress)
    except OSError as e:
        yield IngestError(display, f"unreadable: {e.strerror or e}")


def _hidden(relative: str) -> bool:
    return any(part.startswith(".") for part in relative.split("/") if part)


def expand_inputs(spark: Any, inputs: list[str]) -> tuple[list[InputFile], list[IngestError]]:
    """Files under ``inputs`` (paths, URIs, globs; folders recursively), in the single-machine order.

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
                    if not _hidden(relative) and reader_for(Path(child.rsplit("/", 1)[-1])) is not None:
                        found.append(child)
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
