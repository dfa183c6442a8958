"""Colours and line styles for charts: colour-blind safe (Okabe–Ito), never colour alone.

The citizen's line is drawn on top and solid; the worker's is dashed with hollow squares,
so where both gave the same score the two marks are still told apart.

Each style's ``label`` is the Danish source; a legend shows :func:`label` (the language in
use), never the dict's own. Dates are written as
:func:`progressionsdialog.domain.dates.date_pattern` says for the language
(07-03-2026 in Danish, 07/03/2026 in English).
"""

from progressionsdialog.i18n import _

CITIZEN = {"color": "#0072B2", "linestyle": "-", "marker": "o", "label": "Borger", "zorder": 3}
WORKER = {
    "color": "#D55E00",
    "linestyle": "--",
    "marker": "s",
    "label": "Medarbejder",
    "markerfacecolor": "white",
    "markeredgewidth": 1.5,
    "zorder": 2,
}
FIRST = {"color": "#7a7a7a", "linestyle": "--", "label": "Første"}
PREVIOUS = {"color": "#009E73", "linestyle": ":", "label": "Forrige"}  # 3.4:1 on white
LATEST = {"color": "#0072B2", "linestyle": "-", "label": "Seneste"}
GRID = "#dddddd"
EFFORT_COLOURS = ["#e8e1f5", "#dff0e1", "#fbeed9", "#e0eef7"]  # pale, behind the lines


def label(style: dict) -> str:
    """The style's legend label in the language in use.

    >>> label(CITIZEN), label(LATEST)
    ('Borger', 'Seneste')
    """
    return _(style["label"])
