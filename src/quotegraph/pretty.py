"""An article in the terminal with each quotation coloured by its speaker.

Only a direct quote gives the speaker's own words: in the key it stands inside quotation marks,
while an indirect or mixed quote is marked as paraphrase (in the text: italic on a terminal,
``[n~...]`` without colours). Where any quote is not a statement (``--scope all``), each shows its kind.
"""

from __future__ import annotations

from quotegraph.model import Quote

PALETTE = ("\x1b[36m", "\x1b[33m", "\x1b[35m", "\x1b[32m", "\x1b[34m", "\x1b[31m", "\x1b[96m", "\x1b[93m")
RESET, DIM, BOLD, ITALIC = "\x1b[0m", "\x1b[2m", "\x1b[1m", "\x1b[3m"


def render(
    article_id: str, text: str, quotes: list[Quote], color: bool = True, show_kind: bool | None = None
) -> str:
    """The text with quotes marked: colours on a terminal, [n:...] brackets otherwise ([n~...] for a
    paraphrase); then a key. ``show_kind`` (default: when some quote is not a statement) labels each
    quote with its kind."""
    if show_kind is None:
        show_kind = any(q.kind != "statement" for q in quotes)
    speakers: dict[str | None, int] = {}
    for q in quotes:
        speakers.setdefault(q.speaker, len(speakers))
    out: list[str] = [f"{BOLD if color else ''}== {article_id} =={RESET if color else ''}\n"]
    pos = 0
    for q in sorted(quotes, key=lambda q: q.start):
        n = speakers[q.speaker]
        out.append(text[pos : q.start])
        body = text[q.start : q.end]
        if color:
            style = PALETTE[n % len(PALETTE)] + ("" if q.verbatim else ITALIC)
            out.append(f"{style}{body}{RESET}")
        else:
            out.append(f"[{n + 1}{':' if q.verbatim else '~'}{body}]")
        pos = q.end
    out.append(text[pos:])
    out.append("\n")
    for name, n in speakers.items():
        swatch = f"{PALETTE[n % len(PALETTE)]}■{RESET}" if color else f"[{n + 1}]"
        count = sum(1 for q in quotes if q.speaker == name)
        out.append(f"  {swatch} {name or '(unknown speaker)'}: {count} quote{'s' * (count != 1)}\n")
    if any(not q.verbatim for q in quotes):
        out.append(f"  {'italic' if color else '[n~...]'}: paraphrase, not the speaker's own words\n")
    dim, reset = (DIM, RESET) if color else ("", "")
    for q in quotes:
        extras = ", ".join(
            f"{k} {v}"
            for k, v in (("cue", q.cue), ("to", q.addressee), ("about", q.target), ("role", q.role))
            if v
        )
        labels = ([q.kind] if show_kind else []) + ([] if q.verbatim else ["paraphrase"])
        tag = f" [{', '.join(labels)}]" if labels else ""
        said = f"\u201c{q.text}\u201d" if q.verbatim else q.text
        out.append(
            f"  {dim}{q.start}-{q.end} {q.type}{tag} {q.speaker or '?'} ({extras}) {q.confidence:.2f}{reset}"
            f" {said}\n"
        )
    return "".join(out)
