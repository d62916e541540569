"""``frame.py``: a noun phrase's name-like core and who a cue's subject is in the parse, however
the parser placed it (passives, participles, control verbs, a quotation before the cue, a name
after it), on invented sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from quotegraph.extract import frame

from .phenomena import parse, word


def _text(tok: Token | None) -> str | None:
    return None if tok is None else tok.text


def _phrase(doc: Doc, span: tuple[int, int]) -> str:
    return doc[span[0] : span[1]].text


def _inside(text: str) -> frame.InsideQuote:
    """Offsets between the first opening and the last closing curly mark."""
    lo, hi = text.find("“"), text.rfind("”")
    return lambda at: lo <= at <= hi


@pytest.mark.parametrize(
    ("text", "head", "core"),
    [
        ("Mayor Dana Whitlock of Harbour City, who spoke first, said nothing.", "Whitlock", "Mayor Dana Whitlock"),
        ("Her new deputy mayor, who spoke first, said nothing.", "mayor", "Her new deputy mayor"),
        ("The winner, Dana Whitlock-Ray, said nothing.", "Ray", "Dana Whitlock-Ray"),
        ("Sam Ortiz's office said nothing.", "Ortiz", "Sam Ortiz's"),
    ],
)
def test_the_name_like_core_of_a_noun_phrase(text: str, head: str, core: str) -> None:
    doc = parse(text)
    assert _phrase(doc, frame.np_range(word(doc, head))) == core


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("Sam Ortiz said the road was closed.", "said", "Ortiz"),
        ("The plan was announced by the mayor on Monday.", "announced", "mayor"),  # a passive's agent
        ("The plan was announced on Monday.", "announced", None),  # a passive with no agent
        ("The plan prompted Dana Whitlock to call a debate.", "call", "Whitlock"),  # the object acts
        ("Dana Whitlock was sidelined after demonstrating that the barrier was too low.", "demonstrating", "Whitlock"),
        ("The footage of Ortiz asking the crowd for calm was shown.", "asking", "footage"),  # what it modifies
        (  # the reporter, not the relative pronoun
            "Mrs. Whitlock had sent the emails to the council, which she said represented all her work emails.",
            "said", "she",
        ),
        # A past participle hung on the clause: who was asked is the clause's subject, who asked
        # the agent ("Asked whether ..., Whitlock said no").
        ("Asked whether the pier would reopen, Dana Whitlock said no.", "Asked", None),
        ("Asked by the Gazette whether the pier would reopen, Dana Whitlock said no.", "Asked", "Gazette"),
        ("Having asked whether the pier would reopen, Dana Whitlock left.", "asked", "Whitlock"),
        # A passive cue lends no subject: who is told is not who tells.
        ("Dana Whitlock can run the harbour without being told to smile.", "told", None),
        ("Dana Whitlock is expected to announce the plan.", "expected", None),
    ],
)
def test_the_subject_of_a_cue(text: str, verb: str, subject: str | None) -> None:
    assert _text(frame.subject_of(word(parse(text), verb))) == subject


def test_the_subject_between_a_quotation_and_its_cue() -> None:
    text = "“The bridge is safe,” Rep. Ann Lee (D-Md.) said."
    doc = parse(text)
    assert _text(frame.subject_after_quote(doc, word(doc, "said"), _inside(text))) == "Lee"
    text = "“The bridge will not open before May,” Skelly said."  # a name the tagger may misread
    doc = parse(text)
    assert _text(frame.subject_after_quote(doc, word(doc, "said"), _inside(text))) == "Skelly"


def test_a_name_and_an_apposition_before_the_cue() -> None:
    doc = parse("Dana Whitlock, a Harbour rabbi helping to organize the protest, said the rhetoric alarmed her.")
    assert _text(frame.name_before_apposition(doc, word(doc, "said"))) == "Whitlock"
    doc = parse("But Sen. Sam Ortiz (D-Fla.), noting the size of the crowd, said the bridge had friends.")
    assert _text(frame.name_before_apposition(doc, word(doc, "said"))) == "Ortiz"
    doc = parse("The protest, which the rabbis organized, said nothing new.")
    assert frame.name_before_apposition(doc, word(doc, "said")) is None
    doc = parse("Dana Whitlock and the rabbis, alarmed by it, said nothing.")
    assert frame.name_before_apposition(doc, word(doc, "said")) is None


def test_a_cue_after_a_quotation_that_ends_as_a_clause() -> None:
    text = "“The bridge is safe,” Ortiz said on Monday."
    doc = parse(text)
    assert frame.after_quote(doc, word(doc, "said"), _inside(text))
    text = "The so-called “reform” package was published on Monday."
    doc = parse(text)
    assert not frame.after_quote(doc, word(doc, "published"), _inside(text))
    text = "The “reform” package passed on Monday."  # a mark inside the phrase, not a quotation's end
    doc = parse(text)
    assert not frame.after_quote(doc, word(doc, "passed"), _inside(text))
    text = "Ortiz said the bridge was safe."
    doc = parse(text)
    assert not frame.after_quote(doc, word(doc, "said"), lambda at: False)


def test_a_name_that_modifies_the_noun_after_the_cue_is_whose_it_is() -> None:
    doc = parse("Mayor Tom Lind spoke on Monday. “Meh,” wrote a Tom Lind supporter who runs the account.")
    assert _text(frame.name_after_cue(doc, word(doc, "wrote"))) == "supporter"  # not Lind


def test_a_name_after_the_cue() -> None:
    doc = parse("“The vote is final,” said council ranking member Dana Whitlock.")
    assert _text(frame.name_after_cue(doc, word(doc, "said"))) == "Whitlock"
    assert frame.inverted_subject(doc, word(doc, "said")) is None  # "council" is no name
    doc = parse("“The vote is final,” tweeted Whitlock spokesman Sam Ortiz.")
    assert _text(frame.inverted_subject(doc, word(doc, "tweeted"))) == "Ortiz"  # the phrase's head
    doc = parse("“The bridge should open now!” the harbour master tweeted Sunday.")
    assert frame.inverted_subject(doc, word(doc, "tweeted")) is None  # a day, not a reporter
    doc = parse("“The vote is final,” said Caddell.")
    assert _text(frame.inverted_subject(doc, word(doc, "said"))) == "Caddell"
    doc = parse("The Ortiz campaign called Whitlock’s report a “rush to judgment.”")
    assert frame.inverted_subject(doc, word(doc, "called")) is None  # whose report, not who called it
    doc = parse('The rivals traded insults for weeks. Ana Reyes called Tom Ortiz a "shameless fraud."')
    assert frame.inverted_subject(doc, word(doc, "called")) is None  # whom Reyes called a fraud


def test_a_naming_verb_taken_for_a_modifier_of_its_subject() -> None:
    """Parsed as "Ana Reyes (who was) called Tom Ortiz": with whom and what it calls them, the
    noun it hangs on is its subject; a noun called one thing is no report."""
    doc = parse('The rivals traded insults for weeks. Ana Reyes called Tom Ortiz a "shameless fraud" and a "coward."')
    called = word(doc, "called")
    assert called.dep_ == "acl"  # the parse the rule is for
    assert frame.naming_taken_for_a_modifier(called)
    assert _text(frame.subject_of(called)) == "Reyes"
    doc = parse("A group called Stop the Harbour Tax ran ads on Monday.")
    assert not frame.naming_taken_for_a_modifier(word(doc, "called"))


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Ortiz said he intends to win every seat possible.", True),
        ("Ortiz told the council that the pier would close.", True),
        ("Ortiz said to win every seat possible.", False),  # no clause with a subject of its own
        ("The pier would close, Ortiz said.", False),  # content before the cue: the judge reads it
        ("Ortiz thinks the pier would close.", False),  # a belief, not a cue of speech
    ],
)
def test_a_plain_report_keeps_its_content_whatever_the_judge_says(text: str, plain: bool) -> None:
    from quotegraph.extract.cues import find_frames

    doc = parse(text)
    frames = [f for f in find_frames(doc, lambda at: False, judge=False) if f.content is not None]
    assert frames
    f = frames[0]
    v = doc[f.cue_tokens[0]]
    source = doc[f.source[1] - 1] if f.source else None
    assert frame._plain_report(v, f, source, f.content) is plain
