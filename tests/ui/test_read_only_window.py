"""The window on a database that can only be read: a banner says why, everything can be
read, and nothing can be changed (the controls that change data are off, with the reason).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from progressionsdialog.demo import create_demo_database
from progressionsdialog.storage import DB_FILENAME, is_read_only, open_database
from progressionsdialog.storage.audit import entries
from progressionsdialog.storage.citizens import list_citizens
from progressionsdialog.storage.meetings import list_meetings
from tests.ui.whole_tab import whole
from tests.ui.windows import laptop_window


@pytest.fixture
def read_only_window(app, qtbot, data_dir):
    create_demo_database(data_dir)
    db = open_database(data_dir / DB_FILENAME, read_only=True)
    assert is_read_only(db)
    yield from laptop_window(qtbot, db, data_dir)


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def click_tab(qtbot, tabs, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def click_citizen(qtbot, window, name: str) -> int:
    cid = next(c.id for c in list_citizens(window.db) if c.name == name)
    model, table = window.register.model, window.register.table
    rect = table.visualRect(model.index(model.row_of(cid), 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return cid


def changeable(root: QWidget) -> list[QWidget]:
    """Visible controls under ``root`` that would still take a change."""
    from ui.screens.plan.widgets import HistoryView

    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if isinstance(widget.parentWidget(), HistoryView):
            continue  # "Tidligere … (n)" shows what was before: it has nothing to change
        if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
            if not widget.isReadOnly():
                found.append(widget)
        elif isinstance(widget, QAbstractButton | QComboBox) or widget.property("editsData"):
            found.append(widget)
    return found


def test_a_banner_says_why_and_that_nothing_can_be_changed(read_only_window):
    banner = read_only_window.read_only_banner
    assert banner.isVisible()
    assert "kan kun læses" in banner.text() and "Du kan se alt" in banner.text()
    assert (
        banner.geometry().top()
        < read_only_window.register.mapTo(
            read_only_window, read_only_window.register.rect().topLeft()
        ).y()
    )


def test_a_citizen_can_be_opened_and_read(read_only_window, qtbot):
    window = read_only_window
    cid = click_citizen(qtbot, window, "Hanne Bøgh")
    assert window.overview.name_label.text() == "Hanne Bøgh"
    assert entries(window.db, cid) == [] or entries(window.db, cid)[-1].action != "view"
    click_tab(qtbot, window.overview.tabs, window.overview.TAB_MEETINGS)
    editor = window.overview.meetings.editor
    assert editor.meeting is not None
    assert editor.meeting.id == list_meetings(window.db, cid)[-1].id
    assert not editor.status.isVisible()  # not "Alt gemmes, mens du skriver"
    panel = editor.panels["motivation"]
    click(qtbot, panel.private_toggle)  # showing the private note only shows
    assert panel.private_note.isVisible()


def test_nothing_on_any_tab_takes_a_change(read_only_window, qtbot):
    window = read_only_window
    click_citizen(qtbot, window, "Hanne Bøgh")
    overview = window.overview
    for tab in range(overview.tabs.count()):
        click_tab(qtbot, overview.tabs, tab)
        qtbot.waitUntil(lambda: whole(overview.tabs.currentWidget()))
        left = changeable(window)
        names = [
            (type(w).__name__, getattr(w, "text", lambda: "")() or w.accessibleName()) for w in left
        ]
        allowed = {"Søg efter borger", "Vis &arkiverede", "Vis privat note", "Vælg HHH", "Samtale"}
        allowed |= {"Lås", "Borgervisning", "Udskriv plan"}  # the toolbar: lock, show, print
        allowed |= {"▾ Til samtalen"}  # folds the meeting guide: changes no data
        allowed |= {"Vis screeningen", "Skjul screeningen", "Vælg mål"}  # to look: no change
        assert {name for _, name in names} <= allowed, names


def test_typing_into_a_note_changes_nothing(read_only_window, qtbot):
    window = read_only_window
    cid = click_citizen(qtbot, window, "Hanne Bøgh")
    click_tab(qtbot, window.overview.tabs, window.overview.TAB_MEETINGS)
    note = window.overview.meetings.editor.panels["motivation"].shared_note
    before = note.toPlainText()
    click(qtbot, note)
    qtbot.keyClicks(note, "ny tekst")
    assert note.toPlainText() == before
    assert "kan kun læses" in note.toolTip()
    window.close()  # nothing to save, and no error on the way out
    assert list_meetings(window.db, cid)


def test_another_citizen_does_not_turn_the_buttons_on_again(read_only_window, qtbot):
    window = read_only_window
    click_citizen(qtbot, window, "Hanne Bøgh")
    click_tab(qtbot, window.overview.tabs, window.overview.TAB_MEETINGS)
    names = [c.name for c in list_citizens(window.db) if c.name != "Hanne Bøgh"]
    click_citizen(qtbot, window, names[0])
    meetings = window.overview.meetings
    assert not meetings.new_button.isEnabled()
    assert not meetings.delete_button.isEnabled()
    assert not window.menu.edit_action.isEnabled()
    assert not window.menu.new_meeting_action.isEnabled()
    assert not window.menu.new_action.isEnabled() and not window.menu.archive_action.isEnabled()


def test_searching_and_the_lock_still_work(read_only_window, qtbot):
    window = read_only_window
    search = window.register.search
    click(qtbot, search)
    qtbot.keyClicks(search, "hanne")
    assert window.register.model.rowCount() == 1
    qtbot.keyClick(search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    click(qtbot, window.lock_screen.button)
    assert not window.is_locked()


def test_a_writable_database_has_no_banner_and_editing_on(demo_window, qtbot):
    assert not demo_window.read_only_banner.isVisible()
    assert demo_window.menu.new_action.isEnabled()


NOBODY = 65534
IN_A_FOLDER_IT_CANNOT_WRITE = """
import json, sys
from pathlib import Path
from progressionsdialog.cli import StartOptions
from ui.app import make_application, open_workspace
from ui.main_window import MainWindow

app = make_application()
data_dir, db = open_workspace(StartOptions(Path(sys.argv[1])))
window = MainWindow(db, data_dir)
window.resize(1366, 768)
window.show()
app.processEvents()
window.register.select_citizen(window.register.model.citizen_id_at(0))
print(json.dumps({
    "banner": window.read_only_banner.text() if window.read_only_banner.isVisible() else "",
    "name": window.overview.name_label.text(),
    "new": window.menu.new_action.isEnabled(),
}, ensure_ascii=False))
window.close()
"""


def test_the_window_starts_on_a_folder_it_may_not_write():
    """Root may write anything: the program runs as an ordinary user (``setpriv``)."""
    import json
    import os
    import shutil
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    if os.name != "posix":
        pytest.skip("file permissions are tested on Linux")
    prefix = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("root ignores file permissions, and setpriv is missing")
        prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    tmp_path = Path(tempfile.mkdtemp(prefix="skrivebeskyttet-ui-", dir="/tmp"))
    os.chmod(tmp_path, 0o755)  # another user must reach it
    data = tmp_path / "data"
    data.mkdir()
    create_demo_database(data)
    for path in data.iterdir():
        os.chmod(path, 0o444 if path.is_file() else 0o555)
    os.chmod(data, 0o555)
    home = tmp_path / "home"
    home.mkdir(mode=0o777)
    os.chmod(home, 0o777)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    try:
        done = subprocess.run(
            [*prefix, sys.executable, "-c", IN_A_FOLDER_IT_CANNOT_WRITE, str(data)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=str(home),
            timeout=120,
            check=False,
        )
    finally:
        os.chmod(data, 0o755)
        shutil.rmtree(tmp_path, ignore_errors=True)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert "kan kun læses" in result["banner"] and "skrivebeskyttet" in result["banner"]
    assert result["name"]
    assert result["new"] is False
