"""Texts given to translate() through a wrapper are named for lupdate (ui/translation.py),
so running the translation README's lupdate never drops their English."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _collector():
    path = ROOT / "scripts" / "collect_wrapped_texts.py"
    spec = importlib.util.spec_from_file_location("collect_wrapped_texts", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_wrapped_text_is_named_for_lupdate():
    named = {
        (node.args[0].value, node.args[1].value)
        for node in ast.walk(ast.parse((ROOT / "ui" / "translation.py").read_text("utf-8")))
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
        and len(node.args) == 2
    }
    wrapped = _collector().wrapped_texts()
    assert wrapped  # the collector finds the menu texts
    missing = [pair for pair in wrapped if pair not in named]
    assert missing == [], "run: .venv/bin/python scripts/collect_wrapped_texts.py"


def test_every_wrapper_in_the_window_is_known_to_the_collector():
    """A new ``def _t(text): return QCoreApplication.translate("X", text)`` that the collector
    does not know would leave its texts out of the translation file (it happened twice)."""
    wrappers = {}
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.parse(path.read_text("utf-8")).body:
            if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
                continue
            returned = node.body[-1]
            call = getattr(returned, "value", None)
            if (
                isinstance(returned, ast.Return)
                and isinstance(call, ast.Call)
                and getattr(call.func, "attr", "") == "translate"
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id == node.args.args[0].arg
            ):
                wrappers[str(path.relative_to(ROOT))] = (node.name, call.args[0].value)
    known = _collector().WRAPPERS
    # label_tr (plan/context.py) and the label helpers in ui/translation.py translate core
    # labels named one by one in ui/translation.py, not literals at call sites
    exempt = {"ui/screens/plan/context.py", "ui/translation.py"}
    unknown = {f: w for f, w in wrappers.items() if f not in known and f not in exempt}
    assert wrappers and unknown == {}
