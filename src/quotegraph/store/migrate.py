"""Versioned migrations: ``migrations/<dialect>/NNNN_name.sql``, each applied once, in order, atomically."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from quotegraph.store.base import Store

NAME = re.compile(r"^(\d{4})_[\w-]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations(dialect: str) -> list[Migration]:
    folder = resources.files("quotegraph.store") / "migrations" / dialect
    found = []
    for entry in folder.iterdir():
        m = NAME.match(entry.name)
        if m:
            found.append(Migration(int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found, key=lambda mig: mig.version)


def migrate(store: Store) -> list[str]:
    """Bring the schema up to date; returns the names of the migrations applied. Every migration not
    yet recorded is applied, in order: one numbered below the newest applied (two branches each
    adding one, merged after a store was made) is applied too.

    Safe when several processes open a new store at once: they take turns (``migration_lock``),
    and a migration another one applied meanwhile is skipped, never applied twice."""
    applied = []
    with store.migration_lock():
        store.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL)"
        )
        done = _recorded(store)
        for mig in migrations(store.dialect):
            if mig.version in done:
                continue
            try:
                store.run_migration(mig.sql, mig.version, mig.name)
            except Exception:
                if mig.version in _recorded(store):
                    continue  # applied by another process while this one waited for its turn
                raise
            applied.append(mig.name)
    return applied


def _recorded(store: Store) -> set[int]:
    return {int(r[0]) for r in store.query("SELECT version FROM schema_version")}
