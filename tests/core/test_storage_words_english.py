"""The storage's own messages and the hours series speak the language in use (issue 12:
"every string a user can see comes from the translation")."""

from __future__ import annotations

from datetime import date

import pytest

from progressionsdialog.domain.company import HoursLevel, hours_series_text
from progressionsdialog.errors import NotFoundError, ValidationError
from progressionsdialog.i18n import speaking
from progressionsdialog.storage.projects import add_project, check_benefit_start, get_project


def test_the_hours_series_ends_in_the_language_in_use():
    levels = [HoursLevel(1, 1, date(2026, 1, 5), 12.5), HoursLevel(2, 1, date(2026, 3, 2), 32)]
    assert hours_series_text(levels) == "12,5 → 32 timer"
    with speaking("en"):
        assert hours_series_text(levels) == "12.5 → 32 hours"


def test_project_messages_speak_english_in_english(db):
    add_project(db, "Job-Kompas", date(2026, 1, 1))
    with speaking("en"):
        with pytest.raises(ValidationError, match="There is already a project called Job-Kompas"):
            add_project(db, "Job-Kompas", date(2026, 2, 1))
        with pytest.raises(NotFoundError, match="does not exist"):
            get_project(db, 999)
        with pytest.raises(ValidationError, match="in the future"):
            check_benefit_start(date(2027, 1, 1), None, date(2026, 1, 1))
        with pytest.raises(
            ValidationError, match=r"before the citizen's date of birth \(01/05/1990\)"
        ):
            check_benefit_start(date(1980, 1, 1), date(1990, 5, 1), date(2026, 1, 1))
    with pytest.raises(ValidationError, match="Der er allerede et projekt, der hedder Job-Kompas"):
        add_project(db, "Job-Kompas", date(2026, 2, 1))


def test_a_second_program_is_told_who_holds_the_database_in_the_language_in_use(tmp_path):
    from progressionsdialog.storage.instance_lock import DatabaseInUseError, InstanceLock

    with speaking("en"):
        held = InstanceLock(tmp_path).acquire()
        try:
            with pytest.raises(DatabaseInUseError) as refused:
                InstanceLock(tmp_path).acquire()
        finally:
            held.release()
    message = str(refused.value)
    assert "the Progressionsdialog window (process " in message
    assert "started " in message and "/" in message  # 25/11/2026, not 25-11-2026
    assert "(proces " not in message and "vinduet" not in message
    danish = r"Progressionsdialog-vinduet \(proces"
    with InstanceLock(tmp_path), pytest.raises(DatabaseInUseError, match=danish):
        InstanceLock(tmp_path).acquire()  # and in Danish as before


def test_a_pdf_with_nowhere_to_go_is_refused_in_the_language_in_use(tmp_path):
    from progressionsdialog.reports.document import ReportError, write_pdf

    missing = tmp_path / "findes-ikke" / "plan.pdf"
    with speaking("en"), pytest.raises(ReportError, match=r"does not exist\. Choose another place"):
        write_pdf(missing, [], title="Plan", subject="Plan", footer="Plan")
    with pytest.raises(ReportError, match=r"findes ikke\. Vælg en anden placering"):
        write_pdf(missing, [], title="Plan", subject="Plan", footer="Plan")
    assert not missing.parent.exists()
