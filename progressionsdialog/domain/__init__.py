"""Domain types and their rules: citizens, CPR numbers, dates, meetings and scores.

Plain dataclasses with validation; no storage and no Qt.
"""
