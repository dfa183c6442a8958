"""Statistics for the team leader: which citizens move, on which indicators, after which
efforts. Read-only over the database; no group of fewer than 5 citizens is ever shown as a
number (``privacy``)."""
