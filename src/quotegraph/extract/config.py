"""How extraction runs and what it returns, in one object passed explicitly to each entry point."""

from __future__ import annotations

from dataclasses import dataclass, replace

from quotegraph import settings
from quotegraph.model import Scope, check_scope


@dataclass(frozen=True)
class ExtractConfig:
    scope: Scope = "statements"
    """``statements`` (acts of saying or writing) or ``all`` (every kind of attribution)."""
    min_confidence: float | None = None
    """Quotes below it are left out; ``None``: the scope's default (``model.DEFAULT_MIN_CONFIDENCE``)."""
    ner: bool = False
    """Type names with spaCy's statistical NER instead of from the tagger (about 1.4x slower)."""

    def __post_init__(self) -> None:
        check_scope(self.scope)

    @classmethod
    def from_env(cls) -> ExtractConfig:
        """The defaults, with ``QUOTEGRAPH_NER`` (``settings``) applied."""
        return cls(ner=settings.ner())

    def choosing(self, scope: Scope | None = None, min_confidence: float | None = None) -> ExtractConfig:
        """This configuration with ``scope`` and ``min_confidence`` where given."""
        changes: dict[str, object] = {}
        if scope is not None:
            changes["scope"] = scope
        if min_confidence is not None:
            changes["min_confidence"] = min_confidence
        return replace(self, **changes) if changes else self  # type: ignore[arg-type]


COMPONENT_DEFAULTS = {"scope": ExtractConfig.scope, "min_confidence": ExtractConfig.min_confidence}
"""The spaCy factory's ``default_config``: the component selects quotes as ``extract`` does."""
