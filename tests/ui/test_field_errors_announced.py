"""A field's error is linked to the field and announced (WCAG 3.3.1 and 4.1.3): a
screen-reader user hears what is wrong, on the field that is wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.dialogs.citizen_form import CitizenFormDialog


def test_an_empty_name_is_told_on_the_name_field_and_cleared_when_typed(app, qtbot, db):
    dialog = CitizenFormDialog(lambda *a: None, [], db=db)
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.buttons.buttons()[0]
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    message = dialog.errors["name"]
    assert message.isVisible()
    assert dialog.name.accessibleDescription() == message.accessibleName() != ""
    assert "⚠" not in dialog.name.accessibleDescription()  # words, not the icon
    qtbot.keyClicks(dialog.name, "Anna Berg")
    qtbot.waitUntil(lambda: message.isHidden())
    assert dialog.name.accessibleDescription() == ""


def test_the_save_status_names_itself_for_a_screen_reader(app, qtbot):
    from ui.widgets.save_status import SaveStatus

    status = SaveStatus()
    qtbot.addWidget(status)
    status.saved()
    assert status.accessibleName().startswith("Gemt kl. ")
    status.failed("Disken er fuld.")
    assert status.accessibleName() == "Ikke gemt: Disken er fuld."
    assert status.property("error") is True
