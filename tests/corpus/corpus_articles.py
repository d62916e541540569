"""Small invented articles for the corpus tests, a generator of many more, and a store dump to compare."""

from __future__ import annotations

import json
from pathlib import Path

from quotegraph.store import Store

HARBOUR = (
    "The town council voted on Tuesday to rebuild the old harbour wall before the winter storms. "
    '"We cannot wait another year for the sea to decide for us," Mayor Ingrid Solberg said after the vote. '
    "Work is expected to start in October."
)

BRIDGE = (
    "Engineers closed the north bridge on Friday after cracks were found in two of its supports. "
    '"Nobody will cross this bridge until we are certain it is safe," said Tomas Varga, the city engineer. '
    "Traffic was diverted through the old town."
)

ORCHARD = (
    "Apple growers in the valley expect a smaller harvest this autumn after a late frost. "
    '"The blossom froze in a single night and there is nothing we can do now," grower Lena Moss said. '
    "Prices are likely to rise."
)

GERMAN = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenmauer vor den Winterstürmen neu zu bauen. "
    "Die Arbeiten sollen im Oktober beginnen, sagte die Bürgermeisterin nach der Abstimmung."
)

PAGE = f"""<html><head><title>Bridge closed - The Lakeside Courier</title>
<meta property="og:site_name" content="The Lakeside Courier">
<meta property="article:published_time" content="2024-05-03T08:00:00Z">
<link rel="canonical" href="https://courier.example/news/bridge"></head>
<body><nav>Home | Local</nav><article><h1>Bridge closed</h1><p>{BRIDGE}</p></article></body></html>"""

WARC_PAGE = f"""<html><head><title>Frost hits orchards - Valley Voice</title>
<meta property="og:site_name" content="Valley Voice">
<meta property="article:published_time" content="2024-05-04">
</head><body><article><h1>Frost hits orchards</h1><p>{ORCHARD}</p></article></body></html>"""

PEOPLE = [
    ("Ingrid Solberg", "Mayor", "the harbour wall"),
    ("Tomas Varga", "city engineer", "the north bridge"),
    ("Lena Moss", "grower", "the harvest"),
    ("Omar Haddad", "union leader", "the strike"),
    ("Petra Novak", "health minister", "the new clinic"),
]
OUTLETS = ["Lakeside Courier", "Valley Voice", "Harbour Herald", "Metro Times"]


def many_articles(path: Path, n: int) -> Path:
    """``n`` JSONL articles: each person's statement on their subject, reported by several outlets."""
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            name, role, subject = PEOPLE[i % len(PEOPLE)]
            outlet = OUTLETS[(i // len(PEOPLE)) % len(OUTLETS)]
            day = 1 + (i * 7) % 28  # publication dates out of input order
            text = (
                f"Residents gathered on Monday to discuss {subject}, report number {i}. "
                f'"We will keep working on {subject} until the job is done properly," {role} {name} said. '
                f"{name.split()[1]} added that more meetings would follow."
            )
            record = {"id": f"n{i}", "text": text, "outlet": outlet, "published": f"2024-06-{day:02d}"}
            f.write(json.dumps(record) + "\n")
    return path


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a stable order: equal dumps, equal stores."""
    tables = {"schema_version": "1", "articles": "1", "quotes": "1", "speakers": "1", "speaker_aliases": "1, 2",
              "speaker_roles": "1, 2", "speaker_outlets": "1, 4, 2", "speaker_top_quotes": "1, 5, 2",
              "clusters": "1", "errors": "1"}  # fmt: skip
    return {t: store.query(f"SELECT * FROM {t} ORDER BY {order}") for t, order in tables.items()}
