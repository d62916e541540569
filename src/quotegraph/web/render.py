"""Turn records into what the templates draw: highlighted text, speaker colours, word diffs, charts.

Nothing here builds HTML: it returns plain values and the templates escape every string.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlsplit

N_COLOURS = 8
"""Speaker colour classes ``s0``..``s7`` in style.css; quotes with no named speaker get ``s-none``,
speakers past the eighth ``s-more``."""


@dataclass(frozen=True)
class Mark:
    """What a highlighted quote needs: where it is, who said it, and the details its tooltip shows."""

    start: int
    end: int
    id: str | None
    speaker: str | None
    speaker_id: str | None
    role: str | None
    cue: str | None
    addressee: str | None
    target: str | None
    type: str
    confidence: float
    kind: str = "statement"
    cue_span: tuple[int, int] | None = None
    speaker_span: tuple[int, int] | None = None
    """Where the cue and the speaker's mention stand in the article, when extraction found them."""
    anchor: str = ""
    """The quote's place in its article (``q-<index>``): ``/articles/{key}#q-<index>`` goes to it."""

    @property
    def verbatim(self) -> bool:
        """A direct quote gives the speaker's own words; indirect and mixed ones are paraphrase."""
        return self.type == "direct"


@dataclass(frozen=True)
class Segment:
    text: str
    mark: Mark | None = None
    n: int = 0
    """The quote's number in the article (1-based) when ``mark`` is set."""
    colour: str = ""
    part: str = "quote"
    """With ``mark``: ``quote`` (the quoted words), ``cue`` or ``speaker`` (the mention of its speaker)."""


@dataclass(frozen=True)
class SpeakerCount:
    name: str
    speaker_id: str | None
    n: int
    colour: str


def anchor(quote_id: str) -> str:
    """A quote's place in its article page: ``q-<index in the article>``."""
    return "q-" + quote_id.rsplit("-", 1)[-1]


@dataclass(frozen=True)
class Citation:
    plain: str
    apa: str


def citation(
    text: str,
    verbatim: bool,
    speaker: str | None,
    role: str | None,
    outlet: str | None,
    published_at: str | None,
    title: str | None,
    url: str,
) -> Citation:
    """How to cite a quote: a plain line (the words, who, in what role, where, when, link) and an
    APA-like reference (the outlet as author, the article as the work, the speaker as quoted in it)."""
    who = speaker or "an unnamed speaker"
    words = f"\u201c{text}\u201d" if verbatim else f"{text} (paraphrase)"
    day = _parse_day(published_at)
    plain = ", ".join(
        x for x in (f"{words} \u2014 {who}", role, outlet, day.isoformat() if day else None) if x
    )
    when = f"{day.year}, {day.strftime('%B')} {day.day}" if day else "n.d."
    apa = f"{outlet or 'Unknown outlet'}. ({when}). {title or 'Untitled article'}. {who}, quoted. {url}"
    return Citation(f"{plain}. {url}", apa)


def speaker_key(m: Mark) -> str | None:
    return m.speaker_id or m.speaker


def colours(marks: Sequence[Mark]) -> dict[str | None, str]:
    """A colour class per speaker, the most quoted first; no colour stands for two speakers: past
    the ``N_COLOURS`` most quoted, speakers share the plain ``s-more`` (and say so)."""
    counts = Counter(speaker_key(m) for m in marks if speaker_key(m))
    order = sorted(counts, key=lambda k: (-counts[k], min(m.start for m in marks if speaker_key(m) == k)))
    out: dict[str | None, str] = {k: f"s{i}" if i < N_COLOURS else "s-more" for i, k in enumerate(order)}
    out[None] = "s-none"
    return out


def speaker_counts(marks: Sequence[Mark], names: dict[str, str] | None = None) -> list[SpeakerCount]:
    """The article's speakers with how many quotes each, most first, and their colour."""
    palette = colours(marks)
    counts: Counter[str | None] = Counter(speaker_key(m) for m in marks)
    label: dict[str | None, tuple[str, str | None]] = {}
    for m in marks:
        key = speaker_key(m)
        if key not in label:
            shown = (names or {}).get(m.speaker_id or "", None) or m.speaker or "Unattributed"
            label[key] = (shown, m.speaker_id)
    return [
        SpeakerCount(label[k][0], label[k][1], n, palette[k])
        for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], label[kv[0]][0]))
    ]


def highlight(text: str, marks: Sequence[Mark]) -> list[Segment]:
    """``text`` cut into plain and quoted segments, and the cue and speaker mention of each quote
    where they stand outside every quote; a quote overlapping an earlier one is left out."""
    palette = colours(marks)
    pieces: list[tuple[int, int, Segment]] = []
    taken: list[tuple[int, int]] = []
    pos = 0
    kept: list[tuple[int, Mark]] = []
    for n, m in enumerate(sorted(marks, key=lambda m: (m.start, m.end)), start=1):
        start, end = max(m.start, 0), min(m.end, len(text))
        if start < pos or end <= start:
            continue
        pieces.append((start, end, Segment(text[start:end], m, n, palette[speaker_key(m)])))
        taken.append((start, end))
        kept.append((n, m))
        pos = end
    for n, m in kept:
        for part, span in (("cue", m.cue_span), ("speaker", m.speaker_span)):
            if span is None:
                continue
            start, end = max(span[0], 0), min(span[1], len(text))
            if end <= start or any(start < b and a < end for a, b in taken):
                continue
            pieces.append((start, end, Segment(text[start:end], m, n, palette[speaker_key(m)], part)))
            taken.append((start, end))
    out: list[Segment] = []
    pos = 0
    for start, end, seg in sorted(pieces, key=lambda p: p[0]):
        if start > pos:
            out.append(Segment(text[pos:start]))
        out.append(seg)
        pos = end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


WORDS = re.compile(r"\S+")
QUERY_WORD = re.compile(r"\w+", re.UNICODE)
ENDINGS = ("ing", "ed", "es", "s", "ly")


@functools.lru_cache(maxsize=256)
def query_pattern(query: str) -> re.Pattern[str] | None:
    """A pattern finding the words a search for ``query`` matched: words starting with a query word
    or its stem (the index stems: "deserves" finds "deserve"); ``None`` when it has no word."""
    stems = set()
    for w in QUERY_WORD.findall(query.lower()):
        ending = next((e for e in ENDINGS if w.endswith(e) and len(w) - len(e) >= 3), "")
        stems.add(w[: len(w) - len(ending)])
    if not stems:
        return None
    alternatives = "|".join(map(re.escape, sorted(stems, key=len, reverse=True)))
    return re.compile(r"\b(?:" + alternatives + r")\w*", re.IGNORECASE)


def matched(text: str, query: str) -> list[tuple[str, bool]]:
    """``text`` cut into pieces, each with whether it is a word the search ``query`` matched."""
    pattern = query_pattern(query) if query else None
    if pattern is None:
        return [(text, False)] if text else []
    out: list[tuple[str, bool]] = []
    pos = 0
    for m in pattern.finditer(text):
        if m.start() > pos:
            out.append((text[pos : m.start()], False))
        out.append((m.group(), True))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def word_diff(before: str, after: str) -> list[tuple[str, str]]:
    """``after`` against ``before`` word by word: ("equal" | "delete" | "insert", words) pieces."""
    a, b = WORDS.findall(before), WORDS.findall(after)
    out: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("equal", "delete", "replace") and i2 > i1:
            out.append(("equal" if op == "equal" else "delete", " ".join(a[i1:i2])))
        if op in ("insert", "replace") and j2 > j1:
            out.append(("insert", " ".join(b[j1:j2])))
    return out


def safe_url(url: str | None) -> str | None:
    """``url`` if it is a plain web address; anything else (``javascript:``, ``data:``) is not linked."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


# -- the quotes-per-week chart ------------------------------------------------------------------------
@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    week: str
    n: int


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class RoleBar:
    x: float
    y: float
    width: float
    role: str
    span: str
    label: str = ""
    """``role`` shortened (with an ellipsis) to fit between its start and the chart's edge."""
    label_x: float = 0.0
    anchor: str = "start"


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    plot_top: int
    plot_bottom: int
    bars: list[Bar]
    ticks: list[Tick]
    y_max: int
    roles: list[RoleBar]
    summary: str


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _parse_day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


MAX_WEEKS = 520
"""The longest span a chart shows: ten years of weeks, ending with the latest. Dates are whatever
sources wrote (a year 1000 next to a year 9999 would otherwise make 450,000 weeks)."""


def per_week(days: Sequence[tuple[str, int]]) -> list[tuple[date, int]]:
    """Counts per day summed into ISO weeks (keyed by their Monday), every week in the span included;
    at most the ``MAX_WEEKS`` weeks up to the latest."""
    weeks: Counter[date] = Counter()
    for text, n in days:
        day = _parse_day(text)
        if day is not None:
            weeks[_monday(day)] += n
    if not weeks:
        return []
    first, last = min(weeks), max(weeks)
    if (last - first).days // 7 >= MAX_WEEKS:
        first = last - timedelta(weeks=MAX_WEEKS - 1)
    return [(first + timedelta(weeks=i), weeks.get(first + timedelta(weeks=i), 0))
            for i in range((last - first).days // 7 + 1)]  # fmt: skip


def weekly_chart(
    days: Sequence[tuple[str, int]],
    roles: Sequence[tuple[str, str | None, str | None]] = (),
    width: int = 640,
    bar_height: int = 120,
) -> Chart | None:
    """Quotes per ISO week (weeks start on Monday), zero weeks included, and roles as spans beneath."""
    series = per_week(days)
    if not series:
        return None
    weeks = dict(series)
    first, last = series[0][0], series[-1][0]
    n_weeks = len(series)
    left, right, top = 36, 8, 8
    plot_w = width - left - right
    step = plot_w / n_weeks
    y_max = max(weeks.values())
    bars = []
    for i, (monday, n) in enumerate(series):
        h = bar_height * n / y_max
        bars.append(Bar(round(left + i * step, 2), round(top + bar_height - h, 2),
                        round(max(step * 0.85, 0.5), 2), round(h, 2), monday.isoformat(), n))  # fmt: skip
    ticks = _ticks(first, n_weeks, left, step)
    role_top = top + bar_height + 24
    role_bars = []
    for i, (role, seen_first, seen_last) in enumerate(roles):
        a, b = _parse_day(seen_first), _parse_day(seen_last)
        if a is None:
            continue
        b = b or a
        x0 = left + max((_monday(a) - first).days, 0) / 7 * step
        x1 = left + min((_monday(b) - first).days / 7 + 1, n_weeks) * step
        span = a.isoformat() if a == b else f"{a.isoformat()} to {b.isoformat()}"
        label, label_x, anchor = _role_label(role, x0, x1, left, width - right)
        role_bars.append(RoleBar(round(x0, 2), role_top + i * 22, round(max(x1 - x0, 3), 2), role, span,
                                 label, round(label_x, 2), anchor))  # fmt: skip
    height = role_top + len(role_bars) * 22 + (4 if role_bars else -8)
    busiest = max(weeks, key=lambda d: (weeks[d], d))
    total = sum(weeks.values())
    summary = (
        f"{total} dated quote{'s' * (total != 1)} over {n_weeks} week{'s' * (n_weeks != 1)}, from the week of"
        f" {first.isoformat()} to the week of {last.isoformat()}; the busiest was the week of"
        f" {busiest.isoformat()} with {weeks[busiest]}."
    )
    return Chart(width, height, top, top + bar_height, bars, ticks, y_max, role_bars, summary)


LABEL_CHAR = 6.6
"""The width of one character of a role label (11 px system sans), generously: labels must fit."""


def _role_label(role: str, x0: float, x1: float, left: float, right: float) -> tuple[str, float, str]:
    """The role's label, where it starts and how it is anchored: inside the chart, from the bar's
    start, or ending at the bar's end when more of it fits that way; shortened if it must be."""
    after, before = right - (x0 + 4), (x1 - 4) - left
    x, anchor, room = (x0 + 4, "start", after) if after >= before else (x1 - 4, "end", before)
    fits = max(int(room // LABEL_CHAR), 4)
    label = role if len(role) <= fits else role[: fits - 1].rstrip() + "\u2026"
    return label, x, anchor


def _ticks(first: date, n_weeks: int, left: float, step: float, most: int = 6) -> list[Tick]:
    """Month (or year, over long spans) labels on the first week of each, at most ``most`` of them."""
    starts: list[tuple[int, date]] = []
    seen: set[tuple[int, int]] = set()
    for i in range(n_weeks):
        d = first + timedelta(weeks=i)
        if (d.year, d.month) not in seen:
            seen.add((d.year, d.month))
            starts.append((i, d))
    if len(starts) > most:
        years = [(i, d) for i, d in starts if d.month == 1 or (i, d) == starts[0]]
        keep = years[:: max(1, -(-len(years) // most))]
        return [Tick(round(left + i * step, 2), str(d.year)) for i, d in keep]
    return [Tick(round(left + i * step, 2), d.strftime("%b %Y")) for i, d in starts]
