"""The team's numbers: one database per laptop, pooled through pseudonymised files.

``export_team_file`` writes, per citizen, a pseudonym, the birth year in 5-year bands, target
group, months on benefit, scores by date, efforts by kind and dates, project membership and
outcomes: no name, CPR number, address, phone or free text. The pseudonym is a keyed hash
(HMAC-SHA256) of the CPR number with the team's key, so a citizen who moved between two
workers counts once; without a key or a CPR number it is random.

``load_team_files`` reads several such files into an in-memory database with the program's
own schema, so every statistic runs on the team's data as on one's own. The same citizen in
two files (or one file loaded twice) counts once: the file exported last wins.

    export_team_file(db, Path("team.json"), team_key="…", today=clock.today())
    pooled, notes = load_team_files([Path("a.json"), Path("b.json")])
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import sqlite_utils

from progressionsdialog import clock
from progressionsdialog.domain.dates import from_iso
from progressionsdialog.domain.outcome import months_between, months_later
from progressionsdialog.errors import ProgressionsdialogError
from progressionsdialog.i18n import _, n_

FORMAT = "progressionsdialog-team"
VERSION = 1
_CPR = re.compile(r"\b\d{6}-?\d{4}\b")
_FORBIDDEN_KEYS = {"name", "navn", "cpr", "address", "adresse", "phone", "telefon", "email", "note"}


class TeamFileError(ProgressionsdialogError):
    """A file that cannot be used for the team's numbers; nothing was loaded. The message is
    in the language in use (the command line's Danish, the window's in its worker)."""


def pseudonym(cpr: str | None, team_key: str | None) -> str:
    """The same CPR and key give the same pseudonym on every laptop; otherwise random.

    >>> pseudonym("0101801234", "nøgle") == pseudonym("0101801234", "nøgle")
    True
    >>> pseudonym("0101801234", None) == pseudonym("0101801234", None)
    False
    """
    if cpr and team_key:
        digest = hmac.new(team_key.encode("utf-8"), cpr.encode("ascii"), hashlib.sha256)
        return digest.hexdigest()[:20]
    return secrets.token_hex(10)


def birth_band(birth: date | None) -> str:
    """
    >>> birth_band(date(1983, 5, 1))
    '1980-1984'
    """
    if birth is None:
        return ""
    start = birth.year - birth.year % 5
    return f"{start}-{start + 4}"


def export_team_file(
    db: sqlite_utils.Database, out: Path, *, team_key: str | None, today: date
) -> int:
    """Write the pseudonymised file; returns the number of citizens in it."""
    people = []
    citizens = db.execute(
        "SELECT id, cpr, birth_date, target_group, benefit_started_on FROM citizens ORDER BY id"
    ).fetchall()
    for citizen_id, cpr, birth, group, benefit in citizens:
        scores = db.execute(
            "SELECT m.held_on, i.indicator_key, i.citizen_score, i.worker_score "
            "FROM meetings m JOIN indicator_scores i ON i.meeting_id = m.id "
            "WHERE m.citizen_id = ? ORDER BY m.held_on, m.id",
            [citizen_id],
        ).fetchall()
        efforts = db.execute(
            "SELECT kind, starts_on, ends_on FROM efforts WHERE citizen_id = ? ORDER BY starts_on",
            [citizen_id],
        ).fetchall()
        projects = db.execute(
            "SELECT p.name, m.role, m.joined_on FROM project_members m "
            "JOIN projects p ON p.id = m.project_id WHERE m.citizen_id = ?",
            [citizen_id],
        ).fetchall()
        outcomes = db.execute(
            "SELECT status, recorded_on FROM outcomes WHERE citizen_id = ? ORDER BY recorded_on",
            [citizen_id],
        ).fetchall()
        started = from_iso(benefit)
        people.append(
            {
                "pseudonym": pseudonym(cpr, team_key),
                "birth_years": birth_band(from_iso(birth)),
                "target_group": group,
                "months_on_benefit": months_between(started, today) if started else None,
                "scores": [list(row) for row in scores],
                "efforts": [list(row) for row in efforts],
                "projects": [list(row) for row in projects],
                "outcomes": [list(row) for row in outcomes],
            }
        )
    data = {
        "format": FORMAT,
        "version": VERSION,
        "exported_on": today.isoformat(),
        "keyed": bool(team_key),
        "citizens": people,
    }
    out = Path(out)
    temp = out.with_name(out.name + ".part")
    temp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    temp.replace(out)
    return len(people)


@dataclass
class Pooled:
    """The team's data in memory, and what the person should be told about it."""

    db: sqlite_utils.Database
    citizens: int = 0
    duplicates: int = 0
    notes: list[str] = field(default_factory=list)


def _read(path: Path) -> dict:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except IsADirectoryError:
        raise TeamFileError(_("{path} er en mappe, ikke en fil.").format(path=path)) from None
    except FileNotFoundError:
        raise TeamFileError(_("Filen {path} findes ikke.").format(path=path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise TeamFileError(
            _("Filen {path} kan ikke læses ({error}).").format(path=path, error=error)
        ) from None
    name = Path(path).name
    if not text.strip():
        raise TeamFileError(_("Filen {name} er tom. Intet er indlæst.").format(name=name))
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise TeamFileError(
            _(
                "Filen {name} er ikke en teamfil fra Progressionsdialog "
                "(statistik --eksport). Intet er indlæst."
            ).format(name=name)
        )
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise TeamFileError(
            _(
                "Filen {name} er lavet af en nyere version af programmet. Opdatér "
                "programmet, og prøv igen. Intet er indlæst."
            ).format(name=name)
        )
    _refuse_identifying(path, data)
    return data


def _refuse_identifying(path: Path, data: dict) -> None:
    """A file with a name or a CPR number is not pseudonymised: it is refused whole."""

    def walk(value) -> str | None:
        if isinstance(value, dict):
            for key, inner in value.items():
                if str(key).lower() in _FORBIDDEN_KEYS:
                    return _("feltet '{key}'").format(key=key)
                found = walk(inner)
                if found:
                    return found
        elif isinstance(value, list):
            for inner in value:
                found = walk(inner)
                if found:
                    return found
        elif isinstance(value, str) and _CPR.search(value):
            return _("et CPR-nummer")
        return None

    found = walk(data)
    if found:
        raise TeamFileError(
            _(
                "Filen {name} indeholder {found}, så den er ikke uden navne. Den er "
                "ikke indlæst. Lav den igen med: progressionsdialog statistik --eksport FIL."
            ).format(name=Path(path).name, found=found)
        )


def load_team_files(paths: list[Path]) -> Pooled:
    """Every file checked first (one bad file and nothing is loaded), then pooled."""
    from progressionsdialog.storage import migrations

    files = [(_read(path), Path(path)) for path in paths]
    files.sort(key=lambda item: item[0].get("exported_on", ""))  # the newest wins below
    latest: dict[str, tuple[dict, date]] = {}
    seen = 0
    for data, _path in files:
        exported = from_iso(data.get("exported_on")) or clock.today()
        for person in data.get("citizens", []):
            seen += 1
            latest[str(person.get("pseudonym"))] = (person, exported)
    db = sqlite_utils.Database(memory=True)
    db.execute("PRAGMA foreign_keys = ON")
    migrations.upgrade(db)
    pooled = Pooled(db, len(latest), seen - len(latest))
    with db.atomic():
        for number, (person, exported) in enumerate(latest.values(), start=1):
            _insert(db, number, person, exported)
    if pooled.duplicates:
        pooled.notes.append(
            n_(
                "{n} borger fandtes i mere end én fil (eller en fil var med to gange). "
                "Borgeren tæller én gang; den nyeste fil er brugt.",
                "{n} borgere fandtes i mere end én fil (eller en fil var med to gange). "
                "De tæller én gang; den nyeste fil er brugt.",
                pooled.duplicates,
            ).format(n=pooled.duplicates)
        )
    return pooled


def _insert(db: sqlite_utils.Database, number: int, person: dict, exported: date) -> None:
    stamp = exported.isoformat()
    months = person.get("months_on_benefit")
    benefit = months_later(exported, -int(months)).isoformat() if months is not None else None
    db.execute(
        "INSERT INTO citizens (id, name, target_group, benefit_started_on, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        [number, f"#{number}", person.get("target_group") or "andet", benefit, stamp, stamp],
    )
    meetings: dict[str, int] = {}
    for held_on, key, own, worker in person.get("scores", []):
        if held_on not in meetings:
            meetings[held_on] = db.execute(
                "INSERT INTO meetings (citizen_id, held_on, created_at, updated_at) "
                "VALUES (?, ?, ?, ?)",
                [number, held_on, stamp, stamp],
            ).lastrowid
        db.execute(
            "INSERT INTO indicator_scores (meeting_id, tool_id, tool_version, indicator_key, "
            "citizen_score, worker_score, updated_at) VALUES (?, 'halsnaes', '1', ?, ?, ?, ?)",
            [meetings[held_on], key, own, worker, stamp],
        )
    for kind, starts_on, ends_on in person.get("efforts", []):
        db.execute(
            "INSERT INTO efforts (citizen_id, kind, starts_on, ends_on, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [number, kind, starts_on, ends_on, stamp, stamp],
        )
    for name, role, joined_on in person.get("projects", []):
        db.execute(
            "INSERT INTO projects (name, started_on, has_control_group, created_at) "
            "VALUES (?, ?, 1, ?) ON CONFLICT (name) DO UPDATE SET "
            "started_on = min(started_on, excluded.started_on)",
            [name, joined_on, stamp],
        )
        project_id = db.execute("SELECT id FROM projects WHERE name = ?", [name]).fetchone()[0]
        db.execute(
            "INSERT INTO project_members (project_id, citizen_id, role, joined_on) "
            "VALUES (?, ?, ?, ?)",
            [project_id, number, role, joined_on],
        )
    for status, recorded_on in person.get("outcomes", []):
        db.execute(
            "INSERT INTO outcomes (citizen_id, status, recorded_on, created_at) "
            "VALUES (?, ?, ?, ?)",
            [number, status, recorded_on, stamp],
        )
