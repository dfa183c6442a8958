""" "Tag ønsket med til planen" on the life wheel makes an HHH, and the plan shows it (issue 13):
an open plan tab shows the new HHH at once, and with the main window's one line connected the
plan tab opens at it."""

from __future__ import annotations

from progressionsdialog.storage.hhh import list_hhh


def carry_helbred(user, window) -> None:
    """On the wheel of Hanne's latest meeting, choose "Helbred" (a wish) and carry it."""
    wheel = window.overview.life_wheel
    rows = [wheel.areas.item(i).text() for i in range(wheel.areas.count())]
    user.choose_row(wheel.areas, next(i for i, t in enumerate(rows) if t.startswith("Helbred")))
    user.click(wheel.plan_button)


def test_an_open_plan_shows_the_wish_carried_from_the_wheel(main, plan, demo_db, user, tab):
    overview = main.overview
    tab(overview.TAB_WHEEL)
    carry_helbred(user, main)
    [hhh] = list_hhh(demo_db, plan.cid)
    assert hhh.what == "Mindre ondt i hænderne"
    tab(overview.TAB_PLAN)
    assert plan.hhh_choice.currentData() == hhh.id
    assert plan.hhh_fields["what"].toPlainText() == "Mindre ondt i hænderne"
    assert "Helbred" in plan.hhh_section.origin.text()


def test_carrying_the_wish_opens_the_plan_at_it(main, demo_db, hanne, user, tab):
    overview = main.overview
    main.register.select_citizen(hanne)
    tab(overview.TAB_WHEEL)  # the plan page is not built yet
    carry_helbred(user, main)
    assert overview.tabs.currentIndex() == overview.TAB_PLAN
    [hhh] = list_hhh(demo_db, hanne)
    assert overview.plan.hhh_choice.currentData() == hhh.id
    assert overview.plan.hhh_fields["what"].toPlainText() == "Mindre ondt i hænderne"

    overview.tabs.setCurrentIndex(overview.TAB_WHEEL)  # the plan page is built now
    wheel = overview.life_wheel
    rows = [wheel.areas.item(i).text() for i in range(wheel.areas.count())]
    user.choose_row(wheel.areas, next(i for i, t in enumerate(rows) if t.startswith("Selvtillid")))
    user.click(wheel.plan_button)
    assert overview.tabs.currentIndex() == overview.TAB_PLAN
    assert overview.plan.hhh_fields["what"].toPlainText() == "Tro på mig selv"
