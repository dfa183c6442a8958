"""Timestamps as stored: ISO 8601 in UTC, to the second."""

from __future__ import annotations

from datetime import UTC, datetime


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def parse_timestamp(value: str | None) -> datetime | None:
    return None if not value else datetime.fromisoformat(value)
