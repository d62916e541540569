"""Write the "Constructions" section of docs/extraction.md from the registries of reporter rules
(``extract/reporters.py``) and constructions (``extract/constructions.py``,
``extract/word_constructions.py``): each rule's name, ``how``, description (its function's
docstring) and examples. Only the text between the section's marker comments is rewritten; the
first run appends the section to the end of the page.

Usage: python tools/write_constructions_doc.py [--check]
With --check, write nothing and exit 1 when the section is out of date.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quotegraph.extract.constructions import CONSTRUCTIONS, Example
from quotegraph.extract.reporters import REPORTER_RULES
from quotegraph.extract.word_constructions import WORD_CONSTRUCTIONS

DOC = Path(__file__).resolve().parents[1] / "docs" / "extraction.md"
START = "<!-- constructions:start -->"
END = "<!-- constructions:end -->"
HEADING = "## Constructions"

INTRO = """\
<!-- Written by tools/write_constructions_doc.py from the registries in src/quotegraph/extract/
(reporters.py, constructions.py, word_constructions.py): edit those, then run the tool. -->

How a verb becomes a reporting frame (`extract/cues.py`): the reporter rules find who reported,
each in turn seeing the reporter found so far; then the content constructions are tried in order,
and the first that applies gives the content. `how` is the name the frame judge
(`extract/framescore.py`) and the frames column of `data/cues.tsv` know a construction by. The
frame judge then decides whether the content is reported content, except for a plain report (a
cue of speech from the lexicon with a subject of its own and, after it, a whole clause with its
own subject: "He said he intends to win"), which keeps its content whatever the judge makes of the
sentence around it (`frame._plain_report`). Every example below is run by
`tests/extract/test_constructions.py`."""


def _paragraph(text: str) -> str:
    return " ".join(text.split())


def _examples(examples: tuple[Example, ...], what: str) -> list[str]:
    return [f"   - {ex.text} → {what}: *{ex.expected}*" for ex in examples]


def render() -> str:
    """The section's text between the markers."""
    lines = [INTRO, "", "### Who reported: reporter rules", ""]
    for n, rule in enumerate(REPORTER_RULES, 1):
        lines.append(f"{n}. **`{rule.name}`**: {_paragraph(rule.description)}")
        lines += _examples(rule.examples, "reporter")
    lines += ["", "### What was reported: content constructions, in the order they are tried", ""]
    for n, construction in enumerate(CONSTRUCTIONS, 1):
        how = f"how `{construction.how}`" if construction.how else "no `how`: no content of its own"
        lines.append(f"{n}. **`{construction.name}`** ({how}): {_paragraph(construction.description)}")
        lines += _examples(construction.examples, "content")
    lines += ["", "### Reports named by other words than a verb", ""]
    for n, word in enumerate(WORD_CONSTRUCTIONS, 1):
        hows = ", ".join(f"`{h}`" for h in word.hows)
        lines.append(f"{n}. **`{word.name}`** (how {hows}): {_paragraph(word.description)}")
        lines += _examples(word.examples, "content")
    return "\n".join(lines)


def current(page: str) -> str | None:
    """The section's text as the page has it, or None when the page has no section yet."""
    if START not in page or END not in page:
        return None
    return page.split(START, 1)[1].split(END, 1)[0].strip("\n")


def rewritten(page: str) -> str:
    """The page with its section written anew (appended at the end the first time)."""
    section = f"{START}\n{render()}\n{END}"
    if current(page) is None:
        return page.rstrip("\n") + f"\n\n{HEADING}\n\n{section}\n"
    before, rest = page.split(START, 1)
    after = rest.split(END, 1)[1]
    return before + section + after


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the section is out of date")
    args = ap.parse_args()
    page = DOC.read_text(encoding="utf-8")
    if args.check:
        if current(page) != render():
            print(f"{DOC}: the Constructions section is out of date; run {sys.argv[0]}", file=sys.stderr)
            sys.exit(1)
        return
    DOC.write_text(rewritten(page), encoding="utf-8")


if __name__ == "__main__":
    main()
