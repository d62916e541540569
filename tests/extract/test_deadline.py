"""A time limit stops an extraction between its steps: the pipeline's components, the candidate
cue words, the assembly's steps; a longer limit inside does not lift the one outside."""

from __future__ import annotations

import pytest

from quotegraph.extract import extract
from quotegraph.extract.api import _attribution, _nlp
from quotegraph.extract.assemble import quotes_of
from quotegraph.extract.deadline import ExtractionTimeout, time_limit


def test_an_extraction_past_its_time_limit_stops() -> None:
    text = "he said " * 2000
    with time_limit(0.0), pytest.raises(ExtractionTimeout):
        extract(text)
    doc = _nlp(False)(text)  # parsed: the limit is then checked inside attribution itself
    with time_limit(0.0), pytest.raises(ExtractionTimeout):
        quotes_of(doc)
    with time_limit(0.0), pytest.raises(ExtractionTimeout):
        _attribution(doc)  # the component stops too, rather than record an error of the article's
    with time_limit(0.0), time_limit(600.0), pytest.raises(ExtractionTimeout):
        extract(text)  # a longer limit inside does not lift the one outside
    with time_limit(600.0):
        assert len(extract(text, scope="all", min_confidence=0)) == len(quotes_of(doc))
    assert extract("“We will appeal,” the lawyer said.")  # no limit once the blocks are left
