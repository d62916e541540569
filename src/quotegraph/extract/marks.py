"""Finding quoted passages by their quotation marks, without the parser.

Top-level quotes only: a single-quoted passage inside a double-quoted one belongs to it. Marks may
be straight, curly, low-9 or guillemets; a paragraph left open whose successor opens with a mark
is a quote running over several paragraphs, each paragraph its own span. Unbalanced marks never
raise: an unclosed quote runs to the end of its paragraph, a stray closer is ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quotegraph.extract.lexicon import CLOSE_FOR, DOUBLE_OPENERS, SINGLE_OPENERS


@dataclass(frozen=True)
class Marked:
    """A passage between quotation marks; ``start``/``end`` exclude the marks."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    """Offset of the closing mark (of its last character for two single marks, ''), ``None`` when
    the paragraph ended first."""
    paragraph: int
    continues: bool = False
    """Opened a paragraph that follows an unclosed quote: the same speaker goes on."""

    @property
    def closed(self) -> bool:
        return self.close_at is not None


_PARAGRAPH = re.compile(r"[^\n]+")


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line: news text puts one paragraph on a line."""
    for m in _PARAGRAPH.finditer(text):
        if m.group().strip():
            yield m.start(), m.end()


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _can_open(text: str, i: int, start: int) -> bool:
    """A straight or single mark opens when it starts a word: nothing wordlike before it."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace() or after == "\n":
        return False
    if text[i] in "\"'" and before.isdigit():  # 5'10", inches and feet
        return False
    return not _is_word(before) and before not in ".,;!?"


def _can_close(text: str, i: int, end: int, single: bool) -> bool:
    """A closer ends a word; a single closer is not an apostrophe inside or ending a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < end else " "
    if before.isspace():
        # "... the term 'outreach,' " he said: a nested quote's closer, a space, then ours; and
        # "... that advice, ” he said": a stray space between the last comma and the closer.
        return not single and i > 1 and text[i - 2] in "'’,.!?…" and not _is_word(after)
    if not single:
        return True
    if _is_word(after):  # CBS’s, don’t
        return False
    # "parents’ rights": a plural possessive, unless punctuation shows the quote ended.
    return not (before in "sS" and after == " " and i + 2 < end and text[i + 2].islower())


def _scan(text: str, start: int, end: int, openers: str, single: bool) -> list[tuple[int, int | None, int]]:
    """(open mark, close mark or None, content end) of the top-level quotes in one paragraph."""
    found: list[tuple[int, int | None, int]] = []
    open_at: int | None = None
    closer = ""
    for i in range(start, end):
        ch = text[i]
        if open_at is None:
            if ch in openers and (ch not in "\"'‘’" or _can_open(text, i, start)):
                open_at, closer = i, CLOSE_FOR[ch]
            continue
        looks_closing = i + 1 >= end or not _is_word(text[i + 1])
        if (ch in closer or (ch == "“" and looks_closing)) and _can_close(text, i, end, single):
            found.append((open_at, i, i))
            open_at = None
        elif ch in "“„«" and _can_open(text, i, start):
            # A second opener while open: the first quote lost its closer. End it at the last
            # sentence end before the new one, and start again.
            found.append((open_at, None, _last_stop(text, open_at, i)))
            open_at, closer = i, CLOSE_FOR[ch]
    if open_at is not None:
        found.append((open_at, None, end))
    return found


def _last_stop(text: str, lo: int, hi: int) -> int:
    for j in range(hi - 1, lo, -1):
        if text[j] in ".!?":
            return j + 1
    return hi


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


_TAG = re.compile(r"<[A-Za-z/!][^<>\n]{0,2000}>")


def _without_tags(text: str) -> str:
    """The text with markup tags left in it (``<tweet author="..." id="...">``) blanked out, the
    same length: the marks around an attribute's value quote nobody."""
    if "<" not in text:
        return text
    return _TAG.sub(lambda m: " " * len(m.group()), text)


def find_marked(text: str) -> list[Marked]:
    """Every top-level quoted passage, in text order."""
    out: list[Marked] = []
    prev_open_ended = False
    scanned = _without_tags(text)
    for n, (ps, pe) in enumerate(paragraphs(text)):
        chunk = scanned[ps:pe]
        double = any(c in chunk for c in DOUBLE_OPENERS)
        pairs = _scan(scanned, ps, pe, DOUBLE_OPENERS, single=False) if double else []
        if not pairs:
            pairs = _scan(scanned, ps, pe, SINGLE_OPENERS, single=True)
            pairs = [p for p in pairs if p[1] is not None or _opens_paragraph(scanned, ps, p[0])]
        first_opens = bool(pairs) and _opens_paragraph(scanned, ps, pairs[0][0])
        for k, (o, c, content_end) in enumerate(pairs):
            # Two straight singles ('') stand for one double mark in older typesetting.
            doubled = text[o] == "'" and o + 1 < content_end and text[o + 1] == "'"
            s, e = _trim(text, o + (2 if doubled else 1), content_end)
            if s >= e:
                continue
            if doubled and c is not None and c + 1 < pe and text[c + 1] == "'":
                c += 1  # the closing mark is two characters too: what follows it starts after both
            continues = k == 0 and first_opens and prev_open_ended
            out.append(Marked(s, e, o, c, n, continues))
        prev_open_ended = bool(pairs) and pairs[-1][1] is None
    return out


def _opens_paragraph(text: str, ps: int, at: int) -> bool:
    return not text[ps:at].strip()
