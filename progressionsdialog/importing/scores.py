"""Import indicator scores from a CSV file: every row checked first, then all or nothing.

The file has a header row with these columns (``;`` or ``,`` separated, UTF-8)::

    borger_id;dato;indikator;borger_score;medarbejder_score;talte_om

``dato`` is dd-mm-åååå. A meeting on that date is reused, otherwise one is created.
An empty score means "not answered".
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import sqlite_utils

from progressionsdialog.domain.dates import parse_date
from progressionsdialog.domain.meeting import IndicatorScore, MeetingKind, validate_meeting_date
from progressionsdialog.domain.meeting import validate_score as check_score
from progressionsdialog.errors import NotFoundError, ProgressionsdialogError, ValidationError
from progressionsdialog.storage.citizens import get_citizen
from progressionsdialog.storage.meetings import add_meeting, meetings_on, save_score
from progressionsdialog.storage.transaction import transaction
from progressionsdialog.tools.definition import ToolDefinition

COLUMNS = ("borger_id", "dato", "indikator", "borger_score", "medarbejder_score")
MAX_ROWS = 100_000


class ScoreImportError(ProgressionsdialogError):
    """The file cannot be imported; ``problems`` lists each line with what is wrong."""

    def __init__(self, problems: list[str]) -> None:
        shown = problems[:20]
        more = f"\n… og {len(problems) - 20} fejl mere." if len(problems) > 20 else ""
        super().__init__("Filen er ikke indlæst. Intet er ændret.\n" + "\n".join(shown) + more)
        self.problems = problems


@dataclass(frozen=True, slots=True)
class ScoreRow:
    line: int
    citizen_id: int
    held_on: date
    score: IndicatorScore


def read_rows(text: str, tool: ToolDefinition) -> list[ScoreRow]:
    """Parse and check every row; raise ``ScoreImportError`` naming each bad line."""
    dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=";,")
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise ScoreImportError([f"Linje 1: kolonnen {', '.join(missing)} mangler."])
    reader.fieldnames = header
    keys = {i.key for i in tool.indicators}
    rows, problems = [], []
    for line, raw in enumerate(reader, start=2):
        if line > MAX_ROWS + 1:
            problems.append(f"Filen har over {MAX_ROWS} linjer.")
            break
        try:
            rows.append(_row(line, raw, keys))
        except ValidationError as error:
            problems.append(f"Linje {line}: {error.message}")
    if problems:
        raise ScoreImportError(problems)
    return rows


def _row(line: int, raw: dict, keys: set[str]) -> ScoreRow:
    cell = {k: (v or "").strip() for k, v in raw.items() if k}
    try:
        citizen_id = int(cell["borger_id"])
    except ValueError:
        raise ValidationError("borger_id", "borger_id skal være et tal.") from None
    held_on = parse_date(cell["dato"], field="dato")
    key = cell["indikator"]
    if key not in keys:
        raise ValidationError(
            "indikator", f"ukendt indikator '{key}'. Brug {', '.join(sorted(keys))}."
        )
    citizen = check_score(cell["borger_score"], "borger_score")
    worker = check_score(cell["medarbejder_score"], "medarbejder_score")
    note = cell.get("talte_om", "")
    return ScoreRow(
        line, citizen_id, held_on, IndicatorScore(key, citizen, worker, shared_note=note)
    )


def import_scores(db: sqlite_utils.Database, path: Path, tool: ToolDefinition) -> int:
    """Import the file in one transaction; return the number of scores saved."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        message = "Filen er ikke UTF-8. Gem den som 'CSV UTF-8' og prøv igen."
        raise ScoreImportError([message]) from None
    except OSError as error:
        raise ScoreImportError([f"Filen kan ikke læses: {error.strerror}."]) from error
    rows = read_rows(text, tool)
    problems = []
    for row in rows:
        try:
            validate_meeting_date(row.held_on, get_citizen(db, row.citizen_id).birth_date)
        except NotFoundError:
            problems.append(f"Linje {row.line}: der er ingen borger med id {row.citizen_id}.")
        except ValidationError as error:
            problems.append(f"Linje {row.line}: {error.message}")
    if problems:
        raise ScoreImportError(problems)
    with transaction(db):
        for row in rows:
            same_day = meetings_on(db, row.citizen_id, row.held_on)
            meeting = (
                same_day[0]
                if same_day
                else add_meeting(
                    db,
                    row.citizen_id,
                    row.held_on,
                    MeetingKind.FOLLOW_UP,
                    "Indlæst fra fil",
                    tool_id=tool.id,
                    tool_version=tool.version,
                )
            )
            save_score(db, meeting, row.score)
    return len(rows)
