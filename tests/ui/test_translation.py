"""English as the second language: the translator, the translation file, the real window."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from progressionsdialog.resource_files import resource_path
from ui import translation
from ui.translation import ENV_VAR, install_translator, installed_translator

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "progressionsdialog_en.ts"


def messages():
    """(context, source, translation element) for every message in the English .ts file."""
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


@pytest.fixture
def english(app, monkeypatch):
    """English installed for one test; Danish again afterwards, for the other tests."""
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert install_translator(app, "en") == "en"
    translator = installed_translator(app)
    yield translator
    app.removeTranslator(translator)
    install_translator(app, "da")  # drops the kept reference too
    assert QCoreApplication.translate("MainWindow", "&Filer") == "&Filer"


def test_english_window_has_english_menus(english, qtbot, db, data_dir):
    from ui.main_window import MainWindow

    window = MainWindow(db, data_dir)
    qtbot.addWidget(window)
    window.show()
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[0] == "&File"
    assert {"&Edit", "&Citizen", "&View", "&Help"} <= set(titles)
    header = window.register.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Name"  # a text that reaches tr() through a variable


def test_every_message_is_translated():
    found = list(messages())
    assert len(found) > 200
    for context, source, element in found:
        where = f"{context}: {source!r}"
        assert element is not None, where
        assert element.get("type") is None, f"{element.get('type')} {where}"
        english = element.text or ""
        assert english.strip(), where
        for placeholder in ("%1", "%2"):
            assert source.count(placeholder) == english.count(placeholder), where
        assert ("&" in source.replace("&&", "")) == ("&" in english.replace("&&", "")), where


def test_compiled_file_matches_the_source_file():
    """The .qm was made by lrelease from the current .ts (run it after editing the .ts)."""
    translator = QTranslator()
    assert translator.load(str(translation.translation_file("en")))
    for context, source, element in messages():
        assert translator.translate(context, source) == element.text, (context, source)


def test_texts_given_to_tr_through_variables_are_in_the_file():
    """Labels kept in constants reach tr() as variables; ui/translation.py names them."""
    from progressionsdialog.domain.citizen import TARGET_GROUP_LABELS
    from progressionsdialog.domain.life_wheel import AreaStatus
    from progressionsdialog.domain.meeting import MEETING_KIND_LABELS
    from progressionsdialog.domain.plan import (
        EFFORT_LABELS,
        NOT_DECIDED,
        STEP_OWNER_LABELS,
        GoalKind,
    )
    from ui.dialogs.password_dialog import FORGOTTEN
    from ui.dialogs.report_dialog import TITLES
    from ui.models.citizen_table_model import CitizenTableModel
    from ui.screens.plan_page import PROMPTS

    expected = {
        "CitizenTableModel": CitizenTableModel.HEADERS,
        "ReportDialog": TITLES.values(),
        "PasswordDialog": [FORGOTTEN],
        "CitizenFormDialog": TARGET_GROUP_LABELS.values(),
        "MeetingEditor": MEETING_KIND_LABELS.values(),
        "PlanPage": [
            *PROMPTS.values(),
            NOT_DECIDED,
            *(kind.label for kind in GoalKind),
            *STEP_OWNER_LABELS.values(),
            *EFFORT_LABELS.values(),
        ],
        "LifeWheelPage": [status.label for status in AreaStatus],
    }
    in_file = {(context, source) for context, source, _ in messages()}
    missing = [
        (context, text)
        for context, texts in expected.items()
        for text in texts
        if (context, text) not in in_file
    ]
    assert not missing, "add these to ui/translation.py and run lupdate: " + repr(missing)


def test_undo_texts_are_english(english):
    from ui.undo import ArchiveCommand

    archive = ArchiveCommand(lambda *_: None, 1, "Hanne", True, lambda _: None)
    restore = ArchiveCommand(lambda *_: None, 1, "Hanne", False, lambda _: None)
    assert (archive.text(), restore.text()) == ("archive Hanne", "restore Hanne")


def test_language_comes_from_the_environment(app, monkeypatch):
    monkeypatch.setenv(ENV_VAR, "en_GB")
    try:
        assert install_translator(app) == "en"
        assert QCoreApplication.translate("MainWindow", "&Filer") == "&File"
    finally:
        install_translator(app, "da")
    assert QCoreApplication.translate("MainWindow", "&Filer") == "&Filer"


@pytest.mark.parametrize("language", ["xx", "klingon", "C", "da_DK"])
def test_unknown_language_falls_back_to_danish(app, monkeypatch, language):
    monkeypatch.setenv(ENV_VAR, language)
    assert install_translator(app) == "da"
    assert installed_translator(app) is None
    assert QCoreApplication.translate("MainWindow", "&Filer") == "&Filer"


def test_missing_file_falls_back_to_danish(app, monkeypatch):
    def nowhere(language):
        return resource_path("translations", f"missing_{language}.qm")

    monkeypatch.setattr(translation, "translation_file", nowhere)
    assert install_translator(app, "en") == "da"
    assert installed_translator(app) is None


def test_wanted_language_reads_locale_names(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert translation.wanted_language("en_GB.UTF-8") == "en"
    assert translation.wanted_language("DA-dk") == "da"
    monkeypatch.setenv(ENV_VAR, " en ")
    assert translation.wanted_language() == "en"
    assert translation.wanted_language("da") == "da"  # the argument wins


def test_saved_choice_is_used_when_the_environment_says_nothing(app, monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    translation.save_language("en")
    try:
        assert install_translator(app) == "en"
        assert QCoreApplication.translate("MainWindow", "&Filer") == "&File"
    finally:
        translation.save_language("da")
        install_translator(app)
    assert QCoreApplication.translate("MainWindow", "&Filer") == "&Filer"


@pytest.mark.parametrize(
    ("system", "expected"), [("en_GB", "en"), ("da_DK", "da"), ("de_DE", "da")]
)
def test_without_a_choice_the_systems_language_if_we_speak_it(monkeypatch, system, expected):
    from PySide6.QtCore import QLocale

    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setattr(translation.QLocale, "system", lambda: QLocale(system))
    assert translation.saved_language() is None
    assert translation.wanted_language() == expected


def test_an_unknown_saved_language_is_refused():
    with pytest.raises(ValueError):
        translation.save_language("klingon")
    assert translation.saved_language() is None


def test_qts_own_texts_are_danish_in_the_danish_window(app):
    assert install_translator(app, "da") == "da"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"
    assert QCoreApplication.translate("QLineEdit", "&Undo") == "&Fortryd"
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Kig i:"


def test_qts_own_texts_are_english_in_the_english_window(english):
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
