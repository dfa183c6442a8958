"""Danish CPR numbers: ``DDMMYY-XXXX`` with a real date of birth.

There is no modulus-11 check: it was dropped in 2007 and many valid numbers fail it.
The century comes from the 7th digit, as the CPR office defines it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from progressionsdialog.errors import ValidationError
from progressionsdialog.i18n import _

_CPR = re.compile(r"^\s*(\d{2})(\d{2})(\d{2})\s*-?\s*(\d{4})\s*$")


def _century(year2: int, seventh: int) -> int:
    if seventh <= 3:
        return 1900
    if seventh in (4, 9):
        return 2000 if year2 <= 36 else 1900
    # 5, 6, 7, 8
    return 2000 if year2 <= 57 else 1800


@dataclass(frozen=True, slots=True)
class Cpr:
    """A CPR number known to hold a real date.

    >>> Cpr.parse("120394-1234").birth_date
    datetime.date(1994, 3, 12)
    >>> str(Cpr.parse("1203941234"))
    '120394-1234'
    """

    digits: str

    @classmethod
    def looks_like(cls, text: str) -> bool:
        return bool(_CPR.match(text))

    @classmethod
    def parse(cls, text: str, field: str = "cpr") -> Cpr:
        match = _CPR.match(text)
        if not match:
            raise ValidationError(field, _("Skriv CPR-nummeret som ddmmåå-xxxx, fx 120394-1234."))
        day, month, year2, serial = match.groups()
        year = _century(int(year2), int(serial[0])) + int(year2)
        try:
            date(year, int(month), int(day))
        except ValueError:
            raise ValidationError(
                field,
                _("CPR-nummeret {number} har ikke en rigtig dato.").format(
                    number=f"{day}{month}{year2}-{serial}"
                ),
            ) from None
        return cls(day + month + year2 + serial)

    @property
    def birth_date(self) -> date:
        day, month, year2, seventh = (
            int(self.digits[0:2]),
            int(self.digits[2:4]),
            int(self.digits[4:6]),
            int(self.digits[6]),
        )
        return date(_century(year2, seventh) + year2, month, day)

    def __str__(self) -> str:
        return f"{self.digits[:6]}-{self.digits[6:]}"
