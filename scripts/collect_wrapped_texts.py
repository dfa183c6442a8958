"""Texts that reach Qt's translate() through a small wrapper (``_t("…")``) are invisible to
pyside6-lupdate. This writes them as ``QT_TRANSLATE_NOOP`` lines into a generated block of
``ui/translation.py``, so lupdate keeps them (run it before lupdate; a test checks the block
is up to date).

    .venv/bin/python scripts/collect_wrapped_texts.py
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "ui" / "translation.py"
BEGIN = "# BEGIN texts through wrappers: made by scripts/collect_wrapped_texts.py\n"
END = "# END texts through wrappers\n"
# file → the wrapper's name and the context it translates in
WRAPPERS = {
    "ui/actions.py": ("_t", "MainWindow"),
    "ui/dialogs/erase_dialog.py": ("_t", "EraseDialog"),
    "ui/dialogs/statistics_dialog.py": ("_t", "StatisticsDialog"),
    "ui/screens/plan/screening_rows.py": ("_tr", "ScreeningSection"),
}


def wrapped_texts() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for relative, (name, context) in WRAPPERS.items():
        tree = ast.parse((ROOT / relative).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == name
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and (context, node.args[0].value) not in found
            ):
                found.append((context, node.args[0].value))
    return found


def block() -> str:
    lines = [BEGIN, "_TEXTS_THROUGH_WRAPPERS = (\n"]
    for context, text in wrapped_texts():
        quoted = json.dumps(text, ensure_ascii=False)  # double quotes, as ruff writes them
        line = f'    QT_TRANSLATE_NOOP("{context}", {quoted}),\n'
        if len(line) > 101:  # as ruff formats a call too long for a line; the text stays whole
            text_line = f"        {quoted},"
            if len(text_line) > 100:
                text_line += "  # noqa: E501"
            line = f'    QT_TRANSLATE_NOOP(\n        "{context}",\n{text_line}\n    ),\n'
        lines.append(line)
    lines.append(")\n")
    lines.append(END)
    return "".join(lines)


def updated(source: str) -> str:
    if BEGIN in source:
        start = source.index(BEGIN)
        end = source.index(END) + len(END)
        return source[:start] + block() + source[end:]
    return source.rstrip("\n") + "\n\n\n" + block()


def main() -> int:
    source = TARGET.read_text(encoding="utf-8")
    new = updated(source)
    if new != source:
        TARGET.write_text(new, encoding="utf-8")
        ruff = Path(sys.executable).parent / "ruff"
        if ruff.exists():  # long lines wrapped as the rest of the code
            subprocess.run([str(ruff), "format", "-q", str(TARGET)], check=False)
        print(f"{TARGET.relative_to(ROOT)}: {len(wrapped_texts())} texts written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
