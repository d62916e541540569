"""Who reported, through the whole pipeline, where the parse lost or misread the subject: passives,
participles, a control verb's object, a name after a dash or before an apposition.

Each case is an invented text and its exact expected output: (quote text, type, speaker, cue,
addressee, target, role)."""

from __future__ import annotations

from quotegraph.extract import reporters
from quotegraph.extract.constructions import Site
from quotegraph.extract.lexicon import Cue

from .phenomena import Row, every, parse, phenomena, word

CASES: dict[str, tuple[str, list[Row]]] = {
    "a name and its apposition after a phrase that sets the scene": (
        "Alarmed by the unrest at the pier, Councillor Ana Ruiz, the harbour chair, said that she had spoken "
        "with the mayor.",
        [("she had spoken with the mayor", "indirect", "Ana Ruiz", "said", None, None, "Councillor")],
    ),
    "a place between the scene's commas is no reporter": (
        "At a rally in Harwich, Maine, on Tuesday, Councillor Ana Ruiz endorsed the mayor, saying that she would "
        "make a fine governor.",
        [
            ("the mayor", "indirect", "Ana Ruiz", "endorsed", None, None, "Councillor"),
            ("she would make a fine governor", "indirect", "Ana Ruiz", "saying", None, None, "Councillor"),
        ],
    ),
    "an adverb between the apposition's comma and the cue": (
        "Speaking at the pier, Councillor Ana Ruiz, without naming him, also accused the mayor of neglecting the "
        "harbour.",
        [
            (
                "the mayor of neglecting the harbour",
                "indirect",
                "Ana Ruiz",
                "accused",
                None,
                None,
                "Councillor",
            )
        ],
    ),
    "'s read as 'is' where it is 'has'": (
        "Look at the harbour master, Sam Ortiz. He's said he gets his ideas about tides from his grandfather.",
        [
            (
                "he gets his ideas about tides from his grandfather",
                "indirect",
                "Sam Ortiz",
                "said",
                None,
                None,
                None,
            )
        ],
    ),
    "the subject of a passive clause joined to the cue's": (
        "The comedian Dana Whitlock was booed and shouted down by supporters of the mayor after telling holdouts "
        "for the mayor that they were “being ridiculous.”",
        [
            (
                "they were “being ridiculous.”",
                "mixed",
                "Dana Whitlock",
                "telling",
                "holdouts",
                None,
                "comedian",
            )
        ],
    ),
    "the subject of a passive clause the cue hangs on": (
        "City adviser Dana Whitlock was sidelined after demonstrating that the flood barrier needed to be much "
        "taller.",
        [
            (
                "the flood barrier needed to be much taller",
                "indirect",
                "Dana Whitlock",
                "demonstrating",
                None,
                None,
                "City adviser",
            )
        ],
    ),
    "the object of 'prompted' is who acts": (
        "The plan prompted Dana Whitlock to call a debate on whether to close the bridge.",
        [("a debate on whether to close the bridge", "indirect", "Dana Whitlock", "call", None, None, None)],
    ),
    "a name opening the cue's clause after a dash": (
        "And it wasn’t a one-off or an accident — Dana Whitlock, a spokeswoman for Ortiz, told HARBOUR that "
        "the mayor gave Reyes a heads up about his plan.",
        [
            (
                "the mayor gave Reyes a heads up about his plan",
                "indirect",
                "Dana Whitlock",
                "told",
                "HARBOUR",
                None,
                "spokeswoman for Ortiz",
            )
        ],
    ),
    "a reporter quoting again in a participle": (
        "Mayor Dana Whitlock then defended the remark, saying, “I don’t think this is a ridiculous idea. "
        "Something was going on with the council last night.”",
        [
            ("the remark", "indirect", "Dana Whitlock", "defended", None, None, "Mayor"),
            (
                "I don’t think this is a ridiculous idea. Something was going on with the council last night.",
                "direct",
                "Dana Whitlock",
                "saying",
                None,
                None,
                "Mayor",
            ),
        ],
    ),
    "the same reporter saying more, after a comma": (
        "Mayor Dana Whitlock defended the plan on Monday, saying she understood the anger over the bridge.",
        [
            ("the plan", "indirect", "Dana Whitlock", "defended", None, None, "Mayor"),
            (
                "she understood the anger over the bridge",
                "indirect",
                "Dana Whitlock",
                "saying",
                None,
                None,
                "Mayor",
            ),
        ],
    ),
    "a name and a parenthesis before a participle and the cue": (
        "But Sen. Sam Ortiz (D-Fla.), noting the size of the crowd, said, “Let me tell you, the bridge has a "
        "lot of friends.”",
        [
            ("the size of the crowd", "indirect", "Sam Ortiz", "noting", None, None, "Sen."),
            (
                "Let me tell you, the bridge has a lot of friends.",
                "direct",
                "Sam Ortiz",
                "said",
                None,
                None,
                "Sen.",
            ),
        ],
    ),
}

test_phenomenon = phenomena(CASES)


def test_noun_right_before_a_cue_with_no_subject() -> None:
    """The parser hung "office" elsewhere and left the main verb with no subject; the noun right
    before the cue is its reporter."""
    text = (
        "After a day of tensions between two of the city’s highest-profile Democrats, council Speaker Dana "
        "Whitlock’s office announced Friday that Whitlock will meet with Mayor Sam Ortiz on Thursday."
    )
    quotes = every(text)
    expected = [("Whitlock will meet with Mayor Sam Ortiz on Thursday", "announced")]
    assert [(q.text, q.cue) for q in quotes] == expected
    span = quotes[0].speaker_span
    assert span is not None and text[span[0] : span[1]].endswith("office")


def test_name_apposition_cue_with_a_lost_subject() -> None:
    """The parser loses the subject behind a long apposition; the name that opens the sentence is
    the reporter, and the apposition is no part of what was said."""
    quotes = every(
        "Dana Whitlock, a Harbour, Fla., rabbi helping to organize the protest, said she and other "
        "rabbis were alarmed about the rhetoric."
    )
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("she and other rabbis were alarmed about the rhetoric", "Dana Whitlock", "said")
    ]


def test_whom_a_cue_names_after_it_is_no_reporter() -> None:
    """With the subject lost behind an apposition, "accused Whitlock of ..." is not Whitlock's:
    a name after a cue is its reporter only where the cue opens its clause or closes a quotation."""
    text = "Speaking in Harbour City, Ortiz, without naming her, also accused Whitlock of being a latecomer to the fight."
    assert [(q.speaker, q.cue) for q in every(text)] == [(None, "accused")]


def test_the_noun_before_the_cue_ends_a_relative_clause() -> None:
    """ "a young woman who had studied in Montana asked ...": who asked is the woman the clause
    describes, not the place it ends with."""
    text = (
        "At the town hall in Harbour City, a young woman who had been an exchange student in Montana asked"
        " Ortiz what he thought of the bridge."
    )
    assert [(q.speaker, q.text) for q in every(text)] == [("a young woman", "what he thought of the bridge")]


def test_whom_a_stance_is_taken_to_is_no_reporter() -> None:
    """Inverted subjects follow cues of speech only: "X, star of “Harbour,” thanked Tom Lind"
    (the subject lost behind the apposition) is not Lind's."""
    doc = parse("Mayor Tom Lind spoke. Washington, star of “Harbour,” thanked Tom Lind for his “steps.”")
    thanked = word(doc, "thanked")
    inside = lambda at: False  # noqa: E731
    for kind, expected in (("stance", None), ("speech", "Lind")):
        site = Site(doc, thanked, Cue("thank", kind, True), True, inside)
        found = reporters.name_after_the_cue(site, None)
        assert (found.text if found is not None else None) == expected, kind


def test_a_shout_after_the_quotation_is_no_content_of_its_own() -> None:
    """'"Get out!" shouted a man in the crowd': the man is who shouted, not what."""
    quotes = every('"Get out!" shouted a man in the crowd as the minister spoke.')
    assert [(q.text, q.speaker, q.type) for q in quotes] == [("Get out!", "a man in the crowd", "direct")]


def test_a_participle_has_no_subject_after_it() -> None:
    """'“a disgrace,” but stopped short of blaming Tom Lind directly': Lind is whom she would blame."""
    doc = parse(
        "Mayor Tom Lind spoke. Ortiz called it “a disgrace,” but stopped short of blaming Tom Lind directly."
    )
    inside = lambda at: doc.text.index("“") <= at <= doc.text.index("”")  # noqa: E731
    site = Site(doc, word(doc, "blaming"), Cue("blame", "speech", False), True, inside)
    assert reporters.name_after_the_cue(site, None) is None


def test_a_word_quoted_inside_a_clause_has_no_reporter_after_it() -> None:
    """'called Okafor “reckless,” mocked her record': the quoted word sits inside its clause, so
    the phrase after "mocked" is what was mocked, not who spoke (as in '“Meh,” wrote a worker')."""
    text = 'Ruth Okafor is the mayor. Omar Reyes called Okafor "reckless," mocked her record on housing and said she should resign.'
    found = every(text)
    assert all(q.speaker_mention != "her record" for q in found)
    assert [(q.text, q.speaker) for q in found if q.text.startswith("reckless")] == [
        ("reckless,", "Omar Reyes")
    ]


def test_a_cue_coordinated_after_a_quotation_does_not_take_the_verb_objects() -> None:
    """'summed up Okafor as “reckless,” denounced her record and said ...': the words between the
    quotation and "said" are another verb and its object, not the reporter; Okafor said nothing."""
    text = (
        'Ruth Okafor is the mayor. Lind further summed up Okafor as "reckless," denounced her record as mayor '
        "and said she should not even be allowed to run again."
    )
    said = [(q.text, q.speaker) for q in every(text) if q.cue == "said"]
    assert said == [("she should not even be allowed to run again", "Lind")]


def test_who_was_asked_did_not_ask() -> None:
    """ "Asked what ..., Reyes said": the tagger read "Asked" as a past tense, but the clause has
    no subject of its own and opens the sentence: Reyes was asked; who asked is not named."""
    text = (
        "Asked what characteristics he would like the council's nominee to embody, Reyes said, "
        "“They have got to be able to win.”"
    )
    asked = [q for q in every(text) if q.cue == "Asked"]
    assert asked and all(q.speaker is None for q in asked)


def test_a_dateline_is_no_reporter() -> None:
    """ "CLEVELAND, July 19 (UPI) — X told ...": the parser made the dateline the subject and hung
    the reporter on it after the dash."""
    text = "CLEVELAND, July 19 (UPI) — Former harbour master Omar Reyes told reporters that the pier would close."
    assert [(q.text, q.speaker) for q in every(text)] == [("the pier would close", "Omar Reyes")]


def test_a_reporter_after_the_cue_that_closes_the_sentence() -> None:
    """ "A, but B, said the company's chief executive, X": the subject after the cue, and the
    clauses before it (one joined by "but") are what was said."""
    text = (
        "In nearby Harbour City, the big steel plant is hanging on, but it is under intense pressure from imports, "
        "said the company's chief executive, John Ferriola."
    )
    assert [(q.text, q.speaker) for q in every(text)] == [
        (
            "In nearby Harbour City, the big steel plant is hanging on, but it is under intense pressure from imports",
            "John Ferriola",
        )
    ]
