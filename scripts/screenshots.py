"""Screenshots of the screens as a person sees them, for review and the README.

Run under a real (virtual) screen: ``xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python
scripts/screenshots.py OUTDIR``. Uses a fresh demo database in a temporary folder.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from progressionsdialog.demo import create_demo_database
from progressionsdialog.storage import open_database
from ui.app import make_application
from ui.main_window import MainWindow


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def citizen_where(window: MainWindow, matches) -> int:
    """The id of the first row in the register for which ``matches(model, index)`` is true."""
    model = window.register.model
    return next(
        model.citizen_id_at(row)
        for row in range(model.rowCount())
        if matches(model, model.index(row, 0))
    )


def citizen_named(window: MainWindow, name: str) -> int:
    # "in", not "==": the shown name may carry the follow-up flag in front
    return citizen_where(window, lambda model, index: name in model.data(index))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    data_dir = Path(tempfile.mkdtemp())
    db = open_database(create_demo_database(data_dir))
    window = MainWindow(db, data_dir, demo=True)
    window.resize(1280, 800)
    window.show()
    settle(app)
    window.grab().save(str(out / "register-empty-choice.png"))

    window.register.select_citizen(window.register.model.citizen_id_at(1))
    settle(app)
    window.grab().save(str(out / "register.png"))

    window.register.search.setText("ng")
    settle(app)
    window.grab().save(str(out / "register-search.png"))
    window.register.search.setText("")

    window.register.show_archived.setChecked(True)
    window.register.select_citizen(
        citizen_where(window, lambda model, index: model.data(index, model.ArchivedRole))
    )
    settle(app)
    window.grab().save(str(out / "register-archived.png"))

    dialog = window.editing.edit_citizen(window.register.current_citizen_id())
    settle(app)
    dialog.grab().save(str(out / "form-edit.png"))
    dialog.reject()

    dialog = window.editing.new_citizen()
    dialog.name.setText("   ")
    dialog.birth.setText("310299-1234")
    dialog.phone.setText("tlf 12")
    dialog.email.setText("lan@eksempel")
    dialog.try_save()
    settle(app)
    dialog.grab().save(str(out / "form-errors.png"))
    dialog.reject()

    window.register.show_archived.setChecked(False)
    hanne = citizen_named(window, "Hanne Bøgh")
    window.register.select_citizen(hanne)
    window.overview.tabs.setCurrentIndex(window.overview.TAB_PROGRESSION)
    settle(app)
    window.grab().save(str(out / "progression.png"))
    window.overview.tabs.setCurrentIndex(window.overview.TAB_MEETINGS)
    settle(app)
    window.grab().save(str(out / "meeting-old.png"))
    window.new_meeting()
    panel = window.overview.meetings.editor.panels["motivation"]
    panel.citizen_score.setValue(8, emit=True)
    settle(app)
    window.grab().save(str(out / "meeting-hidden-last-score.png"))
    panel.worker_score.setValue(9, emit=True)
    panel.shared_note.setPlainText("Hanne glæder sig til at starte i fast job.")
    window.register_action.setChecked(False)
    settle(app)
    window.grab().save(str(out / "meeting-focus.png"))
    window.register_action.setChecked(True)

    sabina = citizen_named(window, "Sabina")
    window.register.select_citizen(sabina)
    window.overview.tabs.setCurrentIndex(window.overview.TAB_WHEEL)
    settle(app)
    window.grab().save(str(out / "life-wheel.png"))
    window.register_action.setChecked(False)
    settle(app)
    window.grab().save(str(out / "life-wheel-focus.png"))
    window.register_action.setChecked(True)
    window.overview.tabs.setCurrentIndex(window.overview.TAB_SUMMARY)

    louise = citizen_named(window, "Louise")  # the demo's worked-out plan and screening
    window.register.select_citizen(louise)
    window.overview.tabs.setCurrentIndex(window.overview.TAB_PLAN)
    settle(app)
    window.grab().save(str(out / "plan.png"))
    window.overview.tabs.setCurrentIndex(window.overview.TAB_SUMMARY)
    settle(app)
    window.grab().save(str(out / "overview.png"))
    window.menu.citizen_view_action.trigger()  # what the citizen at the screen sees
    settle(app)
    window.grab().save(str(out / "citizen-view.png"))
    window.menu.citizen_view_action.trigger()
    settle(app)

    window.resize(800, 560)
    settle(app)
    window.grab().save(str(out / "register-small.png"))
    window.close()
    db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
