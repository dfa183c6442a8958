"""The plan tab's sections, one module each: HHH, goal with sub-goals, milestones, steps,
efforts and the next meeting. ``context.PlanContext`` is what they share (the database, the
citizen, messages, undo); ``ui/screens/plan_page.py`` puts them on one page.
"""
