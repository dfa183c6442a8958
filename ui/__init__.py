"""The Qt layer: main window, screens, widgets, Qt models and dialogs.

It imports the core (``progressionsdialog``); the core never imports it.
"""
