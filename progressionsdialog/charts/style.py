"""Colours and line styles for charts: colour-blind safe (Okabe–Ito), never colour alone."""

CITIZEN = {"color": "#0072B2", "linestyle": "-", "marker": "o", "label": "Borger"}
WORKER = {"color": "#D55E00", "linestyle": "--", "marker": "s", "label": "Medarbejder"}
FIRST = {"color": "#7a7a7a", "linestyle": "--", "label": "Første"}
PREVIOUS = {"color": "#56B4E9", "linestyle": ":", "label": "Forrige"}
LATEST = {"color": "#0072B2", "linestyle": "-", "label": "Seneste"}
GRID = "#dddddd"
DANISH_DATE = "%d-%m-%Y"
