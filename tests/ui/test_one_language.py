"""One language at a time (issue 12): in the English window no Danish text is shown, and in
the Danish window no English — menus, tabs, labels, buttons, tooltips, placeholders,
accessible names, combo box items, the overview's sentences, on every tab.

The window runs on a fresh database with one citizen and one meeting, so everything shown
is the program's own text (no Danish typed by a worker). Names (the citizen's and the
Halsnæs tool's) are the only words allowed in both.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QMenu, QTabWidget, QWidget

from progressionsdialog import clock, i18n
from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.meetings import add_meeting
from tests.ui.whole_tab import whole
from ui.translation import install_translator

CITIZEN = "Anna Berg"
NAMES = (CITIZEN, "Halsnæs", "Solgården")  # names are the same in both languages
PATH = re.compile(r"\S*[/\\]\S*")  # a file path is not a sentence
DANISH = re.compile(
    r"[æøåÆØÅ]|\b(og|ikke|samtaler?|skridt|indsats(er)?|borger(en|ens|e)?|til|med|på|af|"
    r"er|det|der|vælg|gem|ret|slet|ny|nyt|hvornår|hvorfor|hvad|mål(et)?|dato)\b",
    re.IGNORECASE,
)
ENGLISH = re.compile(
    r"\b(the|and|of|is|not|yet|save|cancel|close|edit|delete|meeting|step|goal|citizen|"
    r"when|why|what|choose|date|open|show|hide)\b",
    re.IGNORECASE,
)


def shown_texts(root: QWidget) -> set[str]:
    """Every text a user sees or a screen reader reads on the screen shown now."""
    found: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        for getter in ("text", "title", "placeholderText", "toolTip", "accessibleName"):
            method = getattr(widget, getter, None)
            try:
                value = method() if callable(method) else None
            except TypeError:  # a text() that needs arguments (a list's item)
                value = None
            if isinstance(value, str) and value.strip():
                found.add(value)
        if isinstance(widget, QTabWidget):
            found |= {widget.tabText(i) for i in range(widget.count())}
        if isinstance(widget, QComboBox):
            found |= {widget.itemText(i) for i in range(widget.count())}
    for menu in root.findChildren(QMenu):
        found |= {action.text() for action in menu.actions() if action.text()}
    return found


def wrong_language(texts: set[str], pattern: re.Pattern) -> list[str]:
    wrong = []
    for text in texts:
        bare = PATH.sub("", text)
        for name in NAMES:
            bare = bare.replace(name, "")
        if pattern.search(bare):
            wrong.append(text)
    return sorted(wrong)


def every_tab(window, qtbot) -> set[str]:
    texts = shown_texts(window)
    tabs = window.overview.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda i=index: tabs.currentWidget().isVisible())
        qtbot.waitUntil(lambda: whole(tabs.currentWidget()))
        texts |= shown_texts(window)
        for inner in tabs.currentWidget().findChildren(QTabWidget):
            for sub in range(inner.count()):
                inner.setCurrentIndex(sub)
                texts |= shown_texts(window)
    return texts


@pytest.fixture
def one_citizen_window(app, qtbot, db, data_dir, request):
    language = request.param
    assert install_translator(app, language) == language
    citizen = add_citizen(db, CitizenDraft(CITIZEN, "01-02-1980"))
    add_meeting(db, citizen.id, clock.today())
    from ui.main_window import MainWindow

    window = MainWindow(db, data_dir)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.register.select_citizen(citizen.id)
    qtbot.waitUntil(lambda: window.overview.name_label.text().startswith(CITIZEN))
    yield window
    install_translator(app, "da")


@pytest.mark.parametrize("one_citizen_window", ["en"], indirect=True)
def test_the_english_window_shows_no_danish(one_citizen_window, qtbot):
    assert QCoreApplication.translate("MainWindow", "&Filer") == "&File"
    assert i18n.language() == "en"
    wrong = wrong_language(every_tab(one_citizen_window, qtbot), DANISH)
    assert wrong == [], "\n".join(wrong)


@pytest.mark.parametrize("one_citizen_window", ["da"], indirect=True)
def test_the_danish_window_shows_no_english(one_citizen_window, qtbot):
    wrong = wrong_language(every_tab(one_citizen_window, qtbot), ENGLISH)
    assert wrong == [], "\n".join(wrong)


def test_the_check_finds_a_danish_word_in_english():
    assert wrong_language({"Save", "Gem ændringer"}, DANISH) == ["Gem ændringer"]
    assert wrong_language({"Gem", "Save the plan"}, ENGLISH) == ["Save the plan"]
