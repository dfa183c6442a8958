"""Fixtures for the Qt layer: the real main window on a real database."""

from __future__ import annotations

import pytest

from ui.app import make_application


@pytest.fixture(scope="session")
def qapp_args():
    return ["progressionsdialog-tests"]


@pytest.fixture
def app(qapp):
    return make_application()


@pytest.fixture
def window(app, qtbot, db, data_dir):
    from ui.main_window import MainWindow

    main = MainWindow(db, data_dir)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(main.isVisible)
    return main


@pytest.fixture
def demo_window(app, qtbot, demo_db, data_dir):
    from ui.main_window import MainWindow

    main = MainWindow(demo_db, data_dir, demo=True)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(main.isVisible)
    return main


@pytest.fixture(autouse=True)
def _no_modal_loops(monkeypatch, request):
    """A modal dialog nobody answers would hang the suite: fail the test instead.

    Tests answer questions through the dialogs' classmethods (ConfirmDialog.ask, ...); a
    test marked ``real_dialogs`` shows the real dialog and clicks its buttons itself.
    """
    from PySide6.QtWidgets import QDialog, QMessageBox

    if request.node.get_closest_marker("real_dialogs"):
        return

    def refuse(self, *args):
        pytest.fail(
            f"unexpected modal dialog: {self.windowTitle()!r} {getattr(self, 'text', str)()!r}"
        )

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)
