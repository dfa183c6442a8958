"""The people around a citizen on the plan tab: added, checked, edited, owning a step, and deleted
after a question that names the steps they own – with Ctrl+Z to bring them back."""

from __future__ import annotations

from progressionsdialog.domain.contacts import Contact, ContactRole
from progressionsdialog.domain.plan import Step, StepOwner
from progressionsdialog.storage.contacts import list_contacts, save_contact
from progressionsdialog.storage.steps import get_step, list_steps, save_step


def test_a_person_is_added_checked_edited_and_owns_a_step(plan, demo_db, user):
    people = plan.contacts_section
    user.type_into(people.contact_name, "Kim Holm")
    people.contact_role.setCurrentIndex(people.contact_role.findData("company_consultant"))
    user.type_into(people.contact_phone, "20 30 40 5x")
    user.type_into(people.contact_email, "kh@job.dk")
    user.press(people, "Tilføj person")
    assert "Telefonnummeret skal være cifre" in plan.error.text()
    assert people.contact_name.text() == "Kim Holm"  # nothing typed is lost
    assert list_contacts(demo_db, plan.cid) == []
    user.type_into(people.contact_phone, "20 30 40 50")
    user.press(people, "Tilføj person")
    [kim] = list_contacts(demo_db, plan.cid)
    assert (kim.name, kim.role, kim.phone, kim.email) == (
        "Kim Holm",
        ContactRole.COMPANY_CONSULTANT,
        "20 30 40 50",
        "kh@job.dk",
    )
    row = [people.contacts.item(0, c).text() for c in range(4)]
    assert row == ["Kim Holm", "Virksomhedskonsulent", "20 30 40 50", "kh@job.dk"]
    assert people.contact_name.text() == ""

    steps = plan.steps_section
    steps.step_owner.setCurrentIndex(steps.step_owner.findText("Kim Holm (Virksomhedskonsulent)"))
    user.type_into(steps.step_what, "Find praktiksted i ældreplejen")
    user.press(steps, "Tilføj skridt")
    [step] = list_steps(demo_db, plan.cid)
    assert (step.contact_id, step.owner) == (kim.id, StepOwner.COMPANY_CONSULTANT)
    assert steps.steps.item(0, 0).text() == "Virksomhedskonsulent\nKim Holm"

    user.choose_row(people.contacts, 0)
    user.press(people, "Ret")
    user.type_into(people.contact_name, "Kim Holm Jensen")
    user.press(people, "Gem ændring")
    assert list_contacts(demo_db, plan.cid)[0].name == "Kim Holm Jensen"
    assert steps.steps.item(0, 0).text() == "Virksomhedskonsulent\nKim Holm Jensen"
    user.choose_row(steps.steps, 0)
    user.press(steps, "Ret")
    assert steps.step_owner.currentText() == "Kim Holm Jensen (Virksomhedskonsulent)"


def test_deleting_a_person_who_owns_steps_names_them_and_ctrl_z_brings_all_back(
    plan, demo_db, user
):
    anna = save_contact(demo_db, Contact(None, plan.cid, "Anna Berg", ContactRole.MENTOR))
    step = save_step(demo_db, Step(None, plan.cid, "Mød op hver tirsdag", contact_id=anna.id))
    plan.reload()
    people = plan.contacts_section
    user.answer(yes=True)
    user.choose_row(people.contacts, 0)
    user.press(people, "Slet …")
    assert "Anna Berg står for 1 skridt" in user.asked[-1]
    assert list_contacts(demo_db, plan.cid) == []
    kept = get_step(demo_db, step.id)
    assert (kept.owner, kept.owner_name, kept.contact_id) == (StepOwner.MENTOR, "Anna Berg", None)
    assert plan.steps_section.steps.item(0, 0).text() == "Mentor\nAnna Berg"
    user.ctrl_z(people.contacts)
    assert [c.name for c in list_contacts(demo_db, plan.cid)] == ["Anna Berg"]
    assert get_step(demo_db, step.id).contact_id == anna.id
    assert people.contacts.rowCount() == 1
