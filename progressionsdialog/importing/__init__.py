"""Importing data from files (e.g. scores kept in a spreadsheet before the program came)."""
