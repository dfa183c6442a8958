"""One indicator at one meeting: the guide to read aloud beside the two scores and the notes.

Last meeting's score stays hidden until both have scored, so it cannot anchor the new score.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from progressionsdialog.domain.dates import format_date
from progressionsdialog.domain.meeting import IndicatorScore, change_between, has_both_scores
from progressionsdialog.tools.definition import Indicator, ToolDefinition
from ui.pending import PendingSave, flush_pending
from ui.read_only import reads_only
from ui.widgets.field_error import FieldError
from ui.widgets.score_selector import ScoreSelector

GUIDE_EMS = 16  # the guide beside the scores is no narrower than this (a question wraps)


def _label(text: str, name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class _Note(QPlainTextEdit):
    """A note that asks for ``lines`` lines and grows into whatever room the screen has."""

    def __init__(self, lines: int) -> None:
        super().__init__()
        self._lines = lines
        self.setTabChangesFocus(True)

    def sizeHint(self) -> QSize:
        frame = 2 * self.frameWidth() + round(2 * self.document().documentMargin())
        return QSize(
            super().sizeHint().width(), self._lines * self.fontMetrics().lineSpacing() + frame
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class IndicatorPanel(QWidget):
    """Emits ``changed(IndicatorScore)`` whenever something should be saved."""

    changed = Signal(object)
    guide_toggled = Signal(bool)  # the guide shown (True) or folded away

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

        # The name is the indicator's tab, right above; what it means opens the guide
        explanation = _label(indicator.explanation(language), "indicatorExplanation")

        # The guide: read aloud while scoring, so it stands beside the scores. A worker who
        # knows it by heart folds it away and the scores get the room.
        self.guide = QFrame()
        self.guide.setObjectName("guide")
        self.guide_toggle = QToolButton()
        self.guide_toggle.setObjectName("guideToggle")
        self.guide_toggle.setCheckable(True)
        self.guide_toggle.setChecked(True)
        self.guide_toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.guide_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        reads_only(self.guide_toggle)  # it only shows or hides the guide
        self.guide_body = QWidget()
        body = QVBoxLayout(self.guide_body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(2)  # a list, read as one; the headings keep their space above
        body.addWidget(explanation)
        body.addWidget(_label(self.tr("Spørgsmål"), "subheading"))
        for question in indicator.questions[language]:
            body.addWidget(_label("• " + question))
        body.addSpacing(4)
        body.addWidget(_label(self.tr("Sådan ser skalaen ud"), "subheading"))
        for band in ("low", "middle", "high"):
            low, high = tool.bands[band]
            body.addWidget(_label(f"{low}–{high}:  {indicator.scale_text(band, language)}"))
        body.addStretch()
        source = _label(tool.names[language], "hint")  # the questions are ours, not Halsnæs'
        source.setAccessibleName(self.tr("Om spørgsmålene"))
        body.addWidget(source)
        guide_layout = QVBoxLayout(self.guide)
        guide_layout.setContentsMargins(6, 4, 6, 6)
        guide_layout.addWidget(self.guide_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        guide_layout.addWidget(self.guide_body, 1)
        self.guide_toggle.toggled.connect(self._show_guide)

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
        self.shared_note = _Note(3)
        self.shared_note.setAccessibleName(self.tr("Det talte vi om"))
        self.shared_note.setPlaceholderText(self.tr("Med borgerens egne ord. Kommer med i planen."))
        self.shared_error = FieldError()
        self.private_toggle = QPushButton(self.tr("Vis privat note"))
        self.private_toggle.setCheckable(True)
        self.private_toggle.setObjectName("privateToggle")
        reads_only(self.private_toggle)  # it only shows the note
        # As wide as its longer text, so the button neither jumps nor cuts "Skjul ..."
        self.private_toggle.ensurePolished()
        self.private_toggle.setText(self.tr("Skjul privat note"))
        self.private_toggle.setMinimumWidth(self.private_toggle.sizeHint().width())
        self.private_toggle.setText(self.tr("Vis privat note"))
        self.private_note = _Note(3)
        self.private_note.setObjectName("privateNote")
        self.private_note.setAccessibleName(self.tr("Privat note, kun for medarbejderen"))
        self.private_note.setPlaceholderText(
            self.tr("Kun for dig. Vises aldrig for borgeren og kommer ikke med i print.")
        )
        self.private_note.hide()
        self.private_error = FieldError()
        self.private_toggle.toggled.connect(self._toggle_private)

        scoring = QWidget()
        scoring_layout = QVBoxLayout(scoring)
        scoring_layout.setContentsMargins(0, 0, 0, 0)
        scoring_layout.setSpacing(4)
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
        self.scoring = scoring

        # The guide left of the scores (read first, then scored) when both fit side by side,
        # above them when not.
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.addWidget(self.guide, 2)
        self.columns.addWidget(scoring, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(self.columns, 1)
        self._show_guide(True)

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

    def _show_guide(self, shown: bool) -> None:
        self.guide_body.setVisible(shown)
        self.guide_toggle.setText(("▾ " if shown else "▸ ") + self.tr("Til samtalen"))
        self.guide_toggle.setAccessibleName(self.tr("Til samtalen"))
        self.guide_toggle.setToolTip(
            self.tr("Skjul spørgsmål og skala") if shown else self.tr("Vis spørgsmål og skala")
        )
        # Folded away, the guide takes no more room than its button
        if self.columns.indexOf(self.guide) >= 0:
            self.columns.setStretchFactor(self.guide, 2 if shown else 0)
        self.guide_toggled.emit(shown)

    def show_guide(self, shown: bool) -> None:
        """Show or fold away the guide (the editor keeps its four panels alike)."""
        self.guide_toggle.setChecked(shown)

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

    def side_by_side_width(self) -> int:
        """The narrowest width at which the guide and the scores fit side by side."""
        em = self.fontMetrics().horizontalAdvance("M")
        margins = self.layout().contentsMargins()
        scores = self.citizen_score.minimumSizeHint().width()
        return margins.left() + margins.right() + GUIDE_EMS * em + scores + self.columns.spacing()

    def resizeEvent(self, event) -> None:
        wide = event.size().width() >= self.side_by_side_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
        super().resizeEvent(event)
