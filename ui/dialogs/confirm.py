"""Yes/no questions and messages, behind one call each so tests can answer them without a
modal loop. A lock while one is open hides it and asks it again after (``run_modal``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from ui.locking import run_modal


class ConfirmDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, yes_label: str) -> bool:
        from PySide6.QtWidgets import QMessageBox  # made when first asked: ~17 ms off the start

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        yes = box.addButton(yes_label, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(QMessageBox.tr("Annuller"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        run_modal(box)
        return box.clickedButton() is yes


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    """A message for a person, in the language in use; never a traceback."""
    if title is None:
        title = QCoreApplication.translate("confirm", "Noget gik galt")
    _show(parent, "Warning", title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """A message that only tells something; one button to close it."""
    _show(parent, "Information", title, text)


def _show(parent: QWidget | None, icon: str, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(getattr(QMessageBox.Icon, icon))
    box.setWindowTitle(title)
    box.setText(text)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a name with "<" is shown as written
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    run_modal(box)
