"""The terminal renderer: only direct quotes stand in quotation marks; paraphrase is marked as such,
and where some quote is not a statement (``--scope all``) every quote shows its kind."""

from __future__ import annotations

from quotegraph.model import Quote
from quotegraph.pretty import ITALIC, render

TEXT = '"Rates will fall," Ana Ruiz said. She believes inflation has peaked.'
DIRECT = Quote(1, 16, "Rates will fall", "direct", speaker="Ana Ruiz", cue="said", confidence=0.9)
AT = TEXT.index("inflation")
PARAPHRASE = Quote(AT, AT + 20, "inflation has peaked", "indirect", speaker="Ana Ruiz", cue="believes",
                   confidence=0.8, kind="belief")  # fmt: skip


def test_plain_text_marks_paraphrase_and_quotes_only_direct_words() -> None:
    out = render("a1", TEXT, [DIRECT], color=False)
    assert out.startswith('== a1 ==\n"[1:Rates will fall]," Ana Ruiz said.')
    assert "  1-16 direct Ana Ruiz (cue said) 0.90 \u201cRates will fall\u201d\n" in out
    assert "paraphrase" not in out and "statement" not in out

    out = render("a1", TEXT, [DIRECT, PARAPHRASE], color=False)
    assert "She believes [1~inflation has peaked]." in out
    assert "  [n~...]: paraphrase, not the speaker's own words\n" in out
    assert f"  {AT}-{AT + 20} indirect [belief, paraphrase] Ana Ruiz (cue believes) 0.80 inflation has peaked\n" in out
    assert "  1-16 direct [statement] Ana Ruiz (cue said) 0.90 \u201cRates will fall\u201d\n" in out
    assert "\u201cinflation" not in out


def test_colours_set_paraphrase_in_italic() -> None:
    out = render("a1", TEXT, [DIRECT, PARAPHRASE], color=True)
    assert f"{ITALIC}inflation has peaked" in out
    assert f"{ITALIC}Rates will fall" not in out
    assert "italic: paraphrase" in out
