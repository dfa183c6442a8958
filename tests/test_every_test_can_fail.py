"""Every test states what it checks: a test function with no ``assert``, no ``pytest.raises``
and no qtbot wait cannot fail, so it proves nothing (issue 17).

A call to a helper in the same module counts when that helper asserts (``_check(result)``),
and so do pytest-qt's ``qtmodeltester.check`` and qtbot's waits, which fail by themselves.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
FAILING_CALLS = {
    "raises",
    "warns",
    "fail",
    "deprecated_call",
    "waitUntil",
    "waitSignal",
    "waitSignals",
    "assertNotEmitted",
    "waitCallback",
    "waitExposed",
    "waitActive",
    "check",  # qtmodeltester.check
}


def _called_names(node: ast.AST) -> set[str]:
    names = set()
    for call in ast.walk(node):
        if isinstance(call, ast.Call):
            func = call.func
            names.add(func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", ""))
    return names


def _asserts(node: ast.AST, helpers: set[str]) -> bool:
    if any(isinstance(inner, ast.Assert) for inner in ast.walk(node)):
        return True
    return bool(_called_names(node) & (FAILING_CALLS | helpers))


def silent_tests(source: str) -> list[str]:
    """The test functions in ``source`` that cannot fail.

    >>> silent_tests("def test_a():\\n    x = 1\\ndef test_b():\\n    assert 1")
    ['test_a']
    >>> silent_tests("def _check(r):\\n    assert r\\ndef test_c():\\n    _check(2)")
    []
    """
    tree = ast.parse(source)
    functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
    helpers: set[str] = set()
    changed = True
    while changed:  # a helper that calls an asserting helper asserts too
        found = {
            f.name for f in functions if not f.name.startswith("test_") and _asserts(f, helpers)
        }
        changed, helpers = found != helpers, found
    return [f.name for f in functions if f.name.startswith("test_") and not _asserts(f, helpers)]


def test_every_test_function_can_fail():
    silent = [
        f"{path.relative_to(TESTS)}::{name}"
        for path in sorted(TESTS.rglob("test_*.py"))
        for name in silent_tests(path.read_text(encoding="utf-8"))
    ]
    assert silent == []


def test_the_check_finds_a_silent_test():
    assert silent_tests("def test_x(qtbot):\n    qtbot.keyClick(w, 'a')\n") == ["test_x"]
    assert silent_tests("def test_y(qtbot):\n    qtbot.waitUntil(f)\n") == []
