"""Who was told (the addressee: a person, a medium) and who was spoken of (the target).

Each case is an invented text and its exact expected output: (quote text, type, speaker, cue,
addressee, target, role)."""

from __future__ import annotations

from quotegraph import extract

from .phenomena import Row, attributions, every, phenomena

CASES: dict[str, tuple[str, list[Row]]] = {
    "told an addressee": (
        "Park told reporters in Boise that the vote was a mistake.",
        [("the vote was a mistake", "indirect", "Park", "told", "reporters", None, None)],
    ),
    "told a medium": (
        "Alicia Moreno told NBC’s Meet the Press show that she would not run again.",
        [
            (
                "she would not run again",
                "indirect",
                "Alicia Moreno",
                "told",
                "NBC’s Meet the Press show",
                None,
                None,
            )
        ],
    ),
    "target with of": (
        "“They have been reckless from the start,” Moreno said of the contractors.",
        [
            (
                "They have been reckless from the start,",
                "direct",
                "Moreno",
                "said",
                None,
                "the contractors",
                None,
            )
        ],
    ),
    "the object of 'said of' before a colon is no speaker": (
        "Dana Whitlock said of Sam Ortiz: “He built the bridge.”",
        [("He built the bridge.", "direct", "Dana Whitlock", "said", None, "Sam Ortiz", None)],
    ),
    "how it was said, then a colon": (
        "Mayor Dana Whitlock wrote on Twitter: “Big news: the bridge opens in May.”",
        [("Big news: the bridge opens in May.", "direct", "Dana Whitlock", "wrote", "Twitter", None, "Mayor")],
    ),
    "told a newspaper, beside the quotation": (
        "The mayor spoke first. “It looks like we will not have a very good relationship, who knows?” "
        "Ortiz told the Harbour Times in an interview aired on Monday.",
        [
            (
                "It looks like we will not have a very good relationship, who knows?",
                "direct",
                "Ortiz",
                "told",
                "the Harbour Times",
                None,
                None,
            )
        ],
    ),
    "an adjective passes its subject to the report it governs; a hearer, then the topic": (
        "Mayor Dana Whitlock is determined to warn her supporters about the dangers of the plan.",
        [("the dangers of the plan", "indirect", "Dana Whitlock", "warn", "her supporters", None, "Mayor")],
    ),
}

test_phenomenon = phenomena(CASES)


def test_told_the_crowd_names_a_hearer() -> None:
    """The parser hung "telling" on the quotation it introduces; the teller is the main clause's
    subject, and "the crowd" is who was told, not what."""
    quotes = every(
        "Mayor Dana Whitlock seemed ready to joke about the delay in Harbour, telling the crowd, “Some bridges "
        "take longer than others, have you noticed that?”"
    )
    assert all(q.text != "the crowd" for q in quotes)
    told = [q for q in quotes if q.cue == "telling"]
    assert [(q.text, q.type, q.speaker, q.addressee) for q in told] == [
        ("Some bridges take longer than others, have you noticed that?", "direct", "Dana Whitlock", "the crowd")
    ]


def test_a_that_clause_after_the_hearer_is_the_content() -> None:
    text = (
        "Governor Lena Holm told the debate audience that she believes the state must build more "
        "housing, saying that rents are too high."
    )
    found = attributions(text)
    assert found[0][:3] == (
        "she believes the state must build more housing",
        "Lena Holm",
        "told",
    )
    assert extract(text)[0].addressee == "the debate audience"


def test_a_clause_that_goes_on_past_its_verb_is_no_hearer() -> None:
    text = (
        "Senator Ruth Adler told a radio show it is clear from the public record that the "
        "contract was signed late."
    )
    quote = extract(text)[0]
    assert quote.text.startswith("it is clear from the public record")
    assert quote.addressee == "a radio show"


def test_who_was_asked_is_not_who_asked() -> None:
    """ "Asked whether ..., X said ...": X was asked; who asked is the participle's agent, if named."""
    found = extract("Asked by the Gazette whether the pier would reopen, Mayor Dana Whitlock said no.", scope="all")
    asked = [q for q in found if (q.cue or "").lower() == "asked"]
    assert [(q.speaker, q.addressee, q.text) for q in asked] == [
        ("Gazette", "Mayor Dana Whitlock", "the pier would reopen")
    ]
    unnamed = extract("But when asked how she would define the plan, Dana Whitlock fought back.", scope="all")
    assert all(q.speaker != "Dana Whitlock" for q in unnamed)


def test_whom_a_participle_of_speaking_addresses_is_the_hearer() -> None:
    """ "Talking to the Harbour Times on Monday, Ruiz said ...": said to the Harbour Times."""
    quotes = extract("Talking to the Harbour Times on Monday, Ruiz said she would not resign.")
    assert [(q.speaker, q.addressee, q.text) for q in quotes] == [("Ruiz", "the Harbour Times", "she would not resign")]
    quotes = extract("Speaking on Monday, Ruiz said she would not resign.")
    assert [q.addressee for q in quotes] == [None]
