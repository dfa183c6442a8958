"""Create or edit a citizen: inline Danish messages, and nothing typed is ever lost.

"På kontanthjælp siden" (when the benefit started; issue 14's months on benefit) is kept
apart from the citizen's draft: it is checked with the rest before anything is saved, and
written with ``set_benefit_start`` once the citizen is saved. The form finds the database
and, when editing, the citizen from the ``db``/``citizen_id`` it is given (else from the
window it opens on).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog import clock
from progressionsdialog.domain.citizen import (
    TARGET_GROUP_LABELS,
    CitizenDraft,
    TargetGroup,
    parse_birth_or_cpr,
)
from progressionsdialog.domain.dates import parse_date
from progressionsdialog.errors import ProgressionsdialogError, ValidationError
from progressionsdialog.storage.caseworkers import Caseworker
from progressionsdialog.storage.projects import (
    benefit_start,
    check_benefit_start,
    set_benefit_start,
)
from ui.widgets.date_field import DateField
from ui.widgets.field_error import FieldError

__all__ = ["CitizenFormDialog", "FieldError"]  # FieldError: where it always was

BENEFIT = "benefit_started_on"


class CitizenFormDialog(QDialog):
    """The form. ``saved`` is emitted with the stored citizen; the dialog then closes.

    The caller gives a ``save`` function (draft, caseworker name) -> citizen; if it raises
    a ``ValidationError`` the message goes next to the field and the dialog stays open.
    """

    saved = Signal(object)

    def __init__(
        self,
        save,
        caseworkers: list[Caseworker],
        draft: CitizenDraft | None = None,
        caseworker_name: str = "",
        parent: QWidget | None = None,
        *,
        db=None,
        citizen_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._tried = False
        editing = draft is not None
        self._db = db  # where the benefit start is kept; without it the field is not offered
        self._citizen_id = citizen_id  # the citizen edited (None: a new one)
        self._benefit_before: date | None = None
        self.setWindowTitle(self.tr("Rediger borger") if editing else self.tr("Ny borger"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 46)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Fornavn og efternavn"))
        self.birth = QLineEdit()
        self.birth.setPlaceholderText(self.tr("dd-mm-åååå eller ddmmåå-xxxx"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("fx 20 30 40 50"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("fx navn@eksempel.dk"))
        self.target_group = QComboBox()
        for group, label in TARGET_GROUP_LABELS.items():
            self.target_group.addItem(self.tr(label), group.value)
        self.caseworker = QComboBox()
        self.caseworker.setEditable(True)
        self.caseworker.addItem("")
        for worker in caseworkers:
            self.caseworker.addItem(worker.name, worker.id)
        self.caseworker.lineEdit().setPlaceholderText(self.tr("Vælg eller skriv et navn"))
        self.benefit = DateField()

        labels = {
            "name": (self.tr("&Navn *"), self.name),
            "birth": (self.tr("&Fødselsdato eller CPR"), self.birth),
            "phone": (self.tr("&Telefon"), self.phone),
            "email": (self.tr("&E-mail"), self.email),
            "target_group": (self.tr("&Målgruppe"), self.target_group),
            "caseworker": (self.tr("&Sagsbehandler"), self.caseworker),
            BENEFIT: (self.tr("På &kontanthjælp siden"), self.benefit),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, FieldError] = {}
        self.fields: dict[str, QWidget] = {}
        for key, (label, widget) in labels.items():
            widget.setAccessibleName(label.replace("&", "").replace(" *", ""))
            error = FieldError(field=widget)  # its message is the field's description
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            label_widget = QLabel(label)
            label_widget.setBuddy(widget)
            # A little room after the words: with its mnemonic drawn, "Telefon" lost its "n"
            label_widget.setMinimumWidth(
                label_widget.sizeHint().width() + label_widget.fontMetrics().averageCharWidth()
            )
            form.addRow(label_widget, box)
            self.errors[key] = error
            self.fields[key] = widget
            if key == BENEFIT:
                self._benefit_row = (label_widget, widget, error)

        self.general_error = FieldError()
        required = QLabel(self.tr("* skal udfyldes"))
        required.setObjectName("hint")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuller"))
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(required)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

        if draft is not None:
            self.name.setText(draft.name)
            self.birth.setText(draft.birth_or_cpr)
            self.phone.setText(draft.phone)
            self.email.setText(draft.email)
            self.target_group.setCurrentIndex(
                max(0, self.target_group.findData(TargetGroup(draft.target_group).value))
            )
        else:
            self.target_group.setCurrentIndex(
                self.target_group.findData(TargetGroup.ACTIVITY_READY.value)
            )
        if caseworker_name:
            self.caseworker.setCurrentText(caseworker_name)
        self.benefit.setToolTip(
            self.tr("Den dag borgeren kom på ydelse. Bruges til at tælle måneder på ydelse.")
        )
        if self._db is None:  # nowhere to keep it: the field is not offered
            for widget in self._benefit_row:
                widget.hide()
        elif self._citizen_id is not None:
            self._benefit_before = benefit_start(self._db, self._citizen_id)
            self.benefit.setDate(self._benefit_before)
        for edit in (self.name, self.birth, self.phone, self.email, self.benefit):
            edit.textEdited.connect(self._revalidate)
        self.name.setFocus()

    def draft(self) -> CitizenDraft:
        return CitizenDraft(
            name=self.name.text(),
            birth_or_cpr=self.birth.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            target_group=TargetGroup(self.target_group.currentData()),
        )

    def benefit_date(self) -> date | None:
        """What the field says now; raises ``ValidationError`` for a wrong text."""
        text = self.benefit.text().strip()
        return parse_date(text, field=BENEFIT) if text else None

    def _benefit_problem(self) -> ValidationError | None:
        if self._db is None:
            return None
        try:
            started = self.benefit_date()
            try:
                birth, _cpr = parse_birth_or_cpr(self.birth.text())
            except ValidationError:
                birth = None  # the birth field says so itself
            check_benefit_start(started, birth, clock.today())
        except ValidationError as error:
            return ValidationError(BENEFIT, error.message)
        return None

    def problems(self) -> dict[str, ValidationError]:
        found = self.draft().problems()
        benefit = self._benefit_problem()
        if benefit is not None:
            found[BENEFIT] = benefit
        return found

    def caseworker_name(self) -> str:
        return self.caseworker.currentText().strip()

    def show_problems(self, problems: dict[str, ValidationError]) -> None:
        for key, error in self.errors.items():
            problem = problems.get(key)
            error.show_message(problem.message if problem else None)
            self.fields[key].setProperty("invalid", problem is not None)
            self.fields[key].style().unpolish(self.fields[key])
            self.fields[key].style().polish(self.fields[key])
        self.adjustSize()  # grow so the messages never overlap the fields below

    def _revalidate(self) -> None:
        if self._tried:  # quiet while typing the first time; helpful after a failed save
            self.show_problems(self.problems())

    def try_save(self) -> None:
        self._tried = True
        self.general_error.show_message(None)
        problems = self.problems()
        self.show_problems(problems)
        if problems:
            self.fields[next(iter(problems))].setFocus()
            return
        try:
            citizen = self._save(self.draft(), self.caseworker_name())
        except ValidationError as error:
            target = self.errors.get(error.field, self.general_error)
            target.show_message(error.message)
            return
        except ProgressionsdialogError as error:
            self.general_error.show_message(str(error))
            return
        if not self._save_benefit(citizen):
            return
        self.saved.emit(citizen)
        self.accept()

    def _save_benefit(self, citizen) -> bool:
        """Write the benefit start when it was given or changed (never blank it unasked)."""
        if self._db is None:
            return True
        started = self.benefit_date()  # checked in problems()
        if started == self._benefit_before:
            return True
        try:
            set_benefit_start(self._db, citizen.id, started)
        except ProgressionsdialogError as error:
            self.errors[BENEFIT].show_message(getattr(error, "message", str(error)))
            self._citizen_id, self._benefit_before = citizen.id, None
            return False
        self._benefit_before = started
        return True
