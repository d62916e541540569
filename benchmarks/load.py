"""Load test of the web app: search and article pages under concurrent clients, against a local
server holding generated quotes.

    python benchmarks/load.py                                   # 100,000 quotes, 50 clients, 30 s
    python benchmarks/load.py --quotes 5000 --seconds 5 --clients 10     # small
    python benchmarks/load.py --db corpus.db --keep             # reuse (or keep) a generated store

The store is filled directly (nothing is extracted), as benchmarks/store.py does: pseudo-words with
a Zipf-like popularity, speakers with a skewed popularity, articles whose text holds their quotes at
the stored offsets. The server runs as its own process (uvicorn, the app from ``app_from_env``);
the clients are asyncio connections speaking HTTP/1.1 with keep-alive, each sending its next
request as soon as the last one is answered. Half the requests are searches (one or two words,
a fifth of them with a speaker or outlet filter), half are article pages. Prints p50/p99 latency
per kind and overall, and the error count (any status but 200, or a failed connection). Before the
load, the whole store is downloaded as CSV (``/search?format=csv``) from a fresh server, to show
the download streams: its rows, size, time, and the server's peak resident memory before and after.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from quotegraph.store import Store, open_store
from quotegraph.store.base import ARTICLE_COLUMNS
from store import pseudo_words  # the store benchmark's generator, beside this file

FIRST = ("Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kira", "Luca",
         "Maya", "Nils", "Olga", "Pavel", "Rosa", "Sami", "Tara", "Umar")  # fmt: skip
ROLES = ("minister", "senator", "mayor", "spokeswoman", "envoy", "union leader", "professor", "judge")
FILLER = "Officials met on Tuesday to discuss the plan, and a decision is expected later this month."


@dataclass
class Corpus:
    article_keys: list[str]
    vocab: list[str]
    speakers: list[str]
    outlets: list[str]


def generate(store: Store, n_quotes: int, per_article: int = 5, seed: int = 11) -> Corpus:
    """Write ``n_quotes`` quotes in articles of ``per_article``, with resolved speakers, into ``store``."""
    rng = np.random.default_rng(seed)
    vocab = pseudo_words(rng, 20_000, (2, 5))
    surnames = [w.capitalize() for w in pseudo_words(rng, 3_000, (2, 4))]
    n_people = max(20, n_quotes // 50)
    people = [
        f"{FIRST[i % len(FIRST)]} {surnames[int(rng.integers(len(surnames)))]}" for i in range(n_people)
    ]
    kinds = ["Times", "Post", "Herald", "News"] * 10
    outlets = [
        f"{w.capitalize()} {kind}" for w, kind in zip(pseudo_words(rng, 40, (2, 3)), kinds, strict=True)
    ]
    word_p = 1 / np.arange(1, len(vocab) + 1) ** 1.05
    word_p /= word_p.sum()
    who_p = 1 / np.arange(1, n_people + 1) ** 0.9
    who_p /= who_p.sum()
    lengths = rng.integers(8, 25, n_quotes)
    words = rng.choice(len(vocab), size=int(lengths.sum()), p=word_p).tolist()
    who = rng.choice(n_people, size=n_quotes, p=who_p).tolist()
    n_articles = -(-n_quotes // per_article)
    days = rng.integers(0, 730, n_articles).tolist()
    art_cols = ", ".join(ARTICLE_COLUMNS)
    art_sql = f"INSERT INTO articles ({art_cols}) VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})"
    keys: list[str] = []
    pos = 0
    counts = np.zeros(n_people, dtype=np.int64)
    article_sets: list[set[str]] = [set() for _ in range(n_people)]
    batch_a: list[tuple[object, ...]] = []
    batch_q: list[tuple[object, ...]] = []
    for a in range(n_articles):
        key = f"L{a:08d}"
        keys.append(key)
        outlet = outlets[a % len(outlets)]
        day = days[a]
        published = f"{2024 + day // 365}-{1 + day % 365 // 31:02d}-{1 + day % 28:02d}T12:00:00"
        parts: list[str] = [FILLER]
        offset = len(FILLER)
        lo, hi = a * per_article, min((a + 1) * per_article, n_quotes)
        for k, i in enumerate(range(lo, hi)):
            text = " ".join(vocab[w] for w in words[pos : pos + lengths[i]]).capitalize() + "."
            pos += int(lengths[i])
            person = who[i]
            name = people[person]
            lead = ' "'
            start = offset + len(lead)
            parts.append(f'{lead}{text}," said {name}, the {ROLES[person % len(ROLES)]}.')
            offset += len(parts[-1])
            counts[person] += 1
            article_sets[person].add(key)
            role = ROLES[person % len(ROLES)]
            batch_q.append((
                f"{key}-{k}", key, k, start, start + len(text), text, "direct", name, name, None, None, role,
                "said", None, None, None, None, 0.9, outlet, published, f"sp-{person:06d}", f"{key}-{k}",
            ))  # fmt: skip
        body = "".join(parts)
        url = f"https://{outlet.split()[0].lower()}.example/{a}"
        batch_a.append((key, f"gen-{a}", "generated", url, outlet, published, published,
                        f"Generated article {a}", body, hi - lo))  # fmt: skip
        if len(batch_a) >= 2_000 or a == n_articles - 1:
            with store.transaction():
                store.executemany(art_sql, batch_a)
                store.executemany(
                    "INSERT INTO quotes (id, article_key, idx, start_pos, end_pos, text, type, speaker,"
                    " speaker_mention, speaker_start, speaker_end, role, cue, cue_start, cue_end, addressee,"
                    " target, confidence, outlet, published_at, speaker_id, cluster_id)"
                    f" VALUES ({', '.join('?' * 22)})",
                    batch_q,
                )
            batch_a, batch_q = [], []
    with store.transaction():
        store.executemany(
            "INSERT INTO speakers (id, name, n_quotes, n_articles, n_quotes_all, n_articles_all)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (f"sp-{p:06d}", people[p], *[int(counts[p]), len(article_sets[p])] * 2)
                for p in range(n_people)
                if counts[p]
            ],
        )
        store.executemany(
            "INSERT INTO speaker_aliases (speaker_id, alias, n, reason) VALUES (?, ?, ?, 'full name')",
            [(f"sp-{p:06d}", people[p], int(counts[p])) for p in range(n_people) if counts[p]],
        )
    if store.dialect == "sqlite":
        store.execute("ANALYZE")
    return Corpus(keys, vocab, people, outlets)


def corpus_from(store: Store) -> Corpus:
    keys = [r[0] for r in store.query("SELECT key FROM articles")]
    texts = [r[0] for r in store.query("SELECT text FROM quotes ORDER BY rowid LIMIT 20000")]
    vocab = list(dict.fromkeys(w.lower().strip(".,") for t in texts for w in t.split()))
    speakers = [r[0] for r in store.query("SELECT name FROM speakers ORDER BY n_quotes DESC LIMIT 500")]
    outlets = [r[0] for r in store.query("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL")]
    return Corpus(keys, vocab, speakers, outlets)


# -- the clients --------------------------------------------------------------------------------------
@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: {"search": [], "article": []})
    errors: int = 0
    statuses: dict[str, int] = field(default_factory=dict)


def request_paths(corpus: Corpus, rng: random.Random, n: int) -> list[tuple[str, str]]:
    common = corpus.vocab[:5000]
    out = []
    for _ in range(n):
        if rng.random() < 0.5:
            words = " ".join(rng.choice(common) for _ in range(rng.choice((1, 1, 2))))
            params = {"q": words}
            roll = rng.random()
            if roll < 0.1:
                params["speaker"] = rng.choice(corpus.speakers[:200])
            elif roll < 0.2:
                params["outlet"] = rng.choice(corpus.outlets)
            out.append(("search", "/search?" + urllib.parse.urlencode(params)))
        else:
            out.append(("article", f"/articles/{rng.choice(corpus.article_keys)}"))
    return out


async def one_client(
    host: str, port: int, paths: list[tuple[str, str]], deadline: float, tally: Tally
) -> None:
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None
    i = 0
    while time.perf_counter() < deadline:
        kind, path = paths[i % len(paths)]
        i += 1
        start = time.perf_counter()
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection(host, port)
            assert reader is not None
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: text/html\r\n\r\n".encode())
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status = head[9:12].decode()
            length = 0
            chunked = False
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
                elif name.lower() == b"transfer-encoding" and b"chunked" in value.lower():
                    chunked = True
            if chunked:
                while True:
                    size = int((await reader.readuntil(b"\r\n")).strip(), 16)
                    await reader.readexactly(size + 2)
                    if size == 0:
                        break
            else:
                await reader.readexactly(length)
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as exc:
            tally.errors += 1
            tally.statuses[type(exc).__name__] = tally.statuses.get(type(exc).__name__, 0) + 1
            if writer is not None:
                writer.close()
            reader = writer = None
            continue
        tally.latencies[kind].append(time.perf_counter() - start)
        tally.statuses[status] = tally.statuses.get(status, 0) + 1
        if status != "200":
            tally.errors += 1
    if writer is not None:
        writer.close()


async def run_clients(
    host: str, port: int, corpus: Corpus, clients: int, seconds: float
) -> tuple[Tally, float]:
    tally = Tally()
    rng = random.Random(5)
    start = time.perf_counter()
    deadline = start + seconds
    await asyncio.gather(*(
        one_client(host, port, request_paths(corpus, random.Random(rng.random()), 2000), deadline, tally)
        for _ in range(clients)
    ))  # fmt: skip
    return tally, time.perf_counter() - start


def percentiles(samples: list[float]) -> str:
    if not samples:
        return "no samples"
    ms = sorted(s * 1000 for s in samples)

    def p(q: float) -> float:
        return ms[min(len(ms) - 1, int(q * len(ms)))]

    return f"p50 {p(0.50):7.1f} ms   p99 {p(0.99):7.1f} ms   max {ms[-1]:7.1f} ms   (n={len(ms)})"


# -- the server ---------------------------------------------------------------------------------------
def cpu_seconds(pid: int) -> float:
    """User + system CPU time of ``pid`` and its child processes (uvicorn workers), from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == pid or int(fields[1]) == pid:  # fields[1] is the parent pid
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "QUOTEGRAPH_WEB_DB": db}
    cmd = [sys.executable, "-m", "uvicorn", "--factory", "quotegraph.web.app:app_from_env",
           "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
           "--log-level", "warning", "--no-access-log"]  # fmt: skip
    proc = subprocess.Popen(cmd, env=env)
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/quotes?per_page=1", timeout=2) as r:
                if r.status == 200:
                    return proc
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise SystemExit("the server did not start")
        time.sleep(0.2)


def memory_kb(pid: int) -> tuple[int, int]:
    """(resident now, peak resident) of ``pid`` in kB, from /proc."""
    fields = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line
    )
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])


def measure_download(db: str, times: int = 2) -> None:
    """Download every quote of the store as CSV from a fresh one-process server, streaming, ``times``
    times over, and print the rows, bytes, time and the server's peak resident memory after each:
    the first fills SQLite's page cache (``cache_size``, 200 MB at most); if the download holds
    rows, not the whole result, the second adds nothing."""
    port = free_port()
    server = start_server(db, port, 1)
    try:
        rss, peak = memory_kb(server.pid)
        print(f"CSV download of the whole store: server resident {rss / 1024:.0f} MB,"
              f" peak {peak / 1024:.0f} MB")  # fmt: skip
        url = f"http://127.0.0.1:{port}/search?format=csv&scope=all&min_confidence=0&sort=newest"
        for n in range(1, times + 1):
            start = time.perf_counter()
            rows = size = 0
            with urllib.request.urlopen(url, timeout=600) as r:
                while chunk := r.read(1 << 16):
                    size += len(chunk)
                    rows += chunk.count(b"\n")
            elapsed = time.perf_counter() - start
            _, after = memory_kb(server.pid)
            print(f"  download {n}: {rows - 1:,} rows, {size / 1e6:.1f} MB in {elapsed:.1f} s;"
                  f" peak resident {after / 1024:.0f} MB (+{(after - peak) / 1024:.1f} MB)")  # fmt: skip
            peak = after
    finally:
        server.terminate()
        server.wait(timeout=20)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quotes", type=int, default=100_000)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--workers", type=int, default=1, help="server processes (default 1)")
    ap.add_argument("--db", help="SQLite file to use: generated there if it does not exist")
    ap.add_argument("--keep", action="store_true", help="keep the generated store")
    ap.add_argument("--no-download", action="store_true", help="skip the whole-store CSV download")
    args = ap.parse_args()

    tmp = None
    if args.db:
        db = args.db
    else:
        tmp = tempfile.TemporaryDirectory(prefix="qg-load-")
        db = str(Path(tmp.name) / "load.db")
    fresh = not Path(db).exists()
    with open_store(db) as store:
        if fresh:
            t = time.perf_counter()
            corpus = generate(store, args.quotes)
            print(f"generated {args.quotes:,} quotes in {len(corpus.article_keys):,} articles,"
                  f" {len(corpus.speakers):,} people, in {time.perf_counter() - t:.1f} s")  # fmt: skip
        else:
            corpus = corpus_from(store)
        counts = store.counts()
    print(
        f"store: {counts['quotes']:,} quotes, {counts['articles']:,} articles,"
        f" {counts['speakers']:,} speakers"
    )

    if not args.no_download:
        measure_download(db)
    port = free_port()
    server = start_server(db, port, args.workers)
    try:
        asyncio.run(run_clients("127.0.0.1", port, corpus, min(args.clients, 5), 2.0))  # warm the caches
        load_before = os.getloadavg()[0]
        cpu_before = cpu_seconds(server.pid)
        tally, elapsed = asyncio.run(run_clients("127.0.0.1", port, corpus, args.clients, args.seconds))
        server_cpu = cpu_seconds(server.pid) - cpu_before
        load_after = os.getloadavg()[0]
    finally:
        server.terminate()
        server.wait(timeout=20)
        if tmp is not None and not args.keep:
            tmp.cleanup()  # (the download ran before: the store is still there)
        elif tmp is not None:
            print(f"kept the store at {db}")
    every = tally.latencies["search"] + tally.latencies["article"]
    print(f"{args.clients} clients for {elapsed:.1f} s, {args.workers} server worker(s):"
          f" {len(every):,} requests, {len(every) / elapsed:,.0f}/s")  # fmt: skip
    print(f"  search   {percentiles(tally.latencies['search'])}")
    print(f"  article  {percentiles(tally.latencies['article'])}")
    print(f"  all      {percentiles(every)}")
    print(f"  errors   {tally.errors}   statuses {dict(sorted(tally.statuses.items()))}")
    per_request = server_cpu * 1000 / max(len(every), 1)
    print(f"  server CPU {per_request:.2f} ms per request; machine load average {load_before:.1f} before,"
          f" {load_after:.1f} after ({os.cpu_count()} CPUs)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
