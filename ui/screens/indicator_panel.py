"""One indicator at one meeting: the guide to read aloud beside the two scores and the notes.

Last meeting's score stays hidden until both have scored, so it cannot anchor the new score.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFrame,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.meeting import IndicatorScore, change_between, has_both_scores
from progressionsdialog.tools.definition import Indicator, ToolDefinition
from ui.dialogs.citizen_form import FieldError
from ui.pending import PendingSave, flush_pending
from ui.read_only import reads_only
from ui.widgets.score_selector import ScoreSelector

WIDE = 920


def _label(text: str, name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class IndicatorPanel(QWidget):
    """Emits ``changed(IndicatorScore)`` whenever something should be saved."""

    changed = Signal(object)

    def __init__(
        self,
        tool: ToolDefinition,
        indicator: Indicator,
        language: str = "da",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.indicator = indicator
        self._previous: IndicatorScore | None = None
        self._previous_date = None
        self._loading = False
        self._text = PendingSave(self, self._emit)

        title = _label(indicator.name(language), "indicatorName")
        explanation = _label(indicator.explanation(language), "indicatorExplanation")

        guide = QGroupBox(self.tr("Til samtalen"))
        guide_layout = QVBoxLayout(guide)
        guide_layout.addWidget(_label(self.tr("Spørgsmål"), "subheading"))
        for question in indicator.questions[language]:
            guide_layout.addWidget(_label("• " + question))
        guide_layout.addSpacing(6)
        guide_layout.addWidget(_label(self.tr("Sådan ser skalaen ud"), "subheading"))
        for band in ("low", "middle", "high"):
            low, high = tool.bands[band]
            guide_layout.addWidget(_label(f"{low}–{high}:  {indicator.scale_text(band, language)}"))
        guide_layout.addStretch()
        source = _label(tool.names[language], "hint")  # the questions are ours, not Halsnæs'
        source.setAccessibleName(self.tr("Om spørgsmålene"))
        guide_layout.addWidget(source)

        self.citizen_score = ScoreSelector(
            self.tr("Borgerens score for %1").replace("%1", indicator.name(language)),
            tool.score_min,
            tool.score_max,
        )
        self.declined = QCheckBox(self.tr("Borgeren vil ikke svare"))
        self.worker_score = ScoreSelector(
            self.tr("Medarbejderens score for %1").replace("%1", indicator.name(language)),
            tool.score_min,
            tool.score_max,
        )
        self.reveal = _label("", "reveal")
        self.shared_note = QPlainTextEdit()
        self.shared_note.setAccessibleName(self.tr("Det talte vi om"))
        self.shared_note.setPlaceholderText(self.tr("Med borgerens egne ord. Kommer med i planen."))
        self.shared_note.setTabChangesFocus(True)
        self.shared_error = FieldError()
        self.private_toggle = QPushButton(self.tr("Vis privat note"))
        self.private_toggle.setCheckable(True)
        self.private_toggle.setObjectName("privateToggle")
        reads_only(self.private_toggle)  # it only shows the note
        self.private_note = QPlainTextEdit()
        self.private_note.setObjectName("privateNote")
        self.private_note.setAccessibleName(self.tr("Privat note, kun for medarbejderen"))
        self.private_note.setPlaceholderText(
            self.tr("Kun for dig. Vises aldrig for borgeren og kommer ikke med i print.")
        )
        self.private_note.setTabChangesFocus(True)
        self.private_note.hide()
        self.private_error = FieldError()
        self.private_toggle.toggled.connect(self._toggle_private)

        scoring = QWidget()
        scoring_layout = QVBoxLayout(scoring)
        scoring_layout.setContentsMargins(0, 0, 0, 0)
        scoring_layout.addWidget(_label(self.tr("Borgerens score"), "subheading"))
        scoring_layout.addWidget(self.citizen_score)
        scoring_layout.addWidget(self.declined)
        scoring_layout.addWidget(_label(self.tr("Medarbejderens score"), "subheading"))
        scoring_layout.addWidget(self.worker_score)
        scoring_layout.addWidget(self.reveal)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        scoring_layout.addWidget(line)
        scoring_layout.addWidget(_label(self.tr("Det talte vi om"), "subheading"))
        scoring_layout.addWidget(self.shared_note, 2)
        scoring_layout.addWidget(self.shared_error)
        scoring_layout.addWidget(self.private_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        scoring_layout.addWidget(self.private_note, 1)
        scoring_layout.addWidget(self.private_error)

        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.addWidget(guide, 2)
        self.columns.addWidget(scoring, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addLayout(self.columns, 1)

        self.citizen_score.valueChanged.connect(self._on_citizen_score)
        self.worker_score.valueChanged.connect(self._on_score)
        self.declined.toggled.connect(self._on_declined)
        self._text.watch(self.shared_note, self.private_note)
        self._update_reveal()

    # -- state --------------------------------------------------------------------------
    def load(
        self, score: IndicatorScore | None, previous: IndicatorScore | None, previous_date=None
    ) -> None:
        self._loading = True
        score = score or IndicatorScore(self.indicator.key)
        self.citizen_score.setValue(score.citizen_score)
        self.worker_score.setValue(score.worker_score)
        self.declined.setChecked(score.citizen_declined)
        self.citizen_score.setEnabled(not score.citizen_declined)
        self.shared_note.setPlainText(score.shared_note)
        self.private_note.setPlainText(score.private_note)
        self._text.discard()  # loaded, not typed
        self.private_toggle.setChecked(False)
        self.shared_error.show_message(None)
        self.private_error.show_message(None)
        self._previous, self._previous_date = previous, previous_date
        self._loading = False
        self._update_reveal()

    def score(self) -> IndicatorScore:
        return IndicatorScore(
            self.indicator.key,
            citizen_score=None if self.declined.isChecked() else self.citizen_score.value(),
            worker_score=self.worker_score.value(),
            citizen_declined=self.declined.isChecked(),
            shared_note=self.shared_note.toPlainText(),
            private_note=self.private_note.toPlainText(),
        )

    def is_complete(self) -> bool:
        return has_both_scores(self.score())

    def show_error(self, field: str, message: str | None) -> None:
        target = self.private_error if field == "private_note" else self.shared_error
        target.show_message(message)

    def flush(self) -> None:
        """Save a pending text edit now (on leaving the meeting or closing)."""
        flush_pending(self)

    # -- reactions ----------------------------------------------------------------------
    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit(self.score())

    def _on_citizen_score(self, _value) -> None:
        self._on_score(_value)

    def _on_score(self, _value) -> None:
        self._update_reveal()
        self._emit()

    def _on_declined(self, declined: bool) -> None:
        self.citizen_score.setEnabled(not declined)
        if declined:
            self.citizen_score.setValue(None)
        self._update_reveal()
        self._emit()

    def _toggle_private(self, shown: bool) -> None:
        self.private_note.setVisible(shown)
        self.private_toggle.setText(
            self.tr("Skjul privat note") if shown else self.tr("Vis privat note")
        )
        if shown:
            self.private_note.setFocus()

    def _update_reveal(self) -> None:
        if self._previous is None or (
            self._previous.citizen_score is None and self._previous.worker_score is None
        ):
            self.reveal.setText(self.tr("Første gang: der er ingen tidligere score."))
            return
        if not self.is_complete():
            self.reveal.setText(self.tr("Sidste score vises, når I begge har givet en score."))
            return
        when = format_date(self._previous_date) if self._previous_date else ""
        parts = []
        for who, before, now in (
            (self.tr("Borger"), self._previous.citizen_score, self.score().citizen_score),
            (self.tr("Medarbejder"), self._previous.worker_score, self.score().worker_score),
        ):
            change = change_between(before, now)
            if change is not None:
                parts.append(f"{who}: {before} → {now}  {change.symbol} {change.label}")
            elif before is not None:
                parts.append(f"{who}: {before} → –")
        self.reveal.setText(self.tr("Sidst (%1):").replace("%1", when) + "\n" + "\n".join(parts))

    def resizeEvent(self, event) -> None:
        wide = event.size().width() >= WIDE
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
        super().resizeEvent(event)
