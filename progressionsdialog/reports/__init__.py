"""PDF documents made with reportlab: the citizen's plan and the handover report.

reportlab is imported inside this package only, never at start-up.
"""
