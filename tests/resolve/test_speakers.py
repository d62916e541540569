"""One identity per speaker across articles; people who share a surname kept apart."""

from __future__ import annotations

from quotegraph.resolve import Mention, resolve_speakers

M = Mention
CORPUS = [
    # The envoy: title, nickname and bare surname all one person.
    M("a-0", "a", "US envoy Steve Witkoff", None, "Daily Planet", "2025-03-10T09:00:00"),
    M("a-1", "a", "Witkoff", None, "Daily Planet", "2025-03-10T09:00:00"),
    M("b-0", "b", "Steven Witkoff", "special envoy", "Gotham Gazette", "2025-03-11T09:00:00"),
    M("c-0", "c", "Steve Witkoff", None, "Metro Times", "2025-03-12T09:00:00"),
    M("w-0", "w", "Witkoff", None, "Harbour Herald", "2025-03-13T09:00:00"),
    # Two Kellys: a senator and an astronaut.
    M("d-0", "d", "Senator Mark Kelly", "senator", "Capitol Report", None, frozenset({"schumer"})),
    M("e-0", "e", "Scott Kelly", "astronaut", "Space Weekly", None, frozenset({"musk"})),
    M("f-0", "f", "Kelly", "former astronaut", "Orbit Daily", None),
    M("g-0", "g", "Kelly", None, "Metro Times", None, frozenset({"schumer"})),
    M("h-0", "h", "Kelly", None, "Metro Times", None),
    M("i-0", "i", "M. Kelly", None, None, None),
    M("s-0", "s", "Kelly", None, "Space Weekly", None),
    # Both Kellys in one article: the bare surname goes by its role.
    M("t-0", "t", "Mark Kelly", None, "Capitol Report", None),
    M("t-1", "t", "Scott Kelly", None, "Capitol Report", None),
    M("t-2", "t", "Kelly", "the senator", "Capitol Report", None),
    # Nobody named.
    M("j-0", "j", "a spokeswoman", None, None, None),
    M("k-0", "k", None, None, None, None),
]

EXPECTED = {
    "a-0": ("Steve Witkoff", "Steve Witkoff", "full name"),
    "a-1": ("Steve Witkoff", "Witkoff", "surname only; the same article names 'Steve Witkoff'"),
    "b-0": ("Steve Witkoff", "Steven Witkoff", "same surname, given name nickname of 'Steve'"),
    "c-0": ("Steve Witkoff", "Steve Witkoff", "full name"),
    "w-0": ("Steve Witkoff", "Witkoff", "surname only; the only person named Witkoff in the corpus"),
    "d-0": ("Mark Kelly", "Mark Kelly", "full name"),
    "e-0": ("Scott Kelly", "Scott Kelly", "full name"),
    "f-0": ("Scott Kelly", "Kelly", "surname only; of 2 people named Kelly, role words astronaut"),
    "g-0": ("Mark Kelly", "Kelly", "surname only; of 2 people named Kelly, named alongside schumer"),
    "h-0": ("Kelly", "Kelly", "surname only; ambiguous between 'Mark Kelly', 'Scott Kelly'"),
    "i-0": ("Mark Kelly", "M. Kelly", "same surname, given name initial of 'Mark'"),
    "s-0": ("Scott Kelly", "Kelly", "surname only; of 2 people named Kelly, outlet Space Weekly"),
    "t-0": ("Mark Kelly", "Mark Kelly", "full name"),
    "t-1": ("Scott Kelly", "Scott Kelly", "full name"),
    "t-2": (
        "Mark Kelly",
        "Kelly",
        "surname only; of 2 people named Kelly, role words senator, outlet Capitol Report",
    ),  # fmt: skip
}


def test_identities_across_articles() -> None:
    result = resolve_speakers(CORPUS)
    got = {
        qid: (result.names[link.speaker_id], link.alias, link.reason) for qid, link in result.links.items()
    }
    assert got == EXPECTED


def test_people_sharing_a_surname_get_different_ids() -> None:
    result = resolve_speakers(CORPUS)
    ids = {name: sid for sid, name in result.names.items()}
    assert sorted(ids) == ["Kelly", "Mark Kelly", "Scott Kelly", "Steve Witkoff"]
    assert result.links["d-0"].speaker_id == ids["Mark Kelly"] != result.links["e-0"].speaker_id


def test_identity_does_not_depend_on_input_order() -> None:
    forward = resolve_speakers(CORPUS)
    backward = resolve_speakers(list(reversed(CORPUS)))
    assert forward == backward


def test_different_given_names_stay_apart_and_initials_fitting_two_people_stand_alone() -> None:
    result = resolve_speakers(
        [M("x-0", "x", "Maria Lopez"), M("y-0", "y", "Marco Lopez"), M("z-0", "z", "M. Lopez")]
    )
    got = {qid: (result.names[link.speaker_id], link.reason) for qid, link in result.links.items()}
    assert got == {
        "x-0": ("Maria Lopez", "full name"),
        "y-0": ("Marco Lopez", "full name"),
        "z-0": ("M. Lopez", "full name"),
    }


NAMESAKES = [
    M("n1-0", "n1", "Fire chief Michael Brennan", "fire chief", "Valley News", "2025-01-03", frozenset({"okafor"})),
    M("n2-0", "n2", "Michael Brennan", "fire chief", "Harbour Herald", "2025-02-11", frozenset({"okafor"})),
    M("n3-0", "n3", "Michael Brennan", "striker", "Valley News", "2025-02-12", frozenset({"ferguson"})),
    M("n4-0", "n4", "Michael Brennan", None, "Sports Daily", "2025-02-20", frozenset({"ferguson"})),
    M("n5-0", "n5", "Michael Brennan", None, "Metro Times", "2025-03-01"),
    M("n6-0", "n6", "Brennan", None, "Metro Times", "2025-03-02"),
]  # fmt: skip


def test_namesakes_are_told_apart_by_what_their_articles_say() -> None:
    result = resolve_speakers(NAMESAKES)
    sid = {qid: link.speaker_id for qid, link in result.links.items()}
    assert sid["n1-0"] == sid["n2-0"] != sid["n3-0"] == sid["n4-0"]
    assert result.links["n1-0"].reason == (
        "full name; namesakes told apart by role: the emergency one, not the sport one"
    )
    assert result.links["n4-0"].reason == (
        "full name; of namesakes (emergency, sport), the sport one: named alongside ferguson"
    )


def test_a_namesake_the_article_cannot_tell_apart_is_marked_ambiguous() -> None:
    result = resolve_speakers(NAMESAKES)
    n5 = result.links["n5-0"]
    assert n5.speaker_id not in {result.links[q].speaker_id for q in ("n1-0", "n3-0")}
    assert n5.reason == (
        "full name; ambiguous between namesakes (emergency, sport): the article tells none apart"
    )
    assert result.names[n5.speaker_id] == "Michael Brennan"
    assert result.links["n6-0"].speaker_id != result.links["n1-0"].speaker_id


def test_one_person_whose_roles_change_field_stays_one_when_named_alongside_the_same_people() -> None:
    result = resolve_speakers([
        M("t1-0", "t1", "Donald Trump", "businessman", "Wire", None, frozenset({"clinton"})),
        M("t2-0", "t2", "Donald Trump", "candidate", "Post", None, frozenset({"clinton", "cruz"})),
        M("t3-0", "t3", "Donald Trump", None, "Post", None),
    ])  # fmt: skip
    assert len({link.speaker_id for link in result.links.values()}) == 1
    assert {link.reason for link in result.links.values()} == {"full name"}
