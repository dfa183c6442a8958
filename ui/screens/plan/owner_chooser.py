"""Who owns a step: a role ("Borger", "Mentor" …) or a named person from the citizen's
contact list ("Kim Holm (Virksomhedskonsulent)")."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox

from progressionsdialog.domain.contacts import Contact
from progressionsdialog.domain.plan import STEP_OWNER_LABELS, Step, StepOwner
from ui.screens.plan.context import label_tr


class OwnerChooser(QComboBox):
    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Hvem"))
        # As wide as a role; a long name is shown in full in the open list.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(len("Virksomhedskonsulent"))
        self.fill([])

    def fill(self, people: list[Contact]) -> None:
        """The roles, then the people; what was chosen stays chosen when it is still there."""
        keep = self.currentData()
        self.blockSignals(True)
        self.clear()
        for owner, label in STEP_OWNER_LABELS.items():
            self.addItem(label_tr(label), f"owner:{owner.value}")
        if people:
            self.insertSeparator(self.count())
        for person in people:
            self.addItem(f"{person.name} ({label_tr(person.role.label)})", f"contact:{person.id}")
        self.setCurrentIndex(max(0, self.findData(keep)))
        self.blockSignals(False)

    def show_step(self, step: Step) -> None:
        data = f"contact:{step.contact_id}" if step.contact_id else f"owner:{step.owner.value}"
        self.setCurrentIndex(max(0, self.findData(data)))

    def applied_to(self, step: Step) -> Step:
        """``step`` owned by the one chosen. A name typed before (or kept from a deleted
        person) stays while the role stays the same."""
        kind, value = self.currentData().split(":")
        if kind == "contact":
            return replace(step, contact_id=int(value))
        owner = StepOwner(value)
        same = step.contact_id is None and step.owner is owner
        return replace(
            step, owner=owner, contact_id=None, owner_name=step.owner_name if same else ""
        )
