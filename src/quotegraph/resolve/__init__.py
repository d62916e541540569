"""Across articles: one identity per speaker, one cluster per statement reported by many outlets."""

from quotegraph.resolve.clusters import ClusterSettings, cluster_quotes
from quotegraph.resolve.names import PersonName, parse_name
from quotegraph.resolve.speakers import Link, Mention, Resolution, resolve_speakers

__all__ = [
    "ClusterSettings", "Link", "Mention", "PersonName", "Resolution", "cluster_quotes", "parse_name",
    "resolve_speakers",
]  # fmt: skip
