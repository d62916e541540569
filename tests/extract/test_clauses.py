"""The predicates of ``clauses.py`` over real parses of invented sentences: what a cue's dependent
clauses are (content carried on, an event framed, a parenthetical cue, a hearer's clause)."""

from __future__ import annotations

from quotegraph.extract import clauses
from quotegraph.extract.lexicon import cues

from .phenomena import parse, word


def test_what_the_object_is_called_is_named_by_oprd_or_as() -> None:
    assert clauses.names_it(word(parse("Sam Ortiz called them cowards."), "called"))
    assert clauses.names_it(word(parse("Sam Ortiz described it as a disaster for the city."), "described"))
    assert not clauses.names_it(word(parse("Sam Ortiz said the road was closed."), "said"))


def test_a_participle_naming_something_and_a_passive_are_not_active() -> None:
    doc = parse("The rally was organized by a group called Stop Harbour.")
    assert not clauses.active(word(doc, "called"))  # "a group called ...": a name given
    assert not clauses.active(word(doc, "organized"))  # passive
    assert clauses.active(word(parse("Sam Ortiz said the road was closed."), "said"))


def test_a_clause_of_as_is_adverbial_and_a_complement_is_not() -> None:
    assert clauses.adverbial(word(parse("Ortiz spoke as he discussed the plan."), "discussed"))
    assert not clauses.adverbial(word(parse("Ortiz said he discussed the plan."), "discussed"))


def test_as_x_noted_is_parenthetical_but_as_x_discussed_the_plan_is_not() -> None:
    """ "as X noted" reports the clause it hangs from; "as he discussed the plan" has an object of
    its own, and says when."""
    assert clauses.as_parenthetical(word(parse("The bridge, as Dana Whitlock noted, will cost less than the tunnel."), "noted"))
    assert not clauses.as_parenthetical(word(parse("Ortiz spoke as he discussed the plan."), "discussed"))


def test_a_parenthetical_cue_hung_on_the_complement_after_it() -> None:
    doc = parse("She sincerely believes, she said, that the bridge is good.")
    assert clauses.interrupts_complement(word(doc, "said"))
    assert not clauses.interrupts_complement(word(doc, "believes"))


def test_event_adjuncts_at_the_end_leave_the_complement() -> None:
    doc = parse("Senator Lena Park criticized the bridge plan during a campaign stop in Eastfield on Tuesday.")
    rights = list(word(doc, "criticized").rights)
    assert [t.text for t in rights] == ["plan", "during", "."]
    assert [t.text for t in clauses.before_event_adjunct(rights[:2])] == ["plan"]
    assert clauses.frames_event(word(doc, "during"))
    assert not clauses.frames_event(word(doc, "plan"))


def test_whose_the_object_is_stays_with_it_where_the_parser_hung_it_on_the_verb() -> None:
    doc = parse("Ortiz cited his own endorsements from 40 mayors and governors Tuesday.")
    rights = [t for t in word(doc, "cited").rights if t.dep_ != "punct"]
    assert [t.text for t in rights] == ["endorsements", "from"]  # "from" hung on the verb
    assert [t.text for t in clauses.before_event_adjunct(rights)] == ["endorsements", "from"]
    doc = parse("Lind recalled a visit to the harbour by Mayor Ruth Okafor.")
    rights = [t for t in word(doc, "recalled").rights if t.dep_ != "punct"]
    assert [t.text for t in clauses.before_event_adjunct(rights)] == ["visit", "by"]
    doc = parse("Ortiz announced the plan from the harbour office on Tuesday.")  # where: an event adjunct
    rights = [t for t in word(doc, "announced").rights if t.dep_ == "dobj" or t.lower_ == "from"]
    assert [t.text for t in clauses.before_event_adjunct(rights)] == ["plan"]


def test_the_that_clause_the_parser_hung_on_the_hearer() -> None:
    doc = parse("Alicia Moreno told NBC’s Meet the Press show that she would not run again.")
    objects = [c for c in word(doc, "told").children if c.dep_ == "dobj"]
    found = clauses.clause_hung_on_hearer(objects)
    assert found is not None and (found[0].text, found[1].text) == ("that", "run")
    assert clauses.clause_hung_on_hearer([word(doc, "Moreno")]) is None


def test_an_object_that_points_ahead_to_a_colon() -> None:
    doc = parse("Lena Park issued this statement: the bridge will open.")
    assert clauses.announces_what_follows(doc, word(doc, "statement"))
    other = parse("Lena Park issued a statement: the bridge will open.")
    assert not clauses.announces_what_follows(other, word(other, "statement"))


def test_an_infinitive_is_what_was_promised_but_not_what_continued() -> None:
    lexicon = cues()
    doc = parse("Ann Cole promised to reopen the road.")
    assert clauses.xcomp_reports(word(doc, "promised"), lexicon["promise"])
    doc = parse("Prices continued to rise.")
    assert not clauses.xcomp_reports(word(doc, "continued"), lexicon["continue"])


def test_what_someone_wrote_about_is_the_object_of_about() -> None:
    lexicon = cues()
    doc = parse("Sam Ortiz wrote about the creative use of forgeries.")
    prep = clauses.content_prep(word(doc, "wrote"), lexicon["write"])
    assert prep is not None and prep.text == "about"
    said = parse("Sam Ortiz said about the plan that it would fail.")
    assert clauses.content_prep(word(said, "said"), lexicon["say"]) is None


def test_a_reason_clause_right_after_the_content_belongs_to_it() -> None:
    doc = parse("Reyes said the claim smacked of hypocrisy, because the mayor had done the same.")
    said = word(doc, "said")
    assert clauses.reason_clause_end(doc, said, word(doc, ",").i) == len(doc) - 1  # up to the full stop
    doc = parse("Reyes said the claim smacked of hypocrisy, after the mayor left the room.")
    assert clauses.reason_clause_end(doc, word(doc, "said"), word(doc, ",").i) == word(doc, ",").i


def test_a_clause_coordinated_with_the_cue_carries_on_its_content() -> None:
    doc = parse(
        "The middle group paid 8.9 percent, the agency said in a June report, and those in the bottom group "
        "paid 0.8 percent."
    )
    said = word(doc, "said")
    assert [t.i for t in clauses.continuations(said, word(doc, "agency"))] == [word(doc, "paid", 1).i]
    again = parse("The agency said prices rose, and the agency said wages fell.")
    assert clauses.continuations(word(again, "said"), word(again, "agency")) == []
