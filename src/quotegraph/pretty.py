"""An article in the terminal with each quotation coloured by its speaker."""

from __future__ import annotations

from quotegraph.model import Quote

PALETTE = ("\x1b[36m", "\x1b[33m", "\x1b[35m", "\x1b[32m", "\x1b[34m", "\x1b[31m", "\x1b[96m", "\x1b[93m")
RESET, DIM, BOLD = "\x1b[0m", "\x1b[2m", "\x1b[1m"


def render(article_id: str, text: str, quotes: list[Quote], color: bool = True) -> str:
    """The text with quotes marked: colours on a terminal, [n:...] brackets otherwise; then a key."""
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
            out.append(f"{PALETTE[n % len(PALETTE)]}{body}{RESET}")
        else:
            out.append(f"[{n + 1}:{body}]")
        pos = q.end
    out.append(text[pos:])
    out.append("\n")
    for name, n in speakers.items():
        swatch = f"{PALETTE[n % len(PALETTE)]}■{RESET}" if color else f"[{n + 1}]"
        count = sum(1 for q in quotes if q.speaker == name)
        out.append(f"  {swatch} {name or '(unknown speaker)'}: {count} quote{'s' * (count != 1)}\n")
    for q in quotes:
        extras = ", ".join(
            f"{k} {v}"
            for k, v in (("cue", q.cue), ("to", q.addressee), ("about", q.target), ("role", q.role))
            if v
        )
        dim, reset = (DIM, RESET) if color else ("", "")
        out.append(
            f"  {dim}{q.start}-{q.end} {q.type} {q.speaker or '?'} ({extras}) {q.confidence:.2f}{reset}\n"
        )
    return "".join(out)
