"""The schema, built by numbered migrations with sqlite-utils' ``Migrations``.

A migration that has shipped is never edited: fix forward with a new one. Each runs in
one transaction together with the record that it ran. The schema covers every screen the
program plans (register, meetings and indicators, life wheel, HHH and plan, audit log), so
later screens fill tables rather than reshape them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from progressionsdialog.errors import SchemaTooNewError, StorageError
from progressionsdialog.i18n import _

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "progressionsdialog"
MIGRATIONS_TABLE = "_sqlite_migrations"  # where sqlite-utils' Migrations records each one

# The migrations in order, with whether each runs in a transaction. The ``Migrations`` set
# (``migrations``, sqlite-utils') is made from them when first wanted: a start on a database
# that is up to date needs only their names (``storage.database.open_connection``).
_STEPS: list[tuple[Callable, bool]] = []


def _migration(transactional: bool = True):
    def register(function: Callable) -> Callable:
        _STEPS.append((function, transactional))
        return function

    return register


def _migration_set() -> Migrations:
    made = globals().get("migrations")
    if made is None:
        from sqlite_utils.migrations import Migrations

        made = Migrations(MIGRATION_SET)
        for function, transactional in _STEPS:
            made(transactional=transactional)(function)
        globals()["migrations"] = made
    return made


def __getattr__(name: str):
    if name == "migrations":  # ``storage.migrations.migrations``: the set, made now
        return _migration_set()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


TARGET_GROUPS = (
    "jobparat",
    "aktivitetsparat",
    "sygedagpenge",
    "ressourceforloeb",
    "uddannelseshjaelp",
    "andet",
)
MEETING_KINDS = ("first", "follow_up", "round_table", "internship_follow_up", "other")
AREA_STATUSES = ("none", "works_well", "wants_change")
GOAL_KINDS = ("job", "education")
GOAL_STATUSES = ("active", "reached", "dropped")
STEP_OWNERS = ("citizen", "caseworker", "mentor", "company", "company_consultant", "other")
STEP_STATUSES = ("planned", "done", "not_done", "dropped")
EFFORT_KINDS = (
    "course",
    "mastery_course",
    "mentor",
    "company_internship",
    "wage_subsidy_job",
    "ordinary_hours",
    "education",
    "health_training",
    "addiction_treatment",
    "debt_counselling",
    "round_table_meeting",
    "other",
)
AUDIT_ACTIONS = (
    "view",
    "create",
    "update",
    "archive",
    "restore",
    "print",
    "export",
    "erase",
    "delete",
)


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


_SCHEMA_V1 = [
    """CREATE TABLE caseworkers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )""",
    "CREATE UNIQUE INDEX caseworkers_name ON caseworkers (name)",
    f"""CREATE TABLE citizens (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        birth_date TEXT,
        cpr TEXT CHECK (cpr IS NULL OR length(cpr) = 10),
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        target_group TEXT NOT NULL DEFAULT 'aktivitetsparat'
            CHECK (target_group IN {_in(TARGET_GROUPS)}),
        caseworker_id INTEGER REFERENCES caseworkers (id) ON DELETE SET NULL,
        note TEXT NOT NULL DEFAULT '',
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX citizens_caseworker ON citizens (caseworker_id)",
    f"""CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
        held_on TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'follow_up' CHECK (kind IN {_in(MEETING_KINDS)}),
        participants TEXT NOT NULL DEFAULT '',
        caseworker_id INTEGER REFERENCES caseworkers (id) ON DELETE SET NULL,
        tool_id TEXT NOT NULL DEFAULT 'halsnaes',
        tool_version TEXT NOT NULL DEFAULT '1',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX meetings_citizen ON meetings (citizen_id, held_on)",
    """CREATE TABLE indicator_scores (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        tool_id TEXT NOT NULL,
        tool_version TEXT NOT NULL,
        indicator_key TEXT NOT NULL,
        citizen_score INTEGER CHECK (citizen_score IS NULL OR citizen_score BETWEEN 1 AND 10),
        citizen_declined INTEGER NOT NULL DEFAULT 0 CHECK (citizen_declined IN (0, 1)),
        worker_score INTEGER CHECK (worker_score IS NULL OR worker_score BETWEEN 1 AND 10),
        shared_note TEXT NOT NULL DEFAULT '',
        private_note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        UNIQUE (meeting_id, indicator_key)
    )""",
    """CREATE TABLE life_wheels (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL UNIQUE REFERENCES meetings (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    f"""CREATE TABLE life_areas (
        id INTEGER PRIMARY KEY,
        wheel_id INTEGER NOT NULL REFERENCES life_wheels (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        score INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 10),
        status TEXT NOT NULL DEFAULT 'none' CHECK (status IN {_in(AREA_STATUSES)}),
        citizen_words TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX life_areas_wheel ON life_areas (wheel_id, position)",
    """CREATE TABLE hhh_answers (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
        meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
        life_area_id INTEGER REFERENCES life_areas (id) ON DELETE SET NULL,
        what TEXT NOT NULL DEFAULT '',
        why TEXT NOT NULL DEFAULT '',
        how TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX hhh_citizen ON hhh_answers (citizen_id)",
    f"""CREATE TABLE goals (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
        kind TEXT NOT NULL DEFAULT 'job' CHECK (kind IN {_in(GOAL_KINDS)}),
        citizen_wording TEXT NOT NULL DEFAULT '',
        worker_wording TEXT NOT NULL DEFAULT '',
        hhh_id INTEGER REFERENCES hhh_answers (id) ON DELETE SET NULL,
        agreed_meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN {_in(GOAL_STATUSES)}),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX goals_citizen ON goals (citizen_id)",
    """CREATE TABLE sub_goals (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        target_date TEXT,
        reached_on TEXT,
        agreed_meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX sub_goals_goal ON sub_goals (goal_id)",
    """CREATE TABLE milestones (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
        sub_goal_id INTEGER REFERENCES sub_goals (id) ON DELETE SET NULL,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        due_on TEXT,
        reached_on TEXT,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX milestones_goal ON milestones (goal_id)",
    f"""CREATE TABLE efforts (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN {_in(EFFORT_KINDS)}),
        provider TEXT NOT NULL DEFAULT '',
        starts_on TEXT NOT NULL,
        ends_on TEXT CHECK (ends_on IS NULL OR ends_on >= starts_on),
        agreed_goals TEXT NOT NULL DEFAULT '',
        result TEXT NOT NULL DEFAULT '',
        goal_id INTEGER REFERENCES goals (id) ON DELETE SET NULL,
        agreed_meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX efforts_citizen ON efforts (citizen_id, starts_on)",
    f"""CREATE TABLE steps (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
        goal_id INTEGER REFERENCES goals (id) ON DELETE SET NULL,
        sub_goal_id INTEGER REFERENCES sub_goals (id) ON DELETE SET NULL,
        effort_id INTEGER REFERENCES efforts (id) ON DELETE SET NULL,
        owner TEXT NOT NULL DEFAULT 'citizen' CHECK (owner IN {_in(STEP_OWNERS)}),
        owner_name TEXT NOT NULL DEFAULT '',
        what TEXT NOT NULL CHECK (length(trim(what)) > 0),
        due_on TEXT,
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN {_in(STEP_STATUSES)}),
        status_reason TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        agreed_meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX steps_citizen ON steps (citizen_id, status, due_on)",
    f"""CREATE TABLE step_reviews (
        id INTEGER PRIMARY KEY,
        step_id INTEGER NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
        meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
        status TEXT NOT NULL CHECK (status IN {_in(STEP_STATUSES)}),
        reason TEXT NOT NULL DEFAULT '',
        new_due_on TEXT,
        reviewed_at TEXT NOT NULL
    )""",
    "CREATE INDEX step_reviews_step ON step_reviews (step_id)",
    """CREATE TABLE appointments (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
        starts_at TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        bring TEXT NOT NULL DEFAULT '',
        booked_in_meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
        cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX appointments_citizen ON appointments (citizen_id, starts_at)",
    f"""CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL CHECK (action IN {_in(AUDIT_ACTIONS)}),
        citizen_ref INTEGER,
        entity TEXT NOT NULL DEFAULT '',
        entity_id INTEGER,
        detail TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX audit_citizen ON audit_log (citizen_ref, at)",
    # Append-only: the log can grow but never be rewritten.
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
]


@_migration()
def m001_create_schema(db: sqlite_utils.Database) -> None:
    for statement in _SCHEMA_V1:
        db.execute(statement)


def _v1_statement(start: str) -> str:
    (statement,) = [s for s in _SCHEMA_V1 if s.startswith(start)]
    return statement


AUDIT_HEAD_KEY = "audit_log_head"
# The triggers that keep the audit log append-only, as created; ``verify_audit_log`` checks
# that each is there with exactly this text.
AUDIT_GUARD_TRIGGERS = {
    "audit_log_no_update": _v1_statement("CREATE TRIGGER audit_log_no_update"),
    "audit_log_no_delete": _v1_statement("CREATE TRIGGER audit_log_no_delete"),
    # BEFORE INSERT fires before the conflict is resolved, so it stops INSERT OR REPLACE,
    # REPLACE and an upsert on an existing id too.
    "audit_log_no_replace": """CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
       WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
       BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    # The id and hash of the last row, in the same transaction: a cut-off end shows.
    # (UPDATE, not an upsert: an outer INSERT OR IGNORE would turn an upsert into IGNORE.)
    "audit_log_head": f"""CREATE TRIGGER audit_log_head AFTER INSERT ON audit_log
       BEGIN UPDATE settings SET value = NEW.id || ' ' || coalesce(NEW.hash, '')
       WHERE key = '{AUDIT_HEAD_KEY}'; END""",
}


@_migration()
def m002_audit_chain(db: sqlite_utils.Database) -> None:
    """Make the audit log tamper-evident: a hash chain over the rows that are there, in id
    order, a trigger against rewriting a row by INSERT OR REPLACE, and the head mark."""
    from progressionsdialog.storage.audit import HASHED_COLUMNS, row_hash

    db.execute("ALTER TABLE audit_log ADD COLUMN prev_hash TEXT")
    db.execute("ALTER TABLE audit_log ADD COLUMN hash TEXT")
    db.execute("DROP TRIGGER audit_log_no_update")  # put back below, unchanged
    prev, last_id = "", 0
    rows = db.execute(f"SELECT {HASHED_COLUMNS} FROM audit_log ORDER BY id").fetchall()
    for row in rows:
        digest = row_hash(prev, row)
        db.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", [prev, digest, row[0]]
        )
        prev, last_id = digest, row[0]
    for sql in AUDIT_GUARD_TRIGGERS.values():
        if not sql.startswith("CREATE TRIGGER audit_log_no_delete"):
            db.execute(sql)
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)", [AUDIT_HEAD_KEY, f"{last_id} {prev}"]
    )


@_migration()
def m003_erasures(db: sqlite_utils.Database) -> None:
    """The list of erased citizens (see ``erasures.py``), filled from the audit log's
    erasures so far (their ``created_at`` is not known any more: NULL)."""
    db.execute(
        """CREATE TABLE erasures (
        id INTEGER PRIMARY KEY,
        citizen_ref INTEGER NOT NULL,
        erased_at TEXT NOT NULL,
        citizen_created_at TEXT,
        UNIQUE (citizen_ref, erased_at)
    )"""
    )
    db.execute(
        """CREATE TRIGGER erasures_no_update BEFORE UPDATE ON erasures
       BEGIN SELECT RAISE(ABORT, 'erasures is append-only'); END"""
    )
    db.execute(
        """CREATE TRIGGER erasures_no_delete BEFORE DELETE ON erasures
       BEGIN SELECT RAISE(ABORT, 'erasures is append-only'); END"""
    )
    db.execute(
        "INSERT INTO erasures (citizen_ref, erased_at) SELECT citizen_ref, at FROM audit_log "
        "WHERE action = 'erase' AND citizen_ref IS NOT NULL ORDER BY id "
        "ON CONFLICT (citizen_ref, erased_at) DO NOTHING"
    )


REVISED_ENTITIES = ("hhh", "goal")


@_migration()
def m004_plan_life_cycle(db: sqlite_utils.Database) -> None:
    """Issue 13: every part of the plan ends on a day with a reason, steps and sub-goals keep
    the order the worker gives them, and earlier words of HHH answers and goals are kept.

    Positions are set to the order the screen and the prints showed until now (by date), so
    nothing jumps when the order becomes the worker's."""
    for statement in (
        "ALTER TABLE goals ADD COLUMN status_on TEXT",
        "ALTER TABLE goals ADD COLUMN status_reason TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE sub_goals ADD COLUMN dropped_on TEXT",
        "ALTER TABLE sub_goals ADD COLUMN status_reason TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE milestones ADD COLUMN dropped_on TEXT",
        "ALTER TABLE milestones ADD COLUMN status_reason TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE steps ADD COLUMN status_on TEXT",
        "ALTER TABLE step_reviews ADD COLUMN status_on TEXT",
        f"""CREATE TABLE plan_revisions (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
        entity TEXT NOT NULL CHECK (entity IN {_in(REVISED_ENTITIES)}),
        entity_id INTEGER NOT NULL,
        field TEXT NOT NULL,
        text TEXT NOT NULL,
        written_at TEXT NOT NULL
    )""",
        "CREATE INDEX plan_revisions_entity ON plan_revisions (entity, entity_id, field)",
        """UPDATE sub_goals SET position = (
            SELECT n FROM (SELECT id, row_number() OVER (PARTITION BY goal_id
                ORDER BY target_date IS NULL, target_date, id) AS n FROM sub_goals) AS o
            WHERE o.id = sub_goals.id)""",
        """UPDATE steps SET position = (
            SELECT n FROM (SELECT id, row_number() OVER (PARTITION BY citizen_id
                ORDER BY due_on IS NULL, due_on, position, id) AS n FROM steps) AS o
            WHERE o.id = steps.id)""",
    ):
        db.execute(statement)


OUTCOME_STATUSES = (
    "ordinary_job",
    "wage_subsidy_job",
    "education",
    "ordinary_hours",
    "flexjob",
    "unemployed",
    "moved_away",
    "other",
)
MEMBER_ROLES = ("participant", "control")


@_migration()
def m005_projects_and_outcomes(db: sqlite_utils.Database) -> None:
    """Issue 14: when a citizen's benefit started, projects with participants and a control
    group, and outcomes (job, education, unemployed …) with the date they were recorded."""
    for statement in (
        "ALTER TABLE citizens ADD COLUMN benefit_started_on TEXT",
        """CREATE TABLE projects (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        started_on TEXT NOT NULL,
        has_control_group INTEGER NOT NULL DEFAULT 0 CHECK (has_control_group IN (0, 1)),
        created_at TEXT NOT NULL
    )""",
        f"""CREATE TABLE project_members (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN {_in(MEMBER_ROLES)}),
        joined_on TEXT NOT NULL,
        UNIQUE (project_id, citizen_id)
    )""",
        "CREATE INDEX project_members_citizen ON project_members (citizen_id)",
        f"""CREATE TABLE outcomes (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN {_in(OUTCOME_STATUSES)}),
        recorded_on TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )""",
        "CREATE INDEX outcomes_citizen ON outcomes (citizen_id, recorded_on)",
    ):
        db.execute(statement)


CONTACT_ROLES = (
    "mentor",
    "company_consultant",
    "support_person",
    "doctor",
    "company",
    "caseworker",
    "other",
)


@_migration()
def m006_contacts(db: sqlite_utils.Database) -> None:
    """Issue 13: the people around the citizen, and steps owned by one of them."""
    db.execute(
        f"""CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        role TEXT NOT NULL DEFAULT 'other' CHECK (role IN {_in(CONTACT_ROLES)}),
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )"""
    )
    db.execute("CREATE INDEX contacts_citizen ON contacts (citizen_id)")
    db.execute(
        "ALTER TABLE steps ADD COLUMN contact_id INTEGER "
        "REFERENCES contacts (id) ON DELETE SET NULL"
    )


SCREENING_AREAS = (
    "education",
    "work_experience",
    "job_wishes",
    "danish",
    "health",
    "housing",
    "finances",
    "network",
    "caring_duties",
    "transport",
    "digital_skills",
)
SCREENING_STATUSES = ("not_talked", "resource", "barrier", "both")


@_migration()
def m007_screening(db: sqlite_utils.Database) -> None:
    """Issue 13: screening, step 1 of the three-step model. A dated screening per time it is
    done (the earlier ones kept), with one answer per area."""
    db.execute(
        """CREATE TABLE screenings (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
        meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
        screened_on TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )"""
    )
    db.execute("CREATE INDEX screenings_citizen ON screenings (citizen_id, screened_on)")
    db.execute(
        f"""CREATE TABLE screening_answers (
        id INTEGER PRIMARY KEY,
        screening_id INTEGER NOT NULL REFERENCES screenings (id) ON DELETE CASCADE,
        area TEXT NOT NULL CHECK (area IN {_in(SCREENING_AREAS)}),
        status TEXT NOT NULL DEFAULT 'not_talked' CHECK (status IN {_in(SCREENING_STATUSES)}),
        citizen_words TEXT NOT NULL DEFAULT '',
        worker_note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        UNIQUE (screening_id, area)
    )"""
    )


EFFORT_RESULTS = ("job", "extended", "stopped")


@_migration()
def m008_company_efforts(db: sqlite_utils.Database) -> None:
    """Issue 13: a company-directed effort as a record: the company and its people, hours a
    week over time, follow-up meetings at the company, and the result. Each row goes with its
    effort (ON DELETE CASCADE), so deleting an effort or erasing a citizen removes it."""
    for statement in (
        f"""CREATE TABLE company_efforts (
        id INTEGER PRIMARY KEY,
        effort_id INTEGER NOT NULL UNIQUE REFERENCES efforts (id) ON DELETE CASCADE,
        company_name TEXT NOT NULL CHECK (length(trim(company_name)) > 0),
        cvr TEXT NOT NULL DEFAULT '' CHECK (cvr = '' OR (length(cvr) = 8 AND cvr GLOB
            '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]')),
        address TEXT NOT NULL DEFAULT '',
        contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
        contact_name TEXT NOT NULL DEFAULT '',
        consultant_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
        consultant_name TEXT NOT NULL DEFAULT '',
        sub_goals TEXT NOT NULL DEFAULT '',
        result TEXT CHECK (result IS NULL OR result IN {_in(EFFORT_RESULTS)}),
        result_reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
        """CREATE TABLE effort_hours (
        id INTEGER PRIMARY KEY,
        effort_id INTEGER NOT NULL REFERENCES efforts (id) ON DELETE CASCADE,
        from_on TEXT NOT NULL,
        hours REAL NOT NULL CHECK (hours BETWEEN 0 AND 37),
        created_at TEXT NOT NULL,
        UNIQUE (effort_id, from_on)
    )""",
        """CREATE TABLE company_follow_ups (
        id INTEGER PRIMARY KEY,
        effort_id INTEGER NOT NULL REFERENCES efforts (id) ON DELETE CASCADE,
        held_on TEXT NOT NULL,
        company_view TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
        "CREATE INDEX company_follow_ups_effort ON company_follow_ups (effort_id, held_on)",
    ):
        db.execute(statement)


MEETING_KINDS_V9 = (*MEETING_KINDS, "job_interview")


@_migration(transactional=False)
def m009_meeting_kinds(db: sqlite_utils.Database) -> None:
    """Issue 13: meetings as the seed names them; "jobsamtale" is new. The stored kinds keep
    their values (first = visitationssamtale, internship_follow_up = samtale i virksomheden
    …); only the CHECK on ``meetings.kind`` takes one more.

    SQLite changes a CHECK only by building the table again (its 12-step procedure): foreign
    keys off, so that dropping the old table does not cascade to scores and wheels, then
    checked before the transaction commits. Outside a transaction, because the pragma is a
    no-op inside one; safe to run twice."""
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        if db.execute("PRAGMA foreign_keys").fetchone()[0]:
            raise StorageError(  # inside someone's transaction: never drop with cascade
                _("Databasen kunne ikke opdateres (samtaletyper). Intet er ændret.")
            )
        with db.atomic():
            (sql,) = db.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'meetings'"
            ).fetchone()
            rebuilt = "'job_interview'" not in sql
            if rebuilt:
                new = sql.replace(_in(MEETING_KINDS), _in(MEETING_KINDS_V9), 1)
                new = new.replace("CREATE TABLE meetings", "CREATE TABLE meetings_v9", 1)
                assert "'job_interview'" in new and "meetings_v9" in new
                db.execute(new)
                db.execute("INSERT INTO meetings_v9 SELECT * FROM meetings")
                db.execute("DROP TABLE meetings")
                db.execute("ALTER TABLE meetings_v9 RENAME TO meetings")
                db.execute("CREATE INDEX meetings_citizen ON meetings (citizen_id, held_on)")
            if db.execute("PRAGMA foreign_key_check").fetchone():
                raise StorageError(
                    _("Databasen kunne ikke opdateres (samtaletyper). Intet er ændret.")
                )
        if rebuilt:  # the old table's pages, free now, would hide a full disk for a while
            db.execute("VACUUM")
    finally:
        db.execute("PRAGMA foreign_keys = ON")


@_migration()
def m010_recommendations(db: sqlite_utils.Database) -> None:
    """Issue 13: the worker's recommended next step, for the next caseworker or the
    virksomhedskonsulent ("Start virksomhedspraktik i ældreplejen, 12 timer om ugen").

    Worker-only: never on the citizen's screen or printed plan. The history is kept: a new
    recommendation is a new row (``written_on`` its day), the latest is the one that counts.
    The rows go with the citizen (ON DELETE CASCADE), so erasure removes them."""
    db.execute(
        """CREATE TABLE recommendations (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        written_on TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )"""
    )
    db.execute("CREATE INDEX recommendations_citizen ON recommendations (citizen_id, written_on)")


def known_names() -> list[str]:
    made = globals().get("migrations")
    if made is not None:  # (as the set has them: a test may add one)
        return [m.name for m in made._migrations]
    return [function.__name__ for function, _transactional in _STEPS]


def pending_names(db: sqlite_utils.Database) -> list[str]:
    applied = {m.name for m in _migration_set().applied(db)}
    return [name for name in known_names() if name not in applied]


def schema_version(db: sqlite_utils.Database) -> int:
    """How many of this program's migrations the database has (0 for a new file)."""
    return len(_migration_set().applied(db))


def upgrade(db: sqlite_utils.Database) -> list[str]:
    """Apply pending migrations; refuse a database that knows migrations we do not."""
    migrations = _migration_set()
    applied = [m.name for m in migrations.applied(db)]
    unknown = [name for name in applied if name not in known_names()]
    if unknown:
        raise SchemaTooNewError(
            _(
                "Databasen er lavet af en nyere version af programmet (den kender ændringen "
                "{name}). Opdater programmet for at åbne den. Databasen er ikke ændret."
            ).format(name=unknown[-1])
        )
    pending = [m.name for m in migrations.pending(db)]
    if pending:
        migrations.apply(db)
    return pending
