"""The citizen register: search as you type, the list, and the actions on a citizen."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.citizen_table_model import CitizenTableModel


class CitizenTable(QTableView):
    """The list of citizens. Tab leaves it (arrows move in it), and coming to it by Tab opens
    nobody: Qt would make the first row current, which shows that citizen and logs a view."""

    def focusInEvent(self, event) -> None:
        selection = self.selectionModel()
        if selection is None or self.currentIndex().isValid():
            super().focusInEvent(event)
            return
        with QSignalBlocker(selection):
            super().focusInEvent(event)
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)


class RegisterScreen(QWidget):
    """Emits ``selection_changed(citizen_id | None)`` and ``edit_requested(citizen_id)``."""

    selection_changed = Signal(object)
    edit_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CitizenTableModel(self)
        self._announced: int | None = None  # the citizen ``selection_changed`` last named

        title = QLabel(self.tr("Borgere"))
        title.setObjectName("screenTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søg på navn eller fødselsdato …"))
        self.search.setClearButtonEnabled(True)
        for clear in self.search.findChildren(QToolButton):  # Qt's clear button has no name
            clear.setAccessibleName(self.tr("Ryd søgningen"))
            clear.setToolTip(self.tr("Ryd søgningen"))
        self.search.setAccessibleName(self.tr("Søg efter borger"))
        self.search.textChanged.connect(self._on_search)
        self.search.installEventFilter(self)

        self.show_archived = QCheckBox(self.tr("Vis &arkiverede"))
        self.show_archived.toggled.connect(self._on_show_archived)

        self.table = CitizenTable()
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setAccessibleName(self.tr("Liste over borgere"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CitizenTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CitizenTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        # Widths from the font, not from the contents: measuring 10,000 rows on every
        # keystroke would cost far more than the 20 ms a search may take.
        metrics = self.fontMetrics()
        padding = metrics.horizontalAdvance("M") * 2
        widths = {
            CitizenTableModel.COL_BIRTH: metrics.horizontalAdvance("00-00-0000") + padding,
            CitizenTableModel.COL_GROUP: metrics.horizontalAdvance("Uddannelseshjælp") + padding,
            CitizenTableModel.COL_CASEWORKER: metrics.horizontalAdvance("M") * 11,
            CitizenTableModel.COL_LAST_MEETING: metrics.horizontalAdvance("Seneste samtale")
            + padding,
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self._widths = widths  # a hidden column's width is 0 to Qt: kept here for showing it
        header.sectionResized.connect(self._on_section_resized)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(round(metrics.height() * 1.9))
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.doubleClicked.connect(self._on_activated)
        self.table.installEventFilter(self)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")

        self.new_button = QPushButton(self.tr("&Ny borger"))
        self.new_button.setToolTip(self.tr("Opret en ny borger (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)

        # "Ny borger" beside the search, not above it: the layout's order is the Tab order, and
        # Tab round the window comes back to the search, not to a button that opens a form
        find = QHBoxLayout()
        find.addWidget(self.search, 1)
        find.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch()
        bottom.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(find)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(bottom)
        self._update_counts()

    # -- public ---------------------------------------------------------------------
    def set_citizens(self, summaries, keep_id: int | None = None) -> None:
        keep_id = keep_id if keep_id is not None else self.current_citizen_id()
        self.model.set_citizens(summaries)
        self._restore_selection(keep_id)
        self._update_counts()

    def update_citizen(self, citizen_id: int, summary, keep_id: int | None = None) -> None:
        """One citizen's row brought up to date after a save (``summary`` ``None``: gone).

        The rest of the list stays as it is. Afterwards ``keep_id`` (else the citizen chosen
        before) is chosen, or nobody if that row is no longer shown.
        """
        keep_id = keep_id if keep_id is not None else self.current_citizen_id()
        # Qt would make a neighbour current when the chosen row goes: never show them
        with QSignalBlocker(self.table.selectionModel()):
            if summary is None:
                self.model.remove_citizen(citizen_id)
            else:
                self.model.put_citizen(summary)
        self._restore_selection(keep_id)
        self._update_counts()

    def current_citizen_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.citizen_id_at(index.row()) if index.isValid() else None

    def select_citizen(self, citizen_id: int | None) -> bool:
        row = self.model.row_of(citizen_id) if citizen_id is not None else None
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    COLUMNS_KEY = "register/columns"

    def save_columns(self, settings: QSettings) -> None:
        """Column widths and order, and the sort column, kept for the next start."""
        settings.setValue(self.COLUMNS_KEY, self.table.horizontalHeader().saveState())

    def restore_columns(self, settings: QSettings) -> None:
        state = settings.value(self.COLUMNS_KEY)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)  # sorts by the column kept
            self._show_columns_for(self.width())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- events ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.search and key in (
                Qt.Key.Key_Down,
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ):
                if self.model.rowCount() > 0:
                    if self.current_citizen_id() is None:
                        self.select_citizen(self.model.citizen_id_at(0))
                    self.table.setFocus()
                return True
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                citizen_id = self.current_citizen_id()
                if citizen_id is not None:
                    self.edit_requested.emit(citizen_id)
                return True
            if watched is self.table and event.matches(QKeySequence.StandardKey.Find):
                self.focus_search()
                return True
            if (
                watched is self.table
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            ):  # Ctrl+Tab leaves the list, like Tab
                self.focusNextPrevChild(key == Qt.Key.Key_Tab)
                return True
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        """On a narrow pane, show only name, birth date and latest meeting (no sideways scroll)."""
        self._show_columns_for(event.size().width())
        super().resizeEvent(event)

    def _show_columns_for(self, width: int) -> None:
        """Name and birth date always; then the latest meeting, then target group and
        caseworker, each while the name keeps room for 12 characters (no sideways scroll)."""
        em = self.fontMetrics().horizontalAdvance("M")
        room = width - em * 2 - self._widths[CitizenTableModel.COL_BIRTH] - em * 12
        room -= self._widths[CitizenTableModel.COL_LAST_MEETING]
        self.table.setColumnHidden(CitizenTableModel.COL_LAST_MEETING, room < 0)
        more = (CitizenTableModel.COL_GROUP, CitizenTableModel.COL_CASEWORKER)
        room -= sum(self._widths[column] for column in more)
        for column in more:
            self.table.setColumnHidden(column, room < 0)

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        if new > 0 and column in self._widths:  # the person's width, or one restored
            self._widths[column] = new

    def _on_search(self, text: str) -> None:
        keep = self.current_citizen_id()
        self.model.set_query(text)
        self._restore_selection(keep)
        self._update_counts()

    def _on_show_archived(self, show: bool) -> None:
        keep = self.current_citizen_id()
        self.model.set_show_archived(show)
        self._restore_selection(keep)
        self._update_counts()

    def _restore_selection(self, citizen_id: int | None) -> None:
        if not self.select_citizen(citizen_id):
            self.table.selectionModel().clearSelection()
            self.table.setCurrentIndex(self.model.index(-1, -1))
            self._announce(None)

    def _on_current_changed(self, current, _previous) -> None:
        citizen_id = self.model.citizen_id_at(current.row()) if current.isValid() else None
        self._announce(citizen_id)

    def _announce(self, citizen_id: int | None) -> None:
        """``selection_changed`` only when another citizen is chosen: a search keystroke
        finds the same citizen again, and showing them again cost each keystroke a reload of
        their screens."""
        if citizen_id != self._announced:
            self._announced = citizen_id
            self.selection_changed.emit(citizen_id)

    def _on_activated(self, index) -> None:
        citizen_id = self.model.citizen_id_at(index.row())
        if citizen_id is not None:
            self.edit_requested.emit(citizen_id)

    def _update_counts(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        if total == 0:
            self.empty_label.setText(self.tr("Der er ingen borgere endnu. Tryk på Ny borger."))
        elif shown == 0:
            self.empty_label.setText(self.tr("Ingen borgere passer til søgningen."))
        self.empty_label.setVisible(shown == 0)
        if shown == total:
            text = self.tr("1 borger") if total == 1 else self.tr("%1 borgere")
            self.count_label.setText(text.replace("%1", str(total)))
        else:
            self.count_label.setText(
                self.tr("%1 af %2 borgere").replace("%1", str(shown)).replace("%2", str(total))
            )
