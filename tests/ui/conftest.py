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
def english(app, monkeypatch):
    """The window's and the core's English, as chosen in the settings; Danish again after."""
    from PySide6.QtCore import QCoreApplication

    from ui.translation import ENV_VAR, install_translator, installed_translator

    monkeypatch.delenv(ENV_VAR, raising=False)
    assert install_translator(app, "en") == "en"
    yield
    app.removeTranslator(installed_translator(app))
    install_translator(app, "da")
    assert QCoreApplication.translate("MainWindow", "&Filer") == "&Filer"


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


@pytest.fixture
def citizen_form(qtbot):
    """Open the citizen form as the worker does: Ctrl+N in the register, or, given a name,
    type it in the search, ↓ to choose, Ctrl+E. Returns the form (window-modal, open)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.dialogs.citizen_form import CitizenFormDialog

    def shown():
        modal = QApplication.activeModalWidget()
        return modal if isinstance(modal, CitizenFormDialog) and modal.isVisible() else None

    def open_form(window, name: str | None = None):
        qtbot.waitUntil(lambda: shown() is None)  # an earlier form has closed
        window.activateWindow()
        search = window.register.search
        search.setFocus()
        key = Qt.Key.Key_N
        if name is not None:
            search.clear()
            QTest.keyClicks(search, name)
            QTest.keyClick(search, Qt.Key.Key_Down)
            qtbot.waitUntil(lambda: window.overview.name_label.text().startswith(name))
            key = Qt.Key.Key_E
        QTest.keyClick(search, key, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: shown() is not None)
        return shown()

    return open_form
