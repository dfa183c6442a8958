"""Data, not code: tool definitions, texts, icons, fonts, translations and the style sheet.

A package only so that the program finds its folder from source, installed and in the
bundle (``progressionsdialog.resource_files``).
"""
