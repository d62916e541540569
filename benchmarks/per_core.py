"""One core's rates for the two costly steps of a CC-NEWS run, in this process, model loaded first:
HTML page -> article text (trafilatura, as ``ingest`` reads a WARC response), and article ->
quotes (``extract_many``, every kind at any confidence, as the store and the Spark job keep).

    .venv/bin/python benchmarks/per_core.py /work/shared/bench/polnear.train.jsonl --limit 300

The pages are the articles wrapped in the HTML ``warc_memory.py`` writes (paragraphs in an
``<article>``), so the HTML step here is a lower bound on real pages' (navigation, scripts, ads).
CPU seconds are this process's own (``time.process_time``): on a shared machine they are closer
to a dedicated core's cost than wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from warc_memory import PAGE  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("jsonl")
    parser.add_argument("--limit", type=int, default=300)
    args = parser.parse_args()

    from quotegraph.extract import extract_many, load_nlp
    from quotegraph.ingest.html import html_to_article
    from quotegraph.model import Article

    with open(args.jsonl, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()][: args.limit]
    pages = [
        PAGE.format(
            title=f"Report {i}", body="".join(f"<p>{p}</p>" for p in t.split("\n\n") if p.strip())
        ).encode()
        for i, t in enumerate(texts)
    ]
    load_nlp(ner=False)
    list(extract_many([Article("warm", texts[0])], scope="all", min_confidence=0.0))

    wall, cpu = time.perf_counter(), time.process_time()
    read = [html_to_article(p, f"page{i}", default_id=f"page{i}") for i, p in enumerate(pages)]
    html_wall, html_cpu = time.perf_counter() - wall, time.process_time() - cpu
    ok = sum(1 for r in read if hasattr(r, "article"))

    wall, cpu = time.perf_counter(), time.process_time()
    done = list(
        extract_many([Article(str(i), t) for i, t in enumerate(texts)], scope="all", min_confidence=0.0)
    )
    nlp_wall, nlp_cpu = time.perf_counter() - wall, time.process_time() - cpu
    words = sum(len(t.split()) for t in texts)

    n = len(texts)
    print(f"{n} articles, {words / n:.0f} words each on average; load average {os.getloadavg()[0]:.1f}")
    print(f"HTML -> text: {ok}/{n} pages read; {html_cpu:.1f} CPU s ({n / html_cpu:.1f} pages per CPU s), "
          f"{html_wall:.1f} s wall")  # fmt: skip
    print(f"extraction:   {sum(1 for r in done if r.error is None)}/{n} articles; {nlp_cpu:.1f} CPU s "
          f"({n / nlp_cpu:.2f} articles per CPU s), {nlp_wall:.1f} s wall")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
