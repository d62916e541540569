"""Peak memory of ``quotegraph spark extract --master local[2]`` on a generated 1 GB WARC file.

    .venv/bin/python benchmarks/warc_memory.py --size-gb 1

The file (gzipped WARC, one member per record, as CC-NEWS's) holds PolNeAR articles as HTML
responses, each with distinct text, between large non-HTML responses (random bytes, as images or
PDFs: they do not compress), so it reaches its size with some 600 articles to extract. Every
byte is still read and decompressed by the job. Reported: the peak resident memory of the JVM (the
local executor), of the largest Python process, and of the whole tree (driver, JVM, Python daemons
and workers) at one moment, as RSS and as PSS (pages forked workers share counted once).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from proctree import run  # noqa: E402

PAGE = (
    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"
)


def write_warc(path: str, size: int, articles: str, blob_mb: int = 32, every: int = 20) -> int:
    """A WARC of about ``size`` bytes; returns the number of HTML records in it."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(articles, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    rng = random.Random(17)
    html = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    binary = StatusAndHeaders("200 OK", [("Content-Type", "application/pdf")], protocol="HTTP/1.1")
    pages = 0
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        while out.tell() < size:
            if pages % every == every - 1:
                payload, headers, url = (
                    rng.randbytes(blob_mb << 20),
                    binary,
                    f"https://news.example/{pages}.pdf",
                )
            else:
                text = texts[pages % len(texts)]
                body = "".join(f"<p>{p}</p>" for p in text.split("\n\n") if p.strip())
                body += f"<p>(Copy {pages}.)</p>"
                title = f"Report {pages}"
                payload = PAGE.format(title=title, body=body).encode()
                headers, url = html, f"https://news.example/{pages}.html"
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(payload), http_headers=headers
            )
            writer.write_record(record)
            pages += 1
    return pages - pages // every


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-gb", type=float, default=1.0)
    parser.add_argument("--articles", default="/work/shared/bench/polnear.train.jsonl")
    parser.add_argument("--keep", help="write the WARC here and keep it (default: a temporary file)")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="qg-warc-")
    path = args.keep or os.path.join(work, "big.warc.gz")
    if not os.path.exists(path):
        n = write_warc(path, int(args.size_gb * (1 << 30)), args.articles)
        print(f"wrote {path}: {os.path.getsize(path) / (1 << 30):.2f} GB, {n} HTML records")
    exe = os.path.join(os.path.dirname(sys.executable), "quotegraph")
    argv = [exe, "spark", "extract", "--master", "local[2]", path, "--out", os.path.join(work, "out")]
    print(" ".join(argv[1:]), flush=True)
    u = run(argv, timeout=7200)
    print(u.stdout.strip())
    print(f"exit {u.returncode}; {u.seconds:.0f} s; CPU {u.cpu:.0f} s")
    for kind in ("java", "python"):
        print(f"peak RSS, largest {kind} process: {u.peak_rss.get(kind, 0) / (1 << 20):.0f} MB")
    print(f"peak RSS, whole process tree at once: {u.peak_total / (1 << 20):.0f} MB (shared pages in each)")
    print(f"peak PSS, whole process tree at once: {u.peak_pss / (1 << 20):.0f} MB (shared pages split)")
    print(f"peak PSS, executor (the tree but the driver's Python): {u.peak_pss_below / (1 << 20):.0f} MB")
    return u.returncode


if __name__ == "__main__":
    sys.exit(main())
