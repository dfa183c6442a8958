"""Data, not code: tool definitions, texts, icons, fonts, translations and the style sheet.

A package only so that ``importlib.resources`` finds it from source and from the bundle.
"""
