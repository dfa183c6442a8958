"""Import indicator scores from a CSV file: every row checked first, then all or nothing.

The file has a header row with these columns (``;`` or ``,`` separated, UTF-8)::

    borger_id;dato;indikator;borger_score;medarbejder_score;talte_om

``dato`` is dd-mm-åååå. A meeting on that date is reused, otherwise one is created.
An empty score means "not in the file": it never clears a score that is already saved.

What is already saved is never changed without being asked: a row that would change an
existing score is refused (with the old and the new value) unless ``replace=True`` (the
command line's ``--erstat``), which replaces scores only. Notes already written ("det talte
vi om", the private note) are never changed by an import; an empty one is filled in. Two rows
for the same citizen, date and indicator are refused.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import sqlite_utils

from progressionsdialog.domain.dates import format_date, parse_date
from progressionsdialog.domain.meeting import (
    NOTE_MAX,
    IndicatorScore,
    MeetingKind,
    validate_meeting_date,
)
from progressionsdialog.domain.meeting import validate_score as check_score
from progressionsdialog.domain.text import validate_text
from progressionsdialog.errors import NotFoundError, ProgressionsdialogError, ValidationError
from progressionsdialog.storage.citizens import get_citizen
from progressionsdialog.storage.meetings import add_meeting, meetings_on, save_score, scores_for
from progressionsdialog.storage.transaction import transaction
from progressionsdialog.tools.definition import ToolDefinition

COLUMNS = ("borger_id", "dato", "indikator", "borger_score", "medarbejder_score")
MAX_ROWS = 100_000
NOTHING_CHANGED = "Filen er ikke indlæst. Intet er ændret."


class ScoreImportError(ProgressionsdialogError):
    """The file cannot be imported; ``problems`` lists each line with what is wrong."""

    def __init__(self, problems: list[str]) -> None:
        shown = problems[:20]
        more = f"\n… og {len(problems) - 20} fejl mere." if len(problems) > 20 else ""
        super().__init__(NOTHING_CHANGED + "\n" + "\n".join(shown) + more)
        self.problems = problems


@dataclass(frozen=True, slots=True)
class ScoreRow:
    line: int
    citizen_id: int
    held_on: date
    score: IndicatorScore


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did. ``stored`` is the number of scores written to the database."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    notes_kept: int = 0

    @property
    def stored(self) -> int:
        return self.added + self.replaced

    def summary(self) -> str:
        """A Danish sentence for the person who ran the import.

        >>> ImportResult(added=2, replaced=1, unchanged=1).summary()
        '3 scorer er gemt (2 nye, 1 erstattet). 1 række var allerede gemt og er ikke ændret.'
        """
        word = "score" if self.stored == 1 else "scorer"
        text = f"{self.stored} {word} er gemt ({self.added} nye, {self.replaced} erstattet)."
        if self.unchanged:
            rows = "række var" if self.unchanged == 1 else "rækker var"
            text += f" {self.unchanged} {rows} allerede gemt og er ikke ændret."
        if self.notes_kept:
            notes = "note" if self.notes_kept == 1 else "noter"
            text += (
                f" {self.notes_kept} {notes} fandtes allerede og er beholdt; "
                "tekst fra filen er ikke skrevet over dem."
            )
        return text


def _records(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and the non-blank rows with their first line numbers; Danish errors."""
    if not text.strip():
        raise ScoreImportError(["Filen er tom. Den skal have en linje med kolonnernes navne."])
    lines = text.splitlines(keepends=True)
    skipped = next(n for n, line in enumerate(lines) if line.strip())
    first = lines[skipped]
    delimiter = ";" if ";" in first else "," if "," in first else None
    if delimiter is None:
        raise ScoreImportError(
            [
                f"Linje {skipped + 1}: kolonnerne skal være adskilt med skilletegn (; eller ,). "
                "Første linje skal være: " + ";".join((*COLUMNS, "talte_om")) + "."
            ]
        )
    reader = csv.reader(io.StringIO("".join(lines[skipped:])), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                records.append((skipped + start, cells))
            start = reader.line_num + 1
            if len(records) > MAX_ROWS + 1:
                raise ScoreImportError([f"Filen har over {MAX_ROWS} rækker. Del den op."])
    except csv.Error as error:
        line = skipped + start
        if "field larger" in str(error):
            limit = f"{csv.field_size_limit():,}".replace(",", ".")
            reason = f"et felt er for langt (over {limit} tegn)"
        else:
            reason = 'et felt har et anførselstegn ("), der ikke er lukket'
        raise ScoreImportError([f"Linje {line}: {reason}."]) from None
    header = [cell.strip().lower() for cell in records[0][1]]
    return header, records[1:]


def read_rows(text: str, tool: ToolDefinition) -> list[ScoreRow]:
    """Parse and check every row; raise ``ScoreImportError`` naming each bad line."""
    header, records = _records(text)
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise ScoreImportError([f"Linje 1: kolonnen {', '.join(missing)} mangler."])
    if not records:
        raise ScoreImportError(["Filen har ingen rækker med scorer, kun overskriften."])
    keys = {i.key for i in tool.indicators}
    rows, problems = [], []
    first_line: dict[tuple[int, date, str], int] = {}
    for line, cells in records:
        raw = dict(zip(header, cells, strict=False))
        try:
            row = _row(line, raw, keys)
        except ValidationError as error:
            problems.append(f"Linje {line}: {error.message}")
            continue
        key = (row.citizen_id, row.held_on, row.score.indicator_key)
        if key in first_line:
            problems.append(
                f"Linje {line}: samme borger, dato og indikator som linje {first_line[key]}. "
                "Hver score må kun stå én gang i filen."
            )
            continue
        first_line[key] = line
        rows.append(row)
    if problems:
        raise ScoreImportError(problems)
    return rows


def _row(line: int, raw: dict, keys: set[str]) -> ScoreRow:
    cell = {k: (v or "").strip() for k, v in raw.items() if k}
    try:
        citizen_id = int(cell.get("borger_id", ""))
    except ValueError:
        raise ValidationError("borger_id", "borger_id skal være et tal.") from None
    held_on = parse_date(cell.get("dato", ""), field="dato")
    key = cell.get("indikator", "")
    if key not in keys:
        raise ValidationError(
            "indikator", f"ukendt indikator '{key}'. Brug {', '.join(sorted(keys))}."
        )
    citizen = check_score(cell.get("borger_score"), "borger_score")
    worker = check_score(cell.get("medarbejder_score"), "medarbejder_score")
    note = validate_text(cell.get("talte_om", ""), "talte_om", "Teksten", max_length=NOTE_MAX)
    return ScoreRow(
        line, citizen_id, held_on, IndicatorScore(key, citizen, worker, shared_note=note)
    )


def _shown(value: int | None) -> str:
    return "tom" if value is None else str(value)


def _merge(old: IndicatorScore, new: IndicatorScore, replace: bool) -> tuple[IndicatorScore, list]:
    """The score to store and the changes of existing scores it makes (old → new)."""
    changes = []
    values = {}
    for field, label in (("citizen_score", "borgerens"), ("worker_score", "medarbejderens")):
        before, after = getattr(old, field), getattr(new, field)
        if field == "citizen_score" and old.citizen_declined and after is not None:
            changes.append(f"{label} score ville ikke svare → {after}")
        elif before is not None and after is not None and before != after:
            changes.append(f"{label} score {before} → {after}")
        values[field] = after if after is not None and (replace or before is None) else before
    declined = old.citizen_declined and not (replace and new.citizen_score is not None)
    merged = IndicatorScore(
        old.indicator_key,
        None if declined else values["citizen_score"],
        values["worker_score"],
        citizen_declined=declined,
        shared_note=old.shared_note or new.shared_note,
        private_note=old.private_note,
    )
    return merged, changes


def read_file(path: Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        message = "Filen er ikke UTF-8. Gem den som 'CSV UTF-8' og prøv igen."
        raise ScoreImportError([message]) from None
    except IsADirectoryError:
        raise ScoreImportError([f"{path} er en mappe, ikke en fil."]) from None
    except FileNotFoundError:
        raise ScoreImportError([f"Filen {path} findes ikke."]) from None
    except OSError as error:
        raise ScoreImportError([f"Filen kan ikke læses: {error.strerror}."]) from error


def import_scores(
    db: sqlite_utils.Database, path: Path, tool: ToolDefinition, *, replace: bool = False
) -> ImportResult:
    """Import the file in one transaction; nothing is written unless every row is fine."""
    rows = read_rows(read_file(path), tool)
    problems = []
    birth_dates: dict[int, date | None] = {}
    for row in rows:
        try:
            if row.citizen_id not in birth_dates:
                birth_dates[row.citizen_id] = get_citizen(db, row.citizen_id).birth_date
            validate_meeting_date(row.held_on, birth_dates[row.citizen_id])
        except NotFoundError:
            problems.append(f"Linje {row.line}: der er ingen borger med id {row.citizen_id}.")
        except ValidationError as error:
            problems.append(f"Linje {row.line}: {error.message}")
    if problems:
        raise ScoreImportError(problems)
    plan = []
    for row in rows:
        same_day = meetings_on(db, row.citizen_id, row.held_on)
        meeting = same_day[0] if same_day else None
        empty = IndicatorScore(row.score.indicator_key)
        old = scores_for(db, meeting.id).get(row.score.indicator_key, empty) if meeting else empty
        merged, changes = _merge(old, row.score, replace)
        if changes and not replace:
            when = format_date(row.held_on)
            problems.append(
                f"Linje {row.line}: borger {row.citizen_id}, {when}, {row.score.indicator_key}: "
                + ", ".join(changes)
                + "."
            )
        plan.append((row, meeting, old, merged, bool(changes)))
    if problems:
        problems.append(
            "Scorer, der allerede er gemt, ændres kun, når du beder om det: "
            "kør igen med --erstat (noterne ændres aldrig)."
        )
        raise ScoreImportError(problems)
    added = replaced = unchanged = notes_kept = 0
    created: dict[tuple[int, date], object] = {}
    with transaction(db):
        for row, meeting, old, merged, changed in plan:
            if (
                row.score.shared_note
                and old.shared_note
                and row.score.shared_note != old.shared_note
            ):
                notes_kept += 1
            if merged == old and meeting is not None:
                unchanged += 1
                continue
            if meeting is None:
                meeting = created.get((row.citizen_id, row.held_on))
            if meeting is None:
                meeting = created[row.citizen_id, row.held_on] = add_meeting(
                    db,
                    row.citizen_id,
                    row.held_on,
                    MeetingKind.FOLLOW_UP,
                    "Indlæst fra fil",
                    tool_id=tool.id,
                    tool_version=tool.version,
                )
            save_score(db, meeting, merged)
            if changed:
                replaced += 1
            else:
                added += 1
    return ImportResult(added, replaced, unchanged, notes_kept)
