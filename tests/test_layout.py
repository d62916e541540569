"""The tests mirror the package: each module ``quotegraph/<package>/<module>.py`` has a test file of
its own, ``tests/<package>/test_<module>.py`` (a module at the package's root: ``tests/test_<module>.py``;
``__main__.py``: ``test_main.py``), in every package, however many there are. The exceptions are
listed here, each with its reason: a module tested in another file, and the ``__init__.py`` files that
define nothing of their own (checked)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import quotegraph

PACKAGE = Path(quotegraph.__file__).parent
TESTS = Path(__file__).parent

TESTED_ELSEWHERE = {
    # module (under quotegraph/): (its tests, under tests/), why there
    "extract/encoder.py": "extract/test_exact_speedups.py",  # equal to thinc's encoder, with the other speed-ups
    "extract/word_constructions.py": "extract/test_constructions.py",  # runs every registry's examples
    "__init__.py": "test_imports.py",  # the lazy names: importing quotegraph loads no spaCy
    "web/__init__.py": "test_imports.py",  # create_app loaded on first use: importing the package loads no spaCy
    "cli/__init__.py": "cli/test_extract.py",  # main and build_parser as a user runs them: --version, help, exits
    "corpus/__init__.py": "corpus/test_ingesting.py",  # the Corpus class: ingest, then search, speaker, export
    "store/__init__.py": "store/test_migrate.py",  # open_store makes and migrates a store; store_exists
}
NOTHING_OF_ITS_OWN = {
    # a package's __init__.py that only names what its modules define (tested there)
    "extract/__init__.py",
    "ingest/__init__.py",
    "resolve/__init__.py",
    "spark/__init__.py",
}


def modules() -> list[str]:
    """Every module of the package, as a path under it: ``model.py``, ``spark/jvm.py``."""
    return sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py"))


def mirror(module: str) -> str:
    """Where ``module``'s tests belong, under tests/."""
    if module in TESTED_ELSEWHERE:
        return TESTED_ELSEWHERE[module]
    path = Path(module)
    return str(path.with_name(f"test_{path.stem.strip('_')}.py"))


def missing_test_files(found: list[str], tests: Path) -> list[str]:
    return [m for m in found if m not in NOTHING_OF_ITS_OWN and not (tests / mirror(m)).is_file()]


PACKAGES = sorted({str(Path(m).parent) for m in modules()})


@pytest.mark.parametrize("package", PACKAGES)
def test_every_module_has_its_test_file(package: str) -> None:
    assert missing_test_files([m for m in modules() if str(Path(m).parent) == package], TESTS) == []


def test_every_package_is_checked() -> None:
    assert {"."} | {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()} == set(PACKAGES)
    assert {"cli", "corpus", "extract", "ingest", "resolve", "spark", "store", "web"} < set(PACKAGES)


def test_a_module_without_its_test_file_is_found(tmp_path: Path) -> None:
    (tmp_path / "spark").mkdir()
    (tmp_path / "spark" / "test_jvm.py").write_text("", encoding="utf-8")
    assert missing_test_files(["spark/jvm.py", "spark/load.py", "spark/__init__.py", "__main__.py"], tmp_path) == [
        "spark/load.py",
        "__main__.py",
    ]


def test_the_exceptions_are_real() -> None:
    """Each listed module exists, and each of nothing-of-its-own defines no function or class."""
    assert sorted((set(TESTED_ELSEWHERE) | NOTHING_OF_ITS_OWN) - set(modules())) == []
    for module in sorted(NOTHING_OF_ITS_OWN):
        tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
        defined = [n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)]
        assert defined == [], module
