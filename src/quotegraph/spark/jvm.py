"""The options of a local run's JVM, which is the whole cluster for a few minutes and shares the
cores with extraction: every CPU second it spends at start-up is one extraction does not get.

- The quick JIT tier and one GC thread (``LOCAL_JVM``) halved its CPU seconds on 84 articles.
- A class archive (AppCDS) keeps the classes a job loads already parsed and verified: the JVM of
  a one-article extract job went from 11.2-11.9 to 6.8-7.2 CPU seconds, on the 840 PolNeAR
  training articles from 15.7 to 10.1 (docs/scale.md). The first local run records it as its JVM
  exits (``-XX:ArchiveClassesAtExit``, 23 to 26 CPU seconds once) and waits for the JVM to write
  it; later runs map it. It is keyed by the Spark and Java installations, so an upgrade records
  a new one.
- The JVM's own warnings go to stderr, never into a command's output.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import shutil
import subprocess
from pathlib import Path

LOCAL_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
LOGGING = "-XX:+DisplayVMOutputToStderr -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off:stderr"
"""The JVM's own messages (its unified logging's warnings, a crash report) on stderr, where by
default they go to stdout; none from the class archive (recording one warns of every class it
cannot keep)."""
WAIT_FOR_ARCHIVE = 300.0
"""Seconds a first run waits at exit for its JVM to write the class archive."""


def archive_path(cache: Path | None) -> Path | None:
    """Where this Spark and Java's class archive is kept, in ``cache`` (None: keep none). The file
    itself is named after it with its size (``PATH-SIZE.jsa``): a file of another size is damaged
    (the JVM would crash mapping it) and is never used."""
    if cache is None:
        return None
    import pyspark

    java = os.path.realpath(shutil.which("java") or "")
    key = "\n".join([pyspark.__version__, os.path.dirname(pyspark.__file__), java, LOCAL_JVM])
    return cache / f"spark-classes-{hashlib.sha1(key.encode()).hexdigest()[:12]}"


def java_options(archive: Path | None) -> tuple[str, Path | None]:
    """The local JVM's options, and the file it records its class archive into (None when it maps
    an existing one, or keeps none)."""
    options = f"{LOCAL_JVM} {LOGGING}"
    if archive is None:
        return options, None
    found = recorded(archive)
    if found is not None:
        return f"{options} -XX:SharedArchiveFile={found}", None
    try:
        archive.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return options, None
    _drop_abandoned(archive)
    partial = archive.with_name(f"{archive.name}.{os.getpid()}.partial")
    return f"{options} -XX:ArchiveClassesAtExit={partial}", partial


def recorded(archive: Path) -> Path | None:
    """The archive recorded for ``archive``, if one is whole; damaged ones are removed."""
    whole = None
    for file in archive.parent.glob(f"{archive.name}-*.jsa"):
        size = file.name[len(archive.name) + 1 : -len(".jsa")]
        if whole is None and size.isdigit() and file.stat().st_size == int(size):
            whole = file
        else:
            file.unlink(missing_ok=True)
    return whole


def keep_when_written(proc: subprocess.Popen[bytes], partial: Path, archive: Path) -> None:
    """At exit: end the JVM (it exits when its stdin closes), wait while it writes the archive,
    then put the archive in place in one step, so no run ever maps a half-written one."""

    def finish() -> None:
        from pyspark import SparkContext

        context = SparkContext._active_spark_context
        if context is not None:
            context.stop()  # first, or Python's side of the gateway sees the JVM go mid-request
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()
        try:
            code = proc.wait(WAIT_FOR_ARCHIVE)
        except subprocess.TimeoutExpired:
            return
        size = partial.stat().st_size if partial.is_file() else 0
        if code == 0 and size > 0:
            os.replace(partial, archive.with_name(f"{archive.name}-{size}.jsa"))
        else:
            partial.unlink(missing_ok=True)

    atexit.register(finish)


def drop(archive: Path | None) -> bool:
    """Remove the archive a JVM could not start with; True if there was one."""
    found = None if archive is None else recorded(archive)
    if found is None:
        return False
    found.unlink(missing_ok=True)
    return True


def _drop_abandoned(archive: Path) -> None:
    """Partial archives of processes that are gone (killed before their JVM finished writing)."""
    for partial in archive.parent.glob(f"{archive.name}.*.partial"):
        pid = partial.name[len(archive.name) + 1 : -len(".partial")]
        if pid.isdigit() and not _alive(int(pid)):
            partial.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
