"""Dates follow the language on screen (issue 12): the English window shows 01/02/1980
(day first, with slashes), the Danish one 01-02-1980 — in the overview, the register, the
plan's date fields and booking, the meeting's date field, on every tab.

The window is the one ``test_one_language`` uses: a fresh database with one citizen born
01-02-1980 and one meeting today.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDateTimeEdit

from progressionsdialog import clock
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.meetings import add_meeting
from tests.ui.test_one_language import CITIZEN, every_tab
from ui.translation import install_translator
from ui.widgets.date_field import DateField

A_DATE = re.compile(r"\b\d\d([-/.])\d\d\1\d{4}\b")


def window_in(language: str, app, qtbot, db, data_dir, citizen_id: int):
    """The main window in ``language`` (as ``test_one_language`` makes it), on the citizen."""
    from ui.main_window import MainWindow

    assert install_translator(app, language) == language
    window = MainWindow(db, data_dir)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.register.select_citizen(citizen_id)
    qtbot.waitUntil(lambda: window.overview.name_label.text().startswith(CITIZEN))
    return window


def dates_on_screen(window, qtbot) -> dict[str, set[str]]:
    """Each separator seen between day, month and year → the texts it was seen in."""
    seen: dict[str, set[str]] = {}
    for text in every_tab(window, qtbot):
        for match in A_DATE.finditer(text):
            seen.setdefault(match.group(1), set()).add(text)
    return seen


def test_dates_on_screen_follow_the_windows_language(app, qtbot, db, data_dir):
    citizen = add_citizen(db, CitizenDraft(CITIZEN, "01-02-1980"))
    add_meeting(db, citizen.id, clock.today())
    today = clock.today()
    expected = {  # language: separator, Qt's format, the placeholder
        "en": ("/", "dd/MM/yyyy", "dd/mm/yyyy"),
        "da": ("-", "dd-MM-yyyy", "dd-mm-åååå"),
    }
    try:
        for language, (sep, qt_format, placeholder) in expected.items():
            window = window_in(language, app, qtbot, db, data_dir, citizen.id)
            seen = dates_on_screen(window, qtbot)
            assert set(seen) == {sep}, (language, seen)
            assert any(f"01{sep}02{sep}1980" in text for text in seen[sep])  # "Born ..."
            edits = window.findChildren(QDateTimeEdit)  # the plan's (QDateEdit is one too)
            assert edits, "the plan has date fields"
            for edit in edits:
                assert edit.displayFormat().startswith(qt_format), edit.displayFormat()
                assert re.match(rf"\d\d{sep}\d\d{sep}\d{{4}}", edit.text()), edit.text()
            fields = window.findChildren(DateField)
            shown = f"{today:%d}{sep}{today:%m}{sep}{today:%Y}"
            assert any(field.text() == shown for field in fields), language  # the meeting's
            assert {field.placeholderText() for field in fields} == {placeholder}
            window.close()
    finally:
        install_translator(app, "da")
