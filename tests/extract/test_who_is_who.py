"""Who a mention is when several people of the article could be: a given name borne nearly always
by one gender keeps "Mr. Ellison" from a woman the article names once; a bare "Ellison" is the
person the article named in full first, unless another was named in full just before; "one
former executive" is someone new, not the person the article called an executive."""

from __future__ import annotations

import quotegraph
from quotegraph.extract.lexicon import given_name_gender, given_names
from quotegraph.model import Quote


def every(text: str) -> list[Quote]:
    return quotegraph.extract(text, scope="all", min_confidence=0.0)


def test_the_table_marks_only_decisive_given_names() -> None:
    assert given_name_gender("Margaret Ellison") == "f"
    assert given_name_gender("Howard Ellison") == "m"
    assert given_name_gender("Jordan Ellison") == ""  # borne by men and women
    assert given_name_gender("Ellison") == ""  # a lone surname says nothing
    assert given_name_gender("J. Ellison") == ""
    assert len(given_names()) > 10_000


def test_a_titled_man_never_joins_a_woman_the_article_names_once() -> None:
    # Nothing in the article marks Margaret Ellison as a woman: only her given name does.
    text = (
        "The council heard from Margaret Ellison, a local teacher, on Monday. "
        "Mr. Ellison, the mayor, said the bridge would reopen in May."
    )
    quotes = every(text)
    assert [q.text for q in quotes] == ["the bridge would reopen in May"]
    assert quotes[0].speaker != "Margaret Ellison"


def test_a_titled_man_joins_the_man_who_shares_the_surname() -> None:
    text = (
        "Margaret Ellison and Howard Ellison run the bakery. "
        "Mr. Ellison said the ovens would be replaced next year."
    )
    assert [q.speaker for q in every(text)] == ["Howard Ellison"]


def test_every_titled_mention_keeps_its_gender_when_a_woman_is_named_first() -> None:
    text = (
        "Ellison Backs the Bridge Plan.\n\n"
        "Margaret Ellison, a teacher, spoke first. Mr. Ellison spoke next. Mr. Ellison, the mayor, "
        "said the bridge would reopen in May. Mr. Ellison added that the tolls would fall."
    )
    quotes = every(text)
    assert {q.speaker for q in quotes if q.speaker_span and q.speaker_span[0] > 40} == {"Ellison"}


def test_a_bare_surname_stays_with_the_person_named_first() -> None:
    text = (
        "Senator Paul Ellison campaigned in Ohio on Monday. His wife, Ruth Ellison, joined him at "
        "a rally in Dayton. The crowd was large. Ellison said the plant would stay open."
    )
    assert [q.speaker for q in every(text)] == ["Paul Ellison"]


def test_a_bare_surname_right_after_a_full_name_is_that_person() -> None:
    text = (
        "Senator Paul Ellison campaigned in Ohio on Monday. The crowd was large. "
        "Later his brother, Tom Ellison, spoke. Ellison said the plant would stay open."
    )
    assert [q.speaker for q in every(text)] == ["Tom Ellison"]


def test_someone_new_is_not_the_person_the_article_gave_that_role() -> None:
    text = (
        "Margaret Ellison, a former executive of the bank, ran for mayor. "
        "One former executive said the bank had been run badly."
    )
    assert [q.speaker for q in every(text)] == ["One former executive"]


def test_the_phrase_after_a_cue_that_follows_the_quotation_is_who_spoke() -> None:
    text = (
        "Okafor was criticised on Monday.\n\n"
        "“Meh,” wrote a harbour worker who runs the union account. “What does the board know?”"
    )
    assert [(q.speaker, q.text) for q in every(text)] == [
        ("a harbour worker", "Meh,"),
        ("a harbour worker", "What does the board know?"),
    ]


def test_an_unnamed_source_keeps_what_places_it() -> None:
    text = "“The drop is down to the emails,” said a person close to the mayor."
    assert [q.speaker for q in every(text)] == ["a person close to the mayor"]


def test_of_two_subjects_the_parser_gives_a_cue_the_nearest_is_the_reporter() -> None:
    text = (
        "“I am worried,” Mayor Tom Okafor said. His final assessment: “It is not quite optimistic,” "
        "he said. “We are hopeful.”"
    )
    assert [q.speaker for q in every(text)] == ["Tom Okafor"] * 3


def test_a_role_the_article_gave_names_its_bearer() -> None:
    text = (
        "Sen. Ana Reyes campaigned in Dayton on Monday. Reyes met voters at a diner. "
        "The senator said the plant would stay open."
    )
    assert [q.speaker for q in every(text)] == ["Ana Reyes"]


def test_a_role_with_a_mark_the_bearer_lacks_stays_as_given() -> None:
    text = (
        "Sen. Ana Reyes of Ohio campaigned in Dayton on Monday. Reyes met voters at a diner. "
        "The Vermont senator said the plant would stay open."
    )
    assert [q.speaker for q in every(text)] == ["The Vermont senator"]


def test_part_of_a_group_is_given_as_the_article_gives_it() -> None:
    assert [q.speaker for q in every("Some of the delegates said the vote was rigged.")] == [
        "Some of the delegates"
    ]
    assert [q.speaker_kind for q in every("Half of the voters said they would stay home.")] == ["group"]


def test_a_description_of_a_person_is_a_source() -> None:
    assert [q.speaker for q in every("The retired neurosurgeon said the plan would fail.")] == [
        "The retired neurosurgeon"
    ]


def test_the_statement_is_whoever_issued_it() -> None:
    text = "The union issued a statement on Monday. The statement said the strike would go on."
    quotes = every(text)
    assert [q.speaker for q in quotes if q.text == "the strike would go on"] == ["The union"]
    assert [q.speaker for q in every("The statement said the ferries would run late.")] == [None]
