"""The demo database: invented citizens built on the five real cases in the domain notes.

Dates are counted back from ``today``, so the history always ends recently. Deterministic:
the same ``today`` gives the same database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import sqlite_utils

from progressionsdialog import clock
from progressionsdialog.demo_course import NAME as COURSE_NAME
from progressionsdialog.demo_course import add_contacts, add_course
from progressionsdialog.domain.citizen import Citizen, CitizenDraft, TargetGroup
from progressionsdialog.domain.company import EffortResult
from progressionsdialog.domain.life_wheel import AreaStatus, LifeWheel
from progressionsdialog.domain.meeting import IndicatorScore, MeetingKind
from progressionsdialog.domain.plan import (
    Appointment,
    Effort,
    EffortKind,
    Goal,
    GoalKind,
    Hhh,
    Step,
    StepOwner,
    SubGoal,
)
from progressionsdialog.errors import StorageError
from progressionsdialog.paths import ensure_writable_dir
from progressionsdialog.storage import DB_FILENAME, open_database
from progressionsdialog.storage.appointments import book_next_meeting
from progressionsdialog.storage.caseworkers import ensure_caseworker
from progressionsdialog.storage.citizens import add_citizen, archive_citizen, count_citizens
from progressionsdialog.storage.efforts import save_effort
from progressionsdialog.storage.goals import save_goal, save_sub_goal
from progressionsdialog.storage.hhh import save_hhh
from progressionsdialog.storage.life_wheels import save_wheel
from progressionsdialog.storage.meetings import add_meeting, save_score
from progressionsdialog.storage.steps import save_step

KEYS = ("motivation", "personal_resources", "competences", "job_search")
F, U, R, P = (
    MeetingKind.FIRST,
    MeetingKind.FOLLOW_UP,
    MeetingKind.ROUND_TABLE,
    MeetingKind.INTERNSHIP_FOLLOW_UP,
)


@dataclass(frozen=True)
class DemoMeeting:
    days_ago: int
    kind: MeetingKind
    citizen: tuple[int | None, int | None, int | None, int | None]  # None: declined
    worker: tuple[int, int, int, int]
    said: str  # "what we talked about", in the citizen's words
    private: str = ""
    participants: str = "Borger, sagsbehandler"
    # "What we talked about" under the other three indicators, in order (may be left out).
    more: tuple[str, ...] = ()


@dataclass(frozen=True)
class DemoCase:
    name: str
    birth: str  # a date (dd-mm-yyyy) or a CPR number, relative years filled in below
    age: int
    group: TargetGroup
    worker: int  # index into CASEWORKERS
    phone: str
    meetings: tuple[DemoMeeting, ...]


CASEWORKERS = (("Mette Lund", "72 10 20 30"), ("Jonas Friis", "72 10 20 45"))

CASES = (
    DemoCase(
        "Louise Holm Madsen",
        "cpr",
        31,
        TargetGroup.ACTIVITY_READY,
        0,
        "28 14 55 02",
        (
            DemoMeeting(
                330,
                F,
                (3, 2, 3, 2),
                (2, 2, 3, 1),
                "Louise vil gerne arbejde med børn. Hun vil have en mentor.",
                "Tidligere stofmisbrug. Ryger stadig hash. Tager antidepressiv medicin.",
            ),
            DemoMeeting(
                270,
                U,
                (5, 3, 3, 3),
                (4, 3, 3, 2),
                "Mentor er på plads. Vi taler om praktik i en børnehave.",
            ),
            DemoMeeting(
                210,
                P,
                (7, 5, 4, 5),
                (6, 4, 4, 4),
                "Praktik i Solsikken er startet. Louise møder til tiden.",
                participants="Borger, sagsbehandler, mentor, leder i børnehaven",
            ),
            DemoMeeting(
                150,
                U,
                (4, 2, 4, 3),
                (3, 2, 4, 3),
                "Det har været en svær tid. Louise holdt pause fra praktikken.",
                "Tilbagefald efter hun selv trappede ned i medicin for tidligt.",
            ),
            DemoMeeting(
                90,
                U,
                (6, 4, 5, 5),
                (5, 4, 5, 5),
                "Louise er tilbage i praktik. Støttepersonen hjælper.",
            ),
            DemoMeeting(
                30,
                R,
                (8, 6, 6, 7),
                (8, 6, 6, 7),
                "Louise er optaget på PAU (pædagogisk assistent). Start efter nytår.",
                participants="Borger, sagsbehandler, mentor, uddannelsesvejleder",
            ),
        ),
    ),
    DemoCase(
        "Sabina Østergaard",
        "date",
        36,
        TargetGroup.ACTIVITY_READY,
        0,
        "31 22 40 18",
        (
            DemoMeeting(
                300,
                F,
                (2, 2, 6, 1),
                (3, 2, 6, 2),
                "Sabina har tre børn. Hun vil ikke tilbage som klinikassistent.",
                "Depression. Voldelig eksmand, sag hos politiet.",
            ),
            DemoMeeting(
                240,
                U,
                (3, 3, 6, 2),
                (3, 3, 6, 2),
                "Vi taler om, hvad hun kunne tænke sig. Måske alternativ behandling.",
            ),
            DemoMeeting(
                180,
                U,
                (5, 4, 7, 5),
                (5, 4, 7, 4),
                "Sabina har selv fundet praktik hos en tandplejer.",
            ),
            DemoMeeting(
                120,
                P,
                (6, 5, 7, 6),
                (6, 5, 8, 6),
                "Praktikken går godt. Tandplejeren er glad for hende.",
                participants="Borger, sagsbehandler, virksomhedskonsulent",
            ),
            DemoMeeting(
                21,
                U,
                (7, 6, 8, 7),
                (7, 6, 8, 7),
                "Målet er ansættelse. Så kan hun spare op til uddannelse.",
            ),
        ),
    ),
    DemoCase(
        "Bent Åge Kristiansen",
        "cpr",
        58,
        TargetGroup.ACTIVITY_READY,
        1,
        "",
        (
            DemoMeeting(
                400,
                F,
                (5, 3, 6, 2),
                (4, 3, 6, 2),
                "Bent er elektriker. Han ved godt, hvad han vil: tilbage i faget.",
                "Alkohol. Sover om dagen, vågen om natten.",
            ),
            DemoMeeting(
                320,
                U,
                (5, 3, 6, 2),
                (4, 3, 6, 2),
                "Bent har ikke søgt noget. Han siger, det er svært at komme i gang.",
            ),
            DemoMeeting(
                240, U, (5, 3, None, 2), (4, 3, 6, 2), "Vi har ikke fundet en praktik endnu."
            ),
            DemoMeeting(
                160,
                U,
                (5, 3, 6, 3),
                (4, 3, 6, 2),
                "Bent vil gerne have hjælp fra en virksomhedskonsulent.",
            ),
            DemoMeeting(
                80,
                U,
                (5, 3, 6, 2),
                (4, 3, 6, 2),
                "Ingen ændring. Bent vil gerne have en mentor.",
                "Overlevering til virksomhedskonsulent og mentor mangler stadig.",
            ),
            DemoMeeting(
                14,
                U,
                (5, 3, 6, 2),
                (4, 3, 6, 2),
                "Bent holder fast. Vi aftaler et møde med en virksomhedskonsulent.",
            ),
        ),
    ),
    DemoCase(
        "Hanne Bøgh",
        "cpr",
        42,
        TargetGroup.ACTIVITY_READY,
        1,
        "40 11 72 93",
        (
            DemoMeeting(
                420,
                F,
                (2, 3, 1, 1),
                (3, 3, 2, 1),
                "Hanne ønsker pension. Hun siger, hun er dum.",
                "Gigt i hænderne. Har aldrig haft et rigtigt job.",
                more=("Gigten gør ondt om morgenen.", "", "Hanne har aldrig søgt et job."),
            ),
            DemoMeeting(
                360,
                U,
                (3, 4, 2, 2),
                (3, 4, 3, 2),
                "Hanne er startet på et mestringskursus.",
                more=("Hun har været med hver tirsdag.", "Hun vil lede efter sine papirer."),
            ),
            DemoMeeting(
                300,
                U,
                (5, 5, 5, 3),
                (5, 5, 5, 3),
                "Hanne har fundet sit gamle eksamensbevis. Hun havde gode karakterer!",
                more=("", "Hun vil gerne arbejde med ældre.", "Ole finder et plejecenter."),
            ),
            DemoMeeting(
                240,
                P,
                (6, 5, 5, 4),
                (6, 5, 6, 5),
                "Praktik på Solgården i aftenvagter. Det passer med gigten.",
                participants="Borger, sagsbehandler, virksomhedskonsulent, plejecenter",
                more=("Hanne er træt efter vagten.", "", "Næste mål er 20 timer om ugen."),
            ),
            DemoMeeting(
                150,
                U,
                (7, 6, 6, 6),
                (7, 6, 7, 6),
                "Hanne har fået løntilskud i seks måneder.",
                more=("Hun klarer 32 timer.", "", "Solgården vil gerne ansætte hende."),
            ),
            DemoMeeting(
                35,
                R,
                (9, 7, 8, 8),
                (9, 7, 8, 8),
                "Hanne har fået fast job på fuld tid. Det første ordinære job!",
                participants="Borger, sagsbehandler, leder på plejecentret",
                more=(
                    "Hun har ikke fundet et hold til træning.",
                    "Hun kan selv tage en aftenvagt.",
                    "Pia ringer hver anden uge det første halve år.",
                ),
            ),
        ),
    ),
    DemoCase(
        "Nguyễn Thị Lan",
        "date",
        47,
        TargetGroup.SICKNESS_BENEFIT,
        0,
        "22 61 09 84",
        (
            DemoMeeting(
                200,
                F,
                (6, 3, 4, 3),
                (6, 3, 5, 3),
                "Lan har en uddannelse fra Vietnam. Hun vil gerne være lærer.",
                "Diskusprolaps. Arbejdede 15 år på et vaskeri.",
            ),
            DemoMeeting(
                150, U, (7, 4, 5, 5), (7, 4, 5, 4), "Lan starter som støttelærer 12 timer om ugen."
            ),
            DemoMeeting(
                100,
                P,
                (8, 5, 6, 6),
                (8, 5, 6, 6),
                "Nu 20 timer om ugen. Ryggen holder.",
                participants="Borger, sagsbehandler, skoleleder",
            ),
            DemoMeeting(
                50,
                U,
                (8, 6, 7, 7),
                (8, 6, 7, 7),
                "Nu 32 timer om ugen. Skolen vil gerne ansætte med løntilskud.",
            ),
            DemoMeeting(10, U, (9, 7, 7, 8), (8, 7, 7, 8), "Løntilskudsjob på skolen er aftalt."),
        ),
    ),
)

# Life wheels at the first and the latest meeting: (area, score first, score latest, wish).
WHEELS = {
    "Sabina Østergaard": (
        ("Børn", 6, 8, ""),
        ("Hjem", 4, 6, ""),
        ("Netværk", 2, 5, "Jeg vil have flere venner"),
        ("Job", 2, 6, "Jeg vil i arbejde igen"),
        ("Helbred", 3, 5, ""),
        ("Økonomi", 2, 3, ""),
        ("Tryghed", 2, 6, ""),
    ),
}  # Hanne's three wheels are in demo_course.py, with the rest of her year.

# Efforts: (kind, provider, started days ago, ended days ago or None, agreed goals, result).
EFFORTS = {
    "Louise Holm Madsen": (
        (EffortKind.MENTOR, "Mentorkorpset", 300, None, "Støtte til at møde stabilt.", ""),
        (
            EffortKind.COMPANY_INTERNSHIP,
            "Børnehaven Solsikken",
            220,
            100,
            "Møde til tiden tre dage om ugen.",
            "Gennemført efter en pause.",
        ),
    ),
    "Sabina Østergaard": (
        (
            EffortKind.COMPANY_INTERNSHIP,
            "Tandplejer Mette Vang",
            170,
            None,
            "Fire dage om ugen. Lære klinikkens system.",
            "",
        ),
    ),
    "Hanne Bøgh": (
        (
            EffortKind.MASTERY_COURSE,
            "Jobcentrets mestringskursus",
            370,
            310,
            "Deltage hver gang.",
            "Fandt sit gamle eksamensbevis.",
        ),
        (
            EffortKind.COMPANY_INTERNSHIP,
            "Plejecenter Solgården",
            250,
            160,
            "Aftenvagter, så gigten kan følge med.",
            "Gik godt. Tilbud om løntilskud.",
        ),
        (
            EffortKind.WAGE_SUBSIDY_JOB,
            "Plejecenter Solgården",
            155,
            40,
            "Seks måneder i aftenvagter.",
            "Fast job på fuld tid.",
        ),
    ),
    "Nguyễn Thị Lan": (
        (
            EffortKind.ORDINARY_HOURS,
            "Byskolen",
            150,
            15,
            "Støttelærer, 12 timer op til 32.",
            "Skolen vil ansætte med løntilskud.",
        ),
        (EffortKind.WAGE_SUBSIDY_JOB, "Byskolen", 10, None, "Lærerassistent på skolen.", ""),
    ),
}

# Next meetings booked: (in days, place, what to bring). The rest show the follow-up flag.
BOOKED = {
    "Louise Holm Madsen": (9, "Jobcentret, lokale 3", "Brev fra skolen"),
    "Sabina Østergaard": (14, "Tandplejen, Storegade 4", ""),
    "Nguyễn Thị Lan": (21, "Byskolen", "Lønsedler"),
    "Hanne Bøgh": (28, "Plejecenter Solgården", "Din vagtplan"),
}

# Plans: (goal kind, goal in the citizen's words, worker's wording, HHH, sub-goals, steps).
# Hanne's whole year is in demo_course.py. Sabina Østergaard is kept without a plan,
# screening or contacts (her meetings, wheels and internship stay): the plan screen's tests
# (tests/ui/plan/conftest.py, PLAN_FREE) make her plan from nothing, so keep her plan-free.
PLANS = {
    "Louise Holm Madsen": (
        "education",
        "Blive pædagogisk assistent",
        "Gennemføre PAU fra januar",
        ("Arbejde med børn", "Jeg er god med børn, og jeg vil have en uddannelse", ""),
        (("Søge SU", 20), ("Starte på PAU", 45)),
        (("citizen", "Søg SU på minSU.dk", 10), ("mentor", "Gå med til introdagen", 30)),
    ),
}

EXTRA = (
    ("أمينة حسن", "date", 29, TargetGroup.EDUCATION_AID, False),
    ("Poul Arkiv-Eksempel", "", 61, TargetGroup.OTHER, True),
)


def _more(item: DemoMeeting, n: int) -> str:
    return item.more[n - 1] if n - 1 < len(item.more) else ""


def _birth(kind: str, age: int, today: date, serial: int) -> str:
    """A birth date ``age`` years back, as a date or a CPR number with the right century digit."""
    born = date(today.year - age, 1 + serial % 12, 3 + serial)
    if (born.month, born.day) > (today.month, today.day):  # birthday still to come this year
        born = born.replace(year=born.year - 1)
    if kind == "cpr":
        seventh = 0 if born.year < 2000 else 4
        return f"{born:%d%m%y}-{seventh}{serial:03d}"
    return f"{born:%d-%m-%Y}" if kind == "date" else ""


def build_demo(db: sqlite_utils.Database, today: date | None = None) -> list[Citizen]:
    """Fill an empty, migrated database with demo caseworkers, citizens and meetings."""
    today = today or clock.today()
    workers = [ensure_caseworker(db, name, phone) for name, phone in CASEWORKERS]
    citizens = []
    for serial, case in enumerate(CASES, start=1):
        draft = CitizenDraft(
            name=case.name,
            birth_or_cpr=_birth(case.birth, case.age, today, serial),
            phone=case.phone,
            target_group=case.group,
            caseworker_id=workers[case.worker].id,
        )
        citizen = add_citizen(db, draft)
        citizens.append(citizen)
        meeting_ids = []
        contacts = add_contacts(db, citizen.id) if case.name == COURSE_NAME else {}
        for item in case.meetings:
            meeting = add_meeting(
                db,
                citizen.id,
                today - timedelta(days=item.days_ago),
                item.kind,
                item.participants,
                workers[case.worker].id,
            )
            meeting_ids.append(meeting.id)
            for n, key in enumerate(KEYS):
                own = item.citizen[n]
                save_score(
                    db,
                    meeting,
                    IndicatorScore(
                        key,
                        own,
                        item.worker[n],
                        citizen_declined=own is None,
                        shared_note=item.said if n == 0 else _more(item, n),
                        private_note=item.private if n == 1 else "",
                    ),
                )
        for kind, provider, started, ended, agreed, result in EFFORTS.get(case.name, ()):
            effort = save_effort(
                db,
                Effort(
                    None,
                    citizen.id,
                    kind,
                    today - timedelta(days=started),
                    today - timedelta(days=ended) if ended is not None else None,
                    provider,
                    agreed,
                    result,
                ),
            )
            company = COMPANY_RECORDS.get((case.name, kind))
            if company is not None:
                _add_company_record(db, effort, company, today, contacts)
        if case.name in BOOKED:
            days, place, bring = BOOKED[case.name]
            when = datetime.combine(today + timedelta(days=days), time(10, 0))
            if when > clock.now():  # a demo built for a day long past books nothing
                book_next_meeting(
                    db, Appointment(None, citizen.id, when, place, bring), meeting_ids[-1]
                )
        if case.name in PLANS:
            _add_plan(db, citizen.id, meeting_ids[-1], PLANS[case.name], today)
        if case.name in WHEELS:
            _add_wheels(db, WHEELS[case.name], meeting_ids[0], meeting_ids[-1])
        if case.name in SCREENINGS:
            _add_screening(db, citizen.id, meeting_ids[0], SCREENINGS[case.name])
        if case.name == COURSE_NAME:
            held = dict(zip((m.days_ago for m in case.meetings), meeting_ids, strict=True))
            add_course(db, citizen.id, held, contacts, today)
    for serial, (name, kind, age, group, archived) in enumerate(EXTRA, start=len(CASES) + 1):
        draft = CitizenDraft(
            name=name,
            birth_or_cpr=_birth(kind, age, today, serial),
            target_group=group,
            caseworker_id=workers[0].id,
        )
        citizen = add_citizen(db, draft)
        if archived:
            citizen = archive_citizen(db, citizen.id)
        citizens.append(citizen)
    return citizens


# Company-directed efforts as records (seed 003's 42-year-old woman): (name, effort kind) →
# (CVR, address, contact person, virksomhedskonsulent — typed, or the key of a contact in
# demo_course.CONTACTS —, sub-goals, hours a week as
# (days ago, hours), follow-ups at the company as (days ago, the company's view, notes),
# result or None, its reason).
COMPANY_RECORDS = {
    ("Hanne Bøgh", EffortKind.COMPANY_INTERNSHIP): (
        "29184756",
        "Solgårdsvej 12, 3300 Frederiksværk",
        "company",
        "consultant",
        "Møde til tiden til aftenvagten\nHjælpe tre beboere med aftensmaden\n"
        "Arbejde 32 timer om ugen",
        ((250, 12), (215, 20), (185, 32)),
        (
            (
                225,
                "Hanne møder til tiden. Beboerne er glade for hende.",
                "Hun er træt efter 4 timer.",
            ),
            (175, "Hun klarer 32 timer. Vi vil gerne tilbyde løntilskud.", "Gigten er i ro."),
        ),
        None,
        "",
    ),
    ("Hanne Bøgh", EffortKind.WAGE_SUBSIDY_JOB): (
        "29184756",
        "Solgårdsvej 12, 3300 Frederiksværk",
        "company",
        "consultant",
        "Aftenvagter på egen hånd\nSocial- og sundhedshjælper-opgaver",
        ((155, 32), (95, 37)),
        ((100, "Hanne er en fast del af holdet.", "Vi taler om fast ansættelse."),),
        EffortResult.JOB,
        "Fast job på fuld tid.",
    ),
}


def _add_company_record(
    db: sqlite_utils.Database, effort: Effort, record, today: date, contacts: dict[str, int]
) -> None:
    from progressionsdialog.domain.company import CompanyDetails, CompanyFollowUp, HoursLevel
    from progressionsdialog.storage.company_efforts import save_details
    from progressionsdialog.storage.company_follow_ups import save_follow_up
    from progressionsdialog.storage.effort_hours import save_hours

    cvr, address, contact, consultant, sub_goals, hours, visits, result, reason = record
    save_details(
        db,
        CompanyDetails(
            None,
            effort.id,
            effort.provider,
            cvr,
            address,
            contact_id=contacts.get(contact),
            contact_name="" if contact in contacts else contact,
            consultant_id=contacts.get(consultant),
            consultant_name="" if consultant in contacts else consultant,
            sub_goals=sub_goals,
            result=result,
            result_reason=reason,
        ),
    )
    for days_ago, per_week in hours:
        save_hours(db, HoursLevel(None, effort.id, today - timedelta(days=days_ago), per_week))
    for days_ago, view, notes in visits:
        save_follow_up(
            db, CompanyFollowUp(None, effort.id, today - timedelta(days=days_ago), view, notes)
        )


# Step 1 of the three-step model, at the first meeting: area → (status, citizen's words).
SCREENINGS = {
    "Louise Holm Madsen": {
        "education": ("barrier", "Jeg gik ud af 9. klasse."),
        "job_wishes": ("resource", "Jeg vil arbejde med børn."),
        "health": ("both", "Jeg tager medicin. Det hjælper, men jeg bliver let stresset."),
        "network": ("resource", "Min mentor og min støtteperson."),
        "danish": ("resource", ""),
    },
}


def _add_screening(db: sqlite_utils.Database, citizen_id: int, meeting_id: int, areas) -> None:
    from dataclasses import replace

    from progressionsdialog.domain.screening import AreaStatus, ScreeningArea
    from progressionsdialog.storage.screening import save_answer, start_screening

    screening = start_screening(db, citizen_id, meeting_id=meeting_id)
    for key, (status, words) in areas.items():
        area = ScreeningArea(key)
        answer = replace(screening.answer(area), status=AreaStatus(status), citizen_words=words)
        save_answer(db, screening.id, answer)


def _add_plan(db: sqlite_utils.Database, citizen_id: int, meeting_id: int, plan, today) -> None:
    kind, own, worker, (what, why, how), sub_goals, steps = plan
    hhh = save_hhh(db, Hhh(None, citizen_id, what, why, how, meeting_id))
    goal = save_goal(
        db, Goal(None, citizen_id, GoalKind(kind), own, worker, hhh_id=hhh.id), meeting_id
    )
    for title, days in sub_goals:
        save_sub_goal(db, SubGoal(None, goal.id, title, today + timedelta(days=days)))
    for owner, what_to_do, days in steps:
        save_step(
            db,
            Step(
                None,
                citizen_id,
                what_to_do,
                StepOwner(owner),
                today + timedelta(days=days),
                goal_id=goal.id,
                agreed_meeting_id=meeting_id,
            ),
        )


def _add_wheels(db: sqlite_utils.Database, areas, first_id: int, latest_id: int) -> None:
    for meeting_id, column in ((first_id, 1), (latest_id, 2)):
        wheel = LifeWheel.from_names([area[0] for area in areas])
        for index, area in enumerate(areas):
            wheel = wheel.set_score(index, area[column])
            if area[3]:
                wheel = wheel.set_status(index, AreaStatus.WANTS_CHANGE, area[3])
            elif area[column] >= 7:
                wheel = wheel.set_status(index, AreaStatus.WORKS_WELL)
        save_wheel(db, meeting_id, wheel)


def create_demo_database(
    data_dir: Path,
    *,
    force: bool = False,
    today: date | None = None,
    with_project: bool = False,
) -> Path:
    """Create ``DATA_DIR/progressionsdialog.db`` as a demo database.

    An existing database with citizens is never replaced unless ``force`` is given.
    ``with_project`` adds the project "JobStart" with 80 archived citizens for the statistics.
    """
    data_dir = ensure_writable_dir(Path(data_dir))
    path = data_dir / DB_FILENAME
    if path.exists():
        if not force:
            db = open_database(path)
            try:
                has_citizens = count_citizens(db) > 0
            finally:
                db.close()
            if has_citizens:
                raise StorageError(
                    f"Der er allerede en database med borgere i {data_dir}. Den er ikke ændret. "
                    "Vælg en tom mappe til demo-databasen."
                )
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    db = open_database(path)
    try:
        build_demo(db, today)
        if with_project:  # the statistics' cohort (the program's demo; tests keep it small)
            from progressionsdialog.demo_project import build_demo_project

            build_demo_project(db, today or clock.today())
    finally:
        db.close()
    return path
