""" "Tag ønsket med til planen" on the life wheel makes an HHH, and the plan shows it (issue 13):
an open plan tab shows the new HHH at once, and with the main window's one line connected the
plan tab opens at it."""

from __future__ import annotations

from progressionsdialog.storage.hhh import list_hhh


def carry(user, window, area: str = "Job") -> None:
    """On the wheel of the latest meeting, choose ``area`` (a wish) and carry it to the plan.

    The citizen with no plan yet: her latest wheel wishes "Jeg vil i arbejde igen" (Job) and
    "Jeg vil have flere venner" (Netværk)."""
    wheel = window.overview.life_wheel
    rows = [wheel.areas.item(i).text() for i in range(wheel.areas.count())]
    user.choose_row(wheel.areas, next(i for i, t in enumerate(rows) if t.startswith(area)))
    user.click(wheel.plan_button)


def test_an_open_plan_shows_the_wish_carried_from_the_wheel(main, plan, demo_db, user, tab):
    overview = main.overview
    tab(overview.TAB_WHEEL)
    carry(user, main)
    [hhh] = list_hhh(demo_db, plan.cid)
    assert hhh.what == "Jeg vil i arbejde igen"
    tab(overview.TAB_PLAN)
    assert plan.hhh_choice.currentData() == hhh.id
    assert plan.hhh_fields["what"].toPlainText() == "Jeg vil i arbejde igen"
    assert "Job" in plan.hhh_section.origin.text()


def test_carrying_the_wish_opens_the_plan_at_it(main, demo_db, plan_free, user, tab):
    overview = main.overview
    main.register.select_citizen(plan_free)
    tab(overview.TAB_WHEEL)  # the plan page is not built yet
    carry(user, main)
    assert overview.tabs.currentIndex() == overview.TAB_PLAN
    [hhh] = list_hhh(demo_db, plan_free)
    assert overview.plan.hhh_choice.currentData() == hhh.id
    assert overview.plan.hhh_fields["what"].toPlainText() == "Jeg vil i arbejde igen"

    overview.tabs.setCurrentIndex(overview.TAB_WHEEL)  # the plan page is built now
    wheel = overview.life_wheel
    rows = [wheel.areas.item(i).text() for i in range(wheel.areas.count())]
    user.choose_row(wheel.areas, next(i for i, t in enumerate(rows) if t.startswith("Netværk")))
    user.click(wheel.plan_button)
    assert overview.tabs.currentIndex() == overview.TAB_PLAN
    assert overview.plan.hhh_fields["what"].toPlainText() == "Jeg vil have flere venner"
