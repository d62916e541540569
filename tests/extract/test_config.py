"""One configuration object for extraction: checked when made, overridden only where asked."""

from __future__ import annotations

import pytest

from quotegraph.extract.config import COMPONENT_DEFAULTS, ExtractConfig


def test_a_bad_scope_fails_when_the_configuration_is_made() -> None:
    with pytest.raises(ValueError, match="scope must be 'statements' or 'all', not 'everything'"):
        ExtractConfig(scope="everything")  # type: ignore[arg-type]


def test_choosing_overrides_only_what_is_given() -> None:
    base = ExtractConfig(scope="all", min_confidence=0.3, ner=True)
    assert base.choosing() is base
    assert base.choosing(min_confidence=0.0) == ExtractConfig(scope="all", min_confidence=0.0, ner=True)
    assert base.choosing(scope="statements") == ExtractConfig(scope="statements", min_confidence=0.3, ner=True)


def test_the_component_defaults_are_extract_s() -> None:
    assert {"scope": ExtractConfig().scope, "min_confidence": ExtractConfig().min_confidence} == COMPONENT_DEFAULTS
    assert COMPONENT_DEFAULTS == {"scope": "statements", "min_confidence": None}


def test_from_env_reads_quotegraph_ner(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUOTEGRAPH_NER", "1")
    assert ExtractConfig.from_env() == ExtractConfig(ner=True)
    monkeypatch.delenv("QUOTEGRAPH_NER")
    assert ExtractConfig.from_env() == ExtractConfig()
