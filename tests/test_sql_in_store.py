"""SQL is written in ``quotegraph/store`` only: every other module asks the store by name."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import quotegraph

PACKAGE = Path(quotegraph.__file__).parent
STORE = PACKAGE / "store"
SQL = re.compile(
    r"^\s*(SELECT\s.*\sFROM\s|INSERT\s+INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|(CREATE|ALTER|DROP)\s+(TABLE|INDEX)\s)",
    re.DOTALL,
)
MAY_HOLD_SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP)\b|store\.(execute|query|iterate)")
RAW_CALLS = {"execute", "executemany", "query", "iterate"}


def _text(node: ast.Constant | ast.JoinedStr) -> str:
    """A string literal's text, an f-string's placeholders as ``x``."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else ""
    return "".join(v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "x" for v in node.values)


def _sql_outside_the_store() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if STORE in path.parents:
            continue
        source = path.read_text(encoding="utf-8")
        if not MAY_HOLD_SQL.search(source):
            continue  # parsing every module would take seconds
        for node in ast.walk(ast.parse(source)):
            where = f"{path.relative_to(PACKAGE)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, (ast.Constant, ast.JoinedStr)) and SQL.match(_text(node)):
                found.append(f"{where} SQL text")
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in RAW_CALLS
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "store"
            ):
                found.append(f"{where} store.{node.func.attr}")
    return found


def test_no_sql_outside_the_store() -> None:
    assert _sql_outside_the_store() == []
