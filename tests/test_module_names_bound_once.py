"""Every name at a module's top level of ``bot`` is bound once: a constant, a function or a class written twice
under one name silently replaces the first for every function that reads it at run time (a look-behind's reach of
8 characters read as 160, a set of opening marks read as another), which neither ruff nor mypy reports. The module
is read as source (ast), never imported."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "bot"


def bound_twice(source: str) -> list[str]:
    """The names a module binds more than once in its top-level statements (assignments, functions, classes)."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


@pytest.mark.parametrize("module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_top_level_name_is_bound_once(module: Path) -> None:
    assert bound_twice(module.read_text(encoding="utf-8")) == []


def test_a_constant_bound_twice_is_found() -> None:
    source = "_REACH = 8\n\ndef near(x):\n    return x < _REACH\n\n_REACH = 160\n"
    assert bound_twice(source) == ["_REACH"]


def test_a_function_defined_twice_is_found_and_an_annotation_alone_is_not() -> None:
    source = "x: int\nx = 1\ndef f(): pass\ndef f(): pass\n"
    assert bound_twice(source) == ["f"]
