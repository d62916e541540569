"""Deciding, before any parsing, whether a text can be read as an English news article."""

from __future__ import annotations

import re

MAX_CHARS = 1_000_000
"""Longer texts are skipped: no news article is this long, and spaCy's parser needs ~1 GB per
100,000 words. Whole books or dumps belong split into articles first."""
MIN_ENGLISH_SHARE = 0.12
"""English news runs at 35-50% function words; French or German prose written in Latin letters at
under 10% of these."""
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LETTER = re.compile(r"[^\W\d_]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
# The commonest English function words: a text that has almost none of them is not English.
ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "that",
        "is",
        "was",
        "he",
        "she",
        "it",
        "for",
        "on",
        "with",
        "as",
        "his",
        "her",
        "they",
        "at",
        "by",
        "from",
        "said",
        "be",
        "this",
        "have",
        "has",
        "had",
        "not",
        "are",
        "were",
        "but",
        "or",
        "an",
        "will",
        "would",
        "their",
        "who",
        "which",
        "been",
        "its",
        "i",
        "we",
        "you",
        "after",
        "about",
        "more",
        "than",
        "also",
        "if",
        "when",
        "can",
        "could",
        "should",
        "into",
        "over",
        "our",
        "my",
        "me",
        "him",
        "them",
        "do",
        "did",
        "there",
        "what",
        "one",
        "all",
        "no",
        "so",
        "up",
        "out",
        "new",
        "just",
        "how",
        "why",
        "because",
        "while",
        "before",
        "during",
    ]
)


def check_text(text: str) -> str | None:
    """A reason to skip the text, or ``None`` when it can be extracted."""
    if not text or not text.strip():
        return "empty: no text"
    if len(text) > MAX_CHARS:
        return f"too large: {len(text):,} characters (limit {MAX_CHARS:,})"
    if "\x00" in text or "\ufffd" in text[:10_000] and text.count("\ufffd") > 10:
        return "binary or undecodable: NUL bytes or replacement characters in the text"
    sample = text[:20_000]
    words = _WORD.findall(sample)
    if not words:
        return "no sentences: the text holds no words"
    if len(_ASCII_LETTER.findall(sample)) < 0.7 * len(_LETTER.findall(sample)):
        return "not English: mostly non-Latin script"
    if len(words) >= 8:
        common = sum(1 for w in words if w.lower() in ENGLISH_FUNCTION_WORDS)
        if common / len(words) < MIN_ENGLISH_SHARE:
            return f"not English: {common} of {len(words)} words are common English words"
    return None
