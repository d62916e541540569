"""What extraction shows by default and what it can be asked for: the kind of each attribution,
the scope, the confidence floor, split quotations as one statement, and what kind of source
spoke."""

from __future__ import annotations

import pytest
import spacy

import quotegraph
from quotegraph.extract.api import DEFAULT_MIN_CONFIDENCE, select
from quotegraph.extract.kinds import kind_lexicon
from quotegraph.extract.nlp import load_nlp
from quotegraph.model import Quote


def every(text: str) -> list[Quote]:
    return quotegraph.extract(text, scope="all", min_confidence=0.0)


def test_each_attribution_carries_its_kind() -> None:
    text = "Mayor Ana Ruiz said the bridge would reopen in May. She believes the tolls are too high."
    assert [(q.text, q.kind) for q in every(text)] == [
        ("the bridge would reopen in May", "statement"),
        ("the tolls are too high", "belief"),
    ]


def test_statements_are_the_default_and_all_adds_the_other_kinds() -> None:
    text = "Mayor Ana Ruiz said the bridge would reopen in May. She believes the tolls are too high."
    assert [q.text for q in quotegraph.extract(text)] == ["the bridge would reopen in May"]
    assert [q.kind for q in quotegraph.extract(text, scope="all")] == ["statement", "belief"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A survey of the harbour towns shows that most residents support the plan.", "finding"),
        ("Senator Lena Park voted for the bill on Tuesday.", "stance"),
        ("Senator Lena Park expressed concern about the cost of the bridge.", "belief"),
        ("The harbour board wants to sell the old pier to a developer.", "intention"),
    ],
)
def test_findings_and_stances_are_not_statements(text: str, kind: str) -> None:
    assert [q.kind for q in every(text)] == [kind]
    assert quotegraph.extract(text) == []


def test_the_kinds_lexicon_puts_each_lemma_in_one_kind() -> None:
    kinds = kind_lexicon()
    assert (kinds["say"], kinds["tweet"], kinds["accuse"], kinds["according"]) == ("statement",) * 4
    assert (kinds["believe"], kinds["show"], kinds["want"], kinds["endorse"]) == (
        "belief",
        "finding",
        "intention",
        "stance",
    )
    assert "approve" not in kinds or kinds["approve"] != "statement"


def test_a_quotation_split_by_its_attribution_is_one_group() -> None:
    text = "“We will rebuild,” Ruiz said. “The bridge matters to everyone here.”"
    quotes = every(text)
    assert [q.text for q in quotes] == ["We will rebuild,", "The bridge matters to everyone here."]
    assert quotes[0].group is not None and quotes[0].group == quotes[1].group


def test_two_speakers_quotations_are_not_grouped() -> None:
    text = "“We will rebuild,” Ruiz said. Mr. Okafor disagreed. “The bridge is lost,” Okafor said."
    assert {q.group for q in every(text)} == {None}


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Officials said the road would reopen on Monday.", "Officials", "group"),
        (
            "A spokeswoman for the Port Authority said the ferries would run late.",
            "A spokeswoman for the Port Authority",
            "unnamed",
        ),
        (
            "The Harbour Museum will close in March. The museum said the roof needed repairs.",
            "Harbour Museum",
            "organisation",
        ),
        (
            "Northern Power Company raised its prices again. It said the cost of gas had doubled.",
            "Northern Power Company",
            "organisation",
        ),
        ("Mayor Ana Ruiz said the bridge would reopen in May.", "Ana Ruiz", "person"),
    ],
)
def test_every_source_is_named_as_far_as_the_article_allows(text: str, speaker: str, kind: str) -> None:
    quotes = every(text)
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [(speaker, kind)]


def test_a_thing_is_no_source() -> None:
    quotes = every("The statement said the ferries would run late.")
    assert all(q.speaker != "The statement" for q in quotes)


def test_a_titled_man_is_not_the_woman_who_shares_his_surname() -> None:
    text = (
        "Michelle Obama visited the school on Monday. She met the pupils. Mr. Obama spoke later. "
        "Obama said the museum would teach hard truths."
    )
    assert [q.speaker for q in every(text)] == ["Obama"]


def test_the_confidence_floor() -> None:
    text = "Mayor Ana Ruiz said the bridge would reopen in May. She believes the tolls are too high."
    quotes = every(text)
    top = max(q.confidence for q in quotes)
    assert [q.confidence for q in select(quotes, "all", top)] == [top]
    assert select(quotes, "all", 1.0) == [] or top == 1.0
    assert all(q.confidence >= DEFAULT_MIN_CONFIDENCE["statements"] for q in quotegraph.extract(text))


def test_a_bad_scope_is_refused() -> None:
    with pytest.raises(ValueError, match="scope"):
        quotegraph.extract("Ruiz said the bridge would reopen.", scope="everything")  # type: ignore[arg-type]


def test_the_component_takes_the_scope_from_its_config() -> None:
    nlp = load_nlp()
    text = "Mayor Ana Ruiz said the bridge would reopen in May. She believes the tolls are too high."
    name = "quotegraph_all_kinds"
    if name not in nlp.pipe_names:
        nlp.add_pipe("quotegraph", name=name, config={"scope": "all", "min_confidence": 0.0})
    try:
        kinds = [q.kind for q in nlp(text)._.quotes]
    finally:
        nlp.remove_pipe(name)
    assert kinds == ["statement", "belief"]
    assert isinstance(nlp, spacy.language.Language)


def test_a_name_after_a_role_noun_the_parser_cut_off_is_the_speaker() -> None:
    text = "“The fuel is paid for,” transport board chair Odile Marchetti said."
    assert [q.speaker for q in every(text)] == ["Odile Marchetti"]


INTERVIEW = (
    "Mayor Ana Ruiz sat down with us this week. Ruiz talked about the harbour.\n\n"
    "Q: You have been talking about the ferries. Are they late?\n\n"
    "A: I said last year that the boats would be replaced.\n\n"
    "Q: And the bridge?\n\n"
    "A: The bridge will reopen in May."
)


def test_in_an_interview_i_is_the_interviewee_and_so_are_the_answers() -> None:
    quotes = {q.text: q for q in every(INTERVIEW)}
    said = quotes["the boats would be replaced"]
    assert (said.speaker, said.speaker_mention, said.kind) == ("Ana Ruiz", "I", "statement")
    answer = quotes["The bridge will reopen in May."]
    assert (answer.type, answer.speaker, answer.speaker_mention) == ("direct", "Ana Ruiz", "A")
    assert all(q.speaker != "Q" for q in quotes.values())


def test_an_article_without_answers_is_no_interview() -> None:
    text = "Q: Is the ferry late?\n\nQ: Is the bridge open?\n\nI said the bridge was closed."
    assert all(q.speaker is None for q in every(text))


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Crooked Hillary Clinton said the debate was rigged.", "Hillary Clinton", None),
        ("Chef Tunde Okafor said the kitchen would reopen on Friday.", "Tunde Okafor", "Chef"),
        ("Wells Fargo CEO John Stumpf said the bank would repay customers.", "John Stumpf", "Wells Fargo CEO"),
        ("The 68-year-old Ana Ruiz said the bridge would reopen.", "Ana Ruiz", None),
        ("US special envoy Steve Witkoff said the talks had gone well.", "Steve Witkoff", "US special envoy"),
        ("Washington Post Trump said the poll was fake. Donald Trump said it twice.", "Donald Trump", None),
    ],
)
def test_a_name_holds_only_the_name_and_a_role_is_a_position(text: str, speaker: str, role: str | None) -> None:
    assert [(q.speaker, q.role) for q in every(text)][0] == (speaker, role)


def test_a_headline_word_is_no_name() -> None:
    assert [q.speaker for q in every("The Latest: Latest said the polls would close at eight.")] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz wrote “Chick Lit: The New Woman's Fiction” in 2006.",
        "“We will rebuild,” Ruiz said on “Face the Nation.”",
    ],
)
def test_a_title_a_frame_names_is_no_quotation(text: str) -> None:
    assert all("Fiction" not in q.text and "Nation" not in q.text for q in every(text))


def test_the_it_of_an_idiom_is_no_organisation() -> None:
    text = "The Harbour Museum opened in May. It's worth noting that the bridge is the oldest in the state."
    assert all(q.speaker is None for q in every(text))


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("According to a CBS News poll, Clinton has emerged unscathed.", "CBS News", "organisation"),
        (
            "According to figures published by the Office for National Statistics, prices rose 3 percent.",
            "Office for National Statistics",
            "organisation",
        ),
        ("According to company documents, the firm has 7,600 employees.", "company documents", "unnamed"),
        ("The GOP speechwriter said the deal was his idea.", "The GOP speechwriter", "unnamed"),
    ],
)
def test_a_document_is_its_author_s_or_given_as_the_article_gives_it(text: str, speaker: str, kind: str) -> None:
    assert [(q.speaker, q.speaker_kind) for q in every(text)] == [(speaker, kind)]


def test_a_split_quotation_of_a_source_no_name_is_given_for_is_one_group() -> None:
    text = "“The boats are sound,” she said. “We will sail on Monday.”"
    quotes = every(text)
    assert [q.text for q in quotes] == ["The boats are sound,", "We will sail on Monday."]
    assert quotes[0].group is not None and quotes[0].group == quotes[1].group


def test_declining_to_say_is_no_statement() -> None:
    assert quotegraph.extract("The mayor declined to say why the ferry was late.") == []
    assert [q.kind for q in every("Ruiz went on to say that the ferry was late.")] == ["statement"]


def test_a_document_an_organisation_owns_is_that_organisation_s() -> None:
    text = "According to the city’s own estimate, the first phase would cost 140 million euros."
    assert [(q.speaker, q.speaker_kind) for q in every(text)] == [("the city", "organisation")]
