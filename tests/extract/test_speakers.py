"""Who a source mention is: the fullest name the article gives, pronouns, role nouns and "who"
resolved to it, and what kind of source it is (``speakers.py``).

Each case is an invented text and its exact expected output: (quote text, type, speaker, cue,
addressee, target, role)."""

from __future__ import annotations

import pytest

from quotegraph import extract
from quotegraph.extract.lexicon import given_name_gender, given_name_leaning, given_names

from .phenomena import Article, Row, every, phenomena

CASES: dict[str, tuple[str, list[Row]]] = {
    "a share of those asked, by percent": (
        "Among harbour residents, 42% say the levy is too high.",
        [("the levy is too high", "indirect", "42%", "say", None, None, None)],
    ),
    "a share of those asked, as a fraction": (
        "Six in 10 say the ferry should run all night.",
        [("the ferry should run all night", "indirect", "Six in 10", "say", None, None, None)],
    ),
    "pronoun resolved": (
        "Alicia Moreno, the party chair, left the hall early. She said the count had been fair.",
        [("the count had been fair", "indirect", "Alicia Moreno", "said", None, None, "party chair")],
    ),
    "role noun resolved": (
        "Police chief Sam Ortiz arrived at noon. The chief said the road would stay closed overnight.",
        [
            (
                "the road would stay closed overnight",
                "indirect",
                "Sam Ortiz",
                "said",
                None,
                None,
                "Police chief",
            )
        ],
    ),
    "a pronoun's gender, learned from the article, rules a person out": (
        "John Reyes, the mayor, visited the clinic on Monday. He praised Alex Morgan, who runs it. "
        "“We have never had a better year,” she said.",
        [
            ("Alex Morgan, who runs it", "indirect", "John Reyes", "praised", None, None, "mayor"),
            ("We have never had a better year,", "direct", "Alex Morgan", "said", None, None, None),
        ],
    ),
    "a pronoun goes to the reporter, not to someone named in what was reported": (
        "Council spokeswoman Jennifer Alvarez said Tom Hale is reduced to insults because he cannot defend "
        "his record. “This man wants to run the city,” she said.",
        [
            (
                "Tom Hale is reduced to insults because he cannot defend his record",
                "indirect",
                "Jennifer Alvarez",
                "said",
                None,
                None,
                "Council spokeswoman",
            ),
            (
                "This man wants to run the city,",
                "direct",
                "Jennifer Alvarez",
                "said",
                None,
                None,
                "Council spokeswoman",
            ),
        ],
    ),
    "a headline neither names nor titles a person": (
        "Harbour Mayor Praises Dana Whitlock-Ray\n\nDana Whitlock-Ray said the bridge would open in May.",
        [("the bridge would open in May", "indirect", "Dana Whitlock-Ray", "said", None, None, None)],
    ),
    "who after a predicate noun is the subject it describes": (
        "Ann Cole is a veteran negotiator who has promised to reopen the road.",
        [("to reopen the road", "indirect", "Ann Cole", "promised", None, None, None)],
    ),
    "who after a name stays with the name": (
        "Another choice is Dana Whitlock, a lawyer who said the plan would fail.",
        [("the plan would fail", "indirect", "Dana Whitlock", "said", None, None, "lawyer")],
    ),
}

test_phenomenon = phenomena(CASES)


def test_speaker_is_never_a_pronoun() -> None:
    for q in every("She said the count had been fair. They said it was not."):
        assert q.speaker is None or q.speaker.lower() not in {"she", "he", "they", "it"}


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
        (  # a trading name: "the company" is the airline named before
            "Shares of Northwind Airlines fell sharply. The company said it would cut 300 jobs.",
            "Northwind Airlines",
            "organisation",
        ),
        ("Mayor Ana Ruiz said the bridge would reopen in May.", "Ana Ruiz", "person"),
        (
            "Harbour Holdings representatives said the pier would close.",
            "Harbour Holdings representatives",
            "group",
        ),
        ("The rugby legend said the voters misunderstand the mayor.", "The rugby legend", "unnamed"),
        (
            "Those who have sketched out possible paths for the mayor to win acknowledge that they are slender.",
            "Those who have sketched out possible paths for the mayor to win",
            "group",
        ),
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
        (
            "According to early results of exit polls conducted for the Gazette, most voters backed the levy.",
            "early results of exit polls conducted for the Gazette",
            "unnamed",
        ),
        ("The GOP speechwriter said the deal was his idea.", "The GOP speechwriter", "unnamed"),
    ],
)
def test_a_document_is_its_author_s_or_given_as_the_article_gives_it(
    text: str, speaker: str, kind: str
) -> None:
    assert [(q.speaker, q.speaker_kind) for q in every(text)] == [(speaker, kind)]


def test_a_document_an_organisation_owns_is_that_organisation_s() -> None:
    text = "According to the city’s own estimate, the first phase would cost 140 million euros."
    assert [(q.speaker, q.speaker_kind) for q in every(text)] == [("the city", "organisation")]


def test_a_boy_or_a_girl_is_a_source_as_the_article_gives_it() -> None:
    assert [(q.speaker, q.speaker_kind) for q in every("“How big is that wall?” the boy asked.")] == [
        ("the boy", "unnamed")
    ]


def test_the_groups_are_several_not_the_organisation_named_last() -> None:
    text = (
        "The Harbour Party backs the mayor. Eleven harbour groups wrote to the council on Monday. "
        "The groups say the pier must stay open."
    )
    said = [(q.speaker, q.speaker_kind) for q in every(text) if q.kind == "statement"]
    assert said == [("The groups", "group")]
    said = [
        (q.speaker, q.kind) for q in every("The Harbour Party backs the mayor. The party says it is over.")
    ]
    assert ("Harbour Party", "statement") in said


def test_a_statement_no_one_is_said_to_have_issued_is_its_owner_s() -> None:
    text = "The campaign’s statement then declares “the matter is now concluded.”"
    assert [(q.speaker, q.speaker_kind) for q in every(text)] == [("The campaign", "organisation")]


def test_a_name_after_a_role_noun_the_parser_cut_off_is_the_speaker() -> None:
    text = "“The fuel is paid for,” transport board chair Odile Marchetti said."
    assert [q.speaker for q in every(text)] == ["Odile Marchetti"]


def _who(text: str, mention: str, nth: int = 0) -> tuple[str | None, str | None, float, str | None]:
    """Who the ``nth`` occurrence of ``mention`` in ``text`` is, as ``Speakers.resolve`` says."""
    article = Article(text)
    at = -1
    for _ in range(nth + 1):
        at = text.index(mention, at + 1)
    span = article.doc.char_span(at, at + len(mention))
    assert span is not None, mention
    return tuple(article.people.resolve(span.start, span.end))  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("text", "mention", "nth", "resolved"),
    [
        (  # a surname joins the fullest name the article gives
            "Steve Witkoff arrived on Monday. Witkoff said the talks went well.",
            "Witkoff", 1, ("Steve Witkoff", None, 0.95, "person"),
        ),
        (  # so does a lone first name, when one full name starts with it
            "Steve Witkoff arrived on Monday. Steve said the talks went well.",
            "Steve", 1, ("Steve Witkoff", None, 0.95, "person"),
        ),
        (  # a pronoun: the last person who was a subject, with the role the article gave them
            "Alicia Moreno, the party chair, left the hall early. She said the count had been fair.",
            "She", 0, ("Alicia Moreno", "party chair", 0.7, "person"),
        ),
        (  # "she" is not the man the article calls "he"
            "John Reyes, the mayor, visited the clinic. He praised Alex Morgan, who runs it. She said it was fine.",
            "She", 0, ("Alex Morgan", None, 0.7, "person"),
        ),
        (  # a role noun: the person the article gave that role
            "Police chief Sam Ortiz arrived at noon. The chief said the road would stay closed.",
            "The chief", 0, ("Sam Ortiz", "Police chief", 0.6, "person"),
        ),
        (  # "it" that says: the organisation named before
            "Northern Power Company raised its prices again. It said the cost of gas had doubled.",
            "It", 0, ("Northern Power Company", None, 0.65, "organisation"),
        ),
        (  # "it" that says, after an organisation the article gave by a noun alone: that noun
            "The museum said the painting had been stolen in 1998. It added that it had told the police.",
            "It", 0, ("The museum", None, 0.6, "organisation"),
        ),
        (  # ... but not a subject inside what someone else said
            "The report notes the ministry monitors 200 mosques, and it says 400 websites were blocked.",
            "it", 1, (None, None, 0.3, None),
        ),
        (  # a pronoun after a person the article did not name: that person as it gave them
            "The German chancellor said the talks had failed. She added that sanctions would stay.",
            "She", 0, ("The German chancellor", None, 0.5, "unnamed"),
        ),
        (  # ... people for "they"
            "Officials in the city said the road would reopen. They added that buses would run.",
            "They", 0, ("Officials in the city", None, 0.5, "group"),
        ),
        (  # ... never a noun of the other gender
            "A spokeswoman for the council said the pool was safe. He said the water had been tested.",
            "He", 0, (None, None, 0.3, None),
        ),
        (  # a name before a noun for people says whose they are: Lind's supporters are not Lind
            "Mayor Tom Lind spoke on Monday. Tom Lind supporters said the count had been fair.",
            "Tom Lind supporters", 0, ("Tom Lind supporters", None, 0.55, "group"),
        ),
        (  # ... but a name before a noun that says when is who it is
            "Councillor Dana Whitlock spoke first. On that point, Whitlock Sunday night recounted a talk with the mayor.",
            "Whitlock Sunday night", 0, ("Dana Whitlock", "Councillor", 0.95, "person"),
        ),
        (  # "they" who speak are not the airline whose pilots they are ...
            "Northwind Airlines pilots walked out on Monday. They said the company had broken its promises.",
            "They", 0, (None, None, 0.3, None),
        ),
        (  # ... nor the place they marched in
            "Hundreds of people marched in Vermont on Monday. They said the plant must close.",
            "They", 0, (None, None, 0.3, None),
        ),
        (  # ... but an organisation that spoke
            "Northwind Airlines cut 300 jobs on Monday. They said demand had fallen.",
            "They", 0, ("Northwind Airlines", None, 0.7, "organisation"),
        ),
        (  # "they" after people the article gave by a noun: those people, not a name before them
            "The Harbour Department changed the rules in May. Voting rights advocates have expressed deep"
            " concern about the policy. They cite the 2000 election.",
            "They", 0, ("Voting rights advocates", None, 0.5, "group"),
        ),
        (  # ... but a name after them is nearer
            "Voting rights advocates met on Monday. The Harbour Department changed the rules. They said the"
            " change was needed.",
            "They", 0, ("Harbour Department", None, 0.7, "organisation"),
        ),
        (  # a thing whose word ends as a role's does ("cancer", "-er") is no source
            "My father died 22 years ago of brain cancer, which confirmed what I always knew.",
            "which", 0, (None, None, 0.4, None),
        ),
        (  # a surname is the person with that family name, "Jr." aside
            "Adm. Harry B. Harris Jr. spoke on Monday. Mr. Harris said China was building islands.",
            "Mr. Harris", 0, ("Harry B. Harris Jr.", "Adm.", 0.95, "person"),
        ),
        (  # a statement is by whom the article says it is from
            "The statement from the Harbour Ministry said two divers had died.",
            "The statement", 0, ("Harbour Ministry", None, 0.7, "organisation"),
        ),
        (  # "the statement" is whoever said something in it
            "Kestrel Holdings announced the closure in a statement on Monday. The statement said 300 jobs would go.",
            "The statement", 0, ("Kestrel Holdings", None, 0.95, "organisation"),
        ),
        (  # a name set off by commas after the subject, however parsed, is who it is
            '"It\'s a disaster," said one resident. Another, Tom Reyes, 62, disagreed: "It\'s fine."',
            "Another", 0, ("Tom Reyes", None, 0.95, "person"),
        ),
        (  # clergy titles are a role, not part of the name
            '"We are seeing a lot of fear," said Rabbi David Stein.',
            "Rabbi David Stein", 0, ("David Stein", "Rabbi", 0.95, "person"),
        ),
        (  # "we" outside quotation marks is the writer's voice, not the organisation named before
            "Kestrel Holdings cut 300 jobs on Monday. We think it was a mistake.",
            "We", 0, (None, None, 0.3, None),
        ),
        (  # whose wife she is is not who she is
            "Mayor Tom Ortiz's wife spoke first. She said the vote had been fair.",
            "She", 0, ("Mayor Tom Ortiz's wife", None, 0.5, "unnamed"),
        ),
        (  # "who": the name it describes
            "Another choice is Dana Whitlock, a lawyer who said the plan would fail.",
            "who", 0, ("Dana Whitlock", "lawyer", 0.95, "person"),
        ),
        (  # people nobody names: a group
            "Officials said the road would reopen on Monday.",
            "Officials", 0, ("Officials", None, 0.55, "group"),
        ),
        (  # a document is its author's
            "According to a CBS News poll, the mayor is ahead.",
            "a CBS News poll", 0, ("CBS News", None, 0.7, "organisation"),
        ),
        (  # a pronoun with nobody before it
            "She said the count had been fair.",
            "She", 0, (None, None, 0.3, None),
        ),
    ],
)  # fmt: skip
def test_who_a_mention_is(
    text: str, mention: str, nth: int, resolved: tuple[str | None, str | None, float, str | None]
) -> None:
    assert _who(text, mention, nth) == resolved


def test_a_titled_man_is_not_the_woman_with_his_surname() -> None:
    text = "Michelle Obama visited the school. She met the pupils. Mr. Obama spoke later. Obama said it was fine."
    assert _who(text, "Obama", 2)[0] == "Obama"
    assert _who(text, "She")[0] == "Michelle Obama"


def test_names_of_the_article_by_surname_and_the_last_subject() -> None:
    text = "Steve Witkoff arrived on Monday. Reporters asked Ann Lee about the talks.\nThe Harbour Times said nothing."
    article = Article(text)
    people = article.people
    assert people.names_person("Witkoff") and not people.names_person("Harbour")
    assert people.resolve_name("Witkoff") == ("Steve Witkoff", None, 0.8, "person")
    second = text.index("Reporters")
    subject = people.last_subject(len(text), 0)
    assert subject is not None and subject.entity.name == "Steve Witkoff"  # Ann Lee is an object
    assert people.last_subject(len(text), second) is None


@pytest.mark.parametrize(
    ("mention", "name"),
    [("The Adler campaign", "The Adler campaign"), ("The Holm administration", "The Holm administration")],
)
def test_an_organisation_called_after_a_person_is_not_that_person(mention: str, name: str) -> None:
    text = f"Ruth Adler and Lena Holm spoke on Monday. {mention} said the bridge would open in May."
    quote = next(q for q in extract(text) if q.cue == "said")
    assert (quote.speaker, quote.speaker_kind) == (name, "organisation")


# People who share a surname, roles, indefinite and partial sources, issued documents.


def test_the_table_marks_only_decisive_given_names() -> None:
    assert given_name_gender("Margaret Ellison") == "f"
    assert given_name_gender("Howard Ellison") == "m"
    assert given_name_gender("Jordan Ellison") == ""  # borne by men and women
    assert given_name_gender("Ellison") == ""  # a lone surname says nothing
    assert given_name_gender("J. Ellison") == ""
    assert len(given_names()) > 10_000


def test_a_titled_man_is_the_man_of_two_who_share_a_surname_by_their_given_names() -> None:
    """ "Hillary" is a woman's name for most of its bearers, not for nearly all (the table leaves
    it undecided), which is enough to tell her from "Bill Clinton", never to mark her alone."""
    assert given_name_gender("Hillary Clinton") == "" and given_name_leaning("Hillary Clinton") == "f"
    text = "Hillary Clinton and Bill Clinton campaigned in Iowa on Monday. Mr. Clinton said the economy had improved."
    assert [q.speaker for q in every(text)] == ["Bill Clinton"]
    text = "Hillary Clinton and Bill Clinton campaigned in Iowa on Monday. Mrs. Clinton said she would win."
    assert [q.speaker for q in every(text)] == ["Hillary Clinton"]
    # One bearer: "Mr. Graham" is Lindsey Graham, whatever most Lindseys are.
    text = "Lindsey Graham campaigned in Iowa on Monday. Mr. Graham said the economy had improved."
    assert [q.speaker for q in every(text)] == ["Lindsey Graham"]


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


def test_a_capitalised_bare_noun_in_a_reporters_place_is_a_name() -> None:
    """The tagger took the surname for a common noun ("“...,” Hannity said", tagged NN): with no
    determiner and a capital inside the sentence, it is a name; "the Police" or a sentence's first
    word are not read so."""
    import spacy
    from spacy.tokens import Doc

    from quotegraph.extract.speakers import _mistagged_name

    words = ["“", "Yes", ",", "”", "Hannity", "said", ",", "the", "Police", "said", "."]
    tags = ["``", "UH", ",", "''", "NN", "VBD", ",", "DT", "NN", "VBD", "."]
    pos = ["PUNCT", "INTJ", "PUNCT", "PUNCT", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    heads = [5, 5, 5, 5, 5, 5, 9, 8, 9, 9, 9]
    deps = ["punct", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct", "det", "nsubj", "conj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps)
    assert _mistagged_name(doc[4])
    assert not _mistagged_name(doc[8])  # "the Police": a determiner
    assert not _mistagged_name(doc[1])  # the sentence's first word
    quotes = every("Sean Hannity hosts a radio show. “We need the ferry back,” Hannity said.")
    assert [q.speaker for q in quotes] == ["Sean Hannity"]


@pytest.mark.parametrize(
    "text",
    [
        # A run of capitals typed as a name, with no given name, is a weak antecedent for "he"...
        "Harbour Street honoured councillor Dana Reyes on Monday. He said the road would reopen in May.",
        # ... weaker still beside a person whose given name marks the pronoun's gender.
        "Harbour Street honoured councillor Omar Reyes on Monday. He said the road would reopen in May.",
    ],
)
def test_a_pronoun_goes_to_a_person_named_as_people_are(text: str) -> None:
    (quote,) = extract(text)
    assert (quote.speaker_mention, quote.speaker) == (
        "He",
        text.split(" on Monday")[0].split("councillor ")[1],
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The group withdrew from the event, prompting Harbour Lives Matter, the grand marshal for the parade, to "
            "withdraw. Harbour Lives Matter issued a statement saying it took the action "
            '"because of the unsafe conditions created for our communities by law enforcement."',
            "Harbour Lives Matter",
        ),
    ],
)
def test_a_statement_saying_is_its_issuer_s(text: str, speaker: str) -> None:
    """ "X issued a statement saying ...": the statement speaks for whoever issued it (the parser
    read the name's last word as an adverb of "issued")."""
    assert [q.speaker for q in every(text) if q.cue == "saying"] == [speaker]
