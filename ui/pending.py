"""Text waiting to be saved, and the one way to save all of it at once.

Typed text is saved a moment after the typing pauses (``TEXT_SAVE_DELAY_MS``) and when the
field is left. Between the two the words live only on the screen, so every screen that
saves as it goes makes a ``PendingSave`` for its fields, and the main window calls
``flush_pending(window)`` whenever the screen is about to change under the caseworker's
hands: closing, quitting, locking, another citizen, another tab. Nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

TEXT_SAVE_DELAY_MS = 700


class PendingSave(QObject):
    """Calls ``save`` once for text typed since the last save: after a pause in typing (unless
    ``delay_ms`` is ``None``), on leaving a watched line edit, and on ``flush()``.

    Made as a child of the screen's widget, so ``flush_pending`` finds it.
    """

    def __init__(
        self,
        parent: QWidget,
        save: Callable[[], object],
        delay_ms: int | None = TEXT_SAVE_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._dirty = False
        self._timer: QTimer | None = None
        if delay_ms is not None:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.setInterval(delay_ms)
            self._timer.timeout.connect(self.flush)

    def watch(self, *fields: QWidget) -> PendingSave:
        """Typing in ``fields`` makes the save pending; leaving a changed line edit saves it."""
        for field in fields:
            if isinstance(field, QLineEdit):
                field.textEdited.connect(self.touch)  # the user's typing, not setText()
                field.editingFinished.connect(self.save_now)  # Qt: only after a change
            elif isinstance(field, QPlainTextEdit | QTextEdit):
                field.textChanged.connect(self.touch)
            else:  # pragma: no cover - a programming error
                raise TypeError(f"cannot watch {type(field).__name__}")
        return self

    def touch(self, *_args) -> None:
        """Something was typed: save it soon."""
        self._dirty = True
        if self._timer is not None:
            self._timer.start()

    def save_now(self) -> None:
        self._dirty = True
        self.flush()

    def is_pending(self) -> bool:
        return self._dirty

    def flush(self) -> None:
        """Save now if anything is waiting; nothing happens if nothing is."""
        if self._timer is not None:
            self._timer.stop()
        if self._dirty:
            self._dirty = False  # first, so a save that reloads the screen is not saved twice
            self._save()

    def discard(self) -> None:
        """Forget the waiting text (the screen is loading new text into the field)."""
        if self._timer is not None:
            self._timer.stop()
        self._dirty = False


def flush_pending(root: QObject) -> None:
    """Save all text waiting under ``root`` (the main window, or one screen)."""
    for pending in root.findChildren(PendingSave):
        pending.flush()
