"""The citizen's plan: HHH answers, the goal, sub-goals, milestones, steps, efforts, next meeting.

Words are kept as the citizen typed them. Empty HHH answers are allowed and shown as
"not yet decided" rather than as blanks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from progressionsdialog.domain.lifecycle import Outcome, outcome_of
from progressionsdialog.domain.text import validate_text
from progressionsdialog.errors import ValidationError
from progressionsdialog.i18n import _

NOT_DECIDED = "Ikke besluttet endnu"
STEP_TEXT_MAX = 5_000
PLAN_TEXT_MAX = 5_000


class GoalKind(StrEnum):
    JOB = "job"
    EDUCATION = "education"

    @property
    def label(self) -> str:
        return _({"job": "Job", "education": "Uddannelse"}[self.value])


class GoalStatus(StrEnum):
    ACTIVE = "active"
    REACHED = "reached"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return _({"active": "Aktivt", "reached": "Nået", "dropped": "Opgivet"}[self.value])


class StepOwner(StrEnum):
    CITIZEN = "citizen"
    CASEWORKER = "caseworker"
    MENTOR = "mentor"
    COMPANY = "company"
    COMPANY_CONSULTANT = "company_consultant"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _(STEP_OWNER_LABELS[self])


STEP_OWNER_LABELS = {
    StepOwner.CITIZEN: "Borger",
    StepOwner.CASEWORKER: "Sagsbehandler",
    StepOwner.MENTOR: "Mentor",
    StepOwner.COMPANY: "Virksomhed",
    StepOwner.COMPANY_CONSULTANT: "Virksomhedskonsulent",
    StepOwner.OTHER: "Andre",
}


STEP_STATUS_LABELS = {
    "planned": "Aftalt",
    "done": "Gjort",
    "not_done": "Ikke gjort",
    "dropped": "Droppet",
}


class StepStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    NOT_DONE = "not_done"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return _(STEP_STATUS_LABELS[self.value])

    @property
    def is_open(self) -> bool:
        return self in (StepStatus.PLANNED, StepStatus.NOT_DONE)


class EffortTrack(StrEnum):
    """Seed 003: the job track is the main one; social and health efforts run beside it."""

    JOB = "job"
    SOCIAL = "social"
    HEALTH = "health"

    @property
    def label(self) -> str:
        return _(TRACK_LABELS[self])


TRACK_LABELS = {
    EffortTrack.JOB: "Jobsporet",
    EffortTrack.SOCIAL: "Det sociale spor",
    EffortTrack.HEALTH: "Sundhedssporet",
}


class EffortKind(StrEnum):
    COURSE = "course"
    MASTERY_COURSE = "mastery_course"
    MENTOR = "mentor"
    COMPANY_INTERNSHIP = "company_internship"
    WAGE_SUBSIDY_JOB = "wage_subsidy_job"
    ORDINARY_HOURS = "ordinary_hours"
    EDUCATION = "education"
    HEALTH_TRAINING = "health_training"
    ADDICTION_TREATMENT = "addiction_treatment"
    DEBT_COUNSELLING = "debt_counselling"
    ROUND_TABLE_MEETING = "round_table_meeting"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _(EFFORT_LABELS[self])

    @property
    def track(self) -> EffortTrack:
        """Which parallel track the effort runs in.

        >>> EffortKind.COMPANY_INTERNSHIP.track.label, EffortKind.DEBT_COUNSELLING.track.label
        ('Jobsporet', 'Det sociale spor')
        """
        return _TRACKS.get(self, EffortTrack.JOB)

    @property
    def sensitive(self) -> bool:
        """Health and addiction: left out of the citizen's print unless ticked in."""
        return self in (EffortKind.HEALTH_TRAINING, EffortKind.ADDICTION_TREATMENT)


EFFORT_LABELS = {
    EffortKind.COURSE: "Kursus",
    EffortKind.MASTERY_COURSE: "Mestringskursus",
    EffortKind.MENTOR: "Mentor",
    EffortKind.COMPANY_INTERNSHIP: "Virksomhedspraktik",
    EffortKind.WAGE_SUBSIDY_JOB: "Løntilskud",
    EffortKind.ORDINARY_HOURS: "Ordinære timer",
    EffortKind.EDUCATION: "Uddannelse",
    EffortKind.HEALTH_TRAINING: "Sundhed og træning",
    EffortKind.ADDICTION_TREATMENT: "Misbrugsbehandling",
    EffortKind.DEBT_COUNSELLING: "Gældsrådgivning",
    EffortKind.ROUND_TABLE_MEETING: "Rundbordssamtale",
    EffortKind.OTHER: "Andet",
}


_TRACKS = {
    EffortKind.MASTERY_COURSE: EffortTrack.SOCIAL,
    EffortKind.DEBT_COUNSELLING: EffortTrack.SOCIAL,
    EffortKind.HEALTH_TRAINING: EffortTrack.HEALTH,
    EffortKind.ADDICTION_TREATMENT: EffortTrack.HEALTH,
}


@dataclass(frozen=True, slots=True)
class Hhh:
    """Hvad, hvorfor, hvordan: the citizen's own answers."""

    id: int | None
    citizen_id: int
    what: str = ""
    why: str = ""
    how: str = ""
    meeting_id: int | None = None
    life_area_id: int | None = None

    def shown(self, field: str) -> str:
        return getattr(self, field) or _(NOT_DECIDED)


@dataclass(frozen=True, slots=True)
class Goal:
    id: int | None
    citizen_id: int
    kind: GoalKind = GoalKind.JOB
    citizen_wording: str = ""
    worker_wording: str = ""
    status: GoalStatus = GoalStatus.ACTIVE
    hhh_id: int | None = None
    status_on: date | None = None  # the day it was reached or dropped
    status_reason: str = ""
    created_on: date | None = None


@dataclass(frozen=True, slots=True)
class SubGoal:
    id: int | None
    goal_id: int
    title: str
    target_date: date | None = None
    reached_on: date | None = None
    dropped_on: date | None = None
    status_reason: str = ""

    @property
    def outcome(self) -> Outcome:
        return outcome_of(self.reached_on, self.dropped_on)


@dataclass(frozen=True, slots=True)
class Milestone:
    id: int | None
    goal_id: int
    title: str
    due_on: date | None = None
    reached_on: date | None = None
    sub_goal_id: int | None = None
    dropped_on: date | None = None
    status_reason: str = ""

    @property
    def outcome(self) -> Outcome:
        return outcome_of(self.reached_on, self.dropped_on)


@dataclass(frozen=True, slots=True)
class Step:
    id: int | None
    citizen_id: int
    what: str
    owner: StepOwner = StepOwner.CITIZEN
    due_on: date | None = None
    status: StepStatus = StepStatus.PLANNED
    status_reason: str = ""
    owner_name: str = ""
    goal_id: int | None = None
    sub_goal_id: int | None = None
    effort_id: int | None = None
    agreed_meeting_id: int | None = None
    status_on: date | None = None  # the day it was done, not done or dropped
    contact_id: int | None = None  # owned by a named person in the citizen's contact list


@dataclass(frozen=True, slots=True)
class Effort:
    id: int | None
    citizen_id: int
    kind: EffortKind
    starts_on: date
    ends_on: date | None = None
    provider: str = ""
    agreed_goals: str = ""
    result: str = ""
    goal_id: int | None = None

    @property
    def ongoing(self) -> bool:
        """No end date: the seed warns that 3 months of internship is often not enough."""
        return self.ends_on is None


@dataclass(frozen=True, slots=True)
class Appointment:
    id: int | None
    citizen_id: int
    starts_at: datetime
    place: str = ""
    bring: str = ""


def validate_step(step: Step, meeting_date: date | None) -> Step:
    """A step needs words; its deadline cannot lie before the meeting that agreed it."""
    what = validate_text(step.what, "what", "Skridtet", max_length=STEP_TEXT_MAX)
    if not what:
        raise ValidationError("what", _("Skriv, hvad skridtet er."))
    if step.due_on and meeting_date and step.due_on < meeting_date:
        raise ValidationError(
            "due_on", _("Fristen ligger før samtalen, hvor skridtet blev aftalt.")
        )
    if step.status is StepStatus.NOT_DONE and not step.status_reason.strip():
        raise ValidationError("status_reason", _("Skriv kort, hvorfor skridtet ikke blev gjort."))
    return step.__class__(**{**_fields(step), "what": what})


def validate_effort(effort: Effort) -> Effort:
    if effort.ends_on and effort.ends_on < effort.starts_on:
        raise ValidationError("ends_on", _("Indsatsen kan ikke slutte, før den begynder."))
    for field, label in (
        ("provider", _("Stedet")),
        ("agreed_goals", _("Målene")),
        ("result", _("Resultatet")),
    ):
        validate_text(getattr(effort, field), field, label, max_length=PLAN_TEXT_MAX)
    return effort


def _fields(obj) -> dict:
    return {name: getattr(obj, name) for name in obj.__dataclass_fields__}
