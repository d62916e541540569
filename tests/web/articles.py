"""Invented articles for the web tests: three outlets, recurring speakers, one statement reported
three times in slightly different words, a belief (shown only with scope=all), and articles whose
every field carries a script payload."""

from __future__ import annotations

import json
from pathlib import Path

BELIEF = "the new vessel will be the fastest on the whole coast"
"""Marchetti's belief in the first ferry article, in its words."""

ARTICLES = [
    {
        "id": "ferry-1",
        "outlet": "Harbour Herald",
        "published": "2025-03-03T09:00:00Z",
        "title": "Island ferry to run twice a day from April",
        "url": "https://herald.example/ferry-timetable",
        "text": (
            "The island ferry will run twice a day from April, the transport board announced on Monday.\n\n"
            '"Twice a day is the least the islanders deserve, and we will keep that promise through the winter," '
            "said Odile Marchetti, the chair of the transport board.\n\n"
            '"The boats are old but they are sound," Marchetti told reporters at the quay. '
            "The board has ordered a new vessel for 2027. "
            "Marchetti believes the new vessel will be the fastest on the whole coast.\n\n"
            '"We have waited eleven years for a timetable like this," said Rhys Okafor, a fisherman from the island.'
        ),
    },
    {
        "id": "ferry-2",
        "outlet": "Valley Courier",
        "published": "2025-03-04T11:30:00Z",
        "title": "Ferry timetable doubles",
        "url": "https://courier.example/news/ferry",
        "text": (
            "Islanders will get a second daily ferry from April after a vote by the transport board.\n\n"
            '"Twice a day is the least the islanders deserve, and we will keep that promise all through the winter," '
            "Odile Marchetti said on Tuesday.\n\n"
            "Critics said the plan was too expensive. "
            '"Nobody has explained who pays for the extra fuel," said councillor Bram Veldhuis.'
        ),
    },
    {
        "id": "ferry-3",
        "outlet": "Coastal Daily",
        "published": "2025-03-10T08:00:00Z",
        "title": "Board defends ferry plan",
        "text": (
            "The transport board defended its new ferry timetable on Monday.\n\n"
            '"Twice a day is the very least the islanders deserve, and we will keep that promise through the winter," '
            "transport board chair Odile Marchetti said.\n\n"
            '"The fuel will be paid for from the harbour fees," Marchetti added.'
        ),
    },
    {
        "id": "school-1",
        "outlet": "Valley Courier",
        "published": "2025-04-14T10:00:00Z",
        "title": "New school opens its doors",
        "url": "https://courier.example/news/school",
        "text": (
            "The new primary school in the valley opened on Monday with two hundred pupils.\n\n"
            '"This building will serve the valley for fifty years," said head teacher Amara Lindqvist.\n\n'
            '"We kept the old oak tree in the playground because the children asked us to," Lindqvist said. '
            "Parents gathered at the gate before nine o'clock.\n\n"
            '"It is the best thing to happen here in a decade," said Bram Veldhuis, a councillor.'
        ),
    },
    {
        "id": "market-1",
        "outlet": "Harbour Herald",
        "published": "2025-05-20T07:45:00Z",
        "title": "Fish market moves indoors",
        "text": (
            "The weekly fish market will move into the old rope works next month.\n\n"
            '"The stalls have been soaked by rain every winter for as long as anyone remembers," '
            "said Rhys Okafor, who sells crab at the market.\n\n"
            '"Moving indoors costs money, but so does losing customers to the weather," '
            "said Odile Marchetti, who now chairs the harbour trust."
        ),
    },
]

PAYLOAD = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">'
ATTR_PAYLOAD = '" onmouseover="window.__xss=3" autofocus onfocus="window.__xss=4" x="'
SVG_PAYLOAD = "'><svg onload=window.__xss=5>"
ALL_PAYLOADS = PAYLOAD + ATTR_PAYLOAD + SVG_PAYLOAD
"""Put in every field that comes from the open web; none may run and each must show as text."""

HOSTILE = {
    "id": "hostile-1",
    "outlet": f"Evil Outlet {ALL_PAYLOADS}",
    "published": "2025-05-21T07:45:00Z",
    "title": f"Hostile title {ALL_PAYLOADS}",
    "url": "javascript:window.__xss=6",
    "text": (
        f"A page from the open web with markup in its text: {PAYLOAD} and {SVG_PAYLOAD}.\n\n"
        '"Markup such as <b onclick=window.__xss=7>bold</b> must be shown, not run," said Ines Halloran, a web editor.\n\n'
        f"It ends with an attribute payload: {ATTR_PAYLOAD}"
    ),
}


def write_jsonl(folder: Path, articles: list[dict[str, str]]) -> Path:
    path = folder / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return path
