"""Erasing a citizen for good: the worker types the citizen's name to confirm."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


class EraseDialog:
    @classmethod
    def ask_name(cls, parent: QWidget | None, name: str) -> str | None:
        """The name typed, or ``None`` if cancelled (tests replace this call)."""
        text, ok = QInputDialog.getText(
            parent,
            "Slet borger for altid",
            f"Alt om {name} slettes for altid. Det kan ikke fortrydes.\n\n"
            "Skriv borgerens navn for at bekræfte:",
            QLineEdit.EchoMode.Normal,
        )
        return text if ok else None
