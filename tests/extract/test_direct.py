"""Direct quotations with their cue beside them: before or after the quotation, after a colon, and
with a reporter the tagger or the parser misread.

Each case is an invented text and its exact expected output: (quote text, type, speaker, cue,
addressee, target, role)."""

from __future__ import annotations

from .phenomena import Row, phenomena

CASES: dict[str, tuple[str, list[Row]]] = {
    "direct, cue after": (
        "“We are not going anywhere,” Alicia Moreno said.",
        [("We are not going anywhere,", "direct", "Alicia Moreno", "said", None, None, None)],
    ),
    "colon lead-in": (
        "Alicia Moreno said: “The vote is final and we accept it.”",
        [("The vote is final and we accept it.", "direct", "Alicia Moreno", "said", None, None, None)],
    ),
    "a name and any verb after a quotation that ends as a clause does": (
        "Mayor Dana Whitlock spoke first. “If they were serious about making progress on this, I think they "
        "would have gone to the only bill I know of that has support,” Ortiz fumed on Tuesday.",
        [
            (
                "If they were serious about making progress on this, I think they would have gone to the only "
                "bill I know of that has support,",
                "direct",
                "Ortiz",
                "fumed",
                None,
                None,
                None,
            )
        ],
    ),
    "a described name and any verb after a quotation": (
        "Sam Ortiz spoke first. “Harbour City will always be Harbour City,” an angry Whitlock retaliated.",
        [("Harbour City will always be Harbour City,", "direct", "Whitlock", "retaliated", None, None, None)],
    ),
    "a text that reads, with the tagger taking 'read' for a noun": (
        "“If she wants to be mayor, Ann Lee should act like one,” the editorial read.",
        [
            (
                "If she wants to be mayor, Ann Lee should act like one,",
                "direct",
                "the editorial",
                "read",
                None,
                None,
                None,
            )
        ],
    ),
    "a cue before the passage in its sentence, not a cue denied in the next": (
        "Mr. Ortiz spoke first. Ms. Lind seemed to mock his tough talk, saying at one point, ''The answer"
        " is not simply to yell.'' But Mr. Ortiz did not respond.",
        [
            ("his tough talk", "indirect", "Lind", "mock", None, None, None),
            ("The answer is not simply to yell.", "direct", "Lind", "saying", None, None, None),
        ],
    ),
    "a name the clause speaks to before a colon is not the speaker": (
        "Mayor Dana Whitlock spoke on Monday. She had a warning for Ortiz: “You will lose the vote.”",
        [("You will lose the vote.", "direct", "Dana Whitlock", None, None, None, "Mayor")],
    ),
    "an aside after 'including' reports the quotation after it, not the writer's clause before": (
        "Mayor Ana Ruiz spoke at length on Monday. Her remarks were aimed at critics, including, she said,"
        " “people who tweet all day.”",
        [("people who tweet all day.", "direct", "Ana Ruiz", "said", None, None, "Mayor")],
    ),
    "someone else named as a sentence's subject between two passages speaks the second": (
        "“It goes in here and goes out here,” Tom Okafor said, pointing to his ears. Ana Okafor shook"
        " her head. “Tom’s much better about it than I am.”",
        [
            ("It goes in here and goes out here,", "direct", "Tom Okafor", "said", None, None, None),
            ("his ears", "indirect", "Tom Okafor", "pointing to", "his ears", None, None),
            ("Tom’s much better about it than I am.", "direct", "Ana Okafor", None, None, None, None),
        ],
    ),
    "a subject inside the attribution is not someone else speaking": (
        "Ana Lind came to hear Sam Ortiz. “I am satisfied with his answer,” Lind said after Ortiz spoke."
        " “My biggest concern is the harbour.”",
        [
            ("I am satisfied with his answer,", "direct", "Ana Lind", "said", None, None, None),
            ("My biggest concern is the harbour.", "direct", "Ana Lind", None, None, None, None),
        ],
    ),
    "an adverbial clause after the cue is no part of the quote": (
        "Ortiz spoke. “His name will live on,” Spencer said, as a few young fighters worked out inside the gym.",
        [("His name will live on,", "direct", "Spencer", "said", None, None, None)],
    ),
    "the parser took a word of the quotation for the subject": (
        "“The council is in panic mode. Full panic mode,” said Dana Whitlock, the head of the Harbour City Caucus.",
        [
            (
                "The council is in panic mode. Full panic mode,",
                "direct",
                "Dana Whitlock",
                "said",
                None,
                None,
                "head of the Harbour City Caucus",
            )
        ],
    ),
    "an object pointing ahead to a colon": (
        'Lena Park issued this statement: "We will rebuild the bridge."',
        [("We will rebuild the bridge.", "direct", "Lena Park", "issued this statement", None, None, None)],
    ),
    "a comma glued to the opening mark": (
        "Sam Ortiz said,“The bridge will open in May.”",
        [("The bridge will open in May.", "direct", "Sam Ortiz", "said", None, None, None)],
    ),
    "a name the tagger took for an adverb": (
        "Ortiz was blunt. “The bridge will not open before May,” Skelly said.",
        [("The bridge will not open before May,", "direct", "Skelly", "said", None, None, None)],
    ),
    "a weekday after the cue is no reporter": (
        "“The bridge should open now!” the harbour master, Sam Ortiz, tweeted Sunday.",
        [("The bridge should open now!", "direct", "Sam Ortiz", "tweeted", None, None, "harbour master")],
    ),
    "a cue the parser took for an adjective": (
        '"Good news," tweeted council spokesman Sam Ortiz. "The bridge opens in May."',
        [
            ("Good news,", "direct", "Sam Ortiz", "tweeted", None, None, "council spokesman"),
            ("The bridge opens in May.", "direct", "Sam Ortiz", None, None, None, "council spokesman"),
        ],
    ),
    "the name before the cue, however the parser read it": (
        "The inquiry is open.\n“I will just make this promise to you: We will achieve justice in this case,” "
        "Harbour police Chief Sam Ortiz said Monday.",
        [
            (
                "I will just make this promise to you: We will achieve justice in this case,",
                "direct",
                "Sam Ortiz",
                "said",
                None,
                None,
                "Harbour police Chief",
            )
        ],
    ),
    "the reporter's next act after the closing mark is no part of the quotation": (
        "Soon after the mayor was booed at a breakfast in Harbour City, Reyes wrote to his 20,000 followers, "
        "“It’s time to end her political career for good,” and shared a link to his campaign webpage.",
        [
            (
                "It’s time to end her political career for good,",
                "direct",
                "Reyes",
                "wrote",
                "his 20,000 followers",
                None,
                None,
            )
        ],
    ),
    "a cue after a colon inside another's sentence reports what follows it": (
        "“Apparently there is a young man who is having some problems,” Reyes said as the heckler yelled: "
        "“You suck!”",
        [
            (
                "Apparently there is a young man who is having some problems,",
                "direct",
                "Reyes",
                "said",
                None,
                None,
                None,
            ),
            ("You suck!", "direct", "the heckler", "yelled", None, None, None),
        ],
    ),
    "a quotation in doubled single marks ends before its cue": (
        "''Anyone claiming that the harbour is in decline is peddling fiction,'' Mayor Ruth Okafor told the council "
        "in the chamber and hundreds watching at home who could easily guess the ''anyone'' she had in mind.",
        [
            (
                "Anyone claiming that the harbour is in decline is peddling fiction,",
                "direct",
                "Ruth Okafor",
                "told",
                "the council in the chamber and hundreds",
                None,
                "Mayor",
            )
        ],
    ),
}

test_phenomenon = phenomena(CASES)
