"""The command line: ``progressionsdialog [--data-dir DIR] [--demo] [--smoke] [COMMAND]``.

The commands here run with no display. Starting the window is the Qt layer's job: it passes
its launcher in as ``gui``, so the core never imports it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from progressionsdialog import clock
from progressionsdialog.errors import ProgressionsdialogError, StorageError


@dataclass(frozen=True, slots=True)
class StartOptions:
    """What the window needs to start: where the data is, and how to run."""

    data_dir: Path
    demo: bool = False
    smoke: bool = False


GuiLauncher = Callable[[StartOptions], int]


BACKUP_PASSWORD_VAR = "PROGRESSIONSDIALOG_BACKUP_PASSWORD"
TEAM_KEY_VAR = "PROGRESSIONSDIALOG_TEAM_KEY"

# Commands that change the database (or its files) hold the writer lock while they run, so
# they never run beside the window or each other. Readers (list, check, meetings, retention,
# backup) need no lock: SQLite gives them a consistent view.
WRITING_COMMANDS = frozenset(
    {"score", "import-scores", "erase", "restore", "demo", "pdf", "export", "projekt", "status"}
)


def resolve_data_dir(args: argparse.Namespace) -> Path:
    from progressionsdialog.paths import default_data_dir, demo_data_dir

    base = getattr(args, "data_dir", None)
    if getattr(args, "demo", False):
        return Path(base) if base else demo_data_dir()
    return Path(base) if base else default_data_dir()


def _existing_database(data_dir: Path):
    from progressionsdialog.storage import DB_FILENAME, open_database

    path = data_dir / DB_FILENAME
    if not path.exists():
        raise StorageError(f"Der er ingen database i {data_dir}.")
    return open_database(path)


def _output_file(path: Path, what: str) -> Path:
    """Where a command writes a file: refused in Danish before any work is done."""
    path = Path(path)
    if path.is_dir():
        raise StorageError(f"{path} er en mappe. Skriv navnet på {what}, fx {path / 'fil'}.")
    if not path.parent.is_dir():
        raise StorageError(
            f"Mappen {path.parent} findes ikke. Vælg en mappe, der findes, til {what}."
        )
    return path


def cmd_demo(args: argparse.Namespace) -> int:
    from progressionsdialog.demo import create_demo_database

    path = create_demo_database(resolve_data_dir(args), force=args.force, with_project=True)
    print(f"Demo-database lavet: {path}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from progressionsdialog.domain.text import danish_sort_key
    from progressionsdialog.storage.citizens import list_citizens

    db = _existing_database(resolve_data_dir(args))
    citizens = sorted(
        list_citizens(db, include_archived=args.archived), key=lambda c: danish_sort_key(c.name)
    )
    for citizen in citizens:
        sys.stdout.write(f"{citizen.id}\t{citizen.name}\n")
    db.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """The file's integrity, its schema version and the audit log's chain; never changes it."""
    from progressionsdialog.storage import DB_FILENAME, check_database, connect
    from progressionsdialog.storage.audit import verify_audit_log
    from progressionsdialog.storage.migrations import known_names

    path = resolve_data_dir(args) / DB_FILENAME
    if not path.exists():
        raise StorageError(f"Der er ingen database i {path.parent}.")
    result = check_database(path)
    print(f"integrity_check: {'; '.join(result.problems)}")
    version = "?" if result.schema_version is None else result.schema_version
    print(f"schema_version: {version} af {len(known_names())}")
    audit_problems = []
    if result.ok:
        db = connect(path, read_only=True)
        try:
            audit_problems = verify_audit_log(db)
        finally:
            db.close()
        print(f"revisionslog: {'ok' if not audit_problems else '; '.join(audit_problems)}")
    return 0 if result.ok and not audit_problems else 1


def cmd_meetings(args: argparse.Namespace) -> int:
    from progressionsdialog.domain.dates import format_date
    from progressionsdialog.storage.citizens import get_citizen
    from progressionsdialog.storage.meetings import score_history
    from progressionsdialog.tools import load_tool

    db = _existing_database(resolve_data_dir(args))
    get_citizen(db, args.citizen)
    for meeting, scores in score_history(db, args.citizen):
        cells = [str(meeting.id), format_date(meeting.held_on), meeting.kind.label]
        order = [i.key for i in load_tool(meeting.tool_id).indicators]
        for key, score in sorted(scores.items(), key=lambda kv: order.index(kv[0])):
            own = "-" if score.citizen_score is None else str(score.citizen_score)
            worker = "-" if score.worker_score is None else str(score.worker_score)
            cells.append(f"{key}={own}/{worker}")
        sys.stdout.write("\t".join(cells) + "\n")
    db.close()
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    from progressionsdialog.domain.meeting import IndicatorScore
    from progressionsdialog.errors import ValidationError
    from progressionsdialog.storage.meetings import get_meeting, save_score, scores_for
    from progressionsdialog.tools import load_tool

    db = _existing_database(resolve_data_dir(args))
    meeting = get_meeting(db, args.meeting)
    tool = load_tool(meeting.tool_id)
    if args.indicator not in {i.key for i in tool.indicators}:
        keys = ", ".join(i.key for i in tool.indicators)
        raise ValidationError("indicator", f"Ukendt indikator '{args.indicator}'. Brug {keys}.")
    if args.declined and args.citizen_score:
        raise ValidationError(
            "declined",
            "--declined betyder, at borgeren ikke vil svare: giv ikke også --citizen-score.",
        )
    if not (args.declined or args.citizen_score or args.worker_score):
        raise ValidationError(
            "score", "Angiv --citizen-score, --worker-score eller --declined. Intet er gemt."
        )
    old = scores_for(db, meeting.id).get(args.indicator, IndicatorScore(args.indicator))
    score = IndicatorScore(
        args.indicator,
        citizen_score=None if args.declined else (args.citizen_score or old.citizen_score),
        worker_score=args.worker_score or old.worker_score,
        citizen_declined=args.declined,
        shared_note=old.shared_note,
        private_note=old.private_note,
    )
    save_score(db, meeting, score)
    db.close()
    print("Gemt.")
    return 0


def cmd_import_scores(args: argparse.Namespace) -> int:
    from progressionsdialog.importing.scores import import_scores
    from progressionsdialog.tools import load_tool

    db = _existing_database(resolve_data_dir(args))
    try:
        result = import_scores(db, args.file, load_tool("halsnaes"), replace=args.replace)
    finally:
        db.close()
    print(result.summary())
    return 0


def cmd_pdf(args: argparse.Namespace) -> int:
    from progressionsdialog.reports.make import make_report

    _output_file(args.out, "PDF-filen")
    if args.kind == "blanke-ark":  # the same for everyone: no database
        from progressionsdialog.i18n import speaking
        from progressionsdialog.reports.blank_sheets import AREAS_DEFAULT, build_blank_sheets

        with speaking(args.sprog or "da"):
            path = build_blank_sheets(args.out, areas=args.areas or AREAS_DEFAULT)
        print(f"PDF gemt: {path}")
        return 0
    db = _existing_database(resolve_data_dir(args))
    path = make_report(
        db,
        args.citizen,
        args.kind,
        args.out,
        include_private_notes=args.include_private_notes,
        include_sensitive=args.include_sensitive,
        language=args.sprog,
    )
    db.close()
    print(f"PDF gemt: {path}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from progressionsdialog.storage.backup import backup_to

    _output_file(args.out, "sikkerhedskopien")
    db = _existing_database(resolve_data_dir(args))
    path = backup_to(db, args.out)
    db.close()
    print(f"Sikkerhedskopi gemt: {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from progressionsdialog.storage.backup import BackupPasswordError, restore

    backup_password = os.environ.get(BACKUP_PASSWORD_VAR) or None
    try:
        result = restore(resolve_data_dir(args), args.file, backup_password=backup_password)
    except BackupPasswordError as error:
        raise StorageError(
            f"{error} Sæt {BACKUP_PASSWORD_VAR} til kopiens adgangskode, og prøv igen."
        ) from None
    print(result.message)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from progressionsdialog.reports.make import make_report
    from progressionsdialog.storage.rights import export_citizen

    _output_file(args.out, "JSON-filen")
    _output_file(Path(args.out).with_suffix(".pdf"), "PDF-filen")
    db = _existing_database(resolve_data_dir(args))
    json_path = export_citizen(db, args.citizen, args.out)
    pdf_path = make_report(
        db, args.citizen, "handover", Path(args.out).with_suffix(".pdf"), include_private_notes=True
    )
    db.close()
    print(f"Gemt: {json_path} og {pdf_path}")
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from progressionsdialog.storage.citizens import get_citizen
    from progressionsdialog.storage.rights import erase_citizen

    if not args.yes:
        print("Sletning kan ikke fortrydes. Tilføj --yes for at bekræfte.", file=sys.stderr)
        return 2
    db = _existing_database(resolve_data_dir(args))
    erase_citizen(db, args.citizen, get_citizen(db, args.citizen).name)
    db.close()
    print(f"Borger nr. {args.citizen} er slettet.")
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    from progressionsdialog.domain.dates import format_date
    from progressionsdialog.storage.rights import inactive_citizens

    db = _existing_database(resolve_data_dir(args))
    inactive = inactive_citizens(db)
    db.close()
    for item in inactive:
        sys.stdout.write(f"{item.citizen_id}\t{item.name}\t{format_date(item.last_activity)}\n")
    if not inactive:
        print("Ingen borgere har været uden aktivitet i 5 år.", file=sys.stderr)
    return 0


def cmd_statistik(args: argparse.Namespace) -> int:

    from progressionsdialog.domain.dates import parse_date
    from progressionsdialog.statistics.indicators import Period
    from progressionsdialog.statistics.report import team_sections
    from progressionsdialog.statistics.tables import render_text
    from progressionsdialog.storage.projects import project_named
    from progressionsdialog.tools import load_tool

    period = Period(
        parse_date(args.fra, field="fra") if args.fra else None,
        parse_date(args.til, field="til") if args.til else None,
    )
    for out, what in (
        (args.csv, "CSV-filen"),
        (args.pdf, "PDF-filen"),
        (args.eksport, "teamfilen"),
    ):
        if out is not None:
            _output_file(out, what)
    tool = load_tool("halsnaes")
    notes: list[str] = []
    if args.indlaes:
        from progressionsdialog.statistics.computed import team_note
        from progressionsdialog.statistics.team_file import load_team_files

        pooled = load_team_files(args.indlaes)
        db = pooled.db
        notes = [team_note(pooled.citizens, len(args.indlaes))]
        notes += pooled.notes
    else:
        db = _existing_database(resolve_data_dir(args))
    try:
        project = project_named(db, args.projekt) if args.projekt else None
        sections = team_sections(db, period, tool, clock.today(), project)
        if args.eksport is not None:
            from progressionsdialog.statistics.team_file import export_team_file

            key = args.teamnoegle or os.environ.get(TEAM_KEY_VAR) or None
            count = export_team_file(db, args.eksport, team_key=key, today=clock.today())
            notes.append(f"Teamfil gemt: {args.eksport} ({count} borgere, uden navne).")
            if not key:
                notes.append(
                    "Uden teamnøgle tæller en borger, der har skiftet medarbejder, to gange."
                )
    finally:
        db.close()
    for note in notes:
        print(note)
    print("\n\n".join(render_text(section.table) for section in sections))
    if args.csv is not None:
        from progressionsdialog.statistics.tables import write_csv

        write_csv([section.table for section in sections], args.csv)
        print(f"\nCSV gemt: {args.csv}")
    if args.pdf is not None:
        from progressionsdialog.reports.team import build_team_report

        build_team_report(args.pdf, sections, tool, period)
        print(f"\nTeamrapport gemt: {args.pdf}")
    return 0


def cmd_projekt(args: argparse.Namespace) -> int:
    from progressionsdialog.domain.dates import parse_date
    from progressionsdialog.domain.outcome import MemberRole
    from progressionsdialog.errors import ValidationError
    from progressionsdialog.storage.projects import add_member, add_project, project_named

    db = _existing_database(resolve_data_dir(args))
    try:
        if args.borger is None:
            if not args.start:
                raise ValidationError("start", "Skriv --start DATO for at oprette projektet.")
            made = add_project(
                db,
                args.navn,
                parse_date(args.start, field="start"),
                has_control_group=args.kontrolgruppe,
            )
            print(f"Projektet {made.name} er oprettet.")
            return 0
        if not (args.rolle and args.dato):
            raise ValidationError("rolle", "Skriv både --rolle og --dato for borgeren.")
        project = project_named(db, args.navn)
        role = MemberRole.PARTICIPANT if args.rolle == "deltager" else MemberRole.CONTROL
        add_member(db, project.id, args.borger, role, parse_date(args.dato, field="dato"))
        print(f"Borger nr. {args.borger} er med i {project.name} ({role.label}).")
    finally:
        db.close()
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from progressionsdialog.domain.dates import format_date, parse_date
    from progressionsdialog.domain.outcome import OutcomeStatus
    from progressionsdialog.errors import ValidationError
    from progressionsdialog.storage.citizens import citizen_names
    from progressionsdialog.storage.projects import (
        follow_ups_due,
        record_outcome,
        set_benefit_start,
    )

    db = _existing_database(resolve_data_dir(args))
    try:
        if args.borger is None:  # the reminder: whose status is due at 12 or 24 months
            due = follow_ups_due(db, clock.today())
            names = citizen_names(db, {d.citizen_id for d in due})
            for item in due:
                sys.stdout.write(
                    f"{item.citizen_id}\t{names.get(item.citizen_id, '')}\t{item.project} "
                    f"({item.role.label})\t{item.months} mdr.\t{format_date(item.due_on)}\n"
                )
            if not due:
                print("Ingen mangler en status ved 12 eller 24 måneder.", file=sys.stderr)
            return 0
        if args.ydelse_start:
            set_benefit_start(db, args.borger, parse_date(args.ydelse_start, field="ydelse"))
            print(f"Ydelsens start er gemt for borger nr. {args.borger}.")
        if args.status:
            day = parse_date(args.dato, field="dato") if args.dato else clock.today()
            record_outcome(db, args.borger, OutcomeStatus(args.status), day)
            print(f"Status gemt: {OutcomeStatus(args.status).label}, {format_date(day)}.")
        elif not args.ydelse_start:
            raise ValidationError("status", "Skriv --status (og evt. --dato) eller --ydelse-start.")
    finally:
        db.close()
    return 0


COMMANDS = {
    "projekt": cmd_projekt,
    "status": cmd_status,
    "statistik": cmd_statistik,
    "export": cmd_export,
    "erase": cmd_erase,
    "retention": cmd_retention,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "pdf": cmd_pdf,
    "demo": cmd_demo,
    "list": cmd_list,
    "check": cmd_check,
    "meetings": cmd_meetings,
    "score": cmd_score,
    "import-scores": cmd_import_scores,
}


def main(argv: Sequence[str] | None = None, gui: GuiLauncher | None = None) -> int:
    """Run a command, or the window through ``gui``; return the exit code."""
    _reconfigure_stdout()
    args = window_arguments(argv)
    if args is None:  # a command, help, or anything else: the whole parser
        from progressionsdialog.cli_args import build_parser, refuse_meaningless

        parser = build_parser()
        args = parser.parse_args(argv)
        refuse_meaningless(parser, args)
    from progressionsdialog.storage import session_key

    session_key.from_environment()
    try:
        if args.command:
            return _run_command(args)
        if gui is None:
            print("Vinduet er ikke tilgængeligt her. Brug en kommando, se --help.", file=sys.stderr)
            return 2
        options = StartOptions(resolve_data_dir(args), demo=args.demo, smoke=args.smoke)
        _starting()
        try:
            return gui(options)
        finally:
            _ending()
    except ProgressionsdialogError as error:
        print(f"Fejl: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into `head`: not an error for the user
        sys.stderr.close()
        return 0
    except OSError as error:  # a file the command reads or writes; never a traceback
        print(f"Fejl: {_os_error_message(error)}", file=sys.stderr)
        return 2


_WINDOW_FLAGS = frozenset({"--demo", "--smoke"})


def window_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The window's own start (``--demo``, ``--smoke``, ``--data-dir MAPPE``, each at most
    once) read without building the whole parser with its fifteen commands (~4 ms of
    the start); ``None`` for anything else, which the parser reads (and explains).

    >>> args = window_arguments(["--demo", "--data-dir", "x"])
    >>> args.command, args.demo, args.smoke, args.data_dir.name
    (None, True, False, 'x')
    >>> window_arguments(["list"]) is None
    True
    """
    words = list(sys.argv[1:] if argv is None else argv)
    args = argparse.Namespace(command=None, demo=False, smoke=False)
    while words:
        word = words.pop(0)
        if word in _WINDOW_FLAGS and not getattr(args, word[2:]):
            setattr(args, word[2:], True)
            continue
        if word == "--data-dir" and words:
            value = words.pop(0)
        elif word.startswith("--data-dir="):
            value = word.removeprefix("--data-dir=")
        else:
            return None
        if not value or value.startswith("-") or hasattr(args, "data_dir"):
            return None
        args.data_dir = Path(value)
    return args


def _run_command(args: argparse.Namespace) -> int:
    """One command, with the password rule checked and the writer lock held if it writes."""
    from contextlib import nullcontext

    from progressionsdialog.paths import usable_data_dir
    from progressionsdialog.storage import DB_FILENAME, storage_errors
    from progressionsdialog.storage.instance_lock import InstanceLock

    data_dir = resolve_data_dir(args)
    with storage_errors(data_dir / DB_FILENAME, os_errors=False):
        if args.command != "demo":
            _check_new_password(data_dir)
        reminder_only = args.command == "status" and args.borger is None
        if args.command not in WRITING_COMMANDS or reminder_only:
            return COMMANDS[args.command](args)
        if not data_dir.is_dir() or not usable_data_dir(data_dir)[1]:
            # no lock file without the folder, or in a folder that is read-only: the command
            # says what is wrong, and a database there is opened for reading only
            lock = nullcontext()
        else:
            lock = InstanceLock(data_dir, holder=f"kommandoen '{args.command}'")
        with lock:
            return COMMANDS[args.command](args)


def _check_new_password(data_dir: Path) -> None:
    """A password that would encrypt a database for the first time follows the window's rule."""
    from progressionsdialog.domain.password import validate_new_password
    from progressionsdialog.storage import DB_FILENAME, session_key
    from progressionsdialog.storage.database import is_plain

    password = session_key.password()
    path = data_dir / DB_FILENAME
    if password is not None and is_plain(path):
        try:
            validate_new_password(password, password)
        except ProgressionsdialogError as error:
            raise StorageError(
                f"{error} ({session_key.ENV_VAR} ville kryptere databasen med den.) "
                "Intet er ændret."
            ) from None


def _os_error_message(error: OSError) -> str:
    """A Danish sentence for a file error.

    >>> _os_error_message(FileNotFoundError(2, "No such file", "/x/y.pdf"))
    'Filen eller mappen /x/y.pdf findes ikke. Intet er ændret.'
    """
    import errno

    where = error.filename or "filen"
    reasons = {
        errno.ENOENT: f"Filen eller mappen {where} findes ikke.",
        errno.EISDIR: f"{where} er en mappe, ikke en fil.",
        errno.EACCES: f"Du har ikke adgang til {where}.",
        errno.EROFS: f"{where} ligger på et drev, der kun kan læses.",
        errno.ENOSPC: "Disken er fuld. Gør plads, og prøv igen.",
    }
    return reasons.get(error.errno, f"{where} kan ikke bruges ({error.strerror}).") + (
        " Intet er ændret."
    )


def _starting() -> None:
    """The window's start makes what the program keeps for its whole run (modules, classes,
    Qt's types); the garbage collector, run some 50 times meanwhile, finds nothing to free
    (5-10 ms). It is off until the window has been painted: the window turns it on again
    (``ui.app``), or the process ends first."""
    import gc

    gc.disable()


def _ending() -> None:
    """The window has closed and saved; the process ends next. What is still in memory is
    frozen out of the garbage collector's reach, so the interpreter's last collections do
    not walk the whole heap (the window's widgets, ~33,000 objects): 25-30 ms of the exit.
    Files, the database and the lock are closed by then; the operating system takes the
    memory back."""
    import gc

    gc.enable()  # (on already, unless the window never got as far as its first paint)
    gc.freeze()


def _reconfigure_stdout() -> None:
    """Names in Arabic or Vietnamese must print on a Windows console too."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


if __name__ == "__main__":
    raise SystemExit(main())
