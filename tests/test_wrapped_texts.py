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
