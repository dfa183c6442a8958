"""The worker's recommended next step ("Anbefalet næste skridt"): what the worker advises the
next caseworker or the virksomhedskonsulent to do. Worker-only: it goes into the handover,
never into the citizen view or the citizen's printed plan.

Saved as it is typed, like the plan's other texts: typing on the day of the latest
recommendation changes it, the first change on a later day adds a new one, and the earlier
ones are listed with their days under "Tidligere anbefalinger". Deleting the latest (the one
before it counts again) asks first and can be undone with Ctrl+Z.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout

from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.recommendation import Recommendation
from progressionsdialog.storage.recommendations import (
    delete_recommendation,
    recommendation_history,
    save_recommendation,
)
from ui.dialogs.confirm import ConfirmDialog
from ui.pending import PendingSave
from ui.screens.plan.context import PlanContext
from ui.screens.plan.widgets import HistoryView, button
from ui.widgets.flow_layout import FlowLayout


class RecommendationSection(QGroupBox):
    def __init__(self, context: PlanContext) -> None:
        super().__init__()
        self.setTitle(self.tr("Anbefalet næste skridt"))
        self.context = context
        self._citizen_id: int | None = None  # whose recommendation is in the field
        self.hint = QLabel(
            self.tr(
                "Til den næste sagsbehandler eller virksomhedskonsulent. Kun for medarbejdere: "
                "kommer med i overleveringsrapporten, men vises ikke for borgeren og kommer "
                "ikke med i borgerens plan."
            )
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.written = QLabel()
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Anbefalet næste skridt"))
        self.text.setPlaceholderText(
            self.tr("fx Start virksomhedspraktik i ældreplejen, 12 timer om ugen")
        )
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(self.text.fontMetrics().height() * 5)
        self._pending = PendingSave(self, self.save_current).watch(self.text)
        self.delete_button = button(self.tr("Slet anbefaling …"), self.delete_latest)
        self.history = HistoryView(self.tr("Tidligere anbefalinger"))
        top = FlowLayout()
        top.addWidget(self.written, 1)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(top)
        layout.addWidget(self.text)
        layout.addWidget(self.history)

    def load(self) -> None:
        """The citizen's latest recommendation in the field, the earlier ones in the history."""
        self._pending.flush()  # what was typed belongs to the citizen shown until now
        self._citizen_id = self.context.citizen_id
        history = self._history()
        self.text.blockSignals(True)
        self.text.setPlainText(history[0].text if history else "")
        self.text.blockSignals(False)
        self._pending.discard()  # loaded, not typed
        self._show(history)

    def _history(self) -> list[Recommendation]:
        if self._citizen_id is None:
            return []
        return recommendation_history(self.context.db, self._citizen_id)

    def _show(self, history: list[Recommendation]) -> None:
        if history:
            written = self.tr("Skrevet %1").replace("%1", format_date(history[0].written_on))
        else:
            written = self.tr("Ingen anbefaling endnu.")
        self.written.setText(written)
        self.delete_button.setEnabled(bool(history))
        self.history.set_lines([f"{format_date(r.written_on)}: {r.text}" for r in history[1:]])

    def save_current(self) -> bool:
        citizen_id, context = self._citizen_id, self.context
        if citizen_id is None:
            return False
        text = self.text.toPlainText()
        history = self._history()
        if not text.strip() and not history:
            context.show_error(None)  # nothing written, nothing to keep
            return False
        saved = context.run(lambda: save_recommendation(context.db, citizen_id, text))
        if saved:
            self._show(self._history())
        return saved

    def delete_latest(self) -> bool:
        """Delete the recommendation that counts now, after asking; Ctrl+Z brings it back."""
        self._pending.flush()
        context, history = self.context, self._history()
        if not history:
            return False
        latest = history[0]
        question = self.tr("Vil du slette anbefalingen fra %1?").replace(
            "%1", format_date(latest.written_on)
        )
        question += f"\n\n«{latest.text}»"
        if len(history) > 1:
            question += "\n\n" + self.tr("Anbefalingen fra %1 gælder så igen.").replace(
                "%1", format_date(history[1].written_on)
            )
        question += "\n\n" + self.tr("Du kan fortryde med Ctrl+Z.")
        if not ConfirmDialog.ask(self, self.tr("Slet anbefaling"), question, self.tr("Slet")):
            return False
        action = lambda: delete_recommendation(context.db, latest.id)  # noqa: E731
        if not context.act(self.tr("slet anbefaling"), action):
            return False
        self.load()
        return True
